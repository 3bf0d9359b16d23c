# Jiangnan Daily English (English channel of a Jiangsu outlet) -- By-line with two names, Editor line, photo caption
from lib import *

META = dict(
    id="xw-19", kind="media", lang="en",
    title="Suzhou opens cross-border e-commerce returns center in industrial park",
    authors=["Zhou Yichen", "Li Mengyao"],
    publish_time="2025-04-23 15:20",
)

BODY = [
    P("Suzhou on Tuesday opened a returns center for cross-border e-commerce in the Suzhou Industrial Park, allowing overseas online shoppers' returned goods to be inspected, repaired and resold in one place."),
    P("The 12,000-square-meter facility can process up to 30,000 returned parcels a day. Before it opened, many local sellers had to destroy returned goods abroad or ship them back through general trade channels, which could take more than a month."),
    IMG("Workers sort returned parcels at the new center", "Workers sort returned parcels at the new returns center in Suzhou Industrial Park on Tuesday. [Photo by Wang Hao]"),
    P("\"Returns used to eat up most of our profit on small items,\" said Gu Jiaqi, who runs an online store selling kitchen gadgets to customers in Europe. \"Now we can bring them back, check them and put them on sale again within two weeks.\""),
    P("Customs officers at the center use a dedicated supervision system to match each returned parcel with its original export declaration, so that qualified goods are exempt from import duties."),
    P("Suzhou's cross-border e-commerce trade reached about 58 billion yuan ($8 billion) last year, according to the city's commerce bureau."),
]

STYLE = dict(
    p="<p>{}</p>",
    img='<figure class="jd-fig"><img src="' + GIF + '" alt="{alt}" width="700" height="466">',
    cap='<figcaption>{}</figcaption></figure>',
)

CSS = """
body{margin:0;font-family:Georgia,"Times New Roman",serif;color:#222;background:#fff}
.jde-top{background:#0d2b4e;color:#fff;font:13px Arial,sans-serif;padding:6px 0}
.jde-top .c,.jde-mast .c,.jde-nav .c,.jde-page{width:1100px;margin:0 auto}
.jde-top a{color:#fff;margin-right:14px}
.jde-mast{border-bottom:1px solid #ccc;padding:14px 0}
.jde-nav{border-bottom:3px solid #0d2b4e;font:bold 14px Arial,sans-serif}
.jde-nav a{display:inline-block;padding:10px 14px;color:#0d2b4e;text-transform:uppercase}
.jde-page{display:flex;gap:30px;padding-top:16px}
.jde-story{flex:1}
.jde-aside{width:300px;font:14px Arial,sans-serif}
.jde-kicker{font:13px Arial,sans-serif;color:#b00}
.jde-story h1{font-size:34px;line-height:1.2;margin:8px 0 12px}
.jde-by{font:14px Arial,sans-serif;color:#555;border-top:1px solid #eee;border-bottom:1px solid #eee;padding:8px 0}
.jde-by .u{float:right}
.jde-body p{font-size:18px;line-height:1.6}
.jd-fig{margin:16px 0}
.jd-fig figcaption{font:13px Arial,sans-serif;color:#666}
.jde-ed{font:13px Arial,sans-serif;color:#888}
.jde-aside h3{border-bottom:2px solid #0d2b4e}
.jde-foot{background:#0d2b4e;color:#aac;font:12px Arial,sans-serif;text-align:center;padding:20px;margin-top:30px;line-height:2}
"""


def page(body):
    m = META
    return f"""
<div class="jde-top"><div class="c"><a href="#">中文</a><a href="#">Subscribe</a><a href="#">Newsletter</a><a href="#">App</a><span style="float:right">Wednesday, April 23, 2025</span></div></div>
<div class="jde-mast"><div class="c">{img("Jiangnan Daily", 360, 60)}<form style="float:right"><input type="text" placeholder="Search"> <button type="button">Go</button></form></div></div>
<div class="jde-nav"><div class="c"><a href="#">Home</a><a href="#">Jiangsu</a><a href="#">China</a><a href="#">Business</a><a href="#">Culture</a><a href="#">Travel</a><a href="#">Expats</a><a href="#">Photos</a><a href="#">Video</a></div></div>
<div class="jde-page">
<div class="jde-story">
<div class="jde-kicker"><a href="#">Home</a> / <a href="#">Business</a></div>
<h1>{m['title']}</h1>
<div class="jde-by">By Zhou Yichen and Li Mengyao | Jiangnan Daily <span class="u">Updated: {m['publish_time']}</span></div>
<div class="jde-share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">WeChat</a></div>
<div class="jde-body">
{body}
</div>
<p class="jde-ed">Editor: Chen Jia</p>
</div>
<div class="jde-aside">
<h3>Most Viewed</h3>
<ol>
<li><a href="#">Nanjing metro Line 11 phase II opens to passengers</a></li>
<li><a href="#">Jiangsu's Q1 foreign trade up 6.1 percent</a></li>
<li><a href="#">Wuxi hosts international marathon with 35,000 runners</a></li>
</ol>
<h3>Related</h3>
<ul>
<li><a href="#">Suzhou customs streamlines checks for cross-border parcels</a></li>
<li><a href="#">Cross-border e-commerce hubs expand in Yangtze River Delta</a></li>
</ul>
</div>
</div>
<div class="jde-foot">
<p><a href="#">About Us</a> | <a href="#">Contact Us</a> | <a href="#">Terms of Use</a> | <a href="#">Privacy</a></p>
<p>Copyright 2025 Jiangnan Daily Media Group. All rights reserved.</p>
<p>苏ICP备10026743号-3</p>
</div>
"""
