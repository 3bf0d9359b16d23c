"""Media pages qd-13..qd-24."""
from common import *

def media_div(p):
    s = p["site"]
    body, _ = render_body(p["body"])
    rel = "".join(f"<li>{e(x)}</li>" for x in p.get("related", []))
    inner = f"""<div class="top">{e(s.get('topbar','登录 | 注册 | 客户端 | 数字报'))}</div>
<div class="head"><b style="font-size:24px">{e(s['name'])}</b> <span>{e(s.get('slogan',''))}</span> <input placeholder="{e(s.get('search','搜索'))}"></div>
<div class="nav">{''.join(f'<a href="#">{e(x)}</a>' for x in s['nav'])}</div>
<div class="main"><div class="crumb">{e(p.get('crumb','首页 > 正文'))}</div>
<div class="art">{p.get('pre','')}<h1 class="title">{p.get('title_html', e(p['title']))}</h1>{p.get('sub','')}
<div class="bar">{e(p['info'])}</div>
{body}
{p.get('after','')}
<div>分享到：微信 | 微博 | QQ空间　　{e(p.get('views',''))}</div>
<h4>相关新闻</h4><ul>{rel}</ul></div></div>
<div class="foot">{s['foot']}</div>"""
    return doc(p["title"] + " - " + s["name"], "div", inner)

def media_app(p):
    s = p["site"]
    body, _ = render_body(p["body"])
    inner = f"""<div class="appbar"><span>{e(s['name'])}</span><span class="btn">打开APP</span></div>
{p.get('pre','')}<div class="title">{p.get('title_html', e(p['title']))}</div>{p.get('sub','')}
<div class="meta">{e(p['info'])}</div>
{body}
{p.get('after','')}
<p class="meta">{e(p.get('views','阅读 1.2万'))}　　点赞　　分享</p>
<h4>推荐阅读</h4><ul>{''.join(f'<li>{e(x)}</li>' for x in p.get('related', []))}</ul>
<div class="foot">{s['foot']}</div>"""
    return doc(p["title"], "app", inner)

def en_page(p):
    s = p["site"]
    body, _ = render_body(p["body"])
    inner = f"""<div class="top"><b>{e(s['name'])}</b> {''.join(f'<a href="#">{e(x)}</a>' for x in s['nav'])} <input placeholder="Search"></div>
<div class="wrap"><p class="meta">{e(p.get('crumb','Home'))}</p>
<h1 class="title">{e(p['title'])}</h1>{p.get('sub','')}
<p class="meta">{e(p['info'])}</p>
{body}
{p.get('after','')}
<p class="meta">Share: Facebook | X | LinkedIn | WeChat</p>
<h4>Related stories</h4><ul>{''.join(f'<li>{e(x)}</li>' for x in p.get('related', []))}</ul></div>
<div class="foot">{s['foot']}</div>"""
    return doc(p["title"] + " | " + s["name"], "en", inner, lang="en")

BYD = {"name": "巴渝日报网", "slogan": "重庆主流新闻门户", "nav": ["首页", "时政", "区县", "经济", "社会", "文旅", "视频", "评论"],
  "foot": "巴渝日报网版权所有，未经书面授权禁止转载　违法和不良信息举报电话：023-6391××00<br>互联网新闻信息服务许可证：5012025××07　渝ICP备0800××36号　渝公网安备 50010302000777号"}
BGW = {"name": "八桂新闻网", "slogan": "", "nav": ["首页", "广西新闻", "东盟", "财经", "民生", "图片", "专题"],
  "foot": "八桂新闻网 主办　广西新闻网络中心 承办　举报邮箱：jubao@bagui-news.example<br>桂ICP备1000××52号　桂公网安备 45010302000468号"}
BJ = {"name": "北疆网", "slogan": "黑龙江新闻门户", "nav": ["首页", "龙江要闻", "国内", "国际", "经济", "冰雪", "法治"],
  "foot": "北疆网 版权所有　新闻热线：0451-8277××33<br>黑ICP备0600××09号　黑公网安备 23010302000154号", "topbar": "手机版 | 北疆客户端 | 登录"}
JM = {"name": "津门观察", "nav": [], "foot": "津门观察客户端　©2025 天津津门融媒体有限公司<br>津ICP备1300××74号-1"}

PAGES = []

PAGES.append(dict(id="qd-13", layout=media_div, kind="media", site=BYD,
 crumb="首页 > 区县 > 正文",
 title="青岚区首条“空中巴士”线路开通试运营",
 info="2025-03-18 07:32:15　来源：巴渝日报　编辑：唐　静",
 authors=["黄家豪", "李婉清"], time="2025-03-18 07:32:15",
 body=["本报讯（记者 黄家豪 通讯员 李婉清）3月17日上午，青岚区首条跨座式单轨“空中巴士”线路——青岚云轨1号线开通试运营。该线路全长9.8公里，设站8座，连接大学城、青岚湖和区体育中心，单程运行时间约22分钟。",
  "早上8点，记者在青岚湖站看到，不少市民专程赶来体验。车厢内座椅宽敞，车窗视野开阔，列车在湖边高架上缓缓驶过，沿途风光尽收眼底。",
  "“以前从学校去体育中心要倒两趟公交，差不多一个小时，现在二十多分钟就到了。”在大学城读书的小周说。",
  "据介绍，云轨1号线采用全自动无人驾驶技术，最高时速60公里，高峰时段发车间隔为6分钟。试运营期间票价为2元至4元，市民可使用重庆交通卡、手机扫码等方式乘车。",
  "青岚区交通局相关负责人表示，试运营期间将根据客流情况优化运营组织方案，争取年内正式运营。下一步，青岚区还将规划建设云轨2号线，进一步完善区内公共交通网络。"],
 views="阅读：1.8万",
 related=["青岚区今年将新建改建道路48公里", "重庆轨道交通线网规模再扩容", "大学城片区新增5条公交线路"]))

PAGES.append(dict(id="qd-14", layout=media_div, kind="media", site=BGW,
 crumb="八桂新闻网 > 广西新闻 > 民生",
 pre='<p class="sub">从“卖原料”到“卖品牌”</p>',
 title="一颗沙田柚的产业“蝶变”",
 sub='<p class="sub">——柳溪县推动特色水果全产业链发展见闻</p>',
 info="来源：八桂新闻网　作者：蓝海燕　梁　峻　发布时间：2025年01月08日 11:02",
 authors=["蓝海燕", "梁峻"], time="2025年01月08日 11:02",
 body=["冬日的柳溪，沙田柚采摘进入尾声。在沙坪镇的一家柚子深加工企业里，生产线正满负荷运转，一颗颗金黄的柚子经过清洗、去皮、分拣，被制成柚子茶、柚皮糖和精油。",
  "“以前我们只卖鲜果，价格好的时候一斤一块多，行情不好连采摘的人工钱都赚不回来。”企业负责人陆建华说，现在柚肉做茶、柚皮做糖、柚籽榨油，一颗柚子能“吃干榨尽”，附加值提高了三倍多。",
  ("h", "品种改良让果子更“好卖”"),
  "柳溪县种植沙田柚已有三百多年历史，全县种植面积达8.6万亩。过去，由于品种混杂、管理粗放，果品质量参差不齐。2021年起，县里联合广西的农业科研院所开展品种提纯复壮，推广标准化种植技术，优果率从不足五成提高到七成以上。",
  ("h", "电商物流打通“最后一公里”"),
  "在县电子商务公共服务中心，主播正在直播间里推介沙田柚。据统计，2024年柳溪沙田柚线上销售量达1.2万吨，占总销量的三成。县里新建的冷链物流中心可实现48小时内发往全国主要城市。",
  "如今，柳溪县已形成集种植、加工、销售、文旅于一体的沙田柚全产业链，年产值突破15亿元，带动4万多名果农增收。"],
 views="",
 related=["广西特色水果出口东盟持续增长", "柳溪沙田柚获评国家地理标志产品"]))

PAGES.append(dict(id="qd-15", layout=media_div, kind="media", site=BJ,
 crumb="北疆网 > 国内 > 正文",
 title="我国北方地区今冬明春天然气保供能力进一步增强",
 info="2025-11-03 18:47　来源：新华社",
 authors=[], time="2025-11-03 18:47",
 body=["新华社北京11月3日电 记者从有关部门获悉，今冬明春采暖季，我国北方地区天然气保供能力进一步增强，全国天然气储气能力较上一个采暖季增加约40亿立方米。",
  "据介绍，今年以来，多个地下储气库扩容项目和沿海液化天然气接收站相继投产，北方重点城市的应急调峰能力明显提升。截至10月底，全国地下储气库注气量已达到设计能力的九成以上。",
  "有关部门要求，各地要提前做好供暖季用气需求预测，优先保障居民生活、供暖和公共服务用气，严格落实“压非保民”措施，防止出现“气荒”。",
  "与此同时，各地还将加强燃气安全隐患排查整治，重点对老旧管网、餐饮场所和居民用户开展安全检查，确保群众温暖过冬、安全过冬。",
  "业内人士表示，随着国内天然气产量稳步增长、进口渠道更加多元，今冬天然气供需总体平衡，但仍需关注极端寒潮天气可能带来的阶段性供应紧张。"],
 after='<p>【纠错】　责任编辑：宋佳宁</p>',
 related=["黑龙江提前启动供热", "哈尔滨今冬新增清洁供暖面积300万平方米"]))

PAGES.append(dict(id="qd-16", layout=media_app, kind="media", site=JM,
 title="海河夜游新增三条航线 五一假期每晚加开班次",
 info="津门观察 记者 赵一鸣　2025.04.28 21:06",
 authors=["赵一鸣"], time="2025.04.28 21:06",
 body=["“五一”假期将至，海河夜游迎来客流高峰。记者4月28日从天津海河游船有关方面获悉，今年海河夜游新增三条航线，假期期间每晚加开班次，最晚一班将于22:30发船。",
  "新增的三条航线分别是“津湾广场—大沽桥”环线、“意式风情区—北安桥”文化航线和“天津站—海河外滩”夜景航线。其中，文化航线在船上增设了相声、快板等天津特色曲艺表演，游客可以边看夜景边听曲艺。",
  ("img", "海河夜游", "游船从解放桥下驶过。赵一鸣　摄"),
  "据了解，今年“五一”假期海河夜游预计接待游客8万人次，较去年同期增长约25%。为保障游客安全，各码头增加了安保和引导人员，并在高峰时段实行分时段预约登船。",
  "市民游客可以通过官方小程序购票，提前预约可享受九折优惠。外地游客也可凭当日火车票或机票享受半价优惠。",
  "天津市文旅部门负责人表示，将继续丰富“夜游、夜赏、夜购”等夜间消费场景，打造更有烟火气的“夜津门”。"],
 views="阅读 2.3万",
 related=["天津“五一”文旅活动清单来了", "意式风情区推出沉浸式夜间演出"]))

PAGES.append(dict(id="qd-17", layout=media_div, kind="media", site=BYD,
 crumb="首页 > 文旅 > 正文",
 title="老街新生：磁溪古镇的“慢生活”火了",
 info="2025年5月3日 08:15　来源：巴渝日报　【字体：大 中 小】",
 authors=["邓思远"], time="2025年5月3日 08:15",
 body=[("raw", '<p class="sub">文/图　邓思远</p>'),
  "青石板路、吊脚楼、老茶馆……五一假期，位于青岚区的磁溪古镇迎来大批游客。与往年不同的是，今年古镇的“慢生活”成了最大卖点。",
  ("img", "磁溪古镇", "游客在古镇老茶馆里喝盖碗茶、听川剧。"),
  "走进古镇，记者看到，沿街的老房子经过修缮后变身为手工作坊、民宿和书店。73岁的竹编艺人何大爷坐在店门口编竹篮，不时有游客停下来跟他学几手。“一天能卖出去二三十个小物件，忙不过来。”何大爷笑着说。",
  "古镇管委会负责人介绍，前几年古镇一度商业气息过重，千篇一律的小吃摊让游客审美疲劳。2023年起，古镇开始“做减法”，清退了一批同质化商铺，引入非遗传承人和文创团队，恢复了老茶馆、老戏台等传统业态。",
  "假期前三天，磁溪古镇累计接待游客12.6万人次，过夜游客比例明显提高。“来这里就是想放慢脚步，喝喝茶、发发呆。”来自成都的游客小陈说。",
  "为应对假期客流，古镇实行了游客限流和分时预约，并开通了从云轨青岚湖站到古镇的免费接驳车，每15分钟一班。"],
 views="阅读：6532",
 related=["重庆五一假期文旅消费火热", "青岚区推出10条乡村旅游线路"]))

PAGES.append(dict(id="qd-18", layout=media_div, kind="media", site=BGW,
 crumb="八桂新闻网 > 财经",
 title="前三季度广西外贸进出口同比增长8.7%",
 info="2025-10-21 16:30:02　来源：八桂新闻网　记者：黄晓岚　编辑：农丽娟",
 authors=["黄晓岚"], time="2025-10-21 16:30:02",
 body=["记者10月21日从南宁海关获悉，今年前三季度，广西货物贸易进出口总值达5763.2亿元，同比增长8.7%，增速高于全国平均水平。其中，出口3012.5亿元，增长11.3%；进口2750.7亿元，增长6.0%。",
  "东盟继续保持广西第一大贸易伙伴地位。前三季度，广西对东盟进出口2398.6亿元，增长9.4%，占同期广西外贸总值的41.6%。",
  ("h", "前三季度广西主要贸易伙伴进出口情况"),
  ("table", [["贸易伙伴", "进出口额（亿元）", "同比增长"], ["东盟", "2398.6", "9.4%"], ["欧盟", "512.3", "5.2%"], ["美国", "436.8", "-2.1%"], ["韩国", "301.5", "12.6%"]]),
  "从商品结构看，机电产品出口1688.4亿元，增长14.2%，占出口总值的56.0%；其中电动载人汽车、锂电池、太阳能电池“新三样”产品合计出口增长超过三成。",
  "海关人士分析，中国—东盟自贸区3.0版建设持续推进，西部陆海新通道班列开行量不断增加，为广西外贸增长提供了有力支撑。"],
 related=["西部陆海新通道班列今年开行突破8000列", "南宁海关推出跨境贸易便利化新举措"]))

PAGES.append(dict(id="qd-19", layout=en_page, kind="media", lang="en",
 site={"name": "Bayu Daily English", "nav": ["China", "Chongqing", "Business", "Culture", "Photos"],
  "foot": "Copyright © 2025 Bayu Daily English. All rights reserved. 渝ICP备0800××36号-3"},
 crumb="Home / Chongqing / Business",
 title="Chongqing district bets on smart farming to lure young talent back home",
 info="By Li Wen and Tan Xiaoyu | Updated: March 21, 2025 | bayudaily-en",
 authors=["Li Wen", "Tan Xiaoyu"], time="March 21, 2025",
 body=["Qinglan district in Chongqing is turning to drones, sensors and data platforms to make farming more attractive to young people who left for jobs in coastal cities.",
  "At a rice cooperative in Shimen town, 29-year-old Ran Jie controls a fleet of four crop-spraying drones from a tablet. He returned from Shenzhen two years ago after the district offered start-up loans and free training to returning graduates.",
  "\"My parents thought farming meant working in the mud all day,\" Ran said. \"Now I spend half my time looking at data on the screen.\"",
  "According to the district's agriculture commission, more than 1,300 young people returned to start agricultural businesses in Qinglan last year, up 18 percent from 2023. The district plans to build 20 digital farming demonstration bases by the end of 2026.",
  "Local officials say the challenge now is to keep these young entrepreneurs. Qinglan has set up a service center that helps them with land transfers, bank loans and online marketing."],
 after='<p class="cap">Editor: Zhou Min</p>',
 related=["Chongqing's rural tourism draws record visitors", "Monorail line opens in Qinglan"]))

PAGES.append(dict(id="qd-20", layout=en_page, kind="media", lang="en",
 site={"name": "Longjiang News", "nav": ["Heilongjiang", "Ice & Snow", "Economy", "Opinion"],
  "foot": "Longjiang News is a product of 北疆网. 黑ICP备0600××09号-2"},
 crumb="Home > Ice & Snow",
 title="Ice fishing festival opens on frozen lake in Yanling",
 info="By ZHANG Rui in Yanling | Longjiang News | Updated: 2025-12-28 15:20",
 authors=["ZHANG Rui"], time="2025-12-28 15:20",
 body=["Thousands of anglers and tourists gathered on the frozen surface of Yanling Lake on Saturday as the city's 12th winter fishing festival opened with a traditional net-hauling ceremony.",
  ("img", "Fishermen haul a net on the frozen lake", "Fishermen haul a net from under the ice on Saturday. ZHANG RUI / LONGJIANG NEWS"),
  "Local fishermen drilled holes through ice nearly 60 centimeters thick and pulled out a 1,200-meter net with the help of horses, a technique passed down for generations. The first fish of the season, a 15-kilogram silver carp, was auctioned for 28,800 yuan.",
  "The festival, which runs until Feb 15, also features ice sculptures, sled races and a night market selling local food.",
  "\"We drove eight hours from Dalian to see this,\" said tourist Wang Lin. \"It's much colder than I expected, but the view is amazing.\"",
  "Yanling received 1.37 million visitors during last winter's season, and local authorities expect the number to rise by about 20 percent this year."],
 related=["Heilongjiang ski resorts report early rush", "New high-speed rail shortens trip to Yanling"]))

PAGES.append(dict(id="qd-21", layout=media_div, kind="media", site=BJ,
 crumb="北疆网 > 龙江要闻",
 title="专访雁岭市农业农村局局长：黑土地保护要“用养结合”",
 info="发布时间：2025-06-17 10:03　来源：北疆网　记者：王立新　实习生：乌兰·巴特尔",
 authors=["王立新", "乌兰·巴特尔"], time="2025-06-17 10:03",
 body=["黑土地是“耕地中的大熊猫”。雁岭市地处松嫩平原腹地，黑土耕地面积达680万亩。近年来，当地如何守护好这片黑土地？记者专访了雁岭市农业农村局局长刘国庆。",
  ("strong", "记者：雁岭市黑土地保护面临哪些主要问题？"),
  "刘国庆：主要是长期高强度利用导致的黑土层变薄、有机质下降，部分坡耕地还存在水土流失。监测显示，上世纪八十年代以来，我市部分地块黑土层平均减少了十几厘米。",
  ("strong", "记者：针对这些问题，采取了哪些措施？"),
  "刘国庆：我们的核心思路是“用养结合”。一方面大力推广秸秆还田和保护性耕作，今年全市保护性耕作面积达到410万亩；另一方面推进粮豆轮作，增施有机肥，在坡耕地修建截流沟和植物护坡。",
  ("strong", "记者：农民的积极性怎么样？"),
  "刘国庆：一开始有顾虑，担心免耕会减产。我们建了120个示范点，让农民亲眼看到效果。三年下来，示范地块有机质含量平均提高了0.3个百分点，玉米亩产还增加了五六十斤，现在大家都愿意干了。"],
 after='<p>责任编辑：孟凡宇</p>',
 related=["黑龙江今年保护性耕作面积将超3000万亩", "雁岭市夏管工作全面展开"]))

PAGES.append(dict(id="qd-22", layout=media_app, kind="media", site=JM,
 title="社区食堂“飘香” 老人吃饭不再犯愁",
 info="2025-08-06　津门观察",
 authors=["韩雪"], time="2025-08-06",
 body=["中午11点，海澄区新港街道福苑里社区食堂里飘出阵阵饭菜香。红烧鱼、西红柿炒蛋、醋溜白菜……十几样菜品摆满了窗口，前来就餐的老人陆续落座。",
  "“一荤两素一份汤，才12块钱，比自己做还划算。”78岁的刘奶奶是食堂的常客，她说，老伴去世后一个人做饭不方便，有了社区食堂，每天中午都来这里吃。",
  "福苑里社区60岁以上老人占常住人口的三成以上。去年，街道引入专业餐饮企业运营社区食堂，政府提供场地并给予运营补贴，80岁以上老人就餐每餐再减免3元。",
  "食堂负责人介绍，菜品以清淡、软烂为主，每周更新菜单，还专门为糖尿病、高血压老人准备了低糖低盐套餐。行动不便的老人可以电话订餐，由志愿者送餐上门。",
  "据了解，海澄区目前已建成社区食堂和老年助餐点46个，今年年底前将实现街镇全覆盖。"],
 after='<p>（记者 韩　雪）</p><p>编辑：刘佳琪　审核：许　可</p>',
 views="阅读 8563",
 related=["天津推进老年助餐服务扩面提质", "海澄区新增养老床位500张"]))

PAGES.append(dict(id="qd-23", layout=media_div, kind="media", site=BYD,
 crumb="首页 > 图片 > 正文",
 title="组图：山城夜色里的“烟火气”",
 info="时间：2025-07-19 22:41:37　来源：巴渝日报网　摄影：骆川　文：向晓雨",
 authors=["向晓雨"], time="2025-07-19 22:41:37",
 body=["入夏以来，重庆夜间经济持续升温。从江边步道到老街夜市，从露天音乐会到深夜火锅，山城的夜晚处处洋溢着“烟火气”。",
  ("img", "江边步道", "7月18日晚，市民在江边步道散步纳凉。骆川　摄"),
  "傍晚七点过后，气温逐渐回落，青岚湖畔的步道上人流如织。有人带着孩子放风筝，有人支起小桌吃烧烤，还有街头艺人弹着吉他唱歌，吸引市民驻足。",
  ("img", "老街夜市", "游客在老街夜市品尝小吃。骆川　摄"),
  "在磁溪老街夜市，近百个摊位一字排开，冰粉、凉虾、烤苕皮等本地小吃让人目不暇接。摊主王姐说，夏天生意最好的时候，一晚上能卖出去五六百碗冰粉。",
  ("img", "露天音乐会", "观众在露天音乐会上挥舞荧光棒。骆川　摄"),
  "据统计，今年6月以来，重庆主城都市区夜间消费额同比增长14.6%，夜间客流量占全天的比重超过四成。",
  "业内人士认为，夜间经济不仅拉动了消费，也让城市更有温度。下一步，重庆将继续完善夜间公交、停车和照明等配套设施，让市民和游客夜游更方便、更安心。"],
 related=["重庆发布夏季夜游地图", "青岚湖音乐节将于8月开幕"]))

PAGES.append(dict(id="qd-24", layout=media_app, kind="media", site={"name": "八桂新闻客户端", "foot": "八桂新闻客户端　桂ICP备1000××52号-3　举报电话：0771-5600××1"},
 title="南宁至柳溪高速公路全线贯通",
 info="广西交通广播 03-21 09:12",
 authors=[], time="03-21 09:12",
 body=["3月20日上午，随着最后一片T梁在柳江特大桥精准就位，南宁至柳溪高速公路实现全线贯通，标志着该项目进入全面收尾阶段，预计今年6月底前建成通车。",
  "南宁至柳溪高速公路全长132.4公里，设计时速100公里，全线共设特大桥3座、隧道11座、互通立交9处。项目建成后，南宁至柳溪的行车时间将由目前的3个多小时缩短至1个半小时左右。",
  "项目建设单位负责人介绍，柳江特大桥主跨长度达到280米，是全线的控制性工程。建设过程中，项目团队克服了汛期洪水、岩溶地质等困难，采用智能张拉、数字化监控等新技术，确保了工程质量和安全。",
  "沿线群众对通车充满期待。柳溪县沙坪镇果农蒙大哥说：“路通了，我们的沙田柚、八角运到南宁就更快了，收购商也愿意来了。”",
  "据了解，该高速公路是广西“县县通高速”的重要组成部分，通车后将进一步完善桂中地区高速公路网。"],
 after='<p>来源：广西交通广播</p>',
 views="2.6万人看过",
 related=["广西今年计划新开工高速公路12条", "柳溪县城区至高速连接线启动建设"]))
