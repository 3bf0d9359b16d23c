# -*- coding: utf-8 -*-
"""12 central/provincial/city media pages, 2 in English."""
from furn import *

PAGES = []
def add(**k): PAGES.append(k)

# xf-13 新华社通稿 reprinted on a portal
add(id='xf-13', kind='news: 新华社 wire reprinted on provincial portal', title='黑龙江：寒地黑土上的“科技粮仓”',
    authors=['杨思琪', '王建威'], time='2025-01-14 08:36',
    pre='<div class="top"><div class="w">东北网首页 | 黑龙江新闻 | 国内 | 国际 | 龙头新闻客户端 <input placeholder="请输入搜索关键词"></div></div>' +
        banner('东北网', 'blue', '黑龙江重点新闻网站') + nav(['首页', '黑龙江', '哈尔滨', '国内', '国际', '财经', '视频', '龙头新闻'], block=True) +
        crumb('东北网 > 黑龙江新闻 > 综合新闻') +
        '<h1>黑龙江：寒地黑土上的“科技粮仓”</h1>'
        '<div class="info"><span>2025-01-14 08:36</span><span>来源：新华社</span><span>编辑：李想</span><span>评论：<b>12</b></span></div>',
    body=['新华社哈尔滨1月13日电（记者杨思琪、王建威）隆冬时节，北大荒集团建三江分公司七星农场的智能育秧大棚里，技术人员正在调试温控系统，为春季育秧做准备。“今年我们计划推广新一代智能浸种催芽设备，一个棚能比往年早出苗两天。”农场技术员刘志刚说。',
          '黑龙江粮食产量连续多年位居全国第一。近年来，黑龙江把科技作为稳产增产的关键，推广保护性耕作、大垄密植、测土配方施肥等技术，粮食作物耕种收综合机械化率超过98%。',
          '在绥化市海伦市，黑土地保护利用示范区已连片推广秸秆还田和深松整地，土壤有机质含量逐年回升。当地种粮大户赵立军说，示范区里的地“越种越肥”，玉米亩产比过去提高了一百多斤。',
          '黑龙江省农业农村厅相关负责人介绍，2025年全省将继续实施新一轮千亿斤粮食产能提升行动，加快高标准农田建设和良种选育推广，推动粮食产能稳步迈上新台阶。'],
    post=share('分享到：') + '<div class="w tiny">[责任编辑：李想]</div>' +
        ul('相关新闻', ['黑龙江今冬备春耕进展顺利', '北大荒集团发布2025年农业科技推广计划', '建三江：稻田里的“智慧大脑”', '黑龙江启动新一轮黑土地保护']) +
        ul('热门排行', ['哈尔滨冰雪大世界游客破百万', '龙江森工冬捕季开启', '黑龙江新增3个国家级夜间文旅消费集聚区']) +
        '<div class="w tiny">网友评论（12条） <textarea placeholder="文明上网，理性发言"></textarea></div>' +
        news_foot('东北网', '黑ICP备05004225号', '互联网新闻信息服务许可证：23120170001'))

# xf-14 人民日报 article reprinted on a government site
add(id='xf-14', kind='news: 人民日报 reprinted on government site', title='内蒙古推动风光氢储产业集群发展',
    authors=['张枨', '吕衍鹏'], time='2024-11-25 09:41',
    pre=top2020() + banner('内蒙古自治区人民政府', 'blue') + search() + nav(['首页', '要闻动态', '政务公开', '政务服务', '走进内蒙古']) +
        crumb('首页 > 要闻动态 > 媒体看内蒙古') +
        '<h1>内蒙古推动风光氢储产业集群发展</h1>'
        '<div class="info">发布时间：2024-11-25 09:41　来源：人民日报　字号：<a>默认</a> <a>大</a> <a>超大</a>　<a>打印</a></div>',
    body=[('x', '<p style="text-align:center">本报记者　张　枨　吕衍鹏</p>'),
          '在鄂尔多斯市准格尔旗，一排排光伏板延展在采煤沉陷区的坡地上；在包头市稀土高新区，风机叶片生产线正在赶制订单……内蒙古正加快建设国家重要能源和战略资源基地，推动新能源产业由“装机大”向“产业强”转变。',
          '截至今年10月底，内蒙古新能源装机规模突破1.2亿千瓦，成为全国首个新能源装机过亿千瓦的省区。围绕风电、光伏、氢能、储能四大产业，内蒙古已引进整机和核心零部件企业60余家，初步形成从装备制造到项目开发的完整链条。',
          '“过去是‘风电场在这里、风机从外地运来’，现在风机的叶片、塔筒、主机都能在本地生产。”包头市一家风电装备企业负责人说。',
          '内蒙古自治区能源局有关负责人表示，下一步将加快推进绿氢制备、新型储能等项目建设，打造风光氢储产业集群，让更多绿电在本地转化为产业优势。',
          ('x', '<p>《 人民日报 》（ 2024年11月25日 10 版）</p>')],
    post=share() + print_close('【打印】【关闭】') + gov_foot('内蒙古自治区人民政府办公厅', '1500000008', '蒙ICP备05000183号', '蒙公网安备 15010502000066号'))

# xf-15 English: headline under a photo with caption & credit
add(id='xf-15', kind='news (English): headline under photo', lang='en', glang='en',
    title='Harbin ice festival draws record crowds on opening weekend',
    authors=['Zhou Huiying'], time='2025-01-07 17:22',
    pre='<div class="top"><div class="w">Global Edition | China Edition | ASIA | 中文 <input placeholder="Search"> Sign in</div></div>' +
        banner('CHINA DAILY', 'blue') + nav(['HOME', 'CHINA', 'WORLD', 'BUSINESS', 'LIFESTYLE', 'CULTURE', 'TRAVEL', 'SPORTS', 'OPINION']) +
        crumb('Home / China / Society') +
        '<div class="w pic"><img alt="Visitors at the Harbin Ice-Snow World"><p>Visitors take photos at the Harbin Ice-Snow World in Harbin, Heilongjiang province, on Sunday. [Photo by Wang Song/For China Daily]</p></div>'
        '<h1>Harbin ice festival draws record crowds on opening weekend</h1>'
        '<div class="info">By Zhou Huiying in Harbin | chinadaily.com.cn | Updated: 2025-01-07 17:22</div>',
    body=['More than 300,000 visitors flocked to the Harbin Ice-Snow World over the opening weekend of the 41st Harbin International Ice and Snow Festival, setting a new record for the attraction, local authorities said on Monday.',
          'The park, which covers about 1 million square meters this season, features more than 2,000 ice and snow sculptures built with some 300,000 cubic meters of ice harvested from the Songhua River.',
          '"We waited almost an hour for the giant ice slide, but it was worth it," said Li Na, a tourist from Guangzhou, Guangdong province, who was visiting Harbin for the first time with her family.',
          'To cope with the surge in tourists, the city has added 60 shuttle buses linking the park with railway stations and the airport, and extended the opening hours of several metro lines until midnight.',
          'Harbin received more than 90 million tourist visits in 2024, with tourism revenue exceeding 160 billion yuan ($21.8 billion), according to the city\'s culture and tourism bureau.'],
    post='<div class="w share">Share - WeChat</div>' + ul('Related Stories', ['Ice sculptors race against time in Harbin', 'Snow tourism heats up in Northeast China']) +
        ul('Most Viewed in 24 Hours', ['China unveils new visa-free measures', 'Winter sports boom across the north']) +
        '<div class="foot">Copyright 1995 - 2026. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).<br>License for publishing multimedia online 0108263 Registration Number: 130349</div>')

# xf-16 English: Source: Xinhua | Updated: … no writer
add(id='xf-16', kind='news (English): Xinhua, no writer', lang='en', glang='en',
    title='Inner Mongolia border port sees surge in China-Mongolia freight',
    authors=[], time='2025-03-02 15:10',
    pre='<div class="top"><div class="w">English | 中文 | Français | Español <input placeholder="Search"></div></div>' +
        banner('english.news.cn', 'blue') + nav(['Home', 'China', 'World', 'Business', 'Sci-Tech', 'Culture', 'Photos', 'Video']) +
        '<h1>Inner Mongolia border port sees surge in China-Mongolia freight</h1>'
        '<div class="info">Source: Xinhua | Updated: 2025-03-02 15:10</div>' + '<div class="w share">Share: <a>Facebook</a> <a>X</a> <a>LinkedIn</a></div>',
    body=['HOHHOT, March 2 (Xinhua) -- Freight traffic through the Erenhot port, the largest land port on the China-Mongolia border, rose 18.4 percent year on year in the first two months of 2025, local customs said on Sunday.',
          'A total of 1.96 million tonnes of goods passed through the port in January and February, including coal, copper concentrate, fruit, vegetables and construction materials, according to Erenhot Customs.',
          'The port, located in north China\'s Inner Mongolia Autonomous Region, has introduced round-the-clock customs clearance for trucks and expanded the use of smart inspection equipment, reducing average clearance time to less than 40 minutes.',
          'Erenhot is also a key hub for China-Europe freight trains. Since the route opened, more than 22,000 China-Europe freight train trips have passed through the port, local authorities said.',
          ('img', 'Trucks wait to pass Erenhot port', 'Trucks queue at the Erenhot port in Inner Mongolia. (Xinhua/Lian Zhen)')],
    post='<div class="w tiny">Editor: Liu Jie</div>' + ul('Related', ['China-Mongolia trade hits new high', 'Inner Mongolia ramps up clean energy']) +
        '<div class="foot">Copyright © 2000 - 2026 XINHUANET.com All rights reserved.</div>')

# xf-17 headline with number and 万
add(id='xf-17', kind='news: city news site (12.6万 headline)', title='长春今冬新建改造冰雪场地12.6万平方米',
    authors=['刘宇', '付晶晶'], time='2025-11-19 07:58',
    pre='<div class="top"><div class="w">长春新闻网 手机版 | 长春日报数字报 | 登录 注册</div></div>' + banner('长春新闻网', '', 'www.changchunews.com') +
        search('搜索新闻') + nav(['首页', '时政', '民生', '经济', '文体', '视频', '专题'], sep=' ') + crumb('首页 > 民生') +
        '<h1>长春今冬新建改造冰雪场地12.6万平方米</h1>'
        '<div class="info">2025-11-19 07:58　来源：长春日报　记者：刘  宇　付晶晶</div>',
    body=['记者从长春市体育局获悉，今冬长春将新建和改造各类冰雪运动场地52块，总面积达12.6万平方米，其中公益冰场38块、雪地足球场6块、冰雪乐园8处，预计12月中旬陆续开放。',
          '今年新建的场地更多选在居民区、学校和公园附近。南湖公园、北湖湿地公园、长春公园等将设置免费公益冰场，市民可凭身份证免费借用冰鞋；部分冰场还将在晚间开放至21时，方便上班族下班后上冰。',
          '市体育局相关负责人介绍，今冬还将举办“全民上冰雪”百万市民冰雪运动系列活动，计划开展冰雪赛事和群众性活动200余项，组织冰雪进校园、进社区，力争参与人数突破300万人次。'],
    post=share() + '<div class="w tiny">责任编辑：宋佳</div>' + ul('推荐阅读', ['长春冰雪新天地12月开园', '净月潭瓦萨越野滑雪节发布赛程', '长春今冬供热准备就绪']) +
        news_foot('长春新闻网', '吉ICP备05003025号'))

# xf-18 冰雕 photo story with four captions
add(id='xf-18', kind='news: photo story (冰雕, four captions)', title='松花江畔冰雕师：在零下25℃“雕刻”童话',
    authors=['吕楠'], time='2024年12月27日 14:05',
    pre='<div class="top"><div class="w">哈尔滨新闻网 | 冰城+ | 数字报 </div></div>' + banner('哈尔滨新闻网', 'blue') +
        nav(['首页', '哈尔滨', '图片', '视频', '文旅', '区县']) + crumb('首页 > 图片新闻') +
        '<h1>松花江畔冰雕师：在零下25℃“雕刻”童话</h1><div class="info">2024年12月27日 14:05 来源：哈尔滨日报 文/图 记者 吕楠</div>',
    body=['冬至过后，松花江畔的太阳岛雪博会园区内，近百名冰雕师正在抓紧赶工。气温低至零下25℃，他们挥动冰铲、电锯，把一块块江冰变成城堡、人物和动物。',
          ('img', '冰雕师作业', '冰雕师在为大型冰建筑修整细节。'),
          '52岁的冰雕师孙福林已经干了26年。“冰雕讲究‘快’和‘准’，冰块温度一变化，下刀的手感就不一样。”他说，一件两米高的冰雕，从画线、粗雕到精修，熟练的师傅也要忙上两天。',
          ('img', '冰雕细节', '一组以东北虎为主题的冰雕初具雏形。'),
          '今年园区新增的冰雕作品中，不少融入了非遗剪纸、满族刺绣等元素。为了让作品在夜间更出彩，冰雕师还要与灯光设计人员反复配合，在冰体内预埋灯带。',
          ('img', '冰雕师休息', '冰雕师在工棚里喝热水取暖。'),
          ('img', '夜景', '夜幕降临，完工的冰雕在灯光映照下晶莹剔透。'),
          '据了解，这批作品将于元旦前全部完工，与游客见面。'],
    post=share() + '<div class="w tiny">编辑：马丽娜 审核：王一凡</div>' + ul('相关图集', ['冰雪大世界主塔封顶', '中央大街冰灯亮起来']) + news_foot('哈尔滨新闻网', '黑ICP备09000867号'))

# xf-19 评论 signed with a pen name
add(id='xf-19', kind='news: commentary signed with pen name', title='让“小饭桌”管理跟上孩子的脚步',
    authors=['燕平'], time='2025-03-18 06:50',
    pre='<div class="top"><div class="w">河北新闻网 | 河北日报 | 燕赵都市报 | 冀云客户端</div></div>' + banner('河北新闻网', '', '评论频道') +
        nav(['首页', '河北', '评论', '时政', '民生', '视频']) + crumb('河北新闻网 > 评论 > 燕赵时评') +
        '<h1>让“小饭桌”管理跟上孩子的脚步</h1>'
        '<div class="info">2025-03-18 06:50:12　来源：河北新闻网</div>'.replace('06:50:12', '06:50'),
    body=['开学季，不少家长又开始为孩子的午饭和午休发愁。在学校周边，大大小小的“小饭桌”“托管班”应运而生，解了双职工家庭的燃眉之急。但也要看到，有的“小饭桌”藏身居民楼，厨房狭小、消防通道堵塞，从业人员没有健康证明，安全隐患不容忽视。',
          '“小饭桌”之所以管理难，一个重要原因是它处在多个部门职责的交叉地带：餐饮归市场监管，场所安全归消防和住建，托管服务又涉及教育。谁都能管，谁都不全管，最终容易变成“都不管”。',
          '破解这一难题，关键是理顺责任。一些地方出台校外托管机构管理办法，明确牵头部门，实行备案登记和信息公示，让家长选得明白、用得放心，这样的探索值得借鉴。同时，也应看到“小饭桌”背后的真实需求，学校课后服务和社区托管要进一步补位，让孩子在家门口就有安全、实惠的去处。',
          '孩子的一顿饭、一张床，关系千家万户。让管理跟上孩子的脚步，是对家长的承诺，也是城市温度的体现。',
          ('x', '<p class="r">（燕平）</p>')],
    post=share() + '<div class="w tiny">责任编辑：韩艳</div>' + ul('评论推荐', ['别让“网红打卡”变成“网红打扰”', '为基层减负要减到点子上']) + news_foot('河北新闻网', '冀ICP备09047539号'))

# xf-20 连续报道 系列之三
add(id='xf-20', kind='news: series report (系列之三)', title='“一泓清水入黄河”系列之三：汾河岸边的候鸟回来了',
    authors=['杨凯', '郭宏'], time='2024-04-11 08:12',
    pre='<div class="top"><div class="w">黄河新闻网 山西新闻网 | 客户端 | 英文版</div></div>' + banner('黄河新闻网', 'green') +
        nav(['首页', '山西', '要闻', '社会', '专题', '视频'], sep=' | ') + crumb('首页 > 专题 > 一泓清水入黄河') +
        '<h1>“一泓清水入黄河”系列之三：汾河岸边的候鸟回来了</h1>'
        '<div class="info">2024-04-11 08:12:37 | 来源：山西日报 | 作者：杨凯 郭宏 | 编辑：赵瑞</div>'.replace(' 08:12:37', ' 08:12'),
    body=['清晨的汾河太原段，薄雾还未散尽，一群白鹭从芦苇丛中飞起，掠过水面。观鸟爱好者王建平举着相机追拍，“十年前这里很难见到白鹭，现在每年春天都能拍到几百只”。',
          '汾河是山西的母亲河。近年来，山西持续推进汾河流域生态修复与保护，实施河道清淤、湿地建设和沿岸污染源整治，汾河干流水质连续多年保持在Ⅲ类以上。',
          '水好了，鸟就多了。据省林业和草原局监测，汾河流域记录到的鸟类已由2017年的177种增加到目前的312种，东方白鹳、黑鹳等国家一级保护鸟类也频繁现身。',
          '“我们在沿河设置了12处候鸟监测点，每个观测季都要统计鸟的种类和数量。”太原市汾河景区管理委员会工作人员介绍，景区还在候鸟集中区域设置了缓冲带，禁止游船和无人机进入。',
          '生态好转带来的变化不止于此。沿河村庄发展起观鸟游、湿地研学，游客量逐年增加。汾河，正重新成为人与自然和谐共处的“生态廊道”。'],
    post=share() + ul('系列报道', ['之一：源头活水出管涔', '之二：一村一坝护清流', '之四：治污“减法”换来发展“加法”']) + news_foot('黄河新闻网', '晋ICP备05001362号'))

# xf-21 city news site with 原标题
add(id='xf-21', kind='news: city media (原标题, 融媒)', title='包头稀土高新区前三季度新签约项目43个',
    authors=['李宁'], time='2025年10月15日 11:20',
    pre='<div class="top"><div class="w">包头新闻网 | 包头日报 | 包头晚报 | 无障碍</div></div>' + banner('包头新闻网', 'blue') + search('输入关键字') +
        nav(['首页', '包头要闻', '旗县区', '经济', '社会', '视听'], block=True) + crumb('当前位置：首页 > 包头要闻') +
        '<h1>包头稀土高新区前三季度新签约项目43个</h1>'
        '<div class="info">2025年10月15日 11:20　包头日报　阅读 1562</div>',
    body=[('x', '<p class="tiny">原标题：稀土高新区：产业链项目“扎堆”落地</p>'),
          '本报讯（记者 李  宁）记者从包头稀土高新区获悉，今年前三季度，该区新签约项目43个，协议总投资218亿元，其中稀土新材料及应用项目27个，占比超过六成。',
          '在刚刚投产的一家稀土永磁电机企业车间里，自动化生产线正在满负荷运转。企业负责人介绍，项目从签约到投产仅用了11个月，产品主要供应新能源汽车和风电装备企业。',
          '稀土高新区有关负责人表示，该区围绕稀土永磁、储氢、抛光、催化等重点方向开展产业链招商，推行“拿地即开工”审批服务。下一步将加快已签约项目落地进度，推动稀土产业向高端化、终端化迈进。'],
    post=share() + '<div class="w tiny">编辑：张丽　校对：王强</div>' + ul('相关新闻', ['包头市召开稀土产业发展推进会', '全国稀土产业博览会在包头开幕']) + news_foot('包头新闻网', '蒙ICP备06003221号'))

# xf-22 provincial TV site, 记者 and 摄像
add(id='xf-22', kind='news: provincial broadcaster site', title='吉林：冬捕季开启 查干湖首网出鱼10万斤',
    authors=['孙鹏飞'], time='2024-12-29 13:45',
    pre='<div class="top"><div class="w">吉视网 | 吉林卫视 | 吉视通客户端 | 登录</div></div>' + banner('吉视网', '') + nav(['首页', '新闻', '吉林', '综艺', '直播']) +
        crumb('首页>新闻>吉林新闻') +
        '<h1>吉林：冬捕季开启 查干湖首网出鱼10万斤</h1>'
        '<div class="info">来源：吉林广播电视台 2024-12-29 13:45</div>',
    body=[('x', '<p>记者　孙鹏飞　摄像　张家铭</p>'),
          '12月28日，第二十三届查干湖冰雪渔猎文化旅游节在松原市前郭尔罗斯蒙古族自治县开幕，传统冬捕正式开始。',
          '清晨，渔把头带领渔工在冰面上凿出冰眼，下网、穿杆、走钩，上千米长的大网在冰下缓缓展开。中午时分，马拉绞盘转动，渔网被拉出冰面，胖头鱼、鲤鱼活蹦乱跳，首网出鱼约10万斤。',
          '今年冬捕季，查干湖推出了冰上自行车、冰雪摩托、渔猎文化体验等项目，并在湖边设置“头鱼”拍卖、鱼宴品鉴等活动，吸引了大批游客前来观看。'],
    post=share() + ul('相关视频', ['查干湖冬捕现场直播回看', '松原：冰雪旅游人气旺']) + news_foot('吉视网', '吉ICP备06000583号'))

# xf-23 portal with 原标题, dense lists, comments count; headline after 焦点图 caption
add(id='xf-23', kind='news: portal (原标题, 评论数, 焦点图)', title='山西大同：古城墙下的“夜经济”火起来',
    authors=['乔汇'], time='2025-07-22 20:31',
    pre='<div class="top"><div class="w">网易首页 应用 <input placeholder="搜索"> 登录 注册免费邮箱</div></div>' + banner('网易新闻', '', '') +
        nav(['首页', '新闻', '体育', '娱乐', '财经', '汽车', '科技', '旅游'], sep=' ') +
        '<div class="w pic"><img alt="大同古城夜景"><p>焦点图｜大同古城墙夜景（资料图）</p></div>'
        '<h1>山西大同：古城墙下的“夜经济”火起来</h1>'
        '<div class="info">2025-07-22 20:31:05　来源: 山西晚报 <span>举报</span> <span>跟贴 238</span> 参与 1,024</div>'.replace('20:31:05', '20:31'),
    body=[('x', '<p class="tiny">（原标题：古城夜游热 烟火气十足）</p>'),
          '夏夜的大同古城，华灯初上，城墙上游人如织。沿着城墙步道一路走来，灯光秀、古装巡游、非遗展演轮番上演，城墙脚下的夜市摊位前排起了长队。',
          '今年暑期，大同推出“古城夜游”线路，城墙、华严寺、代王府等景点延长开放至22时30分，并在鼓楼东街、小南头街打造夜间美食街区。“刀削面、黄糕、羊杂割，一条街全吃遍了。”来自北京的游客刘女士说。',
          '据大同市文旅局统计，7月以来古城日均夜间游客超过5万人次，带动周边餐饮、住宿营业额同比增长三成以上。（山西晚报记者 乔汇）'],
    post='<div class="w tiny">本文来源：山西晚报 责任编辑：王晓_NN1234</div>' + share() +
        ul('相关推荐', ['暑期文旅消费持续升温', '云冈石窟推出夜游', '山西今夏游客量创新高', '大同黄花丰收', '古城游为何越来越火']) +
        '<div class="w tiny">跟贴 238 参与 1,024 <textarea placeholder="发表你的评论"></textarea></div>' + news_foot('网易公司', '粤B2-20090191'))

# xf-24 city news site: headline above a read count and share icons on one line
add(id='xf-24', kind='news: city news site (read count + share under title)', title='朔州开通首条至太原城际公交线路',
    authors=['贾晓燕'], time='2025-06-03 09:12',
    pre='<div class="top"><div class="w">朔州新闻网 | 朔州日报 | 掌上朔州</div></div>' + banner('朔州新闻网', 'blue') + nav(['首页', '朔州新闻', '县区', '民生', '图说']) +
        crumb('首页 > 朔州新闻') +
        '<h1>朔州开通首条至太原城际公交线路</h1>'
        '<div class="w row tiny"><span>阅读 3267</span><span class="share">分享：<a>微信</a><a>微博</a><a>QQ</a></span></div>'
        '<div class="info">朔州日报 2025-06-03 09:12</div>',
    body=['6月2日上午，朔州至太原城际公交正式开通，首班车从朔州汽车客运东站发车，全程约210公里，票价60元，单程约3小时。',
          '据了解，该线路每天对开8个班次，途经山阴、原平、忻州，终点为太原长途汽车站。车辆均为新购置的纯电动客车，配备USB充电接口和行李舱，乘客可通过“朔州出行”小程序购票，也可在车上扫码支付。',
          '“以前去太原要先坐班车再换乘，现在一趟就到，方便多了。”首批乘客、在太原上学的大学生王佳琪说。',
          '朔州市交通运输局相关负责人表示，下一步将根据客流情况优化班次，并研究开通至大同、忻州的城际公交线路。',
          ('x', '<p class="r">记者　贾晓燕</p>')],
    post=ul('相关阅读', ['朔州公交上线新能源车', '朔州南站改造工程启动']) + news_foot('朔州新闻网', '晋ICP备10002873号'))
