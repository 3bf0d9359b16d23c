from kit import *

def news_top(name, nav, ph="搜索新闻"):
    return ('<div class="hd"><b>%s</b> <span>%s</span> <input placeholder="%s"> <a href="#">登录</a> <a href="#">注册</a></div>' % (name, links(nav, " | "), ph))

def side(hot):
    return '<div class="side"><h4>热点排行</h4><ol>%s</ol>%s</div>' % ("".join("<li><a href=\"#\">%s</a></li>" % esc(h) for h in hot), qr("扫码下载客户端", "扫码下载客户端"))

PAGES = []

# yq-13 English, Title Case headline + italic summary paragraph (summary counted as body)
PAGES.append(dict(id="yq-13", css="en", lang="en", tt="Suzhou Silk Makers Turn to Livestreams as Export Orders Slow - China Daily Jiangsu",
 title="Suzhou Silk Makers Turn to Livestreams as Export Orders Slow", authors=["Xu Jingyi"], pt="2025-04-09 14:37",
 top='<div class="bar">' + links(["Global Edition","China","World","Business","Lifestyle","Culture","Jiangsu"]) + ' <input placeholder="Search"> <a href="#">Sign in</a></div><div class="wrap"><p class="crumb">Home / Jiangsu / Business</p>',
 head='<h1>Suzhou Silk Makers Turn to Livestreams as Export Orders Slow</h1>',
 body=[("hb", '<i class="dek">Family workshops in Zhenze town sell quilts and scarves directly to domestic buyers, cutting out wholesalers and lifting margins</i>',
        "Family workshops in Zhenze town sell quilts and scarves directly to domestic buyers, cutting out wholesalers and lifting margins"),
  ("np", '<span class="by">By XU JINGYI in Suzhou | chinadaily.com.cn | Updated: 2025-04-09 14:37</span>'),
  ("x", '<p class="share">Share - <a href="#">WeChat</a> <a href="#">Facebook</a> <a href="#">X</a></p>'),
  "At 9 pm on a Tuesday, Shen Meifang switches on two ring lights in a converted storeroom and holds up a mulberry silk quilt to a phone camera. Within an hour, 47 quilts from her family workshop in Zhenze, a town in Suzhou's Wujiang district, have been sold to buyers in Chengdu, Harbin and Kunming.",
  "\"Three years ago we sold almost everything through a trader in Shanghai who shipped to Japan and South Korea,\" said Shen, 38. \"When the orders dropped, we had a warehouse full of stock and no idea how to reach ordinary customers.\"",
  ("img", "Shen Meifang presents a silk quilt during a livestream in Zhenze, Jiangsu province. [Photo provided to China Daily]", "Shen Meifang presents a silk quilt during a livestream in Zhenze, Jiangsu province. [Photo provided to China Daily]"),
  "Local officials say about 260 of the town's roughly 900 silk businesses now sell online, up from fewer than 80 in 2021. The town government runs free training sessions on shooting short videos, handling returns and writing product descriptions, and has set up a shared studio where small firms can book time slots.",
  "Online sales of silk products in Zhenze reached 1.9 billion yuan ($261 million) last year, according to the Wujiang district commerce bureau, accounting for nearly a third of the industry's output in the town.",
  "The shift has not been easy for older craftsmen. Zhou Genbao, 66, who has spun silk floss by hand for four decades, said he leaves the selling to his daughter-in-law. \"I stretch the silk, she talks to the camera. That's how we divide the work,\" he said.",
  "Industry analysts caution that price wars on livestreaming platforms could erode quality. The Wujiang Silk Association introduced a traceability label in January that lets buyers scan a code to check the mulberry silk content and the workshop that made the product."],
 tail='<p>Contact the writer at xujingyi@chinadaily.com.cn</p>' + related("Related Stories", ["Wujiang textile fair draws record buyers","Jiangsu exports rise 5.2% in first quarter"]) + '</div>',
 foot='<div class="ft"><p>Copyright 1995 - 2025. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).</p><p>京ICP备13028878号-6 | <a href="#">About China Daily</a> | <a href="#">Contact Us</a></p></div>'))

# yq-14 English with "Writer: NAME" at the end, Hubei
PAGES.append(dict(id="yq-14", css="en", lang="en", tt="Wuhan opens 'sponge park' to ease summer flooding_Hubei News",
 title="Wuhan opens 'sponge park' to ease summer flooding", authors=["Tan Ruoxi"], pt="2024-07-02",
 top='<div class="bar">HUBEI ' + links(["Home","News","Business","Travel","Culture","Photos"]) + ' <a href="#">中文</a></div><div class="wrap"><p class="crumb">You are here: Home &gt;&gt; News</p>',
 head='<h1>Wuhan opens \'sponge park\' to ease summer flooding</h1><p class="by">Source: Hubei Daily | 2024-07-02 | <a href="#">A+</a> <a href="#">A-</a></p>',
 body=["A 42-hectare wetland park designed to soak up stormwater opened to the public on Monday in Wuhan's Qingshan district, as the provincial capital braces for heavy rain during the plum rain season.",
  "The Beihu Sponge Park uses sunken lawns, gravel trenches and a chain of shallow ponds to hold up to 180,000 cubic meters of water after a downpour, about the volume of 72 Olympic-size swimming pools, according to the Wuhan water authority.",
  "During the rainstorms of late June, neighborhoods around the site saw standing water recede in under two hours, compared with most of a day in previous years, said Liu Jianbo, an engineer with the district's drainage management office.",
  "The park also serves as a green space for about 150,000 residents. Walking paths run along the ponds, and a former pumping station has been turned into a small exhibition hall explaining how the system works.",
  "Wuhan has been one of China's pilot \"sponge cities\" since 2015. The city plans to bring 45 percent of its built-up area up to sponge city standards by the end of next year.",
  ("np", "Writer: Tan Ruoxi"),
  ("np", "Editor: Zhang Lan")],
 tail=related("Latest", ["Hubei launches 100 cultural tourism routes for summer","Yichang hosts Three Gorges marathon"]) + '</div>',
 foot='<div class="ft">Copyright © Hubei Daily Media Group. All Rights Reserved. 鄂ICP备12007263号-3</div>'))

# yq-15 reprint from 光明日报 with 作者单位 line, on a portal (中国江苏网-like)
PAGES.append(dict(id="yq-15", css="news", tt="让大运河文化在新时代焕发新活力_理论_中国江苏网",
 title="让大运河文化在新时代焕发新活力", authors=["顾晓岚"], pt="2024-12-17 08:41",
 top=news_top("中国江苏网", ["首页","新闻","理论","评论","文化","视频"]) + '<div class="main"><div class="art"><p class="src">首页 &gt; 理论 &gt; 理论文章</p>',
 head='<h1>让大运河文化在新时代焕发新活力</h1><p class="src">2024-12-17 08:41　来源：光明日报　作者：顾晓岚　<a href="#">我要分享</a></p>',
 body=["大运河是中华民族流动的文化血脉。作为世界上开凿时间最早、流经地域最广的人工运河，它不仅是沟通南北的交通动脉，更孕育了沿线城市独特的商贸文化、漕运文化和市井文化。在推进文化传承发展的新征程上，如何让这条古老的运河“活”起来，是一道需要认真作答的时代课题。",
  ("h3","保护为先，守住运河文化的根与魂"),
  "保护是传承利用的前提。近年来，沿线各地开展遗产本体保护、河道水系治理和生态环境修复，运河面貌焕然一新。但也要看到，部分河段仍存在过度商业开发、遗产周边建设风貌不协调等问题。应坚持“保护优先、合理利用”，把文物本体、历史环境与非物质文化遗产作为整体加以保护，避免“建设性破坏”。",
  ("h3","以文塑旅，激活运河文化的时代价值"),
  "文化和旅游融合发展为大运河文化传承开辟了新路径。扬州、淮安等地依托运河博物馆、古镇和传统街区，推出夜游运河、非遗体验等产品，让游客在沉浸式体验中感受运河文化魅力。下一步，应更加注重挖掘运河故事，避免同质化开发，以“小而美”的文旅项目展现各段运河的独特个性。",
  ("h3","开放共享，讲好新时代的运河故事"),
  "大运河属于中国，也属于世界。应加强与国际运河城市的交流互鉴，利用数字技术建设大运河文化资源数据库，推动运河文化走进课堂、走进社区，让更多人成为运河文化的守护者和传播者。",
  ("np", "（作者单位：江苏省社会科学院历史研究所）")],
 tail='<p class="src">责任编辑：邵一鸣</p>' + related("相关文章", ["【理论】推动中华优秀传统文化创造性转化","大运河国家文化公园江苏段建设成效显著"]) + '</div>' + side(["江苏发布今冬明春天然气保供方案","南京地铁新线开通运营","苏州工业园区30年"]) + '</div>',
 foot='<div class="ft">中国江苏网版权所有　未经授权禁止转载　苏ICP备06021843号　互联网新闻信息服务许可证32120170001</div>'))

# yq-16 评论 with pen name, 荆楚网-like
PAGES.append(dict(id="yq-16", css="news", tt="“小饭桌”监管不能总在事后补位 - 荆楚网评论",
 title="“小饭桌”监管不能总在事后补位", authors=["楚云闲"], pt="2025年3月5日 07:55",
 top=news_top("荆楚网", ["首页","湖北","评论","楚天时评","东湖评论","视频"]) + '<div class="main"><div class="art"><p class="src">评论频道 &gt; 东湖评论</p>',
 head='<h1>“小饭桌”监管不能总在事后补位</h1><p class="src">楚天新语　2025年3月5日 07:55　作者：楚云闲　来源：荆楚网　评论(<a href="#">36</a>)</p>',
 body=["开学季，学校周边的“小饭桌”又热闹起来。据媒体报道，某地一家无证经营的托管机构因食材变质导致十余名小学生腹痛就医，事后才被相关部门查封。类似的新闻几乎每年都会出现，而每一次，监管似乎都在“事后补位”。",
  "“小饭桌”之所以火，是因为它回应了双职工家庭的现实需求：孩子中午放学无处可去，家长又无法抽身。正因为需求刚性，一些小区居民楼里的“家庭式托管”便应运而生，收费不高，但场地狭小、消防通道堵塞、从业人员没有健康证等问题屡见不鲜。",
  "问题在于，这类机构长期处在监管的“夹缝”里：市场监管部门管食品安全，教育部门管校外培训，消防部门管场所安全，街道社区管日常巡查，谁都能管，又谁都不愿多管。部门之间一旦缺少协同，监管就容易变成“出了事再说”。",
  "破解之道，首先要明确牵头部门，建立托管机构备案制度，让“地下”经营走到“阳光”下；其次要推动学校、社区提供更多午间托管服务，用公共供给挤压无序市场的空间；最后，家长也要擦亮眼睛，把好选择关。",
  "孩子的午餐无小事。与其在事故发生后亡羊补牢，不如把功夫下在平时，让每一张“小饭桌”都吃得安心。"],
 tail='<p class="src">（编辑：程　露）</p><p>网友评论 36条　<textarea placeholder="文明上网，理性发言"></textarea></p></div>' + side(["武汉新增5条公交线路","湖北春季招聘会本周六举行"]) + '</div>',
 foot='<div class="ft">荆楚网（湖北日报网）版权所有 鄂ICP备13005229号-1 <a href="#">网站地图</a></div>'))

# yq-17 数据新闻 with several numbered findings, 大河网-like
PAGES.append(dict(id="yq-17", css="news", tt="数说河南｜2024年全省居民消费账单出炉，这5个变化值得关注-大河网",
 title="数说河南｜2024年全省居民消费账单出炉，这5个变化值得关注", authors=["郭亚楠", "冯一帆"], pt="2025-02-18 18:30",
 top=news_top("大河网", ["首页","河南","财经","数据","视觉","评论"]) + '<div class="main"><div class="art"><p class="src">大河网 &gt; 财经 &gt; 数据新闻</p>',
 head='<h1>数说河南｜2024年全省居民消费账单出炉，这5个变化值得关注</h1><p class="src">2025-02-18 18:30　来源：大河网　记者 郭亚楠 冯一帆　<span>阅读 1.2万</span></p>',
 body=["2月17日，国家统计局河南调查总队发布2024年全省居民收支数据。记者梳理发现，过去一年河南人的“钱袋子”和“购物车”都出现了一些新变化。",
  ("h","发现一：人均消费支出首次突破2万元"),
  "2024年，全省居民人均消费支出20396元，比上年增长6.1%，其中城镇居民人均消费支出25713元，农村居民16522元，农村增速快于城镇1.8个百分点。",
  ("h","发现二：服务性消费占比接近一半"),
  "全省居民人均服务性消费支出9620元，增长8.4%，占人均消费支出的比重为47.2%，比上年提高1个百分点。旅游、演出、体育赛事等文旅消费带动明显。",
  ("h","发现三：“吃”的比重继续下降"),
  "居民人均食品烟酒支出5611元，恩格尔系数为27.5%，较上年下降0.6个百分点，表明居民生活水平稳步提升。",
  ("h","发现四：新能源汽车进入更多家庭"),
  "全省每百户居民家庭拥有家用汽车41.3辆，其中新能源汽车7.9辆，比上年增加2.6辆。",
  ("h","发现五：医疗保健支出增长较快"),
  "人均医疗保健支出1988元，增长9.7%，增速在八大类消费中居首位。",
  ("tbl",[["类别","人均支出（元）","同比增长"],["食品烟酒","5611","4.2%"],["交通通信","2790","7.5%"],["教育文化娱乐","2415","10.3%"],["医疗保健","1988","9.7%"]]),
  "业内人士分析，随着一系列促消费政策落地，预计2025年全省服务消费将保持较快增长。"],
 tail='<p class="src">责任编辑：宋　伟</p>' + related("相关新闻", ["2024年河南GDP增长5.1%","河南居民人均可支配收入30245元"]) + '</div>' + side(["郑州地铁10号线二期开通","洛阳牡丹文化节开幕"]) + '</div>',
 foot='<div class="ft">大河网版权所有 豫ICP备09023839号 <a href="#">网站地图</a> 违法和不良信息举报电话：0371-65796222</div>'))

# yq-18 news with embedded related-story box mid-text, 中安在线-like (Anhui)
PAGES.append(dict(id="yq-18", css="news", tt="芜湖至黄山高铁沿线“小站”客流三年翻番_中安在线",
 title="芜湖至黄山高铁沿线“小站”客流三年翻番", authors=["方晓蕾", "汪  楠".replace("  ","")], pt="2025-05-06 10:14",
 top=news_top("中安在线", ["首页","安徽","新闻","文旅","政务","视听"]) + '<div class="main"><div class="art"><p class="src">首页 &gt; 安徽新闻 &gt; 皖南</p>',
 head='<h1>芜湖至黄山高铁沿线“小站”客流三年翻番</h1><p class="src">2025-05-06 10:14　来源：中安在线　<a href="#">A-</a> <a href="#">A+</a></p>',
 body=[("hb", "中安在线讯（记者 方晓蕾 通讯员 汪&nbsp;&nbsp;楠）“五一”假期刚过，泾县站的候车室里依然人来人往。记者从中国铁路上海局集团合肥客运段获悉，芜黄高铁开通三年来，沿线南陵、泾县、旌德、绩溪北等中间站客流持续增长，今年一季度发送旅客人数较开通初期翻了一番。",
        "中安在线讯（记者 方晓蕾 通讯员 汪  楠）“五一”假期刚过，泾县站的候车室里依然人来人往。记者从中国铁路上海局集团合肥客运段获悉，芜黄高铁开通三年来，沿线南陵、泾县、旌德、绩溪北等中间站客流持续增长，今年一季度发送旅客人数较开通初期翻了一番。"),
  "“以前去黄山要坐大半天汽车，现在从合肥出发两个小时就到了。”在泾县站下车的游客刘女士说，她这次专程带孩子来桃花潭和查济古村游玩。",
  ("x", '<div class="box"><b>相关阅读</b><ul><li><a href="#">池黄高铁开通首月发送旅客超80万人次</a></li><li><a href="#">安徽高铁运营里程突破2800公里</a></li></ul></div>'),
  "客流增长的背后，是沿线县域文旅资源的加速释放。泾县依托宣纸文化园、云岭新四军军部旧址等景点推出“高铁+景区”联票，旌德县开通了高铁站至江村古村落的旅游专线，游客下车即可换乘。",
  "铁路部门也在根据客流变化优化运输组织。今年4月起，芜黄高铁在周末和节假日加开至上海、杭州方向的旅游列车，并在绩溪北站增设了便民服务台。",
  "“高铁不仅带来了客流，也带来了投资。”旌德县文旅局负责人介绍，去年以来县里新签约文旅项目11个，总投资超过30亿元。"],
 tail='<p class="src">编辑：陶　然</p>' + related("推荐阅读", ["黄山风景区“五一”接待游客12.6万人次","宣城推出10条乡村旅游精品线路"]) + '</div>' + side(["合肥新桥机场新开3条国际航线","安徽发布高温预警"]) + '</div>',
 foot='<div class="ft">中安在线 版权所有 皖ICP备08002451号 <a href="#">网站地图</a></div>'))

# yq-19 新华社通稿 reprinted on a portal (新浪-like)
PAGES.append(dict(id="yq-19", css="news", tt="陕西榆林：治沙造林70年 毛乌素沙地“绿进沙退”|新浪新闻",
 title="陕西榆林：治沙造林70年 毛乌素沙地“绿进沙退”", authors=["孙一鸣", "刘慧娟"], pt="2025年06月17日 16:22",
 top=news_top("新浪新闻", ["首页","国内","国际","社会","军事","财经"], "请输入关键词") + '<div class="main"><div class="art">',
 head='<h1>陕西榆林：治沙造林70年 毛乌素沙地“绿进沙退”</h1><p class="src">2025年06月17日 16:22 新华社 <a href="#">收藏本文</a> <a href="#">分享</a> <span>评论 89</span></p>',
 body=["新华社西安6月17日电（记者 孙一鸣 刘慧娟）6月17日是世界防治荒漠化与干旱日。在陕西榆林，昔日“沙进人退”的毛乌素沙地南缘，如今樟子松、沙柳连片成林，全市林草覆盖率由新中国成立初期的1.8%提高到36.8%。",
  "榆林市横山区白界镇的治沙人牛二虎，从20岁起跟着父亲在沙梁上种树。“那时候一场风刮过来，刚栽下的树苗就被埋了，只能一年年补种。”他说，如今家门口的流动沙丘已全部固定，村里还发展起了长柄扁桃等经济林。",
  "据介绍，榆林累计完成治沙造林2500多万亩，860万亩流沙全部得到固定、半固定。近年来，当地探索“光伏+治沙”模式，在沙地上建设光伏电站，板下种植牧草和中药材，实现生态效益和经济效益双赢。",
  "林业专家表示，毛乌素沙地的治理为干旱半干旱地区生态修复提供了可借鉴的经验，但沙区生态仍较脆弱，需要持续巩固治理成果。"],
 tail='<p class="src">责任编辑：张玉洁 SN225</p><p>新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。</p>' + related("相关新闻", ["内蒙古库布其沙漠治理成效显著","全国荒漠化土地面积持续减少"]) + '</div>' + side(["高考查分时间公布","多地发布暴雨预警"]) + '</div>',
 foot='<div class="ft">Copyright © 1996-2025 SINA Corporation, All Rights Reserved <a href="#">网站地图</a></div>'))

# yq-20 人民日报 article reprinted on a government site
PAGES.append(dict(id="yq-20", css="gov2020", tt="人民日报：湖北潜江 小龙虾“游”出百亿产业链_湖北省人民政府门户网站",
 title="湖北潜江 小龙虾“游”出百亿产业链", authors=["范思齐", "吴  越".replace("  ","")], pt="2025-05-27 07:30",
 top='<div class="top"><span>无障碍</span><span>长者模式</span><span>English</span><span>个人登录</span><span>法人登录</span></div><div class="sticky">湖北省人民政府门户网站</div><div class="crumb">首页 &gt; 新闻 &gt; 媒体看湖北</div>',
 head='<h1>湖北潜江 小龙虾“游”出百亿产业链</h1><p class="meta">来源：人民日报　发布时间：2025-05-27 07:30　<a href="#">【字体：大 中 小】</a>　<a href="#">打印</a></p>',
 body=[("np", "本报记者&nbsp;&nbsp;范思齐&nbsp;&nbsp;吴&nbsp;&nbsp;越"),
  "初夏时节，潜江市熊口镇的虾稻田里，养殖户们正忙着起笼捕虾。一只只个大壳青的小龙虾被分拣装箱，当天就能运抵全国各地的餐桌。",
  "潜江是全国小龙虾养殖加工重要基地。当地推广“虾稻共作”模式，一田两用、一水两用，全市虾稻共作面积达到90万亩。“一亩田收一季稻、两季虾，纯收入能到4000元。”熊口镇种养大户赵家林说。",
  "在产业链下游，潜江已培育小龙虾加工企业30余家，开发出虾仁、调味虾、甲壳素等上百种产品，远销欧美和东南亚。小龙虾节、美食街、主题研学等文旅活动也越来越热。",
  "去年，潜江小龙虾全产业链综合产值突破600亿元，带动约20万人就业。当地正着力建设种质资源场和冷链物流中心，推动产业向标准化、品牌化方向发展。",
  ("np", "《 人民日报 》（ 2025年05月27日 10 版）")],
 tail='<p>【<a href="#">我要纠错</a>】【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</p>' + qr("扫一扫在手机打开当前页", "扫一扫在手机打开当前页"),
 foot='<div class="foot"><a href="#">网站地图</a> | <a href="#">网站声明</a><p>主办：湖北省人民政府办公厅　承办：湖北省人民政府办公厅政务信息处</p><p>网站标识码：4200000068　鄂ICP备05003304号　鄂公网安备 42010602000205号</p></div>'))

# yq-21 city media 西安新闻网-like, 原标题, 编辑, comments count
PAGES.append(dict(id="yq-21", css="news", tt="西安今年将新增公共停车泊位3万个 - 西安新闻网",
 title="西安今年将新增公共停车泊位3万个", authors=["韩  磊".replace("  ","")], pt="2025-03-11 08:02:15",
 top=news_top("西安新闻网", ["首页","西安","民生","区县","陕西","图片"]) + '<div class="main"><div class="art"><p class="src">当前位置：首页 &gt; 西安 &gt; 民生</p>',
 head='<h1>西安今年将新增公共停车泊位3万个</h1><p class="src">原标题：我市启动2025年停车设施建设 重点解决医院学校老旧小区周边停车难</p>'
      '<p class="src">2025-03-11 08:02:15　来源：西安日报　作者：韩&nbsp;&nbsp;磊　编辑：王思雨　<a href="#">评论(12)</a></p>',
 body=["记者从市城管局获悉，今年我市将新建、改建公共停车场60个，新增公共停车泊位3万个，重点解决医院、学校、老旧小区和商圈周边停车难问题。",
  "按照计划，今年新增的停车设施将优先布局在碑林、新城、莲湖等中心城区。其中，在西京医院、唐都医院等大型医院周边将利用闲置地块建设立体停车库；在老旧小区集中区域，将通过挖掘边角地、推行错时共享等方式增加泊位供给。",
  "此外，我市将加快推进停车信息平台建设，年底前实现全市80%以上公共停车场接入“西安智慧停车”平台，市民可通过手机实时查询空余泊位、在线预约和无感支付。",
  "市城管局相关负责人表示，将鼓励机关、企事业单位在夜间和节假日向社会开放内部停车场，并对参与共享的单位给予一定补贴。"],
 tail='<p class="src">（编辑：王思雨）</p><div>网友评论（12） <input placeholder="说两句吧..."></div>' + related("相关阅读", ["西安将新建充电桩1.2万个","地铁15号线一期进入设备调试阶段"]) + '</div>' + side(["西安今日起调整部分公交线路","大唐不夜城推出新演艺"]) + '</div>',
 foot='<div class="ft">西安新闻网版权所有 陕ICP备05003489号 <a href="#">网站地图</a></div>'))

# yq-22 provincial newspaper app page 交汇点/扬子-like: 本报讯 style in body with 记者 and 通讯员
PAGES.append(dict(id="yq-22", css="news", tt="淮安“盱眙龙虾”开启全球直播季_紫牛新闻_扬子晚报网",
 title="淮安“盱眙龙虾”开启全球直播季", authors=["赵  岩".replace("  ",""), "梁文涛"], pt="2025.06.03 19:45",
 top=news_top("扬子晚报网", ["首页","紫牛新闻","江苏","财经","教育","健康"]) + '<div class="main"><div class="art">',
 head='<p class="src">紫牛新闻</p><h1>淮安“盱眙龙虾”开启全球直播季</h1><p class="src">扬子晚报网 2025.06.03 19:45 <a href="#">打开APP</a></p>',
 body=[("hb", "扬子晚报网6月3日讯（记者 赵&nbsp;&nbsp;岩 通讯员 梁文涛）6月3日晚，第二十五届中国·盱眙国际龙虾节“全球直播季”在盱眙县龙虾小镇启动，20多位主播同时开播，向海内外网友推介盱眙龙虾和洪泽湖水产。",
        "扬子晚报网6月3日讯（记者 赵  岩 通讯员 梁文涛）6月3日晚，第二十五届中国·盱眙国际龙虾节“全球直播季”在盱眙县龙虾小镇启动，20多位主播同时开播，向海内外网友推介盱眙龙虾和洪泽湖水产。"),
  "记者在现场看到，直播间里主播一边剥虾一边讲解“十三香”和“蒜泥”两种口味的做法，后台订单不断刷新。据介绍，启动当晚2小时内线上销售龙虾及调味品超过18万单。",
  "盱眙县商务局负责人介绍，今年龙虾节首次设立海外分会场，邀请在马来西亚、新加坡的华人主播参与推介，并与两家跨境电商平台签订合作协议，推动盱眙龙虾调理品出口。",
  "目前，盱眙龙虾养殖面积达到100万亩，全产业链产值超过300亿元。",
  "据悉，本届龙虾节将持续至8月底，其间还将举办龙虾美食大赛、乡村音乐节和洪泽湖生态旅游推介等20余项活动。"],
 tail='<p class="src">校对 潘　政</p>' + related("相关推荐", ["江苏出梅时间预测","南京今夏首个高温日或在下周"]) + '</div>' + side(["扬州早茶入选非遗名录","苏超联赛第五轮战报"]) + '</div>',
 foot='<div class="ft">扬子晚报网 版权所有 苏ICP备10206076号 <a href="#">网站地图</a></div>'))

# yq-23 national online media (澎湃-like): 澎湃新闻记者 under title, 责任编辑, 校对
PAGES.append(dict(id="yq-23", css="news", tt="河南郑州试点“楼道微更新”：老旧小区加装无障碍扶手_澎湃新闻",
 title="河南郑州试点“楼道微更新”：老旧小区加装无障碍扶手", authors=["陆  遥".replace("  ","")], pt="2025-03-20 11:46",
 top=news_top("澎湃新闻", ["要闻","深度","时事","财经","思想","生活"], "搜索") + '<div class="main"><div class="art">',
 head='<h1>河南郑州试点“楼道微更新”：老旧小区加装无障碍扶手</h1><p class="src">澎湃新闻记者 陆&nbsp;&nbsp;遥</p><p class="src">2025-03-20 11:46 来源：澎湃新闻 <a href="#">字号</a></p>',
 body=["“以前上楼全靠抓着栏杆一步步挪，现在墙上有了扶手，中间还有可以折叠的休息座椅，轻松多了。”3月19日，家住郑州市二七区淮河路街道某小区的82岁居民贾秀英对澎湃新闻说。",
  "澎湃新闻了解到，今年初，郑州市在二七区、管城回族区等地的12个老旧小区试点“楼道微更新”，在不加装电梯的多层住宅楼道内安装连续扶手、折叠座椅、声控照明，并对台阶边缘进行防滑处理。",
  "郑州市住房保障和房地产管理局相关负责人介绍，试点小区大多建于上世纪八九十年代，老年人口占比超过30%，但受楼间距、管线和居民意见等因素影响，加装电梯推进较慢。“楼道微更新”每个单元投入约1.5万元，施工周期一周左右，对居民生活影响小。",
  "不过，也有居民提出，扶手安装后楼道变窄，搬运家具不便。对此，施工方表示，已根据楼道宽度选择单侧安装，并预留了足够通行空间。",
  "据悉，郑州计划在总结试点经验基础上，年内将“楼道微更新”推广至200个老旧小区。"],
 tail='<p class="src">责任编辑：钟　煜　图片编辑：蒋立冬</p><p class="src">校对：丁晓</p>' + related("澎湃新闻报料", ["全国老旧小区改造进展如何","适老化改造补贴标准出台"]) + '</div>' + side(["多地出台育儿补贴政策","春运返程高峰结束"]) + '</div>',
 foot='<div class="ft">© 2014~2025 The Paper All rights reserved. 沪ICP备14003370号 <a href="#">网站地图</a></div>'))

# yq-24 provincial TV/news portal 陕西网-like with author in info bar (记者：), 2 lines title
PAGES.append(dict(id="yq-24", css="news", tt="汉中朱鹮种群数量突破万只 - 陕西网",
 title="秦岭深处朱鹮种群数量突破万只 汉中洋县探索人鸟和谐共生之路", authors=["马  骁".replace("  ",""), "任佳琪"], pt="2025-04-22 21:05",
 top=news_top("陕西网", ["首页","陕西","时政","市县","文旅","视频"]) + '<div class="main"><div class="art"><p class="src">陕西网 → 市县 → 汉中</p>',
 head='<h1>秦岭深处朱鹮种群数量突破万只<br>汉中洋县探索人鸟和谐共生之路</h1><p class="src">记者：马&nbsp;&nbsp;骁 任佳琪　2025-04-22 21:05　来源：陕西网　阅读：3856</p>',
 body=["4月22日是世界地球日。记者从陕西汉中朱鹮国家级自然保护区管理局获悉，经过40多年的保护，全球朱鹮种群数量已突破1.1万只，其中陕西境内约8000只，栖息地从洋县扩展到秦岭南北的20多个县区。",
  "1981年，7只野生朱鹮在洋县姚家沟被重新发现，这是当时世界上仅存的野生种群。为了保护朱鹮，洋县农民放弃使用化肥农药，冬季保持稻田水面，为朱鹮留出觅食地。",
  "“过去是人保护朱鹮，现在是朱鹮反哺人。”洋县华阳镇村民王德顺说，村里种植的有机稻米借着“朱鹮”品牌，价格比普通大米高出好几倍。目前，洋县有机产业种植面积达到32万亩，带动3万多户农户增收。",
  "保护区管理局工作人员介绍，下一步将通过人工繁育、野化放飞和栖息地修复，推动朱鹮向更广阔区域扩散，并加强对电网、农药等风险因素的监测。"],
 tail='<p class="src">编辑：刘静怡　审核：张　宁</p>' + related("相关新闻", ["洋县朱鹮生态旅游节开幕","陕西发布2024年生物多样性状况"]) + '</div>' + side(["陕西高考报名人数公布","西安至延安高铁进展"]) + '</div>',
 foot='<div class="ft">陕西网版权所有 陕ICP备16008633号 <a href="#">网站地图</a></div>'))
