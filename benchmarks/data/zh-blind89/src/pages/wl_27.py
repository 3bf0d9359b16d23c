# 自媒体 · 微信公众号文章（mp page: '原创 林晓 茶乡安溪 2025年10月17日 20:15 福建', 点击蓝字关注, closing 来源/编辑/审核）
from lib import *

PAGE = dict(
    id="wl-27", kind="self-media", lang="zh", site="茶乡安溪",
    title="安溪铁观音秋茶开采，今年品质怎么样？",
    authors=["林晓"],
    publish_time="2025年10月17日 20:15",
    features=["微信公众号 article", "meta line '原创 林晓 茶乡安溪 2025年10月17日 20:15 福建' (author 林晓, account, date, location glued)",
              "'点击蓝字 关注我们' header image alt", "section headings with numbered markers '01' '02'", "photo alt texts",
              "closing 来源/编辑/审核 block (not authors)", "阅读原文/在看/分享, '微信扫一扫 关注该公众号' (hidden QR panel)"],
)

BLOCKS = [
    ("x", '<p class="hdimg">' + img("点击蓝字 关注我们") + '</p>'),
    ("p", "寒露过后，安溪的茶山迎来了一年中最忙碌的时节。连日来，西坪、祥华、感德等乡镇的茶农们起早贪黑，采摘、晒青、摇青、炒青，空气里弥漫着淡淡的兰花香。"),
    ("h", "01 天气帮忙，茶青长势好"),
    ("p", "今年秋季安溪天气晴好、昼夜温差大，有利于茶叶内含物质积累。县茶业管理部门初步判断，今年秋茶总体产量与去年持平，香气和滋味表现较好。"),
    ("img", "茶农在茶园采茶"),
    ("p", "“今年秋茶的茶青比较肥厚，做出来的茶香气高、耐泡。”祥华乡的制茶师傅陈清水一边摇青一边说，做好一泡秋茶，要看天、看青、看火候，一点都马虎不得。"),
    ("h", "02 标准化生产，让好茶更放心"),
    ("p", "近年来，安溪持续推进生态茶园建设，推广茶园套种绿肥、病虫害绿色防控等技术，全县生态茶园覆盖率已超过九成。秋茶开采前，县里还组织开展了茶叶质量安全专项检查，从源头守护茶叶品质。"),
    ("img", "制茶师傅正在摇青"),
    ("p", "据悉，11月上旬，安溪还将举办秋季茶王赛，届时来自各乡镇的制茶能手将同台竞技。"),
    ("x", '<div class="end"><p>来源：县农业农村局</p><p>编辑：陈婧</p><p>审核：黄志明</p></div>'),
]

R = dict(p="<p>{}</p>", h='<p class="sec"><strong>{}</strong></p>', img=lambda alt, cap: f'<p class="im">{img(alt)}</p>')

CSS = """
body{margin:0;background:#ededed}.rich_media{max-width:677px;margin:0 auto;background:#fff;padding:20px 24px;font:17px/1.75 -apple-system,"PingFang SC",sans-serif;color:rgba(0,0,0,.9)}
h1{font-size:22px;line-height:1.4;margin-bottom:14px}.meta{font-size:15px;color:rgba(0,0,0,.3)}.meta span{margin-right:8px}
.meta .orig{background:rgba(0,0,0,.05);padding:0 4px;font-size:13px}.meta a{color:#576b95}.sec{color:#07c160;text-align:center}
.im{text-align:center}.end{color:#888;font-size:14px;text-align:right}.tool{display:flex;gap:24px;color:#576b95;font-size:15px;margin-top:24px}
.qr{display:none}.like{font-size:14px;color:#888;margin-top:20px}
"""


def render(P, body):
    return doc(P, CSS, f"""
<div class="rich_media">
<h1>{P['title_html']}</h1>
<div class="meta"><span class="orig">原创</span> <span>林晓</span> <a href="#">茶乡安溪</a> <span>{P['publish_time']}</span> <span>福建</span></div>
{body}
<div class="tool"><a href="#">阅读原文</a><span>阅读 3826</span><span>分享</span><span>在看</span><span>赞</span></div>
<div class="like"><p>喜欢此内容的人还喜欢</p><p><a href="#">安溪这个村，把茶园变成了公园</a></p><p><a href="#">秋季喝什么茶？茶师给你支招</a></p></div>
<div class="qr">{img("二维码")}<p>微信扫一扫<br>关注该公众号</p></div>
</div>
""")
