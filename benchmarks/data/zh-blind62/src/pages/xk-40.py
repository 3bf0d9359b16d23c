# Court site (2021 design): news of a concentrated enforcement action; info bar "作者：曹阳 孟琪　供稿：执行局"
# (供稿 unit not an author); 法官 quote; 以案释法 box after the body (not body); 责任编辑.
from lib import *

TITLE = ["宁河法院开展涉民生案件集中执行行动"]

blocks = [
    ("p", "为切实保障群众合法权益，11月以来，天津市宁河区人民法院开展涉民生案件集中执行行动，"
          "重点针对追索劳动报酬、赡养费、抚养费、人身损害赔偿等案件，集中力量攻坚。"),
    ("p", "行动期间，该院执行局组建4个执行小组，采取“错时执行”“夜间执行”等方式，先后出动干警126人次、警车38台次，"
          "执结涉民生案件87件，执行到位金额632万元，其中为56名农民工追回工资款186万元。"),
    ("p", "在一起追索劳动报酬案件中，被执行人某建筑劳务公司拖欠12名工人工资共计37万元，判决生效后拒不履行。"
          "执行干警通过网络查控发现该公司有一笔工程款即将到账，随即依法冻结，并约谈公司负责人。"
          "在强大的执行压力下，该公司当天即将全部欠款交至法院，工人们拿到了盼望已久的工资。"),
    ("p", "“涉民生案件标的额虽然不大，却关系到当事人的基本生活。”该院执行局局长郑宏说，"
          "对有履行能力却拒不履行的被执行人，法院将依法采取纳入失信名单、限制高消费、司法拘留等措施，"
          "构成拒不执行判决、裁定罪的，依法追究刑事责任。"),
]
body = Body(blocks, dict(container="p", indent="css"))

html = doc(TITLE[0] + "-天津市宁河区人民法院", CSS_GOV_MODERN.replace("#a9151b", "#8b0000") + """
.yaf{background:#f7f3e8;border:1px solid #e3d6b0;padding:10px 20px;margin-top:20px}
""", "".join([
    div(div(span("天津法院网 | 宁河区人民法院") + div(links(["无障碍", "长者模式", "诉讼服务"], sep=" ", tag=None)), "in"), "toolbar"),
    div(div(div("天津市宁河区人民法院", "site-name") + search("请输入关键字", "搜索"), "in"), "head"),
    div(ul(["首页", "法院动态", "审判执行", "司法公开", "诉讼服务", "法治宣传", "队伍建设"]), "nav"),
    div("".join([
        crumb(["首页", "法院动态", "执行工作"], prefix="当前位置：", sep=" > ", last_plain=False),
        title_html(TITLE),
        div(span("作者：曹阳 孟琪") + span("供稿：执行局") + span("发布时间：2024-11-28 10:03") + span("浏览量：537"), "info"),
        body.html,
        div(t("h4", "以案释法") + t("p", esc("根据《中华人民共和国刑法》第三百一十三条规定，对人民法院的判决、裁定有能力执行而拒不执行，"
                                           "情节严重的，处三年以下有期徒刑、拘役或者罚金。")), "yaf"),
        div(esc("责任编辑：魏　然"), "tools"),
        listbox("相关新闻", [("宁河法院召开执行工作推进会", "2024-11-15"), ("宁河法院发布拒执犯罪典型案例", "2024-10-30")], more=None,
                cls="related"),
    ]), "container"),
    div("".join([
        t("p", esc("天津市宁河区人民法院　地址：天津市宁河区芦台镇光明路21号　诉讼服务热线：12368")),
        t("p", esc("津ICP备11008437号-2　津公网安备 12011702000183号")),
    ]), "footer"),
]))

PAGE = dict(
    id="xk-40", kind="institution", lang="zh", title=TITLE,
    authors=["曹阳", "孟琪"], publish_time="2024-11-28 10:03",
    body=body, html=html,
    features="court news; info bar in flex spans with 作者 (two names), 供稿 unit, 发布时间 and 浏览量; quoted judge; "
             "以案释法 legal box after the body (not body); 责任编辑 line; related list.",
)
