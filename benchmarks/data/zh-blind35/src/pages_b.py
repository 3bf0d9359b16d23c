"""News pages yj-11 .. yj-24 (11-15 English)."""
from common import *

CD = {'hd': '<b style="font-size:28px">CHINA DAILY</b> 中国日报 <a href="#">Home</a><a href="#">China</a><a href="#">World</a><a href="#">Business</a><a href="#">Lifestyle</a><a href="#">Culture</a><a href="#">Opinion</a> <input placeholder="Search"> <a href="#">Sign in</a>',
      'foot': '<p><a href="#">About China Daily</a> | <a href="#">Advertise on Site</a> | <a href="#">Contact Us</a> | <a href="#">Job Offer</a></p><p>Copyright 1995 - 2025. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).</p><p>京ICP备13028878号-6　京公网安备 11010502032503号</p>'}
P11 = dict(id='yj-11', kind='news/en-chinadaily', lang='en', tpl='en', site=CD,
  crumb_html='<p class="meta"><a href="#">Home</a> / <a href="#">China</a> / <a href="#">Society</a></p>',
  title='Shanghai expands night bus network to serve late-shift workers',
  info='<p class="meta">By LI JINGYI in Shanghai | chinadaily.com.cn | Updated: 2025-06-03 09:12</p>' + share('', ('Facebook', 'X', 'LinkedIn', 'WeChat')),
  authors=['LI JINGYI'], time='2025-06-03 09:12',
  body=[
   {'img': 'A night bus passes the Bund in Shanghai', 'cap': 'A night bus passes the Bund in Shanghai on Monday. [Photo by Gao Erqiang/China Daily]'},
   'Shanghai will add 14 night bus routes by the end of June, bringing the total to 68 and extending late-night service to suburban districts such as Songjiang, Jiading and Fengxian, the city\'s transport authority said on Monday.',
   'The new routes mainly link metro terminal stations with industrial parks, logistics hubs and large hospitals, where many employees finish work after midnight, according to the Shanghai Municipal Transportation Commission.',
   '"I used to pay over 80 yuan for a taxi every night," said Zhang Lei, a 34-year-old nurse who lives in Minhang district. "A bus that stops near my home will save me a lot of money."',
   'Data from the commission show that night buses carried about 52,000 passengers on an average day last year, up 17 percent year-on-year.',
   'The commission said it will use ride-hailing and mobile payment data to adjust timetables every quarter.',
   {'x': '<p>Contact the writer at lijingyi@chinadaily.com.cn</p>'},
  ],
  after='<p class="meta">Most Viewed in 24 Hours</p>' + ul(['Guangdong rolls out AI tutors in rural schools', 'Beijing to open 30 new parks this year', 'Fujian tea farmers eye European market', 'Hangzhou marathon registration opens']),
  side='<h3>Top News</h3>' + ul(['Premier stresses stable employment', 'China, EU hold trade dialogue', 'Record summer travel expected']) + '<h3>Special</h3>' + ul(['2025 Two Sessions', 'Belt and Road at 12', 'Digital China Summit']),
)

GT = {'hd': '<b style="font-size:26px">GLOBAL TIMES</b> <a href="#">CHINA</a><a href="#">SOURCE</a><a href="#">OPINION</a><a href="#">IN-DEPTH</a><a href="#">WORLD</a><a href="#">LIFE</a><a href="#">SPORT</a><a href="#">VIDEO</a>',
      'foot': '<p><a href="#">About Us</a> <a href="#">Contact Us</a> <a href="#">Terms of Use</a></p><p>Copyright © 2025 Global Times All Rights Reserved. 京ICP备16033553号</p>'}
P12 = dict(id='yj-12', kind='news/en-globaltimes', lang='en', tpl='en', site=GT,
  crumb_html='<p class="meta">CHINA / SOCIETY</p>',
  title='Fujian fishing villages turn abandoned stone houses into seaside homestays',
  info='<p class="meta">By Wan Hengyi and Chen Xi Published: Mar 14, 2025 08:37 PM</p>',
  authors=['Wan Hengyi', 'Chen Xi'], time='Mar 14, 2025 08:37 PM',
  body=[
   {'img': 'Stone houses in Pingtan', 'cap': 'Tourists visit renovated stone houses in Pingtan, East China\'s Fujian Province, on March 9, 2025. Photo: VCG'},
   'Rows of granite houses in Beigang village on Pingtan island, once left empty as young people moved to the cities, have become one of the most popular destinations for weekend travellers in East China\'s Fujian Province.',
   'Since 2019, the village has converted 46 old stone houses into homestays, cafes and art studios. In 2024, it received more than 420,000 visitors, and average household income in the village rose to 58,000 yuan, local officials told the Global Times.',
   'Lin Meizhu, who returned from Fuzhou to run a homestay with her husband, said bookings for the May Day holiday were already full. "The sea view is the same as before, but now people come from all over the country to see it," she said.',
   'Experts said such projects should avoid over-commercialization. "The stone houses are valuable because of their history, so the renovation must keep their original look," said Huang Wenbin, a rural planning researcher at Fujian Agriculture and Forestry University.',
  ],
  after='<h3>RELATED ARTICLES</h3>' + ul(['Xiamen cruise port reopens international routes', 'Fujian\'s tea culture draws young travellers']),
  side='<h3>MOST POPULAR</h3>' + ul(['1 Chinese scientists publish new quantum result', '2 Spring tourism data beat expectations', '3 Taiwan compatriots visit Pingtan', '4 Opinion: Why rural revival matters'], True),
)

SD = {'hd': '<b style="font-size:26px">SHINE</b> Shanghai Daily <a href="#">Metro</a><a href="#">Nation</a><a href="#">World</a><a href="#">Biz</a><a href="#">Feature</a><a href="#">Sport</a><a href="#">Opinion</a>',
      'foot': '<p>Copyright © 2025 Shanghai Daily. All rights reserved. 沪ICP备12041345号-2 沪公网安备 31010602000152号</p><p><a href="#">Terms</a> <a href="#">Privacy</a> <a href="#">Contact</a></p>'}
P13 = dict(id='yj-13', kind='news/en-shanghaidaily', lang='en', tpl='en', site=SD,
  crumb_html='<p class="meta">Metro</p>',
  title='Jing\'an neighborhood canteen serves 1,500 seniors a day',
  info='<p class="meta">2025-04-22 14:06</p>',
  post_title='',
  authors=['Tian Shengjie'], time='2025-04-22 14:06',
  body=[
   {'img': 'Seniors have lunch at the canteen', 'cap': 'Ti Gong'},
   'A community canteen on Changping Road in Jing\'an District now serves about 1,500 elderly residents every day, offering three-dish meals for 15 yuan to those aged 60 and above.',
   'The canteen, run by a state-owned catering company, opened in 2023 and was expanded last month with a second floor and a delivery service for residents with limited mobility.',
   '"The food is soft and not too salty, which suits us old people," said 78-year-old Wu Guifang, who eats lunch there almost every day.',
   'Jing\'an plans to open eight more such canteens this year, according to the district civil affairs bureau.',
   {'x': '<p class="meta">Writer: Tian Shengjie | Editor: Zhu Qing</p>'},
  ],
  after='<p class="meta">Special Reports</p>' + ul(['Shanghai Book Fair 2025', 'Yangtze River Delta integration']),
  side='<h3>Trending</h3>' + ul(['Metro Line 21 test runs begin', 'Where to see peonies this weekend', 'New rules for e-bike batteries']),
  side_first=True,
)

MOF = {'hd': '<b>MINISTRY OF COMMERCE</b> PEOPLE\'S REPUBLIC OF CHINA <a href="#">Home</a><a href="#">About Us</a><a href="#">News</a><a href="#">Policies</a><a href="#">Statistics</a><a href="#">中文</a>',
       'foot': '<p>Sponsored by: Ministry of Commerce of the People\'s Republic of China</p><p>京ICP备05004093号-1　Website ID: bm22000001</p>'}
P14 = dict(id='yj-14', kind='news/en-ministry', lang='en', tpl='en', site=MOF,
  crumb_html='<p class="meta">Home > News > Press Releases</p>',
  title='MOFCOM Holds Video Conference on Promoting Trade-in of Consumer Goods',
  info='<p class="meta">Source: Department of Market Operation and Consumption Promotion | Updated: 2025-02-26</p>',
  authors=[], time='2025-02-26',
  body=[
   'On February 25, the Ministry of Commerce held a national video conference to review the trade-in program for consumer goods in 2024 and arrange work for 2025.',
   'The meeting noted that in 2024 the program drove sales of more than 920 billion yuan in automobiles, home appliances and other products. About 6.8 million old vehicles were scrapped or replaced, and 56 million home appliances were sold under the program.',
   'The meeting required local commerce departments to simplify application procedures, speed up subsidy payments and strengthen supervision to prevent fraud.',
   'It also called for extending the program to more product categories, including smartphones, tablets and smart watches, and for better recycling networks in rural areas.',
  ],
  after='<p class="meta">[ <a href="#">Print</a> ] [ <a href="#">Close</a> ]</p>',
  side='<h3>Latest</h3>' + ul(['Regular Press Conference (February 20, 2025)', 'China\'s FDI Statistics, January 2025']),
)

SZ = {'hd': '<b>EYESHENZHEN</b> <a href="#">News</a><a href="#">Invest</a><a href="#">Work</a><a href="#">Live</a><a href="#">Visit</a><a href="#">Study</a> <input placeholder="Search EyeShenzhen">',
      'foot': '<p>Sponsored by the Information Office of Shenzhen Municipal Government</p><p>粤ICP备09123456号　Copyright © Shenzhen Daily. All rights reserved.</p>'}
P15 = dict(id='yj-15', kind='news/en-cityportal', lang='en', tpl='en', site=SZ,
  crumb_html='<p class="meta">News > Shenzhen</p>',
  title='Shenzhen Talent Park to Host Drone Light Show Every Saturday',
  info='<p class="meta">Source: Shenzhen Daily | Updated: 2025-06-03</p>',
  authors=['Han Lulu'], time='2025-06-03',
  body=[
   'Shenzhen Talent Park in Nanshan District will host a 15-minute drone light show every Saturday evening from June 7 to Oct. 25, the district\'s culture and tourism bureau announced yesterday.',
   'Each show will feature about 1,000 drones forming images of the city\'s landmarks, along with patterns themed on science, technology and innovation. Shows will start at 8:30 p.m., weather permitting.',
   'The bureau advised visitors to take the Metro and get off at Houhaiwan Station, as parking near the park is limited on weekends.',
   'Last year, similar shows drew more than 2 million visitors to the park, according to the bureau.',
   {'x': '<p>Han Lulu</p><p>hanlulu@sztimes.cn</p>'},
  ],
  side='<h3>Hot Topics</h3>' + ul(['How to apply for a Shenzhen talent subsidy', 'Guide to Shenzhen hospitals with English services']),
)

NE = {'hd': '<b style="font-size:24px">网易新闻</b> <a href="#">首页</a><a href="#">国内</a><a href="#">国际</a><a href="#">财经</a><a href="#">科技</a><a href="#">体育</a><a href="#">娱乐</a> <a href="#">登录</a> <a href="#">注册免费邮箱</a>',
      'foot': '<p><a href="#">About NetEase</a> - <a href="#">公司简介</a> - <a href="#">联系方法</a> - <a href="#">招聘信息</a> - <a href="#">客户服务</a> - <a href="#">隐私政策</a></p><p>网易公司版权所有 ©1997-2025　浙ICP备17006647号</p>'}
P16 = dict(id='yj-16', kind='news/新华社通稿-门户', lang='zh', tpl='portal', site=NE,
  crumb_html='<p class="meta"><a href="#">网易首页</a> > <a href="#">新闻中心</a> > 国内新闻</p>',
  title='我国首条跨海高铁福厦高铁运营一周年客流超2300万人次',
  info='<p class="meta"><span>2024-09-28 11:06:45</span><span>来源: 新华社</span><span><a href="#">举报</a></span></p>' + share(),
  authors=['林善传', '邓倩倩'], time='2024-09-28 11:06:45',
  body=[
   '新华社福州9月28日电（记者林善传、邓倩倩）记者从中国铁路南昌局集团有限公司获悉，我国首条跨海高铁福厦高铁开通运营一周年，累计发送旅客2318万人次，日均发送旅客6.3万人次。',
   '福厦高铁北起福州，经莆田、泉州至厦门和漳州，全长277.42公里，设计时速350公里，于2023年9月28日开通运营。开通后，福州至厦门间最快旅行时间压缩至55分钟，沿线城市形成“1小时生活圈”。',
   '据介绍，运营一年来，铁路部门根据客流变化，先后3次优化列车开行方案，周末及节假日日均开行动车组列车最高达到142列。其中，泉州湾跨海大桥、湄洲湾跨海大桥已成为旅客打卡的热门景观。',
   '铁路部门表示，下一步将持续提升服务品质，在国庆假期增开夜间动车组列车，满足旅客出行需求。',
  ],
  after='<p class="meta">本文来源：新华社　责任编辑：王晓伟_NN1270</p><p class="meta">特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</p><p>打开网易新闻 查看更多图片</p><p><a href="#">1234跟贴</a> 参与 5678</p>' + related('相关推荐', ['福厦高铁泉州南站改造完成', '暑运铁路客流创新高', '动车组列车将开行夜间班次', '东南沿海高铁网加速成形']),
  side=rank('24小时热文', ['年轻人开始流行“反向旅游”', '福州新增两条地铁线路', '国庆假期高速免费通行时间公布', '今年第18号台风生成', '多地调整住房公积金政策']) + numbered('热点排行', ['秋季养生喝什么', '新能源汽车下乡活动启动', '大学新生报到现场', '高铁票价调整说明', '国庆档电影预售破亿', '全国多地降温', '银行存款利率再下调', '外卖骑手社保试点扩围', '中秋月饼销量数据', '景区门票优惠汇总']),
)

FZN = {'hd': '<b style="font-size:24px">福州新闻网</b> <a href="#">首页</a><a href="#">福州</a><a href="#">县市区</a><a href="#">民生</a><a href="#">文旅</a><a href="#">视频</a><a href="#">融媒号</a>',
       'foot': '<p>福州日报社主办　版权所有 福州新闻网　闽ICP备09005432号　互联网新闻信息服务许可证编号：35120170010</p><p>违法和不良信息举报电话：0591-87095000</p>'}
P17 = dict(id='yj-17', kind='news/短标题', lang='zh', tpl='portal', site=FZN,
  crumb_html='<p class="meta">您的位置：首页 > 福州 > 民生</p>',
  title='夜经济，火了',
  info='<p class="meta">福州新闻网 2025-07-12 08:20 记者 林  萍 陈楚楠</p>',
  post_title='<p class="meta">原标题：上下杭、烟台山夜间客流持续攀升 夜经济，火了</p>',
  authors=['林萍', '陈楚楠'], time='2025-07-12 08:20',
  body=[
   '晚上九点，上下杭的骑楼下依旧人声鼎沸。捏面人的摊位前围满了孩子，茶馆里传出福州评话的腔调，排队买鱼丸的游客一直排到了街角。',
   '进入暑期，福州夜间消费持续升温。市商务局数据显示，7月以来，上下杭、烟台山、三坊七巷等重点街区日均夜间客流超过18万人次，同比增长22%；夜间消费额占全天消费额的比重达到46%。',
   '“我们把营业时间延长到了凌晨一点，晚上的营业额比白天还高。”烟台山一家咖啡店老板说。',
   '夜间消费的火热也带动了就业。据不完全统计，上下杭、烟台山两个街区今年新增夜间营业商户140余家，新增就业岗位约1600个，不少大学生利用暑假在街区做起了兼职。',
   '为做旺夜间经济，福州今年推出“榕城夜未央”系列活动，延长重点景区开放时间，增开夜间公交线路12条，并在闽江沿岸设置了6处夜间临时停车区。',
  ],
  after='<p class="meta">责任编辑：黄  琳</p>' + prevnext('福州今年新增公办幼儿园学位4800个', '闽江夜游航线新增两个停靠点'),
  side=numbered('热点排行', ['福州地铁4号线全线贯通', '暑期福州多家博物馆延长开放', '鼓岭避暑游升温', '福州公积金新政落地', '台风“丹娜丝”最新消息', '福州高温预警升级', '仓山新开一座城市公园', '福州机场新开国际航线', '闽侯新增一所九年一贯制学校', '福州中考分数线公布']),
)

SF = {'hd': '<b style="font-size:24px">南方网</b> <a href="#">首页</a><a href="#">时政</a><a href="#">广东</a><a href="#">经济</a><a href="#">大湾区</a><a href="#">评论</a><a href="#">文化</a>',
      'foot': '<p>南方新闻网版权所有　粤ICP备05070829号　互联网新闻信息服务许可证：44120170003</p><p>主办单位：南方报业传媒集团</p>'}
P18 = dict(id='yj-18', kind='news/引号标题', lang='zh', tpl='portal', site=SF,
  title='“菜篮子”稳了',
  info='<p class="meta"><span>2025-01-20 07:55</span><span>来源：南方日报</span><span>特约记者 罗  娟</span></p>',
  authors=['罗娟'], time='2025-01-20 07:55',
  body=[
   '临近春节，广州江南果菜批发市场每天凌晨两点就开始忙碌。来自山东、云南、广西的蔬菜一车车运进市场，经过检测后分装，天亮前就送到了全市各大农贸市场和超市。',
   '记者从广州市农业农村局获悉，春节前后全市蔬菜日均上市量稳定在1.3万吨以上，猪肉储备充足，主要农产品价格总体平稳。其中，本地叶菜均价每斤2.6元，与去年同期基本持平。',
   '“今年我们和外省32个基地签了保供协议，就是为了让节日期间的菜价不大起大落。”市场负责人介绍。',
   '为防止极端天气影响供应，广州还建立了蔬菜应急储备制度，在白云、番禺、增城等地落实应急储备菜地1.5万亩，一旦出现寒潮等情况，可在48小时内组织上市。',
   '广州还在全市设立了180个平价商店和社区菜店，节日期间部分品种价格低于市场价10%以上。',
  ],
  after='<p class="meta">编辑：陈  杰　校对：吴敏</p>',
  side=rank('专题', ['2025广东两会', '百县千镇万村高质量发展工程', '粤港澳大湾区建设'], False) + numbered('热点排行', ['广东春运首日', '深圳地铁新线开通', '广州花市地点公布', '广东最低工资标准调整', '粤港澳大湾区最新规划', '汕头小公园春节活动', '佛山新增一所高校', '东莞春节留工补贴', '珠海航展日程公布', '湛江港吞吐量创新高']),
  side_first=True,
)

PP = {'hd': '<b style="font-size:24px">澎湃新闻</b> <a href="#">要闻</a><a href="#">深度</a><a href="#">财经</a><a href="#">科技</a><a href="#">思想</a><a href="#">生活</a> <a href="#">下载客户端</a> <a href="#">登录</a>',
      'foot': '<p>上海东方报业有限公司 版权所有　沪ICP备14003370号　沪公网安备31010602000299号　互联网新闻信息服务许可证：31120170006</p>'}
P19 = dict(id='yj-19', kind='news/问句标题', lang='zh', tpl='portal', site=PP,
  title='充电桩为何在老小区“一桩难求”？',
  info='<p class="meta">澎湃新闻记者 邵  帅</p><p class="meta">2025-03-05 10:21 来源：澎湃新闻 <a href="#">字号</a></p>',
  authors=['邵帅'], time='2025-03-05 10:21',
  body=[
   '上海虹口区一个建于上世纪八十年代的小区里，车主周先生每晚都要把电动车开到两公里外的公共充电站排队。“小区里没有固定车位，物业说装不了桩。”',
   '这样的烦恼并不少见。据上海市充换电设施公共数据采集与监测平台统计，截至2024年底，全市新能源汽车保有量超过160万辆，而老旧小区内的充电设施覆盖率不足三成。',
   {'h': '没有固定车位，桩装在哪？'},
   '业内人士指出，老旧小区普遍存在车位紧张、电力容量不足、产权关系复杂等问题，个人申请安装私人充电桩难度较大。',
   {'h': '“统建统营”能否破题？'},
   '2024年起，上海在部分街道试点“统建统营”模式，由街道牵头、专业运营商统一建设共享充电桩，居民按量付费。虹口区嘉兴路街道试点小区已建成共享桩46个，居民平均排队时间从40分钟缩短至10分钟以内。',
   '上海市发展改革委有关负责人表示，今年将把这一模式推广到更多街道，力争新增小区共享充电桩1万个。',
  ],
  after='<p class="meta">责任编辑：朱  郑勇　图片编辑：沈  轲</p><p class="meta">校对：刘  威</p><p>澎湃新闻报料：021-962866</p><p>澎湃新闻，未经授权不得转载</p><p><a href="#">+1</a> 128 <a href="#">收藏</a> <a href="#">我要举报</a></p><p>查看更多评论（32）</p>',
  side=rank('热新闻', ['上海今年将新增保障性住房5万套', '上海多区发布春季招聘信息', '外滩灯光秀恢复常态化', '地铁18号线二期最新进展']),
)

SZN = {'hd': '<b style="font-size:24px">深圳新闻网</b> <a href="#">首页</a><a href="#">深圳</a><a href="#">湾区</a><a href="#">财经</a><a href="#">区域</a><a href="#">视频</a><a href="#">读特</a>',
       'foot': '<p>深圳报业集团主办　版权所有：深圳新闻网　粤ICP备09123456号-1</p><p>互联网新闻信息服务许可证：44120170004　违法和不良信息举报：0755-83518111</p>'}
P20 = dict(id='yj-20', kind='news/数字标题', lang='zh', tpl='portal', site=SZN,
  title='增长7.2%！深圳一季度外贸进出口首破1.1万亿元',
  info='<p class="meta"><span>2025-04-18 18:32:07</span><span>来源：深圳特区报</span><span>作者：吴  霜</span></p><p class="meta">字号：<a href="#">A+</a> <a href="#">A-</a> <a href="#">打印本页</a></p>',
  authors=['吴霜'], time='2025-04-18 18:32:07',
  body=[
   '4月18日，记者从海关总署深圳分署获悉，今年一季度，深圳市货物贸易进出口总额1.12万亿元，同比增长7.2%，规模创历史同期新高。其中，出口6803亿元，增长8.5%；进口4397亿元，增长5.3%。',
   '从商品看，电动汽车、锂电池、太阳能电池“新三样”出口合计增长31.6%；自动数据处理设备及其零部件、集成电路出口分别增长12.4%和9.8%。',
   '从市场看，深圳对东盟进出口1893亿元，增长11.2%，东盟继续保持深圳第一大贸易伙伴地位；对共建“一带一路”国家进出口增长10.7%。',
   '从贸易方式看，一般贸易进出口6520亿元，增长9.6%，占比58.2%；保税物流进出口增长12.8%，跨境电商等新业态持续发力。',
   '民营企业进出口7622亿元，增长9.1%，占全市外贸总值的68.1%，比重较上年同期提升1.2个百分点。',
  ],
  after='<p class="meta">编辑：刘  畅　审核：郭  丽</p>' + share('分享到：', ('微信', '微博', 'QQ空间', '读特客户端')) + related('相关新闻', ['前海跨境电商进出口增长38%', '深圳港集装箱吞吐量同比增长', '深圳出台稳外贸十条措施']),
  side=rank('24小时热文', ['深圳南山科技园新增人才公寓', '深圳地铁13号线北延开通', '深中通道一周年车流量']),
)

ZJOL = {'hd': '<b style="font-size:24px">潮新闻</b> 浙江日报 <a href="#">首页</a><a href="#">时政</a><a href="#">经济</a><a href="#">科技</a><a href="#">教育</a><a href="#">潮客</a>',
        'foot': '<p>浙江日报报业集团主办　浙ICP备09003406号　互联网新闻信息服务许可证：33120170001</p>'}
P21 = dict(id='yj-21', kind='news/对话', lang='zh', tpl='portal', site=ZJOL,
  title='对话｜浙江大学教授沈志强：让实验室里的“好苗子”走进车间',
  info='<p class="meta">潮新闻客户端　2025年6月3日 星期二</p><p class="meta">文字：蒋  欣　摄影：王一帆　视频：柯静　设计：任思雨</p>',
  authors=['蒋欣'], time='2025年6月3日 星期二',
  body=[
   {'img': '沈志强在实验室', 'cap': '沈志强在实验室。王一帆 摄'},
   '编者按：科技成果转化“最后一公里”如何打通？潮新闻记者对话浙江大学化学工程与生物工程学院教授沈志强。',
   {'h': '潮新闻：您的团队去年有一项催化剂技术实现了转化，过程顺利吗？'},
   '沈志强：说实话，不太顺利。实验室里做出来的是几克，工厂要的是几吨。从小试到中试，我们在杭州湾一家企业的车间里蹲了整整一年，改了十几版配方。',
   {'h': '潮新闻：高校教师去企业“蹲点”，会不会影响科研和教学？'},
   '沈志强：学校现在的评价体系有了变化，成果转化业绩可以用于职称评审。我带的研究生也跟着去车间，他们看到了真实的问题，论文反而写得更扎实。',
   {'h': '潮新闻：对年轻科研人员有什么建议？'},
   '沈志强：多和企业工程师聊天。很多好的课题，就藏在生产线上那些“卡脖子”的小问题里。',
  ],
  after='<p class="meta">责编：周  洁　签发：陈伟</p><p>潮新闻客户端 打开看更多</p>',
  side=rank('专题', ['浙江高质量发展建设共同富裕示范区', '“八八战略”实施21周年', '2025浙江两会'], False),
)

BJD = {'hd': '<b style="font-size:24px">北京日报客户端</b> <a href="#">首页</a><a href="#">要闻</a><a href="#">北京</a><a href="#">评论</a><a href="#">理论</a><a href="#">文化</a>',
       'foot': '<p>北京日报报业集团主办　京ICP备10045327号　京公网安备11010502033200号</p>'}
P22 = dict(id='yj-22', kind='news/两行标题-评论', lang='zh', tpl='portal', site=BJD,
  title=['让“一刻钟便民生活圈”', '真正便民'],
  info='<p class="meta">2025.06.03　来源：北京日报</p><p class="meta">作者：何  川（中国人民大学商学院教授）</p>',
  authors=['何川'], time='2025.06.03',
  body=[
   '近年来，北京持续推进“一刻钟便民生活圈”建设，全市已累计建成生活圈1800余个，基本实现城市社区全覆盖。便利店、早餐店、菜市场、修鞋配钥匙等基本保障类业态，正在越来越多地出现在居民家门口。',
   '“建起来”之后，更重要的是“用得好”。一些社区虽然网点数量达标，但业态单一、服务时间短，老年人需要的助餐、助浴、家政服务仍然供给不足；一些便民网点因租金上涨难以为继，开了又关。',
   '让生活圈真正便民，首先要从居民需求出发。各区可以通过入户调查、线上问卷等方式，摸清不同社区的服务短板，做到“缺什么补什么”。其次要稳住商户的经营预期，对提供基本民生服务的网点，在租金、水电等方面给予持续支持。',
   '便民生活圈是城市治理的“毛细血管”。只有让服务更精准、运营更可持续，才能让居民的获得感实实在在地增加。',
  ],
  after='<p class="meta">编辑：马  雯</p>',
  side=numbered('热点排行', ['北京市新一轮以旧换新补贴发放', '北京中轴线申遗成功一周年', '北京新增一批口袋公园', '地铁昌平线南延开通']),
)

ZXW = {'hd': '<b style="font-size:24px">中国新闻网</b> <a href="#">首页</a><a href="#">时政</a><a href="#">社会</a><a href="#">国际</a><a href="#">财经</a><a href="#">文娱</a><a href="#">体育</a> <input placeholder="请输入关键字">',
       'foot': '<p>本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。</p><p>未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。</p><p>Copyright ©1999-2025 chinanews.com. All Rights Reserved　京ICP证040655号</p>'}
P23 = dict(id='yj-23', kind='news/少数民族记者名', lang='zh', tpl='portal', site=ZXW,
  crumb_html='<p class="meta">中新网首页 > 社会新闻</p>',
  title='北京民族文化宫举办非遗刺绣展 60余件作品亮相',
  info='<p class="meta">2025年09月16日 15:48　来源：中国新闻网</p>' + share('参与互动', ('微信', '微博')),
  authors=['阿依努尔·艾尼'], time='2025年09月16日 15:48',
  body=[
   '中新网北京9月16日电（记者 阿依努尔·艾尼）“针线里的中国——少数民族刺绣非遗展”16日在北京民族文化宫开幕，来自新疆、贵州、云南等地的60余件刺绣作品亮相。',
   '展览分为“丝路锦绣”“苗岭针语”“彩云之南”三个单元，展出了维吾尔族艾德莱斯绸绣、苗族破线绣、彝族挑花等代表性作品。其中一件长达12米的苗族百鸟衣，由贵州台江县6名绣娘耗时两年完成。',
   '“这些刺绣不仅是手艺，也是各民族共同的文化记忆。”策展人介绍，展品中有近三分之一是近五年来的新作，不少年轻绣娘将传统纹样与现代设计相结合，作品已走进时装周和文创市场。',
   '展览现场还设有刺绣体验区，参观者可以在传承人指导下亲手绣一片花瓣。展览将持续至10月20日。（完）',
  ],
  after='<p class="meta">【编辑:田  博群】</p>' + related('更多精彩内容请进入', ['中国新闻网社会新闻', '国庆假期北京推出200余项文化活动']),
  side=rank('社会新闻精选', ['多地启动秋季征兵体检', '中秋假期全国铁路发送旅客数据', '北京今秋首场降雨']),
)

RMW = {'hd': '<b style="font-size:24px">人民网</b> 浙江频道 <a href="#">人民网首页</a><a href="#">浙江</a><a href="#">杭州</a><a href="#">宁波</a><a href="#">温州</a><a href="#">图片</a><a href="#">视频</a>',
       'foot': '<p>人民日报社概况 | 关于人民网 | 报社招聘 | 招聘英才 | 广告服务 | 合作加盟 | 供稿服务 | 网站声明 | 网站律师 | 信息保护 | 联系我们</p><p>人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用　Copyright © 1997-2025 by www.people.com.cn. all rights reserved</p>'}
P24 = dict(id='yj-24', kind='news/文末署名', lang='zh', tpl='portal', site=RMW,
  crumb_html='<p class="meta">人民网>>浙江频道>>浙江要闻</p>',
  title='宁波舟山港“智慧码头”单月吞吐量创新高',
  info='<p class="meta">2025年08月07日09:21 | 来源：人民网－浙江频道</p><p class="meta">小字号</p>',
  authors=['孙明', '郑佳丽'], time='2025年08月07日09:21',
  body=[
   '7月，宁波舟山港梅山港区完成集装箱吞吐量118.6万标准箱，同比增长9.4%，创单月历史新高。',
   '进入夏季以来，港区外贸集装箱货量持续增长，为保障船舶准点作业，梅山港区实行24小时不间断作业，并优化了集卡预约进港流程，集卡平均在港时间缩短至35分钟。',
   '在梅山港区的远程操控中心，操作员坐在电脑前，通过屏幕和手柄就能控制几十米外的桥吊完成装卸。港区负责人介绍，目前港区已实现远程操控桥吊和无人集卡的规模化应用，单箱作业效率比传统码头提高约20%。',
   '与此同时，港区加快绿色低碳转型，岸电设施覆盖全部集装箱泊位，今年上半年靠港船舶使用岸电超过1900艘次，减少二氧化碳排放约1.2万吨。',
   '今年以来，宁波舟山港新开国际航线11条，集装箱航线总数达到305条，连接全球200多个国家和地区的600多个港口。（记者 孙明 通讯员 郑佳丽）',
  ],
  after='<p class="meta">(责编：方  敏、沈  乐)</p><p><a href="#">分享让更多人看到</a></p>' + share('', ('微信', '微博', 'QQ空间')) + related('相关新闻', ['宁波舟山港年货物吞吐量连续15年居全球第一', '浙江海港集团发布上半年运营数据']),
  side=numbered('热点排行', ['杭州亚运场馆开放暑期体育培训', '浙江高考录取进度查询', '温州瓯江口大桥通车', '义乌国际商贸城新市场开业', '绍兴黄酒小镇夜游', '浙江发布高温红色预警', '嘉兴南湖景区免费开放', '湖州太湖旅游度假区新规', '台州湾大桥通车五年', '金华义乌机场扩建']),
)

PAGES = [P11, P12, P13, P14, P15, P16, P17, P18, P19, P20, P21, P22, P23, P24]
