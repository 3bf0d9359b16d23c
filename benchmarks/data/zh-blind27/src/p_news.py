from lib import *
P = []
def add(**k): P.append(k)
FOOT = '<p>关于我们 | 广告服务 | 联系我们 | 网站地图</p><p>互联网新闻信息服务许可证：{} 　违法和不良信息举报电话：12377</p><p>Copyright © 2025 {} All Rights Reserved</p>'

def en_shell(site, nav, head, art, tail, side):
    top = f'<div class="top w"><a href="#">中文</a> | <a href="#">Mobile</a> | <a href="#">Newsletter</a> <input placeholder="Search"></div><div class="banner"><div class="w">{E(site)}</div></div>'
    navh = '<div class="nav"><div class="w">' + " ".join(f"<a href='#'>{E(n)}</a>" for n in nav) + "</div></div>"
    sideh = '<div class="side">' + "".join(f"<h4>{E(k)}</h4>{ul(v)}" for k, v in side) + "</div>"
    return top + navh + f'<div class="w">{sideh}<div class="main">{head}<div class="art">{art}</div>{tail}</div></div><div class="foot">Copyright {E(site)}. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to {E(site)}.</div>'

# yb-15 English, By NAME in CITY, Updated:
b = ["Chongqing's Liangjiang New Area launched a driverless shuttle bus route on Monday, the first of its kind in the municipality to carry fare-paying passengers on open roads.",
"The 7.8-kilometer route links Yuelai International Expo Center with two metro stations and a residential area, stopping at 11 stations. Each bus seats 12 passengers and runs every 15 minutes from 7 am to 9 pm.",
"\"A safety officer sits on board during the trial period, but the vehicle drives itself,\" said Tang Wei, a manager at the operating company. \"We expect to remove the officer on some sections next year if the data supports it.\"",
"Local authorities said the route is part of a plan to build an intelligent connected vehicle pilot zone covering 200 km of roads by the end of 2026.",
"Passenger Liu Yan, who commutes to the expo center, said the ride felt smooth. \"It brakes a little earlier than a human driver, but that makes me feel safe,\" she said."]
head = '<p>China > Regional</p><h1>Driverless buses hit the road in Chongqing</h1><p>By DENG RUI in Chongqing | chinadaily.com.cn | Updated: 2025-06-10 18:42</p><p>Share - WeChat</p>'
art = '<p class="cap"><img alt="A driverless shuttle bus runs in Liangjiang New Area" src="bus.jpg"><br>A driverless shuttle bus runs in Liangjiang New Area, Chongqing, on June 9, 2025. [Photo provided to chinadaily.com.cn]</p>' + body_html(b)
add(id="yb-15", kind="news EN (China Daily-style regional)", lang="en", title="Driverless buses hit the road in Chongqing", authors=["DENG RUI"], time="2025-06-10 18:42", body=b,
    html=en_shell("China Daily", ["HOME","CHINA","WORLD","BUSINESS","LIFESTYLE","CULTURE","TRAVEL","SPORTS","OPINION","REGIONAL"], head, art, '<p>Top</p><p>BACK TO THE TOP</p>', [("Most Viewed",["Hainan free trade port sees record imports","Guizhou's data centers draw tech giants","Yunnan elephants return to the forest"])]))

# yb-16 English, writer at end
b = ["More than 3,000 athletes from 26 countries and regions took part in the Sanya International Marathon on Sunday, running along the coastline of the tropical resort city in south China's Hainan province.",
"Kenyan runner Peter Kiprop won the men's full marathon in 2 hours, 11 minutes and 36 seconds, while Ethiopia's Tigist Bekele took the women's title in 2:29:08.",
"The race started at Sanya Bay and passed Luhuitou Park and the Sanya River, with about 40,000 spectators cheering along the route, organizers said.",
"The event is expected to bring more than 50 million yuan in tourism revenue to the city, according to the Sanya tourism bureau."]
head = '<p>Home / Sports</p><h1>Sanya marathon draws 3,000 runners from 26 countries</h1><p>Source: Hainan Daily | 2024-12-09</p><p>Font: A A A</p>'
add(id="yb-16", kind="news EN (Hainan provincial English site)", lang="en", title="Sanya marathon draws 3,000 runners from 26 countries", authors=["Chen Siyu"], time="2024-12-09", body=b,
    html=en_shell("Hainan International Media Center", ["Home","News","Business","Travel","Culture","Video","FTP"], head, body_html(b) + '<p>Writer: Chen Siyu | Editor: Wang Fang</p>', '<p>Related: <a href="#">Haikou to host island-wide cycling race</a></p>', [("Latest",["Hainan FTP adds 12 new air routes","Boao forum preview","Wuzhishan tea harvest begins"])]))

# yb-17 四川 专访 Q&A
b = ["今年以来，攀枝花市钒钛产业发展态势如何？如何推动资源优势转化为产业优势？近日，记者专访了攀枝花市经济和信息化局局长杨建国。",
"记者：今年前5个月，攀枝花钒钛产业交出了怎样的成绩单？",
"杨建国：前5个月，全市钒钛产业实现营业收入420亿元，同比增长11.2%。钒电池储能、钛材深加工等新赛道增长尤其明显，钒电解液产能已突破每年10万立方米。",
"记者：下一步在延链补链方面有什么打算？",
"杨建国：我们将围绕“钒电池—储能电站—应用场景”打造完整链条，今年力争引进钒钛下游项目20个以上，同时支持企业联合高校开展关键技术攻关，把更多科研成果留在攀枝花转化。",
"记者：企业最关心的用能、融资问题怎么解决？",
"杨建国：我们建立了重点企业“一对一”服务专员制度，协调电网企业保障用电需求，并联合金融机构推出“钒钛贷”专项产品，目前已为42家企业授信18.6亿元。"]
head = '<h1>让钒钛资源“吃干榨尽”——专访攀枝花市经济和信息化局局长杨建国</h1><div class="info">2025-06-16 07:05:33　来源：四川在线　四川日报全媒体记者　何  勇　朱晓波</div><p>原标题：攀枝花如何把钒钛“家底”变成产业“底气”</p>'
add(id="yb-17", kind="news 专访 Q&A (四川 provincial portal)", title="让钒钛资源“吃干榨尽”——专访攀枝花市经济和信息化局局长杨建国", authors=["何勇","朱晓波"], time="2025-06-16 07:05:33", body=b,
    html=news_shell("四川在线", ["首页","时政","经济","社会","市州","文旅","视频"], ["首页","市州","攀枝花"], ">", head, body_html(b), '<p>编辑：刘丹　责任编辑：李雪</p><p>评论（12）</p><div>相关新闻：' + ul(["攀枝花钒电池储能示范项目并网","四川钒钛产业集群入选国家先进制造业集群"]) + '</div>', [("热点排行",["成都地铁新线开通","九寨沟暑期游客预约指南","四川高考志愿填报时间确定","川渝合作项目清单发布"])], FOOT.format("51120170001","四川在线")))

# yb-18 重庆 数据新闻 with table
rows = [["区县","地区生产总值（亿元）","同比增长（%）"],["渝北区","1186.4","6.8"],["九龙坡区","845.2","6.1"],["江北区","712.9","5.9"],["涪陵区","698.3","7.2"],["万州区","560.7","6.5"]]
b = ["重庆市统计局近日发布2025年一季度区县经济数据。数据显示，全市38个区县（自治县）中，有22个地区生产总值增速高于全市平均水平。",
("h","五区县GDP排名前列"), ("table", rows),
"从总量看，渝北区以1186.4亿元继续领跑；从增速看，涪陵区以7.2%领先。业内人士分析，汽车、电子信息等支柱产业回暖，是拉动主城区县增长的主要因素。",
("h","渝东北、渝东南增速加快"), "渝东北三峡库区城镇群、渝东南武陵山区城镇群一季度分别增长6.3%和6.0%，较去年同期提高0.4和0.7个百分点，区域协调发展成效逐步显现。"]
head = '<p>华龙网 > 数据</p><h1>数读重庆一季度区县经济：22个区县增速跑赢全市</h1><div class="info">2025-04-29 11:27:45 来源：华龙网 作者：谭  茜 制图：龚莎 </div>'
add(id="yb-18", kind="news 数据新闻 table (重庆 华龙网-style)", title="数读重庆一季度区县经济：22个区县增速跑赢全市", authors=["谭茜"], time="2025-04-29 11:27:45", body=b,
    html=news_shell("华龙网", ["首页","重庆","区县","财经","数据","视频","评论"], ["华龙网","新闻","数据新闻"], ">", head, body_html(b), '<p>策划：周  凯　统筹：刘  佳　监制：张  明</p><p>[责任编辑：孙  立]</p><p>0条评论 <a href="#">我要评论</a></p>', [("推荐阅读",["重庆中心城区新增120条公交线路","长江索道夜间延长开放","渝昆高铁建设最新进展"])], FOOT.format("50120170005","华龙网")))

# yb-19 新华社通稿 reprint on 云南网
b = ["新华社昆明6月8日电（记者 杨静 字强）记者从云南省林业和草原局获悉，经过持续监测，北移亚洲象群目前在普洱市思茅区活动，象群共有14头，状态良好。",
"云南省林业和草原局相关负责人介绍，当地已组织监测人员24小时跟踪，通过无人机和红外相机实时掌握象群动向，并及时向周边群众发布预警信息，引导群众避让。",
"据了解，象群近期主要在思茅区南屏镇一带的林地和农田间活动，当地已对部分受损农作物启动野生动物肇事公众责任保险理赔程序。",
"近年来，云南持续推进亚洲象栖息地保护和人象冲突防范工作，建成亚洲象监测预警平台，在普洱、西双版纳等地布设监测设备700余台。",
"据了解，我国野生亚洲象种群数量已由上世纪80年代的180头左右增加到目前的300头左右。"]
head = '<h1>云南北移亚洲象群在普洱活动状态良好</h1><div class="info">来源：新华网　　作者：杨静 字强　　2025-06-08 20:14</div><p>原标题：北移亚洲象群在普洱活动 当地开展24小时监测</p>'
add(id="yb-19", kind="news 新华社 通稿 reprint (云南网-style)", title="云南北移亚洲象群在普洱活动状态良好", authors=["杨静","字强"], time="2025-06-08 20:14", body=b,
    html=news_shell("云南网", ["首页","云南","昆明","州市","经济","旅游","图片"], ["首页","云南新闻"], "-", head, body_html(b), '<p>责任编辑：段晓瑞</p><p>【纠错】 【打印】 【关闭】</p><p>相关阅读：' + ul(["西双版纳亚洲象种源繁育与救护中心开放日","云南新增3个省级自然保护区"]) + '</p>', [("图片新闻",["滇池红嘴鸥","元阳梯田开耕"]),("24小时排行",["昆明地铁5号线延长线开通","云南高考分数线公布","大理古城交通管制"])], FOOT.format("53120170003","云南网")))

# yb-20 中新网 reprint on 南海网 (海南)
b = ["中新网海口6月18日电（记者 王晓斌）海口美兰国际机场18日发布消息称，该机场二期国际航站楼今年前5个月累计保障国际及地区旅客82.6万人次，同比增长37%。",
"据介绍，今年以来，美兰机场陆续新开、恢复海口至新加坡、首尔、曼谷、大阪等国际航线，目前通航境外城市达到31个。海南自由贸易港59国人员入境免签政策持续释放红利，入境外籍旅客明显增多。",
"为提升旅客出行体验，美兰机场在国际到达区增设了外币兑换、移动支付开通等服务点，并安排多语种志愿者为入境旅客提供引导服务。",
"美兰机场方面表示，将进一步优化国际中转流程，推出“一站式”中转服务，助力海南打造国际航空枢纽。",
"业内人士认为，随着海南自贸港封关运作临近，国际客货运需求将进一步释放，海口、三亚两大机场的国际航线网络有望加速扩容。"]
head = '<h1>海口美兰机场前5个月国际旅客同比增37%</h1><div class="info">2025-06-18 16:52:09　来源：中国新闻网　<span>分享到：</span></div><p>原标题：海口美兰机场国际客流持续攀升</p>'
add(id="yb-20", kind="news 中新网 reprint (海南 南海网-style)", title="海口美兰机场前5个月国际旅客同比增37%", authors=["王晓斌"], time="2025-06-18 16:52:09", body=b,
    html=news_shell("南海网", ["首页","海南","自贸港","三亚","财经","旅游","视频"], ["南海网","海南新闻","综合"], "»", head, body_html(b), '<p>责任编辑：符小雪</p><p>网友评论 <a href="#">查看所有评论</a> (0)</p>', [("热门",["海南离岛免税购物额创新高","博鳌亚洲论坛年会闭幕","文昌航天发射场迎来发射"])], FOOT.format("46120170002","南海网")))

# yb-21 光明日报 reprint on 贵州 portal, reporters named under title
b = ["在贵州省黔南布依族苗族自治州平塘县，被誉为“中国天眼”的500米口径球面射电望远镜已经运行近十年。围绕这口“大锅”，当地正在形成一条集科研、科普与旅游于一体的发展链条。",
"“天眼”科普基地工作人员介绍，基地年接待游客超过百万人次，研学团队占比逐年上升。去年，平塘县天文科普旅游综合收入达到18亿元。",
"围绕“天眼”，平塘县规划建设了天文体验馆、星空观测营地等项目，并严格执行电磁波宁静区保护规定，在发展旅游的同时守护好“天眼”的观测环境。",
"在克度镇天文小镇，曾经外出务工的村民黎光明返乡开起了“星空民宿”。“游客白天看天眼，晚上在院子里看星星，周末房间基本都是满的。”他说。",
"当地还与高校合作，开设天文科普教师培训班，让山区孩子在家门口就能接触前沿科学。"]
head = '<h1>“天眼”脚下，星空经济渐成气候</h1><div class="info">来源：光明日报　2025-05-12 05:30</div><p>光明日报记者　万　瑜　吴  琪　光明日报通讯员　罗建华</p><p>原标题：贵州平塘：“天眼”带火星空经济</p>'
add(id="yb-21", kind="news 光明日报 reprint (贵州 portal)", title="“天眼”脚下，星空经济渐成气候", authors=["万瑜","吴琪","罗建华"], time="2025-05-12 05:30", body=b,
    html=news_shell("多彩贵州网", ["首页","贵州","时政","县域","旅游","评论"], ["首页","贵州要闻"], "/", head, body_html(b), '<p>《光明日报》（2025年05月12日 04版）</p><p>编辑：龙　蓉　　责任编辑：王晓梅</p>', [("推荐",["黄果树瀑布迎来丰水期","贵阳至南宁高铁运营一周年","村超新赛季开幕"])], FOOT.format("52120170004","多彩贵州网")))

# yb-22 人民日报 reprint on a government site (广西 自治区政府)
b = ["初夏的北部湾，海风习习。在广西钦州港自动化集装箱码头，远程操控的岸桥起落有序，无人驾驶集卡穿梭往来。",
"“一个人坐在中控室，可以同时操控多台设备，作业效率比传统码头提高了20%以上。”码头运营负责人说。",
"近年来，北部湾港加快推进港口自动化、智能化改造，建成了5G智慧港口专网，集装箱平均在港停留时间缩短了近一天，为进出口企业节省了物流成本。",
"今年1至5月，北部湾港完成集装箱吞吐量393万标准箱，同比增长12.5%。西部陆海新通道海铁联运班列开行量持续增长，目的地覆盖全国18个省份。",
"广西壮族自治区交通运输厅有关负责人表示，将加快推进平陆运河建设，进一步提升北部湾港的集疏运能力。",
"据悉，平陆运河建成后，广西内河船舶可由西江经运河直达北部湾出海，比绕道广州出海缩短航程约560公里。"]
head = '<h1>北部湾港：智慧码头提效率</h1><div class="info">来源：人民日报　　发布时间：2025-06-20 09:06　　【字体：大 中 小】</div><p>人民日报记者　庞革平　张云河</p>'
add(id="yb-22", kind="news 人民日报 reprint on 广西 gov site", title="北部湾港：智慧码头提效率", authors=["庞革平","张云河"], time="2025-06-20 09:06", body=b,
    html=gov_modern("广西壮族自治区人民政府门户网站", ["首页","要闻动态","政务公开","政务服务","互动交流","数据发布"], ["首页","要闻动态","媒体看广西"], "›", head, body_html(b), '<p>《 人民日报 》（ 2025年06月20日 07 版）</p><p>【打印本页】【关闭窗口】</p>', icp="桂ICP备05004543号", wzbs="4500000035", gaba="桂公网安备 45010302000666号"))

# yb-23 桂林 city media with comments and dense related
b = ["本报讯　6月以来，桂林市七星区依托漓江沿线景点和城市公园，打造“夜游七星”消费新场景，吸引大批市民游客前来打卡。",
"每晚7时，七星景区灯光亮起，骆驼山、花桥在灯光映衬下别具韵味。景区周边的非遗市集上，桂林米粉、油茶、竹编等特色产品摊位前人头攒动。",
"为方便市民游客，七星区延长了部分公交线路的运营时间，并在景区周边新增临时停车位600余个。辖区餐饮、零售商户也纷纷推出夜间优惠活动，“夜经济”越来越有烟火气。",
"七星区商务局负责人介绍，今年以来已举办夜间消费活动30余场，带动辖区夜间消费额同比增长15.6%。",
"下一步，七星区将结合暑期旅游旺季，推出夜间演艺、水上游船、文创市集等更多业态，打造桂林城区夜间消费集聚区。", "（记者 莫雅琪 通讯员 黄  海）"]
head = '<h1>夜游七星点亮消费新场景</h1><div class="info">2025年06月24日 08:41 来源：桂林日报 <span>评论：23</span> <span>点赞：156</span></div>'
add(id="yb-23", kind="news city media (广西 桂林)", title="夜游七星点亮消费新场景", authors=["莫雅琪","黄海"], time="2025年06月24日 08:41", body=b[:-1],
    html=news_shell("桂林生活网", ["首页","桂林新闻","区县","民生","旅游","论坛"], ["首页","桂林新闻","本地"], "→", head, body_html(b), '<p>编辑：蒋  琳</p><h4>相关新闻</h4>' + ul(["阳朔西街推出夜间演出","漓江游船暑期运力提升","桂林两江四湖新增游线","象山公园夜场开放","桂林米粉文化节开幕"]) + '<p>已有23条评论 <input placeholder="说两句吧…"> 发表</p>', [("点击排行",["桂林中考成绩查询时间","桂林北站新增列车","临桂新区学校划片"])], FOOT.format("45120170021","桂林生活网")))

# yb-24 新疆 天山网 byline under headline with date on the same line
b = ["6月以来，伊犁哈萨克自治州昭苏县万亩油菜花进入盛花期，金黄的花海与远处的雪山、草原交相辉映，吸引各地游客纷至沓来。",
"在昭苏县喀夏加尔镇，游客王丽华和家人在花海中拍照留念。“从乌鲁木齐自驾过来，一路风景太美了。”她说。",
"花海带火了乡村旅游。喀夏加尔镇不少村民开起了农家乐和民宿，还有的牧民牵着马在景区周边提供骑马体验服务。村民努尔兰说，花期一个多月，他家农家乐的收入能有三四万元。",
"昭苏县文化体育广播电视和旅游局负责人介绍，今年该县推出“油菜花+天马”旅游线路，在花海旁举办天马表演和民俗活动，预计花期接待游客50万人次。",
"昭苏县还与周边的特克斯县、新源县联合推出“伊犁河谷夏季游”精品线路，串联起那拉提草原、喀拉峻草原等知名景点，让游客玩得更尽兴。"]
head = '<h1>昭苏油菜花海迎客来</h1><p>天山网-新疆日报记者　阿依努尔·卡德尔　报道　2025-06-26 10:21</p>'
add(id="yb-24", kind="news provincial (新疆 天山网-style)", title="昭苏油菜花海迎客来", authors=["阿依努尔·卡德尔"], time="2025-06-26 10:21", body=b,
    html=news_shell("天山网", ["首页","新疆","兵团","援疆","旅游","视频","丝路"], ["天山网","新疆新闻","地州"], "»", head, body_html(b), '<p>来源：天山网　编辑：马  萍</p><p>分享到：微信 微博 QQ</p>', [("新疆要闻",["乌鲁木齐国际机场北区改扩建工程进展","喀什古城游客突破百万","新疆棉花长势良好"])], FOOT.format("65120170003","天山网")))
