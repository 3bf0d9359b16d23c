# 伊州融媒 (新疆哈密市伊州区融媒体中心, county-level media), 2025 design: a
# 原创 tag and a 头条 badge stand right before the headline; reporter with a
# middle-dot name and a spaced 通讯员 name on their own line; 编辑/审核/终审 at the
# end; 推荐阅读 cards.
from kit import *

META = dict(
    id="xm-24", kind="media", lang="zh",
    title="伊州区早熟哈密瓜陆续上市 田头价每公斤8元左右",
    authors=["阿依古丽·买买提", "王磊"],
    publish_time="2025-06-04 17:26",
)
HTML_TITLE = "伊州区早熟哈密瓜陆续上市 田头价每公斤8元左右 | 伊州融媒"
CSS = BASE_CSS + """
body{background:#f6f6f6;font-family:"PingFang SC","Microsoft YaHei",sans-serif}
.bar{position:sticky;top:0;background:#fff;height:56px;display:flex;align-items:center;padding:0 24px;box-shadow:0 1px 0 #eee}
.bar b{color:#ff6a00;font-size:20px}
.bar .tabs{margin-left:40px}
.bar .tabs a{margin-right:20px;font-size:15px}
.bar .search{margin-left:auto}
.bar .app{margin-left:14px;background:#ff6a00;color:#fff;padding:4px 12px;border-radius:14px;font-size:13px}
article{max-width:760px;margin:24px auto;background:#fff;padding:32px 40px;border-radius:10px}
.tags{font-size:12px}
.tags span{display:inline-block;border:1px solid #ff6a00;color:#ff6a00;border-radius:3px;padding:0 6px;margin-right:6px}
h1{font-size:26px;line-height:1.45;margin:10px 0 14px}
.src{display:flex;gap:12px;align-items:center;font-size:13px;color:#999}
.src .acc{color:#333;font-weight:600}
.byl{font-size:14px;color:#666;margin:14px 0 0;padding:10px 12px;background:#fafafa;border-left:3px solid #ff6a00}
.content{font-size:17px;line-height:1.9;margin-top:18px}
.content p{margin:0 0 18px}
.content figure{margin:0 0 18px}
.content figcaption{font-size:13px;color:#888;text-align:center}
.eds{font-size:13px;color:#999;border-top:1px solid #f0f0f0;padding-top:12px}
.eds p{margin:2px 0}
.like{text-align:center;margin:20px 0;color:#999}
.rec{max-width:760px;margin:0 auto 30px}
.rec h3{font-size:17px}
.card{display:flex;gap:12px;background:#fff;padding:12px;margin-bottom:10px;border-radius:8px}
.card p{margin:0}
.footer{text-align:center;color:#aaa;font-size:12px;padding:20px}
.footer p{margin:2px 0}
"""
REC = [("伊州区“三夏”农机作业服务队整装待发", "伊州融媒 · 06-03"), ("哈密市举办第二届农民篮球赛", "伊州融媒 · 06-02"),
       ("天山乡：牧民转场途中的“流动服务站”", "伊州融媒 · 05-30")]
TEMPLATE = f"""
<div class="bar"><b>伊州融媒</b><div class="tabs">{links(["推荐", "伊州要闻", "乡镇", "视频", "直播", "服务"])}</div>{search("搜索", "")}<span class="app">下载APP</span></div>
<article>
<div class="tags"><span>原创</span><span>头条</span></div>
<h1>@@TITLE@@</h1>
<div class="src"><span class="acc">伊州区融媒体中心</span><span>@@DATE@@</span><span>新疆</span><span>阅读 1.3万</span></div>
<p class="byl">记者&nbsp;阿依古丽·买买提&nbsp;&nbsp;&nbsp;通讯员&nbsp;王&nbsp;&nbsp;磊</p>
<div class="content">
@@BODY@@
</div>
<div class="eds"><p>编辑：刘&nbsp;&nbsp;畅</p><p>审核：陈建军</p><p>终审：高&nbsp;&nbsp;翔</p></div>
<div class="like">👍 点赞 368　　★ 收藏　　↗ 分享</div>
</article>
<div class="rec"><h3>推荐阅读</h3>{"".join(f'<div class="card">{img("", 120, 80)}<div><p>{t}</p><p>{m}</p></div></div>' for t, m in REC)}</div>
{footer(["伊州区融媒体中心 版权所有", "新ICP备19001234号-1", "新闻热线：0902-2281234"])}
"""
OPTS = dict(pstyle="p", istyle="figure")
BODY = """
p 6月初，伊州区二堡镇、花园乡一带的早熟哈密瓜陆续进入采摘期。在二堡镇火箭村的瓜地里，瓜农们忙着采摘、分拣、装箱，一车车新鲜的哈密瓜从田间地头运往全国各地。
img 瓜农在田间采摘早熟哈密瓜
cap 6月3日，二堡镇火箭村瓜农在田间采摘早熟哈密瓜。
p “今年我种了40亩西州蜜25号，用了大棚加地膜的种植方式，比露地瓜早上市一个多月，现在地头收购价每公斤8元左右，行情不错。”火箭村瓜农吐尔逊·买合木提说。
p 据伊州区农业农村局统计，今年全区哈密瓜种植面积约6.8万亩，其中设施早熟瓜1.2万亩。为帮助瓜农把瓜卖上好价钱，伊州区在主要产区设立了12个产地收购点，组织客商与合作社、种植大户对接，并在抖音、快手等平台开设“伊州好瓜”直播间，开展线上销售。
p 与此同时，伊州区农技人员深入田间地头，指导瓜农科学采摘、分级包装，严把商品瓜成熟度和糖度关，坚决杜绝生瓜上市，维护哈密瓜品牌信誉。
p 据悉，随着气温升高，露地种植的哈密瓜将在6月下旬集中上市，销售旺季将持续到9月。
"""
