# 上海 · 村（镇门户「村居之窗」子站）· 村务公开（2017 layout, income/expense table, seconds in the date）
from lib import *

PAGE = dict(
    id="wl-09", kind="government", lang="zh", site="金山区廊下镇人民政府",
    title="中华村2025年第三季度财务收支情况公开",
    authors=[],
    publish_time="2025-10-14 15:20:08",
    features=["村 page inside a 镇 portal (村居之窗)", "财务公开 table, header + 7 rows, the last a 结余 row with an empty cell",
              "date with seconds", "two 署名 lines + date (body)", "监督电话 line (body)", "left column 村情简介 with photo",
              "footer with ICP and 网站标识码"],
)

BLOCKS = [
    ("p", "根据村务公开有关规定，经村“两委”会议审议、村务监督委员会审核，现将中华村2025年第三季度（7月1日至9月30日）财务收支情况公开如下："),
    ("table", [["项目", "金额（元）", "说明"],
               ["上级转移支付收入", "186,400.00", "村级组织运转经费等"],
               ["集体资产租赁收入", "312,750.00", "厂房、仓库租金"],
               ["其他收入", "8,260.00", "利息等"],
               ["村干部及工作人员报酬", "142,800.00", "按镇核定标准发放"],
               ["公益事业支出", "205,316.50", "河道保洁、道路修补、垃圾分类"],
               ["办公及其他支出", "21,447.00", "水电、办公用品等"],
               ["本季度收支结余", "137,846.50", ""]]),
    ("p", "本季度公益事业支出主要用于村内河道日常保洁、东方路段破损路面修补和垃圾分类亭维护。各项支出均已按照“四议两公开”程序办理，相关凭证留存村财务室备查。"),
    ("p", "村民对公开内容如有疑问，可在公开之日起十日内向村务监督委员会反映。监督电话：021-57351268。"),
    ("sig", "金山区廊下镇中华村村民委员会"),
    ("sig", "中华村村务监督委员会"),
    ("sig", "2025年10月14日"),
]

R = dict(p="<p>　　{}</p>", sig='<div style="text-align:right">{}</div>',
         table=lambda rows: '<table class="cw" width="90%" align="center">' + "".join(
             "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>")

CSS = """
body{margin:0;font:14px/1.8 "Microsoft YaHei";background:#f7f3ea}.bx{width:1080px;margin:0 auto;background:#fff}
.logo{height:140px;background:#5a8f29;color:#fff}.logo b{font-size:32px;display:block;padding:40px 0 0 40px}
.mn{background:#3f6d17}.mn a{display:inline-block;color:#fff;padding:9px 18px}.cj{display:flex}
.side{width:260px;background:#f4f9ee;padding:10px}.ctt{flex:1;padding:10px 30px}.ctt h2{text-align:center;color:#3f6d17;font-size:22px}
.ctt .i{text-align:center;color:#999;font-size:12px;border-bottom:1px dashed #ccc}.cw{border-collapse:collapse}.cw td{border:1px solid #999;padding:2px 8px}
.ft{text-align:center;font-size:12px;color:#777;border-top:1px solid #ddd;padding:12px}
"""


def render(P, body):
    return doc(P, CSS, f"""
<div class="bx">
<div class="logo"><b>廊下镇人民政府</b></div>
<div class="mn">{links(["首页","廊下概况","政务公开","新闻中心","村居之窗","农业园区","便民服务","长者模式"])}</div>
<p style="padding:0 10px">当前位置：<a href="#">首页</a> &gt; <a href="#">村居之窗</a> &gt; <a href="#">中华村</a> &gt; <a href="#">村务公开</a></p>
<div class="cj">
<div class="side">
<h4>中华村</h4>
<p>{img("中华村村貌")}</p>
<p><a href="#">村情简介</a></p><p><a href="#">村务公开</a></p><p><a href="#">党建引领</a></p><p><a href="#">乡村振兴</a></p>
<p>村委会地址：廊下镇中华村东方路18号</p>
</div>
<div class="ctt">
<h2>{P['title_html']}</h2>
<p class="i">发布者：中华村　时间：{P['publish_time']}　点击：176</p>
{body}
<p><a href="#">打印</a> | <a href="#">关闭</a> | <a href="#">返回顶部</a></p>
</div>
</div>
<div class="ft">
<p>上海市金山区廊下镇人民政府 版权所有　联系电话：021-57351000</p>
<p>沪ICP备10213875号-2　沪公网安备 31011602001296号　网站标识码：3101160031</p>
</div>
</div>
""")
