from gen import *

# ---------- yd-36 科研院所: 中国科学院西北高原生物研究所 ----------
items = [
 "近日，中国科学院西北高原生物研究所高原生物适应与进化研究团队在青藏高原鼠兔低氧适应机制研究中取得新进展，相关成果在线发表于国际期刊《分子生物学与进化》。",
 "高原鼠兔是青藏高原特有的小型哺乳动物，能够在海拔5000米以上的低氧环境中正常生活。研究团队采集了青海果洛、玉树等地不同海拔梯度的鼠兔样本，通过比较基因组学和转录组分析，发现一个与能量代谢相关的基因在高海拔种群中发生了适应性变化。",
 "进一步的功能实验表明，该基因的变异能够降低细胞在低氧条件下的耗氧量，使鼠兔在氧气稀薄的环境中更“省氧”地维持体温和活动。这一发现与此前在藏族人群和牦牛中发现的适应机制既有相似之处，也存在明显差异。",
 "该研究为理解高原哺乳动物低氧适应的分子机制提供了新的线索，也为高原医学研究提供了参考。",
 "研究得到国家自然科学基金、第二次青藏高原综合科学考察研究等项目资助。论文第一作者为博士研究生卓玛措，通讯作者为张同作研究员。",
]
bh, bg = B(items)
html = doc("高原所在高原鼠兔低氧适应机制研究中取得进展----中国科学院西北高原生物研究所", ".hd{background:#003f88;color:#fff;padding:16px 0;font-size:22px}.nv{background:#e8eef6;padding:6px 0}.nv span{margin-right:20px}.xx{font-size:13px;color:#666;text-align:center}", f"""
<div class="hd"><div class="w">中国科学院西北高原生物研究所<br><span style="font-size:12px">Northwest Institute of Plateau Biology, Chinese Academy of Sciences</span><span style="float:right;font-size:12px">English | 中国科学院 | 联系我们</span></div></div>
<div class="nv"><div class="w"><span>首页</span><span>机构概况</span><span>科研成果</span><span>研究队伍</span><span>研究生教育</span><span>创新文化</span><span>党建与纪检</span></div></div>
<div class="w"><p>您现在的位置：首页 &gt; 新闻动态 &gt; 科研进展</p>
<h2 style="text-align:center">高原所在高原鼠兔低氧适应机制研究中取得进展</h2>
<p class="xx">2025-03-26 | 文/图：李&nbsp;&nbsp;想 | 审核：刘建全 | 【大 中 小】【打印】【关闭】</p>
{bh}
{B([('img','图1 研究区域及高原鼠兔采样点','图1 研究区域及高原鼠兔采样点')])[0]}
<p>论文链接</p>
<p>附件下载：</p></div>
<div style="background:#003f88;color:#ccd;font-size:12px;text-align:center;padding:12px">版权所有 © 中国科学院西北高原生物研究所　地址：青海省西宁市城西区新宁路23号　邮编：810008<br>青ICP备05000247号　青公网安备63010402000102号</div>
""")
add('yd-36', '机构', '科研院所（文/图：，审核：）', 'zh', "高原所在高原鼠兔低氧适应机制研究中取得进展", ["李想"], "2025-03-26", bg, html)

# ---------- yd-37 博物馆: 甘肃省博物馆 ----------
items = [
 "5月18日是第49个国际博物馆日。当天，甘肃省博物馆推出“丝路遗珍——河西走廊出土汉简文物特展”，展出居延汉简、悬泉汉简等珍贵简牍及相关文物126件（组），其中一级文物23件。",
 "展览分为“边塞烽燧”“驿置往来”“屯田戍卒”三个单元。一枚记录西汉使者往来的悬泉置“传信”简引起不少观众驻足，简文记载了使者的人数、马匹和沿途食宿安排，生动再现了两千年前丝绸之路上的交通往来。",
 "为方便观众理解，展厅设置了数字简牍阅读屏，观众可以放大查看简牍上的文字并收听释读。博物馆还在展期内推出“小小考古家”研学课程和专家讲座。",
 "展览将持续至2025年10月18日，观众可通过甘肃省博物馆微信公众号免费预约参观，周一闭馆（法定节假日除外）。",
]
bh, bg = B(items)
html = doc("“丝路遗珍——河西走廊出土汉简文物特展”开幕 - 甘肃省博物馆", ".hd{background:#3b2a1a;color:#e8d3a8;padding:20px 0;font-size:26px}.nv span{margin-right:22px;color:#3b2a1a}.in{color:#8a7560;font-size:13px}", f"""
<div class="hd"><div class="w">甘肃省博物馆 <span style="font-size:13px">GANSU PROVINCIAL MUSEUM</span><span style="float:right;font-size:13px">开放时间：周二至周日 9:00-17:00　预约参观</span></div></div>
<div class="w nv" style="padding:8px 0;border-bottom:2px solid #3b2a1a"><span>首页</span><span>参观</span><span>展览</span><span>典藏</span><span>研究</span><span>教育</span><span>资讯</span><span>文创</span></div>
<div class="w"><p>首页 / 资讯 / 馆内新闻</p>
<h2>“丝路遗珍——河西走廊出土汉简文物特展”开幕</h2>
<p class="in">发布时间：2025-05-19　供稿单位：陈列部　浏览次数：1388</p>
{bh}
{B([('img','观众参观汉简特展','观众在展厅内参观悬泉汉简。')])[0]}
<p>（文：杜思远　摄影：白&nbsp;&nbsp;杨）</p>
<p>上一条：甘肃省博物馆2025年“5·18国际博物馆日”活动预告<br>下一条：我馆与敦煌研究院签署战略合作协议</p></div>
<div style="background:#3b2a1a;color:#bba;font-size:12px;text-align:center;padding:12px">甘肃省博物馆 版权所有　地址：兰州市七里河区西津西路3号　甘ICP备05000611号</div>
""")
add('yd-37', '机构', '博物馆（供稿单位，文末（文： 摄影：））', 'zh', "“丝路遗珍——河西走廊出土汉简文物特展”开幕", ["杜思远"], "2025-05-19", bg, html)

# ---------- yd-38 机场集团: 西部机场集团 ----------
items = [
 "6月1日，西部机场集团宁夏机场有限公司银川河东国际机场T3航站楼正式启用“易安检”旅客通道，旅客通过人脸识别即可完成身份验证，安检通行效率提升约30%。",
 "据了解，“易安检”通道配备了智能安检设备，旅客无需将笔记本电脑、充电宝等物品单独取出，行李筐可自动回传，单通道每小时可检查旅客220人次左右。",
 "今年1至5月，银川河东国际机场累计保障航班起降3.6万架次，旅客吞吐量达到478万人次，同比增长8.2%。暑运期间，机场预计日均旅客吞吐量将突破3.5万人次。",
 "除了“易安检”通道，T3航站楼还新增了自助值机设备20台、自助行李托运设备8台，旅客从值机到通过安检的平均时间缩短至15分钟以内。",
 "机场方面提醒，暑运期间客流较大，旅客应至少提前2小时到达机场办理乘机手续，并提前了解锂电池、液体等物品的携带规定。",
]
bh, bg = B(items)
html = doc("银川河东国际机场启用“易安检”旅客通道-西部机场集团有限公司", ".hd{background:#fff;border-bottom:3px solid #0060a8;padding:12px 0;font-size:22px;color:#0060a8}.bc{color:#888;font-size:13px}", f"""
<div class="hd"><div class="w">西部机场集团有限公司 <span style="font-size:13px;color:#333">集团概况　新闻中心　机场群　航空物流　党建园地　联系我们</span><span style="float:right;font-size:12px">ENGLISH</span></div></div>
<div class="w"><p class="bc">首页 > 新闻中心 > 成员单位动态</p>
<h2 style="text-align:center">银川河东国际机场启用“易安检”旅客通道</h2>
<p style="text-align:center;font-size:13px;color:#888">作者：宁夏机场公司 冶&nbsp;&nbsp;青　　来源：宁夏机场有限公司　　时间：2025-06-03　　点击：[256]</p>
{bh}
<p>上一篇：咸阳国际机场东航站区建设取得新进展<br>下一篇：西宁曹家堡国际机场新开通至杭州航线</p></div>
<div style="background:#0060a8;color:#fff;font-size:12px;text-align:center;padding:12px">西部机场集团有限公司版权所有　陕ICP备10202453号</div>
""")
add('yd-38', '机构', '机场集团（作者：单位+空格人名，点击：[256]）', 'zh', "银川河东国际机场启用“易安检”旅客通道", ["冶青"], "2025-06-03", bg, html)

# ---------- yd-39 职业病医院 ----------
items = [
 "为切实做好高温季节职业健康防护工作，6月5日，陕西省职业病防治院组织专家团队走进西安市高陵区泾河工业园，为园区内12家企业的一线职工开展“职业健康进企业”义诊宣传活动。",
 "活动现场，尘肺病科、职业中毒科、耳鼻喉科等科室专家为职工提供了肺功能检测、听力筛查、血压血糖测量等服务，并针对粉尘、噪声、高温等职业危害因素进行了一对一咨询指导。",
 "在随后举办的健康讲座上，院职业健康促进科主任医师郭晓梅结合典型案例，讲解了中暑的识别与急救、防尘口罩的正确佩戴方法，提醒企业合理调整高温时段作业时间，做好防暑降温物资保障。",
 "专家还深入企业生产车间，查看通风除尘设施运行情况，对部分岗位噪声超标、个人防护用品配备不足等问题提出了整改建议，并为企业职业健康管理人员讲解了职业病危害项目申报和职业健康检查的有关规定。",
 "此次活动共为380余名职工提供健康检查和咨询服务，发放宣传资料600余份。",
]
bh, bg = B(items)
html = doc("我院开展“职业健康进企业”义诊宣传活动_陕西省职业病防治院", ".hd{background:#00897b;color:#fff;font-size:22px;padding:14px 0}.nv span{margin-right:18px}.m{color:#888;font-size:13px;text-align:center}", f"""
<div class="hd"><div class="w">陕西省职业病防治院 <span style="font-size:12px">陕西省第五人民医院</span><span style="float:right;font-size:13px">预约挂号　急诊电话：029-86253120</span></div></div>
<div class="w nv" style="padding:8px 0"><span>首页</span><span>医院概况</span><span>新闻动态</span><span>科室导航</span><span>专家介绍</span><span>就医指南</span><span>职业健康</span></div>
<div class="w"><p>位置：首页>>新闻动态>>医院新闻</p>
<h2 style="text-align:center">我院开展“职业健康进企业”义诊宣传活动</h2>
<p class="m">[2025-06-06]　来源：职业健康促进科　阅读次数：[阅读：412]</p>
{bh}
<p>撰稿：吴彦博　摄影：孙&nbsp;&nbsp;哲　编辑：党政办公室　审核：高立新</p>
<p>【打印此页】【关闭窗口】</p></div>
<div style="background:#00897b;color:#e0f2f1;font-size:12px;text-align:center;padding:12px">陕西省职业病防治院　地址：西安市莲湖区　陕ICP备19003562号-1</div>
""")
add('yd-39', '机构', '职业病医院（[日期]，撰稿：/摄影/编辑/审核行）', 'zh', "我院开展“职业健康进企业”义诊宣传活动", ["吴彦博"], "[2025-06-06]", bg, html)

# ---------- yd-40 律师协会: 北京市律师协会 ----------
items = [
 "5月24日，北京市律师协会青年律师工作委员会在市律协会议中心举办“青年律师执业能力提升系列培训（第三期）”，本期主题为“法律检索与类案研究”，来自全市各律所的150余名执业五年以内的青年律师参加培训。",
 "培训邀请了北京市第一中级人民法院法官助理、资深律师等4位主讲人，从裁判文书检索技巧、类案比对方法、检索报告写作等方面进行了讲解，并结合劳动争议、民间借贷等领域的真实案例进行了实操演示。",
 "参训律师表示，培训内容实用性强，对日常办案中如何高效检索、准确把握裁判尺度很有帮助。",
 "培训最后设置了互动答疑环节，主讲人就青年律师关心的检索工具选择、如何向法庭提交类案检索报告等问题逐一作答。",
 "据悉，青年律师执业能力提升系列培训全年共安排8期，内容涵盖庭审技能、合同审查、法律文书写作等，后续课程将陆续开展。",
 "（作者单位：北京市京师律师事务所）",
]
bh, bg = B(items)
bg = bg[:-1]
html = doc("市律协举办青年律师执业能力提升系列培训（第三期）-北京市律师协会", ".hd{background:#6d1b1b;color:#fff;padding:16px 0;font-size:22px}.m{font-size:13px;color:#777;text-align:center}", f"""
<div class="hd"><div class="w">北京市律师协会 <span style="font-size:12px">Beijing Lawyers Association</span><span style="float:right;font-size:13px">会员登录　律师查询　律所查询</span></div></div>
<div class="w" style="padding:8px 0;border-bottom:1px solid #ddd">首页　协会概况　协会动态　专门委员会　会员服务　行业规范　公益法律服务</div>
<div class="w"><p>首页 / 协会动态 / 专门委员会动态</p>
<h2 style="text-align:center">市律协举办青年律师执业能力提升系列培训（第三期）</h2>
<p class="m">发布时间：2025年5月27日　浏览次数：502</p>
<p class="m">作者：张思远　校对：王露　终审：赵立新</p>
{bh}
<p>附件：</p>
<p>上一篇：市律协召开2025年度律师事务所管理工作座谈会</p></div>
<div style="background:#6d1b1b;color:#ddd;font-size:12px;text-align:center;padding:12px">北京市律师协会版权所有　京ICP备05083447号　京公网安备11010102001396号</div>
""")
add('yd-40', '机构', '律师协会（作者/校对/终审，（作者单位：…）结尾）', 'zh', "市律协举办青年律师执业能力提升系列培训（第三期）", ["张思远"], "2025年5月27日", bg, html)
