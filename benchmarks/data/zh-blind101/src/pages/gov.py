# Government pages wx-01 … wx-12: county/district portals, departments, 街道/乡镇/苏木, 村.
from build import img

K = "government"
PAGES = []

# wx-01 浙江 区政府门户 2024 responsive, info bar below headline, news item with 通讯员
PAGES.append(dict(
    id="wx-01", kind=K, lang="zh",
    title="临平区首批“共富工坊”星级评定结果出炉 12家工坊获评五星",
    authors=["沈佳怡", "陆  诚".replace(" ", "")],
    publish_time="2025-03-11 16:42",
    css="""
body{margin:0;font-family:"Microsoft YaHei",sans-serif;color:#333}
.top{background:#f3f3f3;font-size:12px;padding:4px 40px}.top a{margin-right:12px}
.banner{background:#b8171d;color:#fff;padding:18px 40px;font-size:26px}
.nav a{display:inline-block;padding:10px 18px;color:#fff;background:#9d1217}
.crumb{padding:10px 40px;font-size:13px}
.art{width:960px;margin:0 auto}.art h1{font-size:26px;text-align:center}
.info{text-align:center;color:#888;font-size:13px;border-bottom:1px solid #ddd;padding-bottom:8px}
.info span{margin:0 10px}.ind{text-indent:2em;line-height:2}
.pic{text-align:center}.pic-cap{text-align:center;font-size:13px;color:#666}
.foot{background:#333;color:#aaa;font-size:12px;padding:16px 40px;margin-top:30px}
.share{user-select:none;color:#999}
""",
    layout="""
<div class="top"><a>无障碍</a><a>长者模式</a><a>繁體</a><a>English</a><a>登录</a><a>注册</a> 2025年3月12日 星期三</div>
<div class="banner">杭州市临平区人民政府<div style="font-size:14px">www.linping-demo.gov.cn</div></div>
<div class="nav"><a>首页</a><a>走进临平</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>专题专栏</a></div>
<form><input type="text" placeholder="请输入关键词"><button type="button">搜索</button></form>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 部门动态 &gt; 正文</div>
<div class="art">
<h1>临平区首批“共富工坊”星级评定结果出炉 12家工坊获评五星</h1>
<div class="info"><span>发布时间：2025-03-11 16:42</span><span>信息来源：区委组织部</span><span>作者：沈佳怡 陆  诚</span><span>浏览次数：</span><span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>
{BODY}
<div class="share">分享到：微信 微博 QQ空间</div>
<p>【<a>打印本页</a>】【<a>关闭窗口</a>】</p>
<p>上一篇：临平区召开2025年度经济工作推进会<br>下一篇：区人大常委会调研乡村振兴重点项目建设</p>
<h4>相关阅读</h4><ul><li>塘栖镇“枇杷工坊”带动百户增收</li><li>运河街道举办“共富工坊”负责人培训班</li><li>我区出台“共富工坊”建设三年行动方案</li></ul>
</div>
<div class="foot">主办：杭州市临平区人民政府办公室 承办：临平区数据资源管理局<br>地址：临平区星光街道示范路1号 联系电话：0571-8600XXXX<br>浙ICP备12034567号-1 浙公网安备 33011302000123号 网站标识码：3301130099<br>""" + img("党政机关") + """ """ + img("找错") + """</div>
""",
    style="p-indent",
    blocks=[
        ("p", "3月10日，临平区公布首批“共富工坊”星级评定结果，全区86家工坊参加评定，其中12家获评五星级，23家获评四星级，31家获评三星级。此次评定是我区首次对“共富工坊”开展系统性分级评价，标志着工坊建设由“建起来”向“强起来”转变。"),
        ("p", "据了解，本次评定围绕带动就业、增收成效、规范管理、党建引领四个维度设置19项指标，采取工坊自评、镇街初评、区级复评、社会公示四个环节。评审组先后走访工坊实地查看生产场地、台账和工资发放记录，并随机电话回访务工群众200余人次。"),
        ("img", "塘栖镇一家五星级共富工坊内，村民正在加工手工编织产品", "塘栖镇一家五星级共富工坊内，村民正在加工手工编织产品。通讯员 供图"),
        ("p", "“过去工坊做得好不好，主要看订单多不多，现在有了一把尺子，哪里短板一目了然。”运河街道博陆村工坊负责人徐建芬说，工坊今年计划新增两条手工生产线，争取再吸纳40名留守妇女就近就业。"),
        ("p", "下一步，区里将对星级工坊实行动态管理，每年复核一次，对五星级工坊在场地租金、技能培训、市场对接等方面给予倾斜支持，对连续两年评级下降的工坊予以约谈整改。"),
    ],
))

# wx-02 内蒙古 旗政府 通知 — 2010s table layout, 文号, 主送, 署名, 成文日期
PAGES.append(dict(
    id="wx-02", kind=K, lang="zh",
    title="科尔沁左翼后旗人民政府办公室关于做好2025年春季森林草原防火工作的通知",
    authors=[],
    publish_time="2025-03-06",
    css="""
body{font-size:12px;font-family:宋体,SimSun;background:#e9eef3;margin:0}
table.wrap{width:1000px;margin:0 auto;background:#fff}
td.logo{height:110px;background:#1b5fa8;color:#fff;font-size:30px;padding-left:30px}
td.menu a{padding:0 9px;color:#fff}td.menu{background:#2a74c5;height:32px}
.meta td{border:1px solid #cfd8e3;padding:4px 8px}
.doc{padding:20px 60px;font-size:16px;line-height:30px}.doc h1{text-align:center;font-size:22px;color:#c00}
.wh{text-align:center}.sign{text-align:right}
""",
    layout="""
<table class="wrap" cellspacing="0" cellpadding="0">
<tr><td class="logo">科尔沁左翼后旗人民政府<br><span style="font-size:14px">KEERQINZUOYIHOUQI PEOPLE'S GOVERNMENT</span></td></tr>
<tr><td class="menu"><a>首 页</a>|<a>政务要闻</a>|<a>政府信息公开</a>|<a>网上办事</a>|<a>政民互动</a>|<a>走进后旗</a>|<a>蒙古文版</a></td></tr>
<tr><td style="padding:6px">您现在的位置： <a>首页</a> &gt;&gt; <a>政府信息公开</a> &gt;&gt; <a>通知公告</a></td></tr>
<tr><td>
<table class="meta" cellspacing="0" width="96%" align="center">
<tr><td>索 引 号：</td><td>11152326011XXXXXX7/2025-00031</td><td>发布机构：</td><td>旗政府办公室</td></tr>
<tr><td>生成日期：</td><td>2025-03-06</td><td>主题分类：</td><td>应急管理</td></tr>
<tr><td>名　　称：</td><td colspan="3">科尔沁左翼后旗人民政府办公室关于做好2025年春季森林草原防火工作的通知</td></tr>
<tr><td>文　　号：</td><td>后政办发〔2025〕9号</td><td>有 效 性：</td><td>有效</td></tr>
</table>
<div class="doc">
<h1>科尔沁左翼后旗人民政府办公室<br>关于做好2025年春季森林草原防火工作的通知</h1>
<p class="wh">后政办发〔2025〕9号</p>
{BODY}
</div>
<p align="center">【<a>打印</a>】 【<a>关闭</a>】 【<a>返回顶部</a>】</p>
</td></tr>
<tr><td align="center" style="background:#1b5fa8;color:#fff;padding:10px;line-height:22px">版权所有：科尔沁左翼后旗人民政府 主办：科尔沁左翼后旗人民政府办公室<br>联系电话：0475-5212XXX 蒙ICP备05001234号 蒙公网安备 15052202000045号 网站标识码：1505220021<br>建议使用1024×768分辨率 IE8.0以上浏览器</td></tr>
</table>
""",
    style="u3000",
    blocks=[
        ("ph", '<span style="margin-left:-2em">各苏木镇人民政府，旗直各有关部门：</span>', "各苏木镇人民政府，旗直各有关部门："),
        ("p", "当前我旗已进入春季森林草原防火关键期，气温回升快、降水偏少、大风天气频繁，可燃物载量大，火险等级持续偏高。为切实做好今年春季防火工作，经旗人民政府同意，现将有关事项通知如下。"),
        ("h", "一、压实防火责任"),
        ("p", "各苏木镇要严格落实行政首长负责制，主要负责同志为第一责任人，分管负责同志为直接责任人，将防火责任分解到嘎查村、到网格、到管护人员。旗直各有关部门要按照职责分工，各负其责，密切配合。"),
        ("h", "二、严格野外火源管控"),
        ("p", "3月15日至6月15日为春季防火期，其中4月1日至5月31日为高火险期。防火期内，严禁在林区草原野外吸烟、烧荒、烧秸秆、上坟烧纸、燃放烟花爆竹。各苏木镇要在重点区域设置检查站，对进入林区草原的人员车辆进行登记检查。"),
        ("h", "三、做好应急准备"),
        ("p", "旗森林草原防火指挥部办公室要及时修订完善应急预案，各专业扑火队伍要实行24小时备勤，储备物资要逐项检查、登记造册。发生火情后要第一时间报告，严禁迟报、瞒报、漏报。"),
        ("p", "旗森林草原防火值班电话：0475-5218XXX。"),
        ("rp", '<p class="sign">科尔沁左翼后旗人民政府办公室</p>', "科尔沁左翼后旗人民政府办公室"),
        ("rp", '<p class="sign">2025年3月5日　　</p>', "2025年3月5日"),
    ],
))

# wx-03 贵州 县政府 政策解读 — modern, info bar above headline, Q&A sub-headings, 解读 by named official
PAGES.append(dict(
    id="wx-03", kind=K, lang="zh",
    title="《湄潭县茶园生态化改造奖补办法》政策解读",
    authors=["罗  雯".replace(" ", "")],
    publish_time="2025年02月27日 10:05",
    css="""
body{margin:0;font-family:"PingFang SC",sans-serif;background:#f5f7f6}
header{background:linear-gradient(#0f7a4a,#0b5f39);color:#fff;padding:24px 10%}
header .tools{float:right;font-size:13px}header .tools a{margin-left:10px}
nav{background:#fff;padding:0 10%;border-bottom:3px solid #0f7a4a}nav a{display:inline-block;padding:14px 16px}
main{max-width:900px;margin:20px auto;background:#fff;padding:30px 50px}
.attr{font-size:13px;color:#999;display:flex;gap:24px;border-bottom:1px dashed #ccc;padding-bottom:8px}
h1{font-size:24px;color:#0b5f39;text-align:center}h3.sub{color:#0f7a4a;font-size:17px}
.content p{line-height:1.9;text-indent:2em}
.rel{border:1px solid #e0e0e0;padding:10px 20px;margin-top:20px}
footer{background:#0b5f39;color:#cfe;text-align:center;font-size:12px;padding:20px;line-height:2}
""",
    layout="""
<header><div class="tools"><a>长者模式</a><a>无障碍浏览</a><a>简/繁</a><a>手机版</a></div><div style="font-size:28px">湄潭县人民政府</div><div>茶香湄潭 · 生态之城</div></header>
<nav><a>首页</a><a>政务动态</a><a>信息公开</a><a>政务服务</a><a>互动交流</a><a>湄潭概况</a></nav>
<main>
<div class="crumb">当前位置：<a>首页</a> &gt; <a>信息公开</a> &gt; <a>政策解读</a> &gt; 正文</div>
<div class="attr"><span>来源：县农业农村局</span><span>发布日期：2025年02月27日 10:05</span><span>解读人：罗  雯</span><span>阅读量：1362</span><span>字号：<a>A+</a> <a>A</a> <a>A-</a></span></div>
<h1>《湄潭县茶园生态化改造奖补办法》政策解读</h1>
<div class="content">
{BODY}
</div>
<p style="color:#999;font-size:13px">相关文件：<a>湄潭县人民政府办公室关于印发《湄潭县茶园生态化改造奖补办法》的通知</a></p>
<p><a>【打印】</a> <a>【收藏】</a> <a>【关闭】</a></p>
<div class="rel"><b>相关解读</b><ul><li>图解：2025年茶产业高质量发展“十条措施” 2025-02-20</li><li>《湄潭县耕地地力保护补贴实施方案》解读 2025-01-16</li></ul></div>
</main>
<footer>主办单位：湄潭县人民政府办公室　承办单位：湄潭县大数据发展中心<br>黔ICP备09002345号　贵公网安备52032802000067号　网站标识码：5203280012<br><span>扫一扫在手机打开当前页</span> """ + img("二维码") + """</footer>
""",
    style="p",
    blocks=[
        ("h", "一、出台背景是什么？"),
        ("p", "近年来，我县茶园面积稳定在60万亩左右，但部分茶园存在土壤酸化、病虫害防控依赖化学药剂、茶园生物多样性不足等问题。为推动茶园由“数量扩张”向“质量提升”转变，县农业农村局在深入调研的基础上起草了本办法，经县人民政府常务会议审议通过后印发实施。"),
        ("h", "二、奖补对象有哪些？"),
        ("p", "在我县行政区域内依法登记的茶叶企业、农民专业合作社、家庭农场以及连片经营面积50亩以上的种植大户，均可按规定申报。"),
        ("h", "三、奖补标准是多少？"),
        ("li", ["（一）套种绿肥或遮阴树连片100亩以上的，每亩补助150元；", "（二）安装杀虫灯、粘虫板等绿色防控设施的，按实际投入的40%给予补助，单个主体最高不超过10万元；", "（三）通过有机茶园认证的，一次性奖励每亩300元。"]),
        ("h", "四、如何申报？"),
        ("p", "申报主体于每年4月30日前向所在镇（街道）农业服务中心提交申请材料，镇（街道）初审后报县农业农村局，县农业农村局会同县财政局组织核查验收，验收合格并公示无异议后拨付资金。政策咨询电话：0851-2452XXXX。"),
    ],
))

# wx-04 福建 市政府 领导活动 — 2016-ish portal, info ABOVE headline glued, 通讯员 at end in parentheses
PAGES.append(dict(
    id="wx-04", kind=K, lang="zh",
    title="林志强调研我市海洋经济重点项目时强调抢抓窗口期 加快推动项目早建成早见效",
    authors=["黄  鑫".replace(" ", ""), "郑雅婷"],
    publish_time="2025-03-08",
    css="""
body{font:14px/1.6 "微软雅黑";margin:0}
#hd{height:120px;background:#0b4a8b;color:#fff}#hd h2{margin:0;padding:30px 0 0 60px;font-size:32px}
#mn{background:#08396c;padding:6px 60px}#mn a{color:#fff;margin-right:25px}
.wz{padding:8px 60px;background:#eef3f9}.wrapper{width:1100px;margin:0 auto}
.xl-info{color:#666;background:#f7f7f7;padding:6px}.xl-tit{font-size:24px;font-weight:bold;text-align:center;margin:16px 0}
.TRS_Editor p{text-indent:2em}
.ft{border-top:4px solid #0b4a8b;text-align:center;color:#555;padding:14px;font-size:12px}
""",
    layout="""
<div id="hd"><h2>宁德市人民政府</h2></div>
<div id="mn"><a>首页</a><a>政务要闻</a><a>政府信息公开</a><a>办事服务</a><a>政民互动</a><a>数据开放</a><a>畅游宁德</a></div>
<div class="wz">您当前的位置：首页-政务要闻-领导活动</div>
<div class="wrapper">
<div class="xl-info">发布时间：2025-03-08来源：宁德市人民政府字体：<a>[大]</a><a>[中]</a><a>[小]</a>　<a>打印</a>　<a>分享</a></div>
<div class="xl-tit">林志强调研我市海洋经济重点项目时强调<br>抢抓窗口期 加快推动项目早建成早见效</div>
<div class="TRS_Editor">
{BODY}
</div>
<p style="text-align:right">【责任编辑：何思远】</p>
<p><a>扫一扫在手机打开当前页</a></p>
</div>
<div class="ft"><a>网站地图</a> | <a>联系我们</a> | <a>使用帮助</a><br>宁德市人民政府办公室主办 宁德市大数据中心承办 闽ICP备05007890号 闽公网安备 35090202000211号 网站标识码：3509000010</div>
""",
    style="p",
    blocks=[
        ("p", "3月7日，市委副书记、市长林志强带队调研我市海洋经济重点项目建设情况。他强调，要牢牢把握当前项目建设的黄金窗口期，倒排工期、挂图作战，全力推动项目早开工、早建成、早见效。"),
        ("p", "林志强一行先后来到三都澳深远海养殖平台、霞浦海洋食品加工园和福鼎港区作业区，深入施工现场，详细了解项目投资进度、要素保障和存在困难。在深远海养殖平台，林志强听取了项目方关于“一船一平台”养殖模式的介绍，叮嘱企业要加强台风季安全防范，完善应急预案。"),
        ("p", "在随后召开的座谈会上，林志强指出，海洋经济是我市高质量发展的重要增长极。各地各部门要坚持问题导向，对项目推进中的用海审批、资金保障、配套设施等问题建立清单、逐一销号；要强化服务意识，落实领导挂钩帮扶机制，帮助企业解决实际困难。"),
        ("p", "市领导陈建华参加调研。（黄  鑫 郑雅婷）"),
    ],
))

# wx-05 浙江 街道 — small 2012-era site, author in info bar with 作者/来源 spaced, 点击
PAGES.append(dict(
    id="wx-05", kind=K, lang="zh",
    title="南湖街道开展“邻里守望”独居老人冬季走访活动",
    authors=["李  倩".replace(" ", "")],
    publish_time="2024-12-20 09:18:33",
    css="""
body{background:#fdf6ec;font-size:13px;margin:0}
.head{background:#e07b1f;height:90px;color:#fff;font-size:28px;padding:20px 80px;font-family:隶书}
.menu{background:#c9650e;padding:5px 80px}.menu a{color:#fff;padding:0 10px}
.main{width:980px;margin:10px auto;background:#fff;border:1px solid #e8c9a0;padding:10px}
.left{float:left;width:200px;background:#fff5e8}.right{margin-left:220px}
.title{font-size:20px;color:#a33;text-align:center;font-weight:bold}
.sx{text-align:center;border-bottom:1px solid #ddd;color:#777}
.clear{clear:both}.foot{text-align:center;color:#777;padding:10px}
""",
    layout="""
<div class="head">嘉兴市南湖区南湖街道</div>
<div class="menu"><a>首页</a><a>街道概况</a><a>工作动态</a><a>社区风采</a><a>便民服务</a><a>党建园地</a><a>留言板</a></div>
<div class="main">
<div class="left"><b>工作动态</b><ul><li>街道要闻</li><li>社区动态</li><li>通知公告</li><li>图片新闻</li></ul><b>便民电话</b><p>街道办：0573-8206XXXX<br>社区服务中心：0573-8207XXXX</p></div>
<div class="right">
<div>当前位置：<a>首页</a> &gt;&gt; <a>工作动态</a> &gt;&gt; <a>社区动态</a></div>
<p class="title">南湖街道开展“邻里守望”独居老人冬季走访活动</p>
<div class="sx">作者：李  倩&nbsp;&nbsp;&nbsp;来源：南湖街道&nbsp;&nbsp;&nbsp;发布时间：2024-12-20 09:18:33&nbsp;&nbsp;&nbsp;点击：286次</div>
{BODY}
<p>【<a>打印此文</a>】 【<a>关闭窗口</a>】</p>
<p>上一篇：街道召开2024年度安全生产工作会议<br>下一篇：禾兴社区举办“迎新年”书画展</p>
</div>
<div class="clear"></div>
</div>
<div class="foot">版权所有：嘉兴市南湖区南湖街道办事处　地址：嘉兴市南湖区示范路88号<br>浙ICP备11045678号　技术支持：嘉兴某某网络科技有限公司</div>
""",
    style="u3000",
    blocks=[
        ("p", "12月18日至19日，南湖街道组织社区干部、网格员和志愿者分成14个小组，走访辖区独居、空巢老人312户，为老人送去棉被、电暖器等过冬物资，并逐户检查用电、用气安全。"),
        ("p", "此次走访以“敲门行动”为抓手，各小组提前对照网格台账梳理走访名单，对子女长期在外、行动不便、患有慢性病的老人实行重点标注，确保“不漏一户、不落一人”。"),
        ("p", "在禾兴社区，志愿者帮87岁的周奶奶更换了老化的电热毯插线板，又把社区“一键呼”服务卡贴在她床头。“有事按一下，网格员十分钟就能到。”网格员小沈说。"),
        ("p", "走访中，各小组还对老人身体状况、家庭照护情况进行登记，建立“一人一档”，对发现的3户房屋漏雨问题当场联系物业维修。街道将把“邻里守望”走访常态化，每月至少上门一次，确保独居老人冬季安全。"),
        ("img", "走访现场", "志愿者为独居老人检查用电安全"),
    ],
))

# wx-06 内蒙古 市生态环境局 公示 — department site 2020s, table of projects, no author
PAGES.append(dict(
    id="wx-06", kind=K, lang="zh",
    title="鄂尔多斯市生态环境局关于2025年第4批建设项目环境影响评价文件拟审批的公示",
    authors=[],
    publish_time="2025-03-10 17:20",
    css="""
body{margin:0;font-family:sans-serif;background:#eef4f1}
.hd{background:#2e8b57;color:#fff;padding:14px 6%;display:flex;justify-content:space-between}
.hd small a{color:#fff;margin-left:8px}.nv{background:#246e45;padding:8px 6%}.nv a{color:#fff;margin-right:20px}
.box{max-width:1000px;margin:16px auto;background:#fff;padding:24px}
.box h2{text-align:center;font-size:21px}.fb{color:#888;text-align:center;font-size:13px}
table.dt{border-collapse:collapse;width:100%;font-size:13px}table.dt td,table.dt th{border:1px solid #999;padding:4px}
.ft{background:#333;color:#bbb;padding:18px 6%;font-size:12px}
""",
    layout="""
<div class="hd"><b style="font-size:24px">鄂尔多斯市生态环境局</b><small><a>蒙古文</a><a>无障碍</a><a>长者模式</a></small></div>
<div class="nv"><a>首页</a><a>机构概况</a><a>环境要闻</a><a>信息公开</a><a>环境质量</a><a>行政许可</a><a>公众参与</a></div>
<div class="box">
<p>当前位置： 首页 &gt; 行政许可 &gt; 环评公示</p>
<h2>鄂尔多斯市生态环境局关于2025年第4批建设项目环境影响评价文件拟审批的公示</h2>
<p class="fb">发布时间：2025-03-10 17:20　　信息来源：环境影响评价与排放管理科　　【<a>大</a> <a>中</a> <a>小</a>】</p>
{BODY}
<p>附件：<a>1.项目环评报告书（公示本）.pdf</a> <a>2.公众意见表.docx</a></p>
<p>分享到：</p>
</div>
<div class="ft">主办：鄂尔多斯市生态环境局　地址：鄂尔多斯市康巴什区示范大街XX号　电话：0477-8588XXX<br>蒙ICP备10002468号-2　蒙公网安备15060302000089号　网站标识码：1506000041</div>
""",
    style="p-indent",
    blocks=[
        ("p", "根据建设项目环境影响评价审批程序的有关规定，经审查，我局拟对以下建设项目环境影响评价文件作出审批意见。为保证审查工作的严肃性和公正性，现将拟审批的环境影响评价文件基本情况予以公示，公示期为2025年3月11日至2025年3月17日（5个工作日）。"),
        ("table", [["序号", "项目名称", "建设地点", "建设单位", "环评机构"],
                   ["1", "年产5万吨煤基新材料技改项目", "准格尔旗大路工业园区", "鄂尔多斯某某新材料有限公司", "内蒙古某某环境科技有限公司"],
                   ["2", "200MW光伏治沙项目配套储能电站", "杭锦旗独贵塔拉镇", "杭锦旗某某新能源有限公司", "包头某某环保咨询有限公司"],
                   ["3", "城镇污水处理厂提标改造工程", "乌审旗嘎鲁图镇", "乌审旗水务投资有限责任公司", "鄂尔多斯某某生态环境研究院"]]),
        ("p", "公示期间，公民、法人和其他组织可通过信函、传真、电子邮件等方式向我局反映与建设项目环境影响评价审批有关的意见和建议。"),
        ("p", "联系电话：0477-8588XXX　传真：0477-8588XXX"),
        ("p", "通讯地址：鄂尔多斯市康巴什区示范大街XX号（邮编：017010）"),
    ],
))

# wx-07 贵州 村务公开 on a 镇 site — very plain 2010s list layout, 公告 signed by 村委会
PAGES.append(dict(
    id="wx-07", kind=K, lang="zh",
    title="茅坪村关于2024年度村集体经济收益分配方案的公告",
    authors=[],
    publish_time="2025/1/22",
    css="""
body{font-size:14px;margin:0 auto;width:900px;background:#fff}
.t{background:url() #7a1f1f;color:#ffd;font-size:26px;padding:18px}
.l a{margin:0 6px}.l{border-bottom:2px solid #7a1f1f;padding:6px}
.c h3{text-align:center;font-size:19px}.c .i{text-align:center;color:#888;font-size:12px}
.c p{line-height:26px}table.dt{margin:0 auto;border-collapse:collapse}table.dt td,table.dt th{border:1px solid #444;padding:3px 10px}
.f{border-top:1px solid #ccc;color:#888;font-size:12px;text-align:center;padding:8px}
""",
    layout="""
<div class="t">天柱县高酿镇人民政府</div>
<div class="l"><a>网站首页</a>|<a>镇情简介</a>|<a>政务公开</a>|<a>村务公开</a>|<a>乡村振兴</a>|<a>办事指南</a></div>
<p>位置：<a>首页</a> → <a>村务公开</a> → <a>茅坪村</a></p>
<div class="c">
<h3>茅坪村关于2024年度村集体经济收益分配方案的公告</h3>
<div class="i">时间：2025/1/22　来源：茅坪村　阅读：<span>97</span></div>
{BODY}
</div>
<p>相关文章</p><ul><li>茅坪村2024年第四季度村务公开栏</li><li>高酿镇关于开展村级财务清理的通知</li></ul>
<div class="f">天柱县高酿镇人民政府 版权所有　黔ICP备15004321号-3<br>地址：天柱县高酿镇示范街XX号 电话：0855-7XXXXXX</div>
""",
    style="u3000",
    blocks=[
        ("p", "全体村民："),
        ("p", "2024年，我村集体经济组织通过茶油加工坊、光伏发电和集体土地流转三项产业实现经营收入46.8万元，扣除生产成本、管理费用后，实现可分配收益21.5万元。经村“两委”提议、村党组织与村民代表会议商议、村民代表大会决议，现将分配方案公告如下："),
        ("table", [["项目", "比例", "金额（万元）", "用途"],
                   ["公积公益金", "30%", "6.45", "扩大再生产和公益设施维护"],
                   ["村民分红", "50%", "10.75", "按户籍人口1432人平均分配"],
                   ["困难帮扶金", "10%", "2.15", "脱贫不稳定户、突发困难户救助"],
                   ["管理激励", "10%", "2.15", "经营管理人员绩效奖励"]]),
        ("p", "公告期为7天。村民对分配方案有异议的，请在公告期内向村务监督委员会反映，联系人：杨光富，电话：139XXXX6215。公告期满无异议后，村民分红将于2月10日前通过“一卡通”发放到户。"),
        ("p", "茅坪村股份经济合作社"),
        ("p", "茅坪村村民委员会"),
        ("p", "2025年1月21日"),
    ],
))

# wx-08 福建 区政府 讲话 — speech page, speaker under headline, 2022 gov design
PAGES.append(dict(
    id="wx-08", kind=K, lang="zh",
    title="在2025年全区优化营商环境推进会上的讲话",
    authors=["郑岚"],
    publish_time="2025-02-19 08:30",
    css="""
body{margin:0;background:#f2f2f2;font-family:"Microsoft YaHei"}
.g-top{background:#fff;padding:6px 8%;font-size:12px;text-align:right}
.g-head{background:#c41f24;color:#fff;padding:22px 8%;font-size:30px}
.g-nav{background:#a7161b;padding:0 8%}.g-nav a{color:#fff;display:inline-block;padding:12px 20px}
.g-body{width:1000px;margin:20px auto;background:#fff;padding:30px 60px}
h1{text-align:center;font-size:26px;margin-bottom:6px}.spk{text-align:center;font-size:17px}
.spd{text-align:center;font-size:15px;color:#555}.bar{border-top:1px solid #eee;border-bottom:1px solid #eee;color:#999;font-size:13px;padding:6px 0;margin:14px 0}
.ind{text-indent:2em;line-height:2;font-size:16px}h3.sub{font-size:16px;text-indent:2em;font-family:黑体}
.g-foot{background:#fff;border-top:3px solid #c41f24;padding:20px 8%;font-size:12px;color:#666}
""",
    layout="""
<div class="g-top">您好，欢迎访问福州市仓山区人民政府网站！ <a>无障碍阅读</a> | <a>长者模式</a> | <a>English</a></div>
<div class="g-head">福州市仓山区人民政府</div>
<div class="g-nav"><a>首页</a><a>政务动态</a><a>政府信息公开</a><a>政务服务</a><a>互动交流</a><a>走进仓山</a></div>
<div class="g-body">
<p>当前位置：<a>首页</a> &gt; <a>政府信息公开</a> &gt; <a>领导讲话</a> &gt; 正文</p>
<h1>在2025年全区优化营商环境推进会上的讲话</h1>
<p class="spk">区长　郑  岚</p>
<p class="spd">（2025年2月18日）</p>
<div class="bar">发布时间：2025-02-19 08:30 　来源：区政府办 　浏览量：2107 　<a>打印</a> 　<a>关闭</a></div>
{BODY}
</div>
<div class="g-foot">主办单位：福州市仓山区人民政府办公室　联系电话：0591-8375XXXX<br>网站标识码：3501040003　闽ICP备05012468号-1　""" + img("闽公网安备") + """闽公网安备 35010402350XXX号<br>""" + img("政府网站找错") + """</div>
""",
    style="p-indent",
    blocks=[
        ("p", "同志们："),
        ("p", "今天召开全区优化营商环境推进会，主要任务是总结去年工作，部署今年重点任务，动员全区上下进一步把营商环境作为“一号工程”抓紧抓实。刚才，区发改局通报了2024年营商环境评价情况，三个单位作了交流发言，讲得都很好，请大家认真学习借鉴。下面，我讲三点意见。"),
        ("h", "一、正视差距，切实增强优化营商环境的紧迫感"),
        ("p", "去年，全区新设经营主体2.3万户，同比增长11.6%，“一件事”集成服务事项扩展到42项，企业开办时间压缩至0.5个工作日。但我们也要清醒地看到，在全市营商环境评价中，我区“办理建筑许可”“获得用水用气”两项指标仍处于中下游，企业反映的“多头跑”“标准不一”等问题还没有根本解决。"),
        ("h", "二、聚焦重点，扎实推进营商环境提质增效"),
        ("p", "一要在审批提速上下功夫。全面推行工程建设项目“拿地即开工”，年内实现社会投资简易低风险项目审批全流程不超过15个工作日。二要在要素保障上下功夫。建立重点企业用地、用工、融资需求清单，实行“一企一策”跟踪服务。三要在涉企执法上下功夫。推行“综合查一次”，同一部门对同一企业年内非必要检查原则上不超过一次。"),
        ("h", "三、压实责任，确保各项任务落地见效"),
        ("p", "各街道、各部门主要负责同志要亲自抓、负总责，区效能办要把营商环境工作纳入年度绩效考评，对推诿扯皮、敷衍塞责的要严肃问责。"),
        ("p", "同志们，营商环境没有最好，只有更好。让我们以更实的作风、更硬的举措，为全区经济高质量发展营造一流环境！"),
    ],
))

# wx-09 浙江 市市场监管局 通报 — 2020 department design with left column, table, 文号 line
PAGES.append(dict(
    id="wx-09", kind=K, lang="zh",
    title="温州市市场监督管理局关于2024年第四季度电动自行车产品质量监督抽查情况的通报",
    authors=[],
    publish_time="2025-01-15",
    css="""
body{margin:0;font-family:sans-serif}
.hd{background:#1d4e9e;color:#fff;padding:18px 10%;font-size:24px}.hd i{font-size:13px;font-style:normal;float:right}
.mn{background:#173f80}.mn a{color:#fff;display:inline-block;padding:10px 16px}
.wrap{display:flex;width:1100px;margin:20px auto;gap:24px}
.side{width:220px;background:#f1f5fb;padding:10px}.art{flex:1}
.art h1{font-size:21px;text-align:center}.wh{text-align:center}
.meta{font-size:12px;color:#888;text-align:center}
table.dt{border-collapse:collapse;width:100%}table.dt td,table.dt th{border:1px solid #aaa;padding:4px;font-size:13px}
.ft{background:#f0f0f0;color:#666;text-align:center;padding:16px;font-size:12px}
""",
    layout="""
<div class="hd">温州市市场监督管理局<i><a>无障碍</a> | <a>关怀版</a> | <a>繁体</a></i></div>
<div class="mn"><a>首页</a><a>机构概况</a><a>新闻动态</a><a>政府信息公开</a><a>政务服务</a><a>互动交流</a><a>专题专栏</a></div>
<div class="wrap">
<div class="side"><b>政府信息公开</b><ul><li>通知公告</li><li>抽检信息</li><li>行政处罚</li><li>政策文件</li><li>政策解读</li></ul><div>""" + img("12315投诉举报") + """</div></div>
<div class="art">
<div>首页 &gt; 政府信息公开 &gt; 抽检信息</div>
<h1>温州市市场监督管理局关于2024年第四季度电动自行车产品质量监督抽查情况的通报</h1>
<p class="meta">2025-01-15　　来源：产品质量安全监督管理处　　浏览次数：</p>
<p class="wh">温市监质〔2025〕3号</p>
{BODY}
<p><a>【打印本页】</a><a>【关闭窗口】</a></p>
</div>
</div>
<div class="ft">温州市市场监督管理局 主办　<a>网站地图</a>　<a>联系我们</a><br>浙ICP备05078901号-1　浙公网安备 33030202000789号　政府网站标识码：3303000037</div>
""",
    style="p-indent",
    blocks=[
        ("p", "各县（市、区）市场监管局，各有关企业："),
        ("p", "为加强电动自行车产品质量安全监管，2024年第四季度，我局组织对全市生产、销售环节的电动自行车产品开展了监督抽查。现将抽查情况通报如下："),
        ("h", "一、总体情况"),
        ("p", "本次共抽查电动自行车产品60批次，涉及生产企业18家、销售企业32家，检验项目包括最高车速、整车质量、制动性能、防篡改、阻燃性能等14项。经检验，合格57批次，不合格3批次，批次不合格率5.0%。"),
        ("h", "二、不合格产品情况"),
        ("table", [["序号", "产品名称", "标称生产企业", "不合格项目"],
                   ["1", "电动自行车（TDT-1201Z）", "浙江某某车业有限公司", "防篡改"],
                   ["2", "电动自行车（XG-48）", "瑞安市某某电动车厂", "阻燃性能"],
                   ["3", "电动自行车（BX3）", "乐清某某科技有限公司", "最高车速、防篡改"]]),
        ("h", "三、处理要求"),
        ("p", "各地要依法对抽查不合格产品的生产、销售企业进行处理，督促企业查明原因、落实整改，并于2025年2月28日前将后续处理情况报送我局产品质量安全监督管理处。"),
        ("p", "温州市市场监督管理局"),
        ("p", "2025年1月14日"),
    ],
))

# wx-10 福建 省厅 批复 — 2023 design, info bar as a key/value strip, 文号, 主送 to a county govt
PAGES.append(dict(
    id="wx-10", kind=K, lang="zh",
    title="福建省自然资源厅关于同意永泰县2025年度第一批次城镇建设用地的批复",
    authors=[],
    publish_time="2025-03-04 15:09:47",
    css="""
body{margin:0;font-family:"Microsoft YaHei";color:#222}
.top{display:flex;justify-content:space-between;padding:8px 5%;font-size:12px;background:#f6f6f6}
.logo{padding:20px 5%;font-size:28px;color:#0a5aa0;border-bottom:4px solid #0a5aa0}
.menu{padding:0 5%}.menu a{display:inline-block;padding:12px 14px}
.cont{max-width:1040px;margin:0 auto;padding:20px}
.kv{display:grid;grid-template-columns:120px 1fr 120px 1fr;background:#f4f8fc;border:1px solid #d6e3f0;font-size:13px}
.kv span{padding:6px}.doc h1{font-size:22px;text-align:center;color:#b40000}.doc .no{text-align:center}
.doc p{font-size:16px;line-height:2}
.foot{background:#0a5aa0;color:#fff;font-size:12px;text-align:center;padding:18px;line-height:2}
""",
    layout="""
<div class="top"><span>今天是：2025年3月5日</span><span><a>无障碍浏览</a> <a>长者模式</a> <a>智能问答</a></span></div>
<div class="logo">福建省自然资源厅</div>
<div class="menu"><a>首页</a><a>机构概况</a><a>新闻资讯</a><a>政府信息公开</a><a>政务服务</a><a>互动交流</a></div>
<div class="cont">
<div>首页 &gt; 政府信息公开 &gt; 法定主动公开内容 &gt; 用地审批</div>
<div class="kv"><span>索引号：</span><span>FJ00109-0300-2025-00041</span><span>发布机构：</span><span>福建省自然资源厅</span>
<span>发文日期：</span><span>2025-03-03</span><span>发布日期：</span><span>2025-03-04 15:09:47</span>
<span>文号：</span><span>闽自然资函〔2025〕58号</span><span>主题分类：</span><span>国土资源、能源</span></div>
<div class="doc">
<h1>福建省自然资源厅关于同意永泰县2025年度第一批次城镇建设用地的批复</h1>
<p class="no">闽自然资函〔2025〕58号</p>
{BODY}
</div>
<p>扫一扫在手机上查看当前页面</p>
<p><a>打印</a> <a>关闭</a></p>
</div>
<div class="foot">主办单位：福建省自然资源厅　地址：福州市鼓楼区示范路XX号　邮编：350003<br>网站标识码：3500000050　闽ICP备10030XXX号　闽公网安备 35010202000XXX号</div>
""",
    style="u3000",
    blocks=[
        ("p", "永泰县人民政府："),
        ("p", "你县《关于报批永泰县2025年度第一批次城镇建设用地的请示》（永政文〔2025〕11号）收悉。经研究，现批复如下："),
        ("p", "一、同意将樟城镇、城峰镇集体农用地8.6124公顷（其中耕地2.1037公顷）转为建设用地并征收，另征收集体建设用地0.4311公顷，共计征收土地9.0435公顷，作为永泰县2025年度第一批次城镇建设用地。"),
        ("p", "二、你县要按照有关规定做好征地补偿安置工作，及时足额支付土地补偿费、安置补助费以及农村村民住宅、其他地上附着物和青苗等的补偿费用，并安排被征地农民的社会保障费用，切实维护被征地农民合法权益。"),
        ("p", "三、你县要严格按照国土空间规划和有关规定安排具体建设项目，节约集约用地，严禁擅自改变用途。本批复自下达之日起有效期两年。"),
        ("p", "福建省自然资源厅"),
        ("p", "2025年3月3日"),
    ],
))

# wx-11 贵州 州政府 实施意见 — 2019 portal, 意见 with chapter headings, info bar glued in one line
PAGES.append(dict(
    id="wx-11", kind=K, lang="zh",
    title="黔南州人民政府关于加快推进县域商业体系建设的实施意见",
    authors=[],
    publish_time="2025年03月03日",
    css="""
body{margin:0;font-size:14px;background:#f0f0f0}
.header{background:#fff;border-bottom:5px solid #c0392b;padding:10px 100px}.header h1{font-size:30px;color:#c0392b;margin:8px 0}
.navs{background:#c0392b}.navs a{color:#fff;padding:10px 14px;display:inline-block}
.article{width:960px;margin:16px auto;background:#fff;padding:30px}
.article .tit{font-size:22px;font-weight:bold;text-align:center;line-height:1.5}
.article .xx{font-size:12px;color:#999;text-align:center;margin:10px 0 20px}
.article p{text-indent:2em;line-height:1.9}h4.sub{font-size:15px;text-indent:2em}
.footer{background:#3a3a3a;color:#aaa;text-align:center;font-size:12px;padding:16px}
""",
    layout="""
<div class="header"><h1>黔南布依族苗族自治州人民政府</h1><span>无障碍 | 长者版 | 手机版 | 政务微博 | 政务微信</span> <input placeholder="搜索本站内容"></div>
<div class="navs"><a>首页</a><a>黔南要闻</a><a>信息公开</a><a>政务服务</a><a>政民互动</a><a>数据发布</a><a>魅力黔南</a></div>
<div class="article">
<div class="crumbs">当前位置：首页 / 信息公开 / 政策文件 / 州政府文件</div>
<div class="tit">黔南州人民政府<br>关于加快推进县域商业体系建设的实施意见</div>
<div class="xx">信息来源：黔南州人民政府办公室|发布时间：2025年03月03日|点击数：|字体：[大 中 小]</div>
<p style="text-align:center;text-indent:0">黔南府发〔2025〕4号</p>
{BODY}
<p style="text-indent:0"><a>【我要打印】</a> <a>【关闭窗口】</a></p>
<p style="text-indent:0">相关链接：<a>图解：黔南州加快推进县域商业体系建设实施意见</a></p>
</div>
<div class="footer">黔南布依族苗族自治州人民政府办公室 主办 ｜ 黔南州大数据中心 承办<br>黔ICP备12003579号 ｜ 贵公网安备 52270102000123号 ｜ 网站标识码：5227000001</div>
""",
    style="p", hstyle="h4",
    blocks=[
        ("p", "各县（市）人民政府，州政府各工作部门："),
        ("p", "为健全县域商业网络，畅通工业品下乡和农产品进城双向流通渠道，更好满足城乡居民消费需求，结合我州实际，提出如下实施意见。"),
        ("h", "一、总体目标"),
        ("p", "到2027年，全州建成县级物流配送中心12个、乡镇商贸中心60个，村级便民商店实现行政村全覆盖，县域快递进村率达到95%以上，农村网络零售额年均增长10%以上。"),
        ("h", "二、重点任务"),
        ("p", "（一）完善县城商业设施。支持各县（市）改造提升县城综合商贸服务中心，引导大型商贸流通企业向县城下沉网络，发展连锁便利店、社区菜市场。"),
        ("p", "（二）建设乡镇商贸中心。依托乡镇集市改造一批集购物、餐饮、维修、寄递等功能于一体的商贸中心，带动周边村寨消费。"),
        ("p", "（三）推动农产品上行。围绕茶叶、刺梨、蔬菜、食用菌等特色产业，建设产地冷藏保鲜设施，培育本地电商品牌，拓展“黔货出山”渠道。"),
        ("h", "三、保障措施"),
        ("p", "州商务局要会同州发展改革委、州财政局等部门建立工作协调机制，加强资金统筹和项目储备。各县（市）人民政府是县域商业体系建设的责任主体，要制定具体工作方案，确保各项任务落地。"),
        ("p", "黔南州人民政府"),
        ("p", "2025年2月26日"),
    ],
))

# wx-12 内蒙古 苏木 news on a 旗 portal — 2021 mobile-first, minority names, byline at the top of body
PAGES.append(dict(
    id="wx-12", kind=K, lang="zh",
    title="宝日希勒苏木：“草原书屋”开进牧民家 冬闲时节读书忙",
    authors=["其其格", "乌兰·巴特尔"],
    publish_time="2025-01-09 11:26",
    css="""
body{margin:0;font-family:sans-serif;background:#f7f4ee}
.bar{background:#1e6fb3;color:#fff;display:flex;justify-content:space-between;padding:10px 16px}
.bar a{color:#fff;margin-left:10px}
.hero{background:#2680c2;color:#fff;padding:28px 16px;text-align:center}
.crumb{font-size:12px;color:#666;padding:10px 16px}
article{max-width:760px;margin:0 auto;background:#fff;padding:20px}
article h1{font-size:22px}.meta{font-size:13px;color:#8a8a8a}.meta b{font-weight:normal;margin-right:16px}
.by{color:#555}article p{line-height:1.85}
.pic img{display:block;width:100%}.pic-cap{font-size:12px;color:#888;text-align:center}
.edit{color:#999;font-size:13px}
footer{text-align:center;font-size:12px;color:#777;padding:20px}
""",
    layout="""
<div class="bar"><span>陈巴尔虎旗人民政府</span><span><a>蒙文</a><a>无障碍</a><a>长者模式</a><a>搜索</a></span></div>
<div class="hero"><div style="font-size:24px">陈巴尔虎旗人民政府</div><div>草原英雄小姐妹的故乡</div></div>
<div class="crumb">首页 &gt; 新闻中心 &gt; 苏木镇动态</div>
<article>
<h1>宝日希勒苏木：“草原书屋”开进牧民家 冬闲时节读书忙</h1>
<div class="meta"><b>2025-01-09 11:26</b><b>来源：宝日希勒苏木</b><b>阅读：532</b></div>
{BODY}
<p class="edit">编辑：孟根 | 审核：王晓东 | 终审：赵立群</p>
</article>
<footer>主办：陈巴尔虎旗人民政府办公室 ｜ 蒙ICP备15001122号-1 ｜ 蒙公网安备15072502000011号 ｜ 网站标识码：1507250005<br>扫一扫 关注“陈巴尔虎旗发布”</footer>
""",
    style="p",
    blocks=[
        ("x", '<p class="by">通讯员　其其格　乌兰·巴特尔</p>'),
        ("p", "入冬以来，宝日希勒苏木把“草原书屋”从嘎查办公室搬进了牧民家中，在6个嘎查设立“流动书屋”服务点18个，配送蒙汉双语图书、养殖技术手册和少儿读物2600余册。"),
        ("img", "牧民在家中翻阅养殖技术书籍", "牧民在家中翻阅养殖技术书籍"),
        ("p", "在哈日干图嘎查牧民苏和家，客厅一角的木书架上摆满了《冬春季牲畜疫病防治》《草原生态保护知识问答》等书籍。“冬天接羔前闲一些，翻翻书学点新办法，比刷手机强。”苏和说，去年他照着书上的方法改造了暖棚，接羔成活率提高了不少。"),
        ("p", "苏木文化站还组织“马背宣讲队”定期上门，为牧民讲解惠牧政策、读书分享，并开设少儿绘本共读活动。截至目前，各服务点累计借阅图书1900余人次。"),
        ("p", "宝日希勒苏木文化站站长阿拉坦其木格介绍，下一步将根据牧民需求动态更新书目，并尝试开展线上借阅预约，让草原书屋真正成为牧民身边的“精神粮仓”。"),
    ],
))
