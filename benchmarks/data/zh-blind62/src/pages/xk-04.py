# 天津市人民政府 portal (2020 design): 办公厅 转发 notice whose attached 意见 follows; record one pair per
# line; 文号 above the headline; info bar label-glued with seconds; a table of standards inside the 意见.
from lib import *

TITLE = ["天津市人民政府办公厅转发市教委等四部门关于", "进一步做好中小学课后服务工作意见的通知"]

blocks = [
    ("zhusong", ["各区人民政府，市政府各委、办、局："]),
    ("p", "市教委、市发展改革委、市财政局、市人社局《关于进一步做好中小学课后服务工作的意见》已经市人民政府同意，"
          "现转发给你们，请照此执行。"),
    ("sign", ["天津市人民政府办公厅"]),
    ("date", "2024年4月30日"),
    ("note", "（此件主动公开）"),
    ("pc", "关于进一步做好中小学课后服务工作的意见"),
    ("pc", "市教委　市发展改革委　市财政局　市人社局"),
    ("p", "为进一步减轻学生过重作业负担和校外培训负担，满足家长多样化课后服务需求，现就进一步做好我市中小学课后服务工作提出如下意见。"),
    ("h", "一、丰富服务内容"),
    ("p", "课后服务以学生自主作业、个别辅导和兴趣活动为主，学校要统筹开设体育、艺术、科普、劳动等项目，"
          "每所学校每学期开设兴趣课程不少于10门，不得利用课后服务时间讲授新课。"),
    ("p", "学校可通过聘请退休教师、具备资质的社会专业人员或志愿者等方式，补充课后服务力量。引进第三方机构参与课后服务的，"
          "应当经区教育部门审核把关，建立“白名单”制度，严禁以课后服务名义变相开展学科类培训。"),
    ("h", "二、保障服务时间"),
    ("p", "课后服务结束时间原则上不早于当地正常下班时间；对有特殊需要的学生，学校应提供延时托管服务。"),
    ("h", "三、落实经费保障"),
    ("p", "课后服务经费采取财政补助和服务性收费相结合的方式筹措，具体标准如下："),
    ("table", [["学段", "服务时长", "财政补助标准", "服务性收费上限"],
               ["小学", "每周5天，每天不少于2小时", "每生每学期300元", "每生每学期600元"],
               ["初中", "每周5天，每天不少于1.5小时", "每生每学期300元", "每生每学期500元"]]),
    ("p", "家庭经济困难学生免收服务性收费，所需经费由各区财政兜底保障。"),
    ("h", "四、加强组织实施"),
    ("p", "各区教育部门要会同发展改革、财政、人社等部门制定实施细则，将课后服务开展情况纳入对学校的年度考核，"
          "参与课后服务的教师在绩效工资分配、职称评聘中予以倾斜。本意见自2024年9月1日起施行。"),
]
body = Body(blocks, dict(container="p", indent="css", heading="strong"))

rec = record([("【索 引 号】", "11120000MB0J7281X5/2024-00097"), ("【主题分类】", "教育"),
              ("【发文机关】", "天津市人民政府办公厅"), ("【发文字号】", "津政办发〔2024〕9号"),
              ("【成文日期】", "2024年04月30日"), ("【发布日期】", "2024年05月08日")], "lines")

html = doc("天津市人民政府办公厅转发市教委等四部门关于进一步做好中小学课后服务工作意见的通知-天津市人民政府",
           CSS_GOV_2018 + """
.header{background:#1d5aa8}.record{padding:12px 20px;background:#f6f8fb;line-height:30px}
.info span{margin:0}
.wenhao{text-align:center;font-size:16px;color:#333}
""", "".join([
    div(div(div(links(["无障碍", "长者版", "繁体", "English"], sep="　", tag=None)) +
            div(esc("天津市人民政府"), "logo") + search("请输入关键词", "搜 索"), "top"), "header"),
    div(ul(["首页", "政务公开", "政务服务", "互动交流", "数据开放", "走进天津"]), "nav"),
    div("".join([
        crumb(["首页", "政务公开", "政策文件", "市政府办公厅文件"], prefix="当前位置：", sep=" > ", last_plain=False),
        rec,
        div(esc("津政办发〔2024〕9号"), "wenhao"),
        title_html(TITLE),
        div(span("发布时间：2024-05-08 09:30:12") + span("　来源：市政府办公厅") + span("　【字体：大 中 小】") +
            span("【打印】【关闭】"), "info"),
        body.html,
        div(t("h4", "相关解读") + ul([("图解：我市进一步做好中小学课后服务工作", "2024-05-09"),
                                     ("市教委负责同志就《关于进一步做好中小学课后服务工作的意见》答记者问", "2024-05-09")]), "related"),
        qr([("二维码", "扫一扫在手机上查看当前页面")]),
    ]), "main"),
    div("".join([
        t("p", esc("主办：天津市人民政府办公厅　　承办：天津市大数据管理中心")),
        t("p", esc("津ICP备05004315号-2　　津公网安备 12010302001457号　　网站标识码1200000035")),
        t("p", links(["网站地图", "联系我们", "网站声明"], sep=" | ", tag=None)),
    ]), "footer"),
]))

PAGE = dict(
    id="xk-04", kind="government", lang="zh", title=TITLE,
    authors=[], publish_time="2024-05-08 09:30:12",
    body=body, html=html,
    features="转发 notice; attached 意见 with its own title and a line of four issuing departments; table of standards "
             "(header row + 2 rows); record one pair per line with 【】 labels; 文号 above a two-line headline; info bar "
             "spans glued; 相关解读 list quoting the document name.",
)
