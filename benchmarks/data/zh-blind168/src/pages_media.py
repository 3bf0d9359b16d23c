# Media pages tm-13 .. tm-24 (central/provincial/city media, portals, TV/radio; two English)
K = 'media'
PAGES = []

# tm-13: central news agency style, 新华社…电（记者…）, 2015 layout
PAGES.append(dict(
 id='tm-13', kind=K, lang='zh', pstyle='p',
 css='#top{height:40px}.header{width:1000px;margin:auto}.h-title{font-size:30px}.h-info span{margin-right:10px}',
 head='<div id="top"><a>新华网首页</a> | <a>时政</a> | <a>地方</a> | <a>财经</a> | <a>国际</a> | <a>军事</a> | <a>体育</a> | <a>图片</a> | <a>视频</a></div><div class="header"><img alt="新华网山东频道"> <span>&gt; 正文</span></div>',
 wrap='<div class="header">%s</div>',
 title='山东沿海港口冬季集装箱吞吐量创新高',
 info='<div class="h-info"><span class="h-time">2026-11-26 09:21:15</span><span>来源：新华网</span></div>',
 authors=['张磊','邵青'], publish_time='2026-11-26 09:21:15',
 body=[
  ('p','新华社济南11月25日电（记者张磊、邵青）记者从山东省港口集团获悉，今年10月以来，山东沿海港口集装箱吞吐量保持快速增长，11月前三周累计完成集装箱吞吐量386万标准箱，同比增长9.4%，创同期新高。'),
  ('p','在青岛港前湾集装箱码头，岸桥林立，集卡穿梭。码头操作部负责人介绍，进入冬季后，码头针对大风、低温天气优化作业方案，智能化闸口平均通关时间压缩至20秒以内。'),
  ('p','据介绍，今年入冬后日韩、东南亚航线货量增长明显，家电、轮胎、机械设备等出口货物和粮食、冷链等进口货物占比较大。为应对货量高峰，港口增开了夜间作业班次，并与船公司协同优化船期安排。'),
  ('p','今年以来，山东港口新增外贸航线21条，总数达到360条以上，海铁联运箱量突破300万标准箱。业内人士认为，航线网络加密和海铁联运发展，为港口吞吐量增长提供了有力支撑。'),
  ('img','青岛港前湾集装箱码头','11月24日，货轮在青岛港前湾集装箱码头装卸货物。新华社记者 邵青 摄'),
 ],
 after='<div class="editor">【责任编辑:王茜】</div>',
 tail='<div class="header"><div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div><h4>相关新闻</h4><ul><li>山东港口开通首条至南美东岸冷链航线</li><li>烟台港滚装船运量同比增长12%</li></ul><h4>推荐阅读</h4><ul><li>图片 | 渤海湾初雪</li></ul></div>',
 foot='<div class="foot">Copyright © 2000-2026 XINHUANET.com All Rights Reserved.<br>制作单位：新华网股份有限公司　版权所有 新华网股份有限公司</div>',
))

# tm-14: 天津 city media portal (津云-like), 2023 design, author label + editor, date under title with weekday
PAGES.append(dict(
 id='tm-14', kind=K, lang='zh', pstyle='p',
 css='.topbar{background:#e60012;color:#fff}.w1200{width:1200px;margin:auto}.detail-title{font-size:32px}',
 head='<div class="topbar w1200"><a>津门网首页</a> <a>新闻</a> <a>区情</a> <a>问政</a> <a>视频</a> <a>直播</a> <a>下载客户端</a> <input placeholder="搜索你感兴趣的内容"></div><div class="w1200 crumb"><a>首页</a> &gt; <a>天津新闻</a> &gt; <a>社会</a></div>',
 wrap='<div class="w1200">%s</div>',
 title='海河冰面尚未封冻 市民切勿上冰游玩',
 info='<div class="info"><span>2026-11-29 08:45 星期日</span><span>来源：津门网</span><span>作者：记者 宋佳宁 通讯员 赵鹏</span></div>',
 authors=['宋佳宁','赵鹏'], publish_time='2026-11-29 08:45 星期日',
 body=[
  ('p','近日气温骤降，海河部分河段出现薄冰。记者从市水务部门获悉，目前冰层厚度普遍不足5厘米，远未达到安全承载标准，市民切勿上冰游玩、钓鱼。'),
  ('p','昨天上午，记者在海河沿岸看到，多处亲水平台已拉起警戒线，设置了“冰面危险 禁止上冰”的警示牌。巡河人员每隔两小时巡查一次，劝离在河岸边逗留的市民。'),
  ('p','“冰面看起来结实，其实下面可能是空的。”市水上救援队队员周海说，初冬时节冰层受水流影响厚薄不均，一旦落水，人在低温下几分钟内就会失去自救能力。'),
  ('p','市水务部门表示，入冬以来已在海河、子牙河、北运河等河段增设警示标志400余块，配备救生圈、救生绳等救援设备，并将联合公安、街道持续开展巡查劝导。'),
  ('h','遇险如何自救'),
  ('li','保持冷静，不要乱扑乱打，尽量将身体趴在冰面上，扩大受力面积；'),
  ('li','向来时的方向爬行，冰面破裂时用手臂支撑；'),
  ('li','发现他人落水，应立即拨打110、119，不要盲目下水施救。'),
 ],
 after='<p class="ed">责任编辑：刘畅</p>',
 tail='<div class="w1200"><div class="share"><a>分享</a><a>点赞 32</a></div><h3>热门推荐</h3><ul><li>本周末我市最低气温将降至零下8℃</li><li>天津地铁11号线二期开通倒计时</li></ul></div>',
 foot='<div class="w1200 ft">津门网版权所有 未经授权禁止转载<br>互联网新闻信息服务许可证：12120170001　津ICP备17008888号-1<br>违法和不良信息举报电话：022-23601234</div>',
))

# tm-15: 大众 provincial newspaper site, 本报讯 byline in first paragraph, 原标题 line
PAGES.append(dict(
 id='tm-15', kind=K, lang='zh', pstyle='indent',
 css='.main{width:1100px;margin:auto}h1{font-size:28px}.lead{color:#555}',
 head='<div class="main"><a>齐鲁在线</a> | <a>山东</a> | <a>区市</a> | <a>经济</a> | <a>文旅</a> | <a>教育</a> | <a>健康</a> | <a>评论</a></div><div class="main"><span>你的位置：</span><a>齐鲁在线</a>&gt;<a>山东频道</a>&gt;<a>区市</a></div>',
 wrap='<div class="main">%s</div>',
 title='日照“海上牧场”迎来收获季 深远海养殖三文鱼首批上市',
 info='<div class="info">2026-11-27 07:12:00　来源: 齐鲁日报　作者: 徐敏 李振涛</div>',
 authors=['徐敏','李振涛'], publish_time='2026-11-27 07:12:00',
 body=[
  ('x','原标题：深远海里养出“冷水鱼”'),
  ('p','本报日照11月26日讯（记者 徐敏 通讯员 李振涛）26日清晨，距离日照海岸线约130海里的“黄海牧场2号”养殖工船上，首批深远海养殖三文鱼起捕上岸，经加工后将直供国内商超。'),
  ('p','三文鱼属于冷水鱼，对水温要求苛刻。黄海中部海域夏季存在一个底层冷水团，温度常年保持在6℃至12℃之间。养殖企业利用这一资源，在工船上建设15个养殖舱，通过抽取深层冷水实现三文鱼全年养殖。'),
  ('p','与近海网箱相比，深远海养殖受台风、赤潮等影响更小，鱼类活动空间大、品质好。工船可随季节和水温变化移动，遇到恶劣天气还能就近避风。'),
  ('p','“从鱼苗入舱到成鱼上市，用了大约14个月，平均每尾重达4.5公斤。”项目技术负责人介绍，工船配备自动投喂、水质在线监测等系统，养殖全程可追溯。'),
  ('p','据悉，日照今年深远海养殖产量预计突破1.2万吨，正在推进第三艘养殖工船建设。'),
 ],
 after='<p class="bj">【编辑：高翔】</p>',
 tail='<div class="main"><p>相关阅读</p><ul><li>山东海洋牧场建设综合试点启动</li><li>威海：海带苗种“下海”</li></ul><p>网友评论 <textarea placeholder="文明上网，理性发言"></textarea></p></div>',
 foot='<div class="main">齐鲁在线版权所有 鲁ICP备09001234号<br>新闻热线：0531-85199999</div>',
))

# tm-16: 贵州 provincial app share page (天眼-like), 2025 mobile, author with 文/, 来源 line
PAGES.append(dict(
 id='tm-16', kind=K, lang='zh', pstyle='div',
 css='body{max-width:750px;margin:auto;font-size:17px}.para{margin:1em 0}.openapp{position:sticky;bottom:0;background:#f60}',
 head='<div class="app-top"><img alt="黔眼新闻"><span>黔眼新闻</span><a class="openapp">打开APP</a></div>',
 title='贵州桥梁博物馆冬季夜游线路开放',
 info='<div class="info"><span>黔眼新闻</span> <span>2026-11-28 19:05</span></div>',
 below='<div class="au">文/黔眼新闻记者 吴　丹　图/杨宸</div>',
 authors=['吴丹'], publish_time='2026-11-28 19:05',
 body=[
  ('p','11月28日晚，位于六枝特区的贵州桥梁博物馆正式开放冬季夜游线路。游客可在灯光映衬下参观馆内40余座桥梁模型，并登上观景平台远眺实体大桥。'),
  ('img','灯光下的大桥','夜色中的大桥。'),
  ('p','夜游线路全长约2.3公里，串联起“桥的起源”“贵州桥梁”“超级工程”三个展区。沿途设置了互动投影和讲解点，游客扫码即可收听桥梁建设者讲述施工故事。'),
  ('p','为丰富游客体验，博物馆还在馆外广场设置了冬季市集，售卖布依族米酒、六枝牛肉粉等地方特色小吃，并邀请当地文艺队表演民族歌舞。首个开放夜，馆内共接待游客2300余人次。'),
  ('p','“白天看桥是雄伟，晚上看桥是浪漫。”从贵阳驾车前来的游客周女士说，她特意带孩子来感受“桥梁大省”的魅力。'),
  ('p','博物馆负责人介绍，冬季夜游线路每周五至周日开放，开放时间为18:30至21:30，持当日门票可免费参加。'),
 ],
 after='<div class="src">来源：黔眼新闻</div><div class="ed">编辑 罗元 二审 陈潇 三审 张锐</div>',
 tail='<div class="rel"><h4>更多精彩</h4><ul><li>贵州冬季旅游“十大线路”发布</li><li>遵义：万亩茶园披上“银装”</li></ul></div><a class="openapp">APP内打开 阅读体验更佳</a>',
 foot='<div class="ft">贵州黔眼传媒有限公司版权所有</div>',
))

# tm-17: 新疆 regional portal (天山-like), old 2013 table layout, author at end in parentheses
PAGES.append(dict(
 id='tm-17', kind=K, lang='zh', pstyle='br',
 css='body{font-size:14px}td{vertical-align:top}',
 head='<table width="960" align="center"><tr><td><img alt="天山在线"></td><td><a>首页</a> <a>新疆新闻</a> <a>国内</a> <a>国际</a> <a>兵团</a> <a>旅游</a> <a>维文</a> <a>哈文</a></td></tr><tr><td colspan="2">天山在线 &gt;&gt; 新疆新闻 &gt;&gt; 地州新闻</td></tr></table>',
 wrap='<table width="960" align="center"><tr><td width="680">%s</td><td width="260"><b>图片新闻</b><br>喀纳斯迎来今冬第一场大雪<br>吐鲁番葡萄干销往海外</td></tr></table>',
 title='阿勒泰地区冬季旅游季启幕 首趟“冰雪专列”抵达',
 info='<table><tr><td>www.tianshan-online.cn</td><td>2026年11月25日 21:47</td><td>来源：天山在线</td></tr></table>',
 authors=['热依拉·阿不都','马晓东'], publish_time='2026年11月25日 21:47',
 body=[
  ('p','11月25日，随着载有600余名游客的“冰雪专列”缓缓驶入阿勒泰站，阿勒泰地区2026—2027冬季旅游季正式启幕。'),
  ('p','启幕仪式上，哈萨克族姑娘们为游客献上热奶茶，毡房里响起冬不拉弹唱。来自广州的游客林先生说：“第一次看到这么厚的雪，下车那一刻就被震撼了。”'),
  ('p','据介绍，本雪季阿勒泰地区推出滑雪度假、冰雪民俗、雪地自驾等8大类32条旅游产品，将军山、可可托海等滑雪场已陆续开板。地区还开通了乌鲁木齐至阿勒泰的加密航班和旅游专列，方便游客出行。'),
  ('p','为保障游客安全，阿勒泰地区交通、公安、医疗等部门在主要景区和滑雪场设立服务站点，开通24小时旅游服务热线，并在重点路段加强除雪保畅，确保游客出行顺畅。'),
  ('p','预计本雪季阿勒泰地区将接待游客超过1200万人次。（记者 热依拉·阿不都 马晓东）'),
 ],
 after='<div>[责任编辑：艾力]</div>',
 tail='<table width="960" align="center"><tr><td>打印本页 | 关闭窗口 | 发表评论</td></tr><tr><td>相关新闻：<br>· 新疆冬季旅游优惠政策出台<br>· 禾木村雪后美景</td></tr></table>',
 foot='<table width="960" align="center"><tr><td align="center">天山在线版权所有　新ICP备05000123号　互联网新闻信息服务许可证：65120170003</td></tr></table>',
))

# tm-18: 天津 TV station site (video page with 视频 furniture), 2020 dark theme
PAGES.append(dict(
 id='tm-18', kind=K, lang='zh', pstyle='p',
 css='body{background:#111;color:#eee}.box{width:1200px;margin:auto}.player{height:400px;background:#000}',
 head='<div class="box nav"><img alt="津视网"><a>首页</a><a>直播</a><a>点播</a><a>栏目</a><a>新闻</a><a>广播</a><a>登录</a></div><div class="box crumb">首页 &gt; 新闻 &gt; 天津新闻联播</div>',
 wrap='<div class="box">%s</div>',
 above='<div class="player">视频加载中… 00:00 / 02:36 <span>标清</span> <span>高清</span> <span>全屏</span></div>',
 title='【天津新闻联播】滨海新区首个“零碳”工业园通过认证',
 info='<div class="info">时间：2026-11-24 19:38　栏目：天津新闻联播　播放次数：8,641</div>',
 authors=['任建华','白露'], publish_time='2026-11-24 19:38',
 body=[
  ('p','今天，位于滨海新区的中新绿谷产业园通过第三方机构“零碳园区”认证，成为我市首个获得该认证的工业园区。'),
  ('p','园区总经理马骏说，园区屋顶光伏装机容量达到38兆瓦，配套建设了储能电站和智慧能源管理平台，园区内企业用电的82%来自可再生能源，剩余部分通过购买绿电和碳汇实现抵消。'),
  ('p','记者在园区能源管理中心看到，大屏上实时显示着各企业的用电、用热和碳排放数据。企业负责人表示，通过节能改造，去年单位产值能耗下降了17%。'),
  ('p','今年以来，园区新引进绿色低碳企业9家，园区企业累计减少二氧化碳排放约6万吨。园区还与周边高校合作建立低碳技术研发中心，为入驻企业提供节能诊断和碳核算服务。'),
  ('p','据了解，我市计划到2027年再建成5个零碳或近零碳园区，推动工业领域绿色低碳转型。'),
  ('x','记者：任建华 白露　摄像：王冠　编辑：张一帆','cred'),
 ],
 tail='<div class="box"><h3>精彩推荐</h3><ul><li>02:15 【天津新闻联播】海河沿线冬季景观提升</li><li>01:47 【天津新闻联播】地铁新线路进入空载试运行</li></ul><p>本栏目播出时间：每天19:30</p></div>',
 foot='<div class="box ft">津视网 版权所有　信息网络传播视听节目许可证：0201234　津ICP备06001122号</div>',
))

# tm-19: 贵州 city newspaper portal, 2017, photo-heavy article with caption lines and 摄影 credit
PAGES.append(dict(
 id='tm-19', kind=K, lang='zh', pstyle='p',
 css='.l{width:760px;float:left}.r{width:300px;float:right}.clear{clear:both}',
 head='<div class="hd"><a>遵义在线</a> <a>首页</a> <a>本地</a> <a>区县</a> <a>红色遵义</a> <a>图片</a> <a>专题</a> <a>电子报</a></div><div class="crumb">遵义在线 → 本地 → 正文</div>',
 wrap='<div class="l">%s</div><div class="r"><h4>排行榜</h4><ol><li>遵义南站新增两趟高铁</li><li>湄潭茶产业年产值破百亿</li><li>汇川区新建3所幼儿园</li></ol></div><div class="clear"></div>',
 title='“黔北民居”变身民宿 仁怀老寨子焕发新生机',
 info='<div class="info">2026-11-23 10:05:18 来源：遵义日报 记者 陈　曦 阅读：1,204</div>',
 authors=['陈曦'], publish_time='2026-11-23 10:05:18',
 body=[
  ('p','青瓦白墙、木窗雕花，走进仁怀市茅坝镇老寨子，一栋栋改造后的黔北民居错落有致。曾经空心化的寨子，如今成了周末游的热门去处。'),
  ('img','改造后的民宿','改造后的民宿。（记者 陈曦 摄）'),
  ('p','“以前寨子里只剩老人，房子空着没人住。”村民罗德明说，2024年村里成立旅游合作社，村民以闲置房屋入股，由合作社统一设计改造、统一运营。目前寨子里已开出精品民宿14家，床位210张。'),
  ('p','在改造中，设计团队坚持“修旧如旧”，保留了民居原有的穿斗木结构和小青瓦屋面，室内则配备了地暖、独立卫浴等现代设施。'),
  ('p','除了住宿，合作社还开发了酿酒体验、农家宴、非遗竹编等体验项目。周末和节假日，寨子里的民宿几乎天天满房，不少游客是从贵阳、重庆专程开车过来的。'),
  ('img','游客在寨子里拍照','游客在寨子里拍照打卡。'),
  ('p','今年1至10月，老寨子接待游客8.7万人次，实现旅游收入1560万元，入股村民户均分红4800元。'),
 ],
 after='<p>(编辑：何苗)</p>',
 tail='<div class="tags">标签：民宿 乡村旅游 仁怀</div><div class="pn">上一篇：遵义冬季流感进入高发期 下一篇：没有了</div>',
 foot='<div class="ft clear">遵义在线 版权所有 未经许可不得转载 黔ICP备08000789号<br>广告服务 | 联系我们 | 网站地图</div>',
))

# tm-20: central TV network site, 2024 design, wire copy (央视新闻客户端) with 编辑 line; no author
PAGES.append(dict(
 id='tm-20', kind=K, lang='zh', pstyle='p',
 css='.nav{display:flex;gap:12px}.col{max-width:1000px;margin:auto}.title_area h1{font-size:30px}',
 head='<div class="nav col"><img alt="中国视听网"><a>首页</a><a>新闻</a><a>体育</a><a>综艺</a><a>直播</a><a>听听</a><a>无障碍</a></div><div class="col">中国视听网 &gt; 新闻频道 &gt; 国内新闻</div>',
 wrap='<div class="col">%s</div>',
 above='<div class="title_area"><h1>国家电网：新疆“疆电外送”第四通道全线贯通</h1></div>',
 title='国家电网：新疆“疆电外送”第四通道全线贯通',
 title_html='',
 info='<div class="info1">来源：<a>央视新闻客户端</a> | 2026年11月26日 13:42:08</div>',
 authors=[], publish_time='2026年11月26日 13:42:08',
 body=[
  ('p','记者从国家电网获悉，11月26日，新疆“疆电外送”第四条特高压直流输电通道全线贯通，标志着新疆电力外送能力迈上新台阶。'),
  ('p','该工程起于新疆哈密，止于重庆，线路全长约2290公里，途经新疆、甘肃、陕西、四川、重庆5个省区市，额定输送容量800万千瓦。工程投运后，每年可向川渝地区输送电量约360亿千瓦时，其中新能源电量占比超过一半。'),
  ('p','施工期间，建设者克服了戈壁大风、高海拔冻土等困难，在全线首次大规模应用无人机放线、智能张力机等新装备，比计划工期提前3个月完成架线。'),
  ('p','国家电网有关负责人表示，工程将在年底前完成系统调试并投入运行。届时，新疆富余的风电、光伏电力将源源不断送往川渝负荷中心，有力保障当地冬季和夏季用电高峰期间的电力供应。'),
  ('p','目前，新疆已建成投运3条特高压外送通道，累计外送电量超过8000亿千瓦时。'),
 ],
 after='<div class="zebian">编辑：宋晨曦 责任编辑：刘亮</div>',
 tail='<div class="col"><h3>热播视频</h3><ul><li>新闻直播间｜全国多地迎来降温</li><li>焦点访谈｜乡村振兴新气象</li></ul><div class="share">分享到：微信 微博</div></div>',
 foot='<div class="col ft">中国视听网版权所有　京ICP证060535号　京公网安备11010502001234号<br>网上传播视听节目许可证（0102004号）</div>',
))

# tm-21: 山东 city radio station site (广播), audio page, 2019; author label after body
PAGES.append(dict(
 id='tm-21', kind=K, lang='zh', pstyle='p',
 css='.wrapper{width:1000px;margin:auto}.audio{background:#eef}',
 head='<div class="wrapper"><img alt="烟台广播 FM90.7"><a>首页</a> <a>频率</a> <a>节目单</a> <a>主播</a> <a>新闻</a> <a>活动</a></div><div class="wrapper">首页 &gt; 新闻 &gt; 本地</div>',
 wrap='<div class="wrapper">%s</div>',
 title='烟台苹果“冷链直通车”开往东南亚',
 info='<p class="info">发布时间：2026/11/25 17:30</p>',
 below='<div class="audio">▶ 收听音频 03:12</div>',
 authors=['于洋'], publish_time='2026/11/25 17:30',
 body=[
  ('p','今天下午，满载420吨烟台苹果的冷链班列从烟台西站发出，将经中老铁路运往泰国、老挝等东南亚国家，全程运行时间约7天。'),
  ('p','这是今年烟台开行的第12趟苹果冷链专列。与海运相比，铁路冷链运输时间缩短一半以上，苹果到达时的新鲜度更高。栖霞果农王春生说，今年他家的红富士出口价比内销高出两成，“专列一开，果子就不愁卖了”。'),
  ('p','为保证苹果品质，班列全程采用恒温冷藏集装箱，温度控制在0℃到2℃之间，每个集装箱都装有温湿度监测设备，发货方和收货方可以通过手机实时查看箱内情况。'),
  ('p','烟台市商务局介绍，今年1至10月，烟台苹果出口量达到21.6万吨，同比增长11%，出口市场覆盖80多个国家和地区。'),
  ('p','下一步，烟台将加密苹果冷链班列开行频次，并探索开通至中亚、欧洲的铁路冷链线路，推动更多烟台水果、海产品通过铁路走向国际市场。'),
  ('x','记者：于洋'),
 ],
 after='<p class="ed">编辑：王雪 监制：郑凯</p>',
 tail='<div class="wrapper"><p>下载“烟台听听”APP，收听更多精彩节目</p><p>← 上一篇 | 下一篇 →</p></div>',
 foot='<div class="wrapper ft">烟台广播电视台 版权所有　鲁ICP备11009876号-2</div>',
))

# tm-22: English page of a Chinese outlet (Tianjin), with "By" byline, 2024 design
PAGES.append(dict(
 id='tm-22', kind=K, lang='en', pstyle='p',
 css='body{font-family:Georgia}.mast{background:#0b3d91;color:#fff}.container{max-width:980px;margin:auto}',
 head='<div class="mast container"><img alt="Tianjin Today"><a>Home</a> | <a>News</a> | <a>Business</a> | <a>Culture</a> | <a>Travel</a> | <a>Living in Tianjin</a> | <a>中文</a></div><div class="container">Home &gt; News &gt; Local</div>',
 wrap='<div class="container">%s</div>',
 title='Haihe riverfront night market draws crowds despite cold snap',
 info='<div class="byline">By LIU XIAOYU and JAMES CARTER | Tianjin Today | Updated: 2026-11-27 16:45</div>',
 authors=['LIU XIAOYU','JAMES CARTER'], publish_time='2026-11-27 16:45',
 body=[
  ('img','Visitors at the night market','Visitors browse stalls at the Haihe night market on Wednesday. [Photo by Zhao Lin/Tianjin Today]'),
  ('p','Temperatures dipped below freezing this week, but that has not kept visitors away from the new night market along the Haihe River in Tianjin\'s Hebei district.'),
  ('p','More than 120 stalls selling local snacks such as jianbing guozi and ear-hole fried cakes line a 600-meter stretch of the riverbank, which reopened last month after renovation.'),
  ('p','"We came for the food and stayed for the view," said Anna Novak, a teacher from Poland who has lived in the city for two years. "The bridges lit up at night are beautiful."'),
  ('p','District officials said the market received about 45,000 visits in its first four weeks. Heated tents and a shuttle bus from the nearest metro station have been added to attract visitors through the winter.'),
 ],
 tail='<div class="container"><h4>Related Stories</h4><ul><li>Tianjin metro Line 11 extension to open next year</li><li>Five winter dishes to try in Tianjin</li></ul><p>Share: Facebook Twitter LinkedIn</p></div>',
 foot='<div class="container ft">Copyright 2026 Tianjin Today. All rights reserved. 津ICP备10004321号</div>',
))

# tm-23: English page of a Chinese outlet (Xinjiang), wire copy with only source -> authors []
PAGES.append(dict(
 id='tm-23', kind=K, lang='en', pstyle='p',
 css='.top{background:#333;color:#fff}.main{width:1020px;margin:auto}.tt{font-size:26px}',
 head='<div class="top main"><a>Tianshan English</a> <a>Xinjiang</a> <a>China</a> <a>World</a> <a>Photos</a> <a>Video</a> <input placeholder="Search"></div><div class="main">You are here: Home / Xinjiang / Economy</div>',
 wrap='<div class="main">%s</div>',
 title='Xinjiang cotton harvest nears completion with record machine-picking rate',
 info='<div class="info">Source: Xinhua | 2026-11-24 10:08:31 | Editor: Zhang Wei</div>',
 authors=[], publish_time='2026-11-24 10:08:31',
 body=[
  ('p','URUMQI, Nov. 23 (Xinhua) -- The cotton harvest in northwest China\'s Xinjiang Uygur Autonomous Region is nearly complete, with machines picking more than 90 percent of the crop this year, local agricultural authorities said Sunday.'),
  ('p','Xinjiang, China\'s largest cotton-producing region, planted about 2.4 million hectares of cotton this year. Output is expected to exceed 5.6 million tonnes, accounting for more than 90 percent of the national total.'),
  ('p','Farmers in Shawan, a major cotton-growing county, said drones and satellite navigation systems had cut the cost of field management significantly.'),
  ('p','The region has also expanded its textile industry in recent years, turning more of its cotton into yarn and fabric locally.'),
 ],
 tail='<div class="main"><p>Tags: cotton, agriculture, Xinjiang</p><h4>Most Popular</h4><ol><li>Kanas welcomes first heavy snow</li><li>Urumqi adds new international flights</li></ol></div>',
 foot='<div class="main ft">Copyright © Tianshan English. All Rights Reserved. 新ICP备12000456号</div>',
))

# tm-24: 贵州 county 融媒体中心 site, 2022; 供稿 and 审核 lines; author as 作者：spaced names, info bar above title
PAGES.append(dict(
 id='tm-24', kind=K, lang='zh', pstyle='indent',
 css='.m{max-width:1100px;margin:auto}.tt{font-size:24px}',
 head='<div class="m"><img alt="今日湄潭"> <a>首页</a> <a>时政</a> <a>乡镇</a> <a>茶乡</a> <a>视频</a> <a>融媒矩阵</a> <span>无障碍</span></div><div class="m">当前位置：首页 &gt; 乡镇 &gt; 正文</div>',
 wrap='<div class="m">%s</div>',
 above='<div class="info">作者：王  静  刘  敏 来源：湄潭县融媒体中心 时间：2026-11-28</div>',
 title='茶园里的“冬管”课堂',
 info='',
 authors=['王静','刘敏'], publish_time='2026-11-28',
 body=[
  ('p','“修剪要剪到这个高度，离地面大概60厘米，留好蓄养枝。”11月27日，在兴隆镇龙凤村的茶园里，县茶叶技术推广站高级农艺师吴明清一边示范，一边讲解冬季茶园管护要点。'),
  ('p','入冬以来，湄潭县组织30余名茶叶技术人员分赴各乡镇，开展茶园修剪、施肥、病虫害防治等“冬管”培训，已覆盖茶农4200余人次。'),
  ('p','茶农冯大姐说：“以前冬天就是剪剪枝，现在知道施有机肥、封园，明年春茶的产量和品质都会更好。”'),
  ('p','培训中，技术人员还现场演示了茶园绿色防控技术，讲解了杀虫灯、粘虫板的安装位置和使用方法，并向茶农发放了冬季茶园管护技术手册1500余份。'),
  ('p','据了解，全县今年冬管茶园面积60万亩，其中推广绿色防控技术的茶园达到45万亩。'),
  ('p','县茶叶技术推广站负责人表示，冬管培训将持续到明年1月，确保每个产茶村都有技术员上门指导。'),
 ],
 after='<p class="sh">供稿：兴隆镇</p><p class="sh">编辑：杨欢　审核：李梅　终审：田雨</p>',
 tail='<div class="m"><p>扫一扫 关注今日湄潭</p><img alt="二维码"></div>',
 foot='<div class="m ft">主办：湄潭县融媒体中心　黔ICP备17001234号-1　地址：湄潭县湄江街道茶城大道1号</div>',
))
