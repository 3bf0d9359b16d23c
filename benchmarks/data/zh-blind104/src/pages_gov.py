"""Government pages va-01 .. va-12 (湖北, 福建, 青海, 天津)."""
from lib import ul, links, img, GIF, U2

PAGES = []
A = PAGES.append

# ---------------------------------------------------------------- va-01
A(dict(
    id="va-01", kind="government", lang="zh",
    features="2012-style table layout of a 湖北 district portal; 领导活动; info bar below headline with 发布时间/来源/浏览次数/字体/打印/关闭 in one table cell; closing （通讯员 …） byline in last paragraph; 责任编辑 line",
    title="区长周明远赴小溪塔街道调研城市更新项目",
    authors=["严可", "覃思雨"],
    publish_time="2024-05-14 16:22",
    head_title="区长周明远赴小溪塔街道调研城市更新项目 - 宜昌市夷陵区人民政府",
    doctype='<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
    css="""body{margin:0;font:12px/1.8 SimSun,serif;background:#e9eef3}
table.wrap{width:1000px;margin:0 auto;background:#fff}
.top td{background:#1d5fa8;color:#fff;font-size:12px}
.banner{height:110px;font:bold 34px/110px SimHei;color:#0b3b73;padding-left:30px}
.nav td{background:#0b4d96;text-align:center}.nav a{color:#fff;font-size:14px;font-weight:bold}
.title{font:bold 22px SimHei;color:#c00;text-align:center;padding:18px 0 6px}
.info{border-bottom:1px dashed #aaa;text-align:center;color:#666}
.content{font-size:14px;line-height:2;padding:10px 30px}
.foot{background:#0b4d96;color:#dfe;text-align:center;line-height:22px;padding:10px}""",
    shell=f"""<table class="wrap" cellpadding="0" cellspacing="0">
<tr class="top"><td>今天是：2024年5月15日</td><td align="right">{links(['设为首页','加入收藏','无障碍浏览','长者模式','繁體版'], ' | ')}</td></tr>
<tr><td colspan="2" class="banner">宜昌市夷陵区人民政府</td></tr>
<tr class="nav"><td colspan="2"><table width="100%"><tr>{''.join(f'<td><a href="#">{n}</a></td>' for n in ['首 页','走进夷陵','政务公开','政务服务','互动交流','专题专栏'])}</tr></table></td></tr>
<tr><td colspan="2" style="padding:6px 10px">站内搜索：<input type="text" value="请输入关键字"> <input type="button" value="搜索"></td></tr>
<tr><td colspan="2" style="padding:4px 10px;background:#f3f6f9">您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">新闻中心</a> &gt;&gt; <a href="#">领导活动</a> &gt;&gt; 正文</td></tr>
<tr><td colspan="2">
<table width="100%"><tr><td class="title">区长周明远赴小溪塔街道调研城市更新项目</td></tr>
<tr><td class="info">发布时间：2024-05-14 16:22&nbsp;&nbsp;&nbsp;&nbsp;信息来源：区政府办公室&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：1289&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>
<tr><td class="content">@@BODY@@</td></tr>
<tr><td style="text-align:right;padding-right:30px">【<a href="#">打印本页</a>】 【<a href="#">关闭窗口</a>】</td></tr>
<tr><td style="padding:8px 30px">上一篇：<a href="#">区政府召开第42次常务会议</a><br>下一篇：<a href="#">我区开展安全生产月启动仪式</a></td></tr>
</table></td></tr>
<tr><td colspan="2" class="foot">主办：宜昌市夷陵区人民政府办公室　承办：夷陵区政务服务和大数据管理局<br>地址：宜昌市夷陵区东湖大道28号　联系电话：0717-78X1234<br>鄂ICP备05007361号-2　<img src="{GIF}" alt="">鄂公网安备 42050602000391号　网站标识码：4205060007</td></tr>
</table>""",
    bstyle={"p": "u3000"},
    blocks=[
        ("p", "5月14日，区长周明远带队到小溪塔街道，实地调研老旧小区改造和背街小巷整治等城市更新项目推进情况。"),
        ("img", "周明远在东湖社区察看改造进度", "周明远在东湖社区察看改造进度"),
        ("p", "在东湖社区金港苑小区，周明远详细察看了管网改造、屋面防水和加装电梯施工现场，与施工单位负责人、小区居民代表交流，了解工程进度和群众诉求。他强调，老旧小区改造是民生工程，要坚持“先地下、后地上”，合理安排施工时序，最大限度减少对居民生活的影响。"),
        ("p", "在桔城路背街小巷整治现场，周明远听取了街道关于“一巷一策”整治方案的汇报。他指出，要把城市更新与产业培育、文化挖掘结合起来，留住老街巷的烟火气，让整治后的街巷既有颜值又有活力。"),
        ("p", "随后召开的座谈会上，区住建局、区城管执法局、小溪塔街道分别汇报了工作进展及存在的困难。周明远要求，各相关部门要强化协同配合，建立问题清单、责任清单和时限清单，对资金保障、管线迁改等难点问题逐项研究解决，确保今年计划实施的23个城市更新项目10月底前全部完工。"),
        ("p", "区政府副区长孙德华，区政府办公室、区发展改革局等部门负责人参加调研。（通讯员 严可 覃思雨）"),
        ("x", '<p style="text-align:right">责任编辑：王丽娟</p>'),
    ],
))

# ---------------------------------------------------------------- va-02
A(dict(
    id="va-02", kind="government", lang="zh",
    features="福建 city government 通知 as an official document: 文号 line (not body), 主送, numbered items, 署名 and 成文日期 right-aligned (body), 附件 line; metadata table (索引号/发文机关/成文日期/发布日期) above headline; authors []",
    title="泉州市人民政府办公室关于做好2025年度春季植树造林工作的通知",
    authors=[],
    publish_time="2025-02-26",
    head_title="泉州市人民政府办公室关于做好2025年度春季植树造林工作的通知_市政府办文件_泉州市人民政府",
    css="""body{margin:0;font-family:"Microsoft YaHei",sans-serif;color:#333;background:#fff}
.hd{background:linear-gradient(#b71c1c,#8e1010);color:#fff;padding:18px 40px}
.hd .logo{font-size:30px;font-weight:bold;letter-spacing:4px}
.hd .tools{float:right;font-size:13px}.hd .tools a{color:#fff;margin-left:10px}
.mnav{background:#7a0c0c}.mnav a{display:inline-block;color:#fff;padding:10px 22px}
.crumb{width:1100px;margin:12px auto;font-size:13px;color:#666}
.meta{width:1100px;margin:0 auto;border:1px solid #ddd;border-collapse:collapse;font-size:13px}
.meta td{border:1px solid #ddd;padding:6px 10px}.meta td.k{background:#f7f0f0;width:90px;color:#8e1010}
.doc{width:900px;margin:20px auto}.doc h1{text-align:center;color:#b71c1c;font-size:24px}
.wh{text-align:center;color:#555}
.doc p{font-size:16px;line-height:2.1}
.ft{background:#f2f2f2;border-top:3px solid #b71c1c;text-align:center;font-size:12px;color:#666;padding:16px}""",
    shell=f"""<div class="hd"><span class="tools">{links(['无障碍','长者模式','简','繁','English'])}</span><div class="logo">泉州市人民政府</div></div>
<div class="mnav">{links(['首页','要闻动态','政务公开','政务服务','政民互动','走进泉州'], '')}</div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政府文件</a> &gt; <a href="#">市政府办文件</a></div>
<table class="meta">
<tr><td class="k">索 引 号</td><td>QZ00101-0300-2025-00017</td><td class="k">所属机构</td><td>泉州市人民政府办公室</td></tr>
<tr><td class="k">所属主题</td><td>农业、林业、水利</td><td class="k">发文日期</td><td>2025-02-24</td></tr>
<tr><td class="k">标　　题</td><td colspan="3">泉州市人民政府办公室关于做好2025年度春季植树造林工作的通知</td></tr>
<tr><td class="k">文　　号</td><td>泉政办明〔2025〕9号</td><td class="k">发布日期</td><td>2025-02-26</td></tr>
</table>
<div class="doc">
<h1>泉州市人民政府办公室关于做好2025年度春季植树造林工作的通知</h1>
<p class="wh">泉政办明〔2025〕9号</p>
@@BODY@@
<p style="text-align:center">{links(['【打印】','【关闭】'],'　')}</p>
</div>
<div class="ft">{links(['网站地图','联系我们','使用帮助','隐私声明'],' | ')}<br>主办：泉州市人民政府办公室　承办：泉州市大数据服务中心<br>闽ICP备06012275号-1　闽公网安备 35050302000127号　网站标识码：3505000015<br><img src="{GIF}" alt="党政机关">　<img src="{GIF}" alt="政府网站找错"></div>""",
    bstyle={"p": "pindent", "h": "plain-p"},
    blocks=[
        ("p", "各县（市、区）人民政府，泉州开发区、泉州台商投资区管委会，市直有关单位："),
        ("p", "为深入推进国土绿化行动，巩固提升森林城市建设成果，经市政府同意，现就做好2025年度春季植树造林工作通知如下："),
        ("h", "一、明确目标任务"),
        ("p", "今年春季全市计划完成植树造林3.2万亩，其中人工造林0.8万亩、封山育林1.1万亩、森林抚育1.3万亩；城乡新增绿化面积不少于260公顷，建设“口袋公园”40个。任务已分解下达至各地，各地要于3月10日前将任务落实到山头地块。"),
        ("h", "二、抓住有利时节"),
        ("p", "各地要抢抓雨季有利时机，3月至4月集中开展造林绿化，优先选用乡土树种和珍贵树种，严把种苗质量关，严禁使用无证、无签、来源不明的苗木。"),
        ("h", "三、强化督促检查"),
        ("p", "市林业局要会同市自然资源局等部门加强跟踪指导，5月下旬组织开展造林成效核查，核查结果纳入年度乡村振兴实绩考核。"),
        ("p", "附件：2025年度春季植树造林任务分解表"),
        ("right", "泉州市人民政府办公室"),
        ("right", "2025年2月24日"),
        ("p", "（此件主动公开）"),
    ],
))

# ---------------------------------------------------------------- va-03
A(dict(
    id="va-03", kind="government", lang="zh",
    features="青海 乡镇 page on a county portal, 2016-style div layout; info bar above headline? no: below, spaced fields 作者：/来源：/时间：; spaced two-character author name 马  莉 in the info bar; photo with caption; 审核 line",
    title="塔尔镇开展“村村响”应急广播维护培训",
    authors=["马莉"],
    publish_time="2023年11月08日",
    head_title="塔尔镇开展“村村响”应急广播维护培训-湟中区人民政府",
    css="""body{margin:0;font:14px/1.7 "Microsoft YaHei";background:#f4f1ea}
.w{width:1200px;margin:0 auto;background:#fff}
.head{height:120px;background:#2e6b4f;color:#fff;font-size:32px;line-height:120px;padding-left:40px}
.search{float:right;margin:40px 30px 0 0;font-size:14px}
.nav li{display:inline-block;padding:10px 18px;background:#245a41;color:#fff;list-style:none}.nav a{color:#fff}
.pos{padding:10px 20px;color:#777}
.art{padding:10px 60px}.art h2{text-align:center;font-size:24px}
.msg{text-align:center;color:#888;font-size:13px}
.msg span{margin:0 12px}
.foot{background:#2e6b4f;color:#cde;text-align:center;padding:18px;font-size:12px}""",
    shell=f"""<div class="w">
<div class="head"><div class="search"><input type="text" placeholder="请输入搜索内容"><button>搜索</button></div>西宁市湟中区人民政府</div>
{ul(['首页','湟中概况','政务公开','乡镇动态','部门动态','便民服务','互动交流'],'nav')}
<div class="pos">当前位置：<a href="#">首页</a> &gt; <a href="#">乡镇动态</a> &gt; <a href="#">塔尔镇</a> &gt; 正文</div>
<div class="art">
<h2>塔尔镇开展“村村响”应急广播维护培训</h2>
<div class="msg"><span>作者：马　莉</span><span>来源：塔尔镇人民政府</span><span>时间：2023年11月08日</span><span>阅读：406</span></div>
<hr>
@@BODY@@
<p style="text-align:right">审核：祁永宏</p>
<div>{links(['分享到：','微信','微博','QQ空间'],' ')}</div>
</div>
<div style="padding:0 60px">相关阅读{ul(['塔尔镇召开冬季防火工作部署会','塔尔镇开展农村房屋安全排查','塔尔镇组织收看全省基层治理现场会'])}</div>
<div class="foot">版权所有：西宁市湟中区人民政府　主办：湟中区人民政府办公室<br>青ICP备13000571号　青公网安备63012202000118号　网站标识码：6301220003　联系电话：0971-22X5507</div>
</div>""",
    bstyle={"p": "p"},
    blocks=[
        ("p", "为进一步提升基层应急信息发布能力，确保应急广播在防汛、防火、疫情防控等工作中“叫得响、用得上”，11月7日，塔尔镇组织开展“村村响”应急广播维护培训，全镇22个行政村广播管理员参加。"),
        ("img", "培训现场", "图为培训现场"),
        ("p", "培训邀请区融媒体中心技术人员授课，围绕广播终端日常巡检、常见故障排查、音源播放与定时设置等内容进行讲解，并现场演示了手机远程喊话操作流程。授课老师结合近年来雨雪天气导致线路受损的案例，提醒管理员做好设备防潮防雷，发现问题及时上报。"),
        ("p", "培训结束后，镇应急办对各村广播运行情况进行了逐一测试。截至目前，全镇共建成应急广播终端186个，覆盖率达到100%。"),
        ("p", "下一步，塔尔镇将建立应急广播定期巡检和维护台账，每月至少组织一次全镇联播测试，推动应急广播在政策宣传、预警发布中发挥更大作用。"),
    ],
))

# ---------------------------------------------------------------- va-04
A(dict(
    id="va-04", kind="government", lang="zh",
    features="天津 district 政策解读, 2021 responsive page; info bar glued without spaces (时间+来源 run together); 文/ byline on its own line (not body, author); Q&A sub-headings as h4; an ordered list; 扫一扫 QR caption; 相关文件 link box",
    title="一图读懂《西青区支持小微企业数字化转型若干措施》",
    authors=["周婧怡"],
    publish_time="2025-03-18 10:32:07",
    head_title="一图读懂《西青区支持小微企业数字化转型若干措施》_政策解读_天津市西青区人民政府",
    css="""*{box-sizing:border-box}body{margin:0;font-family:"PingFang SC","Microsoft YaHei";color:#222}
header{background:#0d47a1;padding:14px 5%;color:#fff;display:flex;justify-content:space-between}
header .logo{font-size:26px}header a{color:#cfe}
nav{background:#1565c0;padding:0 5%}nav a{color:#fff;display:inline-block;padding:12px 16px}
main{max-width:960px;margin:0 auto;padding:20px}
.bread{font-size:13px;color:#888}
h1{font-size:26px;text-align:center;margin:24px 0 8px}
.infobar{font-size:13px;color:#777;text-align:center;border-bottom:1px solid #eee;padding-bottom:12px}
.byline{color:#555;text-align:center}
.art p{font-size:17px;line-height:1.9;text-indent:2em}
.art h4{color:#0d47a1;font-size:17px}
.rel{background:#f5f8fc;padding:12px 20px;margin-top:20px}
footer{background:#263238;color:#aab;font-size:12px;text-align:center;padding:20px}""",
    shell=f"""<header><div class="logo">天津市西青区人民政府</div><div>{links(['无障碍','关怀版','移动版','登录'],' | ')}</div></header>
<nav>{links(['首页','政务动态','信息公开','政策解读','办事服务','互动交流','数据开放'],'')}</nav>
<main>
<div class="bread">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策解读</a> &gt; 正文</div>
<h1>一图读懂《西青区支持小微企业数字化转型若干措施》</h1>
<div class="infobar"><span>发布时间：2025-03-18 10:32:07</span><span>来源：区工业和信息化局</span><span>浏览量：2317</span></div>
<p class="byline">文/周婧怡</p>
<div class="art">@@BODY@@</div>
<div class="rel"><b>相关文件：</b>{ul(['天津市西青区人民政府办公室关于印发西青区支持小微企业数字化转型若干措施的通知'])}</div>
<p>{img('二维码')} 扫一扫在手机打开当前页</p>
<p>{links(['【打印本页】','【关闭窗口】'])}</p>
</main>
<footer>主办单位：天津市西青区人民政府办公室　承办单位：西青区政务服务办<br>津ICP备05004523号-3　津公网安备 12011102000245号　网站标识码：1201110009<br>建议使用1366×768分辨率浏览本网站</footer>""",
    bstyle={"p": "p", "h": "h4"},
    blocks=[
        ("p", "近日，西青区出台《支持小微企业数字化转型若干措施》（以下简称《措施》），从诊断服务、改造补贴、人才培育等方面推出12条支持举措。区工业和信息化局对《措施》中企业关心的问题进行了梳理解读。"),
        ("img", "政策图解", "", True),
        ("h", "问：哪些企业可以申请支持？"),
        ("p", "答：注册地和税收户管地均在西青区、上一年度营业收入在2亿元以下的工业和生产性服务业小微企业，均可申请。"),
        ("h", "问：数字化改造补贴标准是多少？"),
        ("p", "答：企业实施数字化改造项目，经验收合格的，按照软硬件实际投入的30%给予补贴，单个企业最高不超过50万元。"),
        ("h", "问：申报需要准备哪些材料？"),
        ("ul", ["企业申报表及承诺书；", "项目合同、发票及付款凭证；", "第三方机构出具的数字化诊断报告；", "项目验收报告。"], "ol"),
        ("p", "《措施》自2025年4月1日起施行，有效期3年。企业可登录“西青区惠企政策服务平台”在线申报，咨询电话：022-27X93615。"),
    ],
))

# ---------------------------------------------------------------- va-05
A(dict(
    id="va-05", kind="government", lang="zh",
    features="湖北 city department (生态环境局) 公示 with a data table (header row + rows), 公示期 and contact lines, 署名 and date; info bar is a grey box ABOVE the headline; authors []",
    title="关于2024年第三批建设项目环境影响评价文件拟审批意见的公示",
    authors=[],
    publish_time="2024-09-03 09:15",
    head_title="关于2024年第三批建设项目环境影响评价文件拟审批意见的公示--襄阳市生态环境局",
    css="""body{margin:0;font:14px "Microsoft YaHei";background:#eef5ef}
.top{background:#fff;border-bottom:4px solid #2f8f46;padding:10px 60px}.top b{font-size:28px;color:#2f8f46}
.top .r{float:right;margin-top:12px}
.menu{background:#2f8f46;padding:0 60px}.menu a{color:#fff;display:inline-block;padding:9px 20px}
.box{width:1000px;margin:16px auto;background:#fff;padding:20px 40px}
.pinfo{background:#f2f2f2;padding:6px;color:#666;font-size:12px}
.box h1{font-size:22px;text-align:center;color:#1d5f2e}
table.dt{border-collapse:collapse;width:100%;font-size:13px}table.dt td,table.dt th{border:1px solid #999}
.foot{text-align:center;color:#555;font-size:12px;padding:20px;border-top:1px solid #cfc}""",
    shell=f"""<div class="top"><span class="r">{links(['无障碍阅读','长者模式','繁体'],' ')} <input type="text" placeholder="搜索本站"></span><b>襄阳市生态环境局</b></div>
<div class="menu">{links(['网站首页','机构概况','新闻动态','信息公开','环境质量','公众参与','办事服务'],'')}</div>
<div class="box">
<div>您所在的位置： <a href="#">首页</a> » <a href="#">信息公开</a> » <a href="#">环评审批公示</a></div>
<div class="pinfo">发布日期：2024-09-03 09:15　　信息来源：行政审批科　　点击数：517　　字号：[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</div>
<h1>关于2024年第三批建设项目环境影响评价文件拟审批意见的公示</h1>
@@BODY@@
<p>{links(['[打印]','[关闭]'])}</p>
<p>上一条：<a href="#">关于2024年第二批建设项目环评文件审批决定的公告</a></p>
<p>下一条：<a href="#">襄阳市2024年8月环境空气质量通报</a></p>
</div>
<div class="foot">襄阳市生态环境局版权所有　地址：襄阳市长虹北路X号　邮编：441000<br>鄂ICP备10201648号　鄂公网安备 42060202000213号　网站标识码：4206000021</div>""",
    bstyle={"p": "u3000"},
    blocks=[
        ("p", "根据建设项目环境影响评价审批程序的有关规定，经审查，我局拟对下列建设项目环境影响评价文件作出审批意见。为保证审批工作的严肃性和公正性，现将拟审批的项目基本情况予以公示，公示期为2024年9月3日至9月9日（5个工作日）。"),
        ("table", [["序号", "项目名称", "建设地点", "建设单位", "环评机构", "拟审批意见"],
                   ["1", "年产5万吨新能源电池壳体项目", "襄州区伙牌镇", "襄阳瑞驰精密制造有限公司", "湖北绿衡环境科技有限公司", "拟批准"],
                   ["2", "东津新区污水处理厂三期扩建工程", "东津新区", "襄阳市东津水务有限公司", "武汉清源环保咨询有限公司", "拟批准"],
                   ["3", "枣阳市吴店镇生猪养殖场改扩建项目", "枣阳市吴店镇", "枣阳丰田农牧有限公司", "湖北鄂环工程咨询有限公司", "拟批准"]]),
        ("p", "公示期间，公民、法人和其他组织如对上述项目有意见或建议，可通过电话、信函、电子邮件等方式向我局反映。"),
        ("p", "联系电话：0710-34X6218"),
        ("p", "通讯地址：襄阳市长虹北路X号襄阳市生态环境局行政审批科"),
        ("right", "襄阳市生态环境局"),
        ("right", "2024年9月3日"),
    ],
))

# ---------------------------------------------------------------- va-06
A(dict(
    id="va-06", kind="government", lang="zh",
    features="福建 街道 news on a district portal (2019 design); info bar with 作者：通讯员 林  燕 (two ASCII spaces inside the name) and 来源; closing lines 编辑：/审核：/签发： (not authors); bullet list of measures",
    title="鼓山镇“红色物业”联盟破解老旧小区管理难题",
    authors=["林燕"],
    publish_time="2024-07-22",
    head_title="鼓山镇“红色物业”联盟破解老旧小区管理难题 - 福州市晋安区人民政府",
    css="""body{margin:0;font:15px/1.8 "Microsoft YaHei";color:#333}
.gtop{background:#f6f6f6;font-size:12px;padding:4px 80px;color:#666}
.gtop a{margin-right:10px;color:#666}
.logo{padding:26px 80px;font-size:30px;color:#c62828;background:#fff url() no-repeat}
.navbar{background:#c62828;padding:0 80px}.navbar a{display:inline-block;color:#fff;padding:12px 20px;font-size:16px}
.container{display:flex;gap:30px;padding:20px 80px}
.left{width:240px;background:#fafafa;border-top:3px solid #c62828}
.right{flex:1}
.right h1{font-size:24px;text-align:center}
.xx{text-align:center;font-size:13px;color:#999}
.foot{background:#333;color:#bbb;text-align:center;padding:20px;font-size:12px}""",
    shell=f"""<div class="gtop">{links(['无障碍','长者版','简体','繁體','手机版'])} 欢迎访问福州市晋安区人民政府网站！</div>
<div class="logo">福州市晋安区人民政府</div>
<div class="navbar">{links(['首页','晋安概况','政务公开','镇街动态','政务服务','互动交流'],'')}</div>
<div class="container">
<div class="left"><h3>镇街动态</h3>{ul(['茶园街道','象园街道','王庄街道','鼓山镇','新店镇','岳峰镇'])}</div>
<div class="right">
<div>当前位置：<a href="#">首页</a> &gt; <a href="#">镇街动态</a> &gt; <a href="#">鼓山镇</a></div>
<h1>鼓山镇“红色物业”联盟破解老旧小区管理难题</h1>
<div class="xx">2024-07-22　　作者：通讯员 林  燕　　来源：鼓山镇　　【字号 <a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
@@BODY@@
<p>编辑：陈晓<br>审核：郑建平<br>签发：黄卫东</p>
<p>【<a href="#">打印</a>】【<a href="#">关闭</a>】</p>
</div></div>
<div class="foot">网站主办：福州市晋安区人民政府办公室　技术支持：晋安区大数据中心<br>闽ICP备05035817号　<img src="{GIF}" alt="">闽公网安备 35011102350172号　网站标识码：3501110005</div>""",
    bstyle={"p": "pindent"},
    blocks=[
        ("p", "“以前楼道里堆满杂物，路灯坏了也没人修，现在有了‘红色物业’，小区面貌焕然一新。”近日，家住鼓山镇蕉坑社区金鼓新村的居民陈阿姨说起小区变化，连连点赞。"),
        ("p", "鼓山镇辖区内无物业或弃管的老旧小区有31个，管理难、维修难、收费难问题突出。今年以来，镇党委牵头组建“红色物业”联盟，整合社区党组织、国有物业企业、业委会和志愿服务力量，推动老旧小区从“无人管”向“有人管、管得好”转变。"),
        ("p", "联盟主要推出以下举措："),
        ("ul", ["由国有物业企业托底接管弃管小区，首年实行“零利润”低偿服务；", "社区党员、楼栋长组成“红管家”队伍，每周开展一次巡查；", "设立“小区议事会”，重大事项由居民协商决定；", "建立物业服务“红黑榜”，每季度由居民评议打分。"]),
        ("p", "截至目前，联盟已接管老旧小区19个，累计清理楼道杂物260余处、维修路灯和管网140余处，物业费收缴率由不足三成提升至八成以上。"),
    ],
))

# ---------------------------------------------------------------- va-07
A(dict(
    id="va-07", kind="government", lang="zh",
    features="青海 provincial department 讲话 (speech): headline names the speech, subtitle line with speaker and date (not title), author = the speaker; 领导讲话 column; speech sub-headings with numbered parts; 来源/发布时间 in a right-aligned line; 【字体】 selector",
    title="在全省文化和旅游工作会议上的讲话",
    authors=["韩振东"],
    publish_time="2025-01-17 11:08:45",
    head_title="在全省文化和旅游工作会议上的讲话-青海省文化和旅游厅",
    css="""body{margin:0;background:#e8eef6 ;font-family:"Microsoft YaHei"}
.wrap{width:1100px;margin:0 auto;background:#fff}
.head{background:#113a6b;height:100px;color:#fff;font-size:30px;line-height:100px;padding-left:30px}
.head small{font-size:14px;margin-left:20px}
.nav a{display:inline-block;width:120px;text-align:center;padding:10px 0;background:#1b4f8c;color:#fff;border-right:1px solid #fff}
.loc{padding:10px 30px;font-size:13px}
.detail{padding:20px 80px}
.detail h1{text-align:center;font-size:26px;color:#113a6b;margin-bottom:4px}
.sub{text-align:center;font-size:16px;color:#333}
.ri{text-align:right;color:#999;font-size:12px;border-bottom:1px solid #ccc}
.detail p{font-size:16px;line-height:2}
.btm{background:#113a6b;color:#ccd;text-align:center;padding:16px;font-size:12px}""",
    shell=f"""<div class="wrap">
<div class="head">青海省文化和旅游厅<small>Department of Culture and Tourism of Qinghai Province</small></div>
<div class="nav">{links(['首 页','机构职能','新闻动态','政务公开','领导讲话','文旅资讯','互动交流'],'')}</div>
<div class="loc">当前位置：<a href="#">首页</a> - <a href="#">领导讲话</a> - 正文　　<a href="#">长者模式</a>　<a href="#">无障碍</a></div>
<div class="detail">
<h1>在全省文化和旅游工作会议上的讲话</h1>
<p class="sub">——青海省文化和旅游厅党组书记、厅长 韩振东<br>（2025年1月16日）</p>
<p class="ri">来源：厅办公室　发布时间：2025-01-17 11:08:45　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</p>
@@BODY@@
</div>
<div style="padding:0 80px 20px">{links(['【打印此页】','【关闭此页】'])}</div>
<div class="btm">青海省文化和旅游厅主办　地址：西宁市城西区五四西路X号　电话：0971-61X8890<br>青ICP备05000628号-1　青公网安备 63010402000287号　网站标识码：6300000038</div>
</div>""",
    bstyle={"p": "u3000", "h": "strong"},
    blocks=[
        ("p", "同志们："),
        ("p", "这次会议的主要任务是，总结2024年全省文化和旅游工作，分析当前形势，部署2025年重点任务。刚才，几位同志作了交流发言，讲得很好，请大家相互借鉴。下面，我讲三点意见。"),
        ("h", "一、客观看待过去一年取得的成绩"),
        ("p", "过去一年，全省接待国内游客4900余万人次，实现旅游总花费430多亿元，同比分别增长12.6%和14.1%。青海湖、茶卡盐湖等重点景区服务质量明显提升，“大美青海”文旅品牌影响力持续扩大。同时也要看到，旅游淡旺季差异大、产品同质化等问题依然存在。"),
        ("h", "二、准确把握今年工作的重点"),
        ("p", "今年要重点抓好三件事：一是推进全域旅游，打造环青海湖、黄河上游等精品线路；二是做优冬春季旅游产品，办好冰雪旅游节；三是加强文化遗产保护利用，推动热贡艺术、河湟文化创造性转化。"),
        ("h", "三、切实转变作风抓好落实"),
        ("p", "各地各单位要树牢“项目为王”理念，把任务分解到岗、责任落实到人，以钉钉子精神抓好各项工作落实，为建设文化旅游强省作出新的更大贡献。"),
        ("p", "谢谢大家！"),
    ],
))

# ---------------------------------------------------------------- va-08
A(dict(
    id="va-08", kind="government", lang="zh",
    features="天津 村 村务公开 公告 on a bare village page (mobile-first, 2023): headline in a card, 发布单位/日期 chips, a table of 收支, 公告单位 and date right-aligned (body), 监督电话; authors []",
    title="大良镇东安村2024年第四季度村级财务收支公开",
    authors=[],
    publish_time="2025/01/06",
    head_title="村务公开 | 大良镇东安村",
    css="""body{margin:0;background:#f2f4f7;font-family:system-ui,"PingFang SC";font-size:15px}
.bar{background:#e53935;color:#fff;padding:12px 16px;font-size:18px}
.tabs a{display:inline-block;padding:8px 12px;color:#e53935}
.card{background:#fff;margin:10px;border-radius:8px;padding:14px}
.card h2{font-size:20px;margin:0 0 8px}
.chip{display:inline-block;background:#fdecea;color:#c62828;border-radius:10px;padding:2px 8px;font-size:12px;margin-right:6px}
table.dt{width:100%;border-collapse:collapse;font-size:13px}table.dt td,table.dt th{border:1px solid #ddd;padding:4px}
.ft{color:#999;font-size:12px;text-align:center;padding:16px}""",
    shell=f"""<div class="bar">大良镇东安村 · 村务公开</div>
<div class="tabs">{links(['首页','党务公开','村务公开','财务公开','便民服务'],'')}</div>
<div class="card">
<h2>大良镇东安村2024年第四季度村级财务收支公开</h2>
<span class="chip">发布单位：东安村村民委员会</span><span class="chip">2025/01/06</span><span class="chip">阅读 233</span>
@@BODY@@
</div>
<div class="card">上一篇：<a href="#">东安村2024年低保户评议结果公示</a><br>下一篇：<a href="#">关于开展冬季清洁取暖设备检修的通知</a></div>
<div class="ft">天津市武清区大良镇东安村村民委员会　技术支持：武清区融媒体中心<br>津ICP备1900X318号-1</div>""",
    bstyle={"p": "p"},
    blocks=[
        ("p", "根据《天津市村务公开工作规定》，经村务监督委员会审核，现将我村2024年第四季度（10月1日至12月31日）财务收支情况公开如下："),
        ("table", [["项目", "金额（元）", "备注"],
                   ["上期结余", "186,420.55", ""],
                   ["本期收入：上级转移支付", "120,000.00", "村级组织运转经费"],
                   ["本期收入：集体资产租赁", "64,800.00", "厂房及鱼塘租金"],
                   ["本期支出：道路维修", "52,360.00", "东安路至村委会段"],
                   ["本期支出：保洁及绿化", "28,900.00", "含4名保洁员工资"],
                   ["本期支出：办公及水电", "9,815.40", ""],
                   ["本期结余", "280,145.15", ""]]),
        ("p", "以上各项收支均已附原始凭证，村民如有疑问，可在公开之日起15日内向村务监督委员会反映，或拨打镇纪委监督电话022-29X16230。"),
        ("right", "东安村村民委员会"),
        ("right", "东安村村务监督委员会"),
        ("right", "2025年1月6日"),
    ],
))

# ---------------------------------------------------------------- va-09
A(dict(
    id="va-09", kind="government", lang="zh",
    features="湖北 county 通报 (inspection results) on a 2014-style two-column portal; 文号-like 通报编号 line not body; typical problems as a numbered list in p's; 信息来源 and 发布时间 in brackets 【】 at the bottom of the page instead of top; authors []",
    title="关于2024年上半年全县政务服务“好差评”情况的通报",
    authors=[],
    publish_time="2024年07月09日 15:40",
    head_title="关于2024年上半年全县政务服务“好差评”情况的通报_通知公告_通山县人民政府门户网站",
    css="""body{margin:0;font-size:12px;font-family:SimSun;background:#fff url() repeat-x}
#top{width:980px;margin:0 auto;height:140px;background:#a61c1c;color:#ffd;font:bold 36px/140px KaiTi;text-align:center}
#menu{width:980px;margin:0 auto;background:#7d1010;height:34px}#menu a{float:left;color:#fff;font-size:14px;padding:8px 16px}
#main{width:980px;margin:8px auto;overflow:hidden}
#side{float:left;width:230px;border:1px solid #ddd}
#cont{float:right;width:730px;border:1px solid #ddd;padding:0 0 20px}
#cont .tt{background:#f5e9e9;padding:6px;font-size:13px}
#cont h1{font-size:20px;text-align:center;color:#222}
#cont .text{font-size:14px;line-height:26px;padding:0 20px}
#foot{width:980px;margin:0 auto;border-top:2px solid #a61c1c;text-align:center;line-height:22px;padding:8px}""",
    shell=f"""<div id="top">通山县人民政府门户网站</div>
<div id="menu">{links(['首页','政府信息公开','新闻中心','通知公告','办事服务','招商引资','公众参与'],'')}</div>
<div id="main">
<div id="side"><div class="tt"><b>通知公告</b></div>{ul(['县政府通知','部门通知','公示公告','人事信息'])}<div>{img('扫一扫关注通山发布')}<br>扫一扫关注“通山发布”</div></div>
<div id="cont">
<div class="tt">当前位置：<a href="#">首页</a>&gt;<a href="#">通知公告</a>&gt;正文</div>
<h1>关于2024年上半年全县政务服务“好差评”情况的通报</h1>
<p style="text-align:center">通政务办通〔2024〕6号</p>
<div class="text">@@BODY@@</div>
<p style="text-align:right;padding-right:20px">【信息来源：县政务服务和大数据管理局】【发布时间：2024年07月09日 15:40】【<a href="#">打印</a>】【<a href="#">关闭</a>】</p>
</div></div>
<div id="foot">版权所有：通山县人民政府办公室　联系电话：0715-23X2130<br>鄂ICP备05003119号　鄂公网安备 42122402000099号　网站标识码：4212240001</div>""",
    bstyle={"p": "nbsp"},
    blocks=[
        ("p", "各乡镇人民政府，县直有关单位："),
        ("p", "为持续优化营商环境，提升政务服务质效，县政务服务和大数据管理局对2024年1月至6月全县政务服务“好差评”情况进行了统计分析。现将有关情况通报如下："),
        ("p", "一、总体情况"),
        ("p", "上半年，全县共收到办事群众评价48632条，其中“非常满意”“满意”评价48511条，好评率99.75%；“差评”121条，已全部按规定完成整改回访，整改率、回访率均为100%。"),
        ("p", "二、存在问题"),
        ("p", "1.个别窗口一次性告知不到位，群众多次往返；"),
        ("p", "2.部分乡镇便民服务中心工作日午间无人值守；"),
        ("p", "3.少数部门对差评核实整改不及时，超出规定时限。"),
        ("p", "三、下一步要求"),
        ("p", "各单位要对照通报问题认真自查，举一反三抓好整改，确保下半年差评整改率、回访率保持100%，好评率稳定在99%以上。县政务服务和大数据管理局将每季度通报一次评价情况。"),
        ("right", "通山县政务服务和大数据管理局"),
        ("right", "2024年7月8日"),
    ],
))

# ---------------------------------------------------------------- va-10
A(dict(
    id="va-10", kind="government", lang="zh",
    features="福建 provincial department 批复 (2020s 政府信息公开 template): metadata list as <dl>, 文号 line under headline (not body), 主送 line, short body, 署名/date; publish date label 发布日期 inside the metadata list; authors []",
    title="福建省自然资源厅关于同意将乐县2025年度第一批次城镇建设用地的批复",
    authors=[],
    publish_time="2025-04-02",
    head_title="福建省自然资源厅关于同意将乐县2025年度第一批次城镇建设用地的批复 - 福建省自然资源厅",
    css="""body{margin:0;font-family:"Microsoft YaHei";background:#f7f9fb;color:#333}
.hdr{background:#00695c;color:#fff;padding:20px 10%}.hdr h2{margin:0;font-size:28px}
.hdr .links{float:right}.hdr a{color:#fff}
.mn{background:#004d40;padding:0 10%}.mn a{color:#e0f2f1;padding:10px 18px;display:inline-block}
.page{width:80%;margin:20px auto;background:#fff;padding:30px}
dl.gk{display:grid;grid-template-columns:100px 1fr 100px 1fr;border:1px solid #cfd8dc;font-size:13px;margin:0}
dl.gk dt{background:#eceff1;padding:6px}dl.gk dd{margin:0;padding:6px}
.page h1{text-align:center;font-size:24px;margin-top:30px}
.wh{text-align:center}
.page p{line-height:2;font-size:16px}
.ft{text-align:center;font-size:12px;color:#777;padding:20px}""",
    shell=f"""<div class="hdr"><span class="links">{links(['无障碍','长者模式','English'],' | ')}</span><h2>福建省自然资源厅</h2></div>
<div class="mn">{links(['首页','机构概况','政务公开','政务服务','互动交流','专题专栏'],'')}</div>
<div class="page">
<div>首页 &gt; 政务公开 &gt; 政府信息公开目录 &gt; 批复文件</div>
<dl class="gk"><dt>索引号：</dt><dd>FJ00106-0400-2025-00063</dd><dt>发布机构：</dt><dd>福建省自然资源厅</dd><dt>生成日期：</dt><dd>2025-03-31</dd><dt>发布日期：</dt><dd>2025-04-02</dd><dt>文号：</dt><dd>闽自然资函〔2025〕88号</dd><dt>有效性：</dt><dd>有效</dd></dl>
<h1>福建省自然资源厅关于同意将乐县2025年度第一批次城镇建设用地的批复</h1>
<p class="wh">闽自然资函〔2025〕88号</p>
@@BODY@@
<p>扫一扫在手机上查看当前页面 {img('二维码')}</p>
</div>
<div class="ft">主办单位：福建省自然资源厅　地址：福州市鼓楼区华林路X号<br>闽ICP备05015642号　闽公网安备 35010202000365号　网站标识码：3500000052</div>""",
    bstyle={"p": "u3000"},
    blocks=[
        ("p", "三明市自然资源局："),
        ("p", "你局《关于将乐县2025年度第一批次城镇建设用地的请示》（明自然资〔2025〕41号）收悉。经审查，现批复如下："),
        ("p", "一、同意将乐县古镛镇、水南镇集体农用地3.6215公顷转为建设用地，其中耕地0.8732公顷（不涉及永久基本农田）。同意征收上述集体土地3.6215公顷，作为将乐县2025年度第一批次城镇建设用地。"),
        ("p", "二、你局要督促将乐县人民政府严格按照有关规定，做好征地补偿安置工作，确保被征地农民原有生活水平不降低、长远生计有保障。"),
        ("p", "三、上述用地要严格按照土地利用计划和规划用途使用，落实耕地占补平衡，依法依规供地，不得擅自改变用途。"),
        ("p", "四、你局要加强对用地批后实施情况的监督检查，自批准之日起两年内未实施具体征地的，本批复自动失效。"),
        ("right", "福建省自然资源厅"),
        ("right", "2025年3月31日"),
        ("p", "（此件主动公开）"),
    ],
))

# ---------------------------------------------------------------- va-11
A(dict(
    id="va-11", kind="government", lang="zh",
    features="青海 city government 征求意见 notice with a 意见 draft summary; info bar as three stacked lines (日期/来源/阅读) left-aligned under headline; 附件 links list (not body); mail/phone lines in body; 相关链接 box; authors []",
    title="关于公开征求《格尔木市城市供热管理办法（征求意见稿）》意见的公告",
    authors=[],
    publish_time="2024-10-11 17:03",
    head_title="关于公开征求《格尔木市城市供热管理办法（征求意见稿）》意见的公告",
    css="""body{margin:0;font:15px/1.9 "Microsoft YaHei";background:#fff}
.t1{background:#3b2f8f;color:#fff;padding:24px 6%;font-size:28px}
.t1 form{float:right;font-size:13px}
.nv{border-bottom:2px solid #3b2f8f;padding:0 6%}.nv a{display:inline-block;padding:10px 16px;color:#3b2f8f;font-weight:bold}
.ct{padding:20px 12%}
.ct h1{font-size:24px;line-height:1.5}
.ib p{margin:0;color:#888;font-size:13px}
.att a{display:block}
.ft{background:#1e1650;color:#aaa;padding:20px 6%;font-size:12px}""",
    shell=f"""<div class="t1"><form><input type="text" placeholder="输入关键词"> <button>检索</button></form>格尔木市人民政府</div>
<div class="nv">{links(['首页','政务要闻','信息公开','政务服务','政民互动','魅力盐湖城'],'')}</div>
<div class="ct">
<div>当前位置：<a href="#">首页</a> &gt; <a href="#">政民互动</a> &gt; <a href="#">意见征集</a></div>
<h1>关于公开征求《格尔木市城市供热管理办法（征求意见稿）》意见的公告</h1>
<div class="ib"><p>日期：2024-10-11 17:03</p><p>来源：市住房和城乡建设局</p><p>阅读：892 次</p></div>
@@BODY@@
<div class="att">附件：<a href="#">1.格尔木市城市供热管理办法（征求意见稿）.docx</a><a href="#">2.起草说明.pdf</a></div>
<p>相关链接：{links(['格尔木市人民政府办公室关于做好2024—2025年度冬季供暖工作的通知'])}</p>
</div>
<div class="ft">主办：格尔木市人民政府办公室　运维：格尔木市融媒体中心　{links(['网站地图','联系我们'])}<br>青ICP备10000395号-1　青公网安备 63280102000036号　网站标识码：6328010001</div>""",
    bstyle={"p": "pindent"},
    blocks=[
        ("p", "为规范城市供热管理，保障供热用户和供热单位的合法权益，市住房和城乡建设局起草了《格尔木市城市供热管理办法（征求意见稿）》，现向社会公开征求意见。"),
        ("p", "《办法》共七章四十二条，主要包括供热规划与建设、供热运行与服务、供热收费、设施维护、应急保障和法律责任等内容。其中明确，供热期为每年10月15日至次年4月30日，供热期间居民住宅卧室、起居室室内温度不得低于18℃。"),
        ("p", "公众可在2024年10月11日至11月10日期间，通过以下方式提出意见建议："),
        ("ul", ["电子邮箱：gemzjj_gr@163.com（邮件主题请注明“供热管理办法意见”）；", "信函：格尔木市昆仑南路X号市住房和城乡建设局城建科（邮编816000）；", "电话：0979-84X2265（工作日9:00—17:30）。"]),
        ("p", "请提出意见建议时注明真实姓名和联系方式，以便进一步沟通。"),
        ("right", "格尔木市住房和城乡建设局"),
        ("right", "2024年10月11日"),
    ],
))

# ---------------------------------------------------------------- va-12
A(dict(
    id="va-12", kind="government", lang="zh",
    features="天津 乡镇 news on a 2025 responsive district site: 长者模式/繁体 toggles, breadcrumb with '首页 / … / 正文' slashes, info line '2025-06-03 · 来源：杨柳青镇 · 作者：郭  帆' middle-dot separated, reporter quote, photo caption, share bar and 相关推荐 cards",
    title="杨柳青镇“夜经济”集市开市首周客流超8万人次",
    authors=["郭帆", "胡心悦"],
    publish_time="2025-06-03",
    head_title="杨柳青镇“夜经济”集市开市首周客流超8万人次 - 天津市西青区人民政府",
    css="""body{margin:0;font-family:"HarmonyOS Sans","PingFang SC",sans-serif;background:#fafafa}
.topbar{display:flex;justify-content:space-between;padding:8px 4vw;font-size:13px;background:#fff}
.brand{padding:20px 4vw;background:linear-gradient(90deg,#0a3d62,#3c6382);color:#fff;font-size:28px}
.menu{display:flex;gap:2px;padding:0 4vw;background:#0a3d62}.menu a{color:#fff;padding:12px 14px}
article{max-width:820px;margin:24px auto;background:#fff;padding:32px;border-radius:6px}
article h1{font-size:28px;line-height:1.4}
.meta{color:#8a8a8a;font-size:14px}
.cnt p{font-size:17px;line-height:1.9}
.share{border-top:1px solid #eee;margin-top:20px;padding-top:10px}
.cards{max-width:820px;margin:0 auto;display:grid;grid-template-columns:1fr 1fr;gap:12px}
.cards div{background:#fff;padding:12px}
footer{margin-top:30px;background:#0a3d62;color:#cfd8dc;font-size:12px;padding:20px 4vw}""",
    shell=f"""<div class="topbar"><span>天津市西青区人民政府</span><span>{links(['长者模式','无障碍','繁體','登录'],' ')}</span></div>
<div class="brand">西青区人民政府</div>
<div class="menu">{links(['首页','政务动态','政务公开','政务服务','互动交流','走进西青'],'')}</div>
<article>
<div><a href="#">首页</a> / <a href="#">政务动态</a> / <a href="#">镇街动态</a> / 正文</div>
<h1>杨柳青镇“夜经济”集市开市首周客流超8万人次</h1>
<div class="meta">2025-06-03 · 来源：杨柳青镇 · 作者：郭  帆　胡心悦</div>
<div class="cnt">@@BODY@@</div>
<div class="share">分享到：{links(['微信','微博','复制链接'],' ')}</div>
</article>
<div class="cards"><div><a href="#">中北镇举办“邻里节”文艺汇演</a><p>2025-06-02</p></div><div><a href="#">西营门街道开展防汛应急演练</a><p>2025-05-30</p></div></div>
<footer>主办单位：天津市西青区人民政府办公室 | 承办单位：西青区政务服务办<br>津ICP备05004523号-3 | 津公网安备 12011102000245号 | 网站标识码：1201110009</footer>""",
    bstyle={"p": "p"},
    blocks=[
        ("p", "初夏的傍晚，杨柳青古镇运河沿岸灯火渐次亮起。5月27日开市的杨柳青“运河夜市”，首周累计接待游客8.3万人次，带动商户营业额超过600万元。"),
        ("img", "夜市现场", "游客在运河夜市选购年画文创产品。"),
        ("p", "夜市沿御河道布设摊位120个，分为非遗文创、津门小吃、潮玩市集三大区域。杨柳青木版年画、剪纸、风筝等非遗项目现场展示制作技艺，吸引不少游客驻足体验。"),
        ("p", "“原来只在白天来看年画，晚上逛夜市感觉完全不一样。”从市区赶来的游客刘女士说，“吃的玩的都有，孩子特别喜欢。”"),
        ("p", "为保障夜市平稳运行，杨柳青镇联合公安、市场监管、城管等部门组建联合服务专班，增设临时停车泊位500个，开通夜间公交专线2条，并安排志愿者在各入口引导分流。"),
        ("p", "据介绍，夜市将持续至10月底，每周五至周日开放，其间还将陆续推出运河灯会、民俗演艺等主题活动。"),
    ],
))
