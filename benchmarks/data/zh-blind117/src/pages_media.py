# Media pages vn-13 .. vn-24 (all invented)
M = "media"
PAGES = [
dict(id="vn-13", kind=M, layout="resp", tpl="media-prov-portal-2024",
 header=['<div class="h"><b>皖江新闻网</b> <a>客户端</a> <a>登录</a> <input placeholder="搜索"></div>'],
 nav=["首页", "安徽", "时政", "经济", "社会", "文旅", "视频", "评论"],
 crumb="皖江新闻网 > 安徽 > 正文",
 kicker="一季度经济观察",
 title="安徽新能源汽车产量同比增长四成",
 info='<div class="info"><span>2025-04-15 07:12</span> <span>来源：安徽日报</span> <span>作者：周敏 孙浩</span></div>',
 authors=["周敏", "孙浩"], publish_time="2025-04-15 07:12",
 body="""
本报讯（记者 周敏 孙浩）记者从省统计局获悉，一季度全省规模以上工业增加值同比增长8.1%，其中新能源汽车产量达到41.2万辆，同比增长40.3%，占全国比重进一步提升。
“整车带动、零部件跟进”的效应正在显现。一季度，全省汽车零部件制造业增加值增长15.6%，动力电池、电驱系统、车规级芯片等环节新增项目27个。
| 指标 | 一季度 | 同比增长 |
| 新能源汽车产量（万辆） | 41.2 | 40.3% |
| 汽车零部件增加值 | — | 15.6% |
| 工业机器人产量（套） | 5860 | 22.7% |
省统计局有关负责人表示，下阶段要继续关注外需波动和原材料价格变化对制造业的影响，巩固工业经济回升向好态势。
""",
 after_body=['<p class="x">编辑：王一帆　校对：李晴</p>', '<div class="share">分享到 <a>微信</a> <a>微博</a> <a>QQ</a></div>',
             '<h4>相关阅读</h4><ul><li>合肥：新能源整车项目密集投产</li><li>芜湖港一季度集装箱吞吐量创新高</li></ul>'],
 foot=["皖江新闻网版权所有　未经书面授权禁止转载", "互联网新闻信息服务许可证：34120170001　皖ICP备06000117号"]),

dict(id="vn-14", kind=M, layout="table", tpl="media-city-news-2014",
 header=['<p>鹤城新闻网　齐齐哈尔新闻传媒集团主办</p><p><a>设为首页</a> | <a>加入收藏</a></p>'],
 nav=["首页", "鹤城要闻", "县区", "民生", "图片", "专题"],
 crumb="您的位置：首页 > 鹤城要闻",
 title="扎龙湿地迎来首批丹顶鹤回迁",
 info='<p class="info">2025-04-14 08:41:37　来源：齐齐哈尔日报　作者：孙立新　编辑：刘畅</p>',
 authors=["孙立新"], publish_time="2025-04-14 08:41:37",
 body="""
连日来，随着气温回升，扎龙国家级自然保护区迎来首批回迁的野生丹顶鹤。截至4月13日，保护区监测到野生丹顶鹤已超过180只。
! 丹顶鹤在芦苇荡中觅食 | 丹顶鹤在扎龙湿地芦苇荡中觅食。孙立新 摄
保护区管理人员介绍，今年丹顶鹤回迁时间比去年提前了约5天。为保障鹤群安全栖息，保护区已完成湿地补水1200万立方米，并在核心区增设巡护点位8处。
“每年这个时候是我们最忙的时候。”巡护员张国庆说，他和同事每天要徒步巡护20多公里，记录鹤群数量、分布和繁殖情况。
据悉，4月下旬至5月是丹顶鹤繁殖期，保护区提醒游客文明观鹤，不要进入核心区，不得投喂和惊扰鸟类。
""",
 after_body=['<p>【<a>关闭</a>】【<a>打印</a>】</p>', '<p>相关新闻：</p><p>· 齐齐哈尔启动春季候鸟保护专项行动</p>'],
 foot=["鹤城新闻网 版权所有　黑ICP备09000117号", "举报电话：0452-2400117"]),

dict(id="vn-15", kind=M, layout="resp", tpl="media-tv-video-2023",
 header=['<div class="h">南粤广电网 <a>直播</a> <a>点播</a> <a>下载APP</a></div>'],
 nav=["首页", "新闻", "直播", "节目", "纪录片", "广东"],
 crumb="首页 / 新闻 / 广东新闻联播",
 title="广州南沙：首个“零碳”码头通过验收",
 info='<div class="info">广东新闻联播　2025-04-16 19:45:02　<span>播放量 2.3万</span></div>',
 authors=["陈嘉怡", "黄志远", "冯小川"], publish_time="2025-04-16 19:45:02",
 body="""
~ 00:00 / 02:16
~ 记者：陈嘉怡 黄志远　通讯员：冯小川
近日，广州南沙港区一座通用码头通过专家评审验收，成为省内首个获得“零碳”认证的港口码头。
码头负责人介绍，码头通过建设屋顶光伏、推广电动集卡和岸电设施，年发电量约680万千瓦时，可满足码头全部生产用电需求，每年减少二氧化碳排放约5000吨。
> “下一步，我们将把这套模式复制推广到其他港区。”广州港集团有关负责人说。
据了解，到2027年，广州港计划再建成3个以上低碳示范码头。
""",
 after_body=['<p class="x">编辑：林晓</p>', '<div>热门视频：<a>珠江夜游迎来客流高峰</a> <a>深中通道开通一年记</a></div>'],
 foot=["广东广播电视台主办　信息网络传播视听节目许可证：1901170", "粤ICP备08000117号"]),

dict(id="vn-16", kind=M, layout="div", tpl="media-central-wire-2020",
 header=['<div class="h">华夏要闻网 <a>首页</a> <a>移动版</a></div>'],
 nav=["时政", "国际", "财经", "地方", "图片", "视频"],
 crumb="华夏要闻网 > 地方 > 西藏",
 title="西藏青稞全产业链产值突破百亿元",
 info='<div class="info">2025-04-15 20:33:18　来源： 新华社</div>',
 authors=["白少丹", "洛桑"], publish_time="2025-04-15 20:33:18",
 body="""
新华社拉萨4月15日电（记者 白少丹 洛桑）记者从西藏自治区农业农村厅获悉，2024年西藏青稞全产业链产值达到103亿元，首次突破百亿元大关。
近年来，西藏加快青稞良种推广，良种覆盖率超过90%，青稞种植面积稳定在210万亩左右。同时，青稞精深加工企业发展到150余家，开发出青稞饼干、青稞酒、青稞β-葡聚糖等系列产品。
在日喀则市桑珠孜区，一家青稞加工企业负责人说，企业通过“公司+合作社+农户”模式带动2000余户农户增收，去年户均增收4000元。
下一步，西藏将继续推进青稞“育繁推”一体化，培育一批区域公用品牌。
""",
 after_body=['<p class="x">【纠错】　责任编辑：刘莹</p>', '<div>扫码阅读手机版</div>'],
 foot=["华夏要闻网版权所有　Copyright © 2000-2025", "京ICP备10000117号"]),

dict(id="vn-17", kind=M, lang="en", layout="resp", tpl="media-en-tibet-2024",
 header=['<div class="h">XIZANG TODAY <a>中文</a> <a>Subscribe</a> <input placeholder="Search"></div>'],
 nav=["Home", "News", "Culture", "Travel", "Ecology", "Photos"],
 crumb="Home > News > Ecology",
 title_lines=["Snow leopard sightings rise", "in Qomolangma reserve"],
 title="Snow leopard sightings rise in Qomolangma reserve",
 info='<p class="info">By Tsering Dolkar and Li Wenjun | Updated: 2025-04-17 15:26</p>',
 authors=["Tsering Dolkar", "Li Wenjun"], publish_time="2025-04-17 15:26",
 body="""
Infrared cameras in the Qomolangma National Nature Reserve recorded 63 snow leopard sightings in the first quarter of this year, up from 41 in the same period last year, local forestry authorities said on Wednesday.
The reserve, which straddles four counties in Shigatse, has installed more than 300 cameras since 2022. Rangers say the increase reflects both better monitoring and a recovering prey population of blue sheep.
! A snow leopard caught on camera | A snow leopard captured by an infrared camera in March. [Photo provided to Xizang Today]
"We used to see tracks, but rarely the animal itself," said Pasang, a ranger who has patrolled the area for 11 years. "Now the cameras show us families with cubs."
The reserve plans to add 50 more cameras this year and train local herders as part-time monitors.
""",
 after_body=['<div class="share">Share: <a>Facebook</a> <a>X</a> <a>WeChat</a></div>', '<h4>Related stories</h4><ul><li>Lhasa opens new wetland park</li></ul>'],
 foot=["Copyright 2025 Xizang Today. All rights reserved.", "藏ICP备17000117号"]),

dict(id="vn-18", kind=M, lang="en", layout="div", tpl="media-en-anhui-wire-2019",
 header=['<div class="h">Anhui English <a>Home</a> <a>About Anhui</a> <a>Contact</a></div>'],
 nav=["News", "Business", "Culture", "Travel", "Living in Anhui"],
 crumb="Home / News",
 title="Huangshan opens new cable car route ahead of May Day holiday",
 info='<div class="info">Source: Xinhua　Date: April 16, 2025</div>',
 info_pos="above",
 authors=[], publish_time="April 16, 2025",
 body="""
HEFEI, April 16 (Xinhua) -- A new cable car route on Huangshan Mountain in east China's Anhui Province began trial operation on Wednesday, local authorities said.
The 2.3-kilometer route links the Yungu Temple area with the mountain's western scenic zone and can carry up to 2,000 passengers per hour, cutting the climb time from about three hours to eight minutes.
Huangshan, a UNESCO World Heritage site, received more than 4.5 million visitors last year. The scenic area expects visitor numbers to peak during the upcoming May Day holiday.
Online reservations are required during the holiday, and daily visits will be capped at 50,000.
""",
 after_body=['<p class="x">Editor: Wang Lu</p>'],
 foot=["Sponsored by the Information Office of Anhui Provincial People's Government", "皖ICP备08000117号"]),

dict(id="vn-19", kind=M, layout="resp", tpl="media-portal-yuan-2022",
 header=['<div class="h">北国网 <a>黑龙江</a> <a>冰雪</a> <a>登录</a> <a>注册</a></div>'],
 nav=["首页", "新闻", "龙江", "财经", "体育", "冰雪", "视频"],
 crumb="北国网 > 龙江新闻 > 正文",
 title="佳木斯开通至俄罗斯哈巴罗夫斯克定期货运班列",
 info='<div class="info">2025年04月17日 10:26　来源：东北网　<a>大字体</a></div>',
 authors=["于洋"], publish_time="2025年04月17日 10:26",
 body="""
~ 原标题：中俄物流通道再添新线 佳木斯—哈巴罗夫斯克货运班列首发
4月16日上午，满载机电设备、日用百货的中欧班列从佳木斯国际物流园区鸣笛出发，驶往俄罗斯哈巴罗夫斯克，标志着佳木斯至哈巴罗夫斯克定期货运班列正式开通。
该班列经同江铁路大桥出境，全程约580公里，运行时间约38小时，较传统运输方式节省时间2天以上。班列计划每周开行2列，回程主要运输木材、化肥等货物。
“有了固定班列，我们的订单交付更有保障了。”一家外贸企业负责人说。
佳木斯市商务局介绍，今年以来，全市对俄进出口额同比增长12.6%。（记者 于洋）
""",
 after_body=['<p class="x">责任编辑：马晓丽</p>', '<h4>热点推荐</h4><ul><li>哈尔滨冰雪大世界拆除冰景施工有序推进</li><li>黑河口岸客运通关恢复常态</li></ul>'],
 foot=["北国网版权所有 黑ICP备11000117号", "黑公网安备23010002000117号"]),

dict(id="vn-20", kind=M, layout="div", tpl="media-radio-2018",
 header=['<div class="h">皖声广播网 · 安徽交通广播 FM90.8 <a>在线收听</a></div>'],
 nav=["首页", "广播新闻", "节目单", "主持人", "活动"],
 crumb="当前位置：首页 > 广播新闻",
 title="合肥地铁8号线一期开通初期运营",
 info=['<div class="info">记者：王  静　许  亮</div>', '<div class="info">发布时间：2025-04-18 09:05</div>'],
 info_pos="above",
 authors=["王静", "许亮"], publish_time="2025-04-18 09:05",
 body="""
~ 【音频】合肥地铁8号线今起开通
4月18日上午9时，合肥地铁8号线一期正式开通初期运营。该线路全长约21公里，共设车站15座，串联起蜀山区、高新区等多个片区。
首班车从北端起点站发出后，不少市民赶来“尝鲜”。家住高新区的李女士说：“以前上班要换乘两次公交，现在坐地铁半个小时就到了。”
合肥轨道交通集团介绍，8号线初期运营时段为每天6时至22时30分，高峰期行车间隔约7分钟。开通后，合肥地铁运营里程将超过250公里。
""",
 after_body=['<p class="x">编辑：孔蕾　审核：吴军</p>', '<p>上一篇：清明假期全省高速公路车流平稳</p>'],
 foot=["安徽广播电视台 版权所有　皖ICP备05000119号"]),

dict(id="vn-21", kind=M, layout="resp", tpl="media-city-photo-2021",
 header=['<div class="h">港城新闻网 湛江日报社主办 <a>数字报</a> <a>APP</a></div>'],
 nav=["首页", "湛江新闻", "县区", "图说湛江", "评论", "服务"],
 crumb="首页 > 图说湛江",
 title="湛江红树林湿地迎来观鸟季",
 info='<div class="info">湛江日报　2025/04/19 08:00:12　文/图　湛江日报记者 郑丽娜</div>',
 authors=["郑丽娜"], publish_time="2025/04/19 08:00:12",
 body="""
眼下正值候鸟北迁高峰，湛江红树林国家级自然保护区内，成群的黑脸琵鹭、反嘴鹬在滩涂上觅食休憩，吸引了众多观鸟爱好者前来拍摄。
! 黑脸琵鹭 | 黑脸琵鹭在红树林滩涂觅食。
保护区工作人员介绍，今年春季监测到的水鸟种类达到86种，其中黑脸琵鹭最多时一次记录到112只，数量较去年同期有所增加。
! 观鸟爱好者 | 观鸟爱好者在观测点拍摄。
为方便市民观鸟，保护区在高桥片区设置了3处观鸟点，并提供免费的望远镜借用服务。保护区提醒，观鸟时应保持安全距离，不使用无人机近距离拍摄。
""",
 after_body=['<p class="x">责编：杨帆</p>', '<div class="share">分享 <a>微信</a> <a>朋友圈</a></div>'],
 foot=["湛江日报社版权所有　粤ICP备06000117号"]),

dict(id="vn-22", kind=M, layout="app", tpl="media-app-share-2025",
 css=".wrap{width:auto;max-width:640px}",
 header=['<div class="h"><img alt="雪域新闻" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="> 雪域新闻客户端 <a>打开APP</a></div>'],
 title="那曲：高原牧区首座光伏储能电站并网",
 info='<div class="info"><span>雪域新闻</span> <span>04-18 21:07</span></div>',
 authors=["扎西平措", "努尔·艾力"], publish_time="04-18 21:07",
 body="""
~ 雪域新闻记者 扎西平措 努尔·艾力
4月18日，那曲市色尼区高原牧区首座光伏储能电站成功并网发电。电站装机容量20兆瓦，配套储能10兆瓦时，平均海拔4500米以上。
电站建成后，可为周边3个乡镇的牧民定居点提供稳定电力，解决冬季用电高峰时段供电不足问题。项目还吸纳当地牧民参与运维，每人每月增收2000元左右。
“过去冬天经常停电，现在再也不用担心了。”牧民索朗多吉说。
据了解，“十四五”以来，那曲市已建成各类新能源项目12个，总装机容量超过300兆瓦。当地能源部门表示，将继续推进“光伏+储能”模式在偏远牧区落地，力争到2026年实现主要牧民定居点电力稳定供应全覆盖。
""",
 after_body=['<p class="x">编辑：卓嘎　审核：陈东</p>', '<div><a>打开雪域新闻APP，阅读更多精彩内容</a></div>', '<p>阅读 1.2万　点赞 356</p>'],
 foot=["雪域新闻客户端"]),

dict(id="vn-23", kind=M, layout="table", tpl="media-county-rongmei-2016",
 header=['<p>宝清县融媒体中心　宝清新闻网</p>'],
 nav=["首页", "本地新闻", "视频宝清", "通知公告", "便民信息"],
 crumb="首页 > 本地新闻",
 title="宝清县春播备耕物资储备充足",
 info='<p class="info">【发布时间：2025年4月15日 16:40】【作者：融媒体记者 高鹏 通讯员 宋佳】【浏览量：302】</p>',
 authors=["高鹏", "宋佳"], publish_time="2025年4月15日 16:40",
 body="""
眼下，宝清县各乡镇农民抢抓农时，积极备耕。记者从县农业农村局了解到，全县春播所需种子、化肥、农药等物资已基本储备到位。
截至目前，全县已储备各类种子2.1万吨、化肥9.6万吨，农机具检修率达到98%。县农业技术推广中心组织农技人员深入田间地头，开展种子发芽率检测和测土配方施肥指导。
在七星泡镇一家农机合作社，工人们正在对大马力拖拉机进行调试。合作社负责人说：“今年合作社托管了3万亩地，设备一定要提前准备好。”
""",
 after_body=['<p>【<a>打印</a>】　【<a>关闭</a>】</p>'],
 foot=["宝清县融媒体中心 版权所有　黑ICP备18000117号", "技术支持：宝清县信息网络中心"]),

dict(id="vn-24", kind=M, layout="resp", tpl="media-prov-opinion-2025",
 header=['<div class="h">南方评论网 <a>观点</a> <a>评论员</a> <a>投稿</a></div>'],
 nav=["首页", "社论", "时评", "理论", "专栏"],
 crumb="首页 > 时评",
 title="“百千万工程”要让农民成为主角",
 info=['<div class="info">作者 | 林卫东</div>', '<div class="info">2025-04-19 06:30　南方评论网</div>'],
 authors=["林卫东"], publish_time="2025-04-19 06:30",
 body="""
推进乡村振兴，归根到底要靠农民。近日记者在粤东采访时发现，一些村庄的“百千万工程”项目之所以推进顺利，一个共同点是让村民真正参与进来。
在某村，村道怎么修、公园怎么建，都是村民议事会一项项商量出来的。村民既出主意、又出工出力，建成后的设施自然有人管、有人护。反观个别地方，项目由上而下“一包到底”，建成后却少人问津。
让农民成为主角，就要把选择权交给农民，把决策过程公开透明，把收益更多留在村里。只有这样，乡村建设才能从“要我建”变为“我要建”。
""",
 after_body=['<p class="x">编辑：何雨　审核：郭峰</p>', '<h4>更多评论</h4><ul><li>让“小切口”撬动基层治理“大变化”</li></ul>'],
 foot=["南方评论网　粤ICP备09000117号"]),
]
