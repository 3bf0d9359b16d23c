from fw import *

# ye-15 SCMP-like English
css = ".mast{font-family:Georgia;font-size:30px;padding:10px;border-bottom:3px solid #001246}.kick{color:#0a5;font-weight:bold;font-size:13px}h1{font-family:Georgia;font-size:34px}.sub li{list-style:disc;margin-left:20px}.by{font-size:13px}"
top = ('<div class="mast">SOUTH CHINA MORNING POST</div>' + nav(['News', 'China', 'Hong Kong', 'Asia', 'Opinion', 'Business', 'Tech', 'Lifestyle', 'Sport'])
       + '<div><a>Subscribe</a> <a>Sign in</a></div><div class="kick">CHINA / POLITICS</div>')
head = ('<h1>Guangdong unveils plan to turn Pearl River Delta ports into a single customs zone</h1>'
        '<ul class="sub"><li>Pilot scheme lets goods cleared in Nansha move to Shekou and Zhuhai without a second inspection</li><li>Analysts say move aims to claw back transshipment business lost to Southeast Asia</li></ul>'
        '<div class="by"><a>Ling Xiaoyu</a><br>China economy correspondent<br>Published: 9:15am, 3 Jun 2025<br>Updated: 11:02am, 3 Jun 2025</div>'
        '<div>Why you can trust SCMP</div><div>18 comments</div>')
items = ['Guangdong province will let export cargo cleared by customs at any of six Pearl River Delta ports move freely between them without further checks, in a pilot aimed at making the region operate like one giant harbour.',
 'Under the plan released by the provincial commerce department on Monday, containers inspected at Nansha in Guangzhou can be shipped on from Shekou in Shenzhen or Gaolan in Zhuhai under a single electronic seal, cutting handling time by up to two days.',
 '“For a mid-sized exporter in Dongguan, this means choosing the ship with the best schedule instead of the port where your paperwork happens to be,” said Chen Weiming, a logistics consultant based in Guangzhou.',
 ('img', 'Container trucks queue at Nansha port in Guangzhou.', 'Container trucks queue at Nansha port in Guangzhou. Photo: Xinhua'),
 'The six ports handled more than 70 million standard containers last year, but competition between city-run port groups has long meant duplicated investment and price wars.',
 'Analysts said the scheme was also a response to manufacturers shifting assembly lines to Vietnam and Malaysia, which has hollowed out transshipment volumes in the delta.',
 '“The real test is whether Shenzhen and Guangzhou are willing to share revenue,” said Alicia Ho, a trade economist at a Hong Kong bank. “Physical integration is easy; fiscal integration is not.”',
 'The pilot runs until the end of 2026 and could be extended to Hong Kong’s Kwai Tsing terminals if cross-boundary data rules allow, the plan said.']
bottom = ('<div>Ling Xiaoyu joined the Post in 2019 and covers the economy of southern China.</div>' + rel('More on this', ['Shenzhen port volumes hit record as exporters front-load orders', 'Opinion: Why the Greater Bay Area still needs Hong Kong’s courts'])
          + '<div>Share: Facebook Twitter LinkedIn Email</div><div class="foot">Copyright © 2025 South China Morning Post Publishers Ltd. All rights reserved.</div>')
page('ye-15', 'news: English (SCMP-like, byline with a title, Published: line)', 'en', 'Guangdong unveils plan to turn Pearl River Delta ports into a single customs zone',
     ['Ling Xiaoyu'], '9:15am, 3 Jun 2025', top, head, items, bottom, css, note='publish_time as printed after "Published:"')

# ye-16 Xinhua English with (By NAME) ending
css = ".mast{background:#c00;color:#fff;padding:10px;font-size:24px}h1{font-size:26px}.info{color:#888;font-size:13px}"
top = ('<div class="mast">Xinhua | english.news.cn</div>' + nav(['Home', 'China', 'World', 'Business', 'Culture & Edu', 'Sci-Tech', 'Photos', 'Video']) + search('Search'))
head = ('<h1>Hainan free trade port sees surge in duty-free sales after island-wide customs operation</h1>'
        '<div class="info">Source: Xinhua | 2025-06-03 18:40:12 | Editor: Zhang Long</div><div>[Video] <a>Share</a> <a>Print</a></div>')
items = ['HAIKOU, June 3 (Xinhua) -- Offshore duty-free sales in south China\'s Hainan Province reached 14.2 billion yuan (about 1.97 billion U.S. dollars) in the first five months of the year, up 9.6 percent year on year, Haikou Customs said Tuesday.',
 'The number of shoppers rose 12.3 percent to 2.86 million, with cosmetics, jewelry and electronics remaining the most popular categories, according to customs data.',
 'Officials attributed the growth to the island\'s special customs operation, which took effect late last year and allows most imported goods to enter Hainan tariff-free, as well as new pick-up options that let travelers collect purchases at airports and seaports.',
 ('img', 'Customers shop at a duty-free mall in Sanya', 'Customers shop at a duty-free mall in Sanya, south China\'s Hainan Province, May 31, 2025. (Xinhua/Guo Cheng)'),
 '"We have shortened the verification process for duty-free goods to under three minutes per customer," said Lin Xiaoping, an official with Haikou Customs.',
 'Hainan aims to build itself into an international tourism and consumption center, and plans to open two more duty-free shopping complexes in Wanning and Qionghai by the end of 2026. (By Wang Yi\'nan)']
bottom = (rel('Related:', ['China\'s Hainan FTP attracts record foreign investment', 'Hainan launches new visa-free transit measures']) + '<div class="foot">Copyright © 2000-2025 XINHUANET.com All rights reserved.</div>')
page('ye-16', 'news: English (Xinhua, (By NAME) ending)', 'en', 'Hainan free trade port sees surge in duty-free sales after island-wide customs operation',
     ["Wang Yi'nan"], '2025-06-03 18:40:12', top, head, items, bottom, css, note='editor not author; photo credit not author')

# ye-17 深度 with 小标题 in 【】 (南方+ like)
css = ".hd{background:#005bac;color:#fff;padding:12px;font-size:22px}.tag{color:#005bac}h1{font-size:28px}.au{color:#555;font-size:14px}"
top = ('<div class="hd">南方+　南方日报官方客户端</div>' + nav(['首页', '时政', '经济', '深度', '城市', '视频', '直播']) + '<div><a>下载客户端</a> <a>登录</a></div>')
head = ('<div class="tag">深度｜南方观察</div><h1>一条小镇的“出海”路：<br>中山古镇灯饰企业转战跨境电商调查</h1>'
        '<div class="au">南方+ 记者　卢洁玲　谢　睿　|　2025-06-03 08:00　|　阅读量 3.2万</div><div>收藏 分享 字号</div>')
items = ['在中山市古镇镇，1.2万家灯饰企业中，有超过2000家开设了跨境电商店铺。过去一年，这个以“中国灯饰之都”闻名的小镇，正在经历一场从“卖给经销商”到“卖给全球消费者”的转身。',
 ('b', '【订单变小了，也变多了】'),
 '早上九点，古镇华艺广场附近一家灯饰厂的打包车间已经忙碌起来。负责人何志强拿起一盏北欧风吊灯说：“这款灯在美国电商平台每月卖三千多件，每一单只有一两件，但加起来比以前一个外贸大单还多。”',
 '何志强的工厂过去主要给欧美进口商做贴牌，一个订单动辄上万件，利润却只有5%左右。2023年，他组建了十几人的电商团队，自己注册品牌。如今，跨境电商已占其销售额的四成，毛利率提高到25%。',
 ('b', '【从“拼价格”到“拼设计”】'),
 '直接面对海外消费者，倒逼企业在设计上下功夫。古镇灯饰设计公共服务平台负责人梁小玲介绍，近两年来企业送来做外观专利的新品数量翻了一番。“以前是照着样品改，现在要研究不同国家的居家审美。”',
 ('b', '【补齐物流和人才短板】'),
 '灯具体积大、易碎，物流成本一度是跨境卖家最大的痛点。去年起，古镇联合物流企业在镇内设立海外仓集货点，开通至洛杉矶、汉堡的拼箱专线，单件物流成本下降约三成。镇里还与中山职业技术学院合作开设跨境电商订单班，首批86名学员已全部进入企业。',
 '“小镇出海，不是每家都能成功。”古镇镇灯饰协会会长黄伟光说，“但只要有一批企业跑出来，就能带着整条产业链往前走。”']
bottom = ('<p>【作者】卢洁玲；谢睿</p><p>【来源】南方报业传媒集团南方+客户端</p><p>编辑 曾晓敏</p>' + rel('推荐阅读', ['佛山陶瓷企业的第二曲线', '东莞“世界工厂”如何应对订单外流', '跨境电商综试区扩围至广东全部地市'])
          + '<div class="foot">南方报业传媒集团 版权所有 粤ICP备09083484号</div>')
page('ye-17', 'news: 深度 with 【】 sub-headings, title on two lines', 'zh', '一条小镇的“出海”路：中山古镇灯饰企业转战跨境电商调查',
     ['卢洁玲', '谢睿'], '2025-06-03 08:00', top, head, items, bottom, css)

# ye-18 reprint with 来源 at end of body (海南网 reprint from 海南日报)
css = ".hd{background:#06c;color:#fff;padding:12px;font-size:24px}h1{font-size:24px}.bar{font-size:12px;color:#888}"
top = ('<div class="hd">南海网</div>' + nav(['首页', '海南新闻', '国内', '国际', '自贸港', '文旅', '健康', '视频']) + search('请输入关键词') + '<div>位置：首页 » 海南新闻 » 市县</div>')
head = '<h1>儋州洋浦港新开两条东盟集装箱航线</h1><div class="bar">2025-06-03 11:28:46 | 编辑：符　静 | 字号：小 中 大</div>'
items = ['6月2日上午，满载汽车配件和日用品的“中远海运秦皇岛”轮从洋浦国际集装箱码头驶出，开往越南海防港，标志着洋浦港新开通的两条东盟集装箱航线正式运营。',
 '据了解，两条新航线分别为洋浦—海防—林查班航线和洋浦—巴生—雅加达航线，均为每周一班。新航线开通后，洋浦港东盟航线增至12条，基本覆盖东盟主要港口。',
 '船公司相关负责人表示，洋浦港通关效率高、堆场条件好，加上海南自由贸易港“零关税”政策叠加效应，吸引了越来越多的货主选择在洋浦中转。新航线开通后，从洋浦到越南海防的航程缩短至两天左右。',
 '洋浦经济开发区管委会相关负责人介绍，今年1—5月，洋浦港完成集装箱吞吐量142万标箱，同比增长16.8%。下一步，洋浦将继续加密内外贸航线，推动“中国洋浦港”船籍港政策扩大适用范围。',
 '（来源：海南日报 记者 邓　钰 通讯员 陈　明）']
bottom = ('<p>【责任编辑：陈　静】</p>' + rel('相关阅读', ['洋浦5月外贸进出口增长21%', '海口港新增至香港的快线']) + '<div class="foot">南海网 版权所有 琼ICP备05000062号 互联网新闻信息服务许可证：46120180001</div>')
page('ye-18', 'news: reprint with 来源 + 记者 at end of body', 'zh', '儋州洋浦港新开两条东盟集装箱航线', ['邓钰', '陈明'], '2025-06-03 11:28:46', top, head, items[:-1],
     '<p>（来源：海南日报 记者 邓　钰 通讯员 陈　明）</p>' + bottom, css, note='standalone closing （来源：… 记者 …） line is a credit line: not body')

# ye-19 新闻 with photo gallery of 3 pictures, captions begin with 图为 (广西新闻网)
css = ".hd{background:#cc0000;color:#fff;padding:14px;font-size:24px}h1{font-size:24px;text-align:center}.meta{text-align:center;color:#666;font-size:13px}.gal{display:flex;gap:8px}"
top = ('<div class="hd">广西新闻网</div>' + nav(['首页', '时政', '广西', '图片', '视频', '文旅', '教育', '专题']) + '<div>当前位置：首页 > 图片 > 新闻图片</div>')
head = '<h1>百色芒果进入采摘季 果农忙分拣</h1><div class="meta">2025-06-03 14:02 来源：广西新闻网 作者：黄春涛 编辑：李宛蓉</div>'
gal = ''.join(f'<div class="fig"><img src="data:," alt="{a}"><p class="cap">{c}</p></div>' for a, c in [
    ('芒果采摘', '图为田阳区五村镇果农在芒果园采摘台农芒果。'),
    ('分拣包装', '图为百色市右江区一家果品公司工人在分拣线上挑选芒果。'),
    ('直播带货', '图为电商主播在果园直播销售芒果。')])
items = ['眼下，百色市40多万亩芒果陆续进入采摘期，田阳、右江、田东等地的芒果园里，果农们忙着采摘、分拣、装箱，一派丰收景象。',
 '今年百色芒果预计总产量达到130万吨，台农、桂七、金煌等品种相继上市。当地通过“冷链物流+电商直播”，芒果从采摘到发往全国各地最快只需24小时。',
 ('x', f'<div class="gal">{gal}</div>'),
 '在田阳区芒果交易市场，来自广东、湖南、浙江等地的客商正在挑选货源。客商李建华说，百色芒果糖分高、香味浓，在北方市场很受欢迎，他今年计划收购500吨。为保障芒果品质，百色推行“标准化种植+分级销售”，对芒果按重量、糖度分级定价，优质果每公斤收购价比普通果高出2元左右。',
 '今年，百色还举办芒果产业发展大会，邀请电商平台、物流企业和销地批发市场负责人到产区对接，现场签约采购意向金额超过20亿元。',
 '据了解，百色已建成芒果产地冷藏保鲜设施210多座，芒果产业带动全市20余万农户增收。']
bottom = ('<div>分享到：微信 微博 QQ空间</div>' + rel('图片推荐', ['南宁青秀山荷花盛开', '北海银滩迎来亲海游客高峰', '桂林漓江竹筏']) + '<div class="foot">广西新闻网版权所有 桂ICP备10202519号</div>')
page('ye-19', 'news: photo gallery 3 pictures with 图为 captions', 'zh', '百色芒果进入采摘季 果农忙分拣', ['黄春涛'], '2025-06-03 14:02', top, head, items, bottom, css)

# ye-20 视频 page with 文字稿 (东南网)
css = ".hd{background:#003f8a;color:#fff;padding:12px;font-size:22px}.player{width:720px;height:405px;background:#000;color:#fff;text-align:center}h1{font-size:22px}"
top = ('<div class="hd">东南网 · 视频</div>' + nav(['首页', '福建', '海峡', '视频', '直播', '图片']) + '<div>您的位置：首页 - 视频 - 福建</div>')
head = ('<h1>【视频】福州马尾：“小渔村”变身“船舶智造城”</h1><div class="player">00:00 / 02:46　播放　全屏</div>'
        '<div>2025年6月3日 10:21　来源：东南网　记者：林　彬　陈秋云（摄像）　责任编辑：郑　琼</div><p><b>【文字稿】</b></p>')
items = ['在福州马尾造船厂的总装车间，一艘4500吨级的海上风电运维母船正进行舾装作业。工人们借助数字化管理平台，可以实时查看每一个分段的施工进度。',
 '近年来，马尾区聚焦船舶与海洋工程装备产业，引进配套企业60余家，形成了从设计研发、钢材加工到动力系统、船舶电子的完整产业链。2024年，马尾船舶产业产值突破180亿元。',
 '马尾造船厂总经理许文雄告诉记者，今年企业手握订单28艘，生产任务已经排到2027年。其中新能源船舶占比超过一半，包括甲醇动力集装箱船和电动客渡船。',
 '在人才培养方面，马尾与福建船政交通职业学院共建船舶产业学院，开设船舶电气、焊接技术等订单班，每年为企业输送技能人才500余人。“我们的焊工从学校出来就能上岗，不用再从头培训。”车间主任陈国平说。',
 '下一步，马尾将建设船舶产业创新中心，推动船舶设计、智能制造和绿色动力技术攻关，打造东南沿海重要的船舶制造基地。']
bottom = ('<div>相关视频：<a>平潭海峡大桥观光</a> <a>宁德时代新工厂投产</a></div>' + '<div class="foot">东南网 版权所有 闽ICP备05000613号</div>')
page('ye-20', 'news: 视频 page with 【文字稿】 (记者 + 摄像 in one line)', 'zh', '【视频】福州马尾：“小渔村”变身“船舶智造城”', ['林彬'],
     '2025年6月3日 10:21', top, head, items, bottom, css, note='摄像 is photographer: not author')
