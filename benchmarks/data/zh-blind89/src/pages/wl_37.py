# 机构 · 重庆 医院官网（2017 design: date with seconds, closing byline （龚雪 谭亮） at the end of the last paragraph）
from lib import *

PAGE = dict(
    id="wl-37", kind="institution", lang="zh", site="重庆市两江人民医院",
    title="我院开设老年综合评估门诊 为高龄患者“量身定制”诊疗方案",
    authors=["龚雪", "谭亮"],
    publish_time="2025-10-14 10:21:36",
    features=["hospital site (2017)", "closing byline '（龚雪 谭亮）' at the end of the last paragraph (stays in the body, names are authors)",
              "info bar '发布时间：… 来源：宣传科' (a department, not an author) with date and seconds",
              "门诊时间/地点 lines", "sub-headings", "预约挂号 buttons, 医院导航 sidebar, footer with 渝ICP and 医疗广告 notice"],
)

BLOCKS = [
    ("p", "为满足老年患者多病共存、多重用药等复杂就医需求，我院老年医学科近日正式开设老年综合评估门诊，由老年医学科、康复医学科、临床营养科、临床药学等多学科团队共同为高龄患者提供“一站式”评估和诊疗服务。"),
    ("h", "什么是老年综合评估？"),
    ("p", "老年综合评估是从疾病、身体功能、认知心理、营养状况、用药情况和社会支持等多个方面，对老年人的健康状况进行全面评估，并据此制定个体化的干预和照护方案。老年医学科主任刘凤英介绍，很多老年人同时患有高血压、糖尿病、骨质疏松等多种慢性病，分别在不同科室就诊，用药多达十几种，容易出现药物相互作用，“综合评估就是要把这些问题放在一起看，帮老人做‘减法’”。"),
    ("h", "哪些人需要做评估？"),
    ("p", "年龄在75岁以上、患有多种慢性病、近期反复跌倒、出现记忆力下降或体重明显减轻的老年人，以及长期服用5种以上药物的患者，都建议进行老年综合评估。"),
    ("p", "门诊时间：每周二、周四全天"),
    ("p", "门诊地点：门诊大楼3楼老年医学科诊区"),
    ("p", "患者可通过医院微信公众号、电话或现场预约挂号。评估一般需要40分钟至1小时，建议由家属陪同就诊，并携带既往病历和正在服用的药物。（龚雪 谭亮）"),
]

R = dict(p="<p>　　{}</p>", h="<p>　　<strong>{}</strong></p>")

CSS = """
body{margin:0;font:14px/2 "Microsoft YaHei";color:#444;background:#f7fbfb}.w{width:1180px;margin:0 auto}
.hd{background:#fff;height:100px;display:flex;align-items:center;justify-content:space-between}.tel{color:#0a8f8a;font-size:18px}
.nv{background:#0a8f8a}.nv a{color:#fff;display:inline-block;padding:0 22px;line-height:46px;font-size:16px}
.mn{display:flex;gap:20px;margin-top:20px}.sb{width:240px;background:#fff}.sb h3{background:#0a8f8a;color:#fff;margin:0;padding:10px}
.sb a{display:block;border-bottom:1px solid #eee;padding:6px 16px}.ct{flex:1;background:#fff;padding:20px 40px}.ct h1{font-size:22px;text-align:center;color:#0a8f8a}
.mt{text-align:center;color:#999;font-size:13px;border-bottom:1px dashed #ccc}.yy{display:flex;gap:12px;justify-content:center;margin:20px 0}
.yy a{background:#f39800;color:#fff;padding:4px 20px;border-radius:3px}.ft{background:#145c59;color:#cfe5e4;text-align:center;font-size:12px;padding:18px;margin-top:30px}
"""


def render(P, body):
    return doc(P, CSS, f"""
<div class="w hd">{img("重庆市两江人民医院")}<span class="tel">预约电话：023-67801234</span></div>
<div class="nv"><div class="w">{links(["首页","医院概况","新闻中心","科室导航","专家介绍","就医指南","健康科普","党建文化"])}</div></div>
<div class="w mn">
<div class="sb"><h3>新闻中心</h3><a href="#">医院新闻</a><a href="#">通知公告</a><a href="#">媒体报道</a><a href="#">健康讲座</a>
<h3>快速通道</h3><a href="#">预约挂号</a><a href="#">检查报告查询</a><a href="#">住院须知</a></div>
<div class="ct">
<p style="color:#999;font-size:13px">当前位置：首页 &gt; 新闻中心 &gt; 医院新闻</p>
<h1>{P['title_html']}</h1>
<p class="mt">发布时间：{P['publish_time']}　来源：宣传科　浏览次数：862</p>
{body}
<div class="yy"><a href="#">预约挂号</a><a href="#">科室介绍</a></div>
<p style="font-size:13px">上一篇：<a href="#">我院开展“世界镇痛日”义诊活动</a>　下一篇：<a href="#">我院通过胸痛中心再认证</a></p>
</div>
</div>
<div class="ft">重庆市两江人民医院 版权所有　地址：重庆市渝北区某某大道66号　渝ICP备12005378号-1<br>本网站信息仅供参考，不能作为诊断及医疗的依据</div>
""")
