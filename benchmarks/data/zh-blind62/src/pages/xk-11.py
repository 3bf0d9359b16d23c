# 成武县人民政府 portal, 乡镇 column (2015 table layout): 镇政府 通告 (秸秆禁烧) with a table of 村 网格责任人;
# 文号 above the headline; 署名 of two offices on ONE line; seconds in the info bar.
from lib import *

TITLE = ["柳林镇人民政府关于全面禁止露天焚烧农作物秸秆的通告"]

blocks = [
    ("p", "为防治大气污染，保障人民群众身体健康和生命财产安全，根据《中华人民共和国大气污染防治法》《山东省大气污染防治条例》等规定，"
          "结合我镇实际，现就全面禁止露天焚烧农作物秸秆有关事项通告如下："),
    ("p", "一、本镇行政区域内全面禁止露天焚烧小麦、玉米、大豆等农作物秸秆以及树叶、杂草、垃圾等可燃物。"),
    ("p", "二、各村（居）要落实“镇包村、村包组、组包户”网格化责任制，村（居）党组织书记为本村禁烧工作第一责任人。"
          "重点区域网格责任人如下："),
    ("table", [["村（居）", "网格责任人", "联系电话"],
               ["后王庄村", "王德胜", "0530-8621xxx"],
               ["大李集村", "李光明", "0530-8623xxx"],
               ["张楼村", "张　军", "0530-8625xxx"],
               ["马庄村", "马玉兰", "0530-8627xxx"]]),
    ("p", "三、鼓励秸秆还田、离田和综合利用。对开展秸秆打捆离田的农户和合作社，按照县级有关政策给予补助。"),
    ("p", "四、对露天焚烧秸秆的，由有关部门依法处罚；造成火灾或人员伤亡的，依法追究相关人员法律责任。"
          "任何单位和个人发现露天焚烧行为，可拨打镇禁烧办举报电话0530-8620xxx。"),
    ("p", "五、本通告自发布之日起施行。"),
    ("sign1", ["成武县柳林镇人民政府", "成武县柳林镇大气污染防治工作领导小组办公室"]),
    ("date", "2024年5月28日"),
]
body = Body(blocks, dict(container="p", indent="css", heading="strong"))

top = t("table", t("tr", t("td", img("成武县人民政府"), width="600") +
                   t("td", links(["无障碍", "长者模式", "设为首页", "加入收藏"], sep=" | ", tag=None) + search("关键字", "搜索"))),
        "banner", width="1000", align="center")
navrow = t("table", t("tr", "".join(t("td", a(x)) for x in ["首页", "政务公开", "乡镇动态", "部门动态", "公众参与", "走进成武"])),
           "nav", width="1000", align="center")
main = t("table", t("tr", t("td", t("b", "乡镇街道") + ul(["文亭街道", "永昌街道", "伯乐集镇", "柳林镇", "南鲁集镇", "大田集镇"]),
                          width="200", valign="top") +
                   t("td", "".join([
                       crumb(["首页", "乡镇动态", "柳林镇", "通知公告"], prefix="当前位置：", sep=" >> ", last_plain=False),
                       div(esc("柳政字〔2024〕9号"), "wenhao", align="center"),
                       title_html(TITLE, "h2"),
                       div(esc("发布时间：2024年05月29日 16:02:37　　信息来源：柳林镇　　浏览次数：86"), "info"),
                       body.html,
                       div(esc("【") + a("打印") + esc("】【") + a("关闭") + esc("】"), align="right"),
                   ]), valign="top")), None, width="1000", align="center")
foot = t("table", t("tr", t("td", "".join([
    t("p", esc("成武县人民政府办公室主办　成武县大数据中心承办")),
    t("p", esc("鲁ICP备15018274号-1　鲁公网安备37172302000146号　网站标识码：3717230001")),
]), "footer")), None, width="1000", align="center")

html = doc(TITLE[0], CSS_GOV_TABLE, div(top + navrow + main + foot, "wrap"))

PAGE = dict(
    id="xk-11", kind="government", lang="zh", title=TITLE,
    authors=[], publish_time="2024年05月29日 16:02:37",
    body=body, html=html,
    features="乡镇 通告 on a county portal, 2015 table layout with a left column of townships; 文号 above the headline; "
             "numbered items as plain paragraphs; table of village grid leaders (names in the body, not authors); "
             "署名 of two offices on one line; 成文日期; info bar with seconds.",
)
