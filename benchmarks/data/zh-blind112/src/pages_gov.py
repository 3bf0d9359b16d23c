from kit import links, ul, dated, img

PAGES = []

# ---------------------------------------------------------------- vi-01  山东 淄博 临淄区 portal, 2023 design, glued info bar
PAGES.append(dict(
    id="vi-01", kind="government", lang="zh",
    title="区领导调研重点项目建设和安全生产工作",
    authors=["孙明浩", "赵菲"],
    publish_time="2025-06-10 17:45",
    doc_title="区领导调研重点项目建设和安全生产工作_临淄区人民政府",
    features="2023 responsive 区政府 portal; 长者模式/无障碍 bar; info bar spans glued without spaces; spaced two-character author name; 扫一扫 QR caption; 上一篇/下一篇",
    css="""
body{margin:0;font-family:'Microsoft YaHei',sans-serif;color:#333}
.topbar{background:#f3f3f3;font-size:12px;padding:4px 10%}.topbar a{margin-left:12px;color:#666}
.banner{background:#b4141b;color:#fff;padding:24px 10%;font-size:30px}
.nav a{display:inline-block;padding:10px 18px;color:#fff;background:#9e0f15}
.crumb{padding:10px 10%;font-size:13px;color:#888}
.main{width:80%;margin:0 auto}
h1{font-size:26px;text-align:center}
.info span{font-size:13px;color:#999}
.article-content p{line-height:2;font-size:16px}
.qr{float:right;width:120px;font-size:12px}
.foot{background:#333;color:#bbb;font-size:12px;padding:20px 10%;margin-top:30px}
""",
    pre=f"""
<div class="topbar"><span>今天是：2025年6月10日</span>{links(["无障碍","长者模式","繁体","English","登录","注册"])}</div>
<div class="banner">{img("临淄区人民政府", 60, 60)}临淄区人民政府<div style="font-size:13px">www.linzi.gov.cn</div>
<form><input type="text" placeholder="请输入关键词"><button>搜索</button></form></div>
<div class="nav">{links(["首页","走进临淄","政务公开","政务服务","互动交流","专题专栏","数据发布"])}</div>
<div class="crumb">当前位置：{links(["首页"])} &gt; {links(["新闻中心"])} &gt; {links(["临淄要闻"])} &gt; 正文</div>
<div class="main">
<h1>区领导调研重点项目建设和安全生产工作</h1>
<div class="info"><span>发布时间：2025-06-10 17:45</span><span>来源：临淄区融媒体中心</span><span>作者：孙明浩 赵  菲</span><span>浏览次数：1362</span><span>【字体：{links(["大","中","小"])}】</span></div>
<div class="qr">{img("扫一扫在手机打开当前页", 100, 100)}<p>扫一扫在手机打开当前页</p></div>
""",
    body="""
P 6月10日，区委副书记、区长周文涛带队调研全区重点项目建设和安全生产工作，实地查看项目进展，现场协调解决困难问题。
P 在齐鲁化工区新材料产业园，周文涛详细了解年产五万吨高性能树脂项目的设备安装和试生产准备情况。项目负责人介绍，目前主体装置已完成安装，预计7月底进入联动试车阶段。周文涛强调，要倒排工期、挂图作战，在确保安全和质量的前提下加快建设进度，力争早日投产达效。
I 调研现场|图为调研现场。
P 在稷下街道一处老旧小区改造工地，周文涛查看了管网更新和外墙保温施工情况，询问居民意见建议。他指出，老旧小区改造是实实在在的民生工程，要把好材料关、质量关，合理安排施工时间，尽量减少对居民生活的影响。
P 调研中，周文涛还来到区应急指挥中心，听取汛期安全生产和防汛准备工作汇报。他要求，各镇街、各部门要压紧压实安全生产责任，深入开展隐患排查整治，对危化品、建筑施工、燃气等重点行业领域盯紧看牢，坚决守住安全底线。
P 区领导王俊峰、刘倩参加调研。
""",
    post=f"""
<div class="info"><span>【{links(["打印本页"])}】</span><span>【{links(["关闭窗口"])}】</span></div>
<p>上一篇：{links(["临淄区召开2025年第二季度经济运行分析会"])}</p>
<p>下一篇：{links(["我区启动“安全生产月”系列宣传活动"])}</p>
</div>
<div class="foot"><p>{links(["网站地图","联系我们","隐私声明","使用帮助"], " | ")}</p>
<p>主办：淄博市临淄区人民政府办公室　承办：临淄区大数据中心</p>
<p>网站标识码：3703050017　鲁ICP备05021836号-1　{img("公安备案图标",16,16)}鲁公网安备 37030502000731号</p>
<p>联系电话：0533-7189062　{img("党政机关",40,40)}{img("政府网站找错",80,30)}</p></div>
""",
))

# ---------------------------------------------------------------- vi-02  青海 海东 乐都区 通知, 2012 table layout
PAGES.append(dict(
    id="vi-02", kind="government", lang="zh",
    title="海东市乐都区人民政府办公室关于做好2025年夏季农田灌溉用水管理工作的通知",
    authors=[],
    publish_time="2025-06-09",
    doc_title="海东市乐都区人民政府办公室关于做好2025年夏季农田灌溉用水管理工作的通知",
    features="2012-style table layout; official notice with 文号 line (not body), 主送 line, 署名 and 成文日期 (body); numbered sections; 附件 line; info bar in table cells",
    css="""
body{margin:0;background:#e9eef3;font-size:12px;font-family:SimSun,serif}
table.frame{width:1000px;margin:0 auto;background:#fff}
.hd{height:110px;background:#2a6fb0;color:#fff;font-size:28px}
.menu td{background:#1d5a94;color:#fff;text-align:center;height:32px}
.menu a{color:#fff}
.pos{height:28px;border-bottom:1px solid #ccc}
.tit{font-size:20px;font-weight:bold;color:#b00;text-align:center;padding:16px}
.meta td{color:#666;text-align:center}
.article-content{font-size:15px;line-height:28px;padding:10px 40px}
.wh{text-align:center}
.right{text-align:right}
.ft{background:#dde5ee;text-align:center;line-height:22px;padding:8px}
""",
    opts={"indent": "　　"},
    pre=f"""
<table class="frame" cellpadding="0" cellspacing="0">
<tr><td class="hd">{img("海东市乐都区人民政府",80,80)}海东市乐都区人民政府网</td></tr>
<tr><td><table class="menu" width="100%"><tr>
<td>{links(["网站首页"])}</td><td>{links(["乐都概况"])}</td><td>{links(["政务动态"])}</td><td>{links(["信息公开"])}</td><td>{links(["办事服务"])}</td><td>{links(["政民互动"])}</td><td>{links(["专题专栏"])}</td></tr></table></td></tr>
<tr><td class="pos">您现在的位置：{links(["首页"])} &gt;&gt; {links(["信息公开"])} &gt;&gt; {links(["通知公告"])}</td></tr>
<tr><td class="tit">海东市乐都区人民政府办公室关于做好2025年夏季农田灌溉用水管理工作的通知</td></tr>
<tr><td><table class="meta" width="100%"><tr><td>发布日期：2025-06-09</td><td>信息来源：区政府办公室</td><td>点击数：417</td><td>【{links(["大"])} {links(["中"])} {links(["小"])}】</td></tr></table></td></tr>
<tr><td>
<p class="wh">乐政办〔2025〕27号</p>
""",
    body="""
P 各乡镇人民政府，区政府各部门，各有关单位：
P 当前正值夏季农田灌溉关键期，为科学调配水资源，保障全区粮食和特色农作物生产用水，维护正常灌溉秩序，经区政府同意，现就有关事项通知如下。
H 一、统筹调度灌溉用水
P 区水利局要根据各干渠来水情况和各乡镇种植结构，制定夏灌轮灌计划，实行“先远后近、先高后低”的配水原则，确保下游和高位农田按时灌溉。
H 二、加强渠系巡查维护
P 各乡镇要组织村级管水员开展渠道巡查，及时清理淤积杂物，修复破损渠段和闸门，严禁在渠道上私自开口、截流、堵水。
H 三、严格用水计量收费
P 各灌区要落实按方计量收费制度，公开水价标准和用水量，接受群众监督，严禁搭车收费。
H 四、妥善化解用水矛盾
P 各乡镇、各村要建立用水纠纷调处机制，对上下游、村与村之间的用水矛盾及时协调处理，防止矛盾激化。
P 附件：乐都区2025年夏灌轮灌计划表
P 海东市乐都区人民政府办公室
P 2025年6月6日
P （此件公开发布）
""",
    post=f"""
</td></tr>
<tr><td class="right">【{links(["打印此页"])}】【{links(["关闭窗口"])}】</td></tr>
<tr><td class="ft">主办单位：海东市乐都区人民政府办公室　技术支持：乐都区信息中心<br>
青ICP备09000384号　网站标识码：6302020003　青公网安备63020202000118号<br>
地址：海东市乐都区碾伯镇古城大街　电话：0972-8621034<br>建议使用1024×768分辨率浏览本站</td></tr>
</table>
""",
))

# ---------------------------------------------------------------- vi-03  广东 佛山 南海区 狮山镇 公示 with table
PAGES.append(dict(
    id="vi-03", kind="government", lang="zh",
    title="狮山镇2025年度“最美家庭”拟推荐对象公示",
    authors=[],
    publish_time="2025年06月11日 10:20",
    doc_title="狮山镇2025年度“最美家庭”拟推荐对象公示-佛山市南海区狮山镇人民政府",
    features="镇 site (2019 design); 公示 with table rows incl. header; 公示期 and contact lines; 署名/日期 in body; info bar above headline; 分享到 buttons",
    css="""
body{font-family:sans-serif;margin:0;color:#222}
header{background:linear-gradient(#0a7a58,#05634a);color:#fff;padding:18px 60px}
header h2{margin:0;font-size:26px}
.nav{background:#e7f3ee;padding:8px 60px}.nav a{margin-right:22px;color:#05634a}
.wrap{display:flex;padding:0 60px}.side{width:220px}.content{flex:1;padding-left:30px}
.side h4{background:#05634a;color:#fff;padding:6px}
.info{color:#888;font-size:13px;border-bottom:1px dashed #ccc;padding-bottom:6px}
h1{font-size:24px}
.art-table{border-collapse:collapse;width:100%}.art-table td,.art-table th{padding:4px 8px}
.share{user-select:none;color:#888}
footer{background:#f0f0f0;padding:16px 60px;font-size:12px;color:#666}
""",
    pre=f"""
<header><h2>佛山市南海区狮山镇人民政府</h2><div>{links(["长者模式","无障碍阅读"], " | ")}</div>
<form><input placeholder="站内搜索" type="search"></form></header>
<div class="nav">{links(["首页","狮山概况","新闻动态","政务公开","政务服务","投资狮山","公众参与"])}</div>
<div class="wrap">
<div class="side"><h4>通知公告</h4>{ul(["通知","公告","公示","招标采购"])}</div>
<div class="content">
<div class="crumb">当前位置：{links(["首页"])} &gt; {links(["政务公开"])} &gt; {links(["通知公告"])} &gt; 公示</div>
<div class="info">2025年06月11日 10:20　来源：狮山镇妇联　【{links(["打印"])}】</div>
<h1>狮山镇2025年度“最美家庭”拟推荐对象公示</h1>
""",
    body="""
P 根据《南海区2025年度“最美家庭”寻访活动方案》要求，经各村（社区）推荐、镇妇联审核，现将狮山镇2025年度“最美家庭”拟推荐对象予以公示，接受社会监督。
T 序号|家庭户主|所在村（社区）|推荐类别
T 1|梁志强|松岗社区|孝老爱亲
T 2|何秀英|小塘社区|绿色环保
T 3|陈家豪|官窑社区|科学教子
T 4|区桂芳|罗村社区|热心公益
T 5|冯润生|大圃村|勤劳致富
T 6|黄美玲|颜峰村|平安守法
P 公示时间：2025年6月11日至6月17日（5个工作日）。
P 公示期间，任何单位和个人对上述拟推荐对象有异议的，可通过来电、来信或来访等方式向镇妇联反映。反映情况应实事求是，以个人名义反映的须署真实姓名并提供联系方式，以单位名义反映的须加盖公章。
P 联系电话：0757-86638512
P 联系地址：狮山镇政府大院综合楼三楼妇联办公室
P 狮山镇妇女联合会
P 2025年6月11日
""",
    post=f"""
<div class="share">分享到：{links(["微信","微博","QQ空间"])}</div>
<p>{links(["【打印本页】"])} {links(["【关闭窗口】"])}</p>
</div></div>
<footer><p>{links(["关于我们","网站地图","联系我们"], " | ")}</p>
<p>主办：佛山市南海区狮山镇人民政府　版权所有　粤ICP备2023051874号</p>
<p>{img("公安",14,14)}粤公网安备44060502001337号　网站标识码：4406050058</p></footer>
""",
))

# ---------------------------------------------------------------- vi-04  吉林 长春 人社局 政策解读 Q&A
PAGES.append(dict(
    id="vi-04", kind="government", lang="zh",
    title="长春市灵活就业人员社会保险补贴政策问答",
    authors=[],
    publish_time="2025-06-12",
    doc_title="长春市灵活就业人员社会保险补贴政策问答-长春市人力资源和社会保障局",
    features="市局 site, 政策解读 as Q&A (问/答 lines as body); bracketed date [2025-06-12]; 来源 and 审核 lines not body; 相关文件 box; 解读 of a named document",
    css="""
body{margin:0;font:14px/1.6 'PingFang SC',sans-serif;background:#fafafa}
.logo{background:#fff;border-bottom:4px solid #1559a8;padding:14px 8%}
.logo b{font-size:24px;color:#1559a8}
.menu{background:#1559a8;padding:0 8%}.menu a{color:#fff;display:inline-block;padding:9px 16px}
.box{background:#fff;margin:16px 8%;padding:20px 40px}
h1{color:#1559a8;font-size:22px;text-align:center}
.date{text-align:center;color:#999}
.article-content p{text-indent:2em}
.rel{border:1px solid #dde;padding:10px;margin-top:20px}
.ft{text-align:center;color:#777;font-size:12px;padding:20px}
""",
    pre=f"""
<div class="logo"><b>长春市人力资源和社会保障局</b> <span>{links(["繁體","无障碍","长者模式"]," ")}</span>
<span><input value="" placeholder="搜索"> {links(["搜索"])}</span></div>
<div class="menu">{links(["首页","机构概况","新闻动态","政策法规","政策解读","公示公告","办事指南","互动交流"])}</div>
<div class="box">
<div>当前位置：{links(["首页"])} &gt; {links(["政策解读"])}</div>
<h1>长春市灵活就业人员社会保险补贴政策问答</h1>
<p class="date">[2025-06-12]　　【字体：{links(["大"])} {links(["中"])} {links(["小"])}】</p>
""",
    body="""
P 近日，市人社局、市财政局联合印发《长春市灵活就业人员社会保险补贴实施办法》。为便于群众理解，现就相关问题解读如下。
H 问：哪些人员可以申请灵活就业社会保险补贴？
P 答：离校2年内未就业的高校毕业生、就业困难人员以灵活方式就业，并在本市缴纳城镇职工基本养老、医疗和失业保险费的，可以申请补贴。其中，就业困难人员包括大龄失业人员、零就业家庭成员、残疾人等。
H 问：补贴标准是多少？
P 答：按照其实际缴纳社会保险费的三分之二给予补贴，每人每月最高不超过当年度全市灵活就业人员最低缴费基数的20%。
H 问：补贴期限有多长？
P 答：补贴期限最长不超过3年；距法定退休年龄不足5年的就业困难人员，可延长至退休。高校毕业生补贴期限最长不超过2年。
H 问：如何申请？
P 答：符合条件的人员可通过“吉事办”小程序或携带身份证、社会保障卡到户籍所在地街道（乡镇）人社服务窗口申请，每半年申请一次，补贴资金直接拨付至本人社会保障卡金融账户。
H 问：哪些情形不能享受补贴？
P 答：已在用人单位就业或领取失业保险金期间，以及已享受其他同类社会保险补贴的，不得重复享受。
""",
    post=f"""
<p class="src">来源：长春市人力资源和社会保障局　　审核：郑慧敏</p>
<div class="rel"><b>相关文件</b>{ul(["长春市灵活就业人员社会保险补贴实施办法","关于进一步做好高校毕业生就业创业工作的通知"])}</div>
<p>{links(["【打印】"])}{links(["【关闭】"])}</p>
</div>
<div class="ft">主办：长春市人力资源和社会保障局　地址：长春市南关区人民大街9188号　咨询电话：12333<br>
吉ICP备05001726号-1　吉公网安备 22010202000419号　网站标识码：2201000024</div>
""",
))

# ---------------------------------------------------------------- vi-05  山东 青岛 市南区 街道 news, closing byline in parens
PAGES.append(dict(
    id="vi-05", kind="government", lang="zh",
    title="八大关街道开展“邻里守望”夏季消暑志愿服务活动",
    authors=["王静", "韩冬"],
    publish_time="2025年6月13日",
    doc_title="八大关街道开展“邻里守望”夏季消暑志愿服务活动",
    features="街道 page on a 区 portal (2016 design); info bar above the headline; closing byline （王静 韩冬） inside the last paragraph; photo captions; 相关新闻 list with dates",
    css="""
body{margin:0;font-family:Arial,'Microsoft YaHei';font-size:14px}
#top{background:#0b4a8b;color:#fff;padding:6px 5%}#top a{color:#dfe}
#head{padding:20px 5%;font-size:28px;color:#0b4a8b}
#nav{border-top:2px solid #0b4a8b;border-bottom:1px solid #ccc;padding:8px 5%}#nav a{margin-right:26px}
.path{margin:10px 5%;color:#666}
.con{margin:0 5%;border:1px solid #e3e3e3;padding:20px 60px}
.bar{color:#777;background:#f6f6f6;padding:6px}
h1{font-size:24px;text-align:center;margin:18px 0}
.pic-cap{text-align:center;color:#555;font-size:13px}
.xg li{line-height:26px}.xg .d{float:right;color:#999}
#foot{text-align:center;color:#666;font-size:12px;padding:18px;border-top:3px solid #0b4a8b;margin-top:20px}
""",
    pre=f"""
<div id="top">{links(["市南区人民政府","市南区人大","市南区政协"]," | ")} <span style="float:right">{links(["无障碍浏览","关怀版"], "　")}</span></div>
<div id="head">青岛市市南区人民政府</div>
<div id="nav">{links(["首页","政务要闻","街道动态","部门动态","信息公开","网上办事","政民互动"])}</div>
<div class="path">您所在的位置：{links(["首页"])} » {links(["政务要闻"])} » {links(["街道动态"])}</div>
<div class="con">
<div class="bar">发布日期：2025年6月13日　　信息来源：八大关街道办事处　　阅读次数：289</div>
<h1>八大关街道开展“邻里守望”夏季消暑志愿服务活动</h1>
""",
    body="""
P 入夏以来，青岛气温逐步升高。为帮助辖区高龄、独居和困难老人安全度夏，八大关街道组织党员志愿者、网格员和驻区单位职工，开展“邻里守望”夏季消暑志愿服务活动。
P 活动中，志愿者们分成12个小组，走进辖区8个社区，为120余户老人送去绿豆、凉席、电风扇和防暑药品，并逐户检查燃气灶具、电线插座等设施的安全状况，提醒老人夏季用电用气注意事项。
I 志愿者入户走访|志愿者为独居老人检查燃气安全。
P “天热了，孩子们还惦记着我们，心里暖和。”家住湛山社区的82岁老人李玉芬拉着志愿者的手说。
P 湛山社区党委书记赵丽娜介绍，社区为每位独居老人建立了“一人一档”，明确一名网格员和一名志愿者结对联系，每周至少上门或电话问候两次，遇到极端高温天气每日联系。
I 志愿者为老人送清凉|志愿者为老人送去防暑物资。
P 下一步，八大关街道将持续完善“邻里守望”服务机制，在社区党群服务中心设置8处“清凉驿站”，为户外劳动者和过往群众提供饮用水、休息座椅和应急药品，让辖区群众度过一个安全舒心的夏天。（王静 韩冬）
""",
    post=f"""
<p>责任编辑：姜　媛</p>
<div class="xg"><b>相关新闻</b>{dated([("香港中路街道举办社区夏季运动会","2025-06-12"),("金门路街道推进老旧楼院综合整治","2025-06-11"),("珠海路街道开展防汛应急演练","2025-06-09")])}</div>
</div>
<div id="foot">主办单位：青岛市市南区人民政府办公室　承办单位：市南区大数据发展中心<br>
鲁ICP备05034419号　{img("",16,16)}鲁公网安备37020202000452号　网站标识码：3702020001<br>{img("党政机关",36,40)} {img("找错",90,30)}</div>
""",
))

# ---------------------------------------------------------------- vi-06  青海 省生态环境厅 通报, 2021 design, index-number table
PAGES.append(dict(
    id="vi-06", kind="government", lang="zh",
    title="青海省生态环境厅关于2025年5月全省环境空气质量状况的通报",
    authors=[],
    publish_time="2025-06-11 09:30:00",
    doc_title="青海省生态环境厅关于2025年5月全省环境空气质量状况的通报_青海省生态环境厅",
    features="省厅 信息公开 page; metadata table (索引号/发文机关/成文日期/发布日期/文号) above headline; 文号 not body; data table with header row; 署名+日期 body; 附件 download link not body",
    css="""
body{margin:0;font-family:'Microsoft YaHei';background:#eef4f1}
.hd{background:#1f7a4d;color:#fff;padding:16px 120px;font-size:26px}
.nv{background:#17633e;padding:0 120px}.nv a{color:#fff;display:inline-block;padding:10px 14px}
.pg{background:#fff;margin:0 120px;padding:24px 50px}
table.xxgk{width:100%;border-collapse:collapse;font-size:13px;margin-bottom:20px}
table.xxgk td{border:1px solid #cfe0d7;padding:6px}
h1{text-align:center;font-size:22px;color:#1f3d2e}
.art-table{border-collapse:collapse;margin:0 auto}.art-table td,.art-table th{border:1px solid #999;padding:4px 10px}
.fj a{color:#17633e}
.ft{background:#2b2b2b;color:#aaa;padding:20px 120px;font-size:12px}
""",
    pre=f"""
<div class="hd">青海省生态环境厅 <small>Department of Ecology and Environment of Qinghai Province</small></div>
<div class="nv">{links(["首页","机构职能","政务公开","生态环境质量","政务服务","互动交流","专题专栏"])}</div>
<div class="pg">
<p>当前位置：{links(["首页"])} &gt; {links(["政府信息公开"])} &gt; {links(["法定主动公开内容"])} &gt; {links(["环境质量"])}</p>
<table class="xxgk"><tr><td>索引号：</td><td>11630000MB1F72158X/2025-00418</td><td>主题分类：</td><td>环境监测</td></tr>
<tr><td>发文机关：</td><td>青海省生态环境厅</td><td>成文日期：</td><td>2025-06-10</td></tr>
<tr><td>标　　题：</td><td colspan="3">青海省生态环境厅关于2025年5月全省环境空气质量状况的通报</td></tr>
<tr><td>发文字号：</td><td>青生通〔2025〕31号</td><td>发布日期：</td><td>2025-06-11 09:30:00</td></tr></table>
<h1>青海省生态环境厅关于2025年5月全省环境空气质量状况的通报</h1>
<p style="text-align:center">青生通〔2025〕31号</p>
""",
    body="""
P 各市州人民政府，省有关部门：
P 根据全省环境空气质量自动监测数据，现将2025年5月全省8个市州环境空气质量状况通报如下。
H 一、总体情况
P 5月，全省8个市州环境空气质量优良天数比例平均为97.2%，同比上升1.4个百分点；细颗粒物（PM2.5）平均浓度为17微克/立方米，同比下降5.6%。受春末沙尘天气影响，西宁、海东两地出现轻度污染共3天。
H 二、各市州排名情况
T 排名|市州|优良天数比例（%）|PM2.5浓度（微克/立方米）
T 1|果洛州|100|9
T 2|玉树州|100|11
T 3|黄南州|100|13
T 4|海北州|100|14
T 5|海南州|98.4|16
T 6|海西州|96.8|19
T 7|海东市|93.5|24
T 8|西宁市|90.3|27
H 三、工作要求
P 各市州要针对排名靠后、浓度上升的问题，强化扬尘、工业源和移动源污染管控，加强沙尘天气应对和重污染天气预警，确保完成年度空气质量改善目标。
P 青海省生态环境厅
P 2025年6月10日
""",
    post=f"""
<p class="fj">附件：{links(["2025年5月全省环境空气质量状况统计表.pdf"])}</p>
<p>{links(["【打印本页】"])}　{links(["【关闭窗口】"])}</p>
</div>
<div class="ft">版权所有：青海省生态环境厅　地址：西宁市城西区五四西路18号　邮编：810007<br>
青ICP备06000279号-2　青公网安备63010402000177号　网站标识码：6300000031<br>{img("扫码关注微信公众号",80,80)} 扫码关注微信公众号</div>
""",
))

# ---------------------------------------------------------------- vi-07  广东 深圳 龙岗区 讲话
PAGES.append(dict(
    id="vi-07", kind="government", lang="zh",
    title="在全区安全生产和防汛防风工作会议上的讲话",
    authors=["陈国栋"],
    publish_time="2025-06-13 16:08:22",
    doc_title="在全区安全生产和防汛防风工作会议上的讲话-深圳市龙岗区人民政府门户网站",
    features="领导讲话 page (2024 design); speaker line 区长 陈国栋 + date in parens under headline, speaker is the author; salutation 同志们 as body; numbered sub-headings; info bar with seconds",
    css="""
*{box-sizing:border-box}body{margin:0;font-family:system-ui,'PingFang SC';color:#1f2329}
.g-head{display:flex;justify-content:space-between;padding:14px 6%;border-bottom:1px solid #eee}
.g-head .tools a{margin-left:14px;font-size:13px;color:#555}
.g-nav{background:#0052d9}.g-nav a{color:#fff;display:inline-block;padding:12px 20px}
.g-body{max-width:960px;margin:0 auto;padding:20px}
.g-title{font-size:28px;font-weight:600;text-align:center;margin:24px 0 8px}
.g-speaker{text-align:center;font-family:KaiTi,serif;font-size:17px}
.g-meta{display:flex;gap:22px;justify-content:center;font-size:13px;color:#8a8f99;margin:14px 0;border-bottom:1px solid #eee;padding-bottom:12px}
.article-content h3{font-size:17px}
.g-foot{background:#f5f6f7;padding:26px 6%;font-size:12px;color:#666}
""",
    pre=f"""
<div class="g-head"><div>{img("深圳市龙岗区人民政府门户网站",240,50)}</div><div class="tools">{links(["简","繁","无障碍","长者模式","English"])} <input placeholder="请输入您要搜索的内容"></div></div>
<div class="g-nav">{links(["首页","要闻动态","政务公开","政务服务","政民互动","走进龙岗"])}</div>
<div class="g-body">
<p>当前位置：{links(["首页"])} &gt; {links(["政务公开"])} &gt; {links(["领导讲话"])} &gt; 正文</p>
<div class="g-title">在全区安全生产和防汛防风工作会议上的讲话</div>
<div class="g-speaker">区长　陈国栋<br>（2025年6月12日）</div>
<div class="g-meta"><span>发布时间：2025-06-13 16:08:22</span><span>来源：龙岗区政府办公室</span><span>字号：{links(["大","中","小"]," ")}</span><span>{links(["分享"])}</span></div>
""",
    body="""
P 同志们：
P 刚才，区应急管理局、区水务局通报了前段时间安全生产和防汛防风工作情况，几个街道作了表态发言，我都同意。下面，我再强调三点意见。
H 一、清醒认识当前严峻形势
P 今年入汛以来，我区已经历4轮强降雨过程，部分低洼路段、地下空间出现积水，个别工地发生边坡险情。据气象部门预测，后续台风活动较常年偏多，防汛防风形势不容乐观。同时，全区在建工地、老旧厂房、城中村数量多，安全风险交织叠加，大家务必绷紧思想之弦，决不能有丝毫松懈。
H 二、扎实抓好重点领域隐患整治
P 一是抓好建设工程领域，对深基坑、高支模、起重机械等危险性较大的分部分项工程，逐项落实专项方案和旁站监督；二是抓好城中村和“三小场所”，重点整治电动自行车违规停放充电、违规住人等问题；三是抓好地下空间和低洼易涝点，逐一落实挡水设施、抽排设备和值守人员。
H 三、全面压实各方责任
P 各街道、各部门主要负责同志是第一责任人，要亲自研究、亲自部署、亲自督促。区安委办要加强明察暗访，对责任不落实、整改不到位的，要严肃通报、约谈问责。
P 同志们，安全生产和防汛防风工作责任重于泰山。让我们以更强的担当、更实的作风，坚决守牢安全底线，为全区高质量发展营造安全稳定的环境。
""",
    post=f"""
<p style="color:#999">【{links(["打印"])}】【{links(["关闭"])}】</p>
<p>上一篇：{links(["在全区优化营商环境大会上的讲话"])}　下一篇：{links(["没有了"])}</p>
</div>
<div class="g-foot"><p>{links(["网站地图","联系我们","网站声明","使用帮助"]," | ")}</p>
<p>主办：深圳市龙岗区人民政府办公室　承办：龙岗区政务服务数据管理局</p>
<p>粤ICP备17019861号　粤公网安备 44030702003112号　网站标识码：4403070025</p></div>
""",
))

# ---------------------------------------------------------------- vi-08  吉林 延边 珲春 镇 site, 村 news, 通讯员
PAGES.append(dict(
    id="vi-08", kind="government", lang="zh",
    title="敬信镇防川村：小香瓜长成致富“甜产业”",
    authors=["朴春花"],
    publish_time="2025-06-12 08:47",
    doc_title="敬信镇防川村：小香瓜长成致富“甜产业”——珲春市人民政府",
    features="村 news on a 市政府 township column (2017 design, bilingual 中/朝 link); byline line 通讯员 朴春花 on its own (not body); 编辑/审核 lines; quoted speech; list of figures as body lines",
    css="""
body{margin:0;background:#f2f2f2;font:14px/1.8 SimSun}
.t{background:url() #c02d2d;height:100px;color:#fff;font-size:30px;padding-left:80px;line-height:100px}
.lang{float:right;font-size:12px;padding-right:30px}.lang a{color:#fff}
.m{background:#333;padding-left:80px}.m a{color:#fff;padding:8px 15px;display:inline-block}
.w{width:1000px;margin:10px auto;background:#fff;padding:10px 30px}
.h{font-size:22px;font-weight:bold;text-align:center;color:#c02d2d;padding-top:10px}
.s{text-align:center;color:#666;border-bottom:1px solid #ddd}
.note{color:#444}
.f{text-align:center;font-size:12px;color:#777;padding:10px}
""",
    opts={"indent": "　　", "ptag": "div"},
    pre=f"""
<div class="t">珲春市人民政府<span class="lang">{links(["中文","조선어","English","Русский"]," | ")}</span></div>
<div class="m">{links(["首页","走进珲春","政务公开","乡镇动态","投资贸易","便民服务"])}</div>
<div class="w">
<div>当前位置：{links(["首页"])} - {links(["乡镇动态"])} - {links(["敬信镇"])}</div>
<div class="h">敬信镇防川村：小香瓜长成致富“甜产业”</div>
<div class="s">2025-06-12 08:47　　来源：敬信镇人民政府　　【{links(["大"])}　{links(["中"])}　{links(["小"])}】</div>
<p class="note">通讯员　朴春花</p>
""",
    body="""
P 6月的防川村，一座座大棚里瓜香扑鼻。村民们忙着采摘、分拣、装箱，一车车新鲜香瓜从这里发往长春、沈阳等地。
P “今年的香瓜个头匀、甜度高，每斤能卖到6元左右，一个大棚能收入2万多元。”种植户金英哲一边往箱子里码瓜，一边算起了收入账。
P 防川村地处中俄朝三国交界，昼夜温差大，光照充足，适宜香瓜生长。近年来，村党支部领办香瓜种植合作社，统一提供种苗、技术和销售服务，带动村民发展大棚种植。
P 目前，合作社发展情况如下：
L 香瓜大棚由2021年的18栋发展到86栋；
L 入社农户52户，其中脱贫户和监测户14户；
L 2024年合作社销售收入达280万元，社员户均增收1.6万元。
P 为了打响品牌，村里还注册了“防川甜瓜”商标，借助边境旅游热度开展采摘体验，并在电商平台开设网店。“游客来看‘一眼望三国’，顺便摘瓜、买瓜，一天能卖出去好几百斤。”村党支部书记崔明哲说。
P 下一步，防川村将继续扩大种植规模，探索香瓜深加工，让小香瓜真正成为村民增收致富的“甜产业”。
""",
    post=f"""
<p class="note">编辑：李海燕　　审核：张　弛</p>
<p>【{links(["打印本页"])}】　【{links(["关闭窗口"])}】</p>
</div>
<div class="f">珲春市人民政府主办　珲春市政务服务和数字化建设管理局承办<br>吉ICP备11002693号　吉公网安备22240402000075号　网站标识码：2224040001　联系电话：0433-7512345</div>
""",
))

# ---------------------------------------------------------------- vi-09  山东 烟台 市政府 批复, 2025 design
PAGES.append(dict(
    id="vi-09", kind="government", lang="zh",
    title="烟台市人民政府关于同意设立烟台芝罘湾滨海旅游度假区的批复",
    authors=[],
    publish_time="2025/06/10",
    doc_title="烟台市人民政府关于同意设立烟台芝罘湾滨海旅游度假区的批复",
    features="2025 responsive 市政府 page; 批复 with 文号 (not body), 主送 line, numbered points, 署名/成文日期 body; dates with slashes; 解读 link and 扫码 caption; 信息公开 key-value list",
    css="""
:root{--c:#0e5fa6}body{margin:0;font-family:'Source Han Sans CN',sans-serif}
.top{display:grid;grid-template-columns:1fr auto;padding:18px 7%;background:linear-gradient(90deg,#0e5fa6,#3d8ad6);color:#fff}
.top a{color:#fff;margin-left:10px;font-size:13px}
nav{display:flex;gap:4px;padding:0 7%;background:#fff;box-shadow:0 2px 6px #0002}nav a{padding:14px 18px;color:#222}
.doc{max-width:900px;margin:24px auto;padding:0 20px}
dl.kv{display:grid;grid-template-columns:100px 1fr 100px 1fr;font-size:13px;background:#f4f8fc;padding:12px}
dl.kv dt{color:#777}dl.kv dd{margin:0}
h1{font-size:26px;text-align:center;line-height:1.5}
.no{text-align:center;color:#333}
.article-content p{font-size:17px;line-height:2;text-indent:2em}
.tools{display:flex;justify-content:space-between;color:#888;font-size:13px;border-top:1px solid #eee;padding-top:10px}
footer{background:#1d2a38;color:#9aa;padding:30px 7%;font-size:12px}
""",
    pre=f"""
<div class="top"><div>{img("烟台市人民政府",44,44)} <b style="font-size:24px">烟台市人民政府</b></div><div>{links(["无障碍","长者版","English","한국어","日本語"])}</div></div>
<nav>{links(["首页","政务公开","政务服务","互动交流","数据开放","走进烟台"])}</nav>
<div class="doc">
<p>{links(["首页"])} / {links(["政务公开"])} / {links(["政府文件"])} / {links(["烟政字"])}</p>
<dl class="kv"><dt>索引号</dt><dd>113706000043822119/2025-01986</dd><dt>发布机构</dt><dd>烟台市人民政府</dd>
<dt>成文日期</dt><dd>2025/06/06</dd><dt>发布日期</dt><dd>2025/06/10</dd><dt>文号</dt><dd>烟政字〔2025〕22号</dd><dt>有效性</dt><dd>有效</dd></dl>
<h1>烟台市人民政府<br>关于同意设立烟台芝罘湾滨海旅游度假区的批复</h1>
<p class="no">烟政字〔2025〕22号</p>
""",
    body="""
P 芝罘区人民政府：
P 你区《关于申请设立烟台芝罘湾滨海旅游度假区的请示》（芝政呈〔2025〕9号）收悉。经研究，现批复如下：
P 一、同意设立烟台芝罘湾滨海旅游度假区（以下简称度假区）。度假区规划范围东至芝罘湾东岸线，西至烟台山景区西边界，南至滨海北路，北至海岸线，总面积约6.8平方公里。
P 二、度假区要坚持生态优先、保护优先，严格落实海岸带保护和国土空间规划要求，不得擅自改变海域和岸线用途，严禁破坏自然岸线和历史文化遗存。
P 三、度假区要突出滨海休闲、历史文化和城市观光特色，完善旅游公共服务设施，提升服务质量和管理水平，打造具有烟台特色的城市滨海旅游目的地。
P 四、你区要切实履行主体责任，建立健全度假区管理机构，明确职责分工，加强统筹协调。市文化和旅游局等有关部门要按照职责分工，加强指导和支持。
P 烟台市人民政府
P 2025年6月6日
P （此件公开发布）
""",
    post=f"""
<div class="tools"><span>{links(["相关解读：一图读懂芝罘湾滨海旅游度假区"])}</span><span>{links(["打印"])} {links(["收藏"])} {links(["关闭"])}</span></div>
<p>{img("扫一扫在手机上查看当前页面",90,90)}扫一扫在手机上查看当前页面</p>
</div>
<footer>主办单位：烟台市人民政府办公室　承办单位：烟台市大数据局<br>鲁ICP备05047593号-1　鲁公网安备 37060202000162号　网站标识码：3706000001<br>网站支持IPv6</footer>
""",
))

# ---------------------------------------------------------------- vi-10  青海 西宁 城中区 实施意见
PAGES.append(dict(
    id="vi-10", kind="government", lang="zh",
    title="西宁市城中区关于推进“一刻钟便民生活圈”建设的实施意见",
    authors=[],
    publish_time="2025年06月12日",
    doc_title="西宁市城中区关于推进“一刻钟便民生活圈”建设的实施意见",
    features="区政府 policy document page (2018 design); 文号 not body; no 主送; numbered 一、（一） sections with list items; 署名/日期 body; 时间/来源 glued with ｜ separators; 政策解读 link box",
    css="""
body{margin:0;font:15px/1.7 'Microsoft YaHei';color:#333;background:#fff}
.banner{height:120px;background:#1e3f7a;color:#fff;padding:0 10%;font-size:30px;line-height:120px}
.menu{background:#f5a623;padding:0 10%}.menu a{color:#fff;padding:8px 18px;display:inline-block;font-weight:bold}
.c{width:1100px;margin:0 auto}
.pos{font-size:13px;color:#888;padding:10px 0}
.art h1{font-size:24px;text-align:center;color:#1e3f7a}
.tm{text-align:center;color:#888;font-size:13px}
.art-list{list-style:none;padding-left:2em}
.jd{background:#fff7e8;border:1px solid #f5a623;padding:10px}
.bot{background:#1e3f7a;color:#cfd8ea;text-align:center;font-size:12px;padding:16px}
""",
    opts={"htag": "h4"},
    pre=f"""
<div class="banner">西宁市城中区人民政府</div>
<div class="menu">{links(["首页","城中概况","政务公开","政务服务","政民互动","专题专栏"])}</div>
<div class="c"><div class="pos">当前位置：{links(["首页"])}&gt;{links(["政务公开"])}&gt;{links(["政策文件"])}</div>
<div class="art"><h1>西宁市城中区关于推进“一刻钟便民生活圈”建设的实施意见</h1>
<div class="tm">时间：2025年06月12日｜来源：城中区商务和工业信息化局｜浏览：{img("",1,1)}836次</div>
<p style="text-align:center">城政〔2025〕14号</p>
""",
    body="""
P 为贯彻落实国家和省、市关于加快推进城市一刻钟便民生活圈建设的部署要求，进一步满足居民便利化、品质化消费需求，结合我区实际，提出如下实施意见。
H 一、总体目标
P 到2026年底，全区建成15个布局合理、业态齐全、功能完善的一刻钟便民生活圈，社区商业网点覆盖率达到95%以上，居民满意度达到90%以上。
H 二、重点任务
P （一）补齐基本保障类业态。重点补齐以下业态：
L 1.便利店、菜市场（生鲜超市）、早餐店；
L 2.美容美发、洗染、家政、维修等生活服务网点；
L 3.药店、社区卫生服务站点和养老托育设施。
P （二）发展品质提升类业态。鼓励引进特色餐饮、文化休闲、健身运动、智能零售等业态，推动商圈与社区融合发展。
P （三）推进业态智慧化改造。支持商户开展线上线下融合经营，推广智能快递柜、无人零售等便民设施。
H 三、保障措施
P 建立区级统筹、街道主责、社区参与的工作机制，将一刻钟便民生活圈建设纳入街道年度考核，统筹用好各级商贸流通领域专项资金，对示范生活圈给予资金支持。
P 西宁市城中区人民政府
P 2025年6月10日
""",
    post=f"""
<div class="jd">相关解读：{links(["《关于推进“一刻钟便民生活圈”建设的实施意见》政策解读"])}</div>
<p>{links(["[打印本页]"])} {links(["[关闭窗口]"])}</p>
</div></div>
<div class="bot">西宁市城中区人民政府办公室主办　版权所有<br>青ICP备11000519号-1　网站标识码：6301030002　青公网安备 63010302000088号</div>
""",
))

# ---------------------------------------------------------------- vi-11  广东 省农业农村厅 news item reprinted from 南方日报
PAGES.append(dict(
    id="vi-11", kind="government", lang="zh",
    title="我省荔枝进入大规模上市期 “12221”市场体系建设助力鲜果出海",
    authors=["林晓", "黄振宇"],
    publish_time="2025-06-11 11:02",
    doc_title="我省荔枝进入大规模上市期 “12221”市场体系建设助力鲜果出海-广东省农业农村厅",
    features="省厅 portal (2022 design); headline with inner space; reprint from 南方日报: 来源/作者 in info bar with 记者 and 通讯员 titles; 原标题 line (not body); table of export figures; 责任编辑 line",
    css="""
body{margin:0;font-family:'Microsoft YaHei';background:#f7f9f7}
.site{background:#fff;border-bottom:3px solid #2d8f3a;padding:18px 9%}
.site b{font-size:26px;color:#2d8f3a}
.site .r{float:right;font-size:13px}
.nav2{padding:0 9%;background:#2d8f3a}.nav2 a{display:inline-block;color:#fff;padding:10px 20px}
.layout{margin:18px 9%;background:#fff;padding:24px 60px}
h1{text-align:center;font-size:25px}
.xinxi{text-align:center;font-size:13px;color:#666;background:#f1f6f1;padding:6px}
.yuan{color:#777;font-size:14px}
.art-table{border-collapse:collapse;width:80%;margin:auto}.art-table td,.art-table th{border:1px solid #bbb;padding:5px}
.foot{text-align:center;font-size:12px;color:#777;padding:22px}
""",
    pre=f"""
<div class="site"><b>广东省农业农村厅</b><span class="r">{links(["无障碍","关怀版","繁体"]," | ")} <input placeholder="全站搜索"></span></div>
<div class="nav2">{links(["首页","机构概况","新闻中心","信息公开","政务服务","互动交流","专题专栏"])}</div>
<div class="layout">
<p>当前位置：{links(["首页"])} &gt; {links(["新闻中心"])} &gt; {links(["农业要闻"])}</p>
<h1>我省荔枝进入大规模上市期 “12221”市场体系建设助力鲜果出海</h1>
<div class="xinxi">发布时间：2025-06-11 11:02　来源：南方日报　作者：记者 林晓 通讯员 黄振宇　分享：{links(["微信","微博"])}</div>
<p class="yuan">原标题：广东荔枝“甜蜜出海”正当时</p>
""",
    body="""
P 6月以来，广东荔枝进入大规模上市期，妃子笑、白糖罂、桂味等品种陆续集中上市。记者从省农业农村厅获悉，今年全省荔枝种植面积约395万亩，预计总产量超过160万吨。
P 围绕“12221”市场体系建设，我省持续开展荔枝产销对接活动，在北京、上海、成都等城市举办推介会，并通过“荔枝定制”、直播带货等新模式拓宽销路。截至6月10日，全省荔枝线上销售额同比增长约18%。
H 鲜果出海步伐加快
P 今年，我省进一步提升荔枝冷链物流和检验检疫服务能力，推动荔枝鲜果出口到更多国家和地区。广州、茂名、湛江等地海关开辟“绿色通道”，实行“即报即检、即检即放”。
T 出口市场|截至6月10日出口量（吨）|同比增长
T 美国|1860|22%
T 加拿大|940|15%
T 阿联酋|720|31%
T 马来西亚|1530|12%
P 省农业农村厅有关负责人表示，下一步将继续强化品牌营销和冷链保鲜，推动荔枝产业从“卖得出”向“卖得好”转变。
""",
    post=f"""
<p style="text-align:right;color:#888">责任编辑：方　琳</p>
<p>{links(["【打印】"])}{links(["【关闭】"])}</p>
</div>
<div class="foot">主办单位：广东省农业农村厅　地址：广州市先烈东路135号　邮编：510500<br>粤ICP备05083389号　{img("",14,14)}粤公网安备 44010402001236号　网站标识码：4400000075</div>
""",
))

# ---------------------------------------------------------------- vi-12  吉林 吉林市 丰满区 停水公告, 2014 design
PAGES.append(dict(
    id="vi-12", kind="government", lang="zh",
    title="关于丰满区部分区域临时停水的公告",
    authors=[],
    publish_time="2025/6/14 9:15:06",
    doc_title="关于丰满区部分区域临时停水的公告",
    features="2014 区政府 site with left column lists and table layout; 公告 without 文号; list of affected streets; 特此公告 and 署名/日期 as body; date/time with single-digit month and seconds; 浏览 counter glued",
    css="""
body{margin:0;font-size:12px;font-family:'宋体'}
#wrap{width:980px;margin:0 auto}
#logo{height:96px;background:#2f5fa0;color:#fff;font-size:26px;line-height:96px;padding-left:20px}
#menu{background:#204a82;height:34px}#menu a{color:#fff;line-height:34px;padding:0 14px}
td.left{width:230px;vertical-align:top;background:#f2f5fa}
td.left h3{background:#204a82;color:#fff;margin:0;padding:4px}
td.rt{vertical-align:top;padding:10px 20px}
.bt{font-size:20px;color:#204a82;text-align:center;font-weight:bold;padding:12px}
.sj{text-align:center;border-bottom:1px dotted #999;padding-bottom:6px}
.article-content{font-size:14px;line-height:26px}
#bottom{background:#e4e9f1;text-align:center;line-height:22px;padding:8px}
""",
    opts={"indent": "　　"},
    pre=f"""
<div id="wrap">
<div id="logo">吉林市丰满区人民政府</div>
<div id="menu">{links(["首 页","丰满概况","政务公开","办事服务","公众参与","旅游丰满"])}</div>
<table width="100%" cellspacing="0" cellpadding="0"><tr>
<td class="left"><h3>通知公告</h3>{ul(["关于开展2025年度防汛演练的通知","丰满区2025年事业单位招聘公告","关于征集民生实事项目的公告"])}
<h3>便民服务</h3>{ul(["水电气缴费","社保查询","公交线路"])}</td>
<td class="rt"><div>当前位置：{links(["首页"])}&gt;&gt;{links(["通知公告"])}&gt;&gt;正文</div>
<div class="bt">关于丰满区部分区域临时停水的公告</div>
<div class="sj">发布时间：2025/6/14 9:15:06　发布单位：丰满区住房和城乡建设局　浏览：　215</div>
""",
    body="""
P 因吉林市水务集团对丰满区吉丰东路供水主管道实施碰头改造施工，为保证施工安全，将对以下区域临时停水，现将有关事项公告如下：
P 一、停水时间：2025年6月16日（星期一）8时至22时。
P 二、停水范围：
L 1.吉丰东路（丰满路至沿江路段）两侧住宅小区及商户；
L 2.江南街道吉丰社区、沿江社区全部区域；
L 3.丰满街道新村社区部分区域（新村一路以东）。
P 三、注意事项：
P 请停水区域内的单位和居民提前做好储水准备，停水期间请关闭家中水龙头，防止恢复供水时跑水。恢复供水初期水质可能出现浑浊，请放水片刻后再使用。如遇施工延期，恢复供水时间将相应顺延。
P 由此给广大居民生活带来的不便，敬请谅解。
P 咨询电话：0432-64651287（工作日）、0432-64650119（24小时）
P 特此公告。
P 吉林市丰满区住房和城乡建设局
P 2025年6月14日
""",
    post=f"""
<p align="right">【{links(["打印"])}】【{links(["关闭"])}】</p>
</td></tr></table>
<div id="bottom">版权所有：吉林市丰满区人民政府　地址：吉林市丰满区吉丰东路168号<br>吉ICP备09006227号　网站标识码：2202110004　吉公网安备22021102000036号</div>
</div>
""",
))
