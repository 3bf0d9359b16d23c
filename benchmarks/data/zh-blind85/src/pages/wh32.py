# 数字报 · 安徽 · 省级日报（2022 e-paper: version tabs, two-line main title joined, 引题/副题, ■ byline marker）
from lib import *

PAGE = dict(
    id="wh-32", kind="e-paper", lang="zh",
    title="长江岸线“退岸还绿”腾出生态空间",
    authors=["周敏", "胡晓峰"],
    publish_time="2025-11-20",
    features="2022 provincial-daily 数字报 (安徽); header with 版次 tabs (A01…A08) and a date selector; the "
             "version name 第A05版：经济·生态 printed above the article; 引题 line, 主题 printed on two lines "
             "(joined without space in the gold), 副题 starting with ——; ■ 本报记者 周　敏　通讯员 胡晓峰 byline; "
             "photo with 图片说明 and photographer credit; 本版其他文章 list; 上一篇/下一篇; footer.",
    blocks=[
        P("初冬时节，站在马鞍山段长江大堤上远眺，昔日堆满砂石、杂乱无章的码头岸线，如今已是芦苇摇曳、水鸟翔集的生态湿地。"),
        P("近年来，我省沿江各市以长江岸线整治为抓手，对非法码头、砂石堆场、废弃厂区等开展清理整治，实施“退岸还绿”。截至目前，全省累计清理整治长江干流岸线项目420余个，腾退岸线约136公里，复绿面积超过1.8万亩。"),
        IMG("腾退后的长江岸线生态湿地"),
        CAP("腾退后复绿的长江岸线成为候鸟栖息地。本报记者 江　帆 摄"),
        P("“过去这里是砂石码头，一刮风就灰尘漫天。”在沿江一处生态公园晨练的居民陈大爷说，现在每天都来江边散步，“空气好了，鸟也多了。”"),
        P("在腾退岸线的同时，各地还注重生态修复和功能提升。芜湖、铜陵、池州等地因地制宜建设滨江生态廊道和湿地公园，既保护江豚等珍稀物种栖息地，又为市民提供休闲空间。据监测，今年长江安徽段水质稳定保持Ⅱ类，江豚出现频次明显增加。"),
        P("省有关部门负责人表示，下一步将建立岸线保护利用长效机制，严控新增占用岸线项目，推动腾退岸线与沿江生态修复、文旅发展有机结合，让长江岸线既“美起来”又“活起来”。"),
    ],
)

CSS = """
*{box-sizing:border-box}
body{margin:0;background:#f1ede4;font-family:"Microsoft YaHei";color:#222}
a{color:inherit;text-decoration:none}
.top{background:#16325c;color:#fff}
.top .in{width:1200px;margin:0 auto;display:flex;align-items:center;justify-content:space-between;height:72px}
.top .nm{font-size:30px;font-family:"STKaiti",serif}
.top select{height:28px}
.tabs{background:#fff;border-bottom:1px solid #d8d0c0}
.tabs .in{width:1200px;margin:0 auto;display:flex;flex-wrap:wrap}
.tabs a{padding:0 14px;line-height:40px;font-size:14px;border-right:1px solid #eee}
.tabs a.cur{background:#16325c;color:#fff}
.main{width:1200px;margin:16px auto;display:grid;grid-template-columns:360px 1fr;gap:20px}
.thumb{background:#fff;padding:10px;text-align:center;font-size:13px}
.paper{background:#fff;padding:30px 60px}
.ver{font-size:13px;color:#16325c;border-bottom:1px solid #eee;padding-bottom:6px}
.h-intro{text-align:center;font-size:17px;color:#444;margin-top:20px}
.h-main{text-align:center;font-size:32px;font-weight:bold;line-height:1.35;margin:8px 0}
.h-sub{text-align:center;font-size:17px;color:#444}
.by{text-align:center;color:#16325c;font-size:15px;margin:14px 0 20px}
.content{font-size:17px;line-height:2}
.content p{text-indent:2em;margin:0 0 12px}
.content p.cap{text-indent:0;text-align:center;font-size:14px;color:#666;font-family:KaiTi}
.others h4{color:#16325c;border-bottom:2px solid #16325c;margin:24px 0 6px}
.others li{line-height:2;font-size:15px}
.pn{font-size:14px;margin-top:14px;display:flex;justify-content:space-between}
.foot{text-align:center;font-size:12px;color:#888;padding:20px 0 30px;line-height:2}
"""


def render(p):
    body = render_body(p["blocks"], {"img": '<p style="text-align:center;text-indent:0">' + img("{t}", 620, 380) + '</p>'})
    tabs = "".join('<a href="#"' + (' class="cur"' if v.startswith("A05") else "") + f'>{v}</a>' for v in
                   ["A01 要闻", "A02 要闻", "A03 综合", "A04 时政", "A05 经济·生态", "A06 市县", "A07 社会", "A08 广告"])
    html_body = f"""
<div class="top"><div class="in"><span class="nm">皖中日报 数字报</span><span>{p["publish_time"]} 星期四　<select><option>选择日期</option></select>　<a href="#">返回首页</a></span></div></div>
<div class="tabs"><div class="in">{tabs}</div></div>
<div class="main">
<div class="thumb">{img("A05版缩略图", 330, 480)}<br><a href="#">‹ 上一版</a>　<a href="#">PDF</a>　<a href="#">下一版 ›</a></div>
<div class="paper">
<div class="ver">第A05版：经济·生态　　{p["publish_time"]}</div>
<div class="h-intro">全省累计腾退长江干流岸线约136公里</div>
<div class="h-main">长江岸线“退岸还绿”<br>腾出生态空间</div>
<div class="h-sub">——沿江各地推进岸线整治与生态修复见闻</div>
<div class="by">■ 本报记者 周　敏　通讯员 胡晓峰</div>
<div class="content">
{body}
</div>
<div class="others"><h4>本版其他文章</h4><ul>
<li><a href="#">我省新增3个国家级绿色工业园区</a></li>
<li><a href="#">巢湖流域今冬候鸟数量创新高</a></li>
<li><a href="#">林长制改革助力山区群众增收</a></li></ul></div>
<div class="pn"><a href="#">上一篇：全省林业产业总产值突破6000亿元</a><a href="#">下一篇：巢湖流域今冬候鸟数量创新高</a></div>
</div>
</div>
<div class="foot">皖中日报社主办　版权所有 © 皖中日报社<br>皖ICP备05003817号-1　皖公网安备 34010402701179号</div>
"""
    return doc("长江岸线“退岸还绿”腾出生态空间-皖中日报数字报", CSS, html_body)
