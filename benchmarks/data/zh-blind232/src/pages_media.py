# Media pages ry-13 .. ry-24, written by hand (ry-19, ry-20 English).
PAGES = []
def add(**kw):
    kw.setdefault("lang", "zh"); kw.setdefault("kind", "media")
    PAGES.append(kw)

add(id="ry-13", style="grid", doctitle="汾河晚报：老城区供热管网改造完工 三万户居民告别“冷热不均”",
title="老城区供热管网改造完工三万户居民告别“冷热不均”", authors=["郭晓峰", "孟瑶"], time="2025-11-15 07:30",
body=[
"本报讯（记者 郭晓峰 通讯员 孟　瑶）11月14日，随着最后一段主管道完成保温包覆，汾源市老城区供热管网改造工程全面完工。这意味着，迎泽、柳巷等片区3万余户居民今冬将告别“楼上热、楼下凉”的烦恼。",
"据了解，此次改造涉及老旧管网46公里、换热站23座，是近十年来我市规模最大的一次供热设施更新。施工单位采用“分段开挖、夜间作业”方式，尽量减少对交通和居民出行的影响。",
"“以前家里温度最多16摄氏度，冬天在屋里也得穿棉袄。”家住柳巷南街的李大爷说，试供热这几天，家里温度已经到了21摄氏度。",
"市城市管理局供热处负责人介绍，改造后的换热站全部接入智慧供热平台，可根据室外气温自动调节供水温度，预计每个采暖季可节约标煤约1.1万吨。",
"该负责人提醒，居民如发现家中暖气不热，可拨打供热服务热线12319反映，供热企业将在24小时内上门处理。",
],
tpl='''<header><b>汾河晚报·汾河网</b><nav><ul><li>首页</li><li>本地</li><li>民生</li><li>财经</li><li>文旅</li><li>视频</li></ul></nav><div><input placeholder="搜索新闻"> 登录 | 注册</div></header>
<div class="wrap"><article><p>汾河网 &gt; 本地 &gt; 民生</p>
<h1>老城区供热管网改造完工<br>三万户居民告别“冷热不均”</h1>
<div class="info"><span>2025-11-15 07:30</span><span>来源：汾河晚报</span><span>阅读 8.2万</span></div>
{{BODY}}
<p class="cap">责任编辑：韩雪　校对：刘芳</p>
<p>分享：微信 朋友圈 微博 复制链接</p></article>
<aside><h3>24小时热榜</h3><ol><li>汾源今冬供热时间确定</li><li>汾河公园新增三处冰雪乐园</li><li>市区这些路段夜间施工绕行</li></ol><p>{{IMG}}<br>扫码下载汾河新闻客户端</p></aside></div>
<footer>汾河晚报社 版权所有 未经授权禁止转载　晋ICP备08001426号　互联网新闻信息服务许可证：14120180007　晋公网安备 14010502000881号<br>违法和不良信息举报电话：0350-4127800</footer>''')

add(id="ry-14", style="portal", doctitle="浙东商报 | 瓯南跨境电商出口额前三季度增长31%",
title="瓯南跨境电商出口额前三季度增长31%", authors=[], time="2025-10-21 11:02:45",
body=[
"浙东商报讯 记者从瓯南市商务局获悉，今年前三季度，瓯南市跨境电商出口额达到187.6亿元，同比增长31%，增速居全省前列。",
"从产品结构看，鞋服、眼镜、小家电仍是出口主力，合计占比超过六成。其中，眼镜类产品依托本地完整的产业链，在海外电商平台的销量同比增长近五成。",
"从市场分布看，对东盟、中东和拉美等新兴市场出口增长较快，分别增长44%、39%和36%，市场多元化格局进一步显现。",
"今年以来，瓯南市新建海外仓11个，总面积超过18万平方米；同时组织企业参加境外展会62场次，帮助中小外贸企业拓展订单。",
"市商务局有关负责人表示，下一步将加快建设跨境电商综合服务平台，推动更多传统外贸企业“触网”转型，力争全年跨境电商出口额突破250亿元。",
("byline", "（浙东商报）"),
],
tpl='''<div class="top"><span>浙东商报数字新闻网</span><span>客户端 | 电子版 | 登录</span></div>
<div class="head">浙东商报网</div>
<div class="menu"><a href="#">首页</a><a href="#">财经</a><a href="#">产经</a><a href="#">楼市</a><a href="#">开放</a></div>
<div class="crumb">首页 / 财经 / 正文</div>
<div class="main"><h1>瓯南跨境电商出口额前三季度增长31%</h1>
<div class="meta">2025-10-21 11:02:45　浙东商报　<a href="#">分享到微信</a></div>
<div class="art">{{BODY}}</div>
<p>编辑：周亚楠</p>
<p>相关新闻<br><a href="#">瓯南眼镜企业组团亮相迪拜展会</a><br><a href="#">前三季度全省外贸进出口数据发布</a></p></div>
<div class="foot">浙东商报社主办　浙ICP备11002389号-1　浙公网安备 33030202000472号　互联网新闻信息服务许可证编号：33120170021</div>''')

add(id="ry-15", style="grid", doctitle="蜀都日报 | 岷江上游的“护鱼人”",
title="岷江上游的“护鱼人”", authors=["邓雪梅"], time="2025年4月9日",
body=[
"天刚蒙蒙亮，57岁的冉光明就划着小船出发了。他是岷川市青岗县的一名巡河员，负责岷江上游12公里河段的禁捕巡护。",
"“这段河里有岩原鲤、长薄鳅，都是珍稀鱼类。”冉光明指着江面说，“以前一到晚上，电鱼的、下网的都有，现在基本看不到了。”",
("img", "冉光明在巡河", "冉光明在河道巡护。 邓雪梅 摄"),
"冉光明曾经也是一名渔民。2021年长江流域全面禁渔后，他交回了渔船和渔网，经过培训成为一名护渔员。每天巡河两次，每次三四个小时，他已经记不清走了多少路。",
"去年夏天的一个深夜，他发现有人在支流河口用地笼捕鱼，一边悄悄拍照取证，一边报告执法部门，协助查获违规网具20余套。",
"如今，青岗县已组建护渔队伍5支、护渔员46人，和无人机、视频监控一起，织密了一张“人防+技防”的护渔网。县农业农村局监测数据显示，当地河段鱼类种类已由禁捕前的38种恢复到51种。",
"“看着鱼一年比一年多，我心里踏实。”冉光明说。",
],
tpl='''<header><b>蜀都日报</b><nav><ul><li>首页</li><li>四川</li><li>人物</li><li>生态</li></ul></nav><div>登录</div></header>
<div class="wrap"><article><p class="kicker">【生态一线】</p>
<h1>岷江上游的“护鱼人”</h1>
<div class="info"><span>蜀都日报</span><span>记者 邓雪梅</span><span>2025年4月9日</span></div>
{{BODY}}
<p>编辑：何苗　审核：魏东</p></article>
<aside><h3>推荐阅读</h3><p>大熊猫国家公园里的“红外相机”</p><p>长江禁渔四年：鱼回来了</p></aside></div>
<footer>蜀都日报社版权所有　蜀ICP备05031176号　川公网安备 51010402000263号</footer>''')

add(id="ry-16", style="portal", doctitle="南海之声网：琼澜国际马拉松12月开跑 报名通道本周五开启",
title="琼澜国际马拉松12月开跑 报名通道本周五开启", authors=["林海燕", "符文杰"], time="2025-09-23",
body=[
"南海之声网9月23日消息（记者林海燕 符文杰）记者从今天举行的新闻发布会上获悉，2025琼澜国际马拉松将于12月14日鸣枪开跑，报名通道将于9月26日10时开启。",
"本届赛事设全程马拉松、半程马拉松和5公里欢乐跑三个项目，总规模2.5万人。赛道沿滨海大道延伸，途经椰梦长廊、万绿园、骑楼老街等地标，被跑友称为“最美海岸线赛道”。",
"与往届相比，今年赛事新增“亲子跑”组别，并首次在赛道沿线设置12个黎族、苗族文化展示点，让选手在奔跑中感受海南本土文化。",
"组委会提醒，全程和半程马拉松报名人数超过名额时将采取抽签方式确定参赛资格，抽签结果将于10月20日公布。",
"据介绍，赛事期间，琼澜市将推出酒店、景区优惠套餐，参赛选手凭号码布可享受全市A级景区门票半价优惠。",
],
tpl='''<div class="top"><span>南海之声网</span><span>收听直播 | 无障碍 | 登录</span></div>
<div class="head">南海之声网 <input placeholder="搜索"></div>
<div class="menu"><a href="#">首页</a><a href="#">海南</a><a href="#">体育</a><a href="#">广播</a></div>
<div class="crumb">首页 &gt; 体育</div>
<div class="main"><h1>琼澜国际马拉松12月开跑 报名通道本周五开启</h1>
<div class="meta">2025-09-23　来源：南海之声网　编辑：吴　迪</div>
<div class="art">{{BODY}}</div>
<p>【纠错】【责任编辑：王冬梅】</p>
<p>{{IMG}} 扫码关注南海之声微信</p></div>
<div class="foot">海南南海之声广播电视传媒有限公司　琼ICP备10002781号　互联网新闻信息服务许可证 46120170005</div>''')

add(id="ry-17", style="old", doctitle="太行日报 - 晋泉：老工业区变身文创园",
title="晋泉：老工业区变身文创园", authors=["温建军"], time="2025.06.17",
body=[
"走进晋泉市古城区的“1958文创园”，红砖厂房、锈迹斑斑的行车轨道和新潮的咖啡馆、书店交相辉映，不少年轻人在这里拍照打卡。",
"这里曾是始建于1958年的晋泉机械厂。上世纪90年代末工厂停产后，厂区一度荒废。2022年，古城区引入社会资本，按照“修旧如旧、留改拆并举”的思路对厂区进行改造。",
"“我们保留了12栋老厂房和一座水塔，把车间改成展厅、剧场和创意工作室。”园区运营方负责人介绍，目前园区已入驻设计、动漫、非遗手作等企业和工作室68家，吸纳就业900余人。",
"每逢周末，园区都会举办市集、音乐会和非遗展演。今年“五一”假期，园区接待游客超过11万人次。",
"古城区有关负责人表示，将以文创园为带动，推动周边老工业片区整体更新，打造城市新的文化地标。",
("byline", "（本报记者 温建军）"),
],
tpl='''<table class="frame"><tr><td>太行日报社主办 | 太行新闻网 | 2025年6月17日 星期二</td></tr>
<tr class="nav"><td><a href="#">首页</a><a href="#">山西新闻</a><a href="#">市县</a><a href="#">文化</a><a href="#">评论</a></td></tr>
<tr><td>您当前的位置：太行新闻网 &gt; 市县 &gt; 晋泉</td></tr>
<tr><td class="tit">晋泉：老工业区变身文创园</td></tr>
<tr><td class="info">2025.06.17　来源：太行日报　【字号 大 中 小】　【我要打印】</td></tr>
<tr><td class="content">{{BODY}}</td></tr>
<tr><td>责编：苏丽　<a href="#">【关闭窗口】</a></td></tr>
<tr><td>相关稿件：<a href="#">晋泉非遗市集热闹开市</a>　<a href="#">古城区获评省级文旅融合示范区</a></td></tr>
<tr><td class="foot">太行新闻网 版权所有　晋ICP备10005278号　互联网新闻信息服务许可证：14120170002</td></tr></table>''')

add(id="ry-18", style="grid", doctitle="钱塘都市报 两会专题 | 代表委员热议“一老一小”",
title="“一老一小”怎么办？代表委员这样说", authors=["潘越", "章丽君"], time="2025年01月16日 21:48",
body=[
"“一老一小”是千家万户的操心事。正在召开的省两会上，代表委员们围绕养老托育积极建言。",
("h", "社区嵌入式养老要“接地气”"),
"省人大代表、明溪市某社区党委书记胡桂英说，社区里老年人最盼的是“有人管饭、有人看病、有人陪聊”。她建议，把闲置的社区用房改造成嵌入式养老服务中心，提供日间照料、助餐、康复等服务。",
("h", "普惠托育要“托得起”"),
"省政协委员、儿科医生沈佳宁关注婴幼儿托育费用问题。她调研发现，部分城市托育机构月收费在4000元以上，不少家庭负担较重。她建议加大对普惠托育机构的运营补贴，鼓励用人单位办托。",
("h", "人才队伍要“留得住”"),
"多位代表委员提到，养老护理员、保育员普遍存在待遇低、流动性大的问题，建议建立职业技能等级与薪酬挂钩机制，畅通职业发展通道。",
("byline", "文/钱塘都市报记者 潘越 章丽君"),
],
tpl='''<header><b>钱塘都市报</b><nav><ul><li>首页</li><li>2025省两会</li><li>浙江</li><li>民生</li></ul></nav><div>下载APP</div></header>
<div class="wrap"><article><p class="kicker">2025省两会·聚焦民生</p>
<h1>“一老一小”怎么办？代表委员这样说</h1>
<div class="info"><span>钱塘都市报</span><span>2025年01月16日 21:48</span><span>浙江</span></div>
{{BODY}}
<p>本文来自【钱塘都市报】，仅代表作者观点。</p></article>
<aside><h3>两会热词</h3><p>新质生产力</p><p>民生实事</p></aside></div>
<footer>钱塘都市报　浙ICP备09010283号　浙公网安备 33010602000917号</footer>''')

add(id="ry-19", lang="en", style="grid", doctitle="Hainan's Qionglan port sees record cruise arrivals - Hainan Horizon",
title="Qionglan port sees record cruise arrivals as island opens wider", authors=["Li Mengyao", "Chen Haoran"], time="Sep 8, 2025",
body=[
"QIONGLAN — The cruise terminal in Qionglan, Hainan province, handled 46 international cruise calls in the first eight months of this year, the highest number since the terminal opened in 2016, local port authorities said on Monday.",
"More than 92,000 passenger trips were recorded during the period, up 63 percent year-on-year. Most of the ships came from Southeast Asian ports, including Singapore and Port Klang in Malaysia.",
"\"Visa-free entry and the simplified inspection procedures have made a real difference,\" said Wu Jianhua, deputy director of the Qionglan port administration. \"A ship with 3,000 passengers can now complete border checks in under an hour.\"",
"Local businesses say the arrivals are starting to show up in their books. Zhou Lihua, who runs a seafood restaurant in the old arcade district, said foreign tour groups now account for about a fifth of her weekend customers.",
"The city plans to extend the terminal's berth by 180 meters next year so that it can handle ships of up to 150,000 gross tons.",
],
tpl='''<header><b>Hainan Horizon</b><nav><ul><li>Home</li><li>Hainan</li><li>Free Trade Port</li><li>Travel</li><li>Video</li></ul></nav><div><input placeholder="Search"> 中文</div></header>
<div class="wrap"><article><p>Home / Business</p>
<h1>Qionglan port sees record cruise arrivals as island opens wider</h1>
<div class="info"><span>By Li Mengyao and Chen Haoran</span><span>Updated: Sep 8, 2025</span><span>Hainan Horizon</span></div>
{{IMG}}<p class="cap">A cruise ship docks at the Qionglan terminal on Sept 5. [Photo by Huang Yi / Hainan Horizon]</p>
{{BODY}}
<p>Share: Facebook X LinkedIn WeChat</p><p>Editor: Fu Qing</p></article>
<aside><h3>Most Viewed</h3><p>Five beaches to visit this autumn</p><p>Duty-free sales up 12% in July</p></aside></div>
<footer>Copyright 2025 Hainan Horizon. All rights reserved. 琼ICP备13002418号</footer>''')

add(id="ry-20", lang="en", style="portal", doctitle="Zhejiang county turns bamboo into carbon credits | Zhejiang Today",
title="Zhejiang county turns bamboo forests into carbon credits", authors=[], time="2025-07-30 15:12",
body=[
"QIANCHUAN, July 30 -- A mountainous county in East China's Zhejiang province has sold its first batch of bamboo forest carbon credits, earning villagers nearly 1.8 million yuan (about 250,000 U.S. dollars), local officials said Wednesday.",
"The credits, equivalent to 31,000 tonnes of carbon dioxide, were bought by three manufacturing companies seeking to offset their emissions, according to the forestry bureau of Qianchuan county.",
"Bamboo grows quickly and absorbs large amounts of carbon. Qianchuan has about 560,000 mu (37,300 hectares) of bamboo forest, much of it managed by small households.",
"To make the credits possible, the county pooled the forests of more than 4,000 households into a cooperative that handles monitoring, verification and sales. Revenue is shared according to the area each household contributes.",
"Local officials said they plan to extend the model to tea gardens and wetlands next year.",
],
tpl='''<div class="top"><span>Zhejiang Today</span><span>中文 | Subscribe | Sign in</span></div>
<div class="head">ZHEJIANG TODAY</div>
<div class="menu"><a href="#">News</a><a href="#">Business</a><a href="#">Culture</a><a href="#">Travel</a></div>
<div class="crumb">News &gt; Environment</div>
<div class="main"><h1>Zhejiang county turns bamboo forests into carbon credits</h1>
<div class="meta">Source: ZT Wire | 2025-07-30 15:12</div>
<div class="art">{{BODY}}</div>
<p>Related: <a href="#">Anji white tea harvest begins</a> | <a href="#">Zhejiang launches green finance pilot</a></p></div>
<div class="foot">Copyright © Zhejiang Today. All rights reserved. 浙ICP备12035721号</div>''')

add(id="ry-21", style="grid", doctitle="晋阳观察 | 评论：别让“证明”再绊住群众的脚",
title="别让“证明”再绊住群众的脚", authors=["石磊"], time="2025-2-7",
body=[
"近日，有网友反映，自己为了给孩子办理转学手续，被要求开具“居住证明”，跑了社区、派出所、街道三个地方，最后还是没能开出来。这样的遭遇，相信不少人都不陌生。",
"这些年，各地持续开展“减证便民”行动，大量奇葩证明、循环证明被取消。但在一些具体环节，“证明”仍然以各种面目出现：换个名称叫“情况说明”，换个形式让群众“自行承诺并提供佐证”。",
"问题的根子，在于部门之间的数据没有真正打通，一些工作人员怕担责任，宁愿多要一份材料“留痕”。说到底，是把本应由部门承担的核查责任转嫁给了群众。",
"破解这一问题，一方面要加快政务数据共享，能通过系统查验的一律不再让群众提供；另一方面要全面推行告知承诺制，对群众作出的承诺加强事中事后核查，对虚假承诺依法惩戒。",
"便民不是口号。每少开一张证明，群众就少跑一趟腿。希望有关部门多站在群众角度想一想，让“证明”不再成为群众办事的绊脚石。",
],
tpl='''<header><b>晋阳观察</b><nav><ul><li>首页</li><li>评论</li><li>时政</li><li>社会</li></ul></nav><div>登录 | 注册</div></header>
<div class="wrap"><article><p>首页 &gt; 评论 &gt; 观察者说</p>
<h1>别让“证明”再绊住群众的脚</h1>
<div class="info"><span>2025-2-7</span><span>作者：石　磊</span><span>来源：晋阳观察</span></div>
{{BODY}}
<p>（作者系本报评论员）</p><p>责任编辑：胡燕</p></article>
<aside><h3>评论排行</h3><p>“村超”为何能火出圈</p><p>城市更新要留住烟火气</p></aside></div>
<footer>晋阳观察 版权所有　晋ICP备15006632号</footer>''')

add(id="ry-22", style="portal", doctitle="川西都市报 - 岷乐高速扩容工程进入桥梁架设阶段",
title="岷乐高速扩容工程进入桥梁架设阶段", authors=["马骁", "尼玛次仁"], time="2025-08-26 09:00",
body=[
"8月25日，随着一片长40米、重约160吨的预制T梁被稳稳架设到位，岷乐高速扩容工程青岗段首座特大桥进入上部结构施工阶段。",
"岷乐高速扩容工程全长约120公里，将现有的双向四车道扩建为双向八车道，是四川省“十四五”期间重点建设项目之一。项目建成后，岷川至乐川的通行时间将缩短约20分钟。",
"据施工方介绍，为减少对既有道路通行的影响，项目采取“边通车、边施工”模式，在施工区段设置了智能交通诱导系统，实时发布路况信息。",
"目前，项目已完成路基土石方约70%，桥梁桩基施工完成约85%。按照计划，工程将于2026年底全线建成通车。",
"施工期间，部分路段实行限速和临时改道，交通管理部门提醒过往驾驶人注意观察标志标线，谨慎驾驶。",
("byline", "记者 马　骁 尼玛次仁"),
],
tpl='''<div class="top"><span>川西都市报官方网站</span><span>客户端下载 | 报料热线：028-86690110</span></div>
<div class="head">川西都市报</div>
<div class="menu"><a href="#">首页</a><a href="#">成都</a><a href="#">四川</a><a href="#">交通</a></div>
<div class="crumb">首页 &gt; 四川 &gt; 交通</div>
<div class="main"><h1>岷乐高速扩容工程进入桥梁架设阶段</h1>
<div class="meta">2025-08-26 09:00　来源：川西都市报　阅读：4.6万</div>
<div class="art">{{BODY}}</div>
<p>编辑 刘洋　审核 陈诚</p>
<p>上一篇：岷川地铁新线开通首日客流超20万人次<br>下一篇：全省今年新改建农村公路1.2万公里</p></div>
<div class="foot">川西都市报社　蜀ICP备07017362号　川公网安备 51010702000734号</div>''')

add(id="ry-23", style="grid", doctitle="椰城晚报 | 琼澜：夜间经济点亮城市",
title="夜市经济点亮滨海城市", authors=["陈琳"], time="2025-05-12 20:16:08",
body=[
"夜幕降临，琼澜市骑楼老街华灯初上。清补凉、椰子鸡、糟粕醋火锅的香味飘满街巷，游客和市民摩肩接踵，好不热闹。",
"“晚上人比白天还多，一晚能卖五六百碗清补凉。”摊主吴阿姨一边忙着打包一边说，她在这里摆摊已经第六年了。",
"今年以来，琼澜市推出“夜琼澜”系列活动，在骑楼老街、滨海公园、万绿园等地打造10个特色夜间消费集聚区，推出夜游、夜食、夜购、夜娱等活动300余场。",
"为方便市民夜间出行，市公交集团新开通4条夜班公交线路，运营时间延长至次日凌晨1点；周边停车场夜间也实行优惠收费。",
"商务部门数据显示，今年一季度，全市夜间消费额同比增长22.7%，占全天消费额的比重超过三成。",
"不过，夜市火爆也带来了噪音、油烟和垃圾问题。对此，骑楼老街所在的中山街道组织商户签订文明经营承诺书，并安排保洁员在夜间每两小时清扫一次。",
("byline", "陈　琳　文/图"),
],
tpl='''<header><b>椰城晚报</b><nav><ul><li>首页</li><li>琼澜</li><li>消费</li><li>旅游</li></ul></nav><div>登录</div></header>
<div class="wrap"><article><p class="kicker">“夜琼澜”系列报道之一</p>
<h1>夜市经济点亮滨海城市</h1>
<p class="sub">一季度夜间消费额同比增长22.7%</p>
<div class="info"><span>椰城晚报</span><span>2025-05-12 20:16:08</span></div>
{{IMG}}<p class="cap">骑楼老街夜市人气旺。</p>
{{BODY}}
<p>编辑：黎　静</p></article>
<aside><h3>相关</h3><p>琼澜新增夜班公交线路</p></aside></div>
<footer>椰城晚报社　琼ICP备11001634号</footer>''')

add(id="ry-24", style="portal", doctitle="潮涌网 | 钱澜湾大桥通车后首个“五一”车流量创新高",
title="钱澜湾跨海通道“五一”车流量创新高", authors=[], time="2025年5月6日 17:45",
body=[
"潮涌网讯 记者6日从省交通运输厅获悉，“五一”假期五天，全省高速公路累计通行车辆1682万辆次，同比增长9.3%，其中跨海通道日均车流量达到11.4万辆次，创历史新高。",
"假期首日出行高峰明显，5月1日全省高速公路流量达到398万辆次，单日流量再创新高。为缓解拥堵，交通、公安部门在重点收费站、服务区增派人员，启用应急车道引导车辆通行。",
"服务区方面，全省高速公路服务区共新增临时充电桩420个，保障新能源汽车充电需求。数据显示，假期新能源汽车通行量占比达到18%。",
"铁路方面，假期全省铁路累计发送旅客612万人次，钱澜湾城际铁路加开夜间列车，日均客流较平日增长四成。",
"省交通运输厅提醒，节后返程高峰已过，但周末部分路段仍可能出现车流量较大情况，建议驾乘人员错峰出行，合理规划路线。",
("byline", "来源：潮涌网"),
],
tpl='''<div class="top"><span>潮涌网</span><span>移动版 | 无障碍</span></div>
<div class="head">潮涌网 <input placeholder="请输入关键词"></div>
<div class="menu"><a href="#">首页</a><a href="#">浙江</a><a href="#">交通</a><a href="#">图片</a></div>
<div class="crumb">潮涌网 &gt; 浙江频道 &gt; 交通</div>
<div class="main"><h1>钱澜湾跨海通道“五一”车流量创新高</h1>
<div class="meta">2025年5月6日 17:45　<a href="#">分享</a>　<a href="#">收藏</a></div>
<div class="art">{{BODY}}</div>
<p>责任编辑：许晨阳</p></div>
<div class="foot">潮涌网 版权所有　浙ICP备06031271号　浙公网安备 33010802001286号</div>''')
