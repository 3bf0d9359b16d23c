from lib import *

NOTES = "District portal (Hainan), 2023 mobile-first design, 领导活动: compact info line 日期 · 来源 under the headline, reading-time chip, closing own-line byline （吉阳区融媒体中心记者 … 通讯员 …） with two authors, 编辑/审核 line, 相关推荐 cards, 分享 icons with alt text, footer with 网站标识码/ICP/公网安备."

META = dict(id="xy-12", kind="government", lang="zh",
            title="陈海波带队检查暑期旅游市场秩序和安全生产工作",
            authors=["符晓燕", "邢伟"],
            publish_time="2025-06-13 19:20")

HEAD_TITLE = "陈海波带队检查暑期旅游市场秩序和安全生产工作 - 三亚市吉阳区人民政府网"

CSS = """
body{margin:0;font-family:-apple-system,"PingFang SC","Microsoft YaHei";background:#f4f7f9;color:#1e2a33}
header.jy{background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.08)}
header.jy .row{max-width:1100px;margin:auto;display:flex;align-items:center;justify-content:space-between;padding:12px 16px}
header.jy .site{font-size:22px;font-weight:600;color:#00838f}
header.jy .acc a{font-size:13px;color:#546e7a;margin-left:12px}
nav.jy-tabs{background:#00838f}
nav.jy-tabs .row{max-width:1100px;margin:auto;display:flex;gap:4px;padding:0 16px}
nav.jy-tabs a{color:#e0f7fa;padding:10px 16px;text-decoration:none}
main.jy-main{max-width:820px;margin:22px auto;background:#fff;border-radius:10px;padding:28px 36px}
.jy-bc{font-size:12px;color:#90a4ae}
.jy-bc a{color:#90a4ae}
main h1{font-size:25px;line-height:1.45;margin:14px 0 8px}
.jy-line{font-size:13px;color:#78909c;display:flex;gap:14px;align-items:center}
.jy-chip{background:#e0f2f1;color:#00796b;border-radius:10px;padding:0 8px}
.jy-article{margin-top:20px}
.jy-article p{font-size:17px;line-height:1.9;margin:0 0 16px;text-align:justify}
.jy-article .credit{color:#607d8b;font-size:15px}
.jy-edit{font-size:13px;color:#90a4ae;border-top:1px solid #eceff1;padding-top:12px}
.jy-share{margin-top:12px;display:flex;gap:10px;font-size:13px;color:#90a4ae;align-items:center}
.jy-more{max-width:820px;margin:0 auto 22px}
.jy-more h3{font-size:16px}
.jy-cards{display:grid;grid-template-columns:1fr 1fr;gap:12px}
.jy-cards a{display:block;background:#fff;border-radius:8px;padding:12px;color:#263238;text-decoration:none;font-size:14px}
footer.jy-ft{background:#263238;color:#b0bec5;font-size:12px;text-align:center;padding:22px 12px;line-height:2}
"""

R = {
    "P": lambda t, kw: f"<p>{t}</p>",
}

BLOCKS = [
    P("6月12日，区委副书记、区长陈海波带队检查暑期旅游市场秩序和安全生产工作，实地走访大东海旅游区、月川街区和部分酒店、旅行社，要求各部门提前谋划、压实责任，为游客营造安全、放心、舒心的暑期旅游环境。"),
    P("在大东海旅游区，陈海波查看了海滩安全警示标识、救生员值守和游泳区域划定情况，详细询问海上游乐项目经营资质和应急救援力量配备情况。他强调，暑期亲子游客多、下海游泳人员集中，要加强巡查和安全提示，对无证经营海上游乐项目的行为坚决依法查处。"),
    P("在月川街区，陈海波走进餐饮店、特产商店，检查明码标价、食品安全和消防设施等情况，并与商户交流经营情况。他指出，旅游市场秩序关系三亚城市形象，市场监管、旅文、公安等部门要加强联合执法，重点整治虚假宣传、价格欺诈、强迫消费等突出问题，畅通游客投诉渠道，做到快速受理、及时处置。"),
    P("检查中，陈海波还来到一家旅行社和一家高层酒店，查看了旅游包车管理台账、消防控制室值班和电梯维保记录。他要求，各企业要落实安全生产主体责任，加强对员工的安全培训，完善应急预案并定期演练，及时消除各类安全隐患。"),
    X('<p class="credit">（吉阳区融媒体中心记者 符晓燕 通讯员 邢伟）</p>'),
]


def frame(M, body):
    return f"""<body>
<header class="jy"><div class="row"><span class="site">三亚市吉阳区人民政府</span><span class="acc"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁</a><input type="search" placeholder="搜索"></span></div></header>
<nav class="jy-tabs"><div class="row"><a href="#">首页</a><a href="#">吉阳要闻</a><a href="#">领导活动</a><a href="#">政务公开</a><a href="#">办事服务</a><a href="#">互动交流</a></div></nav>
<main class="jy-main">
<div class="jy-bc"><a href="#">首页</a> / <a href="#">吉阳要闻</a> / <a href="#">领导活动</a></div>
<h1>{M["title"]}</h1>
<div class="jy-line"><span>{M["publish_time"]}</span><span>·</span><span>来源：吉阳区融媒体中心</span><span class="jy-chip">阅读约3分钟</span></div>
<div class="jy-article">
{body}
</div>
<div class="jy-edit">编辑：黄一鸣　审核：林少峰</div>
<div class="jy-share">分享到 {img("微信", data=True, w=24, h=24)} {img("微博", data=True, w=24, h=24)} {img("复制链接", data=True, w=24, h=24)}</div>
</main>
<section class="jy-more"><h3>相关推荐</h3><div class="jy-cards">
<a href="#">吉阳区召开2025年防风防汛工作部署会<br><small>2025-06-10</small></a>
<a href="#">吉阳区开展“安全生产月”集中宣传咨询日活动<br><small>2025-06-09</small></a>
</div></section>
<footer class="jy-ft">
主办：三亚市吉阳区人民政府办公室　承办：三亚市吉阳区融媒体中心<br>
网站标识码：4602030001　琼ICP备19002741号　琼公网安备 46020302000133号<br>
{img("党政机关标识", data=True, w=40, h=48)}
</footer>
</body>"""
