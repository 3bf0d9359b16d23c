# 安徽 · 区级医院网站（2014 hospital site, slashed date with seconds, 撰稿/摄影/供稿 line, 科室导航, 预约挂号）
from lib import *

PAGE = dict(
    id="wh-37", kind="institution", lang="zh",
    title="我院成功为92岁高龄患者实施经导管主动脉瓣置换术",
    authors=["王芳"],
    publish_time="2025/11/20 16:48:03",
    features="2014 district hospital site (安徽) 医院新闻 column; 预约挂号/就诊指南 buttons and 科室导航 sidebar; "
             "info line 发布人：admin 发布时间：2025/11/20 16:48:03 点击：…; credit line 供稿：心血管内科　"
             "撰稿：王　芳　摄影：程　亮 at the end (only the 撰稿 writer is an author; 发布人 admin is not); "
             "medical terms and a patient's quoted words; photo alt; 温馨提示 box (not body) and footer with "
             "咨询电话/皖ICP.",
    blocks=[
        P("近日，我院心血管内科团队在导管室成功为一名92岁高龄的重度主动脉瓣狭窄患者实施经导管主动脉瓣置换术（TAVR）。这是我院独立完成的第26例该类手术，患者也是接受该手术年龄最大的一位。"),
        P("患者李奶奶近半年来反复出现胸闷、气喘，走几步路就要停下来休息，近一个月夜间不能平卧。入院检查发现，她的主动脉瓣重度狭窄合并钙化，心功能明显下降。由于年龄大、合并慢性肾病和肺部疾病，传统开胸手术风险极高。"),
        P("经心血管内科、心脏外科、麻醉科、超声科等多学科会诊，团队决定为患者实施创伤更小的经导管主动脉瓣置换术。手术在局部麻醉下进行，医生通过患者大腿根部的股动脉穿刺，将人工瓣膜经导管输送到主动脉瓣位置并精准释放，整个过程约1小时，切口不到1厘米。"),
        IMG("手术团队在导管室为患者实施手术"),
        P("术后第二天，李奶奶就能下床活动，胸闷、气喘症状明显缓解。“以前上个厕所都喘得不行，现在能自己走路了，谢谢医生们！”出院前，李奶奶拉着医生的手说。"),
        P("心血管内科主任陈卫东介绍，经导管主动脉瓣置换术具有创伤小、恢复快等优点，特别适合高龄、合并多种疾病、无法耐受外科手术的患者。目前，我院已常规开展冠脉介入、心脏起搏器植入、射频消融及结构性心脏病介入治疗等技术。"),
        NB("供稿：心血管内科　撰稿：王　芳　摄影：程　亮", fmt='<p class="gg">{t}</p>'),
    ],
)

CSS = """
body{margin:0;font:12px/1.8 "宋体";background:#eaf4f4}
a{color:#333;text-decoration:none}
.w{width:1000px;margin:0 auto;background:#fff}
.hd{height:100px;background:#00897b;color:#fff;position:relative}
.hd .n{position:absolute;left:20px;top:20px;font-size:30px;font-family:黑体}
.hd .e{position:absolute;left:22px;top:62px;font-size:12px}
.hd .tel{position:absolute;right:20px;top:36px;font-size:16px}
.nv{background:#00695c;line-height:38px}
.nv a{color:#fff;font-size:14px;padding:0 16px}
.mid{display:flex}
.sd{width:220px;background:#f2f9f8;padding:10px}
.sd .btn{display:block;background:#ff8f00;color:#fff;text-align:center;line-height:36px;font-size:15px;margin-bottom:6px}
.sd h4{background:#00897b;color:#fff;margin:10px 0 4px;padding-left:8px;line-height:28px}
.sd li{line-height:24px}
.mn{flex:1;padding:10px 20px}
.mn .loc{border-bottom:1px solid #00897b;line-height:30px;color:#666}
.mn h2{text-align:center;font-size:20px;color:#00695c;margin:18px 0 8px}
.mn .xx{text-align:center;color:#999;margin-bottom:10px}
.mn .nr{font-size:14px;line-height:26px}
.mn .nr p{text-indent:2em;margin:0 0 10px}
.mn .nr p.gg{text-align:right;color:#666}
.mn .ts{border:1px dashed #00897b;background:#f7fcfb;padding:8px 12px;margin:10px 0;color:#555}
.ft{background:#00695c;color:#d8efec;text-align:center;line-height:24px;padding:12px 0}
"""


def render(p):
    body = render_body(p["blocks"], {"img": '<p style="text-align:center;text-indent:0">' + noimg("{t}") + '</p>'})
    html_body = f"""
<div class="w">
<div class="hd"><span class="n">安庆市江屿区人民医院</span><span class="e">ANQING JIANGYU DISTRICT PEOPLE'S HOSPITAL</span><span class="tel">咨询电话：0556-5536120</span></div>
<div class="nv">{links(["网站首页", "医院概况", "医院新闻", "科室导航", "专家介绍", "就诊指南", "健康教育", "党建工作", "招聘信息"])}</div>
<div class="mid">
<div class="sd"><a class="btn" href="#">预约挂号</a><a class="btn" href="#" style="background:#26a69a">就诊指南</a>
<h4>科室导航</h4><ul><li><a href="#">心血管内科</a></li><li><a href="#">神经内科</a></li><li><a href="#">呼吸与危重症医学科</a></li><li><a href="#">普外科</a></li><li><a href="#">骨科</a></li><li><a href="#">妇产科</a></li></ul></div>
<div class="mn">
<div class="loc">您的位置：<a href="#">首页</a> &gt;&gt; <a href="#">医院新闻</a></div>
<h2>{esc(p["title"])}</h2>
<div class="xx">发布人：admin　发布时间：{p["publish_time"]}　点击：562</div>
<div class="nr">
{body}
</div>
<div class="ts"><b>温馨提示：</b>心血管内科门诊时间为周一至周日全天，结构性心脏病专病门诊每周三上午开诊，咨询电话：0556-5536152。</div>
</div>
</div>
<div class="ft">安庆市江屿区人民医院 版权所有　地址：江屿区滨江路88号<br>皖ICP备12011385号　急救电话：120</div>
</div>
"""
    return doc("我院成功为92岁高龄患者实施经导管主动脉瓣置换术--安庆市江屿区人民医院", CSS, html_body)
