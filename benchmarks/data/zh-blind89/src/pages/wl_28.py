# 自媒体 · 澎湃号·政务（2022 PC: '澎湃号 > 政务' label, '来源：澎湃新闻·澎湃号·政务', 供稿 unit at the end (not author)）
from lib import *

PAGE = dict(
    id="wl-28", kind="self-media", lang="zh", site="澎湃新闻",
    title="电动自行车充电器抽查：这3批次产品不合格",
    authors=["长宁市场监管"],
    publish_time="2025-10-16 14:22",
    features=["澎湃号·政务 account page", "no person named: author = account '长宁市场监管'", "closing '供稿：区市场监管局产品质量安全监管科' (供稿单位, not author)",
              "info '2025-10-16 14:22　来源：澎湃新闻·澎湃号·政务'", "table of unqualified products", "tips as list lines",
              "'字号' control, 订阅 button, 澎湃号 recommendations, footer with license numbers"],
)

BLOCKS = [
    ("p", "近期，长宁区市场监管局对辖区销售的电动自行车充电器开展产品质量监督抽查，共抽查18家经营单位的30批次产品，其中3批次不合格，不合格发现率10%。"),
    ("p", "不合格项目主要集中在输出电压、温升和电源线标识等方面。不合格产品信息如下："),
    ("table", [["产品名称", "标称商标", "规格型号", "不合格项目"], ["电动车充电器", "驰*", "48V20AH", "温升"], ["电动车智能充电器", "无", "60V20AH", "输出电压、标志"], ["锂电池充电器", "速*", "48V2A", "电源线"]]),
    ("p", "对抽查发现的不合格产品，区市场监管局已责令相关经营单位立即停止销售，并依法进行后续处理。"),
    ("p", "市场监管部门提醒广大市民，选购和使用电动自行车充电器时要注意以下几点："),
    ("li", "1.到正规商场或品牌专卖店购买，索要并保存购物发票；"),
    ("li", "2.优先使用原装充电器，不要随意混用不同品牌、不同规格的充电器；"),
    ("li", "3.充电时远离易燃物，充满后及时断电，切勿在楼道、居室内充电过夜。"),
    ("p", "市民如发现质量问题，可拨打12315热线投诉举报。"),
    ("x", '<p class="gg">供稿：区市场监管局产品质量安全监管科</p>'),
]

R = dict(p="<p>{}</p>", li="<p>{}</p>")

CSS = """
body{margin:0;font:17px/1.9 "PingFang SC","Microsoft YaHei";color:#000}.hd{border-bottom:1px solid #e5e5e5;height:64px;display:flex;align-items:center;padding:0 60px;gap:40px}
.ct{width:1160px;margin:0 auto;display:flex;gap:50px}.nw{width:760px}.lab{color:#00a5eb;font-size:14px;margin-top:26px}
h1{font-size:30px;line-height:1.4;margin:10px 0}.ac{display:flex;align-items:center;gap:10px}.ac b{font-size:16px}.dy{border:1px solid #00a5eb;color:#00a5eb;padding:0 10px;font-size:13px}
.tm{color:#999;font-size:13px;margin:10px 0 20px}table{border-collapse:collapse;width:100%}td{border:1px solid #ccc;padding:4px 8px;font-size:15px}
.gg{color:#999;font-size:14px}.zh{font-size:13px;color:#999}.sd{flex:1}.sd li{margin:10px 0}.foot{background:#f6f6f6;font-size:12px;color:#999;text-align:center;padding:20px;margin-top:40px}
"""


def render(P, body):
    return doc(P, CSS, f"""
<div class="hd">{img("澎湃新闻")}<span>{links(["要闻","深度","视频","上海","澎湃号","问政"], sep="　")}</span><input placeholder="搜索"></div>
<div class="ct">
<div class="nw">
<div class="lab">澎湃号 &gt; 政务</div>
<h1>{P['title_html']}</h1>
<div class="ac">{img("长宁市场监管")}<b>长宁市场监管</b><span class="dy">+订阅</span></div>
<div class="tm">{P['publish_time']}　来源：澎湃新闻·澎湃号·政务　<span class="zh">字号</span></div>
{body}
<p class="zh">澎湃新闻报料：021-52093761　澎湃新闻，未经授权不得转载</p>
<p class="zh">+1　收藏　我要举报</p>
</div>
<div class="sd"><h4>澎湃号·政务 推荐</h4><ul>{lis(["长宁：“一网统管”助力老旧小区消防安全","新泾镇开展秋季食品安全宣传周","虹桥街道为独居老人安装烟感报警器"])}</ul></div>
</div>
<div class="foot">互联网新闻信息服务许可证：31120170006　沪ICP备14003370号　沪公网安备 31010602000299号</div>
""")
