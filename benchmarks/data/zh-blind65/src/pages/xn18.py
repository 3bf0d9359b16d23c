from blocks import *
from furniture import *

ID, KIND, LANG = "xn-18", "media", "en"
SITE = "Guangdong Today (English-language site of a provincial outlet)"
DOC_TITLE = "New ferry link cuts Zhuhai-Shenzhen trip to 45 minutes | Guangdong Today"
TITLE = "New ferry link cuts Zhuhai–Shenzhen airport trip to 45 minutes"
AUTHORS = ["Li Wen", "Chen Jiayi"]
PUBLISH_TIME = "2024-10-12 16:05"
FEATURES = ("English page of a Chinese outlet; headline printed on two lines (joined with one space); "
            "By Li Wen and Chen Jiayi | Guangdong Today line (authors); Updated: 2024-10-12 16:05 (label dropped); "
            "photo with caption and photo credit; Editor line; Chinese-site furniture in English (ICP number kept).")

CSS = """
body{margin:0;font:17px/1.7 Georgia,serif;color:#222}
.top{background:#8b0000;color:#fff;padding:10px 5vw;font:14px Arial}
.top a{color:#fff;margin-right:14px}
.mast{font:bold 34px Georgia;padding:14px 5vw;border-bottom:1px solid #ddd}
.sec a{font:14px Arial;margin-right:16px}
article{max-width:720px;margin:20px auto}
h1{font-size:34px;line-height:1.25}
.byline,.dt{font:13px Arial;color:#777;margin:2px 0}
.caption{font:13px Arial;color:#666}
.editor{font:13px Arial;color:#999}
footer{background:#f3f3f3;font:12px Arial;color:#888;padding:20px 5vw}
"""

BODY = [
    IMG("Passengers board the ferry", "Passengers board a high-speed ferry at Jiuzhou Port in Zhuhai on Oct 11. [Photo by Chen Jiayi/Guangdong Today]", cap_tag="p"),
    P("A new high-speed ferry service linking Zhuhai's Jiuzhou Port with Shenzhen Bao'an International Airport began operating on Friday, cutting the journey between the two cities' transport hubs to about 45 minutes."),
    P("The route runs eight round trips a day, with the first ferry leaving Zhuhai at 7:30 am and the last returning from the airport at 9 pm. A one-way ticket costs 150 yuan ($21)."),
    P("\"Before, I had to take a bus across the bridge and then the metro, which took almost two hours,\" said Huang Mingwei, a sales manager who flies to Beijing twice a month. \"Now I can check in for my flight at the port.\""),
    P("Passengers flying out of Bao'an can complete check-in and baggage drop at Jiuzhou Port up to two hours before departure, according to the port operator."),
    P("The service is part of a wider push to integrate transport across the Guangdong-Hong Kong-Macao Greater Bay Area. The province plans to open three more cross-city ferry routes by the end of next year."),
]


def page(body):
    return f"""<body>
<div class="top"><a href="#">中文</a><a href="#">Subscribe</a><a href="#">Mobile</a>{search("Search", "Go")}</div>
<div class="mast">Guangdong Today</div>
<div class="sec"><a href="#">Home</a><a href="#">Guangdong</a><a href="#">GBA</a><a href="#">Business</a><a href="#">Culture</a><a href="#">Travel</a><a href="#">Video</a></div>
<article>
<div class="crumb"><a href="#">Home</a> / <a href="#">GBA</a></div>
<h1>New ferry link cuts Zhuhai–Shenzhen<br>airport trip to 45 minutes</h1>
<p class="byline">By Li Wen and Chen Jiayi | Guangdong Today</p>
<p class="dt">Updated: {PUBLISH_TIME}</p>
{share("Share: ", ("Facebook","X","LinkedIn","WeChat"))}
{body}
<p class="editor">Editor: Zhang Yu</p>
{related("Related stories", ["Hong Kong-Zhuhai-Macao Bridge traffic hits record high", "Shenzhen airport opens second international terminal"], dates=False)}
</article>
<footer><p><a href="#">About Us</a> | <a href="#">Contact Us</a> | <a href="#">Terms of Use</a></p>
<p>Copyright © Guangdong Today. All rights reserved. 粤ICP备12043198号</p></footer>
</body>"""
