# Self-media pages vx-25 .. vx-30 (invented content).
K = "self-media"
PAGES = []

PAGES.append(dict(
id="vx-25", kind=K, doctitle="在宜宾吃了三天燃面，我终于明白它为什么叫“燃” - 今日头条",
title="在宜宾吃了三天燃面，我终于明白它为什么叫“燃”",
authors=["川南吃货日记"], time="2026-11-22 18:36",
css=".tt-top{display:flex;justify-content:space-between}.article-meta span{margin-right:8px;color:#999}",
top="""<div class="tt-top"><span>今日头条</span><span><a href="#">下载头条APP</a> <a href="#">登录</a></span></div>
<div class="left-tool"><span>12</span> <span>评论</span> <span>收藏</span> <span>分享</span></div>
<h1>在宜宾吃了三天燃面，我终于明白它为什么叫“燃”</h1>
<div class="article-meta"><span>原创</span><span>2026-11-22 18:36</span><span>·</span><span>川南吃货日记</span><span>四川</span></div>""",
body="""作为一个在成都生活了十年的吃货，我一直觉得自己对川味面食很熟悉。直到这周去宜宾出差，才发现自己以前吃的“燃面”都不太正宗。
第一天早上，我在翠屏区一条老街找到了本地人推荐的面馆。老板用的是碱水细面，煮好后沥得干干的，拌上芽菜、花生碎、芝麻和葱花，最后淋一勺红油。
“我们这面要干，不能有一点汤水，点火能燃起来，所以叫燃面。”老板一边拌面一边给我科普。
## 三家店，三种风格
- 老街面馆：芽菜香味最足，12元一碗
- 江边夜市：加了脆臊，口感更丰富
- 酒都饭店：偏甜口，适合不太能吃辣的朋友
!一碗宜宾燃面|图：作者拍摄的燃面
三天吃下来，我最大的感受是：燃面好不好吃，一半在面，一半在宜宾芽菜。回成都前，我专门去超市买了两袋芽菜，准备在家复刻。
你吃过正宗的宜宾燃面吗？欢迎在评论区分享你的私藏面馆。""",
bottom="""<div class="decl">本文为作者原创，未经授权禁止转载。</div>
<div class="author-card">川南吃货日记 <span>粉丝 3.6万</span> <a href="#">关注</a></div>
<div class="rec"><h4>相关推荐</h4><p>乐山跷脚牛肉，排队一小时值不值</p><p>自贡冷吃兔的正确打开方式</p></div>
<div class="ft">© 2026 今日头条 中国互联网举报中心 京ICP证140141号</div>"""))

PAGES.append(dict(
id="vx-26", kind=K, doctitle="武汉一所中学把“劳动课”搬进了菜园子",
title="武汉一所中学把“劳动课”搬进了菜园子",
authors=["周敏"], time="2026-11-24 20:15",
css=".bjh-top{border-bottom:1px solid #eee}.author-txt{font-size:13px}.index-module_articleTitle{font-size:26px}",
top="""<div class="bjh-top"><a href="#">百度首页</a> <a href="#">登录</a></div>
<div class="index-module_articleTitle">武汉一所中学把“劳动课”搬进了菜园子</div>
<div class="author-txt"><img alt="" width="1" height="1"> 楚天教育观察<br>2026-11-24 20:15　湖北　<a href="#">关注</a></div>""",
body="""~ 作者 | 周敏
上周五下午，武汉市洪山区一所中学的初二学生们没有坐在教室里，而是拿着锄头、提着水桶来到学校后山的“开心农场”。
这块约两亩的菜地被分成了24个小区块，每个班级负责一块。学生们自己选种、翻土、施肥，现在地里长着萝卜、白菜、菠菜和蒜苗。
“我们班种的萝卜是全年级最大的！”初二（3）班的学生小陈举起一根萝卜兴奋地说。
学校分管德育的副校长告诉笔者，劳动课每两周一次，和生物、地理、数学等学科结合起来。比如学生要测算每块地的面积和产量，记录植物的生长周期。
收获的蔬菜一部分送到学校食堂，一部分由学生带回家。“孩子第一次给我们做了一盘自己种的菠菜，全家都很感动。”一位家长说。
劳动教育不是简单地让孩子干活，而是让他们在真实的劳动中学会合作、学会坚持。这样的课堂，值得更多学校借鉴。""",
bottom="""<div class="decl">举报/反馈</div>
<div class="more">楚天教育观察 · 发表了 286 篇文章 · 获得 1.1万 个赞</div>
<div class="ft">©2026Baidu 京ICP证030173号</div>"""))

PAGES.append(dict(
id="vx-27", kind=K, doctitle="霞浦滩涂的冬天，是摄影人最爱的季节|网易号",
title="霞浦滩涂的冬天，是摄影人最爱的季节",
authors=["海风影像"], time="2026-11-21 09:02:44",
css=".ne-head{height:40px}.post_title{font-size:28px}.post_info{color:#888;font-size:12px}",
top="""<div class="ne-head">网易首页 &gt; 网易号 &gt; 正文 <a href="#">申请入驻</a></div>
<h1 class="post_title">霞浦滩涂的冬天，是摄影人最爱的季节</h1>
<div class="post_info">2026-11-21 09:02:44　来源: <a href="#">海风影像</a>　福建</div>
<div class="cmt">举报 <span>0</span> 评论</div>""",
body="""每年11月到次年2月，福建宁德霞浦的滩涂都会迎来一年中最美的时光。低角度的冬日阳光照在海带架和紫菜竿上，光影交错，像一幅流动的水墨画。
!霞浦北岐滩涂日出|霞浦北岐滩涂日出
## 北岐：看日出的首选
北岐滩涂距离县城只有3公里，清晨退潮时，滩涂上的水渠反射出金色的光，渔民划着小船穿梭其间。建议早上6点前到达机位。
## 东壁：日落最佳
东壁村的海面上密布着养殖渔排，日落时分，夕阳从渔排之间落下，剪影效果很出彩。
## 小贴士
- 出发前查好潮汐表，退潮前后两小时最佳
- 滩涂湿滑，注意安全，不要随意走进养殖区
- 尊重渔民劳作，拍摄前先打招呼
霞浦的美，不只在镜头里，也在渔民日复一日的劳作中。""",
bottom="""<div class="decl">特别声明：本文为网易自媒体平台“网易号”作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。</div>
<div class="hot"><b>热搜</b><p>平潭蓝眼泪</p><p>福鼎白茶</p></div>
<div class="ft">网易公司版权所有 ©1997-2026</div>"""))

PAGES.append(dict(
id="vx-28", kind=K, doctitle="呼和浩特一对夫妻守护流浪猫十二年_搜狐",
title="呼和浩特一对夫妻守护流浪猫十二年",
authors=["青城小记者"], time="2026-11-26 14:40",
css=".sohu-nav{background:#f8f8f8}.text-title h1{font-size:24px}.article-info{color:#999}",
top="""<div class="sohu-nav">搜狐 <a href="#">新闻</a> <a href="#">体育</a> <a href="#">汽车</a> <a href="#">房产</a> <a href="#">旅游</a> <a href="#">教育</a> <a href="#">时尚</a> <a href="#">登录</a></div>
<div class="user-info">青城小记者<br>文章 412　总阅读 96万<br><a href="#">查看TA的文章&gt;</a></div>
<div class="text-title"><h1>呼和浩特一对夫妻守护流浪猫十二年</h1></div>
<div class="article-info"><span>2026-11-26 14:40</span> <span>发布于：内蒙古自治区</span></div>""",
body="""在呼和浩特市新城区一个老小区里，住着一对被邻居们称为“猫爸猫妈”的夫妻。十二年来，他们收养和救助了三百多只流浪猫。
丈夫刘建国今年67岁，是一名退休工人。妻子吴桂兰说，最早是在楼下捡到一只冻僵的小猫，抱回家养好后，就再也停不下来了。
“冬天最难熬，零下二三十度，猫在外面活不下去。”刘建国在小区车棚里搭了一排保暖窝，每天早晚各喂一次。
十二年下来，夫妻俩的退休金大部分都花在了猫粮和医药费上。近两年，越来越多的年轻人加入进来，帮忙绝育、送养，小区的流浪猫数量反而少了。
“我们老了，就盼着这些小家伙都能有个家。”吴桂兰说。
~ 返回搜狐，查看更多""",
bottom="""<div class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div>
<div>阅读 (3.2万)　<a href="#">投诉</a></div>
<div class="rec"><b>作者最新文章</b><p>青城老字号烧卖店搬新家了</p><p>大召寺周边的冬日市集</p></div>"""))

PAGES.append(dict(
id="vx-29", kind=K, doctitle="我们把课堂搬到了田野上",
title="我们把课堂搬到了田野上",
authors=["郑  凯".replace("  ", "")], time="2026年11月25日 21:10",
css=".rich_media_title{font-size:22px}.rich_media_meta_list span{margin-right:6px}",
top="""<h1 class="rich_media_title">我们把课堂搬到了田野上</h1>
<div class="rich_media_meta_list"><span>原创</span><span>郑  凯</span><span><a href="#">福建农林大学</a></span><span>2026年11月25日 21:10</span><span>福建</span></div>""",
pstyle="section",
body="""~ 文字｜郑  凯
~ 图片｜宣传部学生记者团
~ 编辑｜林雨萱
“这是我第一次亲手把一株秧苗插进田里。”11月中旬，在南平市建阳区的一片稻田里，学院2025级的新生们完成了人生中的第一堂“田野课”。
这门课叫《农业生产实践》，是学校面向全体本科新生开设的必修课。课程持续一周，学生们住在村里，跟着农民下地，学习水稻、茶叶和食用菌的生产知识。
!学生在稻田中实践|学生在稻田中实践
“书本上讲的‘分蘖’‘灌浆’，到了地里一看就懂了。”农学专业学生黄思远说。
课程负责人、农学院副教授陈立峰认为，懂农业、爱农村、爱农民，首先要从走进田野开始。
## 课程安排一览
| 时间 | 内容 | 地点 |
| 第1—2天 | 水稻收割与晾晒 | 建阳区麻沙镇 |
| 第3—4天 | 茶园管护 | 武夷山市星村镇 |
| 第5天 | 食用菌栽培 | 古田县大桥镇 |
田野里的一周很短，但留在心里的东西会很长。""",
bottom="""<div class="end">— END —</div>
<div>预览时标签不可点</div>
<div>微信扫一扫<br>关注该公众号</div>
<div><a href="#">阅读原文</a>　阅读 5861　<a href="#">分享</a> <a href="#">在看</a></div>"""))

PAGES.append(dict(
id="vx-30", kind=K, doctitle="恩施的冬天，是一锅炕土豆的味道 - 微博",
title="恩施的冬天，是一锅炕土豆的味道",
authors=["土家阿妹小田"], time="11-28 12:06",
css=".WB_frame{max-width:700px}.main_title{font-size:24px}.W_fb{font-weight:bold}",
top="""<div class="gn">微博 <input placeholder="搜索微博"> <a href="#">首页</a> <a href="#">视频</a> <a href="#">发现</a> <a href="#">游戏</a> <a href="#">注册</a> <a href="#">登录</a></div>
<div class="WB_frame"><div class="main_title">恩施的冬天，是一锅炕土豆的味道</div>
<div class="info"><span class="W_fb">土家阿妹小田</span> <span>11-28 12:06</span> <span>来自 微博 weibo.com</span> <span>阅读数：8.7万</span></div>""",
body="""在恩施，一到冬天，家家户户的火坑边就离不开一样东西——炕土豆。
恩施高山土豆个头小、淀粉足，当地人叫它“洋芋”。做法很简单：小土豆洗净煮到七分熟，去皮后放进平底锅，用菜籽油小火慢慢炕，炕到表皮金黄起壳，再撒上辣椒面、花椒粉和葱花。
外婆说，以前山里冬天没什么菜，一锅洋芋就是一顿饭。现在日子好了，炕土豆反而成了城里人专门来找的“网红小吃”。
小时候我最喜欢守在火坑边，等锅里第一颗土豆出锅，烫得在两只手里倒来倒去也舍不得放下。
今年冬天，你想不想来恩施尝一口？""",
bottom="""<div class="tags">#恩施美食# #冬日限定#</div>
<div class="WB_handle">转发 126　评论 89　赞 1034</div>
<div class="more">查看更多头条文章</div></div>
<div class="ft">北京微梦创科网络技术有限公司　京ICP证100780号</div>"""))
