# Media pages uh-13 .. uh-24: central/provincial/city media, portals, TV/radio; uh-20, uh-23 in English.
from build import img
K = "media"
PAGES = []

PAGES.append(dict(  # uh-13 吉林 provincial news portal, 2018, 新华社 style lead in paragraph
 id="uh-13", kind=K, indent="\u3000\u3000",
 title="吉林西部河湖连通工程累计修复湿地超过200万亩",
 authors=["周立新", "高宇"], publish_time="2026-08-17 07:58",
 top=['<div class="wrap"><b>吉林新闻网</b> <a>要闻</a> <a>吉林</a> <a>时政</a> <a>经济</a> <a>社会</a> <a>文旅</a> <a>视频</a> <a>专题</a></div>',
      '<div class="wrap"><a>登录</a> <a>注册</a> <input placeholder="搜索新闻"></div>'],
 crumb='<div class="wrap">吉林新闻网 &gt; 吉林要闻 &gt; 正文</div>',
 info='<div class="info">2026-08-17 07:58　来源：新华社　　</div>',
 blocks=[
  ("p", "新华社长春8月16日电（记者周立新、高宇）记者从吉林省水利厅获悉，自河湖连通工程实施以来，吉林西部地区已累计修复湿地超过200万亩，向霍林河、嫩江沿线200余个湖泡引水补水，区域生态环境明显改善。"),
  ("p", "吉林西部曾是土地盐碱化、沙化较为严重的地区。近年来，当地通过引洪入泡、疏浚河道、修建节制闸等措施，把洪水资源转化为生态用水，昔日干涸的泡沼重新碧波荡漾。"),
  ("p", "在白城市镇赉县，每年春秋两季，数以万计的白鹤、东方白鹳等候鸟在此停歇。当地护鸟员说，近几年来这里停歇的白鹤数量逐年增加，最多时一天能看到上千只。"),
  ("p", "监测数据显示，与工程实施前相比，吉林西部地区地下水位平均回升0.5米左右，芦苇、香蒲等湿地植物面积明显扩大，鱼类和鸟类种群数量持续增加。"),
  ("p", "据介绍，下一步吉林将继续推进河湖水系连通和盐碱地综合治理，力争到2030年再修复湿地50万亩。"),
 ],
 after=['<div>【纠错】 <span>责任编辑：李可</span></div>', '<div class="rel"><h4>相关阅读</h4><ul><li>向海湿地迎来候鸟迁徙高峰</li><li>查干湖冬捕即将开始</li></ul></div>'],
 foot=['<p>吉林新闻网版权所有 未经许可不得转载</p>', '<p>互联网新闻信息服务许可证：22120170001 吉ICP备10002233号</p>'],
))

PAGES.append(dict(  # uh-14 广东 city daily website 2024, 文/ byline, 南方+ style
 id="uh-14", kind=K, indent="",
 title="珠江口首条跨海地铁隧道实现双线贯通",
 authors=["陈诗雨", "梁浩"], publish_time="2026-06-03 21:45",
 top=['<header class="wrap"><b>珠城晚报</b> 数字报 | 客户端 | 微博 | 抖音</header>',
      '<nav class="wrap">首页 珠城 湾区 财经 体育 文娱 健康 教育 评论</nav>'],
 crumb='',
 info='<div class="info"><span>珠城晚报</span> <span>2026-06-03 21:45</span> <span>文/珠城晚报记者 陈诗雨 通讯员 梁浩</span></div>',
 blocks=[
  ("p", "6月3日上午，随着盾构机刀盘破土而出，珠城地铁18号线跨海段隧道右线顺利贯通。至此，珠江口首条跨海地铁隧道实现双线贯通，为年底全线通车打下坚实基础。"),
  ("p", "该隧道全长约5.6公里，最深处位于海平面以下45米，穿越软土、砂层和硬岩等复杂地层。项目总工程师介绍，施工中采用了自主研发的超大直径泥水平衡盾构机，并首次应用智能掘进系统，实时监测刀盘磨损和地层变化。"),
  ("h", "攻克“海底换刀”难题"),
  ("p", "在海底带压换刀，是跨海隧道施工中风险最高的作业之一。“工人要在高压舱里作业，每次只能工作两个小时。”盾构机长说，项目团队累计完成带压换刀120余次，未发生一起安全事故。"),
  ("h", "通车后半小时跨越两岸"),
  ("p", "18号线全线通车后，从珠城东站到对岸新区的时间将由现在的1个半小时缩短到30分钟左右，进一步加快湾区“一小时生活圈”建设。"),
  ("img", "盾构机破土而出", "盾构机顺利出洞。珠城晚报记者 何伟 摄"),
 ],
 after=['<div>编辑：刘静　校对：张敏</div>', '<div class="share">分享到 微信 朋友圈 微博</div>', '<div><h4>热门推荐</h4><ul><li>端午假期珠城迎客超300万人次</li><li>全市中考6月20日开考</li></ul></div>'],
 foot=['<p>珠城晚报社主办 粤ICP备06001234号 互联网新闻信息服务许可证44120180009</p>'],
))

PAGES.append(dict(  # uh-15 陕西 TV station site, video page with 记者 line, old 2014 table
 id="uh-15", kind=K, layout="table", indent="",
 title="西安至延安高铁全线铺轨完成",
 authors=["王珂", "李佳"], publish_time="2026年09月12日 19:36",
 top=['<table width="1000" align="center"><tr><td><b>秦川网络广播电视台</b></td><td>首页 | 新闻 | 直播 | 点播 | 节目单 | 主持人</td></tr></table>'],
 crumb='<b>秦川新闻</b> &gt; 本台消息',
 side=['<b>节目表</b><br>19:00 陕西新闻联播<br>19:35 今日点击<br>20:00 秦川剧场'],
 info='<table><tr><td>2026年09月12日 19:36</td><td>来源：陕西新闻联播</td><td>点击：2345</td></tr></table>',
 pre='<p>[视频播放器]</p><p>播放 00:00 / 02:48</p>',
 blocks=[
  ("p", "今天，西安至延安高速铁路最后一根长钢轨在延安新区段精准落位，标志着西延高铁全线铺轨完成，工程建设进入联调联试阶段。"),
  ("p", "西延高铁线路全长约299公里，设计时速350公里，是国家“八纵八横”高铁网包（银）海通道的重要组成部分。线路穿越黄土高原沟壑区，全线桥隧比超过80%。"),
  ("p", "中铁建设单位负责人：“黄土隧道最怕的就是水，我们采用了超前探测和分段注浆技术，确保了隧道施工安全。”"),
  ("p", "记者在铺轨现场看到，长轨铺设机组将一对对500米长的钢轨平稳放置在轨道板上，工人们随即进行锁定、焊接和精调作业。据介绍，全线共铺设长钢轨约1200公里，焊接接头精度控制在0.2毫米以内。"),
  ("p", "全线通车后，西安到延安的最快旅行时间将由现在的2个多小时缩短至1小时左右，对促进陕北革命老区振兴发展具有重要意义。"),
  ("x", "<p>记者：王 珂 李佳</p>"),
  ("x", "<p>编辑：赵芳</p>"),
 ],
 after=['<p>相关视频：</p><ul><li>西延高铁最长隧道贯通</li><li>延安新区站主体完工</li></ul>'],
 foot=['<p>秦川网络广播电视台 版权所有 信息网络传播视听节目许可证：2705123 陕ICP备11002299号</p>'],
))

PAGES.append(dict(  # uh-16 贵州 provincial portal 2025 responsive: headline two lines; author "记者 X" in info
 id="uh-16", kind=K, indent="",
 title="贵州桥梁博物馆开馆百余座“世界级”桥梁模型集中亮相",
 headline_html='<h1>贵州桥梁博物馆开馆<br>百余座“世界级”桥梁模型集中亮相</h1>',
 authors=["潘丽娟"], publish_time="2026.05.01 10:12",
 top=['<div class="wrap"><b>多彩贵州网</b> <a>首页</a> <a>新闻</a> <a>时政</a> <a>旅游</a> <a>文化</a> <a>理论</a> <a>贵州手机报</a></div>'],
 crumb='<div class="wrap">首页 &gt; 新闻 &gt; 贵州新闻</div>',
 info='<div class="info">记者 潘丽娟 · 多彩贵州网 · 2026.05.01 10:12</div>',
 blocks=[
  ("p", "5月1日，位于花溪区的贵州桥梁博物馆正式开馆。博物馆以“桥见贵州”为主题，通过模型、影像、实物和互动装置，集中展示了贵州从“地无三里平”到“桥梁博物馆”的跨越历程。"),
  ("p", "馆内共展出桥梁模型112座，其中包括世界最高桥北盘江第一桥、世界最大跨径山区悬索桥等。在一座按1∶200比例制作的悬索桥模型前，不少游客驻足拍照。"),
  ("q", "“过去过河要靠溜索和渡船，现在一座座大桥把天堑变成了通途。”一位来自毕节的老工程师在参观后感慨。"),
  ("p", "博物馆还设有互动体验区，游客可以通过虚拟现实设备“走上”正在施工的大桥，体验建设者在数百米高空作业的场景。讲解员介绍，开馆首日预约人数已超过5000人。"),
  ("p", "据了解，贵州目前已建成和在建的公路桥梁超过3万座，世界高桥前100名中近一半在贵州。博物馆开馆期间免费预约参观，每周一闭馆。"),
 ],
 after=['<div>编辑：徐莉 二审：何平 三审：张军</div>', '<div>扫码下载 天眼新闻APP</div>'],
 foot=['<p>多彩贵州网有限责任公司 版权所有</p>', '<p>黔ICP备11001122号 黔公网安备52010302000888号</p>'],
))

PAGES.append(dict(  # uh-17 central media commentary page: 作者 and 来源 in info, author with unit
 id="uh-17", kind=K, indent="\u3000\u3000",
 title="让县域商业体系更好连接城乡",
 authors=["何静怡"], publish_time="2026年07月29日05:21",
 top=['<div class="wrap"><b>中华观察网</b> 首页 | 时政 | 评论 | 经济 | 国际 | 军事 | 文化 | 图片</div>', '<div class="wrap"><a>手机版</a> <a>英文</a></div>'],
 crumb='<div class="wrap">中华观察网 &gt;&gt; 观点 &gt;&gt; 评论</div>',
 info='<div class="info">2026年07月29日05:21 | 来源：经济时报 | <a>小字号</a></div>',
 headline_html='<h1>让县域商业体系更好连接城乡</h1><p class="author" style="text-align:center">何静怡</p>',
 blocks=[
  ("p", "县域是连接城市和乡村的枢纽，县域商业体系是畅通城乡经济循环的重要载体。近年来，各地加快补齐县域商业短板，农村电商、快递进村、冷链物流等快速发展，农民“买得到、卖得出”的问题有了明显改善。"),
  ("p", "也要看到，县域商业仍存在网点布局不均衡、物流成本偏高、服务质量参差不齐等问题。一些偏远村庄的快递仍要到镇上自取，一些农产品因缺乏冷链而难以远销。"),
  ("p", "推动县域商业高质量发展，要注重系统谋划。一方面，要完善县乡村三级物流配送体系，推动邮政、快递、供销、商贸等资源共享共用；另一方面，要支持商贸企业向乡镇下沉，改造提升乡镇商贸中心，更好满足农民消费升级需求。"),
  ("p", "县域商业做得好，城乡要素流动才更顺畅，农民增收和扩大内需才能相互促进。（作者单位：某省社会科学院）"),
 ],
 after=['<div>（责编：吴明、刘然）</div>', '<div>分享让更多人看到</div>', '<div><b>推荐阅读</b><ul><li>农村消费潜力持续释放</li></ul></div>'],
 foot=['<p>中华观察网版权所有，未经书面授权禁止使用 京ICP证000000号</p>'],
))

PAGES.append(dict(  # uh-18 吉林 city media app share page (mobile)
 id="uh-18", kind=K, indent="",
 css=".wrap{max-width:640px}.open{background:#c00;color:#fff;text-align:center}",
 title="长春这个老旧小区加装了18部电梯",
 authors=["于洋"], publish_time="10-15 18:06",
 top=['<div class="wrap open">打开长春日报客户端，阅读体验更佳 <a>打开</a></div>'],
 crumb='',
 info='<div class="wrap info">于洋 长春日报 10-15 18:06</div>',
 blocks=[
  ("p", "“以前买菜回来要歇两三次才能爬到六楼，现在一按按钮就到家了。”10月15日，家住朝阳区红旗街道某小区的78岁居民刘大爷高兴地说。"),
  ("p", "该小区建于上世纪90年代，共有住宅楼9栋，60岁以上老人占比超过四成。今年，街道、社区和施工企业多次入户征求意见，采取“政府补一点、居民出一点、企业让一点”的方式，为小区加装电梯18部。"),
  ("p", "社区党委书记介绍，加装电梯最难的是协调低层住户。社区组织召开楼栋协商会30余场，最终通过对低层住户给予适当补偿等方式达成一致。"),
  ("p", "电梯投入使用后，社区还组建了“电梯管家”志愿服务队，定期检查电梯运行情况，并协调物业公司落实日常维保，确保老人们用得放心、用得安心。"),
  ("p", "据了解，今年长春市计划完成老旧小区改造项目200个，新增加装电梯300部以上。"),
 ],
 after=['<div class="wrap">责编：王岩</div>', '<div class="wrap">已有3218人阅读 · 点赞 52</div>', '<div class="wrap">相关推荐<ul><li>冬季供热今日开始试运行</li><li>长春地铁6号线最新进展</li></ul></div>', '<div class="wrap open">下载长春日报APP 看更多新闻</div>'],
 foot=['<p>长春日报社 © 2026</p>'],
))

PAGES.append(dict(  # uh-19 广东 radio station site, 2012 layout, 通讯员 and closing bracket byline
 id="uh-19", kind=K, layout="table-right", indent="\u3000\u3000",
 title="湛江海上风电项目首批风机并网发电",
 authors=["郑佳", "黄小勇"], publish_time="2026-03-28",
 top=['<table width="980" align="center"><tr><td><b>南海之声广播网</b></td><td align="right">收听直播 | 节目回听 | 主持人 | 关于我们</td></tr></table>',
      '<table width="980" align="center"><tr><td>新闻</td><td>交通</td><td>音乐</td><td>财经</td><td>城市</td></tr></table>'],
 crumb='您的位置：首页 - 新闻频道 - 本地新闻',
 side=['<b>正在直播</b><br>FM 95.6 早高峰路况<br><b>排行</b><br>1. 雷州半岛迎来降雨<br>2. 湛江港吞吐量再创新高'],
 info='<p>南海之声广播网　2026-03-28　【<a>大</a> <a>中</a> <a>小</a>】</p>',
 blocks=[
  ("p", "3月27日晚，位于湛江徐闻以东海域的外罗海上风电二期项目首批6台风机顺利并网发电。项目全部投产后，年上网电量可达18亿千瓦时，每年可节约标准煤约55万吨。"),
  ("p", "该项目共安装单机容量8.5兆瓦的风机40台，是目前粤西地区单机容量最大的海上风电项目。由于项目所在海域水深较浅、海况复杂，施工团队采用了自升式安装平台，大大提高了施工效率。"),
  ("p", "项目负责人说：“我们要在台风季到来之前完成全部风机安装，目前各项工作都在按计划推进。”"),
  ("p", "据了解，海上风电项目还将带动当地装备制造、港口运输和运维服务等产业发展。目前，湛江已引进风电整机、叶片、塔筒等产业链企业十余家，一个百亿级海上风电产业集群正在加快形成。"),
  ("p", "近年来，湛江大力发展海上风电、光伏等清洁能源，能源结构持续优化。（记者 郑佳 通讯员 黄小勇）"),
 ],
 after=['<p>编辑：林芳</p>', '<p>【<a>打印本页</a>】【<a>关闭窗口</a>】</p>'],
 foot=['<p>南海之声广播网 版权所有 粤ICP备09012345号</p>'],
))

PAGES.append(dict(  # uh-20 English page of a Chinese outlet (Guangdong), By-line
 id="uh-20", kind=K, lang="en", indent="",
 title="Shenzhen startups bet on low-altitude delivery drones",
 authors=["Lin Xiaomei", "Tom Harper"], publish_time="2026-09-24 15:40",
 top=['<div class="wrap"><b>Greater Bay Daily</b> HOME | CHINA | BAY AREA | BUSINESS | TECH | CULTURE | OPINION | VIDEO</div>', '<div class="wrap"><a>中文</a> <input placeholder="Search"></div>'],
 crumb='<div class="wrap">Home / Business / Tech</div>',
 info='<div class="info">By Lin Xiaomei and Tom Harper | Greater Bay Daily | Updated: 2026-09-24 15:40</div>',
 blocks=[
  ("p", "In a residential district of Shenzhen's Nanshan, a drone the size of a suitcase lowers a box of bubble tea onto a landing pad on the roof of a community center. The order was placed eight minutes earlier."),
  ("p", "Such scenes are becoming routine as dozens of startups in the city race to turn the so-called low-altitude economy into a business. Local authorities say more than 600,000 drone delivery flights were completed in Shenzhen last year, up from about 420,000 a year earlier."),
  ("p", "\"The technology is ready. The question now is cost,\" said Zhao Ming, chief executive of a logistics drone company founded in 2021. He said each delivery still costs about twice as much as one by motorbike courier, but that gap is closing as more routes open."),
  ("h", "Rules catching up"),
  ("p", "Regulators have opened more airspace corridors below 120 meters and simplified approval procedures for routes over parks and waterways. Analysts warn, however, that noise, safety and privacy concerns could slow expansion into dense housing estates."),
 ],
 after=['<div>Editor: Wang Qian</div>', '<div>Related stories<ul><li>Bay Area airports handle record traffic</li><li>New energy vehicle exports rise</li></ul></div>'],
 foot=['<p>Copyright 2026 Greater Bay Daily. All rights reserved. 粤ICP备12034567号</p>'],
))

PAGES.append(dict(  # uh-21 陕西 city newspaper portal 2020: 本报讯 byline in paragraph
 id="uh-21", kind=K, indent="\u3000\u3000",
 title="宝鸡：猕猴桃出口首次突破万吨",
 authors=["韩雪", "冯小军"], publish_time="2026-10-30 09:15:22",
 top=['<div class="wrap"><b>宝鸡新闻网</b> 宝鸡日报社主办</div>', '<div class="wrap">首页 · 本地 · 县区 · 民生 · 视频 · 图片 · 数字报</div>'],
 crumb='<div class="wrap">当前位置：首页 &gt; 本地新闻</div>',
 info='<div class="info">来源：宝鸡日报　作者：韩雪　发布时间：2026-10-30 09:15:22</div>',
 blocks=[
  ("p", "本报讯（记者 韩雪 通讯员 冯小军）记者从宝鸡海关获悉，今年1至10月，我市猕猴桃出口量达到1.08万吨，同比增长32%，出口量首次突破万吨，产品远销东南亚、中东和欧洲等20多个国家和地区。"),
  ("p", "眉县是全国知名的猕猴桃产区。近年来，当地积极推广标准化种植和冷链贮藏技术，建成出口猕猴桃备案种植基地46个，面积超过5万亩。海关部门为出口企业提供“一对一”指导，实行“即报即检、随到随检”，通关时间压缩至半天以内。"),
  ("p", "“今年我们的订单比去年多了三成，新开拓了阿联酋和荷兰市场。”一家果业公司负责人说。"),
  ("p", "为了保证果品品质，果农们严格按照出口标准管理果园，从疏花疏果到套袋采摘，每个环节都有专人指导。不少果农还安装了水肥一体化设备，实现了科学种植。"),
  ("p", "下一步，我市将继续支持企业开展国际认证、参加境外展会，进一步擦亮宝鸡猕猴桃金字招牌。"),
 ],
 after=['<div>编辑：孙雯</div>', '<div>上一篇：我市秋季征兵工作圆满完成　下一篇：宝鸡城区新增5条公交线路</div>'],
 foot=['<p>宝鸡日报社版权所有 陕ICP备08001122号 互联网新闻信息服务许可证：61120170003</p>'],
))

PAGES.append(dict(  # uh-22 贵州 TV news site 2022: reporter + camera person (摄像 not author)
 id="uh-22", kind=K, indent="",
 title="黔东南“村超”第三季开赛 200支球队同场竞技",
 authors=["杨梅"], publish_time="2026-06-06 22:10:05",
 top=['<div class="wrap"><b>贵州广播电视台 · 动静新闻</b> <a>直播</a> <a>新闻</a> <a>栏目</a> <a>活动</a></div>'],
 crumb='<div class="wrap">首页 / 新闻 / 本地</div>',
 info='<div class="info"><p>2026-06-06 22:10:05</p><p>记者：杨梅　摄像：龙文</p></div>',
 blocks=[
  ("p", "6月6日晚，黔东南州榕江县城北新区体育场人声鼎沸，“村超”第三季正式开赛。来自全县及周边地区的200支乡村足球队将在接下来的两个多月里展开角逐。"),
  ("p", "开幕式上，侗族大歌、苗族芦笙舞等民族文化表演轮番上演，全场观众跟着节奏一起挥舞手臂。来自广州的游客说：“就是冲着这种氛围来的，比看职业联赛还过瘾。”"),
  ("p", "今年的“村超”增设了青少年组和女子组比赛，同时推出“村超+非遗”“村超+美食”系列活动。赛事期间，县城酒店入住率已超过九成。"),
  ("p", "首场比赛在口寨村队和车江村队之间展开。双方球员大多是当地的农民、教师和个体户，比赛中你来我往，每一次射门都引来看台上阵阵欢呼。最终，口寨村队以2比1取胜。"),
  ("p", "据统计，“村超”开办以来，榕江县累计接待游客超过1500万人次，带动旅游综合收入逾百亿元。"),
 ],
 after=['<div>责任编辑：石丹</div>', '<div>扫一扫，下载动静APP</div>', '<div>热门<ul><li>黔东南迎来旅游旺季</li></ul></div>'],
 foot=['<p>贵州广播电视台版权所有 黔ICP备05000111号 信息网络传播视听节目许可证 2405006</p>'],
))

PAGES.append(dict(  # uh-23 English wire copy from Chinese outlet (Jilin), only source -> []
 id="uh-23", kind=K, lang="en", indent="",
 title="Jilin's ice and snow season opens with record bookings",
 authors=[], publish_time="2026-11-28 14:02:17",
 top=['<div class="wrap"><b>China Northeast Online</b> | News | Business | Travel | Photos</div>'],
 crumb='<div class="wrap">Home &gt; News &gt; Jilin</div>',
 info='<div class="info">Source: Xinhua | 2026-11-28 14:02:17 | Editor: Zhang Yue</div>',
 blocks=[
  ("p", "CHANGCHUN, Nov. 28 (Xinhua) -- Northeast China's Jilin Province officially opened its 2026-2027 ice and snow tourism season on Friday, with hotel bookings in major ski resorts reaching a record high."),
  ("p", "The province has 56 ski resorts, and several of them in Jilin City and the Changbai Mountain area started operation in mid-November, weeks earlier than usual thanks to early snowfall and improved snowmaking equipment."),
  ("p", "According to the provincial department of culture and tourism, bookings for the New Year holiday rose by about 25 percent year on year, with a growing share of visitors from southern China and abroad."),
  ("p", "Apart from skiing, the season's program includes rime viewing along the Songhua River, winter fishing at Chagan Lake and a series of ice lantern shows."),
 ],
 after=['<div>Share: Facebook | X | WeChat</div>'],
 foot=['<p>Copyright China Northeast Online. All rights reserved. 吉ICP备10004567号</p>'],
))

PAGES.append(dict(  # uh-24 广东 portal with 原标题 and 来源 line, 2016 design; 作者 field
 id="uh-24", kind=K, indent="\u3000\u3000",
 title="佛山一制造企业用AI质检 产品不良率下降六成",
 authors=["梁嘉欣"], publish_time="2026年02月26日 16:47",
 top=['<div class="wrap"><b>岭南网</b> 新闻 财经 科技 汽车 房产 教育 健康 旅游 | <a>登录</a></div>'],
 crumb='<div class="wrap">岭南网 &gt; 科技 &gt; 正文</div>',
 info='<div class="info">2026年02月26日 16:47　来源：佛山新闻网　作者：梁嘉欣　<a>参与评论(12)</a></div>',
 blocks=[
  ("x", "<p>原标题：一个“AI质检员”能顶二十个人</p>"),
  ("p", "在佛山顺德一家家电配件生产企业的车间里，一条生产线末端的摄像头每秒钟拍下数十张照片，后台系统在0.1秒内就能判断零件是否存在划痕、缺角等缺陷。"),
  ("p", "“以前靠人工目检，二十多个人三班倒，还是会有漏检。”企业生产负责人说，去年引入AI视觉质检系统后，产品不良率下降了六成，质检人员转岗到设备维护和工艺改进岗位。"),
  ("p", "这套系统由本地一家科技公司研发。公司技术总监介绍，他们用了半年时间采集了超过50万张缺陷样本图片来训练模型，目前识别准确率达到99.5%以上。"),
  ("p", "据测算，引入AI质检系统后，该企业每年可节省人工成本300多万元，客户投诉率也下降了一半以上。目前，企业正计划把这套系统推广到其他三条生产线。"),
  ("p", "近年来，佛山大力推动制造业数字化智能化转型，已有超过4000家规上工业企业完成数字化改造。"),
 ],
 after=['<div>[责任编辑：罗丹]</div>', '<div>分享到：QQ空间 新浪微博 微信</div>', '<div><b>相关新闻</b><ul><li>广东发布制造业数字化转型新政</li></ul></div>'],
 foot=['<p>岭南网 版权所有 粤ICP备10023456号 粤公网安备 44010402000123号</p>'],
))
