# Self-media pages tk-25 .. tk-30. Every page has its own template.
PAGES = []
def add(**kw):
    PAGES.append(dict(kind="self-media", lang="zh", **kw))

# tk-25: 头条号, account only (no person named) -> account name
add(id="tk-25", title="长白山脚下的“人参村”，一年能挣多少钱？",
    authors=["吉林乡村观察"], publish_time="2025-09-03 12:47",
    css="""body{margin:0;font:18px/1.8 "PingFang SC";color:#222}.tt-top{display:flex;justify-content:space-between;padding:10px 6%;border-bottom:1px solid #eee;font-size:14px}.tt-main{max-width:680px;margin:20px auto}.tt-main h1{font-size:30px}.tt-meta{font-size:14px;color:#999}.tt-side{font-size:14px;color:#555;border-top:1px solid #eee}.tt-foot{font-size:12px;color:#aaa;text-align:center}""",
    layout="""<body><div class="tt-top"><span><img src="{GIF}" alt="今日头条"> 首页　　下载头条APP</span><span><input placeholder="搜索站内资讯、视频或用户"> 登录</span></div>
<div class="tt-main"><h1>长白山脚下的“人参村”，一年能挣多少钱？</h1>
<div class="tt-meta"><span>2025-09-03 12:47</span>·<span>吉林乡村观察</span>　<span>关注</span></div>
{BODY}
<p class="tt-meta">本文为原创，未经授权禁止转载</p>
<div class="tt-meta">举报　|　赞 1203　|　评论 287　|　收藏　|　分享</div>
<div class="tt-side"><p><b>吉林乡村观察</b> 6.2万粉丝 · 关注吉林三农</p><h4>相关推荐</h4><p>东北人为什么爱吃酸菜？</p><p>集安的葡萄酒，到底怎么样？</p></div></div>
<div class="tt-foot">© 2025 今日头条 京ICP证140141号 网络文化经营许可证 用户协议 隐私政策 侵权投诉</div></body>""",
    body=[
        ("p", "在白山市抚松县万良镇，几乎家家户户都和人参打交道。这里被称为“中国人参之乡”，全镇人参种植面积超过2万亩，每年9月，是人参起收的季节。"),
        ("img", "参农在参地里起收人参"),
        ("p", "老李家种了12亩林下参和园参。他给我们算了一笔账：园参一般种植五六年起收，每亩产鲜参1500斤左右，今年收购价在每斤40元上下，一亩地毛收入约6万元，刨去参苗、人工、农资和参棚成本，每亩每年纯收益在5000元左右。"),
        ("p", "“种参是慢钱，前几年只投入不收入，熬得住才能赚到钱。”老李说。"),
        ("h", "深加工让人参更“值钱”"),
        ("p", "这几年，万良镇的人参市场越来越热闹。除了卖鲜参，很多参农开始把人参加工成红参、参片、人参蜜片，通过直播间卖往全国。加工后的产品价格比鲜参高出两三倍。"),
        ("p", "不过，人参价格波动大，行情不好的年份也有人亏本。当地参农普遍认为，标准化种植和品牌化销售，才是人参产业的长久之计。你觉得呢？欢迎在评论区聊聊。"),
    ])

# tk-26: 百家号, person named as author under account
add(id="tk-26", title="武汉这条老街改造后火了，街坊说：还是原来的味道",
    authors=["汪雨晴"], publish_time="2025-10-12 08:30",
    css="""body{margin:0;background:#f5f6f7;font:17px/1.9 Arial,"Microsoft YaHei"}.bjh-head{background:#fff;padding:10px 8%;border-bottom:1px solid #e5e5e5}.index-module{max-width:700px;margin:20px auto;background:#fff;padding:30px}.index-title{font-size:26px;font-weight:bold}.author-box{display:flex;gap:10px;font-size:13px;color:#999;align-items:center}.rec{font-size:14px}.bjh-foot{text-align:center;color:#999;font-size:12px}""",
    layout="""<body><div class="bjh-head"><img src="{GIF}" alt="百度"> 百家号　<span style="float:right">登录 | 网页 | 资讯 | 视频 | 图片</span></div>
<div class="index-module"><div class="index-title">武汉这条老街改造后火了，街坊说：还是原来的味道</div>
<div class="author-box"><img src="{GIF}" alt="江城漫步"><span><b>江城漫步</b><br>2025-10-12 08:30 湖北 · 优质生活领域创作者</span><span>+关注</span></div>
<p style="font-size:14px;color:#666">作者｜汪雨晴</p>
{BODY}
<p style="font-size:13px;color:#999">举报/反馈</p>
<div class="rec"><h4>为你推荐</h4><p>武汉最有烟火气的菜场，你去过几个？</p><p>户部巷之外，武汉人自己吃早餐去哪儿</p></div></div>
<div class="bjh-foot">©2025Baidu 京ICP证030173号 使用百度前必读</div></body>""",
    body=[
        ("p", "国庆假期，武汉硚口区的汉正街老街区迎来了一波又一波游客。青石板路、红砖老房、骑楼下的早点摊，改造后的老街既保留了老汉口的烟火气，又多了不少文创小店和咖啡馆。"),
        ("p", "这条老街有100多年历史，曾是汉口最热闹的商业街之一。前几年，房屋老旧、管线杂乱，不少老住户都搬走了。2023年起，当地启动微改造，没有大拆大建，而是对建筑外立面进行修缮，把电线入地，修复了原有的石库门和老招牌。"),
        ("p", "在街上开了三十多年面馆的刘师傅说：“改造前担心老房子都拆了，现在看，房子还是那些房子，就是干净了、亮堂了，来吃热干面的人比以前多了一倍。”"),
        ("h", "老街的新玩法"),
        ("li", ["周末晚上有汉剧、湖北大鼓等非遗表演；", "老字号推出“一碗面+一杯茶”的街区套餐；", "居民自发组织导览，讲述老汉口的码头故事。"]),
        ("p", "在我看来，城市更新最难得的，是让原来的街坊留下来。老街火了，但味道没变，这才是它最动人的地方。"),
    ])

# tk-27: 网易号, account = person (自媒体 writer), glued date+place
add(id="tk-27", title="北部湾的渔民，开始用无人机“看海”了",
    authors=["海边老陈"], publish_time="2025-07-21 17:09:44",
    css="""body{margin:0;font:16px/1.9 "Microsoft YaHei"}.ne-top{background:#c4161c;color:#fff;padding:6px 5%;font-size:13px}.post_main{width:660px;margin:24px auto}.post_title{font-size:28px;line-height:1.3}.post_info{font-size:13px;color:#888}.post_statement{font-size:12px;color:#aaa;border:1px solid #eee;padding:8px}.post_side{font-size:13px}.ne-foot{font-size:12px;text-align:center;color:#888}""",
    layout="""<body><div class="ne-top">网易首页　新闻　体育　娱乐　财经　汽车　科技　时尚　手机　旅游　房产　<span style="float:right">登录 | 注册免费邮箱</span></div>
<div class="post_main"><h1 class="post_title">北部湾的渔民，开始用无人机“看海”了</h1>
<div class="post_info">2025-07-21 17:09:44　来源: <a>海边老陈</a>　广西</div>
<div class="post_body">{BODY}</div>
<div class="post_statement">特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.</div>
<div class="post_side"><h4>相关推荐</h4><p>北海银滩今夏游客创新高</p><p>防城港白浪滩冲浪体验指南</p><p>热点新闻</p></div></div>
<div class="ne-foot">网易公司版权所有 ©1997-2025　粤B2-20090191</div></body>""",
    body=[
        ("p", "伏季休渔期还没结束，北海侨港镇的码头上，渔船整整齐齐地靠在港湾里。不过，58岁的老渔民黄叔并没有闲着，他正跟着儿子学习操作一架多旋翼无人机。"),
        ("p", "“以前出海全靠经验看天看水，现在无人机飞上去，哪里有鱼群、哪里起了浪，手机上看得清清楚楚。”黄叔说，开海以后，他们准备带着无人机出海，先让它侦察一圈，再决定下网的位置，能省下不少柴油。"),
        ("img", "渔民在码头练习操作无人机"),
        ("p", "据我了解，侨港镇今年已有40多条渔船配上了无人机，当地渔业协会还请来技术员，在休渔期开办了三期培训班。除了找鱼群，无人机还能用来巡查养殖网箱、运送小件物资，遇到紧急情况还能协助海上搜救。"),
        ("p", "当然也有老渔民不买账，觉得“机器再灵，也比不上几十年的经验”。但年轻一代显然更愿意尝试。黄叔的儿子说：“大海还是那片大海，打鱼的方法总要跟着时代变一变。”"),
    ])

# tk-28: 搜狐号, 2018 template, 作者 inside body header as "文 | X"
add(id="tk-28", title="三亚的冬天，被“候鸟老人”过成了春天",
    authors=["符晓岚"], publish_time="2025-12-08 21:36",
    css="""body{margin:0;font:16px/1.8 "PingFang SC"}.sohu-top{background:#fff;border-bottom:1px solid #ddd;padding:8px 6%;font-size:13px}.left-side{float:left;width:160px;font-size:13px;padding:20px}.article-box{margin-left:220px;max-width:660px}.text-title h1{font-size:26px}.article-info{font-size:13px;color:#999}.statement{font-size:12px;color:#999}.back{color:#c00}.sohu-foot{clear:both;text-align:center;font-size:12px;color:#999}""",
    layout="""<body><div class="sohu-top"><img src="{GIF}" alt="搜狐"> 搜狐　首页　新闻　体育　汽车　房产　旅游　教育　时尚　科技　财经　娱乐　更多<span style="float:right">登录</span></div>
<div class="left-side"><img src="{GIF}" alt="椰风海岸"><p><b>椰风海岸</b></p><p>文章 1862　总阅读 3100万</p><p>查看TA的文章&gt;</p></div>
<div class="article-box"><div class="text-title"><h1>三亚的冬天，被“候鸟老人”过成了春天</h1></div>
<div class="article-info"><span>2025-12-08 21:36</span>　<span>发布于：海南省</span></div>
<article>{BODY}</article>
<p class="back"><a>返回搜狐，查看更多</a></p>
<p class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</p>
<p class="article-info">阅读 (4127)</p></div>
<div class="sohu-foot">Copyright © 2025 Sohu All Rights Reserved. 搜狐公司 版权所有</div></body>""",
    body=[
        ("x", '<p style="color:#666">文 | 符晓岚　　图 | 网络</p>'),
        ("p", "每年11月前后，来自东北、华北的“候鸟老人”就陆续飞到三亚。在三亚湾的椰梦长廊，清晨打太极、傍晚跳广场舞的，十有八九说着东北口音。"),
        ("p", "67岁的哈尔滨人王阿姨已经连续来了9年。她和老伴在三亚湾附近租了一套两居室，每月租金3500元。“在老家冬天出不了门，到这儿能天天下海游泳，腿疼的老毛病都好多了。”"),
        ("h", "从“过冬”到“过日子”"),
        ("p", "这些年，候鸟老人的生活方式也在变化。早些年大家主要是晒太阳、逛海边，现在不少人报名了老年大学的书法、摄影、合唱班，还有人组建了志愿服务队，帮社区做垃圾分类宣传。"),
        ("p", "三亚的社区也在适应这群“季节性居民”。一些社区设立了候鸟人才服务站，老人们可以在这里办理异地就医备案、参加社区活动，甚至发挥专长当起了义务医生、义务教师。"),
        ("p", "一位在三亚住了多年的候鸟老人说得好：“我们不是来避寒的游客，是把这里当成了第二个家。”"),
    ])

# tk-29: 微信公众号 (WeChat article), 湖北 county account, "作者 |" and 来源 lines, editors at end
add(id="tk-29", title="种了30年茶的他，把恩施玉露卖到了欧洲",
    authors=["向婷婷", "谭磊"], publish_time="2025年04月18日 19:20",
    css="""body{margin:0 auto;max-width:677px;font:17px/1.75 -apple-system,"Helvetica Neue";color:#333}.rich_media_title{font-size:22px;line-height:1.4}.rich_media_meta_list{font-size:15px;color:#999}.rich_media_meta_nickname{color:#576b95}.qr_code{text-align:center;font-size:14px;color:#999}.bottom-bar{font-size:15px;color:#576b95}""",
    layout="""<body><div class="rich_media"><h1 class="rich_media_title">种了30年茶的他，把恩施玉露卖到了欧洲</h1>
<div class="rich_media_meta_list"><span>原创</span> <span>恩施发布</span> <span class="rich_media_meta_nickname">恩施发布</span> <em>2025年04月18日 19:20</em> <em>湖北</em></div>
<div class="rich_media_content">
<p style="color:#888;font-size:14px">作者 | 向婷婷 谭磊</p>
{BODY}
<p style="color:#888;font-size:14px">来源：恩施日报<br>编辑：覃雪　责编：李娟　审核：向东</p>
<p class="qr_code"><img src="{GIF}" alt="恩施发布二维码"><br>长按识别二维码，关注恩施发布</p></div>
<div class="bottom-bar">阅读原文　阅读 1.8万　分享　点赞 326　推荐 98</div>
<div style="font-size:14px;color:#999">写留言<br>精选留言：<br>山里人家：家乡的茶，越来越有名了！</div></div></body>""",
    body=[
        ("p", "清明前后，恩施市芭蕉侗族乡的茶山上一片新绿。天刚亮，55岁的侗族茶人杨国栋就钻进了自家的茶厂，盯着工人蒸青、扇干、揉捻。"),
        ("p", "恩施玉露是我国为数不多保留蒸汽杀青工艺的绿茶。杨国栋17岁开始学做茶，至今已有30多年。“蒸青的火候差几秒，茶的颜色和香气就不一样。”他说。"),
        ("img", "杨国栋在茶厂查看揉捻后的茶叶"),
        ("p", "2019年，杨国栋的合作社通过了欧盟有机认证，第一批300公斤玉露发往德国汉堡。如今，合作社的茶叶已销往德国、荷兰、法国等8个国家，去年出口额达到460万元，带动周边230多户茶农增收。"),
        ("p", "为了让茶叶符合出口标准，合作社全面推行绿色防控，用粘虫板、杀虫灯代替农药，每批茶叶出口前都要经过上百项指标检测。"),
        ("p", "“外国客人喝了玉露，都说有一种特别的清香。”杨国栋笑着说，下一步，他打算在茶山上建一个研学基地，让更多人了解恩施玉露的制作技艺。"),
    ])

# tk-30: 微博 article (头条文章), 广西 blogger, person name = account
add(id="tk-30", title="我在桂林阳朔，住进了一栋百年老宅改成的书店",
    authors=["读书人阿蒙"], publish_time="2025-3-30 22:14",
    css="""body{margin:0;background:#f2f2f5;font:16px/1.8 "Microsoft YaHei"}.WB_top{background:#fff;padding:8px 8%;font-size:13px;border-bottom:1px solid #ddd}.WB_artical{max-width:720px;margin:20px auto;background:#fff;padding:30px 40px}.main_toptitle{font-size:28px}.W_author{font-size:13px;color:#808080}.WB_handle{font-size:13px;color:#808080;border-top:1px solid #eee}""",
    layout="""<body><div class="WB_top"><img src="{GIF}" alt="微博"> 微博　首页　视频　发现　游戏　<input placeholder="大家正在搜：阳朔">　注册 | 登录</div>
<div class="WB_artical"><div class="main_toptitle">我在桂林阳朔，住进了一栋百年老宅改成的书店</div>
<div class="W_author"><img src="{GIF}" alt="读书人阿蒙"><a>读书人阿蒙</a>　2025-3-30 22:14　阅读数：5.6万</div>
<div class="WB_editor_iframe">{BODY}</div>
<div class="WB_handle">收藏　|　转发 211　|　评论 504　|　赞 3297　　举报</div>
<div class="W_author">微博文章版权归作者所有，转载请注明出处</div></div></body>""",
    body=[
        ("p", "三月底的阳朔，雨下得绵绵密密。我从西街拐进一条小巷，走了不到五分钟，就看到了这家藏在老宅里的书店。"),
        ("p", "老宅建于清末，青砖黛瓦，两进院落，中间一个小天井。主人是一对从深圳回来的夫妻，三年前租下这座空置多年的老房子，花了一年时间修缮，前院做书店，后院改成了六间客房。"),
        ("img", "书店天井里的雨"),
        ("p", "书店里大概有八千多本书，最多的是地方文史和旅行文学，还有一整面墙的桂林山水画册。老板说，来这里的客人很少是专程买书的，大多是住下来，在天井边泡一壶茶，翻一下午书。"),
        ("p", "我住的房间推开窗就是一片菜地，远处是雾气里若隐若现的山。晚上没有什么声音，只有雨打在瓦片上。"),
        ("p", "离开的时候，我在留言本上写了一句：阳朔的山水很美，但让人想再来的，是这样一个可以慢下来的地方。"),
    ])
