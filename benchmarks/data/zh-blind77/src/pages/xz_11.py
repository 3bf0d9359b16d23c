# 贵州 黔南州生态环境局 — 通报 with county table; headline lines as block spans
from kit import *
import styles

CSS = styles.GOV_DIV_2018.replace("#1565c0", "#2e7d32").replace("#0d47a1", "#1b5e20") + """
.title-box h1 .tl{display:block}
.title-box h1{font-size:24px;max-width:640px;margin:10px auto}
.docno{text-align:center;text-indent:0!important}
.article-content p.zhusong{text-indent:0}
.article-content table{width:100%;font-size:14px;text-align:center}
"""

HL = Headline(["黔南州生态环境局关于2024年第二季度", "全州环境空气质量状况的通报"], line_join="span")

BODY = Body([
    NOTE("黔南环通〔2024〕9号", cls="docno"),
    P("各县（市）人民政府，都匀经济开发区管委会，州直有关部门：", cls="zhusong"),
    P("根据全州环境空气质量自动监测数据，现将2024年第二季度各县（市）环境空气质量状况通报如下。"),
    H("一、总体情况", tag="b"),
    P("第二季度，全州12个县（市）城市环境空气质量优良天数比例平均为98.6%，同比上升0.9个百分点；细颗粒物（PM2.5）平均浓度为18微克/立方米，同比下降5.3%。全州未出现重度及以上污染天气。"),
    T([["县（市）", "优良天数比例（%）", "PM2.5（μg/m³）", "排名"],
       ["荔波县", "100", "13", "1"],
       ["三都县", "100", "15", "2"],
       ["平塘县", "100", "16", "3"],
       ["都匀市", "98.9", "19", "6"],
       ["瓮安县", "96.7", "22", "11"],
       ["福泉市", "95.6", "24", "12"]]),
    P("（表中仅列出排名前三位和后三位的县（市），完整排名见附件。）"),
    H("二、存在问题", tag="b"),
    P("部分县（市）建筑工地扬尘管控不到位，道路保洁不及时，个别工业企业污染治理设施运行不正常，秸秆露天焚烧现象仍有发生，对局地空气质量造成一定影响。"),
    H("三、工作要求", tag="b"),
    P("各县（市）要对照排名查找差距，强化扬尘、餐饮油烟和机动车尾气综合治理，加密重点时段巡查频次。排名后三位的县（市）要于7月31日前将整改措施报州生态环境局。"),
    SIG("黔南州生态环境局"),
    SIG("2024年7月12日"),
], mode="p")

PAGE = dict(
    id="xz-11", kind="government", lang="zh", region="贵州", site="黔南州生态环境局",
    features="通报；标题在窄标题框内分两行（两个display:block的span），含“2024年第二季度”；日期带秒；文号行不是正文，表后说明属文件正文；"
             "表格含“μg/m³”“PM2.5”；小标题加粗；无作者",
    title_tag="黔南州生态环境局关于2024年第二季度全州环境空气质量状况的通报--黔南州生态环境局",
    css=CSS,
    meta={"ArticleTitle": "黔南州生态环境局关于2024年第二季度全州环境空气质量状况的通报", "PubDate": "2024-07-15 16:42:08"},
    authors=[],
    publish_time="2024-07-15 16:42:08",
    parts=[
        '<div class="top"><div class="w1200"><div class="l">黔南布依族苗族自治州生态环境局</div>'
        '<div class="r"><a href="#">无障碍</a><a href="#">长者版</a><a href="#">繁体</a><a href="#">手机版</a></div></div></div>',
        '<div class="head"><div class="w1200"><div class="logo">黔南州生态环境局</div>' + search("请输入搜索内容") + "</div></div>",
        '<div class="nav">' + ul(["首页", "机构概况", "环境要闻", "信息公开", "环境质量", "政务服务", "互动交流", "专题专栏"]) + "</div>",
        '<div class="w1200">',
        crumbs(["首页", "信息公开", "环境质量", "空气质量"], label="当前位置："),
        '<div class="main">',
        HL,
        '<div class="info">时间：2024-07-15 16:42:08 | 来源：黔南州生态环境局 | 阅读：<span>1108</span> | '
        '字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>',
        BODY,
        '<p>附件：<a href="#">2024年第二季度黔南州各县（市）环境空气质量排名.xls</a></p>',
        '<div class="share"><a href="#">【打印】</a><a href="#">【关闭】</a></div>',
        '<div class="prevnext"><p>上一篇：<a href="#">2024年6月黔南州环境空气质量月报</a></p><p>下一篇：<a href="#">黔南州生态环境局2024年上半年行政处罚信息公开</a></p></div>',
        "</div></div>",
        footer(["主办：黔南州生态环境局　地址：都匀市剑江中路28号　联系电话：0854-8222476",
                "黔ICP备11003285号-1　黔公网安备 52270102000094号　网站标识码：5227000032",
                "环保举报热线：12345"]),
    ],
)
