from kit import img, links, lis, lis_d
PAGES = []
K = "self-media"

# we-25: 头条号, account name only -> author = account
PAGES.append(dict(id="we-25", kind=K, title="泉州这条老街火了！周末人挤人，本地人都说认不出来了", authors=["刺桐生活圈"], publish_time="2025-05-17 12:36",
pmode="p",
css="body{margin:0;font-family:'PingFang SC'}.tt-top{height:56px;border-bottom:1px solid #eee;display:flex;gap:16px;align-items:center;padding:0 24px}.art-title{font-size:32px;font-weight:700}.art-meta{color:#999;font-size:14px}.art-meta span{margin-right:12px}",
top=f"""<div class="tt-top">{img('今日头条')}<a href="#">首页</a><a href="#">下载头条APP</a><a href="#">添加到桌面</a><input placeholder="搜索站内资讯、视频或用户"><a href="#">登录</a></div>
<div class="left-bar"><span>1赞</span><span>评论</span><span>收藏</span><span>转发</span></div>
<div class="main"><h1 class="art-title">泉州这条老街火了！周末人挤人，本地人都说认不出来了</h1>
<div class="art-meta"><span>2025-05-17 12:36</span><span>·</span><span class="name"><a href="#">刺桐生活圈</a></span></div>""",
bottom=f"""<p class="statement">本文为原创内容，未经授权禁止转载。</p>
<div class="author-card">{img('刺桐生活圈头像')}<b>刺桐生活圈</b><p>泉州本地生活资讯，吃喝玩乐都在这</p><p>324篇文章 · 5.6万粉丝</p><button>关注</button></div>
<div class="comments"><h3>评论 38</h3><textarea placeholder="写下你的评论..."></textarea><p><b>西街老阿伯：</b>小时候天天在这里玩，现在太热闹了</p><p><b>闽南小吃控：</b>面线糊哪家最好吃？求推荐</p></div>
<div class="feed"><h3>相关推荐</h3>{links(['泉州五一接待游客破百万','在泉州，簪花围火到日本了？','泉州十大必吃小吃，你吃过几样'],'<br>')}</div>
<div class="ft">© 2025 今日头条 京ICP备1202XXXX号-3 违法和不良信息举报电话：400-XXX-XXXX</div></div>""",
blocks=[
"最近，泉州中山路南段的一条老巷子突然成了“网红”。这个周末，小编特意去逛了一圈，发现人真的太多了！",
("img", "周末的老街", ""),
"这条巷子原本是很普通的居民区，两边都是红砖古厝，住的多是老泉州人。去年街道对巷子做了微改造，修了路面、整了线缆，还请来本地艺术家在墙上画了闽南风格的壁画。",
"现在巷子里开了二十多家小店，卖簪花、卖四果汤、卖土笋冻的都有。最火的是一家做簪花围的店，门口排队的基本都是外地来的小姐姐，一位难求。",
("h", "逛吃攻略"),
("li", ["1. 建议上午十点前去，人少好拍照；", "2. 巷子窄，不建议推婴儿车；", "3. 附近没有停车场，建议坐公交到中山路站步行过去；", "4. 四果汤一碗8元，分量很足。"]),
"不少本地网友在评论区感慨：“小时候天天路过，从来没觉得这里好看，现在居然认不出来了。”也有人担心，人太多会影响原住居民的生活。对此，街道工作人员表示，已经安排了志愿者在高峰期疏导人流，并提醒游客文明游览，不要随意进入居民院落。",
"你去过这条老街吗？欢迎在评论区分享你的感受~",
]))

# we-26: 百家号, account + 文/ person inside article head -> person is author
PAGES.append(dict(id="we-26", kind=K, title="一位乡村医生的30年：守着大山，也守着乡亲", authors=["苏明远"], publish_time="2025-05-15 21:07",
css="body{background:#fff}.bjh-hd{height:50px;border-bottom:1px solid #f0f0f0}.index-title{font-size:28px}.author-info{display:flex;gap:8px;color:#666}.article-content p{font-size:17px;line-height:30px}",
top=f"""<div class="bjh-hd">{img('百度首页')}<a href="#">百度首页</a><span>登录</span></div>
<div class="index-title">一位乡村医生的30年：守着大山，也守着乡亲</div>
<div class="author-info">{img('作者头像')}<p class="aname">乌蒙山下笔记</p><p class="atime">2025-05-15 21:07</p><p>贵州</p><button>+关注</button></div>
<div class="article-content"><p class="byline">文/苏明远</p>""",
bottom=f"""<p class="ly">举报/反馈</p></div>
<div class="relate"><h3>精彩推荐</h3>{links(['大山里的“背篓医院”','毕节：村医有了“新装备”','他在苗寨教了27年书'],'<br>')}</div>
<div class="bfoot">©2025 Baidu 使用百度前必读 京ICP证03XXXX号</div>""",
blocks=[
"凌晨两点，贵州毕节一个小山村里，杨德华被一阵急促的敲门声叫醒。邻村一位老人突发高烧，家属摸黑走了一个多小时山路来找他。他披上衣服，背起那只用了十几年的药箱就出了门。",
"这样的夜晚，在杨德华30年的行医生涯里已经记不清有多少次了。",
"1995年，卫校毕业的杨德华回到家乡，成为村里唯一的医生。那时村里不通公路，村卫生室只是他家的一间偏房，全部家当就是一个听诊器、一支体温计和几盒常用药。",
"“刚开始大家不信我，觉得年轻娃娃看不好病。”杨德华笑着回忆。为了让乡亲们信任，他一家一户上门给老人量血压，给小孩打疫苗，慢慢地，村里人有个头疼脑热都来找“杨医生”。",
("h", "“只要还走得动，就不离开”"),
"这些年，村里修通了水泥路，卫生室也搬进了新盖的房子，配上了心电图机、血糖仪，还能和县医院远程会诊。可杨德华的习惯没变：每个月都要把全村80多位慢性病患者走访一遍。",
"身边的同学不少去了城里，收入比他高得多。有人问他后不后悔，他总是摆摆手：“乡亲们需要我。只要还走得动，我就不离开。”",
"今年，杨德华带的徒弟——村里考出去又回来的年轻人小陈，也拿到了乡村医生执业证书。“后继有人了。”说这话时，这个五十多岁的汉子眼圈有点红。",
]))

# we-27: 网易号, account only; 网易 template with 来源 + 举报; account is author
PAGES.append(dict(id="we-27", kind=K, title="广东人的早茶，藏着多少“隐藏吃法”？", authors=["岭南吃货志"], publish_time="2025-05-16 08:30:12",
css=".N-nav-top{background:#f6f6f6;font-size:12px}.post_title{font-size:30px}.post_info{color:#888;font-size:14px}.post_body p{line-height:1.9}",
top=f"""<div class="N-nav-top">{links(['网易首页','新闻','体育','娱乐','财经','汽车','科技','时尚','手机','数码','房产','教育'],' ')}<span><a href="#">登录</a> <a href="#">注册免费邮箱</a></span></div>
<div class="post_crumb"><a href="#">网易首页</a> &gt; <a href="#">网易号</a> &gt; 正文 <span>申请入驻</span></div>
<h1 class="post_title">广东人的早茶，藏着多少“隐藏吃法”？</h1>
<div class="post_info">2025-05-16 08:30:12　来源: <a href="#">岭南吃货志</a>　广东　<a href="#">举报</a></div>
<div class="post_body">""",
bottom=f"""<p class="statement">特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</p><p class="statement">Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.</p></div>
<div class="post_side">{img('岭南吃货志')}<b>岭南吃货志</b><p>1.2万粉丝</p><p>专注广府美食文化</p></div>
<div class="post_rec"><h3>相关推荐</h3><ul>{lis(['顺德双皮奶正宗做法','广州十大老字号茶楼','肠粉为什么要分“布拉”和“抽屉”'])}</ul></div>""",
blocks=[
"在广东，“饮早茶”是刻在骨子里的生活方式。一盅两件，一坐就是一上午。不过，除了虾饺、烧卖、凤爪这些“老三样”，早茶里其实还有不少只有老茶客才知道的“隐藏吃法”。",
("h", "1. 肠粉要“加个蛋”"),
"很多茶楼的菜单上没有写，但只要跟服务员说一声“加蛋”，一份普通的牛肉肠就能升级成“蛋牛肠”，蛋液在米浆里半凝固，口感更嫩滑。",
("h", "2. 叉烧包配“热奶茶”"),
"正宗的广式茶楼配普洱或铁观音，但在佛山、中山一带的一些老茶楼，熟客喜欢叫一杯热奶茶配叉烧包，一咸一甜，别有风味。",
("h", "3. 白粥要“落少少盐”"),
"茶楼的白粥大多不加盐，老广会自己撒一点点盐，再配上炸两或油条，简单却最能吃出米香。",
("img", "一盅两件", "图源网络，侵删"),
"当然，早茶最重要的还是“叹”——慢慢吃，慢慢聊。你最喜欢的早茶点心是什么？评论区聊聊吧。",
]))

# we-28: 微信公众号 of a county (福建), header "原创 X 账号 date place", end block 来源/作者/编辑/审核
PAGES.append(dict(id="we-28", kind=K, title="@永春人，这份夏季用电安全指南请收好！", authors=["郑丽芳"], publish_time="2025年5月16日 18:30",
pmode="sec",
css="body{max-width:677px;margin:0 auto;font-family:-apple-system}.rich_media_title{font-size:22px}.rich_media_meta_list{font-size:15px;color:#576b95}.rich_media_meta_list em{font-style:normal;color:#999}",
top=f"""<div class="rich_media"><h1 class="rich_media_title">@永春人，这份夏季用电安全指南请收好！</h1>
<div class="rich_media_meta_list"><span class="orig">原创</span> <span>郑丽芳</span> <a href="#">永春发布</a> <em>2025年5月16日 18:30</em> <em>福建</em></div>
<div class="rich_media_content">""",
bottom=f"""<section style="font-size:13px;color:#888;margin-top:30px"><p>来源：永春县融媒体中心</p><p>作者：郑丽芳</p><p>编辑：林晓燕　审核：颜志斌</p></section>
<section>{img('永春发布二维码')}<p>长按二维码关注我们</p></section></div>
<div class="tail"><span>阅读 2.1万</span> <span>分享</span> <span>推荐</span> <span>在看</span> <span>写留言</span></div>
<div class="qr">{img('')}<p>微信扫一扫<br>关注该公众号</p></div></div>""",
blocks=[
"入夏以来，我县气温逐渐升高，空调、风扇等电器使用频繁，家庭用电负荷明显增加。国网永春县供电公司提醒广大用户，夏季用电要注意以下几点：",
("h", "一、不私拉乱接电线"),
"不要私自改装、乱拉电线，严禁用铜丝、铁丝代替保险丝。电动自行车不要在楼道、室内充电，更不能“飞线充电”。",
("h", "二、大功率电器错峰使用"),
"空调、热水器、电磁炉等大功率电器尽量不要同时使用。空调温度建议设置在26℃以上，既省电又健康。",
("h", "三、雷雨天气注意防护"),
"雷雨天气尽量减少使用电器，必要时拔掉电源插头；不要在大树、电线杆下避雨。发现电线断落，要远离落地点8米以外，并立即拨打95598报修。",
("h", "四、外出时关闭电源"),
"长时间外出前，应关闭家中不必要的电器电源，防止电器长时间待机引发火灾。",
"如遇停电或用电故障，可拨打供电服务热线95598，或通过“网上国网”APP报修。",
]))

# we-29: 澎湃号·政务 of a 广东 department, media account name + 澎湃 template; no person named
PAGES.append(dict(id="we-29", kind=K, title="韶关发布2025年第一批“红黑榜”，这些单位被点名", authors=["韶关市场监管"], publish_time="2025-05-15 17:22",
css=".pp-head{height:60px;background:#fff;border-bottom:1px solid #eee}.news_title{font-size:28px}.news_about p{margin:4px 0;color:#666;font-size:14px}",
top=f"""<div class="pp-head">{img('澎湃新闻')}<a href="#">要闻</a><a href="#">深度</a><a href="#">思想</a><a href="#">生活</a><a href="#">澎湃号</a><a href="#">下载客户端</a><a href="#">登录</a></div>
<div class="news_title">韶关发布2025年第一批“红黑榜”，这些单位被点名</div>
<div class="news_about"><p>{img('韶关市场监管')}<a href="#">韶关市场监管</a></p><p><span>2025-05-15 17:22</span> <span>来源：澎湃新闻·澎湃号·政务</span></p></div>
<div class="news_txt">""",
bottom=f"""<p class="declare">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请入驻请用电脑访问澎湃号认证页面。</p></div>
<div class="news_keyword">#韶关 #食品安全</div>
<div class="pp-rec"><h3>相关推荐</h3>{links(['韶关：开展校园周边食品安全专项检查','南雄市场监管局开展“3·15”主题宣传'],'<br>')}</div>
<div class="pp-ft">沪ICP备1400XXXX号　沪公网安备31010602000XXX号　互联网新闻信息服务许可证：3112017XXXX</div>""",
blocks=[
"为进一步压实食品安全主体责任，韶关市市场监督管理局日前发布2025年第一批餐饮服务食品安全“红黑榜”。",
("h", "红榜（部分）"),
("table", [["序号", "单位名称", "地址", "量化等级"], ["1", "韶关市浈江区某酒家", "浈江区风度北路", "A级"], ["2", "曲江区某学校食堂", "曲江区马坝镇", "A级"], ["3", "乐昌市某餐饮店", "乐昌市乐城街道", "A级"]]),
("h", "黑榜（部分）"),
("table", [["序号", "单位名称", "主要问题", "处理情况"], ["1", "武江区某快餐店", "后厨卫生状况差，未落实餐具消毒", "责令整改，罚款5000元"], ["2", "仁化县某烧烤店", "使用超过保质期的调味料", "立案调查"]]),
"据了解，此次“红黑榜”根据今年一季度全市餐饮服务单位日常检查和“双随机”抽查结果评定，共检查餐饮服务单位1260家，其中学校食堂、集体用餐配送单位和中央厨房实现检查全覆盖。",
"市市场监管局提醒，消费者外出就餐时可留意店内张贴的食品安全量化等级公示牌，发现违法违规行为可拨打12315投诉举报。上榜“黑榜”的单位整改到位后，经复查合格可申请移出。",
]))

# we-30: 微博 头条文章 by a named personal blogger (四川), 2023 weibo article template
PAGES.append(dict(id="we-30", kind=K, title="在峨眉山脚下住了一周，我想劝你慢一点", authors=["山野阿七"], publish_time="2025-5-14 22:45",
pmode="p",
css=".WB_global_nav{height:50px;background:#fff;box-shadow:0 1px 2px #0001}.art-title{font-size:24px;font-weight:bold}.art-author{color:#333}.art-date{color:#808080;font-size:12px}.WB_editor_iframe p{line-height:1.8}",
top=f"""<div class="WB_global_nav">{img('微博')}<input placeholder="大家都在搜：川西自驾"><a href="#">首页</a><a href="#">视频</a><a href="#">发现</a><a href="#">游戏</a><a href="#">注册</a><a href="#">登录</a></div>
<div class="main_editor"><div class="art-title">在峨眉山脚下住了一周，我想劝你慢一点</div>
<div class="art-author">{img('山野阿七')}<a href="#">山野阿七</a> <span class="v">微博旅游博主</span></div>
<div class="art-date">发布于 2025-5-14 22:45</div><div class="art-read">阅读数：18万</div>
<div class="WB_editor_iframe">""",
bottom=f"""<p class="tail">©山野阿七 转载请私信</p></div>
<div class="WB_handle"><a href="#">收藏</a> <a href="#">转发 326</a> <a href="#">评论 481</a> <a href="#">赞 3254</a></div>
<div class="WB_feed_repeat"><textarea placeholder="发布你的评论"></textarea><p><b>成都吃货小王：</b>报国寺附近那家豆花饭我也吃过！</p></div></div>
<div class="WB_footer">微博客服 | 意见反馈 | 开放平台 | 京ICP证10XXXX号 | 互联网药品服务许可证</div>""",
blocks=[
"五一之后，我在峨眉山脚下的一个小村子里住了整整一周。没有赶着去看金顶日出，也没有排队坐索道，每天就是喝茶、散步、发呆。",
"住的是一家老夫妻开的民宿，院子里种满了三角梅。阿姨每天早上给我煮一碗荞麦面，叔叔会背着竹篓上山采茶。第三天，他带我去了他们家的老茶园，教我怎么分辨“一芽一叶”。",
("h", "关于爬山"),
"如果你像我一样体力一般，真心建议不要一天往返金顶。从报国寺慢慢走到清音阁，一路溪水、古木、猴子，已经足够美了。清音阁的“双桥清音”，我坐在石头上听了一个多小时的水声。",
("h", "关于吃"),
"山脚下的豆花饭、钵钵鸡和甜皮鸭都值得一试。村口有一家只卖早上的冰粉，老板说用的是山泉水，两块钱一碗，我连吃了五天。",
"离开那天，阿姨塞给我一包自家炒的茶。她说：“城里人总是太急了，下次来多住几天。”",
"我想，旅行的意义大概也就是这样：偶尔停下来，把日子过慢一点。",
]))
