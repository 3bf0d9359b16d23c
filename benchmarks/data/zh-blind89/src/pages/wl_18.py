# 上海 · English-language city news site (2024 design: By … and …, time printed '17:05 UTC+8, 2025-10-16', photo credits)
from lib import *

PAGE = dict(
    id="wl-18", kind="media", lang="en", site="Shanghai Bund Daily",
    title="Xuhui opens riverside library in former coal warehouse",
    authors=["Zhou Yiran", "Wang Jie"],
    publish_time="17:05 UTC+8, 2025-10-16",
    features=["English page of a Chinese city outlet", "byline 'By Zhou Yiran and Wang Jie' (two authors)",
              "time printed '17:05 UTC+8, 2025-10-16' in a meta row with a section label", "photo with caption and 'Ti Gong' credit",
              "pull quote (body)", "Editor line (not author)", "Related/Most read lists, newsletter box, footer with 沪ICP"],
)

BLOCKS = [
    ("p", "A former coal warehouse on the Xuhui waterfront reopened on Thursday as a public library, giving residents a new place to read, study and watch the Huangpu River."),
    ("img", "Riverside library", "The library keeps the warehouse's steel roof trusses. Ti Gong"),
    ("p", "The three-story building, which once stored coal unloaded from barges, has been converted into a 4,200-square-meter branch of the Xuhui District Library. It holds about 80,000 books, including a collection on the history of the city's industrial riverfront."),
    ("p", "Architects kept the original brick walls and steel roof trusses and added a glass reading room on the top floor that looks out over the river."),
    ("quote", "\u201cWe wanted people to feel the history of the place the moment they walk in,\u201d said Chen Lu, a deputy director of the district library."),
    ("p", "The library is open from 9am to 9pm every day, and until 10pm on Fridays and Saturdays. Visitors can borrow books with a citywide library card."),
    ("p", "The opening is part of the district's plan to turn old industrial buildings along the 11-kilometer Xuhui waterfront into public spaces. Officials said two more venues, a children's science center and a small concert hall, will open in the area next year."),
]

R = dict(p="<p>{}</p>", quote='<blockquote class="pq">{}</blockquote>',
         img=lambda alt, cap: f'<figure>{img(alt)}<figcaption>{cap}</figcaption></figure>')

CSS = """
body{margin:0;font:18px/1.7 Georgia,"Times New Roman",serif;color:#1a1a1a}.in{max-width:1140px;margin:0 auto}
header{border-bottom:3px solid #0a2a5e}header .in{display:flex;justify-content:space-between;align-items:center;padding:14px 0;font-family:Arial}
nav a{font-family:Arial;font-size:14px;text-transform:uppercase;margin-right:18px}.lay{display:grid;grid-template-columns:740px 1fr;gap:60px;margin-top:30px}
.sec{font-family:Arial;color:#c8102e;font-size:13px;font-weight:bold}h1{font-size:38px;line-height:1.2;margin:8px 0 16px}
.by{font-family:Arial;font-size:14px;color:#555}.by b{color:#111}.pq{font-size:24px;font-style:italic;border-left:4px solid #c8102e;margin:24px 0;padding-left:20px}
figcaption{font-family:Arial;font-size:13px;color:#777}.ed{font-family:Arial;font-size:13px;color:#888}.nl{background:#f1f4f9;padding:16px;font-family:Arial;font-size:14px}
footer{background:#0a2a5e;color:#b8c4d9;font:13px Arial;padding:26px 0;margin-top:50px;text-align:center}
"""


def render(P, body):
    return doc(P, CSS, f"""
<header><div class="in">{img("Shanghai Bund Daily")}<span style="font-size:13px">{links(["中文","Subscribe","Sign in"], sep=" | ")}</span></div>
<div class="in"><nav>{links(["Home","Metro","Business","Culture","Districts","Opinion","Video"])}</nav></div></header>
<div class="in lay">
<article>
<div class="sec">DISTRICTS / XUHUI</div>
<h1>{P['title_html']}</h1>
<div class="by">By <b>Zhou Yiran</b> and <b>Wang Jie</b><br>{P['publish_time']}</div>
<p style="font-family:Arial;font-size:13px;color:#999">Share: Facebook Twitter LinkedIn WeChat</p>
{body}
<p class="ed">Editor: Zhang Min</p>
<h4>Related</h4><ul>{lis(["Xuhui waterfront adds 2km of riverside trails","Old aircraft hangar becomes art museum","City libraries extend opening hours for exam season"])}</ul>
</article>
<aside><h4>Most read</h4><ol>{lis(["Metro Line 19 enters trial operation","Hairy crab season arrives at local markets","Autumn cold front to bring temperatures down to 12°C","Pudong airport adds new routes to Central Asia"])}</ol>
<div class="nl">Get the day's top stories in your inbox.<br><input placeholder="Your email"> <button>Sign up</button></div></aside>
</div>
<footer><p>{links(["About us","Contact","Advertise","Privacy","Terms"], sep=" · ")}</p><p>Copyright © 2025 Shanghai Bund Daily. All rights reserved.　沪ICP备16038264号-2</p></footer>
""", lang="en", head_title=P["title"] + " | Shanghai Bund Daily")
