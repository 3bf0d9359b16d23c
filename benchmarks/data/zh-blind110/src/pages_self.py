"""Self-media pages vg-25 ... vg-30 (头条号, 百家号, 网易号, 澎湃号, 微信公众号, 微博头条文章).
Accounts, people and articles are invented."""
from build import img

S = "self-media"
PAGES = []

# vg-25 头条号, account only (no person named) -> author = account
PAGES.append(dict(
    id="vg-25", kind=S, lang="zh",
    title="哈尔滨这家开了40年的老面包房，排队的人比冬天的雪还多",
    authors=["冰城生活圈"], publish_time="2024-01-09 12:47",
    css="""
body{margin:0;font-family:"PingFang SC",sans-serif;background:#f8f8f8}
.tt-h{height:60px;background:#fff;display:flex;align-items:center;justify-content:space-between;padding:0 40px;border-bottom:1px solid #eee}
.tt-h .logo{color:#f04142;font-size:22px;font-weight:bold}.tt-w{width:1000px;margin:16px auto;display:flex;gap:24px}
.tt-a{flex:1;background:#fff;padding:24px 32px}.tt-a h1{font-size:28px}.tt-m{color:#999;font-size:13px}
.tt-a p{font-size:18px;line-height:1.8}.tt-s{width:300px}.tt-card{background:#fff;padding:16px;margin-bottom:16px}
""",
    html="""
<div class="tt-h"><span class="logo">今日头条</span><span><input type="text" placeholder="搜索站内资讯、视频或用户"> 搜索</span><span>登录</span></div>
<div class="tt-w">
<div class="tt-a">
<h1>哈尔滨这家开了40年的老面包房，排队的人比冬天的雪还多</h1>
<div class="tt-m"><span>2024-01-09 12:47</span>·<span>冰城生活圈</span></div>
@@BODY@@
<p style="color:#999;font-size:13px">举报/反馈</p>
<p>已关注　　赞 1.3万　　评论 862　　收藏</p>
<h3>相关推荐</h3>
<ul><li>南方游客在哈尔滨的第一天，被热情“包围”了</li><li>中央大街的冻梨拼盘火了</li><li>冬天来东北，这些衣服一定要带</li></ul>
</div>
<div class="tt-s"><div class="tt-card">{img}<b>冰城生活圈</b><br>黑龙江优质生活领域创作者<br>1.2万获赞 · 8.6万粉丝<br>+ 关注</div>
<div class="tt-card">24小时热文<br>1 哈尔滨冰雪大世界排队攻略<br>2 东北人冬天都吃啥</div></div>
</div>
<div style="text-align:center;font-size:12px;color:#999;padding:20px">© 2024 今日头条 中国互联网举报中心 京ICP证140141号 京公网安备11000002002023号 网络文化经营许可证</div>
""".replace("{img}", img("冰城生活圈头像")),
    pmode="p",
    body=[
        "早上七点不到，道外区一条老街上，一家不起眼的面包房门口已经排起了几十米的长队。零下二十多度的天气，排队的人跺着脚、搓着手，却没有一个人离开。",
        "这家面包房开了整整40年，店面不到30平方米，招牌已经有些褪色。店里卖的东西不多：大列巴、小圆面包、奶油卷，还有一种老哈尔滨人都熟悉的“赛克”。",
        "!img 清晨排队的顾客|清晨排队的顾客",
        "老板姓于，今年62岁，从父亲手里接过这家店。他说，面包一直用的是老面发酵，炉子也是烧果木的，“一炉只能烤四十个大列巴，快不了”。",
        "最近一个月，来哈尔滨旅游的南方游客越来越多，不少人专门打车过来排队。来自广州的游客小林说：“在网上刷到好多次，一定要来尝尝。刚出炉的大列巴真的很香，外皮脆，里面很软。”",
        "为了让更多人买到，于老板把每人限购从五个改成了三个，还多雇了两个帮手。他笑着说：“来的都是客，不能让人家大老远白跑一趟。”",
        "你吃过这家的面包吗？欢迎在评论区说说你心中的哈尔滨老味道。",
    ]))

# vg-26 百家号, person named "文/张佳" at top (person = author), account in header
PAGES.append(dict(
    id="vg-26", kind=S, lang="zh",
    title="武汉光谷一季度新增市场主体1.8万户，这些行业最“火”",
    authors=["张佳"], publish_time="2023-04-27 14:06",
    css="""
body{margin:0;font-family:Arial,"Microsoft YaHei";background:#fff}
.bjh-top{height:56px;border-bottom:1px solid #eee;padding:0 60px;line-height:56px}.bjh-top b{color:#2932e1;font-size:20px}
.bjh-main{width:660px;margin:30px auto}.bjh-main h2{font-size:26px;line-height:1.5}
.au{display:flex;gap:12px;align-items:center;color:#999;font-size:13px}.au .nm{color:#333;font-size:15px}
.bjh-main p{font-size:17px;line-height:1.9;color:#333}.bjh-end{color:#999;font-size:13px;border-top:1px solid #eee;padding-top:10px}
""",
    html="""
<div class="bjh-top"><b>百度</b>　百家号　　<span style="float:right">登录</span></div>
<div class="bjh-main">
<h2>武汉光谷一季度新增市场主体1.8万户，这些行业最“火”</h2>
<div class="au">{img}<span class="nm">楚天财经观察</span><span>2023-04-27 14:06</span><span>湖北</span><span>财经领域创作者</span><span>关注</span></div>
@@BODY@@
<div class="bjh-end">本文由楚天财经观察原创，欢迎关注，带你一起长知识！<br>举报/反馈</div>
<p>为你推荐</p>
<p>湖北一季度GDP数据出炉　|　武汉新一轮购房政策解读　|　光谷科创大走廊新进展</p>
</div>
""".replace("{img}", img("楚天财经观察头像")),
    pmode="p", hmode="strong",
    body=[
        "~<p>文/张佳</p>",
        "东湖高新区（光谷）日前发布数据，今年一季度，光谷新增各类市场主体1.8万户，同比增长26%，平均每天新增约200户。",
        "## 科技服务业领跑",
        "从行业分布看，科技推广和应用服务、软件和信息技术服务、专业技术服务三类企业新增数量最多，合计占比超过四成。光思电子、楚芯半导体等一批企业在一季度完成了新一轮融资。",
        "## 大学生创业活跃",
        "光谷聚集了数十所高校，大学生创业一直是新增市场主体的重要来源。一季度，光谷新增大学生创办企业2100余家，主要集中在软件开发、文化创意和电子商务领域。",
        "## 营商环境持续优化",
        "“现在开办企业最快半天就能拿到营业执照和印章。”一位刚注册公司的创业者说。据了解，光谷推行企业开办“一网通办”，并对首次创业的大学生提供场地租金减免和创业担保贷款。",
        "业内人士认为，市场主体快速增长，说明当地经济活力在恢复，也反映出创业者对光谷产业生态的信心。不过，新设企业的存活率和成长性仍需持续观察。",
    ]))

# vg-27 网易号, "作者 | 吴寒" line at top, date with seconds and IP place
PAGES.append(dict(
    id="vg-27", kind=S, lang="zh",
    title="在黔东南的深山里，我找到了一座会唱歌的侗寨",
    authors=["吴寒"], publish_time="2024-10-02 08:30:15",
    css="""
body{margin:0;font-family:"Microsoft YaHei";background:#fff}
.ne-top{background:#f5f5f5;font-size:12px;padding:6px 50px}.ne-hd{padding:14px 50px;border-bottom:2px solid #c4161c}
.ne-hd b{color:#c4161c;font-size:26px}.ne-w{width:1100px;margin:0 auto;display:flex}
.ne-l{width:760px;padding:20px 40px 0 0}.ne-l h1{font-size:30px}.ne-info{color:#888;font-size:14px}
.ne-l p{font-size:18px;line-height:1.8}.ne-r{flex:1;border-left:1px solid #eee;padding:20px}
.ne-ft{text-align:center;font-size:12px;color:#888;padding:30px;background:#f5f5f5}
""",
    html="""
<div class="ne-top">网易首页 · 新闻 · 体育 · 娱乐 · 财经 · 汽车 · 科技 · 旅游 · 应用　　<a href="#">登录</a></div>
<div class="ne-hd"><b>网易</b>　旅游频道　<input type="text" placeholder="搜索"></div>
<div class="ne-w">
<div class="ne-l">
<h1>在黔东南的深山里，我找到了一座会唱歌的侗寨</h1>
<div class="ne-info">2024-10-02 08:30:15　来源: <a href="#">黔行记</a>　贵州</div>
<p style="color:#666;font-size:15px">作者 | 吴寒　　摄影 | 吴寒、杨帆</p>
@@BODY@@
<p style="color:#999;font-size:13px">特别声明：本文为网易自媒体平台“网易号”作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。</p>
<p>跟贴 127　参与 2.1万　<a href="#">分享</a></p>
<h3>相关推荐</h3><ul><li>肇兴侗寨十一游客量创新高</li><li>黔东南秋天的稻田有多美</li></ul>
</div>
<div class="ne-r">{img}<b>黔行记</b><br>用脚步丈量贵州山水<br>文章 312　关注 2.3万<br><br><b>热门文章</b><br>1 荔波小七孔秋季攻略<br>2 镇远古城夜景</div>
</div>
<div class="ne-ft">网易公司版权所有 ©1997-2024　网易通行证　粤B2-20090191</div>
""".replace("{img}", img("黔行记")),
    pmode="p", hmode="h3",
    body=[
        "车在盘山路上绕了两个多小时，转过最后一道弯，一片黑瓦木楼突然出现在山谷里。鼓楼高高耸立，风雨桥横跨溪流，稻田从山脚一直铺到半山腰——这就是黔东南从江县的一个侗寨。",
        "## 鼓楼下的歌声",
        "傍晚时分，寨子里的老人和孩子陆续聚到鼓楼下。没有舞台，没有话筒，十几位侗族妇女站成一排，一开口，多声部的旋律就在木楼之间回荡开来。",
        "寨里的歌师吴奶奶今年七十多岁，她告诉我，侗族大歌没有乐谱，全靠口口相传，“我们唱的是蝉叫、是流水、是过去的故事”。她现在每周教寨子里的小孩唱两次歌。",
        "!img 鼓楼前的侗族大歌|鼓楼前，侗族妇女正在演唱侗族大歌",
        "## 稻鱼鸭共生",
        "第二天一早，我跟着村民下田。稻田里养着鱼，田埂上放着鸭，鱼吃虫、鸭除草，粪便又肥了田。这种延续了上千年的农耕方式，如今成了寨子的“招牌”，每到秋收季节都吸引不少游客来体验抓鱼、打谷。",
        "离开的时候，寨门口的阿姨往我包里塞了一包糯米饭。她说：“下次来，赶上过侗年，更热闹。”",
    ]))

# vg-28 澎湃号·湃客, "文 | 沈可" credit line, account 京西徒步笔记
PAGES.append(dict(
    id="vg-28", kind=S, lang="zh",
    title="走一遍京西古道，才知道门头沟的山有多少故事",
    authors=["沈可"], publish_time="2023-05-20 10:02",
    css="""
body{margin:0;font-family:"PingFang SC","Microsoft YaHei";background:#fff;color:#000}
.pp-h{display:flex;justify-content:space-between;padding:12px 8%;border-bottom:1px solid #e6e6e6}
.pp-h b{font-size:24px;color:#00a5eb}.pp-c{width:680px;margin:24px auto}.pp-c h1{font-size:28px;line-height:1.4}
.pp-tag{display:inline-block;border:1px solid #00a5eb;color:#00a5eb;font-size:12px;padding:0 4px}
.pp-m{color:#999;font-size:13px;margin:8px 0 18px}.pp-c p{font-size:17px;line-height:1.9}
.pp-d{color:#999;font-size:13px;border-top:1px solid #eee;padding-top:12px}
""",
    html="""
<div class="pp-h"><b>澎湃</b><span>要闻　深度　视频　湃客　思想　生活</span><span><a href="#">登录</a></span></div>
<div class="pp-c">
<span class="pp-tag">澎湃号·湃客</span>
<h1>走一遍京西古道，才知道门头沟的山有多少故事</h1>
<div class="pp-m">京西徒步笔记　　关注<br>2023-05-20 10:02　来源：澎湃新闻·澎湃号·湃客</div>
<div class="pp-d" style="border:0;padding:0">字号</div>
<p style="color:#555">文 | 沈可</p>
@@BODY@@
<div class="pp-d">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问。</div>
<p>{img}</p>
<p>举报　　<a href="#">查看更多</a></p>
</div>
<div style="text-align:center;color:#999;font-size:12px;padding:20px">沪ICP备14003370号　沪公网安备31010602000299号　互联网新闻信息服务许可证：31120170006</div>
""".replace("{img}", img("澎湃新闻报料二维码", src=False)),
    pmode="p",
    body=[
        "五月的京西，山桃花已经谢了，漫山的黄栌刚刚冒出新叶。我们一行六人从门头沟区王平镇的西石古道出发，沿着被骡马蹄窝磨得发亮的石板路往山里走。",
        "京西古道曾经是北京城西运煤、运货的重要通道。明清时期，门头沟的煤炭就是靠驼队和骡马沿着这些山道一步步运进城里。如今，古道上最醒目的，仍是石板上深深的蹄窝，有的深达十几厘米。",
        "走到峰口庵，一座小小的关城卡在垭口上，城门洞上方“峰口庵”三个字依稀可辨。同行的老刘是个古道迷，他说这里曾是古道上的一处要隘，过往驼队都要在这里歇脚。",
        "下山时经过韭园村，村口的老槐树下坐着几位晒太阳的老人。一位大爷说，他小时候还见过赶骡子的人从村里过，“那时候村里有好几家大车店，热闹着呢”。",
        "全程约12公里，用时5个多小时。建议徒步爱好者穿防滑登山鞋，带足饮水，雨后石板湿滑要格外小心。",
    ]))

# vg-29 微信公众号 article: "原创 刘晨 北京胡同志 2024年12月03日 18:30 北京" header
PAGES.append(dict(
    id="vg-29", kind=S, lang="zh",
    title="白塔寺边上的这条胡同，藏着北京最暖的冬天",
    authors=["刘晨"], publish_time="2024年12月03日 18:30",
    css="""
body{margin:0;background:#fff;font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif}
.rich_media{max-width:677px;margin:0 auto;padding:20px 16px}.rich_media_title{font-size:22px;line-height:1.4;margin-bottom:14px}
.meta span{font-size:15px;color:rgba(0,0,0,.5);margin-right:8px}.meta .nick{color:#576b95}
.rich_media_content p{font-size:17px;line-height:1.75;letter-spacing:.5px;color:#333}
.tool{color:rgba(0,0,0,.5);font-size:14px;margin-top:24px}.qr{text-align:center;color:#999;font-size:13px}
""",
    html="""
<div class="rich_media">
<h1 class="rich_media_title">白塔寺边上的这条胡同，藏着北京最暖的冬天</h1>
<div class="meta"><span>原创</span><span>刘晨</span><span class="nick"><a href="#">北京胡同志</a></span><span>2024年12月03日 18:30</span><span>北京</span></div>
<div class="rich_media_content">
@@BODY@@
<p style="text-align:center;color:#888">- END -</p>
<p style="color:#888;font-size:14px">文字：刘晨<br>图片：受访者提供<br>编辑：阿九</p>
</div>
<div class="qr">{img}<br>长按识别二维码关注我们</div>
<div class="tool">阅读 5.6万　　<a href="#">分享</a>　<a href="#">收藏</a>　<a href="#">赞</a> 412　<a href="#">推荐</a> 233<br>写留言<br>留言 <br>暂无留言</div>
</div>
""".replace("{img}", img("北京胡同志二维码")),
    pmode="p",
    body=[
        "一进腊月，西城区宫门口的胡同里就飘起了烤白薯的香味。",
        "这条胡同不长，从东口走到西口只要七八分钟，却住着两百多户人家。胡同里最热闹的地方，是中段一个小院子改成的“邻里小厨房”——每天中午，这里都会给胡同里的独居老人做一顿热乎饭。",
        "小厨房的“掌勺”是退休的张阿姨。她原来在国营饭店干了三十年，做的炸酱面和红烧肉在胡同里很有名。“老街坊们年纪大了，一个人做饭麻烦，吃得也不好。我闲着也是闲着，给大家伙儿做顿饭，热闹。”",
        "!img 邻里小厨房|胡同里的邻里小厨房",
        "食材钱一部分来自社区的养老助餐补贴，一部分是街坊们凑的。每顿饭老人只需要付8块钱，80岁以上的免费。年轻人也常来帮忙：有人下班顺路买菜，有人周末来洗碗，还有人给老人送饭上门。",
        "92岁的李奶奶是小厨房的“常客”。她拉着我的手说：“天冷了，有口热饭吃，有人说说话，这日子就暖和。”",
        "胡同里的冬天很冷，但在这个小院里，你会觉得北京的冬天其实很暖。",
    ]))

# vg-30 微博头条文章 (weibo article), account only -> author = account; "发布于" label
PAGES.append(dict(
    id="vg-30", kind=S, lang="zh",
    title="恩施大峡谷脚下的“云上茶园”，今年春茶开采了",
    authors=["鄂西山里人"], publish_time="2022-04-15 21:03",
    css="""
body{margin:0;background:#f1f2f5;font-family:"PingFang SC",sans-serif}
.wb-nav{background:#fff;height:56px;display:flex;align-items:center;gap:30px;padding:0 60px;box-shadow:0 1px 3px #ddd}
.wb-nav .l{color:#ff8200;font-size:22px;font-weight:bold}.wb-card{width:760px;margin:16px auto;background:#fff;border-radius:6px;padding:30px 40px}
.wb-card h1{font-size:26px}.wb-au{display:flex;gap:10px;color:#939393;font-size:13px;align-items:center}
.wb-card p{font-size:16px;line-height:1.9;color:#333}.wb-act{display:flex;justify-content:space-around;color:#636363;border-top:1px solid #eee;padding-top:12px}
""",
    html="""
<div class="wb-nav"><span class="l">微博</span><input type="text" placeholder="大家都在搜：春茶上市"><span>首页</span><span>视频</span><span>发现</span><span>游戏</span><span>登录/注册</span></div>
<div class="wb-card">
<div style="color:#939393;font-size:13px">头条文章</div>
<h1>恩施大峡谷脚下的“云上茶园”，今年春茶开采了</h1>
<div class="wb-au">{img}<a href="#">鄂西山里人</a><span>发布于 2022-04-15 21:03</span><span>阅读 1.2万</span></div>
@@BODY@@
<p style="color:#939393;font-size:13px">©版权归作者所有，任何形式转载请联系作者。</p>
<div class="wb-act"><span>转发 86</span><span>评论 143</span><span>赞 1021</span></div>
<p>相关文章：<a href="#">恩施玉露怎么泡才好喝</a>　<a href="#">利川腾龙洞一日游</a></p>
</div>
""".replace("{img}", img("鄂西山里人的头像")),
    pmode="p",
    body=[
        "清明刚过，恩施大峡谷脚下的沐抚村，半山腰的茶园里已经是一片嫩绿。早上六点多，雾还没散，采茶的人就背着竹篓上了山。",
        "我家的茶园就在这片山上，一共六亩多，种的是恩施玉露的原料茶。今年春天雨水多、气温回升晚，开采比去年推迟了差不多十天，但芽头特别壮实，颜色也好。",
        "采茶是个细致活。玉露要求一芽一叶初展，采的时候得用指尖轻轻掐，不能用指甲掐，也不能把芽头捏伤。一个熟练的采茶工，一天也只能采三四斤鲜叶。",
        "采下来的鲜叶当天就要送到村里的茶厂，经过蒸青、扇干水汽、铲头毛火、揉捻、铲二毛火、整形上光等工序，才能做成针形的玉露。村里的老师傅说，蒸青是玉露和别的绿茶最不一样的地方。",
        "这几年，来大峡谷旅游的人多了，不少游客会顺路到村里买茶、体验采茶。今年村里还搞了个“认养茶园”，城里人可以认养一分地，春天来采茶，平时我们帮着管。",
        "有兴趣的朋友，欢迎来恩施喝一杯新茶。",
    ]))
