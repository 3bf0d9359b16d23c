# media pages tu-13 .. tu-24
K = "media"
PAGES = []
A = PAGES.append
C1 = "body{margin:0;font-size:16px}h1{font-size:26px}.cap{color:#666;text-align:center}.x{color:#888}"

A(dict(id="tu-13", kind=K, doc_title="海河沿线夜经济升温 “津城夜游”客流同比增三成_津云",
title="海河沿线夜经济升温 “津城夜游”客流同比增三成", authors=["孙雪梅", "高鹏"], publish_time="2025-07-21 07:35",
css=C1+".hd{background:#003e8a;color:#fff;padding:10px 5%}.ch a{margin:0 8px}.art{width:760px;margin:auto}.src{color:#999;font-size:13px}",
tpl="""<div class="hd">津云 <span class="ch"><a>首页</a><a>时政</a><a>天津</a><a>区域</a><a>民生</a><a>视频</a><a>直播</a></span> <a>下载客户端</a> <a>登录</a></div>
<div class="art"><p>津云 &gt; 天津 &gt; 正文</p><h1>海河沿线夜经济升温 “津城夜游”客流同比增三成</h1>
<p class="src">2025-07-21 07:35　来源：天津日报</p>{BODY}
<p class="x">责任编辑：于洋　主编：马骏</p><p>分享至：<a>微信</a> <a>微博</a> <a>复制链接</a></p>
<p>相关新闻</p><ul><li>天津：暑期文旅消费券开始发放</li><li>五大道“城市漫步”线路上新</li></ul></div>
<p style="text-align:center;font-size:12px">津云新媒体集团版权所有　互联网新闻信息服务许可证：12120170003　津ICP备17002117号-1</p>""",
body=["本报讯（记者 孙雪梅 高鹏）入夏以来，海河沿线灯光璀璨、游人如织。记者从市文化和旅游局获悉，7月1日至20日，“津城夜游”主要点位接待游客286.4万人次，同比增长31.7%，夜间消费额同比增长24.5%。",
"img|海河夜景", "cap|游客乘船夜游海河。记者 王涛 摄",
"在天津之眼摩天轮下，等候登轮的队伍排出百余米。来自石家庄的游客刘女士说：“白天太热，晚上出来逛最舒服，坐船看两岸灯光，再去吃顿海鲜，特别惬意。”",
"据介绍，今年我市新增夜游航线2条，延长部分景区开放时间至23时，并在意式风情区、古文化街等地推出夜市、演艺、市集等活动60余场。市文旅局相关负责人表示，将继续丰富夜间文旅产品供给，做好交通疏导和安全保障，让市民游客玩得尽兴、安心。"]))

A(dict(id="tu-14", kind=K, doc_title="山西新闻网-晋城：“煤矿智能化”改造覆盖率超八成",
title="晋城：“煤矿智能化”改造覆盖率超八成", authors=["郭建平", "陈晓"], publish_time="2025-03-04 09:12:33",
css=C1+"table.lay{width:1000px;margin:auto}.nav td{background:#c40000;color:#fff;padding:6px}.t{font-size:24px;font-weight:bold;text-align:center}",
tpl="""<table class="lay"><tr><td>山西新闻网 www.sxrb.com.example　　<a>手机版</a> <a>山西日报</a> <a>山西晚报</a></td></tr>
<tr class="nav"><td>首页 | 要闻 | 山西 | 市县 | 经济 | 社会 | 文化 | 图片 | 专题</td></tr>
<tr><td>首页 &gt; 市县 &gt; 晋城</td></tr><tr><td class="t">晋城：“煤矿智能化”改造覆盖率超八成</td></tr>
<tr><td align="center">2025-03-04 09:12:33　来源：山西日报　作者：郭建平 陈晓　编辑：赵丽</td></tr>
<tr><td>{BODY}</td></tr><tr><td>【<a>我要纠错</a>】　【<a>打印</a>】</td></tr>
<tr><td align="center"><hr>山西新闻网版权所有　晋ICP备08100208号　互联网新闻信息服务许可证编号：14120170008</td></tr></table>""", indent="　　",
body=["x|本报记者 郭建平 通讯员 陈晓",
"记者从晋城市能源局获悉，截至2月底，全市74座生产煤矿中已有61座完成智能化改造，覆盖率达82.4%，建成智能化采煤工作面98个、掘进工作面156个。",
"在晋能控股集团某矿的智能调度中心，大屏上实时显示着井下各工作面的运行数据。“过去一个采煤工作面每班要十几个人，现在只需三四个人在顺槽监控，安全性和效率都大大提高。”矿党委书记介绍。",
"h|减人增安效果明显",
"据统计，完成改造的煤矿井下作业人员平均减少23%，百万吨死亡率持续保持低位。晋城市还建立了煤矿智能化建设专家库，定期对改造项目进行评估验收。",
"下一步，该市将推动智能化由“单系统”向“全矿井”升级，力争年底前实现生产煤矿智能化改造全覆盖。"]))

A(dict(id="tu-15", kind=K, doc_title="鄱阳湖候鸟保护区迎来首批越冬白鹤 - 今视频 - 江西广播电视台",
title="鄱阳湖候鸟保护区迎来首批越冬白鹤", authors=["胡晓丽", "万军"], publish_time="2024年10月28日 19:02",
css=C1+".player{background:#000;color:#fff;height:300px;padding:20px}.head{display:flex;gap:20px;padding:10px 3%;background:#101828;color:#fff}.wrap{width:900px;margin:auto}",
tpl="""<div class="head"><b>今视频</b><span>江西卫视</span><span>都市频道</span><span>新闻频道</span><span>广播</span><span>直播</span><span>登录</span></div>
<div class="wrap"><p>首页 / 新闻 / 江西新闻</p><div class="player">视频播放器 00:00 / 02:16 <img src="{GIF}" alt="播放"></div>
<h1>鄱阳湖候鸟保护区迎来首批越冬白鹤</h1><p class="x">江西广播电视台 2024年10月28日 19:02 | 播放量 3.2万</p>
{BODY}<p class="x">编辑：叶青 | 审核：钟明</p><p>点赞 128　收藏　分享</p><p>猜你喜欢：· 南昌地铁4号线二期进展 · 景德镇陶瓷大集开市</p></div>
<div style="background:#101828;color:#889;padding:20px;font-size:12px">江西广播电视台 版权所有　信息网络传播视听节目许可证：1403010　赣ICP备09001102号　赣公网安备 36010802000142号</div>""",
body=["近日，随着气温下降，鄱阳湖国家级自然保护区迎来今年首批越冬白鹤。10月26日，保护区工作人员在吴城保护站大湖池监测到白鹤12只，较去年提前了4天。",
"白鹤是国家一级重点保护野生动物，全球98%以上的白鹤在鄱阳湖流域越冬。保护区管理局监测科负责人介绍，今年鄱阳湖水位退落较早，草洲和浅水区面积大，为候鸟提供了充足的食物和栖息地。",
"“我们已经进入越冬候鸟保护的关键期，各保护站实行24小时巡护，同时利用视频监控和无人机开展监测。”该负责人表示。预计今冬到鄱阳湖越冬的候鸟将超过70万只。",
"（江西广播电视台记者 胡晓丽 万军）"]))

A(dict(id="tu-16", kind=K, doc_title="西藏今年高标准农田建设任务过半_中国西藏网",
title="西藏今年高标准农田建设任务过半", authors=["旦增", "刘洪明"], publish_time="2025-06-18 17:40:05",
css=C1+".logo{font-size:30px;color:#b30000;padding:10px 6%}.nav{border-top:3px solid #b30000}.nav span{padding:6px 14px;display:inline-block}.c{width:820px;margin:auto}",
tpl="""<div class="logo">中国西藏网 <small>CHINA TIBET ONLINE</small> <small><a>藏文</a> <a>English</a></small></div>
<div class="nav"><span>首页</span><span>新闻</span><span>时政</span><span>经济</span><span>文化</span><span>旅游</span><span>图片</span></div>
<div class="c"><p>您的位置：首页 &gt; 新闻 &gt; 西藏</p><h1>西藏今年高标准农田建设任务过半</h1>
<p class="x">2025-06-18 17:40:05　来源：新华网　　字号：A+ A-</p>{BODY}
<p class="x">[责任编辑：尼玛次仁]</p><p>上一篇：西藏多地开展牦牛良种推广 　下一篇：拉萨至林芝动车增开班次</p></div>
<p style="text-align:center;font-size:12px">版权所有：中国西藏网　京ICP备09056371号-3　京公网安备11010202007713号</p>""", indent="　　",
body=["新华社拉萨6月18日电（记者 旦增 刘洪明）记者从西藏自治区农业农村厅获悉，今年西藏计划新建和改造提升高标准农田32万亩，截至目前已完成17.6万亩，完成率55%。",
"据介绍，今年西藏高标准农田建设重点向“一江两河”流域粮食主产区倾斜，通过土地平整、灌溉排水、田间道路等工程建设，提升耕地质量和抗灾能力。在日喀则市白朗县，新建成的高标准农田实现了渠相连、路相通，青稞亩产较改造前提高约15%。",
"自治区农业农村厅有关负责人表示，将加强工程质量监管，落实建后管护责任，确保建成一块、管好一块、见效一块，为粮食安全提供坚实保障。"]))

A(dict(id="tu-17", kind=K, lang="en", doc_title="Lhasa's Barkhor Street sees tourism boom during summer - China Tibet Online",
title="Lhasa's Barkhor Street sees tourism boom during summer", authors=["Tenzin Dolma", "Li Wei"], publish_time="2025-08-04 10:26:41",
css="body{font-family:Georgia,serif;margin:0}.top{background:#7a0000;color:#fff;padding:10px 8%}.top a{color:#fdd;margin-left:14px}.art{max-width:720px;margin:30px auto;line-height:1.7}.byl{color:#666}.cap{color:#666;font-size:14px}",
tpl="""<div class="top">China Tibet Online <a>Home</a><a>News</a><a>Travel</a><a>Culture</a><a>Photos</a><a>Video</a><a>中文</a><a>Tibetan</a></div>
<div class="art"><p>Home &gt; News</p><h1>Lhasa's Barkhor Street sees tourism boom during summer</h1>
<p class="byl">By Tenzin Dolma and Li Wei | Source: China Tibet Online | Updated: 2025-08-04 10:26:41</p>
{BODY}<p class="x">Editor: Zhang Han</p><p>Share: Facebook Twitter WeChat</p><p>Related: · Tibet's highway network tops 120,000 km · Yak butter tea festival opens in Nagqu</p></div>
<p style="text-align:center;font-size:12px">Copyright © China Tibet Online. All rights reserved. 京ICP备09056371号-3</p>""",
body=["Barkhor Street, the ancient pilgrim circuit around the Jokhang Temple in Lhasa, has been crowded with visitors this summer as the plateau city enters its peak tourist season.",
"img|Tourists walk along Barkhor Street", "cap|Tourists walk along Barkhor Street in Lhasa, southwest China's Tibet Autonomous Region, July 30, 2025. [Photo/China Tibet Online]",
"According to the Chengguan district culture and tourism bureau, the street received more than 1.9 million visits in July, up 18 percent year-on-year. Shops selling thangka paintings, Tibetan incense and handmade jewelry reported brisk business.",
"\"Many visitors now want to learn about the culture, not just take photos,\" said Pasang, who runs a thangka workshop near the street. \"We let them watch us paint and explain the stories behind each piece.\"",
"Local authorities have added shuttle buses and expanded parking near the old town to ease traffic pressure, and volunteer guides are stationed at major intersections."]))

A(dict(id="tu-18", kind=K, lang="en", doc_title="Tianjin port handles record container volume in first half - Enorth English",
title="Tianjin port handles record container volume in first half", authors=[], publish_time="July 15, 2025",
css="body{margin:0;font-family:Arial}.mast{display:flex;justify-content:space-between;padding:12px 5%;border-bottom:4px solid #004a99}.c{width:68%;margin:20px 5%;float:left}.r{float:right;width:20%}.f{clear:both;background:#eee;padding:14px 5%;font-size:12px}",
tpl="""<div class="mast"><b>ENORTH English | Tianjin</b><span>Home · News · Business · Culture · Life · Photos · Search</span></div>
<div class="c"><p>News &gt; Business</p><h1>Tianjin port handles record container volume in first half</h1>
<p>Source: Xinhua | July 15, 2025 | <a>Print</a> | <a>Email</a></p>{BODY}</div>
<div class="r"><b>Most Read</b><p>Tianjin Metro Line 11 extension opens</p><p>Summer Davos to be held in Tianjin</p></div>
<div class="f">Copyright 2025 Enorth.com.cn. All rights reserved. 津ICP备10000201号</div>""",
body=["TIANJIN, July 15 (Xinhua) -- Tianjin Port, a major hub in north China, handled a record 12.1 million twenty-foot equivalent units (TEUs) of containers in the first half of 2025, up 6.3 percent year-on-year, the port operator said Tuesday.",
"The growth was driven by new shipping routes to countries participating in the Belt and Road Initiative and rising sea-rail intermodal transport, which topped 700,000 TEUs in the period.",
"The port's fully automated terminal, which runs on wind and solar power, continued to raise efficiency, with the average berth time of container ships cut by about 10 percent.",
"Tianjin Port now has more than 145 container routes connecting over 500 ports in some 200 countries and regions."]))

A(dict(id="tu-19", kind=K, doc_title="太原：汾河晋阳湖段生态修复工程完工 - 太原新闻网",
title="汾河晋阳湖段生态修复工程完工", authors=["李娜"], publish_time="2024-09-30 08:05",
css=C1+".top{background:#006b3c;color:#fff;padding:10px 6%}.bd{display:flex;gap:30px;padding:0 6%}.l{flex:3}.r{flex:1;background:#f6f6f6}",
tpl="""<div class="top">太原新闻网 · 太原日报社主办　<a>数字报</a> <a>客户端</a> <a>无障碍</a></div>
<p>首页　太原新闻　县区新闻　民生　文旅　视频　专题</p>
<div class="bd"><div class="l"><p>当前位置：首页 &gt;&gt; 太原新闻</p>
<p style="color:#006b3c">引题：打造城市南部生态屏障</p><h1>汾河晋阳湖段生态修复工程完工</h1>
<p class="x">来源：太原日报　|　2024-09-30 08:05　|　作者：李娜</p>{BODY}
<p class="x">编辑：韩冬</p></div><div class="r"><b>图片新闻</b><p>· 晋祠博物馆秋季特展开幕</p><p>· 太原南站改造进展</p></div></div>
<p style="font-size:12px;text-align:center">太原日报社版权所有　晋ICP备12002896号　晋公网安备14010602060225号</p>""",
body=["9月28日，记者从市水务局获悉，汾河晋阳湖段生态修复工程全面完工，新增水面面积约1.2平方公里，修复湿地2800亩，沿线新建步道12公里。",
"该工程于2023年4月开工，主要包括河道清淤、岸坡生态化改造、湿地植被恢复和配套设施建设。施工中，建设单位采用了生态袋护坡、浅滩湿地等技术，为鸟类和鱼类营造了多样化的栖息环境。",
"h|候鸟种类明显增多",
"据监测，今年春季以来，晋阳湖周边已观测到鸟类126种，比修复前增加了31种，其中包括国家一级保护动物黑鹳。",
"市水务局相关负责人表示，晋阳湖段将与汾河景区北段、中段连为一体，成为市民休闲健身的好去处。"]))

A(dict(id="tu-20", kind=K, doc_title="江西高考志愿填报指南发布 考生可免费获取|中国江西网",
title="江西高考志愿填报指南发布 考生可免费获取", authors=["钟瑶"], publish_time="2025-06-24",
css=C1+".g{width:1040px;margin:auto}.navbar{background:#e60012;color:#fff;padding:8px}.ifo{color:#999;font-size:13px;display:flex;justify-content:space-between}",
tpl="""<div class="g"><div>中国江西网 jxnews.com.cn.example　　江西新闻客户端　|　登录　|　<input placeholder="搜索"></div>
<div class="navbar">首页 新闻 江西 时评 财经 教育 健康 房产 汽车 文旅 县域</div><p>中国江西网 &gt; 教育 &gt; 正文</p>
<h1>江西高考志愿填报指南发布<br>考生可免费获取</h1>
<div class="ifo"><span>2025-06-24　来源：江西日报</span><span>作者：钟瑶</span><span>【字体：大 中 小】</span></div>{BODY}
<p class="x">编辑：罗文斌</p><p>【打印】【关闭】</p><p>扫一扫 手机阅读 <img src="{GIF}" alt="二维码"></p>
<p style="font-size:12px;text-align:center">江西日报社主办　中国江西网版权所有　赣ICP备05000939号　互联网新闻信息服务许可证：36120170001</p></div>""",
body=["记者6月23日从省教育考试院获悉，《2025年江西省普通高校招生志愿填报指南》已印制完成，将通过各设区市招生考试机构免费发放到每一位考生手中。",
"今年我省高考志愿填报继续实行“院校专业组”模式，本科批次每位考生最多可填报45个院校专业组志愿，每个专业组可填报6个专业志愿和是否服从专业调剂。",
"li|本科提前批：6月27日至6月29日；",
"li|本科批：7月1日至7月4日；",
"li|高职（专科）批：7月20日至7月22日。",
"省教育考试院提醒，考生要认真阅读招生章程，关注院校的选考科目要求、身体条件限制等内容，切勿轻信所谓“志愿填报专家”和“内部数据”，谨防上当受骗。"]))

A(dict(id="tu-21", kind=K, doc_title="大同古城城墙数字化保护项目启动_黄河新闻网",
title="大同古城城墙数字化保护项目启动", authors=["乔宇", "白雪"], publish_time="2025-01-09 14:21",
css=C1+".hd{background:#f29400;padding:14px 5%}.hd b{font-size:26px}.c{padding:0 15%}",
tpl="""<div class="hd"><b>黄河新闻网</b> 山西广播电视台主办 <span>首页 · 山西 · 大同 · 视频 · 直播 · 专题</span></div>
<div class="c"><p>首页 &gt; 大同频道 &gt; 要闻</p><h1>大同古城城墙数字化保护项目启动</h1><p class="x">2025-01-09 14:21 | 来源：山西广播电视台 | 记者：乔宇 白雪 | 编辑：贾婷</p>
<div>[视频] 01:48</div>{BODY}<p>分享到 ▪ 微信 ▪ 微博</p><p>相关稿件：大同古城灯会将于除夕开幕</p></div>
<p style="font-size:12px;text-align:center">黄河新闻网版权所有 晋ICP备06002007号 晋公网安备 14010602060051号 视听许可证：1403011</p>""",
body=["1月8日，大同古城城墙数字化保护项目正式启动。项目将利用三维激光扫描、倾斜摄影和近景摄影测量等技术，对全长7.24公里的古城城墙进行全面“体检”，建立高精度数字档案。",
"大同市文物局相关负责人介绍，城墙数字化档案建成后，可以实时比对墙体变形、裂缝、风化等病害的变化情况，为日常养护和抢险加固提供科学依据。同时，数字化成果还将用于线上展示，让游客通过手机“云游”城墙。",
"“过去巡查主要靠人工目测和拍照，现在有了毫米级的数据，哪里有一点变化都能发现。”参与项目的技术人员说。",
"据悉，该项目计划于今年10月底前完成数据采集和建模工作。"]))

A(dict(id="tu-22", kind=K, doc_title="拉萨市举办第十届青少年锅庄舞大赛 - 拉萨广播电视台",
title="拉萨市举办第十届青少年锅庄舞大赛", authors=["白玛", "扎西平措"], publish_time="2025-05-06",
css=C1+"header{background:#1a237e;color:#fff;padding:12px 4%}article{max-width:780px;margin:24px auto}.tag{background:#ffb300;padding:0 6px}",
tpl="""<header>拉萨广播电视台 LHASA TV　<span>首页 | 新闻 | 拉萨新闻联播 | 广播 | 直播 | 藏语频道</span></header>
<article><span class="tag">拉萨新闻</span><h1>拉萨市举办第十届青少年锅庄舞大赛</h1><p class="x">发布于 2025-05-06 · 阅读 1.1万</p>
{BODY}<p class="x">记者：白玛　扎西平措　　责编：德吉</p><p>上一条 拉萨河谷造林绿化全面展开</p><p>下一条 城关区开展五一节后食品安全检查</p></article>
<footer style="font-size:12px;text-align:center">拉萨广播电视台 版权所有 藏ICP备13000172号-1 藏公网安备54010202000099号</footer>""",
body=["5月4日，拉萨市第十届青少年锅庄舞大赛在市群众文化体育中心举行，来自全市各县区中小学的36支代表队、1200余名学生同台竞技。",
"img|比赛现场", "cap|学生们在比赛中表演锅庄舞。",
"比赛分小学组和中学组进行，参赛队伍身着节日盛装，动作整齐、舞姿优美，展现了青少年的青春风采。经过激烈角逐，城关区实验小学、堆龙德庆区第一中学等12支队伍分获两个组别的一、二、三等奖。",
"市教育局相关负责人表示，锅庄舞大赛已连续举办十届，成为推动民族传统体育和民间艺术进校园的重要平台，下一步将把锅庄舞纳入更多学校的大课间活动，让优秀传统文化在青少年中传承发扬。"]))

A(dict(id="tu-23", kind=K, doc_title="天津交通广播：地铁4号线北段6月底开通初期运营 - 北方网",
title="地铁4号线北段6月底开通初期运营", authors=["吴倩"], publish_time="2025年6月20日 21:10",
css=C1+".hd{background:#0d47a1;color:#fff;padding:8px 3%}.w{width:960px;margin:auto}.ttl{font-size:26px}",
tpl="""<div class="hd">北方网 enorth.com.cn.example　新闻 | 天津 | 财经 | 体育 | 娱乐 | 广播 | 视频　　<a>无障碍</a></div>
<div class="w"><p>北方网首页 &gt; 新闻中心 &gt; 天津 &gt; 交通</p><div class="ttl">地铁4号线北段6月底开通初期运营</div>
<p class="x">2025年6月20日 21:10　　来源：天津交通广播　　</p>{BODY}<p class="x">编辑：袁媛　　审核：葛欣</p>
<p>频道推荐 · 本市多条公交线路调整 · 天津站交通枢纽改造</p></div>
<p style="font-size:12px;text-align:center">北方网版权所有 津ICP备10000201号 网络视听许可证0207010号</p>""",
body=["天津交通广播记者吴倩报道：记者今天从天津轨道交通集团获悉，地铁4号线北段将于6月28日开通初期运营。北段线路全长约18.3公里，设车站14座，串联河北区、北辰区多个大型居住区。",
"4号线北段开通后，将与南段贯通运营，全线从小街站至东南角站，运营时间为首班车6:00、末班车22:30，高峰时段最小行车间隔约6分钟。",
"h|换乘信息",
"t|换乘站|可换乘线路",
"t|中山路站|3号线",
"t|金狮桥站|1号线",
"t|北宁公园站|6号线",
"轨道集团提醒，开通初期部分车站出入口将分批开放，乘客出行前可通过“天津地铁”APP查询。"]))

A(dict(id="tu-24", kind=K, doc_title="忻州：杂粮产业插上“数字翅膀”--山西频道--人民网",
title="忻州：杂粮产业插上“数字翅膀”", authors=["任珂", "张宏伟"], publish_time="2025年09月16日08:31",
css=C1+".rm{border-bottom:2px solid #c00;padding:6px 8%}.box{width:900px;margin:auto}.sub{color:#555;font-size:18px}",
tpl="""<div class="rm">人民网 &gt;&gt; 山西频道　　人民网首页 | 时政 | 观点 | 地方 | 财经 | 社会　　<a>手机看新闻</a></div>
<div class="box"><p>人民网&gt;&gt;山西频道&gt;&gt;市县</p><h1>忻州：杂粮产业插上“数字翅膀”</h1>
<p class="x">2025年09月16日08:31 | 来源：人民网－山西频道</p><p class="x">小字号</p>{BODY}
<p class="x">原标题：忻州杂粮产业数字化转型观察</p><p class="x">(责编：冯婷、王晓)</p><p>关注公众号：人民网山西频道</p>
<p>分享让更多人看到</p></div><p style="font-size:12px;text-align:center">人民日报社概况 关于人民网 人民网版权所有，未经书面授权禁止使用　京ICP证000006号</p>""",
body=["人民网太原9月16日电（任珂、张宏伟）走进忻州市岢岚县的杂粮产业园，智能分拣线上的红芸豆正被按颗粒大小和色泽自动分级。“过去人工挑一天不到一吨，现在一小时就能处理两吨。”园区负责人说。",
"忻州是全国重要的杂粮主产区，全市杂粮种植面积常年稳定在300万亩以上。近年来，当地推动物联网、大数据等技术在种植、加工、销售各环节应用，建成杂粮种植数字化示范基地42个。",
"在电商销售方面，忻州培育了200余家杂粮网店和直播团队，2024年杂粮线上销售额突破18亿元。岢岚县农户王秀英说：“直播间一场能卖出上千单，咱的小米、莜面卖到了全国各地。”",
"忻州市农业农村局相关负责人表示，将继续推进杂粮全产业链数字化，打响“忻州杂粮”区域公用品牌。"]))

# second-to-last paragraphs (kept here so each article reaches a realistic length)
_X = {
"tu-13": "记者在意式风情区看到，不少商户将营业时间延长到凌晨，街头乐队、非遗手作摊位前围满了游客，一些餐厅晚上九点以后的客流占到全天的四成以上。",
"tu-14": "为破解改造资金难题，晋城市设立煤矿智能化改造专项资金，对完成验收的煤矿按投资额给予一定比例补助，并协调金融机构推出智能化改造专项贷款，累计放款超过12亿元。",
"tu-15": "为减少人为干扰，保护区在大湖池、沙湖等重要湖泊周边设置了观鸟台和警示标志，并提醒广大市民游客文明观鸟，不要驱赶、投喂候鸟，更不要使用无人机近距离拍摄。",
"tu-16": "今年以来，西藏还同步推进高效节水灌溉和耕地质量提升工作，在山南、林芝等地示范推广青稞绿色高产高效技术，带动农牧民参与工程建设务工增收，累计发放劳务报酬8600余万元。",
"tu-19": "为方便市民游览，晋阳湖沿岸还新建了3处游客服务驿站和2座观鸟台，设置自行车道和无障碍设施，并与晋阳古城遗址公园相连通，形成一条串联生态与人文景观的滨水休闲带。",
"tu-20": "今年我省普通高考报名人数为56.9万人，比去年增加1.2万人。考生可于6月25日起登录省教育考试院官方网站查询本人成绩和位次，位次信息将作为填报志愿的重要参考。",
"tu-21": "近年来，大同市持续推进古城保护和修复，先后完成了城墙、鼓楼、华严寺等一批重点文物的修缮工程，古城每年接待游客超过2000万人次，成为山西文旅的一张亮丽名片。",
"tu-22": "据了解，本届大赛首次增设了“家庭组”表演环节，不少家长和孩子一起登台，祖孙三代同跳锅庄的场景赢得了现场观众的阵阵掌声。大赛还通过拉萨广播电视台客户端进行了全程直播。",
"tu-23": "据介绍，4号线北段车站装修以“津门故里、运河人家”为主题，每座车站都设置了文化墙。开通前，运营单位已完成空载试运行和各项应急演练，相关设备系统运行稳定。",
}
for _p in PAGES:
    if _p["id"] in _X:
        _p["body"].insert(-1, _X[_p["id"]])
