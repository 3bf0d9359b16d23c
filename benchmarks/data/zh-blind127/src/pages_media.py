# Media pages vx-13 .. vx-24 (invented content).
K = "media"
PAGES = []

PAGES.append(dict(
id="vx-13", kind=K, doctitle="川渝共建的这条高速年底通车 沿线6区县将迎“同城时代”_川观新闻",
title="川渝共建的这条高速年底通车 沿线6区县将迎“同城时代”",
authors=["余  凯".replace("  ", ""), "邓雪"], time="2026-11-25 06:58",
css=".app-top{background:#d00;color:#fff}.art h1{font-size:30px}.art .from span{margin-right:12px}",
top="""<div class="app-top">川观新闻 <a href="#">下载APP</a> <a href="#">登录</a></div>
<div class="chan"><a href="#">首页</a> <a href="#">时政</a> <a href="#">经济</a> <a href="#">区域</a> <a href="#">文化</a> <a href="#">视频</a> <a href="#">深度</a></div>
<div class="art"><h1>川渝共建的这条高速年底通车 沿线6区县将迎“同城时代”</h1>
<div class="from"><span>四川日报全媒体记者 余  凯　邓雪</span><span>2026-11-25 06:58</span><span>来源：四川日报</span></div>""",
body="""11月24日，在南充至重庆潼南高速公路（以下简称“南潼高速”）嘉陵江特大桥施工现场，最后一片T梁稳稳落位，标志着全线桥梁工程全部完工。据四川省交通投资集团介绍，该高速有望于今年12月底建成通车。
南潼高速全长约108公里，设计速度100公里/小时，途经四川南充、遂宁和重庆潼南等6个区县。通车后，南充至潼南的车程将由目前的2小时缩短至1小时左右。
“高速一通，我们的柑橘运到重庆主城能节省一个多小时。”蓬溪县种植户何国强说，他已经和重庆的两家商超谈好了供货合同。
## 一条路带动一片产业
沿线各地正抢抓通车机遇。遂宁市已在高速出口附近规划建设2个物流园区，潼南区则谋划打造川渝农产品集散中心。
专家认为，南潼高速是成渝地区双城经济圈“断头路”打通的又一成果，将进一步促进川东北与重庆的人员往来和产业协作。""",
bottom="""<div class="edit">编辑：李婷　责任编辑：周海</div>
<div class="dl">打开川观新闻APP，阅读更多精彩内容 <img alt="扫码下载" width="1" height="1"></div>
<div class="hot"><h4>热门推荐</h4><p><a href="#">成都东站改扩建最新进展</a></p><p><a href="#">四川今冬首场寒潮来袭</a></p></div></div>
<footer>四川日报报业集团主办　川观新闻版权所有<br>互联网新闻信息服务许可证：51120170001　蜀ICP备05003029号-3</footer>"""))

PAGES.append(dict(
id="vx-14", kind=K, doctitle="襄阳“小巷管家”的一天-荆楚网-湖北日报网",
title="襄阳“小巷管家”的一天",
authors=["刘志勇", "陈曦"], time="2026-11-24 08:17:35",
css=".l1{float:left;width:66%}.r1{float:right;width:30%}.cl{clear:both}h1{font-family:serif}",
top="""<div><a href="#">湖北日报网</a> | <a href="#">荆楚网</a> | <a href="#">湖北手机台</a> | <a href="#">客户端</a> | <a href="#">登录</a> | <a href="#">注册</a></div>
<div><a href="#">新闻</a> <a href="#">湖北</a> <a href="#">评论</a> <a href="#">视频</a> <a href="#">房产</a> <a href="#">汽车</a> <a href="#">教育</a> <a href="#">健康</a></div>
<div>荆楚网 &gt; 湖北 &gt; 市州 &gt; 正文</div>
<div class="l1"><h1>襄阳“小巷管家”的一天</h1>
<div class="src">来源：湖北日报　　作者：刘志勇 陈曦　　2026-11-24 08:17:35</div>
<p class="o">原标题：修路灯、劝停车、调纠纷——跟着“小巷管家”走一天</p>""",
body="""湖北日报讯（记者刘志勇、通讯员陈曦）早上7点半，襄阳市樊城区清河口街道的“小巷管家”程秀兰已经开始了她的第一圈巡查。
程秀兰今年62岁，是街道招募的首批“小巷管家”之一。她负责的米公巷有128户居民，哪家老人独居、哪盏路灯不亮、哪个井盖松了，她心里都有一本账。
“程姐，楼下又有车堵消防通道了！”上午10点，一位居民打来电话。程秀兰赶到现场，通过挪车电话联系上车主，5分钟内化解了问题。
下午，她又调解了一起因漏水引发的邻里纠纷。“都是几十年的老邻居，话说开了就好了。”她笑着说。
!程秀兰在巷子里巡查|程秀兰在巷子里巡查。（通讯员 陈曦 摄）
目前，襄阳全市已有“小巷管家”3600余名，累计收集解决群众“急难愁盼”问题2.1万件。
~ 【编辑：胡馨】""",
bottom="""<div class="share">分享到：微信 微博 QQ</div>
<div class="more"><b>更多新闻</b><br><a href="#">· 十堰首条山地轨道交通启动建设</a><br><a href="#">· 荆门漳河新区一批项目集中签约</a></div></div>
<div class="r1"><b>排行榜</b><ol><li>湖北今冬首场雪何时来</li><li>武汉地铁新线路试运营</li><li>宜昌三峡机场新开航线</li></ol></div>
<div class="cl">湖北日报传媒集团主办　荆楚网版权所有<br>鄂ICP备13011734号-1　鄂公网安备42010602000212号　互联网新闻信息服务许可证：42120170001</div>"""))

PAGES.append(dict(
id="vx-15", kind=K, doctitle="内蒙古阿拉善盟：梭梭林里“种”出致富路-新华网",
title="内蒙古阿拉善盟：梭梭林里“种”出致富路",
authors=["哈丽娜", "恩克巴雅尔"], time="2026 11/23 14:12:07",
css=".header-cont{display:flex}.head-line h1 span{font-size:28px}.info{color:#999}.year{font-size:12px}",
top="""<div class="header-cont"><a href="#">新华网</a> <a href="#">首页</a> <a href="#">时政</a> <a href="#">国际</a> <a href="#">财经</a> <a href="#">地方</a> <a href="#">图片</a> <a href="#">视频</a></div>
<div class="head-line"><div class="year">2026 11/23 14:12:07</div><h1><span class="title">内蒙古阿拉善盟：梭梭林里“种”出致富路</span></h1>
<div class="info">来源：新华网　<span>【<a href="#">纠错</a>】</span>　<span>字体：<a href="#">小</a> <a href="#">中</a> <a href="#">大</a></span></div></div>""",
body="""新华社呼和浩特11月23日电（记者哈丽娜、恩克巴雅尔）初冬时节，在内蒙古阿拉善盟阿拉善左旗巴彦诺日公苏木，牧民达来正在自家梭梭林里查看接种肉苁蓉的情况。
“梭梭是防风固沙的好树种，根上接种肉苁蓉，一亩地能收入一千多元。”达来说，他家承包的5000亩梭梭林，去年仅肉苁蓉一项就收入20多万元。
阿拉善盟地处我国西部荒漠区，近年来当地推行“以产业化推动生态建设”模式，鼓励农牧民种植梭梭、花棒等沙生植物，并接种肉苁蓉、锁阳等中药材。目前，全盟梭梭林保存面积达1200多万亩，沙产业年产值超过50亿元。
“过去是人进沙退的拉锯战，现在是生态和收入一起增长。”阿拉善盟林业和草原局副局长苏和巴特尔说。""",
bottom="""<div class="bianji">【责任编辑：王萌】</div>
<div class="xg"><b>相关阅读</b><ul><li><a href="#">库布其沙漠治理新观察</a></li><li><a href="#">乌兰布和沙漠边缘的光伏治沙</a></li></ul></div>
<div class="foot">Copyright © 2000-2026 XINHUANET.com All Rights Reserved.<br>制作单位：新华网股份有限公司　版权所有　新华网股份有限公司</div>"""))

PAGES.append(dict(
id="vx-16", kind=K, lang="en", doctitle="Fujian's tea towns bet on tourism as harvests end - China Daily",
title="Fujian's tea towns bet on tourism as harvests end",
authors=["Hu Meidong", "Zhang Yi"], time="2026-11-22 09:14",
css=".cd-top a{margin:0 6px}.story h1{font-family:Georgia,serif}.byline{font-size:13px}",
top="""<div class="cd-top"><a href="#">Global Edition</a><a href="#">China Edition</a><a href="#">中文</a><a href="#">ePaper</a><a href="#">Subscribe</a></div>
<nav><a href="#">HOME</a> <a href="#">CHINA</a> <a href="#">WORLD</a> <a href="#">BUSINESS</a> <a href="#">LIFESTYLE</a> <a href="#">CULTURE</a> <a href="#">TRAVEL</a> <a href="#">OPINION</a></nav>
<div class="crumb">Home / China / Regional</div>
<div class="story"><h1>Fujian's tea towns bet on<br>tourism as harvests end</h1>
<div class="byline">By Hu Meidong in Fuzhou and Zhang Yi | China Daily | Updated: 2026-11-22 09:14</div>
<div class="tools">Share - <a href="#">WeChat</a> <a href="#">Facebook</a> <a href="#">X</a></div>""",
body="""!Visitors pick tea leaves in Wuyishan|Visitors learn to pick tea leaves at a plantation in Wuyishan, Fujian province, on Nov 18. [Photo by Chen Jun/For China Daily]
When the last autumn oolong is rolled and roasted, the hillside villages around Anxi county in Fujian province usually fall quiet. This year, they are busier than ever.
Tea farmer Lin Qingshui has turned the top floor of his family workshop into a guesthouse with six rooms. "Guests come to watch the roasting and taste straight from the kettle," he said. "In November we were fully booked most weekends."
Local officials said the county received about 3.8 million tourists in the first ten months, up 17 percent year-on-year, with tea-themed stays and study tours leading the growth.
The provincial culture and tourism department has listed 42 "tea culture villages" and plans to link them with walking trails and shuttle buses by the end of next year.
"Tea is no longer just something we sell by the kilo," said Wang Li, Party secretary of one of the villages. "It is the reason people come and stay."
~ Xu Wei contributed to this story.""",
bottom="""<p class="nb">Contact the writers at humeidong@chinadaily.com.cn</p></div>
<div class="rel"><h4>Related Stories</h4><ul><li><a href="#">Wuyishan opens new tea museum</a></li><li><a href="#">Oolong exports rise in Q3</a></li></ul></div>
<footer>Copyright 1995 - 2026. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).<br>License for publishing multimedia online 0108263　Registration Number: 130349</footer>"""))

PAGES.append(dict(
id="vx-17", kind=K, lang="en", doctitle="Sichuan giant panda base welcomes twin cubs - CGTN",
title="Sichuan giant panda base welcomes twin cubs",
authors=[], time="Nov 26, 2026 11:03 AM",
css=".cg{background:#000;color:#fff}.news-title{font-size:32px}.news-meta{color:#888}",
top="""<div class="cg">CGTN <a href="#">Live</a> <a href="#">Search</a> <a href="#">Sign in</a></div>
<nav>World | China | Business | Sci-Tech | Culture | Sports | Opinions | Video</nav>
<div class="news-meta">China</div>
<h1 class="news-title">Sichuan giant panda base welcomes twin cubs</h1>
<div class="news-meta">Updated Nov 26, 2026 11:03 AM</div>
<div class="share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Copy link</a></div>""",
body="""!Twin panda cubs in an incubator|Twin giant panda cubs at the Chengdu Research Base of Giant Panda Breeding, November 25, 2026. /Xinhua
A pair of giant panda twins was born at the Chengdu Research Base of Giant Panda Breeding in southwest China's Sichuan Province, the base said on Wednesday.
The cubs, born to 9-year-old mother He Hua early on Monday, weighed 152 grams and 137 grams respectively, according to the base. Both are in stable condition and being cared for by the mother and keepers in turns.
It is the ninth set of twins born at the base this year, bringing the number of cubs born there in 2026 to 23.
Giant pandas usually give birth between July and November. Keepers said the late-season birth was unusual but not rare.
China's captive giant panda population has exceeded 750, while the wild population stands at about 1,900, according to official data.
~ (With input from Xinhua)""",
bottom="""<div class="src">Source(s): Xinhua News Agency</div>
<div class="more"><b>More from CGTN</b><p><a href="#">Snow leopards spotted in Qilian Mountains</a></p></div>
<footer>Copyright © 2026 CGTN. 京ICP备16065310号</footer>"""))

PAGES.append(dict(
id="vx-18", kind=K, doctitle="【新闻联播】兴安盟：冬捕启幕 查干湖畔渔歌起-内蒙古广播电视台",
title="兴安盟：冬捕启幕 渔歌唱响察尔森",
authors=["苏日古嘎", "李  超".replace("  ", "")], time="2026-11-28 19:45",
css=".player{width:640px;height:360px;background:#222;color:#ccc}.vt{font-size:22px}",
top="""<div class="nmtv-top">内蒙古广播电视台 <a href="#">草原云</a> <a href="#">直播</a> <a href="#">点播</a> <a href="#">节目单</a></div>
<div class="path">首页 &gt; 新闻 &gt; 内蒙古新闻联播</div>
<div class="vt">【内蒙古新闻联播】兴安盟：冬捕启幕 渔歌唱响察尔森</div>
<div class="player">视频加载中… 00:00 / 02:41</div>
<div class="vinfo">2026-11-28 19:45　来源：内蒙古新闻联播　播放量：1.2万</div>""",
body="""11月27日，兴安盟科尔沁右翼前旗察尔森湖冬捕节开幕，传统的祭湖、醒网仪式吸引了众多游客前来观看。
清晨，零下25度的察尔森湖面上，渔把头高唱渔歌，马拉绞盘缓缓转动，长达两千米的大网从冰下拉出，鳙鱼、鲤鱼、胖头鱼在冰面上欢蹦乱跳。
【同期】察尔森湖冬捕队队长 白宝山：今天第一网预计能出三万斤鱼，头鱼我们会拍卖，收益全部用于村里的公益事业。
今年的冬捕节将持续到明年1月，期间还将举办冰雪运动、民俗展演和特色美食市集等活动。
【同期】游客 张薇：第一次看到这么壮观的场面，鱼真新鲜，买了几条带回去给家人尝尝。
~ 记者：苏日古嘎　李  超
~ 编辑：王丽娜""",
bottom="""<div class="more">相关视频<br>阿尔山：冰雪季开板迎客<br>呼伦贝尔：冷极村迎来首批游客</div>
<div class="foot">内蒙古广播电视台版权所有　信息网络传播视听节目许可证：1503010<br>蒙ICP备05003451号</div>"""))
# the headline in the bar is prefixed with the program label; gold title is the headline only

PAGES.append(dict(
id="vx-19", kind=K, doctitle="福州鼓楼：老旧小区加装电梯今年已完工216部 - 福州新闻网",
title="福州鼓楼：老旧小区加装电梯今年已完工216部",
authors=["林  晖".replace("  ", ""), "陈丹丹", "郑雯"], time="2026年11月26日 10:22",
css="table.m{width:960px}.bt1{font-size:24px;color:#036}.xx1{font-size:12px}",
top="""<table class="m"><tr><td>福州新闻网 <small>fznews.com.cn</small></td><td align="right"><a href="#">设为首页</a> | <a href="#">收藏本站</a></td></tr>
<tr><td colspan="2"><a href="#">首页</a> | <a href="#">福州</a> | <a href="#">社会</a> | <a href="#">榕城视频</a> | <a href="#">闽都文化</a> | <a href="#">区县</a> | <a href="#">专题</a></td></tr></table>
<table class="m"><tr><td valign="top">
<div>您的位置： <a href="#">福州新闻网</a> &gt; <a href="#">新闻频道</a> &gt; <a href="#">福州新闻</a></div>
<div class="bt1">福州鼓楼：老旧小区加装电梯今年已完工216部</div>
<div class="xx1">2026年11月26日 10:22　来源：福州日报</div>""",
indent=True,
body="""本报讯（记者 林  晖 通讯员 陈丹丹 郑雯）记者25日从鼓楼区住建局获悉，今年以来，鼓楼区老旧小区加装电梯已完工216部，另有87部正在施工，惠及居民4000余户。
鼓楼区老旧小区多，老年人口比例高，加装电梯需求迫切。为破解“意见难统一、资金难筹集、施工难推进”等问题，该区推出“一梯一策”协调机制，由街道、社区牵头召开楼道协商会，并引入第三方评估低楼层住户损失。
在补助方面，鼓楼区对符合条件的加装项目给予每部最高20万元补助，并允许使用住房公积金支付个人分摊费用。
“以前下楼买个菜都要歇两回，现在坐电梯一分钟就到楼下。”家住温泉街道琴亭小区的82岁居民陈依伯说。""",
bottom="""<div align="right">责任编辑：杨立新</div>
<div>【<a href="#">我要纠错</a>】【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>
<div><b>相关新闻：</b><br><a href="#">·晋安区加装电梯“一站式”审批上线</a><br><a href="#">·仓山区老旧小区改造完成年度目标</a></div>
</td><td width="260" valign="top"><b>图片新闻</b><br><img alt="榕城初冬" width="1" height="1"><br>榕城初冬</td></tr></table>
<table class="m"><tr><td align="center">福州日报社主办　福州新闻网版权所有　未经授权禁止复制<br>闽ICP备06002766号　互联网新闻信息服务许可证编号：35120170008</td></tr></table>"""))

PAGES.append(dict(
id="vx-20", kind=K, doctitle="十堰：汉江之畔“候鸟”来 - 长江云",
title="十堰：汉江之畔“候鸟”来",
authors=["余新河"], time="11-27 17:30",
css=".cy-head{height:50px}.cy-title{font-size:24px}.cy-meta{display:flex;justify-content:space-between}",
top="""<div class="cy-head">长江云 <a href="#">打开APP</a></div>
<div class="cy-title">十堰：汉江之畔“候鸟”来</div>
<div class="cy-meta"><span>湖北广播电视台</span><span>11-27 17:30</span></div>""",
hstyle="strong",
body="""!越冬候鸟在汉江湿地觅食|越冬候鸟在汉江湿地觅食
随着气温下降，大批越冬候鸟陆续飞抵十堰市郧阳区汉江国家湿地公园。白鹭、苍鹭、小䴙䴘在江面嬉戏觅食，构成一幅人鸟和谐的生态画卷。
## 候鸟种类逐年增加
湿地公园管理处监测数据显示，今年已记录到越冬候鸟47种，比五年前增加了12种，其中包括国家二级保护动物鸳鸯和白琵鹭。
## 护鸟员守护“候鸟驿站”
“每天沿江巡护十几公里，就怕有人下网捕鸟。”护鸟员刘德福已经在这里守护了8年。他说，现在村民的保护意识强了，主动举报的越来越多。
十堰市林业局表示，将在越冬期加强巡护和宣传，确保候鸟安全越冬。
~ 长江云记者 余新河 报道""",
bottom="""<div>评论 0　点赞 36</div>
<div class="rec">推荐阅读<p>神农架迎来今冬首场降雪</p><p>襄阳古城墙修缮完工</p></div>
<div>下载长江云APP，看更多精彩内容</div>"""))

PAGES.append(dict(
id="vx-21", kind=K, doctitle="科技城新区：一批“硬科技”项目集中投产 - 绵阳网",
title="科技城新区：一批“硬科技”项目集中投产",
authors=["李庆", "何  伟".replace("  ", "")], time="2026-11-25",
css=".mc{width:1000px}.left{float:left;width:680px}.right{float:right;width:300px}.tit{font-size:26px;text-align:center}",
top="""<div class="mc"><div class="tb">绵阳网 | 绵阳日报 | 绵阳晚报 | 绵阳手机台 <span>2026年11月30日 星期一</span></div>
<div class="nv">首页 新闻 科技城 区县 民生 文旅 视频 专题</div>
<div class="left"><div class="w">当前位置：绵阳网 &gt; 新闻 &gt; 科技城</div>
<div class="tit">科技城新区：一批“硬科技”项目集中投产</div>
<div class="sx">2026-11-25　来源：绵阳日报　作者：李庆 何  伟　【<a href="#">字号 大 中 小</a>】</div>""",
body="""11月24日，科技城新区举行重大项目集中投产仪式，8个先进制造项目同时投产，总投资达67亿元。
此次投产的项目涵盖新型显示、激光器件、航空零部件等领域。其中，某光电科技公司建设的高功率激光器生产线，年产能可达10万台，产品将主要供应长三角和珠三角的装备制造企业。
“从签约到投产只用了14个月。”企业负责人告诉记者，园区提供了标准化厂房和“拿地即开工”服务，大大缩短了建设周期。
| 项目类别 | 数量（个） | 总投资（亿元） |
| 新型显示 | 3 | 28.6 |
| 激光器件 | 2 | 17.2 |
| 航空零部件 | 3 | 21.2 |
科技城新区相关负责人表示，新区今年已累计投产项目31个，预计全年规上工业产值增长12%以上。""",
bottom="""<p>编辑：刘燕　审核：张磊</p>
<p>上一篇：<a href="#">游仙区举办冬季农民工专场招聘会</a>　下一篇：<a href="#">涪城区启动“老字号”评选</a></p></div>
<div class="right"><b>热点排行</b><ol><li>绵阳今冬供气准备就绪</li><li>九洲大道改造完工</li></ol></div>
<div style="clear:both">绵阳日报社主办　版权所有<br>蜀ICP备05010287号　川公网安备51070302000108号</div></div>"""))

PAGES.append(dict(
id="vx-22", kind=K, doctitle="龙岩长汀：稀土产业链再添新环节_龙岩新闻_东南网",
title="龙岩长汀：稀土产业链再添新环节",
authors=["蓝学军", "钟丽萍"], time="2026-11-24 21:06:41",
css=".dn{background:#0050a0;color:#fff}.t1{font:bold 24px/1.4 sans-serif}.t2{color:#666}",
top="""<div class="dn">东南网 <a href="#">福建</a> <a href="#">国内</a> <a href="#">国际</a> <a href="#">台海</a> <a href="#">福建各地</a> <a href="#">视频</a> <a href="#">登录</a></div>
<div>东南网 &gt; 龙岩频道 &gt; 龙岩新闻</div>
<p class="t2">2026-11-24 21:06:41　来源：闽西日报　编辑：邱燕玲</p>
<div class="t1">龙岩长汀：稀土产业链再添新环节</div>""",
body="""东南网11月24日讯（闽西日报记者 蓝学军 通讯员 钟丽萍）24日，位于长汀县稀土工业园区的一家新材料企业高性能钕铁硼磁材生产线正式投产，长汀稀土产业链再添关键一环。
该生产线总投资5.6亿元，达产后年产高性能磁材5000吨，产品可用于新能源汽车驱动电机和风力发电机。
近年来，长汀县依托稀土资源优势，着力补链延链，已形成从稀土分离、金属冶炼到磁性材料、终端应用的完整产业链。目前，园区集聚稀土企业42家，今年前10个月实现产值186亿元，同比增长9.7%。
“下一步，我们将重点引进电机、新能源装备等下游应用项目，推动产业向高端化发展。”园区管委会负责人说。""",
bottom="""<div>分享到：<a href="#">微信</a> <a href="#">新浪微博</a></div>
<div class="rel">相关新闻：<br><a href="#">连城：工业园区新项目开工</a><br><a href="#">上杭：铜产业链招商成效显现</a></div>
<div>福建日报报业集团　东南网版权所有<br>闽ICP备07502018号　互联网新闻信息服务许可证编号：35120170001　违法和不良信息举报电话：0591-8709XXXX</div>"""))

PAGES.append(dict(
id="vx-23", kind=K, doctitle="鹿城冬季“冰雪+”消费火起来 - 包头新闻网",
title="鹿城冬季“冰雪+”消费火起来",
authors=["刘  洋".replace("  ", ""), "赵玉婷"], time="2026年11月29日08:31",
css="section.main{max-width:900px}.h{font-size:26px}.meta{font-size:13px}",
top="""<div>包头新闻网 · 包头日报 · 包头晚报　<a href="#">数字报</a>　<a href="#">无障碍</a></div>
<nav>首页 / 包头新闻 / 社会 / 经济 / 文体 / 评论 / 图片</nav>
<section class="main"><div class="h">鹿城冬季“冰雪+”消费火起来</div>
<div class="meta">2026年11月29日08:31 | 来源：包头日报</div>""",
body="""~ 记者 刘  洋 赵玉婷
连日来，随着南海湿地冰雪乐园、赛罕塔拉滑雪场等冰雪项目陆续开放，包头冬季文旅消费持续升温。
!南海湿地冰雪乐园|游客在南海湿地冰雪乐园体验雪地转转
11月28日是周六，南海湿地冰雪乐园里游人如织。冰上自行车、雪地转转、冰滑梯等项目前排起了长队。“孩子玩得特别开心，门票还不到一百块。”带着女儿来游玩的市民高敏说。
今年，包头推出“冰雪+美食”“冰雪+演艺”等消费套餐，联合全市120余家商户发放冰雪消费券500万元。市文旅局数据显示，11月以来，全市冰雪场所接待游客18.6万人次，带动周边餐饮住宿收入增长23%。
“冷资源”正在变成“热经济”。市文旅局相关负责人表示，将继续办好冬季那达慕和冰雪嘉年华，打造北方冬季旅游目的地。""",
bottom="""<p>责编：孟丽</p>
<div>相关阅读 · <a href="#">包头至阿尔山旅游专列开行</a> · <a href="#">九原区冰雪运动进校园</a></div></section>
<footer>包头日报社主办　包头新闻网版权所有　蒙ICP备09001732号<br>蒙公网安备 15020302000185号</footer>"""))

PAGES.append(dict(
id="vx-24", kind=K, doctitle="湖北荆州：小龙虾“冬眠”期 稻田里忙“冬种”_央广网",
title="湖北荆州：小龙虾“冬眠”期 稻田里忙“冬种”",
authors=["王玉林"], time="2026-11-27 07:52:00",
css=".cnr-head a{padding:0 8px}.article-title h1{font-size:26px}.article-info span{margin-right:10px}",
top="""<div class="cnr-head"><a href="#">央广网</a><a href="#">新闻</a><a href="#">财经</a><a href="#">军事</a><a href="#">文旅</a><a href="#">云听</a><a href="#">直播</a></div>
<div>央广网 &gt; 地方 &gt; 湖北</div>
<div class="article-title"><h1>湖北荆州：小龙虾“冬眠”期 稻田里忙“冬种”</h1></div>
<div class="article-info"><span>2026-11-27 07:52:00</span><span>来源：央广网</span></div>""",
body="""央广网荆州11月27日消息（记者王玉林）据中国之声《新闻纵横》报道，初冬时节，湖北荆州监利市的稻虾田里，小龙虾已钻入洞穴“冬眠”，虾农们却没闲着，忙着在田里种植伊乐藻，为来年小龙虾养殖做准备。
“伊乐藻是小龙虾的‘口粮’，也能净化水质，种早了长得好，明年虾子个头大。”监利市新沟镇养殖户曾宪平说，他家的200亩稻虾田今年亩均纯收入超过3000元。
荆州是全国小龙虾主产区，稻虾综合种养面积超过300万亩。当地推广“一稻两虾”模式，一季水稻、两季小龙虾，实现“一水两用、一田双收”。
荆州市农业农村局相关负责人介绍，今年荆州还新建了3个小龙虾良种繁育基地，逐步解决种苗依赖外调的问题。""",
bottom="""<div class="edit">编辑：李佳</div>
<div class="tj"><b>推荐阅读</b><br>潜江：虾稻产业链年产值超600亿元<br>洪湖：湿地保护与渔民转产</div>
<div class="ft">央广网版权所有　京ICP证060630号<br>互联网新闻信息服务许可证10120170005</div>"""))
