from lib import *

ID = "xh-23"
KIND = "media"
LANG = "en"
FEATURES = ("English page of a central outlet (China Daily style, Hainan regional section); standfirst under the "
            "headline (not body); info line 'By Wang Fei in Haikou | chinadaily.com.cn | Updated: 2024-12-05 15:42'; "
            "dateline 'HAIKOU —' in the first paragraph (kept); photo with '[Photo by … /For chinadaily.com.cn]' "
            "caption (not body); quoted official; 'Most Viewed' and 'Top News' lists; Chinese footer links")
HEAD_TITLE = "Offshore duty-free spending in Hainan tops 30b yuan - Chinadaily.com.cn"
TITLE_LINES = ["Hainan's offshore duty-free sales top 30 billion yuan", "as new rules widen shopper base"]
AUTHORS = ["Wang Fei"]
TIME = "2024-12-05 15:42"

CSS = """
body{margin:0;font:17px/1.6 Georgia,"Times New Roman",serif;color:#222;background:#fff}
.cd-top{background:#1c3f6e;color:#fff;font:13px Arial;padding:6px calc(50% - 520px)}
.cd-top a{color:#fff;margin-right:12px}
.cd-mast{padding:14px calc(50% - 520px);font:bold 30px Arial;color:#1c3f6e;border-bottom:1px solid #ccc}
.cd-nav{padding:6px calc(50% - 520px);font:14px Arial;border-bottom:3px solid #1c3f6e}.cd-nav a{margin-right:16px}
.cd-body{width:1040px;margin:0 auto;display:flex;gap:40px}
.lft{flex:1}
.lft .bread{font:13px Arial;color:#888;margin:14px 0}
.lft h1{font:bold 34px/1.25 Georgia;margin:10px 0}
.lft .stand{font-size:19px;color:#555;font-style:italic;margin:0 0 12px}
.lft .info{font:13px Arial;color:#888;border-top:1px solid #ddd;border-bottom:1px solid #ddd;padding:6px 0}
.lft #Content p{margin:16px 0}
.lft #Content .pic{text-align:center}.lft #Content .pic-cap{font:14px Arial;color:#666;text-align:center}
.rgt{width:300px;font:14px Arial}.rgt h4{border-bottom:2px solid #1c3f6e}
.cd-foot{font:12px Arial;color:#777;text-align:center;padding:20px;border-top:1px solid #ccc;margin-top:30px}
"""

BODY = [
    P("HAIKOU — Offshore duty-free sales in Hainan province exceeded 30 billion yuan ($4.2 billion) in the first 11 months of this year, the provincial department of commerce said on Wednesday, as looser shopping rules brought in more visitors from the island's own cities and from cruise routes."),
    P("The island recorded 6.1 million duty-free shoppers between January and November, with the average spending per person at about 4,900 yuan. Cosmetics, jewelry and electronics remained the best-selling categories, accounting for nearly 70 percent of sales."),
    IMG("Shoppers at a duty-free mall in Haikou", "Customers shop at a duty-free mall in Haikou, Hainan province, on Dec 1. [Photo by Chen Hui/For chinadaily.com.cn]"),
    P("Since November, residents of Hainan who have left the island within the past year can buy goods from a list of 45 categories at duty-free prices, a change that has lifted weekday traffic at malls in Haikou and Sanya."),
    P("\"Local shoppers used to be only a small share of our customers. Now they come on weekday evenings and buy daily necessities,\" said Liu Qing, a manager at a duty-free store in Haikou's Riyue Plaza."),
    P("Officials said the province will add pick-up counters at ports and train stations and allow more online orders to be collected on departure, ahead of the launch of independent customs operations across the island next year."),
]


def page():
    return f"""<body>
<div class="cd-top"><a href="#">Global Edition</a><a href="#">China Edition</a><a href="#">ASIA</a><a href="#">中文</a><a href="#">双语</a></div>
<div class="cd-mast">{gif("China Daily")}CHINA DAILY <small style="font-size:16px">Hainan</small></div>
<div class="cd-nav"><a href="#">Home</a><a href="#">News</a><a href="#">Business</a><a href="#">Culture</a><a href="#">Travel</a><a href="#">Photos</a><a href="#">FTP</a></div>
<div class="cd-body"><div class="lft">
<div class="bread"><a href="#">Home</a> / <a href="#">Hainan</a> / <a href="#">News</a></div>
<h1>{TITLE_LINES[0]}<br>{TITLE_LINES[1]}</h1>
<p class="stand">Residents who left the island in the past year can now buy 45 categories of goods tax-free, drawing weekday crowds</p>
<div class="info">By Wang Fei in Haikou | chinadaily.com.cn | Updated: {TIME}</div>
<div id="Content">
{render(BODY)}
</div>
<p style="font:13px Arial">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Mail</a></p>
</div>
<div class="rgt"><h4>Most Viewed in 24 Hours</h4><ol>{ali(["Sanya cruise port welcomes first international liner of winter season", "Hainan eases visa rules for business travelers", "Coconut startups bet on plant-based drinks", "Wenchang launch site readies for busy 2025"])}</ol>
<h4>Top News</h4><ul>{ali(["Free trade port to start independent customs operations", "Tourism revenue up 12% in Hainan"])}</ul></div>
</div>
<div class="cd-foot"><a href="#">About China Daily</a> | <a href="#">Advertise on Site</a> | <a href="#">Contact Us</a> | <a href="#">Job Offer</a><br>Copyright 1995 - 2024. All rights reserved. Content on this site may not be republished without written permission.<br>中国日报网版权说明：未经授权，任何网站或单位不得转载、使用本网站刊登的作品。</div>
</body>"""
