# Self-media tm-25..30, e-paper tm-31..35, institutions tm-36..40
PAGES = []
S, E, I = 'self-media', 'e-paper', 'institution'

# tm-25: 头条号, account name only
PAGES.append(dict(
 id='tm-25', kind=S, lang='zh', pstyle='p',
 css='.tt-top{display:flex}.main{width:680px;margin:auto}',
 head='<div class="tt-top"><a>首页</a> <a>下载头条</a> <a>登录</a> <input placeholder="搜索站内资讯、视频或用户"></div>',
 wrap='<div class="main">%s</div><div class="side"><img alt=""><b>津门老饕</b><p>天津美食领域创作者</p><button>关注</button><p>2.3万粉丝 · 612获赞</p></div>',
 title='天津人冬天的早点，少了这碗锅巴菜总觉得不对劲',
 info='<div class="article-meta"><span>原创</span><span>2026-11-28 07:36</span><span>·</span><span>津门老饕</span><span>天津</span></div>',
 authors=['津门老饕'], publish_time='2026-11-28 07:36',
 body=[
  ('p','天一冷，早上去吃锅巴菜的人就多了。老城厢这家小店，七点不到门口已经排起了队。'),
  ('p','锅巴菜讲究的是“卤”。绿豆面摊成的煎饼切成柳叶条，浇上用香料、淀粉熬的素卤，再撒上腐乳汁、芝麻酱、辣椒油和香菜。老板说，卤子每天凌晨三点开始熬，一锅要搅上一个多小时，稍不留神就糊底。'),
  ('img','一碗锅巴菜',''),
  ('p','有人问锅巴菜和煎饼果子哪个更“天津”。在我看来，煎饼果子是拿在手里赶路的，锅巴菜则要坐下来慢慢吃，配一套烧饼、一个茶叶蛋，才算一顿完整的天津早点。'),
  ('p','老板姓刘，这家店是他父亲传下来的，开了三十多年。他说，现在好多年轻人也爱吃，周末还有外地游客专门打车过来，一早上要卖出四五百碗。'),
  ('p','价格也实在：一碗8块，加蛋10块。吃完浑身热乎，再骑车上班，一上午都不觉得冷。'),
  ('p','你最爱吃哪家的锅巴菜？欢迎在评论区推荐。'),
 ],
 after='<p class="statement">本文为作者原创，未经授权禁止转载。</p><p class="statement">举报/反馈</p>',
 tail='<div class="comment"><h4>评论 56</h4><textarea placeholder="写下你的评论..."></textarea><p>相关推荐</p><ul><li>天津十大早点排行，你吃过几种？</li><li>大饼卷一切：天津人的快乐</li></ul></div>',
 foot='<div class="ft">© 2026 今日头条 违法和不良信息举报 京ICP证140141号</div>',
))

# tm-26: 百家号, person named in "文 | " line
PAGES.append(dict(
 id='tm-26', kind=S, lang='zh', pstyle='p',
 css='.bjh-header{height:60px}.article{width:700px}',
 head='<div class="bjh-header"><a>百度首页</a> <a>登录</a></div>',
 wrap='<div class="article">%s</div><div class="author-box"><b>黔山观察</b><p>2026-11-27 18:20 贵州 · 优质社会领域创作者</p><button>+关注</button></div>',
 title='乌江边的移民新村，七年后再回访',
 info='<div class="author-info"><span>黔山观察</span><span>2026-11-27 18:20</span><span>贵州</span></div>',
 below='<p class="who">文 | 龙　飞</p>',
 authors=['龙飞'], publish_time='2026-11-27 18:20',
 body=[
  ('p','2019年秋天，我第一次来到乌江边上的新寨村。那时候，新房刚刚盖好，搬迁来的村民们站在还没铺好的水泥路上，脸上有期待，也有不安。'),
  ('p','七年后再来，路边的桂花树已经比人高。村口的扶贫车间变成了一家服装厂的分厂，五十多名村民在这里上班，大多是不方便外出务工的妇女。'),
  ('h','“工资比种地稳当”'),
  ('p','44岁的杨秀英在流水线上负责锁边。她告诉我，每个月能拿到三千出头，“比以前种包谷稳当多了，娃娃放学还能接”。'),
  ('h','年轻人开始回来'),
  ('p','更让人意外的是，村里开始有年轻人回流。27岁的罗斌在外打工八年，去年回村开了一家直播间，卖乌江鱼干和土蜂蜜，月销售额最多时超过十万元。'),
  ('p','当然，问题也还有：老人看病要跑几十公里，村里的小学只剩下一到三年级。搬出来只是第一步，日子怎么过得更好，还需要时间回答。'),
 ],
 after='<p class="notice">本文图片均来自作者拍摄</p><p class="tip">举报/反馈</p>',
 tail='<div class="rec"><h4>为你推荐</h4><ul><li>贵州这个县，把“路边摊”变成了网红夜市</li><li>黔东南的冬天，藏在一碗酸汤里</li></ul></div>',
 foot='<div class="ft">©2026 Baidu 京ICP证030173号</div>',
))

# tm-27: 微信公众号 article (rich_media), 原创 + author + account + date + location
PAGES.append(dict(
 id='tm-27', kind=S, lang='zh', pstyle='section',
 css='.rich_media{max-width:677px;margin:auto}.s{margin:0 0 1em}',
 head='',
 wrap='<div class="rich_media">%s</div>',
 title='这个冬天，去淄博周村古商城听一场“小戏”',
 title_html='<h1 class="rich_media_title">这个冬天，去淄博周村古商城听一场“小戏”</h1>',
 info='<div class="rich_media_meta_list"><span class="ori">原创</span> <span>李晓楠</span> <a>齐鲁文旅漫游</a> <em>2026年11月26日 20:31</em> <em>山东</em></div>',
 authors=['李晓楠'], publish_time='2026年11月26日 20:31',
 body=[
  ('img','周村古商城',''),
  ('p','在周村古商城的大街上走一走，总能听到从某个院子里传出的锣鼓声。那是五音戏，淄博本地的小剧种，当地人叫它“肘鼓子”。'),
  ('p','今年冬天，古商城里的三座老戏楼恢复了驻场演出，每天上午十点、下午三点各一场，演的大多是《王小赶脚》《拐磨子》这样的小戏，一出二三十分钟，不懂方言也能看个热闹。'),
  ('p','“小戏不难懂，讲的都是家长里短。”五音戏演员张凤玲说。她十三岁学戏，今年是登台的第三十个年头。'),
  ('p','戏楼旁边还有一座五音戏展示馆，陈列着老戏服、老唱本和老艺人的照片。馆里的工作人员会给游客讲解五音戏的历史，小朋友还可以试穿戏服、学几句唱腔。'),
  ('h','游玩小贴士'),
  ('li','演出免费，先到先得，周末建议提前半小时入座；'),
  ('li','看完戏别忘了尝一尝周村烧饼，薄、香、酥、脆；'),
  ('li','古商城夜间亮灯到21:30，晚上拍照更出片。'),
  ('p','如果你也喜欢听戏，这个冬天不妨来周村走走。'),
 ],
 after='<p class="s">- END -</p><p>编辑｜周静　审核｜孟凡</p><p>点击“阅读原文”查看更多</p><p>预览时标签不可点</p><p>微信扫一扫关注该公众号</p>',
 tail='<div class="tool">阅读 3826　分享　收藏　点赞 57　在看 19</div><div>写留言</div>',
 foot='',
))

# tm-28: 网易号, account only, 来源 line
PAGES.append(dict(
 id='tm-28', kind=S, lang='zh', pstyle='p',
 css='.N-nav{background:#c00}.post_main{width:700px}',
 head='<div class="N-nav"><a>网易首页</a> <a>新闻</a> <a>体育</a> <a>娱乐</a> <a>财经</a> <a>汽车</a> <a>科技</a> <a>时尚</a> <a>旅游</a> <a>下载网易新闻客户端</a></div>',
 wrap='<div class="post_main">%s</div><div class="side"><b>新疆自驾指南</b><p>本网易号专注新疆旅行攻略</p></div>',
 title='独库公路封闭了，冬天去伊犁还有这3条路线可选',
 info='<div class="post_info">2026-11-25 14:22:05　来源: <a>新疆自驾指南</a><br>举报</div>',
 authors=['新疆自驾指南'], publish_time='2026-11-25 14:22:05',
 body=[
  ('p','每年10月之后，独库公路就会因降雪封闭，直到第二年6月才重新开放。很多朋友问：冬天还能自驾去伊犁吗？答案是可以，只是要换条路。'),
  ('h','路线一：G30连霍高速'),
  ('p','从乌鲁木齐出发，经奎屯、精河，翻越果子沟大桥进入伊犁，全程约690公里，全程高速，冬季也会及时除雪，是最稳妥的选择。'),
  ('h','路线二：G218经那拉提'),
  ('p','适合想看雪山草原的朋友，但部分路段弯多坡陡，雪后务必确认路况，车辆要换好雪地胎。'),
  ('h','路线三：坐火车＋当地租车'),
  ('p','乌鲁木齐到伊宁的动车约5个半小时，到达后在当地租车，省心又安全，特别推荐给南方来的新手司机。'),
  ('table',[['路线','里程','建议'],['G30连霍高速','约690公里','首选'],['G218','约750公里','雪后慎行'],['火车＋租车','—','新手推荐']]),
  ('p','最后提醒：冬季新疆昼短夜长，尽量避免夜间行车，油箱保持半箱以上。'),
 ],
 after='<p class="statement">特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</p>',
 tail='<div class="post_next"><h4>相关推荐</h4><ul><li>赛里木湖冬季开放吗？最新消息来了</li><li>喀纳斯冬季旅游全攻略</li></ul></div>',
 foot='<div class="ft">网易公司版权所有 ©1997-2026</div>',
))

# tm-29: 澎湃号·湃客, author line "作者 |"
PAGES.append(dict(
 id='tm-29', kind=S, lang='zh', pstyle='p',
 css='.head{border-bottom:1px solid #ddd}.newsbox{width:660px}',
 head='<div class="head"><img alt="澎湃"> <a>要闻</a> <a>深度</a> <a>视频</a> <a>湃客</a> <a>澎湃号</a> <a>下载客户端</a></div>',
 wrap='<div class="newsbox">%s</div>',
 above='<div class="channel">澎湃号 › 湃客</div>',
 title='在济南做了十年修鞋匠，他见过一座城市的脚步',
 info='<div class="meta"><span>老城纪事</span><span>关注</span><div>2026-11-24 12:10</div><div>来源：澎湃新闻·澎湃号·湃客</div><span>字号</span></div>',
 below='<p class="auth">作者 | 宋一鸣</p><p class="auth">编辑 | 何平</p>',
 authors=['宋一鸣'], publish_time='2026-11-24 12:10',
 body=[
  ('p','老孙的修鞋摊在济南芙蓉街口的一个墙角，一把伞、一台补鞋机、两只小马扎，就是全部家当。这个位置，他守了十年。'),
  ('p','他说，修鞋的活儿也跟着城市变。十年前修得最多的是皮鞋换底，后来是运动鞋开胶，这两年多了不少给外地游客临时救急的：鞋跟掉了，拉链坏了，逛到一半走不了路。'),
  ('p','“有个姑娘穿着汉服来拍照，绣花鞋的底掉了，急得直哭。我给她用胶粘上，又缝了几针，没要钱。”老孙说，后来那姑娘在网上发了帖子，不少人专门来找他修鞋。'),
  ('p','芙蓉街改造后游客越来越多，城管给他划了固定摊位，还挂上了“便民服务点”的牌子。问他打算干到什么时候，他笑笑：“手还稳，就一直干。”'),
  ('p','摊子虽小，来往的人却多。附近的老邻居会来坐一坐，聊聊家常；路过的外卖小哥会借他的打气筒给电动车打气。老孙说，这个墙角就像他的第二个家。'),
 ],
 after='<p class="disclaimer">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问。</p>',
 tail='<div class="tags">#济南 #手艺人</div>',
 foot='<div class="ft">沪ICP备14003370号　沪公网安备31010602000299号　互联网新闻信息服务许可证：31120170006</div>',
))

# tm-30: 微博 article (头条文章), account name as author
PAGES.append(dict(
 id='tm-30', kind=S, lang='zh', pstyle='p',
 css='.WB_frame{width:920px;margin:auto}.art{padding:20px}',
 head='<div class="gn_header"><a>微博</a> <input placeholder="大家都在搜：初雪"> <a>首页</a> <a>视频</a> <a>发现</a> <a>游戏</a> <a>注册</a> <a>登录</a></div>',
 wrap='<div class="WB_frame"><div class="art">%s</div></div>',
 title='昆仑山下的牧业转场：跟着羊群走了三天两夜',
 info='<div class="author"><a>@昆仑山下的牧羊人</a> <span>阅读数：12.6万</span></div><div class="time">发布于 2026-11-23 22:14</div>',
 authors=['昆仑山下的牧羊人'], publish_time='2026-11-23 22:14',
 body=[
  ('p','每年入冬前，和田地区的牧民都要把羊群从夏牧场赶到冬牧场。今年，我跟着努尔买买提一家走了一趟。'),
  ('p','第一天凌晨五点就出发了。天还没亮，两千多只羊在山谷里挤成一片，牧羊犬来回奔跑着把掉队的羊赶回来。努尔买买提说，往年转场要走六七天，现在有了牧道和补给点，三天就能到。'),
  ('p','第二天最难走，要翻过一个海拔三千多米的垭口。风很大，羊群走得很慢，我们也只能跟着慢慢走。中午在补给点停下来，当地干部送来了馕和热茶，还给羊群准备了草料。'),
  ('p','第三天傍晚到了冬窝子。新修的棚圈、储草棚和牧民定居房整整齐齐，屋里通了电，手机也有信号。努尔买买提的小女儿拿着手机给在县城读书的哥哥打视频电话：“我们到了！”'),
  ('p','这一趟走下来，腿疼了好几天，但看到的风景和人，值了。'),
 ],
 after='<p>#新疆# #牧业转场#</p>',
 tail='<div class="WB_handle">转发 328 | 评论 211 | 赞 4521</div><div class="rel"><p>博主的其他文章</p></div>',
 foot='<div class="ft">Copyright © 2009-2026 WEIBO 北京微梦创科网络技术有限公司 京网文〔2023〕1034-029号 京ICP证100780号</div>',
))

# ---- e-paper ----
# tm-31: 天津 daily 数字报, 2010s frame layout, 引题/主题/副题, 版次 nav, 本版标题
PAGES.append(dict(
 id='tm-31', kind=E, lang='zh', pstyle='indent',
 css='.ep{width:1000px;margin:auto}.yt,.ft2{font-size:16px;color:#333}.zt{font-size:28px}',
 head='<div class="ep"><img alt="津沽日报"> <span>2026年11月24日 星期二</span> <a>往期回顾</a> <a>PDF下载</a></div><div class="ep">第05版：经济新闻 <a>上一版</a> <a>下一版</a> <a>版面导航</a></div>',
 wrap='<table class="ep"><tr><td width="300"><b>本版标题</b><br>· 滨海新区一批重大项目签约<br>· 保税区跨境电商进口增三成<br>· 冬季蔬菜市场供应充足价格平稳<br>· 我市首家“数字工厂”认定结果公示</td><td>%s</td></tr></table>',
 title='滨海新区一批重大项目签约',
 title_html='<p class="yt">总投资超380亿元 涉及新能源、生物医药、航空航天等领域</p><h1 class="zt">滨海新区一批重大项目签约</h1><p class="ft2">——今年以来新区累计签约项目突破600个</p>',
 info='<p class="info">2026-11-24 　作者：本报记者 孟 然</p>',
 authors=['孟然'], publish_time='2026-11-24',
 body=[
  ('p','本报讯（记者 孟然）昨日，滨海新区举行重大项目集中签约活动，42个项目现场签约，总投资超过380亿元，涉及新能源、生物医药、航空航天、高端装备等领域。'),
  ('p','签约项目中，投资额超过10亿元的项目有11个。其中，一家新能源企业计划在临港经济区建设20吉瓦时储能电池生产基地，预计年产值可达150亿元。'),
  ('p','新区投资促进部门负责人介绍，今年以来，新区坚持以产业链招商为主线，组建12支产业链招商专班，累计签约项目突破600个，协议投资额超过2200亿元。'),
  ('p','此次签约的项目中，外资项目有9个，来自德国、日本、新加坡等国家。一家日资企业负责人表示，看中的是新区完善的产业配套和高效的政务服务，计划在新区建设华北地区研发中心。'),
  ('p','下一步，新区将建立签约项目全流程跟踪服务机制，推动项目早落地、早开工、早投产。'),
 ],
 tail='<div class="ep">【<a>上一篇</a>】【<a>下一篇</a>】【<a>返回版面</a>】</div>',
 foot='<div class="ep">津沽日报社版权所有 未经书面授权不得复制或建立镜像<br>津ICP备05000456号</div>',
))

# tm-32: 山东 provincial daily e-paper, old table layout; 引题 + 主题 only; byline line on own
PAGES.append(dict(
 id='tm-32', kind=E, lang='zh', pstyle='br',
 css='table{font-size:14px}.t1{font-size:14px}.t2{font-size:26px;font-weight:bold}',
 head='<table width="1000" align="center"><tr><td><img alt="齐鲁日报"></td><td>2026年11月25日 第03版：要闻</td><td><a>上一期</a> <a>下一期</a> <a>往期检索</a></td></tr><tr><td colspan="3">01版 头版 | 02版 要闻 | 03版 要闻 | 04版 综合 | 05版 经济 | 06版 区市</td></tr></table>',
 wrap='<table width="1000" align="center"><tr><td>%s</td></tr></table>',
 title='全省冬小麦播种面积稳定在6000万亩以上',
 title_html='<table><tr><td class="t1">墒情适宜 苗情总体偏好</td></tr><tr><td class="t2">全省冬小麦播种面积稳定在6000万亩以上</td></tr></table>',
 info='<table><tr><td>日期：2026-11-25</td><td>版名：要闻</td></tr></table>',
 below='<p>□本报记者　赵　芳</p>',
 authors=['赵芳'], publish_time='2026-11-25',
 body=[
  ('p','记者从省农业农村厅获悉，截至目前，全省冬小麦播种面积6012万亩，比上年增加8万亩，已全部出苗，一、二类苗比例达到88.6%，苗情总体好于常年。'),
  ('p','今年秋种期间，全省大部分地区墒情适宜，各地抢抓有利时机，推广宽幅精播、种肥同播等技术，良种覆盖率达到98%以上。'),
  ('p','为做好秋种工作，全省组织农技人员2.3万名深入田间地头开展技术指导，落实小麦良种补贴资金5.6亿元，统一供种面积达到4300万亩。'),
  ('p','省农业农村厅提醒，入冬后要因地因苗加强田间管理，对旺长麦田适时镇压控旺，对晚播弱苗追施速效肥，做好冬前化学除草和病虫害防治，确保小麦安全越冬。'),
  ('p','据气象部门预测，今冬全省气温总体偏高，降水偏少，有利于小麦安全越冬，但要防范阶段性寒潮和干旱的不利影响。'),
 ],
 tail='<table width="1000" align="center"><tr><td>本版其他文章：<br>· 省委理论学习中心组举行集体学习<br>· 全省冬季安全生产工作会议召开</td></tr></table>',
 foot='<table width="1000" align="center"><tr><td align="center">齐鲁日报社 版权所有 鲁ICP备05001166号</td></tr></table>',
))

# tm-33: 贵州 daily 数字报, 2020 responsive; 主题 + 副题, 版面 list at side, 本报讯 + 通讯员
PAGES.append(dict(
 id='tm-33', kind=E, lang='zh', pstyle='p',
 css='.paper{display:flex}.art{flex:1}.sub{color:#666}',
 head='<div class="bar"><img alt="黔州日报数字报"> <span>2026年11月26日</span> <a>第01版 头版</a> <a>第02版 要闻</a> <a>第03版 时政</a> <a>第04版 市州</a> <a>第05版 经济</a> <a>第06版 文化</a></div><div>当前版：第04版 市州</div>',
 wrap='<div class="paper"><div class="art">%s</div><div class="list"><h4>本版新闻</h4><ul><li>安顺：瀑布景区冬季门票半价</li><li>铜仁：梵净山抹茶出口欧洲</li><li>毕节：冬季造林3.2万亩</li></ul></div></div>',
 title='铜仁：梵净山抹茶出口欧洲',
 title_html='<h2 class="zt">铜仁：梵净山抹茶出口欧洲</h2><h4 class="sub">今年出口量预计突破2000吨</h4>',
 info='<div class="info">黔州日报 2026年11月26日 第04版</div>',
 authors=['田宇航','吴雪莲'], publish_time='2026年11月26日',
 body=[
  ('p','本报讯（记者 田宇航 通讯员 吴雪莲）11月24日，一批重达26吨的梵净山抹茶从铜仁江口县装箱发运，将经海运抵达德国汉堡。这是今年铜仁发往欧洲的第18批抹茶。'),
  ('p','江口县抹茶产业园负责人介绍，园区今年新建抹茶生产线4条，年加工能力达到3500吨。产品通过欧盟有机认证，主要供应食品、饮料和化妆品企业。'),
  ('p','为打开国际市场，当地企业积极参加海外展会，并在德国、荷兰设立销售办事处。企业负责人说，欧洲客户对抹茶的颜色、细度和农残要求很高，公司建立了从茶园到工厂的全程质量追溯体系。'),
  ('p','近年来，铜仁按照“以茶促旅、以旅兴茶”的思路，建成抹茶基地12万亩，带动茶农2.6万户。今年1至10月，全市抹茶出口量达到1680吨，全年预计突破2000吨。'),
 ],
 tail='<div><a>上一篇</a> <a>下一篇</a> <a>PDF版</a></div>',
 foot='<div class="ft">黔州日报报业集团版权所有 黔ICP备06006543号</div>',
))

# tm-34: 新疆 daily e-paper, 2016 image-map page; 引题 + 主题 + 副题, minority reporter name spaced in byline line
PAGES.append(dict(
 id='tm-34', kind=E, lang='zh', pstyle='p',
 css='.left{float:left;width:480px}.right{margin-left:500px}.yin,.fu{font-size:15px}',
 head='<div class="top"><span>天山日报</span> <span>2026年11月27日 星期五</span> <a>汉文版</a> <a>维文版</a> <a>哈文版</a></div><div class="left"><img alt="第06版版面图"><p>第06版：专版</p><p><a>&lt;&lt;上一版</a> <a>下一版&gt;&gt;</a></p></div>',
 wrap='<div class="right">%s</div>',
 title='“小庭院”里的“大产业”',
 title_html='<p class="yin">喀什地区莎车县发展庭院经济见闻</p><h1>“小庭院”里的“大产业”</h1><p class="fu">户均年增收超过6000元</p>',
 info='',
 below='<p class="by">本报记者　阿依努尔·买买提　李　伟</p>',
 authors=['阿依努尔·买买提','李伟'], publish_time='2026年11月27日',
 after='<p class="date">天山日报　2026年11月27日　第06版</p>',
 body=[
  ('p','初冬时节，走进莎车县阿热勒乡的农家小院，葡萄架下搭起了小拱棚，绿油油的蔬菜长势正旺；院子一角的鸽舍里，肉鸽咕咕叫个不停。'),
  ('p','“一个小院子，一年能挣七八千块。”村民艾尔肯·吐尔洪指着拱棚说，蔬菜自己吃不完就卖给村里的合作社，肉鸽则由企业统一回收。'),
  ('h','规划小庭院'),
  ('p','莎车县按照“宜种则种、宜养则养”的原则，引导农户把庭院划分为生活区、种植区和养殖区，今年改造提升庭院2.3万户。'),
  ('h','连接大市场'),
  ('p','县里组建了17家庭院经济合作社，与农户签订收购协议，并通过冷链物流把蔬菜、禽蛋销往喀什市区和乌鲁木齐，让小庭院产品有了稳定销路。'),
  ('p','“以前院子里堆满杂物，现在收拾得干干净净，还能挣钱。”村民阿依古丽·吐尔逊笑着说。'),
  ('p','据统计，今年参与庭院经济的农户户均年增收超过6000元。'),
 ],
 tail='<div class="right"><p>本版其他标题：</p><p>冬季农民夜校开课了</p><p>南疆林果业提质增效</p></div>',
 foot='<div class="ft" style="clear:both">天山日报社主办 新ICP备09000111号</div>',
))

# tm-35: 山东 city evening paper digital edition, 2024 mobile layout; 主题 + 副题, 文/图, and closing editor
PAGES.append(dict(
 id='tm-35', kind=E, lang='zh', pstyle='p',
 css='body{max-width:800px;margin:auto}.zt{font-size:24px}.ft{font-size:12px}',
 head='<div class="nav"><img alt="泉城晚报"> <select><option>A01 封面</option><option>A02 要闻</option><option>A07 泉城</option></select> <a>版面</a> <a>目录</a> <a>往期</a></div>',
 title='趵突泉冬季水位保持高位 “三股水”持续喷涌',
 title_html='<h1 class="zt">趵突泉冬季水位保持高位<br>“三股水”持续喷涌</h1><h3>地下水位已连续22个月保持在红线以上</h3>',
 info='<p class="info">泉城晚报 2026-11-28 A07版 泉城</p>',
 below='<p>文/图 泉城晚报记者 韩冬</p>',
 authors=['韩冬'], publish_time='2026-11-28',
 body=[
  ('p','入冬以来，济南趵突泉“三股水”依旧喷涌不息。27日，趵突泉地下水位为29.45米，比去年同期高出0.36米，比红线水位高出2.05米。'),
  ('img','趵突泉','27日，市民在趵突泉边观泉。'),
  ('p','市水务部门介绍，今年汛期济南降水偏多，加上持续实施南部山区补源、地表水替代地下水等措施，泉水水位已连续22个月保持在红线以上。'),
  ('p','“冬天来看泉别有一番味道，水面冒着热气，像仙境一样。”在趵突泉边拍照的市民刘先生说。按照目前水位，趵突泉有望实现连续第23年持续喷涌。'),
  ('p','记者在黑虎泉、五龙潭等泉群看到，泉水同样喷涌旺盛，不少市民提着水桶排队打泉水。市民王大爷说，他每天早上都来打水，用泉水泡茶，味道格外好。'),
  ('p','据了解，今年冬季济南还将继续实施卧虎山、锦绣川等水库向保泉区域补源，确保泉水在枯水期保持稳定喷涌。'),
  ('p','水务部门提醒，冬季要继续节约用水，共同保护泉水。'),
 ],
 after='<p class="ed">编辑：王璐</p>',
 tail='<div><a>上一篇</a> <a>下一篇</a> <a>返回目录</a></div>',
 foot='<p class="ft">泉城晚报数字报 © 2026 鲁ICP备12002233号</p>',
))

# ---- institutions ----
# tm-36: 天津 university news site, 2023, 文/图 and 审核
PAGES.append(dict(
 id='tm-36', kind=I, lang='zh', pstyle='p',
 css='.uhead{background:#6b1e3a;color:#fff}.inner{width:1140px;margin:auto}',
 head='<div class="uhead inner"><img alt="津河大学新闻网"> <a>学校主页</a> <a>English</a> <input placeholder="搜索"></div><div class="inner nav"><a>首页</a> <a>综合新闻</a> <a>教学科研</a> <a>校园文化</a> <a>媒体津大</a> <a>图片新闻</a> <a>投稿</a></div><div class="inner crumb">当前位置: 首页 &gt;&gt; 教学科研 &gt;&gt; 正文</div>',
 wrap='<div class="inner">%s</div>',
 title='我校团队在海水淡化膜材料研究中取得新进展',
 info='<div class="info">发布时间：2026年11月25日 15:33　点击数：<span>2187</span></div>',
 authors=['周思远','黄雨桐'], publish_time='2026年11月25日 15:33',
 body=[
  ('p','近日，我校化工学院膜科学与技术团队在海水淡化膜材料研究方面取得新进展，相关成果发表于国际期刊。'),
  ('p','传统反渗透膜在高盐度海水处理中普遍存在通量低、易污染等问题。团队设计了一种具有纳米级有序孔道的新型复合膜，在保持99.6%脱盐率的同时，水通量较商用膜提高约40%，并表现出良好的抗污染性能。'),
  ('p','论文第一作者、博士研究生陈可欣介绍，团队在实验室完成了连续1000小时的稳定性测试，下一步将与企业合作开展中试验证。'),
  ('p','据介绍，该复合膜采用低成本原料和常规工艺制备，具备规模化生产的潜力。团队负责人表示，这项成果有望为沿海地区和海岛的淡水供应提供新的技术路径，降低海水淡化的能耗和成本。'),
  ('p','该研究得到国家自然科学基金和天津市自然科学基金的支持。'),
 ],
 after='<p class="au">（文/周思远 黄雨桐　图/化工学院）</p><p class="ed">审核：郑　光　编辑：许晴</p>',
 tail='<div class="inner"><p>上一条：我校举行2026年冬季田径运动会</p><p>下一条：学校召开本科教育教学审核评估整改推进会</p></div>',
 foot='<div class="inner ft">版权所有 © 津河大学 党委宣传部　地址：天津市西青区宾水西道399号　邮编：300384　津ICP备05008765号</div>',
))

# tm-37: 山东 hospital site, 2018; health education article with 作者 and 科室
PAGES.append(dict(
 id='tm-37', kind=I, lang='zh', pstyle='nbsp',
 css='.hw{width:1100px;margin:auto}.bar{background:#08a}',
 head='<div class="bar hw"><img alt="临沂河东区人民医院"> <span>服务热线：0539-8123456</span> <a>预约挂号</a> <a>报告查询</a></div><div class="hw"><a>首页</a> | <a>医院概况</a> | <a>科室导航</a> | <a>专家介绍</a> | <a>就医指南</a> | <a>健康科普</a> | <a>党建园地</a></div><div class="hw">当前位置：首页 → 健康科普</div>',
 wrap='<div class="hw">%s</div>',
 title='天冷了，心脑血管病患者要注意这几点',
 info='<div class="info">作者：心血管内科 牛晓燕　发布时间：2026-11-26　阅读次数：653</div>',
 authors=['牛晓燕'], publish_time='2026-11-26',
 body=[
  ('p','冬季是心脑血管疾病的高发季节。近期，我院心血管内科收治的急性心肌梗死、脑卒中患者明显增多。专家提醒，以下几点要特别注意。'),
  ('p','心血管内科主任介绍，寒冷刺激会使血管收缩、血压升高、血液黏稠度增加，容易诱发血栓。老年人、高血压、糖尿病和有心脑血管病史的人群尤其需要提高警惕。'),
  ('h','1.注意保暖，避免骤冷'),
  ('p','早晨起床不要太猛，先在床上活动手脚；出门时戴好帽子、围巾，避免从温暖的室内突然进入寒冷的室外。'),
  ('h','2.按时服药，监测血压'),
  ('p','冬季血压容易波动，高血压患者要坚持每天测量血压，不能自行停药或减量。'),
  ('h','3.清淡饮食，适量运动'),
  ('p','少吃高盐、高脂食物，运动时间最好选在上午十点以后或下午，避开清晨低温时段。'),
  ('h','4.出现以下症状立即就医'),
  ('li','胸痛、胸闷持续超过15分钟；'),
  ('li','突发一侧肢体无力、口角歪斜、说话不清；'),
  ('li','剧烈头痛伴呕吐。'),
 ],
 tail='<div class="hw"><p>【<a>打印</a>】【<a>关闭</a>】</p><p>上一篇：我院成功开展首例经导管主动脉瓣置换术</p></div>',
 foot='<div class="hw ft">临沂河东区人民医院 版权所有　地址：临沂市河东区凤仪街59号　鲁ICP备12001234号</div>',
))

# tm-38: 贵州 state enterprise group site, 2021; 通讯员 byline in first paragraph
PAGES.append(dict(
 id='tm-38', kind=I, lang='zh', pstyle='p',
 css='.top{background:#004098;color:#fff}.container{width:1200px;margin:auto}',
 head='<div class="top container"><img alt="黔能集团"> <a>集团首页</a> <a>关于我们</a> <a>新闻中心</a> <a>业务板块</a> <a>党的建设</a> <a>社会责任</a> <a>人才招聘</a> <a>联系我们</a></div><div class="container crumb">首页 &gt; 新闻中心 &gt; 基层动态</div>',
 wrap='<div class="container">%s</div>',
 title='盘北电厂2号机组完成灵活性改造',
 info='<div class="info">来源：盘北电厂 | 发布日期：2026-11-27 | 作者：通讯员 林振东 | 浏览：418</div>',
 authors=['林振东'], publish_time='2026-11-27',
 body=[
  ('p','11月25日，盘北电厂2号机组灵活性改造工程通过验收，机组最低稳燃负荷由额定负荷的40%降至30%，每年可为新能源消纳腾出发电空间约2.1亿千瓦时。'),
  ('p','改造期间，电厂成立项目攻坚组，对锅炉燃烧系统、汽轮机旁路系统和热工控制系统进行了全面升级，克服工期紧、交叉作业多等困难，比计划提前8天完成改造任务。'),
  ('p','据了解，灵活性改造是火电机组由“主力电源”向“调节电源”转变的重要举措。改造后的2号机组在低负荷运行时各项环保指标全部达标，供电煤耗也控制在合理范围内。'),
  ('p','项目负责人表示，改造后机组调峰能力明显增强，能够更好地配合电网调度，为保障冬季电力供应和促进新能源消纳发挥作用。'),
  ('p','验收专家组认为，该项目技术方案合理，改造质量良好，各项性能指标达到设计要求，可为同类型机组改造提供借鉴。'),
  ('p','下一步，电厂将对1号机组实施同类改造。'),
 ],
 after='<p class="ed">编辑：郭雨　审核：蒙建军</p>',
 tail='<div class="container"><div class="share">分享：<a>微信</a> <a>微博</a></div><p>上一篇：集团召开冬季安全生产视频会</p><p>下一篇：集团青年志愿者走进帮扶村</p></div>',
 foot='<div class="container ft">版权所有：贵州黔能集团有限责任公司　黔ICP备15004321号-1　黔公网安备 52010302001234号</div>',
))

# tm-39: 新疆 intermediate court site, 2019; 案例 news, author list with "文：" and 通讯员; 供稿 line
PAGES.append(dict(
 id='tm-39', kind=I, lang='zh', pstyle='indent',
 css='.court{width:1000px;margin:auto}.emb{color:#c00}',
 head='<div class="court"><img alt="法徽"><span class="emb">新疆维吾尔自治区昌北州中级人民法院</span> <a>无障碍</a></div><div class="court nav"><a>首页</a> <a>法院概况</a> <a>审判动态</a> <a>司法公开</a> <a>以案说法</a> <a>诉讼服务</a> <a>队伍建设</a></div><div class="court">您现在的位置：首页 &gt; 以案说法</div>',
 wrap='<div class="court">%s</div>',
 title='购买的“二手车”竟是泡水车，法院判了！',
 info='<div class="info">发布时间：2026-11-24 11:06:52　文：马丽娜 通讯员 努尔兰·哈力木　浏览：997次</div>',
 authors=['马丽娜','努尔兰·哈力木'], publish_time='2026-11-24 11:06:52',
 body=[
  ('h','【基本案情】'),
  ('p','2025年8月，王某从某二手车销售公司购买一辆越野车，价格12.8万元。销售人员承诺车辆“无重大事故、无泡水、无火烧”。王某使用两个月后发现车辆电路频繁故障，经检测，该车曾遭受严重泡水。王某遂诉至法院，要求退车并赔偿。'),
  ('h','【法院审理】'),
  ('p','法院经审理认为，被告在销售过程中隐瞒车辆泡水的重要事实，构成欺诈。依照《中华人民共和国消费者权益保护法》相关规定，判决撤销买卖合同，被告退还购车款12.8万元，并赔偿王某购车款三倍的损失38.4万元。'),
  ('h','【法官说法】'),
  ('p','承办法官提醒，消费者购买二手车时应要求经营者书面承诺车况，保留好合同、聊天记录等证据；经营者应如实告知车辆状况，诚信经营。'),
  ('p','法官还提醒，二手车经营者应当建立完善的车辆检测和信息披露制度，对收购车辆的事故、泡水、火烧等情况进行查验并如实记录，否则将承担相应的法律责任。'),
 ],
 after='<p>供稿：民一庭</p>',
 tail='<div class="court"><p>【打印】【关闭】</p></div>',
 foot='<div class="court ft">昌北州中级人民法院 版权所有　诉讼服务热线：12368　新ICP备17001111号</div>',
))

# tm-40: 天津 industry association site, 2011 table layout; meeting news with closing (张三 李四)
PAGES.append(dict(
 id='tm-40', kind=I, lang='zh', pstyle='br',
 css='body{font:12px Arial}table{border-collapse:collapse}',
 head='<table width="950" align="center"><tr><td><img alt="天津市物流与供应链协会"></td><td align="right">设为首页 | 加入收藏 | 会员登录</td></tr><tr><td colspan="2">首页 | 协会概况 | 协会动态 | 行业资讯 | 政策法规 | 会员风采 | 入会指南 | 联系我们</td></tr></table>',
 wrap='<table width="950" align="center"><tr><td width="200" valign="top"><b>协会动态</b><br>通知公告<br>会议活动<br>培训信息</td><td>%s</td></tr></table>',
 title='市物流与供应链协会召开第四届会员代表大会第三次会议',
 info='<table width="100%"><tr><td align="center">日期：2026年11月28日　　来源：协会秘书处　　点击：186</td></tr></table>',
 authors=['许文博','袁莉'], publish_time='2026年11月28日',
 body=[
  ('p','11月27日，天津市物流与供应链协会第四届会员代表大会第三次会议在河北区召开，来自全市物流、仓储、货代、供应链管理等领域的160余名会员代表参加会议。'),
  ('p','会议审议通过了协会2026年度工作报告和财务报告，增补了3名理事，表决通过了《天津市冷链物流服务规范》团体标准。'),
  ('p','会议期间，与会代表围绕行业降本增效、数字化转型和人才培养等议题进行了分组讨论，提出意见建议30余条。协会秘书处表示，将认真梳理代表意见，纳入明年工作计划。'),
  ('p','协会会长程宏达在总结讲话中说，一年来，协会围绕服务会员、服务行业、服务政府，组织行业培训21场，开展企业走访80余家，协助会员企业争取政策支持资金3700余万元。明年协会将重点推动多式联运和冷链物流标准化建设，搭建供需对接平台。'),
  ('p','会上还为2026年度优秀会员单位颁发了证书。（许文博 袁莉）'),
 ],
 tail='<table width="950" align="center"><tr><td>【<a>打印此页</a>】 【<a>返回顶部</a>】 【<a>关闭窗口</a>】</td></tr></table>',
 foot='<table width="950" align="center"><tr><td align="center">Copyright 2011-2026 天津市物流与供应链协会 版权所有<br>地址：天津市河北区中山路12号　电话：022-26271234　津ICP备11002345号</td></tr></table>',
))
