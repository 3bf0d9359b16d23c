from lib import *

ID = "xh-24"
KIND = "media"
LANG = "en"
FEATURES = ("English wire page (Xinhua English style) about Guangxi; info line 'Source: Xinhua | 2024-10-17 19:08:32 | "
            "Editor: Liu Jia' (wire copy with only a source: authors []; editor is not an author); dateline "
            "'NANNING, Oct. 17 (Xinhua) --' in the first paragraph; two photo captions with 'Xinhua/…' credits; "
            "'Enditem' marker (not body); font-size A A A controls; related stories")
HEAD_TITLE = "China-ASEAN Expo opens in Nanning with record number of exhibitors-Xinhua"
TITLE_LINES = ["China-ASEAN Expo opens in Nanning with record number of exhibitors"]
AUTHORS = []
TIME = "2024-10-17 19:08:32"

CSS = """
body{margin:0;font:16px/1.7 Arial,Helvetica,sans-serif;color:#333}
.xh-bar{background:#b30000;color:#fff;padding:8px calc(50% - 500px);font-size:13px}.xh-bar a{color:#fff;margin-right:14px}
.xh-logo{padding:16px calc(50% - 500px);font:bold 28px Arial;color:#b30000}
.xh-menu{border-top:1px solid #ddd;border-bottom:1px solid #ddd;padding:6px calc(50% - 500px)}.xh-menu a{margin-right:18px;font-size:14px}
.main{width:1000px;margin:0 auto}
.main h1{font-size:30px;line-height:1.3;margin:24px 0 8px}
.main .info{font-size:13px;color:#888;display:flex;justify-content:space-between}
.main .size a{margin-left:6px}
.main #detailContent p{margin:18px 0}
.main #detailContent .pic{text-align:center}.main #detailContent .pic-cap{font-size:14px;color:#555;text-align:center}
.main .end{color:#888}
.rel li{margin:6px 0}
.foot{text-align:center;font-size:12px;color:#888;padding:24px;border-top:1px solid #ddd;margin-top:30px}
"""

BODY = [
    P("NANNING, Oct. 17 (Xinhua) -- The 21st China-ASEAN Expo opened Thursday in Nanning, capital of south China's Guangxi Zhuang Autonomous Region, with a record 3,200 exhibitors from China, the 10 ASEAN member states and other countries and regions taking part."),
    P("The four-day event covers an exhibition area of 160,000 square meters, featuring pavilions on the digital economy, new energy vehicles, agricultural products and cross-border e-commerce."),
    IMG("The opening ceremony of the 21st China-ASEAN Expo", "Guests visit the pavilion of ASEAN countries at the 21st China-ASEAN Expo in Nanning, south China's Guangxi Zhuang Autonomous Region, Oct. 17, 2024. (Xinhua/Mo Lin)"),
    P("Trade between China and ASEAN reached 5.1 trillion yuan (about 718 billion U.S. dollars) in the first three quarters of this year, up 8.9 percent year on year, according to customs data. ASEAN has remained China's largest trading partner for five consecutive years."),
    P("Organizers said more than 120 investment projects are expected to be signed during the expo, in areas including green energy, port logistics and agricultural processing."),
    IMG("A visitor tastes durian at the expo", "A visitor tastes durian from Malaysia at the expo in Nanning, Oct. 17, 2024. (Xinhua/Qin Hao)"),
    P("Since it was first held in 2004, the expo has served as an important platform for economic cooperation between China and ASEAN countries."),
]


def page():
    return f"""<body>
<div class="xh-bar"><a href="#">Home</a><a href="#">China</a><a href="#">World</a><a href="#">Business</a><a href="#">Sci-Tech</a><a href="#">Photos</a><a href="#">中文</a></div>
<div class="xh-logo">{gif("Xinhua")}english.news.cn</div>
<div class="xh-menu"><a href="#">Home</a> | <a href="#">China</a> | <a href="#">Asia-Pacific</a></div>
<div class="main">
<h1>{TITLE_LINES[0]}</h1>
<div class="info"><span>Source: Xinhua | {TIME} | Editor: Liu Jia</span><span class="size">Font size: <a href="#">A</a><a href="#">A</a><a href="#">A</a></span></div>
<div id="detailContent">
{render(BODY)}
<p class="end">Enditem</p>
</div>
<div class="rel"><h3>Related Stories</h3><ul>{ali(["China, ASEAN sign upgraded free trade area protocol", "Guangxi's trade with ASEAN grows in first three quarters", "Nanning-Hanoi cross-border train services resume full schedule"])}</ul></div>
</div>
<div class="foot">Copyright © 2000 - 2024 XINHUANET.com All rights reserved.<br><a href="#">About Us</a> | <a href="#">Contact Us</a></div>
</body>"""
