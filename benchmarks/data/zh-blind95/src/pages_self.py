"""Self-media pages wr-25 … wr-30."""
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
PAGES = []

# wr-25 — 头条号 share page; no person named → account name
PAGES.append(dict(
    id="wr-25", kind="self", lang="zh",
    doctitle="晋城这座千年古堡，春天去正合适 - 今日头条",
    title="晋城这座千年古堡，春天去正合适",
    authors=["太行老李说晋城"],
    time="2025-03-15 20:18",
    features="头条号 app share page: account name + 2025-03-15 20:18 · 山西 (IP location) under headline; 原创 tag; 关注 button; photos with alt only; 打开App 查看更多 banner; 举报; 相关推荐",
    css="""body{margin:0;font-family:-apple-system,'PingFang SC';max-width:640px;margin:auto;color:#222}.tt-bar{background:#f85959;color:#fff;padding:10px;font-size:15px}
h1{font-size:24px;padding:0 16px}.tt-au{display:flex;align-items:center;gap:8px;padding:0 16px;color:#999;font-size:13px}.tt-au b{color:#222}.follow{background:#f85959;color:#fff;padding:2px 10px;border-radius:12px}
article{padding:0 16px;font-size:17px;line-height:1.8}.open{background:#fff0f0;text-align:center;padding:10px;color:#f85959}""",
    style="p",
    html=f"""
<div class="tt-bar">今日头条　<span style="float:right">打开App</span></div>
<h1>晋城这座千年古堡，春天去正合适</h1>
<div class="tt-au"><img alt="太行老李说晋城" src="{GIF}"><b>太行老李说晋城</b><span>原创</span><span>2025-03-15 20:18 · 山西</span><span class="follow">关注</span></div>
<article>
{{BODY}}
</article>
<div class="open">打开今日头条App 查看更多精彩内容</div>
<p style="padding:0 16px;color:#999;font-size:13px">举报　|　阅读 3.1万</p>
<h4 style="padding:0 16px">相关推荐</h4><ul><li>山西这个古村，被称为“中国北方第一文化巨族”</li><li>晋城十大必吃美食，你吃过几样？</li></ul>""",
    body=[
        ("p", "说起晋城的古堡，很多人第一个想到的是皇城相府。其实在沁河边上，还有一座不太出名但同样值得一去的古堡——郭峪古城。"),
        ("img", "郭峪古城的城墙"),
        ("p", "郭峪古城始建于明代崇祯年间，当时为了防御流寇，村民们集资修筑了高大的城墙，城墙周长1400多米，最高处有十几米。城里现存的明清古建筑有四十多座，走在青石板路上，仿佛回到了几百年前。"),
        ("p", "老李最推荐的是城里的豫楼。这座楼高七层，是当年全村人避难的地方，楼里有水井、磨盘和灶台，就算被围困几个月也不愁吃喝。站在楼顶往下看，整个古城的布局一览无余。"),
        ("img", "豫楼"),
        ("p", "春天来这里最合适：一是人少，不用排队；二是城外的杏花、桃花都开了，古城配花海，随手一拍就是大片。门票方面，郭峪古城和皇城相府可以买联票，比单买划算。"),
        ("p", "温馨提示：古城里有不少居民还在生活，参观的时候注意不要随便进院子，拍照前最好打个招呼。"),
        ("p", "你去过晋城的哪些古堡？欢迎在评论区留言。"),
    ],
))

# wr-26 — 百家号, person named via 文 | … at top of body
PAGES.append(dict(
    id="wr-26", kind="self", lang="zh",
    doctitle="泉州一家老面线店开了四十年，靠的是什么？",
    title="泉州一家老面线店开了四十年，靠的是什么？",
    authors=["林晓雯"],
    time="2025-03-13 12:07",
    features="百家号 page: account 闽南味道研究所 with 发布时间 03-13 12:07 style full date + 福建; 文 | 林晓雯 line at top (byline, not body); 本文为作者原创 note and 举报/投诉 buttons; 百度APP内打开",
    css="""body{margin:0;background:#fff;font-family:Arial,'PingFang SC'}.bjh-top{border-bottom:1px solid #eee;padding:10px 20%}.bjh-wrap{width:680px;margin:20px auto}
.bjh-title{font-size:28px;font-weight:bold;line-height:1.4}.bjh-author{display:flex;gap:10px;color:#999;font-size:13px;margin:12px 0}.bjh-author a{color:#333}
.bjh-wrap p{font-size:17px;line-height:1.9}""",
    style="p",
    html=f"""
<div class="bjh-top">百度 | 百家号　<input placeholder="搜索你想要的"></div>
<div class="bjh-wrap">
<div class="bjh-title">泉州一家老面线店开了四十年，靠的是什么？</div>
<div class="bjh-author"><img alt="" src="{GIF}"><a href="#">闽南味道研究所</a><span>2025-03-13 12:07</span><span>福建</span><span>+关注</span></div>
<p>文 | 林晓雯</p>
{{BODY}}
<p style="color:#999;font-size:13px">本文为作者原创，未经授权不得转载。</p>
<p style="color:#999;font-size:13px">举报/反馈</p>
<div style="background:#f5f5f5;padding:10px;text-align:center">百度APP内打开，阅读体验更佳</div>
</div>""",
    body=[
        ("p", "早上六点半，泉州西街一家不到二十平方米的小店已经坐满了人。老板娘阿珠一边往锅里下面线，一边招呼熟客：“今天要加大肠还是加醋肉？”"),
        ("p", "这家面线糊店开了整整四十年。店里只卖一样东西——面线糊，配料有大肠、醋肉、海蛎、卤蛋等十几种，食客可以按喜好自由搭配。"),
        ("h", "一锅汤底熬五个小时"),
        ("p", "阿珠说，做面线糊最要紧的是汤底。每天凌晨一点，她的丈夫就起床熬汤，用猪骨、虾干和鳀鱼干熬足五个小时，汤色清亮却味道浓郁。面线则是从永春一家老作坊订的手工面线，细如发丝，下锅后很快就化开。"),
        ("h", "“老街坊吃的是一份感情”"),
        ("p", "店里的常客大多是附近的老街坊，有人从小吃到大，现在又带着孙子来吃。“味道一直没变，价格也没怎么涨。”一位六十多岁的老伯说，一碗加大肠的面线糊只要十二元。"),
        ("p", "这两年，随着泉州旅游走红，不少外地游客慕名而来，店门口常常排起长队。有人劝阿珠开分店，她总是摇头：“开多了就顾不过来，味道会变的。”"),
        ("p", "或许，这正是一家小店能开四十年的秘密。"),
    ],
))

# wr-27 — 网易号 page; no person named, account name; 声明 block
PAGES.append(dict(
    id="wr-27", kind="self", lang="zh",
    doctitle="潮州牛肉火锅为什么这么好吃？本地人告诉你三个门道|潮州|牛肉_网易订阅",
    title="潮州牛肉火锅为什么这么好吃？本地人告诉你三个门道",
    authors=["潮汕吃货研究所"],
    time="2025-03-12 18:45:03",
    features="网易号: 2025-03-12 18:45:03　来源: 潮汕吃货研究所 (account as 来源, also author); 广东 IP; numbered sub-headings 01/02/03; 特别声明 block (not body); 网易号 sidebar; 打开网易新闻 查看精彩图片",
    css="""body{margin:0;font-family:'Microsoft YaHei'}.ne-top{background:#222;color:#ddd;padding:6px 10%;font-size:12px}.ne-main{width:1000px;margin:0 auto;display:flex;gap:30px}
.post{flex:1}.post h1{font-size:28px}.post_info{color:#888;font-size:13px}.post_body p{font-size:17px;line-height:1.85}.side{width:260px}.stmt{font-size:12px;color:#999;border-top:1px solid #eee;margin-top:16px}""",
    style="p",
    html=f"""
<div class="ne-top">网易首页 | 新闻 | 体育 | 娱乐 | 财经 | 汽车 | 科技 | 时尚 | 手机 | 数码　<a href="#">登录</a></div>
<div class="ne-main"><div class="post">
<h1>潮州牛肉火锅为什么这么好吃？本地人告诉你三个门道</h1>
<div class="post_info">2025-03-12 18:45:03　来源: <a href="#">潮汕吃货研究所</a>　广东　<a href="#">举报</a></div>
<div class="post_body">
{{BODY}}
</div>
<div style="background:#fff0f0;text-align:center;padding:8px">打开网易新闻 查看精彩图片</div>
<div class="stmt">特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</div>
</div>
<div class="side"><b>潮汕吃货研究所</b><p>网易号 · 美食领域创作者</p><p>+ 订阅</p><p>相关推荐</p><ul><li>汕头这条老街，藏着最地道的卤鹅</li><li>广东人早餐吃什么？</li></ul></div></div>""",
    body=[
        ("p", "很多外地朋友来潮汕，第一顿必吃牛肉火锅。同样是涮牛肉，为什么潮汕的就特别鲜？作为土生土长的潮州人，今天跟大家聊聊里面的三个门道。"),
        ("h", "01 牛肉要“现切”"),
        ("p", "正宗的潮汕牛肉火锅店，牛肉都是当天宰杀、当天售卖，不过夜、不冷冻。师傅按部位现场手切，吊龙、匙仁、肥胼、五花趾各有各的口感，每个部位的涮煮时间也不一样。"),
        ("h", "02 汤底要“清”"),
        ("p", "潮汕牛肉火锅的汤底一般用牛骨熬制，加几片白萝卜和芹菜，清清淡淡，不放重料。这样才能吃出牛肉本身的鲜甜。"),
        ("h", "03 蘸料要“对”"),
        ("p", "沙茶酱是灵魂，但不同部位配的蘸料不同：肥一点的部位配沙茶酱，瘦一点的配普宁豆酱或者辣椒酱。本地人还喜欢在沙茶酱里加一点蒜蓉和芹菜末。"),
        ("p", "最后提醒一句：涮牛肉千万别煮太久，吊龙七八秒、匙仁十秒左右就可以捞起来，煮老了就可惜了。"),
    ],
))

# wr-28 — 微信公众号 article: 原创 + author name + account + date + IP
PAGES.append(dict(
    id="wr-28", kind="self", lang="zh",
    doctitle="长春这些公园，3月底前免费开放冰雪项目",
    title="长春这些公园，3月底前免费开放冰雪项目",
    authors=["王思琪"],
    time="2025年3月12日 18:30",
    features="微信公众号 page: meta row 原创 王思琪 长春城事 2025年3月12日 18:30 吉林 (person named → author); 编辑 | 审核 lines at end; 阅读原文 / 分享 / 推荐 / 在看 buttons; 微信扫一扫 关注该公众号 box; 预览时标签不可点",
    css="""body{margin:0;background:#fff;font-family:-apple-system,'PingFang SC'}.rich_media{max-width:677px;margin:0 auto;padding:20px}.rich_media_title{font-size:22px;line-height:1.4}
.rich_media_meta_list{color:rgba(0,0,0,.5);font-size:15px}.rich_media_meta_list span{margin-right:8px}.rich_media_content p{font-size:17px;line-height:1.75;letter-spacing:.5px}
.qr{border:1px solid #eee;padding:12px;text-align:center;color:#888;font-size:13px}""",
    style="p",
    html=f"""
<div class="rich_media">
<h1 class="rich_media_title">长春这些公园，3月底前免费开放冰雪项目</h1>
<div class="rich_media_meta_list"><span>原创</span><span>王思琪</span><a href="#">长春城事</a> <span>2025年3月12日 18:30</span><span>吉林</span></div>
<div class="rich_media_content">
{{BODY}}
<p style="color:#888;font-size:14px">编辑 | 刘  畅</p>
<p style="color:#888;font-size:14px">审核 | 赵  宁</p>
</div>
<p style="color:#576b95">阅读原文</p>
<p style="color:#888">预览时标签不可点</p>
<p>分享　收藏　点赞 86　在看 21</p>
<div class="qr"><img alt="" src="{GIF}"><br>微信扫一扫<br>关注该公众号</div>
</div>""",
    body=[
        ("p", "天气渐暖，长春的冰雪季也进入了尾声。想在春天来临前再玩一次冰雪？好消息来了！记者从长春市城市管理局了解到，南湖公园、北湖湿地公园等5个公园的冰雪项目将免费开放至3月底。"),
        ("h", "哪些公园？"),
        ("ul", ["南湖公园：冰滑梯、雪圈、冰上自行车", "北湖湿地公园：雪地摩托体验区、雪雕园", "劳动公园：儿童冰雪乐园", "长春公园：冰上陀螺、冰车", "牡丹园：雪地迷宫"]),
        ("h", "开放时间"),
        ("p", "每天9:00至16:00，遇大风、升温等天气，部分项目将临时关闭，具体以公园现场公告为准。"),
        ("h", "温馨提示"),
        ("p", "春季气温回升，冰面承载力下降，市民游客务必在划定区域内活动，不要到未开放的湖面上行走、滑冰。带孩子的家长要看护好孩子，注意保暖和安全。"),
        ("p", "另外，南湖公园南门、北湖湿地公园东门附近停车位有限，建议乘坐地铁或公交前往。公园内设有热饮售卖点和临时休息区，游玩累了可以进去暖和暖和。"),
        ("p", "最后一波冰雪快乐，你准备去哪个公园？"),
    ],
))

# wr-29 — 澎湃号·政务 page
PAGES.append(dict(
    id="wr-29", kind="self", lang="zh",
    doctitle="鼓楼区：“家门口”的养老服务站又添三家_澎湃号·政务_澎湃新闻",
    title="鼓楼区：“家门口”的养老服务站又添三家",
    authors=["福州鼓楼发布"],
    time="2025-03-11 16:52",
    features="澎湃号·政务 page: account 福州鼓楼发布 with 2025-03-11 16:52 来源：澎湃新闻·澎湃号·政务; 原标题 line at top of body (not body); 来源：鼓楼区民政局 after (not author); 澎湃号 disclaimer; 海报 / 收藏 / 评论",
    css="""body{margin:0;font-family:'PingFang SC','Microsoft YaHei'}.pp-hd{height:56px;border-bottom:1px solid #eee;padding:0 12%;line-height:56px}.pp-main{width:700px;margin:20px auto}
.pp-main h1{font-size:30px}.pp-src{display:flex;gap:14px;color:#999;font-size:14px}.pp-ct p{font-size:17px;line-height:1.9}.pp-ct .yt{color:#888}""",
    style="p",
    html=f"""
<div class="pp-hd"><b>澎湃新闻</b>　要闻　深度　视频　澎湃号　思想　生活　<a href="#">下载客户端</a></div>
<div class="pp-main">
<div style="color:#00a5eb">澎湃号 · 政务 &gt;</div>
<h1>鼓楼区：“家门口”的养老服务站又添三家</h1>
<div class="pp-src"><img alt="" src="{GIF}"><b>福州鼓楼发布</b><span>+ 关注</span></div>
<div class="pp-src"><span>2025-03-11 16:52</span><span>来源：澎湃新闻·澎湃号·政务</span></div>
<div class="pp-ct">
<p class="yt">原标题：鼓楼又有3家社区养老服务站投用！就在你家附近</p>
{{BODY}}
<p class="yt">来源：鼓楼区民政局</p>
</div>
<p style="font-size:12px;color:#aaa">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问澎湃号认证页面。</p>
<p>海报　收藏　评论 0</p>
</div>""",
    body=[
        ("p", "近日，鼓楼区温泉街道、安泰街道、华大街道的3家社区养老服务站相继投入使用，为周边老人提供助餐、日间照料、康复护理和文化娱乐等服务。至此，全区社区养老服务站总数达到42家，基本实现“15分钟养老服务圈”全覆盖。"),
        ("p", "走进温泉街道汤边社区养老服务站，老人们有的在阅览室看报，有的在康复区做理疗，还有的在活动室里下象棋。服务站采取“公建民营”方式，由专业养老机构运营，配备护理员、康复师和社工。"),
        ("p", "“中午在这儿吃饭，两荤一素一汤才13块钱，吃完还能午休一会儿。”82岁的陈奶奶说。"),
        ("p", "据鼓楼区民政局介绍，今年鼓楼区还将推进适老化改造300户，为高龄、独居老人安装智能烟感、紧急呼叫等设备，并探索“物业+养老”服务模式，让老人在家门口享受更加便捷的养老服务。"),
    ],
))

# wr-30 — 微博头条文章 page
PAGES.append(dict(
    id="wr-30", kind="self", lang="zh",
    doctitle="我在太原陪爸妈看病的这一周",
    title="我在太原陪爸妈看病的这一周",
    authors=["赵一帆"],
    time="2025-3-14 22:06",
    features="微博头条文章: 作者 line (赵一帆) with 粉丝 count and 2025-3-14 22:06 发布于 山西 ; 阅读数 and 转发/评论/赞 counts; 文章内 快问快答 style bold lead-ins; 微博 footer with 京ICP证",
    css="""body{margin:0;background:#f2f2f5;font-family:'PingFang SC'}.wb{max-width:720px;margin:0 auto;background:#fff;padding:24px 36px}.wb h1{font-size:26px}.wb .au{color:#808080;font-size:13px}
.wb .ct p{font-size:16px;line-height:1.9}.bar{display:flex;justify-content:space-around;border-top:1px solid #eee;padding:10px;color:#666}""",
    style="p",
    html=f"""
<div style="background:#fff;border-bottom:1px solid #ddd;padding:8px 20%">微博　首页　热门　<input placeholder="大家都在搜：春分"> 登录 | 注册</div>
<div class="wb">
<p style="color:#eb7350">头条文章</p>
<h1>我在太原陪爸妈看病的这一周</h1>
<div class="au"><img alt="" src="{GIF}"> <b style="color:#333">赵一帆</b>　粉丝 2371　　2025-3-14 22:06 发布于 山西</div>
<div class="au">阅读数：1.8万</div>
<div class="ct">
{{BODY}}
</div>
<div class="bar"><span>转发 43</span><span>评论 126</span><span>赞 908</span></div>
</div>
<div style="text-align:center;color:#999;font-size:12px;padding:16px">微博客服 | 帮助中心 | 京ICP证100780号 | 互联网药品服务许可证</div>""",
    body=[
        ("p", "这周请了年假，把爸妈从长治老家接到太原看病。一周下来，跑了三家医院，有一些感受想记下来，也给有同样需要的朋友参考。"),
        ("strongp", "挂号：", "现在基本都是线上预约。省人民医院、山大二院的号都可以在公众号上挂，热门专家要提前一周抢。爸妈自己不会操作，如果子女不在身边，其实挺难的。"),
        ("strongp", "检查：", "让我意外的是，老家医院做过的CT和化验，有几项在太原可以直接互认，不用重复做，省了不少钱和时间。医生说这是省里推的检查检验结果互认。"),
        ("strongp", "住宿：", "医院附近的小旅馆一晚一百多，条件一般。后来在离医院两站地铁的地方订了短租公寓，带厨房，能给爸妈做点清淡的饭菜。"),
        ("strongp", "医保：", "异地就医备案现在手机上就能办，出院结算直接报销，不用再拿着单据回老家跑。"),
        ("p", "总的来说，比几年前方便了很多。但对老年人来说，智能手机这一关还是太难了。希望医院能多留一些人工窗口，也希望我们做子女的，能多抽点时间陪陪他们。"),
    ],
))
