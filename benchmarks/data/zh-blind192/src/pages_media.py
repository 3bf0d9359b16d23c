# media pages sk-13 .. sk-24 (all invented)
PAGES = [
dict(id="sk-13", kind="media", lang="zh", skel="media", site="燕赵都市网", col="河北", meta_pos="under",
 title="石家庄地铁4号线一期工程首段贯通", authors=["张博", "刘晓宇"], time="2025-04-02 10:15",
 meta='<span>2025-04-02 10:15</span><span>来源：燕赵都市报</span><span>记者：张 博　通讯员：刘晓宇</span>',
 caption=("盾构机出洞", "4月1日，盾构机顺利出洞。通讯员 刘晓宇 摄"),
 body="""本报讯（记者 张博 通讯员 刘晓宇）4月1日上午，随着“燕赵一号”盾构机缓缓破土而出，石家庄地铁4号线一期工程首个盾构区间——北国路站至长兴街站区间实现双线贯通，标志着该线路建设进入新阶段。
据介绍，该区间全长1.38公里，沿线穿越多条市政主干道和密集居民区，地质条件复杂，施工风险较高。建设单位采用智能化盾构掘进系统，实时监测地表沉降和管片姿态，确保施工安全和周边建筑物稳定。
“我们在掘进过程中实行24小时轮班值守，对重点风险部位逐一制定专项方案。”项目负责人介绍，区间贯通比计划工期提前了25天。
石家庄地铁4号线一期工程线路全长约22公里，设站18座，建成后将串联起城市北部居住片区与南部产业园区，进一步完善城市轨道交通网络，缓解中心城区交通压力。目前，全线车站主体结构施工已完成六成以上，预计2027年具备通车条件。"""),

dict(id="sk-14", kind="media", lang="zh", skel="media_old", site="渭南新闻网", col="渭南要闻", domain="www.wnxw-example.cn",
 title="渭南百万亩果园迎来花期管理关键期", authors=["陈冬梅"], time="2025-04-09 08:40:27",
 meta='发布时间：2025-04-09 08:40:27　作者：陈冬梅　来源：渭南日报　点击：',
 body="""眼下正值苹果、梨、桃等果树花期，渭南市各地果农抢抓农时，疏花授粉、防霜防冻，田间地头一派繁忙景象。
在白水县杜康镇的苹果园里，果农李建华正和家人一起用授粉器为果树人工授粉。“今年花开得好，只要管理跟上，丰收就有希望。”他说，合作社统一提供花粉和技术指导，比自己摸索省心多了。
为确保花期管理到位，渭南市农业农村局组织200多名果业技术人员组成服务队，分片包抓重点镇村，开展疏花疏果、病虫害防控、花期防冻等技术培训，累计培训果农1.6万人次。同时，气象部门加密监测，及时发布低温霜冻预警，指导果农采取果园熏烟、喷施防冻剂等措施。
渭南是全省重要的果业大市，全市果园面积超过百万亩，年产水果约400万吨。近年来，当地大力推广矮化密植、水肥一体化和有机肥替代化肥等技术，果品质量和效益不断提升，果业已成为群众增收致富的支柱产业。""",
 copy="Copyright © 2009-2025 渭南新闻网 All Rights Reserved", icp="陕ICP备09001122号-1"),

dict(id="sk-15", kind="media", lang="zh", skel="media", site="安徽新闻网", col="安徽", meta_pos="top",
 title="合肥：“科里科气”科创之城加快崛起", authors=["汪洋"], time="2025年04月18日 07:30",
 meta='<span>2025年04月18日 07:30</span><span>来源：安徽日报</span>',
 closing="（记者 汪 洋）",
 subtitle="一季度新增科技型企业超3000家",
 body="""一季度，合肥新增科技型中小企业3126家，高新技术企业数量同比增长18%，技术合同成交额突破400亿元……一组亮眼数据，勾勒出这座“科里科气”城市的创新活力。
## 平台赋能 创新策源能力持续增强
在合肥综合性国家科学中心，一批大科学装置相继建成投用，吸引国内外科研团队纷至沓来。围绕量子信息、聚变能源、人工智能等前沿领域，合肥布局建设了一批高能级创新平台，推动“从0到1”的原始创新不断涌现。
## 成果转化 科技成果加速“落地生根”
“过去实验室里的成果走出去很难，现在有专业的转化团队帮着对接市场。”一位高校研究人员表示。合肥组建科技成果转化专班，深入高校院所“沿途下蛋”，今年以来已推动转化项目260余个。
## 生态优化 人才创业热情高涨
合肥持续优化创新创业生态，设立天使投资基金，建设科创孵化载体，为青年人才提供住房、子女入学等“一揽子”服务。越来越多的年轻人选择留在合肥、来到合肥，把创业梦想变为现实。""",
 editor="责任编辑：程程", icp="皖ICP备06001234号", ga="皖公网安备34010302000999号", lic="34120170003"),

dict(id="sk-16", kind="media", lang="zh", skel="media", site="宁夏新闻网", col="宁夏", meta_pos="under",
 title="贺兰山东麓葡萄酒产区春季出土工作全面完成", authors=["马晓芳", "禹宏"], time="2025-04-22 18:02",
 meta='<span>宁夏新闻网</span><span>2025-04-22 18:02</span><span>记者 马晓芳 禹宏</span>',
 body="""记者从自治区葡萄酒产业发展服务中心获悉，截至4月20日，贺兰山东麓葡萄酒产区60余万亩酿酒葡萄春季出土工作全面完成，各酒庄和种植基地陆续进入上架、修剪和滴灌管护阶段。
每年入冬前，产区葡萄藤需要埋土防寒，来年开春再逐一出土。在永宁县一家酒庄的葡萄园里，工人们正将出土后的葡萄枝蔓绑扎上架。“今年出土时间比去年提前了一周，枝条越冬情况良好，芽眼饱满。”酒庄种植总监介绍。
为提升春季管护效率，产区推广使用葡萄埋土、出土一体化机械，机械化作业率达到70%以上，每亩节约人工成本约200元。技术人员还深入田间，指导种植户做好晚霜冻防御、病虫害绿色防控和节水灌溉。
据了解，今年产区将继续推进标准化基地建设，新建和改造提升酿酒葡萄基地3万亩，推动葡萄酒与文化旅游、生态康养深度融合，不断擦亮“贺兰山东麓”金字招牌。""",
 editor="编辑：杨一凡", icp="宁ICP备08000123号", ga="宁公网安备64010602000321号", lic="64120170001", copy="宁夏新闻网版权所有"),

dict(id="sk-17", kind="media", lang="zh", skel="media", site="陕西广播电视台融媒体中心", col="陕西新闻", meta_pos="under", indent=False,
 title="西安至延安高铁控制性工程取得新进展", authors=["赵鹏", "李珊"], time="2025/05/09 19:45",
 meta='<span>发布时间：2025/05/09 19:45</span><span>来源：陕西新闻联播</span><span>编辑：韩雪</span>',
 closing="（陕西台记者 赵鹏 李珊）",
 body="""【导语】今天，西延高铁全线控制性工程之一——铜川段隧道群顺利完成主体施工，为全线铺轨奠定了坚实基础。
【正文】位于铜川市王益区的施工现场，工人们正在进行隧道衬砌收尾作业。据介绍，该隧道群由5座隧道组成，累计长度达18.6公里，穿越黄土塬区和断层破碎带，地质条件复杂，施工难度大。
施工单位负责人介绍，针对黄土隧道易变形、易坍塌的特点，项目团队采用超前地质预报、三台阶法开挖和智能监控量测等技术手段，实现了安全、质量、进度“三统一”。
西延高铁全长约299公里，设计时速350公里，建成后西安至延安的旅行时间将由目前的2个多小时缩短至1小时左右，对于完善国家高速铁路网、促进革命老区振兴发展具有重要意义。目前，全线桥梁、隧道工程已基本完工，预计年内开始铺轨。""",
 editor="责任编辑：韩雪", icp="陕ICP备05004321号", ga="陕公网安备61010302000765号"),

dict(id="sk-18", kind="media", lang="zh", skel="media_old", site="沧州热线", col="社会民生", domain="www.czrx-example.com",
 title="沧州大运河畔新添一处城市书房", authors=["王丽", "孙浩"], time="2025-03-29",
 meta='作者：王丽 孙浩　　时间：2025-03-29　　来源：沧州晚报',
 body="""近日，位于大运河生态修复展示区的“运河书房”正式对外开放，为市民提供了一处亲水读书的好去处。
“运河书房”建筑面积约400平方米，由一座闲置的管理用房改造而成，外观采用青砖灰瓦的传统风格，与运河两岸景观相得益彰。书房内设有阅读区、儿童区、文创展示区和休闲水吧，藏书1.2万余册，涵盖文学、历史、运河文化等多个门类，并与市图书馆实现通借通还。
开放首日，不少市民慕名而来。“坐在窗边看书，抬头就是运河风景，感觉特别惬意。”市民张女士带着孩子在儿童区读绘本，她说以后周末有了新去处。
据了解，“运河书房”每天开放时间为9时至21时，全年无休，实行免费开放。书房还将定期举办读书分享会、运河文化讲座和非遗手作体验等活动，打造集阅读、交流、文化体验于一体的城市公共文化空间。目前，沧州市区已建成城市书房15家。""",
 copy="沧州热线 版权所有 2006-2025", icp="冀ICP备06012345号"),

dict(id="sk-19", kind="media", lang="en", skel="en", site="China Daily Regional", col="Anhui",
 title="Anhui village turns tea heritage into tourism draw", authors=["Zhang Wenjing", "Liu Kun"], time="2025-04-14 09:12",
 meta='By <b>Zhang Wenjing</b> and <b>Liu Kun</b> in Huangshan, Anhui | Updated: 2025-04-14 09:12',
 caption=("tea picking", "Visitors learn to pick tea leaves in a village in Huangshan, Anhui province. [Photo by Liu Kun/For China Daily]"),
 body="""Early on a misty April morning, dozens of visitors in straw hats followed local farmers up the terraced hillsides of Xiatang village, learning to pluck the tender buds that will become one of China's best-known green teas.
The village, tucked in the mountains of Huangshan, Anhui province, has long relied on tea for its income. But in recent years it has added a new business: tea tourism.
"Ten years ago, people came here only to buy tea. Now they stay for two or three days, pick leaves, learn to roast them by hand and taste the results," said Wang Jianping, who runs a family guesthouse with eight rooms.
Local officials said the village received more than 120,000 visitors last year, generating tourism revenue of about 18 million yuan ($2.5 million). More than 60 households now operate guesthouses or tea experience workshops.
The county has also trained a group of young tea masters to demonstrate traditional processing techniques, which are listed as national intangible cultural heritage.
"We want visitors to understand that every cup of tea carries the work of many hands," said Hu Yan, a 28-year-old tea master who returned to the village after graduating from university in Hefei."""),

dict(id="sk-20", kind="media", lang="en", skel="en", site="Ningxia Today", col="Ningxia",
 title="Ningxia expands desert solar power base", authors=[], time="April 25, 2025",
 meta='Source: Xinhua | April 25, 2025',
 body="""YINCHUAN, April 25 (Xinhua) -- Northwest China's Ningxia Hui autonomous region has started building a new batch of photovoltaic projects on the edge of the Tengger Desert, local authorities said Friday.
The projects, with a total installed capacity of 3 gigawatts, are part of a large-scale wind and solar power base being developed in the region's desert and Gobi areas. Once completed, they are expected to generate about 5.2 billion kilowatt-hours of electricity annually.
Solar panels installed on the sand also help curb desertification. Grass and shrubs planted beneath the panels benefit from reduced evaporation and wind speed, said an official with the regional development and reform commission.
By the end of 2024, the installed capacity of new energy in Ningxia had exceeded 38 gigawatts, accounting for more than half of the region's total power capacity. Much of the electricity is transmitted to eastern provinces through ultra-high-voltage lines.
The region plans to further develop energy storage and green hydrogen projects to make better use of its abundant sunshine and wind resources.""", editor="Editor: Wang Qing"),

dict(id="sk-21", kind="media", lang="zh", skel="media", site="保定新闻网", col="县区", meta_pos="bottom",
 title="安国药材市场春季交易会开幕 首日成交额超2亿元", authors=["郭子涵"], time="2025-04-26 17:38:05",
 meta='<span>作者：郭子涵</span><span>2025-04-26 17:38:05</span><span>来源：保定晚报</span><span>阅读量：4.3万</span>',
 body="""4月26日，2025安国药材市场春季交易会在安国数字中药都开幕。来自全国20多个省份的2000余家中药材经营企业、种植合作社和采购商齐聚一堂，洽谈合作、寻找商机。
本届交易会设置道地药材展销区、中药饮片展区、智能装备展区和直播电商区四大板块，参展品种3000余个。开幕首日，现场成交额即突破2亿元，签订意向合同46项。
“今年来的客商明显比往年多，我们带来的祁菊花和祁山药都很受欢迎。”一家种植合作社负责人说。
在直播电商区，十余名主播正通过网络平台推介当地特色药材和药膳产品，吸引了大量网友在线下单。
近年来，安国市立足“千年药都”的独特优势，推动中药材产业向种植规模化、加工标准化、交易数字化方向发展，建成中药材质量检测中心和仓储物流园区，构建起从田间到药房的全产业链条。2024年，全市中药材交易额达到300亿元。""",
 editor="编辑：崔洁　审核：李伟", icp="冀ICP备11006789号", ga="冀公网安备13060202000432号"),

dict(id="sk-22", kind="media", lang="zh", skel="media", site="银川新闻网", col="社会", meta_pos="under",
 title="银川市民“家门口”就能办理社保业务", authors=["苏娅", "马建国"], time="2025年05月13日",
 meta='<span>2025年05月13日</span><span>银川日报</span><span>记者 苏 娅　文/图</span>',
 pre=["记者 苏娅 通讯员 马建国"],
 body="""“没想到在社区就能办理养老保险认证和医保参保登记，10分钟就搞定了。”近日，在兴庆区丽景街道一社区便民服务站，居民赵大爷高兴地说。
今年以来，银川市人力资源和社会保障局推动社保经办服务向基层延伸，在全市100个社区便民服务站设立社保服务窗口，可办理城乡居民养老保险参保登记、待遇资格认证、社保卡申领等42项高频业务。
为保障服务质量，人社部门对社区工作人员开展集中业务培训，并配备自助服务终端和高拍仪等设备，实现业务就近办、自助办。对于行动不便的老年人和残疾人，社区还提供上门代办服务。
据统计，社区社保服务窗口开通以来，累计办理业务3.8万件，群众满意度达到99%以上。下一步，银川市将继续扩大服务网点覆盖面，力争年底前实现城市社区社保服务全覆盖，让群众办事更便捷、更舒心。""",
 editor="编辑：李娟", icp="宁ICP备07001234号", ga="宁公网安备64010402000555号"),

dict(id="sk-23", kind="media", lang="zh", skel="media", site="黄山日报网", col="旅游", meta_pos="under",
 kicker="“五一”假期",
 title="徽州古城游客如织非遗表演引客来", title_print="徽州古城游客如织\n非遗表演引客来", authors=["方一舟"], time="2025-05-03 21:10",
 meta='<span>2025-05-03 21:10</span>　<span>作者：方一舟</span>　<span>来源：黄山日报</span>',
 body="""“五一”假期，徽州古城人气火爆。古城内，游客们穿梭于古街巷陌，欣赏徽派建筑，品尝地道徽菜，感受浓浓的徽州风情。
“我们一家特意从上海赶过来，古城的氛围特别好，孩子看徽剧、学做徽墨，玩得很开心。”游客李先生说。
为丰富游客体验，徽州古城景区在假期推出了徽剧、目连戏、叠罗汉等非遗展演，并开设徽墨、歙砚、竹编等非遗手作体验工坊。夜幕降临，古城灯光秀准时上演，吸引大批游客驻足观赏、拍照打卡。
景区相关负责人介绍，假期前三天，徽州古城累计接待游客12.6万人次，同比增长23%。为保障游客游览体验，景区实行分时预约、限量开放，增设临时停车场和接驳车辆，并安排200余名志愿者提供咨询引导服务。
据了解，今年以来，黄山市持续推进文旅融合发展，推出一批非遗旅游线路和研学产品，让更多游客在旅行中感受徽文化的独特魅力。""",
 editor="责任编辑：程丽", icp="皖ICP备08009876号", ga="皖公网安备34100202000111号"),

dict(id="sk-24", kind="media", lang="zh", skel="media_old", site="邯郸之窗", col="邯郸新闻", domain="www.hdzc-example.cn",
 title="邯郸市出台措施稳定和扩大就业", authors=[], time="2025-05-16",
 meta='2025-05-16　来源：邯郸市人民政府网站　【字体：<a>大</a> <a>中</a> <a>小</a>】',
 body="""日前，邯郸市出台《关于进一步稳定和扩大就业的若干措施》，从支持企业稳岗扩岗、促进重点群体就业、强化职业技能培训、优化就业服务等方面提出18条具体措施。
在支持企业稳岗扩岗方面，对招用高校毕业生、登记失业青年并签订一年以上劳动合同的企业，按每人1500元标准给予一次性扩岗补助；对不裁员或少裁员的参保企业，继续实施失业保险稳岗返还政策。
在促进重点群体就业方面，开发一批见习岗位，对吸纳离校未就业高校毕业生参加就业见习的单位给予见习补贴；实施农民工就业帮扶行动，组织开展“春风行动”“就业援助月”等专项服务活动。
在强化职业技能培训方面，围绕钢铁、装备制造、现代物流等产业需求，开展订单式、定向式培训，年内计划培训各类劳动者5万人次。
此外，邯郸市还将建设一批“15分钟就业服务圈”，打通就业服务“最后一公里”。""",
 copy="邯郸之窗 版权所有", icp="冀ICP备08007777号"),
]
