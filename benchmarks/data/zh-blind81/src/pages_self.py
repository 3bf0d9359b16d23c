# Self-media pages wd-25 .. wd-30.  All invented.
G = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
PAGES = []

PAGES.append(dict(
id="wd-25", kind="self", lang="zh",
title="太原这条老街改造后火了！周末人从早挤到晚，本地人都说认不出来",
authors=["晋阳生活圈"], publish_time="2024-12-02 19:47",
pstyle="p", hstyle="h3",
css="""body{margin:0;font-family:-apple-system,"PingFang SC",sans-serif;background:#fff}.tt-top{position:sticky;top:0;background:#fff;border-bottom:1px solid #eee;padding:8px 40px;display:flex;gap:20px}
.wrap{display:flex;gap:40px;padding:20px 40px}.left{width:60px;font-size:12px;color:#666}.art{width:660px}.meta{color:#999;font-size:13px}.acct{width:300px;border:1px solid #eee;border-radius:8px;padding:16px}
.feed .i{border-bottom:1px solid #f2f2f2;padding:12px 0}.ft{font-size:12px;color:#aaa;padding:20px 40px}""",
page=f"""<div class="tt-top"><b>今日头条</b><a href="#">首页</a><a href="#">下载头条APP</a><input placeholder="搜索站内资讯、视频或用户"><a href="#">登录</a></div>
<div class="wrap"><div class="left">赞 215<br>评论 96<br>收藏<br>分享</div>
<div class="art">
<h1>太原这条老街改造后火了！周末人从早挤到晚，本地人都说认不出来</h1>
<div class="meta"><span>2024-12-02 19:47</span>·<span>山西</span>　<span>晋阳生活圈</span></div>
{{{{BODY}}}}
<p class="meta">本文为原创内容，未经授权禁止转载。部分图片来源网络，如有侵权请联系删除。</p>
<p>举报/反馈</p>
<div class="feed"><h3>相关推荐</h3><div class="i">山西人冬天必吃的这碗面，外地人第一次吃都说香 晋味食记 3.1万阅读</div><div class="i">太原又一座公园即将开放，就在你家附近？ 太原城事 8742阅读</div><div class="i">平遥古城冬季门票政策来了 山西文旅通 2.2万阅读</div></div>
</div>
<div class="acct"><img src="{G}" alt="晋阳生活圈头像"><b>晋阳生活圈</b><p>优质生活领域创作者</p><p>3.6万粉丝 · 获赞12万</p><button>关注</button><h4>作者最新文章</h4><p>太原人冬天的快乐，都在这几家澡堂里了</p></div></div>
<div class="ft">© 2024 今日头条 京ICP证140141号 违法和不良信息举报电话：400-140-2108 用户协议 隐私政策</div>""",
body="""
最近朋友圈被一条街刷屏了——太原的钟楼街。
说实话，作为土生土长的太原人，我小时候经常跟着大人来这边买东西，那时候的钟楼街就是一条普普通通的老商业街，人多、路窄、店铺也旧。没想到这两年改造完，整个街区大变样。
!img |
周末去逛了一圈，从下午两点一直待到晚上九点，人是真的多，尤其是傍晚灯亮起来以后，拍照的、直播的、排队买小吃的，挤得满满当当。
## 老字号还在，味道没变
很多人担心改造后老店都没了，其实大部分老字号都保留了下来。清和元的头脑、认一力的饺子、六味斋的酱肉，门口照样排长队。
## 这几点提醒大家
- 周末人特别多，建议工作日来；
- 附近停车比较难，最好坐地铁2号线，大南门站下车步行几分钟就到；
- 晚上七点以后灯光最好看，拍照记得带充电宝。
总的来说，改造后的钟楼街既有老太原的味道，又有新的玩法，值得一逛。你们最近去过吗？欢迎在评论区聊聊～
"""))

PAGES.append(dict(
id="wd-26", kind="self", lang="zh",
title="宝鸡人的早餐，从一碗擀面皮开始",
authors=["西府美食志"], publish_time="2024-06-18 08:12",
pstyle="p", hstyle="h3",
css="""body{margin:0;font-family:Arial,"Microsoft YaHei";background:#f5f5f5}.bjh-h{background:#fff;padding:10px 15%;border-bottom:1px solid #e0e0e0}.page{width:900px;margin:20px auto;display:flex;gap:20px}
.main{flex:1;background:#fff;padding:30px}.author-box{display:flex;gap:10px;align-items:center;color:#999;font-size:13px}.side{width:260px;background:#fff;padding:16px}.ft{text-align:center;font-size:12px;color:#999}""",
page=f"""<div class="bjh-h"><b>百家号</b>　<a href="#">百度首页</a>　<a href="#">登录</a>　<a href="#">百度APP扫码阅读</a></div>
<div class="page"><div class="main">
<div class="h"><h2>宝鸡人的早餐，从一碗擀面皮开始</h2></div>
<div class="author-box"><img src="{G}" alt="西府美食志头像"><div><p><b>西府美食志</b></p><p>2024-06-18 08:12陕西 · 优质美食领域创作者</p></div><button>+关注</button></div>
{{{{BODY}}}}
<p class="ft">本文仅代表作者观点，不代表百度立场。系作者授权百家号发表，未经许可，不得转载。</p>
<p>西府美食志 · 2.8万粉丝 · 关注</p>
<div class="more"><h4>热门推荐</h4><p>岐山臊子面到底酸不酸？本地人来回答</p><p>西安回民街之外，这些小吃街更地道</p><p>换一换</p></div>
</div>
<div class="side"><h4>作者最新文章</h4><p>凤翔泥塑：一捧黄土捏出的千年手艺</p><p>夏天来宝鸡，一定要吃这碗浆水面</p><p>扫码下载百度APP</p></div></div>
<div class="ft">©2024 Baidu 使用百度前必读 意见反馈 京ICP证030173号</div>""",
body="""
在宝鸡，一天的开始往往是从一碗擀面皮开始的。
早上七点，渭滨区的一家擀面皮小店里已经坐满了人。老板娘手脚麻利，切面皮、放面筋、浇辣子、调醋水，一碗擀面皮不到一分钟就端上了桌。
!img 一碗宝鸡擀面皮|一碗地道的宝鸡擀面皮
## 好吃的秘密在“三宝”
宝鸡人常说，擀面皮好不好吃，关键看三样：面皮、辣子和醋水。
面皮要用高筋面粉，洗出面筋后把面浆蒸熟，再反复擀压，这样做出的面皮筋道有嚼劲；辣子要用本地的线辣椒，用热油泼出来，香而不燥；醋水则要用岐山香醋加上十几种香料熬制，酸香开胃。
## 一碗面皮里的乡愁
很多在外地工作的宝鸡人，回家第一件事就是去吃一碗擀面皮。一位在上海工作多年的网友留言说：“走过那么多城市，吃过那么多凉皮，还是觉得家门口那碗最好吃。”
如今，宝鸡擀面皮已经被列入省级非物质文化遗产名录，真空包装的擀面皮也通过电商卖到了全国各地。如果你来宝鸡，一定要尝尝这碗地道的西府味道。
"""))

PAGES.append(dict(
id="wd-27", kind="self", lang="zh",
title="在中卫沙坡头，看见一个不一样的宁夏",
authors=["李可欣"], publish_time="2025-02-14 21:05:33",
pstyle="p", hstyle="h2",
css="""body{margin:0;background:#fff;font-family:"Helvetica Neue",sans-serif}.ne-top{background:#c4161c;color:#fff;padding:8px 10%;font-size:13px}.post{width:680px;margin:0 auto;padding:20px 0}
.post_info{color:#888;font-size:13px}.sub{font-size:18px;border-left:3px solid #c4161c;padding-left:8px}.post_tie{background:#f8f8f8;padding:12px}.wyh{border:1px solid #eee;padding:10px;margin:12px 0}
.ne-foot{background:#f2f2f2;text-align:center;padding:20px;font-size:12px;color:#888}""",
page="""<div class="ne-top">网易首页 &gt; 网易号 &gt; 正文　<a href="#">申请入驻</a>　<a href="#">下载网易新闻客户端</a></div>
<div class="post">
<h1>在中卫沙坡头，看见一个不一样的宁夏</h1>
<div class="post_info">2025-02-14 21:05:33　来源: <a href="#">宁夏说事儿</a>　宁夏</div>
<div class="wyh">宁夏说事儿 · 0 关注 <a href="#">+订阅</a></div>
{{BODY}}
<p class="post_info">特别声明：本文为网易自媒体平台“网易号”作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。</p>
<div class="post_tie"><b>跟贴 12</b> <input placeholder="说点什么..."> <a href="#">发贴</a><p>网易宁夏银川网友：去年夏天去过，滑沙太好玩了</p></div>
<h3>相关推荐</h3><p>宁夏这座小城，藏着中国最美的沙漠公路</p><p>冬天的贺兰山，美得像一幅水墨画</p>
</div>
<div class="ne-foot">网易公司版权所有 ©1997-2025 | 粤B2-20090191-18 | 工业和信息化部备案管理系统网站</div>""",
body="""
@ 文 | 李可欣
@ 图 | 网络
很多人对宁夏的印象，还停留在“西北”“荒凉”这些词上。直到你站在沙坡头的沙丘上，看黄河从脚下蜿蜒流过，才会明白什么叫“大漠孤烟直，长河落日圆”。
沙坡头位于中卫市城区西部，腾格里沙漠的东南边缘。这里是少有的沙漠、黄河、高山、绿洲同处一地的景区，被誉为“世界垄断性的旅游资源”。
## 滑沙、羊皮筏子和骆驼
来沙坡头，滑沙是必须体验的项目。坐在滑板上从百米高的沙坡上俯冲而下，耳边是呼呼的风声和沙子摩擦发出的“嗡嗡”声，这就是有名的“沙坡鸣钟”。
滑完沙，可以去黄河边坐一坐羊皮筏子。筏子用十几个充气的羊皮袋绑在木架上做成，坐在上面顺流而下，感觉既刺激又新奇。
## 冬天来，更安静
很多人觉得冬天不适合来沙漠，其实恰恰相反。冬天的沙坡头游客少，空气通透，沙丘的线条在阳光下格外清晰，傍晚的落日尤其壮观。
如果时间充裕，还可以去附近的通湖草原和北长滩古村落走走，感受一个真正不一样的宁夏。
"""))

PAGES.append(dict(
id="wd-28", kind="self", lang="zh",
title="老天津卫的“三绝”，你吃过几样？",
authors=["周小北"], publish_time="2024年11月20日 20:31",
pstyle="section", hstyle="section",
css="""body{margin:0;background:#ededed;font-family:-apple-system,"PingFang SC"}.rich_media{max-width:677px;margin:0 auto;background:#fff;padding:20px 24px}
.rich_media_title{font-size:22px}.rich_media_meta_list{color:#999;font-size:15px}.rich_media_meta_list span{margin-right:8px}#js_name{color:#576b95}
section{line-height:1.75;font-size:16px}.qr{border:1px solid #eee;padding:12px;text-align:center;color:#888}.bottom{color:#999;font-size:14px}""",
page=f"""<div class="rich_media">
<h1 class="rich_media_title">老天津卫的“三绝”，你吃过几样？</h1>
<div class="rich_media_meta_list"><span>原创</span><span>周小北</span><a id="js_name" href="#">天津卫闲话</a><em>2024年11月20日 20:31</em><span>天津</span></div>
<section><span style="color:#888">点击上方蓝字关注我们</span></section>
{{{{BODY}}}}
<section><p>编辑｜小满　校对｜阿七</p><p>图片｜视觉中国</p></section>
<div class="qr"><img src="{G}" alt="二维码"><p>长按识别二维码 关注天津卫闲话</p></div>
<p class="bottom">预览时标签不可点</p>
<p class="bottom">微信扫一扫<br>关注该公众号</p>
<p class="bottom">阅读 1.2万　分享　留言　收藏　在看 86</p>
<p class="bottom">写留言</p>
<p class="bottom">留言 精选留言：津南老张：耳朵眼炸糕必须得吃刚出锅的！ 赞 47</p>
</div>""",
body="""
说起天津美食，很多外地朋友第一个想到的就是“天津三绝”：狗不理包子、十八街麻花和耳朵眼炸糕。
作为一个在天津生活了三十多年的“老天津卫”，今天就跟大家聊聊这三样东西背后的故事。
## 01 狗不理包子
狗不理包子始创于清朝光绪年间，创始人高贵友小名叫“狗子”，因为生意太忙顾不上跟客人说话，大家就开玩笑说“狗子卖包子，不理人”，久而久之就叫成了“狗不理”。
一个好的狗不理包子，讲究“十八个褶”，褶花匀称，形似白菊。咬一口，汤汁鲜美，肥而不腻。
## 02 十八街麻花
十八街麻花因为最早的店铺开在大沽南路的十八街而得名。和普通麻花不同，它在白条和麻条中间夹了一条含有桂花、闵姜、桃仁等小料的酥馅，所以吃起来格外酥脆香甜，放上几个月都不会变质。
## 03 耳朵眼炸糕
耳朵眼炸糕因店铺临近一条叫“耳朵眼胡同”的窄胡同而得名。它用糯米做皮，红小豆和红糖做馅，用香油炸制，外皮金黄酥脆，内里软糯香甜。
不过说句心里话，老天津人平时吃得更多的还是煎饼馃子、锅巴菜和嘎巴菜。你最喜欢哪样？留言区告诉我吧。
"""))

PAGES.append(dict(
id="wd-29", kind="self", lang="zh",
title="碑林区：“一刻钟便民生活圈”打通服务群众最后一公里",
authors=["张蕊"], publish_time="2024-07-30 16:20",
pstyle="p", hstyle="strong",
css="""body{margin:0;font-family:"PingFang SC",sans-serif}.pp-hd{background:#00a5eb;color:#fff;padding:12px 12%}.news_txt{font-size:16px;line-height:1.8}.wrap{width:760px;margin:0 auto}
.news_about p{color:#888;font-size:14px;margin:2px}.gov{display:inline-block;border:1px solid #00a5eb;color:#00a5eb;padding:0 6px;font-size:12px}.ft{background:#333;color:#999;padding:20px 12%;font-size:12px}""",
page="""<div class="pp-hd">澎湃新闻　首页　视频　要闻　澎湃号·政务　澎湃号·湃客　<a href="#">下载客户端</a>　<a href="#">登录</a></div>
<div class="wrap">
<h1>碑林区：“一刻钟便民生活圈”打通服务群众最后一公里</h1>
<div class="news_about"><p><b>西安碑林发布</b> <span class="gov">政务</span></p><p>2024-07-30 16:20　来源：澎湃新闻·澎湃号·政务</p><p>字号</p></div>
<div class="news_txt">{{BODY}}</div>
<p class="news_about">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问https://renzheng.thepaper.cn。</p>
<div><b>特别声明</b></div>
<div class="rec"><h3>继续阅读</h3><p>碑林区开展夏季消防安全大检查</p><p>“书院门”文化街区夜经济持续升温</p></div>
</div>
<div class="ft">澎湃新闻报料：021-962866 澎湃新闻，未经授权不得转载 沪ICP备14003370号</div>""",
body="""
@ 文字：张蕊　摄影：孟凡
@ 来源：碑林区商务局
早上七点，南院门社区的便民早餐点前已经排起了队；社区服务站里，工作人员正帮着老人办理医保业务；不远处的快递驿站、修鞋摊、理发店也陆续开门营业……在碑林区，像这样的“一刻钟便民生活圈”已建成23个，覆盖全区所有街道。
“一刻钟便民生活圈”是以社区居民为服务对象，在步行15分钟范围内，满足居民日常生活基本消费和品质消费需求的社区商圈。
!img 社区便民服务点|社区便民服务点
碑林区老城区面积大、老旧小区多，部分社区商业网点布局不合理、业态不完善。为此，区商务局联合各街道开展摸底调查，根据居民需求“缺什么补什么”，重点补齐早餐、菜店、家政、维修等基本保障类业态。
截至目前，全区共新增和改造提升便民商业网点460余个，社区便民服务覆盖率达到100%。下一步，碑林区将推进生活圈与“智慧社区”建设相结合，让群众生活更方便、更舒心。
"""))

PAGES.append(dict(
id="wd-30", kind="self", lang="zh",
title="一座晋祠，半部山西史",
authors=["山西小崔说历史"], publish_time="2023-10-05 14:22",
pstyle="div", hstyle="h3",
css="""body{margin:0;background:#f2f2f5;font-family:"Microsoft YaHei"}.wb-top{background:#fff;padding:8px 10%;display:flex;gap:16px;border-bottom:1px solid #eee}.card{width:720px;margin:16px auto;background:#fff;border-radius:6px;padding:24px}
.para{margin-bottom:14px;line-height:1.9}.wbhead{display:flex;gap:10px;color:#939393;font-size:13px}.opts{display:flex;justify-content:space-around;border-top:1px solid #eee;padding-top:10px;color:#666}""",
page=f"""<div class="wb-top"><b>微博</b><input placeholder="大家都在搜：国庆假期出行"><a href="#">首页</a><a href="#">视频</a><a href="#">发现</a><a href="#">游戏</a><a href="#">注册</a><a href="#">登录</a></div>
<div class="card">
<div class="cover"><img src="{G}" alt="晋祠圣母殿"></div>
<h1>一座晋祠，半部山西史</h1>
<div class="wbhead"><img src="{G}" alt=""><span>山西小崔说历史</span><span>2023-10-05 14:22</span><span>阅读数：5.4万</span></div>
{{{{BODY}}}}
<p style="color:#999">本文经“山西小崔说历史”授权发布，转载请联系作者。</p>
<div class="opts"><span>转发 326</span><span>评论 148</span><span>赞 2031</span></div>
<div class="cm"><b>热门评论</b><p>晋阳小李：难老泉真的是千年不息，小时候常去</p><p>查看更多评论 &gt;</p></div>
</div>
<div style="text-align:center;font-size:12px;color:#999">Copyright © 2009-2023 WEIBO 北京微梦创科网络技术有限公司 京网文〔2023〕1007-019号</div>""",
body="""
很多人来太原，只知道去晋祠拍拍照、看看古建筑。其实，晋祠是一部活的山西史书，每一座殿堂、每一棵古树都在讲述着这片土地的过往。
晋祠始建于北魏之前，是为纪念晋国开国诸侯唐叔虞而建。历经北齐、隋、唐、宋、元、明、清历代的修缮扩建，逐渐形成了今天这座集祠堂建筑、园林、雕塑、壁画、碑刻为一体的古建筑群。
## 晋祠三绝
第一绝是圣母殿。它建于北宋天圣年间，是我国现存宋代建筑中的代表作。殿前八根木雕盘龙柱，龙身盘绕、栩栩如生，殿内的43尊宋代彩塑侍女像，神态各异，被誉为宋塑艺术的杰作。
第二绝是周柏。圣母殿北侧的这棵古柏，相传植于西周时期，树龄已近三千年，树身向南倾斜约45度，至今依然枝繁叶茂。
第三绝是难老泉。泉名取自《诗经》中的“永锡难老”，泉水常年保持在17摄氏度左右，千百年来滋润着晋祠周边的万亩良田。
下次来晋祠，不妨放慢脚步，细细品味这里的一砖一瓦。毕竟，这里藏着的，是半部山西的历史。
"""))
