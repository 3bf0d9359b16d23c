from lib import *

NOTES = "English-language page of a Guangdong provincial outlet: section kicker, standfirst under the headline (not body), byline line By … and … | Updated … | Source, photo caption with a Photo credit, a pull quote that repeats body text (not body), Editor line, Related Stories and footer with copyright and ICP."

META = dict(id="xy-19", kind="media", lang="en",
            title="Foshan opens round-the-clock customs clearance for cross-border e-commerce parcels",
            authors=["Huang Yiming", "Zoe Li"],
            publish_time="2025-06-12 15:40")

HEAD_TITLE = "Foshan opens round-the-clock customs clearance for cross-border e-commerce parcels | Guangdong Now"

CSS = """
body{margin:0;font-family:Georgia,"Times New Roman",serif;color:#1b1b1b;background:#fff}
.gn-top{border-bottom:1px solid #ddd;font-family:Arial,sans-serif;font-size:13px}
.gn-top .w{max-width:1080px;margin:auto;display:flex;justify-content:space-between;padding:8px 0}
.gn-brand{max-width:1080px;margin:auto;padding:18px 0;font-size:38px;font-weight:bold;color:#0b3d91}
.gn-sec{background:#0b3d91;font-family:Arial,sans-serif}
.gn-sec .w{max-width:1080px;margin:auto}
.gn-sec a{color:#fff;display:inline-block;padding:10px 14px;text-decoration:none;font-size:14px}
.gn-story{max-width:720px;margin:30px auto}
.gn-kicker{font-family:Arial,sans-serif;font-size:13px;color:#c0392b;font-weight:bold;letter-spacing:1px}
.gn-story h1{font-size:34px;line-height:1.2;margin:8px 0 12px}
.gn-dek{font-size:19px;color:#555;line-height:1.5;margin:0 0 14px}
.gn-byline{font-family:Arial,sans-serif;font-size:13px;color:#666;border-top:1px solid #eee;border-bottom:1px solid #eee;padding:8px 0}
.gn-copy p{font-size:18px;line-height:1.7;margin:0 0 18px}
.gn-copy figure{margin:0 0 18px}
.gn-copy figcaption{font-family:Arial,sans-serif;font-size:13px;color:#666}
.gn-copy blockquote{font-size:22px;font-style:italic;border-left:4px solid #0b3d91;margin:0 0 18px;padding-left:16px;color:#0b3d91}
.gn-ed{font-family:Arial,sans-serif;font-size:13px;color:#888}
.gn-rel{max-width:720px;margin:0 auto 30px;font-family:Arial,sans-serif}
.gn-rel h3{font-size:15px;text-transform:none;border-bottom:2px solid #0b3d91}
.gn-rel li{font-size:15px;line-height:1.8}
.gn-foot{background:#111;color:#aaa;font-family:Arial,sans-serif;font-size:12px;text-align:center;padding:22px 0;line-height:2}
"""

R = {
    "P": lambda t, kw: f"<p>{t}</p>",
    "IMG": lambda a, kw: f'<figure>{img(a, data=True, w=720, h=420)}<figcaption>{kw["cap"]}</figcaption></figure>',
}

BLOCKS = [
    P("Cross-border e-commerce parcels can now clear customs at any hour of the day in Foshan, after the city's main bonded logistics center switched to a 24-hour, seven-day schedule on Wednesday."),
    P("The Nanhai bonded logistics center handled about 38,000 parcels a day in May. Until now, shipments that arrived after 10 pm waited for the morning shift, which often added half a day to delivery times."),
    IMG("Workers sort parcels at the bonded logistics center in Nanhai district", cap="Workers sort parcels at the bonded logistics center in Nanhai district, Foshan. Photo: Guangdong Now"),
    P("\u201cFor a fresh product or a flash sale, twelve hours can decide whether a customer buys again,\u201d said Liang Wenhui, operations manager at a Foshan-based home appliance exporter that ships small kitchen devices to Southeast Asia."),
    X('<blockquote>\u201cTwelve hours can decide whether a customer buys again.\u201d</blockquote>'),
    P("Local customs officials said the night shift relies on automated X-ray screening and a risk-based inspection system, so most parcels pass without being opened. Companies can also file declarations in advance through an online platform."),
    P("Foshan's cross-border e-commerce trade reached 41.2 billion yuan last year, up 18 percent year-on-year, with furniture, lighting and household appliances as the main categories."),
]


def frame(M, body):
    return f"""<body>
<div class="gn-top"><div class="w"><span>Thursday, June 12, 2025</span><span><a href="#">中文</a> | <a href="#">Sign in</a> | <a href="#">Subscribe</a></span></div></div>
<div class="gn-brand">Guangdong Now</div>
<div class="gn-sec"><div class="w"><a href="#">Home</a><a href="#">Greater Bay Area</a><a href="#">Business</a><a href="#">Culture</a><a href="#">Travel</a><a href="#">Opinion</a><a href="#">Video</a></div></div>
<div class="gn-story">
<div class="gn-kicker">BUSINESS / TRADE</div>
<h1>{M["title"]}</h1>
<p class="gn-dek">Night shift at Nanhai bonded center cuts delivery times by up to half a day</p>
<div class="gn-byline">By Huang Yiming and Zoe Li | Updated: {M["publish_time"]} | Source: Guangdong Now</div>
<div class="gn-copy">
{body}
</div>
<p class="gn-ed">Editor: Chen Jia</p>
</div>
<div class="gn-rel"><h3>Related Stories</h3><ul>
<li><a href="#">Guangzhou Baiyun airport adds cargo routes to Central Asia</a></li>
<li><a href="#">Shunde furniture makers turn to livestreaming for overseas buyers</a></li>
<li><a href="#">GBA ports report strong first-quarter container throughput</a></li>
</ul></div>
<div class="gn-foot">
<a href="#">About Us</a> · <a href="#">Contact</a> · <a href="#">Terms of Use</a><br>
Copyright © 2025 Guangdong Now. All rights reserved.<br>
粤ICP备19047215号-2
</div>
</body>"""
