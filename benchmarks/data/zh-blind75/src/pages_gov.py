"""Government pages xx-01 ... xx-12 (河南, 山东, 湖北, 江西)."""
from lib import BR, G, H, L, P, PS, T, X, img, links, nav, search, ul_links

PAGES = []


def page(**kw):
    PAGES.append(kw)


# --------------------------------------------------------------------------- xx-01
# 河南 county portal, 2010s table layout; a long sidebar (热点排行, 专题专栏) sits
# between the headline/info bar and the text in document order.
CSS01 = """
body{margin:0;font:12px/1.8 "宋体",SimSun;background:#eef2f7;color:#333}
table.wrap{width:1000px;margin:0 auto;background:#fff}
.top td{font-size:12px;color:#666}
.banner{height:110px;background:#b81c22;color:#fff;font:bold 34px/110px "黑体"}
.nav td{background:#9e1419;text-align:center}.nav a{color:#fff;font-size:15px}
.pos{padding:6px 10px;border-bottom:1px dotted #ccc}
h1{font-size:22px;color:#b81c22;text-align:center;margin:18px 0 8px}
.info{text-align:center;color:#888;border-bottom:1px solid #ddd;padding-bottom:6px}
td.side{width:230px;vertical-align:top;background:#f7f7f7}
td.side h4{margin:6px;background:#b81c22;color:#fff;padding:2px 6px}
td.side ol{margin:0 0 8px 24px;padding:0}
td.main{vertical-align:top;padding:10px 20px;font-size:15px;line-height:2}
.tools{text-align:right;color:#666}
.foot{background:#9e1419;color:#fff;text-align:center;padding:12px;line-height:2}
"""

page(
    id="xx-01", kind="government", lang="zh",
    head="鹿邑县召开2024年春季农业生产暨高标准农田建设推进会_鹿邑县人民政府",
    title="鹿邑县召开2024年春季农业生产暨高标准农田建设推进会",
    authors=["李航", "王雪"],
    publish_time="2024-03-14 10:26",
    css=CSS01,
    parts=[
        X("""<table class="wrap" cellspacing="0" cellpadding="0">
<tr class="top"><td>今天是：2024年3月14日 星期四</td><td align="right"><a href="#">无障碍浏览</a> | <a href="#">长者模式</a> | <a href="#">繁體版</a> | <a href="#">设为首页</a> | <a href="#">加入收藏</a></td></tr>
<tr><td class="banner" colspan="2">鹿邑县人民政府</td></tr>
<tr><td colspan="2"><form>站内搜索：<input type="text" value="" placeholder="请输入搜索内容"> <input type="submit" value="搜 索"></form></td></tr>
</table>
<table class="wrap nav" cellspacing="0" cellpadding="6"><tr>
<td><a href="#">首 页</a></td><td><a href="#">走进鹿邑</a></td><td><a href="#">政务要闻</a></td><td><a href="#">政府信息公开</a></td><td><a href="#">政务服务</a></td><td><a href="#">互动交流</a></td><td><a href="#">专题专栏</a></td></tr></table>
<table class="wrap"><tr><td class="pos">您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">政务要闻</a> &gt;&gt; <a href="#">部门动态</a></td></tr>
<tr><td><h1>鹿邑县召开2024年春季农业生产暨高标准农田建设推进会</h1>
<div class="info">发布时间：2024-03-14 10:26&nbsp;&nbsp;&nbsp;来源：鹿邑县农业农村局&nbsp;&nbsp;&nbsp;浏览次数：1265</div></td></tr></table>
<table class="wrap" cellspacing="0" cellpadding="0"><tr>
<td class="side"><h4>热点排行</h4><ol>
<li><a href="#">鹿邑县2024年第一批城乡公益性岗位招聘公告</a></li>
<li><a href="#">关于2024年度城乡居民医疗保险集中缴费的通告</a></li>
<li><a href="#">县政府常务会议研究部署春季安全生产工作</a></li>
<li><a href="#">老子文化旅游节筹备工作调度会召开</a></li>
<li><a href="#">鹿邑县2023年国民经济和社会发展统计公报</a></li>
<li><a href="#">我县开展“春风行动”专场招聘会</a></li>
<li><a href="#">关于涡河城区段临时交通管制的通告</a></li>
<li><a href="#">县人社局发布2024年职业技能培训计划</a></li>
<li><a href="#">鹿邑县中小学2024年春季学期开学工作部署</a></li>
<li><a href="#">太清宫镇举办首届民俗文化节</a></li>
</ol><h4>专题专栏</h4><ol>
<li><a href="#">学习贯彻党的二十大精神</a></li>
<li><a href="#">优化营商环境</a></li>
<li><a href="#">乡村振兴在鹿邑</a></li>
<li><a href="#">创建全国文明城市</a></li>
<li><a href="#">安全生产月</a></li>
</ol></td>
<td class="main">"""),
        PS([
            "3月13日，鹿邑县召开2024年春季农业生产暨高标准农田建设推进会，总结去冬今春农业农村工作，安排部署春耕备播、小麦田间管理和高标准农田建设等重点任务。副县长周文彬出席会议并讲话。",
            "会议通报了全县小麦苗情调查结果。今年全县小麦播种面积112.6万亩，一、二类苗占比达到91.3%，较上年同期提高2.4个百分点，整体长势好于常年。",
            "会议指出，当前正值小麦返青起身的关键时期，各乡镇（街道）要抓住有利墒情，分类指导、科学施肥，抓好“一喷三防”物资准备，严防条锈病、赤霉病等病虫害发生蔓延；要提前谋划春播作物种植布局，落实玉米、大豆、花生等作物面积，确保种子、化肥、农药等农资供应充足、质量可靠。",
            "会议要求，高标准农田建设是今年“三农”工作的硬任务。2024年全县计划新建和提升高标准农田8.5万亩，涉及玄武镇、太清宫镇、涡北镇等9个乡镇。各参建单位要倒排工期、挂图作战，4月底前完成主体工程招标，6月底前完成沟渠路桥等配套工程，严把材料进场和隐蔽工程验收关，坚决杜绝“建而不管、管而不用”。",
            "会上，玄武镇、试量镇和县农业农村局分别作了表态发言。各乡镇（街道）分管负责同志、农业服务中心主任，县直相关单位负责同志参加会议。（李航 王雪）",
        ], indent="　　"),
        X("""<div class="tools">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
<div>上一篇：<a href="#">县农业农村局召开2024年党风廉政建设工作会议</a><br>下一篇：<a href="#">我县启动2024年春季动物疫病集中免疫工作</a></div>
</td></tr></table>
<table class="wrap"><tr><td class="foot">
<a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">使用帮助</a><br>
主办：鹿邑县人民政府办公室　承办：鹿邑县大数据发展中心<br>
地址：鹿邑县紫气大道中段　联系电话：0394-7215536　网站标识码：4116280017<br>
<a href="#">豫ICP备12004567号-1</a>　<img alt="" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///ywAAAAAAQABAAACAUwAOw==">豫公网安备 41162802000135号<br>
<img alt="党政机关">　<img alt="政府网站找错">
</td></tr></table>"""),
    ],
)


# --------------------------------------------------------------------------- xx-02
# 山东 city government 通知 on a 2024 信息公开 page: index table above the text with
# 发布日期 (info bar) and 成文日期; 文号 line not body; 主送/署名/成文日期 body.
CSS02 = """
*{box-sizing:border-box}body{margin:0;font-family:"Microsoft YaHei",sans-serif;color:#222;background:#fff}
.topbar{background:#f3f3f3;font-size:13px;padding:4px 10%;display:flex;justify-content:space-between}
.head{background:linear-gradient(#0d4fa3,#1565c0);color:#fff;padding:24px 10%;display:flex;justify-content:space-between;align-items:center}
.head .logo{font-size:30px;font-weight:bold;letter-spacing:2px}
.nav ul{display:flex;list-style:none;margin:0;padding:0 10%;background:#0b3f86}.nav li a{display:block;color:#fff;padding:10px 22px}
.crumb{padding:12px 10%;font-size:14px;color:#666}
.xxgk{margin:0 10%;border:1px solid #c9d8ee;font-size:14px;width:80%}
.xxgk td{border:1px solid #c9d8ee;padding:6px 10px}.xxgk td.k{background:#eef4fc;width:12%;color:#0d4fa3}
.doc{margin:20px 10%;font:18px/2 "仿宋",FangSong,serif}
.doc h1{font:bold 26px/1.5 "小标宋","宋体";text-align:center;color:#c00}
.wh{text-align:center}.sign{text-align:right}
.att,.jd{margin:10px 10%;font-size:15px}
.jd{border:1px dashed #c00;padding:8px}
.foot{background:#0b3f86;color:#dfe8f5;font-size:13px;padding:18px 10%;line-height:2}
"""

page(
    id="xx-02", kind="government", lang="zh",
    head="聊城市人民政府办公室关于进一步加强城市建筑垃圾规范管理工作的通知-聊城市人民政府",
    title="聊城市人民政府办公室关于进一步加强城市建筑垃圾规范管理工作的通知",
    authors=[],
    publish_time="2024-04-08",
    css=CSS02,
    parts=[
        X("""<div class="topbar"><span>欢迎访问聊城市人民政府门户网站</span><span><a href="#">无障碍</a> <a href="#">长者模式</a> <a href="#">English</a> <a href="#">登录</a> <a href="#">注册</a></span></div>
<div class="head"><div class="logo">聊城市人民政府</div>"""),
        X(search("搜索本站政策文件", "搜索")),
        X("</div>\n" + nav(["首页", "政务要闻", "政府信息公开", "政务服务", "政民互动", "数据开放", "魅力聊城"])),
        X("""<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政府信息公开</a> &gt; <a href="#">政策文件</a> &gt; <a href="#">市政府办公室文件</a> &gt; 正文</div>
<table class="xxgk" cellspacing="0">
<tr><td class="k">索引号</td><td>11371500004345678X/2024-00417</td><td class="k">主题分类</td><td>城乡建设、环境保护</td></tr>
<tr><td class="k">发文机关</td><td>聊城市人民政府办公室</td><td class="k">成文日期</td><td>2024-04-02</td></tr>
<tr><td class="k">标　题</td><td colspan="3">聊城市人民政府办公室关于进一步加强城市建筑垃圾规范管理工作的通知</td></tr>
<tr><td class="k">发文字号</td><td>聊政办字〔2024〕21号</td><td class="k">发布日期</td><td>2024-04-08</td></tr>
<tr><td class="k">有效性</td><td>有效</td><td class="k">统一编号</td><td>LCDR-2024-0010007</td></tr>
</table>
<div class="doc"><h1>聊城市人民政府办公室<br>关于进一步加强城市建筑垃圾规范管理工作的通知</h1>
<p class="wh">聊政办字〔2024〕21号</p>"""),
        P("各县（市、区）人民政府，市属开发区管委会，市政府各部门、各直属机构："),
        PS([
            "近年来，我市城市更新和基础设施建设加快推进，建筑垃圾产生量逐年增加，部分地区仍存在乱倒乱卸、运输撒漏、处置能力不足等问题。为进一步加强城市建筑垃圾规范管理，改善城市环境面貌，经市政府同意，现就有关事项通知如下。",
        ], indent="　　"),
        H("一、严格源头管控", tag="p", attrs='style="font-weight:bold"'),
        P("　　建设单位应当在工程开工前，向所在地城市管理部门申报建筑垃圾处置计划，如实填报建筑垃圾种类、数量、运输单位和消纳场所。施工工地出入口必须设置车辆冲洗设施，配备专人值守，确保驶出车辆净车出场。拆除工程实行“先分类、后拆除”，可资源化利用的材料应当就地分拣、回收。"),
        H("二、规范运输管理", tag="p", attrs='style="font-weight:bold"'),
        P("　　从事建筑垃圾运输的车辆应当全部实行密闭运输，安装卫星定位装置并接入全市建筑垃圾智慧监管平台。运输单位应当按照核定的时间、路线行驶，不得超载、撒漏。城市管理、公安交警、交通运输部门要建立联合执法机制，每季度至少开展一次集中整治行动。"),
        H("三、加快消纳和资源化利用设施建设", tag="p", attrs='style="font-weight:bold"'),
        P("　　各县（市、区）要按照“就近消纳、合理布局”的原则，2024年底前每个县（市、区）至少建成1处建筑垃圾消纳场所，中心城区建成1处年处理能力不低于50万吨的资源化利用项目。政府投资工程在同等条件下应当优先使用建筑垃圾再生产品。"),
        H("四、强化组织保障", tag="p", attrs='style="font-weight:bold"'),
        P("　　各县（市、区）人民政府、市属开发区管委会是本辖区建筑垃圾管理的责任主体，要明确牵头部门，落实工作经费。市城市管理局要会同有关部门加强督导检查，对工作不力、问题突出的地区进行通报，并纳入年度城市管理考核。"),
        P("　　本通知自印发之日起施行，有效期至2029年4月30日。"),
        P("聊城市人民政府办公室", attrs='class="sign"'),
        P("2024年4月2日", attrs='class="sign"'),
        X("""</div>
<div class="att">附件：<a href="#">1.聊城市建筑垃圾处置计划申报表.docx</a>　<a href="#">2.建筑垃圾运输车辆备案表.xlsx</a></div>
<div class="jd">【相关解读】<a href="#">图解：一图读懂《关于进一步加强城市建筑垃圾规范管理工作的通知》</a><br>
<a href="#">文字解读：《关于进一步加强城市建筑垃圾规范管理工作的通知》政策解读</a></div>
<div class="att"><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a> 　扫一扫在手机打开当前页 """ + img("二维码") + """</div>
<div class="foot">主办单位：聊城市人民政府办公室　承办单位：聊城市大数据中心<br>
网站标识码：3715000011　<a href="#">鲁ICP备05012688号</a>　鲁公网安备 37150202000218号<br>
联系我们：0635-8241xxx　<a href="#">网站地图</a>　<a href="#">隐私声明</a><br>""" + img("党政机关") + " " + img("政府网站找错") + """</div>"""),
    ],
)


# --------------------------------------------------------------------------- xx-03
# 湖北 district 政策解读 in Q&A form, with a 延伸阅读 box inside the text and a
# "一图读懂" image; no writer.
CSS03 = """
body{margin:0;font:15px/1.9 "PingFang SC","Microsoft YaHei";color:#333;background:#f5f7fa}
.tb{background:#1d5fa8;color:#cfe0f5;font-size:13px;padding:3px 0;text-align:right}
.tb a{color:#fff;margin:0 8px}
.hd{background:#2f78c4;color:#fff;padding:30px 12%;font-size:32px;font-weight:bold}
.hd small{display:block;font-size:14px;font-weight:normal;letter-spacing:3px}
.mn{background:#fff;margin:0 12%;padding:20px 60px}
.crumb{font-size:13px;color:#888;border-bottom:2px solid #2f78c4;padding-bottom:6px}
.tt{font-size:24px;color:#1d5fa8;text-align:center;margin:24px 0 6px;font-weight:bold}
.meta{display:flex;justify-content:center;gap:24px;font-size:13px;color:#999}
.q{color:#1d5fa8;font-weight:bold;margin-top:18px}
.ext{background:#f0f6fd;border-left:4px solid #2f78c4;padding:8px 16px;margin:16px 0}
.ext b{display:block}
.share{margin-top:24px;font-size:13px;color:#666}
.ft{text-align:center;font-size:12px;color:#777;padding:16px;line-height:2}
"""

page(
    id="xx-03", kind="government", lang="zh",
    head="《夷陵区促进民营经济高质量发展若干措施》政策解读 - 宜昌市夷陵区人民政府",
    title="《夷陵区促进民营经济高质量发展若干措施》政策解读",
    authors=[],
    publish_time="2024年06月05日 15:20",
    css=CSS03,
    parts=[
        X("""<div class="tb"><a href="#">无障碍浏览</a><a href="#">长者模式</a><a href="#">简</a>/<a href="#">繁</a><a href="#">智能问答</a></div>
<div class="hd"><small>宜昌市夷陵区人民政府</small>夷陵区人民政府门户网站</div>"""),
        X(nav(["首页", "走进夷陵", "新闻中心", "信息公开", "政务服务", "互动交流", "政策解读"])),
        X("""<div class="mn"><div class="crumb">当前位置： <a href="#">首页</a> &gt; <a href="#">信息公开</a> &gt; <a href="#">政策解读</a> &gt; <a href="#">部门解读</a></div>
<div class="tt">《夷陵区促进民营经济高质量发展若干措施》政策解读</div>
<div class="meta"><span>来源：夷陵区发展和改革局</span><span>发布时间：2024年06月05日 15:20</span><span>【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span><span><a href="#">打印</a></span></div>
<p>""" + img("一图读懂夷陵区促进民营经济高质量发展若干措施") + "</p>"),
        P("一、《若干措施》出台的背景是什么？", attrs='class="q"'),
        P("答：民营经济是我区经济发展的重要力量，全区民营经济贡献了60%以上的税收、70%以上的地区生产总值和80%以上的城镇劳动就业。为进一步优化民营经济发展环境，提振经营主体信心，区发改局在深入调研、广泛征求意见的基础上，起草了《夷陵区促进民营经济高质量发展若干措施》，经区政府常务会议审议通过后印发实施。"),
        P("二、《若干措施》的主要内容有哪些？", attrs='class="q"'),
        P("答：《若干措施》共5个方面20条，包括持续优化营商环境、加大要素保障力度、支持企业创新升级、拓展市场发展空间和强化服务保障机制。其中，要素保障部分明确区级财政每年安排不少于3000万元的民营经济发展专项资金，用于贷款贴息、技改补助和融资担保风险补偿。"),
        X("""<div class="ext"><b>延伸阅读</b>
<a href="#">宜昌市夷陵区人民政府关于印发《夷陵区促进民营经济高质量发展若干措施》的通知</a><br>
<a href="#">夷陵区召开民营企业座谈会 听取企业意见建议</a></div>"""),
        P("三、企业如何申请融资担保支持？", attrs='class="q"'),
        P("答：符合条件的中小微民营企业可向区融资担保公司提出申请，单户担保额度最高1000万元，担保费率不超过1%。对首次获得银行贷款的“首贷户”，区财政按贷款市场报价利率的30%给予一年期贴息，每户最高10万元。"),
        P("四、《若干措施》什么时候开始执行？", attrs='class="q"'),
        P("答：《若干措施》自2024年6月1日起施行，有效期3年。执行过程中如遇上级政策调整，按上级规定执行。政策咨询电话：0717-7821xxx（区发改局中小企业服务股）。"),
        X("""<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a>　　<a href="#">【关闭】</a></div>
<div class="share">相关解读：<a href="#">宜昌市“民营经济服务月”活动政策问答</a></div>
</div>
<div class="ft">主办：宜昌市夷陵区人民政府办公室　承办：夷陵区政务服务和大数据管理局<br>
政府网站标识码：4205060003　<a href="#">鄂ICP备05001723号-1</a>　鄂公网安备42050602000086号<br>
技术支持：夷陵区大数据中心　""" + img("党政机关") + "</div>"),
    ],
)


# --------------------------------------------------------------------------- xx-04
# 江西 township news inside a county portal's 乡镇动态 column; byline line of two
# 通讯员 (one spaced name); a picture gallery with a caption per photo after the text.
CSS04 = """
body{margin:0;background:#e9f1ea;font:14px/1.8 "Microsoft YaHei"}
.w{width:1100px;margin:0 auto;background:#fff}
.top{font-size:12px;color:#555;padding:4px 10px;border-bottom:1px solid #ddd}
.logo{background:#2e7d32;color:#fff;font-size:30px;padding:26px 30px}
.nav ul{margin:0;padding:0;list-style:none;background:#1b5e20;overflow:hidden}.nav li{float:left}.nav a{display:block;color:#fff;padding:8px 20px}
.loc{padding:8px 20px;color:#777}
h2.title{text-align:center;font-size:24px;margin:16px 40px 4px}
.byline{text-align:center;color:#555}
.info{text-align:center;font-size:12px;color:#999;border-bottom:1px solid #eee;padding:4px 0 10px}
.content{padding:10px 50px;font-size:16px;line-height:2.1}
.gallery{margin:10px 50px;border:1px solid #cde3cf;padding:10px}
.gallery .ctl{color:#2e7d32}
.gallery figure{margin:8px 0}.gallery figcaption{font-size:13px;color:#666}
.foot{background:#1b5e20;color:#cfe8d0;text-align:center;padding:14px;font-size:12px}
"""

page(
    id="xx-04", kind="government", lang="zh",
    head="罗坳镇：油菜花海引客来 乡村旅游添活力-于都县人民政府",
    title="罗坳镇：油菜花海引客来 乡村旅游添活力",
    authors=["钟琴", "刘伟明"],
    publish_time="2024-03-22",
    css=CSS04,
    parts=[
        X("""<div class="w"><div class="top">于都县人民政府门户网站 | <a href="#">长者模式</a> | <a href="#">无障碍</a> | <a href="#">繁体</a> | <a href="#">手机版</a></div>
<div class="logo">于都县人民政府</div>""" + nav(["首页", "政务动态", "信息公开", "办事服务", "互动交流", "长征源"]) + """
<div class="loc">当前位置：<a href="#">首页</a> &gt; <a href="#">政务动态</a> &gt; <a href="#">乡镇动态</a></div>
<h2 class="title">罗坳镇：油菜花海引客来 乡村旅游添活力</h2>
<div class="byline">通讯员　钟&nbsp;&nbsp;琴　刘伟明</div>
<div class="info">信息来源：罗坳镇　发布日期：2024-03-22　点击数：872　字号：[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</div>
<div class="content">"""),
        PS([
            "阳春三月，走进罗坳镇步前村，千亩油菜花竞相绽放，金色花海与白墙黛瓦的客家民居相映成趣，吸引了大批游客前来踏青赏花、拍照打卡。",
            "近年来，罗坳镇依托油菜种植基地和红色文化资源，探索“农业+旅游”融合发展路子，连片流转土地种植油菜1200余亩，配套建设观景台、游步道和停车场，打造集赏花、研学、农事体验于一体的乡村旅游线路。",
            "花海经济带火了乡村“小店”。村民刘大姐在花田边开起了农家饭店，主打擂茶、米果等客家特色小吃，“周末一天能接待二十来桌，比外出打工强多了。”据统计，油菜花开放以来，步前村累计接待游客4.6万人次，带动周边农户销售农特产品收入30余万元。",
            "下一步，罗坳镇将持续完善旅游配套设施，举办油菜花节、农民丰收节等节庆活动，推动油菜籽就地加工，延长产业链条，让“美丽风景”转化为“美丽经济”。",
        ], indent="　　"),
        X("""</div>
<div class="gallery"><div class="ctl">图集　<a href="#">上一张</a>　<a href="#">下一张</a>　<a href="#">查看原图</a>　<a href="#">自动播放</a></div>
<figure>""" + img("步前村油菜花海") + """<figcaption>1/4　步前村千亩油菜花竞相绽放。（钟琴 摄）</figcaption></figure>
<figure>""" + img("游客拍照打卡") + """<figcaption>2/4　游客在花海中拍照打卡。</figcaption></figure>
<figure>""" + img("农家饭店") + """<figcaption>3/4　村民在花田边经营的农家饭店生意红火。</figcaption></figure>
<figure>""" + img("研学活动") + """<figcaption>4/4　学生在油菜基地开展研学活动。（刘伟明 摄）</figcaption></figure>
</div>
<div class="content" style="font-size:13px;color:#888">责任编辑：黄晓燕　　<a href="#">【打印】</a> <a href="#">【关闭】</a></div>
<div class="content" style="font-size:13px">上一篇：<a href="#">禾丰镇开展春季森林防火宣传活动</a>　下一篇：<a href="#">葛坳乡召开脐橙产业发展座谈会</a></div>
<div class="foot">主办：中共于都县委办公室　于都县人民政府办公室　　承办：于都县融媒体中心<br>网站标识码：3607310002　赣ICP备05004839号　赣公网安备 36073102000104号<br>地址：于都县贡江镇长征大道　电话：0797-6221xxx</div>
</div>"""),
    ],
)


# --------------------------------------------------------------------------- xx-05
# 河南 city 生态环境局 公示 with a body table; a second, separate notice
# (更正公告) is printed in full under the article.
CSS05 = """
body{margin:0;font:14px/1.7 Arial,"Microsoft YaHei";background:#fff;color:#333}
.t{background:#0a6e4f;color:#fff;font-size:12px;padding:4px 8%}
.t a{color:#fff}
.logo{padding:18px 8%;font-size:28px;color:#0a6e4f;font-weight:bold;border-bottom:4px solid #0a6e4f}
.logo span{font-size:14px;color:#555;font-weight:normal;margin-left:12px}
.nav ul{list-style:none;margin:0;padding:0 8%;display:flex;gap:4px;background:#e4f3ee}.nav a{display:block;padding:8px 16px;color:#0a6e4f}
.pos{padding:10px 8%;color:#888;font-size:13px}
.art{padding:0 14%}
.art h1{text-align:center;font-size:22px;line-height:1.5}
.art .sj{text-align:center;color:#777;font-size:13px}
.art table{border-collapse:collapse;width:100%;font-size:13px}.art td,.art th{border:1px solid #999;padding:4px}
.r{text-align:right}
.second{margin:30px 14% 10px;border-top:3px double #0a6e4f;padding-top:10px}
.second h3{text-align:center;font-size:17px}
.ft{margin-top:20px;background:#f2f2f2;text-align:center;font-size:12px;color:#666;padding:14px;line-height:2}
"""

page(
    id="xx-05", kind="government", lang="zh",
    head="南阳市生态环境局关于2024年5月份拟作出的建设项目环境影响评价文件审批意见的公示",
    title="南阳市生态环境局关于2024年5月份拟作出的建设项目环境影响评价文件审批意见的公示",
    authors=[],
    publish_time="2024年05月20日",
    css=CSS05,
    parts=[
        X("""<div class="t">您好，欢迎访问南阳市生态环境局网站！　<a href="#">无障碍</a>　<a href="#">关怀版</a>　<a href="#">繁體</a></div>
<div class="logo">南阳市生态环境局<span>Nanyang Municipal Bureau of Ecology and Environment</span></div>""" +
          nav(["首页", "机构概况", "新闻动态", "信息公开", "环评管理", "环境监测", "执法监督", "公众参与"]) + """
<div class="pos">当前位置：首页 &gt; 信息公开 &gt; 环评管理 &gt; 审批公示 &gt; 正文</div>
<div class="art"><h1>南阳市生态环境局关于2024年5月份拟作出的建设项目环境影响评价文件审批意见的公示</h1>
<div class="sj">发布日期：2024年05月20日　　来源：行政审批科　　阅读：386次</div>"""),
        P("根据建设项目环境影响评价审批程序的有关规定，经审查，我局拟对下列建设项目环境影响评价文件作出审批意见。为保证审批工作的严肃性和公正性，现将拟作出审批意见的环境影响评价文件基本情况予以公示，公示期为2024年5月21日至2024年5月27日（5个工作日）。", indent="　　"),
        T([
            ["序号", "项目名称", "建设地点", "建设单位", "环评机构"],
            ["1", "年产2万吨新型建筑材料项目", "镇平县产业集聚区", "南阳市豫宛新材料有限公司", "河南中环卓信环保科技有限公司"],
            ["2", "宛城区生活垃圾转运站提升改造项目", "宛城区汉冶街道", "南阳市宛城区城市管理局", "南阳绿源环境工程有限公司"],
            ["3", "10万头生猪养殖场扩建项目", "唐河县桐寨铺镇", "唐河县丰牧农业发展有限公司", "河南清源环境咨询有限公司"],
        ]),
        P("听证权利告知：依据《中华人民共和国行政许可法》，自公示起五日内申请人、利害关系人可提出听证申请。", indent="　　"),
        P("公示期间，公众可通过信函、电话、电子邮件等方式反映与建设项目环境影响评价审批有关的意见和建议。联系电话：0377-6316xxxx；通讯地址：南阳市卧龙区滨河路1669号，邮政编码：473000。", indent="　　"),
        P("南阳市生态环境局", attrs='class="r"'),
        P("2024年5月20日", attrs='class="r"'),
        X("""</div>
<div class="second"><h3>南阳市生态环境局关于《2024年4月份建设项目环境影响评价文件批复决定的公告》的更正公告</h3>
<div class="sj" style="text-align:center;font-size:12px;color:#777">发布日期：2024年05月16日</div>
<p>　　我局于2024年5月10日发布的《2024年4月份建设项目环境影响评价文件批复决定的公告》中，第2项“新野县纺织印染园区污水处理厂提标项目”批复文号有误，应为“宛环审〔2024〕41号”，特此更正。</p>
<p style="text-align:right">南阳市生态环境局<br>2024年5月16日</p></div>
<div class="art">【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>
<div class="ft">版权所有：南阳市生态环境局　地址：南阳市卧龙区滨河路1669号<br>网站标识码：4113000037　<a href="#">豫ICP备10204467号</a>　豫公网安备 41130302000212号<br>技术支持：南阳市信息中心　""" + img("政府网站找错") + "</div>"),
    ],
)


# --------------------------------------------------------------------------- xx-06
# 山东 county 领导活动 with a gov-site video player (controls as text) above the
# text; two 记者 in the info bar (one spaced); 责任编辑/审核 at the end.
CSS06 = """
body{margin:0;font-family:"Microsoft YaHei";background:#fafafa;color:#333}
.top{height:34px;line-height:34px;background:#fff;border-bottom:1px solid #eee;font-size:13px;padding:0 15%}
.top .r{float:right}.top a{margin-left:12px;color:#333}
.banner{background:#c62828;color:#fff;padding:28px 15%;font-size:34px;letter-spacing:4px}
.nav ul{list-style:none;margin:0;padding:0 15%;background:#a31f1f;display:flex}.nav a{color:#fff;display:block;padding:12px 24px}
.wrap{margin:16px 15%;background:#fff;padding:24px 40px;box-shadow:0 0 4px #ddd}
.wrap .pos{font-size:13px;color:#999}
h1{font-size:26px;text-align:center;color:#222}
.info{display:flex;justify-content:center;gap:18px;font-size:13px;color:#999;margin-bottom:16px}
.player{background:#000;color:#ccc;height:60px;display:flex;align-items:flex-end;gap:14px;padding:0 12px 8px;font-size:12px}
.text{font-size:17px;line-height:2}
.ed{color:#999;font-size:14px;text-align:right}
.foot{background:#333;color:#aaa;font-size:12px;text-align:center;padding:18px;line-height:2}
"""

page(
    id="xx-06", kind="government", lang="zh",
    head="孟庆林到黄集镇调研乡村振兴和防汛备汛工作_郓城县人民政府",
    title="孟庆林到黄集镇调研乡村振兴和防汛备汛工作",
    authors=["刘洋", "赵文博"],
    publish_time="2024-05-09 18:42",
    css=CSS06,
    parts=[
        X("""<div class="top">郓城县人民政府欢迎您！<span class="r"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁體</a><a href="#">微信</a><a href="#">微博</a></span></div>
<div class="banner">郓城县人民政府</div>""" + nav(["首页", "郓城概况", "政务要闻", "领导之窗", "信息公开", "政务服务", "政民互动"]) + """
<div class="wrap"><div class="pos">您所在的位置：<a href="#">首页</a> &gt; <a href="#">政务要闻</a> &gt; <a href="#">领导活动</a> &gt; 正文</div>
<h1>孟庆林到黄集镇调研乡村振兴和防汛备汛工作</h1>
<div class="info"><span>来源：郓城县融媒体中心</span><span>2024-05-09 18:42</span><span>记者：刘&nbsp;&nbsp;洋&nbsp;赵文博</span><span>【字号 <a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="player">""" + img("视频封面") + """<span>▶ 播放</span><span>00:00 / 02:36</span><span>静音</span><span>高清</span><span>1.0x</span><span>全屏</span></div>
<div class="text">"""),
        PS([
            "5月9日，县委书记孟庆林到黄集镇调研乡村振兴和防汛备汛工作。他强调，要坚持以党建引领乡村振兴，统筹抓好产业发展和安全生产，扎实做好汛前各项准备，确保群众安全度汛。",
            "在黄集镇蔬菜产业园，孟庆林走进大棚，详细了解西红柿、辣椒等蔬菜的种植规模、销售渠道和带动群众增收情况。他指出，要发挥龙头企业和合作社作用，推广“合作社+基地+农户”模式，完善冷链仓储设施，让群众在产业链上稳定增收。",
            "在宋金河黄集段，孟庆林察看河道清淤、堤防加固和排涝泵站运行情况，听取防汛物资储备和应急预案编制情况汇报。他强调，今年汛期可能出现极端天气，各级各部门要树牢底线思维，落实防汛责任制，对河道、塘坝、危房等重点部位开展拉网式排查，发现隐患立即整改；要加强值班值守和预警信息发布，确保一旦发生险情能够快速响应、科学处置。",
            "调研中，孟庆林还到黄集镇便民服务中心，与工作人员和办事群众交流，了解“一窗受理、集成服务”改革推进情况。",
            "县领导张建军、王秀芬参加调研。",
        ], indent="　　"),
        X("""</div>
<p class="ed">责任编辑：孙　晓　　审核：马春雷</p>
<div>上一条：<a href="#">县政府召开常务会议</a><br>下一条：<a href="#">我县召开2024年安全生产月活动动员会</a></div>
<div>【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div></div>
<div class="foot">主办：郓城县人民政府办公室　承办：郓城县大数据中心<br>网站标识码：3717250010　<a href="#">鲁ICP备12023416号</a>　鲁公网安备 37172502000045号<br>地址：郓城县金河路与郓州街交叉口　电话：0530-6580xxx</div>"""),
    ],
)


# --------------------------------------------------------------------------- xx-07
# 湖北 city government: a speech, split over three pages; this is page 1.
CSS07 = """
body{margin:0;font:16px/1.9 "宋体";color:#222;background:#f0e9dd}
.wrap{width:1000px;margin:0 auto;background:#fff}
.top{background:#8b1a1a;color:#f7e3b5;padding:6px 20px;font-size:12px}
.top a{color:#f7e3b5}
.ban{height:120px;background:#a52a2a;color:#fff;font-size:38px;line-height:120px;padding-left:40px}
.menu{background:#6d1414;padding:8px 20px}.menu a{color:#fff;margin-right:26px}
.crumb{padding:10px 20px;font-size:13px;background:#f7f0e6}
.article{padding:10px 70px 30px}
.article h1{text-align:center;font-size:24px;color:#8b1a1a}
.sub{text-align:center;font-family:"楷体",KaiTi}
.bar{text-align:center;font-size:13px;color:#888;border-top:1px solid #e5d6c0;border-bottom:1px solid #e5d6c0;margin:10px 0}
.pages{text-align:center;margin:20px 0}.pages a,.pages span{margin:0 4px;border:1px solid #ccc;padding:2px 8px}
.ft{background:#6d1414;color:#e8d3b0;text-align:center;font-size:12px;padding:14px;line-height:2}
"""

page(
    id="xx-07", kind="government", lang="zh",
    head="在全市优化营商环境工作推进会上的讲话 - 孝感市人民政府",
    title="在全市优化营商环境工作推进会上的讲话",
    authors=["熊立新"],
    publish_time="2024-03-12",
    css=CSS07,
    parts=[
        X("""<div class="wrap"><div class="top">今天是2024年3月12日　<a href="#">无障碍</a> | <a href="#">关怀版</a> | <a href="#">繁体</a> | <a href="#">English</a></div>
<div class="ban">孝感市人民政府</div>
<div class="menu"><a href="#">首页</a><a href="#">孝感概况</a><a href="#">政务动态</a><a href="#">领导之窗</a><a href="#">政府信息公开</a><a href="#">办事服务</a><a href="#">互动交流</a></div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">领导之窗</a> &gt; <a href="#">领导讲话</a></div>
<div class="article"><h1>在全市优化营商环境工作推进会上的讲话</h1>
<p class="sub">（2024年3月8日）</p>
<p class="sub">熊立新</p>
<div class="bar">发布时间：2024-03-12　来源：市政府办公室　浏览次数：2103　【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>"""),
        P("同志们："),
        PS([
            "今天召开全市优化营商环境工作推进会，主要任务是总结去年工作，分析当前形势，部署今年优化营商环境重点任务。刚才，市发改委通报了2023年度营商环境评价情况，三个县（市、区）和两个部门作了交流发言，讲得都很好，我都同意。下面，我讲三点意见。",
        ], indent="　　"),
        H("一、清醒看到我市营商环境的成绩与差距", tag="p", attrs='style="font-weight:bold;font-family:黑体"'),
        PS([
            "过去一年，全市上下把优化营商环境作为“一把手”工程，改革力度之大、推进速度之快前所未有。企业开办时间压缩至1个工作日以内，工程建设项目审批时间压缩至平均38个工作日，“高效办成一件事”首批12个事项全部落地，全市新增经营主体5.7万户，同比增长11.2%。",
            "成绩来之不易，但我们也要清醒地看到，与先进地区相比，与企业和群众的期盼相比，我市营商环境还存在不少短板。有的部门服务意识不强，“门好进、脸好看”，但“事难办”的问题依然存在；有的政策落实“最后一公里”没有打通，企业对惠企政策知晓率不高、兑现周期偏长；有的地方涉企检查多头重复，干扰了企业正常生产经营。对这些问题，我们必须正视，下大力气加以解决。",
        ], indent="　　"),
        H("二、聚焦重点抓好今年各项改革任务", tag="p", attrs='style="font-weight:bold;font-family:黑体"'),
        P("　　今年是优化营商环境的攻坚之年。我们要对标国内一流水平，重点在以下四个方面发力。"),
        X("""<div class="pages"><span>第1页</span><a href="#">第2页</a><a href="#">第3页</a><a href="#">下一页</a><a href="#">尾页</a></div>
<div style="font-size:13px;color:#888">【<a href="#">打印本页</a>】　【<a href="#">关闭窗口</a>】</div>
<div style="font-size:13px">相关文章：<br><a href="#">孝感市2024年优化营商环境工作要点</a><br><a href="#">市政府召开优化营商环境工作专题会</a></div>
</div>
<div class="ft">主办：孝感市人民政府办公室　承办：孝感市政务服务和大数据管理局<br>网站标识码：4209000004　<a href="#">鄂ICP备05003318号</a>　鄂公网安备 42090202000117号</div></div>"""),
    ],
)


# --------------------------------------------------------------------------- xx-08
# 江西 county 通报 with a body table; 文号 not body; 2015-era layout with the info
# bar glued together.
CSS08 = """
body{margin:0;background:#dfe7f0 ;font:12px/1.8 "宋体"}
#main{width:980px;margin:0 auto;background:#fff}
#top{background:#0f4c81;color:#fff;height:100px;font:bold 30px/100px "黑体";padding-left:30px}
#menu{background:#e9eef5;padding:6px 20px;font-size:14px}#menu a{margin-right:18px}
.dqwz{padding:6px 20px;border-bottom:1px solid #0f4c81}
.bt{font:bold 20px/1.6 "宋体";text-align:center;color:#0f4c81;margin-top:16px}
.xx{text-align:center;color:#666;padding:6px;background:#f4f6f9}
.nr{padding:10px 40px;font-size:16px;line-height:2}
.nr table{border-collapse:collapse;margin:0 auto;font-size:14px}.nr td{border:1px solid #000;padding:3px 8px;text-align:center}
.foot{border-top:3px solid #0f4c81;text-align:center;padding:10px;color:#555}
"""

page(
    id="xx-08", kind="government", lang="zh",
    head="关于2024年第一季度政务服务“好差评”情况的通报",
    title="关于2024年第一季度政务服务“好差评”情况的通报",
    authors=[],
    publish_time="2024-04-15 10:20:33",
    css=CSS08,
    parts=[
        X("""<div id="main"><div style="text-align:right;padding:2px 10px"><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">繁体版</a> | <a href="#">移动版</a></div>
<div id="top">婺源县人民政府</div>
<div id="menu"><a href="#">首页</a><a href="#">婺源概况</a><a href="#">要闻动态</a><a href="#">信息公开</a><a href="#">网上办事</a><a href="#">公众参与</a><a href="#">旅游婺源</a>
<input type="text" placeholder="输入关键字"><input type="submit" value="检索"></div>
<div class="dqwz">当前位置：<a href="#">首页</a>&gt;<a href="#">信息公开</a>&gt;<a href="#">县行政审批局</a>&gt;<a href="#">通知公告</a></div>
<div class="bt">关于2024年第一季度政务服务“好差评”情况的通报</div>
<div class="xx">发布时间：2024-04-15 10:20:33信息来源：县行政审批局访问量：[579]【字体：<a href="#">大</a><a href="#">中</a><a href="#">小</a>】</div>
<div class="nr">
<p align="center">婺审批字〔2024〕9号</p>"""),
        P("各乡（镇）人民政府，县直各有关单位："),
        PS([
            "为进一步提升政务服务质量，根据《江西省政务服务“好差评”管理办法》，县行政审批局对2024年第一季度全县政务服务“好差评”情况进行了统计分析，现将有关情况通报如下。",
        ], indent="　　"),
        H("　　一、总体情况", tag="p"),
        P("　　第一季度，全县各级政务服务窗口共收到办事群众评价41268条，其中“非常满意”39874条，“满意”1203条，“基本满意”152条，“不满意”和“非常不满意”合计39条，好评率99.54%，较上季度提高0.21个百分点。差评已全部完成回访整改，整改率100%。"),
        H("　　二、评价排名", tag="p"),
        P("　　县级部门评价数量和好评率排名前五位的单位如下："),
        T([
            ["排名", "单位", "评价数（条）", "好评率"],
            ["1", "县社保中心", "6842", "99.91%"],
            ["2", "县不动产登记中心", "5317", "99.85%"],
            ["3", "县税务局", "4926", "99.80%"],
            ["4", "县公安局出入境窗口", "2135", "99.77%"],
            ["5", "县市场监管局", "1988", "99.70%"],
        ]),
        H("　　三、存在问题及下一步要求", tag="p"),
        P("　　从差评内容看，主要集中在窗口等候时间长、一次性告知不到位、网上办事系统操作不便等方面。各单位要认真对照差评问题，举一反三抓好整改；要主动引导办事群众开展评价，确保评价覆盖率不低于95%；对差评要在1个工作日内回访核实，5个工作日内整改反馈。县行政审批局将把“好差评”结果纳入年度绩效考核。"),
        P("婺源县行政审批局", attrs='align="right"'),
        P("2024年4月12日", attrs='align="right"'),
        X("""</div>
<div style="padding:0 40px"><a href="#">【打印此页】</a> <a href="#">【关闭窗口】</a></div>
<div class="foot">主办：婺源县人民政府　承办：婺源县人民政府办公室　技术支持：婺源县信息中心<br>
网站标识码：3611300001　<a href="#">赣ICP备09004567号</a>　赣公网安备 36113002000066号<br>建议使用1024×768分辨率 IE8.0以上浏览器浏览</div></div>"""),
    ],
)


# --------------------------------------------------------------------------- xx-09
# 河南 street office (街道) on a district portal, 2025 design; "听全文" audio
# player; 文/图 credits; sub-headings in 【】.
CSS09 = """
:root{--c:#c0392b}
body{margin:0;font-family:system-ui,"PingFang SC";color:#2b2b2b;background:#fff}
header{display:flex;justify-content:space-between;align-items:center;padding:14px 8%;border-bottom:1px solid #eee}
header .brand{font-size:24px;font-weight:700;color:var(--c)}
header .tools a{margin-left:14px;font-size:14px;color:#555}
.nav ul{display:flex;list-style:none;margin:0;padding:0 8%;gap:28px;border-bottom:3px solid var(--c)}.nav a{display:block;padding:12px 0;color:#333}
main{max-width:820px;margin:0 auto;padding:20px}
.bc{font-size:13px;color:#999}
h1{font-size:30px;line-height:1.4;margin:18px 0 10px}
.meta{font-size:14px;color:#888;display:flex;flex-wrap:wrap;gap:16px}
.audio{display:flex;align-items:center;gap:12px;background:#f6f6f6;border-radius:24px;padding:8px 16px;margin:16px 0;font-size:13px;color:#666}
.credit{color:#666;font-size:15px}
article p{font-size:18px;line-height:1.9}
article h4{color:var(--c);font-size:18px}
.ed{color:#aaa;font-size:14px}
footer{background:#2b2b2b;color:#999;font-size:13px;padding:24px 8%;line-height:2}
"""

page(
    id="xx-09", kind="government", lang="zh",
    head="天津路街道：“小巷管家”上岗 老旧小区治理有了新帮手 - 洛阳市涧西区人民政府",
    title="天津路街道：“小巷管家”上岗 老旧小区治理有了新帮手",
    authors=["刘芳"],
    publish_time="2025-03-18 16:05",
    css=CSS09,
    parts=[
        X("""<header><div class="brand">洛阳市涧西区人民政府</div><div class="tools"><a href="#">长者模式</a><a href="#">无障碍</a><a href="#">繁</a><a href="#">登录</a>
<input type="search" placeholder="搜索"></div></header>""" + nav(["首页", "涧西概况", "政务动态", "信息公开", "政务服务", "街道风采", "互动交流"]) + """
<main><div class="bc">当前位置：首页 › 政务动态 › 街道风采 › 正文</div>
<h1>天津路街道：“小巷管家”上岗 老旧小区治理有了新帮手</h1>
<div class="meta"><span>2025-03-18 16:05</span><span>来源：天津路街道办事处</span><span>浏览量：1.1万</span></div>
<div class="audio"><span>🔊 听全文</span><span>▶</span><span>00:00 / 03:12</span><span>倍速 1.0X</span><span>语音由AI合成</span></div>
<p class="credit">文/ 刘&nbsp;&nbsp;芳　图/ 张凯</p>
<article>"""),
        PS([
            "“楼道里的电动车清走了，墙上的小广告也没了，现在回家心情都好了。”3月17日，家住天津路街道青岛路社区的王阿姨说。变化的背后，是一支由退休党员、楼栋长和热心居民组成的“小巷管家”队伍。",
            "天津路街道辖区老旧小区多，不少小区没有物业，环境卫生、车辆停放、矛盾纠纷等问题长期困扰居民。今年以来，街道在12个社区推行“小巷管家”制度，首批招募“小巷管家”236名，每人认领一条小巷或一个楼院，每天巡查，发现问题随手解决，解决不了的通过“网格通”小程序上报。",
        ]),
        H("【一支队伍管到底】", tag="h4"),
        P("街道为“小巷管家”统一配发工作马甲和巡查手册，明确“巡、记、报、调、督”五项职责。网格员接单后2小时内响应，一般问题当天办结，复杂问题由社区“吹哨”、职能部门“报到”联合处置。截至目前，“小巷管家”累计上报问题1127件，办结率97.6%。"),
        H("【一本台账晒出来】", tag="h4"),
        P("每个月，社区都会在居民议事会上“晒”出“小巷管家”的工作台账：清理楼道杂物多少处、调解邻里纠纷几起、居民满意度多少，让大家看得见、评得着。南昌路社区“小巷管家”老李说：“居民信任我们，我们就要把事办好。”"),
        H("【一套机制激活力】", tag="h4"),
        P("街道还建立“积分超市”激励机制，“小巷管家”参与巡查、调解可获得积分，兑换生活用品或体检服务。下一步，天津路街道将把“小巷管家”经验向辖区所有老旧小区推广，推动基层治理由“独唱”变“合唱”。"),
        X("""</article>
<p class="ed">编辑：宋佳琪　　审核：韩　冬　　终审：徐振华</p>
<p class="ed">扫一扫在手机上查看当前页面 """ + img("二维码") + """</p>
<div>上一篇：<a href="#">长安路街道开展“学雷锋”志愿服务活动</a></div>
<div>下一篇：<a href="#">涧西区召开2025年城市更新工作推进会</a></div>
</main>
<footer>主办：洛阳市涧西区人民政府办公室　承办：涧西区融媒体中心<br>网站标识码：4103050001　<a href="#">豫ICP备13002246号-1</a>　豫公网安备 41030502000139号<br>""" + img("党政机关") + " " + img("政府网站找错") + "</footer>"),
    ],
)


# --------------------------------------------------------------------------- xx-10
# 山东 village 村务公开 on a town site: table of income/expenditure rows, signature
# and date; 监督电话 line body.
CSS10 = """
body{margin:0;background:#fdf8ef;font:14px/1.8 "Microsoft YaHei"}
.hd{background:#6b8e23;color:#fff;padding:20px 12%}
.hd b{font-size:28px}.hd span{float:right;font-size:13px}
.hd span a{color:#fff;margin-left:10px}
.nav ul{list-style:none;margin:0;padding:0 12%;background:#556b2f;display:flex}.nav a{color:#fff;padding:8px 18px;display:block}
.box{margin:14px 12%;background:#fff;border:1px solid #e0d6c0;padding:20px 40px}
.box .wz{color:#999;font-size:12px}
.box h2{text-align:center;font-size:21px}
.box .fb{text-align:center;color:#888;font-size:12px}
.box table{border-collapse:collapse;width:100%}.box td,.box th{border:1px solid #999;padding:3px 6px}
.ft{text-align:center;color:#777;font-size:12px;padding:16px}
"""

page(
    id="xx-10", kind="government", lang="zh",
    head="东河村2024年第一季度村级财务收支情况公开_稻田镇人民政府",
    title="东河村2024年第一季度村级财务收支情况公开",
    authors=[],
    publish_time="2024-04-10",
    css=CSS10,
    parts=[
        X("""<div class="hd"><b>寿光市稻田镇人民政府</b><span><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">返回寿光市政府网</a></span></div>""" +
          nav(["首页", "镇情概况", "政务公开", "村务公开", "便民服务", "党建园地"]) + """
<div class="box"><div class="wz">您当前的位置：首页 &gt; 村务公开 &gt; 东河村</div>
<h2>东河村2024年第一季度村级财务收支情况公开</h2>
<div class="fb">发布日期：2024-04-10　发布机构：稻田镇人民政府　浏览次数：214</div>"""),
        P("根据村务公开有关规定，现将东河村2024年第一季度村级财务收支情况公开如下，接受全体村民监督。", indent="　　"),
        T([
            ["项目", "金额（元）", "备注"],
            ["一、上季度结余", "186,420.35", "—"],
            ["二、本季度收入合计", "312,560.00", "—"],
            ["其中：集体土地发包收入", "245,000.00", "大棚用地承包费"],
            ["上级转移支付", "60,000.00", "村级运转经费"],
            ["其他收入", "7,560.00", "废旧物资处置"],
            ["三、本季度支出合计", "208,914.60", "—"],
            ["其中：村干部报酬", "54,000.00", "1—3月"],
            ["道路维修", "96,300.00", "村南生产路硬化"],
            ["环境卫生", "38,614.60", "保洁员工资及垃圾清运"],
            ["办公及水电费", "20,000.00", "—"],
            ["四、本季度结余", "290,065.75", "—"],
        ]),
        P("村民对公开内容如有疑问，可在公开之日起10日内向村务监督委员会反映。监督电话：0536-5231xxx（村务监督委员会），0536-5236xxx（镇经管站）。", indent="　　"),
        P("东河村村民委员会　东河村村务监督委员会", attrs='style="text-align:right"'),
        P("2024年4月8日", attrs='style="text-align:right"'),
        X("""<div style="margin-top:20px">【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>
<div style="margin-top:10px">上一条：<a href="#">东河村2023年第四季度村级财务收支情况公开</a><br>下一条：<a href="#">西河村2024年第一季度村级财务收支情况公开</a></div></div>
<div class="ft">主办：寿光市稻田镇人民政府　地址：寿光市稻田镇政府驻地　电话：0536-5231xxx<br>网站标识码：3707830019　鲁ICP备05038861号　鲁公网安备 37078302000187号</div>"""),
    ],
)


# --------------------------------------------------------------------------- xx-11
# 湖北 provincial department 批复: 文号 line not body, 主送 body, 署名/date body;
# an in-text 相关链接 box between body and signature is not body.
CSS11 = """
body{margin:0;font-family:"Microsoft YaHei";background:#eaf3fb;color:#333}
.head{background:#005bac;padding:20px 10%;color:#fff}
.head h1{margin:0;font-size:28px}.head p{margin:0;font-size:13px;opacity:.8}
.tl{background:#004b8f;padding:4px 10%;font-size:13px;color:#fff}.tl a{color:#fff;margin-right:14px}
.nav ul{list-style:none;margin:0;padding:0 10%;background:#fff;display:flex;border-bottom:1px solid #ccc}.nav a{display:block;padding:10px 18px;color:#005bac}
.c{margin:16px 10%;background:#fff;padding:24px 80px}
.c .dq{font-size:13px;color:#999}
.c h2{text-align:center;font-size:23px;color:#005bac}
.c .sx{display:flex;justify-content:space-between;font-size:13px;color:#999;border-bottom:1px solid #eee;padding-bottom:8px}
.c .zw{font:17px/2 "仿宋",FangSong}
.link{border:1px solid #9cc3e6;background:#f5faff;padding:8px 14px;margin:16px 0;font-size:14px}
.ft{background:#004b8f;color:#cde;font-size:12px;padding:16px 10%;line-height:2}
"""

page(
    id="xx-11", kind="government", lang="zh",
    head="湖北省水利厅关于襄阳市东津新区防洪排涝工程初步设计的批复",
    title="湖北省水利厅关于襄阳市东津新区防洪排涝工程初步设计的批复",
    authors=[],
    publish_time="2024-05-16 09:30",
    css=CSS11,
    parts=[
        X("""<div class="tl"><a href="#">无障碍</a><a href="#">关怀版</a><a href="#">繁体</a><a href="#">English</a> 2024年5月16日</div>
<div class="head"><h1>湖北省水利厅</h1><p>Department of Water Resources of Hubei Province</p></div>""" +
          nav(["首页", "机构设置", "水利要闻", "政府信息公开", "政务服务", "水利专题", "互动交流"]) + """
<div class="c"><div class="dq">当前位置：<a href="#">首页</a> » <a href="#">政府信息公开</a> » <a href="#">法定主动公开内容</a> » <a href="#">行政许可</a></div>
<h2>湖北省水利厅关于襄阳市东津新区防洪排涝工程初步设计的批复</h2>
<div class="sx"><span>文号：鄂水利复〔2024〕37号</span><span>发布时间：2024-05-16 09:30</span><span>信息来源：规划计划处</span><span>【<a href="#">打印</a>】</span></div>
<div class="zw">"""),
        P("襄阳市水利和湖泊局："),
        PS([
            "你局《关于审批襄阳市东津新区防洪排涝工程初步设计报告的请示》（襄水文〔2024〕22号）收悉。经研究，批复如下：",
            "一、为提高东津新区防洪排涝能力，保障区域防洪安全，原则同意所报工程初步设计报告。工程防洪标准为100年一遇，排涝标准为20年一遇24小时暴雨不受淹。",
            "二、同意工程主要建设内容：新建和加固堤防8.42公里，新建排涝泵站2座、总装机容量3600千瓦，疏挖排涝港渠12.6公里，配套建设穿堤建筑物及管理设施。",
            "三、核定工程概算总投资41826万元，其中工程部分投资37954万元，建设征地移民补偿投资2618万元，环境保护和水土保持投资1254万元。",
            "四、请你局督促项目法人严格执行基本建设程序，落实项目法人责任制、招标投标制、建设监理制和合同管理制，加强质量与安全管理，确保工程如期发挥效益。",
            "五、工程建设中如需进行重大设计变更，应按规定程序报批。",
        ], indent="　　"),
        X("""<div class="link">【相关链接】<a href="#">湖北省水利厅关于进一步加强水利工程建设管理的通知</a>　<a href="#">襄阳市东津新区防洪规划（2021—2035年）</a></div>"""),
        P("湖北省水利厅", attrs='style="text-align:right"'),
        P("2024年5月11日", attrs='style="text-align:right"'),
        X("""</div>
<div style="font-size:13px;color:#888">扫一扫在手机打开当前页 """ + img("二维码") + """</div></div>
<div class="ft">主办：湖北省水利厅　地址：武汉市武昌区中北路170号　邮编：430071<br>网站标识码：4200000045　<a href="#">鄂ICP备05003271号</a>　鄂公网安备 42010602000419号</div>"""),
    ],
)


# --------------------------------------------------------------------------- xx-12
# 江西 city government 在线访谈 (Q&A transcript) with a video player and a
# 访谈简介 box; no writer.
CSS12 = """
body{margin:0;font-family:"Microsoft YaHei";background:#f2f2f2}
.top{background:#fff;padding:6px 10%;font-size:12px;color:#888;text-align:right}.top a{margin-left:12px}
.logo{background:#b71c1c;color:#fff;font-size:30px;padding:22px 10%}
.nav ul{list-style:none;margin:0;padding:0 10%;background:#8e0000;display:flex}.nav a{display:block;color:#fff;padding:10px 20px}
.box{margin:14px 10%;background:#fff;padding:20px 40px}
.box .w{font-size:13px;color:#999}
h1{text-align:center;font-size:24px}
.meta{text-align:center;font-size:13px;color:#999}
.vp{background:#111;color:#ddd;padding:120px 20px 10px;font-size:12px;display:flex;gap:16px}
.intro{background:#fff7e6;border:1px solid #f5d9a8;padding:10px 20px;margin:14px 0;font-size:14px}
.tr p{font-size:16px;line-height:1.9}
.tr .h{color:#b71c1c}
.ft{text-align:center;font-size:12px;color:#777;padding:16px;line-height:2}
"""

page(
    id="xx-12", kind="government", lang="zh",
    head="在线访谈：解读《九江市城区停车设施建设管理办法》- 九江市人民政府",
    title="解读《九江市城区停车设施建设管理办法》",
    authors=[],
    publish_time="2024-06-19 09:00",
    css=CSS12,
    parts=[
        X("""<div class="top"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁體</a><a href="#">手机版</a></div>
<div class="logo">九江市人民政府</div>""" + nav(["首页", "政务动态", "信息公开", "政务服务", "政民互动", "在线访谈", "数据发布"]) + """
<div class="box"><div class="w">当前位置：<a href="#">首页</a> &gt; <a href="#">政民互动</a> &gt; <a href="#">在线访谈</a></div>
<h1>解读《九江市城区停车设施建设管理办法》</h1>
<div class="meta">发布时间：2024-06-19 09:00　来源：市政府办公室　【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="vp"><span>▶</span><span>00:00</span><span>/</span><span>28:45</span><span>音量</span><span>画质：标清</span><span>全屏</span></div>
<div class="intro"><b>访谈简介</b><br>访谈时间：2024年6月18日 15:00<br>访谈嘉宾：九江市城市管理局党组成员、副局长 杨志刚<br>主持人：九江广播电视台 陈露<br>
<b>访谈摘要</b>：《九江市城区停车设施建设管理办法》将于7月1日起施行，停车难问题如何破解？新建小区车位如何配建？请听嘉宾详解。</div>
<div class="tr"><p class="h"><b>【文字实录】</b></p>"""),
        PS([
            "主持人：各位网友大家好，欢迎收看本期在线访谈。今天我们邀请到市城市管理局副局长杨志刚，为大家解读《九江市城区停车设施建设管理办法》。杨局长，您好！",
            "杨志刚：主持人好，各位网友大家好！",
            "主持人：首先请您介绍一下，《办法》出台的背景是什么？",
            "杨志刚：近年来，我市机动车保有量快速增长，目前中心城区机动车已超过62万辆，而经营性和公共停车泊位只有约19万个，停车供需矛盾日益突出。为规范停车设施规划、建设和管理，我们起草了《办法》，经市政府常务会议审议通过，将于今年7月1日起施行。",
            "主持人：市民最关心的是新建小区的车位够不够。《办法》对配建标准有什么规定？",
            "杨志刚：《办法》明确，新建住宅项目按照每户不少于1.2个车位的标准配建停车泊位，其中建筑面积144平方米以上的住宅每户不少于1.5个；配建的停车泊位应当全部建设或者预留充电基础设施安装条件。",
            "主持人：对于老城区停车难，有哪些措施？",
            "杨志刚：我们鼓励利用边角地、闲置地建设临时停车场，支持机关、企事业单位在夜间和节假日向社会开放内部停车场，推动错时共享。今年计划新增公共停车泊位8000个以上。",
            "主持人：感谢杨局长的解读，本期访谈到此结束，谢谢大家！",
        ]),
        X("""</div>
<div style="font-size:13px;color:#999;margin-top:12px">责任编辑：周媛　　<a href="#">【打印】</a> <a href="#">【关闭】</a></div>
<div style="font-size:13px;margin-top:8px">往期访谈：<a href="#">解读《九江市养老服务条例》</a>　<a href="#">2024年九江市民生实事项目解读</a></div></div>
<div class="ft">主办：九江市人民政府办公室　承办：九江市信息中心　网站标识码：3604000007<br><a href="#">赣ICP备05004432号</a>　赣公网安备 36040202000093号</div>"""),
    ],
)
