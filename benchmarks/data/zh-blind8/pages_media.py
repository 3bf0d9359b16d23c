from lib import *
PAGES = []
def P(**k): PAGES.append(k)
FOOT = lambda s: "<div class=\"foot\">%s</div>" % s

# 19 Xinhua 通稿 on a portal
P(id="zi-19", kind="media 新华社通稿 门户转载", title="东北地区首条跨省高铁环线全线贯通",
  authors=["王春雨","杨思琪"], time="2025-12-26 15:27",
  paras=["新华社哈尔滨12月26日电（记者 王春雨 杨思琪）记者从中国国家铁路集团有限公司获悉，随着26日牡丹江至佳木斯至哈尔滨区段最后一组轨道板精调完成，东北地区首条跨省高铁环线全线贯通，为明年开通运营奠定基础。",
   "该环线串联黑龙江、吉林两省的11个地级市，全长约2100公里，设计时速250至350公里。线路开通后，哈尔滨至长春、吉林、牡丹江等城市间的旅行时间将大幅缩短，沿线冰雪旅游、边境旅游资源将更加便捷地连接起来。",
   "为应对高寒地区冻胀难题，建设者采用路基防冻胀结构、无砟轨道低温施工等多项新技术，攻克了零下40摄氏度极寒环境下施工的关键技术难题。",
   "国铁集团有关负责人表示，下一步将抓紧开展联调联试和运行试验，确保线路安全优质开通。"],
  build=lambda b: page("东北地区首条跨省高铁环线全线贯通_新闻频道_中华网", "<div class=\"top\"><div class=\"w\"><a href=\"#\">首页</a><a href=\"#\">新闻</a><a href=\"#\">军事</a><a href=\"#\">财经</a><a href=\"#\">科技</a><a href=\"#\">汽车</a><a href=\"#\">游戏</a><a href=\"#\">登录</a></div></div>"
   "<div class=\"banner blue\"><div class=\"w\">中华网 新闻 " + search("搜索新闻") + "</div></div><div class=\"w\">" + crumb(["中华网","新闻","国内新闻"], "", " &gt; ") +
   "<h1 style=\"text-align:left\">东北地区首条跨省高铁环线全线贯通</h1><div class=\"info\" style=\"text-align:left\">2025-12-26 15:27:41 来源：新华社 <a href=\"#\">评论(128)</a> <a href=\"#\">分享</a></div>"
   "<div class=\"content\">" + b + "</div><p class=\"ed\">责任编辑：kj005</p><p>文章纠错</p>"
   "<p>相关新闻</p>" + ul(["哈尔滨冰雪大世界12月17日开园","今冬东北多地雪量偏多 铁路部门加强除雪保畅","国铁集团：元旦假期预计发送旅客5600万人次","吉林长白山机场新航站楼投入使用","黑龙江：边境口岸冬季通关时间延长"]) +
   "<p>24小时热文</p>" + ul(["1 多地发布低温预警","2 全国铁路今日开行旅客列车","3 这项新规明年起施行"]) + "</div>" +
   FOOT("关于中华网 | 广告服务 | 联系我们 | 网站地图<br>Copyright © 1999-2025 China.com. All rights reserved. 京ICP证010124号")))

# 20 Southern portal with 原标题, comments count
P(id="zi-20", kind="media 省级新闻网 原标题 (广东)", title="湛江吴川：“海上牧场”年产值突破30亿元",
  authors=["陈彬","吴川宣"], time="2024-11-05 07:58",
  paras=["初冬时节，吴川市王村港镇外海的深海网箱养殖区内，一排排“蓝色粮仓”整齐排列，养殖工人正驾驶小艇投喂饲料。",
   "近年来，吴川市大力发展现代化海洋牧场，引进重力式深水网箱、桁架类养殖平台等装备，推动海水养殖由近岸向深远海拓展。目前，全市深海网箱达到1800余口，金鲳鱼、军曹鱼等品种年产量超过6万吨，海洋牧场全产业链年产值突破30亿元。",
   "“以前在近海养，一遇到台风就提心吊胆，现在的深水网箱抗风浪能力强，成活率提高了两成。”养殖户梁振华说。",
   "吴川市有关负责人表示，将加快建设水产品精深加工和冷链物流基地，打造粤西海洋牧场示范区。"],
  build=lambda b: page("湛江吴川：“海上牧场”年产值突破30亿元_南方网", "<div class=\"top\"><div class=\"w\"><a href=\"#\">南方网首页</a><a href=\"#\">南方+</a><a href=\"#\">广东</a><a href=\"#\">时政</a><a href=\"#\">经济</a><a href=\"#\">社会</a></div></div>"
   "<div class=\"banner\"><div class=\"w\">南方网 广东频道</div></div><div class=\"w\">" + crumb(["南方网","广东","湛江"], "", " > ") +
   "<h1>湛江吴川：“海上牧场”年产值突破30亿元</h1><div class=\"info\">2024-11-05 07:58 来源：南方日报 作者：陈彬 吴川宣 <a href=\"#\">参与评论(36)</a></div>"
   "<p>原标题：吴川深海网箱“养”出30亿产业</p><div class=\"content\">" + b + "</div><p class=\"ed\">编辑：黄秋菊</p>"
   "<div class=\"share\">分享到：<a href=\"#\">微信</a><a href=\"#\">微博</a></div><p>相关新闻</p>" + ul(["湛江现代化海洋牧场建设提速","阳江：深海网箱养殖规模稳步扩大","茂名举办海洋经济招商推介会","广东海洋渔业产值再创新高"]) + "</div>" +
   FOOT("南方网 版权所有 粤ICP备05070829号 互联网新闻信息服务许可证：44120170001")))

# 21 Chengdu city media, headline in two lines
P(id="zi-21", kind="media 城市新闻网 标题两行 (四川)", title="从“一张蓝图”到“一城烟火”成都公园城市示范区建设五周年观察",
  authors=["李  娟".replace("  ",""),"钟茜"], time="2025年6月3日 星期二",
  paras=["五年前，成都启动建设践行新发展理念的公园城市示范区。五年来，这座城市以“园中建城、城中有园”为理念，一步步把蓝图变为现实。",
   "数据显示，截至目前，成都已建成各级绿道超过9000公里，各类公园1500余个，全市人均公园绿地面积达到15.3平方米。天府绿道串起了山水林田湖，也串起了市民的日常生活：晨跑、骑行、露营、喝茶，公园成为“城市的客厅”。",
   "在锦江公园，夜游锦江项目年接待游客超过300万人次；在环城生态公园，沿线种植的油菜花、向日葵吸引大批市民打卡。公园场景与消费、文化、体育融合，催生出一批“公园+”新业态。",
   "“住在公园边上，推开窗就是绿。”家住青羊区的退休教师刘明华说，这是她五年来最直观的感受。",
   "业内人士认为，成都的探索为超大城市转型发展提供了有益借鉴。下一步，成都将持续推进生态价值转化，让公园城市更宜居、更宜业。"],
  build=lambda b: page("成都公园城市示范区建设五周年观察-成都新闻网", "<div class=\"top sticky\"><div class=\"w\">成都新闻网 | 成都日报 | 锦观 <a href=\"#\">下载锦观APP</a></div></div><div class=\"w\">" + crumb(["首页","成都要闻"], "", " > ") +
   "<h1>从“一张蓝图”到“一城烟火”<br>成都公园城市示范区建设五周年观察</h1>"
   "<div class=\"info\">2025年6月3日 星期二　成都日报锦观　记者 李  娟 钟  茜</div>".replace("钟  茜","钟茜") +
   "<div class=\"content\">" + b + "</div><p class=\"ed\">编辑：王岳　审核：张浩</p><p>推荐阅读</p>" + ul(["成都今年将新增绿道500公里","天府绿道“绿色走廊”迎来客流高峰","成都东部新区公园城市建设提速"]) + "</div>" +
   FOOT("成都日报报业集团主办 蜀ICP备12000123号 川公网安备 51010402000111号")))

# 22 Northeast news site, 引题 over title
P(id="zi-22", kind="media 省级新闻网 引题 (黑龙江)", title="佳木斯建成全国最大水稻智慧育秧基地",
  authors=["刘楠","孙佳宁"], time="2024-04-12 09:05",
  paras=["本网讯（记者 刘楠 通讯员 孙佳宁）4月11日，记者在佳木斯市桦川县星火乡看到，占地1200亩的水稻智慧育秧基地里，一排排智能化育秧大棚整齐排列，温湿度传感器实时采集数据，工作人员通过手机即可远程操控卷帘、通风和喷淋。",
   "“过去一个人管两三栋大棚，现在一个人能管二十多栋。”基地负责人王建军介绍，基地采用叠盘暗室出苗、智能化温控等技术，育出的秧苗整齐健壮，可供应周边15万亩稻田插秧。",
   "今年，佳木斯市水稻种植面积稳定在700万亩以上，全市已建成智能化育秧基地86处，水稻生产综合机械化率超过99%。"],
  build=lambda b: page("佳木斯建成全国最大水稻智慧育秧基地 - 东北网", "<div class=\"top\"><div class=\"w\"><a href=\"#\">东北网首页</a><a href=\"#\">黑龙江</a><a href=\"#\">哈尔滨</a><a href=\"#\">佳木斯</a><a href=\"#\">登录</a><a href=\"#\">注册</a></div></div>"
   "<div class=\"banner blue\"><div class=\"w\">东北网 黑龙江频道 " + search("请输入搜索内容") + "</div></div><div class=\"w\">" + crumb(["东北网","黑龙江","市地新闻"], "位置：", " > ") +
   "<p class=\"yin\">一人管二十栋大棚</p><h1>佳木斯建成全国最大水稻智慧育秧基地</h1><div class=\"info\">2024-04-12 09:05　来源：东北网　<a href=\"#\">[我要纠错]</a></div>"
   "<div class=\"content\">" + b + "</div><p class=\"ed\">责任编辑：王佳</p><p>热点推荐</p>" + ul(["黑龙江春耕生产全面展开","北大荒集团备耕物资全部到位","哈尔滨开通冰雪旅游专列"]) + "</div>" +
   FOOT("东北网 版权所有 黑ICP备05008222号 黑新网备02-0001")))

# 23 local media app web page (融媒体 app share page)
P(id="zi-23", kind="media 地方融媒体APP网页 (甘肃)", title="天水麻辣烫火出圈后：一碗汤里的城市转型",
  authors=["韩蕾"], time="2024-03-22 18:06",
  paras=["去年春天，一碗天水麻辣烫在网络上爆红，这座西北小城一时间游客如织。一年过去了，热度退去之后，天水留下了什么？",
   "在秦州区麻辣烫一条街，商户张伟的店面从两间扩到了四间。“现在每天还有四五百位顾客，外地人占一半。”他说，去年以来，当地出台标准，统一规范用料和卫生，让“网红”变成“长红”。",
   "天水市借势推出“一碗麻辣烫+”文旅线路，把麦积山石窟、伏羲庙、南郭寺等景点串联起来。2023年全市接待游客超过6000万人次，旅游收入同比增长三成以上。",
   "同时，天水加快建设花椒、辣椒、土豆粉等原料基地和预制菜加工园区，培育本地品牌，推动“流量”转化为“产量”。",
   "X|原标题：《一碗汤里的城市转型》"],
  build=lambda b: page("新甘肃", "<div class=\"sticky\" style=\"padding:8px\"><img alt=\"新甘肃\" src=\"data:,\" width=\"30\" height=\"30\"> 新甘肃 <small>甘肃日报社主管主办</small> <a href=\"#\">打开APP</a></div>"
   "<div style=\"padding:10px\"><h1 style=\"text-align:left\">天水麻辣烫火出圈后：一碗汤里的城市转型</h1><p>新甘肃·甘肃经济日报记者 韩蕾</p><p style=\"color:#999\">2024-03-22 18:06 阅读 3.6万</p>"
   "<div class=\"content\">" + b + "</div><p>编辑：苏小兰</p><p>声明：新甘肃客户端原创作品，转载请注明出处</p><p>推荐</p>" + ul(["甘肃：春耕备耕有序推进","兰州牛肉面走向世界","敦煌鸣沙山月牙泉景区游客量创新高"]) +
   "<div><a href=\"#\">打开APP阅读更多精彩内容</a></div></div>"))

# 24 学习强国-style reprint
P(id="zi-24", kind="media 学习平台式转载 (广西)", title="广西：边境口岸“智慧通关”跑出加速度",
  authors=["黄艳梅"], time="2025-05-20",
  paras=["在东兴口岸，一辆辆满载东南亚水果的货车经过智能卡口，系统自动识别车牌、核验信息，不到一分钟即可放行。",
   "今年以来，广西加快推进边境口岸智慧化改造，友谊关、东兴、水口等口岸相继上线“智慧口岸”系统，实现车辆通关“一次申报、一次查验、一次放行”。数据显示，今年一季度广西边境口岸进出口货运量同比增长18.6%，通关时间压缩近一半。",
   "“以前车辆排队要等大半天，现在基本随到随走。”从事跨境运输的司机陆永福说。",
   "广西壮族自治区口岸办有关负责人表示，下一步将持续提升口岸通关便利化水平，服务中国—东盟自由贸易区3.0版建设。"],
  build=lambda b: page("学习平台", "<div class=\"top\"><div class=\"w\">学习平台 <a href=\"#\">登录</a> <a href=\"#\">下载APP</a></div></div><div class=\"w\" style=\"width:760px\">"
   "<h1 style=\"text-align:left\">广西：边境口岸“智慧通关”跑出加速度</h1><p style=\"color:#999\">来源：广西日报　作者：黄艳梅　2025-05-20</p>"
   "<div class=\"content\">" + b + "</div><p>【责任编辑：何为】</p><p>本文来源：广西日报 | 学习平台广西学习平台提供</p><p>推荐</p>" + ul(["广西北部湾港集装箱吞吐量持续攀升","中越边境贸易旺季来临"]) + "</div>"))

# 25 English - China Daily-like
P(id="zi-25", kind="media English 国家级", lang="en", title="Harbin ice festival draws record crowds as winter tourism booms",
  authors=["Zhou Huiying"], time="2026-01-06 09:41",
  paras=["HARBIN -- The 27th Harbin China Ice and Snow World received more than 1.2 million visitors in its first three weeks, a record for the Heilongjiang provincial capital's flagship winter attraction, organizers said on Monday.",
   "The park, which covers 1 million square meters on the north bank of the Songhua River, features more than 2,000 ice and snow sculptures this season, including a 43-meter-tall ice tower built with blocks cut from the frozen river.",
   "\"We have increased the number of ticket gates and shuttle buses to handle the peak flow,\" said Wang Li, a manager at the park. Visitors from southern provinces and abroad accounted for nearly 60 percent of ticket buyers, she added.",
   "Local hotels reported occupancy rates above 90 percent during the New Year holiday, and the city's railway stations handled 1.8 million passenger trips in the same period, according to local transport authorities.",
   "Heilongjiang aims to generate 280 billion yuan ($39 billion) in tourism revenue this winter season, the provincial culture and tourism department said."],
  build=lambda b: page("Harbin ice festival draws record crowds as winter tourism booms - Chinadaily.com.cn",
   "<div class=\"top\"><div class=\"w\"><a href=\"#\">Global Edition</a><a href=\"#\">China</a><a href=\"#\">US</a><a href=\"#\">Europe</a><a href=\"#\">Asia</a><a href=\"#\">中文</a><a href=\"#\">Subscribe</a><a href=\"#\">Sign in</a></div></div>"
   "<div class=\"banner blue\"><div class=\"w\">CHINA DAILY " + search("Search") + "</div></div>" + nav(["HOME","CHINA","WORLD","BUSINESS","LIFESTYLE","CULTURE","TRAVEL","SPORTS","OPINION","REGIONAL"], "nav blue") +
   "<div class=\"w\"><p><a href=\"#\">Home</a> / <a href=\"#\">China</a> / <a href=\"#\">Society</a></p><h1 style=\"text-align:left\">Harbin ice festival draws record crowds as winter tourism booms</h1>"
   "<p>By ZHOU HUIYING in Harbin | chinadaily.com.cn | Updated: 2026-01-06 09:41</p><div class=\"share\"><a href=\"#\">Share</a><a href=\"#\">Facebook</a><a href=\"#\">X</a><a href=\"#\">LinkedIn</a><a href=\"#\">Mail</a></div>"
   "<p class=\"cap\"><img alt=\"Harbin ice festival\" src=\"data:,\"></p><p class=\"cap\">Visitors view ice sculptures at Harbin Ice and Snow World on Sunday. [Photo by Zhang Tao/For China Daily]</p>"
   "<div class=\"content\">" + b + "</div><p>Most Viewed in 24 Hours</p>" + ul(["China's outbound travel rebounds","Snowstorm disrupts traffic in Northeast","New rules on e-bike safety take effect"]) + "</div>" +
   FOOT("Copyright 1995 - 2026. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).<br>License for publishing multimedia online 0108263 | Registration Number: 130349")))

# 26 English - Xinhua English-like
P(id="zi-26", kind="media English 通讯社", lang="en", title="China's Xinjiang sees surge in cotton harvest mechanization",
  authors=[], time="2024-10-15 21:13:20",
  paras=["URUMQI, Oct. 15 (Xinhua) -- Machines now pick more than 90 percent of the cotton in northwest China's Xinjiang Uygur Autonomous Region, local authorities said Tuesday, as the harvest season enters its peak.",
   "Xinjiang, China's largest cotton-producing region, has about 2.4 million hectares under cotton this year. More than 7,000 cotton pickers are operating across the region's fields, many fitted with BeiDou navigation systems.",
   "\"One machine can harvest in a day what used to take 100 workers,\" said Abdukerim Tursun, a farmer in Shawan City. He said drones and automatic drip irrigation had also cut his costs over the past few years.",
   "Xinjiang's cotton output reached 5.1 million tonnes last year, accounting for over 90 percent of China's total, official data show."],
  build=lambda b: page("China's Xinjiang sees surge in cotton harvest mechanization-Xinhua", "<div class=\"top\"><div class=\"w\"><a href=\"#\">Home</a><a href=\"#\">China</a><a href=\"#\">World</a><a href=\"#\">Business</a><a href=\"#\">Sci-Tech</a><a href=\"#\">Photos</a><a href=\"#\">Video</a></div></div>"
   "<div class=\"banner\"><div class=\"w\">english.news.cn</div></div><div class=\"w\"><h1 style=\"text-align:left\">China's Xinjiang sees surge in cotton harvest mechanization</h1>"
   "<p>Source: Xinhua | 2024-10-15 21:13:20 | Editor: huaxia</p><div class=\"share\"><a href=\"#\">Share</a></div><div class=\"content\">" + b + "</div>"
   "<p class=\"cap\"><img alt=\"\" src=\"data:,\"></p><p class=\"cap\">A cotton picker works in a field in Shawan City, northwest China's Xinjiang Uygur Autonomous Region, Oct. 13, 2024. (Xinhua/Ding Lei)</p>"
   "<p>Related:</p>" + ul(["Xinjiang's cotton farmers embrace smart farming","Autumn harvest across China"]) + "</div>" + FOOT("Copyright © 2000-2024 XINHUANET.com All rights reserved.")))
