# government pages ta-01 .. ta-12 (安徽, 宁夏, 云南, 天津); every page has its own template
from build import e, img

def T01(p, b):  # 2010s table layout, 区县 portal, info bar below title, glued
    return f'''<table width="1000" align="center" class="top"><tr><td>{img("合肥市蜀山区人民政府")}</td><td align="right">
<a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">繁體</a> | <a href="#">English</a></td></tr></table>
<table width="1000" align="center" class="nav"><tr><td><a href="#">首页</a></td><td><a href="#">走进蜀山</a></td><td><a href="#">政务公开</a></td><td><a href="#">政务服务</a></td><td><a href="#">互动交流</a></td><td><input type="text" placeholder="请输入关键字"><button>搜索</button></td></tr></table>
<table width="1000" align="center"><tr><td class="pos">当前位置：<a href="#">首页</a> &gt; <a href="#">新闻动态</a> &gt; <a href="#">区内要闻</a> &gt; 正文</td></tr>
<tr><td align="center"><h1>{e(p["title"])}</h1></td></tr>
<tr><td align="center" class="info">发布时间：2024-05-14 16:32&nbsp;&nbsp;来源：区融媒体中心&nbsp;&nbsp;浏览次数：1286&nbsp;&nbsp;【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>
<tr><td class="content">{b}</td></tr>
<tr><td align="right">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</td></tr></table>
<table width="1000" align="center" class="foot"><tr><td>主办：合肥市蜀山区人民政府办公室　承办：蜀山区数据资源局<br>
地址：合肥市蜀山区长江西路xxx号　联系电话：0551-6558xxxx<br>皖ICP备05012887号-1　皖公网安备 34010402700183号　网站标识码：3401040009</td></tr></table>'''

P01 = dict(id="ta-01", kind="government", tpl=T01, title="蜀山区召开2024年安全生产暨防汛工作部署会",
  authors=["周  明".replace("  ", "")], date="2024-05-14 16:32", pmode="p", indent=True,
  css="body{font:14px SimSun} .nav td{background:#1d5fa8;color:#fff;padding:4px} h1{font-size:22px;color:#b00} .info{color:#666;border-bottom:1px dashed #ccc} .foot{background:#eee;font-size:12px;text-align:center}",
  body=[("p", "5月13日下午，蜀山区召开2024年安全生产暨防汛工作部署会，总结前一阶段安全生产工作，分析当前形势，部署汛期各项重点任务。区委常委、常务副区长许卫东出席会议并讲话。"),
        ("p", "会议指出，今年以来全区安全生产形势总体平稳，但部分领域隐患依然突出，特别是老旧小区燃气管道、电动自行车集中充电和在建工地深基坑等问题需要持续关注。各街道、各部门要坚持问题导向，把隐患排查整治往深里做、往实里做。"),
        ("p", "会议强调，入汛在即，各单位要立足防大汛、抗大洪，提前修订完善应急预案，落实24小时值班值守制度，对城区易涝点、下穿通道、地下车库逐一明确责任人，储备好抽排设备和防汛物资，确保一旦发生险情能够拉得出、冲得上、打得赢。"),
        ("p", "会上，区应急管理局通报了一季度安全生产检查情况，区城管局、区住建局分别就防汛排涝和建筑施工安全作了交流发言。（周明）"),
        ("x", '<p class="ed" align="right">责任编辑：陈雨</p>')])

def T02(p, b):  # 2025 responsive, 宁夏 department, info bar above title, spaced spans
    return f'''<header class="hd"><div class="tools"><span>您好，欢迎访问宁夏回族自治区农业农村厅！</span><a href="#">无障碍浏览</a><a href="#">关怀版</a><a href="#">登录</a></div>
<div class="logo">{img("宁夏回族自治区农业农村厅")}<form><input placeholder="搜索本站内容"><button>搜索</button></form></div>
<nav><a href="#">首页</a><a href="#">机构概况</a><a href="#">政务公开</a><a href="#">农业农村动态</a><a href="#">政策文件</a><a href="#">办事服务</a><a href="#">互动交流</a></nav></header>
<div class="crumb">首页 / 政务公开 / 政策文件 / 通知公告</div>
<main><div class="meta"><span>文章来源：宁夏回族自治区农业农村厅</span> <span>发布日期：2025年03月07日</span> <span>阅读量：3,471</span></div>
<h1>{e(p["title"])}</h1><div class="wh">宁农（种）发〔2025〕6号</div>
<article>{b}</article>
<div class="att">附件：<a href="#">2025年春播农资价格监测点名单.xlsx</a></div>
<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>
<div class="pn"><p>上一篇：<a href="#">关于公布2024年度自治区级示范家庭农场名单的通知</a></p><p>下一篇：<a href="#">全区农业农村工作会议在银川召开</a></p></div></main>
<footer><p>主办单位：宁夏回族自治区农业农村厅　地址：银川市金凤区新昌东路xxx号　邮编：750002</p>
<p>宁ICP备09001731号　<span>宁公网安备 64010602000271号</span>　网站标识码：6400000020</p><p>{img("扫一扫在手机打开当前页")}扫一扫在手机打开当前页</p></footer>'''

P02 = dict(id="ta-02", kind="government", tpl=T02, title="关于做好2025年春季农业生产资料供应保障工作的通知",
  authors=[], date="2025年03月07日", pmode="div",
  css="body{margin:0;font-family:sans-serif} nav{display:flex;gap:20px;background:#0a6e3c;padding:10px} nav a{color:#fff} .meta span{margin-right:18px;color:#888} h1{text-align:center} .wh{text-align:center} footer{background:#0a6e3c;color:#dfe}",
  body=[("p", "各市、县（区）农业农村局，宁东管委会农业农村部门："),
        ("p", "为切实做好今年春耕备耕期间种子、化肥、农药、农膜等农业生产资料的供应保障，稳定农资市场价格，确保不误农时，现就有关事项通知如下。"),
        ("h", "一、摸清需求底数"),
        ("p", "各地要在3月20日前完成辖区内主要农资需求和库存情况调查，重点掌握玉米、马铃薯、枸杞等主导产业的用种用肥需求，建立供需台账，对可能出现的缺口提前对接生产企业和流通企业。"),
        ("h", "二、强化市场监管"),
        ("p", "联合市场监管、公安等部门开展农资打假专项行动，对经营门店、电商平台和集贸市场开展拉网式检查，严厉查处制售假劣农资行为，对查实的案件及时公开曝光。"),
        ("h", "三、做好监测报送"),
        ("p", "各地确定的价格监测点要每周三向自治区农业农村厅种植业管理处报送价格数据，遇价格异常波动及时报告。联系人：马晓燕，电话：0951-5061xxx。"),
        ("p", "宁夏回族自治区农业农村厅"),
        ("p", "2025年3月6日")])

def T03(p, b):  # 云南 county portal, 2018 div layout, info bar under title with 【】 groups
    return f'''<div class="topbar"><span>今天是：2023年10月19日 星期四</span> <a href="#">设为首页</a> <a href="#">加入收藏</a> <a href="#">无障碍</a></div>
<div class="banner">{img("弥勒市人民政府门户网站")}</div>
<ul class="menu"><li>首页</li><li>魅力弥勒</li><li>新闻中心</li><li>信息公开</li><li>网上办事</li><li>公众参与</li></ul>
<div class="loc">您现在的位置：<a href="#">首页</a>&gt;&gt;<a href="#">新闻中心</a>&gt;&gt;<a href="#">乡镇动态</a></div>
<div class="wrap"><h2 class="tt">{e(p["title"])}</h2>
<div class="ly">【发布单位：东风韵镇】【作者：李  兰　普  华】【发布时间：2023-10-19】【阅读：<span>562</span>次】【<a>字体：大 中 小</a>】</div>
<div class="ct">{b}</div><div class="bt"><a href="#">【打印此页】</a> <a href="#">【关闭窗口】</a></div></div>
<div class="xg"><h4>相关新闻</h4><ul><li>东风韵镇召开烤烟收购工作推进会</li><li>弥勒市2023年秋季学期学生资助政策宣传</li></ul></div>
<div class="ft">版权所有：弥勒市人民政府办公室　技术支持：弥勒市融媒体中心<br>滇ICP备12004371号　滇公网安备53250402000xx号　网站标识码：5325040001</div>'''

P03 = dict(id="ta-03", kind="government", tpl=T03, title="东风韵镇：小葡萄串起乡村振兴“甜蜜链”",
  authors=["李兰", "普华"], date="2023-10-19", pmode="br", indent=True,
  css=".menu li{display:inline-block;padding:6px 14px;background:#c21} .tt{text-align:center;color:#c21} .ly{text-align:center;font-size:12px;color:#777} .ft{text-align:center;border-top:3px solid #c21}",
  body=[("p", "金秋十月，走进弥勒市东风韵镇万亩葡萄基地，一串串紫红色的葡萄挂满枝头，果农们正忙着采摘、分拣、装箱，田间地头一派丰收景象。"),
        ("img", "果农在基地采摘葡萄", "图为果农在基地采摘葡萄（普华 摄）"),
        ("p", "近年来，东风韵镇坚持把葡萄产业作为富民强镇的主导产业，通过“党支部+合作社+农户”的模式，统一技术标准、统一品牌销售，全镇葡萄种植面积达到2.6万亩，年产值超过4亿元。"),
        ("p", "“以前自己种，卖不上价，现在合作社统一收购，每公斤比以前多卖两三块钱。”种植户张国富一边剪果一边算起了增收账，他家今年的12亩葡萄预计能收入20多万元。"),
        ("p", "为延伸产业链，镇里还引进了两家葡萄酒庄和一家冷链物流企业，带动周边800余名群众就近务工。下一步，东风韵镇将围绕“种、加、游”一体化发展，推动葡萄产业与乡村旅游深度融合，让小葡萄真正成为群众增收致富的“金果果”。")])

def T04(p, b):  # 天津 district, 2021 design, left column + article, info bar glued with spaces
    return f'''<div class="util"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">智能问答</a><a href="#">移动版</a></div>
<div class="head">{img("天津市西青区人民政府")}<div class="s"><input type="text" placeholder="请输入搜索内容"><span>搜索</span></div></div>
<div class="mn"><a>首页</a><a>西青概况</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>数据开放</a></div>
<div class="row"><aside><h3>政务要闻</h3><ul><li>区委动态</li><li>政府动态</li><li>部门动态</li><li>街镇动态</li></ul></aside>
<section><div class="bc">当前位置：首页 &gt; 政务公开 &gt; 政务要闻 &gt; 政府动态</div>
<h1>{e(p["title"])}</h1>
<div class="inf">来源：西青区政府办 时间：2024-11-26 09:15:08 <span class="fs">字号：<a>大</a><a>中</a><a>小</a></span> <a>打印</a></div>
<div class="art">{b}</div>
<div class="pv">上一条：<a>西青区开展冬季供热服务质量检查</a><br>下一条：<a>区政府党组召开理论学习中心组学习会议</a></div></section></div>
<div class="foot"><div class="lk">政府网站：<select><option>国务院部门网站</option></select> <select><option>天津市各区政府网站</option></select></div>
<p>天津市西青区人民政府办公室主办　天津市西青区政务服务办公室承办</p><p>津ICP备05004318号-1　津公网安备 12011102000xxx号　网站标识码：1201110002</p>
<p>{img("政府网站找错")} {img("党政机关")}</p></div>'''

P04 = dict(id="ta-04", kind="government", tpl=T04, title="区政府召开第58次常务会议",
  authors=[], date="2024-11-26 09:15:08", pmode="p",
  css="aside{float:left;width:200px} section{margin-left:220px} h1{font-size:24px;text-align:center} .inf{text-align:center;color:#999;font-size:13px} .foot{clear:both;background:#134;color:#ccd}",
  body=[("p", "11月25日，区长王立平主持召开区政府第58次常务会议，传达学习市政府常务会议精神，研究部署我区近期重点工作。"),
        ("p", "会议听取了全区今冬明春农村人居环境整治工作情况汇报。会议要求，各涉农街镇要聚焦村庄清洁、厕所革命和生活污水治理，压实属地责任，健全长效管护机制，切实改善农村面貌。"),
        ("p", "会议审议通过了《西青区促进先进制造业高质量发展若干措施》。会议指出，要坚持制造业立区，围绕汽车及新能源汽车、生物医药、高端装备等重点产业链，精准落实政策，帮助企业解决用地、融资、人才等实际问题，推动政策红利转化为发展动能。"),
        ("p", "会议还研究了西青区2025年为民办实事项目征集、冬季安全生产等事项。会议强调，岁末年初是各类事故易发期，要紧盯燃气、消防、交通运输等重点领域，开展拉网式排查，坚决防范遏制重特大事故发生。"),
        ("p", "副区长及区政府有关部门负责同志参加会议。")])

def T05(p, b):  # 安徽 county department, 2012 old table, "政策解读" with Q&A, source line above
    return f'''<table width="960" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="2" class="bn">{img("歙县人力资源和社会保障局")} 歙县人力资源和社会保障局</td></tr>
<tr><td colspan="2" class="nv"><a>网站首页</a> | <a>机构职能</a> | <a>就业创业</a> | <a>社会保障</a> | <a>政策解读</a> | <a>办事指南</a></td></tr>
<tr><td width="220" valign="top" class="lf"><b>政策解读</b><br>文字解读<br>图片解读<br>视频解读<br><br><b>联系我们</b><br>咨询电话：0559-6521xxx</td>
<td valign="top"><div class="wz">所在位置：首页 &gt;&gt; 政策解读 &gt;&gt; 文字解读</div>
<table width="100%" class="xx"><tr><td>索 引 号：</td><td>11341021MB15xxxxxx/202309-00012</td><td>信息分类：</td><td>政策解读</td></tr>
<tr><td>发布机构：</td><td>歙县人社局</td><td>生成日期：</td><td>2023-09-22</td></tr>
<tr><td>名　　称：</td><td colspan="3">{e(p["title"])}</td></tr></table>
<div class="bt2">{e(p["title"])}</div>
<div class="zz">撰稿：汪  洁　　审核：程志刚　　日期：2023年09月22日 10:40</div>
<div class="nr">{b}</div></td></tr>
<tr><td colspan="2" class="ft">版权所有：歙县人力资源和社会保障局　皖ICP备13013xxx号-2<br>建议使用1024×768分辨率浏览　网站标识码：3410210031</td></tr></table>'''

P05 = dict(id="ta-05", kind="government", tpl=T05, title="《歙县灵活就业人员社会保险补贴实施办法》政策解读",
  authors=["汪洁"], date="2023年09月22日 10:40", pmode="p", indent=True,
  css=".bn{font-size:26px;background:#2a7ac0;color:#fff} .nv{background:#145} .lf{background:#f3f3f3} .xx td{border:1px solid #ddd;font-size:12px} .bt2{font-size:20px;font-weight:bold;text-align:center} .zz{text-align:center;color:#888}",
  body=[("h", "一、出台背景"),
        ("p", "为进一步鼓励和支持灵活就业，减轻就业困难人员和高校毕业生的社保缴费负担，根据省、市有关文件精神，结合我县实际，县人社局会同县财政局制定了本办法。"),
        ("h", "二、补贴对象"),
        ("p", "本办法所称补贴对象，是指在我县以灵活方式就业并按规定缴纳社会保险费的下列人员："),
        ("li", ["（一）登记失业半年以上的就业困难人员；", "（二）离校2年内未就业的高校毕业生；", "（三）脱贫人口和防止返贫监测对象。"]),
        ("h", "三、补贴标准和期限"),
        ("p", "补贴标准原则上不超过其实际缴费的三分之二，就业困难人员补贴期限最长不超过3年，对距法定退休年龄不足5年的，可延长至退休；高校毕业生补贴期限最长不超过2年。"),
        ("h", "四、申请流程"),
        ("p", "符合条件的人员可于每年1月和7月，携带身份证、缴费凭证到户籍所在地乡镇人社服务所申请，也可通过“皖事通”APP在线办理。经审核公示无异议后，补贴资金按季度直接发放至本人社会保障卡金融账户。")])

def T06(p, b):  # 宁夏 乡镇 site, minimal 2016 bootstrap, 公示, no writer
    return f'''<div class="navbar"><span class="brand">同心县韦州镇人民政府</span><ul><li>首页</li><li>镇情概况</li><li>党建工作</li><li>政务公开</li><li>便民服务</li></ul></div>
<div class="container"><ol class="breadcrumb"><li>首页</li><li>政务公开</li><li>公示公告</li></ol>
<div class="panel"><div class="panel-heading"><h3>{e(p["title"])}</h3><small>发布者：韦州镇党政办 | 发布于 2022/08/15 | 点击：418</small></div>
<div class="panel-body">{b}</div></div>
<p class="qr">{img("微信公众号二维码")}关注“韦州镇发布”微信公众号</p></div>
<div class="footer">同心县韦州镇人民政府 版权所有 © 2016-2022<br>宁ICP备15000xxx号 ｜ 宁公网安备64032402000xxx号</div>'''

P06 = dict(id="ta-06", kind="government", tpl=T06, title="韦州镇2022年度农村低保拟新增对象公示",
  authors=[], date="2022/08/15", pmode="p", ol=False,
  css=".navbar{background:#222;color:#9d9d9d} .navbar li{display:inline;margin:0 8px} .breadcrumb li{display:inline} .breadcrumb li+li:before{content:' / '} table.dt td,table.dt th{padding:4px 10px}",
  body=[("p", "根据《宁夏回族自治区最低生活保障审核确认办法》有关规定，经村民委员会入户调查、民主评议和镇人民政府审核，现将2022年度韦州镇农村最低生活保障拟新增对象予以公示，接受群众监督。"),
        ("table", [["序号", "村别", "户主姓名", "家庭人口", "拟保类别"], ["1", "韦一村", "马某林", "4", "二类"], ["2", "韦二村", "杨某花", "2", "一类"], ["3", "下流水村", "海某明", "5", "二类"], ["4", "红城水村", "李某英", "3", "三类"]]),
        ("p", "公示期为2022年8月15日至8月21日，共7天。公示期间，如对公示对象有异议，可通过来电、来信或来访等方式向镇民政办反映。反映情况要实事求是，提倡实名反映，我们将严格为反映人保密。"),
        ("p", "监督电话：0953-8070xxx（镇民政办）、0953-8071xxx（镇纪委）"),
        ("p", "韦州镇人民政府"),
        ("p", "2022年8月15日")])

def T07(p, b):  # 昆明市 department, 2020 site, 领导活动, info bar below title with 作者 and 编辑
    return f'''<div class="t1"><div class="w"><span>{img("昆明市文化和旅游局")}</span><span class="r"><a>简</a>/<a>繁</a> <a>无障碍</a> <a>适老版</a></span></div></div>
<div class="mainnav"><a>首页</a><a>机构设置</a><a>新闻动态</a><a>信息公开</a><a>旅游服务</a><a>文化服务</a><a>在线互动</a></div>
<div class="w"><p class="pos">当前位置：<a>首页</a> &gt; <a>新闻动态</a> &gt; <a>工作动态</a> &gt; 正文</p>
<div class="detail"><div class="title">{e(p["title"])}</div>
<div class="attr"><span>时间：2024年07月02日</span><span>作者：杨帆</span><span>来源：市文化和旅游局</span><span>编辑：何丽</span></div>
<div class="txt">{b}</div>
<div class="tools"><a>【收藏】</a><a>【打印】</a><a>【关闭】</a><span>分享：</span><a>微信</a><a>微博</a></div></div></div>
<div class="btm"><p>昆明市文化和旅游局主办　地址：昆明市西山区xxx路　邮编：650034　电话：0871-6316xxxx</p><p>滇ICP备05003xxx号　<a>滇公网安备 53010202000xxx号</a>　网站标识码：5301000045</p></div>'''

P07 = dict(id="ta-07", kind="government", tpl=T07, title="市文化和旅游局主要负责同志带队调研暑期文旅市场安全工作",
  authors=["杨帆"], date="2024年07月02日", pmode="p",
  css=".title{font-size:24px;text-align:center;font-weight:bold} .attr span{margin:0 12px;color:#999} .attr{text-align:center} .btm{background:#2b5;color:#fff;text-align:center}",
  body=[("p", "7月1日，市文化和旅游局主要负责同志带队到滇池度假区、官渡古镇等地，实地调研暑期文化和旅游市场安全生产工作。"),
        ("p", "在滇池度假区，调研组详细了解了游船码头、游乐设施的日常巡检和应急处置情况，查看了消防器材和救生设备配备，要求经营单位严格落实每日“开园前检查”制度，确保设施设备安全运行。"),
        ("img", "调研现场", "调研现场"),
        ("p", "在官渡古镇，调研组走进剧场、民宿和非遗体验馆，与经营者面对面交流，听取意见建议。调研组指出，暑期是文旅消费旺季，游客流量大、安全压力大，各单位要绷紧安全这根弦，做好客流预约和限流管理，完善极端天气和突发事件应急预案。"),
        ("p", "调研组强调，要把安全生产与优化服务结合起来，加强从业人员培训，规范明码标价，畅通投诉渠道，为广大游客营造安全、有序、舒心的旅游环境，持续擦亮“昆明天天是春天”的城市品牌。")])

def T08(p, b):  # 安徽 市 government, 2023 page, 讲话 (speech); speaker is author
    return f'''<div class="gb">{img("国徽")}<strong>芜湖市人民政府</strong><span class="sl">www.wuhu.gov.cn</span></div>
<div class="quick"><a>长者模式</a> · <a>无障碍阅读</a> · <a>English</a> · <a>移动版</a></div>
<div class="nv"><span>首页</span><span>政务公开</span><span>政务服务</span><span>政民互动</span><span>走进芜湖</span></div>
<div class="pg"><div class="loc">首页 &gt; 政务公开 &gt; 领导讲话</div>
<h1 class="h">{e(p["title"])}</h1><h2 class="fb">——在全市优化营商环境大会上的讲话</h2><p class="who">市长　宁  波</p>
<p class="mt">（2023年2月8日）</p>
<div class="bd">{b}</div>
<p class="mt2">信息来源：市政府办公室　发布时间：2023-02-10 17:05　【<a>大</a> <a>中</a> <a>小</a>】　【<a>打印</a>】</p></div>
<div class="fo">主办：芜湖市人民政府办公室　承办：芜湖市数据资源管理局<br>皖ICP备05017xxx号　皖公网安备 34020202000xxx号　网站标识码：3402000002</div>'''

P08 = dict(id="ta-08", kind="government", tpl=T08, title="以一流营商环境助推高质量发展",
  authors=["宁波"], date="2023-02-10 17:05", pmode="p", indent=True,
  css=".nv span{padding:6px 18px;background:#a11;color:#fff} .h{text-align:center;font-size:26px} .fb{text-align:center;font-size:16px;font-weight:normal} .who,.mt{text-align:center} .mt2{color:#999;text-align:right}",
  body=[("p", "同志们："),
        ("p", "今天召开全市优化营商环境大会，主要任务是总结去年工作，部署今年任务，动员全市上下以更大力度打造市场化、法治化、国际化一流营商环境。刚才，几家单位作了很好的发言，讲得都很实在，我都赞成。下面，我讲三点意见。"),
        ("h", "一、清醒认识营商环境面临的新形势"),
        ("p", "营商环境就是生产力、竞争力。过去一年，我们推出“一件事一次办”事项126项，企业开办时间压缩至半个工作日，市场主体总量突破60万户。但也要看到，与先进地区相比，我们在政策兑现速度、涉企执法规范等方面还有不小差距。"),
        ("h", "二、聚焦企业关切抓好重点任务"),
        ("p", "要坚持企业需求导向，全面推行惠企政策“免申即享”，做到应享尽享、快享快享；要深化“综合查一次”改革，坚决杜绝多头检查、重复检查；要建立健全企业诉求闭环办理机制，做到件件有回音、事事有着落。"),
        ("h", "三、压实责任确保各项举措落地见效"),
        ("p", "各县市区、各部门主要负责同志要当好营商环境第一责任人，亲自研究、亲自推动。市优化办要加强督查考核，对工作不力、企业反映强烈的，要严肃通报问责。"),
        ("p", "同志们，营商环境只有更好，没有最好。让我们以只争朝夕的精神，奋力开创芜湖高质量发展新局面！")])

def T09(p, b):  # 天津 街道 page, very old 2011 frames-like table; date printed as 日期:2021-6-3
    return f'''<table width="778" border="0" align="center"><tr><td class="lg">天津市河北区王串场街道办事处</td></tr>
<tr><td class="mn">首页 ┊ 街道概况 ┊ 社区风采 ┊ 党建园地 ┊ 通知公告 ┊ 便民服务</td></tr></table>
<table width="778" border="0" align="center"><tr><td class="p1">首页 → 通知公告</td></tr>
<tr><td class="tit">{e(p["title"])}</td></tr>
<tr><td class="dt">日期:2021-6-3　　点击:207</td></tr>
<tr><td class="c">{b}</td></tr>
<tr><td class="ft">Copyright 2011 王串场街道办事处 All Rights Reserved<br>津ICP备10002xxx号</td></tr></table>'''

P09 = dict(id="ta-09", kind="government", tpl=T09, title="关于开展夏季居民用电安全入户排查的通告",
  authors=[], date="2021-6-3", pmode="br",
  css=".lg{font-size:28px;color:#036} .mn{background:#69c} .tit{font-size:18px;color:red;text-align:center;font-weight:bold} .dt{text-align:center;font-size:12px} .ft{font-size:12px;text-align:center}",
  body=[("p", "各社区居民："),
        ("p", "随着气温升高，空调、电风扇等家用电器使用频繁，用电负荷明显增加，老旧楼房电线老化、私拉乱接等问题容易引发火灾事故。为保障辖区居民生命财产安全，街道办事处决定自6月7日起至6月30日，联合供电部门、各社区居委会开展夏季居民用电安全入户排查。现将有关事项通告如下："),
        ("li", ["1.排查内容：入户电线是否老化破损，是否存在私拉乱接、超负荷用电，楼道内是否有电动自行车充电现象。", "2.排查方式：由社区网格员和电工组成排查小组，按楼栋逐户上门，排查人员佩戴工作证件。", "3.整改要求：对发现的隐患当场告知，能够立即整改的当场整改，不能立即整改的限期整改。"]),
        ("p", "请广大居民积极配合，如有疑问，可拨打街道平安办电话022-2629xxxx咨询。"),
        ("p", "特此通告。"),
        ("p", "王串场街道办事处"),
        ("p", "2021年6月2日")])

def T10(p, b):  # 云南 州 department, 2024, 通报, 文号 line (not body), 来源 below body
    return f'''<div class="sitehead"><div class="lo">{img("大理州生态环境局")}<b>大理白族自治州生态环境局</b></div><div class="acc"><a>无障碍</a>｜<a>长者版</a>｜<a>繁體</a></div></div>
<div class="srch"><input placeholder="全站搜索"><input type="submit" value="检索"></div>
<div class="menu2"><a>首页</a><a>机构概况</a><a>环境质量</a><a>政务公开</a><a>执法监督</a><a>公众参与</a></div>
<div class="where">位置：首页-政务公开-通知公告</div>
<div class="doc"><h1>{e(p["title"])}</h1><div class="num">大环通〔2024〕18号</div>
<div class="zw">{b}</div><div class="src">来源：大理州生态环境局办公室　发布时间：2024年04月11日　浏览：986次</div></div>
<div class="ewm">{img("大理州生态环境局微信公众号")}<span>扫一扫关注</span></div>
<div class="copyright">大理白族自治州生态环境局 版权所有<br>滇ICP备11002xxx号-3　网站标识码：5329000010</div>'''

P10 = dict(id="ta-10", kind="government", tpl=T10, title="关于2024年第一季度全州重点排污单位自动监控数据异常情况的通报",
  authors=[], date="2024年04月11日", pmode="p",
  css="h1{font-size:22px;text-align:center;color:#155} .num{text-align:center} .src{color:#777;font-size:12px}",
  body=[("p", "各县市生态环境分局，各重点排污单位："),
        ("p", "按照《污染源自动监控设施运行管理办法》要求，州生态环境局对2024年第一季度全州重点排污单位自动监控数据进行了核查。现将有关情况通报如下："),
        ("p", "一季度全州纳入重点监控的排污单位共73家，自动监控数据总体传输有效率为96.2%，较上季度提高1.4个百分点。核查发现，有5家单位存在数据长时间缺失、数据恒值或设备未按规定校准等问题，具体如下："),
        ("table", [["单位名称", "所在县市", "存在问题"], ["某某纸业有限公司", "宾川县", "数据连续缺失超过72小时"], ["某某水务有限公司", "祥云县", "COD数据恒值"], ["某某建材有限公司", "鹤庆县", "设备未按期校准"]]),
        ("p", "请相关县市分局督促上述单位于4月30日前完成整改，并将整改情况书面报州生态环境局环境监测与执法科。对整改不到位、弄虚作假的，将依法严肃查处。"),
        ("p", "大理白族自治州生态环境局"),
        ("p", "2024年4月10日")])

def T11(p, b):  # 安徽 村 (village) site on a county 村务公开 platform, 2019, author 通讯员
    return f'''<div id="hd"><h2>金寨县村务公开平台</h2><p>{img("")}花石乡大湾村</p></div>
<div id="mn"><a>村情简介</a> <a>村务公开</a> <a>党务公开</a> <a>财务公开</a> <a>美丽乡村</a> <a>留言板</a></div>
<div id="bx"><div class="bc">首页 » 美丽乡村 » 正文</div>
<h3 class="at">{e(p["title"])}</h3>
<p class="ab">2019年12月03日 来源：花石乡 通讯员：余  静　储  成</p>
<div class="bd">{b}</div><p class="ed">审核：刘延安</p>
<div class="cmt"><b>网友评论</b><textarea placeholder="说点什么吧"></textarea><button>提交</button></div></div>
<div id="ft">金寨县人民政府主办　皖ICP备06007xxx号</div>'''

P11 = dict(id="ta-11", kind="government", tpl=T11, title="大湾村：茶园里长出“致富经”",
  authors=["余静", "储成"], date="2019年12月03日", pmode="div",
  css="#hd{background:url() #3a5;color:#fff} #mn a{margin:0 10px} .at{text-align:center} .ab{text-align:center;color:#999}",
  body=[("p", "初冬时节，大湾村的茶园依然一片葱绿。村民陈泽申正在自家茶园里给茶树施冬肥，“冬天把肥料施足，来年春茶才长得好。”他笑着说。"),
        ("p", "大湾村地处大别山腹地，过去因山高路远、产业单一，是远近闻名的贫困村。近年来，村里依托高山云雾的自然条件，发展茶叶种植，成立茶叶专业合作社，建起了标准化加工厂，注册了自有品牌，全村茶园面积由2015年的不足千亩发展到现在的8000余亩。"),
        ("p", "茶产业带动了村民就业增收。每年春茶季，加工厂和茶园能吸纳周边群众300多人务工，人均增收8000多元。村里还利用红色资源和生态优势发展乡村旅游，开办农家乐、民宿20余家，游客来了能采茶、品茶、住民宿。"),
        ("p", "“下一步，我们将在茶叶精深加工上下功夫，开发茶饮料、茶食品，让茶产业链条更长、效益更高。”大湾村党总支书记何家枝说。")])

def T12(p, b):  # 宁夏 银川 district, 2025 app-like page, 意见 (opinions doc) with date 2025-01-20 + weekday
    return f'''<div class="topline"><span>银川市兴庆区人民政府</span><span class="sp"><a>无障碍</a> <a>长辈版</a> <a>登录</a> <a>注册</a></span></div>
<div class="hero">{img("兴庆区政府网")}<div class="sbox"><input placeholder="搜索政策、办事、新闻"><i>🔍</i></div></div>
<ul class="tabs"><li>首页</li><li>新闻中心</li><li>政府信息公开</li><li>政务服务</li><li>互动交流</li><li>专题专栏</li></ul>
<div class="box"><div class="crumbs"><a>首页</a><i>›</i><a>政府信息公开</a><i>›</i><a>政策文件</a><i>›</i><span>正文</span></div>
<table class="meta2"><tr><th>发文机关</th><td>兴庆区人民政府办公室</td><th>成文日期</th><td>2025年01月17日</td></tr>
<tr><th>标　　题</th><td colspan="3">{e(p["title"])}</td></tr><tr><th>发文字号</th><td>兴政办发〔2025〕3号</td><th>发布日期</th><td>2025-01-20 星期一</td></tr></table>
<h1 class="dtitle">{e(p["title"])}</h1><div class="wh2">兴政办发〔2025〕3号</div>
<div class="body2">{b}</div>
<div class="rel"><span>相关解读：</span><a>图解：兴庆区推进社区嵌入式服务设施建设的实施意见</a></div>
<div class="dl"><a>【下载word】</a><a>【打印】</a><a>【关闭】</a></div></div>
<footer class="f2"><div>{img("党政机关")}</div><p>主办单位：银川市兴庆区人民政府办公室　承办单位：兴庆区大数据服务中心</p><p>宁ICP备2021001xxx号-1　宁公网安备64010402000xxx号　网站标识码：6401040001</p><p>{img("扫码关注")}兴庆发布</p></footer>'''

P12 = dict(id="ta-12", kind="government", tpl=T12, title="兴庆区关于推进社区嵌入式服务设施建设的实施意见",
  authors=[], date="2025-01-20 星期一", pmode="p", indent=True,
  css=".tabs li{display:inline-block;padding:10px 20px} .meta2 th{background:#f5f5f5;text-align:left} .dtitle{text-align:center;color:#c00} .wh2{text-align:center} .f2{background:#333;color:#aaa;text-align:center}",
  body=[("p", "各街道办事处、镇人民政府，区政府各部门："),
        ("p", "为加快补齐社区服务设施短板，让居民在家门口享受养老托育、助餐家政、文化体育等便利服务，经区政府同意，现就推进社区嵌入式服务设施建设提出如下意见。"),
        ("h", "一、总体目标"),
        ("p", "到2027年，全区新建和改造提升社区嵌入式服务设施40处，实现城市社区全覆盖，基本形成“一刻钟便民生活圈”，社区服务供给能力和居民满意度明显提升。"),
        ("h", "二、主要任务"),
        ("p", "（一）统筹用好存量空间。优先利用社区闲置用房、老旧厂房和国有企业存量房产，通过改造、置换、租赁等方式，解决设施用房不足问题。"),
        ("p", "（二）丰富服务功能。因地制宜配置老年助餐、婴幼儿托育、儿童托管、健身康养和便民维修等服务，鼓励引入专业化运营机构。"),
        ("p", "（三）强化要素保障。区财政安排专项资金，对新建设施按面积给予一次性建设补助，对运营良好的给予运营奖励。"),
        ("h", "三、组织实施"),
        ("p", "各街道、镇要结合实际制定年度建设计划，于每年3月底前报区发展改革局。区直有关部门要加强协作，定期调度工作进展，确保各项任务落到实处。"),
        ("p", "银川市兴庆区人民政府办公室"),
        ("p", "2025年1月17日")])

PAGES = [P01, P02, P03, P04, P05, P06, P07, P08, P09, P10, P11, P12]
