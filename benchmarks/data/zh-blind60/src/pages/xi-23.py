from kit import *

T = "Yunnan's flower market blooms as exports to Southeast Asia surge"
PAGE = Page(
    id="xi-23", kind="media", lang="en", site="China Daily", title=T,
    authors=["Li Yingqing", "Zhang Xiaomin"], publish_time="2025-05-14 08:47",
    features="English page of a central outlet: By A and B in Kunming | China Daily | Updated: … byline bar, "
             "share buttons, photo caption with [Photo by …/For China Daily] (a photographer, not an author) before the text, "
             "quotes, print-edition line (China Daily 05/14/2025 page 12) after it, 'Most Viewed in 24 Hours' list.",
    css=CSS_MEDIA.replace("PingFang SC", "Georgia") + ".top{background:#0d3b66}.logo{color:#0d3b66;font-family:Georgia}.byline{color:#555;font-size:14px}",
    html_title=T + " - Chinadaily.com.cn",
    head=[
        '<div class="top"><div class="w"><a href="#">Global Edition</a> <a href="#">China Edition</a> <a href="#">ASIA</a> <a href="#">中文</a> <a href="#">Subscribe</a></div></div>\n',
        '<div class="w"><div class="logo">CHINA DAILY</div>\n',
        ul(["HOME", "CHINA", "WORLD", "BUSINESS", "LIFESTYLE", "CULTURE", "TRAVEL", "OPINION", "REGIONAL"], "nav"),
        search("Search", "GO"),
        crumbs(["Home", "China", "Regional"], prefix="", sep=" / "),
        '<div class="left">\n',
        f"<h1>{T}</h1>\n",
        '<div class="byline">By Li Yingqing and Zhang Xiaomin in Kunming | China Daily | Updated: 2025-05-14 08:47</div>\n',
        share("", ["Share", "Facebook", "Twitter", "LinkedIn", "More"]),
    ],
    body=[
        IMG("Flower auction", "Buyers bid for cut flowers at an auction center in Dounan, Kunming, Yunnan province. [Photo by Yang Zheng/For China Daily]"),
        P("Every afternoon at 3 pm, the trading floor of the Dounan Flower Auction Center in Kunming, capital of Yunnan province, comes alive as buyers "
          "sitting in front of rows of screens press buttons to bid for roses, carnations and lilies that will arrive in shops across Asia within 48 hours."),
        P("Yunnan, which produces about 70 percent of China's fresh cut flowers, exported flowers worth 1.2 billion yuan ($166 million) in the first four months "
          "of the year, up 18 percent year-on-year, according to Kunming Customs. Thailand, Vietnam, Singapore and Malaysia are the main destinations."),
        P("\"The China-Laos Railway has changed the game for us,\" said Zhao Lihua, general manager of a flower export company in Kunming. "
          "\"Cold-chain trains can now take our flowers to Vientiane overnight and then on to Bangkok, which is much cheaper than air freight.\""),
        P("Ma Jun, a rose grower in Jinning district, said his 20 mu (1.3 hectares) of greenhouses now grow mostly domestic varieties. "
          "\"They adapt better to our climate and sell for good prices in Southeast Asia,\" he said."),
    ],
    tail=[
        '<div class="editor">(China Daily 05/14/2025 page 12)</div>\n',
        related("Most Viewed in 24 Hours", ["Kunming railway hub handles record freight volume", "Tea growers in Pu'er embrace e-commerce",
                                            "Wild elephants in Xishuangbanna monitored by drones"]),
        "</div>\n<div class='right'>", related("Top Stories", ["Premier stresses stable growth", "New rules for foreign investment", "Summer travel boom expected"]), "</div>\n",
        '<div class="clear"></div></div>\n',
        footer(["About China Daily | Advertise on Site | Contact Us | Job Offer | Expat Employment",
                "Copyright 1994 - 2025. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) "
                "published in this site belongs to China Daily Information Co (CDIC).",
                "License for publishing multimedia online 0108263　Registration Number: 130349"]),
    ],
)
