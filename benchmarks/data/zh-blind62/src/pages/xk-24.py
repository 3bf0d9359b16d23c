# English portal of a Shandong outlet carrying wire copy: "Source: Xinhua | Editor: …" and a time-first date;
# dateline "JINAN, Sept. 12 (Xinhua) --" in the first paragraph; no named writer, so authors [].
from lib import *

TITLE = ["Shandong extends cross-border e-commerce pilot zones to all 16 cities"]

blocks = [
    ("p", "JINAN, Sept. 12 (Xinhua) -- East China's Shandong Province has extended its cross-border e-commerce "
          "comprehensive pilot zones to all of its 16 cities, local authorities said Thursday."),
    ("p", "The newly approved zones in Dezhou, Liaocheng and Heze will enjoy the same policies as existing ones, "
          "including simplified customs clearance, tax rebates for exports and support for overseas warehouses, "
          "according to the provincial department of commerce."),
    ("p", "Shandong's cross-border e-commerce trade reached 98.6 billion yuan (about 13.9 billion U.S. dollars) "
          "in the first eight months of the year, up 17.2 percent year on year. Exports accounted for nearly 80 percent of the total."),
    ("p", "The province now has 126 overseas warehouses in more than 30 countries and regions. Small manufacturers of "
          "tires, home textiles and agricultural machinery have been among the biggest beneficiaries, officials said."),
    ("p", "The department said it would help local firms build brands, train 10,000 e-commerce professionals by 2025 "
          "and encourage banks to offer credit tailored to small exporters."),
]
body = Body(blocks, dict(container="p", indent="none"))

html = doc(TITLE[0] + " - Shandong Now", CSS_EN + ".article-content p{text-indent:0}", "".join([
    div(links(["中文", "Home", "About Shandong", "Contact"], sep=" | ", tag=None), "topline"),
    div(div("SHANDONG NOW", "brand") + search("Keywords", "Search"), "mast"),
    div(ul(["Home", "News", "Business", "Culture", "Travel", "Cities", "Photos"]), "sections"),
    div(div("".join([
        crumb(["Home", "News", "Business"], prefix="You are here: ", sep=" > ", last_plain=False),
        title_html(TITLE, "h1"),
        div(esc("Source: Xinhua | Editor: Wang Xiaoyu | Published: 09:17, September 12, 2024"), "info"),
        body.html,
        div(links(["Print", "Share", "Close"], sep=" | ", tag=None), "tools"),
        listbox("Latest News", [("Qingdao port handles record container volume", "2024-09-11"),
                                ("Shandong launches autumn tourism season", "2024-09-10")], more="More"),
    ]), "story") + div(listbox("Cities", ["Jinan", "Qingdao", "Yantai", "Weifang", "Linyi", "Heze"], more=None), "rail"),
        "main"),
    div("".join([
        t("p", esc("Copyright © Shandong Now. All Rights Reserved.")),
        t("p", esc("鲁ICP备09012531号-7　鲁公网安备 37010202001590号")),
    ]), "footer"),
]), lang="en")

PAGE = dict(
    id="xk-24", kind="media", lang="en", title=TITLE,
    authors=[], publish_time="09:17, September 12, 2024",
    body=body, html=html,
    features="English provincial portal carrying wire copy; one info line “Source | Editor | Published: time, date”; "
             "dateline (Xinhua) -- opening the first paragraph; no named writer (authors []); Print/Share/Close tools.",
)
