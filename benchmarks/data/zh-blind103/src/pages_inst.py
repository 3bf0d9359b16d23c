from lib import page, doc, nav, ul, img, GIF

I = "institution"

# wz-36 广西 university news, 通讯员 + 摄影 + 审核 in bar
T = "我校在第十届全国大学生能源经济学术创意大赛中获佳绩"
page("wz-36", I, T, ["覃雨萌", "何振华"], "2025-04-16 17:48:03", [
    "近日，第十届全国大学生能源经济学术创意大赛全国总决赛在北京落下帷幕。我校经济与管理学院代表队从全国200余所高校的1300余支参赛队伍中脱颖而出，荣获全国一等奖1项、二等奖2项。",
    "本届大赛以“能源转型与绿色发展”为主题，共设学术论文、创意策划、商业计划三个赛道。我校获得一等奖的作品《西部陆海新通道沿线新能源消纳路径研究》，围绕广西新能源发展现状，提出了优化电网调度和储能配置的对策建议，受到评审专家好评。",
    "获奖学生代表表示，参赛过程中，团队成员多次深入百色、钦州等地调研，走访了10余家新能源企业，收集了大量一手数据，在实践中加深了对专业知识的理解。",
    "据悉，学院高度重视学科竞赛工作，组建了由专业教师组成的指导团队，从选题、调研到论文撰写全程指导。近三年来，学院学生在各类国家级学科竞赛中获奖40余项。",
], lambda b: doc(T + "-桂东理工学院新闻网", """
body{margin:0;font:14px/1.9 "Microsoft YaHei"}.logo{background:#004b8d;color:#fff;padding:18px 8%;font-size:26px}
.wrap{width:1100px;margin:auto;display:flex;gap:30px}.left{width:220px}.left .hd{background:#004b8d;color:#fff;padding:10px}
.article{flex:1}.article h1{font-size:22px;text-align:center;color:#004b8d}.arti-metas{text-align:center;font-size:12px;color:#999;background:#f6f6f6}""", f"""
<div class="logo">桂东理工学院 · 新闻网 <small><a href="#">学校主页</a> <a href="#">English</a></small></div>
{nav(["首页","学校要闻","综合新闻","院部动态","媒体桂理","校园风采","专题报道"])}
<div class="wrap"><div class="left">{ul(["学校要闻","综合新闻","院部动态","媒体桂理"], head="新闻网")}</div>
<div class="article"><div>当前位置: <a href="#">首页</a> &gt;&gt; <a href="#">院部动态</a> &gt;&gt; 正文</div>
<h1>{T}</h1>
<div class="arti-metas">时间：2025-04-16 17:48:03　作者：覃雨萌 何振华　来源：经济与管理学院　摄影：陈博　审核：梁少芬　点击数：<span>416</span></div>
{b}
{img("获奖团队合影", "获奖团队合影")}
<p style="text-align:right">（编辑：黄晓丹）</p>
<div>上一条：<a href="#">学校召开2025年本科教学工作会议</a><br>下一条：<a href="#">我校举办第十二届科技文化节</a></div></div></div>
<div style="background:#004b8d;color:#cfe;text-align:center;font-size:12px;padding:16px">版权所有©桂东理工学院　地址：广西贵港市港北区江北大道1号　桂ICP备05001127号</div>"""),
    features="university news: one info bar with 作者 (two), 来源 (college), 摄影, 审核 (not authors), timestamp with seconds; caption after body", site="广西 university (invented)")

# wz-37 安徽 hospital, 2016 design, 通讯员 at end with 图
T = "我院成功开展首例经导管主动脉瓣置换术"
page("wz-37", I, T, ["汪明"], "发布日期：2025-04-15".split("：")[1], [
    "近日，我院心血管内科团队在导管室成功为一名86岁高龄重度主动脉瓣狭窄患者实施经导管主动脉瓣置换术（TAVR）。这是我院首次独立开展该项手术，标志着医院在心脏结构性疾病介入治疗领域迈上新台阶。",
    "患者因反复胸闷、气喘入院，经心脏超声检查确诊为重度主动脉瓣狭窄。考虑到患者年龄大、合并多种基础疾病，外科开胸手术风险极高，心血管内科联合心外科、麻醉科、超声科等多学科会诊后，决定为其实施TAVR手术。",
    "手术历时约1.5小时，术中仅在患者大腿根部穿刺，通过导管将人工瓣膜送至心脏并精准释放。术后患者胸闷症状明显缓解，目前已康复出院。",
    ("h", "专家提醒"),
    "主动脉瓣狭窄是老年人常见的心脏瓣膜病，出现活动后胸闷、胸痛、晕厥等症状时应及时就医。",
    ("x", "<p>（心血管内科　汪明/文　宣传科/图）</p>"),
], lambda b: doc(T + "_六安市人民医院", """
body{margin:0;font-size:14px;font-family:"微软雅黑";background:#eaf4f4}.head{background:#fff;height:100px;border-bottom:4px solid #00897b;font-size:28px;color:#00897b;padding:20px 60px}
.cont{width:1000px;margin:10px auto;background:#fff;padding:20px}.cont .tit{font-size:22px;text-align:center;font-weight:bold}.cont .time{text-align:center;color:#aaa}""", f"""
<div class="head">六安市人民医院 <small>Lu'an People's Hospital</small>　<a href="#">预约挂号</a> <a href="#">专家介绍</a></div>
{nav(["网站首页","医院概况","新闻中心","科室导航","专家介绍","就医指南","护理园地","党建文化"], sep=" ")}
<div class="cont"><div>您的位置：<a href="#">首页</a> &gt; <a href="#">新闻中心</a> &gt; <a href="#">医院新闻</a></div>
<div class="tit">{T}</div>
<div class="time">发布日期：2025-04-15　　浏览量：1208　　字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
{b}
<div>{img("医院微信公众号")}关注医院微信公众号　|　急救电话：0564-3338120</div></div>
<div style="text-align:center;font-size:12px">六安市人民医院 版权所有　地址：六安市皖西西路21号　皖ICP备05015592号-1</div>"""),
    features="hospital news: closing credit line '（心血管内科 汪明/文 宣传科/图）' (author 汪明; 宣传科 is photo unit); 专家提醒 sub-heading", site="安徽 hospital (invented)")

# wz-38 陕西 court, 通讯员 own line, 典型案例 with 裁判要旨 subheads
T = "宝鸡中院发布涉农民工工资纠纷典型案例"
page("wz-38", I, T, ["刘婷婷", "王  静".replace("  ", "")], "2025-04-18 11:15", [
    "为切实维护农民工合法权益，4月17日，宝鸡市中级人民法院召开新闻发布会，通报全市法院2024年以来审理涉农民工工资案件情况，并发布5件典型案例。",
    "据通报，2024年以来，全市法院共受理涉农民工工资纠纷案件1268件，审结1193件，为农民工追回工资及补偿金4860余万元。",
    ("h", "案例一：包工头“跑路”，总承包单位先行清偿"),
    "某建筑公司将工程分包给不具备用工主体资格的个人王某，王某拖欠32名农民工工资后下落不明。法院审理认为，总承包单位违法分包，应对拖欠的农民工工资承担清偿责任，判决其支付工资共计96万元。",
    ("h", "案例二：以“劳务费”名义拖欠工资，同样构成欠薪"),
    "法院认定，用人单位以“劳务费”名义结算的款项实为劳动报酬，判决用人单位足额支付并加付赔偿金。",
    "宝鸡中院相关负责人表示，全市法院将持续开辟涉农民工工资案件“绿色通道”，做到快立、快审、快执。",
], lambda b: doc(T + "_宝鸡法院网", """
body{margin:0;font:15px/1.9 "SimSun";background:#f1ece1}.hd{background:#7d0a0a;color:#f6d27a;font-size:30px;padding:22px 70px}
.bd{width:1000px;margin:auto;background:#fff;padding:20px 50px}.bd h1{font-size:24px;text-align:center;color:#7d0a0a}
.meta{text-align:center;font-size:12px;color:#666}""", f"""
<div class="hd">宝鸡法院网 <small style="font-size:14px">宝鸡市中级人民法院</small></div>
{nav(["首页","法院概况","审判动态","司法公开","诉讼服务","典型案例","法院文化"], sep=" ")}
<div class="bd"><div>首页 &gt; 审判动态 &gt; 正文</div>
<h1>{T}</h1>
<div class="meta">发布时间：2025-04-18 11:15　　来源：宝鸡市中级人民法院　　【<a href="#">字体：大 中 小</a>】</div>
<p style="text-align:center">通讯员　刘婷婷　王&nbsp;&nbsp;静</p>
{b}
<p style="text-align:right">责任编辑：办公室</p>
<div>【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>
{ul(["宝鸡中院召开2025年执行工作推进会","渭滨区法院开展“法律进乡村”活动"], head="相关文章")}</div>
<div style="text-align:center;font-size:12px">宝鸡市中级人民法院 主办　陕ICP备12005831号</div>"""),
    features="court news: own-line '通讯员' byline with spaced name; case sub-headings; 责任编辑 is a department", site="陕西 intermediate court (imitation, invented content)")

# wz-39 吉林 association, 2010 table-ish, 作者/来源/日期 in one small table
T = "吉林省人参产业协会召开2025年会员大会"
page("wz-39", I, T, [], "2025-04-14", [
    "4月12日，吉林省人参产业协会2025年会员大会在长春召开。来自全省人参种植、加工、流通企业及科研单位的180余名会员代表参加会议。",
    "会议审议通过了协会2024年工作报告和财务报告，增补了理事会成员，并对2024年度先进会员单位进行了表彰。",
    "会议指出，2024年全省人参产业综合产值达到720亿元，人参产品出口额同比增长11%。协会在推动人参标准制定、品牌宣传、市场开拓等方面发挥了积极作用。",
    "会议要求，2025年协会要围绕打造千亿级人参产业目标，重点做好以下工作：",
    ("ul", ["推动人参药食同源目录扩容，拓展人参食品市场；", "加强“长白山人参”品牌保护，打击假冒伪劣；", "搭建产学研合作平台，促进人参科技成果转化。"]),
    "会上，还举行了人参产业金融服务合作签约仪式。",
], lambda b: doc(T, """
body{font-size:12px;margin:0}.t{font-size:18px;font-weight:bold;color:#2d5f1c}.txt{font-size:14px;line-height:28px}""", f"""
<table width="960" align="center" cellspacing="0"><tr><td height="100" bgcolor="#e6f1d8"><font size="6" color="#2d5f1c">吉林省人参产业协会</font><br>Jilin Ginseng Industry Association</td></tr>
<tr><td bgcolor="#2d5f1c"><font color="#fff">{nav(["首页","协会简介","协会动态","行业资讯","政策法规","会员风采","联系我们"], sep=" | ")}</font></td></tr></table>
<table width="960" align="center"><tr><td width="200" valign="top" bgcolor="#f8f8f8">{ul(["协会动态","行业资讯","通知公告"], head="栏目导航")}<p>联系电话：0431-85670213</p></td>
<td valign="top"><p>您所在的位置：首页 → 协会动态</p>
<div align="center" class="t">{T}</div>
<table align="center"><tr><td>日期：2025-04-14</td><td>　来源：协会秘书处</td><td>　浏览：<b>233</b></td></tr></table>
<hr><div class="txt">{b}</div>
{img("会议现场", "会议现场")}
<p>【<a href="#">关闭本页</a>】</p></td></tr></table>
<table width="960" align="center"><tr><td align="center" bgcolor="#e6f1d8">吉林省人参产业协会 版权所有　吉ICP备10004469号</td></tr></table>"""),
    style="indent", features="association, 2010 table layout; no writer (来源 is the secretariat: authors []); bulleted list after lead-in sentence", site="吉林 industry association (invented)")

# wz-40 陕西 state enterprise, 2024 responsive, 文/ + 编辑 + 审核 + 终审
T = "秦岭水务集团全力保障春灌用水"
page("wz-40", I, T, ["冯宇航", "张旭"], "2025.04.17", [
    "当前正值春灌关键期，秦岭水务集团统筹调度所属水库、渠系和泵站，全力保障关中地区农田灌溉用水。截至4月16日，集团累计向灌区供水1.36亿立方米，完成春灌面积210万亩。",
    ("h", "科学调度 精准配水"),
    "集团调度中心根据各灌区墒情和作物需水情况，实行“一渠一策”精准配水，通过智慧水务平台实时监测渠道水位、流量，实现远程闸门控制。",
    "与此同时，集团组织技术人员深入田间地头，向农户宣传节水灌溉知识，推广畦灌、喷灌、滴灌等高效节水方式，提高灌溉用水效率。",
    ("h", "加强巡查 确保安全"),
    "各基层单位组织人员对干支渠、渡槽、倒虹吸等重点部位开展24小时巡查，及时处置渠道渗漏、杂物堵塞等问题，确保输水安全畅通。",
    "“今年集团提前完成了冬季渠道维修工程，输水效率比去年提高了约8%。”集团生产运营部负责人介绍。",
], lambda b: doc(T + " | 秦岭水务集团", """
body{margin:0;font:16px/1.85 "HarmonyOS Sans SC",sans-serif;color:#1f2d3d}.nav-bar{display:flex;justify-content:space-between;padding:16px 6%;background:#fff;box-shadow:0 1px 6px #ddd}
.hero{background:#0e5e8e;color:#fff;padding:36px 6%}.hero h1{font-size:32px;margin:0}.hero .sub{opacity:.85;font-size:14px}
.content{max-width:820px;margin:30px auto}.content h3{color:#0e5e8e}.end{color:#888;font-size:13px}""", f"""
<div class="nav-bar"><b>秦岭水务集团</b>{nav(["首页","走进集团","新闻中心","党建工作","产业板块","社会责任","人才招聘"])}<a href="#">EN</a></div>
<div class="hero"><div class="sub">新闻中心 / 集团要闻</div><h1>{T}</h1>
<div class="sub">2025.04.17　|　文/冯宇航 张旭　|　阅读 862</div></div>
<div class="content">{b}
<p class="end">编辑：李梦瑶　　审核：赵立军　　终审：孙海涛</p>
<div class="pn"><a href="#">‹ 集团召开一季度安全生产工作会</a> <a href="#">集团开展“安全生产月”启动仪式 ›</a></div></div>
<footer style="background:#0b2a40;color:#9ab;padding:24px 6%;font-size:13px">陕西秦岭水务集团有限公司　地址：西安市未央区凤城八路156号　电话：029-88861275　陕ICP备17003208号-1　陕公网安备61019002001234号</footer>"""),
    features="state enterprise 2024 hero header: title, date and '文/' byline inside the hero band; 编辑/审核/终审 line", site="陕西 state-owned enterprise (invented)")
