# 固原新闻网 (宁夏, city media): a gallery.  The headline is printed as
# "组图：…" (kept: it is the printed headline); 1/6 … 6/6 counters with captions
# (not body); 文字 and 摄影 credits: only the writer is an author.
from kit import *

META = dict(
    id="xm-15", kind="media", lang="zh",
    title="组图：六盘山下万亩芍药花开正艳",
    authors=["李雯"],
    publish_time="2025年06月01日 09:20",
)
HTML_TITLE = "组图：六盘山下万亩芍药花开正艳-固原新闻网"
CSS = BASE_CSS + """
.top{border-bottom:1px solid #e5e5e5;font-size:12px;color:#888}
.top .in{width:1000px;margin:0 auto;padding:5px 0}
.top a{color:#888;margin-right:10px}
.mast{width:1000px;margin:0 auto;height:96px;display:flex;align-items:center}
.mast b{font-size:34px;color:#0a7a3d}
.mast .s{margin-left:auto}
.nav{background:#0a7a3d}
.nav ul{width:1000px;margin:0 auto}
.nav li{display:inline-block}
.nav a{display:inline-block;color:#fff;padding:9px 14px}
.wrap{width:1000px;margin:16px auto}
.crumb{font-size:12px;color:#888;margin-bottom:14px}
h1{font-size:28px;margin:0 0 10px;color:#111}
.info{font-size:13px;color:#999;margin-bottom:16px}
.info span{margin-right:14px}
.content p{font-size:16px;line-height:1.9;text-indent:2em;margin:0 0 12px}
.cnt{font-size:13px;color:#0a7a3d;font-weight:bold;margin-top:20px}
.pic{text-align:center;background:#111;padding:6px 0}
.pic-cap{font-size:14px;color:#444;background:#f4f4f4;padding:8px 12px}
.credit{font-size:14px;color:#666;text-align:right;margin:14px 0}
.thumbs{display:flex;gap:6px;margin:10px 0}
.ed{font-size:13px;color:#999;text-align:right}
.rel{border-top:2px solid #0a7a3d;margin-top:24px}
.rel li{display:inline-block;width:30%;margin:8px 1%;font-size:13px;vertical-align:top}
.footer{background:#f2f2f2;font-size:12px;color:#777;text-align:center;padding:16px 0;margin-top:30px}
.footer p{margin:3px 0}
"""
TEMPLATE = f"""
<div class="top"><div class="in"><a href="#">固原日报</a><a href="#">固原发布</a><a href="#">手机版</a><span>2025年6月3日</span></div></div>
<div class="mast"><b>固原新闻网</b><div class="s">{search("站内搜索", "搜索")}</div></div>
<div class="nav">{nav(["首页", "固原要闻", "县区新闻", "图片新闻", "视频", "民生", "文旅", "专题"], cls="navul")}</div>
<div class="wrap">
{crumb(["首页", "图片新闻"], prefix="您的位置：", sep=" &gt;&gt; ")}
<h1>@@TITLE@@</h1>
<div class="info"><span>@@DATE@@</span><span>来源：固原日报</span><span>点击：4268</span></div>
<div class="content">
@@BODY@@
</div>
<p class="ed">编辑：周  宁　　审核：冯小军</p>
<div class="rel"><b>相关图集</b><ul>
<li>{img("组图", 280, 160)}<a href="#">组图：火石寨丹霞地貌迎来旅游旺季</a></li>
<li>{img("组图", 280, 160)}<a href="#">组图：西吉县万亩马铃薯喜获丰收</a></li>
<li>{img("组图", 280, 160)}<a href="#">组图：泾源县老龙潭景区初夏美景</a></li>
</ul></div>
</div>
{footer(["固原日报社主办　固原新闻网版权所有　未经授权禁止转载",
         "互联网新闻信息服务许可证编号：64120180003　宁ICP备11000316号-1",
         "宁公网安备 64040202000087号　举报电话：0954-2031234"])}
"""
OPTS = dict(pstyle="p", istyle="div", capstyle="div")
BODY = """
p 初夏时节，位于六盘山脚下的隆德县沙塘镇万亩芍药种植基地迎来盛花期，红的、粉的、白的芍药竞相绽放，层层叠叠铺满山坡，吸引了众多游客前来观赏拍照。
p 近年来，隆德县依托冷凉气候和土壤优势，大力发展芍药等中药材种植，采取“合作社+基地+农户”模式，带动周边2000余户农户参与种植。芍药的根可入药，花可观赏，籽可榨油，一季种植多重收益。今年全县芍药种植面积达1.2万亩，预计可实现综合产值6000万元。
p 为延伸产业链条，当地在花期举办芍药文化旅游节，推出赏花、摄影、农家乐和中药材产品展销等活动，花期预计持续到6月中旬，“赏花经济”正在成为群众增收的新渠道。
p 据隆德县文化旅游部门统计，芍药花期开始以来，基地日均接待游客3000余人次，周边农家乐和民宿入住率明显提升，带动当地群众增收200余万元。
html <div class="cnt">1/6</div>
img 芍药花海
cap 六盘山下的万亩芍药基地进入盛花期。
html <div class="cnt">2/6</div>
img 游客赏花
cap 游客在花海中拍照留念。
html <div class="cnt">3/6</div>
img 粉色芍药
cap 盛开的芍药花。
html <div class="cnt">4/6</div>
img 村民采收
cap 村民在基地内进行田间管理。
html <div class="cnt">5/6</div>
img 航拍花田
cap 航拍下的芍药种植基地层层叠叠。
html <div class="cnt">6/6</div>
img 中药材展销
cap 当地合作社在花海旁展销芍药根等中药材产品。
html <p class="credit">文字：李&nbsp;&nbsp;雯　　摄影：马&nbsp;&nbsp;骁</p>
"""
