# 12 news pages
P = []
P.append(dict(id='yu-13', tpl='news', kind='news: 新华社通稿 reprinted on provincial portal', site='大河网',
 crumb='大河网 > 新闻 > 国内', title='我国首条跨黄河高铁隧道贯通',
 info='2025-08-14 15:06　来源：新华社　编辑：牛  帅　<a href="#">评论(12)</a>',
 date='2025-08-14 15:06', authors=['桂娟','史林静'],
 body=['新华社郑州8月14日电（记者桂娟、史林静）14日上午，随着最后一方土被挖开，我国首条下穿黄河的高速铁路隧道——济郑高铁黄河隧道全线贯通。',
  '该隧道全长4.6公里，最大埋深约40米，采用直径12.8米的盾构机掘进。施工过程中，建设者克服了高水压、富含砂层等地质难题，创造了单日掘进24米的纪录。',
  '中铁某局项目负责人介绍，隧道贯通后将转入轨道铺设和设备安装阶段，预计明年具备通车条件。届时，郑州至济南的旅行时间将缩短至1小时左右。'],
 after='<p class="side">【责任编辑：牛帅】</p>', rel=['郑州至济南高铁建设进入冲刺阶段','黄河流域生态保护和高质量发展这一年'], hot=['河南发布高温橙色预警','郑州地铁新线开通'], nav=['首页','河南','国内','国际','财经','文旅','大河号']))

P.append(dict(id='yu-14', tpl='gov2020', kind='news: 人民日报 article reprinted on government site', site='甘肃省人民政府',
 crumb='您当前所在位置：首页 > 要闻动态 > 媒体看甘肃',
 title='甘肃河西走廊：戈壁滩上长出“绿色电站”',
 info='来源：人民日报　发布时间：2025-07-02 08:15　字体：[大 中 小]',
 date='2025-07-02 08:15', authors=['王锦涛','宋朝军'],
 body=[('x','<p class="cap">本报记者　王锦涛　宋朝军</p>'),
  '盛夏时节，驱车行驶在酒泉市瓜州县的戈壁滩上，一排排光伏板整齐排列，一座座风机迎风转动，蔚为壮观。',
  '近年来，甘肃依托河西走廊丰富的风光资源，大力发展新能源产业。截至今年5月底，全省新能源装机容量突破6000万千瓦，占电力总装机的比重超过六成。',
  '“过去这里是寸草不生的戈壁，如今成了聚宝盆。”瓜州县一家光伏企业负责人说，光伏板下种植的耐旱植物有效减少了风沙，形成了“板上发电、板下种草”的良性循环。',
  '为解决新能源消纳问题，甘肃加快建设特高压外送通道，陇东—山东特高压直流工程已投运，每年可向省外输送清洁电能360亿千瓦时。',
  '《 人民日报 》（ 2025年07月02日 10 版）'],
 rel=['甘肃新能源装机容量突破6000万千瓦'], bsm='6200000001', icp='陇ICP备05000067号', ga='甘公网安备 62010202000001号'))
P[-1]['body'] = P[-1]['body'][:-1]
P[-1]['after'] = '<p class="side">《 人民日报 》（ 2025年07月02日 10 版）</p>'

P.append(dict(id='yu-15', tpl='news', kind='news EN: writer and date on one line', lang='en', site='China Daily',
 topbar='Global Edition | 中文 | Subscribe | Sign in', ph='Search', nav=['HOME','CHINA','WORLD','BUSINESS','LIFESTYLE','CULTURE','SPORTS','OPINION','REGIONAL'],
 crumb='Home / China / Society', title="Shanxi's ancient temples draw crowds after hit video game",
 info='ZHAO RUIXUE in Taiyuan | 2025-06-03',
 date='2025-06-03', authors=['Zhao Ruixue'],
 body=['Visitors are flocking to centuries-old temples in Shanxi province, months after the sites appeared in a blockbuster video game, local tourism authorities said.',
  "The province received more than 12 million tourists during the first five months of the year, up 18 percent year-on-year, with the Jin Temple in Taiyuan and the wooden pagoda in Yingxian county among the most visited sites.",
  '"Many young people come here holding their phones and comparing the real buildings with the scenes in the game," said Guo Ping, a guide at the Jin Temple. "We have had to add more guided tours on weekends."',
  'To cope with the surge, the provincial cultural heritage bureau has introduced a reservation system for fragile sites and trained more than 300 volunteers to explain the history of Yuan and Ming dynasty murals.',
  'Experts say the boom offers an opportunity, but warn that protection must come first. "The number of visitors to a wooden structure built in 1056 must be strictly controlled," said Li Hong, a researcher with the Shanxi Academy of Ancient Architecture.'],
 relname='Related Stories', rel=["Datong's old city walls get a facelift","Shanxi promotes winter tourism"], hotname='Most Viewed', hot=['China unveils new rural revitalization plan'],
 foot='Copyright 1995 - 2025. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC). 京ICP备13028878号-6'))

P.append(dict(id='yu-16', tpl='news', kind='news EN: standfirst is a question', lang='en', site='CGTN',
 topbar='LIVE | Download App | Language', ph='Search CGTN', nav=['Home','China','World','Business','Tech','Sci-Tech','Opinions','Video'],
 crumb='China', title="Gansu's desert apples: a bet on water-saving farming",
 sub='<p style="font-size:18px;color:#444">Can apple orchards thrive at the edge of the Tengger Desert without draining the groundwater?</p>',
 info='Updated 18:42, 12-Oct-2024 &nbsp; By Ma Jun',
 date='18:42, 12-Oct-2024', authors=['Ma Jun'],
 body=['In Minqin county of northwest China\'s Gansu province, where annual rainfall rarely exceeds 110 millimeters, farmers are harvesting apples from orchards irrigated drop by drop.',
  'Drip irrigation now covers more than 70 percent of the county\'s farmland, local officials said, cutting water use per mu by nearly half compared with flood irrigation a decade ago.',
  '"The apples are smaller than those from the east, but sweeter because of the big temperature difference between day and night," said farmer Zhang Dequan, who manages 40 mu of orchards.',
  'Scientists caution that the groundwater table in the Minqin oasis is still recovering, and the county has capped the total area of irrigated land at 1.1 million mu.'],
 relname='RELATED', rel=['Minqin: holding back the desert'], hotname='Trending', hot=['Chinese scientists develop drought-resistant wheat'],
 foot='Copyright © 2024 CGTN. 京ICP备16065310号'))

P.append(dict(id='yu-17', tpl='news', kind='news: headline with person name + colon', site='河北新闻网',
 crumb='河北新闻网 > 河北要闻 > 人物', title='张建军：三十年守护塞罕坝的“望火人”',
 info='来源：河北日报　作者：记者 尚  杰　2024年12月5日　<span>分享到：微信 微博</span>',
 date='2024年12月5日', authors=['尚杰'],
 body=['凌晨五点，塞罕坝机械林场的望火楼上，张建军已经拿起望远镜，开始了一天的瞭望。',
  '今年57岁的张建军，在这座海拔1900多米的望火楼上工作了整整三十年。每年防火期，他和妻子吃住在楼上，每隔15分钟瞭望一次，每小时向场部报告一次。',
  '“林子是几代人一锹一镐种出来的，一点火星都不能有。”张建军说。三十年来，他累计报告火情线索40余起，无一延误。',
  '如今，林场装上了视频监控和无人机巡护系统，但张建军仍坚持人工瞭望。“机器是好帮手，可人的眼睛和经验也少不了。”'],
 rel=['塞罕坝林场森林覆盖率达82%'], hot=['河北发布寒潮蓝色预警'], nav=['首页','河北','时政','社会','经济','文化','图片','视频']))

P.append(dict(id='yu-18', tpl='news', kind='news: 评论员 article', site='陕西日报·群众新闻网',
 crumb='首页 > 评论 > 本报评论员', title='以钉钉子精神抓好秦岭生态保护',
 sub='<p style="text-align:center">——三论坚决扛起秦岭生态保护政治责任</p>',
 info='陕西日报评论员　2024-05-21 07:30　来源：陕西日报　责任编辑：薛  菲',
 date='2024-05-21 07:30', authors=[],
 body=['秦岭是我国的中央水塔，是中华民族的祖脉和中华文化的重要象征。保护好秦岭生态环境，是我们义不容辞的责任。',
  '抓好秦岭生态保护，贵在持之以恒。生态保护不是一阵风，不能搞运动式、一阵子。要以钉钉子精神，一锤接着一锤敲，一任接着一任干，持续巩固违建整治成果，坚决防止问题反弹回潮。',
  '抓好秦岭生态保护，重在压实责任。各级党委和政府要落实生态保护主体责任，各相关部门要各司其职、协同发力，形成齐抓共管的工作格局。',
  '青山常在、绿水长流，需要我们久久为功。让我们以更加坚定的决心和更加务实的作风，守护好秦岭的绿水青山。'],
 rel=['一论坚决扛起秦岭生态保护政治责任','二论坚决扛起秦岭生态保护政治责任'], hot=['西安地铁8号线全线贯通']))

P.append(dict(id='yu-19', tpl='news', kind='news: 相关新闻 box in the middle', site='山西新闻网',
 crumb='山西新闻网 > 本网原创', title='大同黄花菜迎来采摘季 线上线下齐发力',
 info='2025年07月18日 10:34　来源：山西新闻网　记者：续  鹏　实习生：樊一凡',
 date='2025年07月18日 10:34', authors=['续鹏','樊一凡'],
 body=['眼下正值黄花菜采摘旺季，大同市云州区20多万亩黄花菜进入盛花期，田间地头一片繁忙。',
  '清晨五点，西坪镇唐家堡村的菜农就已下地采摘。黄花菜要在花蕾未开放时采下，当天就要蒸制晾晒，时间非常紧张。',
  ('x','<div style="border:1px solid #ccc;padding:6px;width:300px"><b>相关新闻</b><ul><li><a href="#">云州区黄花菜产业带动万人增收</a></li><li><a href="#">黄花菜冻干技术通过验收</a></li></ul></div>'),
  '今年，云州区与电商平台合作，开通了直播销售专区，并在北京、上海等地设立了产品体验店。上半年，黄花菜线上销售额达到2.3亿元，同比增长31%。',
  '云州区农业农村局负责人表示，全区黄花菜产业年综合产值已突破40亿元，成为当地群众增收的“金针菜”。'],
 rel=['山西特色农产品出口增长'], hot=['太原至雄安高铁开工'], nav=['首页','时政','要闻','社会','财经','文旅','县域']))
P[-1]['authors'] = ['续鹏']
P[-1]['info'] = '2025年07月18日 10:34　来源：山西新闻网　记者：续  鹏　摄影：樊一凡'

P.append(dict(id='yu-20', tpl='gov2010', kind='news: 人民网 reprint on city government portal', site='宝鸡市人民政府',
 crumb='当前位置：首页 > 宝鸡要闻 > 媒体聚焦', title='宝鸡：“一枚钉子”串起千亿产业链',
 info='信息来源：人民网-陕西频道　　作者：孙  阳　　发布时间：2025-10-09　　【字体：大 中 小】',
 date='2025-10-09', authors=['孙阳'],
 body=['人民网宝鸡10月9日电 在陕西宝鸡高新区，一家紧固件企业的生产车间里，自动化生产线正高速运转，每分钟可生产高强度螺栓300余枚。',
  '宝鸡是我国重要的装备制造业基地，钛材料、重型汽车、机床等产业在全国具有较强竞争力。近年来，宝鸡聚焦“链主”企业，推动上下游配套企业集聚，打造了钛及钛合金、汽车及零部件两条千亿级产业链。',
  '“以前很多零件要从外地采购，现在半径50公里内基本都能配齐。”一家汽车企业采购负责人说。',
  '今年前三季度，宝鸡规上工业增加值同比增长8.4%，增速位居全省前列。'],
 after='<p class="side">（责任编辑：杨阳、张妍）</p>'))

P.append(dict(id='yu-21', tpl='news', kind='news: provincial site with 原标题, comments', site='西部网',
 crumb='西部网 > 陕西新闻 > 社会', title='渭南一外卖小哥跳河救起落水儿童',
 info='2025-08-02 20:17:05　来源：华商网—华商报　<a href="#">参与评论(36)</a>　<a href="#">分享</a>',
 sub='<p class="cap">原标题：外卖小哥送餐途中跳河救人 “当时没想那么多”</p>',
 date='2025-08-02 20:17:05', authors=['吕  强'.replace('  ','')],
 body=['8月1日傍晚，渭南市临渭区沋河公园附近，一名儿童不慎落水。正在送餐的外卖骑手韩小龙听到呼救声，立即扔下电动车跳入河中，将孩子救上岸。',
  '据目击者介绍，当时孩子已经漂出十多米，情况十分危急。韩小龙游到孩子身边后，托着孩子的头部游回岸边，随后又对孩子进行了简单的控水处理。',
  '“当时没想那么多，就想着一定要把孩子救上来。”事后，韩小龙换下湿透的衣服，又骑车去送剩下的订单。',
  '目前，孩子身体无大碍。孩子家长专程来到外卖站点，向韩小龙送上锦旗表示感谢。',
  ('x','<p>华商报记者 吕强</p>')],
 after='<p class="side">编辑：王鹤鸣</p>', rel=['渭南启动防溺水专项行动'], hot=['陕西高考录取分数线公布'], nav=['首页','陕西','时政','社会','视频','直播','评论']))

P.append(dict(id='yu-22', tpl='news', kind='news: byline under the 副题', site='黄河新闻网',
 crumb='黄河新闻网 > 运城频道 > 运城要闻', title='盐湖区：千年盐池变身城市“生态客厅”',
 sub='<p style="text-align:center;font-size:17px">——运城盐湖生态保护与修复工作纪实</p><p style="text-align:center">记者 薛  娜　通讯员 柴明远</p>',
 info='2024-09-27 09:48:11　来源：黄河新闻网运城频道　编辑：李  倩',
 date='2024-09-27 09:48:11', authors=['薛娜','柴明远'],
 body=['站在运城盐湖岸边，成群的火烈鸟、白琵鹭在水面上嬉戏觅食，七彩盐湖在阳光下熠熠生辉。',
  '运城盐湖有着4000多年的开发史，曾是我国重要的产盐基地。过去，由于长期工业开采，湖区生态遭到破坏。近年来，盐湖区关停湖区内化工企业12家，拆除违建设施5.6万平方米，实施湿地修复2.1万亩。',
  '生态好了，游客也多了。今年以来，盐湖景区接待游客超过200万人次，带动周边餐饮、民宿发展。',
  '“我们坚持保护优先，在保护中发展，让千年盐湖焕发新生机。”盐湖区相关负责人说。'],
 rel=['运城盐湖入选国家湿地公园'], hot=['山西秋粮开镰']))

P.append(dict(id='yu-23', tpl='news', kind='news: byline after the first photo', site='每日甘肃网',
 crumb='每日甘肃 > 甘肃新闻 > 陇南', title='陇南油橄榄丰收 果农笑开颜',
 info='2024-10-30 16:22　来源：每日甘肃网　<a href="#">手机看</a>　<a href="#">评论(3)</a>',
 date='2024-10-30 16:22', authors=['赵  瑜'.replace('  ',''),'古丽米拉·阿不都'],
 body=[('img','油橄榄采摘','武都区果农正在采摘油橄榄。'),
  ('x','<p class="cap">新甘肃·甘肃日报记者 赵瑜　通讯员 古丽米拉·阿不都</p>'),
  '金秋时节，陇南市武都区的油橄榄进入采摘期，漫山遍野的油橄榄树挂满了青紫相间的果实。',
  '武都是全国油橄榄最佳适生区之一，种植面积达到65万亩。今年，武都区推广科学修剪、病虫害绿色防控等技术，油橄榄亩产提高了15%左右。',
  '在汉王镇一处榨油厂内，刚采摘的鲜果经过清洗、破碎、离心分离，不到一小时就变成了金黄的橄榄油。厂长说，今年鲜果收购价每公斤6元，比去年高出0.5元。',
  '据介绍，武都区油橄榄产业综合产值已超过40亿元，带动当地4万多户果农增收。'],
 rel=['陇南花椒产业加快转型'], hot=['甘肃首场降雪']))

P.append(dict(id='yu-24', tpl='news', kind='news: 出品人/总监制/策划 credits', site='大象新闻',
 crumb='大象新闻 > 河南 > 民生', topbar='下载大象新闻客户端 | 河南广播电视台',
 title='新乡：村里的“共享菜园”火了',
 info='2025-04-06 18:30　大象新闻记者 侯  佳 闫俊杰　',
 date='2025-04-06 18:30', authors=['侯佳','闫俊杰'],
 body=['在新乡市原阳县师寨镇东庄村，一块块整齐的菜畦里种着菠菜、蒜苗、小葱，村民们正在地里忙着浇水除草。这是村里开办的“共享菜园”。',
  '村党支部书记闫红旗介绍，村里把闲置的20多亩土地整理出来，划分成100多块小菜地，以每年200元的价格租给城里人和村民认种。',
  '“周末带孩子来种菜，既能吃上放心菜，又能让孩子认识农作物。”来自新乡市区的市民刘女士说。',
  '“共享菜园”每年为村集体增加收入3万余元，还带动了村里农家乐的发展。'],
 after='<p class="side">出品人：马  达　总监制：宋  磊　策划：葛亚楠　编辑：周  扬</p>', rel=['原阳大米品牌价值突破百亿'], hot=['郑州发布雷电黄色预警']))
