from common import *

# ---------- yc-01 合肥 蜀山区 管理办法 (信息公开 record table without colons) ----------
b = L('''
各街道办事处、园区管委会，区政府各部门、各直属机构：
《蜀山区社区公益性岗位管理办法》已经区政府第48次常务会议研究通过，现印发给你们，请认真贯彻执行。
蜀山区人民政府办公室
2025年3月12日
（此件公开发布）
''')
b += [('p','text-align:center;font-weight:bold','蜀山区社区公益性岗位管理办法'), ('h','第一章　总则')]
b += L('''
第一条　为规范社区公益性岗位的开发和管理，发挥公益性岗位托底安置作用，帮助就业困难人员实现就业，根据《安徽省就业促进条例》和合肥市有关规定，结合本区实际，制定本办法。
第二条　本办法所称社区公益性岗位，是指由政府出资扶持或社会筹集资金开发，在街道、社区从事公共管理和公益性服务，以安置就业困难人员为主的非营利性岗位。
第三条　区人力资源和社会保障局负责全区社区公益性岗位的统筹管理；区财政局负责岗位补贴资金的保障和监督；各街道办事处、园区管委会负责辖区内岗位的开发、人员招用和日常管理。
''')
b += [('h','第二章　岗位开发')]
b += L('''
第四条　岗位开发坚持“按需设岗、以岗定人、总量控制、动态调整”的原则。全区社区公益性岗位总量原则上不超过上年末辖区登记就业困难人员数的30%。
第五条　可开发的岗位包括：社区治安协管、环境卫生保洁、绿化养护、养老助残服务、劳动保障协理以及经区人社局认定的其他公益性服务岗位。
''')
b += [('h','第三章　人员管理')]
b += L('''
第六条　招用对象为具有本区户籍或持有本区居住证满一年的就业困难人员，优先安置零就业家庭成员、低保家庭成员和残疾人。
第七条　用人单位应当与招用人员签订劳动合同或劳务协议，合同期限最长不超过3年。距法定退休年龄不足5年的人员，可延长至法定退休年龄。
第八条　用人单位应建立考勤和考核制度，每季度将在岗人员花名册报所在街道劳动保障事务所备案。对无故连续旷工超过5日或考核不合格的，按规定解除劳动关系。
''')
b += [('h','第四章　附则')]
b += L('''
第九条　本办法由区人力资源和社会保障局负责解释。
第十条　本办法自2025年4月15日起施行，有效期5年。原《蜀山区社区公益性岗位开发管理暂行办法》（蜀政办〔2019〕14号）同时废止。
''')
def h01(B): return doc('蜀山区人民政府办公室关于印发《蜀山区社区公益性岗位管理办法》的通知', '''
.top{background:#f2f2f2;font-size:12px;padding:4px 20px}.top span{margin-right:12px}
.ban{background:#1d5fae;color:#fff;padding:18px 20px;font-size:28px}.nav a{display:inline-block;padding:8px 14px;color:#fff;background:#174e91}
.rec{width:900px;margin:10px auto;border-collapse:collapse;font-size:13px}.rec td{border:1px solid #ccd;padding:4px 8px}.rec th{background:#eef;border:1px solid #ccd}
.art{width:900px;margin:auto}.art h1{text-align:center;font-size:22px}.sub{text-align:center}
.foot{background:#eee;text-align:center;font-size:12px;padding:10px}''', f'''
<div class="top"><span>2025年3月14日 星期五</span><a href="#">无障碍</a> <a href="#">长者模式</a> <a href="#">繁體</a> <a href="#">English</a> <a href="#">个人登录</a> <a href="#">法人登录</a></div>
<div class="ban">合肥市蜀山区人民政府<br><small>www.shushan.gov.cn</small></div>
{search("请输入您要搜索的内容")}
{nav(["首页","走进蜀山","政务公开","政务服务","互动交流","专题专栏"])}
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政府信息公开目录</a> &gt; <a href="#">区政府办公室</a> &gt; <a href="#">规范性文件</a></div>
<table class="rec">
<tr><th>索引号</th><td>003186410/202503-00021</td><th>信息分类</th><td>规范性文件</td></tr>
<tr><th>发文机关</th><td>蜀山区人民政府办公室</td><th>成文日期</th><td>2025-03-12</td></tr>
<tr><th>标题</th><td colspan="3">蜀山区人民政府办公室关于印发《蜀山区社区公益性岗位管理办法》的通知</td></tr>
<tr><th>文号</th><td>蜀政办〔2025〕6号</td><th>发布日期</th><td>2025-03-14</td></tr>
<tr><th>有效性</th><td colspan="3">有效</td></tr></table>
<div class="art"><h1>蜀山区人民政府办公室关于印发《蜀山区社区公益性岗位管理办法》的通知</h1>
<div class="sub">蜀政办〔2025〕6号</div>
{B}
<p><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a> <a href="#">【收藏】</a></p>
<p>相关解读：<a href="#">图解：一图读懂《蜀山区社区公益性岗位管理办法》</a></p>
<p>扫一扫在手机打开当前页</p></div>
{govfoot("合肥市蜀山区人民政府办公室","3401040001","皖ICP备05002198号-1","皖公网安备 34010402701288号","承办：蜀山区数据资源局")}''')
page('yc-01','gov-doc 管理办法',
     '蜀山区人民政府办公室关于印发《蜀山区社区公益性岗位管理办法》的通知', [], '2025-03-14', b, h01,
     note='record table without colons; 文号 line under headline not body')

# ---------- yc-02 郑州 金水区教育局 通知 附件1/附件2 抄送 (2010s table layout) ----------
b = L('''
各街道办事处教育办，区属各中小学、幼儿园，各民办学校：
为深入贯彻落实省、市关于预防中小学生溺水工作的部署要求，切实保障广大学生暑假期间生命安全，区教育局决定在全区开展2025年暑期中小学生防溺水专项行动。现将有关事项通知如下：
一、工作目标
以“六不两会”为重点，教育引导学生牢固树立安全意识，全面排查学校周边和学生家庭居住地附近水域隐患，做到隐患见底、责任到人，确保暑期不发生学生溺亡事故。
二、重点任务
（一）开展一次集中教育。各学校要在放假前利用班会、家长会、“致家长的一封信”等形式，对全体学生和家长进行一次防溺水专题教育，确保覆盖率达到100%。
（二）组织一次隐患排查。各学校会同属地街道、社区，对辖区内坑塘、河渠、水库及在建工地积水坑进行拉网式排查，填写隐患排查表，并督促有关单位设置警示标志和防护设施。
（三）落实一轮家访联系。班主任要在假期内至少完成两次电话家访，重点关注留守儿童、单亲家庭学生和寄宿制学生，及时提醒家长履行监护责任。
三、工作要求
各单位主要负责同志为防溺水工作第一责任人，要把专项行动列入暑期工作重点，严格执行值班和信息报送制度。发生涉及学生安全的突发情况，须在1小时内报告区教育局安全科。
请各单位于7月5日前将排查情况和承诺书签订情况报送至区教育局安全科，联系人：韩晓东，联系电话：0371-65990217。
附件1：金水区2025年暑期防溺水重点水域隐患排查表
附件2：金水区中小学生防溺水安全承诺书（样表）
金水区教育局
2025年6月20日
抄送：区政府办公室，区应急管理局，区水利局，区公安分局。
''')
def h02(B): return doc('关于开展2025年暑期中小学生防溺水专项行动的通知', '''
table.lay{width:980px;margin:auto;border-collapse:collapse}.hd{background:#b00;color:#fff;font-size:26px;padding:14px}
.menu td{background:#c33;padding:6px}.menu a{color:#fff}.tt{font-size:20px;font-weight:bold;text-align:center;padding:14px}
.inf{text-align:center;font-size:12px;color:#666;border-bottom:1px dashed #999}.foot{text-align:center;font-size:12px}''', f'''
<table class="lay"><tr><td class="hd">金水区教育信息网</td><td>{search("站内搜索","搜 索")}</td></tr>
<tr class="menu"><td colspan="2"><a href="#">网站首页</a> | <a href="#">教育新闻</a> | <a href="#">通知公告</a> | <a href="#">政策法规</a> | <a href="#">招生考试</a> | <a href="#">德育工作</a> | <a href="#">安全教育</a> | <a href="#">下载中心</a></td></tr>
<tr><td colspan="2">您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">通知公告</a> &gt;&gt; 正文</td></tr>
<tr><td colspan="2" class="tt">关于开展2025年暑期中小学生防溺水专项行动的通知</td></tr>
<tr><td colspan="2" style="text-align:center">金教〔2025〕41号</td></tr>
<tr><td colspan="2" class="inf">发布时间：2025/6/20 16:35:08　　信息来源：区教育局安全科　　浏览次数：1203　　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】【<a href="#">打印</a>】【<a href="#">关闭</a>】</td></tr>
<tr><td colspan="2">{B}</td></tr>
<tr><td colspan="2">附件下载：<a href="#">附件1.金水区2025年暑期防溺水重点水域隐患排查表.xls</a><br><a href="#">附件2.金水区中小学生防溺水安全承诺书（样表）.doc</a></td></tr>
<tr><td colspan="2">上一篇：<a href="#">关于做好2025年中招体育考试成绩复核工作的通知</a><br>下一篇：<a href="#">金水区2025年义务教育阶段学校招生工作实施方案</a></td></tr>
<tr><td colspan="2" class="foot">版权所有：郑州市金水区教育局　地址：郑州市金水区经三路68号　电话：0371-65990100<br>豫ICP备10021876号　豫公网安备 41010502003411号　技术支持：金水区教育信息化中心</td></tr></table>''')
page('yc-02','gov-doc 通知', '关于开展2025年暑期中小学生防溺水专项行动的通知', [], '2025/6/20 16:35:08', b, h02,
     note='2010s table layout; 抄送 line is body')

# ---------- yc-03 济南 历城区 交通运输局 公告 with table ----------
b = L('''
因济南市历城区雨污分流改造工程（二期）施工需要，经研究，决定对华山街道以下路段实施临时封闭施工。现将有关事项公告如下：
一、封闭路段及时间
''')
b += [['序号','路段名称','起止点','封闭时间','绕行建议'],
      ['1','华山北路','华山路口至卧牛山路口','2024年9月10日至10月20日','经华龙路绕行'],
      ['2','卧牛山路','华山北路口至大辛河西岸','2024年9月15日至10月31日','经二环东路、工业北路绕行'],
      ['3','华信路（北段）','华山北路口至华信路小区北门','2024年9月20日至11月5日','经华山北路、华龙路绕行']]
b += L('''
二、通行管理
封闭期间，上述路段禁止一切机动车、非机动车通行，沿线居民、商户车辆可凭通行证由施工单位指定的临时出入口进出。公交线路临时调整情况由济南公交另行公布。
三、其他事项
请过往车辆和行人提前规划出行路线，服从现场交通指挥人员管理。因施工给市民出行带来的不便，敬请谅解。咨询电话：0531-88161752。
特此公告。
济南市历城区交通运输局
济南市公安局历城区分局
2024年9月2日
''')
def h03(B): return doc('关于华山街道部分路段临时封闭施工的公告', '''
.tb{position:sticky;top:0;background:#003f88;color:#fff;font-size:13px;padding:5px 30px}.tb a{color:#fff;margin-left:10px}
.ban{padding:20px 30px;font-size:26px;color:#003f88}.nav a{margin:0 16px}
.main{width:1000px;margin:auto}.main h1{font-size:24px;text-align:center;color:#222}.info{text-align:center;color:#777;font-size:13px}
.dt td{border:1px solid #888}.share{text-align:right}.foot{background:#003f88;color:#dde;font-size:12px;padding:14px;text-align:center}''', f'''
<div class="tb">欢迎访问济南市历城区人民政府网站！<a href="#">无障碍浏览</a><a href="#">长者模式</a><a href="#">智能问答</a><a href="#">登录</a> <a href="#">注册</a></div>
<div class="ban">济南市历城区人民政府　<small>泉城东大门 魅力新历城</small></div>
{search("请输入关键词，如：社保、公积金、不动产登记")}
{nav(["首页","走进历城","新闻中心","政务公开","政务服务","互动交流","优化营商环境"])}
<div class="main"><div class="crumb">您当前所在位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">通知公告</a></div>
<h1>关于华山街道部分路段临时封闭施工的公告</h1>
<div class="info">发布日期：2024-09-03 10:15　信息来源：区交通运输局　阅读次数：4127　字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
{B}
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a>　<span>扫码分享</span></div>
<p><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></p>
<h3>相关阅读</h3>{ul(["历城区2024年城市道路建设项目计划公示","关于工业北路（二环东路—奥体中路）交通组织调整的通告","华山片区公交线路优化调整方案征求意见"])}
</div>
{govfoot("济南市历城区人民政府办公室","3701120005","鲁ICP备05043311号","鲁公网安备 37011202000231号")}''')
page('yc-03','gov-doc 公告+table', '关于华山街道部分路段临时封闭施工的公告', [], '2024-09-03 10:15', b, h03,
     note='table rows as paragraphs; two signing bodies')

# ---------- yc-04 上海 浦东 人大 ----------
b = L('''
6月3日上午，浦东新区第七届人民代表大会常务委员会第二十六次会议举行。区人大常委会主任陈卫东主持会议，副主任顾兰英、吴建平、沈晓峰、朱丽华及委员共38人出席会议。
会议听取并审议了区政府关于2024年区级决算草案和2025年1至4月预算执行情况的报告，审查批准了浦东新区2024年区级决算。会议指出，区政府和各部门要坚持过紧日子，严格执行人大批准的预算，进一步加强绩效管理，提高财政资金使用效益。
会议听取了区人大常委会执法检查组关于检查《上海市生活垃圾管理条例》贯彻实施情况的报告。组成人员认为，近年来浦东垃圾分类实效持续巩固，居民区达标率保持在95%以上，但也存在部分老旧小区设施陈旧、商业街区混投现象反弹等问题，建议完善长效管理机制，压实物业企业和商户主体责任。
会议还审议通过了有关人事任免事项。副区长王志敏、区监察委员会主任孙立伟，区法院院长、区检察院检察长，区人大常委会副秘书长和各工作委员会负责同志列席会议。
''')
def h04(B): return doc('区七届人大常委会举行第二十六次会议', '''
.hd{background:linear-gradient(#c1121f,#8d0b14);color:#ffe;padding:16px 40px;font-size:30px}
.bar{font-size:12px;text-align:right;padding:3px 40px}.nav{background:#8d0b14}.nav a{color:#fff;display:inline-block;padding:8px 18px}
.w{width:960px;margin:auto}.w h2{font-size:25px;text-align:center}.meta{color:#555;font-size:13px;text-align:center}
.foot{border-top:3px solid #c1121f;text-align:center;font-size:12px;padding:10px}''', f'''
<div class="bar"><a href="#">长者模式</a> | <a href="#">无障碍</a> | <a href="#">设为首页</a></div>
<div class="hd">浦东人大<br><small>上海市浦东新区人民代表大会常务委员会</small></div>
{nav(["首页","人大要闻","常委会工作","代表工作","监督工作","立法工作","街镇人大","专题专栏"])}
<div class="w"><div class="crumb"><a href="#">首页</a> → <a href="#">人大要闻</a> → <a href="#">常委会会议</a></div>
<h2>区七届人大常委会举行第二十六次会议</h2>
<div class="meta">2025年6月3日 星期二　　来源：区人大常委会办公室　　<a href="#">【大】</a><a href="#">【中】</a><a href="#">【小】</a></div>
{B}
<p style="text-align:right">（区人大常委会办公室 供稿　摄影：钱海波）</p>
<div>上一篇：<a href="#">区人大常委会开展“家门口”代表联络站建设专题调研</a><br>下一篇：<a href="#">陆家嘴街道人大工委召开代表履职座谈会</a></div>
</div>
<div class="foot">上海市浦东新区人大常委会办公室 版权所有　地址：浦东新区世纪大道2001号<br>沪ICP备09052117号-2　沪公网安备31011502005563号</div>''')
page('yc-04','gov 人大', '区七届人大常委会举行第二十六次会议', [], '2025年6月3日 星期二', b, h04,
     note='several leaders named; 供稿/摄影 non-authors')

# ---------- yc-05 芜湖 鸠江区 统计公报 ----------
b = L('''
2024年，面对复杂严峻的外部环境，全区上下坚持稳中求进工作总基调，扎实推动高质量发展，经济运行总体平稳、稳中有进。
一、综合
初步核算，全年地区生产总值（GDP）812.6亿元，按不变价格计算，比上年增长6.3%。其中，第一产业增加值16.8亿元，增长3.1%；第二产业增加值436.2亿元，增长7.4%；第三产业增加值359.6亿元，增长5.2%。三次产业结构调整为2.1:53.7:44.2。
年末全区常住人口58.3万人，比上年末增加0.9万人。全年城镇新增就业9826人，城镇登记失业率控制在3%以内。
二、农业
全年粮食播种面积21.4万亩，粮食总产量9.7万吨，比上年增长1.8%。蔬菜产量18.2万吨，增长4.6%；水产品产量1.9万吨，增长2.2%。
三、工业和建筑业
全年规模以上工业增加值比上年增长9.1%。分经济类型看，国有控股企业增长5.6%，民营企业增长10.4%。新能源汽车、机器人及智能装备等战略性新兴产业产值增长18.7%，占规模以上工业产值比重达46.3%。
''')
b += [['产品名称','单位','产量','比上年增长（%）'],['汽车','万辆','31.5','12.8'],['工业机器人','台','8960','24.1'],['锂离子电池','万只','2140','6.5']]
b += L('''
四、固定资产投资
全年固定资产投资比上年增长4.8%。其中，工业投资增长11.2%，基础设施投资下降2.3%，房地产开发投资下降8.9%。
五、国内贸易
全年社会消费品零售总额172.4亿元，比上年增长5.6%。其中，限额以上单位网上零售额增长21.3%。
注释：1.本公报中数据均为初步统计数。2.地区生产总值、各产业增加值绝对数按现价计算，增长速度按不变价格计算。3.部分数据因四舍五入的原因，存在总计与分项合计不等的情况。
芜湖市鸠江区统计局
2025年4月18日
''')
def h05(B): return doc('2024年鸠江区国民经济和社会发展统计公报', '''
.hd{background:#0a5c9e;color:#fff;padding:14px 30px;font-size:24px}.nav a{padding:6px 12px;display:inline-block}
.gk{margin:10px 30px;font-size:13px;background:#f6f8fb;border:1px solid #dde;padding:8px}.gk span{display:inline-block;width:45%}
.ct{margin:0 30px}.ct h1{text-align:center;font-size:22px}.dt td{border:1px solid #666}.foot{font-size:12px;text-align:center;background:#eee}''', f'''
<div class="hd">芜湖市鸠江区人民政府 <small>政府信息公开</small></div>
{nav(["首页","政务公开","政务服务","互动交流","走进鸠江"])}
<div class="crumb">当前位置：首页 》 政务公开 》 法定主动公开内容 》 统计信息 》 统计公报</div>
<div class="gk"><span>索引号：11340207003223541K/202504-00009</span><span>信息分类：统计信息</span>
<span>发布机构：鸠江区统计局</span><span>生成日期：2025-04-18</span>
<span>发布日期：2025-04-21</span><span>关键词：统计公报</span>
<span>名称：2024年鸠江区国民经济和社会发展统计公报</span><span>公开方式：主动公开</span></div>
<div class="ct"><h1>2024年鸠江区国民经济和社会发展统计公报</h1>
<p style="text-align:center">字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>　<a href="#">打印</a>　<a href="#">关闭</a>　浏览次数：2311</p>
{B}
<p>附件：<a href="#">2024年鸠江区统计公报（图表版）.pdf</a></p>
<p>扫一扫在手机打开当前页</p></div>
{govfoot("芜湖市鸠江区人民政府办公室","3402070003","皖ICP备05002541号","皖公网安备 34020702000145号")}''')
page('yc-05','gov 统计公报', '2024年鸠江区国民经济和社会发展统计公报', [], '2025-04-21', b, h05,
     note='publish_time = 发布日期 (生成日期 differs)')

# ---------- yc-06 河南 人社厅 负责人答记者问 ----------
b = L('''
近日，省人力资源和社会保障厅印发《河南省职业技能等级认定管理办法》（以下简称《办法》）。省人社厅有关负责人就《办法》出台背景和主要内容回答了记者提问。
问：《办法》出台的背景是什么？
答：职业技能等级认定是技能人才评价的重要方式。“人人持证、技能河南”建设实施以来，我省共有1300余家用人单位和社会培训评价组织开展认定工作，累计发放职业技能等级证书860余万张。但在实践中也出现了部分机构考评不规范、证书质量不高等问题。为此，我们在深入调研、广泛征求意见的基础上制定了《办法》。
问：哪些机构可以开展职业技能等级认定？
答：《办法》明确，符合条件的用人单位可对本单位职工自主开展认定；社会培训评价组织须经备案、公示后，在备案的职业（工种）和等级范围内开展认定。所有机构都要纳入全省技能人才评价信息化管理平台，实行目录清单管理。
问：《办法》在加强质量监管方面有哪些措施？
答：主要有三方面：一是推行考评人员持证上岗和轮换制度，同一考评人员连续参与同一机构考评不得超过3次；二是实行考务全过程视频监控，影像资料保存期不少于5年；三是建立“红黄牌”退出机制，对弄虚作假、乱收费的机构，取消其认定资格并向社会公布。
问：劳动者如何查询证书真伪？
答：劳动者可登录河南省人力资源和社会保障厅官网或“河南社保”APP，输入证书编号和本人身份证号码进行查询。查询结果与全国技能人才评价证书查询系统同步。
''')
def h06(B): return doc('省人社厅负责人就《河南省职业技能等级认定管理办法》答记者问', '''
.t{background:#e6eef8;font-size:12px;padding:4px 24px}.lg{font-size:26px;color:#0b4ea2;padding:14px 24px}
.nav{background:#0b4ea2}.nav a{color:#fff;padding:8px 15px;display:inline-block}
.box{width:1000px;margin:auto;border:1px solid #cfd8e6;padding:20px}.box h1{font-size:23px;text-align:center;line-height:1.6}
.bar{font-size:13px;color:#666;text-align:center;border-bottom:1px solid #ddd;padding-bottom:6px}
.foot{font-size:12px;color:#666;text-align:center;padding:10px}''', f'''
<div class="t">您好，欢迎访问河南省人力资源和社会保障厅网站　<a href="#">长者模式</a>　<a href="#">无障碍</a>　<a href="#">繁体版</a>　<a href="#">登录</a>｜<a href="#">注册</a></div>
<div class="lg">河南省人力资源和社会保障厅</div>
{search("搜索政策、办事、新闻")}
{nav(["首页","机构概况","新闻动态","政务公开","政策法规","网上办事","互动交流"])}
<div class="box"><div class="crumb">您的位置：<a href="#">首页</a> → <a href="#">政策法规</a> → <a href="#">政策解读</a></div>
<h1>省人社厅负责人就《河南省职业技能等级认定管理办法》答记者问</h1>
<div class="bar">来源：河南省人力资源和社会保障厅 | 发布时间：2024-11-08 | 阅读：2984次 | <a href="#">【打印】</a></div>
{B}
<p>相关文件：<a href="#">河南省人力资源和社会保障厅关于印发《河南省职业技能等级认定管理办法》的通知</a></p>
</div>
<div class="foot">主办：河南省人力资源和社会保障厅　地址：郑州市郑东新区民生路1号<br>网站标识码：4100000046　豫ICP备05004291号-1　豫公网安备 41010402002219号</div>''')
page('yc-06','gov 政策解读 答记者问', '省人社厅负责人就《河南省职业技能等级认定管理办法》答记者问', [], '2024-11-08', b, h06,
     note='问/答 paragraphs')

# ---------- yc-07 南通 海门区 招聘公告 (two-line headline, 点击数 glued) ----------
b = L('''
根据《事业单位人事管理条例》和江苏省、南通市有关规定，经研究，海门区卫生健康系统部分事业单位决定面向社会公开招聘备案制工作人员42名。现将有关事项公告如下：
一、招聘岗位
1.海门区人民医院：临床医生8名、医学影像诊断医生2名、护理4名；
2.海门区中医院：中医内科医生3名、针灸推拿医生2名、药剂2名；
3.海门区妇幼保健院：儿科医生3名、助产士2名；
4.海门区疾病预防控制中心：公共卫生医师2名、检验技师2名；
5.海门区各镇（街道）社区卫生服务中心：全科医生8名、康复治疗师4名。
具体岗位要求详见附件。
二、报名条件
（一）具有中华人民共和国国籍，遵守宪法和法律，具有良好的品行和职业道德；（二）具备岗位要求的学历、专业及资格条件；（三）年龄一般在35周岁以下（1989年2月26日以后出生），具有中级及以上职称的放宽至40周岁。
三、报名方式
报名采取网上报名方式。报名时间：2025年3月3日9:00至3月7日16:00。报名网址：海门区人力资源和社会保障局网站“人事考试”专栏。
四、考试安排
考试分笔试和面试，笔试成绩占40%，面试成绩占60%。笔试时间、地点另行通知。
咨询电话：0513-82216645（工作日8:30—17:00）
附件：海门区2025年卫生健康系统公开招聘备案制工作人员岗位简介表
南通市海门区卫生健康委员会
2025年2月26日
''')
def h07(B): return doc('海门区卫生健康系统2025年公开招聘备案制工作人员公告', '''
.hd{background:#fff;border-bottom:4px solid #1a7f64;padding:10px 30px;font-size:24px;color:#1a7f64}
.nav a{padding:7px 13px;display:inline-block;background:#1a7f64;color:#fff;margin:1px}
.c{width:950px;margin:auto}.c h1{font-size:22px;text-align:center}.c h1 span{display:block}
.inf{font-size:13px;color:#888;text-align:center}.fj{border:1px dashed #1a7f64;padding:6px}.foot{text-align:center;font-size:12px;background:#f3f3f3}''', f'''
<div class="hd">南通市海门区人民政府</div>
{nav(["首页","海门概况","政务公开","政民互动","便民服务","投资海门"])}
<div class="c"><div class="crumb">当前位置：<a href="#">首页</a>》<a href="#">政务公开</a>》<a href="#">人事信息</a>》<a href="#">招考录用</a></div>
<h1><span>海门区卫生健康系统2025年</span><span>公开招聘备案制工作人员公告</span></h1>
<div class="inf">发布者：区卫健委　发布时间：2025-02-27 09:00点击数：5832　<a href="#">打印</a> | <a href="#">关闭</a> | <a href="#">返回顶部</a></div>
{B}
<div class="fj">相关附件：<br><a href="#">海门区2025年卫生健康系统公开招聘备案制工作人员岗位简介表.xlsx</a><br><a href="#">报名登记表.docx</a></div>
<p>分享到：微信 微博 QQ</p>
</div>
{govfoot("南通市海门区人民政府办公室","3206840005","苏ICP备05087742号","苏公网安备32068402000116号")}''')
page('yc-07','gov 招聘公告', '海门区卫生健康系统2025年公开招聘备案制工作人员公告', [], '2025-02-27 09:00', b, h07,
     note='headline printed in two lines; 点击数 glued to the date')

# ---------- yc-08 临沂 兰山区 领导活动 (撰稿 line, spaced name) ----------
b = L('''
7月15日，区委书记张宏斌带队调研重点项目建设情况，现场协调解决项目推进中的困难问题。区委副书记、区长魏立强，区委常委、常务副区长梁晓川，副区长许文涛参加调研。
在临沂商城国际物流园二期项目现场，张宏斌详细了解项目建设进度和入驻企业招引情况。他指出，物流是兰山的立区之本，要坚持“商仓流”一体化发展，加快智能分拨中心和冷链仓储设施建设，确保项目年底前投入运营。
在兰山街道老旧小区改造项目，张宏斌走进施工现场和居民家中，察看管网更新、外墙保温和电梯加装情况。他强调，老旧小区改造是民生工程，要充分听取群众意见，合理安排施工时序，严把工程质量和安全关，让群众住得更舒心。
魏立强在调研时要求，各级各部门要强化要素保障，对重点项目实行“一个项目、一名区级领导、一个专班”推进机制，倒排工期、挂图作战，全力冲刺三季度目标任务。
区直有关部门和街道主要负责同志陪同调研。
''')
def h08(B): return doc('张宏斌调研重点项目建设时强调 抢抓施工黄金期 全力冲刺三季度', '''
.stick{position:sticky;top:0;background:#fff;box-shadow:0 1px 4px #aaa;padding:6px 30px;font-size:13px}.stick a{margin-right:10px}
.hd{height:90px;background:#2d6ab4;color:#fff;font-size:28px;padding:20px 30px}.w{width:1000px;margin:auto}
.w h1{font-size:24px;text-align:center}.in{font-size:13px;color:#888;text-align:center}.in span{margin:0 8px}
.foot{background:#234;color:#ccc;font-size:12px;text-align:center;padding:12px}''', f'''
<div class="stick"><a href="#">长者模式</a><a href="#">无障碍</a><a href="#">简</a>|<a href="#">繁</a><a href="#">注册</a><a href="#">登录</a></div>
<div class="hd">临沂市兰山区人民政府</div>
{search("请输入关键字")}
{nav(["首页","走进兰山","新闻中心","政务公开","政务服务","政民互动"])}
<div class="w"><div class="crumb">您当前所在位置：首页 &gt; 新闻中心 &gt; 领导活动</div>
<h1>张宏斌调研重点项目建设时强调 抢抓施工黄金期 全力冲刺三季度</h1>
<div class="in"><span>2024.07.16</span><span>来源：兰山区委办公室</span><span>浏览量：1876</span><span>字号：大 中 小</span></div>
{B}
<p style="text-align:right">撰稿：孙  萌　审核：韩立新</p>
<p>扫一扫在手机打开当前页</p>
<p>上一篇：<a href="#">魏立强主持召开区政府常务会议</a>　下一篇：<a href="#">全区防汛工作视频调度会议召开</a></p></div>
{govfoot("临沂市兰山区人民政府办公室","3713020001","鲁ICP备12031209号","鲁公网安备 37130202000318号")}''')
page('yc-08','gov 领导活动', '张宏斌调研重点项目建设时强调 抢抓施工黄金期 全力冲刺三季度', ['孙萌'], '2024.07.16', b, h08,
     note='closing 撰稿 line with spaced name; 审核 non-author')

# ---------- yc-09 上海 闵行 七宝镇 图片 gallery ----------
b = ['7月下旬以来，七宝老街迎来暑期客流高峰，单日接待游客最高突破6万人次。镇里在老街沿线增设临时休息点、母婴室和饮水点，组织志愿者开展文明引导，让游客在“江南古镇”里游得舒心。镇文旅部门还在老街入口设置了实时客流显示屏，当核心区域人流密度达到预警值时，将采取单向通行、分段限流等措施，确保游客安全。']
b += [('img','七宝老街01','游客在七宝老街北大街品尝汤团和方糕。'),
      ('img','七宝老街02','“小小讲解员”在七宝教寺前为游客介绍古镇历史。'),
      ('img','七宝老街03','志愿者在蒲汇塘桥边为游客指路，并提醒大家注意看管好随身物品。'),
      ('img','七宝老街04','夜幕降临，老街灯笼亮起，吸引不少市民拍照打卡。'),
      ('img','七宝老街05','镇城运中心工作人员通过监控大屏实时查看老街人流密度。'),
      ('img','七宝老街06','七宝皮影戏传承人在老街戏台演出，小朋友们看得津津有味。')]
def h09(B): return doc('图说｜暑期七宝老街人气旺', '''
.hd{background:#fff;padding:10px 20px;border-bottom:2px solid #cc2229}.hd b{font-size:24px;color:#cc2229}
.nav a{margin:0 10px}.g{width:820px;margin:auto}.g h1{font-size:22px}.fig{margin:16px 0;text-align:center}.cap{font-size:14px;color:#444}
.foot{font-size:12px;text-align:center;color:#777}''', f'''
<div class="hd"><b>上海闵行</b>　七宝镇人民政府　<a href="#">English</a> <a href="#">无障碍</a> <a href="#">长者模式</a></div>
{nav(["首页","七宝概况","政务公开","七宝动态","图说七宝","便民服务"])}
<div class="g"><div class="crumb">首页 &gt; 七宝动态 &gt; 图说七宝</div>
<h1>图说｜暑期七宝老街人气旺</h1>
<div>[2024-07-28]　来源：七宝镇　摄影：顾伟强　【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
{B}
<p>【<a href="#">打印</a>】【<a href="#">关闭</a>】</p></div>
<div class="foot">上海市闵行区七宝镇人民政府 主办　网站标识码：3101120014　沪ICP备10201155号-3</div>''')
page('yc-09','gov 图片新闻', '图说｜暑期七宝老街人气旺', [], '[2024-07-28]', b, h09,
     note='gallery: captions carry the story and are body; image alt text is not')

# ---------- yc-10 洛阳 西工区 街道 基层动态 (通讯员 alone, fields glued) ----------
b = L('''
5月20日下午，西工区王城路街道在西下池社区广场举办第三届“邻里节”启动仪式，拉开了为期一个月的系列活动序幕。社区居民、辖区单位职工和志愿者300余人参加。
启动仪式上，社区文艺队表演了豫剧选段《花木兰》、广场舞《幸福中国一起走》等节目。“邻里百家宴”环节，居民们端出自家拿手菜，饺子、烩面、不翻汤摆满长桌，大家边吃边聊，现场其乐融融。
活动现场还设置了义诊、法律咨询、家电维修、磨剪子等12个便民服务摊位，洛阳市第三人民医院的医生为老人测量血压、血糖，律师为居民解答遗产继承、物业纠纷等问题。
据了解，本届“邻里节”还将陆续开展“楼栋议事会”“儿童跳蚤市场”“好邻居评选”等活动，进一步拉近邻里距离，营造和谐社区氛围。
''')
def h10(B): return doc('王城路街道第三届“邻里节”启动', '''
.hd{background:#a31d24;color:#fff;font-size:26px;padding:16px 30px}.nav{background:#eee}.nav a{padding:6px 14px;display:inline-block}
.m{width:980px;margin:auto}.m h2{text-align:center;font-size:22px;color:#a31d24}.i{text-align:center;font-size:12px;color:#666}
.foot{font-size:12px;text-align:center;border-top:1px solid #ccc}''', f'''
<div class="hd">洛阳市西工区人民政府</div>
{nav(["首页","走进西工","政务动态","信息公开","办事服务","互动交流"])}
{search("请输入搜索内容")}
<div class="m"><div class="crumb">首页》政务动态》基层动态</div>
<h2>王城路街道第三届“邻里节”启动</h2>
<div class="i">发布时间：2025-05-21来源：王城路街道办事处字号：<a href="#">大</a><a href="#">中</a><a href="#">小</a></div>
{B}
<p style="text-align:right">（通讯员 马晓丽）</p>
<p>责任编辑：杜鹏</p>
<h4>热点推荐</h4>{ul(["西工区召开2025年城市更新工作推进会","道北路街道开展夏季消防安全培训","金谷园街道“红色物业”服务进小区"])}
</div>
{govfoot("洛阳市西工区人民政府办公室","4103030004","豫ICP备11002356号","豫公网安备 41030302000022号")}''')
page('yc-10','gov 基层动态', '王城路街道第三届“邻里节”启动', ['马晓丽'], '2025-05-21', b, h10,
     note='通讯员 alone after the body; info-bar fields glued without spaces')

# ---------- yc-11 徐州 铜山区 市场监管局 部门动态 (info bar table with tab cells) ----------
b = L('''
为切实防范燃气安全事故，近日，铜山区市场监督管理局组织执法人员在全区范围内开展冬季燃气具质量安全专项检查。
此次检查聚焦燃气灶具、热水器、连接软管和燃气报警器等重点产品，以城乡接合部建材市场、五金店和农村集市为重点区域，严查销售无3C认证标志产品、不符合强制性国家标准产品以及“以次充好”等违法行为。
执法人员现场查阅了经营者的进货台账和产品合格证明，并对12批次产品进行抽样送检。检查中发现2家商户销售的燃气软管未标注生产厂名厂址，执法人员当场责令下架，并依法立案调查。
下一步，该局将联合住建、消防等部门开展餐饮场所燃气安全联合检查，督促经营者落实主体责任，守牢燃气安全底线。同时，该局提醒广大消费者选购燃气具时认准3C标志，连接软管应选用金属波纹管并定期更换。
''')
def h11(B): return doc('铜山区市场监管局开展冬季燃气具质量安全专项检查', '''
.hd{background:url() #0f6ab5;color:#fff;padding:14px 26px;font-size:24px}.nav a{display:inline-block;padding:7px 12px}
.c{width:960px;margin:auto}.c h1{font-size:22px;text-align:center}.ib{margin:auto;font-size:12px;color:#555}.ib td{padding:2px 10px}
.foot{background:#eee;font-size:12px;text-align:center;padding:8px}''', f'''
<div class="hd">徐州市铜山区人民政府 <small>铜山区市场监督管理局</small></div>
{nav(["首页","政务公开","部门动态","办事服务","公众参与"])}
<div class="c"><div class="crumb">当前位置：<a href="#">首页</a>→<a href="#">新闻中心</a>→<a href="#">部门动态</a></div>
<h1>铜山区市场监管局开展冬季燃气具质量安全专项检查</h1>
<table class="ib"><tr><td>来源：区市场监管局</td><td>作者：周  颖</td><td>发布时间：2024-12-10</td><td>浏览次数：318</td><td><a href="#">打印</a></td></tr></table>
{B}
<p>【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</p>
<h4>相关新闻</h4>{ul(["铜山区开展电动自行车质量安全专项整治","区市场监管局召开食品安全“两个责任”推进会"])}</div>
{govfoot("徐州市铜山区人民政府办公室","3203120002","苏ICP备05007633号-1","苏公网安备 32031202000044号")}''')
page('yc-11','gov 部门动态', '铜山区市场监管局开展冬季燃气具质量安全专项检查', ['周颖'], '2024-12-10', b, h11,
     note='info bar as table row (tab cells); spaced name')

# ---------- yc-12 宿州 埇桥区 speech ----------
b = L('''
同志们：
今天召开全区安全生产暨防汛工作会议，主要任务是贯彻落实省、市安全生产和防汛抗旱工作会议精神，分析当前形势，部署下一阶段工作。刚才，区应急局通报了1至4月全区安全生产情况，区水利局对防汛准备工作作了安排，我都同意，请大家抓好落实。下面，我再讲三点意见。
一、清醒认识当前安全生产和防汛形势
今年以来，全区安全生产形势总体平稳，但风险隐患依然不少。道路运输、建筑施工、城镇燃气、危险化学品等重点行业领域事故时有发生，部分企业主体责任落实不到位，个别乡镇街道存在“以会议落实会议”的现象。气象部门预测，今年主汛期我区降水偏多二至三成，出现区域性洪涝的可能性较大，大家务必绷紧安全这根弦。
二、扎实抓好重点领域风险防控
一要深化安全生产治本攻坚。聚焦燃气、消防、交通、建筑施工等领域，逐项建立问题隐患和制度措施“两个清单”，确保6月底前重大事故隐患动态清零。二要做好汛前准备。对全区38座小型水库、217公里堤防逐一落实行政、技术和巡查“三个责任人”，防汛物资6月10日前全部到位。三要加强应急值守。汛期实行24小时领导带班和值班制度，遇有险情第一时间报告、第一时间处置。
三、压紧压实各方责任
各乡镇街道、各部门要严格落实“党政同责、一岗双责、齐抓共管、失职追责”，主要负责同志要亲自研究、亲自部署。区安委会办公室要加强明查暗访，对工作不力、造成严重后果的，严肃追责问责。
同志们，安全生产和防汛工作事关人民群众生命财产安全，来不得半点马虎。让我们以更加务实的作风，守牢安全底线，为全区经济社会发展创造安全稳定的环境！
''')
def h12(B): return doc('在全区安全生产暨防汛工作会议上的讲话', '''
.hd{background:#1b3f8b;color:#fff;font-size:26px;padding:14px 28px}.nav a{padding:7px 14px;display:inline-block}
.w{width:940px;margin:auto}.w h1{text-align:center;font-size:23px}.sp{text-align:center;font-family:serif}
.in{font-size:12px;color:#777;text-align:center}.foot{font-size:12px;text-align:center;background:#f1f1f1}''', f'''
<div class="hd">宿州市埇桥区人民政府</div>
<div><a href="#">无障碍</a> <a href="#">长者模式</a> <a href="#">English</a></div>
{nav(["首页","政务公开","新闻中心","政务服务","互动交流","走进埇桥"])}
<div class="w"><div class="crumb">您当前所在位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">领导讲话</a></div>
<div class="in">发布时间：2025-05-19 15:02　来源：区政府办公室　阅读次数：936</div>
<h1>在全区安全生产暨防汛工作会议上的讲话</h1>
<p class="sp">区委副书记、区长　刘志刚</p>
<p class="sp">（2025年5月16日）</p>
{B}
<p>【<a href="#">打印</a>】【<a href="#">关闭</a>】</p></div>
{govfoot("宿州市埇桥区人民政府办公室","3413020003","皖ICP备13002171号","皖公网安备 34130202000087号")}''')
page('yc-12','gov 讲话', '在全区安全生产暨防汛工作会议上的讲话', ['刘志刚'], '2025-05-19 15:02', b, h12,
     note='speech: author = speaker; info bar above the headline')

# ---------- yc-13 山东 农业农村厅 reprint of 人民日报 ----------
b = L('''
芒种时节，齐鲁大地麦浪翻滚，收割机来回穿梭。截至6月11日，山东已收获小麦3120万亩，占种植面积的78%，麦收进度快于上年同期。
在菏泽市单县徐寨镇，种粮大户王庆丰的800亩小麦正在抢收。“今年春季墒情好，‘一喷三防’打得及时，亩产能到650公斤左右。”王庆丰说，合作社新添了两台带北斗导航的收割机，一天能收400多亩。
为确保颗粒归仓，山东提前调度各类农机45万台，其中联合收割机5.6万台，组织跨区作业队伍2800余支，在主要公路设置农机服务站1200多个，为机手提供免费加油指引、维修和食宿服务。气象部门逐日发布麦收天气预报，引导农民抢抓晴好天气适时收获。
麦收之后紧接着就是夏种。山东省农业农村厅负责人介绍，全省已落实夏玉米种植面积4000万亩以上，将推广玉米单粒精播、种肥同播等技术，力争夏种在6月20日前基本结束。
''')
def h13(B): return doc('山东抢抓晴好天气组织农机跨区作业三千多万亩小麦收获过半', '''
.hd{background:#176b3a;color:#fff;font-size:25px;padding:14px 26px}.nav a{display:inline-block;padding:7px 14px}
.w{width:980px;margin:auto}.w h1{font-size:24px;text-align:center}.w h1 em{display:block;font-style:normal}
.bx{font-size:13px;color:#666;border-bottom:1px solid #ccc;text-align:center}.rd{text-align:center;letter-spacing:1px}
.foot{font-size:12px;text-align:center;padding:10px;background:#eef4ef}''', f'''
<div><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">智能问答</a></div>
<div class="hd">山东省农业农村厅</div>
{search("全站搜索")}
{nav(["首页","机构职能","新闻中心","信息公开","政务服务","互动交流","专题专栏"])}
<div class="w"><div class="crumb">首页 &gt; 新闻中心 &gt; 媒体聚焦</div>
<h1>山东抢抓晴好天气组织农机跨区作业<em>三千多万亩小麦收获过半</em></h1>
<div class="bx">发布日期：2025-06-13　来源：人民日报　字号：[大 中 小]</div>
<p class="rd">本报记者　李　蕾　王　沛</p>
{B}
<p>《 人民日报 》（ 2025年06月13日 第 10 版）</p>
<p>【<a href="#">打印本页</a>】 【<a href="#">关闭窗口</a>】</p>
<h4>相关链接</h4>{ul(["全省“三夏”生产工作视频调度会召开","夏玉米种植技术指导意见（2025）"])}</div>
{govfoot("山东省农业农村厅","3700000041","鲁ICP备05049532号-1","鲁公网安备 37010202000611号")}''')
page('yc-13','gov 人民日报 reprint', '山东抢抓晴好天气组织农机跨区作业三千多万亩小麦收获过半', ['李蕾','王沛'], '2025-06-13', b, h13,
     note='headline in two lines (joined without space); 人民日报 记者 names spaced')

# ---------- yc-14 上海 金山 枫泾镇 (2010s table layout, minority name) ----------
b = L('''
6月2日，喀什地区基层干部交流团一行12人来到金山区枫泾镇，就乡村振兴、基层治理和农文旅融合发展开展交流学习。镇党委副书记、镇长沈佳明陪同。
交流团先后走访了中洪村、新义村和枫泾古镇，实地察看了“农民画”创作基地、乡村民宿集群和村级议事厅。在中洪村，村党总支书记向交流团介绍了“村民议事会+乡贤理事会”的治理模式，以及依托农民画IP发展文创产业的经验做法。
座谈会上，双方围绕特色农产品产销对接、乡村旅游线路共建、干部双向挂职等议题进行了深入交流。交流团成员表示，枫泾在党建引领基层治理、盘活乡村资源方面的做法很有借鉴意义，回去后将结合当地实际学习运用。
沈佳明表示，枫泾镇将进一步深化与喀什地区的结对交流，在消费帮扶、人才培训、文化交流等方面加强合作，推动沪喀两地基层交流走深走实。
''')
def h14(B): return doc('枫泾镇接待喀什地区基层干部交流团', '''
table.w{width:960px;margin:auto;border-collapse:collapse}.hd{background:#3a7fc1;color:#fff;font-size:24px;padding:12px}
.mn td{background:#dfe9f5;font-size:13px}.tt{font-size:20px;font-weight:bold;text-align:center;color:#c00}
.if{font-size:12px;text-align:center;color:#666;background:#f7f7f7}.ft{font-size:12px;text-align:center}''', f'''
<table class="w"><tr><td class="hd" colspan="3">上海市金山区枫泾镇人民政府</td></tr>
<tr class="mn"><td><a href="#">首页</a> | <a href="#">枫泾概况</a> | <a href="#">政务公开</a> | <a href="#">镇务动态</a> | <a href="#">招商引资</a> | <a href="#">古镇旅游</a></td><td>2025年6月3日</td><td>{search("关键字","检索")}</td></tr>
<tr><td colspan="3">当前位置：首页 &gt;&gt; 镇务动态 &gt;&gt; 工作动态</td></tr>
<tr><td colspan="3" class="tt">枫泾镇接待喀什地区基层干部交流团</td></tr>
<tr><td colspan="3" class="if">作者：古丽米拉·阿不都热依木　来源：镇党政办　时间：2025.06.03　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】【<a href="#">打印</a>】【<a href="#">关闭</a>】</td></tr>
<tr><td colspan="3">{B}</td></tr>
<tr><td colspan="3">上一条：<a href="#">枫泾镇召开2025年防汛防台工作部署会</a><br>下一条：<a href="#">枫泾镇开展“安全生产月”宣传咨询日活动</a></td></tr>
<tr><td colspan="3" class="ft">版权所有：上海市金山区枫泾镇人民政府　沪ICP备05014470号　网站标识码：3101160021<br>地址：金山区枫泾镇环东一路88号　您是第 <b>1203571</b> 位访问者</td></tr></table>''')
page('yc-14','gov 乡镇动态', '枫泾镇接待喀什地区基层干部交流团', ['古丽米拉·阿不都热依木'], '2025.06.03', b, h14,
     note='2010s table layout; minority name with middle dot in 作者 field')
