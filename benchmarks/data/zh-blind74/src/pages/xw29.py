# 澎湃号·政务 -- account 龙城发布 (常州), thepaper layout: account header, 来源 line, platform statement
from lib import *

META = dict(
    id="xw-29", kind="self-media", lang="zh",
    title="今晚起，这6个路段夜间施工，请注意绕行",
    authors=["龙城发布"],
    publish_time="2025-04-25 20:18",
)

BODY = [
    P("为加快推进城市道路“白改黑”和地下管网改造工程，经公安交警部门同意，自4月25日起，我市以下6个路段将在夜间（22:00至次日5:00）分段封闭施工，预计5月20日前完成。"),
    H("施工路段"),
    TB([
        ("序号", "路段", "施工范围", "管控方式"),
        ("1", "延陵西路", "南大街—西瀛里", "半幅封闭"),
        ("2", "晋陵中路", "罗汉路—北大街", "半幅封闭"),
        ("3", "劳动西路", "广化街—西横街", "全封闭"),
        ("4", "和平北路", "关河东路—北环路", "半幅封闭"),
        ("5", "怀德南路", "运河路—常澄路", "半幅封闭"),
        ("6", "青洋北路", "新堂路—长江路", "半幅封闭"),
    ], head=True),
    H("出行建议"),
    P("施工期间，途经上述路段的车辆请减速慢行，服从现场交通指挥，有条件的可提前绕行。其中，劳动西路施工期间实行全封闭，车辆可经西横街、延陵西路绕行。"),
    P("施工单位将采取低噪声设备和围挡降噪措施，尽量减少对周边居民休息的影响。由此带来的不便，敬请广大市民谅解。"),
]

STYLE = dict(
    p='<p>{}</p>',
    h='<p class="tp-sub"><strong>{}</strong></p>',
    table='<table class="tp-tb" cellspacing="0">{}</table>',
)

CSS = """
body{margin:0;font-family:"PingFang SC","Microsoft YaHei";color:#000;background:#fff}
.tp-head{border-bottom:1px solid #e8e8e8}
.tp-head .w{width:1200px;margin:0 auto;height:70px;display:flex;align-items:center;gap:24px;font-size:16px}
.tp-wrap{width:1200px;margin:0 auto;display:flex;gap:50px;padding-top:24px}
.tp-main{width:800px}
.tp-side{flex:1}
.tp-crumb{font-size:14px;color:#999}
.tp-main h1{font-size:30px;line-height:1.4;margin:16px 0}
.tp-account{display:flex;align-items:center;gap:10px;margin-bottom:6px}
.tp-account .name{font-size:16px;color:#00a5eb}
.tp-account .sub{font-size:13px;color:#999;border:1px solid #ddd;padding:2px 8px;border-radius:12px}
.tp-time{font-size:13px;color:#999;margin-bottom:24px}
.tp-body p{font-size:18px;line-height:1.9;margin:0 0 20px}
.tp-sub{border-left:4px solid #00a5eb;padding-left:8px}
.tp-tb{border-collapse:collapse;width:100%;margin-bottom:20px}
.tp-tb td,.tp-tb th{border:1px solid #ccc;padding:6px;font-size:15px}
.tp-declare{font-size:14px;color:#999;border-top:1px solid #eee;padding-top:12px;margin-top:24px}
.tp-side h3{font-size:18px}
.tp-side li{font-size:15px;line-height:1.8;margin-bottom:8px}
.tp-foot{text-align:center;font-size:12px;color:#999;padding:30px;border-top:1px solid #eee;margin-top:40px;line-height:2}
"""


def page(body):
    m = META
    return f"""
<div class="tp-head"><div class="w">{img("澎湃新闻", 120, 40)}<a href="#">要闻</a><a href="#">深度</a><a href="#">视频</a><a href="#">澎湃号</a><a href="#">直播</a><a href="#">更多</a><span style="margin-left:auto"><a href="#">下载客户端</a> <a href="#">登录</a></span></div></div>
<div class="tp-wrap">
<div class="tp-main">
<div class="tp-crumb">澎湃号 &gt; 政务 &gt; 龙城发布</div>
<h1>{m['title']}</h1>
<div class="tp-account">{img("龙城发布", 36, 36)}<span class="name">龙城发布</span><span class="sub">+ 订阅</span></div>
<div class="tp-time">{m['publish_time']}　来源：澎湃新闻·澎湃号·政务</div>
<div class="tp-body">
{body}
</div>
<p style="font-size:15px;color:#666">来源：常州市公安局交通警察支队　常州市市政工程管理中心</p>
<div class="tp-declare">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问。</div>
<p style="font-size:14px;color:#999"><a href="#">举报</a>　<span>❤ 12</span>　<a href="#">收藏</a>　<a href="#">分享</a></p>
</div>
<div class="tp-side">
<h3>热问答</h3>
<ul><li><a href="#">常州地铁3号线什么时候开通？</a></li></ul>
<h3>热新闻</h3>
<ul>
<li><a href="#">常州：5月1日起这些公交线路调整</a></li>
<li><a href="#">龙城大道快速路部分匝道夜间封闭施工</a></li>
<li><a href="#">常州一季度GDP同比增长6.2%</a></li>
</ul>
</div>
</div>
<div class="tp-foot">
<a href="#">关于澎湃</a> <a href="#">加入澎湃</a> <a href="#">联系我们</a> <a href="#">广告合作</a> <a href="#">法律声明</a> <a href="#">隐私政策</a><br>
沪ICP备14003370号　沪公网安备31010602000299号　互联网新闻信息服务许可证：31120170006<br>
© 2014-2025 上海东方报业有限公司
</div>
"""
