from lib import *

META = dict(
    id="xu-22", kind="media", lang="zh",
    title="青海秋季学期新增公办幼儿园学位5600个",
    authors=["索南才让"],
    publish_time="2025-09-10 18:30",
)
FEATURES = ("青海 radio station site (invented 高原之声广播网, 2019 template): frequency list in the header, "
            "收听本条新闻 audio row with duration, info bar (date | 频率 | 播音 — announcer not an author), "
            "本台消息（记者 索南才让）opening the text (stays body), a small table, 责编 line, 节目单 side list, footer.")

BODY = [
    P("本台消息（记者 索南才让）记者从省教育厅获悉，今年秋季学期，我省新建、改扩建公办幼儿园42所，新增公办学前教育学位5600个，其中农牧区新增学位占六成以上。"),
    P("近年来，我省把扩大普惠性学前教育资源作为民生实事，重点解决城镇新建小区配套幼儿园不足和农牧区幼儿“入园远”问题。今年新增的学位主要分布在以下地区："),
    T([
        ["地区", "新建改扩建幼儿园（所）", "新增学位（个）"],
        ["西宁市", "11", "1650"],
        ["海东市", "9", "1230"],
        ["海西州、海南州", "10", "1180"],
        ["玉树州、果洛州、黄南州、海北州", "12", "1540"],
    ]),
    P("省教育厅相关负责人表示，新建幼儿园均按照标准配齐玩教具和保教人员，今年秋季已面向社会公开招聘幼儿教师580名。下一步，我省还将通过“一村一园”、流动幼儿园等方式，进一步扩大农牧区学前教育覆盖面，力争到2026年全省学前三年毛入园率达到93%以上。"),
]

CSS = """
body{margin:0;background:#fff;color:#333;font:14px/1.8 "Microsoft YaHei"}
.gy-h{background:#004d8c;color:#fff;padding:12px 6%;overflow:hidden}
.gy-h .l{float:left;font-size:26px;font-weight:bold}
.gy-h .r{float:right;font-size:12px;line-height:1.6;text-align:right}
.gy-m{background:#e9f1f8;padding:0 6%}
.gy-m a{display:inline-block;padding:9px 16px;color:#004d8c}
.gy-c{width:88%;margin:16px auto;display:flex;gap:24px}
.gy-a{flex:1}
.gy-p{font-size:12px;color:#888}
.gy-a h1{font-size:24px;margin:16px 0 8px}
.gy-aud{background:#f4f7fa;border:1px solid #d8e3ee;padding:8px 12px;font-size:13px}
.gy-inf{font-size:12px;color:#999;margin:8px 0 14px}
.gy-x p{text-indent:2em;font-size:16px}
.gy-x table{border-collapse:collapse;margin:0 auto;font-size:14px}
.gy-x td,.gy-x th{border:1px solid #9ab;padding:4px 10px;text-align:center}
.gy-zb{text-align:right;color:#888}
.gy-s{width:260px;background:#f8f8f8;padding:10px}
.gy-s h4{margin:0 0 8px;color:#004d8c}
.gy-s p{margin:2px 0;font-size:13px}
.gy-f{border-top:4px solid #004d8c;text-align:center;font-size:12px;color:#666;padding:14px;line-height:2}
"""


def html():
    body = render(BODY)
    t = META["title"]
    return doc(t + "_高原之声广播网", CSS, f"""
<div class="gy-h"><div class="l">高原之声广播网</div>
<div class="r">新闻综合广播 FM97.1　经济广播 FM99.6　交通音乐广播 FM107.5<br>藏语广播 FM101.4　<a href="#" style="color:#fff">在线收听</a></div></div>
<div class="gy-m"><a href="#">首页</a><a href="#">青海新闻</a><a href="#">广播节目</a><a href="#">主持人</a><a href="#">听友互动</a><a href="#">专题</a></div>
<div class="gy-c">
 <div class="gy-a">
  <div class="gy-p">当前位置：首页 - 青海新闻 - 社会民生</div>
  <h1>{e(t)}</h1>
  <div class="gy-inf">2025-09-10 18:30 | 新闻综合广播 | 播音：陈宇航</div>
  <div class="gy-aud">▶ 收听本条新闻　00:00 / 03:12</div>
  <div class="gy-x">
{body}
  </div>
  <p class="gy-zb">责编：何春燕</p>
 </div>
 <div class="gy-s"><h4>今日节目单</h4>
  <p>07:00 青海新闻早高峰</p><p>12:00 午间新闻</p><p>18:00 青海新闻联播</p><p>21:00 夜色温柔</p>
  <h4>往期回顾</h4>
  <p><a href="#">青海今年计划完成农村公路建设1800公里</a></p>
  <p><a href="#">省内多地迎来降温降雪天气</a></p>
 </div>
</div>
<div class="gy-f">高原之声广播网 版权所有<br>信息网络传播视听节目许可证：2704063　<a href="#">青ICP备09000817号-1</a></div>
""")
