from engine import e, NB
from furn import *
P = []

# ya-16 English page of a Chinese site, byline under headline
P.append(dict(id='ya-16', kind='news-en', fam='en', lang='en', authors=['Zhou Huiying'], time='2024-12-06 17:42',
 title="Harbin's ice lantern makers race the thermometer",
 head='<div class="top">Global Edition | 中文 | Subscribe | Sign in <input placeholder="Search"></div><div class="mast">China Daily Northeast</div><div class="nav"><a>Home</a><a>China</a><a>World</a><a>Business</a><a>Lifestyle</a><a>Culture</a><a>Travel</a><a>Opinion</a></div><div class="story"><p>Home / China / Regional</p>',
 post_title='<p class="by">By Zhou Huiying in Harbin | chinadaily.com.cn | Updated: 2024-12-06 17:42</p><p><a>Share</a> <a>Facebook</a> <a>X</a> <a>LinkedIn</a> <a>Mail</a></p>',
 body=[('img','ice lantern workshop', 'Workers carve ice blocks for the Harbin Ice-Snow World in Harbin, Heilongjiang province, on Dec 4, 2024. [Photo by Wang Song/For China Daily]'),
  'When the temperature on the Songhua River finally dropped below minus 15 C last week, Li Guoqiang and his team of 40 ice harvesters got to work before sunrise.',
  '"We wait all year for this moment," said Li, 52, who has cut ice from the river for nearly three decades. "If the ice is too thin, it cracks when we lift it. If we start too late, the builders fall behind."',
  'This winter, the Harbin Ice-Snow World, which opens on Dec 18, will use about 300,000 cubic meters of ice and snow, making it the largest edition since the park opened in 1999, according to its operator.',
  'More than 10,000 workers are on site, and the construction schedule has been broken into three shifts so that carving can continue through the night, when the air is coldest and the ice hardest.',
  'The city received about 90 million tourist visits during last year\'s ice and snow season, and local officials expect the number to rise this year as new direct flights from Southeast Asia and Russia come into service.',
  'For Li, the appeal is simpler. "Every year my grandson asks which wall of the castle is made from my ice," he said. "I always tell him: all of it."'],
 after='<p>Editor: Liu Xin</p><div><h4>Related Stories</h4><ul><li>Harbin prepares for Asian Winter Games</li><li>Snow town in Mudanjiang sees booking surge</li></ul></div></div>',
 foot='<div class="foot">Copyright 1995 - 2024. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC). <br>京ICP备13028878号-6</div>'))

# ya-17 评论/时评 with writer's unit at end
P.append(dict(id='ya-17', kind='news-opinion', fam='portal', authors=['韩松涛'], time='2025年3月14日 07:30',
 title='“县城婚房”降温，是好事也是考题',
 head=portal_head('吉林网·时评', ['首页','吉林','时评','财经','文旅','视频','专题'], '首页 > 时评 > 东北论坛'),
 post_title='<div class="info">2025年3月14日 07:30　来源：城市晚报　作者：韩松涛　<span>评论(12)</span></div>',
 body=['据报道，近一年来，东北多地县城新建商品房成交量下滑，以往占比很高的“婚房刚需”明显降温，一些年轻人选择在省会城市租房，或干脆回到父母家同住。',
  '县城婚房降温，首先是观念变化的结果。过去，“有房才能结婚”几乎是县城婚恋市场的硬门槛，不少家庭为此掏空“六个钱包”。如今，年轻人更看重工作机会和生活品质，不愿意为一套房背上几十年房贷，这种理性值得肯定。',
  '但也要看到，婚房需求减少，背后也有县域就业机会不足、人口持续外流的现实。县城房子没人买，说到底是年轻人留不住。',
  '因此，县城婚房降温既是好事，也是一道考题。地方政府与其寄希望于用购房补贴“托市”，不如在产业和公共服务上多下功夫：培育能吸纳年轻人就业的特色产业，办好县域高中和托育机构，完善医疗和文化设施。年轻人愿意留下来，房子的问题自然迎刃而解。',
  '归根结底，县城的吸引力不在楼盘，而在机会。',
  ('x','（作者系吉林大学行政学院副教授）')],
 after='<p>责编：孙晓慧　审校：王　楠</p>',
 foot=portal_foot(['两会代表谈县域发展：让年轻人愿意回来','吉林省今年将新增城镇就业25万人以上'], ['长春地铁6号线最新进展','吉林省2025年高考报名人数公布','查干湖冬捕收官'], '吉林网版权所有 吉ICP备06001213号 互联网新闻信息服务许可证22120170002', comments=12)))

# ya-18 图片新闻 with several captions (河北)
P.append(dict(id='ya-18', kind='news-photo', fam='portal', authors=['岳  琦'.replace('  ','')], time='2021-10-05 18:20',
 title='图片新闻｜坝上金秋：塞罕坝的一天',
 head=portal_head('长城网', ['首页','河北','图片','视频','文化','旅游','专题'], '首页 > 图片 > 图说河北'),
 post_title='<div class="info">2021-10-05 18:20　来源：长城网　文：岳'+NB+NB+'琦　摄影：苗　青 任丽娜</div>',
 body=['国庆假期，位于承德市围场满族蒙古族自治县的塞罕坝机械林场迎来赏秋高峰。百万亩林海层林尽染，白桦林、落叶松与草原交织成一幅多彩画卷。',
  ('img','塞罕坝秋色','10月3日清晨，塞罕坝七星湖湿地公园晨雾缭绕。'),
  ('img','游客拍照','游客在塞罕坝国家森林公园拍照留念。'),
  ('img','护林员巡山','护林员赵福林在望海楼瞭望塔观察火情。他已在这里坚守了11个秋天。'),
  '据介绍，国庆期间塞罕坝景区日均接待游客约1.3万人次。为保障游客安全和森林防火，林场在各主要路口设立防火检查站，加派护林员开展巡查。',
  '三代塞罕坝人接续奋斗，把昔日“黄沙遮天日，飞鸟无栖树”的荒原变成了百万亩人工林海，每年为京津地区涵养水源、净化淡水1.37亿立方米。如今，这片林海也成为当地群众增收致富的“绿色银行”。',
  '林场负责人提醒，进入秋季以来林区气候干燥，游客请勿携带火种进山，自驾车辆须按指定线路行驶，不要随意进入林间草地。'],
 after='<p>编辑：刘雅静</p>',
 foot=portal_foot(['组图：秋日白洋淀','承德避暑山庄迎来游客高峰'], ['河北省第十届旅发大会闭幕','石家庄地铁新线开通'], '长城网版权所有 冀ICP备05006161号 冀公网安备13010002000222号')))

# ya-19 直播/快讯 with timed updates (黑龙江 暴雪)
P.append(dict(id='ya-19', kind='news-live', fam='portal', authors=['杨  帆'.replace('  ',''), '郑晓东'], time='2026-01-14 07:05',
 title='直播｜暴雪来袭 哈尔滨全城除雪进行时',
 head=portal_head('东北网', ['首页','黑龙江','哈尔滨','直播','视频','民生'], '首页 > 直播'),
 post_title='<div class="info"><span class="live">● 直播中</span> 2026-01-14 07:05 东北网记者 杨'+NB+NB+'帆 郑晓东 <span>阅读 10万+</span></div>',
 body=[('x','【置顶】哈尔滨市气象台1月13日22时发布暴雪橙色预警信号，请市民减少不必要外出。'),
  '16:40 截至16时，全市主次干道积雪已清运约70%，公交线路全部恢复运营。',
  '14:15 记者在学府路看到，环卫工人和志愿者正在人工清理人行道积雪，多台推雪车沿主路来回作业。',
  '11:30 哈尔滨太平国际机场发布消息，受降雪影响，上午共取消进出港航班43架次，预计下午逐步恢复。',
  '09:20 哈尔滨市教育局通知，全市中小学、幼儿园今日停课一天，线上教学安排由各校另行通知。',
  '07:05 今晨，哈尔滨市区降雪量达到12.6毫米，城区平均积雪深度9厘米。市城管局已出动除雪机械1800台、作业人员2.3万人，全力保障道路通行。'],
 after='<p>编辑：马骁　审核：周　涛</p>',
 foot=portal_foot(['哈尔滨发布暴雪橙色预警','雪后出行注意事项'], ['亚冬会场馆赛后利用','哈尔滨冰雪大世界客流创新高'], '东北网版权所有 黑ICP备05002150号', comments=386)))

# ya-20 reprint with 原标题 and 来源 in the first line of the body (辽宁日报 on a portal)
P.append(dict(id='ya-20', kind='news-reprint', fam='portal', authors=['王笑梅', '陈  钢'.replace('  ','')], time='2024-07-02 06:48:31',
 title='辽宁“口袋公园”上半年新增412个',
 head=portal_head('网易新闻', ['首页','国内','国际','财经','科技','辽宁','房产','汽车']),
 post_title='<div class="info">2024-07-02 06:48:31　来源: <a>辽宁日报</a>　<a>举报</a>　<span>0</span></div>',
 body=[('x','（原标题：家门口的“小绿地”多了 我省“口袋公园”上半年新增412个）来源：辽宁日报'),
  ('x','辽宁日报记者 王笑梅 陈'+NB+NB+'钢'),
  '出门几步就是小公园，早晚散步、带孩子玩耍有了好去处。记者从省住房和城乡建设厅获悉，今年上半年，全省新建改造“口袋公园”412个，新增绿地面积约96公顷。',
  '“口袋公园”大多利用城市边角地、闲置地和拆违腾退空地建设，面积从几百平方米到一两万平方米不等。沈阳市铁西区利用一处废弃的厂区空地，建起了以工业遗存为主题的口袋公园；大连市则在山坡地块上修建步道和观景平台。',
  '省住建厅相关负责人表示，口袋公园建设坚持“群众点单”，在设计阶段广泛征求周边居民意见，增加儿童游乐、健身、休憩座椅等设施。',
  '按照计划，全年全省将建设“口袋公园”600个以上，让城市居民实现“出门300米见绿、500米见园”。'],
 after='<p>本文来源：辽宁日报　责任编辑：李娜_NE0011</p>',
 foot=portal_foot(['沈阳今年新建绿道120公里','大连滨海路改造完成'], ['辽宁高考分数线公布','辽宁舰编队训练'], '©1997-2024 网易公司版权所有', comments=0)))

# ya-21 新华社 通稿 reprinted on a portal
P.append(dict(id='ya-21', kind='news-xinhua', fam='portal', authors=['魏一骏', '恩浩'], time='2023年09月18日 20:11',
 title='内蒙古：风光制氢一体化项目集中开工',
 head=portal_head('中国新闻网', ['首页','时政','国际','财经','社会','地方','视频'], '首页 > 地方'),
 post_title='<div class="info">2023年09月18日 20:11　来源：新华社　<a>参与互动</a></div>',
 body=['新华社呼和浩特9月18日电（记者 魏一骏、恩浩）18日，内蒙古7个风光制氢一体化示范项目在鄂尔多斯、包头、乌兰察布等地集中开工，总投资约380亿元。',
  '据了解，这批项目全部建成后，年可生产绿氢约16万吨，配套新能源装机规模约400万千瓦。项目所产绿氢将主要用于化工、冶金等领域替代灰氢，每年可减少二氧化碳排放约140万吨。',
  '内蒙古风能、太阳能资源丰富，近年来加快推进新能源与氢能产业融合发展。截至今年8月底，全区新能源装机容量突破7000万千瓦，成为全国首个新能源装机超过火电装机的省级电网区域。',
  '自治区能源局有关负责人介绍，内蒙古正在规划建设“北疆绿氢走廊”，推进输氢管道、加氢站等基础设施建设，打造国家重要的绿氢生产基地。'],
 after='<p>【编辑:张燕玲】</p>',
 foot=portal_foot(['鄂尔多斯零碳产业园二期开园','包头稀土产业高质量发展'], ['中秋国庆假期出行指南','杭州亚运会开幕倒计时'], '本网站所刊载信息，不代表中新社和中新网观点。刊用本网站稿件，务经书面授权。 京ICP备05004340号-1', comments=None)))

# ya-22 provincial news site, 记者 / 通讯员 slash line (山西)
P.append(dict(id='ya-22', kind='news-provincial', fam='portal', authors=['冯  戈'.replace('  ',''), '郭晓燕'], time='2025年6月3日 星期二',
 title='大同黄花“链”出富民大产业',
 head=portal_head('山西新闻网', ['首页','山西','要闻','市县','财经','文旅','评论']),
 post_title='<div class="info">2025年6月3日 星期二 | 来源：山西日报 | 编辑：霍晋红</div><p>记者 冯'+NB+NB+'戈 / 通讯员 郭晓燕</p>',
 body=['六月的云州区，成片的黄花田绿意盎然，再过一个多月就将进入采摘期。在西坪镇唐家堡村，种植户张永兵正忙着给黄花地除草追肥。',
  '“去年种了30亩，每亩纯收入8000多元。今年合作社又给了新品种，产量还能再提一提。”张永兵说。',
  '近年来，大同市把黄花作为富民强县的主导产业来抓，种植面积稳定在26万亩左右，带动5万多户农民增收。产业链也在不断延伸，从鲜菜、干菜到黄花酱、黄花饮品、黄花面膜，深加工产品已发展到10大类120余种。',
  '“我们和高校合作开发的黄花提取物，附加值是干菜的十几倍。”大同一家黄花食品企业负责人说。',
  '与此同时，“黄花+文旅”也热了起来。大同火山群国家地质公园周边的黄花田每年吸引大批游客前来观光、摄影，去年接待游客超过80万人次。'],
 foot=portal_foot(['大同市举办黄花产业发展大会','山西特色农产品出口增长'], ['山西高考6月7日开考','太原二号线北延'], '山西新闻网版权所有 晋ICP备05003152号')))

# ya-23 city media, name in 【】 (长春) ; headline with 「」
P.append(dict(id='ya-23', kind='news-city', fam='portal', authors=['孙  悦'.replace('  ','')], time='2020-08-26',
 title='「长春早市」上了热搜：凌晨四点的烟火气',
 head=portal_head('长春新闻网', ['首页','长春','民生','文体','健康','视频']),
 post_title='<div class="info">【孙'+NB+NB+'悦】　2020-08-26　来源：长春晚报　责任编辑：曹　爽</div>',
 body=['凌晨四点，天刚蒙蒙亮，长春市宽城区的“全安早市”已经人头攒动。炸油条、豆腐脑、黏豆包、刚出锅的大饼子……摊主的吆喝声此起彼伏。',
  '最近，一段拍摄长春早市的短视频在网络上走红，播放量超过3000万，不少外地网友留言“想去长春逛早市”。',
  '“周末来的外地人特别多，有的拖着行李箱直接从火车站过来。”在早市卖了十多年熏酱的刘大哥说，这段时间他每天能多卖出一百多斤。',
  '记者了解到，长春目前有大小早市60余个，其中规模较大的有20多个。为了方便游客，宽城区在早市周边增设了临时停车区和公共厕所，城管部门也安排专人维持秩序。',
  '专家认为，早市火爆折射出城市的烟火气和人情味，是展示城市形象的一张名片，也为夜经济之外的“早经济”提供了发展空间。'],
 foot=portal_foot(['长春市出台促进夜经济发展措施','长春早市攻略'], ['长春地铁2号线东延','长春电影节开幕'], '长春新闻网 吉ICP备09001230号')))

# ya-24 news with 《》 headline (吉林 人大)
P.append(dict(id='ya-24', kind='news-provincial', fam='portal', authors=['李  铭'.replace('  ',''), '石  磊'.replace('  ','')], time='2019-05-28 21:35',
 title='《吉林省黑土地保护条例（草案）》提请省人大常委会审议',
 head=portal_head('中国吉林网', ['首页','吉林','时政','经济','社会','人大']),
 post_title='<div class="info"><span>2019-05-28 21:35</span><span>来源：吉林日报</span><span>记者：李'+NB+NB+'铭 石'+NB+NB+'磊</span><span>评论数：38</span></div>',
 body=['5月28日，吉林省十三届人大常委会第十一次会议开幕。《吉林省黑土地保护条例（草案）》提请会议审议。',
  '草案共七章五十条，对黑土地的规划、保护措施、监督管理和法律责任作出规定。草案明确，县级以上人民政府应当将黑土地保护工作纳入国民经济和社会发展规划，建立黑土地保护目标责任制和考核评价制度。',
  '草案提出，鼓励采取秸秆覆盖还田、免耕播种、深松整地等保护性耕作措施，增加土壤有机质；禁止非法占用黑土地建窑、建坟或者擅自在黑土地上建房、挖砂、采石、取土。',
  '据介绍，吉林省黑土区耕地面积约1.1亿亩，是国家重要的商品粮生产基地。制定条例，将为保护这一宝贵资源提供有力法治保障。'],
 foot=portal_foot(['吉林省人大常委会召开主任会议','吉林省粮食产量连续多年稳定'], ['吉林省高考改革方案','长白山景区门票新政'], '中国吉林网版权所有 吉ICP备09000071号', comments=38)))
