from blocks import *
from furniture import *

ID, KIND, LANG = "xn-15", "media", "zh"
SITE = "闽东南网（省级新闻门户，转载新华社稿）"
DOC_TITLE = "福建“海上牧场”扩容提质 深远海养殖年产值突破百亿元 - 闽东南网"
TITLE = "福建“海上牧场”扩容提质深远海养殖年产值突破百亿元"
AUTHORS = ["艾力·买合木提", "颜菲"]
PUBLISH_TIME = "2024-03-12 16:21:08"
FEATURES = ("wire copy on a portal: headline printed on two lines with <br> (joined without a space); "
            "新华社福州3月12日电（记者 艾力·买合木提 颜　菲） opening the first paragraph (stays body; the minority "
            "name keeps its middle dot, the spaced name loses its U+3000); 来源：新华社 in the info bar; "
            "[责任编辑：…] line; 24小时排行 sidebar before the footer.")

CSS = """
body{margin:0;font:14px/1.8 "Microsoft YaHei";color:#333}
.head{background:#003f88;color:#fff;padding:14px 40px}.head b{font-size:26px}
.head a{color:#fff;margin-left:14px}
.main{width:1000px;margin:0 auto;display:flex;gap:30px}
.l{flex:1}.r{width:300px}
h1{font-size:28px;line-height:1.4;margin:18px 0 8px}
.info{color:#999;font-size:13px}
.info span{margin-right:14px}
.article p{font-size:16px;text-indent:2em}
.editor{text-align:right;color:#999}
.foot{background:#f0f0f0;text-align:center;font-size:12px;padding:18px;color:#777}
"""

BODY = [
    P("新华社福州3月12日电（记者 艾力·买合木提 颜　菲）记者从福建省海洋与渔业局获悉，2023年福建深远海养殖产值达103亿元，同比增长21%，“海上牧场”正从近岸浅海向深远海稳步拓展。"),
    P("在宁德三都澳海域，一座座深海养殖平台在海面上整齐排列。“这个平台可抗12级台风，养殖水体达1.5万立方米，一年能产大黄鱼300多吨。”平台负责人陈立新介绍，平台配备了自动投喂、水下监控等设备，一个人在手机上就能完成大部分管护工作。"),
    P("近年来，福建出台支持深远海养殖发展的专项政策，对新建养殖平台、大型养殖工船给予资金补助，目前全省已投用深远海养殖平台42座、养殖工船3艘。与此同时，传统渔排加快升级改造，累计更换环保型塑胶渔排150余万口。"),
    P("福建省海洋与渔业局有关负责人表示，今年将继续推动养殖装备向大型化、智能化发展，力争新增深远海养殖平台10座以上，并加强水产种业、冷链物流和精深加工等环节建设，推动海洋渔业全产业链提质增效。"),
]


def page(body):
    return f"""<body>
<div class="head"><b>闽东南网</b> <a href="#">首页</a><a href="#">福建</a><a href="#">国内</a><a href="#">国际</a><a href="#">财经</a><a href="#">海峡</a><a href="#">视频</a>{search("请输入关键词")}</div>
<div class="main"><div class="l">
<div class="crumb"><a href="#">闽东南网</a> &gt; <a href="#">福建频道</a> &gt; <a href="#">福建要闻</a></div>
<h1>福建“海上牧场”扩容提质<br>深远海养殖年产值突破百亿元</h1>
<div class="info"><span>{PUBLISH_TIME}</span><span>来源：新华社</span><span><a href="#">字号：大 中 小</a></span></div>
<div class="article">
{body}
</div>
<p class="editor">[责任编辑：郑慧敏]</p>
{share("分享到：", ("微信","微博","QQ"))}
{related("相关新闻", [("福建发布海洋经济高质量发展三年行动方案","2024-02-26"),("宁德大黄鱼产业链产值突破150亿元","2024-01-18")])}
</div>
<div class="r"><h4>24小时排行</h4><ol><li><a href="#">福州地铁4号线全线贯通</a></li><li><a href="#">厦门新增两条国际航线</a></li><li><a href="#">泉州启动古城保护提升工程</a></li><li><a href="#">三明沙县小吃产业再升级</a></li></ol></div>
</div>
<div class="foot"><p><a href="#">关于我们</a> | <a href="#">联系我们</a> | <a href="#">广告服务</a> | <a href="#">网站地图</a></p>
<p>闽东南网 版权所有　互联网新闻信息服务许可证编号：35120170012</p>
<p>闽ICP备08105227号-3　闽公网安备35010202000932号</p></div>
</body>"""
