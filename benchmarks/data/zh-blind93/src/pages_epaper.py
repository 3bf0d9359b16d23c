"""Newspaper e-paper pages wp-31 … wp-35."""
K = "epaper"
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
PAGES = []

# wp-31 浙江 city daily 数字报 (2015 frame-like layout): 引题/主题/副题, 版次 nav left, 本版标题 list
PAGES.append(dict(
    id="wp-31", kind=K, lang="zh",
    title="万亩茶园铺上“智慧网”",
    authors=["何丽萍", "章晓锋"],
    publish_time="2024年11月19日 星期二",
    features="city daily 数字报 (2015 layout): date bar '2024年11月19日 星期二' (weekday kept), footer date without weekday, 版次 select (第01版：要闻 …), "
             "版面 image with alt, 上一版/下一版, 引题 above and 副题 below the 主题 (title = 主题 only), "
             "'本报记者 何丽萍 通讯员 章晓锋' byline line (not body), 本版标题 list, 往期回顾, footer",
    bmode="u3", hstyle="strong",
    css="""
body{margin:0;background:#ddd;font-family:宋体}
.epb{width:1200px;margin:0 auto;background:#fff;display:flex}
.lft{width:420px;border-right:1px solid #ccc;padding:10px;font-size:12px}
.rgt{width:760px;padding:10px 20px}
.yt,.ft2{text-align:center;font-size:15px;color:#333}
.zt{text-align:center;font-size:26px;font-weight:bold;margin:6px 0}
.au{text-align:center;font-size:13px;color:#555}
.bar{background:#8b0000;color:#fff;padding:8px 20px;width:1160px;margin:0 auto}
.copy{text-align:center;font-size:12px;padding:10px}
""",
    page="""
<div class="bar">越州日报 数字报　@@TIME@@　<a href="#">往期回顾</a>　<a href="#">PDF下载</a></div>
<div class="epb"><div class="lft">
<select><option>第01版：要闻</option><option>第02版：综合</option><option>第03版：县域</option><option>第04版：民生</option></select>
<p><a href="#">上一版</a>　<a href="#">下一版</a></p>
<img src="@@GIF@@" alt="第03版：县域" width="400" height="560">
<p><b>本版标题</b></p>
<ul><li><a href="#">万亩茶园铺上“智慧网”</a></li><li><a href="#">新昌：乡村医生“上门送健康”</a></li><li><a href="#">嵊州越剧小镇迎来研学季</a></li><li><a href="#">诸暨珍珠产业链年产值突破500亿元</a></li></ul>
</div>
<div class="rgt">
<p>第03版：县域　　上一篇　下一篇</p>
<p class="yt">物联网传感器实时监测 病虫害预警提前七天</p>
<h1 class="zt">@@TITLE@@</h1>
<p class="ft2">——新昌县大佛龙井核心产区数字化改造见闻</p>
<p class="au">本报记者 何丽萍 通讯员 章晓锋</p>
@@BODY@@
</div></div>
<div class="copy">越州日报社版权所有　日期：2024年11月19日　浙ICP备06012593号<br>本网站所刊登的越州日报各种新闻、信息和各种专题专栏资料，均为越州日报社版权所有，未经协议授权，禁止下载使用。</div>
""".replace("@@GIF@@", GIF),
    body=[
        ("p", "初冬时节，走进新昌县回山镇的大佛龙井核心产区，茶垄间每隔几十米就立着一根“小白杆”——这是今年新装的物联网传感器，能实时采集土壤温湿度、光照和虫情数据。"),
        ("p", "“以前靠经验看天种茶，现在手机上点一点，哪块茶园缺水、哪里有虫害苗头，一清二楚。”茶农吕建华打开手机上的“智慧茶园”小程序，给记者展示他家30亩茶园的实时数据。"),
        ("h", "数据多跑路 茶农少跑腿"),
        ("p", "据介绍，回山镇今年投入1200万元，在1.2万亩茶园布设传感器860余个，并建成茶园数字化管理平台。平台结合气象数据和历年病虫害记录，可以提前七天发布病虫害预警，指导茶农精准施药，农药使用量同比减少了18%。"),
        ("p", "今年春茶季，借助平台的采摘期预测，全镇名优茶平均提早三天开采，每亩增收约800元。"),
        ("h", "从种到卖全程可追溯"),
        ("p", "更让茶农高兴的是，每一罐大佛龙井都有了自己的“身份证”。消费者扫描包装上的二维码，就能看到茶叶的产地、采摘时间和加工过程。县农业农村局相关负责人表示，明年将把数字化改造推广到全县5万亩茶园。"),
    ],
))

# wp-32 湖南 provincial daily 电子版 (2009 table layout), 版次 table, 肩题/主题, 作者 in article head table
PAGES.append(dict(
    id="wp-32", kind=K, lang="zh",
    title="“洞庭渔火”变“洞庭灯火”",
    authors=["胡晓峰"],
    publish_time="2024-11-20",
    features="provincial daily 电子版 in a 2009 table layout: 版次 table with 第01版…第08版, date '2024-11-20' in the "
             "head table, 肩题 (引题) line above the title and a 副题 line below, '■本报记者 胡晓峰' byline with a ■ "
             "marker, body with U+3000 indents in <font>, 版面导航 (上一版/下一版), 本版其他文章 list, small footer",
    bmode="font", hstyle="strong",
    css="""
body{margin:0;font-size:12px;background:#f0f0f0}
.m{width:990px;margin:0 auto;background:#fff}
.hd td{background:#003a7a;color:#fff;height:50px}
.tit1{font-size:14px;text-align:center}
.tit2{font-size:24px;text-align:center;font-weight:bold;color:#002a66}
.tit3{font-size:14px;text-align:center}
.content{font-size:15px;line-height:28px;padding:0 20px}
""",
    page="""
<table class="m"><tr class="hd"><td>　湖南日报 电子版</td><td align="right">@@TIME@@　<a href="#">返回首页</a>　<a href="#">往期查询</a></td></tr></table>
<table class="m"><tr>
<td width="200" valign="top">
<table><tr><td><b>版面导航</b></td></tr>
<tr><td><a href="#">第01版：要闻</a></td></tr><tr><td><a href="#">第02版：要闻</a></td></tr><tr><td><a href="#">第03版：经济</a></td></tr>
<tr><td><a href="#">第04版：市州</a></td></tr><tr><td><a href="#">第05版：社会</a></td></tr><tr><td><a href="#">第06版：湘江周刊</a></td></tr>
<tr><td><a href="#">上一版</a> <a href="#">下一版</a></td></tr></table>
<p><b>本版其他文章</b><br><a href="#">·岳阳港城陵矶港区集装箱吞吐量创新高</a><br><a href="#">·常德柳叶湖冬季旅游热度攀升</a><br><a href="#">·益阳南县稻虾米走俏市场</a></p>
</td>
<td valign="top">
<table width="100%"><tr><td class="tit1">岳阳市君山区转产渔民上岸再就业——</td></tr>
<tr><td class="tit2">@@TITLE@@</td></tr>
<tr><td class="tit3">夜游经济带动2000余名退捕渔民增收</td></tr>
<tr><td align="center">■本报记者 胡晓峰</td></tr>
<tr><td class="content">
@@BODY@@
</td></tr></table>
</td></tr></table>
<table class="m"><tr><td align="center">湖南日报社版权所有　湘ICP备05001211号</td></tr></table>
""",
    body=[
        ("p", "11月18日傍晚，岳阳市君山区柳林洲街道的洞庭湖畔，一盏盏渔灯次第亮起。曾经在湖上打了二十多年鱼的李老四，如今换上了景区工作服，在“洞庭夜渔”项目里给游客讲述渔家故事。"),
        ("p", "“以前晚上在湖上下网，现在晚上在岸边上班，收入比打鱼还稳定。”李老四笑着说。"),
        ("p", "长江十年禁渔实施以来，君山区共有2300余名渔民退捕上岸。如何让他们“上岸有出路”？君山区结合洞庭湖生态旅游资源，打造了渔民文化村、夜游码头和渔家美食街，开发“夜游洞庭”“渔家一日体验”等项目，优先招聘退捕渔民担任讲解员、船工和厨师。"),
        ("p", "据统计，今年以来君山区夜游项目共接待游客42万人次，带动2000余名退捕渔民实现就业，人均年增收1.8万元。"),
        ("p", "君山区文旅部门负责人表示，下一步将继续完善夜游配套设施，推出冬季观鸟、湖洲徒步等新项目，让“洞庭灯火”越来越亮。"),
    ],
))

# wp-33 黑龙江 evening paper 数字报 (2019 responsive e-paper), 引题 + 主题 on two lines + no 副题
PAGES.append(dict(
    id="wp-33", kind=K, lang="zh",
    title="冰城老街里的“暖心澡堂”开了三十年",
    authors=["赵婉婷"],
    publish_time="2024年11月21日",
    features="evening paper 数字报 (2019 responsive): header with 'A05 城事' 版次 tabs, 版面缩略图 alt, 引题 line, 主题 printed on "
             "two lines with <br> (joined without space), '文/摄 本报记者 赵婉婷' credit line (not body), photo caption, "
             "quoted speech, '本版责编：… 美编：…' line, 本版标题 list with 图, 上一期/下一期, footer",
    bmode="p", hstyle="strong",
    title_html="冰城老街里的<br>“暖心澡堂”开了三十年",
    css="""
body{margin:0;background:#eaeaea;font-family:"Microsoft YaHei"}
.ep-hd{background:#005b96;color:#fff;padding:12px 5%;display:flex;justify-content:space-between}
.tabs a{display:inline-block;padding:6px 10px;background:#fff;margin:2px;font-size:13px}
.ep{display:grid;grid-template-columns:360px 1fr;gap:20px;width:1180px;margin:10px auto}
.box{background:#fff;padding:16px}
.yt{color:#555}
h2{font-size:28px;line-height:1.3}
.cr{color:#888;font-size:13px}
.ep p{line-height:1.9}
.ep-ft{text-align:center;font-size:12px;color:#777;padding:16px}
""",
    page="""
<div class="ep-hd"><span>新晚报 数字报</span><span>@@TIME@@　<a href="#">上一期</a>　<a href="#">下一期</a>　<a href="#">版面导航</a></span></div>
<div class="tabs"><a href="#">A01 封面</a><a href="#">A02 要闻</a><a href="#">A03 城事</a><a href="#">A04 城事</a><a href="#">A05 城事</a><a href="#">A06 冰城生活</a><a href="#">A07 体育</a><a href="#">A08 副刊</a></div>
<div class="ep">
<div class="box"><img src="@@GIF@@" alt="A05 城事 版面图" width="340" height="480"><h4>本版标题</h4><ul><li><a href="#">冰城老街里的“暖心澡堂”开了三十年</a></li><li><a href="#">（图）道里区新开两处室外冰场</a></li><li><a href="#">公交冬季运营时刻调整</a></li></ul></div>
<div class="box">
<p class="cr">A05 城事</p>
<p class="yt">“一块五”的搓澡价涨到“二十五”，老主顾还是认这儿</p>
<h2>@@TITLE@@</h2>
<p class="cr">文/摄 本报记者 赵婉婷</p>
@@BODY@@
<p class="cr">本版责编：高宇　美编：孙琳</p>
</div></div>
<div class="ep-ft">新晚报社出版　黑ICP备07001521号　地址：哈尔滨市道里区地段街1号</div>
""".replace("@@GIF@@", GIF),
    body=[
        ("p", "清晨六点，道外区南十四道街的“老张家浴池”就亮起了灯。锅炉房里，62岁的张福林正往炉膛里添煤，池子里的水冒着白汽。这家澡堂，他已经开了整整三十年。"),
        ("img", "张福林在锅炉房查看水温", "张福林在锅炉房查看水温。"),
        ("p", "“1994年开业的时候，洗一次澡一块五，现在二十五，老主顾还是天天来。”张福林说，来洗澡的多是附近的老街坊，有的一家三代都是这里的常客。"),
        ("p", "每年入冬，是澡堂最忙的时候。张福林在门口立了块牌子：环卫工人、七十岁以上老人洗澡半价。这块牌子已经挂了十几年。“环卫工人冬天在外面冻一天，来这儿泡一泡，身上就缓过来了。”"),
        ("p", "前些年，老街改造，不少老澡堂关了门，张福林也犹豫过。后来街道帮他对锅炉进行了环保改造，又协调了燃气接入，澡堂才坚持了下来。"),
        ("p", "“只要还有人来洗，我就一直开下去。”张福林说。"),
    ],
))

# wp-34 新疆 regional daily 电子版 (2022 design), 主题 + 副题, byline line '本报记者 … 通讯员 …'
PAGES.append(dict(
    id="wp-34", kind=K, lang="zh",
    title="南疆设施农业“冬闲”变“冬忙”",
    authors=["买买提明·艾力", "宋佳"],
    publish_time="2024年11月22日 星期五",
    features="regional daily 电子版 (2022 flex design): top bar with date incl. weekday as printed "
             "('2024年11月22日 星期五'), 版面 list with 版次 numbers, 主题 then 副题 ('——…'), byline line "
             "'本报记者 买买提明·艾力 通讯员 宋佳' (minority name, not body), sub-headings, table of figures, "
             "上一篇/下一篇, 返回目录, footer",
    bmode="p", hstyle="h3",
    css="""
body{margin:0;font-family:"Microsoft YaHei";background:#fff}
.tb{background:#c00000;color:#fff;padding:10px 4%;display:flex;justify-content:space-between}
.wrap{display:flex;width:1200px;margin:0 auto;gap:20px}
.bm{width:260px;font-size:13px}.bm li{list-style:none;padding:4px 0}
.ar{flex:1}
.zhu{font-size:30px;text-align:center;margin:10px 0 4px}
.fu{text-align:center;font-size:16px;color:#444}
.by{text-align:center;color:#666;font-size:14px}
.bt{border-collapse:collapse;margin:auto}.bt td,.bt th{border:1px solid #999;padding:4px 10px}
.ftx{text-align:center;font-size:12px;padding:16px;color:#666}
""",
    page="""
<div class="tb"><span>天山日报 · 汉文版</span><span>@@TIME@@</span><span><a href="#">往期</a> <a href="#">返回目录</a></span></div>
<div class="wrap">
<ul class="bm"><li><b>版面目录</b></li><li><a href="#">01 要闻</a></li><li><a href="#">02 要闻</a></li><li><a href="#">03 综合</a></li><li><a href="#">04 经济</a></li><li><a href="#">05 地州</a></li><li><a href="#">06 文化</a></li><li><a href="#">07 民生</a></li><li><a href="#">08 专版</a></li>
<li><b>本版标题</b></li><li><a href="#">南疆设施农业“冬闲”变“冬忙”</a></li><li><a href="#">和田玉枣喜获丰收</a></li><li><a href="#">喀什古城冬季游人气旺</a></li></ul>
<div class="ar">
<p>第04版：经济</p>
<h1 class="zhu">@@TITLE@@</h1>
<p class="fu">——喀什地区冬季蔬菜生产见闻</p>
<p class="by">本报记者 买买提明·艾力 通讯员 宋佳</p>
@@BODY@@
<p><a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">返回目录</a></p>
</div></div>
<div class="ftx">天山日报社主办　版权所有 未经授权不得转载　新ICP备09003217号</div>
""",
    body=[
        ("p", "11月的喀什，室外气温已降到零度以下，疏附县站敏乡的日光温室里却是一片翠绿。西红柿挂满枝头，辣椒、黄瓜长势喜人，菜农们忙着采摘、装箱，一车车新鲜蔬菜从这里运往喀什市区的超市和农贸市场。"),
        ("h", "温室里种出“增收菜”"),
        ("p", "“这座大棚种的是西红柿，今年冬天预计能收1.2万斤，按现在的价格，收入四万块钱没问题。”菜农阿卜杜热依木·吐尔孙说。过去一到冬天，村里的土地就闲着，现在种上了反季节蔬菜，农闲变成了农忙。"),
        ("h", "规模持续扩大"),
        ("p", "近年来，喀什地区持续推进设施农业建设，冬季蔬菜自给率不断提高。下表为喀什地区近三年设施农业发展情况："),
        ("table", [["年份", "设施农业面积（万亩）", "冬季蔬菜产量（万吨）"],
                   ["2022年", "31.5", "42.6"],
                   ["2023年", "34.2", "47.9"],
                   ["2024年", "37.8", "53.1"]]),
        ("p", "地区农业农村局相关负责人表示，下一步将继续推广节能日光温室和水肥一体化技术，培育蔬菜种植专业合作社，让更多农民在家门口实现增收。"),
    ],
))

# wp-35 浙江 county paper 数字报 (2011 table + iframe-like area), 引题 only, closing （记者 …）
PAGES.append(dict(
    id="wp-35", kind=K, lang="zh",
    title="桐江：“共享菜园”让闲置地变身“幸福田”",
    authors=["吴越", "朱丹丹"],
    publish_time="2024-11-23",
    features="county paper 数字报 (2011 table layout with map-area index): '今日桐江' masthead, 版次 links with 第1版…第4版, "
             "'2024-11-23' date, 引题 line above the title (no 副题), 作者：… line in the article head table "
             "(names also in a closing byline kept in the last paragraph), 本版导读 list, 'Powered by' footer",
    bmode="br", hstyle="strong",
    css="""
body{margin:0;font-size:12px;background:#eee}
.a{width:960px;margin:0 auto;background:#fff}
.mh{font-size:34px;color:#b00;font-weight:bold;padding:10px}
.yt{font-size:14px;text-align:center;color:#444}
.zt{font-size:22px;font-weight:bold;text-align:center}
.zw{font-size:14px;line-height:24px}
""",
    page="""
<table class="a"><tr><td class="mh">今日桐江</td><td align="right">@@TIME@@　第2版：综合新闻<br><a href="#">第1版</a> <a href="#">第2版</a> <a href="#">第3版</a> <a href="#">第4版</a>　<a href="#">日期检索</a></td></tr></table>
<table class="a"><tr><td width="330" valign="top"><img src="@@GIF@@" alt="" width="320" height="460" usemap="#pagemap"><map name="pagemap"><area shape="rect" coords="0,0,320,160" href="#" alt="共享菜园"></map>
<p><b>本版导读</b><br>· <a href="#">桐江：“共享菜园”让闲置地变身“幸福田”</a><br>· <a href="#">城南街道开展冬季消防演练</a><br>· <a href="#">县图书馆“冬日书香”系列活动启动</a></p></td>
<td valign="top"><table width="100%">
<tr><td class="yt">盘活边角地 种出邻里情</td></tr>
<tr><td class="zt">@@TITLE@@</td></tr>
<tr><td align="center">作者：吴越 朱丹丹　　来源：今日桐江</td></tr>
<tr><td class="zw">
@@BODY@@
</td></tr></table></td></tr></table>
<table class="a"><tr><td align="center">今日桐江报社 版权所有　浙ICP备10037812号　Powered by 数字报刊系统 V3.0</td></tr></table>
""".replace("@@GIF@@", GIF),
    body=[
        ("p", "初冬的阳光下，城南街道金桥社区的“共享菜园”里，青菜、萝卜、大蒜长得正旺。68岁的退休教师俞桂芳一边给菜地浇水，一边和旁边的邻居聊着天。“以前这块地杂草丛生，还有人乱倒垃圾，现在成了我们每天最爱来的地方。”"),
        ("p", "据了解，这块约3亩的地块原是待开发的边角空地。今年春天，社区联合产权单位将其改造为“共享菜园”，划分为60块小菜地，由居民认领种植，认领人需承诺不使用化学农药，并定期参加菜园公共区域的维护。"),
        ("p", "菜园还专门留出10块“爱心地”，由志愿者种植，收获的蔬菜送给社区独居老人和困难家庭。目前，已累计送出蔬菜1600余斤。"),
        ("p", "今年以来，桐江县已在城区建成“共享菜园”9处，盘活闲置土地40余亩。县住建部门表示，明年将把“共享菜园”纳入“口袋公园”建设统筹推进。（记者 吴越 通讯员 朱丹丹）"),
    ],
))
