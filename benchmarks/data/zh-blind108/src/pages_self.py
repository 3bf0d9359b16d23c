# Self-media pages ve-25 .. ve-30 (accounts invented; platform chrome imitated). All content invented.
K = "self-media"
PAGES = []

# ve-25 头条号: account only, no person named -> account name
PAGES.append(dict(
    id="ve-25", kind=K, lang="zh", doc_title="凤凰古城清晨的沱江，比晚上的灯光更值得看 - 今日头条",
    title="凤凰古城清晨的沱江，比晚上的灯光更值得看",
    authors=["湘西山野小记"], publish_time="2024-10-03 21:47",
    css="""body{margin:0;font-family:"PingFang SC",sans-serif}.tt-head{height:60px;border-bottom:1px solid #eee;display:flex;align-items:center;gap:20px;padding:0 30px}.tt-head b{color:#f04142;font-size:22px}
.tt-main{width:680px;margin:30px auto}.tt-main h1{font-size:28px}.tt-meta{font-size:14px;color:#999}.tt-main p{font-size:18px;line-height:1.8}.tt-side{font-size:13px;color:#666}""",
    mode="p",
    html="""<body>
<div class="tt-head"><b>今日头条</b><span>首页</span><span>视频</span><span>热点</span><input placeholder="搜索站内资讯、视频或用户"><span>登录</span></div>
<div class="tt-main">
<h1>{TITLE}</h1>
<div class="tt-meta"><span>2024-10-03 21:47</span>·<span>湘西山野小记</span>　<span>湖南</span>　<a>关注</a></div>
{BODY}
<div class="tt-side">举报/反馈<br>本文为头条号作者原创，未经授权不得转载</div>
<div class="tt-side"><img alt="湘西山野小记" src="{GIF}"> 湘西山野小记 · 1.2万粉丝 · 旅行领域创作者 <a>+ 关注</a></div>
<div class="tt-side">评论 36　点赞 402　收藏<br>相关推荐：张家界这条小路，当地人才知道 · 湘西腊肉怎么做才香</div>
</div>
</body>""",
    blocks=[
        "很多人去凤凰，都是冲着晚上沱江两岸的灯光去的。但住了三天之后，我最想推荐的，反而是早上六点半的沱江。",
        "那个时候游客还没起床，河面上飘着一层薄雾，吊脚楼的轮廓若隐若现。沿着江边的石板路走，能看到洗衣服的阿婆、撑船清理河道的师傅，还有端着米粉在门口吃早饭的本地人。",
        {"img": "清晨的沱江", "cap": "清晨的沱江，薄雾还没散"},
        "几条小建议：",
        {"li": ["1. 住在虹桥附近的客栈，出门走两分钟就到江边；", "2. 跳岩那里早上人最少，可以慢慢拍；", "3. 北门城楼下有一家卖血粑鸭的小店，七点就开门，十五块一份。"]},
        "晚上的凤凰很热闹，酒吧一条街的音乐能响到凌晨。但如果你想看到一个安静一点的古城，就定个早起的闹钟吧。",
        "另外提醒一句，国庆期间古城人多，停车场早上九点以后基本就满了，自驾的朋友最好早点进城，或者把车停在城外换乘公交。",
        "你去凤凰的时候，最喜欢的是白天还是晚上？评论区聊聊。",
    ],
))

# ve-26 百家号: person named inside (文 | name) -> the person
PAGES.append(dict(
    id="ve-26", kind=K, lang="zh", doc_title="兰州牛肉面涨到12块，老兰州人怎么看？",
    title="兰州牛肉面涨到12块，老兰州人怎么看？",
    authors=["马晓燕"], publish_time="2024-03-19 12:36",
    css="""body{margin:0;font-family:Arial,"Microsoft YaHei"}.bjh-top{background:#fff;border-bottom:1px solid #eee;padding:10px 40px}.bjh-wrap{width:700px;margin:0 auto}
.bjh-wrap h2{font-size:26px}.author-box{display:flex;gap:10px;align-items:center;font-size:13px;color:#555}.bjh-wrap p{font-size:17px;line-height:1.85}.bjh-foot{font-size:12px;color:#999}""",
    mode="p",
    html="""<body>
<div class="bjh-top"><a>百度首页</a>　<a>登录</a></div>
<div class="bjh-wrap">
<h2>{TITLE}</h2>
<div class="author-box"><img alt="金城吃货地图" src="{GIF}"><div><b>金城吃货地图</b><br>2024-03-19 12:36甘肃 · 优质美食领域创作者</div><a>+关注</a></div>
<p class="nb">文 | 马晓燕</p>
{BODY}
<div class="bjh-foot">本文系作者个人观点，不代表平台观点。<br>举报/反馈</div>
<div class="bjh-foot"><b>作者最新文章</b><br>兰州的甜醅子，春天吃最对味<br>03-15 08:00<br>张掖搓鱼子，到底是面还是鱼？<br>03-12 19:20</div>
</div>
</body>""",
    blocks=[
        "最近，城关区不少牛肉面馆悄悄把大碗的价格从10元调到了12元，这在兰州人的朋友圈里引起了一阵讨论。",
        "我在张掖路附近一家开了二十多年的面馆坐了一个上午。老板姓马，他说这次涨价主要是因为牛肉和面粉涨了，“牛肉一斤从三十几涨到四十多，房租也涨了，不涨价就只能减肉，那对不起老顾客。”",
        "来吃面的老兰州人，态度出乎意料地平和。退休的李师傅说：“一碗面管一上午，12块不算贵，关键是汤要正、面要筋道。”也有年轻人表示，“还是希望有小碗的选项，早上吃不了那么多。”",
        "事实上，兰州市对牛肉面价格实行过多年的“限价”管理，后来逐步放开。现在，不同档次的面馆价格差异越来越大，从8元到25元都有。",
        "在我看来，价格涨两块钱不是问题，真正让人担心的是有的店为了控制成本，汤越来越淡、肉越来越薄。一碗好的牛肉面，讲究的是“一清二白三红四绿五黄”，这个老规矩可不能丢。",
    ],
))

# ve-27 网易号: 作者：person at top of body, account is 魔都... -> person
PAGES.append(dict(
    id="ve-27", kind=K, lang="zh", doc_title="上海这条马路的梧桐树，为什么今年不剪“平头”了？|网易订阅",
    title="上海这条马路的梧桐树，为什么今年不剪“平头”了？",
    authors=["唐逸飞"], publish_time="2024-05-08 16:12:40",
    css="""body{margin:0;font-family:"Microsoft YaHei"}.ne-hd{background:#c4161c;color:#fff;padding:10px 40px}.ne-post{width:680px;margin:30px auto}.ne-post h1{font-size:28px}.post_info{color:#888;font-size:14px}
.post_body p{font-size:18px;line-height:1.8}.post_statement{font-size:12px;color:#aaa}.ne-rel{background:#f8f8f8;padding:10px}""",
    mode="p",
    html="""<body>
<div class="ne-hd">网易 · 网易号 <span style="float:right">登录 | 注册免费邮箱</span></div>
<div class="ne-post">
<h1>{TITLE}</h1>
<div class="post_info">2024-05-08 16:12:40　来源: <a>魔都慢生活</a>　<a>举报</a></div>
<div class="post_body">
<p class="nb">作者：唐逸飞</p>
{BODY}
</div>
<div class="post_statement">特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</div>
<div class="ne-rel"><b>相关推荐</b><p>武康路的老洋房，藏着哪些故事</p><p>上海人最爱的五家葱油饼，你吃过几家？</p><p>热点新闻</p></div>
</div>
</body>""",
    blocks=[
        "每年春天，徐汇区衡山路、岳阳路一带的梧桐树都要“理发”。但细心的市民发现，今年有几条马路上的梧桐树没有像往年那样被修剪成整齐的“平头”。",
        "为什么？记者（其实就是我自己）专门打电话问了区绿化部门。工作人员解释，这是在试点“自然式修剪”，只去除枯枝、病虫枝和影响交通、架空线的枝条，尽量保留树冠的自然形态。",
        "据说这样做有三个好处：一是树冠大了，夏天遮阴效果更好；二是减少大面积截枝造成的伤口，树更健康；三是景观更自然，“更有老上海马路的味道”。",
        "当然，也有居民担心：梧桐絮会不会更多？工作人员说，飞絮主要来自果球，和修剪方式关系不大，今年还会继续通过注射抑制剂等办法减少飞絮。",
        "你更喜欢哪一种梧桐树？是整整齐齐的“平头”，还是枝叶舒展的“自然款”？",
    ],
))

# ve-28 微信公众号: "原创 person account date place" -> person
PAGES.append(dict(
    id="ve-28", kind=K, lang="zh", doc_title="海口骑楼老街，这10家老字号你打卡了几家？",
    title="海口骑楼老街，这10家老字号你打卡了几家？",
    authors=["林诗涵"], publish_time="2025年01月24日 18:30",
    css="""body{margin:0;background:#fff;font-family:-apple-system,"PingFang SC"}.rich_media{max-width:677px;margin:0 auto;padding:20px 16px}.rich_media_title{font-size:22px;line-height:1.4}
.rich_media_meta_list{font-size:15px;color:#576b95}.rich_media_meta_list span{margin-right:8px}.rich_media_content p{font-size:17px;line-height:1.75;letter-spacing:.5px}.qr{text-align:center;color:#888;font-size:13px}""",
    mode="p",
    html="""<body>
<div class="rich_media">
<h1 class="rich_media_title">{TITLE}</h1>
<div class="rich_media_meta_list"><span style="color:#999">原创</span> <span>林诗涵</span> <a>椰城微观察</a> <span style="color:#999">2025年01月24日 18:30</span> <span style="color:#999">海南</span></div>
<div class="rich_media_content">
{BODY}
<p class="nb">- END -</p>
<p class="nb">来源：椰城微观察</p>
<p class="nb">编辑：王小雨　　校对：陈欢</p>
<p class="nb">监制：符  强</p>
<div class="qr"><img alt="椰城微观察二维码" src="{GIF}"><br>长按识别二维码　关注我们</div>
</div>
<div class="qr">阅读 2.3万　在看 186　分享　点赞 405<br>留言 写留言</div>
</div>
</body>""",
    blocks=[
        "春节快到了，不少外地朋友来海口，第一站就是骑楼老街。除了拍照，老街里那些开了几十年的老字号，才是最值得打卡的地方。今天小编给大家整理了一份清单👇",
        {"h": "01 老爸茶馆"},
        "一壶红茶、一碟鸡屎藤、几个小笼包，能坐一下午。下午三点以后人最多，建议早点去占位。",
        {"h": "02 清补凉老铺"},
        "椰奶打底，加上红豆、绿豆、西瓜、芋圆，一碗下去清凉解暑。老板说，冬天也有不少游客专门来吃。",
        {"h": "03 手工椰子糖"},
        "现场熬制，椰香浓郁。可以买散装的，也有礼盒装，适合带回去送人。",
        {"h": "实用信息"},
        {"table": [["项目", "说明"], ["地址", "海口市龙华区中山路、博爱北路一带"], ["交通", "公交2路、37路骑楼老街站下车"], ["建议游玩时长", "2至3小时"]]},
        "春节期间老街人流量较大，请大家注意保管好随身物品，文明出游。",
    ],
))

# ve-29 澎湃号·政务: government account, no person named -> account
PAGES.append(dict(
    id="ve-29", kind=K, lang="zh", doc_title="岳麓区市场监管局：春季开学前对校园食堂开展全覆盖检查_澎湃号·政务_澎湃新闻-The Paper",
    title="春季开学前对校园食堂开展全覆盖检查",
    authors=["岳麓市场监管"], publish_time="2025-02-14 17:55",
    css="""body{margin:0;font-family:"Microsoft YaHei"}.pp-h{height:56px;border-bottom:1px solid #eee;padding:0 40px;display:flex;align-items:center;gap:30px}.pp-h b{font-size:24px}
.pp-w{width:700px;margin:30px auto}.pp-w h1{font-size:26px}.pp-acc{display:flex;gap:10px;font-size:14px;color:#666}.pp-w p{line-height:1.9;font-size:17px}.pp-note{font-size:12px;color:#999}""",
    mode="p",
    html="""<body>
<div class="pp-h"><b>澎湃</b><span>要闻</span><span>深度</span><span>澎湃号</span><span>视频</span><span>下载客户端</span></div>
<div class="pp-w">
<h1>{TITLE}</h1>
<div class="pp-acc"><img alt="岳麓市场监管" src="{GIF}"><span>岳麓市场监管</span><span>澎湃号·政务</span></div>
<div class="pp-acc"><span>2025-02-14 17:55</span><span>湖南</span></div>
{BODY}
<p class="pp-note">原标题：《岳麓区市场监管局开展春季开学校园食品安全专项检查》</p>
<p class="pp-note">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问http://renzheng.thepaper.example。</p>
<div class="pp-note">举报 · 相关推荐：长沙发布春季校园食品安全提示</div>
</div>
</body>""",
    blocks=[
        "为保障春季开学师生饮食安全，2月10日至14日，岳麓区市场监管局联合区教育局，对辖区132所中小学、幼儿园食堂及校园周边食品经营店开展全覆盖检查。",
        "检查重点包括：食品原料进货查验和索证索票、食品贮存、加工制作过程控制、餐用具清洗消毒、从业人员健康管理，以及“互联网＋明厨亮灶”设备运行情况等。",
        "检查中发现，部分学校食堂存在留样记录不完整、防蝇防鼠设施破损等问题，执法人员当场下达责令整改通知书14份，要求开学前整改到位。",
        "区市场监管局相关负责人表示，开学后还将组织“校长陪餐”“家长开放日”等活动，并对校外供餐单位开展飞行检查，守护好学生“舌尖上的安全”。家长和市民如发现校园及周边食品安全问题，可拨打12315投诉举报。",
    ],
))

# ve-30 微博文章 (头条文章): the user named is the author
PAGES.append(dict(
    id="ve-30", kind=K, lang="zh", doc_title="在阳关，我终于明白了“西出阳关无故人” - 微博",
    title="在阳关，我终于明白了“西出阳关无故人”",
    authors=["敦煌旅行手记"], publish_time="2024-09-27 22:03",
    css="""body{margin:0;background:#f2f2f5;font-family:"PingFang SC"}.wb-top{background:#fff;padding:10px 30px;display:flex;gap:20px}.wb-card{width:760px;margin:20px auto;background:#fff;padding:30px 40px}
.wb-card h1{font-size:26px}.wb-user{font-size:14px;color:#333}.wb-time{color:#939393;font-size:12px}.wb-card p{font-size:16px;line-height:1.9}.wb-act{display:flex;gap:40px;color:#666;border-top:1px solid #eee;padding-top:10px}""",
    mode="p",
    html="""<body>
<div class="wb-top"><b>微博</b><input placeholder="大家都在搜：国庆出行"><span>首页</span><span>视频</span><span>发现</span><span>游戏</span><span>登录/注册</span></div>
<div class="wb-card">
<div class="wb-user"><img alt="敦煌旅行手记的头像" src="{GIF}"> <b>敦煌旅行手记</b> <span>旅游博主</span> <a>+关注</a></div>
<div class="wb-time">2024-09-27 22:03 来自 iPhone客户端</div>
<h1>{TITLE}</h1>
<div class="wb-time">阅读数：8.6万</div>
{BODY}
<div class="wb-act"><span>转发 128</span><span>评论 96</span><span>赞 1740</span></div>
</div>
</body>""",
    blocks=[
        "从敦煌市区往西南开车七十公里，戈壁越来越空，路边的骆驼刺越来越少，就到了阳关。",
        "说实话，阳关遗址本身能看的东西不多：一座烽燧残墩，几段土垄，还有一块后人立的“阳关故址”石碑。但站在墩台下往西望，一眼看不到头的砾石滩，风吹过来没有任何遮挡，那种感觉，跟在书里读到的完全不一样。",
        "景区讲解员告诉我们，汉代出了阳关就是西域，商队和使者要在这里补足水和粮食，再往前走就真的是“无故人”了。王维写《送元二使安西》的时候，也许并没有到过这里，但他把那种离别写得太准了。",
        "我在烽燧下站了很久。太阳落山前的半个小时，整片戈壁都被染成金色，几个同行的游客不约而同地安静下来。",
        "小贴士：阳关景区9月下旬以后风很大，早晚温差超过15度，一定带一件厚外套；景区里有一个不大的博物馆，讲丝路关隘的，值得花半小时看看。",
    ],
))
