from lib import links, lis, GIF

PAGE = dict(
    id="wi-21", kind="media", lang="zh",
    region="江苏 扬州", site="扬州广播网（市广播电视总台广播频率网站）",
    title="文昌路快速化改造明起夜间施工 部分路段临时管制",
    authors=["吴桐"],
    publish_time="2025年11月21日 18:05",
    head_title="文昌路快速化改造明起夜间施工 部分路段临时管制_扬州广播网",
    features="市广播频率网站：顶部“正在直播”条与频率列表；音频播放器占位（“点击收听”“00:00 / 02:15”）；信息栏“记者：吴桐 | 编辑：何欢 | 时间”；"
             "首段以节目名“【听扬州】”开头（留在正文）；小标题 + 列表（管制时间/路段）；热线电话；节目表侧栏、"
             "“本频率其他新闻”、页脚广电许可。",
)

BLOCKS = [
    ("p", "【听扬州】记者从扬州市城建部门获悉，文昌路快速化改造工程将于11月22日起进入桥梁架设阶段，施工期间将对部分路段实施夜间临时交通管制，请过往车辆提前规划出行路线。"),
    ("h", "管制时间和路段"),
    ("li", [
        "管制时间：11月22日至12月20日，每日22:00至次日6:00；",
        "管制路段：文昌路与江阳路交叉口至文昌路与扬子江路交叉口，双向封闭；",
        "白天不实施管制，道路正常通行。",
    ]),
    ("h", "绕行建议"),
    ("p", "由东向西行驶的车辆可经运河路—文汇路—扬子江路绕行；由西向东行驶的车辆可经扬子江路—文汇路—江阳路绕行。大型货车请避开该区域。"),
    ("p", "施工单位提醒，夜间施工期间现场设有警示标志和引导人员，请驾驶员减速慢行，服从现场指挥。市民如有疑问可拨打工程服务热线0514-87931206咨询。"),
    ("p", "据了解，文昌路快速化改造工程全长约6.8公里，建成后将实现文昌路东西向主线快速通行，预计2026年底完工。"),
]

FMT = {
    "p": "<p>{t}</p>",
    "h": "<h4>■ {t}</h4>",
    "li_wrap": '<ul class="dot">{t}</ul>',
}

CSS = """
body{margin:0;background:#f4f1f8;font-family:"Microsoft YaHei";color:#333}
.live{background:#5b2a86;color:#fff;font-size:13px;padding:8px 0}
.c{width:1160px;margin:0 auto}
.live a{color:#ffd86b;margin-left:10px}
.head{background:#fff;height:90px}
.head .freq{float:right;margin-top:34px}
.head .freq span{display:inline-block;border:1px solid #5b2a86;color:#5b2a86;border-radius:14px;padding:2px 12px;margin-left:8px;font-size:13px}
.menu{background:#7a3fb0}.menu a{color:#fff;display:inline-block;padding:0 22px;line-height:46px}
.grid{display:flex;gap:24px;margin-top:20px}
.article{flex:1;background:#fff;padding:30px 40px}
.article h1{font-size:26px;margin:0 0 10px}
.by{font-size:13px;color:#888;margin-bottom:16px}
.audio{display:flex;align-items:center;gap:12px;background:#f0e9f7;border-radius:30px;padding:8px 18px;margin-bottom:18px;font-size:14px}
.audio .bar{flex:1;height:4px;background:#cdb6e3}
.bd p{font-size:17px;line-height:1.9}
.bd h4{font-size:17px;color:#5b2a86;margin:20px 0 6px}
.dot li{font-size:17px;line-height:1.9}
.more{margin-top:24px;border-top:1px solid #eee;padding-top:10px}
.more li{line-height:2}
.aside{width:320px}
.aside .b{background:#fff;padding:14px 18px;margin-bottom:16px}
.aside h3{font-size:16px;color:#5b2a86;margin:0 0 8px}
.aside table{width:100%;font-size:13px}
.aside td{padding:3px 0}
.ft{background:#3b1a58;color:#c9b7dc;font-size:12px;text-align:center;line-height:2;padding:24px;margin-top:30px}
"""


def render(P, body):
    prog = "".join(f"<tr><td>{t}</td><td>{n}</td></tr>" for t, n in [
        ("07:00-09:00", "早高峰直通车"), ("12:00-13:00", "听扬州·午间新闻"), ("17:00-19:00", "晚高峰路况直播"), ("19:00-20:00", "音乐不打烊"), ("22:00-24:00", "夜色温柔")])
    return f"""
<div class="live"><div class="c">正在直播：扬州交通音乐广播 FM101.2　《晚高峰路况直播》<a href="#">▶ 收听直播</a></div></div>
<div class="head"><div class="c"><img src="{GIF}" alt="扬州广播网" width="260" height="56" style="margin-top:16px"><span class="freq"><span>新闻综合 FM98.5</span><span>交通音乐 FM101.2</span><span>经济生活 FM93.1</span></span></div></div>
<div class="menu"><div class="c">{links(["首页", "新闻", "路况", "节目", "主持人", "活动", "听友圈"], sep="")}</div></div>
<div class="c grid">
<div class="article">
<div style="font-size:13px;color:#999;margin-bottom:10px">首页 / 新闻 / 城市</div>
<h1>{P['title']}</h1>
<div class="by">记者：吴桐 | 编辑：何欢 | {P['publish_time']}</div>
<div class="audio"><span>▶ 点击收听</span><span class="bar"></span><span>00:00 / 02:15</span></div>
<div class="bd">
{body}
</div>
<div class="more"><b>本频率其他新闻</b><ul>{lis(["瘦西湖隧道12月起实施夜间养护", "扬州东站新增至上海虹桥高铁班次", "今冬首场寒潮明天到 注意防范道路结冰"])}</ul></div>
</div>
<div class="aside">
<div class="b"><h3>今日节目表 · FM101.2</h3><table>{prog}</table></div>
<div class="b"><h3>路况爆料</h3><p>热线：0514-87363101<br>短信：106575580101</p></div>
<div class="b" style="text-align:center"><img src="{GIF}" alt="" width="110" height="110"><br>扫码下载“扬州听听”APP</div>
</div>
</div>
<div class="ft">扬州市广播电视总台 版权所有　地址：扬州市文昌西路248号<br>广播电视节目制作经营许可证：（苏）字第00851号　苏ICP备08102617号-3　苏公网安备 32100202010341号</div>
"""
