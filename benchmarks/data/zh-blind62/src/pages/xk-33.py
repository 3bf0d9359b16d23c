# Evening-paper e-paper: 引题 + two-line 主题 + 副题; byline "文/本报记者 孙宇"; photo caption with 摄; info bar
# "2024年10月17日 星期四 | 第05版：城事" after the stack; 版面导航 after the article.
from lib import *

TITLE = ["张家湾设计小镇", "再添三处公共阅读空间"]

blocks = [
    ("p", "记者昨天从通州区获悉，张家湾设计小镇内3处新的公共阅读空间近日建成开放，"
          "分别位于城市绿心森林公园东门、设计小镇展示中心和张湾村城市书房，总面积约1800平方米，藏书4.2万册。"),
    ("img", "张湾村城市书房", "市民在张湾村城市书房阅读。本报记者 陈　光 摄"),
    ("p", "走进由老厂房改造而成的张湾村城市书房，红砖墙、钢结构屋顶保留着工业遗存的痕迹，书架沿墙而立，"
          "落地窗外就是萧太后河。“以前这里是废弃的仓库，现在成了周末带孩子来的好去处。”家住附近的刘女士说。"),
    ("p", "据介绍，3处阅读空间均实行“通借通还”，读者可凭身份证或读者证借阅，借阅数据与首都图书馆联盟互通。"
          "其中，森林公园东门的阅读空间实行24小时开放，设有自助借还机和夜间照明。"),
    ("p", "今年以来，通州区已建成各类公共阅读空间68处，基本形成“15分钟阅读圈”。"
          "区文化和旅游局相关负责人表示，下一步将推动阅读空间与咖啡、文创、展览等业态融合，常态化开展读书会、讲座等活动。"),
]
body = Body(blocks, dict(container="p", indent="ideo"))

html = doc("京华晚报数字报", CSS_EPAPER + ".ptop{background:#1d3f73}", div("".join([
    div(div(esc("京华晚报"), "pname") + div(links(["首页", "往期", "版面导航", "标题导航"], sep=" | ", tag=None)), "ptop"),
    div("".join([
        div("".join([
            div(esc("城市副中心"), "yinti"),
            title_html(TITLE),
            div(esc("累计建成公共阅读空间68处，基本形成“15分钟阅读圈”"), "futi"),
            div(esc("2024年10月17日 星期四 | 第05版：城事"), "author"),
            div(esc("文/本报记者 孙宇"), "author"),
            body.html,
            div(links(["上一篇", "下一篇"], sep="　", tag=None), "nav2"),
        ]), "artcol"),
        div("".join([
            div(img("第05版：城事"), "pageimg"),
            div(t("h4", "版面导航") + "　".join(a(p) for p in ["01：头版", "02：要闻", "03：要闻", "04：城事", "05：城事",
                                                              "06：热线", "07：天下", "08：副刊"]), "pagenav"),
            div(t("h4", "本版新闻") + ul(["张家湾设计小镇再添三处公共阅读空间", "通州新增两条微循环公交", "运河畔将办秋季音乐会"]),
                "titlelist"),
        ]), "pagecol"),
    ]), "cols"),
    div(esc("京华晚报社主办　版权所有　京ICP备08012275号"), "pfoot"),
]), "paper"))

PAGE = dict(
    id="xk-33", kind="e-paper", lang="zh", title=TITLE,
    authors=["孙宇"], publish_time="2024年10月17日 星期四",
    body=body, html=html,
    features="evening-paper e-paper; 引题, two-line 主题 (joined), 副题; date-and-page line with weekday; “文/本报记者 孙宇” "
             "byline; photo caption with photographer; quoted speech; page navigation and 本版新闻 list after the article.",
)
