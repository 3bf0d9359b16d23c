from kit import img, links, lis, lis_d
PAGES = []
K = "media"

# we-13: 福州 city news portal, 本报讯 byline inside first paragraph, 责任编辑
PAGES.append(dict(id="we-13", kind=K, title="福州地铁4号线二期全线洞通", authors=["陈文婷", "林海峰"], publish_time="2025-05-14 07:35",
css="body{font:16px/1.8 sans-serif}.fz-top{background:#003e8a;color:#fff;font-size:12px}.fz-logo{height:80px}.article h1{font-size:32px}.article .src{color:#999;font-size:14px}",
top=f"""<div class="fz-top"><span>2025年5月14日 星期三</span> <a href="#">登录</a> <a href="#">注册</a> <a href="#">手机版</a> <a href="#">福州新闻客户端</a></div>
<div class="fz-logo">{img('福州新闻网')}<input placeholder="请输入关键词"><button>搜索</button></div>
<ul class="chn">{lis(['首页','福州','要闻','社会','经济','文旅','教育','健康','视频','专题'])}</ul>
<div class="loc"><a href="#">福州新闻网</a> &gt; <a href="#">福州</a> &gt; 正文</div>
<div class="article"><h1>福州地铁4号线二期全线洞通</h1>
<div class="src">2025-05-14 07:35　来源：福州日报　<a href="#">我要分享</a></div>""",
bottom=f"""<p class="editor">责任编辑：郑颖</p></div>
<div class="hot"><h3>24小时热点</h3><ol>{lis(['鼓岭避暑季5月底开启','福州今年新增12个口袋公园','三坊七巷周末将有非遗展演','全市中考体育考试下周开考'])}</ol></div>
<div class="copy">福州新闻网版权所有，未经授权禁止复制或建立镜像<br>互联网新闻信息服务许可证编号：3512005XXXX　闽ICP备0501XXXX号　闽公网安备35010202000XXX号<br>违法和不良信息举报电话：0591-8760XXXX</div>""",
blocks=[
"本报讯（记者 陈文婷 通讯员 林海峰）13日上午，随着盾构机“榕城号”刀盘破土而出，福州地铁4号线二期工程最后一个区间——帝封江站至城门站区间右线顺利贯通，标志着4号线二期全线实现洞通。",
"4号线二期线路全长约9.6公里，设车站6座，均为地下站。项目自2021年开工以来，先后克服了富水砂层、孤石群、下穿既有建筑物等施工难题。其中，帝封江站至城门站区间需下穿一段河道，施工单位采用泥水平衡盾构机，并对河床进行注浆加固，确保了施工安全。",
"“洞通后，我们将全面转入铺轨、机电安装和装饰装修阶段。”福州地铁集团相关负责人介绍，4号线二期计划年内完成“电通”，明年上半年开展试运行。",
"据介绍，4号线二期建成后，将与已开通的4号线一期贯通运营，串联起城门、南台岛东部等片区，对完善城市轨道交通网络、缓解南北向交通压力具有重要意义。届时，福州地铁运营里程将突破170公里。",
]))

# we-14: 广州 city media 2025 app-style web page, byline lines on their own (not body), 通讯员
PAGES.append(dict(id="we-14", kind=K, title="广州南沙：首批港澳青年创业导师“上岗”", authors=["李慧", "梁嘉欣", "何晓"], publish_time="2025.05.15 20:13",
pmode="div",
css="body{margin:0;font-family:'PingFang SC'}.gz-nav{position:sticky;top:0;background:#e60012;color:#fff;display:flex;gap:20px;padding:12px}.story{max-width:720px;margin:auto}.story h1{font-size:28px;font-weight:800}.by{font-size:14px;color:#555}.para{margin:1em 0}",
top=f"""<div class="gz-nav">{img('羊城新报 新闻客户端')}<a href="#">推荐</a><a href="#">广州</a><a href="#">湾区</a><a href="#">财经</a><a href="#">文体</a><a href="#">视听</a><a href="#">下载APP</a></div>
<div class="story"><div class="tag">湾区</div><h1>广州南沙：首批港澳青年创业导师“上岗”</h1>
<div class="by"><span>羊城新报</span> <span>2025.05.15 20:13</span></div>
<p class="by">文/羊城新报全媒体记者 李慧 梁嘉欣 通讯员 何晓</p><p class="by">图/羊城新报全媒体记者 欧阳晖</p>""",
bottom=f"""<div class="by">责编：张琳 ｜ 审核：梁伟</div>
<div class="zan"><span>点赞</span><span>收藏</span><span>分享</span></div>
<div class="feed"><h4>相关新闻</h4>{links(['南沙启动“湾区青年创业周”','港澳青年在南沙创办企业超2000家'],'<br>')}</div></div>
<footer>羊城新报社版权所有　粤ICP备0815XXXX号　{img('打开APP')}打开APP，阅读体验更佳</footer>""",
blocks=[
"5月15日，南沙粤港澳青年创新创业基地举行首批港澳青年创业导师聘任仪式，来自香港、澳门和内地的20位企业家、投资人及专业人士受聘，将为在南沙创业的港澳青年提供“一对一”辅导。",
("img", "聘任仪式现场", "聘任仪式现场。羊城新报全媒体记者 欧阳晖 摄"),
"首批导师涵盖科技、金融、法律、文创等领域。香港青年企业家协会副会长陈展鸿是其中之一。“我在南沙创业已经第六年，踩过的坑比走过的路还多。”他说，希望把自己的经验分享给刚来内地的港澳年轻人，让他们少走弯路。",
"据了解，基地将建立导师与创业团队“双向选择”机制，每位导师每季度至少开展2次辅导，并定期组织项目路演、投融资对接等活动。今年以来，基地已新引进港澳青年创业团队43个，累计孵化项目超过600个。",
"在南沙创业的澳门青年梁子晴说：“有了导师带路，心里踏实多了。”她的团队正在开发一款跨境电商物流软件，希望能借助导师的资源对接更多合作企业。",
]))

# we-15: 四川 provincial portal republishing wire copy, 新华社…电（记者…）
PAGES.append(dict(id="we-15", kind=K, title="四川今年将新改建农村公路6000公里", authors=["张海磊", "康锦谦"], publish_time="2025-05-13 14:26:07",
css=".sc-head{background:#fff url() no-repeat}.sc-nav a{margin:0 10px}.cont-l{width:800px;float:left}.cont-r{width:300px;float:right}.t1{font-size:26px}.t2{font-size:12px;color:#888}",
top=f"""<div class="sc-head">{img('蜀天网 四川重点新闻网站')}<span class="date">2025年05月13日 星期二</span><span><a href="#">RSS</a> <a href="#">手机版</a> <a href="#">English</a></span></div>
<div class="sc-nav">{links(['首页','四川','国内','国际','财经','观点','文旅','体育','图片','视频','区县频道'],' ')}</div>
<div class="cont-l"><div class="pos">蜀天网 &gt; 四川 &gt; 四川要闻</div>
<div class="t1">四川今年将新改建农村公路6000公里</div>
<div class="t2">2025-05-13 14:26:07　来源：新华网　<span>作者：</span>　编辑：刘洋　<a href="#">纠错</a></div>
<div class="txt">""",
bottom=f"""</div><div class="t3">【责任编辑：刘洋】</div><div class="share">分享到：<a href="#">微信</a><a href="#">微博</a><a href="#">QQ</a></div></div>
<div class="cont-r"><h4>热点推荐</h4><ul>{lis(['成都大运公园将举办夏季音乐节','大熊猫国家公园巡护员的一天','川南城际铁路自贡段开展联调联试'])}</ul><h4>图片新闻</h4>{img('九寨沟景区')}<p>九寨沟迎来旅游小高峰</p></div>
<div style="clear:both" class="foot">蜀天网版权所有　互联网新闻信息服务许可证：5112006XXXX　川ICP备0800XXXX号<br>网络违法犯罪举报网站　12377举报中心</div>""",
blocks=[
"新华社成都5月13日电（记者张海磊、康锦谦）记者13日从四川省交通运输厅获悉，四川今年计划新改建农村公路6000公里，实施农村公路危旧桥梁改造300座，进一步提升农村地区出行条件。",
"四川省交通运输厅有关负责人介绍，今年将重点推进较大人口规模自然村（组）通硬化路建设，加快实施农村公路安全生命防护工程，并在条件具备的地区推动农村客运、货运物流、邮政快递融合发展。",
"截至2024年底，四川农村公路总里程已超过35万公里，具备条件的乡镇和建制村全部通硬化路、通客车。但受地形地貌影响，川西高原和盆周山区部分农村公路技术等级偏低，抗灾能力不足。",
"该负责人表示，四川将统筹用好车购税资金、地方政府专项债券等资金渠道，同时探索“以工代赈”方式吸纳当地群众参与农村公路建设和养护，带动群众就近就业增收。",
]))

# we-16: 贵州 county 融媒体中心 website, 来源/作者/编辑/审核/终审 stacked lines after body
PAGES.append(dict(id="we-16", kind=K, title="雷山：茶园里的“夜采”经济", authors=["吴燕", "杨光明"], publish_time="2025-05-12 21:30",
css="body{background:#fff}.rm-top{background:#19a15f;height:56px}.rm-art h2{font-size:24px;text-align:center}.rm-meta{text-align:center;color:#aaa;font-size:12px}.rm-foot-info p{margin:0;font-size:13px;color:#666}",
top=f"""<div class="rm-top">{img('雷山县融媒体中心')}<a href="#">首页</a> <a href="#">新闻</a> <a href="#">雷山手机台</a> <a href="#">直播</a> <a href="#">专题</a> <a href="#">关于我们</a></div>
<div class="here">当前位置：首页 &gt; 新闻 &gt; 本地新闻</div>
<div class="rm-art"><h2>雷山：茶园里的“夜采”经济</h2>
<div class="rm-meta">2025-05-12 21:30 · 雷山县融媒体中心 · 阅读 3021</div>""",
bottom=f"""<div class="rm-foot-info"><p>来源：雷山县融媒体中心</p><p>作者：吴&nbsp;&nbsp;燕&nbsp;&nbsp;杨光明</p><p>编辑：李春</p><p>审核：王志刚</p><p>终审：杨通</p></div></div>
<div class="qr">{img('雷山发布二维码')}<p>长按识别二维码 关注“雷山发布”</p></div>
<div class="ft">雷山县融媒体中心 版权所有　黔ICP备1800XXXX号　联系电话：0855-333XXXX</div>""",
blocks=[
"夜幕降临，雷山县丹江镇的茶山上亮起点点灯光。戴着头灯的采茶工穿梭在茶垄间，手指翻飞，新鲜的芽叶落入背篓。",
"“晚上凉快，茶叶水分足，采下来的鲜叶品质更好。”今年52岁的采茶工杨秀英一边采茶一边说，她白天在家照顾孙子，晚上上山采四五个小时，一晚上能挣一百多元。",
"今年，丹江镇引导茶企和合作社推行“夜采”模式，错开白天高温时段，延长采摘时间。茶企在茶山上架设照明灯，安排车辆接送采茶工，并在山下设立鲜叶收购点，做到随采随收、连夜加工。",
"“夜采既解决了用工难，又让鲜叶第一时间进厂，制出的茶叶香气更足。”雷山县某茶业公司负责人说，公司今年夏秋茶订单比去年增加了三成。",
"据统计，目前全县已有16家茶企、合作社开展“夜采”，带动周边群众2000余人增收。",
]))

# we-17: 广东 city TV station site, video news, closing byline （记者 … 报道）
PAGES.append(dict(id="we-17", kind=K, title="汕头：牛田洋海堤加固工程进入汛前冲刺", authors=["蔡晓东", "许漫"], publish_time="2025-05-15 19:48",
css="body{background:#111;color:#eee}.tv-hd{display:flex;gap:18px;align-items:center}.player{width:960px;height:540px;background:#000}.vt{font-size:22px}.vinfo{color:#999}",
top=f"""<div class="tv-hd">{img('汕头广播电视台')}<a href="#">首页</a><a href="#">新闻</a><a href="#">直播</a><a href="#">栏目</a><a href="#">汕头橄榄台</a><a href="#">登录</a></div>
<div class="crumb">首页 &gt; 新闻 &gt; 汕头新闻</div>
<div class="player">{img('视频播放器')}<p>您的浏览器不支持视频播放，请下载客户端观看</p></div>
<h1 class="vt">汕头：牛田洋海堤加固工程进入汛前冲刺</h1>
<div class="vinfo">栏目：《汕头新闻》　发布时间：2025-05-15 19:48　播放：1.2万</div>
<div class="vdesc">""",
bottom=f"""</div><div class="ed">责任编辑：吴丹</div>
<div class="list"><h3>更多视频</h3><ul>{lis_d([('【汕头新闻】2025年5月15日','05-15'),('濠江区开展渔船安全检查','05-15'),('潮汕牛肉丸入选省级非遗项目名录','05-14')])}</ul></div>
<div class="foot">汕头广播电视台 版权所有　信息网络传播视听节目许可证：1905XXX　粤ICP备0510XXXX号</div>""",
blocks=[
"进入5月，汕头牛田洋海堤加固工程各施工点位加紧作业，力争在主汛期到来前完成重点堤段的堤身加高和护坡建设。",
"记者在施工现场看到，挖掘机、压路机来回穿梭，工人们正在铺设预制混凝土块护坡。牛田洋海堤全长约12公里，是保护周边数万群众和大片农田的重要屏障。本次加固工程重点对其中4.5公里险工险段进行加高培厚，堤顶高程将提高至50年一遇防潮标准。",
"“我们实行两班倒，晚上也不停工，目前已完成总工程量的85%。”施工单位项目经理郑伟说。",
"为保证施工质量，监理单位对每一批进场的石料和混凝土预制块都进行抽样检测，不合格的一律退场。堤脚抛石和护坡施工完成后，还将对堤身进行沉降观测，确保堤防稳定。",
"市水务局相关负责人表示，工程完工后，将有效提升区域防御台风暴潮的能力。同时，水务部门已提前在堤防沿线储备了块石、编织袋等抢险物资，确保汛期安全。（记者 蔡晓东 许漫 汕头台报道）",
]))

# we-18: English page of a Fujian outlet, By-line with two names, dateline, Updated time
PAGES.append(dict(id="we-18", kind=K, lang="en", title="Xiamen opens cross-strait youth startup hub in Jimei", authors=["Lin Jiayi", "Chen Mo"], publish_time="2025-05-13 10:22",
css="body{font-family:Georgia,serif}.en-top{border-bottom:4px solid #0b5394}.en-nav a{text-transform:uppercase;margin-right:14px;font-family:Arial}.hl{font-size:34px}.dateline{font-family:Arial;font-size:13px;color:#666}",
top=f"""<div class="en-top">{img('Fujian Daily Online English')}<span><a href="#">中文</a> | <a href="#">Subscribe</a> | <a href="#">Sign in</a></span><input placeholder="Search"></div>
<div class="en-nav">{links(['Home','Fujian','China','Business','Culture','Travel','Cross-Strait','Photos'])}</div>
<div class="crumb">Home / Cross-Strait</div>
<h1 class="hl">Xiamen opens cross-strait<br>youth startup hub in Jimei</h1>
<div class="dateline">By Lin Jiayi and Chen Mo | fjdaily.example | Updated: 2025-05-13 10:22</div>
<div class="shr"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">WeChat</a></div>""",
bottom=f"""<div class="ed">Editor: Wang Ying</div>
<div class="related"><h3>Related stories</h3><ul>{lis(['Fuzhou hosts digital economy expo','Quanzhou port sees record container volume','Tea culture week kicks off in Wuyishan'])}</ul></div>
<div class="ft">Copyright 2025 Fujian Daily Online. All rights reserved. 闽ICP备0901XXXX号</div>""",
blocks=[
"A new startup hub for young people from both sides of the Taiwan Strait opened on Monday in Jimei district of Xiamen, Fujian province, offering free office space for up to two years to qualified teams.",
("img", "The opening ceremony of the hub", "The opening ceremony of the hub in Jimei district on Monday. CHEN MO / FOR FUJIAN DAILY ONLINE"),
"The 12,000-square-meter center, converted from an old textile factory, can host about 80 teams at a time. It provides legal, financial and intellectual property services, as well as a shared studio for livestreaming and product design.",
"\"Many young people from Taiwan want to start businesses on the mainland, but they don't know where to begin,\" said Hsu Chia-wei, who runs a small design company in the hub. \"Here, someone helps you register the company in a few days.\"",
"According to the district government, 26 teams have already signed agreements to move in, working in fields such as cultural creativity, e-commerce and smart manufacturing. Teams can also apply for startup subsidies of up to 200,000 yuan ($27,700).",
"Jimei has long been a gateway for cross-strait exchanges. Local officials said the district aims to attract 300 Taiwan youth entrepreneurs by the end of 2027.",
]))

# we-19: English page of a Guangdong outlet, wire copy with only Source: Xinhua -> authors []
PAGES.append(dict(id="we-19", kind=K, lang="en", title="Guangdong's foreign trade grows 4.8 pct in first four months", authors=[], publish_time="May 14, 2025",
css="body{font-family:Arial}.gdt-h{background:#a0001c;color:#fff}.story-h{font-size:30px;font-weight:bold}.meta{color:#888;font-size:12px}",
top=f"""<div class="gdt-h">{img('GD Today')}<nav>{links(['News','Business','Culture','Lifestyle','GBA','Video','Opinion'],' ')}</nav><span>Search</span></div>
<div class="breadcrumb">Home &gt; News &gt; Business</div>
<div class="story-h">Guangdong's foreign trade grows 4.8 pct in first four months</div>
<div class="meta">Source: Xinhua | May 14, 2025 | <a href="#">Share</a></div>""",
bottom=f"""<div class="tags">Tags: foreign trade, Guangdong, GBA</div>
<div class="more"><h4>Read more</h4><ul>{lis(['Shenzhen launches new air cargo route to Budapest','Guangzhou Canton Fair draws record buyers','Zhuhai opens new cross-border bus line'])}</ul></div>
<div class="ft">About Us | Contact Us | Terms of Use<br>Copyright © GD Today. All Rights Reserved. 粤ICP备1602XXXX号-3</div>""",
blocks=[
"GUANGZHOU, May 14 (Xinhua) -- Foreign trade in south China's Guangdong province reached 2.9 trillion yuan (about 402 billion U.S. dollars) in the first four months of 2025, up 4.8 percent year on year, according to the Guangdong branch of the General Administration of Customs.",
"Exports rose 6.1 percent to 1.86 trillion yuan, while imports grew 2.6 percent to 1.04 trillion yuan, the customs data showed.",
"Trade with countries participating in the Belt and Road Initiative increased 7.3 percent, accounting for 52.4 percent of the province's total. Exports of electric vehicles, lithium batteries and industrial robots continued to post double-digit growth.",
"Private enterprises remained the main driving force, with their imports and exports up 8.2 percent to 1.7 trillion yuan, the data showed.",
]))

# we-20: 绵阳-area city paper web, 2012 table layout, spaced two-character names in 作者 field
PAGES.append(dict(id="we-20", kind=K, title="科学城社区食堂开张 老人吃上“热乎饭”", authors=["王静", "刘一鸣"], publish_time="2025-5-16 8:52:00",
pmode="pi",
css="body{font-size:12px;margin:0}td{font-size:12px}.bt{font:bold 22px SimHei;color:#333}.xx{color:#666;border-top:1px solid #c00}.zw{font-size:15px;line-height:2}",
top=f"""<table width="960" align="center" cellpadding="0" cellspacing="0"><tr><td>{img('绵州新闻网')}</td><td>{img('广告位')}</td></tr>
<tr><td colspan="2" bgcolor="#c00">{links(['首页','绵州新闻','县市区','社会','民生','文化','科技城','图片'],' | ')}</td></tr>
<tr><td colspan="2">您当前的位置 ：<a href="#">绵州新闻网</a> &gt;&gt; <a href="#">民生</a> &gt;&gt; 正文</td></tr></table>
<table width="960" align="center"><tr><td valign="top" width="680">
<table width="100%"><tr><td class="bt" align="center">科学城社区食堂开张 老人吃上“热乎饭”</td></tr>
<tr><td class="xx" align="center">2025-5-16 8:52:00　来源：绵州日报　作者：王&nbsp;&nbsp;静&nbsp;&nbsp;刘一鸣　点击数：　　【<a href="#">打印</a>】【<a href="#">关闭</a>】</td></tr>
<tr><td class="zw">""",
bottom=f"""</td></tr></table></td><td valign="top" width="260"><b>图片新闻</b><br>{img('涪江夜景')}<br>涪江夜景<br><b>排行榜</b><ol>{lis(['绵阳新增两条公交线路','九洲体育馆周末有演出','市区部分路段将临时交通管制'])}</ol></td></tr></table>
<table width="960" align="center" bgcolor="#eeeeee"><tr><td align="center">关于我们 | 联系我们 | 广告服务 | 版权声明<br>绵州新闻网 版权所有 未经许可不得转载　蜀ICP备0600XXXX号</td></tr></table>""",
blocks=[
"5月15日中午11点，位于涪城区科学城的幸福里社区食堂正式开张。红烧肉、清炒时蔬、番茄蛋汤……不到半小时，前来就餐的老人就排起了长队。",
"“两荤一素一汤，60岁以上老人只要12块钱，80岁以上还能再打八折。”社区党委书记周红介绍，食堂由社区提供场地、引入专业餐饮企业运营，政府按就餐人次给予补贴，既保证价格实惠，又能持续运营。",
"家住社区的张婆婆今年83岁，老伴去世后一直独居。“以前一个人懒得煮，经常一碗面条对付一顿。现在下楼走两步就能吃上热饭热菜，儿女也放心了。”",
"针对行动不便的老人，食堂还提供送餐上门服务，由社区志愿者负责配送。开张首日，志愿者为12位高龄、失能老人送去了午餐。",
"据了解，今年绵阳市计划新建社区食堂30个，实现中心城区街道全覆盖。",
]))

# we-21: 贵州 provincial portal, headline with 副题 line "——…" (副题 not title), author 记者 line
PAGES.append(dict(id="we-21", kind=K, title="“村超”带火的不只是足球", authors=["龙雪梅"], publish_time="2025年05月16日 11:02",
css="body{font-family:sans-serif}.gz-banner{height:100px;background:#0f4c81}.gz-menu a{margin:0 8px}.h-main{font-size:30px;text-align:center}.h-sub{font-size:18px;text-align:center;color:#555}.h-info{text-align:center;font-size:13px;color:#999}",
top=f"""<div class="gz-banner">{img('黔新网')}<div class="r"><a href="#">登录</a> <a href="#">黔新客户端</a> <a href="#">无障碍</a></div></div>
<div class="gz-menu">{links(['首页','时政','贵州','市州','经济','文旅','体育','评论','视频','专题'])}</div>
<div class="pos">黔新网 &gt; 贵州 &gt; 市州</div>
<h1 class="h-main">“村超”带火的不只是足球</h1>
<h2 class="h-sub">——榕江县以赛促旅带动乡村产业发展见闻</h2>
<div class="h-info">2025年05月16日 11:02　来源：黔新网　记者 龙雪梅　<a href="#">【字号 大 中 小】</a></div>
<div class="article-body">""",
bottom=f"""</div><div class="editor">编辑：陶然　二审：梁宇　三审：赵平</div>
<div class="nextprev">上一篇：<a href="#">贵阳今年将新增公共停车位2万个</a> 下一篇：<a href="#">遵义茶产业综合产值突破600亿元</a></div>
<div class="footer">黔新网 版权所有 互联网新闻信息服务许可证编号：5212005XXXX<br>黔ICP备0900XXXX号 贵公网安备52010302000XXX号 违法和不良信息举报：0851-XXXXXXXX</div>""",
blocks=[
"周六傍晚，榕江县城北新区体育场看台上座无虚席。场上，两支村队你来我往；场下，侗族大歌、苗族芦笙轮番上演。“村超”进入第三个赛季，热度依旧。",
("h", "小县城迎来大客流"),
"“五一”假期，榕江县接待游客超过60万人次，旅游综合收入同比增长18%。县城里的酒店、民宿提前一周就已订满，不少游客住到了周边乡镇。",
"在体育场附近经营烧烤摊的王老板说，比赛日一晚上的流水能有七八千元，“以前县城晚上八点就没什么人了，现在到凌晨还热闹得很。”",
("h", "土特产搭上快车"),
"榕江县依托“村超”流量，建设了直播基地，帮助农户和企业销售百香果、小香鸡、卷粉等特色产品。今年一季度，全县农特产品网络销售额达到2.3亿元。",
"“流量总有退去的时候，关键是要把流量变成留量。”榕江县有关负责人表示，下一步将加快完善旅游配套设施，培育更多“足球+”业态，让“村超”成为带动乡村振兴的长久动力。",
]))

# we-22: 厦门 radio/TV group website, radio program story, 主播/记者; info bar below headline glued
PAGES.append(dict(id="we-22", kind=K, title="鼓浪屿钢琴码头迎来首场“海上音乐会”", authors=["苏雅琪"], publish_time="2025-05-17 16:40:23",
css=".ld-h{background:#00a0e9}.ld-h a{color:#fff}.nw-t{font-size:24px}.nw-i{font-size:12px;color:#777}.audio{border:1px solid #ddd;padding:10px}",
top=f"""<div class="ld-h">{img('鹭岛广电网')}{links(['首页','新闻','电视','广播','直播','活动','鹭岛TV'],' ')}</div>
<div class="wz">首页 &gt; 新闻 &gt; 厦门新闻 &gt; 正文</div>
<div class="nw-t">鼓浪屿钢琴码头迎来首场“海上音乐会”</div>
<div class="nw-i">2025-05-17 16:40:23来源：鹭岛广电网作者：苏雅琪编辑：陈婕</div>
<div class="audio">{img('音频')} 收听本条新闻　00:00 / 02:31</div>
<div class="nw-c">""",
bottom=f"""</div><div class="nw-tag">关键词：鼓浪屿 音乐会</div>
<div class="rmd"><h4>推荐</h4>{links(['厦门马拉松报名开启','环岛路将开展夜间限行'],'<br>')}</div>
<div class="btm">鹭岛广电网 版权所有 视听许可证号：1307XXX 闽ICP备1100XXXX号-1 闽公网安备35020302000XXX号</div>""",
blocks=[
"5月17日下午，鼓浪屿钢琴码头变身临时舞台，一场名为“听海”的露天音乐会在这里上演，吸引了数百名市民游客驻足聆听。",
"音乐会由厦门爱乐乐团的青年演奏员和鼓浪屿本地音乐爱好者共同演出，曲目包括《鼓浪屿之波》《思念》以及肖邦的夜曲等。海风吹拂，琴声与涛声交织在一起，不少游客拿出手机记录下这一刻。",
"“第一次在码头听钢琴，感觉整座岛都在唱歌。”来自成都的游客刘女士说。",
"演出间隙，主持人还向观众讲述了鼓浪屿与钢琴的渊源。这座面积不足两平方公里的小岛，曾拥有数量众多的家庭钢琴，走出了多位知名音乐家，被誉为“钢琴之岛”。",
"据介绍，“海上音乐会”是鼓浪屿今年推出的系列文化活动之一，5月至10月期间每月举办两场，均免费向公众开放。鼓浪屿管委会相关负责人表示，希望通过这类活动，让更多人感受“音乐之岛”的独特魅力。",
]))

# we-23: 深圳 portal republishing newspaper story, 原标题 line (not body), 记者 line at top of body
PAGES.append(dict(id="we-23", kind=K, title="深圳新增5条“无障碍地铁出行示范线”", authors=["周婧", "林泽宇"], publish_time="2025-05-14 08:17:44",
css="body{font:15px/1.75 sans-serif}.sz-top{background:#222;color:#ccc;font-size:12px}.sz-art h1{font-size:28px}.sz-art .mt{color:#888;font-size:13px}.sz-art .yuan{color:#666}",
top=f"""<div class="sz-top"><a href="#">鹏城网首页</a> <a href="#">新闻</a> <a href="#">财经</a> <a href="#">科技</a> <a href="#">房产</a> <a href="#">汽车</a> <a href="#">登录</a></div>
<div class="logo">{img('鹏城网')}<input value="" placeholder="搜索"></div>
<div class="crumb">鹏城网 &gt; 深圳新闻 &gt; 民生</div>
<div class="sz-art"><h1>深圳新增5条“无障碍地铁出行示范线”</h1>
<div class="mt">2025-05-14 08:17:44　来源：鹏城晚报　<a href="#">评论(12)</a></div>
<p class="yuan">原标题：轮椅用户坐地铁可以“一键预约”了</p>
<p class="bl">鹏城晚报记者 周婧 林泽宇</p>""",
bottom=f"""<p class="ed">（编辑 孙悦）</p></div>
<div class="cmt">网友评论 <textarea placeholder="说两句吧..."></textarea><button>发表</button></div>
<div class="rec"><h3>猜你喜欢</h3><ul>{lis(['深圳地铁16号线二期最新进展','前海新增一批人才住房','深圳中考志愿填报时间确定'])}</ul></div>
<div class="ft">鹏城网 版权所有 粤ICP备0904XXXX号 互联网新闻信息服务许可证：4412006XXXX</div>""",
blocks=[
"5月13日，深圳地铁在1号线、3号线、5号线、11号线和14号线推出首批5条“无障碍地铁出行示范线”。轮椅使用者、视障人士等乘客可通过“深圳地铁”APP或服务热线提前预约，车站工作人员将全程提供引导和接送服务。",
"据介绍，示范线上的车站已全部完成无障碍设施升级，包括加装盲道提示地砖、低位售票机、无障碍卫生间呼叫按钮等。列车车厢内也增设了轮椅专用位置和扶手。",
"“以前出门坐地铁，最怕的就是换乘找不到无障碍电梯。”轮椅使用者陈先生在试乘后说，“现在提前一小时预约，工作人员在站口等着，上下车都有人帮忙放渡板，方便太多了。”",
"深圳地铁相关负责人表示，下一步将在总结经验的基础上，力争年底前把无障碍预约服务推广到全线网所有车站。",
]))

# we-24: 成都 city media, 2025 card design, byline "红星…记者 X 实习生 Y"? use invented outlet; reporter line in 作者 with 摄影 credit
PAGES.append(dict(id="we-24", kind=K, title="成都天府绿道新增12处“生态驿站”", authors=["邓思源", "余可"], publish_time="2025-05-17 09:15",
pmode="p",
css="body{margin:0;background:#f2f3f5}.cd-hd{background:#fff;height:60px}.card{max-width:760px;margin:20px auto;background:#fff;border-radius:12px;padding:32px}.card h1{font-size:26px}.who{display:flex;gap:12px;align-items:center;color:#666;font-size:14px}",
top=f"""<div class="cd-hd">{img('锦观新闻')}<a href="#">首页</a><a href="#">成都</a><a href="#">区县</a><a href="#">锦观视频</a><a href="#">下载客户端</a></div>
<div class="card"><h1>成都天府绿道新增12处“生态驿站”</h1>
<div class="who">{img('头像')}<div><b>锦观新闻记者 邓思源 余可</b><br><span>2025-05-17 09:15</span> <span>发布于四川</span></div><a href="#">+ 关注</a></div>""",
bottom=f"""<p class="credit">摄影：锦观新闻记者 杨帆</p>
<div class="bar"><span>👍 128</span><span>💬 16</span><span>⭐ 收藏</span><span>↗ 分享</span></div></div>
<div class="card"><h3>热门评论</h3><p><b>蓉城骑行侠：</b>周末就去打卡！</p><p><b>小熊猫爱吃竹：</b>希望多建点厕所</p></div>
<div class="card"><h3>推荐阅读</h3><ul>{lis(['成都大运村将开放为市民运动中心','东安湖公园夜跑路线出炉'])}</ul></div>
<footer>锦观新闻 · 成都市属媒体　蜀ICP备1902XXXX号　川公网安备51010402000XXX号</footer>""",
blocks=[
"记者5月16日从成都市公园城市建设管理局获悉，天府绿道锦城绿环段新增的12处“生态驿站”已于近日全部投入使用，为骑行、跑步的市民游客提供休憩、补给和应急服务。",
("img", "锦城绿环段一处新建生态驿站", "锦城绿环段一处新建生态驿站"),
"新建的驿站采用木结构和太阳能光伏屋顶，每处面积在80至200平方米之间，设有直饮水、共享充电、自行车维修工具、急救箱和母婴室等设施。部分驿站还引入了咖啡、轻食等商业业态。",
"“骑了二十多公里，正好在这里歇一歇，还能给车胎打个气。”正在驿站休息的骑行爱好者张先生说。",
"市公园城市建设管理局相关负责人介绍，驿站选址综合考虑了绿道客流、间距和周边配套，平均每隔5公里左右设置一处，并统一纳入绿道智慧管理平台，遇到突发情况，市民可通过驿站内的一键呼叫装置求助。",
"据了解，天府绿道目前已建成超过7000公里，年内还将在锦江绿道等线路新增一批服务设施，进一步提升绿道的使用体验。",
]))
