# 数字报 · 山东 · 晨报（2024 mobile H5 e-paper: version thumbnails strip, 引题+副题, 文/图 记者 line, 返回版面）
from lib import *

PAGE = dict(
    id="wh-35", kind="e-paper", lang="zh",
    title="沂河两岸“口袋公园”串起城市绿带",
    authors=["王栋"],
    publish_time="2025-11-17",
    features="2024 mobile H5 数字报 (山东 morning paper); top bar with 返回版面 and date; horizontal strip of "
             "版面 thumbnails with captions (01 头版 … 08 沂河副刊) and the current 05版 label; 引题 / 主题 / 副题 "
             "stack; credit line 文/图 记者 王　栋 (writer-photographer = author); sub-headings; bulleted "
             "list; 本版导读 list; 分享/字号 buttons; short app footer.",
    blocks=[
        P("午后的阳光洒在沂河东岸，刚刚建成的“滨河漫园”里，几位老人在健身器材旁锻炼，孩子们在沙坑里玩耍。“以前这里是块荒地，现在出门几步就是公园。”家住附近的居民赵女士说。"),
        P("今年以来，我市在沂河两岸新建和改造“口袋公园”28处，新增绿地面积约16万平方米。这些小而美的公园与滨河绿道相连，串起了一条贯穿城区的生态绿带。"),
        H("小空间做出大文章"),
        P("口袋公园面积不大，但功能不少。市园林部门在规划时充分征求周边居民意见，按照“一园一主题”的思路进行设计："),
        LI(["靠近学校的公园，增加儿童游乐和科普设施；",
            "老旧小区周边的公园，重点配置适老化座椅和健身器材；",
            "商业区附近的公园，设置休憩平台和小型演艺空间。"],
           fmt='<ul class="pts">{items}</ul>'),
        H("见缝插绿提升幸福感"),
        P("建设中，我市充分利用城市边角地、闲置地和拆违腾退空间，坚持“见缝插绿、应绿尽绿”。在园林植物选择上，多用本地乡土树种，降低后期养护成本。同时推行“园长制”，由所在社区负责日常管理，居民志愿者参与巡护。"),
        P("市园林部门负责人表示，明年将再建设口袋公园20处以上，让市民“推窗见绿、出门进园”。"),
    ],
)

CSS = """
*{box-sizing:border-box}
body{margin:0 auto;max-width:720px;background:#fff;font:16px/1.8 -apple-system,"PingFang SC";color:#222}
a{color:inherit;text-decoration:none}
.bar{position:sticky;top:0;background:#0d5c3f;color:#fff;display:flex;justify-content:space-between;align-items:center;padding:8px 14px;font-size:14px}
.bar b{font-size:17px}
.strip{display:flex;overflow-x:auto;gap:8px;padding:10px;background:#f1f6f3}
.strip .v{flex:0 0 84px;text-align:center;font-size:12px}
.strip .v.on{color:#0d5c3f;font-weight:bold}
.cur{font-size:13px;color:#0d5c3f;padding:8px 16px;border-bottom:1px solid #e5ece8}
.art{padding:18px 16px}
.pre{font-size:15px;color:#555;text-align:center}
h1{font-size:25px;line-height:1.4;text-align:center;margin:6px 0}
.sub{font-size:15px;color:#555;text-align:center}
.credit{font-size:13px;color:#999;text-align:center;margin:12px 0 18px}
.txt p{margin:0 0 14px;text-indent:2em}
.txt h2{font-size:17px;color:#0d5c3f;margin:16px 0 8px}
.txt ul.pts{margin:0 0 14px;padding-left:2.4em}
.tools{display:flex;justify-content:space-around;border-top:1px solid #eee;padding:10px 0;font-size:14px;color:#666}
.dd{padding:0 16px 16px}
.dd h3{font-size:16px;border-left:4px solid #0d5c3f;padding-left:8px}
.dd li{font-size:15px;line-height:2.2;border-bottom:1px solid #f2f2f2;list-style:none}
.dd ul{padding:0}
.ft{background:#f5f5f5;text-align:center;font-size:12px;color:#999;padding:14px;line-height:2}
"""


def render(p):
    body = render_body(p["blocks"], {"h": "<h2>{t}</h2>"})
    vs = ["01 头版", "02 要闻", "03 临沂新闻", "04 县区", "05 城建·民生", "06 社会", "07 文体", "08 沂河副刊"]
    strip = "".join(f'<a class="v{" on" if v.startswith("05") else ""}" href="#">{img(v + "缩略图", 80, 110)}<br>{v}</a>' for v in vs)
    html_body = f"""
<div class="bar"><a href="#">‹ 返回版面</a><b>沂河晨报</b><span>{p["publish_time"]}</span></div>
<div class="strip">{strip}</div>
<div class="cur">第05版：城建·民生</div>
<div class="art">
<div class="pre">今年新建改造28处 新增绿地约16万平方米</div>
<h1>{esc(p["title"])}</h1>
<div class="sub">明年计划再建20处以上</div>
<div class="credit">文/图 记者 王　栋</div>
<div class="txt">
{body}
</div>
</div>
<div class="tools"><span>分享</span><span>字号</span><span>收藏</span><span>PDF</span></div>
<div class="dd"><h3>本版导读</h3><ul>
<li><a href="#">沂河两岸“口袋公园”串起城市绿带</a></li>
<li><a href="#">老旧小区改造后，停车难题有了解法</a></li>
<li><a href="#">城区供暖管网完成冬季检修</a></li></ul></div>
<div class="ft">沂河晨报社出品　鲁ICP备15008862号-4</div>
"""
    return doc("沂河两岸“口袋公园”串起城市绿带-沂河晨报数字报", CSS, html_body,
               head_extra='<meta name="viewport" content="width=device-width,initial-scale=1">\n')
