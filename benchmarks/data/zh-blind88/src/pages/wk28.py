"""wk-28: 微信公众号 article: 原创 + writer + account + time + region; 作者 | line, section-markup body, table, credits block."""
from lib import *

PAGE = dict(id="wk-28", kind="self-media", lang="zh",
            title="今冬长春将浇筑冰场236块！家门口就能滑冰",
            authors=["张佳"], publish_time="2025年11月13日 18:30")

SEC = lambda t, b: (f'<section style="margin:0 8px 16px;line-height:1.75em;">'
                    f'<span style="font-size:15px;letter-spacing:1px;">{t}</span></section>')

BLOCKS = [
    NOTE("作者 | 张佳", f=lambda t, b: f'<section style="font-size:14px;color:#888;margin:0 8px 4px;">{t}</section>'),
    NOTE("图片 | 王冬", f=lambda t, b: f'<section style="font-size:14px;color:#888;margin:0 8px 18px;">{t}</section>'),
    P("天气越来越冷，冰雪季的脚步也越来越近了！记者从市体育局获悉，今冬我市将在公园、广场、学校和社区浇筑公益冰场236块，总面积超过60万平方米，预计12月中旬起陆续开放。"),
    H("各区冰场数量"),
    T([["城区", "冰场数量（块）", "其中公益免费（块）"],
       ["南关区", "28", "22"], ["朝阳区", "35", "27"], ["宽城区", "24", "20"],
       ["二道区", "26", "21"], ["绿园区", "22", "18"], ["长春新区", "31", "23"]], cls="wx"),
    P("除了传统冰场，今年还将在南湖公园、北湖湿地公园等地新建“冰雪乐园”，设置冰滑梯、雪圈、冰上自行车等项目，满足不同年龄段市民的需求。"),
    H("免费教学又来了"),
    P("今冬，我市将继续开展“百万市民上冰雪”活动。寒假期间，各区将组织社会体育指导员在冰场开展免费滑冰教学，每期5天，面向6至14岁青少年，报名方式将在“长春城市发布”公众号另行通知。"),
    H("温馨提示"),
    P("冰场开放前，请勿擅自进入未验收冰面；上冰时注意佩戴护具，老人和儿童须有家人陪同；天然冰面冰层厚度不足，严禁在河湖冰面上滑行、嬉戏。"),
    P("你最想去哪个冰场？评论区告诉我们吧！"),
]

CSS = """
body{margin:0;background:#fff;font-family:-apple-system-font,BlinkMacSystemFont,"Helvetica Neue","PingFang SC","Microsoft YaHei UI",Arial,sans-serif;color:rgba(0,0,0,.9)}
.rich_media{max-width:677px;margin:0 auto;padding:20px 16px}
.rich_media_title{font-size:22px;line-height:1.4;margin-bottom:14px;font-weight:400}
.rich_media_meta_list{font-size:15px;color:rgba(0,0,0,.3);margin-bottom:22px;line-height:20px}
.rich_media_meta_list span,.rich_media_meta_list em{margin-right:8px;font-style:normal}
#copyright_logo{font-size:12px;background:rgba(0,0,0,.05);padding:0 4px;color:rgba(0,0,0,.3)}
.rich_media_meta_nickname a{color:#576b95;text-decoration:none}
.rich_media_content{font-size:17px;line-height:1.6;overflow:hidden}
table.wx{width:100%;border-collapse:collapse;margin:0 0 16px}table.wx td,table.wx th{border:1px solid #dcdcdc;padding:6px;font-size:14px;text-align:center}
table.wx th{background:#e8f3ff}
.credits section{font-size:12px;color:#888;text-align:right;line-height:1.8}
.tail{margin-top:30px;font-size:14px;color:rgba(0,0,0,.5)}.tail span{margin-right:18px}
.qr{margin-top:30px;text-align:center;font-size:13px;color:rgba(0,0,0,.5);border-top:1px solid #eee;padding-top:20px}
"""


def render():
    bh, gold = body(BLOCKS, p="section", h="section")
    html = f"""
<div class="rich_media">
<h1 class="rich_media_title">{PAGE["title"]}</h1>
<div class="rich_media_meta_list"><span id="copyright_logo">原创</span><span class="rich_media_meta_text">张佳</span><span class="rich_media_meta_nickname"><a href="#">长春城市发布</a></span><em id="publish_time">2025年11月13日 18:30</em><em id="js_ip_wording">吉林</em></div>
<div class="rich_media_content" id="js_content">
<section style="text-align:center;margin-bottom:16px">{img("", gif=True)}</section>
{bh}
<section style="text-align:center;margin:24px 0">{img("", gif=True)}</section>
<div class="credits"><section>编辑：李雪</section><section>审核：王涛</section><section>监制：刘长海</section></div>
<section style="text-align:center;font-size:13px;color:#888;margin-top:20px">喜欢就点个“在看”吧</section>
</div>
<div class="tail"><span>阅读原文</span><span>阅读 2.1万</span></div>
<div class="tail"><span>分享</span><span>收藏</span><span>赞 326</span><span>在看 88</span></div>
<div class="qr">预览时标签不可点<br>{img("", gif=True)}<br>微信扫一扫<br>关注该公众号<br><br>继续滑动看下一个<br>长春城市发布<br>向上滑动看下一个</div>
</div>
"""
    return doc(PAGE["title"], CSS, html), gold
