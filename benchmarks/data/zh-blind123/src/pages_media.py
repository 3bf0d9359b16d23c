from common import ps, links, lis
PAGES = []
A = PAGES.append

A(dict(id="vt-13", kind="media", layout="div", doc_title="桂声网_南宁推进城市更新 首批14个片区明年开工",
 css=".top{background:#c62828;color:#fff;padding:8px}.info span{margin-right:10px}",
 top="桂声网 广西新闻门户 " + links("首页", "广西", "时政", "财经", "社会", "文旅", "视频", "评论") + " <input placeholder='搜索'>",
 crumbs="<div>桂声网 &gt; 广西新闻 &gt; 正文</div>",
 head="<h1>南宁推进城市更新 首批14个片区明年开工</h1><div class='info'><span>2026-11-24 07:52</span><span>来源：广西日报</span></div>",
 body=[
  ("p", "本报讯（记者 黄丽萍 通讯员 农志刚）11月23日，记者从南宁市住房城乡建设局获悉，南宁市城市更新三年行动方案已编制完成，首批14个片区计划明年一季度陆续开工，总投资约86亿元。"),
  ("p", "据介绍，首批片区主要分布在兴宁区、青秀区和江南区，涉及老旧小区2.3万户。改造内容包括管网更新、加装电梯、增设停车位和社区养老托育设施等。"),
  ("p", "“这次不是简单的刷墙补路，而是把片区当作一个整体来规划。”市住建局有关负责人说，改造将同步补齐菜市场、口袋公园和充电设施等短板，让居民在家门口享受更便利的生活。"),
  ("p", "为破解资金难题，南宁将探索“政府引导、市场运作、居民参与”的模式，鼓励社会资本参与片区运营。"),
  ("p", "按照计划，到2028年底，南宁将累计完成城市更新片区40个以上，惠及居民近8万户，同时新增社区公共服务设施面积20万平方米。"),
 ],
 after="<p>责任编辑：覃小燕</p><div>分享到：" + links("微信", "微博", "QQ") + "</div><h4>相关新闻</h4>" + lis("南宁今年已改造老旧小区312个", "南宁出台加装电梯补贴新政"),
 side="<h4>排行榜</h4>" + lis("广西今冬首场寒潮来袭", "南宁地铁5号线延长线开通"),
 bottom=ps("桂声网 版权所有　未经授权禁止转载", "互联网新闻信息服务许可证编号：45120170001　桂ICP备09001234号　桂公网安备45010302000123号"),
 title="南宁推进城市更新 首批14个片区明年开工", authors=["黄丽萍", "农志刚"], time="2026-11-24 07:52"))

A(dict(id="vt-14", kind="media", layout="modern", doc_title="鞍钢城区再添三条“口袋公园”步道-千山新闻网",
 css="header{background:#222;color:#fff}.by{color:#555}",
 top="千山新闻网 鞍山日报社主办 <nav>" + links("首页", "本地", "民生", "经济", "图片", "融媒") + "</nav>",
 crumbs="<div>首页 &gt; 本地新闻</div>",
 head="<h1>城区再添三条“口袋公园”步道</h1><p class='by'>鞍山日报 2026年11月26日 08:15</p><p class='by'>记者 孙  莹</p>",
 body=[
  ("p", "近日，铁东区二一九公园南侧、铁西区双山路和立山区胜利路三处“口袋公园”步道完工，为市民提供了家门口的健身休闲去处。"),
  ("p", "记者在双山路步道看到，原本杂草丛生的边角地如今铺上了彩色透水砖，步道两旁栽种了丁香、榆叶梅等花木，还设置了健身器材和休息座椅。附近居民赵大爷说：“以前这里堆满了杂物，现在每天吃完饭都来走两圈。”"),
  ("p", "据市城市管理综合行政执法局介绍，今年全市利用闲置地块、拆违腾退空间新建改造“口袋公园”21处，新增绿地面积约4.6万平方米。明年将继续推进15处口袋公园建设，实现城区居民出行500米见绿。"),
  ("p", "市民对口袋公园建设有意见建议的，可拨打12345市民服务热线反映，相关部门将在后续建设中予以吸纳。"),
  ("p", "市城管执法局表示，将同步建立口袋公园日常管护机制，落实专人保洁和绿化养护，确保建成一处、管好一处。"),
 ],
 after="<p>编辑：王  冬　　审核：李  宏</p><p>" + links("上一篇：鞍山今冬供暖首日运行平稳", "下一篇：市区新增公交线路3条", sep="<br>") + "</p>",
 bottom=ps("千山新闻网 版权所有", "辽ICP备05018823号　辽公网安备21030202000033号"),
 title="城区再添三条“口袋公园”步道", authors=["孙莹"], time="2026年11月26日 08:15"))

A(dict(id="vt-15", kind="media", layout="modern", doc_title="苏视新闻｜太湖渔民上岸十年：从“水上漂”到“岸上兴”",
 css="header{background:#0b0b3b;color:#fff}.video{background:#000;color:#fff;height:60px}",
 top="苏视新闻 <nav>" + links("直播", "新闻", "节目", "融媒体", "下载客户端") + "</nav>",
 head="<div class='video'>[视频] 00:00 / 03:42</div><h1>太湖渔民上岸十年：从“水上漂”到“岸上兴”</h1><div>2026-11-29 19:31:02 | 江苏卫视《新闻联播》</div>",
 body=[
  ("p", "【导语】太湖退捕禁捕已经十年。当年洗脚上岸的渔民，如今生活过得怎么样？记者近日回访了苏州吴中区的几户渔民家庭。"),
  ("p", "一大早，56岁的徐根宝就来到镇上的生态养殖基地上班。十年前，他和妻子常年生活在一条十几平方米的渔船上。上岸后，他参加了政府组织的技能培训，如今是基地的水质监测员，每月收入五千多元。"),
  ("p", "“以前靠天吃饭，刮风下雨心里都发慌。现在有社保、有房子，孙子也在镇上读书。”徐根宝说。"),
  ("p", "据统计，吴中区共有1100余户退捕渔民实现转产就业，其中近三成从事生态旅游和湖鲜餐饮。太湖水质也持续向好，“太湖三白”等土著鱼类种群明显恢复。"),
  ("p", "“渔民上岸了，太湖也喘了口气。”当地干部说，接下来将继续巩固禁捕成果，帮助更多退捕渔民稳定就业、增加收入。"),
  ("x", "<p>（记者 顾晓磊 沈嘉怡 苏州台 报道）</p>"),
 ],
 after="<p>编辑：李然</p><div>" + links("分享", "收藏", "点赞") + "</div><h4>推荐视频</h4>" + lis("江苏首条跨江地铁进入调试阶段"),
 bottom=ps("苏视新闻 ©2026 江苏广播电视总台（集团）", "信息网络传播视听节目许可证：1009384　苏ICP备11012209号-1"),
 title="太湖渔民上岸十年：从“水上漂”到“岸上兴”", authors=["顾晓磊", "沈嘉怡"], time="2026-11-29 19:31:02"))

A(dict(id="vt-16", kind="media", layout="table", doc_title="甘肃河西走廊新能源装机突破6000万千瓦_陇上新闻网",
 css=".bn{background:#a0522d;color:#fff;padding:10px}",
 top="<div class='bn'>陇上新闻网 www.longshang.com.cn</div><div>" + links("首页", "甘肃", "国内", "国际", "财经", "专题", sep=" | ") + "</div>",
 crumbs="<div>您当前的位置 ：陇上新闻网 &gt; 甘肃新闻</div>",
 head="<h2 align='center'>甘肃河西走廊新能源装机突破6000万千瓦</h2><div align='center'>2026年11月27日 09:14　来源：新华网</div>",
 body=[
  ("p", "新华社兰州11月26日电（记者 马晓伟 任延昕）记者从国网甘肃省电力公司获悉，截至11月25日，河西走廊新能源装机容量突破6000万千瓦，占甘肃全省电源总装机的七成以上。"),
  ("p", "河西走廊风光资源富集，是我国重要的新能源基地。近年来，甘肃加快推进酒泉、金昌、张掖等地大型风电光伏基地建设，同步建设储能电站和特高压外送通道，新能源“发得出、送得走、用得好”的格局逐步形成。"),
  ("p", "今年1至10月，甘肃新能源发电量达到582亿千瓦时，同比增长19.6%，其中外送电量占比超过四成，送电范围覆盖全国20多个省区市。"),
  ("p", "国网甘肃电力有关负责人表示，下一步将加快构建新型电力系统，提升电网对新能源的消纳能力。"),
  ("p", "据介绍，甘肃还将加快推进“沙戈荒”大型新能源基地二期项目建设，力争“十五五”末新能源装机再翻一番。"),
 ],
 after="<p align='right'>[责任编辑：杨 帆]</p><p>相关新闻：<br>" + links("甘肃新型储能装机规模居全国前列", "酒泉至湖南特高压输电量创新高", sep="<br>") + "</p>",
 bottom="<center>" + ps("陇上新闻网版权所有 未经书面授权不得转载", "甘ICP备07001155号　互联网新闻信息服务许可证：62120170003") + "</center>",
 title="甘肃河西走廊新能源装机突破6000万千瓦", authors=["马晓伟", "任延昕"], time="2026年11月27日 09:14"))

A(dict(id="vt-17", kind="media", lang="en", layout="modern", doc_title="Guilin rice noodle makers eye ASEAN markets - GX Today",
 css="header{background:#004f6e;color:#fff}.by{font-size:14px;color:#666}",
 top="GX Today | Guangxi International Channel <nav>" + links("Home", "News", "Business", "Culture", "ASEAN", "Video", "中文") + "</nav>",
 crumbs="<div>Home / Business</div>",
 head="<h1>Guilin rice noodle makers eye ASEAN markets</h1><p class='by'>By Liang Xiaomei and Tan Jun | GX Today | Updated: 2026-11-25 17:08</p>",
 body=[
  ("p", "NANNING -- Packaged Guilin rice noodles, a breakfast staple in the Guangxi Zhuang autonomous region, are finding new buyers across Southeast Asia as producers expand overseas sales channels."),
  ("p", "Exports of the instant noodles reached 3,200 tonnes in the first ten months of the year, more than double the figure for the same period last year, according to the local commerce bureau."),
  ("p", "\"Customers in Vietnam and Malaysia like the sour and spicy taste, and the product keeps for months,\" said Mo Lihua, sales manager at a noodle company in Lingui district."),
  ("p", "Producers have adjusted recipes to suit local markets, offering halal versions and milder flavors. Cross-border e-commerce platforms and new cold-chain rail services to Hanoi have also cut delivery times."),
 ],
 after="<p>Editor: Wei Na</p><div>Share: " + links("Facebook", "X", "WhatsApp") + "</div><h4>Related</h4>" + lis("China-ASEAN Expo wraps up with record deals"),
 bottom=ps("Copyright © GX Today. All rights reserved.", "桂ICP备18004522号"),
 title="Guilin rice noodle makers eye ASEAN markets", authors=["Liang Xiaomei", "Tan Jun"], time="2026-11-25 17:08"))

A(dict(id="vt-18", kind="media", lang="en", layout="div", doc_title="Dalian port handles record container volume - Liaoning Daily English",
 css=".top{background:#333;color:#fff;padding:8px}",
 top="LIAONING DAILY English " + links("Home", "Liaoning", "China", "World", "Photos") + " <input placeholder='Search'>",
 crumbs="<div>Home &gt; Liaoning</div>",
 head="<h2>Dalian port handles record container volume</h2><p>Source: Xinhua | 2026-11-28</p>",
 body=[
  ("p", "DALIAN, Nov. 27 (Xinhua) -- The port of Dalian in northeast China's Liaoning province handled 5.6 million twenty-foot equivalent units of containers in the first 11 months of this year, a record for the period, the port operator said Thursday."),
  ("p", "Sea-rail combined transport grew fastest, with volume up 14 percent year on year, as more goods from northeast China and Mongolia were shipped through the port."),
  ("p", "The port has opened four new international container routes this year, linking it with Southeast Asia, South America and the Middle East."),
 ],
 after="<p>Editor: Zhou Min</p><p>" + links("Previous: Shenyang metro line 6 starts trial run", "Next: Liaoning ski season opens", sep="<br>") + "</p>",
 bottom=ps("Liaoning Daily Press Group. Copyright reserved.", "辽ICP备05001776号"),
 title="Dalian port handles record container volume", authors=[], time="2026-11-28"))

A(dict(id="vt-19", kind="media", layout="div", doc_title="县域商业体系建设如何破题？——来自江苏宿迁的观察-中国经济新闻网",
 css=".top{background:#1565c0;color:#fff;padding:8px}.yt{color:#888}",
 top="中国经济新闻网 " + links("首页", "宏观", "产经", "区域", "金融", "评论") + " " + links("登录", "注册"),
 crumbs="<div>当前位置：首页 &gt; 区域</div>",
 head="<h1>县域商业体系建设如何破题？</h1><h3>——来自江苏宿迁的观察</h3><div>作者：周文博　　来源：中国经济时报　　2026-11-26 10:02:45</div>",
 body=[
  ("x", "<p class='yt'>原标题：宿迁：让县域商业“活”起来</p>"),
  ("p", "在江苏宿迁泗阳县，一家快递共配中心每天要处理6万多件包裹。过去，五六家快递公司各自跑村，车辆空载率高；如今统一分拣、统一配送，进村成本下降了三成。"),
  ("p", "这是宿迁推进县域商业体系建设的一个缩影。近年来，当地围绕“县有中心、镇有网点、村有站点”的目标，改造提升乡镇商贸中心42个，建成村级寄递物流综合服务站1300余个。"),
  ("p", "业内人士认为，县域商业的关键在于打通“最初一公里”和“最后一公里”。宿迁一方面引导连锁企业下沉，另一方面扶持本地农产品上行，培育了一批电商品牌。"),
  ("p", "不过，也有基层干部坦言，部分村级网点业务量小、盈利难，仍需在运营模式上继续探索。"),
  ("p", "对此，宿迁正尝试将村级网点与便民超市、农资门店合并经营，通过“一点多能”增加收入来源，提高网点的可持续运营能力。"),
 ],
 after="<p>（责任编辑：刘思远）</p>",
 side=lis("一周区域经济观察", "长三角一体化新进展"),
 bottom=ps("中国经济新闻网 版权所有", "京ICP备10014587号-2　京公网安备11010202001234号"),
 title="县域商业体系建设如何破题？", authors=["周文博"], time="2026-11-26 10:02:45"))

A(dict(id="vt-20", kind="media", layout="modern", doc_title="一封迟到三十年的感谢信 | 大连新闻广播",
 css="header{background:#ff6f00;color:#fff}",
 top="大连新闻广播 FM100.8 <nav>" + links("首页", "节目", "主持人", "听广播", "互动") + "</nav>",
 head="<h1>一封迟到三十年的感谢信</h1><div>文/于  蕾 · 2026.11.23 · 阅读 2.1万</div>",
 body=[
  ("p", "11月20日上午，一位头发花白的老人走进大连新闻广播直播间，手里捧着一封信。他叫徐长海，今年72岁。"),
  ("p", "“三十年前，我在码头干活时突发心梗，是一位公交司机把我送到了医院。我一直想找到他，当面说声谢谢。”徐长海说，当年他只记住了司机姓丁，开的是13路公交车。"),
  ("p", "节目播出后，热心听众纷纷打进电话提供线索。当天下午，大连公交集团的退休职工丁国强联系到了节目组。两位老人在电话里聊了很久，约定下周见面。"),
  ("p", "“这点小事，他还记着三十年。”丁国强说，“那个年代，谁遇上了都会帮一把。”"),
  ("p", "这封迟到三十年的感谢信，最终将由徐长海亲手交到丁国强手中。节目组也将全程记录两位老人的重逢，在下周的节目中与听众分享。"),
  ("p", "节目播出后，不少听众在留言区写道：“善意不会被忘记。”也有听众分享了自己曾被陌生人帮助的经历，希望有一天也能当面道一声谢谢。"),
 ],
 after="<p>编辑：程晨　　监制：王立</p><div>" + links("分享到朋友圈", "收听本期节目") + "</div>",
 bottom=ps("大连广播电视台 版权所有", "辽ICP备12003348号-4"),
 title="一封迟到三十年的感谢信", authors=["于蕾"], time="2026.11.23"))

A(dict(id="vt-21", kind="media", layout="div", doc_title="扬帆新闻 扬州古城保护：老街巷里开出“新业态”",
 css=".top{background:#00695c;color:#fff;padding:6px}",
 top="扬帆新闻网 扬州报业传媒集团 " + links("首页", "扬州", "民生", "文化", "古城", "视听"),
 crumbs="<div>首页 - 扬州新闻</div>",
 head="<h1>老街巷里开出“新业态”</h1><div>2026-11-22 06:40:31 扬州日报 记者 蒋文静 通讯员 吴  骏 <a href='#'>评论(3)</a></div>",
 body=[
  ("p", "走进扬州东关街边的马监巷，青砖黛瓦间藏着一家家小店：手作漆器工坊、古籍修复体验馆、淮扬面点小馆……这些由老民居改造的店铺，吸引了不少年轻游客。"),
  ("p", "今年以来，扬州在古城保护中推行“微更新”，不大拆大建，而是鼓励居民以出租、合作等方式盘活闲置老宅，引入文创、非遗和特色餐饮。目前，古城内已有120余处老宅完成修缮利用。"),
  ("p", "“房子修好了，租金也有了，我们老两口还能在这儿继续住。”马监巷居民刘阿姨说。"),
  ("p", "古城保护部门负责人介绍，下一步将出台老宅活化利用导则，在保护街巷肌理的同时，让古城既有“烟火气”，又有“文化味”。"),
  ("p", "据统计，今年前三季度，古城片区接待游客超过860万人次，老宅改造后的特色店铺营业额同比增长约三成，带动周边居民就业400余人。"),
 ],
 after="<p>编辑：汪洋</p>" + lis("扬州今冬首批“运河夜游”线路上线"),
 bottom=ps("扬帆新闻网版权所有", "苏ICP备05008123号"),
 title="老街巷里开出“新业态”", authors=["蒋文静", "吴骏"], time="2026-11-22 06:40:31"))

A(dict(id="vt-22", kind="media", layout="app", doc_title="兰州观察",
 css=".app-top{background:#e53935;color:#fff;padding:8px}.open{background:#e53935;color:#fff;text-align:center}",
 top="兰州观察 <a href='#'>打开APP</a>",
 head="<h1>黄河风情线新增4处亲水平台</h1><div>兰州观察　2026-11-19 21:06　甘肃</div><div>记者 王  倩 实习生 杨子涵</div>",
 body=[
  ("p", "11月19日，记者从兰州市城市管理部门获悉，黄河风情线城关段、安宁段新建的4处亲水平台已全部完工，市民可近距离感受黄河风光。"),
  ("img", "亲水平台", "新建成的亲水平台。记者 王倩 摄"),
  ("p", "新建平台总面积约3200平方米，采用防滑石材铺装，设置了护栏、救生设施和夜景照明。平台之间通过步道与原有滨河路相连，方便市民散步、骑行。"),
  ("p", "“以前河边只能远远看，现在可以走到水边拍照了。”正在平台上散步的市民李先生说。"),
  ("p", "据了解，明年兰州还将对黄河风情线进行整体提升，新增驿站、公厕和儿童游乐设施，进一步提升滨河空间品质。"),
  ("p", "城管部门提醒，冬季河边风大路滑，市民在亲水平台游玩时请注意安全，看护好儿童，不要翻越护栏。"),
  ("p", "此外，亲水平台夜间照明开放时间为18时至22时，其间将有安保人员定时巡查，市民如发现设施损坏，可拨打城管热线反映。"),
 ],
 after="<p>编辑：罗丹　校对：刘昊</p><div class='open'>打开兰州观察APP，阅读体验更佳</div><p>" + links("点赞 126", "评论", "分享") + "</p>",
 bottom="<p>热门推荐</p>" + lis("兰州今冬首场降雪来了", "甘肃多地公布供暖时间"),
 title="黄河风情线新增4处亲水平台", authors=["王倩", "杨子涵"], time="2026-11-19 21:06"))

A(dict(id="vt-23", kind="media", layout="table", doc_title="辽沈在线-本溪：冰雪季开启 温泉游预订火爆",
 css=".bn{background:#003366;color:#fff;padding:4px}.t{font:bold 20px SimHei}",
 top="<div class='bn'>辽沈在线 | " + links("新闻", "体育", "娱乐", "财经", "汽车", "房产", "论坛", sep=" ") + "</div>",
 crumbs="<div>辽沈在线 &gt;&gt; 新闻中心 &gt;&gt; 辽宁新闻</div>",
 head="<div class='t' align='center'>本溪：冰雪季开启 温泉游预订火爆</div><div align='center'>2026年11月24日 星期二　来源：辽沈晚报　作者：赵  磊</div>",
 body=[
  ("p", "随着气温下降，本溪冰雪温泉旅游季正式开启。记者从本溪市文旅部门了解到，近一周来全市温泉酒店预订量环比增长近60%，周末客房基本满房。"),
  ("p", "在本溪县汤沟温泉度假区，室外露天温泉池热气腾腾，不少游客一边泡温泉一边欣赏雪景。来自沈阳的游客刘女士说：“开车一个多小时就到，周末带孩子来放松一下，特别方便。”"),
  ("p", "今年冰雪季，本溪推出“温泉+滑雪”“温泉+赏枫”等12条精品线路，并发放文旅消费券200万元。同时，多家景区延长开放时间，推出夜间冰灯展。"),
  ("p", "本溪市文旅部门提醒游客，冰雪季出行要提前关注天气和路况信息，泡温泉时注意控制时间，患有心脑血管疾病的游客应谨慎选择高温泉池。"),
  ("p", "据预测，今年冰雪季本溪接待游客人次将同比增长两成以上，温泉旅游已成为拉动当地冬季消费的重要引擎。"),
 ],
 after="<p>【<a href='#'>我要评论</a>】【<a href='#'>打印</a>】【<a href='#'>关闭</a>】</p><p>编辑：孙红</p>",
 bottom="<center>" + ps("辽沈在线 版权所有 Copyright 2004-2026", "辽ICP备05000912号") + "</center>",
 title="本溪：冰雪季开启 温泉游预订火爆", authors=["赵磊"], time="2026年11月24日 星期二"))

A(dict(id="vt-24", kind="media", layout="modern", doc_title="八桂视听｜百色芒果“冬果”上市 果农收入再添一季",
 css="header{background:#2e7d32;color:#fff}",
 top="八桂视听网 <nav>" + links("首页", "新闻", "直播", "广西卫视", "点播") + "</nav>",
 crumbs="<div>首页 &gt; 新闻 &gt; 本台新闻</div>",
 head="<h1>百色芒果“冬果”上市 果农收入再添一季</h1><div>来源：广西广播电视台　时间：2026-11-28 20:15</div>",
 body=[
  ("p", "眼下，在百色市田东县的芒果种植基地，一批反季节“冬芒”陆续成熟上市，果农们抓紧采摘、分拣、装箱，发往全国各地。"),
  ("p", "通过花期调控技术，当地果农让芒果在秋冬季节成熟，错开了夏季集中上市的高峰，收购价比夏芒高出一倍左右。今年田东县种植“冬芒”约1.2万亩，预计产量8000吨。"),
  ("p", "果农黄志强说，自家的20亩冬芒每斤能卖到8元，“多了这一季，一年收入能增加十几万元。”当地还依托电商直播拓宽销路，冬芒线上销量占比超过三成。"),
  ("p", "田东县农业农村部门介绍，冬芒对水肥管理和病虫害防治要求更高，县里组织农技人员分片包干，开展田间技术指导，帮助果农提高冬芒品质和商品果率。当地还建成了产地冷库和分拣中心，芒果采摘后24小时内就能发往全国主要城市。（记者 韦  宁 覃雪梅）"),
 ],
 after="<p>编辑：黄婷</p><div>" + links("分享", "收藏") + "</div>",
 bottom=ps("广西广播电视台 版权所有", "信息网络传播视听节目许可证：2005154　桂ICP备06005125号"),
 title="百色芒果“冬果”上市 果农收入再添一季", authors=["韦宁", "覃雪梅"], time="2026-11-28 20:15"))
