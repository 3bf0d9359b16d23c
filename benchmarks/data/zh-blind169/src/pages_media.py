from furn import *
M = "media"
PAGES = []
def add(**k): PAGES.append(k)
CPY = lambda name, icp, lic: [f"{name} 版权所有　未经授权禁止转载", f"{icp}　互联网新闻信息服务许可证：{lic}", "违法和不良信息举报电话：0791-86849999"]

add(id="tn-13", kind=M, tpl="media-hunan-portal", **frame(0, "红网", ["时刻", "湖南", "长沙", "评论", "视频", "问政"], "红网首页 > 新闻频道 > 湖南 > 正文",
    CPY("红网", "湘ICP备10200036号", "43120170001"), share="分享到：微信 微博 QQ空间", rel=("相关阅读", ["湖南启动2025年防汛Ⅳ级应急响应", "洞庭湖区迎来候鸟北迁高峰"])),
    info='<div class="info"><span>来源：红网</span><span>作者：易可馨　陈锐</span><span>编辑：黄丽</span><span>2025-05-18 20:41:07</span></div>',
    title="湘江船闸迎来今年通航高峰", authors=["易可馨", "陈锐"], time="2025-05-18 20:41:07",
    body="""
红网时刻新闻5月18日讯（记者 易可馨 陈锐）18日上午，在长沙综合枢纽船闸，十余艘满载砂石、集装箱的货船依次驶入闸室。随着湘江进入丰水期，船闸迎来今年通航高峰。
“这几天日均过闸船舶超过200艘次，比平时多了三成。”船闸调度中心负责人介绍，为提高通航效率，船闸实行“一闸一策”智能调度，船舶在线申报、排队和缴费，平均待闸时间缩短至2小时以内。
今年前4个月，长沙综合枢纽累计通过船舶1.8万艘次，货运量达1900万吨，同比增长8.6%。湘江航运正成为湖南连接长江经济带的重要通道。
据了解，长沙综合枢纽自运行以来，累计通过船舶超过40万艘次。下一步，船闸管理部门将加强汛期安全巡查，做好设施设备维护保养，确保通航安全有序。船民们也纷纷表示，过闸时间缩短了，跑一趟的收入比往年更有保障。
""")

add(id="tn-14", kind=M, tpl="media-hebei-paper-site", **frame(4, "长城网·冀云", ["首页", "河北", "时政", "民生", "文旅", "冀云客户端"], "当前位置：首页 > 河北新闻",
    CPY("长城网", "冀ICP备05002478号", "13120170002"), side=("24小时排行", ["雄安新区新开通两条公交线路", "河北启动夏粮收购"]), qrs=["冀云客户端"]),
    info='<p class="ly">2025-06-09 07:58:12　来源：河北日报</p>', h1='<h1 class="t">{}</h1>',
    tail='<p class="bj">责任编辑：高洁</p>',
    title="麦收时节看“三夏”新变化", authors=["王育民", "高原"], time="2025-06-09 07:58:12",
    body="""
本报记者　王育民　通讯员　高原
6月8日，在邢台市南和区贾宋镇的麦田里，5台联合收割机来回穿梭，金黄的麦粒源源不断地卸入运粮车。
“现在从收割、烘干到卖粮，一条龙服务，种粮省心多了。”种粮大户韩学军说，他流转的1200亩小麦预计亩产能达到560公斤。
今年，我省小麦播种面积稳定在3300万亩以上。全省投入联合收割机8万台左右，并设立跨区作业接待服务站200余个，为农机手提供信息、维修、加油等服务。
省农业农村厅有关负责人表示，将抓住晴好天气，组织农机有序作业，确保颗粒归仓。
在衡水市冀州区，一家农机合作社的20台收割机已连续作业5天。合作社理事长说，今年他们还承接了周边3个县的作业订单，预计作业面积超过4万亩，机手们吃住都在地头，争分夺秒抢收。
""")

add(id="tn-15", kind=M, tpl="media-xinhua-wire", css=".hd2{font-size:12px}", **frame(5, "新华网", ["首页", "时政", "地方", "国际", "财经", "思客", "图片"], None,
    ["Copyright © 2000-2025 XINHUANET.com　All Rights Reserved.", "制作单位：新华网股份有限公司"], share="【纠错】", rel=("相关新闻", ["浙江杭州：数字经济核心产业增加值稳步增长"])),
    info='<div class="h-info"><span class="h-time">2025-03-26 16:42:51</span><span>来源：新华网</span></div>', info_pos="above",
    tail='<div class="edit">【责任编辑:胡蓉】</div>',
    title="浙江“山海协作”带动山区县特色产业发展", authors=["段菁菁", "殷晓圣"], time="2025-03-26 16:42:51",
    body="""
新华社杭州3月26日电（记者段菁菁、殷晓圣）在浙江丽水市遂昌县的一家竹木加工企业，自动化生产线上的竹片经过切割、碳化、压制，变成了一块块精致的竹砧板。这家企业是宁波一家集团公司通过“山海协作”在遂昌投资建设的。
“我们把研发和销售放在宁波，把生产放在原料产地，每年能节省物流成本近千万元。”企业负责人说。
近年来，浙江推动沿海发达地区与山区26县结对，共建产业园、“飞地”和科创中心。截至2024年底，全省已建成山海协作产业园30余个，累计引进项目超过1200个。
浙江省发展改革委有关负责人表示，今年将进一步推动山区县发展生态工业、文旅产业和现代农业，促进共同富裕。
遂昌县一位村民告诉记者，他在家门口的企业上班，每月收入5000多元，还能照顾老人孩子。
""")

add(id="tn-16", kind=M, tpl="media-jx-tv", css=".video{background:#000;color:#fff}", **frame(2, "江西网络广播电视台 · 今视频", ["首页", "新闻", "直播", "节目", "赣鄱", "点播"], "首页 > 新闻 > 江西新闻",
    ["江西网络广播电视台 版权所有", "赣ICP备08005235号　信息网络传播视听节目许可证：1403033"], acc=["登录", "注册"], share="分享到：", side=("直播", ["江西卫视", "江西都市", "江西经济生活"])),
    info='<div class="src">2025-05-27 19:33　来源：江西新闻联播</div>',
    tail='<p>编辑：严萍</p>',
    title="鄱阳湖区早稻机插基本完成", authors=["涂晓亮", "徐鹏"], time="2025-05-27 19:33",
    body="""
! 视频播放 | 
（记者 涂晓亮 徐鹏）眼下，在鄱阳湖畔的余干县、鄱阳县等地，早稻机插已基本完成，田间管理全面展开。
在余干县瑞洪镇，种粮大户刘伟正指挥植保无人机喷施叶面肥。他种了1500亩早稻，今年全部采用机插秧和统防统治，每亩能节省成本近百元。
今年，江西早稻种植面积稳定在1800万亩以上。全省农业部门组织技术人员下沉一线，指导农户做好追肥、晒田和病虫害防治，为早稻丰收打下基础。
省农业技术推广中心专家提醒，近期雨水偏多，各地要及时清沟排渍，防范稻瘟病等病害发生。
据了解，今年全省还安排专项资金支持早稻集中育秧，新建和改造育秧中心200余个，早稻机插率比去年提高了5个百分点。各地还组织农机手开展技术培训，为夏收夏种做好准备。
""")

add(id="tn-17", kind=M, tpl="media-zj-city-daily", **frame(6, "温州网", ["首页", "温州", "县域", "社会", "评论", "图片"], "温州网 > 新闻中心 > 温州新闻",
    ["温州日报报业集团主办　温州网版权所有", "浙ICP备08002758号-1　浙公网安备33030202000123号"], ph="请输入关键字", pn=("鹿城：老旧小区换上“新装”", "瓯海：大学生社区实践活动启动")),
    info='<div class="dd">2025-06-12 08:56:40　来源：温州日报　记者　叶  挺　通讯员　吴晨曦</div>',
    tail='<p>编辑：李文娟　审核：陈志平</p>',
    title="一双鞋的“出海”新路径", authors=["叶挺", "吴晨曦"], time="2025-06-12 08:56:40",
    body="""
在鹿城区双屿街道的一家鞋企展厅里，来自中东、南美的客商正在挑选新款运动鞋。与往年不同的是，他们中不少人是先在跨境电商平台上“种草”，再专程来到温州看样下单的。
“去年我们跨境电商订单增长了40%，现在海外订单里有一半来自线上。”企业负责人说。
温州是“中国鞋都”。近年来，当地鼓励鞋企开拓海外独立站、直播带货等新渠道，并在海外布局公共海外仓22个。今年前5个月，温州鞋类出口额达到156亿元，同比增长9.2%。
业内人士认为，数字化渠道正帮助温州鞋企由“贴牌代工”向“自主品牌”转型。
为帮助企业开拓市场，当地还组织鞋企抱团参加境外展会，今年以来已在迪拜、圣保罗等地举办温州鞋类专场推介会6场，意向成交额超过3亿元。一些企业开始在海外注册自有商标，产品单价比贴牌时提高了两成。
""")

add(id="tn-18", kind=M, tpl="media-en-cgtn-like", lang="en", css="body{font-family:Arial}", **frame(7, "ZHEJIANG NEWS · English", ["Home", "Zhejiang", "Business", "Culture", "Travel", "Video"], "Home > Business",
    ["Copyright © Zhejiang Daily Press Group. All rights reserved.", "浙ICP备09025566号"], share="Share: Facebook Twitter LinkedIn", side=("Most Read", ["Hangzhou opens new metro line", "Yiwu traders eye Latin America"])),
    info='<div class="byl">By Chen Xiaoyu and Lin Jie | Updated: 2025-04-14 10:18</div>',
    tail='<p>Editor: Wang Ying</p>',
    title="Yiwu market turns to AI translators as foreign buyers return", authors=["Chen Xiaoyu", "Lin Jie"], time="2025-04-14 10:18",
    body="""
Foreign buyers are crowding back into the Yiwu International Trade City this spring, and many shop owners are now greeting them with a handheld AI translator instead of a calculator.
"I can talk with customers from Brazil or Iran in their own languages now," said Zhou Lan, who sells hair accessories in District 2 of the market. "Orders are easier to close."
According to the market's management company, more than 60 percent of the 75,000 shops have started using translation devices or apps. The number of foreign visitors in the first quarter rose by 18 percent year on year.
Local officials said the city will offer free training on digital tools to small traders this year.
""")

add(id="tn-19", kind=M, tpl="media-en-wire", lang="en", css="h1{text-align:left}", **frame(0, "Hunan Today", ["News", "Hunan", "Economy", "People", "Photos"], None,
    ["About us | Contact | Privacy", "Copyright 2025 Hunan Today. All rights reserved."], share="Share this story", rel=("Related", ["Changsha airport adds Africa routes", "Xiangjiang New Area attracts tech firms"])),
    info='<p class="dl">Source: Xinhua | 2025-05-08 14:02</p>',
    title="Hunan expands China-Africa trade expo ahead of June opening", authors=[], time="2025-05-08 14:02",
    body="""
CHANGSHA, May 8 (Xinhua) -- The upcoming China-Africa Economic and Trade Expo in Changsha will feature a larger exhibition area and more African participants, organizers said on Thursday.
The exhibition space will reach 100,000 square meters, with about 1,700 enterprises expected to attend, according to the provincial department of commerce.
Hunan's trade with Africa reached 58.9 billion yuan in 2024, up 11.4 percent from a year earlier. Coffee, cocoa, chili and dried fruit from Africa have become popular among Chinese consumers through the province's trade platforms.
The expo, held every two years, will run from June 12 to 15.
""")

add(id="tn-20", kind=M, tpl="media-hebei-tv-2015", **frame(1, "河北网络广播电视台", ["首页", "新闻", "视频", "直播", "综艺", "专题"], "当前位置: 首页 > 新闻 > 河北新闻",
    ["河北广播电视台 版权所有", "冀ICP备05004637号　网络视听许可证0306181号"], side=("热门视频", ["河北新闻联播", "今日资讯"]), pn=("石家庄开通夜间公交线路", "唐山港货物吞吐量创新高"), acc=["登录", "注册", "客户端"]),
    info='<div class="t2"><span>时间：2025-06-01 19:30</span>　<span>来源：河北新闻联播</span>　<span>记者：赵欣　刘晓伟</span></div>',
    tail='<p>[责任编辑：张珊]</p>',
    title="雄安新区：“未来之城”迎来首批高校落地", authors=["赵欣", "刘晓伟"], time="2025-06-01 19:30",
    body="""
【导语】今年秋季学期，首批疏解到雄安新区的高校将迎来新生。记者近日走进校区建设现场。
在雄安新区启动区，4所高校的新校区已基本建成，教学楼、图书馆、实验楼错落有致。工人们正在进行室内装修和绿化施工。
“我们的学生宿舍、食堂等生活设施已经完成验收，实验设备正在陆续进场。”一所高校校区建设负责人告诉记者。
根据规划，首批疏解高校将带动相关科研机构和企业入驻，形成“大学+科创”的发展格局。新区相关负责人表示，将同步完善周边交通、商业和医疗配套，让师生安心在雄安学习生活。
记者在现场看到，校区周边的道路、地下管廊和公交场站已同步建成。新区还规划建设了人才公寓和国际学校，为高校教师和科研人员提供安居保障，不少教师已经提前来到雄安熟悉环境。
""")

add(id="tn-21", kind=M, tpl="media-jx-portal-2020", **frame(4, "中国江西网", ["首页", "江西", "时政", "问政", "文旅", "财经"], "您的位置：首页 > 江西新闻 > 设区市",
    CPY("中国江西网", "赣ICP备05002346号", "36120170002"), side=("图片新闻", ["庐山云海", "婺源油菜花"]), qrs=["江西手机报", "大江新闻客户端"]),
    info='<div class="sj">2025-04-17 16:20　来源：大江网/中国江西网　作者：钟珺</div>',
    tail='<p>责编：邓兰　|　审核：汪强</p>',
    title="赣州：脐橙“触网”走出“数字丰收路”", authors=["钟珺"], time="2025-04-17 16:20",
    body="""
大江网/中国江西网赣州讯 记者钟珺报道：4月的赣南，橙园里白花点点。在信丰县的一个数字果园里，传感器实时监测土壤墒情，手机上就能远程开启水肥一体化设备。
“以前全凭经验，现在看数据种果。”果农曾庆华说，去年他的果园亩产提高了15%，优果率达到八成。
赣州脐橙种植面积达190万亩。近年来，当地建设脐橙产业大数据中心，推广数字果园600余个，并通过电商直播拓宽销路。2024—2025产季，赣南脐橙线上销售额突破90亿元。
在南康区的一个脐橙电商产业园，20多个直播间同时开播。主播们一边剥橙一边讲解，订单信息不断滚动。园区负责人介绍，产业园已入驻电商企业150余家，带动周边就业3000多人，“赣南脐橙”的品牌越来越响。
""")

add(id="tn-22", kind=M, tpl="media-zj-central-app", css=".app{max-width:600px;margin:auto}", **frame(3, "潮新闻", [], None,
    ["浙江日报报业集团", "浙ICP备17044541号"], share="分享 | 评论 12 | 点赞 86", rel=("更多精彩", ["杭州西湖景区推出夜游新线路", "宁波舟山港一季度集装箱吞吐量增长"])),
    info='<div class="m">潮新闻客户端 记者 方  敏<br>2025-03-09 21:03 浙江</div>', info_pos="below",
    pre="聚焦民生实事", title="宁波社区“共享助浴”点上线", authors=["方敏"], time="2025-03-09 21:03",
    body="""
洗澡，对很多失能老人来说是件难事。在宁波市海曙区白云街道，一处“共享助浴”点日前正式投入使用。
助浴点配备了智能助浴床、防滑扶手和紧急呼叫装置，由经过培训的护理员提供服务。老人可以通过社区小程序预约，每次收费40元，低保、特困老人免费。
“第一次这么舒服地洗了个澡。”85岁的张大伯说。他中风多年，家里浴室狭小，子女帮他洗澡很不方便。
海曙区民政局相关负责人介绍，今年全区计划建成助浴点10个，并推出上门助浴服务，让更多老人享受到有尊严的晚年生活。
据介绍，助浴点的护理员都经过了专业培训，洗浴前会为老人测量血压、心率，洗浴过程中全程陪护，确保安全。不少子女表示，有了这样的服务，自己上班时也更放心了。社区还计划招募志愿者，帮助行动不便的老人往返助浴点。
""")

add(id="tn-23", kind=M, tpl="media-hn-city-paper-web", **frame(5, "岳阳网", ["首页", "岳阳新闻", "县市区", "民生", "洞庭", "专题"], "首页 > 岳阳新闻",
    ["岳阳日报社主办　岳阳网版权所有", "湘ICP备09013758号　湘公网安备43060202000321号"], side=("推荐", ["岳阳楼景区开展文明旅游宣传", "南湖新区新建口袋公园"]), share="分享：", pn=("汨罗：龙舟竞渡迎端午", "华容：芥菜产业链延伸")),
    info='<p class="it">岳阳网　2025-05-30 15:02:26　星期五　来源：岳阳日报　作者：全媒体记者 彭  展　通讯员 谢  芳</p>', info_pos="above",
    tail='<p>编辑：刘小青</p>',
    title="洞庭湖江豚种群数量稳中有升", authors=["彭展", "谢芳"], time="2025-05-30 15:02:26　星期五",
    body="""
5月29日清晨，东洞庭湖保护区的巡护船行至鹿角水域，几头江豚突然跃出水面。“今年看到江豚的次数明显多了。”巡护员黄德胜举起望远镜说。
最新监测结果显示，洞庭湖江豚种群数量达到约160头，较十年前增长三成以上。
近年来，岳阳全面落实长江十年禁渔，清理非法矮围网，建立“人防+技防”巡护体系，湖区水质持续向好，鱼类资源逐步恢复，为江豚提供了充足食物。
保护区负责人表示，下一步将加强江豚栖息地保护，推进科研监测和科普宣传，守护好“微笑天使”。
“以前江豚一年也见不到几次，现在隔三岔五就能看到。”在湖边生活了几十年的老渔民周福生如今成了一名护渔员。他说，退捕上岸后，自己从“捕鱼人”变成了“护鱼人”，每天和队友巡湖，心里觉得踏实。
""")

add(id="tn-24", kind=M, tpl="media-central-pc-2024", css=".rm{display:flex}", **frame(2, "人民网 · 湖南频道", ["湖南", "时政", "市州", "教育", "文旅", "人民网首页"], "人民网 > 湖南频道 > 市州",
    ["人民日报社概况 | 关于人民网 | 报社招聘 | 招聘英才 | 广告服务", "人民网版权所有，未经书面授权禁止使用", "Copyright © 1997-2025 by www.people.com.cn. all rights reserved"], share="分享到：", side=("推荐阅读", ["张家界旅游旺季提前到来"])),
    info='<div class="col-1-1">2025年06月05日08:24 | 来源：人民网－湖南频道</div>',
    tail='<div class="edit">(责编：郭倩、刘鹏)</div>',
    title="郴州：“小水果”做成“大产业”", authors=["杨俊"], time="2025年06月05日08:24",
    body="""
人民网郴州6月5日电 （杨俊）初夏时节，郴州市汝城县的杨梅进入采摘季。在一个杨梅基地里，游客提着篮子穿梭在果树间，边摘边尝。
“今年杨梅个头大、甜度高，采摘价每斤25元，周末每天接待游客上千人。”基地负责人说。
郴州地处南岭山区，气候适宜水果种植。近年来，当地发展了杨梅、东江鱼、临武鸭等一批特色农产品，推动“农业+文旅”融合，2024年全市水果产值突破80亿元。
当地农业部门表示，将继续加强品种改良和品牌建设，让山区群众靠特色水果增收致富。
在桂阳县，一家水果深加工企业正在加紧生产杨梅汁、杨梅干等产品。企业负责人介绍，深加工让一颗杨梅的价值翻了几番，企业每年收购周边农户鲜果1000多吨，带动500多户果农增收。
""")
