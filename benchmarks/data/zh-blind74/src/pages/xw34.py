# 闽中日报 数字报 -- 2018 e-paper with 引题 + quoted 主题 profile headline, sub-headings, byline under headline, 稿件来源 line
from lib import *

META = dict(
    id="xw-34", kind="e-paper", lang="zh",
    title="“茶博士”魏良辉：把论文写在茶山上",
    authors=["罗燕萍", "张朝阳"],
    publish_time="2025年04月26日 星期六",
)

BODY = [
    P("清晨六点，大田县屏山乡的茶园里还飘着薄雾，魏良辉已经蹲在茶垄间，翻看新梢的叶背。作为省级科技特派员，这是他扎根山区的第十二个年头。"),
    H("从实验室到茶园"),
    P("魏良辉是福建农林大学茶学专业的博士，2013年第一次作为科技特派员来到屏山乡。那时，当地茶农普遍“重产量、轻品质”，茶叶大多以低价卖给外地茶商。“茶园管理粗放，化肥用得多，茶叶品质上不去，价格自然也上不去。”他回忆说。"),
    P("他在村里租了一间民房，白天跑茶园，晚上给茶农上课。为了让茶农接受生态种植的理念，他先在自己联系的30亩示范茶园里试种，套种绿肥、安装杀虫灯和黄板，不打化学农药。第二年，示范茶园的茶青价格每斤高出两元多，周边茶农纷纷上门取经。"),
    H("“茶农富了，我最高兴”"),
    P("这些年，魏良辉帮助屏山乡建起了3家茶叶专业合作社，推广生态茶园1.2万亩，引导茶企改进高山乌龙茶的加工工艺，注册了区域品牌。全乡茶叶产值从2013年的不到5000万元增长到去年的2.8亿元。"),
    H("带出一支“土专家”队伍"),
    P("魏良辉深知，科技特派员总有离开的一天，关键是要给当地留下一支带不走的队伍。他在乡里办起了“茶农夜校”，每年开班20多期，手把手教茶农修剪、施肥和制茶。如今，屏山乡已有40多名茶农取得了评茶员、制茶师等职业资格证书，成了远近闻名的“土专家”。"),
    P("“论文写得再好，不如茶农口袋里多挣几块钱。”魏良辉说，“看到茶农富起来，我最高兴。”"),
]

STYLE = dict(p='<p>{}</p>', h='<p class="mz-xbt">{}</p>')

CSS = """
body{margin:0;background:#d6dde4;font-family:"Microsoft YaHei";color:#222}
.mz-top{background:#24527a;color:#fff;height:64px}
.mz-top .w{width:1140px;margin:0 auto;display:flex;align-items:center;justify-content:space-between;height:64px}
.mz-top a{color:#fff;font-size:13px;margin-left:10px}
.mz-wrap{width:1140px;margin:12px auto;display:flex;gap:14px}
.mz-left{width:300px;background:#fff;padding:10px;font-size:13px}
.mz-left .bm a{display:block;line-height:24px}
.mz-art{flex:1;background:#fff;padding:20px 40px}
.mz-yt{text-align:center;color:#444;font-size:16px;margin:0}
.mz-title{text-align:center;font-size:28px;margin:8px 0 12px}
.mz-by{text-align:center;font-size:14px;color:#666;margin-bottom:18px}
.mz-art p{font-size:16px;line-height:1.9;text-indent:2em}
.mz-xbt{font-weight:bold;color:#24527a}
.mz-src{font-size:13px;color:#999;border-top:1px solid #eee;padding-top:10px}
.mz-foot{text-align:center;font-size:12px;color:#555;padding:14px;line-height:2}
"""


def page(body):
    m = META
    return f"""
<div class="mz-top"><div class="w">{img("闽中日报", 160, 44)}<span>{m['publish_time']}</span><span><a href="#">首页</a><a href="#">往期回顾</a><a href="#">闽中新闻网</a></span></div></div>
<div class="mz-wrap">
<div class="mz-left">
<p><b>当前版：第03版：三明·区县</b></p>
{img("第03版版面图", 280, 400)}
<p><a href="#">&lt;&lt;上一版</a>　<a href="#">下一版&gt;&gt;</a></p>
<div class="bm">
<a href="#">第01版：要闻</a>
<a href="#">第02版：综合</a>
<a href="#">第03版：三明·区县</a>
<a href="#">第04版：专题</a>
</div>
<p><b>本版新闻</b></p>
<div class="bm">
<a href="#">“茶博士”魏良辉：把论文写在茶山上</a>
<a href="#">尤溪：春耕备耕有序推进</a>
<a href="#">将乐县举办农民丰收节筹备会</a>
</div>
</div>
<div class="mz-art">
<p class="mz-yt">科技特派员扎根山区十余年</p>
<h1 class="mz-title">{m['title']}</h1>
<p class="mz-by">本报记者 罗燕萍　通讯员 张朝阳</p>
{body}
<p class="mz-src">稿件来源：闽中日报　　<a href="#">【打印】</a> <a href="#">【关闭】</a></p>
</div>
</div>
<div class="mz-foot">闽中日报社主办　版权所有 © 闽中日报社　闽ICP备05009871号</div>
"""
