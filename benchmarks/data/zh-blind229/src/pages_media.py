"""Media pages rv-13 … rv-24 (all content invented)."""
from lib import add, doc, body_html, e, h1, img

CSS = "body{margin:0;font:16px/1.8 'PingFang SC',sans-serif;color:#333}.bar{background:#222;color:#ccc;font-size:12px;padding:4px 30px}.logo{font-size:32px;font-weight:bold;padding:14px 30px;color:#c40000}.menu{background:#c40000}.menu a{color:#fff;padding:6px 14px;display:inline-block}.grid{display:grid;grid-template-columns:1fr 300px;gap:30px;max-width:1200px;margin:0 auto;padding:20px}.yin,.fu{color:#666;font-size:18px}h1{font-size:30px;margin:8px 0}.info{color:#999;font-size:13px;border-bottom:1px solid #eee;padding-bottom:8px}.side li{font-size:14px}.pic{text-align:center}.cap{color:#666;font-size:14px}table.dt{border-collapse:collapse}table.dt td{border:1px solid #ccc;padding:4px}.ft{background:#f5f5f5;font-size:12px;color:#888;text-align:center;padding:20px}"

def page(site, menu, title, info, items, side, foot, yin='', fu='', pre='', post='', bar='登录 | 注册 | 客户端下载 | 数字报', lang='zh', crumb=None):
    inner = f'''<div class="bar">{bar}</div><div class="logo">{e(site)}</div>
<div class="menu">{''.join(f'<a>{e(m)}</a>' for m in menu)}</div>
<div class="grid"><main>{f'<div class="info">{crumb}</div>' if crumb else ''}{f'<div class="yin">{e(yin)}</div>' if yin else ''}<h1>{h1(title)}</h1>{f'<div class="fu">{e(fu)}</div>' if fu else ''}
<div class="info">{info}</div>{pre}<article>{body_html(items)}</article>{post}</main>
<aside class="side"><h4>{'Most Read' if lang == 'en' else '热点排行'}</h4><ol>{''.join(f'<li>{e(x)}</li>' for x in side)}</ol></aside></div>
<div class="ft">{foot}</div>'''
    d = doc(title.replace('\n', '') + ' - ' + site, CSS, inner)
    return d.replace('lang="zh-CN"', 'lang="en"') if lang == 'en' else d

# rv-13 重庆 本报讯 in first paragraph
T = '江岚区首条城市轨道快线完成全线“电通”'
I = [('p', '本报讯（记者 何家俊 通讯员 易芸）4月8日上午，随着主变电所110千伏进线开关合闸成功，轨道交通江岚快线实现全线“电通”，标志着该线路由土建施工阶段全面转入系统联调阶段，为年内开通试运营奠定了基础。'),
     ('p', '江岚快线全长32.6公里，设站9座，其中换乘站3座，设计最高时速140公里，是重庆主城首条连接中心城区与江岚新城的市域快线。开通后，江岚新城至解放碑的通勤时间将由目前的70分钟左右缩短至30分钟以内。'),
     ('p', '“电通”是轨道交通建设的关键节点。项目建设单位相关负责人介绍，为保证送电一次成功，施工团队提前开展了8轮模拟演练，对全线1.2万余个设备接口逐一核对。'),
     ('p', '接下来，江岚快线将开展列车动车调试、信号系统联调等工作，预计三季度进入空载试运行阶段。'),
     ('p', '据悉，江岚快线沿线还将同步建设3处公交换乘枢纽和5个P+R停车场，进一步提升沿线居民出行便利度。')]
add('rv-13', 'media', T, ['何家俊', '易芸'], '2025-04-09 07:05', I, page('山城晨报网', ['首页', '重庆', '区县', '财经', '文旅', '视频', '数字报'], T,
    '2025-04-09 07:05　来源：山城晨报　<span>字号：<a>A+</a> <a>A-</a></span>', I, ['主城都市区再添一座跨江大桥', '今年首批消费券下周发放', '重庆至北海高铁段开工'],
    '<p>山城晨报网版权所有，未经授权不得转载</p><p>互联网新闻信息服务许可证：50120180007　渝ICP备09031876号　渝公网安备50010302000563号</p>',
    post='<p>编辑：吴晓霞　审核：邓勇</p><p>相关阅读：<br>· 江岚快线首列车下线<br>· 市域快线建设提速</p>'))

# rv-14 广西 引题/副题, info bar 来源/作者/编辑
T = '柳湾螺蛳粉产业集群年产值突破百亿元'
I = [('p', '柳湾市螺蛳粉产业集群一季度实现产值27.4亿元，同比增长18.6%，去年全年产值首次突破100亿元大关。一碗“酸辣鲜爽烫”的米粉，正带动上下游数十万人增收致富。'),
     ('hb', '从“小作坊”到“大工厂”'),
     ('p', '走进柳南县螺蛳粉产业园，一条条自动化生产线正满负荷运转。园区企业负责人韦建国告诉记者，企业去年投入3000多万元引进智能包装设备，日产量从3万袋提升到15万袋，“订单已经排到了6月份”。'),
     ('hb', '原材料基地遍布乡村'),
     ('p', '螺蛳粉火了，带动了竹笋、豆角、木耳、螺蛳等原材料种养殖。目前全市建成原材料示范基地68个，种养面积超过50万亩，覆盖农户12万户。'),
     ('p', '在洛维村竹笋基地，村民蓝秀英算了一笔账：“一亩竹林一年能卖六七千元，比种玉米强多了。”'),
     ('hb', '加快布局海外市场'),
     ('p', '今年以来，柳湾螺蛳粉已出口至美国、加拿大、东盟等30多个国家和地区。市商务局表示，将支持企业在海外设立仓储中心，进一步扩大出口规模。')]
add('rv-14', 'media', T, ['梁晓冬', '韦芳'], '2025年04月16日 08:32', I, page('八桂晨报', ['首页', '广西新闻', '民生', '经济', '文体', '图片'], T,
    '来源：八桂晨报　作者：梁晓冬　韦芳　编辑：黄露　2025年04月16日 08:32', I, ['南宁地铁新线进入试运营', '漓江春季旅游持续升温', '广西高校毕业生就业招聘月启动'],
    '<p>关于我们 | 广告服务 | 联系我们</p><p>八桂晨报社主办　桂ICP备10003118号　互联网新闻信息服务许可证：45120170009</p>',
    yin='一季度产值同比增长18.6%　带动原材料基地68个', fu='——柳湾推动特色产业高质量发展观察之一',
    post='<p>分享到：微信 | 微博 | QQ</p>'))

# rv-15 黑龙江 wire copy, source only
T = '松岭市首批冰雪经济重点项目集中签约'
I = [('p', '北国通讯社松岭3月4日电　3日，松岭市举行冰雪经济重点项目集中签约活动，共签约冰雪装备制造、冰雪旅游度假、冰雪体育培训等项目17个，协议总投资达46.3亿元。'),
     ('p', '其中，总投资12亿元的林海雪原国际滑雪度假区二期项目将新建雪道18条、高山索道2条，建成后可满足日均1.5万人次滑雪需求。'),
     ('p', '今年雪季，松岭市累计接待游客412万人次，实现旅游收入58.6亿元，分别同比增长23%和27%。冰雪旅游已成为拉动当地冬季消费的重要引擎。'),
     ('p', '松岭市有关负责人表示，该市将围绕“冰雪+文旅”“冰雪+体育”“冰雪+装备”三条主线，着力打造全产业链冰雪经济发展格局。'),
     ('p', '此外，该市还计划在今年夏季举办首届避暑旅游产业博览会，推动冰雪旅游与避暑旅游“冬夏双旺”。')]
add('rv-15', 'media', T, [], '2025-03-04 11:26:37', I, page('北疆日报网', ['首页', '时政', '龙江', '经济', '社会', '评论', '视频'], T,
    '2025-03-04 11:26:37　来源：北国通讯社', I, ['省两会今日开幕', '松花江开江预测发布', '哈尔滨至伊春高铁进展顺利'],
    '<p>北疆日报报业集团主办　黑ICP备06002197号-1　黑公网安备23010302000337号</p><p>违法和不良信息举报电话：0451-8461××××</p>',
    crumb='当前位置：首页 &gt; 龙江 &gt; 正文', post='<p>【责任编辑：郭婧】</p>'))

# rv-16 天津 standalone first-line byline
T = '海河沿岸新添12处口袋公园'
I = [('p', '春日的海河畔，新建成的口袋公园里花木扶疏。家住附近的居民刘淑芬每天早上都会来这里打太极拳，“以前这儿是片荒地，现在成了我们家门口的小花园。”'),
     ('p', '每到傍晚，公园里更是热闹，下班的年轻人在步道上慢跑，老人们围坐在树荫下聊天下棋，孩子们在滑梯上玩得不亦乐乎。'),
     ('p', '记者从市城市管理委获悉，今年我市计划在海河沿岸新建、改造口袋公园12处，目前已有7处建成开放，其余5处将于6月底前完工。这些口袋公园面积从800平方米到5000平方米不等，均配建了休憩座椅、健身器材和儿童游乐设施。'),
     ('p', '“我们在设计时充分征求了周边居民意见。”市城市管理委相关负责人介绍，比如在老旧小区集中的区域，增加了适老化设施和无障碍通道；在学校周边，则增设了儿童友好空间。'),
     ('img', '海河畔新建的口袋公园', '海河畔新建成的口袋公园成为市民休闲好去处。'),
     ('p', '据了解，近三年来我市累计建成口袋公园186处，市民“出门见绿、转角遇园”的愿景正在一步步变成现实。')]
add('rv-16', 'media', T, ['王磊', '杜晓涵'], '2025-4-22 09:15', I, page('津沽在线', ['首页', '天津', '滨海', '民生', '教育', '健康'], T,
    '<span>2025-4-22 09:15</span> <span>来源：津沽日报</span> <span>阅读 1.2万</span>', I, ['地铁11号线延伸段开通', '天津今年将新增学位2万个'],
    '<p>津沽在线 版权所有　津ICP备08004421号　公网安备12010102000118号</p>',
    pre='<p><b>津沽日报记者　王　磊　通讯员　杜晓涵</b></p>', post='<p>编辑：孙一丹</p>'))

# rv-17 重庆 app share page, minority name
T = '直击|江岚区百年老街焕新开街'
TT = '江岚区百年老街焕新开街'
I = [('p', '五一假期首日，经过一年多修缮的江岚区磁井老街正式开街迎客，青石板路、吊脚楼、老茶馆重新热闹起来。'),
     ('p', '磁井老街始建于清代中期，全长约860米，保留有传统民居和会馆建筑42处。此次修缮坚持“修旧如旧”原则，对沿街建筑的穿斗木构、小青瓦屋面进行了原样修复，并将供水、供电和燃气管线全部下地。'),
     ('p', '“小时候跟着爷爷在这里喝茶听评书，现在老茶馆又开起来了，味道还是那个味道。”市民周建华带着孙子专程赶来。'),
     ('p', '开街当天，老街还推出了川剧变脸、竹编非遗展示、夜游灯会等活动。截至下午5点，老街已接待游客3.6万人次。'),
     ('p', '江岚区文化旅游委相关负责人表示，老街将引入30余家非遗工坊和特色餐饮商户，打造集文化体验、休闲消费于一体的历史文化街区。')]
add('rv-17', 'media', TT, ['热合曼·艾力', '罗佳'], '05-01 18:40', I, doc(T + '-渝见新闻', "body{margin:0 auto;max-width:640px;font:17px/1.75 sans-serif;padding:12px}.app{background:#f33;color:#fff;padding:8px;border-radius:6px}.m{color:#999;font-size:13px}h1{font-size:22px}.pic{text-align:center}.cap{font-size:13px;color:#888}",
    f'''<div class="app">渝见新闻 打开APP 阅读体验更佳</div><h1>{e(T)}</h1>
<div class="m">渝见新闻记者 热合曼·艾力 罗佳　05-01 18:40　重庆</div>
{img('磁井老街开街现场', '开街当天，磁井老街游人如织。渝见新闻记者 罗佳 摄')}
{body_html(I)}
<p class="m">编辑：冯蕾 / 责编：谭雨 / 审核：张涛</p><p class="m">打开渝见新闻APP查看更多精彩内容</p><p>点赞 128　评论 36　分享</p>
{img('下载二维码', '长按识别二维码下载渝见新闻')}<p class="m">渝ICP备15008831号-3</p>'''))

# rv-18 广西 responsive grid, short date form
T = '北部湾港一季度集装箱吞吐量同比增长14%'
I = [('p', '记者从北部湾港务集团获悉，今年一季度，北部湾港完成集装箱吞吐量218.6万标准箱，同比增长14.2%；完成货物吞吐量1.04亿吨，同比增长8.7%，两项指标增速均居全国沿海主要港口前列。'),
     ('p', '港口吞吐量快速增长的背后，是航线网络的不断加密。一季度，北部湾港新开通至越南海防、泰国林查班、印度尼西亚雅加达等外贸航线5条，外贸航线总数达到62条。'),
     ('p', '西部陆海新通道海铁联运班列也保持强劲增长势头。一季度累计开行海铁联运班列2680列，同比增长21%，货物品类从最初的几十种增加到如今的1100多种。'),
     ('p', '“以前货物从重庆到东南亚要绕道长江走海运，现在通过陆海新通道，运输时间缩短了10天左右。”一家物流企业负责人说。'),
     ('p', '据介绍，钦州港自动化集装箱码头二期工程正在加紧建设，建成后将新增年吞吐能力200万标准箱。')]
add('rv-18', 'media', T, ['陆海鹏'], '2025/04/11', I, page('南国早报网', ['首页', '广西', '北部湾', '东盟', '财经', '体育'], T,
    '南国早报网　2025/04/11　记者：陆海鹏', I, ['东盟博览会筹备工作启动', '南宁—河内国际班列扩容'],
    '<p>南国早报网　桂ICP备09006677号　信息网络传播视听节目许可证 2004111</p>', post='<p>（责任编辑：莫小燕）</p><p>上一篇：钦州港新增两条外贸航线　下一篇：防城港跨境电商交易额增长</p>'))

# rv-19 English 重庆
T = 'Chongqing opens first cross-river cable car line in a decade'
I = [('p', 'Chongqing has opened its first new cross-river cable car in more than ten years, linking the old port district of Jianglan with the Nanshan scenic area across the Yangtze River.'),
     ('p', 'The 1.4-kilometer line, which began operating on Tuesday, carries up to 2,400 passengers an hour in each direction. A single trip takes about five minutes and costs 25 yuan for tourists, while local residents holding a transport card pay 5 yuan.'),
     ('p', '"For people who live on the south bank, this saves at least 40 minutes compared with taking the bus across the bridge," said Tan Ming, a 52-year-old shop owner who rode the cable car on its first morning.'),
     ('p', 'The city\'s transport commission said the line was designed to ease pressure on the older Yangtze River Cableway, which regularly sees queues of more than two hours during holidays.'),
     ('p', 'Officials expect the new line to handle 3 million trips in its first year.')]
add('rv-19', 'media', T, ['Liu Xiaoyan', 'Chen Bo'], 'March 18, 2025', I, page('Mountain City Daily', ['Home', 'News', 'Business', 'Culture', 'Travel', 'Photos'], T,
    'By Liu Xiaoyan and Chen Bo | Mountain City Daily | Updated: March 18, 2025', I, ['Hotpot festival draws record crowds', 'New metro line to open in June'],
    '<p>Copyright Mountain City Daily. All rights reserved.</p><p>渝ICP备09031876号-2</p>', bar='中文 | Sign in | Subscribe', lang='en',
    post='<p>Editor: Wang Yue</p><p>Share: Facebook Twitter WeChat</p>'))

# rv-20 English 天津
T = 'Tianjin port rolls out driverless trucks on all container terminals'
I = [('p', 'TIANJIN, April 2 -- All container terminals at Tianjin\'s Beijiang Port have switched to driverless electric trucks for horizontal transport, the port operator said on Wednesday.'),
     ('p', 'A fleet of 186 autonomous trucks now moves boxes between quay cranes and storage yards around the clock. The operator said the change has cut energy use per container by 17 percent and raised efficiency by about 20 percent.'),
     ('p', 'The trucks are guided by a combination of satellite positioning, lidar and a 5G network covering the entire port area, allowing them to stop within centimeters of a crane.'),
     ('p', 'Beijiang Port handled 5.2 million twenty-foot equivalent units in the first quarter, up 6.4 percent year-on-year.'),
     ('p', 'The operator plans to export its autonomous driving system to ports in Southeast Asia and the Middle East later this year.')]
add('rv-20', 'media', T, [], '2025-04-02 16:20', I, page('Bohai Post', ['Home', 'China', 'Tianjin', 'Business', 'World', 'Opinion'], T,
    'Source: Bohai News Agency | 2025-04-02 16:20', I, ['Tianjin Marathon registration opens', 'Binhai library marks 10th anniversary'],
    '<p>© Bohai Post English Edition. 津ICP备12001365号</p>', bar='中文版 | Log in', lang='en', post='<p>Related: Tianjin expands green shipping corridor</p>'))

# rv-21 黑龙江 photo news 文/图
T = '界江开江 渔民备网迎“开江鱼”'
I = [('raw', '<p>文/图 北疆日报记者 徐大庆</p>'),
     ('p', '4月下旬，黑龙江松岭段江面冰排涌动，一年一度的开江时节如期而至。沿江的渔村里，渔民们早早修补好渔网、检修好船只，准备迎接“开江鱼”上市。'),
     ('p', '开江是江畔人家一年里的大事。每到这个时候，村里的老人们总会到江边站上一会儿，听冰排撞击的声响，估摸着今年的鱼情。'),
     ('img', '渔民修补渔网', '渔民在江边修补渔网。'),
     ('p', '“开江鱼一年就这么一茬，鲤鱼、鲫鱼、鳌花都肥得很，城里人都抢着要。”在江畔村，55岁的老渔民于德山一边整理渔具一边说。他打了三十多年鱼，每年开江后的半个月是最忙的时候。'),
     ('p', '近年来，当地严格落实禁渔期制度，推行增殖放流，江里的鱼明显多了起来。去年，仅江畔村一个村就增殖放流各类鱼苗60万尾。'),
     ('img', '冰排涌动的江面', '开江时节，江面冰排涌动。'),
     ('p', '当地还借势举办“开江鱼美食节”，推出全鱼宴、冬捕体验等项目，吸引了不少外地游客前来品尝尝鲜。')]
add('rv-21', 'media', T, ['徐大庆'], '2025年4月24日 星期四', I, page('北疆日报网', ['首页', '时政', '龙江', '经济', '社会', '图片'], T,
    '2025年4月24日 星期四　北疆日报网', I, ['黑河口岸客运恢复', '五大连池景区5月开放'],
    '<p>北疆日报报业集团主办　黑ICP备06002197号-1</p>', crumb='首页 &gt; 图片 &gt; 龙江图片', post='<p>责任编辑：于娜</p>'))

# rv-22 天津 two-line headline, closing byline line
T = '二手房带看量连续三周回升\n津城楼市“小阳春”成色几何'
I = [('p', '进入4月，天津二手房市场热度明显回升。多家中介机构数据显示，全市二手房带看量已连续三周环比上涨，成交量较3月同期增长约15%。'),
     ('p', '从区域看，河西、南开等老城区成交较为活跃，环城四区则以刚需首套为主，不少购房者看中了地铁沿线的次新房。'),
     ('p', '“最近周末基本一天要带五六组客户看房，主要是改善型需求。”在河西区一家门店工作的经纪人张昊说，90至120平方米的三居室最受欢迎。'),
     ('p', '业内人士分析，此轮回暖一方面得益于首套房贷利率下调、公积金贷款额度提高等政策效应持续释放，另一方面也与部分业主调低挂牌价格有关。'),
     ('p', '不过，也有专家提醒，当前市场仍以刚需和改善需求为主，房价整体保持平稳，购房者应结合自身需要理性决策，不宜盲目追涨。'),
     ('p', '据统计，一季度天津新建商品住宅网签面积同比下降4.1%，降幅较去年全年收窄11个百分点。')]
add('rv-22', 'media', T, ['郑媛媛'], '2025-04-14', I, page('津沽在线', ['首页', '天津', '财经', '房产', '汽车', '健康'], T,
    '津沽在线 | 2025-04-14 | 房产频道', I, ['天津公积金新政落地', '地铁沿线新盘入市'],
    '<p>津沽在线 版权所有　津ICP备08004421号</p>', post='<p>津沽日报记者 郑媛媛</p><p>编辑：吴天　校对：周敏</p>'))

# rv-23 重庆 interview
T = '“把每一台机床都当作自己的孩子”'
I = [('p', '在江岚区一家数控机床企业的装配车间里，52岁的全国技术能手杨德富正俯身调试一台五轴加工中心。从学徒到首席技师，他在这个车间里干了整整34年。'),
     ('hb', '记者：当初为什么选择当一名钳工？'),
     ('p', '杨德富：我是农村出来的，技校毕业分到厂里，师傅跟我说，钳工是“万能工”，学好了走到哪里都有饭吃。那时候就想着把手艺学扎实。'),
     ('hb', '记者：这么多年，最难忘的一件事是什么？'),
     ('p', '杨德富：2016年，厂里接了一批出口订单，要求主轴精度控制在0.002毫米以内。我们连续攻关了三个多月，最后靠手工刮研解决了问题。那批机床到现在还在国外用着。'),
     ('hb', '记者：对年轻技术工人有什么建议？'),
     ('p', '杨德富：要耐得住寂寞。机床不会说谎，你对它用几分心，它就给你几分精度。现在条件好了，年轻人学得快，但基本功一点都不能丢。'),
     ('raw', '<p>（本报记者 冉茂林）</p>')]
add('rv-23', 'media', T, ['冉茂林'], '2025-05-01 06:30', I, page('山城晨报网', ['首页', '重庆', '人物', '财经', '文旅', '视频'], T,
    '2025-05-01 06:30　来源：山城晨报　<a>A+</a> <a>A-</a>', I, ['五一假期重庆接待游客破千万'],
    '<p>山城晨报网版权所有　渝ICP备09031876号</p>', yin='劳动者风采·对话大国工匠',
    pre=img('杨德富在调试机床', '杨德富在调试机床。记者 冉茂林 摄'), post='<p>编辑：吴晓霞</p>'))

# rv-24 广西 评论 with standalone author
T = '让“家门口就业”成为更多人的现实选择'
I = [('p', '据报道，柳湾市今年以来在各乡镇建设“就业帮扶车间”86个，吸纳农村劳动力就近就业4300多人。这些车间多以来料加工为主，工人下了班就能接孩子放学、照顾老人。'),
     ('p', '记者走访发现，一些帮扶车间的工人月收入能达到2500元至3000元，虽然比不上外出务工，但省去了房租和路费，算下来并不吃亏。'),
     ('p', '“家门口就业”的意义，不仅在于增加收入，更在于守住了家庭的完整。过去，大量农村青壮年外出务工，留下老人和孩子，“留守”成为许多乡村的常态。如今，越来越多的人可以在离家不远的地方找到一份工作，这是一种实实在在的获得感。'),
     ('p', '当然，帮扶车间要长久运转，光靠政策扶持还不够。地方政府应帮助车间对接稳定订单，加强技能培训，让车间从“输血”走向“造血”。'),
     ('p', '同时，也要看到，来料加工附加值低，抗风险能力弱。长远来看，还需结合本地特色资源，培育能够扎根乡村的产业，让“家门口就业”从权宜之计变成长久之策。')]
add('rv-24', 'media', T, ['韦思齐'], '2025-05-20', I, page('八桂晨报', ['首页', '评论', '广西新闻', '民生'], T,
    '2025-05-20　来源：八桂晨报', I, ['评论：别让“过度包装”卷土重来'],
    '<p>八桂晨报社主办　桂ICP备10003118号</p>', yin='八桂时评', pre='<p>□ 韦思齐</p>', post='<p>编辑：黄露</p>'))
