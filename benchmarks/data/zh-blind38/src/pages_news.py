"""News pages ym-13 .. ym-24."""
from common import *

NCSS = (".top{background:#222;color:#ccc;font-size:12px;padding:4px 16px}.logo{font-size:30px;font-weight:bold;color:#c00;padding:10px 16px}"
        ".nav a{margin:0 10px}.main{width:1100px;margin:auto;overflow:hidden}.l{float:left;width:760px}.rr{float:right;width:300px;font-size:13px}"
        "h1{font-size:26px}.meta{color:#999;font-size:13px}.foot{clear:both;background:#f5f5f5;font-size:12px;text-align:center;padding:8px}")

def news_footer(name, icp, extra=""):
    return ('<div class="foot"><p>%s</p><p>%s %s</p><p>违法和不良信息举报电话：12377　<a href="#">关于我们</a> | <a href="#">广告服务</a> | <a href="#">版权声明</a></p></div>'
            % (esc(name), esc(icp), extra))

# ym-13 English, (Reporting by ...; Editing by ...)
def ym13():
    t = "Guangxi port city opens new sea-rail freight route to Laos"
    body = [
        "QINZHOU, June 3 - A new sea-rail intermodal freight service linking Qinzhou port in south China's Guangxi Zhuang Autonomous Region with Vientiane, the capital of Laos, began regular operation on Tuesday, local port authorities said.",
        "The first train, carrying 46 containers of fertiliser, ceramic tiles and auto parts, left the Qinzhou railway container yard at 9:30 a.m. and is scheduled to reach Vientiane in about 30 hours, cutting transit time by nearly half compared with road transport.",
        "Goods arriving by sea from South Korea and Japan can now be transferred directly onto rail wagons at the port, said Liang Wenjie, deputy manager of the port's logistics centre. \"Customs clearance is done once, and the cargo does not need to be reloaded at the border,\" he said.",
        "Freight volume on the New International Land-Sea Trade Corridor rose 12 percent year-on-year in the first four months, according to regional figures, as exporters in southwest China look for faster routes to Southeast Asian markets.",
        "Operators plan to run three trains a week on the route by the end of the year.",
        "(Reporting by Nguyen Thi Mai and Lu Jianhua; Editing by Peter Collins)",
    ]
    m = ('<div class="top">中文 | <b>English</b> | Français　<span style="float:right">Sign in　Subscribe</span></div>'
         '<div class="logo">GX NEWS <small>English Edition</small></div>' + nav(["Home", "Guangxi", "ASEAN", "Business", "Culture", "Travel", "Video"]) +
         search("Search stories", "Go") + '<div class="main"><div class="l"><div class="meta">Business / Trade</div>'
         '<h1>' + esc(t) + '</h1><div class="meta">Updated: 2025-06-03 18:40 | Source: GX News | Share: Facebook Twitter LinkedIn</div>' +
         '<p><img src="train.jpg" alt="A freight train leaves Qinzhou"></p><p class="cap">A freight train loaded with containers leaves Qinzhou on June 3, 2025.</p>' +
         ps(body) + '<p>Copyright GX News. All rights reserved.</p></div>'
         '<div class="rr"><h3>Most Read</h3>' + ul(["Nanning hosts ASEAN film week", "Durian imports surge at Pingxiang border", "Li River cruise season begins", "Guilin rice noodle makers go global"]) + '</div></div>' +
         news_footer("About Us | Contact Us | Terms of Use", "Copyright 2025 GX News. All rights reserved.", "桂ICP备05003456号"))
    page("ym-13", "en", t, ["Nguyen Thi Mai", "Lu Jianhua"], "2025-06-03 18:40", body[:-1], m, NCSS)

# ym-14 English, date under writer, photo credit glued to caption
def ym14():
    t = "Anhui tea farmers turn to drones as harvest labour shrinks"
    body = [
        "In the hills of Huangshan, Anhui province, the buzz of drones has replaced the chatter of seasonal pickers on some plantations this spring.",
        "Wang Shuqin, 52, who runs a 40-hectare Huangshan Maofeng tea garden in Tangkou township, said she now hires half as many workers as five years ago. Drones spray organic fertiliser and monitor leaf growth, while her son uses a phone app to track humidity in the drying room.",
        "\"Young people don't want to climb the hills anymore,\" Wang said. \"With the machines, we can finish the work on time and keep the quality.\"",
        "The provincial agriculture department said more than 1,200 agricultural drones were working in Anhui's tea areas this year, and 38 tea cooperatives had received subsidies for smart processing equipment.",
        "Experts caution, however, that the best grades of Maofeng are still picked by hand, and that mechanisation works mainly for lower-grade leaves used in blended and bottled teas.",
    ]
    m = ('<div class="top">Home | China | World | Business | Lifestyle | Culture | Travel | Sports | Opinion</div>'
         '<div class="logo">CHINA DAILY <small>中国日报</small></div>' + search("Search", "Search") +
         '<div class="main"><div class="l"><div class="crumb">Home / China / Regional</div>'
         '<h1>' + esc(t) + '</h1><div class="meta"><p>By Zhou Huiying in Hefei</p><p>2025-04-22 09:05</p></div>'
         '<div class="share">Share - WeChat</div>'
         '<figure><img src="drone.jpg" alt="drone tea"><figcaption>A drone sprays fertiliser over a tea garden in Huangshan, Anhui province, on April 18, 2025.[Photo by Shi Yalei/For chinadaily.com.cn]</figcaption></figure>' +
         ps(body) + '<div class="pg">Previous 1 Next</div></div>'
         '<div class="rr"><h3>Top News</h3>' + ul(["Hefei unveils new quantum computing centre", "Yangtze finless porpoise numbers rise", "Spring travel boom in Huizhou villages"]) + '</div></div>' +
         news_footer("Copyright 1995 - 2025. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).", "京ICP备13028878号-6"))
    page("ym-14", "en", t, ["Zhou Huiying"], "2025-04-22 09:05", body, m, NCSS)

# ym-15 视频 news, duration above headline, short 文字稿
def ym15():
    t = "湘江长沙段迎来今年首次编号洪水"
    body = [
        "受持续强降雨影响，6月24日14时，湘江长沙站水位涨至35.18米，超过警戒水位0.18米，形成湘江2025年第1号洪水。",
        "长沙市防汛抗旱指挥部已于当日12时启动防汛Ⅳ级应急响应，沿江风光带部分低洼路段实施临时交通管制，相关部门正加强堤防巡查和船舶避险调度。",
        "水文部门预计，湘江长沙站水位将于25日凌晨出现峰值，提醒市民远离江边，不要前往亲水平台游玩。",
    ]
    m = ('<div class="top">长沙晚报网 | 掌上长沙 | <a href="#">登录</a> <a href="#">注册</a></div><div class="logo">星辰在线·视频</div>' +
         nav(["首页", "新闻", "视频", "直播", "政务", "民生", "财经"]) + '<div class="main"><div class="l">'
         '<div class="player"><span class="btn">▶</span><span>00:00</span></div>'
         '<div class="dur">03:25</div><h1>' + esc(t) + '</h1>'
         '<div class="meta">2025-06-24 16:52　来源：星辰在线　播放：3.6万</div>'
         '<div class="txt"><h4>【文字稿】</h4>' + ps(body) + '</div><p>拍摄：曾  晖　剪辑：谭  蓓　编辑：彭宇</p>'
         '<div class="rel"><h4>更多视频</h4>' + ul(["02:11 长沙地铁6号线东延段开通", "01:48 橘子洲焰火晚会回归", "04:06 岳麓山下的毕业季"]) + '</div></div>'
         '<div class="rr"><h3>热门</h3>' + ul(["长沙今夏首个高温橙色预警", "湘江新区发布人才新政"]) + '</div></div>' + news_footer("长沙晚报社主办", "湘ICP备09006154号"))
    page("ym-15", "zh", t, [], "2025-06-24 16:52", body, m, NCSS + ".dur{color:#fff;background:#000;display:inline-block;padding:0 6px}")

# ym-16 体育 with results table
def ym16():
    t = "2025合肥马拉松鸣枪 两项全程赛会纪录被刷新"
    rows = [["名次", "姓名", "国籍/地区", "成绩"], ["1", "Kibet Lagat", "肯尼亚", "2:08:41"], ["2", "何杰", "中国", "2:09:12"],
            ["3", "Tadese Worku", "埃塞俄比亚", "2:09:55"]]
    rows2 = [["名次", "姓名", "国籍/地区", "成绩"], ["1", "Aster Bekele", "埃塞俄比亚", "2:24:07"], ["2", "张德顺", "中国", "2:25:30"]]
    pre = ["本报讯（记者 汪  洋 通讯员 储  晨）11月9日7时30分，2025合肥马拉松在合肥市政务区天鹅湖畔鸣枪起跑，来自23个国家和地区的3.5万名跑者参赛。",
           "男子全程比赛中，肯尼亚选手基贝特·拉加特在最后3公里发力，以2小时08分41秒夺冠，打破赛会纪录；中国选手何杰以2小时09分12秒获得亚军，创个人今年最好成绩。女子全程冠军被埃塞俄比亚选手阿斯特·贝克勒获得，成绩同样刷新赛会纪录。",
           "男子全程前三名"]
    mid = ["女子全程前两名"]
    post = ["本届赛事首次启用“智慧补给”系统，沿途设置补给站21个、医疗站26个，配备AED设备80台。赛事期间，共有1700余名志愿者参与服务保障。"]
    body = pre + trows(rows) + mid + trows(rows2) + post
    m = ('<div class="top">中安在线 | 安徽新闻网 | <a href="#">手机版</a></div><div class="logo">中安在线·体育</div>' +
         nav(["首页", "安徽", "体育", "中超", "CBA", "综合", "图片"]) + '<div class="main"><div class="l"><div class="crumb">中安在线 &gt; 体育 &gt; 综合体育</div>'
         '<h1>' + esc(t) + '</h1><div class="meta">2025-11-09 12:36:18　来源：安徽日报　<span>评论（12）</span></div>' +
         ps(pre) + table(rows) + ps(mid) + table(rows2) + ps(post) +
         '<p class="ed">【责任编辑：许  诺】</p></div><div class="rr"><h3>体育排行</h3>' + ul(["安徽队晋级全运会女排决赛圈", "合肥马拉松交通管制公告", "CBA常规赛安徽文一主场首胜"]) + '</div></div>' +
         news_footer("中安在线版权所有", "皖ICP备05003310号"))
    page("ym-16", "zh", t, ["汪洋", "储晨"], "2025-11-09 12:36:18", body, m, NCSS)

# ym-17 文旅 feature, bold 小标题
def ym17():
    t = "婺源篁岭：晒秋人家的新生活"
    heads = ["晒出来的“最美农村”", "老屋变民宿 村民成股东", "从“看风景”到“住下来”"]
    body = [
        "秋分前后，婺源县篁岭村的吊脚楼上，一簸箕一簸箕的红辣椒、黄皇菊、金稻谷铺满晒架，与粉墙黛瓦相映成趣。这幅被称作“晒秋”的农俗图景，每年吸引上百万游客前来。",
        heads[0],
        "篁岭村建在海拔500多米的山腰上，地无三尺平，村民只能利用房前屋后的木架晾晒农作物，久而久之形成独特的“晒秋”民俗。2009年起，当地引入文旅企业对村落进行整体保护开发，把晒秋从生活场景变成了文化品牌。",
        heads[1],
        "村民曹冬英家的老宅，如今成了一家精品民宿。“房子入股，每年有分红，我在景区做晒秋表演，一个月还有四千多元工资。”她说。目前，篁岭村已有320余名村民在景区就业，户均年收入超过8万元。",
        heads[2],
        "为了留住游客，篁岭推出星空露营、非遗徽剧、夜游灯光秀等项目，游客平均停留时间从半天延长到一天半。2024年，景区接待游客186万人次，旅游综合收入达到5.1亿元。",
        "夜幕降临，篁岭村的灯光次第亮起，晒架上的秋色在灯影中依然鲜艳。对这里的村民来说，丰收不只在田间，也在每一位远道而来的游客心里。",
    ]
    def render():
        out = []
        for p in body:
            out.append("<p><strong>%s</strong></p>" % esc(p) if p in heads else "<p>%s</p>" % esc(p))
        return "\n".join(out)
    m = ('<div class="top">江西新闻网 | 大江网 <a href="#">登录</a></div><div class="logo">大江网·文旅频道</div>' +
         nav(["首页", "江西", "文旅", "赣鄱风景", "非遗", "美食"]) + '<div class="main"><div class="l">'
         '<div class="crumb">首页 &gt; 文旅 &gt; 深度</div><h1>' + esc(t) + '</h1>'
         '<div class="meta">作者：程  澄 文/图　2025年10月8日 星期三　来源：大江网</div>' +
         '<p><img src="sq.jpg" alt="篁岭晒秋"></p><p class="cap">篁岭村民在晒秋。程澄 摄</p>' + render() +
         '<p>编辑：胡雪</p></div><div class="rr"><h3>推荐阅读</h3>' + ul(["景德镇陶溪川的周末市集", "庐山西海秋色渐浓", "赣南围屋里的客家年味"]) + '</div></div>' +
         news_footer("大江网版权所有", "赣ICP备05001798号"))
    page("ym-17", "zh", t, ["程澄"], "2025年10月8日", body, m, NCSS)

# ym-18 人民网 reprint with 原标题 and 责编
def ym18():
    t = "湖南：“湘村”客栈留住城里客"
    body = [
        "湘西土家族苗族自治州凤凰县的竹山村，一栋栋苗族木屋依山而建。村民龙秀英把自家老屋改成客栈后，旺季几乎天天满房。“以前在外面打工，现在守着家就能挣钱。”她笑着说。",
        "近年来，湖南推动乡村民宿规范发展，出台乡村民宿服务质量等级评定办法，全省已评定星级乡村民宿1100余家。各地通过“村集体+企业+农户”模式，盘活闲置农房，带动村民就近就业。",
        "在张家界市武陵源区，一批由返乡青年运营的民宿推出山地徒步、土家织锦体验等项目，吸引城市游客“一住就是一周”。据统计，今年上半年全省乡村旅游接待游客超过2亿人次。",
        "湖南省文化和旅游厅有关负责人表示，下一步将推动乡村民宿与非遗展示、农事体验、康养度假等业态融合，培育一批乡村旅游重点村镇，让乡村民宿成为农民增收的新渠道。",
    ]
    m = ('<div class="top">湖南在线 <a href="#">登录</a></div><div class="logo">红网 rednet.cn</div>' + nav(["首页", "时刻新闻", "湖南", "民生", "文旅", "县市"]) +
         '<div class="main"><div class="l"><h1>' + esc(t) + '</h1>'
         '<div class="meta">来源：人民网-人民日报　作者：孙  敏　2025-07-14 06:58:11</div>'
         '<p>原标题：湖南乡村民宿提质发展——“湘村”客栈留住城里客</p>' + ps(body) +
         '<p>（责编：罗知之、岳弘彬）</p><div>【纠错】 【责任编辑：宋  峰】</div><div class="cmt">网友评论（<b>8</b>）</div></div>'
         '<div class="rr"><h3>24小时热点</h3>' + ul(["长沙至赣州高铁有新进展", "张家界天门山景区夜游上新", "湘菜出海：一年卖出120亿", "岳阳洞庭湖候鸟提前南迁", "株洲轨道交通城再添新项目"]) + '</div></div>' +
         news_footer("红网 版权所有", "湘ICP备10202045号"))
    page("ym-18", "zh", t, ["孙敏"], "2025-07-14 06:58:11", body, m, NCSS)

# ym-19 图片新闻 gallery of four 图为 captions (captions not body)
def ym19():
    t = "柳州：龙舟竞渡柳江 两岸万人观赛"
    body = ["6月1日，2025年柳州市端午龙舟赛在柳江文惠桥至壶东大桥江段举行，来自全市各县区的32支龙舟队参赛。两岸数万名市民游客观赛助威，感受浓浓的端午气息。",
            "本次比赛设男子22人龙舟500米直道赛和混合组12人龙舟200米直道赛两个项目。经过激烈角逐，柳南区代表队和鹿寨县代表队分获两个项目冠军。"]
    caps = ["图为龙舟队员奋力划桨冲向终点。", "图为鹿寨县代表队在比赛中。", "图为市民在江边观赛。", "图为三江侗族自治县代表队队员赛前合影。"]
    gal = "".join('<div class="pic"><img src="p%d.jpg" alt=""><p>%s</p></div>' % (i, esc(c)) for i, c in enumerate(caps))
    m = ('<div class="top">柳州新闻网 | 柳州日报 | 柳州晚报</div><div class="logo">柳州新闻网</div>' + nav(["首页", "柳州", "图片", "视频", "县区", "民生"]) +
         '<div class="main"><div class="l"><div class="crumb">当前位置：首页 &gt; 图片新闻</div><h1>' + esc(t) + '</h1>' + gal +
         '<div class="meta">柳州新闻网　2025-06-01 18:20　记者 覃  妮 摄</div>' + ps(body) +
         '<p>责任编辑：梁  婷</p></div><div class="rr"><h3>图片排行</h3>' + ul(["柳州紫荆花开满城", "螺蛳粉产业园夜景"]) + '</div></div>' +
         news_footer("柳州日报社版权所有", "桂ICP备09004317号"))
    page("ym-19", "zh", t, [], "2025-06-01 18:20", body, m, NCSS + ".pic{display:inline-block;width:360px}")

# ym-20 新华社通稿 on a portal
def ym20():
    t = "福建平潭：海上风电年发电量突破30亿千瓦时"
    body = [
        "新华社福州6月3日电（记者 颜之宏 吴剑锋）记者从国网福建省电力有限公司获悉，截至5月底，平潭综合实验区海上风电累计并网装机容量达到110万千瓦，近12个月发电量突破30亿千瓦时，相当于节约标准煤约90万吨。",
        "平潭地处台湾海峡，年平均风速超过8米每秒，是我国海上风能资源最丰富的地区之一。近年来，平潭先后建成长江澳、大练岛等多个海上风电项目，并配套建设海上升压站和送出线路。",
        "国网平潭供电公司有关负责人介绍，为提升新能源消纳能力，当地建成储能电站2座，并试点“风电+海洋牧场”融合发展模式，在风机基础周边投放人工鱼礁，实现“水上发电、水下养鱼”。",
        "据了解，平潭正在推进外海深远海风电项目前期工作，计划“十五五”期间新增海上风电装机容量200万千瓦以上，并同步布局风电装备运维基地。",
    ]
    m = ('<div class="top">网易首页 应用 新闻 体育 娱乐 财经 汽车 科技 <a href="#">登录</a></div><div class="logo">网易新闻</div>' +
         '<div class="main"><div class="l"><div class="crumb">网易 &gt; 新闻中心 &gt; 国内新闻</div><h1>' + esc(t) + '</h1>'
         '<div class="meta">2025-06-03 15:27:04　来源: 新华社</div><div>举报</div>' + ps(body) +
         '<p class="ed">本文来源：新华社 责任编辑：王晓易_NE0011</p><div class="cmt">跟贴 <b>27</b> 参与 <b>1046</b></div>'
         '<div class="rel"><h4>相关推荐</h4>' + ul(["全球最大单机容量海上风电机组下线", "福建能源结构持续优化", "台湾海峡风电走廊加速成型", "沿海省份新能源装机再创新高"]) + '</div></div>'
         '<div class="rr"><h3>热点新闻</h3>' + ul(["教育部部署暑期安全工作", "国常会研究部署促消费举措", "多地高温预警"]) + '</div></div>' +
         news_footer("网易公司版权所有 ©1997-2025", "浙B2-20090185"))
    page("ym-20", "zh", t, ["颜之宏", "吴剑锋"], "2025-06-03 15:27:04", body, m, NCSS)

# ym-21 city media, headline repeated in 分享 line after body
def ym21():
    t = "柳州螺蛳粉前五月出口额同比增长四成"
    body = [
        "记者6月10日从柳州市商务局获悉，今年1至5月，柳州螺蛳粉出口额达1.12亿元，同比增长41.3%，产品远销美国、澳大利亚、马来西亚等30多个国家和地区。",
        "为帮助企业拓展海外市场，柳州海关推出“预约通关”“即报即放”等便利措施，将螺蛳粉出口通关时间压缩至2小时以内。市商务部门还组织企业参加东盟博览会、广交会等展会，累计签订意向订单1.6亿元。",
        "柳州市螺蛳粉协会会长黄志勇表示，海外消费者对预包装螺蛳粉的口味适应性正在提高，部分企业已针对不同市场推出低辣、清汤等新品。",
        "为保障产品品质，柳州市还制定了螺蛳粉团体标准和出口产品质量指引，建立原料基地备案和质量追溯制度。目前，全市共有23家螺蛳粉企业获得出口食品生产企业备案资格。",
        "（柳州日报记者 莫  蓉 通讯员 韦永福）",
    ]
    m = ('<div class="top">柳州新闻网 <a href="#">无障碍</a></div><div class="logo">柳州新闻网</div>' + nav(["首页", "柳州要闻", "经济", "社会", "县区"]) +
         '<div class="main"><div class="l"><h1>' + esc(t) + '</h1><div class="meta">发布时间：2025-06-11 08:05　来源：柳州日报</div>' + ps(body) +
         '<p>编辑：覃  静</p><div class="share">分享：柳州螺蛳粉前五月出口额同比增长四成 <a href="#">微信</a> <a href="#">微博</a></div>'
         '<div class="rel">' + ul(["柳州：螺蛳粉产业集群产值突破700亿元", "螺蛳粉小镇迎来暑期客流高峰"]) + '</div></div></div>' +
         news_footer("柳州日报社主办", "桂ICP备09004317号"))
    page("ym-21", "zh", t, ["莫蓉", "韦永福"], "2025-06-11 08:05", body[:-1], m, NCSS)

# ym-22 provincial news site, comments count, 文/图：
def ym22():
    t = "泉州古城“微改造”：老街巷里焕新颜"
    body = [
        "走进泉州西街，修缮一新的骑楼下，老字号润饼店、手工花灯铺与新开的咖啡馆比邻而居。自古城“微改造”启动以来，泉州坚持“见人见物见生活”，不搞大拆大建，累计完成40余条街巷的立面整治和管线下地。",
        "“房子还是原来的房子，但住得更舒服了。”西街居民陈阿婆说，改造时施工队专门上门征求意见，保留了门口的石条凳和老井。",
        "据了解，泉州还设立古城保护基金，引导社会资本参与老宅活化利用，已有120多栋闲置古厝变身非遗工坊、社区书屋和特色民宿。",
        "今年，泉州将继续推进古城“微改造”，计划完成中山路北段、承天巷等12条街巷的品质提升，同时完善古城停车、公厕、适老化设施，让居民生活更便利、游客体验更舒适。",
        "文/图：东南网记者 林  雪",
    ]
    body_g = body[:-1]
    m = ('<div class="top">东南网 | 福建日报 | 海峡都市报 | <a href="#">登录</a> <a href="#">注册</a></div><div class="logo">东南网 fjsen.com</div>' +
         nav(["首页", "福建", "泉州", "海峡", "文旅", "视频"]) + search("搜索新闻") +
         '<div class="main"><div class="l"><div class="crumb">东南网 &gt; 泉州频道 &gt; 本网原创</div><h1>' + esc(t) + '</h1>'
         '<div class="meta">2025-05-18 10:21:45　来源：东南网　<span>评论数：35</span></div>' + ps(body) +
         '<p>责任编辑：黄  茜</p><div class="rel"><h4>相关阅读</h4>' + ul(["泉州申遗成功四周年：古城更有烟火气", "开元寺周边街区完成提升", "泉州非遗工坊迎来研学热"]) + '</div></div>'
         '<div class="rr"><h3>热点排行</h3>' + ul(["1 泉州湾跨海大桥通车一周年", "2 晋江鞋服产业外贸回暖", "3 安溪铁观音春茶开采"]) + '</div></div>' +
         news_footer("东南网版权所有", "闽ICP备05002216号"))
    page("ym-22", "zh", t, ["林雪"], "2025-05-18 10:21:45", body_g, m, NCSS)

# ym-23 city portal, 本报讯（记者 … 通讯员 …）, hot list
def ym23():
    t = "岳阳：洞庭湖区首个“零碳”码头投入运营"
    body = [
        "本报讯（记者 付 强 通讯员 易文斌）9月16日，岳阳城陵矶港区一号泊位岸电改造和光伏储能项目通过验收，洞庭湖区首个“零碳”码头正式投入运营。",
        "该项目在码头仓库屋顶和堆场雨棚铺设光伏板1.8万平方米，年发电量约220万千瓦时，配套建设储能系统和高压岸电设施，靠港船舶可直接使用岸电，不再燃油发电。",
        "据测算，项目每年可减少二氧化碳排放约1700吨。港口运营方表示，下一步将推进电动集卡、氢能叉车等设备替换，力争三年内实现港区装卸作业全面电动化。",
        "城陵矶港是湖南唯一的国家一类水运开放口岸。今年1至8月，港区完成集装箱吞吐量68万标箱，同比增长9.4%，绿色低碳转型正成为港口高质量发展的新引擎。",
    ]
    m = ('<div class="top">岳阳网 | 岳阳日报 | 岳阳晚报 | 今天是2025年9月17日</div><div class="logo">岳阳网</div>' + nav(["首页", "岳阳新闻", "县市区", "民生", "专题"]) +
         '<div class="main"><div class="l"><div class="crumb">岳阳网 » 岳阳新闻 » 经济</div><h1>' + esc(t) + '</h1>'
         '<div class="meta">来源：岳阳日报 | 2025-09-17 07:30 | 编辑：胡  滢 | 阅读：1.2万</div>' + ps(body) +
         '<div class="pn">上一篇：岳阳楼景区推出夜游新线路　下一篇：平江县抽水蓄能电站首台机组并网</div></div>'
         '<div class="rr"><h3>热门排行</h3>' + ul(["岳阳三荷机场新开航线", "巴陵广场音乐喷泉恢复开放", "君山银针秋茶开采", "岳阳高考录取查询通道开通"]) + '</div></div>' +
         news_footer("岳阳日报社主办", "湘ICP备05005012号"))
    page("ym-23", "zh", t, ["付强", "易文斌"], "2025-09-17 07:30", body, m, NCSS)

# ym-24 long headline in two lines
def ym24():
    t1, t2 = "安徽推行“高效办成一件事”", "企业开办全流程压缩至一个工作日"
    t = t1 + t2
    body = [
        "记者从安徽省数据资源管理局获悉，今年以来，安徽在全省推行企业开办、不动产登记、新生儿出生等13个“高效办成一件事”重点事项，企业开办全流程已压缩至1个工作日以内。",
        "在合肥市政务服务中心，创业者周涛通过“皖事通办”平台一次提交材料，当天就领到了营业执照、公章和发票。“以前要跑市场监管、税务、银行好几个地方，现在一个窗口全办完。”",
        "省数据资源管理局有关负责人介绍，安徽依托一体化政务服务平台打通28个部门系统，实现数据共享调用1.3亿次，群众和企业办事平均减少提交材料57%。",
        "下一步，安徽将把“高效办成一件事”向县乡两级延伸，年内再推出一批企业和个人全生命周期重点事项清单，推动更多事项“一网通办”“跨省通办”。",
        "作者：余  冰",
    ]
    m = ('<div class="top">安徽网 <a href="#">登录</a></div><div class="logo">安徽网 ahwang.cn</div>' + nav(["首页", "安徽", "合肥", "财经", "教育"]) +
         '<div class="main"><div class="l"><h1>' + esc(t1) + '<br>' + esc(t2) + '</h1>'
         '<div class="meta">2025年6月3日 星期二　来源：新安晚报</div>' + ps(body) +
         '<p>编辑：葛  宁</p></div><div class="rr">' + ul(["合肥新站高新区集成电路产业再添新项目", "芜湖港集装箱吞吐量创新高"]) + '</div></div>' +
         news_footer("安徽网版权所有", "皖ICP备11006328号"))
    page("ym-24", "zh", t, ["余冰"], "2025年6月3日", body[:-1], m, NCSS)

for f in [ym13, ym14, ym15, ym16, ym17, ym18, ym19, ym20, ym21, ym22, ym23, ym24]:
    f()
