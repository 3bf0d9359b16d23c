# Portal local channel (新浪河北-like) reprinting a city paper: 原标题 line (not body), □记者 … 通讯员 … byline
# line, 责任编辑 with an editor code, app banners and 热门推荐.
from lib import *

TITLE = ["石家庄今年将打通12条“断头路”"]

blocks = [
    ("nb", "原标题：石家庄市2024年城建重点工程计划发布 今年将打通12条“断头路”", "yuan"),
    ("byline", "□记者 贾　楠　通讯员 周　涛"),
    ("p", "近日，石家庄市住房和城乡建设局发布2024年城建重点工程计划。今年，我市将实施城建重点工程126项，"
          "总投资约168亿元，其中打通“断头路”12条、新建改造城市道路41条。"),
    ("p", "在路网建设方面，今年将重点打通兴凯路、湘江道北延、塔谈南路等12条“断头路”，实施中华大街、建华大街等5条主干道整治提升，"
          "进一步完善城市微循环。所有道路工程均要求在11月15日前完工。"),
    ("p", "在民生工程方面，我市将新建改造供热管网160公里、燃气管网95公里，新建口袋公园30个，"
          "完成120个老旧小区改造。同时，新建公共停车泊位1.5万个，缓解群众停车难问题。"),
    ("p", "市住房城乡建设局相关负责人表示，为减少施工对市民出行的影响，今年所有占路施工项目都将实行“一路一方案”，"
          "提前发布交通组织方案，并严格落实围挡、降尘、夜间施工审批等管理措施。"),
    ("nb", "责任编辑：王　鑫 SF186", "editor"),
]
body = Body(blocks, dict(container="p", indent="css"))

html = doc(TITLE[0] + "|石家庄_新浪新闻", CSS_MEDIA + """
.logo{color:#e6162d}.yuan{color:#666;text-indent:0}.article-content .byline{text-indent:0;font-weight:bold}
.ad{border:1px dashed #ccc;text-align:center;padding:10px}
""", "".join([
    div(links(["新浪首页", "新闻", "体育", "财经", "娱乐", "科技", "博客", "图片", "专栏"], sep="　", tag=None) +
        span("　登录 | 注册"), "topnav"),
    div(div("新浪河北", "logo") + search("请输入关键词", "搜索"), "masthead"),
    div(ul(["首页", "河北新闻", "石家庄", "生活", "教育", "房产", "汽车", "旅游"]), "channel"),
    div(div("".join([
        title_html(TITLE),
        div(span("2024-05-30 09:05") + span("石家庄日报"), "info"),
        body.html,
        div(esc("新浪河北 扫一扫关注") + img("新浪河北二维码", gif=True, width=80, height=80), "ad"),
        div(span("分享到：") + links(["微博", "微信", "QQ空间"], sep=" ", tag=None) + span("　相关阅读："), "share"),
        listbox("热门推荐", ["石家庄地铁4号线最新进展", "河北今年高考报名人数公布", "石家庄发布住房公积金新政"], more=None),
    ]), "left") + div(listbox("新浪河北热门", ["正定荣国府游客爆满", "石家庄新增3个公园", "鹿泉抱犊寨夜游开放"], more=None),
                      "right"), "main"),
    div("".join([
        t("p", links(["新浪简介", "About Sina", "广告服务", "联系我们", "招聘信息", "网站律师", "通行证注册", "产品答疑"], sep=" | ", tag=None)),
        t("p", esc("Copyright © 1996-2024 SINA Corporation, All Rights Reserved")),
        t("p", esc("新浪公司 版权所有")),
    ]), "footer"),
]))

PAGE = dict(
    id="xk-22", kind="media", lang="zh", title=TITLE,
    authors=["贾楠", "周涛"], publish_time="2024-05-30 09:05",
    body=body, html=html,
    features="portal local channel reprint; 原标题 line above the body (not body, not the title); □记者 … 通讯员 … byline line; "
             "outlet name after the time with no label; 责任编辑 with an editor code; QR box; two hot lists.",
)
