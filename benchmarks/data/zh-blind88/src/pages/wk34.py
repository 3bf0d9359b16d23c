"""wk-34: 内蒙古 city daily e-paper (2022 design): 主题 + 副题 (no 引题), 文/图 byline line, photo caption, calendar widget."""
from lib import *

PAGE = dict(id="wk-34", kind="e-paper", lang="zh",
            title="库布其沙漠“光伏+治沙”再添新项目",
            authors=["高娃"], publish_time="2025/11/13")

BLOCKS = [
    BY("文/图 本报记者 高娃", f=lambda t, b: f'<p class="author">{t}</p>'),
    P("11月12日，位于杭锦旗境内的库布其沙漠200万千瓦光伏治沙项目首批光伏板完成安装。项目建成后，年均发电量约40亿千瓦时，可治理沙化土地8万亩。"),
    IMG("", "工人在库布其沙漠光伏治沙项目现场安装光伏板。"),
    P("记者在施工现场看到，一排排蓝色光伏板沿着沙丘延伸，工人们正在板间空地上扎设草方格、种植沙柳。项目负责人介绍，项目采用“板上发电、板下种植、板间养殖”的模式，光伏板可以减少地表水分蒸发、降低风速，板下种植的甘草、沙柳等耐旱植物能够有效固沙，“既能发绿电，又能治沙漠，还能带动牧民增收。”"),
    P("附近嘎查的牧民敖日格乐在项目上负责种植和管护，每月能领到4500元工资。“以前这片沙子啥也长不了，现在种上了甘草，过两年还能收一茬药材。”他说。"),
    P("近年来，鄂尔多斯市依托丰富的风光资源和广阔的沙漠、采煤沉陷区，大力推进新能源与生态治理融合发展。截至目前，全市新能源装机规模已突破3000万千瓦，通过光伏治沙累计治理沙化土地超过60万亩。"),
    P("市能源局相关负责人表示，下一步将加快推进库布其、毛乌素沙漠大型风电光伏基地建设，同步配套储能和外送通道，推动“沙漠变绿洲、黄沙变黄金”。"),
]

CSS = """
body{margin:0;background:#2f3b4a;font-family:"Microsoft YaHei";color:#222}
.hdr{background:#fff;height:74px;display:flex;align-items:center;padding:0 30px;gap:24px}
.hdr .nm{font-size:30px;color:#0067b1;font-weight:bold}.hdr .dt{font-size:14px;color:#666}
.hdr .cal{margin-left:auto;font-size:13px}.hdr .cal input{width:120px}
.hdr .cal a{color:#0067b1;margin-left:8px}
.view{display:flex;gap:16px;padding:16px 30px}
.paper{width:520px;background:#fff;padding:10px}
.paper .img{height:720px;background:#f0f0f0;border:1px solid #ddd;color:#aaa;display:flex;align-items:center;justify-content:center}
.paper .pn{display:flex;justify-content:space-between;margin-top:8px;font-size:13px}.paper .pn a{color:#0067b1}
.reader{flex:1;background:#fff;padding:24px 40px}
.reader .bc{font-size:13px;color:#0067b1;border-bottom:1px solid #e0e0e0;padding-bottom:8px}
.reader h1{font-size:26px;text-align:center;margin:20px 0 6px}
.reader h3{font-size:16px;text-align:center;font-weight:normal;color:#444;margin:0 0 12px}
.reader .tm{text-align:center;font-size:13px;color:#999;margin-bottom:10px}
.reader .c{font-size:16px;line-height:1.95}.reader .c p{text-indent:2em;margin:0 0 12px}
.reader .c .author{text-indent:0;text-align:center;color:#555}.reader .c .pic-cap{text-indent:0;font-size:14px;color:#0067b1}
.reader .c img{width:480px;height:300px;background:#ddd}
.titles{width:260px;background:#fff;padding:14px}.titles h4{margin:0 0 10px;color:#0067b1}.titles li{font-size:14px;line-height:1.8;margin-bottom:6px}
.foot{color:#9fb0c4;text-align:center;font-size:12px;padding:14px 0 24px}
"""


def render():
    bh, gold = body(BLOCKS, p="p")
    html = f"""
<div class="hdr"><span class="nm">鄂尔多斯日报</span><span class="dt">2025年11月13日 星期四</span>
<span class="cal">往期查询：<input type="date" value="2025-11-13"> <a href="#">上一期</a><a href="#">下一期</a><a href="#">PDF下载</a></span></div>
<div class="view">
<div class="paper"><div class="img">{img("02版：要闻", gif=True)} 第02版：要闻</div>
<div class="pn"><a href="#">« 上一版</a><span>第02版：要闻</span><a href="#">下一版 »</a></div></div>
<div class="reader">
<div class="bc">鄂尔多斯日报 &gt; 2025年11月13日 &gt; 第02版：要闻</div>
<h1>{PAGE["title"]}</h1>
<h3>——新增装机200万千瓦 可治理沙化土地8万亩</h3>
<div class="tm">发布时间：2025/11/13</div>
<div class="c">
{bh}
</div>
</div>
<div class="titles"><h4>本版标题</h4><ul>{links(["库布其沙漠“光伏+治沙”再添新项目","准格尔旗煤矿智能化改造全面完成","伊金霍洛旗：零碳产业园新签约项目5个","市政府召开冬季安全生产工作会"], wrap="li")}</ul></div>
</div>
<div class="foot">鄂尔多斯日报社版权所有　蒙ICP备05002897号-2　未经许可不得转载</div>
"""
    return doc("鄂尔多斯日报数字报", CSS, html), gold
