"""Self-media pages vh-25 .. vh-30."""
K = "self-media"
PAGES = []

# vh-25: 头条号 (account only, no person named)
PAGES.append(dict(
    id="vh-25", lang="zh", kind=K,
    title="在婺源住了三天，这5个小众村落比篁岭更值得去",
    authors=["赣鄱游记"],
    publish_time="2025-03-11 21:06",
    css="""body{margin:0;font-family:"PingFang SC";background:#fff}.tt-h{display:flex;gap:20px;padding:10px 40px;border-bottom:1px solid #eee;font-size:14px}
.tt-main{width:680px;margin:0 auto}.tt-main h1{font-size:30px;line-height:1.4}.tt-meta{font-size:14px;color:#999;display:flex;gap:12px}
.tt-art p{font-size:18px;line-height:1.8}.tt-side{position:absolute;right:30px;top:80px;width:260px;font-size:13px}""",
    pre="""
<div class="tt-h"><b>今日头条</b><a>首页</a><a>下载头条</a><a>发布作品</a><a>登录</a><input placeholder="搜索站内资讯、视频或用户"></div>
<div class="tt-side"><b>赣鄱游记</b><br>3.6万粉丝 · 512篇作品<br><button>关注</button><br><br><b>相关推荐</b><br><a>景德镇三宝村，一个被瓷器包围的地方</a></div>
<div class="tt-main">
<h1>在婺源住了三天，这5个小众村落比篁岭更值得去</h1>
<div class="tt-meta"><span>原创</span><span>2025-03-11 21:06</span><span>·</span><span>赣鄱游记</span><span>·</span><span>江西</span></div>
""",
    wrap=('<article class="tt-art">', "</article>"),
    mode="p", hstyle="h2",
    body=[
        "每年三月，婺源的油菜花一开，篁岭、江岭就挤满了人。这次我没去最热门的景点，而是开车在婺源北线、东线转了三天，找到几个人少景美的村子，分享给大家。",
        ("h", "1. 察关村"),
        "一座古桥、一片水口林，村口几棵老樟树有上百年历史。早上七点前后雾气还没散，站在桥上拍照特别出片。",
        ("h", "2. 石城村"),
        "秋天才是石城的主场，但春天也别有味道：山坡上茶园泛绿，白墙黛瓦藏在竹林里，几乎见不到旅游团。",
        ("h", "3. 长溪村"),
        "长溪在婺源最东边，路有点绕，但村里的红豆杉林和古戏台值得专门跑一趟。",
        ("h", "4. 菊径村"),
        "村子被一条小河环绕成一个圆，从后山观景台俯瞰就像一个太极图。",
        ("h", "5. 虹关村"),
        "村口有一棵号称“江南第一樟”的古樟树，树冠能遮住半亩地。村里还保留着不少徽墨作坊。",
        "小贴士：婺源各村分布较散，建议自驾；三月中下旬是花期高峰，节假日尽量错峰出行。",
    ],
    post="""
<p style="color:#999;font-size:13px">本文为原创内容，未经授权禁止转载</p>
<div><a>点赞 1562</a> <a>评论 238</a> <a>收藏</a> <a>转发</a> <a>举报</a></div>
<div><b>评论</b><p>江西老表：察关村去过，确实很美！</p><p>山川行：石城秋天去更好看</p></div>
</div>""",
))

# vh-26: 百家号, person named in the body end ("文 | 周敏") plus account name at top
PAGES.append(dict(
    id="vh-26", lang="zh", kind=K,
    title="喀什老城的馕坑烤肉店，一年卖出二十万串",
    authors=["周敏"],
    publish_time="2025-03-12 14:33",
    css="""body{margin:0;font-family:Arial,"Microsoft YaHei"}.bj-top{background:#fff;padding:10px 30px;border-bottom:1px solid #ddd}
.bj-main{width:700px;margin:20px auto}.bj-main h2{font-size:28px}.bj-author{display:flex;gap:10px;align-items:center;color:#333}
.bj-author .t{color:#999;font-size:13px}.bj-text p{font-size:17px;line-height:1.85}.bj-text .cap{color:#999;font-size:13px;text-align:center}""",
    pre="""
<div class="bj-top"><a>百度首页</a> <a>登录</a> <a>百家号</a></div>
<div class="bj-main">
<h2>喀什老城的馕坑烤肉店，一年卖出二十万串</h2>
<div class="bj-author"><img alt="头像"><span>丝路财经观察</span><span class="t">2025-03-12 14:33</span><span class="t">新疆</span><span class="t">财经领域创作者</span><button>关注</button></div>
""",
    wrap=('<div class="bj-text">', "</div>"),
    mode="p", hstyle="strong",
    body=[
        ("x", "<p>文 | 周敏</p>"),
        "在喀什古城的吾斯塘博依路，有一家只有六张桌子的小店，门口的馕坑一天到晚冒着热气。店主买买提江·艾力今年41岁，这家馕坑烤肉店是他从父亲手里接过来的。",
        "“羊肉要选当天宰的，腌料只放盐、洋葱和孜然，烤出来外焦里嫩。”买买提江一边翻动肉串一边说。",
        ("h", "从“路边摊”到“网红店”"),
        "2019年以前，小店主要做街坊生意，一天卖两三百串。随着古城旅游升温，越来越多游客慕名而来。买买提江的女儿开通了短视频账号，记录父亲烤肉的日常，最火的一条视频播放量超过800万。",
        "去年，小店共卖出烤肉约20万串，营业额接近200万元，还带动了隔壁的酸奶店、干果店生意。",
        ("h", "“守住老味道最重要”"),
        "生意好了，也有人劝他开分店、做加盟。买买提江却很谨慎：“店多了，肉和火候就管不过来。我宁愿少赚一点，也要让客人吃到老味道。”",
        "如今，他正在培养两个徒弟，打算明年在古城另一头再开一家，依旧是六张桌子，依旧是那口馕坑。",
    ],
    post="""
<p style="color:#999">举报/反馈</p>
<div><b>作者最新文章</b><p><a>伊犁河谷杏花节，带火了一个村</a> 03-09</p><p><a>新疆棉农的春天：无人机播种</a> 03-05</p></div>
<div><b>相关文章</b><p><a>喀什古城旅游人次再创新高</a></p></div>
</div>""",
))

# vh-27: 微信公众号 article (county 发布 account); author line "作者：" near top is the person
PAGES.append(dict(
    id="vh-27", lang="zh", kind=K,
    title="今天起，平和县城区新增3条公交线路",
    authors=["张雅琴"],
    publish_time="2025年3月12日 18:30",
    css="""body{margin:0;background:#fff;font-family:-apple-system,"PingFang SC"}.rich_media{max-width:677px;margin:0 auto;padding:20px 16px}
.rich_media_title{font-size:22px;line-height:1.4}.rich_media_meta_list{font-size:15px;color:#999}.rich_media_meta_list a{color:#576b95}
.rich_media_content{font-size:17px;line-height:1.75;color:#333}.qr{font-size:13px;color:#888;text-align:center}""",
    pre="""
<div class="rich_media">
<h1 class="rich_media_title">今天起，平和县城区新增3条公交线路</h1>
<div class="rich_media_meta_list"><span>原创</span> <span>张雅琴</span> <a>平和发布</a> <span>2025年3月12日 18:30</span> <span>福建</span></div>
""",
    wrap=('<div class="rich_media_content">', "</div>"),
    mode="section", hstyle="strong",
    body=[
        "为方便群众出行，经前期调研和线路试运行，平和县城区3条新公交线路今天（3月12日）起正式开通。一起来看看吧！",
        ("h", "6路：县客运站—琯溪蜜柚产业园"),
        "途经站点：县客运站、花山市场、县医院、城东小学、蜜柚大道口、琯溪蜜柚产业园。首班6:30，末班19:00，发车间隔约20分钟。",
        ("h", "7路：南山公园—小溪镇政府"),
        "途经站点：南山公园、县一中、人民广场、新桥头、西林村、小溪镇政府。首班6:40，末班18:30，发车间隔约25分钟。",
        ("h", "8路：高铁平和站—县人民政府"),
        "途经站点：高铁平和站、坂仔路口、县文化馆、县人民政府。根据列车到发时刻动态调整班次。",
        "票价：三条线路均实行1元一票制，60周岁以上老年人、现役军人、残疾人凭有效证件免费乘车。",
        "如有疑问，可拨打县公交公司服务热线0596-5236517咨询。",
    ],
    post="""
<p>来源：平和县交通运输局</p>
<p>编辑：林小雨　审核：黄志明</p>
<div class="qr"><img alt="二维码">长按识别二维码，关注“平和发布”</div>
<p>阅读 1.2万　<a>分享</a> <a>收藏</a> <a>点赞 86</a> <a>推荐 42</a></p>
<p><a>写留言</a></p>
</div>""",
))

# vh-28: 搜狐号, 2018-era, account name only; "返回搜狐，查看更多" and 责任编辑
PAGES.append(dict(
    id="vh-28", lang="zh", kind=K,
    title="河北一县城的“棒棒糖经济”：小小糖果卖向40多个国家",
    authors=["冀商观察"],
    publish_time="2025-03-13 10:12",
    css="""body{margin:0;font-family:"Microsoft YaHei";background:#f4f4f4}.sh-top{background:#fff;padding:8px 50px;font-size:13px}
.sh-c{width:1000px;margin:0 auto;display:flex;gap:20px}.sh-user{width:200px;background:#fff;padding:12px;font-size:13px}
.sh-art{flex:1;background:#fff;padding:24px}.sh-art h1{font-size:26px}.sh-time{color:#999;font-size:13px}.sh-art article p{font-size:16px;line-height:1.9}""",
    pre="""
<div class="sh-top"><a>搜狐</a> <a>首页</a> <a>新闻</a> <a>体育</a> <a>汽车</a> <a>房产</a> <a>旅游</a> <a>教育</a> <a>时尚</a> <a>科技</a> <a>财经</a> <a>登录</a></div>
<div class="sh-c"><div class="sh-user"><img alt="冀商观察"><br><b>冀商观察</b><br>文章 1024　总阅读 318万<br><a>查看TA的文章&gt;</a></div>
<div class="sh-art">
<h1>河北一县城的“棒棒糖经济”：小小糖果卖向40多个国家</h1>
<div class="sh-time">2025-03-13 10:12 来源: <a>冀商观察</a> 发布于：河北省</div>
""",
    wrap=("<article>", "</article>"),
    mode="p",
    body=[
        "提起河北省邢台市的一个县城，很多人可能叫不上名字。但你吃过的棒棒糖、软糖、巧克力豆，很可能就产自这里。",
        "据当地统计，全县现有糖果生产企业176家，年产量约60万吨，产品出口到东南亚、中东、非洲和南美等40多个国家和地区，2024年糖果产业产值突破120亿元。",
        "产业是怎么发展起来的？上世纪80年代，几户村民从外地学来熬糖手艺，在家里支起小锅做硬糖，挑着担子到周边集市售卖。后来，作坊变成了工厂，工厂聚成了园区。",
        "一家企业负责人告诉我们，现在一条全自动棒棒糖生产线每分钟能生产1200支，从熬糖、成型、插棒到包装全程无人工接触。“我们还专门设了研发部，每年推出上百款新口味、新造型。”",
        "不过，行业也面临原料价格上涨、同质化竞争等压力。当地正推动企业抱团建设共享检测中心和跨境电商平台，打造区域公用品牌。",
        "小小一颗糖，甜了一座城。你小时候最爱吃什么糖？欢迎在评论区聊聊。",
    ],
    post="""
<p><a>返回搜狐，查看更多</a></p>
<p style="color:#999">责任编辑：<span>张丽</span></p>
<p>平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</p>
<p>阅读 (2.6万)</p>
<div><b>推荐阅读</b><p><a>保定白沟箱包：一年卖出几亿只</a></p></div>
</div></div>""",
))

# vh-29: 澎湃号·政务 (county court account in 河北? -> a 河北 city 市场监管 account), 2025 design, 通讯员 byline with 丨
PAGES.append(dict(
    id="vh-29", lang="zh", kind=K,
    title="邯郸集中销毁一批假冒伪劣商品，货值逾300万元",
    authors=["杨帆", "赵凯"],
    publish_time="2025-03-14 16:40",
    css="""body{margin:0;font-family:"PingFang SC"}.pp-head{height:56px;display:flex;align-items:center;gap:24px;padding:0 40px;border-bottom:1px solid #eee}
.pp-wrap{max-width:720px;margin:30px auto}.pp-tag{font-size:13px;color:#00a5eb}.pp-wrap h1{font-size:30px;line-height:1.35}
.pp-acc{display:flex;gap:12px;font-size:14px;color:#666}.pp-txt p{font-size:17px;line-height:1.9}.pp-foot{font-size:12px;color:#999;text-align:center;padding:30px}""",
    pre="""
<div class="pp-head"><b>澎湃新闻</b><a>要闻</a><a>深度</a><a>思想</a><a>生活</a><a>澎湃号</a><a>下载客户端</a><a>登录</a></div>
<div class="pp-wrap">
<div class="pp-tag">澎湃号 · 政务</div>
<h1>邯郸集中销毁一批假冒伪劣商品，货值逾300万元</h1>
<div class="pp-acc"><img alt="邯郸市场监管"><span>邯郸市场监管</span><span>2025-03-14 16:40</span><span>来源：澎湃新闻·澎湃号·政务</span></div>
<p>字号</p>
""",
    wrap=('<div class="pp-txt">', "</div>"),
    mode="p",
    body=[
        "3月14日上午，邯郸市市场监督管理局联合公安、烟草、农业农村等部门，在市区一处无害化处理场集中销毁一批假冒伪劣商品，货值共计312万元。",
        "此次销毁的物品主要来自近两年查办的案件，包括假冒知名品牌白酒4600余瓶、劣质儿童玩具1.1万件、不合格电线电缆3.2万米、过期食品5吨以及假劣农药、化肥等。",
        ("img", "销毁现场", "销毁现场"),
        "市市场监管局有关负责人介绍，销毁工作严格按照环保要求进行，采用粉碎、焚烧、填埋等方式分类处置，全程录像并邀请人大代表、政协委员和群众代表现场监督。",
        "据悉，2024年以来，全市市场监管系统共查处各类违法案件2386件，罚没款3150余万元，移送司法机关案件41件。市民如发现假冒伪劣商品，可拨打12315举报，经查证属实的将按规定给予奖励。",
        ("x", "<p>（通讯员 杨帆 赵凯）</p>"),
    ],
    post="""
<p style="color:#999;font-size:13px">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问。</p>
<div><a>举报</a> <a>分享</a> <a>收藏</a> <a>评论</a></div>
</div>
<div class="pp-foot">沪ICP备14003370号（示例）　沪公网安备31010602000299号　互联网新闻信息服务许可证：31120170006</div>""",
))

# vh-30: 微博 article (头条文章) by a 新疆 travel blogger, person name given in the article header
PAGES.append(dict(
    id="vh-30", lang="zh", kind=K,
    title="独库公路还没开，我先去了一趟巴音布鲁克",
    authors=["李牧野"],
    publish_time="2025-03-10 22:47",
    css="""body{margin:0;background:#f2f2f5;font-family:Arial,"PingFang SC"}.wb-nav{background:#fff;padding:10px 40px;display:flex;gap:20px}
.wb-card{width:760px;margin:20px auto;background:#fff;padding:30px 40px;border-radius:4px}.wb-card h1{font-size:28px}
.wb-u{display:flex;gap:10px;font-size:14px;color:#808080}.WB_editor_iframe p{font-size:16px;line-height:1.9}.wb-act{display:flex;gap:40px;color:#666}""",
    pre="""
<div class="wb-nav"><b>微博</b><input placeholder="大家都在搜：新疆春天"><a>首页</a><a>视频</a><a>发现</a><a>游戏</a><a>注册</a><a>登录</a></div>
<div class="wb-card">
<div style="font-size:13px;color:#999">头条文章</div>
<h1>独库公路还没开，我先去了一趟巴音布鲁克</h1>
<div class="wb-u"><img alt="牧野的新疆"><a>牧野的新疆</a><span>2025-03-10 22:47</span><span>阅读数：8.7万</span></div>
""",
    wrap=('<div class="WB_editor_iframe">', "</div>"),
    mode="p",
    body=[
        ("x", "<p>作者：李牧野</p>"),
        "很多朋友问我，三月去新疆是不是太早了？独库公路没开通，赛里木湖还结着冰。可我偏偏喜欢这时候的新疆，没有人潮，只有安静的雪山和草原。",
        "这次我从和静县城出发，沿着218国道往巴音布鲁克走。路况比想象中好，除雪车刚刚作业过，一路上只遇到几辆拉草料的卡车。",
        "到巴音布鲁克镇是下午四点，气温零下九度。天鹅湖景区冬季不开放，但在开都河边，已经能看到几十只越冬的大天鹅。当地牧民巴特尔告诉我，等四月冰化了，会有更多天鹅飞回来。",
        "晚上住在镇上一家蒙古族人开的民宿，老板娘端上手抓肉和奶茶，墙上挂着马头琴。她说夏天旺季一床难求，现在一晚只要一百八。",
        "第二天一早，我去九曲十八弯观景台看日出。冰封的河道在晨光里泛着金色，那一刻觉得，早来也没什么不好。",
        "实用信息：冬春季自驾需提前查询路况，车辆要备防滑链；当地早晚温差大，羽绒服、雪地靴一定要带。",
    ],
    post="""
<div class="wb-act"><a>转发 312</a><a>评论 856</a><a>赞 4203</a></div>
<p style="color:#999;font-size:12px">© 著作权归作者所有，任何形式的转载都请联系作者</p>
</div>""",
))
