from common import img

K = "self-media"
PAGES = []

# wq-25 头条号 (account only, no person named)
PAGES.append(dict(
    id="wq-25", kind=K,
    title="婺源篁岭晒秋人家迎来春季赏花客流高峰，最佳观赏期就在这两周",
    authors=["上饶文旅"],
    publish_time="2025-03-12 11:28",
    style="p",
    css="""
body{margin:0;font:18px/1.8 -apple-system,"PingFang SC",sans-serif;color:#222}
.tt-top{height:60px;border-bottom:1px solid #e8e8e8;display:flex;align-items:center;padding:0 40px;gap:30px;font-size:14px}
.tt-top .lg{color:#f04142;font-weight:bold;font-size:20px}
.tt-wrap{display:flex;justify-content:center;gap:40px;padding:20px}
.art{width:680px}.art h1{font-size:28px;line-height:1.4}
.art-meta{font-size:14px;color:#999;margin-bottom:20px}
.art-meta span{margin-right:8px}
.right{width:300px;font-size:14px}
.rep{color:#999;font-size:13px}
""",
    tpl="""
<div class="tt-top"><span class="lg">今日头条</span><a>首页</a><a>下载头条APP</a><a>添加到桌面</a><a>登录</a></div>
<div class="tt-wrap">
<div class="left" style="width:60px;font-size:13px;color:#666">{LIKE}<br>赞 326<br>评论 48<br>收藏<br>分享</div>
<div class="art">
<h1>{T}</h1>
<div class="art-meta"><span class="original">原创</span><span>2025-03-12 11:28</span><span>·</span><span class="name"><a>上饶文旅</a></span><span>江西</span></div>
{BODY}
<p class="rep">举报/反馈</p>
</div>
<div class="right"><div>{AV} <b>上饶文旅</b><br>4.2万粉丝 · 优质旅游领域创作者<br><button>关注</button></div><h4>相关推荐</h4><p>三清山云海日出美到窒息，错过再等一年</p><p>上饶这座古村，被称为“江南布达拉宫”</p><p>婺源油菜花开了，附一份自驾攻略</p></div>
</div>
""".replace("{LIKE}", img("点赞")).replace("{AV}", img("上饶文旅头像")),
    blocks=[
        ("p", "这两天，婺源篁岭的油菜花已经进入盛花期，梯田上一层层金黄从山脚铺到山顶，和徽派民居的粉墙黛瓦相映成趣。"),
        ("img", "篁岭梯田油菜花", ""),
        ("p", "据景区工作人员介绍，今年花期比去年晚了约一周，预计最佳观赏期将持续到3月25日前后。上周末两天，景区共接待游客4.6万人次，索道排队时间高峰时超过一个半小时。"),
        ("h", "几条实用建议"),
        ("li", ["1. 尽量避开周末，工作日上午10点前入园人最少；",
                "2. 想拍梯田全景，可以乘索道上山后沿“天街”走到晒秋广场，再往东侧观景台；",
                "3. 景区内以台阶路为主，带老人孩子的建议准备舒适的鞋子；",
                "4. 周边民宿周末价格上涨明显，最好提前预订。"]),
        ("img", "晒秋广场", ""),
        ("p", "除了看花，村里的“晒秋”在春天也没有停，村民们把辣椒、笋干、菊花晒在屋顶的竹匾上，色彩依旧抢眼。傍晚时分，天街上的小吃摊陆续开张，糊豆腐、清明粿都值得一试。"),
        ("p", "你今年打算去婺源看油菜花吗？欢迎在评论区聊聊。"),
    ],
))

# wq-26 百家号, person named "文 | 杨慧"
PAGES.append(dict(
    id="wq-26", kind=K,
    title="宁夏吴忠早茶火出圈：一笼羊肉蒸饺背后的小城经济",
    authors=["杨慧"],
    publish_time="2025-03-11 09:14",
    style="p",
    css="""
body{margin:0;font:17px/1.9 Arial,"PingFang SC",sans-serif;background:#fff}
.bjh-hd{height:56px;box-shadow:0 1px 4px #eee;display:flex;align-items:center;padding:0 10%;gap:20px}
.bjh-hd b{color:#2932e1;font-size:20px}
.bjh-main{width:700px;margin:30px auto}
.index-title{font-size:28px;line-height:1.45;font-weight:600}
.author-box{display:flex;align-items:center;gap:12px;margin:16px 0;font-size:14px;color:#666}
.author-name{color:#222;font-weight:600}
.bjh-p{margin:0 0 22px}
.bjh-end{font-size:13px;color:#999;border-top:1px solid #eee;padding-top:14px}
""",
    tpl="""
<div class="bjh-hd"><b>百度</b><span>百家号</span><span style="margin-left:auto"><a>登录</a></span></div>
<div class="bjh-main">
<div class="index-title">{T}</div>
<div class="author-box">{AV}<div><div class="author-name">宁夏旅游观察</div><div>2025-03-11 09:14<span>宁夏</span></div></div><button>+关注</button></div>
{BODY}
<div class="bjh-end">本文仅代表作者观点，不代表百度立场。<br>系作者授权百家号发表，未经许可，不得转载。<br>举报/反馈</div>
<h4>为你推荐</h4><p>银川这家手抓羊肉馆，本地人排队也要吃</p><p>沙坡头春季开园，门票优惠政策出炉</p>
</div>
""".replace("{AV}", img("宁夏旅游观察")),
    blocks=[
        ("x", '<p class="bjh-p" style="color:#888">文 | 杨慧</p>'),
        ("p", "早上七点，吴忠市利通区的一家早茶店已经座无虚席。一笼羊肉蒸饺、一碗八宝茶、一碟烩小吃，是很多本地人一天的开始。"),
        ("p", "这两年，“吴忠早茶”在短视频平台上越来越火，不少外地游客专程坐高铁来“赶早”。据当地商务部门的统计，吴忠城区早茶店已超过600家，2024年早茶相关消费额超过20亿元。"),
        ("h", "从街边小店到“城市名片”"),
        ("p", "“我们家做早茶三十多年了，以前主要是街坊邻居来吃，现在一半以上是外地客人。”店主马师傅一边揉面一边说。为了应对客流，他把店面从两间扩到了五间，还专门请了两个服务员负责线上订单。"),
        ("p", "早茶的走红也带动了上游产业。蒸饺用的羊肉来自盐池、同心等地的滩羊养殖场，八宝茶里的枸杞、桂圆、红枣也多产自本地。有业内人士估算，一家中等规模的早茶店，每天要消耗羊肉七八十斤。"),
        ("h", "火了之后如何“长红”"),
        ("p", "热度之下，也有隐忧。一些游客反映，个别网红店排队时间长、价格上涨快，口味也不如以前地道。当地餐饮协会已牵头制定早茶服务规范，在食材、价格公示、卫生等方面作出约定。"),
        ("p", "一笼蒸饺能走多远？或许答案就在那些坚持凌晨四点起来和面的手艺人身上。"),
    ],
))

# wq-27 网易号 (account name, no person)
PAGES.append(dict(
    id="wq-27", kind=K,
    title="绵阳一小区业主自发组建“夜巡队”，三年没丢过一辆电动车",
    authors=["绵州小马哥"],
    publish_time="2025-03-10 18:22:07",
    style="p",
    css="""
body{margin:0;font:16px/1.9 "Microsoft YaHei";background:#f7f7f7}
.ne-top{background:#fff;border-bottom:2px solid #d20000;padding:10px 8%;font-size:13px}
.ne-top b{color:#d20000;font-size:22px;margin-right:20px}
.post_main{width:680px;margin:20px auto;background:#fff;padding:30px}
.post_title{font-size:26px;line-height:1.4}
.post_info{color:#888;font-size:13px}
.post_statement{font-size:12px;color:#999;background:#f5f5f5;padding:10px;margin-top:20px}
.side{width:680px;margin:0 auto 20px;background:#fff;padding:14px 30px;font-size:14px}
""",
    tpl="""
<div class="ne-top"><b>网易</b><a>网易首页</a> <a>新闻</a> <a>体育</a> <a>娱乐</a> <a>财经</a> <a>网易号</a> <a>登录</a></div>
<div class="post_main">
<h1 class="post_title">{T}</h1>
<div class="post_info">2025-03-10 18:22:07　来源: <a>绵州小马哥</a>　四川 <a>举报</a></div>
<div class="post_body">
{BODY}
</div>
<div class="post_statement">特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。<br>Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.</div>
</div>
<div class="side"><b>绵州小马哥</b> 1.8万粉丝 <a>+订阅</a><br><b>热点新闻</b><br>成都地铁又有新线路开通<br>四川今年高考报名人数公布</div>
""",
    blocks=[
        ("p", "晚上十点，绵阳涪城区一个老小区的门口，几位大爷穿着反光背心、拿着手电筒准时集合。他们是小区业主自发组建的“夜巡队”，已经坚持了整整三年。"),
        ("img", "夜巡队员在小区巡逻", "（图为夜巡队员在小区内巡逻）"),
        ("p", "这个小区建于上世纪九十年代，没有物业公司，以前车棚里的电动车、自行车经常被盗。“最多的一个月丢了四辆，大家都很窝火。”夜巡队发起人、退休工人老唐说。"),
        ("p", "2022年春天，老唐在业主群里发起倡议，很快就有二十多户报名。大家排好班，每晚两人一组，从晚上十点巡到十二点，重点查看车棚、楼道和围墙边。社区知道后，还给他们送来了对讲机和手电筒。"),
        ("p", "三年下来，小区再没丢过一辆电动车。夜巡队也不只管“防盗”：发现楼道灯坏了、井盖松了，他们会记下来报给社区；碰到晚归的独居老人，也会帮忙送到家门口。"),
        ("p", "“其实就是邻居之间互相照应。”老唐笑着说，现在队里最年轻的是一个刚退休的中学老师，最年长的已经七十六岁了。"),
        ("p", "你们小区有没有这样的热心人？"),
    ],
))

# wq-28 搜狐号 (account), 发布于, 责任编辑
PAGES.append(dict(
    id="wq-28", kind=K,
    title="安庆这条老街改造后重新开街，老字号回来了",
    authors=["安庆城事"],
    publish_time="2025-03-09 20:15",
    style="p",
    css="""
body{margin:0;font:16px/1.9 "PingFang SC","Microsoft YaHei"}
.sh-top{background:#fff;border-bottom:1px solid #eee;padding:10px 8%;display:flex;gap:16px;font-size:14px}
.sh-top .lg{color:#ffc000;font-weight:bold;font-size:20px}
.sh-wrap{width:1000px;margin:20px auto;display:flex;gap:30px}
.sh-art{flex:1}
.text-title h1{font-size:26px;line-height:1.4}
.article-info{font-size:13px;color:#999;margin-bottom:16px}
.sh-user{width:240px;font-size:13px}
.statement{font-size:13px;color:#999}
""",
    tpl="""
<div class="sh-top"><span class="lg">搜狐</span><a>首页</a><a>新闻</a><a>体育</a><a>汽车</a><a>房产</a><a>旅游</a><a>教育</a><a>时尚</a><a>科技</a><a>财经</a><a>娱乐</a><a>更多</a></div>
<div class="sh-wrap">
<div class="sh-art">
<div class="text-title"><h1>{T} <span style="font-size:12px;color:#f60;border:1px solid #f60">原创</span></h1></div>
<div class="article-info"><span>2025-03-09 20:15</span>　<span>发布于：安徽省</span></div>
<article>
{BODY}
</article>
<p><a>返回搜狐，查看更多</a></p>
<p class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</p>
<p class="statement">责任编辑：</p>
<p>阅读 (8361)　<a>投诉</a></p>
</div>
<div class="sh-user">{AV}<br><b>安庆城事</b><br>文章 1264　总阅读 386万<br><button>关注</button><h4>作者最新文章</h4><p>安庆长江大桥夜景灯光更新</p><p>天柱山春季旅游季开幕</p></div>
</div>
""".replace("{AV}", img("安庆城事")),
    blocks=[
        ("p", "3月8日晚，改造了一年多的安庆倒扒狮历史文化街区重新开街。青石板路、马头墙、木格窗，老街的模样回来了，街上的人气也回来了。"),
        ("img", "倒扒狮老街夜景", "开街当晚的老街"),
        ("p", "这次改造保留了街区原有的格局和肌理，对40多栋老建筑进行了修缮加固，屋面、门窗尽量沿用旧料。改造后的老街引入商户86家，其中安庆本地老字号17家，江毛水饺、胡玉美蚕豆酱、麦陇香糕点都在街上有了门店。"),
        ("p", "“小时候跟着爸妈来这条街买年货，后来店都搬走了。今天带孩子来，又吃上了那一口水饺。”市民汪先生说。"),
        ("p", "开街当晚，老街还安排了黄梅戏快闪、非遗手作展示和灯光秀。据街区运营方介绍，当晚客流超过5万人次。"),
        ("p", "不过，也有网友在评论区提出建议：周边停车不方便，希望能增加临时停车位和公交接驳。运营方回应称，正在与交管部门协商，近期将在附近开放两处临时停车场。"),
        ("p", "你去过改造后的倒扒狮老街吗？感觉怎么样？"),
    ],
))

# wq-29 微信公众号 (official account), reporter named in 来源 line
PAGES.append(dict(
    id="wq-29", kind=K,
    title="今年起，南昌这些公交线路调整！附最新线路图",
    authors=["蒋莉"],
    publish_time="2025年03月13日 18:00",
    style="wx",
    css="""
body{margin:0;background:#ededed;font:17px/1.6 -apple-system,"PingFang SC",sans-serif}
.rich_media{max-width:677px;margin:0 auto;background:#fff;padding:20px 24px}
.rich_media_title{font-size:22px;line-height:1.4;font-weight:400}
.rich_media_meta_list{font-size:15px;color:rgba(0,0,0,.4);margin-bottom:22px}
.rich_media_meta_list span,.rich_media_meta_list a{margin-right:8px}
.meta_nickname{color:#576b95}
.tool{font-size:14px;color:#576b95;margin-top:30px}
.qr{text-align:center;font-size:13px;color:#999}
""",
    tpl="""
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span class="original">原创</span><span>南昌发布</span><a class="meta_nickname">南昌发布</a><em>2025年03月13日 18:00</em> <em>江西</em></div>
<div class="rich_media_content" id="js_content">
<section style="color:#888;font-size:14px;"><p>来源：南昌日报</p><p>记者 蒋  莉</p></section>
{BODY}
<section class="qr">{QR}<p>长按识别二维码关注我们</p></section>
<section style="font-size:13px;color:#888;"><p>编辑：罗  佳</p><p>审核：钟  鸣</p><p>终审：邓伟明</p></section>
</div>
<div class="tool"><a>阅读原文</a>　阅读 1.3万　<a>赞</a> 86　<a>分享</a>　<a>在看</a> 41</div>
<p style="font-size:14px;color:#999">微信扫一扫<br>关注该公众号</p>
</div>
""".replace("{QR}", img("南昌发布二维码")),
    blocks=[
        ("p", "为进一步优化公交线网，方便市民出行，经研究，南昌市公交集团将于3月16日起对部分公交线路进行调整。具体如下："),
        ("h", "新开线路"),
        ("p", "新开公交226路：由九龙湖公交场站开往红谷滩地铁站，途经九龙大道、璜溪大道、丰和中大道等路段，首末班时间6:30—21:00，发车间隔15—20分钟。"),
        ("h", "优化调整线路"),
        ("table", [["线路", "调整内容", "实施日期"],
                   ["8路", "延伸至青山湖区湖坊公交场站", "3月16日"],
                   ["215路", "取消永叔路站，增设体育中心东站", "3月16日"],
                   ["夜2路", "末班时间由23:00延长至24:00", "3月20日"]]),
        ("img", "226路线路走向示意图", "▲226路线路走向示意图"),
        ("h", "温馨提示"),
        ("p", "调整期间，相关站点将张贴告示。市民可通过“南昌公交”微信公众号或拨打公交服务热线0791-86123456咨询线路信息。"),
        ("p", "此外，因地铁施工需要，公交5路、19路在八一大道部分路段临时绕行，绕行期间暂停停靠八一馆站，恢复时间另行通知。"),
        ("p", "出行前记得查一查哦！"),
    ],
))

# wq-30 澎湃号·政务 (county account), 通讯员 line at end
PAGES.append(dict(
    id="wq-30", kind=K,
    title="广安区：“田管家”服务队让撂荒地变成“高产田”",
    authors=["唐瑶", "胡凯文"],
    publish_time="2025-03-12 17:46",
    style="p",
    css="""
body{margin:0;font:17px/1.85 "PingFang SC","Microsoft YaHei"}
.pp-hd{height:60px;border-bottom:1px solid #ececec;display:flex;align-items:center;padding:0 10%;gap:30px}
.pp-hd b{font-size:22px;color:#00a5eb}
.pp-c{width:720px;margin:30px auto}
.pp-c h1{font-size:30px;line-height:1.4}
.acc{display:flex;gap:10px;align-items:center;font-size:14px;color:#666}
.acc b{color:#00a5eb}
.pp-time{font-size:13px;color:#999;margin:6px 0 20px}
.pp-note{font-size:13px;color:#999;background:#f6f6f6;padding:10px}
""",
    tpl="""
<div class="pp-hd"><b>澎湃新闻</b><a>要闻</a><a>深度</a><a>思想</a><a>生活</a><a>澎湃号</a><a>视频</a><a>下载客户端</a></div>
<div class="pp-c">
<h1>{T}</h1>
<div class="acc">{AV}<b>广安区发布</b><span>澎湃号·政务</span><button>关注</button></div>
<div class="pp-time">2025-03-12 17:46　来源：澎湃新闻·澎湃号·政务</div>
{BODY}
<p style="color:#888;font-size:15px">通讯员：唐  瑶　胡凯文</p>
<p class="pp-note">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问http://renzheng.thepaper.cn。</p>
<p><a>举报</a>　<a>分享</a> 　{APP}下载澎湃新闻客户端</p>
</div>
""".replace("{AV}", img("广安区发布")).replace("{APP}", img("澎湃客户端")),
    blocks=[
        ("p", "眼下正值春耕时节，在广安区浓洄街道杨家村，一台旋耕机正在平整土地，几名农机手忙着开沟起垄。这片80多亩的土地，前几年还是杂草丛生的撂荒地。"),
        ("p", "“村里年轻人大多外出务工，老人种不动，地就荒了。”杨家村党支部书记杨明说。去年，村里引入区农业农村局牵头组建的“田管家”农业社会化服务队，由农户委托、服务队托管，从翻耕、播种、植保到收割、烘干提供“一条龙”服务。"),
        ("p", "去年秋天，这片地里的水稻亩产达到580公斤，比周边农户自种高出近百斤。除去服务费用，农户每亩还能拿到300多元的保底收益和二次分红。"),
        ("p", "目前，广安区已组建“田管家”服务队21支，配备各类农机具600余台（套），托管服务面积达到6.8万亩，累计复耕撂荒地1.2万亩。今年，全区计划将托管服务面积扩大到10万亩，让更多“沉睡”的土地重新焕发生机。"),
    ],
))
