from lib import *

PAGE = dict(
    id="xv-32", kind="e-paper", lang="zh",
    title="老弄堂里开出“共享客厅”",
    authors=["张蕾"], publish_time="2019年07月15日",
    doc_title="申江晚报",
    css=EPAPER,
)
CSS = """
body{font-size:12px}
.oldtab{background:#fff;border:1px solid #aaa}
.oldtab td{vertical-align:top}
.bmtd a{display:block;line-height:22px}
.ztitle{font-size:24px;font-weight:bold;text-align:center;color:#000}
.ftitle{font-size:15px;text-align:center;color:#333}
.ep-text p{font-size:14px}
"""
FMT = {"by": '<p style="text-indent:0;color:#333">{}</p>'}

BODY = """
by ■本报记者　张蕾
p 走进黄浦区老西门街道一条百年老弄堂，原本堆满杂物的一间公房，如今摆上了沙发、书架和一张长餐桌，墙上贴着居民们自己画的画。这里是弄堂里新开的“共享客厅”。
p “以前夏天没地方去，老人们只能在弄堂口坐着乘风凉。”居民区书记王敏说，弄堂里大多是二三十平方米的老房子，不少家庭几代同住，连招待客人的地方都没有。去年，居委会和居民商量后，把这间闲置公房改造成了公共活动空间。
p 改造方案是居民们一起“议”出来的。前后开了6次议事会，大家提了40多条意见：要有空调、要有厕所、要能做饭、要能下棋……最后，30多平方米的空间被分成了会客区、阅读区和一个小小的公共厨房。
p “共享客厅”每天早上8点到晚上9点开放，由居民志愿者轮流值班管理。周末，这里会举办读书会、手工课；谁家来了亲戚朋友，也可以提前登记借用。开放半年多，已经接待居民3000多人次。
p 老西门街道相关负责人表示，街道正在总结经验，计划年内在辖区另外5个居民区推广“共享客厅”模式。
"""


def page(body):
    bm = "".join(f'<a href="#">{t}</a>' for t in ["A01：要闻", "A02：综合", "A03：城事", "A04：城事", "A05：民生", "A06：国际", "A07：文体", "A08：夜光杯"])
    return f"""
<table width="100%" class="ep-top" cellspacing="0" cellpadding="0"><tr><td>&nbsp;<span class="ep-name">申江晚报</span></td><td align="right">2019年07月15日　星期一&nbsp;</td></tr></table>
<table width="1000" align="center" class="oldtab" cellspacing="0" cellpadding="6">
<tr><td colspan="3" class="ep-bar"><a href="#">往期查阅</a> <a href="#">返回目录</a> <a href="#">上一版</a> <a href="#">下一版</a>　　第A03版：城事 · 2019年07月15日</td></tr>
<tr>
<td width="140" class="bmtd"><b>版面导航</b>{bm}</td>
<td width="300">{img("A03版面", 280, 400)}<p>本版标题</p>
<table>
<tr><td>·<a href="#">老弄堂里开出“共享客厅”</a></td></tr>
<tr><td>·<a href="#">暑期托管班今起开班</a></td></tr>
<tr><td>·<a href="#">高温下的外卖骑手</a></td></tr>
<tr><td>·<a href="#">本市垃圾分类实施半月记</a></td></tr>
</table></td>
<td>
<p class="ztitle">老弄堂里开出“共享客厅”</p>
<p class="ftitle">——黄浦区老西门街道居民自治改造闲置公房见闻</p>
<div class="ep-text">
{body}
</div>
</td></tr></table>
<div class="ep-foot">Copyright 申江晚报社 All Rights Reserved　沪ICP备09003412号</div>
"""
