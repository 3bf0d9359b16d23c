from common import *
STY = "body{margin:0;font-family:'PingFang SC',sans-serif}.bar{background:#222;color:#ccc;font-size:12px}.logo{font-size:28px;color:#c00}.grid{display:grid;grid-template-columns:2fr 1fr;gap:20px;max-width:1200px;margin:auto}.meta span{margin-right:10px;color:#999}.yt{color:#666}.ft{font-size:12px;background:#f4f4f4}.cap{color:#666;font-size:13px;text-align:center}article p{line-height:1.8}.dt td{border:1px solid #ddd;padding:4px}"

def media(p):
    yt = f'<p class="yt">{E(p["yt"])}</p>' if p.get('yt') else ''
    ft = f'<p class="yt">{E(p["ft"])}</p>' if p.get('ft') else ''
    h1 = ''.join(f'<div class="tl">{E(t)}</div>' for t in p['tlines']) if p.get('tlines') else E(p['title'])
    hot = ''.join(f'<li><a href="#">{E(r)}</a></li>' for r in p['hot'])
    inner = f'''<div class="bar">{E(p['bar'])} | <a href="#">登录</a> | <a href="#">客户端</a> | <a href="#">无障碍</a></div>
<header><span class="logo">{E(p['site'])}</span> <nav>{' '.join(f'<a href="#">{c}</a>' for c in p['chans'])}</nav> <input placeholder="{E(p.get('ph','搜索'))}"></header>
<div class="grid"><article>
<div class="crumb">{E(p['crumb'])}</div>
{yt}<h1>{h1}</h1>{ft}
<div class="meta">{p['meta']}</div>
{p.get('pre','')}{paras(p['body'], extra=p.get('extra'))}{p.get('post','')}
<div class="share">{E(p.get('share','分享：微信 微博 复制链接'))}</div>
</article><aside><h3>{E(p.get('hotname','热点排行'))}</h3><ol>{hot}</ol>
<img src="{GIF}" alt="客户端下载二维码"><p>扫码下载客户端</p></aside></div>
<footer class="ft"><p>{E(p['foot'])}</p></footer>'''
    return page(p['title'], STY, inner)

PAGES = []
PAGES.append(dict(id='qa-13', kind='media', layout=media, site='京华晨讯', bar='2025年3月21日 星期五', chans=['首页', '北京', '国内', '国际', '财经', '文娱', '评论'],
 crumb='首页 > 北京 > 正文', title='北京今年将新增口袋公园和小微绿地50处', authors=['陈　露'], time='2025-03-21 07:30',
 meta='<span>2025-03-21 07:30</span><span>来源：京华晨讯</span><span>记者：陈　露</span><span>编辑：邵一鸣</span>',
 body=['推窗见绿、出门进园。记者从市园林绿化部门获悉，今年本市将继续推进“留白增绿”，计划新建口袋公园和小微绿地50处，重点向老旧小区、学校和医院周边倾斜。',
  '据介绍，这批口袋公园单处面积多在400平方米至1万平方米之间，选址主要利用拆违腾退地、边角地和街旁闲置地。建成后，将进一步提升公园绿地500米服务半径覆盖率。',
  '与过去不同，今年的口袋公园更加注重“一园一策”。比如，在学校周边的绿地会增加儿童游憩设施，在医院周边则配置更多座椅和遮阴树木，方便候诊家属休息。',
  '家住东城区和平里的王女士对此很期待。“我们小区附近原来有一块空地，常年堆着杂物，要是能改成小花园，傍晚就能下楼遛弯了。”',
  '市园林绿化部门相关负责人表示，口袋公园的设计方案将通过“街乡吹哨”、社区议事会等方式广泛听取居民意见，力争年底前全部建成开放。'],
 hot=['地铁新线试运行首日见闻', '春季花粉过敏高发期来了', '周末京郊赏花指南'], foot='京华晨讯 版权所有　京ICP证060112号　京公网安备11010502030447号　违法和不良信息举报电话：010-65991234'))

PAGES.append(dict(id='qa-14', kind='media', layout=media, site='燕赵新报', bar='燕赵新报网 | 河北第一新闻门户', chans=['要闻', '时政', '区县', '经济', '社会', '视频'],
 crumb='当前位置：燕赵新报网 > 经济', yt='从“卖原料”到“卖品牌”', title='石门县小米有了“身份证”', authors=['郭晓晨', '冯　宇'],
 ft='——石门县做强特色杂粮产业调查', time='2025年04月02日 10:15',
 meta='<span>2025年04月02日 10:15</span><span>来源：燕赵新报</span>',
 body=['本报讯（记者 郭晓晨 通讯员 冯　宇）扫一扫包装上的二维码，小米的产地、播种时间、施肥记录一目了然。在石门县谷香源合作社的包装车间，工人们正把新碾的小米装进印有“石门小米”地理标志的袋子里。',
  '石门县地处太行山东麓，种植谷子有上千年历史。然而多年来，当地小米大多以原粮形式低价外销，“好米卖不上好价”一直是种植户的心病。',
  '转机出现在三年前。县里申请注册了“石门小米”地理标志证明商标，制定了从种子到餐桌的12项生产标准，并建立起质量追溯平台，给每一袋小米配上“身份证”。',
  '“有了品牌，价格翻了一番还供不应求。”合作社负责人田建国说，去年合作社通过电商平台卖出小米180吨，带动周边四个村的三百多户农户增收。',
  '目前，全县谷子种植面积达到12万亩，年产值突破5亿元，培育出杂粮加工企业23家。县里还与省农科院合作，选育出抗旱、高产的新品种，在全县推广种植。'],
 post='<p>责任编辑：杨　帆</p>',
 hot=['河北多地迎来降雨', '省十四届人大常委会举行会议'], foot='燕赵新报社主办　冀ICP备08100445号　网站标识码：HBN0012'))

PAGES.append(dict(id='qa-15', kind='media', layout=media, site='荆楚时讯网', bar='湖北 | 武汉 | 宜昌 | 襄阳 | 更多城市', chans=['新闻', '政务', '民生', '财经', '体育', '图片'],
 crumb='荆楚时讯网 » 民生', title='武汉一小区业主自筹资金加装电梯 七旬老人告别“爬楼难”', authors=['黄一帆'], time='2025/05/12 18:47',
 meta='<span>荆楚时讯网</span><span>2025/05/12 18:47</span><span>阅读 1.2万</span>',
 pre='<p>文/图　荆楚时讯记者　黄一帆</p>',
 body=['“以前下一趟楼要歇三回，现在按个按钮就到家了。”5月11日，家住武汉市江岸区胜利街某小区6楼的刘婆婆第一次坐上新装的电梯，笑得合不拢嘴。',
  '这个小区建于上世纪九十年代，共有8栋多层住宅，60岁以上老人占住户总数近四成。加装电梯的话题在小区里讨论了好几年，却一直因低楼层住户有顾虑而搁浅。',
  '去年，社区牵头成立业主协商小组，按照“楼层越高出资越多”的原则拟定分摊方案，一楼住户不出资，并对二楼住户的采光影响给予适当补偿。经过十多轮协商，首批3个单元的住户全部签字同意。',
  '“关键是把账算清楚，把心结解开。”社区书记胡敏说，每部电梯总造价约62万元，除申请政府补贴20万元外，其余由住户自筹。',
  '据了解，今年武汉市计划为既有住宅加装电梯1000部以上，并将进一步简化审批流程，推行“一站式”联合审批。'],
 extra={2: img('新装的电梯', '胜利街某小区新加装的电梯投入使用。')},
 post='<p>【编辑：邹　洁】</p>',
 hot=['武汉樱花季接待游客破百万', '长江大桥夜景灯光升级'], foot='Copyright © 2011-2025 荆楚时讯网 All Rights Reserved　鄂ICP备11002347号-1　鄂公网安备42010202000765号'))

PAGES.append(dict(id='qa-16', kind='media', layout=media, site='彩云日报网', bar='今天是：2025年6月1日', chans=['首页', '云南', '时政', '财经', '旅游', '专题'],
 crumb='首页 > 云南新闻', title='云南高原特色农产品首次专列直达东盟', authors=['木丽华', '阿　鹏'], time='2025.06.01',
 meta='<span>2025.06.01</span><span>彩云日报</span>',
 body=['5月31日清晨，满载鲜切花、蔬菜和咖啡的冷链专列从昆明王家营西站缓缓驶出，经中老铁路驶向老挝万象，这是云南高原特色农产品首次以“专列”形式直达东盟市场。',
  '这趟专列共编组20个冷藏集装箱，货值约1800万元。专列全程温控运输，预计26小时抵达万象，比公路运输节省近一半时间。',
  '“以前鲜花走公路要两天多，途中损耗大。现在坐上火车，第二天就能摆上曼谷的花店。”斗南一家花卉出口企业负责人说。',
  '近年来，云南依托中老铁路，不断丰富“澜湄快线”国际货运列车产品，开通冷链、跨境电商等特色班列。今年前5个月，中老铁路累计发运跨境货物同比增长超过三成。',
  '省商务厅有关负责人表示，将推动更多高原特色农产品“走出去”，同时扩大东南亚水果、粮食进口，促进双向贸易平衡发展。'],
 post='<p style="text-align:right">（记者 木丽华　阿　鹏）</p><p>责任编辑：李　想</p>',
 hot=['滇池蓝藻防控进入关键期', '大理洱海生态廊道全线贯通'], foot='彩云日报网 主办：彩云日报社　滇ICP备06003321号　互联网新闻信息服务许可证：53120170009'))

PAGES.append(dict(id='qa-17', kind='media', layout=media, site='长城观察', bar='长城观察客户端', chans=['推荐', '河北', '深度', '评论', '视觉'],
 crumb='深度', tlines=['雄安这所“未来学校”', '没有固定的教室'], title='雄安这所“未来学校”没有固定的教室', authors=['韩　冰'], time='2025-09-05 08:00:12',
 meta='<span>作者：韩　冰</span><span>2025-09-05 08:00:12</span><span>来源：长城观察</span>',
 body=['走进雄安新区容东片区的一所新建学校，很难找到传统意义上的“教室”。可以移动的隔墙、能拼能分的桌椅，让同一块空间上午是数学课堂，下午就变成戏剧排练场。',
  '这所学校今年9月1日正式开学，首批招收一至四年级学生640名。校长邢文涛说，学校的设计理念是“空间跟着学习走”，而不是让学习迁就空间。',
  ('h', '走班、混龄与项目式学习'),
  '在这里，学生每周有一个下午参加跨年级的项目课程。四年级学生和二年级学生一起研究“校园里的雨水去哪了”，从测量屋顶面积到设计雨水花园，一个项目持续六周。',
  '“孩子们回家会主动讲今天测了多少雨量，比以前愿意说话多了。”一位家长在开放日上告诉记者。',
  ('h', '老师也在重新学习'),
  '新的模式对老师提出了更高要求。学校从全国招聘的86名教师中，有不少人是第一次接触项目式教学。开学前，他们集中培训了整整一个暑假。',
  '邢文涛坦言，改革还在摸索阶段，评价体系、家长认同都需要时间。“但我们相信，教育的样子应该更多元。”'],
 hot=['雄安新区又一批疏解高校开工', '白洋淀秋季水鸟观测启动'], foot='长城观察 版权所有 冀ICP备19003377号-2 冀公网安备13010202002281号'))

PAGES.append(dict(id='qa-18', kind='media', layout=media, site='江城财经', bar='行情 | 数据 | 公司 | 研报', chans=['要闻', '公司', '产业', '楚商', '市场'],
 crumb='江城财经 > 产业', title='一季度湖北光电子信息产业营收增长14.8%', authors=[], time='2025年4月23日',
 meta='<span>2025年4月23日 星期三</span><span>来源：楚天新闻社</span>',
 body=['楚天新闻社武汉4月22日电　湖北省经济和信息化厅22日发布数据，一季度全省光电子信息产业实现营业收入2216亿元，同比增长14.8%，增速高于全省规上工业平均水平6.3个百分点。',
  '分领域看，光通信、集成电路、新型显示三大板块均保持两位数增长。其中，光纤光缆产量占全国市场份额约四分之一，中小尺寸显示面板出货量同比增长21%。',
  '企业投资意愿持续增强。一季度，全省光电子信息领域新开工亿元以上项目47个，计划总投资超过600亿元，主要集中在武汉东湖高新区、鄂州、孝感等地。',
  '湖北省经信厅相关负责人表示，下一步将围绕“光芯屏端网”产业链，开展强链补链专项行动，推动重点企业扩大产能，力争全年产业规模再上新台阶。',
  '业内人士分析认为，随着算力基础设施建设提速，高速光模块等产品需求旺盛，湖北相关企业有望持续受益。'],
 post='<p>（完）</p>',
 hot=['武汉车企一季度出口翻番', '长江航运指数回升'], foot='江城财经 © 2025　鄂ICP备20005511号　本网站所刊载信息不代表本站观点'))

STY_EN = "body{font-family:Georgia,serif;margin:0}.top{background:#003366;color:#fff}.by{color:#555;font-size:14px}.cap{font-style:italic;color:#666}footer{font-size:12px;color:#777}"
def media_en(p):
    rel = ''.join(f'<li><a href="#">{E(r)}</a></li>' for r in p['rel'])
    inner = f'''<div class="top">{E(p['site'])} <a href="#">中文</a> <a href="#">Sign in</a> <input placeholder="Search"></div>
<nav>{' '.join(f'<a href="#">{c}</a>' for c in p['chans'])}</nav>
<div class="crumb">{E(p['crumb'])}</div>
<h1>{E(p['title'])}</h1>
<div class="by">{p['meta']}</div>
{p.get('pre','')}{paras(p['body'], extra=p.get('extra'))}{p.get('post','')}
<div>Share: Facebook X LinkedIn Email</div><h4>Related stories</h4><ul>{rel}</ul>
<footer>{E(p['foot'])}</footer>'''
    h = page(p['title'], STY_EN, inner)
    return h.replace('lang="zh-CN"', 'lang="en"')

PAGES.append(dict(id='qa-19', kind='media', lang='en', layout=media_en, site='Jingcheng Daily | English', chans=['China', 'Beijing', 'Business', 'Culture', 'Travel', 'Opinion'],
 crumb='Home / Beijing', title='Beijing hutong courtyards reopen as community libraries', authors=['Liu Mengqi'], time='March 28, 2025',
 meta='By <b>Liu Mengqi</b> | Updated: March 28, 2025 | Jingcheng Daily',
 body=['Three restored courtyards in Beijing\'s old Xicheng neighborhood have reopened as free community libraries, offering residents a quiet place to read among gray-tiled roofs and old locust trees.',
  'The courtyards, once crowded with makeshift additions, were renovated over the past two years under a district program that returns historic homes to public use. Each library holds about 8,000 books, with a focus on local history and children\'s titles.',
  '"My grandfather grew up in one of these alleys. Now my daughter comes here after school to read picture books," said Zhao Lin, a resident who visited on opening day.',
  'Volunteers from nearby universities help run weekend storytelling sessions and calligraphy classes. The libraries open from 9 am to 8 pm, Tuesday through Sunday.',
  'District officials said another five courtyards will be converted into reading rooms, small museums or elderly care stations by the end of next year.'],
 extra={1: img('A restored courtyard library', 'Children read in a restored courtyard library in Xicheng. [Photo provided to Jingcheng Daily]')},
 rel=['Beijing adds 50 pocket parks this year', 'Old Beijing snacks win new fans'], foot='Copyright 2025 Jingcheng Daily. All rights reserved. 京ICP备13028878号'))

PAGES.append(dict(id='qa-20', kind='media', lang='en', layout=media_en, site='Yunnan Now', chans=['News', 'Economy', 'Travel', 'Ethnic Culture', 'Video'],
 crumb='News > Environment', title='Wild elephant herd spotted near Pu\'er tea gardens', authors=['Yang Xue', 'Ai Kang'], time='2025-07-03 16:20',
 meta='Source: Yunnan Now | 2025-07-03 16:20',
 pre='<p>By Yang Xue and Ai Kang</p>',
 body=['A herd of 14 Asian elephants has been moving through tea-growing areas in southern Yunnan\'s Pu\'er region this week, prompting local authorities to issue safety warnings to farmers.',
  'Drone teams have tracked the herd since Monday, when it crossed a county road at dusk. No injuries have been reported, although several tea plots and a corn field were damaged.',
  'Local forestry officials said monitoring staff send real-time alerts to villagers through loudspeakers and a messaging group with more than 3,000 members. Tea pickers have been advised to start work later in the morning and avoid forest edges.',
  'Farmers whose crops are damaged by wild elephants can claim compensation under a public liability insurance scheme that covers the whole prefecture. Claims last year totaled about 6 million yuan.',
  'Yunnan is home to about 300 wild Asian elephants, a protected species in China. Their numbers have roughly doubled since the 1980s thanks to habitat protection.'],
 post='<p>Editor: Zhang Rui</p>',
 rel=['Kunming flower market sees record exports', 'Dai New Year celebrations draw tourists'], foot='© Yunnan Now 2025 | 滇ICP备15001234号-3'))

PAGES.append(dict(id='qa-21', kind='media', layout=media, site='天山云岭网', bar='民族 | 团结 | 进步', chans=['首页', '民族', '边疆', '文化', '图片'],
 crumb='首页 > 民族文化', title='迪庆藏族民歌走进大学课堂', authors=['扎西·次仁', '和丽娟'], time='2025年10月9日 11:05',
 meta='<span>2025年10月9日 11:05</span><span>作者：扎西·次仁 和丽娟</span><span>来源：天山云岭网</span><span>浏览：3366</span>',
 body=['“远方的客人请你留下来……”10月8日下午，云南某师范大学音乐厅里歌声悠扬，来自迪庆州香格里拉市的6位民间歌手与音乐学院的学生同台演唱，为师生带来一堂别开生面的民歌课。',
  '这是学校“非遗进课堂”系列活动的第三讲。授课的民间歌手中，年纪最大的已经七十三岁，他们用藏语演唱了弦子、锅庄等曲目，并现场教学生们唱法和舞步。',
  '音乐学院大三学生李婧说，过去只在书本和视频里见过藏族民歌，“现场听才知道，那种高亢的音色和呼吸方法特别难学，也特别打动人”。',
  '据了解，学校近年与迪庆、怒江等地文化馆合作，建立了少数民族音乐采风基地，师生累计采录民歌三千余首，整理出版了两部民歌集。',
  '学校相关负责人表示，将把民间歌手请进来、把学生送下去，让少数民族传统音乐在青年一代中活起来、传下去。'],
 post='<p>编辑：杨　帆　审核：段志强</p>',
 hot=['普者黑荷花节开幕', '怒江美丽公路骑行赛举办'], foot='天山云岭网　滇ICP备10009988号　公网安备53010202001177号'))

PAGES.append(dict(id='qa-22', kind='media', layout=media, site='京津冀城市报', bar='2025-11-04 星期二 农历九月十五', chans=['首页', '京津冀', '城事', '交通', '楼市'],
 crumb='京津冀 > 交通', tlines=['京唐城际开通一年：', '通勤族的“双城生活”'], title='京唐城际开通一年：通勤族的“双城生活”', authors=['吕　泽'], time='2025-11-04',
 meta='<span>2025-11-04</span><span>京津冀城市报</span>',
 body=['早上6点40分，唐山站候车大厅里已经坐满了人。在北京一家设计院工作的于浩，拎着早餐刷卡进站。“坐一个小时车到北京城区，比以前在北京五环外住还快。”',
  '京唐城际铁路开通运营一年来，像于浩这样往返两地的通勤族越来越多。铁路部门数据显示，一年来京唐城际累计发送旅客超过1100万人次，工作日早晚高峰上座率保持在九成以上。',
  '为方便通勤，铁路部门推出了计次票和定期票，乘客一次购买、多次使用，价格比单次购票优惠约一成。',
  '交通的便利也带动了唐山部分片区的房屋租售。唐山站附近一家房产中介的经理说，今年以来有北京工作背景的购房者明显增多，“主要看中这里的房价和通勤时间”。',
  '不过，也有通勤族反映，高峰时段车次仍然偏少，两端接驳不够顺畅。对此，铁路部门表示，将根据客流变化适时加开列车，并与地方协调优化公交接驳。'],
 post='<p>本文来源：京津冀城市报　作者：吕　泽</p><p>责任编辑：陶　然</p>',
 hot=['北京城市副中心站综合交通枢纽进展', '冬季供暖今日开始试运行'], foot='京津冀城市报社 版权所有　京ICP备17051234号'))

PAGES.append(dict(id='qa-23', kind='media', layout=media, site='襄江晚报', bar='襄江晚报数字化平台', chans=['襄阳', '县市', '热线', '文体', '评论'],
 crumb='评论', title='“一刻钟便民生活圈”要建在居民心坎上', authors=['李　默'], time='2025-8-21',
 meta='<span>2025-8-21</span><span>襄江晚报</span><span>评论员：李　默</span>',
 body=['近日，我市公布了第二批“一刻钟便民生活圈”试点社区名单。步行十五分钟内，买菜、修鞋、理发、托幼、养老等需求都能得到满足，这是不少居民期盼已久的好事。',
  '便民生活圈建得好不好，关键不在于网点数量有多少，而在于是否真正对上居民的需要。有的社区老年人多，急需助餐点和康复服务；有的社区年轻家庭多，更看重托育和儿童活动空间。',
  '一些地方在建设中存在“一刀切”的倾向，照着清单配业态，结果有的网点开业不久就门可罗雀。这提醒我们，规划之前要多走进楼栋、多听听居民的声音。',
  '此外，便民网点大多利润微薄，租金、人工成本一高就难以为继。相关部门可以通过社区闲置用房低价出租、水电价格优惠等方式，让小店“留得住、活得好”。',
  '城市的温度，往往就藏在这一刻钟的步行半径里。把好事办实、实事办好，便民生活圈才能真正成为居民的幸福圈。'],
 hot=['襄阳古城墙夜游开放', '市区新增三处停车场'], foot='襄江晚报社主办　鄂ICP备09012377号-1　举报电话：0710-3456789'))

PAGES.append(dict(id='qa-24', kind='media', layout=media, site='石家庄广电网', bar='新闻频道 | 都市频道 | 广播 | 直播', chans=['石家庄新闻', '民生', '视频', '看点'],
 crumb='首页 > 石家庄新闻', title='石家庄滹沱河生态区迎来首批越冬候鸟', authors=['常　宁', '范文博'], time='2025年11月19日',
 meta='<span>2025年11月19日 19:30</span><span>来源：石家庄广电网</span><span>记者：常　宁 范文博</span>',
 pre='<div>' + img('视频：滹沱河候鸟', None) + '<p>【视频时长 02:15】</p></div>',
 body=['【导语】随着气温下降，石家庄滹沱河生态区迎来了今年首批越冬候鸟。连日来，大批赤麻鸭、绿头鸭在河面上嬉戏觅食，成为城市里一道灵动的风景。',
  '【正文】记者在滹沱河正定段看到，开阔的水面上，成群的野鸭时而潜水觅食，时而振翅飞起。岸边不少摄影爱好者架起“长枪短炮”，记录下这难得的画面。',
  '观鸟爱好者老贾告诉记者，他从十几年前就开始在这一带拍鸟，以前河道干涸，根本见不到这么多鸟。“这几年水多了、草多了，来的鸟一年比一年多。”',
  '据市园林部门监测，今年滹沱河生态区记录到的鸟类已达210种，其中包括国家一级保护动物青头潜鸭、黑鹳等。',
  '园林部门提醒，市民观鸟时要保持适当距离，不要投喂、追赶和惊扰鸟类，共同守护好城市的生态家园。'],
 hot=['石家庄地铁4号线进展', '今冬首场降雪何时来'], foot='石家庄广播电视台 主办　冀ICP备12009876号　信息网络传播视听节目许可证 0304077'))
