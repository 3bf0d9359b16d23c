# Provincial daily e-paper (2010s table layout): a speech; 主题 + 副题 "——在…上的讲话" + speaker line + date line;
# salutation paragraph; 版次 select and 本版标题 list; the speaker is the author.
from lib import *

TITLE = ["凝聚智慧力量 助推高质量发展"]

blocks = [
    ("p", "各位委员，同志们："),
    ("p", "政协河北省第十三届委员会第二次会议，在中共河北省委的坚强领导下，经过全体委员的共同努力，圆满完成了各项议程，就要闭幕了。"
          "会议期间，委员们认真履行职责，围绕全省工作大局积极建言献策，共提交提案812件，大会发言和书面发言136篇，"
          "体现了强烈的政治责任感和使命感。"),
    ("p", "过去一年，省政协聚焦京津冀协同发展、雄安新区建设、乡村振兴等重大课题，开展专题调研46项，"
          "形成调研报告和建议案31篇，一批意见建议被省委、省政府采纳，转化为推动工作的具体举措。"),
    ("p", "新的一年，我们要坚持团结和民主两大主题，把协商民主贯穿履职全过程。一要聚焦中心任务深化议政建言，"
          "围绕产业转型升级、科技创新、县域经济发展等开展协商议政；二要聚焦民生关切助推解决实际问题，"
          "在养老托育、教育医疗等方面多办实事；三要聚焦团结奋斗广泛凝聚共识，做好联系群众、服务群众工作。"),
    ("p", "各位委员，同志们！让我们更加紧密地团结在党中央周围，守正创新、担当作为，为加快建设经济强省、美丽河北作出新的更大贡献！"),
]
body = Body(blocks, dict(container="p", indent="ideo"))

opts = "".join(t("option", esc(x), selected="selected") if x.startswith("第03") else t("option", esc(x))
               for x in ["第01版：要闻", "第02版：要闻", "第03版：要闻", "第04版：专版"])
html = doc("凝聚智慧力量 助推高质量发展--燕赵日报", CSS_EPAPER, "".join([
    t("table", "".join([
        t("tr", t("td", t("b", "燕赵日报") + esc("　2024年01月25日　星期四"), colspan="2") , "ptop"),
        t("tr", t("td", "".join([
            div(esc("当前版：03") + t("select", opts), "curpage"),
            div(img("版面缩略图"), "pageimg"),
            div(t("h4", "本版标题") + ul(["凝聚智慧力量 助推高质量发展", "政协河北省第十三届委员会第二次会议决议",
                                         "省政协十三届二次会议闭幕"]), "titlelist"),
        ]), width="300", valign="top") + t("td", "".join([
            title_html(TITLE, "div"),
            div(esc("——在政协河北省第十三届委员会第二次会议闭幕会上的讲话"), "futi"),
            div(esc("钱俊峰"), "author"),
            div(esc("（2024年1月24日）"), "author"),
            body.html,
            div(esc("【") + a("打印") + esc("】【") + a("关闭") + esc("】"), "tools"),
        ]), valign="top")),
        t("tr", t("td", esc("燕赵日报社版权所有　冀ICP备06027635号　本网站所刊载信息不代表本报观点"), "pfoot", colspan="2")),
    ]), None, width="1200", align="center", style="background:#fff"),
]))

PAGE = dict(
    id="xk-32", kind="e-paper", lang="zh", title=TITLE,
    authors=["钱俊峰"], publish_time="2024年01月25日 星期四",
    body=body, html=html,
    features="speech in an e-paper, 2010s table layout; 主题 with an internal space, 副题 “——在…上的讲话”, speaker line "
             "and (date) line (speaker is the author; speech date is not the publish time); salutation paragraph; "
             "版次 <select>; 本版标题 list before the article repeating the headline.",
)
