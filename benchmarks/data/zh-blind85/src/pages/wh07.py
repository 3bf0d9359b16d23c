# 海南 · 村（镇政府网站 村务公开栏目）· 公告（2024 mobile-first layout, metadata row with slashed date, 署名/日期）
from lib import *

PAGE = dict(
    id="wh-07", kind="government", lang="zh",
    title="南丰村关于2025年度“一事一议”村内道路硬化项目筹资筹劳方案的公告",
    authors=[],
    publish_time="2025/11/18 15:02",
    features="2024 mobile-first town site (海南) 村务公开 column; sticky app bar with 长者模式 toggle; tag chips; "
             "the metadata row (发布单位 · date · 阅读) sits under the headline with no labels except 阅读; "
             "公告 with numbered items as an <ol> (no printed numbers), contribution table, 监督电话, 署名 and date; "
             "photo of the 公示栏 with caption; bottom tab bar.",
    blocks=[
        P("经2025年11月15日村民代表会议讨论通过，本村2025年度“一事一议”村内道路硬化项目筹资筹劳方案如下，现予以公告："),
        LI(["项目内容：硬化南丰村三队至五队村内道路1.2公里，路面宽4米，厚度18厘米，配套建设排水边沟。",
            "项目总投资：约58.6万元，其中申请财政奖补资金41万元，村集体经济收入投入9.2万元，村民筹资8.4万元。",
            "筹资标准：按受益户计算，每户筹资300元；低保户、特困供养户、重度残疾人家庭免于筹资。",
            "筹劳安排：每户出工不超过2个工日，可以资代劳，每个工日折资100元。",
            "筹资时间：2025年11月20日至12月10日，由村报账员统一收取并开具收据，资金纳入村级专账管理，专款专用。"],
             fmt='<ol class="items">{items}</ol>'),
        T([["受益村民小组", "受益户数", "免筹户数", "应筹资金（元）"],
           ["三队", "96", "5", "27300"],
           ["四队", "104", "7", "29100"],
           ["五队", "98", "6", "27600"]]),
        P("项目实施过程中，由村务监督委员会全程监督，筹资筹劳使用情况将在村务公开栏公布。村民对本方案有意见建议的，可在公告之日起7日内向村民委员会或镇农业服务中心反映。"),
        P("监督电话：0898-63310758（椰湾镇农业服务中心）"),
        IMG("南丰村村务公开栏"),
        CAP("▲南丰村村务公开栏张贴的筹资方案"),
        SIGN("南丰村民委员会"),
        SIGN("2025年11月18日"),
    ],
)

CSS = """
*{box-sizing:border-box}
body{margin:0;max-width:760px;margin:0 auto;background:#eef3f1;font:15px/1.75 -apple-system,"PingFang SC","Noto Sans CJK SC",sans-serif;color:#1f2d2a}
a{color:inherit;text-decoration:none}
.appbar{position:sticky;top:0;background:#0f766e;color:#fff;display:flex;align-items:center;justify-content:space-between;padding:10px 16px}
.appbar b{font-size:17px}
.appbar .sw{font-size:12px;border:1px solid #9dd;border-radius:12px;padding:0 8px}
.crumbs{font-size:12px;color:#6b7c78;padding:10px 16px}
.card{background:#fff;margin:0 10px 12px;border-radius:10px;padding:18px 16px}
.chips span{display:inline-block;font-size:12px;background:#e0f2ef;color:#0f766e;border-radius:4px;padding:0 6px;margin-right:6px}
h1{font-size:21px;line-height:1.45;margin:10px 0}
.meta{font-size:12px;color:#8a9a96;display:flex;gap:10px}
.body{margin-top:14px}
.body p{margin:0 0 10px;text-indent:2em}
.body ol{padding-left:2.2em;margin:0 0 10px}
.body table{width:100%;border-collapse:collapse;font-size:13px;margin:10px 0}
.body th{background:#f0f7f5}
.body td,.body th{border:1px solid #cfe3de;padding:4px;text-align:center}
.body p.cap{text-indent:0;text-align:center;color:#6b7c78;font-size:13px}
.rel h4{margin:0 0 6px;font-size:15px}
.rel a{display:block;border-bottom:1px solid #eef;line-height:2.3;font-size:14px}
.tabbar{display:flex;justify-content:space-around;background:#fff;border-top:1px solid #dde;position:sticky;bottom:0;font-size:12px;padding:6px 0}
.copy{font-size:11px;color:#9aa;text-align:center;padding:10px 0 20px}
"""


def render(p):
    body = render_body(p["blocks"], {
        "sign": '<p style="text-align:right;text-indent:0;margin:0">{t}</p>',
        "img": '<p style="text-indent:0;text-align:center">' + img("{t}", 320, 200) + '</p>',
        "table": '<table>{rows}</table>'})
    html_body = f"""
<div class="appbar"><span>‹ 返回</span><b>椰湾镇人民政府</b><span class="sw">长者模式</span></div>
<div class="crumbs">首页 / 村务公开 / 南丰村</div>
<div class="card">
<div class="chips"><span>村务公开</span><span>财务公开</span></div>
<h1>{esc(p["title"])}</h1>
<div class="meta"><span>南丰村民委员会</span><span>{p["publish_time"]}</span><span>阅读 312</span></div>
<div class="body">
{body}
</div>
</div>
<div class="card rel"><h4>村务公开 · 更多</h4>
<a href="#">南丰村2025年第三季度财务收支情况公开</a>
<a href="#">南丰村2025年度低保对象动态调整情况公示</a>
<a href="#">南丰村村规民约（2025年修订）</a></div>
<div class="tabbar"><span>首页</span><span>政务公开</span><span>办事服务</span><span>我的</span></div>
<div class="copy">文昌市椰湾镇人民政府 主办　琼ICP备19003362号-3<br>网站标识码：4690050052</div>
"""
    return doc("南丰村关于2025年度“一事一议”村内道路硬化项目筹资筹劳方案的公告", CSS, html_body,
               head_extra='<meta name="viewport" content="width=device-width,initial-scale=1">\n')
