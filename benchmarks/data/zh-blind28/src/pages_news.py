from common import *

# ---------- yc-15 China Daily style (English) ----------
b = L('''
HUANGSHAN — Terraced tea gardens that had been left to weeds for nearly a decade on the slopes above Shangxi village in Huangshan, Anhui province, are green again, and this spring they are drawing a crowd the village has not seen before: city dwellers in their 20s and 30s.
"Most of the young people left for Hangzhou or Shanghai after high school, and the old terraces were too steep for the elderly to manage," said Cheng Jianguo, 58, the village Party secretary. "We lost about 300 mu of tea gardens that way." One mu is about 0.07 hectares.
In 2022, the village set up a cooperative that leased the abandoned plots from their owners and invited a tea company from Hefei to restore them. The cooperative now runs picking and roasting workshops for visitors, who pay 168 yuan ($23) for a half-day session and take home 100 grams of the tea they make themselves.
Wang Yutong, a 27-year-old accountant from Nanjing, spent the Qingming Festival holiday in the village with two friends. "It was my first time touching a tea plant. Roasting the leaves by hand in a hot wok is much harder than it looks," she said.
According to the county's culture and tourism bureau, Shangxi received more than 46,000 visitors last year, and tourism income per household rose to about 38,000 yuan. Eleven young villagers have returned to run homestays and livestream tea sales.
Local officials said the next step is to build a small tea museum and improve the mountain road, which is still too narrow for tour buses.
''')
def h15(B): return doc('Anhui village turns old tea terraces into a draw for young visitors - Chinadaily.com.cn', '''
.top{background:#004a8f;color:#fff;font-size:12px;padding:4px 30px}.top a{color:#fff;margin-right:12px}
.logo{font-size:30px;font-weight:bold;padding:10px 30px;color:#004a8f}.nav a{margin:0 8px;font-size:14px}
.c{width:900px;margin:auto}.c h1{font-size:30px;font-family:Georgia,serif}.info{color:#666;font-size:13px}
.foot{font-size:11px;color:#666;padding:12px 30px;border-top:1px solid #ccc}''', '''
<div class="top"><a href="#">Global Edition</a><a href="#">China Edition</a><a href="#">ASIA</a><a href="#">中文</a><a href="#">双语</a><a href="#">Français</a></div>
<div class="logo">China Daily</div>
<div class="sch"><input type="text" placeholder="Search"><button>Search</button></div>
<div class="nav"><a href="#">Home</a><a href="#">China</a><a href="#">World</a><a href="#">Business</a><a href="#">Lifestyle</a><a href="#">Culture</a><a href="#">Travel</a><a href="#">Sports</a><a href="#">Opinion</a><a href="#">Regional</a><a href="#">Forum</a><a href="#">Video</a><a href="#">Photo</a><a href="#">Newspaper</a></div>
<div class="c"><div class="crumb"><a href="#">Home</a> / <a href="#">China</a> / <a href="#">Society</a></div>
<h1>Anhui village turns old tea terraces into a draw for young visitors</h1>
<p class="info">By SHEN LINGYU in Hefei | China Daily | Updated: 2025-04-22 07:19</p>
<p>Share - <a href="#">WeChat</a></p>
<div class="fig"><img src="data:," alt="" width="600" height="1"><p class="cap">Visitors learn to pick tea leaves at a restored terrace in Shangxi village, Huangshan, Anhui province, on April 5. [Photo by XIE ZHIPING/FOR CHINA DAILY]</p></div>
''' + B + '''
<div><h3>Top News</h3><ul><li><a href="#">Ningbo port throughput hits record in first quarter</a></li><li><a href="#">Rural e-commerce sales grow steadily across central provinces</a></li><li><a href="#">Grain output target set at 700 million tons</a></li></ul></div>
<p><a href="#">Most Viewed in 24 Hours</a></p></div>
<div class="foot"><a href="#">About China Daily</a> | <a href="#">Advertise on Site</a> | <a href="#">Contact Us</a> | <a href="#">Job Offer</a><br>Copyright 1995 - 2025. All rights reserved. Content on this site may not be republished without written permission of China Daily Information Co (CDIC).<br>License for publishing multimedia online 0108263　Registration Number: 130349</div>''')
page('yc-15','news English China Daily', 'Anhui village turns old tea terraces into a draw for young visitors', ['SHEN LINGYU'], '2025-04-22 07:19', b, h15, lang='en',
     note='English; author as printed (capitals); photo caption not body')

# ---------- yc-16 CGTN style (English) ----------
b = L('''
Zhengzhou, capital of central China's Henan Province, has launched 14 night bus routes serving hospitals, logistics parks and industrial zones, in a bid to help late-shift workers get home safely and cheaply.
The routes, which run from 10:30 p.m. to 5 a.m., connect the Zhengzhou Airport Economy Zone, where more than 200,000 people work at electronics factories, with residential areas in the city's south and east. A single ride costs 2 yuan, the same as daytime buses.
"Before, I had to share a car with co-workers or ride an e-bike for 40 minutes in the dark," said Li Na, a 31-year-old assembly line worker. "Now the bus stops right at the factory gate."
Zhengzhou Bus Communication Corporation said the routes were designed using anonymized mobile phone and ride-hailing data that showed where demand was concentrated after midnight. Buses on the busiest lines arrive every 15 minutes.
Several Chinese cities, including Shanghai and Chengdu, have expanded night transport in recent years as the night-time economy and round-the-clock manufacturing grow.
''')
def h16(B): return doc('Zhengzhou launches night bus network for late-shift workers - CGTN', '''
.hd{background:#000;color:#fff;padding:10px 30px;font-size:22px}.hd a{color:#ccc;font-size:13px;margin-left:14px}
.w{width:860px;margin:auto}.w h1{font-size:32px}.meta{color:#888;font-size:13px}.foot{background:#111;color:#aaa;font-size:12px;padding:16px 30px}''', '''
<div class="hd">CGTN <a href="#">China</a><a href="#">World</a><a href="#">Business</a><a href="#">Tech &amp; Sci</a><a href="#">Opinions</a><a href="#">Video</a><a href="#">Live</a><a href="#">Search</a></div>
<div><a href="#">中文</a> · <a href="#">Français</a> · <a href="#">Español</a> · <a href="#">Русский</a></div>
<div class="w"><p class="meta">China</p>
<h1>Zhengzhou launches night bus network for late-shift workers</h1>
<p class="meta">Updated 14:52, 03-Jun-2025</p>
<p class="meta">Liu Jiaxin</p>
<div class="fig"><img src="data:," alt="A night bus waits at a stop in Zhengzhou, Henan Province, June 1, 2025. /CFP" width="600" height="1"><p class="cap">A night bus waits at a stop in Zhengzhou, Henan Province, June 1, 2025. /CFP</p></div>
''' + B + '''
<p class="meta">Source(s): Xinhua News Agency</p>
<p><a href="#">Share</a> <a href="#">Copy link</a></p>
<h3>RELATED STORIES</h3><ul><li><a href="#">China's night-time economy: Cities stay open later</a></li><li><a href="#">Henan rolls out new measures to boost consumption</a></li></ul>
<p>SITEMAP</p></div>
<div class="foot">Copyright © 2025 CGTN. Beijing ICP prepared NO.16065310-3</div>''')
page('yc-16','news English CGTN', 'Zhengzhou launches night bus network for late-shift workers', ['Liu Jiaxin'], 'Updated 14:52, 03-Jun-2025', b, h16, lang='en',
     note='English; bare author line under the date; Source(s) non-author')

# ---------- yc-17 河南日报 评论员文章 on 大河网 ----------
b = L('''
岁末年初，全省各地重大项目集中开工，工地上机器轰鸣、塔吊林立。在经济运行面临新的困难和挑战之际，把“稳”的基础筑得更牢，是做好今年经济工作的关键所在。
稳，首先要稳住预期。企业敢不敢投、群众愿不愿花，很大程度上取决于对未来的信心。各级各部门要把政策落实的“最后一公里”打通，该兑现的奖补及时兑现，该减免的税费应减尽减，让经营主体实实在在感受到政策温度。
稳，关键在稳住项目。项目是经济发展的“压舱石”。要坚持“项目为王”，对重大项目实行全周期服务，用地、用能、资金等要素跟着项目走，力争早开工、早投产、早见效。
稳，根本在稳住就业和民生。就业是最大的民生。要落实好援企稳岗政策，做好高校毕业生、农民工等重点群体就业工作，兜牢困难群众基本生活保障底线。
稳是大局，进是方向。只要我们保持战略定力，稳扎稳打、久久为功，就一定能够在新的一年开好局、起好步。
''')
def h17(B): return doc('把“稳”的基础筑得更牢-大河网', '''
.tp{background:#f4f4f4;font-size:12px;padding:3px 20px}.lg{font-size:28px;color:#d10000;padding:10px 20px}
.nav a{margin:0 9px}.c{width:900px;margin:auto}.c h1{font-size:28px}.in{font-size:13px;color:#999}
.rel li{font-size:14px}.foot{font-size:12px;color:#777;text-align:center;padding:10px}''', f'''
<div class="tp"><a href="#">大河网首页</a> <a href="#">登录</a> <a href="#">注册</a> <a href="#">客户端下载</a></div>
<div class="lg">大河网 <small>河南日报网</small></div>
{nav(["首页","时政","评论","河南","经济","法治","文化","视频","豫直播"])}
<div class="c"><div class="crumb">大河网 &gt; 评论 &gt; 大河时评</div>
<h1>把“稳”的基础筑得更牢</h1>
<div class="in">来源：河南日报 | 作者：本报评论员 | 2025-01-08 06:40 | 编辑：王瑞琪</div>
{B}
<p>分享到：微信 微博 QQ空间</p>
<div class="rel"><h3>相关阅读</h3>{ul(["河南日报评论员：以项目建设的“加速度”跑出发展“好势头”","大河网评：让营商环境成为最强竞争力","豫论：民生温度彰显发展成色"])}</div>
<h3>热门排行</h3>{ul(["郑州地铁10号线二期最新进展","2025年河南省重点建设项目名单公布","春运首日郑州东站发送旅客超12万人次"])}
</div><div class="foot">河南日报报业集团主办　大河网络传媒集团有限公司承办<br>豫ICP备11005230号-1　互联网新闻信息服务许可证编号：41120170001　违法和不良信息举报电话：0371-65795789</div>''')
page('yc-17','news 评论员文章', '把“稳”的基础筑得更牢', [], '2025-01-08 06:40', b, h17,
     note='signed 本报评论员: no person named, authors []')

# ---------- yc-18 新华日报 理论 column 作者：NAME（单位职务） ----------
b = L('''
近年来，一批返乡大学生、退役军人和进城务工人员回到乡村，搞电商、办合作社、发展设施农业，被称为“新农人”。在江苏苏北的不少县，“新农人”已经成为县域特色产业的重要推动者。
“新农人”之新，首先在于理念新。他们普遍懂市场、会营销，善于借助直播带货、社群团购等新渠道，把地里的农产品变成有品牌、有溢价的商品。其次在于技术新。无人机植保、水肥一体化、物联网监测在他们的田里成了“标配”。
但也要看到，“新农人”在发展中仍面临不少现实难题：土地流转期限短，设施投入不敢下大本钱；贷款缺少抵押物，融资难融资贵；冷链物流、仓储等配套跟不上，产品“出村进城”成本偏高。
县域经济借力“新农人”，关键是要把政策和服务做到他们心坎上。一是稳定经营预期，推动土地经营权长期流转和规范登记；二是创新金融产品，扩大“新农贷”等信用贷款覆盖面；三是补齐县域商业体系短板，建设县级物流分拨中心和村级服务站点；四是加强技能培训，把“新农人”培养成带动小农户增收的领头雁。
''')
def h18(B): return doc('县域经济如何借力“新农人”_新华日报·交汇点', '''
.h{background:#c7000b;color:#fff;font-size:22px;padding:10px 24px}.w{width:860px;margin:auto}.w h1{font-size:26px}
.m{color:#777;font-size:13px}.foot{font-size:12px;text-align:center;color:#888}''', f'''
<div class="h">新华日报·交汇点 <a href="#" style="color:#fff;font-size:13px">下载客户端</a></div>
{nav(["首页","时政","理论","评论","经济","文化","江苏"])}
<div class="w"><p class="m">理论 · 学习</p>
<h1>县域经济如何借力“新农人”</h1>
<p class="m">2025-03-18 07:30:00　来源：新华日报</p>
<p class="m">作者：周立新（南京农业大学经济管理学院副教授）</p>
{B}
<p class="m">（本文系江苏省社科基金项目阶段性成果）</p>
<p class="m">责任编辑：顾佳妮</p>
<p>扫码下载交汇点客户端</p>
<h4>推荐阅读</h4>{ul(["以新质生产力赋能乡村全面振兴","苏北县域如何打造特色产业集群","让数字技术更好服务小农户"])}</div>
<div class="foot">新华报业传媒集团版权所有　苏ICP备08012345号　未经授权禁止转载</div>''')
page('yc-18','news 专栏', '县域经济如何借力“新农人”', ['周立新'], '2025-03-18 07:30:00', b, h18,
     note='作者：NAME（单位职务）; funding note after body not body')

# ---------- yc-19 上观 快讯 two paragraphs ----------
b = L('''
记者从上海中心气象台获悉，今天11时30分，上海中心气象台发布今年首个高温橙色预警信号：预计今天最高气温将达到37℃以上，徐家汇站或将出现今年以来最高气温。这是今年以来上海首次发布高温橙色预警，较常年偏早约一周。据预报，本周后期副热带高压将持续控制本市，35℃以上的高温天气或将持续到周末。
气象部门提醒，市民应尽量避免在午后高温时段进行户外活动，户外作业单位要合理调整作息时间，做好防暑降温措施；同时注意用电安全，防范高温引发的火灾等事故。目前，全市各区已开放避暑纳凉点200余处，老年人和户外工作者可就近前往休息。相关信息可通过“随申办”查询。
''')
def h19(B): return doc('快讯｜上海今年首个高温橙色预警发布', '''
.h{border-bottom:2px solid #1f60b0;padding:8px 24px;font-size:22px;color:#1f60b0}.w{width:780px;margin:auto}
.w h1{font-size:26px}.au{color:#666;font-size:13px}.foot{font-size:12px;color:#999;text-align:center}''', f'''
<div class="h">上观新闻 <small><a href="#">解放日报</a> · <a href="#">上观号</a></small> <a href="#">登录</a></div>
<div class="w"><h1>快讯｜上海今年首个高温橙色预警发布</h1>
<p class="au"><span>作者：施晨</span>　<span>2025-07-08 11:46</span>　<span>来源：上观新闻</span>　<span>阅读数：2.1万</span></p>
{B}
<p class="au">题图来源：视觉中国</p>
<p>分享至 <a href="#">微信</a> <a href="#">微博</a></p>
<p>评论（6）　点赞 58</p>
<h4>热门文章</h4>{ul(["上海地铁多条线路今晚延时运营","沪上多家三甲医院开设“三伏贴”门诊"])}</div>
<div class="foot">上海报业集团 版权所有 沪ICP备11010116号-4</div>''')
page('yc-19','news 快讯', '快讯｜上海今年首个高温橙色预警发布', ['施晨'], '2025-07-08 11:46', b, h19, note='two-paragraph flash')

# ---------- yc-20 portal reprint of 大众日报 with 原标题 under headline ----------
b = L('''
本报泰安6月2日讯（记者 马俊骥 通讯员 韩  蕾）记者从泰山景区获悉，今年端午假期，泰山景区共接待游客23.6万人次，同比增长11.4%，其中夜爬泰山游客占比超过四成。
为应对夜间客流高峰，景区在红门、天外村等登山口增设临时服务点12处，配备医疗急救人员和志愿者400余人，沿途每隔500米设置照明补光和应急呼叫点。中天门至南天门索道延长运营时间至21时，累计运送游客4.2万人次。
景区还推出了“泰山日出”线上预约和实时人流监测服务，游客可通过“泰山景区”小程序查看各主要景点拥挤程度，合理安排游览路线。
据泰安市文化和旅游局统计，假期全市重点监测的A级旅游景区共接待游客186.4万人次，实现旅游收入12.7亿元，分别增长9.3%和10.8%。
''')
def h20(B): return doc('端午假期泰山接待游客23.6万人次_凤凰网山东', '''
.h{background:#d71618;color:#fff;font-size:22px;padding:8px 24px}.w{width:880px;margin:auto}.w h1{font-size:26px}
.yt{color:#666;font-size:14px}.m{color:#999;font-size:13px}.cm{color:#d71618}.foot{font-size:12px;color:#999;text-align:center}''', f'''
<div class="h">凤凰网山东 <a href="#" style="color:#fff;font-size:12px">凤凰网首页</a> <a href="#" style="color:#fff;font-size:12px">登录</a></div>
{nav(["资讯","济南","青岛","文旅","财经","教育","健康"])}
{search("请输入关键词")}
<div class="w"><h1>端午假期泰山接待游客23.6万人次</h1>
<p class="m">2025年06月03日 08:12:45　来源：大众日报　<span class="cm">0 人参与 0 评论</span></p>
<p class="yt">原标题：夜爬泰山游客占比超四成</p>
{B}
<p class="m">[责任编辑：孙晓]</p>
<p>分享到：</p>
<h4>24小时热点</h4>{ul(["济南大明湖景区端午假期接待游客创新高","青岛啤酒节开幕时间确定","山东多地发布高温预警"])}
<h4>网友评论</h4><p><textarea placeholder="文明上网理性发言，请遵守新闻评论服务协议"></textarea></p><p>0 人参与 0 评论</p></div>
<div class="foot">Copyright © 2025 Phoenix New Media Limited All Rights Reserved.</div>''')
page('yc-20','news 大众日报 reprint', '端午假期泰山接待游客23.6万人次', ['马俊骥','韩蕾'], '2025年06月03日 08:12:45', b, h20,
     note='原标题 under the headline; 本报讯 byline stays in body; 通讯员 counted as author')

# ---------- yc-21 人民网 河南频道 reprint of 河南日报, byline one line no punctuation, 原标题 at end ----------
b = L('''
3月10日，记者在许昌市建安区的一家假发企业生产车间看到，工人们正在赶制发往非洲和北美的订单。“一季度订单已经排到了5月份，同比增长了两成多。”企业负责人说。
许昌是全球最大的发制品生产和出口基地。今年1至2月，全市发制品出口额达到28.3亿元，同比增长15.6%。为稳住外贸基本盘，许昌海关推行“提前申报”“两步申报”等便利化措施，企业通关时间压缩到平均1.2小时。
在跨境电商领域，许昌发制品企业已在速卖通、亚马逊等平台开设店铺3000余家，并在美国、尼日利亚等地建设海外仓26个。“海外仓让我们能做到当地次日达，复购率明显提高。”一位跨境电商从业者说。
许昌市商务局有关负责人表示，今年将组织发制品企业参加广交会、非洲美发展等境内外展会20场以上，支持企业在“一带一路”沿线国家布局海外营销网络。
''')
def h21(B): return doc('许昌发制品出口“开门红”--河南频道--人民网', '''
.t{font-size:12px;background:#f2f2f2;padding:3px 20px}.lg{font-size:24px;color:#b00;padding:8px 20px}
.w{width:900px;margin:auto}.w h1{font-size:26px}.bl{color:#333}.m{font-size:13px;color:#666}.foot{font-size:12px;text-align:center;color:#666}''', f'''
<div class="t"><a href="#">人民网首页</a> | <a href="#">手机人民网</a> | <a href="#">人民日报</a> | <a href="#">人民网+</a></div>
<div class="lg">人民网 <small>河南频道</small></div>
<div class="w"><div class="crumb">人民网&gt;&gt;河南频道&gt;&gt;经济</div>
<h1>许昌发制品出口“开门红”</h1>
<p class="m">2025年03月11日09:12 | 来源：河南日报</p>
<p class="m">小字号</p>
<p class="bl">记者 刘  婷 胡舒涵 通讯员 王宇航</p>
{B}
<p class="m">原标题：一头秀发 连着全球市场</p>
<p class="m">(责编：张晓晨、李明)</p>
<p>分享让更多人看到</p>
<h4>推荐阅读</h4>{ul(["郑州航空港区一季度进出口实现较快增长","河南外贸“新三样”出口增势强劲"])}
<h4>河南频道热门排行</h4>{ul(["河南春播春管全面展开","郑州地铁新线路最新进展"])}</div>
<div class="foot">人民日报社概况 | 关于人民网 | 报社招聘 | 招聘英才 | 广告服务 | 合作加盟 | 供稿服务 | 网站声明 | 联系我们<br>人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用</div>''')
page('yc-21','news 河南日报 reprint', '许昌发制品出口“开门红”', ['刘婷','胡舒涵','王宇航'], '2025年03月11日09:12', b, h21,
     note='byline line 记者 X Y 通讯员 Z without punctuation, spaced name; 原标题 at end')

# ---------- yc-22 新华社通稿 on a portal (新浪 style) ----------
b = L('''
新华社合肥6月3日电（记者 陶明蕊、贺庆林）记者从安徽省农业农村厅获悉，截至6月2日，安徽已收获小麦1850万亩，约占种植面积的43%，麦收进度总体快于常年。
今年安徽小麦种植面积4300万亩左右。当前正值麦收关键期，全省投入联合收割机9.2万台，跨区作业机具1.1万台，日收获能力超过500万亩。各地组织农机合作社、家庭农场开展代收代烘服务，帮助小农户抢收抢烘。
针对近期可能出现的阴雨天气，安徽提前调度烘干设备1.4万台套，日烘干能力达到30万吨，同时指导粮食收购企业适时启动最低收购价执行预案，防止农民“卖粮难”。
安徽省农业农村厅还组织2000余名农技人员下沉一线，指导农户做好机收减损，力争小麦机收损失率控制在1%以内。
''')
def h22(B): return doc('安徽已收获小麦1850万亩|小麦_新浪新闻', '''
.t{background:#f8f8f8;font-size:12px;padding:4px 20px}.w{width:860px;margin:auto}.w h1{font-size:28px}
.m{color:#888;font-size:13px}.cm{color:#e40}.foot{font-size:12px;text-align:center;color:#888}''', f'''
<div class="t"><a href="#">新浪首页</a> <a href="#">新闻</a> <a href="#">体育</a> <a href="#">财经</a> <a href="#">娱乐</a> <a href="#">科技</a> <a href="#">博客</a> <a href="#">图片</a> <a href="#">专栏</a> <a href="#">更多</a>　<a href="#">登录</a></div>
{search("搜索新闻、视频、博客","搜索")}
<div class="w"><div class="crumb">新浪新闻 &gt; 国内新闻</div>
<h1>安徽已收获小麦1850万亩</h1>
<p class="m">2025年06月03日 17:21 新华社</p>
<p class="cm">评论(126) 大 中 小</p>
{B}
<p class="m">责任编辑：张玉</p>
<p>新浪新闻公众号　更多猛料！欢迎扫描左方二维码关注新浪新闻官方微信（xinlang-xinwen）</p>
<h4>相关新闻</h4>{ul(["河南麦收进度过半 机收率超98%","江苏夏粮收购全面展开","农业农村部部署“三夏”机收减损工作"])}
<h4>热门推荐</h4>{ul(["多地发布夏季用电高峰保供方案","高考首日各地天气预报出炉"])}
<p>新闻热线：4006900000 违法和不良信息举报电话：4000520066</p></div>
<div class="foot">Copyright © 1996-2025 SINA Corporation, All Rights Reserved</div>''')
page('yc-22','news 新华社通稿 on portal', '安徽已收获小麦1850万亩', ['陶明蕊','贺庆林'], '2025年06月03日 17:21', b, h22,
     note='新华社 dateline byline stays in body; comments count')

# ---------- yc-23 中原网 (郑州日报) byline under title with spaced names ----------
b = L('''
11月4日，郑州市二七区德化街“老字号一条街”提升改造工程完成并重新开街。记者现场看到，改造后的街区铺设了青石板路面，沿街建筑立面恢复了上世纪三四十年代的风貌，葛记焖饼、合记烩面、京都老蔡记等老字号门店前排起了长队。
二七区商务局负责人介绍，此次改造历时8个月，共整治建筑立面4.2万平方米，新增休闲座椅、公共卫生间和夜景照明，街区还引入了非遗手作体验、城市书房等新业态，全年计划举办市集活动50场以上。
“小时候跟着父母来德化街买年货，现在带着孩子来吃烩面，老味道还在，环境比以前好多了。”市民杨女士说。
据悉，德化街开街首日客流量超过8万人次，周边商户营业额较平日增长近三成。二七区还将在春节前推出“老街年俗月”系列活动。
''')
def h23(B): return doc('德化街老字号一条街改造后重新开街 - 中原网', '''
.hd{background:#1663b6;color:#fff;font-size:24px;padding:10px 24px}.w{width:900px;margin:auto}.w h1{font-size:26px;text-align:center}
.by{text-align:center;color:#333}.m{text-align:center;color:#888;font-size:13px}.foot{font-size:12px;text-align:center}''', f'''
<div class="hd">中原网 <small>郑州日报 郑州晚报</small></div>
<div><span>2024年11月5日 星期二</span> <a href="#">郑州日报数字报</a> <a href="#">郑州晚报数字报</a></div>
{nav(["首页","郑州新闻","区县","民生","财经","教育","文旅"])}
<div class="w"><h1>德化街老字号一条街改造后重新开街</h1>
<p class="by">记者 王  静 通讯员 李凌峰 文/图</p>
<p class="m">2024-11-05 07:55 来源：郑州日报</p>
{B}
<p>编辑：贺  佳　审核：侯振宇</p>
<h4>相关新闻</h4>{ul(["二七商圈入选首批省级示范智慧商圈","郑州今年将新建改造15条特色商业街区"])}</div>
<div class="foot">郑州报业集团主办 中原网版权所有 豫ICP备10007356号</div>''')
page('yc-23','news city media', '德化街老字号一条街改造后重新开街', ['王静','李凌峰'], '2024-11-05 07:55', b, h23,
     note='byline under title with spaced names; 文/图 suffix; 编辑 spaced non-author')

# ---------- yc-24 中安在线 文/图 line at top of body ----------
b = L('''
6月1日，合肥市包河区滨湖世纪社区的“童心驿站”正式启用。驿站面积约260平方米，设有阅读区、手工区、运动区和心理疏导室，为辖区内的双职工家庭儿童提供放学后托管和假期照护服务。
社区党委书记介绍，驿站由社区提供场地，引入专业社工机构运营，周一至周五下午4点至7点开放，每学期收费远低于市场价，低保家庭和残疾人家庭儿童免费。目前已有128个家庭报名。
在驿站的手工区，几名小学生正在志愿者老师的带领下制作端午香囊。“放学后不用一个人在家等爸妈了，在这里写完作业还能和小伙伴一起玩。”三年级学生小宇说。
据了解，包河区今年计划在20个社区建成类似的儿童托管服务阵地，并将其纳入“15分钟社区生活圈”建设，缓解双职工家庭“三点半”难题。
''')
def h24(B): return doc('包河区滨湖世纪社区“童心驿站”启用_中安在线', '''
.h{background:#0a4da2;color:#fff;font-size:24px;padding:10px 24px}.w{width:880px;margin:auto}.w h1{font-size:26px}
.m{color:#666;font-size:13px}.foot{font-size:12px;text-align:center;color:#666}''', f'''
<div class="h">中安在线 <small>安徽重点新闻网站</small></div>
{nav(["首页","时政","安徽","合肥","视频","教育","健康","文旅","安徽日报"])}
<div class="w"><div class="crumb">中安在线 &gt; 合肥频道 &gt; 区县动态</div>
<h1>包河区滨湖世纪社区“童心驿站”启用</h1>
<p class="m">2025-06-02 10:38:41 | 来源：中安在线 | 编辑：陈  露</p>
<div class="ct"><p>文/图：项菲</p>
{B}
</div>
<p>扫码关注中安在线</p>
<h4>推荐阅读</h4>{ul(["合肥新增一批“15分钟托育服务圈”","庐阳区社区食堂实现全覆盖"])}</div>
<div class="foot">安徽新媒体集团 中安在线版权所有 皖ICP备06002113号 互联网新闻信息服务许可证：34120170001</div>''')
page('yc-24','news provincial', '包河区滨湖世纪社区“童心驿站”启用', ['项菲'], '2025-06-02 10:38:41', b, h24,
     note='文/图 line at top of body (not body)')
