from lib import *

NOTES = "Hospital site (Guangxi), 2021 design: info bar 发布时间/来源 科室/浏览量 under the headline, own-line 通讯员：… … byline above the body (both are authors), patient story with doctor's quoted speech, 温馨提示 list lines, 审核 line (not an author), 就医服务 shortcuts, 预约挂号 phone, footer with 医疗机构执业许可 and ICP."

META = dict(id="xy-37", kind="institution", lang="zh",
            title="我院成功为一名98岁老人实施髋关节置换手术",
            authors=["覃丽", "蒙海波"],
            publish_time="2025-06-12")

HEAD_TITLE = "我院成功为一名98岁老人实施髋关节置换手术-桂西南中心医院"

CSS = """
body{margin:0;background:#f2f8f7;font-family:"Microsoft YaHei";color:#333}
.hs-top{background:#fff;border-bottom:1px solid #d9ebe8}
.hs-top .w{width:1160px;margin:auto;display:flex;justify-content:space-between;align-items:center;height:90px}
.hs-top .w .n{font-size:28px;color:#00897b;font-weight:bold}
.hs-top .w .n small{display:block;font-size:12px;color:#80cbc4;font-weight:normal}
.hs-top .w .tel{color:#00897b;font-size:15px}
.hs-nav{background:#00897b}
.hs-nav .w{width:1160px;margin:auto}
.hs-nav a{color:#fff;display:inline-block;padding:12px 20px;text-decoration:none}
.hs-quick{width:1160px;margin:14px auto;display:flex;gap:10px}
.hs-quick a{flex:1;background:#fff;text-align:center;padding:10px;color:#00695c;border:1px solid #d9ebe8;text-decoration:none}
.hs-doc{width:1160px;margin:0 auto 20px;background:#fff;padding:26px 80px;box-sizing:border-box}
.hs-doc .loc{font-size:13px;color:#999}
.hs-doc .h{font-size:25px;font-weight:bold;text-align:center;margin:24px 0 10px}
.hs-doc .i{font-size:13px;color:#999;text-align:center;border-bottom:1px solid #eee;padding-bottom:12px;margin-bottom:16px}
.hs-doc .c p{font-size:16px;line-height:2;text-indent:2em;margin:0 0 10px}
.hs-doc .c p.tx{text-indent:0;color:#00695c;font-weight:bold}
.hs-doc .c p.tg{text-indent:0;color:#666}
.hs-doc .c .im{text-align:center;text-indent:0}
.hs-doc .c .ct{text-align:center;text-indent:0;font-size:14px;color:#888}
.hs-doc .sh{text-align:right;font-size:14px;color:#888}
.hs-ft{background:#004d40;color:#b2dfdb;text-align:center;font-size:13px;padding:20px 0;line-height:2}
"""

R = {
    "P": lambda t, kw: f"<p>{t}</p>",
    "H": lambda t, kw: f'<p class="tx">{t}</p>',
    "L": lambda items, kw: "\n".join(f"<p>{i}</p>" for i in items),
    "IMG": lambda a, kw: f'<p class="im">{img(a, w=560, h=360)}</p><p class="ct">{kw["cap"]}</p>',
}

BLOCKS = [
    X('<p class="tg">通讯员：覃丽　蒙海波</p>'),
    P("近日，我院骨科团队成功为一名98岁高龄的股骨颈骨折患者实施人工髋关节置换手术。术后第二天，老人就在医护人员的帮助下下床站立，目前恢复良好，已康复出院。"),
    P("5月底，98岁的黄奶奶在家中不慎摔倒，右髋部疼痛、无法站立，被家人送到我院急诊。经检查，黄奶奶被诊断为右股骨颈骨折，同时患有高血压、慢性心功能不全和轻度肾功能不全。"),
    P("“高龄老人髋部骨折如果长期卧床，容易出现肺部感染、褥疮、下肢静脉血栓等并发症，一年内的死亡率很高，被称为‘人生最后一次骨折’。”骨科主任陆建勇介绍，尽早手术、尽早下床是改善预后的关键。但老人年纪大、基础病多，手术和麻醉风险都很高，家属一度犹豫。"),
    P("为此，骨科牵头组织麻醉科、心内科、重症医学科、老年医学科等开展多学科会诊，对老人的心肺功能进行全面评估，优化血压和心功能，制定了详细的手术和麻醉方案。入院第三天，手术团队在神经阻滞麻醉下为黄奶奶实施了人工股骨头置换术，手术用时约50分钟，出血量不到100毫升。"),
    IMG("术后康复", cap="康复治疗师指导黄奶奶进行术后功能锻炼"),
    P("术后，医护团队为老人制定了个体化的镇痛、营养和康复计划。第二天，黄奶奶在助行器帮助下下床站立；一周后，已能在家属搀扶下缓慢行走。"),
    H("温馨提示"),
    L(["1. 老年人居家要注意防跌倒，卫生间、浴室要铺防滑垫，夜间保持照明；",
       "2. 老人跌倒后如出现髋部疼痛、不能站立，不要强行扶起行走，应尽快就医；",
       "3. 高龄并不是手术的绝对禁忌，经过专业评估，多数老人可以从早期手术中获益；",
       "4. 中老年人要注意补充钙和维生素D，定期检查骨密度，预防骨质疏松。"]),
]


def frame(M, body):
    return f"""<body>
<div class="hs-top"><div class="w"><span class="n">桂西南中心医院<small>三级甲等综合医院</small></span><span class="tel">预约挂号：0771-4852120　<input type="text" placeholder="搜索医生、科室"></span></div></div>
<div class="hs-nav"><div class="w"><a href="#">首页</a><a href="#">医院概况</a><a href="#">新闻中心</a><a href="#">科室导航</a><a href="#">专家介绍</a><a href="#">就医指南</a><a href="#">健康科普</a><a href="#">党建工作</a></div></div>
<div class="hs-quick"><a href="#">预约挂号</a><a href="#">门诊排班</a><a href="#">检查报告查询</a><a href="#">住院须知</a><a href="#">来院路线</a></div>
<div class="hs-doc">
<div class="loc">您的位置：<a href="#">首页</a> &gt; <a href="#">新闻中心</a> &gt; <a href="#">医院新闻</a></div>
<div class="h">{M["title"]}</div>
<div class="i">发布时间：{M["publish_time"]}　　来源：骨科　　浏览量：2316</div>
<div class="c">
{body}
</div>
<div class="sh">审核：医务部 韦宏</div>
</div>
<div class="hs-ft">
桂西南中心医院　地址：崇左市江州区新民路16号　急诊电话：0771-4852999<br>
医疗机构执业许可证登记号：PDY00017845102311A1001　桂ICP备10004127号-1
</div>
</body>"""
