# Institution pages: wy-36 ... wy-40 (university, hospital, state enterprise, association, court). All invented.
PAGES = []

# wy-36 云南 university news site, 2017 design; 文/图 + 审核 + 编辑 line at the end; 摄影 credit
PAGES.append(dict(
    id="wy-36", kind="inst", title="我校学子在全国大学生生命科学竞赛中获一等奖",
    authors=["字应春"], time="2025年06月09日 16:20", style="p",
    css="""body{margin:0;font-family:"Microsoft YaHei";background:#eef1f4}.hd{background:#00467f;height:100px;color:#fff;display:flex;align-items:center;padding:0 10%;justify-content:space-between}
.hd b{font-size:30px;font-family:STKaiti,KaiTi}.hd a{color:#fff;font-size:13px;margin-left:10px}.mn{background:#003563;padding:0 10%}.mn a{color:#fff;line-height:42px;margin-right:28px}
.w{width:1000px;margin:20px auto;background:#fff;padding:30px 50px}.w h1{font-size:24px;text-align:center;color:#00467f}.info{text-align:center;color:#999;font-size:13px;border-bottom:1px solid #e5e5e5;padding-bottom:10px}
.w p{font-size:16px;line-height:2;text-indent:2em}.pic-cap{text-indent:0!important;font-size:14px!important;color:#666}.note{text-align:right}.ft{background:#003563;color:#b9c8d8;text-align:center;padding:20px;font-size:13px}""",
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>云岭大学新闻网</title><style>@@CSS@@</style></head><body>
<div class="hd"><b>云岭大学新闻网</b><span><a href="#">学校主页</a><a href="#">English</a><a href="#">投稿系统</a><input placeholder="搜索"></span></div>
<div class="mn"><a href="#">首页</a><a href="#">云大要闻</a><a href="#">综合新闻</a><a href="#">院系风采</a><a href="#">学术动态</a><a href="#">媒体云大</a><a href="#">图说校园</a><a href="#">视频新闻</a></div>
<div class="w">
<div style="font-size:13px;color:#666">您的位置：<a href="#">首页</a> &gt; <a href="#">综合新闻</a> &gt; 正文</div>
<h1>我校学子在全国大学生生命科学竞赛中获一等奖</h1>
<div class="info">发布时间：2025年06月09日 16:20　　点击：　次　　来源：生命科学学院</div>
@@BODY@@
<p class="note">文/图：字应春　　审核：周　敏　　编辑：马　丽</p>
<p style="text-indent:0">上一条：<a href="#">学校召开2025届毕业生就业工作推进会</a><br>下一条：<a href="#">我校举办第十二届研究生学术论坛</a></p>
</div>
<div class="ft">版权所有 © 云岭大学党委宣传部　地址：云南省昆明市呈贡区大学城雨花路1号　邮编：650500<br>滇ICP备05000689号　滇公网安备 53011402000274号</div>
</body></html>""",
    body="""
6月6日至8日，2025年全国大学生生命科学竞赛（科学探究类）决赛在武汉举行。我校生命科学学院本科生团队的作品《高原湿地土壤微生物对海菜花生长的影响》从全国600余所高校的4000余件作品中脱颖而出，获得一等奖，这是我校在该项赛事中取得的最好成绩。
! 获奖团队合影（摄影：杨　帆）
参赛团队由生态学专业的四名大三学生组成，指导教师为生命科学学院副教授何玉兰。团队历时一年半，先后十余次赴洱海、泸沽湖等高原湖泊湿地采样，完成了200多组对照实验，初步揭示了根际微生物群落与海菜花生长之间的关系，为高原湖泊水生植物保护提供了参考。
“野外采样最难的是赶时间，湖边风大，样品要在几个小时内送回实验室处理。”团队负责人、2022级学生李欣怡说，比赛让他们真正体会到科研的不易，也收获了团队合作的乐趣。
近年来，学院坚持以赛促学、以赛促教，依托省级重点实验室和野外台站，为本科生开放科研平台，鼓励学生早进课题、早进团队。近三年，学院学生在各类学科竞赛中获得国家级奖项40余项。
"""))

# wy-37 江西 hospital, 2021 responsive; closing byline with spaced name; 预约挂号 furniture
PAGES.append(dict(
    id="wy-37", kind="inst", title="多学科联手 成功救治一名高龄主动脉夹层患者",
    authors=["邹婷", "周文斌"], time="2025-06-10 09:15",
    css="""body{margin:0;font-family:"Microsoft YaHei";color:#333}.tb{background:#0a8f83;color:#fff;font-size:13px;padding:6px 8%;display:flex;justify-content:space-between}.tb a{color:#fff;margin-left:10px}
.hd{display:flex;justify-content:space-between;align-items:center;padding:14px 8%}.hd b{font-size:26px;color:#0a8f83}.btns a{background:#f39c12;color:#fff;padding:8px 16px;border-radius:4px;margin-left:8px}
.nav{background:#0a8f83;padding:0 8%}.nav a{color:#fff;display:inline-block;padding:12px 16px}.main{max-width:900px;margin:24px auto}.main h2{font-size:26px;text-align:center}
.meta{text-align:center;color:#999;font-size:13px;margin-bottom:20px}.main p{font-size:17px;line-height:1.9}.ft{background:#f4f4f4;padding:20px 8%;font-size:13px;color:#777}""",
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>赣东人民医院</title><style>@@CSS@@</style></head><body>
<div class="tb"><span>急救电话：0793-8226120　咨询电话：0793-8226000</span><span><a href="#">无障碍</a><a href="#">关怀模式</a><a href="#">OA登录</a></span></div>
<div class="hd"><b>赣东人民医院</b><span class="btns"><a href="#">预约挂号</a><a href="#">报告查询</a><a href="#">来院导航</a></span></div>
<div class="nav"><a href="#">首页</a><a href="#">医院概况</a><a href="#">新闻中心</a><a href="#">科室导航</a><a href="#">专家介绍</a><a href="#">就医指南</a><a href="#">健康科普</a><a href="#">党建园地</a><a href="#">招聘信息</a></div>
<div class="main">
<p style="font-size:13px;color:#888">当前位置：首页 » 新闻中心 » 医院新闻</p>
<h2>多学科联手 成功救治一名高龄主动脉夹层患者</h2>
<div class="meta">发布者：宣传科　|　发布日期：2025-06-10 09:15　|　浏览：</div>
@@BODY@@
<p style="color:#999;font-size:14px">一审：刘佳　二审：钟华　三审：方建平</p>
<p>上一篇：<a href="#">我院开展“全国爱眼日”义诊活动</a></p><p>下一篇：<a href="#">我院顺利通过胸痛中心再认证现场核查</a></p>
</div>
<div class="ft">赣东人民医院 版权所有　地址：江西省上饶市信州区紫阳大道368号<br>赣ICP备12002865号-1　赣公网安备 36110202000376号　扫一扫关注医院微信公众号</div>
</body></html>""",
    body="""
近日，我院心血管外科、麻醉科、重症医学科、介入手术室等多学科团队紧密协作，成功为一名82岁的急性Stanford A型主动脉夹层患者实施手术，目前患者已康复出院。
5月20日凌晨，患者因突发胸背部撕裂样疼痛被送至我院急诊科。胸痛中心接诊后立即完成主动脉CTA检查，确诊为急性A型主动脉夹层，夹层从主动脉根部一直撕裂至双侧髂动脉，随时有破裂的危险。
# 争分夺秒开辟绿色通道
医院立即启动胸痛中心绿色通道，组织多学科会诊。考虑到患者高龄、合并高血压和慢性肾功能不全，手术风险极高，心血管外科主任张建明带领团队反复讨论，最终制定了“升主动脉置换+全弓置换+支架象鼻”手术方案。
从入院到进入手术室，仅用了78分钟。经过7个多小时的手术，夹层病变被成功处理。术后，重症医学科团队精细化管理患者血压、呼吸和肾功能，康复医学科早期介入指导康复训练。
# 出现胸痛莫大意
张建明提醒，主动脉夹层起病急、病死率高，高血压是最主要的危险因素。中老年人如出现突发剧烈胸背部疼痛，应立即拨打120，尽快到有救治能力的医院就诊。（通讯员 邹　婷 周文斌）
"""))

# wy-38 山东 state enterprise, 2019 design; 作者 / 来源 / 日期 in a right-aligned block; quoted speech
PAGES.append(dict(
    id="wy-38", kind="inst", title="黄海港务集团启动2025年“安全生产月”活动",
    authors=["于晓东"], time="2025-06-11", htag="strong", style="u3000",
    css="""body{margin:0;font-family:"Microsoft YaHei";background:#fff}.hd{background:#003b7a;color:#fff;padding:18px 9%;display:flex;justify-content:space-between}
.hd b{font-size:26px}.hd small{display:block;font-size:12px;letter-spacing:1px}.nv{background:#e60012;padding:0 9%}.nv a{color:#fff;line-height:44px;padding:0 18px;display:inline-block}
.w{display:flex;gap:30px;padding:20px 9%}.sb{width:220px}.sb h3{background:#003b7a;color:#fff;padding:10px;margin:0}.sb a{display:block;border-bottom:1px solid #eee;padding:10px}
.ct{flex:1}.ct h1{font-size:26px;text-align:center}.src{text-align:right;color:#888;font-size:13px;border-bottom:1px solid #ddd;padding-bottom:8px}.ct p{font-size:16px;line-height:2}
.ft{background:#1a1a1a;color:#999;text-align:center;font-size:12px;padding:24px}""",
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>集团要闻-黄海港务集团有限公司</title><style>@@CSS@@</style></head><body>
<div class="hd"><div><b>黄海港务集团有限公司</b><small>HUANGHAI PORT GROUP CO., LTD.</small></div><div><a href="#" style="color:#fff">中文</a> | <a href="#" style="color:#fff">EN</a> | <a href="#" style="color:#fff">邮箱登录</a></div></div>
<div class="nv"><a href="#">首页</a><a href="#">走进集团</a><a href="#">新闻中心</a><a href="#">业务板块</a><a href="#">党建工作</a><a href="#">企业文化</a><a href="#">社会责任</a><a href="#">招标采购</a><a href="#">联系我们</a></div>
<div class="w">
<div class="sb"><h3>新闻中心</h3><a href="#">集团要闻</a><a href="#">基层动态</a><a href="#">媒体聚焦</a><a href="#">通知公告</a><a href="#">视频新闻</a></div>
<div class="ct">
<div style="font-size:13px;color:#888">首页 &gt; 新闻中心 &gt; 集团要闻</div>
<h1>黄海港务集团启动2025年“安全生产月”活动</h1>
<div class="src">作者：于晓东　　来源：安全环保部　　日期：2025-06-11　　<a href="#">【打印】</a></div>
@@BODY@@
<p style="text-align:right;color:#888;font-size:13px">责任编辑：潘&nbsp;&nbsp;悦</p>
</div></div>
<div class="ft">Copyright © 黄海港务集团有限公司 All Rights Reserved　鲁ICP备13017752号-1<br>地址：山东省日照市东港区黄海一路99号　电话：0633-8380000</div>
</body></html>""",
    body="""
6月10日，黄海港务集团召开2025年“安全生产月”活动动员大会，全面启动以“人人讲安全、个个会应急——查找身边安全隐患”为主题的系列活动。集团领导班子成员、各单位主要负责人及安全管理人员共300余人在主会场和各分会场参加会议。
会上，集团安全环保部通报了今年以来安全生产工作情况，3家基层单位负责人作表态发言，与会人员集体观看了安全警示教育片。
集团董事长在讲话中指出：“港口生产点多、线长、面广，大型机械多、危险货物多、外协人员多，任何一个环节出问题都可能酿成大祸。安全生产没有旁观者，每一名员工都是安全的第一责任人。”
# 活动安排
根据活动方案，今年“安全生产月”期间，集团将重点开展以下工作：
* 开展一次全员安全隐患“随手拍”活动，对查实的有效隐患给予奖励；
* 组织码头装卸、危险货物储存、大型机械作业等重点领域专项检查；
* 举办一场综合应急演练，检验防台防汛、火灾扑救和人员疏散能力；
* 开展安全知识竞赛和班组安全“微课堂”，推动安全培训进一线。
会议要求，各单位要以“安全生产月”为契机，把隐患排查治理贯穿生产经营全过程，确保集团安全生产形势持续稳定。
"""))

# wy-39 北京 industry association, 2014 design; 通知 with 文号, schedule table, 联系人 lines; no writer
PAGES.append(dict(
    id="wy-39", kind="inst", title="关于举办2025年社区服务企业安全管理培训班的通知",
    authors=[], time="2025-06-12 14:00", htag="strong",
    css="""body{margin:0;font:13px/1.7 宋体;background:#f0f0f0}.w{width:1000px;margin:0 auto;background:#fff}.hd{height:90px;background:#7b2c8c;color:#fff;font-size:26px;line-height:90px;padding-left:24px;font-family:黑体}
.nv{background:#5e1f6c}.nv a{color:#fff;line-height:34px;padding:0 16px}.pos{padding:8px 24px;border-bottom:1px solid #ddd}.ct{padding:16px 40px}
.ct h2{text-align:center;font-size:20px}.tm{text-align:center;color:#888}.wh{text-align:center}.ct p{font-size:14px;line-height:26px;text-indent:2em}
table.tb{border-collapse:collapse;width:90%;margin:10px auto}.tb td,.tb th{border:1px solid #777;padding:4px;text-align:center}.ft{background:#5e1f6c;color:#eee;text-align:center;padding:10px;font-size:12px}""",
    html="""<html><head><meta charset="utf-8"><title>北京市社区服务行业协会</title><style>@@CSS@@</style></head><body><div class="w">
<div class="hd">北京市社区服务行业协会 <span style="font-size:13px;font-family:宋体">Beijing Community Service Industry Association</span></div>
<div class="nv"><a href="#">首页</a><a href="#">协会概况</a><a href="#">通知公告</a><a href="#">行业动态</a><a href="#">政策法规</a><a href="#">会员服务</a><a href="#">培训中心</a><a href="#">诚信建设</a><a href="#">入会申请</a></div>
<div class="pos">当前位置：首页 &gt;&gt; 通知公告</div>
<div class="ct">
<h2>关于举办2025年社区服务企业安全管理培训班的通知</h2>
<div class="tm">发布时间：2025-06-12 14:00　　发布人：秘书处　　阅读次数：</div>
<p class="wh">京社协〔2025〕15号</p>
@@BODY@@
<p style="text-indent:0">附件：<a href="#">培训报名回执表.docx</a></p>
</div>
<div class="ft">北京市社区服务行业协会 版权所有　地址：北京市西城区广安门内大街168号<br>电话：010-63351288　京ICP备14027659号</div>
</div></body></html>""",
    body="""
各会员单位：
为提高社区服务企业安全管理水平，增强从业人员安全意识和应急处置能力，经研究，协会定于2025年6月下旬举办社区服务企业安全管理培训班。现将有关事项通知如下：
# 一、培训对象
各会员单位分管安全工作的负责人、安全管理人员及项目负责人，每单位限报2人。
# 二、培训时间和地点
培训时间为2025年6月24日至25日，共两天。培训地点另行通知。
# 三、课程安排
| 日期 | 时段 | 课程内容 |
| 6月24日 | 上午 | 安全生产法律法规解读 |
| 6月24日 | 下午 | 社区消防安全与电动自行车火灾防范 |
| 6月25日 | 上午 | 有限空间作业与高处作业安全管理 |
| 6月25日 | 下午 | 突发事件应急处置与案例分析 |
# 四、报名方式
请于6月20日前将报名回执表发送至协会邮箱。培训不收取培训费，食宿及交通费用自理。培训结束后，经考核合格的学员由协会颁发培训证书。
联系人：秦老师　010-63351290
+ 北京市社区服务行业协会
+ 2025年6月12日
"""))

# wy-40 江西 basic-level court, 2016 court-site template; 作者 with two names; 发布时间 with seconds
PAGES.append(dict(
    id="wy-40", kind="inst", title="巡回审判进社区 一起物业纠纷当庭握手言和",
    authors=["易雯婷", "彭凯"], time="2025-06-13 10:08:42", style="p",
    css="""body{margin:0;font-family:"Microsoft YaHei";background:#f6f1e7}.tp{background:#fff;font-size:12px;padding:5px 12%;color:#666}
.hd{height:110px;background:#9e1b1b;color:#f8e5b6;padding:0 12%;display:flex;align-items:center;font-size:32px;font-family:STKaiti,KaiTi}
.nv{background:#7a1414;padding:0 12%}.nv a{color:#fff;line-height:40px;padding:0 14px;display:inline-block}.con{width:1000px;margin:16px auto;background:#fff;padding:24px 50px}
.b_title{font-size:24px;text-align:center;font-weight:bold;margin:14px 0}.fenx{text-align:center;font-size:13px;color:#888;background:#f7f7f7;padding:6px}
.con p{font-size:16px;line-height:2;text-indent:2em}.ft{text-align:center;color:#777;font-size:12px;padding:20px}""",
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>萍乡市安源区人民法院</title><style>@@CSS@@</style></head><body>
<div class="tp">今天是：2025年6月13日 星期五　<a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">无障碍阅读</a></div>
<div class="hd">萍乡市安源区人民法院</div>
<div class="nv"><a href="#">首页</a><a href="#">法院概况</a><a href="#">新闻中心</a><a href="#">审判动态</a><a href="#">司法公开</a><a href="#">诉讼服务</a><a href="#">法治宣传</a><a href="#">队伍建设</a></div>
<div class="con">
<div style="font-size:13px">当前位置：首页 &gt; 新闻中心 &gt; 法院动态</div>
<div class="b_title">巡回审判进社区 一起物业纠纷当庭握手言和</div>
<div class="fenx">作者：易雯婷 彭&nbsp;&nbsp;凯　　发布时间：2025-06-13 10:08:42　　来源：安源区人民法院　　【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
@@BODY@@
<p style="text-indent:0;text-align:center">【<a href="#">打印本页</a>】　【<a href="#">关闭窗口</a>】</p>
</div>
<div class="ft">版权所有：萍乡市安源区人民法院　地址：江西省萍乡市安源区跃进北路21号　诉讼服务热线：0799-6661234<br>赣ICP备16000875号　赣公网安备 36030202000145号</div>
</body></html>""",
    body="""
“今天在家门口旁听了一场庭审，学到了不少物业方面的法律知识。”6月12日，安源区人民法院在八一街道一小区广场开展巡回审判，公开审理了一起物业服务合同纠纷案件，吸引了60余名居民现场旁听。
案件中，小区业主刘某以物业公司服务不到位、楼道长期无人清扫、电梯经常故障为由，拒绝缴纳两年物业费共计4320元。物业公司多次催缴无果后诉至法院。
! 巡回审判现场
庭审中，双方围绕物业服务是否达标、业主能否以服务瑕疵拒缴物业费等焦点问题展开辩论。承办法官结合民法典相关规定释法说理：业主不得以未接受或者无需接受相关物业服务为由拒绝支付物业费；同时，物业公司也应当按照约定和有关规定提供服务，对业主反映的问题及时整改。
在法官主持下，双方达成调解协议：物业公司承诺一个月内完成电梯维修保养和楼道保洁整改，刘某分期缴清所欠物业费。
庭审结束后，法官还就旁听居民关心的公共收益分配、停车管理等问题进行了解答。据介绍，今年以来，该院已开展巡回审判12场，以“审理一案、教育一片”的方式，推动矛盾纠纷就地化解。
"""))
