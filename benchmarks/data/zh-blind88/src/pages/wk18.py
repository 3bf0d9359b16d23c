"""wk-18: English-language page of a Chinese outlet (2022 design): By … in … | outlet | Updated: …"""
from lib import *

PAGE = dict(id="wk-18", kind="media", lang="en",
            title="Jilin ginseng growers bet on deep processing",
            authors=["Zhang Lei"], publish_time="2025-11-13 09:12")

BLOCKS = [
    P("Ginseng farmers in Fusong county, Jilin province, are wrapping up this year's harvest with a new goal in mind: selling less raw root and more finished products."),
    IMG("", "A worker sorts fresh ginseng at a processing plant in Fusong county, Jilin province, on Nov 10. [Photo provided to Northeast Daily]"),
    P("\"Ten years ago we sold almost everything fresh to traders,\" said Wang Hongbin, head of a local cooperative. \"Now about 40 percent goes into our own drinks, slices and extracts, and the margins are much better.\""),
    P("The county produced about 9,800 metric tons of fresh ginseng this year, according to the local agriculture bureau. Its processing companies now make more than 300 products, from ginseng tea to skincare creams."),
    P("Local officials said e-commerce sales of ginseng products reached 1.2 billion yuan ($168 million) in the first 10 months, up 15 percent year-on-year."),
    P("The provincial government plans to build a ginseng industry research center in Fusong next year to help small producers improve quality control."),
]

CSS = """
body{margin:0;font-family:Georgia,"Times New Roman",serif;color:#1a1a1a;background:#fff}
.util{font-family:Arial,sans-serif;font-size:12px;background:#f2f2f2}.util .w{max-width:1160px;margin:auto;display:flex;gap:18px;padding:6px 0}
.util a{color:#444}
.brand{max-width:1160px;margin:auto;text-align:center;padding:18px 0;border-bottom:3px double #1a1a1a}
.brand b{font-size:42px;letter-spacing:2px}.brand div{font-family:Arial;font-size:12px;color:#666}
.sec{max-width:1160px;margin:auto;font-family:Arial;display:flex;gap:22px;justify-content:center;border-bottom:1px solid #ccc}
.sec a{line-height:42px;color:#1a1a1a;text-decoration:none;font-size:14px;text-transform:none}
.wrap{max-width:1160px;margin:28px auto;display:flex;gap:40px}
.story{flex:1}.kicker{font-family:Arial;font-size:13px;color:#005a9c}.kicker a{color:#005a9c}
.story h1{font-size:36px;line-height:1.2;margin:10px 0 14px}
.info{font-family:Arial;font-size:13px;color:#666;border-top:1px solid #ddd;border-bottom:1px solid #ddd;padding:8px 0}
.txt{font-size:18px;line-height:1.7}.txt p{margin:18px 0}.txt .pic-cap{font-family:Arial;font-size:13px;color:#555;text-align:left}
.txt img{width:100%;height:430px;background:#e4e4e4}
.share{font-family:Arial;font-size:13px;display:flex;gap:12px;margin:20px 0}.share span{border:1px solid #ccc;padding:3px 10px}
.side{width:300px;font-family:Arial}.side h4{border-bottom:2px solid #005a9c;padding-bottom:4px}.side li{font-size:14px;line-height:1.6;margin-bottom:8px}
.foot{background:#1a1a1a;color:#aaa;font-family:Arial;font-size:12px;text-align:center;padding:24px 0;line-height:2}
.foot a{color:#ccc}
"""


def render():
    bh, gold = body(BLOCKS, p="p", img_f=lambda b: f'<figure style="margin:0">{img(b["alt"])}<figcaption class="pic-cap">{b["cap"]}</figcaption></figure>')
    html = f"""
<div class="util"><div class="w"><a href="#">中文</a><a href="#">Mobile</a><a href="#">E-paper</a><a href="#">Subscribe</a><a href="#">Sign in</a></div></div>
<div class="brand"><b>NORTHEAST DAILY</b><div>Connecting Northeast China with the world</div></div>
<div class="sec">{links(["Home","Liaoning","Jilin","Heilongjiang","Inner Mongolia","Business","Culture","Travel","Photos","Video"])}</div>
<div class="wrap">
<div class="story">
<div class="kicker"><a href="#">Home</a> / <a href="#">Jilin</a> / Business</div>
<h1>{PAGE["title"]}</h1>
<div class="info">By Zhang Lei in Changchun | Northeast Daily | Updated: 2025-11-13 09:12</div>
<div class="share"><span>Facebook</span><span>X</span><span>LinkedIn</span><span>WeChat</span></div>
<div class="txt">
{bh}
</div>
<p style="font-family:Arial;font-size:13px;color:#666">zhanglei@nedaily.com.cn</p>
</div>
<div class="side"><h4>Most Viewed</h4><ol>{links(["Harbin ice festival to open earlier this winter","Shenyang metro expands to airport","Dalian port adds new Southeast Asia route","Hulunbuir grassland in winter: what to see","Changchun auto exports hit record"], wrap="li")}</ol>
<h4>Editor's Pick</h4><ul>{links(["Snow season kicks off at Jilin resorts","Old factory turned art district in Anshan"], wrap="li")}</ul></div>
</div>
<div class="foot"><a href="#">About Us</a> | <a href="#">Contact Us</a> | <a href="#">Terms of Use</a> | <a href="#">Privacy</a><br>
Copyright 1995 - 2025. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to Northeast Daily.<br>
吉ICP备08002631号-1　吉公网安备 22010402000276号</div>
"""
    return doc(PAGE["title"] + " - Northeast Daily", CSS, html, lang="en"), gold
