# 12 news pages (yh-13 .. yh-24). Articles are invented.
from lib import *
PAGES = []
def add(id, kind, title, authors, time, body, html, lang='zh'):
    PAGES.append(dict(id=id, kind=kind, lang=lang, title=title, authors=authors, publish_time=time, body=gold_body(body), html=html))

def portal_top(name, tabs):
    return '<div class="top"><a>%s首页</a> <a>手机版</a> <a>客户端</a> <span><a>登录</a> <a>注册</a></span></div><div class="logo">%s</div>%s' % (E(name), E(name), links(tabs, cls='tabs'))

def hot(title, items):
    return '<div class="right">' + ul(title, items, 'hot') + '</div>'

# yh-13 新华社通稿 reprinted on 华龙网 (重庆)
t = '西部陆海新通道班列今年累计开行突破5000列'
b = ['新华社重庆6月3日电（记者 周文冲 伍鲲鹏）记者从陆海新通道运营有限公司获悉，截至6月2日，今年西部陆海新通道铁海联运班列累计开行5126列，同比增长18.6%，货物通达全球126个国家和地区的545个港口。',
     '据介绍，今年以来，通道沿线省区市持续优化班列组织，重庆至广西北部湾港实现“天天班”常态化开行，平均运输时间较去年压缩约10%。运输货品由最初的50余种拓展至1160余种，汽车及零部件、电子产品、粮食等成为主要货类。', '与此同时，通道沿线海关推行“一次申报、一次查验、一次放行”模式，铁海联运“一单制”业务量持续增长，企业物流综合成本明显下降。',
     '业内人士表示，随着通道运输组织和物流服务不断完善，西部陆海新通道对沿线地区开放型经济发展的带动作用将进一步显现。']
h = page(t+'_华龙网', 'news', [portal_top('华龙网', ['首页','重庆','时政','财经','区县','评论','视频','专题']), search('搜索华龙网'),
 '<div class="crumb">华龙网 &gt; 新闻 &gt; 国内 &gt; 正文</div>', '<div class="left"><h1>%s</h1>' % E(t),
 '<div class="meta">2025-06-03 16:47:05 　来源：新华社 　<a>评论(12)</a> 　<a>分享</a></div>', P(b, 'art'),
 '<div class="meta">[责任编辑：何江]</div>', '<div class="ad">广告</div>',
 ul('相关新闻', ['一季度西部陆海新通道货运量同比增长两成','重庆果园港开通至东盟多式联运新线路','“一单制”让货物通关更便捷','中欧班列（渝新欧）开行突破两万列']) + '</div>',
 hot('24小时热榜', ['重庆发布高温橙色预警','两江新区再添一家专精特新“小巨人”','主城都市区轨道交通新线开通']), '<div class="clear"></div><div class="foot">华龙网版权所有 渝ICP备05001234号 互联网新闻信息服务许可证：50120170001</div>'])
add('yh-13','news: 新华社通稿 on city portal',t,['周文冲','伍鲲鹏'],'2025-06-03 16:47:05',b,h)

# yh-14 人民网 reprint with 【三农】 column name before headline
t = '【三农】江西：早稻田里“智慧农机”唱主角'
b = ['眼下，江西各地早稻进入分蘖期。在南昌县蒋巷镇的万亩连片稻田里，植保无人机盘旋作业，几分钟就完成一片稻田的施药。',
     '“以前打药要背着药桶一垄一垄走，一天最多弄十来亩，现在无人机一天能飞七八百亩。”种粮大户邓国平说。',
     '江西省农业农村厅数据显示，全省今年早稻播种面积稳定在1750万亩以上，水稻耕种收综合机械化率达到85%。全省已建成区域农机社会化服务中心230个，为小农户提供代耕、代种、代管、代收等“一条龙”服务。', '在泰和县，不少合作社引进了育秧流水线和智能催芽设备，集中育秧比例超过七成。“秧苗整齐、出苗率高，插秧机作业效率也跟着提上来了。”当地一名农技人员说。',
     '江西省农业农村厅有关负责人表示，将继续加大农机购置与应用补贴力度，推动北斗导航、智能监测等技术在粮食生产中广泛应用。']
h = page(t+'--江西频道--人民网', 'news', [portal_top('人民网', ['首页','时政','地方','财经','三农','教育','科普','图片']),
 '<div class="crumb">人民网&gt;&gt;江西频道&gt;&gt;三农</div>',
 '<div class="left"><h1><span class="col">【三农】</span>江西：早稻田里“智慧农机”唱主角</h1>',
 '<div class="meta">2025年06月03日08:21 | 来源：<a>人民网-江西频道</a></div><div class="btns">小字号 | <a>分享到</a></div>',
 P([('img','无人机作业','植保无人机在南昌县蒋巷镇稻田作业。人民网 时雨摄')]+b, 'art'),
 '<div class="meta">(记者：时雨 实习生：刘佳琪)</div><div class="meta">(责编：王馨、邹菁)</div>',
 '<div>关注公众号：人民网财经 <img src="qr.jpg" alt="二维码"></div>',
 ul('推荐阅读', ['赣南脐橙产业升级有了“数字大脑”','江西今年新建高标准农田270万亩','吉安县：“稻虾共养”鼓起农民腰包']) + '</div>',
 hot('热点推荐', ['江西高考报名人数公布','南昌地铁5号线最新进展','景德镇“春秋大集”火了']),
 '<div class="clear"></div><div class="foot">人民日报社概况 | 关于人民网 | 报社招聘 | 招聘英才 | 广告服务 | 合作加盟 | 供稿服务 | 网站声明 | 联系我们<br>人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用<br>Copyright © 1997-2025 by www.people.com.cn. all rights reserved</div>'])
add('yh-14','news: 人民网 地方频道 (【三农】 column before headline; 记者 at end)',t,['时雨'],'2025年06月03日08:21',b,h)

# yh-15 央视新闻 快讯｜ reprint on 云南网
t = '快讯｜云南普洱市澜沧县发生4.8级地震 暂无人员伤亡报告'
b = ['据中国地震台网正式测定，6月3日05时38分在云南普洱市澜沧县（北纬22.61度，东经99.93度）发生4.8级地震，震源深度10公里。',
     '记者从澜沧县应急管理局了解到，震中附近的竹塘乡、东回镇等地震感明显，目前暂无人员伤亡报告。当地已启动地震应急四级响应，组织人员赶赴震中开展灾情排查。',
     '云南省地震局已派出现场工作组，赶赴当地开展震情趋势研判和烈度调查工作。', '据当地群众反映，地震发生时屋内悬挂物有明显晃动，部分群众从室内跑到户外避险。截至发稿时，当地供电、通信、交通均正常。澜沧县已组织乡村干部入户排查，对发现的房屋裂缝等情况逐一登记。相关情况仍在进一步核实中。', '专家提醒，震后一段时间内可能发生余震，请群众不要轻信谣言，注意远离危房和陡坡。']
h = page(t+' - 云南网', 'news', ['<div class="top">云南网 <a>新闻</a> <a>云南</a> <a>昆明</a> <a>财经</a> <a>文旅</a> <a>视频</a> <a>专题</a> <a>登录</a></div>',
 '<div class="ad">云南网·广告位</div>', '<div class="left"><div class="crumb">首页 &gt; 云南新闻 &gt; 正文</div>', '<h1>%s</h1>' % E(t),
 '<div class="meta"><span>2025-06-03 07:02</span> <span>来源：央视新闻客户端</span> <span>编辑：杨光宇</span></div>', P(b, 'art'),
 '<div class="meta">（总台记者 和学军 岩温）</div>',
 '<div class="share"><a>微信</a> <a>微博</a> <a>复制链接</a></div>',
 ul_dated('相关阅读', [('云南启动地震应急四级响应','06-03'),('澜沧县开展震后房屋安全排查','06-03'),('近期滇西南地震活动趋势研判','06-02')]) + '</div>',
 hot('排行', ['昆明今起多地降雨','云南野生菌中毒提醒','滇中引水工程最新进展']), '<div class="clear"></div><div class="foot">云南网版权所有 滇ICP备08000875号 增值电信业务经营许可证</div>'])
add('yh-15','news: 央视新闻 快讯｜ reprint on provincial site',t,['和学军','岩温'],'2025-06-03 07:02',b,h)

# yh-16 深度 with 小标题, 湖南 新湖南-like
t = '一座县城的“芯”路：隆回如何从劳务输出大县走向电子信息产业集群'
b = ['五月的隆回，资江两岸草木葱茏。在隆回县经济开发区，一排排标准化厂房里，智能手机摄像头模组、柔性电路板正源源不断下线。',
     '十年前，这个湘中山区县还是全省有名的劳务输出大县，每年外出务工人员超过30万人。如今，全县电子信息企业已有86家，去年实现产值182亿元，吸纳就业2.4万人。',
     ('h','“老乡带老乡”引来第一批企业'), '隆回的电子信息产业，起步于一次“回乡之约”。2016年，在深圳从事手机配件生产多年的隆回人罗小林，带着30多台设备回乡办厂。“家乡劳动力多、成本低，最重要的是政府说到做到。”罗小林回忆。',
     '此后，县里组建在外乡友联络专班，一年走访珠三角、长三角隆回籍企业家200余人次。“老乡带老乡、企业引企业”，一批上下游配套企业陆续落地。',
     ('h','补链强链，从“组装”到“研发”'), '企业来了，如何留得住、长得大？隆回把目光投向产业链短板。县里设立2亿元产业引导基金，引进电路板表面贴装、精密模具等关键环节，并与湖南大学、湘潭大学共建3个研发中心。',
     '“过去只做来料加工，利润很薄。现在我们有了自己的研发团队，拿下了12项发明专利。”湖南某光电科技公司总经理刘建军说。',
     ('h','“家门口就业”改变的不只是收入'), '产业集聚，也改变了许多家庭的生活。32岁的王春梅曾在东莞打工8年，2022年回到隆回，在园区一家企业当上了班组长，月收入6000多元。“孩子不再是留守儿童了。”她说。',
     '隆回县委主要负责人表示，接下来将聚焦光电显示、智能终端两条主线，力争到2027年全县电子信息产业产值突破300亿元。']
h = page(t+'_新湖南', 'news', [portal_top('新湖南', ['首页','要闻','深度','市州','观点','视频','直播','专题']),
 '<div class="left"><div class="crumb">新湖南 &gt; 深度</div><div class="col">深度</div><h1>%s</h1>' % E(t),
 '<div class="meta">新湖南客户端 2025-05-27 07:30:00 <br>文/视频：湖南日报全媒体记者 唐　璐 刘　勇　通讯员 罗伟华</div>', P(b, 'art'),
 '<div class="meta">[责编：陈　鹏]<br>[来源：湖南日报]</div>', '<div class="share">分享到：<a>微信</a><a>朋友圈</a><a>微博</a></div>',
 ul('相关新闻', ['邵阳：电子信息产业“链”上发力','湖南县域经济高质量发展观察','隆回：花瑶古寨迎来“研学热”']) + '</div>',
 hot('热门', ['湖南高考体检安排公布','长沙地铁7号线开通时间定了','湘江新区再出发']), '<div class="clear"></div><div class="foot">湖南日报社主办 湘ICP备08000123号</div>'])
add('yh-16','news: 深度 with 小标题 (provincial client)',t,['唐璐','刘勇','罗伟华'],'2025-05-27 07:30:00',b,h)

# yh-17 专题 page (广西新闻网) under a long 专题 banner + list of 专题 stories
t = '“边民互市+落地加工”让东兴红木产业焕发新生机'
b = ['在东兴市江平工业园区的一家红木家具企业里，刚从越南进口的原木经开料、雕刻、打磨，变身为精美的家具。',
     '东兴市是全国边民互市贸易量最大的口岸城市之一。近年来，当地推行“边民互市+落地加工”模式，引导边民合作社将互市进口商品交由园区企业加工，实现“进口—加工—销售”链条在本地闭环。',
     '东兴市商务局局长苏海涛介绍，目前全市已有落地加工企业63家，涵盖红木、海产品、坚果等品类，2024年落地加工产值达到56亿元，带动1.2万名边民增收。', '为方便企业通关，东兴口岸推行“互市+落地加工”专用通道和“提前申报、货到放行”模式，互市商品通关时间压缩至半小时以内。',
     '“以前互市商品大多直接运走，本地只赚个过路钱。现在落地加工，工厂就在家门口，边民在合作社有分红，在工厂还能打工。”边民黄德福说。']
h = page(t+'-广西新闻网', 'news', ['<div class="top">广西新闻网 <a>首页</a> <a>时政</a> <a>广西</a> <a>东盟</a> <a>专题</a></div>',
 '<div class="zt" style="background:#c00;color:#fff;padding:30px;font-size:24px">奋力谱写中国式现代化广西篇章 · 沿边临港看新变</div>',
 links(['专题首页','权威发布','沿边行','临港篇','图说广西','评论'], cls='tabs'),
 '<div class="left"><div class="crumb">当前位置：专题 &gt; 沿边临港看新变 &gt; 沿边行</div><h1>%s</h1>' % E(t),
 '<div class="meta">来源：广西日报 | 2025-06-02 09:41 | 记者 许家豪 陈　静 | 编辑：莫子豪</div>', P(b, 'art') + '</div>',
 '<div class="right"><h3>沿边行</h3><ul><li>凭祥：友谊关口岸智慧通关提速</li><li>宁明：花山脚下的边贸新集市</li><li>那坡：边境村寨“旅游+”</li><li>靖西：龙邦口岸货运量再创新高</li><li>防城港：港口吞吐量稳步增长</li></ul></div>',
 '<div class="clear"></div><div class="foot">广西新闻网 版权所有 桂ICP备05000123号</div>'])
add('yh-17','news: 专题 page (banner, tabs, 专题 story list)',t,['许家豪','陈静'],'2025-06-02 09:41',b,h)

# yh-18 图片新闻 headline above a gallery, 大江网 (江西)
t = '图片新闻｜婺源篁岭晒秋迎来“晒夏”季'
b = ['6月初，上饶市婺源县篁岭景区迎来“晒夏”季。村民们将新收的辣椒、豆角、蘑菇等农产品铺在竹晒匾上，与徽派民居相映成趣，吸引大批游客前来拍照打卡。',
     '近年来，篁岭把传统“晒秋”农俗延伸到四季，“晒”出乡村旅游新名片。今年前5个月，景区累计接待游客超过120万人次。', '当地还推出“篁岭夏夜”灯光秀、古村研学等新项目，让游客白天看晒秋、晚上赏灯光。为保障游客体验，景区实行分时预约、限量入园，并增开了婺源高铁站至篁岭的旅游直通车。“晒夏”活动将持续至8月底，其间还将举办农耕文化体验、徽剧演出等系列活动，并推出面向中小学生的“晒秋研学”课程。', '不少摄影爱好者专程赶来，在观景台上等待晨雾散去。', '景区提醒游客错峰出行。']
gal = ''.join('<div class="g"><img src="g%d.jpg" alt="%s"><p>%s</p></div>' % (i, a, c) for i, (a, c) in enumerate([('篁岭晒夏','村民在屋顶晒匾上翻晒辣椒。'),('游客拍照','游客在晒场前拍照留念。'),('古村全景','晨雾中的篁岭古村。')]))
h = page(t, 'news', ['<div class="top">大江网 <a>首页</a> <a>江西</a> <a>图片</a> <a>视频</a> <a>文旅</a></div>', '<div class="crumb">大江网 &gt; 图片 &gt; 江西</div>',
 '<h1>%s</h1>' % E(t), '<div class="gallery">%s<div>1/3 <a>上一张</a> <a>下一张</a> <a>查看原图</a></div></div>' % gal,
 '<div class="meta">2025-06-03 15:26:41 来源：大江网 摄影：卓忠伟 编辑：胡琳</div>', P(b, 'art'),
 ul('更多图片', ['庐山云海','鄱阳湖候鸟','滕王阁夜景']), '<div class="foot">大江网 版权所有 赣ICP备05000123号</div>'])
add('yh-18','news: 图片新闻 (headline above gallery)',t,[],'2025-06-03 15:26:41',b,h)

# yh-19 English: China Daily-like
t = "Chongqing's cliffside monorail draws record summer crowds"
b = ["CHONGQING -- The Liziba station of Chongqing's Line 2 monorail, where trains pass straight through a residential building, received more than 38,000 visitors on a single day last weekend, a record for the site, local authorities said on Monday.",
     "The municipal transport bureau said a new viewing platform, opened in April, now allows up to 1,500 people at a time to watch the trains, easing congestion on the narrow roads below.",
     "\"We used to get complaints from residents about crowds blocking their doorways. The platform has made a big difference,\" said Tan Yuhong, an official of Yuzhong district's culture and tourism commission.",
     "Chongqing received 109 million tourist visits in the first four months of the year, up 12 percent year-on-year, with the mountain city's rail transit, hotpot and night views among the top attractions, according to the city's tourism authorities."]
h = page(t+' - Chinadaily.com.cn', 'news', ['<div class="top"><a>Global Edition</a> <a>China</a> <a>US</a> <a>Europe</a> <a>Asia</a> <a>中文</a> <span><a>Sign in</a> <a>Subscribe</a></span></div>',
 links(['Home','China','World','Business','Lifestyle','Culture','Travel','Sports','Opinion','Regional'], cls='tabs'), search('Search'),
 '<div class="crumb">Home / China / Society</div>', '<div class="left"><h1>%s</h1>' % E(t),
 '<div class="meta">By TAN YINGZI in Chongqing | chinadaily.com.cn | Updated: 2025-06-03 18:42</div>',
 P([('img','Liziba station','Tourists watch a monorail train pass through a building at Liziba station in Chongqing on Sunday. [Photo/Xinhua]')]+b, 'art'),
 '<div class="share">Share - <a>WeChat</a></div>', ul('Related Stories', ["Chongqing's night economy lights up","Mountain city unveils new tourism routes","Hotpot festival opens in Nan'an district"]) + '</div>',
 hot('Most Viewed in 24 Hours', ['China issues rainstorm alert','Rail trips hit record high','New panda cubs debut']),
 '<div class="clear"></div><div class="foot">Copyright 1995 - 2025. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).<br>Contact us | About China Daily | Advertise on Site | Terms of Service | Privacy Policy</div>'], lang='en')
add('yh-19','news: English (national daily site)',t,['Tan Yingzi'],'2025-06-03 18:42',b,h,lang='en')

# yh-20 English: CGTN-like, Guizhou big data
t = "Guizhou's mountain data centers power China's AI boom"
b = ["Tucked among the karst hills of southwest China's Guizhou Province, the Gui'an New Area has become one of the country's largest clusters of data centers, as demand for computing power surges with the rapid growth of artificial intelligence.",
     "The area now hosts 23 major data centers with more than 1.5 million servers, according to the provincial big data development administration. Its intelligent computing capacity exceeded 50 EFLOPS by the end of May.",
     "Cool weather, stable geology and cheap hydropower have long made Guizhou attractive for data storage. \"The average annual temperature here is about 15 degrees Celsius, which saves a lot on cooling,\" said Li Ming, an engineer at one of the centers.",
     "Local officials say the next step is to move from storage to applications, attracting AI model developers and training firms to set up operations in the province."]
h = page(t+' - CGTN', 'news', ['<div class="top"><a>CGTN</a> <a>Live</a> <a>Español</a> <a>Français</a> <a>العربية</a> <a>Русский</a></div>',
 links(['Home','China','World','Business','Tech & Sci','Travel','Opinions','Video'], cls='tabs'), '<div class="ad">Advertisement</div>',
 '<div class="left"><div class="col">Tech &amp; Sci</div><h1>%s</h1>' % E(t), '<div class="meta">Updated 20:15, 03-Jun-2025<br>CGTN</div>',
 P([('img','Data center in Guizhou','A data center in Gui\'an New Area, Guizhou Province. /CFP')]+b, 'art'),
 '<div class="meta">Source(s): Xinhua News Agency</div>', '<div class="ad">Advertisement</div>', ul('Related', ["China's computing power ranks second globally","East Data West Computing project gathers pace"]) + '</div>',
 '<div class="clear"></div><div class="foot">Copyright © 2025 CGTN. 京ICP备20000184号 Disinformation report hotline: 010-85061466</div>'], lang='en')
add('yh-20','news: English (international broadcaster site, no byline)',t,[],'Updated 20:15, 03-Jun-2025',b,h,lang='en')

# yh-21 观点｜ opinion on 贵阳网, 作者 in info bar, closing 作者单位 line
t = '观点｜让“村超”的热度转化为乡村振兴的长久动力'
b = ['从榕江“村超”到台盘“村BA”，贵州的乡村体育赛事屡屡“出圈”，成为观察中国乡村活力的一扇窗口。热度之下，更需要冷思考：流量如何变成留量？',
     '首先，要守住“村味”。“村超”之所以打动人，在于它是群众自发的、原汁原味的民间狂欢。过度商业化、过度包装，反而可能消解其最可贵的内核。',
     '其次，要做强产业。赛事带来的客流，只有与特色农产品、民族手工艺、乡村民宿等产业有效衔接，才能转化为实实在在的收入。',
     '再次，要培育人才。无论是赛事组织、新媒体运营还是旅游服务，都需要一支扎根乡村的本土人才队伍。', '此外，还要完善公共服务。交通、停车、住宿、卫生等配套设施跟不上，游客体验就会打折扣，“一次性流量”难以变成“回头客”。',
     '“村超”不只是一场足球赛，更是一次乡村治理和发展模式的探索。让热度持续，需要久久为功。',
     ('raw','<p>（作者单位：贵州省社会科学院农村发展研究所）</p>')]
h = page(t+'-贵阳网', 'news', ['<div class="top">贵阳网 · 贵阳日报传媒集团 <a>登录</a></div>', links(['首页','贵阳','时政','观点','社会','视频'], cls='tabs'),
 '<div class="left"><h1>%s</h1>' % E(t), '<div class="meta">2025-06-01 08:05　作者：吴　松　来源：贵阳日报　阅读：<span>2.3万</span></div>', P(b, 'art'),
 '<div class="meta">编辑：付丽　审核：陈刚</div>', '<div>评论 <a>0</a> | 点赞 <a>56</a></div>', ul('观点', ['筑城夜经济需要“烟火气”','数字政府建设要以人民为中心']) + '</div>',
 '<div class="clear"></div><div class="foot">贵阳网版权所有 黔ICP备09001234号</div>'])
add('yh-21','news: 观点｜ opinion (closing 作者单位 line)',t,['吴松'],'2025-06-01 08:05',b,h)

# yh-22 红网: headline between two ad slots, 原标题, comments count
t = '株洲：“老旧厂房”变身“文创地标”'
b = ['走进株洲市芦淞区的“331工业遗址文创园”，红砖厂房、老式行车与咖啡馆、书店、展厅错落相间，吸引不少年轻人前来打卡。',
     '这里曾是建于上世纪60年代的株洲某机械厂旧址。2023年起，芦淞区引入社会资本对厂房进行改造，在保留工业风貌的基础上，植入文创办公、艺术展览、特色餐饮等业态。',
     '据统计，园区已入驻文创企业及商户78家，今年“五一”假期接待游客11.6万人次。芦淞区文旅广体局负责人表示，将持续挖掘工业遗产价值，打造“火车拖来的城市”文旅新名片。', '“周末带孩子来看看老厂房，给他讲讲我们这代人的工厂记忆。”市民刘先生说。园区还定期举办市集、音乐会和工业主题展览，让老厂房重新热闹起来。', '目前，园区二期改造已启动，预计明年建成开放。']
h = page(t+'_湖南频道_红网', 'news', ['<div class="top">红网 <a>首页</a> <a>时刻</a> <a>湖南</a> <a>市州</a> <a>评论</a> <a>论坛</a> <a>登录</a></div>',
 '<div class="crumb">红网首页 &gt; 市州 &gt; 株洲</div>', '<div class="ad">广告</div>', '<h1>%s</h1>' % E(t), '<div class="ad">广告 [可关闭]</div>',
 '<div class="meta">来源：株洲日报 作者：记者 谭　晶 通讯员 易新宇 编辑：黄丹 2025-06-03 11:08:27 <span>评论(3)</span> <a>时刻新闻</a></div>',
 '<div class="meta">原标题：老厂房里“长”出新业态</div>', P(b, 'art'), '<div class="meta">来源：株洲日报</div><div class="meta">作者：记者 谭　晶 通讯员 易新宇</div><div class="meta">编辑：黄丹</div>',
 '<div>本文为红网原创/转载文章，转载请注明出处</div>', ul('相关链接', ['株洲：中车产业园再添新项目','芦淞服饰市场“夜经济”升温']),
 '<div class="foot">红网版权所有 湘ICP备12008140号</div>'])
add('yh-22','news: portal (headline between two ads, 原标题, author repeated)',t,['谭晶','易新宇'],'2025-06-03 11:08:27',b,h)

# yh-23 上游新闻: subtitle in parentheses on next line
t = '重庆中心城区今年将新增城市公园30个'
b = ['6月3日，记者从重庆市城市管理局获悉，今年中心城区将新建、改造城市公园30个，其中社区公园22个、口袋公园8个，新增绿地面积约120万平方米。',
     '市城市管理局相关负责人介绍，新建公园将优先布局在老旧小区集中、绿地覆盖率偏低的区域，推动“300米见绿、500米见园”。同时，结合山城地形，因地制宜建设坡地公园和滨江步道。',
     '目前，南岸区弹子石坡地公园、九龙坡区黄桷坪口袋公园等首批项目已开工建设，预计年底前全部建成开放。', '“家门口多了块绿地，晚饭后下楼就能散步。”家住九龙坡区的市民张女士说。据了解，截至去年底，重庆中心城区已累计建成城市公园1200余个，人均公园绿地面积达到16平方米。', '市民可通过“渝快办”查询附近公园信息。']
h = page(t, 'news', ['<div class="top">上游新闻 <a>下载APP</a></div>', links(['推荐','重庆','时政','区县','财经','评论'], cls='tabs'),
 '<div class="left"><h1>%s</h1><div style="font-size:18px">（其中社区公园22个、口袋公园8个）</div>' % E(t),
 '<div class="meta">上游新闻 2025-06-03 14:02 <br>上游新闻记者 刘　力</div>', P(b, 'art'), '<div class="meta">编辑：杨霞 责编：王欢 审核：邓力</div>',
 '<div class="btns"><span>点赞 128</span><span>评论 16</span><span>分享</span></div>', ul('为你推荐', ['重庆这些路段今起交通管制','高温下的城市守护者']) + '</div>',
 '<div class="clear"></div><div class="foot">重庆日报报业集团 渝ICP备05001234号</div>'])
add('yh-23','news: city client (subtitle in parentheses under headline)',t,['刘力'],'2025-06-03 14:02',b,h)

# yh-24 九江新闻网: channel tabs row then headline with date glued on the same line
t = '九江长江大桥公铁两用桥面完成年度体检'
b = ['本网讯 日前，九江长江大桥完成2025年度定期检测。检测人员历时20天，对大桥公路桥面、铁路桥面及主桥钢桁梁进行了全面“体检”。',
     '据介绍，本次检测采用桥梁检测车、无人机巡检和智能监测系统相结合的方式，共检测杆件3800余根、高强度螺栓约12万颗。检测结果显示，大桥整体结构状况良好，满足安全运营要求。', '检测期间，为保障交通安全，相关部门对公路桥面实行分时段、分车道交通管制，并提前发布绕行提示。下一步，大桥管理单位将根据检测结果，对部分桥面铺装和伸缩缝进行维修养护。', '市民如发现大桥设施异常，可拨打12345热线反映。', '大桥日均通行车辆约4万辆次。',
     '九江长江大桥于1993年建成通车，是长江上的重要公铁两用桥。（记者　钟诚）']
h = page(t, 'news', ['<div class="top">九江新闻网 www.jjxw.cn</div>', links(['首页','九江要闻','县区','民生','教育','文旅','专题','视频'], cls='tabs'),
 '<div class="crumb">您现在的位置：首页 &gt; 九江要闻</div>', '<div class="left"><h1 style="font-size:22px">%s<span style="font-size:12px;color:#999">2025-06-03</span></h1>' % E(t),
 '<div class="meta">来源：九江日报 　点击：<span>1207</span></div>', P(b, 'art'), '<div class="meta">责任编辑：朱文婷</div></div>',
 '<div class="clear"></div><div class="foot">九江新闻网 赣ICP备09001234号</div>'])
add('yh-24','news: city news site (date glued to headline line; closing byline)',t,['钟诚'],'2025-06-03',b,h)
