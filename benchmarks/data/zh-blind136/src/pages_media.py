# Media pages ug-13 .. ug-24 (all invented)
PAGES = []
def add(**k): PAGES.append(k)

# ug-13: 河北 provincial portal (长城网-like), 2015 portal, 本报讯-like 记者 lead
add(id="ug-13", kind="media", title="雄安新区首批疏解高校新校区主体结构全面封顶",
authors=["孟凡宇", "周  洁".replace("  ","")], publish_time="2024-06-28 08:46",
css=".hb-top{background:#004a9c;color:#fff} .hb-h1{font-size:28px} .hb-info{color:#888}",
top="""<div class="hb-top"><a>燕赵都市</a> <a>河北新闻</a> <a>国内</a> <a>国际</a> <a>财经</a> <a>体育</a> <a>视频</a> <a>客户端下载</a></div>
<div class="hb-logo"><img src="" alt="冀云网"> <input placeholder="搜索新闻"></div>
<div class="hb-crumb"><a>冀云网</a> &gt; <a>河北新闻</a> &gt; 正文</div>""",
head="""<h1 class="hb-h1">雄安新区首批疏解高校新校区主体结构全面封顶</h1>
<div class="hb-info">2024-06-28 08:46:00 来源：冀云网 作者：孟凡宇 周洁 <a>手机看</a> <a>评论(12)</a></div>""",
body="""
冀云网讯（记者孟凡宇 周洁）6月27日，随着最后一方混凝土浇筑完成，雄安新区首批疏解高校新校区项目主体结构全面封顶，标志着项目建设进入二次结构施工和装饰装修阶段。
据介绍，首批疏解高校新校区项目位于雄安新区启动区东部，总建筑面积约220万平方米，包括教学楼、实验楼、图书馆、学生公寓等单体建筑。项目自开工以来，参建单位倒排工期、挂图作战，高峰期投入作业人员1.2万余人。
“我们在施工中大量应用装配式建造技术，预制构件占比超过60%，既提高了效率，也减少了扬尘和噪声。”项目总工程师刘振介绍。
h: 智慧工地全程护航
施工现场，塔吊上的高清摄像头、工人安全帽上的定位芯片实时将数据传回智慧工地管理平台。管理人员通过大屏即可掌握人员分布、设备运行和环境监测情况，发现隐患第一时间处置。
按照计划，项目将于2025年下半年具备交付使用条件。
""",
after="""<div class="hb-ed">[责任编辑：马静]</div><div class="hb-share">分享到：微信 微博 QQ空间</div><div class="hb-rel"><h3>相关阅读</h3><ul><li>雄安新区启动区建设按下“加速键”</li><li>雄安：“未来之城”拔节生长</li></ul></div>""",
bottom="""<div class="hb-foot">冀云网版权所有 未经授权禁止转载<br>互联网新闻信息服务许可证：13120170005　冀ICP备09004531号</div>""")

# ug-14: 江西 provincial newspaper site (江西日报-like web), 本报讯 with 通讯员
add(id="ug-14", kind="media", title="赣江新区生物医药产业集群营收突破四百亿元",
authors=["陈青", "刘一鸣"], publish_time="2025-01-17",
css=".jx-bar{display:flex} .jx-t{font-size:26px;font-weight:bold} .jx-m span{margin-right:1em;color:#999}",
top="""<div class="jx-bar"><a>首页</a><a>时政</a><a>经济</a><a>社会</a><a>文化</a><a>评论</a><a>数字报</a><a>无障碍</a></div>
<div class="jx-crumb">您的位置：首页 ＞ 经济 ＞ 正文</div>""",
head="""<div class="jx-t">赣江新区生物医药产业集群营收突破四百亿元</div>
<div class="jx-m"><span>2025-01-17</span><span>来源：江西日报</span><span>字号：T|T</span></div>""",
body="""
本报讯（记者陈青 通讯员刘一鸣）1月16日，记者从赣江新区管委会获悉，2024年新区生物医药产业集群实现营业收入412亿元，同比增长13.5%，成为全省首个营收突破四百亿元的生物医药产业集群。
近年来，赣江新区围绕现代中药、化学药、生物药和医疗器械四大方向，引进培育医药企业180余家，其中上市公司9家，形成了从研发、生产到流通的完整产业链。
去年，新区新开工生物医药项目36个，总投资168亿元；新获批药品注册证书27个、二类以上医疗器械注册证58个。与此同时，新区建成公共技术服务平台5个，为中小企业提供检验检测、中试放大等服务，降低企业研发成本。
新区有关负责人表示，2025年将重点推进创新药产业园二期建设，力争生物医药产业集群营收达到460亿元。
""",
after="""<div class="jx-ed">责任编辑：熊芳　审核：廖文</div><div class="jx-pn"><a>上一篇</a> <a>下一篇</a></div>""",
bottom="""<div class="jx-ft">江西日报社主办　赣ICP备05003201号　互联网新闻信息服务许可证36120170001</div>""")

# ug-15: 四川 city TV station site (XX广播电视台), video page style, 记者 at end
add(id="ug-15", kind="media", title="宜宾三江口春夜灯会开幕 十万余人游园赏灯",
authors=["吴思雨", "邱浩然"], publish_time="发布时间：2025-02-11 21:30".split("：")[1],
css=".tv-nav a{padding:0 8px} .tv-player{height:300px;background:#000;color:#fff} .tv-title h1{font-size:22px}",
top="""<div class="tv-logo"><img src="" alt="宜宾广播电视台"> <span>宜宾广电融媒</span> <a>直播</a> <a>点播</a> <a>登录</a></div>
<div class="tv-nav"><a>首页</a><a>新闻</a><a>宜宾新闻联播</a><a>专题</a><a>电视直播</a><a>广播直播</a></div>""",
head="""<div class="tv-player">[视频] 00:00 / 02:36 ▶</div>
<div class="tv-title"><h1>宜宾三江口春夜灯会开幕 十万余人游园赏灯</h1><p>发布时间：2025-02-11 21:30　栏目：宜宾新闻联播　播放：3.4万</p></div>""",
body="""
2月11日晚，2025宜宾三江口春夜灯会在合江门广场开幕。主办方在长江、岷江、金沙江交汇处布置了大型灯组58组，吸引十万余名市民和游客游园赏灯。
今年的灯会以“三江春潮”为主题，设置“江源印象”“酒都风华”“竹海奇境”等六大展区，将宜宾的酒文化、竹文化和长江文化融入灯组设计之中。
现场，高达18米的主灯组“万里长江第一城”流光溢彩，无人机表演在江面上空勾勒出城市地标，引得游客纷纷举起手机拍照。
市民　李婷：“带着孩子来看灯，感觉特别有年味，灯组做得也很有宜宾特色。”
据悉，本次灯会将持续至3月2日，期间还将举办川剧展演、非遗集市等活动，每晚18时至23时开放。
市公安局交警支队提醒，灯会期间合江门周边道路实行交通管制，建议市民乘坐公交或步行前往，错峰出行。
x: 宜宾台记者　吴思雨　邱浩然
""",
after="""<div class="tv-ed">编辑：林佳　责编：郭峰</div><div class="tv-more"><h4>更多视频</h4><ul><li>翠屏区：非遗进社区 年味更浓了</li><li>李庄古镇迎来游客高峰</li></ul></div>""",
bottom="""<div class="tv-ft">宜宾广播电视台 版权所有　广播电视节目制作经营许可证（川）字第XXX号　蜀ICP备12004893号-1</div>""")

# ug-16: 内蒙古 central media regional channel (新华网-like), wire lead 新华社…电（记者…）
add(id="ug-16", kind="media", title="内蒙古今年已完成沙化土地治理1200万亩",
authors=["哈丽娜", "张  云".replace("  ","")], publish_time="2024-09-03 19:12:40",
css=".xh-head{border-bottom:2px solid #c00} .h-title{font-size:30px} .h-info span{margin-right:10px}",
top="""<div class="xh-head"><a>新华网</a> &gt; <a>内蒙古频道</a> <span><a>时政</a> <a>经济</a> <a>社会</a> <a>图片</a> <a>视频</a></span></div>""",
head="""<div class="h-title">内蒙古今年已完成沙化土地治理1200万亩</div>
<div class="h-info"><span class="h-time">2024-09-03 19:12:40</span><span>来源：新华网</span><span><a>纠错</a></span></div>
<div class="fontsize">字体：<a>小</a><a>中</a><a>大</a>　分享到：</div>""",
body="""
新华社呼和浩特9月3日电（记者哈丽娜、张云）记者从内蒙古自治区林业和草原局获悉，今年以来，内蒙古统筹推进“三北”工程攻坚战，已完成沙化土地治理1200万亩，占年度任务的92%。
据介绍，内蒙古聚焦黄河“几字弯”攻坚战和科尔沁、浑善达克两大沙地歼灭战，采取草方格沙障、光伏治沙、飞播造林等多种方式，宜林则林、宜草则草、宜沙则沙。
在库布其沙漠，一排排光伏板下种植了沙柳和甘草，实现了“板上发电、板下种植、板间养殖”。在科尔沁沙地，当地通过“以草定畜”等措施，沙地植被覆盖度明显提升。
自治区林草局有关负责人表示，下一步将加快推进剩余治理任务，确保年底前全面完成年度目标。
据了解，“三北”工程实施以来，内蒙古森林覆盖率和草原植被盖度实现“双提高”，荒漠化和沙化土地面积持续“双减少”。
""",
after="""<div class="editor">【责任编辑:侯雪】</div><div class="h-rel"><b>相关稿件</b><ul><li>库布其沙漠：光伏治沙点亮绿色希望</li></ul></div>""",
bottom="""<div class="xh-foot">Copyright © 2000-2024 XINHUANET.com All Rights Reserved.<br>制作单位：新华网股份有限公司</div>""")

# ug-17: English page of a Chinese outlet (China Daily-like regional), By byline
add(id="ug-17", kind="media", lang="en", title="Jiangxi's porcelain capital fires up a new generation of ceramic artists",
authors=["Xu Wenjing", "Li Ming"], publish_time="2024-11-08 14:22",
css=".en-nav a{margin:0 6px} .en-h{font-size:30px;font-family:Georgia} .info{color:#888}",
top="""<div class="en-top"><img src="" alt="China Daily Global Edition"> <a>Subscribe</a> <a>Sign in</a> <input placeholder="Search"></div>
<div class="en-nav"><a>Home</a><a>China</a><a>World</a><a>Business</a><a>Lifestyle</a><a>Culture</a><a>Travel</a><a>Regional</a></div>
<div class="en-crumb">Home / China / Regional</div>""",
head="""<h1 class="en-h">Jiangxi's porcelain capital fires up<br>a new generation of ceramic artists</h1>
<div class="info">By Xu Wenjing and Li Ming in Jingdezhen, Jiangxi | chinadaily.com.cn | Updated: 2024-11-08 14:22</div>
<div class="share">Share: <a>Facebook</a> <a>X</a> <a>LinkedIn</a> <a>Mail</a></div>""",
body="""
In a converted factory workshop in Jingdezhen, Jiangxi province, 27-year-old Zhou Yuting bends over a spinning wheel, shaping a slender vase from a lump of wet kaolin clay.
img: Zhou Yuting at work|Zhou Yuting shapes a vase at her studio in Jingdezhen. [Photo provided to China Daily]
Zhou moved to the city three years ago after graduating from an art school in Hangzhou. "Here you can find every material and every master you need within a few streets," she said.
She is one of more than 50,000 young people, locally known as "jing piao" or Jingdezhen drifters, who have settled in the city to pursue careers in ceramics.
The local government has turned disused porcelain factories into creative parks, offering low-rent studios and weekend markets where young artists sell directly to visitors. One market alone drew more than 3 million visits last year, according to officials.
Veteran craftsman Wang Deshun, who has worked with porcelain for four decades, said the newcomers bring fresh ideas. "They combine old techniques with modern design, and that keeps the craft alive," he said.
""",
after="""<div class="rel-en"><h4>Related Stories</h4><ul><li>Jingdezhen kiln site reopens to public</li><li>Ceramic exports rebound in Jiangxi</li></ul></div>""",
bottom="""<div class="en-foot">Copyright 1995 - 2024. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).</div>""")

# ug-18: English-language page of a provincial outlet (Sichuan), wire copy with only source -> []
add(id="ug-18", kind="media", lang="en", title="Chengdu opens new metro line linking airport to city center",
authors=[], publish_time="2025-03-28",
css=".sc-en{max-width:900px;margin:auto} .sc-en h1{font-size:28px}",
top="""<div class="sc-en"><div class="brand"><img src="" alt="Sichuan Online English"> <a>中文</a> <a>Subscribe</a></div>
<div class="menu"><a>News</a> | <a>Business</a> | <a>Culture</a> | <a>Travel</a> | <a>Panda</a> | <a>Photos</a></div>""",
head="""<p class="kicker">NEWS</p><h1>Chengdu opens new metro line linking airport to city center</h1>
<p class="meta">Source: Xinhua | 2025-03-28 | Editor: Yang Lu</p>""",
body="""
CHENGDU, March 28 (Xinhua) -- A new metro line connecting Chengdu Tianfu International Airport with the city's downtown area began operating on Friday, cutting travel time between the two to about 35 minutes.
The 62-kilometer line has 14 stations and runs trains at a top speed of 160 km per hour, making it one of the fastest urban rail lines in China, according to the city's metro operator.
"Passengers can now check their luggage at a downtown station and travel to the airport without carrying bags," said an official with the operator.
Chengdu, the capital of southwest China's Sichuan province, now has 14 metro lines in operation with a total length of more than 600 km.
""",
after="""<div class="tags">Tags: Chengdu, metro, transport</div><div class="ymal"><h4>You may also like</h4><ul><li>Giant panda cubs make debut in Chengdu</li></ul></div></div>""",
bottom="""<div class="ft">Copyright © Sichuan Online. All Rights Reserved. 蜀ICP备09012345号</div>""")

# ug-19: 河北 city newspaper group site (e.g. 邯郸新闻网), 2010s table layout, date in Chinese, author glued
add(id="ug-19", kind="media", title="邯郸一老旧小区加装电梯 居民“悬空老人”圆了下楼梦",
authors=["赵丽娜"], publish_time="2024年07月12日 10:21",
css="td.bt{font-size:20px;font-weight:bold;text-align:center} td.xx{text-align:center;color:#666;font-size:12px}",
top="""<table width="1000" align="center"><tr><td><img src="" alt="邯郸新闻网"></td><td>邯郸日报社主办　<a>设为首页</a> <a>加入收藏</a></td></tr>
<tr><td colspan="2"><a>首页</a>｜<a>本地新闻</a>｜<a>民生</a>｜<a>县区</a>｜<a>图片</a>｜<a>专题</a>｜<a>邯郸日报</a>｜<a>邯郸晚报</a></td></tr>
<tr><td colspan="2">当前位置: <a>邯郸新闻网</a> &gt; <a>民生</a> &gt; 正文</td></tr></table>""",
head="""<table width="1000" align="center"><tr><td class="bt">邯郸一老旧小区加装电梯 居民“悬空老人”圆了下楼梦</td></tr>
<tr><td class="xx">2024年07月12日 10:21　来源：邯郸晚报　作者：赵丽娜　【<a>大</a> <a>中</a> <a>小</a>】</td></tr></table>""",
pstyle="sp",
body="""
“这电梯一装，我这腿脚不好的老头子也能天天下楼遛弯了。”7月11日，家住丛台区某小区6号楼的78岁居民王大爷乘着新装的电梯下楼，高兴得合不拢嘴。
该小区建于上世纪90年代，楼高六层，老年居民占比超过四成。不少老人因腿脚不便常年待在家中，被称为“悬空老人”。
今年初，社区在征求意见的基础上，组织居民成立加装电梯自治小组，逐户上门做工作。“低层住户担心采光和噪音，我们就请设计单位调整了井道位置，又协调施工队避开休息时间施工。”社区书记郝艳说。
资金方面，除政府补贴每部电梯20万元外，其余费用由各楼层住户按楼层高低分摊，一楼住户不出资。最终，6号楼、8号楼的居民全部签字同意。
据了解，今年以来全市已完成老旧小区加装电梯126部，下半年还将新开工200部。
""",
after="""<table width="1000" align="center"><tr><td align="right">责任编辑：冯晓</td></tr><tr><td>相关新闻：<a>全市老旧小区改造进度过半</a></td></tr></table>""",
bottom="""<table width="1000" align="center"><tr><td align="center">邯郸新闻网版权所有 未经书面授权禁止使用<br>冀ICP备06006210号　新闻热线：0310-XXXXXXX</td></tr></table>""")

# ug-20: 四川 provincial TV app share page (四川观察-like), 2025 mobile layout, 作者 | form
add(id="ug-20", kind="media", title="凉山“悬崖村”通上5G网络 村民直播卖核桃",
authors=["阿西木呷", "王  静".replace("  ","")], publish_time="2025-04-02 18:47",
css=".app{max-width:640px;margin:auto} .openapp{background:#e60012;color:#fff;text-align:center} .au{color:#07c}",
top="""<div class="app"><div class="openapp">打开APP，阅读体验更佳 <b>立即打开</b></div><div class="brand">四川广播电视台·蜀观新闻</div>""",
head="""<h1>凉山“悬崖村”通上5G网络 村民直播卖核桃</h1>
<div class="au">作者 | 阿西木呷　王　静</div><div class="tm">2025-04-02 18:47　四川</div>""",
body="""
清晨，大凉山深处的阿土列尔村云雾缭绕。村民某色拉博架好手机支架，对着镜头说道：“家人们，这是我们悬崖村自己种的核桃，个大皮薄，欢迎大家下单！”
过去，这个坐落在海拔1400多米山顶的彝族村落，村民出行要攀爬800米高的藤梯，手机信号时有时无。如今，钢梯早已替代藤梯，上个月，运营商又在村里建成5G基站，网速比过去快了数十倍。
“以前发个视频要等半天，现在直播一点都不卡。”某色拉博说，开通直播一个月，他已卖出核桃、花椒等土特产1500多单。
县里还组织电商培训班，手把手教村民拍短视频、开网店。目前，全村已有20多户村民开展网络销售，户均增收4000余元。
“网络通了，山里的好东西就能走出去。”村党支部书记说，下一步村里准备注册自己的农产品品牌，让更多年轻人回乡创业。
img: 村民直播带货|
x: （四川广播电视台）
""",
after="""<div class="ed">编辑：刘洋　责任编辑：苏敏</div><div class="like">赞 218　分享</div><div class="rec"><h4>推荐阅读</h4><ul><li>雅西高速迎来出行高峰</li><li>大熊猫“福宝”最新视频来了</li></ul></div>""",
bottom="""<div class="ft">四川广播电视台 版权所有　川网文〔2020〕XXXX号</div></div>""")

# ug-21: 江西 city news portal (上饶-like), 2018 design, info bar under headline with 作者/编辑 mixed
add(id="ug-21", kind="media", title="婺源篁岭晒秋迎客流高峰 国庆假期接待游客超十二万人次",
authors=["詹晓红"], publish_time="2024-10-08 07:55:12",
css=".sr-head{background:#1a60b5;color:#fff} .article-title{font-size:24px;text-align:center} .article-info{text-align:center;font-size:12px;color:#888}",
top="""<div class="sr-head"><img src="" alt="上饶新闻网"> <a>首页</a> <a>上饶要闻</a> <a>县区</a> <a>社会</a> <a>文旅</a> <a>视频</a> <a>上饶日报</a></div>
<div class="position">当前位置：首页 » 文旅 » 正文</div>""",
head="""<div class="article-title">婺源篁岭晒秋迎客流高峰 国庆假期接待游客超十二万人次</div>
<div class="article-info">时间：2024-10-08 07:55:12 　作者：詹晓红 　编辑：吴敏 　来源：上饶日报</div>""",
body="""
国庆假期，婺源篁岭景区迎来晒秋旺季。层层叠叠的徽派民居屋顶上，一只只竹晒匾盛满红辣椒、黄玉米、金菊花，在阳光映照下宛如一幅巨大的调色盘。
据景区统计，10月1日至7日，篁岭共接待游客12.6万人次，同比增长18%。为应对客流高峰，景区实行分时预约、限量入园，增开索道运营时段，并在停车场与游客中心之间开通免费接驳车。
“晒秋”是篁岭村民延续数百年的农俗。由于村落建在山坡上，缺少平地，村民只好把收获的农作物晾晒在屋顶和窗台上，久而久之形成了独特的景观。
今年，景区还推出“晒秋民俗体验”项目，游客可以跟着村民一起翻晒辣椒、制作皇菊茶。来自上海的游客徐女士说：“亲手参与晒秋，比单纯拍照有意思多了。”
为保障游客安全，婺源县公安、交通、市场监管等部门在景区周边设立服务点，假期未发生安全事故和重大投诉。
""",
after="""<div class="bdshare">分享到：<a>微信</a> <a>微博</a></div><div class="pre">上一篇：<a>上饶高铁站国庆假期发送旅客创新高</a></div><div class="nxt">下一篇：<a>三清山开展秋季森林防火演练</a></div>""",
bottom="""<div class="ft">上饶日报社主办　上饶新闻网版权所有　赣ICP备06004612号　赣公网安备36110202000105号</div>""")

# ug-22: 内蒙古 city media (鄂尔多斯-like) with 文/ 图/ credits; photographer not author
add(id="ug-22", kind="media", title="鄂尔多斯：首条氢能重卡运输专线投入运营",
authors=["高娃"], publish_time="2024.12.03",
css=".ord{width:1100px;margin:auto} .ord .ttl{font-size:28px} .ord .sub{color:#777}",
top="""<div class="ord"><div class="hd"><img src="" alt="鄂尔多斯融媒"> <a>蒙文版</a> <a>登录</a> <input placeholder="搜一搜"></div>
<div class="nv"><a>首页</a> <a>要闻</a> <a>旗区</a> <a>民生</a> <a>视听</a> <a>专题</a></div>
<div class="cb">首页 / 要闻 / 正文</div>""",
head="""<div class="ttl">鄂尔多斯：首条氢能重卡运输专线投入运营</div>
<div class="sub">2024.12.03　鄂尔多斯融媒体中心</div>
<div class="credit">文/高娃　图/李铁军</div>""",
body="""
12月2日，随着一辆满载煤炭的氢能重卡从伊金霍洛旗一处煤矿驶出，鄂尔多斯首条氢能重卡运输专线正式投入运营。
img: 氢能重卡|氢能重卡从煤矿驶出。 李铁军 摄
该专线全长约82公里，连接煤矿与铁路集运站，首批投运氢能重卡100辆，沿线配套建设加氢站2座。每辆重卡加满氢气约需15分钟，可续航400公里以上。
“与传统柴油重卡相比，一辆氢能重卡每年可减少二氧化碳排放约120吨。”运营企业负责人介绍。
近年来，鄂尔多斯依托丰富的风光资源发展绿氢产业，已建成风光制氢项目5个，年制氢能力达到3万吨。按照规划，到2025年底，全市氢能重卡保有量将达到1000辆以上。
业内人士表示，重载运输是氢能最具潜力的应用场景之一，专线的开通将为氢能在矿区、港口等场景规模化应用积累经验，也将带动制氢、储运、加注和整车制造等上下游产业集聚发展。
""",
after="""<p class="zb">编辑：娜仁　　审核：张凯</p></div>""",
bottom="""<div class="ft"><p>鄂尔多斯市融媒体中心　版权所有</p><p>蒙ICP备18003011号-1　蒙公网安备15060202000088号</p></div>""")

# ug-23: central portal regional channel (人民网-like, 河北频道), old 2014 template with 原标题 line
add(id="ug-23", kind="media", title="承德塞罕坝机械林场：三代人接续奋斗 荒原变林海",
authors=["李  伟".replace("  ",""), "宋佳"], publish_time="2024年08月15日08:33",
css=".rm-head{border-bottom:4px solid #b00} .rm-h1{font-size:26px;text-align:center} .rm-box{color:#999;text-align:center}",
top="""<div class="rm-head"><a>人民网</a> &gt;&gt; <a>河北频道</a> &gt;&gt; <a>河北要闻</a>　<a>手机看新闻</a></div>""",
head="""<h1 class="rm-h1">承德塞罕坝机械林场：三代人接续奋斗 荒原变林海</h1>
<div class="rm-box">2024年08月15日08:33 | 来源：河北日报</div>
<div class="fontsz">小字号</div>""",
body="""
x: 原标题：塞罕坝：荒原变林海的绿色传奇
记者 李伟 宋佳
盛夏时节，塞罕坝林海苍翠。站在望海楼上远眺，115万亩人工林如绿色波涛，一直延伸到天际。
六十多年前，这里是“黄沙遮天日，飞鸟无栖树”的荒原。1962年，来自全国18个省市的369名建设者来到塞罕坝，在高寒风沙中开始了植树造林的艰苦创业。
“我爷爷那一辈住的是地窨子，吃的是黑莜面，硬是把一棵棵松树种活了。”林场第三代务林人、技术员于海峰说。如今，他和同事们使用无人机巡护、卫星遥感监测，守护着这片来之不易的林海。
据测算，塞罕坝森林每年可涵养水源2.84亿立方米，固定二氧化碳86万吨，释放氧气60万吨，为京津地区筑起一道绿色生态屏障。
近年来，林场坚持以营林为主，持续推进攻坚造林，在石质阳坡等立地条件极差的地块造林10万余亩，成活率达到98%以上。
""",
after="""<div class="rm-ed">(责编：王瑶、高宁)</div><div class="rm-share">分享让更多人看到</div><div class="rm-hot"><h4>热点推荐</h4><ul><li>河北：秋粮收获进度过半</li></ul></div>""",
bottom="""<div class="rm-ft">人 民 网 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用<br>Copyright © 1997-2024 by www.people.com.cn. all rights reserved</div>""")

# ug-24: 四川 city radio station site (广播), 2021 design, 通讯员 + 记者 mixed, date in dotted with time
add(id="ug-24", kind="media", title="南充嘉陵江畔建成百公里滨江绿道",
authors=["蒋文", "何晓梅"], publish_time="2024-05-20 14:05",
css=".fm{background:#fafafa} .fm .bigt{font-size:24px} .fm .when{color:#888}",
top="""<div class="fm"><div class="logo">南充广播 FM99.6 <a>收听直播</a> <a>节目单</a> <a>主持人</a></div>
<div class="nav"><a>首页</a> <a>新闻</a> <a>交通</a> <a>音乐</a> <a>活动</a> <a>联系我们</a></div></div>
<div class="pos">当前位置：首页>新闻>本地</div>""",
head="""<div class="fm"><h1 class="bigt">南充嘉陵江畔建成百公里滨江绿道</h1>
<div class="when">发布时间：2024-05-20 14:05　浏览：1032次</div></div>
<div class="byl">记者：蒋文　通讯员：何晓梅</div>""",
body="""
5月19日，随着顺庆区至高坪区最后一段绿道贯通，南充嘉陵江两岸总长102公里的滨江绿道全线建成，市民可沿江骑行、徒步，一路饱览江城美景。
滨江绿道沿嘉陵江两岸布局，串联起白塔公园、西山风景区、江东湿地等18个公园和景点，沿线建有驿站26个、观景平台40余处，并配套公共卫生间、共享单车停放点和应急救助设施。
“以前江边好多地方是荒滩，现在修得又漂亮又方便，周末我都来骑车。”正在骑行的市民刘先生说。
市住建局有关负责人介绍，绿道建设坚持“生态优先”，最大限度保留原有植被，并在易淹没路段采用透水铺装和抬高栈道设计，确保汛期安全。
接下来，南充还将在绿道沿线引入文创、餐饮等业态，打造“15分钟滨江休闲圈”。
目前，绿道日均接待市民游客超过3万人次，成为南充新的城市名片。
""",
after="""<div class="edt">编辑：孙菲</div><div class="hot">热门推荐：<a>南充开通至成都城际公交</a></div>""",
bottom="""<div class="ft">南充广播电视台主办　蜀ICP备12017288号-3</div>""")
