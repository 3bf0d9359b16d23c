"""Self-media pages wp-25 … wp-30."""
K = "self-media"
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
PAGES = []

# wp-25 头条号 (travel account, 新疆), account name only → author = account
PAGES.append(dict(
    id="wp-25", kind=K, lang="zh",
    title="冬天的喀纳斯，美得让人忘了寒冷",
    authors=["阿勒泰旅行笔记"],
    publish_time="2024-11-20 21:36",
    features="头条号 article page: site header with 下载头条/登录, headline, account row '阿勒泰旅行笔记 2024-11-20 21:36 · "
             "新疆', 关注 button, h1 sub-headings, photo alt text and captions, ending question to readers, "
             "'举报/投诉', 相关推荐 with view counts, account card repeated at the end",
    bmode="p", hstyle="h3",
    css="""
body{margin:0;font-family:"PingFang SC";color:#222}
.tt-hd{height:60px;display:flex;align-items:center;justify-content:space-between;padding:0 40px;border-bottom:1px solid #eee}
.tt-hd b{color:#f04142;font-size:22px}
.main{display:flex;width:1100px;margin:0 auto;gap:40px}
.art{width:700px}
.art h1{font-size:30px}
.meta{color:#999;font-size:14px;display:flex;gap:10px}
.art p{font-size:18px;line-height:1.8}
.side{width:340px;font-size:14px}
""",
    page="""
<div class="tt-hd"><b>今日头条</b><span><a href="#">下载头条APP</a>　<a href="#">登录</a></span></div>
<div class="main"><div class="art">
<h1>@@TITLE@@</h1>
<div class="meta"><span>阿勒泰旅行笔记</span><span>@@TIME@@</span><span>· 新疆</span><a href="#">+ 关注</a></div>
@@BODY@@
<p style="color:#999;font-size:13px"><a href="#">举报/投诉</a></p>
<h4>相关推荐</h4><ul><li><a href="#">喀纳斯冬季自驾攻略，看完少走弯路</a> 2.1万阅读</li><li><a href="#">禾木村的清晨，炊烟升起的那一刻</a> 8562阅读</li></ul>
</div>
<div class="side"><img src="@@GIF@@" alt="阿勒泰旅行笔记" width="48" height="48"><br><b>阿勒泰旅行笔记</b><br>优质旅游领域创作者<br>128篇文章　3.6万粉丝<br><a href="#">关注</a></div>
</div>
""".replace("@@GIF@@", GIF),
    body=[
        ("p", "很多人只知道秋天的喀纳斯，金黄的白桦林、碧绿的湖水，游客挤满了观景台。其实喀纳斯的冬天同样惊艳，而且人少、安静，能让你真正感受到这片土地的辽阔。"),
        ("img", "雪后的喀纳斯湖", "雪后的喀纳斯湖，湖面还没有完全封冻"),
        ("h", "一、雾凇和晨雾"),
        ("p", "每年11月下旬开始，喀纳斯河谷的气温常常降到零下二十度以下。清晨，河面升起的水汽在树枝上结成雾凇，阳光照上去，整片林子像是挂满了白色的珊瑚。"),
        ("h", "二、禾木的炊烟"),
        ("p", "从景区坐区间车到禾木村大约一个多小时。冬天的禾木被大雪覆盖，木屋顶上堆着厚厚的雪，傍晚家家户户升起炊烟，站在观景台上看下去，就是一幅画。"),
        ("h", "三、出行小贴士"),
        ("ul", ["1. 冬季区间车班次较少，建议提前查询时刻表；", "2. 必备羽绒服、防滑鞋和暖宝宝，手机要注意保暖；", "3. 部分民宿冬季不营业，出发前务必电话确认。"]),
        ("p", "你去过冬天的喀纳斯吗？欢迎在评论区分享你的照片。"),
    ],
))

# wp-26 百家号 (湖南, a person named under the account), 2024
PAGES.append(dict(
    id="wp-26", kind=K, lang="zh",
    title="从“小作坊”到“大品牌”：湘西一家腊肉厂的十年",
    authors=["田志勇"],
    publish_time="2024-11-19 12:08",
    features="百家号 page: 百度 top links (百度首页/登录), account name '湘西财经观察' with 发布时间 '2024-11-19 12:08' and "
             "'湖南' location, a named writer in an '文 | 田志勇' line at the top of the article (author = person, not the "
             "account), sub-headings, quoted speech, '本文为…原创' statement, 举报, 相关文章",
    bmode="p", hstyle="strong",
    css="""
body{margin:0;font-family:Arial,"PingFang SC"}
.bd-top{font-size:13px;padding:10px 30px;display:flex;justify-content:space-between}
.page{width:760px;margin:20px auto}
.page h2{font-size:28px}
.au{display:flex;gap:10px;color:#999;font-size:13px}
.page p{font-size:17px;line-height:1.9}
""",
    page="""
<div class="bd-top"><a href="#">百度首页</a><span><a href="#">登录</a></span></div>
<div class="page">
<h2>@@TITLE@@</h2>
<div class="au"><img src="@@GIF@@" alt="" width="30" height="30"><span>湘西财经观察</span></div>
<div class="au"><span>发布时间：@@TIME@@</span><span>湖南</span><a href="#">关注</a></div>
<p>文 | 田志勇</p>
@@BODY@@
<p style="color:#999;font-size:13px">本文为湘西财经观察原创，未经授权禁止转载。</p>
<p><a href="#">举报/反馈</a></p>
<h4>相关文章</h4><ul><li><a href="#">湘西椪柑如何卖出好价钱？</a></li><li><a href="#">张家界民宿冬季如何“不打烊”</a></li></ul>
</div>
""".replace("@@GIF@@", GIF),
    body=[
        ("p", "在湘西州泸溪县的一条小巷里，向家腊肉厂的烟熏房从清晨开始就冒着青烟。十年前，这里还只是一个三十平方米的家庭作坊；如今，厂子年销售额已经突破4000万元，产品进了长沙、广州的大型商超。"),
        ("h", "一块腊肉的“标准化”"),
        ("p", "厂长向红梅回忆，最早的时候全靠手艺，“同一批肉，熏出来的味道都不一样”。2016年，她请来了食品专业的技术员，把腌制时间、烟熏温度和柴火种类一一记录下来，定出了二十多项工艺标准。"),
        ("p", "“标准化不是丢掉老手艺，而是让老手艺每次都能做出一样的好味道。”向红梅说。"),
        ("h", "直播间里的新客户"),
        ("p", "2020年以后，厂里开始做电商直播，现在线上销售占到了总销量的四成。每到冬季腊肉旺季，直播间一晚上能卖出上万单，带动周边200多户农户养殖生猪、供应柴火。"),
        ("p", "当然，挑战也不少。原料价格波动、冷链物流成本高、同质化竞争激烈，都是摆在小微食品企业面前的难题。向红梅的打算是，明年再建一条低盐腊肉生产线，去年轻消费者中寻找新的增长点。"),
    ],
))

# wp-27 微信公众号 (黑龙江 county government account) — 来源/作者 at bottom, editor chain
PAGES.append(dict(
    id="wp-27", kind=K, lang="zh",
    title="@所有人 今冬供暖热线和报修方式公布",
    authors=["李明哲"],
    publish_time="2024年11月18日 17:30",
    features="微信公众号 article (mp page): 'Original' mark, account name '宾州发布' + publish time + 黑龙江, headline with "
             "an @ prefix, sections in <section>/<span>, a table of hotlines, bold coloured headings, bottom credits "
             "'来源：县住建局 | 文字：李明哲 | 编辑：王宇 | 审核：赵春雷' (author = 文字), '阅读原文', 在看/分享, 微信扫一扫 caption",
    bmode="sec", hstyle="strong",
    css="""
body{margin:0 auto;max-width:677px;font-family:-apple-system,"PingFang SC";color:#333;padding:20px}
.rich_media_title{font-size:22px;line-height:1.4}
.rich_media_meta_list{font-size:15px;color:rgba(0,0,0,.5)}
.rich_media_meta_list span{margin-right:8px}
.bt{border-collapse:collapse;width:100%;font-size:14px}.bt td,.bt th{border:1px solid #ddd;padding:6px}
.cred{font-size:13px;color:#888;text-align:center}
.qr{text-align:center;font-size:13px;color:#999}
""",
    page="""
<h1 class="rich_media_title">@@TITLE@@</h1>
<div class="rich_media_meta_list"><span>原创</span><span>宾州发布</span><a href="#">宾州发布</a><span>@@TIME@@</span><span>黑龙江</span></div>
<div id="js_content">
@@BODY@@
<p class="cred">来源：县住建局 | 文字：李明哲 | 编辑：王宇 | 审核：赵春雷</p>
<p><img src="@@GIF@@" alt="图片" width="600" height="200"></p>
</div>
<p><a href="#">阅读原文</a>　阅读 5621　<a href="#">分享</a>　<a href="#">在看</a></p>
<div class="qr"><img src="@@GIF@@" alt="" width="120" height="120"><br>微信扫一扫<br>关注该公众号</div>
""".replace("@@GIF@@", GIF),
    body=[
        ("p", "11月20日起，我县城区正式进入2024—2025年度供暖期。为方便群众反映供热问题，县住建局现将各供热企业服务热线和报修方式公布如下。"),
        ("h", "一、供热服务热线"),
        ("table", [["供热企业", "服务范围", "服务热线"],
                   ["宾州热电有限公司", "城区东部、开发区", "0451-5717XXXX"],
                   ["宾西供热公司", "宾西镇", "0451-5735XXXX"],
                   ["县城建热力站", "城区西部、老城区", "0451-5712XXXX"]]),
        ("h", "二、报修方式"),
        ("p", "群众可通过拨打上述热线、12345政务服务便民热线或在“宾州发布”公众号后台留言等方式反映室温不达标、管道跑冒滴漏等问题。供热企业接到报修后，须在2小时内与用户取得联系，24小时内处理完毕。"),
        ("h", "三、温馨提示"),
        ("p", "供暖期间请勿私自改动供热设施、私接暖气片，家中长期无人时请关闭门窗，防止暖气管道冻裂。"),
    ],
))

# wp-28 网易号 (浙江 tech account), '作者：' spaced two-char name at top, 声明 footer
PAGES.append(dict(
    id="wp-28", kind=K, lang="zh",
    title="义乌小商品“出海”新路径：一个跨境电商园区的观察",
    authors=["王静"],
    publish_time="2024-11-21 14:52:09",
    features="网易号 page (2022 layout): 网易 top nav, headline, post_info '2024-11-21 14:52:09　来源: 浙商观察室' + "
             "'举报', account '浙商观察室' sidebar card with 网易号 badge, '作者 | 王  静' line at the top of the body "
             "(spaced two-character name, not body), bold headings, numbered points, 特别声明 disclaimer, 相关推荐",
    bmode="p", hstyle="strong",
    css="""
body{margin:0;font-family:"Microsoft YaHei"}
.ntes-nav{background:#f8f8f8;font-size:12px;padding:6px 10%}
.post_main{width:1200px;margin:20px auto;display:flex;gap:30px}
.post_content{width:800px}
.post_title{font-size:30px}
.post_info{color:#888;font-size:14px}
.post_body p{font-size:18px;line-height:1.9}
.post_side{width:300px;background:#fafafa;padding:16px;font-size:14px}
.post_statement{font-size:13px;color:#999;background:#f4f4f4;padding:10px}
""",
    page="""
<div class="ntes-nav"><a href="#">网易首页</a> <a href="#">应用</a> <a href="#">新闻</a> <a href="#">体育</a> <a href="#">娱乐</a> <a href="#">财经</a> <a href="#">科技</a> <a href="#">网易号</a> | <a href="#">登录</a></div>
<div class="post_main"><div class="post_content">
<h1 class="post_title">@@TITLE@@</h1>
<div class="post_info">@@TIME@@　来源: <a href="#">浙商观察室</a>　<a href="#">举报</a></div>
<div class="post_body">
<p>作者 | 王&nbsp; 静</p>
@@BODY@@
</div>
<div class="post_statement">特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</div>
<h4>相关推荐</h4><ul><li><a href="#">跨境电商新政落地，中小卖家迎来新机遇</a></li><li><a href="#">浙江外贸前三季度增长7.1%</a></li></ul>
</div>
<div class="post_side"><b>浙商观察室</b> <span>网易号</span><br>关注浙江民营经济的深度观察<br>文章 326　粉丝 1.2万<br><a href="#">+关注</a></div></div>
""",
    body=[
        ("p", "走进义乌国际陆港跨境电商园，一排排货架上堆满了发往中东、拉美和东南亚的包裹。园区负责人介绍，今年前10个月，园区跨境电商包裹出口量达到2.8亿件，同比增长36%。"),
        ("h", "从“卖货”到“卖品牌”"),
        ("p", "过去，义乌商户大多给海外批发商供货，利润薄、议价能力弱。如今，越来越多的商户开始在海外电商平台开设自己的店铺，直接面向终端消费者。"),
        ("p", "做节日装饰品的陈老板就是其中之一。“以前一个圣诞球卖几毛钱，现在自己做品牌、自己定价，利润能翻好几倍。”他说，今年店铺的海外销售额已经超过了1500万元。"),
        ("h", "园区做了什么"),
        ("p", "在采访中，商户们提到最多的是三件事："),
        ("ul", ["1. 通关便利：园区实行“清单核放、汇总申报”，包裹最快2小时完成通关；", "2. 海外仓支持：园区在12个国家布局了公共海外仓，商户可以“拎包入住”；", "3. 人才培训：园区每月开设运营、直播和外语培训课程，免费向商户开放。"]),
        ("p", "当然，跨境电商也面临海外合规要求提高、平台规则多变等风险。多位商户表示，下一步要在产品研发和知识产权保护上多下功夫，才能在海外市场走得更稳。"),
    ],
))

# wp-29 澎湃号·政务 (湖南 city public security account), no person named → account name
PAGES.append(dict(
    id="wp-29", kind=K, lang="zh",
    title="冒充“客服”要你退款？株洲警方连破三起电信诈骗案",
    authors=["株洲公安"],
    publish_time="2024-11-22 10:45",
    features="澎湃号·政务 page (2023): 澎湃 header, '澎湃号·政务 > 株洲公安' label, headline, account name + "
             "'2024-11-22 10:45 来自 湖南' line, case narrative with bold headings and a 警方提醒 list, no person named "
             "(author = the account), '原创' and '责任编辑' absent, 举报, 'APP内打开' and 热门推荐 footer",
    bmode="p", hstyle="strong",
    css="""
body{margin:0;font-family:"PingFang SC"}
.pp-hd{background:#fff;border-bottom:1px solid #eee;padding:14px 12%}
.pp-hd b{font-size:24px}
.pp{width:740px;margin:20px auto}
.pp h1{font-size:28px}
.lab{font-size:13px;color:#00a5eb}
.ac{font-size:14px;color:#666}
.pp p{font-size:17px;line-height:1.9}
""",
    page="""
<div class="pp-hd"><b>澎湃新闻</b>　<a href="#">首页</a> <a href="#">要闻</a> <a href="#">深度</a> <a href="#">澎湃号</a> <a href="#">视频</a>　<a href="#">下载客户端</a>　<a href="#">登录</a></div>
<div class="pp">
<div class="lab">澎湃号·政务 &gt; 株洲公安</div>
<h1>@@TITLE@@</h1>
<div class="ac"><img src="@@GIF@@" alt="" width="32" height="32"> 株洲公安</div>
<div class="ac">@@TIME@@　来自 湖南</div>
@@BODY@@
<p style="font-size:13px;color:#999">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问。</p>
<p><a href="#">举报</a></p>
<h4>热门推荐</h4><ul><li><a href="#">湖南警方破获一起特大网络赌博案</a></li><li><a href="#">冬季行车安全提示</a></li></ul>
</div>
""".replace("@@GIF@@", GIF),
    body=[
        ("p", "近日，株洲市公安局反诈中心连续破获三起冒充电商客服实施诈骗的案件，抓获犯罪嫌疑人5名，为群众挽回经济损失12万余元。"),
        ("h", "“你买的衣服有质量问题，我们给你退款”"),
        ("p", "11月上旬，市民刘女士接到一个自称“某购物平台客服”的电话，对方准确说出了她的订单信息，称商品存在质量问题，可以为她办理三倍赔付。刘女士按照对方指引下载了一款会议软件并开启屏幕共享，随后银行卡被转走4.6万元。"),
        ("p", "接到报警后，反诈中心民警立即开展资金止付和线索研判，经过十余天的追查，在外省将为诈骗团伙提供银行卡的犯罪嫌疑人抓获。"),
        ("h", "警方提醒"),
        ("ul", ["正规电商客服不会主动打电话要求退款、理赔；", "凡是要求下载会议软件、开启屏幕共享的，都是诈骗；", "如遇可疑来电，请立即挂断并拨打96110咨询。"]),
    ],
))

# wp-30 微博头条文章 (新疆 person's weibo article)
PAGES.append(dict(
    id="wp-30", kind=K, lang="zh",
    title="在阿克苏支教的第一个冬天",
    authors=["林小溪"],
    publish_time="11-19 22:14",
    features="微博头条文章 page: weibo top bar (首页/发现/游戏/登录/注册), article headline, author nickname '林小溪的日记' with "
             "'作者：林小溪' line and a date without year '11-19 22:14', 阅读数, personal narrative with quoted speech, "
             "日期小节 headings, ending hashtags line (not body), 转发/评论/赞 counts, 相关推荐",
    bmode="p", hstyle="h3",
    css="""
body{margin:0;background:#f2f2f5;font-family:"PingFang SC"}
.wb-top{background:#fff;padding:10px 15%;display:flex;gap:20px;font-size:14px;box-shadow:0 1px 2px #ddd}
.wb-art{max-width:720px;margin:20px auto;background:#fff;padding:30px}
.wb-art h1{font-size:26px}
.wb-au{font-size:13px;color:#888}
.wb-act{display:flex;gap:40px;color:#666;border-top:1px solid #eee;padding-top:10px}
""",
    page="""
<div class="wb-top"><b>微博</b><a href="#">首页</a><a href="#">发现</a><a href="#">游戏</a><input type="text" placeholder="大家都在搜：初雪"><a href="#">登录</a><a href="#">注册</a></div>
<div class="wb-art">
<h1>@@TITLE@@</h1>
<div class="wb-au"><a href="#">林小溪的日记</a>　@@TIME@@　阅读数：1.8万</div>
<p class="wb-au">作者：林小溪</p>
@@BODY@@
<p>#支教日记# #阿克苏# #我的冬天#</p>
<div class="wb-act"><span>转发 236</span><span>评论 418</span><span>赞 3519</span></div>
<h4>相关推荐</h4><ul><li><a href="#">南疆的孩子们第一次见到海</a></li><li><a href="#">支教老师手记：那些温暖的瞬间</a></li></ul>
</div>
""",
    body=[
        ("p", "来阿克苏已经三个月了。今天早上推开宿舍门，院子里落了一层薄雪，这是我在新疆遇到的第一场雪。"),
        ("h", "11月12日 晴"),
        ("p", "班上有个叫迪丽努尔的小姑娘，作文写得特别好。她在作文里说，长大了想当一名医生，因为奶奶生病的时候要去很远的地方看病。下课后她跑过来问我：“老师，学医是不是要学很多很多年？”我告诉她，只要坚持，就一定能做到。"),
        ("h", "11月17日 小雪"),
        ("p", "学校的暖气烧起来了，教室里暖洋洋的。孩子们课间不再往外跑，围在一起读我从家里带来的图书。最受欢迎的是一套《海底两万里》，已经被翻得卷了边。"),
        ("p", "有时候我也会想家，想杭州的桂花和西湖边的晚风。但是每天看到孩子们的笑脸，就觉得这一年一定会过得很有意义。"),
        ("p", "明年夏天支教结束的时候，我想带他们去看一次真正的大海。"),
    ],
))
