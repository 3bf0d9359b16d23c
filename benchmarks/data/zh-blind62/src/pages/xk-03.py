# 北京市人民政府 portal (2018 div design): 批复; record with one cell per line (label and value each on
# its own line) including the full title; info bar with only the date; 主送 is the district government.
from lib import *

TITLE = ["北京市人民政府关于同意门头沟区清水镇部分行政村合并调整的批复"]

blocks = [
    ("zhusong", ["门头沟区人民政府："]),
    ("p", "你区《关于清水镇部分行政村合并调整的请示》（门政文〔2024〕11号）收悉。经研究，现批复如下："),
    ("p", "一、同意撤销清水镇上达摩村、下达摩村，合并设立达摩村，村民委员会驻原下达摩村村委会办公地址。"),
    ("p", "二、同意撤销清水镇西岭村，将其所辖区域划归燕家台村管辖。调整后，清水镇辖行政村由32个调整为30个。"),
    ("p", "三、你区要按照依法、稳妥、有序的原则，认真做好村级组织换届衔接、集体资产清产核资和档案移交等工作，"
          "充分尊重群众意愿，保障村民合法权益，确保调整工作平稳推进。"),
    ("p", "四、合并调整涉及的村务公开、社会保障、户籍管理等事项，由你区组织有关部门妥善办理，"
          "并于2024年9月底前将调整结果报市民政局备案。"),
    ("p", "行政区划调整所需经费由你区自行解决，不增加机构编制和人员编制。"),
    ("sign", ["北京市人民政府"]),
    ("date", "2024年4月15日"),
    ("note", "（此件公开发布）"),
]
body = Body(blocks, dict(container="p", indent="css"))

rec = record([("标　　题", TITLE[0]), ("发文机构", "北京市人民政府"), ("联合发文单位", "无"),
              ("主题分类", "民政、扶贫、救灾\\行政区划与地名"), ("文　　号", "京政字〔2024〕12号"),
              ("成文日期", "2024年04月15日"), ("发布日期", "2024年04月19日"), ("有 效 性", "有效")], "cells")

html = doc(TITLE[0] + "_首都之窗_北京市人民政府门户网站", CSS_GOV_2018 + """
.record{display:flex;flex-wrap:wrap;background:#f7f9fc;padding:10px}
.record .cell{width:50%;display:block}
.share a{margin-right:6px}
""", "".join([
    div(div(div("首都之窗", "logo") + div(links(["无障碍", "关怀版", "English", "繁體", "登录"], sep=" | ", tag=None), "tools")
            + search("请输入您要搜索的内容", "搜索"), "top"), "header"),
    div(ul(["首页", "要闻动态", "政务公开", "政务服务", "政民互动", "京津冀协同发展", "数据开放", "北京概况"]), "nav"),
    div("".join([
        crumb(["首页", "政务公开", "政策文件", "市政府文件"], prefix="", sep=" > ", last_plain=False),
        rec,
        title_html(TITLE),
        div(esc("[ 2024-04-19 ]　　【字体：") + links(["大", "中", "小"], sep=" ", tag=None) + esc("】　　") + a("打印"), "info"),
        body.html,
        div(span("分享到：") + links(["微信", "微博", "QQ空间"], sep=" ", tag=None), "share"),
        div(esc("相关链接：") + ul(["北京市人民政府关于同意延庆区部分行政村调整的批复",
                                   "北京市民政局关于进一步规范行政区划调整工作的通知"]), "related"),
        qr([("二维码", "扫一扫 手机打开当前页")]),
    ]), "main"),
    div("".join([
        links(["网站地图", "关于我们", "联系我们", "网站声明", "网站纠错"], sep=" | ", tag="p"),
        t("p", esc("主办：北京市人民政府办公厅　承办：北京市政务服务和数据管理局")),
        t("p", esc("版权所有：北京市人民政府办公厅　京ICP备05060931号　京公网安备11010502031186号　网站标识码：1100000089")),
    ]), "footer"),
]))

PAGE = dict(
    id="xk-03", kind="government", lang="zh", title=TITLE,
    authors=[], publish_time="2024-04-19",
    body=body, html=html,
    features="批复; record one cell per line (label line, value line) repeating the title, 成文日期 and 发布日期 in "
             "another form; info bar is only a bracketed date; 主送 a single district; request 文号 quoted in the body; "
             "署名, 成文日期, (此件公开发布); related links name similar 批复.",
)
