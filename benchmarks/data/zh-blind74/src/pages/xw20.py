# Xiamen Now (English site of a Xiamen outlet) -- wire copy, "Source: Xinhua" only, no By-line
from lib import *

META = dict(
    id="xw-20", kind="media", lang="en",
    title="Gulangyu caps daily visitors at 50,000 for May Day holiday",
    authors=[],
    publish_time="Apr 24, 2025",
)

BODY = [
    P("XIAMEN, April 24 (Xinhua) -- Gulangyu Island, a UNESCO World Heritage site in Xiamen, east China's Fujian Province, will limit the number of daily visitors to 50,000 during the upcoming May Day holiday, local authorities said Thursday."),
    P("Tourists must book ferry tickets in advance with their ID numbers through the official booking platform, and tickets for the holiday period from May 1 to 5 will be released in batches starting April 25, according to the island's management committee."),
    P("The island will also extend the opening hours of several museums and piano-themed venues to 9 p.m., and add more volunteers at the ferry terminals to guide tourists."),
    P("Known for its colonial-era architecture and musical heritage, Gulangyu received more than 10 million visits last year."),
]

STYLE = dict(p='<p class="story-p">{}</p>')

CSS = """
body{margin:0;font-family:Arial,Helvetica,sans-serif;color:#1b1b1b;background:#f5f5f5}
.xn-header{background:#fff;border-bottom:1px solid #ddd}
.xn-header .in{max-width:1080px;margin:0 auto;display:flex;align-items:center;justify-content:space-between;padding:10px 16px}
.xn-menu{background:#00796b}
.xn-menu .in{max-width:1080px;margin:0 auto}
.xn-menu a{display:inline-block;color:#fff;padding:12px 16px;font-size:14px}
.xn-wrap{max-width:1080px;margin:20px auto;background:#fff;padding:24px 40px}
.xn-cat{font-size:12px;text-transform:uppercase;color:#00796b;letter-spacing:1px}
.xn-wrap h1{font-size:32px;line-height:1.25;margin:10px 0}
.xn-dateline{font-size:13px;color:#777;margin-bottom:18px}
.story-p{font-size:17px;line-height:1.7}
.xn-tags a{display:inline-block;background:#e0f2f1;color:#00695c;font-size:12px;padding:3px 8px;margin:2px}
.xn-more{margin-top:28px;border-top:2px solid #00796b}
.xn-more li{line-height:2}
.xn-foot{text-align:center;font-size:12px;color:#888;padding:24px}
"""


def page(body):
    m = META
    return f"""
<header class="xn-header"><div class="in">{img("Xiamen Now", 200, 48)}<nav><a href="#">中文版</a> · <a href="#">Log in</a></nav></div></header>
<div class="xn-menu"><div class="in"><a href="#">News</a><a href="#">Business</a><a href="#">Living</a><a href="#">Travel</a><a href="#">Culture</a><a href="#">Cross-Straits</a><a href="#">Photos</a></div></div>
<div class="xn-wrap">
<div class="xn-cat">Travel</div>
<h1>{m['title']}</h1>
<div class="xn-dateline">Source: Xinhua | {m['publish_time']}</div>
{body}
<div class="xn-tags">Tags: <a href="#">Gulangyu</a><a href="#">May Day</a><a href="#">tourism</a></div>
<div class="xn-more"><h4>You may also like</h4><ul>
<li><a href="#">Xiamen adds overnight ferry services to Gulangyu</a></li>
<li><a href="#">Five new piano museums open on Gulangyu Island</a></li>
<li><a href="#">Fujian expects 40 million tourist trips during May Day holiday</a></li>
</ul></div>
</div>
<div class="xn-foot">
<p><a href="#">About</a> | <a href="#">Contact</a> | <a href="#">Advertise</a></p>
<p>© 2025 Xiamen Daily Group. All rights reserved. 闽ICP备09027135号-5</p>
</div>
"""
