# Institution pages wd-36 .. wd-40: university, hospital, state enterprise, association, court.  All invented.
G = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
PAGES = []

PAGES.append(dict(
id="wd-36", kind="inst", lang="zh",
title="我校研究团队在盐碱地改良研究中取得新进展",
authors=["阿依努尔·吐尔逊", "王晓燕"], publish_time="2024-11-08",
pstyle="p", hstyle="h3",
css="""body{margin:0;font-family:"Microsoft YaHei"}.uhead{background:#003a70;color:#fff;padding:16px 8%;display:flex;justify-content:space-between}.unav{background:#002a52;padding:8px 8%}.unav a{color:#cfe;margin-right:20px}
.ubody{display:flex;padding:20px 8%;gap:30px}.leftm{width:200px;background:#f1f5f9}.arti{flex:1}.arti h2{font-size:24px;text-align:center}.ainfo{text-align:center;color:#666;font-size:13px;background:#f7f7f7;padding:6px}
.ufoot{background:#003a70;color:#cde;padding:20px 8%;font-size:12px}""",
page="""<div class="uhead"><b>宁夏农林大学 · 新闻网</b><span><a href="#">学校主页</a> | <a href="#">投稿系统</a> | <input placeholder="搜索"></span></div>
<div class="unav"><a href="#">首页</a><a href="#">综合新闻</a><a href="#">学术科研</a><a href="#">院部动态</a><a href="#">媒体农林</a><a href="#">校园文化</a><a href="#">图片新闻</a></div>
<div class="ubody"><div class="leftm"><p><b>学术科研</b></p><p>科研动态</p><p>学术讲座</p><p>成果展示</p></div>
<div class="arti">
<p>当前位置：首页 &gt; 学术科研 &gt; 科研动态</p>
<h2>我校研究团队在盐碱地改良研究中取得新进展</h2>
<div class="ainfo">发布日期：2024-11-08　作者：阿依努尔·吐尔逊 王晓燕　摄影：刘畅　来源：资源环境学院　浏览：1322</div>
{{BODY}}
<p>（审核：马建国　编辑：周琳）</p>
<p>上一条：我校举办第十二届研究生学术论坛　下一条：学校召开2024年教学工作会议</p>
</div></div>
<div class="ufoot">版权所有 © 宁夏农林大学　地址：宁夏银川市西夏区XX路XX号　邮编：750021<br>宁ICP备05000917号-1　宁公网安备 64010502000188号</div>""",
body="""
近日，我校资源环境学院土壤改良研究团队在盐碱地生态修复领域取得新进展，相关研究成果以《施用脱硫石膏与生物炭对银北盐碱地土壤结构及作物产量的影响》为题，发表在国际土壤学领域期刊上。
银北地区是宁夏盐碱地集中分布区域，土壤盐分高、结构差，严重制约了当地农业生产。研究团队在平罗县建立了试验基地，连续四年开展田间定位试验，系统研究了脱硫石膏和生物炭配合施用对盐碱地的改良效果。
!img 团队成员在试验田采集土壤样品|团队成员在试验田采集土壤样品
研究结果表明，二者配合施用可使耕层土壤含盐量降低38.5%，土壤团聚体稳定性显著提高，玉米产量较对照增加27.6%。
| 处理 | 耕层含盐量（g/kg） | 玉米产量（kg/亩） |
| 对照 | 6.24 | 512 |
| 单施脱硫石膏 | 4.71 | 587 |
| 石膏+生物炭 | 3.84 | 653 |
团队负责人表示，该技术材料来源广、成本低，适合在西北干旱区盐碱地大面积推广应用。目前，相关技术已在平罗、惠农等地示范推广2.3万亩。
该研究得到了国家自然科学基金和自治区重点研发计划项目的资助。我校资源环境学院博士研究生为论文第一作者。
"""))

PAGES.append(dict(
id="wd-37", kind="inst", lang="zh",
title="多学科联手 为八旬老人成功实施经导管主动脉瓣置换术",
authors=["李雯"], publish_time="2025-03-04 11:26",
pstyle="p", hstyle="strong",
css="""body{margin:0;font-family:sans-serif;background:#f4fbfb}.hos{background:#fff;padding:12px 6%;display:flex;justify-content:space-between;border-bottom:3px solid #009688}.quick a{background:#009688;color:#fff;padding:4px 10px;border-radius:14px;margin-left:6px;font-size:13px}
.nv{padding:10px 6%;background:#e0f2f1}.pg{width:900px;margin:20px auto;background:#fff;padding:30px;border-radius:10px}.inf{color:#999;font-size:13px;display:flex;gap:20px}
.fixed{position:fixed;right:16px;bottom:80px;background:#009688;color:#fff;padding:10px;border-radius:8px}.ft{background:#004d40;color:#b2dfdb;padding:20px 6%;font-size:12px}""",
page="""<div class="hos"><b>西安交通医科大学第三附属医院</b><span class="quick"><a href="#">预约挂号</a><a href="#">报告查询</a><a href="#">来院导航</a><a href="#">关怀模式</a></span></div>
<div class="nv">首页　医院概况　新闻中心　科室导航　专家介绍　就医指南　健康科普　招聘信息</div>
<div class="pg">
<p>首页 / 新闻中心 / 医院新闻</p>
<h1>多学科联手 为八旬老人成功实施经导管主动脉瓣置换术</h1>
<div class="inf"><span>发布时间：2025-03-04 11:26</span><span>供稿：心血管内科</span><span>撰稿：李雯</span><span>审核：党委宣传部</span></div>
{{BODY}}
<p>编辑：宋佳</p>
<div class="share">分享到：微信 朋友圈 微博</div>
<p><b>相关新闻</b></p><p>我院成功举办第三届心脏瓣膜病介入治疗论坛</p><p>我院胸痛中心再次通过国家级复审</p>
</div>
<div class="fixed">在线咨询<br>返回顶部</div>
<div class="ft">地址：西安市雁塔区XX路XX号　咨询电话：029-8537XXXX　陕ICP备08006215号<br>扫一扫关注医院微信公众号</div>""",
body="""
近日，我院心血管内科联合心脏外科、麻醉科、超声医学科、影像科等多学科团队，为一名82岁的重度主动脉瓣狭窄患者成功实施了经导管主动脉瓣置换术（TAVR）。术后第三天，患者即可下床活动，目前已康复出院。
患者张大爷近半年来反复出现胸闷、气短，稍一活动就喘不上气，多次晕倒。入院检查发现，他患有重度主动脉瓣狭窄，同时合并高血压、糖尿病和慢性肾功能不全。
“患者年龄大、基础病多，如果进行传统开胸手术，风险非常高。”心血管内科主任医师刘建军介绍，经过多学科联合会诊，团队决定为患者实施微创的TAVR手术。
## 不开胸 一个小时完成“换瓣”
手术在杂交手术室进行。团队通过患者大腿根部的股动脉穿刺，将人工瓣膜经导管输送到心脏主动脉瓣位置并释放。整个手术历时约一个小时，创口仅有几毫米。
## 为高龄患者带来新希望
TAVR手术具有创伤小、恢复快等优点，特别适合高龄、高危或无法耐受外科开胸手术的患者。据了解，我院自开展该技术以来，已累计完成TAVR手术130余例。
"""))

PAGES.append(dict(
id="wd-38", kind="inst", lang="zh",
title="集团公司召开2024年安全生产工作会议",
authors=["贾文涛", "郭丽"], publish_time="2024年01月15日",
pstyle="ideo", hstyle="h3",
css="""body{margin:0;font-family:"Microsoft YaHei";background:#fff}.top{background:#1a1a1a;color:#ddd;padding:6px 10%;font-size:12px}.hdr{padding:20px 10%;display:flex;justify-content:space-between}.nv{background:#c8a25a;padding:10px 10%}.nv a{color:#fff;margin-right:26px}
.ct{width:1000px;margin:0 auto;padding:20px 0}.tt{font-size:24px;text-align:center}.info{text-align:center;font-size:13px;color:#888;border-bottom:1px solid #eee;padding-bottom:10px}
.ft{background:#1a1a1a;color:#999;padding:24px 10%;font-size:12px}""",
page="""<div class="top">欢迎访问晋能煤业集团有限公司官方网站　<a href="#">OA办公</a> <a href="#">邮箱登录</a> <a href="#">English</a></div>
<div class="hdr"><b style="font-size:24px">晋能煤业集团</b><input placeholder="请输入搜索内容"></div>
<div class="nv"><a href="#">首页</a><a href="#">集团概况</a><a href="#">新闻中心</a><a href="#">党建工作</a><a href="#">产业板块</a><a href="#">企业文化</a><a href="#">社会责任</a><a href="#">信息公开</a></div>
<div class="ct">
<p>您当前的位置：首页 &gt; 新闻中心 &gt; 集团要闻</p>
<h1 class="tt">集团公司召开2024年安全生产工作会议</h1>
<p class="info">来源：集团公司党委宣传部　发布时间：2024年01月15日　【字号：大 中 小】</p>
{{BODY}}
<p>上一篇：集团公司党委理论学习中心组召开专题学习会</p>
<p>下一篇：集团公司2023年煤炭产量再创新高</p>
</div>
<div class="ft">版权所有：晋能煤业集团有限公司　地址：山西省太原市XX区XX路XX号　晋ICP备12004381号<br>扫码关注集团微信公众号</div>""",
body="""
1月13日，集团公司召开2024年安全生产工作会议，总结2023年安全生产工作，分析当前形势，部署2024年重点任务。集团公司董事长、党委书记王建设出席会议并讲话，总经理、党委副书记李志刚主持会议。
!img 会议现场|会议现场
会议指出，2023年集团公司牢固树立安全发展理念，全面开展安全生产大检查和重大事故隐患专项排查整治，全年未发生较大及以上生产安全事故，安全生产形势持续稳定向好。
会议强调，2024年要重点抓好以下工作：
一是深化重大灾害超前治理，严格落实瓦斯、水害、冲击地压等灾害防治措施；
二是加快推进智能化建设，全年新建智能化采掘工作面12个，减少井下作业人员；
三是强化安全培训，开展全员安全技能提升行动，全年培训职工不少于3万人次；
四是严肃追责问责，对发生事故和存在重大隐患的单位，严格落实“一票否决”。
会上，集团公司与各二级单位签订了2024年度安全生产目标责任书，5个单位作了交流发言。
集团公司领导班子成员，各二级单位主要负责人、分管安全负责人参加会议。
@ （贾文涛　郭丽）
@ 责任编辑：赵鹏
"""))

PAGES.append(dict(
id="wd-39", kind="inst", lang="zh",
title="市青年企业家协会举办“青企聚力·助企发展”沙龙活动",
authors=["庞晓宇"], publish_time="2024-08-30 17:02:45",
pstyle="div", hstyle="h3",
css="""body{margin:0;font-family:system-ui;background:#faf9ff}.h{background:#4a3ab0;color:#fff;padding:14px 6%;display:flex;justify-content:space-between}.join{background:#ffcc33;color:#333;padding:6px 14px;border-radius:16px}
.w{max-width:820px;margin:24px auto;background:#fff;border-radius:12px;padding:32px;box-shadow:0 2px 10px rgba(0,0,0,.06)}.para{line-height:1.9;margin-bottom:12px}.chip{background:#eeeaff;color:#4a3ab0;border-radius:10px;padding:2px 10px;font-size:12px}
.meta{color:#999;font-size:13px}.f{text-align:center;color:#888;font-size:12px;padding:20px}""",
page="""<div class="h"><b>银川市青年企业家协会</b><span>首页　协会概况　协会动态　会员风采　政策服务　联系我们　<a class="join" href="#">申请入会</a></span></div>
<div class="w">
<span class="chip">协会动态</span>
<h1>市青年企业家协会举办“青企聚力·助企发展”沙龙活动</h1>
<p class="meta">庞晓宇 | 2024-08-30 17:02:45 | 阅读 386</p>
{{BODY}}
<p class="meta">图片：协会秘书处</p>
<p class="meta">审核：田东</p>
<div class="next">← 协会召开第三届理事会第五次会议　｜　会员企业走进闽宁镇开展帮扶活动 →</div>
</div>
<div class="f">银川市青年企业家协会 © 2024　联系电话：0951-51XXXXX　宁ICP备20001876号-1</div>""",
body="""
8月29日下午，银川市青年企业家协会在阅海湾中央商务区举办“青企聚力·助企发展”主题沙龙活动，来自新材料、数字经济、葡萄酒、现代物流等行业的40余名会员企业家参加活动。
活动中，市工业和信息化局、市地方金融监管局相关负责人分别解读了中小企业纾困帮扶和融资支持相关政策，并现场回答了企业家们关心的问题。
!img 沙龙活动现场|沙龙活动现场
## 企业家面对面交流
在自由交流环节，企业家们围绕企业数字化转型、品牌建设、人才引进等话题展开深入讨论。
“作为一家成立不到五年的企业，我们最缺的是经验和资源。今天听了几位前辈的分享，很受启发。”一家数字科技公司负责人说。
协会会长在总结时表示，协会将持续搭建政企沟通、企业互助的平台，每季度举办一次主题沙龙，推动会员企业资源共享、抱团发展，为银川经济社会发展贡献青年企业家的力量。
活动现场，6家会员企业达成合作意向。
"""))

PAGES.append(dict(
id="wd-40", kind="inst", lang="zh",
title="“小案件”里的“大民生”——和平法院巡回审判进社区化解物业纠纷",
authors=["冯晓璐", "刘洋"], publish_time="2023-06-21 15:30:00",
pstyle="p", hstyle="strong",
css="""body{margin:0;font-family:"FangSong","Microsoft YaHei";background:#f3f0ea}.court{background:#7a0d0d;color:#f6d98b;padding:18px 8%;font-size:26px}.cnav{background:#5c0909;padding:8px 8%}.cnav a{color:#f6d98b;margin-right:18px;font-size:14px}
.detail{width:940px;margin:20px auto;background:#fff;padding:30px 50px}.detail h2{text-align:center;font-size:22px;color:#7a0d0d}.infob{text-align:center;font-size:13px;color:#666}
.gf{background:#7a0d0d;color:#eee;text-align:center;padding:14px;font-size:12px}""",
page="""<div class="court">天津市和平区人民法院 <span style="font-size:13px"><a href="#">无障碍</a> <a href="#">诉讼服务</a> <a href="#">裁判文书</a></span></div>
<div class="cnav"><a href="#">首页</a><a href="#">法院概况</a><a href="#">法院新闻</a><a href="#">审判动态</a><a href="#">诉讼指南</a><a href="#">司法公开</a><a href="#">法治宣传</a><a href="#">队伍建设</a></div>
<div class="detail">
<p>当前位置：首页&gt;审判动态</p>
<h2>“小案件”里的“大民生”——和平法院巡回审判进社区化解物业纠纷</h2>
<p class="infob">作者：冯晓璐 刘洋　发布时间：2023-06-21 15:30:00　来源：和平区人民法院　<a href="#">打印本页</a>　<a href="#">关闭窗口</a></p>
{{BODY}}
<p>（以上内容仅为普法宣传使用，案例当事人均为化名。）</p>
<div class="rel"><p>· 和平法院召开2023年度诉源治理推进会</p><p>· 和平法院发布劳动争议典型案例</p></div>
</div>
<div class="gf">天津市和平区人民法院 版权所有　地址：天津市和平区XX路XX号　津ICP备16002938号　诉讼服务热线：12368</div>""",
body="""
“没想到在社区就能把官司打了，也不用跑法院了，省了不少事。”6月20日，在和平区某社区党群服务中心，参加完庭审的居民赵某感慨地说。
当天，和平区人民法院在该社区开展巡回审判，公开审理了一起物业服务合同纠纷案件，并邀请社区居民代表、物业公司负责人旁听。
## 案情回顾
原告某物业公司诉称，被告赵某自2020年起拖欠物业费共计7600余元，经多次催缴未果，遂诉至法院。被告赵某辩称，因小区电梯经常出现故障、楼道照明长期损坏，物业公司未尽到服务义务，所以拒绝缴费。
## 调解结案
庭审中，承办法官耐心听取双方意见，一方面向赵某释明，业主不能以物业服务存在瑕疵为由拒绝缴纳全部物业费；另一方面指出物业公司应当积极履行维修义务，提升服务质量。
经过法官调解，双方当庭达成协议：物业公司于一个月内完成电梯维修和楼道照明改造，赵某分期支付所欠物业费，物业公司减免部分滞纳金。
法官提醒，业主与物业公司是相互依存的关系，遇到矛盾纠纷应当理性沟通、依法解决。
"""))
