from lib import *
from news import NEWS_CSS, hotlist

# ---------- zb-18 央广网-like: headline below channel label, 来源 + 作者 + 编辑 in meta, byline at end
title = "黑龙江抚远：“东方第一哨”迎来今年首批游客"
body = [
 "央广网佳木斯5月2日消息 “五一”假期，位于祖国最东端的黑龙江省抚远市迎来旅游小高峰。清晨4时许，天刚蒙蒙亮，东极广场上已聚集了数百名等待看日出的游客。",
 "抚远是我国最早迎来日出的地方，被誉为“华夏东极”。来自广州的游客陈嘉怡和家人提前一天抵达，“一直想来看看祖国第一缕阳光，今天终于如愿了，特别震撼。”",
 "为迎接假期客流，抚远市推出“东极日出+界江游船+鱼宴美食”特色线路，黑瞎子岛景区新增观光车20台，黑龙江界江游船航线也于4月底正式开航。假期前两天，全市共接待游客3.6万人次，同比增长28%，全市宾馆民宿入住率超过九成。",
 "此外，当地还在东极广场开设赫哲族非遗展示区，游客可以现场观看鱼皮画制作、品尝杀生鱼等赫哲族传统美食。",
 "（央广网记者 孙宇航 见习记者 马欣然）",
]
h = f"""
<div class="top"><a href="#">央广网首页</a><a href="#">新闻</a><a href="#">财经</a><a href="#">军事</a><a href="#">文旅</a><a href="#">汽车</a><a href="#">央广视频</a><span style="float:right"><a href="#">云听</a> <a href="#">APP下载</a></span></div>
<div class="hd"><span class="logo">央广网</span><span class="chan">黑龙江频道</span><input type="text" placeholder="请输入搜索内容"></div>
<div class="main"><div class="left">
<div style="margin-top:12px;color:#0b59a8;font-weight:bold">文旅</div>
<h1>{esc(title)}</h1>
<div class="meta"><span>2024-05-02 17:21:06</span><span>来源：央广网</span><span>作者：孙宇航 马欣然</span><span>编辑：赵娜</span></div>
<div class="art">
{ps(body, indent="　　")}
<div class="pic"><img alt=""><br>游客在东极广场观看日出（央广网发 抚远市委宣传部供图）</div>
</div>
<div class="box"><h3>新闻推荐</h3>{ul(["哈尔滨冰雪大世界闭园 累计接待游客超270万","黑龙江“五一”假期旅游市场火爆","漠河北极村：来中国最北端找北","伊春森林旅游季启动","镜泊湖景区开园"])}</div>
<div class="box"><h3>评论</h3><p>暂无评论</p></div>
</div>
<div class="right">{hotlist("排行榜",["全国铁路五一假期发送旅客破亿","东北虎豹国家公园新发现","中俄界江开江","龙江春播进度过半","哈尔滨地铁3号线全线贯通"])}</div></div>
<div class="ft">央广网 版权所有 Copyright © 2002-2024 CNR.CN All Rights Reserved<br>京ICP证100063号 京公网安备11000002000017号 互联网新闻信息服务许可证10120170012</div>
"""
add("zb-18","news","national radio site (CNR-like), closing byline paragraph （央广网记者 …）",doc(title+"_央广网",NEWS_CSS,h),
    title, ["孙宇航","马欣然"], "2024-05-02 17:21:06", body[:-1],
    note="closing byline （央广网记者 …） stands as its own paragraph: a credit line, not body")

# ---------- zb-19 光明网-like commentary: 作者：… in meta, 来源：光明日报, many lists
title = "让乡村小规模学校“小而美”"
body = [
 "近年来，随着城镇化推进和农村学龄人口减少，乡村小规模学校的存续和发展成为教育领域绕不开的话题。一些地方简单“撤并了之”，看似节约了资源，却让部分偏远山区的孩子每天要走上十几里山路，或者过早开始寄宿生活。",
 "小规模学校不是“差学校”的代名词。在甘肃、四川等地，一批乡村学校依托小班化的优势，推行个别化教学、混龄教学，教师能照顾到每一个孩子，学生的学业表现和综合素质并不比城区学校逊色。",
 "办好小规模学校，关键在教师。要落实乡村教师生活补助政策，在职称评聘上向乡村教师倾斜，通过“县管校聘”“走教”等方式，解决音体美、英语等学科教师不足的问题。同时，要用好国家中小学智慧教育平台等数字资源，以“专递课堂”“同步课堂”让乡村孩子共享优质课程。",
 "撤与留，都应以孩子的利益为尺度。对确需保留的小规模学校，各地应在经费上实行“兜底”保障，在办学上给予更多自主空间，让这些山间的学校成为“小而美”“小而优”的家门口好学校。",
 "（作者系西北师范大学教育学院副教授）",
]
h = f"""
<div class="top"><a href="#">光明网首页</a> <a href="#">客户端</a> <a href="#">报纸</a> <a href="#">邮箱</a> <a href="#">注册</a> <a href="#">登录</a></div>
<div class="hd"><span class="logo">光明网</span><span class="chan">时评频道</span><input type="text" placeholder="请输入关键词"></div>
{nav(["首页","光明时评","光明论","光明网评","名家专栏","光明日报评论","光明云思"])}
<div class="main"><div class="left">
<h1>{esc(title)}</h1>
<div class="meta"><span>来源：光明日报</span><span>作者：刘建华</span><span>2022-09-14 05:05</span></div>
<div class="art">
{ps(body, indent="　　")}
<p>　　《光明日报》（ 2022年09月14日 02版）</p>
</div>
<div class="ed">[ 责编：王蕾 ]</div>
<div class="cmt"><a href="#">阅读剩余全文（）</a></div>
<div class="box"><h3>光明时评更多&gt;&gt;</h3>{ul(["守护好孩子们的“舌尖安全”","县域医共体建设要“共”在实处","别让“数字鸿沟”挡住老年人就医路","职业教育要与产业需求同频共振","以更大力度推进乡村教师队伍建设","“双减”之后，课后服务如何提质","治理“躺平式”政务服务须对症下药","让老字号在创新中焕发新生机"])}</div>
<div class="box"><h3>网评</h3>{ul(["光明网评论员：教育公平从每一所乡村学校做起","小而美的乡村学校更值得期待"])}</div>
</div>
<div class="right">{hotlist("光明热榜",["教育部部署秋季学期开学工作","中秋假期国内出游人次统计","全国中小学教师节表彰名单公布","高校毕业生就业促进行动启动","乡村振兴重点帮扶县名单"])}</div></div>
<div class="ft">光明网版权所有<br>光明日报社概况 | 关于光明网 | 报网动态 | 联系我们 | 法律声明 | 光明网邮箱 | 网站地图</div>
"""
add("zb-19","news","commentary on a national paper's site (Guangming-like), 作者： in meta, 作者系 line closing body",doc(title+"_光明网",NEWS_CSS,h),
    title, ["刘建华"], "2022-09-14 05:05", body[:-1],
    note="（作者系…）affiliation line stands as its own paragraph: a credit line, not body; print-edition line not body")

# ---------- zb-20 provincial news site (Dazhong-like), 来源/作者/编辑 in one line, 本报讯 in body, 通讯员
title = "寿光蔬菜种业“芯”突破：自主品种市场占有率超七成"
body = [
 "大众日报记者 张凯 通讯员 王玉洁 报道",
 "本报寿光讯 走进寿光市蔬菜种业集团育种中心，一排排番茄、彩椒在智能温室里长势喜人。“这是我们今年新培育的耐裂果番茄品种，抗病性强，亩产比老品种高出15%。”集团育种研发部负责人郝金龙说。",
 "种子是农业的“芯片”。过去，寿光高端蔬菜种子大多依赖进口，一粒番茄种子的价格一度比黄金还贵。近年来，寿光建成国家级蔬菜种业创新中心，引进培育育种专家和团队68个，累计自主研发蔬菜新品种178个。",
 "目前，寿光自主研发的蔬菜品种在当地市场占有率已从2010年的54%提高到72%，番茄、黄瓜、辣椒等主要品种基本实现国产替代，年繁育种苗18亿株，供应全国20多个省份。",
 "“下一步，我们将围绕抗病、耐储运、高品质等方向开展联合攻关，力争在砧木、彩椒等短板品种上实现新突破。”寿光市农业农村局局长孙立伟说。",
]
h = f"""
<div class="top"><a href="#">大众网首页</a> | <a href="#">山东</a> | <a href="#">济南</a> | <a href="#">青岛</a> | <a href="#">潍坊</a> | <a href="#">数字报</a> | <a href="#">海报新闻</a></div>
<div class="hd"><span class="logo">大众网·潍坊</span><input type="text" placeholder="站内搜索"></div>
<div class="main"><div class="left">
<div style="font-size:13px;margin-top:10px">当前位置：<a href="#">大众网</a> &gt; <a href="#">潍坊</a> &gt; <a href="#">寿光</a> &gt; 正文</div>
<h1>{esc(title)}</h1>
<div class="meta">2021-12-20 08:06:00 来源: 大众日报 作者: 张凯 王玉洁 编辑: 孙蕾 <a href="#">分享</a> <a href="#">A+</a> <a href="#">A-</a></div>
<div class="art">
<p style="font-family:KaiTi">　　{esc(body[0])}</p>
{ps(body[1:], indent="　　")}
</div>
<div class="ed">责任编辑：孙蕾 审核：刘明</div>
<div class="box"><h3>相关新闻</h3>{ul(["第二十二届菜博会开幕","寿光蔬菜标准上升为国家行业标准","潍坊：设施农业“数字大棚”遍地开花","寿光建成全国蔬菜质量标准中心"])}</div>
</div>
<div class="right">{hotlist("大众网热点",["潍坊风筝节筹备工作启动","青州古城入选国家级夜间文旅消费集聚区","高密红高粱文化节开幕","诸城恐龙博物馆新馆开放","昌乐蓝宝石产业园"])}</div></div>
<div class="ft">大众报业集团主办 | 大众网版权所有 未经书面授权 不得复制或建立镜像<br>鲁ICP备09023866号 | 互联网新闻信息服务许可证：37120180004</div>
"""
add("zb-20","news","provincial news site (Dazhong-like), byline line '记者 … 通讯员 … 报道' then 本报寿光讯",doc(title+"_大众网",NEWS_CSS,h),
    title, ["张凯","王玉洁"], "2021-12-20 08:06:00", body[1:],
    note="'大众日报记者 … 报道' line is a byline, not body")

EN_CSS = """
body{margin:0;font-family:Georgia,Arial,sans-serif;color:#222}
a{color:#1a4e8a;text-decoration:none} ul{list-style:none;padding:0;margin:0}
.top{background:#1a4e8a;color:#fff;font-size:13px;padding:6px 30px}
.top a{color:#fff;margin-right:14px}
.logo{font-size:34px;font-weight:bold;padding:14px 30px;color:#1a4e8a}
.nav li{display:inline-block;margin:6px 12px;font-family:Arial}
.main{width:980px;margin:0 auto;overflow:hidden}
.left{float:left;width:660px}.right{float:right;width:290px;font-family:Arial;font-size:13px}
h1{font-size:32px;line-height:1.25}
.info{font-family:Arial;font-size:13px;color:#777;border-top:1px solid #ddd;border-bottom:1px solid #ddd;padding:6px 0}
.art p{font-size:17px;line-height:1.7}
.pic{font-size:13px;color:#666;font-family:Arial}
.pic img{width:640px;height:380px;background:#ddd}
.box h3{font-family:Arial;border-bottom:2px solid #1a4e8a}
.box li{padding:4px 0}
.ft{clear:both;background:#222;color:#aaa;font-size:12px;padding:20px;text-align:center;font-family:Arial}
"""

# ---------- zb-21 China-Daily-like English
title = "Harbin ice festival draws record crowds as winter tourism heats up"
body = [
 "HARBIN — Visitors packed the Harbin Ice and Snow World on Saturday as the northeastern city's annual ice festival entered its busiest week, with local authorities reporting record attendance despite temperatures dipping below minus 25 C.",
 "The park, which covers about 1 million square meters this season, used 300,000 cubic meters of ice and snow harvested from the nearby Songhua River to build more than 1,000 sculptures, including a 43-meter-high ice tower that has become a social media favorite.",
 "\"We came from Guangzhou to see real snow for the first time,\" said Chen Yuting, a 26-year-old office worker who traveled with three friends. \"It's freezing, but the lights at night are unbelievable.\"",
 "According to the Harbin culture, radio, television and tourism bureau, the city received 9.8 million tourist visits during the first two weeks of January, up 31 percent year-on-year, generating tourism revenue of about 14.6 billion yuan ($2 billion).",
 "To cope with the surge, the city has added late-night bus routes, opened public buildings as warming stations and asked hotels not to raise prices by more than 50 percent over the same period last year.",
 "Industry analysts say the popularity of Harbin reflects a broader boom in winter tourism across northern China, supported by improved high-speed rail links and a growing interest among younger travelers in \"experience-based\" trips.",
]
h = f"""
<div class="top"><a href="#">Global Edition</a><a href="#">China Edition</a><a href="#">ASIA</a><a href="#">中文</a><a href="#">双语</a><a href="#">Français</a><span style="float:right"><a href="#">Subscribe</a> <a href="#">Sign in</a></span></div>
<div class="logo">CHINA DAILY</div>
<div style="padding:0 30px"><input type="text" placeholder="Search"></div>
{nav(["HOME","CHINA","WORLD","BUSINESS","LIFESTYLE","CULTURE","TRAVEL","WATCHTHIS","SPORTS","OPINION","REGIONAL","FORUM"])}
<div class="main"><div class="left">
<div style="font-family:Arial;font-size:13px">Home / China / Society</div>
<h1>{esc(title)}</h1>
<div class="info">By ZHOU Huiying in Harbin | chinadaily.com.cn | Updated: 2025-01-18 16:42</div>
<div class="share"><a href="#">Share</a> - <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Mail</a> <a href="#">Mobile</a></div>
<div class="pic"><img alt="Tourists visit the Harbin Ice and Snow World in Harbin, Heilongjiang province, Jan 17, 2025. [Photo by Wang Jianwei/For chinadaily.com.cn]"><br>Tourists visit the Harbin Ice and Snow World in Harbin, Heilongjiang province, Jan 17, 2025. [Photo by Wang Jianwei/For chinadaily.com.cn]</div>
<div class="art">{ps(body)}</div>
<div class="box"><h3>Related Stories</h3>{ul(["Southern visitors flock north for snow","Harbin ice lanterns light up the night","Winter sports gear sales surge ahead of holiday"])}</div>
<div class="box"><h3>Today's Top News</h3>{ul(["Spring Festival travel rush to set record","China's GDP grows 5% in 2024","New rules to boost consumption unveiled"])}</div>
</div>
<div class="right"><div class="box"><h3>Most Viewed in 24 Hours</h3>{ul(["Ice sculptors race against time","Snow leopard spotted in Qilian Mountains","Panda twins make debut","Beijing's hutongs get a winter makeover"])}</div>
<div class="box"><h3>Editor's picks</h3>{ul(["China's new year movies","Frozen fun on the Songhua"])}</div></div></div>
<div class="ft">Copyright 1995 - 2025. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC). Without written authorization from CDIC, such content shall not be republished or used in any form.<br>Note: Browsers with 1024*768 or higher resolution are suggested for this site.<br>License for publishing multimedia online 0108263 Registration Number: 130349</div>
"""
add("zb-21","news-en","English national daily site (China-Daily-like)",doc(title+" - Chinadaily.com.cn",EN_CSS,h),
    title, ["ZHOU Huiying"], "2025-01-18 16:42", body, lang="en",
    note="author as printed in the by-line (surname capitals)")

# ---------- zb-22 Xinhua-English-like: Source | date | Editor, no byline; dateline in first para
title = "China's first homegrown large cruise ship completes 100th voyage"
body = [
 "SHANGHAI, Oct. 9 (Xinhua) -- The Adora Magic City, China's first domestically built large cruise ship, returned to Shanghai on Wednesday after completing its 100th voyage, its operator said.",
 "Since entering commercial service on Jan. 1, 2024, the 135,500-gross-ton vessel has carried more than 380,000 passengers on routes to Japan and the Republic of Korea, according to Adora Cruises, a joint venture of China State Shipbuilding Corporation and Carnival Corporation.",
 "The ship, which is 323.6 meters long and has 2,125 passenger cabins, was built by Shanghai Waigaoqiao Shipbuilding Co., Ltd. over a period of about five years. Its delivery made China the only country in the world capable of building aircraft carriers, large LNG carriers and large cruise ships.",
 "Industry insiders said the ship's steady operation has helped build a domestic supply chain for cruise ship outfitting, with the localization rate of interior materials rising to about 30 percent.",
 "A second domestically built large cruise ship, the Adora Flora City, is scheduled to be delivered by the end of 2025.",
]
h = f"""
<div class="top"><a href="#">Home</a><a href="#">China</a><a href="#">World</a><a href="#">Business</a><a href="#">Sci-Tech</a><a href="#">Culture</a><a href="#">Photos</a><a href="#">Video</a><span style="float:right"><a href="#">中文</a></span></div>
<div class="logo">XINHUANET <span style="font-size:14px">english.news.cn</span></div>
<div class="main"><div class="left">
<h1>{esc(title)}</h1>
<div class="info">Source: Xinhua | 2024-10-09 20:14:37 | Editor: huaxia</div>
<div class="share"><a href="#">[Video]</a> <a href="#">[Photos]</a> | <a href="#">Share</a> | <a href="#">Font size: A A A</a></div>
<div class="art">
{ps(body[:2])}
<div class="pic"><img alt="This photo taken on Oct. 9, 2024 shows the cruise ship Adora Magic City at Wusongkou International Cruise Terminal in Shanghai. (Xinhua/Fang Zhe)"><br>This photo taken on Oct. 9, 2024 shows the cruise ship Adora Magic City at Wusongkou International Cruise Terminal in Shanghai, east China. (Xinhua/Fang Zhe)</div>
{ps(body[2:])}
</div>
<div class="box"><h3>Related:</h3>{ul(["China's homegrown cruise ship makes maiden voyage","Second China-made large cruise ship undocks"])}</div>
</div>
<div class="right"><div class="box"><h3>Most Read</h3>{ul(["China unveils plan to boost shipbuilding","Shanghai port throughput hits record","Cruise tourism rebounds in Asia"])}</div></div></div>
<div class="ft">Copyright © 2000 - 2024 XINHUANET.com All rights reserved.<br><a href="#">About Us</a> | <a href="#">Contact Us</a> | <a href="#">Privacy Policy</a></div>
"""
add("zb-22","news-en","English wire (Xinhua-like), no byline, dateline in first paragraph",doc(title+"-Xinhua",EN_CSS,h),
    title, [], "2024-10-09 20:14:37", body, lang="en", note="Source: Xinhua and Editor are not authors; photo caption not body")
