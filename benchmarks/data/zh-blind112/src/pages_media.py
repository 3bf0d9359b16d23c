from kit import links, ul, dated, img

PAGES = []

# ---------------------------------------------------------------- vi-13  山东 provincial portal, 2015 style; byline line 记者 通讯员
PAGES.append(dict(
    id="vi-13", kind="media", lang="zh",
    title="山东首条跨海高铁隧道实现双线贯通",
    authors=["李文博", "高翔"],
    publish_time="2025-06-10 07:52",
    doc_title="山东首条跨海高铁隧道实现双线贯通_齐鲁在线_山东新闻",
    features="2015 provincial portal; channel banner + hot-word bar; byline line 记者 李文博 通讯员 高翔 on its own (not body); 来源 outlet; photo caption; 责任编辑; 24小时排行 and 推荐阅读 lists",
    css="""
body{margin:0;font:14px 'Microsoft YaHei';color:#222}
.tb{background:#f5f5f5;border-bottom:1px solid #ddd;padding:4px 60px;font-size:12px}
.logo{padding:14px 60px}.logo b{font-size:32px;color:#c40000}
.chan{background:#c40000;padding:0 60px}.chan a{color:#fff;padding:8px 12px;display:inline-block}
.hot{padding:6px 60px;color:#c40000;font-size:12px}
.cols{display:flex;padding:0 60px}.left{width:680px}.right{margin-left:40px;width:300px}
h1{font-size:28px;margin:16px 0 6px}
.meta{color:#888;font-size:12px;border-bottom:1px solid #eee;padding-bottom:8px}
.byl{color:#666}
.pic-cap{text-align:center;font-size:12px;color:#666}
.edit{text-align:right;color:#999}
.rank li{line-height:28px}
.ft{border-top:2px solid #c40000;text-align:center;color:#666;font-size:12px;padding:16px;margin-top:20px}
""",
    opts={"ncls": "byl"},
    pre=f"""
<div class="tb">{links(["设为首页","加入收藏","手机版","客户端"]," | ")}</div>
<div class="logo"><b>齐鲁在线</b> <span>山东重点新闻网站</span></div>
<div class="chan">{links(["首页","山东","济南","青岛","烟台","潍坊","财经","社会","文旅","视频","评论","图片"])}</div>
<div class="hot">热词：{links(["黄河流域生态保护","强省会","好客山东","海洋强省"]," ")}</div>
<div class="cols"><div class="left">
<p>{links(["齐鲁在线"])} &gt; {links(["山东新闻"])} &gt; 正文</p>
<h1>山东首条跨海高铁隧道实现双线贯通</h1>
<div class="meta">2025-06-10 07:52　来源：大众日报　{links(["我要评论"])}　<span>字号：{links(["T"])} {links(["T"])}</span></div>
""",
    body="""
N 记者 李文博 通讯员 高翔
P 6月9日上午，随着最后一方岩体被破除，山东首条跨海高铁隧道——胶州湾海底隧道右线顺利贯通。至此，该隧道实现双线贯通，为年底全线铺轨奠定基础。
I 贯通现场|6月9日，施工人员在隧道贯通现场欢呼。
P 胶州湾海底隧道全长约8.9公里，其中海域段约4.5公里，最大埋深约78米，是连接青岛东西两岸的控制性工程。隧道穿越多条断层破碎带，海水渗透压力大，施工难度国内罕见。
P “我们在施工中采用了超前地质预报、全断面帷幕注浆等技术，确保了掘进安全。”项目总工程师刘振国介绍，建设团队累计攻克技术难题20余项，申请专利30余项。
P 据了解，该隧道所在的高铁线路设计时速350公里，建成后青岛东西两岸之间的高铁通行时间将缩短至10分钟以内，对完善山东半岛“四横六纵”高铁网、促进胶东经济圈一体化发展具有重要意义。
""",
    post=f"""
<p class="edit">责任编辑：孟凡超</p>
<div>分享到：{links(["微信","新浪微博","QQ空间"]," ")}</div>
<div><b>推荐阅读</b>{ul(["济南至泰安城际铁路开工建设","青岛港集装箱吞吐量再创新高","山东今年将新增高速公路通车里程500公里"])}</div>
</div>
<div class="right"><b>24小时排行</b><ol class="rank"><li>{links(["山东高考成绩6月25日前后公布"])}</li><li>{links(["济南新增3条公交线路"])}</li><li>{links(["威海入选全国海洋经济示范区"])}</li></ol>
{img("齐鲁在线客户端下载",280,100)}</div></div>
<div class="ft">{links(["关于我们","广告服务","联系我们","网站声明"]," | ")}<br>互联网新闻信息服务许可证编号：37120170008　鲁ICP备09023856号<br>违法和不良信息举报电话：0531-85196688　Copyright © 2004-2025 齐鲁在线 All Rights Reserved</div>
""",
))

# ---------------------------------------------------------------- vi-14  青海 TV site video news, Tibetan names with middle dot
PAGES.append(dict(
    id="vi-14", kind="media", lang="zh",
    title="果洛州玛沁县：高原牧区迎来虫草采挖尾声",
    authors=["才让·多杰", "马玉兰"],
    publish_time="2025年06月12日 19:36",
    doc_title="果洛州玛沁县：高原牧区迎来虫草采挖尾声 - 青海网络广播电视台",
    features="provincial TV site video-news page (2020 design); video player placeholder text; 记者：才让·多杰 马玉兰 line below body (names with middle dot); 编辑/监制 not authors; 栏目 label; 相关视频 list",
    css="""
body{margin:0;background:#101820;color:#ddd;font-family:'PingFang SC'}
.hd{display:flex;align-items:center;padding:12px 50px;background:#000}
.hd b{font-size:24px;color:#3ec1ff;margin-right:30px}.hd a{color:#ccc;margin-right:18px}
.player{width:880px;height:495px;background:#000;margin:20px auto;display:flex;align-items:center;justify-content:center;color:#666}
.main{width:880px;margin:0 auto}
.lm{color:#3ec1ff;font-size:13px}
h1{color:#fff;font-size:24px}
.info{color:#999;font-size:13px}
.article-content p{line-height:1.9;color:#ccc}
.cr{color:#999;font-size:13px}
.more li{display:inline-block;width:200px;margin:8px}
.ft{text-align:center;color:#777;font-size:12px;padding:20px;background:#000}
""",
    pre=f"""
<div class="hd"><b>青海网络广播电视台</b>{links(["首页","新闻","直播","青海新闻联播","西部直播","藏语频道","安多卫视","专题"])}</div>
<div class="player">{img("视频封面",880,495)}<span>您的浏览器不支持视频播放</span></div>
<div class="main">
<p class="lm">{links(["青海新闻联播"])}</p>
<h1>果洛州玛沁县：高原牧区迎来虫草采挖尾声</h1>
<p class="info">2025年06月12日 19:36　来源：青海广播电视台　{links(["收藏"])}</p>
""",
    body="""
P 眼下，海拔4000多米的果洛州玛沁县各虫草产区陆续进入采挖尾声。当地在保障牧民增收的同时，严格落实草原生态保护措施，确保采挖有序、草场不受破坏。
P 在大武镇格多村的采挖点，牧民们正弯着腰在草丛中仔细寻找。采挖结束后，他们会将挖开的草皮原样回填。“挖一个填一个，这是我们的老规矩，草场好了，明年虫草才会多。”牧民多杰加说。
P 今年，玛沁县设立13个管理服务站，配备管护人员260余名，对采挖人员实行凭证入山、划片管理，并组织生态管护员开展巡查，对乱挖乱弃、随意丢弃垃圾等行为及时劝阻纠正。
P 据县林草部门统计，今年全县虫草长势总体好于去年，预计采挖收入较去年增长一成以上。县里还组织电商企业和合作社上门收购，帮助牧民减少中间环节，卖上好价钱。
""",
    post=f"""
<p class="cr">记者：才让·多杰 马玉兰</p>
<p class="cr">编辑：韩雪琴　　监制：赵永福</p>
<div class="more"><b>相关视频</b>{ul(["玉树州：三江源国家公园开展巡护","海北州：牧民合作社迎来剪毛季","西宁：夏都文化旅游节即将开幕"])}</div>
</div>
<div class="ft">青海广播电视台版权所有　未经授权禁止转载<br>信息网络传播视听节目许可证：2806101　青ICP备07000231号-1　青公网安备63010402000255号</div>
""",
))

# ---------------------------------------------------------------- vi-15  佛山 city media app share page, 文/图 byline
PAGES.append(dict(
    id="vi-15", kind="media", lang="zh",
    title="禅城祖庙街道30个老旧小区今年将完成加装电梯",
    authors=["何雯"],
    publish_time="06-11 21:08",
    doc_title="禅城祖庙街道30个老旧小区今年将完成加装电梯",
    features="city-media app share page (2025 mobile design); 打开APP banner; author card with 文/图 byline line (not body); year-less date 06-11 21:08; 阅读量; 热门评论 and 推荐 cards",
    css="""
body{margin:0;max-width:640px;margin:0 auto;font-family:-apple-system,'PingFang SC';background:#fff}
.app{display:flex;justify-content:space-between;align-items:center;padding:10px 14px;background:#fff3f3}
.app button{background:#e60012;color:#fff;border:0;border-radius:14px;padding:4px 12px}
h1{font-size:22px;padding:0 16px;line-height:1.4}
.au{display:flex;gap:10px;align-items:center;padding:0 16px;font-size:13px;color:#888}
.article-content{padding:0 16px;font-size:17px;line-height:1.8}
.by{color:#555;font-size:14px}
.card{border-top:8px solid #f4f4f4;padding:12px 16px}
.cmt{font-size:14px;color:#444}
""",
    pre=f"""
<div class="app"><span>{img("佛山+",30,30)} 佛山+ 看佛山 更懂佛山</span><button>打开APP</button></div>
<h1>禅城祖庙街道30个老旧小区今年将完成加装电梯</h1>
<div class="au">{img("佛山日报",28,28)}<span>佛山日报</span><span>06-11 21:08</span><span>阅读 2.3万</span></div>
""",
    body="""
N 文/图 佛山日报记者 何雯
P 记者6月11日从禅城区祖庙街道获悉，今年该街道计划推动30个老旧小区加装电梯，目前已有19部电梯完成报建，其中8部已投入使用。
I 加装电梯|祖庙街道普君北社区一栋居民楼新装的电梯已投入使用。
P 在普君北社区的一个老小区，一部崭新的电梯贴着楼体立起。住在6楼的78岁居民冯伯说：“以前上下楼要歇两三次，现在按一下按钮就到家了，孩子们来看我也方便。”
P 老旧小区加装电梯难，难在“众口难调”。祖庙街道探索“社区党委+业委会+居民代表”协商机制，由社区牵头召开楼栋协商会，邀请设计单位现场讲解方案，对低层住户的采光、噪声等顾虑逐一回应，并引导高层住户对低层住户给予适当补偿。
P 为降低居民负担，街道还积极对接电梯企业推出“以租代购”模式，居民无需一次性出资，按月支付使用费即可。截至目前，已有5个小区选择这一模式。
P 祖庙街道相关负责人表示，将继续简化审批流程，推行“一站式”代办服务，让更多居民早日实现“电梯梦”。
""",
    post=f"""
<div class="card"><b>热门评论</b><p class="cmt">南海小林：我们小区也想装，去哪里咨询？</p><p class="cmt">祖庙街坊：点赞！终于不用爬楼梯了</p></div>
<div class="card"><b>推荐</b>{ul(["佛山地铁4号线一期最新进展来了","禅城今年将新增3000个公办学位","佛山端午龙舟赛事日程公布"])}</div>
<div class="card" style="font-size:12px;color:#aaa">佛山传媒集团出品 ©2025　粤ICP备09102856号</div>
""",
))

# ---------------------------------------------------------------- vi-16  吉林 provincial paper site; 本报长春…讯 byline inside paragraph
PAGES.append(dict(
    id="vi-16", kind="media", lang="zh",
    title="吉林省启动夏季粮食作物“一喷多促”行动",
    authors=["邹鹏飞", "刘畅"],
    publish_time="2025-06-11　06:58",
    doc_title="吉林省启动夏季粮食作物“一喷多促”行动 - 吉林日报网",
    features="provincial newspaper website (2019 design); 本报讯 byline 本报6月10日讯（记者邹鹏飞 刘畅）inside the first paragraph; full-width space inside the date; 版面 link; 编辑/校对 lines; 图片新闻 list",
    css="""
body{margin:0;font-family:'Songti SC',SimSun;background:#fff}
.top{border-bottom:1px solid #ddd;padding:4px 12%;font-size:12px;color:#777}
.mast{padding:16px 12%;display:flex;justify-content:space-between}.mast b{font-size:34px;color:#1c3d8f}
.nav{background:#1c3d8f;padding:0 12%}.nav a{color:#fff;padding:9px 14px;display:inline-block;font-family:'Microsoft YaHei'}
.art{width:760px;margin:20px 12%}
h1{font-size:30px;font-family:'Microsoft YaHei';margin:10px 0}
.sub{color:#999;font-size:13px}
.article-content p{font-size:17px;line-height:1.9;text-indent:2em}
.ed{color:#888;font-size:13px}
.ft{border-top:1px solid #ccc;padding:14px 12%;color:#777;font-size:12px}
""",
    pre=f"""
<div class="top">2025年6月11日 星期三　{links(["登录","注册"]," ")}</div>
<div class="mast"><b>吉林日报网</b><form><input placeholder="搜索新闻"><button>检索</button></form></div>
<div class="nav">{links(["首页","时政","经济","社会","文化","吉林日报数字报","城市晚报","视频"])}</div>
<div class="art">
<p>{links(["首页"])} &gt; {links(["时政"])}</p>
<h1>吉林省启动夏季粮食作物“一喷多促”行动</h1>
<p class="sub">2025-06-11　06:58　　来源：吉林日报　　{links(["[ 查看版面 ]"])}</p>
""",
    body="""
P 本报6月10日讯（记者邹鹏飞 刘畅）为夺取粮食丰收，我省今日启动夏季粮食作物“一喷多促”行动，计划在玉米、水稻、大豆等主要粮食作物上完成“一喷多促”作业面积5000万亩以上。
P “一喷多促”是指在作物生长中后期，将叶面肥、植物生长调节剂、杀菌剂、杀虫剂等混合喷施，一次作业实现促壮苗、促灌浆、促早熟、防病虫等多重效果。这项技术在我省已连续推广多年，平均每亩可增产5%至8%。
P 为确保行动落实落地，省农业农村厅组建了12个技术指导组，分片包保重点产粮县，指导农民科学选药、精准用药。各地还积极调度植保无人机、高秆作物喷杆喷雾机等设备，目前全省可投入作业的植保无人机已超过2.1万架。
P 省农业农村厅有关负责人表示，各地将坚持统防统治与群防群治相结合，优先在高产创建区、粮食单产提升整建制推进县开展作业，同时严格落实农药安全使用规定，防止发生药害和人畜中毒事件。
""",
    post=f"""
<p class="ed">编辑：许　丹　　校对：王欣然</p>
<div><b>图片新闻</b>{ul(["长白山景区迎来旅游旺季","查干湖夏季捕捞节开幕","一汽新能源汽车下线"])}</div>
</div>
<div class="ft">吉林日报社主办　{links(["版权声明"])}　吉ICP备05003321号　互联网新闻信息服务许可证：22120170001　举报电话：0431-88600110</div>
""",
))

# ---------------------------------------------------------------- vi-17  central media, 新华社 wire inside paragraph
PAGES.append(dict(
    id="vi-17", kind="media", lang="zh",
    title="青海湖裸鲤资源量恢复至12万吨以上",
    authors=["张龙", "李琳海"],
    publish_time="2025-06-10 14:21:37",
    doc_title="青海湖裸鲤资源量恢复至12万吨以上-中国新闻在线",
    features="central news portal (2021 design); 新华社西宁6月10日电（记者 张龙 李琳海）inside first paragraph; info bar with seconds and 来源：新华社; 【纠错】 and 责任编辑 with parenthesised code; 相关稿件 list",
    css="""
body{margin:0;font-family:'Microsoft YaHei';color:#222}
.head{background:#fff;border-bottom:1px solid #e5e5e5;padding:10px 15%;display:flex;justify-content:space-between}
.head b{color:#d31f26;font-size:26px}
.nav{padding:8px 15%;background:#f7f7f7}.nav a{margin-right:20px}
.con{width:900px;margin:20px auto}
.h-title{font-size:30px;font-weight:bold;margin:10px 0 12px}
.h-info{color:#666;font-size:14px}.h-info span{margin-right:16px}
.article-content p{font-size:18px;line-height:1.85;text-indent:2em}
.edit{color:#999;text-align:right}
.xg{border-top:2px solid #d31f26;margin-top:20px}
.foot{background:#f1f1f1;color:#666;text-align:center;font-size:12px;padding:20px}
""",
    pre=f"""
<div class="head"><b>中国新闻在线</b><span>{links(["English","Français","Español","Русский","العربية"]," ")}</span></div>
<div class="nav">{links(["首页","时政","国际","财经","地方","科技","体育","图片","视频"])}</div>
<div class="con">
<div class="h-title">青海湖裸鲤资源量恢复至12万吨以上</div>
<div class="h-info"><span>2025-06-10 14:21:37</span><span>来源：新华社</span><span>{links(["分享到"])}</span></div>
""",
    body="""
P 新华社西宁6月10日电（记者 张龙 李琳海）记者从青海省农业农村厅获悉，最新监测结果显示，青海湖裸鲤资源量已恢复至12.47万吨，较2002年实施封湖育鱼时增长约47倍。
P 青海湖裸鲤俗称湟鱼，是青海湖中唯一的大型经济鱼类，也是维系青海湖“水—鱼—鸟”生态链的关键物种。上世纪，由于过度捕捞和生态环境变化，裸鲤资源量一度锐减至不足3000吨。
P 为保护这一物种，青海自2002年起对青海湖实施封湖育鱼，连续多年开展增殖放流，并在裸鲤洄游的河道上修建过鱼通道、拆除阻隔设施。每年6月至8月裸鲤洄游产卵期间，当地还组织志愿者在河道开展“护鱼”行动。
P 青海湖裸鲤救护中心负责人介绍，今年计划人工增殖放流裸鲤鱼苗1000万尾。随着裸鲤资源量的恢复，以裸鲤为食的鸟类数量也明显增加，青海湖水鸟种群数量已从上世纪90年代的不足10万只增至60余万只。
""",
    post=f"""
<p class="edit">【{links(["纠错"])}】　责任编辑：王　博（XJ0418）</p>
<div class="xg"><b>相关稿件</b>{dated([("三江源国家公园雪豹监测数量持续增加","2025-06-08"),("青海湖景区推行线上预约","2025-06-05")],"",'<li><a href="#">{0}</a> {1}</li>')}</div>
</div>
<div class="foot">Copyright © 2000-2025 中国新闻在线 版权所有　{links(["关于我们"])} {links(["联系我们"])}<br>京ICP证010042号　京公网安备11010202000001号</div>
""",
))

# ---------------------------------------------------------------- vi-18  English page of a Chinese daily, By line
PAGES.append(dict(
    id="vi-18", kind="media", lang="en",
    title="Shandong port city bets on offshore wind to power green shipping",
    authors=["Wang Xin", "Zhao Ruixue"],
    publish_time="2025-06-11 08:12",
    doc_title="Shandong port city bets on offshore wind to power green shipping - China Daily Asia Online",
    features="English page of a Chinese outlet (2018 design); 'By Wang Xin and Zhao Ruixue in Yantai | Daily Asia | Updated: 2025-06-11 08:12' bar; photo caption with agency credit; sub-heading; share icons; Top News list",
    css="""
body{margin:0;font-family:Georgia,serif;color:#222}
.mast{background:#003b6f;color:#fff;padding:14px 8%;font-size:28px}
.sec{background:#eef3f8;padding:6px 8%;font-family:Arial}.sec a{margin-right:16px}
.story{width:760px;margin:24px 8%}
h1{font-size:32px;line-height:1.25}
.info{font-family:Arial;font-size:13px;color:#666}
.pic-cap{font-family:Arial;font-size:13px;color:#555}
.article-content p{font-size:18px;line-height:1.7}
.ft{background:#222;color:#aaa;font-family:Arial;font-size:12px;padding:20px 8%}
""",
    opts={"htag": "h3"},
    pre=f"""
<div class="mast">China Daily Asia Online <small>{links(["中文"])}</small></div>
<div class="sec">{links(["Home","China","World","Business","Culture","Travel","Sports","Opinion","Regional"])}</div>
<div class="story">
<p>{links(["Home"])} / {links(["China"])} / {links(["Regional"])}</p>
<h1>Shandong port city bets on offshore wind to power green shipping</h1>
<p class="info">By Wang Xin and Zhao Ruixue in Yantai | Daily Asia | Updated: 2025-06-11 08:12</p>
<p>{links(["Share"])} {links(["Facebook"])} {links(["X"])} {links(["LinkedIn"])}</p>
""",
    body="""
I Offshore wind turbines near Yantai|Wind turbines stand off the coast of Yantai, Shandong province, on Monday. [Photo by Tang Ke/For China Daily]
P Yantai, a port city on the northern tip of the Shandong Peninsula, is turning its offshore wind farms into a power source for green shipping, as local authorities push to cut emissions from one of the country's busiest coastal trade routes.
P A new shore power network at Yantai Port, connected to wind farms in the Bohai Sea, began supplying electricity to berthed vessels last week. Ships that switch off their diesel generators while docked can now draw clean power directly from the grid.
H Cleaner berths
P "A large container ship burns several tons of fuel a day at berth. Shore power lets us bring that close to zero," said Liu Jianhua, deputy general manager of the port's energy company.
P The city plans to add 3 gigawatts of offshore wind capacity by 2027 and is also testing green methanol production, which could supply fuel to ships on routes to Dalian, Incheon and beyond.
P Industry analysts said the project could become a model for other northern ports, though high investment costs and the need to retrofit older vessels remain obstacles.
""",
    post=f"""
<p style="font-family:Arial;color:#888">Editor: Li Yan</p>
<div><b>Top News</b>{ul(["Qinghai expands protection of snow leopard habitats","Guangdong lychee exports surge ahead of peak season","Jilin farmers adopt drones for summer crop care"])}</div>
</div>
<div class="ft">Copyright 1995 - 2025. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to Daily Asia Online.<br>京ICP备13028878号-6</div>
""",
))

# ---------------------------------------------------------------- vi-19  English wire copy, no named author
PAGES.append(dict(
    id="vi-19", kind="media", lang="en",
    title="Guangdong's Greater Bay Area cities launch cross-border elderly care pilot",
    authors=[],
    publish_time="2025-06-12 10:05:33",
    doc_title="Guangdong's Greater Bay Area cities launch cross-border elderly care pilot-English News",
    features="English news portal, wire copy: 'Source: Xinhua | 2025-06-12 10:05:33 | Editor: huaxia' bar; dateline GUANGZHOU, June 12 (Xinhua) -- inside first paragraph; no named writer so authors []; font-size buttons; related list",
    css="""
body{margin:0;font-family:Arial,Helvetica;color:#111}
.topnav{background:#c00;padding:8px 10%}.topnav a{color:#fff;margin-right:14px;font-weight:bold}
.main{width:720px;margin:20px auto}
.Btitle{font-size:28px;font-weight:bold}
.info{font-size:12px;color:#777;margin:10px 0}
.fsize{font-size:12px}
.article-content p{font-size:16px;line-height:1.7}
.fot{text-align:center;color:#999;font-size:11px;padding:20px;border-top:1px solid #ddd}
""",
    pre=f"""
<div class="topnav">{links(["HOME","CHINA","WORLD","BUSINESS","SCI-TECH","CULTURE","SPORTS","PHOTOS","VIDEO"])}</div>
<div class="main">
<div class="Btitle">Guangdong's Greater Bay Area cities launch cross-border elderly care pilot</div>
<div class="info">Source: Xinhua | 2025-06-12 10:05:33 | Editor: huaxia</div>
<div class="fsize">{links(["Video PlayerClose"])} <span>Font size: {links(["A"])} {links(["A"])} {links(["A"])}</span></div>
""",
    body="""
P GUANGZHOU, June 12 (Xinhua) -- Nine cities in south China's Guangdong Province have launched a pilot program allowing Hong Kong and Macao elderly residents living in the Greater Bay Area to use long-term care insurance benefits at mainland care facilities, local authorities said Thursday.
P Under the program, eligible seniors can choose from 46 designated nursing homes and community care centers in cities including Shenzhen, Zhuhai, Zhongshan and Zhaoqing, with part of the costs covered through cross-border settlement arrangements.
P According to the provincial civil affairs department, more than 90,000 Hong Kong and Macao residents aged 65 or above currently live in the mainland cities of the Greater Bay Area.
P "Lower costs, more space and closeness to family members on the mainland are the main reasons many older people choose to settle here," said an official with the department.
P The province plans to expand the list of designated facilities to 100 by the end of next year and to improve the recognition of professional qualifications for caregivers from Hong Kong and Macao.
""",
    post=f"""
<div><b>Related:</b>{ul(["Hong Kong, Shenzhen deepen cooperation in medical services","GBA cross-border travel hits record high in May"])}</div>
</div>
<div class="fot">Copyright © 2000 - 2025 News English Service. All Rights Reserved.<br>{links(["About Us"])} | {links(["Contact Us"])}</div>
""",
))

# ---------------------------------------------------------------- vi-20  广东 TV app share page, 记者：… 编辑：…
PAGES.append(dict(
    id="vi-20", kind="media", lang="zh",
    title="汕头“龙舟水”期间城区内涝点同比减少四成",
    authors=["陈嘉琪", "卢俊"],
    publish_time="2025-06-09 20:14",
    doc_title="汕头“龙舟水”期间城区内涝点同比减少四成",
    features="TV station app share page (2024); video cover alt; 记者：陈嘉琪 卢俊 line at the end (not body); 编辑/责编/终审 lines; 下载客户端 promo; 推荐视频 list; quoted interviewees",
    css="""
body{margin:0 auto;max-width:720px;font-family:sans-serif;background:#f6f6f6}
.bar{background:#0a0a23;color:#fff;padding:10px 16px;display:flex;justify-content:space-between}
.bar a{color:#ffd400}
.v{background:#000;height:300px;color:#777;display:flex;align-items:center;justify-content:center}
.box{background:#fff;padding:14px 16px}
.t{font-size:21px;font-weight:bold;line-height:1.4}
.m{color:#999;font-size:12px;margin:8px 0}
.note{color:#777;font-size:14px}
.rec li{padding:6px 0;border-bottom:1px solid #eee}
""",
    pre=f"""
<div class="bar"><span>{img("粤视新闻",24,24)} 粤视新闻 · 广东广播电视台</span>{links(["下载客户端"])}</div>
<div class="v">{img("视频：汕头龙舟水内涝治理",720,300)}</div>
<div class="box">
<div class="t">汕头“龙舟水”期间城区内涝点同比减少四成</div>
<div class="m">广东台新闻频道　2025-06-09 20:14　播放 1.8万</div>
""",
    body="""
P 今年“龙舟水”期间，汕头市先后经历5轮强降雨。记者从汕头市水务局了解到，今年城区出现积水内涝的点位为37处，比去年同期减少四成，积水消退时间也明显缩短。
P 内涝点减少，得益于汕头近两年实施的城市排水防涝工程。全市累计改造雨污管网160多公里，新建和改造排涝泵站11座，对金平、龙湖两区的42个易涝点逐一制定“一点一策”。
P 在龙湖区长平路与黄山路交界处，这里曾是有名的“水浸街”。“以前一下大雨，水能没过膝盖，店铺都要堆沙包。今年下了几场大雨，路面基本没怎么积水。”附近商户林先生说。
P 汕头市水务局排水管理科科长郑晓东介绍，目前全市已建成排水防涝智慧监测平台，在管网、泵站和易涝点布设了300多个监测设备，可实时掌握水位变化，提前调度抽排力量。
P 据了解，汕头还将继续推进海绵城市建设和老城区管网改造，力争到2026年底基本消除城区严重易涝积水点。
""",
    post=f"""
<p class="note">记者：陈嘉琪 卢俊</p>
<p class="note">编辑：吴晓婷　责编：黄一鸣　终审：周　越</p>
</div>
<div class="box rec"><b>推荐视频</b>{ul(["潮州：古城夜游人气旺","湛江：对虾养殖迎来丰收季","清远：北江大堤加固工程完工"])}</div>
<div class="box" style="font-size:12px;color:#aaa">© 广东广播电视台 版权所有　粤ICP备05033213号</div>
""",
))

# ---------------------------------------------------------------- vi-21  青岛 city media, headline printed on two lines
PAGES.append(dict(
    id="vi-21", kind="media", lang="zh",
    title="崂山区首个“口袋公园群”开放，20处小微绿地串起滨海步道",
    authors=["孙晓彤"],
    publish_time="2025-06-14 09:03:45",
    doc_title="崂山区首个“口袋公园群”开放，20处小微绿地串起滨海步道 - 观海新闻网",
    features="city media (2022 design); headline printed on two lines (<br>) joined without space in gold; info bar above the headline with 观海新闻记者 孙晓彤; 责任编辑 and 审核; list of park names; 原标题-free; 相关阅读 and 热门 lists",
    css="""
body{margin:0;font-family:'PingFang SC','Microsoft YaHei';background:#fff}
.top{height:64px;display:flex;align-items:center;padding:0 8%;border-bottom:1px solid #eee}
.top b{font-size:24px;color:#0068b7;margin-right:40px}.top a{margin-right:18px;color:#333}
.wrap{display:grid;grid-template-columns:1fr 300px;gap:40px;padding:20px 8%}
.meta{font-size:13px;color:#999}.meta span{margin-right:14px}
.tt{font-size:30px;font-weight:700;line-height:1.4;margin:8px 0 20px}
.article-content p{font-size:17px;line-height:1.9}
.side h4{border-left:4px solid #0068b7;padding-left:8px}
.bottom{background:#f5f5f5;padding:20px 8%;font-size:12px;color:#888}
""",
    opts={"htag": "strong"},
    pre=f"""
<div class="top"><b>观海新闻</b>{links(["首页","要闻","区市","民生","文旅","体育","海洋","视频","问政"])}</div>
<div class="wrap"><div>
<div class="meta"><span>观海新闻记者　孙晓彤</span><span>2025-06-14 09:03:45</span><span>来源：观海新闻</span></div>
<div class="tt">崂山区首个“口袋公园群”开放，<br>20处小微绿地串起滨海步道</div>
""",
    body="""
P 6月13日，崂山区首个“口袋公园群”在沙子口街道正式开放。20处新建和改造的小微绿地沿滨海步道分布，串联起渔港、礁石海岸和老街巷，市民游客步行十几分钟就能走到一处“家门口的公园”。
H 见缝插绿，边角地变身休闲地
P 这些口袋公园大多由闲置地块、废弃空地和道路边角地改造而成，面积从200平方米到3000多平方米不等。设计中保留了原有的礁石、老树和渔村石墙，增设了座椅、观海平台、儿童游乐和健身设施。
P 其中几处较有特色的口袋公园包括：
L 渔港记忆园：利用旧网具仓库改造，展示传统渔具和渔家民俗；
L 石老人观景台：设置观海平台和夜间景观照明；
L 樱花坡小游园：种植樱花、海棠等乔灌木200余株。
H 市民参与，从设计到管护
P 在建设过程中，街道通过居民议事会、线上问卷等方式征集了500多条意见。开放后，附近社区还组建了“绿地管家”志愿服务队，参与日常巡查和卫生保洁。
P “以前这里堆着杂物，现在每天晚饭后都来走一走，孩子也有地方玩了。”附近居民于女士说。
""",
    post=f"""
<p style="color:#999;font-size:13px">责任编辑：刘　洋　　审核：宋　健</p>
<p>{links(["点赞 128"])} {links(["分享"])}</p>
</div>
<div class="side"><h4>相关阅读</h4>{ul(["青岛今年将新建口袋公园100处","市北区老旧街区微更新项目启动"])}<h4>热门</h4>{ul(["青岛地铁6号线开通倒计时","今夏青岛海水浴场开放时间公布","崂山景区推出夜游线路"])}</div></div>
<div class="bottom">青岛日报社主办　观海新闻版权所有<br>互联网新闻信息服务许可证：37120180014　鲁ICP备11023456号-2　鲁公网安备37020202000977号</div>
""",
))

# ---------------------------------------------------------------- vi-22  长春 city portal, 2011 table layout, glued info bar
PAGES.append(dict(
    id="vi-22", kind="media", lang="zh",
    title="长春南湖公园荷花进入最佳观赏期",
    authors=["于洪涛"],
    publish_time="2025-06-15 10:26",
    doc_title="长春南湖公园荷花进入最佳观赏期--长春新闻网",
    features="2011 city portal in nested tables; glued info bar 时间:2025-06-15 10:26来源:长春晚报作者:于洪涛; photo with empty caption row; 责任编辑; 【字体：大 中 小】【打印】【关闭】; link columns and friendly links footer",
    css="""
body{margin:0;font-size:12px;font-family:'宋体';background:#eaeaea}
.frame{width:960px;margin:0 auto;background:#fff}
.logo{height:80px;background:#8a0e0e;color:#fff;font-size:30px;padding-left:18px;line-height:80px}
.nav{background:#b61a1a;line-height:28px}.nav a{color:#fff;padding:0 9px}
.title{font-size:22px;font-weight:bold;text-align:center;padding:14px 0 6px;color:#111}
.info{text-align:center;color:#666;border-bottom:1px solid #ccc;padding-bottom:6px}
.article-content{font-size:14px;line-height:25px}
.lnk{background:#f7f7f7}
""",
    opts={"indent": "　　"},
    pre=f"""
<table class="frame" cellpadding="0" cellspacing="0">
<tr><td class="logo" colspan="2">长春新闻网 <small>www.ccnews.com.cn</small></td></tr>
<tr><td class="nav" colspan="2">{links(["首页","长春新闻","吉林新闻","国内","国际","社会","娱乐","体育","汽车","房产","论坛"])}</td></tr>
<tr><td width="680" valign="top" style="padding:10px">
<div>您现在的位置：{links(["长春新闻网"])}&gt;&gt;{links(["长春新闻"])}&gt;&gt;正文</div>
<div class="title">长春南湖公园荷花进入最佳观赏期</div>
<div class="info"><span>时间:2025-06-15 10:26</span><span>来源:长春晚报</span><span>作者:于洪涛</span><span>【字体：{links(["大"])} {links(["中"])} {links(["小"])}】</span></div>
""",
    body="""
I 南湖荷花|
P 连日来，随着气温升高，长春南湖公园湖面上的荷花竞相绽放，吸引了大批市民和游客前来观赏拍照。
P 记者14日在南湖公园看到，南湖东岸的荷花区满眼碧绿，粉色、白色的荷花亭亭玉立，不少摄影爱好者架起“长枪短炮”，捕捉荷花盛开和蜻蜓立荷的瞬间。
P 据南湖公园管理处工作人员介绍，今年公园荷花种植面积约1.5万平方米，共有“太空莲”“红千叶”“白雪公主”等30多个品种。受前期气温偏高影响，今年荷花花期比往年提前了一周左右，预计最佳观赏期将持续到7月中旬。
P “每年这个时候都来看荷花，今年开得特别好。”家住朝阳区的退休教师吴淑珍说，她和老伴每天早上都来公园散步，顺便拍几张照片发给远方的孩子。
P 公园管理处提醒，游客观赏时请勿攀折花叶、下水采摘莲蓬，拍照时注意脚下安全，不要翻越护栏。周末游客较多，建议市民绿色出行。
""",
    post=f"""
<p align="right">责任编辑：高　原</p>
<p align="right">【{links(["打印"])}】【{links(["关闭"])}】</p>
</td>
<td width="280" valign="top" class="lnk" style="padding:10px"><b>图片新闻</b>{ul(["净月潭森林马拉松报名开启","长春电影节主会场布置完成"])}<b>热点排行</b>{ul(["长春公积金新政7月起实施","长春轨道交通线网规划调整","伊通河夜景灯光秀时间公布"])}</td></tr>
<tr><td colspan="2" style="text-align:center;padding:10px;line-height:20px">友情链接：{links(["中国吉林网","新文化网","长春市政府"]," | ")}<br>
长春日报社主办　版权所有 长春新闻网　未经授权禁止复制或建立镜像<br>吉ICP备05002118号　新闻热线：0431-88601234</td></tr>
</table>
""",
))

# ---------------------------------------------------------------- vi-23  青海 city paper site, 副题 under headline
PAGES.append(dict(
    id="vi-23", kind="media", lang="zh",
    title="夏都西宁“早市经济”火起来",
    authors=["祁晓梅", "韩雪"],
    publish_time="2025年6月13日",
    doc_title="夏都西宁“早市经济”火起来_西宁晚报网",
    features="city evening paper site (2017 design); 副题 ——全市23个早市日均客流超10万人次 under the headline (not title, not body); 西宁晚报记者 祁晓梅 韩雪 byline line; date without time and 星期 elsewhere; 编辑 line; 往期回顾",
    css="""
body{margin:0;font-family:'Microsoft YaHei';background:#fdfbf6}
.mh{background:#6b3e26;color:#f7e9d7;padding:16px 10%;font-size:28px}
.mh small{font-size:13px;margin-left:20px}
.mn{background:#8c5637;padding:0 10%}.mn a{display:inline-block;color:#fff;padding:8px 16px}
.ct{width:820px;margin:20px auto;background:#fff;padding:20px 40px;border:1px solid #eadfcc}
h1{font-size:28px;text-align:center;margin:10px 0 4px}
h2{font-size:17px;text-align:center;font-weight:normal;color:#555;margin:0 0 12px}
.mt{text-align:center;color:#999;font-size:13px}
.note{text-align:center;color:#777}
.fo{text-align:center;color:#998;font-size:12px;padding:20px}
""",
    opts={"ncls": "note"},
    pre=f"""
<div class="mh">西宁晚报网<small>2025年6月13日 星期五　农历五月十八</small></div>
<div class="mn">{links(["首页","西宁新闻","青海新闻","社会","民生","文体","数字报","专题"])}</div>
<div class="ct">
<p>位置：{links(["首页"])} &gt; {links(["西宁新闻"])}</p>
<h1>夏都西宁“早市经济”火起来</h1>
<h2>——全市23个早市日均客流超10万人次</h2>
<p class="mt">2025年6月13日　来源：西宁晚报　{links(["手机看新闻"])}</p>
""",
    body="""
N 西宁晚报记者　祁晓梅　韩雪
P 清晨6点，城东区昆仑路早市已是人声鼎沸。新鲜的蔬菜水果、热气腾腾的甜醅和酿皮、刚出锅的焜锅馍馍……摊位一个挨一个，吆喝声、讨价还价声此起彼伏。
P 入夏以来，西宁各大早市迎来客流高峰。据市商务局统计，全市目前有规范化早市23个，日均客流超过10万人次，带动近4000名摊主就业增收。
P “我从互助县拉菜过来，每天早上能卖两三百元。”菜农马师傅说，早市摊位费便宜，凌晨出摊、上午收摊，不耽误下午回去干农活。
P 早市火起来，管理也要跟上。今年，西宁对早市实行“定点、定时、定摊”管理，统一设置临时摊位和垃圾收集点，上午9点前完成收摊清扫，确保不影响交通和周边居民生活。
P 不少外地游客也把逛早市列入行程。来自广州的游客陈女士说：“在早市能吃到最地道的西宁小吃，还能感受这座城市的烟火气。”
""",
    post=f"""
<p class="mt">编辑：马　丽</p>
<div><b>往期回顾</b>{ul(["西宁夜市经济提质升级","湟水河畔骑行道全线贯通","西宁今年新增停车泊位8000个"])}</div>
</div>
<div class="fo">西宁晚报社版权所有　青ICP备08000712号<br>地址：西宁市城西区五四大街　新闻热线：0971-8232110</div>
""",
))

# ---------------------------------------------------------------- vi-24  南方 portal 2025 design, info bar above headline
PAGES.append(dict(
    id="vi-24", kind="media", lang="zh",
    title="粤东西北12个产业园获“飞地经济”新政支持",
    authors=["张嘉欣", "叶青"],
    publish_time="2025-06-12 18:40",
    doc_title="粤东西北12个产业园获“飞地经济”新政支持_南粤在线",
    features="2025 provincial portal; section label and 南方+记者 byline line above the headline; date with 来源 and 编辑 in a flex bar below; sub-headings as <strong> paragraphs; table; 【编辑】 and 延伸阅读 list; 扫码下载 caption",
    css="""
body{margin:0;font-family:system-ui,'PingFang SC';color:#1a1a1a;background:#fff}
.hdr{display:flex;align-items:center;justify-content:space-between;padding:12px 6%;border-bottom:1px solid #eee}
.hdr b{font-size:26px;color:#0a58ca}
.hdr nav a{margin-left:18px}
.main{max-width:780px;margin:28px auto}
.tag{color:#0a58ca;font-size:14px}
.aut{color:#666;font-size:14px}
.tit{font-size:32px;line-height:1.35;margin:8px 0}
.bar{display:flex;gap:18px;color:#999;font-size:13px;border-bottom:1px solid #eee;padding-bottom:12px}
.article-content p{font-size:18px;line-height:1.85}
.art-table{border-collapse:collapse;width:100%}.art-table td,.art-table th{border:1px solid #ddd;padding:6px}
.ext{background:#f6f8fb;padding:12px 16px}
footer{background:#111;color:#888;padding:24px 6%;font-size:12px}
""",
    opts={"htag": "strong"},
    pre=f"""
<div class="hdr"><b>南粤在线</b><nav>{links(["首页","广东","湾区","财经","观点","文体","视频","专题"])}</nav><input placeholder="搜索"></div>
<div class="main">
<div class="tag">{links(["广东 · 经济"])}</div>
<div class="aut">南方+记者　张嘉欣　叶青</div>
<h1 class="tit">粤东西北12个产业园获“飞地经济”新政支持</h1>
<div class="bar"><span>2025-06-12 18:40</span><span>来源：南方+</span><span>编辑：梁晓君</span></div>
""",
    body="""
P 6月12日，广东省发展改革委等部门联合印发《关于支持“飞地经济”发展的若干措施》，首批12个粤东西北产业园将与珠三角城市结对共建，在项目引进、财税分成、用地指标等方面获得政策支持。
H 税收“五五分成”
P 根据新政，珠三角城市企业整体或部分转移到结对共建园区的，新增税收地方留成部分由合作双方按约定比例分享，原则上首个5年按5:5分成。
H 首批结对名单
T 飞出地|飞入地园区|主导产业
T 深圳市|汕尾高新区|新能源、电子信息
T 广州市|梅州高新区|生物医药、装备制造
T 东莞市|韶关高新区|智能制造
T 佛山市|湛江奋勇高新区|家电、新材料
P 省发展改革委有关负责人表示，“飞地经济”的关键是实现优势互补、利益共享，将定期开展评估，对成效突出的园区在专项资金安排上予以倾斜。
""",
    post=f"""
<p style="color:#888">【编辑】梁晓君　【校对】刘　敏</p>
<div class="ext"><b>延伸阅读</b>{ul(["广东制造业当家22条出台","汕尾高新区新能源产业集群加速成形"])}</div>
<p>{img("扫码下载南方+客户端",100,100)} 扫码下载客户端</p>
</div>
<footer>南方报业传媒集团主办　© 2025 南粤在线<br>粤ICP备09087635号　互联网新闻信息服务许可证：44120170002　违法和不良信息举报：020-87373397</footer>
""",
))
