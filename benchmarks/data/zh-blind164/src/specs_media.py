# Media pages ti-13 .. ti-24 (all invented).
PAGES = []
def add(**k): PAGES.append(k)

add(id="ti-13", kind="media", doctitle="重庆两江之畔再添城市公园 市民家门口“推窗见绿”_渝州新闻网",
 title="重庆两江之畔再添城市公园 市民家门口“推窗见绿”", authors=["何静怡"], time="2025-03-12 07:58",
 css=".logo{font-size:28px;color:#d00}.chan a{margin-right:10px}.article{width:680px;float:left}.side{width:300px;float:right}.ft{clear:both}",
 page="""<div class="logo">渝州新闻网</div><div class="chan"><a>首页</a><a>重庆</a><a>区县</a><a>财经</a><a>文旅</a><a>视频</a><a>评论</a><a>渝州号</a></div>
<div class="article"><div>渝州新闻网 &gt; 重庆 &gt; 正文</div>
<h1>重庆两江之畔再添城市公园 市民家门口“推窗见绿”</h1>
<div class="src">2025-03-12 07:58 来源：重庆日报 <a>手机看</a> <a>分享</a></div>
{ARTICLE}
<div>责任编辑：蒋晨曦</div></div>
<div class="side"><h4>热点排行</h4><ol><li>重庆轨道交通15号线二期进入调试阶段</li><li>3月重庆将迎来一轮明显降温</li><li>解放碑步行街改造方案公示</li></ol></div>
<div class="ft">渝州新闻网版权所有 未经授权禁止复制 互联网新闻信息服务许可证：50120170008 渝ICP备12004XXX号</div>""",
 blocks=[("p","本报讯（记者 何静怡）3月11日，位于江北区嘉陵江畔的观音岩滨江公园正式对市民开放。这座占地约12公顷的城市公园，由原来的废弃码头和堆场改造而成，是今年我市建成开放的首个滨江公园。"),
  ("p","记者在现场看到，公园内沿江步道蜿蜒伸展，步道两侧种植了黄葛树、蓝花楹等乡土树种，多处观景平台可以远眺渝中半岛。公园还保留了部分老码头的石阶和系缆桩，设置了码头文化展示墙。"),
  ("h","改造保留城市记忆","strong"),
  ("p","“我们尽量保留原有地形和老物件，让市民在散步时也能感受到这里曾经的繁忙。”项目设计负责人介绍，公园采用了海绵城市设计，雨水可以通过透水铺装和下凹绿地就地消纳。"),
  ("p","家住附近的刘大爷告诉记者：“以前这里杂草丛生，晚上都不敢过来，现在每天吃完饭就来走两圈。”"),
  ("p","据了解，今年我市计划新建和改造城市公园40个，其中滨江公园8个，进一步提升“山水之城”的品质。")])

add(id="ti-14", kind="media", doctitle="【中原新闻联播】新郑：智慧农机助力小麦春管-中原卫视网",
 title="新郑：智慧农机助力小麦春管", authors=["马超", "杜若云"], time="2025年03月10日 19:42",
 css="body{background:#111;color:#eee}.player{background:#000;height:360px}.vinfo{font-size:13px;color:#aaa}.tags span{border:1px solid #555;margin:2px}",
 page="""<header>中原卫视网 HNTV <a>直播</a> <a>点播</a> <a>栏目</a> <a>主持人</a> <a>客户端下载</a></header>
<div class="player"><img src="{GIF}" alt="视频播放器"><span>00:00 / 02:31</span></div>
<div><span>【中原新闻联播】</span><h1>新郑：智慧农机助力小麦春管</h1></div>
<div class="vinfo">2025年03月10日 19:42　|　栏目：中原新闻联播　|　播放量：1.2万</div>
<div class="tags"><span>春耕</span><span>小麦</span><span>智慧农业</span></div>
{ARTICLE}
<div>编辑：常雪　审核：王一鸣</div>
<div><h4>相关视频</h4><p>漯河：小麦赤霉病防控技术培训进田间 02:12</p><p>周口：高标准农田建设提速 01:58</p></div>
<footer>中原广播电视台 主办 ｜ 信息网络传播视听节目许可证：16XXXXX ｜ 豫ICP备10003XXX号-3</footer>""",
 blocks=[("p","【导语】眼下正是小麦返青起身的关键时期，在新郑市，植保无人机、智能水肥一体机等新装备走进麦田，让春季田管变得更加精准高效。"),
  ("p","在新郑市八千乡的一块高标准农田里，三架植保无人机正在进行“一喷多促”作业，每架无人机一天可以完成作业面积约500亩。种粮大户张新民算了一笔账，用无人机喷药比人工节省农药近两成，每亩成本降低了十几块钱。"),
  ("p","【同期】新郑市八千乡种粮大户 张新民：现在手机上点一点，哪块地缺水、哪块地缺肥都能看得清清楚楚，种地越来越省心了。"),
  ("p","据了解，今年新郑市小麦种植面积43万亩，目前一、二类苗占比达到九成以上。当地农业部门组建了20支技术服务队，分片包村开展技术指导，同时通过墒情监测站实时发布土壤墒情信息，帮助农民科学管理。"),
  ("x","<p>（中原卫视记者 马超 杜若云）</p>")])

add(id="ti-15", kind="media", doctitle="大同古城墙修缮工程完成阶段性验收 - 三晋在线",
 title="大同古城墙修缮工程完成阶段性验收", authors=["乔晓"], time="2025-03-09 15:21:07",
 css=".w1200{width:1200px;margin:auto}.meta i{font-style:normal;margin-right:12px}.yuan{color:#666}",
 page="""<div class="w1200"><div>三晋在线 sanjinzaixian <a>登录</a> <a>注册</a></div>
<nav>首页 | 山西 | 太原 | 大同 | 长治 | 运城 | 文旅 | 法治 | 三晋号</nav>
<div>首页 &gt; 大同 &gt; 正文</div>
<h1>大同古城墙修缮工程完成阶段性验收</h1>
<div class="meta"><i>三晋在线</i><i>2025-03-09 15:21:07</i><i>作者：乔晓</i><i>阅读 3.4万</i></div>
{ARTICLE}
<div>分享到：<a>微信</a><a>QQ</a><a>微博</a></div>
<div>【纠错】 【责任编辑：樊丽】</div>
<div><b>推荐阅读</b><ul><li>平遥古城推出夜游新线路</li><li>山西今年将实施文物保护项目300余个</li></ul></div>
<div>三晋在线 版权所有 晋ICP备08000XXX号 晋公网安备14010502000XXX号 举报电话：0351-123XXXX</div></div>""",
 blocks=[("x","<p class=\"yuan\">原标题：修旧如旧 古韵重现——大同古城墙东南段修缮工程通过阶段验收</p>"),
  ("p","3月8日，大同古城墙东南段修缮工程通过专家组阶段性验收。该段城墙全长约1.2公里，修缮内容包括墙体加固、城砖补配、排水系统整治和马道恢复等。"),
  ("p","验收专家组现场查看了墙体砌筑、灰浆配比和防水处理等情况，认为工程坚持“最小干预”原则，补配城砖在规格、颜色上与原有城砖基本一致，较好保持了城墙的历史风貌。"),
  ("p","据了解，此次修缮工程于2023年10月开工，累计补配城砖约4.8万块，整治排水沟渠2100余米，并对城墙上的3处敌台进行了结构加固。"),
  ("p","项目施工负责人介绍，为找到合适的城砖，施工方专门在周边寻访了三家传统砖窑，经过二十多次烧制试验，才确定了黏土配方和烧制温度。“每一块砖都要编号登记，哪块是旧砖、哪块是新补的，以后都能查到。”"),
  ("p","据悉，大同古城墙修缮工作将于今年年底全部完成，届时将进一步完善城墙游览步道和夜景照明，方便游客登城游览。")])

add(id="ti-16", kind="media", doctitle="西藏林芝桃花节将于3月下旬开幕—雪域时讯网",
 title="西藏林芝桃花节将于3月下旬开幕", authors=["扎西顿珠", "李晓燕"], time="2025年03月11日 10:05",
 css=".hd{background:linear-gradient(#2a7de1,#1553a8);color:#fff}.bd{max-width:960px;margin:auto}.time{color:#999}",
 page="""<div class="hd">雪域时讯网 <small>西藏重点新闻网站</small> <a>藏文</a> <a>English</a></div>
<div class="bd"><div>首页　时政　经济　社会　文旅　图片　视频</div>
<div>您的位置：首页 &gt; 文旅</div>
<h1>西藏林芝桃花节将于3月下旬开幕</h1>
<p class="time">2025年03月11日 10:05　　来源：新华社</p>
{ARTICLE}
<p>[责任编辑：格桑曲珍]</p>
<div><h4>相关新闻</h4><p>·林芝米林至墨脱公路通行条件改善</p><p>·西藏春季旅游市场迎来“开门红”</p></div></div>
<div>雪域时讯网 版权所有 藏ICP备10000XXX号 互联网新闻信息服务许可证编号：54120180002</div>""",
 blocks=[("p","新华社拉萨3月11日电（记者 扎西顿珠、李晓燕）记者从西藏林芝市获悉，第二十三届林芝桃花文化旅游节将于3月22日开幕，持续至4月20日。"),
  ("p","据林芝市文化和旅游局介绍，本届桃花节以“桃花深处是林芝”为主题，将在巴宜区、工布江达县、波密县等地设置主会场和分会场，举办开幕式文艺演出、工布传统射箭比赛、桃花摄影大赛等20余项活动。"),
  ("p","今年桃花节还将首次推出“桃花+非遗”主题线路，游客可在嘎拉村、索松村等地体验工布响箭制作、藏式石锅烹饪和传统歌舞。"),
  ("p","林芝地处雅鲁藏布江中下游，每年三四月间，雪山、冰川与成片野桃花交相辉映，吸引大量游客前来观赏。2024年桃花节期间，林芝市共接待游客约120万人次，实现旅游收入约10亿元。"),
  ("p","为保障游客出行，当地将加密拉萨至林芝动车班次，并在主要景区增设临时停车场、医疗服务点和游客服务中心。")])

add(id="ti-17", kind="media", lang="en", doctitle="Chongqing hotpot makers eye overseas markets - Mountain City Daily English",
 title="Chongqing hotpot makers eye overseas markets", authors=["Zhou Yiran", "Tom Bradley"], time="March 10, 2025 18:30",
 css="body{font-family:Georgia,serif}.masthead{font-size:30px}.byline{color:#555}.art{max-width:720px;margin:auto}",
 page="""<div class="masthead">Mountain City Daily <small>ENGLISH</small></div>
<nav>Home | Chongqing | China | Business | Culture | Travel | Opinion | Video</nav>
<div class="art"><p>Home &gt; Business</p>
<h1>Chongqing hotpot makers eye overseas markets</h1>
<p class="byline">By Zhou Yiran and Tom Bradley | Mountain City Daily | Updated: March 10, 2025 18:30</p>
<div>Share: Facebook Twitter LinkedIn WeChat</div>
{ARTICLE}
<p>Editor: Liu Qian</p>
<div><h4>Related stories</h4><p>Yangtze River cruise season opens early</p><p>New cargo train links Chongqing with Budapest</p></div></div>
<footer>Copyright 2025 Mountain City Daily. All rights reserved. 渝ICP备08001XXX号</footer>""",
 blocks=[("p","CHONGQING - Hotpot seasoning producers in Chongqing are stepping up efforts to reach foreign diners, as demand for spicy Sichuan-style food grows in Southeast Asia, Europe and North America."),
  ("p","At a factory in Bishan district, workers pack cubes of beef tallow soup base into boxes labeled in English, Thai and Spanish. The company shipped about 3,200 tons of seasoning abroad last year, up 27 percent year-on-year, its export manager said."),
  ("p","\"Ten years ago, most of our overseas customers were Chinese restaurants. Now local supermarkets in Malaysia and Spain are calling us,\" she said."),
  ("h","Adapting the taste","h3"),
  ("p","To suit different markets, producers have developed milder versions and vegetarian soup bases without animal fat. Some have also obtained halal certification."),
  ("p","According to the city's commerce commission, Chongqing exported hotpot seasonings worth 1.1 billion yuan ($152 million) in 2024 to more than 60 countries and regions.")])

add(id="ti-18", kind="media", lang="en", doctitle="Henan's Shaolin Temple area upgrades visitor services - Central Plains Today",
 title="Henan's Shaolin Temple area upgrades visitor services", authors=[], time="2025-03-08 09:12",
 css=".cp-head{background:#7a0019;color:#fff}.cp-main{width:1000px;margin:auto}.dt{color:#888}",
 page="""<div class="cp-head">Central Plains Today | 中原今日 <a>中文</a></div>
<div class="cp-main"><div>NEWS | HENAN | BUSINESS | CULTURE | TRAVEL | PHOTOS</div>
<h1>Henan's Shaolin Temple area upgrades visitor services</h1>
<div class="dt">Source: Xinhua | 2025-03-08 09:12</div>
{ARTICLE}
<div>[Editor: Wang Rui]</div>
<div>Most popular: 1. Luoyang peony festival set for April 2. Zhengzhou airport adds cargo routes</div></div>
<footer>Central Plains Today © 2025 豫ICP备12009XXX号</footer>""",
 blocks=[("p","ZHENGZHOU, March 8 (Xinhua) -- The scenic area around the Shaolin Temple in central China's Henan Province has opened a new visitor center and introduced online time-slot reservations, as it prepares for the spring travel season."),
  ("p","The visitor center, located at the foot of Songshan Mountain, offers ticketing, luggage storage, multilingual guide services and exhibitions on the history of Shaolin kung fu."),
  ("p","Visitors can now book entry slots of one hour through a mini program, which helps reduce crowding at the temple gate during peak hours, according to the scenic area management committee."),
  ("p","The area received about 4.5 million visits in 2024, with overseas tourists accounting for a growing share. Daily martial arts performances have been extended to five shows, and a new English audio guide covers more than 40 sites.")])

add(id="ti-19", kind="media", doctitle="长治：“小院经济”激活乡村一池春水--山西频道--华夏网",
 title="长治：“小院经济”激活乡村一池春水", authors=["任晓东", "郝静"], time="2025年03月12日08:41",
 css=".rm_box{width:980px;margin:0 auto}.rm_txt h1{font-size:26px}.box01{border-bottom:1px solid #eee}.fl{float:left}.fr{float:right}.edit{text-align:right}",
 page="""<div class="rm_box"><div>华夏网 &gt;&gt; 山西频道 <a>山西频道</a> <a>时政</a> <a>经济</a> <a>社会</a> <a>领导留言板</a></div>
<div class="rm_txt"><h3>美丽乡村看变化</h3><h1>长治：“小院经济”激活乡村一池春水</h1>
<div class="box01"><div class="fl">2025年03月12日08:41 | 来源：<a>华夏网－山西频道</a></div><div class="fr">小字号</div></div>
{ARTICLE}
<div class="edit">(责编：刘璐、王伟)</div></div>
<div>分享让更多人看到</div><div>山西频道热门排行</div>
<div>华夏网版权所有，未经书面授权禁止使用　Copyright © 1997-2025 by www.huaxia.example. all rights reserved</div></div>""",
 blocks=[("p","华夏网太原3月12日电 （任晓东、郝静）春日的长治市上党区振兴村，一座座农家小院干净整洁。村民王爱莲把自家闲置的两间厢房改成了手工作坊，做起了布老虎和香包。“去年卖了四百多件，光手工活就挣了一万多元。”王爱莲笑着说。"),
  ("p","近年来，长治市引导农户利用房前屋后、闲置院落，发展庭院种植、特色养殖、手工加工和民宿餐饮，让“小院”变成增收的“聚宝盆”。"),
  ("p","在平顺县，村集体统一提供种苗和技术，农户在院子里种植连翘、黄芩等中药材；在沁源县，一些村民把院落改造成民宿，承接周边景区的游客。"),
  ("p","长治市农业农村局相关负责人介绍，目前全市发展“小院经济”的农户超过2.6万户，户均年增收约4000元。下一步，当地将加强品牌打造和电商销售，推动“小院经济”由零散经营向规模化发展。")])

add(id="ti-20", kind="media", doctitle="郑州一社区食堂火了！年轻人也来排队",
 title="郑州一社区食堂火了！年轻人也来排队", authors=["孟媛媛"], time="03-11 21:37",
 css="body{max-width:480px;margin:auto;font-size:17px}.app-bar{background:#e60012;color:#fff;padding:8px}.author{display:flex;gap:8px;color:#666}.open{position:sticky;bottom:0;background:#e60012;color:#fff;text-align:center}",
 page="""<div class="app-bar">郑城晚报 <button>打开APP</button></div>
<h1>郑州一社区食堂火了！年轻人也来排队</h1>
<div class="author"><span>郑城晚报记者 孟媛媛</span><span>03-11 21:37</span><span>河南</span></div>
{ARTICLE}
<div>本文来自【郑城晚报】，仅代表作者观点。全国党媒信息公共平台提供信息发布传播服务。</div>
<div>ID：jrt_zcwb_2025</div>
<div>点赞 128　　评论 36　　收藏</div>
<div><b>热门评论</b><p>河南网友：价格实惠，希望多开几家！</p></div>
<div class="open">打开郑城晚报APP，阅读体验更佳</div>""",
 blocks=[("p","中午11点半，位于郑州市管城区的紫荆社区食堂门口已经排起了长队。排队的除了附近的老人，还有不少穿着工装、挎着电脑包的年轻人。"),
  ("p","记者看到，食堂的菜品有二十多种，荤菜8元一份，素菜4元一份，米饭和汤免费。60岁以上老人凭卡就餐还能再打九折。"),
  ("p","“在外面吃一顿至少二三十，这里十几块钱就能吃得很好。”在附近写字楼上班的小张说，他和同事几乎每天都来。"),
  ("p","记者注意到，食堂墙上贴着每周菜谱和食材供应商信息，后厨安装了摄像头，食客扫码就能看到后厨操作实况。“吃得放心，这是我们最看重的。”一位老人说。"),
  ("p","食堂负责人告诉记者，食堂由社区提供场地、引入专业餐饮企业运营，每天接待就餐约600人次，其中年轻人约占四成。为了应对高峰，食堂还推出了线上预订和打包窗口。"),
  ("p","据了解，截至目前，管城区已建成社区食堂和老年助餐点46个，今年还将新增15个。")])

add(id="ti-21", kind="media", doctitle="开阳区：柑橘“触网”卖出好价钱 - 开阳网",
 title="开阳区：柑橘“触网”卖出好价钱", authors=["谭琳", "余洪"], time="2025-03-10",
 css="table.layout{width:1000px}.title{font-size:20px;color:#036}.bq{font-size:12px;color:#666}",
 page="""<table class="layout" align="center"><tr><td><b>开阳网</b> 开阳区融媒体中心主办 | <a>开阳新闻</a> <a>开阳发布</a> <a>开阳手机台</a></td></tr>
<tr><td>首页 &nbsp; 本地新闻 &nbsp; 乡镇动态 &nbsp; 民生 &nbsp; 专题 &nbsp; 视听</td></tr>
<tr><td>当前位置：开阳网 &gt;&gt; 本地新闻</td></tr>
<tr><td class="title" align="center">开阳区：柑橘“触网”卖出好价钱</td></tr>
<tr><td class="bq" align="center">2025-03-10 &nbsp; 开阳区融媒体中心 &nbsp; 【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>
<tr><td>{ARTICLE}</td></tr>
<tr><td>上一篇：开阳区启动春季植树活动　　下一篇：开阳区召开一季度安全生产专题会</td></tr>
<tr><td align="center">版权所有：重庆市开阳区融媒体中心　渝ICP备11007XXX号　渝公网安备50023402000XXX号</td></tr></table>""",
 blocks=[("p","“家人们，这是刚从树上摘下来的春见柑，皮薄多汁……”3月9日，在开阳区临江镇的柑橘园里，果农黄小梅正对着手机镜头直播带货，一场直播下来，卖出橘子2000多斤。"),
  ("p","今年以来，开阳区组织电商企业、快递公司与种植大户对接，开展直播培训20余场，培训果农600余人次，帮助果农打开线上销路。"),
  ("p","“以前都是等人来收，价格压得低。现在自己在网上卖，每斤能多卖一块多钱。”黄小梅说。"),
  ("p","临江镇还建起了柑橘分拣包装中心，引进自动化分选线，按照果径、糖度分级包装，提高了产品附加值。"),
  ("p","区商务委相关负责人介绍，下一步将统筹冷链物流和快递资源，在主要柑橘产区建设产地仓，让果农“上午摘果、下午发货”，进一步降低物流成本。"),
  ("p","据统计，今年全区柑橘线上销售量预计突破1.5万吨，占总产量的三成以上。"),
  ("x","<p>记者：谭琳　通讯员：余洪</p><p>责任编辑：秦川</p>")])

add(id="ti-22", kind="media", doctitle="“晋味”老陈醋走俏春季市场_山西之声",
 title="“晋味”老陈醋走俏春季市场", authors=["贾文博"], time="2025.03.07",
 css=".sx-radio{font-family:sans-serif}.on-air{background:#222;color:#ff0}.cnt{width:900px;margin:auto}",
 page="""<div class="sx-radio"><div class="on-air">山西之声 FM90.4 正在直播：《早安山西》 <a>收听直播</a></div>
<div>首页 | 新闻 | 节目 | 主持人 | 互动 | 听山西</div>
<div class="cnt"><p>您的位置：首页 - 新闻 - 经济</p>
<h1>“晋味”老陈醋走俏春季市场</h1>
<p>山西之声 贾文博　2025.03.07</p>
<div><img src="{GIF}" alt="音频"> 点击收听本条新闻 01:46</div>
{ARTICLE}
<p>编辑：霍敏　|　主编：高涛</p></div>
<div>山西广播电视台版权所有 晋ICP备05000XXX号-2</div></div>""",
 blocks=[("p","开春以后，清徐县的老陈醋生产企业迎来销售旺季。记者在一家醋企的灌装车间看到，自动化生产线正在满负荷运转，一瓶瓶陈醋经过灌装、压盖、贴标后装箱，准备发往全国各地。"),
  ("p","企业负责人介绍，今年一季度订单量同比增长约15%，其中低盐醋、果醋和小瓶装礼盒醋增长较快。“现在年轻人更讲究健康和便捷，我们就推出了小包装和减盐产品。”"),
  ("p","在清徐县的一家老字号醋坊，工人们仍然沿用“夏伏晒、冬捞冰”的传统工艺。醋坊负责人说，熏醅、淋醋这些关键工序还是要靠老师傅的经验，“机器能提高效率，但老手艺不能丢”。"),
  ("p","清徐县是山西老陈醋的主产区，全县有制醋企业200余家。近年来，当地推动企业改造生产工艺，建设醋文化博物馆和工业旅游线路，把“一瓶醋”做成了集生产、文化、旅游于一体的产业链。"),
  ("p","数据显示，2024年清徐县食醋产量达到80万吨，产值超过60亿元。")])

add(id="ti-23", kind="media", doctitle="拉萨启动“净美拉萨河”春季行动 - 拉萨晚讯",
 title="拉萨启动“净美拉萨河”春季行动", authors=["索朗卓嘎"], time="2025年3月12日",
 css="body{background:#eef3f8}.card{background:#fff;max-width:1040px;margin:10px auto;padding:20px;border-radius:8px}.info{display:flex;justify-content:space-between;color:#777}",
 page="""<div>拉萨晚讯 LHASA EVENING NEWS <a>数字报</a> <a>客户端</a></div>
<div>首页 / 拉萨 / 社会 / 正文</div>
<div class="card">
<div class="info"><span>拉萨晚讯记者 索朗卓嘎 文/图</span><span>2025年3月12日</span></div>
<h1>拉萨启动“净美拉萨河”春季行动</h1>
{ARTICLE}
<div>责编：白玛　审校：陈欣</div></div>
<div class="card"><b>更多新闻</b><p>拉萨市区新增公共自行车站点50个</p><p>布达拉宫春季预约参观调整</p></div>
<div>拉萨晚讯社 主办 藏ICP备09001XXX号 违法和不良信息举报电话：0891-6XXXXXX</div>""",
 blocks=[("p","3月11日上午，拉萨市“净美拉萨河”春季集中整治行动在城关区仙足岛段启动。来自各区（县）、市直部门和志愿者队伍的1000余人沿河清理垃圾、整治河岸。"),
  ("img","志愿者在拉萨河畔清理垃圾","志愿者在拉萨河畔清理垃圾。"),
  ("p","据了解，此次行动将持续至4月底，重点对拉萨河及流沙河、中干渠等主要支流开展垃圾清理、违规排污排查和河道疏浚，同时在河岸补植柳树、沙棘等树种。"),
  ("p","行动期间，各区（县）将实行分段包干责任制，每段河道明确一名责任人，并聘请沿河村（居）群众担任护河员，开展日常巡查。市里将组织不定期暗访检查，对问题突出的河段进行通报。"),
  ("p","市水利局负责人表示，拉萨河是拉萨的“母亲河”，近年来全市全面落实河湖长制，拉萨河出境断面水质持续保持国家Ⅱ类标准以上。"),
  ("p","参加活动的志愿者次仁说：“保护好拉萨河，就是保护我们自己的家园。”")])

add(id="ti-24", kind="media", doctitle="信阳毛尖开园在即 茶农抢抓农时备采茶_中州网",
 title="信阳毛尖开园在即 茶农抢抓农时备采茶", authors=["杨帆", "胡春梅"], time="2025-03-11 11:02",
 css=".zz-top{background:#003d7a;color:#fff}.zz-art .meta span{padding:0 6px;border-right:1px solid #ccc}.zz-side{color:#333}",
 page="""<div class="zz-top">中州网 <a>首页</a> <a>河南</a> <a>政务</a> <a>财经</a> <a>教育</a> <a>健康</a> <a>文化</a> <input placeholder="搜索"></div>
<div class="zz-art"><p>当前位置：首页 &gt; 河南 &gt; 地市</p>
<h1>信阳毛尖开园在即<br>茶农抢抓农时备采茶</h1>
<div class="meta"><span>2025-03-11 11:02</span><span>来源：中州网</span><span>作者：杨帆 胡春梅</span><span>编辑：李可</span></div>
{ARTICLE}
<div>【打印】【关闭】【返回顶部】</div></div>
<div class="zz-side"><h4>图片新闻</h4><p>春到太行</p><h4>扫一扫 关注中州网微信</h4></div>
<footer>中州网 版权所有 豫ICP备05004XXX号 豫公网安备41010502000XXX号</footer>""",
 blocks=[("p","随着气温回升，信阳市浉河区的茶园里，茶树已经冒出嫩芽。茶农们正忙着修剪茶枝、施肥除草、检修炒茶设备，为即将到来的春茶开采做准备。"),
  ("p","在浉河区董家河镇的一处茶园，茶农陈永福正在检查茶芽生长情况。他说：“今年冬天雨雪多，茶树长得好，估计再过十来天就能采第一批明前茶了。”"),
  ("p","为保证春茶质量，当地茶叶部门组织技术人员深入茶园开展巡回指导，推广绿色防控技术，引导茶农减少化肥和农药使用。同时，提前组织采茶工招募，目前已对接采茶工1.2万余人。"),
  ("p","在浉河港镇的一家茶叶加工厂，工人们正在调试新购置的揉捻机和烘干机。厂长说，今年厂里新上了一条清洁化生产线，预计加工能力比去年提高三成。"),
  ("p","据了解，信阳市茶园面积约220万亩，2024年茶叶产量8.6万吨，综合产值超过150亿元。今年当地将继续举办茶文化节，推动茶旅融合发展。")])
