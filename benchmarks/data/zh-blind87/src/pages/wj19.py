# English page of a Tibet news site (invented "Tibet Window"), mid-2010s layout; Xinhua wire copy, no byline.
from blocks import P, IMG, render as rb
from common import doc, links, img, esc

PAGE = {
    "id": "wj-19", "kind": "media", "lang": "en",
    "title": "Tibet offers free admission at A-level scenic spots to draw winter tourists",
    "authors": [],
    "publish_time": "2025-11-15 09:22:10",
    "body": [
        P("LHASA, Nov. 15 (Xinhua) -- Southwest China's Tibet Autonomous Region will offer free admission at all its A-level scenic spots from Dec. 1 to the end of February, as part of a campaign to boost tourism during the low season, local authorities said Saturday."),
        P("Under the campaign, which runs for the sixth consecutive winter, hotels rated three stars and above will cut room rates by at least half, and flights and trains to Lhasa will offer discounted fares on selected routes."),
        IMG("Tourists visit a monastery in Lhasa"),
        P("Winter used to be a quiet season for Tibet, with many visitors worried about the cold and high altitude. Local tourism officials say the climate in Lhasa is milder than many expect, with plenty of sunshine during the day and fewer crowds at famous sites."),
        P("\"Winter is the best time to see the Tibetan New Year celebrations and the black-necked cranes in the river valleys,\" said a staff member with the regional department of culture and tourism."),
        P("Last winter the region received more than 6.8 million tourist visits, up 17 percent year on year, according to official data."),
    ],
}

CSS = """
body{margin:0;background:#eae6de;font:14px/1.6 Arial,Helvetica,sans-serif;color:#222}a{color:#1d3e6e;text-decoration:none}
#container{width:980px;margin:0 auto;background:#fff}
#header{height:110px;background:#8b1e1e;position:relative}#header img{position:absolute;left:20px;top:20px;width:360px;height:70px}
#header .lang{position:absolute;right:16px;top:10px;color:#f3d9a4;font-size:12px}#header .lang a{color:#f3d9a4}
#menu{background:#5f1414}#menu a{display:inline-block;color:#fff;padding:0 14px;line-height:34px;font-weight:bold;font-size:13px}
#content{overflow:hidden;padding:16px 20px}
#left{float:left;width:640px}#right{float:right;width:260px}
.crumb{font-size:12px;color:#777;margin-bottom:10px}
#left h1{font-size:24px;line-height:1.3;color:#5f1414;margin:0 0 8px}
.source{font-size:12px;color:#888;border-bottom:1px solid #ddd;padding-bottom:6px;margin-bottom:12px}
.artbody p{margin:0 0 14px;font-size:15px}.artbody .c{text-align:center}.artbody .c img{width:560px;height:360px}
.pager{font-size:12px;margin-top:16px;color:#555}
#right h3{background:#8b1e1e;color:#fff;font-size:13px;padding:4px 8px;margin:0}#right ul{padding-left:16px;font-size:12px;line-height:20px}
#footer{background:#5f1414;color:#e0c9c9;text-align:center;font-size:11px;padding:12px;line-height:18px}
"""


def render(p):
    body = rb(p["body"], img='<p class="c"><img src="{gif}" alt="{alt}"></p>')
    return doc(p["title"] + " - Tibet Window", CSS, f"""
<div id="container">
<div id="header">{img("Tibet Window")}<div class="lang"><a href="#">中文</a> | <a href="#">བོད་ཡིག</a> | <a href="#">English</a></div></div>
<div id="menu">{links(["HOME", "NEWS", "TRAVEL", "CULTURE", "ECONOMY", "ECOLOGY", "PHOTOS", "SPECIALS"], '<a href="#">{}</a>', '')}</div>
<div id="content">
<div id="left">
<div class="crumb">Home &gt;&gt; News &gt;&gt; Travel</div>
<h1>{esc(p["title"])}</h1>
<div class="source">Source: Xinhua | {p["publish_time"]} | Editor: Wang Li</div>
<div class="artbody">
{body}
</div>
<div class="pager">[<a href="#">Print</a>] [<a href="#">Close</a>]　　Share to: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Weibo</a></div>
</div>
<div id="right"><h3>LATEST NEWS</h3><ul>{links(["Lhasa opens new winter night market", "Nyingchi apple harvest hits record", "Shigatse expands highland barley storage", "Tibetan opera troupe tours pastoral areas"], '<li><a href="#">{}</a></li>')}</ul>
<h3>TRAVEL TIPS</h3><ul>{links(["How to prevent altitude sickness", "Permits for foreign travelers", "Best time to visit Namtso"], '<li><a href="#">{}</a></li>')}</ul></div>
</div>
<div id="footer">Copyright &copy; Tibet Window. All Rights Reserved. 藏ICP备12000336号<br>E-mail: english@tibetwindow.example　Tel: 86-891-6833054</div>
</div>
""", lang="en")
