"""Media pages vh-13 .. vh-24 (central, provincial, city media, portals, TV/radio; two English)."""
K = "media"
PAGES = []

# vh-13: 江西 provincial news portal, 本报讯 byline inside first paragraph, 责任编辑
PAGES.append(dict(
    id="vh-13", lang="zh", kind=K,
    title="赣南脐橙“数字果园”覆盖面积突破30万亩",
    authors=["钟振宇", "刘  敏".replace(" ", ""), "谢晓东"],
    publish_time="2025-03-12 07:36",
    css="""body{margin:0;font-family:"Microsoft YaHei"}.jx-top{background:#e60012;color:#fff;padding:6px 10%;font-size:12px}
.jx-logo{padding:18px 10%;font-size:30px;color:#e60012;font-weight:bold}.jx-nav{background:#f5f5f5;padding:8px 10%}.jx-nav a{margin-right:18px}
.jx-art{width:860px;margin:0 auto}.jx-art h1{font-size:30px}.jx-src{color:#999;font-size:14px;border-bottom:1px solid #eee;padding-bottom:10px}
.jx-text p{font-size:18px;line-height:1.9}.jx-side{width:300px;float:right}.jx-ft{clear:both;background:#222;color:#999;font-size:12px;padding:20px 10%}""",
    pre="""
<div class="jx-top">中国江西网 · 江西新闻客户端 <span style="float:right"><a>登录</a> <a>注册</a> <a>手机版</a></span></div>
<div class="jx-logo">中国江西网 <span style="font-size:14px;color:#333">jxnews（示例）</span></div>
<div class="jx-nav"><a>首页</a><a>江西</a><a>时政</a><a>经济</a><a>社会</a><a>文旅</a><a>视频</a><a>评论</a><a>赣州</a><a>吉安</a></div>
<div class="jx-art">
<p>中国江西网 &gt; 江西新闻 &gt; 经济</p>
<h1>赣南脐橙“数字果园”覆盖面积突破30万亩</h1>
<div class="jx-src">2025-03-12 07:36　来源：江西日报　　<a>分享到：</a> <a>微信</a> <a>微博</a>　　<a>字号：大 中 小</a></div>
""",
    wrap=('<div class="jx-text">', "</div>"),
    mode="p",
    body=[
        "本报讯（记者钟振宇 刘  敏 通讯员谢晓东）3月10日，记者从赣州市果业发展中心获悉，全市已建成物联网监测、水肥一体化和病虫害智能预警的“数字果园”30.6万亩，占脐橙种植总面积的两成以上。",
        "在信丰县安西镇的一处果园里，果农曾庆华打开手机，土壤湿度、气温、光照等数据一目了然。“以前浇水施肥全凭经验，现在系统会提醒，一亩地一年能省两百多块钱。”他说。",
        "黄龙病防控一直是赣南脐橙产业的头等大事。赣州市在重点产区布设了1200多个虫情测报点，木虱发生动态实时上传至市级平台，防控指令可直接推送到农户手机上。2024年，全市黄龙病病株率降至1%以下。",
        "据介绍，赣州计划到2027年建成“数字果园”50万亩，同时推动分选、冷链、电商等环节数字化改造，让每一颗脐橙都能“一果一码”可追溯。",
    ],
    post="""
<p style="color:#999">责任编辑：罗慧　审核：易新</p>
<div><a>上一篇：江西新增3个国家级农业产业强镇</a>　<a>下一篇：南昌地铁4号线二期开工</a></div>
<div><h3>相关新闻</h3><p><a>赣南脐橙品牌价值连续多年居全国水果类第一</a></p><p><a>赣州：春耕备耕忙 田间处处景</a></p></div>
<div><h3>热门排行</h3><p>1 <a>江西公布2025年民生实事</a></p><p>2 <a>庐山西海迎来观鸟季</a></p></div>
</div>
<div class="jx-ft">江西日报社主管主办　版权所有 中国江西网<br>互联网新闻信息服务许可证：36120170001　赣ICP备05002618号　违法和不良信息举报电话：0791-86849000</div>""",
))

# vh-14: 新疆 news portal carrying Xinhua wire copy; byline inside first paragraph; photographer caption
PAGES.append(dict(
    id="vh-14", lang="zh", kind=K,
    title="阿勒泰：冰雪旅游“热度”持续至春季",
    authors=["孙哲", "古丽娜尔·吐尔逊"],
    publish_time="2025-03-11 19:44:05",
    css="""body{margin:0;background:#f7f7f7;font-family:sans-serif}.ts-h{background:#0568b3;color:#fff;padding:14px 8%}
.ts-n{background:#fff;padding:10px 8%;border-bottom:1px solid #ddd}.ts-c{width:1150px;margin:0 auto;display:flex;gap:30px}
.ts-l{flex:1;background:#fff;padding:30px}.ts-l h1{font-size:28px}.ts-meta span{margin-right:16px;color:#888}
.ts-body p{font-size:17px;line-height:1.8}.ts-r{width:300px}.ts-ft{background:#0568b3;color:#fff;text-align:center;font-size:12px;padding:16px}""",
    pre="""
<div class="ts-h"><b>天山网</b> 新疆维吾尔自治区重点新闻网站 <span style="float:right"><a>维吾尔文</a> <a>哈萨克文</a> <a>English</a></span></div>
<div class="ts-n"><a>首页</a> | <a>新疆</a> | <a>时政</a> | <a>丝路</a> | <a>文旅</a> | <a>视频</a> | <a>图片</a></div>
<div class="ts-c"><div class="ts-l">
<div>首页 &gt; 新疆 &gt; 文旅</div>
<h1>阿勒泰：冰雪旅游“热度”持续至春季</h1>
<div class="ts-meta"><span>2025-03-11 19:44:05</span><span>来源：新华网</span><span>编辑：王伟</span></div>
""",
    wrap=('<div class="ts-body">', "</div>"),
    mode="p",
    body=[
        "新华社乌鲁木齐3月11日电（记者孙哲、古丽娜尔·吐尔逊）3月的阿勒泰，积雪依然深厚。在将军山国际滑雪度假区，前来滑雪的游客络绎不绝，不少人专程从南方赶来“追”春雪。",
        ("img", "游客在将军山国际滑雪度假区滑雪", "3月9日，游客在将军山国际滑雪度假区滑雪。新华社记者 丁磊 摄"),
        "“南方已经开始穿短袖了，这里还能滑上粉雪，感觉很奇妙。”来自广州的游客陈思雨说。",
        "阿勒泰地区文化体育广播电视和旅游局数据显示，2024—2025雪季以来，阿勒泰地区接待游客超过1100万人次，同比增长约19%。为延长雪季，当地推出“春季滑雪节”，各大雪场营业时间延长至4月中旬，并推出夜场滑雪、雪地音乐会等活动。",
        "与此同时，禾木、喀纳斯等景区将冰雪观光与民俗体验结合，游客可以坐马拉爬犁、住图瓦人木屋、品尝手抓肉。当地牧民巴合提别克·努尔兰说，今年他家的民宿从元旦一直住满到现在。",
    ],
    post="""
<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ</a> <a>【纠错】</a></div>
</div><div class="ts-r"><h4>图片新闻</h4><p><img alt="喀什古城迎来客流高峰"> 喀什古城迎来客流高峰</p><h4>热点推荐</h4><p><a>新疆今年计划新建高标准农田500万亩</a></p></div></div>
<div class="ts-ft">天山网版权所有　新ICP备09001378号　互联网新闻信息服务许可证编号：65120170001<br>举报电话：0991-3539101</div>""",
))

# vh-15: 福建 portal (东南网-like), 原标题 line, reporter line under the headline, editor at end
PAGES.append(dict(
    id="vh-15", lang="zh", kind=K,
    title="福州滨海新城首条跨海大桥主塔封顶",
    authors=["林志远", "郑雯"],
    publish_time="2025-03-13 08:21",
    css="""body{margin:0;font-family:"PingFang SC"}.dn-bar{background:#004e9e;color:#fff;padding:5px 60px;font-size:12px}
.dn-logo{padding:16px 60px}.dn-nav{border-top:3px solid #004e9e;border-bottom:1px solid #ddd;padding:8px 60px}.dn-nav a{margin-right:20px}
.dn-main{width:900px;margin:20px auto}.dn-main h1{font-size:30px}.dn-info{color:#999;font-size:13px}.dn-byline{color:#555;font-size:14px}
.dn-txt p{font-size:17px;line-height:1.9;text-indent:2em}.dn-f{background:#eee;font-size:12px;color:#777;padding:20px 60px}""",
    pre="""
<div class="dn-bar">东南网 · 福建日报社（福建日报报业集团）主办 <span style="float:right"><a>客户端</a> <a>微博</a> <a>微信</a></span></div>
<div class="dn-logo"><img alt="东南网" width="200" height="1"> <input placeholder="请输入搜索内容"><button>搜索</button></div>
<div class="dn-nav"><a>首页</a><a>福建</a><a>福州</a><a>厦门</a><a>泉州</a><a>台湾</a><a>财经</a><a>文旅</a><a>视频</a></div>
<div class="dn-main">
<p>东南网 &gt; 福州频道 &gt; 城建</p>
<h1>福州滨海新城首条跨海大桥主塔封顶</h1>
<div class="dn-info">2025-03-13 08:21　来源：福州日报　<a>手机看</a></div>
""",
    wrap=('<div class="dn-txt">', "</div>"),
    mode="p",
    body=[
        ("x", '<p class="dn-byline">原标题：长乐漳港跨海大桥主塔顺利封顶 预计年底具备通车条件</p>'),
        ("x", '<p class="dn-byline">福州日报记者 林志远 通讯员 郑雯</p>'),
        "12日上午，随着最后一方混凝土浇筑完成，福州滨海新城漳港跨海大桥主塔顺利封顶。这是滨海新城建设的首条跨海大桥，全长2.86公里，主塔高152米。",
        "“主塔施工处在台风多发海域，我们采用了智能爬模系统，每4天就能完成一个节段施工。”项目总工程师王立新介绍，施工团队克服了海上风大浪急、有效作业时间短等困难，比计划提前了23天。",
        "据介绍，大桥采用双塔双索面斜拉桥结构，设计速度每小时80公里。建成后，漳港片区到长乐国际机场的车程将由40分钟缩短至15分钟左右，对完善滨海新城路网、服务机场二期建设具有重要意义。",
        "记者在施工现场看到，主塔顶部的五星红旗迎风飘扬，数十名工人正在塔柱上进行收尾作业。桥下，两艘浮吊船正在配合安装钢箱梁节段，海面上不时有渔船缓缓驶过。",
        "目前，大桥已进入斜拉索挂设阶段，计划今年年底前具备通车条件。",
    ],
    post="""
<p style="text-align:right;color:#999">责任编辑：陈婉婷</p>
<div><b>相关阅读：</b><ul><li><a>福州滨海新城“三年行动”收官</a></li><li><a>长乐国际机场二期扩建工程进展顺利</a></li></ul></div>
<div><img alt="东南网微信二维码"> 扫一扫，关注东南网微信</div>
</div>
<div class="dn-f">本网站由东南网版权所有 未经许可不得复制或镜像　闽ICP备05019281号<br>网络视听许可证1310515号　福建省互联网违法和不良信息举报中心</div>""",
))

# vh-16: 河北 provincial portal (长城网-like), reporter line alone above the body, 2014 layout
PAGES.append(dict(
    id="vh-16", lang="zh", kind=K,
    title="雄安新区首批疏解高校新校区迎来师生入驻",
    authors=["杜雅楠", "赵鹏飞"],
    publish_time="2025年03月14日 11:02",
    css="""body{margin:0;font-size:14px;font-family:宋体}.cw-top{height:90px;background:#fff;border-bottom:2px solid #c00}
.cw-menu{background:#c00}.cw-menu a{color:#fff;padding:0 12px;line-height:36px}.cw-con{width:960px;margin:0 auto}
.cw-con h2{font:bold 26px 微软雅黑;text-align:center}.cw-time{text-align:center;color:#666;font-size:12px}
.cw-zw{font-size:16px;line-height:28px}.cw-foot{text-align:center;font-size:12px;border-top:1px solid #ccc;padding:20px}""",
    pre="""
<div class="cw-top"><img alt="长城网" width="220" height="1"> <span>河北重点新闻网站</span> <span style="float:right">2025年3月14日 星期五</span></div>
<div class="cw-menu"><a>首页</a><a>河北新闻</a><a>时政</a><a>雄安</a><a>冀云</a><a>理论</a><a>社会</a><a>民生</a><a>图片</a></div>
<div class="cw-con">
<p>您所在的位置：长城网 &gt; 河北新闻 &gt; 雄安</p>
<h2>雄安新区首批疏解高校新校区迎来师生入驻</h2>
<div class="cw-time">2025年03月14日 11:02　来源：长城网　　<a>我要分享</a></div>
<hr>
""",
    wrap=('<div class="cw-zw">', "</div>"),
    mode="u3000",
    body=[
        ("x", "<p>　　长城网·冀云客户端记者 杜雅楠 赵鹏飞</p>"),
        "3月13日，随着最后一批教学设备调试完成，雄安新区首批疏解高校新校区正式迎来师生入驻。当天，1200余名本科生和研究生分批抵达，新区各部门在校门口设置服务点，帮助学生办理报到手续。",
        "新校区位于启动区东部，总建筑面积约42万平方米，包括教学楼、实验楼、图书馆、学生公寓和体育场馆等。校区内建设了智慧教室136间，实现5G网络全覆盖。",
        "“宿舍里有独立卫浴，窗外就是绿地，感觉跟想象中一样好。”计算机专业大三学生孙楠说。",
        "记者看到，新校区图书馆已开放试运行，首批入藏图书62万册，自习座位2400个。校园里还设有连接地铁站的公交接驳线，学生出行十分方便。",
        "据了解，雄安新区将持续做好疏解高校的服务保障，在交通出行、就医、子女入学等方面出台配套措施。今年秋季，新校区在校生规模将达到5000人左右。",
    ],
    post="""
<p style="text-align:right">（编辑：王丽娜）</p>
<p>【<a>返回首页</a>】【<a>打印</a>】【<a>关闭</a>】</p>
<table width="100%"><tr><td><b>相关新闻</b></td></tr><tr><td>· <a>雄安新区启动区建设提速</a></td></tr><tr><td>· <a>雄安至北京大兴机场快线加快建设</a></td></tr></table>
</div>
<div class="cw-foot">长城网版权所有　冀ICP备09017452号<br>互联网新闻信息服务许可证：13120170006　联系电话：0311-87908110</div>""",
))

# vh-17: English, China Daily-like, By ... | China Daily | Updated
PAGES.append(dict(
    id="vh-17", lang="en", kind=K,
    title="Hami melon growers in Xinjiang turn to greenhouses for early harvest",
    authors=["Mao Weihua", "Cui Jia"],
    publish_time="2025-03-12 07:21",
    css="""body{margin:0;font-family:Georgia,serif}.cd-top{background:#0e3a70;color:#fff;padding:10px 5%}
.cd-nav a{margin-right:18px;color:#0e3a70;font-family:Arial}.cd-main{width:760px;margin:0 auto}.cd-main h1{font-size:34px;line-height:1.2}
.cd-info{font-family:Arial;font-size:13px;color:#777}.cd-text p{font-size:18px;line-height:1.6}.cd-foot{background:#eee;font-size:12px;padding:20px 5%;font-family:Arial}""",
    pre="""
<div class="cd-top">CHINA DAILY 中国日报（示例） <span style="float:right"><a>Global Edition</a> | <a>ASIA</a> | <a>中文</a> | <a>Subscribe</a></span></div>
<div class="cd-nav"><a>HOME</a><a>CHINA</a><a>WORLD</a><a>BUSINESS</a><a>LIFESTYLE</a><a>CULTURE</a><a>TRAVEL</a><a>SPORTS</a><a>OPINION</a><a>REGIONAL</a></div>
<div class="cd-main">
<p>Home / China / Society</p>
<h1>Hami melon growers in Xinjiang turn to greenhouses for early harvest</h1>
<p class="cd-info">By Mao Weihua in Urumqi and Cui Jia | China Daily | Updated: 2025-03-12 07:21</p>
<p><a>Share</a> - <a>WeChat</a></p>
""",
    wrap=('<div class="cd-text">', "</div>"),
    mode="p",
    body=[
        ("img", "A farmer checks melons in a greenhouse in Hami", "A farmer checks Hami melons in a greenhouse in Yizhou district, Hami, Xinjiang Uygur autonomous region, on March 8. [Photo provided to China Daily]"),
        "Farmers in Hami, in the Xinjiang Uygur autonomous region, are growing the city's famous melons in heated greenhouses to bring the fruit to market about two months earlier than usual.",
        "\"The first greenhouse melons will be ready in late April, and buyers from Shanghai have already placed orders,\" said Aisha Tursun, a grower in Yizhou district who manages 46 greenhouses.",
        "According to the local agriculture bureau, greenhouse melon planting in Hami has expanded to about 12,000 mu (800 hectares) this year. Early melons can sell for three times the summer price.",
        "The city has also introduced drip irrigation and soil sensors to save water, a scarce resource in the desert region. Officials said water use per mu had fallen by nearly 30 percent since 2022.",
        "Local cooperatives are now working with logistics companies to ship the fruit in cold-chain trucks, which can reach eastern cities in about 60 hours.",
    ],
    post="""
<p style="font-family:Arial;color:#999">Contact the writers at maoweihua@example.cn</p>
<div><h3>Related Stories</h3><ul><li><a>Xinjiang cotton sowing to start in April</a></li><li><a>Desert tourism booms in Turpan</a></li></ul></div>
</div>
<div class="cd-foot"><p>About China Daily | Advertise on Site | Contact Us | Job Offer</p><p>Copyright 1995 - 2025. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).</p><p>License for publishing multimedia online 0108263　Registration Number: 130349</p></div>""",
))

# vh-18: English, wire copy on a provincial English site, source only -> no authors
PAGES.append(dict(
    id="vh-18", lang="en", kind=K,
    title="Fujian's Pingtan opens new cross-Strait e-commerce hub",
    authors=[],
    publish_time="Mar 13, 2025",
    css="""body{margin:0;font-family:Helvetica,Arial,sans-serif;color:#222}.fj-h{display:flex;justify-content:space-between;padding:12px 6%;border-bottom:1px solid #ddd}
.fj-m{max-width:720px;margin:30px auto}.fj-m h1{font-size:32px;font-weight:600}.fj-meta{font-size:13px;color:#888;text-transform:none}
.fj-b p{font-size:17px;line-height:1.7}.fj-f{background:#0b3d2e;color:#cde;font-size:12px;padding:24px 6%}""",
    pre="""
<div class="fj-h"><b>Fujian Today</b><nav><a>News</a> <a>Business</a> <a>Culture</a> <a>Travel</a> <a>Cities</a> <a>中文</a></nav></div>
<main class="fj-m">
<div class="fj-meta">BUSINESS</div>
<h1>Fujian's Pingtan opens new cross-Strait e-commerce hub</h1>
<div class="fj-meta"><span>Source: Xinhua</span> | <span>Mar 13, 2025</span> | <span>Editor: Lin Xiaoqing</span></div>
""",
    wrap=('<div class="fj-b">', "</div>"),
    mode="p",
    body=[
        "FUZHOU, March 12 (Xinhua) -- A cross-Strait e-commerce logistics hub started operation on Wednesday in Pingtan, an island county in southeast China's Fujian Province, local authorities said.",
        "The hub, covering about 35,000 square meters, has bonded warehouses, a customs inspection area and a sorting center able to handle 80,000 parcels a day.",
        "Pingtan lies about 68 nautical miles from Taiwan island. Officials said the new facility would shorten delivery times for goods bought online by customers across the Strait to as little as two days.",
        "More than 40 companies have signed up to use the hub, including small food producers and tea sellers from both sides, according to the Pingtan comprehensive experimental zone administration.",
        "In 2024, cross-Strait e-commerce trade through Pingtan exceeded 1.2 billion yuan (about 167 million U.S. dollars), up 26 percent year on year.",
    ],
    post="""
<p><a>Share on WeChat</a> · <a>Weibo</a> · <a>Copy link</a></p>
<section><h4>MORE</h4><p><a>Xiamen hosts spring tea expo</a></p><p><a>Quanzhou's old town draws record visitors</a></p></section>
</main>
<div class="fj-f">Copyright © Fujian Today. All Rights Reserved. 闽ICP备16004873号-2</div>""",
))

# vh-19: 河北 TV station site, video news page with transcript text, "河北台记者" line at the end
PAGES.append(dict(
    id="vh-19", lang="zh", kind=K,
    title="唐山港一季度集装箱吞吐量有望创新高",
    authors=["王硕", "李佳音"],
    publish_time="2025-03-12 19:38",
    css="""body{margin:0;background:#111;color:#ddd;font-family:"Microsoft YaHei"}.tv-h{background:#000;padding:14px 5%;display:flex;gap:30px}
.tv-h a{color:#eee}.tv-player{width:960px;height:300px;margin:20px auto;background:#333;text-align:center;line-height:300px}
.tv-c{width:960px;margin:0 auto}.tv-c h1{font-size:26px;color:#fff}.tv-i{color:#999;font-size:13px}.tv-t p{font-size:16px;line-height:1.9}
.tv-f{background:#000;color:#777;font-size:12px;padding:20px 5%;margin-top:40px}""",
    pre="""
<div class="tv-h"><b>冀时 · 河北网络广播电视台</b><a>首页</a><a>直播</a><a>河北新闻联播</a><a>点播</a><a>节目单</a><a>客户端下载</a></div>
<div class="tv-player">视频加载中……</div>
<div class="tv-c">
<div class="tv-i">首页 &gt; 河北新闻联播 &gt; 2025-03-12</div>
<h1>唐山港一季度集装箱吞吐量有望创新高</h1>
<div class="tv-i">发布时间：2025-03-12 19:38　来源：河北广播电视台　播放：1.3万次</div>
""",
    wrap=('<div class="tv-t">', "</div>"),
    mode="p",
    body=[
        "【导语】今年以来，唐山港集装箱航线加密、腹地货源增加，一季度集装箱吞吐量有望突破百万标箱，创历史同期新高。",
        "在唐山港京唐港区集装箱码头，岸桥起落、集卡穿梭，一派繁忙景象。一艘满载钢材和陶瓷制品的货轮正在装船，将运往东南亚。",
        "【同期】唐山港集团集装箱公司调度主管 高宏伟：“今年我们新开了两条外贸航线，每周航班达到了64班，目前码头作业基本是满负荷。”",
        "截至3月10日，唐山港今年累计完成集装箱吞吐量86.2万标箱，同比增长14.7%。其中，海铁联运箱量增长明显，来自山西、内蒙古等地的货物通过铁路直达码头，再转运出海。",
        "【同期】唐山市港口物流局副局长 刘晓峰：“我们将持续优化口岸营商环境，推动通关时间再压缩，力争全年集装箱吞吐量突破400万标箱。”",
    ],
    post="""
<p class="tv-i">河北台记者：王硕 李佳音　摄像：张宇　编辑：许静</p>
<div><b>往期节目</b><p><a>2025-03-11 河北新闻联播</a></p><p><a>2025-03-10 河北新闻联播</a></p></div>
</div>
<div class="tv-f">河北广播电视台版权所有　信息网络传播视听节目许可证：0304064　冀ICP备05001917号<br>违法和不良信息举报电话：0311-87098123</div>""",
))

# vh-20: 福建 city paper website (泉州网-like), 讯 byline inside first paragraph, subheadings
PAGES.append(dict(
    id="vh-20", lang="zh", kind=K,
    title="泉州今年将新增公共泊位1.2万个",
    authors=["黄巧娜", "林晓婷"],
    publish_time="2025-03-13 09:48:12",
    css="""body{margin:0;font-family:"Microsoft YaHei";background:#f6f6f6}.qz-h{background:#b50000;color:#fff;padding:18px 7%}
.qz-n a{display:inline-block;padding:8px 14px}.qz-w{width:1100px;margin:0 auto;background:#fff;padding:24px 40px}
.qz-t{font-size:28px;font-weight:bold}.qz-i{color:#999;font-size:13px;margin:10px 0}.qz-a p{font-size:17px;line-height:1.85}
.qz-a h4{border-left:4px solid #b50000;padding-left:8px}.qz-f{background:#333;color:#aaa;padding:20px 7%;font-size:12px}""",
    pre="""
<div class="qz-h">泉州网 · 泉州晚报社主办 <span style="float:right"><a>泉州晚报</a> <a>东南早报</a> <a>泉州通客户端</a></span></div>
<div class="qz-n"><a>首页</a><a>泉州新闻</a><a>鲤城</a><a>丰泽</a><a>晋江</a><a>石狮</a><a>南安</a><a>民生</a><a>闽南文化</a></div>
<div class="qz-w">
<p>当前位置：泉州网 &gt; 泉州新闻 &gt; 民生</p>
<div class="qz-t">泉州今年将新增公共泊位1.2万个</div>
<div class="qz-i">来源：泉州晚报 2025-03-13 09:48:12</div>
""",
    wrap=('<div class="qz-a">', "</div>"),
    mode="p", hstyle="h4",
    body=[
        "泉州网3月13日讯（记者 黄巧娜 通讯员 林晓婷）停车难是不少市民的烦心事。昨日，记者从市城市管理局获悉，今年我市将新增公共停车泊位1.2万个，其中中心市区4800个。",
        ("h", "盘活闲置地块 见缝插针建车位"),
        "据介绍，今年新增泊位主要通过盘活边角地、闲置地和机关企事业单位内部停车场错时开放等方式解决。目前，中心市区已梳理出可利用地块37处，其中古城周边9处。",
        ("h", "智慧停车平台年内上线"),
        "市城市管理局相关负责人表示，全市统一的智慧停车平台将于今年9月上线，届时市民可通过“泉州通”App查询空余泊位、预约停车并无感支付。",
        "“我们会优先在医院、学校、老旧小区周边布局，尽量缓解群众出行的痛点。”该负责人说。",
        ("h", "各县（市、区）新增泊位计划"),
        ("table", ["区域|新增泊位（个）", "鲤城区|1600", "丰泽区|1900", "洛江区|1300", "晋江市|2600", "其他县（市、区）|4600"]),
    ],
    post="""
<p style="color:#999">编辑：苏婉清</p>
<div><a>分享到微信</a> <a>微博</a> <a>复制链接</a></div>
<div><h4>推荐阅读</h4><p><a>泉州古城“微改造”再添新景</a></p><p><a>泉州地铁1号线最新进展</a></p></div>
</div>
<div class="qz-f">版权所有：泉州晚报社　闽ICP备06009781号　互联网新闻信息服务许可证：35120180003<br>未经授权禁止转载、摘编、复制及建立镜像</div>""",
))

# vh-21: central media local channel (人民网 江西频道-like), byline inside first paragraph, 【纠错】
PAGES.append(dict(
    id="vh-21", lang="zh", kind=K,
    title="景德镇陶瓷大学生创业园孵化企业突破千家",
    authors=["时雨"],
    publish_time="2025年03月12日15:26",
    css="""body{margin:0;font-family:"宋体"}.rm-top{background:#f5f5f5;font-size:12px;padding:4px 8%}.rm-logo{padding:14px 8%;border-bottom:2px solid #c00}
.rm-nav a{margin-right:16px}.rm-body{width:980px;margin:0 auto}.rm-body h1{font-size:26px;text-align:center;font-family:"微软雅黑"}
.rm-box{color:#666;font-size:12px;border-bottom:1px solid #ddd;padding:6px 0}.rm-zw p{font-size:16px;line-height:28px;text-indent:2em}
.rm-edit{text-align:right;color:#999;font-size:12px}.rm-f{text-align:center;font-size:12px;color:#666;padding:20px;border-top:1px solid #ccc}""",
    pre="""
<div class="rm-top">人民网 &gt;&gt; 江西频道 <span style="float:right"><a>人民网首页</a> <a>手机看新闻</a></span></div>
<div class="rm-logo"><img alt="人民网 江西频道" width="300" height="1"><div class="rm-nav"><a>首页</a><a>要闻</a><a>领导留言板</a><a>南昌</a><a>九江</a><a>景德镇</a><a>赣州</a><a>视频</a></div></div>
<div class="rm-body">
<p>人民网 &gt;&gt; 江西频道 &gt;&gt; 景德镇</p>
<h1>景德镇陶瓷大学生创业园孵化企业突破千家</h1>
<div class="rm-box">2025年03月12日15:26 | 来源：人民网－江西频道　<a>小字号</a></div>
<div><a>点击播报本文，约</a></div>
""",
    wrap=('<div class="rm-zw">', "</div>"),
    mode="p",
    body=[
        "人民网南昌3月12日电 （时雨）记者从景德镇市人社局获悉，截至今年2月底，景德镇陶瓷大学生创业园累计孵化陶瓷文创企业1036家，带动就业1.2万余人。",
        ("img", "创业园内，年轻人在制作陶瓷文创产品", "创业园内，年轻人在制作陶瓷文创产品。景德镇市人社局供图"),
        "走进位于陶溪川文创街区的创业园，一间间工作室里，来自全国各地的年轻人正在拉坯、利坯、彩绘。90后创业者周雨桐毕业于景德镇陶瓷大学，2021年入驻创业园，如今她设计的茶器已在电商平台积累了20多万粉丝。",
        "“园区提供三年免租的工作室，还有创业担保贷款和设计培训，让我们能安心做产品。”周雨桐说。",
        "为帮助年轻创业者打开销路，创业园每周末举办创意市集，吸引大量游客前来淘货。园区还与多家电商平台合作，开设直播基地，为入驻企业提供免费的场地和流量扶持。",
        "据介绍，景德镇近年来出台“景漂”人才服务政策，在住房、社保、子女就学等方面给予支持。2024年，全市新增“景漂”人员约1.6万人，总数超过6万人。",
    ],
    post="""
<div class="rm-edit">(责编：邹晶、邬晓晨)</div>
<p>分享让更多人看到 <a>微信</a> <a>微博</a> <a>【纠错】</a></p>
<div><b>推荐阅读</b><p><a>江西：春茶开采 茶香四溢</a></p><p><a>南昌：“口袋公园”扮靓城市</a></p></div>
</div>
<div class="rm-f">人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用<br>Copyright © 1997-2025 by www.people.com.cn（示例）. all rights reserved</div>""",
))

# vh-22: 新疆 radio station site, audio news, 记者：names glued with 、 and 编辑/审核
PAGES.append(dict(
    id="vh-22", lang="zh", kind=K,
    title="克拉玛依油田今年计划新建产能百万吨",
    authors=["吴凡", "热孜万古丽·艾海提"],
    publish_time="2025.03.13 12:06",
    css="""body{margin:0;font-family:sans-serif;background:#fff}.fm-h{background:#5a2d82;color:#fff;padding:12px 60px}
.fm-nav{padding:10px 60px;background:#f1ecf6}.fm-nav a{margin-right:20px}.fm-art{width:820px;margin:30px auto}
.fm-art h2{font-size:26px}.fm-player{background:#eee;padding:10px;border-radius:4px}.fm-txt p{font-size:16px;line-height:1.9}
.fm-f{background:#2d1642;color:#aaa;font-size:12px;padding:20px 60px}""",
    pre="""
<div class="fm-h">新疆广播电视台 · 新疆人民广播电台 <span style="float:right"><a>听广播</a> <a>看电视</a> <a>石榴云</a></span></div>
<div class="fm-nav"><a>首页</a><a>新闻广播</a><a>交通广播</a><a>音乐广播</a><a>节目表</a><a>主持人</a></div>
<div class="fm-art">
<p>首页 &gt; 新闻广播 &gt; 新疆新闻</p>
<h2>克拉玛依油田今年计划新建产能百万吨</h2>
<p style="color:#888;font-size:13px">2025.03.13 12:06 ｜ 新疆新闻广播</p>
<div class="fm-player">▶ 00:00 / 02:41 <span>音频</span></div>
""",
    wrap=('<div class="fm-txt">', "</div>"),
    mode="div",
    body=[
        "从新疆油田公司获悉，克拉玛依油田今年计划新建原油产能102万吨、天然气产能8亿立方米，全年油气产量当量力争达到1860万吨。",
        "今年，新疆油田将在玛湖、吉木萨尔等重点区域部署钻井1300余口，其中水平井占比超过六成。吉木萨尔国家级陆相页岩油示范区将继续扩大规模，年产量目标为190万吨。",
        "新疆油田公司开发处处长马建军说：“我们通过推广长水平段钻井和体积压裂技术，单井产量比三年前提高了40%左右，开发成本下降明显。”",
        "为保障冬春季生产，油田提前对集输管线、注水站等关键设施开展检修，目前全油田日产原油保持在3.9万吨左右，各项生产指标运行平稳。",
        "在绿色低碳方面，油田今年将新建光伏发电项目装机容量50万千瓦，并推进二氧化碳驱油与封存工程，预计全年可埋存二氧化碳40万吨。",
    ],
    post="""
<p style="font-size:13px;color:#666">记者：吴凡、热孜万古丽·艾海提<br>编辑：阿力木江　审核：李涛</p>
<div><a>分享</a> <a>收藏</a></div>
<div><b>相关音频</b><p><a>新疆新闻联播 2025年3月12日</a></p></div>
</div>
<div class="fm-f">新疆广播电视台版权所有　新ICP备05001293号　广播电视节目制作经营许可证（新）字第00001号</div>""",
))

# vh-23: national portal local channel carrying a city paper (燕赵都市报), reporter inside first line, 原标题 at end
PAGES.append(dict(
    id="vh-23", lang="zh", kind=K,
    title="石家庄首批“15分钟便民生活圈”示范社区名单公布",
    authors=["王思源"],
    publish_time="2025-03-14 06:52:30",
    css="""body{margin:0;font-family:"PingFang SC","Microsoft YaHei"}.n-top{background:#fff;border-bottom:1px solid #eee;padding:10px 5%}
.n-top a{margin-right:14px;font-size:13px}.n-wrap{width:1000px;margin:0 auto;display:flex}.n-left{width:680px}
.n-left h1{font-size:28px;line-height:1.4}.n-post-info{font-size:13px;color:#888}.n-post p{font-size:17px;line-height:1.8}
.n-right{width:280px;margin-left:40px}.n-foot{background:#f5f5f5;padding:20px 5%;font-size:12px;color:#888}""",
    pre="""
<div class="n-top"><a>网易首页</a><a>应用</a><a>新闻</a><a>体育</a><a>娱乐</a><a>财经</a><a>汽车</a><a>河北</a> <a style="float:right">登录</a></div>
<div class="n-wrap"><div class="n-left">
<p>网易河北 &gt; 正文</p>
<h1>石家庄首批“15分钟便民生活圈”示范社区名单公布</h1>
<div class="n-post-info">2025-03-14 06:52:30 来源: <a>燕赵都市报</a> <a>举报</a></div>
""",
    wrap=('<div class="n-post">', "</div>"),
    mode="p",
    body=[
        "燕赵都市报记者 王思源 近日，石家庄市商务局公布首批“15分钟便民生活圈”示范社区名单，长安区育才街道、桥西区东里街道等18个社区入选。",
        "所谓“15分钟便民生活圈”，是指在居民步行15分钟范围内，配齐便利店、菜市场、早餐店、家政、维修、药店等基本生活服务业态。",
        "记者了解到，入选社区平均配置商业网点96个，其中有9个社区引进了“一店多能”的社区综合服务中心，可提供快递收发、缝补、配钥匙、充值缴费等服务。",
        "家住长安区育才街道的刘女士告诉记者，小区门口新开了一家社区食堂，一荤两素只要12元，旁边还有裁缝铺和修鞋摊，“下楼走几步就能办完事，方便多了”。",
        "下一步，石家庄将对示范社区给予每个最高30万元的资金支持，并计划到2026年底实现中心城区便民生活圈全覆盖。",
        ("x", '<p style="color:#999">原标题：18个社区入选！石家庄首批便民生活圈示范名单出炉</p>'),
    ],
    post="""
<p style="color:#999">本文来源：燕赵都市报　责任编辑：陈璐_NN5312</p>
<div><a>分享到：</a> <a>微信</a> <a>微博</a> <a>复制链接</a></div>
<div><b>相关推荐</b><p><a>石家庄地铁4号线规划公示</a></p><p><a>河北春季招聘会本周末举行</a></p></div>
</div><div class="n-right"><b>热点新闻</b><p><a>河北多地迎来降雨</a></p><p><a>正定古城春日游人如织</a></p></div></div>
<div class="n-foot">网易公司版权所有 ©1997-2025（示例）　浙ICP备18003355号-9</div>""",
))

# vh-24: city 融媒体 app share page (九江), mobile layout, 全媒体记者 byline line, 打开APP furniture
PAGES.append(dict(
    id="vh-24", lang="zh", kind=K,
    title="九江长江岸线“复绿”工程完成年度任务八成",
    authors=["陶晓琳", "余航"],
    publish_time="03-13 20:17",
    css="""body{margin:0;max-width:750px;font-family:-apple-system,"PingFang SC";background:#fff}.app-bar{display:flex;justify-content:space-between;background:#e8f1fb;padding:10px 14px}
.app-bar button{background:#1677ff;color:#fff;border:0;border-radius:14px;padding:4px 12px}.app-art{padding:16px}
.app-art h1{font-size:22px;line-height:1.45}.app-meta{display:flex;gap:10px;font-size:12px;color:#999}.app-meta .src{color:#1677ff}
.app-c p{font-size:17px;line-height:1.75}.app-foot{padding:16px;font-size:12px;color:#aaa;text-align:center}""",
    pre="""
<div class="app-bar"><span><img alt="云上九江"> 云上九江 · 九江市融媒体中心</span><button>打开APP</button></div>
<div class="app-art">
<h1>九江长江岸线“复绿”工程完成年度任务八成</h1>
<div class="app-meta"><span class="src">九江日报</span><span>03-13 20:17</span><span>阅读 2.1万</span></div>
""",
    wrap=('<div class="app-c">', "</div>"),
    mode="p",
    body=[
        ("x", "<p>全媒体记者 陶晓琳　通讯员 余航</p>"),
        "春回江畔，草木萌动。3月12日，记者在柴桑区赤湖段长江岸线看到，新栽种的芦竹、柳树已冒出嫩芽，曾经裸露的滩涂逐渐披上绿装。",
        "去年以来，九江市对152公里长江岸线开展生态修复，今年计划完成复绿面积2800亩。截至目前，已完成2260亩，占年度任务的80.7%。",
        "“我们按照‘宜林则林、宜草则草’的原则，选择耐水淹、根系发达的乡土植物，既能固土护岸，又能为候鸟提供栖息地。”市林业局生态修复科负责人说。",
        ("img", "长江岸线复绿后的景象", "长江岸线复绿后的景象（无人机照片）"),
        "在濂溪区段，昔日的砂石码头已经变身滨江湿地公园。每到周末，市民们带着孩子来这里骑行、放风筝，不少摄影爱好者专程前来拍摄越冬的候鸟。",
        "据了解，九江还将在岸线沿线建设3处湿地科普教育点，引导市民共同守护一江碧水。相关点位预计今年汛期前建成开放。",
    ],
    post="""
<p style="font-size:12px;color:#999">编辑：刘婧　二审：钟文　三审：罗志华</p>
</div>
<div class="app-bar"><span>下载云上九江APP，看更多本地新闻</span><button>立即打开</button></div>
<div class="app-art"><b>相关推荐</b><p><a>庐山西海春季水上运动季开幕</a></p><p><a>九江港一季度货物吞吐量同比增长</a></p></div>
<div class="app-foot">© 九江市融媒体中心　赣ICP备16007715号-1</div>""",
))
