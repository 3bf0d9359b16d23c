# news pages yf-15 .. yf-24
from common import *

def hdr(site, items): return '<header><b>' + site + '</b> ' + ''.join(f'<a href="#">{x}</a>' for x in items) + ' <a>登录</a> <a>注册</a> <input placeholder="搜索新闻、视频"></header>'
def right(t, items): return f'<div class="r"><h3>{t}</h3><ol>' + ''.join(f'<li><a>{esc(x)}</a></li>' for x in items) + '</ol></div>'

# ---- yf-15 China Daily
b = ["WUHAN -- A cargo train carrying 52 containers of auto parts and household appliances left Wuhan's Wujiashan station for Duisburg, Germany, on Monday, marking the 1,000th China-Europe freight train service from the Hubei capital this year.",
     "The milestone came 18 days earlier than last year, according to the operator, Wuhan Asia-Europe Logistics Co. Trains from the city now reach 117 cities in 40 countries and regions, and the average journey to Western Europe has been cut to about 15 days.",
     '"We used to ship by sea and wait more than a month. Now our spare parts reach the plant in Hungary in about two weeks," said Liu Chengzhi, logistics manager of a Wuhan-based auto components maker.',
     "Local officials said the city would open two new routes to Central Asia in the second half of the year and expand cold-chain services for fruit imports from Europe.",
     "Hubei's foreign trade reached 347.6 billion yuan ($48.3 billion) in the first five months, up 9.4 percent year-on-year, provincial customs data showed."]
h = ('<div class="nav"><a>HOME</a><a>CHINA</a><a>WORLD</a><a>BUSINESS</a><a>LIFESTYLE</a><a>CULTURE</a><a>TRAVEL</a><a>OPINION</a><a>REGIONAL</a> <input placeholder="Search"></div>'
     '<div class="ct"><p class="by">Home / China / Regional</p><h1>Wuhan marks 1,000th China-Europe freight train of the year</h1>'
     '<p class="by">By ZHANG YIFAN in Wuhan | chinadaily.com.cn | Updated: 2025-06-03 09:12</p><p class="by">Share: f X in</p>'
     '<figure><img alt="wuhan-train" src="t.jpg"><figcaption>A China-Europe freight train leaves Wuhan on Monday. [Photo by Zhou Guoqiang/For chinadaily.com.cn]</figcaption></figure>' + P(b) +
     '<div class="more"><h3>Top News</h3>' + LI(['Chengdu opens new metro line to airport','Jiangxi porcelain town draws young artisans','Hunan farmers turn to drones for rice planting']) +
     '</div><p class="by">Copyright 1995 - 2025. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).</p></div>')
add('yf-15','news:English China Daily','chinadaily.com.cn','Wuhan marks 1,000th China-Europe freight train of the year',['ZHANG YIFAN'],'2025-06-03 09:12',b,h,'en',lang='en')

# ---- yf-16 Global Times style, writer at end
b = ["A night market built inside a decommissioned 1950s textile mill in Changsha, Central China's Hunan Province, has become one of the most visited spots on Chinese social media this summer, drawing more than 60,000 visitors on a single Saturday.",
     "Stalls selling stinky tofu, crayfish and sugar-oil cakes share the old weaving halls with vintage clothing shops and live folk music. Organizers said nearly 40 percent of the vendors are young people under 30 who returned to the city after working in coastal provinces.",
     '"The building has character. Visitors come for the photos and stay for the food," Tan Jiaxin, a 26-year-old stall owner who sells handmade rice noodles, told the Global Times on Sunday.',
     "Local authorities have added extra late-night bus services and temporary parking to cope with the crowds. Experts said the project shows how old industrial sites can be revived through consumption scenes rather than demolition.",
     "Global Times"]
h = ('<div class="nav"><a>CHINA</a><a>SOURCE</a><a>OPINION</a><a>IN-DEPTH</a><a>WORLD</a><a>LIFE</a><a>SPORT</a><a>PHOTO</a></div>'
     '<div class="ct"><p class="by">SOCIETY / SOCIETY</p><h1>Old textile mill turned night market lights up Changsha summer</h1>'
     '<p class="by">Published: Jul 21, 2024 08:31 PM</p><img alt="Visitors at the night market in Changsha. Photo: VCG" src="n.jpg"><p class="by">Visitors at the night market in Changsha on July 20, 2024. Photo: VCG</p>' +
     P(b[:-1]) + '<p>Global Times</p><p class="by">Written by Chen Xi</p>'
     '<div class="more"><h3>RELATED ARTICLES</h3>' + LI(["Changsha's tea drink brands expand overseas","Hunan cuisine fans flock to 'spicy food week'"]) + '</div><p class="by">Copyright © 2024 Global Times All Rights Reserved 京ICP备08104214号-1</p></div>')
add('yf-16','news:English Global Times style','globaltimes.cn style','Old textile mill turned night market lights up Changsha summer',['Chen Xi'],'Jul 21, 2024 08:31 PM',b[:-1],h,'en',lang='en')

# ---- yf-17 红网 评论 signed 文/NAME at top
b = ['文/欧阳子淇',
     '最近，某地一小区因“宠物电梯”问题引发业主群激烈争吵：有人认为养犬人应当错峰乘梯，有人则觉得“电梯是公共的，凭什么我要等”。看似一件小事，折射的却是社区公共空间如何共享的大问题。',
     '文明养犬，首先是规则问题。《长沙市养犬管理条例》明确规定，携犬乘坐电梯应当避开高峰时间、为犬只佩戴嘴套或者将其装入犬袋、犬笼。规则已经写在纸面上，关键是让它落到电梯间里。',
     '其次是协商问题。一些小区由业委会牵头，在电梯内张贴“携犬乘梯时段”提示，设置“宠物专用按钮”，既照顾了怕狗的邻居，也给了养犬人便利，这种“小区公约”值得推广。',
     '再次是服务问题。物业企业不妨在小区内设置宠物便溺箱、宠物活动区，把“堵”变成“疏”，让养犬人有处可去，也让不养犬的居民少些烦恼。',
     '说到底，邻里之间多一分体谅，比群里多十句争吵更管用。',
     '（作者系湖南师范大学新闻与传播学院研究生）']
h = (hdr('红网','首页 时刻 评论 湖南 长沙 株洲 湘潭'.split()) + '<div class="wrap"><div class="l"><p class="src">红网首页 > 红辣椒评论 > 原创评论</p>'
     '<h1>“宠物电梯”之争，考验的是社区共治智慧</h1><p class="src">来源：红网　作者：欧阳子淇　编辑：周婧　2024-11-19 10:48:06</p>'
     '<div class="art">' + P(b) + '</div><p class="src">[责任编辑：周婧]</p><p>时刻新闻客户端下载 <img alt="时刻新闻二维码" src="q.png"></p><p>版权作品，未经授权严禁转载。</p></div>' +
     right('评论排行', ['“景区排队两小时”背后的管理短板','别让“网红打卡”变成“网红打扰”','校外培训“换马甲”要严查']) + '</div><footer>湖南红网新媒体集团主办 湘ICP备12009306号</footer>')
add('yf-17','news:评论','红网（湖南）','“宠物电梯”之争，考验的是社区共治智慧',['欧阳子淇'],'2024-11-19 10:48:06',b[1:-1],h,'media')

# ---- yf-18 潮新闻 人物 story with 小标题, byline under headline names first "NAME NAME 文"
b = ['在浙江开化县齐溪镇的钱江源国家公园里，56岁的护林员汪树根已经巡山整整26年。每天清晨6点，他背上水壶和砍刀，沿着海拔800多米的山路走上十几公里。',
     '一条山路走了二十多年',
     '“这条路我闭着眼睛都能走。”汪树根说，刚当护林员时，山上还没有监控，防火全靠人盯。一年冬天，他在巡山时发现邻县方向有烟，连夜翻过两座山报警，扑救及时，没造成大的损失。',
     '和黑麂做了“邻居”',
     '钱江源是国家一级保护动物黑麂的重要栖息地。汪树根协助科研人员在山里布设了32台红外相机，每月更换一次存储卡。“有一回回放视频，一只黑麂带着小崽子就在镜头前吃草，我高兴得一晚没睡着。”',
     '盼着年轻人接班',
     '如今，齐溪镇的护林队伍里来了几名“90后”，汪树根手把手教他们识别动物足迹、使用巡护APP。“山是大家的，总得有人守着。”他说。']
h = (hdr('潮新闻','首页 浙江 时政 人物 财经 文化'.split()) + '<div class="wrap"><div class="l"><p class="src">潮新闻 · 人物</p>'
     '<h1>钱江源护林员汪树根：守山26年 与黑麂为邻</h1><p class="au">方  晗　余志强　文</p><p class="src">潮新闻客户端</p>'
     '<p class="src">2025.06.03　阅读 2.3万</p><div>出品：浙江日报报业集团　统筹：张  莉　策划：郑建　海报设计：孙雨涵　校对：陈卉</div>'
     '<div class="art">' + P(b) + '<img alt="汪树根在巡山途中。记者 方晗 摄" src="w.jpg"></div></div>' +
     right('24小时热榜', ['浙江高考放榜时间确定','杭州亚运场馆夏季开放时间调整','衢州烂柯山景区推出夜游']) + '</div><footer>Copyright © 浙江日报报业集团 浙ICP备10201022号</footer>')
add('yf-18','news:人物（小标题）','潮新闻（浙江）','钱江源护林员汪树根：守山26年 与黑麂为邻',['方晗','余志强'],'2025.06.03',b,h,'media')

# ---- yf-19 荆楚网 快讯 one paragraph
b = ['荆楚网（湖北日报网）讯 6月3日上午，随着最后一片箱梁精准落位，宜昌至兴山高速公路香溪河特大桥顺利合龙。该桥全长1382米，主跨260米，是全线控制性工程。宜兴高速建成后，宜昌城区至兴山县城的车程将由2小时缩短至1小时以内。（记者 向浩楠）']
h = (hdr('荆楚网','首页 湖北 时政 快讯 视频 图片'.split()) + '<div class="wrap"><div class="l"><p class="src">首页 &gt; 湖北 &gt; 快讯</p>'
     '<h1>宜兴高速香溪河特大桥合龙</h1><p class="src">2025-06-03 11:26:40 　来源：荆楚网（湖北日报网）　评论 <b>12</b></p>' + P(b) +
     '<p class="src">责任编辑：付  睿</p><p>网友评论</p><textarea placeholder="文明上网，理性发言"></textarea></div>' +
     right('湖北快讯', ['武汉至宜昌高铁联调联试','恩施大峡谷旅游人次创新高','襄阳暴雨预警解除']) + '</div><footer>湖北日报传媒集团主办 鄂ICP备11008154号</footer>')
add('yf-19','news:快讯','荆楚网（湖北）','宜兴高速香溪河特大桥合龙',['向浩楠'],'2025-06-03 11:26:40',b,h,'media')

# ---- yf-20 新华社通稿 on 四川在线
b = ['新华社成都6月2日电（记者 杨  迪、蒋  鹏）记者从四川省水利厅获悉，亭子口灌区一期工程2日全面完工，可新增和改善灌溉面积292万亩，惠及南充、广元、广安三市约190万人。',
     '亭子口灌区是国务院部署的172项节水供水重大水利工程之一，一期工程总干渠、左干渠等主体工程累计长度达512公里，总投资约117亿元。',
     '记者在南充市南部县看到，灌区渠道已通水至田间地头，当地正抓住有利时机组织农户灌溉插秧。南部县农业农村局负责人说，过去靠天吃饭的旱坡地，今后有望变成旱涝保收的良田，全县预计每年可增产粮食4万吨。',
     '四川省水利厅有关负责人介绍，灌区全面投用后，将有效缓解嘉陵江以东地区季节性缺水问题，进一步夯实川东北粮食生产基础。']
h = (hdr('四川在线','首页 四川 时政 财经 文旅 天府评论'.split()) + '<div class="wrap"><div class="l"><p class="src">四川在线 &gt; 四川 &gt; 新闻</p>'
     '<h1>亭子口灌区一期工程全面完工</h1><p class="src">2025年06月02日 18:21 来源：新华社 编辑：郝  颖</p><div>分享到：<a>微信</a><a>微博</a></div>' + P(b) +
     '<p class="src">（本文来自新华社）</p></div>' + right('推荐阅读', ['成渝中线高铁最新进展','四川今年将新改建农村公路1万公里','大熊猫国家公园发现新物种']) +
     '</div><footer>四川日报报业集团主办 四川在线 版权所有 川ICP备09000587号 评论 36</footer>')
add('yf-20','news:新华社通稿转载','四川在线','亭子口灌区一期工程全面完工',['杨迪','蒋鹏'],'2025年06月02日 18:21',b,h,'media')

# ---- yf-21 人民日报 reprinted on 江西省政府 site
b = ['初夏时节，江西婺源篁岭景区游人如织。晒秋架上，一簸箕一簸箕的红辣椒、黄菊花在阳光下分外鲜艳。',
     '“以前村民外出打工，村里只剩老人。如今景区带动，全村有300多人回来就业。”篁岭村村民曹冬英在景区做晒秋表演，月收入4000多元。',
     '近年来，江西大力推进文旅融合，打造了一批以古村落、红色文化、陶瓷文化为特色的旅游品牌。2024年，全省接待游客8.9亿人次，同比增长9.7%。',
     '在井冈山茅坪村，红色研学成为新的增长点。村里40多户农家开起了民宿，接待研学学生和游客，村集体经济年收入突破百万元。',
     '江西省文化和旅游厅负责人表示，将持续实施“江西风景独好”品牌提升行动，推动更多乡村旅游点提档升级，让绿水青山持续释放生态红利。']
h = ('<div class="top"><span>江西省人民政府 www.jiangxi.gov.cn</span><span><a>长者模式</a><a>无障碍</a><a>English</a></span></div>'
     '<div class="banner">江西省人民政府</div><div class="menu"><a>首页</a><a>要闻动态</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>走进江西</a></div>'
     '<div class="main"><div class="crumb">当前位置：首页 &gt; 要闻动态 &gt; 媒体看江西</div><h1>江西文旅融合激发乡村活力</h1>'
     '<div class="meta">来源：人民日报　　作者：人民日报记者 王  丹 朱  磊　　发布时间：2025-05-21 08:30　　<a>分享</a></div>'
     '<div class="art">' + P(b) + '<p>《 人民日报 》（ 2025年05月21日 07 版）</p></div></div>' +
     '<div class="ft">主办：江西省人民政府办公厅 网站标识码：3600000001 赣ICP备05006210号 赣公网安备 36010802000101号</div>')
add('yf-21','news:人民日报转载于政府网','江西省政府网','江西文旅融合激发乡村活力',['王丹','朱磊'],'2025-05-21 08:30',b,h,'new')

# ---- yf-22 网易新闻 reprint with 原标题 and 来源
b = ['6月1日起，江苏南京地铁全线网推出“儿童节特别票价”：身高1.3米以下儿童继续免费乘车，1.3米至1.5米的学生持“宁学卡”可享5折优惠。',
     '南京地铁运营公司介绍，截至今年5月，全市地铁日均客运量已达到386万人次，其中学生客流占比约8%。此次优惠政策预计每年惠及中小学生约30万人。',
     '记者注意到，此次优惠采取“刷卡自动识别”方式，学生家长需在“南京地铁”APP上完成学籍信息认证，绑定后即可享受折扣，无需再到车站窗口办理。',
     '市民黄淑敏说，孩子每天坐地铁上学，一个月能省下近百元。也有家长建议，将优惠范围扩大到周末家庭出行。对此，地铁方面表示将结合客流情况研究评估。']
h = (hdr('网易新闻','首页 新闻 体育 娱乐 财经 汽车 科技 时尚 手机'.split()) + '<div class="wrap"><div class="l"><p class="src">网易首页 > 网易新闻 > 正文</p>'
     '<h1>南京地铁学生乘车优惠6月1日起实施</h1><p class="src">2025-06-01 14:05:27　来源: 扬子晚报</p><p class="src">举报 <span>0</span> 跟贴 <span>127</span></p>'
     '<p>（原标题：好消息！南京地铁推出学生优惠，1.3米至1.5米可享5折）</p>' + P(b) + '<p>（来源：扬子晚报　记者 唐  婷）</p>'
     '<p class="src">本文来源：扬子晚报 责任编辑：王晓雪_NB1573</p><p>相关推荐</p>' + LI(['苏州地铁6号线全线开通','南京夫子庙周边道路调整']) + '</div>' +
     right('热点新闻', ['江苏高考今日开考','无锡马拉松报名开启','扬州早茶申遗进展']) + '</div><footer>网易公司版权所有 ©1997-2025</footer>')
add('yf-22','news:转载（原标题、来源）','网易新闻','南京地铁学生乘车优惠6月1日起实施',['唐婷'],'2025-06-01 14:05:27',b,h,'media')

# ---- yf-23 封面新闻 直播 page with timestamps
b = ['2024年成都马拉松10月27日7时30分在金沙遗址博物馆鸣枪开跑，本届赛事设马拉松、半程马拉松和欢乐跑三个项目，共有来自52个国家和地区的3.5万名跑者参赛。封面新闻记者在赛道沿线为您带来直播。',
     '07:30 发令枪响，精英选手率先冲出起点，现场气氛热烈。',
     '08:05 赛道10公里处的青羊大道补给站，志愿者正在分发香蕉和电解质饮料。',
     '08:52 男子组领先集团通过半程点，用时1小时03分。',
     '09:41 肯尼亚选手基普罗蒂奇以2小时07分44秒率先冲线，获得男子组冠军。',
     '10:15 中国选手杨绍辉获得国内男子组第一名，成绩2小时10分12秒。',
     '11:30 欢乐跑项目全部完赛，本次直播到此结束，感谢关注。']
h = (hdr('封面新闻','首页 四川 直播 视频 体育 天府'.split()) + '<div class="wrap"><div class="l"><p class="src">直播 · 体育</p>'
     '<h1>直播｜2024成都马拉松鸣枪开跑</h1><p class="src">封面新闻记者 赵  兰 李佳欣 邓思雨　2024-10-27 07:20　<b>直播中</b> 观看 18.6万</p>'
     '<div class="art">' + P(b) + '</div><p>▲ 上拉加载更多</p><p>下载封面新闻APP 参与互动</p></div>' +
     right('热门直播', ['2024四川国际旅游交易博览会开幕','成都大运公园夜跑活动']) + '</div><footer>封面传媒 川ICP备15019854号</footer>')
add('yf-23','news:直播','封面新闻（四川）','直播｜2024成都马拉松鸣枪开跑',['赵兰','李佳欣','邓思雨'],'2024-10-27 07:20',b,h,'media')

# ---- yf-24 交汇点 江苏, 【作者】 field style in info block
b = ['6月2日，江苏省盐城市大丰区的麋鹿保护区迎来产仔高峰。保护区工作人员介绍，今年已有近900头小麋鹿出生，预计全年新生麋鹿将超过1000头。',
     '1986年，39头麋鹿从英国回归大丰，种群一度只有几十头。经过近四十年保护，如今保护区内麋鹿总数已突破8000头，其中野生种群超过5000头，成为世界上最大的麋鹿种群。',
     '随着种群不断扩大，保护区开始探索麋鹿野放和异地保护。近年来，已有100多头麋鹿被输送到湖北、江西、浙江等地的保护区，帮助当地重建野生种群。',
     '为保护新生幼崽，保护区在产仔期划定临时禁入区，暂停部分观光车线路，游客可在观鹿台通过望远镜观察。']
h = (hdr('交汇点新闻','首页 江苏 时政 盐城 生态'.split()) + '<div class="wrap"><div class="l"><h1>大丰麋鹿进入产仔高峰 今年新生幼鹿将超千头</h1>'
     '<table class="src"><tr><td>【作者】</td><td>王  军 吉  鸿</td><td>【来源】</td><td>新华日报·交汇点</td><td>【时间】</td><td>2025/06/03 08:45</td></tr></table>' + P(b) +
     '<p class="src">编辑：孟  浩　审核：葛佳</p></div>' + right('交汇点热榜', ['苏超联赛第三轮战报','南京长江大桥夜景升级']) + '</div><footer>新华报业传媒集团 苏ICP备12072318号</footer>')
add('yf-24','news:【作者】字段','交汇点（江苏）','大丰麋鹿进入产仔高峰 今年新生幼鹿将超千头',['王军','吉鸿'],'2025/06/03 08:45',b,h,'media')
