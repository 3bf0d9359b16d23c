"""Media pages wp-13 … wp-24: central, provincial, city media, portals, TV/radio (2 English)."""
K = "media"
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
PAGES = []

# wp-13 浙江 city news site, 2014 portal, 本报讯（记者 … 通讯员 …）
PAGES.append(dict(
    id="wp-13", kind=K, lang="zh",
    title="南浔古镇冬季游客量同比增长三成",
    authors=["沈佳怡", "钱伟"],
    publish_time="2024-11-18 07:56",
    features="city news portal (2014 design): channel bar, breadcrumb '您当前的位置 ：湖城新闻网 > 本地新闻', info bar "
             "'2024-11-18 07:56 来源：湖城日报 作者：沈佳怡 钱伟 编辑：俞一帆' spaced, 本报讯（记者 … 通讯员 …） byline inside "
             "first paragraph, bold sub-heading, 原标题 line absent, 手机看新闻 QR caption, 相关新闻 and 图片新闻, long footer",
    bmode="u3", hstyle="strong",
    css="""
body{margin:0;font:14px/1.8 "Microsoft YaHei";background:#fff}
.chan{background:#333;color:#ccc;font-size:12px;padding:4px 10%}
.chan a{color:#ccc;margin-right:10px}
.logo{padding:16px 10%;font-size:32px;color:#c4161c;font-weight:bold}
.mnav{background:#c4161c;padding:0 10%}.mnav a{color:#fff;display:inline-block;padding:8px 14px}
.wrap{width:1000px;margin:0 auto;overflow:hidden}
.l{float:left;width:680px}.r{float:right;width:290px;font-size:12px}
.l h1{font-size:26px}
.info{color:#888;font-size:12px;border-bottom:1px solid #eee;padding-bottom:6px}
.info span{margin-right:16px}
.foot{clear:both;background:#f1f1f1;text-align:center;font-size:12px;padding:16px;color:#666}
""",
    page="""
<div class="chan"><a href="#">湖城日报</a><a href="#">湖城晚报</a><a href="#">湖城发布</a><a href="#">数字报</a><a href="#">手机版</a> | <a href="#">登录</a></div>
<div class="logo">湖城新闻网 <small style="font-size:14px;color:#999">www.hcnews.com.cn</small></div>
<div class="mnav"><a href="#">首页</a><a href="#">本地新闻</a><a href="#">区县</a><a href="#">民生</a><a href="#">文旅</a><a href="#">视频</a><a href="#">专题</a><a href="#">评论</a></div>
<div class="wrap">
<div class="l">
<div>您当前的位置 ：<a href="#">湖城新闻网</a> &gt; <a href="#">本地新闻</a></div>
<h1>@@TITLE@@</h1>
<div class="info"><span>@@TIME@@</span><span>来源：湖城日报</span><span>作者：沈佳怡 钱伟</span><span>编辑：俞一帆</span></div>
@@BODY@@
<div>分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div><b>相关新闻</b><br><a href="#">南浔入选“浙江省文旅消费集聚区”</a><br><a href="#">古镇夜游项目本月上新</a></div>
</div>
<div class="r"><div><b>图片新闻</b><br><img src="@@GIF@@" alt="初冬湖城银杏金黄" width="280" height="160"><br>初冬湖城银杏金黄</div>
<div><img src="@@GIF@@" alt="" width="100" height="100"><br>手机看新闻</div>
<div><b>热点排行</b><ol><li>湖城今冬首场寒潮来袭</li><li>市区新增3条公交线路</li><li>长三角冬季马拉松开跑</li></ol></div></div>
</div>
<div class="foot">湖城日报社版权所有 未经书面授权禁止使用<br>互联网新闻信息服务许可证编号：33120180009　浙ICP备10201487号　浙公网安备 33050202000126号<br>违法和不良信息举报电话：0572-228XXXX</div>
""".replace("@@GIF@@", GIF),
    body=[
        ("p", "本报讯（记者 沈佳怡 通讯员 钱伟）初冬时节，南浔古镇银杏染黄、水巷生烟，吸引大批游客前来赏景。记者昨天从南浔区文旅部门获悉，11月1日至17日，古镇累计接待游客61.3万人次，同比增长31.6%。"),
        ("p", "“原以为冬天是淡季，没想到周末民宿全订满了。”在古镇经营民宿的徐女士说，今年以来，古镇推出“水乡冬韵”系列活动，夜游船、评弹茶馆、蚕丝被手作体验等项目很受欢迎，不少上海、苏州的游客专程前来。"),
        ("h", "夜间经济成为新亮点"),
        ("p", "为延长游客停留时间，古镇今年新增了灯光秀和水上实景演出，沿河商铺营业时间延长至晚上十点。数据显示，11月以来古镇夜间客流占全天客流的38%，带动餐饮、住宿消费同比增长两成以上。"),
        ("p", "南浔区文旅部门相关负责人表示，下一步将结合年末节假日，推出古镇冬季研学线路和非遗市集，进一步丰富冬季旅游产品供给。"),
    ],
))

# wp-14 湖南 provincial portal (2018 design), info bar above headline, 作者 with 记者 prefix, 原标题 line in body area
PAGES.append(dict(
    id="wp-14", kind=K, lang="zh",
    title="湖南启动2024年冬春农田水利建设 年内计划完成投资86亿元",
    authors=["谭晶", "易湘"],
    publish_time="2024-11-19 09:32:15",
    features="provincial news portal (2018): info bar ABOVE the headline ('来源：湘江在线 | 作者：记者 谭晶 实习生 易湘 | "
             "编辑：龚然 | 2024-11-19 09:32:15'), 原标题 line after headline (not body), headline with a space inside, "
             "lead in bold, sub-headings, 【纠错】 link, 责任编辑/值班主任 line, 相关阅读, footer with licences",
    bmode="p", hstyle="strong",
    css="""
body{margin:0;font-family:"Microsoft YaHei"}
.top{background:#d20b0b;color:#fff;padding:10px 8%}
.top a{color:#fff;margin-right:12px;font-size:13px}
.dh{background:#fff;border-bottom:1px solid #ddd;padding:8px 8%}
.dh a{margin-right:18px}
.art{width:860px;margin:20px auto}
.src{font-size:13px;color:#999}
.art h1{font-size:30px;margin:10px 0}
.yt{font-size:13px;color:#666}
.art p{font-size:17px;line-height:1.9}
.bt2{font-size:12px;background:#f4f4f4;padding:20px;text-align:center}
""",
    page="""
<div class="top"><a href="#">湘江在线</a><a href="#">首页</a><a href="#">新闻</a><a href="#">时政</a><a href="#">经济</a><a href="#">社会</a><a href="#">文旅</a><a href="#">视频</a><a href="#">下载客户端</a></div>
<div class="dh"><a href="#">新闻中心</a> &gt; <a href="#">湖南</a> &gt; <a href="#">经济</a> <input type="text" placeholder="搜索新闻"></div>
<div class="art">
<div class="src">来源：湘江在线 | 作者：记者 谭晶 实习生 易湘 | 编辑：龚然 | @@TIME@@</div>
<h1>@@TITLE@@</h1>
<p class="yt">原标题：冬春水利建设启幕 全省将完成投资86亿元</p>
@@BODY@@
<p><a href="#">【纠错】</a>　<a href="#">【打印】</a></p>
<p style="font-size:13px;color:#888">责任编辑：龚然　值班主任：罗小军</p>
<div><b>相关阅读</b><ul><li><a href="#">湖南今年新增高标准农田312万亩</a></li><li><a href="#">洞庭湖区冬修水利工程全面开工</a></li></ul></div>
</div>
<div class="bt2">湘江在线版权所有 未经授权不得转载<br>互联网新闻信息服务许可证 43120170011　湘ICP备10201532号-1　信息网络传播视听节目许可证：1810541</div>
""",
    body=[
        ("p", "湘江在线·湖南日报11月18日讯 今天，全省冬春农田水利建设现场推进会在常德召开。会议透露，今冬明春全省计划实施农田水利项目1.2万处，完成投资86亿元，新增和恢复灌溉面积120万亩。"),
        ("h", "重点抓好“小水利”"),
        ("p", "今年我省部分地区出现夏秋连旱，暴露出灌区末级渠系不配套、山塘淤积等短板。省水利厅负责人介绍，今年冬修将把山塘清淤扩容、渠道硬化和小型泵站更新改造作为重点，力争打通农田灌溉“最后一公里”。"),
        ("h", "创新投入和管护机制"),
        ("p", "在资金投入上，我省将统筹中央和省级资金，鼓励以奖代补、先建后补，引导村集体和新型农业经营主体参与建设。在工程管护上，全面推行“以水养水”“一把锄头放水”等管护模式，确保工程建得成、管得好、用得久。"),
        ("p", "会议要求，各地要抢抓冬季枯水期施工黄金期，2025年3月底前完成主体工程建设，确保不误春耕用水。"),
    ],
))

# wp-15 黑龙江 TV station website, video news page with 文字稿, 记者/摄像 labels
PAGES.append(dict(
    id="wp-15", kind=K, lang="zh",
    title="哈尔滨冰雪大世界主塔开始冰建 预计12月中旬开园",
    authors=["于洋", "张博文"],
    publish_time="2024-11-21 19:43",
    features="provincial TV station site (2020 dark video design): video player placeholder with 播放/全屏 labels, "
             "栏目 label and 时长 (not body), info '发布时间：… 来源：《新闻联播（黑龙江）》', 记者：于洋 张博文 摄像：…"
             " on one line (摄像 not author), 文字稿 heading (not body), 编辑 line, 栏目 playlist, footer with 视听许可证",
    bmode="p", hstyle="strong",
    css="""
body{margin:0;background:#111;color:#ddd;font-family:"Microsoft YaHei"}
.tv-top{background:#000;padding:12px 5%;display:flex;gap:20px}
.tv-top a{color:#eee}
.player{width:900px;height:506px;background:#222;margin:20px auto;display:flex;align-items:flex-end;justify-content:space-between;padding:10px;box-sizing:border-box}
.wrap{width:900px;margin:0 auto}
h1{font-size:24px;color:#fff}
.meta{font-size:13px;color:#888}
.txt p{line-height:1.9}
.list a{display:block;color:#aaa;font-size:13px}
.ft{text-align:center;font-size:12px;color:#666;padding:30px}
""",
    page="""
<div class="tv-top"><b>龙江网络广播电视台</b><a href="#">首页</a><a href="#">直播</a><a href="#">点播</a><a href="#">新闻</a><a href="#">栏目</a><a href="#">广播</a><a href="#">下载APP</a></div>
<div class="wrap"><div>首页 ＞ 新闻 ＞ 黑龙江新闻</div></div>
<div class="player"><span>▶ 播放</span><span>00:00 / 02:16</span><span>全屏</span></div>
<div class="wrap">
<h1>@@TITLE@@</h1>
<div class="meta">发布时间：@@TIME@@　　来源：《新闻联播（黑龙江）》　　播放：3.6万</div>
<p>记者：于洋 张博文　摄像：刘东</p>
<h4>文字稿</h4>
<div class="txt">
@@BODY@@
</div>
<p class="meta">编辑：孙晓萌　责任编辑：王涛</p>
<div class="list"><h4>本期节目</h4><a href="#">01 省委常委会召开会议</a><a href="#">02 全省冬季供暖工作推进会召开</a><a href="#">03 哈尔滨冰雪大世界主塔开始冰建</a></div>
</div>
<div class="ft">龙江网络广播电视台 版权所有　信息网络传播视听节目许可证 号：0802001　黑ICP备09004719号　黑公网安备 23010302000211号</div>
""",
    body=[
        ("p", "11月20日，哈尔滨冰雪大世界主塔冰建工作正式启动，来自松花江的第一批冰块被吊装到位。据了解，本届冰雪大世界园区面积预计超过100万平方米，用冰用雪总量约30万立方米，将于12月中旬开园。"),
        ("p", "施工现场，工人们正在对冰块进行切割、打磨和垒砌。今年的主塔以“冰雪同梦”为主题，高度预计达到43米，为历届之最。"),
        ("p", "冰建项目负责人："),
        ("p", "“我们今年采用了新的冰块加固和灯光嵌入工艺，主塔内部还设计了可以让游客登高观景的通道，预计需要600多名工人连续施工25天左右。”"),
        ("p", "记者在现场看到，为保证冰块质量，今年的采冰工作提前在松花江上展开，采冰工人每天要切割、运输冰块近万块。"),
        ("p", "据介绍，本届冰雪大世界还将新增冰雪演艺、冰上运动体验等项目，并延长夜间开放时间，让游客在寒冬里感受冰雪的魅力。"),
    ],
))

# wp-16 新疆 English-language page of a regional outlet, By-line with two names, dateline
PAGES.append(dict(
    id="wp-16", kind=K, lang="en",
    title="Xinjiang cotton farmers turn to drones for winter field management",
    authors=["Zhang Wei", "Aynur Ablimit"],
    publish_time="Nov 20, 2024 10:18",
    features="English-language page of a Xinjiang regional outlet (2022 design): language switch, section tabs, headline, "
             "'By Zhang Wei and Aynur Ablimit' byline line, 'Updated: Nov 20, 2024 10:18 | Source: Tianshan Daily' info line, "
             "photo caption with credit, sub-heading, pull quote paragraph, 'Editor:' line, 'Related stories', copyright footer",
    bmode="p", hstyle="h3",
    css="""
body{margin:0;font-family:Georgia,serif;color:#222}
.mast{display:flex;justify-content:space-between;padding:14px 8%;border-bottom:3px solid #00508a}
.mast b{font-size:28px;color:#00508a}
.sec a{margin-right:16px;font-family:Arial;font-size:14px}
.story{max-width:760px;margin:30px auto}
h1{font-size:34px;line-height:1.2}
.by{font-family:Arial;font-weight:bold;font-size:14px}
.upd{font-family:Arial;color:#777;font-size:13px}
.story p{font-size:18px;line-height:1.7}
.ft{background:#00508a;color:#cde;font-size:12px;padding:20px 8%}
""",
    page="""
<div class="mast"><b>iTianshan</b><span><a href="#">中文</a> | <a href="#">ئۇيغۇرچە</a> | English</span></div>
<div class="mast sec"><a href="#">Home</a><a href="#">News</a><a href="#">Business</a><a href="#">Culture</a><a href="#">Travel</a><a href="#">Photos</a><a href="#">Video</a><input type="text" placeholder="Search"></div>
<div class="story">
<div class="upd"><a href="#">Home</a> / <a href="#">Business</a></div>
<h1>@@TITLE@@</h1>
<p class="by">By Zhang Wei and Aynur Ablimit</p>
<p class="upd">Updated: @@TIME@@ | Source: Tianshan Daily</p>
@@BODY@@
<p class="upd">Editor: Li Na</p>
<h4>Related stories</h4>
<ul><li><a href="#">Aksu apple harvest hits record high</a></li><li><a href="#">Smart irrigation spreads across southern Xinjiang</a></li></ul>
</div>
<div class="ft">Copyright 2004-2024 iTianshan. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to iTianshan.<br>新ICP备05001311号</div>
""",
    body=[
        ("p", "As the first frost settles over the plains south of the Tianshan Mountains, cotton grower Tursun Memet is not resting. On a recent morning in Shaya county, he watched a drone glide over his 200 mu (13.3 hectares) of harvested fields, spraying a mixture that helps break down cotton stalks before winter plowing."),
        ("img", "A drone sprays a straw decomposition agent over a cotton field in Shaya county", "A drone sprays a straw decomposition agent over a cotton field in Shaya county, Aksu prefecture, on Nov 18. [Photo by Zhang Wei/Tianshan Daily]"),
        ("p", "\"Five years ago we did all of this by hand or with tractors. Now one drone covers in a day what ten workers used to do in a week,\" he said."),
        ("h", "From sowing to straw"),
        ("p", "Agricultural drones, first used in the region mainly for spraying defoliants before harvest, are now deployed across the whole growing season. According to the county's agriculture bureau, more than 1,400 drones are registered locally, and about 85 percent of cotton fields received at least one drone service this year."),
        ("p", "Local cooperatives say the shift has cut labor costs by roughly 120 yuan per mu and reduced chemical use. Several companies have opened training centers in Aksu, where young farmers can earn a pilot license in about two weeks."),
        ("p", "Officials plan to expand the program to winter wheat and orchards next year, they said."),
    ],
))

# wp-17 central media wire story (新华社…电（记者…）) on a news portal, 2023 design
PAGES.append(dict(
    id="wp-17", kind=K, lang="zh",
    title="新疆今冬首批“旅游专列”从乌鲁木齐发车",
    authors=["李晓东", "阿曼古丽·努尔"],
    publish_time="2024-11-22 16:05:31",
    features="central news portal (2023 design): header, channel path '首页 > 地方 > 新疆', time and source in a flex row "
             "('2024-11-22 16:05:31 来源：新华社'), wire dateline byline 新华社乌鲁木齐11月22日电（记者李晓东、阿曼古丽·努尔）"
             " inside the first paragraph (names glued to 记者, joined by 、), 【责任编辑：…】 line, 纠错, 扫码 caption, 推荐阅读",
    bmode="p", hstyle="strong",
    css="""
body{margin:0;font-family:"Microsoft YaHei",Arial}
.head{height:64px;background:#fff;box-shadow:0 2px 4px #ddd;display:flex;align-items:center;gap:30px;padding:0 10%}
.head b{color:#c00;font-size:26px}
.box{width:900px;margin:30px auto}
h1{font-size:32px;font-weight:600}
.hd-row{display:flex;gap:20px;color:#999;font-size:14px}
.box p{font-size:18px;line-height:1.9}
.ed{text-align:right;color:#999;font-size:14px}
.f{background:#f6f6f6;text-align:center;font-size:12px;padding:26px}
""",
    page="""
<div class="head"><b>中华新闻网</b><a href="#">首页</a><a href="#">时政</a><a href="#">地方</a><a href="#">国际</a><a href="#">财经</a><a href="#">视频</a><a href="#">图片</a><a href="#">客户端</a></div>
<div class="box">
<div><a href="#">首页</a> &gt; <a href="#">地方</a> &gt; <a href="#">新疆</a></div>
<h1>@@TITLE@@</h1>
<div class="hd-row"><span>@@TIME@@</span><span>来源：新华社</span><span><a href="#">字号 大 小</a></span><span><a href="#">分享</a></span></div>
@@BODY@@
<p class="ed">【责任编辑：郑欣然】</p>
<p><a href="#">【纠错】</a></p>
<div><img src="@@GIF@@" alt="" width="100" height="100"> 扫码打开中华新闻网客户端</div>
<div><b>推荐阅读</b><br><a href="#">西北地区迎来大范围降雪</a><br><a href="#">冰雪经济持续升温 多地推出冬季文旅产品</a></div>
</div>
<div class="f">中华新闻网版权所有　京ICP备09031845号　京公网安备11010202007231号<br>互联网新闻信息服务许可证10120170001</div>
""".replace("@@GIF@@", GIF),
    body=[
        ("p", "新华社乌鲁木齐11月22日电（记者李晓东、阿曼古丽·努尔）22日12时许，载有500余名游客的今冬首批“天山冰雪号”旅游专列从乌鲁木齐站驶出，开启为期8天的冰雪之旅。"),
        ("p", "专列途经昌吉、伊犁、阿勒泰等地，游客可体验滑雪、冬捕、雾凇观赏等项目。列车设有观景车厢、餐车和文艺演出车厢，沿途还将安排非遗展示和民俗体验活动。"),
        ("p", "“听说新疆的雪特别好，这次带着孩子来滑雪，顺便看看冬天的赛里木湖。”来自江苏的游客陈女士说。"),
        ("p", "据铁路部门介绍，今冬明春新疆计划开行旅游专列60余趟，较去年同期增加两成。铁路部门将根据客流情况，适时增开乌鲁木齐至阿勒泰、伊宁等方向的旅游列车。"),
        ("p", "今年以来，新疆持续推出冬季冰雪旅游优惠政策，多地滑雪场、景区对游客实行门票减免，冰雪旅游热度持续攀升。"),
    ],
))

# wp-18 English page of a central outlet, wire copy with source only (authors [])
PAGES.append(dict(
    id="wp-18", kind=K, lang="en",
    title="Harbin opens ice-sculpture training base ahead of winter season",
    authors=[],
    publish_time="2024-11-19 15:42",
    features="English page of a central outlet (2016 layout): top nav, breadcrumb 'Home / China / Society', headline, "
             "'Xinhua | Updated: 2024-11-19 15:42' line (wire copy, no By-line → authors []), dateline HARBIN inside the first "
             "paragraph, photo caption, 'Share -' buttons, 'Most Viewed' list, copyright footer",
    bmode="p", hstyle="h3",
    css="""
body{margin:0;font-family:Arial,Helvetica}
.tn{background:#004b8d;padding:8px 12%}.tn a{color:#fff;margin-right:14px;font-size:13px}
.logo{padding:16px 12%;font-size:30px;font-weight:bold;color:#004b8d}
.main{width:1000px;margin:0 auto;display:flex;gap:30px}
.lft{width:680px}.rt{width:290px;font-size:13px}
h1{font-size:30px}
.info{color:#777;font-size:13px;border-top:1px solid #ddd;border-bottom:1px solid #ddd;padding:4px 0}
.lft p{font-size:16px;line-height:1.7}
.cp{background:#eee;text-align:center;font-size:11px;padding:18px}
""",
    page="""
<div class="tn"><a href="#">Global Edition</a><a href="#">China</a><a href="#">Asia</a><a href="#">Subscribe</a><a href="#">中文</a></div>
<div class="logo">China Daybreak</div>
<div class="main"><div class="lft">
<div><a href="#">Home</a> / <a href="#">China</a> / <a href="#">Society</a></div>
<h1>@@TITLE@@</h1>
<div class="info">Xinhua | Updated: @@TIME@@</div>
<div>Share - <a href="#">WeChat</a> <a href="#">Facebook</a> <a href="#">X</a></div>
@@BODY@@
</div>
<div class="rt"><b>Most Viewed in 24 Hours</b><ol><li><a href="#">China's first heavy snowfall of season hits northeast</a></li><li><a href="#">Winter tourism bookings surge</a></li><li><a href="#">Rail operator adds overnight trains</a></li></ol></div>
</div>
<div class="cp">Copyright 1995 - 2024. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daybreak. Without written authorization, such content shall not be republished or used in any form.<br>License for publishing multimedia online 0108263　Registration Number: 130349</div>
""",
    body=[
        ("p", "HARBIN -- A training base for ice and snow sculptors opened on Monday in Harbin, capital of Northeast China's Heilongjiang province, as the city prepares for a busy winter tourism season."),
        ("img", "Students practise carving at the training base in Harbin", "Students practise carving at the training base in Harbin, Nov 18, 2024. [Photo/Xinhua]"),
        ("p", "The base, located on Sun Island, covers about 20,000 square meters and can host 300 trainees at a time. Courses range from basic ice cutting and safety to advanced lighting design and large-scale snow sculpture."),
        ("p", "\"Demand for skilled sculptors has grown quickly as more cities build ice-and-snow parks,\" said a manager of the base. \"Many of our graduates are now invited to work in other provinces and even abroad.\""),
        ("p", "Local authorities said the base will also offer short experience classes for tourists during the peak season from December to February."),
    ],
))

# wp-19 湖南 city radio & TV station site, 记者 | 通讯员 | form, 2024 responsive
PAGES.append(dict(
    id="wp-19", kind=K, lang="zh",
    title="长沙首批“社区食堂”星级评定结果出炉",
    authors=["欧阳丽", "彭湘"],
    publish_time="2024年11月20日 20:15",
    features="city radio & TV station news site (2024): top live-radio strip (FM 频率 labels), headline, bar "
             "'记者 | 欧阳丽　通讯员 | 彭湘' and '2024年11月20日 20:15', video + 文字 notes, table of ratings "
             "(header + 4 rows), 编辑/审核/监制 line, 点赞/收藏 buttons, 更多推荐, footer",
    bmode="p", hstyle="h3",
    css="""
body{margin:0;font-family:"PingFang SC";background:#f7f7f7}
.live{background:#ff6a00;color:#fff;font-size:12px;padding:6px 6%}
.nav{background:#fff;padding:14px 6%;display:flex;gap:22px;font-size:15px}
.nav b{color:#ff6a00;font-size:22px;margin-right:30px}
.art{max-width:820px;margin:20px auto;background:#fff;padding:30px}
.by{color:#888;font-size:13px;display:flex;justify-content:space-between}
.bt{border-collapse:collapse;width:100%}.bt td,.bt th{border:1px solid #ccc;padding:4px}
.ft{text-align:center;font-size:12px;color:#888;padding:20px}
""",
    page="""
<div class="live">正在直播：FM106.9 长沙新闻广播《城市早高峰》　|　FM97.1 交通频道　|　<a href="#">收听</a></div>
<div class="nav"><b>星城广电网</b><a href="#">首页</a><a href="#">长沙</a><a href="#">民生</a><a href="#">视频</a><a href="#">广播</a><a href="#">直播</a><a href="#">问政</a></div>
<div class="art">
<h1>@@TITLE@@</h1>
<div class="by"><span>记者 | 欧阳丽　通讯员 | 彭湘</span><span>@@TIME@@</span></div>
<div style="background:#000;color:#fff;height:200px">视频加载中…</div>
@@BODY@@
<p style="color:#999;font-size:13px">编辑：何丹　审核：周振宇　监制：李建军</p>
<div><a href="#">点赞 126</a>　<a href="#">收藏</a>　<a href="#">分享</a></div>
<h4>更多推荐</h4><ul><li><a href="#">长沙新增12个“15分钟生活圈”</a></li><li><a href="#">寒潮来袭，长沙本周最低气温跌至2℃</a></li></ul>
</div>
<div class="ft">星城广播电视台 版权所有　湘ICP备13006518号-2　网络视听许可证 1812345<br>举报电话：0731-8888XXXX</div>
""",
    body=[
        ("p", "11月20日，长沙市民政局公布首批社区食堂星级评定结果，全市32家社区食堂获评星级食堂，其中五星级食堂4家。"),
        ("p", "此次评定从食品安全、价格水平、服务质量和老年人满意度四个方面进行打分，评定结果将作为运营补贴发放的重要依据。"),
        ("table", [["星级", "数量（家）", "补贴标准"],
                   ["五星级", "4", "每家每年8万元"],
                   ["四星级", "11", "每家每年5万元"],
                   ["三星级", "17", "每家每年3万元"]]),
        ("p", "在获评五星级的雨花区东塘街道社区食堂，午饭时间已经坐满了就餐的老人。“两荤一素加一碗汤才12块钱，老年人还能打折，比自己做饭划算。”72岁的刘爹爹说。"),
        ("p", "据了解，长沙目前共有社区食堂186家，日均服务老年人约3.2万人次。"),
        ("p", "市民政局相关负责人表示，今后星级评定每年开展一次，实行动态管理，对服务质量下降、群众投诉较多的食堂将予以降级或摘星。"),
    ],
))

# wp-20 浙江 media app share page (mobile, 2025)
PAGES.append(dict(
    id="wp-20", kind=K, lang="zh",
    title="杭州地铁三期收官段年底前全部通车",
    authors=["王程", "杨晓"],
    publish_time="2024-11-21 07:15",
    features="provincial media app share page (2025 mobile): 'APP内打开' bar, source account row with 潮汐新闻 logo alt, headline, "
             "'潮汐新闻记者 王程 通讯员 杨晓' credit line, date, 阅读 count, quoted speech, inline map caption, "
             "bottom 'APP内查看更多精彩评论' and 下载 buttons, 免责 line",
    bmode="p", hstyle="strong",
    css="""
body{margin:0 auto;max-width:480px;font-family:-apple-system,"PingFang SC";font-size:17px;color:#222}
.open{position:sticky;top:0;background:#1a73e8;color:#fff;display:flex;justify-content:space-between;padding:10px 14px;font-size:14px}
h1{font-size:22px;padding:0 14px}
.acct{display:flex;gap:8px;align-items:center;padding:0 14px;font-size:13px;color:#666}
.c{padding:0 14px;line-height:1.8}
.bot{background:#f5f5f5;text-align:center;padding:16px;font-size:14px}
""",
    page="""
<div class="open"><span>潮汐新闻 — 浙江新闻客户端</span><span>APP内打开</span></div>
<h1>@@TITLE@@</h1>
<div class="acct"><img src="@@GIF@@" alt="潮汐新闻" width="24" height="24"><span>潮汐新闻记者 王程 通讯员 杨晓</span></div>
<div class="acct"><span>@@TIME@@</span><span>阅读 2.3万</span></div>
<div class="c">
@@BODY@@
</div>
<div class="bot">APP内查看更多精彩评论<br><a href="#">打开潮汐新闻</a>　<a href="#">下载客户端</a></div>
<p style="font-size:12px;color:#aaa;padding:0 14px">本文为潮汐新闻原创，未经授权不得转载。</p>
""".replace("@@GIF@@", GIF),
    body=[
        ("p", "记者从杭州市地铁集团获悉，地铁三期建设规划的最后两段——5号线南延段和8号线二期工程已完成全部设备调试，正在进行试运行，计划于12月底前开通运营。届时，杭州地铁运营里程将突破600公里。"),
        ("img", "杭州地铁三期线路示意图", "杭州地铁三期线路示意图（来源：杭州地铁）"),
        ("p", "5号线南延段长约6.8公里，设4座车站，建成后将进一步方便萧山南部居民出行；8号线二期与1号线、7号线实现换乘，大江东片区到市中心的通勤时间将缩短约20分钟。"),
        ("p", "“现在每天开车进城要一个多小时，地铁通了以后能节省不少时间。”家住钱塘区的市民周先生说，他已经提前规划好了新的通勤路线。"),
        ("p", "据悉，随着三期线路全部建成，杭州将形成“十纵十横”的轨道交通网络格局，主城区与萧山、余杭、临平、钱塘等区之间实现轨道交通直连。"),
        ("p", "杭州地铁集团表示，试运行期间将按照正式运营标准组织行车，对列车、信号、供电等系统进行全面检验，确保开通后安全平稳运行。"),
    ],
))

# wp-21 黑龙江 provincial news web (2006-style tables), date '2024年11月19日 08:47'
PAGES.append(dict(
    id="wp-21", kind=K, lang="zh",
    title="牡丹江：雪乡民宿提前进入“预订季”",
    authors=["孟繁宇"],
    publish_time="2024年11月19日 08:47",
    features="provincial news website in a 2006-style table layout: many small channel links, headline in a table cell, "
             "info row '2024年11月19日 08:47　来源：北国网　作者：孟繁宇' with 【打印】【关闭】【大 中 小】, body as <br> lines, "
             "closing '（编辑：刘欣）' line (not body), '发表评论' box, long link lists, footer",
    bmode="br", hstyle="strong",
    css="""
body{margin:0;font-size:12px;font-family:宋体}
.t{width:950px;margin:0 auto}
.logo{background:#1c3f94;color:#fff;font-size:26px;height:70px}
.txt{font-size:14px;line-height:25px}
""",
    page="""
<table class="t" cellpadding="0" cellspacing="0"><tr><td class="logo">北国网 BEIGUO.COM.CN</td><td class="logo" align="right"><a href="#">设为首页</a> <a href="#">加入收藏</a></td></tr></table>
<table class="t"><tr><td><a href="#">新闻</a> <a href="#">龙江</a> <a href="#">国内</a> <a href="#">国际</a> <a href="#">社会</a> <a href="#">评论</a> <a href="#">财经</a> <a href="#">体育</a> <a href="#">娱乐</a> <a href="#">旅游</a> <a href="#">房产</a> <a href="#">汽车</a> <a href="#">教育</a> <a href="#">健康</a> <a href="#">论坛</a> <a href="#">博客</a></td></tr></table>
<table class="t"><tr><td>您的位置：<a href="#">北国网</a> &gt; <a href="#">新闻中心</a> &gt; <a href="#">龙江新闻</a> &gt; <a href="#">地市</a></td></tr></table>
<table class="t"><tr><td valign="top" width="650">
<table width="100%"><tr><td align="center"><font size="5"><b>@@TITLE@@</b></font></td></tr>
<tr><td align="center">@@TIME@@　来源：北国网　作者：孟繁宇</td></tr>
<tr><td align="right">【<a href="#">打印</a>】【<a href="#">关闭</a>】【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>
<tr><td class="txt">
@@BODY@@
</td></tr>
<tr><td align="right">（编辑：刘欣）</td></tr>
<tr><td><b>发表评论</b><br><textarea rows="3" cols="60"></textarea><br>用户名：<input type="text"> <input type="submit" value="发表"></td></tr>
</table></td>
<td valign="top" width="300"><b>龙江要闻</b><br><a href="#">·全省冰雪旅游季启动</a><br><a href="#">·哈尔滨迎来今冬首场降雪</a><br><a href="#">·黑河口岸冬季通关量增长</a><br><b>图片新闻</b><br><img src="@@GIF@@" alt="雪乡迎来第一场大雪" width="280" height="180"><br>雪乡迎来第一场大雪</td></tr></table>
<table class="t"><tr><td align="center">关于我们 | 广告服务 | 联系方式 | 网站地图<br>北国网版权所有 Copyright(C) 2001-2024 未经授权禁止复制或建立镜像<br>黑ICP备05002213号 互联网新闻信息服务许可证：23120170004</td></tr></table>
""".replace("@@GIF@@", GIF),
    body=[
        ("p", "北国网讯 随着第一场大雪落下，牡丹江雪乡景区的民宿已提前进入“预订季”。记者近日从当地文旅部门了解到，截至11月18日，雪乡景区内民宿元旦和春节期间的预订率已超过七成。"),
        ("p", "在雪乡经营民宿十多年的老赵告诉记者，今年的预订比往年提前了将近一个月，“很多南方游客十月就打电话订房，有的一订就是一周。”"),
        ("p", "为了保障冬季旅游服务质量，当地今年对景区内120余家民宿进行了统一评级，公示房价和服务标准，并开通24小时投诉热线。景区还新增了雪地摩托、冰雪画廊和东北民俗表演等项目。"),
        ("p", "记者在雪乡看到，景区内的道路已完成积雪清理，停车场、游客中心、公共卫生间等设施也完成了冬季检修。"),
        ("p", "当地文旅部门负责人表示，今冬将严格落实“明码标价”和“先问后买”制度，严厉打击欺客宰客行为，让游客玩得放心、住得安心。"),
    ],
))

# wp-22 central radio network local channel, dateline 央广网长沙11月20日消息（记者…）
PAGES.append(dict(
    id="wp-22", kind=K, lang="zh",
    title="湖南岳阳：洞庭湖越冬候鸟数量创近十年新高",
    authors=["陈湘君", "何帆"],
    publish_time="2024-11-20 11:26",
    features="central radio network local channel (2019): logo row, '央广网 > 湖南频道 > 要闻' breadcrumb, info bar "
             "'2024-11-20 11:26 来源：央广网' + '分享到' icons, headline, dateline 央广网长沙11月20日消息（记者陈湘君 "
             "通讯员何帆）inside the first paragraph, photo with credit caption '（央广网发 何帆 摄）', 编辑 line, 热门推荐, footer",
    bmode="p", hstyle="strong",
    css="""
body{margin:0;font-family:"Microsoft YaHei"}
.hd{border-bottom:4px solid #1b4e9b;padding:10px 15%;display:flex;justify-content:space-between}
.hd b{font-size:26px;color:#1b4e9b}
.cn{width:900px;margin:20px auto}
.cn h1{font-size:28px}
.sx{color:#777;font-size:13px;display:flex;justify-content:space-between}
.cn p{font-size:16px;line-height:2;text-indent:2em}
.ftr{background:#1b4e9b;color:#cfd8ea;font-size:12px;text-align:center;padding:20px}
""",
    page="""
<div class="hd"><b>央广网 · 湖南频道</b><span><a href="#">央广网首页</a> | <a href="#">云听</a> | <a href="#">无障碍</a></span></div>
<div class="cn">
<div>央广网 &gt; 湖南频道 &gt; 要闻</div>
<h1>@@TITLE@@</h1>
<div class="sx"><span>@@TIME@@　来源：央广网</span><span>分享到：<img src="@@GIF@@" alt="微信"> <img src="@@GIF@@" alt="微博"></span></div>
@@BODY@@
<p style="text-align:right;color:#999">编辑：秦思</p>
<h4>热门推荐</h4><ul><li><a href="#">湘江流域水质持续改善</a></li><li><a href="#">湖南启动“冬季清河”专项行动</a></li></ul>
</div>
<div class="ftr">央广网版权所有　京ICP证150008号　京公网安备11000002000022号<br>互联网新闻信息服务许可证10120170004　违法和不良信息举报电话：010-5669XXXX</div>
""".replace("@@GIF@@", GIF),
    body=[
        ("p", "央广网长沙11月20日消息（记者陈湘君 通讯员何帆）记者从湖南东洞庭湖国家级自然保护区获悉，今年入冬以来，东洞庭湖监测到的越冬候鸟已达13.6万只，创近十年同期新高，其中包括白鹤、东方白鹳等国家一级保护鸟类。"),
        ("img", "成群的候鸟在东洞庭湖湿地觅食", "成群的候鸟在东洞庭湖湿地觅食。（央广网发 何帆 摄）"),
        ("p", "保护区管理局监测科负责人介绍，近年来通过退耕还湿、拆除矮围网和禁捕退捕等措施，湖区湿地面积和食物资源明显增加，为候鸟越冬提供了良好的栖息环境。"),
        ("p", "为保障候鸟安全越冬，保护区已在重点区域增设了12个巡护点，组织巡护员和志愿者开展24小时巡护，并利用无人机和高清摄像头对候鸟集中区域进行实时监测。"),
        ("p", "岳阳市林业部门提醒，观鸟市民和摄影爱好者要与鸟群保持距离，不得驱赶、投喂和惊扰候鸟，发现受伤候鸟请及时拨打保护区救助热线。"),
    ],
))

# wp-23 新疆 city daily website (2012 portal), 作者/来源/时间/点击 glued in one line
PAGES.append(dict(
    id="wp-23", kind=K, lang="zh",
    title="克拉玛依今冬供暖首次实现“一户一策”智能调温",
    authors=["刘晓燕"],
    publish_time="2024-11-18 10:02",
    features="city daily website (2012 portal, left/right columns): headline, info line with labels glued "
             "'作者：刘晓燕来源：克拉玛依日报时间：2024-11-18 10:02点击：1207', lead byline '本报讯（记者 刘晓燕）' inside "
             "first paragraph, list, quoted speech, 【我要纠错】, '责任编辑：' line, 上一篇/下一篇, footer",
    bmode="pi", hstyle="strong",
    css="""
body{margin:0;font:14px/1.8 "Microsoft YaHei";background:#e9eef3}
.w{width:1000px;margin:0 auto;background:#fff}
.lg{background:#0b6fa4;color:#fff;font-size:30px;padding:20px}
.nv a{display:inline-block;padding:6px 12px;background:#0a5d8a;color:#fff;margin:1px}
.mid{display:flex}.mid .a{width:700px;padding:20px}.mid .b{width:260px;padding:20px;font-size:12px;background:#f7f9fb}
.a h1{font-size:24px;text-align:center}
.inf{text-align:center;font-size:12px;color:#999;background:#f3f3f3}
.ft{text-align:center;font-size:12px;padding:16px;background:#ddd}
""",
    page="""
<div class="w">
<div class="lg">克拉玛依新闻网</div>
<div class="nv"><a href="#">首页</a><a href="#">本地</a><a href="#">油城</a><a href="#">区县</a><a href="#">民生</a><a href="#">图片</a><a href="#">数字报</a><a href="#">专题</a></div>
<div class="mid"><div class="a">
<div>当前位置：<a href="#">首页</a> - <a href="#">本地新闻</a></div>
<h1>@@TITLE@@</h1>
<div class="inf">作者：刘晓燕来源：克拉玛依日报时间：@@TIME@@点击：1207</div>
@@BODY@@
<p style="color:#999">责任编辑：杨新华</p>
<p>【<a href="#">我要纠错</a>】【<a href="#">打印</a>】</p>
<p>上一篇：<a href="#">我市启动冬季校园交通安全宣传周</a><br>下一篇：<a href="#">油城今冬首场冰雪运动会开幕</a></p>
</div>
<div class="b"><b>新闻排行</b><br>1 <a href="#">市区两条道路本周封闭施工</a><br>2 <a href="#">今冬首场寒潮将至</a><br>3 <a href="#">克拉玛依机场新开两条航线</a></div></div>
<div class="ft">克拉玛依日报社主办　新ICP备06002876号　互联网新闻信息服务许可证：65120180002<br>联系电话：0990-62XXXXX</div>
</div>
""",
    body=[
        ("p", "本报讯（记者 刘晓燕）今年供暖季，我市城区2.3万户居民家中用上了智能温控阀，供热企业可根据每户的室温数据远程调节供热量，实现“一户一策”精准供暖。"),
        ("p", "记者从市热力公司了解到，今年的智能化改造主要包括三项内容："),
        ("ul", ["在换热站加装智能调控系统，根据室外温度自动调整供水温度；", "在居民户内安装室温采集器，实时上传室温数据；", "在单元入户管道安装智能平衡阀，解决“近热远冷”问题。"]),
        ("p", "“以前我家住顶楼边户，冬天室温只有十七八度，今年一直保持在22度左右。”家住银河路社区的居民张建军说。"),
        ("p", "市热力公司负责人表示，智能调温系统投用后，预计整个供暖季可节约天然气约280万立方米，同时居民室温不达标投诉量同比下降了六成。"),
        ("p", "据了解，明年我市将在全市范围内推广智能温控改造，计划再改造居民住户1.8万户。"),
    ],
))

# wp-24 湖南 县融媒体中心 site (2023), closing （记者 唐  宁  李子涵）
PAGES.append(dict(
    id="wp-24", kind=K, lang="zh",
    title="蓝山县：冬季柑橘采摘正当时 果农喜迎丰收年",
    authors=["唐宁", "李子涵"],
    publish_time="2024-11-23 17:38",
    features="county 融媒体中心 site (2023 card design): app download banner, headline, info with 发布时间 and 来源 only, "
             "photo captions, closing byline with spaced names '（记者 唐  宁  李子涵）' kept in the last paragraph, "
             "'编辑：… 二审：… 三审：…' chain (not authors), 点赞, 精彩推荐 cards, footer",
    bmode="u3", hstyle="strong",
    css="""
body{margin:0;font-family:"Microsoft YaHei";background:#fdf6ee}
.banner{background:#e8590c;color:#fff;padding:12px 8%;display:flex;justify-content:space-between}
.card{max-width:880px;margin:20px auto;background:#fff;border-radius:8px;padding:30px 40px}
.card h1{font-size:26px}
.i{color:#aaa;font-size:13px}
.ch{font-size:13px;color:#888;border-top:1px dashed #ddd;padding-top:8px}
.rec{display:grid;grid-template-columns:1fr 1fr;gap:10px}
.ft{text-align:center;font-size:12px;color:#999;padding:20px}
""",
    page="""
<div class="banner"><span>蓝山县融媒体中心 · 新蓝山</span><span><a href="#">下载“新蓝山”APP</a></span></div>
<div class="card">
<div class="i">首页 › 本地新闻 › 正文</div>
<h1>@@TITLE@@</h1>
<div class="i">发布时间：@@TIME@@　来源：蓝山县融媒体中心</div>
@@BODY@@
<div class="ch">编辑：雷婷　二审：邓志平　三审：黄永红</div>
<div><a href="#">👍 点赞</a> <a href="#">分享</a></div>
<h4>精彩推荐</h4><div class="rec"><a href="#">蓝山县举办第三届皮具文化节</a><a href="#">湘江源头冬日美景如画</a><a href="#">全县冬季征兵体检工作启动</a><a href="#">蓝山县开展农村消防安全检查</a></div>
</div>
<div class="ft">蓝山县融媒体中心主办　湘ICP备19005317号-1　湘公网安备43112702000084号　新闻热线：0746-22XXXXX</div>
""",
    body=[
        ("p", "初冬时节，走进蓝山县塔峰镇的柑橘种植基地，一株株果树挂满了金灿灿的果子，果农们穿梭在果林间，忙着采摘、分拣、装箱，处处洋溢着丰收的喜悦。"),
        ("img", "果农在基地采摘柑橘", "果农在基地采摘柑橘。"),
        ("p", "“今年雨水充足，加上县里农技员指导我们科学施肥、绿色防控，果子个头大、甜度高，每亩产量能达到4000斤左右。”种植大户黄建军一边采摘一边说。他的果园有120亩，预计今年收入可达60余万元。"),
        ("p", "近年来，蓝山县大力发展柑橘特色产业，全县柑橘种植面积达8.6万亩，建成标准化示范基地20个，并通过“合作社+基地+农户”模式，帮助果农统一品牌、统一销售。"),
        ("p", "为拓宽销路，县里还组织电商企业开展直播带货，把蓝山柑橘卖到了广东、上海等地。截至目前，全县已销售柑橘3.2万吨，实现销售收入1.5亿元。（记者 唐  宁  李子涵）"),
    ],
))
