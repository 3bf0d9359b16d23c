# 自媒体 · 网易号（2023 PC: 'date　重庆' + '来源: 巴渝生活圈', in-body '作者 | 谭晶晶 / 编辑 | 冉冉' lines, 特别声明）
from lib import *

PAGE = dict(
    id="wl-29", kind="self-media", lang="zh", site="网易",
    title="周末去哪儿？主城周边这4个地方，秋天来正合适",
    authors=["谭晶晶"],
    publish_time="2025-10-19 08:15:33",
    features=["网易号 article", "info '2025-10-19 08:15:33　重庆' with '来源: 巴渝生活圈' (the account)",
              "'作者 | 谭晶晶' and '编辑 | 冉冉' lines at the top of the text (author = 谭晶晶; neither line is body)",
              "numbered place sub-headings with 地址/门票 lines", "photo alt texts", "'特别声明：…网易号…' notice, '0 分享至' widget, 热搜 list"],
)

BLOCKS = [
    ("x", '<p class="zz">作者 | 谭晶晶</p><p class="zz">编辑 | 冉冉</p>'),
    ("p", "重庆的秋天来得晚、走得快，趁着这几天天气好，不如约上家人朋友出去走走。今天给大家推荐主城周边4个适合秋天去的地方，开车一两个小时就能到。"),
    ("h", "1. 缙云山"),
    ("p", "缙云山离主城近，山上植被丰富，秋天空气特别清新。可以沿着步道慢慢往上爬，山顶能看到嘉陵江和北碚城区。"),
    ("p", "地址：北碚区缙云山；门票：免费"),
    ("img", "缙云山步道"),
    ("h", "2. 金刀峡"),
    ("p", "金刀峡以峡谷和栈道出名，秋季水量适中，走完全程大约需要3个小时。建议穿防滑的鞋子。"),
    ("p", "地址：北碚区金刀峡镇；门票：成人票以景区公告为准"),
    ("h", "3. 铜梁安居古城"),
    ("p", "古城依山傍水，老街、会馆、码头保存得比较完整。傍晚可以坐在江边喝茶，看涪江和琼江交汇。"),
    ("p", "地址：铜梁区安居镇；门票：免费"),
    ("img", "安居古城夜景"),
    ("h", "4. 巴南天坪山"),
    ("p", "天坪山海拔不高，山上有大片的草坪和果园，秋天可以去采摘，适合带小朋友露营野餐。"),
    ("p", "地址：巴南区天坪山；门票：免费"),
    ("p", "出行前记得查好天气，周末景区人多，尽量错峰出行。你还去过哪些好玩的地方？评论区告诉我吧！"),
]

R = dict(p="<p>{}</p>", h="<h3>{}</h3>", img=lambda alt, cap: f'<p class="f_center">{img(alt)}</p>')

CSS = """
body{margin:0;font:18px/1.9 "PingFang SC","Microsoft YaHei";color:#404040}.nav{background:#fff;border-bottom:1px solid #ddd;height:50px;padding:0 40px;display:flex;align-items:center;gap:20px}
.w{width:1080px;margin:0 auto;display:flex;gap:40px}.post{width:720px}.post h1{font-size:30px;color:#000;line-height:1.4}
.info{color:#888;font-size:14px}.zz{color:#888;font-size:15px;margin:2px 0}h3{font-size:19px;color:#000}.f_center{text-align:center}
.share{display:flex;gap:16px;color:#888;font-size:14px;margin:16px 0}.sm{background:#f7f7f7;color:#888;font-size:13px;padding:10px}.side{flex:1}
"""


def render(P, body):
    return doc(P, CSS, f"""
<div class="nav">{img("网易")}<span>{links(["首页","新闻","体育","娱乐","财经","汽车","科技","房产","旅游"], sep="　")}</span></div>
<div class="w">
<div class="post">
<h1>{P['title_html']}</h1>
<div class="info">{P['publish_time']}　重庆<br>来源: <a href="#">巴渝生活圈</a></div>
<div class="share"><span>0</span><span>分享至</span><span>用微信扫码二维码</span><span>分享至好友和朋友圈</span></div>
{body}
<p class="sm">特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</p>
<p class="sm">Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.</p>
</div>
<div class="side"><h4>网易热搜</h4><ol>{lis(["重庆入秋进程","长江三峡游轮","周末露营地推荐","缙云山限流"])}</ol>
<h4>巴渝生活圈</h4><p>分享重庆吃喝玩乐</p><p><a href="#">+ 关注</a></p></div>
</div>
""")
