ID = "wa-21"
KIND = "media"
LANG = "en"
TITLE = "Jinan's spring tourism season draws crowds to its springs"
AUTHORS = ["Zhang Xiaowen"]
DATE = "2025-04-15 17:20"
NOTES = "English-language site of a Shandong outlet (2022 design): section tag above the headline, info line By Zhang Xiaowen | Qilu Today | Updated: 2025-04-15 17:20, photo caption in brackets [Photo by …/For Qilu Today] (not body), quoted speech, share icons, Top News list, footer with Chinese ICP line."

CSS = r'''
body{margin:0;font-family:Georgia,"Times New Roman",serif;color:#1b1b1b;background:#fff}
.qt-mast{border-bottom:4px double #1b1b1b;text-align:center;padding:18px 0 10px}
.qt-mast .logo{font-size:40px;font-weight:bold;letter-spacing:1px}
.qt-mast .date{font-family:Arial;font-size:12px;color:#666}
.qt-sections{font-family:Arial;text-align:center;font-size:13px;padding:10px 0;border-bottom:1px solid #ddd}
.qt-sections a{margin:0 12px;color:#1b1b1b;text-decoration:none}
.qt-story{max-width:720px;margin:30px auto}
.qt-story .tag{font-family:Arial;color:#b3121b;font-size:13px;font-weight:bold}
.qt-story h1{font-size:36px;line-height:1.2;margin:8px 0 14px}
.qt-story .byline{font-family:Arial;font-size:13px;color:#555;border-bottom:1px solid #eee;padding-bottom:12px}
.qt-story .text p{font-size:18px;line-height:1.7}
.qt-story .photo{margin:20px 0;font-family:Arial;font-size:13px;color:#555}
.qt-share{font-family:Arial;font-size:13px;margin:20px 0}
.qt-top{max-width:720px;margin:0 auto;font-family:Arial}
.qt-top li{line-height:2}
.qt-foot{background:#1b1b1b;color:#aaa;font-family:Arial;font-size:12px;text-align:center;padding:20px;line-height:2;margin-top:30px}
'''

TEMPLATE = r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{{TITLE}} - Qilu Today</title>
<style>
{{CSS}}
</style>
</head>
<body>
<div class="qt-mast"><div class="logo">QILU TODAY</div><div class="date">Shandong's English News Portal · Tuesday, April 15, 2025</div></div>
<div class="qt-sections"><a href="/">Home</a><a href="#">News</a><a href="#">Business</a><a href="#">Culture</a><a href="#">Travel</a><a href="#">Cities</a><a href="#">Photos</a><a href="#">中文</a></div>
<div class="qt-story">
<div class="tag">TRAVEL</div>
<h1>{{TITLE}}</h1>
<div class="byline">By Zhang Xiaowen | Qilu Today | Updated: 2025-04-15 17:20</div>
<div class="text">
{{BODY}}
</div>
<div class="qt-share">Share: <a href="#">Facebook</a> · <a href="#">X</a> · <a href="#">LinkedIn</a> · <a href="#">WeChat</a></div>
</div>
<div class="qt-top"><h3>Top News</h3><ul>
<li><a href="#">Qingdao port container throughput hits new high in Q1</a></li>
<li><a href="#">Weifang kite festival to open on April 19</a></li>
<li><a href="#">Shandong launches program to attract foreign students</a></li></ul></div>
<div class="qt-foot">
<p><a href="#" style="color:#aaa">About Us</a> | <a href="#" style="color:#aaa">Contact Us</a> | <a href="#" style="color:#aaa">Terms of Use</a></p>
<p>Copyright © Qilu Today. All rights reserved.　鲁ICP备11023871号-4</p>
</div>
</body>
</html>
'''

FMT = {
    "img": '<div class="photo"><img alt="{t}" src="{{GIF}}"><br>',
    "cap": "{t}</div>",
}

BLOCKS = r'''
p: Jinan, capital of Shandong province, has launched its 2025 spring culture and tourism season, with a series of events centered on the city's famous springs expected to attract more than 5 million visitors by the end of May.
img: Tourists at Baotu Spring Park
cap: Tourists visit Baotu Spring Park in Jinan, Shandong province, on April 13. [Photo by Li Rui/For Qilu Today]
p: The season, which runs until May 31, features more than 120 activities, including lantern shows at Daming Lake, folk music performances in the old city and night tours along the Hucheng River.
p: "The springs are flowing strongly this year, which is good news for the city and for tourism," said Wang Lei, an official with the Jinan culture and tourism bureau. He said the city has added 30 new tour routes that combine spring parks with historic streets and local food.
p: Hotel bookings for the May Day holiday have already risen by about 18 percent compared with last year, according to local travel agencies.
p: Chen Yu, a visitor from Nanjing, said she came for the springs but stayed for the food. "I tried sweet-potato noodles and Jinan-style braised pork in a small alley. It felt like living here," she said.
'''
