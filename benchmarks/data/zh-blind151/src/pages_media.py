"""uv-13 … uv-24: central, provincial and city media, portals, TV/radio sites (uv-23, uv-24 English)."""
PAGES = [
dict(id="uv-13", kind="media", doc_title="海河边的“夜跑族”多了起来_津滨网", css="body{margin:0;font:16px/1.9 'Microsoft YaHei'} .w{width:1200px;margin:auto} .l{float:left;width:820px} .r{float:right;width:340px} h1{font-size:32px}",
title="海河边的“夜跑族”多了起来", authors=["周  扬"], publish_time="2025-05-12 07:56",
tpl="""<body><div class="topbar w"><a href="#">津滨网首页</a> <a href="#">新闻</a> <a href="#">财经</a> <a href="#">文旅</a> <a href="#">健康</a> <a href="#">视频</a> <a href="#">登录</a> <a href="#">客户端下载</a></div>
<div class="w"><div class="logo">津滨网 <small>天津新闻门户</small></div>
<div class="crumb"><a href="#">津滨网</a> &gt; <a href="#">天津新闻</a> &gt; 正文</div>
<div class="l"><h1>{TITLE}</h1>
<div class="meta">2025-05-12 07:56　来源：天津晚间报　<a href="#">分享到</a>：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="text">{BODY}</div>
<div class="editor">[责任编辑：于  晴]</div>
<div class="hot"><h3>24小时热闻</h3><ol><li>天津地铁11号线二期开通初期运营</li><li>“五一”假期天津接待游客超千万人次</li><li>一文看懂天津今年中考新变化</li></ol></div></div>
<div class="r"><h3>图片新闻</h3><p>五大道海棠花节落幕</p><h3>扫码下载津滨网客户端</h3><img alt="客户端二维码" src="" width="1" height="1"></div>
<div class="footer" style="clear:both"><a href="#">关于我们</a> | <a href="#">广告服务</a> | <a href="#">联系方式</a> | <a href="#">违法和不良信息举报</a><br>互联网新闻信息服务许可证：12120170006　津ICP备09002617号　津公网安备12010102000108号<br>Copyright © 2003-2025 津滨网 All Rights Reserved</div></div></body>""",
body="""
~ <p class="byline">记者 周  扬</p>
晚上8点，海河沿岸的步道上灯光渐次亮起，三三两两的跑者迎着河风出发。入夏以来，从大光明桥到赤峰桥这段河岸，“夜跑族”明显多了起来。
! 夜跑 | 市民在海河边夜跑。记者 周扬 摄
“下班后来跑5公里，吹吹河风，一天的疲惫都没了。”在河东区工作的程女士已经坚持夜跑两年。她告诉记者，今年步道新铺了塑胶面层，还增设了距离标识，跑起来更舒服了。
据了解，今年以来，我市对海河沿线12公里亲水步道进行了提升改造，新增照明灯具860余套、直饮水点15处、公共卫生间8座。一些跑团也把活动地点搬到了海河边。“天津夜跑俱乐部”负责人李健说，俱乐部每周二、周四组织集体夜跑，每次都有上百人参加。
不过，也有市民反映，部分路段存在电动自行车驶入步道、遛狗不牵绳等现象。对此，市城市管理部门表示，将加强夜间巡查，并在重点路段增设隔离设施和提示标牌。
"""),

dict(id="uv-14", kind="media", doc_title="湖南：首批“湘字号”非遗工坊名单公布-湘江晨讯网", css="body{margin:0} .container{max-width:1140px;margin:auto;display:grid;grid-template-columns:3fr 1fr} .art-title{font-size:30px}",
title="首批“湘字号”非遗工坊名单公布", authors=["杨柳青", "欧阳晓婷"], publish_time="2025-06-14 10:08:31",
tpl="""<body><header><div class="container"><span class="brand">湘江晨讯网</span><nav><a href="#">要闻</a><a href="#">时政</a><a href="#">经济</a><a href="#">社会</a><a href="#">文化</a><a href="#">市州</a><a href="#">评论</a></nav><input placeholder="搜索新闻"></div></header>
<div class="container"><main><div class="bc">首页 › 文化 › 正文</div>
<p class="kicker">首批名单涵盖湘绣、醴陵釉下彩、滩头年画等32个项目</p>
<h1 class="art-title">{TITLE}</h1>
<div class="art-info"><span>湘江晨讯网</span> <span>2025-06-14 10:08:31</span> <span>[作者：杨柳青 欧阳晓婷]</span> <span>阅读量：3.2万</span></div>
<div class="art-body">{BODY}</div>
<div class="art-edit">编辑：胡  蝶　二审：邓  兰　三审：刘建军</div>
<div class="share"><span>分享到：</span><a href="#">微信</a><a href="#">朋友圈</a><a href="#">微博</a><a href="#">复制链接</a></div>
<section class="related"><h3>相关新闻</h3><ul><li><a href="#">湖南非遗购物节启幕</a></li><li><a href="#">湘绣走进巴黎时装周</a></li></ul></section></main>
<aside><h4>热门排行</h4><ol><li>长沙地铁6号线东延段开工</li><li>湖南高考成绩6月25日公布</li></ol></aside></div>
<footer>湘江晨讯网版权所有，未经书面授权禁止使用<br>湘ICP备11003829号-1　湘公网安备 43010502000893号　互联网新闻信息服务许可证：43120180011</footer></body>""",
body="""
湘江晨讯网6月14日讯（记者 杨柳青 通讯员 欧阳晓婷）6月13日，省文化和旅游厅公布首批“湘字号”非遗工坊名单，湘绣、醴陵釉下彩瓷、滩头木版年画、浏阳花炮制作等32个项目的工坊入选。
据介绍，非遗工坊是依托非遗代表性项目或传统手工艺，带动当地群众就近就业的各类经营主体和生产加工点。此次入选的32家工坊，去年共带动就业1.8万余人，其中脱贫人口和农村妇女占比超过六成。
# 分布14个市州
从地域看，首批工坊覆盖全省14个市州，其中湘西州、怀化市各入选4家。从类型看，传统技艺类21家、传统美术类9家、传统医药类2家。
“入选后，我们可以享受培训、展销、金融等方面的支持。”邵阳县蓝印花布工坊负责人刘湘云说，工坊今年已接到一批海外订单，计划再招收20名绣娘。
省文化和旅游厅相关负责人表示，下一步将为工坊搭建线上线下展销平台，推动非遗产品进景区、进商场、进直播间，让更多群众“在家门口就业、靠手艺增收”。
"""),

dict(id="uv-15", kind="media", doc_title="草原上的“流动图书馆”_北疆新闻网", css="table{width:980px} body{font-size:14px}",
title="草原上的“流动图书馆”", authors=["萨仁高娃", "巴·特木尔"], publish_time="2025年07月08日08:30",
tpl="""<body><table align="center"><tr><td>北疆新闻网 | <a href="#">蒙古文</a> | <a href="#">English</a></td><td align="right">2025年7月8日 星期二</td></tr>
<tr><td colspan="2"><a href="#">首页</a> | <a href="#">内蒙古新闻</a> | <a href="#">国内</a> | <a href="#">国际</a> | <a href="#">盟市</a> | <a href="#">图片</a> | <a href="#">专题</a></td></tr></table>
<table align="center"><tr><td width="700" valign="top">
<p>您现在的位置： <a href="#">北疆新闻网</a> &gt;&gt; <a href="#">内蒙古新闻</a></p>
<h1>{TITLE}</h1>
<p class="sub">——锡林郭勒盟苏尼特右旗“草原书车”见闻</p>
<p>2025年07月08日08:30　　来源：北疆日报</p>
{BODY}
<p>（责编：乌  兰）</p>
</td><td valign="top"><p><b>推荐阅读</b></p><p>· 呼伦贝尔草原进入最美季节</p><p>· 内蒙古今年新建高标准农田600万亩</p><p><b>北疆新闻网官方微信</b></p><img alt="官方微信二维码" src="" width="1" height="1"></td></tr></table>
<table align="center"><tr><td align="center">北疆新闻网 版权所有 不得转载<br>蒙ICP备05002179号　蒙公网安备 15010202000265号<br>新闻热线：0471-6659112</td></tr></table></body>""",
body="""
~ <p class="byline">本报记者 萨仁高娃 巴·特木尔</p>
清晨，一辆印着“草原书车”字样的小型货车驶出苏尼特右旗赛汉塔拉镇，沿着砂石路向百公里外的牧区开去。车上装着1500多册图书，还有一台笔记本电脑和移动投影仪。
“书车来了！”车刚停在额仁淖尔嘎查的文化活动室门前，牧民的孩子们就跑了过来。驾驶员兼管理员格日勒图打开车厢侧板，一排排书架展现在眼前。
! 草原书车 | 孩子们在“草原书车”前挑选图书
这辆流动图书馆是旗图书馆2023年配备的。两年来，书车每月两次深入全旗各苏木镇、嘎查，累计行驶4.6万公里，借阅图书3.2万册次。车上的图书有蒙汉两种文字，以少儿读物、农牧技术和健康知识类为主。
牧民其其格一次借了5本书。“家里离镇上远，以前孩子想看书很难。现在书车按时来，还能预约想看的书，下次来就带上了。”
旗图书馆馆长表示，今年计划再增加一辆书车，并在牧区设立20个图书流通点，让牧民借书更方便。
"""),

dict(id="uv-16", kind="media", doc_title="海南自贸港“零关税”政策惠及更多企业 - 椰城在线", css="body{margin:0;background:#fafafa} .page{width:1080px;margin:auto;background:#fff} .h{font-size:28px;font-weight:700}",
title_lines=["海南自贸港“零关税”政策", "惠及更多企业"], title="", authors=["陈  蕾"], publish_time="2025-08-19 09:15",
tpl="""<body><div class="page"><div class="top"><a href="#">椰城在线</a> · <a href="#">海南</a> <a href="#">自贸港</a> <a href="#">旅游</a> <a href="#">房产</a> <a href="#">教育</a> <a href="#">视频</a> <a href="#">直播</a> <span><a href="#">登录</a> | <a href="#">注册</a></span></div>
<div class="pos">椰城在线 &gt; 自贸港 &gt; 政策</div>
<div class="h">{TITLE}</div>
<div class="m">2025-08-19 09:15 | 来源：海南经济导报 | 作者：陈  蕾 | <a href="#">评论(12)</a></div>
<div class="b">{BODY}</div>
<div class="e">原文链接：略　责任编辑：王晓曼</div>
<div class="pn"><span>上一篇：海口新海港客流创新高</span> <span>下一篇：三亚中央商务区新增外资企业</span></div>
<div class="hot"><h4>大家都在看</h4><p>儋州洋浦保税港区进出口同比增长</p><p>海南今年首批离岛免税新店开业</p></div>
<div class="bot">椰城在线 版权所有　琼ICP备08000261号-5　琼公网安备 46010602000471号<br>广播电视节目制作经营许可证：（琼）字第00137号　违法和不良信息举报电话：0898-66810110</div></div></body>""",
body="""
记者从海口海关获悉，今年1至7月，海南自由贸易港“零关税”政策项下进口货值达98.6亿元，同比增长21.7%，享受税款减免14.3亿元，惠及企业1400余家。
# 原辅料政策受益面最广
在“零关税”原辅料政策支持下，洋浦经济开发区一家油脂加工企业今年进口大豆原料累计减免税款近2亿元。“政策让我们的生产成本降低了约8%，产品在市场上更有竞争力。”企业财务负责人说。
# 交通工具及游艇进口增加
截至7月底，全省“零关税”交通工具及游艇清单项下进口游艇46艘、货车和客车312辆。三亚一家游艇租赁公司负责人表示，新引进的游艇上线后，旅游旺季的订单增长了三成。
| 政策清单 | 进口货值（亿元） | 减免税款（亿元） |
| 原辅料 | 71.2 | 9.8 |
| 自用生产设备 | 19.5 | 3.1 |
| 交通工具及游艇 | 7.9 | 1.4 |
海口海关相关负责人表示，将持续优化监管模式，推动政策红利加快释放，助力自贸港建设。
"""),

dict(id="uv-17", kind="media", doc_title="新华社消息｜呼和浩特至鄂尔多斯高铁开通运营", css="body{margin:0} .main{width:1000px;margin:auto} #title{font-size:30px}",
title="呼和浩特至鄂尔多斯高铁开通运营", authors=["安  路"], publish_time="2025-09-26 12:03:45",
tpl="""<body><div class="header"><div class="main"><a href="#">华讯网</a> <a href="#">内蒙古频道</a> · <a href="#">首页</a> <a href="#">时政</a> <a href="#">经济</a> <a href="#">社会</a> <a href="#">图片</a> <a href="#">视频</a></div></div>
<div class="main"><div class="path">华讯网 &gt; 内蒙古频道 &gt; 正文</div>
<div class="h-info"><span class="h-time">2025-09-26 12:03:45</span> <span>来源：华讯网</span></div>
<div id="title">{TITLE}</div>
<div class="fx">【<a href="#">纠错</a>】 <a href="#">分享</a></div>
<div id="detail">{BODY}</div>
<div class="editor">【责任编辑:马  骁】</div>
<div class="xgtj"><h3>相关推荐</h3><ul><li>内蒙古交通基础设施投资创历史新高</li><li>包头至银川高铁全线铺轨完成</li></ul></div></div>
<div class="foot"><div class="main"><a href="#">关于我们</a> | <a href="#">版权声明</a><br>Copyright © 2000-2025 华讯网 版权所有　京ICP证010042号</div></div></body>""",
body="""
华讯社呼和浩特9月26日电（记者安路）26日上午8时18分，G4681次列车从呼和浩特东站驶出，标志着呼和浩特至鄂尔多斯高速铁路正式开通运营。两市间最快旅行时间由原来的2小时40分钟压缩至58分钟。
呼鄂高铁线路全长约220公里，设计时速250公里，沿途设呼和浩特东、和林格尔新区、托克托东、达拉特西、鄂尔多斯等7座车站。线路穿越黄河，其中黄河特大桥全长6.2公里。
! 首发列车 | 9月26日，G4681次列车驶出呼和浩特东站。
中国铁路呼和浩特局集团有限公司有关负责人介绍，开通初期，呼鄂高铁每日安排开行动车组列车32对，高峰期将增至40对。
“以前去鄂尔多斯办事要提前一天出发，现在当天就能打个来回。”首趟列车上，在呼和浩特经营建材生意的旅客刘建国说。
呼鄂高铁是国家“八纵八横”高速铁路网包（银）海通道的重要组成部分。专家认为，该线路开通将进一步促进呼包鄂乌一体化发展，带动沿线文旅、物流等产业发展。
"""),

dict(id="uv-18", kind="media", doc_title="湘潭：社区食堂让老人吃上“暖心饭”——长株潭广电网", css="body{margin:0;font:15px sans-serif} .vbox{background:#000;color:#fff;height:360px} .inner{width:1100px;margin:auto}",
title="社区食堂让老人吃上“暖心饭”", authors=["龙  霞", "谭  超"], publish_time="2025.10.11",
tpl="""<body><div class="inner"><div class="tv">长株潭广电网 <a href="#">直播</a> <a href="#">点播</a> <a href="#">新闻</a> <a href="#">栏目</a> <a href="#">主持人</a> <a href="#">节目单</a></div>
<div class="cur">当前位置：首页 - 新闻联播 - 本地新闻</div>
<div class="vbox"><img alt="视频播放器" src="" width="1" height="1"> 播放 00:00 / 02:47</div>
<h2>{TITLE}</h2>
<div class="vinfo">栏目：《湘潭新闻联播》　播出时间：2025.10.11　记者：龙  霞 谭  超</div>
<div class="vtext">{BODY}</div>
<div class="ze">编辑：刘  畅　｜　监制：罗国强</div>
<div class="more"><h4>往期节目</h4><ul><li>2025.10.10 湘潭新闻联播</li><li>2025.10.09 湘潭新闻联播</li></ul></div>
<div class="ft">湘潭市广播电视台 主办　（湘）字第00218号　信息网络传播视听节目许可证：1810548<br>湘ICP备10017332号　湘公网安备43030202000097号</div></div></body>""",
body="""
~ <p class="lab">【导语】</p>
中午11点半，岳塘区建设路街道的“幸福食堂”里已经坐满了前来就餐的老人。三菜一汤，老年人只需付8元。
~ <p class="lab">【正文】</p>
今天的菜单是红烧鱼块、香干炒肉、清炒菜心和紫菜蛋汤。79岁的罗爹爹一边吃一边说：“菜做得软烂，合我们老人的口味。以前一个人在家懒得做饭，现在每天来这里吃，还能和老伙计们聊聊天。”
据了解，“幸福食堂”于今年3月开业，由街道提供场地，引入专业餐饮企业运营。食堂对辖区60周岁以上老人实行分档优惠，80周岁以上、低保和失能老人还可以享受送餐上门服务。
~ <p class="lab">【同期】建设路街道民政办主任 唐丽华</p>
目前食堂日均接待老人230人次，送餐上门40余份。下一步我们会根据老人的意见调整菜品，增加低盐低糖的健康套餐。
~ <p class="lab">【记者手记】</p>
截至目前，湘潭市已建成社区老年食堂和助餐点156个。小小一张餐桌，承载着老人们对幸福晚年的期待。
"""),

dict(id="uv-19", kind="media", doc_title="天津：老旧小区加装电梯提速 - 津云", css="body{margin:0} .app{max-width:700px;margin:auto;padding:16px;font:17px/1.8 sans-serif} .au{display:flex;align-items:center}",
title="老旧小区加装电梯提速 今年已开工182部", authors=["何  畅"], publish_time="2025-03-27 19:40",
tpl="""<body><div class="app"><div class="openapp"><img alt="津云" src="" width="1" height="1"> 津云客户端 <a href="#">打开APP</a></div>
<h1>{TITLE}</h1>
<div class="au"><img alt="" src="" width="1" height="1"><span>津云新闻</span> <span class="t">2025-03-27 19:40</span> <a href="#">+关注</a></div>
{BODY}
<div class="zb">津云记者：何  畅</div>
<div class="zb">编辑：赵思琪</div>
<div class="tips">本文为津云原创，转载请注明出处</div>
<div class="cmt"><h4>评论</h4><p>暂无评论，快来抢沙发吧</p><input placeholder="写评论..."></div>
<div class="dl">打开津云APP，阅读体验更佳 <a href="#">立即下载</a></div></div></body>""",
body="""
今年以来，本市既有住宅加装电梯工作按下“快进键”。记者从市住房城乡建设委获悉，截至3月底，全市今年已开工加装电梯182部，完工61部，其中河北区、南开区开工数量位居前列。
在南开区学府街道一处建于上世纪90年代的小区，新装的电梯刚刚投入使用。住在6楼的刘阿姨说：“我腿脚不好，以前下楼买菜要歇好几回，现在按个按钮就下来了。”
# 审批流程再压缩
为解决加装电梯“协调难、审批慢”问题，今年本市推行“一窗受理、并联审批”，将规划、施工许可等手续办理时限压缩至15个工作日内。同时，各区组建专业协调员队伍，帮助居民协商意见、分摊费用。
# 补贴标准不变
按照现行政策，每部加装电梯给予市区两级财政补贴合计最高28万元，居民还可以提取住房公积金用于加装电梯。
市住房城乡建设委相关负责人表示，今年全市计划开工加装电梯500部以上，将优先支持老年人集中、意愿强烈的小区。
"""),

dict(id="uv-20", kind="media", doc_title="红网评：让“村BA”的热度转化为乡村振兴的力度 - 湘声评论", css="body{margin:0;font-family:serif} .col{width:760px;margin:auto} .pl{border-left:4px solid #c00;padding-left:10px}",
title="让“村BA”的热度转化为乡村振兴的力度", authors=["郑  凡"], publish_time="2025年08月04日 07:10",
tpl="""<body><div class="col"><div class="mast">湘声评论 · 言之有据　<a href="#">首页</a> <a href="#">时评</a> <a href="#">观点</a> <a href="#">漫评</a> <a href="#">投稿</a></div>
<div class="pos">首页 &gt;&gt; 时评 &gt;&gt; 正文</div>
<div class="pl"><h1>{TITLE}</h1></div>
<p class="by">来源：湘声评论　作者：郑  凡　2025年08月04日 07:10</p>
{BODY}
<p class="note">（作者系湖南省某高校教师）</p>
<p class="note">本文为湘声评论原创稿件，未经授权不得转载。</p>
<p>责任编辑：邓  婷　见习编辑：周  雨</p>
<div class="jx"><b>评论精选</b><p>“最美护士”不该止于点赞</p><p>对“景区限流”要多些耐心</p></div>
<p class="ft">湘ICP备07008817号-3 · 评论投稿邮箱：见网站</p></div></body>""",
body="""
这个夏天，湖南多地乡村篮球赛火爆出圈。在永州道县的一个村级球场，一场“村BA”决赛吸引了上万名观众，相关短视频播放量过亿。
“村BA”为什么这么火？说到底，是因为它扎根于乡土。球员是种地的农民、开店的老板、返乡的大学生，观众是十里八乡的乡亲，奖品可能是一头猪、一筐鸭蛋。这种原汁原味的热闹，恰恰是城市赛事难以复制的。
然而，热度总有退潮的时候。如何把一时的流量转化为长久的“留量”，是摆在各地面前的一道考题。
一方面，要守住“村味”。不宜过度包装、盲目追求规模，更不能让商业运作挤掉了群众的主体地位。另一方面，要做好“+”的文章。“村BA+农特产品”“村BA+乡村旅游”，把看球的人变成买货的人、住下来的人，才能真正为乡村带来收益。
乡村振兴，既要塑形，也要铸魂。期待“村BA”的球场上，跑出更多乡村发展的精彩。
"""),

dict(id="uv-21", kind="media", doc_title="“一碗粉”里的产业经——常德米粉产业发展调查_湘北日报网", css="body{margin:0} .w1{width:1100px;margin:auto} .yt{font-size:16px;color:#555} .zt{font-size:34px}",
title="“一碗粉”里的产业经", authors=["覃  勇", "刘宇航", "田  甜"], publish_time="2025-11-20 08:25",
tpl="""<body><div class="w1"><div class="nav">湘北日报网 ｜ <a href="#">首页</a> <a href="#">常德新闻</a> <a href="#">区县</a> <a href="#">深度</a> <a href="#">数字报</a> <a href="#">融媒体</a></div>
<div class="bread">湘北日报网 / 深度 / 调查</div>
<h1 class="zt">{TITLE}</h1>
<p class="yt">——常德米粉产业发展调查</p>
<div class="mt">2025-11-20 08:25 ｜ 湘北日报 ｜ 浏览：<span>5721</span></div>
<div class="zw">{BODY}</div>
<div class="ed">编辑：吴  娟　校对：李  敏</div>
<div class="rec"><h3>推荐</h3><p>常德获评全国“美食之都”</p><p>桃花源景区游客接待量创新高</p></div>
<div class="foot">湘北日报社主办　湘ICP备06011829号　湘公网安备 43070202000056号<br>联系电话：0736-7714008　地址：常德市武陵区朗州路</div></div></body>""",
body="""
~ <p class="byline">湘北日报全媒体记者 覃  勇 刘宇航 通讯员 田  甜</p>
一碗牛肉米粉，撑起了一个年产值超百亿元的产业。近年来，常德米粉从街头小店走向全国市场，预包装产品销往30多个省份。记者近日走访多家企业和门店，探寻“一碗粉”背后的产业密码。
# 从街头到工厂
在鼎城区一家米粉生产企业的车间里，自动化生产线上，大米经过浸泡、磨浆、蒸煮、挤丝、冷却等工序，变成一根根晶莹的米粉。“一条线一天能生产米粉30吨。”企业负责人介绍，公司的预包装米粉去年网上销售额突破2亿元。
# 标准化破解“口味难题”
米粉好吃，关键在码子和汤底。为解决口味不稳定问题，常德制定了《常德米粉》团体标准，对原料、工艺、卤汤配方作出规范。
| 年份 | 产业总产值（亿元） | 门店数（家） |
| 2022 | 78 | 9200 |
| 2023 | 91 | 10500 |
| 2024 | 106 | 11800 |
# 还需补齐短板
调查中，也有企业反映，品牌分散、同质化竞争、冷链物流成本高等问题仍然存在。业内人士建议，加快培育龙头企业，打造区域公用品牌，让常德米粉走得更远。
"""),

dict(id="uv-22", kind="media", doc_title="博鳌亚洲论坛年会｜嘉宾谈区域合作 — 南海视听", css="body{margin:0;background:#0b2c4a;color:#fff} .c{max-width:1200px;margin:auto} .tl{font-size:36px}",
title="嘉宾热议区域经济合作新机遇", authors=[], publish_time="2025-03-27",
tpl="""<body><div class="c"><header>南海视听 <nav><a href="#">首页</a> <a href="#">新闻</a> <a href="#">综艺</a> <a href="#">纪录片</a> <a href="#">直播</a> <a href="#">海南卫视</a></nav></header>
<div class="crumb">首页 &gt; 新闻 &gt; 专题：博鳌亚洲论坛2025年年会</div>
<div class="tl">{TITLE}</div>
<div class="time">2025-03-27　　南海视听综合</div>
<div class="player">▶ <img alt="视频" src="" width="1" height="1"> 高清 | 标清</div>
{BODY}
<div class="relvideo"><h4>相关视频</h4><p>博鳌亚洲论坛2025年年会开幕</p><p>探访博鳌近零碳示范区</p></div>
<footer>海南广播电视总台 版权所有　琼ICP备10002417号　信息网络传播视听节目许可证：2110510</footer></div></body>""",
body="""
3月26日至27日，博鳌亚洲论坛2025年年会在海南博鳌举行。年会期间，来自多个国家和地区的政商学界嘉宾围绕区域经济合作、绿色转型、数字经济等话题展开讨论。
在“区域全面经济伙伴关系”分论坛上，多位嘉宾认为，区域内供应链、产业链深度融合，为各方企业带来了新的市场机会。一位东南亚企业代表说：“我们的热带水果通过海南进入中国市场，通关时间从过去的几天缩短到几个小时。”
在谈到海南自由贸易港建设时，有嘉宾表示，海南正在成为连接中国与东南亚的重要枢纽，“零关税、低税率、简税制”的政策安排对外资企业很有吸引力。
本届年会还聚焦人工智能治理、气候变化应对等议题。与会嘉宾普遍认为，面对复杂多变的国际形势，亚洲各国应加强对话合作，共同维护开放包容的发展环境。
"""),

dict(id="uv-23", kind="media-en", lang="en", doc_title="Tianjin port's container throughput hits record in first half - Bohai Daily English", css="body{margin:0;font-family:Georgia,serif} .wrap{width:980px;margin:auto} h1{font-size:34px}",
title="Tianjin port's container throughput hits record in first half", authors=["Zhang Wei", "Emma Lin"], publish_time="2025-07-16 15:42",
tpl="""<body><div class="wrap"><div class="top"><a href="#">Bohai Daily</a> | <a href="#">中文</a> | <a href="#">Subscribe</a> <form><input placeholder="Search"></form></div>
<nav><a href="#">Home</a> <a href="#">China</a> <a href="#">Business</a> <a href="#">World</a> <a href="#">Culture</a> <a href="#">Travel</a> <a href="#">Opinion</a> <a href="#">Tianjin</a></nav>
<p class="crumb">Home / Business / Companies</p>
<h1>{TITLE}</h1>
<p class="by">By Zhang Wei and Emma Lin in Tianjin | Bohai Daily | Updated: 2025-07-16 15:42</p>
<p class="sharebar"><a href="#">Share</a> - <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">WeChat</a></p>
{BODY}
<p class="ed">Editor: Liu Jing</p>
<div class="rel"><h3>Related Stories</h3><ul><li>Binhai New Area opens hydrogen fuel station network</li><li>Tianjin-Beijing intercity trains add weekend services</li></ul></div>
<footer>Copyright 2025 Bohai Daily. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to Bohai Daily.<br>津ICP备12000372号</footer></div></body>""",
body="""
Tianjin Port handled a record 11.8 million twenty-foot equivalent units of containers in the first half of the year, up 6.4 percent year-on-year, the port operator said on Tuesday.
! Container ship | A container ship is loaded at an automated terminal of Tianjin Port on Monday. [Photo by Wang Hao/Bohai Daily]
The growth was driven by new shipping routes to Southeast Asia and the Middle East, as well as rising sea-rail intermodal traffic from inland provinces such as Shanxi and Inner Mongolia, according to Tianjin Port Group.
"We opened nine new international container routes this year, and our smart terminal now operates around the clock with driverless trucks," said Chen Dong, deputy general manager of the group's container business.
Sea-rail intermodal volume reached 780,000 TEUs in the six months, up 12 percent. Exports of new energy vehicles through the port also surged, with more than 160,000 vehicles shipped abroad.
Analysts said the figures reflect resilient demand despite global trade uncertainties. The port aims to handle more than 24 million TEUs for the full year.
"""),

dict(id="uv-24", kind="media-en", lang="en", doc_title="Hainan unveils measures to attract global talent | Isle Gazette", css="body{margin:0;font-family:Arial} .main{max-width:900px;margin:auto} .kick{color:#0a7}",
title="Hainan unveils measures to attract global talent", authors=[], publish_time="2025-04-02 10:31",
tpl="""<body><header><span class="logo">ISLE GAZETTE</span> <a href="#">News</a> <a href="#">FTP</a> <a href="#">Business</a> <a href="#">Lifestyle</a> <a href="#">Video</a> <a href="#">About Us</a></header>
<div class="main"><p class="kick">FREE TRADE PORT</p>
<h1>{TITLE}</h1>
<p class="meta">Source: Xinhua | 2025-04-02 10:31</p>
{BODY}
<p class="ed">Editor: Chen Xi</p>
<aside><h4>Most Popular</h4><ol><li>Sanya ranks among top winter destinations</li><li>Haikou airport adds new route to Jakarta</li></ol></aside>
<footer>© Isle Gazette 2025 | About | Contact | Privacy<br>琼ICP备12003116号-2</footer></div></body>""",
body="""
HAIKOU, April 2 (Xinhua) -- South China's Hainan Province on Tuesday unveiled a package of measures to attract overseas professionals, as it steps up efforts to build a globally influential free trade port.
Under the new rules, eligible foreign talent will enjoy simplified procedures for work and residence permits, with processing time cut to five working days. High-level professionals may apply for permanent residence after working in Hainan for three consecutive years.
The province will also expand the list of overseas professional qualifications recognized locally, covering fields such as architecture, finance, medical care and tourism. Holders of recognized qualifications can provide services in Hainan without taking additional exams.
In addition, Hainan will set up international talent service centers in Haikou and Sanya, offering one-stop services including housing, schooling for children and medical insurance.
By the end of 2024, more than 9,000 foreign professionals were working in Hainan, according to the provincial department of human resources and social security.
"""),
]
