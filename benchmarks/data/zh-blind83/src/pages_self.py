# Self-media pages wf-25 .. wf-30. Invented accounts and content.
G = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
PAGES = []

# ---------------------------------------------------------------- wf-25 头条号, account only
PAGES.append(dict(
    id="wf-25", kind="self-media", mode="p",
    title="洛阳这座千年古寺，夏天来一定要看这片荷花",
    authors=["洛阳老城闲话"], publish_time="2025-06-10 18:22",
    body=[
        "说起洛阳，很多人第一反应是牡丹。其实到了六月，牡丹谢了，洛阳城里另一种花正悄悄开放。",
        "就在白马寺东边不远，有一片上百亩的荷塘，这几天第一批荷花已经冒出了头，粉的白的，一枝一枝立在荷叶中间，远远看过去特别清爽。",
        ("img", "荷塘", "（图片拍摄于6月9日傍晚）"),
        "小编周末专门去转了一圈，给大家总结几个实用信息：",
        "1.荷塘不收门票，停车在寺院东侧停车场，一天10块钱。",
        "2.最佳拍摄时间是早上7点前和傍晚6点以后，光线柔和，人也少。",
        "3.塘边有木栈道，但是没有遮阳的地方，一定记得带伞、带水。",
        "4.从荷塘步行到白马寺山门大约15分钟，可以一起逛。",
        "听附近的老乡说，盛花期大概在6月下旬到7月中旬，那时候整片荷塘都开满了，比现在还好看。",
        "你们去过没有？评论区说说你心里洛阳夏天最美的地方是哪儿？",
    ],
    frame="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>@T@ - 今日头条</title>
<style>body{margin:0;font-family:"PingFang SC",sans-serif;background:#f8f8f8}.tt-top{background:#fff;height:56px;display:flex;align-items:center;padding:0 40px;gap:24px;border-bottom:1px solid #eee}.tt-top b{color:#f04142;font-size:22px}.layout{display:flex;justify-content:center;gap:24px;margin-top:16px}.left-bar{width:60px;text-align:center;font-size:13px;color:#666}.art{width:660px;background:#fff;padding:30px 40px}.art h1{font-size:28px;line-height:1.4}.meta{font-size:14px;color:#999;display:flex;gap:12px}.art p{font-size:18px;line-height:1.8}.declare{font-size:13px;color:#999;background:#f5f5f5;padding:10px}.right{width:300px}.author-card{background:#fff;padding:16px}.rel{background:#fff;padding:16px;margin-top:12px}.rel a{display:block;font-size:14px;line-height:2;color:#333}</style></head>
<body><div class="tt-top"><b>今日头条</b><a href="#">首页</a><a href="#">下载头条APP</a><a href="#">添加到桌面</a><input placeholder="搜索站内资讯、视频或用户"><a href="#">登录</a></div>
<div class="layout"><div class="left-bar"><div>👍<br>1.2万</div><div>💬<br>368</div><div>⭐<br>收藏</div><div>↗<br>分享</div></div>
<div class="art"><h1>@T@</h1>
<div class="meta"><span>原创</span><span>@D@</span><span>·</span><span>洛阳老城闲话</span><span>河南</span></div>
@B@
<div class="declare">本文为作者原创，图片为作者拍摄。举报/反馈</div>
<div>全部评论 368　<input placeholder="写下你的评论..."></div></div>
<div class="right"><div class="author-card"><img alt="洛阳老城闲话" src="DATA"> <b>洛阳老城闲话</b><br>3.6万粉丝 · 优质文旅领域创作者<br><a href="#">关注</a></div>
<div class="rel"><b>相关推荐</b><a href="#">洛阳老城十字街夜市，这几家老店必吃</a><a href="#">龙门石窟夜游开放了，攻略看这篇</a><a href="#">白马寺的狄仁杰墓你知道吗</a></div></div></div>
</body></html>""".replace("DATA", G)))

# ---------------------------------------------------------------- wf-26 百家号, person named in text end? no: account with IP label
PAGES.append(dict(
    id="wf-26", kind="self-media", mode="p", hmode="strong",
    title="兰州牛肉面涨价了？记者走访20家面馆发现……",
    authors=["陇上观察"], publish_time="2025-06-11 07:35",
    body=[
        "最近，“兰州牛肉面涨价”的话题在本地社交平台上引发不少讨论。有网友称，自家楼下的面馆一碗大碗面从9元涨到了10元。事实究竟如何？",
        "我们用两天时间，走访了城关区、七里河区、安宁区的20家牛肉面馆，情况是这样的：",
        ("table", [
            ["价格区间（大碗）", "面馆数量", "较去年变化"],
            ["8元", "3家", "均未调价"],
            ["9元", "11家", "2家由8元上调"],
            ["10元及以上", "6家", "4家由9元上调"],
        ]),
        "## 为什么有的面馆涨价？",
        "几位店老板给出的理由比较一致：牛肉进价上涨、房租上涨、人工成本上涨。“牛腱子肉一斤比去年贵了三四块，不涨真撑不住。”一位在雁滩开店十几年的老板说。",
        "## 市民怎么看？",
        "多数受访市民表示能够理解。“一块钱的事，只要味道不变、分量不减就行。”正在吃面的王大爷说。也有年轻人表示，会更多选择价格实惠的老店。",
        "牛肉面是兰州人的“早餐标配”，一碗面的价格牵动着很多人的心。对此，你怎么看？",
    ],
    frame="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>@T@</title>
<style>body{margin:0;background:#fff;font-family:Arial,"PingFang SC"}.bjh-head{height:60px;border-bottom:1px solid #f0f0f0;display:flex;align-items:center;padding:0 15%;gap:20px}.bjh-head b{color:#3388ff;font-size:20px}.index-module{width:700px;margin:30px auto}.index-module h2{font-size:28px;line-height:1.4}.author{display:flex;align-items:center;gap:10px;margin:16px 0}.author .nm{font-weight:bold}.author .tm{color:#999;font-size:13px}.index-module p{font-size:17px;line-height:1.85;color:#333}.art-tb{border-collapse:collapse;width:100%}.tip{font-size:12px;color:#bbb}.hot{width:700px;margin:0 auto}.hot a{display:block;line-height:2}</style></head>
<body><div class="bjh-head"><b>百家号</b><span>百度首页</span><a href="#">登录</a></div>
<div class="index-module"><h2>@T@</h2>
<div class="author"><img alt="陇上观察" src="DATA"><span class="nm">陇上观察</span><span class="tm">@D@甘肃</span><a href="#">+关注</a></div>
@B@
<p class="tip">举报/反馈</p>
<p class="tip">本文来源于百家号，不代表平台立场。</p></div>
<div class="hot"><b>百度热搜</b><a href="#">1 多地发布高温预警</a><a href="#">2 今年高考作文题出炉</a><a href="#">3 兰州牛肉面申遗进展</a><a href="#">换一换</a></div>
</body></html>""".replace("DATA", G)))

# ---------------------------------------------------------------- wf-27 搜狐号, 文 | person named
PAGES.append(dict(
    id="wf-27", kind="self-media", mode="p",
    title="在西宁开了三年民宿，我想说说“淡旺季”这件事",
    authors=["马晓晨"], publish_time="2025-06-12 09:03",
    body=[
        "~ 文 | 马晓晨",
        "三年前，我辞掉在成都的工作，回到西宁，在城北区租下一栋两层小楼，开了一家只有8间房的民宿。",
        "很多朋友羡慕我“诗和远方”，但真正做了才知道，青海的旅游淡旺季实在太分明了。每年6月到9月，房间基本天天满，价格翻倍也有人订；到了11月以后，一个星期能来两三个客人就算不错了。",
        "头一年冬天，我几乎是在“熬”。房租、暖气费、员工工资，每个月固定支出两万多，收入却只有三四千。",
        "后来我慢慢摸索出几条路子：",
        "一是冬季主打“长住”，推出月租房，吸引来西宁出差、陪读的客人；",
        "二是和本地旅行社合作，接冬季摄影团、研学团，去拍青海湖冰封、茶卡雪景；",
        "三是把一楼改成咖啡馆，做周边社区的生意。",
        "今年冬天，民宿的入住率总算到了四成左右，勉强能打平。",
        "我想说，做民宿绝不是逃离城市的“理想生活”，它是一门实实在在的生意。想入行的朋友，一定要先想清楚淡季怎么活下去。",
    ],
    frame="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>@T@_民宿_西宁_淡季</title>
<style>body{margin:0;background:#f5f5f5;font-family:"Microsoft YaHei"}.sohu-nav{background:#fff;height:50px;line-height:50px;padding:0 12%;border-bottom:1px solid #e5e5e5}.sohu-nav a{margin-right:16px;color:#333}.wrap{display:flex;gap:20px;width:1080px;margin:20px auto}.user-info{width:200px;background:#fff;padding:16px;font-size:13px}.text{flex:1;background:#fff;padding:30px 40px}.text-title h1{font-size:26px;line-height:1.4;margin:0}.article-info{color:#999;font-size:13px;margin:12px 0 20px}.article-info span{margin-right:10px}.text p{font-size:16px;line-height:1.9}.statement{color:#999;font-size:12px}.back{color:#3b7bd4}</style></head>
<body><div class="sohu-nav"><a href="#">搜狐</a><a href="#">新闻</a><a href="#">体育</a><a href="#">汽车</a><a href="#">房产</a><a href="#">旅游</a><a href="#">教育</a><a href="#">时尚</a><a href="#">科技</a><a href="#">财经</a><a href="#">娱乐</a><a href="#">更多</a><a href="#">登录</a></div>
<div class="wrap"><div class="user-info"><img alt="高原慢生活" src="DATA"><br><b>高原慢生活</b><br>文章 236　总阅读 180万<br><a href="#">+ 关注</a></div>
<div class="text"><div class="text-title"><h1>@T@</h1></div>
<div class="article-info"><span>@D@</span><span>发布于：青海省</span><span>来源：高原慢生活</span></div>
@B@
<p><a class="back" href="#">返回搜狐，查看更多</a></p>
<p class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</p>
<p>阅读 (2.3万)　<a href="#">投诉</a></p>
<p><b>推荐阅读</b><br><a href="#">青海湖边的民宿，今年价格涨了多少？</a><br><a href="#">西宁周边5个小众避暑地</a></p></div></div>
</body></html>""".replace("DATA", G)))

# ---------------------------------------------------------------- wf-28 微信公众号, author field + account
PAGES.append(dict(
    id="wf-28", kind="self-media", mode="p", hmode="strong",
    title="承德这条自驾线路，一路都是草原和白桦林",
    authors=["李雪松"], publish_time="2025年6月13日 20:15",
    body=[
        "六月的坝上，草绿了，花开了，最适合来一场说走就走的自驾。",
        "今天给大家推荐一条从承德市区出发、穿越塞罕坝的经典线路，全程约260公里，两天一夜刚刚好。",
        "## DAY 1　承德市区—御道口—塞罕坝",
        "早上从市区出发，沿国道111线一路向北，大约3个小时到达御道口草原。这里地势开阔，成群的牛羊散落在山坡上，随手一拍就是壁纸。",
        "下午进入塞罕坝国家森林公园，七星湖、月亮湖都值得停下来走一走。傍晚可以到机械林场展览馆，了解三代塞罕坝人植树造林的故事。",
        ("img", "七星湖湿地", "▲七星湖湿地　摄影：张  蕊"),
        "## DAY 2　塞罕坝—滦河源—承德",
        "第二天起个大早去看日出，之后经滦河源返回。滦河源一带白桦林成片，林间小路非常适合徒步。",
        "## 温馨提示",
        "坝上昼夜温差大，即使是夏天也要带上外套；景区内部分路段手机信号较弱，建议提前下载离线地图。",
    ],
    frame="""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>@T@</title>
<style>body{margin:0;background:#fff;font-family:-apple-system,"PingFang SC"}.rich_media{max-width:677px;margin:0 auto;padding:20px 16px}.rich_media_title{font-size:22px;line-height:1.4;margin-bottom:14px}#meta_content{font-size:15px;color:rgba(0,0,0,.5)}#meta_content span{margin-right:8px}.original{border:1px solid #ccc;font-size:12px;padding:0 3px}#js_name{color:#576b95}.rich_media_content p{font-size:17px;line-height:1.75;color:#333}.pic-note{font-size:13px;color:#999}.qr{text-align:center;color:#999;font-size:13px}.tool{font-size:14px;color:#576b95}.mp-hidden{display:none}</style></head>
<body><div class="rich_media"><h1 class="rich_media_title">@T@</h1>
<div id="meta_content"><span class="original">原创</span><span>李雪松</span><a id="js_name" href="#">承德文旅</a> <em>@D@</em> <span>河北</span></div>
<div class="mp-hidden">微信扫一扫关注该公众号</div>
<div class="rich_media_content">
@B@
<p style="color:#888;font-size:14px">来源：承德文旅<br>编辑：周　婷　审核：王建民</p>
</div>
<div class="qr"><img alt="承德文旅公众号二维码" src="DATA"><br>长按识别二维码关注我们</div>
<p class="tool">阅读 1.1万　<a href="#">赞</a> 326　<a href="#">分享</a>　<a href="#">推荐</a> 89　<a href="#">写留言</a></p>
<p>留言 12</p>
<p>微信扫一扫<br>关注该公众号</p></div>
</body></html>""".replace("DATA", G)))

# ---------------------------------------------------------------- wf-29 澎湃号·政务, account only
PAGES.append(dict(
    id="wf-29", kind="self-media", mode="p", hmode="strong",
    title="信阳毛尖夏茶开采 茶农忙着采“第二春”",
    authors=["信阳发布"], publish_time="2025-06-14 11:02",
    body=[
        "初夏时节，信阳浉河区董家河镇的茶园里，茶农们三五成群，手指翻飞，忙着采摘夏茶。",
        "与春茶相比，夏茶芽叶肥壮、产量高，虽然价格不及春茶，但经过加工可以制成信阳红、白茶、茶饮原料等产品，成为茶农增收的“第二春”。",
        "## 夏茶利用率逐年提升",
        "据统计，信阳全市茶园面积达到215万亩，过去很多茶农只采春茶，夏秋茶大多被修剪浪费。近年来，当地引导茶企开发红茶、白茶、抹茶等产品，夏秋茶利用率由不足30%提高到55%以上。",
        "“今年夏茶鲜叶收购价每斤6块钱左右，一个采茶工一天能挣150多块。”董家河镇一家茶叶合作社负责人说。",
        "## 机采助力降本增效",
        "在部分平缓茶园，单人采茶机、乘坐式采茶机已开始应用，一台机器一天可采摘鲜叶1500斤以上，有效缓解了采茶用工难的问题。",
    ],
    frame="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>@T@_澎湃号·政务_澎湃新闻-The Paper</title>
<style>body{margin:0;font-family:"Microsoft YaHei";background:#fff}.hdr{border-bottom:1px solid #eee;height:64px;display:flex;align-items:center;gap:30px;padding:0 14%}.hdr b{font-size:24px;color:#00a5eb}.hdr a{color:#333}.cont{display:flex;gap:40px;padding:30px 14%}.news_l{flex:1}.news_title{font-size:30px;font-weight:bold;line-height:1.4}.news_about{display:flex;gap:10px;align-items:center;color:#999;font-size:14px;margin:16px 0 24px}.news_about .acct{color:#00a5eb;font-weight:bold}.news_txt p{font-size:17px;line-height:1.9}.statement{font-size:13px;color:#aaa;border-top:1px solid #eee;padding-top:10px}.news_r{width:280px}.news_r li{line-height:1.9;font-size:14px}.foot{background:#f5f5f5;text-align:center;color:#999;font-size:12px;padding:20px}</style></head>
<body><div class="hdr"><b>澎湃</b><a href="#">要闻</a><a href="#">深度</a><a href="#">视频</a><a href="#">澎湃号</a><a href="#">时事</a><a href="#">财经</a><a href="#">思想</a><a href="#">生活</a></div>
<div class="cont"><div class="news_l"><div class="news_title">@T@</div>
<div class="news_about"><img alt="" src="DATA"><span class="acct">信阳发布</span><span>@D@</span><span>来源：澎湃新闻·澎湃号·政务</span></div>
<div class="news_txt">
@B@
</div>
<p class="statement">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问http://renzheng.thepaper.cn。</p></div>
<div class="news_r"><b>澎湃号·政务 热门</b><ol><li><a href="#">河南启动夏粮收购</a></li><li><a href="#">南阳：月季花开正当时</a></li><li><a href="#">开封清明上河园推出夜场演出</a></li></ol>
<img alt="澎湃新闻客户端下载" src="DATA"><p>扫码下载澎湃新闻客户端</p></div></div>
<div class="foot">Copyright © 2014~2025 The Paper. All rights reserved.　沪ICP备14003370号（页面示例，内容为虚构）</div>
</body></html>""".replace("DATA", G)))

# ---------------------------------------------------------------- wf-30 微博头条文章, weibo nickname
PAGES.append(dict(
    id="wf-30", kind="self-media", mode="p",
    title="在甘南草原骑行的第七天，我终于看到了尕海",
    authors=["骑行的阿木"], publish_time="2025-06-15 10:20",
    body=[
        "从兰州出发第七天，骑过合作、碌曲，今天中午终于到了尕海湖边。",
        "说实话，最后三十公里是一路爬坡，逆风，海拔三千四百多米，骑两分钟就得停下来喘口气。可当湖面出现在眼前的时候，所有的累都值了。",
        "湖水是深蓝色的，远处是雪山，近处是成片的草甸，黄色的小花开得正好。几只黑颈鹤在浅水里慢悠悠地走，离我不过百来米。",
        "在湖边碰到一位放牧的藏族大哥，他看我骑车过来，非要请我去帐篷里喝碗酥油茶。大哥汉语说得不太流利，但一直笑着比划，让我晚上别往前走了，就在他家帐篷边扎营。",
        "晚上坐在帐篷外，满天星星低得好像伸手就能摸到。大哥的小女儿拿着我的手机翻照片，看到兰州的高楼，眼睛亮亮的，说以后也想去城里上大学。",
        "这一路上，最打动我的从来不只是风景，还有这些萍水相逢的善意。",
        "明天继续往郎木寺方向走，大约八十公里，希望天气好一点。",
        "~ #甘南骑行# #尕海# #我的旅行日记#",
    ],
    frame="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>在甘南草原骑行的第七天，我终于看到了尕海 - 微博</title>
<style>body{margin:0;background:#f2f2f5;font-family:"PingFang SC","Microsoft YaHei"}.gn{background:#fff;height:52px;display:flex;align-items:center;gap:20px;padding:0 16%;box-shadow:0 1px 3px #0001}.gn b{color:#ff8200;font-size:22px}.art{width:720px;margin:20px auto;background:#fff;padding:36px 50px;border-radius:6px}.art .title{font-size:28px;font-weight:600;line-height:1.4}.who{display:flex;gap:10px;color:#939393;font-size:13px;margin:16px 0 26px;align-items:center}.who a{color:#eb7350;font-size:15px}.art p{font-size:16px;line-height:1.9}.read{color:#939393;font-size:13px}.opt{display:flex;justify-content:space-around;border-top:1px solid #f0f0f0;padding-top:10px;color:#666}</style></head>
<body><div class="gn"><b>微博</b><input placeholder="搜索微博"><a href="#">首页</a><a href="#">视频</a><a href="#">发现</a><a href="#">游戏</a><a href="#">注册</a><a href="#">登录</a></div>
<div class="art"><div class="read">头条文章</div><div class="title">@T@</div>
<div class="who"><img alt="" src="DATA"><a href="#">骑行的阿木</a><span>@D@</span><span>发布于 甘肃</span></div>
@B@
<p class="read">阅读 4.8万　<a href="#">举报</a></p>
<div class="opt"><span>转发 128</span><span>评论 203</span><span>赞 1562</span></div></div>
</body></html>""".replace("DATA", G)))
