from lib import *

META = dict(
    id="xu-31", kind="e-paper", lang="zh",
    title="高新区“秋季招商月”新签约项目23个",
    authors=["张立伟"],
    publish_time="2025年09月10日 星期三",
)
FEATURES = ("大庆 city daily e-paper (invented 松嫩日报 数字报, 2020 two-pane design): date + weekday bar with 上一期/下一期/"
            "往期回顾, 版次 navigation 第01版…第08版, page-image hot areas as alt texts, 引题/主题/副题 stack (only 主题 is "
            "the title), 本报记者 byline line, sub-headings, 本版标题 list that repeats the headline, PDF download, footer.")

BODY = [
    P("本报讯　9月9日，记者从高新区获悉，高新区“秋季招商月”活动开展以来，累计新签约项目23个，总投资102.6亿元，涉及新材料、高端装备、数字经济和生物医药等领域。"),
    H("聚焦主导产业精准招商"),
    P("今年以来，高新区围绕石化新材料、高端装备制造两大主导产业，绘制产业链招商图谱，梳理出重点目标企业120余家。“秋季招商月”期间，区领导带队赴长三角、珠三角等地开展登门招商，举办专题推介会6场，洽谈项目40余个。"),
    P("在新签约的项目中，投资额超过10亿元的项目有3个。其中，一家新材料企业计划投资28亿元建设高性能聚烯烃弹性体项目，建成后将填补省内相关产品空白；另一家装备制造企业将把东北区域总部和研发中心落户高新区。"),
    H("服务跟进推动项目落地"),
    P("为推动签约项目早落地、早开工，高新区对每个签约项目实行“一名领导、一个专班、一套方案”的包保服务机制，在项目审批、用地保障、要素配套等方面提供全程代办服务。目前，已有7个签约项目完成备案，4个项目进入施工图设计阶段。"),
    P("高新区相关负责人表示，下一步将持续开展以商招商、驻点招商和基金招商，力争全年新引进亿元以上项目50个以上，为高质量发展积蓄新动能。"),
]

CSS = """
body{margin:0;background:#ecebe6;font:14px/1.8 "Microsoft YaHei";color:#333}
.ep-top{background:#8b0000;color:#fff;padding:10px 30px;display:flex;justify-content:space-between;align-items:center}
.ep-top .nm{font-size:26px;font-weight:bold;font-family:STKaiti,KaiTi}
.ep-top .dt{font-size:14px}
.ep-top .dt a{color:#ffe0a0;margin-left:10px}
.ep-body{display:flex;gap:16px;width:1200px;margin:14px auto}
.ep-left{width:430px;background:#fff;padding:10px}
.ep-bm{font-size:13px}
.ep-bm a{display:inline-block;width:48%;padding:2px 0}
.ep-page{height:560px;background:#f6f3ea;border:1px solid #ccc;margin-top:8px;position:relative}
.ep-page img{display:block;margin:8px}
.ep-right{flex:1;background:#fff;padding:24px 40px}
.ep-yt{font-size:16px;color:#555;text-align:center;margin:0}
.ep-zt{font-size:28px;font-weight:bold;text-align:center;margin:6px 0;color:#111}
.ep-ft{font-size:16px;color:#555;text-align:center;margin:0 0 10px}
.ep-zz{text-align:center;color:#777;font-size:14px}
.ep-art p{text-indent:2em;font-size:16px;line-height:2}
.ep-art h4{font-size:16px;margin:16px 0 0;text-align:center}
.ep-list{border-top:2px solid #8b0000;margin-top:20px}
.ep-list h5{font-size:15px;margin:8px 0}
.ep-list li{font-size:14px}
.ep-foot{text-align:center;font-size:12px;color:#777;padding:16px}
"""


def html():
    body = render(BODY, h="<h4>{}</h4>")
    t = META["title"]
    return doc(t + "--松嫩日报数字报", CSS, f"""
<div class="ep-top"><span class="nm">松嫩日报</span>
<span class="dt">2025年09月10日 星期三　<a href="#">上一期</a><a href="#">下一期</a><a href="#">往期回顾</a><a href="#">PDF下载</a></span></div>
<div class="ep-body">
 <div class="ep-left">
  <div class="ep-bm"><a href="#">第01版：要闻</a><a href="#">第02版：综合</a><a href="#">第03版：经济</a><a href="#">第04版：县区</a><a href="#">第05版：民生</a><a href="#">第06版：文体</a><a href="#">第07版：专版</a><a href="#">第08版：湿地副刊</a></div>
  <div class="ep-page">
   <img alt="大庆举行2025年全民健身运动会" src="{GIF}">
   <img alt="高新区“秋季招商月”新签约项目23个" src="{GIF}">
   <img alt="城区集中供热管网改造进入收尾阶段" src="{GIF}">
  </div>
  <p style="font-size:12px">第01版：要闻　<a href="#">PDF</a></p>
 </div>
 <div class="ep-right">
  <p class="ep-yt">坚持项目为王　推动产业转型</p>
  <p class="ep-zt">{e(t)}</p>
  <p class="ep-ft">总投资102.6亿元，涉及新材料、高端装备等领域</p>
  <p class="ep-zz">本报记者　张立伟</p>
  <div class="ep-art">
{body}
  </div>
  <div class="ep-list"><h5>本版标题</h5><ul>
   <li><a href="#">大庆举行2025年全民健身运动会</a></li>
   <li><a href="#">高新区“秋季招商月”新签约项目23个</a></li>
   <li><a href="#">城区集中供热管网改造进入收尾阶段</a></li>
   <li><a href="#">市政协召开专题协商会</a></li>
  </ul></div>
 </div>
</div>
<div class="ep-foot">松嫩日报社版权所有　未经许可不得转载　黑ICP备05003822号-1　地址：大庆市萨尔图区新村纬二路9号</div>
""")
