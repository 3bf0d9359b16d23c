# English-language page of a Beijing outlet (invented "Capital Daily English"), 2020s layout;
# headline printed on two lines, "By ... and ..." byline.
from blocks import P, H, IMG, NOTE, render as rb
from common import doc, links, img, esc

LINES = ["Hutong courtyards in Beijing's old city", "switch to clean heating ahead of winter"]
PAGE = {
    "id": "wj-17", "kind": "media", "lang": "en",
    "title": " ".join(LINES),
    "authors": ["Zhang Yue", "Liu Min"],
    "publish_time": "2025-11-12 14:05",
    "body": [
        P("More than 3,200 households living in courtyard homes in Beijing's Dongcheng and Xicheng districts will spend this winter without coal stoves or old electric heaters, after the last batch of heating upgrades in the area was completed last week, local authorities said on Tuesday."),
        P("The project replaced worn-out wiring and installed low-temperature air-source heat pumps and thermal storage heaters, which charge at night when electricity is cheaper. Residents pay the night rate of 0.3 yuan per kilowatt-hour, and the city covers part of the cost of the equipment."),
        IMG("A worker checks a heat pump in a courtyard near Gulou", "A worker checks a heat pump in a courtyard near Gulou on Monday. WANG HAO / FOR CAPITAL DAILY"),
        H("Warmer rooms, safer lanes"),
        P("\"Last winter the room was never warmer than 14 C, and my wife worried about the wires every night,\" said Guo Qiang, 71, who has lived in a courtyard off Nanluoguxiang for four decades. \"Now it is 20 C and the bill is lower.\""),
        P("Officials said the upgrade also lowers the fire risk in the narrow lanes, where fire engines often cannot pass. Each household has been given a smoke alarm, and community staff will visit elderly residents who live alone every week during the heating season."),
        P("The city plans to extend the program to about 1,500 more courtyard households in the suburbs next year."),
        NOTE("Contact the writers at metro@capitaldaily.example", '<p class="contact">{}</p>'),
    ],
}

CSS = """
*{box-sizing:border-box}body{margin:0;font-family:Georgia,"Times New Roman",serif;color:#1b1b1b;background:#fff}
a{color:inherit;text-decoration:none}
.top{border-bottom:4px double #1b1b1b}.top .in{max-width:1100px;margin:0 auto;display:flex;justify-content:space-between;align-items:center;padding:16px 20px}
.top img{width:320px;height:50px}.top .ed{font:13px Arial,sans-serif;color:#555}.top .ed a{margin-left:12px}
.sections{font:600 14px Arial,sans-serif;text-transform:uppercase;display:flex;justify-content:center;gap:26px;padding:12px 0;border-bottom:1px solid #ddd}
.story{max-width:760px;margin:40px auto;padding:0 20px}
.kicker{font:700 13px Arial,sans-serif;color:#b00020;letter-spacing:.06em}
h1{font-size:40px;line-height:1.15;margin:8px 0 16px;font-weight:700}h1 span{display:block}
.byline{font:14px Arial,sans-serif;color:#555;border-top:1px solid #eee;border-bottom:1px solid #eee;padding:10px 0;display:flex;justify-content:space-between}
.byline b{color:#1b1b1b}
.text{font-size:19px;line-height:1.7;margin-top:24px}.text p{margin:0 0 1.1em}.text h3{font:700 20px Arial,sans-serif;margin:1.4em 0 .6em}
.text figure{margin:0 0 1.2em}.text figure img{width:100%;height:400px;background:#e9e9e9}.text figcaption{font:13px Arial,sans-serif;color:#666}
.text .contact{font:italic 14px Arial,sans-serif;color:#777}
.share{user-select:none;font:13px Arial,sans-serif;color:#999;margin:20px 0}
.more{max-width:760px;margin:0 auto 40px;padding:0 20px;font-family:Arial,sans-serif}.more h4{text-transform:uppercase;font-size:14px}.more li{margin-bottom:8px}
footer{background:#111;color:#aaa;font:12px/2 Arial,sans-serif;text-align:center;padding:30px}
"""


def render(p):
    body = rb(p["body"], img='<figure><img src="{gif}" alt="{alt}">{cap}</figure>', cap="<figcaption>{}</figcaption>")
    h1 = "".join("<span>%s</span>" % esc(l) for l in LINES)
    return doc(p["title"] + " - Capital Daily English", CSS, f"""
<div class="top"><div class="in">{img("Capital Daily English")}<div class="ed"><a href="#">中文</a><a href="#">E-paper</a><a href="#">Subscribe</a><a href="#">Search</a></div></div></div>
<div class="sections">{links(["Home", "Beijing", "China", "Business", "Culture", "Travel", "Opinion", "Video"], '<a href="#">{}</a>', '')}</div>
<div class="story">
<div class="kicker">BEIJING / CITY LIFE</div>
<h1>{h1}</h1>
<div class="byline"><span>By <b>Zhang Yue</b> and <b>Liu Min</b></span><span>Updated: {p["publish_time"]}</span></div>
<div class="share">Share: WeChat · Weibo · Facebook · X · Email</div>
<div class="text">
{body}
</div>
</div>
<div class="more"><h4>Related stories</h4><ul>{links(["Beijing's central axis draws record autumn crowds", "Old neighborhoods get elevators and new pipes", "Capital's heating season starts on Nov 15"], '<li><a href="#">{}</a></li>')}</ul></div>
<footer>Copyright 2025 Capital Daily English. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to Capital Daily English.<br>
License for publishing multimedia online 0108263　京ICP备13028671号-3　<a href="#">About us</a> | <a href="#">Contact us</a></footer>
""", lang="en")
