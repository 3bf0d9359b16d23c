from lib import *

META = dict(
    id="xu-04", kind="government", lang="zh",
    title="关于2025年第三批天山区就业见习基地拟认定名单的公示",
    authors=[],
    publish_time="2025/09/11 16:47",
)
FEATURES = ("乌鲁木齐 district department page (2019 card design): bilingual banner line, breadcrumb, info line ABOVE the "
            "headline in 【】 brackets with a slash date, 公示 with an eight-row table, 联系人 with a Uyghur name in the body, "
            "署名/日期 at the end, 分享到 row, 上一条/下一条, footer with two ICP-style numbers.")

BODY = [
    P("根据《乌鲁木齐市就业见习管理办法》有关规定，经单位申报、区人社局实地核查、集体研究，拟认定以下8家单位为2025年第三批天山区就业见习基地，现予以公示。"),
    T([
        ["序号", "单位名称", "所属行业", "见习岗位数"],
        ["1", "新疆丝路云启信息技术有限公司", "信息技术", "12"],
        ["2", "乌鲁木齐天佑康养服务有限公司", "养老服务", "8"],
        ["3", "新疆博峰会计师事务所（普通合伙）", "商务服务", "6"],
        ["4", "乌鲁木齐市天山区明德幼儿园", "教育", "5"],
        ["5", "新疆大巴扎文旅运营有限公司", "文化旅游", "10"],
        ["6", "新疆绿源果蔬供应链有限公司", "批发零售", "7"],
        ["7", "乌鲁木齐赛里木建筑设计有限公司", "工程设计", "4"],
        ["8", "新疆和美口腔医院有限公司", "卫生", "6"],
    ]),
    P("公示期为2025年9月11日至9月17日（5个工作日）。公示期间，如对拟认定单位有异议，可通过书面、电话等形式向天山区人力资源和社会保障局反映。反映情况应实事求是，以单位名义反映的须加盖公章，以个人名义反映的须署真实姓名并留下联系方式。"),
    P("联系人：艾力·买买提　联系电话：0991-2835647"),
    P("受理地址：乌鲁木齐市天山区和平南路人社服务大厅二楼就业科"),
    P("乌鲁木齐市天山区人力资源和社会保障局"),
    P("2025年9月11日"),
]

CSS = """
*{box-sizing:border-box}
body{margin:0;background:#eef2f5;font:15px/1.9 "Microsoft YaHei",Arial;color:#2b2b2b}
.ts-banner{background:linear-gradient(90deg,#0f6e62,#1d9c8a);color:#fff;padding:22px 8%}
.ts-banner .cn{font-size:26px;font-weight:bold}
.ts-banner .ug{font-size:13px;opacity:.85}
.ts-bar{background:#fff;padding:8px 8%;font-size:13px;border-bottom:1px solid #dde4ea}
.ts-card{width:84%;margin:20px auto;background:#fff;border-radius:6px;padding:30px 50px;box-shadow:0 1px 4px rgba(0,0,0,.08)}
.ts-meta{color:#8a96a0;font-size:13px;text-align:center}
.ts-card h1{font-size:23px;text-align:center;margin:6px 0 20px;color:#0f6e62}
.ts-text table{width:100%;border-collapse:collapse;font-size:14px}
.ts-text td,.ts-text th{border:1px solid #b9c9c6;padding:5px 8px;text-align:center}
.ts-text th{background:#e5f2ef}
.ts-text p{text-indent:2em;margin:8px 0}
.ts-share{margin-top:24px;font-size:13px;color:#777}
.ts-share a{margin-right:8px}
.ts-next{margin-top:12px;border-top:1px solid #eee;padding-top:8px;font-size:14px}
.ts-footer{background:#1c3b37;color:#a9c4bf;text-align:center;font-size:12px;padding:20px 0}
"""


def html():
    body = render(BODY, table='<table>{}</table>')
    t = META["title"]
    return doc(t + "-乌鲁木齐市天山区人力资源和社会保障局", CSS, f"""
<div class="ts-banner"><div class="cn">乌鲁木齐市天山区人力资源和社会保障局</div>
<div class="ug">ئۈرۈمچى شەھىرى تەڭرىتاغ رايونى كىشىلىك بايلىق ۋە ئىجتىمائىي كاپالەت ئىدارىسى</div></div>
<div class="ts-bar">首页 / 通知公告 / 公示公告&emsp;&emsp;<a href="#">长者模式</a>&emsp;<a href="#">无障碍</a></div>
<div class="ts-card">
 <div class="ts-meta">【发布时间：2025/09/11 16:47】【来源：天山区人社局】【阅读：523次】</div>
 <h1>{e(t)}</h1>
 <div class="ts-text">
{body}
 </div>
 <div class="ts-share">分享到：<a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a>　　<a href="#">打印本页</a></div>
 <div class="ts-next">上一条：<a href="#">天山区2025年“乌鲁木齐·就业在身边”秋季专场招聘会启事</a><br>下一条：<a href="#">关于发放2025年第二季度一次性扩岗补助的公示</a></div>
</div>
<div class="ts-footer">
 主办：乌鲁木齐市天山区人力资源和社会保障局　地址：乌鲁木齐市天山区和平南路168号<br>
 网站标识码：6501020031　<a href="#">新ICP备09001637号-3</a>　新公网安备 65010202000521号
</div>
""")
