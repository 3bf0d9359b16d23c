# Media pages tk-13 .. tk-24 (2 English pages). Every page has its own template.
PAGES = []
def add(**kw):
    kw.setdefault("lang", "zh")
    PAGES.append(dict(kind="media", **kw))

# tk-13: 吉林 provincial newspaper site, 本报讯 byline in first paragraph
add(id="tk-13", title="吉林省首条跨境冷链班列从珲春开出",
    authors=["王雪松", "金美善"], publish_time="2025-06-12 07:05",
    css="""body{margin:0;font:16px/1.8 "Microsoft YaHei"}.mast{background:#c40000;color:#fff;padding:10px 5%}.chan{background:#fff;border-bottom:1px solid #ddd;padding:8px 5%}.chan a{margin-right:16px}
.lay{display:grid;grid-template-columns:3fr 1fr;gap:30px;padding:20px 5%}h1{font-size:28px}.m{color:#999;font-size:13px}.side li{font-size:13px}.copy{background:#222;color:#999;font-size:12px;padding:20px 5%}""",
    layout="""<body><div class="mast"><img src="{GIF}" alt="吉林日报社"> 彩练新闻　<small>吉林日报社主办</small><span style="float:right">登录 | 注册 | 客户端下载</span></div>
<div class="chan"><a>首页</a><a>时政</a><a>经济</a><a>社会</a><a>文旅</a><a>县域</a><a>评论</a><a>视频</a></div>
<div class="lay"><div><div class="m">首页 &gt; 经济 &gt; 正文</div>
<h1>吉林省首条跨境冷链班列从珲春开出</h1>
<div class="m">2025-06-12 07:05　来源：吉林日报　<span>阅读 2.1万</span></div>
{BODY}
<p class="m">责任编辑：高明　　校对：刘佳</p>
<div class="m">分享到：微信 微博 QQ</div></div>
<div class="side"><h4>热门排行</h4><ol><li>长春至白山高铁预计年底通车</li><li>吉林省发布高温黄色预警</li><li>全省夏粮收购工作启动</li><li>延吉入选全国夜经济名城</li></ol><p><img src="{GIF}" alt="彩练新闻客户端">扫码下载彩练新闻客户端</p></div></div>
<div class="copy">吉林日报社版权所有，未经授权禁止复制或建立镜像　吉ICP备10001883号　互联网新闻信息服务许可证编号：22120170001　违法和不良信息举报电话：0431-88600012</div></body>""",
    body=[
        ("p", "本报讯（记者王雪松 金美善）6月11日上午，满载40个冷藏集装箱的跨境冷链班列从珲春国际物流港缓缓驶出，经珲春铁路口岸出境前往俄罗斯乌苏里斯克。这是我省首条常态化运行的跨境冷链班列，标志着吉林对俄农产品贸易通道建设取得新突破。"),
        ("p", "此次班列装载的主要是我省生产的冷鲜猪肉、速冻玉米、蔬菜和乳制品，货值约2600万元。与传统的公路运输相比，冷链班列全程温控、运量大、时效稳定，单程运输时间缩短约30%，综合物流成本降低近20%。"),
        ("p", "“以前冷鲜产品出口主要靠冷藏车，遇上口岸拥堵就容易耽误。有了冷链班列，我们可以把订单量翻一番。”吉林某食品集团国际贸易部经理说。"),
        ("p", "据介绍，该班列由珲春市联合铁路、海关等部门共同推动开行，计划今年每周开行2列，全年运送冷链货物超过3000标箱。珲春海关为班列开辟“绿色通道”，实行“提前申报、抵港直装”，通关时间压缩至2小时以内。"),
    ])

# tk-14: 湖北 provincial TV site, video news with 记者/编辑 lines on their own
add(id="tk-14", title="汉江生态经济带建设提速 沿江城市共建绿色廊道",
    authors=["邓晓阳", "胡斌"], publish_time="2025/05/30 19:42",
    css="""body{margin:0;background:#101820;color:#ddd;font:15px/1.8 sans-serif}.tv-top{display:flex;justify-content:space-between;padding:12px 4%;background:#000}.tv-nav a{color:#fff;margin-right:20px}
.player{background:#000;height:360px;text-align:center;color:#666}.tv-body{max-width:900px;margin:20px auto}.tv-body h1{color:#fff;font-size:26px}.info{color:#888;font-size:13px}.rel{border-top:1px solid #333}.ft{text-align:center;font-size:12px;color:#666;padding:20px}""",
    layout="""<body><div class="tv-top"><div><img src="{GIF}" alt="长江云"> 长江云 · 湖北广播电视台</div><div class="tv-nav"><a>首页</a><a>直播</a><a>湖北新闻</a><a>垄上</a><a>经视</a><a>点播</a><a>下载APP</a></div></div>
<div class="player"><p>视频加载中……</p><p>00:00 / 02:46</p></div>
<div class="tv-body"><div class="info">湖北新闻 ｜ 2025/05/30 19:42 ｜ 播放 3.6万</div>
<h1>汉江生态经济带建设提速 沿江城市共建绿色廊道</h1>
<p class="info">记者：邓晓阳 胡斌　　摄像：陈刚</p>
{BODY}
<p class="info">编辑：柳絮　　审核：钱卫东</p>
<div class="rel"><h3>相关视频</h3><ul><li>【湖北新闻】丹江口库区：一库清水永续北送</li><li>【湖北新闻】襄阳：汉江岸线变身城市客厅</li></ul></div></div>
<div class="ft">湖北广播电视台版权所有 信息网络传播视听节目许可证：1704052　鄂ICP备05004452号</div></body>""",
    body=[
        ("p", "（主持人）汉江是长江最大的支流。今年以来，汉江沿线十堰、襄阳、荆门、潜江、仙桃等城市协同推进生态保护和绿色发展，一条贯通上下游的绿色生态廊道正在加快形成。来看报道。"),
        ("p", "在襄阳市鱼梁洲，原先杂乱的滩涂已经变成了12公里长的环洲绿道，每到周末，前来骑行、散步的市民络绎不绝。襄阳市近三年累计修复汉江岸线46公里，新增滨江绿地300多万平方米。"),
        ("p", "在下游的潜江市，当地把沿江化工企业“关改搬转”与岸线修复结合起来，腾退岸线8.6公里，引进了小龙虾精深加工和生态旅游项目。"),
        ("p", "（同期声）潜江市生态环境局负责人：我们和上游城市建立了水质联合监测机制，断面数据每小时共享一次，一旦发现异常，上下游同步处置。"),
        ("p", "据了解，今年汉江生态经济带湖北段计划实施生态修复、污水治理等重点项目118个，总投资超过420亿元。目前，汉江干流湖北段水质稳定保持在Ⅱ类以上。"),
    ])

# tk-15: 广西 city news portal, 2013 table template, closing （作者） byline in parentheses inside last paragraph
add(id="tk-15", title="柳州螺蛳粉产业园今年一季度产值同比增长18%",
    authors=["蓝天", "莫小青"], publish_time="2025-04-16 08:51:07",
    css="""body{font:12px 宋体;margin:0}table{border-collapse:collapse}.hd{background:url() #2f7d32}.nv td{background:#dcedc8;text-align:center;height:26px}.bt{font:bold 20px 黑体;text-align:center;padding:14px}.xx{text-align:center;background:#f1f8e9;line-height:26px}.zw{font-size:14px;line-height:26px;padding:10px 20px}.dt td,.dt th{border:1px solid #666;padding:3px}""",
    pstyle="u3000",
    layout="""<body><table width="960" align="center"><tr class="hd"><td><img src="{GIF}" alt="柳州新闻网"></td><td style="color:#fff">柳州新闻网　www　|　柳州日报社主办</td></tr></table>
<table width="960" align="center" class="nv"><tr><td>首页</td><td>柳州新闻</td><td>广西新闻</td><td>国内国际</td><td>县区</td><td>图片</td><td>专题</td><td>数字报</td></tr></table>
<table width="960" align="center"><tr><td>您当前的位置 ： <a>柳州新闻网</a> &gt;&gt; <a>柳州新闻</a> &gt;&gt; <a>经济</a></td></tr>
<tr><td class="bt">柳州螺蛳粉产业园今年一季度产值同比增长18%</td></tr>
<tr><td class="xx">2025-04-16 08:51:07　　来源：柳州日报　　编辑：韦小宁　　【<a>字号 大 中 小</a>】</td></tr>
<tr><td class="zw">{BODY}</td></tr>
<tr><td>分享到：<a>QQ空间</a> <a>新浪微博</a> <a>微信</a></td></tr>
<tr><td><b>相关新闻</b><br>· 柳州螺蛳粉出口目的地增至30个国家和地区<br>· 螺蛳粉小镇入选自治区级特色小镇</td></tr></table>
<table width="960" align="center" style="border-top:2px solid #2f7d32"><tr><td align="center">柳州日报社版权所有　桂ICP备10200327号　互联网新闻信息服务许可证：45120170002<br>联系电话：0772-2851234　违法和不良信息举报：0772-2851110</td></tr></table></body>""",
    body=[
        ("p", "记者日前从柳州市螺蛳粉产业园获悉，今年一季度，园区实现规上工业产值42.6亿元，同比增长18%；袋装螺蛳粉产量达3.1亿袋，出口货值同比增长35%。"),
        ("p", "走进园区内一家螺蛳粉生产企业，全自动生产线正在高速运转，从米粉压制、汤料灌装到封口装箱，每分钟可完成120袋产品的包装。企业负责人介绍，今年以来订单持续增长，新投用的两条生产线让日产能提高了三成。"),
        ("p", "产业链延伸是园区增长的重要动力。今年一季度，园区新签约竹笋深加工、酸笋菌种研发、包装材料等配套项目7个，总投资约9.8亿元。目前，园区入驻企业已达126家，形成从原材料种植、加工到物流、电商的完整产业链。"),
        ("p", "柳州市螺蛳粉产业发展中心相关负责人表示，接下来将加快推进螺蛳粉标准化生产体系建设，支持企业开拓东南亚、欧美市场，力争全年全产业链销售收入突破800亿元。（记者 蓝天 通讯员 莫小青）"),
    ])

# tk-16: 海南 portal reprinting 新华社 wire with dateline byline in first paragraph
add(id="tk-16", title="海南热带雨林国家公园首次发现珍稀植物海南油杉野生种群",
    authors=["严钰景", "陈子薇"], publish_time="2025-07-02 21:17",
    css="""body{margin:0;font:16px/1.8 "Microsoft YaHei"}#top{background:#00704a;color:#fff;display:flex;gap:20px;padding:8px 6%}#top a{color:#fff}.crumbs{padding:10px 6%;font-size:13px}.detail{width:820px;margin:auto}.detail h2{font-size:27px}.art-info{font-size:13px;color:#999;display:flex;gap:18px}.tips{font-size:12px;color:#aaa}.foot{background:#eee;padding:18px 6%;font-size:12px}""",
    pstyle="indent",
    layout="""<body><div id="top"><img src="{GIF}" alt="椰网"><a>首页</a><a>海南</a><a>自贸港</a><a>国内</a><a>国际</a><a>旅游</a><a>视频</a><span>2025年7月3日</span></div>
<div class="crumbs">椰网 &gt; 海南新闻 &gt; 生态环保 &gt; 正文</div>
<div class="detail"><h2>海南热带雨林国家公园首次发现珍稀植物海南油杉野生种群</h2>
<div class="art-info"><span>新华社</span><span>2025-07-02 21:17</span><span><a>评论</a>(12)</span><span>A+ A-</span></div>
{BODY}
<p class="tips">【纠错】 【责任编辑：符丽丽】</p>
<div><b>猜你喜欢</b><ul><li>海南长臂猿种群数量增至42只</li><li>五指山发现兰科植物新种</li></ul></div></div>
<div class="foot">本网站所刊载信息，不代表本网观点。刊用本网站稿件，务经书面授权。<br>琼ICP备05000328号-1　琼公网安备46010602000314号　新闻热线：0898-66810001</div></body>""",
    body=[
        ("p", "新华社海口7月2日电（记者严钰景、陈子薇）记者从海南热带雨林国家公园管理局获悉，科研人员近日在国家公园霸王岭片区首次发现国家二级重点保护野生植物海南油杉的野生种群，共记录成年植株37株、幼苗60余株。"),
        ("img", "科研人员在霸王岭片区测量海南油杉胸径"),
        ("cap", "6月28日，科研人员在霸王岭片区测量海南油杉胸径。（海南热带雨林国家公园管理局供图）"),
        ("p", "海南油杉为松科油杉属常绿乔木，是海南特有种，主要分布于海拔800米至1400米的山地雨林中，野外种群数量稀少。此次发现的种群分布面积约15公顷，其中最大一株胸径达86厘米，树龄估计超过200年。"),
        ("p", "“种群中有大量幼苗，说明它们能够在自然条件下正常更新，这在以往的调查中很少见到。”参与调查的海南大学林学院副教授说。"),
        ("p", "据介绍，国家公园管理局将对该种群开展长期监测，采集种子进行人工繁育，并在周边设立保护标识，加强巡护管理。"),
    ])

# tk-17: English page of a Chinese outlet, "By" line with two names
add(id="tk-17", lang="en", title="Wuhan's optics valley draws young engineers with talent apartments",
    authors=["Zhang Yiran", "Li Wenhao"], publish_time="Updated: 2025-05-19 14:22",
    css="""body{margin:0;font:17px/1.7 Georgia,serif}.topnav{background:#003366;color:#fff;padding:10px 6%}.topnav a{color:#fff;margin-right:18px}.sec{padding:8px 6%;font:13px Arial;color:#666}
.story{max-width:760px;margin:auto}.story h1{font:bold 34px/1.2 Arial}.byline{font:14px Arial;color:#444}.time{font:13px Arial;color:#888}.more{font:14px Arial}footer{background:#eee;font:12px Arial;padding:20px 6%}""",
    layout="""<body><div class="topnav"><img src="{GIF}" alt="Hubei Daily English"><a>Home</a><a>Hubei</a><a>Business</a><a>Culture</a><a>Travel</a><a>Photos</a><a>中文</a></div>
<div class="sec">Home / Business / Wuhan</div>
<div class="story"><h1>Wuhan's optics valley draws young engineers with talent apartments</h1>
<div class="byline">By Zhang Yiran and Li Wenhao</div>
<div class="time">Updated: 2025-05-19 14:22 | Source: Hubei Daily</div>
<div class="share">Share: Facebook | X | LinkedIn | Email</div>
{BODY}
<p class="byline">Editor: Chen Lu</p>
<div class="more"><h3>Related Stories</h3><ul><li>Hubei's laser industry output tops 100 billion yuan</li><li>Wuhan subway Line 19 opens to passengers</li></ul></div></div>
<footer>Copyright 2025 Hubei Daily Media Group. All rights reserved. 鄂ICP备16008802号</footer></body>""",
    body=[
        ("p", "When Liu Xin graduated from a university in Xi'an last summer, she weighed offers from companies in three cities. She chose a photonics startup in Wuhan's East Lake High-tech Development Zone, better known as Optics Valley, partly because of the rent."),
        ("p", "\"My company found me a one-bedroom talent apartment for less than a third of the market price,\" the 24-year-old engineer said. \"That made the decision easy.\""),
        ("img", "Young engineers at a photonics lab in Wuhan"),
        ("cap", "Young engineers test laser modules at a lab in Optics Valley. [Photo by Wang Jie/For Hubei Daily]"),
        ("p", "The zone has built or converted more than 42,000 apartments for graduates and skilled workers since 2022, according to its housing bureau. New arrivals with a bachelor's degree can live in them at reduced rent for up to three years."),
        ("h", "Competition for talent"),
        ("p", "Officials say the program is part of a wider effort to keep pace with coastal tech hubs. Optics Valley is home to more than 17,000 high-tech companies, and its optical fiber and laser industries rank among the largest in the country."),
        ("p", "Economists say housing support alone will not keep young people in the city for long, but it helps. \"Career prospects matter most,\" said a researcher at a local university. \"Affordable housing removes an early obstacle.\""),
    ])

# tk-18: English wire copy, only a source (Xinhua) -> no authors
add(id="tk-18", lang="en", title="Hainan free trade port sees surge in duty-free shopping during holiday",
    authors=[], publish_time="2025-05-06 10:48:31",
    css="""body{margin:0;font:16px/1.6 Arial}header{border-bottom:4px solid #d71920;padding:14px 5%}header nav a{margin-right:14px;color:#333}.wrap{display:flex;gap:40px;padding:20px 5%}.main{flex:3}.aside{flex:1;font-size:13px;background:#f5f5f5;padding:12px}.headline{font-size:30px;font-weight:bold}.src{color:#777;font-size:13px}.ft{background:#222;color:#aaa;font-size:12px;padding:18px 5%}""",
    layout="""<body><header><img src="{GIF}" alt="Hainan International Media Center"><strong>HIMC</strong> Hainan International Media Center<nav><a>News</a><a>FTP Policies</a><a>Business</a><a>Travel</a><a>Video</a><a>Search</a></nav></header>
<div class="wrap"><div class="main"><div class="src">News &gt; Business</div>
<div class="headline">Hainan free trade port sees surge in duty-free shopping during holiday</div>
<div class="src">Source: Xinhua　|　2025-05-06 10:48:31　|　Editor: Huang Mei</div>
{BODY}
<p class="src">[Print] [Close]</p></div>
<div class="aside"><h4>Most Read</h4><ol><li>Haikou launches new international air route to Bangkok</li><li>Sanya hosts beach volleyball tour finals</li><li>Hainan expands zero-tariff list for raw materials</li></ol></div></div>
<div class="ft">Copyright © Hainan International Media Center. All rights reserved. 琼ICP备19001245号-2</div></body>""",
    body=[
        ("p", "HAIKOU, May 6 (Xinhua) -- Offshore duty-free shops in south China's Hainan Province recorded sales of 2.08 billion yuan (about 289 million U.S. dollars) during the five-day May Day holiday, up 14.6 percent year on year, according to Haikou Customs."),
        ("p", "The shops received about 287,000 shoppers during the holiday, which ran from May 1 to 5, with an average spending of 7,250 yuan per person, the customs said."),
        ("p", "Cosmetics, jewelry and electronic products were among the most popular items. Several stores in Sanya and Haikou extended their opening hours and added pick-up counters at airports to handle the holiday rush."),
        ("p", "Since the policy was adjusted in 2020 to raise the annual tax-free shopping quota to 100,000 yuan per person, offshore duty-free sales in Hainan have grown rapidly. The province is building itself into an international tourism and consumption center as part of its free trade port development."),
    ])

# tk-19: 吉林 city TV station site, 2019 template, 记者 line + 通讯员 in info bar
add(id="tk-19", title="长春冰雪新天地今冬将扩容至150万平方米",
    authors=["宋佳音", "赵一鸣"], publish_time="2025-10-28 18:35:12",
    css="""body{margin:0;font:15px/1.8 "Microsoft YaHei";background:#eef3fb}.logo-bar{background:#0047ab;color:#fff;padding:14px 8%}.links a{color:#cde;margin-right:12px;font-size:13px}.main{width:1040px;margin:16px auto;background:#fff;padding:24px 40px}
.main h1{font-size:26px;text-align:center}.main .source{text-align:center;font-size:13px;color:#999}.hot{border-top:2px solid #0047ab}.copyright{text-align:center;font-size:12px;color:#777;padding:16px}""",
    layout="""<body><div class="logo-bar"><img src="{GIF}" alt="长春广播电视台">长春广播电视台 · 掌上长春<div class="links"><a>首页</a><a>新闻</a><a>直播</a><a>栏目</a><a>主持人</a><a>问政</a><a>扫码下载APP</a></div></div>
<div class="main"><div>当前位置：首页 → 长春新闻</div>
<h1>长春冰雪新天地今冬将扩容至150万平方米</h1>
<div class="source">来源：长春广播电视台　发布时间：2025-10-28 18:35:12　浏览：6021</div>
<p style="text-align:center;font-size:14px">记者　宋佳音　赵一鸣</p>
{BODY}
<p style="font-size:13px;color:#999">编辑：孙雪　责编：张宏伟　监制：李强</p>
<div class="hot"><h4>热点推荐</h4><p>· 长春地铁6号线开通初期运营</p><p>· 净月潭瓦萨国际滑雪节12月启幕</p></div></div>
<div class="copyright">长春广播电视台版权所有　吉ICP备05003076号　广播电视节目制作经营许可证（吉）字第00019号</div></body>""",
    body=[
        ("p", "记者从长春市文广旅局获悉，第七届长春冰雪新天地将于今年12月中旬开园，园区面积由去年的120万平方米扩大至150万平方米，用冰用雪量约30万立方米，规模再创新高。"),
        ("h", "新增三大主题区"),
        ("p", "今年的冰雪新天地以“冰雪奇缘·光影长春”为主题，新增冰雪电影城、东北民俗村和冰雪运动体验区三大主题区。其中，冰雪运动体验区将设置雪地摩托、冰上自行车、雪圈滑道等20余个项目，游客可以在专业教练指导下体验冰雪运动。"),
        ("p", "“去年园区日均接待游客超过3万人次，周末和节假日经常排长队。”园区运营方负责人说，今年将增加入口闸机和接驳车辆，并推出分时预约入园，减少游客等待时间。"),
        ("h", "交通保障同步升级"),
        ("p", "长春公交集团将在开园期间加密相关线路班次，并开通冰雪新天地至长春站、龙嘉机场的旅游专线。园区周边新建临时停车场2处，新增停车位1800个。"),
    ])

# tk-20: 湖北 city evening paper portal, 原标题 line not body, "文/" byline line
add(id="tk-20", title="“先看病后付费”覆盖全市二级以上公立医院",
    authors=["刘畅"], publish_time="2025年03月27日 09:02",
    css="""body{margin:0;font:16px/1.9 "PingFang SC"}.nav-top{background:#f60;color:#fff;padding:10px 7%}.nav-top b{font-size:22px;margin-right:30px}.content-box{max-width:720px;margin:26px auto}.content-box h1{font-size:26px;line-height:1.4}.meta-line{font-size:13px;color:#9a9a9a}
.orig{color:#666;font-size:14px}.end{color:#bbb}.list-more li{font-size:14px}.foot{background:#333;color:#aaa;text-align:center;font-size:12px;padding:18px}""",
    layout="""<body><div class="nav-top"><b>荆州新闻网</b><a>首页</a> <a>荆州</a> <a>民生</a> <a>教育</a> <a>健康</a> <a>房产</a> <a>融媒</a> <a>长者模式</a></div>
<div class="content-box"><p class="meta-line">首页 / 民生 / 正文</p>
<h1>“先看病后付费”覆盖全市二级以上公立医院</h1>
<p class="meta-line">荆州晚报　2025年03月27日 09:02　阅读量 8817</p>
<p class="orig">原标题：就医不用先交钱 “信用就医”来了</p>
<p class="meta-line">文/记者 刘畅</p>
{BODY}
<p class="end">【编辑：陈静】</p>
<ul class="list-more"><li>荆州中心城区新增3家社区医院</li><li>医保电子凭证可以“亲情付”了</li></ul></div>
<div class="foot">荆州日报社主办　鄂ICP备06002547号-1　互联网新闻信息服务许可证：42120190012</div></body>""",
    body=[
        ("p", "看病先排队缴费、检查前再缴费、取药时还要缴费，这样来回跑的就医体验即将成为历史。记者从市医保局获悉，4月1日起，我市“信用就医·先看病后付费”服务将覆盖全市32家二级以上公立医院。"),
        ("h", "怎么开通？"),
        ("p", "参加我市基本医疗保险、信用状况良好的参保人，可通过“荆州医保”小程序或医院自助机签约开通，根据信用评分获得2000元至5000元不等的就医授信额度。"),
        ("h", "如何使用？"),
        ("p", "开通后，参保人在门诊挂号、检查、取药、住院押金等环节无需现场缴费，就诊结束后48小时内通过手机一次性结清个人自付费用即可。逾期未结清的，将暂停信用就医资格。"),
        ("p", "“以前带孩子看病，一上午要排四五次队缴费，现在省了不少时间。”在市第一人民医院就诊的市民张女士说。"),
        ("p", "市医保局相关负责人介绍，自去年试点以来，已有11.6万人开通信用就医，累计授信使用金额1.3亿元，患者平均就诊时间缩短约40分钟。"),
    ])

# tk-21: 广西 news portal 评论 (commentary), "作者：" with unit, glued info line
add(id="tk-21", title="让“桂字号”农产品走得更远",
    authors=["梁振宇"], publish_time="2025-08-04 06:58",
    css="""body{margin:0;font:16px/1.9 "Microsoft YaHei"}.gx-head{background:#0a5fa8;padding:12px 6%;color:#fff}.gx-head span{margin-right:16px}.pl-box{max-width:780px;margin:30px auto;border-left:4px solid #0a5fa8;padding-left:24px}.pl-tag{color:#0a5fa8;font-weight:bold}.pl-title{font-size:28px;font-weight:bold}.pl-meta{font-size:13px;color:#888}.gx-foot{background:#f0f0f0;font-size:12px;padding:20px 6%;text-align:center}""",
    pstyle="indent",
    layout="""<body><div class="gx-head"><img src="{GIF}" alt="广西新闻网"><span>广西新闻网</span><span>首页</span><span>时政</span><span>评论</span><span>财经</span><span>东盟</span><span>视频</span><span>数字报</span></div>
<div class="pl-box"><div class="pl-tag">八桂时评</div>
<div class="pl-title">让“桂字号”农产品走得更远</div>
<div class="pl-meta">2025-08-04 06:58来源：广西日报作者：梁振宇（广西大学农学院）</div>
{BODY}
<div class="pl-meta">责任编辑：黄海燕</div>
<div class="pl-meta">相关评论：·乡村振兴要念好“山水经” ·以品牌建设擦亮农业底色</div></div>
<div class="gx-foot">广西新闻网版权所有　桂ICP备05000051号　互联网新闻信息服务许可证编号：45120170001<br>广西互联网违法和不良信息举报中心</div></body>""",
    body=[
        ("p", "从百色芒果、横县茉莉花到富川脐橙、荔浦芋头，广西的特色农产品越来越多地出现在全国各地的餐桌和货架上。据统计，今年上半年，我区农产品网络零售额同比增长21%，“桂字号”品牌影响力持续提升。"),
        ("p", "成绩来之不易，短板也不容忽视。一些地方的农产品仍停留在“有产品、缺品牌”“有品牌、缺标准”的阶段，同一品类多个品牌各自为战，难以形成合力；冷链物流、分拣包装等环节还不够完善，“最先一公里”的损耗居高不下。"),
        ("p", "让“桂字号”农产品走得更远，关键在于标准化。只有统一种植规范、分级标准和质量追溯，才能让消费者买得放心，让品牌经得起市场检验。同时，要补齐产地冷链短板，推动产地仓、共享冷库向乡镇延伸。"),
        ("p", "品牌是长期主义的事业。各地既要讲好产品背后的山水故事和人文故事，更要守住质量底线，久久为功，方能让“桂字号”成为高品质的代名词。"),
    ])

# tk-22: 海南 county 融媒体 app share page (mobile), date in relative form plus full
add(id="tk-22", title="万宁举办第五届冲浪节 吸引国内外选手200余人参赛",
    authors=["吴清华", "符海鹰"], publish_time="2025-11-09 20:14",
    css="""body{margin:0 auto;max-width:480px;font:17px/1.75 -apple-system,"PingFang SC";color:#1a1a1a}.app-bar{display:flex;justify-content:space-between;padding:8px 14px;background:#f8f8f8;font-size:13px}.h{font-size:22px;font-weight:600;padding:0 14px}.author-row{display:flex;gap:8px;padding:0 14px;color:#999;font-size:13px}.art{padding:0 14px}.dl{position:sticky;bottom:0;background:#e53935;color:#fff;text-align:center;padding:10px}.cm{padding:14px;font-size:14px;color:#666}""",
    layout="""<body><div class="app-bar"><span><img src="{GIF}" alt="万宁融媒"> 万宁融媒</span><span>打开APP</span></div>
<div class="h">万宁举办第五届冲浪节 吸引国内外选手200余人参赛</div>
<div class="author-row"><span>万宁融媒体中心</span><span>2025-11-09 20:14</span><span>阅读 1.2万</span></div>
<div class="art">{BODY}
<p style="color:#999;font-size:13px">记者：吴清华 符海鹰<br>编辑：陈琪<br>审核：李明辉</p></div>
<div class="cm"><b>评论（36）</b><p>海岛冲浪人：日月湾的浪真的好！</p><p>小鱼：明年一定要去现场看。</p></div>
<div class="dl">下载万宁融媒APP，阅读更多精彩内容</div></body>""",
    body=[
        ("p", "11月8日，2025年万宁国际冲浪节在日月湾开幕，来自中国、澳大利亚、日本、印度尼西亚等15个国家和地区的200余名冲浪选手同场竞技。"),
        ("img", "选手在日月湾冲浪"),
        ("p", "本届冲浪节为期8天，设置男子、女子长板和短板公开赛、青少年组比赛以及桨板竞速等项目。比赛期间，日月湾还将举办沙滩音乐会、冲浪主题市集和冲浪文化展，吸引游客参与。"),
        ("p", "开幕式上，万宁市还为首批10家“冲浪友好商家”授牌，这些商家将为参赛选手和游客提供冲浪板寄存、淋浴和餐饮折扣等服务。"),
        ("p", "“日月湾的浪型稳定，一年四季都适合冲浪，是我在亚洲最喜欢的冲浪点之一。”来自澳大利亚的选手说。"),
        ("p", "近年来，万宁依托优质海浪资源，大力发展冲浪产业，目前日月湾周边已有冲浪俱乐部60余家，年接待冲浪爱好者超过30万人次。万宁市有关负责人表示，将以冲浪节为契机，进一步完善配套设施，打造“中国冲浪之都”。"),
    ])

# tk-23: central media regional channel (吉林频道), info bar above title, 2016 portal
add(id="tk-23", title="延边州探索“边境村+民宿”发展模式",
    authors=["李洪兴"], publish_time="2025年09月15日08:16",
    css="""body{margin:0;font:14px/1.8 宋体}.pd-top{background:#b50000;color:#fff;padding:6px 4%;font-size:12px}.pd-logo{padding:14px 4%;font-size:24px;color:#b50000}.pd-nav{border-top:2px solid #b50000;border-bottom:1px solid #ddd;padding:6px 4%}.pd-nav a{margin-right:14px}
.text_c{width:860px;margin:auto}.text_c .box01{font-size:12px;color:#666;border-bottom:1px solid #eee}.text_c h1{font-size:26px;text-align:center;font-family:黑体}.edit{text-align:right;font-size:12px}.foot{text-align:center;font-size:12px;border-top:1px solid #ccc}""",
    pstyle="u3000",
    layout="""<body><div class="pd-top">人民网 &gt;&gt; 吉林频道　　<span style="float:right">登录 注册 | 手机版</span></div>
<div class="pd-logo"><img src="{GIF}" alt="人民网 吉林频道"> 吉林频道</div>
<div class="pd-nav"><a>首页</a><a>时政</a><a>市州</a><a>经济</a><a>社会</a><a>文旅</a><a>图片</a><a>领导留言板</a></div>
<div class="text_c"><div class="box01"><span>2025年09月15日08:16　来源：人民网－吉林频道</span>　<span>分享到：</span></div>
<h1>延边州探索“边境村+民宿”发展模式</h1>
<p style="text-align:center;font-size:13px">人民网记者 李洪兴</p>
{BODY}
<div class="edit">(责编：金京善、姜楠)</div>
<div>关注公众号：人民网吉林频道<img src="{GIF}" alt="二维码"></div>
<div><h3>相关新闻</h3><p>·延边州边境旅游人数同比增长32%</p><p>·图们江畔的朝鲜族村落焕发新生</p></div></div>
<div class="foot">人民日报社概况 | 关于人民网 | 报社招聘 | 招聘英才 | 广告服务 | 合作加盟 | 供稿服务 | 网站声明 | 联系我们<br>人民网版权所有，未经书面授权禁止使用<br>Copyright © 1997-2025 by www.people.com.cn. all rights reserved</div></body>""",
    body=[
        ("p", "初秋时节，走进延边朝鲜族自治州图们市月晴镇白龙村，白墙灰瓦的朝鲜族民居错落有致，院子里晾晒着红辣椒，不少游客正在民宿里体验打糕制作。"),
        ("p", "白龙村距离图们江仅数百米，过去村里青壮年大多外出务工，不少老房子闲置多年。2022年以来，村集体将32处闲置民居统一收储改造，与旅游公司合作经营民宿，村民以房屋入股并参与服务，年底按比例分红。"),
        ("p", "“今年暑假民宿几乎天天满房，我在民宿做厨师，一个月能挣4000多元，年底还有分红。”村民金顺姬说。"),
        ("p", "据了解，延边州已在22个边境村推广“边境村+民宿”模式，发展民宿460余家，带动1800多名村民就近就业。当地还把守边固边与发展旅游结合起来，组织民宿经营者、村民参与边境巡护，形成“人人都是护边员”的良好氛围。"),
        ("p", "延边州文广旅局负责人表示，下一步将制定边境民宿服务标准，打造一批精品民宿集群，让边境村既留得住乡愁，也引得来游客。"),
    ])

# tk-24: 湖北 city radio site, 2011 template, closing byline in parentheses with reporter names
add(id="tk-24", title="十堰开通首条“武当山—丹江口”旅游公交专线",
    authors=["杨帆", "周璐"], publish_time="2025/06/11 10:05",
    css="""body{font:12px/1.8 Verdana,宋体;background:#f4f4f4;margin:0}#wrapper{width:950px;margin:0 auto;background:#fff}#hd{background:#3a3a8c;color:#ff0;font-size:26px;padding:20px}#nav{background:#5555aa}#nav a{color:#fff;padding:0 10px;line-height:30px}
#left{width:660px;float:left;padding:10px}#right{width:250px;float:right;background:#eef}.newstitle{font-size:18px;font-weight:bold;text-align:center}.newsinfo{text-align:center;color:#888}.c{clear:both}#ft{text-align:center;color:#666;border-top:1px solid #999}""",
    pstyle="div",
    layout="""<body><div id="wrapper"><div id="hd">十堰广播电视台　<small style="color:#fff;font-size:12px">FM93.5 交通音乐广播 | FM101.8 新闻综合广播</small></div>
<div id="nav"><a>首页</a><a>本地新闻</a><a>广播在线</a><a>电视点播</a><a>节目单</a><a>主持人</a><a>联系我们</a></div>
<div id="left"><div>当前位置：首页 » 本地新闻</div>
<div class="newstitle">十堰开通首条“武当山—丹江口”旅游公交专线</div>
<div class="newsinfo">作者：新闻综合广播　　时间：2025/06/11 10:05　　点击：[1289]</div>
{BODY}
<div>【<a>关闭窗口</a>】</div></div>
<div id="right"><b>收听直播</b><p>FM93.5 正在播出：《出行早高峰》</p><b>最新新闻</b><p>· 十堰高温天气持续 注意防暑</p><p>· 茅箭区开展防汛演练</p></div><div class="c"></div>
<div id="ft">版权所有：十堰广播电视台　鄂ICP备09009377号<br>地址：十堰市北京北路某号　新闻热线：0719-8650000</div></div></body>""",
    body=[
        ("p", "6月10日，十堰首条跨区域旅游公交专线“武当山—丹江口”正式开通，游客从武当山游客中心出发，1个半小时即可直达丹江口大坝景区，票价12元。"),
        ("p", "据十堰公交集团介绍，该专线全程约62公里，沿途设武当山游客中心、武当山高铁站、丹江口市汽车站、丹江口大坝等8个站点，首班车7:30发车，末班车17:00发车，每40分钟一班。线路投放10台新能源旅游大巴，车内配备行李架、USB充电口和景区导览屏。"),
        ("p", "“以前从武当山到丹江口大坝要么包车，要么转两趟车，现在一趟直达，方便多了。”来自河南郑州的游客王先生说。"),
        ("p", "十堰市文旅局相关负责人表示，旅游公交专线开通后，将进一步串联“武当山—丹江口—太极湖”旅游环线，方便游客一程多站游览。暑期期间，还将视客流情况加密班次。（记者 杨帆 周璐）"),
    ])
