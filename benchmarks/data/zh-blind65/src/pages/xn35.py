from blocks import *
from furniture import *

ID, KIND, LANG = "xn-35", "e-paper", "zh"
SITE = "南山晚报数字版（三亚市级晚报电子版）"
DOC_TITLE = "南山晚报数字版-“候鸟”老人在三亚过上“社区年”"
TITLE = "“候鸟”老人在三亚过上“社区年”"
AUTHORS = ["符晓雯", "陈思"]
PUBLISH_TIME = "2025年01月24日 星期五"
FEATURES = ("evening-paper e-paper: 引题 only (no 副题), headline with quotation marks at both ends; byline line "
            "记者 符晓雯 通讯员 陈思 and 本版编辑/校对 lines; date picker input and 上一期/下一期, 下载本版PDF; "
            "masthead date with weekday (kept); Word-paste <br> breaks inside each <p> (30–40 characters); 往期回顾 list.")

CSS = """
body{margin:0;font:15px/1.9 "Microsoft YaHei";background:#fdfaf4}
.top{background:#ef6c00;color:#fff;padding:8px 40px;display:flex;gap:24px;align-items:center}
.top b{font-size:26px}
.nav{background:#fff3e0;padding:6px 40px}.nav a{margin-right:14px}
.w{width:900px;margin:14px auto;background:#fff;padding:20px 50px}
.yt{text-align:center;color:#555;margin:0}
.zt{text-align:center;font-size:26px;font-weight:bold;margin:4px 0 10px}
.by{text-align:center;color:#777}
.w p.c{margin:0 0 12px}
.ed{font-size:12px;color:#999}
"""

BODY = [
    BRP("腊月廿四，在三亚市吉阳区月川社区的活动中心里，来自黑龙江、辽宁、四川等地的“候鸟”老人和本地居民一起包饺子、写春联、排练节目，欢声笑语不断。", cls="c"),
    BRP("“今年是我第六年来三亚过冬了，社区每年都组织我们一起过年，感觉就像在家一样。”来自哈尔滨的刘阿姨一边擀饺子皮一边说。", cls="c"),
    BRP("据了解，三亚每年冬季接待“候鸟”老人超过40万人次。为了让他们住得舒心、过得开心，全市各社区陆续开展“社区年”系列活动，包括春节联欢会、健康义诊、文艺汇演等，同时组织“候鸟”志愿者参与社区治理。", cls="c"),
    BRP("月川社区党支部书记王海清介绍，社区里有一支由200多名“候鸟”老人组成的志愿服务队，成员中有退休医生、教师和工程师，平时为居民提供健康咨询、课业辅导等服务。“他们既是客人，也是社区的一份子。”", cls="c"),
    BRP("春节期间，三亚还将推出“候鸟”专属旅游线路和文化活动，并开通“候鸟”就医绿色通道，保障老人安心过年。", cls="c"),
]


def page(body):
    return f"""<body>
<div class="top"><b>南山晚报</b><span>{PUBLISH_TIME}</span><input type="text" placeholder="请选择日期"><a href="#" style="color:#fff">上一期</a><a href="#" style="color:#fff">下一期</a></div>
<div class="nav"><a href="#">第01版：封面</a><a href="#">第02版：要闻</a><a href="#">第03版：民生</a><a href="#">第04版：旅游</a>　<a href="#">下载本版PDF</a></div>
<div class="w">
<p class="yt">社区活动丰富多彩　外地居民融入其中</p>
<p class="zt">{TITLE}</p>
<p class="by">记者 符晓雯 通讯员 陈思</p>
{body}
<p class="ed">本版编辑：李婉　校对：黄晨</p>
{related("往期回顾", ["2025年01月23日", "2025年01月22日", "2025年01月21日"], dates=False)}
</div>
<div style="text-align:center;font-size:12px;color:#999">南山晚报社版权所有　琼ICP备12003518号</div>
</body>"""
