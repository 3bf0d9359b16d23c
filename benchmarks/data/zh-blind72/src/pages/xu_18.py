from lib import *

META = dict(
    id="xu-18", kind="media", lang="en",
    title="Zhongning goji growers start autumn picking as new dryers cut losses",
    authors=["Li Xiaoyu", "Ma Jun"],
    publish_time="2025-09-12 16:05",
)
FEATURES = ("English page of a Ningxia outlet (invented Ningxia Today, 2024 responsive design): section label, "
            "headline, one meta line By … and … | outlet | Updated: (label dropped in the gold), photo with a "
            "[Photo by …] credit (photographer, not author), quoted grower, Share row, Related Stories, footer with "
            "Chinese ICP line.")

BODY = [
    P("YINCHUAN - Goji growers in Zhongning county, Northwest China's Ningxia Hui autonomous region, have started picking the autumn crop, and many say new drying equipment is helping them lose less fruit to the weather."),
    P("Autumn berries are smaller than the summer harvest but sweeter, and they fetch a good price in the dried-fruit market, local farmers said. The picking season usually runs until late October."),
    P("\"In the past, one rainy week could ruin a third of what we picked,\" said Yang Guoqiang, who grows goji on about 30 mu (2 hectares) of land in the county's Shuanglong village. \"Now the cooperative's dryer handles a day's harvest in about 40 hours, whatever the weather.\""),
    P("According to the county's agriculture bureau, more than 120 sets of heat-pump dryers have been installed in Zhongning since last year, with part of the cost covered by local subsidies. Officials said losses during drying have fallen to below 5 percent."),
    P("Ningxia has about 350,000 mu of goji plantations, and the county alone employs more than 20,000 seasonal pickers during the harvest."),
]

CSS = """
*{box-sizing:border-box}
body{margin:0;font:17px/1.65 Georgia,"Times New Roman",serif;color:#1d1d1d;background:#fff}
.nt-top{display:flex;justify-content:space-between;align-items:center;padding:14px 6%;border-bottom:1px solid #ddd;font-family:Arial,sans-serif}
.nt-top .nt-name{font-size:28px;font-weight:bold;color:#7b1113;font-family:Georgia,serif}
.nt-top nav a{margin-left:18px;font-size:14px;color:#333;text-transform:uppercase}
.nt-art{max-width:760px;margin:30px auto}
.nt-sec{font:bold 13px Arial,sans-serif;color:#7b1113;text-transform:uppercase;letter-spacing:1px}
.nt-art h1{font-size:34px;line-height:1.25;margin:8px 0 14px}
.nt-meta{font:13px Arial,sans-serif;color:#666;border-bottom:1px solid #eee;padding-bottom:12px}
.nt-fig{margin:20px 0}
.nt-fig figcaption{font:13px Arial,sans-serif;color:#666}
.nt-body p{margin:0 0 18px}
.nt-share{font:13px Arial,sans-serif;color:#666}
.nt-share a{margin-right:10px}
.nt-rel{max-width:760px;margin:0 auto;border-top:3px solid #7b1113;font-family:Arial,sans-serif}
.nt-rel li{margin:6px 0}
.nt-foot{background:#222;color:#aaa;font:12px/2 Arial,sans-serif;text-align:center;padding:22px;margin-top:40px}
"""


def html():
    body = render(BODY)
    t = META["title"]
    return doc(t + " - Ningxia Today", CSS, f"""
<div class="nt-top"><div class="nt-name">Ningxia Today</div>
<nav><a href="#">Home</a><a href="#">News</a><a href="#">Business</a><a href="#">Culture</a><a href="#">Travel</a><a href="#">Photos</a><a href="#">中文</a></nav></div>
<article class="nt-art">
 <div class="nt-sec">Business</div>
 <h1>{e(t)}</h1>
 <div class="nt-meta">By Li Xiaoyu and Ma Jun | Ningxia Today | Updated: 2025-09-12 16:05</div>
 <figure class="nt-fig"><img alt="A farmer picks goji berries in Zhongning county" src="{GIF}"><figcaption>A farmer picks goji berries in Zhongning county, Ningxia, on Sept 10. [Photo by Zhang Wei/For Ningxia Today]</figcaption></figure>
 <div class="nt-body">
{body}
 </div>
 <div class="nt-share">Share: <a href="#">Facebook</a><a href="#">X</a><a href="#">LinkedIn</a><a href="#">Weibo</a><a href="#">WeChat</a></div>
</article>
<section class="nt-rel"><h3>Related Stories</h3><ul>
 <li><a href="#">Helan Mountain wine region opens harvest season to tourists</a></li>
 <li><a href="#">Yinchuan adds direct flights to Central Asia</a></li>
 <li><a href="#">Desert solar farms power up in Zhongwei</a></li>
</ul></section>
<footer class="nt-foot">Copyright 2025 Ningxia Today. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to Ningxia Today.<br>
About Us | Contact Us | 宁ICP备05004419号-2</footer>
""", lang="en")
