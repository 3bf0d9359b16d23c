# 湖南·湘西 凤凰县人民政府 — 常务会议, 2025 design, standalone byline line at top of body
from kit import *
import styles

CSS = styles.GOV_2025.replace("#a8071a", "#7c2d12").replace("#d4380d", "#b45309") + """
.byline{text-align:center;text-indent:0!important;color:#595959;font-size:15px}
.gwy{font-size:13px;color:#999;text-align:center;margin:-6px 0 10px}
"""

HL = Headline("吴志刚主持召开县政府第28次常务会议")

BODY = Body([
    NOTE("凤凰县融媒体中心记者&nbsp;彭&nbsp;&nbsp;亮&nbsp;&nbsp;通讯员&nbsp;龙菲菲", cls="byline"),
    P("1月9日，县委副书记、县长吴志刚主持召开县人民政府第28次常务会议，传达学习上级有关会议精神，研究部署近期重点工作。县领导田晓华、麻建平、杨秀林等出席会议。"),
    P("会议传达学习了全省冬春火灾防控工作电视电话会议精神。会议强调，要紧盯古城、景区、村寨木质连片建筑等重点区域，全面排查整治电气线路老化、违规用火用电等隐患，确保春节期间不发生较大以上火灾事故。"),
    P("会议审议并原则通过了以下事项："),
    L(["（一）《凤凰县A级旅游景区提质升级三年行动方案（2025—2027年）》；",
       "（二）《凤凰县2025年城乡居民基本医疗保险参保工作实施方案》；",
       "（三）县城区老旧小区改造项目（第二批）实施计划。"], tag="p"),
    P("会议指出，A级景区提质升级是推动全域旅游高质量发展的关键抓手，要对标5A、4A级景区标准，补齐停车、厕所、导视、智慧服务等短板，推动古城、南方长城、苗寨等景区由“观光游”向“体验游”“度假游”转变。"),
    P("会议要求，各乡镇和县直有关部门要统筹做好岁末年初各项工作，扎实开展欠薪问题专项整治，做好困难群众走访慰问和重要民生商品保供稳价，确保群众安全祥和过节。"),
], mode="p")

PAGE = dict(
    id="xz-12", kind="government", lang="zh", region="湖南", site="凤凰县人民政府",
    features="2025年设计；标题含“第28次”；正文开头单独一行署名“凤凰县融媒体中心记者 彭  亮  通讯员 龙菲菲”（不是正文，作者两人）；"
             "“A级”“5A、4A级”英文字母；编号列表每条一段；信息栏作者项空缺；浮动工具栏",
    title_tag="吴志刚主持召开县政府第28次常务会议 - 凤凰县人民政府",
    css=CSS,
    meta={"ArticleTitle": "吴志刚主持召开县政府第28次常务会议", "PubDate": "2025-01-09 18:20"},
    authors=["彭亮", "龙菲菲"],
    publish_time="2025-01-09 18:20",
    parts=[
        '<div class="toolbar"><div class="container"><div>您好，欢迎访问凤凰县人民政府门户网站！</div><div>'
        '<a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁體</a><a href="#">政务微博</a><a href="#">政务微信</a></div></div></div>',
        '<div class="header"><div class="container"><div class="site">凤凰县人民政府<small>湘西土家族苗族自治州</small></div>' + search("请输入关键词搜索") + "</div></div>",
        '<div class="mainnav">' + ul(["首页", "凤凰概况", "政务要闻", "政务公开", "政务服务", "互动交流", "文旅凤凰"]) + "</div>",
        '<div class="container">',
        crumbs(["首页", "政务要闻", "政务动态"], label="当前位置：", sep=" > "),
        '<div class="article">',
        HL,
        '<div class="meta"><span>信息来源：凤凰县融媒体中心</span><span>作者：</span><span>发布时间：2025-01-09 18:20</span>'
        '<span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>',
        BODY,
        '<div class="tail"><p>责任编辑：麻　婷</p><p>上一篇：<a href="#">凤凰县召开2025年春运工作部署会</a></p>'
        '<p>下一篇：<a href="#">我县开展岁末年初安全生产大检查</a></p></div>',
        "</div>",
        '<div class="cards"><div><h4>政务要闻</h4>' + ul(["吴志刚主持召开县政府第28次常务会议", "县委常委会召开会议 研究部署春节前后重点工作",
                                                     "凤凰县召开2025年春运工作部署会"]) + '</div><div><h4>扫码关注</h4>' + img("凤凰发布二维码") +
        "<p>凤凰发布</p></div></div>",
        "</div>",
        '<div class="footer"><div class="container"><p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">网站纠错</a></p>'
        '<p>主办：凤凰县人民政府办公室　承办：凤凰县融媒体中心　电话：0743-3228106</p>'
        '<p>湘ICP备05007436号　湘公网安备 43312302000078号　网站标识码：4331230001</p></div></div>',
        '<div class="float-tools"><a href="#">长者模式</a><br><a href="#">顶部</a></div>',
    ],
)
