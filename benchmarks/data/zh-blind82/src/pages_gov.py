from kit import img, links, lis, lis_d
PAGES = []
K = "government"

# we-01: 福州 district portal, 2010s table layout, info bar below title with 字体/打印/关闭
PAGES.append(dict(id="we-01", kind=K, title="晋安区部署2025年防汛备汛工作", authors=[], publish_time="2025-05-12 17:42",
pmode="br",
css="body{font:12px/1.8 SimSun;margin:0}table{border-collapse:collapse}.top{background:#1d5fa8;color:#fff}.nav a{color:#fff;padding:0 12px}.tit{font-size:20px;font-weight:bold;text-align:center;color:#c00}.info{text-align:center;color:#666;border-bottom:1px dashed #ccc}.con{font-size:14px;padding:10px 30px}",
top=f"""<table width="1000" align="center"><tr><td class="top">{img('福州市晋安区人民政府')}</td><td class="top" align="right"><a href="#">无障碍浏览</a> | <a href="#">长者模式</a> | <a href="#">繁體</a> | <a href="#">English</a><br><input type="text" value="请输入关键字"><input type="button" value="搜索"></td></tr>
<tr><td colspan="2" class="nav" style="background:#0e4a8a">{links(['首页','走进晋安','政务公开','政务服务','互动交流','专题专栏'])}</td></tr></table>
<table width="1000" align="center"><tr><td>您现在的位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">工作动态</a> &gt; 正文</td></tr>
<tr><td class="tit">晋安区部署2025年防汛备汛工作</td></tr>
<tr><td class="info">发布时间：2025-05-12 17:42&nbsp;&nbsp;&nbsp;信息来源：区应急管理局&nbsp;&nbsp;&nbsp;浏览次数：<span>1362</span>&nbsp;&nbsp;&nbsp;【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>
<tr><td class="con">""",
bottom=f"""</td></tr><tr><td align="right">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</td></tr>
<tr><td>上一篇：<a href="#">晋安区开展“安全生产月”宣传咨询日活动</a><br>下一篇：<a href="#">区政府召开第48次常务会议</a></td></tr></table>
<table width="1000" align="center" style="background:#eee"><tr><td>{img('党政机关')}</td><td>主办单位：福州市晋安区人民政府办公室　承办单位：晋安区融媒体中心<br>地址：福州市晋安区福新中路188号　联系电话：0591-8735XXXX<br>闽ICP备0502XXXX号-1　闽公网安备 35011102350XXX号　网站标识码：3501110007</td><td>{img('政府网站找错')}</td></tr></table>""",
blocks=[
"5月12日下午，晋安区召开2025年防汛备汛工作会议，总结去年防汛工作，分析研判今年汛期形势，部署当前防汛备汛重点任务。区领导陈明辉、郑向东出席会议。",
"会议指出，今年我区入汛时间较常年偏早，预计汛期降水总体偏多，局地强降雨和台风影响的可能性较大。各镇街、各部门要克服麻痹思想和侥幸心理，把防汛备汛作为当前压倒性任务来抓。",
"会议要求，一要压实责任链条，落实区、镇（街）、村（社区）三级防汛责任人，确保每一处山塘水库、地质灾害隐患点、内涝易发点都有人盯守；二要抓好隐患排查，对全区46处易涝点、23座山塘开展拉网式排查，能整改的立即整改，一时难以整改的要落实临时防范措施；三要备足物资队伍，各镇街抢险队伍不少于30人，沙袋、水泵、冲锋舟等物资在5月底前补齐到位；四要强化预警转移，坚持“宁可十防九空，不可失防万一”，对危险区域群众做到应转尽转、应撤尽撤。",
"会上，区水利局、区住建局、区自然资源局和北峰片区相关镇作了发言。会议还通报了近期防汛检查中发现的问题。",
("img", "防汛备汛工作会议现场", ""),
]))

# we-02: 佛山 district, official 通知 in modern gov template with 文号 line, 主送, 署名, 成文日期; 索引号 table
PAGES.append(dict(id="we-02", kind=K, title="关于做好2025年高温天气防御工作的通知", authors=[], publish_time="2025-05-14",
pmode="pi",
css="body{margin:0;font-family:'Microsoft YaHei'}.hd{height:120px;background:#b7261e}.idx td{border:1px solid #ddd;padding:4px 8px;font-size:13px}.doc{width:900px;margin:0 auto}.doc h1{font-size:24px;text-align:center}.wh{text-align:center;color:#333}.sign{text-align:right}",
top=f"""<div class="hd"><div class="logo">{img('佛山市南海区人民政府门户网站')}</div><div class="tools"><a href="#">长者模式</a><a href="#">无障碍</a><a href="#">智能问答</a></div><form><input placeholder="搜索本站内容"><button>搜索</button></form></div>
<ul class="mainnav">{lis(['首页','政务公开','政务服务','政民互动','走进南海'])}</ul>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">通知公告</a></div>
<table class="idx"><tr><td>索引号：</td><td>11440605007XXXXXX/2025-00213</td><td>分类：</td><td>应急管理</td></tr>
<tr><td>发布机构：</td><td>南海区人民政府办公室</td><td>成文日期：</td><td>2025-05-13</td></tr>
<tr><td>名称：</td><td>关于做好2025年高温天气防御工作的通知</td><td>发布日期：</td><td>2025-05-14</td></tr>
<tr><td>文号：</td><td>南府办函〔2025〕37号</td><td>主题词：</td><td></td></tr></table>
<div class="doc"><h1>关于做好2025年高温天气防御工作的通知</h1><p class="wh">南府办函〔2025〕37号</p>""",
bottom=f"""<div class="tools2"><a href="#">【打印】</a><a href="#">【关闭】</a></div></div>
<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a></div>
<div class="ft">{img('党政机关')}<p>主办：佛山市南海区人民政府办公室　承办：南海区政务服务数据管理局</p><p>粤ICP备1208XXXX号　粤公网安备 44060502001XXX号　网站标识码：4406050001</p><p>{img('扫一扫')}扫一扫在手机打开当前页</p></div>""",
blocks=[
"各镇人民政府、街道办事处，区直各有关单位：",
"据气象部门预测，今年我区高温日数较常年偏多，出现持续性高温天气的可能性较大。为切实做好高温天气防御工作，保障人民群众生命财产安全和生产生活秩序，现将有关事项通知如下：",
("h", "一、加强监测预警"),
"区气象局要加强高温天气监测预报，及时发布高温预警信息，并通过电视、广播、短信、政务新媒体等渠道向社会公众广泛传播。",
("h", "二、保障户外作业人员权益"),
"各单位要合理调整户外作业时间，日最高气温达到35℃以上时，应当停止当日12时至15时的露天作业；日最高气温达到40℃以上时，应当停止当日露天作业。区人力资源社会保障局要加强防暑降温费发放情况的监督检查。",
("h", "三、做好用电用水保障"),
"供电、供水企业要加强设施巡检维护，制定有序用电、应急供水方案，确保高峰时段居民生活用电用水。",
("h", "四、落实值班值守"),
"各单位要严格执行24小时值班和领导带班制度，遇有突发情况及时报告区应急管理局（电话：0757-8628XXXX）。",
"南海区人民政府办公室",
"2025年5月13日",
]))

# we-03: 成都 街道办 page on a district site (div layout, 2018-ish), closing 通讯员 byline in last paragraph
PAGES.append(dict(id="we-03", kind=K, title="玉林街道举办第三届“邻里节” 百余户居民共话社区事", authors=["刘佳", "何雨桐"], publish_time="2025年05月13日",
css="body{font:14px/1.9 'PingFang SC',sans-serif;background:#f4f4f4}.w{width:1100px;margin:0 auto;background:#fff}.bar{background:#c8161d;color:#fff}.art-t{font-size:26px;text-align:center}.meta span{margin:0 10px;color:#888}",
top=f"""<div class="w"><div class="bar"><span>成都市武侯区人民政府 玉林街道办事处</span><span class="r"><a href="#">设为首页</a> <a href="#">加入收藏</a> <a href="#">无障碍</a></span></div>
<div class="logo">{img('玉林街道')}</div>
<div class="nav">{links(['首页','街道概况','党建引领','社区动态','便民服务','公示公告','联系我们'], ' ')}</div>
<div class="pos">当前位置：<a href="#">首页</a> &gt;&gt; <a href="#">社区动态</a> &gt;&gt; 正文</div>
<h2 class="art-t">玉林街道举办第三届“邻里节”<br>百余户居民共话社区事</h2>
<div class="meta"><span>2025年05月13日</span><span>来源：玉林街道</span><span>阅读：526次</span></div>
<div class="txt">""",
bottom=f"""</div><div class="ed">【责任编辑：张倩】</div>
<div class="pn"><p>上一篇：<a href="#">芳草社区开展防范电信诈骗宣传</a></p><p>下一篇：没有了</p></div>
<div class="rel"><h4>相关阅读</h4><ul>{lis(['玉林街道召开2025年城市更新工作推进会','“小巷管家”上岗记','街道开展老旧院落消防安全检查'])}</ul></div>
<div class="ft">版权所有：成都市武侯区玉林街道办事处 地址：成都市武侯区玉林北路XX号<br>蜀ICP备0501XXXX号-3 川公网安备51010702000XXX号</div></div>""",
blocks=[
"5月10日，玉林街道第三届“邻里节”在玉林北路社区小广场开幕。活动以“邻里一家亲 共建幸福家”为主题，辖区8个社区的120余户居民家庭参加。",
"活动现场设置了“邻里百家宴”“旧物换新”“社区议事角”等板块。居民们带来自家拿手菜，摆满了十几张长桌。“以前住楼房，对门住了几年都叫不出名字，现在通过社区活动认识了好多老邻居。”居民王大爷一边给大家分凉拌兔丁，一边笑着说。",
("img", "邻里百家宴现场", "邻里百家宴现场"),
"在“社区议事角”，居民围绕小区停车难、楼道堆物、加装电梯等问题与社区工作人员、物业代表面对面交流，现场收集意见建议37条。街道相关负责人表示，将对收集到的问题建立台账、逐一回应，能解决的限期解决，需要协调的纳入下一阶段城市更新项目统筹推进。",
"据了解，“邻里节”已连续举办三年，今年还将持续至6月底，陆续开展亲子运动会、夏日纳凉晚会等系列活动。（通讯员 刘佳 何雨桐）",
]))

# we-04: 遵义 county portal, 政策解读 (2022 design), Q&A subheadings, 解读机关 not author
PAGES.append(dict(id="we-04", kind=K, title="《湄潭县农村人居环境整治提升五年行动实施方案》政策解读", authors=[], publish_time="2025-05-15 10:08:31",
hmode="h4",
css=".header{background:linear-gradient(#2a6fdb,#1b4fa8);height:150px}.main{width:1200px;margin:auto}.jd-t{font-size:22px;text-align:center;font-weight:700}.jd-info{display:flex;justify-content:center;gap:20px;font-size:13px;color:#999}.sub{font-size:16px;color:#1b4fa8}",
top=f"""<div class="header"><div class="topbar"><span>今天是：2025年5月15日 星期四</span><a href="#">简体</a>|<a href="#">繁体</a><a href="#">无障碍浏览</a><a href="#">登录</a><a href="#">注册</a></div>{img('湄潭县人民政府')}<div class="search"><input placeholder="请输入搜索关键词"><a href="#">高级搜索</a></div></div>
<div class="main"><nav>{links(['首页','新闻中心','政务公开','政务服务','互动交流','走进湄潭'],' ')}</nav>
<div class="crumbs">您当前所在位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策解读</a> &gt; <a href="#">部门解读</a></div>
<div class="jd-t">《湄潭县农村人居环境整治提升五年行动实施方案》政策解读</div>
<div class="jd-info"><span>发布时间：2025-05-15 10:08:31</span><span>来源：县农业农村局</span><span>字号：<a href="#">大</a><a href="#">中</a><a href="#">小</a></span><span>分享到：</span></div>
<div class="jd-rel">相关文件：<a href="#">湄潭县人民政府办公室关于印发《湄潭县农村人居环境整治提升五年行动实施方案》的通知</a></div>
<div class="content">""",
bottom=f"""</div><div class="pbar"><a href="#">打印本页</a> <a href="#">关闭窗口</a></div></div>
<div class="footer"><div class="links">政府网站：<a href="#">中国政府网</a> <a href="#">贵州省人民政府</a> <a href="#">遵义市人民政府</a></div><p>湄潭县人民政府办公室主办　湄潭县大数据发展中心承办</p><p>联系电话：0851-2452XXXX　黔ICP备1300XXXX号-1　贵公网安备 52032802000XXX号　网站标识码：5203280001</p>{img('党政机关')}{img('政府网站找错')}</div>""",
blocks=[
("h", "一、制定背景"),
"为深入学习运用“千万工程”经验，持续改善农村人居环境，建设宜居宜业和美乡村，县农业农村局牵头起草了《湄潭县农村人居环境整治提升五年行动实施方案》（以下简称《方案》），经县人民政府同意后印发实施。",
("h", "二、主要目标"),
"到2029年，全县农村卫生厕所普及率达到95%以上，农村生活污水治理率达到50%以上，生活垃圾收运处置体系覆盖所有行政村，村庄清洁行动实现常态化、长效化。",
("h", "三、重点任务"),
"《方案》明确了五个方面重点任务：",
("li", ["（一）扎实推进农村厕所革命，新（改）建户厕3000户以上；", "（二）加快推进农村生活污水治理，优先治理乡镇政府驻地和茶旅融合示范村；", "（三）全面提升农村生活垃圾治理水平，推行“户分类、村收集、镇转运、县处理”模式；", "（四）整体提升村容村貌，开展“最美庭院”评选；", "（五）建立健全长效管护机制，落实村规民约和“门前三包”责任。"]),
("h", "四、保障措施"),
"县财政每年统筹安排专项资金不少于2000万元，并将整治成效纳入乡镇（街道）年度目标考核。群众如有疑问，可拨打县农业农村局农村社会事业股电话0851-2452XXXX咨询。",
]))

# we-05: 厦门 department (market regulation), 公示 with table, minimal modern info bar glued
PAGES.append(dict(id="we-05", kind=K, title="厦门市2025年度拟认定“守合同重信用”企业名单公示", authors=[], publish_time="2025-05-16",
css="body{font-family:sans-serif}.gov-top{background:#005bac;color:#fff}.detail h1{font-size:22px}.detail .infos{font-size:12px;color:#777}.dt{border-collapse:collapse;width:100%}",
top=f"""<div class="gov-top"><span>{img('厦门市市场监督管理局')}</span><span><a href="#">无障碍</a> <a href="#">关怀版</a> <a href="#">English</a></span><span><input placeholder="全站搜索"></span></div>
<div class="menu">{links(['首页','机构概况','信息公开','政务服务','互动交流','专题专栏'],' | ')}</div>
<div class="loc">首页 / 信息公开 / 公示公告</div>
<div class="detail"><h1>厦门市2025年度拟认定“守合同重信用”企业名单公示</h1>
<div class="infos">日期：2025-05-16来源：信用监管处字体：【大中小】</div>""",
bottom=f"""<div class="attach">附件：<a href="#">2025年度拟认定“守合同重信用”企业名单.xlsx</a></div></div>
<div class="op"><a href="#">打印</a> <a href="#">关闭</a></div>
<div class="foot"><p>厦门市市场监督管理局 版权所有　地址：厦门市思明区XX路XX号　邮编：361XXX</p><p>闽ICP备0600XXXX号　闽公网安备35020302001XXX号　网站标识码：3502000XX</p></div>""",
blocks=[
"根据《厦门市“守合同重信用”企业公示活动管理办法》，经企业自愿申报、区级初审、市级审核，拟认定厦门鹭翔包装材料有限公司等128家企业为2025年度厦门市“守合同重信用”企业。现将名单予以公示（部分名单如下，完整名单见附件），接受社会监督。",
("table", [["序号", "企业名称", "所在区", "连续公示年数"], ["1", "厦门鹭翔包装材料有限公司", "集美区", "5"], ["2", "厦门海沧德源建设工程有限公司", "海沧区", "3"], ["3", "厦门思明佳禾餐饮管理有限公司", "思明区", "1"], ["4", "厦门同安新岭五金制品有限公司", "同安区", "2"], ["5", "厦门翔安海润水产有限公司", "翔安区", "1"]]),
"公示期为2025年5月16日至5月22日（5个工作日）。公示期间，任何单位和个人对公示名单有异议的，可通过书面、电话或电子邮件方式向我局反映。反映情况应当实事求是，以单位名义反映的须加盖公章，以个人名义反映的须署真实姓名和联系方式。",
"联系电话：0592-530XXXX",
"电子邮箱：xyjgc@scjg.xm.example",
"厦门市市场监督管理局",
"2025年5月16日",
]))

# we-06: 深圳 street office, 领导活动, author in info bar, photos with captions, 编辑/审核 at end
PAGES.append(dict(id="we-06", kind=K, title="街道党工委书记带队调研辖区重点产业项目", authors=["黄思远"], publish_time="2025-05-13 16:20",
pmode="div",
css=".site-head{background:#fff;border-bottom:3px solid #d7000f}.art{max-width:860px;margin:auto}.art h1{font-size:28px;line-height:1.4}.art-meta{color:#999;font-size:13px}.para{text-indent:2em;margin:0 0 1em}",
top=f"""<div class="site-head">{img('深圳市宝安区人民政府 新桥街道')}<div class="right"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">手机版</a></div></div>
<nav class="navs">{links(['街道首页','新闻动态','党建工作','政务公开','民生服务','营商环境'],' ')}</nav>
<div class="cur">当前位置：首页 &gt; 新闻动态 &gt; 领导活动</div>
<div class="art"><h1>街道党工委书记带队调研辖区重点产业项目</h1>
<div class="art-meta">来源：新桥街道办事处　作者：黄思远　时间：2025-05-13 16:20　点击：</div>
<div class="fontsize">【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>""",
bottom=f"""<p class="edi">编辑：吴少华　审核：钟敏</p></div>
<div class="prenext"><span>上一条：<a href="#">新桥街道召开安全生产工作例会</a></span><span>下一条：<a href="#">新桥街道开展“民法典宣传月”活动</a></span></div>
<div class="qr">{img('新桥街道微信公众号')}<p>扫一扫关注“新桥发布”</p></div>
<footer>深圳市宝安区新桥街道办事处 版权所有　粤ICP备1207XXXX号　粤公网安备44030602000XXX号　网站标识码：4403060XXX</footer>""",
blocks=[
"5月13日上午，新桥街道党工委书记曾建军带队先后走访调研辖区3个重点产业项目，实地查看项目建设进度，协调解决企业发展中遇到的困难和问题。街道办事处主任林惠，街道党工委委员、副主任陈浩参加调研。",
"在某新能源电池材料生产基地项目现场，曾建军详细了解项目厂房建设、设备进场和投产计划。企业负责人介绍，项目一期厂房已完成主体结构施工，预计今年第三季度投产，达产后年产值可达15亿元。",
("img", "调研组在项目现场了解施工进度", "调研组在项目现场了解施工进度"),
"在上星科技园城市更新单元，调研组听取了项目拆迁进展情况汇报，并就配套道路、学校建设等问题进行了现场协调。",
"曾建军指出，重点产业项目是街道经济高质量发展的“压舱石”。各部门要主动靠前服务，建立“一项目一专班”工作机制，对企业反映的用地、用电、人才住房等问题，要分清责任、限时办结，让企业安心发展、放心投资。",
]))

# we-07: 绵阳 township site, village news, plain old layout, author in 作者 field, date Chinese w/o zero padding
PAGES.append(dict(id="we-07", kind=K, title="青莲村召开2025年村民代表大会 审议通过村集体经济发展计划", authors=["杨明"], publish_time="2025年5月14日",
css="body{font-size:14px}#top{background:url();height:90px}#nav li{float:left;list-style:none;margin:0 8px}.newstitle{font-size:20px;color:#036;text-align:center}.newsinfo{text-align:center;font-size:12px}",
top=f"""<div id="top">{img('江油市青莲镇人民政府')}<span>欢迎访问青莲镇人民政府网站！</span><span><a href="#">设为首页</a> <a href="#">收藏本站</a></span></div>
<ul id="nav">{lis(['网站首页','镇情概况','政务公开','乡村振兴','村务公开','办事指南','留言板'])}</ul><div style="clear:both"></div>
<div class="path">位置：<a href="#">网站首页</a> &gt; <a href="#">村务公开</a> &gt; <a href="#">青莲村</a></div>
<div class="newstitle">青莲村召开2025年村民代表大会 审议通过村集体经济发展计划</div>
<div class="newsinfo">作者：杨明 &nbsp; 来源：青莲镇党政办 &nbsp; 发布时间：2025年5月14日 &nbsp; 浏览：<font color="red">208</font> 次</div>
<div class="newscontent">""",
bottom="""</div><div class="back"><a href="#">【返回上一页】</a> <a href="#">【打印】</a></div>
<div class="copyright">Copyright © 2016-2025 江油市青莲镇人民政府 All Rights Reserved<br>地址：江油市青莲镇XX街XX号 电话：0816-361XXXX 蜀ICP备1602XXXX号</div>""",
blocks=[
"5月12日，青莲镇青莲村召开2025年第一次村民代表大会，村“两委”成员、村民代表、驻村工作队员共52人参加会议，镇党委委员、副镇长赵丽列席。",
"会上，村党总支书记李国强作村级事务工作报告，回顾了2024年村集体经济发展、人居环境整治和基础设施建设等工作：全年村集体经济收入达到38.6万元，较上年增长21%；新建产业路2.3公里，完成120户庭院改造。",
"会议审议了《青莲村2025年村集体经济发展计划》。计划提出，今年将依托李白故里文化资源，流转土地200亩发展特色水果采摘园，盘活闲置村小学校舍建设研学接待点，力争村集体经济收入突破50万元。经与会代表举手表决，计划获全票通过。",
"会议还公示了2024年度村务、财务收支情况，并就村规民约修订征求了代表意见。不少代表提出，要把“红白事简办”“垃圾分类”写进村规民约，引导村民移风易俗。",
"赵丽在讲话中要求，村“两委”要把代表们提出的意见建议梳理清楚，逐项落实，让村民真正参与到村级事务中来。",
]))

# we-08: 黔东南 county leader's speech, 2024-2025 responsive design, speaker = author
PAGES.append(dict(id="we-08", kind=K, title="在全县乡村振兴重点工作推进会上的讲话", authors=["潘文华"], publish_time="2025-05-12",
hmode="b-center", pmode="pi",
css=":root{--c:#0a6a4f}.g-head{background:var(--c);color:#fff;padding:20px}.speech h1{text-align:center;font-size:24px}.speech .who{text-align:center;font-family:KaiTi}.speech .d{text-align:center;color:#888}.speech p{line-height:2}",
top=f"""<header class="g-head">{img('从江县人民政府')}<div class="util"><a href="#">长者模式</a> <a href="#">无障碍</a> <a href="#">智能问答</a> <a href="#">个人中心</a></div><div class="sb"><input placeholder="搜索"><button>🔍</button></div></header>
<nav>{links(['首页','要闻动态','政务公开','办事服务','互动交流','数据发布'],' ')}</nav>
<div class="bc"><a href="#">首页</a><span>&gt;</span><a href="#">政务公开</a><span>&gt;</span><a href="#">领导讲话</a><span>&gt;</span>正文</div>
<article class="speech"><h1>在全县乡村振兴重点工作推进会上的讲话</h1>
<p class="who">县委副书记、县长　潘文华</p><p class="who">（2025年5月9日）</p>
<div class="d">发布日期：2025-05-12　　信息来源：县政府办　　【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>""",
bottom=f"""</article><div class="share-bar"><span>分享：</span><a href="#">微信</a><a href="#">QQ空间</a><a href="#">微博</a><a href="#">打印</a><a href="#">关闭</a></div>
<section class="rel"><h3>相关阅读</h3><ul>{lis(['从江县召开2025年一季度经济运行分析会','县政府党组召开理论学习中心组学习会'])}</ul></section>
<footer><p>主办：从江县人民政府办公室　运维：从江县融媒体中心</p><p>黔ICP备1500XXXX号-1　{img('公安备案')}贵公网安备 52263302000XXX号　网站标识码：5226330002</p></footer>""",
blocks=[
"同志们：",
"今天召开这次会议，主要任务是贯彻落实全州乡村振兴工作会议精神，调度前一阶段工作，安排部署下一步重点任务。刚才，三个乡镇和县农业农村局作了发言，讲得都很好，我都赞同。下面，我再讲三点意见。",
("h", "一、清醒认识当前形势"),
"今年以来，全县上下紧紧围绕守底线、抓发展、促振兴，各项工作总体推进有力。但也要看到，部分乡镇监测帮扶还不够精准，个别产业项目联农带农机制不健全，这些问题必须引起高度重视。",
("h", "二、聚焦重点抓落实"),
"一是守牢防止规模性返贫底线。对监测对象要做到早发现、早干预、早帮扶，确保风险消除一户、销号一户。二是做强特色产业。香禾糯、椪柑、油茶等产业要在品牌打造、精深加工上下功夫，今年要新培育县级以上龙头企业5家。三是稳定务工就业。要组织好劳务协作，确保脱贫劳动力务工规模稳定在4.8万人以上。",
("h", "三、压实责任促见效"),
"各乡镇党政主要负责同志是第一责任人，要亲自抓、负总责。县直各部门要各司其职、协同发力。县委、县政府督查室要加强跟踪问效，对工作推进不力的要通报、约谈。",
"同志们，时间过半任务必须过半。让我们以更加务实的作风，扎扎实实把各项工作抓出成效！",
]))

# we-09: 漳州 county, 通报 (official doc), 2014 table-ish layout, date with slash
PAGES.append(dict(id="we-09", kind=K, title="关于2025年第一季度政府网站和政务新媒体检查情况的通报", authors=[], publish_time="2025/05/15",
pmode="p",
css="body{background:#e9eef3;font-size:14px}.box{width:980px;margin:0 auto;background:#fff;border:1px solid #ccd}.bt{font-size:22px;color:#b00;text-align:center;padding:16px}.sx{background:#f5f5f5;text-align:center;font-size:12px}.zw p{text-indent:2em;line-height:28px}",
top=f"""<div class="box"><table width="100%"><tr><td>{img('平和县人民政府网')}</td><td align="right"><a href="#">关于本站</a> | <a href="#">网站地图</a> | <a href="#">无障碍浏览</a> | <a href="#">长者模式</a></td></tr></table>
<div class="dh">{links(['首页','平和概况','新闻中心','政务公开','政务服务','公众参与'],'　')}</div>
<div class="wz">当前位置：<a href="#">首页</a> → <a href="#">政务公开</a> → <a href="#">通知公告</a></div>
<div class="bt">关于2025年第一季度政府网站和政务新媒体检查情况的通报</div>
<div class="sx">来源： 平和县人民政府办公室 &nbsp; 时间：2025/05/15 &nbsp; 访问量： 931 &nbsp; <a href="#">打印</a></div>
<div class="zw"><p style="text-align:center">平政办〔2025〕19号</p>""",
bottom=f"""</div><div class="sxp">上一篇：<a href="#">平和县2025年春季征兵公告</a><br>下一篇：<a href="#">关于开展2025年“安全生产月”活动的通知</a></div></div>
<div class="ft" style="text-align:center">平和县人民政府办公室主办　平和县融媒体中心技术支持　闽ICP备1000XXXX号　闽公网安备35062802000XXX号　网站标识码：3506280001<br>{img('党政机关')} 联系我们：0596-552XXXX</div>""",
blocks=[
"各乡（镇）人民政府，县直各有关单位：",
"根据《政府网站与政务新媒体检查指标》等有关要求，县政府办于3月下旬对全县政府网站和政务新媒体开展了第一季度检查。现将有关情况通报如下：",
("h", "一、总体情况"),
"本次共检查政府网站1个、政务新媒体46个，总体合格率为95.7%。其中，县卫健局、县文体旅局等单位的政务新媒体更新及时、互动回应较好，予以通报表扬。",
("h", "二、存在问题"),
"抽查发现，2个政务新媒体账号超过2周未更新，属于单项否决情形；部分栏目存在错别字、外链失效、留言回复不及时等问题。",
("table", [["单位", "账号名称", "问题"], ["某镇人民政府", "某镇发布（微信公众号）", "超过2周未更新"], ["县某协会", "某协会（微博）", "发布内容出现错别字"]]),
("h", "三、工作要求"),
"请存在问题的单位于5月30日前完成整改，并将整改情况报县政府办政务公开股。",
"平和县人民政府办公室",
"2025年5月14日",
]))

# we-10: 湛江 department, 批复, flat 2023 template, info bar above title, no author
PAGES.append(dict(id="we-10", kind=K, title="湛江市农业农村局关于同意遂溪县2025年高标准农田建设项目初步设计的批复", authors=[], publish_time="2025-05-16 09:00",
css=".hdr{display:flex;justify-content:space-between;padding:10px 40px;background:#11703f;color:#fff}.xl-info{font-size:13px;color:#666;border-bottom:1px solid #eee;padding:8px 0}.xl-tit{font-size:24px;margin:16px 0}",
top=f"""<div class="hdr">{img('湛江市农业农村局')}<span><a href="#">无障碍浏览</a> <a href="#">长者模式</a> <a href="#">登录</a></span></div>
<div class="nv">{links(['首页','机构概况','政务公开','政务服务','互动交流','专题专栏'],' ')}</div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">其他文件</a></div>
<div class="xl-info">发布日期：2025-05-16 09:00 | 来源：湛江市农业农村局 | 【字号：大 中 小】</div>
<div class="xl-tit">湛江市农业农村局关于同意遂溪县2025年高标准农田建设项目初步设计的批复</div>
<div class="xl-no">湛农批〔2025〕12号</div><div class="xl-body">""",
bottom=f"""</div><div class="xl-file">相关附件：<a href="#">附件：项目建设内容及投资概算表.pdf</a></div>
<div class="xl-op"><a href="#">打印本页</a> <a href="#">关闭窗口</a></div>
<div class="footer">网站主办：湛江市农业农村局　地址：湛江市赤坎区XX路XX号　电话：0759-338XXXX<br>粤ICP备0509XXXX号　粤公网安备44080202000XXX号　网站标识码：4408000039</div>""",
blocks=[
"遂溪县农业农村局：",
"你局《关于报送遂溪县2025年高标准农田建设项目初步设计的请示》（遂农〔2025〕31号）收悉。经组织专家评审，现批复如下：",
"一、同意遂溪县2025年高标准农田建设项目初步设计。项目涉及北坡镇、港门镇、城月镇3个镇，建设规模2.1万亩，其中新建1.3万亩、改造提升0.8万亩。",
"二、主要建设内容包括土地平整、灌溉与排水、田间道路、农田防护与生态环境保护等工程。项目总投资4200万元，亩均投资2000元，资金由中央、省级财政补助和县级配套资金共同解决。",
"三、请你局严格按照批复内容组织实施，不得擅自变更建设地点、规模和内容；确需变更的，应按程序报批。项目须在2025年12月底前完工，并按要求做好竣工验收和上图入库工作。",
"此复。",
"湛江市农业农村局",
"2025年5月15日",
]))

# we-11: 宜宾 district natural resources bureau, 征求意见公告, info bar with 作者 = 供稿单位? (no person)
PAGES.append(dict(id="we-11", kind=K, title="关于公开征求《叙州区城镇老旧小区改造技术导则（征求意见稿）》意见的公告", authors=[], publish_time="2025-05-13",
css="body{margin:0}.tp{background:#0b3d91}.tp a{color:#fff}.wrap{width:1200px;margin:0 auto}.title{font-size:22px;font-weight:700;text-align:center}.property{display:grid;grid-template-columns:1fr 1fr 1fr;font-size:13px;background:#f7f9fc}",
top=f"""<div class="tp"><div class="wrap"><a href="#">宜宾市叙州区人民政府</a> <a href="#">无障碍</a> <a href="#">繁体版</a> <a href="#">长者版</a></div></div>
<div class="wrap">{img('叙州区住房和城乡建设局')}<form><input placeholder="请输入关键字"><button>搜索</button></form>
<ul class="menu">{lis(['首页','机构职能','政务公开','公众参与','办事服务'])}</ul>
<div class="crumb">当前位置：首页 &gt; 公众参与 &gt; 意见征集</div>
<div class="title">关于公开征求《叙州区城镇老旧小区改造技术导则（征求意见稿）》意见的公告</div>
<div class="property"><span>发布单位：叙州区住房和城乡建设局</span><span>发布日期：2025-05-13</span><span>征集期限：2025-05-13至2025-06-12</span></div>
<div class="text">""",
bottom=f"""</div><div class="fj"><p>附件：</p><p><a href="#">1.叙州区城镇老旧小区改造技术导则（征求意见稿）.docx</a></p><p><a href="#">2.意见反馈表.docx</a></p></div>
<div class="btns"><a href="#">我要留言</a> <a href="#">打印</a> <a href="#">关闭</a></div></div>
<div class="foot"><div class="wrap">主办单位：宜宾市叙州区住房和城乡建设局　技术支持：叙州区政务服务和大数据中心<br>蜀ICP备1101XXXX号　川公网安备51152102000XXX号　网站标识码：5115210005<br>{img('扫一扫 关注叙州发布')}</div></div>""",
blocks=[
"为规范我区城镇老旧小区改造项目设计、施工和验收工作，提升改造质量，我局组织起草了《叙州区城镇老旧小区改造技术导则（征求意见稿）》，现向社会公开征求意见。",
"本次征求意见的时间为2025年5月13日至2025年6月12日。社会各界可通过以下方式提出意见建议：",
("li", ["1. 电子邮件：请将意见建议发送至 xzzjj_gz@163.example，邮件主题请注明“老旧小区改造导则意见”。", "2. 信函：请寄至宜宾市叙州区南岸西区XX路XX号叙州区住房和城乡建设局城建股，邮编644600，并在信封上注明“导则意见”字样。", "3. 电话：0831-823XXXX（工作日9:00—12:00，14:30—18:00）。"]),
"请在反馈意见时注明真实姓名和联系方式，以便进一步沟通。感谢您的参与和支持！",
"宜宾市叙州区住房和城乡建设局",
"2025年5月13日",
]))

# we-12: 贵阳 district portal news, 2025 design: 来源/作者/编辑/审核 all in info bar; reporter byline "记者 X"
PAGES.append(dict(id="we-12", kind=K, title="观山湖区：“一窗通办”让群众办事少跑腿", authors=["罗婷", "田旭"], publish_time="2025-05-16 18:05:12",
css="body{font-family:system-ui;background:#fafafa}.nx-hd{height:64px;display:flex;align-items:center;gap:24px;padding:0 32px;background:#fff;box-shadow:0 1px 4px #0002}.nx-art{max-width:780px;margin:32px auto;background:#fff;padding:40px}.nx-art h1{font-size:30px}.chips span{display:inline-block;margin-right:16px;font-size:13px;color:#888}",
top=f"""<div class="nx-hd">{img('贵阳市观山湖区人民政府')}<a href="#">首页</a><a href="#">要闻</a><a href="#">公开</a><a href="#">服务</a><a href="#">互动</a><span class="sp"></span><a href="#">关怀模式</a><a href="#">无障碍</a><a href="#">EN</a></div>
<main class="nx-art"><div class="bc">首页 / 要闻动态 / 区县动态</div>
<h1>观山湖区：“一窗通办”让群众办事少跑腿</h1>
<div class="chips"><span>2025-05-16 18:05:12</span><span>来源：观山湖区融媒体中心</span><span>作者：记者 罗婷 田旭</span><span>编辑：周晓敏</span><span>审核：龙海</span></div>""",
bottom=f"""<div class="tail">编辑：周晓敏 ｜ 二审：王丽 ｜ 三审：龙海</div>
<div class="sharebox"><span>分享至</span><a href="#">微信</a><a href="#">微博</a><a href="#">复制链接</a></div></main>
<aside class="more"><h3>推荐阅读</h3><ul>{lis_d([('观山湖区召开2025年优化营商环境工作会','05-15'),('区政务服务中心推出“夜间办”服务','05-12'),('“贵人服务”品牌建设再提速','05-09')])}</ul></aside>
<footer>主办：贵阳市观山湖区人民政府办公室　黔ICP备1900XXXX号-2　贵公网安备 52011502000XXX号　网站标识码：5201150017<br>建议使用1920×1080分辨率　{img('政府网站找错')}</footer>""",
blocks=[
"“原来办个体工商户营业执照要跑好几个窗口，现在一个窗口全办完，半个小时就拿到了。”5月15日，在观山湖区政务服务中心，刚办完业务的市民张女士说。",
"今年以来，观山湖区深化政务服务改革，在区政务服务中心全面推行“一窗通办”模式，将原来按部门设置的38个专窗整合为“综合受理”“综合出件”两类窗口，实现“前台综合受理、后台分类审批、统一窗口出件”。",
("h", "“一件事”打包办"),
"围绕群众和企业办事高频事项，该区梳理推出“开办餐饮店”“新生儿出生”“退休”等32个“一件事”套餐，申请材料平均压减40%，办理时限平均压减60%。",
("h", "“帮代办”上门办"),
"针对老年人、残疾人等特殊群体，区政务服务中心组建了12人的帮代办队伍，提供预约上门服务。截至目前，已上门办理业务260余件。",
"据统计，1至4月，区政务服务中心共受理各类事项8.6万件，群众满意率达99.8%。",
]))
