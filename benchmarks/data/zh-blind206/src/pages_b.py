"""Media sy-13..sy-24 and self-media sy-25..sy-30 (invented)."""
from furniture import *
PAGES = []
def add(**k): k.setdefault('lang', 'zh'); PAGES.append(k)
M, S = 'media', 'self-media'
NAVM = ['首页', '要闻', '时政', '经济', '社会', '文化', '视频']
def mf(name, icp, police, extra=''):
    return footer([f'{name}版权所有 未经授权禁止转载', f'{icp}　{police}', '互联网新闻信息服务许可证：11120170000', extra or '违法和不良信息举报电话：010-8400XXXX'])

add(id='sy-13', kind=M, tpl='grid', site='京华日报网', nav=NAVM, crumb='京华日报网 > 北京 > 正文',
    title='北京中轴线沿线再添三处口袋公园', authors=['陈雪'], time='2025-03-18 07:05',
    info='<div class="info"><span>2025-03-18 07:05</span><span>来源：京华日报</span><span>本报记者 陈雪</span></div>',
    body=['随着气温回升，位于鼓楼西大街、天桥南大街和永定门内大街的三处口袋公园近日完工开放。这是今年中轴线沿线首批完工的绿化提升项目，新增绿地面积约4600平方米。',
          '记者在鼓楼西大街口袋公园看到，园内保留了两棵百年国槐，新铺设的透水砖步道与灰砖矮墙相映成趣，座椅设计成四合院门墩的样式。附近居民刘大爷说：“以前这儿是堆杂物的角落，现在遛弯儿有地方歇脚了。”',
          '市园林绿化局相关负责人介绍，口袋公园建设坚持“见缝插绿”，优先利用边角地、闲置地，设计上注重与历史街区风貌相协调。今年全市计划建设口袋公园和小微绿地50处。'],
    aside=related('热门排行', [('地铁新线开通时间表公布', ''), ('春季赏花地图出炉', '')]),
    bottom='<p>责任编辑：李晨</p>', share=0, footer=mf('京华日报网', '京ICP备12045678号', '京公网安备11010502011111号'))

add(id='sy-14', kind=M, tpl='gov_div', site='津云', nav=['首页', '津云新闻', '直播', '天津', '财经'],
    crumb='<a href="#">津云</a> / <a href="#">天津</a>',
    title='专访｜天津港集团负责人：今年集装箱吞吐量力争突破2400万标准箱', authors=['马骏'], time='2025-04-15 18:30:12',
    info='<div class="info">津云记者 马　骏　2025-04-15 18:30:12</div>',
    body=['今年一季度，天津港完成集装箱吞吐量572万标准箱，同比增长7.1%。围绕港口发展的新目标，记者专访了天津港集团相关负责人。',
          '记者：今年天津港的发展目标是什么？',
          '负责人：我们确定了集装箱吞吐量力争突破2400万标准箱的目标。实现这个目标，关键是扩大航线网络，今年计划新开外贸航线10条以上，同时加快海铁联运发展。',
          '记者：智慧港口建设有哪些新进展？',
          '负责人：北疆港区C段智能化集装箱码头已实现全流程自动化作业，单桥效率比传统码头提高约20%。今年我们还将推进两座传统码头的自动化改造。',
          '记者：如何服务好京津冀腹地企业？',
          '负责人：我们在河北、山西、内蒙古等地新设了8个内陆“无水港”，企业在家门口就能办理订舱、报关等手续，物流成本平均降低约一成。'],
    share=1, footer=mf('津云', '津ICP备18000123号', '津公网安备12010302001234号'))

add(id='sy-15', kind=M, tpl='gov_table', site='三晋新闻网', nav=NAVM, bar=1,
    crumb='首页 &gt;&gt; 山西新闻 &gt;&gt; 正文',
    title='晋中市农村客运实现“村村通”', authors=['程亮', '杜鹃'], time='2025-04-20 09:48',
    info='<p class="info">2025-04-20 09:48　来源：山西晨报　' + font_tools(0) + '</p>',
    body=['本报讯（记者 程亮 通讯员 杜鹃）4月18日，随着榆社县最后一条农村客运线路开通，晋中市具备条件的2460个建制村全部通上了客车，农村客运“村村通”目标全面实现。',
          '为解决偏远山区线路客流少、运营难的问题，晋中推行“定时班车+预约响应”模式，群众可通过电话或小程序提前预约，车辆按需发车。目前全市共有预约响应式线路138条。',
          '与此同时，农村客车还捎带快递包裹，全市已建成县乡村三级物流站点1900余个，实现“一车多用”。市交通运输局表示，下一步将完善票价补贴政策，确保线路“开得通、留得住”。'],
    bottom='<p>编辑：任晓燕</p>', pn=('太原南站新增夜间列车', '全省春耕备耕进展顺利'), footer=mf('三晋新闻网', '晋ICP备09003456号', '晋公网安备14010502000888号'))

add(id='sy-16', kind=M, tpl='gov_table', site='正北方网', nav=['首页', '内蒙古新闻', '盟市', '草原文化', '图片'],
    crumb='正北方网 &gt; 内蒙古新闻 &gt; 社会',
    title='锡林郭勒盟牧民合作社抱团闯市场', authors=['包金花', '其其格'], time='2025年5月3日 14:06',
    info='<p class="info">2025年5月3日 14:06　内蒙古日报　记者：包金花 其其格</p>',
    body=['5月初，锡林郭勒草原返青，阿巴嘎旗一家牧民专业合作社的屠宰加工车间里一派忙碌。合作社理事长图门说，去年合作社销售牛羊肉制品3100万元，带动入社牧户户均增收2.4万元。',
          ('img', '合作社加工车间', '合作社工人正在分拣羊肉。记者 包金花 摄'),
          '过去，牧民单家独户卖活畜，价格由收购商说了算。合作社成立后，统一防疫、统一收购、统一品牌销售，产品进入北京、上海等地商超，还通过直播电商卖到全国。',
          '据了解，锡林郭勒盟目前已有牧民合作社1800余家，其中国家级示范社46家。盟农牧局负责人表示，将继续支持合作社建冷库、拓渠道，推动畜牧业由“卖原料”向“卖产品”转变。'],
    bottom='<p>责任编辑：吴凯</p>', share=0, footer=mf('正北方网', '蒙ICP备08002222号', '蒙公网安备15010202000555号'))

add(id='sy-17', kind=M, tpl='grid', site='北青网', nav=NAVM, crumb='北青网 » 社会',
    title='周末游客暴涨三成，京郊民宿“一房难求”', authors=['温雅'], time='2025-05-04 21:17',
    title_html='<h1>周末游客暴涨三成，<br>京郊民宿“一房难求”</h1>',
    info='<div class="info"><span>北京青年报</span><span>2025-05-04 21:17</span></div>',
    body=['文/本报记者 温雅',
          '“五一”假期，京郊民宿迎来预订高峰。记者从多家在线旅游平台获悉，假期期间，延庆、怀柔、密云等区精品民宿平均入住率超过九成，部分热门民宿提前一个月就已订满。',
          '在怀柔区渤海镇，一家由老宅改造的民宿主人宋女士告诉记者，今年假期房价比平日上浮约五成，但仍然“一房难求”。“很多客人是带着老人孩子来的，看长城、摘樱桃、吃农家饭，一住就是两三天。”',
          '业内人士分析，京郊游正在从“一日游”向“过夜游”转变，游客更看重住宿品质和体验活动。不过也有游客反映，部分民宿存在临时加价、设施与宣传不符等问题，相关部门提醒游客选择证照齐全的经营者。'],
    share=2, footer=mf('北青网', '京ICP备10001111号', '京公网安备11010502022222号'))

add(id='sy-18', kind=M, tpl='gov_div', site='天津广播电视台', nav=['首页', '新闻', '直播', '节目', '天视频'],
    crumb='首页 &gt; 新闻 &gt; 天津新闻', bar=2,
    title='海河夜游新增两条航线', authors=['邢涛', '白露'], time='2025-06-01 20:05',
    info='<div class="info">来源：天津新闻　发布时间：2025-06-01 20:05　记者：邢涛 白露</div>',
    body=[('raw', '<div class="video">' + img('视频封面') + '<p>播放 03:21</p></div>'),
          '【导语】6月1日起，海河夜游新增两条航线，分别延伸至国家海洋博物馆和中新天津生态城，游客可以乘船从市中心一路领略海河两岸夜景直至入海口。',
          '【正文】据介绍，新增的“津门入海”航线全程约两小时，途经海河下游多处工业遗存和生态湿地；“生态城夜景”航线则以滨海灯光秀为特色。两条航线每周五至周日开行，票价分别为180元和150元。',
          '今年以来，海河游船已接待游客62万人次，同比增长18%。运营方表示，将根据客流情况适时加密班次，并推出亲子、研学等主题游船产品，进一步丰富夜间文旅消费。'],
    share=1, footer=mf('天津广播电视台', '津ICP备05003333号', '津公网安备12010402000666号'))

add(id='sy-19', kind=M, lang='en', tpl='grid', htmllang='en', site='Tianjin Today', nav=['Home', 'News', 'Business', 'Culture', 'Travel', 'Photos'],
    crumb='Home / Business', ph='Search',
    title='Tianjin port opens new direct route to South America', authors=['Li Wen', 'Zhang Hao'], time='March 21, 2025',
    info='<div class="info"><span>By Li Wen and Zhang Hao</span><span>March 21, 2025</span></div>',
    body=['A new direct container shipping route linking Tianjin Port with ports in Brazil and Chile began operating on Thursday, cutting sea transit time to South America by about six days, according to the port operator.',
          'The weekly service will be run by ten vessels, each with a capacity of about 13,000 standard containers. Exporters in northern China are expected to use the route to ship machinery, auto parts and household appliances, while imports will mainly include fruit, beef and copper ore.',
          '"Before this route opened, most of our cargo had to be transferred in southern ports," said Gao Ming, logistics manager at a Tianjin-based machinery company. "Now our containers go straight from our doorstep, and customers receive them much sooner."',
          'Tianjin Port handled 5.72 million containers in the first quarter, up 7.1 percent year-on-year. The operator said it plans to open at least ten new international routes this year.'],
    aside=related('Most Read', [('Haihe River cruise adds night routes', ''), ('Spring flower guide for the city', '')]),
    bottom='<p>Editor: Wang Yu</p>', share=0, footer=footer(['Copyright © Tianjin Today. All rights reserved.', '津ICP备19001234号', 'Contact us | About us']))

add(id='sy-20', kind=M, lang='en', tpl='gov_div', site='Inner Mongolia Window', nav=['Home', 'News', 'Culture', 'Tourism', 'Invest'],
    crumb='Home &gt; News', bar=0, ph='Search',
    title='Inner Mongolia expands wind and solar capacity in first quarter', authors=[], time='2025-04-09 14:22',
    info='<div class="info">Source: Xinhua | Updated: 2025-04-09 14:22</div>',
    body=['HOHHOT, April 9 (Xinhua) -- North China\'s Inner Mongolia Autonomous Region added 8.6 million kilowatts of new wind and solar power capacity in the first quarter of this year, local authorities said Wednesday.',
          'The region\'s total installed capacity of new energy has now exceeded 130 million kilowatts, surpassing that of thermal power for the first time, according to the regional energy bureau.',
          'Inner Mongolia, with vast grasslands and deserts, is one of China\'s richest regions in wind and solar resources. In recent years it has built several large-scale power bases in desert areas and expanded transmission lines to deliver electricity to other provinces.',
          'The bureau said new energy generation in the region is expected to account for more than 40 percent of its total power output by the end of 2025.'],
    share=2, footer=footer(['Copyright © Inner Mongolia Window. All Rights Reserved.', '蒙ICP备17005555号']))

add(id='sy-21', kind=M, tpl='grid', site='新浪山西', nav=['新浪首页', '山西', '太原', '财经', '房产'],
    crumb='新浪山西 &gt; 正文',
    title='太原汾河景区新增12公里骑行绿道', authors=['贾文', '何雨'], time='2025年05月12日 11:20',
    info='<div class="info"><span>2025年05月12日 11:20</span><span>太原晚报</span></div>',
    body=['近日，汾河景区五期北延段骑行绿道建成开放。这条新增的绿道全长12公里，北起柴村桥，南接既有的汾河东岸绿道，使汾河沿岸连续骑行距离超过50公里。',
          '新绿道采用红色彩色沥青铺装，与步行道分离设置，每隔两公里设有驿站，提供饮水、休息和简单维修服务。周末，不少骑行爱好者结伴前来。',
          '市民霍先生说：“从家门口一直骑到城北，沿途都是水和树，比健身房舒服多了。”景区管理部门提醒，绿道禁止机动车和电动车驶入，骑行时请注意控制车速。',
          ('raw', '<p>（记者 贾文 实习生 何雨）</p>')],
    bottom='<p>责任编辑：韩东</p>', aside=related('相关阅读', [('太原新增公园20处', ''), ('晋祠博物馆夜游开放', '')]), share=0,
    footer=mf('新浪网', '京ICP证000007', '京公网安备11000002000016号'))

add(id='sy-22', kind=M, tpl='gov_div', site='太原新闻网', nav=NAVM, crumb='您的位置：首页 - 民生',
    title='今年我市将改造老旧小区218个', authors=['秦川'], time='2025年5月7日',
    info='<div class="info">2025年5月7日　太原日报　记者 秦川</div>',
    body=['记者从市住房和城乡建设局获悉，今年我市计划改造2000年底前建成的老旧小区218个，涉及居民4.2万户，改造内容主要包括：',
          ('ul', ['更新改造供水、排水、供暖、燃气等老化管网；', '完善无障碍设施和适老化设施，具备条件的加装电梯；', '增设充电桩、快递柜、便民市场等配套服务设施；', '整治小区内部道路、绿化和照明。']),
          '市住建局有关负责人表示，改造坚持“居民自愿、先民生后提升”原则，开工前将通过入户走访、问卷调查等方式充分征求居民意见，改造方案经三分之二以上居民同意后方可实施。',
          '目前，已有67个小区完成方案设计，预计6月份陆续开工，年底前全部完工。'],
    share=1, footer=mf('太原新闻网', '晋ICP备05004444号', '晋公网安备14010502000777号'))

add(id='sy-23', kind=M, tpl='gov_table', site='包头新闻网', nav=NAVM, bar=0, crumb='首页 &gt; 包头新闻 &gt; 经济',
    title='包头稀土新材料产业链产值同比增长19%', authors=['韩冰'], time='2025.06.03 09:12',
    info='<p class="info">2025.06.03 09:12　来源：包头日报　作者：韩冰</p>',
    body=['今年1至4月，包头市稀土新材料产业链实现产值412亿元，同比增长19%，稀土永磁材料产量突破4万吨，继续保持全国领先。',
          '产业链延伸是增长的主要动力。过去，包头的稀土产业以冶炼分离为主，如今永磁电机、抛光材料、储氢合金等下游产品占比已超过六成。一批风电、新能源汽车配套企业相继落户稀土高新区。',
          '“我们的永磁电机今年订单排到了9月份。”一家电机企业负责人说。包头市工信局表示，将继续实施“稀土+”行动，力争全年产业链产值突破1300亿元。'],
    bottom='<p>一审：张涛　二审：刘英　三审：李国庆</p>', share=2, footer=mf('包头新闻网', '蒙ICP备07003333号', '蒙公网安备15020202000444号'))

add(id='sy-24', kind=M, tpl='grid', site='北京城市副中心报', nav=['首页', '副中心', '通州', '视觉', '数字报'],
    crumb='首页 · 副中心',
    title='运河商务区今年新增注册企业超千家', authors=['许可', '杨帆'], time='2025-06-20',
    info='<div class="info"><span>2025-06-20</span><span>来源：北京城市副中心报</span></div>',
    body=[('raw', '<p>文/许　可　杨　帆</p>'),
          '记者从运河商务区管委会获悉，今年1至5月，运河商务区新增注册企业1086家，其中金融类企业127家，注册资本超过1亿元的企业43家，区域发展动能持续增强。',
          '走进商务区，多栋写字楼已陆续入驻。一家新设立的绿色金融服务公司负责人表示，选择落户这里，看中的是副中心的政策环境和与城市绿心、环球影城等功能区的联动优势。',
          '管委会相关负责人介绍，商务区正加快建设“一站式”企业服务中心，企业开办可在一天内办结。下半年还将举办绿色金融论坛等活动，吸引更多总部企业落户。'],
    share=0, footer=mf('北京城市副中心报', '京ICP备20001234号', '京公网安备11011202000123号'))

# ---- self-media ----
def wx_head(account):
    return f'<div class="meta">原创 <a href="#" id="js_name">{esc(account)}</a></div>'

add(id='sy-25', kind=S, tpl='app', site='京西生活圈',
    title='门头沟这条古道，春天走一次就忘不了', authors=['京西生活圈'], time='2025年3月29日 18:02',
    info=f'<div class="meta"><a href="#">京西生活圈</a> <span>2025年3月29日 18:02</span> <span>北京</span></div>',
    body=['春天到了，又到了徒步京西古道的好季节。今天小编给大家推荐一条适合新手的线路——从三家店出发，经过琉璃渠、牛角岭关城，到王平村结束，全程约12公里，走完大概需要5个小时。',
          ('img', '古道蹄窝', '牛角岭关城附近的古道蹄窝'),
          '这条路上最值得看的是牛角岭关城附近的蹄窝。几百年来，驮煤的骡马在石板路上踩出了深深的坑，最深的有十几厘米，看着特别震撼。',
          '几点小提醒：',
          ('ul', ['一定要穿防滑的登山鞋，有几段碎石路比较陡；', '沿途补给点少，至少带两瓶水；', '进山严禁带火种，护林员会检查。']),
          '走完古道，可以在王平村吃一顿农家饭，香椿炒鸡蛋、贴饼子都是春天的味道。你走过京西古道吗？欢迎在评论区分享你的路线。'],
    bottom='<p class="tool">阅读 1.2万　赞 326　推荐 58</p>', qr='长按识别二维码，关注京西生活圈',
    head='<div class="tool">微信公众平台</div>')

add(id='sy-26', kind=S, tpl='app', site='今日头条',
    title='太原人的早餐，一碗头脑从明末喝到现在', authors=['太原那些事儿'], time='2025-04-12 07:30',
    head='<div class="tool">今日头条　<a href="#">打开App</a></div>',
    info='<div class="meta"><a href="#">太原那些事儿</a>　2025-04-12 07:30　山西　<a href="#">关注</a></div>',
    body=['在太原，有一种早餐叫“头脑”。每年从白露开始到立春结束，老太原人天不亮就去排队，就为了喝上一碗热腾腾的头脑。',
          '头脑是一碗糊状的汤，里面有羊肉、山药、莲菜和长山药，用黄酒、酒糟和煨面调和而成，闻起来有淡淡的酒香和药香。吃的时候要配上一块“帽盒”——一种空心的烧饼，撕成小块泡在碗里。',
          '相传头脑是明末清初傅山先生为了给母亲调养身体发明的，后来流传到民间。傅山先生还亲笔给饭馆题写了招牌“清和元”，这家老店至今还在。',
          '如今天气转暖，头脑季也快结束了。没来得及尝的朋友，只能等到今年秋天了。你爱喝头脑吗？'],
    bottom='<div class="tool">举报　评论 86　分享</div>', footer='<div class="open">打开今日头条，查看更多精彩内容</div>')

add(id='sy-27', kind=S, tpl='app', site='百家号',
    title='天津楼市一季度成交回暖，改善型需求成主力', authors=['钱多多'], time='2025-04-18 10:45',
    head='<div class="tool">百度 百家号</div>',
    info='<div class="meta"><a href="#">津门财经观察</a>　2025-04-18 10:45　天津</div><p>作者：钱多多</p>',
    body=['数据显示，今年一季度天津市新建商品住宅网签成交约1.8万套，同比增长11%，其中3月份单月成交量创近18个月新高。',
          '从成交结构看，120平方米以上的改善型住宅占比达到43%，比去年同期提高9个百分点。河西、南开等中心城区的次新盘和新盘去化速度明显加快。',
          '业内人士认为，房贷利率下调、公积金政策优化等措施叠加，带动了部分观望需求入市。但也要看到，远郊区域库存压力依然较大，市场分化仍将持续。',
          '对于购房者而言，建议根据自身需求理性选择，关注项目交付能力和周边配套，不要盲目追涨。'],
    bottom='<div class="tool">声明：本文仅代表作者观点，不构成投资建议。</div><div class="tool">举报/反馈</div>')

add(id='sy-28', kind=S, tpl='app', site='网易',
    title='阿尔山的冬天过去了，杜鹃花开满了山坡', authors=['草原文旅志'], time='2025-05-20 12:00:31',
    head='<div class="tool">网易首页 &gt; 网易号 &gt; 正文</div>',
    info='<div class="meta">2025-05-20 12:00:31　来源: <a href="#">草原文旅志</a>　内蒙古</div>',
    body=['五月中旬，阿尔山的冰雪终于融化，漫山的兴安杜鹃一夜之间绽放，把整个山坡染成了粉紫色。',
          '阿尔山地处大兴安岭西南麓，海拔较高，春天来得比平原晚了将近一个月。当地人说，杜鹃花期只有十来天，要看花就得赶在五月下旬之前。',
          ('img', '杜鹃花海', ''),
          '除了杜鹃，这个季节的天池、驼峰岭天池也刚刚解冻，湖面上还漂着零星的浮冰，蓝天、白冰和粉色花海同框，是摄影爱好者最喜欢的画面。',
          '出行提示：景区早晚温差大，五月仍需带上厚外套；部分景点道路仍在养护，出发前请关注景区公告。'],
    bottom='<div class="tool">特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</div>')

add(id='sy-29', kind=S, tpl='app', site='澎湃新闻',
    title='大同：古城墙下的“夜经济”热起来', authors=['大同发布'], time='2025-06-08 20:15',
    head='<div class="tool">澎湃号 &gt; 政务</div>',
    info='<div class="meta"><a href="#">大同发布</a><br>2025-06-08 20:15　来源：澎湃新闻·澎湃号·政务</div>',
    body=['夜幕降临，大同古城墙亮起灯光，城墙脚下的美食街、文创市集人头攒动。入夏以来，大同古城夜间客流持续攀升，“夜经济”成为城市消费的新亮点。',
          '在鼓楼东街，刀削面、羊杂割、黄糕等地方小吃摊前排起长队。来自河北的游客小吴说：“白天看云冈石窟，晚上登城墙看夜景、吃小吃，一天下来特别充实。”',
          '据统计，5月份古城夜间客流达186万人次，同比增长24%；夜间消费额同比增长31%。大同市还推出城墙夜游、古城灯光秀和露天音乐会等活动，持续丰富夜间消费场景。',
          '下一步，大同将延长部分景区夜间开放时间，增加公交夜班线路，让游客“留得下、玩得好”。'],
    bottom='<div class="tool">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点。</div>')

add(id='sy-30', kind=S, tpl='app', site='微博',
    title='关于端午假期高速公路出行的温馨提示', authors=['天津交警'], time='5-30 09:40',
    head='<div class="tool">微博　<a href="#">登录</a> <a href="#">注册</a></div>',
    info='<div class="meta"><a href="#">@天津交警</a>　5-30 09:40 来自 微博 weibo.com　已编辑</div>',
    body=['#端午出行# 端午假期即将到来，预计5月31日上午和6月2日下午为出行高峰，京津塘、京沪、津蓟等高速公路车流量较大。',
          '天津交警提示广大驾驶人：',
          ('ul', ['1. 出行前通过导航软件查询路况，尽量错峰出行；', '2. 高速公路上不要占用应急车道，发生轻微事故请撤离现场快处快赔；', '3. 长途驾驶每两小时休息一次，严禁疲劳驾驶和酒后驾驶；', '4. 小型客车假期不免费，请提前准备好ETC或支付方式。']),
          '遇到紧急情况请拨打122报警。祝大家端午安康，平安出行！'],
    bottom='<div class="tool">转发 312　评论 58　赞 1046</div>', qr='扫码下载微博客户端')
