# Media pages sq-13 .. sq-24 (all invented).
PAGES = [
dict(id="sq-13", kind="media", lang="zh", tpl="media_portal",
 site="齐鲁新闻网", crumbs="齐鲁新闻网 > 山东新闻 > 民生",
 title="济南新增12条公交定制线路 方便市民通勤",
 authors=["陈晓东","王琳"], time="2025-03-21 07:45",
 info="2025-03-21 07:45　来源：济南日报　", 
 body="""本报讯（记者 陈晓东 通讯员 王琳）记者3月20日从济南公交集团获悉，为更好满足市民早晚高峰通勤需求，济南公交将于3月24日起新开通12条定制公交线路，覆盖高新区、历城区、槐荫区等多个大型居住区和产业园区。
据介绍，此次新开通的定制线路采取“一人一座、站点直达”的运营模式，线路全程设站不超过6个，平均通勤时间比常规公交缩短约30%。市民可通过“济南公交”手机应用提前预约座位，票价根据里程在4元至8元之间。
“我们在前期通过线上问卷收集了1.3万余条出行需求，根据客流热力图逐条设计线路。”济南公交集团相关负责人介绍，线路开通后还将根据实际客流情况动态调整发车时间和站点设置。
家住华山片区、在高新区上班的市民刘女士说：“以前上班要换乘两次，单程一个多小时，现在坐定制公交有座位，四十分钟就能到。”
截至目前，济南已累计开通定制公交线路86条，日均服务乘客约2.4万人次。""",
 end="责任编辑：赵明"),

dict(id="sq-14", kind="media", lang="zh", tpl="media_flex",
 site="大河新闻", crumbs="首页 / 河南 / 经济",
 title="河南一季度外贸进出口同比增长9.6%",
 authors=["张鹏飞"], time="2025年04月19日 18:02",
 info="大河报·豫视频　记者　张鹏飞　2025年04月19日 18:02",
 body="""4月19日，记者从郑州海关获悉，今年一季度，河南省货物贸易进出口总值1986.4亿元，同比增长9.6%，增速高于全国平均水平。其中，出口1257.1亿元，增长11.2%；进口729.3亿元，增长7.0%。
## 民营企业成外贸主力军
一季度，河南民营企业进出口1102.6亿元，增长15.8%，占全省外贸总值的55.5%，比重较去年同期提升3个百分点。郑州、洛阳、许昌等地民营企业表现活跃，假发制品、农产品、汽车零部件等出口增势明显。
## 新兴市场拓展成效明显
同期，河南对共建“一带一路”国家进出口896.7亿元，增长13.4%；对东盟、中亚五国进出口分别增长18.1%和27.5%。
> “我们今年新开拓了哈萨克斯坦、乌兹别克斯坦等市场，订单已经排到了7月份。”许昌一家发制品企业负责人说。
郑州海关有关负责人表示，下一步将持续优化通关流程，推广“提前申报”“两步申报”等便利措施，支持企业稳订单、拓市场，助力全省外贸保稳提质。""",
 end="编辑：李想　审核：周鹏"),

dict(id="sq-15", kind="media", lang="zh", tpl="media_portal",
 site="每日甘肃网", crumbs="首页 > 甘肃新闻 > 市州",
 title="敦煌莫高窟旅游旺季实行预约参观",
 authors=["闫晶"], time="2025-04-30 11:27:09",
 info="来源：每日甘肃网-甘肃日报　作者：闫晶　2025-04-30 11:27:09　分享到：",
 body="""记者从敦煌研究院获悉，自5月1日起至10月31日，莫高窟进入旅游旺季，将继续实行“总量控制、线上预约、分时参观”的开放模式，每日接待游客上限为6000人次（不含应急参观票）。
据介绍，旺季期间，游客须通过敦煌研究院官方预约平台提前购买门票，参观时需先在莫高窟数字展示中心观看主题电影和球幕电影，再乘坐摆渡车前往窟区，由讲解员带领参观8个洞窟，全程约4小时。
当日正常参观票售罄后，景区将视情况发售应急参观票，应急票游客可参观4个开放洞窟。敦煌研究院提醒广大游客合理安排行程，避开“五一”“十一”等高峰时段，并注意防晒补水。
近年来，敦煌研究院通过数字化手段加强文物保护与利用，“数字敦煌”资源库已上线30个洞窟的高清图像和全景漫游，游客足不出户即可“云游”莫高窟。""",
 end="（责任编辑：马媛）"),

dict(id="sq-16", kind="media", lang="zh", tpl="media_tv",
 site="天津广播电视台·津云", crumbs="津云 > 新闻 > 天津",
 title="海河夜游航线恢复运营 新增三座码头",
 authors=["赵婧","刘畅"], time="2025-04-05 20:18",
 info="2025-04-05 20:18　津云", top="记者：赵婧　刘畅",
 body="""随着气温回升，海河夜游航线于4月5日起全面恢复运营。今年，海河游船在原有码头基础上新增天津站后广场、大悲院、北安桥三座码头，进一步方便市民游客登船游览。
据运营方介绍，恢复运营后，海河游船每日13:00至22:00运营，夜间航次每30分钟一班，周末及节假日将根据客流适当加密班次。游船全程约1小时，途经解放桥、天津之眼、古文化街等多个知名景点。
“夜色下的海河特别漂亮，两岸灯光倒映在水里，像一幅画。”来自石家庄的游客孙女士说。
!海河夜景|海河夜游游船经过解放桥
为提升游客体验，今年部分游船还推出了“曲艺专船”，乘客可以在船上欣赏相声、快板、京韵大鼓等天津特色曲艺表演。此外，运营方还上线了线上购票、电子导览等服务，游客扫码即可了解沿途建筑背后的历史故事。"""),

dict(id="sq-17", kind="media", lang="zh", tpl="media_flex",
 site="烟台晚报", crumbs="首页 > 本地 > 社会",
 title="烟台苹果花开 果农忙疏花",
 authors=["姜涛","于洋"], time="2025.04.22 16:40",
 info="2025.04.22 16:40", end_byline="（记者　姜涛　通讯员　于洋）",
 body="""眼下正值苹果花期，在栖霞市、蓬莱区等地的果园里，洁白的苹果花竞相绽放，果农们正抓紧时间进行疏花作业。
在栖霞市观里镇的一处果园里，果农王永刚和家人正站在梯子上，仔细地把多余的花朵摘掉。“一个花序只留中心花，这样结出来的果子个头大、品质好。”王永刚说，他家有12亩果园，全家人要忙活半个多月才能完成疏花。
据栖霞市果业发展中心技术人员介绍，疏花是苹果管理中的关键环节，能够减少养分消耗，提高坐果率和果品质量。今年花期气温适宜，授粉条件较好，预计全市苹果产量将保持稳定。
近年来，烟台持续推进苹果产业转型升级，大力推广矮砧密植、水肥一体化等新模式新技术，全市矮砧苹果园面积已超过40万亩。今年，当地还将新建老果园更新改造示范园120处，进一步提升烟台苹果的品牌影响力和市场竞争力。""",
 end="编辑：宋佳　校对：林小红"),

dict(id="sq-18", kind="media", lang="zh", tpl="media_portal",
 site="河南省人民广播电台·映象网", crumbs="映象网 > 新闻频道 > 教育",
 title="河南今年高考报名人数达136万",
 authors=[], time="2025-05-28",
 info="时间：2025-05-28　来源：映象网　阅读：3526",
 body="""5月28日，河南省教育考试院发布消息，2025年河南省普通高考报名人数为136万人，继续位居全国首位。今年高考将于6月7日至10日举行，全省共设考区176个、考场4.5万个。
河南省教育考试院有关负责人介绍，今年我省继续实行“3+1+2”新高考模式的过渡准备工作，考试科目设置与去年相同。为保障考试安全，全省所有考点均已完成标准化考场改造，配备身份识别、无线电监测等设备。
考试院提醒考生，要提前熟悉考点位置和交通路线，按规定时间进入考场，严禁携带手机、智能手表等电子设备。
各地也将陆续启动“护航高考”行动，公安、交通、卫生健康、电力等部门将在考试期间为考生提供交通保障、医疗服务和电力供应，营造安静有序的考试环境。""",
 end="编辑：方圆"),

dict(id="sq-19", kind="media", lang="en", tpl="media_en",
 site="Tianjin Today", crumbs="Home > Business",
 title="Tianjin port handles record container volume in first quarter",
 authors=["Li Wenjing"], time="April 12, 2025",
 info="By Li Wenjing | Updated: April 12, 2025",
 body="""Tianjin Port handled 5.82 million twenty-foot equivalent units of containers in the first quarter of this year, up 7.4 percent year-on-year and a record for the period, the port operator said on Friday.
Officials attributed the growth to new shipping routes to Southeast Asia and the Middle East, as well as the expansion of sea-rail intermodal services that connect the port with inland cities in Hebei, Shanxi and Inner Mongolia.
"We opened six new international routes in the first three months, and our automated terminal has been running at full capacity," said Zhang Hao, a manager at the port's operation center.
The port has been investing heavily in smart and green facilities. Its fully automated container terminal uses driverless trucks and is powered largely by wind and solar energy.
Analysts said the figures point to steady demand in northern China's foreign trade despite uncertainties in the global market.""",
 end="Editor: Wang Qian"),

dict(id="sq-20", kind="media", lang="en", tpl="media_en2",
 site="Henan Daily English", crumbs="HOME / CULTURE",
 title="Luoyang peony festival draws crowds of visitors",
 authors=[], time="2025-04-14 09:30",
 info="Source: Xinhua | 2025-04-14 09:30",
 body="""LUOYANG, April 13 -- The 42nd China Luoyang Peony Culture Festival has attracted large numbers of tourists to the ancient city in central China's Henan province, with more than 1,200 varieties of peonies in full bloom.
Visitors flocked to Wangcheng Park, the National Peony Garden and other scenic spots over the weekend. Many young people dressed in traditional Hanfu costumes posed for photos among the flowers.
Local authorities said the festival, which runs until May 5, features flower shows, cultural performances, night tours and a trade fair for peony-related products such as tea, oil and cosmetics.
Luoyang, which served as the capital of 13 dynasties, has been known for its peonies for more than 1,500 years. The flower industry now provides jobs and income for thousands of local farmers."""),

dict(id="sq-21", kind="media", lang="zh", tpl="media_tv",
 site="甘肃广电总台·视听甘肃", crumbs="首页 > 甘肃要闻",
 title="河西走廊春播全面展开",
 authors=["拓兆兵","马秀兰"], time="2025-04-08 19:35:20",
 info="发布时间：2025-04-08 19:35:20　来源：甘肃广电总台　记者：拓兆兵　马秀兰",
 body="""【导语】清明过后，河西走廊气温回升，武威、张掖、酒泉等地抓住有利时机，全面展开春播生产，田间地头一派繁忙景象。
在武威市凉州区清源镇，大型播种机在田间来回穿梭，一次完成铺膜、播种、覆土等多道工序。种粮大户赵建国今年流转土地1500亩，全部种植玉米。他说：“现在全程机械化，一天能播两百多亩，比过去快多了。”
在张掖市甘州区，制种玉米基地正在进行父本、母本分行播种。甘州区是全国最大的玉米制种基地之一，今年全区制种玉米面积稳定在45万亩左右。
据甘肃省农业农村厅统计，截至目前，河西地区已完成春播面积320余万亩，占计划的41%。各地农技人员深入一线，指导农民科学播种、合理施肥，确保播种质量。
气象部门提醒，近期河西地区昼夜温差较大，局地可能出现倒春寒天气，农户要密切关注天气变化，提前做好覆膜保墒和防冻准备，确保一播全苗。"""),

dict(id="sq-22", kind="media", lang="zh", tpl="media_portal",
 site="大众网·临沂", crumbs="大众网 > 临沂频道 > 县区",
 title="沂南县“红嫂家乡”旅游线路迎客流高峰",
 authors=["崔宏伟"], time="2025/05/03 10:12",
 info="2025/05/03 10:12", top="大众网记者 崔宏伟 临沂报道",
 body="""“五一”假期，沂南县红色旅游持续升温，竹泉村、红嫂家乡旅游区、沂蒙红色影视基地等景区游人如织。据统计，假期前三天，全县共接待游客42.6万人次，实现旅游收入2.1亿元，同比分别增长16.3%和18.7%。
在红嫂家乡旅游区，游客们跟随讲解员参观红嫂纪念馆，聆听“沂蒙红嫂”用乳汁救伤员的感人故事。来自江苏徐州的游客周先生说：“带着孩子来这里，让他知道今天的幸福生活来之不易。”
在沂蒙红色影视基地，“重走沂蒙路”情景剧每天上演6场，场场爆满。景区还推出了小推车体验、军装拍照等互动项目，吸引了不少年轻游客。
为做好假期服务保障，沂南县增设临时停车场8处，新增停车位3000余个，开通景区直通车4条，并组织200余名志愿者在各景区开展文明引导和咨询服务。""",
 end="责任编辑：彭欣"),

dict(id="sq-23", kind="media", lang="zh", tpl="media_flex",
 site="洛阳网", crumbs="洛阳网 > 新闻 > 洛阳新闻",
 title="洛阳老城区完成128个老旧小区改造",
 authors=["孙小蒙"], time="2025-06-03",
 info="2025-06-03　洛阳日报　孙小蒙　文/图",
 body="""记者6月2日从老城区住建局获悉，截至5月底，老城区2024年度128个老旧小区改造项目已全部完工，惠及居民1.1万户。
此次改造涉及基础类、完善类和提升类三类内容。基础类主要包括供水、排水、供电、燃气等管网更新；完善类主要包括加装电梯、增设停车位、建设无障碍设施；提升类主要包括新建社区养老、托育、便民市场等服务设施。
!改造后的小区|改造后的西大街社区
在西大街社区，改造后的小区面貌焕然一新：坑洼的路面铺上了沥青，外墙做了保温处理，楼道里安装了感应灯，还新建了一处口袋公园。居民张大爷说：“住了三十多年的老房子，现在跟新小区差不多。”
老城区住建局相关负责人介绍，改造过程中，他们坚持“居民点单、政府下单”，改不改、改什么、怎么改都由居民商量决定。今年，老城区还将启动新一批46个老旧小区改造，计划年底前全部开工。""",
 end="编辑：李静"),

dict(id="sq-24", kind="media", lang="zh", tpl="media_tv",
 site="淄博广播电视台·齐都新闻", crumbs="首页 > 淄博新闻",
 title="淄博烧烤季再启 “进淄赶烤”热度不减",
 authors=["李晓","韩文娟"], time="2025年05月02日",
 info="齐都新闻　2025年05月02日　浏览：12864",
 body="""“五一”假期，淄博烧烤再次迎来客流高峰。在八大局便民市场、海月龙宫烧烤城等热门地点，游客排队购买小饼、蘸料，品尝地道的淄博烧烤。
为做好假期服务保障，淄博市开通了多条“烧烤专线”公交，串联火车站、高铁站和主要烧烤集聚区，并在热门区域增设临时停车场和公共厕所。市场监管部门也加强了明码标价、食品安全检查，确保游客吃得放心。
“我们是专程从天津过来的，小饼卷上肉和葱，味道真不错。”游客陈先生说。
据淄博市文化和旅游局统计，假期前两天，全市接待游客85.3万人次，实现旅游消费5.6亿元。除了烧烤，齐文化博物院、周村古商城等文旅景点同样人气火爆。
淄博市有关负责人表示，将持续提升城市服务水平，坚持诚信经营、热情待客，让每一位来淄游客都能感受到这座城市的温度，把“流量”变成长久的“留量”。（记者 李晓 韩文娟）""",
 end="编辑：王磊"),
]
