"""xl-01 … xl-12: government portals, departments, 街道/乡镇, 村 (湖北, 安徽, 江西, 重庆)."""
from kit import Page, P, H, Q, LI, BRS, TBL, G, X, FIG, doc, esc, links, ul, GIF
from furniture import (topbar_gov, searchbox, nav, crumb, qr, related, prevnext, gov_footer, ad)

NL = "\n"

CSS_GOV_2024 = """
body{margin:0;font-family:"Microsoft YaHei",sans-serif;color:#333;background:#f3f5f8}
.w{width:1200px;margin:0 auto}
.topbar{background:#eef2f7;font-size:13px;line-height:34px}.topbar .tools{float:right}
.topbar a{color:#555;text-decoration:none;margin:0 4px}
.header{background:#0b5fae;color:#fff;height:120px}.header .logo{font-size:34px;line-height:120px}
.search{float:right;margin-top:-80px}.search input{width:260px;height:34px}
.nav ul{list-style:none;margin:0;padding:0;background:#0a4f91;display:flex}
.nav li{flex:1;text-align:center;line-height:48px}.nav a{color:#fff;text-decoration:none}
.crumb{font-size:14px;padding:14px 0;color:#666}
.main{background:#fff;padding:30px 50px}
.xxgk{border:1px solid #d6e0ec;background:#f8fbff;margin-bottom:24px}
.xxgk td{padding:6px 12px;font-size:14px}.xxgk .k{color:#0b5fae;white-space:nowrap}
h1.title{font-size:28px;text-align:center;color:#0b3d75;line-height:1.5}
.info{text-align:center;color:#888;font-size:14px;border-bottom:1px dashed #ccc;padding-bottom:12px}
.info span{margin:0 10px}
.docno{text-align:center;margin:18px 0}
.content{font-size:16px;line-height:2}.content p{margin:0 0 10px;text-indent:2em}
.content .r{text-align:right}.content .nind{text-indent:0}
.content .tb{border-collapse:collapse;margin:0 auto}.content .tb td,.content .tb th{border:1px solid #999;padding:4px 10px}
.attach{margin:20px 0;padding:12px;background:#f7f7f7}
.tools-b{text-align:right;font-size:14px;margin:20px 0}
.share{margin:10px 0;font-size:14px}
.related h3{border-bottom:2px solid #0b5fae;font-size:18px}.related li span{float:right;color:#999}
.qr{width:120px;text-align:center;font-size:12px}
.footer{background:#0a4f91;color:#dce6f2;font-size:13px;text-align:center;padding:20px 0;line-height:2}
"""


# ------------------------------------------------------------------ xl-01
def tpl_01(p):
    body = p.body_html()
    return doc(p.title + "_湖北省农业农村厅", CSS_GOV_2024, f"""
{topbar_gov('您好，欢迎访问湖北省农业农村厅门户网站！今天是：2024年03月12日 星期二', ('无障碍浏览', '长者模式', '繁體', 'English', '微博', '微信'))}
<div class="header"><div class="w"><div class="logo"><img alt="湖北省农业农村厅"> 湖北省农业农村厅</div>
{searchbox('请输入您要搜索的内容', '搜 索')}</div></div>
{nav(['首页', '机构概况', '新闻中心', '政府信息公开', '政务服务', '互动交流', '专题专栏', '数据发布'])}
<div class="w">
{crumb(['首页', '政府信息公开', '法定主动公开内容', '通知公告', '正文'])}
<div class="main">
<table class="xxgk">
<tr><td class="k">索引号：</td><td>011043127/2024-03126</td><td class="k">分类：</td><td>畜牧兽医；通知</td></tr>
<tr><td class="k">发布机构：</td><td>湖北省农业农村厅</td><td class="k">发文日期：</td><td>2024-03-08</td></tr>
<tr><td class="k">文号：</td><td>鄂农办发〔2024〕17号</td><td class="k">主题词：</td><td>动物疫病 免疫</td></tr>
<tr><td class="k">名称：</td><td colspan="3">省农业农村厅办公室关于做好2024年春季动物疫病集中免疫工作的通知</td></tr>
</table>
<h1 class="title">{p.title}</h1>
<div class="info"><span>发布时间：{p.time}</span><span>来源：畜牧兽医处</span><span>浏览次数：1873</span><span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="docno">鄂农办发〔2024〕17号</div>
<div class="content">
{body}
</div>
<div class="attach"><p>附件下载：</p><p><a href="#">2024年春季动物疫病集中免疫进度统计表.xlsx</a></p></div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="tools-b">【<a href="#">打印本页</a>】 【<a href="#">关闭窗口</a>】</div>
{related('相关文章', [('省农业农村厅部署春季动物疫病集中免疫工作', '2024-03-05'),
                      ('关于做好2023年秋季动物疫病集中免疫工作的通知', '2023-09-11'),
                      ('全省春季动物疫病集中免疫进度通报（第一期）', '2024-03-29'),
                      ('动物疫病集中免疫“十问十答”', '2024-03-14')])}
{qr('扫一扫在手机打开当前页')}
</div></div>
{gov_footer(['主办：湖北省农业农村厅　承办：湖北省农业农村厅信息中心',
             '地址：武汉市武昌区民主路518号　邮编：430071　联系电话：027-87665301',
             '网站标识码：4200000136　<a href="#">鄂ICP备05006417号-1</a>　<img src="' + GIF + '" alt="" width="1" height="1">鄂公网安备 42010602000871号',
             '建议使用1920×1080分辨率浏览本网站'])}
""")


P01 = Page(
    "xl-01", "government", "湖北省农业农村厅（省级部门门户）",
    "省农业农村厅办公室关于做好2024年春季动物疫病集中免疫工作的通知",
    [], "2024-03-12 15:20",
    [
        P("各市、州、直管市、神农架林区农业农村局：", '<p class="nind">{}</p>'),
        P("为切实做好春季重大动物疫病防控工作，有效降低疫病发生风险，保障畜牧业生产安全和畜产品质量安全，根据全国动物疫病强制免疫计划和全省畜牧兽医工作要点，现就做好2024年春季动物疫病集中免疫工作通知如下。"),
        H("一、明确免疫范围和时间", '<p><strong>{}</strong></p>'),
        P("春季集中免疫自3月15日开始，4月30日前结束，5月上旬开展免疫效果监测评估。免疫病种为高致病性禽流感、口蹄疫、小反刍兽疫，布鲁氏菌病和包虫病在限定区域内实施。各地要对存栏畜禽逐村逐户、逐场逐栏登记，做到应免尽免、不留空当。"),
        H("二、压实各方责任", '<p><strong>{}</strong></p>'),
        P("各级农业农村部门要把集中免疫作为春季防疫的重点任务，主要负责同志要亲自部署、靠前调度。规模养殖场要落实自主免疫主体责任，建立免疫档案；散养户免疫由乡镇畜牧兽医站组织村级防疫员实施。实行“先打后补”的养殖场，应在免疫完成后10个工作日内提交补助申请。"),
        H("三、强化疫苗管理", '<p><strong>{}</strong></p>'),
        P("各地要加强疫苗冷链运输和储存管理，严格执行出入库登记制度，确保疫苗质量可追溯。重点做好以下工作："),
        LI(["（一）疫苗到货后24小时内完成验收入库；",
            "（二）乡镇冷链设备每日上午、下午各记录一次温度；",
            "（三）过期、失效疫苗及包装废弃物按规定集中无害化处理。"], tag="div", item_fmt="<p>{}</p>"),
        H("四、及时报送进度", '<p><strong>{}</strong></p>'),
        P("集中免疫期间实行进度周报制度，各市州于每周四下班前通过动物防疫信息系统报送免疫进度，4月30日前报送工作总结。对工作推进缓慢、免疫密度达不到要求的地区，省农业农村厅将予以通报。"),
        P("联系人：畜牧兽医处 李俊峰，电话：027-87665342"),
        P("附件：2024年春季动物疫病集中免疫进度统计表"),
        P("湖北省农业农村厅办公室", '<p class="r">{}</p>'),
        P("2024年3月8日", '<p class="r">{}</p>'),
        P("（此件公开发布）"),
    ],
    tpl_01,
    features="省级部门集约化页面（2024）；信息公开元数据表（发文日期≠发布时间）；文号行在正文上方（不入正文）；主送、署名、成文日期入正文；列表；附件下载链接；相关文章重复标题词。",
)


# ------------------------------------------------------------------ xl-02
CSS_GOV_2020 = """
body{margin:0;font:14px/1.6 "微软雅黑",Arial;background:#fff;color:#222}
.w{width:1180px;margin:0 auto}
.top{background:#f5f5f5;border-bottom:1px solid #e5e5e5;height:36px;line-height:36px;font-size:13px}
.top .l{float:left}.top .r{float:right}.top a{color:#666;margin-left:12px}
.top select{height:24px}
.banner{height:140px;background:#c8161d;color:#fff}.banner h2{font-size:36px;margin:0;line-height:140px}
.banner .search{float:right;margin-top:-90px}
.menu{background:#a90f15}.menu ul{margin:0;padding:0;list-style:none;overflow:hidden}
.menu li{float:left;width:11.1%;text-align:center;line-height:50px}.menu a{color:#fff;font-size:17px}
.pos{padding:12px 0;border-bottom:1px solid #eee}
.art{padding:30px 80px}.art h1{text-align:center;font-size:26px;color:#c8161d}
.art .meta{text-align:center;color:#999;font-size:13px;background:#f7f7f7;line-height:36px}
.art .txt p{font-size:17px;line-height:2;text-indent:2em;margin:0 0 12px}
.pic{text-align:center}.pic-cap{text-indent:0!important;text-align:center;color:#555;font-size:15px!important}
.txt ol{padding-left:2em}
.func{overflow:hidden;border-top:1px solid #eee;padding:12px 0}.func .share{float:left}.func .pr{float:right}
.prevnext p{margin:6px 0}
.related{margin-top:20px}.related h3{border-left:4px solid #c8161d;padding-left:10px}
.related li{line-height:32px;border-bottom:1px dotted #ddd}.related li span{float:right;color:#999}
.footer{background:#f0f0f0;border-top:3px solid #c8161d;text-align:center;padding:20px 0;color:#555}
.qrbox{overflow:hidden}.qr{float:right;width:110px;text-align:center;font-size:12px}
"""


def tpl_02(p):
    body = p.body_html()
    return doc(p.title + "-合肥市肥南区人民政府", CSS_GOV_2020, f"""
<div class="top"><div class="w"><div class="l">今天是2024年5月10日 星期五　　<select><option>合肥市政府网站群</option><option>市直部门</option><option>县市区</option></select></div>
<div class="r"><a href="#">长者版</a><a href="#">无障碍</a><a href="#">简体</a>/<a href="#">繁體</a><a href="#">政务服务</a></div></div></div>
<div class="banner"><div class="w"><h2><img alt="国徽"> 合肥市肥南区人民政府</h2>{searchbox('搜索本站', '站内搜索')}</div></div>
<div class="menu"><div class="w"><ul>{chr(10).join(f'<li><a href="#">{m}</a></li>' for m in ['首页','走进肥南','新闻中心','政府信息公开','政务服务','政民互动','优化营商环境','专题专栏','数据开放'])}</ul></div></div>
<div class="w">
<div class="pos">您所在的位置：<a href="#">首页</a> &gt; <a href="#">新闻中心</a> &gt; <a href="#">政务要闻</a> &gt; 正文</div>
<div class="art">
<h1>{p.title}</h1>
<div class="meta"><span>发布时间：{p.time}</span><span>来源：肥南区人民政府办公室</span><span>浏览次数：1268</span><span>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>
<div class="txt">
{body}
</div>
<div class="func"><div class="share">分享到：<img alt="微信"><img alt="微博"><img alt="QQ"></div><div class="pr"><a href="#">【我要打印】</a><a href="#">【关闭窗口】</a></div></div>
{prevnext('苏明远调研城市更新和老旧小区改造工作', '区政府召开第42次常务会议')}
{related('相关阅读', [('苏明远调研重点项目建设工作', '2024-03-18'), ('苏明远调研安全生产和防汛备汛工作', '2024-04-26'),
                      ('区领导带队开展重点项目建设督导调研', '2024-05-06'), ('全区重点项目建设推进会召开', '2024-02-27'),
                      ('汪海涛调研安全生产工作', '2024-05-07')])}
<div class="qrbox">{qr('扫一扫在手机上查看当前页面')}</div>
</div></div>
<div class="footer">
<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">使用帮助</a> | <a href="#">隐私声明</a></p>
<p>主办：合肥市肥南区人民政府办公室　承办：肥南区数据资源局</p>
<p>网站标识码：3401000047　皖ICP备11003217号-2　<img alt="">皖公网安备 34011102000416号</p>
<p>地址：肥南区紫蓬大道1号 电话：0551-65712345（工作日）</p>
<p><img alt="党政机关"> <img alt="政府网站找错"> <img alt="适老化无障碍服务"></p>
</div>
""")


P02 = Page(
    "xl-02", "government", "合肥市肥南区人民政府（区县门户）",
    "苏明远调研重点项目建设和安全生产工作", ["杨帆"], "2024-05-09 16:32",
    [
        P("5月9日上午，区委书记苏明远带队调研全区重点项目建设和安全生产工作，实地察看项目进度，现场协调解决问题。区领导汪海涛、胡静参加调研。"),
        FIG("调研现场", "图为苏明远在紫蓬智造产业园二期项目工地察看施工进度"),
        P("在紫蓬智造产业园二期项目现场，苏明远详细了解厂房主体施工、设备采购和招商对接情况。他指出，产业园是全区制造业提质扩量的重要载体，要倒排工期、挂图作战，确保三季度具备交付条件，“项目早一天投产，企业就早一天见效益”。"),
        P("随后，苏明远来到南淝河综合治理工程三标段，察看堤岸加固和排涝泵站建设。他强调，汛期将至，在建工程要把防汛和安全生产放在首位，临时设施、深基坑、起重机械要逐一排查，发现隐患立即整改，坚决杜绝“带病施工”。"),
        FIG("泵站", "苏明远察看排涝泵站建设情况"),
        P("在随后召开的座谈会上，区发改委、住建局、应急局等部门负责同志汇报了重点项目推进和安全生产专项整治情况。苏明远要求："),
        P("一要紧盯年度目标，对进度滞后项目实行“一项目一专班”，每周调度、每月通报；"),
        P("二要优化服务保障，用地、用能、融资等要素向重点项目倾斜，帮助企业解决急难愁盼问题；"),
        P("三要守牢安全底线，压紧压实企业主体责任和部门监管责任，以“时时放心不下”的责任感抓好各项工作。"),
        P("截至4月底，全区纳入调度的68个重点项目已开工59个，完成投资91.6亿元，完成年度计划的36.2%。（区政府办 杨&nbsp;&nbsp;帆）"),
    ],
    tpl_02,
    features="区县门户（2020）；信息栏各项紧贴（发布时间…来源…浏览次数）；图片与图注夹在段落间；结尾括号署名、两字名中间空格（杨  帆）；相关阅读与上一篇重复标题词（调研、重点项目、安全生产）；网站群下拉框。",
)


# ------------------------------------------------------------------ xl-03
CSS_GOV_2015 = """
body{margin:0;background:#e9eef3 ;font-size:12px;font-family:宋体,SimSun}
table{border-collapse:collapse}
.outer{width:1000px;margin:0 auto;background:#fff}
.topline td{background:#f0f4f8;height:28px;padding:0 10px}
.logo{height:110px;background:#1d64b0;color:#fff;font-size:30px;font-weight:bold;padding-left:20px}
.mnav td{background:#154f8c;height:36px;text-align:center}.mnav a{color:#fff;font-size:14px;text-decoration:none}
.left{width:220px;vertical-align:top;background:#f4f7fb;padding:10px}
.left .lt{background:#1d64b0;color:#fff;font-size:14px;line-height:32px;padding-left:10px}
.left li{line-height:28px}
.right{vertical-align:top;padding:10px 20px}
.where{border-bottom:1px solid #c6d4e3;line-height:30px}
.tit{font-size:22px;color:#c00;text-align:center;font-weight:bold;padding:20px 0 10px;font-family:黑体}
.sx{text-align:center;color:#666;line-height:28px;border-bottom:1px solid #c6d4e3}
.zw{font-size:15px;line-height:28px;padding:15px 10px}
.zw p{text-indent:2em;margin:0 0 8px}
.zw .tb{margin:8px auto;border:1px solid #666}.zw .tb td,.zw .tb th{border:1px solid #666;padding:3px 12px;text-align:center}
.btm{text-align:right;padding:10px}
.foot td{background:#1d64b0;color:#fff;text-align:center;line-height:24px;padding:10px}
"""


def tpl_03(p):
    body = p.body_html()
    left = "".join(f'<li><a href="#">{x}</a></li>' for x in ["文件解读", "图文解读", "视频解读", "专家解读", "媒体解读"])
    left2 = "".join(f'<li><a href="#">{x}</a></li>' for x in ["《南昌市城镇老旧小区改造工作方案》解读", "住房公积金新政问答", "物业服务收费新规怎么看", "一图读懂加装电梯补助政策"])
    return doc(p.title, CSS_GOV_2015, f"""
<table class="outer" width="1000" align="center" cellpadding="0" cellspacing="0">
<tr class="topline"><td>今天是：2023年11月2日 星期四</td><td align="right"><a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">无障碍阅读</a> | <a href="#">繁體版</a> | <a href="#">手机版</a></td></tr>
<tr><td class="logo" colspan="2"><img alt="南昌市住房和城乡建设局"> 南昌市住房和城乡建设局</td></tr>
<tr><td colspan="2"><table width="100%" class="mnav"><tr>
<td><a href="#">网站首页</a></td><td><a href="#">机构概况</a></td><td><a href="#">政务公开</a></td><td><a href="#">政策法规</a></td><td><a href="#">政策解读</a></td><td><a href="#">办事服务</a></td><td><a href="#">公众参与</a></td><td><a href="#">专题专栏</a></td>
</tr></table></td></tr>
<tr><td colspan="2">
<table width="100%"><tr>
<td class="left"><div class="lt">政策解读</div><ul>{left}</ul>
<div class="lt">热点解读</div><ul>{left2}</ul>
<p>站内搜索：</p><input type="text" placeholder="关键字"> <button type="button">检索</button></td>
<td class="right">
<div class="where">您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">政策解读</a> &gt;&gt; <a href="#">文件解读</a></div>
<div class="tit">{p.title}</div>
<div class="sx">发布日期：{p.time}　　信息来源：南昌市住房和城乡建设局　　作者：政策法规处　　点击数：2041<br>
【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>
<div class="zw">
{body}
</div>
<div class="btm">【<a href="#">打印此页</a>】　【<a href="#">关闭窗口</a>】　【<a href="#">返回顶部</a>】</div>
<p>相关文件：<a href="#">南昌市既有住宅加装电梯补助资金管理办法</a></p>
<p>上一条：<a href="#">《南昌市物业服务收费管理实施细则》政策解读</a><br>下一条：<a href="#">一图读懂：既有住宅加装电梯补助怎么申请</a></p>
</td></tr></table>
</td></tr>
<tr class="foot"><td colspan="2">版权所有：南昌市住房和城乡建设局　地址：南昌市红谷滩区丰和中大道1066号<br>
技术支持：南昌鸿图网络科技有限公司　<a href="#">赣ICP备09004713号</a>　网站标识码：3601000023　赣公网安备 36010902000358号<br>
您是本站第 00612739 位访问者　建议使用IE8.0以上版本浏览器、1024×768分辨率浏览</td></tr>
</table>
""")


P03 = Page(
    "xl-03", "government", "南昌市住房和城乡建设局（市级部门，2015表格布局）",
    "《南昌市既有住宅加装电梯补助资金管理办法》政策解读", [], "2023年11月02日",
    [
        P("近日，市住房和城乡建设局、市财政局联合印发《南昌市既有住宅加装电梯补助资金管理办法》（以下简称《办法》）。为便于社会公众理解，现将有关内容解读如下。"),
        H("一、为什么要出台《办法》？", "<p><b>{}</b></p>"),
        P("近年来，我市既有住宅加装电梯工作稳步推进，累计完成加装1400余台。但在实施过程中，部分居民反映补助申请材料多、审核环节长，各区补助标准也不统一。《办法》的出台，旨在统一全市补助标准，简化申请流程，让群众少跑腿、早受益。"),
        H("二、补助对象和条件是什么？", "<p><b>{}</b></p>"),
        P("补助对象为本市中心城区内已建成投入使用、未设电梯的四层及以上住宅，且加装电梯项目已依法办理相关手续、通过特种设备监督检验并投入使用。同一单元只补助一次。"),
        H("三、补助标准是多少？", "<p><b>{}</b></p>"),
        P("补助按照住宅层数分档确定，具体如下："),
        TBL([["住宅层数", "每台补助金额", "备注"],
             ["4层", "12万元", "含地下室的按地上层数计"],
             ["5层", "15万元", "无"],
             ["6层及以上", "18万元", "最高不超过工程决算价的50%"]], attrs='class="tb" border="1"'),
        H("四、如何申请？", "<p><b>{}</b></p>"),
        P("电梯投入使用后，由业主代表或实施主体向所在街道（乡镇）提交申请表、验收证明和工程结算资料。街道（乡镇）初审后报区住建部门复核，复核通过的项目在小区内公示5个工作日，无异议后由区财政部门拨付资金。全流程办理时限由原来的60个工作日压缩至30个工作日。"),
        H("五、《办法》什么时候施行？", "<p><b>{}</b></p>"),
        P("《办法》自2023年12月1日起施行，有效期5年。此前已竣工但尚未申领补助的项目，可按《办法》规定申请。"),
    ],
    tpl_03,
    features="2015年表格布局（左栏解读列表、右栏正文）；标题下信息栏两行，“作者：”后为处室（非作者，authors=[]）；问答式小标题；表格（表头行入正文）；访问量计数器、技术支持等页脚。",
)


# ------------------------------------------------------------------ xl-04
CSS_GOV_2012 = """
body{margin:0;font-size:12px;background:#fff}
td{font-size:12px}
.hd{background:#2a6aa8;height:100px;color:#fff;font-size:28px;font-weight:bold}
.nv td{background:#e3eefa;border-right:1px solid #fff;height:30px;text-align:center;font-size:14px}
.box{border:1px solid #bfd3ea}
.lm{background:#dbe8f6;font-weight:bold;height:28px;padding-left:8px}
.title1{font-size:20px;font-weight:bold;text-align:center;line-height:40px;color:#000}
.xx{text-align:center;color:#555;border-bottom:1px dashed #999;height:30px}
.nr{font-size:14px;line-height:26px;padding:10px 20px}
.nr p{margin:0 0 6px;text-indent:2em}
.mdt{border-collapse:collapse;width:96%;margin:0 auto}.mdt td{border:1px solid #333;text-align:center;padding:2px}
.bq{text-align:center;color:#333;line-height:22px;background:#f2f2f2}
"""


def tpl_04(p):
    body = p.body_html()
    tree = "<br>".join(f'<a href="#">{x}</a>' for x in ["├ 机构职能", "├ 政策文件", "├ 规划计划", "├ 财政资金", "├ 社会救助", "│　├ 低保特困", "│　└ 临时救助", "├ 养老服务", "└ 公示公告"])
    return doc(p.title, CSS_GOV_2012, f"""
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="hd"><img alt="彭岭县人民政府网"> 彭岭县人民政府网<br><span style="font-size:12px">www.pengling.gov.cn</span></td></tr>
<tr><td><table width="100%" class="nv" cellspacing="0"><tr>
<td><a href="#">首 页</a></td><td><a href="#">彭岭概况</a></td><td><a href="#">政务动态</a></td><td><a href="#">信息公开</a></td><td><a href="#">网上办事</a></td><td><a href="#">县长信箱</a></td><td><a href="#">招商引资</a></td><td><a href="#">旅游彭岭</a></td>
</tr></table></td></tr>
<tr><td height="26">　<font color="#0000ff">今天是：2024年6月14日</font>　　　<marquee width="600">【通知】县政府网站将于6月16日凌晨进行系统维护，届时部分栏目暂停访问。</marquee></td></tr>
<tr><td>
<table width="100%" cellspacing="0" cellpadding="0"><tr>
<td width="200" valign="top" class="box"><div class="lm">信息公开目录</div>{tree}
<div class="lm">县民政局</div>地址：双江街道滨河路88号<br>电话：023-55613021</td>
<td width="10"></td>
<td valign="top" class="box">
<div class="lm">您现在的位置：<a href="#">首页</a> &gt; <a href="#">信息公开</a> &gt; <a href="#">县民政局</a> &gt; <a href="#">公示公告</a></div>
<div class="title1">{p.title}</div>
<div class="xx">发布时间：{p.time}　信息来源：县民政局　点击数：356　[<a href="#">打印本页</a>] [<a href="#">关闭窗口</a>]</div>
<div class="nr">
{body}
</div>
</td></tr></table>
</td></tr>
<tr><td class="bq"><a href="#">关于我们</a> | <a href="#">网站地图</a> | <a href="#">联系方式</a><br>
主办单位：彭岭县人民政府办公室　技术支持：彭岭县信息中心<br>渝ICP备05011623号　网站标识码：5002410003　渝公网安备 50024102000219号<br>
版权所有 彭岭县人民政府 未经许可不得复制</td></tr>
</table>
""")


P04 = Page(
    "xl-04", "government", "重庆市彭岭县人民政府网·县民政局（2012表格布局）",
    "彭岭县2024年第二批城乡最低生活保障拟新增对象公示", [], "2024-06-14",
    [
        P("根据《重庆市最低生活保障条件认定办法》有关规定，经个人申请、乡镇（街道）审核、县民政局审批，现将我县2024年第二批城乡最低生活保障拟新增对象予以公示（名单附后）。"),
        P("公示期为2024年6月14日至2024年6月20日。公示期间，如对公示对象有异议，可通过来电、来信或来访等方式向县民政局反映。反映问题要实事求是，提倡实名反映，县民政局将依法为反映人保密。"),
        P("监督电话：023-55613021（工作日9:00—12:00，14:30—17:30）"),
        P("来信地址：彭岭县双江街道滨河路88号县民政局社会救助科"),
        H("彭岭县2024年第二批城乡低保拟新增对象名单", '<p style="text-align:center;text-indent:0"><b>{}</b></p>'),
        TBL([["序号", "姓名", "乡镇（街道）", "村（社区）", "保障类别", "家庭人口", "拟保障人数"],
             ["1", "谭*华", "龙溪镇", "桂花村", "农村低保", "3", "2"],
             ["2", "冉*英", "龙溪镇", "石堰村", "农村低保", "1", "1"],
             ["3", "向*明", "双江街道", "滨河社区", "城市低保", "2", "2"],
             ["4", "秦*芬", "清泉乡", "大坪村", "农村低保", "4", "1"],
             ["5", "黄*军", "清泉乡", "水井村", "农村低保", "2", "2"],
             ["6", "牟*兰", "太和镇", "新街社区", "城市低保", "1", "1"],
             ["7", "余*贵", "太和镇", "红岩村", "农村低保", "5", "3"]], attrs='class="mdt"'),
        P("彭岭县民政局", '<p style="text-align:right">{}</p>'),
        P("2024年6月14日", '<p style="text-align:right">{}</p>'),
    ],
    tpl_04,
    features="2012年表格布局县级门户；树形信息公开目录；滚动公告（marquee）；公示正文＋姓名打码的名单表格（每行一段）；监督电话、来信地址入正文；署名、日期右对齐入正文。",
)

# ------------------------------------------------------------------ xl-05
CSS_GOV_2019 = """
*{box-sizing:border-box}body{margin:0;font-family:"PingFang SC","Microsoft YaHei";background:#f6f6f6;color:#333}
.wrap{width:1100px;margin:0 auto}
.hd-top{background:#fff;font-size:13px;line-height:32px;color:#777;border-bottom:1px solid #eee}
.hd-top .fr{float:right}.hd-top a{color:#777;margin:0 6px}
.hd{background:linear-gradient(#1f7a4d,#16643e);height:130px;color:#fff}
.hd .name{font-size:32px;padding-top:30px}.hd .sub{font-size:18px;opacity:.8}
.hd-nav{background:#0f5233;display:flex}.hd-nav a{flex:1;color:#fff;text-align:center;line-height:46px}
.sub-banner{background:#e6f2ec;padding:10px 20px;font-size:20px;color:#16643e}
.sub-nav a{display:inline-block;padding:8px 16px;color:#16643e}
.crumbs{font-size:13px;color:#888;margin:12px 0}
.article{background:#fff;padding:36px 70px}
.article h1{font-size:26px;text-align:center;margin:0 0 18px}
.article .info{display:flex;justify-content:center;gap:12px;color:#999;font-size:13px;border-bottom:1px solid #eee;padding-bottom:12px}
.article .content p{font-size:16px;line-height:1.9;text-indent:2em}
.article .content h3{font-size:17px;color:#16643e;border-left:4px solid #16643e;padding-left:10px}
.editor{text-align:right;color:#666;font-size:14px}
.pic{text-align:center;margin:10px 0}.pic-cap{color:#666;font-size:14px;text-indent:0!important}
.bot-tools{display:flex;justify-content:space-between;border-top:1px solid #eee;padding-top:14px;font-size:14px}
.side{margin-top:20px}.side h3{font-size:16px;border-bottom:2px solid #16643e}
.footer{background:#253a30;color:#c6d1cb;font-size:13px;text-align:center;padding:24px 0;line-height:2}
"""


def tpl_05(p):
    body = p.body_html()
    return doc(p.title + "_滨江街道办事处_宜昌市峡江区人民政府", CSS_GOV_2019, f"""
<div class="hd-top"><div class="wrap">欢迎访问宜昌市峡江区人民政府网站<span class="fr"><a href="#">无障碍</a>|<a href="#">长者模式</a>|<a href="#">繁體</a>|<a href="#">移动版</a>|<a href="#">登录</a></span></div></div>
<div class="hd"><div class="wrap"><div class="name">宜昌市峡江区人民政府</div><div class="sub">www.xiajiang.gov.cn</div>{searchbox('请输入关键词', '搜索')}</div></div>
<div class="hd-nav">{links(['首页','峡江概况','政务动态','政府信息公开','政务服务','互动交流','街道乡镇'], sep=NL)}</div>
<div class="wrap">
<div class="sub-banner">滨江街道办事处</div>
<div class="sub-nav">{links(['街道首页','街道概况','工作动态','通知公告','社区风采','便民服务'], sep=' ')}</div>
<div class="crumbs">当前位置：<a href="#">首页</a> &gt; <a href="#">街道乡镇</a> &gt; <a href="#">滨江街道</a> &gt; <a href="#">工作动态</a> &gt; 正文</div>
<div class="article">
<h1>{p.title}</h1>
<div class="info"><span>来源：滨江街道</span>|<span>时间：{p.time}</span>|<span>阅读：562</span>|<span>字号：<a href="#">A+</a> <a href="#">A</a> <a href="#">A-</a></span></div>
<div class="content">
{body}
</div>
<p class="editor">责任编辑：覃丽</p>
<div class="bot-tools"><span>分享：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ</a></span><span><a href="#">打印</a> <a href="#">收藏</a> <a href="#">关闭</a></span></div>
{prevnext('滨江街道开展汛后地质灾害隐患排查', '江畔社区：“银发帮帮团”上门服务暖人心', lp='上一篇：', ln='下一篇：')}
<div class="side">{related('街道动态', [('滨江街道召开社区治理工作推进会', '09-18'), ('“邻里节”来了！滨江街道第三届邻里节活动预告', '09-12'), ('滨江街道：小区“议事角”议出治理新路子', '08-30'), ('江畔社区开展中秋邻里联欢活动', '09-15')])}</div>
</div></div>
<div class="footer"><p>主办：宜昌市峡江区人民政府办公室　承办：峡江区政务服务和大数据管理局</p>
<p>地址：宜昌市峡江区滨江大道66号　电话：0717-6231002</p>
<p>网站标识码：4205000042　<a href="#">鄂ICP备12008821号</a>　鄂公网安备 42050302000137号</p>
<p><img alt="党政机关"><img alt="政府网站找错"></p></div>
""")


P05 = Page(
    "xl-05", "government", "宜昌市峡江区人民政府·滨江街道子站",
    "滨江街道：“邻里节”里话家常 社区治理添暖意", ["王静", "李晓东"], "2024年09月20日 10:05",
    [
        P("9月19日，滨江街道第三届“邻里节”在江畔社区文化广场开幕。居民们带着自家做的菜品、手工艺品走出家门，和邻居们拉家常、比手艺，现场热闹非凡。"),
        P("本届邻里节以“邻里守望·幸福同行”为主题，持续一周，设置了“百家宴”、邻里跳蚤市场、家风故事会和志愿服务集市等活动。辖区12个社区同步开展活动，预计参与居民超过5000人次。"),
        FIG("百家宴", "居民在“百家宴”上分享自制菜品"),
        H("“百家宴”上尝出邻里情", "<h3>{}</h3>"),
        P("开幕式上的“百家宴”最受欢迎。78岁的刘奶奶端来一盘拿手的萝卜饺子，“住了二十多年，以前只认得对门，今天一下子认识了好几户，以后买菜都有伴了。”"),
        P("在邻里跳蚤市场，孩子们把用不上的书本、玩具摆上小摊，以物换物。社区还设立了“共享工具箱”，电钻、梯子、缝纫机等登记后即可借用，目前已有200多户居民登记使用。"),
        H("小活动撬动大治理", "<h3>{}</h3>"),
        P("“邻里节不只是热闹一场。”滨江街道党工委负责人介绍，街道把邻里节作为收集民意的窗口，在活动现场设置“议事角”，居民可以对小区停车、加装电梯、垃圾分类等问题提出意见建议。开幕当天，“议事角”就收到意见建议43条，街道将分类梳理，逐条交办、限时回复。"),
        P("近年来，滨江街道探索“党建引领+邻里互助”模式，培育了“楼栋管家”“银发帮帮团”等28支居民自治队伍，社区矛盾纠纷化解率达98%以上。（滨江街道 王&nbsp;&nbsp;静 李晓东）"),
    ],
    tpl_05,
    features="区政府门户中的街道子站（2019）；信息栏“来源｜时间｜阅读｜字号A+ A A-”；带引号与冒号的标题；h3小标题；图注；结尾括号署名含空格两字名；责任编辑不是作者；相关列表重复“邻里节”。",
)


# ------------------------------------------------------------------ xl-06
CSS_JIYUE = """
body{margin:0;font-family:"Microsoft YaHei";font-size:14px;color:#333;background:#fff}
.w1200{width:1200px;margin:0 auto}
.g-top{background:#f2f2f2;line-height:36px;font-size:13px}.g-top .right{float:right}
.g-head{height:150px;background:#1458a6;color:#fff}.g-head .t{font-size:36px;line-height:150px}
.g-nav{background:#0d4587}.g-nav a{display:inline-block;color:#fff;padding:0 24px;line-height:50px;font-size:16px}
.xxgk-crumb{padding:12px 0;border-bottom:1px solid #e1e1e1}
.xxgk-layout{display:flex;gap:20px;margin-top:16px}
.xxgk-side{width:240px;background:#f5f8fc}.xxgk-side h4{background:#1458a6;color:#fff;margin:0;line-height:40px;padding-left:14px}
.xxgk-side li{line-height:32px}
.xxgk-main{flex:1}
.meta-table{width:100%;border-collapse:collapse;background:#f9fbfe;margin-bottom:20px}
.meta-table td{border:1px solid #dfe7f1;padding:8px 10px}.meta-table th{border:1px solid #dfe7f1;background:#eef3fa;font-weight:normal;width:110px}
.wz-title{font-size:24px;text-align:center;font-weight:bold;line-height:1.6;margin:20px 0}
.wz-info{text-align:center;color:#888;font-size:13px;margin-bottom:16px}
.wz-content{font-size:16px;line-height:2;font-family:仿宋,FangSong}
.wz-content p{text-indent:2em;margin:0}
.wz-content .docno{text-align:center;text-indent:0}
.wz-content .tb{border-collapse:collapse;margin:6px auto}.wz-content .tb td,.wz-content .tb th{border:1px solid #000;padding:2px 14px;text-align:center}
.wz-tools{margin:20px 0;text-align:right}
.g-foot{margin-top:30px;background:#0d4587;color:#dbe5f2;text-align:center;line-height:2;padding:20px 0;font-size:13px}
"""


def tpl_06(p):
    body = p.body_html()
    side = "".join(f'<li><a href="#">{x}</a></li>' for x in ["机构职能", "法规文件", "通知公告", "通报", "规划计划", "财政信息", "重点领域信息公开", "政府信息公开年报"])
    return doc(p.title, CSS_JIYUE, f"""
<div class="g-top"><div class="w1200">您好！欢迎访问霍岭县人民政府网站<span class="right"><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">繁體</a> | <a href="#">个人中心</a></span></div></div>
<div class="g-head"><div class="w1200"><span class="t">霍岭县人民政府</span>{searchbox('搜索', '')}</div></div>
<div class="g-nav"><div class="w1200">{links(['首页','走进霍岭','要闻动态','政府信息公开','政务服务','互动交流','乡镇频道'], sep=NL)}</div></div>
<div class="w1200">
<div class="xxgk-crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政府信息公开</a> &gt; <a href="#">乡镇</a> &gt; <a href="#">松林镇</a> &gt; <a href="#">通报</a> &gt; 正文</div>
<div class="xxgk-layout">
<div class="xxgk-side"><h4>松林镇信息公开</h4><ul>{side}</ul></div>
<div class="xxgk-main">
<table class="meta-table">
<tr><th>信息索引号</th><td>11341523MB1C4720XK/202410-00031</td><th>发布机构</th><td>松林镇人民政府</td></tr>
<tr><th>公开方式</th><td>主动公开</td><th>公开时限</th><td>常年公开</td></tr>
<tr><th>生成日期</th><td>2024-10-16</td><th>文号</th><td>松政〔2024〕48号</td></tr>
<tr><th>主题分类</th><td>城乡建设、环境保护</td><th>有效性</th><td>有效</td></tr>
</table>
<div class="wz-title">{p.title}</div>
<div class="wz-info">发布时间：{p.time}　　浏览次数：<span>417</span>　　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="wz-content">
{body}
</div>
<div class="wz-tools"><a href="#">【打印】</a> <a href="#">【关闭】</a></div>
{related('相关信息', [('松林镇关于2024年第二季度农村人居环境整治督查情况的通报', '2024-07-12'), ('松林镇2024年农村人居环境整治工作方案', '2024-03-01'), ('霍岭县农村人居环境整治“红黑榜”（第三季度）', '2024-10-18')])}
</div></div></div>
<div class="g-foot">
<p><a href="#">网站地图</a>　<a href="#">网站声明</a>　<a href="#">联系我们</a></p>
<p>主办单位：霍岭县人民政府办公室　承办单位：霍岭县数据资源管理局</p>
<p>网站标识码：3415230009　皖ICP备05017721号　皖公网安备 34152302000096号</p>
<p>联系电话：0564-5218102</p></div>
""")


P06 = Page(
    "xl-06", "government", "霍岭县人民政府·松林镇信息公开（安徽集约化平台）",
    "松林镇人民政府关于2024年第三季度农村人居环境整治督查情况的通报", [], "2024-10-16 09:41:27",
    [
        X('<p class="docno">松政〔2024〕48号</p>'),
        P("各村（社区）、镇直各单位：", '<p style="text-indent:0">{}</p>'),
        P("为巩固农村人居环境整治成果，9月下旬，镇农村人居环境整治工作专班采取“四不两直”方式，对全镇14个村（社区）开展了第三季度集中督查。现将有关情况通报如下。"),
        H("一、总体情况", "<p>{}</p>"),
        P("本次督查重点检查了村庄清洁、垃圾收运、厕所管护、“三大堆”清理等内容。从检查情况看，各村（社区）整治工作总体平稳，平均得分88.6分，较第二季度提高2.3分。排名前三位和后三位情况如下："),
        TBL([["排名", "村（社区）", "得分", "等次"],
             ["1", "桃湾村", "96.5", "优秀"],
             ["2", "松林社区", "95.0", "优秀"],
             ["3", "鹤塘村", "93.5", "优秀"],
             ["12", "石岭村", "81.0", "合格"],
             ["13", "岔路口村", "79.5", "基本合格"],
             ["14", "长冲村", "76.0", "基本合格"]]),
        H("二、存在问题", "<p>{}</p>"),
        P("（一）部分村组道路两侧仍有杂物乱堆乱放，石岭村、长冲村个别路段存在白色垃圾。"),
        P("（二）少数公厕管护不到位，岔路口村村部公厕无专人保洁，洗手设施损坏未及时维修。"),
        P("（三）长效机制落实不够，部分村保洁员考勤记录不全，垃圾清运存在不及时现象。"),
        H("三、工作要求", "<p>{}</p>"),
        P("各村（社区）要对照督查问题清单，于10月31日前完成整改，并将整改情况报镇农村人居环境整治工作专班。对排名后三位的村，由镇主要负责同志约谈村党组织书记；连续两个季度排名末位的，取消年度评先评优资格。"),
        P("松林镇人民政府", '<p style="text-align:right">{}</p>'),
        P("2024年10月15日", '<p style="text-align:right">{}</p>'),
    ],
    tpl_06,
    features="安徽集约化平台乡镇信息公开页；元数据表（生成日期≠发布时间）；发布时间带秒；文号行不入正文；主送、署名、成文日期入正文；排名表格；“（一）（二）”问题列表；相关信息重复“农村人居环境整治”。",
)

# ------------------------------------------------------------------ xl-07
CSS_VILLAGE = """
body{margin:0;font:14px/1.7 "Microsoft YaHei";background:#f0f3f0}
.head{background:#2e7d32;color:#fff;padding:18px 0}.head .in{width:1000px;margin:0 auto}
.head b{font-size:26px}.head small{display:block}
.links{background:#fff;border-bottom:1px solid #ddd}.links .in{width:1000px;margin:0 auto;line-height:40px}
.links a{margin-right:18px;color:#2e7d32}
.page{width:1000px;margin:16px auto;background:#fff;padding:24px 40px}
.loc{color:#777;font-size:13px;border-bottom:1px solid #eee;padding-bottom:8px}
.page h2{text-align:center;font-size:22px}
.attr{text-align:center;color:#999;font-size:12px}
.body p{text-indent:2em;margin:6px 0}.body .right{text-align:right}
.body table{border-collapse:collapse;margin:8px auto;width:88%}.body td,.body th{border:1px solid #8a8a8a;padding:4px 8px}
.qrs{display:flex;gap:30px;justify-content:center;margin-top:20px;font-size:12px;color:#666}
.ft{text-align:center;color:#666;font-size:12px;padding:20px 0}
"""


def tpl_07(p):
    body = p.body_html()
    return doc(p.title + "-石门镇-桐溪县人民政府", CSS_VILLAGE, f"""
<div class="head"><div class="in"><b>桐溪县人民政府</b><small>乡镇之窗 · 石门镇</small>{searchbox('站内搜索', 'Go')}</div></div>
<div class="links"><div class="in"><a href="#">县政府首页</a><a href="#">石门镇首页</a><a href="#">镇情概况</a><a href="#">党务公开</a><a href="#">政务公开</a><a href="#">村务公开</a><a href="#">便民服务</a><a href="#">无障碍</a><a href="#">长者模式</a></div></div>
<div class="page">
<div class="loc">当前位置：<a href="#">首页</a> » <a href="#">乡镇之窗</a> » <a href="#">石门镇</a> » <a href="#">村务公开</a> » 正文</div>
<h2>{p.title}</h2>
<div class="attr">日期：{p.time}　作者：石塘村　点击：88</div>
<div class="body">
{body}
</div>
<p>附件：<a href="#">石塘村2024年第二季度收支明细表.xls</a></p>
<p>上一篇：<a href="#">石塘村2024年第一季度村级财务收支情况公开</a></p>
<p>下一篇：<a href="#">石塘村2024年防汛应急预案</a></p>
<div class="qrs">{qr('扫一扫 手机看村务', '手机看村务')}{qr('关注“石门发布”微信公众号', '石门发布')}</div>
</div>
<div class="ft">桐溪县人民政府主办　石门镇人民政府承办　赣ICP备10203344号-1　网站标识码：3608290011<br>赣公网安备 36082902000053号　地址：桐溪县石门镇和平街2号　联系电话：0796-8821001</div>
""")


P07 = Page(
    "xl-07", "government", "桐溪县人民政府·石门镇·村务公开（江西村级页面）",
    "石塘村2024年第二季度村级财务收支情况公开", [], "2024-07-08",
    [
        P("根据村务公开有关规定，经村务监督委员会审核，现将石塘村2024年第二季度（4月1日至6月30日）村级财务收支情况公开如下："),
        H("一、收入情况", "<p><strong>{}</strong></p>"),
        P("本季度收入合计286,450.00元，其中："),
        TBL([["项目", "金额（元）", "说明"],
             ["上级转移支付", "120,000.00", "村级组织运转经费"],
             ["集体资产出租收入", "96,800.00", "村部门面、冷库租金"],
             ["光伏发电收益", "58,650.00", "村级光伏电站二季度结算"],
             ["其他收入", "11,000.00", "利息及零星收入"]], attrs='class="t1"'),
        H("二、支出情况", "<p><strong>{}</strong></p>"),
        P("本季度支出合计214,736.50元，其中："),
        TBL([["项目", "金额（元）", "说明"],
             ["村干部报酬", "78,600.00", "5人，按月发放"],
             ["公益事业支出", "85,320.00", "通组路修补、路灯维修"],
             ["办公及水电费", "12,416.50", "含网络费"],
             ["困难群众慰问", "9,000.00", "18户"],
             ["防汛物资购置", "29,400.00", "沙袋、救生衣、抽水泵"]], attrs='class="t2"'),
        H("三、结余情况", "<p><strong>{}</strong></p>"),
        P("截至2024年6月30日，村集体账面结余资金418,272.36元，存放于桐溪县农村商业银行石门支行村级专户。"),
        P("公开时间：2024年7月8日至2024年7月22日。村民如有疑问，可向村务监督委员会反映，监督电话：0796-8821365。"),
        P("石塘村民委员会", '<p class="right">{}</p>'),
        P("石塘村务监督委员会", '<p class="right">{}</p>'),
        P("2024年7月8日", '<p class="right">{}</p>'),
    ],
    tpl_07,
    features="县政府网站乡镇频道中的村务公开页；“作者：”为村名（非作者，authors=[]）；两张收支表格；数字带千分位；两个扫一扫二维码说明；附件链接、上一篇/下一篇。",
)


# ------------------------------------------------------------------ xl-08
CSS_GOV_2021 = """
body{margin:0;font-family:"Microsoft YaHei";background:#fafafa}
.container{width:1200px;margin:0 auto}
.header-top{background:#b7151b;color:#ffe9c6;font-size:13px;line-height:34px}.header-top a{color:#ffe9c6;margin-left:12px}
.header{background:#d0252b;height:128px;color:#fff}.header .logo-txt{font-size:34px;line-height:128px;font-weight:bold}
.navbar{background:#fff;border-bottom:3px solid #d0252b;display:flex}.navbar a{flex:1;text-align:center;line-height:52px;color:#333;font-size:17px}
.position{font-size:14px;color:#666;line-height:44px}
.detail{background:#fff;padding:40px 90px;min-height:600px}
.detail .title{font-size:28px;font-weight:bold;text-align:center;color:#222;line-height:1.5}
.detail .speaker{text-align:center;font-size:18px;font-family:楷体,KaiTi;margin:10px 0 0}
.detail .date2{text-align:center;font-size:16px;font-family:楷体,KaiTi}
.detail .source{display:flex;justify-content:space-between;border-top:1px solid #eee;border-bottom:1px solid #eee;color:#999;font-size:14px;line-height:40px;margin:20px 0}
.detail .article p{font-size:17px;line-height:2;text-indent:2em;margin:0 0 8px}
.detail .article h4{font-size:17px;font-family:黑体;text-indent:2em;margin:8px 0}
.pager{text-align:center;margin:30px 0}.pager a,.pager span{display:inline-block;border:1px solid #ddd;padding:4px 12px;margin:0 3px}
.pager .cur{background:#d0252b;color:#fff}
.share-line{color:#666;font-size:14px}
.related{margin-top:30px}.related h3{font-size:18px;color:#d0252b;border-bottom:1px solid #d0252b}.related li span{float:right;color:#aaa}
.footer{background:#3b3b3b;color:#bbb;text-align:center;line-height:2;padding:24px;font-size:13px;margin-top:30px}
"""


def tpl_08(p):
    body = p.body_html()
    return doc(p.title + " - 重庆市农业农村委员会", CSS_GOV_2021, f"""
<div class="header-top"><div class="container">2024年3月26日 星期二　欢迎访问重庆市农业农村委员会网站<span style="float:right"><a href="#">无障碍浏览</a><a href="#">长者模式</a><a href="#">繁体版</a><a href="#">网站支持IPv6</a></span></div></div>
<div class="header"><div class="container"><span class="logo-txt">重庆市农业农村委员会</span>{searchbox('请输入关键字搜索', '搜索')}</div></div>
<div class="navbar">{links(['首页','机构概况','新闻动态','政府信息公开','政务服务','互动交流','专题专栏'], sep=NL)}</div>
<div class="container">
<div class="position">当前位置：<a href="#">首页</a> &gt; <a href="#">政府信息公开</a> &gt; <a href="#">领导讲话</a> &gt; 正文</div>
<div class="detail">
<div class="title">{p.title}</div>
<p class="speaker">市农业农村委主任　周立新</p>
<p class="date2">（2024年3月21日）</p>
<div class="source"><span>发布日期：{p.time}</span><span>来源：市农业农村委</span><span>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span><span><a href="#">打印</a></span></div>
<div class="article">
{body}
</div>
<div class="pager"><a href="#">上一页</a><span class="cur">1</span><a href="#">2</a><a href="#">3</a><a href="#">下一页</a><span>共3页</span></div>
<div class="share-line">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a>　　<a href="#">【关闭窗口】</a></div>
{related('相关链接', [('全市农村人居环境整治提升推进会召开', '2024-03-21'), ('周立新：扎实推进农村人居环境整治提升', '2024-03-22'), ('重庆市2024年农村人居环境整治提升工作要点', '2024-02-28'), ('一图读懂｜全市农村人居环境整治提升推进会', '2024-03-23'), ('农村人居环境整治提升典型案例（第一批）', '2024-01-16')])}
</div></div>
<div class="footer">主办：重庆市农业农村委员会　地址：重庆市渝北区青枫北路66号　邮编：401147<br>
网站标识码：5000000071　渝ICP备10013307号　渝公网安备 50011202500418号<br>值班电话：023-89133200　<img alt="党政机关"> <img alt="政府网站找错"></div>
""")


P08 = Page(
    "xl-08", "government", "重庆市农业农村委员会（市级部门，领导讲话，分页第1页）",
    "在全市农村人居环境整治提升推进会上的讲话", ["周立新"], "2024-03-26",
    [
        P("同志们："),
        P("今天召开全市农村人居环境整治提升推进会，主要任务是总结去年工作，分析当前形势，部署今年重点任务。刚才，三个区县作了交流发言，讲得都很好，各有特色，大家要相互学习借鉴。下面，我讲三点意见。"),
        H("一、充分肯定去年以来取得的成效", "<h4>{}</h4>"),
        P("去年以来，各区县坚持把农村人居环境整治提升作为实施乡村振兴战略的重要抓手，扎实推进农村厕所革命、生活垃圾和污水治理、村容村貌提升，农村面貌持续改善。"),
        P("一是农村改厕稳步推进。全年新改（建）农村卫生户厕6.2万户，完成问题厕所整改1.1万户，农村卫生厕所普及率达到86.3%。"),
        P("二是垃圾污水治理提质增效。行政村生活垃圾有效治理率稳定在99%以上，新建农村生活污水处理设施410座，治理率提高到42.6%。"),
        P("三是村容村貌明显改观。全年清理村内塘沟2.3万处，建成市级宜居示范村120个，一批和美乡村初具雏形。"),
        P("同时也要清醒看到，工作中还存在一些短板：部分区县重建设轻管护，一些设施“建而不用、用而不畅”；农民群众参与不够充分，“干部干、群众看”的现象还不同程度存在；长效机制还不健全，资金投入渠道比较单一。对这些问题，我们必须高度重视，切实加以解决。"),
    ],
    tpl_08,
    features="市级部门领导讲话，分页（上一页 1 2 3 下一页 共3页）只给第1页正文；标题下讲话人与日期两行（讲话人为作者，不入正文）；“同志们：”入正文；相关链接大量重复标题词“农村人居环境整治提升”。",
)

# ------------------------------------------------------------------ xl-09
CSS_XXGK = """
body{margin:0;background:#eef1f5;font-family:"Microsoft YaHei";color:#333}
.wp{width:1200px;margin:0 auto}
.t-bar{background:#fff;font-size:13px;line-height:36px;border-bottom:1px solid #e2e2e2}.t-bar span{float:right}
.t-head{height:136px;background:#1a5fa8;color:#fff;font-size:34px;line-height:136px;padding-left:30px}
.t-nav{background:#144c87}.t-nav a{display:inline-block;width:150px;text-align:center;color:#fff;line-height:48px}
.xx-crumb{line-height:46px;font-size:14px}
.xx-box{background:#fff;padding:30px 60px}
.xx-meta{width:100%;border-collapse:collapse;font-size:14px;margin-bottom:26px}
.xx-meta td{border:1px solid #d8e1ec;padding:8px 12px}.xx-meta .lab{background:#f1f5fa;width:100px;color:#1a5fa8}
.xx-title{font-size:26px;font-weight:bold;text-align:center;color:#1a5fa8}
.xx-line{text-align:center;color:#999;font-size:13px;margin:14px 0 24px}
.xx-text{font-family:仿宋_GB2312,FangSong;font-size:18px;line-height:2}
.xx-text p{text-indent:2em;margin:0}.xx-text .noind{text-indent:0}.xx-text .ar{text-align:right;padding-right:4em}
.xx-text .wh{text-align:center;text-indent:0;margin-bottom:16px}
.jd{border:1px solid #f0c48a;background:#fff8ee;padding:10px 16px;margin:20px 0}
.ft{background:#fff;border-top:4px solid #1a5fa8;text-align:center;font-size:13px;color:#555;line-height:2;padding:20px 0}
"""


def tpl_09(p):
    body = p.body_html()
    return doc(p.title, CSS_XXGK, f"""
<div class="t-bar"><div class="wp">咸宁市人民政府门户网站<span><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">繁體</a> | <a href="#">English</a></span></div></div>
<div class="t-head"><img alt="咸宁市人民政府"> 咸宁市人民政府</div>
<div class="t-nav"><div class="wp">{links(['首页','魅力咸宁','政务动态','政府信息公开','办事服务','政民互动','数据开放'], sep=NL)}</div></div>
<div class="wp">
<div class="xx-crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政府信息公开</a> &gt; <a href="#">政府文件</a> &gt; <a href="#">咸政函</a></div>
<div class="xx-box">
<table class="xx-meta">
<tr><td class="lab">索 引 号</td><td>011124576/2024-06813</td><td class="lab">主题分类</td><td>城乡建设、环境保护\\城乡规划</td></tr>
<tr><td class="lab">发布机构</td><td>咸宁市人民政府办公室</td><td class="lab">成文日期</td><td>2024-08-27</td></tr>
<tr><td class="lab">文　　号</td><td>咸政函〔2024〕61号</td><td class="lab">发布日期</td><td>2024-09-02</td></tr>
<tr><td class="lab">名　　称</td><td colspan="3">{p.title}</td></tr>
</table>
<div class="xx-title">{p.title}</div>
<div class="xx-line">日期：{p.time}　来源：市政府办公室　【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】　【<a href="#">打印</a>】</div>
<div class="xx-text">
{body}
</div>
<div class="jd">相关解读：<a href="#">《枫溪镇国土空间总体规划（2023—2035年）》图解</a></div>
<p>【<a href="#">关闭</a>】</p>
{related('相关文件', [('咸宁市人民政府关于《马桥镇国土空间总体规划（2023—2035年）》的批复', '2024-08-15'), ('咸宁市人民政府关于《汀泗镇国土空间总体规划（2023—2035年）》的批复', '2024-07-30'), ('咸宁市国土空间总体规划（2021—2035年）', '2024-01-12')])}
{qr('扫一扫在手机打开当前页')}
</div></div>
<div class="ft">主办单位：咸宁市人民政府办公室　承办单位：咸宁市政务服务和大数据管理局<br>
网站标识码：4212000005　鄂ICP备05001712号　鄂公网安备 42120202000118号<br>地址：咸宁市咸安区金桂路22号　联系电话：0715-8126502</div>
""")


P09 = Page(
    "xl-09", "government", "咸宁市人民政府（信息公开·政府文件）",
    "咸宁市人民政府关于《枫溪镇国土空间总体规划（2023—2035年）》的批复", [], "2024-09-02",
    [
        X('<p class="wh">咸政函〔2024〕61号</p>'),
        P("咸安区人民政府：", '<p class="noind">{}</p>'),
        P("你区《关于报请审批〈枫溪镇国土空间总体规划（2023—2035年）〉的请示》（咸安政文〔2024〕33号）收悉。经研究，现批复如下："),
        P("一、原则同意《枫溪镇国土空间总体规划（2023—2035年）》（以下简称《规划》）。《规划》是枫溪镇空间发展的指南、可持续发展的空间蓝图，是各类开发保护建设活动的基本依据，请认真组织实施。"),
        P("二、枫溪镇是咸安区东部的农贸型集镇。到2035年，全镇耕地保有量不低于2.86万亩，其中永久基本农田保护面积不低于2.41万亩；生态保护红线面积不低于14.7平方公里；城镇开发边界扩展倍数控制在1.3以内。"),
        P("三、严守底线约束。严格落实耕地保护、生态保护和城镇开发边界管控要求，不得擅自调整三条控制线。加强地质灾害防治，落实防洪排涝标准，提升镇区防灾减灾能力。"),
        P("四、优化空间布局。构建“一心两轴三片”的镇域空间格局，统筹安排农业生产、村庄建设和产业发展用地，引导人口和产业向镇区集聚，保护好传统村落和历史文化资源。"),
        P("五、维护《规划》严肃性。《规划》确需修改的，须按法定程序报批。你区要加强对《规划》实施的监督检查，重大事项及时向市人民政府报告。"),
        P("咸宁市人民政府", '<p class="ar">{}</p>'),
        P("2024年8月27日", '<p class="ar">{}</p>'),
        P("（此件公开发布）"),
    ],
    tpl_09,
    features="市政府信息公开文件页；元数据表（成文日期/发布日期/名称重复标题）；正文上方文号行（不入正文）；批复格式：主送、序号段、署名、成文日期、（此件公开发布）；相关文件标题几乎与本篇相同。",
)


# ------------------------------------------------------------------ xl-10
CSS_GOV_2025 = """
:root{--main:#0e5aa7}
body{margin:0;font-family:"PingFang SC","Microsoft YaHei",sans-serif;background:#fff;color:#1f2329}
.site-head{position:relative;height:200px;background:linear-gradient(120deg,#0e5aa7,#3a8ee6);color:#fff}
.site-head .inner{max-width:1280px;margin:0 auto;padding:24px}
.site-head .quick{text-align:right;font-size:13px}.site-head .quick a{color:#fff;margin-left:14px}
.site-head .brand{font-size:38px;font-weight:600;margin-top:30px}
.site-head .brand small{display:block;font-size:15px;letter-spacing:2px;opacity:.8}
.search{position:absolute;right:24px;bottom:30px}.search input{width:320px;height:40px;border-radius:20px;border:0;padding:0 16px}
.main-nav{display:flex;max-width:1280px;margin:0 auto;border-bottom:1px solid #e5e6eb}.main-nav a{flex:1;text-align:center;line-height:56px;color:#1f2329;font-size:17px}
.layout{max-width:1280px;margin:0 auto;display:grid;grid-template-columns:1fr 300px;gap:40px;padding:20px 24px}
.bread{grid-column:1/3;font-size:14px;color:#86909c}
.doc h1{font-size:30px;line-height:1.45;margin:10px 0 16px;text-align:center}
.doc .props{display:flex;flex-wrap:wrap;gap:8px 22px;justify-content:center;color:#86909c;font-size:14px;padding-bottom:16px;border-bottom:1px solid #e5e6eb}
.doc .text{font-size:17px;line-height:2.1;margin-top:20px}
.doc .text p{text-indent:2em;margin:0 0 6px}.doc .text .fwzh{text-align:center;text-indent:0;color:#555}
.doc .text .to{text-indent:0}.doc .text .sig{text-align:right}
.doc .text h2{font-size:18px;margin:14px 0 6px;font-family:黑体}
.aside .card{border:1px solid #e5e6eb;border-radius:8px;padding:16px;margin-bottom:20px}
.aside .card h3{font-size:16px;margin:0 0 10px;color:var(--main)}
.aside li{font-size:14px;line-height:1.8}
.feedback{display:flex;gap:16px;margin:30px 0;font-size:14px}
.site-foot{background:#0b2f55;color:#a9bed6;font-size:13px;padding:30px 0;text-align:center;line-height:2.1}
"""


def tpl_10(p):
    body = p.body_html()
    return doc(p.title, CSS_GOV_2025, f"""
<header class="site-head"><div class="inner">
<div class="quick"><a href="#">长者模式</a><a href="#">无障碍</a><a href="#">繁體</a><a href="#">English</a><a href="#">登录</a><a href="#">注册</a></div>
<div class="brand">江屿县人民政府<small>JIANGYU COUNTY PEOPLE'S GOVERNMENT</small></div>
{searchbox('搜索政策、服务、新闻', '搜索')}
</div></header>
<nav class="main-nav">{links(['首页','走进江屿','政务要闻','政府信息公开','政务服务','政民互动','优化营商环境'], sep=NL)}</nav>
<div class="layout">
<div class="bread">当前位置：<a href="#">首页</a> / <a href="#">政府信息公开</a> / <a href="#">政策文件</a> / <a href="#">县政府文件</a> / 正文</div>
<article class="doc">
<h1>{p.title}</h1>
<div class="props"><span>发布时间：{p.time}</span><span>来源：县政府办</span><span>浏览量：2,315</span><span>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span><span><a href="#">打印</a></span></div>
<div class="text">
{body}
</div>
<div class="feedback"><span>本页内容对您有帮助吗？</span><button type="button">有帮助</button><button type="button">没帮助</button></div>
{prevnext('江屿县人民政府关于印发江屿县2024年重点民生实事的通知', '江屿县人民政府关于进一步做好稳就业工作的实施意见')}
</article>
<aside class="aside">
<div class="card"><h3>政策解读</h3><ul><li><a href="#">一图读懂《关于进一步支持民营经济高质量发展的若干意见》</a></li><li><a href="#">《关于进一步支持民营经济高质量发展的若干意见》政策解读</a></li><li><a href="#">县发改委负责人解读支持民营经济高质量发展若干意见</a></li></ul></div>
<div class="card"><h3>相关文件</h3><ul><li><a href="#">芜湖市支持民营经济发展若干措施</a></li><li><a href="#">江屿县优化营商环境三年行动方案</a></li></ul></div>
<div class="card">{qr('扫码关注“江屿发布”', '江屿发布二维码')}</div>
</aside>
</div>
<footer class="site-foot"><p>主办：江屿县人民政府办公室　承办：江屿县数据资源管理局</p>
<p>网站标识码：3402250004　<a href="#">皖ICP备19003521号-1</a>　皖公网安备 34022502000277号</p>
<p>地址：江屿县江城路168号　邮编：241200　服务热线：0553-12345</p>
<p><img alt="党政机关"> <img alt="政府网站找错"> <img alt="信息无障碍"></p></footer>
""")


P10 = Page(
    "xl-10", "government", "江屿县人民政府（安徽县级门户，2025改版）",
    "江屿县人民政府关于进一步支持民营经济高质量发展的若干意见", [], "2024-04-22 10:30",
    [
        X('<p class="fwzh">江政〔2024〕12号</p>'),
        P("各乡镇人民政府，县政府各部门、各直属机构：", '<p class="to">{}</p>'),
        P("为进一步优化民营经济发展环境，激发民营经济发展活力，推动全县民营经济高质量发展，结合我县实际，提出如下意见。"),
        H("一、降低经营成本", "<h2>{}</h2>"),
        P("（一）落实惠企政策“免申即享”。对符合条件的减税降费、稳岗返还、技改补贴等政策，通过大数据比对主动推送、直接兑付，2024年底前“免申即享”政策事项不少于30项。"),
        P("（二）降低用地用能成本。工业用地可采取长期租赁、先租后让、弹性年期等方式供应；对亩均效益评价A类企业，按规定给予用电、用水差别化支持。"),
        H("二、强化金融支持", "<h2>{}</h2>"),
        P("（三）设立县级应急转贷资金池，规模不低于5000万元，为民营企业提供过桥资金，单笔期限最长不超过15天。"),
        P("（四）对首次获得银行贷款的小微企业，按贷款实际利息的30%给予贴息，单户年度最高不超过10万元。"),
        H("三、支持创新发展", "<h2>{}</h2>"),
        P("（五）对新认定的国家级专精特新“小巨人”企业、省级专精特新中小企业，分别给予50万元、20万元一次性奖励。"),
        P("（六）鼓励企业建设研发机构，对新认定的省级企业技术中心、工程研究中心，给予30万元奖励。"),
        H("四、优化服务保障", "<h2>{}</h2>"),
        P("（七）建立县领导联系重点民营企业制度，常态化开展“政企早餐会”，企业反映的问题实行清单管理、限时办结。"),
        P("（八）严格规范涉企执法检查，推行“综合查一次”，无事不扰、有求必应。"),
        P("本意见自印发之日起施行，有效期至2026年12月31日。此前我县出台的相关政策与本意见不一致的，以本意见为准。"),
        P("江屿县人民政府", '<p class="sig">{}</p>'),
        P("2024年4月18日", '<p class="sig">{}</p>'),
    ],
    tpl_10,
    features="2025年改版县级门户（grid 两栏）；意见类规范性文件；文号行不入正文；“本页内容对您有帮助吗？”按钮；侧栏政策解读标题重复本篇标题；英文站名副标题。",
)

# ------------------------------------------------------------------ xl-11
CSS_GOV_2018 = """
body{margin:0;font:14px/1.5 "Microsoft YaHei";background:#f4f4f4}
.box{width:1140px;margin:0 auto}
.hdr{background:#fff;height:110px;border-top:4px solid #3d7e3b}.hdr .nm{font-size:30px;color:#3d7e3b;line-height:110px}
.hdr .search{float:right;margin-top:-70px}
.mn{background:#3d7e3b}.mn a{display:inline-block;color:#fff;padding:0 22px;line-height:44px}
.locat{line-height:40px;color:#666}
.cont{background:#fff;padding:30px 50px;border:1px solid #e6e6e6}
.cont h1{text-align:center;font-size:24px;color:#222}
.cont .fwh{text-align:center;font-size:15px;color:#333}
.cont .info{text-align:center;color:#8a8a8a;border-bottom:1px solid #e6e6e6;padding-bottom:10px}
.cont .txt p{font-size:16px;line-height:2;text-indent:2em;margin:0 0 6px}
.cont .txt .tb{border-collapse:collapse;width:100%;font-size:13px}.cont .txt .tb td,.cont .txt .tb th{border:1px solid #777;padding:4px;text-align:center}
.fujian{background:#f7faf5;border:1px dashed #9cc39a;padding:10px 16px;margin-top:16px}
.btns{text-align:center;margin:24px 0}.btns a{border:1px solid #ccc;padding:4px 16px;margin:0 6px}
.foot{background:#2f4f2e;color:#d2dfd1;text-align:center;line-height:2;padding:20px 0;margin-top:20px}
"""


def tpl_11(p):
    body = p.body_html()
    return doc(p.title + "--赣州市自然资源局", CSS_GOV_2018, f"""
<div class="hdr"><div class="box"><div class="nm"><img alt="赣州市自然资源局"> 赣州市自然资源局</div>{searchbox('全文检索', '检索')}
<div style="text-align:right;font-size:13px"><a href="#">无障碍</a>　<a href="#">关怀版</a>　<a href="#">繁體</a></div></div></div>
<div class="mn"><div class="box">{links(['首页','机构概况','新闻动态','政务公开','土地市场','测绘地理信息','网上办事','互动交流'], sep=NL)}</div></div>
<div class="box">
<div class="locat">当前位置：<a href="#">首页</a> &gt; <a href="#">土地市场</a> &gt; <a href="#">出让公告</a></div>
<div class="cont">
<h1>{p.title}</h1>
<p class="fwh">赣市自然资挂告字〔2024〕15号</p>
<div class="info">发布时间：{p.time}　　来源：赣州市自然资源局　　浏览次数：4127</div>
<div class="txt">
{body}
</div>
<div class="fujian"><p>附件：</p><p><a href="#">1. 赣州市国有建设用地使用权挂牌出让文件（GZ2024-15）.pdf</a></p><p><a href="#">2. 宗地规划条件及红线图.pdf</a></p></div>
<div class="btns"><a href="#">打印本页</a><a href="#">关闭窗口</a></div>
{prevnext('赣州市自然资源局国有建设用地使用权挂牌出让公告（赣市自然资挂告字〔2024〕14号）', '赣州市国有建设用地使用权挂牌出让结果公示（2024-13）')}
</div></div>
<div class="foot">版权所有：赣州市自然资源局　地址：赣州市章贡区长征大道12号　邮编：341000<br>
网站标识码：3607000028　赣ICP备13003352号　赣公网安备 36070202000141号　联系电话：0797-8126700</div>
""")


P11 = Page(
    "xl-11", "government", "赣州市自然资源局（市级部门，2018）",
    "赣州市自然资源局国有建设用地使用权挂牌出让公告", [], "2024-07-02 17:05:23",
    [
        P("经赣州市人民政府批准，赣州市自然资源局决定以挂牌方式出让2宗国有建设用地使用权。现将有关事项公告如下："),
        H("一、挂牌出让地块的基本情况和规划指标要求", "<p><b>{}</b></p>"),
        TBL([["地块编号", "土地位置", "面积（平方米）", "用途", "容积率", "出让年限", "起始价（万元）", "保证金（万元）"],
             ["GZ2024-15-01", "章江新区纬九路以南", "18642.37", "城镇住宅用地", "1.0＜R≤2.5", "70年", "26100", "5220"],
             ["GZ2024-15-02", "蓉江新区创业路东侧", "9875.60", "商服用地", "1.5＜R≤3.0", "40年", "5430", "1086"]]),
        H("二、竞买人资格", "<p><b>{}</b></p>"),
        P("中华人民共和国境内外的法人、非法人组织和自然人，除法律法规另有规定外，均可申请参加竞买，可以单独申请，也可以联合申请。申请人须在赣州市公共资源交易平台完成数字证书办理。"),
        H("三、挂牌时间地点", "<p><b>{}</b></p>"),
        P("挂牌时间为2024年7月22日9时至2024年8月2日10时，挂牌地点为赣州市公共资源交易中心网上交易系统。竞买保证金到账截止时间为2024年7月31日17时。"),
        H("四、其他需要公告的事项", "<p><b>{}</b></p>"),
        P("本次挂牌出让地块按现状交地。竞得人须在成交后10个工作日内签订《国有建设用地使用权出让合同》，并按合同约定缴清土地出让价款。"),
        P("联系地址：赣州市章贡区长征大道12号市自然资源局土地利用科"),
        P("联系人：钟先生　联系电话：0797-8126735"),
        P("赣州市自然资源局", '<p style="text-align:right">{}</p>'),
        P("2024年7月2日", '<p style="text-align:right">{}</p>'),
    ],
    tpl_11,
    features="土地出让公告；标题下公告编号行（不入正文）；宽表格含“＜”“≤”；发布时间带秒；附件列表与上一篇（标题几乎相同）；联系人、电话属公告正文。",
)


# ------------------------------------------------------------------ xl-12
CSS_GOV_2023 = """
body{margin:0;font-family:"Microsoft YaHei";background:#f7f8fa}
.inner{width:1200px;margin:0 auto}
.gov-top{background:#fff;font-size:13px;line-height:36px;color:#999}.gov-top .r{float:right}.gov-top a{margin-left:12px;color:#666}
.gov-head{height:160px;background:#c62f2f;color:#fff}.gov-head .nm{font-size:36px;padding-top:46px}
.gov-nav{background:#a82424}.gov-nav a{display:inline-block;color:#fff;line-height:52px;padding:0 30px;font-size:16px}
.town-head{background:#fff;border-bottom:2px solid #c62f2f;line-height:54px;font-size:22px;padding-left:20px;color:#c62f2f}
.crumb{line-height:44px;font-size:14px;color:#888}
.news{background:#fff;padding:30px 80px}
.news .src{color:#999;font-size:14px}
.news h1{font-size:28px;margin:12px 0 24px}
.news .txt p{font-size:17px;line-height:1.9;text-indent:2em}
.news .txt .sub{font-weight:bold;color:#c62f2f}
.pic{text-align:center}.pic-cap{font-size:14px;color:#777;text-indent:0!important;text-align:center}
.news .credits{color:#666;font-size:14px;text-align:right}
.news .op{display:flex;gap:20px;border-top:1px solid #eee;padding-top:12px;color:#777}
.related h3{font-size:18px}.related li span{float:right;color:#aaa}
.gov-foot{background:#2b2b2b;color:#aaa;text-align:center;padding:26px 0;font-size:13px;line-height:2}
"""


def tpl_12(p):
    body = p.body_html()
    return doc(p.title + "_重庆市万州区人民政府", CSS_GOV_2023, f"""
<div class="gov-top"><div class="inner">重庆市万州区人民政府<span class="r"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁体</a><a href="#">智能问答</a></span></div></div>
<div class="gov-head"><div class="inner"><div class="nm">重庆市万州区人民政府</div>{searchbox('请输入搜索内容', '搜索')}</div></div>
<div class="gov-nav"><div class="inner">{links(['首页','走进万州','政务公开','政务服务','政民互动','镇乡街道'], sep=NL)}</div></div>
<div class="inner">
<div class="town-head">雁鸣镇人民政府</div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">镇乡街道</a> &gt; <a href="#">雁鸣镇</a> &gt; <a href="#">工作动态</a> &gt; 正文</div>
<div class="news">
<div class="src">来源：雁鸣镇　{p.time}</div>
<h1>{p.title}</h1>
<div class="txt">
{body}
</div>
<p class="credits">撰稿：谭晓燕　摄影：冉　冬　审核：向　明</p>
<div class="op"><span>【<a href="#">字号 大 中 小</a>】</span><span>【<a href="#">打印</a>】</span><span>【<a href="#">关闭</a>】</span><span>分享：<a href="#">微信</a> <a href="#">微博</a></span></div>
{related('相关新闻', [('雁鸣镇：柑橘种植户学技术 科学管护保丰收', '2024-06-05'), ('万州区晚熟柑橘采摘季开启 线上线下销售两旺', '2024-11-12'), ('雁鸣镇召开柑橘产业发展座谈会', '2024-08-21'), ('直播带货助力柑橘销售 雁鸣镇培育本土“带货主播”', '2024-10-09')])}
</div></div>
<div class="gov-foot">主办：重庆市万州区人民政府办公室　承办：雁鸣镇人民政府<br>
网站标识码：5001010006　渝ICP备05003601号-3　渝公网安备 50010102000338号<br>地址：雁鸣镇正街56号　电话：023-58631112</div>
""")


P12 = Page(
    "xl-12", "government", "重庆市万州区人民政府·雁鸣镇（镇级动态，2023）",
    "雁鸣镇：柑橘丰收季 线上线下齐发力", ["谭晓燕"], "2024-11-18 16:47",
    [
        P("眼下正值晚熟柑橘采收季，雁鸣镇2.6万亩柑橘陆续成熟。走进该镇青杠村的橘园，金黄的果实挂满枝头，果农们忙着采摘、分拣、装箱，一派丰收景象。"),
        FIG("柑橘采摘", "果农在青杠村橘园采摘柑橘"),
        P("“今年雨水匀，果子个头大、糖分足，客商上门收购价每斤比去年高了两毛钱。”种植大户陈德友一边剪果一边算账，他家80亩果园预计产量达15万斤。"),
        H("直播间里卖柑橘", '<p class="sub">{}</p>'),
        P("在镇电商服务中心，返乡青年冉小雨正对着镜头介绍柑橘品种和口感。“家人们，这就是我们雁鸣的橘子，现摘现发，坏果包赔！”一场两个小时的直播，卖出柑橘1200多单。"),
        P("今年以来，雁鸣镇联合区电商协会开展直播带货培训6期，培育本土“带货主播”32名，搭建“产地仓+快递驿站”，实现下单后24小时内发货。截至目前，全镇柑橘线上销售量已突破800吨。"),
        FIG("直播", "返乡青年在直播间推介柑橘"),
        H("线下订单稳销路", '<p class="sub">{}</p>'),
        P("在拓展线上渠道的同时，雁鸣镇组织果农专业合作社与区内外商超、水果批发市场签订长期供货协议，并引进两条柑橘分选线，按果径、糖度分级销售，优果优价。"),
        P("“线上线下两条腿走路，果农心里更有底了。”镇农业服务中心负责人表示，下一步将加快冷链仓储设施建设，延长销售周期，力争全年柑橘产值突破2亿元。"),
    ],
    tpl_12,
    features="区政府门户的镇级子站（2023）；来源与时间在标题上方；“撰稿/摄影/审核”一行（撰稿人为作者，摄影、审核不是）；图注；红色加粗段落小标题；相关新闻重复“柑橘”“线上线下”。",
)
