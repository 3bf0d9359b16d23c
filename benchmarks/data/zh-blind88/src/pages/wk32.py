"""wk-32: 辽宁 city daily e-paper, 2010s table layout: 引题 + 主题, ■ byline line, 版次 select, 上一篇/下一篇."""
from lib import *

PAGE = dict(id="wk-32", kind="e-paper", lang="zh",
            title="老旧供热管网改造完工 4.3万户居民受益",
            authors=["刘畅", "郑佳"], publish_time="2025-11-11")

BLOCKS = [
    BY("■本报记者 刘畅 通讯员 郑佳", f=lambda t, b: f"<p><b>{t}</b></p>"),
    P("本报讯　11月10日，记者从市住房和城乡建设局获悉，今年我市实施的老旧供热管网改造工程已全部完工，共改造一、二级管网196公里，更新换热站42座，惠及铁东、铁西、立山三个区的4.3万户居民。"),
    P("此次改造的管网大多建于上世纪八九十年代，管道腐蚀严重，跑冒滴漏频发，部分小区室温长期不达标。今年4月，市里将供热管网改造列入民生实事项目，统筹中央预算内资金和专项债券资金4.6亿元，按照“先急后缓、成片改造”的原则，于10月底前全部完工并通过打压试验。"),
    P("在铁东区山南街道的一个老旧小区，居民刘桂兰家的暖气片摸上去已经热乎乎的。“往年这时候屋里也就十六七度，今年能到二十一二度，住着舒服多了。”她说。"),
    P("市住建局相关负责人介绍，改造后的管网热损失率降低约8个百分点，预计每个采暖期可节约标准煤1.5万吨，减少二氧化碳排放约3.9万吨。同时，改造中同步安装了智能测温和远程控制设备，供热企业可以根据室外温度和楼栋需求实时调节供热参数。"),
    P("据了解，明年我市将继续实施老旧供热管网改造，计划改造管网120公里，力争到2027年基本完成城区老旧供热管网改造任务。"),
]

CSS = """
body{margin:0;background:#fff;font-size:12px;font-family:宋体}
table{border-collapse:collapse}
.mast{background:#1a3f7a;color:#fff;height:70px}
.mast .n{font:bold 30px 黑体;padding-left:16px}
.dline{background:#d9e2ef;height:26px;color:#1a3f7a}
.dline a{color:#1a3f7a}
.leftpan{background:#f5f7fb;border-right:1px solid #b8c6dc}
.bmt{width:330px;height:470px;border:1px solid #999;background:#eee;text-align:center;vertical-align:middle;color:#888}
.list td{border-bottom:1px dotted #aaa;height:22px}
.yt{font:16px 黑体;color:#1a3f7a;text-align:center;padding-top:12px}
.zt{font:bold 24px 黑体;color:#000;text-align:center;padding:6px 0}
.zwtd{font-size:14px;line-height:26px;padding:6px 20px}
.zwtd p{margin:6px 0;text-indent:2em}
.bottom{background:#1a3f7a;color:#fff;text-align:center;height:50px}
"""


def render():
    bh, gold = body(BLOCKS, p="p")
    opts = "".join(f"<option{' selected' if x.startswith('A03') else ''}>{x}</option>" for x in ["A01 要闻", "A02 要闻", "A03 城事", "A04 县区", "A05 经济", "A06 综合", "A07 文体", "A08 专版"])
    html = f"""
<table width="1000" align="center" cellpadding="0" cellspacing="0">
<tr class="mast"><td class="n">鞍山日报 <font size="2">数字报刊</font></td><td align="right" style="padding-right:14px"><font size="2">2025年11月11日</font></td></tr>
<tr class="dline"><td colspan="2">&nbsp;<a href="#">返回首页</a> | <a href="#">版面导航</a> | <a href="#">标题导航</a> | <a href="#">往期检索</a> | 版次：<select>{opts}</select> | <a href="#">上一版</a> <a href="#">下一版</a></td></tr>
</table>
<table width="1000" align="center" cellpadding="0" cellspacing="0">
<tr><td width="350" valign="top" class="leftpan">
<table width="100%"><tr><td class="bmt">{img("A03版 城事", gif=True)}<br>A03：城事</td></tr></table>
<table width="100%" class="list">
<tr><td><b>本版标题</b></td></tr>
<tr><td>· <a href="#">老旧供热管网改造完工 4.3万户居民受益</a></td></tr>
<tr><td>· <a href="#">千山区开展冬季校园安全大检查</a></td></tr>
<tr><td>· <a href="#">市民文化中心“周末剧场”开演</a></td></tr>
<tr><td>· <a href="#">一男子冒充客服诈骗被刑拘</a></td></tr>
</table>
</td>
<td valign="top">
<table width="100%">
<tr><td style="padding:6px 20px;color:#555">第A03版：城事　　2025-11-11</td></tr>
<tr><td class="yt">全市供热运行平稳有序</td></tr>
<tr><td class="zt">{PAGE["title"]}</td></tr>
<tr><td class="zwtd">
{bh}
</td></tr>
<tr><td style="padding:10px 20px;border-top:1px solid #ccc">上一篇：<a href="#">无</a>　　下一篇：<a href="#">千山区开展冬季校园安全大检查</a></td></tr>
</table>
</td></tr></table>
<table width="1000" align="center"><tr><td class="bottom">鞍山日报社版权所有　未经许可不得转载<br>辽ICP备05007932号</td></tr></table>
"""
    return doc("鞍山日报数字报刊", CSS, html), gold
