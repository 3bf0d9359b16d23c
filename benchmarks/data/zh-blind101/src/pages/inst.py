# Institution pages wx-36 … wx-40: university, hospital, state enterprise, association, court.
from build import img

K = "institution"
PAGES = []

# wx-36 浙江 university news site — 2023, 文/图/编辑/审核 credits at the end
PAGES.append(dict(
    id="wx-36", kind=K, lang="zh",
    title="我校团队在海洋碳汇监测领域取得新进展",
    authors=["郑可欣", "刘思远"],
    publish_time="2025-03-10",
    css="""
body{margin:0;font-family:"Microsoft YaHei";background:#fff}
.top{background:#003f88;color:#fff;padding:16px 8%;display:flex;justify-content:space-between}
.top b{font-size:26px}.top span a{color:#fff;margin-left:12px;font-size:13px}
.nav{background:#00316b;padding:0 8%}.nav a{color:#fff;display:inline-block;padding:11px 16px}
.cnt{width:900px;margin:26px auto}.cnt h1{font-size:26px;text-align:center;color:#003f88}
.inf{text-align:center;color:#888;font-size:13px;border-bottom:1px solid #e5e5e5;padding-bottom:10px}
.cnt p{text-indent:2em;line-height:2;font-size:16px}.pic-cap{text-indent:0!important;text-align:center;color:#666;font-size:14px}
.cred{text-indent:0!important;text-align:right;color:#666}
.ft{background:#003f88;color:#cfe0ff;font-size:12px;padding:18px 8%}
""",
    layout="""
<div class="top"><b>浙江海洋大学新闻网</b><span><a>学校主页</a><a>投稿系统</a><a>English</a></span></div>
<div class="nav"><a>首页</a><a>海大要闻</a><a>综合新闻</a><a>学术动态</a><a>校园文化</a><a>媒体海大</a><a>专题报道</a></div>
<div class="cnt">
<div>当前位置：<a>首页</a> &gt; <a>学术动态</a></div>
<h1>我校团队在海洋碳汇监测领域取得新进展</h1>
<div class="inf">发布日期：2025-03-10　　来源：海洋科学与技术学院　　点击：1477</div>
{BODY}
<p class="cred">文/郑可欣 刘思远　图/海洋科学与技术学院<br>编辑：汪 洋　审核：马立新</p>
<p>上一篇：学校召开2025年科研工作会议<br>下一篇：我校学子在全国大学生海洋知识竞赛中获佳绩</p>
</div>
<div class="ft">地址：浙江省舟山市定海区示范路XX号　邮编：316022<br>Copyright © 浙江海洋大学 党委宣传部 版权所有　浙ICP备0500XXXX号</div>
""",
    style="p",
    blocks=[
        ("p", "近日，我校海洋科学与技术学院海洋生态团队在海洋碳汇监测方法研究中取得新进展，相关成果以《基于多源遥感的近岸海草床碳储量估算方法》为题，发表在国际期刊《Remote Sensing of Environment》上。我校为论文第一完成单位，青年教师徐晨为第一作者。"),
        ("img", "研究团队在舟山海域开展野外采样", "研究团队在舟山海域开展野外采样"),
        ("p", "海草床是重要的“蓝色碳汇”，但其碳储量长期以来依赖人工采样估算，成本高、覆盖范围小。研究团队将卫星遥感、无人机高光谱影像与实地采样数据相结合，构建了近岸海草床碳储量估算模型，估算精度较传统方法提高约20%。"),
        ("p", "研究中，团队历时两年在舟山群岛及周边海域布设采样站位136个，获取了大量一手数据。团队负责人表示，该方法可为沿海地区开展碳汇核算和生态保护修复提供技术支撑。"),
        ("p", "该研究得到国家自然科学基金、浙江省重点研发计划等项目资助。"),
    ],
))

# wx-37 贵州 hospital site — 供稿 department + 作者; "供稿" not author
PAGES.append(dict(
    id="wx-37", kind=K, lang="zh",
    title="我院成功开展首例经导管主动脉瓣置换术",
    authors=["田  甜".replace(" ", "")],
    publish_time="2025-02-25 09:41:52",
    css="""
body{margin:0;font-family:sans-serif;background:#f0f7f7}
.h{background:#fff;padding:12px 6%;display:flex;justify-content:space-between;border-bottom:3px solid #009688}
.h b{color:#009688;font-size:24px}.m{background:#009688;padding:0 6%}.m a{color:#fff;display:inline-block;padding:10px 14px}
.body{width:1000px;margin:20px auto;background:#fff;padding:30px}
.body h2{text-align:center;font-size:22px}.x{text-align:center;font-size:12px;color:#999}
.body p{line-height:1.9;text-indent:2em}.pic-cap{text-align:center;color:#777;font-size:13px}
.f{text-align:center;font-size:12px;color:#777;padding:20px}
""",
    layout="""
<div class="h"><b>遵义市第一人民医院</b><span>预约挂号：0851-2XXXXXXX 　<a>智慧医院</a> <a>长者模式</a></span></div>
<div class="m"><a>首页</a><a>医院概况</a><a>新闻中心</a><a>科室导航</a><a>专家介绍</a><a>就医指南</a><a>健康科普</a><a>党建园地</a></div>
<div class="body">
<div>您所在的位置：首页 &gt; 新闻中心 &gt; 医院新闻</div>
<h2>我院成功开展首例经导管主动脉瓣置换术</h2>
<div class="x">供稿：心血管内科 | 作者：田  甜 | 审核：罗建华 | 发布时间：2025-02-25 09:41:52 | 浏览：2265</div>
{BODY}
<p>上一篇：我院召开2025年医疗质量与安全工作会议</p><p>下一篇：春季流感高发，专家教你科学防护</p>
</div>
<div class="f">遵义市第一人民医院 版权所有　地址：遵义市汇川区示范路XX号<br>黔ICP备1000XXXX号　贵公网安备52030302000XXX号<br>扫一扫关注医院微信公众号""" + img("医院公众号二维码") + """</div>
""",
    style="p",
    blocks=[
        ("p", "2月21日，我院心血管内科联合心脏大血管外科、麻醉科、超声科等多学科团队，成功为一名82岁重度主动脉瓣狭窄患者实施经导管主动脉瓣置换术（TAVR）。这是我院首例TAVR手术，标志着我院在心脏结构性疾病介入治疗领域迈上新台阶。"),
        ("p", "患者王大爷近半年来反复出现胸闷、气促，稍一活动就喘不上气，入院检查确诊为重度主动脉瓣狭窄，合并冠心病、慢性肾功能不全。由于年龄大、基础病多，传统开胸手术风险极高。"),
        ("p", "经过多学科会诊，团队决定为患者实施TAVR手术。手术在杂交手术室进行，医生经股动脉穿刺，将人工瓣膜通过导管输送至主动脉瓣位置并精准释放，整个过程仅用时约1小时，患者无需开胸、无需体外循环。"),
        ("img", "手术团队合影", "手术团队合影"),
        ("p", "术后第二天，王大爷就能下床活动，胸闷症状明显缓解。目前，患者恢复良好，已于2月24日康复出院。"),
        ("p", "心血管内科主任李志刚表示，TAVR具有创伤小、恢复快等优势，为高龄、高危主动脉瓣疾病患者提供了新的治疗选择。"),
    ],
))

# wx-38 内蒙古 state enterprise site — 2017, 撰稿人/审核人 after body, news item with sub-heads in bold
PAGES.append(dict(
    id="wx-38", kind=K, lang="zh",
    title="锡林郭勒供电公司完成特高压配套线路春季集中检修",
    authors=["包  磊".replace(" ", ""), "哈斯塔娜"],
    publish_time="2025年03月06日",
    css="""
body{margin:0;font-family:宋体;font-size:14px;background:#e7eef0}
#head{background:#006c67;color:#fff;height:86px;padding:0 60px;font-size:28px;line-height:86px}
#menu{background:#00524e;padding:0 60px}#menu a{color:#fff;line-height:34px;margin-right:24px}
#main{width:1000px;margin:14px auto;background:#fff;padding:20px 40px}
.h{font-size:22px;font-weight:bold;text-align:center}.s{text-align:center;color:#777;font-size:12px;margin:8px 0 16px}
#main p{line-height:28px}
#foot{text-align:center;font-size:12px;color:#555;padding:14px}
""",
    layout="""
<div id="head">内蒙古电力（集团）有限责任公司 锡林郭勒供电分公司</div>
<div id="menu"><a>首页</a><a>公司概况</a><a>新闻中心</a><a>党建工作</a><a>优质服务</a><a>信息公开</a><a>企业文化</a></div>
<div id="main">
<div>首页 &gt;&gt; 新闻中心 &gt;&gt; 基层动态</div>
<div class="h">锡林郭勒供电公司完成特高压配套线路春季集中检修</div>
<div class="s">时间：2025年03月06日　来源：运维检修部　【字号：<a>大</a> <a>中</a> <a>小</a>】</div>
{BODY}
<p>撰稿人：包  磊　哈斯塔娜　　　审核人：高志远</p>
<p>【<a>打印</a>】【<a>关闭</a>】</p>
</div>
<div id="foot">版权所有：内蒙古电力（集团）有限责任公司锡林郭勒供电分公司　蒙ICP备0800XXXX号<br>电力服务热线：95598</div>
""",
    style="u3000", hstyle="strong",
    blocks=[
        ("p", "3月5日，锡林郭勒供电公司历时12天的特高压配套500千伏线路春季集中检修工作顺利完成，共消除各类缺陷47处，为春季大负荷和新能源大发期间电网安全稳定运行打下了坚实基础。"),
        ("h", "精心组织 统筹推进"),
        ("p", "此次检修涉及线路4条，总长度约620公里，途经苏尼特左旗、阿巴嘎旗等地的大片无人区。公司提前编制检修方案，组建由220余名运维人员组成的检修队伍，配备无人机32架、检修车辆56台，实行“分段包干、同步作业”。"),
        ("h", "科技赋能 提质增效"),
        ("p", "检修中，公司应用无人机自主巡检和红外测温技术，对杆塔、绝缘子、金具等进行全方位“体检”，巡检效率较人工提高3倍以上。针对草原春季大风、沙尘天气多的特点，运维人员重点加固了防鸟刺、驱鸟器等设施。"),
        ("h", "安全为先 全程管控"),
        ("p", "公司安全督查人员全程驻点监督，严格执行工作票制度，现场落实“四不两直”检查。检修期间未发生一起安全事件。"),
    ],
))

# wx-39 福建 association — industry association notice; signed by the association; no author
PAGES.append(dict(
    id="wx-39", kind=K, lang="zh",
    title="关于举办第六届福建省茶叶品鉴技能竞赛的通知",
    authors=[],
    publish_time="2025-03-03 14:26",
    css="""
body{margin:0;background:#f6f3ea;font-family:"Microsoft YaHei"}
.tp{background:#5b7f2b;color:#fff;padding:20px 10%;font-size:26px}
.nv{background:#fff;padding:0 10%;border-bottom:1px solid #ccc}.nv a{display:inline-block;padding:12px 14px}
.wrap{width:960px;margin:20px auto;background:#fff;padding:30px 50px}
.wrap h3{text-align:center;font-size:22px}.sm{text-align:center;color:#888;font-size:13px}
.wrap p{line-height:1.9;font-size:15px}table.dt{border-collapse:collapse;margin:10px auto}table.dt td,table.dt th{border:1px solid #999;padding:4px 12px}
.sign{text-align:right}
.ft{text-align:center;color:#666;font-size:12px;padding:20px}
""",
    layout="""
<div class="tp">福建省茶产业协会<div style="font-size:13px">FUJIAN TEA INDUSTRY ASSOCIATION</div></div>
<div class="nv"><a>首页</a><a>协会概况</a><a>通知公告</a><a>行业资讯</a><a>会员服务</a><a>标准规范</a><a>联系我们</a></div>
<div class="wrap">
<p>当前位置：首页 · 通知公告</p>
<h3>关于举办第六届福建省茶叶品鉴技能竞赛的通知</h3>
<p class="sm">发布者：协会秘书处　发布时间：2025-03-03 14:26　阅读：891</p>
<p style="text-align:center">闽茶协〔2025〕5号</p>
{BODY}
<p>附件：<a>1.竞赛报名表.docx</a>　<a>2.竞赛规则.pdf</a></p>
</div>
<div class="ft">福建省茶产业协会 版权所有　地址：福州市鼓楼区示范路XX号　电话：0591-8XXXXXXX<br>闽ICP备1800XXXX号</div>
""",
    style="p",
    blocks=[
        ("p", "各设区市茶业协会、各会员单位："),
        ("p", "为弘扬工匠精神，提高茶叶从业人员品鉴技能水平，经研究，我会定于2025年4月在福州举办第六届福建省茶叶品鉴技能竞赛。现将有关事项通知如下："),
        ("h", "一、竞赛项目"),
        ("p", "竞赛设乌龙茶、白茶、红茶、绿茶四个组别，内容包括理论知识考试和实际操作考核两部分，其中实际操作包括茶样审评、品质排序和等级判定。"),
        ("h", "二、日程安排"),
        ("table", [["时间", "内容", "地点"], ["4月10日", "报到、抽签", "福州某某酒店"], ["4月11日", "理论考试、实操初赛", "福建某某职业技术学院"], ["4月12日", "实操决赛、颁奖", "福建某某职业技术学院"]]),
        ("h", "三、报名方式"),
        ("p", "请各单位于3月31日前将报名表发送至协会邮箱，每个单位每个组别限报2人。联系人：黄女士，电话：0591-8XXXXXXX。"),
        ("rp", '<p class="sign">福建省茶产业协会</p>', "福建省茶产业协会"),
        ("rp", '<p class="sign">2025年3月3日</p>', "2025年3月3日"),
    ],
))

# wx-40 内蒙古 court — 法院网 2020s, 作者 in info bar; case report with quoted 法官 speech, editor line
PAGES.append(dict(
    id="wx-40", kind=K, lang="zh",
    title="牧民草场被占起纠纷 法官巡回审判马背上化解",
    authors=["萨仁图雅", "周  涛".replace(" ", "")],
    publish_time="2025-01-21 16:05:30",
    css="""
body{margin:0;font-family:"SimSun";background:#f4f1ea}
.top{background:#8b0000;color:#ffd700;padding:18px 8%;font-size:28px;font-family:"Microsoft YaHei"}
.top small{display:block;font-size:13px;color:#fff}
.menu{background:#a40000;padding:0 8%}.menu a{color:#fff;display:inline-block;padding:10px 15px}
.detail{width:960px;margin:20px auto;background:#fff;padding:30px 50px}
.detail h1{font-size:24px;text-align:center;font-family:"Microsoft YaHei"}
.info{text-align:center;font-size:13px;color:#666;background:#f9f6f0;padding:6px}
.detail p{line-height:2;font-size:16px;text-indent:2em}.pic-cap{text-indent:0!important;text-align:center;font-size:14px}
.bt{text-align:center;font-size:12px;color:#666;padding:16px}
""",
    layout="""
<div class="top">锡林浩特市人民法院<small>公正司法 司法为民</small></div>
<div class="menu"><a>首页</a><a>法院动态</a><a>审判执行</a><a>司法公开</a><a>诉讼服务</a><a>法治宣传</a><a>队伍建设</a></div>
<div class="detail">
<div>当前位置：首页 &gt; 法院动态 &gt; 法院新闻</div>
<h1>牧民草场被占起纠纷 法官巡回审判马背上化解</h1>
<div class="info">作者：萨仁图雅　周  涛　　发布时间：2025-01-21 16:05:30　　来源：锡林浩特市人民法院　　<a>打印</a></div>
{BODY}
<p style="text-indent:0;color:#888">责任编辑：王丽</p>
<p style="text-indent:0">上一条：我院召开2024年度执行工作总结会<br>下一条：锡林浩特法院开展“送法进牧区”宣传活动</p>
</div>
<div class="bt">锡林浩特市人民法院 版权所有　地址：锡林浩特市示范大街XX号<br>蒙ICP备1500XXXX号　诉讼服务热线：12368</div>
""",
    style="p",
    blocks=[
        ("p", "“草场的边界就按这次测量的坐标来，今年开春前把围栏挪回去，大家看行不行？”1月17日，在锡林浩特市朝克乌拉苏木的一处牧场上，锡林浩特市人民法院巡回审判团队把“法庭”搬到了牧民家门口。"),
        ("p", "原告巴特尔与被告额尔德木图是相邻牧户。2023年，额尔德木图在修建围栏时越过了双方草场边界，占用巴特尔家草场约40亩，双方多次协商未果，巴特尔诉至法院。"),
        ("img", "法官在草场现场调解", "法官在草场现场调解纠纷"),
        ("p", "考虑到案件涉及草场实际边界，承办法官决定到现场巡回审理。冒着零下30摄氏度的严寒，法官与苏木司法所、嘎查干部一同到达现场，借助草原确权登记的坐标数据，对争议地块重新进行了测量。"),
        ("p", "测量结果出来后，法官结合法律规定和当地习惯耐心释法说理：“草场是牧民的命根子，邻里之间低头不见抬头见，为了几十亩草场伤了和气不值得。”最终，双方达成调解协议：额尔德木图于3月底前拆除越界围栏，并补偿巴特尔草料损失3000元。"),
        ("p", "近年来，锡林浩特市人民法院坚持“马背法庭”巡回审判传统，2024年共开展巡回审判86次，就地化解涉牧矛盾纠纷210余件。"),
    ],
))
