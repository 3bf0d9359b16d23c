# Media pages th-13 .. th-24 (central, provincial, city media, portals, TV/radio; two English pages).
PAGES = []
A = PAGES.append
G = "data:image/gif;base64,R0lGODlhAQABAAAAACw="

A(dict(id="th-13", kind="media", title="上海首条跨江低空物流航线开通 30分钟“飞”越黄浦江",
authors=["冯书婷"], publish_time="2026-11-26 14:08",
css="body{margin:0;font:16px/1.8 sans-serif}.nav{background:#000;color:#fff}.tm{color:#888}",
page=f"""<div class="nav"><b>东方新闻网</b> <a>要闻</a> <a>上海</a> <a>财经</a> <a>科技</a> <a>视频</a> <a>直播</a> <a>登录</a></div>
<div class="crumb">东方新闻网 &gt; 上海 &gt; 城事</div>
<h1>{{TITLE}}</h1>
<div class="tm">2026-11-26 14:08 来源：东方新闻网 作者：冯书婷</div>
{{BODY}}
<p>责任编辑：贾  丽</p><p>本文来源：东方新闻网</p>
<div>分享到 <a>微信</a> <a>微博</a> <a>QQ</a></div>
<h3>热点推荐</h3><ul><li>沪上多家医院试点“先诊疗后付费”</li><li>黄浦江两岸再添3座人行桥</li></ul>
<div>违法和不良信息举报电话：021-6033××××　沪ICP证B2-2009××××　互联网新闻信息服务许可证：31120180×××</div>""",
body="""
11月26日上午，一架载有生鲜包裹的无人机从浦东新区三林镇一处物流站点起飞，约30分钟后平稳降落在徐汇滨江的配送站点。这标志着上海首条跨江低空物流航线正式开通运营。
据运营方介绍，该航线全长约18公里，单架次最大载重10公斤，主要承担生鲜、医药和急件配送。与地面运输相比，配送时效提升约60%。
[img 无人机在徐汇滨江配送站点降落。东方新闻网记者 冯书婷 摄|无人机在徐汇滨江配送站点降落。东方新闻网记者 冯书婷 摄]
“我们在航线规划时避开了人员密集区域和重要设施，并设置了多个备降点。”运营方负责人表示，航线全程由低空飞行服务平台实时监控。
记者了解到，首批投入运营的无人机共有8架，每天计划执行往返航班约40架次。遇到大风、降雨等不利天气时，平台将自动暂停飞行，包裹改由地面车辆配送。
市交通委有关负责人表示，下一步将有序拓展低空物流应用场景，推动形成“干线—支线—末端”相衔接的低空物流网络。
"""))

A(dict(id="th-14", kind="media", title="Gansu's Dunhuang Draws Record Winter Visitors as Digital Caves Open",
authors=["Liu Mingyu", "Karen Whitfield"], publish_time="2026-11-23 10:17", lang="en",
css="body{font:17px/1.6 Georgia,serif;margin:0}.top{background:#003366;color:#fff}.by{color:#555}",
page="""<div class="top">CHINA HORIZON DAILY | <a>Home</a> <a>China</a> <a>World</a> <a>Business</a> <a>Culture</a> <a>Travel</a> <a>Opinion</a> <a>中文</a></div>
<p>Home / Culture / Heritage</p>
<h1>Gansu's Dunhuang Draws Record Winter Visitors<br>as Digital Caves Open</h1>
<p class="by">By Liu Mingyu in Lanzhou and Karen Whitfield | China Horizon Daily | Updated: 2026-11-23 10:17</p>
<p><a>Share</a> <a>Print</a> <a>Mail</a></p>
{BODY}
<p>Editor: Zhang Rui</p>
<h3>Related Stories</h3><ul><li>Silk Road film week opens in Jiuquan</li><li>Lanzhou beef noodle chain goes global</li></ul>
<p>Copyright 1995 - 2026. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Horizon Daily.</p>""",
body="""
Dunhuang, the desert oasis city in Northwest China's Gansu province, is set to receive a record number of visitors this winter after the opening of a digital exhibition that lets tourists walk through high-resolution copies of caves that are closed to the public.
Local tourism authorities said hotel bookings for December were up 37 percent year-on-year, a rare rise in what has traditionally been the low season.
[img Visitors view a digital replica of a cave mural in Dunhuang. [Photo provided to China Horizon Daily]|Visitors view a digital replica of a cave mural in Dunhuang. [Photo provided to China Horizon Daily]]
"Winter light in the desert is beautiful, and now there is something to see indoors as well," said Ma Xiaoling, a guide who has worked at the site for 12 years.
The exhibition uses scans of 30 caves, some of which have been closed for decades to protect their fragile murals. Researchers said the digital archive also helps them monitor changes in the paintings.
City officials said they would extend winter flights from Shanghai, Nanjing and Xi'an and offer discounted tickets to students until March.
"""))

A(dict(id="th-15", kind="media", title="江苏今冬明春将新增城市更新项目120个",
authors=["王  静".replace(" ", "")], publish_time="2026年11月19日 07:02",
css="body{font:16px/1.8 serif}.kicker{color:#c00}.wrap{width:1000px;margin:auto}",
page="""<div class="wrap"><div><b>江淮日报网</b>　<a>首页</a> <a>时政</a> <a>经济</a> <a>民生</a> <a>文体</a> <a>评论</a> <a>数字报</a></div>
<p class="kicker">江苏·要闻</p>
<h1>{TITLE}</h1>
<p>2026年11月19日 07:02　来源：江淮日报</p>
{BODY}
<p>【编辑：沈  越】</p>
<p><a>上一篇</a> <a>下一篇</a></p>
<p>江淮日报社主办 版权所有 未经许可不得转载 苏ICP备05011212号</p></div>""",
body="""
本报讯（记者 王  静）11月18日，记者从省住房和城乡建设厅获悉，今冬明春全省将新增城市更新项目120个，总投资约860亿元，重点推进老旧小区改造、老旧街区和厂区更新、城市地下管网改造等。
据介绍，今年以来全省已开工改造城镇老旧小区1280个，惠及居民约42万户。新增项目将更加注重补齐养老、托育、停车和充电设施短板。
“城市更新不是简单的拆和建，而是要让居民住得更舒心。”省住建厅有关负责人说，各地要坚持“先民生后商业、先地下后地上”，把居民意愿贯穿项目全过程。
根据计划，120个项目中，南京、苏州、无锡三市合计占比超过四成。省里将对年度考核优秀的城市给予资金奖补。
在推进方式上，省里鼓励各地采用“政府引导、市场运作、居民参与”的模式，吸引社会资本参与老旧街区和厂区改造，探索可持续的城市更新路径。
"""))

A(dict(id="th-16", kind="media", title="青海湖裸鲤资源量恢复至12万吨以上",
authors=[], publish_time="2026-11-28 11:36:52",
css="body{margin:0;font:15px/1.8 sans-serif}.dateline{font-weight:bold}",
page="""<div><b>高原新闻网</b> <small>青海第一门户</small> <a>新闻</a> <a>青海</a> <a>生态</a> <a>旅游</a> <a>视频</a></div>
<p>当前位置：<a>首页</a> &gt; <a>青海新闻</a></p>
<h1>{TITLE}</h1>
<p>2026-11-28 11:36:52　来源：新华社　字号：<a>大</a> <a>小</a></p>
{BODY}
<p>编辑：窦  军　审核：马  莉</p>
<p><b>相关新闻</b></p><p>· 青海湖迎来越冬候鸟<br>· 环湖地区草原生态持续向好</p>
<p>青海高原新闻网版权所有　本网站所刊登的新闻、信息和各种专题专栏资料，均为高原新闻网版权所有　青ICP备05000168号</p>""",
body="""
新华社西宁11月28日电　记者从青海省农业农村厅获悉，最新监测结果显示，青海湖裸鲤资源蕴藏量已恢复至12.16万吨，是2002年实施封湖育鱼时的近47倍。
青海湖裸鲤俗称湟鱼，是青海湖特有的鱼类，也是维系青海湖“水—鱼—鸟”生态链的关键物种。由于上世纪过度捕捞等原因，湟鱼资源曾一度濒临枯竭。
2002年以来，青海先后实施多轮封湖育鱼，累计人工增殖放流湟鱼鱼苗2亿余尾，并持续开展河道疏通、洄游通道建设和执法巡护。
监测人员介绍，今年湟鱼洄游期间，沙柳河等主要河道观测到的洄游鱼群数量明显增加，鱼类个体平均体长和体重也有所增长。
青海湖周边的鸟类数量随之增加。今年青海湖水鸟数量达到60余万只，斑头雁、渔鸥、棕头鸥等鸟类种群稳定。
"""))

A(dict(id="th-17", kind="media", title="Shanghai Pilots Cross-Border Data Service Zone in Lingang",
authors=[], publish_time="November 27, 2026", lang="en",
css="body{font:16px/1.7 Arial;margin:0 auto;max-width:860px}.src{color:#888;font-size:13px}",
page="""<div><b>SHANGHAI BROADCAST</b> English | <a>News</a> <a>Business</a> <a>City Life</a> <a>Video</a> <a>Podcasts</a></div>
<p class="src">Business · November 27, 2026 · Source: Xinhua</p>
<h1>{TITLE}</h1>
{BODY}
<p>(Edited by Chen Lu)</p>
<p>Tags: <a>Lingang</a> <a>data</a> <a>trade</a></p>
<h4>More from Business</h4><p>Yangshan port handles record container volume<br>Pudong launches AI compute voucher scheme</p>
<p>About Us | Contact | Terms of Use · 沪ICP备08104719号</p>""",
body="""
SHANGHAI, Nov. 27 (Xinhua) -- Shanghai on Thursday launched a cross-border data service zone in the Lingang Special Area, aiming to make it easier for multinational companies to move business data in and out of China under a clear set of rules.
The zone will publish lists of data that can flow abroad without a security assessment in fields such as automobile manufacturing, biomedicine and shipping, officials said at a press conference.
Companies registered in the zone can apply for a one-stop review service, which is expected to cut approval time from several months to about 30 working days.
"Foreign firms told us clarity matters more than anything else," said an official with the Lingang administration.
Some 40 companies have signed up for the first batch of the program, including carmakers, pharmaceutical firms and logistics operators.
"""))

A(dict(id="th-18", kind="media", title="兰州黄河风情线冬季夜游焕新登场",
authors=["赵一鸣", "张  丹".replace(" ", "")], publish_time="2026-11-17",
css="body{font:15px/1.9 sans-serif}.gd{background:#a40000;color:#fff}",
page="""<div class="gd">金城晚报 · 兰州新闻网　<a>首页</a> <a>兰州</a> <a>甘肃</a> <a>社会</a> <a>文旅</a> <a>融媒</a></div>
<div>网站首页 &gt;&gt; 文旅</div>
<table width="100%"><tr><td><h2>{TITLE}</h2></td></tr>
<tr><td><span>兰州新闻网</span>　<span>2026-11-17</span>　<span>金城晚报记者 赵一鸣 张  丹</span></td></tr></table>
{BODY}
<p>编辑：陈  玥</p>
<p>【<a>收藏</a>】【<a>打印</a>】【<a>关闭</a>】</p>
<p>兰州日报社版权所有　甘ICP备09001536号　互联网新闻信息服务许可证编号：62120170001</p>""",
body="""
夜幕降临，黄河两岸华灯初上。11月16日晚，兰州黄河风情线冬季夜游项目焕新登场，中山桥、白塔山和水车博览园一带的灯光秀吸引了大批市民游客驻足观看。
今年冬季夜游新增“光影黄河”沉浸式演出、羊皮筏子夜渡体验和河畔非遗市集三大项目。非遗市集每晚18时至22时开放，汇集刻葫芦、兰州鼓子、牛肉面技艺展示等30多个摊位。
“以前冬天晚上没地方去，现在带着孩子来看灯、吃小吃，很热闹。”市民刘女士说。
为保障夜游安全，景区增派了安保人员和志愿者，在人流密集区域设置了单向通行线路，并在中山桥两端安排专人疏导。公交部门也将沿线5条公交线路的末班车延长至23时。
[img 中山桥灯光秀。记者 赵一鸣 摄|中山桥灯光秀。记者 赵一鸣 摄]
据了解，冬季夜游项目将持续至明年3月，期间还将推出“夜游+住宿”联票和演出门票优惠活动。
"""))

A(dict(id="th-19", kind="media", title="常州一社区“共享厨房”让独居老人吃上热乎饭",
authors=["林可"], publish_time="2026-11-24 20:45",
css="body{margin:0;font:16px/1.8 sans-serif;background:#fafafa}.v{background:#111;color:#ccc;height:200px}",
page=f"""<div><b>常州广电·龙城TV</b> <a>电视</a> <a>广播</a> <a>新闻</a> <a>直播</a> <a>点播</a> <a>下载APP</a></div>
<div class="v">视频加载中……<br>00:00 / 03:12</div>
<h1>{{TITLE}}</h1>
<p>龙城TV　2026-11-24 20:45　播放量 3.2万</p>
{{BODY}}
<p>记者：林可　摄像：蒋  涛　编辑：许  晴</p>
<p><img src="{G}" alt="下载龙城TV客户端" width="80" height="80">扫码下载龙城TV客户端</p>
<h4>猜你喜欢</h4><p>常州地铁3号线最新进展 / 今冬首场寒潮即将到达</p>
<p>常州广播电视台版权所有　信息网络传播视听节目许可证 1008××× 苏ICP备10218888号</p>""",
body="""
【导语】在天宁区红梅街道的一个社区里，有一间特别的“共享厨房”，每天中午都飘出饭菜香。附近的独居老人不仅能在这里吃上热乎饭，还能自己动手做几道拿手菜。下面请看记者发来的报道。
【正文】上午十点半，“共享厨房”里已经忙碌起来。志愿者们洗菜、切菜，几位老人在一旁包馄饨。社区工作人员告诉记者，“共享厨房”由社区闲置用房改造而成，配备了四个灶台和适老化的桌椅，每天为40多位老人提供午餐。
【同期】社区老人 张阿姨：我一个人在家懒得烧，在这里大家一起吃，热闹，饭菜也合胃口。
【正文】厨房采用“社区+商户+志愿者”的运营模式，附近餐饮商户轮流派厨师掌勺，老人每餐只需支付8元。社区还根据老人的身体状况，提供低盐、低糖的特殊餐食。
【记者 林可】目前，这样的“共享厨房”在天宁区已经建成6家，明年还将覆盖更多社区。
"""))

A(dict(id="th-20", kind="media", title="海西州举行民族团结进步创建工作经验交流会",
authors=["才让卓玛", "李  强".replace(" ", "")], publish_time="2026年11月21日09:48",
css="table{width:980px}td{font-size:14px}",
page="""<table align="center"><tr><td>柴达木新闻网　<a>首页</a> | <a>海西要闻</a> | <a>州县动态</a> | <a>民族团结</a> | <a>图片</a> | <a>视频</a></td></tr>
<tr><td>您当前的位置 : 首页 &gt; 海西要闻</td></tr>
<tr><td align="center"><font size="5"><b>{TITLE}</b></font></td></tr>
<tr><td align="center">2026年11月21日09:48　来源：柴达木日报　【<a>我要打印</a>】【<a>关闭</a>】</td></tr>
<tr><td>{BODY}</td></tr>
<tr><td>编辑：韩  萍</td></tr></table>
<table align="center"><tr><td align="center">海西州融媒体中心主办　版权所有　青ICP备12000877号-1</td></tr></table>""",
body="""
本报讯（记者 才让卓玛 通讯员 李  强）11月20日，海西州民族团结进步创建工作经验交流会在德令哈市召开。
会议总结了近年来全州民族团结进步创建工作取得的成效，格尔木市、都兰县、乌兰县等地作了交流发言。
近年来，海西州深入开展民族团结进步“十进”活动，建成省级以上民族团结进步示范单位126个，各族群众交往交流交融不断加深。
会议要求，要把民族团结进步创建工作与基层治理、乡村振兴、文旅融合等工作结合起来，推动创建工作从“盆景”向“风景”转变。
会上还表彰了一批民族团结进步先进集体和先进个人。获奖代表表示，将继续在各自岗位上做好民族团结工作，让各族群众像石榴籽一样紧紧抱在一起。
会前，与会人员观摩了德令哈市部分社区、学校和企业的创建工作。
"""))

A(dict(id="th-21", kind="media", title="南通港吕四港区10万吨级航道工程全线贯通",
authors=["顾宇", "黄佳琪"], publish_time="11-29 18:30",
css="body{margin:0;font:17px/1.8 -apple-system,sans-serif;max-width:640px}.app{background:#e60012;color:#fff}",
page="""<div class="app">江海明珠APP　<a>打开APP</a>　阅读更多精彩内容</div>
<h1>{TITLE}</h1>
<p>江海明珠　11-29 18:30</p>
{BODY}
<p>来源：南通发布</p>
<p>点赞 326　评论 18　分享</p>
<p>下载江海明珠APP 看南通新闻</p>
<p><b>热门评论</b></p><p>用户7736：家门口的大港口，期待！</p>""",
body="""
!! 记者 顾宇 通讯员 黄佳琪
11月29日，南通港吕四港区10万吨级进港航道工程全线贯通，标志着吕四港区正式迈入“十万吨级”时代。
该航道工程全长约38公里，设计底宽200米，可满足10万吨级散货船单向乘潮通航。工程于2024年开工建设，累计完成疏浚量约6000万立方米。
据悉，工程建设过程中，建设单位采用了环保型疏浚工艺，并同步实施了海洋生态修复和增殖放流，尽量减少施工对周边海域渔业资源的影响。
“航道贯通后，大型船舶进港不再需要减载，每吨货物运输成本可降低15%左右。”港口运营方负责人表示。
近年来，吕四港区加快建设通用码头、LNG接收站和集装箱泊位，临港产业集聚效应逐步显现。今年1至10月，港区完成货物吞吐量4800万吨，同比增长12.4%。
"""))

A(dict(id="th-22", kind="media", title="天水麻辣烫带火县域文旅 秦州区推出“吃住游”一卡通",
authors=["党晓燕"], publish_time="2026-11-14 16:27",
css="body{font:15px/1.8 sans-serif}.l{width:70%;float:left}.r{width:28%;float:right;background:#f5f5f5}",
page="""<div><b>陇原在线</b> 甘肃新闻门户　<a>新闻</a> <a>财经</a> <a>文旅</a> <a>教育</a> <a>健康</a> <a>房产</a> <a>汽车</a>　<input placeholder="搜索新闻"></div>
<div>陇原在线 &gt; 文旅 &gt; 正文</div>
<div class="l"><h1>{TITLE}</h1>
<div>陇原在线记者 党晓燕 <span>2026-11-14 16:27</span> <span>阅读：1.1万</span></div>
{BODY}
<div>【责任编辑：梁  潇】</div></div>
<div class="r"><h4>排行榜</h4><ol><li>甘肃今冬首场雪将至</li><li>兰州至张掖高铁票价下调</li><li>敦煌机场冬春航季新增航线</li></ol></div>
<div style="clear:both">陇原在线 版权所有 甘ICP备10003344号-1 甘公网安备62010202001234号</div>""",
body="""
入冬以来，天水麻辣烫热度不减。为把“流量”转化为“留量”，秦州区近日推出“吃住游”一卡通，游客凭卡可在区内30家麻辣烫店、20家酒店和伏羲庙、南郭寺等景区享受优惠。
“一卡通售价99元，包含两家店的品尝券、一晚住宿折扣和三处景区门票。”秦州区文旅局工作人员介绍，一卡通上线一周已售出4000余张。
在秦州区一条麻辣烫美食街，记者看到不少外地游客拿着一卡通排队。来自西安的游客小杨说：“本来只是来吃麻辣烫，现在顺便把景区也逛了。”
## 延伸链条
除了吃，秦州区还在挖掘甘谷辣椒、秦安花椒等本地食材的产业价值，推动麻辣烫底料、预制菜等产品标准化生产。目前，全区已有6家企业获得麻辣烫相关食品生产许可。
业内人士认为，网红美食走红往往只是一时，只有把产业链条延长、把服务质量提上去，才能让热度持续下去。
"""))

A(dict(id="th-23", kind="media", title="记者蹲点：凌晨四点的农产品批发市场",
authors=["曹颖"], publish_time="2026年11月08日",
css="body{font:16px/2 serif;margin:0 auto;width:820px}.title{font-size:30px}",
page="""<p><b>新华日报·交汇点</b>　<a>推荐</a> <a>江苏</a> <a>深度</a> <a>评论</a> <a>读报</a></p>
<p class="title">{TITLE}</p>
<p>交汇点讯　2026年11月08日　曹颖</p>
{BODY}
<p>编辑：梁  斌　校对：丁丽娟</p>
<p><a>上一篇：南京地铁7号线全线开通运营</a></p><p><a>下一篇：宿迁湖滨新区打造“花木之乡”</a></p>
<p>版权所有 未经书面授权禁止使用 苏ICP备15060091号-1</p>""",
body="""
凌晨四点，南京众彩农副产品批发市场已经灯火通明。装满蔬菜的货车一辆接一辆驶入，叫卖声、搬运声此起彼伏。
“山东的大白菜，刚到的！”摊主老周一边卸货一边招呼客户。他在这里做了十五年蔬菜批发，每天凌晨两点就要到市场。“天冷了，菜价稍微涨了一点，但货源很足，大家放心。”
记者在市场信息中心看到，大屏幕上实时滚动着各类蔬菜的交易量和价格。工作人员介绍，市场日均蔬菜交易量约8000吨，入冬以来保持稳定。
## 一筐菜的“旅程”
清晨六点，来自各个菜场和超市的采购员陆续赶到。一位社区菜店老板说，从这里批发的菜，上午八点前就能摆上柜台。
为保障冬季供应，市场与山东、云南、海南等地的50多个基地签订了产销协议，并在冷库储备了约3万吨耐储蔬菜。
天渐渐亮了，最后一批货车驶出市场，驶向城市的各个角落。
"""))

A(dict(id="th-24", kind="media", title="上海发布冬季“一老一小”服务保障十项举措",
authors=["范佳"], publish_time="2026年11月30日",
css="body{font:16px/1.8 sans-serif}.hdr{border-bottom:2px solid #ccc}.dt{margin:auto}",
page="""<div class="hdr"><b>上海观察网</b>　<a>首页</a> <a>政情</a> <a>城事</a> <a>民生</a> <a>区情</a>　<a>长辈版</a></div>
<p><a>城事</a> / 正文</p>
<h1>{TITLE}</h1>
<p>上海观察网　2026年11月30日</p>
{BODY}
<p>作者：范佳　编辑：邱  杰</p>
<p><a>分享到微信</a> <a>分享到微博</a></p>
<p>上海观察网　沪ICP备14012188号-5　沪公网安备31010602000888号</p>""",
body="""
记者从11月29日举行的市政府新闻发布会上获悉，本市将在今冬明春推出“一老一小”服务保障十项举措，涵盖老年助餐、居家照护、托育服务和儿童冬季健康等方面。
发布会上，市民政局、市卫生健康委、市教委有关负责人介绍了具体安排。部分举措如下：
| 领域 | 举措 | 目标 |
| 老年助餐 | 新增社区长者食堂 | 年底前新增60家 |
| 居家照护 | 家庭照护床位 | 累计建成1.5万张 |
| 托育服务 | 社区托育“宝宝屋” | 覆盖全部街镇 |
| 儿童健康 | 儿科夜间门诊 | 延长至22时 |
“寒冬时节，老人和孩子是最需要关心的群体。”市民政局有关负责人表示，各区将建立独居老人冬季探访台账，遇寒潮天气每日电话问候。
此外，本市还将对社区养老服务机构开展冬季消防和燃气安全专项检查，确保服务场所安全运营。
"""))
