# Media pages tw-13 .. tw-24 (central, provincial, city media, portals, TV/radio; two English).
K = "media"
G = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
PAGES = []

PAGES.append(dict(id="tw-13", kind=K, lang="zh",
 title="辽宁沿海经济带前三季度港口货物吞吐量同比增长6.8%",
 authors=["高原"], publish_time="2025-10-16 08:41",
 css=".logo{font-size:28px;color:#c00}.nav a{margin:0 6px}.art-info{color:#999}",
 head='<div class="logo">北国网 · 辽宁日报客户端</div><div class="nav"><a href="#">首页</a><a href="#">辽宁</a><a href="#">时政</a><a href="#">经济</a><a href="#">社会</a><a href="#">文旅</a><a href="#">视频</a></div><div>北国网 &gt; 辽宁 &gt; 经济</div>',
 info='<div class="art-info">2025-10-16 08:41　来源：辽宁日报　<a href="#">分享到：</a></div>',
 indent=True,
 blocks=[("p","本报讯（记者高原）记者10月15日从省交通运输厅获悉，前三季度，辽宁沿海经济带港口完成货物吞吐量5.92亿吨，同比增长6.8%；集装箱吞吐量1018万标准箱，同比增长9.2%。"),
  ("p","从货类结构看，外贸货物增长明显，铁矿石、粮食、汽车滚装等货类表现活跃。大连港汽车滚装吞吐量突破82万辆，创历史同期新高；营口港粮食吞吐量同比增长14.6%。"),
  ("p","今年以来，我省加快推进港口资源整合和航线网络建设，新开通内外贸航线11条，其中“辽满欧”“辽蒙欧”海铁联运班列累计开行1436列。与此同时，口岸通关效率进一步提升，进口整体通关时间压缩至30小时以内。"),
  ("p","省交通运输厅有关负责人表示，第四季度将持续推进港口智慧化改造，加快推进大连港太平湾港区建设，进一步提升辽宁港口在东北亚的辐射带动能力。")],
 tail='<p>责任编辑：于 洋</p><div>相关新闻<ul><li><a href="#">辽宁外贸进出口连续六个月正增长</a></li><li><a href="#">营口港开通至越南海防新航线</a></li></ul></div>',
 foot='<div>北国网版权所有 未经授权禁止转载　互联网新闻信息服务许可证编号：21120170001　辽ICP备05009815号</div>',
 feat="provincial daily portal; 本报讯（记者高原） in first paragraph; 责任编辑 not author; indents"))

PAGES.append(dict(id="tw-14", kind=K, lang="zh",
 title="成都天府国际机场今冬明春航季将新开国际航线12条",
 authors=["李  想".replace(" ",""), "陈佳"], publish_time="2025年10月17日 11:20",
 css="body{background:#fafafa}.c-top{height:50px;background:#002c5f}.c-title{font-size:32px}.c-src span{margin-right:1em}",
 head='<div class="c-top"><a href="#">四川观察</a> <a href="#">四川卫视</a> <a href="#">四川广播</a> <a href="#">直播</a> <a href="#">下载客户端</a></div><div><a href="#">首页</a> <a href="#">新闻</a> <a href="#">政务</a> <a href="#">财经</a> <a href="#">文旅</a></div>',
 info='<div class="c-src"><span>四川观察</span><span>2025年10月17日 11:20</span><span>记者：李  想　陈佳</span></div>',
 blocks=[("p","10月17日，记者从成都天府国际机场获悉，2025/2026年冬春航季将于10月26日开始执行。新航季，天府机场计划新开国际及地区客运航线12条，国际及地区航线总数将达到58条。"),
  ("p","新开航线中，成都至布达佩斯、成都至利雅得、成都至胡志明市等航线备受关注。航空公司方面，有3家外航首次进驻天府机场。"),
  ("h","国内航线加密“商务快线”"),
  ("p","国内方面，新航季天府机场将进一步加密成都至北京、上海、广州、深圳等城市的“商务快线”，高峰时段基本实现“每小时一班”。同时，新增至乌鲁木齐、三亚等旅游目的地航班，满足旅客冬季出行需求。"),
  ("p","机场相关负责人表示，将持续提升中转服务水平，优化“国际转国内”行李直挂流程，让旅客出行更加便捷。"),
  ("raw",'<div class="video">[视频] <img alt="视频封面" src="%s"> 00:58</div>' % G)],
 tail='<p>编辑：黄琳　责编：张蔚　审核：罗斌</p><div>分享：<a href="#">微信</a> <a href="#">微博</a> <a href="#">复制链接</a></div><div>热门推荐<p><a href="#">川藏铁路雅林段最新进展</a></p></div>',
 foot='<div>四川广播电视台版权所有　川ICP备05003201号　信息网络传播视听节目许可证：2310448</div>',
 feat="provincial TV site; info bar source first; 记者： with spaced name; video block; 编辑/责编/审核 line not author; h3 sub-heading"))

PAGES.append(dict(id="tw-15", kind=K, lang="zh",
 title="广西糖料蔗开榨在即 今年预计产糖超600万吨",
 authors=["黄秋丽","农凯"], publish_time="2025-10-15 19:03:27",
 css="#hd{border-bottom:3px solid #0a7}.tit{font-size:24px}.ly{font-size:12px}",
 head='<div id="hd">广西新闻网 <a href="#">广西日报</a> <a href="#">南国早报</a> <a href="#">当代生活报</a> | <a href="#">登录</a></div><div>广西新闻网 &gt; 广西要闻 &gt; 正文</div>',
 info='<div class="ly">2025-10-15 19:03:27 来源：广西日报 作者：黄秋丽 农凯 编辑：廖婕</div>',
 blocks=[("p","广西日报南宁10月15日讯　2025/2026年榨季即将开始。记者从自治区糖业发展办公室获悉，今年全区糖料蔗种植面积稳定在1150万亩以上，预计入榨甘蔗约5200万吨，产糖超600万吨。"),
  ("p","今年以来，广西持续推进糖料蔗“双高”基地建设，新建高标准农田糖料蔗基地36万亩，甘蔗机收率提高到38%。在崇左、来宾等主产区，无人机飞防、智能灌溉等技术广泛应用，亩均单产较上榨季提高约0.3吨。"),
  ("p","为确保顺利开榨，各制糖企业已完成设备检修，全区将有72家糖厂陆续开机。自治区有关部门要求，各地要做好砍运组织和安全生产工作，严格执行糖料蔗收购价格政策，及时兑付蔗款，切实保障蔗农利益。"),
  ("p","“今年雨水好，甘蔗长得壮，就盼着糖厂早点开榨。”扶绥县渠黎镇蔗农黄伟明说。")],
 tail='<div>【<a href="#">纠错</a>】 【<a href="#">打印</a>】</div><div>相关阅读：<a href="#">广西糖业一体化改革纵深推进</a></div>',
 foot='<div>广西新闻网版权所有　桂ICP备05002374号　新闻热线：0771-5690166</div>',
 feat="provincial news portal; one-line info bar with seconds, 作者 and 编辑 glued; 讯 dateline without 记者 in body"))

PAGES.append(dict(id="tw-16", kind=K, lang="zh",
 title="南京地铁5号线南段将于年底开通初期运营",
 authors=["金凤"], publish_time="2025-10-16",
 css=".masthead{font-family:serif;font-size:40px}.crumbs{font-size:12px}.byline{font-style:italic}",
 head='<div class="masthead">扬子晚报网</div><div><a href="#">首页</a> · <a href="#">南京</a> · <a href="#">江苏</a> · <a href="#">社会</a> · <a href="#">紫牛新闻</a></div><div class="crumbs">首页 / 南京 / 交通</div>',
 info='<div class="byline">扬子晚报网10月16日讯（记者 金凤）</div><div>2025-10-16 阅读 1.2万</div>',
 blocks=[("p","记者从南京地铁集团获悉，南京地铁5号线南段（吉印大道站—竹山路站）已完成“三权”移交，正在进行空载试运行，计划于今年年底开通初期运营。"),
  ("p","5号线南段全长约9.5公里，共设车站7座，均为地下站。开通后，将与已运营的5号线北段贯通运营，江宁区东山、秣陵片区市民前往新街口、鼓楼等主城区将更加便捷。"),
  ("p","据介绍，5号线采用6节编组A型车，最高运行速度80公里/小时。车站内设置了母婴室、无障碍卫生间等便民设施，部分车站还融入了江宁本地文化元素。"),
  ("h","多条线路同步推进"),
  ("p","此外，南京地铁9号线一期、10号线二期等线路建设也在加快推进，预计明后两年陆续开通。届时，南京地铁运营里程将突破550公里。")],
 tail='<p>校对　王菲</p><div>扫码关注扬子晚报<img alt="二维码" src="%s"></div>' % G,
 foot='<div>扬子晚报网 版权所有 苏ICP备09074921号</div>',
 feat="city evening paper site; dateline byline above body on its own line (not body); 阅读 count; 校对 not author"))

PAGES.append(dict(id="tw-17", kind=K, lang="zh",
 title="新华社记者探访凉山悬崖村：从“钢梯”到“产业梯”",
 authors=["王迎","胡旭"], publish_time="2025-10-14 20:18:44",
 css=".header{background:#d00;color:#fff}.h-title{font-size:30px}.h-info span{margin-right:10px}",
 head='<div class="header">新华网 <a href="#">首页</a> <a href="#">时政</a> <a href="#">国际</a> <a href="#">财经</a> <a href="#">思客</a> <a href="#">视频</a> <a href="#">English</a></div>',
 info='<div class="h-info"><span>2025-10-14 20:18:44</span><span>来源：新华网</span></div><div>字体：<a href="#">小</a> <a href="#">中</a> <a href="#">大</a>　分享到：</div>',
 blocks=[("p","新华社成都10月14日电（记者王迎、胡旭）从攀爬藤梯、钢梯进出，到搬入县城安置点，再到回村发展旅游、种植脐橙……四川省凉山彝族自治州昭觉县支尔莫乡阿土列尔村的“悬崖村”村民，正沿着一架新的“产业梯”向上攀登。"),
  ("p","深秋时节，记者再次来到阿土列尔村。沿着2556级钢梯拾级而上，一路可见背着背篓的游客和忙着招呼生意的村民。村里开起了民宿和农家乐，不少村民当起了向导和直播主播。"),
  ("p","“去年我家民宿收入有8万多元。”村民某色拉博说，他家的三间客房在旅游旺季几乎天天住满。"),
  ("p","据昭觉县有关部门介绍，阿土列尔村已累计接待游客超过30万人次，旅游综合收入突破1500万元。依托山下的河谷气候，村里还发展起脐橙、核桃等产业，户均年增收约6000元。"),
  ("p","“悬崖村的变化，是大凉山脱贫奔小康的一个缩影。”昭觉县一位干部说，下一步将继续做好巩固拓展脱贫攻坚成果同乡村振兴有效衔接，让群众的日子越过越红火。")],
 tail='<p>【责任编辑:刘畅】</p><div>【纠错】<a href="#">扫一扫在手机打开当前页</a></div>',
 foot='<div>Copyright © 2000-2025 XINHUANET.com All Rights Reserved.<br>制作单位：新华网股份有限公司　版权所有：新华通讯社</div>',
 feat="central wire portal; 新华社…电（记者王迎、胡旭） in first paragraph; 【责任编辑:…】 not author; time with seconds"))

PAGES.append(dict(id="tw-18", kind=K, lang="en",
 title="Guangxi opens new cross-border freight route to Vietnam",
 authors=["Mo Yelin"], publish_time="2025-10-15 14:26",
 css="body{font-family:Georgia,serif}.topbar a{margin:0 8px}.info{color:#777}",
 head='<div class="topbar"><a href="#">Home</a><a href="#">China</a><a href="#">World</a><a href="#">Business</a><a href="#">Regional</a><a href="#">Culture</a><a href="#">中文</a></div><div>Home / Regional / Guangxi</div>',
 info='<div class="info">By Mo Yelin in Nanning | chinadaily.com.cn | Updated: 2025-10-15 14:26</div>',
 blocks=[("p","A new cross-border road freight route linking Pingxiang in the Guangxi Zhuang autonomous region with Hanoi, Vietnam, started operation on Tuesday, cutting delivery time for fresh fruit and electronic parts to less than 12 hours."),
  ("p","The route is operated by a logistics company based in the China-ASEAN Economic Zone and uses refrigerated trucks equipped with real-time temperature monitoring. About 40 trucks are expected to run on the route every day during the fruit season."),
  ("p","\"Durian and dragon fruit from Vietnam can now reach supermarkets in Nanning the same day they are picked,\" said Liang Hua, general manager of the company."),
  ("p","Local customs authorities said they have introduced a \"green lane\" for agricultural products, allowing declarations to be completed online before trucks arrive at the border."),
  ("p","Trade between Guangxi and ASEAN countries reached 198 billion yuan ($27.8 billion) in the first three quarters, up 11 percent year-on-year, according to the regional department of commerce."),
  ("img","Trucks wait to cross the border at Pingxiang. [Photo provided to China Daily]"),("cap","Trucks wait to cross the border at Pingxiang. [Photo provided to China Daily]")],
 tail='<div>Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a></div><div><b>Related Stories</b><br><a href="#">Nanning hosts ASEAN expo</a></div>',
 foot='<div>Copyright 1995 - 2025. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).</div>',
 feat="English page of a Chinese outlet; By … in Nanning | outlet | Updated: label kept as printed; photo caption not body"))

PAGES.append(dict(id="tw-19", kind=K, lang="zh",
 title="徐州：“城市书房”开到百姓家门口",
 authors=["马德龙","通讯员陈思"[3:]], publish_time="2025.10.13",
 css=".wrap{width:1140px;margin:0 auto}.ttl{text-align:center}.aut{text-align:center;color:#555}",
 head='<div class="wrap">中国江苏网 <a href="#">手机版</a> <a href="#">新华日报</a> | <a href="#">首页</a> <a href="#">江苏</a> <a href="#">市县</a> <a href="#">民生</a> <a href="#">文化</a><br>中国江苏网 &gt; 市县频道 &gt; 徐州</div>',
 info='<div class="aut">2025.10.13　新华日报·交汇点记者　马德龙　通讯员　陈思</div>',
 blocks=[("p","每天晚上7点，家住徐州鼓楼区的退休教师林建国都会准时来到小区旁的“城市书房”。“这里有暖气、有台灯，还能借书，比在家看书舒服。”"),
  ("p","截至目前，徐州已建成“城市书房”126座，总面积超过2.8万平方米，藏书量达120余万册，实现主城区“15分钟阅读圈”全覆盖。书房实行24小时开放，市民刷身份证或扫码即可进入。"),
  ("p","今年，徐州在城市书房中推出“阅读+”服务，引入非遗体验、亲子共读、读书分享会等活动，全年开展各类活动1800余场。部分书房还与社区养老驿站、新就业群体驿站融合建设。"),
  ("p","徐州市文化广电和旅游局相关负责人介绍，下一步将推动城市书房向镇村延伸，并加强与图书馆总分馆体系的通借通还，让阅读成为城市生活的日常。"),
  ("img","城市书房"),("cap","市民在城市书房阅读。徐州市文广旅局供图")],
 tail='<p>[责任编辑：许可]</p><div>相关新闻 · <a href="#">徐州入选全民阅读示范城市</a></div>',
 foot='<div class="wrap">中国江苏网 版权所有　苏ICP备06025098号</div>',
 feat="provincial portal; dotted date; spaced 记者/通讯员 labels and names on one line; [责任编辑] not author; 供图 caption"))

PAGES.append(dict(id="tw-20", kind=K, lang="zh",
 titlehtml='<div class="yt">锦州港口集团深化改革见成效——</div><h1>前三季度利润总额同比增长21%</h1>',
 title="前三季度利润总额同比增长21%",
 authors=["张晓莉"], publish_time="2025-10-15 07:30",
 css="body{font-family:微软雅黑}.yt{font-size:16px;color:#666}.nav li{display:inline;margin:0 5px}",
 head='<div>锦州新闻网 www.jinzhou.news <a href="#">锦州日报</a> <a href="#">锦州晚报</a> <a href="#">锦州广播电视台</a></div><ul class="nav"><li>首页</li><li>本地</li><li>县区</li><li>经济</li><li>民生</li><li>图片</li></ul><div>当前位置 : 首页 &gt; 经济 &gt; 正文</div>',
 info='<div>作者 ：张晓莉　来源 ：锦州日报　时间 ：2025-10-15 07:30</div>',
 blocks=[("p","今年以来，锦州港口集团深入实施国企改革深化提升行动，管理效能和经营效益持续提升。前三季度，集团实现营业收入28.6亿元，同比增长12%；利润总额3.4亿元，同比增长21%。"),
  ("p","集团压减管理层级，将二级子公司由14家整合为9家，同步推行经理层成员任期制和契约化管理，签约率达到100%。在市场开拓方面，新增内贸集装箱航线3条，粮食、煤炭等大宗货物吞吐量稳步增长。"),
  ("p","“改革让企业真正动了起来。”集团相关负责人说，下一步将继续围绕主责主业，加快智慧港口建设，力争全年利润总额突破4.5亿元。")],
 tail='<p>编辑：李萌</p><div>上一篇：<a href="#">锦州市召开金秋招商推介会</a> 下一篇：<a href="#">凌海市大凌河治理工程完工</a></div>',
 foot='<div>锦州新闻网 版权所有 辽ICP备08104577号-1 新闻热线：0416-2176000</div>',
 feat="city media portal; 引题 line ending in —— above 主题 (not title); labels with spaced colons 作者 ："))

# fix tw-20 body >= 300: add a paragraph
PAGES[-1]["blocks"].insert(2, ("p","与此同时，集团加快推进数字化转型，上线智能理货、无人集卡调度等系统，码头作业效率提高约15%，单箱能耗下降8%。集团还与沈阳、长春等地的物流企业签署合作协议，打通东北腹地至锦州港的海铁联运通道。"))

PAGES.append(dict(id="tw-21", kind=K, lang="zh",
 title="自贡灯会今年首次走进乡村 12个村将点亮“村晚灯组”",
 authors=["郭瑞"], publish_time="2025年10月14日",
 css=".b{background:#fde;}.t{font-size:28px}",
 head='<div class="b">自贡网 ZGM.CN <a href="#">自贡日报</a> <a href="#">自贡发布</a> <a href="#">手机版</a></div><div>首页 » 自贡新闻 » 本地新闻</div>',
 info='<div>发布时间：2025年10月14日 | 来源：自贡日报 | 点击数：</div>',
 blocks=[("p","记者 郭瑞"),
  ("p","10月13日，记者从自贡市文化广电旅游局获悉，今年第三十二届自贡国际恐龙灯会将首次推出“灯会进乡村”活动，在全市12个和美乡村布设“村晚灯组”，让村民在家门口看彩灯。"),
  ("p","据介绍，“村晚灯组”将结合各村的产业特色和民俗文化进行设计。富顺县的灯组以豆花、糯米糍粑为元素，荣县的灯组则融入了茶山和大佛文化。每个村的灯组规模在20组至40组不等，预计春节前全部亮灯。"),
  ("p","“乡村亮灯活动不收门票，还会搭配乡村集市和非遗表演。”市文化广电旅游局相关负责人表示，此举旨在推动灯会经济向县域延伸，带动乡村旅游和农产品销售。"),
  ("p","目前，各村灯组的设计方案已完成评审，彩灯制作企业正在抓紧生产。")],
 tail='<p>责任编辑：陈燕</p>',
 foot='<div>自贡网版权所有　蜀ICP备06004218号</div>',
 feat="city media; byline 记者 郭瑞 as first line inside the body area (not body); empty 点击数; short footer"))
# the byline line is not body: turn it into a note
PAGES[-1]["blocks"][0] = ("note","记者 郭瑞")

PAGES.append(dict(id="tw-22", kind=K, lang="en",
 title="Sichuan pandas return home from overseas loan",
 authors=[], publish_time="2025-10-12 17:05:33",
 css=".nav{background:#222;color:#fff}.dt{font-size:12px;color:#888}",
 head='<div class="nav">iChongqing | <b>SCTV International</b> <a href="#">News</a> <a href="#">Culture</a> <a href="#">Travel</a> <a href="#">Video</a> <a href="#">Panda</a></div>',
 info='<div class="dt">Source: Xinhua　Editor: Zhou Yu　2025-10-12 17:05:33</div>',
 blocks=[("p","CHENGDU, Oct. 12 (Xinhua) -- Two giant pandas that had lived in a European zoo for 13 years arrived in Chengdu, capital of southwest China's Sichuan Province, on Sunday morning after completing their overseas cooperative research program."),
  ("p","The pandas, a 17-year-old male and a 16-year-old female, were transported on a chartered cargo flight accompanied by two keepers and a veterinarian, according to the China Conservation and Research Center for the Giant Panda."),
  ("p","After arrival, the pair will undergo a month-long quarantine at the center's Dujiangyan base before meeting the public."),
  ("p","During their stay abroad, the two pandas attracted more than 10 million visitors and gave birth to three cubs, all of which have returned to China."),
  ("p","China currently has cooperative research programs on giant panda conservation with 20 institutions in 18 countries.")],
 tail='<div>Share to <a href="#">Facebook</a> <a href="#">X</a></div><div>Most Viewed<ol><li><a href="#">Chengdu metro line 30 opens</a></li></ol></div>',
 foot='<div>Copyright © Sichuan Radio and Television. All rights reserved.</div>',
 feat="English page of a provincial TV outlet; wire copy with only a source: authors []; Editor not author; dateline stays in body"))

PAGES.append(dict(id="tw-23", kind=K, lang="zh",
 title="柳州螺蛳粉产业园区：一碗粉串起百亿产业链",
 authors=["蒙  萌".replace(" ",""), "覃  宇".replace(" ","")], publish_time="2025-10-11 15:47",
 css=".top{background:#e60012;color:#fff}.tt{font-size:26px;font-weight:bold}.sub{color:#999}",
 head='<div class="top">柳州新闻网 <a href="#">柳州日报</a> <a href="#">柳州晚报</a> <a href="#">无线柳州</a> <a href="#">繁体</a></div><div><a href="#">首页</a> <a href="#">时政</a> <a href="#">柳州</a> <a href="#">县区</a> <a href="#">产经</a></div><div>位置：柳州新闻网 - 产经</div>',
 info='<div class="sub">来源：柳州日报　　文/图　蒙  萌　覃  宇　　2025-10-11 15:47</div>',
 blocks=[("p","在柳南区螺蛳粉产业园的一条全自动生产线上，米粉从压制、蒸煮到包装一气呵成，每小时可生产预包装螺蛳粉1.2万袋。"),
  ("p","“这条线今年3月投产，订单已经排到了春节后。”企业负责人韦小东说。今年前三季度，柳州袋装螺蛳粉产值达到136亿元，同比增长9.5%，带动上下游产业实现销售收入超过600亿元。"),
  ("h","从“小作坊”到“大产业”","strong"),
  ("p","近年来，柳州围绕螺蛳粉全产业链，建设了酸笋、米粉、螺蛳等原材料基地45个，培育规模以上螺蛳粉生产企业70余家。产业园还建设了检测中心和电商孵化基地，帮助中小企业开拓线上市场。"),
  ("h","出口新市场不断拓展","strong"),
  ("p","今年以来，柳州螺蛳粉出口至美国、澳大利亚、马来西亚等30多个国家和地区，出口额同比增长超过两成。柳州市商务局相关负责人介绍，将继续推进螺蛳粉标准化建设，助力“柳州味道”走向世界。"),
  ("img",""),("cap","图为螺蛳粉自动化生产线。")],
 tail='<p>编辑：罗艺　二审：黄华　三审：韦玲</p><div>【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>',
 foot='<div>柳州日报社版权所有　桂ICP备05005283号</div>',
 feat="city media; 文/图 with spaced two-character names; bold sub-headings; 编辑/二审/三审 chain"))

PAGES.append(dict(id="tw-24", kind=K, lang="zh",
 title="央广网丨苏州工业园区今年新增专精特新企业89家",
 authors=["杨静"], publish_time="2025-10-16 10:28:19",
 css=".cnr-h{background:#036}.article-title{font-size:28px}.article-info{color:#666}",
 head='<div class="cnr-h">央广网 <a href="#">首页</a> <a href="#">新闻</a> <a href="#">财经</a> <a href="#">科技</a> <a href="#">地方</a> <a href="#">云听</a></div><div>央广网 &gt; 地方 &gt; 江苏</div>',
 info='<div class="article-info">2025-10-16 10:28:19　来源：央广网　作者：杨静</div>',
 blocks=[("p","央广网苏州10月16日消息（记者杨静）记者从苏州工业园区获悉，今年以来园区新增国家级专精特新“小巨人”企业12家、省级专精特新中小企业89家，专精特新企业总数突破600家。"),
  ("p","园区围绕生物医药、纳米技术应用、人工智能三大新兴产业，实施“科技企业培育计划”，为企业提供研发补贴、场地支持和投融资对接等服务。今年以来，园区累计为中小企业兑现政策资金5.3亿元。"),
  ("p","在位于园区的一家医疗器械企业，研发人员正在调试新一代微创手术器械。企业负责人告诉记者，公司研发投入占营收比重超过15%，产品已进入300多家三甲医院。"),
  ("p","园区经济发展委员会相关负责人表示，下一步将完善“初创—成长—领军”梯次培育体系，推动更多企业走专业化、精细化、特色化、新颖化发展之路。")],
 tail='<p>编辑：王晓光</p><div>分享到：<a href="#">微信</a><a href="#">微博</a></div>',
 foot='<div>央广网版权所有　京ICP证090123号</div>',
 feat="central radio site; title keeps the 央广网丨 prefix as printed in the h1? (no: see gold)"))
# tw-24: title printed with channel prefix in <h1>; the gold title is the headline without the label
PAGES[-1]["titlehtml"] = '<h1><span class="lbl">央广网丨</span>苏州工业园区今年新增专精特新企业89家</h1>'
PAGES[-1]["title"] = "苏州工业园区今年新增专精特新企业89家"
PAGES[-1]["feat"] = "central radio site; h1 carries a site label 央广网丨 (not title); 消息（记者杨静） in body; time with seconds"

def _add(pid, text):
    for p in PAGES:
        if p["id"] == pid:
            bl = p["blocks"]
            i = max(j for j, b in enumerate(bl) if b[0] in ("p", "li", "table", "h")) + 1
            bl.insert(i, ("p", text))
_add("tw-14", "据了解，天府机场今年前三季度旅客吞吐量已突破4200万人次，同比增长7.3%，其中国际及地区旅客同比增长超过三成。")
_add("tw-16", "南京地铁方面提醒，开通运营的具体时间将另行公布，市民可通过“与宁同行”APP查询最新信息。")
_add("tw-21", "自贡市相关部门表示，将同步做好交通疏导、安全保障和志愿服务，让游客和村民安心赏灯、舒心过年。")
