# media pages ue-13 .. ue-24
PAGES = []
def add(**k): PAGES.append(k)

add(id="ue-13", kind="media", ptitle="朝阳区首批“一刻钟便民生活圈”示范社区亮相 - 京华都市报",
title="朝阳区首批“一刻钟便民生活圈”示范社区亮相", authors=["杨晓帆"], time="2025-03-27 06:45",
fmt="p", hfmt="strong",
css="body{margin:0;font:17px/1.8 serif}.mast{font-size:40px;text-align:center;border-bottom:4px double #000}.ch a{margin:0 10px}.col{max-width:720px;margin:auto}.kicker{color:#b00}.by{font-size:14px;color:#555}",
tpl="""
<div class="mast">京华都市报</div>
<div class="ch"><a>要闻</a><a>北京</a><a>社会</a><a>财经</a><a>文娱</a><a>体育</a><a>评论</a><a>数字报</a><a>客户端下载</a></div>
<div class="col">
<p class="kicker">北京 &gt; 城区</p>
<h1>朝阳区首批“一刻钟便民生活圈”示范社区亮相</h1>
<p class="by">2025-03-27 06:45 | 京华都市报 | <a>评论(12)</a></p>
{BODY}
<p>编辑 唐宁　校对 吴兰</p>
<div>分享：微信 · 微博 · 复制链接</div>
<h3>热门推荐</h3><ul><li><a>北京今年将新增1000个共享充电桩</a></li><li><a>通州运河公园本周末迎来赏花季</a></li><li><a>朝阳新增12条微循环公交线路</a></li></ul>
</div>
<footer>京华都市报社版权所有 未经授权不得转载<br>违法和不良信息举报电话：010-65907788　京ICP备13021684号　互联网新闻信息服务许可证编号：11120180003</footer>
""",
body="""
本报讯（记者 杨晓帆）步行15分钟内，买菜、修鞋、配钥匙、看病都能办到。昨天，朝阳区发布首批“一刻钟便民生活圈”示范社区名单，望京西园、劲松一区、双井富力等16个社区入选。
据朝阳区商务局介绍，示范社区均配齐了蔬菜零售、早餐、便利店、家政、维修等基本保障类业态，其中14个社区还引入了社区食堂、老年助餐点等品质提升类业态。
在劲松一区，记者看到，一处闲置的自行车棚被改造成“便民服务驿站”，集中了修鞋、缝补、理发、磨刀等七八个摊位。“以前修个拉链得骑车去商场，现在下楼就能办。”居民王女士说。
“我们鼓励社区把闲置空间拿出来，以低租金引入便民商户。”朝阳区商务局相关负责人表示，今年全区计划再建成30个示范社区，到2026年实现便民生活圈街乡全覆盖。
此外，朝阳区还将推动连锁品牌企业进社区，对新设早餐网点、便利店的企业给予一次性资金支持，最高可达20万元。
""")

add(id="ue-14", kind="media", ptitle="福建今年将新建改造城市燃气管道1200公里_福建要闻_东南在线",
title="福建今年将新建改造城市燃气管道1200公里", authors=["陈晓岚", "郑一帆"], time="2025-02-18 08:07:43",
fmt="p", hfmt="strong",
css="body{margin:0;font-size:16px}.hd{background:#004ea2;color:#fff;padding:6px 40px}.wrap{width:1180px;margin:auto;display:flex;gap:30px}.left{width:800px}.right{width:350px}.tt{font-size:30px;font-weight:700}.inf{color:#999;font-size:14px;border-bottom:1px solid #eee;padding-bottom:8px}",
tpl="""
<div class="hd">东南在线 | <a>福建</a> <a>国内</a> <a>国际</a> <a>财经</a> <a>文旅</a> <a>视频</a> <a>海峡</a> | <a>手机版</a> <a>APP下载</a></div>
<div class="wrap"><div class="left">
<p>东南在线 &gt; 福建频道 &gt; 福建要闻 &gt; 正文</p>
<div class="tt">福建今年将新建改造城市燃气管道1200公里</div>
<div class="inf">2025-02-18 08:07:43　来源：福建日报　作者：陈晓岚 郑一帆　<a>分享到</a></div>
{BODY}
<p style="text-align:right">责任编辑：李思琪</p>
<div class="rel"><b>相关新闻</b><ul><li><a>福州今年将改造老旧小区320个</a></li><li><a>漳州启动城镇燃气安全专项整治</a></li></ul></div>
</div>
<div class="right"><h3>24小时排行</h3><ol><li>厦门地铁6号线集美段开通在即</li><li>福建多地迎来降雨降温</li><li>泉州古城今起实施交通管制</li></ol><p><img alt="东南在线客户端">扫码下载东南在线客户端</p></div></div>
<div class="ft">东南在线 版权所有 | 闽ICP备08103377号 | 闽公网安备 35010202000512号 | 信息网络传播视听节目许可证：1306154</div>
""",
body="""
记者从省住建厅获悉，今年我省将新建改造城市燃气管道1200公里以上，同时改造老化供水管道900公里、排水管道650公里，全面提升城市地下管网安全运行水平。
h: 聚焦老旧管网，消除安全隐患
省住建厅相关负责人介绍，2024年全省完成燃气管道老化更新改造1087公里，惠及居民48万户。今年将重点推进建成年限超过20年的铸铁管、镀锌管改造，对人员密集区域的管道优先安排。
h: 推广智慧监测，实现早发现早处置
福州、厦门、泉州三市将率先建设城市生命线安全工程，在燃气、供水、桥梁等领域布设各类传感器，实现对管网泄漏、压力异常等风险的实时监测和预警。
“过去排查靠人工巡线，现在管网出了问题，系统几分钟就能报警定位。”厦门市市政园林局一位工作人员说。
据悉，省级财政今年将安排专项资金5亿元，支持各地管网更新改造，同时鼓励通过发行专项债券、引入社会资本等方式拓宽资金来源。
""")

add(id="ue-15", kind="media", ptitle="【视频】大连港集装箱吞吐量一季度同比增长9.6% - 北方广播电视网",
title="大连港集装箱吞吐量一季度同比增长9.6%", authors=["刘畅", "韩冰"], time="2025.04.11",
fmt="p", hfmt="strong",
css="body{background:#111;color:#ddd;margin:0}.logo{color:#f60;font-size:28px}.player{width:960px;height:300px;background:#000;margin:auto;text-align:center}.info{max-width:960px;margin:auto}.dt{color:#aaa}",
tpl="""
<div><span class="logo">北方广播电视网</span> <a>首页</a> <a>新闻</a> <a>直播</a> <a>点播</a> <a>节目单</a> <a>主持人</a> <a>登录</a></div>
<div class="player"><img alt="视频封面"><p>00:00 / 02:36</p><p>播放 暂停 全屏 标清 高清</p></div>
<div class="info">
<p>首页 ＞ 辽宁新闻联播 ＞ 正文</p>
<h1>【视频】</h1>
<h2>大连港集装箱吞吐量一季度同比增长9.6%</h2>
<p class="dt">2025.04.11　栏目：辽宁新闻联播　播放量：3.2万</p>
{BODY}
<p>记者：刘畅 韩冰　摄像：王铎　编辑：赵楠</p>
<p>点赞 收藏 分享</p>
<h3>更多视频</h3><ul><li>沈阳：春季“消费季”活动启动</li><li>鞍山：百余家企业现场招聘</li><li>锦州港新开两条外贸航线</li></ul>
</div>
<div>北方广播电视网 版权所有 辽ICP备09002138号-1 信息网络传播视听节目许可证：0605112 网络视听节目举报电话：024-22871234</div>
""",
body="""
今年一季度，大连港完成集装箱吞吐量132万标准箱，同比增长9.6%，增速位居东北沿海港口前列。
在大连港集装箱码头，桥吊往来穿梭，一辆辆集卡有序进出。码头操作部经理周浩告诉记者，今年以来新开通了至东南亚、中东的3条外贸航线，每周航班达到136班，比去年同期增加11班。
“我们通过智能调度系统优化堆场作业，单船作业效率提升了15%，船舶在港时间平均缩短4个小时。”周浩说。
与此同时，海铁联运业务持续发力，一季度完成海铁联运量19.8万标准箱，同比增长13.2%。来自吉林、黑龙江和内蒙古东部的汽车零部件、粮食等货物通过班列直达港区，再装船运往世界各地。
大连港相关负责人表示，下一步将加快推进自动化码头改造，争取全年集装箱吞吐量突破550万标准箱。
""")

add(id="ue-16", kind="media", ptitle="青海湖裸鲤资源量恢复至12.3万吨-青海新闻网",
title="青海湖裸鲤资源量恢复至12.3万吨", authors=["李琳", "才让多杰"], time="2025年01月06日 19:22",
fmt="pu", hfmt="bc",
css="body{margin:0;font-size:14px}.t{background:url() #1a5fb4;height:90px}.main{width:1000px;margin:auto}.h{font-size:26px;text-align:center;font-weight:bold}.s{text-align:center;font-size:12px;color:#666}",
tpl="""
<div class="t"><span>青海新闻网</span><span>今天是2025年1月7日</span></div>
<div><a>首页</a>|<a>青海</a>|<a>时政</a>|<a>经济</a>|<a>社会</a>|<a>生态</a>|<a>文旅</a>|<a>藏文版</a>|<a>图片</a></div>
<div class="main">
<p>位置：青海新闻网 &gt;&gt; 青海 &gt;&gt; 生态</p>
<div class="h">青海湖裸鲤资源量恢复至12.3万吨</div>
<div class="s">2025年01月06日 19:22　来源：新华社　<a>我要评论</a>　<a>打印</a></div>
{BODY}
<p class="s">责任编辑：尼玛卓玛</p>
<p>上一篇：<a>西宁今冬首场降雪来袭</a>　下一篇：<a>格尔木光伏产业园新增装机200万千瓦</a></p>
</div>
<div>主办：青海日报社　青ICP备09000427号　互联网新闻信息服务许可证：63120170001<br>Copyright © 2025 青海新闻网 All Rights Reserved</div>
""",
body="""
新华社西宁1月6日电（记者李琳、才让多杰）记者从青海省农业农村厅获悉，经最新监测评估，青海湖裸鲤资源量已恢复至12.3万吨，是2002年实施保护前的47倍。
青海湖裸鲤俗称湟鱼，是青海湖特有鱼类，也是维系青海湖“水—鱼—鸟”生态链的关键物种。上世纪因过度捕捞和生境变化，其资源量一度降至不足2600吨。
自2002年起，青海省对青海湖实施封湖育鱼，先后开展六次为期十年以内的封湖禁渔，并持续开展人工增殖放流，累计放流裸鲤鱼苗1.7亿尾。
青海湖裸鲤救护中心主任何永华说，近年来还通过拆除沿河拦水坝、修建过鱼通道等措施，恢复裸鲤洄游产卵通道，使其自然繁殖能力明显增强。
随着裸鲤资源量增加，以其为食的鸟类数量也逐年上升。目前青海湖水鸟数量已超过60万只，种类达到97种。
""")

add(id="ue-17", kind="media", ptitle="福州晚报网 | 三坊七巷夜游升级",
title="三坊七巷夜游升级“非遗+演艺”点亮古街", authors=["林晓雯"], time="2025-04-05 21:10",
fmt="p", hfmt="h3",
css="body{margin:0;font:16px/1.8 sans-serif}.bar{background:#222;color:#fff;padding:6px 20px}.art{max-width:740px;margin:auto}.art h1{font-size:30px;line-height:1.3}.art h1 span{display:block}.au{display:flex;justify-content:space-between;color:#888;font-size:13px}",
tpl="""
<div class="bar">福州晚报网 <a>首页</a> <a>福州</a> <a>民生</a> <a>文旅</a> <a>评论</a> <a>视频</a> <a>读报</a></div>
<div class="art">
<p><a>首页</a> / <a>文旅</a></p>
<h1><span>三坊七巷夜游升级</span><span>“非遗+演艺”点亮古街</span></h1>
<div class="au"><span>福州晚报记者　林晓雯</span><span>2025-04-05 21:10</span></div>
{BODY}
<p>编辑：黄一鸣　审校：陈枫</p>
<p>【版权声明】本文为福州晚报网原创，未经授权禁止转载。</p>
<p><b>猜你喜欢</b></p><p><a>马尾船政文化城推出研学新线路</a></p><p><a>福州清明假期接待游客超300万人次</a></p>
</div>
<div class="ft">福州晚报网 版权所有 · 闽ICP备10016482号 · 违法和不良信息举报：0591-83301234</div>
""",
body="""
清明假期，福州三坊七巷推出全新夜游产品，漆艺、脱胎、软木画等非遗项目走进坊巷，与沉浸式演艺相结合，吸引大批市民游客夜游古街。
img: 游客在南后街观看非遗表演
cap: 游客在南后街观看非遗表演。林晓雯 摄
晚上7点，南后街华灯初上。在衣锦坊一处老宅里，演员身着传统服饰，以情景剧形式再现老福州的生活场景，观众跟随剧情在院落间穿行。“像是穿越回了一百年前，很有代入感。”来自江西的游客吴先生说。
h: 非遗工坊延长开放
三坊七巷管委会介绍，今年共有18家非遗工坊将开放时间延长至晚上10点，游客可现场体验漆扇绘制、油纸伞制作等项目。
h: 夜间消费持续升温
数据显示，清明假期三坊七巷夜间客流占全天的46%，周边餐饮、文创门店营业额同比增长超过两成。管委会表示，接下来还将推出“坊巷音乐季”等系列活动，进一步丰富夜间文旅供给。
""")

add(id="ue-18", kind="media", ptitle="沈阳发布",
title="沈阳地铁6号线一期全线“洞通”", authors=["于洋"], time="2025-03-30 16:52:08",
fmt="p", hfmt="strong",
css="body{margin:0;font-size:17px;max-width:640px;margin:0 auto}.appbar{background:#e60012;color:#fff;padding:10px;display:flex;justify-content:space-between}.ti{font-size:22px;font-weight:bold;padding:0 14px}.src{padding:0 14px;color:#999;font-size:13px}.open{position:sticky;bottom:0;background:#e60012;color:#fff;text-align:center}",
tpl="""
<div class="appbar"><span>沈阳发布 APP</span><span>打开</span></div>
<div class="ti">沈阳地铁6号线一期全线“洞通”</div>
<div class="src">于洋　沈阳发布　2025-03-30 16:52:08</div>
<div class="src">关注</div>
<div style="padding:0 14px">{BODY}</div>
<p class="src">本文来源：沈阳发布　　责编：孟雪</p>
<div class="src">阅读 2.1万　　点赞 356</div>
<h4>评论（18）</h4><p>沈城老街坊：终于等到了！家门口就有站。</p><p>小鱼儿：盼着早日通车</p>
<h4>相关推荐</h4><p>沈阳今年将新开工9个轨道交通项目</p><p>浑河两岸将新增5处亲水平台</p>
<div class="open">打开沈阳发布APP，阅读体验更佳</div>
""",
body="""
3月30日上午10时，随着盾构机刀盘缓缓破土而出，沈阳地铁6号线一期工程最后一个区间——沈抚站至泗水街站区间顺利贯通，标志着6号线一期工程全线“洞通”。
沈阳地铁6号线一期线路全长29.8公里，设车站26座，全部为地下线，串联起沈北新区、大东区、浑南区等区域，与已运营的1、2、4、9、10号线实现换乘。
“这个区间下穿浑河和多条市政管线，地质条件复杂，施工难度大。”项目负责人李建军介绍，施工团队采用了常压换刀、同步注浆等技术，确保盾构安全穿越。
据了解，6号线一期工程将转入轨道铺设、机电安装等阶段，计划2026年底具备开通运营条件。届时，沈阳地铁运营里程将突破300公里，沈北新区与浑南区之间的通行时间将由目前的一个多小时缩短至40分钟左右。
""")

add(id="ue-19", kind="media", lang="en", ptitle="Fujian's tea exports hit record high in 2024 - Fujian Daily English",
title="Fujian's tea exports hit record high in 2024", authors=["Lin Wenjie", "Zhang Meiling"], time="2025-01-21 10:18",
fmt="p", hfmt="h3",
css="body{font-family:Georgia,serif;margin:0}.top{background:#003366;color:#fff;padding:8px 30px}.top a{color:#fff;margin-right:14px}.story{max-width:760px;margin:auto}.byline{font-size:14px;color:#666}",
tpl="""
<div class="top"><b>FUJIAN DAILY</b> <a>Home</a><a>Fujian</a><a>China</a><a>Business</a><a>Culture</a><a>Travel</a><a>Photos</a><a>中文</a></div>
<div class="story">
<p>Home &gt; Business</p>
<h1>Fujian's tea exports hit record high in 2024</h1>
<p class="byline">By Lin Wenjie and Zhang Meiling | Fujian Daily | Updated: 2025-01-21 10:18</p>
{BODY}
<p>Editor: Huang Rui</p>
<p>Share: Facebook | X | LinkedIn | WeChat</p>
<h3>Related stories</h3><ul><li>Wuyi rock tea growers embrace livestreaming</li><li>Fuzhou jasmine tea culture week opens</li></ul>
</div>
<footer>Copyright © Fujian Daily Newspaper Group. All rights reserved. 闽ICP备07023456号</footer>
""",
body="""
Tea exports from Fujian province reached a record 48,600 metric tons in 2024, up 11.3 percent year-on-year, according to Fuzhou Customs.
The export value rose to 3.1 billion yuan ($427 million), with green tea, oolong and white tea making up the bulk of shipments. Morocco, Malaysia and the United States were the top three destinations.
img: Workers sort tea leaves in Anxi county.
cap: Workers sort tea leaves at a processing plant in Anxi county. [Photo by Chen Hao/For Fujian Daily]
h: Quality standards pay off
Customs officials said tighter pesticide residue testing and a traceability system introduced in 2022 had helped local brands win orders in markets with strict import rules.
"Buyers used to ask for samples every time. Now they can scan a code and see where each batch comes from," said Wang Qiuyan, general manager of a tea company in Fuding.
Fujian is the country's largest tea-producing province by output value, with more than 230,000 hectares of tea gardens.
""")

add(id="ue-20", kind="media", ptitle="北京新闻广播 · 听新闻",
title="北京今年将建成100个“无障碍环境建设示范点”", authors=["王蕾", "何一鸣"], time="2025年03月19日 07:30",
fmt="p", hfmt="strong",
css="body{margin:0;background:#fafafa}.radio{background:#5b2c83;color:#fff;padding:10px 40px}.main{width:900px;margin:auto;background:#fff;padding:20px}.audio{background:#eee;padding:10px}.meta{color:#888}",
tpl="""
<div class="radio">北京新闻广播 FM100.6 <a>首页</a> <a>节目</a> <a>听新闻</a> <a>主播</a> <a>直播间</a></div>
<div class="main">
<p>当前位置：首页 - 听新闻 - 北京</p>
<h1>北京今年将建成100个“无障碍环境建设示范点”</h1>
<p class="meta">2025年03月19日 07:30　　来源：北京新闻广播《新闻早高峰》</p>
<div class="audio">▶ 收听音频　03:12</div>
{BODY}
<p class="meta">编辑：张园园</p>
<p>热门节目：新闻早高峰 | 北京新闻 | 一路畅通</p>
</div>
<div>北京广播电视台 版权所有　京ICP备05059829号　广播电视节目制作经营许可证（京）字第00742号</div>
""",
body="""
北京新闻广播记者王蕾、何一鸣报道：记者从市残联获悉，今年本市将围绕出行、就医、办事、消费等场景，建成100个“无障碍环境建设示范点”，让残疾人、老年人出行更便利。
示范点将重点覆盖地铁站、公园、医院、政务服务中心和大型商场等公共场所。市残联有关负责人介绍，示范点要实现无障碍设施“点、线、面”贯通，从停车位、出入口、坡道到卫生间、电梯，都要达到国家标准。
去年，本市已完成无障碍环境专项整治点位2.6万处，整改盲道被占、坡道过陡等问题。今年还将开展“无障碍体验员”行动，邀请300名残疾人和老年人实地体验并“挑刺”。
“以前去医院，轮椅上台阶得找人抬，现在都有坡道和无障碍电梯了。”轮椅使用者赵先生说，希望更多小区和老楼也能尽快完成改造。
""")

add(id="ue-21", kind="media", ptitle="西宁：“15分钟健身圈”覆盖城区 - 西宁广播电视台",
title="西宁：“15分钟健身圈”覆盖城区", authors=["马晓燕"], time="2024-10-28",
fmt="div", hfmt="h4",
css="body{margin:0;font:15px/1.8 sans-serif}.logo{background:#0d47a1;color:#fff;padding:10px}.wrap{max-width:1000px;margin:auto}.para{margin:0 0 14px}.tags span{border:1px solid #ccc;margin-right:6px;padding:2px 6px}",
tpl="""
<div class="logo">西宁广播电视台 · 夏都融媒 <span>首页 新闻 直播 电视 广播 专题</span></div>
<div class="wrap">
<p>首页 / 新闻 / 西宁新闻</p>
<h1>西宁：“15分钟健身圈”覆盖城区</h1>
<p>发布于 2024-10-28　·　西宁广播电视台</p>
{BODY}
<p>西宁台记者：马晓燕</p>
<p>责编：李文</p>
<div class="tags"><span>全民健身</span><span>西宁</span></div>
<p><img alt="夏都融媒客户端"> 扫一扫下载夏都融媒客户端</p>
</div>
<div>西宁广播电视台 版权所有　青ICP备05000672号-2</div>
""",
body="""
记者从西宁市体育局获悉，截至目前，西宁市四区已建成社区健身中心、多功能运动场、健身步道等各类健身设施1860余处，城区“15分钟健身圈”实现全覆盖。
走进城中区南川河畔，一条长约6公里的健身步道沿河而建，沿途设置了健身器材区、笼式足球场和儿童游乐区。每天傍晚，前来散步、跑步的市民络绎不绝。“下楼走几分钟就能到，天天都来锻炼。”市民李阿姨说。
据了解，今年西宁市新建和改造全民健身设施136处，并推动68所学校体育场馆在课余时间向社会开放。市体育局还组建了300余人的社会体育指导员队伍，定期到社区开展健身指导。
下一步，西宁将推进智慧健身设施建设，通过扫码记录运动数据、预约场地等方式，为市民提供更加便捷的健身服务。
""")

add(id="ue-22", kind="media", ptitle="辽宁日报网 - 要闻",
title="辽宁今年将新增高标准农田300万亩", authors=["孙大卫", "于晓彤"], time="2025-01-15 05:58",
fmt="pi", hfmt="strong",
css="body{margin:0}.lnr{background:#c00;color:#fff;padding:12px 40px;font-size:24px}.m{width:1100px;margin:auto}.yt{color:#555;font-size:18px;text-align:center}h1{text-align:center;margin:4px}.fb{text-align:center;color:#999;font-size:13px}",
tpl="""
<div class="lnr">辽宁日报网 <small>东北新闻中心主办</small></div>
<div class="m"><p><a>首页</a> <a>要闻</a> <a>辽宁</a> <a>时政</a> <a>经济</a> <a>社会</a> <a>数字报</a> <a>图片</a></p>
<p>您的位置：首页 &gt; 要闻</p>
<p class="yt">加快建设农业强省</p>
<h1>辽宁今年将新增高标准农田300万亩</h1>
<p class="yt">亩均投入标准提高至3000元</p>
<p class="fb">2025-01-15 05:58　来源：辽宁日报</p>
{BODY}
<p>责任编辑：吴桐</p>
<p>【<a>打印</a>】【<a>关闭</a>】【<a>纠错</a>】</p>
</div>
<div>辽宁日报网 版权所有　辽ICP备12016738号　辽公网安备21010202000425号</div>
""",
body="""
x: <p>本报记者 孙大卫 于晓彤</p>
记者1月14日从省农业农村厅获悉，今年我省将新建和改造提升高标准农田300万亩，亩均投入标准由原来的1500元左右提高至3000元，重点向粮食主产区和黑土地保护区倾斜。
h: 向“良田”要产能
据介绍，截至2024年底，全省累计建成高标准农田3100万亩，占耕地面积的六成以上。建成后的农田普遍实现旱能灌、涝能排，粮食亩产平均提高10%至20%。
h: 建管并重防“重建轻管”
今年我省将建立高标准农田建后管护制度，明确县级政府为管护主体，按照每亩不低于20元的标准落实管护经费，并将管护情况纳入耕地保护责任目标考核。
省农业农村厅有关负责人表示，还将在昌图、黑山等地开展整区域推进高标准农田建设试点，探索田、土、水、路、林、电、技、管一体化建设模式。
""")

add(id="ue-23", kind="media", lang="en", ptitle="Shenyang opens new international freight rail route to Europe | Liaoning Today",
title="Shenyang opens new international freight rail route to Europe", authors=[], time="2025-03-06 14:27",
fmt="div", hfmt="strong",
css="body{margin:0;font:16px/1.7 Arial}.mast{border-bottom:2px solid #a00;padding:10px 30px;font-size:26px}.grid{display:grid;grid-template-columns:3fr 1fr;max-width:1150px;margin:auto;gap:30px}.para{margin-bottom:14px}.src{color:#777;font-size:13px}",
tpl="""
<div class="mast">Liaoning Today <small>Home · News · Business · Culture · Travel · Video · 中文版</small></div>
<div class="grid"><main>
<p class="src">News / Liaoning</p>
<h1>Shenyang opens new international freight rail route to Europe</h1>
<p class="src">Source: Xinhua | 2025-03-06 14:27</p>
{BODY}
<p class="src">Editor: Sun Qian</p>
</main><aside><h3>Most Read</h3><ol><li>Dalian welcomes first cruise of 2025</li><li>Anshan steel firm launches green hydrogen project</li><li>Winter swimming fest draws crowds in Fushun</li></ol></aside></div>
<footer>Copyright Liaoning Today. All rights reserved. 辽ICP备15003291号</footer>
""",
body="""
SHENYANG, March 6 (Xinhua) -- A freight train loaded with 55 containers of auto parts, electronics and industrial machinery left Shenyang on Thursday for Duisburg, Germany, marking the launch of a new China-Europe freight rail route from the city in northeast China's Liaoning Province.
The train is expected to reach its destination in about 16 days after exiting China via the Manzhouli port, according to the local railway authority.
The new route will run twice a week in its first phase, cutting transport time by about two thirds compared with sea shipping, said an official with the Shenyang international land port.
Shenyang has operated China-Europe freight trains since 2018. Last year, 412 trips were made from the city, carrying goods worth about 11 billion yuan (about 1.5 billion U.S. dollars).
Local firms say the route offers a more stable option for time-sensitive cargo. "Our customers in Germany can now receive components in just over two weeks," said a logistics manager with a Shenyang-based automotive supplier.
""")

add(id="ue-24", kind="media", ptitle="厦门“口袋公园”又添新成员 - 鹭岛网",
title="厦门“口袋公园”又添新成员", authors=["郭佳怡"], time="2025-04-12 10:03",
fmt="p", hfmt="strong",
css="body{margin:0;font:16px/1.8 sans-serif}.hdr{display:flex;justify-content:space-between;padding:10px 6vw;box-shadow:0 1px 4px #ccc}.art{max-width:800px;margin:30px auto}.tag{background:#0a7;color:#fff;padding:2px 6px;font-size:12px}.info{font-size:13px;color:#888}.cmt{border-top:1px solid #ddd}",
tpl="""
<div class="hdr"><b>鹭岛网</b><span>新闻 · 厦门 · 房产 · 教育 · 健康 · 社区</span><span>登录 | 注册</span></div>
<div class="art">
<span class="tag">厦门</span>
<h1>厦门“口袋公园”又添新成员</h1>
<div class="info">鹭岛网　2025-04-12 10:03　<span>文/郭佳怡　图/蔡立新</span></div>
{BODY}
<p class="info">原标题：厦门再添一批口袋公园 家门口就能“推窗见绿”</p>
<p class="info">本文来源：厦门商报　编辑：许诺</p>
<div class="cmt"><b>网友评论</b> <span>已有 7 条评论</span><p>请登录后发表评论</p><p>鹭岛小陈：湖里那个公园周末带娃去过，挺好的</p></div>
<div><b>热点推荐</b><p>厦门地铁4号线后溪站进入装修阶段</p><p>环岛路周末交通管制信息</p></div>
</div>
<div>鹭岛网 © 2025　闽ICP备09016577号-1　厦门市互联网违法和不良信息举报中心</div>
""",
body="""
近日，位于湖里区江头街道的吕岭路口袋公园完工开放，这座占地约2800平方米的小公园由原先的闲置边角地改造而成，成为周边居民休闲的新去处。
img: 吕岭路口袋公园
cap: 改造后的吕岭路口袋公园。蔡立新 摄
记者在现场看到，公园内铺设了透水步道，种植了三角梅、凤凰木等乡土树种，还设置了儿童游乐区和健身角。傍晚时分，不少居民带着孩子在这里散步、玩耍。
据厦门市市政园林局介绍，今年全市计划新建改造口袋公园50个，目前已完成21个，其余将在10月底前陆续建成。口袋公园选址主要利用城市边角地、闲置地和拆违腾退空地，坚持“小而美、少而精”。
“以前这里杂草丛生，还有人乱倒垃圾，现在变成了漂亮的小花园。”家住附近的居民陈阿姨说，她每天都会来这里跳广场舞。市政园林局表示，口袋公园建成后将交由属地街道日常管护，并邀请居民参与“认养”。
""")
