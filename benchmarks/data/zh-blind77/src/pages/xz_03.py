# 贵州·黔东南 三穗县人民政府 乡镇子站（台烈镇）— 2025 design
from kit import *
import styles

CSS = styles.GOV_2025 + """
.subsite{background:#fff7e6;border:1px solid #ffd591;border-radius:6px;padding:8px 14px;font-size:14px;margin-top:16px}
.meta span+span:before{content:"";}
.editor{font-size:14px;color:#8c8c8c;text-align:right}
"""

HL = Headline("台烈镇：“鸭稻共生”让一田多收")

BODY = Body([
    P("眼下，在台烈镇寨头村的稻田里，秧苗青翠、长势喜人，一群群雏鸭在禾苗间穿梭觅食，不时激起一圈圈涟漪，构成一幅生机盎然的田园画卷。"),
    P("“鸭子在田里吃虫吃草，粪便又是天然的肥料，稻子不打农药、少施化肥，米价能比普通大米高出一倍。”正在田埂上查看鸭群的种植户杨光明告诉记者，他家今年种了12亩稻田，投放雏鸭300多只，预计稻谷和鸭子两项收入能超过4万元。"),
    IMG("稻田里的鸭群", "寨头村“鸭稻共生”示范田里的鸭群。"),
    P("近年来，台烈镇依托良好的生态环境和传统稻作习俗，把“稻+鸭”“稻+鱼”综合种养作为巩固脱贫成果、促进群众增收的重要产业来抓，采取“合作社+基地+农户”模式，由合作社统一供苗、统一技术、统一收购，农户负责日常管护，有效降低了群众的种养风险。"),
    H("一田多收 亩均增收千余元", tag="h3"),
    P("据统计，今年全镇发展稻鸭、稻鱼综合种养5600亩，带动农户1280户，预计亩均增收1200元以上。镇里还注册了“台烈香米”商标，通过电商平台和消费帮扶专柜拓宽销路，去年综合种养的稻米全部售罄。"),
    P("“下一步，我们将继续扩大种养规模，推动稻米精深加工和农文旅融合发展，让‘一田多收’变成‘一田多富’。”台烈镇党委主要负责人表示。"),
], mode="p")

PAGE = dict(
    id="xz-03", kind="government", lang="zh", region="贵州", site="三穗县人民政府·乡镇街道子站（台烈镇）",
    features="2025年设计；乡镇子站条；标题以“地名：”开头并含引号；信息栏以“|”分隔，来源、作者在日期前，作者“吴  勇”空格；"
             "正文小标题为<h3>；分享栏user-select:none（不被复制）；文末责任编辑/审核不是作者；相关卡片中标题前加【台烈镇】",
    title_tag="台烈镇：“鸭稻共生”让一田多收 - 三穗县人民政府",
    css=CSS,
    meta={"ArticleTitle": "台烈镇：“鸭稻共生”让一田多收", "PubDate": "2025-06-18 16:05", "Author": "杨秀梅 吴勇"},
    authors=["杨秀梅", "吴勇"],
    publish_time="2025-06-18 16:05",
    parts=[
        '<div class="toolbar"><div class="container"><div>欢迎访问三穗县人民政府网站</div><div>'
        '<a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁體</a><a href="#">English</a><a href="#">智能问答</a><a href="#">登录</a><a href="#">注册</a></div></div></div>',
        '<div class="header"><div class="container"><div class="site">三穗县人民政府<small>www.sansui.gov.cn</small></div>' + search("搜索本站内容") + "</div></div>",
        '<div class="mainnav">' + ul(["首页", "走进三穗", "新闻动态", "政务公开", "政务服务", "互动交流", "乡镇街道", "专题专栏"]) + "</div>",
        '<div class="container">',
        '<div class="subsite">乡镇街道子站：<a href="#">八弓镇</a> <a href="#">台烈镇</a> <a href="#">瓦寨镇</a> <a href="#">桐林镇</a> <a href="#">雪洞镇</a> <a href="#">长吉镇</a> <a href="#">款场乡</a></div>',
        crumbs(["首页", "乡镇街道", "台烈镇", "工作动态"], label="您当前的位置：", sep=" &gt; "),
        '<div class="article">',
        HL,
        '<div class="meta"><span>来源：台烈镇</span><span>|</span><span>作者：杨秀梅 吴&nbsp;&nbsp;勇</span><span>|</span>'
        '<span>发布时间：2025-06-18 16:05</span><span>|</span><span>浏览量：846</span>'
        '<span class="share">字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>',
        BODY,
        '<p class="editor">责任编辑：龙婷婷　　审核：吴　建</p>',
        '<div class="tail"><div class="share">分享：<a href="#">微信</a> <a href="#">微博</a> <a href="#">复制链接</a></div>'
        '<p>上一篇：<a href="#">台烈镇开展汛期地质灾害隐患排查</a></p><p>下一篇：<a href="#">台烈镇召开2025年上半年经济运行分析会</a></p>'
        '<p><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></p></div>',
        "</div>",
        '<div class="cards"><div><h4>台烈镇工作动态</h4>' + ul([
            "【台烈镇】“鸭稻共生”让一田多收", "【台烈镇】开展汛期地质灾害隐患排查", "【台烈镇】召开2025年上半年经济运行分析会",
            "【台烈镇】举办农村实用技术培训班"]) + '</div><div><h4>关注我们</h4>' + img("三穗发布微信公众号") +
        '<p>扫一扫，关注“三穗发布”</p></div></div>',
        "</div>",
        '<div class="footer"><div class="container">'
        '<p><a href="#">关于本站</a> | <a href="#">网站地图</a> | <a href="#">联系我们</a></p>'
        '<p>主办单位：三穗县人民政府办公室　承办单位：三穗县大数据发展管理局</p>'
        '<p>网站标识码：5226240021　黔ICP备14003276号　黔公网安备 52262402000087号</p>'
        '<p>地址：贵州省三穗县八弓镇政府路8号　联系电话：0855-4522317</p></div></div>',
        '<div class="float-tools"><a href="#">返回顶部</a></div>',
    ],
)
