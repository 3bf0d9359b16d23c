# Government pages ug-01 .. ug-12 (all invented)
PAGES = []
def add(**k): PAGES.append(k)

# ug-01: 河北 county portal, 2010s table layout, info bar below headline, glued labels
add(id="ug-01", kind="government", title="正定县召开2024年秋冬季大气污染防治工作推进会",
authors=["刘晓东", "贾  敏".replace("  ", "")], publish_time="2024-10-15 16:32:08",
css="table.lay{width:980px;margin:0 auto} .tit{font-size:22px;font-weight:bold;text-align:center} .bar{text-align:center;color:#888;border-bottom:1px dashed #ccc}",
top="""<table class="lay"><tr><td><img src="" alt="正定县人民政府" width="400"></td><td align="right"><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">繁体版</a> | <a href="#">设为首页</a><br><input type="text" placeholder="请输入关键字"> <input type="submit" value="搜索"></td></tr>
<tr><td colspan="2"><a href="#">首页</a> <a href="#">政务要闻</a> <a href="#">政府信息公开</a> <a href="#">政务服务</a> <a href="#">互动交流</a> <a href="#">走进正定</a></td></tr>
<tr><td colspan="2">您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">政务要闻</a> &gt;&gt; <a href="#">县内动态</a></td></tr></table>""",
head="""<table class="lay"><tr><td class="tit">正定县召开2024年秋冬季大气污染防治工作推进会</td></tr>
<tr><td class="bar">发布时间：2024-10-15 16:32:08&nbsp;&nbsp;来源：县生态环境分局&nbsp;&nbsp;作者：刘晓东&nbsp;&nbsp;贾&nbsp;&nbsp;敏&nbsp;&nbsp;浏览次数：1263&nbsp;&nbsp;【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr></table>""",
pstyle="sp",
body="""
10月14日下午，全县秋冬季大气污染防治工作推进会召开。会议通报了前三季度全县空气质量情况，分析了当前面临的形势，安排部署秋冬季重点工作。
会议指出，今年以来，全县PM2.5平均浓度同比下降6.2%，优良天数同比增加11天，但进入秋冬季后，气象条件总体不利，扬尘、散煤、柴油货车等问题仍有反弹风险，各乡镇、各部门务必保持清醒，决不能松劲歇脚。
会议要求，一要紧盯重点时段，严格落实重污染天气应急减排措施，做到应停尽停、应限尽限；二要强化扬尘管控，全县在建工地全面落实“六个百分之百”要求，渣土车辆一律密闭运输；三要深化散煤清零，对已完成气代电代的村街开展回头看，防止散煤复烧；四要加强执法检查，对违法排污行为露头就打、顶格处罚。
会议强调，大气污染防治是一项长期任务，各级干部要把责任扛在肩上，把工作抓在手上，以钉钉子精神推动各项措施落地见效，确保完成全年目标任务。
县直有关部门、各乡镇分管负责同志参加会议。
""",
after="""<table class="lay"><tr><td align="right">责任编辑：王新宇</td></tr><tr><td align="right">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</td></tr>
<tr><td>上一篇：<a href="#">县领导带队检查国庆假期安全生产工作</a><br>下一篇：<a href="#">正定县开展秋季森林防火宣传进村活动</a></td></tr></table>""",
bottom="""<table class="lay"><tr><td align="center">主办：正定县人民政府办公室　承办：正定县融媒体中心<br>地址：正定县府前街88号　电话：0311-8801XXXX<br>冀ICP备05003471号-1　冀公网安备13012302000197号　网站标识码：1301230031</td></tr></table>""")

# ug-02: 江西 municipal department (市教育局) 通知, 2020s responsive design, document with 文号, 主送, 署名, 成文日期
add(id="ug-02", kind="government", title="关于做好2025年春季学期中小学开学工作的通知",
authors=[], publish_time="2025-02-10",
css=".g-top{background:#0b5fa5;color:#fff;padding:8px} .g-nav a{margin:0 12px} .doc-h{text-align:center;font-size:24px} .meta-t td{border:1px solid #ddd;padding:4px}",
top="""<header class="g-top"><div><a href="#">赣州市人民政府</a> | <a href="#">登录</a> <a href="#">注册</a> <a href="#">无障碍浏览</a> <a href="#">关怀版</a></div>
<h1>赣州市教育局</h1><div class="g-search"><input placeholder="搜索本站内容"><button>搜索</button></div></header>
<nav class="g-nav"><a href="#">首页</a><a href="#">机构概况</a><a href="#">教育动态</a><a href="#">信息公开</a><a href="#">办事服务</a><a href="#">互动交流</a></nav>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">信息公开</a> &gt; <a href="#">通知公告</a> &gt; 正文</div>""",
head="""<table class="meta-t"><tr><td>索 引 号：</td><td>K35210/2025-00412</td><td>主题分类：</td><td>教育</td></tr>
<tr><td>发文机关：</td><td>赣州市教育局</td><td>成文日期：</td><td>2025-02-08</td></tr>
<tr><td>标　　题：</td><td colspan="3">关于做好2025年春季学期中小学开学工作的通知</td></tr>
<tr><td>发文字号：</td><td>赣市教字〔2025〕6号</td><td>发布日期：</td><td>2025-02-10</td></tr></table>
<h2 class="doc-h">关于做好2025年春季学期中小学开学工作的通知</h2>
<div class="docno" style="text-align:center">赣市教字〔2025〕6号</div>""",
body="""
各县（市、区）教育局，市直各学校：
2025年春季学期即将开学，为确保开学工作平稳有序，现就有关事项通知如下。
h: 一、精心做好开学准备
各地各校要提前组织教职工返岗，全面完成校舍、食堂、宿舍、消防设施等安全排查，排查情况于2月14日前报市教育局安全科。
h: 二、严格落实收费规定
义务教育阶段学校不得以任何名义向学生收取课后服务费以外的费用，教辅材料坚持“一教一辅”、自愿订购原则。
h: 三、扎实开展开学第一课
各校要结合实际上好“开学第一课”，重点开展交通、防溺水、心理健康等主题教育，做到全员覆盖。
h: 四、加强值班值守
开学前后各地要严格执行领导带班和24小时值班制度，遇有突发情况及时报告。
联系人：钟老师，联系电话：0797-82XXXXX。
赣州市教育局
2025年2月8日
""",
after="""<div class="attach">相关附件：<a href="#">开学工作检查表.docx</a></div><div class="tools"><a href="#">【打印】</a><a href="#">【关闭】</a><a href="#">分享到：微信 微博 QQ空间</a></div>
<div class="rel"><h4>相关文章</h4><ul><li><a href="#">关于做好2024年秋季学期开学工作的通知</a></li><li><a href="#">市教育局召开寒假安全工作部署会</a></li></ul></div>""",
bottom="""<footer><p>主办单位：赣州市教育局　地址：赣州市章贡区XX路16号</p><p>赣ICP备11002976号　赣公网安备36070202000451号　网站标识码：3607000012</p><p><img src="" alt="党政机关"> 扫一扫在手机打开当前页</p></footer>""")

# ug-03: 四川 乡镇 page, simple old layout; 领导活动 with closing byline (张三 李四)
add(id="ug-03", kind="government", title="镇党委书记带队走访慰问困难群众",
authors=["罗晓琴", "杨  帆".replace("  ","")], publish_time="2024年01月26日",
css=".top{height:80px;background:#c00;color:#fff} .artTitle{font-size:20px;text-align:center;color:#c00} .artInfo span{margin-right:20px}",
top="""<div class="top"><b>仁寿县文林镇人民政府</b> <span>欢迎访问文林镇人民政府网站！</span></div>
<div class="menu"><a href="#">网站首页</a> | <a href="#">镇情概况</a> | <a href="#">工作动态</a> | <a href="#">政务公开</a> | <a href="#">便民服务</a></div>
<div class="pos">当前位置：<a href="#">首页</a> &gt; <a href="#">工作动态</a></div>""",
head="""<div class="artTitle">镇党委书记带队走访慰问困难群众</div>
<div class="artInfo"><span>2024年01月26日</span><span>来源：文林镇党政办</span><span>点击：386</span></div>""",
body="""
春节将至，1月25日，镇党委书记陈德明带领镇村干部，深入辖区6个村走访慰问困难群众、老党员和退役军人，为他们送去米、油、棉被和慰问金，送上新春祝福。
每到一户，陈德明都与群众拉家常，详细询问他们的身体状况、收入来源和生活中遇到的困难，叮嘱村干部要把群众的冷暖放在心上。
在大石村，82岁的老党员周开富紧紧握着慰问组成员的手说：“党和政府年年都记挂着我们，我心里热乎乎的。”
陈德明表示，各村要对辖区内低保户、特困供养人员、留守老人和儿童等群体进行再摸排，确保每一户困难群众都能过一个温暖祥和的春节。对于走访中收集到的住房漏雨、就医报销等问题，相关办公室要建立台账，限期办结，并把办理情况及时反馈给群众。
据了解，此次春节走访慰问活动共计慰问困难群众126户，发放慰问金及物资折合人民币9.4万元。（罗晓琴 杨帆）
""",
after="""<div class="ed">【编辑：文林镇融媒体站】</div><div>【<a href="#">打印此页</a>】 【<a href="#">关闭窗口</a>】</div>""",
bottom="""<div class="foot">版权所有：仁寿县文林镇人民政府　技术支持：眉山XX网络科技有限公司<br>蜀ICP备13028811号-2</div>""")

# ug-04: 内蒙古 区政府 政策解读, 2025 design, info bar above headline, 长者模式
add(id="ug-04", kind="government", title="一图读懂《赛罕区促进民营经济高质量发展若干措施》",
authors=[], publish_time="2025-03-21 09:15",
css=".hd{display:flex;justify-content:space-between} .zc-meta{color:#999;font-size:13px} .zc-title{font-size:26px;font-weight:600}",
top="""<div class="hd"><div class="logo"><img src="" alt="呼和浩特市赛罕区人民政府"></div><div class="tl"><a href="#">蒙古文</a> <a href="#">长者模式</a> <a href="#">无障碍</a> <a href="#">English</a></div></div>
<div class="mainnav"><ul><li><a href="#">首页</a></li><li><a href="#">走进赛罕</a></li><li><a href="#">政务公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">政民互动</a></li></ul></div>
<div class="crumbs">首页 &gt; 政务公开 &gt; 政策解读 &gt; 正文</div>""",
head="""<div class="zc-meta">来源：赛罕区发展和改革委员会 ｜ 2025-03-21 09:15 ｜ 阅读量：2,418</div>
<h1 class="zc-title">一图读懂《赛罕区促进民营经济高质量发展若干措施》</h1>
<div class="zc-size">字号：<a>大</a> <a>中</a> <a>小</a> <a>打印</a></div>""",
body="""
img: 图解|
h: 一、出台背景
为深入贯彻落实中央和自治区关于促进民营经济发展壮大的决策部署，进一步优化营商环境，激发经营主体活力，区发改委牵头制定了《若干措施》。
h: 二、主要内容
《若干措施》共5个方面22条，主要包括：
li: （一）降低经营成本。对新认定的规上工业企业一次性奖励10万元。
li: （二）强化金融支持。设立5000万元中小微企业应急转贷资金，转贷费率不超过日万分之一。
li: （三）支持创新发展。企业新获批自治区级以上研发平台的，给予最高50万元奖补。
li: （四）拓展市场空间。政府采购工程项目预留份额专门面向中小企业的比例提高至40%以上。
li: （五）优化政务服务。推行“免申即享”，涉企政策兑现时限压缩至15个工作日以内。
h: 三、享受对象
在赛罕区依法登记注册、具有独立法人资格且纳税关系在本区的民营企业及个体工商户。
h: 四、施行日期
本措施自2025年4月1日起施行，有效期3年。
""",
after="""<div class="relate-doc">原文链接：<a href="#">赛罕区促进民营经济高质量发展若干措施</a></div><div class="share">分享到：<a>微信</a><a>微博</a></div>""",
bottom="""<div class="ft">主办：呼和浩特市赛罕区人民政府办公室　运行维护：赛罕区大数据中心<br>蒙ICP备16001883号　蒙公网安备15010502000266号　网站标识码：1501050001<br><img src="" alt="政府网站找错"></div>""")

# ug-05: 河北 市级部门 公示, old 2012 look, info bar glued labels without spaces
add(id="ug-05", kind="government", title="保定市2024年度市级文明单位拟命名名单公示",
authors=[], publish_time="2024/12/19",
css="#wrap{width:1000px;margin:auto} #ttl{font:bold 20px SimSun;text-align:center} #src{text-align:center;background:#f1f1f1}",
top="""<div id="wrap"><div id="banner"><img src="" alt="保定文明网"><span>保定市精神文明建设委员会办公室主办</span></div>
<div id="nav"><a href="#">首页</a>|<a href="#">文明动态</a>|<a href="#">创建活动</a>|<a href="#">道德模范</a>|<a href="#">志愿服务</a>|<a href="#">公示公告</a></div>
<div id="here">您当前的位置 ：<a href="#">保定文明网</a>&gt;<a href="#">公示公告</a></div>""",
head="""<div id="ttl">保定市2024年度市级文明单位拟命名名单公示</div>
<div id="src">来源:保定市文明办|日期:2024/12/19|编辑:孙丽</div>""",
pstyle="pind",
body="""
根据《保定市文明单位创建管理办法》，经单位申报、县级推荐、实地测评和综合审核，市文明委拟命名以下单位为2024年度市级文明单位，现予以公示。
t: 序号|单位名称|所属县（市、区）
t: 1|保定市竞秀区先锋街道办事处|竞秀区
t: 2|涿州市中医医院|涿州市
t: 3|安国市药都实验学校|安国市
t: 4|国网保定供电公司莲池供电中心|莲池区
t: 5|高碑店市税务局|高碑店市
公示时间为2024年12月19日至12月25日，共7天。公示期间，如对拟命名单位有异议，可通过来电、来信、来访等方式向市文明办反映。反映情况要实事求是，以单位名义反映的须加盖公章，以个人名义反映的须署真实姓名。
联系电话：0312-30XXXXX；电子邮箱：bdwmbXX@163.com
保定市精神文明建设委员会办公室
2024年12月19日
""",
after="""<div class="sx"><a href="#">上一条：关于开展“新时代好少年”推荐活动的通知</a><br><a href="#">下一条：保定市第九届道德模范评选结果揭晓</a></div></div>""",
bottom="""<div id="foot">Copyright© 2012-2024 保定文明网 All rights reserved<br>冀ICP备12004417号</div>""")

# ug-06: 江西 县政府 讲话 (speech; author = speaker)
add(id="ug-06", kind="government", title="在全县优化营商环境大会上的讲话",
authors=["胡建平"], publish_time="2024-02-20 11:02",
css=".wz-top{border-bottom:3px solid #a40000} .speech-t{font-size:24px;text-align:center} .speech-sub{text-align:center;font-size:16px} .xx span{padding:0 10px}",
top="""<div class="wz-top"><div class="l"><img src="" alt="婺源县人民政府"></div><div class="r"><a href="#">长者助老版</a> <a href="#">无障碍阅读</a> <a href="#">简</a>/<a href="#">繁</a></div><form><input placeholder="请输入搜索内容"><button>站内搜索</button></form></div>
<ul class="nav"><li>首页</li><li>要闻动态</li><li>政府信息公开</li><li>一网通办</li><li>互动交流</li><li>数据发布</li></ul>
<div class="loc">当前位置：首页 &gt; 政府信息公开 &gt; 领导讲话</div>""",
head="""<div class="xx"><span>发布时间：2024-02-20 11:02</span><span>信息来源：县政府办</span><span>浏览次数：<b>955</b></span><span>【<a>大</a> <a>中</a> <a>小</a>】</span></div>
<h1 class="speech-t">在全县优化营商环境大会上的讲话</h1>
<p class="speech-sub">县委副书记、县长　胡建平</p><p class="speech-sub">（2024年2月19日）</p>""",
body="""
同志们：
今天是春节后上班第一个工作日，县委、县政府召开全县优化营商环境大会，目的就是动员全县上下进一步统一思想、转变作风，以一流营商环境推动高质量发展。刚才，几位同志作了很好的发言，我都同意。下面，我讲三点意见。
h: 一、清醒认识我县营商环境的短板
去年我县营商环境评价在全市排名第六，比上年前进两位，但与先进地区相比仍有差距。有的部门服务意识不强，办事“推拖绕”；有的审批环节多、时限长，企业群众反映强烈。
h: 二、聚焦重点攻坚突破
要全面推行“一件事一次办”，年内实现企业开办、工程建设项目审批等20个高频事项集成办理；要落实领导干部挂点联系企业制度，每名县领导至少联系3家重点企业。
h: 三、以严的作风保障落实
县纪委监委要把营商环境作为监督重点，对吃拿卡要、不作为乱作为的，发现一起、查处一起、通报一起。
同志们，营商环境没有最好，只有更好。让我们以只争朝夕的干劲，为建设“最美乡村”县作出新的更大贡献！
""",
after="""<div class="tool">【<a>打印</a>】【<a>关闭</a>】</div><div class="qr"><img src="" alt="二维码">扫一扫在手机上查看当前页面</div>""",
bottom="""<div class="foot">网站主办：婺源县人民政府办公室　联系电话：0793-73XXXXX<br>赣ICP备05009866号　赣公网安备36113002000093号　网站标识码：3611300001</div>""")

# ug-07: 四川 市级部门 通报, div layout circa 2016, date in 年月日 with time
add(id="ug-07", kind="government", title="关于2024年第三季度全市政务服务“好差评”情况的通报",
authors=[], publish_time="2024年10月11日 15:40",
css=".sc-head{background:url() #1d4f91;color:#fff;padding:10px} .ct h2{font-size:22px;text-align:center} .ct .sj{text-align:center;color:#666}",
top="""<div class="sc-head"><span class="sitename">绵阳市政务服务和公共资源交易服务中心</span><span class="links"><a href="#">手机版</a> <a href="#">无障碍</a> <a href="#">适老版</a></span></div>
<div class="daohang"><a>首页</a><a>中心概况</a><a>工作动态</a><a>通知公告</a><a>政策法规</a><a>公开目录</a></div>
<div class="weizhi">首页 ＞ 通知公告 ＞ 正文</div>""",
head="""<div class="ct"><h2>关于2024年第三季度全市政务服务“好差评”情况的通报</h2>
<div class="sj">发布时间：2024年10月11日 15:40　　　来源：督查考评科　　　【字体：<a>大</a><a>中</a><a>小</a>】【<a>打印</a>】</div></div>""",
pstyle="pind",
body="""
各县（市、区）政务服务中心，市级有关部门：
现将2024年第三季度全市政务服务“好差评”情况通报如下。
h: 一、总体情况
第三季度，全市共收到评价数据41.6万条，其中好评41.52万条，好评率99.81%；差评782条，差评整改率、回访率均为100%。
h: 二、各地评价情况
t: 地区|评价总数（条）|差评数（条）|好评率
t: 涪城区|98211|154|99.84%
t: 游仙区|61047|133|99.78%
t: 江油市|72390|121|99.83%
t: 三台县|55806|97|99.83%
h: 三、存在问题
部分窗口主动邀评不到位，线上渠道评价量偏少；个别差评整改回访不及时，群众满意度不高。
h: 四、下步要求
各地各部门要对照本通报查漏补缺，切实做到差评件件有整改、有反馈。
绵阳市政务服务和公共资源交易服务中心
2024年10月11日
""",
after="""<div class="fj">附件：<a>第三季度差评明细表.xlsx</a></div><div class="prenext"><p>上一篇：<a>绵阳市开展政务服务“周末不打烊”</a></p><p>下一篇：<a>关于调整部分事项办理地点的公告</a></p></div>""",
bottom="""<div class="ftr">主办单位：绵阳市政务服务和公共资源交易服务中心　网站标识码：5107000061<br>蜀ICP备2021019846号-1　川公网安备51070302110342号</div>""")

# ug-08: 内蒙古 旗政府 新闻 with photo captions and 通讯员 byline at top of body
add(id="ug-08", kind="government", title="科右中旗：“草原书屋”让牧民在家门口读书",
authors=["包金花", "其木格"], publish_time="2024-08-09",
css=".topbar{font-size:12px;background:#eee} .dh li{display:inline-block;margin:0 10px} .nr-title{font-size:24px;color:#064} .nr-info{border-top:1px solid #064;padding:5px 0}",
top="""<div class="topbar">今天是：<span>2024年8月9日 星期五</span> <a>旗委</a> <a>人大</a> <a>政府</a> <a>政协</a> <a>长者模式</a> <a>无障碍</a></div>
<div class="banner"><img src="" alt="科尔沁右翼中旗人民政府"></div>
<ul class="dh"><li>首页</li><li>走进中旗</li><li>政务动态</li><li>信息公开</li><li>政务服务</li><li>民族文化</li></ul>
<div class="address">当前位置：首页 - 政务动态 - 苏木镇动态</div>""",
head="""<h1 class="nr-title">科右中旗：“草原书屋”让牧民在家门口读书</h1>
<div class="nr-info">2024-08-09 &nbsp; 来源：科右中旗融媒体中心 &nbsp; 浏览量：717 &nbsp; <a>字体：大 中 小</a></div>""",
body="""
x: 通讯员　包金花　其木格
盛夏时节，走进巴彦呼舒镇乌兰嘎查的“草原书屋”，一排排书架整齐摆放，农牧业技术、法律常识、少儿读物等书籍一应俱全。几名牧民正围坐在桌前，翻看养殖技术手册。
img: 牧民在草原书屋阅读|牧民在“草原书屋”阅读养殖技术书籍。
“以前想查点养牛的资料，得跑到镇上，现在在嘎查就能借到书，还能在手机上听专家讲课。”嘎查牧民朝鲁高兴地说。
近年来，科右中旗持续推进全民阅读进牧区，依托嘎查村党群服务中心建成“草原书屋”173个，配备蒙汉双语图书14万余册，并为每个书屋配备一名兼职管理员，实行“一周开放五天”制度。
为了让书屋“活”起来，旗文化和旅游局联合旗图书馆开展“流动书车进牧区”活动，每月定期更换图书；各苏木镇还组织开展亲子共读、读书分享会、乌力格尔说唱等活动，今年以来已举办各类阅读活动260余场，参与群众2.1万人次。
下一步，科右中旗将推动“草原书屋”与新时代文明实践站融合发展，让书香浸润更多牧民家庭。
""",
after="""<div class="bj">责任编辑：斯琴　审核：王海龙</div><div class="fx">分享到：<a>微信</a> <a>微博</a> <a>QQ</a></div>""",
bottom="""<div class="copyright">主办：科尔沁右翼中旗人民政府　承办：科右中旗大数据中心<br>蒙ICP备09002519号　网站标识码：1522220005<br>技术支持电话：0482-XXXXXXX</div>""")

# ug-09: 河北 街道办 page, very plain, small site; 公告 in br style
add(id="ug-09", kind="government", title="长安区建北街道关于开展2025年城乡居民医保集中缴费的公告",
authors=[], publish_time="2024-11-05",
css=".sjz{width:960px;margin:auto} .gg-t{font-size:18px;font-weight:bold;text-align:center;padding:20px}",
top="""<div class="sjz"><div class="hdr">石家庄市长安区人民政府　建北街道办事处<span class="right"><a>网站地图</a> <a>联系我们</a></span></div>
<div class="menu2"><a>首页</a> <a>街道概况</a> <a>社区动态</a> <a>通知公告</a> <a>党建工作</a> <a>便民服务</a></div>
<div class="place">位置：<a>首页</a>/<a>通知公告</a>/正文</div>""",
head="""<div class="gg-t">长安区建北街道关于开展2025年城乡居民医保集中缴费的公告</div>
<div class="gg-m" style="text-align:right">2024-11-05　　阅读：229次</div>""",
pstyle="br",
body="""
辖区各位居民：
根据市医保局统一安排，2025年度城乡居民基本医疗保险集中缴费工作已经开始，现将有关事项公告如下：
h: 一、缴费时间
2024年9月1日至2024年12月31日。
h: 二、缴费标准
2025年度个人缴费标准为每人每年400元。特困人员、低保对象等困难群体按规定享受资助参保。
h: 三、缴费方式
li: 1.通过“冀时办”APP或微信搜索“河北税务”小程序缴费；
li: 2.到各社区党群服务中心，由网格员协助办理；
li: 3.到辖区内中国银行、农业银行网点柜台缴费。
h: 四、温馨提示
已参加职工医保的人员不需重复参保；新生儿可在出生后90天内办理参保。缴费后可在“国家医保服务平台”查询参保状态。请大家相互转告，按时缴费，避免待遇中断。
咨询电话：0311-86XXXXXX
建北街道办事处
2024年11月5日
""",
bottom="""<div class="ft">长安区建北街道办事处　版权所有<br>冀ICP备10211047号-3</div></div>""")

# ug-10: 江西 村 (village) page on a county 乡村振兴 platform, app-like card design, date with weekday
add(id="ug-10", kind="government", title="上坊村：千年古村“活”起来 乡村旅游火起来",
authors=["黄小燕"], publish_time="2024年5月6日 星期一",
css=".card{max-width:760px;margin:auto;box-shadow:0 0 4px #ccc;padding:16px} .tag{background:#f60;color:#fff;padding:2px 6px}",
top="""<div class="appbar"><span>≡</span> <b>乐安县乡村振兴</b> <span>登录</span></div>
<div class="tabs"><a>推荐</a> <a>村务公开</a> <a>美丽乡村</a> <a>特色产业</a> <a>三资管理</a></div>
<div class="bc">首页 &gt; 美丽乡村 &gt; 牛田镇 &gt; 上坊村</div>""",
head="""<div class="card"><span class="tag">村庄动态</span>
<h2>上坊村：千年古村“活”起来 乡村旅游火起来</h2>
<p class="m">作者：黄小燕　　发布于：2024年5月6日 星期一</p>""",
body="""
“五一”假期，牛田镇上坊村游人如织。青石板路上，来自南昌、抚州的游客在明清古建筑间穿行，或驻足拍照，或品尝当地特色的米粉和麻糍。
上坊村是省级传统村落，现存明清古建筑47栋。过去几年，由于年轻人外出务工，不少老屋年久失修，村子一度冷清。2022年以来，村“两委”争取传统村落保护资金600余万元，对古建筑进行“修旧如旧”的保护性修缮，并引进文旅公司联合运营。
“我们把闲置的老屋改成民宿、书院和非遗工坊，村民以房屋入股，每年能拿到分红。”村党支部书记吴国华介绍，目前全村已开办民宿12家、农家乐9家，带动130多名村民在家门口就业。
村民张桂英在自家老屋开了一间豆腐坊，假期里每天能卖出两百多斤豆腐。“以前想都不敢想，现在日子越过越有奔头。”她说。
据统计，今年“五一”假期上坊村共接待游客3.2万人次，实现旅游收入180余万元。
""",
after="""<p class="ed">编辑：邓伟　审核：李春生</p><div class="act">👍 点赞 36　　分享</div></div>
<div class="more"><h4>猜你喜欢</h4><ul><li>流坑村：古村保护与发展并重</li><li>乐安县举办首届乡村美食节</li></ul></div>""",
bottom="""<div class="ft2">乐安县农业农村局　技术支持：抚州XX信息技术有限公司　赣ICP备20009814号-2</div>""")

# ug-11: 四川 县 部门 批复 with 文号 line and 主送, 2020 gov-standard template with 信息公开 table below
add(id="ug-11", kind="government", title="关于同意实施郫都区友爱镇农科村道路提升改造项目的批复",
authors=[], publish_time="2023-09-14 10:27:51",
css=".zwgk{width:1100px;margin:auto} .xxgk-t{font-size:22px;color:#b00;text-align:center} .wh{text-align:center}",
top="""<div class="zwgk"><div class="tou"><img src="" alt="成都市郫都区人民政府"><span class="s"><a>无障碍</a>｜<a>长者版</a>｜<a>繁體</a></span></div>
<div class="dhl"><a>首页</a> <a>郫都要闻</a> <a>政府信息公开</a> <a>政务服务</a> <a>政民互动</a> <a>专题专栏</a></div>
<div class="wz">当前位置：首页 &gt; 政府信息公开 &gt; 法定主动公开内容 &gt; 其他文件 &gt; 正文</div>""",
head="""<div class="xxgk-t">关于同意实施郫都区友爱镇农科村道路提升改造项目的批复</div>
<div class="wh">郫发改投资〔2023〕118号</div>
<div class="ly">来源：区发展和改革局　　发布时间：2023-09-14 10:27:51</div>""",
pstyle="sp",
body="""
友爱镇人民政府：
你单位《关于申请实施农科村道路提升改造项目的请示》（友府〔2023〕57号）收悉。经研究，现批复如下：
一、同意实施郫都区友爱镇农科村道路提升改造项目。项目业主为友爱镇人民政府。
二、建设地点位于友爱镇农科村。主要建设内容为改造提升村道2.8公里，路面宽度由4.5米拓宽至6米，配套建设排水边沟、交通安全设施及路灯等附属工程。
三、项目总投资约1260万元，资金来源为区级财政资金和镇级自筹资金。
四、请你单位严格执行基本建设程序，依法依规开展招标投标，加强项目质量安全管理，确保项目按期建成并发挥效益。
五、本批复有效期两年，自印发之日起计算。
此复。
成都市郫都区发展和改革局
2023年9月13日
""",
after="""<div class="xgwj">【<a>打印</a>】【<a>关闭</a>】</div>""",
bottom="""<div class="footer">主办：成都市郫都区人民政府办公室　网站标识码：5101240001<br>蜀ICP备05017603号　川公网安备51012402000012号</div></div>""")

# ug-12: 内蒙古 自治区 department 意见 / news mix: 政务要闻 with 记者 line below headline & 本网讯
add(id="ug-12", kind="government", title="自治区林草局部署今冬明春森林草原防灭火工作",
authors=["乌云", "赵  磊".replace("  ","")], publish_time="2024-11-22 17:05",
css=".nm-head{background:#2b7a3d;color:#fff} .nm-h1{font-size:26px;text-align:center} .nm-by{text-align:center;color:#555} .nm-dt{text-align:center;color:#999}",
top="""<div class="nm-head"><div class="nm-logo">内蒙古自治区林业和草原局</div><div class="nm-links"><a>蒙古文版</a> <a>无障碍</a> <a>适老化</a> <a>登录</a></div>
<div class="srch"><input placeholder="请输入关键词"><a>高级搜索</a></div></div>
<div class="nm-nav"><a>首页</a> <a>机构</a> <a>新闻</a> <a>公开</a> <a>服务</a> <a>互动</a> <a>专题</a></div>
<div class="nm-pos">您所在的位置：首页 &gt;&gt; 新闻 &gt;&gt; 工作动态</div>""",
head="""<h1 class="nm-h1">自治区林草局部署今冬明春森林草原防灭火工作</h1>
<p class="nm-dt">2024-11-22 17:05　来源：防火处</p>
<p class="nm-by">记者：乌　云　赵　磊</p>""",
body="""
本网讯　11月21日，自治区林草局召开今冬明春森林草原防灭火工作视频会议，分析研判火险形势，安排部署重点工作。
会议指出，今年入秋以来，全区降水偏少、气温偏高，可燃物载量大，东部林区和中西部草原火险等级持续偏高，防火形势严峻复杂。
会议要求，各盟市要重点抓好以下工作：
li: 一是压紧压实责任。严格落实地方行政首长负责制，层层签订责任书，把责任落实到山头地块。
li: 二是强化火源管控。在进山入口、重点部位设立检查站，严防野外用火和外来火入境。
li: 三是加强隐患排查。对输配电线路、墓地林区交界等重点部位开展拉网式排查，发现隐患立即整改。
li: 四是做好扑救准备。各级专业扑火队伍要坚持靠前驻防，确保打早、打小、打了。
会议强调，要坚持“人民至上、生命至上”，严格执行“三先四不打”原则，坚决杜绝盲目扑救，确保人员安全。
各盟市林草局、森林草原防火指挥部办公室负责同志在分会场参加会议。
""",
after="""<div class="fx2">责任编辑：萨仁　　<a>【打印】</a><a>【关闭】</a></div><div class="xg"><b>相关新闻</b><ul><li>全区森林草原防火宣传月启动</li><li>大兴安岭开展防火实战演练</li></ul></div>""",
bottom="""<div class="nm-foot">主办单位：内蒙古自治区林业和草原局　地址：呼和浩特市XX区XX路XX号<br>蒙ICP备05003122号　蒙公网安备15010202000458号　网站标识码：1500000034</div>""")
