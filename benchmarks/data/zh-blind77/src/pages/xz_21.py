# 湖南 常德 city news site (常德民生网) — 引题 + main title, standalone byline line
from kit import *
import styles

CSS = styles.MEDIA_PORTAL.replace("#c00", "#c41230") + """
.title-box .yinti{font-size:17px;color:#c41230}
.byline{color:#666;font-size:15px}
"""

HL = Headline("常德1200余名民警辅警坚守考点一线", yin="全力护航2024年高考")

BODY = Body([
    NOTE("记者 赵　亮　通讯员 汤　梦", cls="byline"),
    P("6月7日清晨6时，天刚蒙蒙亮，常德市一中考点外，交警、特警和社区民警已经全部到岗。在考点周边，交警设置了临时停车区和“绿色通道”，引导送考车辆有序停放；特警队员在校门口巡逻值守，维护考点秩序。"),
    P("高考期间，常德市公安局启动高等级勤务，全市共投入民警、辅警1200余人次，在全市22个考点、326个考场周边开展安全保卫、交通疏导和应急处置工作。"),
    H("“爱心护考”车队随叫随到"),
    P("7日上午8时许，一名考生因乘坐的车辆在途中抛锚，急得直掉眼泪。执勤交警接到求助后，立即用警车将其送到考点，距开考还有20分钟。“多亏了警察叔叔，不然就赶不上了。”考生家长连声道谢。"),
    P("据统计，高考首日，全市公安机关共为考生提供送考、寻找遗失证件等服务46起，未发生影响考试的交通事故和治安案件。"),
    H("提前排查消除隐患"),
    P("早在5月下旬，常德警方就联合教育、市场监管等部门，对考点周边的网吧、歌舞娱乐场所、建筑工地等开展清理整治，并对考试试卷运送、保管全程安保进行了演练，确保万无一失。"),
], mode="p")

PAGE = dict(
    id="xz-21", kind="media", lang="zh", region="湖南", site="常德民生网（市级新闻网站）",
    features="引题“全力护航2024年高考”在主标题上方（不入标题）；正文前单独一行“记者 赵　亮　通讯员 汤　梦”（全角空格隔开的两字名）；"
             "正文小标题；信息栏“时间/来源/点击”；<title>中引题和主标题连写",
    title_tag="全力护航2024年高考 常德1200余名民警辅警坚守考点一线-常德民生网",
    css=CSS,
    meta={"description": "常德市公安局启动高等级勤务护航高考。"},
    authors=["赵亮", "汤梦"],
    publish_time="2024-06-08 17:36",
    parts=[
        '<div class="top-links"><div class="w"><a href="#">常德日报</a><a href="#">常德晚报</a><a href="#">数字报</a><a href="#">常德头条</a><a href="#">爆料</a></div></div>',
        '<div class="w"><div class="masthead"><div class="logo">常德民生网</div>' + search("搜一搜") + "</div></div>",
        '<div class="channel"><div class="w"><a href="#">首页</a><a href="#">常德要闻</a><a href="#">区县</a><a href="#">民生</a><a href="#">教育</a><a href="#">法治</a><a href="#">问政</a></div></div>',
        '<div class="w">',
        crumbs(["首页", "法治", "正文"], label="当前位置：", sep=" &gt; "),
        '<div class="col-l">',
        HL,
        '<div class="info"><span>时间：2024-06-08 17:36</span> <span>来源：常德日报</span> <span>点击：<b>4128</b></span></div>',
        BODY,
        '<p class="editor">编辑：胡　蓉　　审核：龚　平</p>',
        '<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ</a></div>',
        '<div class="box"><h3>相关新闻</h3>' + ul(["常德：高考首日交警护航46起", "常德市2024年高考平稳开考", "高考期间常德城区部分路段临时交通管制"]) + "</div>",
        "</div>",
        '<div class="col-r"><div class="box"><h3>图片新闻</h3>' + img("桃花源景区") + "<p>桃花源景区迎来研学高峰</p></div></div>",
        "</div>",
        footer(["常德日报社主办　常德民生网版权所有", "湘ICP备05011832号-2　湘公网安备 43070202000161号　新闻热线：0736-7226113"]),
    ],
)
