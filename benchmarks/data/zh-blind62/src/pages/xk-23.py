# English-language site of a Beijing outlet: two-line headline, "By … and …" byline, "Updated:" time, photo
# caption with photographer in brackets, "Editor:" line, pull quote (not body), "Related" list.
from lib import *

TITLE = ["Beijing to open 1,000 more community", "canteens for seniors by end of 2025"]

blocks = [
    ("img", "canteen", "A volunteer serves lunch to residents at a community canteen in Dongcheng district. [Photo by Chen Lu/Beijing Daily]"),
    ("p", "Beijing plans to open 1,000 more community canteens for the elderly by the end of next year, "
          "bringing affordable, nutritious meals within a 15-minute walk of most older residents, "
          "the city's civil affairs bureau said on Wednesday."),
    ("p", "The capital had about 1,800 such canteens at the end of April, serving more than 120,000 meals a day. "
          "Residents aged 60 or above pay a discounted price, while those over 80 and low-income seniors receive "
          "an additional subsidy of 3 yuan per meal."),
    ("p", "\"Many older people live alone, and cooking three meals a day is a real burden for them,\" "
          "said Wu Ping, a deputy director of the bureau. \"A hot meal nearby is one of the services they ask for most.\""),
    ("p", "Under the plan, new canteens will give priority to old residential compounds in the city's central districts "
          "and to suburban villages with large elderly populations. Restaurants and property management companies "
          "are encouraged to set up meal points, and delivery will be offered to those with limited mobility."),
    ("p", "The bureau said it will also introduce a rating system for canteens, covering food safety, prices and "
          "residents' satisfaction, with the results linked to government subsidies."),
    ("nb", "Editor: Zhou Xin", "editor"),
]
body = Body(blocks, dict(container="p", indent="none"))

html = doc("Beijing to open 1,000 more community canteens for seniors by end of 2025 - Capital English", CSS_EN + """
.article-content p{text-indent:0}.caption{font-style:italic}
.pull{font-size:22px;color:#0d2a4e;border-left:4px solid #0d2a4e;padding-left:12px}
""", "".join([
    div(links(["Home", "Chinese", "E-paper", "Mobile", "Subscribe"], sep=" | ", tag=None), "topline"),
    div(div("CAPITAL ENGLISH", "brand") + search("Search", "Go"), "mast"),
    div(ul(["News", "Beijing", "Business", "Culture", "Travel", "Opinion", "Video"]), "sections"),
    div(div("".join([
        crumb(["Home", "Beijing", "Community"], prefix="", sep=" / ", last_plain=False),
        title_html(TITLE),
        div(span("By Li Wen and Zhang Yu") + span("|") + span("Beijing Daily") + span("|") + span("Updated: 2024-05-16 10:12"),
            "info"),
        div(links(["Facebook", "X", "LinkedIn", "Email"], sep=" ", tag=None), "share"),
        body.html,
        div(esc("\u201cA hot meal nearby is one of the services they ask for most.\u201d"), "pull"),
        listbox("Related Stories", ["Beijing expands home-care beds for elderly residents",
                                    "Capital to build more barrier-free facilities in old communities"], more=None),
    ]), "story") + div(listbox("Most Popular", ["Subway Line 3 phase I opens", "Summer Palace extends hours",
                                                "Beijing issues heat alert"], more=None), "rail"), "main"),
    div("".join([
        t("p", links(["About Us", "Contact Us", "Terms of Use", "Privacy"], sep=" | ", tag=None)),
        t("p", esc("Copyright © Capital English. All rights reserved. 京ICP备10017351号-5")),
    ]), "footer"),
]), lang="en")

PAGE = dict(
    id="xk-23", kind="media", lang="en", title=TITLE,
    authors=["Li Wen", "Zhang Yu"], publish_time="2024-05-16 10:12",
    body=body, html=html,
    features="English page of a Beijing outlet; two-line headline (joined with one space); By … and … byline with outlet "
             "and Updated: time in one bar; photo caption with [Photo by …]; quoted speech; Editor: line; pull quote "
             "repeating a body sentence after the body.",
)
