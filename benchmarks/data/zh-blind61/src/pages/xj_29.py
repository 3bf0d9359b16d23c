from lib import *

PAGE = dict(
    id="xj-29", kind="self-media", lang="zh",
    title="反诈民警提醒：这5种“兼职刷单”都是骗局",
    authors=["刘芳"],
    publish_time="2024-03-14 16:20",
    doc_title="反诈民警提醒：这5种“兼职刷单”都是骗局_澎湃号·政务_澎湃新闻-The Paper",
    pfmt="p", hfmt="strong",
    features="澎湃号·政务 (a police account): 编者按-like lead in italics (body); numbered scam types as bold headings; "
             "通讯员 line at the end (author, on its own line, not body); 来源 line; 特别声明 and 澎湃新闻报料 sentence; 关键词 tags.",
    css="""
body{margin:0;font:17px/1.9 "PingFang SC","Microsoft YaHei";color:#000}
.hd{border-bottom:1px solid #eee;padding:10px 0}
.w{width:900px;margin:0 auto}
.hd b{font-size:22px}
.hd a{margin-left:16px;color:#333;font-size:15px}
h1{font-size:28px;line-height:1.4;margin:26px 0 10px}
.acc{font-size:15px;color:#666}
.acc b{color:#00a5eb}
.tm{font-size:14px;color:#999}
.lead{font-style:italic;color:#444;border-left:3px solid #00a5eb;padding-left:12px}
.cont p{margin:0 0 20px}
.by{color:#666;font-size:15px}
.sm{color:#999;font-size:13px;border-top:1px solid #eee;padding-top:10px}
.kw a{display:inline-block;background:#f2f2f2;padding:0 10px;margin-right:8px;font-size:13px}
""",
)

HTML = """
<div class="hd"><div class="w"><b>澎湃</b><a href="#">要闻</a><a href="#">深度</a><a href="#">视频</a><a href="#">湃客</a><a href="#">澎湃号</a><a href="#">下载客户端</a></div></div>
<div class="w">
<h1>反诈民警提醒：这5种“兼职刷单”都是骗局</h1>
<div class="acc"><b>吉林市公安局</b> 吉林市公安局官方澎湃号　<a href="#">+订阅</a></div>
<div class="tm">2024-03-14 16:20 来源：澎湃新闻·澎湃号·政务</div>
<div class="cont">
{{BODY}}
<p class="by">通讯员：刘&nbsp;&nbsp;芳</p>
<p class="by">来源：吉林市公安局反诈中心</p>
</div>
<p class="kw"><a href="#">反诈</a><a href="#">刷单</a><a href="#">吉林市</a></p>
<p class="sm">特别声明：本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问。</p>
<p class="sm">澎湃新闻报料：021-96281766</p>
</div>
"""

BODY = [
    G("“动动手指就能赚钱”“在家躺着日入300”……今年以来，我市发生的电信网络诈骗案件中，刷单返利类诈骗占比超过三成，居各类诈骗之首。反诈民警梳理了5种常见套路，请大家务必擦亮眼睛。",
      '<p class="lead">“动动手指就能赚钱”“在家躺着日入300”……今年以来，我市发生的电信网络诈骗案件中，刷单返利类诈骗占比超过三成，居各类诈骗之首。反诈民警梳理了5种常见套路，请大家务必擦亮眼睛。</p>'),
    H("套路一：点赞关注返佣金"),
    P("骗子以“给短视频点赞、关注博主，每单返佣3元”为诱饵，先让你尝到甜头，再拉你进入“任务群”，要求你垫资做“高佣金任务”，最后以“操作失误需解冻”为由不断要求转账。"),
    H("套路二：电商刷单冲信誉"),
    P("对方自称电商客服，称帮店铺刷好评可获得佣金。前几单小额返款很快，等你垫付金额变大，对方就以“任务未完成”为由拒绝返款。"),
    H("套路三：游戏代练、充值返利"),
    P("以“游戏陪玩”“充值返利”为名，诱导你在虚假平台充值，充值后账户显示盈利却无法提现。"),
    H("套路四：“投资理财”式刷单"),
    P("刷单任务做着做着就变成了“理财项目”，声称“投入越多回报越高”，其实资金早已被转走。"),
    H("套路五：冒充“导师”带单"),
    P("骗子冒充“导师”在群里晒收益截图，群里其他“成员”都是托儿，目的就是让你放松警惕。"),
    P("民警提醒：所有刷单都是诈骗！凡是要求先垫付资金的兼职，一律不要相信。如不慎被骗，请立即拨打110报警。"),
]
