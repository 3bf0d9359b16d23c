from lib import *

ID = "xh-28"
KIND = "self-media"
LANG = "zh"
FEATURES = ("澎湃号·湃客 article (account 琼崖纪事, 海南); headline followed at once by an unlabelled one-sentence "
            "summary (not body); account card with '2024-09-12 16:05' and '来源：澎湃新闻·澎湃号·湃客'; '文｜吴小波' "
            "credit line (author, not body) and '图｜…' photographer; Li minority names; section headings; "
            "'特别声明' platform notice; 澎湃新闻 footer with 沪ICP")
HEAD_TITLE = "在五指山，一位黎族老人守护了40年的山兰稻种_湃客_澎湃新闻-The Paper"
TITLE_LINES = ["在五指山，一位黎族老人守护了40年的山兰稻种"]
AUTHORS = ["吴小波"]
TIME = "2024-09-12 16:05"

CSS = """
body{margin:0;background:#fff;font:17px/1.9 "PingFang SC","Microsoft YaHei";color:#222}
.tp-head{height:64px;border-bottom:1px solid #eee;display:flex;align-items:center;padding:0 calc(50% - 560px)}
.tp-head b{font-size:24px}.tp-head nav{margin-left:40px}.tp-head nav a{margin-right:24px}
.tp-main{width:760px;margin:30px auto}
.tp-main h1{font-size:30px;line-height:1.4;margin:0 0 10px}
.tp-main .desc{color:#888;font-size:16px;margin:0 0 18px}
.tp-main .acc{display:flex;align-items:center;gap:12px;font-size:14px;color:#999;border-bottom:1px solid #f0f0f0;padding-bottom:14px}
.tp-main .acc .an{color:#333;font-weight:bold}
.tp-main .cont p{margin:0 0 24px}
.tp-main .cont h2{font-size:19px;margin:32px 0 14px}
.tp-main .cont .cr{color:#999;font-size:14px;margin:20px 0 10px}
.tp-main .cont .pic{text-align:center;margin-bottom:6px}.tp-main .cont .pic-cap{text-align:center;font-size:14px;color:#999}
.tp-main .sm{font-size:13px;color:#999;background:#f7f7f7;padding:10px}
.tp-foot{text-align:center;font-size:12px;color:#aaa;padding:30px}
"""

BODY = [
    P("五指山市水满乡的山坡上，一片山兰稻正在抽穗。75岁的黎族老人黄亚四蹲在田埂边，用粗糙的手指捻开一支稻穗，数着里面的谷粒。“今年雨水好，能有好收成。”"),
    H("一粒种子，传了一辈又一辈", tag="h2"),
    P("山兰稻是海南黎族世代种植的一种旱稻，不用水田，直接在山坡上点播，靠雨水生长。它的米粒饱满，煮饭香糯，也是酿造山兰酒的原料。"),
    P("黄亚四从父亲手里接过这些稻种时，才三十多岁。那时候，村里不少人改种了产量更高的水稻和经济作物，山兰稻越种越少。“种子断了，就再也找不回来了。”每年收获后，他都要挑出最饱满的稻穗，晾干后挂在屋梁上，留作来年的种子。"),
    IMG("黄亚四在查看稻穗", "黄亚四在查看山兰稻的长势。"),
    H("老手艺有了新传人", tag="h2"),
    P("这些年，山兰稻又慢慢“火”了起来。当地把山兰稻种植和黎族传统文化结合起来，开发了山兰酒、山兰米等特色产品，还办起了“山兰稻文化节”，每年吸引不少游客来体验点播和收割。"),
    P("黄亚四的孙女王妚花大学毕业后回到村里，在网上卖起了爷爷种的山兰米。“以前一斤卖不到十块钱，现在能卖到三十多块，订单多的时候还供不上。”她说。"),
    P("夕阳西下，黄亚四扛着锄头慢慢走回家。他说，只要还走得动，就会一直种下去。"),
]


def page():
    return f"""<body>
<div class="tp-head"><b>{gif("澎湃新闻")}澎湃新闻</b><nav><a href="#">要闻</a><a href="#">深度</a><a href="#">视频</a><a href="#">湃客</a><a href="#">澎湃号</a></nav></div>
<div class="tp-main">
<h1>{TITLE_LINES[0]}</h1>
<p class="desc">他说，只要种子还在，黎家人的山兰稻就不会断。</p>
<div class="acc">{gif("琼崖纪事")}<div><p class="an">琼崖纪事</p><p>{TIME}　来源：澎湃新闻·澎湃号·湃客</p></div><a href="#">+订阅</a></div>
<div class="cont">
<p class="cr">文｜吴小波　图｜符家明</p>
{render(BODY)}
</div>
<p class="sm">特别声明：本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问 https://renzheng.thepaper.cn。</p>
<p>{links(["举报"])}　<span>继续阅读</span></p>
</div>
<div class="tp-foot">沪ICP备14003370号　沪公网安备31010602000299号　互联网新闻信息服务许可证：31120170006<br>© 2014-2024 上海东方报业有限公司</div>
</body>"""
