"""12 news pages, xb-13 .. xb-24."""
from lib import E, page, render_body, gold_body, ul, gov_footer

P = []


def add(**kw):
    P.append(kw)


NEWS_CSS = ".hot li{font-size:13px}.main{display:flex;gap:30px}.left{width:740px}.right{width:300px}"


def news_foot(name, icp, extra=""):
    return (f'<div class="foot"><p>关于我们 | 联系我们 | 广告服务 | 版权声明 | 网站地图</p><p>{E(name)} 版权所有　未经书面授权禁止转载</p>'
            f"<p>{E(icp)}　互联网新闻信息服务许可证　违法和不良信息举报电话：12377</p>{extra}</div>")


# ---------------------------------------------------------------- xb-13 English, China Daily style byline
b = [
    "Herders in Northwest China's Qinghai province are turning to solar-powered pumps and satellite collars to cope with drier summers on the grasslands around Qinghai Lake.",
    "In Gangcha county, 46-year-old Tibetan herder Dorje Tsering now checks the location of his 300 yaks on a smartphone. \"Before, I spent whole days on horseback looking for strays,\" he said. \"Now I can see them on the map and spend more time repairing fences.\"",
    "The county has installed more than 1,200 solar water pumps since 2022, allowing herders to water livestock without driving them to distant rivers, which helps protect fragile riverbanks, according to the local agriculture and animal husbandry bureau.",
    "Officials said grazing is now rotated among summer and winter pastures under a quota system that links subsidies to grassland conditions. Vegetation coverage in the Qinghai Lake basin reached 66 percent last year, up from 61 percent in 2019.",
    "Researchers at Qinghai University warn, however, that warming is pushing the permafrost boundary higher. \"Technology buys time, but the grassland still needs rest,\" said Ma Lin, an ecologist at the university.",
]
html = f"""
<div class="top"><div class="w"><a href="#">Global Edition</a><a href="#">China Edition</a><a href="#">ASIA</a><a href="#">中文</a><a href="#">Sign in</a></div></div>
<div class="banner" style="background:#0a2c5c">CHINA DAILY</div>
<input placeholder="Search">
{ul(["HOME","CHINA","WORLD","BUSINESS","LIFESTYLE","CULTURE","TRAVEL","OPINION","SPORTS"],"nav")}
<div class="crumb">Home / China / Society</div>
<div class="main"><div class="left art">
<h1 style="text-align:left">Qinghai herders embrace tech to protect grasslands</h1>
<p class="info" style="text-align:left">By ZHAO YUE and LI WENJUN in Xining | China Daily | Updated: 2025-08-12 07:19</p>
<div class="nosel">Share - WeChat</div>
<div class="con">{render_body([("img","Yaks graze near Qinghai Lake","Yaks graze on a pasture near Qinghai Lake in Gangcha county, Qinghai province, in July. [Photo by Zhang Hongxiang/For China Daily]")])}{render_body(b)}</div>
</div><div class="right"><h4>Top News</h4>{ul(["Xi stresses ecological protection of Yellow River","New rail link cuts Lanzhou-Xining trip to 1 hour","Museum exhibits relics from Silk Road"],"hot")}<h4>Most Viewed in 24 Hours</h4>{ul(["Tourists flock to Dunhuang dunes","Summer grain harvest hits record"],"hot")}</div></div>
<div class="foot">Copyright 1995 - 2025. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).<br>About China Daily | Advertise on Site | Contact Us | Job Offer<br>京ICP备13028878号-6</div>
"""
add(id="xb-13", kind="news: English, China Daily byline 'By NAME and NAME | China Daily | Updated:'", lang="en",
    title="Qinghai herders embrace tech to protect grasslands", authors=["ZHAO YUE", "LI WENJUN"],
    publish_time="2025-08-12 07:19", body=b,
    html=page("Qinghai herders embrace tech to protect grasslands - Chinadaily.com.cn", NEWS_CSS + ".con p{text-indent:0}", html, "en"))

# ---------------------------------------------------------------- xb-14 English, editor's note in italics
b = [
    ("raw", "<p><i>Editor's note: Along the ancient Silk Road, the city of Turpan in the Xinjiang Uygur autonomous region has kept its underground karez irrigation channels flowing for centuries. This is the third story in a series on how western China lives with water scarcity.</i></p>",
     "Editor's note: Along the ancient Silk Road, the city of Turpan in the Xinjiang Uygur autonomous region has kept its underground karez irrigation channels flowing for centuries. This is the third story in a series on how western China lives with water scarcity."),
    "At the bottom of a vertical shaft nearly 20 meters deep, Abdukerim Tohti shines a flashlight along a tunnel barely wide enough for one man. Cold meltwater from the Tianshan Mountains runs past his boots toward the vineyards of Turpan.",
    "\"My grandfather dug this section, and my father cleaned it every spring,\" said the 58-year-old, one of about 30 karez workers still employed by the city's water bureau. \"If we stop maintaining it, the sand fills it in within a few years.\"",
    "Turpan once had more than 1,700 karez. Falling groundwater levels caused by pumping wells left only about 170 still flowing by 2020. Since then, the city has restricted new wells and spent 86 million yuan repairing 21 kilometers of channels.",
    "The Karez Paradise museum, built over a restored channel, received more than 900,000 visitors last year. Local officials say tourism income now helps fund maintenance work.",
]
html = f"""
<div class="top"><div class="w"><a href="#">LIVE</a><a href="#">中文</a><a href="#">Español</a><a href="#">Log in</a></div></div>
<div class="banner" style="background:#111">GT GLOBAL VIEWS</div>
{ul(["CHINA","SOURCE","OPINION","IN-DEPTH","WORLD","LIFE","SPORT","VIDEO"],"nav")}
<div class="art"><p class="crumb">CHINA / SOCIETY</p>
<h1 style="text-align:left">Karez keepers: the men who tend Turpan's underground rivers</h1>
<p class="info" style="text-align:left">By Liu Xin and Chen Shasha in Turpan<br>Published: Sep 03, 2025 10:42 PM</p>
<div class="con">{render_body([("img","A karez worker in Turpan","A worker inspects a karez channel in Turpan. Photo: Courtesy of Turpan water bureau")])}{render_body(b)}</div>
<h4>RELATED ARTICLES:</h4>{ul(["Xinjiang grapes reach Southeast Asian markets by rail","Desert roads: how engineers hold back the sand"])}
</div>
<div class="foot">Copyright ©2025 by The Global Times. All rights reserved.<br>Mobile | About Us | Contact Us | Privacy Policy</div>
"""
add(id="xb-14", kind="news: English, editor's note in italics before the text", lang="en",
    title="Karez keepers: the men who tend Turpan's underground rivers", authors=["Liu Xin", "Chen Shasha"],
    publish_time="Sep 03, 2025 10:42 PM", body=b,
    html=page("Karez keepers: the men who tend Turpan's underground rivers - Global Times", ".con p{text-indent:0}", html, "en"))

# ---------------------------------------------------------------- xb-15 新华社通稿 reprinted on a portal
b = [
    "新华社兰州8月26日电（记者 郎兵兵 何问心）记者从甘肃省交通运输厅获悉，兰州至张掖高铁中川机场至武威段26日开通运营，兰州至武威最快旅行时间缩短至1小时以内。",
    "兰张高铁中川机场至武威段全长约196公里，设计时速250公里，沿线设中川机场、永登西、天祝西、古浪、武威东等站。线路穿越乌鞘岭等高海拔山区，隧道占比超过四成，建设者攻克了高寒、大风、软岩大变形等多项技术难题。",
    "据介绍，兰张高铁是国家“八纵八横”高速铁路网京兰通道的重要组成部分。全线贯通后，将与兰新高铁形成河西走廊双通道，进一步提升西北地区对外通道运输能力，对推动丝绸之路经济带建设具有重要意义。",
    "开通初期，铁路部门安排动车组列车每日开行12对，其中兰州至武威间5对。铁路部门提醒，旅客可通过铁路12306网站或手机客户端购票，中川机场站与机场航站楼实现无缝换乘，进出站时间约10分钟。",
]
html = f"""
<div class="top"><div class="w"><a href="#">新浪首页</a><a href="#">新闻</a><a href="#">体育</a><a href="#">财经</a><a href="#">娱乐</a><a href="#">科技</a><a href="#">登录</a></div></div>
<div class="banner" style="background:#fff;color:#e60012">新浪新闻</div>
<div class="main"><div class="left art">
<h1 style="text-align:left">兰张高铁中川机场至武威段开通运营</h1>
<div class="info" style="text-align:left">2025年08月26日 16:05　新华社　<a href="#">大</a> <a href="#">小</a>　<span>评论 <b>37</b></span></div>
<div class="con">{render_body([("img","列车驶过乌鞘岭","8月26日，一列高铁列车驶过乌鞘岭隧道群附近。新华社记者 范培珅 摄")])}{render_body(b)}</div>
<p class="r">责任编辑：刘光博</p>
<div>新浪新闻公众号 更多猛料！欢迎扫描左方二维码关注（sinanewssina）</div>
<h4>相关新闻</h4>{ul(["甘肃今年计划完成交通投资800亿元","乌鞘岭特长隧道群全部贯通","武威东站新站房启用","兰州中川机场T3航站楼投运","河西走廊高铁双通道加快形成"])}
<p>我要评论（已有 37 条评论，<a href="#">点击查看</a>）</p>
</div><div class="right"><h4>热门推荐</h4>{ul(["张掖七彩丹霞迎来客流高峰","一图读懂甘肃上半年经济数据","敦煌鸣沙山月牙泉夜游开放"],"hot")}</div></div>
{news_foot("新浪网","京ICP证000007")}
"""
add(id="xb-15", kind="news: 新华社 通稿 reprinted on a portal (记者 in dateline)", lang="zh",
    title="兰张高铁中川机场至武威段开通运营", authors=["郎兵兵", "何问心"], publish_time="2025年08月26日 16:05", body=b,
    html=page("兰张高铁中川机场至武威段开通运营|新浪新闻", NEWS_CSS, html))

# ---------------------------------------------------------------- xb-16 人民日报 reprinted on a government site
b = [
    "初冬时节，青海省海南藏族自治州共和县塔拉滩上，一排排光伏板整齐排列，板下的牧草依然青翠。“板上发电、板下牧羊、板间种草”，这片曾经风沙肆虐的荒漠化草原，如今成了全国闻名的“光伏羊”牧场。",
    "“羊吃了草，草就不会长得太高遮挡光伏板，还能减少火灾隐患。”共和县铁盖乡牧民才让东知说，他家的800多只羊由光伏企业付费放牧，每年能增收10余万元。",
    "数据显示，塔拉滩光伏园区已建成装机规模超过1800万千瓦，园区内植被覆盖度由建设前的不足20%提升到80%以上，风速降低约四成。",
    "近年来，青海立足清洁能源资源禀赋，加快打造国家清洁能源产业高地。截至今年9月底，全省清洁能源装机占比超过93%，新能源装机占比超过70%，均居全国前列。",
]
html = f"""
<div class="top"><div class="w"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">English</a><a href="#">藏文版</a></div></div>
<div class="banner">青海省人民政府网</div>
{ul(["首页","省情","要闻","政务公开","政务服务","互动"],"nav")}
<div class="crumb">您的位置： <a href="#">首页</a> &gt; <a href="#">要闻</a> &gt; <a href="#">媒体看青海</a></div>
<div class="art"><h1>青海塔拉滩 光伏板下牧羊忙</h1>
<div class="info">来源：人民日报　发布时间：2025-11-06 09:12　【字体：大 中 小】</div>
<p>本报记者　贾丰丰　王梅林</p>
<div class="con">{render_body(b)}</div>
<p>《 人民日报 》（ 2025年11月06日　第 10 版）</p>
<p>责任编辑：马晓娟</p>
<p>【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</p>
</div>
{gov_footer("青海省人民政府办公厅","6300000001","青ICP备05000312号","青公网安备 63010402000075号")}
"""
add(id="xb-16", kind="news: 人民日报 article reprinted on a provincial government site (来源：人民日报, 本报记者)", lang="zh",
    title="青海塔拉滩 光伏板下牧羊忙", authors=["贾丰丰", "王梅林"], publish_time="2025-11-06 09:12", body=b,
    html=page("青海塔拉滩 光伏板下牧羊忙_青海省人民政府网", "", html))

# ---------------------------------------------------------------- xb-17 headline with 书名号 and colon
b = [
    "今年是《宁夏回族自治区黄河宁夏段河道管理条例》修订施行的第二年。记者从自治区水利厅获悉，条例施行以来，全区累计清理整治黄河岸线违法违规问题316个，恢复河道行洪断面42处。",
    "在中卫市沙坡头区，曾经占用滩地的养殖场和采砂场已全部退出，取而代之的是芦苇丛和亲水步道。“以前这里尘土飞扬、车来车往，现在成了我们晨练的好地方。”附近居民李淑芬说。",
    "据了解，宁夏还将黄河岸线管控纳入河长制考核，利用卫星遥感和无人机开展常态化巡查，今年以来已发现并处置新增问题线索58条。对侵占河道、非法采砂等行为，水利部门与公安、检察机关联合执法，形成有力震慑。",
    "自治区水利厅河湖管理处负责人介绍，条例明确了各级河长的法定职责，建立了“河长+检察长+警长”协作机制，让河道管理“有法可依、有人来管”。下一步，宁夏将推动条例与生态补偿、数字孪生黄河建设等工作衔接，持续守护黄河安澜。",
    ("raw", "<p>（记者　丁  琳）</p>", None),
]
html = f"""
<div class="top"><div class="w"><span>2025年4月21日 星期一</span><a href="#">登录</a><a href="#">注册</a><a href="#">客户端</a></div></div>
<div class="banner" style="background:#c00">宁夏新闻网</div>
{ul(["首页","时政","宁夏","黄河","民生","视频","评论"],"nav")}
<div class="crumb">宁夏新闻网 &gt; 宁夏新闻 &gt; 正文</div>
<div class="main"><div class="left art">
<h1>《黄河宁夏段河道管理条例》施行两年：316个岸线问题清零</h1>
<div class="info">2025-04-21 08:36:12　来源：宁夏日报　编辑：马  燕</div>
<div class="con">{render_body(b)}</div>
<div>0 条评论　<a href="#">我来说两句</a></div>
<h4>相关阅读</h4>{ul(["宁夏启动黄河“清四乱”专项行动","中卫：沙坡头水利枢纽鱼道投用","银川滨河湿地鸟类增至200种"])}
</div><div class="right"><h4>排行榜</h4>{ul(["宁夏今年将新增高标准农田60万亩","银川地铁规划获批？官方回应","六盘山景区五一期间免门票"],"hot")}</div></div>
{news_foot("宁夏新闻网","宁ICP备09000312号","<p>宁公网安备 64010402000311号</p>")}
"""
add(id="xb-17", kind="news: headline with 书名号 and colon; closing （记者 X） line", lang="zh",
    title="《黄河宁夏段河道管理条例》施行两年：316个岸线问题清零", authors=["丁琳"], publish_time="2025-04-21 08:36:12", body=b,
    html=page("《黄河宁夏段河道管理条例》施行两年：316个岸线问题清零_宁夏新闻网", NEWS_CSS, html))

# ---------------------------------------------------------------- xb-18 通讯 with three parts 之一 之二 之三
b = [
    "在新疆阿勒泰地区富蕴县，有一条从戈壁深处延伸出来的输水干渠。渠边的护渠站里，住着几代“守渠人”。",
    ("h", "之一：一间土屋，守了三十年"),
    "58岁的哈萨克族老人努尔兰·加帕尔，1995年来到这里的时候，护渠站只有一间土坯房。夏天干渠放水，他每天沿渠巡查二十多公里；冬天渠水结冰，他要一点点敲掉渠壁上的冰凌。",
    ("h", "之二：从骑马巡渠到无人机巡检"),
    "2021年，干渠完成信息化改造，沿线安装了水位计和视频监控。努尔兰的儿子叶尔波拉提接过父亲的班，学会了操作无人机，巡渠时间从一整天缩短到两个小时。",
    ("h", "之三：渠水流过的地方"),
    "干渠每年向下游输水1.6亿立方米，灌溉农田40多万亩。渠水流过的地方，戈壁变成了绿洲，牧民在渠边种上了苜蓿和向日葵。“渠在，家就在。”叶尔波拉提说。",
]
html = f"""
<div class="top"><div class="w"><a href="#">天山网</a><a href="#">ئۇيغۇرچە</a><a href="#">Қазақша</a><a href="#">English</a><a href="#">登录</a></div></div>
<div class="banner" style="background:#1d5fa8">天山网 · 新疆日报</div>
{ul(["首页","时政","新疆","兵团","经济","文旅","视频"],"nav")}
<div class="crumb">首页 &gt;&gt; 新疆</div>
<div class="art"><h1>戈壁深处“守渠人”</h1>
<div class="info">2025-10-09 10:30:18　来源：天山网-新疆日报　作者：记者 古丽米拉·阿不都热合曼 通讯员 许  亮</div>
<div class="con">{render_body(b, "strong")}</div>
<p>责任编辑：蒋  婷</p>
<h4>相关新闻</h4>{ul(["新疆今年完成水利投资超500亿元","额尔齐斯河流域生态补水启动","阿勒泰：冬季旅游预订量同比增三成"])}
</div>
{news_foot("天山网","新ICP备09000029号")}
"""
add(id="xb-18", kind="news: 通讯 in three parts 之一/之二/之三", lang="zh",
    title="戈壁深处“守渠人”", authors=["古丽米拉·阿不都热合曼", "许亮"], publish_time="2025-10-09 10:30:18", body=b,
    html=page("戈壁深处“守渠人”-天山网", "", html))

# ---------------------------------------------------------------- xb-19 政策解读 by a named official
b = [
    "近日，陕西省出台《关于进一步促进民营经济发展壮大的若干措施》（以下简称《若干措施》），从市场准入、要素保障、融资支持等方面提出24条具体举措。如何理解和落实这些政策？",
    ("h", "问：《若干措施》出台的背景是什么？"),
    "答：民营经济是推进中国式现代化的生力军。目前，陕西经营主体中民营企业占比超过九成。出台《若干措施》，就是要回应企业关切，着力破解民营企业发展中的堵点难点问题。",
    ("h", "问：在融资支持方面有哪些新举措？"),
    "答：《若干措施》提出，扩大省级政府性融资担保体系覆盖面，对单户担保金额1000万元及以下的小微企业，担保费率原则上不高于1%；支持符合条件的民营企业发行债券融资。",
    ("h", "问：如何确保政策落地见效？"),
    "答：我们将建立政策落实台账，开展“万人助万企”活动，组织干部深入企业宣讲政策，对企业反映的问题实行清单化管理、闭环式解决。",
]
html = f"""
<div class="top"><div class="w"><span>西部网</span><a href="#">陕西头条</a><a href="#">APP下载</a><a href="#">登录</a></div></div>
<div class="banner" style="background:#b40000">西部网 · 陕西新闻</div>
{ul(["首页","陕西","西安","政务","财经","教育","健康"],"nav")}
<div class="crumb">西部网 » 陕西 » 政策解读</div>
<div class="art"><h1>24条措施如何为民营经济“松绑加力”？</h1>
<div class="info">2025.03.18　来源：西部网　作者：陕西省发展和改革委员会副主任 贺  立　编辑：张媛</div>
<div class="con">{render_body(b, "strong")}</div>
<div>评论(12)　点赞(88)</div>
<h4>延伸阅读</h4>{ul(["陕西出台促进民营经济发展壮大若干措施（全文）","图解：一图看懂24条措施"])}
</div>
{news_foot("西部网","陕ICP备05001611号")}
"""
add(id="xb-19", kind="news: 政策解读 by a named official (Q&A)", lang="zh",
    title="24条措施如何为民营经济“松绑加力”？", authors=["贺立"], publish_time="2025.03.18", body=b,
    html=page("24条措施如何为民营经济“松绑加力”？ - 西部网", "", html))

# ---------------------------------------------------------------- xb-20 现场报道 with bold dateline
b = [
    ("lead", "本报敦煌7月9日电　", "（记者 孙  超 实习生 何佳琪）9日清晨5时，天还没亮，敦煌鸣沙山月牙泉景区的停车场已停满了车。来自全国各地的游客打着手电筒，沿着沙丘上的木梯向山顶攀登，等待观看沙漠日出。"),
    "“为了这一刻，我们凌晨3点就起床了。”来自上海的游客周女士裹着景区发放的防沙鞋套说。6时许，太阳从三危山方向升起，金色的光芒洒在连绵的沙丘上，山顶上响起一片欢呼声。",
    "记者在现场看到，景区在入口处增设了20个检票通道，在沙丘上铺设了3条登山步道，并安排工作人员和志愿者在沿途引导。景区负责人介绍，暑期以来，景区日均接待游客超过4万人次，为此推出了分时段预约和“夜游+日出”联票。",
    "敦煌市文体广电和旅游局的数据显示，今年上半年，敦煌接待游客同比增长21%，旅游收入同比增长25%。",
]
html = f"""
<div class="top"><div class="w"><a href="#">中国甘肃网</a><a href="#">每日甘肃</a><a href="#">登录</a></div></div>
<div class="banner" style="background:#0b5aa6">每日甘肃网</div>
{ul(["首页","甘肃新闻","现场","视频","文旅","民生"],"nav")}
<div class="crumb">当前位置：首页 - 甘肃新闻 - 现场</div>
<div class="art"><h1>凌晨三点的鸣沙山</h1><h3 style="text-align:center">——敦煌暑期旅游现场见闻</h3>
<div class="info">发布时间：2025年7月10日 星期四　来源：甘肃日报</div>
<div class="con">{render_body([("img","鸣沙山日出","游客在鸣沙山上观看日出。记者 孙  超 摄")])}{render_body(b)}</div>
<p>责编：李  想</p>
</div>
{news_foot("每日甘肃网","陇ICP备09003045号")}
"""
add(id="xb-20", kind="news: 现场报道 with dateline in bold; 副题 under title", lang="zh",
    title="凌晨三点的鸣沙山", authors=["孙超", "何佳琪"], publish_time="2025年7月10日 星期四", body=b,
    html=page("凌晨三点的鸣沙山_每日甘肃网", "", html))

# ---------------------------------------------------------------- xb-21 headline after three 相关阅读 links
b = [
    "10月以来，新疆伊犁哈萨克自治州霍城县的薰衣草精油加工企业迎来了销售旺季。走进霍城县清水河镇一家香料企业的生产车间，蒸馏设备正满负荷运转，空气中弥漫着淡淡的香气。",
    "企业负责人介绍，今年公司与周边2300多户农户签订了种植收购协议，收购价格每公斤比去年提高0.6元。随着跨境电商渠道打通，产品远销中亚和欧洲市场，前三季度出口额同比增长35%。",
    "在霍城县薰衣草主题园区，当地还建起了精油提取体验馆和文创商店，游客可以亲手制作香包、手工皂。今年6月至7月花期，园区共接待游客38万人次，带动周边农家乐、民宿收入超过5000万元。",
    "目前，霍城县薰衣草种植面积稳定在5万亩以上，年产精油约80吨，已形成集种植、加工、旅游、电商于一体的产业链，带动1万余人就业。",
    ("raw", "<p>（伊犁日报记者 沙吾列·努尔别克）</p>", None),
]
html = f"""
<div class="top"><div class="w"><a href="#">首页</a><a href="#">伊犁新闻网</a><a href="#">登录</a></div></div>
<div class="banner" style="background:#6b3fa0">伊犁新闻网</div>
{ul(["首页","伊犁","县市","经济","文旅","图片"],"nav")}
<div class="crumb">伊犁新闻网 &gt; 县市新闻</div>
<div class="art"><div class="rel"><b>相关阅读：</b>{ul(["霍城薰衣草节开幕 游客量创新高","伊犁河谷特色农产品出口中亚提速","清水河镇：小香料做成大产业"])}</div>
<h1>霍城薰衣草精油走俏海内外</h1>
<div class="info">[2025-10-27]　伊犁日报　点击：1103</div>
<div class="con">{render_body(b)}</div>
<p>编辑：阿依努尔·赛力克　审核：高  峰</p>
</div>
{news_foot("伊犁新闻网","新ICP备10000847号")}
"""
add(id="xb-21", kind="news: city media, headline after a list of three 相关阅读 links", lang="zh",
    title="霍城薰衣草精油走俏海内外", authors=["沙吾列·努尔别克"], publish_time="2025-10-27", body=b,
    html=page("霍城薰衣草精油走俏海内外", "", html))

# ---------------------------------------------------------------- xb-22 city evening paper online, 原标题, weekday date
b = [
    "“以前买菜要跑两公里，现在下楼就能买到新鲜蔬菜。”6月3日一早，家住城西区海湖新区的张大爷在小区门口的“便民菜篮子”摊点前挑选西红柿。",
    "今年以来，西宁市在中心城区新建和改造社区菜市场、便民蔬菜直销点86个，推行“农超对接”“产地直供”模式，平价蔬菜品种达到30种以上，价格比周边超市低10%至15%。",
    "为保障菜品新鲜和价格稳定，西宁市与湟中、湟源、大通等地的蔬菜基地签订了长期供货协议，每天清晨将新鲜蔬菜直接运到各直销点。市场监管部门也定期开展价格巡查，对公示价格和实际价格不一致的商户进行约谈整改。",
    "西宁市商务局相关负责人表示，下一步将继续优化网点布局，力争年底前实现中心城区“15分钟便民生活圈”全覆盖。",
]
html = f"""
<div class="top"><div class="w"><span>2025年6月3日 星期二</span><a href="#">设为首页</a><a href="#">加入收藏</a></div></div>
<div class="banner" style="background:#c4161c">青海新闻网 · 西海都市报</div>
{ul(["首页","青海","西宁","社会","民生","图片","专题"],"nav")}
<div class="crumb">青海新闻网 &gt;&gt; 民生 &gt;&gt; 正文</div>
<div class="art"><h1>家门口的“菜篮子”拎得更稳了</h1>
<p style="text-align:center">原标题：西宁新建改造便民蔬菜网点86个</p>
<div class="info">2025年6月3日 星期二　　来源：西海都市报　　记者：何  娟</div>
<div class="con">{render_body(b)}</div>
<p>（责任编辑：左  方）</p>
<h4>推荐阅读</h4>{ul(["西宁公交新开通3条定制线路","青海湖景区实行预约限流","西宁南川河夜景提升工程完工"])}
</div>
{news_foot("青海新闻网","青ICP备09000012号")}
"""
add(id="xb-22", kind="news: city paper online, 原标题 line, date with 星期", lang="zh",
    title="家门口的“菜篮子”拎得更稳了", authors=["何娟"], publish_time="2025年6月3日 星期二", body=b,
    html=page("家门口的“菜篮子”拎得更稳了_青海新闻网", "", html))

# ---------------------------------------------------------------- xb-23 中新网 style, comment count, 编辑 under
b = [
    "中新网银川12月2日电 (记者 李  佩)记者2日从宁夏回族自治区农业农村厅获悉，2025年宁夏枸杞种植面积稳定在43万亩，鲜果产量达32万吨，全产业链综合产值突破300亿元(人民币，下同)。",
    "宁夏是枸杞的原产地和主产区。近年来，当地通过推广良种、标准化种植和绿色防控，枸杞品质持续提升。中宁县一家枸杞企业负责人说，今年企业开发的枸杞原浆、枸杞咖啡等新产品在电商平台上销量同比增长了60%。",
    "近年来，宁夏枸杞还加快推进标准化建设，制定发布枸杞种植、加工、检测等地方标准40余项，建立了枸杞质量追溯体系，消费者扫描包装上的二维码，就能查询到枸杞的产地、采摘时间和检测报告。",
    "宁夏农业农村厅相关负责人表示，宁夏将继续加强枸杞品牌建设，支持企业开拓国际市场。目前，宁夏枸杞已出口至40多个国家和地区。(完)",
]
html = f"""
<div class="top"><div class="w"><a href="#">中国新闻网</a><a href="#">English</a><a href="#">图片</a><a href="#">视频</a><a href="#">直播</a></div></div>
<div class="banner" style="background:#c2111a">中国新闻网</div>
<input placeholder="请输入搜索内容">
{ul(["首页","时政","国际","财经","社会","文娱","地方"],"nav")}
<div class="crumb">首页 &gt; 财经中心 &gt; 地方经济</div>
<div class="art"><h1>宁夏枸杞全产业链综合产值突破300亿元</h1>
<div class="info">2025年12月02日 14:26　来源：中国新闻网　<a href="#">参与互动</a></div>
<div class="con">{render_body(b)}</div>
<p class="r">【编辑:刘  阳】</p>
<p>更多精彩内容请进入<a href="#">财经</a>频道</p>
<h4>关注中新网</h4><p>中新视频 中新网微博 中新网微信</p>
</div>
{news_foot("中国新闻社","京ICP备05004340号-1")}
"""
add(id="xb-23", kind="news: national wire site, dateline byline inside first paragraph", lang="zh",
    title="宁夏枸杞全产业链综合产值突破300亿元", authors=["李佩"], publish_time="2025年12月02日 14:26", body=b,
    html=page("宁夏枸杞全产业链综合产值突破300亿元-中新网", "", html))

# ---------------------------------------------------------------- xb-24 provincial portal, comments count, sticky bar, 原标题
b = [
    "据陕西省气象台消息，受强冷空气影响，11月24日至26日，我省将出现大范围降温、大风和雨雪天气。陕北北部、关中北部等地有小到中雪，局地大雪，秦岭山区有冻雨。",
    "过程最低气温将降至零下10℃至零下6℃，降温幅度达8℃至12℃。省气象局提醒，雨雪天气将对交通运输、设施农业和冬小麦越冬等产生不利影响，请相关部门和公众提前做好防范。",
    "西安城区24日夜间起将出现雨夹雪转小雪天气，最低气温零下4℃左右。气象专家提醒，降温过程中路面易出现结冰，市民早晚出行要注意防滑，老人和儿童应减少户外活动，做好防寒保暖。",
    "据悉，省交通运输部门已在秦岭、黄龙山等重点路段预置除雪物资1.2万吨，各地电力、供热单位也已进入应急值守状态。",
]
html = f"""
<div style="position:sticky;top:0;background:#fff" class="top"><div class="w"><a href="#">首页</a><a href="#">下载客户端</a><a href="#">登录</a><a href="#">注册</a></div></div>
<div class="banner" style="background:#0f4c97">华商网</div>
{ul(["新闻","陕西","西安","财经","汽车","房产","健康"],"nav")}
<div class="main"><div class="left art">
<div class="crumb">华商网 &gt; 新闻 &gt; 陕西</div>
<h1 style="text-align:left">寒潮来袭！陕西大部降温8℃以上 陕北关中北部有雪</h1>
<div class="info" style="text-align:left">来源：华商报 作者：记者 张  毅 2025-11-23 19:48 <span>评论数(246)</span></div>
<p>原标题：强冷空气来袭 我省将迎大范围雨雪降温</p>
<div class="con">{render_body(b)}</div>
<p>编辑：车  璇</p>
<h4>相关新闻</h4>{ul(["西安今冬供暖11月15日启动","秦岭多地迎来初雪 景区发布提示","寒潮蓝色预警发布"])}
<div class="nosel">网友评论</div><p>已有246条评论，<a href="#">查看全部</a></p>
</div><div class="right"><h4>24小时热点</h4>{ul(["西安地铁15号线开通时间定了","陕西高考改革方案公布","延安苹果喜获丰收"],"hot")}</div></div>
{news_foot("华商网","陕ICP备05001234号","<p>陕公网安备 61010302000355号</p>")}
"""
add(id="xb-24", kind="news: provincial portal, sticky bar, 原标题 below info bar, comment count", lang="zh",
    title="寒潮来袭！陕西大部降温8℃以上 陕北关中北部有雪", authors=["张毅"], publish_time="2025-11-23 19:48", body=b,
    html=page("寒潮来袭！陕西大部降温8℃以上 陕北关中北部有雪-华商网", NEWS_CSS, html))
