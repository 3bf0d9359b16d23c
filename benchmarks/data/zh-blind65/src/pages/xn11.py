from blocks import *
from furniture import *

ID, KIND, LANG = "xn-11", "government", "zh"
SITE = "德化县人民政府网站（通知公告，2025年式）"
DOC_TITLE = "德化县人民政府关于划定2025年森林防火期和森林防火戒严期的通告_通知公告_德化县人民政府"
TITLE = "德化县人民政府关于划定2025年森林防火期和森林防火戒严期的通告"
AUTHORS = []
PUBLISH_TIME = "2025-01-20 15:02:33"
FEATURES = ("long 通告 whose nine numbered items run on in one <div> with <br> and NO indent and no blank lines "
            "(some items with （一）（二） inside); 文号 line in the info card (not body); info card "
            "above the headline with seconds in the time; 署名/日期 body; 2025 design with 长者模式 and 无障碍 toolbar.")

CSS = """
:root{--c:#0b6e4f}
body{margin:0;font:16px/1.85 "PingFang SC","Microsoft YaHei";color:#1f2329;background:#f6f8f7}
header{background:var(--c);color:#fff;padding:18px 10vw;display:flex;justify-content:space-between;align-items:center}
header .logo{font-size:26px}
header nav a{color:#fff;margin-left:20px}
.acc{background:#e6f1ec;padding:4px 10vw;font-size:13px}
main{max-width:980px;margin:24px auto;background:#fff;padding:28px 48px;border-radius:6px}
.card{display:flex;gap:24px;flex-wrap:wrap;font-size:13px;color:#6b7280;border-bottom:1px solid #eee;padding-bottom:10px}
h1{font-size:26px;line-height:1.5;text-align:center}
.items{margin:0}
.sig{text-align:right;margin:0}
footer{background:#1f2329;color:#9ca3af;font-size:13px;padding:24px 10vw}
"""

BODY = [
    P("为切实加强森林防火工作，保护森林资源和人民群众生命财产安全，根据《中华人民共和国森林法》《森林防火条例》《福建省森林防火条例》等有关法律法规规定，现将有关事项通告如下：", indent=IND),
    LINES([
        "一、2025年1月1日至12月31日为全县森林防火期，其中2025年1月20日至5月31日（含春节、元宵、清明等重要节点）为森林防火戒严期。",
        "二、森林防火戒严期内，全县林区及林缘500米范围内禁止一切野外用火。因防治病虫害、冻害等特殊情况确需野外用火的，必须经县人民政府批准，并按照要求采取防火措施，严防失火。",
        "三、禁止在林区内吸烟、烧纸、烧香、燃放烟花爆竹、点孔明灯、烧蜂、烧山驱兽、烤火取暖、野炊等。",
        "四、进入林区的车辆和人员，应当主动接受森林防火检查，不得携带火种和易燃易爆物品进入林区。",
        "五、提倡文明祭扫，倡导以鲜花祭祀、植树缅怀、网络祭扫等方式寄托哀思。",
        "六、各乡镇、各村（居）要落实森林防火责任制，做好以下工作：（一）加强火源管控，在林区主要路口设置检查站（点）；（二）组织护林员开展巡山护林；（三）对痴呆、智障等特殊人群落实监护责任人。",
        "七、任何单位和个人一旦发现森林火情，应当立即拨打森林火警电话12119或119报告。",
        "八、违反本通告规定的，由林业主管部门依法予以处罚；引起森林火灾构成犯罪的，依法追究刑事责任。",
        "九、本通告自发布之日起施行。",
    ], indent="", cls="items"),
    P("德化县人民政府", cls="sig"),
    P("2025年1月17日", cls="sig"),
]


def page(body):
    return f"""<body>
<div class="acc"><a href="#">无障碍</a>｜<a href="#">长者模式</a>｜<a href="#">繁體</a>｜<a href="#">登录</a>｜<a href="#">注册</a></div>
<header><div class="logo"><img alt="国徽"> 德化县人民政府</div>
<nav><a href="#">首页</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">走进德化</a></nav>
{search("输入关键词，如：社保、公积金")}</header>
<main>
<div class="crumb">首页 / 政务公开 / 通知公告 / 正文</div>
<div class="card"><span>文号：德政文〔2025〕3号</span><span>发布机构：德化县人民政府</span><span>发布时间：{PUBLISH_TIME}</span><span>浏览次数：3178</span></div>
<h1>{TITLE}</h1>
<div class="fs">字号 <a href="#">A+</a> <a href="#">A</a> <a href="#">A-</a>　<a href="#">朗读</a>　<a href="#">打印</a>　<a href="#">收藏</a></div>
<article>
{body}
</article>
{share("分享到", ("微信","微博","复制链接"))}
{related("相关阅读", [("德化县2024年森林防火工作总结","2024-12-30"),("一图读懂：森林防火“十不准”","2025-01-20"),("县林业局开展春节期间森林防火专项督查","2025-01-22")])}
</main>
<footer>
<p>主办单位：德化县人民政府办公室　承办单位：德化县数字德化服务中心</p>
<p>联系电话：0595-23521347　地址：福建省泉州市德化县浔中镇浔南路28号</p>
<p>闽ICP备05012088号-1　<img alt="">闽公网安备35052602000120号　网站标识码：3505260001</p>
<p><img alt="党政机关"><img alt="找错"><img alt="IPv6"></p>
</footer>
</body>"""
