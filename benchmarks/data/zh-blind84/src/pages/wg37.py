PAGE = dict(
    id="wg-37", kind="institution", lang="zh",
    site="赣东医院官网 · 医院新闻（三级医院网站，2018 年模板）",
    features="医院网站：预约挂号/就诊指南快捷入口；信息栏“来源：科室 文/周\u00a0\u00a0琳 图/黄志强 发布时间 点击数”（文/为作者，图/为摄影）；"
             "患者引语；“专家提醒”小标题；科室简介框（非正文）；分享；页脚地址/预约电话/ICP",
    title="我院成功开展首例经导管主动脉瓣置换术",
    authors=["周琳"],
    publish_time="2025-03-17 16:05",
    head_title="我院成功开展首例经导管主动脉瓣置换术_医院新闻_赣东医院",
    CSS="""
body{margin:0;font:15px/1.9 "Microsoft YaHei";color:#333;background:#f2f8f8}
.h-top{background:#fff}
.h-top .in{width:1200px;margin:0 auto;height:96px;display:flex;align-items:center;justify-content:space-between}
.h-top .lg{font-size:28px;color:#008b8b;font-weight:bold}
.h-top .tel{font-size:14px;color:#008b8b}
.h-nav{background:#008b8b}
.h-nav ul{width:1200px;margin:0 auto;padding:0;list-style:none;display:flex}
.h-nav li{flex:1;text-align:center}
.h-nav a{color:#fff;line-height:50px;font-size:16px}
.quick{width:1200px;margin:16px auto;display:flex;gap:12px}
.quick a{flex:1;background:#fff;text-align:center;padding:10px;border-radius:4px;color:#008b8b}
.h-body{width:1200px;margin:0 auto;background:#fff;padding:30px 60px;box-sizing:border-box}
.h-body .bread{font-size:13px;color:#999}
.h-body h2{font-size:26px;text-align:center;margin:24px 0 10px}
.h-body .sub{text-align:center;font-size:13px;color:#999;border-bottom:1px solid #e6e6e6;padding-bottom:12px}
.h-body .sub span{margin:0 8px}
.h-body .detail p{text-indent:2em}
.h-body .detail .pc{text-align:center;text-indent:0}
.ksjj{background:#f0f9f9;border-left:4px solid #008b8b;padding:10px 16px;font-size:14px;margin-top:20px}
.fx{text-align:right;font-size:13px;color:#999}
.h-foot{background:#1f3a3a;color:#b7cfcf;text-align:center;font-size:12px;padding:24px 0;line-height:2;margin-top:30px}
""",
    STYLE={"p": "<p>{t}</p>", "h": "<p><strong>{t}</strong></p>",
           "img": '<p class="pc"><img alt="{alt}" src="%GIF%"></p><p class="pc" style="font-size:13px;color:#666">{cap}</p>'},
    TEMPLATE="""
<div class="h-top"><div class="in"><div class="lg"><img alt="赣东医院院徽" src="%GIF%"> 赣东医院</div><div class="tel">预约挂号：0794-8236120　急救电话：120</div></div></div>
<div class="h-nav"><ul><li><a href="#">首页</a></li><li><a href="#">医院概况</a></li><li><a href="#">新闻中心</a></li><li><a href="#">科室导航</a></li><li><a href="#">专家介绍</a></li><li><a href="#">就医指南</a></li><li><a href="#">健康科普</a></li><li><a href="#">党建园地</a></li></ul></div>
<div class="quick"><a href="#">预约挂号</a><a href="#">门诊排班</a><a href="#">报告查询</a><a href="#">住院服务</a><a href="#">来院路线</a></div>
<div class="h-body">
<div class="bread">首页 &gt; 新闻中心 &gt; 医院新闻</div>
<h2>我院成功开展首例经导管主动脉瓣置换术</h2>
<div class="sub"><span>来源：心血管内科</span><span>文/周\u00a0\u00a0琳</span><span>图/黄志强</span><span>发布时间：2025-03-17 16:05</span><span>点击数：</span></div>
<div class="detail">
{{BODY}}
</div>
<div class="ksjj"><b>科室简介：</b>心血管内科是医院重点专科，开放床位96张，设有冠心病、心律失常、心力衰竭等亚专业组，门诊时间：周一至周日全天。</div>
<div class="fx">分享到：微信　微博　QQ</div>
</div>
<div class="h-foot">地址：江西省抚州市临川区赣东大道1188号　邮编：344000<br>
版权所有：赣东医院　赣ICP备13007421号-1　本站信息仅供参考，不能作为诊断及医疗的依据</div>
""",
    BODY="""
p: 近日，我院心血管内科联合心脏外科、麻醉科、超声科等多学科团队，成功为一名78岁重度主动脉瓣狭窄患者实施了经导管主动脉瓣置换术（TAVR）。这是我院首次独立开展该项手术，标志着医院在结构性心脏病介入治疗领域迈出了重要一步。
p: 患者刘大爷近半年来反复出现胸闷、气喘，走几十米路就要停下来休息，多次因心力衰竭住院。检查发现，他的主动脉瓣严重钙化狭窄，心脏功能明显下降。由于患者年龄大，合并慢性肺病和肾功能不全，传统开胸换瓣手术风险很高。
p: 经过多学科会诊，团队决定为患者实施TAVR手术。手术在杂交手术室进行，医生经患者大腿根部的股动脉穿刺，将人工瓣膜通过导管输送到心脏，精准释放在病变瓣膜的位置。整个手术用时约1小时，术中出血极少。
img: 手术团队正在进行手术 | 手术团队正在杂交手术室为患者实施手术
p: 术后第二天，刘大爷就能下床活动，胸闷气喘症状明显缓解。“没想到不开刀也能换心脏瓣膜，现在感觉呼吸顺畅多了。”刘大爷说。目前，患者已康复出院。
h: 专家提醒
p: 心血管内科主任医师邱建明提醒，主动脉瓣狭窄是老年人常见的心脏瓣膜病，早期症状不明显，一旦出现胸闷、胸痛、晕厥等症状，病情往往已较严重。65岁以上老年人如有上述症状，应及时到医院做心脏彩超检查，做到早发现、早治疗。
""",
)
