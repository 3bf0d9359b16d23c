from lib import esc
P = []
def add(**k): P.append(k)

def portal(logo, chans, crumb, head, foot, right, after='', bar='网站首页 | 手机版 | 登录 | 注册'):
    return f'''<div class="bar">{bar}</div><div class="logo">{logo} <input placeholder="搜索新闻、视频"></div>
<div class="chan">{''.join(f'<a href="#">{c}</a>' for c in chans)}</div>
<div class="main"><div class="l"><div class="src">{crumb}</div>{head}
<div class="ct">{{{{BODY}}}}</div>{after}</div><div class="r">{right}</div></div>
<div class="foot">{foot}</div>'''

def hot(title, items):
    return f'<h4>{title}</h4><ol class="rel">' + ''.join(f'<li><a>{i}</a></li>' for i in items) + '</ol>'

# yv-13 English Xinhua-style
add(id='yv-13', lang='en', title="South China's Guangxi sees record cross-border trade with ASEAN in first half", authors=[], pt='2025-07-18 20:41:05',
 style='news', tt="South China's Guangxi sees record cross-border trade with ASEAN in first half-Xinhua",
 parts=portal('XINHUANET English', ['Home','China','World','Business','Sci-Tech','Culture','Photos','Video'], 'Source: Xinhua | Editor: huaxia | 2025-07-18 20:41:05',
  "<h1>South China's Guangxi sees record cross-border trade with ASEAN in first half</h1>",
  'Copyright &copy; 2000-2025 XINHUANET.com All rights reserved.<br>About Us | Contact Us | Advertise',
  hot('Most Popular', ['Chinese scientists develop new salt-tolerant rice strain','Hainan free trade port posts strong growth','Guangxi tourism booms over summer holidays']),
  after='<p style="color:#999">Photo | Video | Share: Facebook Twitter</p>'),
 body=["NANNING, July 18 (Xinhua) -- Trade between south China's Guangxi Zhuang Autonomous Region and member countries of the Association of Southeast Asian Nations (ASEAN) reached a record 231.6 billion yuan (about 32.3 billion U.S. dollars) in the first half of 2025, local customs authorities said Friday.",
  'The figure represents a year-on-year increase of 14.8 percent, accounting for 53.1 percent of the region\'s total foreign trade, according to Nanning Customs.',
  'Vietnam remained Guangxi\'s largest trading partner, with bilateral trade up 11.2 percent. Imports of durian, mangosteen and other tropical fruits from Thailand and Vietnam through the Youyiguan and Dongxing ports surged, while exports of electronic components, new energy vehicles and machinery also rose markedly.',
  'The New International Land-Sea Trade Corridor has played a key role, with sea-rail intermodal trains at Qinzhou port handling more than 610,000 TEUs in the first six months, up 9.6 percent, the customs said.',
  '"Faster customs clearance and digital port services have cut our logistics costs by nearly a fifth," said Nguyen Van Hai, manager of a Vietnamese fruit importer operating in Pingxiang.'])

# yv-14 English China Daily-style with Contact the writer
add(id='yv-14', lang='en', title='Fujian tea growers brew up new markets overseas', authors=['Hu Meidong'], pt='2025-06-03 09:12',
 style='news', tt='Fujian tea growers brew up new markets overseas - Chinadaily.com.cn',
 parts=portal('China Daily', ['HOME','CHINA','WORLD','BUSINESS','LIFESTYLE','CULTURE','TRAVEL','SPORTS','OPINION'], 'Home / China / Regional',
  '<h1>Fujian tea growers brew up new markets overseas</h1><div class="src">By HU MEIDONG in Fuzhou | China Daily | Updated: 2025-06-03 09:12</div><div class="src">Share - WeChat</div>',
  'Copyright 1995 - 2025. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).<br>Contact us | Terms of Service | Site Map',
  hot('Most Viewed in 24 Hours', ['High-speed rail links boost Xiamen tourism','Guangzhou opens new metro lines','Jiangxi porcelain town draws young artists']),
  after='<p><b>Contact the writer at humeidong@chinadaily.com.cn</b></p>'),
 body=['Tea farmers in Anxi county, Fujian province, are turning to cross-border e-commerce and international tea fairs to sell their famous Tieguanyin oolong to buyers in Europe, the Middle East and Southeast Asia.',
  'Anxi exported more than 8,600 metric tons of tea last year, an increase of 21 percent year-on-year, according to the county\'s agriculture bureau.',
  '"Ten years ago, nearly all of our tea was sold in China. Now about a third goes abroad," said Wang Qinghua, 46, who runs a cooperative of 120 households in Xiping township. His company opened an online shop on an overseas platform in 2022 and now ships to more than 30 countries.',
  'Local officials said the county has set up a tea quality traceability system so that every package carries a QR code showing where and when the leaves were picked and processed, which helps meet the strict pesticide residue standards of overseas markets.',
  'Young people are also returning to the tea hills. Chen Yuting, 27, who studied marketing in Shanghai, now hosts livestreams in English and Chinese from her family\'s tea garden. "Foreign viewers love to see how the leaves are rolled by hand," she said.'])

# yv-15 快讯 of one sentence (南方+ style)
add(id='yv-15', title='快讯！广州地铁11号线全线开通初期运营', authors=['吴倩'], pt='2025-12-28 14:00',
 style='news', tt='快讯！广州地铁11号线全线开通初期运营_南方+_南方plus',
 parts=portal('南方+', ['首页','广东','时政','经济','社会','视频','直播'], '南方+ &gt; 广州频道',
  '<h1>快讯！广州地铁11号线全线开通初期运营</h1><div class="src"><span>南方+ 记者</span><span>吴倩</span><span>2025-12-28 14:00</span></div>',
  '南方新闻网 版权所有 粤ICP备09174648号 互联网新闻信息服务许可证：44120170002',
  hot('24小时热文', ['广州南沙新区再添两条快速路','深中通道车流量突破新高','粤港澳大湾区冬季文旅消费季启动']),
  after='<p class="src">编辑 李颖　校对 黄鹏</p><p>打开南方+，看更多新闻</p><p>评论（36）</p>'),
 body=['12月28日14时，广州地铁11号线全线开通初期运营，这条全长43.2公里、设32座车站的环线将串联起广州中心城区的主要交通枢纽和商圈。'])

# yv-16 深度 with 【小标题】 (湖南日报/新湖南 style)
add(id='yv-16', title='一座老工业城的“绿色突围”——株洲清水塘十年蝶变调查', authors=['周月桂', '谭宇'], pt='2025-09-16 07:30:00',
 style='news', tt='一座老工业城的“绿色突围”——株洲清水塘十年蝶变调查 - 新湖南',
 parts=portal('新湖南', ['首页','时政','经济','深度','调查','评论','视频'], '新湖南 &gt; 深度 &gt; 正文',
  '<h1>一座老工业城的“绿色突围”——株洲清水塘十年蝶变调查</h1><div class="src"><span>来源：湖南日报</span><span>作者：周月桂 谭宇</span><span>编辑：刘思思</span><span>2025-09-16 07:30:00</span></div><div>字体：<a>A+</a> <a>A-</a>　分享到：</div>',
  '湖南日报社主办　湘ICP备09015473号　互联网新闻信息服务许可证：43120170008　举报电话：0731-84326000',
  hot('深度推荐', ['湘江保护十年：一江碧水向北流','洞庭湖畔的候鸟守护人','湖南县域经济的“冠军密码”']),
  after='<p class="src">责任编辑：刘思思</p><p>【打印】【关闭】</p>'),
 body=['十年前，株洲清水塘还是一片烟囱林立、废渣遍地的老工业区，聚集着冶炼、化工、建材等261家企业。十年后，这里已经变成湖水清澈、绿树成荫的城市新区。一座老工业城是如何实现“绿色突围”的？记者近日进行了深入调查。',
  ('h', '【壮士断腕：261家企业全部关停搬迁】'),
  '“关停那年，厂里很多老工人舍不得，我们挨家挨户上门做工作。”清水塘街道退休干部杨国平回忆。2014年起，株洲以壮士断腕的决心启动清水塘老工业区搬迁改造，到2018年底，区内261家企业全部关停退出，涉及职工2万余人。',
  ('h', '【治土治水：修复“伤疤”需要耐心】'),
  '关停只是第一步，更难的是治理历史遗留的重金属污染。株洲累计投入资金超过80亿元，对霞湾港、老工业区土壤和地下水开展系统治理，修复污染土壤450万立方米。湖南省生态环境厅监测数据显示，霞湾港断面重金属浓度较治理前下降九成以上。',
  ('h', '【产城融合：新产业在旧址上生长】'),
  '如今，清水塘生态科技产业新城已引进新能源、轨道交通配套、科技研发等项目70多个，清水塘冶炼厂旧址改建的工业遗址公园成了市民休闲新去处。“一边是工业记忆，一边是新兴产业，这是清水塘最独特的气质。”株洲市城市规划设计院院长唐明说。',
  '专家认为，清水塘的实践表明，老工业基地转型不能简单“一关了之”，而要把污染治理、民生保障与产业培育统筹起来，才能真正实现从“工业锈带”到“生活秀带”的转变。'])

# yv-17 reprint from 南方日报 with 原标题 (on a Guangdong city portal/news site 中山网)
add(id='yv-17', title='中山翠亨新区打造湾区科创新高地', authors=['郭冬', '卢佳颖'], pt='2025-04-22 08:46',
 style='news', tt='中山翠亨新区打造湾区科创新高地_中山网',
 parts=portal('中山网 www.zsnews.cn', ['首页','中山新闻','时政','社会','财经','图片','评论'], '当前位置：首页 &gt; 中山新闻 &gt; 时政',
  '<h1>中山翠亨新区打造湾区科创新高地</h1><div class="src">2025-04-22 08:46　来源：南方日报　记者：郭冬 通讯员：卢佳颖　编辑：梁晓欣</div><p style="color:#666">原标题：深中通道通车后，中山翠亨新区科创项目加速集聚——“桥头堡”上崛起科创新高地</p>',
  '中山日报社主办 中山网版权所有 未经授权禁止复制或建立镜像　粤ICP备05083217号',
  hot('热点排行', ['中山今年将新建改建30所学校','岐江河夜游航线全新升级','中山市民可预约免费“两癌”筛查']),
  after='<p>【纠错】【打印】【关闭窗口】</p><p>上一篇：中山市召开制造业当家推进会</p><p>下一篇：中山港口镇举办首届龙舟文化节</p>'),
 body=['深中通道通车以来，位于“桥头堡”的中山翠亨新区迎来科创项目加速集聚。记者日前从翠亨新区了解到，今年一季度，新区新签约项目23个，其中科技类项目占比超过六成，总投资额达到142亿元。',
  '在翠亨新区的先进低空产业基地，多家无人机企业正在进行整机测试。“从深圳总部开车过来只要半个多小时，研发和生产可以实现‘前店后厂’。”一家无人机企业负责人说，公司今年把生产基地从东莞迁到了中山。',
  '为吸引人才，翠亨新区推出人才安居房、子女就学、跨市通勤补贴等“一揽子”服务政策，已累计引进各类高层次人才1200余人。中山大学（深圳）、中山翠亨实验室等创新平台也在加快建设中。',
  '翠亨新区相关负责人表示，接下来将围绕生物医药、新一代信息技术、低空经济等产业，加快建设一批高水平科创平台和专业园区，把区位优势加快转化为发展胜势。'])

# yv-18 直播 summary (广西新闻网 style)
add(id='yv-18', title='直播回顾｜2025年广西高考志愿填报权威解读', authors=['罗妮'], pt='2025.06.26',
 style='news', tt='直播回顾｜2025年广西高考志愿填报权威解读-广西新闻网',
 parts=portal('广西新闻网', ['首页','时政','区内','教育','直播','视频','专题'], '广西新闻网 &gt; 教育频道 &gt; 直播',
  '<h1>直播回顾｜2025年广西高考志愿填报权威解读</h1><div class="src">2025.06.26　来源：广西新闻网　作者：罗妮　<span>▶ 观看人次：28.6万</span></div>',
  '广西新闻网版权所有 桂ICP备05003162号　桂公网安备45010302000039号　互联网新闻信息服务许可证编号：45120170001',
  hot('直播预告', ['6月30日 | 民族大学招生咨询会','7月2日 | 职业院校专场']),
  after='<p class="src">责任编辑：黄晓玲</p><p>网友评论（112）</p>'),
 body=['6月25日晚，广西新闻网联合广西招生考试院推出“2025年广西高考志愿填报权威解读”直播，邀请招考专家和区内多所高校招办负责人在线解答考生和家长关心的问题。直播累计观看人次超过28万。',
  '广西招生考试院有关负责人介绍，今年我区普通类本科批次继续实行“院校专业组”模式，每个考生最多可填报40个院校专业组志愿，每个专业组可填报6个专业和专业服从调剂选项。',
  '针对“冲、稳、保”志愿梯度，专家建议考生要参考近三年录取位次而非分数，合理拉开志愿间的梯度，慎重选择“不服从专业调剂”。',
  '广西大学、桂林电子科技大学、广西医科大学等高校招办负责人还介绍了今年新增专业和招生计划变化。直播中，网友共提出问题2300余条，嘉宾现场解答60余条。'])

# yv-19 数据 page with a table (江西 赣州 统计 — 大江网 style)
add(id='yv-19', title='前三季度江西各设区市GDP出炉 赣州增速领跑', authors=['杨静'], pt='2025-10-28 19:22',
 style='news', tt='前三季度江西各设区市GDP出炉 赣州增速领跑_大江网',
 parts=portal('大江网·中国江西网', ['首页','江西','财经','数据','民生','问政'], '您当前的位置 : 大江网 &gt; 财经 &gt; 数据',
  '<h1>前三季度江西各设区市GDP出炉 赣州增速领跑</h1><div class="src">2025-10-28 19:22　来源：中国江西网　记者 杨静</div>',
  '江西日报社主办 中国江西网版权所有 赣ICP备05001803号　增值电信业务经营许可证：赣B2-20110009',
  hot('数据新闻', ['江西9月CPI同比上涨0.3%','江西前三季度居民人均可支配收入增长5.6%']),
  after='<p class="src">编辑：钟晓燕　审核：胡涛</p>'),
 body=['10月28日，江西省各设区市前三季度地区生产总值数据全部发布。数据显示，南昌以5891.3亿元的总量继续位居全省第一，赣州以3712.5亿元位居第二，增速达到6.1%，领跑全省。',
  ('t', [['设区市','前三季度GDP（亿元）','同比增长（%）'],
        ['南昌','5891.3','5.2'],['赣州','3712.5','6.1'],['九江','2958.4','5.0'],['宜春','2694.0','5.6'],['上饶','2671.8','5.4'],['吉安','1996.7','5.8']]),
  '从产业结构看，赣州电子信息、新能源汽车产业快速增长，规模以上工业增加值增长9.4%；宜春锂电产业在经历价格调整后逐步回暖。',
  '省统计局有关人士分析，四季度是全年冲刺的关键阶段，各地要持续扩大有效投资、提振消费，推动经济回升向好态势进一步巩固。'])

# yv-20 新华社通稿 reprinted on a portal (网易新闻-like)
add(id='yv-20', title='我国首条跨海高铁福厦高铁开通两周年 累计发送旅客超5000万人次', authors=['郑良'], pt='2025-09-28 11:05:33',
 style='news', tt='我国首条跨海高铁福厦高铁开通两周年 累计发送旅客超5000万人次|新华社_网易新闻',
 parts=portal('网易新闻', ['首页','国内','国际','财经','科技','汽车','房产'], '网易首页 &gt; 新闻中心 &gt; 国内新闻',
  '<h1>我国首条跨海高铁福厦高铁开通两周年 累计发送旅客超5000万人次</h1><div class="src">2025-09-28 11:05:33　来源: <a>新华社</a>　<span>举报</span></div>',
  '&copy; 1997-2025 网易公司版权所有　About NetEase | 公司简介 | 联系方法',
  hot('热点排行', ['第二十届深圳文博会开幕','我国成功发射遥感四十五号卫星','国庆假期全国铁路预计发送旅客2亿人次']),
  after='<p class="src">本文来源：新华社　责任编辑：王晓丽_NN2031</p><p>跟贴 215 参与 3468</p>'),
 body=['新华社福州9月28日电（记者郑良）记者28日从中国铁路南昌局集团有限公司获悉，我国首条跨海高铁——福厦高铁开通运营两周年，累计发送旅客超过5000万人次。',
  '福厦高铁北起福州，南至厦门和漳州，全长277公里，设计时速350公里，沿线跨越湄洲湾、泉州湾、安海湾。开通两年来，福州至厦门最快旅行时间压缩至55分钟，福州、莆田、泉州、厦门、漳州五座城市形成“一小时生活圈”。',
  '南昌局集团公司有关负责人介绍，福厦高铁日均开行动车组列车由开通初期的106列增加至目前的172列，节假日高峰日发送旅客超过12万人次。',
  '福厦高铁的开通，有力促进了沿线城市人员交流和产业协作，泉州、莆田等地的鞋服、工艺品企业与厦门港的物流衔接更加顺畅，沿线文旅消费持续升温。'])

# yv-21 人民日报 article reprinted on a government site
add(id='yv-21', title='江西抚州：“信用+”让农民贷款不再难', authors=['朱磊', '王丹'], pt='2025-05-14 08:30',
 style='new', tt='江西抚州：“信用+”让农民贷款不再难 - 抚州市人民政府',
 parts=__import__('gov').newgov('抚州市人民政府', '输入关键字', ['首页','抚州要闻','政务公开','政务服务','互动交流','走进抚州'], '当前位置：<a>首页</a> » <a>抚州要闻</a> » <a>媒体看抚州</a>',
  '<h1>江西抚州：“信用+”让农民贷款不再难</h1><div class="meta">来源：人民日报　　发布时间：2025-05-14 08:30　　字体：[<a>大</a> <a>中</a> <a>小</a>]</div>',
  '主办：抚州市人民政府办公室　承办：抚州市大数据中心　赣ICP备05006203号　网站标识码：3610000019<br>赣公网安备 36100202000126号'),
 body=[('raw','<p>本报记者　朱　磊　王　丹</p>'),
  '清晨，江西省抚州市东乡区虎圩乡的种粮大户饶建华打开手机银行，不到10分钟，一笔20万元的信用贷款就到了账。“不用抵押，也不用找担保人，凭村里评的信用等级就能贷。”饶建华说。',
  '近年来，抚州市在全省率先开展农村信用体系建设，通过“村评、乡审、银行用”的方式，为农户建立信用档案，全市已评定信用村1860个、信用户52万户。银行机构根据信用等级给予差异化授信，信用户最高可获得50万元纯信用贷款。',
  '信用不仅能“变现”，还成了乡村治理的好抓手。抚州将移风易俗、邻里互助、环境整治等情况纳入信用评价，守信者在评优评先、贷款利率等方面享受优惠。“大家都爱惜自己的信用分，村里的风气越来越好。”金溪县合市镇游垫村党支部书记说。',
  '截至今年3月末，抚州市涉农贷款余额达到1230亿元，较三年前增长近一倍。',
  ('raw','<p>《 人民日报 》（ 2025年05月14日 10 版）</p>')])

# yv-22 city media, headline after 正文 breadcrumb (长沙晚报掌上长沙)
add(id='yv-22', title='长沙湘江新区：首批无人驾驶环卫车上路作业', authors=['杨蔚然', '阿依努尔·吐尔逊'], pt='2025-03-19 10:02',
 style='news', tt='长沙湘江新区：首批无人驾驶环卫车上路作业-长沙晚报网',
 parts=portal('长沙晚报网', ['首页','长沙','湖南','民生','经济','文体','视频'], '长沙晚报网 &gt; 长沙 &gt; 正文',
  '<h1>长沙湘江新区：首批无人驾驶环卫车上路作业</h1><div class="src">长沙晚报全媒体记者 杨蔚然　实习生 阿依努尔·吐尔逊　2025-03-19 10:02　<span>阅读 3.1万</span></div>',
  '长沙晚报社主办　湘ICP备05008567号　互联网新闻信息服务许可证：43120180003',
  hot('热门推荐', ['长沙地铁7号线一期开通倒计时','橘子洲焰火晚会恢复常态化燃放','长沙新增3条夜间公交线路']),
  after='<p class="src">[责任编辑：彭宇]</p><p>扫一扫下载“掌上长沙”</p>'),
 body=['3月18日，10台无人驾驶环卫车在长沙湘江新区梅溪湖片区正式上路作业，标志着长沙环卫作业迈入智能化新阶段。',
  '这批环卫车搭载激光雷达、毫米波雷达和高清摄像头，能够自动识别行人、车辆和障碍物，按照预设路线完成清扫、洒水作业，每台车每天可清扫道路约40公里。',
  '“以前凌晨四点就要出门扫街，现在我们主要负责远程监控和人工补扫，劳动强度降低了不少。”环卫工人张桂兰说。',
  '湘江新区城市管理部门介绍，无人驾驶环卫车将首先在车流量较小的夜间时段运行，下一步将根据运行情况逐步扩大作业范围至洋湖、大王山等片区。'])

# yv-23 provincial news site 东南网, 本报讯（记者 … 通讯员 …） inside body
add(id='yv-23', title='宁德蕉城：海上渔排变身“海上田园”', authors=['林侃', '陈晓红'], pt='2025-08-08 10:15:07',
 style='news', tt='宁德蕉城：海上渔排变身“海上田园” - 东南网',
 parts=portal('东南网 fjsen.com', ['首页','福建','宁德','海丝','台海','评论','图片'], '东南网 &gt;&gt; 福建新闻 &gt;&gt; 宁德',
  '<div class="src">fjsen.com 2025-08-08 10:15:07　来源: 福建日报　<a>我要评论（8）</a></div><h1>宁德蕉城：海上渔排变身“海上田园”</h1>',
  '东南网版权所有　闽ICP备05003408号　信息网络传播视听节目许可证1310572号',
  hot('相关新闻', ['宁德大黄鱼全产业链产值突破百亿','三都澳海上养殖综合整治回头看','福建推进海洋牧场建设']),
  after='<p class="src">责任编辑：苏梅</p>'),
 body=['本报讯（记者 林侃 通讯员 陈晓红）立秋时节，在宁德市蕉城区三都澳海域，一排排塑胶渔排整齐排列，养殖户们正忙着投喂大黄鱼、收挂海带苗。昔日杂乱无章的“海上村庄”，如今变成了井然有序的“海上田园”。',
  '三年前，蕉城区启动海上养殖综合整治，全面清退泡沫浮球和木质渔排，推广环保塑胶渔排和深水网箱，累计完成升级改造渔排21万口、筏式养殖12万亩。',
  '“新渔排抗风浪能力强，水体交换好，鱼病少了，大黄鱼的品质也上去了。”养殖户郑德福说，他家的60口渔排今年预计能增收20多万元。',
  '据了解，蕉城区还探索“海上养殖+休闲旅游”模式，打造海上观光平台和渔家乐，今年上半年接待游客近8万人次。'])

# yv-24 广东 江门 news site, 文/图 under title, comments count
add(id='yv-24', title='台山广海湾海堤生态修复工程完工', authors=['李银燕'], pt='2024年12月6日',
 style='news', tt='台山广海湾海堤生态修复工程完工-江门新闻网',
 parts=portal('江门新闻网', ['首页','江门','侨乡','五邑','县区','图片','视频'], '首页 / 县区 / 台山',
  '<h1>台山广海湾海堤生态修复工程完工</h1><div class="src">文/图　江门日报记者　李银燕</div><div class="src">2024年12月6日　<span>来源：江门日报</span><span>评论 12</span><span>点赞 46</span></div>',
  '江门日报社版权所有　粤ICP备10214392号　未经许可不得转载',
  hot('侨乡热读', ['开平碉楼文化节开幕','恩平温泉旅游持续升温','鹤山打造粤港澳大湾区“菜篮子”']),
  after='<p class="src">编辑：谭嘉敏</p><p>相关阅读：<a>台山海上风电项目全面并网</a></p>'),
 body=['近日，台山市广海湾海堤生态修复工程顺利完工。经过修复，广海湾沿线新种植红树林面积达到420亩，修复海堤长度6.8公里，曾经裸露的海岸线重新披上了绿装。',
  ('img', '修复后的广海湾海堤', '修复后的广海湾海堤绿意盎然。'),
  '该工程总投资1.2亿元，采用“海堤+红树林+滩涂”的生态海堤建设模式，既提高了海堤的防潮防浪能力，又为鸟类和底栖生物提供了栖息地。',
  '台山市自然资源局有关负责人介绍，工程完工后，监测到的鸟类种类由修复前的38种增加到57种，其中包括国家二级保护动物黑脸琵鹭。'])
