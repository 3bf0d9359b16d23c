# 重庆 · English portal of a city outlet (2017 design) carrying wire copy: 'Source: Xinhua', no By-line
from lib import *

PAGE = dict(
    id="wl-19", kind="media", lang="en", site="Chongqing Window",
    title="China-Europe freight trains from Chongqing top 2,000 trips this year",
    authors=[],
    publish_time="Oct 17, 2025 09:12",
    features=["English wire copy with only a source ('Source: Xinhua'): authors []", "dateline 'CHONGQING, Oct. 17 (Xinhua) --' in the first paragraph",
              "'Updated: Oct 17, 2025 09:12' label", "'Editor: Liu Yang' (not author)", "table-like fact list as list lines",
              "Top stories, tags, footer"],
)

BLOCKS = [
    ("p", "CHONGQING, Oct. 17 (Xinhua) -- More than 2,000 China-Europe freight train trips have departed from or arrived in southwest China's Chongqing Municipality so far this year, local authorities said Friday."),
    ("p", "The trains carried about 180,000 twenty-foot equivalent units (TEUs) of goods in the first nine months, up 8 percent year on year, according to the municipal port and logistics office. Laptops, auto parts and new-energy vehicles were among the main exports, while imports included wine, timber and machinery."),
    ("p", "Officials said the route network now links Chongqing with more than 100 cities in Europe and Central Asia. The main changes this year include:"),
    ("li", "- a weekly service to Budapest that cuts the journey to about 14 days;"),
    ("li", "- more return trains carrying European farm produce;"),
    ("li", "- faster customs clearance at the Tuanjiecun rail hub."),
    ("p", "Logistics companies said the trains offered a stable option for exporters as sea freight rates swung earlier this year. Chongqing launched its first China-Europe freight train in 2011."),
]

R = dict(p="<p>{}</p>", li='<p class="li">{}</p>')

CSS = """
body{margin:0;font:15px/1.6 Arial,Helvetica,sans-serif;color:#333;background:#eef1f4}.box{width:1000px;margin:0 auto;background:#fff}
.top{background:#8b0000;color:#fff;padding:10px 20px;display:flex;justify-content:space-between}.top a{color:#fff}
.menu{background:#333}.menu a{color:#eee;display:inline-block;padding:8px 15px;font-size:13px}.main{display:flex}
.art{width:680px;padding:20px}.art h1{font-size:26px;line-height:1.3}.meta{font-size:12px;color:#888;border-bottom:1px solid #ddd;padding-bottom:6px}
.li{margin:2px 0 2px 20px}.side{flex:1;background:#f7f7f7;padding:16px}.tags a{background:#eee;padding:2px 6px;margin-right:6px;font-size:12px}
.ft{background:#222;color:#999;font-size:12px;text-align:center;padding:16px}
"""


def render(P, body):
    return doc(P, CSS, f"""
<div class="box">
<div class="top"><b>Chongqing Window</b><span>{links(["中文版","Mobile"], sep=" | ")} <input placeholder="Search"></span></div>
<div class="menu">{links(["Home","News","Business","Travel","Culture","Photos","Live in Chongqing"])}</div>
<div class="main">
<div class="art">
<p style="font-size:12px">Home &gt; News</p>
<h1>{P['title_html']}</h1>
<div class="meta">Source: Xinhua | Updated: {P['publish_time']}</div>
{body}
<p style="font-size:12px;color:#888">Editor: Liu Yang</p>
<p class="tags">Tags: <a href="#">China-Europe Railway Express</a><a href="#">logistics</a><a href="#">trade</a></p>
</div>
<div class="side"><h4>Top Stories</h4><ul>{lis(["Yangtze River cruise season extended to December","Chongqing hotpot festival draws 300,000 visitors","New light rail line to airport enters testing","Foreign students join autumn harvest in Bishan"])}</ul></div>
</div>
<div class="ft">Copyright © Chongqing Window. All Rights Reserved. 渝ICP备11002187号-5</div>
</div>
""", lang="en", head_title=P["title"] + " - Chongqing Window")
