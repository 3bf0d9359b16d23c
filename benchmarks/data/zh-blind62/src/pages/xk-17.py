# Provincial news portal (长城网-like): info bar "时间 来源 作者" above the headline's lead; 河北日报讯（记者宋平）
# with the name glued to 记者; document named; 责任编辑 after the body; 2010s float layout with a 图片新闻 box.
from lib import *

TITLE = ["河北：新建住宅小区须按标准", "同步配建养老服务设施"]

blocks = [
    ("p", "河北日报讯（记者宋平）日前，省民政厅、省自然资源厅、省住房城乡建设厅联合印发《河北省新建住宅小区配套养老服务设施管理办法》，"
          "明确新建住宅小区要按照每百户不低于20平方米的标准配建养老服务设施，并与住宅同步规划、同步建设、同步验收、同步交付。"),
    ("p", "《办法》规定，配建的养老服务设施应当设置在建筑低层部分，相对独立并有独立出入口，"
          "二层以上的应当设置电梯或无障碍坡道。不得将养老服务设施设置在地下室、半地下室，不得挪作他用。"),
    ("p", "对于老城区和已建成居住区没有养老服务设施或现有设施未达到规划要求的，"
          "各地要通过购置、置换、租赁等方式在2025年底前配齐，每百户不低于15平方米。"),
    ("p", "在移交管理方面，《办法》要求开发建设单位在竣工验收后3个月内，将养老服务设施无偿移交给所在地县级民政部门，"
          "由民政部门通过公建民营等方式交由专业养老服务机构运营，优先提供助餐、助浴、日间照料等服务。"),
    ("p", "省民政厅相关负责人介绍，截至目前，全省已建成城市社区养老服务设施5200余个，覆盖率达到92%。"
          "《办法》自2024年5月1日起施行。"),
]
body = Body(blocks, dict(container="div", indent="ideo"))

html = doc("河北：新建住宅小区须按标准同步配建养老服务设施_长城网", CSS_MEDIA + """
.logo{color:#0050a0}.article-content div{line-height:32px;margin-bottom:14px;font-size:17px}
.info{border-bottom:1px solid #ddd;padding-bottom:8px}
.picnews li{line-height:26px}
""", "".join([
    div(links(["长城网首页", "河北新闻网", "河北日报", "燕赵都市报", "长城新媒体"], sep=" | ", tag=None), "topnav"),
    div(div("长城网", "logo") + search("请输入关键字", "搜索") + img("河北新闻客户端下载"), "masthead"),
    div(ul(["首页", "河北要闻", "时政", "民生", "经济", "雄安", "冬奥", "文旅", "视频", "评论"]), "channel"),
    div(div("".join([
        crumb(["首页", "河北要闻", "正文"], prefix="您的位置：", sep=" > ", last_plain=True),
        title_html(TITLE),
        div(span("2024-04-02 07:03") + span("来源：河北日报") + span("作者：宋　平"), "info"),
        body.html,
        div(esc("责任编辑：马　驰"), "editor"),
        div(t("h3", "相关阅读") + ul(["河北推进居家社区养老服务改革", "省民政厅：今年新建社区养老服务中心300个"]), "listbox"),
    ]), "left") + div("".join([
        div(t("h3", "图片新闻") + ul(["<img alt=\"雄安新区春色\"><p>雄安新区：春色满园</p>",
                                     "<img alt=\"正定古城\"><p>正定古城游人如织</p>"]), "picnews"),
        listbox("24小时排行", ["河北高速公路清明节免费通行", "石家庄开通3条定制公交", "保定发布春季防火通告"], more=None),
    ]), "right"), "main"),
    div("".join([
        t("p", esc("长城网版权所有　未经授权禁止复制或建立镜像")),
        t("p", esc("冀ICP备05007439号　冀公网安备 13010202001872号　新闻信息服务许可证编号：13120170004")),
        t("p", links(["网站简介", "广告服务", "联系我们", "违法和不良信息举报"], sep=" | ", tag=None)),
    ]), "footer"),
]))

PAGE = dict(
    id="xk-17", kind="media", lang="zh", title=TITLE,
    authors=["宋平"], publish_time="2024-04-02 07:03",
    body=body, html=html,
    features="provincial portal; headline on two lines (joined without a space); info bar 作者：宋　平 (spaced); "
             "河北日报讯（记者宋平） glued byline in the first paragraph; <div> paragraphs with U+3000 indents; "
             "责任编辑 line; 图片新闻 box with alt texts.",
)
