# Media pages qc-13 .. qc-24 (qc-19, qc-20 English). Everything invented.
P = []

P.append(dict(id="qc-13", kind="media", lang="zh", layout="media",
 doctitle="秦岭北麓新建3处野生动物救护站_三秦晨报网",
 title="秦岭北麓新建3处野生动物救护站", authors=["赵欣然", "周凯"], time="2025-04-11 07:58",
 body=["本报讯（记者 赵欣然 通讯员 周凯）记者10日从省林业部门获悉，今年秦岭北麓将新建3处野生动物救护站，分别位于周岭、鄠川和蓝峪，预计10月底前投入使用。",
  "据介绍，近年来秦岭生态持续向好，羚牛、金丝猴等野生动物下山觅食的情况增多，去年全省共救护各类野生动物1460余只次，其中国家重点保护动物近300只次。现有救护站点分布不均，部分区域从发现到送救往往需要3个小时以上。",
  "新建的救护站将配备隔离笼舍、手术室和康复场地，每站配备专职兽医2名。同时，沿山各镇将设立临时救护点，形成“半小时送救圈”。",
  "省林业部门提醒，市民发现受伤或误入村庄的野生动物，不要围观、投喂或私自饲养，应及时拨打当地林业部门电话或110报警。",
  "“救护只是一方面，更重要的是让动物回到山林。”省野生动物救护中心一位负责人说，今年还将开展10次以上放归活动。"],
 html="""<div class='nav'><b>三秦晨报网</b> <a>首页</a><a>陕西</a><a>国内</a><a>财经</a><a>文旅</a> <a>登录</a> <a>注册</a></div>
<div class='main'><div class='left'><p>三秦晨报网 &gt; 陕西新闻 &gt; 正文</p>
<h1>秦岭北麓新建3处野生动物救护站</h1><div class='meta'><span>2025-04-11 07:58</span><span>来源：三秦晨报</span><span>编辑：刘倩</span></div>
<div class='cnt'>{BODY}</div><p>【责任编辑：刘倩】</p><div>分享到：<a>微信</a> <a>微博</a> <a>QQ</a></div>
<h4>相关新闻</h4><ul><li><a>秦岭大熊猫种群数量稳中有升</a></li><li><a>周岭县发现野生林麝活动踪迹</a></li></ul></div>
<div class='right'><h4>排行榜</h4><ol><li>西安地铁新线试运行</li><li>陕西春季高考报名启动</li></ol></div></div>
<div class='foot'>三秦晨报社版权所有 未经书面授权禁止转载 陕ICP备10009823号 互联网新闻信息服务许可证编号：61120170009</div>"""))

P.append(dict(id="qc-14", kind="media", lang="zh", layout="media",
 doctitle="合肥：首批低空物流航线开通_江淮在线",
 title="首批低空物流航线开通", authors=[], time="2025年04月15日 14:06",
 body=["新华社合肥4月15日电 15日上午，合肥首批3条城市低空物流航线正式开通，无人机将在滨湖新区、高新区等区域开展外卖、快递和医疗样本配送。",
  "据介绍，3条航线总长约28公里，起降点设在商业综合体、医院和大型社区附近。无人机单次最大载重5公斤，从下单到送达平均用时约20分钟，比地面配送快近一半。",
  "其中，连接市第三人民医院与两家社区卫生服务中心的医疗样本航线，每天可往返运送血液、病理样本约40批次。",
  "当地民航管理部门表示，将对航线实行全程监控，无人机飞行高度控制在120米以下，并避开学校、居民密集区上空。下一步将根据运行情况逐步增加航线。",
  "近年来，安徽加快发展低空经济，已聚集无人机整机和零部件企业200余家，去年相关产业产值超过150亿元。"],
 html="""<div class='nav'><b>江淮在线</b> <a>新闻</a><a>安徽</a><a>视频</a><a>科技</a> <input placeholder='搜新闻'></div>
<div class='main'><div class='left'><p class='yt'>低空经济再添新场景</p><h1>首批低空物流航线开通</h1><p class='ft2'>——合肥3条城市航线覆盖医院和社区</p>
<div class='meta'><span>2025年04月15日 14:06</span><span>来源：新华社</span></div>
<div class='cnt'>{BODY}</div><p>编辑：吴昊　校对：程晨</p>
<div>上一篇：<a>安徽一季度外贸进出口增长9.1%</a>　下一篇：<a>巢湖渔民转产后的新生活</a></div></div>
<div class='right'><p>热门推荐</p><p>• 黄山景区门票预约新规</p></div></div>
<div class='foot'>江淮在线 版权所有 皖ICP备08102345号 皖公网安备34010402000712号</div>"""))

P.append(dict(id="qc-15", kind="media", lang="zh", layout="grid",
 doctitle="银湖日报｜贺兰山东麓葡萄园开始“出土”",
 title="贺兰山东麓葡萄园陆续“出土”", authors=["马燕", "纳·热依汗"], time="2025.04.03",
 body=["清明前后，贺兰山东麓的酿酒葡萄园里一派繁忙。在永宁一家酒庄的葡萄园，几十名工人正将冬季埋在土里的葡萄藤挖出、上架、修剪。",
  ("img", "工人在葡萄园中为葡萄藤出土", "4月2日，工人在葡萄园内为葡萄藤出土上架。 马燕 摄"),
  "“今年冬天雪水足，藤条保存得很好，出土后发芽率应该在95%以上。”酒庄种植部经理李国华说，今年酒庄计划引进2个新品种，进行小面积试种。",
  "据了解，宁夏酿酒葡萄种植面积已超过60万亩，每年春季“出土”需要大量人工，带动周边农民季节性务工2万余人。来自西吉县的务工者马海军说，他和妻子每天能挣400多元，干一个月就能攒下一笔钱。",
  "为缓解用工压力，今年部分酒庄开始试用葡萄藤出土机械，效率比人工提高5倍以上。但由于山地地块不规则，机械化推广仍面临难题。",
  "当地农业部门表示，将继续加强技术培训，推动酿酒葡萄产业提质增效。",
  "（记者 马燕 纳·热依汗）"],
 html="""<header>银湖日报 · 新闻客户端 <a>首页</a> <a>要闻</a> <a>区内</a> <a>经济</a> <a>登录</a></header>
<div class='g'><article><h1>贺兰山东麓葡萄园陆续“出土”</h1><p class='meta'>银湖日报　2025.04.03　阅读 1.2万</p>{BODY}
<p>责任编辑：杨　帆</p></article><aside><h4>推荐阅读</h4><p>宁夏枸杞春季管护进入关键期</p><p>银川河东机场新增航线</p></aside></div>
<footer>银湖日报社 主办 宁ICP备05001234号 <img src='%GIF%' alt='下载客户端二维码' width='1' height='1'> 扫码下载客户端</footer>"""))
P[-1]["body"][-1] = "（记者 马燕 纳·热依汗）"
# closing byline in parentheses as its own line is standalone -> not body
P[-1]["body"][-1] = ("raw", "<p>（记者 马燕 纳·热依汗）</p>")

P.append(dict(id="qc-16", kind="media", lang="zh", layout="media",
 doctitle="“苏超”带火周末经济 - 金陵晚报",
 title="一场足球赛带火一座城的周末", authors=["陈思远"], time="2025-06-16 22:41:09",
 body=["记者 陈思远",
  "6月14日晚，徐淮市奥体中心座无虚席。4万多名观众挥舞着旗帜，为本市球队呐喊助威。这场江苏城市足球联赛的比赛，门票开售不到一小时就全部售罄。",
  "比赛带来的不只是热闹。据徐淮市文旅局统计，比赛日当天全市酒店入住率达92%，比平时周末高出近30个百分点；奥体中心周边3公里范围内的餐饮门店营业额同比增长六成以上。",
  "“从下午四点就开始排队，烧烤一直卖到凌晨两点。”在奥体中心附近经营烧烤店的刘师傅说，那天他一晚上卖出了1200多串羊肉串，创下开店以来的纪录。",
  "不少外地球迷专程赶来。来自连港市的球迷小周和朋友一行6人，提前一周订好了酒店，“看完球第二天还去逛了博物馆和户部山，感觉这座城市很有烟火气。”",
  "业内人士认为，城市联赛打破了职业赛事的距离感，让普通市民有了参与感和归属感。如何把“流量”变成“留量”，考验着各地的城市服务能力。"],
 html="""<div class='nav'><b>金陵晚报</b> <a>首页</a><a>南京</a><a>江苏</a><a>体育</a><a>民生</a></div>
<div class='main'><div class='left'><p>当前位置：首页 &gt; 体育</p><h1>一场足球赛带火<br>一座城的周末</h1>
<div class='meta'><span>来源：金陵晚报</span><span>2025-06-16 22:41:09</span><span>点击：38741</span></div>
<div class='cnt'>{BODY}</div><p>责任编辑：黄立群</p><p>声明：转载本网稿件请注明出处</p></div>
<div class='right'><p>24小时热文</p><p>南京地铁6号线全线贯通</p></div></div>
<div class='foot'>Copyright © 金陵晚报 苏ICP备11045678号</div>"""))
P[-1]["title"] = "一场足球赛带火一座城的周末"
P[-1]["body"][0] = ("raw", "<p><strong>记者 陈思远</strong></p>")

P.append(dict(id="qc-17", kind="media", lang="zh", layout="app",
 doctitle="延州融媒",
 title="延州苹果花开 果农忙着疏花", authors=["高鹏飞", "白雪"], time="04-21 09:12",
 body=["眼下正值苹果花期，延州市宝塔山下的万亩果园里，白里透红的苹果花竞相开放。果农们忙着疏花、授粉，为丰收打基础。",
  "在柳林镇的一处果园，果农张宝成站在梯子上，一朵一朵地掐掉多余的花蕾。“一个花序只留一个中心花，果子才能长得大、长得匀。”他说，自家20亩果园要干十来天。",
  "为了提高坐果率，当地不少果园放养了壁蜂。镇农业综合服务站站长刘军介绍，一亩果园放200只左右壁蜂就够了，比人工授粉省工省钱。",
  "今年延州市苹果种植面积稳定在86万亩左右，市里组织了150名技术人员分片包村，指导果农科学管理。",
  "近年来，延州不断推广矮化密植和水肥一体化技术，新建果园亩产可达4000斤以上。不少果农还在果园里装上了防雹网和智能气象站，手机上就能查看温度、湿度变化。",
  "“就盼着今年别来晚霜。”望着满园花开，张宝成笑着说。"],
 html="""<div class='bar'><span>延州融媒</span><span class='open'>打开APP</span></div>
<h1>延州苹果花开 果农忙着疏花</h1><div class='au'>延州融媒 04-21 09:12 <span>阅读 4862</span></div>
<div class='au'>记者 高鹏飞 白雪</div>
<div class='ct'>{BODY}</div><p class='au'>编辑：冯婷　审核：王建新</p>
<div class='open'>打开延州融媒APP，阅读体验更佳</div><p>点赞 56　评论 12　分享</p>"""))

P.append(dict(id="qc-18", kind="media", lang="zh", layout="grid",
 doctitle="评论｜“夜校热”背后是对美好生活的追求 - 江淮观察",
 title="“夜校热”背后是对美好生活的追求", authors=["程远"], time="2025年3月5日",
 body=["开春以来，各地青年夜校陆续开课，不少热门课程一经发布便被“秒光”。在芜江，今年春季夜校设置的60门课程、2400个名额，开放报名仅十分钟就全部报满。",
  "夜校为何这么火？一方面，课程价格亲民，十几节课收费几百元甚至免费，让年轻人花小钱就能学到声乐、书法、咖啡、摄影等技能。另一方面，夜校为忙碌了一天的上班族提供了一个放松身心、结识朋友的空间。",
  "“夜校热”折射出的，是人们对精神文化生活的更高需求。当物质生活不断改善，人们越来越愿意为兴趣、为成长投入时间。",
  "当然，火爆之下也要冷思考。一些地方夜校出现“一课难求”，抢课靠手速；有的课程质量参差不齐，师资不够稳定。这需要主办方在扩大供给、优化课程上多下功夫，也可以引导社会力量参与，形成多元供给格局。",
  "让夜校之光照亮更多人的夜晚，城市也会因此更有温度。"],
 html="""<header>江淮观察 <a>评论</a> <a>时政</a> <a>深度</a></header>
<div class='g'><article><p class='meta'>评论频道</p><h1>“夜校热”背后是对美好生活的追求</h1>
<p class='meta'>作者：程远　来源：江淮观察　发布时间：2025年3月5日</p>{BODY}
<p>（作者系安徽省社会科学界特约评论员）</p><p>编辑：王一帆</p></article><aside>往期评论</aside></div>
<footer>江淮观察 版权所有 皖ICP备17001111号-2</footer>"""))

P.append(dict(id="qc-19", kind="media", lang="en", layout="media",
 doctitle="Ancient murals in Shaanxi tomb restored - Qinfeng Daily English",
 title="Restorers bring Tang tomb murals back to life", authors=["Li Hanwen", "Zhou Qi"], time="April 22, 2025",
 body=["Conservators in Xi'an have completed a three-year project to restore 42 murals from a Tang Dynasty (618-907) tomb, the provincial cultural heritage bureau said on Monday.",
  "The murals, discovered in 2019 during road construction south of the city, depict court ladies, musicians and hunting scenes. Many had cracked and peeled after more than 1,200 years underground.",
  "\"We used traditional glue made from animal skin together with new materials that can be removed in the future,\" said Wang Lifen, who led the team of 16 restorers. \"Every step must be reversible.\"",
  "The team first scanned each panel in high resolution, then reinforced the plaster layer before cleaning soot and salt deposits. Some pieces had broken into more than 300 fragments.",
  "Eight of the restored murals will go on show at a museum in Xi'an next month, while the rest will be kept in storage for research.",
  "Experts say the murals offer rare evidence of daily life among mid-ranking officials in the Tang capital."],
 html="""<div class='nav'><b>QINFENG DAILY</b> <a>Home</a><a>China</a><a>Shaanxi</a><a>Culture</a><a>Travel</a> <input placeholder='Search'></div>
<div class='main'><div class='left'><p>Home / Culture</p><h1>Restorers bring Tang tomb murals back to life</h1>
<div class='meta'><span>By Li Hanwen and Zhou Qi</span><span>Updated: April 22, 2025</span><span>Qinfeng Daily</span></div>
<p><img src='%GIF%' alt='A restorer works on a mural' width='1' height='1'><br><em>A restorer works on a Tang Dynasty mural in Xi'an. [Photo by Zhou Qi]</em></p>
<div class='cnt'>{BODY}</div><p>Editor: Chen Lu</p><h4>Related Stories</h4><ul><li><a>Terracotta Warriors site opens new pit to visitors</a></li></ul></div>
<div class='right'><p>Most Popular</p></div></div><div class='foot'>Copyright 2025 Qinfeng Daily. All rights reserved. 陕ICP备10001234号</div>"""))

P.append(dict(id="qc-20", kind="media", lang="en", layout="grid",
 doctitle="Jiangsu port handles record container volume | Suzhou Bay News",
 title="Jiangsu river port handles record container volume", authors=[], time="2025-07-03",
 body=["NANJING, July 3 -- A river port in eastern China's Jiangsu Province handled a record 2.1 million twenty-foot equivalent units (TEUs) of containers in the first half of the year, up 14 percent year on year, local authorities said Thursday.",
  "The port, located on the lower reaches of the Yangtze River, has added four new shipping routes to Southeast Asia since January, mainly carrying auto parts, solar panels and textiles.",
  "Officials attributed the growth to faster customs clearance and a new rail link that connects the port with inland industrial parks, cutting transport time by about a day.",
  "The port plans to complete an automated container terminal by the end of next year, which is expected to raise annual handling capacity by 800,000 TEUs.",
  "Jiangsu's foreign trade grew 6.8 percent in the first five months, according to provincial customs data."],
 html="""<header>Suzhou Bay News | English <a>News</a> <a>Business</a> <a>Life</a> <a>中文</a></header>
<div class='g'><article><p class='meta'>Business</p><h1>Jiangsu river port handles record container volume</h1>
<p class='meta'>Source: Xinhua | 2025-07-03 | Editor: Gu Yan</p>{BODY}
<p>Share: <a>Facebook</a> <a>X</a> <a>WeChat</a></p></article><aside>Latest: <a>Suzhou gardens extend night tours</a></aside></div>
<footer>Suzhou Bay News © 2025 苏ICP备09087654号</footer>"""))

P.append(dict(id="qc-21", kind="media", lang="zh", layout="table",
 doctitle="皖北晨刊：阜川市启动农村公路“提档升级”工程",
 title="阜川市启动农村公路“提档升级”工程", authors=["孙浩", "吕静"], time="2025-3-26",
 body=["本报讯 记者孙浩 通讯员吕静 报道 3月25日，阜川市农村公路“提档升级”工程在颍东区集中开工。今年全市计划新改建农村公路1200公里，改造危桥86座，总投资约18亿元。",
  "据了解，工程将重点解决部分村道路面窄、错车难、安全设施不完善等问题。对连接乡镇和产业园区的道路，路面将由3.5米拓宽至6米以上，并同步建设排水沟、波形护栏和警示标志。",
  "在开工现场，颍东区插花镇村民王德山说：“过去这条路下雨就泥泞，拉西瓜的货车进不来。拓宽以后，收购商能直接开到地头了。”",
  "市交通运输局负责人介绍，今年将推行“路长制”，每条农村公路都有专人负责日常养护，确保“建一条、管好一条”。",
  "此外，全市还将新开通城乡公交线路12条，实现具备条件的建制村通公交率达到100%。"],
 html="""<table class='w'><tr><td><b>皖北晨刊网</b></td><td>首页 | 本地 | 县区 | 社会 | 专题</td></tr></table>
<table class='w'><tr><td class='t'>阜川市启动农村公路“提档升级”工程</td></tr><tr><td class='i'>2025-3-26　皖北晨刊　【大 中 小】</td></tr>
<tr><td class='c'>{BODY}</td></tr><tr><td>编辑：赵丽丽</td></tr>
<tr><td>相关阅读：<a>阜川今年新建5座城区公园</a> <a>颍东区西瓜产业带动增收</a></td></tr></table>
<table class='w ft'><tr><td>皖北晨刊社 主办 皖ICP备06012345号</td></tr></table>"""))

P.append(dict(id="qc-22", kind="media", lang="zh", layout="media",
 doctitle="冬奥冠军回母校与学生交流_无锡观察",
 title="世界冠军回母校 与学生分享成长故事", authors=["蒋晨", "陆一鸣"], time="2025年4月7日 16:20",
 body=["4月7日，短道速滑世界冠军沈嘉禾回到母校锡澄实验中学，与300多名学生面对面交流。",
  "“我初一开始练轮滑，后来转短道速滑，一天训练六七个小时，最难的时候想过放弃。”沈嘉禾说，是老师和家人的鼓励让她坚持下来。她还把自己第一次参加世界大赛时穿的比赛服赠送给了母校。",
  ("img", "沈嘉禾与学生交流", "沈嘉禾与学生合影。"),
  "回忆起在母校的日子，沈嘉禾说，当年体育老师每天放学后陪她练体能，冬天手冻得通红也没缺过一次课，这份情谊她一直记在心里。",
  "交流中，学生们踊跃提问。初二学生刘子墨问：“训练那么辛苦，怎么兼顾学习？”沈嘉禾回答，要学会利用碎片时间，“在车上、在队里休息时我都会看书”。",
  "活动最后，沈嘉禾还来到学校操场，和校轮滑队的队员们一起滑了几圈，现场掌声不断。",
  "校长周明表示，学校将以此为契机，继续开展冰雪运动进校园活动，让更多孩子爱上体育。",
  "文/蒋晨 陆一鸣 图/许涛"],
 html="""<div class='nav'><b>无锡观察</b> <a>首页</a><a>本地</a><a>教育</a><a>体育</a></div>
<div class='main'><div class='left'><h1>世界冠军回母校 与学生分享成长故事</h1>
<div class='meta'><span>2025年4月7日 16:20</span><span>无锡观察</span></div><div class='cnt'>{BODY}</div>
<p>编辑：钱晓</p><div>分享：<a>微信</a> <a>朋友圈</a></div></div><div class='right'>推荐</div></div>
<div class='foot'>无锡观察 苏ICP备13012987号</div>"""))
P[-1]["body"][-1] = ("raw", "<p>文/蒋晨 陆一鸣 图/许涛</p>")

P.append(dict(id="qc-23", kind="media", lang="zh", layout="app",
 doctitle="中卫新闻网",
 title="中卫沙坡头景区迎来春季客流高峰", authors=["海·麦尔丹"], time="2025-4-5 18:03",
 body=["清明假期首日，中宁卫沙坡头景区迎来春季客流高峰。截至当天下午5时，景区共接待游客2.3万人次，同比增长18%。",
  "在景区滑沙区，来自河南的游客李女士带着孩子一次次从沙山上滑下。“第一次见到沙漠和黄河在一起，太震撼了。”她说。",
  "为应对客流高峰，景区增开了3条游览线路，启用临时停车场4处，新增停车泊位1500个，并安排200余名工作人员在重点区域引导疏散。",
  "景区负责人介绍，今年新推出了沙漠露营、星空观测等夜间项目，延长游客停留时间。4月份以来，夜游项目预订量已超过5000人次。",
  "（中卫新闻网记者 海·麦尔丹）"],
 html="""<div class='bar'><span>中卫新闻网</span><span>下载客户端</span></div><h1>中卫沙坡头景区迎来春季客流高峰</h1>
<div class='au'>2025-4-5 18:03　中卫新闻网　浏览 903</div><div class='ct'>{BODY}</div>
<p class='au'>责任编辑：何静</p><div class='open'>打开客户端 查看更多精彩内容</div>"""))
P[-1]["body"][-1:] = ["中卫市文旅部门提醒，假期后两天仍是出行高峰，游客可提前关注景区发布的实时客流信息，合理安排行程，错峰出游。",
  "景区将持续做好安全保障和服务工作，为游客营造舒适的游览环境。（中卫新闻网记者 海·麦尔丹）"]

P.append(dict(id="qc-24", kind="media", lang="zh", layout="media",
 doctitle="宝鸡：青铜器博物院推出夜场_西部文旅报",
 title="青铜器博物院推出夜场 观众可“夜探”国宝", authors=[], time="2025-05-02 10:00",
 body=["5月1日起，宝岐青铜器博物院正式推出夜场开放，每周五、周六延长开放至21时，观众可在夜色中欣赏馆藏青铜器。",
  "据介绍，夜场期间，博物院将开放“青铜铸文明”等4个基本陈列，并推出夜间专场讲解、青铜纹样拓印体验等活动。每场限流1500人，观众需提前通过官方小程序预约。",
  "博物院相关负责人表示，推出夜场是为了满足上班族、学生等群体的参观需求。“很多年轻人白天没时间，晚上来博物馆成了新的休闲方式。”",
  "首个夜场当晚，预约名额全部约满。市民冯先生带着读小学的女儿前来参观，“孩子对那件带铭文的青铜尊特别感兴趣，听讲解员讲了半个多小时。”",
  "今年五一假期，宝岐全市各博物馆共接待观众12.6万人次，同比增长两成多，文博游持续升温。"],
 html="""<div class='nav'><b>西部文旅报</b> <a>资讯</a><a>目的地</a><a>非遗</a></div>
<div class='main'><div class='left'><p>首页 &gt; 文旅资讯</p><h1>青铜器博物院推出夜场 观众可“夜探”国宝</h1>
<div class='meta'><span>2025-05-02 10:00</span><span>来源：宝岐市文化和旅游局</span></div><div class='cnt'>{BODY}</div>
<p>（来源：宝岐市文化和旅游局）</p><p>责任编辑：孟楠</p></div><div class='right'>热门景区</div></div>
<div class='foot'>西部文旅报社 版权所有 陕ICP备12004321号</div>"""))
