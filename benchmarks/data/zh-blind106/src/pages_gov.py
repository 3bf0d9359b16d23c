# Government pages vc-01 .. vc-12 (重庆, 辽宁, 江苏, 西藏). All content invented.
PAGES = []
A = PAGES.append

# vc-01 重庆 区县 portal, 2012-style table layout, 通知 with 文号
A(dict(id="vc-01", kind="government", lang="zh", mode="td",
 title="关于做好2024年度城乡居民医疗保险集中参保缴费工作的通知",
 authors=[], time="2024-09-02",
 css="""body{margin:0;font:12px/1.6 宋体,SimSun;background:#eef3f8}table{border-collapse:collapse}
.top td{background:#0b4f9c;color:#fff}.nav a{color:#fff;padding:0 10px}.tb td,.tb th{border:1px solid #999;padding:3px 6px}
.wj{font-size:22px;color:#c00;font-weight:bold;text-align:center}""",
 tpl="""<table width="1000" align="center" class="top"><tr><td height="28">今天是：<span>2024年9月3日 星期二</span></td>
<td align="right"><a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">无障碍浏览</a> | <a href="#">长者模式</a> | <a href="#">繁體版</a></td></tr>
<tr><td colspan="2" height="90"><img alt="重庆市綦江区人民政府" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" width="1" height="1"> 重庆市綦江区人民政府</td></tr>
<tr class="nav"><td colspan="2"><a href="#">首页</a><a href="#">走进綦江</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">专题专栏</a></td></tr></table>
<table width="1000" align="center" bgcolor="#ffffff"><tr><td height="30">您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">政务公开</a> &gt;&gt; <a href="#">通知公告</a></td></tr>
<tr><td>
<table width="960" align="center" border="1" cellspacing="0" cellpadding="3" style="border:1px solid #ccc">
<tr><td bgcolor="#f2f2f2" width="90">索 引 号：</td><td>11500222MB1A73062P/2024-00317</td><td bgcolor="#f2f2f2" width="90">主题分类：</td><td>卫生、体育</td></tr>
<tr><td bgcolor="#f2f2f2">发布机构：</td><td>綦江区医疗保障局</td><td bgcolor="#f2f2f2">成文日期：</td><td>2024-08-29</td></tr>
<tr><td bgcolor="#f2f2f2">标　　题：</td><td colspan="3">关于做好2024年度城乡居民医疗保险集中参保缴费工作的通知</td></tr>
<tr><td bgcolor="#f2f2f2">发文字号：</td><td>綦医保发〔2024〕41号</td><td bgcolor="#f2f2f2">发布日期：</td><td>2024-09-02</td></tr>
</table>
<p class="wj">{TITLE}</p>
<p align="center">綦医保发〔2024〕41号</p>
{BODY}
<p align="center">【<a href="#">打印本页</a>】　【<a href="#">关闭窗口</a>】</p>
<p>附件：<a href="#">2024年度城乡居民医保参保缴费登记表.xls</a></p>
<table width="100%"><tr><td>相关链接：</td></tr><tr><td>· <a href="#">綦江区2024年医疗救助资金使用情况公示</a></td></tr><tr><td>· <a href="#">关于开展打击欺诈骗保专项整治的公告</a></td></tr></table>
</td></tr></table>
<table width="1000" align="center" bgcolor="#0b4f9c" style="color:#fff"><tr><td align="center">
<a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a><br>
主办：重庆市綦江区人民政府办公室　承办：重庆市綦江区大数据发展局<br>
渝ICP备05003318号-1　<img alt="" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7">渝公网安备 50022202000417号　网站标识码：5001100024<br>
联系电话：023-48672215（工作日9:00-17:00）</td></tr></table>""",
 body=[
 "各镇人民政府、街道办事处，区级有关部门：",
 "为进一步巩固全民参保成果，确保全区城乡居民基本医疗保险参保率稳定在95%以上，根据市医疗保障局等四部门有关文件精神，现就做好2024年度（2025年度待遇享受期）城乡居民医疗保险集中参保缴费工作通知如下。",
 "## 一、参保范围",
 "除职工基本医疗保险应参保人员以外的全体城乡居民，包括在校大中专学生、中小学生、学龄前儿童以及在我区居住满6个月的非本市户籍人员。",
 "## 二、缴费标准及时间",
 "| 档次 | 个人缴费（元/年） | 财政补助（元/年） | 适用人员",
 "| 一档 | 380 | 670 | 城乡居民",
 "| 二档 | 715 | 670 | 自愿选择二档的城乡居民",
 "集中缴费期为2024年9月1日至12月31日。在集中缴费期内参保缴费的，自2025年1月1日起享受待遇；逾期缴费的，设置3个月待遇等待期。",
 "## 三、工作要求",
 "各镇街要压实属地责任，以村（社区）为单位建立参保台账，逐户核对未参保人员名单，做到应保尽保。区教委要组织各学校做好学生参保宣传。区税务局要优化“渝快办”“微信缴费”等线上缴费渠道，方便群众足不出户完成缴费。对特困人员、低保对象等困难群众，按规定落实个人缴费资助政策。",
 "工作中遇到的问题，请及时与区医疗保障局待遇保障科联系（联系人：罗晓川，电话：023-48651177）。",
 "= 重庆市綦江区医疗保障局",
 "= 2024年8月29日",
 "（此件公开发布）",
 ]))

# vc-02 辽宁 沈阳 区 portal, 2019 style, 领导活动, info bar under headline glued
A(dict(id="vc-02", kind="government", lang="zh", mode="p",
 title="浑南区召开重点项目建设推进会",
 authors=["李明", "孙悦"], time="2024-05-13 16:42:08",
 css="""*{margin:0;padding:0}body{font-family:"Microsoft YaHei";color:#333}.w{width:1200px;margin:0 auto}
.hd{height:120px;background:#1d5fb3;color:#fff}.mn li{display:inline-block;padding:0 22px;list-style:none}
.crumb{padding:10px 0;color:#666}.art h1{font-size:26px;text-align:center;padding:20px 0 10px}
.info{border-bottom:1px dashed #ccc;text-align:center;font-size:13px;color:#888;padding-bottom:8px}
.con p{text-indent:2em;line-height:2;margin:12px 0}.fx span{margin-right:8px}.foot{background:#f4f4f4;margin-top:30px;padding:20px;text-align:center}""",
 tpl="""<div class="top w">
<span>沈阳市浑南区人民政府</span>
<span class="tl"><a href="#">无障碍</a> <a href="#">长者模式</a> <a href="#">English</a> <a href="#">登录</a> <a href="#">注册</a></span>
</div>
<div class="hd"><div class="w"><img alt="沈阳市浑南区人民政府 门户网站" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"><form><input type="text" placeholder="请输入关键字"><button type="button">搜索</button></form></div></div>
<ul class="mn w"><li><a href="#">首页</a></li><li><a href="#">浑南概况</a></li><li><a href="#">政务公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">政民互动</a></li><li><a href="#">营商环境</a></li></ul>
<div class="crumb w">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">浑南要闻</a> &gt; 正文</div>
<div class="art w">
<h1>{TITLE}</h1>
<div class="info">发布时间：2024-05-13 16:42:08&nbsp;&nbsp;来源：浑南区融媒体中心&nbsp;&nbsp;作者：李  明 孙  悦&nbsp;&nbsp;浏览次数：1386&nbsp;&nbsp;【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="con">
{BODY}
</div>
<div class="ed" style="text-align:right">责任编辑：王晓燕</div>
<div class="fx">分享到：<span>微信</span><span>微博</span><span>QQ空间</span>　<a href="#">【打印】</a><a href="#">【关闭】</a></div>
<div class="pn"><p>上一篇：<a href="#">浑南区举办2024年春季人才招聘会</a></p><p>下一篇：<a href="#">全区安全生产工作会议召开</a></p></div>
</div>
<div class="foot"><p><a href="#">关于我们</a> | <a href="#">网站地图</a> | <a href="#">联系方式</a></p>
<p>主办单位：沈阳市浑南区人民政府办公室　　地址：沈阳市浑南区沈中大街201号　　邮编：110167</p>
<p>辽ICP备13009824号　辽公网安备 21011202000581号　网站标识码：2101120011</p>
<p><img alt="政府网站找错" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"> <img alt="党政机关" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"></p></div>""",
 body=[
 "5月13日，浑南区召开重点项目建设推进会，通报一季度全区重点项目进展情况，分析存在问题，部署下一阶段工作。区委副书记、区长周海涛出席会议并讲话。",
 "! 会议现场 | 会议现场。浑南区融媒体中心记者 陈刚 摄",
 "会议指出，今年以来，全区上下坚持项目为王，一季度152个重点项目开复工121个，开复工率79.6%，完成投资48.3亿元，同比增长12.4%。但也要清醒看到，部分项目存在前期手续推进慢、要素保障不到位等问题。",
 "周海涛强调，各部门要把项目建设作为稳增长的“压舱石”，坚持“一个项目、一名领导、一个专班、一抓到底”，对照时间节点倒排工期、挂图作战。要聚焦土地、资金、用能等关键要素，主动靠前服务，推动审批事项“能并则并、能简则简”。要强化调度督导，每月通报项目进展，对推进不力的单位严肃问责，确保二季度末开复工率达到95%以上。",
 "会上，区发改局、区自然资源分局、区营商局分别汇报了相关工作，浑南科技城、沈阳国际软件园等6家单位作了表态发言。",
 ]))

# vc-03 江苏 苏州 吴江区 街道 page, 2021 responsive, info bar above headline, closing byline
A(dict(id="vc-03", kind="government", lang="zh", mode="p", htag="h4",
 title="松陵街道“家门口”就业服务站开进12个社区",
 authors=["沈佳怡", "钱晨"], time="2023年11月21日",
 css=""".header{background:linear-gradient(#c8102e,#9e0b22);color:#fff;padding:16px 5%}.header h2{font-size:28px}
.bar{display:flex;gap:20px;padding:10px 5%;background:#fafafa}.lm{color:#c8102e}
.meta-top{font-size:13px;color:#999;margin:18px 0 4px}.wrap{max-width:960px;margin:0 auto}
h1.tt{font-size:28px;line-height:1.4;margin:6px 0 20px}.txt p{font-size:17px;line-height:1.9;text-indent:2em}
.txt h4{font-size:17px;color:#c8102e}.side li{list-style:square}.bt{background:#333;color:#ccc;padding:18px 5%;font-size:12px}""",
 tpl="""<header class="header"><h2>吴江区松陵街道</h2><p>苏州市吴江区人民政府松陵街道办事处</p>
<nav class="quick"><a href="#">长者模式</a> · <a href="#">无障碍</a> · <a href="#">简</a>/<a href="#">繁</a></nav></header>
<div class="bar"><a href="#">首页</a><a href="#">街道概况</a><a href="#">工作动态</a><a href="#">信息公开</a><a href="#">便民服务</a><a href="#">社区风采</a></div>
<div class="wrap">
<div class="loc">首页 / 工作动态 / 街道动态</div>
<div class="meta-top"><span class="lm">街道动态</span>　2023年11月21日　|　阅读 562</div>
<h1 class="tt">{TITLE}</h1>
<article class="txt">
{BODY}
</article>
<p class="src">来源：松陵街道社会事业局</p>
<p class="shr">扫一扫在手机打开当前页 <img alt="二维码" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"></p>
<aside class="side"><h3>相关推荐</h3><ul><li><a href="#">松陵街道开展冬季消防安全大排查</a></li><li><a href="#">“邻里节”活动在城南社区举办</a></li><li><a href="#">街道召开老旧小区改造推进会</a></li></ul></aside>
</div>
<footer class="bt"><p>版权所有：苏州市吴江区松陵街道办事处　地址：吴江区中山南路1018号</p><p>苏ICP备10214437号-3　苏公网安备 32050902012655号</p><p>技术支持：吴江区大数据管理中心</p></footer>""",
 body=[
 "11月20日上午，随着城南社区就业服务站揭牌，松陵街道“家门口”就业服务站实现12个社区全覆盖，辖区居民在家门口就能享受政策咨询、岗位推荐、技能培训等“一站式”就业服务。",
 "## 岗位“送上门”",
 "每个服务站都配备了1名就业专干和触摸查询一体机，实时发布辖区企业用工信息。截至目前，服务站已累计收集岗位信息860余条，涵盖纺织、电子、物流、家政等多个行业。",
 "“以前找工作要跑到区人力资源市场，现在下楼就能看到招聘信息，还能现场和企业视频面试。”在城南社区找到仓储管理员工作的居民吴建国说。",
 "## 服务“精准化”",
 "街道依托网格化管理，对辖区内未就业的高校毕业生、失业人员、就业困难人员逐一建档，实行“一人一档、一人一策”动态管理，今年以来已帮助437人实现就业。",
 "下一步，松陵街道将推动服务站与职业培训机构合作，开设月嫂、电工、直播电商等实用技能课程，让居民就业“有门路”、增收“有本领”。（沈佳怡 钱晨）",
 ]))

# vc-04 西藏 拉萨 城关区 portal, 公示 with table, 2016 style
A(dict(id="vc-04", kind="government", lang="zh", mode="p",
 title="城关区2024年第二批拟提拔任用干部任前公示",
 authors=[], time="2024-06-18 10:05",
 css="""body{background:#f3ede1;font-family:SimSun}.box{width:1000px;margin:0 auto;background:#fff}
.logo{height:110px;background:#7a1f1f;color:#f6d58e;font-size:32px;padding:20px}.menu a{display:inline-block;width:110px;text-align:center}
.pos{background:#eee;padding:6px}.ttl{text-align:center;font-size:22px;color:#7a1f1f;margin:20px}
.sj{text-align:center;color:#777}.tb{width:100%;border-collapse:collapse}.tb td,.tb th{border:1px solid #999;text-align:center}
.ft{background:#7a1f1f;color:#f6d58e;padding:15px;text-align:center}""",
 tpl="""<div class="box">
<div class="logo">拉萨市城关区人民政府 <small>ལྷ་ས་གྲོང་ཁྱེར་ཁྲིན་ཀོན་ཆུས་མི་དམངས་སྲིད་གཞུང་།</small></div>
<div class="fn"><a href="#">藏文版</a> | <a href="#">无障碍</a> | <a href="#">RSS</a> <input type="text" value="站内搜索"> <input type="button" value="搜索"></div>
<div class="menu"><a href="#">网站首页</a><a href="#">城关概况</a><a href="#">政务动态</a><a href="#">信息公开</a><a href="#">办事服务</a><a href="#">公众参与</a><a href="#">专题专栏</a></div>
<div class="pos">当前位置：<a href="#">首页</a> » <a href="#">信息公开</a> » <a href="#">人事信息</a> » 正文</div>
<div class="ttl">{TITLE}</div>
<div class="sj">时间：2024-06-18 10:05　　来源：中共城关区委组织部　　点击：2093　　[ <a href="#">大</a> <a href="#">中</a> <a href="#">小</a> ]</div>
<div class="zw">
{BODY}
</div>
<div class="dy"><a href="#">[打印此页]</a> <a href="#">[关闭窗口]</a></div>
<div class="ft">Copyright © 拉萨市城关区人民政府 版权所有<br>主办：拉萨市城关区人民政府办公室　技术支持：城关区网络信息中心<br>藏ICP备12000381号-2　藏公网安备 54010202000126号　网站标识码：5401020004</div>
</div>""",
 body=[
 "根据《党政领导干部选拔任用工作条例》有关规定，经区委常委会研究，拟提拔任用以下同志，现予以公示：",
 "| 姓名 | 性别 | 民族 | 出生年月 | 现任职务 | 拟任职务",
 "| 次仁旺堆 | 男 | 藏族 | 1986.03 | 蔡公堂乡党委副书记 | 蔡公堂乡党委书记",
 "| 周敏 | 女 | 汉族 | 1988.11 | 区发改委副主任 | 区发改委主任",
 "| 格桑卓嘎 | 女 | 藏族 | 1990.07 | 吉崩岗街道办事处副主任 | 吉崩岗街道党工委副书记",
 "公示时间：2024年6月18日至6月24日（5个工作日）。",
 "公示期间，个人或单位可通过来信、来电、来访等方式，向区委组织部反映公示对象在政治品质、道德品行、廉洁自律等方面的情况和问题。反映问题要实事求是，以真实姓名反映的优先核查。",
 "- 受理电话：0891-6329517",
 "- 受理地址：拉萨市城关区江苏路12号区委组织部干部监督科",
 "- 电子邮箱：cgqzzbgs@163.net",
 "= 中共城关区委组织部",
 "= 2024年6月18日",
 ]))

# vc-05 重庆 市级部门, 政策解读, Q&A, 2023 design, info bar with 字号 glued
A(dict(id="vc-05", kind="government", lang="zh", mode="p", htag="h3",
 title="《重庆市高标准农田建设项目管理办法》政策解读",
 authors=[], time="2024-03-27",
 css=""".gov-top{background:#004a99;color:#fff;padding:8px 40px}.gov-top a{color:#cde}
.gov-logo{padding:24px 40px;font-size:30px;color:#004a99}.gov-nav{background:#0a5cb8}.gov-nav a{color:#fff;padding:12px 26px;display:inline-block}
.gov-crumb{max-width:1100px;margin:10px auto;color:#666}.detail{max-width:1100px;margin:0 auto;background:#fff;padding:30px 60px}
.detail h1{text-align:center;font-size:26px}.detail .fbar{display:flex;justify-content:center;gap:24px;color:#999;font-size:14px;border-bottom:1px solid #e5e5e5;padding-bottom:12px}
.detail h3{font-size:18px;color:#004a99}.detail p{font-size:16px;line-height:2}.rel{max-width:1100px;margin:20px auto}
.gov-ft{background:#1f2d3d;color:#9aa;padding:24px 40px;font-size:13px}""",
 tpl="""<div class="gov-top"><a href="#">重庆市人民政府</a> | <a href="#">市政府部门</a>　　<a href="#">无障碍浏览</a> <a href="#">关怀版</a> <a href="#">繁</a> <a href="#">个人中心</a></div>
<div class="gov-logo">重庆市农业农村委员会</div>
<div class="gov-search"><input type="search" placeholder="搜索本站内容"> <button type="button">全站搜索</button></div>
<div class="gov-nav"><a href="#">首页</a><a href="#">机构职能</a><a href="#">政务公开</a><a href="#">政策文件</a><a href="#">政策解读</a><a href="#">办事服务</a><a href="#">互动交流</a></div>
<div class="gov-crumb">当前位置： <a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策解读</a> &gt; <a href="#">文字解读</a></div>
<div class="detail">
<h1>{TITLE}</h1>
<div class="fbar"><span>日期：2024-03-27</span><span>来源：农田建设管理处</span><span>字号：<a href="#">大</a><a href="#">中</a><a href="#">小</a></span><span><a href="#">打印</a></span></div>
<p class="yw">相关文件：<a href="#">重庆市农业农村委员会关于印发《重庆市高标准农田建设项目管理办法》的通知</a></p>
{BODY}
<div class="share">分享：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ</a></div>
</div>
<div class="rel"><h4>相关解读</h4><ul><li><a href="#">图解：2024年重庆市耕地地力保护补贴政策</a></li><li><a href="#">一图读懂《重庆市农村宅基地管理办法》</a></li></ul></div>
<div class="gov-ft">主办：重庆市农业农村委员会　地址：重庆市渝北区青枫北路16号　电话：023-89133567<br>网站标识码：5000000045　渝ICP备19005632号　渝公网安备 50011202500871号<br><img alt="政务微信二维码" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7">扫一扫关注政务微信</div>""",
 body=[
 "近日，市农业农村委印发了《重庆市高标准农田建设项目管理办法》（以下简称《办法》）。现就有关内容解读如下。",
 "## 一、出台背景是什么？",
 "高标准农田建设是巩固和提高粮食生产能力的重要举措。我市原有管理办法出台于2019年，随着国家层面《农田建设项目管理办法》修订，以及我市山地丘陵地区“宜机化”改造的深入推进，原办法部分条款已不适应工作需要，亟须修订完善。",
 "## 二、主要内容有哪些？",
 "《办法》共八章四十二条，包括总则、规划管理、前期工作、计划管理、组织实施、竣工验收、后续管护和附则。",
 "- 一是明确建设标准，丘陵山区项目亩均投入原则上不低于3000元；",
 "- 二是强化前期工作，要求项目初步设计充分征求农户和新型农业经营主体意见；",
 "- 三是压实管护责任，明确项目竣工验收后移交村集体经济组织管护，管护期不少于5年。",
 "## 三、与原办法相比有哪些变化？",
 "新增“宜机化”改造专门条款，将坡度25度以下、集中连片的坡耕地优先纳入建设范围；新增信息化监管要求，所有项目须在全国农田建设综合监测监管平台上图入库；取消县级初步设计批复后的市级备案环节，进一步压减办理时限。",
 "## 四、何时开始施行？",
 "《办法》自2024年5月1日起施行，有效期5年。",
 ]))

# vc-06 辽宁 大连 庄河市 乡镇, very old table layout (2010), br paragraphs, author in info line
A(dict(id="vc-06", kind="government", lang="zh", mode="br",
 title="青堆镇召开2024年春季森林防火工作会议",
 authors=["王晓东"], time="2024-3-8 9:31:44",
 css="""body{margin:0;font-size:12px;background:#d9e6d0}td{font-size:12px}.t1{font-size:16px;font-weight:bold;color:#063}
.zw{font-size:14px;line-height:24px}a{color:#000;text-decoration:none}""",
 tpl="""<table width="778" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="3" height="100" bgcolor="#2e7d32"><font color="#ffffff" size="6">庄河市青堆镇人民政府</font></td></tr>
<tr><td colspan="3" height="24" bgcolor="#a5d6a7">&nbsp;<a href="#">首 页</a> | <a href="#">青堆概况</a> | <a href="#">政务公开</a> | <a href="#">招商引资</a> | <a href="#">新闻动态</a> | <a href="#">村务公开</a> | <a href="#">留言板</a></td></tr>
<tr><td width="180" valign="top" bgcolor="#f1f8e9">
<table width="100%"><tr><td><b>新闻动态</b></td></tr><tr><td>· <a href="#">镇领导走访慰问困难群众</a></td></tr><tr><td>· <a href="#">青堆镇开展农资打假行动</a></td></tr><tr><td>· <a href="#">我镇召开经济工作会议</a></td></tr></table>
<table width="100%"><tr><td><b>友情链接</b></td></tr><tr><td><a href="#">大连市人民政府</a></td></tr><tr><td><a href="#">庄河市人民政府</a></td></tr></table>
</td>
<td width="10"></td>
<td valign="top">
<table width="100%"><tr><td height="26">当前位置：<a href="#">首页</a> &gt; <a href="#">新闻动态</a> &gt; 正文</td></tr>
<tr><td align="center" class="t1" height="50">{TITLE}</td></tr>
<tr><td align="center" bgcolor="#eeeeee">作者：青堆镇 王晓东　　发布时间：2024-3-8 9:31:44　　点击数：317　　【<a href="#">字体：大 中 小</a>】</td></tr>
<tr><td class="zw"><br>
{BODY}
<br><br></td></tr>
<tr><td align="right">【<a href="#">打印此文</a>】 【<a href="#">关闭窗口</a>】</td></tr>
<tr><td>上一篇：<a href="#">青堆镇开展“三八”妇女节系列活动</a><br>下一篇：<a href="#">镇党委理论学习中心组召开专题学习会</a></td></tr>
</table></td></tr>
<tr><td colspan="3" align="center" bgcolor="#a5d6a7" height="60">庄河市青堆镇人民政府 版权所有 地址：庄河市青堆镇繁荣街86号 电话：0411-89621037<br>辽ICP备09017262号 建议使用1024×768分辨率浏览</td></tr>
</table>""",
 body=[
 "3月7日，青堆镇召开2024年春季森林防火工作会议，镇党委书记刘长海出席会议并讲话，镇长赵宏伟主持会议。镇机关全体干部、各村党支部书记和护林员代表共80余人参加会议。",
 "会议传达了庄河市森林防火工作电视电话会议精神，通报了去冬今春全镇森林防火工作开展情况。",
 "刘长海要求，一是要提高思想认识。当前已进入春季森林防火紧要期，气温回升快、降水偏少，清明祭扫和春耕备耕期间野外用火增多，各村要坚决克服麻痹思想。二是要严格火源管控。在进山路口设立检查卡点，严禁携带火种进山，严禁焚烧秸秆、烧荒烧田。三是要落实值班制度。实行24小时值班和领导带班，确保信息畅通，发现火情第一时间报告、第一时间处置。",
 "会上，镇政府与21个村签订了《森林防火目标责任书》，并为护林员发放了防火宣传旗、扑火工具等物资。",
 ]))

# vc-07 江苏 南京 江宁区, 讲话 (speaker = author), 2020 layout, info bar below with spaced form
A(dict(id="vc-07", kind="government", lang="zh", mode="indent",
 title="在全区优化营商环境大会上的讲话",
 authors=["陈立新"], time="2024年02月19日 09:12",
 title_html="在全区优化营商环境大会上的讲话",
 css=""".jn-head{background:#0d3c78;height:140px;color:#fff;text-align:center;font-size:34px;line-height:140px}
.jn-nav{background:#fff;border-bottom:3px solid #0d3c78;text-align:center}.jn-nav a{padding:14px 18px;display:inline-block}
.jn-main{width:1100px;margin:0 auto}.jn-loc{font-size:13px;padding:12px 0}.jn-title h1{font-size:28px;text-align:center;margin:10px 0}
.jn-title h2{font-size:18px;text-align:center;font-weight:normal}.jn-info{text-align:center;background:#f5f7fa;padding:8px;font-size:13px}
.jn-txt p{font-size:16px;line-height:2}.jn-foot{background:#0d3c78;color:#fff;font-size:12px;padding:24px;text-align:center}""",
 tpl="""<div class="jn-tool"><span>欢迎访问南京市江宁区人民政府网站</span> <a href="#">无障碍</a> <a href="#">长者版</a> <a href="#">繁體</a> <a href="#">English</a></div>
<div class="jn-head">南京市江宁区人民政府</div>
<div class="jn-nav"><a href="#">首页</a><a href="#">走进江宁</a><a href="#">政府信息公开</a><a href="#">政务服务</a><a href="#">政民互动</a><a href="#">数据开放</a></div>
<div class="jn-main">
<div class="jn-loc">当前位置：<a href="#">首页</a> &gt; <a href="#">政府信息公开</a> &gt; <a href="#">领导讲话</a></div>
<div class="jn-title"><h1>{TITLE}</h1><h2>——2024年2月18日</h2><h2>区委副书记、区长　陈立新</h2></div>
<div class="jn-info">信息来源： 江宁区人民政府办公室　　　发布日期： 2024年02月19日 09:12　　　浏览量： 4215</div>
<div class="jn-txt">
{BODY}
</div>
<div class="jn-op"><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></div>
</div>
<div class="jn-foot">主办单位：南京市江宁区人民政府办公室　承办单位：南京市江宁区数据局<br>苏ICP备05077813号-1　苏公网安备 32011502010762号　网站标识码：3201150002<br>地址：南京市江宁区上元大街369号　邮编：211100</div>""",
 body=[
 "同志们：",
 "新春开工第一天，区委、区政府召开全区优化营商环境大会，就是要以“开年第一会”的形式，向全社会释放江宁持续打造一流营商环境的鲜明信号。刚才，5家企业代表作了发言，讲得很实在，我们要认真吸收。下面，我讲三点意见。",
 "## 一、正视差距，增强优化营商环境的紧迫感",
 "过去一年，全区新登记经营主体5.1万户，增长14.2%；政务服务事项“一网通办”率达到98.7%。成绩值得肯定，但对照企业期盼，我们还有不小差距：一些审批事项办理环节仍然偏多，个别部门“新官不理旧账”，涉企检查多头重复的问题依然存在。",
 "## 二、聚焦关键，全力打造“江宁办事不求人”品牌",
 "要在“简”字上下功夫，今年再压减审批时限30%以上，推行工业项目“拿地即开工”常态化；要在“实”字上下功夫，建立企业诉求“直通车”机制，做到事事有回音、件件有着落；要在“暖”字上下功夫，推行“无事不扰、有求必应”的服务方式，全年涉企检查次数再减少20%。",
 "## 三、压实责任，确保各项举措落地见效",
 "各部门主要负责同志是本单位优化营商环境的第一责任人，要亲自研究、亲自部署、亲自督办。区纪委监委要对损害营商环境的行为严肃追责问责。",
 "同志们，营商环境没有最好、只有更好。让我们以更实的作风、更高的标准，为江宁高质量发展提供坚强保障！",
 ]))

# vc-08 西藏 日喀则 江孜县 portal, 领导活动, 2022, county 融媒体 byline at end in parentheses
A(dict(id="vc-08", kind="government", lang="zh", mode="p",
 title="县委书记扎西平措深入乡村调研青稞春播工作",
 authors=["索朗旺姆", "拉巴次仁"], time="2024-04-16",
 css="""body{margin:0;background:#fff8ee}.bn{background:#b22222;color:#ffd700;padding:18px;font-size:28px}
.nv{background:#8b1a1a}.nv a{color:#fff;margin:0 14px;line-height:40px}.mainbox{width:1180px;margin:auto;display:flex}
.lcol{width:820px}.rcol{width:320px;margin-left:40px}.ht{font-size:24px;text-align:center}.subinfo{color:#999;font-size:13px;text-align:center}
.cont p{text-indent:2em;line-height:30px}.ftr{background:#333;color:#bbb;text-align:center;padding:20px}""",
 tpl="""<div class="bn">江孜县人民政府<div style="font-size:14px">ཪྒྱལ་རྩེ་རྫོང་མི་དམངས་སྲིད་གཞུང་།</div></div>
<div class="nv"><a href="#">首页</a><a href="#">江孜概况</a><a href="#">要闻动态</a><a href="#">政务公开</a><a href="#">红色江孜</a><a href="#">文化旅游</a><a href="#">便民服务</a></div>
<div class="mainbox"><div class="lcol">
<p class="crumb">首页 &gt; 要闻动态 &gt; 江孜要闻</p>
<h1 class="ht">{TITLE}</h1>
<p class="subinfo">发布日期：2024-04-16　｜　来源：江孜县融媒体中心　｜　【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</p>
<div class="cont">
{BODY}
</div>
<p class="edit">编辑：白玛央金　　审核：边巴</p>
<p class="prev">上一篇：<a href="#">江孜县召开2024年春季植树造林动员会</a></p>
<p class="next">下一篇：<a href="#">我县开展“民族团结进步月”宣传活动</a></p>
</div>
<div class="rcol"><h3>热点推荐</h3><ul><li>江孜县2024年春耕生产物资已全部到位</li><li>年楚河流域生态修复项目开工</li><li>江孜县融媒体中心招聘公告</li></ul>
<p><img alt="江孜发布二维码" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"><br>扫一扫关注“江孜发布”</p></div></div>
<div class="ftr">主办单位：江孜县人民政府办公室<br>藏ICP备17001592号-1　藏公网安备54022202000034号　网站标识码：5402220002<br>联系电话：0892-8172305</div>""",
 body=[
 "4月14日至15日，县委书记扎西平措深入江热乡、紫金乡、重孜乡等地，实地调研青稞春播工作。",
 "! 扎西平措在田间查看播种情况 | 扎西平措（左二）在紫金乡田间查看青稞播种情况。",
 "在江热乡农机合作社，扎西平措详细了解农机具检修、种子和化肥储备等情况。他强调，要充分发挥农机合作社作用，统筹调度播种机、旋耕机等机具，确保春播期间“人停机不停”。",
 "在紫金乡千亩青稞良种繁育基地，扎西平措走进田间地头，与正在播种的群众拉家常，询问今年种植计划和困难。群众次仁拉姆告诉他：“今年县里免费发了良种‘藏青2000’，我们家多种了5亩。”",
 "扎西平措指出，各乡镇要坚决扛起粮食安全政治责任，确保全县青稞播种面积稳定在12.6万亩以上。要抢抓农时，强化技术指导，组织农技人员分片包干、进村入户，帮助群众解决实际困难。要加强农田水利设施管护，做好春灌工作，为全年粮食丰收打下坚实基础。",
 "县委常委、副县长陈建华陪同调研。（索朗旺姆 拉巴次仁）",
 ]))

# vc-09 重庆 巴南区 村 (村务公开 in a 镇 page), 2018 style; 公告; date with Chinese label glued, no spaces
A(dict(id="vc-09", kind="government", lang="zh", mode="div",
 title="关于石龙村2023年度村级集体经济收益分配方案的公告",
 authors=[], time="2024年01月10日",
 css=""".z-head{background:#2b6fb6;color:#fff;padding:30px 60px;font-size:30px}.z-nav span{display:inline-block;padding:10px 20px;background:#e8f0fa;margin-right:2px}
.z-body{width:1000px;margin:20px auto;border:1px solid #dde}.z-tit{font-size:22px;font-weight:bold;text-align:center;padding:24px 40px 8px}
.z-inf{color:#888;text-align:center;font-size:12px}.z-con .para{text-indent:2em;line-height:28px;margin:8px 40px}
.z-ft{text-align:center;color:#666;font-size:12px;border-top:2px solid #2b6fb6;padding-top:12px}""",
 tpl="""<div class="z-head">重庆市巴南区石龙镇人民政府<p style="font-size:13px"><a href="#">长者模式</a> <a href="#">无障碍阅读</a></p></div>
<div class="z-nav"><span><a href="#">首页</a></span><span><a href="#">镇情概况</a></span><span><a href="#">工作动态</a></span><span><a href="#">政务公开</a></span><span><a href="#">村务公开</a></span><span><a href="#">便民服务</a></span></div>
<div class="z-body">
<div class="z-crumb">首页 &gt; 政务公开 &gt; 村务公开 &gt; 石龙村</div>
<div class="z-tit">{TITLE}</div>
<div class="z-inf">发布时间:2024年01月10日来源:石龙镇石龙村村民委员会</div>
<div class="z-con">
{BODY}
</div>
<div class="z-tool">[ <a href="#">打印</a> ] [ <a href="#">关闭</a> ] [ <a href="#">返回顶部</a> ]</div>
<div class="z-rel">相关文章：<br><a href="#">石龙村2023年第四季度财务收支公开</a><br><a href="#">石龙村关于低保评议结果的公示</a></div>
</div>
<div class="z-ft">版权所有：重庆市巴南区石龙镇人民政府　联系电话：023-66451293<br>渝ICP备2021009736号-4　渝公网安备 50011302000938号　网站标识码：5001130063</div>""",
 body=[
 "全体村民：",
 "根据《重庆市农村集体经济组织条例》和村集体经济组织章程，经2024年1月8日石龙村股份经济合作社成员代表大会审议通过，现将2023年度村级集体经济收益分配方案公告如下：",
 "一、2023年度村集体经济总收入86.42万元，其中经营收入（柑橘基地、乡村民宿）61.30万元，资产租赁收入19.52万元，其他收入5.60万元；总支出39.87万元；可分配收益46.55万元。",
 "二、可分配收益按以下比例分配：提取公积公益金30%，计13.97万元；提取福利费10%，计4.66万元；按股分红60%，计27.92万元。",
 "| 项目 | 比例 | 金额（万元）",
 "| 公积公益金 | 30% | 13.97",
 "| 福利费 | 10% | 4.66",
 "| 成员股份分红 | 60% | 27.92",
 "三、全村集体经济组织成员共1862人，每人1股，每股分红150元，由村股份经济合作社于2024年1月31日前打卡发放至成员账户。",
 "四、公告期为7天。村民如有异议，请在公告期内向村务监督委员会反映。监督电话：023-66450718。",
 "= 石龙镇石龙村股份经济合作社",
 "= 石龙镇石龙村村务监督委员会",
 "= 2024年1月10日",
 ]))

# vc-10 辽宁 省厅 (生态环境厅), 通报, 2025 design, 供稿单位 not author
A(dict(id="vc-10", kind="government", lang="zh", mode="p", htag="h3",
 title="关于2024年第三季度全省生态环境执法典型案例的通报",
 authors=[], time="2024-10-22 15:30",
 css=""":root{--main:#00796b}body{margin:0;font-family:system-ui,"PingFang SC"}.topline{background:var(--main);color:#fff;font-size:13px;padding:6px 10%}
.brand{padding:28px 10%;display:flex;justify-content:space-between}.brand b{font-size:30px;color:var(--main)}
.menu{display:flex;gap:30px;padding:0 10%;background:#e0f2f1}.menu a{padding:14px 0}.article{max-width:900px;margin:30px auto}
.article h1{font-size:28px;line-height:1.5}.mt{display:grid;grid-template-columns:repeat(4,auto);font-size:13px;color:#777;gap:6px;background:#f7f7f7;padding:10px}
.article p{line-height:2;font-size:16px}.article h3{border-left:4px solid var(--main);padding-left:8px}.end{border-top:1px solid #eee;margin-top:30px}
footer{background:#263238;color:#b0bec5;font-size:12px;padding:30px 10%}""",
 tpl="""<div class="topline">今天是2024年10月23日 <a href="#">无障碍</a> <a href="#">关怀模式</a> <a href="#">繁体</a></div>
<div class="brand"><b>辽宁省生态环境厅</b><form class="s"><input type="text" placeholder="请输入搜索内容"><button type="button">搜索</button></form></div>
<nav class="menu"><a href="#">首页</a><a href="#">机构概况</a><a href="#">新闻中心</a><a href="#">信息公开</a><a href="#">环境质量</a><a href="#">政务服务</a><a href="#">互动交流</a></nav>
<main class="article">
<div class="crumb">首页 ＞ 信息公开 ＞ 执法监督 ＞ 正文</div>
<h1>{TITLE}</h1>
<div class="mt"><span>发布日期：2024-10-22 15:30</span><span>供稿单位：执法监督处</span><span>阅读数：2308</span><span>【<a href="#">打印</a>】【<a href="#">关闭</a>】</span></div>
<p class="wh" style="text-align:center">辽环执通〔2024〕17号</p>
{BODY}
<div class="end"><p>【<a href="#">我要纠错</a>】　【<a href="#">收藏</a>】</p>
<p>上一篇：<a href="#">辽宁省2024年9月空气质量状况</a></p><p>下一篇：<a href="#">全省入河排污口排查整治工作推进会召开</a></p></div>
</main>
<footer><p>主办：辽宁省生态环境厅　地址：沈阳市皇姑区北陵大街42号　邮编：110033</p><p>辽ICP备05022719号　辽公网安备 21010502000329号　网站标识码：2100000047</p><p><a href="#">网站地图</a> · <a href="#">使用帮助</a> · <a href="#">隐私声明</a></p></footer>""",
 body=[
 "各市生态环境局，沈抚示范区生态环境局：",
 "2024年第三季度，全省各级生态环境部门坚持精准治污、依法治污，共查处环境违法案件412件，罚没款2937.6万元。为发挥典型案例警示作用，现将3起典型案例通报如下。",
 "## 一、鞍山市某化工有限公司篡改自动监测数据案",
 "7月12日，鞍山市生态环境局执法人员发现该公司通过修改自动监测设备参数，使二氧化硫排放数据低于实际值。该局依法处罚款46万元，并将案件移送公安机关，相关责任人被行政拘留。",
 "## 二、营口市某铸造厂未批先建案",
 "该厂新建中频炉生产线未依法报批环境影响评价文件即投入生产。营口市生态环境局责令其停止建设，处罚款28.5万元。",
 "## 三、锦州市某汽修厂危险废物非法处置案",
 "该厂将废机油、废滤芯等危险废物交由无资质个人处置，锦州市生态环境局依法处罚款12万元，并移送公安机关。",
 "## 工作要求",
 "各地要举一反三，持续保持执法高压态势，对篡改、伪造监测数据等恶劣违法行为“零容忍”，加大典型案例公开力度，以案释法、以案促改。",
 "= 辽宁省生态环境厅",
 "= 2024年10月21日",
 ]))

# vc-11 江苏 无锡 宜兴市, 批复, 2015 portal with 信息公开目录 meta grid (date only in meta table)
A(dict(id="vc-11", kind="government", lang="zh", mode="p",
 title="宜兴市人民政府关于同意设立丁蜀镇紫砂文化产业园的批复",
 authors=[], time="2024-07-05",
 css="""body{font:14px/1.5 Arial,"Microsoft YaHei";background:#f0f0f0}.c{width:1000px;margin:auto;background:#fff}
.yx-top{height:150px;background:#5d4037;color:#fff}.yx-top h1{margin:0;padding:40px;font-size:32px}.yx-menu{background:#795548}.yx-menu a{color:#fff;padding:0 15px;line-height:36px}
.xxgk td{border:1px solid #d7ccc8;padding:4px 8px;font-size:12px}.doc-t{font-size:22px;text-align:center;color:#3e2723;margin:24px 0 4px}
.docno{text-align:center}.doc p{text-indent:2em;line-height:2}.yx-ft{background:#5d4037;color:#eee;text-align:center;padding:16px;font-size:12px}""",
 tpl="""<div class="c">
<div class="yx-top"><h1>宜兴市人民政府</h1><div class="ic"><a href="#">设为首页</a> <a href="#">无障碍</a> <a href="#">老年版</a> <a href="#">繁体中文</a></div></div>
<div class="yx-menu"><a href="#">首页</a><a href="#">走进宜兴</a><a href="#">政府信息公开</a><a href="#">网上办事</a><a href="#">互动交流</a><a href="#">魅力陶都</a></div>
<p>您当前所在位置：<a href="#">首页</a> &gt; <a href="#">政府信息公开</a> &gt; <a href="#">政府文件</a> &gt; <a href="#">宜政复</a></p>
<table class="xxgk" width="100%" cellspacing="0">
<tr><td>索引号</td><td>014152347/2024-00288</td><td>生成日期</td><td>2024-07-05</td></tr>
<tr><td>发布机构</td><td>宜兴市人民政府办公室</td><td>文号</td><td>宜政复〔2024〕23号</td></tr>
<tr><td>主题分类</td><td>城乡建设、环境保护</td><td>有效性</td><td>有效</td></tr>
</table>
<div class="doc">
<div class="doc-t">{TITLE}</div>
<div class="docno">宜政复〔2024〕23号</div>
{BODY}
</div>
<p class="bt">【<a href="#">打印</a>】【<a href="#">关闭</a>】　<a href="#">下载PDF版本</a></p>
<div class="yx-ft">宜兴市人民政府办公室主办　宜兴市大数据管理局承办<br>苏ICP备05006891号-1　苏公网安备 32028202000114号　网站标识码：3202820001</div>
</div>""",
 body=[
 "丁蜀镇人民政府：",
 "你镇《关于设立丁蜀镇紫砂文化产业园的请示》（丁政发〔2024〕31号）收悉。经市政府研究，现批复如下：",
 "一、同意设立丁蜀镇紫砂文化产业园（以下简称产业园）。产业园规划范围东至蜀山大道、南至前墅路、西至东坡东路、北至丁山北路，规划面积约2.36平方公里。",
 "二、产业园要坚持保护与发展并重，以紫砂文化传承创新为核心，重点发展紫砂工艺品设计制作、文化创意、文旅融合等产业，严禁引进高耗能、高污染项目。",
 "三、产业园建设要严格执行国土空间规划，依法依规使用土地。涉及文物保护单位和历史建筑的，须按规定履行报批手续，切实保护好蜀山古南街等历史文化遗存。",
 "四、请你镇抓紧编制产业园发展规划，建立健全管理运营机制，明确责任主体，加快基础设施建设。市发改委、市自然资源和规划局、市文体广旅局等部门要加强指导，给予支持。",
 "= 宜兴市人民政府",
 "= 2024年7月3日",
 "（此件公开发布）",
 ]))

# vc-12 西藏 林芝市, 实施意见 long-ish, 2024 responsive, info bar glued no spaces with 【字体】
A(dict(id="vc-12", kind="government", lang="zh", mode="p", htag="h4",
 title="林芝市人民政府办公室关于加快发展林下经济的实施意见",
 authors=[], time="2024-08-12 17:06:33",
 css=""".lz-hd{background:#1b5e20;color:#fff;padding:20px 8%}
.lz-nav a{display:inline-block;padding:12px 16px;color:#1b5e20}.lz-w{max-width:1080px;margin:0 auto;padding:0 16px}
.lz-t{font-size:26px;text-align:center;color:#1b5e20;margin-top:20px}.lz-i{font-size:13px;color:#888;text-align:center}
.lz-c p{line-height:2;text-indent:2em}.lz-c h4{text-indent:2em}.lz-ft{background:#0d2e10;color:#aaa;padding:20px 8%;font-size:12px}""",
 tpl="""<div class="lz-hd"><div class="lz-logo">林芝市人民政府</div><div class="lz-tl"><a href="#">藏文</a> <a href="#">无障碍</a> <a href="#">长辈版</a> <input type="text" placeholder="搜索"></div></div>
<div class="lz-nav lz-w"><a href="#">首页</a><a href="#">魅力林芝</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">数据开放</a></div>
<div class="lz-w">
<p>当前位置：首页 &gt; 政务公开 &gt; 政府文件 &gt; 林政办发</p>
<h1 class="lz-t">{TITLE}</h1>
<p class="lz-i">发布时间：2024-08-12 17:06:33来源：市政府办公室浏览量：967【字体：<a href="#">大</a><a href="#">中</a><a href="#">小</a>】</p>
<p style="text-align:center">林政办发〔2024〕58号</p>
<div class="lz-c">
{BODY}
</div>
<p>附件：<a href="#">林芝市林下经济重点项目清单（2024—2027年）</a></p>
<p>扫一扫在手机上查看当前页面<img alt="" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"></p>
<p>相关解读：<a href="#">一图读懂《关于加快发展林下经济的实施意见》</a></p>
</div>
<div class="lz-ft">主办：林芝市人民政府办公室　运维：林芝市政务服务和数据管理局<br>藏ICP备16000418号-1　藏公网安备54040202000087号　网站标识码：5404000001</div>""",
 body=[
 "各县（区）人民政府，市直各委、办、局：",
 "为充分发挥我市森林资源优势，推动林下经济高质量发展，助力农牧民增收致富，经市人民政府同意，现提出如下实施意见。",
 "## 一、总体目标",
 "到2027年，全市林下经济经营面积达到120万亩，林下经济总产值突破18亿元，培育市级以上林下经济示范基地30个，带动农牧民年人均增收1500元以上。",
 "## 二、重点任务",
 "（一）发展林下种植。因地制宜发展灵芝、天麻、羊肚菌等林下中药材和食用菌种植，在巴宜区、米林市、波密县建设一批标准化种植基地。",
 "（二）规范林下采集。加强松茸、虫草等林下产品采集管理，推行“定区域、定时间、定数量”采集制度，严禁破坏性采挖。",
 "（三）发展森林康养。依托鲁朗、巴松措等森林景区，发展森林人家、森林步道、自然教育等业态。",
 "## 三、保障措施",
 "各县（区）要成立林下经济发展工作专班，将林下经济发展纳入乡村振兴实绩考核。市财政每年安排专项资金2000万元，对新建示范基地给予一次性补助。金融机构要创新推出“林下贷”等信贷产品。",
 "本意见自印发之日起施行。",
 "= 林芝市人民政府办公室",
 "= 2024年8月9日",
 ]))
