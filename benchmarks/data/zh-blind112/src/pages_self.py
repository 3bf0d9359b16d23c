from kit import links, ul, dated, img

PAGES = []

# ---------------------------------------------------------------- vi-25  头条号, account only
PAGES.append(dict(
    id="vi-25", kind="self-media", lang="zh",
    title="济南这条老街改造完成，百年青石板路又回来了",
    authors=["泉城生活圈"],
    publish_time="2025-06-10 12:36",
    doc_title="济南这条老街改造完成，百年青石板路又回来了 - 今日头条",
    features="头条号 article (2024 web layout); account name as author (no person named); date·IP属地 line; 关注 button; 原创 label; 举报/评论/相关推荐 furniture; image with caption",
    css="""
body{margin:0;font-family:'PingFang SC',sans-serif;background:#fff}
.topb{height:56px;border-bottom:1px solid #e8e8e8;display:flex;align-items:center;padding:0 40px;gap:24px}
.topb b{color:#f04142;font-size:22px}
.art{width:680px;margin:24px 120px}
h1{font-size:30px;line-height:1.4}
.meta{font-size:14px;color:#999}.meta span{margin-right:12px}
.article-content p{font-size:18px;line-height:1.8}
.pic-cap{color:#999;font-size:14px;text-align:center}
.side{position:absolute;right:60px;top:90px;width:300px}
.tools{color:#666;font-size:13px}
""",
    pre=f"""
<div class="topb"><b>今日头条</b>{links(["首页","下载头条APP","添加到桌面","反馈","侵权投诉"])}<input placeholder="搜索站内资讯、视频或用户"></div>
<div class="side">{img("泉城生活圈头像",60,60)}<p>泉城生活圈</p><p>优质生活领域创作者</p><p>{links(["关注"])}</p><p>1.3万粉丝　587获赞</p></div>
<div class="art">
<h1>济南这条老街改造完成，百年青石板路又回来了</h1>
<div class="meta"><span>原创</span><span>2025-06-10 12:36</span><span>·</span><span>泉城生活圈</span><span>IP属地：山东</span></div>
""",
    body="""
P 前几天路过芙蓉街西边的那条小巷子，发现围挡终于撤了。走进去一看，青石板路铺回来了，沿街的老门楼也修得有模有样，一下子就有了小时候的感觉。
I 改造后的老街|改造后的街巷，青石板路重新露了出来
P 这条街叫起凤桥街，据说已经有好几百年历史。早些年路面被铺成了水泥地，电线乱拉、墙皮脱落，很多老住户都搬走了。这次改造，施工队把原来的青石板一块块编号保存，修好管网后再原样铺回去，缺的部分用同类石材补齐。
P 我特地问了在街口开茶馆的王大爷，他说最满意的是下水道：“以前一下雨门口就淌水，这回排水管都换了新的，雨再大也不怕了。”
H 几个小建议
P 如果你也想来逛逛，给大家提几点小建议：
L 早上九点前人少，拍照最舒服；
L 街里不能走车，建议坐地铁到泉城广场站步行过来；
L 巷子深处有几户人家的院子不开放，别随便进去打扰。
P 说实话，改造完的老街没有变成千篇一律的“网红街”，还保留着住户晾衣服、老人下棋的生活气息，这一点挺难得的。你们觉得呢？欢迎在评论区聊聊。
""",
    post=f"""
<p class="tools">{links(["举报"])}　{links(["评论 86"])}　{links(["点赞 412"])}　{links(["收藏"])}　{links(["分享"])}</p>
<div><b>相关推荐</b>{ul(["济南大明湖夜游攻略，这几个点位拍照绝了","在济南住了十年，才发现这几家老字号","百花洲的早晨有多美"])}</div>
</div>
<p style="font-size:12px;color:#999;text-align:center">© 2025 今日头条 {links(["用户协议"])} {links(["隐私政策"])} 京ICP证140141号</p>
""",
))

# ---------------------------------------------------------------- vi-26  百家号, person named with 文/
PAGES.append(dict(
    id="vi-26", kind="self-media", lang="zh",
    title="吉林人参产业：从“论斤卖”到“论克卖”的转身",
    authors=["张立军"],
    publish_time="2025-06-12 08:15",
    doc_title="吉林人参产业：从“论斤卖”到“论克卖”的转身",
    features="百家号 article; account 吉林财经观察 with 官方账号 label but a person named by 文/张立军 in the first line (not body); 发布时间 with 来源 label after it; sub-headings; 声明 line; 举报/关注 furniture; 百度首页 links",
    css="""
body{margin:0;font-family:arial,'Microsoft YaHei';background:#f5f5f5}
.bdtop{background:#fff;padding:10px 30px;font-size:13px}
.page{width:760px;margin:20px auto;background:#fff;padding:30px 40px}
.at{font-size:28px;font-weight:bold;line-height:1.4}
.author-box{display:flex;gap:10px;align-items:center;margin:16px 0;font-size:13px;color:#999}
.author-box .name{color:#333;font-size:15px}
.article-content p{font-size:17px;line-height:1.85}
.article-content h3{font-size:18px}
.sm{color:#999;font-size:12px}
""",
    pre=f"""
<div class="bdtop">{links(["百度首页","网页","资讯","视频","图片","知道","文库","贴吧"]," ")} <span style="float:right">{links(["登录"])}</span></div>
<div class="page">
<div class="at">吉林人参产业：从“论斤卖”到“论克卖”的转身</div>
<div class="author-box">{img("吉林财经观察",40,40)}<div><p class="name">吉林财经观察</p><p>2025-06-12 08:15吉林财经观察官方账号</p></div><span>{links(["+关注"])}</span></div>
""",
    body="""
N 文/张立军
P 在吉林抚松县的万良人参市场，过去人参多按斤称重、整车批发。如今，越来越多的商户开始把人参做成切片、冻干粉、人参饮料，包装成小盒按克销售，价格翻了几番。
H 一、从原料到产品
P 吉林是全国人参主产区，产量占全国六成以上，但长期以来“卖原料”为主，附加值不高。近几年，当地引导企业开展精深加工，开发出食品、保健品、化妆品等多个品类的产品。据统计，吉林省人参产品已超过3000种。
H 二、从产量到品牌
P 品牌建设是另一个发力点。“长白山人参”区域公用品牌推出后，统一质量标准和追溯体系，消费者扫码就能查看种植地块、年限和检测报告。有商户告诉我，贴了追溯码的产品，售价能高出两到三成。
H 三、仍需补齐的短板
P 当然，问题也不少：小散企业多、同质化竞争激烈，部分产品功效宣传不规范。业内人士认为，下一步要在科研投入、标准制定和市场监管上下更大功夫，避免“一窝蜂”。
P 从“论斤卖”到“论克卖”，变的是卖法，不变的是品质。人参产业要走得远，还得靠实实在在的好产品。
""",
    post=f"""
<p class="sm">声明：本文由入驻百家号平台的作者撰写，除官方账号外，观点仅代表作者本人，不代表百度立场。{links(["举报/反馈"])}</p>
<div><b>作者最新文章</b>{ul(["一汽红旗5月销量同比增长两成","长春新区生物医药产业园扩容"])}</div>
</div>
<p style="text-align:center;font-size:12px;color:#999">©2025 Baidu {links(["使用百度前必读"])} 京ICP证030173号</p>
""",
))

# ---------------------------------------------------------------- vi-27  微信公众号, 原创 + author name + account
PAGES.append(dict(
    id="vi-27", kind="self-media", lang="zh",
    title="在海拔3200米的茶卡，她们把盐湖文创做成了“爆款”",
    authors=["卓玛"],
    publish_time="2025年06月11日 21:30",
    doc_title="在海拔3200米的茶卡，她们把盐湖文创做成了“爆款”",
    features="微信公众号 article; meta line 原创 卓玛 高原生活志 date 青海 glued inline; author is the named person; editor/审校 credits at the end; 阅读原文/在看/写留言 furniture; 往期推荐; profile QR caption",
    css="""
body{margin:0;background:#fff;font-family:-apple-system,'PingFang SC'}
.rich_media{max-width:677px;margin:0 auto;padding:20px}
.rich_media_title{font-size:22px;line-height:1.4;margin-bottom:14px}
.meta span,.meta a{margin-right:8px;font-size:15px;color:#576b95}
.meta em{font-style:normal;color:rgba(0,0,0,.3);font-size:15px;margin-right:8px}
.article-content p{font-size:17px;line-height:1.75;letter-spacing:.5px}
.article-content h3{color:#2b7bb9;font-size:17px;text-align:center}
.pic-cap{color:#888;font-size:13px;text-align:center}
.credit{color:#888;font-size:13px}
.tool{color:#576b95;font-size:15px}
""",
    opts={"htag": "h3"},
    pre=f"""
<div class="rich_media">
<h1 class="rich_media_title">在海拔3200米的茶卡，她们把盐湖文创做成了“爆款”</h1>
<div class="meta"><span>原创</span><span>卓玛</span><a href="#">高原生活志</a><em>2025年06月11日 21:30</em><em>青海</em></div>
""",
    body="""
P 六月的茶卡，盐湖像一面巨大的镜子。游客们在湖边拍照打卡，也会顺手带走几件“盐”值很高的小玩意儿：盐雕冰箱贴、彩色盐晶灯、印着“天空之镜”的帆布包……
P 这些文创产品，大多出自镇上一家由6位女性创办的合作社。
H 01 从一块盐开始
P 合作社带头人李秀兰原来在景区门口卖矿泉水。几年前，她看到游客总想带点盐湖的东西回去，就试着用盐湖的结晶盐做成小摆件，没想到很快卖断了货。
P “我们一开始什么都不会，就去西宁、敦煌找人学，回来一点点琢磨。”她说。
I 盐晶灯|合作社成员在制作盐晶灯
H 02 姐妹们一起干
P 后来，她拉上村里的几个姐妹，注册了合作社。有人负责设计，有人负责手工，年纪最小的索南拉毛负责拍短视频、开网店。去年，合作社销售额突破了120万元，带动周边30多名妇女在家门口就业。
H 03 下一步
P 今年，她们打算和景区合作开设体验工坊，让游客亲手做一件盐雕带回家。“盐湖是大自然给的，我们想让更多人记住它的好。”李秀兰说。
""",
    post=f"""
<p class="credit">图片 | 受访者提供</p>
<p class="credit">编辑 | 央金　审校 | 王　磊</p>
<p>{img("高原生活志二维码",160,160)}</p><p class="credit">长按识别二维码关注我们</p>
<p class="tool">{links(["阅读原文"])}　阅读 3.6万　{links(["分享"])}　{links(["在看"])}　{links(["写留言"])}</p>
<div><b>往期推荐</b>{ul(["青海湖环湖骑行，这份攻略请收好","祁连山下的夏季牧场"])}</div>
</div>
""",
))

# ---------------------------------------------------------------- vi-28  搜狐号, 作者 | line inside the article
PAGES.append(dict(
    id="vi-28", kind="self-media", lang="zh",
    title="广州老城区的糖水铺，藏着几代人的夏天",
    authors=["黄海燕"],
    publish_time="2025-06-13 15:20",
    doc_title="广州老城区的糖水铺，藏着几代人的夏天_糖水_街坊_西关",
    features="搜狐号 article (2022 layout); account 羊城食光 differs from the named writer 作者 | 黄海燕 (line not body); 发布于：广东省 after the date; 返回搜狐，查看更多 and platform 责任编辑 lines; 阅读 count; 推荐阅读",
    css="""
body{margin:0;font-family:'PingFang SC','Microsoft YaHei';background:#fff}
.sohu-head{height:44px;background:#f9f9f9;border-bottom:1px solid #eee;padding:0 10%;display:flex;align-items:center;gap:16px;font-size:13px}
.left-user{position:absolute;left:8%;top:80px;width:180px;text-align:center;font-size:13px}
.text{width:640px;margin:30px auto}
.text-title h1{font-size:26px}
.article-info{color:#999;font-size:13px}.article-info span{margin-right:10px}
.article-content p{font-size:16px;line-height:1.9}
.note{color:#666;font-size:14px}
.back{color:#999;font-size:14px}
""",
    opts={"ncls": "note"},
    pre=f"""
<div class="sohu-head">{links(["搜狐","新闻","体育","汽车","房产","旅游","教育","时尚","科技","财经","娱乐","更多"])} <span style="margin-left:auto">{links(["登录"])}</span></div>
<div class="left-user">{img("羊城食光",64,64)}<p>羊城食光</p><p>文章 312　总阅读 486万</p><p>{links(["+关注"])}</p></div>
<div class="text">
<div class="text-title"><h1>广州老城区的糖水铺，藏着几代人的夏天</h1></div>
<div class="article-info"><span>2025-06-13 15:20</span><span>发布于：广东省</span><span>{links(["羊城食光"])}</span></div>
""",
    body="""
N 作者 | 黄海燕
N 图片 | 网络
P 在广州，夏天是从一碗糖水开始的。
P 西关的老街巷里，糖水铺子开了一家又一家。绿豆沙、红豆沙、番薯糖水、双皮奶、杏仁露……一块小黑板写着当天的品种，价格大多在十元上下，街坊们端着碗坐在门口的小板凳上，边吃边聊。
P 恩宁路附近的一家糖水铺，老板陈姨已经守了三十多年。她说，做糖水没有秘诀，就是“料要足，火要够”。绿豆沙要用陈皮和海带一起熬，熬到起沙才算好；芝麻糊则要现磨现煮，磨出来的芝麻糊香得整条街都闻得到。
P 这些年，老城区的年轻人越来越少，不少老铺子因为房租上涨和后继无人关了门。但也有新的变化：一些年轻人接手了父辈的店，把传统糖水搭配上新鲜水果和椰奶，还做起了外卖和短视频。
P “以前的熟客带着孙子来吃，现在还有专门从外地来打卡的。”陈姨的女儿阿敏说，周末一天能卖出四五百碗。
P 一碗糖水，甜的是味道，留住的是老广州人的生活方式。下次路过西关，不妨停下脚步，坐下来慢慢吃一碗。
""",
    post=f"""
<p class="back">{links(["返回搜狐，查看更多"])}</p>
<p class="back">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</p>
<p class="back">责任编辑：</p>
<p class="back">阅读 (5218)</p>
<div><b>推荐阅读</b>{ul(["广州这几家老字号早茶，本地人常去","荔湾湖公园荷花开了"])}</div>
</div>
""",
))

# ---------------------------------------------------------------- vi-29  澎湃号·政务, account author, 原标题 line
PAGES.append(dict(
    id="vi-29", kind="self-media", lang="zh",
    title="潍坊风筝节周末开幕，这份出行指南请收好",
    authors=["潍坊文旅"],
    publish_time="2025-06-13 17:48",
    doc_title="潍坊风筝节周末开幕，这份出行指南请收好_澎湃号·政务_澎湃新闻-The Paper",
    features="澎湃号·政务 page; government account 潍坊文旅 as author; 原标题《…》 line and 来源 line at the end (not body); 澎湃号 disclaimer; date + 来自 location; list items and a schedule table; 举报 link",
    css="""
body{margin:0;font-family:'PingFang SC';background:#fff}
.hd{height:60px;border-bottom:1px solid #eee;display:flex;align-items:center;padding:0 8%;gap:30px}
.hd b{font-size:22px}
.news{width:700px;margin:30px auto}
.news_title{font-size:28px;font-weight:bold;line-height:1.4}
.news_about{color:#999;font-size:14px;margin:14px 0}.news_about p{margin:4px 0}
.article-content p{font-size:17px;line-height:1.9}
.art-table{border-collapse:collapse}.art-table td,.art-table th{border:1px solid #ccc;padding:5px 10px}
.note{color:#888;font-size:14px}
""",
    pre=f"""
<div class="hd"><b>澎湃新闻</b>{links(["要闻","深度","直播","视频","澎湃号","问政","思想","生活"])}</div>
<div class="news">
<div class="news_title">潍坊风筝节周末开幕，这份出行指南请收好</div>
<div class="news_about"><p>{links(["潍坊文旅"])}</p><p>2025-06-13 17:48　来自 山东</p><p>澎湃号·政务 &gt;</p></div>
""",
    body="""
P 6月14日至15日，第五届潍坊滨海风筝嘉年华将在滨海区欢乐海沙滩举办。届时，来自国内外的200余支风筝队将同场竞技，各类巨型软体风筝、串风筝、夜光风筝轮番登场。
H 活动安排
T 时间|活动内容|地点
T 6月14日9:00|开幕式及巨型风筝放飞|欢乐海沙滩主会场
T 6月14日19:30|夜光风筝表演|欢乐海沙滩
T 6月15日9:00|风筝竞技比赛|滨海风筝放飞场
H 出行提示
L 活动期间开通市区至欢乐海沙滩的免费接驳专线，发车间隔15分钟；
L 主会场周边设置临时停车场4处，提供车位约3000个；
L 海边风大日晒，请做好防晒，携带儿童的游客注意看护。
P 此外，潍坊市区风筝博物馆、杨家埠民间艺术大观园在活动期间延长开放时间，游客可顺路参观，体验扎风筝、画年画等非遗项目。
""",
    post=f"""
<p class="note">原标题：《周末，一起来潍坊放风筝！》</p>
<p class="note">来源：潍坊市文化和旅游局</p>
<p class="note">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问http://renzheng.thepaper.cn。</p>
<p>{links(["举报"])}</p>
</div>
<p style="text-align:center;font-size:12px;color:#999">沪ICP备14003370号　沪公网安备31010602000299号　互联网新闻信息服务许可证：31120170006</p>
""",
))

# ---------------------------------------------------------------- vi-30  微博头条文章, personal account
PAGES.append(dict(
    id="vi-30", kind="self-media", lang="zh",
    title="梅州客家娘酒：一坛酒里的乡愁",
    authors=["客家阿峰"],
    publish_time="2025-06-14 17:02",
    doc_title="梅州客家娘酒：一坛酒里的乡愁 - 微博",
    features="微博 头条文章 page; nickname account (no real name) as author; 发布于 date; 阅读数; 转发/评论/赞 counts; 关注 card with 微博认证; 'H' sub-headings as bold paragraphs; 微博 footer",
    css="""
body{margin:0;background:#f2f2f5;font-family:'PingFang SC'}
.WB_top{background:#fff;height:50px;display:flex;align-items:center;padding:0 12%;gap:20px;border-bottom:1px solid #ddd}
.card{width:720px;margin:20px auto;background:#fff;padding:30px 50px}
.tit{font-size:28px;font-weight:bold}
.us{display:flex;gap:10px;align-items:center;color:#808080;font-size:13px;margin:16px 0}
.article-content p{font-size:16px;line-height:1.9;color:#333}
.hand{border-top:1px solid #eee;color:#808080;padding-top:10px}
""",
    opts={"htag": "strong"},
    pre=f"""
<div class="WB_top">{img("微博",80,30)}<input placeholder="大家都在搜：端午假期出行"> {links(["首页","发现","游戏","注册","登录"])}</div>
<div class="card">
<div class="tit">梅州客家娘酒：一坛酒里的乡愁</div>
<div class="us">{img("客家阿峰",36,36)}<span>{links(["客家阿峰"])}</span><span>美食博主 微博认证</span><span>发布于 2025-06-14 17:02</span><span>阅读数：8.9万</span></div>
""",
    body="""
P 在梅州，几乎家家户户都会酿娘酒。小时候每到端午前后，外婆就会蒸上一大锅糯米，拌上自家做的酒饼，装进大瓦坛里封好，放在灶间角落慢慢发酵。
P 半个月后揭开坛盖，满屋子都是甜甜的酒香。外婆会先舀一碗给我们这些小孩子尝尝，那种甜里带一点辣的味道，到现在都忘不了。
H 娘酒怎么做
P 客家娘酒的做法其实不复杂：糯米浸泡一夜后蒸熟，摊凉到不烫手，均匀撒上碾碎的酒饼，压实后在中间挖一个小洞，封坛发酵。讲究一点的人家，还会在酒成后用稻草或谷壳“炙酒”，让酒色变成琥珀色，口感更加醇厚。
H 娘酒的用处
P 在客家人的生活里，娘酒是离不开的。坐月子要喝娘酒鸡，逢年过节要用娘酒待客，红白喜事也少不了它。出门在外的梅州人，最想念的也往往是这一口。
P 这几年，梅州不少酒坊把娘酒做成了小瓶装，在网上卖到全国各地。可我总觉得，还是外婆灶间那一坛最香。你们家乡有没有这样一种“味道”？
""",
    post=f"""
<div class="hand">{links(["转发 326"])}　{links(["评论 518"])}　{links(["赞 2641"])}</div>
<p style="font-size:12px;color:#aaa">{links(["微博客服"])} {links(["意见反馈"])} {links(["举报处理"])} 京ICP证100780号 © 2025 微博 Weibo Corporation</p>
</div>
""",
))
