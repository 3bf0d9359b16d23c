from lib import *

META = dict(
    id="xu-33", kind="e-paper", lang="zh",
    title="把“土特产”做成富民大产业",
    authors=[],
    publish_time="2025-09-12 星期五",
)
FEATURES = ("海东 daily e-paper (invented 河湟晨报, 2018 responsive design): top bar with 版面导航/文章导航 tabs, "
            "current page label A2·评论, 主题 + ——副题 (一论…) stack, byline 本报评论员 (no named writer: authors []), "
            "commentary prose with no sub-headings, 责任编辑/校对 lines, 本版其他文章, 往期 calendar text, footer.")

BODY = [
    P("金秋时节，走进海东大地，青稞泛金、马铃薯满仓、牦牛肉干飘香，处处是丰收的景象。这些带着泥土芬芳的“土特产”，是大自然对高原的馈赠，更是群众增收致富的“金钥匙”。"),
    P("做好“土特产”文章，关键在一个“土”字。海东地处河湟谷地，独特的气候和土壤孕育了互助青稞、乐都紫皮大蒜、化隆牛羊肉等一批优质农产品。这些产品的优势在于“独一份”“特别特”，只有立足本地资源禀赋，守住品质和特色，才能在激烈的市场竞争中站稳脚跟。"),
    P("做好“土特产”文章，要在“特”字上下功夫。特色不仅是产地的特色，更是标准的特色、品牌的特色。近年来，一些地方农产品“有产品无品牌、有品牌无规模”的问题依然存在，同质化竞争、低价出售的情况时有发生。这就需要我们加快制定地方标准，推进绿色、有机和地理标志农产品认证，打造叫得响、立得住的区域公用品牌，让好产品卖出好价钱。"),
    P("做好“土特产”文章，落脚点在一个“产”字。产业链条短、加工转化率低，是制约农业效益提升的短板。要坚持“延链、补链、强链”，支持龙头企业建设精深加工基地，发展冷链物流和电商直播，推动一产往后延、二产两头连、三产走高端，让更多增值收益留在农村、留给农民。"),
    P("做好“土特产”文章，离不开一个“人”字。产业要发展，人才是关键。要大力培育新型职业农民和农村电商带头人，吸引更多大学生、退役军人和外出务工人员返乡创业，让懂技术、会经营、善营销的“新农人”成为乡村产业发展的生力军。同时，要完善联农带农机制，通过订单收购、股份合作、务工就业等方式，让农民更多分享产业增值收益。"),
    P("“土特产”连着大市场，小产品也能做成大产业。只要我们久久为功、持续发力，就一定能让高原“土特产”走出大山、走向全国，为乡村全面振兴注入源源不断的动力。"),
]

CSS = """
body{margin:0;background:#f4f1ea;font:16px/1.9 "Songti SC","SimSun",serif;color:#222}
.hh-bar{background:#27466b;color:#fff;display:flex;align-items:center;gap:24px;padding:0 5%;height:56px}
.hh-bar .nm{font:bold 24px "Microsoft YaHei"}
.hh-bar .tab{font:14px "Microsoft YaHei";color:#cfe0f2}
.hh-bar .tab b{color:#fff}
.hh-bar .date{margin-left:auto;font:14px "Microsoft YaHei"}
.hh-main{max-width:880px;margin:20px auto;background:#fff;padding:30px 60px}
.hh-ban{font:13px "Microsoft YaHei";color:#27466b;border-bottom:1px solid #d8d2c3;padding-bottom:6px}
.hh-zt{font:bold 30px/1.4 "Microsoft YaHei";text-align:center;margin:24px 0 6px}
.hh-ft{text-align:center;font-size:17px;color:#555;margin:0}
.hh-zz{text-align:center;font:15px "Microsoft YaHei";color:#666;margin:10px 0 20px}
.hh-text p{text-indent:2em;margin:0 0 14px}
.hh-ed{font:13px "Microsoft YaHei";color:#888;text-align:right}
.hh-other{border-top:1px solid #d8d2c3;font:14px "Microsoft YaHei";margin-top:24px}
.hh-cal{font:13px "Microsoft YaHei";color:#777}
.hh-foot{text-align:center;font:12px "Microsoft YaHei";color:#888;padding:20px}
"""


def html():
    body = render(BODY)
    t = META["title"]
    return doc(t + "-河湟晨报数字报", CSS, f"""
<div class="hh-bar"><span class="nm">河湟晨报</span><span class="tab"><b>版面导航</b> | 文章导航 | 标题导航</span><span class="date">2025-09-12 星期五</span></div>
<div class="hh-main">
 <div class="hh-ban">A2 · 评论　　<a href="#">A1 要闻</a>　<a href="#">A3 综合</a>　<a href="#">A4 海东新闻</a>　<a href="#">A5 乡村振兴</a>　<a href="#">A6 社会</a>　<a href="#">A7 文旅</a>　<a href="#">A8 河湟副刊</a></div>
 <h1 class="hh-zt">{e(t)}</h1>
 <p class="hh-ft">——一论推动高原特色农牧业提质增效</p>
 <p class="hh-zz">本报评论员</p>
 <div class="hh-text">
{body}
 </div>
 <p class="hh-ed">责任编辑：韩晓梅　校对：祁生军</p>
 <div class="hh-other"><p><b>本版其他文章</b></p>
  <p><a href="#">【河湟时评】办好群众家门口的“小事”</a></p>
  <p><a href="#">【读者来信】小区路灯修好了</a></p>
  <p><a href="#">【漫画】“秋收”别收了安全</a></p></div>
 <p class="hh-cal">往期回顾：<a href="#">2025-09-11</a> <a href="#">2025-09-10</a> <a href="#">2025-09-09</a> <a href="#">更多</a></p>
</div>
<div class="hh-foot">河湟晨报社主办　版权所有　青ICP备08000631号-2　<br>本报地址：海东市乐都区古城大街106号　读者热线：0972-8617120</div>
""")
