from blocks import *
from furniture import *

ID, KIND, LANG = "xn-14", "media", "zh"
SITE = "邕城晚报网（南宁市级晚报网站，2014年式）"
DOC_TITLE = "朝阳溪边“口袋公园”开园 附近居民多了个好去处_邕城晚报网"
TITLE = "朝阳溪边“口袋公园”开园 附近居民多了个好去处"
AUTHORS = ["韦丽萍"]
PUBLISH_TIME = "2014-09-22 08:46:17"
FEATURES = ("city evening paper site of 2014; byline line 记者 韦丽萍 文/图 above the text (not body); Word paste: each "
            "paragraph a <p> hard-broken with <br> every 30–40 characters; two photos with captions ending 韦丽萍 摄; "
            "info bar with seconds, 来源 and 点击数; 【我要纠错】; 责任编辑; 相关新闻 and 热点排行 lists.")

CSS = """
body{margin:0;font:12px/1.8 "宋体";background:#fff}
.top{background:#f4f4f4;border-bottom:1px solid #ddd;padding:2px 20px}
.logo{font-size:30px;color:#e60012;padding:10px 20px;font-weight:bold}
.menu{background:#e60012;padding:6px 20px}.menu a{color:#fff;margin-right:16px;font-size:14px}
#main{width:960px;margin:10px auto;overflow:hidden}
#left{float:left;width:660px}
#right{float:right;width:280px;background:#f8f8f8}
.h{font-size:24px;text-align:center;font-family:"黑体"}
.s{text-align:center;color:#666;border-bottom:1px solid #ddd}
#text p{font-size:14px;margin:10px 0;line-height:2}
#text .pic,#text .caption{text-align:center}
.bot{clear:both;background:#333;color:#999;text-align:center;padding:10px}
"""

BODY = [
    X('<p class="by">记者 韦丽萍 文/图</p>'),
    BRP("本报讯 昨日上午，位于朝阳溪畔民主路段的“口袋公园”正式开园。这个面积仅1800平方米的小公园，由原来堆放建筑材料的闲置空地改造而成，成了附近居民休闲健身的新去处。"),
    IMG("口袋公园一角", "改造后的口袋公园绿树成荫。韦丽萍 摄"),
    BRP("记者在现场看到，公园内铺设了透水砖步道，种植了小叶榕、三角梅、鸭脚木等20多种乔灌木，还设置了儿童游乐区、健身区和休息座椅。不少老人带着孙子孙女在游乐区玩耍，一旁的健身器材也“人气”颇旺。"),
    BRP("“以前这里晴天一身灰、雨天一脚泥，现在变得这么漂亮，每天傍晚我都和老伴来散步。”家住民主路的黄伯伯说。"),
    BRP("据兴宁区市政园林部门介绍，今年以来，该区利用边角地、闲置地建设“口袋公园”，已建成6个，年底前还将再建4个，让市民“出门见绿、推窗见景”。"),
    IMG("孩子们在游乐区玩耍", "孩子们在游乐区玩耍。韦丽萍 摄"),
    BRP("不过也有居民提出，公园周边缺少停车位，希望有关部门统筹考虑。对此，园林部门表示将与交警部门协商，在附近道路合理施划临时停车泊位。"),
]


def page(body):
    return f"""<body>
<div class="top">欢迎访问邕城晚报网！ <a href="#">设为首页</a> <a href="#">加入收藏</a> <a href="#">手机版</a> <a href="#">电子报</a></div>
<div class="logo">邕城晚报网 <small>www.yongcheng-wb.cn</small></div>
<div class="menu"><a href="#">首页</a><a href="#">南宁新闻</a><a href="#">广西新闻</a><a href="#">社会</a><a href="#">民生</a><a href="#">娱乐</a><a href="#">体育</a><a href="#">图片</a><a href="#">论坛</a></div>
<div id="main"><div id="left">
<div class="loc">您的位置：<a href="#">邕城晚报网</a> &gt;&gt; <a href="#">南宁新闻</a> &gt;&gt; 正文</div>
<div class="h">{TITLE}</div>
<div class="s">{PUBLISH_TIME}　来源：邕城晚报　点击数：<span>3421</span>　<a href="#">【我要纠错】</a></div>
<div id="text">
{body}
</div>
<p style="text-align:right">【责任编辑：蒙小凤】</p>
<div class="bshare">分享到：<a href="#">QQ空间</a> <a href="#">新浪微博</a> <a href="#">腾讯微博</a> <a href="#">人人网</a> <a href="#">更多</a></div>
{related("相关新闻", [("南宁今年将新建改造10个口袋公园","2014-03-11"),("朝阳溪综合整治三期工程完工","2014-08-30")])}
</div>
<div id="right">
<h4>热点排行</h4><ol><li><a href="#">南宁地铁1号线首段轨道铺通</a></li><li><a href="#">中秋国庆假期邕城天气预报出炉</a></li><li><a href="#">青秀山景区国庆期间将限流</a></li></ol>
<h4>图片新闻</h4><p><img alt="民歌湖夜景"><br>民歌湖夜景</p>
</div></div>
<div class="bot">邕城晚报社 版权所有　新闻热线：0771-5713110　广告热线：0771-5713226<br>桂ICP备09008561号　桂新网备案号：2008-031</div>
</body>"""
