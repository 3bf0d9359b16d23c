# 宁夏 · 广播电台网站（2017 radio site, audio bar, dotted date, byline line, 编辑/校对/审核/监制 block）
from lib import *

PAGE = dict(
    id="wh-17", kind="media", lang="zh",
    title="今冬首场降雪来袭 我区多部门联动保道路畅通",
    authors=["马丽娟", "周航"],
    publish_time="2025.11.20 08:31",
    features="2017 regional radio site (宁夏); audio bar (收听音频 03:12) between headline and text; dotted date "
             "2025.11.20 08:31 with 来源 in a grey row; byline line 记者：马丽娟　周　航 on its own; sub-headings; "
             "closing block 编辑/校对/审核/监制 (none are authors); 节目单 sidebar; app download strip.",
    blocks=[
        P("11月19日夜间起，我区自北向南出现今冬首场降雪天气过程，银川、石嘴山、吴忠等地出现小到中雪，局地大雪。交通运输、公安交警、气象等部门提前部署、联动应对，全力保障道路安全畅通。"),
        H("高速公路：除雪车辆提前上路"),
        P("自治区交通运输部门启动冬季道路保畅三级响应，全区高速公路共出动除雪车辆210台次、人员680人次，撒布融雪剂1200吨，重点对桥梁、长下坡、互通立交等路段开展除雪作业。截至20日7时，全区高速公路主线通行正常，部分收费站实行临时交通管制后已逐步恢复。"),
        H("城市道路：环卫工人连夜清雪"),
        P("银川市城市管理部门组织环卫工人3000余人连夜上路，采取“机械为主、人工为辅”的方式，优先清理主干道、公交线路和学校、医院周边道路。“我们凌晨两点就上路了，天亮前要把主干道清出来，不耽误大家上班。”环卫工人马成福说。"),
        H("出行提示：减速慢行保持车距"),
        P("气象部门预计，20日白天到夜间，我区中南部仍有小雪，气温继续下降，道路结冰风险较高。公安交警部门提醒，雨雪天气出行要提前了解路况，减速慢行，保持安全车距，不急刹、不急转，非必要不驾车前往山区路段。"),
    ],
)

CSS = """
body{margin:0;background:#fdf8f0;font:14px/1.8 "Microsoft YaHei";color:#333}
a{color:#333;text-decoration:none}
.hd{background:#1d3557;color:#fff;height:96px}
.hd .in{width:1100px;margin:0 auto;position:relative}
.hd .nm{font-size:30px;position:absolute;top:24px;font-weight:bold}
.hd .fm{position:absolute;top:38px;left:190px;font-size:14px;color:#a8c4e6}
.hd .s{position:absolute;right:0;top:30px}
.mn{background:#e63946}
.mn .in{width:1100px;margin:0 auto}
.mn a{color:#fff;display:inline-block;padding:0 20px;line-height:42px}
.box{width:1100px;margin:16px auto;display:flex;gap:24px}
.art{flex:1;background:#fff;padding:24px 36px}
.art .crumb{font-size:12px;color:#999}
.art h1{font-size:26px;margin:14px 0}
.art .grey{background:#f3f3f3;color:#888;font-size:13px;padding:4px 10px}
.audio{margin:14px 0;background:#1d3557;color:#fff;border-radius:24px;padding:8px 20px;font-size:13px}
.art .by{font-size:14px;color:#1d3557;margin:10px 0}
.art .tx{font-size:16px;line-height:2}
.art .tx p{text-indent:2em;margin:0 0 12px}
.art .tx h3{font-size:16px;color:#e63946;margin:8px 0}
.art .ed{border-top:1px solid #eee;margin-top:16px;padding-top:8px;color:#999;font-size:13px}
.side{width:280px;background:#fff;padding:14px}
.side h4{margin:0;border-bottom:2px solid #e63946;line-height:32px}
.side li{font-size:13px;line-height:2}
.app{background:#1d3557;color:#fff;text-align:center;padding:10px;font-size:14px}
.ft{text-align:center;color:#999;font-size:12px;padding:20px 0;line-height:2}
"""


def render(p):
    body = render_body(p["blocks"])
    html_body = f"""
<div class="hd"><div class="in"><div class="nm">塞上之声</div><div class="fm">FM 106.1　AM 1071</div><div class="s"><input type="text" placeholder="请输入关键词"><button>搜索</button></div></div></div>
<div class="mn"><div class="in">{links(["首页", "新闻", "交通", "音乐", "经济", "直播", "节目单", "主持人"])}</div></div>
<div class="box">
<div class="art">
<div class="crumb"><a href="#">首页</a> / <a href="#">新闻</a> / <a href="#">本地</a></div>
<h1>{esc(p["title"])}</h1>
<div class="grey">{p["publish_time"]}　来源：塞上之声</div>
<div class="audio">▶ 收听音频　00:00 / 03:12</div>
<div class="by">记者：马丽娟　周　航</div>
<div class="tx">
{body}
</div>
<div class="ed">编辑：纳　静　　校对：海　燕　　审核：杨东升　　监制：王　伟</div>
</div>
<div class="side"><h4>今日节目单</h4><ul>
<li>07:00 早安宁夏</li><li>08:00 新闻直通车</li><li>12:00 午间新闻</li><li>17:30 交通早知道</li><li>18:00 塞上新闻联播</li></ul>
<h4>热门</h4><ul><li><a href="#">银川新增3条公交线路</a></li><li><a href="#">贺兰山东麓葡萄酒入选国际赛事</a></li></ul></div>
</div>
<div class="app">下载“塞上之声”客户端，随时随地收听　{img("客户端二维码", 60, 60)}</div>
<div class="ft">宁夏塞上之声广播 版权所有　宁ICP备12000571号-3<br>信息网络传播视听节目许可证：6403082　宁公网安备 64010402000287号</div>
"""
    return doc("今冬首场降雪来袭 我区多部门联动保道路畅通-塞上之声", CSS, html_body)
