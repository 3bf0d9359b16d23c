# Tianshan Global Television (TGT), English site of a regional broadcaster:
# section label in capitals over the headline, standfirst under it (not body);
# wire copy with only a source ("Source: Xinhua"), so no authors; the date is
# printed as "Updated 16:15, 03-Jun-2025".
from kit import *

META = dict(
    id="xm-20", kind="media", lang="en",
    title="Khorgos port handles record number of China-Europe freight trains in May",
    authors=[],
    publish_time="16:15, 03-Jun-2025",
)
HTML_TITLE = "Khorgos port handles record number of China-Europe freight trains in May - TGT"
CSS = BASE_CSS + """
body{font-family:Helvetica,Arial,sans-serif;background:#fff;color:#1a1a1a}
.nav{background:#0c1b33;display:flex;align-items:center;padding:0 40px;height:56px;gap:4px}
.nav b{color:#fff;font-size:22px;margin-right:30px}
.nav a{color:#c9d3e3;padding:0 12px;font-size:14px}
.nav .live{margin-left:auto;color:#ff5252}
.wrap{width:960px;margin:30px auto}
.label{font-size:12px;font-weight:700;letter-spacing:3px;color:#0a7cff}
h1{font-size:38px;line-height:1.15;margin:10px 0 14px;font-weight:700}
.summary{font-size:18px;color:#555;line-height:1.5;margin:0 0 18px;border-left:3px solid #0a7cff;padding-left:12px}
.meta{font-size:13px;color:#888;display:flex;gap:16px;margin-bottom:20px}
.hero{background:#ddd;height:420px;margin-bottom:6px}
.credit{font-size:12px;color:#888;margin:0 0 20px}
.content{font-size:18px;line-height:1.7}
.content p{margin:0 0 18px}
.related{border-top:1px solid #e5e5e5;margin-top:30px;padding-top:14px}
.related h4{font-size:14px;letter-spacing:2px;margin:0 0 10px}
.related .cards{display:flex;gap:16px}
.related .card{flex:1;font-size:14px}
.footer{background:#0c1b33;color:#8d9bb1;font-size:12px;text-align:center;padding:22px 0;margin-top:40px}
.footer p{margin:4px 0}
"""
TEMPLATE = f"""
<div class="nav"><b>TGT</b>{links(["World", "China", "Xinjiang", "Business", "Tech", "Culture", "Video"])}<a class="live" href="#">● LIVE</a></div>
<div class="wrap">
<div class="label">BUSINESS</div>
<h1>@@TITLE@@</h1>
<p class="summary">The border crossing saw 1,026 trains in a single month as demand for rail freight to Central Asia and Europe kept rising</p>
<div class="meta"><span>Updated @@DATE@@</span><span>Source: Xinhua</span></div>
<div class="hero">{img("Freight trains at Khorgos", 960, 420)}</div>
<p class="credit">A China-Europe freight train at the Khorgos port in Xinjiang Uygur Autonomous Region. /Xinhua</p>
<div class="content">
@@BODY@@
</div>
<div class="related"><h4>RELATED STORIES</h4><div class="cards">
<div class="card">{img("", 300, 170)}<p>Urumqi international land port opens new route to Tashkent</p></div>
<div class="card">{img("", 300, 170)}<p>Xinjiang's foreign trade rises 9 percent in first four months</p></div>
<div class="card">{img("", 300, 170)}<p>Alashankou sees faster customs clearance with smart inspection</p></div>
</div></div>
</div>
<div class="footer"><p>About TGT | Contact | Terms of Use | Copyright &amp; Privacy</p><p>Copyright © 2025 Tianshan Global Television. All rights reserved.</p></div>
"""
OPTS = dict(pstyle="p")
BODY = """
p The Khorgos port in northwest China's Xinjiang Uygur Autonomous Region handled 1,026 China-Europe freight trains in May, the highest monthly figure since the port opened to the service, according to the local customs authority.
p The trains carried about 1.2 million tonnes of goods, up 14.6 percent year on year. Outbound cargo was dominated by new energy vehicles, photovoltaic products, household appliances and machinery, while inbound trains brought in grain, timber and chemical products from Central Asia and Europe.
p Khorgos is one of the busiest land ports on the China-Europe rail route. More than 70 routes now run through the port, linking over 40 Chinese cities with destinations in 18 countries, including Germany, Poland and Türkiye.
p To cope with rising volumes, the port has added two loading lines and extended its customs clearance service to 24 hours a day. A "smart port" system that checks container seals and scans cargo automatically has cut the average waiting time at the border to about five hours.
p Staff at the Khorgos railway station said the number of trains so far this year has already reached 4,380, and the station expects to handle more than 10,000 trains for the full year.
p Logistics companies say the rail route remains attractive because it is faster than sea freight and cheaper than air cargo. A train from Xi'an to Duisburg in Germany via Khorgos now takes about 12 days, compared with more than 30 days by sea.
"""
