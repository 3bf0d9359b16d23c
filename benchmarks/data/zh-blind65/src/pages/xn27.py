from blocks import *
from furniture import *

ID, KIND, LANG = "xn-27", "self-media", "zh"
SITE = "微信公众号文章（mp 页面）"
DOC_TITLE = "福州这条老街，藏着一百年的手艺"
TITLE = "福州这条老街，藏着一百年的手艺"
AUTHORS = ["林小鹿"]
PUBLISH_TIME = "2024年12月03日 20:15"
FEATURES = ("微信公众号: meta line 原创 林小鹿 榕城微生活 2024年12月03日 20:15 福建 (the person is the author, the "
            "account and the region are not); text pasted from Word into <section>s, hard-broken with <br> every "
            "30–40 characters; centred 小标题 sections; 图片 alt lines; 预览时标签不可点, 微信扫一扫, 阅读原文, 留言 furniture.")

CSS = """
body{margin:0;background:#f2f2f2;font:17px/1.75 -apple-system,"PingFang SC",sans-serif;color:#333}
.rich_media{max-width:677px;margin:0 auto;background:#fff;padding:20px}
h1.rich_media_title{font-size:22px;line-height:1.4}
.rich_media_meta_list{font-size:15px;color:rgba(0,0,0,.3)}
.rich_media_meta_list span{margin-right:8px}
#js_name{color:#576b95}
section{margin:0 0 20px}
section.sub{text-align:center;font-weight:bold;color:#b5651d}
.qr_code_pc{font-size:14px;color:#888;text-align:center}
.tips{font-size:13px;color:#aaa}
"""

BODY = [
    BRP("在福州，三坊七巷是游客必去的地方，但很多人不知道，离它不远的上下杭，也藏着许多老手艺。上周末，小鹿专门去走了一圈，找到了三位坚守了几十年的手艺人。", tag="section"),
    IMG("上下杭街景", gif=True, cls="img"),
    P("01 | 脱胎漆器：一件作品要上几十道漆", tag="section", cls="sub"),
    BRP("走进张师傅的工作室，满屋都是淡淡的漆味。脱胎漆器是福州“三宝”之一，先用泥土做胎，再用夏布和大漆一层层裱糊，最后脱去泥胎，只留漆布外壳。“一件作品从制胎到髹漆、打磨，要几十道工序，快的三个月，慢的要一年。”张师傅说。", tag="section"),
    P("02 | 软木画：方寸之间有亭台", tag="section", cls="sub"),
    BRP("在隔壁的软木画店里，七十岁的陈奶奶正用刻刀在一块软木上雕着亭子的栏杆，细得像头发丝。她说，软木画讲究“精、细、透”，一幅小小的作品里，亭台楼阁、小桥流水要层次分明。", tag="section"),
    P("03 | 油纸伞：一把伞撑起一段回忆", tag="section", cls="sub"),
    BRP("最后一站是一家油纸伞铺。老板郑叔从父亲手里接过这门手艺，已经做了四十多年。他告诉小鹿，现在买伞的年轻人越来越多，很多是来拍照、做汉服搭配的，“只要有人喜欢，这门手艺就不会断”。", tag="section"),
    BRP("如果你也想感受老福州的手艺，不妨挑个周末去上下杭走走，记得带上耐心，慢慢逛。", tag="section"),
    X('<p class="tips">— END —</p>'),
    X('<p class="tips">文字 | 林小鹿　图片 | 林小鹿　编辑 | 阿May</p>'),
]


def page(body):
    return f"""<body>
<div class="rich_media">
<h1 class="rich_media_title">{TITLE}</h1>
<div class="rich_media_meta_list"><span class="orig">原创</span>
<span>林小鹿</span>
<a href="#" id="js_name">榕城微生活</a>
<span>{PUBLISH_TIME}</span>
<span>福建</span></div>
<div class="rich_media_content">
{body}
</div>
<p class="tips">预览时标签不可点</p>
<div class="qr_code_pc"><img src="{QR_GIF}" alt=""><p>微信扫一扫<br>关注该公众号</p></div>
<p class="tips"><a href="#">阅读原文</a>　阅读 3216　<a href="#">分享</a>　<a href="#">收藏</a>　<a href="#">赞</a> 48　<a href="#">在看</a> 21</p>
<p class="tips">写留言</p>
<p class="tips">继续滑动看下一个</p>
<p class="tips">轻触阅读原文</p>
<p class="tips">向上滑动看下一个</p>
<p class="tips"><a href="#">知道了</a></p>
</div>
</body>"""
