"""12 central/provincial/city media pages (2 in English)."""
from kit import *

P = []
PORTAL_FOOT = '<div class="foot">关于我们 | 广告服务 | 联系方式 | 版权声明<br>互联网新闻信息服务许可证：{lic}　{icp}　{ga}<br>违法和不良信息举报电话：{tel}</div>'

# ys-13 新华社 通稿 reprinted on a portal (dateline byline inside first paragraph)
P.append(dict(id="ys-13", kind="news portal 新华社通稿", title="长江上游首座智能化梯级船闸群完成通航试验",
 authors=["刘恩黎","赵宇飞"], pt="2025-06-03 14:26:08",
 body=["新华社重庆6月3日电（记者 刘恩黎 赵宇飞）记者3日从长江重庆航运工程勘察设计院获悉，长江上游首座智能化梯级船闸群——嘉陵江利泽航运枢纽船闸群日前完成全流程通航试验，标志着嘉陵江全江渠化进入收官阶段。",
  "据介绍，该船闸群采用闸室水位自动感知、船舶智能调度和远程集中控制等技术，船舶过闸时间由原来的平均70分钟缩短至45分钟左右，年单向设计通过能力达到1500万吨。",
  "嘉陵江是长江上游重要支流，流经陕西、甘肃、四川、重庆四省市。利泽航运枢纽建成后，可渠化航道约60公里，千吨级船舶可从重庆主城直达四川广元。",
  "专家表示，嘉陵江航道条件改善后，将进一步降低沿线地区大宗货物运输成本，助力川渝地区融入长江黄金水道物流体系。"],
 parts=['<div class="topbar"><div class="w">华龙网 | 重庆 | <a>登录</a> <a>注册</a> | 手机版</div></div>',
  '<div class="banner blue"><div class="w">华龙网-新重庆客户端 '+search("搜新闻")+'</div></div>', nav(["首页","时政","区县","财经","文旅","评论","视频"]),
  '<div class="w"><div class="crumb">华龙网 &gt; 新闻 &gt; 国内</div>',
  '<h1>长江上游首座智能化梯级船闸群完成通航试验</h1>',
  '<div class="info">2025-06-03 14:26:08　来源：新华社　<span>评论(12)</span></div>',
  '<div class="main">{BODY}</div>', '<p>编辑：蒲小丽　审核：孙磊</p>', share(),
  lst("相关阅读",["川渝联手打造嘉陵江绿色航运示范带","重庆港水运货物吞吐量前5月同比增长8%","长江干线水上安全形势总体平稳"]),
  lst("热点排行",["重庆发布高温橙色预警","主城都市区新开通3条公交线路","第十届川渝美食节开幕"], "ol"), '</div>',
  PORTAL_FOOT.format(lic="50120170001",icp="渝ICP备05006236号",ga="渝公网安备50010302000212号",tel="023-63907200")]))

# ys-14 province portal reprint, 来源 glued to the headline's date; 原标题 line
P.append(dict(id="ys-14", kind="news provincial portal reprint, 来源 glued to date, 原标题", title="贵州“村超”带火乡村游 榕江暑期接待游客超300万人次",
 authors=["顾星欣"], pt="2025-08-21 10:05",
 body=[("raw","<p>原标题：“村超”热度不减 乡村游持续升温</p>"),
  "8月20日晚，贵州省黔东南州榕江县城北新区体育场内座无虚席，第三届“村超”夏季联赛进入八强争夺。来自全国各地的游客举着手机记录比赛，场边侗族大歌与啦啦队的呐喊声此起彼伏。",
  "据榕江县文体广电旅游局统计，今年7月以来，全县累计接待游客312.6万人次，实现旅游综合收入33.4亿元，同比分别增长21.7%和24.3%。",
  "“村超”的火爆也带动了周边乡村。忠诚镇、栽麻镇等地的民宿入住率在周末接近饱和，当地农户将自产的百香果、西瓜、腌鱼等摆上直播间，日均销售额突破60万元。",
  "榕江县负责人表示，将持续做好“村超+”文章，完善交通接驳、住宿餐饮等配套，推动流量转化为发展增量。"],
 parts=['<div class="topbar"><div class="w">多彩贵州网 | 客户端 | 登录</div></div>','<div class="banner green"><div class="w">多彩贵州网</div></div>',
  nav(["首页","要闻","时政","经济","社会","文旅"]),
  '<div class="w"><h1>贵州“村超”带火乡村游 榕江暑期接待游客超300万人次</h1>',
  '<div class="info">2025-08-21 10:05来源：新华日报作者：顾星欣</div>',
  '<div class="main">{BODY}</div>', '<p>【责任编辑：龙梅】</p>',
  lst("推荐阅读",["黔东南州推出10条避暑旅游线路","“村BA”总决赛下月开赛","贵州今夏旅游人次同比增长"]), '</div>',
  PORTAL_FOOT.format(lic="52120170002",icp="黔ICP备09001543号",ga="贵公网安备52010302000178号",tel="0851-86828765")]))

# ys-15 新闻发布会 report (not a transcript)
P.append(dict(id="ys-15", kind="news city media 新闻发布会 report", title="长沙发布今年首批“揭榜挂帅”科技项目 最高支持1000万元",
 authors=["刘捷萍"], pt="2025年3月27日 11:20",
 body=["3月26日，长沙市政府新闻办举行新闻发布会，市科技局发布2025年首批“揭榜挂帅”科技项目榜单，涉及工程机械、先进储能材料、生物医药等领域共18个项目。",
  "市科技局副局长邓振宇在发布会上介绍，此次榜单由企业提出技术需求，面向全国征集解决方案，单个项目最高可获市级财政支持1000万元，“谁能干就让谁干”，不设揭榜主体的所在地和资历门槛。",
  "发布会上，三一重工、中联重科等榜单发布企业代表介绍了各自的技术需求。据悉，2023年以来，长沙累计实施“揭榜挂帅”项目72个，带动企业研发投入超过15亿元。",
  "揭榜申报截止时间为5月31日，有意向的单位可登录长沙市科技局官网查看榜单详情。"],
 parts=['<div class="banner"><div class="w">新湖南·长沙晚报网 '+search("请输入搜索内容")+'</div></div>', nav(["首页","长沙","要闻","民生","区县","图片"]),
  '<div class="w"><div class="crumb">当前位置：首页 &gt; 要闻</div>',
  '<h1>长沙发布今年首批“揭榜挂帅”科技项目 最高支持1000万元</h1>',
  '<div class="info">长沙晚报全媒体记者 刘捷萍　2025年3月27日 11:20　阅读量：4.2万</div>',
  '<div class="main">{BODY}</div>', '<p>责编：蒋晓芸　一审：李卓　二审：彭姣　三审：易兴</p>',
  lst("相关新闻",["长沙新增国家级专精特新“小巨人”企业","长沙高新区发布人才新政","湖南今年将实施十大技术攻关项目"]), '</div>',
  PORTAL_FOOT.format(lic="43120180001",icp="湘ICP备12001265号",ga="湘公网安备43010202000421号",tel="0731-84329000")]))

# ys-16 评论 with a pen name at the top
P.append(dict(id="ys-16", kind="news 评论 pen name at top", title="让“一刻钟便民生活圈”更有烟火气",
 authors=["楚望"], pt="2024-10-09 07:30",
 body=["买菜、修鞋、配钥匙，步行一刻钟就能办成，这是很多城市居民对美好生活最朴素的期待。近日，武汉市新认定一批“一刻钟便民生活圈”试点社区，引发不少关注。",
  "便民生活圈建得好不好，关键看居民是否真正方便。一些地方在建设中存在“重硬件、轻运营”的倾向，商业综合体建得漂亮，修鞋摊、裁缝铺这类小业态却没了容身之地。",
  "烟火气来自人，也来自那些看似不起眼的小生意。规划部门在布点时，不妨多听听老街坊的意见，给“小店经济”留出空间；管理部门在整治占道经营时，也应当疏堵结合，划定便民摊点区。",
  "城市是人民的城市。把便民生活圈建在群众心坎上，城市才会既有颜值，又有温度。"],
 parts=['<div class="topbar"><div class="w">长江网 | 武汉 | 登录</div></div>','<div class="banner blue"><div class="w">长江网·长江评论</div></div>', nav(["首页","武汉","评论","城市留言板","视频"]),
  '<div class="w"><div class="crumb">长江网 > 评论 > 长江时评</div>',
  '<p style="text-align:center;color:#999">□ 楚望</p>',
  '<h1>让“一刻钟便民生活圈”更有烟火气</h1>', '<div class="info">2024-10-09 07:30 | 来源：长江日报 | <span>评论 36</span></div>',
  '<div class="main">{BODY}</div>', '<p>【编辑：宋晓华】</p>',
  lst("更多评论",["文明养犬需要人人尽责","为社区食堂点赞也要算好经济账","让更多年轻人爱上非遗"]), '</div>',
  PORTAL_FOOT.format(lic="42120170003",icp="鄂ICP备09018456号",ga="鄂公网安备42010202000311号",tel="027-85778800")]))

# ys-17 视频 page, headline under the video's title area
P.append(dict(id="ys-17", kind="news 视频 page", title="直击｜恩施大峡谷景区开通首条山地观光小火车",
 authors=["谭莉","向思思"], pt="2025-05-01 18:02",
 body=["5月1日，恩施大峡谷景区山地观光小火车正式开通运营，首日运送游客约6000人次。",
  "小火车线路全长4.2公里，连接景区游客中心与云龙河地缝，沿途设置3个观景站点，游客可以在车厢内欣赏绝壁、峰丛和土家吊脚楼景观。",
  "“以前从游客中心到地缝要走40多分钟山路，现在坐小火车15分钟就到了，老人小孩都很方便。”来自武汉的游客陈女士说。",
  "据了解，“五一”假期恩施大峡谷景区实行分时段预约，每日最大承载量控制在5万人次以内。"],
 parts=['<div class="banner"><div class="w">云上恩施 | 恩施州融媒体</div></div>', nav(["首页","新闻","视频","直播","服务"]),
  '<div class="w"><div class="player" style="background:#000;color:#fff;height:300px;text-align:center">视频加载中…<br>00:00 / 02:36</div>',
  '<h1>直击｜恩施大峡谷景区开通首条山地观光小火车</h1>',
  '<div class="info">2025-05-01 18:02　播放量 3.1万　记者：谭莉 向思思</div>',
  '<div class="main">{BODY}</div>', '<p>剪辑：黄涛　编辑：杨柳　审核：邓洪</p>',
  lst("更多视频",["02:11 鹤峰茶园采茶忙","01:48 利川腾龙洞迎客流高峰","03:05 恩施硒茶品牌推介会"]), '</div>',
  PORTAL_FOOT.format(lic="42120200011",icp="鄂ICP备15004783号",ga="鄂公网安备42280102000051号",tel="0718-8234567")]))

# ys-18 组图 page with four captions; text short intro + captions are not body
P.append(dict(id="ys-18", kind="news 组图 four captions", title="组图：重庆万州“枇杷节”开幕 果农采摘忙",
 authors=["冉孟军"], pt="2024-05-18 16:45:20",
 body=["5月18日，2024年重庆万州枇杷节在白羊镇开幕。目前，白羊、甘宁、长岭等镇的3.6万亩枇杷进入成熟采摘期，预计总产量4.5万吨，产值超过3亿元。",
  "开幕式现场设置了枇杷品鉴区、电商直播区和农特产品展销区，吸引了大量市民游客前来采摘游玩。当地还推出了枇杷酒、枇杷膏等深加工产品，延长产业链条，带动农户增收。",
  "近年来，万州区坚持“以节为媒、以节促旅”，把水果采摘节与乡村旅游、农村电商结合起来，枇杷产业已成为当地群众增收致富的重要支柱产业。",
  ("img","枇杷节开幕","5月18日，游客在白羊镇枇杷园采摘枇杷。"),
  ("img","","果农将刚摘下的枇杷装箱。"),
  ("img","直播带货","主播在电商直播区推介枇杷。"),
  ("img","","游客品尝枇杷深加工产品。")],
 parts=['<div class="topbar"><div class="w">上游新闻 | 下载APP | 登录</div></div>','<div class="banner blue"><div class="w">上游新闻·重庆晨报</div></div>', nav(["首页","重庆","区县","图片","财经"]),
  '<div class="w"><div class="crumb">首页 / 图片 / 组图</div>',
  '<h1>组图：重庆万州“枇杷节”开幕 果农采摘忙</h1>',
  '<div class="info">2024-05-18 16:45:20 上游新闻 摄影记者：冉孟军 文：冉孟军</div>',
  '<div class="main">{BODY}</div>', '<p>1/4 上一张 下一张 查看原图</p>', '<p>责任编辑：程婧</p>', '</div>',
  PORTAL_FOOT.format(lic="50120180005",icp="渝ICP备16003754号",ga="渝公网安备50010802001822号",tel="023-63676110")]))

# ys-19 English 1: headline, one-sentence standfirst, writer under it
P.append(dict(id="ys-19", kind="news English standfirst + writer", lang="en", title="Chongqing opens new rail freight route to Central Asia",
 authors=["Tan Yingzi"], pt="2025-04-22 09:18",
 body=["A freight train loaded with motorcycles, auto parts and home appliances left Chongqing's Tuanjiecun Central Station on Monday for Almaty, Kazakhstan, launching a new rail service that local officials say will cut delivery times by about four days.",
  "The train, carrying 50 containers, is expected to reach its destination in around 10 days via the Alataw Pass in the Xinjiang Uygur autonomous region, according to the operator, Chongqing Land Port Group.",
  "\"Before, many of our clients had to wait for containers to be consolidated in other cities,\" said Li Wei, a logistics manager with a local motorcycle exporter. \"Now we can book space directly and plan production more precisely.\"",
  "Chongqing handled more than 5,000 China-Europe Railway Express trips last year, the highest among Chinese cities, and the municipality plans to add routes to Uzbekistan and Turkmenistan later this year."],
 parts=['<div class="topbar"><div class="w">Home | Sign in | Subscribe | 中文</div></div>','<div class="banner blue"><div class="w">China Daily · Chongqing '+search("Search")+'</div></div>',
  nav(["China","World","Business","Lifestyle","Culture","Travel","Opinion"]),
  '<div class="w"><div class="crumb">Home / China / Regional</div>',
  '<h1>Chongqing opens new rail freight route to Central Asia</h1>',
  '<p style="text-align:center;font-style:italic">A new service promises to shave four days off deliveries to Kazakhstan.</p>',
  '<p style="text-align:center">By TAN YINGZI in Chongqing | chinadaily.com.cn | Updated: 2025-04-22 09:18</p>',
  '<div class="main">{BODY}</div>', share(),
  lst("Related Stories",["Chongqing port throughput hits record high","Western land-sea corridor expands","Rail links boost inland trade"]),
  lst("Most Viewed",["Travelers flock to mountain towns","New energy vehicle exports surge"], "ol"), '</div>',
  '<div class="foot">Copyright 1995 - 2025. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).</div>']))

# ys-20 English 2: Editor: only → authors []
P.append(dict(id="ys-20", kind="news English Editor only", lang="en", title="Hunan's Zhangjiajie sees tourist boom as visa-free policy expands",
 authors=[], pt="2025-07-08",
 body=["Zhangjiajie in Central China's Hunan province received more than 410,000 inbound tourist visits in the first half of the year, up 68 percent year-on-year, local authorities said on Monday.",
  "Visitors from the Republic of Korea remained the largest group, followed by tourists from Southeast Asia, Europe and the United States. Officials credited the expansion of the 240-hour visa-free transit policy and new direct flights from Seoul, Busan and Bangkok.",
  "The city has added multilingual signs at major scenic spots, and hotels and restaurants now accept foreign bank cards and mobile payment apps linked to overseas accounts.",
  "\"The mountains look like the ones in the movie Avatar, and the glass bridge was thrilling,\" said Kim Min-jun, a tourist from Seoul.",
  "Zhangjiajie plans to host an international mountain tourism festival in October to attract more overseas visitors."],
 parts=['<div class="banner green"><div class="w">Hunan · Global Window '+search("Enter keywords")+'</div></div>', nav(["Home","News","Business","Travel","Culture","Photos"]),
  '<div class="w"><div class="crumb">You are here: Home &gt; News</div>',
  '<h1>Hunan\'s Zhangjiajie sees tourist boom as visa-free policy expands</h1>',
  '<div class="info">Source: Xinhua | 2025-07-08 | Font size: A A A</div>',
  '<div class="main">{BODY}</div>', '<p>Editor: Zhou Yan</p>',
  lst("Related news",["Changsha welcomes more foreign visitors","Hunan opens new international air routes"]), '</div>',
  '<div class="foot">Sponsored by the Information Office of Hunan Provincial People\'s Government. 湘ICP备05003459号</div>']))

# ys-21 provincial news site, 本报讯（记者 … 通讯员 …）, tabbed info bar order reversed
P.append(dict(id="ys-21", kind="news provincial 本报讯 记者 通讯员", title="四川首个县域低空经济产业园在广汉投运",
 authors=["史晓露","陈静"], pt="2025-09-16",
 body=["本报讯（记者 史晓露 通讯员 陈静）9月15日，四川首个县域低空经济产业园——广汉低空经济产业园正式投运，首批入驻无人机研发制造、通航运营等企业23家。",
  "产业园位于广汉市三星堆镇，规划面积1.2平方公里，依托中国民航飞行学院广汉分院的飞行训练资源，建设了无人机测试场、适航审定服务中心和低空飞行服务站。",
  "园区相关负责人介绍，今年年内将开通广汉至成都天府国际机场的低空物流试验航线，并与德阳市各县（市、区）开展农林植保、应急救援等低空应用场景合作。",
  "据测算，到2027年，产业园年产值有望突破50亿元，带动就业3000人以上。"],
 parts=['<div class="topbar"><div class="w">四川在线 | 川观新闻 | 登录</div></div>','<div class="banner"><div class="w">四川日报网</div></div>', nav(["首页","时政","经济","市州","观点","视觉"]),
  '<div class="w"><div class="crumb">首页 > 市州 > 德阳</div>',
  '<h1>四川首个县域低空经济产业园在广汉投运</h1>',
  '<div class="info">四川日报 | 2025-09-16 | 字号 A+ A-</div>',
  '<div class="main">{BODY}</div>', '<p>编辑：鲜敏　审核：刘杰</p>',
  lst("相关阅读",["成都低空经济产业规模突破百亿","四川出台支持低空经济发展若干措施"]), '</div>',
  PORTAL_FOOT.format(lic="51120170001",icp="蜀ICP备05003293号",ga="川公网安备51010402000107号",tel="028-86968000")]))

# ys-22 city news: end-of-body byline in parentheses, two names
P.append(dict(id="ys-22", kind="news city end byline in parentheses", title="黔南州今年新增城镇就业岗位2.8万个",
 authors=["罗婷","韦丽娟"], pt="2024-12-03 17:30",
 body=["记者从黔南州人力资源和社会保障局获悉，今年1至11月，全州城镇新增就业2.8万人，完成全年目标任务的112%；城镇调查失业率控制在5.2%以内。",
  "今年以来，黔南州先后举办“春风行动”“民营企业服务月”等线上线下招聘会146场，提供岗位7.6万个；发放创业担保贷款2.3亿元，扶持创业1900余人，带动就业5100余人。",
  "针对高校毕业生群体，黔南州开发见习岗位3200个，对吸纳就业困难人员的企业给予社会保险补贴。同时，全州建成“就业之家”和零工市场41个，为灵活就业人员提供岗位对接、技能培训等服务。（罗婷 韦丽娟）"],
 parts=['<div class="banner green"><div class="w">黔南日报·黔南州融媒体中心</div></div>', nav(["首页","黔南要闻","县市动态","民生","专题"]),
  '<div class="w"><div class="crumb">当前位置：首页 &gt; 黔南要闻</div>',
  '<h1>黔南州今年新增城镇就业岗位2.8万个</h1>', '<div class="info">发布时间：2024-12-03 17:30 | 来源：黔南日报 | 编辑：蒙雪</div>',
  '<div class="main">{BODY}</div>', '<p>【打印】【关闭】</p>', '</div>',
  PORTAL_FOOT.format(lic="52120200004",icp="黔ICP备17004315号",ga="贵公网安备52270102000033号",tel="0854-8223561")]))

# ys-23 中央媒体 客户端 article, author under title, 2-line headline joined
P.append(dict(id="ys-23", kind="news central media, long headline in two lines", title="湘江流域重金属治理十年：从“污染之痛”到“生态之美”",
 authors=["孙振","王云娜"], pt="2024年08月26日06:00",
 body=["从株洲清水塘到湘潭竹埠港，再到衡阳水口山，湘江沿岸曾经的重化工业聚集区，如今一片片成了生态公园和科创园区。",
  "2013年起，湖南省将湘江保护和治理列为省政府“一号重点工程”，连续实施三个“三年行动计划”，累计关停涉重金属企业1100余家，治理历史遗留废渣2400余万吨。",
  "数据显示，湘江干流断面水质连续多年保持在Ⅱ类以上，水体中镉、铅等重金属浓度较十年前下降超过60%。江豚、中华秋沙鸭等珍稀物种重新出现在湘江流域。",
  "在株洲清水塘老工业区，原先的冶炼厂房被改造成工业遗址公园，周边新引进的轨道交通和新材料企业已超过200家。“治好了污染，也换来了发展空间。”当地干部说。"],
 parts=['<div class="topbar"><div class="w">人民网 > 湖南频道 | 手机看 | 登录</div></div>','<div class="banner"><div class="w">人民网·湖南频道</div></div>', nav(["首页","时政","社会","经济","科教","图片"]),
  '<div class="w"><div class="crumb">人民网 >> 湖南频道 >> 要闻</div>',
  '<h1>湘江流域重金属治理十年：<br>从“污染之痛”到“生态之美”</h1>',
  '<p style="text-align:center">人民日报记者　孙　振　王云娜</p>',
  '<div class="info">2024年08月26日06:00 | 来源：人民网－人民日报</div>', share(),
  '<div class="main">{BODY}</div>', '<p>(责编：刘宇轩、章华维)</p>', '<p>分享让更多人看到</p>',
  lst("推荐阅读",["湖南推进洞庭湖总磷污染控制","湘江新区发布科创政策"]), '</div>',
  '<div class="foot">人民日报社概况 | 关于人民网 | 报社招聘 | 招聘英才<br>人民网版权所有，未经书面授权禁止使用<br>Copyright © 1997-2024 by www.people.com.cn. all rights reserved</div>']))

# ys-24 city TV station news page, 2010s table layout, 记者：in info bar after date
P.append(dict(id="ys-24", kind="news city TV station, table layout", title="襄阳今年将改造老旧小区186个",
 authors=["曹翔","许婷婷"], pt="2025-02-26 20:15",
 body=["2月26日，记者从襄阳市住建局获悉，今年全市计划改造2000年底前建成的城镇老旧小区186个，涉及居民2.1万户，计划总投资9.6亿元。",
  "改造内容分为基础类、完善类和提升类三类。基础类主要解决水电气路等设施老化问题；完善类重点加装电梯、建设停车位和充电桩；提升类则推进养老托育、便民市场等公共服务设施建设。",
  "市住建局相关负责人表示，今年将坚持“一小区一方案”，改造前充分征求居民意见，施工中邀请居民代表参与质量监督，确保改造项目干一个、成一个、群众满意一个。"],
 parts=['<table width="100%" bgcolor="#1f5fa8"><tr><td><font color="#fff" size="5">襄阳广播电视台 · 襄阳新闻网</font></td><td>'+search("输入关键字")+'</td></tr></table>',
  '<table width="100%"><tr><td>首页 | 新闻 | 电视 | 广播 | 专题 | 直播</td></tr></table>',
  '<table width="100%"><tr><td>', '<h1>襄阳今年将改造老旧小区186个</h1>',
  '<div class="info">时间：2025-02-26 20:15 记者：曹翔 许婷婷 来源：襄阳新闻 点击：</div>',
  '{BODY}', '<p>【<a>关闭窗口</a>】</p></td></tr></table>',
  '<div class="foot">版权所有：襄阳广播电视台 鄂ICP备09006754号 鄂公网安备 42060202000177号</div>']))
