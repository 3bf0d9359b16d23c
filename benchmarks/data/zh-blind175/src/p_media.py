from lib import page, img
K = "media"

page("tt-13", K, "朝阳区新增12处口袋公园 市民出门“300米见绿”", ["杜雨桐", "庞  博".replace(" ","")], "2024-10-28 07:05",
""".logo{font-size:30px;color:#c00}.chan a{margin-right:10px}.a-h1{font-size:32px}.a-meta{color:#999}.a-meta span{padding-right:14px}""",
"""<div class="logo">京华时报网</div><div class="chan"><a>首页</a><a>北京</a><a>时政</a><a>社会</a><a>财经</a><a>文化</a><a>视频</a><a>数字报</a></div>
<div>首页 &gt; 北京 &gt; 正文</div><h1 class="a-h1">朝阳区新增12处口袋公园 市民出门“300米见绿”</h1>
<div class="a-meta"><span>2024-10-28 07:05</span><span>来源：京华时报</span><span>记者 杜雨桐 庞  博</span></div>""",
[("p","本报讯（记者 杜雨桐 庞博）记者昨日从朝阳区园林绿化局获悉，今年该区利用边角地、拆违腾退地新建改造的12处口袋公园已全部完工开放，新增绿地面积约4.6万平方米，周边约8万居民出门步行300米即可进入公园绿地。"),
 ("p","在望京街道的一处口袋公园，原本堆放杂物的空地如今铺上了透水步道，种植了海棠、元宝枫等乡土树种，还设置了儿童游乐区和健身器材。家住附近的刘阿姨说：“以前这里晚上黑乎乎的，现在装了路灯，吃完饭我们就下楼遛弯。”"),
 ("img","望京街道口袋公园","望京街道一处新建的口袋公园。记者 庞博/摄"),
 ("p","朝阳区园林绿化局相关负责人表示，口袋公园建成后将交由属地街道和物业单位日常养护，园林部门定期开展检查考核，确保“建得好、管得住”。"),
 ("p","据介绍，此次建设的口袋公园在设计阶段通过“吹哨报到”机制广泛征集居民意见，有的公园增设了宠物活动区，有的保留了原有大树并加装座椅。明年，朝阳区还将继续建设口袋公园和小微绿地不少于10处。")],
"""<div class="edit">编辑：范丽</div><div class="share">分享到：微信 微博 复制链接</div>
<div class="related"><h3>相关新闻</h3><p>北京今年将建成口袋公园50处</p><p>海淀三山五园绿道全线贯通</p></div>
<div class="ft">京华时报社版权所有　京ICP备09011423号　违法和不良信息举报电话：010-6xxxxxxx</div>""",
style="ind", features="city newspaper site; info bar with 记者 + spaced name; 本报讯（记者 …）in first paragraph; photo credit caption; 编辑 not author")

page("tt-14", K, "石家庄：地铁4号线一期工程首台盾构机始发", ["马晓川", "高远"], "2025-04-02 19:48:33",
"""body{background:#111;color:#eee}.player{background:#000;height:360px;color:#888;text-align:center}.vt{font-size:22px}.vi{color:#aaa;font-size:12px}""",
"""<div class="head">""" + img("河北网络广播电视台") + """<a>直播</a> <a>点播</a> <a>新闻</a> <a>河北新闻联播</a> <a>冀时客户端</a></div>
<div class="player">视频加载中...<br>00:00 / 02:16</div>
<h2 class="vt">石家庄：地铁4号线一期工程首台盾构机始发</h2>
<div class="vi">2025-04-02 19:48:33　来源：河北广播电视台　播放量：1.2万</div>""",
[("x","<p>河北台记者 马晓川 高远 报道：</p>"),
 ("p","4月2日上午，随着刀盘缓缓转动，石家庄地铁4号线一期工程首台盾构机“燕赵一号”在长安公园站始发，标志着该线路区间隧道施工全面展开。"),
 ("p","石家庄地铁4号线一期工程全长约22.8公里，共设车站19座，全部为地下站。线路南北贯穿主城区，串联起火车站、医学院片区和高新区等客流集散地，预计2028年底建成通车。"),
 ("p","（同期）中铁某局4号线项目总工程师 李海峰：“这台盾构机直径6.48米，针对石家庄地层砂卵石多的特点，我们专门加强了刀具配置，平均每天可以掘进10到12米。”"),
 ("p","盾构机始发现场，施工单位还组织了安全生产培训和应急演练，确保施工过程中地面建筑和管线安全。"),
 ("p","据了解，4号线全线将投入盾构机24台，施工单位在沿线设置了降尘降噪设施，并实行夜间限时施工，尽量减少对周边居民的影响。")],
"""<div class="vi">责任编辑：吕娜</div><div class="tag">标签：地铁 石家庄 城市建设</div>
<div class="hot"><b>热门视频</b><p>河北新闻联播 20250402</p><p>雄安新区：春耕备耕忙</p></div>
<div class="ft">河北广播电视台版权所有　冀ICP备05002381号　信息网络传播视听节目许可证：0305xxx</div>""",
style="p", features="TV site video page; time with seconds; 河北台记者 … 报道： own-line byline (authors, not body); (同期) quoted speech; 责任编辑")

page("tt-15", K, "广东今年前三季度外贸进出口同比增长6.8%", ["郑舒婷"], "2024-10-21 10:16", 
""".m-top a{margin:0 6px}.m-title{font-size:28px;font-weight:600}.m-info{color:#888;font-size:14px}.m-info i{font-style:normal}""",
"""<div class="m-top"><a>南粤在线</a><a>首页</a><a>时政</a><a>经济</a><a>湾区</a><a>民生</a><a>评论</a><a>专题</a><input placeholder="搜索新闻"></div>
<div class="m-crumb">南粤在线 &gt; 经济 &gt; 正文</div>
<div class="m-title">广东今年前三季度外贸进出口同比增长6.8%</div>
<div class="m-info"><i>2024-10-21 10:16</i> <i>来源：南方经济报</i> <i>作者：郑舒婷</i> <i>编辑：蔡俊</i></div>""",
[("p","记者从海关总署广东分署获悉，今年前三季度，广东外贸进出口总值6.72万亿元，同比增长6.8%，规模继续位居全国首位。其中，出口4.35万亿元，增长8.9%；进口2.37万亿元，增长3.1%。"),
 ("h","民营企业进出口占比过半"),
 ("p","前三季度，广东民营企业进出口3.81万亿元，增长11.2%，占全省外贸总值的56.7%，比重较去年同期提升2.2个百分点。同期，外商投资企业进出口2.14万亿元，国有企业进出口7200亿元。"),
 ("h","“新三样”出口持续走俏"),
 ("p","从商品结构看，电动汽车、锂电池和光伏产品“新三样”合计出口1980亿元，增长21.4%。家用电器、集成电路出口分别增长12.6%和18.3%。"),
 ("p","广东分署有关负责人表示，下一步将持续推进跨境贸易便利化，支持企业拓展东盟、中东、拉美等新兴市场。")],
"""<div class="m-src">原文链接：南方经济报 2024年10月21日 A03版</div>
<div class="m-rec"><h4>推荐阅读</h4><ul><li>深圳前三季度GDP增长5.8%</li><li>广州港集装箱吞吐量创同期新高</li></ul></div>
<div class="m-ft">南粤在线版权所有 粤ICP备15092873号-1 互联网新闻信息服务许可证：44120180012</div>""",
style="p", features="provincial portal; info bar with 来源/作者/编辑 inline (editor not author); sub-headings; numbers")

page("tt-16", K, "贵州“村超”带火榕江夜经济 周末客流同比增长四成", ["杨秀梅", "潘  文".replace(" ","")], "2024年07月08日 21:37",
""".dc-head{background:#e60012;color:#fff}.dc-art h1{font-size:30px}.dc-meta{font-size:12px;color:#666;border-bottom:1px solid #eee}""",
"""<div class="dc-head">多彩黔网 <a>贵州</a> <a>要闻</a> <a>旅游</a> <a>文化</a> <a>视频</a> <a>图片</a> <a>登录</a></div>
<div class="dc-art"><p>多彩黔网 &gt; 新闻 &gt; 贵州新闻</p><h1>贵州“村超”带火榕江夜经济 周末客流同比增长四成</h1>
<div class="dc-meta">2024年07月08日 21:37　来源：多彩黔网　<span>【字号 <a>大</a> <a>中</a> <a>小</a>】</span>　<a>【打印】</a></div>""",
[("p","多彩黔网讯（记者 杨秀梅 潘 文）夜幕降临，榕江县城古州镇的“村超”美食街灯火通明，烤鱼、卷粉、牛瘪火锅的香味飘满街巷。7月6日晚，一场“村超”比赛刚刚结束，不少观众意犹未尽，涌向美食街和江边夜市。"),
 ("p","据榕江县文体广电旅游局统计，6月以来，榕江县周末日均接待游客5.6万人次，同比增长41.3%；全县新增餐饮、住宿类市场主体320余户。"),
 ("p","“比赛日一晚上能卖出去两百多份烤鱼。”夜市摊主韦大姐说，她家的摊位由一家人轮流看守，收入比去年翻了一番。"),
 ("p","榕江县有关负责人表示，下一步将规范夜市经营秩序，加强食品安全检查，引导商户明码标价、诚信经营，让游客吃得放心、玩得开心。"),
 ("p","为让游客“留得下、住得好”，榕江县今年新改造民宿客房800余间，开通比赛日夜间公交专线3条，并组织侗族大歌、苗族芦笙等民族文化表演常态化进驻夜市。")],
"""<div class="dc-zb">责任编辑：吴婧　审核：陆海</div><div>分享至：微信 QQ 微博</div>
<div class="dc-list"><b>相关阅读</b><p>“村超”第二季开赛 8万观众涌入榕江</p><p>黔东南州旅游接待人数创新高</p></div></div>
<div class="dc-ft">多彩黔网 版权所有 黔ICP备09000221号 贵公网安备 52010302001234号 互联网新闻信息服务许可证编号：52120170001</div>""",
style="sp", features="provincial portal 2010s; 多彩黔网讯（记者 X Y） with spaced name in paragraph; 【字号】【打印】; editor+审核")

page("tt-17", K, "贵州遵义：高山冷凉蔬菜进入采收旺季", ["欧阳晨", "罗兰"], "2024-08-15 15:02:11",
"""#xh{width:1000px;margin:auto}.h-title{font-size:30px;text-align:center}.h-info{text-align:center;color:#888}.h-info span{margin:0 8px}""",
"""<div id="xh"><div class="t">新华网 | 首页 | 时政 | 地方 | 财经 | 国际 | 图片 | 视频 <a>登录</a></div>
<div class="loc">新华网 &gt; 地方 &gt; 正文</div>
<div class="h-title">贵州遵义：高山冷凉蔬菜进入采收旺季</div>
<div class="h-info"><span>2024-08-15 15:02:11</span><span>来源：新华网</span></div>""",
[("p","新华社贵阳8月15日电（记者 欧阳晨 罗兰）盛夏时节，贵州遵义市海拔1200米以上的高山地区气候凉爽，辣椒、甘蓝、白萝卜等冷凉蔬菜进入采收旺季。"),
 ("p","在遵义市道真仡佬族苗族自治县的蔬菜基地，村民们正忙着采收、分拣、装箱。一筐筐新鲜蔬菜经冷链车运往重庆、广州等地。"),
 ("p","“海拔高、温差大，我们的蔬菜口感好，错季上市价格也好。”基地负责人冉光明说，今年基地种植蔬菜1500亩，预计产值超过1200万元。"),
 ("p","近年来，遵义市还推动蔬菜生产基地与大型商超、农产品批发市场建立长期订单关系，帮助农户稳定销售渠道，减少价格波动带来的风险。"),
 ("p","据了解，遵义市今年发展夏秋冷凉蔬菜种植120余万亩，配套建设产地冷库300余座，基本实现“田间采收、当天预冷、次日到达”。")],
"""<div class="ed">【纠错】 责任编辑：宋佳 何雨</div><div class="xg"><b>相关新闻</b><p>贵州：“黔菜出山”步伐加快</p></div>
<div class="ft">Copyright © 2000-2024 XINHUANET.com All Rights Reserved. 制作单位：新华网　京ICP证010042号</div></div>""",
style="sp", features="wire story: 新华社…电（记者 X Y）inside first paragraph, reporters named only in the dateline; two 责任编辑 not authors")

page("tt-18", K, "Hebei steps up efforts to restore Baiyangdian wetland ecology", ["Zhang Yu", "Li Ming"], "2024-06-05 09:41", 
""".cd-nav a{margin-right:10px}.cd-h1{font-size:32px;font-family:Georgia}.cd-info{color:#777;font-size:13px}""",
"""<div class="cd-nav"><a>HOME</a><a>CHINA</a><a>WORLD</a><a>BUSINESS</a><a>LIFESTYLE</a><a>CULTURE</a><a>OPINION</a><a>中文</a></div>
<div>Home / China / Regional</div><h1 class="cd-h1">Hebei steps up efforts to restore Baiyangdian wetland ecology</h1>
<div class="cd-info">By Zhang Yu and Li Ming in Shijiazhuang | China Herald Daily | Updated: 2024-06-05 09:41</div>""",
[("p","Water quality in Baiyangdian Lake, the largest freshwater wetland in North China, has remained at Class III for four consecutive years, local authorities said on Tuesday, as Hebei province continues a decade-long campaign to restore the lake's ecology."),
 ("p","The lake, located in the Xiong'an New Area, suffered from shrinking water levels and pollution for years. Since 2017, more than 140 villages around the lake have built sewage treatment facilities, and over 2,000 hectares of farmland have been converted back to wetland."),
 ("img","Birds over Baiyangdian","Egrets fly over Baiyangdian Lake in Xiong'an New Area. [Photo provided to China Herald Daily]"),
 ("p","\"We have recorded 286 species of wild birds here, 80 more than before the restoration began,\" said Wang Jianguo, an official with the area's ecological environment bureau."),
 ("p","The province plans to further reduce agricultural runoff and expand a monitoring network of 60 automatic water quality stations by the end of next year.")],
"""<div class="cd-tags">Tags: Hebei | Xiong'an | wetland</div><div class="cd-share">Share: Facebook X LinkedIn</div>
<div class="cd-more"><h3>Most Viewed</h3><p>Beijing opens new city park</p><p>Guizhou's village football league draws crowds</p></div>
<div class="cd-ft">Copyright 1995 - 2024. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Herald Daily. 京ICP备13028878号-6</div>""",
style="p", lang="en", features="English page of a Chinese daily; By X and Y in City | outlet | Updated: date, pipe-separated info bar; photo caption with [Photo provided to …]; quoted speech")

page("tt-19", K, "Guangzhou launches 24-hour customs clearance for cross-border e-commerce", [], "2025-01-17 18:22",
"""body{font-family:Arial}.ng-h{font-size:28px;font-weight:bold}.ng-time{color:#999}""",
"""<div class="ng-top">South China Voice · English <a>Home</a> <a>News</a> <a>Business</a> <a>Travel</a> <a>Video</a> <a>About GD</a></div>
<div class="ng-h">Guangzhou launches 24-hour customs clearance for cross-border e-commerce</div>
<div class="ng-time">Source: Xinhua | 2025-01-17 18:22</div>""",
[("p","GUANGZHOU, Jan. 17 (Xinhua) -- Guangzhou's Baiyun airport customs district on Friday began offering round-the-clock clearance for cross-border e-commerce parcels, cutting average waiting time for export packages to under two hours."),
 ("p","Under the new arrangement, customs officers work in three shifts, and a smart inspection line can scan up to 12,000 parcels per hour. Exporters can also declare goods online in advance, so that parcels arriving at night are cleared and loaded onto the next available flight."),
 ("p","Cross-border e-commerce imports and exports through Guangzhou reached 210 billion yuan (about 29 billion U.S. dollars) in 2024, up 14 percent year on year, according to local customs."),
 ("p","Companies in clothing, consumer electronics and home furnishings are expected to benefit most from the change, officials said.")],
"""<div class="ng-ed">Editor: Chen Lu</div><div class="ng-rel">Related: <a>Guangdong's foreign trade hits record high</a></div>
<div class="ng-ft">© South China Voice. All Rights Reserved. 粤ICP备14096512号</div>""",
style="div", lang="en", features="English wire copy with only Source: Xinhua, authors []; Editor line not author; dateline inside first paragraph")

page("tt-20", K, "广州南沙至中山跨江通道主桥合龙", ["黎晓彤"], "2025-03-09", 
""".gztv{display:grid;grid-template-columns:2fr 1fr;gap:20px}.art-t{font-size:26px}.art-s{color:#888;font-size:13px}.art-s b{font-weight:normal}""",
"""<header>广州广播电视台 · 花城新闻网 <nav><a>首页</a> <a>广州</a> <a>湾区</a> <a>直播</a> <a>广播</a> <a>花城+</a></nav></header>
<div class="gztv"><article><p class="art-s">首页 / 广州 / 正文</p><h1 class="art-t">广州南沙至中山跨江通道主桥合龙</h1>
<p class="art-s"><b>花城新闻网</b> | <b>2025-03-09</b> | <b>记者：黎晓彤</b> | <b>通讯员：</b></p>""",
[("p","3月8日，随着最后一段钢箱梁精准吊装到位，南沙至中山跨江通道主桥顺利合龙，项目全线贯通进入倒计时。"),
 ("p","该通道全长约26公里，其中跨江主桥为主跨1100米的双塔悬索桥。建设单位相关负责人介绍，主桥钢箱梁共分86个节段，最重的单个节段超过500吨，吊装精度要求控制在毫米级。"),
 ("p","通道建成后，从南沙区中心到中山市区的车程将由目前的约70分钟缩短至30分钟左右，对完善粤港澳大湾区综合交通网络、促进珠江口东西两岸融合发展具有重要意义。"),
 ("p","施工期间，建设单位采取了一系列环保措施，在江面设置防污屏，对施工船舶实行统一管理，最大限度减少对珠江航运和水生生物的影响。"),
 ("p","据悉，项目下一步将进行桥面铺装、交通工程和机电设施安装，计划于2026年上半年建成通车。")],
"""<p class="art-s">编辑：钟磊　校对：许丹　审核：区志强</p></article>
<aside><h3>24小时热榜</h3><ol><li>广州地铁新线开通时间公布</li><li>南沙新增3条公交线路</li><li>周末天气：回南天来了</li></ol><p>""" + img("花城+客户端下载") + """扫码下载花城+</p></aside></div>
<footer>广州市广播电视台主办 粤ICP备05007629号 信息网络传播视听节目许可证 1908xxx</footer>""",
style="p", features="city TV site, two-column; pipe info bar with empty 通讯员： label; 编辑/校对/审核; side hot list; QR caption")

page("tt-21", K, "保定一小区加装电梯“卡壳”两年后终于开工", ["霍婷婷"], "2024/11/19 08:30",
""".yz-head{border-bottom:3px solid #0050a0}.yz-tt{font-size:30px;font-weight:bold}.yz-byline{font-size:14px}.yz-date{color:#888}""",
"""<div class="yz-head">燕赵晚报网 <a>首页</a> <a>民生</a> <a>调查</a> <a>法治</a> <a>帮办</a> <a>电子报</a></div>
<div class="yz-tt">保定一小区加装电梯“卡壳”两年后终于开工</div>
<div class="yz-date">2024/11/19 08:30</div><div class="yz-byline">燕赵晚报记者　霍婷婷</div>""",
[("p","“终于盼到这一天了！”11月18日，在保定市竞秀区某小区3号楼前，看着施工队开始挖掘电梯井基础，住在6楼的72岁居民周大爷激动地说。"),
 ("p","这栋建于1998年的老楼共有12户居民，其中60岁以上老人占一半以上。2022年，居民们就提出了加装电梯的申请，但因一楼住户担心采光和噪声问题，方案迟迟无法通过。"),
 ("h","社区“调解员”上门十余次"),
 ("p","社区党委书记孟丽娟介绍，为化解分歧，社区先后组织协商会6次，邀请设计单位调整电梯井位置，将对一楼的遮挡降到最低，并协调高层住户对一楼给予适当补偿。最终，12户居民全部签字同意。"),
 ("h","费用分摊有了“明白账”"),
 ("p","该电梯总造价约58万元，除申请政府补贴24万元外，其余费用按楼层由高到低分摊，二楼每户出资1.2万元，六楼每户出资5.8万元。目前，竞秀区今年已有43部老楼加装电梯开工。")],
"""<div>（责任编辑：曹欣）</div><div>【帮办热线】0312-3xxxxxx</div>
<div class="yz-rel"><p>相关：石家庄今年老楼加装电梯超过500部</p></div><div>燕赵晚报社 主办 冀ICP备10020111号</div>""",
style="sp", features="city evening paper site; date above byline line 报社记者+U+3000+name (own line); quoted speech lede; sub-headings; bracketed editor")

page("tt-22", K, "北京今冬首场降雪来了 早高峰出行请预留时间", ["谷  雨".replace(" ","")], "11月26日 06:58",
"""body{max-width:480px;margin:auto;font-size:17px}.app-bar{background:#1a1a1a;color:#fff;padding:8px}.t{font-size:22px;font-weight:700}.au{color:#999;font-size:13px}.open{background:#d33;color:#fff;text-align:center}""",
"""<div class="app-bar">""" + img("听北京") + """ 听北京 · 北京广播电视台广播新闻客户端 <span class="open">打开APP</span></div>
<div class="t">北京今冬首场降雪来了 早高峰出行请预留时间</div>
<div class="au">北京交通广播　谷  雨　11月26日 06:58</div>
<div class="au">▶ 收听音频 01:42</div>""",
[("p","今天凌晨，北京迎来今冬首场降雪。市气象台预计，降雪将持续到今天中午前后，城区积雪深度1到3厘米，北部山区可达5厘米。受降雪影响，部分路段湿滑，早高峰期间车速明显下降。"),
 ("p","市交通委提醒，驾车出行要降低车速、加大车距，尽量避免急刹车和急转弯；雪天能见度较低，要及时打开车灯。乘坐公共交通的市民请预留充足出行时间。"),
 ("p","目前，全市已出动扫雪铲冰作业人员3.2万人、机械设备4600余台，重点对立交桥、坡道、桥梁等易结冰路段撒布融雪剂。地铁部门已对地面和高架线路的道岔进行除冰作业，确保列车运行正常。"),
 ("p","市城管委表示，各区已对人行天桥、地铁口、公交站台等重点部位安排专人清扫，做到“雪停路通”。市民如发现积雪结冰影响通行，可拨打12345热线反映。"),
 ("p","另据气象部门消息，降雪过后气温将明显下降，明天早晨最低气温零下6℃，请大家注意防寒保暖。")],
"""<div class="au">编辑：石楠</div><div class="open">打开听北京APP，收听更多精彩内容</div>
<div><b>猜你喜欢</b><p>北京市将于11月中旬正式供暖</p><p>雪天开车这几件事一定要注意</p></div>
<div class="au">© 北京广播电视台 京ICP备10049523号</div>""",
style="p", features="app share page (mobile width); date without year 11月26日 06:58; author with two ASCII spaces after channel name; 打开APP banners; audio player text")

page("tt-23", K, "贵阳市公共自行车系统完成升级 新增站点200个", ["龙  芳".replace(" ",""), "张世杰"], "2016-05-12",
"""body{font-size:12px}.tb{width:950px;margin:auto}.title{font:bold 20px 宋体;text-align:center}.info{text-align:center;background:#f0f0f0;line-height:26px}""",
"""<table class="tb"><tr><td>""" + img("筑城网") + """</td><td>2016年5月12日 星期四 <a>设为首页</a> <a>收藏本站</a></td></tr></table>
<table class="tb"><tr><td>首页</td><td>筑城新闻</td><td>贵州新闻</td><td>国内国际</td><td>社会民生</td><td>娱乐体育</td><td>图片</td><td>论坛</td></tr></table>
<table class="tb"><tr><td>您当前的位置 ：筑城网 &gt; 筑城新闻 &gt; 社会民生</td></tr></table>
<table class="tb"><tr><td class="title">贵阳市公共自行车系统完成升级 新增站点200个</td></tr>
<tr><td class="info">2016-05-12　　来源：筑城晨报　　作者：龙  芳 张世杰　　【字体：<a>大</a> <a>中</a> <a>小</a>】　　【<a>我要评论</a>】</td></tr><tr><td>""",
[("p","筑城晨报讯 记者昨日从贵阳市公共自行车服务有限公司了解到，经过近3个月的升级改造，全市公共自行车系统已全部切换至新平台，市民可直接使用手机扫码租车。"),
 ("p","此次升级新增站点200个，新投放自行车5000辆，站点总数达到1150个，覆盖云岩、南明、观山湖等城区。新平台支持刷公交卡和手机扫码两种租车方式，1小时内免费，超过1小时每小时收费1元。"),
 ("p","“以前办卡要跑服务网点，现在扫码就能骑，方便多了。”在喷水池站点租车的市民王先生说。"),
 ("p","据了解，今年下半年，贵阳还将在花溪、白云、乌当等区建设公共自行车站点，逐步实现中心城区全覆盖。"),
 ("p","该公司负责人提醒，市民还车时须确认锁止指示灯亮起，以免产生额外费用。如遇问题，可拨打服务热线0851-8xxxxxxx。")],
"""</td></tr><tr><td>（编辑：钱程）</td></tr><tr><td><b>相关新闻：</b><br>·贵阳将新建城市慢行系统 (2016-04-20)<br>·观山湖区新增公交线路5条 (2016-03-28)</td></tr>
<tr><td align="center">网友评论　<a>查看所有评论</a><br><textarea>请文明上网，理性发言</textarea></td></tr></table>
<table class="tb"><tr><td align="center">筑城网版权所有　黔ICP备09002367号　互联网新闻信息服务许可证</td></tr></table>""",
style="sp", bodywrap=("",""), features="2016 table layout portal; dateline with weekday in banner; 作者 with spaced name; 筑城晨报讯 记者 … (no name in body); comment box textarea")

page("tt-24", K, "深圳福田试点“AI+社区服务” 居民办事平均跑腿减少一半", ["林雪", "田源"], "2025-05-13 22:05:47",
"""body{font-family:sans-serif}.sz-h{font-size:28px}.sz-meta{display:flex;gap:16px;color:#999;font-size:13px}.yuan{color:#666;font-size:14px}""",
"""<div class="sz-top">深港在线 <a>首页</a> <a>深圳</a> <a>区域</a> <a>财经</a> <a>科技</a> <a>评论</a> <input placeholder="输入关键词"></div>
<div>深港在线 &gt; 深圳 &gt; 区域新闻 &gt; 福田</div>
<h1 class="sz-h">深圳福田试点“AI+社区服务” 居民办事平均跑腿减少一半</h1>
<div class="sz-meta"><span>2025-05-13 22:05:47</span><span>来源：深圳特区日报</span></div>""",
[("x",'<p class="yuan">原标题：“数字社工”上岗，福田居民办事少跑一半路</p>'),
 ("x",'<p class="yuan">深圳特区日报记者　林　雪　通讯员　田源</p>'),
 ("p","社区里来了“数字社工”。记者近日从福田区政务服务数据管理局获悉，该区在沙头、莲花等5个街道的20个社区试点“AI+社区服务”，居民在社区党群服务中心就能办理养老、医保、居住证等112项高频事项。"),
 ("p","在莲花北社区，70岁的陈伯通过语音对话完成了高龄津贴申领。“它说话慢，听得懂我的口音，还会一步步提醒我拿证件。”陈伯说。"),
 ("p","据统计，试点3个月来，“数字社工”累计服务居民4.6万人次，事项平均办理时长由25分钟缩短至9分钟，居民跑腿次数减少约一半。社区工作人员也从繁琐的表格填报中解放出来，有更多时间入户走访。"),
 ("p","记者在现场看到，“数字社工”还能根据居民的身份信息主动提醒可以办理的事项，例如提醒即将年满80岁的老人提前准备高龄津贴申领材料。"),
 ("p","福田区有关负责人表示，年内将把试点扩大到全区所有社区，并严格做好居民个人信息保护。")],
"""<div class="sz-ed">【编辑：朱晓舟】</div><div>分享到 微信 朋友圈 微博</div>
<div class="sz-rel"><b>延伸阅读</b><p>深圳政务服务“秒批”事项超过500项</p></div>
<footer>深港在线 版权所有 粤ICP备06112849号 粤公网安备 44030402000562号</footer>""",
style="p", features="portal reprint: 原标题 line and 记者/通讯员 byline line above body (not body), 记者 with U+3000-spaced name and 通讯员 both authors")
