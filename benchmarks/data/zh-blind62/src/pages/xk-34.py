# City daily e-paper: 会议 news "本报讯（记者 A B）" in the first paragraph; 主题 + 副题 only; "发布日期：2024-11-14"
# label in the article meta; 版次 list as a table; 本版标题 list.
from lib import *

TITLE = ["市政府召开常务会议"]

blocks = [
    ("p", "本报讯（记者 韩　雪 曹　磊）昨日，市长陈德华主持召开市政府常务会议，研究加快建设国际消费中心城市、"
          "做好今冬明春安全生产等工作。"),
    ("p", "会议指出，建设国际消费中心城市是扩大内需的重要抓手。要加快推进金街、意风区等重点商圈改造提升，"
          "引进更多首店、旗舰店，办好海河国际消费季等活动；要发展夜间经济、假日经济，丰富文旅消费场景，"
          "持续释放消费潜力。"),
    ("p", "会议强调，岁末年初是安全生产事故易发多发期，各区各部门要紧盯燃气、消防、道路交通、建筑施工等重点领域，"
          "深入开展隐患排查整治，严格落实安全生产责任制，坚决防范遏制重特大事故发生。"),
    ("p", "会议审议通过了《天津市公共数据授权运营管理办法（试行）》。会议要求，要在确保数据安全的前提下，"
          "有序推进公共数据授权运营，优先开放交通、气象、医疗等领域数据，更好服务企业发展和群众生活。"),
    ("p", "会议还研究了其他事项。"),
]
body = Body(blocks, dict(container="p", indent="ideo"))

pages = [("第1版", "要闻"), ("第2版", "要闻"), ("第3版", "天津新闻"), ("第4版", "专版"), ("第5版", "经济")]
pnav = t("table", "".join(t("tr", t("td", a(p)) + t("td", esc(n))) for p, n in pages), "pnav")
html = doc("津沽日报数字版", CSS_EPAPER + ".ptop{background:#0e4c92}.futi{font-size:18px}", div("".join([
    div(div(esc("津沽日报"), "pname") + div(esc("2024年11月14日")) + search("检索", "检索"), "ptop"),
    div("".join([
        div(div(img("版面图"), "pageimg") + pnav, "pagecol"),
        div("".join([
            title_html(TITLE),
            div(esc("研究加快建设国际消费中心城市等工作"), "futi"),
            div(esc("发布日期：2024-11-14　版次：第1版　作者：韩雪 曹磊"), "author"),
            body.html,
            div(t("h4", "本版标题") + ul(["市政府召开常务会议", "我市举行重大项目集中签约活动", "海河国际消费季开幕"]), "titlelist"),
        ]), "artcol"),
    ]), "cols"),
    div(esc("津沽日报社版权所有　津ICP备09021648号-1"), "pfoot"),
]), "paper"))

PAGE = dict(
    id="xk-34", kind="e-paper", lang="zh", title=TITLE,
    authors=["韩雪", "曹磊"], publish_time="2024-11-14",
    body=body, html=html,
    features="city daily e-paper; short generic 主题 with a 副题; meta line with 发布日期, 版次 and 作者 (names also spaced in "
             "本报讯（记者 韩　雪 曹　磊）); page list as a table; 本版标题 list repeating the headline.",
)
