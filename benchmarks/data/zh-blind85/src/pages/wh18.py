# 海南 · English-language page of a provincial outlet（2023 responsive, By-line with two names, Updated: date）
from lib import *

PAGE = dict(
    id="wh-18", kind="media", lang="en",
    title="Hainan FTP sees surge in bonded aircraft maintenance as new rules take effect",
    authors=["Li Wen", "Zhou Yuting"],
    publish_time="2025-11-20 16:42",
    features="2023 responsive English page of a Hainan outlet; kicker label (FREE TRADE PORT) above the headline; "
             "headline broken over two lines with <br>; By Li Wen and Zhou Yuting | Updated: …; a summary-style "
             "first paragraph; photo with caption and credit; quoted "
             "speech; Editor line; Related stories; Chinese/English switch and footer with ICP number.",
    blocks=[
        P("Bonded maintenance of foreign-registered aircraft in Hainan Free Trade Port has more than doubled this year, as a batch of customs facilitation measures introduced in April allows repair firms to handle parts and engines with fewer procedures."),
        P("Aircraft maintenance companies in Haikou and Sanya completed bonded repairs on 137 aircraft from January to October, up 112 percent year-on-year, according to the provincial department of commerce. Engine and component repairs rose even faster, reaching 1,460 items."),
        IMG("Technicians inspect an aircraft engine"),
        CAP("Technicians inspect an engine at a maintenance base in Haikou on Tuesday. [Photo by Chen Hao / Hainan Isle Daily]"),
        P("Under the new rules, maintenance firms can bring in aircraft parts under a single bonded account and move them between workshops without repeated customs declarations. Parts replaced during repairs can be re-exported or sent for recycling under supervision."),
        P("\"A repair job that used to take us two weeks of paperwork can now start in two days,\" said Wang Haitao, general manager of a Haikou-based maintenance company that services narrow-body jets for airlines from Southeast Asia. \"Our customers care most about how fast they can get the aircraft back in the air.\""),
        P("The growth has also created jobs. The company hired 80 technicians this year, most of them graduates of local vocational colleges, Wang said."),
        P("Officials said the province plans to build a second aircraft maintenance hangar in Sanya next year and will work with customs authorities to extend the bonded repair model to marine engines and medical equipment."),
    ],
)

CSS = """
*{box-sizing:border-box}
body{margin:0;font-family:Georgia,"Times New Roman",serif;color:#111;background:#fff}
a{color:#111;text-decoration:none}
.top{border-bottom:1px solid #ddd;font-family:Arial,sans-serif;font-size:13px}
.top .in{max-width:1100px;margin:0 auto;display:flex;justify-content:space-between;padding:8px 16px}
.brand{text-align:center;padding:16px 0 8px;font-size:40px;font-weight:bold;letter-spacing:1px}
.menu{text-align:center;border-top:3px double #111;border-bottom:1px solid #111;font-family:Arial,sans-serif;font-size:14px}
.menu a{display:inline-block;padding:10px 14px;font-weight:bold}
.story{max-width:760px;margin:30px auto;padding:0 16px}
.kicker{font-family:Arial,sans-serif;font-size:12px;font-weight:bold;color:#0077b6;letter-spacing:2px}
h1{font-size:36px;line-height:1.2;margin:8px 0 16px}
.byline{font-family:Arial,sans-serif;font-size:14px;color:#555;border-bottom:1px solid #eee;padding-bottom:12px}
.body{font-size:19px;line-height:1.7}
.body p{margin:0 0 1.1em}
.body p.stand{font-style:italic;color:#333;font-size:20px}
.body p.cap{font-family:Arial,sans-serif;font-size:13px;color:#666}
.editor{font-family:Arial,sans-serif;font-size:13px;color:#777}
.related{max-width:760px;margin:20px auto;padding:0 16px;font-family:Arial,sans-serif}
.related h3{font-size:15px;text-transform:uppercase;border-top:2px solid #111;padding-top:8px}
.related li{margin-bottom:8px}
footer{background:#f2f2f2;font-family:Arial,sans-serif;font-size:12px;color:#666;text-align:center;padding:20px;line-height:1.8}
"""


def render(p):
    body = render_body(p["blocks"], {"img": '<figure style="margin:0">' + img("{t}", 720, 420) + '</figure>',
                                      "cap": '<p class="cap">{t}</p>'})
    html_body = f"""
<div class="top"><div class="in"><span>Thursday, November 20, 2025</span><span><a href="#">中文</a> | <a href="#">Subscribe</a> | <a href="#">Sign in</a></span></div></div>
<div class="brand">Hainan Isle Daily</div>
<div class="menu">{links(["Home", "Hainan", "Free Trade Port", "Business", "Travel", "Culture", "Sports", "Photos", "Video"])}</div>
<article class="story">
<div class="kicker">FREE TRADE PORT</div>
<h1>Hainan FTP sees surge in bonded aircraft<br>maintenance as new rules take effect</h1>
<div class="byline">By Li Wen and Zhou Yuting | Updated: {p["publish_time"]}</div>
<div class="body">
{body}
</div>
<p class="editor">Editor: Huang Xiaomei</p>
</article>
<div class="related"><h3>Related stories</h3><ul>
<li><a href="#">Haikou airport adds four international routes for winter season</a></li>
<li><a href="#">Sanya yacht industry sails into busy season</a></li>
<li><a href="#">Duty-free sales in Hainan top 30 billion yuan</a></li></ul></div>
<footer>Copyright 2025 Hainan Isle Daily. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to Hainan Isle Daily.<br>琼ICP备11001856号-2　About Us | Contact Us</footer>
"""
    return doc("Hainan FTP sees surge in bonded aircraft maintenance as new rules take effect - Hainan Isle Daily", CSS, html_body, lang="en")
