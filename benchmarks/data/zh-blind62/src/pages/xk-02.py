# 河北省人民政府 portal, 2013-style table layout: 办公厅 通知 with 附件说明; record as label-value
# pairs on ONE line; 文号 ABOVE the headline; paragraphs in one <p> separated by <br><br> with U+3000 indents.
from lib import *

TITLE = ["河北省人民政府办公厅关于做好2023—2024年采暖季清洁取暖工作的通知"]

blocks = [
    ("zhusong", ["各市（含定州、辛集市）人民政府，雄安新区管委会，省政府有关部门："]),
    ("p", "为确保群众安全温暖过冬，持续改善空气质量，经省政府同意，现就做好2023—2024年采暖季清洁取暖工作通知如下。"),
    ("p", "一、压实保供责任。各市政府是本行政区域清洁取暖工作的责任主体，要在11月1日前完成气源、电源合同签订，"
          "落实应急储气能力不低于3天日均消费量的要求，确保“先立后破、不立不破”。"),
    ("p", "二、抓好设施运维。对已完成“煤改气”“煤改电”的农户，各县（市、区）要组织供气供电企业开展入户巡检，"
          "11月15日前完成壁挂炉、燃气管道和配电线路隐患排查，建立问题清单，逐项整改销号。"),
    ("p", "三、落实补贴政策。继续执行气价、电价和设备购置补贴政策，补贴资金由省、市、县按现行比例分担，"
          "各地要在采暖季结束前将补贴足额发放到户，严禁截留挪用。"),
    ("p", "四、强化安全监管。住房城乡建设、应急管理、市场监管等部门要加强燃气经营和使用环节检查，"
          "督促企业开通24小时服务热线，发现险情及时处置。"),
    ("p", "五、做好信息报送。各市要明确专人负责，每周五前将清洁取暖工作进展情况报送省住房城乡建设厅，遇有重大问题随时报告。"),
    ("attach", ["附件：1．2023—2024年采暖季清洁取暖重点任务分工表", "2．各市清洁取暖气源保障目标表"]),
    ("sign", ["河北省人民政府办公厅"]),
    ("date", "2023年10月20日"),
    ("note", "（此件公开发布）"),
]
body = Body(blocks, dict(container="br", indent="ideo", brbr=True))

rec = record([("索引号：", "000014349/2023-01562"), ("主题分类：", "城乡建设、环境保护"),
              ("发文机关：", "河北省人民政府办公厅"), ("成文日期：", "2023年10月20日"),
              ("发文字号：", "冀政办字〔2023〕156号"), ("发布日期：", "2023年10月25日")], "line", sep="　")

top = t("table", t("tr", t("td", esc("今天是：2023年10月25日 星期三")) +
                   t("td", links(["设为首页", "加入收藏", "无障碍浏览", "简体版", "繁體版"], sep=" | ", tag=None), align="right")),
        "topbar", width="1000", align="center")
banner = t("table", t("tr", t("td", img("河北省人民政府 www.hebei.gov.cn"), width="700") +
                      t("td", search("请输入检索内容", "检索", cls="search"))), "banner", width="1000", align="center")
navrow = t("table", t("tr", "".join(t("td", a(x)) for x in
                                   ["首　页", "河北概况", "新闻中心", "政务公开", "网上办事", "公众参与", "专题专栏", "数据发布"])),
           "nav", width="1000", align="center", cellspacing="1")

content = t("table", "".join([
    t("tr", t("td", crumb(["首页", "政务公开", "省政府文件", "冀政办字"], prefix="您现在的位置：", sep=" >> ",
                           last_plain=False))),
    t("tr", t("td", rec)),
    t("tr", t("td", esc("冀政办字〔2023〕156号"), "wenhao", align="center")),
    t("tr", t("td", title_html(TITLE, "div"))),
    t("tr", t("td", esc("日期：2023年10月25日　　来源：河北省人民政府办公厅　　【字体：") + links(["大", "中", "小"], sep=" ", tag=None)
              + esc("】"), "info")),
    t("tr", t("td", body.html)),
    t("tr", t("td", esc("附件下载：") + a("1.2023—2024年采暖季清洁取暖重点任务分工表.docx") + t("br") +
              a("2.各市清洁取暖气源保障目标表.xls"), "down")),
    t("tr", t("td", esc("【") + a("打印本页") + esc("】　【") + a("关闭窗口") + esc("】"), align="right")),
]), None, width="1000", align="center", cellpadding="0", cellspacing="0", style="background:#fff")

side = t("table", t("tr", t("td", t("b", "相关信息") + ul([
    ("河北省人民政府办公厅关于印发河北省冬季清洁取暖工作方案的通知", "2022-09-28"),
    ("省政府召开全省清洁取暖工作视频会议", "2023-10-18"),
    ("关于做好今冬明春天然气保供工作的通知", "2023-10-11")]))), None, width="1000", align="center")

foot = t("table", t("tr", t("td", "".join([
    links(["关于我们", "网站地图", "联系方式", "网站声明"], sep=" | ", tag="p"),
    t("p", esc("主办单位：河北省人民政府办公厅　　承办单位：河北省信息中心")),
    t("p", esc("网站标识码：1300000047　　冀ICP备05003921号　　冀公网安备 13010802000628号")),
    t("p", esc("建议使用IE8.0以上浏览器，1024×768分辨率浏览")),
    img("党政机关", gif=True, width=46, height=55),
]), "footer")), None, width="1000", align="center")

html = doc("河北省人民政府办公厅关于做好2023—2024年采暖季清洁取暖工作的通知", CSS_GOV_TABLE,
           div(top + banner + navrow + content + side + foot, "wrap"))

PAGE = dict(
    id="xk-02", kind="government", lang="zh", title=TITLE,
    authors=[], publish_time="2023年10月25日",
    body=body, html=html,
    features="2013 table layout; record pairs glued on one line; 文号 above the headline; "
             "paragraphs in one <p> split by <br><br> with U+3000 indents; numbered sections as plain paragraphs; "
             "附件说明 on two lines; 署名, 成文日期, (此件公开发布); 附件下载 links; 相关信息 list with dates.",
)
