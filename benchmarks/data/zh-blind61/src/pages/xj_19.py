from lib import *

PAGE = dict(
    id="xj-19", kind="media", lang="en",
    title="Inner Mongolia starts building first long-distance green hydrogen pipeline",
    authors=[],
    publish_time="2024-09-12 14:03:11",
    doc_title="Inner Mongolia starts building first long-distance green hydrogen pipeline - nmgnews English",
    pfmt="en", hfmt="strong",
    features="English channel of a provincial outlet; wire copy with only a source (Source: Xinhua, Editor: …) so no authors; "
             "dateline HOHHOT, Sept. 12 (Xinhua) -- inside the first paragraph; info bar with seconds; Editor is not an author; "
             "Most Read list.",
    css="""
body{margin:0;font:15px/1.7 Arial,Helvetica,sans-serif;color:#333;background:#fafafa}
.w{width:980px;margin:0 auto;background:#fff}
.hd{background:#1c6b3a;color:#fff;padding:18px 20px;font-size:26px;font-weight:bold}
.hd small{font-size:13px;font-weight:normal;margin-left:12px}
.nv{background:#15532c;padding:0 20px}
.nv a{color:#fff;display:inline-block;padding:10px 14px;font-size:14px}
.main{display:flex;padding:20px}
.art{flex:1;padding-right:24px}
.art h1{font-size:26px;line-height:1.3}
.src{color:#888;font-size:13px;border-bottom:1px solid #eee;padding-bottom:6px}
.side{width:260px;background:#f3f7f4;padding:10px;font-size:13px}
.ft{text-align:center;color:#777;font-size:12px;padding:14px}
""",
)

HTML = """
<div class="w">
<div class="hd">nmgnews English <small>Inner Mongolia News Network</small></div>
<div class="nv"><a href="#">Home</a><a href="#">News</a><a href="#">Business</a><a href="#">Culture</a><a href="#">Travel</a><a href="#">Photos</a><a href="#">中文</a><a href="#">ᠮᠣᠩᠭᠣᠯ</a></div>
<div class="main"><div class="art">
<h1>Inner Mongolia starts building first long-distance green hydrogen pipeline</h1>
<div class="src">Source: Xinhua | Editor: Wang Lu | 2024-09-12 14:03:11 | <a href="#">Print</a></div>
{{BODY}}
<p><a href="#">Share to WeChat</a> <a href="#">Share to Weibo</a></p>
</div>
<div class="side"><h3>Most Read</h3><ol><li><a href="#">Ordos opens new cargo route to Europe</a></li><li><a href="#">Grassland music festival returns to Xilinhot</a></li><li><a href="#">Hulunbuir wetlands welcome migratory birds</a></li></ol></div></div>
<div class="ft">Copyright © Inner Mongolia News Network. All Rights Reserved. 蒙ICP备05001362号</div>
</div>
"""

BODY = [
    P("HOHHOT, Sept. 12 (Xinhua) -- Construction began on Wednesday on a 400-km pipeline that will carry hydrogen produced with wind and solar power from western Inner Mongolia to industrial users in the region's south, local authorities said."),
    P("The pipeline, which runs from Ulanqab to the outskirts of Baotou, is designed to transport 100,000 tonnes of green hydrogen a year in its first phase, with capacity expandable to 500,000 tonnes. It is expected to be completed by the end of 2026."),
    P("Inner Mongolia has some of China's richest wind and solar resources, and the region has approved more than 30 projects that use renewable electricity to split water into hydrogen and oxygen. Transporting the gas over long distances, however, has been a bottleneck, as most of it is currently moved by truck in high-pressure tanks."),
    P("The hydrogen will mainly be used by steel, chemical and ammonia plants to replace coal and natural gas, according to the regional energy bureau."),
]
