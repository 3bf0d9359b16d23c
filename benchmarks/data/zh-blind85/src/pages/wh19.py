# 山东 · English channel of a provincial portal（2016 layout, wire copy: Source: Xinhua, no By-line → authors []）
from lib import *

PAGE = dict(
    id="wh-19", kind="media", lang="en",
    title="Shandong's winter vegetable greenhouses go smart as farmers adopt sensors",
    authors=[],
    publish_time="2025-11-18 10:27:45",
    features="2016 English channel of a Shandong provincial portal; wire copy with only Source: Xinhua and an "
             "Editor in the info row (authors []); dateline JINAN, Nov. 18 (Xinhua) -- opens the first paragraph "
             "(body); info row split into left (source, date with seconds) and right (font size A A A); "
             "picture with caption; list of three points; Share to; Most viewed; footer with ICP.",
    blocks=[
        P("JINAN, Nov. 18 (Xinhua) -- As temperatures drop across north China, vegetable growers in east China's Shandong Province are relying on sensors and smartphone apps to keep their greenhouses warm, humid and productive."),
        P("In Shouguang, a county-level city known as the country's \"vegetable basket,\" more than 60 percent of the 150,000 greenhouses are now equipped with devices that monitor temperature, humidity, light and soil moisture, according to local agricultural authorities."),
        IMG("A farmer checks data on a smartphone in a greenhouse"),
        CAP("A farmer checks greenhouse data on his smartphone in Shouguang, east China's Shandong Province, Nov. 17, 2025."),
        P("Farmer Zhang Qingshan said the system tells him when to roll up the insulation quilts and open the vents. \"In the past I had to get up several times a night to check the temperature. Now my phone reminds me,\" he said."),
        P("Local officials said the upgrades have brought three main benefits:"),
        LI(["lower labor costs, as one person can now manage three or four greenhouses;",
            "less use of fertilizer and pesticide thanks to precise irrigation and monitoring;",
            "steadier yields during cold snaps and cloudy days."]),
        P("Shandong plans to build 500 more smart agriculture demonstration bases by the end of 2027, the provincial agriculture department said."),
    ],
)

CSS = """
body{margin:0;font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333;background:#e8e8e8}
a{color:#036;text-decoration:none}
#wrap{width:990px;margin:0 auto;background:#fff}
#hd{height:90px;background:#036;color:#fff;position:relative}
#hd .logo{position:absolute;left:20px;top:22px;font-size:30px;font-weight:bold}
#hd .logo span{font-size:14px;font-weight:normal;color:#9cf;margin-left:8px}
#hd .tl{position:absolute;right:20px;top:10px;font-size:12px}
#hd .tl a{color:#fff}
#nav{background:#c90;padding-left:10px}
#nav a{color:#fff;display:inline-block;padding:0 10px;line-height:32px;font-weight:bold}
#loc{padding:8px 20px;color:#666;font-size:12px}
#content{overflow:hidden;padding:0 20px}
#l{float:left;width:640px}
#r{float:right;width:280px}
#l h1{font-size:26px;font-family:Georgia,serif;color:#036;margin:10px 0}
#l .info{overflow:hidden;border-top:1px solid #ccc;border-bottom:1px solid #ccc;padding:4px 0;font-size:12px;color:#777}
#l .info .a{float:left}
#l .info .b{float:right}
#l .txt{font-size:15px;line-height:1.7;margin-top:12px}
#l .txt p{margin:0 0 12px}
#l .txt .cap{font-size:12px;color:#666;text-align:center}
#l .share{color:#777;font-size:12px}
#r h3{background:#036;color:#fff;font-size:13px;padding:4px 8px;margin:10px 0 6px}
#r li{line-height:20px;margin-bottom:4px}
#ft{background:#036;color:#ccd;text-align:center;font-size:11px;line-height:20px;padding:10px;margin-top:20px}
"""


def render(p):
    body = render_body(p["blocks"], {"img": '<p style="text-align:center">' + img("{t}", 560, 360) + '</p>'})
    html_body = f"""
<div id="wrap">
<div id="hd"><div class="logo">Shandong Insight<span>English | 海岱网英文频道</span></div><div class="tl"><a href="#">中文</a> | <a href="#">日本語</a> | <a href="#">한국어</a></div></div>
<div id="nav">{links(["Home", "News", "Business", "Culture", "Travel", "Cities", "People", "Photos", "Special"])}</div>
<div id="loc">You are here: <a href="#">Home</a> &gt; <a href="#">News</a> &gt; <a href="#">Shandong</a></div>
<div id="content">
<div id="l">
<h1>{esc(p["title"])}</h1>
<div class="info"><span class="a">Source: Xinhua&nbsp;&nbsp;|&nbsp;&nbsp;{p["publish_time"]}&nbsp;&nbsp;|&nbsp;&nbsp;Editor: Zhang Rui</span><span class="b">Font size: <a href="#">A</a> <a href="#">A</a> <a href="#">A</a></span></div>
<div class="txt">
{body}
</div>
<div class="share">Share to: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">LinkedIn</a> <a href="#">WeChat</a></div>
</div>
<div id="r"><h3>Most viewed</h3><ul>
<li><a href="#">Qingdao opens new cruise terminal season</a></li><li><a href="#">Confucius culture festival draws global visitors</a></li><li><a href="#">Yantai apples reach Southeast Asian markets</a></li></ul>
<h3>Photos</h3><p>{img("Mount Tai in early winter", 260, 160)}<br>Mount Tai in early winter</p></div>
</div>
<div id="ft">Copyright © Shandong Insight. All Rights Reserved.<br>鲁ICP备09012388号-3　E-mail: english@haidai.example</div>
</div>
"""
    return doc("Shandong's winter vegetable greenhouses go smart as farmers adopt sensors - Shandong Insight", CSS, html_body, lang="en")
