# 百家号 article: account header with date glued to location and a creator label ("2024-06-18 09:12河北");
# "作者 | 李响" line at the top of the text names a person (author), "来源 | 燕赵观察" account line; 举报 etc.
from lib import *

TITLE = ["河北县域特色产业集群“十百千”工程方案出炉，这些县入选"]

blocks = [
    ("byline", "作者 | 李响"),
    ("byline", "来源 | 燕赵观察"),
    ("p", "日前，河北省政府办公厅印发《河北省县域特色产业集群“十百千”工程实施方案》，提出到2027年，"
          "全省培育10个营业收入超千亿元、100个超百亿元的县域特色产业集群，带动1000家骨干企业做大做强。"),
    ("p", "方案公布了首批重点培育的县域特色产业集群名单，共涉及45个县（市、区）。其中，营收有望率先突破千亿元的集群包括："),
    ("ul", ["清河羊绒及制品产业集群", "白沟箱包产业集群", "安平丝网产业集群", "任丘石油化工装备产业集群", "永年标准件产业集群"]),
    ("p", "笔者梳理发现，入选集群大多具有“小产品、大市场”的特点。以安平丝网为例，当地丝网企业超过1.3万家，"
          "产品出口100多个国家和地区，全国丝网市场占有率超过80%。"),
    ("p", "在支持政策上，方案明确省级每年安排专项资金，对新晋级的千亿级、百亿级集群分别给予奖励，"
          "并支持集群建设公共技术服务平台、检验检测中心和跨境电商产业园。"),
    ("p", "业内人士分析，县域特色产业是河北经济的“基本盘”，但长期存在企业规模小、品牌附加值低等短板。"
          "“十百千”工程能否见效，关键在于能否推动集群从“块状经济”向“链式发展”转变。"),
]
body = Body(blocks, dict(container="p", indent="none"))

css = CSS_BASE + """
.bjh-head{height:56px;border-bottom:1px solid #eee;padding:0 30px;display:flex;align-items:center}
.bjh-main{width:740px;margin:30px auto}
.bjh-main h1{font-size:26px}
.author-box{display:flex;align-items:center;margin:14px 0 24px;color:#999;font-size:13px}
.author-box .name{color:#333;font-size:15px;font-weight:bold}
.author-box .time{display:inline}
.article-content{font-size:17px;line-height:29px}
.article-content p{margin:0 0 22px}
.article-content .list li{list-style:disc;margin-left:1em}
.opr{color:#999;font-size:13px}
"""

html = doc(TITLE[0], css, "".join([
    div(esc("百度首页") + span("　登录"), "bjh-head"),
    div("".join([
        title_html(TITLE, "h1", None),
        div(img("燕赵观察") + div(div(esc("燕赵观察"), "name") +
                                 div(span("2024-06-18 09:12", "time") + span("河北") + span("　优质财经领域创作者"))) +
            t("button", "关注"), "author-box"),
        body.html,
        div(esc("举报/反馈"), "opr"),
        div(esc("本文由作者上传并发布，百家号仅提供信息发布平台。文章仅代表作者个人观点，不代表百度立场。未经作者许可，不得转载。"), "opr"),
        listbox("为你推荐", ["河北这个县，靠一根羊绒做成千亿产业", "县域经济观察：白沟箱包的数字化之路"], more=None),
    ]), "bjh-main"),
    div(esc("©2024 Baidu 使用百度前必读 意见反馈 京ICP证030281号"), "opr"),
]))

PAGE = dict(
    id="xk-27", kind="self-media", lang="zh", title=TITLE,
    authors=["李响"], publish_time="2024-06-18 09:12",
    body=body, html=html,
    features="百家号 article; account card with date glued to a province and a creator label; “作者 | 李响” names a person, "
             "so the person (not the account) is the author; “来源 | account” line; bullet list of clusters; "
             "platform disclaimer.",
)
