# 陕西 · 广播电台网站 · 音频新闻（2016 design: audio player text, date '2025.10.17 07:45', credits 记者/编辑 glued in one line）
from lib import *

PAGE = dict(
    id="wl-21", kind="media", lang="zh", site="秦声广播网",
    title="西安绕城高速南段部分路段夜间施工 请提前绕行",
    authors=["郭晓宁"],
    publish_time="2025.10.17 07:45",
    features=["radio station site audio news (2016)", "audio player text '▶ 00:00 / 03:12 音量' (not body)",
              "date printed 2025.10.17 07:45", "credits line '记者：郭晓宁　编辑：王萌　监制：刘建' (only 记者 is author)",
              "list of detour routes", "节目单 sidebar, 热门音频 list, footer"],
)

BLOCKS = [
    ("x", '<div class="au">▶ 00:00 / 03:12　<span>音量</span>　<span>下载</span></div>'),
    ("p", "听众朋友，从10月20日起至11月30日，西安绕城高速南段部分路段将进行路面养护施工。施工期间，每天22时至次日6时，相关路段将实行半幅封闭、单向双车道通行，请途经的司机朋友提前规划路线。"),
    ("p", "据高速交警和路段管理单位介绍，此次施工主要对路面病害进行集中处治，同步更换部分护栏和标志标线。为减少对交通的影响，施工全部安排在夜间进行，白天恢复正常通行。"),
    ("p", "施工期间，建议过往车辆按以下方案绕行："),
    ("li", "1.由东向西方向车辆，可提前从曲江立交驶出，经南三环绕行；"),
    ("li", "2.由西向东方向车辆，可提前从丈八立交驶出，经南三环绕行；"),
    ("li", "3.前往咸阳国际机场方向的车辆，可选择西安外环高速通行。"),
    ("p", "交警部门提醒，夜间行车视线较差，途经施工路段时请减速慢行，按照指示标志有序通行，不要随意变道、停车。路况信息可随时收听本台路况播报或拨打高速公路服务热线查询。"),
]

R = dict(p="<p>{}</p>", li="<p>{}</p>")

CSS = """
body{margin:0;font:15px/1.9 "Microsoft YaHei";background:#f0f0f0}.w{width:1100px;margin:0 auto}
.hd{background:#005a9c;color:#fff;height:80px;display:flex;align-items:center;justify-content:space-between;padding:0 20px}
.hd a{color:#fff;margin:0 8px}.bd{display:flex;gap:20px;margin-top:15px}.l{flex:1;background:#fff;padding:20px 30px}
.r{width:300px;background:#fff;padding:15px}.au{background:#eaf3fb;border:1px solid #b9d6ef;padding:8px 12px;color:#005a9c}
h1{font-size:24px}.tm{color:#888;font-size:13px}.cr{color:#888;font-size:13px;border-top:1px dashed #ccc;padding-top:8px}
.ft{text-align:center;color:#777;font-size:12px;padding:20px}
"""


def render(P, body):
    return doc(P, CSS, f"""
<div class="w hd"><b style="font-size:24px">秦声广播网</b><span>{links(["首页","直播","点播","新闻","交通","音乐","主持人"])}</span></div>
<div class="w bd">
<div class="l">
<p class="tm">首页 &gt; 交通广播 &gt; 路况早知道</p>
<h1>{P['title_html']}</h1>
<p class="tm">{P['publish_time']}　来源：陕西交通广播　收听：4315</p>
{body}
<p class="cr">记者：郭晓宁　编辑：王萌　监制：刘建</p>
<p class="tm">上一条：<a href="#">今晨西安部分路段出现团雾</a>　下一条：<a href="#">西延高速“四改八”工程进展顺利</a></p>
</div>
<div class="r"><h4>今日节目单</h4><p>07:00 早安三秦<br>08:00 路况早知道<br>09:00 车行天下<br>12:00 午间新闻</p>
<h4>热门音频</h4><ul>{lis(["秋季自驾秦岭注意事项","西安地铁8号线试运行","高速ETC使用小常识"])}</ul></div>
</div>
<div class="ft">陕西广播电视台 主办　陕ICP备05003107号-6　广播电视节目制作经营许可证：（陕）字第00035号</div>
""")
