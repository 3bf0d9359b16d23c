from kit import links, ul, dated, img

PAGES = []

# ---------------------------------------------------------------- vi-31  山东 province-style daily, 2012 e-paper, 引题/主题/副题
PAGES.append(dict(
    id="vi-31", kind="e-paper", lang="zh",
    title="百万亩盐碱地“长”出高产大豆",
    authors=["刘涛", "孔祥宇"],
    publish_time="2025年06月12日",
    doc_title="胶东早报数字报-百万亩盐碱地“长”出高产大豆",
    features="2012 e-paper in a table layout; 版面图 alt and 版次 nav (第A03版：要闻, 上一版/下一版); 引题 + 主题 + 副题 stack; byline 本报记者 刘  涛 本报通讯员 孔祥宇 with spaced name; 本版标题 list; 往期回顾 select",
    css="""
body{margin:0;font-size:12px;font-family:'宋体';background:#d9d9d9}
.paper{width:1000px;margin:0 auto;background:#fff}
.ptop{background:#00357a;color:#fff;height:60px;line-height:60px;font-size:26px;padding-left:20px}
.ptop span{font-size:12px;margin-left:30px}
.bc td{border-bottom:1px solid #ccc;padding:4px}
.yt{font-size:14px;color:#333;text-align:center}
.zt{font-size:24px;font-weight:bold;text-align:center;color:#000;margin:6px 0}
.ft2{font-size:15px;text-align:center;color:#333}
.by{text-align:center;color:#444}
.article-content{font-size:14px;line-height:24px;padding:0 18px}
.list td{line-height:22px}
""",
    opts={"indent": "　　"},
    pre=f"""
<table class="paper" cellspacing="0" cellpadding="0">
<tr><td colspan="2" class="ptop">胶东早报<span>2025年06月12日 星期四</span></td></tr>
<tr class="bc"><td colspan="2">{links(["第A03版：要闻"])}　{links(["上一版"])}　{links(["下一版"])}　{links(["PDF版"])}　往期回顾：<select><option>2025-06-12</option></select></td></tr>
<tr><td width="340" valign="top">{img("A03版面缩略图",330,480)}<div class="list"><b>本版标题</b><table>
<tr><td>{links(["百万亩盐碱地“长”出高产大豆"])}</td></tr>
<tr><td>{links(["东营港新增两条外贸航线"])}</td></tr>
<tr><td>{links(["滨州启动夏季河湖清理行动"])}</td></tr>
<tr><td>{links(["图片新闻"])}</td></tr></table></div></td>
<td valign="top">
<p class="yt">耐盐碱品种+水肥一体化，黄河三角洲示范田亩产突破260公斤</p>
<p class="zt">百万亩盐碱地“长”出高产大豆</p>
<p class="ft2">——东营、滨州两市推进盐碱地综合利用见闻</p>
<p class="by">本报记者　刘  涛　本报通讯员　孔祥宇</p>
""",
    body="""
P 6月上旬，黄河三角洲的大豆田里，一片片新出土的豆苗整齐排列。在东营市垦利区的盐碱地大豆示范田，技术员正在查看墒情和出苗情况。
P “这块地的含盐量在千分之三左右，放在过去基本种不了庄稼。”示范田负责人王建国介绍，通过选用耐盐碱大豆新品种、推广暗管排盐和水肥一体化技术，去年示范田平均亩产达到263公斤。
P 东营、滨州两市现有盐碱地约300万亩。近年来，两地与科研院所合作，开展耐盐碱作物育种和种植技术攻关，筛选出适宜本地的大豆、高粱、棉花等品种20余个，今年两市盐碱地大豆种植面积突破100万亩。
P 盐碱地“变身”良田，关键在“以种适地”和“以地适种”相结合。一方面培育耐盐碱品种，另一方面通过工程措施、农艺措施改良土壤，使土壤含盐量逐年下降。
P 滨州市农业农村局有关负责人表示，下一步将扩大示范推广面积，推动盐碱地大豆规模化种植和加工转化，让“盐碱滩”变成“米粮仓”。
""",
    post=f"""
<p>{links(["上一篇"])}　{links(["下一篇"])}　{links(["返回目录"])}</p>
</td></tr>
<tr><td colspan="2" style="text-align:center;padding:8px;background:#eee">胶东早报社版权所有　未经书面授权不得转载<br>鲁ICP备07012215号　新闻热线：0535-6622110</td></tr>
</table>
""",
))

# ---------------------------------------------------------------- vi-32  青海 daily 2018 e-paper, 引题 only, Tibetan name
PAGES.append(dict(
    id="vi-32", kind="e-paper", lang="zh",
    title="玉树州首批“草原小院”迎来游客",
    authors=["拉毛措"],
    publish_time="2025-06-11",
    doc_title="高原日报 - 玉树州首批“草原小院”迎来游客",
    features="2018 e-paper with left 版面导航 list of all pages (01 要闻 … 08 副刊); 引题 above 主题, no 副题; byline 本报记者 拉毛措 ; 版次/日期 bar with ISO date; photo with caption and 摄影 credit; 本版新闻 list",
    css="""
body{margin:0;font-family:'Microsoft YaHei';background:#f0ede6}
.bar{background:#7b1e1e;color:#fff;padding:10px 40px;font-size:14px}
.bar b{font-size:24px;margin-right:20px}
.cols{display:flex;padding:20px 40px;gap:20px}
.nav{width:160px;background:#fff;padding:10px}
.nav li{list-style:none;line-height:26px}
.pageimg{width:300px;background:#fff;padding:10px}
.art{flex:1;background:#fff;padding:20px}
.intro{color:#7b1e1e;font-size:15px}
.main-t{font-size:26px;font-weight:bold;margin:6px 0 12px}
.author{color:#555}
.pic-cap{font-size:13px;color:#666;text-align:center}
.ftr{text-align:center;font-size:12px;color:#777;padding:12px}
""",
    pre=f"""
<div class="bar"><b>高原日报</b>2025-06-11　第03版　{links(["综合新闻"])}　{links(["« 上一版"])} {links(["下一版 »"])}　{links(["往期检索"])}</div>
<div class="cols">
<div class="nav"><b>版面导航</b>{ul(["01：要闻","02：要闻","03：综合新闻","04：经济","05：法治","06：文化","07：生态","08：副刊"])}</div>
<div class="pageimg">{img("第03版：综合新闻",280,400)}<p><b>本版新闻</b></p>{ul(["玉树州首批“草原小院”迎来游客","海南州光伏园区新增装机200万千瓦","互助县青稞酒文化节开幕"])}</div>
<div class="art">
<p class="intro">把牧民家变成游客的“家” 让草原风情成为增收“风口”</p>
<p class="main-t">玉树州首批“草原小院”迎来游客</p>
<p class="author">本报记者　拉毛措</p>
""",
    body="""
P 6月以来，玉树州称多县、囊谦县等地的首批28家“草原小院”陆续迎客。游客可以住进牧民家的帐篷和小院，喝酥油茶、学挤牛奶、跟着牧民去放牧，体验地道的高原生活。
I 草原小院|游客在囊谦县一家“草原小院”体验牧区生活。 本报记者 拉毛措 摄
P 称多县清水河镇牧民才仁家的小院，是第一批挂牌的示范户。院子里新建了4间客房，配有独立卫浴和供暖设施，门外就是成片的草场。“今年端午节前后就接待了三批游客，有广东的，也有上海的。”才仁说，一个夏天下来，家里预计能增收3万多元。
P “草原小院”是玉树州推动文旅融合、促进牧民增收的一项新举措。州里统一制定服务标准，对房屋改造、卫生条件、服务项目提出要求，并组织开展厨艺、礼仪和安全培训。同时，依托线上平台统一宣传推介，方便游客预订。
P 玉树州文体旅游广电局负责人表示，今年将培育“草原小院”100家，让更多牧民吃上“旅游饭”，同时注重保护草原生态，控制接待规模，避免过度开发。
""",
    post=f"""
<p>{links(["【返回目录】"])} {links(["【打印】"])}</p>
</div></div>
<div class="ftr">高原日报社主办　青ICP备05000236号　联系电话：0971-8450019</div>
""",
))

# ---------------------------------------------------------------- vi-33  广东 city e-paper 2023 responsive, 讯 byline with slashes
PAGES.append(dict(
    id="vi-33", kind="e-paper", lang="zh",
    title="顺德预制菜产业链年产值突破200亿元",
    authors=["梁思敏", "何志坚"],
    publish_time="2025年6月13日",
    doc_title="珠江商报 - 顺德预制菜产业链年产值突破200亿元",
    features="2023 responsive e-paper; 主题 + 副题 (副题 not title); 讯 byline 珠江商报讯（记者/梁思敏 通讯员/何志坚）inside the first paragraph; 版次 tabs and 本版标题; sub-headings; 上一篇/下一篇",
    css="""
body{margin:0;font-family:'PingFang SC';background:#f4f4f4}
.eh{background:#fff;display:flex;justify-content:space-between;padding:12px 5%;border-bottom:3px solid #d40000}
.eh b{font-size:26px;color:#d40000}
.tabs{display:flex;gap:6px;padding:10px 5%;overflow:auto}.tabs a{background:#fff;padding:4px 10px;border-radius:4px;font-size:13px}
.grid{display:grid;grid-template-columns:320px 1fr;gap:20px;padding:0 5%}
.lst{background:#fff;padding:10px}
.doc{background:#fff;padding:24px 36px}
.doc h1{font-size:28px;margin:0}
.doc h2{font-size:17px;font-weight:normal;color:#666;margin:8px 0 16px}
.article-content p{font-size:17px;line-height:1.9;text-indent:2em}
.article-content h4{font-size:17px;color:#d40000}
""",
    opts={"htag": "h4"},
    pre=f"""
<div class="eh"><b>珠江商报</b><span>2025年6月13日　星期五　{links(["PDF下载"])}</span></div>
<div class="tabs">{links(["A01 头版","A02 要闻","A03 要闻","A04 经济","A05 经济","A06 社会","A07 文体","A08 广告"])}</div>
<div class="grid">
<div class="lst">{img("A04 经济",300,420)}<p><b>A04版：经济</b></p>{ul(["顺德预制菜产业链年产值突破200亿元","北滘家电企业加速出海","容桂小家电出口前5月增长一成"])}</div>
<div class="doc">
<h1>顺德预制菜产业链年产值突破200亿元</h1>
<h2>全区预制菜企业超300家，“顺德味道”走向全国餐桌</h2>
""",
    body="""
P 珠江商报讯（记者/梁思敏 通讯员/何志坚）6月12日，记者从顺德区农业农村局获悉，2024年顺德预制菜全产业链年产值突破200亿元，同比增长约15%，全区预制菜相关企业超过300家。
H 从“家门口”到“全国餐桌”
P 以鱼生、双皮奶、均安蒸猪等为代表的顺德传统菜品，经过标准化研发和冷链配送，正变身为一道道即热即食的预制菜，进入全国各地的商超和餐馆。在伦教一家预制菜企业的生产车间，一条自动化生产线每小时可生产酸菜鱼3000份。
H 标准先行保品质
P 为防止“劣币驱逐良币”，顺德牵头制定了多项预制菜团体标准，涵盖原料采购、加工工艺、冷链储运等环节，并建立质量追溯平台。目前，已有40余家企业接入追溯系统。
P 顺德区相关负责人表示，下一步将建设预制菜产业园，完善检测、研发、冷链物流等公共服务平台，推动产业向高端化、品牌化发展。
""",
    post=f"""
<p>{links(["上一篇：北滘家电企业加速出海"])}<br>{links(["下一篇：容桂小家电出口前5月增长一成"])}</p>
</div></div>
<p style="text-align:center;font-size:12px;color:#999">珠江商报社 版权所有　粤ICP备05012976号</p>
""",
))

# ---------------------------------------------------------------- vi-34  吉林 evening paper e-paper, commentary column with ■ byline
PAGES.append(dict(
    id="vi-34", kind="e-paper", lang="zh",
    title="让“冷资源”持续释放“热效应”",
    authors=["孟言"],
    publish_time="2025年06月10日 星期二",
    doc_title="北国晚报 - 让“冷资源”持续释放“热效应”",
    features="evening-paper e-paper (2015 design); commentary column: 栏目 label 晚报时评 above the headline (not title); byline ■ 孟  言 with spaced name; date with weekday in the issue bar; 版次 select and 本版其他文章; 上一期/下一期",
    css="""
body{margin:0;background:#e8e2d6;font-family:SimSun,serif}
.w{width:1020px;margin:0 auto;background:#fffdf7}
.t1{background:#234;color:#fff;padding:10px 16px;display:flex;justify-content:space-between}
.t1 b{font-size:24px}
.row{display:flex}
.l{width:360px;border-right:1px solid #ccc;padding:10px}
.r{flex:1;padding:16px 30px}
.col{display:inline-block;background:#a00;color:#fff;padding:2px 8px;font-size:13px}
.hl{font-size:26px;font-weight:bold;margin:12px 0}
.au{color:#333;font-size:15px}
.article-content p{font-size:16px;line-height:1.9}
""",
    opts={"indent": "　　"},
    pre=f"""
<div class="w">
<div class="t1"><b>北国晚报</b><span>2025年06月10日 星期二　{links(["上一期"])} {links(["下一期"])}　版次：<select><option>A02：评论</option><option>A01：封面</option></select></span></div>
<div class="row">
<div class="l">{img("A02：评论",340,500)}<p><b>本版其他文章</b></p>{ul(["夜经济要亮更要“靓”","市民来信：公交站台能否加装座椅","漫画：文明出游"])}</div>
<div class="r">
<span class="col">晚报时评</span>
<div class="hl">让“冷资源”持续释放“热效应”</div>
<p class="au">■ 孟  言</p>
""",
    body="""
P 这个夏天，吉林的“避暑游”又火了。长白山、松花湖、查干湖等景区游客量节节攀升，不少南方游客冲着“最高气温不到30℃”专程北上。冬天靠冰雪，夏天靠清凉，吉林正把气候“冷资源”变成文旅“热经济”。
P 但热度来得快，也可能去得快。网红景点一时爆火的例子不少，能长久留住游客的却不多。要让“热效应”持续释放，光靠天气凉快还不够。
P 一要把服务做细。交通接驳、住宿餐饮、停车如厕，这些看似小事，恰恰决定游客的体验。高峰期景区限流预约要科学，价格监管要到位，决不能让“宰客”砸了招牌。
P 二要把产品做新。避暑不只是“乘凉”，还可以是森林康养、研学旅行、户外露营、音乐节和体育赛事。把游客“留下来”，让他们住一晚、多玩两天，消费才能真正带起来。
P 三要把四季打通。冬有冰雪、夏有清凉，春秋两季同样可以做文章。只有形成全年可游、四季可玩的格局，“冷资源”才能源源不断地释放“热效应”。
""",
    post=f"""
<p>{links(["【返回本版】"])}　{links(["【打印】"])}</p>
</div></div>
<p style="text-align:center;font-size:12px;padding:10px">北国晚报社版权所有　吉ICP备10001432号　地址：长春市南关区</p>
</div>
""",
))

# ---------------------------------------------------------------- vi-35  山东 city daily e-paper 2016, closing byline in parens, table
PAGES.append(dict(
    id="vi-35", kind="e-paper", lang="zh",
    title="我市今年计划新增城市公共停车泊位1.2万个",
    authors=["赵敏", "张伟"],
    publish_time="2025-06-14",
    doc_title="沂蒙日报 - 我市今年计划新增城市公共停车泊位1.2万个",
    features="2016 city daily e-paper; 版次 nav bar with 第A04版：城事; 引题 above 主题; closing byline （记者 赵敏 通讯员 张伟）inside the last paragraph; table with header row; 本版标题 list after the article; 日期 select",
    css="""
body{margin:0;font-family:'Microsoft YaHei';font-size:14px}
.top{background:#005b2f;color:#fff;padding:12px 40px}
.top b{font-size:26px}
.pagenav{background:#e9f3ec;padding:6px 40px}.pagenav a{margin-right:10px}
.box{width:840px;margin:20px auto}
.yin{color:#555;font-size:15px;text-align:center}
.zhu{font-size:26px;font-weight:bold;text-align:center;margin:6px 0 14px}
.article-content p{line-height:1.9;text-indent:2em}
.art-table{border-collapse:collapse;margin:10px auto}.art-table td,.art-table th{border:1px solid #999;padding:4px 12px}
.bb li{line-height:24px}
""",
    pre=f"""
<div class="top"><b>沂蒙日报</b>　2025-06-14　星期六　日期：<select><option>2025-06-14</option></select></div>
<div class="pagenav">{links(["第A01版：头版","第A02版：要闻","第A03版：要闻","第A04版：城事","第A05版：县区","第A06版：专版"])}</div>
<div class="box">
<p>当前版：{links(["第A04版：城事"])}　{links(["上一版"])}　{links(["下一版"])}</p>
<p class="yin">重点解决老旧小区、医院、学校周边停车难</p>
<p class="zhu">我市今年计划新增城市公共停车泊位1.2万个</p>
""",
    body="""
P 6月13日，记者从市城市管理局获悉，我市今年将继续实施城市停车设施建设三年行动，计划新增城市公共停车泊位1.2万个，重点解决老旧小区、医院、学校周边停车难问题。
P 据介绍，新增泊位将通过新建立体停车场、盘活闲置地块、挖潜道路资源、推动机关事业单位停车场错时共享等方式实现。各区新增泊位任务如下：
T 区域|新增泊位（个）|其中立体停车场（个）
T 兰山区|4800|2100
T 罗庄区|2600|900
T 河东区|2400|800
T 临沂高新区|1200|400
T 临沂经开区|1000|300
P 今年，我市还将建设全市统一的智慧停车平台，接入公共停车场和道路停车泊位信息，市民通过手机即可查询空余车位、预约停车和无感支付。同时，推动医院、学校周边停车场在非高峰时段向社会开放。
P 市城市管理局有关负责人表示，停车设施建设将坚持“建管并重”，在增加供给的同时，加强违停治理，引导市民规范停车、绿色出行。（记者 赵敏 通讯员 张伟）
""",
    post=f"""
<div class="bb"><b>本版标题</b>{ul(["我市今年计划新增城市公共停车泊位1.2万个","沂河两岸夜景亮化提升工程启动","市区新增5条定制公交线路"])}</div>
<p style="text-align:center;font-size:12px;color:#777">沂蒙日报社主办　版权所有　鲁ICP备06008412号　广告热线：0539-8123456</p>
</div>
""",
))
