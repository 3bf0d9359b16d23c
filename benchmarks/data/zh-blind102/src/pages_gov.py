# Government pages: wy-01 ... wy-12 (云南, 江西, 山东, 北京). All invented.
PAGES = []

# wy-01 云南 district portal, 2023 responsive design, info bar below headline with 作者
PAGES.append(dict(
    id="wy-01", kind="gov", title="晋宁区部署主汛期地质灾害防治工作",
    authors=["段红梅"], time="2025-06-09 17:26",
    css="""body{margin:0;font-family:"Microsoft YaHei",sans-serif;color:#333}
.top{background:#f3f6fa;font-size:13px;padding:6px 10%;display:flex;justify-content:space-between}
.top a{margin-left:12px;color:#555;text-decoration:none}
.banner{background:#0d5ca8;color:#fff;padding:18px 10%;display:flex;justify-content:space-between;align-items:center}
.banner .name{font-size:28px;font-weight:bold}.banner input{width:240px;padding:6px}
.nav{background:#0a4a88}.nav a{color:#fff;display:inline-block;padding:10px 22px;text-decoration:none}
.crumb{padding:12px 10%;font-size:14px;color:#666}.main{padding:0 10%}
h1{text-align:center;font-size:26px;color:#0d3c6e}.info{text-align:center;color:#888;font-size:14px;border-bottom:1px dashed #ccc;padding-bottom:10px}
.info span{margin:0 10px}.content p{font-size:17px;line-height:1.9}
.tools{text-align:right;margin:20px 0}.prevnext p{margin:4px 0}.foot{background:#eee;padding:20px 10%;font-size:13px;color:#666;margin-top:30px}""",
    html="""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>晋宁区部署主汛期地质灾害防治工作-昆明市晋宁区人民政府</title><style>@@CSS@@</style></head><body>
<div class="top"><div>欢迎访问昆明市晋宁区人民政府门户网站！</div><div><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁體</a><a href="#">English</a><a href="#">登录</a><a href="#">注册</a></div></div>
<div class="banner"><div class="name">昆明市晋宁区人民政府</div><div><input type="text" placeholder="请输入关键词"> <button>搜索</button></div></div>
<div class="nav"><a href="#">首页</a><a href="#">走进晋宁</a><a href="#">政务动态</a><a href="#">政府信息公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">专题专栏</a></div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务动态</a> &gt; <a href="#">部门动态</a> &gt; 正文</div>
<div class="main">
<h1>晋宁区部署主汛期地质灾害防治工作</h1>
<div class="info"><span>发布时间：2025-06-09 17:26</span><span>来源：晋宁区自然资源局</span><span>作者：段红梅</span><span>浏览次数：</span><span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="content">
@@BODY@@
</div>
<div class="tools"><a href="#">【打印】</a><a href="#">【关闭】</a></div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="prevnext"><p>上一篇：<a href="#">晋宁区召开2025年第二季度安全生产形势分析会</a></p><p>下一篇：<a href="#">昆阳街道开展“6·5”环境日主题宣传活动</a></p></div>
<h3>相关文章</h3><ul><li><a href="#">晋宁区开展汛前地质灾害隐患点巡查</a> 2025-05-28</li><li><a href="#">全区自然资源系统业务培训班开班</a> 2025-05-20</li><li><a href="#">晋宁区召开河湖长制工作推进会</a> 2025-05-16</li></ul>
</div>
<div class="foot"><p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>
<p>主办：昆明市晋宁区人民政府办公室　承办：昆明市晋宁区融媒体中心</p>
<p>网站标识码：5301220047　滇ICP备09008817号-2　<img src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==" alt="">滇公网安备 53012202000391号</p>
<p>联系电话：0871-67891234（工作日 9:00-17:00）</p><p>扫一扫在手机打开当前页</p></div>
</body></html>""",
    body="""
6月9日，晋宁区召开主汛期地质灾害防治工作部署会，传达全省、全市地质灾害防治工作电视电话会议精神，通报前期隐患排查情况，安排部署主汛期各项防范工作。副区长马志刚出席会议并讲话。
会议指出，今年入汛以来，全区降雨时空分布不均，局地短时强降雨多发，部分山区乡镇土体含水量持续偏高，发生崩塌、滑坡等灾害的风险明显上升。各街道、各部门要克服麻痹思想和侥幸心理，把地质灾害防治作为当前一项紧要任务抓实抓细。
! 会议现场
会议要求，一要盯紧隐患点位。对全区登记在册的76处地质灾害隐患点和18处风险斜坡单元，落实“一点一策”和群测群防员，雨前排查、雨中巡查、雨后核查不留死角。二要畅通预警链条。区自然资源局要会同气象、应急部门加密会商，预警信息要直达村组、直达受威胁群众，做到“叫应”到人。三要果断转移避险。遇强降雨预警，要提前组织受威胁群众转移，宁可十防九空，不可失防万一。四要压实工作责任。各街道主要负责人要靠前指挥，带班领导和值班人员24小时在岗在位，严格执行信息报送制度，不得迟报、漏报、瞒报。
会上，区应急管理局、区气象局分别就汛期应急值守和天气趋势作了发言，6个街道作了表态发言。
"""))

# wy-02 江西 county portal, 2012 table layout, 通知 with 文号, Word-exported body
PAGES.append(dict(
    id="wy-02", kind="gov", title="安远县人民政府办公室关于做好2025年防溺水工作的通知",
    authors=[], time="2025-06-10", style="span", htag="strong",
    css="""body{margin:0;background:#e9eef3;font:12px/1.8 宋体,SimSun}
table.wrap{width:1002px;margin:0 auto;background:#fff}
td.logo{height:120px;background:#1f6fb5;color:#fff;font-size:30px;font-family:黑体;padding-left:30px}
td.menu a{color:#fff;padding:0 14px}td.menu{background:#135893;height:34px}
td.pos{border-bottom:1px solid #d5d5d5;height:30px}.bt{font-size:20px;color:#c00;font-weight:bold;text-align:center;padding:18px 0 8px}
.sx{text-align:center;color:#666;border-bottom:1px solid #e5e5e5}.wh{text-align:center;font-family:仿宋_GB2312;font-size:16pt}
td.bottom{background:#135893;color:#fff;text-align:center;padding:10px}""",
    html="""<html><head><meta charset="utf-8"><title>安远县人民政府</title><style>@@CSS@@</style></head><body>
<table class="wrap" cellpadding="0" cellspacing="0">
<tr><td class="logo">安远县人民政府<br><span style="font-size:14px">www.ay.gov.cn</span></td><td align="right" style="background:#1f6fb5;color:#fff;padding-right:20px">设为首页 | 加入收藏 | 无障碍浏览<br><input type="text" value="" size="16"> <input type="button" value="搜 索"></td></tr>
<tr><td class="menu" colspan="2"><a href="#">网站首页</a>|<a href="#">魅力安远</a>|<a href="#">政务公开</a>|<a href="#">网上办事</a>|<a href="#">公众参与</a>|<a href="#">招商引资</a>|<a href="#">专题专栏</a></td></tr>
<tr><td class="pos" colspan="2">&nbsp;&nbsp;您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">政务公开</a> &gt;&gt; <a href="#">通知公告</a></td></tr>
<tr><td colspan="2" style="padding:10px 40px">
<table width="100%"><tr><td class="bt">安远县人民政府办公室关于做好2025年防溺水工作的通知</td></tr>
<tr><td class="sx">发布日期：2025-06-10&nbsp;&nbsp;&nbsp;&nbsp;信息来源：县政府办&nbsp;&nbsp;&nbsp;&nbsp;点击数：&nbsp;&nbsp;&nbsp;&nbsp;【<a href="#">打印此页</a>】【<a href="#">关闭窗口</a>】</td></tr>
<tr><td><p class="wh">安府办字〔2025〕41号</p>
@@BODY@@
</td></tr></table>
</td></tr>
<tr><td colspan="2" style="padding:10px 40px">相关信息：<br>· <a href="#">安远县2025年汛期安全生产工作方案</a><br>· <a href="#">关于开展夏季校园安全隐患排查的通知</a></td></tr>
<tr><td class="bottom" colspan="2">版权所有：安远县人民政府　主办：安远县人民政府办公室　承办：安远县信息中心<br>赣ICP备05002931号　网站标识码：3607260003　赣公网安备 36072602000112号<br>地址：江西省安远县欣山镇濂江路88号　邮编：342100　建议使用1024×768分辨率浏览</td></tr>
</table></body></html>""",
    body="""
各乡（镇）人民政府，县政府各部门，县属、驻县各单位：
当前已进入夏季溺水事故易发多发期，为切实保障广大中小学生和群众生命安全，坚决遏制溺水事故发生，经县政府同意，现就做好2025年防溺水工作通知如下。
# 一、压实防溺水工作责任
各乡（镇）要严格落实属地管理责任，主要负责同志为第一责任人，把防溺水工作纳入夏季安全工作重点，逐村逐组明确责任人员。教育、水利、应急、公安等部门要按照职责分工，加强指导，形成工作合力。
# 二、全面排查危险水域
各乡（镇）要组织力量对辖区内河流、山塘、水库、沟渠、鱼塘、废弃矿坑等水域开展拉网式排查，建立危险水域台账。对重点水域要设置警示标志、防护栏和救生设施，每处至少配备救生圈、救生绳、救生杆各1套。
# 三、强化重点时段巡查
周末、节假日、放学后及暑假期间是溺水事故高发时段，各乡（镇）要组织村（社区）干部、网格员、志愿者对重点水域开展巡查，发现未成年人私自下水的，要及时劝离并告知其监护人。
# 四、加强宣传教育
各学校要在放假前开展一次防溺水专题教育，发放《致家长的一封信》，落实家校联系制度。要利用村村响广播、宣传车、微信群等方式，广泛宣传“六不两会”防溺水常识，提高群众自救互救能力。
# 五、严格值班和信息报送
各单位要严格落实24小时值班制度，发生溺水事故要第一时间组织救援，并在1小时内报县应急管理局，不得迟报、漏报、瞒报。
+ 安远县人民政府办公室
+ 2025年6月9日
"""))

# wy-03 山东 municipal department, 2018 design, 政策解读, info bar above headline
PAGES.append(dict(
    id="wy-03", kind="gov", title="《淄博市高校毕业生就业创业补贴办法》政策解读",
    authors=[], time="2025年06月10日", htag="strong", style="indent",
    css="""body{margin:0;font:14px/1.7 "Microsoft YaHei";background:#fafafa}
.header{height:110px;background:#b8161c;color:#fff;padding:0 60px}.header h2{margin:0;padding-top:30px;font-size:30px}
.header .sub{font-size:13px;letter-spacing:2px}.tool{float:right;margin-top:-40px}
.menu{background:#8f0f14;padding:0 60px}.menu a{color:#fff;line-height:42px;margin-right:30px;text-decoration:none}
.box{width:1100px;margin:20px auto;background:#fff;padding:30px 50px}.loc{color:#999;border-bottom:2px solid #b8161c;padding-bottom:6px}
.meta{margin:18px 0 0;color:#999;font-size:13px}.title{font-size:24px;color:#222;text-align:center;margin:16px 0 24px;font-weight:bold}
.cont p{font-size:16px;line-height:2}.ft{background:#333;color:#bbb;padding:24px 60px;font-size:12px}""",
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>政策解读</title><style>@@CSS@@</style></head><body>
<div class="header"><h2>淄博市人力资源和社会保障局</h2><div class="sub">ZIBO MUNICIPAL HUMAN RESOURCES AND SOCIAL SECURITY BUREAU</div><div class="tool"><a href="#" style="color:#fff">长者模式</a> | <a href="#" style="color:#fff">无障碍</a> | <a href="#" style="color:#fff">简</a>/<a href="#" style="color:#fff">繁</a></div></div>
<div class="menu"><a href="#">首页</a><a href="#">机构概况</a><a href="#">新闻动态</a><a href="#">信息公开</a><a href="#">政策文件</a><a href="#">政策解读</a><a href="#">办事服务</a><a href="#">互动交流</a></div>
<div class="box">
<div class="loc">您所在的位置： <a href="#">首页</a> &gt; <a href="#">政策文件</a> &gt; <a href="#">政策解读</a></div>
<div class="meta">信息来源：淄博市人力资源和社会保障局　　发布日期：2025年06月10日　　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】　【<a href="#">打印</a>】　【<a href="#">关闭</a>】</div>
<div class="title">《淄博市高校毕业生就业创业补贴办法》政策解读</div>
<div class="cont">
@@BODY@@
</div>
<p>相关文件：<a href="#">淄博市人力资源和社会保障局 淄博市财政局关于印发《淄博市高校毕业生就业创业补贴办法》的通知</a></p>
<p><a href="#">【我要纠错】</a>　<a href="#">【返回顶部】</a></p>
</div>
<div class="ft">主办单位：淄博市人力资源和社会保障局　地址：淄博市张店区人民西路166号　咨询电话：0533-3186120<br>鲁ICP备05011762号-1　鲁公网安备 37030302000644号　网站标识码：3703000046<br>扫一扫 关注“淄博人社”微信公众号</div>
</body></html>""",
    body="""
# 一、出台背景
为深入实施“技能兴淄”“人才强市”战略，进一步吸引高校毕业生来淄就业创业，市人力资源和社会保障局会同市财政局对原有补贴政策进行了梳理整合，制定了《淄博市高校毕业生就业创业补贴办法》（以下简称《办法》）。
# 二、主要内容
《办法》共五章二十条，主要包括以下补贴项目：
* 1.就业见习补贴。见习单位按每人每月当地最低工资标准的60%申领见习补贴，见习期满留用率达50%以上的，补贴标准提高至70%。
* 2.求职创业补贴。对毕业年度内有就业创业意愿的困难家庭高校毕业生，给予每人3000元一次性求职创业补贴。
* 3.一次性吸纳就业补贴。企业招用离校2年内未就业高校毕业生并签订1年以上劳动合同的，按每人1500元给予补贴。
* 4.创业担保贷款贴息。符合条件的个人可申请最高30万元创业担保贷款，并按规定享受贴息。
# 三、适用对象
本市行政区域内的用人单位，以及毕业2年内在本市就业创业的全日制普通高校毕业生、技工院校高级工班和预备技师班毕业生。
# 四、申领方式
申请人可通过“淄博人社”微信公众号或山东省人力资源社会保障厅网上服务大厅在线申领，也可到各区县公共就业服务机构现场办理，补贴资金原则上在受理后20个工作日内发放到位。
# 五、施行时间
《办法》自2025年7月1日起施行，有效期至2027年6月30日。政策咨询电话：0533-3186135。
"""))

# wy-04 北京 district portal, 2024 design, 领导活动, 文/图 byline line, captions
PAGES.append(dict(
    id="wy-04", kind="gov", title="高振华调研汛期安全和重点项目建设工作",
    authors=["崔宇航"], time="2025-06-11",
    css="""*{box-sizing:border-box}body{margin:0;font-family:"PingFang SC","Microsoft YaHei";color:#222}
.hd{background:linear-gradient(#1b4f9c,#2a6ad0);color:#fff;padding:20px 8%}.hd b{font-size:30px;letter-spacing:4px}
.hd .r{float:right;font-size:13px}.hd .r a{color:#fff;margin-left:10px}
.nv{display:flex;gap:28px;padding:12px 8%;background:#fff;border-bottom:3px solid #1b4f9c}.nv a{color:#1b4f9c;font-weight:bold}
.bc{padding:12px 8%;color:#777;font-size:13px}.art{max-width:960px;margin:0 auto}
.art h1{font-size:28px;line-height:1.4;margin:10px 0}.mt{display:flex;gap:20px;color:#999;font-size:13px;margin-bottom:20px}
.art p{font-size:17px;line-height:1.9;text-align:justify}.pic-cap{font-size:14px;color:#666}
.note{color:#999;font-size:14px}.ft{margin-top:40px;background:#0f2f5f;color:#c9d3e6;padding:24px 8%;font-size:13px}""",
    html="""<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>北京市房山区人民政府</title><style>@@CSS@@</style></head><body>
<header class="hd"><div class="r"><a href="#">长者模式</a><a href="#">无障碍</a><a href="#">English</a><a href="#">移动端</a></div><b>北京市房山区人民政府</b></header>
<nav class="nv"><a href="#">首页</a><a href="#">要闻动态</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">政民互动</a><a href="#">走进房山</a></nav>
<div class="bc">首页 / 要闻动态 / 房山要闻</div>
<article class="art">
<h1>高振华调研汛期安全和重点项目建设工作</h1>
<div class="mt"><span>2025-06-11</span><span>来源：房山区融媒体中心</span><span>字号：<a href="#">T</a> <a href="#">T</a> <a href="#">T</a></span></div>
@@BODY@@
<p class="note">审核：郑立群</p>
<div>分享：<a href="#">微信</a> <a href="#">微博</a></div>
</article>
<section class="art"><h3>相关推荐</h3><p><a href="#">房山区召开防汛工作专题会</a></p><p><a href="#">区领导检查在建工地防汛准备情况</a></p></section>
<footer class="ft">北京市房山区人民政府主办　北京市房山区政务服务和数据管理局承办<br>京ICP备05083621号　京公网安备 11011102000987号　网站标识码：1100000058<br><a href="#">网站地图</a> · <a href="#">联系我们</a> · <a href="#">使用帮助</a></footer>
</body></html>""",
    body="""
~ 文/图：崔宇航
6月10日，区委书记高振华深入长阳镇、青龙湖镇等地，实地调研汛期安全和重点项目建设工作。区领导吴敏、孙立新参加。
在小清河长阳段，高振华察看了河道清淤和堤防加固情况，详细询问防汛物资储备、抢险队伍值守等工作。他指出，我区山区面积大、中小河流多，防汛任务繁重，要立足防大汛、抗大险、救大灾，把各项措施落实到每个点位、每个责任人。
! 高振华在小清河长阳段调研
在青龙湖镇一处在建安置房项目现场，高振华走进施工区域，了解工程进度和深基坑、塔吊等重点部位的安全管控情况。他强调，在建项目要在雨季到来前完成基坑周边排水和临边防护，遇强降雨天气坚决停止室外作业，确保施工人员安全。
高振华要求，各乡镇街道和有关部门要坚持防汛和发展两手抓：一方面，严格落实领导带班和24小时值班制度，加强对山洪沟道、地质灾害隐患点和低洼院落的巡查，做好人员转移避险准备；另一方面，倒排重点项目工期，在确保安全的前提下科学组织施工，力争年底前完成既定建设目标。
"""))

# wy-05 云南 township sub-site, simple 2016 design, seconds in time, closing byline with spaced name
PAGES.append(dict(
    id="wy-05", kind="gov", title="茈碧湖镇开展梅子收购季安全生产大检查",
    authors=["杨丽萍", "李强"], time="2025-06-11 16:05:23", style="u3000",
    css="""body{margin:0;font:14px/1.6 Arial,"Microsoft YaHei"}.w{width:980px;margin:0 auto}
.logo{height:90px;background:#3c8d40;color:#fff;font-size:26px;line-height:90px;padding-left:20px}
.mn a{display:inline-block;width:120px;text-align:center;background:#2e6e31;color:#fff;line-height:36px}
.l{float:left;width:220px}.r{float:right;width:740px}.clear{clear:both}
.t{font-size:22px;text-align:center;color:#2e6e31;margin:20px 0 8px}.i{text-align:center;color:#888;background:#f4f4f4;padding:6px}
.r p{line-height:2;font-size:15px}.bt{border-top:3px solid #3c8d40;text-align:center;color:#666;padding:14px;font-size:12px}""",
    html="""<html><head><meta charset="utf-8"><title>茈碧湖镇开展梅子收购季安全生产大检查 - 洱源县人民政府</title><style>@@CSS@@</style></head><body><div class="w">
<div class="logo">洱源县人民政府 · 茈碧湖镇</div>
<div class="mn"><a href="#">首页</a><a href="#">镇情概况</a><a href="#">工作动态</a><a href="#">通知公告</a><a href="#">村务公开</a><a href="#">便民服务</a></div>
<div class="l"><h4>工作动态</h4><ul><li><a href="#">乡镇动态</a></li><li><a href="#">部门动态</a></li><li><a href="#">图片新闻</a></li></ul><h4>便民电话</h4><p>镇党政办：0872-5123406</p><p>镇综治中心：0872-5123418</p></div>
<div class="r">
<p>当前位置：<a href="#">洱源县人民政府</a>&gt;<a href="#">乡镇专栏</a>&gt;<a href="#">茈碧湖镇</a>&gt;<a href="#">工作动态</a></p>
<div class="t">茈碧湖镇开展梅子收购季安全生产大检查</div>
<div class="i">时间：2025-06-11 16:05:23　　来源：茈碧湖镇　　阅读：　次</div>
@@BODY@@
<p>【<a href="#">打印本页</a>】　【<a href="#">关闭窗口</a>】</p>
<p>上一条：<a href="#">茈碧湖镇召开6月份党政联席会议</a><br>下一条：<a href="#">茈碧湖镇开展“防溺水”安全教育进校园活动</a></p>
</div><div class="clear"></div>
<div class="bt">主办：洱源县人民政府办公室　技术支持：洱源县融媒体中心<br>滇ICP备14002157号　网站标识码：5329300011　滇公网安备 53293002000056号</div>
</div></body></html>""",
    body="""
眼下正值梅子集中采收季，茈碧湖镇各收购点车辆往来频繁，加工企业满负荷运转。为防范化解安全风险，6月9日至11日，茈碧湖镇组织安监、市场监管、派出所、交警中队等部门组成联合检查组，对辖区梅子收购点、加工企业开展安全生产大检查。
检查组重点查看了收购点场地布置、消防器材配备、用电线路敷设和腌制池防护等情况，对加工企业的锅炉、压力容器和特种作业人员持证上岗情况进行逐一核查。在一家梅果加工厂，检查组发现部分电线私拉乱接、灭火器过期，当即要求企业限期整改，并现场讲解了电气火灾的防范要点。
针对收购季运输车辆多、农用车载人等突出问题，交警中队在通往收购点的主要路口设置劝导点，对超载、超限和农用车违法载人行为进行劝导纠正，同步发放安全宣传资料。
此次检查共检查收购点23个、加工企业7家，发现隐患31条，已现场整改24条，其余7条明确了整改责任人和时限。镇安监站负责人表示，下一步将建立隐患整改台账，实行销号管理，整改不到位的坚决停业整顿，确保梅子收购季安全平稳。（通讯员 杨丽萍 李　强）
"""))

# wy-06 江西 village 村务公开 on a township site, 2015 layout, table, 署名 + 日期
PAGES.append(dict(
    id="wy-06", kind="gov", title="思口镇龙湾村2025年第二季度财务收支公开",
    authors=[], time="2025-06-12", style="nbsp",
    css="""body{margin:0;font-size:14px;font-family:宋体}.top{background:url() #7a3e1d;color:#fff;height:100px;padding:0 30px}
.top h1{margin:0;padding-top:26px;font-size:28px;font-family:楷体}.nav{background:#5b2d15;padding:6px 30px}.nav a{color:#fff;margin-right:18px}
.ct{width:960px;margin:10px auto;border:1px solid #ddd;padding:20px}.ct h2{text-align:center;font-size:20px}
.xx{text-align:center;color:#777;font-size:12px}table.tb{border-collapse:collapse;width:90%;margin:10px auto}.tb td,.tb th{border:1px solid #999;padding:4px}
.foot{text-align:center;font-size:12px;color:#555;border-top:1px solid #ccc;padding:10px}""",
    html="""<html><head><meta charset="utf-8"><title>村务公开-思口镇人民政府</title><style>@@CSS@@</style></head><body>
<div class="top"><h1>婺源县思口镇人民政府</h1><span>中国最美乡村 · 思口欢迎您</span></div>
<div class="nav"><a href="#">首 页</a><a href="#">思口概况</a><a href="#">政务公开</a><a href="#">村务公开</a><a href="#">党建园地</a><a href="#">乡村旅游</a><a href="#">联系我们</a> <input type="text"><input type="submit" value="站内搜索"></div>
<div class="ct">
<div>您的位置：首页 → 村务公开 → 龙湾村</div>
<h2>思口镇龙湾村2025年第二季度财务收支公开</h2>
<div class="xx">作者：龙湾村委会　　来源：本站原创　　发布时间：2025-06-12　　浏览：　次</div>
<hr>
@@BODY@@
<p style="text-align:center">【<a href="#">发表评论</a>】【<a href="#">告诉好友</a>】【<a href="#">打印此文</a>】【<a href="#">关闭窗口</a>】</p>
<p>上一篇：<a href="#">龙湾村2025年第一季度财务收支公开</a></p><p>下一篇：<a href="#">思口镇2025年度耕地地力保护补贴发放公示</a></p>
</div>
<div class="foot">Copyright © 2015-2025 婺源县思口镇人民政府 版权所有<br>地址：婺源县思口镇思口村 电话：0793-7312046 赣ICP备15006284号</div>
</body></html>""",
    body="""
根据《江西省村级财务管理办法》和村务公开有关规定，经村务监督委员会审核，现将龙湾村2025年第二季度（4月1日至6月10日）财务收支情况公开如下，接受全体村民监督。
# 一、收入情况
本季度村集体收入合计186420元，明细如下：
| 序号 | 收入项目 | 金额（元） | 备注 |
| 1 | 上级转移支付 | 85000 | 村级组织运转经费 |
| 2 | 茶园承包收入 | 62000 | 第二年租金 |
| 3 | 光伏发电收益 | 31420 | 1-4月结算 |
| 4 | 其他收入 | 8000 | 旧村部房屋出租 |
# 二、支出情况
本季度支出合计132680元，主要用于：村干部报酬及办公经费45600元；村组道路和水渠维修52300元；村内环境卫生保洁费18000元；困难群众临时救助9000元；防汛物资采购7780元。
# 三、结余情况
截至6月10日，村集体账面结余资金253740元，全部存放于镇“三资”管理服务中心代管账户。
村民对以上公开内容如有疑问，可在公开之日起10日内向村务监督委员会或镇纪委反映。监督电话：0793-7312119。
+ 思口镇龙湾村村民委员会
+ 思口镇龙湾村村务监督委员会
+ 2025年6月11日
"""))

# wy-07 山东 county portal 信息公开 page (2020): metadata table with 成文日期 and 发布日期, 通报 with table
PAGES.append(dict(
    id="wy-07", kind="gov", title="沂水县市场监督管理局关于2025年第二批次食品安全监督抽检不合格情况的通报",
    authors=[], time="2025-06-12",
    css="""body{margin:0;font-family:"Microsoft YaHei";font-size:15px;color:#333}.head{background:#e8f1fb;padding:16px 120px;border-bottom:4px solid #1d63b8}
.head .n{font-size:32px;color:#1d63b8;font-weight:bold}.head .s{float:right}.nav{background:#1d63b8;padding:0 120px}.nav a{color:#fff;display:inline-block;padding:10px 16px}
.w{width:1100px;margin:16px auto}.meta{width:100%;border-collapse:collapse;background:#f7f9fc;font-size:14px}.meta td{border:1px solid #d9e2ee;padding:6px 10px}
.meta td.k{width:110px;color:#1d63b8;text-align:right}h1{font-size:24px;text-align:center;margin:28px 0 6px}
.w p{line-height:2}table.tb{border-collapse:collapse;margin:10px 0;width:100%;font-size:14px}.tb th{background:#eef3f9}
.foot{background:#1d3c66;color:#ddd;text-align:center;padding:20px;font-size:13px;margin-top:40px}""",
    html="""<!doctype html><html><head><meta charset="utf-8"><title>沂水县人民政府 政府信息公开</title><style>@@CSS@@</style></head><body>
<div class="head"><span class="s"><a href="#">无障碍</a> | <a href="#">长者版</a> | <a href="#">繁体</a> | <input placeholder="搜索本站"></span><span class="n">沂水县人民政府</span></div>
<div class="nav"><a href="#">首页</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">魅力沂水</a></div>
<div class="w">
<div>当前位置：首页 &gt; 政府信息公开 &gt; 部门信息公开 &gt; 县市场监督管理局 &gt; 监督检查</div>
<table class="meta"><tr><td class="k">索引号：</td><td>11371323MB2851047X/2025-0012871</td><td class="k">发布机构：</td><td>沂水县市场监督管理局</td></tr>
<tr><td class="k">主题分类：</td><td>市场监管、安全生产监管</td><td class="k">文　　号：</td><td>沂市监通〔2025〕9号</td></tr>
<tr><td class="k">成文日期：</td><td>2025-06-11</td><td class="k">发布日期：</td><td>2025-06-12</td></tr>
<tr><td class="k">名　　称：</td><td colspan="3">沂水县市场监督管理局关于2025年第二批次食品安全监督抽检不合格情况的通报</td></tr></table>
<h1>沂水县市场监督管理局关于2025年第二批次食品安全监督抽检不合格情况的通报</h1>
@@BODY@@
<p style="text-align:right"><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></p>
<p>附件：<a href="#">2025年第二批次食品安全监督抽检合格产品信息.xlsx</a></p>
</div>
<div class="foot">主办：沂水县人民政府办公室　承办：沂水县大数据中心　联系电话：0539-2251730<br>网站标识码：3713230008　鲁ICP备10028731号-1　鲁公网安备 37132302371501号</div>
</body></html>""",
    body="""
各乡镇（街道）市场监管所，局机关各科室：
近期，县局组织对全县生产、流通和餐饮环节的食品开展了2025年第二批次监督抽检，共抽检粮食加工品、食用油、肉制品、蔬菜、水产品、糕点等12大类食品样品215批次，检验合格208批次，不合格7批次，合格率为96.7%。现将不合格情况通报如下：
| 序号 | 样品名称 | 被抽样单位 | 不合格项目 |
| 1 | 韭菜 | 沂水县某农贸市场经营户 | 腐霉利 |
| 2 | 油条 | 沂城街道某早餐店 | 铝的残留量 |
| 3 | 鸡蛋 | 许家湖镇某超市 | 恩诺沙星 |
| 4 | 鲈鱼 | 沂水县某水产店 | 孔雀石绿 |
对抽检发现的不合格食品，县局已责令相关经营者立即采取下架、召回等措施，并依法立案调查。各市场监管所要督促辖区经营者落实进货查验和索证索票制度，对不合格产品涉及的经营户开展跟踪抽检，对屡抽屡不合格的依法从严查处。
请广大消费者在购买食品时选择正规渠道，并注意索要购物凭证。发现食品安全问题，请拨打12315投诉举报。
+ 沂水县市场监督管理局
+ 2025年6月11日
"""))

# wy-08 北京 municipal bureau, 2025 design, 批复 with 文号; metadata under headline glued
PAGES.append(dict(
    id="wy-08", kind="gov", title="北京市水务局关于怀柔区雁栖河下游段生态治理工程初步设计的批复",
    authors=[], time="2025-06-12", style="div",
    css="""body{margin:0;font-family:system-ui,"Noto Sans SC";color:#1f2937;background:#f5f7fa}
.bar{display:flex;justify-content:space-between;padding:8px 6%;font-size:13px;background:#fff}.bar a{margin-left:14px;color:#374151}
.brand{background:#0369a1;color:#fff;padding:22px 6%;font-size:26px;font-weight:600}
.menu{background:#075985;display:flex;padding:0 6%}.menu a{color:#e0f2fe;padding:12px 18px;text-decoration:none}
main{max-width:900px;margin:24px auto;background:#fff;padding:36px 56px;border-radius:6px}
.path{font-size:13px;color:#6b7280}.path a{color:#6b7280}h1{font-size:25px;text-align:center;line-height:1.5}
.wh{text-align:center;color:#374151}.m{font-size:13px;color:#9ca3af;text-align:center}.m span+span::before{content:" | "}
.para{font-size:17px;line-height:2;text-indent:2em;margin:6px 0}footer{text-align:center;font-size:13px;color:#6b7280;padding:26px}""",
    html="""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>批复_北京市水务局</title><style>@@CSS@@</style></head><body>
<div class="bar"><span>2025年6月12日 星期四</span><span><a href="#">无障碍</a><a href="#">关怀版</a><a href="#">English</a><a href="#">登录</a></span></div>
<div class="brand">北京市水务局</div>
<nav class="menu"><a href="#">首页</a><a href="#">机构职能</a><a href="#">政务公开</a><a href="#">办事服务</a><a href="#">互动交流</a><a href="#">水务数据</a></nav>
<main>
<div class="path">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策文件</a> &gt; <a href="#">批复</a></div>
<h1>北京市水务局关于怀柔区雁栖河下游段生态治理工程初步设计的批复</h1>
<div class="m"><span>发布时间：2025-06-12</span><span>来源：规划计划处</span><span>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span><span><a href="#">打印</a></span></div>
<p class="wh">京水务计〔2025〕58号</p>
@@BODY@@
</main>
<footer>主办单位：北京市水务局　地址：北京市海淀区玉渊潭南路5号　邮编：100038<br>网站标识码：1100000139　京ICP备05042197号　京公网安备 11010802023316号<br>扫一扫 手机浏览</footer>
</body></html>""",
    body="""
怀柔区水务局：
你局《关于报送怀柔区雁栖河下游段生态治理工程初步设计的请示》（怀水务文〔2025〕17号）收悉。经研究，现批复如下：
一、原则同意所报雁栖河下游段生态治理工程初步设计。该工程位于怀柔区雁栖镇至怀柔镇段，治理河长6.8公里，工程任务以防洪安全为基础，兼顾水生态修复和滨水空间提升。
二、同意工程防洪标准按20年一遇设计。主要建设内容包括：河道清淤疏挖6.8公里，新建和加固护岸9.2公里，改建拦河堰2座，建设生态湿地3处共计12.6公顷，同步完善巡河路和管理设施。
三、核定工程概算总投资2.37亿元，资金由市、区两级按现行政策分担。
四、请你局按照批复内容抓紧开展施工图设计，严格执行项目法人责任制、招标投标制、建设监理制和合同管理制，加强汛期施工安全管理，确保工程质量和安全，力争2026年汛前主体工程完工。
+ 北京市水务局
+ 2025年6月10日
"""))

# wy-09 云南 prefecture portal, 领导讲话 column, speaker + speech date under headline
PAGES.append(dict(
    id="wy-09", kind="gov", title="在全州营商环境优化提升推进会上的讲话",
    authors=["罗建国"], time="2025-06-12 09:00", htag="u3000strong", style="u3000",
    css="""body{margin:0;background:#f0ece4;font-family:"Microsoft YaHei"}.wrap{width:1180px;margin:0 auto;background:#fff}
.logo{height:130px;background:#8a1c1c;color:#f6e3b4;font-size:34px;padding:40px 40px 0;box-sizing:border-box;font-family:"STKaiti"}
.links{float:right;font-size:13px}.links a{color:#f6e3b4;margin-left:8px}.nv{background:#6b1414}.nv a{color:#fff;padding:12px 20px;display:inline-block}
.pos{padding:10px 40px;font-size:13px;background:#faf6ee}.doc{padding:20px 90px}.doc h1{text-align:center;font-size:26px}
.spk{text-align:center;font-size:17px;margin:0}.sub{text-align:center;font-size:15px;color:#555}
.pb{text-align:center;color:#999;font-size:13px;border-top:1px solid #eee;padding-top:8px;margin-top:20px}.doc p{line-height:2;font-size:16px}
.ft{background:#6b1414;color:#f3d9d9;padding:20px 40px;font-size:13px;text-align:center}""",
    html="""<html><head><meta charset="utf-8"><title>楚雄彝族自治州人民政府-领导讲话</title><style>@@CSS@@</style></head><body><div class="wrap">
<div class="logo"><span class="links"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">彝文版</a><a href="#">English</a></span>楚雄彝族自治州人民政府</div>
<div class="nv"><a href="#">首页</a><a href="#">州情概况</a><a href="#">政务动态</a><a href="#">信息公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">数据开放</a></div>
<div class="pos">当前位置：<a href="#">首页</a> &gt; <a href="#">政务动态</a> &gt; <a href="#">领导讲话</a> &gt; 正文</div>
<div class="doc">
<h1>在全州营商环境优化提升推进会上的讲话</h1>
<p class="spk">罗建国</p>
<p class="sub">（2025年6月6日）</p>
<div class="pb">发布时间：2025-06-12 09:00　　来源：州人民政府办公室　　【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
@@BODY@@
<p style="text-align:center">【<a href="#">打印</a>】【<a href="#">关闭</a>】</p>
<p>上一篇：<a href="#">在全州安全生产工作会议上的讲话</a></p><p>下一篇：无</p>
</div>
<div class="ft">主办：楚雄彝族自治州人民政府办公室　承办：楚雄州大数据中心<br>网站标识码：5323000001　滇ICP备05002184号　滇公网安备 53230102000007号</div>
</div></body></html>""",
    body="""
同志们：
今天召开全州营商环境优化提升推进会，主要任务是总结前一阶段工作，查找差距不足，安排部署下一步重点任务。刚才，州发展改革委通报了全州营商环境评价情况，3个县市和2个部门作了交流发言，讲得都很好，我都同意。下面，我讲三点意见。
# 一、正视差距，增强优化营商环境的紧迫感
去年以来，全州各级各部门围绕企业全生命周期服务做了大量工作，企业开办时间压缩至1个工作日以内，工程建设项目审批时间平均缩短30%以上。但我们也要清醒看到，与先进地区相比，我们在政策兑现、涉企执法、政务服务便利度等方面还有不小差距，一些企业反映“门好进、脸好看、事难办”的问题仍不同程度存在。
# 二、聚焦重点，推动营商环境持续向好
要抓好政务服务提质。全面推行“一件事一次办”，年内实现企业和群众高频事项“一网通办”全覆盖。要抓好惠企政策直达。建立涉企政策“免申即享”清单，让企业少跑腿、快享受。要抓好涉企执法规范。推行“综合查一次”，坚决防止多头检查、重复检查。要抓好问题闭环解决。对企业反映的问题，实行台账管理、限时办结、跟踪回访。
# 三、压实责任，确保各项任务落地见效
各县市、各部门主要负责同志要亲自研究、亲自推动，州优化营商环境办公室要加强统筹调度，每季度通报一次进展情况。对工作推进不力、企业反映强烈的，要严肃追责问责。
同志们，营商环境只有更好，没有最好。希望大家以更大的决心、更实的举措，推动全州营商环境再上新台阶。
"""))

# wy-10 江西 prefecture-level city portal, 2025 design, 意见 with 文号 in metadata card
PAGES.append(dict(
    id="wy-10", kind="gov", title="九江市人民政府办公室关于加快发展银发经济增进老年人福祉的实施意见",
    authors=[], time="2025-06-13 10:30",
    css="""body{margin:0;font-family:"HarmonyOS Sans SC","Microsoft YaHei";background:#fff}
.hdr{padding:14px 5%;display:flex;align-items:center;justify-content:space-between;border-bottom:1px solid #e5e7eb}
.hdr .t{font-size:24px;color:#b91c1c;font-weight:700}.hdr a{margin-left:16px;color:#555;font-size:14px}
.tabs{display:flex;gap:4px;padding:0 5%;background:#b91c1c}.tabs a{color:#fff;padding:12px 22px}
.card{max-width:1000px;margin:20px auto;border:1px solid #f0d6d6;background:#fffafa;display:grid;grid-template-columns:1fr 1fr;gap:6px 30px;padding:14px 24px;font-size:14px}
.doc{max-width:900px;margin:0 auto}.doc h1{font-size:26px;text-align:center;color:#991b1b}.wh{text-align:center}
.doc p{font-size:17px;line-height:2}.doc h4{font-size:17px;margin:10px 0}.lst{list-style:none;padding-left:0}.lst li{line-height:2;text-indent:2em;font-size:17px}
.foot{margin-top:40px;padding:24px 5%;background:#f3f4f6;font-size:13px;color:#6b7280}""",
    html="""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>九江市人民政府</title><style>@@CSS@@</style></head><body>
<div class="hdr"><span class="t">九江市人民政府</span><span><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁體</a><input placeholder="搜索"></span></div>
<div class="tabs"><a href="#">首页</a><a href="#">新闻中心</a><a href="#">政府信息公开</a><a href="#">政务服务</a><a href="#">政民互动</a><a href="#">走进九江</a></div>
<p style="padding:0 5%;font-size:13px;color:#666">首页 » 政府信息公开 » 政策文件 » 市政府办文件</p>
<div class="card"><div>标　　题：九江市人民政府办公室关于加快发展银发经济增进老年人福祉的实施意见</div><div>发文机关：九江市人民政府办公室</div>
<div>发文字号：九府办发〔2025〕12号</div><div>成文日期：2025-06-06</div><div>发布日期：2025-06-13 10:30</div><div>主题分类：民政、扶贫、救灾</div></div>
<div class="doc">
<h1>九江市人民政府办公室关于加快发展银发经济增进老年人福祉的实施意见</h1>
<p class="wh">九府办发〔2025〕12号</p>
@@BODY@@
<p><a href="#">【政策解读】图解：九江出台实施意见加快发展银发经济</a></p>
<p>扫一扫在手机上查看当前页面</p>
</div>
<div class="foot">主办：九江市人民政府办公室　承办：九江市大数据中心　联系我们：0792-8566120<br>赣ICP备05000423号-1　赣公网安备 36040202000118号　网站标识码：3604000001</div>
</body></html>""",
    htag="h4",
    body="""
各县（市、区）人民政府，市政府各部门：
为积极应对人口老龄化，培育经济发展新动能，经市政府同意，现就加快发展银发经济、增进老年人福祉提出如下实施意见。
# 一、总体要求
坚持尽力而为、量力而行，坚持有效市场和有为政府相结合，到2027年，全市银发经济规模明显扩大，培育银发经济龙头企业10家以上，每个县（市、区）至少建成1个综合性养老服务中心。
# 二、重点任务
* （一）扩大老年助餐服务。推进城乡社区老年食堂建设，2025年底前中心城区社区老年助餐服务覆盖率达到80%以上。
* （二）发展居家社区养老。开展家庭养老床位建设试点，为经济困难失能老年人提供上门护理服务。
* （三）培育老年用品产业。支持企业研发适老化智能产品，鼓励商场超市设立老年用品专区。
* （四）推进适老化改造。实施城镇老旧小区加装电梯工程，完成特殊困难老年人家庭适老化改造3000户。
* （五）丰富老年文体旅游。打造一批适合老年人的康养旅居线路，办好老年大学，扩大学位供给。
# 三、保障措施
各地各部门要把发展银发经济纳入经济社会发展总体规划，落实用地、财政、金融支持政策。市民政局要会同有关部门加强统筹协调和跟踪评估，重大情况及时向市政府报告。
+ 九江市人民政府办公室
+ 2025年6月6日
"""))

# wy-11 山东 street office sub-site, 公示 with table, metadata in a glued line
PAGES.append(dict(
    id="wy-11", kind="gov", title="文东街道关于2025年度“最美家庭”拟推荐对象的公示",
    authors=[], time="2025年6月13日",
    css="""body{font-family:"Microsoft YaHei";margin:0;font-size:15px}.t1{background:#1a7d6b;color:#fff;padding:24px 80px;font-size:26px}
.t2{padding:0 80px;background:#14665a}.t2 a{color:#fff;line-height:40px;margin-right:24px}
.bx{margin:24px 80px;border-top:2px solid #1a7d6b;padding-top:10px}.hh{font-size:22px;font-weight:bold;text-align:center;margin:20px 0}
.sm{color:#888;text-align:center;font-size:13px}.sm i{font-style:normal;color:#ccc}table.tb{border-collapse:collapse;width:100%}.tb td,.tb th{border:1px solid #aaa;padding:5px;text-align:center}
.ft{background:#f2f2f2;padding:16px 80px;font-size:12px;color:#777}""",
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>文东街道办事处</title><style>@@CSS@@</style></head><body>
<div class="t1">济南市历下区人民政府 · 文东街道办事处 <span style="font-size:13px;float:right"><a href="#" style="color:#fff">无障碍</a> <a href="#" style="color:#fff">长者模式</a></span></div>
<div class="t2"><a href="#">首页</a><a href="#">街道概况</a><a href="#">工作动态</a><a href="#">通知公告</a><a href="#">社区风采</a><a href="#">便民服务</a></div>
<div class="bx">
<div>当前位置：首页&gt;通知公告&gt;正文</div>
<div class="hh">文东街道关于2025年度“最美家庭”拟推荐对象的公示</div>
<div class="sm">发布日期：2025年6月13日<i>|</i>发布机构：文东街道办事处<i>|</i>阅读次数：<i>|</i>字号：<a href="#">A+</a> <a href="#">A-</a></div>
@@BODY@@
<p>分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ</a></p>
</div>
<div class="ft">版权所有：济南市历下区文东街道办事处　地址：济南市历下区和平路47号　电话：0531-86115230<br>鲁ICP备05019925号-3　网站标识码：3701020013　鲁公网安备 37010202001125号</div>
</body></html>""",
    body="""
根据区妇联《关于开展2025年度“最美家庭”寻访活动的通知》要求，经社区推荐、实地走访和街道评审，拟推荐以下5户家庭为2025年度历下区“最美家庭”候选对象，现予以公示。
| 序号 | 家庭户主 | 所在社区 | 家庭特色 |
| 1 | 韩立东 | 燕子山社区 | 孝老爱亲 |
| 2 | 曲晓燕 | 窑头社区 | 科学教子 |
| 3 | 孟庆华 | 山大新村社区 | 邻里互助 |
| 4 | 白雪松 | 甸柳新村社区 | 绿色环保 |
| 5 | 隋　敏 | 东关大街社区 | 志愿服务 |
公示时间为2025年6月13日至6月19日（5个工作日）。公示期间，如对公示对象有异议，可通过来电、来信或来访等方式向街道妇联反映。反映问题应实事求是，以个人名义反映的须署真实姓名，以单位名义反映的须加盖公章。
受理部门：文东街道妇联
联系电话：0531-86115247
通讯地址：济南市历下区和平路47号文东街道办事处302室
+ 文东街道办事处
+ 2025年6月13日
"""))

# wy-12 北京 district education commission, 2019 design, 文/ spaced name line, 编辑 审核 at bottom
PAGES.append(dict(
    id="wy-12", kind="gov", title="海淀区举办2025年中小学科技节成果展",
    authors=["王静"], time="2025-06-14", style="p",
    css="""body{margin:0;font:15px/1.8 "Microsoft YaHei";color:#333}.hd{height:96px;background:#2b5fb3;color:#fff;padding:0 12%}
.hd .lg{font-size:28px;line-height:96px}.hd .tb{float:right;line-height:96px;font-size:13px}.hd .tb a{color:#fff;margin-left:8px}
.nv{border-bottom:1px solid #ddd;padding:0 12%}.nv a{display:inline-block;padding:12px 18px;color:#2b5fb3}
.c{padding:16px 12%}.c h2{font-size:26px;text-align:center;margin-bottom:6px}.inf{text-align:center;font-size:13px;color:#999}
.au{color:#666}.note{color:#888;font-size:14px}.ft{background:#2b2b2b;color:#aaa;padding:24px 12%;font-size:12px}""",
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>北京市海淀区教育委员会</title><style>@@CSS@@</style></head><body>
<div class="hd"><span class="tb"><a href="#">长者模式</a><a href="#">无障碍</a><input placeholder="站内搜索"></span><span class="lg">北京市海淀区教育委员会</span></div>
<div class="nv"><a href="#">首页</a><a href="#">机构设置</a><a href="#">教育动态</a><a href="#">通知公告</a><a href="#">招生考试</a><a href="#">政务公开</a><a href="#">办事指南</a></div>
<div class="c">
<div>首页 &gt; 教育动态 &gt; 基层动态</div>
<h2>海淀区举办2025年中小学科技节成果展</h2>
<div class="inf">日期：2025-06-14　　访问量：　　<a href="#">【大】</a><a href="#">【中】</a><a href="#">【小】</a></div>
<p class="au">文/ 王&nbsp;&nbsp;静</p>
@@BODY@@
<p class="note">编辑：孙一帆　　审核：刘&nbsp;&nbsp;洋</p>
<p>上一篇：<a href="#">海淀区召开2025年中考考务工作培训会</a>　下一篇：<a href="#">区教委开展“安全生产月”主题活动</a></p>
</div>
<div class="ft">北京市海淀区教育委员会 版权所有　地址：北京市海淀区长春桥路11号<br>京ICP备10219633号　京公网安备 11010802019471号　网站标识码：1101080035</div>
</body></html>""",
    body="""
6月13日，2025年海淀区中小学科技节成果展在区青少年活动中心开幕。来自全区82所中小学的600余件科技作品集中亮相，吸引了众多学生和家长前来参观。
本届科技节以“智启未来 创享海淀”为主题，自3月启动以来，共设置人工智能、航空航天、生态环境、创意编程等8个类别的比赛和展示活动，全区近4万名学生参与。
! 学生在展区体验自主设计的机器人作品
# 人工智能作品成为亮点
展区内，由中学生自主研发的“校园垃圾智能分拣装置”引来不少人驻足。该装置通过摄像头识别垃圾种类，再由机械臂完成分拣，准确率达到九成以上。“我们用了一个学期反复训练模型，最难的是识别被压扁的饮料瓶。”项目组成员、初二学生赵梓涵介绍。
# 科学教育贯通课内课外
区教委相关负责人表示，海淀区将持续推进中小学科学教育“加法”，依托高校、科研院所和科技企业资源，建设一批科学教育实践基地，让更多学生在动手实践中培养科学兴趣和创新能力。
据悉，成果展将持续至6月20日，其间每天9时至16时向公众免费开放。
"""))
