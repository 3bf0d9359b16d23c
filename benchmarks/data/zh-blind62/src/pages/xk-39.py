# Trade association site (2012 table layout): 通知 with its own 文号 below the headline, 主送 line, numbered
# sections, contact lines, 附件说明, 署名 and 成文日期; 附件下载 links; 发布日期 differs from 成文日期.
from lib import *

TITLE = ["关于举办2024年社区养老服务管理人员培训班的通知"]

blocks = [
    ("wenhao", "京社服协字〔2024〕5号"),
    ("zhusong", ["各会员单位，各有关单位："]),
    ("p", "为提升社区养老服务驿站和养老服务机构管理人员的业务能力和服务水平，协会定于2024年3月举办社区养老服务管理人员培训班。"
          "现将有关事项通知如下："),
    ("p", "一、培训时间和地点"),
    ("p", "2024年3月21日至22日，地点为北京市东城区和平里东街18号协会培训中心三层报告厅。"),
    ("p", "二、培训对象"),
    ("p", "各会员单位负责人、社区养老服务驿站站长及运营管理人员，每单位限报2人。"),
    ("p", "三、培训内容"),
    ("p", "（一）北京市养老服务政策解读；（二）养老驿站运营管理与服务规范；（三）老年人能力评估实务；"
          "（四）养老服务安全管理与应急处置。"),
    ("p", "四、报名方式"),
    ("p", "请于3月15日前将报名回执（附件1）发送至协会邮箱，培训不收取费用，食宿自理。"),
    ("p", "联系人：孙　悦　　联系电话：010-8421xxxx"),
    ("attach", ["附件：1.培训报名回执", "2.培训日程安排"]),
    ("sign", ["北京市社区服务行业协会"]),
    ("date", "2024年3月4日"),
]
body = Body(blocks, dict(container="p", indent="ideo"))

top = t("table", t("tr", t("td", t("b", "北京市社区服务行业协会") + t("br") + esc("Beijing Community Service Association")) +
                   t("td", esc("今天是2024年3月5日　") + links(["设为首页", "收藏本站"], sep=" | ", tag=None), align="right")),
        "banner", width="1000", align="center")
navrow = t("table", t("tr", "".join(t("td", a(x)) for x in ["首页", "协会概况", "通知公告", "行业动态", "政策法规", "会员服务",
                                                               "培训认证", "联系我们"])), "nav", width="1000", align="center")
main = t("table", t("tr", t("td", "".join([
    crumb(["首页", "通知公告"], prefix="当前位置：", sep=" > ", last_plain=False),
    title_html(TITLE, "div"),
    div(esc("发布日期：2024-03-05　　点击次数：428"), "info"),
    body.html,
    div(esc("附件下载：") + t("br") + a("附件1：培训报名回执.doc") + t("br") + a("附件2：培训日程安排.pdf"), "down"),
    div(esc("【") + a("打印") + esc("】【") + a("关闭") + esc("】"), align="right"),
]), valign="top") + t("td", t("b", "通知公告") + ul([("关于缴纳2024年度会费的通知", "02-26"), ("关于召开会员代表大会的通知", "01-18")]),
                      width="260", valign="top")), None, width="1000", align="center")
foot = t("table", t("tr", t("td", t("p", esc("版权所有：北京市社区服务行业协会　地址：北京市东城区和平里东街18号")) +
                          t("p", esc("京ICP备12041753号-1　技术支持：xx网络")), "footer")), None, width="1000", align="center")

html = doc("北京市社区服务行业协会", CSS_GOV_TABLE.replace("#b40000", "#7a4b00").replace("#c00", "#a36500"),
           div(top + navrow + main + foot, "wrap"))

PAGE = dict(
    id="xk-39", kind="institution", lang="zh", title=TITLE,
    authors=[], publish_time="2024-03-05",
    body=body, html=html,
    features="association 通知, 2012 table layout; 文号 below the headline inside the text; 主送; section numbers as plain "
             "paragraphs; contact line with a spaced name (body, not author); 附件说明 on two lines; 署名 and 成文日期 "
             "(a day before 发布日期); 附件下载 links; date in the top bar.",
)
