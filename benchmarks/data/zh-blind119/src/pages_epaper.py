# e-paper pages vp-31 .. vp-35
K = "e-paper"
PAGES = [
dict(id="vp-31", kind=K, doctitle="温州日报数字报-瓯江两岸夜景灯光提升工程完工",
 title="瓯江两岸夜景灯光提升工程完工", authors=["黄洁", "叶思思"], publish_time="2024年12月30日",
 css="""body{font-size:12px;margin:0}table.p{width:1000px;margin:0 auto}.bh{background:#1565c0;color:#fff;font-size:20px}.yt{font-size:14px;text-align:center;color:#333}.zt{font-size:24px;font-weight:bold;text-align:center}
.ft{font-size:14px;text-align:center}.nr p{font-size:14px;line-height:24px}.list td{border-bottom:1px dotted #ccc}""",
 html="""<table class="p"><tr><td class="bh" colspan="2">温州日报 数字报 　2024年12月30日 星期一　<a>往期回顾</a> <a>PDF下载</a></td></tr>
<tr><td width="300" valign="top"><p>第01版：要闻</p><p><a>上一版</a>　<a>下一版</a></p>
<table class="list"><tr><td><b>本版标题导航</b></td></tr><tr><td>全市经济工作会议召开</td></tr><tr><td>瓯江两岸夜景灯光提升工程完工</td></tr><tr><td>温州港集装箱吞吐量创新高</td></tr><tr><td>新年首个寒潮来袭</td></tr></table>
<p>版面导航</p><p>第01版：要闻</p><p>第02版：要闻</p><p>第03版：区县</p><p>第04版：民生</p></td>
<td valign="top"><table width="100%"><tr><td class="yt">跨年夜将首次上演“一江两岸”灯光秀</td></tr>
<tr><td class="zt">瓯江两岸夜景<br>灯光提升工程完工</td></tr>
<tr><td class="ft">沿江12公里串起18座建筑和4座大桥</td></tr>
<tr><td>　</td></tr><tr><td class="nr">{BODY}</td></tr></table></td></tr>
<tr><td colspan="2" align="center">温州日报报业集团版权所有　浙ICP备05006289号　地址：温州市某路1号</td></tr></table>""",
 body="""
本报讯（记者 黄洁 通讯员 叶思思）昨天，瓯江两岸夜景灯光提升工程全面完工并进行了联调测试。12月31日跨年夜，市民将首次看到“一江两岸”联动灯光秀。
据介绍，此次提升工程沿瓯江南北两岸展开，全长约12公里，对18座沿江建筑和4座大桥的景观照明进行了改造，全部采用节能LED灯具，并接入统一的智能控制系统。改造后，夜景照明能耗比原来下降约35%。
灯光秀以“山水诗路”为主题，时长约8分钟，分为“江心屿”“瓯越风华”“向海而兴”三个篇章。平时节假日晚上，灯光秀每晚上演两场，分别在19时30分和20时30分。
市城市管理局提醒，跨年夜观灯人流较大，建议市民选择公共交通出行，并在江滨路沿线的指定区域观看，注意安全。
"""),

dict(id="vp-32", kind=K, doctitle="江西日报 - 第06版：理论 - 以县域为单元推进城乡融合发展",
 title="以县域为单元推进城乡融合发展", authors=["吴昊"], publish_time="2024年11月19日",
 css="""body{margin:0;font-size:14px}.ep-top{background:#b71c1c;color:#fff;padding:8px 20px}.ep-grid{display:grid;grid-template-columns:360px 1fr;gap:20px;padding:20px}
.ep-map{background:#f5f5f5;height:300px}.ep-art h3{font-weight:normal;color:#555;margin:0}.ep-art h1{font-size:26px;margin:4px 0}.ep-art h2{font-weight:normal;font-size:16px;color:#555}.ep-au{color:#333}""",
 html="""<div class="ep-top">江西日报　2024年11月19日　星期二　<a>上一期</a> <a>下一期</a> <a>返回目录</a></div>
<div class="ep-grid"><div><div class="ep-map">版面图 第06版</div><p>第06版：理论　<a>&lt;上一版</a> <a>下一版&gt;</a></p>
<ul><li>以县域为单元推进城乡融合发展</li><li>让红色资源“活”起来</li><li>数字经济赋能传统产业转型</li></ul>
<p>第01版 要闻 | 第02版 要闻 | 第03版 综合 | 第04版 经济 | 第05版 社会 | 第06版 理论</p></div>
<div class="ep-art"><h1>以县域为单元推进城乡融合发展</h1>
<p class="ep-au">■ 吴  昊</p>
{BODY}
<p>（作者单位：江西省社会科学院）</p><p>《江西日报》（2024年11月19日 第06版）</p></div></div>
<div style="text-align:center;font-size:12px;color:#999">江西日报社版权所有　赣ICP备09001216号</div>""",
 body="""
县城是城乡融合发展的关键纽带。推进城乡融合，县域是最基本、最直接的单元。近年来，我省不少县（市、区）在推动城乡要素双向流动、公共服务均衡配置方面作了积极探索，积累了有益经验。
## 一、以产业融合夯实县域经济基础
县域经济的活力在于产业。要立足资源禀赋和产业基础，培育壮大一两个主导产业，推动农产品加工业向县城和重点镇集聚，延长产业链、提升价值链，让农民更多分享产业增值收益。
## 二、以公共服务均衡提升县城承载能力
要加快补齐县城教育、医疗、养老等公共服务短板，推进县域医共体、教共体建设，让农村居民在县城就能享受到较高质量的公共服务，增强县城对农业转移人口的吸引力。
## 三、以改革创新激活要素流动
要深化农村土地制度改革，稳慎推进宅基地制度改革试点，探索农村集体经营性建设用地入市，畅通城市人才、资本、技术下乡的渠道，形成城乡要素平等交换、双向流动的良好格局。
"""),

dict(id="vp-33", kind=K, doctitle="荆州日报电子版 第A03版 荆州古城墙修缮工程通过验收",
 title="荆州古城墙修缮工程通过验收", authors=["李沁园", "胡彬"], publish_time="2024-09-27",
 css="""body{font:14px/1.8 serif;margin:0}.paper{display:flex}.paper .l{width:300px;background:#fdf8ee;padding:10px}.paper .r{flex:1;padding:20px}
.yinti{text-align:center;color:#555}.zhuti{text-align:center;font-size:28px;font-weight:bold}.futi{text-align:center;color:#555}.au{text-align:center;font-size:13px}""",
 html="""<div style="background:#5d4037;color:#fff;padding:8px">荆州日报　2024-09-27 星期五 | 今日16版 | <a>版面导航</a> | <a>标题导航</a> | <a>往期检索</a></div>
<div class="paper"><div class="l"><p>A03：城事</p><p><a>上一版</a> <a>下一版</a></p>
<p><b>本版新闻</b></p><p>· 荆州古城墙修缮工程通过验收</p><p>· 中心城区新增停车泊位2000个</p><p>· 荆州博物馆推出夜场</p>
<p>A01 头版　A02 要闻　A03 城事　A04 县市</p></div>
<div class="r"><p class="yinti">历时两年 修复墙体1.6公里</p>
<p class="zhuti">荆州古城墙修缮工程通过验收</p>
<p class="futi">——国庆假期东门段将向游客开放</p>
<p class="au">记者 李沁园　通讯员 胡  彬</p>
{BODY}
<p>稿件来源：荆州日报　日期：2024-09-27　版次：A03</p></div></div>""",
 body="""
9月25日，荆州古城墙东门至小北门段修缮工程通过省文物部门组织的专家验收。国庆假期，这段城墙将向游客开放，市民游客可以登上城墙漫步。
荆州古城墙是我国现存保存较为完整的古代城垣之一，此次修缮工程于2022年10月开工，历时近两年，共修复墙体约1.6公里，补配城砖3.2万块，整治排水系统2.4公里。
“我们坚持‘最小干预’原则，能用原砖的尽量用原砖，新补的城砖也按照传统工艺烧制。”项目技术负责人介绍，施工过程中还发现了一批带有铭文的明清城砖，已经登记入库。
验收专家组认为，工程遵循了文物保护原则，修缮后墙体结构安全稳定，历史风貌得到较好保存。
下一步，市文旅部门将完善城墙沿线的讲解标识和安全设施，并推出城墙夜游线路。
"""),

dict(id="vp-34", kind=K, doctitle="海东时报·数字报 第2版 乐都区打造高原“菜篮子”",
 title="乐都区打造高原“菜篮子”", authors=["星月"], publish_time="2024年07月25日",
 css="""body{margin:0;font-size:15px;line-height:1.9}.d-h{display:flex;justify-content:space-between;background:#0277bd;color:#fff;padding:10px 4%}.d-c{max-width:820px;margin:20px auto}
.d-c .y{color:#0277bd}.d-c h1{font-size:28px;margin:0}.d-c .f{color:#666}.d-nav{background:#e1f5fe;padding:10px 4%;font-size:13px}""",
 html="""<div class="d-h"><span>海东时报 · 数字报</span><span>2024年07月25日 第2版：综合新闻</span></div>
<div class="d-nav">版次：<a>第1版 要闻</a> <a>第2版 综合新闻</a> <a>第3版 区县</a> <a>第4版 专题</a>　｜　<a>上一篇</a> <a>下一篇</a>　｜　本版标题：乐都区打造高原“菜篮子” / 平安区举办农民丰收节筹备会 / 互助县开展防溺水宣传</div>
<div class="d-c"><p class="y">设施农业提质增效</p><h1>乐都区打造高原“菜篮子”</h1><p class="f">今年蔬菜种植面积达18万亩</p>
<p>本报记者　星  月</p>
{BODY}
<p class="f">【打印本文】【关闭窗口】</p></div>
<div class="d-nav">海东时报社主办　青ICP备11000372号　Copyright © 海东时报</div>""",
 body="""
走进乐都区高庙镇的日光温室，番茄、黄瓜、辣椒长势喜人。种植户王永福正在采摘番茄，“一个棚一年能收两茬，纯收入四五万元。”
近年来，乐都区把蔬菜产业作为富民增收的主导产业，大力发展设施农业。目前全区日光温室达到1.1万栋，今年蔬菜种植面积达到18万亩，预计产量70万吨，除满足本地市场外，还销往西宁、兰州及东部地区。
## 标准化种植提升品质
为提升蔬菜品质，乐都区推行统一品种、统一技术、统一标准的种植模式，在各主产乡镇设立农产品质量检测站，对上市蔬菜进行农药残留检测，合格率保持在99%以上。
## 冷链物流打通销路
区里还新建了3座产地冷链仓储中心，让蔬菜采摘后能快速预冷保鲜。“以前菜摘了就得赶紧卖，现在能放几天，价格也能卖得更好。”一位蔬菜经纪人说。
"""),

dict(id="vp-35", kind=K, doctitle="湖州晚报 A05 社区 旧书摊变身“共享书屋”",
 title="旧书摊变身“共享书屋”", authors=["沈佳怡", "钱程"], publish_time="2025-03-14",
 css="""body{margin:0;font-size:15px}.bar{background:#33691e;color:#fff;padding:6px 16px;font-size:13px}.layout{display:grid;grid-template-columns:1fr 280px;gap:24px;max-width:1100px;margin:16px auto}
.intro{color:#33691e}.headline{font-size:30px;font-weight:700}.sub{color:#777}.by{font-size:13px;color:#555}.navlist li{font-size:13px}""",
 html="""<div class="bar">湖州晚报 电子版　2025-03-14　星期五　｜　A05 社区　｜　<a>PDF</a>　<a>放大</a>　<a>缩小</a></div>
<div class="layout"><div><p class="intro">老街坊的“精神角落”又热闹起来了</p>
<div class="headline">旧书摊变身“共享书屋”</div><p class="sub">社区免费提供场地 居民自发捐书管书</p>
{BODY}
<p class="by">（沈佳怡　钱  程）</p></div>
<div><b>本版标题</b><ul class="navlist"><li>旧书摊变身“共享书屋”</li><li>社区食堂开出“夜宵档”</li><li>小区楼道里的“爱心药箱”</li></ul>
<b>往期查阅</b><p>2025年3月13日</p><p>A01 头版 / A02 要闻 / A03 本地 / A04 民生 / A05 社区 / A06 文体</p></div></div>""",
 body="""
在吴兴区某社区的一处门面房里，几排书架上整整齐齐摆放着两千多本图书，几位老人正坐在窗边安静地看书。这里原本是退休教师老沈摆了十几年的旧书摊，今年年初变成了社区的“共享书屋”。
老沈今年74岁，以前每天在菜场门口摆摊卖旧书。“书卖得不多，但来翻书的老邻居不少，大家就在摊子边上聊天。”去年冬天，老沈因为身体原因想收摊，邻居们舍不得。
社区知道后，免费腾出了一间闲置门面，居民们自发捐书、轮流值班。现在书屋每天上午八点半开门，谁都可以进来看书，也可以登记借书回家。
“我们还准备每个月办一次读书会，请老沈给大家讲讲老湖州的故事。”社区工作人员说，书屋开张两个多月，已经接待了一千多人次。
不少年轻人也被吸引过来，有人在书屋里辅导孩子写作业，有人把自己读过的小说捐了出来。
"""),
]
