# Self-media pages vc-25 .. vc-30. All content invented.
PAGES = []
A = PAGES.append

# vc-25 头条号 (重庆 local account, no person named) -> account name
A(dict(id="vc-25", kind="self-media", lang="zh", mode="p",
 title="重庆这条老街藏着40年的豆花饭，一碗只要8块钱",
 authors=["山城吃货小分队"], time="2024-11-03 12:18",
 css="""body{margin:0;font-family:"PingFang SC";background:#f8f8f8}.tt-h{background:#fff;display:flex;gap:20px;padding:10px 40px;border-bottom:1px solid #eee}
.tt-h .lg{color:#f04142;font-weight:bold;font-size:20px}.tt-w{display:flex;width:1100px;margin:20px auto}.tt-a{width:760px;background:#fff;padding:30px}
.tt-a h1{font-size:28px}.tt-meta span{margin-right:10px;color:#999;font-size:13px}.tt-a p{font-size:17px;line-height:1.8}.tt-s{width:300px;margin-left:20px}""",
 tpl="""<div class="tt-h"><span class="lg">今日头条</span><a href="#">首页</a><a href="#">下载头条APP</a><input type="text" placeholder="搜索站内资讯、视频或用户"><a href="#">登录</a></div>
<div class="tt-w"><div class="tt-a">
<h1>{TITLE}</h1>
<div class="tt-meta"><span>2024-11-03 12:18</span><span>·</span><span>山城吃货小分队</span><span>重庆</span></div>
{BODY}
<p class="stm">本文为原创内容，未经授权禁止转载。</p>
<div class="act">点赞 2341　评论 318　收藏 906　转发</div>
<div class="cm"><p>渝中老张：这家我小时候就在吃，豆花还是那个味！</p><p>小馋猫：求具体地址</p></div>
</div>
<div class="tt-s"><div class="au"><b>山城吃货小分队</b><p>优质美食领域创作者</p><p>1.2万粉丝 · 关注</p></div><h4>相关推荐</h4><p>重庆十大苍蝇馆子，本地人都不一定吃过</p><p>解放碑附近的老火锅，排队两小时</p></div></div>""",
 body=[
 "在重庆渝中区的一条老街上，有一家没有招牌的豆花饭店，从1984年开到现在，已经整整40年了。",
 "店面不大，只有六张桌子，墙上的价目表还是手写的：豆花饭8元，加一份咸烧白18元，回锅肉22元。每天中午11点不到，店里就坐满了人。",
 "! 豆花饭 | 一碗豆花配一碗甑子饭，是很多老重庆人的午餐。",
 "老板姓熊，今年65岁，说起做豆花头头是道：“黄豆要头天晚上泡好，石磨磨浆，盐卤点豆花，一点都不能偷懒。”最关键的是蘸水，用的是自家熬的糍粑辣椒，再加上木姜油、葱花和花椒面，香得很。",
 "小编点了一碗豆花饭加一份咸烧白，豆花嫩而不散，蘸上辣椒送一口甑子饭，真的是巴适得板！",
 "## 小贴士",
 "- 营业时间：早上10:30到下午2:00，卖完就关门；",
 "- 周日休息，去之前最好问一下；",
 "- 店里只能现金或扫码，没有外卖。",
 "你吃过重庆哪家好吃的豆花饭？欢迎在评论区分享！",
 ]))

# vc-26 百家号 (江苏; person named via 作者 line inside article end "文/")
A(dict(id="vc-26", kind="self-media", lang="zh", mode="div",
 title="苏州园林里的“冷门”宝藏，游客少到可以独享一整座亭子",
 authors=["顾苏宁"], time="2024-10-29 21:05",
 css=""".bjh-top{height:50px;background:#fff;border-bottom:1px solid #e5e5e5;padding:0 40px;line-height:50px}.bjh-top b{color:#2932e1}
.bjh-c{width:820px;margin:24px auto}.bjh-c h2{font-size:28px}.bjh-au{display:flex;gap:12px;align-items:center;color:#888}.bjh-au .nm{color:#333;font-weight:bold}
.para{font-size:18px;line-height:1.9;margin:18px 0}.bjh-end{color:#999;font-size:13px}""",
 tpl="""<div class="bjh-top"><b>百度</b> <a href="#">新闻</a> <a href="#">hao123</a> <a href="#">地图</a> <a href="#">视频</a> <a href="#">贴吧</a> <span style="float:right"><a href="#">登录</a></span></div>
<div class="bjh-c">
<h2>{TITLE}</h2>
<div class="bjh-au"><img alt="" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"><span class="nm">姑苏行记</span><span>2024-10-29 21:05</span><span>江苏</span><span>旅游领域创作者</span><a href="#">+关注</a></div>
{BODY}
<p class="bjh-end">举报/反馈</p>
<div class="cmt"><b>评论</b> 发表评论<p>暂无评论，快来抢沙发吧</p></div>
<div class="rec"><b>为你推荐</b><p>周庄、同里、锦溪，江南古镇到底选哪个？</p><p>南京秋天必去的5个赏枫地</p></div>
</div>""",
 body=[
 "~ 文/顾苏宁",
 "说起苏州园林，很多人第一反应是拙政园、留园，可一到节假日，这些名园里人挤人，想拍张照片都难。今天给大家推荐几座“冷门”园林，人少景美，票价也便宜。",
 "## 艺圃：藏在小巷深处",
 "艺圃位于阊门内的文衙弄，要穿过窄窄的巷子才能找到。园子不大，却是明代园林格局保存最完整的一座。池水占了园子的三分之一，临水的延光阁里有茶室，花十几块钱泡一杯碧螺春，可以坐一下午。",
 "## 鹤园：周一到周五才开放",
 "鹤园在韩家巷，平时是单位用地，只在工作日对外开放，所以游客很少。园中有一座四面厅，秋天银杏叶落满庭院，特别出片。",
 "## 环秀山庄：看假山的首选",
 "这里的湖石假山被誉为“国内第一”，出自清代叠山名家戈裕良之手。山中有洞、有涧、有石室，走一圈只要十几分钟，却能感受到“咫尺山林”的妙处。",
 "最后提醒一下，这几座园林都比较小，建议安排半天时间，搭配附近的平江路、山塘街一起逛。",
 ]))

# vc-27 微信公众号 (西藏 county official account), "作者 | X" lines, 来源/编辑/审核 at end
A(dict(id="vc-27", kind="self-media", lang="zh", mode="section",
 title="墨竹工卡县：“一村一品”让牧民腰包鼓起来",
 authors=["德吉央宗", "张涛"], time="2024年05月14日 18:30",
 css="""body{max-width:677px;margin:0 auto;font-family:-apple-system,"PingFang SC";color:rgba(0,0,0,.9)}.rich_media_title{font-size:22px;line-height:1.4}
.meta{color:rgba(0,0,0,.3);font-size:15px}.meta a{color:#576b95}.qr{text-align:center;color:#999;font-size:13px}.tools{color:#999;font-size:14px}""",
 tpl="""<div class="rich_media">
<h1 class="rich_media_title">{TITLE}</h1>
<div class="meta"><span>原创</span> <span>德吉央宗 张涛</span> <a href="#">墨竹工卡发布</a> <em>2024年05月14日 18:30</em> <span>西藏</span></div>
<div class="rich_media_content">
<section style="text-align:center"><span style="color:#888">点击蓝字 关注我们</span></section>
{BODY}
</div>
<div class="qr"><img alt="墨竹工卡发布二维码" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"><p>长按识别二维码关注我们</p></div>
<div class="tools"><span>阅读 3521</span> <span>分享</span> <span>收藏</span> <span>点赞 87</span> <span>推荐 41</span></div>
<div class="msg">留言 写留言</div>
</div>""",
 body=[
 "~ 作者 | 德吉央宗 张涛",
 "五月的墨竹工卡，草场返青，河谷里的青稞地一片新绿。在门巴乡的牦牛养殖合作社，社员们正忙着给刚出生的小牦牛打耳标。",
 "“今年合作社新添了60多头小牦牛，年底出栏后，每户分红能比去年多两三千元。”合作社负责人扎西顿珠一边忙活一边说。",
 "! 合作社社员在照料小牦牛",
 "## 特色产业多点开花",
 "近年来，墨竹工卡县立足各乡镇资源禀赋，推行“一村一品”发展模式：门巴乡发展牦牛养殖，甲玛乡发展藏香猪和乡村旅游，尼玛江热乡发展藏鸡养殖和青稞种植……全县已培育特色产业合作社58家，带动农牧民群众3200余户。",
 "## 产品走出高原",
 "在县城的电商服务中心，工作人员通过直播向全国网友推介牦牛肉干、酥油、藏香等特色产品。去年，全县农畜产品网络销售额达到2600万元。",
 "“以前我们的东西好是好，但是卖不出去，现在一根网线就把产品卖到了全国。”电商服务中心负责人李丹说。",
 "~ 来源：墨竹工卡县融媒体中心",
 "~ 编辑：次仁曲珍 | 审核：旺堆",
 ]))

# vc-28 网易号 (辽宁 account, no person) -> account name; 2023 design; "本文来自网易号" lines
A(dict(id="vc-28", kind="self-media", lang="zh", mode="p",
 title="丹东鸭绿江口湿地迎来数万只迁徙鸻鹬",
 authors=["辽东湾观鸟"], time="2024-04-22 07:51:36",
 css=""".ne-top{background:#f4f4f4;padding:8px 40px;font-size:12px}.ne-h{padding:20px 40px;border-bottom:2px solid #c00}.ne-h b{color:#c00;font-size:26px}
.post_main{width:680px;margin:20px auto}.post_title{font-size:30px}.post_info{color:#888;font-size:13px}.post_body p{font-size:18px;line-height:1.85;text-indent:2em}
.post_statement{color:#999;font-size:12px}.post_side{width:680px;margin:auto}""",
 tpl="""<div class="ne-top"><a href="#">网易首页</a> <a href="#">应用</a> <a href="#">网易新闻</a> <a href="#">网易公开课</a> <a href="#">网易严选</a> <a href="#">登录</a></div>
<div class="ne-h"><b>网易</b> <a href="#">新闻</a> <a href="#">体育</a> <a href="#">娱乐</a> <a href="#">财经</a> <a href="#">汽车</a> <a href="#">科技</a> <a href="#">时尚</a></div>
<div class="post_main">
<h1 class="post_title">{TITLE}</h1>
<div class="post_info">2024-04-22 07:51:36　来源: <a href="#">辽东湾观鸟</a> 辽宁</div>
<p class="post_statement">0</p>
<div class="post_body">
{BODY}
</div>
<p class="post_statement">特别声明：本文为网易自媒体平台“网易号”作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。</p>
<div class="post_tie">跟贴 56 参与 1032</div>
</div>
<div class="post_side"><h3>相关推荐</h3><p>盘锦红海滩今年有望提前“变红”</p><p>大连老虎滩海洋公园新添两只北极熊宝宝</p><h3>热点新闻</h3><p>辽宁全面启动春季造林绿化</p></div>""",
 body=[
 "4月下旬，正是鸻鹬类水鸟北迁的高峰期。连日来，在丹东鸭绿江口湿地国家级自然保护区，数万只大滨鹬、斑尾塍鹬、黑腹滨鹬在滩涂上觅食，场面十分壮观。",
 "! 鸻鹬类水鸟群飞 | 涨潮时，成群的鸻鹬在滩涂上空盘旋。",
 "鸭绿江口湿地位于东亚—澳大利西亚候鸟迁飞路线上，是鸻鹬类水鸟北迁途中重要的“加油站”。这些候鸟从澳大利亚、新西兰一路北飞，要在这里停歇一个月左右，补充能量后再飞往西伯利亚、阿拉斯加繁殖。",
 "据保护区监测，今年已记录到鸻鹬类水鸟20余种，其中包括国家一级保护野生动物勺嘴鹬。观测的最佳时间是涨潮前后两小时，退潮后鸟群会分散到远处滩涂，很难看清。",
 "在这里也提醒各位鸟友：观鸟请保持距离，不要驱赶、投喂，更不要使用无人机近距离拍摄，给远道而来的候鸟一个安静的休息环境。",
 "你在鸭绿江口拍到过哪些鸟？欢迎在评论区晒图交流。",
 ]))

# vc-29 澎湃号·政务 (江苏 南京 江北新区 account); 2022; byline "通讯员" inside text tail; account != author
A(dict(id="vc-29", kind="self-media", lang="zh", mode="p", htag="h3",
 title="江北新区首个“15分钟便民生活圈”样板社区建成",
 authors=["刘雨萱", "潘一鸣"], time="2024-08-30 16:04",
 css=""".pp-h{background:#fff;padding:14px 5%;border-bottom:1px solid #eee;display:flex;gap:24px}.pp-h b{font-size:24px}.news_txt{width:700px;margin:30px auto}
.news_title{font-size:30px;font-weight:bold}.news_about{color:#999;font-size:13px}.news_about p{margin:4px 0}.news_txt p{font-size:17px;line-height:1.9}
.news_txt h3{font-size:17px}.pp-f{background:#f5f5f5;text-align:center;padding:24px;font-size:12px;color:#888}""",
 tpl="""<div class="pp-h"><b>澎湃</b><a href="#">要闻</a><a href="#">深度</a><a href="#">澎湃号</a><a href="#">视频</a><a href="#">下载客户端</a><a href="#">登录</a></div>
<div class="news_txt">
<div class="news_title">{TITLE}</div>
<div class="news_about"><p><a href="#">南京江北新区发布</a> <span>澎湃号·政务</span></p><p>2024-08-30 16:04 <span>来源：澎湃新闻·澎湃号·政务</span></p><p>字号</p></div>
{BODY}
<p class="src">原标题：《家门口就能买菜、看病、托娃！江北新区这个社区“样板”来了》</p>
<p class="stat">阅读原文</p>
<p class="stat">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问http://renzheng.example。</p>
</div>
<div class="pp-f">沪ICP备14003370号　沪公网安备31010602000299号　互联网新闻信息服务许可证：31120170006<br>增值电信业务经营许可证：沪B2-2017116　© 2014-2024 上海东方报业有限公司</div>""",
 body=[
 "近日，江北新区泰山街道浦园社区“15分钟便民生活圈”样板社区通过验收。居民从家门口出发，步行15分钟内就能满足买菜、就医、托育、养老、休闲等日常生活需求。",
 "## 社区里的“一站式”服务",
 "记者在浦园社区党群服务中心看到，一楼是社区食堂和便民超市，二楼是托育中心和老年活动室，三楼是社区卫生服务站。“早上送孩子到托育中心，下班顺路买个菜，晚饭在社区食堂解决，特别方便。”居民赵女士说。",
 "## 闲置空间“变身”便民网点",
 "为补齐服务短板，街道盘活社区闲置用房和沿街商铺4800平方米，新引进生鲜超市、家政服务、修鞋配钥匙等便民网点23个。",
 "| 服务类型 | 网点数量 | 步行距离",
 "| 生鲜及超市 | 6 | 5分钟内",
 "| 医疗卫生 | 3 | 10分钟内",
 "| 托育养老 | 4 | 10分钟内",
 "江北新区商务局相关负责人表示，今年底前将再建成5个样板社区，逐步实现便民生活圈全覆盖。（通讯员 刘雨萱 潘一鸣）",
 ]))

# vc-30 微博 头条文章 (重庆 personal blogger, person named as account display = person's name)
A(dict(id="vc-30", kind="self-media", lang="zh", mode="div",
 title="在武隆仙女山住了一周，我发现了避暑的正确打开方式",
 authors=["旅行者林小满"], time="2024-7-15 22:47",
 css=""".wb-top{background:#fff;box-shadow:0 1px 2px #ddd;padding:10px 20%}.wb-top b{color:#e6162d}.WB_artical{width:640px;margin:20px auto;background:#fff;padding:30px}
.main_title{font-size:28px;font-weight:bold}.art_meta{color:#808080;font-size:12px}.para{font-size:16px;line-height:1.9;margin:14px 0}.WB_feed{color:#808080}""",
 tpl="""<div class="wb-top"><b>微博</b> <input type="text" placeholder="大家都在搜：重庆高温"> <a href="#">首页</a> <a href="#">视频</a> <a href="#">发现</a> <a href="#">游戏</a> <a href="#">登录</a> <a href="#">注册</a></div>
<div class="WB_artical">
<div class="cover"><img alt="" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"></div>
<div class="main_title">{TITLE}</div>
<div class="art_meta"><a href="#">旅行者林小满</a> <span>发布于 2024-7-15 22:47</span> <span>阅读数 8.6万</span></div>
<div class="art_meta">头条文章 <a href="#">+关注</a></div>
{BODY}
<div class="WB_feed">阅读 8.6万　<a href="#">投诉</a>　转发 412　评论 689　赞 2754</div>
<div class="cmt"><p>重庆崽儿：仙女山夏天确实凉快，就是周末堵车。</p><p>小鹿出行记：收藏了，下个月就去！</p></div>
</div>""",
 body=[
 "重庆主城40度的时候，我逃到了武隆仙女山，一口气住了7天。海拔2000米左右的高山草原，白天最高温度也就24度左右，晚上睡觉还要盖被子。",
 "## 住：选镇上而不是景区里",
 "仙女山镇上的民宿非常多，价格从一百多到五六百都有。我住的是一家本地阿姨开的家庭旅馆，包三餐一天160元，饭菜都是农家菜，腊肉、老南瓜、炒洋芋，吃得很舒服。",
 "## 玩：错峰是王道",
 "- 仙女山国家森林公园：早上8点开园就进去，草原上几乎没人，拍照随便拍；",
 "- 天生三桥：建议下午去，避开上午的旅游团；",
 "- 龙水峡地缝：里面很凉快，但台阶很多，穿防滑的鞋。",
 "## 一些小建议",
 "山上早晚温差大，一定要带外套；周五下午到周日车流量很大，自驾的朋友最好错开；镇上的超市、药店都很齐全，不用带太多东西。",
 "总之，如果你也受不了城里的高温，真心推荐来山上住几天，真的是“清凉一夏”。",
 ]))
