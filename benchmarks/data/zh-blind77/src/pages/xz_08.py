# 湖南·长沙 天心区人民政府 — 街道动态（坡子街街道）, short headline, closing byline line
from kit import *
import styles

CSS = styles.GOV_2025.replace("#a8071a", "#0958d9").replace("#d4380d", "#1677ff") + """
.layout{display:flex;gap:20px}
.sidebar{width:220px;background:#fff;border-radius:8px;padding:12px 0;font-size:15px}
.sidebar h3{margin:0 0 8px;padding:0 18px;color:#0958d9}
.sidebar ul{list-style:none;padding:0;margin:0}.sidebar li{padding:8px 18px}
.sidebar li.on{background:#e6f4ff;color:#0958d9}
.article{flex:1}
.byline{text-align:right;text-indent:0!important;color:#555}
"""

HL = Headline("老街巷有了新“客厅”")

BODY = Body([
    P("9月18日傍晚，坡子街街道西湖社区的“邻里客厅”里热闹非凡：几位老人围坐在一起下象棋，孩子们在阅读角翻看绘本，志愿者正在为居民免费测量血压。"),
    P("“以前这里是一处闲置多年的老仓库，杂物堆积，蚊虫多，大家路过都绕着走。”居民李娭毑说，“现在改成了大家的‘客厅’，每天吃完晚饭就想过来坐一坐。”"),
    IMG("西湖社区邻里客厅", "居民在“邻里客厅”内休闲娱乐。"),
    P("今年以来，坡子街街道围绕老旧街巷“微更新”，通过“居民点单、社区派单、党员接单”的方式，广泛征集群众意见，盘活闲置空间11处，建成“邻里客厅”、口袋公园、共享菜园等公共空间，打通了服务群众的“最后一百米”。"),
    P("在改造过程中，街道坚持“小切口、微改造”，充分保留老街巷的青石板路、麻石台阶和老式门楣，组织社区规划师、居民代表共同参与方案设计。改造后的空间由社区党组织牵头、居民自治管理，日常运维由辖区商户和志愿者共同承担。"),
    P("街道相关负责人介绍，下一步将继续推进“一巷一品”建设，把更多老街巷打造成有温度、有记忆、有活力的幸福家园。"),
    NOTE("（通讯员　周　琳　彭雅婷）", cls="byline"),
], mode="p")

PAGE = dict(
    id="xz-08", kind="government", lang="zh", region="湖南", site="长沙市天心区人民政府·街道动态",
    features="短标题（9字，含引号）；信息栏无作者，作者在文末单独一行“（通讯员　周　琳　彭雅婷）”（不是正文）；"
             "左侧栏目导航；日期印作“发布日期：[2024-09-20]”（金标不含方括号）；引语中嵌套单引号；<title>里引号变成直角引号",
    title_tag="老街巷有了新「客厅」-坡子街街道-天心区人民政府",
    css=CSS,
    meta={"ArticleTitle": "老街巷有了新“客厅”", "PubDate": "2024-09-20"},
    authors=["周琳", "彭雅婷"],
    publish_time="2024-09-20",
    parts=[
        '<div class="toolbar"><div class="container"><div>长沙市天心区人民政府门户网站</div><div>'
        '<a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁</a><a href="#">网站支持IPv6</a></div></div></div>',
        '<div class="header"><div class="container"><div class="site">天心区人民政府<small>长沙市天心区</small></div>' + search("请输入关键词") + "</div></div>",
        '<div class="mainnav">' + ul(["首页", "走进天心", "政务动态", "政务公开", "政务服务", "政民互动", "街道动态"]) + "</div>",
        '<div class="container">',
        crumbs(["首页", "政务动态", "街道动态", "坡子街街道"], label="当前位置：", sep=" / "),
        '<div class="layout">',
        '<div class="sidebar"><h3>街道动态</h3><ul><li class="on">坡子街街道</li><li>城南路街道</li><li>文源街道</li><li>青园街道</li><li>金盆岭街道</li><li>新开铺街道</li></ul></div>',
        '<div class="article">',
        HL,
        '<div class="meta"><span>发布日期：[2024-09-20]</span><span>来源：坡子街街道</span><span>浏览量：573</span></div>',
        BODY,
        '<div class="tail"><p>上一篇：<a href="#">坡子街街道开展中秋“邻里节”活动</a></p><p>下一篇：<a href="#">坡子街街道召开安全生产工作调度会</a></p>'
        '<p class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></p></div>',
        "</div></div>",
        '<div class="cards"><div><h4>相关阅读</h4>' + ul(["老街巷有了新客厅 坡子街“微更新”提升居民幸福感", "城南路街道：口袋公园扮靓家门口",
                                                         "文源街道“共享菜园”开园"]) + "</div></div>",
        "</div>",
        '<div class="footer"><div class="container"><p>主办：长沙市天心区人民政府办公室　承办：天心区政务服务和大数据局</p>'
        '<p>湘ICP备06010294号-1　湘公网安备 43010302000366号　网站标识码：4301030008</p>'
        '<p>' + img("政府网站找错") + " " + img("党政机关") + "</p></div></div>",
    ],
)
