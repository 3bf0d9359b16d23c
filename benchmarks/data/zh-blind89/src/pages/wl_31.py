# 电子报 · 重庆晚报类（2012 数字报 table layout: 版次 list, 本版标题 list, 引题/主题/副题 stack, '□本报记者' byline）
from lib import *

PAGE = dict(
    id="wl-31", kind="e-paper", lang="zh", site="山城晚报数字报",
    title="渝中区9家社区卫生服务中心开设夜间门诊",
    authors=["冉茂林"],
    publish_time="2025年10月14日 星期二",
    features=["2012 数字报 layout in nested tables", "引题 / 主题 / 副题 stack (title = 主题 only)", "byline '□本报记者 冉茂林' line (not body)",
              "header date '2025年10月14日 星期二' as the only date", "版次 navigation 第A01版…第A08版 with 上一版/下一版",
              "本版标题 list repeating the headline", "往期回顾 date picker, footer"],
)

BLOCKS = [
    ("x", '<p class="by">□本报记者 冉茂林</p>'),
    ("p", "白天要上班，孩子晚上发烧怎么办？从本周起，渝中区9家社区卫生服务中心陆续开设夜间门诊，每天18时至21时接诊，让居民下班后在家门口就能看上病。"),
    ("p", "13日晚7点，记者来到大坪街道社区卫生服务中心，候诊区已有十多位居民在排队。“孩子有点咳嗽，白天我们都要上班，以前只能晚上去大医院挂急诊，现在走路5分钟就到了。”带着孩子来看病的市民李女士说。"),
    ("p", "据区卫生健康委介绍，夜间门诊主要提供常见病、多发病诊疗和慢性病开药服务，设全科、儿科、中医科等科室，同时开放药房、检验和医保结算窗口。居民可通过“健康渝中”公众号提前预约，也可现场挂号。"),
    ("p", "为保障夜间门诊服务质量，区里安排了区人民医院、区中医院的专科医生定期下沉坐诊，并建立双向转诊绿色通道，遇到病情较重的患者可直接转诊至上级医院。"),
    ("p", "“开设夜间门诊，就是要让居民看病更方便。”区卫生健康委相关负责人表示，将根据运行情况适时扩大夜间门诊覆盖范围，力争年底前实现全区社区卫生服务中心全覆盖。"),
]

R = dict(p="<p>　　{}</p>")

CSS = """
body{margin:0;font-size:12px;font-family:宋体;background:#d9d9d9}table{border-collapse:collapse}
.hd{background:#003c78;color:#fff}.bm td{line-height:22px;border-bottom:1px dotted #999}.bm a{color:#003c78}
.yt{font-size:15px;text-align:center;color:#333}.zt{font-size:26px;font-weight:bold;text-align:center;font-family:黑体;color:#000}
.ft2{font-size:16px;text-align:center;color:#333}.by{text-align:center;font-size:13px}.nr{font-size:15px;line-height:26px;padding:10px 20px}
.bbt td{line-height:24px}.bot td{text-align:center;color:#666;line-height:22px}
"""


def render(P, body):
    edi = [("A01", "封面"), ("A02", "要闻"), ("A03", "城事"), ("A04", "区县"), ("A05", "民生"), ("A06", "天下"), ("A07", "文体"), ("A08", "副刊")]
    bmlist = "".join(f'<tr><td><a href="#">第{a}版：{b}</a></td></tr>' for a, b in edi)
    bbt = ["渝中区9家社区卫生服务中心开设夜间门诊", "解放碑步行街秋季消费季启动", "长江索道将进行年度检修", "大坪片区两条支路完成“白改黑”"]
    return doc(P, CSS, f"""
<table width="1000" align="center" bgcolor="#ffffff">
<tr class="hd"><td colspan="3" height="70">&nbsp;<b style="font-size:30px">山城晚报</b>　数字报　　{P['publish_time']}　　<a href="#" style="color:#fff">往期回顾</a> <select><option>2025-10-14</option><option>2025-10-13</option></select></td></tr>
<tr>
<td width="180" valign="top">
<table width="100%" class="bm"><tr><td><b>版面导航</b></td></tr>{bmlist}</table>
</td>
<td width="560" valign="top">
<table width="100%"><tr><td>第A03版：城事　　<a href="#">上一版</a>　<a href="#">下一版</a></td></tr></table>
<table width="100%">
<tr><td class="yt">家门口就能看病　社区医院延长服务时间</td></tr>
<tr><td class="zt">{P['title_html']}</td></tr>
<tr><td class="ft2">每晚开到9点　医保可直接结算</td></tr>
<tr><td class="nr">
{body}
</td></tr>
</table>
<table width="100%"><tr><td align="right"><a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">返回目录</a></td></tr></table>
</td>
<td width="260" valign="top">
<table width="100%" class="bbt"><tr><td><b>本版标题</b></td></tr>{"".join(f'<tr><td>· <a href="#">{t}</a></td></tr>' for t in bbt)}</table>
<table width="100%"><tr><td>{img("A03版版面缩略图", w=240, h=340)}</td></tr></table>
</td>
</tr>
<tr><td colspan="3"><table width="100%" class="bot"><tr><td>山城晚报社版权所有　未经书面授权禁止转载　渝ICP备05006811号</td></tr></table></td></tr>
</table>
""")
