from build import P, H, UL, OL, TABLE, IMG, X
PAGES = []
def add(**k): PAGES.append(dict(kind="institution", lang="zh", **k))

# ud-36 安徽 university news site, spaced names, 摄影 not author
add(id="ud-36", title="我校在第十四届全国大学生数学建模竞赛中获佳绩", authors=["方宇", "王静"], publish_time="2024-12-20",
css=".u-head{background:#003f7f;color:#fff;height:100px}.u-nav{background:#002a55;color:#fff}.u-art{width:900px;margin:0 auto}.u-meta{text-align:center;color:#666;font-size:13px}",
page="""<div class="u-head">皖江理工大学新闻网 <span>学校主页</span> <span>English</span></div>
<div class="u-nav">首页 | 皖理要闻 | 综合新闻 | 院部动态 | 媒体皖理 | 校园文化 | 专题报道 | 投稿系统</div>
<div class="u-art"><p>当前位置： 首页 &gt; 综合新闻 &gt; 正文</p>
<h2>我校在第十四届全国大学生数学建模竞赛中获佳绩</h2>
<div class="u-meta">发布时间：2024-12-20　　作者：方&nbsp;&nbsp;宇　王&nbsp;&nbsp;静　　摄影：刘畅　　来源：数理学院　　点击数：<span>942</span></div>
{BODY}
<p style="text-align:right">（审核：李文杰　编辑：赵敏）</p>
<div class="u-pn">上一条：学校召开2024年度安全稳定工作会议<br>下一条：数理学院举办“研途有我”经验分享会</div></div>
<div class="u-foot">版权所有 © 皖江理工大学党委宣传部 地址：芜江市北京中路8号 邮编：241000 皖ICP备05005187号</div>""",
body=[P("近日，第十四届全国大学生数学建模竞赛结果揭晓。我校学生团队共获得国家级一等奖1项、二等奖2项，安徽赛区一等奖6项、二等奖11项，获奖数量和等级均创历史新高。", indent=True),
P("本届竞赛共有来自全国1600余所高校的5.8万支队伍参赛。竞赛要求参赛队在72小时内，针对给出的实际问题完成建立数学模型、求解分析和撰写论文等工作。", indent=True),
P("我校获得国家一等奖的团队由数理学院、计算机学院的3名本科生组成，他们选择的题目是“农村公交线路优化设计”，通过构建多目标优化模型，提出了兼顾运营成本与乘客出行时间的线路调整方案。", indent=True),
P("“从建模思路到代码调试，三天里我们几乎没怎么睡觉，但看到最后的成果，觉得一切都值得。”团队成员张子涵说。", indent=True),
P("据了解，学校自2005年起组织学生参加数学建模竞赛，每年开设建模选修课程和暑期集训，累计获得国家级奖项40余项。", indent=True),
IMG("获奖学生合影", "获奖学生合影")])

# ud-37 西藏 hospital, 2019 layout, 供稿 + 撰稿
add(id="ud-37", title="自治区第二人民医院成功开展首例高原地区经导管主动脉瓣置换术", authors=["央金", "何晓东"], publish_time="2025-03-03 11:20:08",
css=".h-top{background:#e8f4fb;border-bottom:2px solid #0a8bd6}.h-logo{color:#0a8bd6;font-size:24px}.h-cont{width:1100px;margin:0 auto}.h-info{background:#f5f5f5;padding:6px}",
page="""<div class="h-top"><span class="h-logo">西藏自治区第二人民医院（示例）</span> <span>预约挂号</span> <span>就医指南</span> <span>医保服务</span> <span>无障碍</span></div>
<div class="h-cont"><div class="h-menu">医院概况 新闻中心 科室导航 专家介绍 护理园地 科研教学 党建文化 健康科普</div>
<div class="h-pos">当前位置：首页 - 新闻中心 - 医院新闻</div>
<h3>自治区第二人民医院成功开展首例高原地区经导管主动脉瓣置换术</h3>
<div class="h-info">供稿：心血管内科　撰稿：央金 何晓东　审核：党委宣传部　发布日期：2025-03-03 11:20:08　阅读次数：1520</div>
{BODY}
<div class="h-share">分享到： 微信 微博</div></div>
<div class="h-ft">医院地址：拉萨市城关区林廓北路（示例） 急救电话：0891-6XXXXXX 藏ICP备13000290号-1 藏公网安备54010202000080号</div>""",
body=[P("近日，我院心血管内科联合心脏外科、麻醉科、超声科等多学科团队，成功为一名78岁重度主动脉瓣狭窄患者实施经导管主动脉瓣置换术（TAVR）。这是我院开展的首例该类手术，填补了院内技术空白。"),
P("患者家住山南市，近半年来反复出现胸闷、气促，活动后加重，多次晕厥。入院检查发现，患者主动脉瓣重度狭窄并伴有钙化，同时合并高血压、慢性阻塞性肺疾病，传统开胸手术风险极高。"),
P("经过多学科会诊，团队决定为患者实施TAVR手术。该手术无需开胸，只需在大腿根部穿刺，通过导管将人工瓣膜输送至心脏并释放。考虑到高原地区患者血氧偏低、心肺储备功能差的特点，团队制定了详细的手术预案和围术期管理方案。"),
P("手术历时约1.5小时，过程顺利。术后患者症状明显改善，第三天即可下床活动，目前已康复出院。"),
P("心血管内科主任表示，此次手术的成功开展，让高原地区老年重症瓣膜病患者不出区就能享受到先进的微创治疗。")])

# ud-38 黑龙江 state enterprise (森工集团), 2023 responsive, 文/ + 通讯员 form
add(id="ud-38", title="北岭森工林区冬季森林抚育任务全面完成", authors=["刘宏伟", "金海燕"], publish_time="2025/02/27 14:35",
css=".qy-head{display:flex;justify-content:space-between;padding:0 8%;background:#0f5132;color:#fff}.qy-body{max-width:900px;margin:30px auto}.qy-meta span{margin-right:20px;color:#999}",
page="""<div class="qy-head"><b>北岭森工集团有限责任公司</b><span>集团概况 · 新闻中心 · 产业板块 · 党建工作 · 人才招聘 · 信息公开</span></div>
<div class="qy-body"><div class="qy-path">首页 &gt; 新闻中心 &gt; 基层动态</div>
<h1>北岭森工林区冬季森林抚育任务全面完成</h1>
<div class="qy-meta"><span>2025/02/27 14:35</span><span>来源：生产经营部</span><span>文/刘宏伟 金海燕</span></div>
{BODY}
<div class="qy-ed">责任编辑：吕冬梅</div>
<div class="qy-rel"><h4>相关新闻</h4><p>集团召开2025年森林草原防灭火工作会议</p><p>红松果林经营改革试点工作启动</p></div></div>
<div class="qy-ft">© 北岭森工集团有限责任公司 版权所有 黑ICP备19006831号 黑公网安备23011002000371号</div>""",
body=[P("截至2月25日，北岭森工集团所属12个林业局公司全面完成2024—2025年度冬季森林抚育任务，共完成抚育面积86.4万亩，占计划任务的103%。"),
P("冬季是林区开展森林抚育的黄金时期。入冬以来，各林业局公司抢抓有利时机，科学组织施工，严格执行作业设计，按照“去劣留优、去弱留强”的原则开展透光伐、疏伐和生长伐作业，着力提升森林质量。"),
H("抓好三个环节", tag="strong"),
UL(["作业前，逐个小班核实伐区调查设计，确保设计科学合理；", "作业中，派驻质量监督员全程跟踪检查，严禁超强度采伐；", "作业后，及时清理林地剩余物，做好检查验收和档案管理。"]),
P("据介绍，通过抚育，林分结构得到明显优化，林木生长空间进一步扩大。抚育产生的小径材和枝桠材全部用于职工生活燃料和林下经济生产，实现了资源综合利用。")])

# ud-39 河南 court, 2015 style, closing (记者 ...) no; 通讯员 byline in info bar with 作者
add(id="ud-39", title="滑台县法院巡回审判进村 调解化解土地纠纷", authors=["牛振宇", "霍佳"], publish_time="2025-04-11 16:02:31",
css="body{background:#f0e6d2}.fy-hd{background:#9e0000;color:#ffd700;height:110px;font-size:28px}.fy-bx{width:1000px;margin:0 auto;background:#fff}.fy-t{text-align:center;font-size:22px}.fy-i{text-align:center;font-size:12px;color:#666}",
page="""<div class="fy-hd">滑台县人民法院<br><small>公正司法 一心为民</small></div>
<div class="fy-nav">首页 | 法院概况 | 法院动态 | 审务公开 | 诉讼服务 | 队伍建设 | 法治宣传 | 执行公开</div>
<div class="fy-bx"><div>您的位置：首页 &gt;&gt; 法院动态 &gt;&gt; 工作动态</div>
<div class="fy-t">滑台县法院巡回审判进村 调解化解土地纠纷</div>
<div class="fy-i">作者：牛振宇　霍佳　　发布时间：2025-04-11 16:02:31　　来源：滑台县人民法院　　【<a>打印</a>】【<a>关闭</a>】</div>
{BODY}
<div class="rel">相关文章：<br>滑台县法院召开执行攻坚推进会<br>“法官进网格”打通服务群众最后一公里</div></div>
<div class="fy-ft">滑台县人民法院 版权所有 地址：滑台县人民路中段 诉讼服务热线：12368 豫ICP备13007712号</div>""",
body=[P("“感谢法官跑到村里来给我们调解，这下地界清楚了，心里也踏实了。”4月9日，在滑台县城关镇东庄村的巡回审判点，当事人王某和李某握手言和。", indent=True),
P("王某与李某系同村村民，两家承包地相邻。去年秋收后，因地界问题发生争执，王某认为李某多占了其承包地，双方多次协商未果，王某遂诉至法院。", indent=True),
P("考虑到双方系邻里关系，且纠纷事实需要现场核实，承办法官决定到村里巡回审理。法官邀请村干部、乡司法所工作人员和双方当事人一同到田间丈量土地，对照土地承包合同和确权登记资料逐一核对。", indent=True),
P("在查明事实的基础上，法官从法理和情理两方面耐心释法说理，最终双方达成调解协议：按照确权登记的界址重新划定地界，李某将多耕种的0.3亩土地退还王某，王某不再追究李某此前的收益。", indent=True),
P("据了解，今年以来，该院已开展巡回审判42次，就地化解各类矛盾纠纷58件。", indent=True)])

# ud-40 安徽 association (作家协会), 2010s CMS, 作者 in first line of body ("文 | ")
add(id="ud-40", title="省作协举办皖北乡村题材创作研讨会", authors=["袁小溪"], publish_time="2024年11月15日",
css=".zx-banner{background:#5b2c83;color:#fff;padding:20px}.zx-left{float:left;width:240px}.zx-right{margin-left:260px}.zx-tit{font-size:22px;border-bottom:1px solid #ddd}",
page="""<div class="zx-banner">安徽省作家协会（示例）<br>皖江文学网</div>
<div class="zx-menu">首页 协会概况 工作动态 会员风采 作品推介 文学评论 入会申请 联系我们</div>
<div class="zx-left"><h4>工作动态</h4><p>协会新闻</p><p>基层作协</p><p>通知公告</p><p>扫一扫 关注皖江文学</p></div>
<div class="zx-right"><p>首页 » 工作动态 » 协会新闻</p>
<div class="zx-tit">省作协举办皖北乡村题材创作研讨会</div>
<p class="zx-date">发布于：2024年11月15日 | 分类：协会新闻 | 浏览：630次</p>
<p>文 | 袁小溪</p>
{BODY}
<p>（编辑：葛峰）</p>
<p>标签：乡村题材 创作研讨 皖北</p></div>
<div style="clear:both" class="zx-foot">主办：安徽省作家协会（示例） 皖ICP备10013622号-1 地址：合淝市宿州路（示例）</div>""",
body=[P("11月13日至14日，省作家协会在阜阳举办皖北乡村题材创作研讨会，来自全省的30余位作家、评论家和编辑围绕新时代乡村书写展开交流研讨。", indent=True),
P("研讨会上，与会者结合各自的创作实践，就如何深入乡村生活、把握乡村变化、塑造新时代农民形象等话题进行了深入讨论。", indent=True),
P("“写乡村，首先要走进乡村。”青年作家苏墨说，这两年他在颍上县一个村子蹲点，跟着村干部跑项目、听村民拉家常，积累了大量鲜活的素材。", indent=True),
P("评论家许长庚认为，当下的乡村题材创作既要关注产业发展、生态改善等宏大主题，也要关注个体命运和情感变化，“要写出乡村的温度和人心的厚度”。", indent=True),
P("会议期间，与会作家还走进临泉县、太和县的特色产业园区和美丽乡村示范点，开展采风活动。", indent=True),
P("省作协有关负责人表示，将持续组织作家深入基层开展创作，推出更多反映皖北乡村巨变的优秀作品。", indent=True)])
