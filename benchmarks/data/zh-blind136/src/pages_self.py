# Self-media pages ug-25 .. ug-30 (all invented)
PAGES = []
def add(**k): PAGES.append(k)

# ug-25: 头条号-like, account name only (no person) -> account is author
add(id="ug-25", kind="self-media", title="石家庄这家开了三十年的老字号烧饼店，排队的人比游客还多",
authors=["石门美食侦探"], publish_time="2024-09-18 12:06",
css=".tt-top{display:flex;gap:12px} .tt-h{font-size:28px;font-weight:700} .tt-meta span{margin-right:8px;color:#999}",
top="""<div class="tt-top"><a>首页</a><a>下载头条</a><a>发布作品</a><a>登录</a><input placeholder="搜索站内资讯、视频或用户"></div>""",
head="""<h1 class="tt-h">石家庄这家开了三十年的老字号烧饼店，排队的人比游客还多</h1>
<div class="tt-meta"><span>2024-09-18 12:06</span><span>·</span><span>石门美食侦探</span><span>河北</span></div>""",
body="""
在石家庄桥西区一条不起眼的老街里，有一家开了三十年的烧饼店，每天早上不到七点，门口就排起了长队。
店主老杨今年六十二岁，从二十多岁起就跟着师傅学做烧饼。他说，做烧饼最讲究的是面和火候，面要头天晚上和好，醒足八个小时，炉子得用果木炭，“火大了外面焦，火小了不酥”。
img: 刚出炉的烧饼|刚出炉的烧饼
一个烧饼三块钱，夹上卤肉是八块。咬一口，外皮酥得掉渣，里面层层分明，卤肉肥而不腻，再配一碗店里自己熬的小米粥，妥妥的石家庄早餐标配。
排队的大爷告诉我，他从年轻时就在这儿吃，现在带着孙子来。“别家的烧饼吃着总觉得差点意思。”
有人劝老杨开分店、做加盟，他都拒绝了。“一个人就这么大本事，店多了顾不过来，味道就变了。”
如果你来石家庄，不妨起个早，来尝尝这口老味道。地址就不说了，问问当地人都知道。
大家家乡有什么好吃的老字号？评论区聊聊吧！
""",
after="""<div class="tt-foot">举报　<span>赞 1.2万</span> <span>评论 836</span> <span>收藏</span> <span>转发</span></div><div class="tt-rel"><h4>相关推荐</h4><ul><li>河北人的早餐有多丰富？</li><li>正定古城的这几家小吃别错过</li></ul></div><div class="tt-author">石门美食侦探　3.6万粉丝　关注</div>""",
bottom="""<div class="ft">© 2024 今日头条　京ICP证140141号　网络文化经营许可证</div>""")

# ug-26: 百家号-like with a named person author inside account line
add(id="ug-26", kind="self-media", title="江西赣南脐橙今年丰收，果农却为何高兴不起来？",
authors=["刘振华"], publish_time="2024-11-27 09:41",
css=".bjh-h{font-size:24px} .bjh-au{display:flex;gap:10px;color:#555}",
top="""<div class="bjh-top"><a>百度首页</a> <a>登录</a></div>""",
head="""<h2 class="bjh-h">江西赣南脐橙今年丰收，果农却为何高兴不起来？</h2>
<div class="bjh-au"><img src="" alt="头像"><span>农经观察刘振华</span><span>2024-11-27 09:41</span><span>江西</span><span>财经领域创作者</span></div>""",
body="""
x: 文｜刘振华
今年赣南脐橙迎来大年，不少果园挂果量比去年多出两三成。但在信丰、安远等地走访时，笔者听到最多的却是果农的叹气声。
h: 丰产不等于丰收
“去年统货收购价每斤三块多，今年两块出头都难。”安远县果农钟师傅告诉我，他家三十亩果园产量预计十二万斤，但算下来收入可能比去年还少。
造成价格下行的原因不止一个：一是全国柑橘整体丰产，市场供应充足；二是沃柑、耙耙柑等品种挤占了部分消费需求；三是部分果农为抢早上市，果子没熟透就采摘，影响了整体口碑。
h: 出路在哪里
业内人士认为，脐橙产业要从“拼产量”转向“拼品质”。一方面要严格执行采摘标准，坚决杜绝青果上市；另一方面要做强分级分选，让好果卖出好价钱。
一些合作社已经开始尝试。信丰县一家合作社引进光电分选线，按糖度和果径把脐橙分成五个等级，一级果每斤售价比统货高出一元以上，依然供不应求。
""",
after="""<div class="bjh-tip">本文为百家号作者原创，未经授权禁止转载</div><div class="bjh-like">点赞 342　举报</div>""",
bottom="""<div class="ft">©2024 Baidu 使用百度前必读 京ICP证030173号</div>""")

# ug-27: 微信公众号-like (county 融媒 account), 原创 label, 来源/编辑/审核 at bottom
add(id="ug-27", kind="self-media", title="好消息！达州这条高速明年通车",
authors=["达川融媒"], publish_time="2024-12-16 18:30",
css=".rich_media{max-width:677px;margin:auto} .rich_media_title{font-size:22px} #meta{color:rgba(0,0,0,.5)}",
top="""<div class="rich_media">""",
head="""<h1 class="rich_media_title">好消息！达州这条高速明年通车</h1>
<div id="meta"><span class="orig">原创</span> <a>达川融媒</a> <em>2024-12-16 18:30</em> <em>四川</em></div>""",
body="""
近日，记者从相关部门获悉，达州至万州高速公路扩容工程（达州段）主线路基工程已基本完成，桥梁架设进度超过九成，预计2025年底建成通车。
img: 施工现场|
据了解，该项目起于达川区，止于重庆万州，全长约96公里，其中达州段约58公里，设计速度每小时100公里，采用双向六车道标准建设。
项目建成后，达州至万州车程将由现在的近两小时缩短至一小时左右，对完善川东北路网结构、推动川渝两地经济协同发展具有重要意义。
目前，施工现场机械轰鸣，建设者们正抢抓冬季施工黄金期，全力推进隧道掘进和路面施工。项目负责人表示，将在确保质量安全的前提下，加快施工进度，争取早日建成通车。
此外，达州至万州高速公路扩容工程沿线还将设置服务区2处、互通式立交6处，方便沿线群众出行。
你期待吗？欢迎在留言区说说你的想法！
x: 来源：达川区融媒体中心
x: 编辑：唐小雨
x: 审核：刘强
""",
after="""<div class="qr"><img src="" alt="二维码">长按识别二维码关注我们</div><div class="tools">阅读 1.8万　赞 96　在看 41　分享</div><div class="comment">留言 <span>写留言</span></div></div>""",
bottom="")

# ug-28: 网易号-like, reposted article with author line (作者：) and 网易号 label
add(id="ug-28", kind="self-media", title="内蒙古草原上的“移动兽医站”：一辆皮卡跑遍四个苏木",
authors=["苏日娜"], publish_time="2024-07-30 16:12:05",
css=".post_main h1{font-size:28px} .post_info{color:#888}",
top="""<div class="N-nav"><a>网易首页</a> <a>新闻</a> <a>体育</a> <a>娱乐</a> <a>财经</a> <a>汽车</a> <a>科技</a> <a>下载网易新闻客户端</a></div>""",
head="""<div class="post_main"><h1>内蒙古草原上的“移动兽医站”：一辆皮卡跑遍四个苏木</h1>
<div class="post_info">2024-07-30 16:12:05　来源: <a>北疆牧歌</a>　内蒙古<br>举报</div></div>""",
body="""
x: 作者：苏日娜
早上六点，锡林郭勒盟阿巴嘎旗兽医巴特尔就发动了他的皮卡车。车厢里装着疫苗冷藏箱、听诊器、B超机和一袋干粮，这是他一天巡诊的全部家当。
“牧民家离得远，最远的一户要开三个多小时。牲畜病了等不起，我们就主动上门。”巴特尔说。
巴特尔所在的“移动兽医站”成立于2021年，由4名专业兽医组成，负责周边四个苏木、两万多平方公里草原上的动物防疫和诊疗工作。每年春季接羔、秋季出栏前后是他们最忙的时候，常常一连十几天吃住在牧民家。
牧民图门告诉笔者，前年冬天他家的一头种公牛突发疾病，巴特尔冒着大雪连夜赶来，救回了这头价值两万多元的牛。“他是我们草原上的好医生。”
如今，旗里又给移动兽医站配备了远程诊疗设备，遇到疑难病例可以视频连线自治区的专家。
""",
after="""<div class="post_statement">特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</div><div class="post_rel"><h4>相关推荐</h4><ul><li>草原上的“马背医生”</li></ul></div>""",
bottom="""<div class="N-foot">网易公司版权所有 ©1997-2024</div>""")

# ug-29: 澎湃号·政务 -like, government account, 2025 design
add(id="ug-29", kind="self-media", title="南昌青山湖区推出“15分钟就业服务圈”",
authors=["青山湖发布"], publish_time="2025-03-05 20:18",
css=".pp-h{font-size:26px} .pp-src{color:#00a5eb}",
top="""<div class="pp-top"><img src="" alt="澎湃新闻"> <a>要闻</a> <a>深度</a> <a>视频</a> <a>澎湃号</a> <a>下载客户端</a></div>""",
head="""<div class="pp-src">澎湃号·政务 &gt; 青山湖发布</div><h1 class="pp-h">南昌青山湖区推出“15分钟就业服务圈”</h1>
<div class="pp-info">青山湖发布　<span>+关注</span><br>2025-03-05 20:18　来源：澎湃新闻·澎湃号·政务</div>
<div class="pp-font">字号</div>""",
body="""
为帮助求职者在家门口找到满意的工作，近日，青山湖区在全区12个街道（乡镇）建成就业服务驿站，打造“15分钟就业服务圈”。
走进湖坊镇就业服务驿站，电子屏上滚动播放着辖区企业的招聘信息，工作人员正在为求职者一对一推荐岗位。“以前找工作要跑人才市场，现在下楼走几分钟就到了。”求职者万女士说。
据介绍，就业服务驿站主要提供以下服务：
li: 岗位推荐：每周更新辖区企业用工需求，精准匹配求职者；
li: 政策咨询：解答社保补贴、创业担保贷款等政策问题；
li: 技能培训：联合职业院校开设电商、育婴、家政等免费培训；
li: 就业援助：对就业困难人员实行“一人一档”帮扶。
驿站运行以来，已累计发布岗位信息3600余个，帮助820余人实现就业。
下一步，青山湖区将推动就业服务驿站向社区延伸，让群众求职更方便、服务更贴心。
""",
after="""<div class="pp-note">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。</div><div class="pp-down">扫码下载澎湃新闻客户端</div>""",
bottom="""<div class="pp-foot">沪ICP备14003370号　沪公网安备31010602000299号　互联网新闻信息服务许可证：31120170006</div>""")

# ug-30: 微博 article (头条文章) by a named blogger
add(id="ug-30", kind="self-media", title="在张家口崇礼滑了一周雪，我总结了这些经验",
authors=["雪地里的阿飞"], publish_time="2025-01-09 22:47",
css=".WB_artical{max-width:700px;margin:auto} .title{font-size:26px}",
top="""<div class="gn_header"><a>微博</a> <input placeholder="大家都在搜：崇礼滑雪"> <a>首页</a> <a>视频</a> <a>发现</a> <a>游戏</a> <a>登录</a> <a>注册</a></div><div class="WB_artical">""",
head="""<div class="title">在张家口崇礼滑了一周雪，我总结了这些经验</div>
<div class="author"><a>雪地里的阿飞</a> <span>2025-01-09 22:47</span> <span>阅读数：4.5万</span></div>""",
body="""
元旦假期前后，我在崇礼待了整整一周，把几家主要雪场都滑了一遍。作为一个滑了五年的单板爱好者，分享几点个人经验，希望对第一次去的朋友有用。
h: 一、交通
北京出发最方便的是坐高铁到太子城站，全程一个小时左右，出站就有雪场的免费接驳车。自驾的话注意山路结冰，一定要带防滑链。
h: 二、住宿
雪场内的酒店滑进滑出很方便，但价格偏高；崇礼城区的民宿便宜一半以上，每天坐接驳车上山也就二十分钟。
h: 三、雪票
强烈建议提前在官方小程序买票，比现场便宜不少。新手不用买多日票，先买一天试试。
h: 四、装备
雪服雪板可以租，但头盔和雪镜建议自带，卫生也更有保障。山顶风大，护脸一定要带。
最后提醒一句：新手一定要请教练，别跟着朋友直接上高级道，安全第一！
""",
after="""<div class="WB_tail">转发 312　评论 208　赞 1876</div><div class="hot">微博热搜：崇礼滑雪 张家口</div></div>""",
bottom="""<div class="foot">微博客服　京ICP证100780号　互联网新闻信息服务许可证11220180001</div>""")
