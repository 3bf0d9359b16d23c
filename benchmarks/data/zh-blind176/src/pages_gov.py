# government pages tu-01 .. tu-12
K = "government"
PAGES = []
A = PAGES.append

A(dict(id="tu-01", kind=K, doc_title="河西区召开2025年一季度经济运行调度会_河西区人民政府",
title="河西区召开2025年一季度经济运行调度会", authors=[], publish_time="2025-03-18 16:42",
css="""body{margin:0;font-family:"Microsoft YaHei";font-size:15px}.top{background:#f2f2f2;font-size:12px;padding:4px 40px}
.top a{margin-right:12px}.banner{background:#b11;color:#fff;padding:20px 40px;font-size:26px}.nav a{display:inline-block;padding:8px 18px}
.wrap{width:1000px;margin:0 auto}.info{color:#888;border-bottom:1px dashed #ccc;padding:6px 0}.info span{margin-right:20px}
h1{text-align:center;font-size:24px}.foot{background:#333;color:#ccc;font-size:12px;padding:20px;text-align:center}.cap{text-align:center;color:#555}""",
tpl="""
<div class="top"><a>无障碍</a><a>长者模式</a><a>繁體</a><a>English</a><span>2025年3月20日 星期四</span></div>
<div class="banner">天津市河西区人民政府<br><small>www.tjhx.gov.cn.example</small></div>
<div class="nav"><a>首页</a><a>走进河西</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>专题专栏</a>
<form style="display:inline"><input placeholder="请输入关键词"><button>搜索</button></form></div>
<div class="wrap">
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 河西要闻 &gt; 正文</div>
<h1>河西区召开2025年一季度经济运行调度会</h1>
<div class="info"><span>发布时间：2025-03-18 16:42</span><span>来源：区发展改革委</span><span>浏览次数：1287</span><span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>
{BODY}
<p class="share">分享到：微信 微博 QQ空间</p>
<p>【<a>打印本页</a>】【<a>关闭窗口</a>】</p>
<div>上一篇：河西区开展“学雷锋志愿服务月”集中活动<br>下一篇：区领导督导检查安全生产工作</div>
</div>
<div class="foot"><p>主办：天津市河西区人民政府办公室　承办：河西区政务服务办</p>
<p>津ICP备10004211号-3　津公网安备 12010302008813号　网站标识码：1201030027</p><p>联系电话：022-28135502</p></div>
""",
body=[
"3月18日，区委副书记、区长孙立军主持召开2025年一季度经济运行调度会，听取全区主要经济指标完成情况汇报，研究部署下一阶段重点工作。",
"会议指出，今年以来，全区上下聚焦高质量发展，经济运行总体平稳、稳中有进。1至2月，全区限额以上社会消费品零售总额同比增长6.2%，固定资产投资同比增长4.8%，楼宇经济税收贡献持续提升，服务业增加值占比保持在九成以上。",
"img|调度会现场",
"cap|调度会现场。区融媒体中心供图",
"会议强调，一季度是全年工作的基础，各部门要对标对表年度目标，逐项分析指标走势，找准短板弱项，拿出务实举措。要紧盯重点项目建设，加快推进友谊路沿线楼宇更新、陈塘科技商务区二期等项目进度，确保按时序节点开工投产；要持续释放消费潜力，用好以旧换新政策，办好“河西夜生活”系列促消费活动；要深化“企业服务专员”制度，帮助企业解决融资、用工、场地等实际困难。",
"会议要求，各街道、各部门要压实责任，强化统计监测，及时做好数据采集和分析研判，确保应统尽统，为全年经济工作开好局、起好步。",
"区领导王海燕、刘志刚参加会议。",
"x|责任编辑：赵　敏",
]))

A(dict(id="tu-02", kind=K, doc_title="关于开展2025年度城镇燃气安全专项检查的通知",
title="关于开展2025年度城镇燃气安全专项检查的通知", authors=[], publish_time="2025年04月07日",
css="""body{font-size:14px;font-family:SimSun}table.frame{width:980px;margin:0 auto;border-collapse:collapse}
td.hd{background:#1c5ca8;color:#fff;font-size:22px;height:80px}.dt td,.dt th{border:1px solid #999;padding:3px}
.tt{font-size:20px;font-weight:bold;text-align:center;color:#c00}.wh{text-align:center}""",
tpl="""
<table class="frame"><tr><td class="hd" colspan="3">太原市小店区人民政府 门户网站</td></tr>
<tr><td colspan="3">首页 | 政府信息公开 | 办事服务 | 政民互动 | 走进小店　　　<a>设为首页</a> <a>加入收藏</a></td></tr>
<tr><td width="200" valign="top">
<table><tr><td><b>信息公开目录</b></td></tr><tr><td>机构职能</td></tr><tr><td>政策文件</td></tr><tr><td>通知公告</td></tr><tr><td>人事信息</td></tr></table>
</td><td valign="top">
<table width="100%"><tr><td>您现在的位置：首页 &gt;&gt; 政府信息公开 &gt;&gt; 通知公告</td></tr>
<tr><td>
<table class="meta" width="100%" border="1" cellspacing="0">
<tr><td>索 引 号：</td><td>11140105MB1963822F/2025-00118</td><td>主题分类：</td><td>城乡建设、环境保护</td></tr>
<tr><td>发文机关：</td><td>小店区住房和城乡建设管理局</td><td>成文日期：</td><td>2025年04月03日</td></tr>
<tr><td>标　　题：</td><td colspan="3">关于开展2025年度城镇燃气安全专项检查的通知</td></tr>
<tr><td>发文字号：</td><td>小建管发〔2025〕21号</td><td>发布日期：</td><td>2025年04月07日</td></tr>
</table></td></tr>
<tr><td class="tt">关于开展2025年度城镇燃气安全专项检查的通知</td></tr>
<tr><td class="wh">小建管发〔2025〕21号</td></tr>
<tr><td>{BODY}</td></tr>
<tr><td align="right">【<a>打印此页</a>】　【<a>关闭窗口</a>】</td></tr>
</table></td></tr>
<tr><td colspan="3" align="center"><hr>版权所有：太原市小店区人民政府　主办：小店区人民政府办公室<br>
晋ICP备05002379号　晋公网安备 14010502000417号　网站标识码：1401050006<br>建议使用1024×768分辨率浏览</td></tr></table>
""", indent="　　",
body=[
"各街道办事处，区直有关单位，各燃气经营企业：",
"为深入贯彻落实城镇燃气安全专项整治工作部署，切实消除燃气安全隐患，经研究，决定在全区范围内开展2025年度城镇燃气安全专项检查。现将有关事项通知如下：",
"h|一、检查范围",
"全区范围内管道燃气、瓶装液化石油气经营企业及其供气站点，餐饮场所、学校食堂、农贸市场等燃气用户，以及老旧小区燃气管道和设施。",
"h|二、时间安排",
"t|阶段|时间|主要任务",
"t|自查自改|4月10日至4月30日|企业和用户对照清单自查，建立问题台账",
"t|集中检查|5月1日至6月15日|区住建局会同街道开展联合检查",
"t|总结提升|6月16日至6月30日|汇总问题，形成长效机制",
"h|三、工作要求",
"各单位要高度重视，明确专人负责，对检查发现的隐患做到立查立改；不能立即整改的，要落实管控措施，限期整改到位。每周五下午下班前将工作进展报区住建局燃气科，联系人：贺文斌，联系电话：0351-7216684。",
"小店区住房和城乡建设管理局",
"2025年4月3日",
]))

A(dict(id="tu-03", kind=K, doc_title="寻乌县2025年第二批拟提任科级领导干部任前公示",
title="寻乌县2025年第二批拟提任科级领导干部任前公示", authors=[], publish_time="2025-05-22",
css="""body{font-family:sans-serif;background:#eef3f8;margin:0}header{background:linear-gradient(#0a4fa0,#1b6fd0);color:#fff;padding:16px 60px}
nav{background:#0a3f80}nav a{color:#fff;padding:10px 16px;display:inline-block}main{width:1100px;margin:20px auto;background:#fff;padding:30px}
.t{font-size:26px;text-align:center;font-weight:700}.m{text-align:center;color:#999;font-size:13px}.dt{border-collapse:collapse;width:100%}.dt td,.dt th{border:1px solid #aaa;padding:4px}
footer{background:#0a3f80;color:#dde;padding:24px;text-align:center;font-size:12px}""",
tpl="""
<header><div>江西省赣州市</div><div style="font-size:30px">寻乌县人民政府</div><div><a>无障碍浏览</a> | <a>长者模式</a> | <a>简</a>/<a>繁</a> | <a>登录</a> | <a>注册</a></div></header>
<nav><a>首页</a><a>寻乌概况</a><a>政务公开</a><a>政务服务</a><a>政民互动</a><a>数据开放</a></nav>
<main>
<div>您当前所在位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>人事信息</a> &gt; 任前公示</div>
<div class="t">寻乌县2025年第二批拟提任科级领导干部任前公示</div>
<div class="m">信息来源：中共寻乌县委组织部　发布时间：2025-05-22　浏览量：3306　字号：[ 大 中 小 ]</div>
{BODY}
<div>扫一扫在手机打开当前页 <img src="{GIF}" alt="二维码"></div>
<div>相关链接：<br>· 寻乌县2025年第一批拟提任科级领导干部任前公示<br>· 关于公开选调县直单位工作人员的公告</div>
</main>
<footer>主办单位：寻乌县人民政府办公室　承办单位：寻乌县数字经济发展中心<br>
网站标识码：3607340029　赣ICP备05004122号-1　赣公网安备 36073402000108号<br>地址：寻乌县长宁镇建设路8号　电话：0797-2838106</footer>
""",
body=[
"根据《党政领导干部选拔任用工作条例》等有关规定，经县委研究，拟提任以下同志为科级领导干部，现予以公示：",
"t|姓名|性别|出生年月|现任职务|拟任职务",
"t|刘振宇|男|1987.09|县发展和改革委员会办公室主任|县发展和改革委员会副主任",
"t|钟晓芸|女|1990.03|澄江镇党委委员、组织委员|南桥镇党委副书记",
"t|古建华|男|1985.11|县农业农村局农技站站长|县农业农村局副局长",
"公示时间：2025年5月22日至5月28日（5个工作日）。",
"公示期间，对公示对象有情况反映的，可通过来信、来电、来访等方式向县委组织部反映。反映情况要实事求是，以真实姓名反映的，我们将严格保密并及时反馈核查结果。",
"受理电话：0797-12380，0797-2832219（传真）",
"来信地址：寻乌县行政中心四楼县委组织部干部监督室，邮编342200。",
"中共寻乌县委组织部",
"2025年5月22日",
]))

A(dict(id="tu-04", kind=K, doc_title="【政策解读】一图读懂《城关区支持高原特色农牧产品加工业发展若干措施》",
title="《城关区支持高原特色农牧产品加工业发展若干措施》政策解读", authors=["次仁央宗", "李晓峰"], publish_time="2025年06月09日 10:15",
css="""body{margin:0;font:16px/1.8 "PingFang SC",sans-serif;color:#222}.hd{background:#7a1f1f;color:#f6e3b4;padding:24px 80px}
.hd .ops{float:right;font-size:13px}.mn{display:flex;background:#a52a2a}.mn a{color:#fff;flex:1;text-align:center;padding:10px}
.art{max-width:860px;margin:30px auto}.art h1{font-size:28px}.lab{display:inline-block;background:#a52a2a;color:#fff;padding:0 8px}
.meta{display:flex;gap:24px;color:#777;font-size:13px}.ft{background:#2a2a2a;color:#aaa;padding:30px 80px;font-size:13px}""",
tpl="""
<div class="hd"><span class="ops"><a>藏文版</a> · <a>无障碍</a> · <a>适老版</a></span>拉萨市城关区人民政府</div>
<div class="mn"><a>首页</a><a>政务公开</a><a>政策解读</a><a>办事服务</a><a>互动交流</a><a>魅力城关</a></div>
<div class="art">
<p>首页 / 政务公开 / 政策解读</p>
<span class="lab">政策解读</span>
<h1>《城关区支持高原特色农牧产品加工业发展若干措施》政策解读</h1>
<div class="meta"><span>2025年06月09日 10:15</span><span>来源：城关区农业农村局</span><span>文/次仁央宗 李晓峰</span></div>
<p class="x">相关文件：<a>拉萨市城关区人民政府关于印发《城关区支持高原特色农牧产品加工业发展若干措施》的通知</a></p>
{BODY}
<p>审核：格桑　　编辑：达瓦卓玛</p>
<div>【打印】【关闭】</div>
<p>上一篇：城关区2024年法治政府建设年度报告</p><p>下一篇：城关区2025年城乡居民医保参保缴费问答</p>
</div>
<div class="ft">主办：拉萨市城关区人民政府　藏ICP备06000371号-2　藏公网安备 54010202000061号　网站标识码：5401020005<br>
<img src="{GIF}" alt="政府网站找错"> <img src="{GIF}" alt="党政机关"></div>
""",
body=[
"h|一、出台背景",
"城关区是拉萨市农牧产品加工企业最集中的区域，现有规模以上加工企业27家，产品涵盖青稞制品、牦牛肉制品、藏香猪和乳制品等。为进一步延长产业链、提高附加值，带动农牧民增收，区农业农村局在深入调研的基础上起草了《若干措施》。",
"h|二、主要内容",
"《若干措施》共十二条，主要从以下四个方面给予支持：",
"li|（一）支持技术改造。企业购置加工设备投资额在200万元以上的，按设备投资额的10%给予补助，最高不超过100万元。",
"li|（二）支持品牌建设。新获得绿色食品、有机产品认证的，每个产品一次性奖励3万元。",
"li|（三）支持联农带农。与农牧民专业合作社签订订单收购协议、年收购额超过500万元的，给予5万元奖励。",
"li|（四）支持市场开拓。参加区外重点展销会的，按展位费的50%给予补贴。",
"h|三、申报方式",
"符合条件的企业于每年9月30日前向区农业农村局提交申报材料，经审核公示后拨付资金。政策咨询电话：0891-6329517。",
]))

A(dict(id="tu-05", kind=K, doc_title="双港镇：“小网格”撬动基层治理“大能量” - 津南区人民政府",
title="双港镇：“小网格”撬动基层治理“大能量”", authors=["王静", "孟凡涛"], publish_time="2024-11-26",
css="""body{font-size:14px;margin:0}#g{width:1200px;margin:0 auto}.logo{height:90px;background:#dfeefd;font-size:28px;padding:20px}
.menu li{display:inline;margin:0 12px}.title{font-size:22px;text-align:center;margin:20px}.sub{text-align:center;font-size:12px;color:#666}
.content{padding:0 40px}.side{color:#333}.foot{border-top:3px solid #1e6bb8;text-align:center;font-size:12px;padding:10px}""",
tpl="""
<div id="g">
<div class="logo">天津市津南区人民政府 <span style="font-size:14px">双港镇</span></div>
<ul class="menu"><li>首页</li><li>镇情概况</li><li>镇务公开</li><li>便民服务</li><li>党建引领</li><li>村居风采</li></ul>
<p>当前位置：<a>首页</a>&gt;<a>各镇动态</a>&gt;<a>双港镇</a>&gt;正文</p>
<div class="title">双港镇：“小网格”撬动基层治理“大能量”</div>
<div class="sub">2024-11-26&nbsp;&nbsp;&nbsp;&nbsp;作者：王&nbsp;&nbsp;静&nbsp;&nbsp;孟凡涛&nbsp;&nbsp;&nbsp;&nbsp;来源：双港镇&nbsp;&nbsp;&nbsp;&nbsp;阅读：562</div>
<div class="content">{BODY}</div>
<p>编辑：刘佳</p>
<p>相关阅读</p><ul><li>双港镇开展冬季消防安全宣传进社区活动 2024-11-20</li><li>双港镇召开网格员业务培训会 2024-11-12</li></ul>
<div class="foot">网站主办：天津市津南区人民政府办公室 | 网站地图 | 联系我们<br>津ICP备11006283号-1 | 津公网安备12011202000359号 | 网站标识码：1201120011<br><span>您是第 0861332 位访客</span></div>
</div>
""", indent="　　",
body=[
"入冬以来，双港镇依托全镇186个网格、420余名专兼职网格员，把矛盾化解、安全巡查、民生服务等工作落到“最小单元”，让群众的急难愁盼在家门口得到解决。",
"“楼道里堆的旧家具已经清走了，消防通道畅通了，大伙儿都放心了。”家住欣欣家园的张大爷说。前不久，网格员在日常走访中发现该小区多个楼道存在杂物堆放问题，随即上报镇综治中心，镇里协调物业、社区和志愿者在两天内完成了清理。",
"h|一网统管 问题随手报",
"双港镇将网格员巡查发现的问题统一录入“津南通”网格化管理平台，按照“小事网格办、难事社区办、大事镇里办”的原则分级流转处置。今年以来，平台共受理各类事项5217件，办结率达99.2%。",
"h|多元共治 服务零距离",
"镇里还吸纳楼门长、退休党员、社区民警等加入网格服务队伍，定期开展“网格议事会”，围绕停车难、加装电梯等问题协商议事，形成共建共治共享的良好局面。",
]))

A(dict(id="tu-06", kind=K, doc_title="东庄村2025年第三季度村务公开",
title="东庄村2025年第三季度村级财务收支公示", authors=[], publish_time="2025.10.09",
css="""body{background:#fffbe8;font-size:15px}.box{width:900px;margin:10px auto;border:1px solid #c9a}.bar{background:#c33;color:#fff;padding:6px}
.dt{border-collapse:collapse}.dt td,.dt th{border:1px solid #666;padding:2px 8px}h2{text-align:center}""",
tpl="""
<div class="box">
<div class="bar">平遥县古陶镇东庄村 · 村务公开栏</div>
<div>首页 | 村务公开 | 党务公开 | 财务公开 | 乡村振兴 | 村民留言</div>
<h2>东庄村2025年第三季度村级财务收支公示</h2>
<p style="text-align:center">发布人：东庄村村务监督委员会　　时间：2025.10.09　　点击：88次</p>
{BODY}
<p>监督电话：0354-5681207　　平遥县古陶镇纪委监督举报电话：0354-5672010</p>
<p>&lt;&lt; 返回列表</p>
<hr><p style="font-size:12px;text-align:center">东庄村村民委员会　技术支持：平遥县农村“三资”管理平台　晋ICP备17008831号</p>
</div>
""",
body=[
"根据村务公开有关规定，现将我村2025年第三季度（7月1日至9月30日）村级财务收支情况公示如下，接受全体村民监督。",
"t|项目|金额（元）|说明",
"t|上期结余|186,420.35|",
"t|本期收入合计|132,600.00|集体土地租金、上级转移支付",
"t|本期支出合计|97,385.60|见下列明细",
"t|本期结余|221,634.75|",
"支出明细主要包括：村内道路维修款41,200元；村卫生保洁人员工资18,000元；村办公用电、取暖费12,385.60元；文化广场健身器材购置款25,800元。",
"以上收支经村务监督委员会审核无误。村民如有疑问，可在公示之日起七日内向村务监督委员会或镇农经站反映。",
"东庄村村民委员会",
"东庄村村务监督委员会",
"2025年10月9日",
]))

A(dict(id="tu-07", kind=K, doc_title="江西省生态环境厅关于2025年上半年全省重点排污单位自动监测数据弄虚作假问题查处情况的通报",
title="江西省生态环境厅关于2025年上半年全省重点排污单位自动监测数据弄虚作假问题查处情况的通报", authors=[], publish_time="2025-07-30 09:00:12",
css="""body{margin:0;font-family:"Source Han Sans CN",sans-serif}.tb{background:#006f53;color:#fff;padding:12px 5%}.tb input{width:240px}
.nv{border-bottom:2px solid #006f53}.nv span{padding:8px 14px;display:inline-block}.doc{width:80%;margin:auto}.doc h1{font-size:22px;text-align:center;line-height:1.6}
.xx{background:#f5f9f7;border:1px solid #cfe3da;padding:10px;font-size:13px}.foot{background:#e9efec;padding:20px 5%;font-size:12px}""",
tpl="""
<div class="tb">江西省生态环境厅 Department of Ecology and Environment of Jiangxi Province
<input placeholder="搜索站内信息"> <span>无障碍 | 长者版</span></div>
<div class="nv"><span>首页</span><span>机构概况</span><span>政务公开</span><span>环境质量</span><span>政务服务</span><span>互动交流</span></div>
<div class="doc">
<div>当前位置： 首页 &gt; 政务公开 &gt; 通知公告</div>
<div class="xx">发布日期：2025-07-30 09:00:12　　来源：执法局　　阅读次数：2714<br>文号：赣环执字〔2025〕36号　　公开方式：主动公开</div>
<h1>江西省生态环境厅关于2025年上半年全省重点排污单位<br>自动监测数据弄虚作假问题查处情况的通报</h1>
{BODY}
<p>附件：<a>1.2025年上半年自动监测数据弄虚作假案件清单.xlsx</a></p>
<p>【<a>打印</a>】【<a>关闭</a>】【<a>收藏</a>】</p>
</div>
<div class="foot">主办单位：江西省生态环境厅　地址：南昌市红谷滩区庐山南大道369号<br>赣ICP备05003386号　赣公网安备36010902000166号　网站标识码：3600000009<br>
<img src="{GIF}" alt="微信公众号二维码">扫码关注“江西生态环境”</div>
""",
body=[
"各设区市生态环境局，赣江新区社会发展局：",
"2025年上半年，全省各级生态环境部门持续开展重点排污单位自动监测数据弄虚作假专项执法行动，共检查重点排污单位812家次，查处自动监测数据弄虚作假案件23起，罚款金额合计1367万元，移送公安机关行政拘留案件5起、涉嫌环境污染犯罪案件2起。现将有关情况通报如下。",
"h|一、主要问题类型",
"从查处情况看，弄虚作假手段主要包括：篡改自动监测设备参数、人为干扰采样系统、擅自删除或修改历史数据等，部分第三方运维机构人员参与其中，性质恶劣。",
"h|二、下一步工作要求",
"各地要保持高压态势，将自动监测数据弄虚作假问题纳入日常执法重点，对涉案第三方运维机构一并依法查处；要加强自动监测数据分析应用，运用大数据手段发现异常线索，提升非现场监管能力；要强化典型案例曝光，形成有力震慑。",
"江西省生态环境厅",
"2025年7月28日",
]))

A(dict(id="tu-08", kind=K, doc_title="新港街道举办“邻里节”暨社区志愿服务集市活动-滨海新区",
title="新港街道举办“邻里节”暨社区志愿服务集市活动", authors=["周雅琪"], publish_time="2025年05月12日",
css="""*{box-sizing:border-box}body{margin:0;font-size:16px;color:#333}.head{display:grid;grid-template-columns:1fr auto;padding:14px 6vw;background:#0b3d68;color:#fff}
.tabs a{margin:0 10px;color:#cde}.bc{padding:10px 6vw;color:#888}.cnt{padding:0 6vw;max-width:1100px}.cnt h2{font-size:26px}
.inf{font-size:13px;color:#999}.cap{font-size:14px;color:#666;text-align:center}.rel{background:#f7f7f7;padding:10px 6vw}.foot{padding:20px 6vw;background:#0b3d68;color:#9bd}""",
tpl="""
<div class="head"><div>天津市滨海新区人民政府 · 新港街道办事处</div><div class="tabs"><a>首页</a><a>街道概况</a><a>工作动态</a><a>社区风采</a><a>便民服务</a><a>长者模式</a></div></div>
<div class="bc">首页 » 工作动态 » 街道动态</div>
<div class="cnt">
<h2>新港街道举办“邻里节”暨社区志愿服务集市活动</h2>
<p class="inf">发布日期：2025年05月12日 | 信息来源：新港街道办事处 | 撰稿：周雅琪 | 摄影：杨帆</p>
{BODY}
</div>
<div class="rel"><b>热点推荐</b><br>· 新港街道开展防范电信网络诈骗宣传 <br>· 新港街道召开2025年安全生产工作会议<br>· 滨海新区“15分钟便民生活圈”建设提速</div>
<div class="foot">Copyright © 2025 天津市滨海新区新港街道办事处 版权所有<br>津ICP备12003569号-6 津公网安备 12011602000772号 网站标识码：1201160021</div>
""",
body=[
"5月10日上午，新港街道在新港广场举办第六届“邻里节”暨社区志愿服务集市活动，辖区12个社区、30余支志愿服务队伍和共建单位参加，吸引2000余名居民前来“赶集”。",
"img|活动现场",
"cap|居民在志愿服务集市上咨询。",
"活动现场，义诊、理发、磨刀、家电维修、法律咨询等摊位前排起了长队。来自区中医医院的医生为居民测量血压、讲解春季养生知识；社区律师针对居民关心的继承、物业纠纷等问题耐心解答。“在家门口就能把这么多事办了，真方便！”居民李阿姨一边排队修小家电一边说。",
"h|文艺展演添氛围",
"集市旁的舞台上，社区合唱队、太极拳队、少儿街舞队轮番登场，一曲《我和我的祖国》把活动气氛推向高潮。活动还设置了“邻里换物”区，居民们带来闲置书籍、玩具互换，倡导绿色生活。",
"街道相关负责人介绍，“邻里节”已连续举办六届，下一步，街道将把志愿服务集市常态化，每月在不同社区轮流举办，持续擦亮“新港邻里”服务品牌。",
]))

A(dict(id="tu-09", kind=K, doc_title="山西省人民政府关于同意设立山西晋北现代煤化工产业园区的批复",
title="山西省人民政府关于同意设立山西晋北现代煤化工产业园区的批复", authors=[], publish_time="2025-08-15",
css="""body{margin:0;background:#f0f0f0}.w{width:1180px;margin:0 auto;background:#fff}.top{height:110px;background:#8b0000;color:#ffd700;font-size:32px;padding:30px}
.gk td{font-size:13px;padding:4px 10px;border:1px solid #ddd}.h{text-align:center;font-size:24px;color:#8b0000;margin:24px 0 6px}.zh{text-align:center}
.bd{padding:0 80px;font-size:17px;line-height:2}.r{text-align:right}.ft{background:#8b0000;color:#fff;font-size:12px;padding:16px;text-align:center}""",
tpl="""
<div class="w">
<div class="top">山西省人民政府<div style="font-size:14px;color:#fff"><a>无障碍</a>　<a>关怀版</a>　<a>English</a>　<a>智能问答</a></div></div>
<p>首页 &gt; 政府信息公开 &gt; 省政府文件 &gt; 晋政函</p>
<table class="gk" cellspacing="0"><tr><td>标　　题：山西省人民政府关于同意设立山西晋北现代煤化工产业园区的批复</td><td>发文字号：晋政函〔2025〕88号</td></tr>
<tr><td>发布机构：山西省人民政府</td><td>成文日期：2025-08-11</td></tr><tr><td>发布日期：2025-08-15</td><td>有 效 性：有效</td></tr></table>
<div class="h">山西省人民政府<br>关于同意设立山西晋北现代煤化工产业园区的批复</div>
<div class="zh">晋政函〔2025〕88号</div>
<div class="bd">{BODY}</div>
<p>（此件公开发布）</p>
<p>扫一扫在手机打开当前页</p>
<div class="ft">主办：山西省人民政府办公厅　承办：山西省政务信息管理局<br>网站标识码：1400000012　晋ICP备05002303号　晋公网安备14010502000163号</div>
</div>
""",
body=[
"大同市人民政府、朔州市人民政府，省发展改革委：",
"你们《关于申请设立山西晋北现代煤化工产业园区的请示》（同政〔2025〕41号）收悉。经研究，现批复如下：",
"一、同意设立山西晋北现代煤化工产业园区（以下简称园区），规划面积36.5平方公里，四至范围以省自然资源厅审核确认的为准。",
"二、园区要坚持高端化、多元化、低碳化发展方向，重点发展煤制烯烃、煤制芳烃、可降解材料和高端碳材料等产业，严格落实能耗双控和碳排放管理要求，不得引进国家明令淘汰的落后产能。",
"三、大同市、朔州市人民政府要加强组织领导，建立健全园区管理机构，完善基础设施和安全环保设施配套，严格执行国土空间规划和“三线一单”生态环境分区管控要求。",
"四、省直有关部门要按照职责分工，在项目审批、要素保障等方面给予支持，推动园区高质量发展。",
"山西省人民政府",
"2025年8月11日",
]))

A(dict(id="tu-10", kind=K, doc_title="在全市优化营商环境推进大会上的讲话",
title="在全市优化营商环境推进大会上的讲话", authors=["罗振东"], publish_time="2025-02-10 18:30",
css="""body{margin:0;font-size:16px}.hdr{background:url() #1e4f9c;color:#fff;padding:18px 10%}.hdr b{font-size:28px}
.main{width:75%;margin:20px auto}.ttl{font-size:26px;text-align:center}.stl{text-align:center;color:#555}.meta{font-size:13px;color:#888;text-align:center;border-bottom:1px solid #eee}
.foot{background:#143a73;color:#ccd;padding:20px 10%;font-size:12px}""",
tpl="""
<div class="hdr"><b>南昌市人民政府</b>　<span>www.nc.gov.cn.example</span><br><a>无障碍</a> <a>长者模式</a> <a>繁体</a> <a>手机版</a></div>
<div>首页 | 市情概况 | 政务公开 | 政务服务 | 互动交流 | 专题专栏</div>
<div class="main">
<p>当前位置：首页 &gt; 政务公开 &gt; 领导讲话</p>
<div class="ttl">在全市优化营商环境推进大会上的讲话</div>
<div class="stl">市委副书记、市长　罗振东<br>（2025年2月8日）</div>
<div class="meta">时间：2025-02-10 18:30　　来源：市政府办公室　　【字号 大 中 小】　【打印】</div>
{BODY}
<p>上一条：在全市安全生产工作会议上的讲话　　下一条：无</p>
</div>
<div class="foot">南昌市人民政府办公室主办 南昌市大数据发展管理局承办　赣ICP备05000928号　赣公网安备 36010202000117号　网站标识码：3601000023</div>
""", indent="　　",
body=[
"同志们：",
"今天，市委、市政府召开全市优化营商环境推进大会，主要任务是贯彻落实省委、省政府关于营商环境建设的部署要求，总结去年工作，动员全市上下以更大力度打造市场化、法治化、国际化一流营商环境。刚才，几个单位作了交流发言，讲得都很好，我都赞成。下面，我讲三点意见。",
"h|一、充分肯定成绩，切实增强优化营商环境的信心决心",
"过去一年，全市新增经营主体16.8万户，增长12.4%；“一件事一次办”事项拓展到52项，企业开办实现“半日办结”；政府投资项目审批时间压减至45个工作日以内。这些成绩来之不易，凝聚着各级各部门的心血和汗水。",
"h|二、突出问题导向，全力攻坚营商环境重点领域",
"我们也要清醒看到，一些部门服务意识还不够强，涉企检查“多头跑、重复查”问题仍有发生，惠企政策“不知道、不会用”的情况依然存在。要坚持把企业满意作为第一标准，推行“综合查一次”，全面推广惠企政策“免申即享”。",
"h|三、压实工作责任，确保各项任务落地见效",
"各县区、各部门主要负责同志要亲自抓、负总责，把营商环境工作纳入年度绩效考核，对损害营商环境的行为发现一起、查处一起、通报一起。",
"同志们，营商环境只有更好、没有最好。让我们以时不我待的紧迫感，奋力开创全市营商环境建设新局面！",
]))

A(dict(id="tu-11", kind=K, doc_title="关于公开征求《日喀则市城区犬只管理办法（征求意见稿）》意见的公告",
title="关于公开征求《日喀则市城区犬只管理办法（征求意见稿）》意见的公告", authors=[], publish_time="2025年09月03日 15:20:47 星期三",
css="""body{font-family:serif;margin:0}.b{background:#205080;color:#fff;padding:10px 40px;font-size:24px}.l{float:left;width:200px;background:#eef;height:600px}
.c{margin-left:220px;padding:10px 30px}.c h3{font-size:21px;text-align:center}.t{text-align:center;font-size:12px;color:#666}.f{clear:both;text-align:center;font-size:12px;border-top:1px solid #205080}""",
tpl="""
<div class="b">日喀则市公安局 <span style="font-size:12px">[ 简体 | 藏文 ]</span></div>
<div>网站首页　警务公开　办事指南　警民互动　平安日喀则</div>
<div class="l"><p>警务公开</p><p>· 通知公告</p><p>· 法规文件</p><p>· 征求意见</p><p>· 警情通报</p></div>
<div class="c">
<p>位置：网站首页 → 警务公开 → 征求意见</p>
<h3>关于公开征求《日喀则市城区犬只管理办法（征求意见稿）》意见的公告</h3>
<p class="t">【发布时间：2025年09月03日 15:20:47 星期三】【来源：治安支队】【点击：1044】【字体：<a>大</a> <a>中</a> <a>小</a>】</p>
{BODY}
<p>附件：日喀则市城区犬只管理办法（征求意见稿）.docx</p>
</div>
<div class="f">日喀则市公安局主办　藏ICP备07000218号　藏公网安备54020202000022号<br>地址：日喀则市桑珠孜区上海北路16号　值班电话：0892-8826110</div>
""",
body=[
"为规范城区犬只管理，预防和减少犬只伤人、扰民事件，维护公共卫生和社会秩序，我局起草了《日喀则市城区犬只管理办法（征求意见稿）》，现向社会公开征求意见。",
"h|一、征求意见时间",
"2025年9月3日至2025年10月3日。",
"h|二、意见反馈方式",
"li|1.电子邮件：将意见发送至rkzqzs@example.cn，邮件主题请注明“犬只管理办法意见”。",
"li|2.信函：邮寄至日喀则市桑珠孜区上海北路16号市公安局治安支队，请在信封上注明“征求意见”字样。",
"li|3.电话：0892-8826035（工作日9:30—18:00）。",
"h|三、有关说明",
"《办法》共六章三十二条，对犬只登记、免疫、外出管理、禁养犬只目录、流浪犬收容及法律责任等作出规定。欢迎社会各界人士积极提出意见建议，提出意见时请注明联系方式，以便进一步沟通。",
"日喀则市公安局",
"2025年9月3日",
]))

A(dict(id="tu-12", kind=K, doc_title="《濂溪区促进楼宇经济高质量发展实施办法》解读",
title="《濂溪区促进楼宇经济高质量发展实施办法》解读", authors=[], publish_time="2025/04/25",
css="""body{margin:0;font:15px/1.9 sans-serif}.top{display:flex;justify-content:space-between;padding:8px 4%;font-size:12px;background:#f3f3f3}
.brand{padding:20px 4%;font-size:28px;color:#0e5a8a}.nav{background:#0e5a8a}.nav a{color:#fff;padding:12px 20px;display:inline-block}
.pg{display:grid;grid-template-columns:3fr 1fr;gap:30px;padding:20px 4%}.a h1{font-size:24px}.src{color:#888;font-size:13px}
.side{background:#f7fafc;padding:10px}.ft{background:#222;color:#999;padding:20px 4%;font-size:12px}""",
tpl="""
<div class="top"><span>欢迎访问九江市濂溪区人民政府网站</span><span><a>无障碍</a> <a>长者模式</a> <a>微信</a> <a>微博</a></span></div>
<div class="brand">九江市濂溪区人民政府</div>
<div class="nav"><a>首页</a><a>濂溪概况</a><a>信息公开</a><a>政务服务</a><a>政民互动</a></div>
<div class="pg"><div class="a">
<div>首页 &gt; 信息公开 &gt; 政策解读 &gt; 正文</div>
<h1>《濂溪区促进楼宇经济高质量发展实施办法》解读</h1>
<div class="src">2025/04/25　　来源：濂溪区商务局　　解读机关：濂溪区商务局　　<a>【原文链接】</a></div>
{BODY}
<p class="src">供稿：濂溪区商务局　责任编辑：胡雯</p>
</div>
<div class="side"><b>相关解读</b><p>· 图解：濂溪区2025年稳增长政策清单</p><p>· 《濂溪区人才公寓管理办法》解读</p><b>热门文章</b><p>· 濂溪区2025年公开招聘社区工作者公告</p></div></div>
<div class="ft">主办单位：九江市濂溪区人民政府办公室　网站标识码：3604020023　赣ICP备16003478号-1　赣公网安备36040202000085号</div>
""",
body=[
"h|一、起草背景",
"近年来，我区楼宇经济发展势头良好，截至2024年底，全区建成商务楼宇31栋，入驻企业1860余家，但也存在楼宇空置率偏高、产业集聚度不够等问题。为加快楼宇经济提质增效，区商务局牵头起草了《实施办法》。",
"h|二、主要内容",
"《实施办法》分为总则、扶持措施、申报程序和附则四个部分，共二十条。",
"对新引进的总部企业，按其首年地方经济贡献给予一定比例的奖励；对年税收首次超过1000万元、3000万元、5000万元的“亿元楼宇”以外的特色楼宇，分别给予运营主体20万元、50万元、80万元的一次性奖励；对楼宇运营主体引进企业入驻的，按引进企业实际租赁面积给予每平方米20元的招商奖励。",
"h|三、适用对象",
"在濂溪区辖区内依法登记注册、实行独立核算的企业及楼宇运营主体。政府投资建设的楼宇不适用本办法。",
"h|四、施行时间",
"《实施办法》自2025年5月1日起施行，有效期三年。",
]))
