from lib import *

PAGE = dict(
    id="xj-02", kind="government", lang="zh",
    title="长春市人民政府办公厅关于做好2024—2025年度冬季城市供热保障工作的通知",
    authors=[],
    publish_time="2024-10-11 10:30",
    doc_title="长春市人民政府办公厅关于做好2024—2025年度冬季城市供热保障工作的通知_市政府办公厅文件_长春市人民政府",
    pfmt="indent", hfmt="strongindent",
    features="2024 portal with 无障碍/长者模式 links; 政府信息公开 metadata table (索引号/发文字号/成文日期/发布日期) above the title; "
             "文号 line (not body); long notice with numbered parts 一、（一）; 附件 list, 署名 and 成文日期 in the body; "
             "a separate 附件下载 box (not body); footer opening with 如有疑问，请拨打12345….",
    css="""
body{margin:0;font:14px/1.75 "Microsoft YaHei",sans-serif;color:#222;background:#f4f6f9}
.topbar{background:#fff;border-bottom:1px solid #e3e3e3;font-size:13px}
.w{width:1200px;margin:0 auto}
.topbar .w{display:flex;justify-content:space-between;padding:6px 0}
.topbar a{margin-left:14px;color:#555}
.banner{background:#b4141c;color:#fff;height:120px}
.banner .w{display:flex;justify-content:space-between;align-items:center;height:120px}
.banner h2{font-size:34px;letter-spacing:4px;margin:0}
.nav{background:#8e0e15}
.nav ul{list-style:none;display:flex;margin:0 auto;padding:0;width:1200px}
.nav li{flex:1;text-align:center;line-height:48px}
.nav a{color:#fff;font-size:17px}
.crumb{padding:12px 0;color:#666}
.box{background:#fff;padding:30px 60px}
.meta{width:100%;border:1px solid #dbe1ea;border-collapse:collapse;background:#f7f9fc;font-size:13px;margin-bottom:24px}
.meta td{border:1px solid #dbe1ea;padding:6px 10px}
.meta .k{color:#555;width:90px;text-align:right}
h1{font-size:26px;text-align:center;color:#1a1a1a;line-height:1.5}
.wh{text-align:center;font-size:16px;margin:0 0 18px}
.info{display:flex;justify-content:center;gap:24px;color:#888;font-size:13px;border-bottom:1px solid #eee;padding-bottom:12px}
.art{font-size:17px;line-height:2}
.art .sign{text-align:right}
.down{border:1px solid #e7c9c9;background:#fff8f8;padding:10px 20px;margin-top:24px}
.down ul{margin:4px 0;padding-left:20px}
.qr{float:right;width:110px;text-align:center;font-size:12px;color:#888}
.foot{background:#2b2b2b;color:#bbb;text-align:center;padding:20px 0;margin-top:30px;font-size:13px}
.foot p{margin:4px 0}
""",
)

HTML = """
<div class="topbar"><div class="w"><span>今天是2024年10月11日 星期五</span>
<span><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁體</a><a href="#">English</a><a href="#">智能问答</a></span></div></div>
<div class="banner"><div class="w"><h2>长春市人民政府</h2>
<form><input type="text" placeholder="搜索本站信息"> <button type="submit">搜索</button></form></div></div>
<div class="nav"><ul><li><a href="#">首页</a></li><li><a href="#">要闻动态</a></li><li><a href="#">政务公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">互动交流</a></li><li><a href="#">走进长春</a></li></ul></div>
<div class="w crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政府文件</a> &gt; <a href="#">市政府办公厅文件</a> &gt; 正文</div>
<div class="w box">
<table class="meta"><tbody>
<tr><td class="k">索 引 号：</td><td>112201000139534476/2024-01362</td><td class="k">主题分类：</td><td>城乡建设、环境保护\\城市建设</td></tr>
<tr><td class="k">发文机关：</td><td>长春市人民政府办公厅</td><td class="k">成文日期：</td><td>2024年10月09日</td></tr>
<tr><td class="k">标　　题：</td><td colspan="3">长春市人民政府办公厅关于做好2024—2025年度冬季城市供热保障工作的通知</td></tr>
<tr><td class="k">发文字号：</td><td>长府办发〔2024〕31号</td><td class="k">发布日期：</td><td>2024年10月11日</td></tr>
</tbody></table>
<h1>长春市人民政府办公厅关于做好2024—2025年度冬季城市供热保障工作的通知</h1>
<p class="wh">长府办发〔2024〕31号</p>
<div class="info"><span>发布时间：2024-10-11 10:30</span><span>来源：长春市人民政府办公厅</span><span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span><span><a href="#">打印</a></span></div>
<div class="art">
{{BODY}}
</div>
<div class="down"><b>附件下载：</b>
<ul><li><a href="#">附件1：长春市2024—2025年度供热保障工作责任分工表.docx</a></li><li><a href="#">附件2：各区（开发区）供热服务热线一览表.xlsx</a></li></ul></div>
<div class="qr"><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt="二维码"><br>扫一扫在手机打开当前页</div>
<p>相关文件：</p>
<ul><li><a href="#">长春市人民政府办公厅关于印发长春市城市供热管理若干规定的通知</a></li><li><a href="#">2023—2024年度供热期结束 全市供热运行总体平稳</a></li></ul>
</div>
<div class="foot">
<p>如有疑问，请拨打12345政务服务便民热线，或通过“我为政府网站找错”平台反映。</p>
<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>
<p>主办：长春市人民政府办公厅　承办：长春市政务服务和数字化建设管理局</p>
<p>网站标识码：2201000049　吉ICP备05038816号　吉公网安备 22010402000617号</p>
</div>
"""

BODY = [
    P("各区人民政府，各开发区管委会，市政府各委办局、各直属机构："),
    P("为切实做好2024—2025年度冬季城市供热保障工作，确保广大群众温暖过冬，经市政府同意，现就有关事项通知如下："),
    H("一、明确供热时间和室温标准"),
    P("（一）本年度供热期为2024年10月20日至2025年4月10日。各供热单位要于10月15日前完成注水试压，根据天气变化适时提前供热，不得延期停热。"),
    P("（二）供热期间，居民住宅卧室、起居室室温不得低于18℃。对室温不达标的用户，供热单位应在接到投诉后24小时内完成整改；确因设施问题无法整改的，应按规定退还相应热费。"),
    H("二、抓好燃料储备和设施改造"),
    P("（一）各供热单位要按照不少于30天用量储备燃煤，10月20日前储煤量应达到计划总量的60%以上，市发展改革委负责建立燃料储备周报告制度。"),
    P("（二）今年全市计划改造老旧供热管网186公里、换热站92座，各区（开发区）要加快施工进度，10月15日前全部完工并恢复路面，未完工的项目要制定临时供热方案。"),
    H("三、强化服务监管和应急处置"),
    P("（一）市城市管理局要组织开展供热质量专项检查，对收费不供热、供热不达标、服务态度差等问题一查到底，检查结果向社会公布。"),
    P("（二）各区（开发区）和供热单位要完善应急预案，组建抢修队伍，储备抢修物资，遇有管网爆漏等突发情况，抢修人员30分钟内到达现场，抢修期间及时向用户发布停热信息。"),
    P("（三）各供热单位要公开服务电话，实行24小时值守，对群众诉求做到件件有回应、事事有着落。"),
    H("四、加强组织领导"),
    P("（一）成立市冬季城市供热保障工作领导小组，由分管副市长任组长，市城市管理局、市发展改革委、市财政局、市市场监管局和各区（开发区）为成员单位，领导小组办公室设在市城市管理局。"),
    P("（二）各区（开发区）政府（管委会）是辖区供热保障的责任主体，要落实属地管理责任，对辖区内弃管小区、无主管网和困难群众供热问题逐一建立台账，确保不漏一户、不落一人。"),
    P("（三）各责任单位要于每月5日前将上月供热保障工作进展情况报送市城市管理局，重大情况随时报告。对工作不力、造成严重后果的，依规依纪严肃追责问责。"),
    P("附件：1.长春市2024—2025年度供热保障工作责任分工表"),
    P("2.各区（开发区）供热服务热线一览表"),
    G("长春市人民政府办公厅", '<p class="sign">长春市人民政府办公厅</p>'),
    G("2024年10月9日", '<p class="sign">2024年10月9日</p>'),
]
