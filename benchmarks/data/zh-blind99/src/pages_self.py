"""Self-media pages wv-25 .. wv-30 (头条号, 百家号, 微信公众号, 网易号, 澎湃号, 微博文章)."""
from render import BODY, e, img, links, ul, ul_dated, search

PAGES = []
K = "self-media"

# ---------------------------------------------------------------- wv-25  头条号 (江苏), person named by '文丨'
PAGES.append(dict(
    id="wv-25", kind=K, lang="zh", doc_title="苏州人的春天，是从一碗头汤面开始的 - 今日头条",
    features="头条号 article: account name + date + IP location line under the headline ('姑苏慢生活 · 2025-04-17 18:26 · 江苏'); '文丨蒋小禾' line at the top of the article (the named writer: author; the account is not); picture alt texts; 点赞/评论/收藏/举报 counts; '作者最新文章' and '相关推荐' sidebar; platform disclaimer",
    css="""body{margin:0;font:18px/1.8 'PingFang SC',sans-serif;background:#f8f8f8;color:#222}.tt{background:#fff;border-bottom:1px solid #eee;padding:8px 40px;display:flex;gap:20px;align-items:center}.tt b{color:#f04142;font-size:22px}
.page{display:flex;gap:24px;width:1100px;margin:20px auto}.art{flex:1;background:#fff;padding:30px 40px}h1{font-size:28px;line-height:1.4}.info{color:#999;font-size:14px}.ops{color:#999;font-size:14px;margin-top:20px}
.ops span{margin-right:20px}.side{width:320px;background:#fff;padding:16px;font-size:15px}.disc{color:#aaa;font-size:12px}""",
    regions=[
        '<div class="tt"><b>今日头条</b>' + search("搜索站内资讯、视频或用户") + links(["下载头条APP", "登录"], " ") + '</div>',
        '<div class="page"><div class="art"><h1>苏州人的春天，是从一碗头汤面开始的</h1><div class="info">姑苏慢生活 · 2025-04-17 18:26 · 江苏</div>',
        BODY,
        '<div class="ops"><span>赞 1862</span><span>评论 214</span><span>收藏</span><span>举报</span></div>'
        '<p class="disc">本文内容由作者发布，不代表平台观点。如有侵权，请联系平台处理。</p></div>'
        '<div class="side"><p>' + img("姑苏慢生活", gif=True) + ' <b>姑苏慢生活</b><br>优质美食领域创作者　<a href="#">+ 关注</a></p><h4>作者最新文章</h4>' +
        ul(["平江路的清晨，游客还没醒", "在太湖边吃一顿“太湖三白”", "苏州人怎么过清明：青团、酱汁肉和螺蛳"]) + '<h4>相关推荐</h4>' +
        ul(["苏式汤面的“规矩”，外地人很难懂", "枫镇大面为什么只在夏天卖？"]) + '</div></div>',
    ],
    title="苏州人的春天，是从一碗头汤面开始的", authors=["蒋小禾"], publish_time="2025-04-17 18:26",
    body=[
        ("note", "文丨蒋小禾"),
        ("p", "清晨五点半，苏州老城还笼罩在薄雾里，观前街附近一家面馆的灶台已经热起来了。老板老顾把前一天夜里熬好的汤底舀进锅，汤色清亮，鳝鱼骨、猪骨和黄鳝的鲜香一下子就飘了出来。"),
        ("p", "苏州人讲究吃“头汤面”。所谓头汤，就是一锅面汤里下的第一批面，汤清、面爽，没有面粉糊糊的浊气。老苏州宁愿起个大早排队，也要赶上这一口。"),
        ("img", "一碗焖肉面", None),
        ("p", "一碗面，讲究的东西很多：要“宽汤”还是“紧汤”，要“硬面”还是“烂面”，要“重青”还是“免青”，浇头是“过桥”还是直接盖在面上……第一次来的外地朋友常被这些“黑话”弄得一头雾水。"),
        ("p", "春天的苏州，最应季的浇头是三虾面。虾子、虾脑、虾仁三样都要新鲜，只有清明前后一个多月能吃到。老顾说，三虾浇头全靠手工剥，一斤河虾剥下来不到二两虾仁，所以价格一直不便宜。"),
        ("p", "“面可以天天吃，三虾面一年只等这一回。”坐在我对面的老先生一边说，一边小心地把虾仁拌进面里。窗外，平江河上的小船慢慢摇过去，这大概就是苏州人的春天吧。"),
    ],
))

# ---------------------------------------------------------------- wv-26  百家号 (黑龙江), account only
PAGES.append(dict(
    id="wv-26", kind=K, lang="zh", doc_title="中东铁路老站舍修缮完工，百年建筑里藏着哪些故事？",
    features="百家号 article: account block (name, '2025-04-15 20:33 黑龙江 文化领域创作者') above the body, no person named so the account is the author; headline ends with a question mark; sub-headings in bold; picture alt; '举报/反馈'; '相关推荐' list with source names; Baidu footer",
    css="""body{margin:0;font:17px/1.8 Arial,'PingFang SC';color:#333}.bd{background:#fff;border-bottom:1px solid #eee;padding:10px 60px}.bd b{color:#2932e1}.mid{width:680px;margin:24px auto}h1{font-size:26px}
.au{display:flex;gap:10px;align-items:center;color:#999;font-size:13px}.au b{color:#333;font-size:15px}.rec li{margin-bottom:10px}.rec small{color:#999;margin-left:10px}.bf{text-align:center;color:#999;font-size:12px;padding:20px}""",
    regions=[
        '<div class="bd"><b>百度</b> | 百家号　' + search("") + '</div>',
        '<div class="mid"><h1>中东铁路老站舍修缮完工，百年建筑里藏着哪些故事？</h1><div class="au">' + img("龙江文史小馆", gif=True) +
        '<div><b>龙江文史小馆</b><br>2025-04-15 20:33黑龙江 文化领域创作者</div><a href="#">关注</a></div>',
        BODY,
        '<p style="color:#999;font-size:13px">举报/反馈</p><h4>相关推荐</h4><ul class="rec"><li><a href="#">哈尔滨中央大街上的老建筑，你认识几座？</a><small>冰城文旅</small></li>'
        '<li><a href="#">横道河子：藏在林海里的俄式小镇</a><small>东北旅行家</small></li></ul></div>',
        '<div class="bf">©2025 Baidu　使用百度前必读　京ICP证030173号</div>',
    ],
    title="中东铁路老站舍修缮完工，百年建筑里藏着哪些故事？", authors=["龙江文史小馆"], publish_time="2025-04-15 20:33",
    body=[
        ("p", "前几天，位于牡丹江市横道河子镇的中东铁路老站舍修缮工程完工，拆掉脚手架的那一刻，不少当地老人专门赶来拍照。这座建于1903年的木石结构站舍，终于恢复了当年的样子。"),
        ("h", "一、为什么说它“不一般”"),
        ("p", "中东铁路是19世纪末20世纪初修建的一条铁路，以哈尔滨为中心，西至满洲里，东至绥芬河，南至大连。横道河子站是东线上的重要车站，当时设有机车库和铁路员工住宅，小镇也因铁路而兴。"),
        ("img", "修缮后的横道河子老站舍", None),
        ("h", "二、修缮遵循“最小干预”"),
        ("p", "参与修缮的工匠介绍，这次修缮遵循“最小干预”原则，能保留的原构件全部保留。外墙的石料一块块编号拆下、清洗后再按原位砌回，腐朽的木构件则用同树种的老木料替换，连窗框的颜色都是对照老照片调出来的。"),
        ("h", "三、老站舍将变身展览馆"),
        ("p", "据了解，修缮后的老站舍将作为中东铁路历史陈列馆对外开放，展出老车票、信号灯、铁路员工制服等300多件实物，计划“五一”前后迎客。"),
        ("p", "说实话，第一次去横道河子的时候，我被那些木刻楞房子和老机车库震撼到了。如果你也喜欢老建筑，今年春天不妨去看看。"),
    ],
))

# ---------------------------------------------------------------- wv-27  微信公众号 (宁夏 county 发布)
PAGES.append(dict(
    id="wv-27", kind=K, lang="zh", doc_title="盐池滩羊“出圈”记：一只羊带富一方百姓",
    features="微信公众号 article: header line '原创 马丽 盐池发布 2025年04月17日 18:30 宁夏' (author, account, date, IP location run together); lead paragraph in a grey box (body); sub-headings with ▍; credits block at the end '来源：盐池县融媒体中心 / 记者：马\u3000丽 / 编辑：… / 审核：…' (only the reporter is an author); '预览时标签不可点', '微信扫一扫关注该公众号', '继续滑动看下一个', 赞/分享/推荐/写留言",
    css="""body{margin:0;background:#fff;font:17px/1.75 -apple-system,'PingFang SC';color:#333}.rich_media{max-width:677px;margin:0 auto;padding:20px 16px}h1{font-size:22px;line-height:1.4}.meta{color:rgba(0,0,0,.45);font-size:15px}
.meta a{color:#576b95}.lead{background:#f4f4f4;padding:10px;color:#666;font-size:15px}h3{font-size:17px;color:#c0392b}.cr p{font-size:14px;color:#888;margin:2px 0}.tools{color:#576b95;font-size:15px}.gray{color:#aaa;font-size:13px;text-align:center}""",
    regions=[
        '<div class="rich_media"><h1>盐池滩羊“出圈”记：一只羊带富一方百姓</h1>'
        '<div class="meta"><span>原创</span> <span>马丽</span> <a href="#">盐池发布</a> <em>2025年04月17日 18:30</em> <span>宁夏</span></div>',
        BODY,
        '<div class="cr"><p>来源：盐池县融媒体中心</p><p>记者：马\u3000丽</p><p>编辑：杨婧怡</p><p>审核：李建军</p></div>'
        '<p class="gray">预览时标签不可点</p><p class="gray">' + img("二维码", gif=True) + '<br>微信扫一扫<br>关注该公众号</p>'
        '<p class="gray">继续滑动看下一个</p><p class="tools">盐池发布</p><p class="tools">向上滑动看下一个</p>'
        '<p class="tools">赞　分享　推荐　写留言</p></div>',
    ],
    title="盐池滩羊“出圈”记：一只羊带富一方百姓", authors=["马丽"], publish_time="2025年04月17日 18:30",
    body=[
        ("pc", "lead", "一只羊，养出了一个产业，富了一方百姓。近年来，盐池县坚持把滩羊产业作为富民主导产业，走出了一条生态保护与产业发展双赢的路子。"),
        ("h", "▍从“散养”到“标准化”"),
        ("p", "在花马池镇的一家滩羊养殖合作社，一排排标准化羊舍干净整洁，自动饮水器、智能监控一应俱全。合作社负责人王学军告诉记者，合作社现在存栏滩羊2800只，实行统一饲料、统一防疫、统一销售，“以前一家一户散养，羊的品质参差不齐，卖不上价，现在有了标准，客商都是主动上门。”"),
        ("h", "▍从“卖活羊”到“卖品牌”"),
        ("p", "走进盐池滩羊肉加工企业，分割、包装、冷链运输一气呵成。通过建立全程可追溯体系，每一块滩羊肉都有“身份证”，消费者扫码就能查到羊的养殖、屠宰和检疫信息。目前，盐池滩羊已进入全国30多个大中城市的商超和餐厅。"),
        ("h", "▍从“一产”到“三产融合”"),
        ("p", "依托滩羊品牌，盐池发展起滩羊美食节、农家乐和研学旅游，游客可以到牧场喂羊、学做手抓羊肉。2024年，全县滩羊饲养量达到320万只，全产业链产值突破90亿元，农民人均可支配收入中来自滩羊产业的部分超过四成。"),
        ("p", "“下一步，我们将继续做好‘羊’文章，推进滩羊精深加工，让‘盐池滩羊’这块金字招牌更响更亮。”盐池县农业农村局有关负责人说。"),
    ],
))

# ---------------------------------------------------------------- wv-28  网易号 (海南 food account)
PAGES.append(dict(
    id="wv-28", kind=K, lang="zh", doc_title="文昌鸡、抱罗粉……到海南必吃的8样早餐|海南|抱罗粉|文昌鸡_网易订阅",
    features="网易号 article: info line '2025-04-18 11:20:33　来源: 海南吃货地图' with 举报 link, no person named (account is the author); numbered dish sub-headings with short paragraphs; picture alts; '特别声明' platform disclaimer; 相关推荐 and 热点新闻 lists; 网易 footer",
    css="""body{margin:0;font:16px/1.9 'Microsoft YaHei';color:#404040}.ne_top{background:#f6f6f6;font-size:12px;padding:6px 8%}.ne_top a{margin-right:12px;color:#666}.post_main{width:680px;float:left;margin-left:8%}
.post_title{font-size:28px;line-height:1.4;color:#000}.post_info{color:#888;font-size:14px}.post_side{width:300px;float:left;margin-left:40px;font-size:14px}.statement{color:#999;font-size:13px;border-top:1px solid #eee}
.N-foot{clear:both;text-align:center;font-size:12px;color:#888;padding:30px}""",
    regions=[
        '<div class="ne_top">' + links(["网易首页", "应用", "新闻", "体育", "娱乐", "财经", "汽车", "科技", "旅游", "网易号"]) + '</div>',
        '<div class="post_main"><h1 class="post_title">文昌鸡、抱罗粉……到海南必吃的8样早餐</h1><div class="post_info">2025-04-18 11:20:33　来源: <a href="#">海南吃货地图</a>　<a href="#">举报</a></div>',
        BODY,
        '<p class="statement">特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</p>'
        '<p class="statement">Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.</p></div>'
        '<div class="post_side"><h4>相关推荐</h4>' + ul(["海口骑楼老街的清补凉，吃了二十年", "去万宁一定要吃的东山羊", "三亚海鲜怎么买不踩坑？"]) + '<h4>热点新闻</h4>' + ul(["五一假期机票价格出炉", "多地发布高温预警"]) + '</div>',
        '<div class="N-foot">' + links(["About NetEase", "公司简介", "联系方法", "招聘信息", "客户服务"], " - ") + '<br>网易公司版权所有 ©1997-2025</div>',
    ],
    title="文昌鸡、抱罗粉……到海南必吃的8样早餐", authors=["海南吃货地图"], publish_time="2025-04-18 11:20:33",
    body=[
        ("p", "来海南旅游，早上千万别在酒店吃自助早餐！海南人的早餐丰富得很，粉、面、粥、糕样样都有，而且价格实惠，十几块钱就能吃得很满足。今天就给大家盘点8样海南必吃早餐。"),
        ("h", "1. 抱罗粉"),
        ("p", "来自文昌抱罗镇，粗米粉配上牛肉干、酸菜、花生、葱花，再浇一勺用牛骨熬的汤，酸辣鲜香，一碗下肚浑身舒坦。"),
        ("img", "抱罗粉", None),
        ("h", "2. 海南粉"),
        ("p", "细米粉拌上卤汁、炸花生、酸菜和牛肉丝，有“腌粉”和“汤粉”两种吃法，老海口人最爱腌粉。"),
        ("h", "3. 文昌鸡饭"),
        ("p", "用鸡油和鸡汤煮的米饭粒粒油亮，配上白切文昌鸡和特制蘸料，早餐吃也毫无压力。"),
        ("h", "4. 后安粉"),
        ("p", "万宁后安镇的招牌，汤底用猪骨熬制，配猪肠、粉肠和瘦肉，汤鲜味美。"),
        ("h", "5. 椰子饭、6. 薏粑、7. 陵水酸粉、8. 老爸茶"),
        ("p", "这四样也都值得一试。尤其是老爸茶，一壶茶配几碟点心，可以坐一上午，是最能体验海南“慢生活”的方式。"),
        ("p", "你最喜欢哪一样？欢迎在评论区告诉我们！"),
    ],
))

# ---------------------------------------------------------------- wv-29  澎湃号·政务 (黑龙江), person named in the credits
PAGES.append(dict(
    id="wv-29", kind=K, lang="zh", doc_title="黑河口岸一季度进出境旅客同比增长四成_澎湃号·政务_澎湃新闻-The Paper",
    features="澎湃号·政务 page: '澎湃号·政务 > 黑河发布' label, account name under the headline, info line '2025-04-16 17:05 来源：澎湃新闻·澎湃号·政务' with 字号; credits '文字：孙浩然　图片：黑河市融媒体中心' (the writer is the author, not the account); data table; platform disclaimer; '举报' and 'App内打开'",
    css="""body{margin:0;font:17px/1.85 'PingFang SC';color:#000}.hd{border-bottom:1px solid #e5e5e5;padding:12px 10%;display:flex;justify-content:space-between}.hd b{font-size:22px}.news{width:700px;margin:24px auto}
.lab{color:#00a5eb;font-size:14px}h1{font-size:28px;line-height:1.4;margin:6px 0}.acct{font-size:15px;color:#333}.ti{color:#999;font-size:13px}.btable{border-collapse:collapse;width:100%}.btable td,.btable th{border:1px solid #ddd;padding:4px}
.cred{color:#666;font-size:14px}.dis{color:#999;font-size:13px;border-top:1px solid #eee;padding-top:10px}.ft{text-align:center;color:#aaa;font-size:12px;padding:20px}""",
    regions=[
        '<div class="hd"><b>澎湃</b><span>' + links(["要闻", "深度", "视频", "澎湃号", "App内打开"], " ") + '</span></div>',
        '<div class="news"><div class="lab">澎湃号·政务 &gt; 黑河发布</div><h1>黑河口岸一季度进出境旅客同比增长四成</h1><div class="acct">黑河发布</div>'
        '<div class="ti">2025-04-16 17:05 来源：澎湃新闻·澎湃号·政务　字号</div>',
        BODY,
        '<p class="cred">文字：孙浩然　图片：黑河市融媒体中心</p>'
        '<p class="dis">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问澎湃新闻网站。</p>'
        '<p class="ti">举报</p></div>',
        '<div class="ft">沪ICP备14003370号　沪公网安备31010602000299号　互联网新闻信息服务许可证：31120170006<br>© 2014-2025 上海东方报业有限公司</div>',
    ],
    title="黑河口岸一季度进出境旅客同比增长四成", authors=["孙浩然"], publish_time="2025-04-16 17:05",
    body=[
        ("p", "记者从黑河海关获悉，今年一季度，黑河口岸进出境旅客达到18.7万人次，同比增长40.3%；进出境交通工具4.2万辆（艘）次，同比增长26.8%。"),
        ("p", "一季度黑河口岸主要数据："),
        ("table", [["项目", "数量", "同比增长"],
                   ["进出境旅客", "18.7万人次", "40.3%"],
                   ["进出境交通工具", "4.2万辆（艘）次", "26.8%"],
                   ["进出口货运量", "36.5万吨", "12.4%"]]),
        ("p", "冬季封江期间，黑河口岸通过气垫船和浮箱固冰通道保障客货运输。随着黑龙江开江，口岸将陆续恢复明水期客运船舶运营。黑河海关相关负责人表示，海关已提前开展船舶检查和旅检通道设备调试，确保开航后旅客“即到即检”。"),
        ("p", "为提升通关效率，黑河海关还推行“互联网+预约通关”，旅客可以提前在手机上填报申报信息，现场通关时间平均缩短至3分钟以内。口岸免税店同步延长营业时间，方便往来旅客购物。"),
    ],
))

# ---------------------------------------------------------------- wv-30  微博头条文章 (海南 blogger)
PAGES.append(dict(
    id="wv-30", kind=K, lang="zh", doc_title="环岛骑行第五天：从万宁到陵水，一路椰林一路风",
    features="微博头条文章: nickname with '@' in the card, date with '来自 微博 weibo.com', 阅读 count; first-person travel prose with day-stage list; no real name, so the account name (without @) is the author; 转发/评论/赞 counts; '已编辑' mark; login prompt at the bottom",
    css="""body{margin:0;background:#f2f2f5;font:16px/1.8 'PingFang SC',sans-serif}.wb{background:#fff;padding:8px 10%;border-bottom:1px solid #e6e6e6}.wb b{color:#ff8200;font-size:20px}.card{width:720px;margin:20px auto;background:#fff;padding:30px}
h1{font-size:26px}.who{color:#333;font-size:14px}.who .t{color:#999}.rd{color:#999;font-size:13px}.act{border-top:1px solid #eee;color:#808080;font-size:14px;padding-top:10px}.act span{margin-right:30px}.login{text-align:center;background:#fff8e6;padding:12px;font-size:14px}""",
    regions=[
        '<div class="wb"><b>微博</b>　' + search("搜索微博") + links(["首页", "热门", "登录", "注册"], " ") + '</div>',
        '<div class="card"><h1>环岛骑行第五天：从万宁到陵水，一路椰林一路风</h1>'
        '<div class="who">' + img("头像", gif=True) + ' <a href="#">@海岛骑行阿杰</a><br><span class="t">2025-04-19 21:07 来自 微博 weibo.com</span>　<span class="rd">阅读 1.2万</span>　<span class="rd">已编辑</span></div>',
        BODY,
        '<div class="act"><span>转发 86</span><span>评论 143</span><span>赞 2061</span></div></div>',
        '<div class="login">登录微博，查看更多精彩内容　<a href="#">立即登录</a></div>',
    ],
    title="环岛骑行第五天：从万宁到陵水，一路椰林一路风", authors=["海岛骑行阿杰"], publish_time="2025-04-19 21:07",
    body=[
        ("p", "今天是环岛骑行的第五天，从万宁兴隆出发，沿着东线旅游公路一路向南，傍晚到达陵水县城，全程78公里，累计爬升不到400米，算是这几天最轻松的一段。"),
        ("p", "今天的路线："),
        ("li", ["兴隆热带植物园——石梅湾（22公里）", "石梅湾——日月湾（15公里）", "日月湾——香水湾（24公里）", "香水湾——陵水县城（17公里）"]),
        ("img", "日月湾的冲浪者", None),
        ("p", "上午在石梅湾停下来喝了一个椰子，椰林下面的风特别舒服。到了日月湾，海面上全是冲浪的年轻人，有几个还是专门从北京飞过来学冲浪的。我在路边坐了半个小时，看他们一次次被浪拍下来又爬上板。"),
        ("p", "东线旅游公路修得很好，大部分路段都有单独的骑行道，还有好几个驿站可以补水、打气。唯一的问题是中午太晒了，建议后面来骑的朋友早上六点多就出发，中午找个地方休息，下午四点以后再走。"),
        ("p", "晚上在陵水吃了酸粉和清补凉，一共花了不到三十块钱。明天往三亚骑，环岛就快过半了，继续加油！"),
    ],
))
