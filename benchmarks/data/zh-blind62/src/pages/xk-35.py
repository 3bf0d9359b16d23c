# County newspaper e-paper (县报 数字报): 本报讯（通讯员 A 记者 B） in the first paragraph; 引题 + 主题; page list;
# date "2024年12月06日" in the top bar and the meta; previous/next article links with titles.
from lib import *

TITLE = ["我县“村村通”客运公交全面开通"]

blocks = [
    ("p", "本报讯（通讯员 魏立新 记者 崔　颖）12月5日，随着3辆新能源公交车驶出县公交公司场站，"
          "我县最后两条农村客运公交线路正式开通运营，全县226个行政村实现“村村通”客运公交。"),
    ("p", "新开通的两条线路分别为县城至东海镇线和县城至王家铺线，全程票价均为2元，每天往返各8个班次。"
          "“以前去县城要走3里地到国道边等车，现在公交车开到了村口，老人看病、孩子上学都方便了。”东海镇西庄村村民赵大爷说。"),
    ("p", "据了解，我县从2022年起实施农村客运公交化改造，累计投入资金3600万元，购置新能源公交车86辆，"
          "新建和改造农村公交候车亭312个。同时，推行“客货邮”融合发展，利用公交车辆捎带邮件快递，"
          "打通农村物流“最后一公里”。"),
    ("p", "县交通运输局相关负责人表示，下一步将根据群众出行需求，动态优化线路和班次，探索开通赶集、学生、就医等定制公交，"
          "让农村群众出行更便捷、更舒心。"),
]
body = Body(blocks, dict(container="br", indent="ideo", brbr=True))

html = doc("滦南时报", CSS_EPAPER + ".ptop{background:#226633}", div("".join([
    div(div(esc("滦南时报"), "pname") + div(esc("2024年12月06日")) + div(links(["往期回顾", "报纸首页"], sep=" ", tag=None)), "ptop"),
    div("".join([
        div("".join([
            div(esc("A1版：要闻"), "curpage"),
            div(img("A1版：要闻"), "pageimg"),
            div("".join(div(a(x)) for x in ["A1：要闻", "A2：综合", "A3：经济", "A4：文化"]), "pagenav"),
        ]), "pagecol"),
        div("".join([
            div(esc("全县226个行政村实现公交通达"), "yinti"),
            title_html(TITLE),
            div(esc("2024年12月06日　来源：滦南时报　A1版"), "author"),
            body.html,
            div(esc("上一篇：") + a("县委常委会召开扩大会议") + t("br") + esc("下一篇：") + a("我县冬季清洁取暖保障有力"), "nav2"),
        ]), "artcol"),
    ]), "cols"),
    div(esc("滦南时报社　地址：滦南县友谊路12号　冀ICP备13019427号"), "pfoot"),
]), "paper"))

PAGE = dict(
    id="xk-35", kind="e-paper", lang="zh", title=TITLE,
    authors=["魏立新", "崔颖"], publish_time="2024年12月06日",
    body=body, html=html,
    features="county-paper e-paper; 引题 + 主题; 本报讯（通讯员 … 记者 …） with 通讯员 first and a spaced name; "
             "paragraphs split by <br><br> with U+3000 indents; quoted speech; 上一篇/下一篇 with titles.",
)
