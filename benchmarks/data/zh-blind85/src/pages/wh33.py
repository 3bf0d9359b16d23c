# 数字报 · 海南 · 晚报（2008 table-layout e-paper, 版次 dropdown, 返回目录, 本报讯（记者…通讯员…） in para 1）
from lib import *

PAGE = dict(
    id="wh-33", kind="e-paper", lang="zh",
    title="海口42个社区食堂开进居民家门口",
    authors=["云昌", "邢蕾"],
    publish_time="2025-11-22",
    features="2008 table-layout evening-paper e-paper (海南); 版次 as a <select> and text links (第A08版：海口·民生); "
             "上一版/下一版/返回目录 links; article title block with 引题 and 副题 in smaller cells (title = 主题); "
             "本报讯（记者 云　昌 通讯员 邢　蕾） opens the first paragraph; table of canteen prices; "
             "作者/发布日期 row under the text repeats the reporters; 【打印】【关闭】; 版权 line.",
    blocks=[
        P("本报讯（记者 云　昌 通讯员 邢　蕾）一荤两素一汤，老人只要12元。11月21日中午，在海口市美兰区白龙街道的一家社区食堂里，前来就餐的居民络绎不绝。记者从海口市民政局获悉，目前全市已建成社区食堂42个，日均服务就餐居民超过6000人次。"),
        P("这些社区食堂大多由街道提供场地、专业餐饮企业运营，面向全体居民开放，对60岁以上老年人给予优惠，对80岁以上高龄老人和低保、特困老人再给予额外补贴。部分社区食堂还提供送餐上门服务，行动不便的老人打个电话就能吃上热饭。"),
        T([["就餐人群", "标准套餐价格", "补贴后价格"],
           ["普通居民", "18元", "18元"],
           ["60—79岁老人", "18元", "12元"],
           ["80岁以上及低保、特困老人", "18元", "8元"]]),
        P("“儿女都在外地工作，以前一个人做饭总是凑合。”家住白龙街道的78岁居民符大爷说，现在每天中午到食堂吃饭，饭菜软烂可口，还能跟老邻居聊聊天。"),
        P("海口市民政局有关负责人表示，到明年底，全市社区食堂将达到60个，实现城市社区老年助餐服务全覆盖。同时，将加强食品安全监管，定期开展满意度测评，让老人吃得放心、舒心。"),
    ],
)

CSS = """
body{margin:0;background:#fff;font-size:12px;font-family:宋体}
td{font-size:12px}
a{color:#00c;text-decoration:none}
.logo{font-size:34px;color:#08a;font-weight:bold;font-family:黑体}
.bc{background:#08a;color:#fff}
.bc a{color:#fff}
.yt{font-size:14px;color:#333}
.zt{font-size:24px;font-weight:bold;color:#000;font-family:黑体}
.ft{font-size:14px;color:#333}
.zw{font-size:14px;line-height:24px}
.zw p{margin:0 0 8px}
.zw table{border-collapse:collapse}
.zw td,.zw th{border:1px solid #888;padding:2px 8px;font-size:13px}
"""


def render(p):
    body = render_body(p["blocks"], {"p": "<p>　　{t}</p>",
                                      "table": '<table align="center" width="90%">{rows}</table>'})
    opts = "".join(f"<option>{v}</option>" for v in ["第A01版：头版", "第A02版：要闻", "第A03版：海南新闻",
                                                      "第A08版：海口·民生", "第A09版：社会", "第A12版：体育"])
    html_body = f"""
<table width="1000" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td height="70"><span class="logo">琼州晚报</span>　<span style="font-size:14px">{p["publish_time"]} 星期六</span></td>
<td align="right"><a href="#">琼州晚报首页</a> | <a href="#">往期回顾</a> | <a href="#">返回目录</a></td></tr>
<tr class="bc"><td height="28" colspan="2">&nbsp;版次：<select>{opts}</select>　<a href="#">上一版</a>　<a href="#">下一版</a>　当前版：第A08版：海口·民生</td></tr>
</table>
<table width="1000" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td width="300" valign="top" style="border-right:1px solid #ccc;padding:6px">
{img("A08版版面", 290, 420)}
<table width="100%"><tr><td style="padding-top:6px"><b>本版新闻</b></td></tr>
<tr><td>· <a href="#">海口42个社区食堂开进居民家门口</a></td></tr>
<tr><td>· <a href="#">龙华区新增两处口袋公园</a></td></tr>
<tr><td>· <a href="#">海口公交开通3条冬季旅游专线</a></td></tr>
<tr><td>· <a href="#">市民热线</a></td></tr></table>
</td>
<td valign="top" style="padding:10px 24px">
<table width="100%" cellpadding="0" cellspacing="0">
<tr><td align="center" class="yt">一荤两素一汤老人只要12元</td></tr>
<tr><td align="center" class="zt" style="padding:6px 0">{esc(p["title"])}</td></tr>
<tr><td align="center" class="ft">明年底将实现城市社区老年助餐服务全覆盖</td></tr>
<tr><td><hr size="1" color="#cccccc"></td></tr>
<tr><td class="zw">
{body}
</td></tr>
<tr><td align="right" style="color:#666;padding:6px 0">作者：记者 云昌 通讯员 邢蕾　发布日期：{p["publish_time"]}</td></tr>
<tr><td align="center"><a href="#">【打印】</a>　<a href="#">【关闭】</a></td></tr>
</table>
</td></tr>
<tr><td colspan="2" align="center" style="border-top:1px solid #08a;padding:8px;color:#666">琼州晚报社版权所有　Copyright 2008-2025　琼ICP备08100512号</td></tr>
</table>
"""
    return doc("琼州晚报数字报-海口42个社区食堂开进居民家门口", CSS, html_body)
