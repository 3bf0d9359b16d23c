# 电子报 · 都市晨报（2016 e-paper: 版面 image-map list, 主题 + 副题, '记者 … 通讯员 …' byline, photo credit with 摄）
from lib import *

PAGE = dict(
    id="wl-33", kind="e-paper", lang="zh", site="鹭岛晨报",
    title="我市新开通15条“通学公交”线路",
    authors=["陈舒婷", "黄晓琳"],
    publish_time="2025年10月17日",
    features=["2016 e-paper", "主题 + 副题 (no 引题)", "byline line '记者 陈舒婷 通讯员 黄晓琳' (not body)",
              "header '2025年10月17日　第A05版：城事' (date without weekday)", "photo caption with photographer credit '（记者 郑一鸣 摄）' (not author)",
              "版面 list with PDF links, 本版标题 list, 往期 date inputs, footer"],
)

BLOCKS = [
    ("x", '<p class="by">记者 陈舒婷 通讯员 黄晓琳</p>'),
    ("img", "通学公交", "学生们排队登上“通学公交”。（记者 郑一鸣 摄）"),
    ("p", "本周一起，我市新开通15条“通学公交”线路，覆盖思明、湖里、集美等区的23所中小学，每天早晚各开行一班，为约2000名学生提供上下学接送服务。"),
    ("p", "“通学公交”由公交集团按照学生居住分布“一校一策”设计线路，中途停靠站点不超过5个，确保学生在30分钟内到校。车辆统一配备安全带、监控设备和随车安全员，驾驶员均从5年以上无责任事故的骨干中选派。"),
    ("p", "“以前每天早上开车送孩子，学校门口堵得厉害。现在孩子在小区门口坐公交，比我们开车还快。”家住湖里区的王先生说。"),
    ("p", "市交通局相关负责人介绍，“通学公交”实行预约制，家长可通过学校统一报名，乘车费用按公交票价执行，学生可使用学生卡优惠。下一步，将根据报名情况继续增开线路，同时在重点学校周边设置公交专用停靠区，缓解上下学高峰交通拥堵。"),
]

R = dict(p="<p>　　{}</p>",
         img=lambda alt, cap: f'<div class="tu">{img(alt)}<p>{cap}</p></div>')

CSS = """
body{margin:0;font:14px/1.8 "Microsoft YaHei";background:#e4e8ec}.wp{width:1120px;margin:0 auto;background:#fff}
.hd{height:80px;background:#0a6cb8;color:#fff;display:flex;align-items:center;justify-content:space-between;padding:0 20px}
.hd a{color:#fff}.bar{background:#eaf3fb;padding:6px 20px;font-size:13px}.cols{display:flex}.c1{width:300px;border-right:1px solid #ddd;padding:10px}
.c2{flex:1;padding:20px 40px}.c2 h1{text-align:center;font-size:26px;margin:10px 0 4px}.fb{text-align:center;color:#444;font-size:17px}
.by{text-align:center;color:#666}.tu{text-align:center}.tu p{font-size:13px;color:#0a6cb8}.ft{text-align:center;color:#888;font-size:12px;padding:16px;border-top:1px solid #ddd}
"""


def render(P, body):
    bm = [("A01", "头版"), ("A02", "要闻"), ("A03", "要闻"), ("A04", "时事"), ("A05", "城事"), ("A06", "城事"), ("A07", "区域"), ("A08", "文体")]
    bbt = ["我市新开通15条“通学公交”线路", "环岛路部分路段夜间施工", "筼筜湖畔新增两处儿童游乐场", "鼓浪屿文化遗产监测中心开放日"]
    return doc(P, CSS, f"""
<div class="wp">
<div class="hd"><b style="font-size:28px">鹭岛晨报</b><span>{links(["首页","数字报","晨报网","订阅"], sep="　")}</span></div>
<div class="bar">{P['publish_time']}　第A05版：城事　<a href="#">上一版</a> <a href="#">下一版</a>　往期：<input size="10" placeholder="选择日期"> <button>查看</button></div>
<div class="cols">
<div class="c1">
<p>{img("A05版面图")}</p>
<h4>版面导航</h4>
<ul>{"".join(f'<li><a href="#">第{a}版：{b}</a> <a href="#">PDF</a></li>' for a, b in bm)}</ul>
<h4>本版标题</h4>
<ul>{lis(bbt)}</ul>
</div>
<div class="c2">
<h1>{P['title_html']}</h1>
<p class="fb">覆盖23所中小学　每天早晚各开行一班</p>
{body}
<p style="text-align:right"><a href="#">上一篇</a> | <a href="#">下一篇</a> | <a href="#">打印</a></p>
</div>
</div>
<div class="ft">鹭岛晨报社 版权所有　闽ICP备09011284号　未经授权不得转载</div>
</div>
""")
