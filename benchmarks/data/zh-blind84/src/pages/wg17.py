PAGE = dict(
    id="wg-17", kind="media", lang="en", html_lang="en",
    site="HZ Today · English channel of a Hangzhou city media group (2024 responsive template)",
    features="English page of a Chinese outlet: section label above the headline, standfirst (not body), byline line "
             "“By … and … | HZ Today | Updated: …”, photo with caption and credit, pull quote repeated from the body (not body), "
             "tags, “Related stories”, newsletter box, footer with Chinese ICP number",
    title="Longjing tea picking begins as growers bet on early-season sales",
    authors=["Zhou Wen", "Sophie Li"],
    publish_time="2025-03-19 16:02",
    head_title="Longjing tea picking begins as growers bet on early-season sales - HZ Today",
    CSS="""
body{margin:0;font-family:Georgia,"Times New Roman",serif;color:#1a1a1a;background:#fff}
.mast{border-bottom:3px double #111;text-align:center;padding:18px 0 10px}
.mast .logo{font-size:40px;font-weight:bold;letter-spacing:1px}
.mast .tag{font:12px Arial;color:#777}
.sec{font:600 13px Arial;display:flex;justify-content:center;gap:22px;padding:10px 0;border-bottom:1px solid #ddd}
.sec a{color:#111;text-decoration:none;text-transform:uppercase}
main{max-width:720px;margin:30px auto}
.kicker{font:700 12px Arial;color:#0a7a4b;text-transform:uppercase}
h1{font-size:36px;line-height:1.2;margin:6px 0 10px}
.stand{font-size:19px;color:#555;font-style:italic}
.byline{font:13px Arial;color:#666;border-top:1px solid #eee;border-bottom:1px solid #eee;padding:8px 0;margin:14px 0}
.story p{font-size:18px;line-height:1.65}
.story figure{margin:20px 0}.story figcaption{font:13px Arial;color:#666}
.pull{font-size:24px;color:#0a7a4b;border-left:4px solid #0a7a4b;padding-left:16px;margin:24px 0}
.tags{font:13px Arial}.tags a{background:#f2f2f2;padding:2px 8px;margin-right:6px}
.rel{font:14px Arial;margin-top:26px}.rel h3{font-size:16px;text-transform:uppercase}
.nl{background:#f6f3ea;padding:16px;font:14px Arial;margin-top:20px}
footer{font:12px Arial;color:#888;text-align:center;border-top:1px solid #ddd;padding:20px;margin-top:40px;line-height:2}
""",
    STYLE={
        "p": "<p>{t}</p>",
        "img": '<figure><img alt="{alt}" src="%GIF%"><figcaption>{cap}</figcaption></figure>',
    },
    TEMPLATE="""
<header class="mast"><div class="logo">HZ Today</div><div class="tag">Hangzhou in English · Since 2009</div></header>
<nav class="sec"><a href="#">News</a><a href="#">Business</a><a href="#">Culture</a><a href="#">Travel</a><a href="#">Expat Life</a><a href="#">Video</a><a href="#">中文</a></nav>
<main>
<div class="kicker">Business · Agriculture</div>
<h1>Longjing tea picking begins as growers bet on early-season sales</h1>
<p class="stand">Warm weather brought the first harvest forward by about five days, and prices for the earliest leaves are holding steady.</p>
<div class="byline">By Zhou Wen and Sophie Li | HZ Today | Updated: 2025-03-19 16:02</div>
<div class="story">
{{BODY}}
</div>
<div class="tags">Tags: <a href="#">Longjing tea</a><a href="#">West Lake</a><a href="#">rural economy</a></div>
<div class="rel"><h3>Related stories</h3><ul>
<li><a href="#">Hangzhou's tea villages turn to live-streaming</a></li>
<li><a href="#">Spring travel guide: five hiking trails around West Lake</a></li>
<li><a href="#">Zhejiang sets up fund for young farmers</a></li></ul></div>
<div class="nl">Get the HZ Today newsletter every Friday. <input type="email" placeholder="Your email"> <button type="button">Subscribe</button></div>
</main>
<footer>Copyright 2009-2025 HZ Today. All rights reserved. Contact: editor@hztoday.example<br>浙ICP备10031287号-2　Reproduction without permission is prohibited.</footer>
""",
    BODY="""
p: Tea farmers in the hills west of Hangzhou began picking this year's first Longjing leaves on Monday, about five days earlier than last year after a mild February.
p: In Meijiawu village, pickers moved along the terraces before sunrise, filling bamboo baskets with single buds and tender leaves that will be pan-fired by hand the same evening.
img: Tea pickers in Meijiawu village | Pickers work on a terrace in Meijiawu village on Monday morning. Photo: Sophie Li
p: "The first batch is small, but it sets the tone for the whole season," said Wang Jianhua, who runs a family tea house in the village. He expects to sell most of his pre-Qingming tea through regular customers and online orders.
x: <blockquote class="pull">“The first batch is small, but it sets the tone for the whole season.”</blockquote>
p: Local officials said the protected Longjing growing area covers about 1,300 hectares this year. The district has also stepped up checks on packaging to stop tea from outside the area being sold under the West Lake Longjing name.
p: Prices for the earliest grade were about the same as last spring, growers said, while demand from younger buyers for small gift packs continued to rise.
""",
)
