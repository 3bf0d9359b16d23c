# City newspaper client web page (北京日报客户端-like): "记者 | A B" byline line, 【】 sub-heads, 一图读懂 image,
# 编辑 / 流程编辑 lines; info line "date time + outlet".
from lib import *

TITLE = ["北京今年将新建100家社区养老服务驿站"]

blocks = [
    ("byline", "记者 | 张艺璇　李　晨"),
    ("p", "记者从市民政局获悉，市政府办公厅近日印发《北京市2024年养老服务重点任务》，明确今年将新建100家社区养老服务驿站，"
          "新增养老家庭照护床位2000张，让老年人在“家门口”享受更便利的养老服务。"),
    ("h", "【新变化】助餐点覆盖更多社区"),
    ("p", "今年，本市将继续扩大老年助餐服务覆盖面，在城六区和通州区实现社区老年助餐点全覆盖，"
          "其他各区覆盖率达到80%以上。助餐点将推出“长者套餐”，对80岁以上老年人和低保、特困等困难老年人给予用餐补贴。"),
    ("h", "【新举措】探索“物业+养老”服务模式"),
    ("p", "本市将选取50个小区开展“物业服务+养老服务”试点，鼓励物业服务企业利用小区闲置用房开展助餐、助洁、探访等服务。"
          "市民政局有关负责人表示，物业企业离老人最近、最了解老人需求，参与养老服务具有天然优势。"),
    ("h", "【新标准】驿站服务实行星级评定"),
    ("p", "今年起，社区养老服务驿站将实行星级评定，评定结果向社会公布，并与运营补贴挂钩。"
          "星级评定重点考察服务项目、服务人次和老年人满意度，一星级驿站须提供至少6项基本服务。"),
    ("img", "一图读懂北京2024年养老服务重点任务"),
    ("nb", "编辑：曹　琳　　流程编辑：王　悦", "editor"),
]
body = Body(blocks, dict(container="p", indent="none", heading="strong"))

html = doc(TITLE[0] + "-京报网", CSS_MEDIA + """
.logo{color:#ce1126}.article-content p{text-indent:0}
.article-content .byline{color:#666}
.dl{background:#fafafa;padding:12px;text-align:center}
""", "".join([
    div(links(["京报网", "北京日报", "北京晚报", "北京日报客户端", "新闻热线"], sep="　", tag=None), "topnav"),
    div(div("京报网", "logo") + search("搜索新闻", "搜索"), "masthead"),
    div(ul(["首页", "要闻", "北京", "政务", "民生", "财经", "文化", "评论", "视频", "专题"]), "channel"),
    div(div("".join([
        crumb(["首页", "北京", "民生"], prefix="", sep=" > ", last_plain=False),
        title_html(TITLE),
        div(span("2024-02-27 21:15") + span("北京日报客户端"), "info"),
        body.html,
        div(img("二维码", gif=True, width=90, height=90) + t("p", esc("打开北京日报客户端，阅读更多精彩内容")), "dl"),
        listbox("猜你喜欢", ["北京将为高龄独居老人免费安装紧急呼叫设备", "东城区首家“物业+养老”服务站开门迎客",
                         "养老驿站如何收费？一文看懂"], more=None),
    ]), "left") + div(listbox("北京热闻", ["北京地铁新增3条线路", "京津城际延长运营时间", "首都机场T3航站楼改造完成"], more=None),
                      "right"), "main"),
    div("".join([
        t("p", esc("本网站由北京日报社主办　版权所有：北京日报社")),
        t("p", esc("京ICP备10017351号-2　京公网安备11010502048273号　互联网新闻信息服务许可证：11120170003")),
    ]), "footer"),
]))

PAGE = dict(
    id="xk-18", kind="media", lang="zh", title=TITLE,
    authors=["张艺璇", "李晨"], publish_time="2024-02-27 21:15",
    body=body, html=html,
    features="city newspaper client page; “记者 | 张艺璇　李　晨” byline line; 【新变化】-style sub-headings; "
             "一图读懂 image alt after the body; 编辑 and 流程编辑 line; info line is date + outlet name only.",
)
