PAGE = dict(
    id="wg-18", kind="media", lang="en", html_lang="en",
    site="Tianshan News English · English site of a Xinjiang outlet carrying wire copy (2019 template)",
    features="Wire copy: dateline “URUMQI, March 21 (Xinhua) --” in the first paragraph, info line “Source: Xinhua | Updated 09:14, 21-Mar-2025” (time before date), "
             "no By-line (authors []), “Editor:” line, photo caption, “Share:” buttons, “Most Viewed” list, footer",
    title="Xinjiang farmers expand drip irrigation ahead of spring sowing",
    authors=[],
    publish_time="09:14, 21-Mar-2025",
    head_title="Xinjiang farmers expand drip irrigation ahead of spring sowing - Tianshan News English",
    CSS="""
body{margin:0;font:15px/1.6 Arial,Helvetica,sans-serif;color:#333;background:#eef1f4}
.top{background:#0b3d6b;color:#fff}.top .in{width:1100px;margin:0 auto;display:flex;justify-content:space-between;align-items:center;height:70px}
.top .lg{font-size:28px;font-weight:bold}.top .lg span{color:#f5b400}
.top .lk a{color:#cfe0f2;font-size:13px;margin-left:14px}
.menu{background:#fff;border-bottom:1px solid #ccd}.menu .in{width:1100px;margin:0 auto}
.menu a{display:inline-block;padding:10px 14px;color:#0b3d6b;font-weight:bold;font-size:14px}
.page{width:1100px;margin:20px auto;display:flex;gap:24px}
.story{flex:1;background:#fff;padding:26px 34px}
.story .path{font-size:12px;color:#888}
.story h1{font-size:30px;line-height:1.25;color:#0b3d6b}
.story .meta{font-size:12px;color:#777;border-bottom:1px solid #eee;padding-bottom:8px}
.story .body p{margin:14px 0}
.story .body .ph{text-align:center}
.story .body .cap{font-size:13px;color:#555;background:#f5f5f5;padding:6px}
.story .ed{font-size:12px;color:#888;text-align:right}
.story .sh{font-size:13px}
.side{width:300px;background:#fff;padding:16px}
.side h3{font-size:15px;border-bottom:2px solid #0b3d6b}
.side li{font-size:13px;margin-bottom:6px}
.foot{background:#0b3d6b;color:#b9c9da;text-align:center;font-size:12px;padding:20px;line-height:2}
""",
    STYLE={
        "p": "<p>{t}</p>",
        "img": '<p class="ph"><img alt="{alt}" src="%GIF%"></p><p class="cap">{cap}</p>',
    },
    TEMPLATE="""
<div class="top"><div class="in"><div class="lg">Tianshan <span>News</span></div><div class="lk"><a href="#">中文</a><a href="#">ئۇيغۇرچە</a><a href="#">RSS</a><a href="#">Mobile</a></div></div></div>
<div class="menu"><div class="in"><a href="#">Home</a><a href="#">Xinjiang</a><a href="#">China</a><a href="#">World</a><a href="#">Business</a><a href="#">Travel</a><a href="#">Photos</a></div></div>
<div class="page">
<div class="story">
<div class="path">Home &gt; Xinjiang</div>
<h1>Xinjiang farmers expand drip irrigation ahead of spring sowing</h1>
<div class="meta">Source: Xinhua | Updated 09:14, 21-Mar-2025</div>
<div class="body">
{{BODY}}
</div>
<div class="ed">Editor: Li Jing</div>
<div class="sh">Share: <a href="#">Facebook</a> | <a href="#">X</a> | <a href="#">WeChat</a> | <a href="#">Email</a></div>
</div>
<div class="side"><h3>Most Viewed</h3><ol>
<li><a href="#">Urumqi opens new metro line extension</a></li>
<li><a href="#">Kashgar old town welcomes spring visitors</a></li>
<li><a href="#">Xinjiang's foreign trade up in first two months</a></li>
<li><a href="#">Apricot blossoms draw tourists to Ili Valley</a></li></ol></div>
</div>
<div class="foot">Copyright © Tianshan News English. All Rights Reserved.<br>新ICP备12001476号-4</div>
""",
    BODY="""
p: URUMQI, March 21 (Xinhua) -- Farmers across Xinjiang Uygur Autonomous Region are laying drip irrigation pipes and preparing seed ahead of spring sowing, as the region expands water-saving farming to more of its cotton and grain fields.
p: In Shaya County in the south of the region, cooperatives have laid new drip lines on about 12,000 hectares since late February, local agricultural authorities said.
img: Workers lay drip irrigation pipes | Workers lay drip irrigation pipes in a cotton field in Shaya County, March 19, 2025.
p: "With drip irrigation, one worker can manage more than 30 hectares, and we use about a third less water than with flood irrigation," said Tursun Ahmat, head of a farming cooperative in the county.
p: Xinjiang plans to bring more than 200,000 additional hectares under high-efficiency water-saving irrigation this year, according to the regional department of water resources.
p: Sowing of cotton in southern Xinjiang is expected to start in early April, once soil temperatures rise.
""",
)
