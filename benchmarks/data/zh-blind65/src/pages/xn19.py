from blocks import *
from furniture import *

ID, KIND, LANG = "xn-19", "media", "en"
SITE = "Hainan Port News (English-language portal, wire copy)"
DOC_TITLE = "Hainan FTP sees surge in zero-tariff imports - Hainan Port News"
TITLE = "Hainan FTP sees surge in zero-tariff imports"
AUTHORS = []
PUBLISH_TIME = "2025-01-08 09:41:00"
FEATURES = ("English wire copy with only a source (Source: Xinhua) so authors []; HAIKOU, Jan. 7 (Xinhua) dateline "
            "opening the first paragraph (stays body); meta row Source | Updated with seconds; Editor line; "
            "most-read list and bilingual footer.")

CSS = """
body{margin:0;font:16px/1.65 Arial,Helvetica,sans-serif;color:#1d1d1d}
.brand{background:#005b96;color:#fff;padding:16px 6vw;font-size:26px}
.brand small{font-size:13px;margin-left:10px}
.menu{background:#e8f1f8;padding:8px 6vw}.menu a{margin-right:20px;color:#005b96}
.layout{max-width:1080px;margin:20px auto;display:grid;grid-template-columns:1fr 280px;gap:30px}
h1{font-size:30px;margin:6px 0}
.meta{color:#888;font-size:13px}
.most li{margin-bottom:6px}
.foot{background:#222;color:#aaa;font-size:12px;padding:20px 6vw}
"""

BODY = [
    P("HAIKOU, Jan. 7 (Xinhua) -- Imports of goods under the zero-tariff policy in the Hainan Free Trade Port (FTP) reached 21.6 billion yuan (about 3 billion U.S. dollars) in 2024, up 38.5 percent year on year, according to Haikou Customs."),
    P("The zero-tariff lists cover raw and auxiliary materials, means of transport and yachts, and production equipment imported by eligible enterprises, which are exempted from import duties, value-added tax and consumption tax."),
    P("Raw and auxiliary materials accounted for more than half of the total, with aircraft parts, edible oil and chemical products among the major categories, the customs said."),
    P("Tax exemptions granted under the policy totaled 3.4 billion yuan last year, benefiting more than 1,900 enterprises."),
    P("Hainan is preparing for the launch of special customs operations across the island, which will further expand the scope of zero-tariff goods."),
]


def page(body):
    return f"""<body>
<div class="brand">Hainan Port News <small>海南港讯 English</small></div>
<div class="menu"><a href="#">Home</a><a href="#">FTP Policy</a><a href="#">Business</a><a href="#">Travel</a><a href="#">Culture</a><a href="#">Photos</a><a href="#">中文版</a></div>
<div class="layout"><main>
<div class="crumb">Home &gt; Business</div>
<h1>{TITLE}</h1>
<div class="meta">Source: Xinhua | Updated: {PUBLISH_TIME}</div>
{share("", ("Facebook","Twitter","WeChat","Email"))}
{body}
<p class="meta">Editor: Wang Lu</p>
</main>
<aside class="most"><h4>Most Read</h4><ol><li><a href="#">Sanya welcomes first cruise of the year</a></li><li><a href="#">Hainan duty-free sales top 30 bln yuan</a></li><li><a href="#">Haikou opens new route to Singapore</a></li></ol></aside>
</div>
<div class="foot"><p>Sponsored by Hainan Port News Center　主办：海南港讯新闻中心</p>
<p>Copyright © 2025 All Rights Reserved　琼ICP备16002587号-2</p></div>
</body>"""
