from lib import *

PAGE = dict(
    id="xv-22", kind="media", lang="en",
    title="Chongqing launches overnight bus routes linking downtown and airport",
    authors=[], publish_time="2025-05-20 21:14:33",
    doc_title="Chongqing launches overnight bus routes linking downtown and airport - iBayu",
    css=EN,
)
CSS = """
.mast img{background:#d9480f}
.info p{margin:2px 0}
.share a{font-family:Arial,sans-serif;font-size:12px;margin-right:8px}
.hot{background:#fff4ec;padding:10px 16px}
"""

BODY = """
p CHONGQING, May 20 (Xinhua) -- Southwest China's Chongqing Municipality launched three overnight bus routes on Tuesday connecting its downtown business districts with Jiangbei International Airport and two major railway stations, as the city seeks to serve late-arriving travelers and night-shift workers.
p The routes run from 11 pm to 6 am, with buses departing every 20 to 30 minutes. One route links the Jiefangbei area in Yuzhong District with the airport via Guanyinqiao, while the other two serve Chongqing North Railway Station and Chongqing West Railway Station.
p According to the municipal transport bureau, the number of passengers arriving at the airport between midnight and 5 am averaged about 6,800 a day in the first quarter, up nearly 20 percent from a year earlier. Until now, most of them relied on taxis or ride-hailing services.
p A single ride costs 5 yuan, and passengers can pay with transport cards, mobile apps or cash. The buses are equipped with luggage racks and surveillance cameras, and drivers have received training in handling emergencies at night.
p "Chongqing's night economy is growing fast, and public transport needs to keep up," said an official with the bureau, adding that more overnight routes could be added in the summer based on passenger data.
p Chongqing, a mountainous city of more than 32 million people, is known for its nightlife and has become one of China's most popular tourist destinations in recent years.
"""


def page(body):
    return f"""
<div class="w">
<div class="mast">{img("iBayu", 160, 50)}<div class="sections"><a href="#">News</a><a href="#">Business</a><a href="#">Travel</a><a href="#">Culture</a><a href="#">Video</a><a href="#">中文</a></div></div>
</div>
<div class="story">
<div class="crumb"><a href="#">Home</a> &gt; <a href="#">News</a> &gt; Chongqing</div>
<h1>Chongqing launches overnight bus routes linking downtown and airport</h1>
<div class="info"><p>Source: Xinhua | Editor: Wang Yu</p><p>Updated: 2025-05-20 21:14:33</p></div>
<div class="share"><a href="#">Facebook</a><a href="#">X</a><a href="#">LinkedIn</a><a href="#">WeChat</a></div>
{body}
<div class="hot"><h4>Trending</h4>
{dated_list([("Chongqing's Hongyadong draws record crowds","2025-05-21"),("New cross-river cable car line planned","2025-05-22"),("Chongqing hot pot festival opens in Nan'an","2025-05-18")])}</div>
</div>
<div class="foot"><p>Copyright © iBayu. All Rights Reserved.</p><p>渝ICP备18009012号-3　渝公网安备50010502001128号</p></div>
"""
