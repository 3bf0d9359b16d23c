# Silk Road Daily, English edition (a provincial outlet's English site): a
# section label in capitals over the headline and a standfirst under it (the
# standfirst is not body); By-line with two names; photo credit not body.
from kit import *

META = dict(
    id="xm-19", kind="media", lang="en",
    title="Qinghai's salt lake towns bet on lithium and tourism",
    authors=["Li Ming", "Zhang Yu"],
    publish_time="2025-06-03 09:12",
)
HTML_TITLE = "Qinghai's salt lake towns bet on lithium and tourism - Silk Road Daily"
CSS = BASE_CSS + """
body{font-family:Georgia,"Times New Roman",serif;color:#222}
.masthead{border-bottom:4px double #222;text-align:center;padding:14px 0 6px}
.masthead b{font-size:40px;letter-spacing:1px}
.masthead p{margin:2px 0;font-size:12px;font-family:Arial,sans-serif;color:#666}
.nav{text-align:center;font-family:Arial,sans-serif;font-size:13px;border-bottom:1px solid #ccc}
.nav li{display:inline-block}
.nav a{display:inline-block;padding:9px 12px;text-transform:uppercase}
.page{width:1080px;margin:0 auto;display:flex;gap:40px;padding-top:24px}
.story{flex:1}
.kicker{font-family:Arial,sans-serif;font-size:13px;font-weight:bold;color:#b00;letter-spacing:2px}
h1{font-size:36px;line-height:1.2;margin:6px 0 10px}
.dek{font-size:19px;color:#555;font-style:italic;margin:0 0 14px;line-height:1.4}
.byline{font-family:Arial,sans-serif;font-size:13px;color:#666;border-top:1px solid #ddd;border-bottom:1px solid #ddd;padding:6px 0}
.content{font-size:18px;line-height:1.65;margin-top:16px}
.content p{margin:0 0 16px}
.content h3{font-family:Arial,sans-serif;font-size:18px;margin:22px 0 8px}
.content .pic-cap{font-family:Arial,sans-serif;font-size:13px;color:#666;text-align:left}
.tags{font-family:Arial,sans-serif;font-size:12px;margin:20px 0}
.tags a{background:#eee;padding:2px 8px;margin-right:6px}
.rail{width:300px;font-family:Arial,sans-serif}
.rail h4{border-bottom:2px solid #b00;font-size:14px;text-transform:uppercase;padding-bottom:4px}
.rail li{font-size:14px;padding:6px 0;border-bottom:1px solid #eee}
.footer{border-top:1px solid #ccc;margin-top:40px;text-align:center;font:12px Arial,sans-serif;color:#777;padding:16px 0}
.footer p{margin:3px 0}
"""
TEMPLATE = f"""
<div class="masthead"><b>Silk Road Daily</b><p>Tuesday, June 3, 2025 · English Edition</p></div>
{nav(["Home", "China", "Regions", "Business", "Culture", "Travel", "Opinion", "Photo", "Video"])}
<div class="page">
<div class="story">
<div class="kicker">REGIONS</div>
<h1>@@TITLE@@</h1>
<p class="dek">Golmud and Chaka turn brine and white salt flats into jobs, but water and the fragile plateau set the limits</p>
<div class="byline">By Li Ming in Xining and Zhang Yu in Golmud | Silk Road Daily | Updated: @@DATE@@</div>
<div class="content">
@@BODY@@
</div>
<div class="tags">Tags: <a href="#">Qinghai</a><a href="#">lithium</a><a href="#">tourism</a></div>
{share("Share: ", ("Facebook", "X", "LinkedIn", "WeChat"))}
</div>
<div class="rail"><h4>Most Viewed</h4>{ul(["Xi'an's night markets draw record crowds over holiday", "Gansu desert solar park begins supplying central China", "Ningxia wine exports climb as vineyards expand", "Kashgar old town reopens restored bazaar lane", "Herders in Altay start seasonal migration"])}
<h4>Editor's Picks</h4>{ul(["In Dunhuang, a new generation of mural restorers", "Riding the slow train across the Qinghai-Tibet Plateau"])}</div>
</div>
{footer(["About Us | Contact Us | Subscribe | Privacy", "Copyright 2025 Silk Road Daily English. All rights reserved.",
         "The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to Silk Road Daily."])}
"""
OPTS = dict(pstyle="p", hstyle="h3", capstyle="p")
BODY = """
p On the edge of the Qarhan Salt Lake, about 60 kilometers north of Golmud, rows of evaporation ponds glitter in shades of turquoise and white. For decades the brine here was pumped mainly for potash fertilizer. Now the same brine is feeding one of China's fastest-growing lithium carbonate clusters.
p Golmud produced about 96,000 metric tons of lithium carbonate last year, up by nearly a third from 2023, according to the city's industry and information technology bureau. Local officials say capacity could pass 150,000 tons by 2027 as three new extraction lines come online.
img Evaporation ponds at the Qarhan Salt Lake
cap Evaporation ponds at the Qarhan Salt Lake near Golmud, Qinghai province. [Photo by Zhang Yu/Silk Road Daily]
p "Ten years ago, lithium was a by-product we did not know what to do with," said Ma Jianhua, an engineer who has worked at the salt lake for 21 years. "Today it is the main reason young technicians want to come here."
h Limits of the plateau
p The boom has raised questions about water. Extraction from brine uses less fresh water than hard-rock mining, but the plateau's wetlands are sensitive. The provincial government has set a cap on fresh water use for the salt lake industry and requires new projects to recycle at least 85 percent of process water.
h A second life for salt flats
p About 400 km to the east, Chaka Salt Lake has taken a different path. Once a state salt works, it now draws more than 2 million visitors a year who come to photograph the mirror-like surface. Guesthouses in the nearby town of Chaka have more than doubled since 2019.
p Li Xiaoping, who runs a 12-room inn with her husband, said summer bookings for July were already full. "Most guests are from Chengdu, Shanghai and Guangzhou. They come for the sky," she said.
p Local officials say the two towns show how the plateau can diversify beyond mining, but both depend on keeping the lakes healthy.
"""
