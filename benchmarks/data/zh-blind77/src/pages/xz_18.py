# English page of a Gansu outlet (Gansu Today) — Xinhua wire copy, no author
from kit import *
import styles

CSS = styles.ENGLISH.replace("#1a3c6e", "#7a2e0e")

HL = Headline("Dunhuang tests AI tour guides at Mogao Grottoes", lang="en")

BODY = Body([
    P("LANZHOU, Sept. 10 (Xinhua) -- Visitors to the Mogao Grottoes in Dunhuang, northwest China's Gansu Province, can now ask an AI-powered guide about the murals and statues they see, as part of a trial program launched on Tuesday."),
    P("The digital guide, available through a mini-program on visitors' phones, can answer questions in Chinese and English about the history of 30 caves open to the public, the painting techniques used by ancient artists and the Buddhist stories depicted on the walls."),
    P("\"Our human guides can only lead a limited number of groups each day, especially during the peak season,\" said a staff member at the visitor center. \"The AI guide is not a replacement, but it helps visitors who want to learn more before and after their visit.\""),
    P("The system was trained on research materials accumulated by conservation experts over decades. Answers are reviewed by a team of researchers before being added to the database, and the guide tells visitors when a question is beyond its knowledge, the staff member said."),
    P("The Mogao Grottoes, a UNESCO World Heritage Site, contain more than 700 caves with some 45,000 square meters of murals. To protect the fragile artworks, the site limits daily visitor numbers and requires advance booking."),
    P("The trial will run until the end of November, after which the program may be extended to other grotto sites in the province."),
], mode="p")

PAGE = dict(
    id="xz-18", kind="media", lang="en", region="甘肃", site="Gansu Today (English site of a Gansu outlet)",
    features="English page; wire copy “LANZHOU, Sept. 10 (Xinhua) --” with no named writer (authors []); headline with “AI”; "
             "info bar “Xinhua | Updated: 2024-09-10 16:05”; related stories with rewritten headline",
    title_tag="Dunhuang tests AI tour guides at Mogao Grottoes | Gansu Today",
    css=CSS,
    meta={"description": "Visitors to the Mogao Grottoes can now ask an AI-powered guide about the murals."},
    authors=[],
    publish_time="2024-09-10 16:05",
    parts=[
        '<div class="topnav"><div class="w"><a href="#">中文版</a><a href="#">Gansu Government</a><a href="#">App</a></div></div>',
        '<div class="w"><div class="mast"><div class="logo">GANSU TODAY</div>' + search("Search", button="Search") + "</div>",
        '<div class="sections"><a href="#">Home</a><a href="#">Gansu</a><a href="#">Silk Road</a><a href="#">Culture</a><a href="#">Business</a><a href="#">Travel</a></div>',
        crumbs(["Home", "Culture"], label="You are here: ", sep=" &gt; "),
        '<div class="main">',
        HL,
        '<div class="info"><span>Xinhua</span> <span>|</span> <span>Updated: 2024-09-10 16:05</span></div>',
        BODY,
        '<div><b>Related stories</b><ul><li><a href="#">AI guides debut at Mogao caves in Dunhuang</a></li>'
        '<li><a href="#">Digital Dunhuang archive adds new cave scans</a></li><li><a href="#">Gansu sees tourism boom along Hexi Corridor</a></li></ul></div>',
        "</div>",
        '<div class="side"><h3>Travel</h3><ul><li><a href="#">Camel rides at Crescent Spring</a></li><li><a href="#">Zhangye Danxia in autumn</a></li>'
        '<li><a href="#">Lanzhou beef noodles: a guide</a></li></ul></div>',
        "</div>",
        footer(["Copyright © Gansu Today. All Rights Reserved.", "陇ICP备09004127号-2"]),
    ],
)
