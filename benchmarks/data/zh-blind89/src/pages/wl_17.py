# 中央媒体地方频道 · 新华社通稿（2021 design: 主标题 + '——' 副题 line, 新华社…电（记者 … …）, 责任编辑 with 【纠错】）
from lib import *

PAGE = dict(
    id="wl-17", kind="media", lang="zh", site="中华新闻网",
    title="洋山港自动化码头单日作业量创新高",
    authors=["许晴", "陈刚"],
    publish_time="2025-10-14 20:31:05",
    features=["central outlet's city channel carrying wire copy", "副题 line '——…' under the headline (not title, not body)",
              "wire dateline '新华社上海10月14日电（记者 许晴 陈刚）' inside the first paragraph", "info bar '2025-10-14 20:31:05　来源：新华社'",
              "【纠错】 责任编辑 line", "关注/微信/微博 share strip, 炫图 list, footer"],
)

BLOCKS = [
    ("p", "新华社上海10月14日电（记者 许晴 陈刚）记者14日从上港集团获悉，洋山深水港四期自动化码头13日完成集装箱装卸作业2.86万标准箱，刷新该码头单日作业量纪录。"),
    ("p", "当天，洋山港四期码头同时靠泊6艘大型集装箱船，26台自动化桥吊、130余台自动导引车协同作业。码头调度人员介绍，依托自主研发的智能生产管理系统，码头可根据船舶积载、堆场箱位和车辆位置实时优化作业路径，单台桥吊平均作业效率较投产初期提升约三成。"),
    ("p", "今年以来，上海港集装箱吞吐量保持增长态势。数据显示，前三季度上海港累计完成集装箱吞吐量超过4000万标准箱，同比增长约5%，国际中转、水水中转业务占比持续提高。"),
    ("p", "业内人士表示，自动化码头的稳定高效运行，有助于提升上海国际航运中心的综合服务能力。下一步，洋山港还将推进码头绿色低碳改造，扩大岸电使用比例，推广新能源集卡和自动驾驶集卡应用。"),
]

R = dict(p="<p>　　{}</p>")

CSS = """
body{margin:0;font:16px/1.9 "Microsoft YaHei";color:#333}.w{width:1000px;margin:0 auto}
.tp{border-bottom:1px solid #ddd;height:60px;display:flex;align-items:center;justify-content:space-between}
.tp span a{margin-left:10px;font-size:13px}.chn{background:#1c5fa8;color:#fff;padding:8px 0}.chn a{color:#fff;margin-right:20px}
h1{font-size:30px;margin:30px 0 6px}.fbt{font-size:20px;color:#555;margin:0 0 12px}.info{color:#999;font-size:14px;display:flex;gap:18px;border-bottom:1px solid #eee;padding-bottom:10px}
.gz{display:flex;gap:10px;font-size:13px;color:#999;margin:10px 0}.ed{font-size:14px;color:#999;margin-top:30px}
.xt{display:grid;grid-template-columns:repeat(3,1fr);gap:14px;font-size:14px}.ft{border-top:2px solid #1c5fa8;margin-top:40px;padding:20px;text-align:center;font-size:12px;color:#999}
"""


def render(P, body):
    return doc(P, CSS, f"""
<div class="w tp">{img("中华新闻网")}<span>{links(["客户端","英文","登录","搜索"])}</span></div>
<div class="chn"><div class="w">{links(["中华新闻网","上海频道","要闻","经济","社会","文化","图片"])}</div></div>
<div class="w">
<p style="font-size:13px;color:#999">中华新闻网 &gt; 上海频道 &gt; 正文</p>
<h1>{P['title_html']}</h1>
<p class="fbt">——上海港前三季度集装箱吞吐量超4000万标准箱</p>
<div class="info"><span>{P['publish_time']}</span><span>来源：新华社</span></div>
<div class="gz"><span>关注中华新闻网</span><span>微信</span><span>微博</span><span>Qzone</span><span>+1</span></div>
{body}
<p class="ed">【<a href="#">纠错</a>】 责任编辑： 钟  岩</p>
<h3>炫图</h3>
<div class="xt">{"".join(f'<div>{img("")}<p>{x}</p></div>' for x in ["秋日外滩","苏州河畔步道","浦东新区航拍"])}</div>
</div>
<div class="ft">Copyright © 2000-2025 中华新闻网 All Rights Reserved. 制作单位：中华新闻网上海分公司 版权所有</div>
""")
