from blocks import *
from furniture import *

ID, KIND, LANG = "xn-01", "government", "zh"
SITE = "佛山市南海区人民政府门户网站（区政府，2012年式表格布局）"
DOC_TITLE = "区领导到九江镇调研渔业转型升级工作_南海区人民政府"
TITLE = "区领导到九江镇调研渔业转型升级工作"
AUTHORS = ["陈嘉欣", "黄敏"]
PUBLISH_TIME = "2016-08-23 10:15:36"
FEATURES = ("table layout of the 2010s; Word paste: every paragraph one <p class=MsoNormal> hard-broken with <br> "
            "every 30–40 characters; info bar below the headline with spaced labels and 【字体：大 中 小】; closing "
            "byline on its own line with a unit and a name spaced with U+3000 (黄　敏); 责任编辑 line; left column menu.")

CSS = """
body{margin:0;font:12px/1.8 SimSun,serif;background:#eef3f8}
table.wrap{width:1000px;margin:0 auto;background:#fff;border-collapse:collapse}
.top{background:#1d5ea8;color:#fff;padding:2px 10px}.top a{color:#fff}
.banner{height:90px;font-size:28px;color:#1d5ea8;padding:20px}
.nav{background:#2b73c2}.nav a{color:#fff;margin:0 12px}
td.left{width:200px;vertical-align:top;background:#f3f7fb}
td.main{vertical-align:top;padding:10px 20px}
h1{font-size:20px;text-align:center;color:#c00}
.info{text-align:center;border-bottom:1px dashed #999;color:#666}
.MsoNormal{margin:0 0 8px;font-size:14px}
.footer{text-align:center;background:#e5ecf3;padding:10px}
"""

BODY = [
    BRP("8月22日上午，区委常委、副区长冯卓坤带领区农业农村局、区海洋渔业局等部门负责人，到九江镇调研渔业转型升级工作，实地察看了下西村连片鱼塘改造、沙头社区水产种苗基地和九江双蒸鱼干加工企业，听取镇有关工作汇报。", cls="MsoNormal"),
    BRP("在下西村，冯卓坤一行沿着新修的塘基察看了尾水处理设施。据介绍，该片区去年启动标准化鱼塘改造，共完成改造面积2860亩，配套建设生态沟渠和三级净化池，养殖尾水经处理后循环利用，亩均增收约1500元。", cls="MsoNormal"),
    BRP("在座谈会上，冯卓坤充分肯定了九江镇在推动渔业提质增效方面取得的成绩。他指出，九江是传统的“鱼米之乡”，发展渔业基础好、优势明显，要抓住全区推进农业供给侧结构性改革的机遇，把鱼塘改造与美丽乡村建设结合起来，走生态、高效、品牌的路子。", cls="MsoNormal"),
    BRP("冯卓坤强调，一要加快连片鱼塘整治，今年内再完成改造面积不少于3000亩；二要培育龙头企业和合作社，延伸加工链条，打响本地水产品牌；三要加强水产品质量安全监管，落实养殖档案和用药记录制度，确保群众“舌尖上的安全”。", cls="MsoNormal"),
    BRP("九江镇党委副书记、镇长麦永康表示，镇里将按照区的部署，细化任务分工，倒排时间节点，力争年底前形成可复制推广的经验。", cls="MsoNormal"),
    X('<p class="MsoNormal" style="text-align:right">（区农业农村局　陈嘉欣　黄　敏）</p>'),
]


def page(body):
    return f"""<body>
<table class="wrap"><tr><td colspan="2">
<div class="top">今天是：2016年8月23日 星期二　　<a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">无障碍浏览</a> | <a href="#">繁體版</a> | <a href="#">手机版</a></div>
<div class="banner"><img alt="南海区人民政府门户网站"> 佛山市南海区人民政府</div>
{links(["首页","政务公开","走进南海","网上办事","政民互动","专题专栏","数据开放"], sep=" ", cls="nav")}
{search("站内搜索")}
</td></tr>
<tr><td class="left">
<div class="lt"><b>政务动态</b></div>
<ul><li><a href="#">南海要闻</a></li><li><a href="#">部门动态</a></li><li><a href="#">镇街动态</a></li><li><a href="#">图片新闻</a></li><li><a href="#">通知公告</a></li></ul>
<div class="lt"><b>快速通道</b></div>
<ul><li><a href="#">区长信箱</a></li><li><a href="#">依申请公开</a></li><li><a href="#">政务服务网</a></li></ul>
</td><td class="main">
<div class="crumb">您现在的位置：<a href="#">首页</a> &gt; <a href="#">政务动态</a> &gt; <a href="#">部门动态</a> &gt; 正文</div>
<h1>{TITLE}</h1>
<div class="info">发布日期：{PUBLISH_TIME}&nbsp;&nbsp;&nbsp;&nbsp;信息来源：南海区农业农村局&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<span>1263</span>&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="content">
{body}
</div>
<p style="text-align:right">责任编辑：梁志强</p>
<div class="tools">【<a href="#">打印本页</a>】　【<a href="#">关闭窗口</a>】</div>
<div class="pn">上一篇：<a href="#">区农业农村局召开2016年秋冬种工作部署会</a><br>下一篇：<a href="#">西樵镇开展农村集体“三资”管理专项检查</a></div>
</td></tr>
<tr><td colspan="2">
<div class="footer"><p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">使用帮助</a></p>
<p>主办：佛山市南海区人民政府办公室　承办：佛山市南海区信息中心</p>
<p>地址：佛山市南海区桂城街道南海大道北38号　联系电话：0757-86311024</p>
<p>粤ICP备05013625号　网站标识码：4406050031</p>
<p><img alt="党政机关"> <img alt="政府网站找错"></p></div>
</td></tr></table>
</body>"""
