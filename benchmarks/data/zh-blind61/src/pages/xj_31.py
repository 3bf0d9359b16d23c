from lib import *

PAGE = dict(
    id="xj-31", kind="e-paper", lang="zh",
    title="元旦以来我省接待冰雪游客超千万人次",
    authors=["刘佳", "郑磊"],
    publish_time="2025年01月14日 星期二",
    doc_title="辽宁日报数字报-元旦以来我省接待冰雪游客超千万人次",
    pfmt="p", hfmt="strong",
    features="provincial e-paper (2025 design): 引题/主题/副题 stack (only 主题 is the title); 版次 navigation 第01版…第08版; "
             "版面图 alt text; 本版标题 list including this article; 本报记者 … byline line with a spaced name; date with weekday in the header; "
             "上一篇/下一篇; 往期回顾 date picker text.",
    css="""
body{margin:0;background:#e8e8e8;font:14px/1.8 "Microsoft YaHei";color:#222}
.w{width:1200px;margin:0 auto;background:#fff}
.head{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:3px solid #c40000;padding:12px 20px}
.head b{font:bold 34px 华文行楷,STXingkai,serif;color:#c40000}
.bc{display:flex}
.bmnav{width:300px;border-right:1px solid #ddd;padding:10px}
.bmnav a{display:block;line-height:1.9}
.paper{width:330px;padding:10px;border-right:1px solid #ddd}
.art{flex:1;padding:20px 30px}
.art h3{font-size:16px;color:#555;text-align:center;margin:0}
.art h1{font-size:28px;text-align:center;margin:6px 0}
.art h2{font-size:17px;color:#555;text-align:center;margin:0 0 10px;font-weight:normal}
.zz{text-align:center;color:#333}
#ozoom p{text-indent:2em;margin:0 0 10px;font-size:16px}
.lst a{display:block;line-height:1.9;color:#104d8b}
.ft{text-align:center;font-size:12px;color:#666;padding:12px;border-top:1px solid #ddd}
""",
)

HTML = """
<div class="w">
<div class="head"><b>辽宁日报</b><span>2025年01月14日 星期二　第03版：要闻　<a href="#">往期回顾</a> <input type="date" value="2025-01-14"></span></div>
<div class="bc">
<div class="bmnav"><b>版面导航</b>
<a href="#">第01版：要闻</a><a href="#">第02版：要闻</a><a href="#">第03版：要闻</a><a href="#">第04版：经济</a><a href="#">第05版：综合</a><a href="#">第06版：民生</a><a href="#">第07版：理论</a><a href="#">第08版：北斗</a></div>
<div class="paper"><img alt="第03版：要闻 版面图"><p><a href="#">上一版</a>　<a href="#">下一版</a>　<a href="#">PDF下载</a></p>
<div class="lst"><b>本版标题</b>
<a href="#">元旦以来我省接待冰雪游客超千万人次</a><a href="#">沈阳至白河高铁冬季增开旅游专列</a><a href="#">全省高标准农田建设任务全面完成</a><a href="#">营口港集装箱吞吐量创新高</a></div></div>
<div class="art">
<h3>冰雪经济持续升温</h3>
<h1>元旦以来我省接待冰雪游客超千万人次</h1>
<h2>冰雪旅游收入同比增长31.5%</h2>
<p class="zz">本报记者&nbsp;&nbsp;刘&nbsp;&nbsp;佳&nbsp;&nbsp;郑&nbsp;&nbsp;磊</p>
<div id="ozoom">
{{BODY}}
</div>
<p><a href="#">上一篇</a>　<a href="#">下一篇</a></p>
</div></div>
<div class="ft">辽宁日报社版权所有　未经许可不得转载或镜像　辽ICP备05009842号</div>
</div>
"""

BODY = [
    P("记者1月13日从省文化和旅游厅获悉，元旦以来，全省共接待冰雪游客1036.5万人次，实现冰雪旅游收入97.8亿元，分别同比增长24.2%和31.5%，冰雪旅游迎来“开门红”。"),
    P("今冬以来，我省推出冰雪旅游精品线路20条，举办冰雪节庆活动230余项，沈阳棋盘山、抚顺清原、本溪东风湖等冰雪旅游度假区客流持续火爆。沈阳市冰雪嘉年华元旦假期单日接待游客突破6万人次，创历史新高。"),
    P("冰雪热带动了消费链条延伸。各地推出“冰雪＋温泉”“冰雪＋民俗”“冰雪＋美食”等组合产品，丹东、鞍山等地温泉酒店入住率超过八成。"),
    P("省文化和旅游厅有关负责人表示，春节期间将继续开展“辽宁冰雪季”系列活动，推出冰雪旅游惠民举措，进一步释放冰雪消费潜力。"),
]
