from lib import links, lis, GIF

PAGE = dict(
    id="wi-17", kind="media", lang="en",
    region="江苏 南京", site="Jiangsu Gateway（省级媒体英文网站）",
    title="Nanjing Museum extends winter night openings as visitor numbers climb",
    authors=["Zhang Yifan", "Gu Lei"],
    publish_time="2025-11-19 15:06",
    head_title="Nanjing Museum extends winter night openings as visitor numbers climb - Jiangsu Gateway",
    features="省级媒体英文站：标题分两行打印（金标题用一个空格连接）；署名行“By Zhang Yifan and Gu Lei | Jiangsu Gateway | Updated: …”；"
             "图说含摄影者“[Photo by …/For Jiangsu Gateway]”（非作者）；顶部“中文”切换与全大写导航；分享到 Facebook/X/LinkedIn；"
             "Related stories 与 Most viewed；页脚英文版权 + 苏ICP备。",
)

BLOCKS = [
    ("img", "Visitors view porcelain at Nanjing Museum", "Visitors view exhibits at Nanjing Museum on Nov 15. [Photo by Ji Chunpeng/For Jiangsu Gateway]"),
    ("p", "The Nanjing Museum will stay open until 9 pm every Friday and Saturday from Dec 1 to Feb 28, the museum announced on Tuesday, as demand for evening visits continues to grow."),
    ("p", "Night openings, first trialed last summer, drew more than 160,000 visitors in the past three months, according to museum staff. Tickets for the special exhibition on Ming dynasty porcelain were often fully booked within minutes."),
    ("p", "\"Many young people come after work, and families visit together on weekends,\" said Liu Ning, who works in the museum's visitor services department. \"We want to make the museum a part of the city's night life.\""),
    ("p", "The museum will also run guided tours in English twice a month for foreign residents and tourists. Reservations can be made through its official WeChat account."),
]

FMT = {
    "img": '<figure class="fig"><img alt="{alt}" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" width="700" height="460">',
    "cap": "<figcaption>{t}</figcaption></figure>",
}

CSS = """
body{margin:0;font-family:Georgia,"Times New Roman",serif;color:#1a1a1a;background:#fff}
.mast{border-bottom:4px solid #004a7c;padding:14px 0}
.in{width:1100px;margin:0 auto}
.mast .lang{float:right;font-family:Arial;font-size:13px}
.mast .lang a{margin-left:10px}
.menu{background:#004a7c}
.menu a{color:#fff;font:bold 13px/44px Arial;display:inline-block;padding:0 16px;text-transform:none}
.crumb{font:13px Arial;color:#777;margin:16px 0}
.story{float:left;width:720px}
.story h1{font-size:34px;line-height:1.25;margin:0 0 12px}
.byline{font:14px Arial;color:#555;border-bottom:1px solid #ddd;padding-bottom:10px}
.fig{margin:20px 0}.fig figcaption{font:13px Arial;color:#666;margin-top:6px}
.story p{font-size:18px;line-height:1.7}
.share{font:13px Arial;color:#555;border-top:1px solid #ddd;padding-top:10px}
.share a{margin-right:10px}
.side{float:right;width:330px;font-family:Arial}
.side h4{border-bottom:2px solid #004a7c;padding-bottom:4px}
.side li{margin-bottom:8px;font-size:14px}
.rel{clear:both;font-family:Arial;padding-top:20px}
.foot{background:#f2f2f2;font:12px Arial;color:#666;text-align:center;padding:24px;margin-top:30px;line-height:1.8}
"""


def render(P, body):
    t1, t2 = "Nanjing Museum extends winter night openings", "as visitor numbers climb"
    assert f"{t1} {t2}" == P["title"]
    return f"""
<div class="mast"><div class="in"><span class="lang"><a href="#">中文</a><a href="#">Newsletter</a><a href="#">Search</a></span><img src="{GIF}" alt="Jiangsu Gateway" width="260" height="50"></div></div>
<div class="menu"><div class="in">{links(["HOME", "NEWS", "BUSINESS", "CULTURE", "TRAVEL", "LIVING IN JIANGSU", "VIDEO", "OPINION"], sep="")}</div></div>
<div class="in">
<div class="crumb">Home &gt; Culture</div>
<div class="story">
<h1>{t1}<br>{t2}</h1>
<div class="byline">By Zhang Yifan and Gu Lei | Jiangsu Gateway | Updated: {P['publish_time']}</div>
{body}
<div class="share">Share to: <a href="#">Facebook</a><a href="#">X</a><a href="#">LinkedIn</a><a href="#">WeChat</a></div>
</div>
<div class="side"><h4>Most viewed</h4><ol>{lis(["Suzhou's Pingjiang Road lights up for winter festival", "Jiangsu to add 15 new international flights", "How to get a transport card in Nanjing", "Yangzhou's breakfast culture draws food bloggers"])}</ol>
<h4>Follow us</h4><p><img src="{GIF}" alt="" width="100" height="100"><br>Scan to follow Jiangsu Gateway on WeChat</p></div>
<div class="rel"><h4>Related stories</h4><ul>{lis(["Nanjing's Confucius Temple area hosts lantern previews", "Jiangsu museums welcome record visitors during National Day holiday", "Night economy: Wuxi opens riverside market"])}</ul></div>
</div>
<div class="foot">{links(["About us", "Contact", "Terms of use", "Privacy"], sep=" | ")}<br>Copyright © 2025 Jiangsu Gateway. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to Jiangsu Gateway.<br>苏ICP备16027913号-4</div>
"""
