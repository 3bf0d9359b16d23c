from lib import *
CM = "body{margin:0;font-family:'PingFang SC',sans-serif}.nav{background:#c00;color:#fff;padding:6px}.nav a{margin:0 10px}.main{width:1000px;margin:auto}.sub{color:#555}.src{color:#888;font-size:13px}.cap{font-size:13px;color:#666;text-align:center}.rel li{font-size:14px}.ft{background:#eee;font-size:12px;padding:12px}"
CE = "body{font-family:Georgia,serif;margin:0}.bar{background:#123;color:#fff;padding:8px}.art{max-width:760px;margin:auto}.by{color:#666;font-size:14px}.cap{font-size:13px;color:#777}.ft{font-size:12px;color:#888;padding:10px}"

b = ["本报讯（记者 王思远 通讯员 郭 宁）4月15日，满载着320个标准箱汽车零部件的中欧班列从鞍平国际陆港缓缓驶出，将经满洲里口岸出境，18天后抵达德国杜伊斯堡。这是今年鞍平开出的第100列中欧班列，比去年提前了47天。",
 "鞍平国际陆港运营公司负责人介绍，今年以来，陆港新开通了至匈牙利布达佩斯、波兰马拉舍维奇的两条线路，货源从过去以钢材为主扩展到汽车零部件、家电、食品等200多个品类。",
 "为提高通关效率，海关部门在陆港推行“提前申报、到港验放”模式，班列平均通关时间压缩到2小时以内。企业还可通过“陆港通”平台在线订舱、查询运输轨迹。",
 "“以前货物要先运到大连再转海运，现在直接从家门口出发，运输时间缩短了一半。”辽宁恒锐汽车部件有限公司物流经理说。",
 "据统计，一季度鞍平陆港完成集装箱作业量4.6万标箱，同比增长31.2%。"]
h = f'''<div class="nav">辽沈晨报 <a>首页</a><a>要闻</a><a>辽宁</a><a>财经</a><a>体育</a> <span style="float:right">登录 | 注册</span></div><div class="main">
<p class="src">辽沈晨报网 &gt; 辽宁 &gt; 正文</p><p class="sub">今年提前47天实现百列目标</p>
<h1>鞍平陆港第100列中欧班列发车</h1>
<p class="src">2025-04-16 07:32　来源：辽沈晨报　责任编辑：赵一帆</p>
{ps(b)}{img("中欧班列","4月15日，中欧班列从鞍平国际陆港发车。 记者 王思远 摄")}
<ul class="rel"><li>沈阳至莫斯科冷链班列常态化开行</li><li>一季度辽宁外贸进出口同比增长</li></ul></div>
<div class="ft">辽沈晨报社版权所有 未经授权禁止转载　辽ICP备08009913号　互联网新闻信息服务许可证：21120180003</div>'''
add("qb-13","media","鞍平陆港第100列中欧班列发车",["王思远","郭宁"],"2025-04-16 07:32",b,doc("鞍平陆港第100列中欧班列发车_辽沈晨报网",CM,h),feats="引题 above title; 本报讯（记者 … 通讯员 …）; photo caption with 摄")

b = ["外滩边的一栋百年老楼里，年轻的修复师们正拿着棉签，一点点清理一块彩色玻璃窗上的污渍。这里是上海市历史建筑保护修缮工作室，去年起向市民开放预约参观。",
 "工作室负责人说，上海现存优秀历史建筑一千余处，很多建筑的木窗、铁艺、马赛克地坪都已难以找到原厂配件，只能靠手工复原。“一扇钢窗的修复，有时候要花上一个月。”",
 "近两年，越来越多的“90后”“00后”加入了修缮队伍。26岁的孙艺菲本科学的是建筑学，毕业后选择留在工作室。她说，每修好一处构件，就像和几十年前的匠人对了一次话。",
 "为培养更多专业人才，上海多所高职院校开设了古建筑修缮相关专业，工作室也与学校共建实训基地。今年计划接收实习生40名。",
 "“城市更新不是推倒重来，而是让老建筑继续活在今天。”修复师们说。"]
h = f'''<div class="nav">申江观察 <a>首页</a><a>上海</a><a>城市</a><a>文化</a> <input placeholder="搜索新闻"></div><div class="main">
<h1>在百年老楼里“修时光”</h1><p class="sub">——走近上海历史建筑修缮师</p>
<p class="src">作者：许　可　杨帆　2025年03月22日 09:05　来源：申江观察　阅读 1.2万</p>
{img("修缮师","修缮师在清理彩色玻璃窗。")}{ps(b)}
<p class="src">编辑：沈　悦　校对：丁磊</p><p>分享到：<a>微信</a> <a>微博</a> <a>复制链接</a></p>
<h3>推荐阅读</h3><ul class="rel"><li>武康路上的梧桐为何不会被砍</li><li>上海今年启动20处历史建筑修缮</li></ul></div>
<div class="ft">沪ICP备13044781号-1　沪公网安备31010602004417号　举报电话：021-6058××00</div>'''
add("qb-14","media","在百年老楼里“修时光”",["许可","杨帆"],"2025年03月22日 09:05",b,doc("申江观察",CM,h),feats="副题 with ——; spaced name 许　可 in 作者 bar; 校对")

b = ["新华社福州4月23日电　福建省统计局23日发布数据显示，一季度福建省地区生产总值同比增长5.6%，规模以上工业增加值增长6.8%。",
 "从产业看，电子信息、先进装备制造和新能源产业增长较快，锂电池、光伏电池产量分别增长22.4%和17.9%。",
 "消费市场保持回暖。一季度全省社会消费品零售总额同比增长5.1%，其中通讯器材类、新能源汽车零售额增长较快。",
 "外贸方面，全省货物贸易进出口总额同比增长4.3%，对共建“一带一路”国家进出口占比提高到53.7%。",
 "统计部门相关负责人表示，一季度全省经济开局良好，但外部环境复杂多变，仍需进一步巩固经济回升向好态势。下一阶段，福建将继续扩大有效投资，稳定外贸外资基本盘，推动经济持续健康发展。"]
h = f'''<div class="nav">海峡都市网 <a>首页</a><a>福建</a><a>财经</a><a>视频</a></div><div class="main"><p class="src">首页 » 财经 » 正文</p>
<h1>一季度福建GDP同比增长5.6%</h1><p class="src">2025-04-23 18:11:06　来源：新华社</p>{ps(b)}
<p class="src">【纠错】　责任编辑：陈晨</p><ul class="rel"><li>福州地铁6号线客流创新高</li><li>厦门港一季度集装箱吞吐量增长</li></ul></div>
<div class="ft">闽ICP备05021347号　版权所有 海峡都市网</div>'''
add("qb-15","media","一季度福建GDP同比增长5.6%",[],"2025-04-23 18:11:06",b,doc("海峡都市网",CM,h),feats="wire copy with only a source; 电头 in first paragraph; 【纠错】")

b = ["近日，青海湖裸鲤救护中心迎来今年首批人工增殖放流，约120万尾裸鲤鱼苗被放入青海湖。",
 "青海湖裸鲤俗称“湟鱼”，是青海湖特有鱼类，也是维系“鱼鸟共生”生态链的关键物种。上世纪六七十年代，由于过度捕捞，裸鲤资源一度濒临枯竭。",
 "自2002年起，青海湖实施封湖育鱼，至今已连续开展增殖放流二十余年。监测数据显示，青海湖裸鲤资源量已由2002年的2592吨恢复到目前的12万吨以上。",
 "“每年六七月份，河道里洄游产卵的湟鱼密密麻麻，游客站在桥上就能看到。”救护中心工作人员多杰才让说。",
 "据介绍，今年救护中心计划全年放流裸鲤鱼苗1000万尾，并将继续开展洄游通道改造和繁殖期巡护工作。救护中心也提醒游客，在湖边和河道观赏湟鱼时不要下水捕捞或投喂，共同守护这一高原特有物种。",
 "文/本报记者 韩晓燕　图/受访单位提供"]
h = f'''<div class="nav">高原日报 <a>首页</a><a>青海新闻</a><a>生态</a><a>民生</a></div><div class="main">
<h1>青海湖迎来今年首批湟鱼增殖放流</h1><p class="src">2025/5/9 08:02:00　来源：高原日报</p>
{img("放流现场","工作人员在放流湟鱼鱼苗。")}{ps(b[:5])}<p style="text-align:right">{e(b[5])}</p>
<p class="src">编辑：马丽　审核：刘振东</p><p>扫码下载高原日报客户端</p>{img("客户端二维码")}</div><div class="ft">青ICP备09001011号-1</div>'''
add("qb-16","media","青海湖迎来今年首批湟鱼增殖放流",["韩晓燕"],"2025/5/9 08:02:00",b[:5],doc("高原日报",CM,h),feats="closing byline 文/…图/ as standalone line; single-digit date with seconds")

b = ["“家门口就能看病，还不用排长队，真方便！”4月26日一大早，家住辽宁省北镇县广宁乡的村民刘桂兰在村卫生室做完了血压和血糖检测。",
 "去年以来，北镇县推进县域医共体建设，县人民医院的医生每周到乡镇卫生院坐诊，村卫生室配备了远程心电设备，村民的检查结果可以实时传到县医院由专家诊断。",
 "广宁乡卫生院院长介绍，医共体运行一年多来，卫生院门诊量增长了三成，县外转诊率明显下降。一些原本要到县城甚至沈阳才能做的检查，现在在乡里就能完成，村民每年能省下不少路费和时间。",
 "为解决基层人才短缺问题，北镇县还实行“县招乡用、乡聘村用”机制，今年新招聘的24名医学毕业生全部下沉到乡镇卫生院。",
 "下一步，该县计划在所有行政村实现医保结算全覆盖，让农民群众在家门口就能看得上病、看得好病。"]
h = f'''<div class="nav">北方新闻网 <a>首页</a><a>辽宁</a><a>健康</a></div><div class="main"><p class="src">首页 &gt; 健康 &gt; 正文</p>
<h1>县域医共体让村民看病少跑路</h1><p class="src">2025-04-27 10:26　来源：北方新闻网</p>
<p>北方新闻网记者 张　晗</p>{ps(b)}<p class="src">[责任编辑：金鑫]</p>
<div>上一篇：大连新增两条公交线路<br>下一篇：丹东草莓迎来采摘季</div></div><div class="ft">辽ICP备10201234号-2　网上有害信息举报：024-2233××51</div>'''
add("qb-17","media","县域医共体让村民看病少跑路",["张晗"],"2025-04-27 10:26",b,doc("北方新闻网",CM,h),feats="standalone first-line byline with spaced name; [责任编辑]")

b = ["大型原创话剧《海丝长歌》4月30日晚在泉州大剧院首演，全场座无虚席。",
 "该剧以宋元时期泉州港为背景，讲述了一个海商家族三代人扬帆远航、与海外商人互通有无的故事。剧中大量融入南音、梨园戏和提线木偶等闽南传统艺术元素。",
 "导演在演出后的见面会上表示，主创团队花了两年时间走访古港遗址、查阅文献，希望让观众在剧场里感受到“刺桐港”当年的繁华。",
 "不少观众看完演出后意犹未尽。来自厦门的大学生林雨桐说：“南音一响，我就被带回了那个千帆竞发的年代。”",
 "据悉，该剧将于5月起在福州、厦门、漳州等地巡演，并计划于下半年赴东南亚演出。主办方表示，巡演期间还将走进高校和社区，举办南音、木偶戏体验工作坊，让更多年轻人了解闽南传统文化。",
 "（记者 蔡文博 实习生 黄梓涵）"]
h = f'''<div class="nav">东南快讯 <a>首页</a><a>文娱</a><a>闽南</a> <span>APP下载</span></div><div class="main">
<h1>原创话剧《海丝长歌》泉州首演</h1><p class="src">发布时间：2025年5月1日 08:40　来源：东南快讯</p>{ps(b[:5])}
{img("剧照","《海丝长歌》剧照。主办方供图")}<p>{e(b[5])}</p><p class="src">编辑：周婷</p></div><div class="ft">闽ICP备11032288号</div>'''
add("qb-18","media","原创话剧《海丝长歌》泉州首演",["蔡文博","黄梓涵"],"2025年5月1日 08:40",b[:5],doc("东南快讯",CM,h),feats="standalone parenthesised byline after a photo, incl. 实习生")

b = ["SHANGHAI, March 25 -- A new cross-river ferry line linking the Lujiazui financial district and the North Bund opened on Tuesday, cutting commuting time for thousands of office workers.",
 "The route, operated by Pujiang Ferry Co., runs every 10 minutes during rush hours and takes about eight minutes to cross the Huangpu River. Two electric ferries, each carrying up to 300 passengers, serve the line.",
 "\"I used to spend 40 minutes on the metro with one transfer. Now it's a short walk and a boat ride,\" said Zhou Lei, a bank employee who took the first trip at 7 am.",
 "Passengers can pay with public transport cards or mobile apps. The fare is 2 yuan, the same as other ferry lines in the city.",
 "Shanghai now has 18 cross-river ferry lines, which carried more than 20 million passengers last year, according to the municipal transport commission."]
h = f'''<div class="bar">SHANGHAI NEWS DAILY | Home | City | Business | Culture <span style="float:right">中文 | Sign in</span></div><div class="art">
<p>Home &gt; City</p><h1>New ferry line shortens Huangpu River commute</h1>
<p class="by">By Chen Xiaoyu | shanghainewsdaily.cn | Updated: 2025-03-25 19:48</p>
{img("ferry","An electric ferry crosses the Huangpu River on Tuesday. [Photo by Gu Ming/Shanghai News Daily]")}{ps(b)}
<p>Share: Facebook Twitter LinkedIn</p><h4>Related stories</h4><ul><li>Shanghai to add 50 km of riverside walkways</li></ul></div>
<div class="ft">Copyright 2025 Shanghai News Daily. All rights reserved. 沪ICP备14017532号</div>'''
add("qb-19","media","New ferry line shortens Huangpu River commute",["Chen Xiaoyu"],"2025-03-25 19:48",b,doc("New ferry line",CE,h).replace('lang="zh-CN"','lang="en"'),lang="en",feats="English; By-line with site; photo credit in brackets")

b = ["Qinghai province has completed the planting of 42,000 hectares of grassland this spring, as part of a long-term effort to restore degraded pastures on the Qinghai-Tibet Plateau, local authorities said.",
 "Most of the new grassland is located in the source region of the Yangtze, Yellow and Lancang rivers, where overgrazing and rodent damage had left large patches of bare soil.",
 "Herders were hired to sow native grass seeds and build fences, earning an average of 6,000 yuan each during the season. \"We protect the grass, and the grass protects us,\" said Tashi Dorje, a herder in Maduo county.",
 "Satellite monitoring shows that vegetation coverage in the region has risen to 58 percent, up from 46 percent a decade ago.",
 "The province plans to restore another 100,000 hectares of degraded grassland by 2027, the forestry and grassland bureau said."]
h = f'''<div class="bar">PLATEAU ONLINE English | News | Ecology | Travel</div><div class="art">
<h1>Qinghai restores 42,000 hectares of grassland</h1><p class="by">Source: Xinhua | April 30, 2025</p>{ps(b)}
<p class="by">Editor: Li Na</p><p>Previous: Xining opens new airport terminal</p></div><div class="ft">© Plateau Online. 青ICP备07000829号</div>'''
add("qb-20","media","Qinghai restores 42,000 hectares of grassland",[],"April 30, 2025",b,doc("Plateau Online",CE,h).replace('lang="zh-CN"','lang="en"'),lang="en",feats="English wire copy, source only; English date")

b = ["5月10日，第二届上海国际咖啡文化节在苏州河畔开幕，来自全球20多个国家和地区的180余个咖啡品牌参展。",
 "据统计，上海目前拥有咖啡门店超过9500家，是全球咖啡馆数量最多的城市之一。本届文化节设置了咖啡市集、咖啡师大赛和咖啡产业论坛等板块。",
 "在云南咖啡展区，普洱的种植户带来了今年新产的精品豆。“上海市场认可度高，我们的订单比去年多了一倍。”一位参展商说。",
 "文化节期间，主办方还推出“咖啡地图”，串联起沿河30家特色咖啡馆，市民游客打卡集章即可兑换小礼品。开幕首日，苏州河沿岸步道人流如织，不少年轻人带着宠物和朋友一起来品咖啡、逛市集，有的摊位前排起了十几米长的队伍。",
 "文化节将持续至5月18日，每天10时至21时开放，市民可免费入场。"]
h = f'''<div class="nav">上海生活报 <a>首页</a><a>消费</a><a>城事</a></div><div class="main">
<h1>咖啡香飘苏州河</h1><p class="sub">第二届上海国际咖啡文化节开幕</p>
<p class="src">上海生活报记者 顾清扬 实习生 马　骁　|　2025.05.11　|　阅读 8562</p>{ps(b)}
<p class="src">本文编辑：钟一鸣</p><p>点赞 收藏 分享</p></div><div class="ft">沪ICP备13044781号-5</div>'''
add("qb-21","media","咖啡香飘苏州河",["顾清扬","马骁"],"2025.05.11",b,doc("上海生活报",CM,h),feats="副题 below title; byline in meta line with 实习生; 2025.05.11")

b = ["新学期伊始，辽宁省鞍平市第二十中学的学生们发现，学校食堂多了一个“营养餐窗口”。每份套餐都标注了热量、蛋白质和脂肪含量，学生们可以根据自己的需要选择。",
 "“以前总是挑喜欢的吃，现在知道要荤素搭配了。”初二学生李思源说。",
 "学校后勤负责人介绍，营养餐的菜谱由市疾控中心营养师和学校共同制定，每周更新一次。",
 "学校还在食堂门口设置电子屏，实时公示当日食材来源和检测结果。",
 "鞍平市教育局表示，今年全市将有60所中小学推广营养餐窗口，并将开展“校园营养周”活动，引导学生养成健康饮食习惯。同时，市场监管部门将加强对校园食堂的日常检查，确保每一份饭菜都吃得放心。不少家长表示，希望这样的做法能够长期坚持下去，让孩子们吃得更科学。",
 "本报记者 贺东升"]
h = f'''<table width="990" align="center"><tr><td class="nav">鞍平日报网　首页 | 新闻 | 教育 | 专题</td></tr>
<tr><td><h2 align="center">学校食堂开起“营养餐窗口”</h2><p align="center" class="src">2025年3月6日 星期四　来源：鞍平日报　【字号 大 中 小】</p>
{ps(b[:-1])}<p align="right">{e(b[-1])}</p></td></tr><tr><td class="src">责任编辑：吴　迪</td></tr><tr><td class="ft">辽ICP备08012219号</td></tr></table>'''
add("qb-22","media","学校食堂开起“营养餐窗口”",["贺东升"],"2025年3月6日",b[:-1],doc("鞍平日报网",CM,h),feats="2010s table; closing standalone byline 本报记者; weekday after date")

b = ["厦门讯（海峡晚报记者 林晓薇）记者昨日从厦门市文旅局获悉，“五一”假期厦门共接待游客286.4万人次，同比增长9.8%；实现旅游收入41.7亿元，同比增长11.2%。",
 "鼓浪屿、环岛路、沙坡尾等传统热门景点依旧人气旺盛。",
 "其中，鼓浪屿假期共接待上岛游客约21万人次，景区实行分时段预约，未出现大面积拥堵。环岛路沿线的骑行、露营项目也颇受欢迎，不少家庭选择在海边搭起帐篷，看日落、吹海风，享受慢节奏的假期时光。",
 "夜间消费成为新亮点。中山路步行街、集美学村等街区推出夜市、街头演艺等活动，假期夜间客流占比超过四成。",
 "假期期间，全市文旅市场秩序平稳，未发生重大旅游安全事故和有效投诉。文旅、市场监管等部门联合开展检查，重点整治不合理低价游和宰客行为。"]
h = f'''<div class="nav">海峡晚报 <a>首页</a><a>厦门</a><a>文旅</a></div><div class="main">
<p class="sub">鼓浪屿分时预约 夜经济成亮点</p><h1>“五一”假期厦门接待游客286.4万人次</h1>
<p class="src">2025-05-06 07:15　海峡晚报</p>{ps(b)}{img("鼓浪屿","假期中的鼓浪屿。 海峡晚报记者 陈　阳 摄")}
<p class="src">编辑：郑海燕</p></div><div class="ft">闽ICP备05021347号-8</div>'''
add("qb-23","media","“五一”假期厦门接待游客286.4万人次",["林晓薇"],"2025-05-06 07:15",b,doc("海峡晚报",CM,h),feats="引题; 厦门讯（…记者…）in paragraph; photographer not an author")

b = ["西宁的春天来得晚，四月中旬，城北区的丁香才刚刚冒出花苞。而在城南一处老旧小区里，一群退休老人已经忙着给楼前的菜园子翻地了。",
 "这片菜园原本是一块堆满杂物的空地。去年，社区发动居民清理垃圾、平整土地，划分出38块小菜地，由居民认领种植。",
 "“种点菠菜、小油菜，吃不完就送邻居。”75岁的马秀英老人说，自从有了菜园，楼里的邻居们走动多了，谁家有事大家都会帮一把。到了收菜的时候，老人们还会把新鲜蔬菜送到社区食堂，给独居老人加个菜。",
 "社区党委书记告诉记者，菜园实行“自治管理”，由居民选出的园长负责协调浇水、收获和公共区域卫生，社区只提供工具和技术指导。",
 "如今，这片“共享菜园”已经成了小区里最热闹的地方，连孩子们放学后也爱来帮忙浇水。"]
h = f'''<div class="nav">青海视界 <a>首页</a><a>西宁</a><a>社区</a></div><div class="main">
<h1>老旧小区里的“共享菜园”</h1><p class="src">2025-04-21　记者：阿布都·热合曼　来源：青海视界　浏览：2031</p>{ps(b)}
<p class="src">（编辑：星　辰）</p><ul class="rel"><li>西宁今年改造老旧小区120个</li><li>城北区新增5个口袋公园</li></ul></div><div class="ft">青ICP备09001234号</div>'''
add("qb-24","media","老旧小区里的“共享菜园”",["阿布都·热合曼"],"2025-04-21",b,doc("青海视界",CM,h),feats="minority name with · in meta; (编辑) line")
