# 西宁市市场监督管理局 (青海, 市级部门): a 公示 with a list table.  The info line
# (date · 来源 · 阅读) stands ABOVE the headline; 公示期, 联系电话, 署名 and date
# are body.
from kit import *

META = dict(
    id="xm-09", kind="government", lang="zh",
    title="关于2025年西宁市第二批“放心消费示范单位”拟认定名单的公示",
    authors=[],
    publish_time="2025.05.30",
)
HTML_TITLE = "关于2025年西宁市第二批“放心消费示范单位”拟认定名单的公示 - 西宁市市场监督管理局"
CSS = BASE_CSS + """
body{background:#f5f7fa}
.hd{background:linear-gradient(#1c5fa8,#174f8c);color:#fff}
.hd .in{width:1120px;margin:0 auto;display:flex;justify-content:space-between;align-items:center;height:100px}
.hd .logo{font-size:28px;font-weight:bold}
.hd .tools a{color:#dfeaf7;margin-left:14px;font-size:13px}
.nav{background:#fff;box-shadow:0 1px 3px #ccc}
.nav ul{width:1120px;margin:0 auto;display:flex}
.nav li a{display:block;padding:14px 22px;font-size:16px}
.main{width:1120px;margin:20px auto;display:flex;gap:20px}
.lt{width:240px;background:#fff}
.lt h3{margin:0;background:#1c5fa8;color:#fff;padding:12px;font-size:17px}
.lt li a{display:block;padding:10px 14px;border-bottom:1px solid #eee}
.rt{flex:1;background:#fff;padding:20px 40px}
.crumb{font-size:13px;color:#888;border-bottom:1px solid #eee;padding-bottom:8px}
.pre{display:flex;gap:20px;color:#999;font-size:13px;margin:22px 0 0;justify-content:center}
h1{font-size:24px;text-align:center;margin:10px 0 20px;line-height:1.5}
.content{font-size:16px;line-height:1.9}
.content p{margin:0 0 10px;text-indent:2em}
.art-table{border-collapse:collapse;width:100%;font-size:14px;margin-bottom:12px}
.art-table th,.art-table td{border:1px solid #aaa;padding:5px 8px}
.art-table th{background:#eef3fa}
.foot-tools{border-top:1px solid #eee;margin-top:24px;padding-top:10px;display:flex;justify-content:space-between;color:#888;font-size:13px}
.footer{background:#263445;color:#aab4c0;text-align:center;padding:22px 0;font-size:13px}
.footer p{margin:4px 0}
"""
TEMPLATE = f"""
<div class="hd"><div class="in"><div class="logo">{img("市场监管", 60, 60)} 西宁市市场监督管理局</div><div class="tools"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁体</a><a href="#">西宁市人民政府</a></div></div></div>
<div class="nav">{nav(["首页", "机构概况", "工作动态", "政务公开", "通知公告", "政策法规", "办事服务", "互动交流"], cls="navul")}</div>
<div class="main">
<div class="lt"><h3>通知公告</h3><ul><li><a href="#">通知</a></li><li><a href="#">公告</a></li><li><a href="#">公示</a></li><li><a href="#">抽检信息</a></li></ul></div>
<div class="rt">
{crumb(["首页", "通知公告", "公示"], prefix="当前位置：")}
<div class="pre"><span>@@DATE@@</span><span>来源：消费者权益保护处</span><span>阅读：862</span></div>
<h1>@@TITLE@@</h1>
<div class="content">
@@BODY@@
</div>
<div class="foot-tools"><span>{fontsize(2)}</span><span>{printclose(3)}</span></div>
</div>
</div>
{footer(["主办单位：西宁市市场监督管理局　技术支持：西宁市政务服务监督管理局",
         "地址：西宁市城西区五四西路　联系电话：0971-8250012　投诉举报：12315",
         "青ICP备05000871号-2　青公网安备 63010402000135号　网站标识码：6301000015"])}
"""
OPTS = dict(pstyle="p", tstyle="plain")
BODY = """
p 根据《西宁市“放心消费示范单位”创建认定办法》，经经营者自愿申报、县区市场监管部门初审推荐、市局组织实地核查和综合评审，拟认定以下20家经营单位为2025年西宁市第二批“放心消费示范单位”，现予以公示。
tr 序号 | 单位名称 | 所在区县 | 行业类别
tr 1 | 西宁某百货商场有限公司 | 城中区 | 商超零售
tr 2 | 青海某牛羊肉食品有限公司西门店 | 城中区 | 食品销售
tr 3 | 西宁某连锁超市海湖店 | 城西区 | 商超零售
tr 4 | 城东区某清真餐厅 | 城东区 | 餐饮服务
tr 5 | 青海某汽车销售服务有限公司 | 城北区 | 汽车销售
tr 6 | 湟中区某藏毯专卖店 | 湟中区 | 特色商品
tr 7 | 大通县某药房连锁有限公司 | 大通县 | 药品零售
tr 8 | 西宁某家居建材市场 | 城北区 | 家居建材
p （其余12家名单详见附件）
p 公示期为2025年5月30日至6月6日（5个工作日）。公示期间，任何单位和个人对拟认定名单有异议的，可通过书面或电话形式向西宁市市场监督管理局消费者权益保护处反映。以单位名义反映的须加盖公章，以个人名义反映的须署真实姓名和联系方式。
p 联系电话：0971-8250375
p 通讯地址：西宁市城西区五四西路（邮编：810001）
p 附件：2025年西宁市第二批“放心消费示范单位”拟认定名单
sign 西宁市市场监督管理局
sign 2025年5月30日
"""
