# media pages uo-13 .. uo-24
PAGES = []
def P(**k): PAGES.append(k)

P(id="uo-13", kind="media", doctitle="成都平原经济区加快推进同城化 _ 天府观察网",
  title="成都平原经济区加快推进同城化 八市交通“一张网”年内提速", authors=["郑凯文", "宋晓雨"], publish_time="2025-05-19 07:58",
  css=".tf-h{display:flex}.tf-main{width:780px}.tf-meta{color:#888}",
  style={},
  tpl="""<div class="tf-h"><b>天府观察网</b> 首页 时政 经济 社会 区县 视频 评论 <a>登录</a></div>
<div class="tf-main"><p>天府观察网 > 经济 > 正文</p>
<h1>成都平原经济区加快推进同城化 八市交通“一张网”年内提速</h1>
<div class="tf-meta">2025-05-19 07:58　来源：四川日报　<span>记者 郑凯文 宋晓雨</span></div>
{{BODY}}
<p>责任编辑：黄  婷</p><p>分享到： 微信 微博 QQ</p>
<h3>推荐阅读</h3><ul><li>川渝共建西部金融中心再添新举措</li><li>四川今年将新开工高速公路12条</li></ul></div>
<div>天府观察网版权所有 未经书面授权禁止使用　川ICP备08100921号　互联网新闻信息服务许可证：51120180005</div>""",
  blocks=[
   ("p","记者从日前召开的成都平原经济区协同发展联席会议上获悉，今年八市将集中推进交通互联互通项目34个，年度计划投资超过620亿元，加快构建“1小时通勤圈”。"),
   ("p","按照计划，成都至眉山、成都至德阳市域铁路将进一步加密班次，高峰时段发车间隔压缩至10分钟以内；天府大道北延线、成资大道等跨市快速通道年内全面建成通车。"),
   ("h","公共服务同城共享"),
   ("p","除交通外，八市在公共服务领域也加快协同。目前，区域内已有1.2万家医疗机构实现检查检验结果互认，住房公积金异地转移接续实现“零跑腿”，社保卡“一卡通”应用场景扩展到86个。"),
   ("p","“同城化不是简单的‘摊大饼’，关键是要素自由流动、功能错位互补。”省发展改革委有关负责人表示，下一步将推动建立跨市域的产业协作和利益共享机制，支持德阳、眉山、资阳等地承接成都产业外溢。"),
  ])

P(id="uo-14", kind="media", doctitle="Hainan FTP sees record foreign investment in first quarter - Hainan Daily English",
  lang="en", title="Hainan FTP sees record foreign investment in first quarter", authors=["Chen Lu", "Wang Xiaoming"], publish_time="2025-04-23 09:12",
  css="body{font-family:Arial}.en-hd{border-bottom:3px solid #06c}.by{font-size:13px;color:#666}",
  style={},
  tpl="""<div class="en-hd">HAINAN DAILY | English <span>中文</span> Home · News · Business · Travel · Culture · Video</div>
<div class="crumb">Home &gt; Business</div>
<h1>Hainan FTP sees record foreign investment in first quarter</h1>
<p class="by">By Chen Lu and Wang Xiaoming | Updated: 2025-04-23 09:12 | Hainan Daily</p>
{{BODY}}
<p>Editor: Li Na</p><p>Share: Facebook Twitter LinkedIn</p>
<h4>Related stories</h4><p>Haikou opens new international cargo route</p><p>Sanya hosts global yacht expo</p>
<div>Copyright © Hainan Daily. All rights reserved. 琼ICP备05000122号</div>""",
  blocks=[
   ("p","The Hainan Free Trade Port attracted 412 newly established foreign-invested enterprises in the first quarter of this year, a year-on-year increase of 27 percent, according to the provincial department of commerce."),
   ("p","Actual use of foreign capital reached 5.6 billion yuan ($770 million) in the period, the highest for any first quarter since the port's master plan was released in 2020."),
   ("p","\"Zero-tariff policies and the simplified tax system are the main attractions for foreign investors,\" said an official with the department, adding that modern services, tourism and high-tech industries accounted for more than 80 percent of the new projects."),
   ("p","Investors from Singapore, the Hong Kong Special Administrative Region and the United Kingdom were the top three sources of new projects."),
   ("p","The province plans to hold more than 30 overseas investment promotion events this year, targeting Southeast Asia, Europe and the Middle East."),
  ])

P(id="uo-15", kind="media", doctitle="辽宁：今年将新建改造城市燃气管网1200公里-北国新闻网",
  title="辽宁：今年将新建改造城市燃气管网1200公里", authors=["孙立新"], publish_time="2025年03月11日 08:32",
  css="#main{float:left;width:680px}#side{float:right;width:300px}.time{color:#c00}",
  style={"indent": "\u3000\u3000"},
  tpl="""<div id="top">北国新闻网 | 辽宁日报 | 北国APP  <a>手机版</a></div>
<div id="chan">首页 > 新闻 > 辽宁新闻</div>
<div id="main"><h1>辽宁：今年将新建改造城市燃气管网1200公里</h1>
<p><span class="time">2025年03月11日 08:32</span>　来源：辽宁日报　作者：孙立新</p>
{{BODY}}
<p>（责任编辑：郭  斌）</p></div>
<div id="side"><h3>热点排行</h3><ol><li>沈阳地铁6号线开通初期运营</li><li>大连港集装箱吞吐量创新高</li></ol><p>扫描二维码 关注北国APP</p></div>
<div id="ft">北国网版权所有　辽ICP备05011237号　辽公网安备21010202000037号　举报电话：024-2269xxxx</div>""",
  blocks=[
   ("p","本报讯　记者孙立新报道　3月10日，记者从省住房和城乡建设厅获悉，今年我省将新建改造城市燃气管网1200公里、供水管网800公里、供热管网1000公里，持续推进城市更新行动。"),
   ("p","据介绍，燃气管道老化更新改造是今年城市基础设施建设的重中之重。各地将重点改造使用年限超过20年的铸铁管、镀锌管和不满足安全运行要求的老旧管道，同步推进用户端燃气安全装置加装。"),
   ("p","在资金保障方面，我省将积极争取中央预算内投资和超长期特别国债支持，同时鼓励燃气企业通过市场化方式筹集资金。省住房和城乡建设厅将建立月调度、季通报制度，确保年底前完成全部改造任务。"),
   ("p","此外，我省还将推进城市生命线安全工程建设，在沈阳、大连等城市试点建设燃气、桥梁、供水管网智能监测系统，提升城市安全运行水平。"),
  ])

P(id="uo-16", kind="media", doctitle="江西：赣南脐橙产业链总产值突破200亿元_新华视点网",
  title="赣南脐橙产业链总产值突破200亿元", authors=["邬慧敏", "龚天舒"], publish_time="2025-01-09 19:46:03",
  css=".xh-head{height:60px}.xh-art h1{font-size:30px}.xh-info{display:flex;gap:10px}",
  style={},
  tpl="""<div class="xh-head">新华视点网 首页 | 时政 | 地方 | 财经 | 图片 | 视频  <a>客户端</a></div>
<div class="xh-art"><div class="xh-info"><span>2025-01-09 19:46:03</span><span>来源： 新华视点网</span><span>【字体：大 中 小】</span></div>
<h1>赣南脐橙产业链总产值突破200亿元</h1>
{{BODY}}
<p>【纠错】 【责任编辑：徐  阳】</p></div>
<div class="xh-rel"><h4>相关新闻</h4><p>江西农产品出口实现量价齐升</p></div>
<div class="xh-ft">Copyright © 2000-2025 新华视点网 All Rights Reserved. 京ICP备05041011号</div>""",
  blocks=[
   ("p","新华社南昌1月9日电（记者邬慧敏、龚天舒）记者从江西省赣州市获悉，2024年赣南脐橙种植面积达193万亩，产量约175万吨，全产业链总产值突破200亿元。"),
   ("p","近年来，赣州市大力推广脐橙标准化种植和黄龙病综合防控技术，建设了一批高标准示范果园。目前，赣南脐橙已形成集种植、采后处理、仓储物流、精深加工、电商销售于一体的完整产业链，带动约30万果农增收。"),
   ("img","赣南脐橙采摘","1月8日，果农在江西省信丰县一处脐橙园采摘脐橙。新华社发（朱海鹏 摄）"),
   ("p","在信丰县一家脐橙分选中心，智能分选线通过光电扫描，能在几秒钟内完成对每个果子的糖度、大小和外观分级。“以前靠人工挑拣，现在机器分选更精准，卖价也提高了。”一位果业合作社负责人说。"),
   ("p","据了解，赣州市还将加快发展脐橙精深加工，开发果汁、果酒、果胶、精油等产品，进一步提高产业附加值。"),
  ])

P(id="uo-17", kind="media", doctitle="海口：骑楼老街“夜经济”点亮消费新场景 - 南海广播电视台",
  title="骑楼老街“夜经济”点亮消费新场景", authors=["林雅琴", "陈  晖"][:1] + ["陈晖"], publish_time="2025-07-12 21:05",
  css=".tv-top{background:#000;color:#fc0}.player{width:640px;height:360px;background:#222}.tags span{border:1px solid #999}",
  style={},
  tpl="""<div class="tv-top">南海广播电视台 <a>直播</a> <a>点播</a> <a>新闻</a> <a>栏目</a> <a>主持人</a> <a>下载APP</a></div>
<p>首页 > 新闻 > 南海新闻联播</p>
<div class="player"><img src="" alt="视频播放器"> 00:00 / 02:18</div>
<h1>骑楼老街“夜经济”点亮消费新场景</h1>
<p class="tv-m">南海新闻联播 | 2025-07-12 21:05 | 记者：林雅琴 陈  晖 | 播放 3.2万</p>
{{BODY}}
<p>编辑：冯嘉怡　审核：梁　波</p>
<div class="tags"><span>夜经济</span> <span>海口</span> <span>消费</span></div>
<h4>更多视频</h4><p>三亚：暑期旅游市场持续升温 02:01</p><p>儋州：海花岛文旅项目加快建设 01:47</p>
<div>南海广播电视台版权所有 琼ICP备06000718号 信息网络传播视听节目许可证：2103xxx</div>""",
  blocks=[
   ("p","【导语】入夏以来，海口骑楼老街推出夜间市集、沉浸式演出和特色餐饮等活动，吸引大批市民游客前来打卡，老街的夜晚热闹起来了。"),
   ("p","夜幕降临，骑楼老街华灯初上。中山路上，琼剧演员在街头搭台表演，不少游客驻足观看；博爱北路一带，椰子糕、清补凉、海南粉等摊位前排起了长队。"),
   ("quote","游客 张女士：我们一家从湖南过来，白天太热就晚上出来逛，这里很有南洋风情，东西也好吃。"),
   ("p","据了解，骑楼老街今年新增夜间经营商户60余家，延长了部分商铺和景点的营业时间，并推出“骑楼夜游”导览线路。6月份，老街日均客流量达到3.8万人次，同比增长21%。"),
   ("quote","海口市龙华区商务局相关负责人：下一步我们将继续丰富夜间业态，办好骑楼美食节等活动，打造有烟火气、有文化味的夜间消费街区。"),
  ])

P(id="uo-18", kind="media", doctitle="“今日大连”客户端｜一起来看海上风电运维母港",
  title="全国首个海上风电运维母港在大连投用", authors=["董  晨"], publish_time="2025.06.27",
  css="body{max-width:480px;margin:auto}.app-bar{position:sticky;top:0}.open{background:#e33;color:#fff}",
  style={},
  tpl="""<div class="app-bar">今日大连 <span class="open">打开APP</span></div>
<h1>全国首个海上风电运维母港<br>在大连投用</h1>
<div class="au"><img src="" alt="">今日大连记者 董  晨 <span>2025.06.27</span> <span>阅读 1.6万</span></div>
{{BODY}}
<p>本文来源：今日大连客户端</p><p>编辑：王一鸣 | 审核：何芳</p>
<div class="open">打开今日大连APP，阅读体验更佳</div>
<p>点赞 128　评论 37　转发</p>
<p>热门评论</p><p>海风吹过：家乡越来越好了！</p>""",
  blocks=[
   ("p","6月26日，位于大连庄河的海上风电运维母港正式投入使用。这是我国首个专门服务于海上风电运维的综合性港口，将为辽宁及周边海域的海上风电场提供船舶停靠、备件仓储、人员培训和应急保障等服务。"),
   ("p","记者在现场看到，母港码头岸线长约600米，可同时停靠10艘运维船；港区内建有2万平方米的备品备件仓库和一座海上救援培训中心。"),
   ("p","“过去运维船只能临时借用渔港，受潮汐影响大，出海窗口期很短。”一家风电运营企业负责人介绍，母港投用后，运维船响应时间可缩短一半以上，每年能为一个30万千瓦的风电场减少发电损失约2000万元。"),
   ("p","据了解，目前大连已建成海上风电装机容量超过150万千瓦，另有一批项目正在开工建设。"),
   ("p","母港二期工程计划于明年开工，届时将新增专用泊位和直升机停机坪。"),
  ])

P(id="uo-19", kind="media", doctitle="Jiangxi porcelain capital hosts international ceramics fair",
  lang="en", title="Jiangxi porcelain capital hosts international ceramics fair", authors=[], publish_time="Oct 18, 2025",
  css=".ec-top{font:12px Georgia}.ec-date{color:#777}",
  style={},
  tpl="""<div class="ec-top">CHINA GANPO ONLINE  |  Home  News  Business  Culture  Travel  Photos  <a>中文版</a></div>
<h2>Culture</h2>
<h1>Jiangxi porcelain capital hosts international ceramics fair</h1>
<p class="ec-date">Source: Xinhua | Oct 18, 2025 | Editor: Zhao Min</p>
{{BODY}}
<p>Tags: Jingdezhen ceramics fair</p><p>Most popular: Nanchang metro line 4 extension opens</p>
<p>Copyright © Ganpo Online. All Rights Reserved. E-mail: webmaster</p>""",
  blocks=[
   ("p","NANCHANG, Oct. 18 (Xinhua) -- The 2025 China Jingdezhen International Ceramic Fair opened on Friday in Jingdezhen, a city in east China's Jiangxi Province known as the country's \"porcelain capital.\""),
   ("p","More than 1,500 enterprises and institutions from 32 countries and regions are taking part in the five-day event, displaying ceramic artworks, daily-use porcelain, and ceramic materials and equipment."),
   ("img","Visitors at the fair","Visitors view ceramic works at the fair in Jingdezhen, Oct. 17, 2025."),
   ("p","Jingdezhen has a history of porcelain-making spanning more than 1,000 years. In recent years, the city has attracted tens of thousands of young artists and designers, who have opened studios and shops in its old kiln districts."),
   ("p","The ceramic industry in the city generated output worth about 70 billion yuan (about 9.8 billion U.S. dollars) last year, according to local authorities."),
  ])

P(id="uo-20", kind="media", doctitle="成都市中心城区新增8处“口袋公园”_蓉城电视台",
  title="成都市中心城区新增8处“口袋公园”", authors=["唐诗雨"], publish_time="2025-09-02 18:40:11",
  css=".rc{display:grid;grid-template-columns:1fr 320px}.rc-h1{font-size:28px}.rc-share span{margin:0 4px}",
  style={},
  tpl="""<div>蓉城电视台 · 蓉城Plus <a>首页</a> <a>新闻</a> <a>直播</a> <a>问政</a> <a>下载客户端</a></div>
<div class="rc"><div><p>新闻 / 本地</p>
<div class="rc-h1">成都市中心城区新增8处“口袋公园”</div>
<p>蓉城Plus 2025-09-02 18:40:11</p>
<p>记者｜唐诗雨　摄像｜彭  刚</p>
{{BODY}}
<div class="rc-share">分享 <span>微信</span><span>朋友圈</span><span>微博</span></div></div>
<div><h4>24小时热榜</h4><p>1 成都地铁30号线一期开通运营</p><p>2 天府绿道新增骑行驿站</p></div></div>
<p>蓉城电视台版权所有　川ICP备10202077号-4　川公网安备51010702000389号</p>""",
  blocks=[
   ("p","记者从成都市公园城市建设管理局获悉，今年以来，中心城区利用边角地、闲置地新建“口袋公园”8处，新增绿地面积约3.6万平方米，居民出门“300米见绿、500米入园”的目标进一步实现。"),
   ("p","在青羊区一处原为废弃停车场的地块上，新建的口袋公园设置了儿童游乐区、健身步道和林荫休憩座椅。附近居民李大爷说：“以前这里脏乱差，现在每天傍晚都来转一转，孙子也有地方玩了。”"),
   ("h","“小而美”更要“用得上”"),
   ("p","据介绍，这批口袋公园在设计阶段就广泛征求周边居民意见，结合老人、儿童的需求配置设施，部分公园还引入了咖啡、书吧等小型商业，提升公园活力。"),
   ("p","按照计划，到今年底，成都中心城区还将建成口袋公园12处，并对30处老旧公园进行提升改造。"),
  ])

P(id="uo-21", kind="media", doctitle="鹰潭：铜产业“链”出发展新动能 - 赣鄱大江网",
  title="鹰潭：铜产业“链”出发展新动能", authors=["曾繁荣", "陈婷"], publish_time="2025-08-14 06:50",
  css="body{font-size:15px}.dj-nav li{display:inline}.dj-t{border-left:4px solid #c00;padding-left:8px}",
  style={"indent": "\u3000\u3000"},
  tpl="""<div>赣鄱大江网 | 江西日报 | 今日江西 | 手机版 | 无障碍</div>
<ul class="dj-nav"><li>首页</li><li>江西</li><li>时政</li><li>设区市</li><li>经济</li><li>民生</li><li>图片</li></ul>
<p>您的位置：首页 &gt; 设区市 &gt; 鹰潭</p>
<h1 class="dj-t">鹰潭：铜产业“链”出发展新动能</h1>
<p>2025-08-14 06:50　来源：江西日报</p>
<p>本报记者 曾繁荣　通讯员 陈婷</p>
{{BODY}}
<p>编辑：李  娜</p>
<p>上一篇：<a>九江长江岸线生态修复见成效</a>　下一篇：<a>吉安井冈蜜柚迎来丰收季</a></p>
<p>赣鄱大江网版权所有　赣ICP备05000165号　互联网新闻信息服务许可证36120170001</p>""",
  blocks=[
   ("p","盛夏时节，走进鹰潭高新区，一家铜箔生产企业的车间内，新上的生产线正满负荷运转，一卷卷厚度仅为4.5微米的锂电铜箔下线后被发往下游电池企业。"),
   ("p","“这种极薄铜箔市场需求旺盛，订单已经排到了年底。”企业负责人介绍，今年上半年企业产值同比增长35%。"),
   ("p","作为“世界铜都”，鹰潭近年来着力推动铜产业由“粗”向“精”转变，聚焦铜箔、铜合金、铜基新材料等方向延链补链，引进和培育了一批高附加值项目。今年上半年，全市铜产业实现主营业务收入1860亿元，同比增长9.2%，其中精深加工产品占比提高到45%。"),
   ("p","为服务企业发展，鹰潭还搭建了铜产业大数据平台和检验检测公共服务平台，为中小企业提供原料采购、产品检测等“一站式”服务。"),
   ("p","鹰潭计划到2027年，铜产业精深加工产品占比提高到55%以上。"),
  ])

P(id="uo-22", kind="media", doctitle="辽宁之声 | 丹东：边境口岸通关效率再提升",
  title="丹东：边境口岸通关效率再提升", authors=["于  洋"], publish_time="2025年05月06日 12:15",
  css=".radio-bar{background:#3a1;color:#fff}.rd-meta em{font-style:normal}",
  style={},
  tpl="""<div class="radio-bar">辽宁广播电视台 · 辽宁之声 FM106.6 <a>在线收听</a> <a>节目单</a></div>
<p>首页 » 辽宁之声 » 新闻</p>
<table><tr><td><h2>丹东：边境口岸通关效率再提升</h2>
<p class="rd-meta"><em>来源：辽宁之声</em>　<em>2025年05月06日 12:15</em></p>
<p><img src="" alt="音频"> 收听本条新闻 01:52</p>
<p>辽宁之声记者于  洋报道：</p>
{{BODY}}
<p>责编：赵  丽</p></td><td><h4>节目推荐</h4><p>《早安辽宁》</p><p>《新闻910》</p></td></tr></table>
<p>辽宁广播电视台版权所有 辽ICP备10201286号</p>""",
  blocks=[
   ("p","今年一季度，丹东口岸进出口货运量同比增长18.6%，出入境人员通关时间平均压缩30%以上。"),
   ("p","在丹东公路口岸，新启用的智能卡口实现了车辆信息自动采集、自动比对和自动放行，货车通关由过去的平均15分钟缩短到5分钟以内。丹东海关还推行“提前申报”“两步申报”等便利措施，企业可以在货物到港前完成申报手续。"),
   ("p","一家从事水产品进出口的企业负责人告诉记者，现在鲜活水产品从口岸通关到进入市场，比以前快了大半天，损耗明显降低。"),
   ("p","丹东市口岸办负责人表示，下一步将推进口岸基础设施改造升级，加快国际贸易“单一窗口”功能拓展，为企业提供更加便捷高效的通关服务。"),
   ("p","今年以来，丹东口岸还新开通了两条跨境货运班列，进一步畅通了物流通道。"),
  ])

P(id="uo-23", kind="media", doctitle="三亚：南繁育种基地迎来冬季“繁忙期”_三亚新闻网",
  title="南繁育种基地迎来冬季“繁忙期”", authors=["黎  明", "符  强"][:0] + ["黎明", "符强"], publish_time="2025-11-20",
  css=".sy-logo{font-size:24px;color:#0099cc}.sy-con{padding:0 40px}.sy-xx{background:#eef}",
  style={"indent": "\u3000\u3000"},
  tpl="""<div class="sy-logo">三亚新闻网 <small>sanya news</small></div>
<div>首页 | 三亚要闻 | 自贸港 | 旅游 | 民生 | 图片 | 专题 | 三亚日报数字报</div>
<div class="sy-con"><p class="sy-xx">三亚新闻网 > 三亚要闻</p>
<h3>科技兴农</h3>
<h1>南繁育种基地迎来冬季“繁忙期”</h1>
<h3>来自全国的700余家科研单位陆续“南飞”</h3>
<p>时间：2025-11-20　来源：三亚日报　作者：黎  明　符  强　浏览量：</p>
{{BODY}}
<p>【编辑：吴红梅】</p></div>
<p>三亚日报社主办　琼ICP备09003156号　版权所有 未经许可不得转载</p>""",
  blocks=[
   ("p","11月中下旬，随着气温下降，全国各地的育种专家陆续来到三亚，南繁育种基地进入一年中最繁忙的时节。"),
   ("p","在崖州区南繁科技城的试验田里，来自山东的一支玉米育种团队正在播种。“海南冬季光热条件好，在这里加代繁育一季，能把新品种选育周期缩短三分之一。”团队负责人说，他们今年带来了2000多份育种材料。"),
   ("p","据统计，每年约有来自全国29个省份的700余家科研单位、8000多名科技人员到海南开展南繁工作。截至目前，全国育成的农作物新品种中，约70%经过了南繁加代选育。"),
   ("img","科研人员在田间观察","科研人员在南繁基地观察水稻长势。"),
   ("p","为服务南繁科研，三亚持续完善南繁配套设施，建设了公共实验室、种质资源库和生物育种专区，并推出南繁人员子女入学、住房保障等服务措施，让科研人员安心工作。"),
   ("p","今年南繁季预计将持续到明年5月。"),
  ])

P(id="uo-24", kind="media", doctitle="四川凉山：“一村一幼”让彝乡孩子赢在起跑线--四川频道--民声网",
  title="四川凉山：“一村一幼”让彝乡孩子赢在起跑线", authors=["吉克·阿依", "张  涛"][:1] + ["张涛"], publish_time="2025年06月01日09:03",
  css=".ms-box{width:980px}.ms-box h1{font-family:SimHei}.ms-src{font-size:12px}",
  style={"indent": "\u3000\u3000"},
  tpl="""<div>民声网 >> 四川频道 <a>手机看新闻</a> <a>无障碍</a></div>
<div class="ms-box"><p>民声网 &gt;&gt; 四川频道 &gt;&gt; 民生</p>
<h1>四川凉山：“一村一幼”让彝乡孩子赢在起跑线</h1>
<p class="ms-src">2025年06月01日09:03 | 来源：民声网－四川频道</p>
<p>小字号</p>
{{BODY}}
<p>（责编：牟宇、罗鑫）</p>
<p>分享让更多人看到</p>
<h4>推荐阅读</h4><p>凉山州实现义务教育“控辍保学”动态清零</p></div>
<p>民声网版权所有，未经书面授权禁止使用</p>""",
  blocks=[
   ("p","民声网成都6月1日电（吉克·阿依、张涛）“老师好！”清晨，凉山彝族自治州昭觉县一所村级幼教点里，孩子们用普通话向老师问好。六一国际儿童节前夕，幼教点里的孩子们正在排练节目，歌声、笑声传出很远。"),
   ("p","2015年起，凉山州在彝区实施“一村一幼”计划，在有条件的行政村设立幼教点，招收3至6岁儿童，开展学前学普通话行动。十年来，全州累计建成村级幼教点3000余个，惠及学龄前儿童超过100万人次。"),
   ("p","“以前很多孩子上小学听不懂普通话，跟不上课。现在孩子们从幼教点出来就能和老师交流了。”昭觉县一所小学的老师说。"),
   ("p","目前，凉山州学前教育毛入园率已提高到90%以上。当地还通过培训提升幼教点辅导员的专业水平，推动幼教点从“有”向“优”转变。"),
  ])
