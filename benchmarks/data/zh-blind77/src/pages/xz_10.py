# 甘肃 庆阳市人民政府 — 批复, headline printed on two lines, metadata strip
from kit import *
import styles

CSS = styles.GOV_DIV_2018.replace("#1565c0", "#8d1b1b").replace("#0d47a1", "#7a1010") + """
.gkxx{display:flex;flex-wrap:wrap;border:1px solid #e5d0d0;background:#fcf7f7;padding:8px 14px;font-size:13px;margin-bottom:22px}
.gkxx div{width:50%;line-height:26px}
.title-box h1{font-size:24px;color:#c00;line-height:1.6}
.docno{text-align:center;text-indent:0!important}
.article-content p.zhusong{text-indent:0}
.note2{text-indent:2em}
"""

HL = Headline(["庆阳市人民政府", "关于同意西峰区调整部分行政村建制的批复"])

BODY = Body([
    NOTE("庆政函〔2024〕36号", cls="docno"),
    P("西峰区人民政府：", cls="zhusong"),
    P("你区《关于调整部分行政村建制的请示》（西政发〔2024〕11号）收悉。经研究，现批复如下："),
    P("一、同意撤销肖金镇米王村、上庄村，设立新的米王村，村民委员会驻原米王村村委会办公楼。"),
    P("二、同意撤销董志镇南庄村、北庄村，设立庄里村，村民委员会驻原南庄村村委会办公楼。"),
    P("三、同意撤销彭原镇二十里铺村部分村民小组建制，将其第五、第六村民小组划归彭原村管辖。"),
    P("四、调整后，西峰区行政村由124个减少至122个。你区要认真做好调整后的各项衔接工作，依法依规做好村级组织换届、集体资产清查移交和档案管理等工作，妥善处理群众关心的热点难点问题，确保社会稳定。调整涉及的相关经费由你区自行解决。"),
    SIG("庆阳市人民政府"),
    SIG("2024年5月20日"),
    P("（此件公开发布）", cls="note2"),
], mode="p")

PAGE = dict(
    id="xz-10", kind="government", lang="zh", region="甘肃", site="庆阳市人民政府",
    features="批复；标题分两行印出（发文机关一行、事由一行，<br>），拼接无空格；政府信息公开元数据条（发文字号、成文日期、发布日期）；"
             "文号行不是正文；主送行、署名、成文日期、“（此件公开发布）”属正文；无作者",
    title_tag="庆阳市人民政府关于同意西峰区调整部分行政村建制的批复_市政府文件_庆阳市人民政府",
    css=CSS,
    meta={"ArticleTitle": "庆阳市人民政府关于同意西峰区调整部分行政村建制的批复", "PubDate": "2024-05-23 11:02"},
    authors=[],
    publish_time="2024-05-23 11:02",
    parts=[
        '<div class="top"><div class="w1200"><div class="l">庆阳市人民政府门户网站</div>'
        '<div class="r"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁體</a><a href="#">English</a><a href="#">个人中心</a></div></div></div>',
        '<div class="head"><div class="w1200"><div class="logo">庆阳市人民政府</div>' + search("搜索") + "</div></div>",
        '<div class="nav">' + ul(["首页", "走进庆阳", "要闻动态", "政务公开", "政务服务", "互动交流", "数据发布", "专题专栏"]) + "</div>",
        '<div class="w1200">',
        crumbs(["首页", "政务公开", "政府文件", "市政府文件"], label="当前位置：", sep=" &gt; "),
        '<div class="main">',
        '<div class="gkxx"><div>索引号：11621000013926475Q/2024-00412</div><div>发文机关：庆阳市人民政府</div>'
        '<div>发文字号：庆政函〔2024〕36号</div><div>主题分类：民政、扶贫、救灾</div>'
        '<div>成文日期：2024-05-20</div><div>发布日期：2024-05-23</div></div>',
        HL,
        '<div class="info"><span>发布时间：2024-05-23 11:02</span><span>来源：市政府办公室</span>'
        '<span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>',
        BODY,
        '<div class="share"><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a>　分享到：<a href="#">微信</a> <a href="#">微博</a></div>',
        '<div class="related"><h3>相关文件</h3>' + dated_list([
            ("庆阳市人民政府关于同意合水县调整部分行政村建制的批复", "2024-04-17"),
            ("庆阳市人民政府关于同意宁县撤销部分村民小组的批复", "2024-03-28")]) + "</div>",
        "</div></div>",
        footer(["<a href=\"#\">网站地图</a> | <a href=\"#\">联系我们</a> | <a href=\"#\">网站声明</a>",
                "主办：庆阳市人民政府办公室　地址：庆阳市西峰区南大街18号　邮编：745000",
                "陇ICP备05002416号　甘公网安备 62100202000111号　网站标识码：6210000001"]),
    ],
)
