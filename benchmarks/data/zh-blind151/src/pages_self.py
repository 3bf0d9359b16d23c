"""uv-25 … uv-30: self-media (头条号, 百家号, 网易号, 微信公众号, 澎湃号, 微博 article)."""
PAGES = [
dict(id="uv-25", kind="self-media", doc_title="海南人注意！这些地方的芒果开始上市了，价格比去年便宜", css="body{margin:0} .art{width:680px;margin:auto;font:18px/1.75 sans-serif} .uinfo{color:#999}",
title="海南人注意！这些地方的芒果开始上市了，价格比去年便宜", authors=["椰岛生活圈"], publish_time="2025-04-15 18:22",
tpl="""<body><div class="hdr"><a href="#">首页</a> <a href="#">下载头条</a> <a href="#">发布作品</a> <a href="#">登录</a> <input placeholder="搜索站内资讯、视频或用户"></div>
<div class="art"><h1>{TITLE}</h1>
<div class="uinfo"><span>椰岛生活圈</span> <span>2025-04-15 18:22</span> <span>海南</span></div>
<div class="ct">{BODY}</div>
<p class="decl">本文为作者原创，未经授权禁止转载</p>
<div class="act"><a href="#">点赞 236</a> <a href="#">评论 48</a> <a href="#">收藏</a> <a href="#">举报</a></div>
<div class="au"><img alt="椰岛生活圈" src="" width="1" height="1"> 椰岛生活圈 <span>1.2万粉丝 · 分享海南本地吃喝玩乐</span> <a href="#">关注</a></div>
<div class="recm"><h4>相关推荐</h4><p>三亚这家海鲜市场被本地人推荐</p><p>五指山雨林徒步路线合集</p></div></div></body>""",
body="""
最近不少朋友在后台问：今年的芒果什么时候上市？今天就给大家整理一下。
# 三亚、乐东：贵妃芒、金煌芒已大量上市
三亚崖州区、乐东黄流镇一带是海南芒果最早上市的产区。记者（小编）实地走访发现，目前贵妃芒地头收购价每斤3.5元到4.5元，比去年同期低了1元左右。果农说，今年开花期天气好，挂果多，产量比去年高两成。
# 东方、昌江：台农芒陆续采摘
东方市感城镇的台农芒本月中旬开始采摘，个头小、味道甜，本地人最爱。市场零售价每斤5元左右。
! 芒果 | 图片来源：网络
# 挑芒果的小窍门
- 看颜色：表皮金黄均匀、带点红晕的比较熟。
- 闻气味：靠近果蒂处香味浓的更甜。
- 按软硬：稍有弹性最好，太软的可能放久了。
最后提醒一下，芒果虽好，也不要一次吃太多，过敏体质的朋友要注意哦。你最喜欢哪种芒果？欢迎在评论区留言。
"""),

dict(id="uv-26", kind="self-media", doc_title="呼伦贝尔的秋天，比想象中来得更早", css="body{margin:0;background:#f5f5f5} .rich_media{max-width:677px;margin:auto;background:#fff;padding:20px} #activity-name{font-size:22px}",
title="呼伦贝尔的秋天，比想象中来得更早", authors=["苏日娜"], publish_time="2025年09月02日 21:06",
tpl="""<body><div class="rich_media"><h1 id="activity-name">{TITLE}</h1>
<div id="meta_content"><span>原创</span> <span>苏日娜</span> <a href="#">北国草原行记</a> <em>2025年09月02日 21:06</em> <em>内蒙古</em></div>
<div id="js_content">{BODY}</div>
<p>—END—</p>
<p>文字、图片：苏日娜</p>
<p>排版：小  北</p>
<img alt="" src="" width="1" height="1"><p>长按识别二维码关注我们</p>
<div class="tool"><a href="#">阅读原文</a> 阅读 1.3万 <a href="#">赞</a> <a href="#">分享</a> <a href="#">推荐</a> <a href="#">写留言</a></div>
<div class="cmts"><p>留言</p><p>阿尔山的红叶也快了吧？</p></div></div></body>""",
body="""
八月底的一场冷雨过后，呼伦贝尔草原一夜之间换了颜色。
从海拉尔出发往北，沿着莫日格勒河一路走，草尖已经泛黄，远处的白桦林开始透出金色。当地牧民说，今年的秋天比往年早了将近一个星期。
! 莫日格勒河 | 莫日格勒河畔的秋色
# 最佳观赏时间
根据这几年的经验，呼伦贝尔的秋色大致在9月上旬到9月下旬最美。北部的根河、额尔古纳比南部早，建议大家由北往南安排行程。
# 几条推荐线路
- 海拉尔—莫日格勒河—额尔古纳湿地，适合第一次来的朋友。
- 额尔古纳—室韦—临江屯，可以看中俄界河和木刻楞小屋。
- 根河—阿龙山—敖鲁古雅，看驯鹿和原始森林。
# 出行提醒
这个季节早晚温差很大，清晨可能只有两三度，一定要带厚外套。部分草原路段没有信号，出发前记得下载离线地图，油也要加满。
“草原的秋天很短，错过就要再等一年。”在敖鲁古雅遇到的一位老人这样对我说。
"""),

dict(id="uv-27", kind="self-media", doc_title="天津一小区停车位纠纷调查：产权车位为何变成了“公共车位”？_网易订阅", css="body{margin:0} .post_main{width:900px;margin:auto} .post_info{color:#888;font-size:13px}",
title="天津一小区停车位纠纷调查：产权车位为何变成了“公共车位”？", authors=["韩  冰"], publish_time="2025-06-30 14:55:02",
tpl="""<body><div class="nhead"><a href="#">网易首页</a> &gt; <a href="#">网易号</a> &gt; 正文 <span><a href="#">申请入驻</a></span></div>
<div class="post_main"><h1 class="post_title">{TITLE}</h1>
<div class="post_info">2025-06-30 14:55:02　来源: <a href="#">津门法眼</a> 天津</div>
<div class="post_body">{BODY}</div>
<p class="stm">特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</p>
<div class="post_foot">举报 <a href="#">分享至</a></div>
<div class="hot_rank"><h3>热搜榜</h3><ol><li>天津滨海新区发布高温预警</li><li>多地公积金新政落地</li></ol></div>
<div class="foot">网易公司版权所有 ©1997-2025</div></div></body>""",
body="""
~ <p class="byline">文 | 韩  冰</p>
花了十几万元买的产权车位，却天天被别人占用。最近，天津市北辰区某小区业主王先生遇到了这样的烦心事。
# 车位被占 物业称“无权干涉”
王先生告诉笔者，他2021年与开发商签订车位买卖合同，购买了地下车库的一个车位。今年5月起，物业将地下车库道闸常开，外来车辆可随意进出，他的车位经常被占。“找物业，物业说车库要对外开放，他们也没办法。”
# 物业：为缓解小区停车难
该小区物业负责人表示，小区地面车位紧张，经部分业主提议，才开放了地下车库。对于产权车位被占问题，物业将安装地锁并加强巡查。
# 律师：物业不能随意处置
天津某律师事务所律师刘浩认为，根据民法典相关规定，业主依法取得的车位所有权受法律保护，物业未经车位所有人同意改变车库管理方式，造成业主权益受损的，应承担相应责任。
截至发稿，物业已在王先生的车位安装了地锁。笔者将持续关注。
"""),

dict(id="uv-28", kind="self-media", doc_title="长沙这所中学的“劳动课”火了：学生在楼顶种出300斤辣椒_百家号", css="body{margin:0} .index-module_articleWrap{width:760px;margin:auto}",
title="长沙这所中学的“劳动课”火了：学生在楼顶种出300斤辣椒", authors=["潇湘教育观察"], publish_time="2025-07-09 08:41",
tpl="""<body><div class="topnav"><a href="#">百度首页</a> <a href="#">登录</a></div>
<div class="index-module_articleWrap"><div class="title"><h2>{TITLE}</h2></div>
<div class="author"><img alt="" src="" width="1" height="1"><div><p class="name">潇湘教育观察</p><p class="date">2025-07-09 08:41<span>湖南</span> · 优质教育领域创作者</p></div><a href="#">关注</a></div>
<div class="content">{BODY}</div>
<div class="declare">本文由作者上传并发布，百家号仅提供信息发布平台。文章仅代表作者个人观点，不代表百度立场。</div>
<div class="rec"><h4>猜你喜欢</h4><p>湖南中考志愿填报指南</p><p>暑假这样安排，孩子开学不掉队</p></div></div></body>""",
body="""
最近，长沙市雨花区一所中学的“屋顶菜园”在家长群里火了。
这所学校把教学楼楼顶约600平方米的空地改造成劳动实践基地，划分为30块“责任田”，由各班学生认领。从春天育苗到夏天采摘，学生们全程参与。
“刚开始连锄头都不会拿，现在浇水、施肥、搭架子都会了。”初二学生小陈说，他们班种的辣椒长势最好，前几天一次摘了40多斤。
! 屋顶菜园 | 学生们在楼顶菜园采摘辣椒
据学校劳动教育负责老师介绍，今年屋顶菜园共收获辣椒300余斤、茄子和豆角200余斤。收获的蔬菜一部分送到学校食堂，一部分由学生带回家，还有一部分在校园“爱心集市”义卖，所得款项捐给了学校的帮扶对象。
“劳动课不只是干活，”这位老师说，“孩子们要记录植物生长数据、分析病虫害原因，还要计算成本和收益，涉及生物、数学好几门学科。”
你觉得这样的劳动课怎么样？欢迎留言讨论。
"""),

dict(id="uv-29", kind="self-media", doc_title="海口骑楼老街的一家百年糕点铺", css="body{margin:0;font:16px sans-serif} .news_txt{width:700px;margin:auto} .news_about{color:#999}",
title="海口骑楼老街的一家百年糕点铺", authors=["吴  琼"], publish_time="2025-02-08 16:37",
subtitle="",
tpl="""<body><div class="head"><a href="#">澎湃新闻</a> <a href="#">澎湃号</a> · <a href="#">湃客</a> <a href="#">下载客户端</a></div>
<div class="news_txt"><div class="tag">湃客 · 城市记忆</div>
<h1>{TITLE}</h1>
<div class="news_about"><p>琼州风物志</p><p>2025-02-08 16:37　来自北京</p></div>
{BODY}
<p>作者 | 吴  琼</p>
<p>图片 | 作者拍摄</p>
<p class="note">本文来自澎湃号，仅代表作者本人观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。</p>
<div class="news_keyword">#海口 #老字号 #骑楼</div>
<div class="hot"><h3>热门推荐</h3><p>一座南洋小镇的百年往事</p></div></div></body>""",
body="""
~ <p>原标题：《在骑楼老街，吃一口百年前的椰子糕》</p>
中山路的骑楼下，一家不足20平方米的糕点铺总是排着长队。这家名叫“合顺号”的老店，从1920年代开业至今，已经传到了第四代。
每天凌晨四点，店主符大姐就开始做糕。糯米要提前一晚浸泡，磨成米浆后压干水分，再和椰丝、红糖一起蒸。“椰子一定要用文昌的老椰子，椰肉厚、油分足，做出来才香。”
! 椰子糕 | 刚出笼的椰子糕
店里的招牌是椰子糕、甜薯奶和马打滚，价格从3元到8元不等。很多老海口人从小吃到大，如今又带着孙辈来买。
前几年老街改造，不少老店搬走了，符大姐也犹豫过。“后来想想，这家店是爷爷传下来的，只要还有人来吃，就要做下去。”
如今，店里还开通了外卖，年轻人也能在手机上下单。符大姐的女儿大学毕业后回到店里帮忙，负责线上经营。她说，希望能把这门手艺继续传下去。
"""),

dict(id="uv-30", kind="self-media", doc_title="微博文章", css="body{margin:0;background:#f2f2f5} .WB_artical{width:720px;margin:auto;background:#fff;padding:24px}",
title="我在包头钢厂干了三十年", authors=["老钢城的故事"], publish_time="2025-5-1 09:30",
tpl="""<body><div class="gn"><a href="#">微博</a> <input placeholder="大家都在搜：五一假期"> <a href="#">首页</a> <a href="#">视频</a> <a href="#">发现</a> <a href="#">游戏</a> <a href="#">注册</a> <a href="#">登录</a></div>
<div class="WB_artical"><div class="main_editor"><div class="title">{TITLE}</div>
<div class="authorinfo"><a href="#">老钢城的故事</a> <span class="time">2025-5-1 09:30</span> <span>阅读数：8.6万</span></div>
<div class="WB_editor_iframe">{BODY}</div></div>
<div class="foot">© 2025 微博　<a href="#">转发 312</a> <a href="#">评论 1047</a> <a href="#">赞 5630</a></div></div></body>""",
body="""
今天是劳动节，想写写我自己。
1995年，我从技校毕业，分配到包头一家钢厂的炼钢车间当炉前工。那时候车间里温度四五十度，一个班下来，工作服能拧出水。师傅教我的第一句话是：“看火要用心，不能光用眼。”
那些年厂里效益起起伏伏。2000年前后最难，工资有时候要拖两三个月，不少工友去了南方。我也动过心思，但最后还是留了下来。
后来，厂里一步步搞技术改造。转炉换了新的，操作室装上了空调，很多岗位用上了机器人。以前测温取样要人拿着杆子往炉口捅，现在坐在屏幕前点几下就行。
# 几个数字
- 我所在的车间，1995年有工人600多人，现在不到200人。
- 吨钢综合能耗比那时候下降了三分之一。
- 我带过的徒弟有23个，其中5个当上了班组长。
明年我就要退休了。这两天整理柜子，翻出了一张1996年车间的合影，照片上很多人已经找不到了。三十年，钢厂变了，我也老了，但每次听到出钢的声音，心里还是会热一下。
祝所有劳动者节日快乐。
"""),
]
