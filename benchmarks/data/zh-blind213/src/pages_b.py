"""Media pages rf-13..rf-24 (invented)."""
P = []
def add(**k): P.append(k)

add(id='rf-13', site='广西新闻网', prov='桂', layout='grid',
 crumbs='广西新闻网 &gt; 新闻中心 &gt; 广西新闻',
 title='南宁地铁5号线南延线进入铺轨阶段', authors=['黄海燕','韦宁'], time='2025-03-20 07:58',
 info='<div class="meta"><span>2025-03-20 07:58</span><span>来源：南宁晚报</span></div>', pos='below',
 blocks=[('p','本报讯（记者 黄海燕 通讯员 韦宁）3月19日，随着首组25米长钢轨平稳落入道床，南宁地铁5号线南延线正式进入铺轨阶段，标志着工程由土建施工全面转入系统安装阶段。'),
  ('p','5号线南延线全长约4.6公里，均为地下线，设车站3座，线路向南延伸至五象新区南部片区。项目自开工以来，克服了富水圆砾地层、邻近既有建筑物等施工难题，目前车站主体结构已全部封顶。'),
  ('p','施工单位负责人介绍，本次铺轨采用“长轨枕式整体道床”工艺，计划于今年8月完成全线铺轨，年底前实现“电通”。'),
  ('p','南延线建成后，将有效缓解五象新区南部居民出行压力，进一步完善南宁城市轨道交通网络。')],
 post='<p>责任编辑：蒙晓</p>', rel=['南宁今年将新开通公交线路12条','五象新区新建中小学9所'])

add(id='rf-14', site='东北网', prov='黑', layout='div',
 crumbs='首页 | 黑龙江新闻 | 正文',
 title='黑龙江首批冰雪旅游列车今冬开行', authors=['李博文'], time='2025-11-03 14:22',
 info='<p class="info">2025-11-03 14:22　来源：东北网　作者：李博文　<a>手机看新闻</a></p>', pos='below',
 blocks=[('p','东北网11月3日讯　记者从中国铁路哈尔滨局集团有限公司获悉，今冬黑龙江首批冰雪旅游列车将于12月中旬开行，线路覆盖哈尔滨、亚布力、雪乡、漠河等热门冰雪目的地。'),
  ('p','据介绍，首批开行的旅游列车共6列，采用“夕发朝至”和“旅游专列+景区联票”模式，车厢内增设观景区和餐吧，部分车次还提供东北特色民俗表演。'),
  ('p','“去年冬天我们一家坐旅游列车去了漠河，一觉醒来就到了北极村，很方便。”来自广州的游客刘女士说，今年还打算带父母来看冰雕。'),
  ('p','哈尔滨局集团公司相关负责人表示，将根据客流情况动态增开列车，并在主要车站设置冰雪旅游服务台，为旅客提供行李寄存、景区接驳等服务。')],
 post='<p>[责任编辑：王丽娜]</p>', rel=['哈尔滨冰雪大世界12月下旬开园','亚布力滑雪场新增雪道5条'])

add(id='rf-15', site='西安新闻网', prov='陕', layout='table',
 crumbs='当前位置：西安新闻网 &gt;&gt; 西安',
 title='大唐不夜城夜间客流创新高', authors=['马骁'], time='2025年10月7日 22:10',
 kicker='国庆假期西安文旅市场火热', sub='单日接待游客超45万人次',
 info='2025年10月7日 22:10　　西安日报', pos='below',
 pre='<p>记者　马骁</p>',
 blocks=[('p','10月6日晚，大唐不夜城步行街灯火璀璨，“盛唐密盒”“不倒翁小姐姐”等演艺节目前人头攒动。据景区统计，当天接待游客45.3万人次，创历史同期新高。'),
  ('p','国庆假期，西安文旅市场持续升温。全市重点监测的旅游景区累计接待游客1026万人次，同比增长14.8%；旅游收入同比增长17.2%。'),
  ('h','夜经济成为新亮点'),
  ('p','今年假期，西安推出“长安夜游”系列活动，大雁塔、钟鼓楼、永兴坊等街区延长营业时间至凌晨。不少游客选择“白天逛博物馆、晚上看演出”的行程。'),
  ('p','“夜里的西安更有味道。”从成都来的游客杨凯说，一家人连续三个晚上都在逛街区、吃小吃。')],
 post='<p>编辑：田甜</p>')

add(id='rf-16', site='交汇点新闻', prov='苏', layout='app',
 crumbs='',
 title='南京江北新区集成电路产业规模突破千亿', authors=['陈静','吴昊'], time='2025-06-18 19:36:40',
 info='<div class="acc"><span>交汇点记者 陈静 吴昊</span><span>2025-06-18 19:36:40</span></div>', pos='below',
 blocks=[('p','记者从6月18日召开的南京江北新区产业发展大会上获悉，新区集成电路产业规模已突破千亿元，集聚上下游企业超过600家，形成了涵盖设计、制造、封测、装备材料的完整产业链。'),
  ('p','在位于研创园的一家芯片设计企业，工程师们正在调试新一代车规级芯片。企业负责人介绍，公司去年营收增长超过六成，产品已进入多家整车厂供应链。'),
  ('p','江北新区管委会有关负责人表示，新区将设立总规模50亿元的集成电路产业基金，重点支持关键核心技术攻关，同时加快建设人才公寓、国际学校等配套设施。'),
  ('p','业内人士认为，随着一批重大项目陆续投产，江北新区有望成为长三角重要的集成电路产业高地。')],
 post='<p>校对 孙磊</p><p>打开交汇点APP 阅读更多精彩内容</p>')

add(id='rf-17', site='桂林日报', prov='桂', layout='div',
 crumbs='首页 &gt; 本地新闻',
 title='漓江流域今年将完成生态修复项目30个', authors=['蒋文涛'], time='2025年03月26日',
 info='<p class="info">桂林日报　2025年03月26日　【字号：大 中 小】</p>', pos='below',
 blocks=[('p','记者日前从市生态环境局获悉，今年漓江流域将实施生态保护修复项目30个，总投资约18.6亿元，涉及水环境治理、石漠化综合治理、矿山生态修复等多个领域。'),
  ('p','在阳朔县兴坪镇，施工人员正在对沿江一处废弃采石场进行复绿。“我们采用客土喷播技术，先固土、再播种，预计明年就能看到成片绿色。”现场技术员说。'),
  ('p','市生态环境局负责人表示，今年将重点推进漓江干流及主要支流沿岸农业面源污染治理，建设生态拦截沟渠40公里，确保漓江干流水质稳定保持Ⅱ类以上。'),
  ('p','近年来，桂林持续推进漓江流域山水林田湖草沙一体化保护和修复，漓江沿岸森林覆盖率已达到76%。')],
 post='<p>文/记者　蒋文涛</p><p>责任编辑：阳敏</p>')

add(id='rf-18', site='黑龙江网', prov='黑', layout='grid',
 crumbs='首页 &gt; 要闻 &gt;',
 title='新华社：黑龙江秋粮收获进度过半', authors=[], time='2025-10-12 11:03',
 info='<div class="meta"><span>2025-10-12 11:03</span><span>来源：新华社</span></div>', pos='below',
 blocks=[('p','新华社哈尔滨10月12日电　金秋时节，黑龙江广袤田野上大型收获机械往来穿梭，秋粮收获工作正有序推进。据黑龙江省农业农村厅统计，截至11日，全省秋粮已收获超过一半。'),
  ('p','在建三江七星农场，数十台收割机在稻田中同时作业，收获后的稻谷直接装车运往烘干塔。农场负责人说，今年水稻长势好，预计亩产比去年增加约30公斤。'),
  ('p','为保障秋收顺利进行，黑龙江组织农机作业服务组织1.2万个，投入各类收获机械20余万台，并提前开展农机检修和驾驶员培训。'),
  ('p','同时，各地加强粮食烘干、仓储能力建设，引导多元主体积极入市收购，确保农民种粮卖得出、卖得好。')],
 post='<p>【纠错】 编辑：赵明</p>')

add(id='rf-19', site='Shaanxi Daily English', prov='陕', layout='grid', lang='en',
 crumbs='Home &gt; News &gt; Shaanxi',
 title="Xi'an's Silk Road freight trains hit record in first half", authors=['Li Jingwen','Zhao Peng'], time='July 10, 2025',
 info='<div class="meta"><span>By Li Jingwen and Zhao Peng</span><span>Updated: July 10, 2025</span><span>Source: Shaanxi Daily</span></div>', pos='below',
 blocks=[('p',"The China-Europe Railway Express (Xi'an) operated 2,810 freight trips in the first half of this year, up 9.6 percent year-on-year, according to the Xi'an International Port Area administration."),
  ('p',"The trains carried cargo including new energy vehicles, photovoltaic panels and household appliances, with Xi'an now linked by rail to 45 countries and regions across Europe and Asia."),
  ('p','"Rail freight has cut our delivery time to Germany from about 40 days by sea to 14 days," said Wang Hao, logistics manager of a local auto parts company.'),
  ('p','Officials said the port will expand its customs clearance capacity and open new routes to Central Asia in the second half of the year.')],
 post='<p>Editor: Sun Mei</p>')

add(id='rf-20', site='Jiangsu Now', prov='苏', layout='div', lang='en',
 crumbs='Home / Culture',
 title='Suzhou garden opens night tours with Kunqu performances', authors=['Emily Chen'], time='2025-08-05 15:40',
 info='<p class="info">2025-08-05 15:40　Jiangsu Now</p>', pos='below',
 pre='<p>By Emily Chen</p>',
 blocks=[('p','Visitors to the Master of the Nets Garden in Suzhou can now enjoy Kunqu opera excerpts by lantern light, as the classical garden extends its summer night tours until the end of October.'),
  ('p','Each evening, performers stage short scenes from The Peony Pavilion and other classic works in different halls of the garden, while musicians play traditional instruments by the pond.'),
  ('p','"It feels like walking through a painting," said Anna Fischer, a tourist from Germany. "I did not understand every word, but the music and costumes were beautiful."'),
  ('p','Garden managers said the number of night visitors is limited to 600 per evening to protect the heritage site, and tickets must be booked online in advance.')],
 post='<p>Photo: Zhou Lin</p>')

add(id='rf-21', site='北海日报', prov='桂', layout='table',
 crumbs='北海新闻网 &gt; 北海要闻',
 title='北海银滩片区改造提升工程全面完工', authors=['陈少华','林小婷'], time='2025-06-28',
 info='作者：陈少华 林小婷　　来源：北海日报　　时间：2025-06-28', pos='above',
 blocks=[('p','6月27日，随着最后一段滨海步道铺装完成，北海银滩片区改造提升工程全面完工。改造后的银滩新增海滨绿道8公里、休闲广场5处，沙滩面积较改造前增加约12万平方米。'),
  ('p','“以前这里建筑密集，看海都被挡住了，现在视野开阔多了。”在银滩晨练的市民庞阿姨说。'),
  ('p','据介绍，工程按照“还滩于民、还海于民”的思路，拆除了沿海违规建筑，修复受损岸线，并同步配套建设了游客服务中心、停车场和公共卫生间。'),
  ('p','暑期即将到来，北海市将在银滩举办沙滩音乐节、海上运动嘉年华等系列活动，进一步提升滨海旅游品质。')],
 post='<p>编辑：苏晓</p>')

add(id='rf-22', site='哈尔滨新闻网', prov='黑', layout='grid',
 crumbs='您当前的位置 ：哈尔滨新闻网 &gt; 民生',
 title='冰城今冬供热准备就绪', authors=['王一鸣'], time='2025-10-19 08:00',
 info='<div class="meta"><span>2025-10-19 08:00</span><span>哈尔滨日报</span><span>阅读 5.2万</span></div>', pos='below',
 blocks=[('p','10月20日起，哈尔滨市正式进入2025—2026年度供热期。记者从市住房和城乡建设局了解到，全市各供热企业已完成设备检修和管网改造，储煤量达到供热期用量的七成以上。'),
  ('p','今年，全市共改造老旧供热管网420公里，涉及居民小区386个。在道外区一处老旧小区，居民张大爷说：“往年一到冬天屋里就18度，今年换了新管子，应该能热乎不少。”'),
  ('p','市住建局提醒，供热期间如遇室温不达标等问题，可拨打供热服务热线12345反映，相关企业须在24小时内上门处理。'),
  ('p','此外，全市还将继续推行供热“访民问暖”活动，组织工作人员入户测温，及时解决群众急难愁盼问题。（王一鸣）')],
 post='<p>审核：刘丹　编辑：高洋</p>')

add(id='rf-23', site='西部网', prov='陕', layout='div',
 crumbs='西部网首页 &gt; 陕西 &gt; 正文',
 title='陕西延安苹果开摘 果农迎来丰收季', authors=['白雪'], time='2025年9月28日 17:11',
 info='<p class="info">2025年9月28日 17:11　　来源：西部网　　记者：白雪</p>', pos='below',
 blocks=[('p','金秋九月，延安洛川县30万亩苹果进入采摘期。在凤栖街道谷咀村的果园里，红彤彤的苹果挂满枝头，果农们忙着采摘、分拣、装箱，到处是一派丰收景象。'),
  ('img','果农采摘苹果','9月27日，洛川县果农在采摘苹果。西部网记者 白雪 摄'),
  ('p','“今年雨水好，果子个头大、颜色正，收购价每斤比去年高了两毛钱。”种了12亩苹果的果农屈建军一边摘果一边说。'),
  ('p','近年来，洛川县推广矮化密植、水肥一体化等技术，建成智慧果园示范基地15个，苹果优果率提升到82%以上。今年全县苹果产量预计达到110万吨。'),
  ('p','在县城的苹果交易市场，来自全国各地的客商正在洽谈订单，部分苹果还将通过冷链物流销往东南亚。')],
 post='<p>编辑：王璐</p>')

add(id='rf-24', site='扬子晚报网', prov='苏', layout='grid',
 crumbs='扬子晚报网 &gt; 江苏',
 title='南京今年将新增托育服务机构100家', authors=['杨琳'], time='2025-02-26 21:05:33',
 info='<div class="meta"><span>扬子晚报网2月26日讯（记者 杨琳）</span></div><div class="meta"><span>2025-02-26 21:05:33</span></div>', pos='below',
 blocks=[('p','记者从2月26日召开的南京市卫生健康工作会议上获悉，今年南京将新增普惠性托育服务机构100家，新增托位5000个，每千人口拥有3岁以下婴幼儿托位数达到4.8个。'),
  ('p','“孩子一岁半，我们夫妻都上班，老人身体也不好，最盼望的就是家门口能有靠谱的托育园。”家住建邺区的市民周女士说。'),
  ('p','市卫健委相关负责人介绍，今年将重点推进社区嵌入式托育、用人单位办托和幼儿园托班建设，对新建普惠托位给予每个1万元的一次性补助，同时加强托育机构安全管理和从业人员培训。'),
  ('p','目前，南京已备案托育机构860余家，其中普惠性托育机构占比超过六成。')],
 post='<p>校对 王菲</p>')
