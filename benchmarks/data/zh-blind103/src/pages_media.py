from lib import page, doc, nav, ul, img, GIF

M = "media"

# wz-13 广西 provincial portal, 引题/主题/副题, 本报讯 byline in para
T = "八桂春茶香飘海内外"
page("wz-13", M, T, ["梁华", "黄春燕"], "2025-04-15 07:45", [
    "本报讯（记者 梁  华 通讯员 黄春燕）4月14日，记者从自治区农业农村厅获悉，截至目前，全区春茶采摘面积已达到120万亩，累计产量4.2万吨，同比增长6.8%；春茶出口订单较去年同期增长超过两成。",
    "在梧州市六堡镇，茶农们正忙着采摘、晾青。“今年雨水均匀，茶芽长得壮，一斤鲜叶能卖到40多元。”茶农莫大姐一边采茶一边说。",
    "近年来，广西大力推进茶产业标准化、品牌化建设，六堡茶、昭平茶、凌云白毫等区域公用品牌影响力持续提升。今年一季度，全区茶叶出口额同比增长23.5%，产品远销东盟、欧盟、中东等30多个国家和地区。",
    "自治区农业农村厅有关负责人表示，下一步将加快建设一批标准化生态茶园，支持茶企开展国际认证，推动广西茶叶更好“走出去”。",
], lambda b: doc(T + "_广西云网", """
body{margin:0;font:16px/1.9 "Microsoft YaHei"}.top{background:#003d7a;color:#fff;font-size:12px;padding:6px 8%}
.logo{padding:16px 8%;font-size:30px;color:#003d7a;font-weight:bold}.nav{background:#0a5cab;padding:0 8%}.nav a{color:#fff;margin-right:20px}
.box{width:1000px;margin:auto}.yt,.ft{font-size:17px;color:#555;text-align:center}.zt{font-size:32px;text-align:center;font-weight:bold}
.src{color:#999;font-size:13px;text-align:center}.pic{text-align:center}""", f"""
<div class="top">{"2025年4月15日 星期二"}　<a href="#">客户端下载</a>　<a href="#">登录</a></div>
<div class="logo">广西云网<small> · 新闻</small></div>
{nav(["首页","时政","经济","东盟","社会","文旅","视频","评论"])}
<div class="box"><div class="crumb"><a href="#">广西云网</a> &gt; <a href="#">经济</a> &gt; 正文</div>
<p class="yt">全区春茶采摘面积达120万亩　出口订单增长超两成</p>
<div class="zt">{T}</div>
<p class="ft">——一季度茶叶出口额同比增长23.5%</p>
<div class="src">2025-04-15 07:45　来源：广西日报</div>
{img("六堡镇茶农采茶", "4月13日，梧州市六堡镇茶农在茶园采摘春茶。（通讯员 黄春燕 摄）")}
{b}
<div class="ed">责任编辑：陆宇航　　审核：卢海燕</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">复制链接</a></div>
{ul(["广西一季度外贸进出口同比增长7.1%","北部湾港集装箱吞吐量创同期新高","百色芒果花开正当时"], head="相关新闻")}</div>
<div style="background:#f0f0f0;font-size:12px;text-align:center;padding:18px">广西云网版权所有　互联网新闻信息服务许可证：45120170003　桂ICP备10008125号-2<br>违法和不良信息举报电话：0771-5521098</div>"""),
    features="引题/主题/副题 stack (only 主题 is title); 本报讯（记者 梁  华 通讯员 …） byline inside first paragraph; photo caption with 摄 credit", site="广西 provincial news portal (invented)")

# wz-14 安徽 芜湖 city news site, 2014 portal, 记者 own line after title, 来源 in bar
T = "芜湖轨道交通2号线二期工程完成全线“洞通”"
page("wz-14", M, T, ["汪凯", "陈曦"], "2025-04-16 20:17:05", [
    "4月16日上午，随着最后一环管片顺利拼装完成，芜湖轨道交通2号线二期工程实现全线“洞通”，标志着该工程由土建施工阶段全面转入轨道铺设和机电安装阶段。",
    "2号线二期工程西起万春东路站，东至弋江区高新区，线路全长约9.6公里，共设车站7座。工程于2022年开工建设，施工过程中先后穿越多条城市主干道和密集居民区。",
    "为减少施工对市民出行的影响，建设单位优化了交通导改方案，在沿线设置临时公交站点和便民通道，并对重点路口实行错峰施工。",
    "“盾构机穿越老城区时，我们采用了同步注浆和实时沉降监测技术，地表最大沉降量控制在10毫米以内。”项目总工程师刘建国介绍。",
    "据了解，2号线二期工程计划于2026年底具备通车条件。届时，芜湖轨道交通线网运营里程将超过55公里，进一步方便市民出行。",
], lambda b: doc(T + "-芜湖新闻网", """
body{margin:0;font-size:14px;font-family:宋体}.w{width:980px;margin:0 auto}.top{height:90px;border-bottom:4px solid #d40000}
h1{font-size:24px;text-align:center;font-family:黑体}.i{text-align:center;background:#f7f7f7;line-height:30px}
.ct{font-size:16px;line-height:30px}.l{float:left;width:650px}.r{float:right;width:300px}""", f"""
<div class="w"><div class="top"><span style="font-size:34px;color:#d40000">芜湖新闻网</span> www.wuhunews.cn　<input type="text" value="" placeholder="站内搜索"></div>
{nav(["首页","本地新闻","时政","民生","区县","视频","图片","专题","论坛"], sep=" | ")}
<div>您当前的位置 ：<a href="#">芜湖新闻网</a> &gt;&gt; <a href="#">本地新闻</a></div>
<div class="l"><h1>{T}</h1>
<div class="i">2025-04-16 20:17:05　　来源：芜湖日报　　作者：<span>记者　汪凯　陈曦</span>　　<a href="#">我要评论</a></div>
<div class="ct">{b}</div>
<div>（责任编辑：江晓）</div>
<div>【<a href="#">收藏本页</a>】【<a href="#">打印</a>】【<a href="#">关闭</a>】</div></div>
<div class="r">{ul(["芜湖今年将新开通公交线路12条","城东新区三所学校9月投用","周末芜湖将迎来一次明显降雨过程"], head="今日热点")}{ul(["长江路综合改造提升工程进展顺利","宁安高铁芜湖段开展春季安全检查"], head="图片新闻")}</div>
<div style="clear:both;text-align:center;font-size:12px;border-top:1px solid #ccc">芜湖新闻网 版权所有 未经授权禁止转载　皖ICP备09003105号　皖新网备案：340100012</div></div>"""),
    features="2010s portal two-column; 作者 in info bar with 记者 prefix, two names; time with seconds; （责任编辑） in brackets", site="安徽 芜湖 city news site (invented)")

# wz-15 陕西 TV site video news, closing （记者 张弛 王鹏 报道）
T = "西安至延安高铁全线进入铺轨阶段"
page("wz-15", M, T, ["张弛", "王鹏"], "2025年04月17日 19:32", [
    "【导语】4月17日，随着首组500米长钢轨在西延高铁富县段精准落位，西安至延安高铁全线进入铺轨阶段。",
    "记者在现场看到，长轨铺设机组缓缓前行，工人们有序进行钢轨锁定、轨枕布设等作业。西延高铁全长约299公里，设计时速350公里，是国家“八纵八横”高铁网包头至海口通道的重要组成部分。",
    "“我们采用了长钢轨单枕连续铺设法，日均铺轨可达3公里。”中铁某局西延高铁项目负责人说，项目部正统筹推进铺轨和站房建设，确保按期完工。",
    "据了解，西延高铁沿线设西安东、阎良西、富平南、铜川东、黄陵南、延安东等站，全线站房建设正在同步推进，部分站房已完成主体结构施工。",
    "西延高铁建成后，西安至延安的旅行时间将由目前的约2.5小时缩短至1小时左右，对促进陕北革命老区发展具有重要意义。（记者 张弛 王鹏 报道）",
], lambda b: doc(T + " - 秦视网", """
body{margin:0;background:#111;color:#ddd;font:15px/1.8 sans-serif}.hd{display:flex;gap:30px;padding:10px 5%;background:#000}
.player{width:860px;height:484px;background:#222;margin:20px auto;display:flex;align-items:center;justify-content:center}
.art{width:860px;margin:auto}.art h1{color:#fff;font-size:26px}.row{color:#888;font-size:13px}.row span{margin-right:16px}
.foot{font-size:12px;color:#666;text-align:center;padding:30px}""", f"""
<div class="hd"><b>秦视网</b>{nav(["首页","直播","点播","新闻","陕西卫视","都市青春","农林卫视","秦腔"])}<a href="#">登录</a></div>
<div class="player">{img("视频封面")} <span>00:00 / 01:58</span></div>
<div class="art"><div class="row"><a href="#">首页</a> &gt; <a href="#">陕西新闻</a> &gt; 正文</div>
<h1>{T}</h1>
<div class="row"><span>来源：陕西新闻联播</span><span>2025年04月17日 19:32</span><span>播放：2.3万</span></div>
{b}
<p>编辑：贺晓东　责编：刘敏　审核：张少华</p>
{ul(["延安至榆林高铁站前工程建设稳步推进","西安咸阳国际机场T5航站楼启用倒计时"], head="相关视频")}</div>
<div class="foot">陕西广播电视台 版权所有　信息网络传播视听节目许可证：2705102　陕ICP备13000876号</div>"""),
    style="div", features="TV site video page, dark theme; 【导语】 paragraph; closing （记者 … 报道） in last paragraph; 编辑/责编/审核", site="陕西 TV website (invented)")

# wz-16 吉林 portal reprint, 作者 in bar, 原标题 line, pagination
T = "长白山景区春季旅游升温"
page("wz-16", M, T, ["孙佳琪"], "2025-04-18 10:06", [
    "冰雪渐融，万物复苏。随着气温回升，长白山景区迎来春季旅游小高峰。清明假期以来，景区日均接待游客超过6000人次，同比增长近三成。",
    "在长白山北景区，不少游客专程前来观赏“春雪天池”。“山下已经春暖花开，山上还是银装素裹，一天之内能体验两个季节，太值了。”来自广东的游客陈女士说。",
    ("h", "推出春季特色线路"),
    "为吸引游客，长白山管委会推出“踏春赏雪”“温泉养生”“森林徒步”等多条春季特色旅游线路，并联合周边市县推出景区联票优惠。",
    "与此同时，周边的二道白河镇、松江河镇民宿和酒店预订量明显增加，不少商户提前备足货源、增加服务人员，迎接即将到来的“五一”假期客流。",
    ("h", "提升服务保障水平"),
    "景区新增智慧导览设备200余台，开通线上预约、无感入园等服务，并在主要景点增设临时休息区和医疗救助点，全力保障游客安全有序游览。",
], lambda b: doc(T + "--吉林网事", """
body{margin:0;font:15px/1.8 "PingFang SC"}.h{border-bottom:3px solid #0072c6;padding:10px 10%}.h b{font-size:26px;color:#0072c6}
.con{width:1000px;margin:auto}.con h1{font-size:28px}.au{color:#888;font-size:13px}.yb{color:#999;font-size:13px}""", f"""
<div class="h"><b>吉林网事</b> <a href="#">吉林</a> <a href="#">长春</a> <a href="#">延边</a> <a href="#">财经</a> <a href="#">文旅</a> <a href="#">视频</a></div>
<div class="con"><div>吉林网事 &gt; 文旅 &gt; 正文</div>
<h1>{T}</h1>
<div class="au">2025-04-18 10:06 来源：吉林日报 作者：孙佳琪</div>
<p class="yb">原标题：踏春赏雪两相宜 长白山春季游升温</p>
{b}
<div class="page">1 <a href="#">2</a> <a href="#">下一页</a></div>
<p>【责任编辑：金美善】</p>
{ul(["查干湖开湖捕鱼季落幕","延边州推出20条边境旅游线路","长春市民踏青赏花好去处"], head="推荐阅读")}</div>
<div style="background:#eee;font-size:12px;padding:14px;text-align:center">吉林网事 版权所有 吉ICP备08001268号 互联网新闻信息服务许可证：22120180009</div>"""),
    features="reprint with 原标题 line (not body); 作者 in glued-ish info bar; pagination links; sub-headings", site="吉林 provincial portal (invented)")

# wz-17 central portal, 新华社…电 in first para
T = "陕西秦岭生态保护区内违建清理整治基本完成"
page("wz-17", M, T, ["蔺娟", "韩卫国"], "2025-04-15 15:28:40", [
    "新华社西安4月15日电（记者 蔺娟、韩卫国）记者15日从陕西省有关部门获悉，秦岭生态环境保护区域内的违建清理整治工作已基本完成，累计拆除违建、复绿复垦面积超过380万平方米。",
    "陕西省秦岭生态环境保护委员会办公室有关负责人介绍，近年来，陕西建立秦岭保护“一张图”数字化监管平台，运用卫星遥感、无人机巡查等手段，对秦岭范围内新增违建、采石采砂、乱搭乱建等问题实现动态监测、快速处置。",
    "与此同时，陕西持续推进秦岭北麓峪口综合整治，72个峪道全部建立“峪长制”，落实日常巡查和管护责任。",
    "在西安市长安区的一处峪口，记者看到，原先的违建农家乐已被拆除，场地种上了侧柏、油松等乡土树种，溪水清澈见底，不少市民前来徒步休闲。",
    "据介绍，下一步陕西将持续巩固整治成果，推进秦岭生态修复和生物多样性保护，加快建设秦岭国家公园。",
], lambda b: doc(T + "-中华网讯", """
body{margin:0;font:16px/2 "Microsoft YaHei"}.bar{background:#c7000b;height:50px;color:#fff;font-size:24px;padding:0 10%}
.w{width:1200px;margin:auto;display:flex}.m{flex:1}.s{width:300px;margin-left:40px}.h1{font-size:30px;font-weight:bold}
.meta{display:flex;justify-content:space-between;border-bottom:1px solid #ddd;color:#666;font-size:14px}""", f"""
<div class="bar">中华网讯 <small>国内</small></div>
{nav(["首页","时政","国际","财经","科技","社会","图片","视频","English"])}
<div class="w"><div class="m"><div>首页 &gt; 国内 &gt; 正文</div>
<div class="h1">{T}</div>
<div class="meta"><span>2025-04-15 15:28:40　来源：新华社</span><span>【<a href="#">纠错</a>】 字号 <a href="#">+</a> <a href="#">-</a></span></div>
{b}
<p>【责任编辑:苏阳】</p>
<div>分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ</a></div></div>
<div class="s">{ul(["全国春播粮食已过三成","今年一季度国内生产总值同比增长","多地出台措施促进消费"], head="24小时排行")}</div></div>
<div style="text-align:center;font-size:12px;color:#666;padding:20px">Copyright © 2025 中华网讯 All Rights Reserved　京ICP证090215号</div>"""),
    features="central portal; 新华社西安4月15日电（记者 A、B） dateline byline inside first paragraph; 来源 is the agency; no-space 【责任编辑:】", site="central news portal (invented)")

# wz-18 English page of 安徽 outlet, By … and …
T = "Hefei's quantum industry park adds 20 firms in first quarter"
page("wz-18", M, T, ["Wang Lu", "Chen Hao"], "2025-04-16 09:12", [
    "HEFEI -- The quantum information industry park in Hefei, capital of East China's Anhui province, welcomed 20 new companies in the first quarter of this year, bringing the total number of quantum-related enterprises in the city to more than 70, local authorities said on Tuesday.",
    "The newcomers range from makers of single-photon detectors to software developers working on quantum computing algorithms, according to the park's management committee.",
    "\"Being close to research institutes means we can turn lab results into products much faster,\" said Zhou Ming, founder of a start-up that moved in this March.",
    ("h", "Supply chain taking shape"),
    "Officials said the park has built a supply chain covering core components, complete systems and applications. Its output value reached 1.6 billion yuan ($219 million) last year, up 38 percent year-on-year.",
    "The city plans to offer rent subsidies and talent incentives to attract another 30 firms by the end of the year.",
], lambda b: doc(T + " - Anhui Today", """
body{margin:0;font:17px/1.7 Georgia,serif}header{border-bottom:2px solid #222;padding:12px 8%}header b{font-size:28px}
.sec{font:13px Arial;text-transform:uppercase;color:#b00}.story{max-width:760px;margin:30px auto}.story h1{font-size:34px;line-height:1.2}
.byline{font:14px Arial;color:#555}.byline span{margin-right:14px}""", f"""
<header><b>Anhui Today</b> <small>中文</small> | <a href="#">Subscribe</a> <input placeholder="Search"></header>
{nav(["Home","News","Business","Culture","Travel","Photos","Video","Opinion"])}
<div class="story"><div class="sec"><a href="#">Home</a> / <a href="#">Business</a></div>
<h1>{T}</h1>
<div class="byline"><span>By Wang Lu and Chen Hao</span><span>|</span><span>Updated: 2025-04-16 09:12</span><span>|</span><span>Source: Anhui Today</span></div>
<div>Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a></div>
{img("Quantum park", "A technician tests equipment at a company in Hefei's quantum industry park. [Photo/Anhui Today]")}
{b}
<p>Editor: Liu Qian</p>
{ul(["Anhui's foreign trade grows 9% in Q1","Huangshan sees spring tourism boom","NEV exports from Wuhu hit record"], head="Related Stories")}</div>
<footer style="font:12px Arial;text-align:center;color:#777">Copyright 2025 Anhui Today. All rights reserved. 皖ICP备11007743号</footer>""", lang="en"),
    lang="en", features="English page of provincial outlet; 'By A and B' byline; 'Updated:' label; photo caption; Editor line", site="安徽 English news site (invented)")

# wz-19 English Guangxi outlet, wire copy Source: Xinhua only
T = "China-ASEAN Expo to feature new digital economy pavilion"
page("wz-19", M, T, [], "Apr 17, 2025 14:05", [
    "NANNING, April 17 (Xinhua) -- This year's China-ASEAN Expo will set up a new pavilion dedicated to the digital economy, organizers announced on Thursday in Nanning, capital of south China's Guangxi Zhuang Autonomous Region.",
    "The pavilion will showcase cross-border e-commerce platforms, smart logistics solutions and digital payment services from China and ASEAN countries, according to the expo secretariat.",
    "The 22nd China-ASEAN Expo is scheduled to be held in September. More than 1,500 exhibitors are expected to attend, with exhibition space totaling about 160,000 square meters.",
    "Trade between China and ASEAN has grown steadily in recent years, with ASEAN remaining China's largest trading partner for several consecutive years.",
], lambda b: doc(T + " | GX Window", """
body{margin:0;font:16px/1.6 Arial}.top{background:#0b7a4b;color:#fff;padding:14px 10%}.w{width:900px;margin:auto}
.t{font-size:30px;font-weight:bold;margin:16px 0}.inf{color:#888;font-size:13px;border-bottom:1px solid #eee}""", f"""
<div class="top"><b style="font-size:24px">GX Window</b> Gateway to Guangxi · <a href="#">简体中文</a></div>
{nav(["Home","Guangxi","China-ASEAN","Business","Travel","People","Photos"], sep=" · ")}
<div class="w"><div>You are here: <a href="#">Home</a> &gt; <a href="#">China-ASEAN</a></div>
<div class="t">{T}</div>
<div class="inf">Source: Xinhua&nbsp;&nbsp;|&nbsp;&nbsp;Updated: Apr 17, 2025 14:05&nbsp;&nbsp;|&nbsp;&nbsp;Font size: <a href="#">A</a> <a href="#">A</a></div>
{b}
<p>Editor: Huang Yumei</p>
{ul(["Beibu Gulf Port handles record container throughput","Guilin lures foreign tourists with visa-free policy"], head="Most Viewed")}</div>
<div style="font-size:12px;text-align:center;color:#999;padding:20px">Copyright © GX Window. All Rights Reserved. 桂ICP备14001239号</div>""", lang="en"),
    lang="en", features="English wire copy, only 'Source: Xinhua' (authors empty); month-name date; dateline inside first paragraph", site="广西 English portal (invented)")

# wz-20 吉林 TV site news page with 原标题 and 文/ byline line
T = "延边州今年将新建改造农村公路800公里"
page("wz-20", M, T, ["朴成浩"], "2025.04.16 11:20", [
    "记者从延边州交通运输局获悉，今年延边州计划新建改造农村公路800公里，实施危桥改造30座，进一步完善农村交通基础设施网络，助力乡村振兴。",
    "据介绍，今年的农村公路建设将重点向边境村屯、旅游景区和特色产业基地倾斜，推动“农村公路+旅游”“农村公路+产业”融合发展。其中，边境地区计划新建改造农村公路260公里。",
    "在养护管理方面，延边州将全面推行农村公路“路长制”，建立县、乡、村三级路长体系，确保农村公路“有人管、有钱管、管得好”。",
    "此外，延边州还将结合旅游公路建设，在沿线设置观景台、停车区和服务驿站，打造一批“最美农村路”，让农村公路成为群众致富路、游客风景路。",
    "截至去年底，延边州农村公路总里程已达到1.2万公里，具备条件的建制村全部通硬化路、通客车。",
], lambda b: doc(T + "_吉林广播电视台", """
body{margin:0;font:15px/1.8 "Microsoft YaHei"}.nv{background:#1c2f6b;color:#fff;padding:10px 6%}.w{width:1000px;margin:auto}
h2{font-size:26px}.mt{font-size:12px;color:#999}.mt i{font-style:normal;margin-right:12px}""", f"""
<div class="nv"><b>吉视新闻</b>　{nav(["首页","吉林新闻","直播吉林","吉林卫视","都市频道","乡村频道","新闻广播"])}　<a href="#">下载吉视通APP</a></div>
<div class="w"><p><a href="#">首页</a> &gt; <a href="#">吉林新闻</a> &gt; 正文</p>
<h2>{T}</h2>
<div class="mt"><i>2025.04.16 11:20</i><i>来源：吉视新闻</i><i>阅读：5836</i></div>
<p style="color:#999">原标题：延边今年新建改造农村公路800公里 边境地区占260公里</p>
{b}
<p>文/朴成浩　图/崔京浩</p>
<p>编辑：李冬梅　审核：王振宇　监制：刘海军</p>
{ul(["吉林省启动2025年春季农机安全检查","长春龙嘉机场新开3条国际航线"], head="更多新闻")}</div>
<div style="background:#1c2f6b;color:#aab;font-size:12px;text-align:center;padding:14px">吉林广播电视台（吉林视听传媒）版权所有　吉ICP备05008541号</div>"""),
    features="TV site; date with dots; 原标题 line; closing '文/朴成浩 图/崔京浩' (photographer not author); 编辑/审核/监制", site="吉林 TV news site (invented)")

# wz-21 陕西 provincial portal, 引题 above title, 作者 with minority name
T = "榆林沙区造林绿化面积突破1600万亩"
page("wz-21", M, T, ["阿依古丽·买买提", "杜鹏"], "2025年4月18日 16:21", [
    "4月中旬，毛乌素沙地南缘的榆林市榆阳区，植树大军正在沙丘上栽植樟子松。近年来，榆林持续推进“三北”工程攻坚战，沙区造林绿化面积累计突破1600万亩，林木覆盖率由新中国成立初期的0.9%提高到36%。",
    ("q", "“过去是‘沙进人退’，现在是‘绿进沙退’。”榆阳区林业局工作人员说。"),
    "今年，榆林计划完成造林绿化50万亩，重点实施沙化土地综合治理、黄河流域水土保持和防护林体系建设等工程，探索“光伏+治沙”“林下经济+治沙”等模式。",
    "在靖边县，一座大型光伏治沙项目已建成投运，板下种植的沙柳、紫穗槐长势良好，实现了“板上发电、板下修复、板间种植”。",
    "与此同时，榆林积极发展沙地林果、中药材等林下经济，引导群众在治沙中增收。目前，全市林业产业综合产值超过百亿元，带动10多万名农民增收。",
], lambda b: doc(T + "_三秦在线", """
body{margin:0;font:16px/1.9 sans-serif}.top{background:#a61b29;color:#fff;padding:12px 7%}.w{max-width:960px;margin:auto}
.kicker{color:#a61b29;font-size:16px}.hl{font-size:30px;font-weight:700}.by{color:#777;font-size:13px}
blockquote{border-left:4px solid #a61b29;margin:0;padding-left:12px;color:#444}""", f"""
<div class="top"><b>三秦在线</b> · <a href="#">陕西</a> <a href="#">西安</a> <a href="#">宝鸡</a> <a href="#">榆林</a> <a href="#">延安</a> · <a href="#">无障碍</a></div>
<div class="w"><p>三秦在线 &gt; 陕西 &gt; 生态</p>
<p class="kicker">“三北”工程攻坚战·陕西篇</p>
<div class="hl">{T}</div>
<div class="by">作者：阿依古丽·买买提 杜鹏　　来源：三秦在线　　2025年4月18日 16:21</div>
{img("樟子松林", "榆林市榆阳区的樟子松林。三秦在线记者 杜鹏 摄")}
{b}
<div>责任编辑：侯晓</div>
{ul(["陕西一季度地区生产总值同比增长5.4%","延安苹果花开 果农忙疏花"], head="延伸阅读")}</div>
<div style="font-size:12px;text-align:center;padding:16px;background:#f3f3f3">三秦在线 版权所有 陕ICP备07012033号 陕公网安备61010402000298号</div>"""),
    features="series kicker above headline (not title); minority name with middle dot; blockquote as body; photo credit caption", site="陕西 provincial portal (invented)")

# wz-22 广西 柳州 city media, 文/图 记者 own line at top of body, captions
T = "柳州螺蛳粉产业园一季度产值同比增长15%"
page("wz-22", M, T, ["韦丽萍"], "2025-04-15", [
    ("x", "<p>文/图　记者　韦丽萍</p>"),
    "4月14日，走进柳州螺蛳粉产业园，一条条自动化生产线高速运转，工人们正忙着打包发货。记者从产业园管委会了解到，今年一季度，园区实现产值52.3亿元，同比增长15%。",
    ("img", "生产线", "工人在螺蛳粉生产线上忙碌。"),
    "产业园负责人介绍，今年以来，园区企业不断推出新口味、新包装，开拓海外市场。目前，柳州螺蛳粉已出口至美国、加拿大、澳大利亚等30多个国家和地区。",
    "为保障原材料供应，柳州在周边县区建设了螺蛳养殖、竹笋种植等原材料基地超过60万亩，带动30多万名群众增收。",
    "为规范产业发展，柳州还出台了螺蛳粉生产地方标准，建立了原材料溯源体系和质量检测中心，持续提升产品品质和品牌美誉度。",
    "“我们正在研发低脂、速煮等新品，满足不同消费者的需求。”一家螺蛳粉企业的研发主管说。",
    "业内人士认为，随着产业链不断完善，柳州螺蛳粉正从“网红”向“长红”转变。",
], lambda b: doc(T + " - 柳州新闻网", """
body{margin:0;font:15px/1.8 "Microsoft YaHei"}.t{background:#e85d04;height:80px;color:#fff;font-size:30px;padding:10px 60px}
.w{width:980px;margin:auto}.w h1{text-align:center}.d{text-align:center;color:#999;font-size:12px}.pic{text-align:center}""", f"""
<div class="t">柳州新闻网 <small>lznews</small></div>
{nav(["首页","柳州新闻","县区","经济","民生","融媒","专题"])}
<div class="w"><div>位置：<a href="#">首页</a> &gt; <a href="#">柳州新闻</a></div>
<h1>{T}</h1>
<div class="d">来源：柳州日报　　时间：2025-04-15　　浏览：<span>2047</span></div>
{b}
<p style="text-align:right">编辑：覃思远</p>
<div>上一篇：<a href="#">柳州今年将改造老旧小区180个</a>　下一篇：<a href="#">柳江区开展春季动物防疫</a></div></div>
<div style="text-align:center;font-size:12px">柳州新闻网版权所有　桂ICP备09006125号</div>"""),
    features="own-line '文/图 记者 韦丽萍' byline at top of body (not body); caption in body; date only", site="广西 柳州 city news site (invented)")

# wz-23 安徽 radio site 2025 responsive, 作者 | 编辑 |
T = "合肥地铁6号线进入空载试运行阶段"
page("wz-23", M, T, ["许静怡"], "2025-04-17 18:02", [
    "4月17日，合肥轨道交通6号线一期工程正式进入空载试运行阶段。空载试运行期间，列车将按照开通运营后的运行图进行不载客运行，全面检验各系统在实际运行状态下的可靠性。",
    "6号线一期工程线路全长约38公里，共设车站26座，贯穿合肥西北至东南方向，串联长丰县、蜀山区、包河区等区域。",
    "试运行期间，运营单位将开展行车组织、客运服务、应急处置等多项演练，检验设备系统联调联试效果，同步对驾驶员、行车调度等岗位人员进行实战化培训。",
    ("h", "试运行期间注意事项"),
    ("ul", ["试运行列车不载客，市民请勿进入车站；", "沿线部分出入口仍在施工，请注意绕行；", "如遇列车鸣笛，请远离轨行区围挡。"]),
    "据悉，空载试运行时间不少于3个月，之后将通过初期运营前安全评估，力争年内开通初期运营。",
], lambda b: doc(T + "｜安徽之声", """
*{margin:0;padding:0}body{font:16px/1.85 -apple-system,"PingFang SC"}.app{display:flex;justify-content:space-between;padding:12px 20px;background:#00a0e9;color:#fff}
.c{max-width:720px;margin:auto;padding:16px}.c h1{font-size:24px;margin:10px 0}.m{font-size:13px;color:#999}.c p{margin:12px 0}
.dl{background:#e6f6fd;text-align:center;padding:10px}""", f"""
<div class="app"><b>安徽之声</b><span><a href="#">听广播</a> <a href="#">看直播</a></span></div>
<div class="c"><div class="m"><a href="#">首页</a> / <a href="#">新闻</a></div>
<h1>{T}</h1>
<div class="m">作者 | 许静怡　　编辑 | 何雨桐　　2025-04-17 18:02</div>
{b}
<p class="m">来源：安徽之声</p>
<div class="dl">打开安徽之声APP，收听更多精彩内容</div>
{ul(["安徽今年将新增城市公园绿地1200公顷","芜湖长江三桥开展荷载试验"], head="热门推荐")}</div>
<div style="font-size:12px;text-align:center;color:#aaa;padding:20px">安徽广播电视台 版权所有 皖ICP备05002212号-7</div>"""),
    features="radio site mobile layout; '作者 | ' and '编辑 | ' labels; list with semicolons; 来源 at bottom", site="安徽 radio site (invented)")

# wz-24 central media commentary, 作者（系…）
T = "让县域经济成为高质量发展的“压舱石”"
page("wz-24", M, T, ["周文彬"], "2025-04-14 06:30", [
    "县域是推进城乡融合发展的重要切入点，也是扩大内需的广阔空间。今年以来，广西、安徽、陕西、吉林等地纷纷出台举措，支持县域特色产业发展，县域经济呈现出良好发展势头。",
    "发展县域经济，关键在于找准特色。各地资源禀赋不同，不能一哄而上、千县一面。只有立足本地优势，培育一批“一县一业”“一镇一品”，才能形成差异化竞争优势。",
    "发展县域经济，还要补齐公共服务短板。教育、医疗、养老等公共服务水平，直接关系到县城的吸引力和承载力。要推动更多优质资源向县域下沉，让群众在家门口就能享受到优质服务。",
    "发展县域经济，更需要改革赋能。要深化“放管服”改革，优化县域营商环境，激发民营经济活力，让各类经营主体在县域大有可为。",
    "县域强则国家强，县域兴则乡村兴。久久为功，县域经济必将成为高质量发展的坚实支撑。",
    ("x", "<p>（作者系中国社会科学院农村发展研究所研究员）</p>"),
], lambda b: doc(T + " - 中国时评网", """
body{margin:0;font:17px/2 "Songti SC",serif;background:#fbf8f1}.t{border-top:6px solid #7a0000;padding:14px 12%;font:24px sans-serif}
.a{max-width:760px;margin:auto}.a h1{font-size:30px}.au{font:14px sans-serif;color:#7a0000}""", f"""
<div class="t">中国时评网 <small>评论频道</small> <a href="#">登录</a></div>
{nav(["首页","时评","观点","理论","专栏","读者来信"])}
<div class="a"><p>评论频道 &gt; 时评 &gt; 正文</p>
<h1>{T}</h1>
<div class="au">作者：周文彬　　2025-04-14 06:30　　来源：中国时评网</div>
{b}
<p>（责编：罗晓燕、张京）</p>
{ul(["以更大力度推动消费提质升级","把“小切口”做成“大民生”"], head="热评")}</div>
<div style="font:12px sans-serif;text-align:center;padding:16px">中国时评网 版权所有 京ICP备11011832号</div>""", ),
    features="commentary; author line plus '（作者系…）' note (not body); two editors in one bracket", site="central commentary site (invented)")
