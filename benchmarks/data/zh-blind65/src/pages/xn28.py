from blocks import *
from furniture import *

ID, KIND, LANG = "xn-28", "self-media", "zh"
SITE = "搜狐号（搜狐文章页）"
DOC_TITLE = "海南离岛免税新政满一年，这些变化你注意到了吗？_购物_王思远_消费者"
TITLE = "海南离岛免税新政满一年，这些变化你注意到了吗？"
AUTHORS = ["王思远"]
PUBLISH_TIME = "2024-05-20 14:36"
FEATURES = ("搜狐号 海南自贸港观察 with 作者 | 王思远　编辑 | 李菲 at the head of the text (writer is the author, "
            "editor not; line not body); 2024-05-20 14:36 发布于：海南省 (region dropped); 一、二、三、 bold headings; "
            "a real <table> of figures; 返回搜狐，查看更多 and 责任编辑： tail; 平台声明 box.")

CSS = """
body{margin:0;font:16px/1.9 "Microsoft YaHei";color:#191919}
.sohu-top{background:#fff;border-bottom:1px solid #eee;padding:8px 10vw;display:flex;gap:16px;font-size:14px}
.area{width:1080px;margin:20px auto;display:flex;gap:40px}
.user-info{width:200px;font-size:14px;color:#666}
.text{flex:1}
.text-title h1{font-size:26px;line-height:1.5}
.article-info{font-size:13px;color:#999}
.article p{margin:0 0 20px}
table.tb{border-collapse:collapse;margin:0 0 20px}table.tb td,table.tb th{border:1px solid #ccc;padding:4px 12px}
.statement{font-size:12px;color:#999;background:#f7f7f7;padding:8px}
"""

BODY = [
    X('<p>作者 | 王思远　编辑 | 李菲</p>'),
    P("去年此时，海南离岛免税购物新政调整落地：离岛旅客每年每人免税购物额度维持10万元不变，同时扩大了免税商品品类，并允许岛内居民离岛前“预约购买、离岛提货”。一年过去，这些政策带来了哪些变化？"),
    P("<b>一、销售额稳步增长</b>"),
    P("海口海关数据显示，新政实施一年来，海南离岛免税店累计销售额约486亿元，购物旅客超过680万人次。各主要店铺销售情况如下："),
    TABLE([
        ["店铺", "销售额（亿元）", "同比"],
        ["三亚国际免税城", "213.5", "+12.4%"],
        ["海口日月广场免税店", "96.8", "+18.9%"],
        ["海口美兰机场免税店", "71.2", "+9.6%"],
    ]),
    P("<b>二、购物体验更便利</b>"),
    P("“以前要在机场排很久队提货，现在可以选择邮寄送达，方便多了。”来自上海的游客周女士说。目前，“邮寄送达”和“返岛提取”两种提货方式已在全省免税店全面推行。"),
    P("<b>三、岛内居民受益</b>"),
    P("岛内居民可凭离岛机票或船票，在免税店预约购买，离岛时提货。不少海口市民表示，出差、探亲前顺便“捎上”免税商品，已成为一种新习惯。"),
    P("业内人士认为，随着全岛封关运作临近，离岛免税政策仍有进一步优化空间，海南国际旅游消费中心建设值得期待。"),
]


def page(body):
    return f"""<body>
<div class="sohu-top"><a href="#">搜狐</a><a href="#">新闻</a><a href="#">体育</a><a href="#">汽车</a><a href="#">房产</a><a href="#">旅游</a><a href="#">教育</a><a href="#">时尚</a><a href="#">科技</a><a href="#">财经</a><a href="#">娱乐</a><a href="#">更多</a>{search("搜索")}<a href="#">登录狐友</a></div>
<div class="area">
<div class="user-info"><img alt="海南自贸港观察"><p>海南自贸港观察</p><p>文章 2846　总阅读 1051万</p><a href="#">查看TA的文章&gt;</a></div>
<div class="text">
<div class="text-title"><h1>{TITLE}</h1></div>
<div class="article-info"><span>{PUBLISH_TIME}</span> <span>发布于：海南省</span></div>
<article class="article">
{body}
<p><a href="#">返回搜狐，查看更多</a></p>
</article>
<p class="ed">责任编辑：<span>张琦</span></p>
<div class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div>
<p>阅读 (3512)</p>
{related("推荐阅读", ["海南自贸港封关倒计时：这些准备工作正在推进", "三亚免税店五一客流同比增长两成"], dates=False)}
</div></div>
</body>"""
