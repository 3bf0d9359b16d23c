"""wk-35: 辽宁 city paper e-paper (2014 design): 引题 + 主题, sub-headings, closing （name name）in the last paragraph."""
from lib import *

PAGE = dict(id="wk-35", kind="e-paper", lang="zh",
            title="熊岳温泉迎来冬季客流高峰",
            authors=["朱丽", "唐宁"], publish_time="2025年11月14日")

BLOCKS = [
    P("入冬以来，营口鲅鱼圈区熊岳温泉旅游度假区迎来客流高峰。记者从度假区管委会了解到，11月以来，度假区日均接待游客1.2万人次，同比增长18%，周末各温泉酒店入住率超过九成。"),
    H("周末客房一房难求"),
    P("“上周六的房间提前一周就订满了。”一家温泉酒店的前台经理说，来泡温泉的游客以沈阳、鞍山、大连等周边城市的家庭游客为主，不少人是开车过来，泡完温泉第二天再去望儿山、月牙湾转转。"),
    H("采摘游成为新亮点"),
    P("今年，度假区推出“泡汤+赏景+采摘”组合产品，游客在泡温泉之余，还可以到周边的草莓、葡萄大棚采摘。熊岳镇的草莓种植户李玉华说，大棚里的草莓刚开始上市，每天都有游客来采摘，“一斤卖到40元，来的人还是不少。”"),
    H("服务提质留住回头客"),
    P("为提升游客体验，度假区今年对温泉街进行了亮化改造，新增停车位800个，开通了高铁站至温泉街的免费摆渡车。度假区管委会还联合市场监管部门开展明码标价专项检查，畅通投诉渠道，确保游客“住得放心、玩得开心”。（朱丽 唐宁）"),
]

CSS = """
body{margin:0;background:#f9f6ef;font-family:"宋体",SimSun;font-size:12px}
#top{width:1004px;margin:0 auto;height:100px;background:#0f5e9c;position:relative}
#top .n{position:absolute;left:20px;top:22px;font:bold 36px "黑体";color:#fff}
#top .d{position:absolute;right:20px;top:60px;color:#e8f1f8;font-size:13px}
#navbar{width:1004px;margin:0 auto;background:#e2ecf4;border-bottom:1px solid #9fbdd6;line-height:28px;padding:0 10px;box-sizing:border-box}
#navbar a{color:#0f5e9c;margin-right:8px}
#cols{width:1004px;margin:0 auto;background:#fff;overflow:hidden}
#lc{float:left;width:300px;border-right:1px solid #ddd;padding:10px;box-sizing:border-box}
#lc .bm{height:420px;border:1px solid #ccc;background:#f3f3f3;text-align:center;padding-top:180px;box-sizing:border-box;color:#999}
#lc .ti{margin-top:10px}#lc .ti b{color:#0f5e9c}#lc .ti p{margin:4px 0}
#rc{float:right;width:704px;padding:16px 30px;box-sizing:border-box}
.yt{text-align:center;font:15px "黑体";color:#555}
.zt{text-align:center;font:bold 24px "黑体";margin:6px 0 14px}
.art{font-size:15px;line-height:2}.art p{text-indent:2em;margin:0 0 6px}
.art h4{font:bold 15px "黑体";margin:10px 0 4px;text-indent:2em}
.tool{text-align:right;margin-top:16px}.tool a{color:#0f5e9c;margin-left:8px}
#ft{width:1004px;margin:0 auto;text-align:center;color:#666;border-top:3px solid #0f5e9c;padding:8px 0;line-height:20px}
"""


def render():
    bh, gold = body(BLOCKS, p="p", h="h4")
    pages = "".join(f'<a href="#">{x}</a>' for x in ["A1:头版", "A2:要闻", "A3:城事", "A4:民生", "A5:县区", "A6:文旅", "A7:体育", "A8:副刊"])
    html = f"""
<div id="top"><span class="n">营口晚报</span><span class="d">2025年11月14日　星期五　<a href="#" style="color:#fff">往期回顾</a></span></div>
<div id="navbar">版面导航：{pages}　|　<a href="#">上一期</a> <a href="#">下一期</a></div>
<div id="cols">
<div id="lc"><div class="bm">{img("A6:文旅", gif=True)}<br>A6:文旅</div>
<div class="ti"><b>本版新闻</b>
<p>· <a href="#">熊岳温泉迎来冬季客流高峰</a></p><p>· <a href="#">望儿山冬季登山节本周六开幕</a></p><p>· <a href="#">西炮台遗址公园推出冬季研学线路</a></p></div></div>
<div id="rc">
<div class="yt">“泡汤+赏景+采摘”玩法受追捧</div>
<div class="zt">{PAGE["title"]}</div>
<div style="text-align:center;color:#888;margin-bottom:10px">2025年11月14日　A6:文旅</div>
<div class="art">
{bh}
</div>
<div class="tool"><a href="#">[上一篇]</a><a href="#">[下一篇]</a><a href="#">[打印]</a><a href="#">[关闭]</a></div>
</div></div>
<div id="ft">营口晚报社版权所有　地址：营口市站前区渤海大街西　联系电话：0417-2832015<br>辽ICP备06004325号</div>
"""
    return doc("营口晚报 - " + PAGE["title"], CSS, html), gold
