ID = "wa-22"
KIND = "media"
LANG = "en"
TITLE = "Liaoning's foreign trade grows 6.2 percent in first quarter"
AUTHORS = []
DATE = "2025-04-17 16:40:12"
NOTES = "English channel of a Liaoning news site (2018 layout) carrying Xinhua copy: Source: Xinhua | date with seconds | Editor: Liu Yang in one line (wire copy with no By line: authors []), SHENYANG, April 17 (Xinhua) -- dateline in the first paragraph (stays body), a small table of trade figures, Related Stories list, footer."

CSS = r'''
body{margin:0;font-family:Arial,Helvetica,sans-serif;font-size:14px;background:#eaeef2;color:#222}
.lg-top{background:#123c69;color:#fff;height:76px}
.lg-top .in{width:980px;margin:0 auto;line-height:76px;font-size:28px;font-weight:bold}
.lg-top .in span{font-size:13px;font-weight:normal;float:right}
.lg-menu{background:#0d2d50}
.lg-menu .in{width:980px;margin:0 auto}
.lg-menu a{color:#fff;display:inline-block;padding:9px 14px;font-size:13px}
.lg-page{width:980px;margin:16px auto;background:#fff;padding:20px 30px;box-sizing:border-box}
.lg-crumb{font-size:12px;color:#777}
.lg-page h1{font-size:28px;line-height:1.3;margin:14px 0 8px}
.lg-info{font-size:12px;color:#666;margin-bottom:18px}
.lg-content p{font-size:16px;line-height:1.7}
.lg-content table{border-collapse:collapse;margin:10px 0}
.lg-content td,.lg-content th{border:1px solid #aaa;padding:4px 10px}
.lg-related li{line-height:1.9}
.lg-foot{text-align:center;font-size:12px;color:#667;padding:16px;line-height:1.9}
'''

TEMPLATE = r'''<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{TITLE}}</title>
<style>
{{CSS}}
</style>
</head>
<body>
<div class="lg-top"><div class="in">Liaoning Gateway <span>English | <a href="#" style="color:#fff">中文</a></span></div></div>
<div class="lg-menu"><div class="in"><a href="/">HOME</a><a href="#">NEWS</a><a href="#">BUSINESS</a><a href="#">INVEST</a><a href="#">CITIES</a><a href="#">CULTURE</a><a href="#">TRAVEL</a></div></div>
<div class="lg-page">
<div class="lg-crumb"><a href="/">Home</a> &gt; <a href="#">Business</a></div>
<h1>{{TITLE}}</h1>
<div class="lg-info">Source: Xinhua | 2025-04-17 16:40:12 | Editor: Liu Yang</div>
<div class="lg-content">
{{BODY}}
</div>
<div class="lg-related"><b>Related Stories</b><ul>
<li><a href="#">Dalian port opens new ro-ro route to Southeast Asia</a></li>
<li><a href="#">Shenyang hosts equipment manufacturing expo</a></li></ul></div>
</div>
<div class="lg-foot">Copyright © Liaoning Gateway. All Rights Reserved.<br>辽ICP备10012617号-3</div>
</body>
</html>
'''

FMT = {
    "table": "<table>\n{rows}\n</table>",
}

BLOCKS = r'''
p: SHENYANG, April 17 (Xinhua) -- The foreign trade of northeast China's Liaoning province totaled 187.6 billion yuan (about 26 billion U.S. dollars) in the first quarter of 2025, up 6.2 percent year on year, according to Shenyang customs.
p: Exports rose 8.9 percent to 98.3 billion yuan, while imports grew 3.4 percent to 89.3 billion yuan.
th: Item | Value (billion yuan) | Change
tr: Total | 187.6 | +6.2%
tr: Exports | 98.3 | +8.9%
tr: Imports | 89.3 | +3.4%
p: Exports of mechanical and electrical products, which accounted for more than half of the total, increased 12.1 percent, driven by strong demand for ships, automobiles and machine tools.
p: The Association of Southeast Asian Nations remained the province's largest trading partner, followed by the European Union and Japan. Trade with countries along the Belt and Road increased 9.5 percent.
p: Private enterprises were the main driver, with their foreign trade rising 10.3 percent to account for 46.8 percent of the province's total.
'''
