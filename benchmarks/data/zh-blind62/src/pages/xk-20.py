# Provincial TV station news site (闪电新闻-like): video page with a player placeholder and duration; text version
# below; credit line "闪电新闻记者：孙悦 赵晨　摄像：李强　编辑：王芳" at the end; seconds in the time.
from lib import *

TITLE = ["山东高标准农田累计建成6800万亩"]

blocks = [
    ("html", div(img("视频封面") + div(esc("00:00 / 02:16"), "time") + div(esc("视频加载中，请稍候…"), "load"), "player")),
    ("p", "8月19日，山东省政府新闻办召开新闻发布会，介绍全省高标准农田建设情况。记者从发布会上获悉，"
          "截至目前，全省累计建成高标准农田6800万亩，占全省耕地面积的70%以上。"),
    ("p", "省农业农村厅副厅长高建国介绍，今年全省新建和改造提升高标准农田380万亩，重点向粮食主产县倾斜，"
          "项目区亩均投入提高到3000元左右，配套建设灌溉、排水、田间道路和农田防护林等设施。"),
    ("p", "“建成后的高标准农田，灌溉水有效利用系数提高到0.65以上，亩均粮食产能平均提高100公斤左右。”高建国说。"),
    ("p", "为解决“重建设、轻管护”问题，山东在全国率先出台高标准农田建后管护办法，按照“谁受益、谁管护”原则，"
          "明确村集体和新型农业经营主体的管护责任，省级财政每年安排管护补助资金2亿元。"),
    ("p", "下一步，山东将推动高标准农田建设与高效节水灌溉、盐碱地综合利用相结合，力争到2030年将永久基本农田全部建成高标准农田。"),
    ("byline", "闪电新闻记者：孙悦　赵晨　摄像：李强　编辑：王芳"),
]
body = Body(blocks, dict(container="p", indent="css"))

html = doc(TITLE[0] + "-闪电新闻", CSS_MEDIA + """
.logo{color:#ff6600}.player{background:#000;color:#fff;height:400px;text-align:center}
.article-content .byline{text-indent:0;color:#888;font-size:14px}
""", "".join([
    div(links(["山东广播电视台", "闪电新闻", "齐鲁网", "山东卫视", "广播频率"], sep=" | ", tag=None), "topnav"),
    div(div("闪电新闻", "logo") + search("", "搜索"), "masthead"),
    div(ul(["首页", "时政", "山东", "民生", "财经", "直播", "节目", "闪电号"]), "channel"),
    div(div("".join([
        crumb(["首页", "山东"], prefix="", sep=" > ", last_plain=False),
        title_html(TITLE, "h2"),
        div(span("2024-08-19 12:35:04") + span("来源：闪电新闻") + span("阅读量：3.2万"), "info"),
        body.html,
        div(links(["点赞", "收藏", "分享"], sep="　", tag=None), "share"),
        listbox("更多视频", ["山东秋粮生产形势总体向好", "黄河口湿地迎来候鸟迁徙季", "“齐鲁粮仓”这样炼成"], more=None),
    ]), "left") + div(qr([("闪电新闻客户端", "下载闪电新闻客户端")]), "right"), "main"),
    div("".join([
        t("p", esc("山东广播电视台版权所有　鲁ICP备06018322号-3")),
        t("p", esc("信息网络传播视听节目许可证：1502932　鲁公网安备 37010202000684号")),
    ]), "footer"),
]))

PAGE = dict(
    id="xk-20", kind="media", lang="zh", title=TITLE,
    authors=["孙悦", "赵晨"], publish_time="2024-08-19 12:35:04",
    body=body, html=html,
    features="TV station video page; player placeholder with duration and a loading message; headline in <h2>; "
             "time with seconds and 阅读量; closing credit line with two reporters, 摄像 and 编辑 (only reporters are authors).",
)
