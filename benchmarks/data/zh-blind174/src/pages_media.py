# Media pages ts-13 .. ts-24 (ts-23, ts-24 English)
K = "media"
PAGES = [
dict(id="ts-13", kind=K, lang="zh", title=["吉林：春耕物资储备充足 黑土地保护性耕作面积再扩大"],
 authors=["赵雪松"], time="2025-04-09 07:58:12",
 css=".hd{background:#b00;color:#fff}.info{color:#888}",
 head="<div class=\"hd\">吉林新闻网 <a href=\"#\">登录</a> <a href=\"#\">注册</a> <a href=\"#\">客户端下载</a></div>",
 nav="<div><a href=\"#\">首页</a> <a href=\"#\">吉林</a> <a href=\"#\">国内</a> <a href=\"#\">财经</a> <a href=\"#\">三农</a> <a href=\"#\">视频</a> <a href=\"#\">评论</a></div>",
 crumb="<div><a href=\"#\">吉林新闻网</a> &gt; <a href=\"#\">三农</a> &gt; 正文</div>",
 info="<div class=\"info\">2025-04-09 07:58:12　来源：吉林日报　记者：赵雪松</div>",
 body="""
P 本报讯 眼下，吉林省各地春耕备耕工作有序推进。记者从省农业农村厅获悉，截至4月8日，全省化肥、种子、农药等农资到位率均超过85%，保障春播生产需要。
P 今年，吉林省计划实施黑土地保护性耕作面积4000万亩以上，比上年增加150万亩。在梨树、公主岭、农安等重点县，秸秆覆盖免耕播种机已完成检修调试，随时可以下地作业。
P “今年合作社又流转了300亩地，全部采用‘梨树模式’。”公主岭市一家农机合作社理事长孙德才告诉记者，保护性耕作让土壤有机质含量逐年提高，玉米亩产比传统耕作高出8%左右。
H 农技服务送到田间地头
P 全省组织1.2万名农技人员下沉一线，开展春耕技术指导，重点推广玉米密植高产精准调控、大豆玉米带状复合种植等技术。
P 省农业农村厅有关负责人表示，将密切关注天气变化，及早做好低温冷害等灾害防范准备，确保春播质量。
X 责任编辑：宋佳
""",
 after="<div>分享到：<a href=\"#\">微信</a><a href=\"#\">微博</a><a href=\"#\">QQ</a></div><div><h4>相关新闻</h4><ul><li><a href=\"#\">长春市启动2025年春季植树造林</a></li><li><a href=\"#\">吉林玉米单产提升工程扩面增效</a></li></ul></div>",
 foot="<div>吉林新闻网 版权所有 未经授权禁止复制 互联网新闻信息服务许可证：22120180009<br>吉ICP备08001327号 吉公网安备22010402000601号 违法和不良信息举报电话：0431-88600319</div>"),

dict(id="ts-14", kind=K, lang="zh", title=["福州地铁6号线东延段", "完成全部主体结构施工"],
 authors=["陈明峰", "许志坚"], time="2025.03.27", info_pos="before",
 css="body{background:#f4f4f4}.logo{color:#0066cc;font-size:28px}.m{max-width:1100px;margin:auto}",
 head="<div class=\"m\"><span class=\"logo\">福州新闻网</span> <a href=\"#\">福州日报</a> <a href=\"#\">福州晚报</a> <a href=\"#\">e福州</a></div>",
 nav="<div class=\"m\"><a href=\"#\">首页</a> <a href=\"#\">榕城</a> <a href=\"#\">区县</a> <a href=\"#\">民生</a> <a href=\"#\">教育</a> <a href=\"#\">健康</a></div>",
 crumb="", above="<div class=\"kicker\">榕城 / 城建</div>",
 info="<div class=\"c\">2025.03.27 09:14 · 福州日报</div>",
 body="""
X 福州日报记者 陈明峰 通讯员 许志坚
P 26日，随着最后一段顶板混凝土浇筑完成，福州地铁6号线东延段全部车站和区间主体结构施工完成，工程转入机电设备安装和装修阶段。
P 6号线东延段全长约7.9公里，设车站4座，串联起滨海新城核心区和临空经济区。项目建设过程中，施工方先后克服软土地层深、地下水位高等难题，采用“盾构+明挖”组合工法，确保工程安全推进。
I 施工现场|东延段某车站施工现场。许志坚 摄
P “我们在全国率先将智能监测平台应用于软土地区深基坑施工，基坑变形数据实时上传，一旦超过预警值自动报警。”项目总工程师黄建平介绍。
P 沿线居民对工程进展十分关注。家住滨海新城的市民林先生说：“现在每天开车进城要一个多小时，盼着地铁早点通车。”
P 据悉，东延段计划于今年下半年开展轨道铺设，力争2026年具备试运行条件。建成后，市民从滨海新城到长乐机场的时间将缩短至15分钟左右。
""",
 after="<p>【编辑：林燕 审核：郑晓东】</p><div><b>热门推荐</b><ol><li><a href=\"#\">福州今年将新建改造口袋公园50个</a></li><li><a href=\"#\">三坊七巷春季游客量同比增长</a></li></ol></div>",
 foot="<div>福州新闻网版权所有 闽ICP备05023472号 互联网新闻信息服务许可证编号：35120170012</div>"),

dict(id="ts-15", kind=K, lang="zh", title=["湖南卫视新春特别节目收官 全平台触达超3亿人次"],
 authors=["刘星宇"], time="2025-02-13 18:40",
 css=".tv{background:#111;color:#fc0}.tag{background:#fc0;color:#111;padding:0 4px}",
 head="<div class=\"tv\">芒果TV · 湖南广播电视台 官方网站 <a href=\"#\">直播</a> <a href=\"#\">点播</a> <a href=\"#\">节目单</a></div>",
 nav="<div><a href=\"#\">首页</a> <a href=\"#\">新闻</a> <a href=\"#\">综艺</a> <a href=\"#\">电视剧</a> <a href=\"#\">台内动态</a></div>",
 crumb="<div>首页 / 台内动态 / 详情</div>",
 info="<div><span class=\"tag\">台内动态</span> 刘星宇 | 2025-02-13 18:40</div>",
 body="""
P 2月12日晚，湖南卫视新春特别节目《元宵喜乐会》播出，为今年新春系列节目画上句号。据统计，湖南卫视新春系列节目全平台累计触达用户超3亿人次，相关话题阅读量突破25亿。
P 今年的新春系列节目以“家国团圆”为主线，先后推出春节联欢晚会、元宵喜乐会以及《新春走基层》系列报道。节目组走进湘西、张家界、永州等地，记录普通人的团圆故事。
H 技术创新带来新体验
P 春晚首次大规模使用虚拟制作技术，舞台背景可随节目实时切换。总导演在接受采访时表示：“我们希望观众既能看到科技感，也能感受到浓浓的年味。”
H 融合传播扩大影响力
P 芒果TV同步推出竖屏直播、多视角观看等功能，移动端观看时长同比增长37%。海外频道同步向北美、东南亚等地区播出，让海外华人共享家乡年味。
X 来源：湖南广播电视台
""",
 after="<div><a href=\"#\">上一篇</a> <a href=\"#\">下一篇</a></div><div>扫码下载芒果TV客户端<img src=\"\" alt=\"二维码\"></div>",
 foot="<div>湖南广播电视台 版权所有 信息网络传播视听节目许可证：1810501 湘ICP备09012576号</div>"),

dict(id="ts-16", kind=K, lang="zh", title=["西宁：老旧小区改造让居民住得更舒心"],
 authors=["李文博", "韩梅"], time="2024年10月28日08:05",
 css=".qh{background:#036;color:#fff}.tit2{font-size:13px;color:#999}",
 head="<div class=\"qh\">青海新闻网 <a href=\"#\">藏文版</a> <a href=\"#\">English</a> <a href=\"#\">手机版</a></div>",
 nav="<div><a href=\"#\">首页</a>|<a href=\"#\">时政</a>|<a href=\"#\">西宁</a>|<a href=\"#\">海东</a>|<a href=\"#\">社会</a>|<a href=\"#\">生态</a></div>",
 crumb="<div>您当前的位置 ：<a href=\"#\">青海新闻网</a> &gt;&gt; <a href=\"#\">西宁新闻</a></div>",
 info="<div class=\"tit2\">2024年10月28日08:05 | 来源：西宁晚报 | 记者　李文博　韩　梅 | 责编：张蕾</div>",
 body="""
P 走进西宁市城东区东关大街一处老旧小区，新铺的柏油路平整宽敞，楼道粉刷一新，单元门口加装了电梯，几位老人正在新建的休闲广场上晒太阳、下象棋。
P “以前一到下雨天，院子里全是积水，现在下水管道全换了，再也不用蹚水出门了。”在这里住了30多年的居民马桂兰说。
P 今年，西宁市计划改造老旧小区126个，涉及居民1.8万户。截至目前，已完工98个，其余小区正在加紧施工，确保年底前全部完工。
H “改什么”群众说了算
P 改造前，各社区通过入户走访、居民议事会等方式广泛征求意见，形成“一小区一方案”。加装电梯、增设充电桩、建设适老化设施成为居民呼声最高的改造内容。
H 长效管理跟上来
P 为防止“改造完又变旧”，西宁推行“改造+物业”模式，已有76个改造小区引入专业物业服务，居民满意度明显提升。
""",
 after="<div><a href=\"#\">【纠错】</a> <a href=\"#\">【打印】</a></div><div><b>相关稿件</b><ul><li><a href=\"#\">西宁加快推进城市更新</a></li></ul></div>",
 foot="<div>青海新闻网 主办：青海日报社 青ICP备06000208号 互联网新闻信息服务许可证：63120170001</div>"),

dict(id="ts-17", kind=K, lang="zh", title=["新华社记者手记：在海拔4500米的牧场上"],
 authors=["央金卓玛", "张龙"], time="2024-09-18 10:12:33",
 css=".x{background:#d22;color:#fff}.source{color:#666}",
 head="<div class=\"x\">新华网 青海频道</div>",
 nav="<div><a href=\"#\">首页</a> <a href=\"#\">时政</a> <a href=\"#\">图片</a> <a href=\"#\">视频</a> <a href=\"#\">青海</a></div>",
 crumb="<div>新华网 &gt; 青海频道 &gt; 正文</div>",
 info="<div class=\"source\">2024-09-18 10:12:33 来源：新华网</div>",
 body="""
P 新华社西宁9月17日电（记者央金卓玛、张龙）清晨6点，玉树藏族自治州杂多县的草原还笼罩在薄雾中，牧民扎西才仁已经骑着摩托车出门巡查草场。
P 作为一名生态管护员，他负责的管护区域有2万多亩。“每天巡护一圈要四五个小时，看看有没有人乱挖虫草，有没有野生动物受伤。”扎西才仁说。
P 近年来，三江源国家公园设立生态管护公益岗位1.7万多个，实现“一户一岗”全覆盖，牧民从草原的利用者转变为守护者。
P 在扎西才仁的手机里，存着上千张野生动物照片：藏原羚、白唇鹿、雪豹……“以前很少见到雪豹，现在一年能碰到好几次。”他翻着照片，脸上露出自豪的神情。
P 傍晚，记者跟随扎西才仁回到他的定居点。新建的砖房里，电视、冰箱一应俱全，屋顶的光伏板为全家提供了稳定电力。“草原好了，日子也好了。”他说。
""",
 after="<div>【责任编辑:刘  洋】</div><div><img src=\"\" alt=\"新华网客户端二维码\"> 扫码下载新华网客户端</div>",
 foot="<div>Copyright © 2000-2024 XINHUANET.com All rights reserved. 制作单位：新华网股份有限公司</div>"),

dict(id="ts-18", kind=K, lang="zh", title=["湘江新区发布人工智能产业扶持新政 最高奖补1000万元"],
 authors=["胡佳"], time="2025/04/11 14:07",
 css=".top{display:flex;justify-content:space-between}.card{box-shadow:0 1px 4px #ccc;padding:20px}",
 head="<div class=\"top\"><b>红网</b><span><a href=\"#\">时刻新闻</a> <a href=\"#\">红网论坛</a> <a href=\"#\">百姓呼声</a></span></div>",
 nav="<div><a href=\"#\">首页</a> <a href=\"#\">湖南</a> <a href=\"#\">长沙</a> <a href=\"#\">经济</a> <a href=\"#\">科技</a> <a href=\"#\">教育</a></div>",
 crumb="<div>红网首页 &gt; 长沙站 &gt; 经济</div>",
 info="<div>来源：红网　作者：胡佳　编辑：谢宇航　2025/04/11 14:07:18</div>".replace("14:07:18", "14:07"),
 body="""
P 红网时刻新闻4月11日讯（记者 胡佳）今天上午，湖南湘江新区召开新闻发布会，发布《关于支持人工智能产业高质量发展的若干政策》，从算力、模型、应用、人才等方面推出16条措施，单个项目最高可获1000万元奖补。
P 根据新政，企业租用新区算力平台的，按实际费用的30%给予补贴；大模型通过国家备案并在新区落地的，给予一次性奖励300万元；对打造典型应用场景的企业，按项目投资额的20%给予支持。
T 支持方向|主要内容|最高金额
T 算力补贴|租用算力费用30%|500万元
T 模型备案|一次性奖励|300万元
T 场景应用|项目投资额20%|1000万元
P 湘江新区有关负责人介绍，目前新区已集聚人工智能相关企业400余家，2024年产业规模突破600亿元。“新政的目的是让企业算得起力、用得起模型、找得到场景。”
""",
 after="<div>[责任编辑：谢宇航]</div><div>本文为红网原创，未经授权不得转载</div><div><b>相关新闻</b><ul><li><a href=\"#\">长沙发布“人工智能+”行动方案</a></li></ul></div>",
 foot="<div>红网版权所有 湘ICP备05001957号 互联网新闻信息服务许可证：43120170002</div>"),

dict(id="ts-19", kind=K, lang="zh", title=["泉州：千年古城焕新颜 “宋元中国”引客来"],
 authors=["黄晓婷"], time="2025-01-06 08:30", info_pos="before",
 css=".qz{background:#a00}.dt{font-family:monospace}",
 head="<div class=\"qz\">泉州网 <small>泉州晚报社主办</small></div>",
 nav="<div><a href=\"#\">首页</a> <a href=\"#\">泉州新闻</a> <a href=\"#\">文旅</a> <a href=\"#\">侨乡</a> <a href=\"#\">数字报</a></div>",
 crumb="<div>首页 > 文旅 > 正文</div>",
 info="<div class=\"dt\">发布时间：2025-01-06 08:30　来源：泉州晚报　阅读：3.2万</div>",
 body="""
X 文/本报记者　黄晓婷　图/本报记者　陈  默
P 元旦假期，泉州古城西街、中山路一带人头攒动。簪花围的游客穿梭在骑楼之间，南音茶座里传来悠扬的琵琶声，古城的烟火气扑面而来。
I 游客在西街簪花|游客在西街体验簪花。陈默 摄
P 据市文旅局统计，元旦三天，泉州接待游客168.3万人次，同比增长21.4%；其中古城片区接待游客62.7万人次。
P 近年来，泉州持续推进古城保护与活化利用，对312处文物保护单位和历史建筑开展修缮，改造提升背街小巷128条，引入非遗工坊、文创店铺等新业态200余家。
P “我们不搞大拆大建，而是‘绣花式’微改造。”古城办负责人说，保护好古城的“肌理”，才能留住城市的记忆。
P 为缓解客流压力，古城片区在节假日实行分时段预约和交通管制，并增设临时停车场和接驳公交线路，引导游客错峰游览。
P 来自上海的游客王女士感慨：“这里的生活气息很浓，不像有些景区只是‘布景’。”
""",
 after="<div>编辑：苏婧 二审：庄文 三审：洪宏</div>",
 foot="<div>泉州网 版权所有 闽ICP备06003891号</div>"),

dict(id="ts-20", kind=K, lang="zh", title=["长春市交通广播：今晚起这些路段实施夜间施工"],
 authors=[], time="2025-04-14",
 css=".fm{background:#034ea2;color:#fff}",
 head="<div class=\"fm\">长春广播电视台 FM96.8 交通之声 <a href=\"#\">收听直播</a></div>",
 nav="<div><a href=\"#\">首页</a> <a href=\"#\">路况</a> <a href=\"#\">资讯</a> <a href=\"#\">节目</a> <a href=\"#\">主持人</a></div>",
 crumb="<div>首页 » 路况</div>",
 info="<div>2025-04-14　长春交通之声</div>",
 body="""
P 听众朋友，记者从长春市城乡建设和管理部门获悉，为推进城市道路维修改造，自4月14日起，以下路段将在夜间实施施工，请过往车辆提前规划出行路线。
T 路段|施工时间|影响范围
T 人民大街（解放大路至自由大路）|22:00至次日5:00|东侧两条车道封闭
T 亚泰大街（南湖大路至卫星路）|23:00至次日5:00|西侧辅路封闭
T 飞跃路（东风大街至普阳街）|22:30至次日4:30|半幅通行
P 施工期间，交警部门将在现场加派警力疏导交通。建议夜间出行的市民尽量绕行相关路段，注意观察施工标志，减速慢行。
P 据了解，本轮维修主要对路面坑槽、沉陷和井盖高差等问题进行集中处理，预计5月中旬前完成。
P 更多实时路况，请收听FM96.8长春交通之声，或拨打路况热线0431-88917368。
""",
 after="<div>编辑：于航</div><div><b>推荐节目</b> <a href=\"#\">早高峰直播间</a> <a href=\"#\">汽车998</a></div>",
 foot="<div>长春广播电视台版权所有 吉ICP备11001296号 广播电视节目制作经营许可证（吉）字第00017号</div>"),

dict(id="ts-21", kind=K, lang="zh", title=["永州：油茶丰收季 “金果果”鼓起农民“钱袋子”"],
 authors=["蒋莉", "唐志勇"], time="2024-11-12 09:26",
 css="@media(max-width:600px){.side{display:none}}.meta2 i{font-style:normal;margin-right:10px}",
 head="<div>永州新闻网 · 永州日报社 <a href=\"#\">数字报</a></div>",
 nav="<div><a href=\"#\">首页</a> <a href=\"#\">本地</a> <a href=\"#\">县区</a> <a href=\"#\">产经</a> <a href=\"#\">图片</a></div>",
 crumb="<div>当前位置：首页 &gt; 县区 &gt; 正文</div>",
 info="<div class=\"meta2\"><i>2024-11-12 09:26</i><i>来源：永州日报</i><i>浏览：8731</i></div>",
 body="""
P 本报讯（记者 蒋莉 通讯员 唐志勇）霜降过后，祁阳市大村甸镇的油茶林里一片忙碌，村民们提着竹篮穿梭在林间采摘油茶果，脸上洋溢着丰收的喜悦。
P “今年雨水调和，果子结得又大又多，每亩能产茶油50多斤。”种植大户邓建国一边称重一边说，他家种了280亩油茶，预计收入可达40万元。
P 近年来，永州把油茶产业作为乡村振兴的重要抓手，通过低产林改造、良种推广、精深加工等举措，推动油茶产业提质增效。目前，全市油茶林面积达220万亩，茶油年产量4.6万吨，综合产值突破90亿元。
P 在祁阳一家油茶加工企业，自动化生产线正在满负荷运转。企业负责人介绍，公司与周边1.2万户农户签订收购协议，采取“保底价+市场价”方式收购，让农户吃下“定心丸”。
""",
 after="<div>责任编辑：何晓</div><div>分享：<a href=\"#\">微信</a> <a href=\"#\">朋友圈</a> <a href=\"#\">微博</a></div>",
 side="<h4>排行榜</h4><ol><li><a href=\"#\">永州至广州高铁票价下调</a></li><li><a href=\"#\">零陵古城跻身省级旅游度假区</a></li></ol>",
 foot="<div>永州日报社主办 湘ICP备12002853号 湘公网安备43110202000062号</div>"),

dict(id="ts-22", kind=K, lang="zh", title=["图解｜2025年福建省政府工作报告中的民生“清单”"],
 authors=[], time="2025-01-15 17:20",
 css=".fj{background:#00529b;color:#fff}",
 head="<div class=\"fj\">东南网 <a href=\"#\">福建</a> <a href=\"#\">台湾</a> <a href=\"#\">海外</a></div>",
 nav="<div><a href=\"#\">首页</a> <a href=\"#\">新闻</a> <a href=\"#\">两会</a> <a href=\"#\">图解</a> <a href=\"#\">视频</a></div>",
 crumb="<div>东南网 &gt; 专题 &gt; 2025福建两会 &gt; 图解</div>",
 info="<div>2025-01-15 17:20　来源：东南网　策划：陈立</div>",
 body="""
I 图解：2025年福建省政府工作报告|图片由东南网设计制作
P 1月14日，福建省十四届人大三次会议开幕，省政府工作报告提出今年将办好一批民生实事。东南网梳理其中的民生“清单”，带您一图读懂。
H 就业
P 城镇新增就业50万人以上，开发公益性岗位1.5万个，帮扶困难人员就业。
H 教育
P 新增公办幼儿园学位2万个，新建改扩建中小学100所，推进县域普通高中振兴。
H 医疗
P 推进紧密型县域医共体建设，每个县至少有1家县级医院达到三级医院服务能力。
H 养老
P 新增养老床位5000张，建设社区嵌入式养老服务设施200个，发展老年助餐服务。
H 住房
P 开工改造城镇老旧小区1200个，筹集保障性租赁住房3万套。
H 交通
P 新建改造农村公路1000公里，推进城市公交优先发展，新增新能源公交车800辆。
P 报告提出，要把更多财力物力投向民生领域，让发展成果更多更公平惠及全体人民。
""",
 after="<div>编辑：林  婧</div><div><b>专题推荐</b><a href=\"#\">聚焦2025福建两会</a></div>",
 foot="<div>东南网版权所有 闽ICP备05000386号 新闻热线：0591-87095407</div>"),

dict(id="ts-23", kind="media", lang="en", title=["Changbai Mountain's Winter Tourism", "Draws Record Crowds"],
 authors=["Li Xueying", "Park Min-jun"], time="2025-01-20 10:45",
 css=".en{font-family:Georgia,serif}.by{color:#555}",
 head="<div class=\"en\">JILIN TODAY <a href=\"#\">中文</a> <a href=\"#\">Subscribe</a></div>",
 nav="<div><a href=\"#\">Home</a> | <a href=\"#\">News</a> | <a href=\"#\">Business</a> | <a href=\"#\">Travel</a> | <a href=\"#\">Culture</a></div>",
 crumb="<div>Home &gt; Travel</div>",
 info="<p class=\"by\">By Li Xueying and Park Min-jun | Updated: 2025-01-20 10:45</p>",
 body="""
P Changbai Mountain in Jilin province welcomed more than 1.2 million visitors between November and mid-January, a record for the winter season, according to the local tourism administration.
P Ski resorts around the mountain have added new runs and lifts this year, and several hotels opened in the nearby town of Erdaobaihe. "We are fully booked every weekend until March," said Zhang Hua, manager of a hotel near the north slope.
I A skier on Changbai Mountain|A skier on a slope at Changbai Mountain, Jan 12. [Photo by Wang Tao/For Jilin Today]
P Officials said the growth was driven by visitors from southern China, who now account for about 40 percent of winter tourists. Direct flights from Guangzhou, Shenzhen and Xiamen to Changbaishan Airport have increased to 28 a week.
P The province plans to invest 3 billion yuan ($410 million) in winter sports facilities over the next three years. Local authorities are also promoting hot springs, Korean ethnic cuisine and snow festivals to keep visitors longer.
""",
 after="<div>Editor: Zhou Lin</div><div><b>Related</b><ul><li><a href=\"#\">Jilin hosts international ice and snow expo</a></li></ul></div>",
 foot="<div>Copyright 2025 Jilin Today. All rights reserved. 吉ICP备10004215号</div>"),

dict(id="ts-24", kind="media", lang="en", title=["Hunan Opens New Cargo Rail Route to Central Asia"],
 authors=[], time="April 3, 2025", info_pos="before",
 css=".hn{background:#600;color:#fff}",
 head="<div class=\"hn\">Hunan International | 湖南国际频道 <a href=\"#\">Search</a></div>",
 nav="<div><a href=\"#\">Home</a> <a href=\"#\">Hunan News</a> <a href=\"#\">Investment</a> <a href=\"#\">Visit Hunan</a> <a href=\"#\">Video</a></div>",
 crumb="",
 info="<div>Source: Xinhua | April 3, 2025 | Share: <a href=\"#\">Facebook</a> <a href=\"#\">X</a></div>",
 body="""
P CHANGSHA, April 2 (Xinhua) -- A freight train loaded with 50 containers of electrical equipment, ceramics and auto parts left Changsha on Wednesday for Almaty, Kazakhstan, marking the launch of a new cargo rail route linking central China's Hunan province with Central Asia.
P The journey is expected to take about 12 days, roughly half the time of combined sea and land transport, according to the operator of the China-Europe Railway Express in Changsha.
P Hunan has been expanding its international logistics network in recent years. In 2024, the province ran more than 1,300 China-Europe freight train trips, up 15 percent year on year.
P "The new route will help local manufacturers reach markets in Central Asia more quickly and at a lower cost," said a manager of a Changsha-based construction machinery company that shipped goods on the train.
""",
 after="<div><b>Most Read</b><ol><li><a href=\"#\">Zhangjiajie glass bridge reopens</a></li><li><a href=\"#\">Changsha stinky tofu festival</a></li></ol></div>",
 foot="<div>Hunan International Communication Center. Copyright reserved. 湘ICP备20015127号</div>"),
]
