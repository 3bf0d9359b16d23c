# media pages ul-13 .. ul-24
K = "media"
PAGES = [
dict(id="ul-13", kind=K, layout="portal", site="云南网", style="p",
 css=".hd{background:#0a6ebd}.nav{background:#07528c}",
 title_lines=["昆明斗南花市迎来销售旺季 日均交易鲜切花超千万枝"], authors=["普  梅"], time="2025-02-12 19:36:08",
 tpl="""<div class="top"><a href="#">云南网首页</a><a href="#">云南日报</a><a href="#">云南网客户端</a><a href="#">English</a><a href="#">登录</a><a href="#">注册</a></div>
<div class="hd">云南网 YUNNAN.CN</div><div class="nav"><a href="#">时政</a><a href="#">财经</a><a href="#">社会</a><a href="#">州市</a><a href="#">文旅</a><a href="#">视频</a><a href="#">图片</a></div>
<div class="wrap"><div class="main"><div class="crumb"><a href="#">云南网</a> &gt; <a href="#">财经</a> &gt; 正文</div>
<h1>{{TITLE}}</h1><div class="info"><span>2025-02-12 19:36:08</span><span>来源：云南网</span><span>作者：普  梅</span><span>责任编辑：张寒冰</span></div>
{{BODY}}
<p>分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ</a></p><p>相关新闻</p><ul class="list"><li><a href="#">云南鲜切花出口创新高</a></li><li><a href="#">斗南花卉指数发布</a></li></ul></div>
<div class="side"><b>24小时排行</b><ol><li>昆明地铁新线开通时间确定</li><li>云南多地迎来降雨</li></ol></div></div>
<div class="ft">云南网版权所有 未经授权禁止复制或建立镜像<br>互联网新闻信息服务许可证：53120170001　滇ICP备08000811号　滇公网安备53010202000567号</div>""",
 body="""
云南网讯（记者 普  梅）情人节临近，位于昆明呈贡的斗南花卉交易市场迎来一年中最繁忙的销售季。2月12日晚，记者在交易大厅看到，玫瑰、康乃馨、绣球等鲜花堆满摊位，来自全国各地的采购商穿梭其间。
据市场运营方介绍，2月以来，斗南花市日均交易鲜切花超过1100万枝，交易额比去年同期增长约15%。其中，红玫瑰价格每扎（20枝）在80元至150元之间，较平日上涨两到三倍。
“今年订单特别多，光直播间每天就能卖出两三千扎。”花商李女士一边打包一边告诉记者，为保证鲜花品质，她们凌晨采收、当晚冷链发出，外省客户最快第二天就能收到。
! 斗南花市交易大厅 | 2月12日晚，斗南花市交易大厅人头攒动。记者 普  梅 摄
业内人士表示，随着冷链物流和电商渠道不断完善，云南鲜花正加速“飞入寻常百姓家”，日常消费比重逐年提高。
"""),
dict(id="ul-14", kind=K, layout="modern", site="China Tibet Online", lang="en", style="p",
 css="header{background:#8c2b1b}",
 title_lines=["Lhasa opens first high-altitude", "cold-chain logistics hub"], authors=["Tenzin Dolma", "Zhang Wei"], time="2025-03-19 15:20",
 tpl="""<header><div style="font-size:26px">China Tibet Online</div><div class="tools"><a href="#">中文</a><a href="#">藏文</a><a href="#">Mobile</a></div></header>
<nav class="mn"><a href="#">Home</a><a href="#">News</a><a href="#">Economy</a><a href="#">Culture</a><a href="#">Travel</a><a href="#">Photos</a></nav>
<div class="crumb">Home &gt; News &gt; Economy</div>
<article><h1>{{TITLE}}</h1><div class="meta"><span>By Tenzin Dolma and Zhang Wei</span><span>Source: China Tibet Online</span><span>2025-03-19 15:20</span></div>
{{BODY}}
<p>Editor: Liu Yang</p><p>Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a></p><h3>Related</h3><ul><li><a href="#">Tibet's fruit exports rise</a></li><li><a href="#">New flights link Nyingchi and Chengdu</a></li></ul></article>
<footer>Copyright © China Tibet Online. All rights reserved.<br>藏ICP备10000999号</footer>""",
 body="""
Lhasa, the capital of southwest China's Xizang Autonomous Region, on Tuesday opened its first large cold-chain logistics hub, a facility designed to keep fresh food moving at an altitude of more than 3,600 meters.
The hub, located in the Lhasa Economic and Technological Development Zone, covers 42,000 square meters and can store up to 30,000 tonnes of frozen and chilled goods, according to the project operator.
"Before, many vegetables and fruits reached the plateau after long trips without proper cooling, and losses could be high," said Pema Norbu, the hub's general manager. "Now produce from the lowlands and local yak meat can be stored and distributed at stable temperatures."
## Lower losses, better prices
Local officials expect the facility to cut spoilage of fresh produce by about a third and help herders sell yak meat and highland barley products outside the region at better prices.
The hub will also serve as a distribution center for Shigatse, Nagqu and Nyingchi, with refrigerated trucks running daily on major highways.
"""),
dict(id="ul-15", kind=K, layout="table", site="大河网", style="indent",
 css=".ban{background:#d7000f}.nav{background:#a0000b}",
 title_lines=["郑州至开封城际公交开通五周年 累计运送乘客超2000万人次"], authors=["陈  曦", "赵一鸣"], time="2025年04月30日 07:58",
 tpl="""<table class="frame"><tr><td class="ban">大河网 dahe.cn</td></tr>
<tr><td class="nav"><a href="#">首页</a><a href="#">新闻</a><a href="#">河南</a><a href="#">郑州</a><a href="#">财经</a><a href="#">教育</a><a href="#">汽车</a><a href="#">房产</a></td></tr>
<tr><td>大河网 &gt; 河南 &gt; 郑州</td></tr>
<tr><td><div class="ttl">{{TITLE}}</div>
<div class="info">2025年04月30日 07:58　来源：大河报　<a href="#">手机看</a>　<a href="#">评论</a></div>
{{BODY}}
<div style="text-align:right">责任编辑：孙小雨 | 审核：王  刚 | 监审：古筝</div></td></tr>
<tr><td><b>推荐阅读</b>　<a href="#">郑州地铁再添新线</a>　<a href="#">开封清明上河园五一活动</a></td></tr>
<tr><td class="foot">大河网络传媒集团 版权所有　豫ICP备10004112号　互联网新闻信息服务许可证41120170003<br>违法和不良信息举报电话：0371-65795666</td></tr></table>""",
 body="""
@ 大河报·豫视频记者 陈  曦 通讯员 赵一鸣
4月29日，记者从郑州市公共交通集团获悉，郑开城际公交开通五年来，累计开行班次超过120万个，运送乘客2000余万人次，成为郑开同城化的重要纽带。
据介绍，郑开城际公交目前共有3条线路，连接郑州东站、郑东新区与开封市区，全程票价10元，高峰时段发车间隔缩短至8分钟。乘客可使用公交卡、乘车码和银联闪付乘车，两地老年人免费乘车政策实现互认。
“以前去开封要先坐高铁再转车，现在下楼就能坐上直达车，每周回家一趟很方便。”在郑州工作的开封人王先生说。
郑州公交相关负责人表示，今年还将优化站点设置，试点开行夜间班次，进一步满足两地市民通勤、旅游需求。
据统计，郑开城际公交日均客流已超过1.2万人次，节假日高峰时单日客流可达2.5万人次，其中约四成乘客为往返两地的通勤族。
"""),
dict(id="ul-16", kind=K, layout="app", site="龙头新闻", style="p",
 css=".bar{background:#0b3d91;color:#fff}.open{background:#0b3d91}",
 title_lines=["哈尔滨冰雪大世界冬季运营收官 累计接待游客310万人次"], authors=["于  洋"], time="02-28 21:03",
 tpl="""<div class="bar"><span>龙头新闻</span><span>打开APP</span></div>
<h1>{{TITLE}}</h1>
<div class="acct"><span>龙头新闻·黑龙江日报</span><em>02-28 21:03</em><em>阅读 3.2万</em></div>
<div class="ct">{{BODY}}</div>
<div class="ct"><p>编辑：王  琳</p><p>审核：张  扬</p></div>
<div class="open">打开龙头新闻 阅读更多精彩内容</div>
<div class="ct"><b>热门推荐</b><ul class="rel"><li>亚冬会场馆赛后利用方案出炉</li><li>“尔滨”春季文旅产品上新</li></ul></div>""",
 body="""
@ 黑龙江日报全媒体记者 于  洋
2月28日，第二十六届哈尔滨冰雪大世界迎来冬季运营最后一天。据统计，本季冰雪大世界共运营82天，累计接待游客310万人次，同比增长约12%。
本届冰雪大世界园区面积达100万平方米，总用冰用雪量30万立方米，建有冰雪景观和游乐项目上千处。其中，长达521米的超级冰滑梯多次刷新排队纪录，成为游客“打卡”首选。
“第一次来哈尔滨，零下二十多度玩得特别尽兴。”来自广州的游客林女士说。
园区运营方介绍，闭园后将启动冰雕拆除和场地修复工作，部分冰雪景观的材料将用于园区春季景观营造。同时，园区还将推出夏季“冰雪嘉年华”室内项目，让游客四季都能体验冰雪乐趣。
亚冬会举办期间，园区还专门设置了冰雪运动体验区和赛事观赛区，接待国内外运动员、媒体记者和观众超过5万人次，进一步提升了哈尔滨冰雪旅游的国际知名度。
"""),
dict(id="ul-17", kind=K, layout="portal", site="西藏新闻网", style="p",
 css=".hd{background:#6b1e1e}.nav{background:#4b1010}h1{text-align:center}.info{text-align:center}",
 title_lines=["那曲市推进草原生态保护补助奖励政策落实"], title=None, authors=["拉巴次仁", "旦增·曲珍"], time="2025-01-09 10:47",
 tpl="""<div class="top"><a href="#">中文</a><a href="#">藏文</a><a href="#">English</a><a href="#">西藏日报数字报</a></div>
<div class="hd">西藏新闻网</div><div class="nav"><a href="#">首页</a><a href="#">时政</a><a href="#">地市</a><a href="#">经济</a><a href="#">社会</a><a href="#">文化</a><a href="#">图片</a></div>
<div class="wrap"><div class="main"><div class="crumb">您的位置：<a href="#">首页</a> &gt; <a href="#">地市新闻</a></div>
<p style="text-align:center;color:#555">保护好“中华水塔”守护好高原生灵</p>
<h1>{{TITLE}}</h1><div class="info">来源：西藏日报　　作者：拉巴次仁　旦增·曲珍　　2025-01-09 10:47</div>
{{BODY}}
<p>[责任编辑：格桑旺姆]</p></div>
<div class="side"><b>图片新闻</b><p><img alt="羊八井风光"></p><p>羊八井冬日风光</p></div></div>
<div class="ft">西藏日报社主办　版权所有　藏ICP备08000123号　互联网新闻信息服务许可证：54120170001</div>""",
 body="""
本报那曲讯 近年来，那曲市坚持生态优先，扎实推进新一轮草原生态保护补助奖励政策落实，全市草原综合植被盖度稳定在46%以上，草畜矛盾进一步缓解。
据了解，2024年，那曲市共发放草原生态保护补助奖励资金24.8亿元，惠及农牧民群众11万余户。各县（区）严格落实禁牧和草畜平衡制度，完成减畜任务12万个羊单位，设立草原生态管护岗位5万余个。
“每年的补奖资金和管护工资加起来有一万多元，我们保护草原更有劲头了。”色尼区那曲镇牧民扎西说。
在政策带动下，那曲市还大力发展人工种草和饲草料基地，推广“以草定畜”科学养殖模式，2024年人工种草面积达到8.6万亩，牧区冬春饲草供应能力明显增强。
那曲市有关负责人表示，下一步将继续加强草原监测和执法监管，完善补奖资金发放与禁牧、草畜平衡责任落实挂钩机制，让牧民在保护生态中持续增收。
"""),
dict(id="ul-18", kind=K, layout="modern", site="河南广播电视台·大象新闻", style="div",
 css="header{background:#222}.vid{background:#000;color:#fff;height:60px;text-align:center}",
 title_lines=["焦作云台山景区推出“夜游”新项目"], authors=["程  亮", "许佳琪"], time="2025.05.02 18:20:31",
 tpl="""<header><div style="font-size:24px">大象新闻 · 河南广播电视台</div><div class="tools"><a href="#">直播</a><a href="#">频道</a><a href="#">下载客户端</a></div></header>
<nav class="mn"><a href="#">首页</a><a href="#">要闻</a><a href="#">民生</a><a href="#">文旅</a><a href="#">大象帮</a><a href="#">视频</a></nav>
<article><div class="vid">视频加载中… 00:00 / 02:16</div><h1>{{TITLE}}</h1><div class="meta"><span>大象新闻记者 程  亮 许佳琪</span><span>2025.05.02 18:20:31</span></div>
{{BODY}}
<p>责编：马晓</p><p>审核：郭飞</p><p>点赞 356　评论 42　收藏</p><h4>更多视频</h4><ul><li><a href="#">洛阳牡丹文化节闭幕</a></li><li><a href="#">开封万岁山武侠城</a></li></ul></article>
<footer>河南广播电视台 版权所有　豫ICP备05005888号-7　信息网络传播视听节目许可证：1605112</footer>""",
 body="""
五一假期，焦作云台山景区首次推出“夜游红石峡”项目，灯光、水幕与峡谷山石交相辉映，吸引大批游客夜间入园。
记者在现场看到，夜幕降临后，红石峡谷内的栈道被沿途灯带点亮，瀑布在投影灯光下呈现出不同的色彩，游客们纷纷举起手机拍照留念。
“白天看山水，晚上看光影，感觉像来了两个不同的地方。”来自山东的游客刘女士说。
景区工作人员介绍，夜游项目每晚19:30至22:00开放，单日限流5000人，游客需提前在线预约。为保障安全，景区在栈道沿线增设了照明、护栏和应急广播，安排200余名工作人员引导疏散。
据统计，假期前两天，云台山景区共接待游客9.6万人次，其中夜游游客1.1万人次。
景区相关负责人表示，夜游项目是云台山推动“白+黑”全时段旅游的一次尝试，接下来还将陆续推出星空露营、山地音乐会等夜间产品，延长游客停留时间。
"""),
dict(id="ul-19", kind=K, layout="table", site="东北网", style="br",
 css=".ban{background:#005bac}.frame td{padding:4px}",
 title_lines=["牡丹江：对俄果蔬出口通关时间压缩至2小时"], authors=["韩  雪"], time="2024-10-17 14:06",
 tpl="""<table class="frame"><tr><td class="ban">东北网 NORTHEAST NET</td></tr>
<tr><td style="background:#eef4fb"><a href="#">首页</a> | <a href="#">黑龙江</a> | <a href="#">国内</a> | <a href="#">国际</a> | <a href="#">社会</a> | <a href="#">财经</a> | <a href="#">俄罗斯频道</a></td></tr>
<tr><td><small>东北网 &gt; 黑龙江 &gt; 地市新闻</small></td></tr>
<tr><td class="ttl">{{TITLE}}</td></tr>
<tr><td class="info">2024-10-17 14:06　来源：东北网　作者：韩  雪　编辑：赵秋</td></tr>
<tr><td>{{BODY}}</td></tr>
<tr><td><a href="#">【我要纠错】</a>　<a href="#">【打印】</a>　<a href="#">【关闭】</a></td></tr>
<tr><td class="foot">本网站由黑龙江东北网络台主办　Copyright © 2024 www.dbw.cn<br>黑ICP备05001556号　视听许可证0805128号</td></tr></table>""",
 body="""
东北网10月17日讯 秋季果蔬出口旺季，牡丹江海关通过设立“绿色通道”、推行“提前申报”等措施，将对俄果蔬出口通关时间压缩至2小时以内。
在绥芬河公路口岸，一辆辆满载大白菜、苹果和西红柿的货车有序排队通关。据口岸工作人员介绍，今年9月以来，经该口岸出口的果蔬日均超过800吨。
“现在提前一天网上申报，车到口岸扫码验放，比以前快多了。”一位外贸企业负责人说。
今年前三季度，牡丹江海关共监管出口果蔬32.5万吨，同比增长18.6%。海关相关负责人表示，将继续优化监管模式，支持地方扩大对俄农产品贸易。
据了解，牡丹江海关还在东宁、密山等口岸推广“果蔬出口快速通关”模式，对信用良好的企业实行“即报即放”，帮助更多龙江农产品走出国门。
"""),
dict(id="ul-20", kind=K, layout="modern", site="昆明日报·掌上春城", style="p",
 css="header{background:#1a9e75}article{max-width:720px}",
 title_lines=["滇池湖滨生态带春季候鸟观测记录鸟类127种"], authors=["段  瑞"], time="2025年3月27日",
 tpl="""<header><div style="font-size:22px">掌上春城 · 昆明日报社</div><div class="tools"><a href="#">数字报</a><a href="#">登录</a></div></header>
<nav class="mn"><a href="#">推荐</a><a href="#">时政</a><a href="#">区县</a><a href="#">民生</a><a href="#">生态</a><a href="#">视频</a></nav>
<article><p style="color:#1a9e75">生态 | 春城</p><h1>{{TITLE}}</h1>
{{BODY}}
<div class="meta"><span>2025年3月27日</span><span>来源：昆明日报</span><span>浏览 6013</span></div>
<p>分享 <a href="#">微信</a> <a href="#">朋友圈</a> <a href="#">微博</a></p></article>
<footer>昆明日报社主办　互联网新闻信息服务许可证53120170002　滇ICP备12001777号</footer>""",
 body="""
@ 记者 段  瑞
记者3月26日从滇池保护治理部门获悉，今年春季滇池湖滨生态带候鸟观测共记录鸟类127种，其中国家二级保护鸟类11种，观测数量和种类均创近年新高。
观测由多家观鸟组织和志愿者共同完成，覆盖滇池东岸、南岸和西岸12个观测点。志愿者在晋宁区古滇湿地观测到彩鹮、白琵鹭等较为少见的鸟类，引起观鸟爱好者关注。
“鸟类是湿地健康的‘指示器’，种类和数量的增加说明湖滨生态带的恢复效果正在显现。”参与观测的鸟类专家表示。
## 湖滨生态带持续扩容
近年来，昆明市持续实施滇池“退塘退田、退房、退人”，湖滨生态带面积达到6.3万亩，形成了湿地、林地和草地相结合的生态系统，为鸟类提供了良好的栖息和觅食环境。
据介绍，今年秋冬季，滇池保护治理部门还将联合观鸟组织开展越冬候鸟观测，持续积累鸟类种群数据，为湖滨生态带的科学管护提供依据。
"""),
dict(id="ul-21", kind=K, layout="portal", site="China Daily Henan", lang="en", style="p",
 css=".hd{background:#004a8f}.nav{background:#00386b}",
 title_lines=["Henan wheat harvest gets underway with drones and smart combines"], authors=[], time="2025-05-28 16:42",
 tpl="""<div class="top"><a href="#">Global Edition</a><a href="#">China</a><a href="#">中文</a><a href="#">Sign in</a></div>
<div class="hd">CHINA DAILY · Henan</div><div class="nav"><a href="#">Home</a><a href="#">News</a><a href="#">Business</a><a href="#">Culture</a><a href="#">Travel</a></div>
<div class="wrap"><div class="main"><div class="crumb">Home / News</div>
<h1>{{TITLE}}</h1><div class="info">Xinhua | Updated: 2025-05-28 16:42</div>
{{BODY}}
<p>Share - <a href="#">WeChat</a></p></div>
<div class="side"><b>Most popular</b><ol><li>Luoyang peony festival draws record crowds</li><li>Zhengzhou airport adds cargo routes</li></ol></div></div>
<div class="ft">Copyright 1995 - 2025. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).</div>""",
 body="""
ZHENGZHOU -- Farmers in central China's Henan province, the country's largest wheat producer, have begun the annual summer harvest, with drones and smart combine harvesters playing a larger role than ever.
As of Tuesday, about 12 percent of the province's 85 million mu (about 5.67 million hectares) of wheat had been harvested, mostly in the southern cities of Nanyang and Xinyang, according to the provincial agriculture department.
More than 200,000 combine harvesters are expected to take part in this year's harvest, including a growing number fitted with BeiDou navigation and yield sensors.
"The machines tell us the moisture and yield of every plot, so we can decide when to dry and sell," said Wang Jianguo, head of a farming cooperative in Zhumadian.
The province has also set up more than 1,300 service stations along highways to provide fuel, repairs and rest for cross-regional harvester teams.
"""),
dict(id="ul-22", kind=K, layout="table", site="楚雄新闻网", style="p",
 css=".ban{background:#b22222;height:60px}.ttl{font-size:24px}",
 title_lines=["楚雄彝族火把节筹备工作全面启动"], authors=["李  娜", "普文华"], time="发布时间：2025-06-10".replace("发布时间：", ""),
 tpl="""<table class="frame"><tr><td class="ban">楚雄新闻网　楚雄州融媒体中心主办</td></tr>
<tr><td class="nav"><a href="#">首页</a><a href="#">楚雄要闻</a><a href="#">县市新闻</a><a href="#">民族文化</a><a href="#">楚雄日报</a></td></tr>
<tr><td>首页 &gt;&gt; 楚雄要闻 &gt;&gt; 正文</td></tr>
<tr><td class="ttl">{{TITLE}}</td></tr>
<tr><td class="info">发布时间：2025-06-10来源：楚雄日报作者：李  娜 普文华点击数：1123</td></tr>
<tr><td>{{BODY}}</td></tr>
<tr><td>编辑：毕  然　　二审：杨  凡　　三审：罗红</td></tr>
<tr><td class="foot">楚雄新闻网 版权所有　滇ICP备09005432号　滇公网安备53230102000222号</td></tr></table>""",
 body="""
6月9日，楚雄州召开2025年中国·楚雄彝族火把节筹备工作会议，标志着今年火把节各项筹备工作全面启动。
今年火把节以“火耀彝乡·和美楚雄”为主题，将于7月18日至20日举办，期间将开展火把狂欢、彝族服饰展演、民族歌舞大赛、特色美食展销等18项活动。
会议要求，各筹备工作组要细化方案、压实责任，突出民族特色、群众参与和安全有序，着力把火把节办成展示楚雄形象的文化盛会和群众欢乐的节日。
- 安全保障组：制定大型活动安全预案，做好消防、交通和人员疏导。
- 宣传推介组：加强全媒体宣传，邀请网络达人参与推介。
- 接待服务组：提前摸排宾馆、餐饮接待能力，严防哄抬价格。
据悉，去年火把节期间，楚雄州共接待游客168万人次，实现旅游收入17.4亿元。
"""),
dict(id="ul-23", kind=K, layout="app", site="大理电视台·大理发布", style="p",
 css=".bar{background:#2d7dd2;color:#fff}",
 title_lines=["洱海流域今年首批“护水志愿者”上岗"], authors=["赵子涵", "和  丽"], time="2025-04-03",
 tpl="""<div class="bar"><span>大理发布</span><span><a href="#">下载客户端</a></span></div>
<h1>{{TITLE}}</h1>
<div class="acct"><span>大理州广播电视台</span><em>2025-04-03</em></div>
<div class="ct">{{BODY}}</div>
<div class="ct"><p>记者：赵子涵　和  丽</p><p>责任编辑：杨晓雯</p><p>声明：本文为大理发布原创，转载请注明出处。</p></div>
<div class="open">打开大理发布，看更多新闻</div>""",
 body="""
4月2日，洱海流域2025年首批“护水志愿者”在大理市湾桥镇上岗，200余名志愿者将在洱海沿岸开展巡查、宣传和垃圾清理等志愿服务。
志愿者由当地村民、大学生和民宿从业者组成。上岗前，他们接受了水生态保护知识和巡查规范培训。
“我家就住在洱海边，保护洱海就是保护我们自己的家园。”古生村志愿者李阿姨说。
据介绍，今年大理州将组织“护水志愿者”开展志愿服务活动1000场次以上，重点做好入湖河道沿线垃圾清理、游客文明引导和不文明行为劝导等工作。
今年以来，洱海全湖水质持续向好，1至3月水质均保持Ⅱ类。
大理州洱海保护管理部门负责人表示，洱海保护需要全社会共同参与，欢迎更多市民和游客加入志愿者队伍，可通过“大理志愿”小程序报名。
"""),
dict(id="ul-24", kind=K, layout="modern", site="佳木斯日报·佳木斯新闻网", style="indent",
 css="header{background:#3949ab}.meta{justify-content:flex-end}",
 title_lines=["佳木斯建三江垦区开始大面积水稻插秧"], authors=["孙  亮"], time="2025-05-13　08:15",
 tpl="""<header><div style="font-size:24px">佳木斯新闻网</div><div class="tools"><a href="#">佳木斯日报</a><a href="#">三江晚报</a><a href="#">无障碍</a></div></header>
<nav class="mn"><a href="#">首页</a><a href="#">本地</a><a href="#">县区</a><a href="#">农垦</a><a href="#">图片</a><a href="#">专题</a></nav>
<div class="crumb">佳木斯新闻网 &gt; 本地新闻 &gt; 正文</div>
<article><h1>{{TITLE}}</h1><div class="meta"><span>2025-05-13　08:15</span><span>来源：佳木斯日报</span></div>
{{BODY}}
<p>责任编辑：于淑萍</p><p><a href="#">上一篇：桦南县白瓜子产业链建设提速</a><br><a href="#">下一篇：佳木斯市区新增公交线路两条</a></p></article>
<footer>佳木斯日报社主办　黑ICP备13001388号-1　黑公网安备23080302000145号</footer>""",
 body="""
本报讯（记者 孙  亮）5月12日，在建三江七星农场的水田里，一台台插秧机来回穿梭，整齐的秧苗被均匀地插入田中，垦区水稻插秧进入大面积作业阶段。
今年，建三江垦区水稻种植面积达1100余万亩，投入插秧机2.8万台，计划在5月25日前完成插秧任务。农场普遍推广智能浸种催芽、钢骨架大棚育秧和侧深施肥等技术，秧苗素质明显好于往年。
“我们用的是北斗导航插秧机，行距株距都是设定好的，一个人一天能插六七十亩。”七星农场种植户王建军说。
! 插秧作业 | 七星农场水田里，插秧机正在作业。
据了解，垦区已建成数字农服平台，从育秧、插秧到田间管理实现全程监测，为粮食丰收打下坚实基础。
七星农场农业发展部负责人介绍，今年农场还在3万亩水田开展了无人插秧机试验示范，通过对比测产，为下一步大面积推广无人化农场积累经验。
"""),
]
