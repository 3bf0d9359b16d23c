# Institution pages vd-36 .. vd-40; all content invented.
P = []
G = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="

# vd-36: 山西 university news site, 文/ 图/ 审核 lines, info with 作者 and 编辑 glued
P.append(dict(
    id="vd-36", kind="institution", mode="p", imgmode="center",
    title="我校在第十届全国大学生水利创新设计大赛中获佳绩",
    authors=["张晋华", "阿依古丽\u00b7吐尔逊"],
    publish_time="2025-05-13 16:40:12",
    css="""body{margin:0;font:15px/1.9 "Microsoft YaHei"}.uhd{background:#003f7f;padding:14px 8%;color:#fff}.unav{background:#00326a;padding:0 8%}.unav a{color:#fff;padding:10px 16px;display:inline-block}
.ucon{width:1000px;margin:20px auto;display:flex;gap:30px}.ucon .side{width:200px}.ucon .ar{flex:1}.ar h2{text-align:center;color:#003f7f}
.arinfo{text-align:center;font-size:13px;color:#888}.pic-cap{font-size:13px;color:#666}.ufoot{background:#00326a;color:#ccd;text-align:center;font-size:12px;padding:16px}""",
    tpl=f"""<div class="uhd"><img alt="太原理工大学新闻网" src="{G}"> 新闻网　<a>学校主页</a> <a>English</a></div>
<div class="unav"><a>首页</a><a>理工要闻</a><a>综合新闻</a><a>院部动态</a><a>媒体理工</a><a>校园人物</a><a>视频理工</a></div>
<div class="ucon"><div class="side"><b>综合新闻</b><p>理工要闻</p><p>综合新闻</p><p>院部动态</p><p>学术活动</p></div>
<div class="ar"><p>当前位置: 首页 &gt;&gt; 综合新闻 &gt;&gt; 正文</p>
<h2>{{{{TITLE}}}}</h2>
<div class="arinfo">作者：张晋华 阿依古丽·吐尔逊 编辑：刘璐 来源：水利科学与工程学院 时间：2025-05-13 16:40:12 点击数：</div>
{{{{BODY}}}}
<p>审核：王建平</p>
<p>上一篇：<a>学校召开2025年本科教学工作会议</a><br>下一篇：<a>我校举办“五四”青年节表彰大会</a></p></div></div>
<div class="ufoot">版权所有 © 太原理工大学 党委宣传部　地址：山西省太原市迎泽西大街79号　晋ICP备05003547号<br>晋公网安备 14010602060375号</div>""",
    body=[
        "近日，第十届全国大学生水利创新设计大赛决赛在河海大学举行。我校水利科学与工程学院学生团队共获一等奖1项、二等奖2项、三等奖1项，学校获“优秀组织奖”。",
        ("img", "获奖团队合影", "获奖团队合影"),
        "本届大赛共有来自全国112所高校的1260件作品报名参赛，经过初赛、复赛，共有248件作品进入决赛。我校由水利工程专业学生刘子涵、郭佳宁、马宇轩完成的作品《黄土高原淤地坝智能监测与预警系统》获得一等奖，该作品通过低功耗传感器和北斗短报文通信，实现了对淤地坝水位、坝体位移的实时监测。",
        "此外，我校作品《基于无人机遥感的灌区渠系渗漏快速识别方法》和《装配式生态护坡砌块设计》获二等奖，《校园雨水收集与智慧灌溉系统》获三等奖。",
        "学院高度重视学生创新实践能力培养，依托“水利创新工作坊”，组织教师团队从选题、设计、制作到答辩全过程指导。近三年来，学院学生在省级以上学科竞赛中获奖120余项。",
    ]))

# vd-37: 宁夏 hospital site, 2024 template, 供稿/撰稿/摄影/编辑/审核 block at end
P.append(dict(
    id="vd-37", kind="institution", mode="p", hmode="h3",
    title="中卫市人民医院成功开展首例经导管主动脉瓣置换术",
    authors=["李娜娜"],
    publish_time="发布日期：2025-05-14".split("：")[1],
    css="""body{margin:0;font:16px/1.9 "PingFang SC",sans-serif}.hos-top{display:flex;justify-content:space-between;padding:12px 6%;background:#fff}
.hos-nav{background:#00897b;padding:0 6%}.hos-nav a{color:#fff;padding:12px 18px;display:inline-block}.hero{background:#e0f2f1;padding:26px 6%}
.hero h1{font-size:28px;margin:0}.hero .d{color:#00695c;font-size:14px}.body{max-width:900px;margin:20px auto}.credit{background:#f5f5f5;padding:10px;font-size:14px;color:#666}
.hos-ft{background:#004d40;color:#cde;padding:20px 6%;font-size:13px}""",
    tpl=f"""<div class="hos-top"><img alt="中卫市人民医院" src="{G}"><span>预约挂号：0955-7012120 | <a>无障碍</a> | <a>English</a></span></div>
<div class="hos-nav"><a>首页</a><a>医院概况</a><a>新闻中心</a><a>科室导航</a><a>专家介绍</a><a>就医指南</a><a>党建园地</a></div>
<div class="hero"><p>首页 / 新闻中心 / 医院新闻</p><h1>{{{{TITLE}}}}</h1><p class="d">发布日期：2025-05-14　　浏览量：1,532</p></div>
<div class="body">{{{{BODY}}}}
<div class="credit">供稿：心血管内科<br>撰稿：李娜娜<br>摄影：周航<br>编辑：宣传科<br>审核：杨立平</div>
<p><a>上一篇</a> | <a>下一篇</a></p></div>
<div class="hos-ft">地址：宁夏中卫市沙坡头区鼓楼东街　急救电话：120　宁ICP备12000521号-1<br><img alt="微信公众号" src="{G}">关注医院微信公众号</div>""",
    body=[
        "近日，中卫市人民医院心血管内科团队成功为一名84岁重度主动脉瓣狭窄患者实施经导管主动脉瓣置换术（TAVR），这标志着医院在结构性心脏病介入治疗领域实现新突破。",
        ("h", "高龄患者难耐外科手术"),
        "患者张大爷近半年来反复出现胸闷、气短，活动后加重，入院检查确诊为重度主动脉瓣狭窄，同时合并慢性肾功能不全。由于年龄大、基础病多，传统开胸手术风险极高。",
        ("h", "多学科团队精准施治"),
        "医院组织心血管内科、心脏外科、麻醉科、超声医学科等多学科会诊，并邀请宁夏医科大学总医院专家现场指导，最终制定TAVR手术方案。手术经股动脉穿刺，将人工瓣膜输送至主动脉瓣位置释放，历时约1小时顺利完成，术中出血不足20毫升。",
        "术后第二天，患者即可下床活动，胸闷症状明显缓解，目前已康复出院。",
        "心血管内科主任马建军介绍，TAVR手术具有创伤小、恢复快等优点，为高龄、高危主动脉瓣疾病患者提供了新的治疗选择，群众在家门口就能享受到高水平的心脏介入诊疗服务。",
    ]))

# vd-38: 浙江 state enterprise (集团) site, corporate design, info bar "来源：xx公司 | 作者：xx | 日期"
P.append(dict(
    id="vd-38", kind="institution", mode="ps", imgmode="center",
    title="湖州交投集团召开2025年安全生产月活动动员部署会",
    authors=["钱嘉怡"],
    publish_time="2025.05.15",
    css="""body{margin:0;font:15px/1.9 "Microsoft YaHei";color:#333}.corp-h{display:flex;justify-content:space-between;align-items:center;padding:16px 7%;box-shadow:0 2px 6px #ddd}
.corp-h nav a{margin-left:26px}.banner{height:160px;background:#0b3d91;color:#fff;font-size:32px;padding:40px 7%}.newsd{width:1000px;margin:26px auto}
.newsd h1{font-size:26px;text-align:center}.nd-info{text-align:center;color:#999;font-size:13px}.pic-cap{text-align:center;color:#666;font-size:13px}.corp-f{background:#111;color:#888;font-size:12px;padding:24px 7%}""",
    tpl=f"""<div class="corp-h"><img alt="湖州市交通投资集团有限公司" src="{G}"><nav><a>首页</a><a>集团概况</a><a>新闻中心</a><a>业务板块</a><a>党建引领</a><a>人力资源</a><a>信息公开</a></nav></div>
<div class="banner">新闻中心<br><small>NEWS CENTER</small></div>
<div class="newsd"><p>首页 &gt; 新闻中心 &gt; 集团要闻</p>
<h1>{{{{TITLE}}}}</h1>
<p class="nd-info">来源：安全管理部 | 作者：钱嘉怡 | 日期：2025.05.15 | 阅读：316</p>
{{{{BODY}}}}
<p>返回列表</p></div>
<div class="corp-f">Copyright © 2025 湖州市交通投资集团有限公司 版权所有　浙ICP备15021873号-1　地址：湖州市吴兴区苕溪西路99号</div>""",
    body=[
        "5月14日，湖州交投集团召开2025年“安全生产月”活动动员部署会，全面部署6月份安全生产月各项工作。集团党委书记、董事长沈国荣出席会议并讲话。",
        ("img", "会议现场", "会议现场"),
        "会议传达学习了省、市关于做好2025年“安全生产月”活动的通知精神，通报了集团一季度安全生产检查情况。今年安全生产月的主题是“人人讲安全、个个会应急——查找身边安全隐患”。",
        "会议要求，各子公司要围绕在建高速公路、航道整治、公交客运等重点领域，开展“全员查隐患”行动，组织应急演练不少于15场；要加强对外包单位和一线作业人员的安全培训，确保安全责任落实到每个岗位、每个人。",
        "会上，集团与各子公司签订了2025年度安全生产目标责任书。下属高速公路建设公司、公交集团分别作表态发言。",
        "集团领导班子成员、各部门负责人、各子公司主要负责人和安全管理人员共80余人参加会议。",
    ]))

# vd-39: 广西 association (律师协会) site, simple 2010s layout, 作者 in brackets after title
P.append(dict(
    id="vd-39", kind="institution", mode="div",
    title="南宁市律师协会举办青年律师执业技能提升培训班",
    authors=["覃雪梅"],
    publish_time="2025-05-15",
    css="""body{margin:0;font:14px/1.8 "Microsoft YaHei";background:#f5f1e9}.x-top{background:#7a1c1c;color:#fff;padding:18px 10%}.x-menu{background:#5a1010;padding:6px 10%}.x-menu a{color:#f3d9a4;margin-right:20px}
.x-cont{width:960px;margin:16px auto;background:#fff;padding:26px}.x-t{font-size:22px;text-align:center;color:#7a1c1c}.x-i{text-align:center;color:#999;font-size:12px}.para{text-indent:2em;margin:8px 0}
.x-ft{text-align:center;font-size:12px;color:#666;padding:16px}""",
    tpl=f"""<div class="x-top"><img alt="南宁市律师协会" src="{G}"> 南宁市律师协会 Nanning Lawyers Association</div>
<div class="x-menu"><a>首页</a><a>协会概况</a><a>协会动态</a><a>通知公告</a><a>律师服务</a><a>党建工作</a><a>会员专区</a></div>
<div class="x-cont"><div>位置：首页 -&gt; 协会动态</div>
<div class="x-t">{{{{TITLE}}}}</div>
<div class="x-i">发布时间：[2025-05-15]　作者：覃雪梅　来源：培训部　浏览：207</div>
{{{{BODY}}}}
<div class="x-i">[<a>打印</a>] [<a>关闭</a>]</div></div>
<div class="x-ft">南宁市律师协会　地址：南宁市青秀区竹溪大道66号　电话：0771-5526318　桂ICP备17004012号</div>""",
    body=[
        "5月10日至11日，南宁市律师协会举办2025年青年律师执业技能提升培训班，全市执业不满5年的青年律师150余人参加培训。",
        "培训班围绕合同审查实务、民商事诉讼证据运用、律师职业伦理和执业风险防范等内容设置课程，邀请资深律师、法官和高校教授授课。",
        "在“合同审查实务”课上，授课律师结合大量真实案例，讲解了合同主体审查、违约责任条款设计等要点。“很多问题平时遇到了却说不清楚，今天听完豁然开朗。”一名参训律师说。",
        "结业考核环节，参训律师分组完成了一份股权转让合同的审查和修改，授课老师现场点评。考核合格的学员将获得协会颁发的培训证书，计入年度继续教育学时。",
        "培训期间还举行了模拟法庭观摩和“青年律师说”交流会。协会相关负责人表示，将持续打造青年律师培养品牌，每年举办不少于4期专题培训，帮助青年律师尽快成长。",
    ]))

# vd-40: 宁夏 court (吴忠中院) site, court-style news with 通讯员 and 记者 line in text top
P.append(dict(
    id="vd-40", kind="institution", mode="p", hmode="strong",
    title="吴忠中院发布涉农民工工资纠纷典型案例",
    authors=["马  玲".replace("  ", ""), "丁建国"],
    publish_time="2025-05-16 15:18:09",
    css="""body{margin:0;font:16px/1.9 "Microsoft YaHei"}.court-h{background:linear-gradient(#a0111a,#7d0d14);color:#ffd98e;padding:18px 9%;font-size:26px}
.court-n{background:#5d0a0f;padding:0 9%}.court-n a{color:#fff;display:inline-block;padding:10px 16px}.dbox{width:1000px;margin:20px auto}
.dtitle{font-size:24px;text-align:center;font-weight:bold}.dinfo{text-align:center;color:#888;font-size:14px;border-bottom:1px solid #eee}.dfoot{background:#f4f4f4;color:#666;font-size:12px;text-align:center;padding:16px}""",
    tpl=f"""<div class="court-h"><img alt="法徽" src="{G}"> 宁夏回族自治区吴忠市中级人民法院</div>
<div class="court-n"><a>首页</a><a>法院概况</a><a>新闻中心</a><a>审判动态</a><a>典型案例</a><a>诉讼服务</a><a>司法公开</a></div>
<div class="dbox"><p>当前位置：首页 &gt; 新闻中心 &gt; 典型案例</p>
<div class="dtitle">{{{{TITLE}}}}</div>
<div class="dinfo">发布时间：2025-05-16 15:18:09　来源：吴忠中院　浏览：3612　【<a>大</a> <a>中</a> <a>小</a>】</div>
{{{{BODY}}}}
<p>责任编辑：何静</p>
<p>【<a>打印本页</a>】【<a>关闭窗口</a>】</p></div>
<div class="dfoot">版权所有：宁夏回族自治区吴忠市中级人民法院　地址：吴忠市利通区明珠路188号　宁ICP备10000671号　宁公网安备 64030202000033号</div>""",
    body=[
        ("x", "<p>通讯员 马\u00a0\u00a0玲 丁建国</p>"),
        "为切实保障农民工合法权益，5月15日，吴忠市中级人民法院发布一批涉农民工工资纠纷典型案例。",
        ("h", "案例一：层层转包，总承包单位被判清偿欠薪"),
        "某建筑公司承包吴忠市某住宅项目后，将劳务分包给无施工资质的个人王某。工程完工后，王某拖欠35名农民工工资共计62万元。法院审理认为，根据《保障农民工工资支付条例》规定，总承包单位应当先行清偿，遂判决该建筑公司支付全部欠薪。",
        ("h", "案例二：诉前调解，五天兑现欠薪"),
        "20名农民工因某农业合作社拖欠采摘工资共计8.6万元诉至法院。法院通过诉前调解，邀请当地乡镇、劳动监察部门共同参与，5天内促成双方达成协议并当场兑现。",
        "吴忠中院相关负责人表示，今年以来全市法院共审结涉农民工工资案件217件，为农民工追回工资1860余万元。法院将继续开辟“绿色通道”，对涉农民工工资案件快立、快审、快执。",
    ]))
