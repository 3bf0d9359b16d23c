from common import *

def epaper(name, date, ban, extra_css, inner):
    return doc(name, '''
.eh{background:#8b0000;color:#fff;padding:8px 20px;font-size:20px}.bar{background:#eee;font-size:13px;padding:4px 20px}
.bar a{margin-right:10px}.pg{display:flex}.lf{width:300px;font-size:12px}.rt{flex:1;padding:0 20px}
.yt,.ft{font-size:16px;color:#333;text-align:center}.zt{font-size:26px;font-weight:bold;text-align:center}
.au{text-align:center;color:#555}.foot{font-size:12px;text-align:center;color:#666}''' + extra_css, inner)

# ---------- yc-31 大众日报 电子版: 引题/主标题/副题, 本报记者 under 副题 ----------
b = L('''
走进日照港石臼港区，巨大的门机有序作业，集装箱卡车在无人驾驶模式下往来穿梭。“这条自动化集装箱码头投用后，装卸效率比传统码头提高了30%，人员减少了70%。”日照港集装箱公司负责人说。
今年前5个月，日照港完成货物吞吐量2.6亿吨，同比增长4.1%；集装箱吞吐量298万标准箱，同比增长9.8%。港口新开通至东南亚、中东的外贸航线6条，外贸航线总数达到33条。
港口的发展带动了临港产业集聚。在日照经济技术开发区，依托港口的大宗原料优势，钢铁、汽车零部件、粮油加工等产业加速壮大，一批上下游配套企业接连落户。
日照市有关负责人表示，将继续推进“港产城”融合发展，加快建设大宗商品交易中心和多式联运枢纽，把港口优势更好地转化为发展优势。
''')
def h31(B): return epaper('日照港：“智慧港口”跑出加速度', '2025-06-03', '', '', f'''
<div class="eh">大众日报 <small>DAZHONG DAILY</small></div>
<div class="bar">2025年06月03日 星期二　<a href="#">上一期</a><a href="#">下一期</a>　<a href="#">往期回顾</a>　<a href="#">版面导航</a>　<a href="#">PDF下载</a></div>
<div class="pg"><div class="lf"><p>第03版：要闻</p><p><a href="#">上一版</a>　<a href="#">下一版</a></p>
<p>本版标题导航</p>{ul(["日照港：“智慧港口”跑出加速度","全省夏粮收购工作会议召开","烟台：海上风电项目集中开工","图片新闻"])}</div>
<div class="rt"><p class="yt">自动化码头投用，今年前5个月集装箱吞吐量增长9.8%</p>
<p class="zt">日照港：“智慧港口”跑出加速度</p>
<p class="ft">新开通外贸航线6条，“港产城”融合发展提速</p>
<p class="au">本报记者　王  建　杨秀萍</p>
{B}
<p>本版责编：刘兆军　美编：张晓</p></div></div>
<div class="foot">大众日报社 版权所有　鲁ICP备09023866号</div>''')
page('yc-31','e-paper 大众日报', '日照港：“智慧港口”跑出加速度', ['王建','杨秀萍'], '2025年06月03日 星期二', b, h31,
     note='引题/主标题/副题: title = main only; 本报记者 line under 副题')

# ---------- yc-32 河南日报 e-paper: byline glued to last paragraph ----------
b = L('''
近日，在南阳市淅川县九重镇的渠首生态林里，护林员李长山正沿着巡护道路查看树木长势。“这几年林子越来越密，常能看到野鸡、野兔，还有白鹭在水边觅食。”他说。
作为南水北调中线工程渠首所在地，淅川县坚持“一渠清水永续北送”，累计完成造林绿化面积68万亩，森林覆盖率由2014年的32%提高到43.6%。全县关停转产污染企业350余家，规模化养殖场全部退出水源保护区。
生态好了，绿色产业也发展起来了。淅川县因地制宜发展软籽石榴、金银花、茶叶等生态经济林28万亩，带动4万余名群众稳定增收。渠首附近的邹庄、陶岔等村发展乡村旅游，去年接待游客超过120万人次。
“守护好一库碧水，是我们的政治责任，也是淅川发展的最大优势。”淅川县主要负责同志表示，将持续推进水源区生态保护和高质量发展，确保丹江口水库水质稳定保持在Ⅱ类以上。（本报记者 孙  勇）
''')
def h32(B): return epaper('淅川：一渠清水永续北送', '', '', '.zt{color:#222}', f'''
<div class="eh">河南日报 <small>数字报</small></div>
<div class="bar">2025年05月20日　<a href="#">第06版：要闻</a>　<a href="#">上一版</a><a href="#">下一版</a>　<a href="#">返回目录</a></div>
<div class="pg"><div class="rt">
<p class="zt">淅川：一渠清水永续北送</p>
{B}
<p>编辑：赵一帆　校对：黄  敏</p></div>
<div class="lf"><p>本版新闻</p>{ul(["淅川：一渠清水永续北送","驻马店：小麦“一喷三防”全面展开","信阳茶叶春茶产销两旺"])}<p>上一篇　下一篇</p></div></div>
<div class="foot">河南日报社 版权所有 未经授权禁止复制或建立镜像　豫ICP备05010620号</div>''')
page('yc-32','e-paper 河南日报', '淅川：一渠清水永续北送', ['孙勇'], '2025年05月20日', b, h32,
     note='byline glued to the end of the last paragraph (stays in body)')

# ---------- yc-33 新华日报 e-paper: 本报讯（记者 … 通讯员 …） ----------
b = L('''
本报讯（记者 顾敏之 通讯员 陆  洋）6月2日，南京江北新区集成电路设计服务产业创新中心正式启用。中心提供EDA工具共享、流片补贴、芯片测试验证等公共技术服务，首批入驻企业27家。
江北新区集成电路产业链已集聚企业600余家，涵盖设计、制造、封测、材料等环节。据介绍，中心投用后可为中小设计企业降低研发成本约三成，平均缩短产品上市周期2至3个月。
新区有关负责人表示，将围绕“芯片之城”建设，加大人才引进和企业培育力度，力争到2027年集成电路产业规模突破1000亿元。
启用仪式上，中心还与东南大学、南京大学等高校签署了人才联合培养协议，将共建集成电路实训基地，每年为区内企业输送专业人才500名以上。
''')
def h33(B): return epaper('江北新区集成电路设计服务产业创新中心启用', '', '', '', f'''
<div class="eh" style="background:#c00">新华日报 <small>电子版</small></div>
<div class="bar">当前版：<a href="#">02版：综合</a>　2025-06-03　<a href="#">上一版</a> <a href="#">下一版</a>　<a href="#">上一期</a> <a href="#">下一期</a></div>
<div class="pg"><div class="lf">{ul(["江北新区集成电路设计服务产业创新中心启用","苏州工业园区新增独角兽企业3家","无锡发布新一轮产业强市政策"])}</div>
<div class="rt"><p class="zt">江北新区集成电路设计服务<br>产业创新中心启用</p>
{B}
<p>本版责编：钱丽娜</p></div></div>
<div class="foot">新华报业传媒集团 版权所有</div>''')
page('yc-33','e-paper 新华日报', '江北新区集成电路设计服务产业创新中心启用', ['顾敏之','陆洋'], '2025-06-03', b, h33,
     note='headline in two lines; 本报讯 byline inside first paragraph')

# ---------- yc-34 解放日报 e-paper: 记者 X Y 通讯员 Z one line ----------
b = L('''
昨天，上海首个“一站式”新市民服务驿站在松江区九亭镇揭牌。驿站整合了就业咨询、居住证办理、子女入学指导、法律援助等12项服务，来沪务工人员“走进一扇门、办成多件事”。
九亭镇外来常住人口占比超过六成，新市民服务需求旺盛。驿站运行以来，每天平均接待群众80余人次。“以前办居住证、问入学政策要跑好几个地方，现在在这里就全办了。”在一家物流公司上班的安徽籍员工赵先生说。
驿站还设立了“技能提升课堂”，联合区职业技能培训机构开设电工、育婴员、直播电商等课程，今年计划培训新市民2000人次。
松江区有关部门表示，将总结九亭经验，年内在新桥、洞泾等外来人口集中的街镇再建设3个新市民服务驿站，让新市民在上海安心工作、舒心生活。
''')
def h34(B): return epaper('新市民服务驿站在九亭揭牌', '', '', '.hd2{font-size:12px;color:#999}', f'''
<div class="eh" style="background:#1a3d8f">解放日报 <small>JIEFANG DAILY</small></div>
<div class="bar"><a href="#">首页</a> <a href="#">往期回顾</a> 2025年04月16日 星期三 <a href="#">第05版</a>：上海新闻　<a href="#">上一版</a> <a href="#">下一版</a></div>
<div class="pg"><div class="rt"><p class="hd2">版面：上海新闻</p>
<p class="zt">新市民服务驿站在九亭揭牌</p>
<p class="ft">12项服务“一站办”，今年计划培训新市民2000人次</p>
<p class="au">记者 俞  凯 吴  頔 通讯员 沈  洁</p>
{B}
<p>责任编辑：王  俊</p></div>
<div class="lf"><p>本版文章</p>{ul(["新市民服务驿站在九亭揭牌","闵行：老旧小区加装电梯提速","浦东新增10处口袋公园"])}</div></div>
<div class="foot">上海报业集团 解放日报社 版权所有</div>''')
page('yc-34','e-paper 解放日报', '新市民服务驿站在九亭揭牌', ['俞凯','吴頔','沈洁'], '2025年04月16日 星期三', b, h34,
     note='副题 under main title; byline with spaced names, no punctuation')

# ---------- yc-35 安徽日报 e-paper, table layout, 本报通讯员 alone ----------
b = L('''
连日来，滁州市来安县舜山镇的2.3万亩优质水稻开始育秧。在镇农业服务中心的工厂化育秧大棚里，一排排秧盘整齐排列，嫩绿的秧苗长势喜人。
“工厂化育秧出苗齐、秧苗壮，比传统育秧节省种子两成，还能提前5天左右插秧。”中心负责人介绍，今年大棚可供秧面积1.2万亩，主要面向家庭农场和种粮大户。
舜山镇近年来大力推进水稻全程机械化，全镇水稻耕种收综合机械化率达到92%。镇里还与粮食企业签订订单收购协议，发展“稻虾共养”1800亩，亩均增收1500元以上。
“育秧用上了‘工厂’，插秧靠机器，收割有合作社代收，种田比以前轻松多了。”种粮大户周德明说，他今年流转土地600亩，全部采用工厂化育秧和机插秧，预计亩产能达到650公斤。
''')
def h35(B): return doc('舜山镇：工厂化育秧助春耕', '''
table.e{width:980px;margin:auto;border:1px solid #999}.e td{vertical-align:top}.lt{width:250px;background:#f5f0e6;font-size:12px}
.zt{font-size:24px;font-weight:bold;text-align:center}.au{text-align:center}.foot{font-size:12px;text-align:center}''', f'''
<table class="e"><tr><td colspan="2" style="background:#a00;color:#fff;font-size:22px">安徽日报 农村版</td></tr>
<tr><td colspan="2">2024年04月23日　<a href="#">第A2版</a>：三农视点　<a href="#">上一版</a>　<a href="#">下一版</a>　<a href="#">本期目录</a></td></tr>
<tr><td class="lt"><p>版面导航</p><p><a href="#">A1 要闻</a><br><a href="#">A2 三农视点</a><br><a href="#">A3 县域经济</a></p></td>
<td><p class="zt">舜山镇：工厂化育秧助春耕</p>
<p class="au">本报通讯员　冯  涛</p>
{B}
<p>本版责编：周　正</p></td></tr></table>
<div class="foot">安徽日报报业集团 版权所有</div>''')
page('yc-35','e-paper 安徽日报', '舜山镇：工厂化育秧助春耕', ['冯涛'], '2024年04月23日', b, h35,
     note='2010s table e-paper; 通讯员 alone')

# ---------- yc-36 中学 news: 文/图, 审核, 发布人 ----------
b = L('''
5月30日下午，常州市第二十四中学第六届校园科技节在学校体育馆闭幕。本届科技节以“探索未知·创造未来”为主题，历时两周，共有1200余名学生参与。
科技节期间，学校开展了机器人竞技、航模展示、科普知识竞赛、创意小发明评比等8项活动。在闭幕式上，初二（5）班学生设计的“智能垃圾分类箱”、初一（3）班的“教室二氧化碳监测仪”等15件作品获评“最佳创意作品”。
校长在闭幕式上表示，学校将继续依托科创社团和实验室资源，培养学生的科学素养和动手能力，让更多孩子在实践中爱上科学。
据悉，本届科技节的优秀作品将推荐参加常州市青少年科技创新大赛，部分作品还将在学校科技馆长期展出，供全校师生参观交流。
''')
def h36(B): return doc('我校第六届校园科技节闭幕', '''
.hd{background:#2b5e9f;color:#fff;font-size:22px;padding:10px 20px}.w{width:900px;margin:auto}.w h1{font-size:22px;text-align:center}
.m{text-align:center;font-size:12px;color:#777}.foot{font-size:12px;text-align:center}''', f'''
<div class="hd">常州市第二十四中学</div>
{nav(["学校首页","学校概况","校园新闻","教育教学","德育之窗","党建工作","招生信息"])}
<div class="w"><div class="crumb">当前位置：首页 &gt; 校园新闻</div>
<h1>我校第六届校园科技节闭幕</h1>
<p class="m">发布人：校办　发布时间：2025-06-01 14:20:11　阅读：642</p>
<p>文/图：朱晓燕　审核：钱建国</p>
{B}
<p>上一篇：<a href="#">我校召开2025届中考冲刺动员会</a>　下一篇：<a href="#">初一年级开展“走进运河”研学活动</a></p></div>
<div class="foot">地址：常州市钟楼区勤业路102号　电话：0519-86601234　苏ICP备10203456号　苏公网安备32040402000123号</div>''')
page('yc-36','institutional 中学', '我校第六届校园科技节闭幕', ['朱晓燕'], '2025-06-01 14:20:11', b, h36,
     note='文/图 line then 审核; 发布人 non-author')

# ---------- yc-37 供水公司: 供稿单位, closing 撰稿 line ----------
b = L('''
为保障迎峰度夏期间城市供水安全，近日，合肥供水集团启动2025年夏季供水保障专项行动，全面提升高峰供水能力。
今年以来，合肥市区日供水量持续攀升，6月中旬最高日供水量达到186万立方米，创历史同期新高。集团提前对四水厂、六水厂等主力水厂进行设备检修，新增日供水能力15万立方米，并对全市42座二次供水泵房开展隐患排查。
在管网运维方面，集团组建了24支抢修队伍，实行24小时值班，确保接报后城区1小时内到达现场。同时利用智慧水务平台对管网压力和水质进行实时监测，发现异常及时处置。
集团提醒广大用户，用水高峰时段（7:00—9:00、18:00—22:00）请合理错峰用水，如遇停水、水压不足等问题，可拨打24小时服务热线0551-96588反映。
''')
def h37(B): return doc('合肥供水集团启动夏季供水保障专项行动', '''
.hd{background:#0086c9;color:#fff;font-size:22px;padding:10px 20px}.w{width:900px;margin:auto}.w h1{font-size:22px;text-align:center}
.m{font-size:12px;color:#777;text-align:center}.foot{font-size:12px;text-align:center;background:#eef}''', f'''
<div class="hd">合肥供水集团有限公司</div>
<div><a href="#">网上营业厅</a> <a href="#">停水公告</a> <a href="#">水费查询</a> <a href="#">长者模式</a></div>
{nav(["首页","集团概况","新闻中心","党建园地","客户服务","水质公告","信息公开"])}
<div class="w"><div class="crumb">首页 》新闻中心 》 集团要闻</div>
<h1>合肥供水集团启动夏季供水保障专项行动</h1>
<p class="m">供稿单位：生产运营部　发布日期：2025-06-18　浏览：377</p>
{B}
<p style="text-align:right">撰稿：许文静</p>
<p><a href="#">打印</a> | <a href="#">关闭</a> | <a href="#">返回顶部</a></p></div>
<div class="foot">合肥供水集团有限公司 版权所有　服务热线：0551-96588　皖ICP备09017654号-1</div>''')
page('yc-37','institutional 供水公司', '合肥供水集团启动夏季供水保障专项行动', ['许文静'], '2025-06-18', b, h37,
     note='供稿单位 non-author; closing 撰稿 line')

# ---------- yc-38 海事局: 通讯员 alone in info bar ----------
b = L('''
5月27日，连云港海事局联合连云港市应急管理局、港口管理部门在连云港港主航道开展2025年船舶溢油应急处置综合演练。
演练模拟一艘载有燃料油的散货船与渔船发生碰撞，造成燃油舱破损、油品泄漏入海。接警后，海事部门立即启动应急预案，派出“海巡0731”等3艘执法船艇赶赴现场，实施交通管制；专业清污船舶迅速布设围油栏，开展溢油回收作业，无人机对油膜扩散情况进行空中监视。
本次演练共出动船艇9艘、无人机2架、应急人员120余人，检验了多部门协同处置船舶污染事故的能力。下一步，连云港海事局将针对演练中发现的问题，进一步修订完善应急预案，提升辖区水域污染防治水平。
据介绍，连云港港是我国沿海主要港口之一，去年进出港船舶超过12万艘次。近年来，连云港海事局持续加强船舶污染防治监管，在主要港区配置溢油应急设备库4座。
''')
def h38(B): return doc('连云港海事局开展船舶溢油应急处置综合演练', '''
.hd{background:#002f6c;color:#fff;font-size:22px;padding:10px 20px}.w{width:940px;margin:auto}.w h1{font-size:22px;text-align:center}
.m{font-size:12px;color:#666;text-align:center}.foot{font-size:12px;text-align:center}''', f'''
<div class="hd">中华人民共和国江苏海事局 <small>Jiangsu Maritime Safety Administration</small></div>
{nav(["首页","机构概况","海事新闻","政务公开","政务服务","航行警告","互动交流"])}
{search("请输入检索内容")}
<div class="w"><div class="crumb">您当前的位置：首页 &gt; 海事新闻 &gt; 分支局动态</div>
<h1>连云港海事局开展船舶溢油应急处置综合演练</h1>
<p class="m">日期：2025-05-28　来源：连云港海事局　通讯员：赵海洋　【打印】【关闭】</p>
{B}
<p>分享：</p></div>
<div class="foot">主办：江苏海事局　网站标识码：bm16040016　苏ICP备05012087号</div>''')
page('yc-38','institutional 海事局', '连云港海事局开展船舶溢油应急处置综合演练', ['赵海洋'], '2025-05-28', b, h38,
     note='通讯员 alone in info bar')

# ---------- yc-39 档案馆: minority name ----------
b = L('''
6月9日是国际档案日。当天，上海市档案馆外滩馆推出“上海老字号档案文献展”，展出馆藏档案、老照片和实物200余件，系统展示百年来沪上老字号的发展历程。
展览分为“创牌”“守艺”“焕新”三个单元。其中，一份1930年代某老字号药房的商标注册证、一组上世纪五十年代公私合营时期的账簿首次公开展出，吸引了不少观众驻足细看。
展览还设置了互动体验区，观众可以通过触摸屏查阅老字号企业档案目录，或动手拓印老商标图案。市档案馆有关负责人表示，希望通过档案讲好上海老字号的故事，让城市记忆“活”起来。
展览免费向公众开放，持续至9月30日，观众可通过“上海档案信息网”微信公众号预约参观。
国际档案日期间，市档案馆还将举办“档案里的上海”系列讲座和青少年档案研学活动，并在部分区档案馆同步开展档案咨询服务。
''')
def h39(B): return doc('“上海老字号档案文献展”在外滩馆开展', '''
.hd{background:#5a3e2b;color:#f3e9dc;font-size:22px;padding:12px 20px}.w{width:900px;margin:auto}.w h2{font-size:22px;text-align:center}
.m{font-size:12px;color:#888;text-align:center}.foot{font-size:12px;text-align:center}''', f'''
<div class="hd">上海档案信息网</div>
{nav(["首页","档案工作","馆藏精品","展览展示","档案查阅","档案文化","政务公开"])}
<div class="w"><div class="crumb">首页 → 档案文化 → 展览资讯</div>
<h2>“上海老字号档案文献展”在外滩馆开展</h2>
<p class="m">作者：热依拉·买买提　来源：上海市档案馆　日期：2025-06-10　点击：1021</p>
{B}
<div class="fig"><img src="data:," alt="展览现场" width="600" height="1"><p class="cap">展览现场（摄影：丁  一）</p></div>
<p>【<a href="#">打印</a>】【<a href="#">关闭</a>】</p></div>
<div class="foot">上海市档案局（馆） 主办　沪ICP备05019861号　网站标识码：3100000022</div>''')
page('yc-39','institutional 档案馆', '“上海老字号档案文献展”在外滩馆开展', ['热依拉·买买提'], '2025-06-10', b, h39,
     note='minority name with middle dot; photo caption not body')

# ---------- yc-40 商会: 文字/摄影 credits, 秘书处 供稿 ----------
b = L('''
6月7日，上海市河南商会第四届会员大会暨换届选举大会在上海举行。来自餐饮、建筑、物流、新能源等行业的会员企业代表300余人参加会议。
大会审议通过了第三届理事会工作报告和财务报告，选举产生了第四届理事会、监事会。在随后召开的第四届理事会第一次会议上，上海豫申建设集团董事长宋建华当选为会长。
宋建华在就职讲话中表示，新一届理事会将着力做好服务会员、助力家乡、融入上海三件事：搭建会员企业合作对接平台，组织会员回乡考察投资，并积极参与上海社区公益活动，展现豫商良好形象。
会上，商会还为新入会的23家企业颁发了会员证书，并启动了“豫沪同行”助学公益基金。
据了解，上海市河南商会成立于2009年，现有会员企业600余家，多年来在助学扶贫、抗洪救灾等方面累计捐款捐物超过5000万元。
''')
def h40(B): return doc('上海市河南商会召开第四届会员大会', '''
.hd{background:#b8860b;color:#fff;font-size:22px;padding:12px 20px}.w{width:900px;margin:auto}.w h1{font-size:22px;text-align:center}
.m{font-size:12px;color:#888;text-align:center}.foot{font-size:12px;text-align:center;background:#faf3e0}''', f'''
<div class="hd">上海市河南商会 <small>Henan Chamber of Commerce in Shanghai</small></div>
<div><a href="#">入会申请</a> <a href="#">会员登录</a></div>
{nav(["首页","商会概况","商会动态","会员风采","政策资讯","公益慈善","联系我们"])}
<div class="w"><div class="crumb">首页 &gt; 商会动态</div>
<h1>上海市河南商会召开第四届会员大会</h1>
<p class="m">[2025-06-08]　来源：商会秘书处　浏览次数：205</p>
{B}
<p>文字：程  岚　摄影：马  骁</p>
<p>（秘书处 供稿）</p>
<p>扫码分享</p></div>
<div class="foot">上海市河南商会 版权所有 地址：上海市浦东新区东方路 电话：021-58881236　沪ICP备16003344号</div>''')
page('yc-40','institutional 商会', '上海市河南商会召开第四届会员大会', ['程岚'], '[2025-06-08]', b, h40,
     note='文字 credit at end = author; 摄影/供稿 non-authors')
