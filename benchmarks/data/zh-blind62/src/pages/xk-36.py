# University news site (2019 design, left column menu): info bar with 作者, 摄影, 来源, 审核, 发布时间 and 点击数
# glued in one line under the headline; sub-headings; the photographer and reviewer are not authors.
from lib import *

TITLE = ["学校召开2024年本科教育教学工作会议"]

blocks = [
    ("p", "9月9日下午，学校2024年本科教育教学工作会议在图书馆报告厅召开。校党委书记周建民、校长马志刚出席会议并讲话，"
          "副校长宋晓燕主持会议。全体校领导、各学院院长和教学副院长、职能部门负责人及教师代表共200余人参加会议。"),
    ("h", "总结成绩 查找差距"),
    ("p", "宋晓燕代表学校作本科教育教学工作报告。报告指出，过去一年，学校新增国家级一流本科专业建设点3个、省级一流课程18门，"
          "学生在“互联网+”大学生创新创业大赛等赛事中获国家级奖项27项。同时，报告也指出了专业结构与地方产业需求匹配度不高、"
          "实践教学条件不足等问题。"),
    ("h", "深化改革 提升质量"),
    ("p", "马志刚强调，本科教育是学校的立校之本。要以新一轮审核评估为契机，推进专业动态调整，"
          "三年内撤销或停招就业率低、社会需求小的专业6个左右；要深化课堂教学改革，推动教授全员为本科生授课。"),
    ("p", "周建民指出，全校上下要牢固树立“以本为本”理念，把人才培养质量作为检验办学水平的根本标准，"
          "在政策、经费、资源配置上向本科教学倾斜，努力培养更多服务京津冀协同发展的高素质应用型人才。"),
    ("p", "会上，文学院、数学与信息科学学院等4个单位作交流发言，学校为2023—2024学年教学优秀奖获得者颁奖。"),
]
body = Body(blocks, dict(container="p", indent="css", heading="h4"))

html = doc(TITLE[0] + "-冀中师范大学新闻网", CSS_EDU + ".article-content h4{text-align:center;color:#003f88}", "".join([
    div(div(esc("冀中师范大学"), "sname") + div(links(["学校主页", "English", "信息门户", "联系我们"], sep=" | ", tag=None) +
                                                 search("搜索", "GO")), "top"),
    div(ul(["首页", "师大要闻", "综合新闻", "院部动态", "媒体师大", "师大人物", "图说师大", "专题"]), "nav"),
    div("".join([
        div(t("h2", "综合新闻") + ul(["师大要闻", "综合新闻", "院部动态", "学术动态", "通知公告"]), "sidebar"),
        div("".join([
            crumb(["首页", "综合新闻", "正文"], prefix="您的位置：", sep=" > ", last_plain=True),
            title_html(TITLE),
            div(span("作者：张楠") + span("　摄影：李文轩") + span("　来源：教务处") + span("　审核：刘卫东") +
                span("　发布时间：2024-09-10") + span("　点击数："), "info"),
            body.html,
            div(esc("上一条：") + a("我校举行2024级新生开学典礼") + t("br") + esc("下一条：") + a("学校召开教师节表彰大会"), "prevnext"),
            div(links(["【关闭】"], tag=None), "close"),
        ]), "content"),
    ]), "wrap"),
    div("".join([
        t("p", esc("版权所有：冀中师范大学　地址：河北省保定市竞秀区学府路88号　邮编：071000")),
        t("p", esc("冀ICP备05018833号-1　冀公网安备 13060202000441号")),
        t("p", esc("党委宣传部主办")),
    ]), "footer"),
]))

PAGE = dict(
    id="xk-36", kind="institution", lang="zh", title=TITLE,
    authors=["张楠"], publish_time="2024-09-10",
    body=body, html=html,
    features="university news; left column menu; one glued info line with 作者, 摄影, 来源 (an office), 审核, 发布时间 and an empty "
             "点击数; centred <h4> sub-headings; many names in the body; 上一条/下一条.",
)
