from lib import *

NOTES = "Provincial daily e-paper (Hainan), 2023 design: meta strip 版次/版名/日期 with pipes, the headline printed on two lines (joined in gold), 作者：本报记者 … 通讯员 … line under the headline, a 核心提示 box (not body), a data table, photo caption with 摄, 责任编辑 line, page thumbnails list, footer."

META = dict(id="xy-33", kind="e-paper", lang="zh",
            title="海南今年首批省级“一老一小”服务设施项目全部开工",
            authors=["王艺璇", "邢孔亮"],
            publish_time="2025-06-13")

HEAD_TITLE = "琼州日报数字报-海南今年首批省级“一老一小”服务设施项目全部开工"

CSS = """
body{margin:0;background:#f4f1ec;font-family:"PingFang SC","Microsoft YaHei";color:#222}
.qz-head{background:#fff;border-bottom:3px solid #0d47a1}
.qz-head .c{max-width:1140px;margin:auto;display:flex;justify-content:space-between;align-items:center;padding:12px 0}
.qz-head .c .t{font-size:28px;color:#0d47a1;font-weight:700;font-family:"STKaiti"}
.qz-head .c nav a{font-size:14px;margin-left:14px;color:#333}
.qz-c{max-width:1140px;margin:18px auto;display:flex;gap:20px}
.qz-thumbs{width:200px;font-size:13px}
.qz-thumbs div{background:#fff;margin-bottom:8px;padding:6px;text-align:center}
.qz-art{flex:1;background:#fff;padding:28px 56px}
.qz-strip{font-size:13px;color:#777;border-bottom:1px solid #eee;padding-bottom:8px}
.qz-art h2{font-size:28px;text-align:center;line-height:1.45;margin:22px 0 10px}
.qz-author{text-align:center;font-size:14px;color:#555;margin-bottom:16px}
.qz-tip{background:#e3f2fd;padding:12px 16px;font-size:15px;color:#0d47a1;margin-bottom:16px}
.qz-text p{font-size:17px;line-height:1.95;text-indent:2em;margin:0 0 12px}
.qz-text table{border-collapse:collapse;margin:0 auto 14px;font-size:15px}
.qz-text td{border:1px solid #90a4ae;padding:4px 14px;text-align:center}
.qz-text .pimg{text-align:center;text-indent:0}
.qz-text .pcap{text-align:center;text-indent:0;font-size:14px;color:#666}
.qz-ed{text-align:right;font-size:13px;color:#888}
.qz-ft{text-align:center;font-size:12px;color:#777;padding:16px 0;line-height:2}
"""

R = {
    "P": lambda t, kw: f"<p>{t}</p>",
    "T": lambda rows, kw: "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>",
    "IMG": lambda a, kw: f'<p class="pimg">{img(a, data=True, w=600, h=400)}</p><p class="pcap">{kw["cap"]}</p>',
}

BLOCKS = [
    X('<div class="qz-tip">核心提示：首批32个项目总投资约9.6亿元，建成后将新增养老床位2100张、托位1800个。</div>'),
    P("本报海口6月12日讯 记者从省发展改革委获悉，我省今年首批省级“一老一小”服务设施建设项目近日全部开工。首批32个项目总投资约9.6亿元，涵盖社区嵌入式养老服务中心、公办托育机构、普惠性幼儿园等，计划于2026年上半年前陆续建成投用。"),
    P("“一老一小”是群众最关心的民生问题之一。据介绍，今年的项目更加注重“嵌入社区、就近服务”，大部分建在老旧小区、新建住宅区和乡镇人口集中区域，居民步行15分钟就能到达。"),
    P("首批项目分布情况如下："),
    T([["项目类型", "项目数（个）", "新增床位/托位（张/个）"],
       ["社区嵌入式养老服务中心", "14", "2100"],
       ["公办托育机构", "11", "1200"],
       ["普惠性幼儿园托班", "7", "600"]]),
    IMG("项目施工现场", cap="海口市龙华区一处社区养老服务中心项目施工现场。本报记者 王艺璇 摄"),
    P("省发展改革委相关负责人表示，将加强项目调度，协调解决用地、资金等问题，确保项目按期建成。同时，推动项目建成后引入专业机构运营，提供助餐、助浴、日间照料、临时托育等服务，让老人和孩子在家门口享受到方便实惠的服务。"),
]


def frame(M, body):
    t = M["title"]
    k = t.index("项目") + 2
    return f"""<body>
<div class="qz-head"><div class="c"><span class="t">琼州日报</span><nav><a href="#">琼州网</a><a href="#">往期</a><a href="#">版面</a><a href="#">标题</a><input type="text" placeholder="全文检索"></nav></div></div>
<div class="qz-c">
<div class="qz-thumbs">
<div>{img("A01版", data=True, w=120, h=160)}<br>A01 头版</div>
<div>{img("A05版", data=True, w=120, h=160)}<br>A05 综合</div>
<div>{img("A06版", data=True, w=120, h=160)}<br>A06 市县</div>
</div>
<div class="qz-art">
<div class="qz-strip">版次：A05 | 版名：综合 | 日期：{M["publish_time"]}</div>
<h2>{t[:k]}<br>{t[k:]}</h2>
<div class="qz-author">作者：本报记者 王艺璇 通讯员 邢孔亮</div>
<div class="qz-text">
{body}
</div>
<div class="qz-ed">责任编辑：陈海容</div>
</div>
</div>
<div class="qz-ft">琼州日报报业集团版权所有　未经授权禁止转载<br>琼ICP备05001639号　琼公网安备 46010802000511号</div>
</body>"""
