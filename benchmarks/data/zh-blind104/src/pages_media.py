"""Media pages va-13 .. va-24."""
from lib import ul, links, img, GIF, U2

PAGES = []
A = PAGES.append

# ---------------------------------------------------------------- va-13
A(dict(
    id="va-13", kind="media", lang="zh",
    features="湖北 provincial newspaper site (2018 portal design); 本报讯（记者 … 通讯员 …）byline inside the first paragraph (stays in body; authors from it); info bar above headline with 来源：湖北日报 and 编辑; headline on two lines joined; 热点排行 sidebar",
    title="十堰绿松石产业链年产值突破百亿元",
    authors=["潘晓东", "骆霞"],
    publish_time="2024-12-10 07:05",
    head_title="十堰绿松石产业链年产值突破百亿元-湖北日报网",
    css="""body{margin:0;font-family:"Microsoft YaHei";background:#fff}
.tbar{background:#222;color:#aaa;font-size:12px;padding:4px 5%}.tbar a{color:#ddd;margin-right:8px}
.lg{padding:16px 5%;font-size:34px;color:#d32f2f;font-weight:bold;border-bottom:1px solid #eee}
.chan{padding:6px 5%;background:#d32f2f}.chan a{color:#fff;margin-right:16px}
.wrap{display:flex;padding:20px 5%;gap:40px}.main{flex:3}.aside{flex:1;border-left:1px solid #eee;padding-left:20px}
.info{font-size:13px;color:#999}
.main h1{font-size:30px;line-height:1.4}
.main p{font-size:17px;line-height:1.9}
.foot{background:#f5f5f5;color:#777;text-align:center;font-size:12px;padding:20px}""",
    shell=f"""<div class="tbar">{links(['湖北日报','楚天都市报','楚天快报','湖北日报客户端'])}</div>
<div class="lg">湖北日报网</div>
<div class="chan">{links(['首页','时政','经济','社会','文化','县域','视频','评论'])}</div>
<div class="wrap"><div class="main">
<div>当前位置：<a href="#">首页</a> &gt; <a href="#">经济</a> &gt; 正文</div>
<div class="info">2024-12-10 07:05　来源：湖北日报　编辑：吴欣然</div>
<h1>十堰绿松石产业链<br>年产值突破百亿元</h1>
@@BODY@@
<p class="info">【责任编辑：吴欣然】</p>
</div>
<div class="aside"><h3>热点排行</h3>{ul(['全省冬季农田水利建设全面铺开','武汉至宜昌高铁加快建设','湖北今冬首场寒潮来袭','“荆楚好粮油”品牌发布'],'', '')}</div></div>
<div class="foot">湖北日报传媒集团主办　{links(['关于我们','联系我们','版权声明'])}<br>鄂ICP备1800X512号-1　互联网新闻信息服务许可证：4212006002　鄂公网安备 42010602000761号</div>""",
    bstyle={"p": "u3000"},
    blocks=[
        ("p", "本报讯（记者 潘晓东 通讯员 骆霞）12月9日，记者从十堰市经信局获悉，今年1至11月，十堰绿松石产业链实现产值103.6亿元，同比增长18.4%，首次突破百亿元大关。"),
        ("p", "十堰是全国绿松石主产区之一，已探明储量约占全国的七成。近年来，当地从原石开采、加工到设计、销售，逐步形成完整产业链条。目前，全市绿松石相关经营主体达到1.2万余家，从业人员超过5万人。"),
        ("p", "在郧阳区绿松石小镇，直播间一字排开，主播们手捧串珠向全国网友讲解。“一个直播间一天能卖出两三千单。”小镇运营负责人介绍，去年以来，小镇引进电商企业60余家，线上销售占比已超过六成。"),
        ("img", "绿松石小镇直播间", "郧阳区绿松石小镇，主播在直播间销售绿松石饰品。（通讯员 骆霞 摄）"),
        ("p", "为提升产品附加值，十堰还成立了绿松石研究院，制定地方标准4项，建成国家级质检中心，推动“十堰绿松石”地理标志品牌建设。下一步，当地将加快建设绿松石交易中心和文创产业园，力争2027年全产业链产值达到200亿元。"),
    ],
))

# ---------------------------------------------------------------- va-14
A(dict(
    id="va-14", kind="media", lang="zh",
    features="福建 news portal (东南网-like): '东南网3月5日讯（本网记者 … 通讯员 …）' lead byline, info bar 'YYYY-MM-DD HH:MM:SS 来源：东南网 作者：…' spaced; 责任编辑 and 纠错 line; two sub-headings; 相关新闻 list",
    title="宁德锂电新能源产业集群上榜国家先进制造业集群",
    authors=["林昊宇", "阮琪"],
    publish_time="2025-03-05 08:46:12",
    head_title="宁德锂电新能源产业集群上榜国家先进制造业集群_福建新闻_东南网",
    css="""body{margin:0;font-family:SimSun,"Microsoft YaHei";font-size:14px}
.top{background:#0052a3;color:#fff;padding:10px 4%}.top a{color:#fff;margin:0 6px}
.top .sch{float:right}
.nav2{background:#e8f0fa;padding:6px 4%}.nav2 a{margin-right:10px;color:#0052a3}
.ctn{width:1000px;margin:20px auto}
.ctn h1{font-size:28px;font-family:"Microsoft YaHei";text-align:center}
.tm{text-align:center;color:#666;border-bottom:2px solid #0052a3;padding-bottom:8px}
.ctn p{font-size:16px;line-height:1.8}
.jc{color:#999;font-size:12px}
.foot{border-top:1px solid #ccc;text-align:center;color:#666;padding:16px;font-size:12px}""",
    shell=f"""<div class="top"><span class="sch"><input placeholder="站内搜索"></span>{links(['东南网首页','福建','海峡','观察','视频','闽商','文旅','房产'])}</div>
<div class="nav2">{links(['福州','厦门','泉州','漳州','莆田','三明','南平','龙岩','宁德','平潭'])}</div>
<div class="ctn">
<div>东南网 &gt; <a href="#">福建新闻</a> &gt; 正文</div>
<h1>宁德锂电新能源产业集群上榜国家先进制造业集群</h1>
<div class="tm">2025-03-05 08:46:12　来源：东南网　作者：林昊宇 阮琪　　<a href="#">手机看新闻</a></div>
@@BODY@@
<p class="jc">责任编辑：郑宏　　<a href="#">[纠错]</a></p>
<div>相关新闻{ul(['福建新能源汽车产量同比增长三成','宁德：打造世界级锂电新能源产业集群','闽东电机电器产业加速转型'])}</div>
</div>
<div class="foot">东南网版权所有 未经授权禁止复制或建立镜像<br>闽ICP备05009527号　互联网新闻信息服务许可证编号：35120170001　违法和不良信息举报电话：0591-87X95151</div>""",
    bstyle={"p": "nbsp", "h": "strong"},
    blocks=[
        ("p", "东南网3月5日讯（本网记者 林昊宇 通讯员 阮琪）近日，工业和信息化部公布新一批国家先进制造业集群名单，宁德锂电新能源产业集群成功入选，成为我省第三个国家级先进制造业集群。"),
        ("h", "龙头引领 集群成势"),
        ("p", "依托龙头企业带动，宁德已集聚锂电新能源上下游企业200余家，覆盖正负极材料、电解液、隔膜、铜箔、结构件到电池回收等全产业链环节，本地配套率超过80%。2024年，集群实现产值超过3000亿元。"),
        ("h", "创新驱动 提质增效"),
        ("p", "集群内拥有国家级企业技术中心3家、省级以上研发平台40余个，累计有效专利超过2.6万件。宁德市相关负责人表示，将以入选国家级集群为契机，加快建设锂电新能源产业公共服务平台，完善人才、金融、物流等要素保障。"),
        ("p", "“集群入选，意味着宁德锂电产业迈入了国家队。”福建省工信厅有关负责人说，下一步将支持宁德加强与福州、厦门等地的协作，构建更具竞争力的新能源产业生态。"),
    ],
))

# ---------------------------------------------------------------- va-15
A(dict(
    id="va-15", kind="media", lang="zh",
    features="青海 provincial TV site (2017 template): video player placeholder, 'X月X日 来源：青海广播电视台' info, closing credit line '记者：马  骏 韩  梅 摄像：…' (reporters are authors, 摄像 not), 编辑 line; 视频简介 prose body",
    title="西宁至成都铁路青海段全线铺轨贯通",
    authors=["马骏", "韩梅"],
    publish_time="2024年10月29日 20:14",
    head_title="西宁至成都铁路青海段全线铺轨贯通 - 青海广播电视台",
    css="""body{margin:0;background:#0f1a2b;color:#ddd;font-family:"Microsoft YaHei"}
.hd{padding:16px 60px;background:#091120}.hd b{font-size:26px;color:#fff}.hd a{color:#9cf;margin-left:14px}
.pl{width:900px;height:300px;margin:20px auto;background:#000;color:#666;text-align:center;line-height:300px}
.box{width:900px;margin:0 auto}
.box h1{color:#fff;font-size:24px}
.sj{color:#8aa;font-size:13px}
.box p{line-height:1.9;font-size:16px}
.ft{text-align:center;color:#678;font-size:12px;padding:30px}""",
    shell=f"""<div class="hd"><b>青海网络广播电视台</b>{links(['首页','新闻','直播','点播','专题','青海新闻联播'])}</div>
<div class="box"><div>首页 &gt; 新闻 &gt; 青海新闻联播</div></div>
<div class="pl">{img('视频播放器')} 您的浏览器不支持播放此视频</div>
<div class="box">
<h1>西宁至成都铁路青海段全线铺轨贯通</h1>
<p class="sj">2024年10月29日 20:14　来源：青海广播电视台　播放：3521</p>
@@BODY@@
<p>记者：马  骏 韩  梅　摄像：李建国　编辑：张雪</p>
<p>{links(['上一条：全省秋冬季大气污染防治工作推进会召开','下一条：青海湖裸鲤资源量恢复至12万吨以上'],'<br>')}</p>
</div>
<div class="ft">青海广播电视台 版权所有　信息网络传播视听节目许可证：2807X4<br>青ICP备09000146号-2　青公网安备 63010402000155号</div>""",
    bstyle={"p": "p"},
    blocks=[
        ("p", "今天上午，随着最后一组500米长钢轨在黄南藏族自治州尖扎县境内精准落位，西宁至成都铁路青海段实现全线铺轨贯通，为明年全线开通运营奠定了基础。"),
        ("p", "西宁至成都铁路全长约836公里，设计时速200公里，其中青海段长约230公里，途经西宁、海东、黄南、果洛等地。线路穿越黄土高原和青藏高原东缘，沿线地质条件复杂，隧道和桥梁占比超过七成。"),
        ("p", "施工过程中，建设单位针对高海拔、大温差等特点，采用长钢轨铺设和智能化精调技术，铺轨精度控制在毫米级。项目部负责人介绍，铺轨完成后将进入轨道精调、四电安装和联调联试阶段。"),
        ("p", "西成铁路建成后，西宁至成都的旅行时间将由目前的十几个小时缩短至5个小时左右，对完善西部路网结构、促进沿线藏区经济社会发展具有重要意义。"),
    ],
))

# ---------------------------------------------------------------- va-16
A(dict(
    id="va-16", kind="media", lang="zh",
    features="天津 news portal (北方网-like, 2013 table template) republishing Xinhua wire: '新华社天津4月2日电（记者 …、…）' in first paragraph; 来源：新华网 (not author); 编辑 line; '【字号：大 中 小】' and 打印 buttons; left-floating related box",
    title="天津港集装箱航线总数达到146条",
    authors=["周润健", "栗雅婷"],
    publish_time="2025-04-02 16:51",
    head_title="天津港集装箱航线总数达到146条-北方网-天津新闻",
    css="""body{margin:0;font-size:12px;font-family:SimSun}
.c{width:960px;margin:0 auto}
.logo{height:80px;border-bottom:3px solid #003d8f;font:bold 32px/80px SimHei;color:#003d8f}
.bd{background:#003d8f;padding:5px}.bd a{color:#fff;margin:0 8px;font-size:14px}
td.tt{font:bold 24px SimHei;text-align:center;padding:20px}
td.inf{text-align:center;color:#555;background:#f0f4fa}
td.txt{font-size:14px;line-height:24px}
.ft{border-top:1px solid #003d8f;text-align:center;color:#333;line-height:20px;padding:10px}""",
    shell=f"""<div class="c">
<div class="logo">北方网 enorth.com.cn</div>
<div class="bd">{links(['首页','新闻','天津','国内','国际','财经','体育','娱乐','论坛'])}</div>
<p>北方网 &gt; 新闻中心 &gt; 天津新闻 &gt; 正文</p>
<table width="960" cellspacing="0" cellpadding="6">
<tr><td class="tt">天津港集装箱航线总数达到146条</td></tr>
<tr><td class="inf">2025-04-02 16:51　　来源：新华网　　作者：周润健 栗雅婷　　【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】　　<a href="#">打印本页</a></td></tr>
<tr><td class="txt"><table align="left" width="200" style="margin:0 10px 10px 0;border:1px solid #ccc"><tr><td><b>相关新闻</b><br><a href="#">天津港一季度货物吞吐量同比增长</a><br><a href="#">中欧班列（天津）开行突破千列</a></td></tr></table>@@BODY@@</td></tr>
<tr><td>[编辑：刘颖]</td></tr>
</table>
<div class="ft">北方网版权所有　津ICP备05000302号　互联网新闻信息服务许可证12120170001<br>举报电话：022-23X02660</div>
</div>""",
    bstyle={"p": "u3000"},
    blocks=[
        ("p", "新华社天津4月2日电（记者 周润健、栗雅婷）记者2日从天津港集团获悉，随着一条直达东南亚的集装箱新航线首航，天津港集装箱航线总数已达146条，通达全球180多个国家和地区的500多个港口。"),
        ("p", "今年以来，天津港持续加密“一带一路”沿线航线，先后开通至越南、泰国、马来西亚等地的多条直航航线。一季度，天津港完成集装箱吞吐量580万标准箱，同比增长6.7%。"),
        ("p", "天津港集团有关负责人介绍，天津港正加快建设世界一流港口，推进自动化码头改造和智慧港口建设，北疆港区C段智能化集装箱码头单机作业效率持续提升。与此同时，天津港在京津冀及内陆地区布局无水港和内陆营销中心，为腹地企业提供便捷的海铁联运服务。"),
        ("p", "据了解，天津港今年计划新开集装箱航线10条以上，进一步提升国际枢纽港地位。"),
    ],
))

# ---------------------------------------------------------------- va-17
A(dict(
    id="va-17", kind="media", lang="en",
    features="English-language page of a 湖北 outlet (2022 responsive): 'By A and B' byline line, dateline 'Updated: 2024-11-21 14:37', photo caption with credit, Chinese channel nav, 'Editor:' line, related stories",
    title="Wuhan's East Lake greenway adds 20 km of cycling trails",
    authors=["Liu Siqi", "Tang Wei"],
    publish_time="2024-11-21 14:37",
    head_title="Wuhan's East Lake greenway adds 20 km of cycling trails - Hubei Daily English",
    css="""body{margin:0;font-family:Georgia,serif;color:#222}
.mast{display:flex;justify-content:space-between;align-items:center;padding:14px 6%;border-bottom:3px double #333}
.mast b{font-size:30px}.mast a{margin-left:12px;font-family:Arial;font-size:13px}
.sec{font-family:Arial;padding:8px 6%;background:#f2f2f2}.sec a{margin-right:14px}
.story{max-width:760px;margin:30px auto}
.story h1{font-size:34px;line-height:1.2}
.by{font-family:Arial;font-size:14px;color:#555}
.story p{font-size:18px;line-height:1.7}
.cap{font-size:14px!important;color:#666;font-style:italic}
.rel{max-width:760px;margin:0 auto;font-family:Arial}
footer{font-family:Arial;font-size:12px;color:#777;text-align:center;padding:24px;border-top:1px solid #ccc}""",
    shell=f"""<div class="mast"><b>Hubei Daily</b><span>{links(['中文','Search','Subscribe'])}</span></div>
<div class="sec">{links(['Home','Hubei','China','Business','Culture','Travel','Photos','Video'])}</div>
<div class="story">
<div><a href="#">Home</a> / <a href="#">Hubei</a></div>
<h1>Wuhan's East Lake greenway adds 20 km of cycling trails</h1>
<p class="by">By Liu Siqi and Tang Wei | Updated: 2024-11-21 14:37</p>
@@BODY@@
<p class="by">Editor: Zhao Nan</p>
<p>Share: {links(['Facebook','X','WeChat','Email'])}</p>
</div>
<div class="rel"><h3>Related Stories</h3>{ul(['Yangtze River ferry tour relaunched in Wuhan','Hubei museum unveils bronze bells exhibition','Wuhan metro Line 12 fully opens'])}</div>
<footer>Copyright 2024 Hubei Daily Media Group. All rights reserved.<br>鄂ICP备1800X512号-3 | {links(['About us','Contact'])}</footer>""",
    bstyle={"p": "p", "capcls": "cap"},
    blocks=[
        ("p", "Wuhan has opened a new 20-kilometer section of the East Lake Greenway, giving cyclists and walkers a continuous loop around the lake's southern shore for the first time."),
        ("img", "Cyclists ride along the East Lake Greenway", "Cyclists ride along the newly opened section of the East Lake Greenway in Wuhan, Hubei province, on Nov 20, 2024. [Photo by Tang Wei/Hubei Daily]"),
        ("p", "The extension, which took 14 months to build, links the Moshan scenic area with the Luoyan Island wetland and adds three rest stations with bike repair points, drinking water and restrooms."),
        ("p", "\"We wanted the trail to feel like part of the landscape rather than a road,\" said Chen Hao, deputy director of the East Lake scenic area management committee. Much of the new section runs on elevated boardwalks to protect the reed beds along the shore."),
        ("p", "The greenway now measures more than 120 km in total and received over 26 million visits last year, according to the committee. Electric bikes remain banned on the trail, and visitors can rent shared bicycles at 18 points around the lake."),
        ("p", "Local resident Wang Li, who cycles the lake every weekend, said the new loop saves her from riding on busy city roads. \"Now I can go all the way around without leaving the green,\" she said."),
    ],
))

# ---------------------------------------------------------------- va-18
A(dict(
    id="va-18", kind="media", lang="en",
    features="English channel of a 福建 portal (2015 fixed-width layout) running wire copy: 'Source: Xinhua' and 'Editor:' only, no By line (authors []); dateline 'FUZHOU, Aug. 8 (Xinhua) --' inside first paragraph; date printed as 'Aug 8, 2024'; 'Print | Close' links; most popular list",
    title="Fujian's tea exports rise 15 pct in first seven months",
    authors=[],
    publish_time="Aug 8, 2024",
    head_title="Fujian's tea exports rise 15 pct in first seven months | Fujian English",
    css="""body{margin:0;background:#e5e5e5;font-family:Verdana,Arial;font-size:12px}
#page{width:980px;margin:0 auto;background:#fff}
#hd{background:#5a2d0c;color:#fff;padding:20px;font-size:26px}
#nv{background:#8b4a1c;padding:6px 20px}#nv a{color:#fff;margin-right:14px;font-weight:bold}
#lc{float:left;width:660px;padding:20px}#rc{float:right;width:260px;padding:20px 10px;background:#faf6f1}
#lc h1{font-size:24px;font-family:Georgia}
.src{color:#888;border-bottom:1px dotted #999;padding-bottom:6px}
#lc p{font-size:14px;line-height:1.6}
#ft{clear:both;background:#5a2d0c;color:#dcb;text-align:center;padding:12px}""",
    shell=f"""<div id="page">
<div id="hd">Fujian · China</div>
<div id="nv">{links(['Home','News','Business','Travel','Culture','Fujian Cities','中文'])}</div>
<div id="lc">
<p>You are here: <a href="#">Home</a> &gt; <a href="#">News</a></p>
<h1>Fujian's tea exports rise 15 pct in first seven months</h1>
<p class="src">Source: Xinhua | Aug 8, 2024 | Editor: Lin Yue</p>
@@BODY@@
<p>{links(['Print','Close'],' | ')}</p>
</div>
<div id="rc"><b>Most Popular</b>{ul(['Xiamen hosts cross-Strait fair','Wuyi Mountains draw summer visitors','Fuzhou opens new metro line','Quanzhou marks World Heritage anniversary'])}</div>
<div id="ft">Copyright © Fujian Provincial Government. All Rights Reserved.<br>闽ICP备05009527号-8</div>
</div>""",
    bstyle={"p": "p"},
    blocks=[
        ("p", "FUZHOU, Aug. 8 (Xinhua) -- Tea exports from east China's Fujian Province grew 15.2 percent year on year to 1.14 billion yuan (about 159 million U.S. dollars) in the first seven months of 2024, according to Fuzhou Customs."),
        ("p", "Fujian, home to famous varieties such as Tieguanyin oolong, Wuyi rock tea and white tea from Fuding, shipped tea to 85 countries and regions during the period. Exports to countries participating in the Belt and Road Initiative accounted for nearly 60 percent of the total."),
        ("p", "Customs officials said the growth was driven by rising demand for specialty teas in Southeast Asia and Europe, as well as faster clearance procedures. The customs authority has set up dedicated inspection windows for tea exporters and expanded the use of electronic certificates of origin."),
        ("p", "Fujian produced about 530,000 tonnes of tea last year, the most of any province in China."),
    ],
))

# ---------------------------------------------------------------- va-19
A(dict(
    id="va-19", kind="media", lang="zh",
    features="湖北 city evening paper website (武汉晚报-like, 2020): byline block on its own line '长江日报-长江网记者 … 通讯员 …' (not body; authors), 'X月X日' time with weekday, interview quotes, '编辑：' and '【纠错】', 扫码下载APP caption",
    title="汉口老里份“微改造”后变身社区会客厅",
    authors=["黄琪", "邱凯"],
    publish_time="2024-08-16 星期五 09:28",
    head_title="汉口老里份“微改造”后变身社区会客厅_武汉新闻_长江网",
    css="""body{margin:0;font-family:"Microsoft YaHei";background:#f6f6f6}
.h{background:#fff;padding:12px 8%;display:flex;justify-content:space-between;border-bottom:1px solid #ddd}
.h b{font-size:28px;color:#e60012}
.n{background:#e60012;padding:0 8%}.n a{color:#fff;display:inline-block;padding:10px 14px}
.a{width:820px;margin:20px auto;background:#fff;padding:30px 50px}
.a h1{font-size:28px}
.t{color:#999;font-size:14px}
.aut{color:#333;font-size:15px}
.a p{font-size:17px;line-height:1.85}
.qr{text-align:center;color:#999}
.f{text-align:center;color:#999;font-size:12px;padding:20px}""",
    shell=f"""<div class="h"><b>长江网</b><span>{links(['长江日报','武汉晚报','长江网APP','登录'])}</span></div>
<div class="n">{links(['首页','武汉','政务','民生','区域','文体','视频','问政'],'')}</div>
<div class="a">
<p class="t"><a href="#">长江网</a> &gt; <a href="#">武汉新闻</a></p>
<h1>汉口老里份“微改造”后变身社区会客厅</h1>
<p class="t">2024-08-16 星期五 09:28　来源：武汉晚报</p>
<p class="aut">长江日报-长江网记者黄琪 通讯员邱凯</p>
@@BODY@@
<p class="t">编辑：李珊珊　<a href="#">【纠错】</a></p>
<div class="qr">{img('长江网APP二维码')}<br>扫码下载长江网APP</div>
</div>
<div class="f">长江日报报业集团主办　{links(['关于我们','广告服务','联系方式'])}<br>鄂ICP备1502X477号-1　互联网新闻信息服务许可证：42120170002</div>""",
    bstyle={"p": "p"},
    blocks=[
        ("p", "青砖墙、石库门、老式木窗，墙角的三角梅开得正艳。8月15日，记者走进江岸区黎黄陂路街道的同兴里，看到这处有百年历史的老里份已焕然一新。"),
        ("p", "去年以前，同兴里还面临着管线老化、私搭乱建、公共空间不足等问题。街道采取“微改造”方式，不大拆大建，而是保留里份原有格局，修缮立面，整治弄巷，并将一处闲置的旧仓库改造为约200平方米的“邻里会客厅”。"),
        ("p", "“以前下雨天弄堂里积水，现在路面平整了，还有地方喝茶聊天。”在此居住了60多年的刘婆婆说，会客厅里有图书角、老物件展示区，每周还有社区书法课。"),
        ("p", "街道负责人介绍，改造过程中，居民全程参与方案设计，先后召开议事会12次，收集意见建议90余条。改造后，同兴里还引入了几家小咖啡馆和手作工作室，吸引不少年轻人前来打卡。"),
        ("p", "据了解，江岸区今年还将对另外7处老里份实施“微改造”，让历史街区在保护中焕发新活力。"),
    ],
))

# ---------------------------------------------------------------- va-20
A(dict(
    id="va-20", kind="media", lang="zh",
    features="福建 radio station site (2016 template): 来源/作者/时间 glued in one line with '|' separators, closing '（记者 吴  萍 实习生 …）' at the end of the last paragraph (stays in body); 实习生 is a writer too; audio player text; 分享 icons with alt",
    title="“海上福州”国际合作论坛聚焦蓝色经济",
    authors=["吴萍", "张可馨"],
    publish_time="2024-06-21 18:30:00",
    head_title="“海上福州”国际合作论坛聚焦蓝色经济 - 福建广播",
    css="""body{margin:0;font:14px/1.8 "Microsoft YaHei";background:#fff}
.hdr{background:#00838f;padding:14px 60px;color:#fff}.hdr span{font-size:26px}
.hdr a{color:#fff;margin-left:10px}
.nv{background:#006064;padding:4px 60px}.nv a{color:#fff;margin-right:18px}
.art{width:880px;margin:20px auto}
.art h1{font-size:26px;text-align:center}
.src{text-align:center;color:#777}
.aud{background:#e0f7fa;padding:8px}
.art p{font-size:16px}
.sh img{width:24px;height:24px}
.foot{background:#004d55;color:#bcd;text-align:center;padding:16px;font-size:12px}""",
    shell=f"""<div class="hdr"><span>福建广播影视集团 · 新闻广播</span>{links(['收听直播','节目单','下载APP'])}</div>
<div class="nv">{links(['首页','新闻','福建','财经','交通','音乐','专题'])}</div>
<div class="art">
<div>位置：<a href="#">首页</a>-&gt;<a href="#">新闻</a>-&gt;<a href="#">福建</a></div>
<h1>“海上福州”国际合作论坛聚焦蓝色经济</h1>
<p class="src">来源：福建新闻广播|作者：吴萍|时间：2024-06-21 18:30:00|阅读：1562</p>
<div class="aud">▶ 收听本条新闻 00:00 / 02:41</div>
@@BODY@@
<p class="sh">分享到：{img('微信')}{img('微博')}{img('QQ')}</p>
<p>编审：林旭</p>
</div>
<div class="foot">福建广播影视集团 版权所有　广播电视节目制作经营许可证（闽）字第0X1号<br>闽ICP备1100X816号-2　闽公网安备 35010202000511号</div>""",
    bstyle={"p": "u3000"},
    blocks=[
        ("p", "6月21日，2024“海上福州”国际合作论坛在福州开幕。来自20多个国家和地区的政府官员、专家学者和企业代表约400人参会，围绕海洋渔业、海洋新能源、港航物流等议题展开交流。"),
        ("p", "福州海域面积1.1万平方公里，海岸线长1137公里。近年来，福州大力发展深远海养殖，建成“福鲍1号”等一批智能养殖平台，去年全市海洋经济生产总值达到3700亿元左右。"),
        ("p", "论坛期间，福州与印度尼西亚、马来西亚等国的多家机构签署了远洋渔业、水产品加工等合作协议，签约金额超过80亿元。"),
        ("p", "“福州在海洋牧场建设方面的经验，对我们很有借鉴意义。”一位来自东南亚国家的代表在接受采访时表示。"),
        ("p", "本届论坛还发布了《海上福州建设报告（2024）》，并设置海洋科技成果展，集中展示海上风电装备、海洋生物医药等领域的最新产品。（记者 吴  萍 实习生 张可馨）"),
    ],
))

# ---------------------------------------------------------------- va-21
A(dict(
    id="va-21", kind="media", lang="zh",
    features="青海 news portal (2019): 原标题 line at the top of the body (not body); repost source '来源：西海都市报' with 作者 field naming the reporter; minority name with middle dot (才让·卓玛); table of data; 编辑 line; 扫一扫 caption in sidebar",
    title="玉树州今年新建改建农村公路1200公里",
    authors=["才让·卓玛"],
    publish_time="2024-09-25 10:02",
    head_title="玉树州今年新建改建农村公路1200公里_青海新闻网",
    css="""body{margin:0;font-family:"Microsoft YaHei";font-size:15px;background:#f0f2f5}
.tp{background:#1a237e;color:#fff;padding:12px 7%}.tp b{font-size:24px}.tp a{color:#c5cae9;margin-left:12px}
.box{width:1060px;margin:16px auto;display:flex;gap:20px}
.l{flex:1;background:#fff;padding:24px 36px}.r{width:280px;background:#fff;padding:16px}
.l h1{font-size:26px}
.i{color:#888;font-size:13px;border-bottom:1px solid #eee;padding-bottom:8px}
.l p{line-height:1.9}
table.dt{border-collapse:collapse;margin:10px auto}table.dt td,table.dt th{border:1px solid #888;padding:4px 12px}
.f{text-align:center;color:#888;font-size:12px;padding:20px}""",
    shell=f"""<div class="tp"><b>青海新闻网</b>{links(['首页','青海','国内','国际','三江源','视频','图片'])}</div>
<div class="box"><div class="l">
<div>首页 &gt; 青海 &gt; 州县</div>
<h1>玉树州今年新建改建农村公路1200公里</h1>
<div class="i">2024-09-25 10:02　来源：西海都市报　作者：才让·卓玛　　<a href="#">字号：大 中 小</a></div>
<p>原标题：通村到户 路畅民富</p>
@@BODY@@
<p class="i">编辑：罗增</p>
</div>
<div class="r"><b>图片新闻</b>{ul(['青海湖畔迎来候鸟迁徙高峰','可可西里藏羚羊种群持续恢复','祁连山草原秋色如画'])}<p>{img('扫一扫关注青海新闻网')}扫一扫关注我们</p></div></div>
<div class="f">青海日报社主办　青海新闻网版权所有<br>青ICP备05000107号　互联网新闻信息服务许可证：63120170001　青公网安备63010402000059号</div>""",
    bstyle={"p": "p"},
    blocks=[
        ("p", "记者从玉树藏族自治州交通运输局了解到，今年以来，玉树州加快推进“四好农村路”建设，截至9月中旬，全州新建改建农村公路1200公里，完成年度计划的92%。"),
        ("p", "玉树州平均海拔4200米以上，施工期短、自然条件恶劣。为抢抓施工黄金期，各项目采取分段施工、交叉作业的方式，在保证质量的前提下加快进度。今年实施的项目中，有37条为牧区通村通社道路，惠及农牧民群众2.3万人。"),
        ("p", "各县今年完成情况如下："),
        ("table", [["县（市）", "完成里程（公里）", "完成率"], ["玉树市", "286", "95%"], ["称多县", "214", "91%"], ["囊谦县", "240", "93%"], ["杂多县", "168", "88%"], ["治多县", "152", "90%"], ["曲麻莱县", "140", "92%"]]),
        ("p", "“路修到了家门口，虫草、牦牛肉运出去方便多了。”称多县珍秦镇牧民扎西说。"),
        ("p", "玉树州交通运输局负责人表示，将同步抓好农村公路养护工作，落实县、乡、村三级路长制，确保道路建得好、管得好、养得好。"),
    ],
))

# ---------------------------------------------------------------- va-22
A(dict(
    id="va-22", kind="media", lang="zh",
    features="天津 TV/app share page (津云-like mobile H5, 2024): '打开APP' banners top and bottom, account line with 津云 logo alt, date '2024.05.12 19:45', reporter line '津云记者 … 实习记者 …' at the top of the body (not body), 'video' placeholder, 推荐阅读, 评论 input placeholder",
    title="海河亲水平台“夜游”线路扩容",
    authors=["赵文博", "孙悦然"],
    publish_time="2024.05.12 19:45",
    head_title="海河亲水平台“夜游”线路扩容",
    css="""body{margin:0;font-family:-apple-system,"PingFang SC";background:#fff;max-width:480px}
.appbar{background:#1677ff;color:#fff;padding:10px 14px;display:flex;justify-content:space-between}
.appbar a{background:#fff;color:#1677ff;border-radius:12px;padding:2px 10px}
.wrap{padding:16px}
.wrap h1{font-size:22px;line-height:1.45}
.acc{display:flex;align-items:center;gap:8px;color:#888;font-size:13px}
.acc img{width:28px;height:28px;border-radius:50%}
.rp{color:#666;font-size:14px}
.cnt p{font-size:17px;line-height:1.8;color:#222}
.vid{background:#000;color:#aaa;height:180px;text-align:center;line-height:180px}
.rec{padding:16px}.rec a{display:block;padding:8px 0;border-bottom:1px solid #eee}
.cmt{padding:16px}.open{position:sticky;bottom:0;background:#1677ff;color:#fff;text-align:center;padding:12px}""",
    shell=f"""<div class="appbar"><span>津云 · 天津广播电视台</span><a href="#">打开APP</a></div>
<div class="wrap">
<h1>海河亲水平台“夜游”线路扩容</h1>
<div class="acc">{img('津云')}<span>津云</span><span>2024.05.12 19:45</span></div>
<div class="cnt">
<p class="rp">津云记者 赵文博 实习记者 孙悦然</p>
<div class="vid">{img('视频')} 00:00 / 01:58</div>
@@BODY@@
</div>
<p class="rp">编辑：宋玥　校对：刘彬　责编：韩雪</p>
</div>
<div class="rec"><b>推荐阅读</b>{links(['天津五大道迎来“五一”客流高峰','意风区街头音乐季开幕','天津之眼周边交通优化'],'')}</div>
<div class="cmt"><input type="text" placeholder="写评论..."> <span>点赞 326</span></div>
<div class="open">打开津云APP，查看更多精彩内容</div>""",
    bstyle={"p": "p"},
    blocks=[
        ("p", "记者从海河游船运营方获悉，5月起海河夜游新增两处亲水平台停靠点，夜游航线由原来的7公里延长至11公里，每晚班次由12班增加到20班。"),
        ("p", "新航线从天津站码头出发，向南延伸至大光明桥，途经津湾广场、意式风情区、解放桥等景点。沿线还新增了灯光秀和实景演艺，游客可在船上欣赏“海河夜色”主题表演。"),
        ("p", "“我们上周末坐船，两岸灯光特别漂亮，孩子一直说下次还要来。”来自河北的游客王先生说。"),
        ("p", "据介绍，今年以来，海河游船累计接待游客超过45万人次，同比增长三成。为缓解排队压力，运营方推出了线上预约和分时段购票服务，节假日期间还将视客流情况加开班次。"),
        ("p", "运营方提醒，夜游船票可通过津云APP、海河游船官方小程序等渠道购买，乘船时请携带身份证件，儿童须由成人陪同，雷雨大风等恶劣天气将暂停航行。"),
    ],
))

# ---------------------------------------------------------------- va-23
A(dict(
    id="va-23", kind="media", lang="zh",
    features="central media local channel (人民网湖北频道-like, 2019 template): '人民网武汉5月6日电 （记者 …）' lead; info bar '2024年05月06日16:18  来源：人民网-湖北频道' with date glued to time; 责编 line '(责编：…、…)' not authors; 分享让更多人看到; 推荐阅读 with thumbnails alt",
    title="湖北今年将新增高标准农田300万亩",
    authors=["张沛"],
    publish_time="2024年05月06日16:18",
    head_title="湖北今年将新增高标准农田300万亩--湖北频道--人民网",
    css="""body{margin:0;font-family:SimSun,"Microsoft YaHei";font-size:12px}
.w1000{width:1000px;margin:0 auto}
.ph{height:60px;border-bottom:1px solid #ccc;line-height:60px}.ph b{font-size:26px;color:#c00}
.cn{background:#ac0000}.cn a{color:#fff;font-size:14px;padding:0 10px;line-height:34px}
.tit{margin-top:20px}.tit h1{font-size:26px;font-family:"Microsoft YaHei";text-align:center}
.box01{border-bottom:1px solid #ddd;color:#666;padding:6px 0;overflow:hidden}.box01 .fl{float:left}.box01 .fr{float:right}
.box_con p{font-size:16px;line-height:2}
.edit{text-align:right;color:#999}
.ft{border-top:1px solid #ccc;text-align:center;color:#666;padding:14px;line-height:20px}""",
    shell=f"""<div class="w1000">
<div class="ph"><b>人民网</b>　湖北频道　{links(['人民网首页','时政','国际','经济','社会','观点'])}</div>
<div class="cn">{links(['首页','要闻','地市','县域','政务','视频','图片','舆情'],'')}</div>
<div class="tit"><h1>湖北今年将新增高标准农田300万亩</h1></div>
<div class="box01"><div class="fl">2024年05月06日16:18  来源：<a href="#">人民网-湖北频道</a></div><div class="fr">分享到：{links(['微信','微博'])}</div></div>
<div class="box_con">@@BODY@@</div>
<p>分享让更多人看到</p>
<div class="edit">(责编：王欣、刘轩)</div>
<div><b>推荐阅读</b><br>{img('推荐图片')}<a href="#">湖北春播粮食面积稳中有增</a>　{img('推荐图片')}<a href="#">江汉平原农机作业全面铺开</a></div>
<div class="ft">人 民 网 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用<br>Copyright © 1997-2024 by www.people.com.cn. all rights reserved</div>
</div>""",
    bstyle={"p": "u3000"},
    blocks=[
        ("p", "人民网武汉5月6日电 （记者 张沛）6日，记者从湖北省农业农村厅获悉，今年湖北计划新建和改造提升高标准农田300万亩，总投资约90亿元，目前已开工项目面积占年度任务的76%。"),
        ("p", "按照规划，湖北将重点在江汉平原、鄂北岗地等粮食主产区集中连片推进高标准农田建设，完善灌排、道路、电力等田间设施，同步实施土壤改良和地力提升工程。建成后的高标准农田，亩均粮食产能预计提高100斤左右。"),
        ("p", "“以前田块小、沟渠堵，机械下不了田，现在小田并大田，收割机、插秧机都能开进来。”荆州市监利市一位种粮大户说。"),
        ("p", "省农业农村厅相关负责人表示，今年将严格执行项目建设质量管控制度，推行“田长制”管护模式，探索建立高标准农田建后管护长效机制，确保农田建一块、成一块、管好一块。"),
    ],
))

# ---------------------------------------------------------------- va-24
A(dict(
    id="va-24", kind="media", lang="zh",
    features="福建 city media (泉州网-like, 2023 design): 引题 line above the headline (not title), info bar with '泉州晚报' 来源 and '记者 苏  琳 文/图' (文/图 credit: writer is author), numbered sub-headings with h3, photo captions with 摄 credits; 责任编辑 line; comment count",
    title="晋江鞋服企业“出海”订单排到年底",
    authors=["苏琳"],
    publish_time="2024-10-17 07:30",
    head_title="晋江鞋服企业“出海”订单排到年底 - 泉州网",
    css="""body{margin:0;font-family:"Source Han Sans SC","Microsoft YaHei"}
.hd{display:flex;justify-content:space-between;padding:10px 6%;border-bottom:4px solid #0a7bc2}.hd b{font-size:28px;color:#0a7bc2}
.mn{padding:8px 6%}.mn a{margin-right:16px;color:#333;font-weight:bold}
.art{max-width:780px;margin:20px auto}
.yt{color:#0a7bc2;font-size:16px;margin:0}
.art h1{font-size:30px;margin:6px 0 12px}
.ifo{color:#888;font-size:13px}
.art p{font-size:17px;line-height:1.9}
.art h3{font-size:18px;border-left:4px solid #0a7bc2;padding-left:8px}
.ft{background:#f5f5f5;text-align:center;color:#888;font-size:12px;padding:20px}""",
    shell=f"""<div class="hd"><b>泉州网</b><span>{links(['泉州晚报','东南早报','泉州通APP'])} <input placeholder="搜索"></span></div>
<div class="mn">{links(['首页','泉州新闻','县域','民生','财经','文旅','视频'])}</div>
<div class="art">
<div><a href="#">泉州网</a> &gt; <a href="#">泉州新闻</a> &gt; 正文</div>
<p class="yt">一季度到三季度出口额同比增长两成</p>
<h1>晋江鞋服企业“出海”订单排到年底</h1>
<div class="ifo">2024-10-17 07:30　来源：泉州晚报　记者 苏  琳 文/图　　评论（12）</div>
@@BODY@@
<p class="ifo">责任编辑：黄丽贞</p>
</div>
<div class="ft">泉州网版权所有　{links(['关于我们','联系我们'])}<br>闽ICP备0903X455号　闽公网安备 35050302000381号</div>""",
    bstyle={"p": "p", "h": "h3"},
    blocks=[
        ("p", "走进晋江一家运动鞋企业的生产车间，十几条生产线满负荷运转，工人们正在赶制发往中东和南美的订单。企业负责人说，今年的订单已经排到了12月底。"),
        ("img", "生产车间", "工人在生产线上赶制出口订单。苏琳 摄"),
        ("h", "一、新兴市场成增长主力"),
        ("p", "据晋江海关统计，今年前三季度，晋江鞋服产品出口额同比增长20.3%，其中对共建“一带一路”国家出口增长近三成。不少企业把目光投向中东、非洲、拉美等新兴市场，通过参加境外展会、设立海外仓等方式拓展渠道。"),
        ("h", "二、跨境电商带来新订单"),
        ("p", "“以前主要靠外贸公司接单，现在我们自己在跨境电商平台开店，直接面对海外消费者。”一家服装企业的电商负责人介绍，公司今年跨境电商销售额已占出口总额的35%。"),
        ("h", "三、自主品牌加速出海"),
        ("p", "在晋江，越来越多企业开始在海外注册商标、开设品牌门店。晋江市商务局相关负责人表示，将继续支持企业开展境外商标注册和国际认证，推动晋江制造向晋江品牌转变。"),
    ],
))
