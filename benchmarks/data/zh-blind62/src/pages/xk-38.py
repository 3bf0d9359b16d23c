# State-owned enterprise group site (2022 design): 党委 中心组 study news; info bar with 来源, 作者, 通讯员 and a time
# with seconds, labels spaced by U+3000; list lines; the 编辑 line at the end is not an author.
from lib import *

TITLE = ["集团党委理论学习中心组开展专题学习"]

blocks = [
    ("p", "6月27日，集团党委理论学习中心组召开2024年第6次集体学习会议，围绕“以科技创新引领交通产业转型升级”开展专题学习研讨。"
          "集团党委书记、董事长孔德明主持会议并讲话。"),
    ("p", "会议邀请省交通科学研究院专家作专题辅导，围绕智慧高速、车路协同、低空经济等前沿领域作了深入讲解。"
          "中心组成员结合分管工作逐一作交流发言。"),
    ("p", "孔德明指出，科技创新是企业赢得未来的关键。集团上下要把创新摆在发展全局的核心位置，重点抓好三方面工作："),
    ("lines", ["一是加大研发投入，力争到2025年研发投入强度达到2.5%以上；",
               "二是推进智慧交通示范工程建设，年内建成济青中线智慧高速试验段；",
               "三是深化科技人才体制机制改革，落实科研人员成果转化收益分配政策。"]),
    ("p", "会议强调，各单位要把学习成果转化为推动高质量发展的实际成效，聚焦年度目标任务，以奋发有为的精神状态抓好下半年各项工作。"),
    ("p", "集团领导班子成员，总经理助理，总法律顾问参加学习；集团各部门主要负责人列席会议。"),
    ("nb", "编辑：邵　华", "editor"),
]
body = Body(blocks, dict(container="div", indent="css"))

html = doc(TITLE[0] + "_齐鲁交通发展集团", CSS_GOV_MODERN.replace("#a9151b", "#004ea2") + """
.article-content div{text-indent:2em;margin-bottom:14px}.article-content .editor{text-align:right}
""", "".join([
    div(div(span("齐鲁交通发展集团有限公司") + div(links(["OA登录", "邮箱", "English"], sep=" | ", tag=None)), "in"), "toolbar"),
    div(div(div("齐鲁交通", "site-name") + search("请输入关键词", "搜索"), "in"), "head"),
    div(ul(["首页", "走进集团", "新闻中心", "党的建设", "业务板块", "科技创新", "社会责任", "人才招聘"]), "nav"),
    div("".join([
        crumb(["首页", "党的建设", "党建动态"], prefix="当前位置：", sep=" > ", last_plain=False),
        title_html(TITLE),
        div(esc("来源：党委宣传部　作者：高　翔　通讯员：孟凡超　发布时间：2024-06-28 16:47:31　阅读："), "info"),
        body.html,
        div(esc("上一篇：") + a("集团召开2024年安全生产月动员会") + esc("　下一篇：") + a("集团与省交通科学研究院签署战略合作协议"), "prevnext"),
    ]), "container"),
    div("".join([
        t("p", esc("版权所有：齐鲁交通发展集团有限公司　地址：济南市历下区龙奥北路9号")),
        t("p", esc("鲁ICP备15006289号-1　鲁公网安备 37010202002218号")),
        qr([("微信公众号", "集团微信公众号")]),
    ]), "footer"),
]))

PAGE = dict(
    id="xk-38", kind="institution", lang="zh", title=TITLE,
    authors=["高翔", "孟凡超"], publish_time="2024-06-28 16:47:31",
    body=body, html=html,
    features="state-enterprise 党建 news; info bar with 来源 (an office), 作者 (spaced), 通讯员 and seconds; <div> paragraphs; "
             "一是/二是/三是 list lines; many officials named in the body; 编辑 line; prev/next on one line.",
)
