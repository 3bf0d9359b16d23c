from lib import *

ID = "xh-35"
KIND = "e-paper"
LANG = "zh"
FEATURES = ("city daily e-paper (洛阳日报) 2016 layout with frames-like columns: 引题 that ends in a question "
            "mark over a plain 主题; 版次 prev/next and 版面 list; byline line '本报记者 郭涛 实习生 王雨萱 "
            "通讯员 李晓' (three authors incl. 实习生 and 通讯员); body with quoted residents and a closing 本版编辑 "
            "line (not body); date '2024-04-02' in the 日期 cell; 往期 calendar table")
HEAD_TITLE = "洛阳日报数字报刊平台"
TITLE_LINES = ["老城区42个老旧小区今年完成“微改造”"]
AUTHORS = ["郭涛", "王雨萱", "李晓"]
TIME = "2024-04-02"

CSS = """
body{margin:0;background:#f7f3ea;font:14px/1.8 宋体,serif}
.lyrb-top{background:#fff;border-bottom:1px solid #c9b88f;padding:6px 20px;display:flex;gap:30px;align-items:center}
.lyrb-top .n{font:bold 30px 华文行楷,KaiTi;color:#b22}
.cols{display:flex}
.c1{width:300px;border-right:1px solid #c9b88f;padding:10px}
.c1 table.cal{border-collapse:collapse;font-size:12px}.c1 table.cal td{border:1px solid #ccc;width:26px;text-align:center}
.c2{flex:1;padding:16px 40px;background:#fff}
.c2 .yinti{text-align:center;color:#333;font-size:16px;margin:0}
.c2 .zhuti{text-align:center;font:bold 26px 黑体;margin:6px 0}
.c2 .zuozhe{text-align:center;color:#555;margin:6px 0 14px}
.c2 .zw p{font-size:16px;text-indent:2em;margin:8px 0}
.c2 .bj{text-align:right;color:#777}
.rq{color:#777;font-size:13px;text-align:center}
"""

BODY = [
    P("加装扶手、更换楼道灯、修补破损路面、增设充电桩……今年，我市老城区将对42个老旧小区实施“微改造”，以“小切口”解决居民身边的“急难愁盼”问题。4月1日，首批12个小区的改造工程陆续开工。"),
    P("与大规模的整体改造不同，“微改造”不拆不建，主要围绕居民反映集中的问题“对症下药”。改造前，老城区各街道通过入户走访、召开居民议事会等方式征集意见，共梳理出楼道照明、雨污管网、停车充电等7类需求，形成“一小区一清单”。"),
    P("在西南隅街道的一个建于上世纪80年代的小区，72岁的居民张大爷指着楼道里新装的感应灯说：“以前晚上上楼得摸黑，现在人一走过来灯就亮了，心里踏实多了。”"),
    P("“微改造”资金由财政补助、产权单位出资和居民自筹共同承担，平均每个小区投入约60万元。老城区住建局相关负责人表示，改造完成后，还将引入物业服务或推行居民自管，防止“前改后乱”。全部改造工程计划于今年10月底前完工，惠及居民5800余户。"),
]


def page():
    return f"""<body>
<div class="lyrb-top"><span class="n">{gif("洛阳日报")}洛阳日报</span><span>日期：{TIME}</span><span>第03版：城事</span><span><a href="#">上一版</a> <a href="#">下一版</a></span></div>
<div class="cols">
<div class="c1"><p>{gif("版面图")}</p>
<p><b>版面导航</b></p><p><a href="#">第01版：要闻</a><br><a href="#">第02版：要闻</a><br><a href="#">第03版：城事</a><br><a href="#">第04版：县域</a></p>
<p><b>往期回顾</b></p>
<table class="cal"><tr><td>一</td><td>二</td><td>三</td><td>四</td><td>五</td><td>六</td><td>日</td></tr><tr><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td><td>6</td><td>7</td></tr></table></div>
<div class="c2">
<p class="yinti">楼道灯不亮、下雨就积水怎么办？</p>
<p class="zhuti">{TITLE_LINES[0]}</p>
<p class="zuozhe">本报记者 郭涛 实习生 王雨萱 通讯员 李晓</p>
<div class="zw">
{render(BODY)}
</div>
<p class="bj">本版编辑：赵  珂　校对：刘文静</p>
<p class="rq">洛阳日报报业集团版权所有　豫ICP备06012231号</p>
</div>
</div>
</body>"""
