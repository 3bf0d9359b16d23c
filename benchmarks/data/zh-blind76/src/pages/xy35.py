from lib import *

NOTES = "Evening paper e-paper (Guangdong), 2019 responsive design: date + 版次 in a chip row, headline followed by a ——副题 on its own line, 文/图 本报记者 … byline, quoted residents, a service-info box with 地址/开放时间/价格 lines (body list lines), photo caption, 本版其他稿件 list, share and 打印 buttons, footer."

META = dict(id="xy-35", kind="e-paper", lang="zh",
            title="“社区饭堂”开进城中村",
            authors=["梁嘉欣"],
            publish_time="2025年06月14日")

HEAD_TITLE = "佛山晚刊数字报-“社区饭堂”开进城中村"

CSS = """
body{margin:0;background:#fafafa;font-family:"Microsoft YaHei";color:#222}
.fw-nav{background:#ff6f00;color:#fff;padding:0 calc(50% - 540px);display:flex;align-items:center;justify-content:space-between;height:60px}
.fw-nav b{font-size:26px}
.fw-nav a{color:#fff;margin-left:14px;font-size:14px}
.fw-chips{max-width:1080px;margin:14px auto;display:flex;gap:10px;font-size:13px}
.fw-chips span{background:#fff3e0;color:#e65100;padding:4px 12px;border-radius:14px}
.fw-grid{max-width:1080px;margin:0 auto;display:grid;grid-template-columns:1fr 280px;gap:24px}
.fw-story{background:#fff;padding:30px 50px}
.fw-story h1{font-size:30px;text-align:center;margin:0}
.fw-story .sub{font-size:18px;text-align:center;color:#555;margin:10px 0 18px}
.fw-story .writer{font-size:14px;color:#888;text-align:center;margin-bottom:20px}
.fw-story .txt p{font-size:17px;line-height:1.9;margin:0 0 14px;text-indent:2em}
.fw-story .txt .info{background:#fff8e1;border-left:4px solid #ff6f00;padding:10px 14px;margin:0 0 14px}
.fw-story .txt .info p{text-indent:0;margin:0;font-size:15px}
.fw-story .txt .i1{text-align:center;text-indent:0;margin:0}
.fw-story .txt .i2{text-align:center;text-indent:0;font-size:14px;color:#777}
.fw-story .ops{text-align:right;font-size:13px;color:#999}
.fw-side{background:#fff;padding:16px;font-size:14px}
.fw-side h4{margin:0 0 10px;color:#e65100}
.fw-side p{margin:8px 0}
.fw-ft{text-align:center;font-size:12px;color:#999;padding:18px 0}
"""

R = {
    "P": lambda t, kw: f"<p>{t}</p>",
    "L": lambda items, kw: '<div class="info">' + "".join(f"<p>{i}</p>" for i in items) + "</div>",
    "IMG": lambda a, kw: f'<p class="i1">{img(a, data=True, w=600, h=380)}</p><p class="i2">{kw["cap"]}</p>',
}

BLOCKS = [
    P("中午11点半，禅城区石湾镇街道澜石社区的长者饭堂里已经坐满了人。红烧鱼块、冬瓜炒肉片、蒜蓉菜心，再加一碗例汤，60岁以上老人只要12元。6月12日，这个开在城中村里的社区饭堂正式启用，成为禅城区首个设在城中村的长者助餐点。"),
    P("饭堂由社区闲置的旧仓库改造而成，面积约200平方米，可同时容纳60人就餐。“以前一个人在家，做饭麻烦，经常随便煮个面就算了。现在走几分钟就能吃上热饭热菜，还能和老街坊聊聊天。”72岁的梁伯说。"),
    IMG("社区饭堂", cap="老人们在澜石社区长者饭堂就餐"),
    P("据介绍，饭堂由街道引入专业餐饮企业运营，实行“政府补一点、企业让一点、个人出一点”的模式，对辖区内80岁以上老人、低保和特困老人给予额外补贴。除了堂食，饭堂还为行动不便的老人提供送餐上门服务，目前已有30多位老人登记订餐。"),
    P("不少在附近工厂上班的年轻人也成了饭堂的常客。饭堂负责人表示，非长者就餐每份16元，希望通过“以青养老”的方式保证饭堂可持续运营。"),
    P("饭堂服务信息："),
    L(["地址：石湾镇街道澜石社区东村大街8号",
       "开放时间：每天10:30—13:00，16:30—18:30",
       "价格：60岁以上长者12元/份，其他居民16元/份"]),
    P("石湾镇街道相关负责人介绍，今年街道还计划在另外两个城中村建设社区饭堂，让更多老人在家门口吃上“暖心饭”。"),
]

OTHERS = ["高明区新增一批“家门口”就业驿站", "南海桂城：夜间儿科门诊延长至23点", "顺德一中学生研发“防溺水手环”获奖"]


def frame(M, body):
    other = "".join(f'<p><a href="#">{t}</a></p>' for t in OTHERS)
    return f"""<body>
<div class="fw-nav"><b>佛山晚刊</b><span><a href="#">首页</a><a href="#">往期</a><a href="#">版面</a><a href="#">佛山晚刊网</a></span></div>
<div class="fw-chips"><span>{M["publish_time"]}</span><span>第B02版</span><span>民生</span></div>
<div class="fw-grid">
<div class="fw-story">
<h1>{M["title"]}</h1>
<div class="sub">——禅城首个城中村长者助餐点在石湾镇街道启用</div>
<div class="writer">文/图 本报记者 梁嘉欣</div>
<div class="txt">
{body}
</div>
<div class="ops">分享到：微信 微博 ｜ 【打印】</div>
</div>
<div class="fw-side"><h4>本版其他稿件</h4>{other}</div>
</div>
<div class="fw-ft">佛山晚刊 版权所有　粤ICP备08102764号</div>
</body>"""
