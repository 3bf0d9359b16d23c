from lib import links, lis, GIF

PAGE = dict(
    id="wi-37", kind="institution", lang="zh",
    region="江苏 南通", site="南通市海港医院（医院官网·医院新闻）",
    title="我院成功开展首例无导线起搏器植入术",
    authors=["顾晓宇"],
    publish_time="2025-11-21 14:36",
    head_title="我院成功开展首例无导线起搏器植入术_医院新闻_南通市海港医院",
    features="医院官网：顶部预约挂号/就医指南快捷入口与服务热线；信息栏“作者：心血管内科 顾晓宇　来源：宣传科　发布时间：…　阅读：”"
             "（作者前带科室名）；正文含问答式小标题、三条优势列表、主任引语；图片 alt；“上一篇/下一篇”、"
             "右栏“专家门诊”“健康科普”，页脚地址/急救电话/ICP。",
)

BLOCKS = [
    ("p", "近日，我院心血管内科团队成功为一名82岁高龄患者实施无导线起搏器植入术。这是我院首次开展该项技术，标志着医院心律失常介入诊疗水平迈上新台阶。"),
    ("p", "患者王大爷因反复头晕、黑矇入院，动态心电图提示“病态窦房结综合征，长间歇达4.6秒”，需植入心脏起搏器治疗。但患者高龄、体型消瘦，且合并糖尿病，传统起搏器需在胸前皮下制作“囊袋”并经静脉植入导线，术后存在囊袋感染、导线脱位等风险。"),
    ("p", "经科室讨论并与患者家属充分沟通，团队决定为其植入无导线起搏器。手术在局部麻醉下进行，医生经股静脉将胶囊大小的起搏器送入右心室并固定，整个过程仅用时40分钟，术中测试各项参数良好。术后第二天，王大爷即可下床活动。"),
    ("img", "手术现场", None),
    ("h", "什么是无导线起搏器？"),
    ("p", "无导线起搏器体积约为传统起搏器的十分之一，重量仅约2克，无需导线和皮下囊袋，直接固定在心腔内工作。其优势主要有："),
    ("li", [
        "创伤小：经股静脉微创植入，胸前不留切口和疤痕；",
        "并发症少：避免了导线相关和囊袋相关并发症；",
        "恢复快：术后活动限制少，患者生活质量更高。",
    ]),
    ("p", "心血管内科主任徐建军介绍，无导线起搏器尤其适用于高龄、静脉通路受限、感染风险高的患者。科室将继续引进新技术，为更多心律失常患者提供个体化治疗方案。"),
    ("p", "据了解，我院心血管内科是市级临床重点专科，年完成冠脉介入、射频消融、起搏器植入等介入手术2000余例。此次无导线起搏器植入术的成功开展，让周边地区患者在家门口就能享受到与大城市同质化的医疗服务。"),
]

FMT = {
    "p": '<p style="text-indent:2em;font-size:16px;line-height:30px">{t}</p>',
    "h": '<p style="text-indent:2em;font-size:16px;line-height:30px;color:#0a8a8a"><b>{t}</b></p>',
    "li_wrap": '<ul style="font-size:16px;line-height:30px">{t}</ul>',
}

CSS = """
body{margin:0;background:#fff;font-family:"Microsoft YaHei";color:#333}
.tbar{background:#0a8a8a;color:#fff;font-size:13px;line-height:34px}
.w{width:1200px;margin:0 auto}
.tbar .r{float:right}
.logo-row{height:100px;display:flex;align-items:center}
.quick{margin-left:auto;display:flex;gap:10px}
.quick a{background:#e6f5f5;color:#0a8a8a;padding:8px 14px;border-radius:4px;font-size:14px}
.mnav{background:#0a8a8a}.mnav a{color:#fff;display:inline-block;padding:0 24px;line-height:50px;font-size:16px}
.body{display:flex;gap:30px;margin-top:20px}
.mainb{flex:1}
.loc{font-size:13px;color:#999;border-bottom:1px solid #eee;padding-bottom:8px}
.mainb h1{font-size:24px;text-align:center;margin:26px 0 12px}
.meta{text-align:center;font-size:13px;color:#999;margin-bottom:20px}
.page{font-size:14px;margin-top:20px;border-top:1px solid #eee;padding-top:10px}
.sideb{width:300px}
.sideb .m{border:1px solid #e3eeee;margin-bottom:16px}
.sideb h3{margin:0;background:#e6f5f5;color:#0a8a8a;font-size:16px;padding:8px 12px}
.sideb li{font-size:14px;line-height:2;list-style:none}.sideb ul{padding:6px 12px;margin:0}
.foot{background:#0b5f5f;color:#cfe7e7;text-align:center;font-size:13px;line-height:2;padding:24px;margin-top:30px}
"""


def render(P, body):
    return f"""
<div class="tbar"><div class="w"><span class="r">服务热线：0513-85216000　急救电话：120　<a href="#" style="color:#fff">无障碍</a></span>欢迎访问南通市海港医院官方网站</div></div>
<div class="w logo-row"><img src="{GIF}" alt="南通市海港医院" width="380" height="64"><div class="quick"><a href="#">预约挂号</a><a href="#">就医指南</a><a href="#">报告查询</a><a href="#">来院路线</a></div></div>
<div class="mnav"><div class="w">{links(["首页", "医院概况", "新闻中心", "科室导航", "专家介绍", "患者服务", "健康科普", "党建文化"], sep="")}</div></div>
<div class="w body">
<div class="mainb">
<div class="loc">您所在的位置：首页 &gt; 新闻中心 &gt; 医院新闻</div>
<h1>{P['title']}</h1>
<div class="meta">作者：心血管内科 顾晓宇　来源：宣传科　发布时间：{P['publish_time']}　阅读：<span></span></div>
<div class="content">
{body}
</div>
<div class="page"><p>上一篇：<a href="#">我院开展“世界慢阻肺日”义诊活动</a></p><p>下一篇：<a href="#">医院召开2025年第四季度医疗质量与安全管理委员会会议</a></p></div>
</div>
<div class="sideb">
<div class="m"><h3>专家门诊</h3><ul>{lis(["徐建军 主任医师 心血管内科 周二上午", "陈海燕 主任医师 内分泌科 周三全天", "张卫东 副主任医师 神经内科 周四上午"])}</ul></div>
<div class="m"><h3>健康科普</h3><ul>{lis(["冬季心脑血管疾病高发，这些信号要警惕", "流感季来临，哪些人需要接种疫苗？", "老年人跌倒预防小知识"])}</ul></div>
</div>
</div>
<div class="foot">南通市海港医院 版权所有　地址：南通市崇川区海港路199号　邮编：226001<br>苏ICP备12034518号-1　苏公网安备 32060202000936号　互联网医疗信息服务许可：（苏）-非经营性-2025-0112</div>
"""
