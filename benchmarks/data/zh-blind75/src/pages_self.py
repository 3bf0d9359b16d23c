"""Self-media pages xx-25 ... xx-30 (头条号, 百家号, 网易号, 澎湃号, 微信公众号, 微博文章)."""
from lib import BR, G, H, L, P, PS, T, X, img, links, nav, search, ul_links

PAGES = []


def page(**kw):
    PAGES.append(kw)


# --------------------------------------------------------------------------- xx-25
# 头条号 (河南 account, no person named -> account name); comments with the
# author's replies under the text.
CSS25 = """
body{margin:0;font-family:"PingFang SC","Helvetica Neue";color:#222;background:#fff}
.hdr{display:flex;justify-content:space-between;padding:10px 4%;border-bottom:1px solid #e8e8e8;font-size:14px}
.hdr .l a{margin-right:16px;color:#222}
.main{display:flex;gap:40px;width:1080px;margin:0 auto}
.left{width:60px;font-size:13px;color:#666;text-align:center;padding-top:120px}
.left div{margin-bottom:16px}
.article{flex:1}
h1{font-size:30px;line-height:1.4}
.meta{font-size:14px;color:#999;display:flex;gap:8px}
.article p{font-size:18px;line-height:1.75}
.article h2{font-size:20px}
.right{width:300px}
.card{border:1px solid #eee;padding:12px;margin-top:20px;font-size:14px}
.cmt{border-top:1px solid #eee;margin-top:20px}
.c{padding:10px 0;border-bottom:1px solid #f5f5f5;font-size:15px}
.c .n{color:#406599}.c .d{color:#999;font-size:12px}
.c .reply{background:#f8f8f8;padding:6px;margin-top:4px}
.report{color:#999;font-size:13px}
"""

page(
    id="xx-25", kind="self-media", lang="zh",
    head="三门峡的苹果花开了，今年的收成能好吗？ - 今日头条",
    title="三门峡的苹果花开了，今年的收成能好吗？",
    authors=["豫西老张说三农"],
    publish_time="2024-04-12 20:31",
    css=CSS25,
    parts=[
        X("""<div class="hdr"><div class="l"><a href="#">首页</a><a href="#">下载头条APP</a><a href="#">添加到桌面</a><a href="#">关于头条</a></div><div><input placeholder="搜索站内资讯、视频或用户"><button>搜索</button> <a href="#">登录</a></div></div>
<div class="main"><div class="left"><div>👍 1.2万</div><div>💬 346</div><div>⭐ 收藏</div><div>↗ 分享</div></div>
<div class="article"><h1>三门峡的苹果花开了，今年的收成能好吗？</h1>
<div class="meta"><span>2024-04-12 20:31</span><span>·</span><span>豫西老张说三农</span><span>·</span><span>河南</span></div>"""),
        PS([
            "这几天回了一趟灵宝老家，漫山遍野的苹果花全开了，粉里透白，一眼望不到头。村里人见面第一句话就是：“今年花开得好，就看后面天气给不给力了。”",
            "灵宝是三门峡有名的苹果产区，海拔高、昼夜温差大，苹果脆甜，在咱河南很有名气。我家有六亩果园，种的是红富士，往年行情好的时候一亩地能收入一万多块。",
        ]),
        H("花开得好，不代表就能丰收", tag="h2"),
        PS([
            "很多人以为花多就是好事，其实种苹果的都知道，花太多了反而要疏掉。一个花序只留中心花，一棵树留多少果，都是有讲究的。留多了，果子个头小、卖不上价；留少了，产量又上不去。",
            "最怕的是花期遇上倒春寒。前几年有一次，花开得正旺，一夜霜冻下来，第二天花心全黑了，那一年不少人家几乎绝收。所以现在村里都装了防霜风机，天气预报一说降温，半夜就得起来开机器、熏烟。",
        ]),
        H("人工授粉，一天忙到黑", tag="h2"),
        P("这几天正是人工授粉的时候。我们一家人加上雇的两个工，每天天一亮就上山，拿着授粉器一朵一朵地点。现在人工贵了，一天一百五，还管一顿饭。有的合作社开始用无人机授粉，效率高不少，就是小户用起来还不太划算。"),
        P("说实话，种苹果是个辛苦活，也是个看天吃饭的活。不过看着满山的花，心里还是有盼头。大家觉得今年苹果价格会怎么样？欢迎在评论区聊聊。"),
        X("""<p class="report">本文为头条号作者原创，未经授权不得转载　<a href="#">举报</a></p>
<div class="cmt"><b>评论 346</b>
<div class="c"><span class="n">洛宁小苹果</span> <span class="d">04-12 21:05 · 河南</span><p>我们这边也开了，就怕下周降温。</p><span class="d">回复 · 赞 58</span>
<div class="reply"><span class="n">豫西老张说三农</span>（作者） <span class="d">04-12 21:20</span>：提前备好防霜的东西，能挡一点是一点。</div></div>
<div class="c"><span class="n">老陕在郑州</span> <span class="d">04-13 08:12 · 陕西</span><p>去年灵宝苹果收购价一块八，今年估计能到两块。</p><span class="d">回复 · 赞 21</span></div>
<div class="c"><span class="n">用户6254183790</span> <span class="d">04-13 10:47 · 河南</span><p>人工授粉真累，我爸妈干了一辈子。</p><span class="d">回复 · 赞 9</span></div>
<a href="#">查看全部346条评论</a></div></div>
<div class="right"><div class="card">""" + img("头像") + """ <b>豫西老张说三农</b><br>三农领域创作者　粉丝 8.6万<br><button>关注</button></div>
<div class="card"><b>相关推荐</b>""" + ul_links(["灵宝苹果为何这么甜？老果农说出三个原因", "今年春季倒春寒对果树影响有多大", "果园疏花疏果的正确方法"]) + """</div>
<div class="card">京ICP证140141号　京ICP备12025439号-3　网络文化经营许可证　互联网药品信息服务资格证书　违法和不良信息举报电话：400-140-2108</div></div></div>"""),
    ],
)


# --------------------------------------------------------------------------- xx-26
# 百家号 (湖北 account): account name is the author; a 特别声明 under the text and a
# 举报/反馈 line; date glued to the IP location.
CSS26 = """
body{margin:0;font-family:Arial,"PingFang SC";color:#333;background:#fff}
.top{height:46px;line-height:46px;border-bottom:1px solid #eee;padding:0 4%}
.top a{margin-right:18px;color:#333}
.container{width:1000px;margin:0 auto;display:flex;gap:40px}
.left{flex:1}.right{width:280px}
.title{font-size:26px;font-weight:bold;margin:20px 0 12px;line-height:1.4}
.author{display:flex;align-items:center;gap:10px}
.author .name{font-size:15px;color:#333}.author .time{font-size:13px;color:#999}
.index-module_articleWrap p{font-size:17px;line-height:1.85;margin:22px 0}
.index-module_articleWrap .bjh-strong{font-weight:bold}
.statement{font-size:12px;color:#999;background:#f7f7f7;padding:10px}
.report{color:#999;font-size:13px}
.right .box{border:1px solid #eee;padding:12px;margin-top:20px;font-size:14px}
"""

page(
    id="xx-26", kind="self-media", lang="zh",
    head="襄阳古城墙下的“非遗市集”火了",
    title="襄阳古城墙下的“非遗市集”火了",
    authors=["荆楚观察员"],
    publish_time="2024-05-18 09:12",
    css=CSS26,
    parts=[
        X("""<div class="top"><a href="#">百度首页</a><a href="#">百家号</a><a href="#">登录</a></div>
<div class="container"><div class="left"><div class="title">襄阳古城墙下的“非遗市集”火了</div>
<div class="author">""" + img("荆楚观察员") + """<div><div class="name">荆楚观察员</div><div class="time">2024-05-18 09:12湖北</div></div><button>+ 关注</button></div>
<div class="index-module_articleWrap">"""),
        PS([
            "周末去了一趟襄阳，本来是冲着古城墙去的，没想到在北街城门口撞上了一场热闹的“非遗市集”。",
            "市集就摆在城墙根下的步行街上，一溜二十多个摊位，卖的全是本地非遗手艺：老河口木版年画、南漳古法造纸、谷城石花奎面，还有现场捏面人、吹糖人的老师傅。来逛的人很多，有不少是带着孩子的年轻家长。",
            "<span class=\"bjh-strong\">最火的是木版年画摊位。</span>",
            "摊主是一位六十多岁的老艺人，现场演示刻版、上色、印画，游客可以自己动手印一张带回家，二十块钱一张。排队的人一直没断过，老人家说一个上午印了一百多张，手都酸了。",
            "<span class=\"bjh-strong\">南漳古法造纸也很有意思。</span>",
            "从泡料、打浆到抄纸、晒纸，一张纸要经过七十多道工序。工作人员让小朋友们拿着竹帘在纸浆槽里“捞”一下，一张湿漉漉的纸就成型了，孩子们兴奋得直叫。",
            "后来了解到，这个市集是襄阳今年推出的“古城夜游”项目之一，每个周末都有，一直持续到十月份。当地文旅部门的工作人员告诉我，办市集一方面是让非遗传承人有个展示和销售的平台，另一方面也是想让游客在古城多留一晚。",
            "逛了一圈下来，最大的感受是：非遗不是摆在博物馆里的老物件，只有让人摸得着、用得上、买得走，才能真正“活”下去。如果你五一之后还没想好去哪儿，襄阳古城值得一去。",
        ]),
        X("""</div>
<p class="statement">特别声明：本文为百家号作者上传并发布，仅代表该作者观点。百度仅提供信息发布平台。</p>
<p class="report"><a href="#">举报/反馈</a></p>
<div><b>发表评论</b><br><textarea placeholder="发表你的评论"></textarea><br><span style="font-size:13px;color:#999">暂无评论，快来抢沙发吧</span></div></div>
<div class="right"><div class="box"><b>作者最新文章</b>""" + ul_links(["宜城大虾上市了，价格比去年便宜", "武当山五一期间游客量创新高", "枣阳桃花节：花海中的乡村振兴"]) + """</div>
<div class="box"><b>相关文章</b>""" + ul_links(["唐城影视基地夜游项目上新", "襄阳古城墙修缮工程完工"]) + """</div></div></div>"""),
    ],
)


# --------------------------------------------------------------------------- xx-27
# 网易号 (山东 account): the writer is named inside the text ("文 | 马小川"), so he is
# the author, not the account; 原标题 line, 特别声明 at the end.
CSS27 = """
body{margin:0;font-family:"Microsoft YaHei";background:#fff;color:#404040}
.ne_wrap{width:1200px;margin:0 auto}
.N-nav{height:40px;line-height:40px;border-bottom:1px solid #ddd;font-size:13px}.N-nav a{margin-right:14px;color:#404040}
.post_main{display:flex;gap:40px}
.post_content{flex:1}
.post_title{font-size:30px;color:#333;margin:26px 0 10px}
.post_info{font-size:14px;color:#888}
.post_body p{font-size:18px;line-height:1.8;text-indent:2em}
.post_body .f_center{text-align:center;text-indent:0}
.post_statement{font-size:12px;color:#999;margin-top:20px;line-height:1.6}
.side{width:320px}.side h3{font-size:16px}
"""

page(
    id="xx-27", kind="self-media", lang="zh",
    head="在周村古商城，一块烧饼的百年手艺|周村烧饼|淄博_网易订阅",
    title="在周村古商城，一块烧饼的百年手艺",
    authors=["马小川"],
    publish_time="2024-05-20 07:35:12",
    css=CSS27,
    parts=[
        X("""<div class="ne_wrap"><div class="N-nav"><a href="#">网易首页</a><a href="#">新闻</a><a href="#">体育</a><a href="#">娱乐</a><a href="#">财经</a><a href="#">汽车</a><a href="#">科技</a><a href="#">手机</a><a href="#">旅游</a><a href="#">网易号</a><a href="#">登录</a></div>
<div class="post_main"><div class="post_content"><h1 class="post_title">在周村古商城，一块烧饼的百年手艺</h1>
<div class="post_info">2024-05-20 07:35:12　来源: <a href="#">鲁中风物志</a>　<a href="#">举报</a></div>
<div class="post_body">
<p class="f_center" style="color:#999">原标题：《鲁中风物志｜周村烧饼：薄如纸、脆如酥》</p>
<p class="f_center">作者 | 马小川</p>"""),
        PS([
            "清晨七点，周村古商城的大街还没什么游客，烧饼铺里的炉火已经烧得正旺。老师傅把擀得薄薄的面饼往手上一摊，芝麻面朝下一扣，贴进炉膛，不到两分钟，一炉金黄的烧饼就出炉了。",
            "周村烧饼是淄博周村的传统名吃，以“薄、香、酥、脆”出名，据说已有一百多年历史。一块烧饼薄到能透光，掉在地上会摔成碎片，所以当地人又叫它“呱啦啦”。",
            "在古商城开了二十多年烧饼铺的韩师傅告诉我，做烧饼最难的是“贴”。面饼要擀到不足一毫米，手掌一托就往炉壁上贴，动作慢了会粘手，用力大了会贴破。“学徒光练贴饼就得大半年，烫伤是家常便饭。”",
            "这几年，周村烧饼也在变。除了传统的甜、咸两种口味，店里推出了海苔、椒盐、五香等新口味，还做成小包装，通过电商卖到全国。韩师傅说，他家网店一个月能发出去一万多包，年轻人爱买来当零食。",
            "离开时，我买了两包刚出炉的烧饼。咬上一口，满嘴芝麻香，碎渣掉了一身。这大概就是老手艺最动人的地方：一块小小的烧饼，装着一座老商埠的烟火气。",
        ]),
        X("""<p class="f_center" style="color:#999">（本文图片均由作者拍摄）</p></div>
<div class="post_statement">特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。<br>Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.</div>
<div style="margin-top:14px"><b>相关推荐</b>""" + ul_links(["博山酥锅：一锅炖出的年味", "淄博周村：千年商埠的夜色"]) + """</div></div>
<div class="side"><h3>鲁中风物志</h3><p>记录鲁中山水、美食与手艺　<button>关注</button></p><h3>热点新闻</h3>""" + ul_links(["山东多地发布高温预警", "济南至潍坊高铁进入联调联试", "青岛啤酒节8月开幕"]) + """</div></div></div>"""),
    ],
)


# --------------------------------------------------------------------------- xx-28
# 澎湃号·政务 (江西 city account): account is the author (no person named);
# "原标题" line; 来源 line, and 本文来源/免责 note at the end.
CSS28 = """
body{margin:0;font-family:"PingFang SC","Microsoft YaHei";color:#000}
.head{display:flex;align-items:center;justify-content:space-between;padding:10px 8%;border-bottom:1px solid #e0e0e0}
.head b{font-size:22px}
.newsbox{width:700px;margin:0 auto;padding:20px 0}
.news_title{font-size:28px;font-weight:bold;line-height:1.4}
.news_about{font-size:14px;color:#999;margin:10px 0}
.news_about p{margin:2px 0}
.news_txt{font-size:18px;line-height:1.9}
.news_txt p{margin:0 0 20px}
.source{font-size:14px;color:#999}
.disclaimer{font-size:12px;color:#aaa;border-top:1px solid #eee;padding-top:8px}
"""

page(
    id="xx-28", kind="self-media", lang="zh",
    head="吉安：井冈蜜柚迎来“花期管理”关键期_澎湃号·政务_澎湃新闻-The Paper",
    title="吉安：井冈蜜柚迎来“花期管理”关键期",
    authors=["庐陵之声"],
    publish_time="2024-04-16 17:58",
    css=CSS28,
    parts=[
        X("""<div class="head"><b>澎湃</b><span><a href="#">要闻</a> <a href="#">深度</a> <a href="#">视频</a> <a href="#">湃客</a> <a href="#">澎湃号</a> <a href="#">下载客户端</a> <a href="#">登录</a></span></div>
<div class="newsbox"><div class="news_title">吉安：井冈蜜柚迎来“花期管理”关键期</div>
<div class="news_about"><p>""" + img("庐陵之声") + """ <a href="#">庐陵之声</a>　<button>关注</button></p><p>2024-04-16 17:58　来源：<a href="#">澎湃新闻·澎湃号·政务</a></p></div>
<div class="news_txt">
<p style="color:#999">原标题：《春管正当时！井冈蜜柚迎来“花期管理”关键期》</p>"""),
        PS([
            "眼下，吉安市各地井冈蜜柚进入盛花期，满园柚花飘香。在吉水县八都镇的一处蜜柚基地，果农们正忙着疏花、授粉、施肥，抢抓花期管理关键时节。",
            "“花期管得好不好，直接关系到当年的挂果率和品质。”基地技术员邓春生介绍，蜜柚花量大，必须及时疏除畸形花和弱小花，每个花序保留两三朵健壮的花，再辅以人工授粉，坐果率能提高20%以上。",
            "为帮助果农科学管护，吉安市农业农村局组织农技专家组成服务小分队，深入各蜜柚主产区开展技术指导，现场讲解疏花保果、病虫害绿色防控和水肥一体化技术。今年以来，全市已举办各类蜜柚技术培训班86期，培训果农5200余人次。",
            "井冈蜜柚是吉安的特色农业主导产业，全市种植面积达到40万亩，年产量约50万吨，产品销往全国各地并出口俄罗斯、东南亚等国家和地区。近年来，吉安持续推进蜜柚标准化生产和品牌建设，建成蜜柚精深加工企业20余家，开发出柚子茶、柚皮糖、精油等系列产品，带动10万余名果农增收。",
        ]),
        X("""<p class="source">来源：吉安市融媒体中心<br>编辑：周婷　审核：李晓军</p></div>
<p class="disclaimer">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问http://renzheng.thepaper.cn。</p>
<div><b>查看更多</b>""" + ul_links(["吉安：全力推进“井冈蜜柚”品牌建设", "万安县举办首届柚花节"]) + """</div>
<div style="font-size:12px;color:#aaa">沪ICP备14003370号　沪公网安备31010602000299号　互联网新闻信息服务许可证：31120170006</div></div>"""),
    ],
)


# --------------------------------------------------------------------------- xx-29
# 微信公众号 (河南 county media account): 原创 + named writer (spaced) + account +
# date + IP; 导语 box (body); 来源/编辑/审核 and 往期推荐 after; 精选留言.
CSS29 = """
body{margin:0;background:#ededed;font-family:-apple-system,"PingFang SC";color:#333}
.rich_media{max-width:677px;margin:0 auto;background:#fff;padding:20px 24px}
.rich_media_title{font-size:22px;line-height:1.4;margin:0 0 14px}
.meta{font-size:15px;color:#576b95;line-height:1.8}
.meta .orig{background:#f2f2f2;color:#888;font-size:12px;padding:0 4px;margin-right:6px}
.meta em{font-style:normal;color:#888;margin-left:8px}
.follow{text-align:center;color:#07c160;font-size:13px}
.lead{border:1px dashed #1e9fff;background:#f2f9ff;padding:10px 14px;margin:14px 0;font-size:15px;color:#555}
.rich_media_content p{font-size:16px;line-height:1.8;letter-spacing:.5px}
.rich_media_content h2{font-size:17px;color:#fff;background:#1e9fff;display:inline-block;padding:2px 12px}
.caption{font-size:13px;color:#999;text-align:center}
.endnote{font-size:13px;color:#888}
.tools{font-size:14px;color:#576b95;display:flex;gap:20px;margin:20px 0}
.cmt{background:#f7f7f7;padding:12px;font-size:14px}
.cmt .n{color:#888}
"""

page(
    id="xx-29", kind="self-media", lang="zh",
    head="兰考泡桐“变身”民族乐器，远销海内外",
    title="兰考泡桐“变身”民族乐器，远销海内外",
    authors=["张磊"],
    publish_time="2024年05月22日 19:30",
    css=CSS29,
    parts=[
        X("""<div class="rich_media"><h1 class="rich_media_title">兰考泡桐“变身”民族乐器，远销海内外</h1>
<div class="meta"><span class="orig">原创</span><span>张&nbsp;&nbsp;磊</span> <a href="#">兰考融媒</a><em>2024年05月22日 19:30</em><em>河南</em></div>
<p class="follow">点击上方蓝字 关注我们</p>
<div class="lead">"""),
        P("导语：一棵泡桐，曾经是兰考人防风治沙的“功臣树”；如今，它又变成了一把把古筝、琵琶，让兰考的名字响在了世界各地的舞台上。"),
        X('</div>\n<div class="rich_media_content">'),
        P("走进兰考县堌阳镇徐场村，锯木声、打磨声此起彼伏，空气中弥漫着淡淡的木香。在一家民族乐器厂的车间里，工人们正在对古筝面板进行刨削、烘干和打磨。"),
        H("“会唱歌”的泡桐", tag="h2"),
        P("兰考泡桐材质轻、纹理直、共鸣性能好，是制作古筝、琵琶等民族乐器音板的上好材料。“同样一块面板，用兰考泡桐做出来的音色更通透。”乐器厂负责人代立军拿起一块面板轻轻一敲，声音清脆悠长。"),
        X('<p class="caption">' + img("工人打磨古筝面板") + "<br>▲工人正在打磨古筝面板</p>"),
        H("小乐器做成大产业", tag="h2"),
        P("从上世纪80年代几户农民学做乐器起步，如今堌阳镇已聚集民族乐器生产企业和加工户200余家，年产古筝、琵琶、古琴等各类乐器70多万台（把），产值超过30亿元，产品销往全国各地和日本、新加坡、美国等十多个国家和地区，带动2万余名群众就业。"),
        P("为了让产业走得更远，兰考县建设了民族乐器产业园，引进乐器设计、检测和电商直播等配套服务，还与多所音乐院校合作开设培训班，培养了一大批制琴师和演奏人才。"),
        P("“以前是卖木头，现在是卖乐器、卖音乐。”代立军说，接下来他们打算建一个乐器文化展示馆，让更多人来兰考听听泡桐“唱歌”。"),
        X("""</div>
<p class="endnote">来源：兰考县融媒体中心<br>编辑：孙梦　审核：杨帆　监制：李国强</p>
<p class="endnote">投稿邮箱：lkrmtzx@example.com</p>
<div class="endnote"><b>往期推荐</b><br><a href="#">兰考：蜜瓜丰收季 瓜农笑开颜</a><br><a href="#">焦裕禄精神体验教育基地迎来研学高峰</a></div>
<div class="tools"><a href="#">阅读原文</a><span>阅读 2.3万</span><span>分享</span><span>收藏</span><span>点赞 486</span><span>在看 121</span></div>
<div class="cmt"><b>留言</b><br><span class="n">堌阳人在北京</span>：家乡的骄傲！小时候村里到处都是泡桐树。　<span class="n">河南 05-22　赞 63</span><br>
<span class="n">学琴的小雨</span>：我的古筝就是兰考产的，音色真的好。　<span class="n">江苏 05-23　赞 17</span><br>
<span class="n">兰考融媒</span>（作者）：感谢支持！　<span class="n">05-23</span></div>
<p class="follow">微信扫一扫<br>关注该公众号</p></div>"""),
    ],
)


# --------------------------------------------------------------------------- xx-30
# 微博头条文章 (湖北 user, no person named -> account); numbered shop entries as
# sub-headings; repost/comment/like bar and a comments list under the text.
CSS30 = """
body{margin:0;background:#f1f2f5;font-family:"PingFang SC","Microsoft YaHei";color:#333}
.WB_top{background:#fff;height:50px;line-height:50px;padding:0 6%;box-shadow:0 1px 2px #ddd}
.WB_top b{color:#e6162d;font-size:22px;margin-right:20px}
.WB_top a{margin-right:14px;color:#333}
.article{width:760px;margin:20px auto;background:#fff;padding:30px 50px}
.article .title{font-size:28px;font-weight:bold;line-height:1.4}
.article .user{display:flex;align-items:center;gap:10px;color:#808080;font-size:14px;margin:14px 0}
.article .user a{color:#333;font-weight:bold}
.WB_editor_iframe p{font-size:17px;line-height:1.9}
.WB_editor_iframe h3{font-size:18px}
.read{color:#999;font-size:13px}
.handle{display:flex;justify-content:space-around;border-top:1px solid #eee;padding:10px;color:#666}
.comment{border-top:1px solid #eee;padding-top:10px}
.comment .item{padding:8px 0;border-bottom:1px solid #f2f2f2;font-size:14px}
.comment .item .t{color:#999;font-size:12px}
"""

page(
    id="xx-30", kind="self-media", lang="zh",
    head="藏在武汉老里份里的早餐，你吃过几家？ - 微博",
    title="藏在武汉老里份里的早餐，你吃过几家？",
    authors=["汉口老街探店记"],
    publish_time="2024-05-25 21:03",
    css=CSS30,
    parts=[
        X("""<div class="WB_top"><b>微博</b><a href="#">首页</a><a href="#">视频</a><a href="#">发现</a><a href="#">游戏</a><input placeholder="搜索微博"><a href="#">注册</a><a href="#">登录</a></div>
<div class="article"><div class="title">藏在武汉老里份里的早餐，你吃过几家？</div>
<div class="user">""" + img("头像") + """<a href="#">汉口老街探店记</a><span>发布于 2024-05-25 21:03</span><span>来自 湖北</span></div>
<div class="WB_editor_iframe">"""),
        P("武汉人把吃早餐叫“过早”。热干面、豆皮、面窝、蛋酒……在汉口的老里份里，藏着不少开了几十年的早餐小店。这个周末我起了个大早，从吉庆街一路吃到了黎黄陂路，给大家整理了四家值得专门跑一趟的店。"),
        H("1. 巷子口的热干面", tag="h3"),
        P("店就在里份入口，没有招牌，只有一口大锅和几张小桌。碱面烫得刚刚好，芝麻酱调得浓而不腻，加一勺萝卜丁，五块钱一碗。老板说这个摊子是他父亲传下来的，已经开了三十多年。"),
        H("2. 现煎的三鲜豆皮", tag="h3"),
        P("豆皮一定要吃现煎的。师傅把一大锅豆皮切块、翻面，锅边滋滋冒油，糯米里有肉丁、香菇、笋丁，外皮焦脆。排队的人不少，建议八点前到。"),
        H("3. 老太太的面窝", tag="h3"),
        P("面窝是武汉特有的小吃，中间薄、边缘厚，炸得金黄。这家店是一位七十多岁的婆婆在做，一次只炸一小锅，刚出锅的面窝配一碗米酒，特别舒服。"),
        H("4. 转角的糊汤粉", tag="h3"),
        P("糊汤粉用鲫鱼熬汤，配上米粉和胡椒，再泡一根油条进去，是很多老武汉人最爱的“过早”搭配。汤很鲜，一点都不腥。"),
        P("这些小店大多只开到上午十点，去晚了就吃不上了。大家还知道哪些好吃的“过早”店？欢迎在评论区推荐。"),
        X("""</div>
<p class="read">阅读 12.6万　　<a href="#">举报</a>　　<a href="#">收藏</a></p>
<div class="handle"><span>转发 863</span><span>评论 1274</span><span>赞 5921</span></div>
<div class="comment"><div class="item"><a href="#">江汉路上的阿俊</a>：巷子口那家热干面我从小吃到大！<br><span class="t">5-25 21:40 来自湖北　回复　赞 312</span></div>
<div class="item"><a href="#">在武汉读书的小林</a>：收藏了，下周去打卡。<br><span class="t">5-25 22:05 来自河南　回复　赞 45</span></div>
<div class="item"><a href="#">汉口老街探店记</a>：<a href="#">@在武汉读书的小林</a> 记得早点去，晚了没有豆皮！<br><span class="t">5-25 22:11 来自湖北　回复　赞 20</span></div>
<a href="#">查看更多评论 &gt;</a></div></div>"""),
    ],
)
