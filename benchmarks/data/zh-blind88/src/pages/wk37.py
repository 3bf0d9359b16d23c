"""wk-37: 山西 hospital site (2020 design): 医院动态, 供稿/撰稿/审核 credits line, quick-service buttons."""
from lib import *

PAGE = dict(id="wk-37", kind="institution", lang="zh",
            title="我院心血管内科成功开展首例左心耳封堵术",
            authors=["杜晓梅"], publish_time="2025年11月11日 16:40")

BLOCKS = [
    P("近日，我院心血管内科团队成功为一名72岁房颤患者实施了左心耳封堵术。手术历时约1小时，术后患者恢复良好，已于11月10日康复出院。这是我院首次独立开展该项技术，标志着我院在心脏介入诊疗领域又迈出了新的一步。"),
    P("患者王大爷患持续性房颤8年，一年前曾因脑梗死住院治疗。由于胃出血病史，他无法长期服用抗凝药物，再次发生脑卒中的风险很高。心血管内科主任张建华带领团队进行了全面评估，并与神经内科、消化内科开展多学科会诊，最终决定为患者实施左心耳封堵术。"),
    P("手术在局麻下进行，医生经股静脉穿刺，将封堵器送至左心耳开口处并释放，将左心耳“堵”上，从源头上减少血栓形成。术中经食道超声显示封堵器位置良好、无残余分流。"),
    H("什么是左心耳封堵术？"),
    P("左心耳是左心房的一个“小口袋”，房颤患者90%以上的心源性血栓来自这里。左心耳封堵术是一种微创介入手术，创伤小、恢复快，适用于不能耐受长期抗凝治疗或抗凝治疗后仍发生卒中的房颤患者。"),
    P("张建华提醒，房颤患者应规范治疗、定期复查，如出现心慌、胸闷、一侧肢体无力、口角歪斜等症状，要及时就医。"),
    NOTE("供稿：心血管内科　撰稿：杜晓梅　审核：宣传科", f=lambda t, b: f'<p class="from">{t}</p>'),
]

CSS = """
body{margin:0;background:#fff;font-family:"Microsoft YaHei";color:#333}
.h-top{background:#f2f8f6;font-size:12px;color:#666}.h-top .w{width:1200px;margin:auto;display:flex;justify-content:space-between;line-height:34px}
.h-top a{color:#666;margin-left:12px}
.h-head{width:1200px;margin:auto;height:100px;display:flex;align-items:center}
.h-head .lg{font-size:30px;color:#00875a;font-weight:bold}.h-head .lg small{display:block;font-size:12px;color:#888;font-weight:normal;letter-spacing:1px}
.h-head .tel{margin-left:auto;text-align:right;color:#00875a;font-size:14px}.h-head .tel b{font-size:22px;display:block}
.h-nav{background:#00875a}.h-nav .w{width:1200px;margin:auto;display:flex}.h-nav a{flex:1;text-align:center;color:#fff;line-height:52px;font-size:16px;text-decoration:none}
.quick{width:1200px;margin:16px auto;display:flex;gap:14px}.quick span{flex:1;text-align:center;background:#e9f6f0;color:#00875a;padding:12px 0;border-radius:4px}
.h-main{width:1200px;margin:10px auto 30px;display:flex;gap:30px}
.h-side{width:250px}.h-side .t{background:#00875a;color:#fff;font-size:18px;padding:14px 20px}
.h-side a{display:block;padding:12px 20px;border-bottom:1px dashed #cde3d9;color:#333;text-decoration:none}
.h-art{flex:1}.h-art .loc{font-size:13px;color:#999;border-bottom:2px solid #00875a;padding-bottom:8px}
.h-art h1{text-align:center;font-size:24px;margin:24px 0 10px}
.h-art .meta{text-align:center;color:#999;font-size:13px;margin-bottom:18px}
.h-art .txt{font-size:16px;line-height:2}.h-art .txt p{text-indent:2em;margin:0 0 12px}.h-art .txt h3{font-size:17px;color:#00875a;margin:18px 0 8px}
.h-art .txt .from{text-align:right;color:#666;font-size:14px}
.h-foot{background:#2d3a35;color:#a9bab2;text-align:center;font-size:13px;line-height:2;padding:20px 0}
"""


def render():
    bh, gold = body(BLOCKS, p="p", h="h3")
    html = f"""
<div class="h-top"><div class="w"><span>您好，欢迎访问运城市第二人民医院官方网站！</span><span><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">院内办公</a></span></div></div>
<div class="h-head"><div class="lg">运城市第二人民医院<small>YUNCHENG SECOND PEOPLE'S HOSPITAL</small></div><div class="tel">咨询电话<b>0359-2186120</b></div></div>
<div class="h-nav"><div class="w">{links(["首页","医院概况","新闻中心","科室导航","专家介绍","就医指南","护理园地","党建文化"])}</div></div>
<div class="quick"><span>预约挂号</span><span>专家出诊</span><span>检查报告查询</span><span>住院须知</span><span>医保政策</span></div>
<div class="h-main">
<div class="h-side"><div class="t">新闻中心</div><a href="#">医院动态</a><a href="#">媒体报道</a><a href="#">通知公告</a><a href="#">健康科普</a></div>
<div class="h-art">
<div class="loc">您的位置：首页 &gt; 新闻中心 &gt; 医院动态</div>
<h1>{PAGE["title"]}</h1>
<div class="meta">发布时间：2025年11月11日 16:40　　浏览：632次</div>
<div class="txt">
{bh}
</div>
</div></div>
<div class="h-foot">运城市第二人民医院 版权所有　地址：山西省运城市盐湖区河东东街<br>急救电话：0359-2186120　晋ICP备13004561号-1　晋公网安备 14080202000097号<br>本站信息仅供参考，不能作为诊断及医疗的依据</div>
"""
    return doc(PAGE["title"] + "-运城市第二人民医院", CSS, html), gold
