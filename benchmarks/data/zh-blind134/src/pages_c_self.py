# self-media pages ue-25 .. ue-30
PAGES = []
def add(**k): PAGES.append(k)

add(id="ue-25", kind="self-media", ptitle="在北京胡同开了12年修车铺，他说最怕的不是累 - 今日头条",
title="在北京胡同开了12年修车铺，他说最怕的不是累", authors=["京城小巷记"], time="2025-03-22 19:48",
fmt="p", hfmt="strong",
css="body{margin:0;font:18px/1.8 'PingFang SC'}.tt-top{height:48px;border-bottom:1px solid #eee;display:flex;gap:20px;align-items:center;padding:0 20px}.article{max-width:680px;margin:20px auto}.meta{font-size:14px;color:#999}.meta span{margin-right:10px}.side{position:absolute;right:20px;top:80px;width:220px;font-size:14px}",
tpl="""
<div class="tt-top"><span>今日头条</span><span>首页</span><span>下载头条APP</span><span>登录</span></div>
<div class="article">
<h1>在北京胡同开了12年修车铺，他说最怕的不是累</h1>
<div class="meta"><span>原创</span><span>2025-03-22 19:48</span><span>·</span><span>京城小巷记</span><span>北京</span></div>
{BODY}
<p class="meta">举报/反馈</p>
</div>
<div class="side"><p>京城小巷记</p><p>1.2万粉丝 · 记录北京胡同里的平凡人</p><p>关注</p><p><b>相关推荐</b></p><p>北京最后的弹棉花手艺人</p><p>南锣鼓巷背后的老院子</p></div>
<div>评论 36 · 点赞 1.4k · 收藏 · 分享</div>
<div>© 2025 今日头条 京ICP证140141号</div>
""",
body="""
早上七点，西城区大栅栏西街的一条小胡同里，老周的修车铺准时“开张”。说是铺子，其实就是墙根下一块两米见方的地方：一个工具箱、一只打气筒、一盆试胎用的清水。
老周今年58岁，河北保定人，在这条胡同里修车已经整整12年。补胎5块，换内胎25块，调刹车不要钱。“都是街坊，小毛病顺手的事。”
img: 老周在给街坊修车
h: “最怕的是没人修车了”
这几年，共享单车和电动车越来越多，来修自行车的人明显少了。老周说，最忙的时候一天能修三四十辆，现在十来辆就算不错。
“累我不怕，最怕的是哪天没人修车了。”他一边给一辆老式二八车紧辐条，一边说。为了多揽点活，他去年学会了修电动车，还在墙上贴了一张写着手机号的纸条，街坊有事打个电话，他就上门。
h: 胡同里的“活地图”
在这条胡同里，老周不只是修车师傅。谁家孩子放学没带钥匙，会在他这儿等大人；外卖小哥找不到门牌，也总来问他。
“他比我们还熟。”住在隔壁院的刘奶奶说。
你身边有这样的手艺人吗？欢迎在评论区聊聊。
""")

add(id="ue-26", kind="self-media", ptitle="泉州一中学生物社团发现罕见萤火虫种群_百家号",
title="泉州一中学生物社团发现罕见萤火虫种群", authors=["陈思远"], time="2024-06-17 21:05",
fmt="p", hfmt="strong",
css="body{margin:0;font-size:17px}.bj-head{background:#fff;border-bottom:1px solid #e5e5e5;padding:10px 40px}.main{width:1080px;margin:auto;display:flex}.content{width:720px}.author-box{width:300px;margin-left:40px;font-size:14px}.info{color:#999;font-size:13px}",
tpl="""
<div class="bj-head">百家号 <span>百度首页</span> <span>登录</span></div>
<div class="main"><div class="content">
<h2>泉州一中学生物社团发现罕见萤火虫种群</h2>
<div class="info"><span>闽南自然观察</span> <span>2024-06-17 21:05</span> <span>福建</span> <span>优质科学领域创作者</span></div>
{BODY}
<p class="info">本文作者：陈思远，闽南自然观察主笔</p>
<p class="info">举报</p>
</div>
<div class="author-box"><p>闽南自然观察</p><p>3.6万粉丝 | 46万获赞</p><p>+关注</p><p>作者最新文章</p><p>戴云山发现新记录种蝴蝶</p><p>泉州湾红树林迎来候鸟高峰</p><p><img alt="百度APP扫码">打开百度APP看更多</p></div></div>
<div>©2025 Baidu 使用百度前必读 京ICP证030173号</div>
""",
body="""
每年五六月，是萤火虫最活跃的季节。前不久，泉州某中学生物社团的同学们在清源山一处山涧旁，记录到了一个数量可观的萤火虫种群，经专家初步鉴定，其中包括在福建较为少见的雷氏萤。
h: 夜观三晚，记录上千只
社团指导老师告诉笔者，同学们连续三个晚上在晚8点至10点之间开展调查，采用样线法计数，最多一晚记录到成虫1100余只。
“一开始只是想拍萤火虫的照片，后来越拍越觉得有意思，就开始认真做记录。”社团负责人、高二学生林可欣说。
h: 对环境要求极高
萤火虫的幼虫多生活在水边，以螺类为食，对水质和光污染非常敏感，被视为生态环境的“指示物种”。专家表示，这一发现说明当地山涧的水质和植被保持得较好。
h: 观萤请做到“三不”
li: 不捕捉，不把萤火虫装瓶带走；
li: 不用手电、闪光灯直射；
li: 不踩踏溪边草丛，避免伤害幼虫。
希望这片“星光”能一直留在清源山。
""")

add(id="ue-27", kind="self-media", ptitle="鞍山老工业区变身文创街区，年轻人来打卡了|网易号",
title="鞍山老工业区变身文创街区，年轻人来打卡了", authors=["周子涵"], time="2025-02-09 14:33:27",
fmt="p", hfmt="strong",
css="body{margin:0;font:16px/1.9 sans-serif}.ne-top{background:#c4161c;color:#fff;padding:8px 30px}.post{width:700px;margin:30px auto}.post_info{color:#888;font-size:13px}.post_statement{font-size:12px;color:#aaa;border:1px solid #eee;padding:8px}",
tpl="""
<div class="ne-top">网易首页 &gt; 网易号 &gt; 正文 <span style="float:right">申请入驻</span></div>
<div class="post">
<h1 class="post_title">鞍山老工业区变身文创街区，年轻人来打卡了</h1>
<div class="post_info">2025-02-09 14:33:27　来源: <a>辽沈城事</a>　辽宁</div>
<div class="post_statement">0<br>分享至<br>用微信扫码二维码<br>分享至好友和朋友圈</div>
{BODY}
<p class="post_statement">特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</p>
<p>Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.</p>
<h3>相关推荐</h3><p>沈阳中街冰雪节人气爆棚</p><p>丹东鸭绿江畔的春天</p>
</div>
<div>网易公司版权所有 ©1997-2025</div>
""",
body="""
x: <p>文 | 周子涵</p>
在鞍山铁西区，一片建于上世纪五十年代的老厂房，如今成了年轻人周末打卡的新去处。红砖墙、铁轨、老吊车被保留下来，里面开起了咖啡馆、书店和手作工坊。
img: 老厂房改造后的文创街区
这片厂区原是一家机械厂的铸造车间，2016年停产后闲置多年。前年，当地引入运营团队对其进行改造，遵循“修旧如旧”的原则，尽量保留工业遗存的原貌。
h: 老工人回来当“讲解员”
街区里有一间小小的厂史陈列馆，讲解员是70岁的退休工人吴德胜。他在这里干了三十多年，“哪台机器放在哪，闭着眼睛都知道”。
“看到年轻人愿意来，我心里高兴。这些东西不能就这么没了。”吴师傅说。
h: 客流一年翻了三倍
据运营方介绍，街区目前入驻商户43家，去年接待游客约60万人次，是开街首年的三倍多。春节期间，这里举办的“工业风”灯会更是吸引了不少外地游客。
老工业城市的转型，也许就藏在这样一个个小小的改变里。
""")

add(id="ue-28", kind="self-media", ptitle="门源油菜花今年啥时候开？看这篇就够了",
title="门源油菜花今年啥时候开？看这篇就够了", authors=["马永福"], time="2025年06月28日 18:00",
fmt="section", hfmt="sec",
css="body{margin:0;background:#f7f7f7}.rich_media{max-width:677px;margin:0 auto;background:#fff;padding:20px}.rich_media_meta{color:#576b95;font-size:15px;margin-right:8px}.rich_media_title{font-size:22px}#js_tags{font-size:14px;color:#888}",
tpl="""
<div class="rich_media">
<h1 class="rich_media_title">门源油菜花今年啥时候开？看这篇就够了</h1>
<div><span class="rich_media_meta">原创</span><span class="rich_media_meta">马永福</span><a class="rich_media_meta">门源融媒</a> <em>2025年06月28日 18:00</em> <em>青海</em></div>
<div id="js_tags">#门源 #油菜花 #青海旅游</div>
{BODY}
<section><p>来源：门源融媒</p><p>编辑：杨梅　审核：祁生辉</p></section>
<p><img alt="二维码"></p><p>长按识别二维码关注我们</p>
<p>阅读 8765　分享　收藏　赞 212　推荐 64</p>
<p>写留言</p>
</div>
""",
body="""
每年七月，门源百里油菜花海都会吸引大批游客。不少网友在后台留言问：今年花什么时候开？去哪里看最好？小编特意请教了县农业部门的专家，给大家整理了一份赏花攻略。
h: 花期预测：7月上旬进入盛花期
受今年春季气温偏高影响，门源油菜花预计比去年提前3至5天开放，7月5日前后进入盛花期，最佳观赏期可持续到7月下旬。
h: 推荐观景点
li: 浩门镇至青石嘴镇沿线，适合自驾慢行；
li: 百里花海观景台，可俯瞰花海全景；
li: 仙米国家森林公园周边，花海与森林相映。
h: 温馨提示
门源海拔在2800米以上，早晚温差大，请备好外套并注意防晒；部分花田为农户私有，请勿随意进入踩踏；旺季车流量大，请提前规划行程。
h: 住宿与交通
县城及周边有各类宾馆、民宿百余家，旺季建议提前预订。西宁至门源每天有多班客车，车程约两个半小时。
期待和你在门源相遇！
""")

add(id="ue-29", kind="self-media", ptitle="丰台发布：丽泽金融商务区新增两条跨河慢行桥_澎湃号·政务_澎湃新闻",
title="丽泽金融商务区新增两条跨河慢行桥", authors=["丰台发布"], time="2025-04-16 11:20",
fmt="p", hfmt="strong",
css="body{margin:0;font:17px/1.9 sans-serif}.ph{background:#00a5eb;color:#fff;padding:10px 30px}.newsbox{width:800px;margin:auto}.news_about{color:#777;font-size:14px}.news_about p{margin:2px}",
tpl="""
<div class="ph">澎湃新闻 <span>要闻 深度 思想 生活 澎湃号 视频</span> <span>下载客户端</span> <span>登录</span></div>
<div class="newsbox">
<h1>丽泽金融商务区新增两条跨河慢行桥</h1>
<div class="news_about"><p>丰台发布</p><p>北京市丰台区委宣传部官方账号</p><p>2025-04-16 11:20　来源：澎湃新闻·澎湃号·政务</p></div>
<div>字号</div>
{BODY}
<p class="news_about">原标题：《好消息！丽泽这两座桥，通了》</p>
<p class="news_about">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问http://renzheng.thepaper.cn。</p>
<p>继续阅读　举报</p>
</div>
<div>沪ICP备14003370号　沪公网安备31010602000299号　© 2014-2025 上海东方报业有限公司</div>
""",
body="""
近日，丽泽金融商务区两座跨莲花河慢行桥正式开放通行，周边居民和上班族从此步行、骑行过河不用再绕路。
img: 新开通的慢行桥
两座慢行桥分别位于丽泽路和金中都南路附近，全长均约60米，桥面宽6米，只供行人和非机动车通行。桥上设置了观景平台和休憩座椅，夜间还有景观照明。
“以前从小区到地铁站要绕到丽泽桥，走十几分钟，现在五分钟就到了。”附近居民张女士说。
据介绍，两座桥采用钢结构设计，造型取意“金中都城门”，与莲花河滨水绿道连为一体。今年，丽泽金融商务区还将建成滨水慢行系统约4公里，串联起商务区内的公园、绿地和轨道交通站点。
丰台区相关负责人表示，将持续完善商务区“慢行+公交+轨道”的绿色出行体系，打造15分钟步行通勤圈，让更多上班族“走着去上班”。
""")

add(id="ue-30", kind="self-media", ptitle="厦门｜鼓浪屿上的钢琴老师和她的八个学生 - 微博",
title="鼓浪屿上的钢琴老师和她的八个学生", authors=["海风吹过鹭江"], time="2024-11-03 20:17",
fmt="p", hfmt="strong",
css="body{margin:0;background:#f2f2f5;font-size:15px}.wb-top{background:#fff;height:50px;display:flex;align-items:center;gap:24px;padding:0 30px}.card{width:700px;margin:16px auto;background:#fff;padding:20px;border-radius:6px}.WB_from{color:#939393;font-size:12px}",
tpl="""
<div class="wb-top"><span>微博</span><input placeholder="大家都在搜：鼓浪屿"><span>首页</span><span>视频</span><span>发现</span><span>消息</span></div>
<div class="card">
<p>海风吹过鹭江 <span>V</span> <a>+关注</a></p>
<p class="WB_from">2024-11-03 20:17 来自 iPhone客户端</p>
<h2>鼓浪屿上的钢琴老师和她的八个学生</h2>
<p class="WB_from">头条文章 · 阅读数 3.5万</p>
{BODY}
<p class="WB_from">©版权归作者所有，任何形式转载请联系作者</p>
<p>转发 128　评论 96　赞 1,037</p>
<p><b>热门评论</b></p><p>鹭岛琴声：鼓浪屿的琴声真的要一代一代传下去</p><p>小满不满：看哭了</p>
</div>
<div>微博客服 · 自律公约 · 京ICP证100780号</div>
""",
body="""
鼓浪屿被称作“钢琴之岛”，岛上有一位退休音乐老师，三年来一直免费教岛上的孩子弹琴。她叫苏婉清，今年67岁。
她的学生一共八个，最小的六岁，最大的十三岁，都是岛上原住民家的孩子。每周二、四、六下午，孩子们放学后会来到她家那栋老别墅，二楼客厅里摆着一台上世纪三十年代的老钢琴。
“岛上的人越来越少，会弹琴的孩子也少了。我想让琴声别断了。”苏老师说。她不收学费，只有一个要求：每个孩子每年要在岛上的家庭音乐会上公开演奏一次。
去年冬天，十三岁的阿杰第一次在音乐会上完整弹完了一首《鼓浪屿之波》，台下的老邻居们都红了眼眶。
我问苏老师，累不累，一周三个下午，雷打不动。她笑着说：“不累，听他们弹琴，我好像也回到了小时候。”
x: <p class="tags">#鼓浪屿# #厦门身边事#</p>
""")
