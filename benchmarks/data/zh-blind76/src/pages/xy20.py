from lib import *

NOTES = "English-language page of a Hainan outlet carrying wire copy: dateline HAIKOU, June 13 (Xinhua) -- opening the first paragraph (stays there), info line Source: Xinhua | Updated: with month-name date, no named writer (authors []), Editor line, photo caption, Share/Print buttons, Most Read list, footer."

META = dict(id="xy-20", kind="media", lang="en",
            title="Haikou adds direct flights to Almaty and Tashkent",
            authors=[],
            publish_time="June 13, 2025 10:26")

HEAD_TITLE = "Haikou adds direct flights to Almaty and Tashkent - Hainan Insight"

CSS = """
body{margin:0;background:#eef3f6;font-family:"Helvetica Neue",Arial,sans-serif;color:#222}
.hi-mast{background:#00695c;color:#fff}
.hi-mast .c{width:1060px;margin:auto;display:flex;justify-content:space-between;align-items:center;padding:16px 0}
.hi-mast .c b{font-size:30px;letter-spacing:1px}
.hi-mast .c a{color:#e0f2f1;font-size:13px;margin-left:12px}
.hi-menu{background:#004d40}
.hi-menu .c{width:1060px;margin:auto}
.hi-menu a{color:#fff;font-size:14px;display:inline-block;padding:10px 16px;text-decoration:none}
.hi-cols{width:1060px;margin:20px auto;display:flex;gap:30px}
.hi-art{flex:1;background:#fff;padding:28px 40px}
.hi-crumb{font-size:12px;color:#888}
.hi-art h1{font-size:30px;line-height:1.25;margin:12px 0}
.hi-info{font-size:13px;color:#777;margin-bottom:18px}
.hi-text p{font-size:17px;line-height:1.7;margin:0 0 16px}
.hi-text .pic{text-align:center}
.hi-text .pcap{font-size:13px;color:#666;text-align:center}
.hi-edit{font-size:13px;color:#888;border-top:1px solid #eee;padding-top:10px}
.hi-tools{font-size:13px;margin-top:8px}
.hi-side{width:300px}
.hi-side .box{background:#fff;padding:16px}
.hi-side h4{margin:0 0 10px;color:#00695c}
.hi-side ol{padding-left:18px;font-size:14px;line-height:1.8}
.hi-foot{background:#263238;color:#b0bec5;text-align:center;font-size:12px;padding:18px 0;line-height:2}
"""

R = {
    "P": lambda t, kw: f"<p>{t}</p>",
    "IMG": lambda a, kw: f'<p class="pic">{img(a, w=640, h=380)}</p>\n<p class="pcap">{kw["cap"]}</p>',
}

BLOCKS = [
    P("HAIKOU, June 13 (Xinhua) -- Haikou Meilan International Airport will open direct passenger routes to Almaty in Kazakhstan and Tashkent in Uzbekistan later this month, bringing the number of its international and regional routes to 42, airport authorities said Friday."),
    P("The Almaty route, starting June 26, will be operated twice a week with narrow-body aircraft, while the Tashkent service will begin on June 28 with one weekly round trip. Both flights take about six hours."),
    IMG("Passengers at Haikou Meilan International Airport", cap="Passengers check in at Haikou Meilan International Airport in Haikou, south China's Hainan Province."),
    P("Hainan has expanded its visa-free entry policy in recent years, and travelers from both countries are now among the fastest-growing groups of inbound visitors to the island, according to the provincial tourism department."),
    P("The new routes will also help local companies in the free trade port reach Central Asian markets, an airport official said, adding that belly cargo space on the flights will carry tropical fruit, seafood and electronics."),
    P("In the first five months of this year, the airport handled more than 620,000 international and regional passengers, up 34 percent from a year earlier."),
]


def frame(M, body):
    return f"""<body>
<div class="hi-mast"><div class="c"><b>HAINAN INSIGHT</b><span><a href="#">中文</a><a href="#">Newsletter</a><a href="#">Search</a></span></div></div>
<div class="hi-menu"><div class="c"><a href="#">Home</a><a href="#">Free Trade Port</a><a href="#">Business</a><a href="#">Travel</a><a href="#">Culture</a><a href="#">Photos</a></div></div>
<div class="hi-cols">
<div class="hi-art">
<div class="hi-crumb"><a href="#">Home</a> » <a href="#">Free Trade Port</a></div>
<h1>{M["title"]}</h1>
<div class="hi-info">Source: Xinhua | Updated: {M["publish_time"]}</div>
<div class="hi-text">
{body}
</div>
<div class="hi-edit">Editor: Wang Lu</div>
<div class="hi-tools">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> | <a href="#">Print</a> | <a href="#">Mail</a></div>
</div>
<div class="hi-side"><div class="box"><h4>Most Read</h4><ol>
<li><a href="#">Sanya duty-free sales rise during holiday</a></li>
<li><a href="#">Wuzhishan tea farmers see bumper spring harvest</a></li>
<li><a href="#">Yangpu port adds new shipping line to Indonesia</a></li>
</ol></div></div>
</div>
<div class="hi-foot">
About Us | Contact Us | Advertise<br>
Copyright © Hainan Insight. All Rights Reserved. 琼ICP备20003917号-1
</div>
</body>"""
