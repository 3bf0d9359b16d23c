# English page of a Hunan outlet (Hunan Now) — headline printed on two lines, By line with two names
from kit import *
import styles

HL = Headline(["Changsha night markets draw record crowds", "as summer tourism heats up"], lang="en")

BODY = Body([
    P("Long after sunset, the lanes around Changsha's Pozi Street are still packed. Visitors queue for stinky tofu and crayfish, street singers perform under neon signs, and tea shops stay open past midnight."),
    P("The city's night markets received more than 4.2 million visits in the first three weeks of July, up 23 percent from the same period last year, according to the Changsha bureau of commerce."),
    P("\"We came for the food, but we stayed for the atmosphere,\" said Chen Yue, a university student from Guangzhou who was visiting with three classmates. \"It feels like the whole city is awake at 1 am.\""),
    P("Local authorities have extended bus and metro services on weekends until 1:30 am, added 3,000 temporary parking spaces near popular food streets and deployed volunteers to guide tourists."),
    IMG("Tourists at a night market in Changsha", "Tourists shop at a night market in Changsha, Hunan province, on July 20. [Photo by Zhou Yingying / Hunan Now]"),
    P("Vendors say the longer hours are paying off. Liu Fang, who runs a sugar-oil cake stall, said her daily sales have doubled since the start of the summer holiday. \"Some customers order online and pick up at the stall, so I can serve more people without making them wait,\" she said."),
    P("Tourism experts say the night economy has become an important engine for consumption in the provincial capital, which has promoted itself as a destination for young travelers. The city plans to open two more night-time pedestrian zones by the end of the year."),
], mode="p")

PAGE = dict(
    id="xz-17", kind="media", lang="en", region="湖南", site="Hunan Now (English site of a Hunan outlet)",
    features="English page; headline broken over two lines (<br>), joined with one space; “By Li Wen and Zhou Yingying”; "
             "photo credit “[Photo by …]” not an author line and not body; “Updated:” date; editor line; most-read list",
    title_tag="Changsha night markets draw record crowds as summer tourism heats up - Hunan Now",
    css=styles.ENGLISH,
    meta={"description": "Changsha's night markets received more than 4.2 million visits in the first three weeks of July."},
    authors=["Li Wen", "Zhou Yingying"],
    publish_time="2024-07-22 09:12",
    parts=[
        '<div class="topnav"><div class="w"><a href="#">中文</a><a href="#">Newsletter</a><a href="#">Mobile</a><a href="#">About Us</a></div></div>',
        '<div class="w"><div class="mast"><div class="logo">HUNAN NOW</div>' + search("Search", button="Go") + "</div>",
        '<div class="sections"><a href="#">Home</a><a href="#">News</a><a href="#">Business</a><a href="#">Culture</a><a href="#">Travel</a>'
        '<a href="#">Photos</a><a href="#">Video</a><a href="#">Expats</a></div>',
        crumbs(["Home", "Travel"], label="", sep=" / "),
        '<div class="main">',
        HL,
        '<div class="info"><span>By Li Wen and Zhou Yingying</span> <span>Source: Hunan Now</span> <span>Updated: 2024-07-22 09:12</span></div>',
        BODY,
        '<p class="pic-note" style="text-align:left">Editor: Tan Xin</p>',
        '<div>Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">WeChat</a></div>',
        "</div>",
        '<div class="side"><h3>Most Read</h3><ol><li><a href="#">Zhangjiajie glass bridge reopens after upgrade</a></li>'
        '<li><a href="#">Changsha night markets draw record crowds</a></li><li><a href="#">Hunan\'s chili exports hit new high</a></li>'
        '<li><a href="#">Yueyang port container volume tops 1m TEU</a></li></ol><h3>Follow Us</h3>' + img("QR code") + "<p>Scan to follow us on WeChat</p></div>",
        "</div>",
        footer(["Copyright © Hunan Now. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to Hunan Now.",
                "湘ICP备12005168号-5　<a href=\"#\">About Us</a> | <a href=\"#\">Contact Us</a>"]),
    ],
)
