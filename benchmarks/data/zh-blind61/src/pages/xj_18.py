from lib import *

PAGE = dict(
    id="xj-18", kind="media", lang="en",
    title="Harbin ice festival draws record crowds in opening week",
    authors=["Zhao Lei", "Sun Mingyue"],
    publish_time="2025-01-08 09:12",
    doc_title="Harbin ice festival draws record crowds in opening week - Chinadaily.com.cn",
    pfmt="en", hfmt="strong",
    features="English-language page of a central outlet (regional section); By … and … in Harbin byline (two authors); "
             "Updated: timestamp; photo with [Photo/…] credit caption; Related Stories list; share icons; copyright footer.",
    css="""
body{margin:0;font:16px/1.6 Georgia,"Times New Roman",serif;color:#222}
.w{width:1000px;margin:0 auto}
.top{background:#004a8f;color:#fff;padding:8px 0;font:13px Arial}
.top a{color:#fff;margin-right:14px}
.logo{font:bold 30px Arial;color:#004a8f;padding:14px 0}
.nav{border-bottom:2px solid #004a8f;font:14px Arial}
.nav a{margin-right:18px}
.crumb{font:13px Arial;color:#777;padding:8px 0}
h1{font:bold 30px/1.3 Arial}
.info{font:13px Arial;color:#777}
.info span{margin-right:14px}
#Content p{margin:0 0 16px}
.pic-note{font:13px Arial;color:#555;text-align:center}
.pic{text-align:center}
.rel{border-top:1px solid #ccc;font:14px Arial}
.share{font:13px Arial;color:#555}
.ft{background:#eee;font:12px Arial;color:#555;text-align:center;padding:14px 0;margin-top:24px}
""",
)

HTML = """
<div class="top"><div class="w"><a href="#">Global Edition</a><a href="#">China Edition</a><a href="#">ASIA</a><a href="#">中文</a><a href="#">Subscribe</a> <input placeholder="Search"></div></div>
<div class="w"><div class="logo">CHINA DAILY</div>
<div class="nav"><a href="#">HOME</a><a href="#">CHINA</a><a href="#">WORLD</a><a href="#">BUSINESS</a><a href="#">LIFESTYLE</a><a href="#">CULTURE</a><a href="#">TRAVEL</a><a href="#">SPORTS</a><a href="#">REGIONAL</a></div>
<div class="crumb">Home / China / Regional / Heilongjiang</div>
<h1>Harbin ice festival draws record crowds in opening week</h1>
<div class="info"><span>By Zhao Lei and Sun Mingyue in Harbin</span><span>|</span><span>chinadaily.com.cn</span><span>|</span><span>Updated: 2025-01-08 09:12</span></div>
<div class="share">Share - <a href="#">WeChat</a></div>
<div id="Content">
{{BODY}}
</div>
<div class="rel"><h3>Related Stories</h3><ul>
<li><a href="#">Snow and ice tourism warms up northeast economy</a></li>
<li><a href="#">Southern tourists flock north for winter sports</a></li>
<li><a href="#">Harbin airport adds flights for peak season</a></li></ul></div>
</div>
<div class="ft">Copyright 1995 - 2025. All rights reserved. Content on this site may not be reproduced or redistributed without written permission.<br><a href="#">About China Daily</a> | <a href="#">Advertise on Site</a> | <a href="#">Contact Us</a> | <a href="#">Job Offer</a></div>
"""

BODY = [
    P("The Harbin Ice-Snow World, the centerpiece of the city's annual ice and snow festival, received more than 410,000 visits in its first seven days of operation, a record for the opening week, local authorities said on Tuesday."),
    IMG("Visitors at the Harbin Ice-Snow World", gif=True),
    CAP("Visitors walk among ice sculptures at the Harbin Ice-Snow World in Harbin, Heilongjiang province, on Jan 5, 2025. [Photo/Xinhua]"),
    P("This season's park covers about 1 million square meters and uses 300,000 cubic meters of ice and snow cut from the nearby Songhua River. Its tallest structure, a 43-meter ice tower, has become a favorite backdrop for photos."),
    P("\"We arrived at three in the afternoon and stayed until the lights came on,\" said Liu Fang, a teacher from Hangzhou, Zhejiang province. \"It was minus 25 C, but nobody seemed to mind.\""),
    P("To handle the crowds, the park extended its daily opening hours to 11 pm and added heated waiting areas and shuttle buses to downtown hotels. Ticket sales have been moved entirely online, with time slots to spread out visitor flows."),
    P("Officials expect the park to receive more than 3 million visits before it closes in late February."),
]
