"""Media pages wr-13 … wr-24 (city/provincial/central media, portals, TV/radio; wr-17 and wr-18 English)."""
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
PAGES = []

# wr-13 — city newspaper site, 2014 portal; 本报讯（记者 … 通讯员 …） inside first paragraph
PAGES.append(dict(
    id="wr-13", kind="media", lang="zh",
    doctitle="湛江港一季度集装箱吞吐量同比增长两成_湛江新闻网",
    title="湛江港一季度集装箱吞吐量同比增长两成",
    authors=["梁海燕", "吴俊峰"],
    time="2025-03-12 07:58",
    features="2014 city news portal; channel bar; info bar 2025-03-12 07:58　来源：湛江日报　作者：梁海燕 吴俊峰 (作者 field has both) ; 本报讯（记者 … 通讯员 …）in first paragraph; 责任编辑 and 值班主任 not authors; 热点排行 list",
    css="""body{margin:0;font:14px/1.8 'SimSun'} .zj-top{background:#004b97;color:#fff;padding:6px 20px;font-size:12px} .zj-logo{padding:10px 20px;font-size:30px;color:#004b97;font-weight:bold}
.zj-chan a{display:inline-block;padding:6px 10px;background:#e7eef7;margin:1px} .zj-l{float:left;width:660px;padding:10px 20px} .zj-r{float:right;width:280px}
.zj-l h1{font-size:26px} .zj-i{color:#888;font-size:12px;border-bottom:1px solid #ddd} .clear{clear:both}""",
    style="indent",
    html=f"""
<div class="zj-top">湛江新闻网 | 湛江日报社主办 | <a href="#">设为首页</a> <a href="#">收藏本站</a> 2025年3月12日 星期三</div>
<div class="zj-logo">湛江新闻网 <small style="font-size:14px;color:#999">www.gdzjdaily.example</small></div>
<div class="zj-chan"><a href="#">首页</a><a href="#">湛江</a><a href="#">时政</a><a href="#">经济</a><a href="#">社会</a><a href="#">县区</a><a href="#">文体</a><a href="#">视频</a><a href="#">数字报</a></div>
<div class="zj-l">
<div>当前位置：<a href="#">湛江新闻网</a> &gt; <a href="#">经济</a> &gt; 正文</div>
<h1>湛江港一季度集装箱吞吐量同比增长两成</h1>
<div class="zj-i">2025-03-12 07:58　来源：湛江日报　作者：梁海燕 吴俊峰　<a href="#">我要分享</a></div>
{{BODY}}
<p style="color:#999">责任编辑：庞  倩　值班主任：黄永军</p>
</div>
<div class="zj-r"><h4>热点排行</h4><ol><li>湛江至海口高铁进入联调联试</li><li>我市启动2025年“湛江英才”招聘</li><li>东海岛一批重大项目集中开工</li></ol></div>
<div class="clear"></div>
<div style="text-align:center;background:#f1f1f1;font-size:12px;padding:10px">湛江新闻网版权所有 未经授权禁止转载　粤ICP备09120415号　互联网新闻信息服务许可证：44120170008</div>""",
    body=[
        ("p", "本报讯（记者 梁海燕 通讯员 吴俊峰）记者从湛江港集团获悉，今年1至2月，湛江港完成集装箱吞吐量35.6万标箱，同比增长20.4%；完成货物吞吐量4180万吨，同比增长6.7%，实现“开门红”。"),
        ("p", "今年以来，湛江港持续加密外贸航线，新开通至越南海防、泰国林查班的直航航线，外贸集装箱航线总数达到18条。同时，港口推广“船边直提”“抵港直装”等便利化措施，进口货物平均通关时间压缩至24小时以内。"),
        ("p", "“通过西部陆海新通道，我们的货物从重庆运到湛江只要两天时间，比以前节省了近一半物流成本。”一家物流企业负责人说。"),
        ("p", "据介绍，湛江港将加快宝满港区集装箱码头二期工程建设，力争年内集装箱吞吐量突破180万标箱，进一步巩固粤西地区物流枢纽地位。"),
    ],
))

# wr-14 — provincial TV site, video news page: 记者：… line; 编辑 not author
PAGES.append(dict(
    id="wr-14", kind="media", lang="zh",
    doctitle="福州：闽江沿岸百里樱花进入最佳观赏期 - 海峡卫视新闻",
    title="福州：闽江沿岸百里樱花进入最佳观赏期",
    authors=["陈思远", "郑雅琳"],
    time="2025-03-14 19:36:20",
    features="TV site video page: player placeholder with alt text and 播放 controls; 栏目：《海峡新闻》; 记者：陈思远 郑雅琳 line; 编辑/监制 lines; 相关视频 grid; short video-news body",
    css="""body{margin:0;background:#111;color:#ddd;font-family:sans-serif} .tv-nav{background:#000;padding:10px 6%} .tv-nav a{color:#ccc;margin-right:18px}
.player{background:#222;height:300px;margin:10px 6%;text-align:center;color:#888;padding-top:120px} .tv-main{padding:10px 6%} h1{color:#fff;font-size:24px}
.tv-meta span{margin-right:16px;color:#999;font-size:13px} .tv-rel div{display:inline-block;width:200px;margin:6px;vertical-align:top}""",
    style="p",
    html=f"""
<div class="tv-nav"><b style="color:#f44">海峡卫视</b>　<a href="#">首页</a><a href="#">直播</a><a href="#">新闻</a><a href="#">栏目</a><a href="#">点播</a><a href="#">下载APP</a></div>
<div class="player"><img alt="视频：福州闽江沿岸樱花盛开" src="{GIF}"><br>▶ 播放　00:00 / 01:52　高清　全屏</div>
<div class="tv-main">
<h1>福州：闽江沿岸百里樱花进入最佳观赏期</h1>
<div class="tv-meta"><span>栏目：《海峡新闻》</span><span>2025-03-14 19:36:20</span><span>播放量：2.3万</span></div>
<p>记者：陈思远 郑雅琳</p>
{{BODY}}
<p>编辑：李  丹　监制：吴  涛</p>
<div class="tv-rel"><h4>相关视频</h4><div><img alt="" src="{GIF}">平潭海上风电项目全面开工</div><div><img alt="" src="{GIF}">厦门：春季招聘会提供岗位2万个</div><div><img alt="" src="{GIF}">南平：春茶开采</div></div>
</div>
<div style="text-align:center;color:#666;font-size:12px;padding:20px">海峡卫视网 版权所有　信息网络传播视听节目许可证1310567号　闽ICP备08003591号-1</div>""",
    body=[
        ("p", "近日，随着气温回升，福州闽江沿岸的樱花陆续盛放，粉白相间的花海绵延十余公里，吸引了大批市民游客前来踏青赏花。"),
        ("p", "在闽江北岸的福道樱花园，几千株染井吉野、河津樱和福建山樱花竞相绽放，微风吹过，花瓣纷纷飘落。不少市民带着家人朋友来拍照打卡，汉服爱好者也在花树下留影。"),
        ("p", "市民林女士说：“每年这个时候都要来看樱花，今年开得特别好，孩子也玩得很开心。”"),
        ("p", "据福州市园林中心介绍，今年樱花的最佳观赏期将持续到3月底。为方便市民出行，相关部门在周边增设了临时停车位，并提醒游客文明赏花，不要攀折花枝。"),
        ("p", "福州市交警部门提醒，赏花高峰期周边道路车流量较大，建议市民游客尽量选择地铁、公交或骑行等方式出行。"),
        ("p", "此外，福州还推出了“樱花季”系列活动，包括夜间灯光秀、花间音乐会等，进一步丰富市民游客的赏花体验。"),
    ],
))

# wr-15 — provincial portal carrying wire copy: 新华社太原3月11日电（记者 …、…）
PAGES.append(dict(
    id="wr-15", kind="media", lang="zh",
    doctitle="山西今年将新建改造农村公路5000公里-三晋在线",
    title="山西今年将新建改造农村公路5000公里",
    authors=["王晓玲", "刘景明"],
    time="2025年03月11日 17:42",
    features="provincial portal (2019) carrying 新华社 copy; info bar 2025年03月11日 17:42 | 来源：新华网 above headline; 新华社太原3月11日电（记者 王晓玲、刘景明） in first paragraph; 【纠错】 and 责任编辑 after body; 换一换 recommendations",
    css="""body{margin:0;font-family:'Microsoft YaHei';background:#fafafa}.sj-h{background:#b71c1c;color:#fff;padding:12px 10%;font-size:24px}
.sj-n{background:#fff;padding:8px 10%;border-bottom:1px solid #eee}.sj-n a{margin-right:16px;color:#333}.sj-c{width:860px;margin:20px auto;background:#fff;padding:30px}
.sj-t{color:#999;font-size:13px}.sj-c h1{font-size:28px;line-height:1.4}""",
    style="p",
    html=f"""
<div class="sj-h">三晋在线 <small style="font-size:13px">山西重点新闻网站</small></div>
<div class="sj-n"><a href="#">首页</a><a href="#">时政</a><a href="#">山西</a><a href="#">国内</a><a href="#">财经</a><a href="#">文旅</a><a href="#">评论</a><input placeholder="搜索"></div>
<div class="sj-c">
<div class="sj-t">首页 &gt; 山西 &gt; 正文</div>
<div class="sj-t">2025年03月11日 17:42 | 来源：新华网</div>
<h1>山西今年将新建改造农村公路5000公里</h1>
{{BODY}}
<p class="sj-t">【<a href="#">纠错</a>】　责任编辑：任  静</p>
<h4>换一换</h4><ul><li><a href="#">太原地铁1号线全线贯通</a></li><li><a href="#">山西省两会观察：县域经济如何突围</a></li></ul>
</div>
<div style="text-align:center;font-size:12px;color:#777;padding:16px">三晋在线 版权所有　晋ICP备05001238号　晋公网安备 14010502000481号<br>违法和不良信息举报电话：0351-4083216</div>""",
    body=[
        ("p", "新华社太原3月11日电（记者 王晓玲、刘景明）记者从山西省交通运输厅获悉，2025年山西将新建改造农村公路5000公里，实施危桥改造300座，进一步提升农村地区交通通达水平。"),
        ("p", "据介绍，山西将重点推进农村公路“提档升级”，优先改造连接乡镇、旅游景区和产业园区的县乡道，推动较大人口规模自然村通硬化路。同时，全面推行“路长制”，建立县、乡、村三级农村公路管护责任体系，确保“建一条、管一条、养好一条”。"),
        ("p", "近年来，山西累计建成“四好农村路”12万余公里，全省具备条件的建制村全部通客车。今年，山西还将开展城乡交通运输一体化示范县创建，推动客货邮融合发展，打通农村物流“最后一公里”。"),
        ("p", "山西省交通运输厅有关负责人表示，将统筹用好车购税、省级补助和地方债券资金，引导社会资本参与农村公路建设和养护，让农民群众出行更便捷、更安全。"),
    ],
))

# wr-16 — city media, 2025 responsive; 文/图 记者 … line under title; 来源 separate
PAGES.append(dict(
    id="wr-16", kind="media", lang="zh",
    doctitle="吉林市雾凇岛迎来春季“最后一波”雾凇 | 江城网",
    title="吉林市雾凇岛迎来春季“最后一波”雾凇",
    authors=["于海涛"],
    time="2025-03-10 11:06",
    features="2025 responsive city media; kicker label 江城·文旅 before headline (own element, not title); 文/图 江城晚报全媒体记者 于海涛 line; photo captions; 扫码下载客户端; 原文链接-style 来源 line at end",
    css="""body{margin:0;font-family:system-ui,sans-serif;color:#222;line-height:1.8}.jc-bar{display:flex;justify-content:space-between;padding:12px 5%;border-bottom:1px solid #eee}
.jc-wrap{max-width:760px;margin:0 auto;padding:20px} .kicker{color:#d32f2f;font-weight:bold;font-size:14px} h1{font-size:30px;margin:6px 0 10px}
.byline{font-size:14px;color:#666} .pic{margin:14px 0} .caption{font-size:13px;color:#777;text-align:center}""",
    style="p",
    html=f"""
<div class="jc-bar"><b>江城网</b><span><a href="#">要闻</a> · <a href="#">吉林市</a> · <a href="#">文旅</a> · <a href="#">民生</a> · <a href="#">视频</a> · <a href="#">登录</a></span></div>
<div class="jc-wrap">
<div class="kicker">江城·文旅</div>
<h1>吉林市雾凇岛迎来春季“最后一波”雾凇</h1>
<div class="byline">文/图 江城晚报全媒体记者 于海涛</div>
<div class="byline">2025-03-10 11:06 · 吉林</div>
{{BODY}}
<p class="byline">来源：江城晚报</p>
<p class="byline">本文编辑：曹  颖</p>
<div style="background:#f6f6f6;padding:12px;text-align:center"><img alt="江城网客户端二维码" src="{GIF}"><br>扫码下载江城网客户端</div>
</div>
<div style="text-align:center;font-size:12px;color:#999;padding:16px">© 2025 江城网　吉ICP备12004388号-1　吉公网安备 22020202000166号</div>""",
    body=[
        ("p", "3月9日清晨，吉林市龙潭区乌拉街满族镇韩屯村（雾凇岛）出现大范围雾凇景观。松花江畔的柳树和松树披上银装，在朝阳映照下晶莹剔透，吸引了众多摄影爱好者和游客前来观赏。"),
        ("img", "雾凇岛上的雾凇景观", "3月9日，游客在雾凇岛拍摄雾凇。"),
        ("p", "“本来以为这个季节看不到了，没想到赶上了，太幸运了。”从广州专程赶来的游客刘女士一边拍照一边说。"),
        ("p", "据吉林市气象台介绍，雾凇的形成需要较低的气温和充足的水汽。进入3月，白天气温逐渐升高，雾凇出现的概率明显降低。此次雾凇是受夜间强辐射降温影响形成的，预计本周后期还有零星出现的可能，但规模会越来越小。"),
        ("p", "当地民宿经营者介绍，3月以来客房入住率仍保持在七成左右，不少游客是冲着“春季雾凇”来的。雾凇岛景区提醒游客，春季江面冰层变薄，请勿上冰行走，注意安全。"),
    ],
))

# wr-17 — English page of a Guangdong outlet, By-line with two names
PAGES.append(dict(
    id="wr-17", kind="media", lang="en",
    doctitle="Shenzhen opens 20 new community canteens for seniors | Lingnan Today",
    title="Shenzhen opens 20 new community canteens for seniors",
    authors=["Chen Xiaoyu", "Liu Wen"],
    time="2025-03-13 16:21",
    features="English page of a Guangdong outlet; section label CITY above headline; By Chen Xiaoyu and Liu Wen line; date line 'Updated: 2025-03-13 16:21' (label dropped in gold); photo caption; Share buttons; Related stories; Chinese footer with ICP",
    css="""body{margin:0;font-family:Georgia,serif;color:#111}.lt-top{background:#00695c;color:#fff;padding:14px 6%;font-family:Arial}.lt-top a{color:#e0f2f1;margin-left:14px}
.lt-art{max-width:740px;margin:20px auto} .sec{font-family:Arial;color:#00695c;font-size:13px;letter-spacing:1px} h1{font-size:32px;line-height:1.25}
.by{font-family:Arial;font-size:14px;color:#444}.caption{font-size:13px;color:#666;font-family:Arial}""",
    style="p",
    html=f"""
<div class="lt-top"><b>LINGNAN TODAY</b><a href="#">Home</a><a href="#">Guangdong</a><a href="#">GBA</a><a href="#">Business</a><a href="#">Culture</a><a href="#">中文</a></div>
<div class="lt-art">
<div class="sec">CITY</div>
<h1>Shenzhen opens 20 new community canteens for seniors</h1>
<div class="by">By Chen Xiaoyu and Liu Wen</div>
<div class="by">Updated: 2025-03-13 16:21</div>
<div class="by">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WeChat</a> <a href="#">LinkedIn</a></div>
{{BODY}}
<h4>Related stories</h4><ul><li><a href="#">Guangzhou adds 300 elderly care beds in Haizhu</a></li><li><a href="#">Foshan launches smart home-care pilot</a></li></ul>
</div>
<div style="background:#263238;color:#b0bec5;text-align:center;padding:16px;font-family:Arial;font-size:12px">Copyright © Lingnan Today. All rights reserved.<br>粤ICP备14057261号-3</div>""",
    body=[
        ("p", "Shenzhen has opened 20 new community canteens for elderly residents this month, bringing the city's total to more than 460, the Shenzhen Civil Affairs Bureau said on Wednesday."),
        ("p", "The canteens, located in residential communities across Futian, Luohu, Nanshan and Bao'an districts, offer lunch and dinner at subsidised prices. Residents aged 60 and over pay between 10 and 15 yuan for a set meal with two dishes and a soup, while those aged 80 and over receive an additional discount."),
        ("img", "An elderly resident has lunch at a community canteen in Futian district", "An elderly resident has lunch at a community canteen in Futian district on Tuesday. [Photo by Liu Wen/Lingnan Today]"),
        ("p", "\"It's cheaper than cooking at home, and the food is soft enough for my teeth,\" said Huang Meiling, 78, a resident of Lianhua Street in Futian."),
        ("p", "Several canteens also provide meal delivery for residents with limited mobility. Volunteers and delivery riders registered with the community take the meals to homes within a one-kilometre radius."),
        ("p", "The bureau said it plans to open another 40 canteens by the end of the year and will introduce a unified quality inspection system covering food safety, hygiene and nutrition."),
    ],
))

# wr-18 — English page of a Fujian outlet, wire copy with only Source: Xinhua
PAGES.append(dict(
    id="wr-18", kind="media", lang="en",
    doctitle="Fujian's foreign trade rises 5.2% in first two months - Strait Herald",
    title="Fujian's foreign trade rises 5.2% in first two months",
    authors=[],
    time="March 12, 2025",
    features="English page of a Fujian outlet, 2016 layout; wire copy with only Source: Xinhua (authors []); dateline FUZHOU, March 12 (Xinhua) -- inside first paragraph; Editor line; Most Popular list",
    css="""body{margin:0;font-family:Arial;font-size:14px;background:#eef1f5}.sh{width:980px;margin:0 auto;background:#fff}.sh-hd{background:#0d47a1;color:#fff;padding:16px;font-size:26px}
.sh-nav a{display:inline-block;padding:8px 12px;background:#1565c0;color:#fff}.sh-l{width:640px;float:left;padding:16px}.sh-r{width:290px;float:right;padding:16px}
.sh-l h2{font-size:24px}.meta{color:#888;font-size:12px}.cl{clear:both}""",
    style="p",
    html=f"""
<div class="sh"><div class="sh-hd">STRAIT HERALD <small style="font-size:12px">English Edition</small></div>
<div class="sh-nav"><a href="#">HOME</a><a href="#">FUJIAN</a><a href="#">CROSS-STRAITS</a><a href="#">BUSINESS</a><a href="#">TRAVEL</a><a href="#">PHOTOS</a></div>
<div class="sh-l">
<p class="meta">Home &gt;&gt; Business</p>
<h2>Fujian's foreign trade rises 5.2% in first two months</h2>
<p class="meta">Source: Xinhua | March 12, 2025 | <a href="#">Print</a> | <a href="#">Mail</a></p>
{{BODY}}
<p class="meta">Editor: Zhang Lin</p>
</div>
<div class="sh-r"><b>Most Popular</b><ol><li>Pingtan ferry route resumes</li><li>Wuyi tea season opens</li><li>Xiamen marathon draws 30,000</li></ol></div>
<div class="cl"></div>
<div style="text-align:center;font-size:11px;color:#777;padding:10px">Copyright 2025 Strait Herald. All Rights Reserved. 闽ICP备10009214号</div></div>""",
    body=[
        ("p", "FUZHOU, March 12 (Xinhua) -- The foreign trade of southeast China's Fujian Province rose 5.2 percent year on year to 318.4 billion yuan (about 44.3 billion U.S. dollars) in the first two months of 2025, according to Fuzhou Customs."),
        ("p", "Exports grew 7.9 percent to 201.6 billion yuan, while imports edged up 0.9 percent to 116.8 billion yuan, the customs said."),
        ("p", "Trade with members of the Regional Comprehensive Economic Partnership (RCEP) totaled 96.2 billion yuan, up 8.4 percent. Exports of electric vehicles, lithium batteries and solar cells, often called the \"new three\", surged 26.3 percent."),
        ("p", "Private enterprises remained the main driver, accounting for 61.7 percent of the province's total foreign trade."),
    ],
))

# wr-19 — radio site (广播电台), 2013 layout; 记者 … 实习记者? no: 记者 … 报道 at end in parentheses
PAGES.append(dict(
    id="wr-19", kind="media", lang="zh",
    doctitle="【粤听新闻】汕头内海湾海上巴士新增两条航线_汕头广播电视台",
    title="汕头内海湾海上巴士新增两条航线",
    authors=["蔡泽鹏"],
    time="2025年03月13日 12:15",
    features="radio/TV station site (2013): program label 【粤听新闻】 in the page title but not the headline; audio player text 收听音频 00:00; info bar 时间：… 稿源：汕头广播电视台; closing 据汕头台记者蔡泽鹏报道 (own line, not body); 网友评论 box",
    css="""body{margin:0;font-size:13px;background:#f4f4f4}.st{width:990px;margin:0 auto;background:#fff}.st-h{height:70px;background:#ff6f00;color:#fff;font-size:28px;padding:10px 20px}
.st-m a{margin:0 8px}.st-c{padding:20px 40px}.st-c h1{font-size:24px;text-align:center}.st-i{text-align:center;color:#aaa}.audio{background:#fff3e0;padding:8px;border:1px solid #ffcc80}""",
    style="indent",
    html=f"""
<div class="st"><div class="st-h">汕头广播电视台 · 汕头网络广播电视台</div>
<div class="st-m"><a href="#">首页</a>|<a href="#">新闻</a>|<a href="#">电视</a>|<a href="#">广播</a>|<a href="#">直播汕头</a>|<a href="#">潮汕文化</a>|<a href="#">专题</a></div>
<div class="st-c">
<div>您的位置：首页 &gt; 新闻 &gt; 本地新闻</div>
<h1>汕头内海湾海上巴士新增两条航线</h1>
<div class="st-i">时间：2025年03月13日 12:15　　稿源：汕头广播电视台　　【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="audio">收听音频　▶ 00:00 / 02:41</div>
{{BODY}}
<p>据汕头台记者蔡泽鹏报道</p>
<p style="color:#999">责编：郑晓纯</p>
<div style="border:1px solid #ddd;padding:8px">网友评论　<textarea placeholder="文明上网，理性发言"></textarea> <button>发表评论</button>　已有0条评论</div>
</div>
<div style="text-align:center;font-size:12px;background:#333;color:#aaa;padding:10px">汕头广播电视台 版权所有　粤ICP备06093712号　广播电视节目制作经营许可证（粤）字第00351号</div></div>""",
    body=[
        ("p", "从3月15日起，汕头内海湾海上巴士将新增“西堤码头—礐石码头—妈屿岛”和“海湾大桥观光线”两条航线，市民游客乘船游览内海湾将更加方便。"),
        ("p", "据汕头市交通运输局介绍，新增的两条航线均采用新能源电动客船，每艘可载客80人。其中，西堤至妈屿岛航线每天运营10个航次，单程票价15元；海湾大桥观光线在周末和节假日开行，全程约50分钟，途经海湾大桥、汕头港、礐石风景区等地，票价48元。"),
        ("p", "海上巴士开通以来，已累计运送乘客超过60万人次。市民可通过“汕头交通”微信小程序查询船期和购票，持老年优待证的市民可享受半价优惠。"),
        ("p", "市民郑先生带着家人体验了试航，他说：“从海上看汕头老城和海湾大桥，是完全不一样的感觉，外地朋友来了一定要带他们坐一坐。”"),
        ("p", "运营方表示，将根据客流情况适时增加班次，并在码头增设遮阳棚和候船座椅，提升乘客体验。"),
    ],
))

# wr-20 — 2025 city media, info bar below headline as "作者 | 来源 | 时间"
PAGES.append(dict(
    id="wr-20", kind="media", lang="zh",
    doctitle="莆田木兰溪畔新建一条20公里绿道 - 湄洲湾新闻网",
    title="莆田木兰溪畔新建一条20公里绿道",
    authors=["黄丽娟", "方  圆".replace("  ", "")],
    time="2025-03-15 09:30",
    features="2025 card design; 作者：黄丽娟 方  圆 (spaced two-character name) | 来源：湄洲日报 | 2025-03-15 09:30 in one line under headline; summary box 摘要 (not body); sub-headings; 分享到 + 点赞; 推荐阅读 cards",
    css="""body{margin:0;background:#f2f3f5;font-family:'PingFang SC','Microsoft YaHei'} .mz-h{background:#fff;box-shadow:0 1px 4px #ccc;padding:14px 8%}.mz-h a{margin-left:18px;color:#333}
.mz-card{max-width:820px;margin:24px auto;background:#fff;border-radius:10px;padding:36px} h1{font-size:30px;margin:0 0 10px} .mz-meta{color:#999;font-size:14px}
.summary{background:#f7f8fa;border-left:4px solid #1677ff;padding:10px 14px;color:#555;margin:16px 0} h3.sub{border-left:4px solid #1677ff;padding-left:8px;font-size:18px}""",
    style="p",
    html=f"""
<div class="mz-h"><b style="color:#1677ff;font-size:20px">湄洲湾新闻网</b><a href="#">首页</a><a href="#">莆田</a><a href="#">县区</a><a href="#">民生</a><a href="#">视听</a><a href="#">湄洲日报</a></div>
<div class="mz-card">
<div class="mz-meta">首页 / 莆田 / 正文</div>
<h1>莆田木兰溪畔新建一条20公里绿道</h1>
<div class="mz-meta">作者：黄丽娟 方  圆 | 来源：湄洲日报 | 2025-03-15 09:30</div>
<div class="summary">摘要：绿道串联起沿岸8个公园和5个村庄，预计5月底全线贯通。</div>
{{BODY}}
<div class="mz-meta">分享到：微信　朋友圈　微博　　👍 点赞 126</div>
<h4>推荐阅读</h4><div><a href="#">莆田：“木兰溪治理”入选全国生态环境治理案例</a><br><a href="#">仙游：首届枇杷文化节开幕</a></div>
</div>
<div style="text-align:center;color:#999;font-size:12px;padding:20px">湄洲湾新闻网 版权所有　闽ICP备09015127号-1　互联网新闻信息服务许可证编号：35120180006</div>""",
    body=[
        ("p", "记者日前从莆田市城市管理局获悉，木兰溪城区段南岸绿道建设工程已完成总工程量的七成，这条全长约20公里的滨水绿道预计5月底全线贯通。"),
        ("h", "串联公园村庄"),
        ("p", "绿道西起华亭镇，东至涵江区白塘镇，沿途串联玉湖公园、木兰溪湿地公园等8个公园和5个村庄，设置骑行道和步行道，并配套建设驿站、公共卫生间和停车场。"),
        ("h", "保留乡土风貌"),
        ("p", "设计团队在施工中尽量保留沿岸原有的荔枝林和龙眼林，采用透水铺装和生态护岸，不做大面积硬化。“我们希望市民走在绿道上，能看到原汁原味的兴化平原风光。”项目设计负责人介绍。"),
        ("p", "沿线的宁海村村民林阿姨说：“以前溪边都是杂草，现在修了绿道，晚饭后出来散步，心情都好了。”"),
        ("h", "打造城市名片"),
        ("p", "莆田市城市管理局相关负责人表示，绿道建成后将与城区现有的慢行系统连通，形成“一溪两岸”的滨水休闲带，进一步擦亮木兰溪生态名片。"),
    ],
))

# wr-21 — 县级融媒体中心 site: 记者 张  敏  通讯员 刘  洋 spaced names
PAGES.append(dict(
    id="wr-21", kind="media", lang="zh",
    doctitle="沁源县：中药材种植助农增收-沁源县融媒体中心",
    title="沁源县：中药材种植助农增收",
    authors=["张敏", "刘洋"],
    time="2025-03-14",
    features="县融媒体中心 (2020 template): breadcrumb 首页 > 沁源新闻 > 正文; info bar 来源：沁源县融媒体中心 时间：2025-03-14 点击： in a right-floated span; byline line 记者 张  敏  通讯员 刘  洋 with spaced names; 【编辑：…】 bracketed after body",
    css="""body{margin:0;font:15px/1.9 sans-serif}.qy-t{background:#33691e;color:#fff;padding:16px 12%;font-size:24px}.qy-n{background:#558b2f;padding:0 12%}.qy-n a{color:#fff;display:inline-block;padding:9px 15px}
.qy-b{padding:16px 12%}.qy-b h2{text-align:center;font-size:24px}.qy-x{overflow:hidden;border-bottom:1px solid #ddd;color:#777;font-size:13px}.qy-x span{float:right}""",
    style="p",
    html=f"""
<div class="qy-t">沁源县融媒体中心 <small style="font-size:13px">沁源新闻网</small></div>
<div class="qy-n"><a href="#">首页</a><a href="#">沁源新闻</a><a href="#">乡镇动态</a><a href="#">视频沁源</a><a href="#">美丽沁源</a><a href="#">专题</a></div>
<div class="qy-b">
<div>首页 &gt; 沁源新闻 &gt; 正文</div>
<h2>沁源县：中药材种植助农增收</h2>
<div class="qy-x">字号：<a href="#">T</a> <a href="#">T</a><span>来源：沁源县融媒体中心　时间：2025-03-14　点击：1207</span></div>
<p>记者 张  敏  通讯员 刘  洋</p>
{{BODY}}
<p>【编辑：郭慧芳】</p>
<p>上一篇：<a href="#">沁源县召开春季造林绿化动员会</a>　　下一篇：<a href="#">灵空山镇开展森林防火演练</a></p>
</div>
<div style="background:#33691e;color:#dcedc8;text-align:center;font-size:12px;padding:12px">主办：中共沁源县委宣传部　承办：沁源县融媒体中心<br>晋ICP备18007263号-1　晋公网安备 14043102000107号</div>""",
    body=[
        ("p", "初春时节，沁源县王和镇的黄芩种植基地里，村民们正忙着翻地、施肥，为新一年的种植做准备。"),
        ("p", "“去年我种了30亩黄芩，卖了9万多元，比种玉米划算多了。”王和村种植户李建平一边干活一边算账。近年来，王和镇依托海拔高、昼夜温差大的自然条件，引导群众发展黄芩、连翘、党参等道地中药材，全镇种植面积已达1.2万亩。"),
        ("p", "为解决种植户的后顾之忧，县里引进了两家中药材加工企业，与种植户签订保底收购协议，并提供种苗和技术服务。同时，县农业农村局组建中药材技术服务队，定期到田间开展培训指导。"),
        ("p", "目前，沁源县中药材种植面积达到8.6万亩，带动1.5万余户农户增收。下一步，该县将加快建设中药材交易市场和仓储物流中心，推动中药材产业由“种得好”向“卖得好”转变。"),
    ],
))

# wr-22 — provincial portal, 2012 frames-like layout; closing （记者 …）; table
PAGES.append(dict(
    id="wr-22", kind="media", lang="zh",
    doctitle="吉林省春运40天发送旅客2860万人次_长白在线",
    title="吉林省春运40天发送旅客2860万人次",
    authors=["孟繁宇"],
    time="2025-03-11 10:44:08",
    features="2012 provincial portal; info bar with 【字号 大 中 小】【我要打印】【关闭】 glued after date and source; data table; closing byline （记者 孟繁宇） on its own line after the body (author, not body); 编辑 and 来源 after; 网友评论; 频道导航",
    css="""body{margin:0;font-size:12px;font-family:宋体}#cb{width:950px;margin:0 auto}#cb-top{background:#1e3f66;color:#fff;padding:8px}#cb-top a{color:#fff}
#cb-main{border:1px solid #ccd;padding:15px}#cb-main h1{font-size:24px;text-align:center;font-family:黑体}.bar{text-align:center;background:#eef;padding:4px}.data{margin:auto}""",
    style="p",
    html=f"""
<div id="cb"><div id="cb-top">长白在线 — 吉林省重点新闻网站　<a href="#">新闻</a> | <a href="#">吉林</a> | <a href="#">财经</a> | <a href="#">旅游</a> | <a href="#">教育</a> | <a href="#">汽车</a> | <a href="#">房产</a></div>
<div style="padding:6px">长白在线 &gt; 新闻中心 &gt; 吉林新闻</div>
<div id="cb-main">
<h1>吉林省春运40天发送旅客2860万人次</h1>
<div class="bar">2025-03-11 10:44:08　来源：长白在线【字号 <a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】【<a href="#">我要打印</a>】【<a href="#">关闭</a>】</div>
{{BODY}}
<p style="text-align:right">编辑：宋  佳</p>
<p>网友评论　<a href="#">查看所有评论</a></p>
</div>
<div style="text-align:center;padding:10px">长白在线 版权所有 吉ICP备06001845号 新闻热线：0431-88621735</div></div>""",
    body=[
        ("p", "记者从吉林省交通运输厅获悉，2025年春运于3月5日结束。40天里，全省铁路、公路、民航共发送旅客2860万人次，同比增长8.9%，春运期间全省交通运输安全平稳有序。"),
        ("p", "分运输方式看，各项数据如下："),
        ("table", [["运输方式", "发送旅客（万人次）", "同比增长"],
                   ["铁路", "905", "11.2%"],
                   ["公路", "1703", "6.8%"],
                   ["民航", "252", "15.6%"]]),
        ("p", "春运期间，长春龙嘉国际机场新增至三亚、海口、西双版纳等地航线，运送旅客创历史同期新高。铁路部门加开临客列车380余列，“冰雪旅游专列”受到南方游客欢迎。"),
        ("p", "值得一提的是，今年春运期间全省高速公路小型客车免费通行，日均车流量超过60万辆次，各高速公路服务区增设充电桩200余个，新能源汽车充电排队现象明显缓解。"),
        ("p", "省交通运输厅相关负责人表示，下一步将认真总结春运经验，持续提升冰雪旅游旺季综合运输服务保障能力。"),
        ("raw", "<p>（记者 孟繁宇）</p>"),  # byline on its own line: not body
    ],
))

# wr-23 — central media channel page (地方频道), 2023; title + subtitle line (副题 not in title), 记者 line in small caps
PAGES.append(dict(
    id="wr-23", kind="media", lang="zh",
    doctitle="广东：县域商业体系建设扎实推进——河源紫金“快递进村”覆盖率达100%--地方频道--中华时报网",
    title="广东：县域商业体系建设扎实推进",
    authors=["罗嘉欣"],
    time="2025年03月14日08:21",
    features="central outlet's 地方频道 (2023): headline with 副题 line ——河源紫金“快递进村”覆盖率达100% (副题 not title); glued date 2025年03月14日08:21 | 来源：中华时报网－地方频道; 中华时报网记者 罗嘉欣 byline as own line; (责编：…、…) after body; 分享让更多人看到",
    css="""body{margin:0;font-family:'Microsoft YaHei';background:#fff}.zh-h{border-bottom:4px solid #c00;padding:10px 10%}.zh-h a{margin-right:12px;color:#333;font-size:14px}
.zh-c{width:900px;margin:0 auto}.zh-c h1{font-size:30px;text-align:center;margin-bottom:4px}.zh-c h4{font-size:18px;text-align:center;color:#555;margin:0}
.zh-box{display:flex;justify-content:space-between;color:#666;font-size:13px;border-bottom:1px solid #eee;padding:10px 0}.zh-c .edit{color:#999;text-align:right}""",
    style="p",
    html=f"""
<div class="zh-h"><b style="color:#c00;font-size:22px">中华时报网</b>　<a href="#">首页</a><a href="#">时政</a><a href="#">地方</a><a href="#">财经</a><a href="#">社会</a><a href="#">观点</a><a href="#">English</a>　<a href="#">手机看</a></div>
<div class="zh-c">
<p style="font-size:13px">中华时报网&gt;&gt;地方频道&gt;&gt;广东</p>
<h1>广东：县域商业体系建设扎实推进</h1>
<h4>——河源紫金“快递进村”覆盖率达100%</h4>
<div class="zh-box"><span>2025年03月14日08:21 | 来源：中华时报网－地方频道</span><span>小字号 | <a href="#">打印</a></span></div>
<p>中华时报网记者 罗嘉欣</p>
{{BODY}}
<p class="edit">(责编：林  洁、陈浩然)</p>
<p>分享让更多人看到</p>
<img alt="推荐阅读" src="{GIF}">
</div>
<div style="background:#f5f5f5;text-align:center;font-size:12px;color:#666;padding:16px;margin-top:20px">中华时报网版权所有，未经书面授权禁止使用<br>Copyright © 1997-2025 by chinatimes-net. all rights reserved　京ICP证000021号</div>""",
    body=[
        ("p", "中华时报网广州3月13日电 在河源市紫金县瓦溪镇的村级快递服务站，村民黄伯刚刚取回孩子从深圳寄来的包裹。“以前取快递要跑十几公里到镇上，现在村口就能拿到。”他说。"),
        ("p", "记者从广东省商务厅了解到，截至2024年底，广东已建成县级物流配送中心106个、乡镇商贸中心1100余个，村级快递服务站点覆盖率超过95%。其中，紫金县通过“邮快合作”模式，整合邮政和5家快递企业资源，实现快递进村全覆盖。"),
        ("p", "县域商业体系建设不仅方便了群众生活，也让农产品“出村进城”更加顺畅。紫金县蝉茶合作社负责人介绍，借助电商平台和冷链物流，合作社去年线上销售额增长了40%。"),
        ("p", "广东省商务厅有关负责人表示，今年将继续推进县域商业“领跑县”建设，支持邮政、快递、供销、电商企业共建共享物流设施，进一步补齐农村商业短板，释放县乡消费潜力。"),
    ],
))

# wr-24 — CCTV-like national TV news page; 央视网消息（新闻联播）：; only editors
PAGES.append(dict(
    id="wr-24", kind="media", lang="zh",
    doctitle="[新闻联播]福建：春耕生产全面展开_央广视讯网",
    title="福建：春耕生产全面展开",
    authors=[],
    time="2025年03月10日 19:31",
    features="national TV news page (2022): [新闻联播] program tag in a separate span before the headline; 来源：央广视讯网 | 2025年03月10日 19:31; 央广视讯网消息（新闻联播）： opener in first paragraph; 编辑/责任编辑 only → authors []; 视频 player text; 热播推荐",
    css="""body{margin:0;background:#f5f5f5;font-family:'Microsoft YaHei'}.cv-h{background:#0f2a58;color:#fff;padding:14px 8%}.cv-h a{color:#fff;margin-left:16px}
.cv-m{width:1000px;margin:16px auto;background:#fff;padding:24px}.cv-m .tag{color:#0f2a58;font-weight:bold} .cv-m h1{display:inline;font-size:24px}
.vbox{background:#000;color:#999;height:200px;text-align:center;padding-top:80px;margin:12px 0}.info{color:#888;font-size:13px}.zebian{color:#888;text-align:right}""",
    style="p",
    html=f"""
<div class="cv-h"><b>央广视讯网</b><a href="#">首页</a><a href="#">新闻</a><a href="#">体育</a><a href="#">综艺</a><a href="#">直播</a><a href="#">栏目大全</a><a href="#">客户端</a></div>
<div class="cv-m">
<div><span class="tag">[新闻联播]</span><h1>福建：春耕生产全面展开</h1></div>
<div class="info">来源：央广视讯网 | 2025年03月10日 19:31 | <a href="#">分享到</a>：微博 微信 QQ空间</div>
<div class="vbox"><img alt="视频播放器" src="{GIF}"><br>正在加载视频… 00:00 / 02:05</div>
<div class="cnt">
{{BODY}}
</div>
<div class="zebian">编辑：刘  蕾　责任编辑：王  欢</div>
<h4>热播推荐</h4><ul><li><a href="#">[焦点访谈]春耕正当时</a></li><li><a href="#">[朝闻天下]各地抢抓农时</a></li></ul>
</div>
<div style="text-align:center;font-size:12px;color:#888;padding:16px">央广视讯网版权所有　京ICP证060535号　网络视听许可证0102004号</div>""",
    body=[
        ("p", "央广视讯网消息（新闻联播）：眼下，福建各地抓住晴好天气，全面展开春耕生产。"),
        ("p", "在三明市建宁县，种子企业正在加紧调运杂交水稻种子。建宁是全国最大的杂交水稻制种基地之一，今年全县制种面积稳定在15万亩以上，生产的种子将销往全国十几个省份。"),
        ("p", "在南平市建阳区，农机合作社的无人机正在开展飞防作业，工作人员通过手机就能设定飞行路线。今年，福建计划推广水稻机插秧、无人机飞防等技术面积1000万亩次以上。"),
        ("p", "在漳州市平和县，果农们正忙着为蜜柚树疏花、施肥。当地农业部门组织技术人员深入果园，指导果农科学管理，提高果品质量。"),
        ("p", "福建省农业农村厅介绍，今年全省粮食播种面积稳定在1250万亩以上，目前已储备春耕所需种子、化肥等农资近90万吨，能够满足生产需求。"),
    ],
))
