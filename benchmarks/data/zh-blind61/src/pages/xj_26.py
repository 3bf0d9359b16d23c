from lib import *

PAGE = dict(
    id="xj-26", kind="self-media", lang="zh",
    title="今年东北大豆价格为啥涨不上去？种植户算了一笔账",
    authors=["黑土地三农说"],
    publish_time="2024-05-21 07:45",
    doc_title="今年东北大豆价格为啥涨不上去？种植户算了一笔账 - 今日头条",
    pfmt="p", hfmt="h3",
    features="头条号 article: account name only (author = account), date with ·province; h3 sub-headings; a cost table; "
             "举报 and 声明 lines; comments that read like prose (not body); 相关推荐 with lead snippets (not body).",
    css="""
body{margin:0;font:16px/1.8 "PingFang SC","Microsoft YaHei";color:#222;background:#f8f8f8}
.hd{background:#fff;border-bottom:1px solid #eee;padding:10px 0}
.w{width:1000px;margin:0 auto}
.hd b{color:#f04142;font-size:22px}
.hd a{margin-left:16px;color:#222}
.main{display:flex;gap:20px;margin-top:16px}
.art{flex:1;background:#fff;padding:24px 36px}
.side{width:280px;background:#fff;padding:12px}
h1{font-size:28px;line-height:1.4;margin:0 0 14px}
.meta{color:#999;font-size:14px}
.meta .name{color:#222;margin-right:10px}
article p{margin:0 0 18px}
article table{border-collapse:collapse;margin:0 0 18px}
article td,article th{border:1px solid #ddd;padding:4px 12px}
.sm{color:#999;font-size:13px}
.cm{border-top:1px solid #eee;margin-top:16px}
.cm .u{font-size:14px;color:#406599;margin:12px 0 0}
.cm .t{margin:2px 0;font-size:15px}
.cm .d{font-size:12px;color:#999}
.tj p{font-size:14px;color:#666}
""",
)

HTML = """
<div class="hd"><div class="w"><b>今日头条</b><a href="#">首页</a><a href="#">下载头条APP</a><a href="#">登录</a> <input placeholder="搜索站内资讯、视频或用户"></div></div>
<div class="w main">
<div class="art">
<h1>今年东北大豆价格为啥涨不上去？种植户算了一笔账</h1>
<div class="meta"><span>2024-05-21 07:45·黑龙江</span> <span class="name">黑土地三农说</span> <a href="#">+ 关注</a></div>
<article>
{{BODY}}
</article>
<p class="sm">本文为“黑土地三农说”原创，图片来源网络，如有侵权请联系删除。　<a href="#">举报/反馈</a></p>
<div class="cm"><p><b>评论 86</b></p>
<p class="u">北大荒种地人</p><p class="t">说得挺实在。我们这边今年也是玉米大豆轮着种，大豆补贴高一点，但产量确实上不去，一亩地三百五十斤就算好的了。关键还是得有好品种，高产高蛋白的种子再贵也愿意买。</p><p class="d">05-21 09:02 · 黑龙江　回复　赞 213</p>
<p class="u">老杨说粮</p><p class="t">进口豆成本低是实情，但国产豆是非转基因的，做豆腐、豆浆还是国产的好。要是能把品牌做起来，优质优价，种植户的积极性自然就上来了。</p><p class="d">05-21 10:37 · 吉林　回复　赞 98</p>
</div>
</div>
<div class="side tj"><h4>相关推荐</h4>
<p><a href="#">黑龙江今年大豆生产者补贴标准公布</a><br>每亩补贴较去年有所提高，具体标准由各地根据实际种植面积测算确定……</p>
<p><a href="#">玉米价格连续三周上涨，农户该不该卖粮？</a><br>近期东北产区玉米收购价小幅回升，专家建议农户根据自身资金情况分批销售……</p></div>
</div>
"""

BODY = [
    P("最近跟绥化几个种大豆的老哥聊天，大家都在说一个事：大豆价格一直在两块一上下晃悠，怎么也涨不上去。今天咱就掰开揉碎，说说这里面的原因。"),
    H("一亩大豆到底能挣多少钱"),
    P("先算一笔账。以绥化地区一个种了300亩大豆的种植户为例，每亩的大致成本和收益如下："),
    T([["项目", "金额（元/亩）"], ["土地流转费", "550"], ["种子、化肥、农药", "230"], ["机械作业", "120"],
       ["卖豆收入（360斤×2.1元）", "756"], ["生产者补贴", "300"]]),
    P("这么一算，不算自家人工，一亩地纯收入也就一百五六十块钱，要是遇上减产，基本就是白忙活。"),
    H("价格为啥上不去"),
    P("第一，进口大豆到港量大，榨油企业更愿意用出油率高、价格低的进口豆，国产豆主要用在食品加工上，需求就那么多。第二，前两年国内大豆扩种，库存比较充足，收购企业不着急收。第三，国产大豆品质参差不齐，好豆卖不上好价，差豆又拉低了整体价格。"),
    H("种植户该怎么办"),
    P("我的建议是：一是选好品种，优先种高蛋白、食用型的品种，跟加工企业签订单；二是用足补贴政策，大豆生产者补贴、轮作补贴都要了解清楚；三是别急着卖，根据资金情况分批出售。你们那边今年大豆卖多少钱？欢迎在评论区聊聊。"),
]
