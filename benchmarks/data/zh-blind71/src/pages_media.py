PAGES = [
dict(id="xt-13", kind="media", layout="media", site="长春城事网", icp="吉ICP备20250317号-2", tel="0431-8861××××",
 crumbs=["首页", "城事", "民生"], title=["长春今年新增公共停车泊位1.2万个"],
 info='2025-05-20 08:45　来源：长春城事网　记者 王海洋　实习生 赵思琪　编辑：李　娜',
 authors=["王海洋", "赵思琪"], time="2025-05-20 08:45",
 body="""停车难是不少市民的烦心事。记者19日从市城管执法局获悉，今年长春将新建改建公共停车场46处，新增公共停车泊位1.2万个，其中中心城区占七成以上。
据介绍，新增泊位主要集中在医院、学校、老旧小区和商圈周边，将通过挖潜机关企事业单位内部停车资源、利用边角地建设立体停车库等方式解决。
## 错时共享 车位“活”起来
今年，全市将推动200家机关企事业单位在夜间和节假日向社会开放停车场。市民可通过“长春停车”小程序查询空余泊位并预约。
“晚上下班回来，小区周边总是找不到车位，能错时共享就太好了。”家住朝阳区的市民孙女士说。
## 智慧停车 找位不再难
此外，全市已有1.8万个路内泊位接入智慧停车平台，实现无感支付。市城管执法局相关负责人表示，年底前这一数字将达到3万个。"""),

dict(id="xt-14", kind="media", layout="media", site="北方广电网", icp="辽ICP备19004521号", tel="024-2262××××",
 nav=["首页", "新闻", "直播", "点播", "节目", "主持人", "活动"],
 crumbs=["首页", "新闻", "辽宁新闻联播"], title=["辽宁海上风电项目首批机组并网发电"],
 info='<span>记者：于海波</span>　<span>摄像：曲　涛　高　鹏</span>　<span>编辑：马晓雪</span>　<span>2025年06月18日 19:32</span>',
 authors=["于海波"], time="2025年06月18日 19:32",
 pre='<div class="video">' + '<p>视频加载中...</p><p>00:00 / 02:16</p></div>',
 body="""6月18日，位于庄河海域的海上风电项目首批5台机组成功并网发电，标志着我省海上风电建设迈出关键一步。
该项目总装机容量40万千瓦，共安装单机容量8.5兆瓦的风电机组47台，全部投产后每年可提供清洁电能约12亿千瓦时，相当于节约标准煤36万吨。
项目负责人介绍，施工团队克服冬季海冰、夏季台风等不利条件，采用大直径单桩基础和一体化吊装工艺，比计划提前两个月实现首批机组并网。
近年来，我省加快构建新型能源体系，风电、光伏等新能源装机规模持续扩大。截至5月底，全省新能源装机容量已突破3000万千瓦。
@【责任编辑：马晓雪】"""),

dict(id="xt-15", kind="media", layout="media", site="潇湘观察网", icp="湘ICP备12003088号", tel="0731-8470××××",
 crumbs=["首页", "湖南", "要闻"], title=["湖南今年首趟中欧班列“湘粤非”铁海联运班列开行"],
 info='来源：新华社　|　2025-03-02 21:14:07　|　编辑：彭丽君',
 authors=["谢樱", "帅才"], time="2025-03-02 21:14:07",
 body="""新华社长沙3月2日电（记者 谢樱、帅才）满载机械设备、日用百货等货物的“湘粤非”铁海联运班列2日从长沙北站发出，经广州南沙港转海运，预计25天后抵达南非德班港。
这是湖南今年开行的首趟“湘粤非”铁海联运班列。据介绍，与传统公路运输到港相比，这一线路可为企业节约物流成本约15%。
“以前货物要先用卡车拉到港口，现在在家门口就能装箱发运，一次报关、全程放行。”长沙一家工程机械企业物流负责人说。
2024年，“湘粤非”铁海联运班列共开行320列，运送集装箱1.6万标箱。湖南省商务厅相关负责人表示，今年将进一步加密班列频次，拓展至东非、西非更多港口。"""),

dict(id="xt-16", kind="media", layout="media", site="鹏城新闻网", icp="粤ICP备05068532号", tel="0755-8351××××",
 nav=["首页", "深圳", "湾区", "财经", "科技", "视频", "专题"],
 crumbs=["首页", "深圳", "区域"], title=["宝安一批“城中村”变身青年人才社区"],
 info='<div>记者｜陈嘉欣　通讯员｜罗　文　宝宣</div><div>2025-05-29 10:08　发布于 广东</div>',
 authors=["陈嘉欣", "罗文"], time="2025-05-29 10:08",
 body="""走进宝安区新安街道上合村，新刷的外墙、整洁的巷道、带有共享厨房和自习室的公寓楼，让人很难把这里与过去的城中村联系起来。
今年以来，宝安区通过“统租+改造+运营”模式，已将11个城中村片区的1.6万套房源改造为保障性租赁住房，租金比周边同品质市场租金低10%以上。
!改造后的上合村青年人才社区|改造后的上合村青年人才社区。宝安区供图
## 小空间里的“大配套”
改造不仅是“穿衣戴帽”。每个片区都配建了共享洗衣房、健身角和社区食堂，部分片区还引入了职业技能培训和创业服务。
“刚毕业来深圳，每月租金不到2000元，下楼就能吃饭、锻炼，通勤也方便。”在附近一家科技企业工作的小林说。
宝安区住房和建设局有关负责人表示，今年计划再筹集保障性租赁住房1万套，优先面向新市民和青年人。"""),

dict(id="xt-17", kind="media", layout="media", site="中国发展网", icp="京ICP备08008876号", tel="010-6856××××",
 crumbs=["首页", "地方", "湖南"], title=["湖南邵阳：“打火机之乡”的智造转型"],
 info='2025年04月09日 07:30　　来源：中国发展网　　【<a>字号 大</a> <a>中</a> <a>小</a>】',
 authors=["何立", "李志伟", "付晓"], time="2025年04月09日 07:30",
 body="""@本报记者　何　立　通讯员　李志伟　付　晓
在邵东市的一家打火机生产企业车间里，机械臂快速抓取零件，自动化生产线每分钟可组装打火机120只。“过去这条线需要60个工人，现在只要8个。”企业负责人说。
邵东是全球重要的打火机生产基地，产量约占全球七成。近年来，当地推动传统产业“智改数转”，累计投入技改资金超过15亿元。
## 从“量”到“质”
当地企业与高校合作研发防风、充电、电弧等新产品，申请专利800余项，产品单价平均提高了30%。
## 从“制造”到“品牌”
邵东组建打火机行业协会，建立检测中心，帮助企业统一标准、开拓国际市场。今年一季度，当地打火机出口额同比增长12.4%。
@责任编辑：葛　璐"""),

dict(id="xt-18", kind="media", lang="en", layout="english", site="Xiangjiang Daily English", icp="湘ICP备12009910号",
 crumbs=["Home", "Hunan", "Culture"], title=["Ancient kiln town revives craft", "with young potters"],
 info='<p>By Liu Min and Zhou Yang | Photos by Tan Hui</p><p>Updated: 2025-05-14 16:08</p>',
 related=["Changsha night markets draw summer crowds", "Dongting Lake birds return earlier this year"],
 hot=["Hunan opens new rail link to Guangdong ports", "Chili festival heats up Liuyang"],
 authors=["Liu Min", "Zhou Yang"], time="2025-05-14 16:08",
 body="""!A young potter shapes a vase at a workshop in Tongguan|A young potter shapes a vase at a workshop in Tongguan, Changsha, on May 10. TAN HUI / FOR XIANGJIANG DAILY
Tongguan, a town on the banks of the Xiangjiang River that has fired ceramics for more than 1,200 years, is drawing a new generation of artisans.
More than 300 studios now operate in the town, up from fewer than 80 a decade ago, according to the local culture and tourism bureau. Many are run by graduates in their 20s.
"My grandfather made bowls for farmers. I make tea sets for people who find me online," said Wu Qing, 27, who returned from Shenzhen in 2021 to open a studio.
## From kiln to livestream
Local officials say online sales of Tongguan ceramics reached 460 million yuan ($64 million) last year. The town offers young potters free studio space for two years and training in glaze techniques.
Visitors can also try their hands at the wheel. Weekend classes are often booked out weeks in advance."""),

dict(id="xt-19", kind="media", lang="en", layout="english", site="Liaoning Today", icp="辽ICP备11002241号",
 crumbs=["Home", "News", "Business"], title=["Dalian port handles record container volume in first half"],
 info='<span>Source: Xinhua</span> <span>|</span> <span>Updated: July 08, 2025</span> <span>|</span> <span>Editor: Wang Lin</span>',
 related=["Shenyang auto plant begins electric SUV production", "Liaoning boosts cold-chain logistics"],
 hot=["Ice festival dates announced", "New flights link Shenyang to Central Asia"],
 authors=[], time="July 08, 2025",
 body="""DALIAN, July 8 (Xinhua) -- The port of Dalian in Northeast China's Liaoning province handled a record 5.2 million twenty-foot equivalent units (TEUs) of containers in the first half of this year, up 7.8 percent year-on-year, the port operator said Tuesday.
Growth was driven by new shipping routes to Southeast Asia and South America and by a rise in sea-rail transport to inland provinces, the operator said.
The port opened nine new international container routes in the period, bringing the total to 105.
Sea-rail shipments, which link the port with cities in Northeast China and Inner Mongolia, rose 14 percent to 480,000 TEUs.
The port has also upgraded automated terminals and launched a digital customs platform that cuts clearance time for import containers to less than 24 hours."""),

dict(id="xt-20", kind="media", layout="media", site="星城广电网", icp="湘ICP备08100233号", tel="0731-8882××××",
 nav=["首页", "新闻", "直播", "政情", "民生", "帮忙", "视听"],
 crumbs=["首页", "新闻", "长沙"], title=["长沙地铁6号线东延段开通初期运营"],
 info='2025-06-28 18:20:36<br>记者/刘　畅　摄像/彭　湃　编辑/谭　雯　监制/李　晖',
 authors=["刘畅"], time="2025-06-28 18:20:36",
 body="""6月28日10时，长沙地铁6号线东延段开通初期运营。线路全长4.5公里，设车站2座，西起黄花机场T1T2航站楼站，东至黄花机场T3航站楼站。
东延段开通后，市民从市中心乘坐6号线可直达机场新航站楼，全程约40分钟。
“以前赶飞机要换乘磁浮，现在一趟车就到了，方便多了。”首日乘车的市民张先生说。
长沙市轨道交通集团有关负责人介绍，开通初期，东延段工作日早晚高峰行车间隔为6分钟，平峰期为8分钟。运营首日，东延段两座车站客流量达2.1万人次。
据了解，长沙地铁目前在建线路还有4条，到2027年全市轨道交通运营里程将突破300公里。"""),

dict(id="xt-21", kind="media", layout="media", site="吉视新闻网", icp="吉ICP备10001156号", tel="0431-8878××××",
 nav=["首页", "吉林", "时政", "视频", "直播", "融媒体", "关于我们"],
 crumbs=["首页", "吉林", "市州"], title=["延边：“朝鲜族农乐舞”进校园 非遗传承有新人"],
 info='【<a>关闭</a>】 吉视新闻网　2025年04月27日 19:46:05 星期日<br>记者：金成浩　乌兰·巴特尔　摄像：崔东日　编辑：朴美兰',
 info_pos="above",
 authors=["金成浩", "乌兰·巴特尔"], time="2025年04月27日 19:46:05 星期日",
 body="""伴随着欢快的长鼓声，延吉市一所小学的操场上，三百多名学生身着民族服装，跳起了朝鲜族农乐舞。
朝鲜族农乐舞是国家级非物质文化遗产，2009年被列入联合国教科文组织人类非物质文化遗产代表作名录。近年来，延边州推动非遗进校园，目前已有86所中小学开设农乐舞课程。
“孩子们学得很快，有的已经能表演完整的象帽舞了。”非遗传承人、教练金顺姬说。
当地还编写了校本教材，组织传承人定期到学校授课，并举办全州中小学农乐舞展演。
“我最喜欢甩象帽，转起来像一朵花。”五年级学生李智贤说。
延边州文化广播电视和旅游局相关负责人表示，下一步将建设非遗传承基地，让更多青少年了解、热爱民族传统文化。"""),

dict(id="xt-22", kind="media", layout="media", site="南粤在线", icp="粤ICP备11010202号", tel="020-8716××××",
 nav=["首页", "广东", "湾区", "财经", "政务", "视听", "文旅"],
 crumbs=["首页", "广东", "民生"], title=["广东今年将开工改造城镇老旧小区1500个"],
 info='<span>2025-03-18 09:12</span>　<span>南粤在线</span>　<span>阅读：3.2万</span>',
 authors=["周婉婷"], time="2025-03-18 09:12",
 body="""本网记者周婉婷从省住房和城乡建设厅获悉，2025年广东计划新开工改造城镇老旧小区1500个以上，惠及居民约20万户。
今年的改造将更加突出“民生短板”。各地将优先实施燃气、供水、排水等老化管线更新，同步推进加装电梯、适老化改造和无障碍环境建设。
省住房城乡建设厅有关负责人介绍，广东将推广“政府引导、居民出资、社会参与”的改造模式，鼓励企业通过投资改造、运营停车场和社区商业等方式参与。
## 既改“面子”，更改“里子”
广州、深圳、佛山等地已率先探索“城市更新+完整社区”建设，在改造中同步补齐养老托育、便民商业等设施。
据统计，“十四五”以来，广东累计开工改造城镇老旧小区9600多个，完成加装电梯1.5万台。
@（编辑：梁志成　校对：何莉）"""),

dict(id="xt-23", kind="media", layout="media", site="盛京新闻网", icp="辽ICP备05012365号", tel="024-2269××××",
 crumbs=["首页", "沈阳", "社会"], title=["浑南一小区电梯故障被困 消防员10分钟救出6人"],
 info='2025-06-03 07:58:12来源：沈阳晚报作者：记者&nbsp;孟凡&nbsp;通讯员&nbsp;高宇',
 crumb_label="您的位置：",
 authors=["孟凡", "高宇"], time="2025-06-03 07:58:12",
 body="""6月2日晚8时许，浑南区某小区一部电梯突发故障停在两层楼之间，6名居民被困，其中包括两名儿童。
接警后，浑南消防救援站立即出动。消防员到场后先切断电梯电源，通过对讲与被困人员保持沟通，安抚情绪。随后，消防员用专用工具打开厅门，确认轿厢位置后将被困人员逐一救出，整个过程用时约10分钟。
!消防员将被困儿童抱出电梯|消防员将被困儿童抱出电梯。消防供图
消防部门提醒：被困电梯时切勿扒门、撬门，应立即按下警铃或拨打电梯内救援电话、119报警，保持冷静等待救援。
据了解，事发电梯已使用14年，物业已联系维保单位对电梯进行全面检修。"""),

dict(id="xt-24", kind="media", layout="media", site="株洲新闻网", icp="湘ICP备09002117号", tel="0731-2883××××",
 nav=["首页", "时政", "株洲", "评论", "视频", "数字报"],
 crumbs=["首页", "评论", "株洲评论"], title=["让“15分钟生活圈”更有温度"],
 info='发布时间：2025-07-21　　作者：向阳　　来源：株洲日报',
 authors=["向阳"], time="2025-07-21",
 body="""@文/向阳
近日，我市又有12个社区建成“15分钟生活圈”，买菜、就医、托育、养老等日常所需，步行一刻钟就能解决。这既是城市治理精细化的体现，也是群众获得感的实在来源。
生活圈建得好不好，关键看居民用得顺不顺。一些社区的便民设施建起来了，却因开放时间短、服务项目少而“门可罗雀”；有的养老驿站位置偏、无电梯，老人上不去。
让生活圈更有温度，首先要问需于民。设施建在哪里、提供什么服务，应当多听居民意见，而不是“拍脑袋”决定。
其次要算好长远账。建设是一时的，运营是长期的。引入专业机构运营，探索“公益+低偿”模式，才能让服务可持续。
最后要补齐“一老一小”短板。城市的温度，往往体现在对老人和孩子的细心关照上。
15分钟，丈量的是距离，更是民生的温度。"""),
]
