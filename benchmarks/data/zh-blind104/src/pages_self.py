"""Self-media pages va-25 .. va-30."""
from lib import ul, links, img, GIF, U2

PAGES = []
A = PAGES.append

# ---------------------------------------------------------------- va-25
A(dict(
    id="va-25", kind="self-media", lang="zh",
    features="头条号 article page: account name only (no person) -> author is the account; '原创' tag, date '2024-03-29 12:06·湖北' with IP province; 关注 button; sub-headings in bold; 举报/评论 furniture; 相关推荐",
    title="武当山下的老茶园，春茶开采了",
    authors=["十堰乡村记"],
    publish_time="2024-03-29 12:06",
    head_title="武当山下的老茶园，春茶开采了 - 今日头条",
    css="""body{margin:0;font-family:"PingFang SC",Arial;background:#f8f8f8}
.top{background:#fff;height:50px;line-height:50px;padding:0 20px;border-bottom:1px solid #eee}
.top b{color:#f04142;font-size:20px}.top a{margin-left:14px;color:#222}
.main{width:660px;margin:16px auto;background:#fff;padding:30px}
.main h1{font-size:28px;line-height:1.4}
.meta{color:#999;font-size:14px}.meta .orig{border:1px solid #f04142;color:#f04142;padding:0 4px;font-size:12px}
.main p{font-size:18px;line-height:1.8}
.side{position:fixed;right:40px;top:100px;width:240px;background:#fff;padding:10px}
.foot{width:660px;margin:0 auto;color:#999;font-size:12px}""",
    shell=f"""<div class="top"><b>今日头条</b>{links(['首页','下载头条','登录'])}</div>
<div class="side"><p>十堰乡村记</p><p>发布了 326 篇文章 · 粉丝 1.8万</p><button>+ 关注</button></div>
<div class="main">
<h1>武当山下的老茶园，春茶开采了</h1>
<div class="meta"><span class="orig">原创</span> 2024-03-29 12:06·湖北 <a href="#">十堰乡村记</a></div>
@@BODY@@
<p class="meta">{links(['举报','评论 58','点赞 412','收藏'],'　')}</p>
<div><b>相关推荐</b>{ul(['丹江口水库边的柑橘园，今年丰收了','竹山县的“绿松石”小镇有多火？','郧西天河口的油菜花开了'])}</div>
</div>
<div class="foot">© 2024 今日头条　{links(['用户协议','隐私政策','侵权投诉'])}　京ICP证140141号</div>""",
    bstyle={"p": "p", "h": "strong"},
    blocks=[
        ("p", "清明前后，正是武当山脚下采茶的好时节。天刚亮，丹江口市官山镇的茶园里就已经有了采茶人的身影。"),
        ("img", "茶园", "", True),
        ("h", "一芽一叶，全靠手上功夫"),
        ("p", "62岁的周大姐在茶园里干了快四十年。她告诉我，明前茶讲究“一芽一叶初展”，采的时候要用指尖轻轻提起，不能用指甲掐，否则断口发红，影响品质。一个熟练的采茶工，一天也只能采三四斤鲜叶。"),
        ("h", "老茶树，新销路"),
        ("p", "这片茶园里有不少树龄超过五十年的老茶树。以前村里的茶叶主要卖给收购商，价格压得很低。这两年，村里成立了合作社，注册了品牌，还在网上开了直播，一斤明前毛尖能卖到六七百元。"),
        ("p", "合作社的小刘说，今年光是预订就已经有两千多单，“好多老顾客去年喝了，今年早早就来问什么时候开采”。"),
        ("h", "写在最后"),
        ("p", "一杯好茶，背后是山里人起早贪黑的辛苦。有机会的话，不妨到武当山脚下走走，亲手采一回茶，体会一下“茶香背后”的滋味。"),
    ],
))

# ---------------------------------------------------------------- va-26
A(dict(
    id="va-26", kind="self-media", lang="zh",
    features="百家号 page of a 福建 local account with a named writer: '作者 | 陈书瑶' line at the top of the body (not body; author is the person), account header with '发布时间：08-14 07:50' (no year) and 福建 IP, '编辑 | …' and '图片来源：…' lines at the end (not body), 作者最新文章 list",
    title="厦门这条老街，藏着半个世纪的烟火气",
    authors=["陈书瑶"],
    publish_time="08-14 07:50",
    head_title="厦门这条老街，藏着半个世纪的烟火气",
    css="""body{margin:0;font-family:Arial,"Microsoft YaHei";background:#fff}
.bdtop{height:44px;border-bottom:1px solid #eee;padding:0 24px;line-height:44px}.bdtop a{margin-right:14px;color:#333}
.artwrap{width:640px;margin:20px auto}
.artwrap h2{font-size:28px}
.author{display:flex;gap:10px;align-items:center;color:#999;font-size:13px}
.author .n{color:#333;font-size:15px}
.artwrap p{font-size:17px;line-height:1.85}
.latest{width:640px;margin:10px auto;border-top:1px solid #eee}""",
    shell=f"""<div class="bdtop">{links(['百度首页','百家号','登录'])}</div>
<div class="artwrap">
<h2>厦门这条老街，藏着半个世纪的烟火气</h2>
<div class="author">{img('头像')}<div><span class="n">鹭岛慢生活</span><br>发布时间：08-14 07:50 福建 <span>鹭岛本地生活领域创作者</span></div><button>关注</button></div>
<p>作者 | 陈书瑶</p>
@@BODY@@
<p>编辑 | 阿杰</p>
<p>图片来源：受访者供图</p>
</div>
<div class="latest"><b>作者最新文章</b>{ul(['鼓浪屿的夏天，还是要去一趟','沙坡尾新开的几家小店','八市的早晨有多热闹'])}</div>""",
    bstyle={"p": "p"},
    blocks=[
        ("p", "在厦门思明区，有一条不到400米长的老街——大同路。骑楼下的老字号、转角的沙茶面馆、门口摆着藤椅的理发店，几十年来似乎没怎么变过。"),
        ("img", "大同路骑楼", "大同路的骑楼"),
        ("p", "早上七点，街口那家开了三十多年的面线糊店已经坐满了人。老板黄伯一边盛面线糊，一边招呼熟客：“还是老样子？加一份醋肉？”他说，很多客人是从小吃到大的，现在带着孩子来吃。"),
        ("p", "往里走，一家修钟表的小铺子只有两三平方米。72岁的林师傅戴着寸镜，正低头修一块老式机械表。“现在修表的人少了，但总还有人拿着父母留下的表来修，这是念想。”"),
        ("p", "这两年，大同路也在悄悄变化。沿街骑楼经过修缮，外立面恢复了当年的样子；几家年轻人开的咖啡馆和文创店开在老店旁边，倒也不显得突兀。"),
        ("p", "傍晚时分，骑楼下的灯亮起来，卤味摊、烧肉粽摊陆续出摊。如果你来厦门，不妨避开热门景点，到这条老街上走一走，吃一碗面线糊，听一听老厦门人讲讲过去的故事。"),
    ],
))

# ---------------------------------------------------------------- va-27
A(dict(
    id="va-27", kind="self-media", lang="zh",
    features="微信公众号 share page (mp.weixin-like, 2024): header line '原创 王  静 青海共青团 2024年05月04日 09:00 青海' (author = the person, spaced name), 公众号 card, 阅读原文/赞/在看 furniture, '来源 | …' and '编辑 | …' lines at the end (not body), 扫码关注 caption; bold sub-headings and a quoted paragraph",
    title="青春在高原闪光｜他们扎根三江源的第十年",
    authors=["王静"],
    publish_time="2024年05月04日 09:00",
    head_title="青春在高原闪光｜他们扎根三江源的第十年",
    css="""body{margin:0;background:#ededed;font-family:-apple-system,"PingFang SC"}
.rich_media{max-width:677px;margin:0 auto;background:#fff;padding:20px 16px}
.rich_media_title{font-size:22px;line-height:1.4}
.meta_list{color:rgba(0,0,0,.5);font-size:15px}.meta_list a{color:#576b95}
.rich_media_content p{font-size:17px;line-height:1.75;color:#333}
blockquote{border-left:3px solid #dbdbdb;margin:0;padding-left:12px;color:#888}
.tools{color:#576b95;padding-top:20px}
.qr{text-align:center;color:#888;font-size:13px}""",
    shell=f"""<div class="rich_media">
<h1 class="rich_media_title">青春在高原闪光｜他们扎根三江源的第十年</h1>
<div class="meta_list"><span>原创</span> <span>王  静</span> <a href="#">青海共青团</a> <em>2024年05月04日 09:00</em> <em>青海</em></div>
<div class="rich_media_content">@@BODY@@
<p>来源 | 青海共青团</p>
<p>编辑 | 李晨曦</p>
<p>审核 | 马晓东</p>
</div>
<div class="qr">{img('二维码')}<br>扫码关注我们</div>
<div class="tools">{links(['阅读原文','阅读 3.2万','赞 512','在看 186','写留言'],'　')}</div>
<div class="meta_list">微信扫一扫<br>关注该公众号</div>
</div>""",
    bstyle={"p": "p", "h": "strong"},
    blocks=[
        ("p", "五四青年节，我们来到海拔4600多米的三江源国家公园黄河源园区，见到了在这里工作了十年的几位年轻人。"),
        ("h", "“巡护路上，最怕的是迷路”"),
        ("p", "90后生态管护员索南是玛多县人，2014年大学毕业后回到家乡。十年来，他和同事们骑摩托车、徒步巡护，走遍了园区内的每一片湖泊和湿地。“冬天零下三十多度，最怕的是暴风雪里迷路。”他说，现在有了北斗终端和无人机，巡护安全多了。"),
        ("h", "“看到藏野驴成群，觉得值了”"),
        ("p", "来自河南的研究生刘思远，毕业后选择留在三江源从事野生动物监测。她说，刚来时高原反应严重，头疼得睡不着觉，但第一次在红外相机里看到雪豹时，激动得一晚上没合眼。"),
        ("quote", "“这里的每一种动物，都是三江源生态变好的见证者。看到藏野驴成群结队地在草原上奔跑，就觉得这些年的坚持都值了。”"),
        ("p", "十年间，黄河源区湖泊数量从4000多个增加到5800多个，藏野驴、藏原羚等野生动物种群明显增加。这些变化的背后，是一代又一代年轻人的坚守。"),
        ("p", "致敬每一位在高原绽放青春的你！"),
    ],
))

# ---------------------------------------------------------------- va-28
A(dict(
    id="va-28", kind="self-media", lang="zh",
    features="澎湃号·政务 page of a 天津 district account: account name (津南发布) as author since no person named; date line '2024-12-19 17:42  来源：澎湃新闻·澎湃号·政务' with 字号 control; closing '（来源：津南区融媒体中心）' line not body; 特别声明 disclaimer; table",
    title="津南区2024年20项民心工程全部完成",
    authors=["津南发布"],
    publish_time="2024-12-19 17:42",
    head_title="津南区2024年20项民心工程全部完成_澎湃号·政务_澎湃新闻-The Paper",
    css="""body{margin:0;font-family:"PingFang SC","Microsoft YaHei";background:#fff}
.hd{height:60px;border-bottom:1px solid #e5e5e5;display:flex;align-items:center;padding:0 40px;gap:20px}.hd b{font-size:24px}
.news{width:720px;margin:30px auto}
.news h1{font-size:30px}
.acc{display:flex;gap:8px;color:#666;font-size:14px;align-items:center}
.ti{color:#999;font-size:13px}
.news p{font-size:18px;line-height:1.85}
table.dt{border-collapse:collapse;width:100%}table.dt td,table.dt th{border:1px solid #ccc;padding:4px}
.dis{color:#999;font-size:12px;background:#f7f7f7;padding:10px}""",
    shell=f"""<div class="hd"><b>澎湃新闻</b>{links(['要闻','深度','视频','澎湃号','问吧'])}<input placeholder="搜索"></div>
<div class="news">
<h1>津南区2024年20项民心工程全部完成</h1>
<div class="acc">{img('津南发布')}<a href="#">津南发布</a><button>+ 订阅</button></div>
<div class="ti">2024-12-19 17:42  来源：澎湃新闻·澎湃号·政务　字号</div>
@@BODY@@
<p class="ti">（来源：津南区融媒体中心）</p>
<div class="dis">特别声明<br>本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问。</div>
<p>{links(['举报','分享'],'　')}</p>
</div>""",
    bstyle={"p": "p"},
    blocks=[
        ("p", "记者从区发展改革委获悉，截至12月中旬，津南区2024年确定的20项民心工程已全部完成，累计完成投资9.6亿元，涉及教育、医疗、养老、交通、环境等多个领域。"),
        ("p", "部分民心工程完成情况如下："),
        ("table", [["项目", "完成情况"], ["新建改扩建中小学、幼儿园", "5所，新增学位3600个"], ["社区嵌入式养老服务中心", "12个"], ["老旧小区改造", "18个小区、1.1万户"], ["新增公共停车泊位", "2300个"], ["农村公路提升改造", "46公里"]]),
        ("p", "在咸水沽镇新建的社区养老服务中心，不少老人正在助餐点吃午饭。“一荤两素一汤才12块钱，离家近，味道也好。”75岁的李大爷说。"),
        ("p", "区发展改革委相关负责人表示，2025年民心工程项目征集工作已经启动，群众可通过“津南发布”微信公众号留言提出意见建议，区里将根据群众呼声确定明年的民心工程项目。"),
    ],
))

# ---------------------------------------------------------------- va-29
A(dict(
    id="va-29", kind="self-media", lang="zh",
    features="网易号 page (2021 template) of a 湖北 account republishing with a person named in the body's lead '文 | 黄  舒' line (not body; author), 原标题 absent, date '2023-07-06 18:20:31　湖北' with 举报 link, '本文来自网易号作者…' disclaimer, 热门跟贴, 网易热搜",
    title="宜昌柑橘“出海”记：从三峡橘园到东南亚超市",
    authors=["黄舒"],
    publish_time="2023-07-06 18:20:31",
    head_title="宜昌柑橘“出海”记：从三峡橘园到东南亚超市|柑橘|宜昌|东南亚_网易订阅",
    css="""body{margin:0;font-family:"Microsoft YaHei";background:#fff}
.N-nav{background:#fff;border-bottom:1px solid #ddd;padding:8px 30px}.N-nav a{margin-right:12px;color:#404040;font-size:13px}
.post_main{width:680px;float:left;margin-left:60px}
.post_title{font-size:30px}
.post_info{color:#888;font-size:14px}
.post_body p{font-size:18px;line-height:1.8;text-indent:2em}
.post_side{float:right;width:300px;margin-right:60px}
.cl{clear:both;color:#888;font-size:12px;text-align:center;padding:20px}""",
    shell=f"""<div class="N-nav">{links(['网易首页','新闻','体育','娱乐','财经','汽车','科技','时尚','手机','数码','房产','旅游','教育'])}</div>
<div class="post_main">
<h1 class="post_title">宜昌柑橘“出海”记：从三峡橘园到东南亚超市</h1>
<div class="post_info">2023-07-06 18:20:31　湖北　<a href="#">举报</a>　<a href="#">宜昌三峡观察</a></div>
<div class="post_body"><p>文 | 黄  舒</p>
@@BODY@@
<p>本文来自网易号作者 宜昌三峡观察，不代表网易立场。</p></div>
<div><b>热门跟贴</b><p>网友：宜昌的脐橙确实好吃！</p></div>
</div>
<div class="post_side"><b>网易热搜</b>{ul(['1 暑期出游高峰来临','2 多地发布高温预警','3 长江流域迎来主汛期'])}</div>
<div class="cl">© 1997-2023 网易公司版权所有 {links(['About NetEase','公司简介','联系方法'])}</div>""",
    bstyle={"p": "p"},
    blocks=[
        ("p", "凌晨四点，宜昌秭归县的一家柑橘分选厂里灯火通明。一箱箱脐橙经过清洗、打蜡、光电分选后，被装进印有英文标识的纸箱，将从这里出发，经陆海新通道运往越南、泰国和马来西亚。"),
        ("p", "宜昌是全国柑橘主产区之一，种植面积超过200万亩。过去，宜昌柑橘主要销往国内市场，遇上丰年常常出现“卖难”。近几年，随着海关检疫服务前移和国际物流通道打通，宜昌柑橘开始成规模地走出国门。"),
        ("p", "“以前出口要先运到广州、深圳的港口，现在在宜昌本地就能完成报关和检疫，从装车到进入东南亚超市，最快只要5天。”一家出口企业负责人算了一笔账，物流成本比以前降低了近两成。"),
        ("p", "数据显示，今年上半年，宜昌柑橘出口量达到3.1万吨，同比增长近四成，出口市场从过去的5个增加到16个国家和地区。"),
        ("p", "不过，业内人士也提醒，出口市场对农残、果品规格等要求更严格，果农需要在标准化种植上下更多功夫。只有把品质做稳，“三峡橘”才能在海外市场站得住脚。"),
    ],
))

# ---------------------------------------------------------------- va-30
A(dict(
    id="va-30", kind="self-media", lang="zh",
    features="微博 头条文章 page (weibo card layout): account 'XX青年说' with 认证 caption, time '2025-1-8 21:05 来自 微博网页版' (printed form), 阅读数, 转发/评论/赞 counts, no person named -> author is the account; body with numbered tips as an ordered list; #话题# tags line not body",
    title="冬季去茶卡盐湖，这份攻略请收好",
    authors=["青海文旅小青"],
    publish_time="2025-1-8 21:05",
    head_title="冬季去茶卡盐湖，这份攻略请收好 - 微博",
    css="""body{margin:0;background:#f2f2f5;font-family:"PingFang SC",Arial}
.gn{background:#fff;height:48px;line-height:48px;padding:0 20px;box-shadow:0 1px 3px #ddd}.gn b{color:#e6162d}.gn a{margin-left:14px;color:#333}
.card{width:600px;margin:16px auto;background:#fff;border-radius:4px;padding:20px 24px}
.card h1{font-size:26px}
.who{display:flex;gap:10px;color:#939393;font-size:12px}.who .nm{color:#333;font-size:14px;font-weight:bold}
.WB_editor p{font-size:16px;line-height:1.9}
.opt{display:flex;justify-content:space-around;border-top:1px solid #eee;padding-top:10px;color:#808080}""",
    shell=f"""<div class="gn"><b>微博</b>{links(['首页','视频','发现','游戏','注册','登录'])}</div>
<div class="card">
<h1>冬季去茶卡盐湖，这份攻略请收好</h1>
<div class="who">{img('头像')}<div><span class="nm">青海文旅小青</span> <span>微博认证：青海文旅推广账号</span><br>2025-1-8 21:05 来自 微博网页版　阅读数：5.6万</div></div>
<div class="WB_editor">@@BODY@@
<p>#冬游青海# #茶卡盐湖# #大美青海#</p></div>
<div class="opt"><span>转发 236</span><span>评论 418</span><span>赞 1932</span></div>
</div>""",
    bstyle={"p": "p"},
    blocks=[
        ("p", "很多人以为茶卡盐湖只适合夏天去，其实冬天的茶卡别有一番味道：湖面结冰后像一面巨大的镜子，远处的雪山倒映其中，游客少，门票还有优惠。"),
        ("img", "冬季茶卡盐湖", "", True),
        ("p", "出发前，这几点一定要注意："),
        ("ul", ["保暖是第一位的。冬季茶卡白天气温零下5℃左右，早晚能到零下20℃，羽绒服、帽子、手套一样都不能少。", "注意防晒和防高反。茶卡海拔3100米，紫外线强，墨镜和防晒霜要带好，行动放慢些。", "看日出日落最佳。冬季日出在8点左右，日落在18点半前后，这两个时段拍照效果最好。", "湖面冰层厚度不一，务必在景区划定的区域内活动，不要擅自进入未开放区域。"], "ol"),
        ("p", "另外，1月至3月期间，茶卡盐湖景区推出冬季门票半价优惠，持青海省内身份证还可享受免票。从西宁出发，可以乘坐火车到茶卡站，也可以走共和—茶卡高速自驾前往，全程约3个半小时。"),
        ("p", "冬天的青海不止有寒冷，还有安静和辽阔。你准备好出发了吗？"),
    ],
))
