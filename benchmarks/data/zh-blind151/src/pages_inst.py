"""uv-36 … uv-40: institutions (university, hospital, state enterprise, association, court)."""
PAGES = [
dict(id="uv-36", kind="institution", doc_title="我校在第十届全国大学生化工设计竞赛中获佳绩-湘中理工大学新闻网", css="body{margin:0} .w{width:1200px;margin:auto} .arti_title{font-size:24px;text-align:center} .arti_metas span{margin-right:14px}",
title="我校在第十届全国大学生化工设计竞赛中获佳绩", authors=["彭  程", "肖雅琪"], publish_time="2025-08-28",
tpl="""<body><div class="w"><div class="hd"><img alt="湘中理工大学" src="" width="1" height="1"> 新闻网 <span><a href="#">学校首页</a> | <a href="#">信息门户</a> | <a href="#">投稿系统</a></span></div>
<div class="mn"><a href="#">首页</a> <a href="#">学校要闻</a> <a href="#">综合新闻</a> <a href="#">院部动态</a> <a href="#">媒体湘理</a> <a href="#">校园人物</a> <a href="#">图片新闻</a></div>
<div class="pos">当前位置: <a href="#">首页</a> &gt; <a href="#">综合新闻</a> &gt; 正文</div>
<h1 class="arti_title">{TITLE}</h1>
<p class="arti_metas"><span>发布者：彭  程</span><span>发布时间：2025-08-28</span><span>浏览次数：812</span></p>
<div class="wp_articlecontent">{BODY}</div>
<p>（化学化工学院 彭  程 肖雅琪）</p>
<p>摄影：欧  超　责任编辑：谭小兰　审核：李春生</p>
<div class="np">上一条：<a href="#">学校召开2025年暑期工作会议</a><br>下一条：<a href="#">我校2名教师入选省级青年骨干教师培养对象</a></div>
<div class="ft">版权所有 © 湘中理工大学 党委宣传部　地址：湖南省娄底市××路××号　湘ICP备05003219号</div></div></body>""",
body="""
8月22日至25日，第十届全国大学生化工设计竞赛总决赛在华东某高校举行。我校化学化工学院“湘理化工人”团队获得全国二等奖，这是学校在该项赛事中取得的最好成绩。
本届竞赛以“碳中和背景下的化工园区绿色升级”为主题，吸引了全国400余所高校的2000多支队伍参赛。经过区域赛选拔，共有80支队伍进入总决赛。
我校参赛团队由5名大三学生组成，指导教师为刘文华副教授、陈洁讲师。团队以“年产20万吨生物基乙二醇项目”为题，完成了工艺流程设计、设备选型、经济评价和安全环保分析等全套设计文件，文本超过600页。
“整个暑假我们几乎都在实验室，光工艺流程就改了十几版。”队长王子豪说。
近年来，学院坚持以赛促学、以赛促教，将学科竞赛融入人才培养全过程，学生在各类竞赛中获得省级以上奖励120余项。
"""),

dict(id="uv-37", kind="institution", doc_title="院务公开 | 我院成功开展首例经导管三尖瓣置换术 - 海岛人民医院", css="body{margin:0;font:15px/1.8 sans-serif} .ctn{max-width:1100px;margin:auto} .banner{background:#0a6ebd;color:#fff}",
title="我院成功开展首例经导管三尖瓣置换术", authors=["郑欣然"], publish_time="2025年11月06日",
tpl="""<body><div class="banner"><div class="ctn">海岛人民医院 <small>HAIDAO PEOPLE'S HOSPITAL</small> <a href="#">预约挂号</a> <a href="#">智慧服务</a> <a href="#">English</a></div></div>
<div class="ctn"><div class="menu"><a href="#">首页</a> <a href="#">医院概况</a> <a href="#">科室导航</a> <a href="#">专家介绍</a> <a href="#">就医指南</a> <a href="#">新闻中心</a> <a href="#">党建文化</a></div>
<div class="pp">新闻中心 &gt; 医院新闻</div>
<h2>{TITLE}</h2>
<div class="dd">作者：心血管内科　郑欣然　｜　日期：2025年11月06日　｜　点击数：2044</div>
{BODY}
<p class="sh">审核：心血管内科 李建平　编辑：宣传科</p>
<div class="kf"><p>门诊咨询：0898-31650000　急诊：0898-31650120</p><img alt="医院公众号" src="" width="1" height="1"><p>扫码关注医院公众号</p></div>
<div class="ft">海南省海岛人民医院 版权所有　琼ICP备15001638号-1　地址：海口市秀英区××大道</div></div></body>""",
body="""
近日，我院心血管内科联合心脏外科、麻醉科、超声科等多学科团队，成功为一名78岁重度三尖瓣反流患者实施经导管三尖瓣置换术（TTVR）。这是我院开展的首例该类手术，标志着医院结构性心脏病介入治疗迈上新台阶。
患者王大爷患有房颤十余年，近半年来反复出现双下肢水肿、腹胀、乏力，活动后气促明显。入院检查显示，患者三尖瓣重度反流，右心明显扩大，同时合并慢性肾功能不全。
“患者年龄大、基础病多，外科开胸手术风险极高。”心血管内科主任李建平介绍，经多学科讨论，团队决定为患者实施微创介入手术。
手术在全麻下进行，团队经右侧颈内静脉送入人工瓣膜，在超声和X线引导下精准释放。术后超声显示瓣膜位置良好，反流基本消失。术后第5天，王大爷已能下床活动，水肿明显消退。
# 专家提示
三尖瓣反流早期症状不明显，容易被忽视。老年人如出现不明原因的下肢水肿、乏力、食欲下降，应及时到医院进行心脏超声检查。
"""),

dict(id="uv-38", kind="institution", doc_title="集团公司召开2025年度安全环保工作会议_北疆能源集团", css="body{margin:0;background:#f0f0f0} .page{width:1180px;margin:auto;background:#fff} .xl-title{font-size:26px;color:#003a8c}",
title="集团公司召开2025年度安全环保工作会议", authors=["王  磊"], publish_time="2025-02-20",
tpl="""<body><div class="page"><div class="logo"><img alt="北疆能源集团有限公司" src="" width="1" height="1"> 北疆能源集团有限公司 <span><a href="#">集团邮箱</a> <a href="#">OA登录</a> <a href="#">English</a></span></div>
<div class="nav"><a href="#">首页</a> <a href="#">走进集团</a> <a href="#">新闻中心</a> <a href="#">党的建设</a> <a href="#">产业板块</a> <a href="#">社会责任</a> <a href="#">信息公开</a></div>
<div class="loc">首页 &gt; 新闻中心 &gt; 集团要闻</div>
<div class="xl-title">{TITLE}</div>
<table class="xl-info"><tr><td>发布时间：2025-02-20</td><td>文章来源：安全环保部</td><td>字号：<a href="#">T</a> | <a href="#">T</a></td></tr></table>
{BODY}
<p>文/王  磊　图/赵  宇</p>
<p>【编辑：张  敏】</p>
<div class="fx">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ</a></div>
<div class="ft">版权所有：北疆能源集团有限公司　地址：内蒙古自治区呼和浩特市赛罕区××路　邮编：010010<br>蒙ICP备12003917号-1　蒙公网安备 15010502000731号</div></div></body>""",
body="""
2月19日，集团公司召开2025年度安全环保工作会议，总结2024年安全环保工作，分析当前形势，部署2025年重点任务。集团公司党委书记、董事长孟和巴雅尔出席会议并讲话。
会议指出，2024年集团公司未发生较大及以上生产安全事故，主要污染物排放总量持续下降，所属煤矿全部达到安全生产标准化一级，安全环保形势保持总体稳定。
会议强调，2025年要重点做好以下工作：
- 深入开展安全生产治本攻坚，聚焦煤矿水害、火灾、冲击地压和电力设备等重大风险，实施清单化管理。
- 加快智能化建设，年内新建智能化采煤工作面6个，减少井下作业人员10%以上。
- 推进生态环境保护，完成2座电厂超低排放改造和3处矿区生态修复工程。
- 强化责任考核，严格执行安全环保“一票否决”。
会上，集团公司与所属各单位签订了2025年度安全环保目标责任书，3家单位作交流发言。
"""),

dict(id="uv-39", kind="institution", doc_title="天津市物流协会关于举办2025年冷链物流管理培训班的通知", css="body{margin:0} .con{width:900px;margin:auto;font:15px SimSun} .tt{text-align:center;font-size:22px}",
title="关于举办2025年冷链物流管理培训班的通知", authors=[], publish_time="2025-05-06 14:30",
tpl="""<body><div class="con"><div class="hd">天津市物流协会 Tianjin Logistics Association　<a href="#">会员登录</a> <a href="#">入会申请</a></div>
<div class="mn"><a href="#">首页</a> | <a href="#">协会概况</a> | <a href="#">协会动态</a> | <a href="#">通知公告</a> | <a href="#">行业资讯</a> | <a href="#">会员风采</a> | <a href="#">培训服务</a></div>
<div class="wz">当前位置：首页 » 通知公告</div>
<div class="tt">{TITLE}</div>
<div class="sj">发布时间：2025-05-06 14:30　　浏览：367次</div>
{BODY}
<p>附件：<a href="#">2025年冷链物流管理培训班报名回执.docx</a></p>
<div class="ft">天津市物流协会　地址：天津市和平区××道××号　电话：022-23308617<br>津ICP备14002236号-1　技术支持：××网络</div></div></body>""",
body="""
= 津物协〔2025〕17号
各会员单位、有关企业：
为提升我市冷链物流企业管理水平，推动冷链物流高质量发展，经研究，我会定于2025年5月下旬举办冷链物流管理培训班。现将有关事项通知如下：
# 一、培训时间和地点
2025年5月22日至23日（21日下午报到），地点另行通知。
# 二、培训内容
- 冷链物流相关政策法规和标准解读；
- 冷库安全管理与节能运营；
- 冷链运输温控技术与数字化追溯；
- 典型企业案例分析与现场观摩。
# 三、参加人员
各会员单位及有关企业分管负责人、运营管理人员，每单位限报2人。
# 四、有关事项
培训费每人1200元（会员单位每人800元），含资料费、场地费和午餐。请于5月15日前将报名回执发送至协会邮箱。
联系人：吕  芳　电话：022-23308617
> 天津市物流协会
> 2025年5月6日
"""),

dict(id="uv-40", kind="institution", doc_title="株洲市芦淞区人民法院：一起民间借贷纠纷调解成功 - 株洲法院网", css="body{margin:0;background:#8b0000} .box{width:1000px;margin:auto;background:#fff} .h1{font-size:24px;text-align:center;color:#8b0000}",
title="一起“借条”引发的纠纷，法官这样调解", authors=["罗  琴", "曾志强"], publish_time="2025-10-14 10:22:15",
tpl="""<body><div class="box"><div class="top">株洲法院网 <span>湖南省株洲市芦淞区人民法院</span> <a href="#">诉讼服务</a> <a href="#">12368</a> <a href="#">长者模式</a></div>
<div class="nav"><a href="#">首页</a> <a href="#">法院概况</a> <a href="#">法院动态</a> <a href="#">审判执行</a> <a href="#">以案说法</a> <a href="#">诉讼指南</a> <a href="#">队伍建设</a></div>
<div class="xw">首页 &gt; 以案说法</div>
<div class="h1">{TITLE}</div>
<div class="info">作者：罗  琴 曾志强　　发布时间：2025-10-14 10:22:15</div>
{BODY}
<div class="src">来源：芦淞区人民法院</div>
<div class="ed">责任编辑：湛  露</div>
<div class="btn"><a href="#">【关闭窗口】</a> <a href="#">【打印此文】</a></div>
<div class="ft">株洲市芦淞区人民法院 版权所有　联系电话：0731-28251001　湘ICP备07501883号</div></div></body>""",
body="""
“谢谢法官，这个钱我们分期还，以后还是好邻居。”近日，在芦淞区人民法院建宁法庭，一起民间借贷纠纷案件经法官耐心调解，双方当事人当庭达成调解协议。
# 基本案情
2022年，刘某因经营服装店资金周转困难，向邻居陈某借款5万元，并出具借条一张，约定一年内归还。借款到期后，刘某以生意亏损为由迟迟未还。多次催要无果后，陈某将刘某诉至法院。
# 法官调解
承办法官了解到，双方是多年邻居，关系一直不错，刘某也并非有意赖账，而是确实存在经济困难。法官一方面向刘某释明法律规定，指出借款到期应当归还；另一方面向陈某说明强制执行可能面临的困难，建议双方各退一步。
最终，双方达成调解协议：刘某分10个月归还借款本金5万元，陈某放弃主张利息。
# 法官说法
民间借贷应当签订书面借条，写明借款金额、期限、利息等内容。出借人要注意保存转账记录等证据，并在诉讼时效内主张权利。借款人则应诚信履约，避免因小失大。
"""),
]
