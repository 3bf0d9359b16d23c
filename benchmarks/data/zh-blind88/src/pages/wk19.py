"""wk-19: English page of a 山西 provincial portal (2017 table-ish design): Xinhua wire copy, source only, editor named."""
from lib import *

PAGE = dict(id="wk-19", kind="media", lang="en",
            title="Shanxi opens winter routes to ancient timber temples",
            authors=[], publish_time="2025-11-14 16:20")

BLOCKS = [
    P("TAIYUAN, Nov. 14 (Xinhua) -- North China's Shanxi province has launched 12 winter tourism routes linking its ancient wooden temples, as the region seeks to draw more visitors in the off-season."),
    P("The routes connect sites including the Foguang Temple on Mount Wutai and the Yingxian Wooden Pagoda, one of the oldest surviving timber towers in the world, according to the provincial department of culture and tourism."),
    P("Shanxi is home to more than half of China's surviving wooden structures built before the Yuan Dynasty (1271-1368). Interest in the province's temples has surged since a popular video game featured several of them last year."),
    P("Scenic sites along the routes will offer discounted tickets, heated shuttle buses and evening lighting shows through next March, the department said."),
    P("Shanxi received 410 million domestic tourist visits in the first three quarters of this year, up 9.6 percent year on year."),
]

CSS = """
body{margin:0;background:#d9d2c3;font-family:Verdana,Arial,sans-serif;font-size:12px;color:#222}
#wrap{width:990px;margin:0 auto;background:#fff}
#banner{height:120px;background:#7a3d12;color:#f6e3c4;padding:0 24px;display:flex;align-items:center;justify-content:space-between}
#banner .t{font:bold 30px Georgia}#banner .t span{display:block;font:12px Verdana;color:#e6cfa8}
#banner .q a{color:#f6e3c4;margin-left:8px}
#nav{background:#4e260a;height:34px}#nav a{color:#fff;line-height:34px;padding:0 14px;float:left;font-weight:bold;text-decoration:none}
#crumb{padding:8px 16px;border-bottom:1px solid #e0d6c4}#crumb a{color:#7a3d12}
#cnt{padding:14px 40px}
#cnt h1{font:bold 24px Georgia;color:#4e260a;margin:10px 0}
.src{color:#777;font-size:11px;border-bottom:1px dotted #aaa;padding-bottom:6px}
.txt{font-size:14px;line-height:1.8}.txt p{margin:12px 0}
.print{text-align:right;padding:10px 0}.print a{color:#7a3d12;margin-left:10px}
.rel{border-top:1px solid #e0d6c4;padding-top:8px}.rel li{line-height:20px}
#foot{background:#4e260a;color:#e6cfa8;text-align:center;padding:12px;line-height:20px;font-size:11px}
"""


def render():
    bh, gold = body(BLOCKS, p="p")
    html = f"""
<div id="wrap">
<div id="banner"><div class="t">Shanxi China<span>The Official Website of Shanxi Province</span></div>
<div class="q"><a href="#">中文</a>|<a href="#">Accessibility</a>|<a href="#">Site Map</a><br><br><input type="text" placeholder="Search"> <input type="submit" value="Go"></div></div>
<div id="nav">{links(["Home","Government","News","Business","Travel","Culture","Living","Photos"])}</div>
<div id="crumb">You are here: <a href="#">Home</a> &gt; <a href="#">News</a> &gt; <a href="#">Shanxi Today</a></div>
<div id="cnt">
<h1>{PAGE["title"]}</h1>
<div class="src">Source: Xinhua | Editor: Li Na | Updated: 2025-11-14 16:20</div>
<div class="txt">
{bh}
</div>
<div class="print"><a href="#">[Print]</a><a href="#">[Close]</a></div>
<div class="rel"><b>Related stories</b><ul>{links(["Pingyao Ancient City welcomes first snow","Taiyuan adds direct flights to Bangkok","Shanxi's vinegar makers expand overseas sales"], wrap="li")}</ul></div>
</div>
<div id="foot">Copyright © The People's Government of Shanxi Province. All Rights Reserved.<br>Sponsored by the General Office of the People's Government of Shanxi Province<br>晋ICP备05002155号　晋公网安备 14010502050021号　网站标识码：1400000004</div>
</div>
"""
    return doc(PAGE["title"], CSS, html, lang="en"), gold
