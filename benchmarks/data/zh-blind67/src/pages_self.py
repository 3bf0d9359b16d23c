"""Self-media pages xp-25 … xp-30 (头条号, 百家号, 微信公众号, 微博文章, 搜狐号, 网易号; all invented)."""
from __future__ import annotations

from kit import BASE_CSS, Page, body_html, comments, doc, esc, img, links, parse, search, title_html, ul

KIND = "self-media"


# --------------------------------------------------------------------------- xp-25
def xp25() -> Page:
    title = "长沙这5家老字号粉店，本地人吃了几十年"
    blocks = parse("""
P 在长沙，一天是从一碗粉开始的。清早的街头巷尾，总能看到端着碗、蹲在店门口“嗦粉”的人。今天就给大家盘点5家开了几十年的老粉店，看看有没有你常去的那家。
H 1. 坡子街·刘记粉馆
IMG 刘记粉馆的肉丝粉
CAP 招牌肉丝粉，码子现炒
P 开了三十多年的老店，招牌是肉丝粉和酸辣肉丝粉。码子现点现炒，汤是筒骨熬的，喝一口很鲜。早上七点到九点人最多，建议错峰去。
H 2. 南门口·杨裕兴面馆
P 虽然叫面馆，但米粉一样出名。寒菌粉是秋天限定，菌子是从浏阳山里收来的，一碗下去整个人都暖了。
H 3. 湘春路·老周粉店
IMG 老周粉店门口排队的食客
CAP 周末早上门口排起长队
P 只有六张桌子的小店，老板老周亲自掌勺。他家的牛肉粉，牛肉是自己卤的，肥瘦相间，卤香味很足。
H 4. 东塘·阿香米粉
P 以辣椒炒肉粉出名，辣椒是本地的螺丝椒，香辣下饭。老板娘说，店里的剁辣椒每年都要做上千斤。
H 5. 望月湖·和记粉馆
P 藏在老小区里的宝藏店，价格很亲民，一碗肉丝粉只要12元。附近的大学生和老街坊都爱来。
P 你最喜欢哪一家？欢迎在评论区告诉我，下期给大家推荐长沙的宵夜摊。
""")
    body = body_html(blocks, h_tag="h2")
    cm = [("嗦粉小能手", "长沙 · 3-30", "刘记的酸辣肉丝粉yyds！每周至少去两次。", "326"),
          ("湘江边的风", "长沙 · 3-30", "老周粉店搬家了吗？上次去没找到。", "41"),
          ("长沙吃货圈", "作者 · 3-30", "回复@湘江边的风：没有搬，还在湘春路老地方，门面比较小。", "58"),
          ("在深圳的长沙人", "广东 · 3-31", "看饿了，过年回去第一件事就是嗦粉。", "212"),
          ("阿亮", "长沙 · 3-31", "建议加上下河街那家，开了四十年了。", "19")]
    css = BASE_CSS + """
body{background:#f8f8f8}.tt-top{background:#fff;height:48px;border-bottom:1px solid #eee;line-height:48px;padding:0 30px}
.tt-top a{margin-right:20px}.wrap{width:1100px;margin:20px auto;display:flex;gap:24px}
.actions{width:60px;text-align:center;color:#666}.actions div{margin-bottom:20px}
.article{width:700px;background:#fff;padding:30px}.article h1{font-size:28px;line-height:1.4}
.meta{color:#999;font-size:14px;margin-bottom:20px}.meta .orig{border:1px solid #999;border-radius:2px;padding:0 3px;margin-right:6px}
.art p{font-size:17px;line-height:1.8}.art h2{font-size:20px}.pic-cap{color:#999}
.right{width:300px}.card{background:#fff;padding:20px;margin-bottom:16px}.card h4{margin:0}
.cmt{background:#fff;margin-top:16px;padding:20px}.cmt li{border-bottom:1px solid #f0f0f0;padding:10px 0}.cmt .cm{color:#999;font-size:12px}
.cmt .cm a{margin-left:10px;color:#999}
"""
    html = f"""
<div class="tt-top">{links(["首页", "下载头条APP", "注册头条号", "房产", "免费小说"], "")}<span style="float:right">{search("搜索站内资讯、视频或用户")}</span></div>
<div class="wrap">
 <div class="actions"><div>{img("点赞", 24, 24)}<br>1.3万</div><div>{img("评论", 24, 24)}<br>236</div><div>{img("收藏", 24, 24)}<br>4821</div><div>{img("转发", 24, 24)}<br>分享</div></div>
 <div>
 <div class="article">
  {title_html(title)}
  <div class="meta"><span class="orig">原创</span><span>2024-03-30 11:25</span>·<span>长沙吃货圈</span></div>
  <div class="art">
{body}
  </div>
  <p style="color:#999;font-size:13px">举报/反馈</p>
 </div>
 {comments(cm, head="评论 236")}
 </div>
 <div class="right">
  <div class="card">{img("长沙吃货圈", 48, 48)}<h4>长沙吃货圈</h4><p>专注长沙本地美食探店</p><p>1.2万粉丝　326篇文章</p><button type="button">关注</button></div>
  <div class="card"><h4>相关推荐</h4>{ul(["长沙哪家臭豆腐最正宗？本地人投票选出这3家", "五一广场附近的平价餐馆，人均50吃到撑", "长沙人的宵夜江湖：从口味虾到糖油粑粑"])}</div>
  <div class="card">{links(["用户协议", "隐私政策", "侵权投诉", "廉洁举报", "营业执照"], " ")}<p>© 2024 今日头条 京ICP证140141号</p></div>
 </div>
</div>
"""
    return Page("xp-25", KIND, title, ["长沙吃货圈"], "2024-03-30 11:25", blocks, doc(title + " - 今日头条", css, html), body,
                features="头条号 article: no person named, so the account name is the author; 原创 badge glued to the date; numbered shop sub-headings, two photos with short captions; left action bar with counts; author card with follower count; five comments incl. an author reply",
                site="今日头条 头条号（虚构账号）")


# --------------------------------------------------------------------------- xp-26
def xp26() -> Page:
    title = "贵州这条自驾线路，避暑季人少景美，建议收藏"
    blocks = parse("""
P 每年七八月，贵州的平均气温只有二十三四度，是名副其实的“避暑天堂”。今年夏天，我用四天时间自驾走了一趟“贵阳—安顺—六盘水”线，全程约600公里，沿途景点不算热门，但风景一点不输网红地。
H 第一天：贵阳—平坝万亩樱花园—天台山
P 樱花季早过了，但夏天的樱花园满眼绿色，很适合散步。天台山伍龙寺建在悬崖上，爬上去大约40分钟，山顶视野开阔。
H 第二天：安顺—格凸河
P 格凸河的“燕子洞”是整趟行程的惊喜，洞里凉风习习，傍晚还能看到成群的燕子归巢。景区门票加游船120元，建议下午去。
H 第三天：六盘水—乌蒙大草原
P 草原海拔2800多米，夏天最高气温不超过20度，记得带外套。傍晚的云海和日落非常震撼，不少人专门在山顶扎营。
H 第四天：六盘水—贵阳
P 返程走沪昆高速，途中可以在关岭停一下，吃一碗关岭牛肉粉。
H 几点小提醒：
L 1. 山区天气多变，雨具一定要带；
L 2. 部分山路弯多坡陡，新手司机要慢行；
L 3. 乌蒙大草原景区内有观光车，自驾车辆只能停在山下停车场；
L 4. 旺季周末住宿紧张，最好提前两三天预订。
""")
    body = body_html(blocks, h_tag="h3")
    cm = [("山城小鱼", "贵州 · 07-18", "乌蒙大草原真的美，去年去的时候刚好碰上云海。", "88"),
          ("自驾老司机", "广东 · 07-18", "请问格凸河那段路好开吗？", "12"),
          ("黔行者老周", "作者 · 07-18", "回复@自驾老司机：都是柏油路，就是最后十公里弯道多，慢点开没问题。", "36"),
          ("爱旅行的王姐", "湖南 · 07-19", "已收藏，八月份带孩子去。", "21")]
    css = BASE_CSS + """
body{background:#fff}.bj-top{height:56px;border-bottom:1px solid #eee;line-height:56px;padding:0 40px}.bj-top a{margin-right:18px}
.wrap{width:1000px;margin:20px auto;overflow:hidden}.main{float:left;width:680px}.side{float:right;width:280px}
.main h1{font-size:26px}.author{overflow:hidden;margin-bottom:20px}.author img{float:left;margin-right:10px}
.author .name{font-weight:bold}.author .date{color:#999;font-size:13px}
.art p{font-size:17px;line-height:1.9}.art h3{font-size:18px}
.side .box{border:1px solid #eee;padding:14px;margin-bottom:14px}
.cmt li{border-bottom:1px solid #f3f3f3;padding:8px 0}.cmt .cm{color:#aaa;font-size:12px}
"""
    html = f"""
<div class="bj-top">{links(["百度首页", "百家号", "登录"], "")}</div>
<div class="wrap">
<div class="main">
 {title_html(title)}
 <div class="author">{img("黔行者老周", 40, 40)}<div><p class="name">黔行者老周</p><p class="date">2024-07-18 09:12<span>贵州</span>　<span>优质旅游领域创作者</span></p></div><button type="button">+关注</button></div>
 <div class="art">
{body}
 </div>
 <p style="color:#999;font-size:13px">本文来源于百家号作者，不代表平台立场。举报/反馈</p>
 {comments(cm, head="精选评论")}
</div>
<div class="side">
 <div class="box">{img("黔行者老周", 60, 60)}<p><b>黔行者老周</b></p><p>贵州本地人，带你发现不一样的贵州</p><p>粉丝 3.6万　获赞 21万</p></div>
 <div class="box"><b>作者最新文章</b>{ul(["荔波小七孔避坑指南，看完再出发", "在遵义吃了三天，这几样最难忘", "黔东南苗寨怎么玩？一篇讲清楚"])}</div>
 <div class="box"><b>相关文章</b>{ul(["夏天去贵州，这6个地方凉快又小众", "自驾贵州12天，花了多少钱？", "六盘水为什么被叫作“中国凉都”"])}</div>
</div>
</div>
"""
    return Page("xp-26", KIND, title, ["黔行者老周"], "2024-07-18 09:12", blocks, doc(title, css, html), body,
                features="百家号 travel post: account author card with date glued to 贵州 and 优质旅游领域创作者, day-by-day sub-headings, a 几点小提醒 list, 百家号 disclaimer, selected comments with an author reply",
                site="百家号（虚构账号）")


# --------------------------------------------------------------------------- xp-27
def xp27() -> Page:
    title = "关于城区部分区域计划停水的通知"
    blocks = parse("""
P 各位用户：
P 因城区供水管网改造工程需要，上栗县自来水有限公司将对城区部分区域实施计划停水，具体安排如下：
TH 停水区域 | 停水时间 | 预计恢复时间
T 上栗大道（县政府至栗江大桥段）两侧 | 6月15日 08:00 | 6月15日 20:00
T 栗江新城、金山小区、民主路 | 6月15日 08:00 | 6月15日 22:00
T 工业园区西区（含园区大道两侧企业） | 6月16日 07:00 | 6月16日 18:00
T 杨岐路、新华路及周边 | 6月16日 09:00 | 6月16日 21:00
P 停水期间，请各用户提前做好储水准备，关闭室内水龙头，防止恢复供水时跑水。恢复供水初期水质可能出现浑浊，请放水片刻后再使用。
P 如遇工程进度变化，停水时间可能相应调整，恢复时间以实际通水为准。给您带来的不便，敬请谅解！
P 供水服务热线：0799-3761289（24小时）
""")
    body = body_html(blocks, mode="section", table_attrs='style="width:100%;border-collapse:collapse;font-size:14px" border="1"')
    css = BASE_CSS + """
body{background:#ededed}.rich_media{width:677px;margin:0 auto;background:#fff;padding:20px 24px}
.rich_media_title{font-size:22px;line-height:1.4;margin-bottom:14px}
.rich_media_meta_list{font-size:15px;color:rgba(0,0,0,.5);margin-bottom:22px}.rich_media_meta_list span,.rich_media_meta_list em{margin-right:8px;font-style:normal}
#copyright_logo{background:rgba(0,0,0,.05);padding:0 4px}.nick{color:#576b95}
section{margin:0 0 16px;line-height:1.75}.endnote{color:#888;font-size:14px}
.tool{color:#576b95;font-size:14px;margin-top:20px}.tool span{margin-right:24px}
.qr_code{text-align:center;color:#888;font-size:13px;margin-top:30px}
"""
    html = f"""
<div class="rich_media">
 {title_html(title, tag="h1", cls="rich_media_title")}
 <div class="rich_media_meta_list"><span id="copyright_logo">原创</span>
  <span class="rich_media_meta_text">曾  颖</span>
  <span class="nick"><a href="#">萍水上栗</a></span>
  <em id="publish_time">2024年06月13日 18:30</em>
  <em id="js_ip_wording">江西</em></div>
 <div class="rich_media_content">
  <section style="text-align:center">{img("停水通知", 600, 200)}</section>
{body}
  <section class="endnote">来源：上栗县自来水有限公司</section>
  <section class="endnote">编辑：黄  婷　审核：钟伟明　监制：刘建军</section>
  <section style="text-align:center">{img("点击关注萍水上栗", 600, 120)}</section>
 </div>
 <div class="tool"><a href="#">阅读原文</a>　<span>阅读 1.1万</span><span>分享</span><span>收藏</span><span>点赞 36</span><span>在看 18</span></div>
 <div class="endnote">预览时标签不可点</div>
 <div class="qr_code">{img("公众号二维码", 120, 120)}<p>微信扫一扫<br>关注该公众号</p></div>
 <p class="endnote">喜欢此内容的人还喜欢</p>
 {ul(["上栗县2024年中考成绩查询入口开通", "注意！这些路段将实施临时交通管制", "上栗：花炮产业工人技能比武开赛"])}
</div>
"""
    return Page("xp-27", KIND, title, ["曾颖"], "2024年06月13日 18:30", blocks, doc(title, css, html), body,
                features="微信公众号 article: 原创 / spaced author 曾  颖 / account name / time / IP place in one meta line; banner image; a 停水 timetable table in <section>s; 来源 and 编辑/审核/监制 lines after the body; 阅读原文, 预览时标签不可点, 微信扫一扫 QR caption",
                site="微信公众号“萍水上栗”（江西萍乡上栗县，虚构）")


# --------------------------------------------------------------------------- xp-28
def xp28() -> Page:
    title = "在大理开民宿第三年，我把账本摊开给你看"
    blocks = parse("""
P 经常有朋友私信问我：在大理开民宿到底赚不赚钱？今天干脆把我们小院2023年的账本摊开，给想来大理开店的朋友一个参考。
P 先交代一下基本情况：小院在古城北边，8间客房，房租一年18万元，前年装修花了60万元，两个阿姨帮忙打扫，我和老公自己管前台和运营。
TH 月份 | 入住率 | 营业收入（元） | 主要支出（元）
T 1—2月 | 62% | 98,400 | 61,200
T 3—4月 | 78% | 136,500 | 64,800
T 5—6月 | 55% | 82,300 | 60,500
T 7—8月 | 91% | 178,200 | 72,600
T 9—10月 | 74% | 129,800 | 65,900
T 11—12月 | 46% | 61,700 | 58,400
T 合计 | 68% | 686,900 | 383,400
P 表里的“主要支出”包括房租、人工、水电、布草洗涤和平台佣金，没算装修折旧。如果按五年摊销装修费，一年净利润大约19万元，也就是说，我们两个人一年的收入，和在昆明上班差不多。
P 所以我的建议是：想来大理开民宿，不要只看到旺季满房，淡季的空置才是真正的考验。
""")
    body = body_html(blocks, table_attrs='class="wbtable"')
    cm = [("苍山脚下的风", "2024-8-2 来自 云南", "太真实了，淡季确实难熬。", "156"),
          ("想去大理的小熊", "2024-8-2 来自 上海", "请问平台佣金大概占多少？", "23"),
          ("大理苍山下的阿瑶", "2024-8-2 来自 云南", "回复@想去大理的小熊：OTA平台一般是10%到15%，我们一半订单是老客直接订。", "61"),
          ("民宿人老陈", "2024-8-3 来自 云南", "房租18万算便宜的了，现在古城里好位置要三十多万。", "88"),
          ("一只咸鱼", "2024-8-3 来自 广东", "看完打消了辞职开民宿的念头哈哈", "204"),
          ("洱海边的晚霞", "2024-8-3 来自 云南", "博主的小院去住过，很干净，阿姨做的早餐好吃！", "37")]
    css = BASE_CSS + """
body{background:#f2f2f5}.wb-top{background:#fff;height:50px;line-height:50px;border-bottom:1px solid #e6e6e6;padding:0 40px}
.wb-top a{margin-right:18px}.main{width:760px;margin:20px auto;background:#fff;padding:30px 40px}
.main h1{font-size:26px}.user{overflow:hidden;color:#333;margin-bottom:20px}.user img{float:left;margin-right:10px;border-radius:50%}
.user .t{color:#939393;font-size:13px}.art p{font-size:16px;line-height:1.9}
.wbtable{width:100%;border-collapse:collapse;margin-bottom:16px}.wbtable td,.wbtable th{border:1px solid #ddd;padding:6px;text-align:center}
.cmt{width:760px;margin:0 auto 20px;background:#fff;padding:20px 40px}.cmt li{padding:10px 0;border-bottom:1px solid #f0f0f0}
.cmt .cm{color:#939393;font-size:12px}.cmt .cm a{margin-left:10px;color:#939393}
"""
    html = f"""
<div class="wb-top">{img("微博", 80, 30)}{search("搜索微博")}{links(["首页", "视频", "发现", "游戏", "注册", "登录"], "")}</div>
<div class="main">
 {title_html(title)}
 <div class="user">{img("大理苍山下的阿瑶", 40, 40)}<a href="#">大理苍山下的阿瑶</a>
 <div class="t">发布于 2024-08-02 21:47　阅读数：3.2万</div></div>
 <div class="art">
{body}
 </div>
 <p class="note">本文由作者发布，不代表微博立场</p>
 <p>{links(["转发 48", "评论 96", "赞 1236"], " ")}</p>
</div>
{comments(cm, head="评论")}
"""
    return Page("xp-28", KIND, title, ["大理苍山下的阿瑶"], "2024-08-02 21:47", blocks, doc(title + " - 微博", css, html), body,
                features="微博头条文章 that is mostly a 7-row income table (thousands commas, 合计 row); nickname as author; 发布于 date with 阅读数 next to it; 转发/评论/赞 counts; comments with 来自 place lines and an author reply",
                site="微博（虚构用户）")


# --------------------------------------------------------------------------- xp-29
def xp29() -> Page:
    title = "湘潭这座老粮仓，变成了年轻人的“打卡地”"
    blocks = parse("""
X 原标题：窑湾老粮仓焕新记
X 文｜李  哲
P 周末的窑湾历史文化街区，人流如织。在街区东头，一座有着七十多年历史的老粮仓吸引了不少年轻人排队拍照。红砖外墙、拱形门窗、高大的木结构屋架，仓内却是咖啡馆、书店和手作工坊。
P 这座粮仓始建于上世纪五十年代，曾是湘江边重要的粮食中转站，上世纪九十年代后逐渐闲置。2022年，湘潭市启动窑湾片区更新，粮仓被列入历史建筑保护名录，按照“修旧如旧”的原则进行改造。
P “设计时我们保留了原来的墙体和屋架，连墙上‘深挖洞、广积粮’的标语都留着。”参与改造的设计师告诉笔者，改造后的粮仓面积约2400平方米，分为阅读、展览、文创、餐饮四个区域。
P 在粮仓里开咖啡馆的“90后”姑娘小杨是湘潭本地人，大学毕业后在深圳工作了五年。“家乡有了这样的空间，我就回来了。”她说，店里周末一天能卖出300多杯咖啡，不少客人是从长沙、株洲专门开车过来的。
P 如今，老粮仓每月举办读书会、市集、小型音乐会等活动二十余场。附近居民说，以前傍晚没地方去，现在带着孩子来看看书、逛逛市集，“老街又有了烟火气”。
""")
    body = body_html(blocks)
    css = BASE_CSS + """
body{background:#f4f4f4}.sh-top{background:#fff;height:44px;line-height:44px;border-bottom:1px solid #eee;padding:0 40px}.sh-top a{margin-right:16px}
.wrap{width:1080px;margin:20px auto;overflow:hidden}.left{float:left;width:200px}.main{float:left;width:600px;background:#fff;padding:24px 30px;margin-left:16px}
.right{float:right;width:200px}.main h1{font-size:26px}.meta{color:#999;font-size:13px}
.art p{font-size:16px;line-height:1.9}.statement{color:#999;font-size:12px;border-top:1px solid #eee;padding-top:10px}
.user-card{background:#fff;padding:16px;text-align:center}
"""
    html = f"""
<div class="sh-top">{links(["搜狐首页", "新闻", "体育", "汽车", "房产", "旅游", "教育", "时尚", "科技", "财经", "娱乐", "更多"], "")}<span style="float:right">{links(["登录", "狐友", "下载APP"], " ")}</span></div>
<div class="wrap">
 <div class="left"><div class="user-card">{img("湘潭城事", 60, 60)}<p><b>湘潭城事</b></p><p>文章 1862　总阅读 960万</p><p>{links(["查看TA的文章>"], "")}</p></div></div>
 <div class="main">
  {title_html(title)}
  <div class="meta"><span>2024-05-18 14:02</span>
   <span>发布于：湖南省</span></div>
  <div class="art">
{body}
  </div>
  <p><a href="#">返回搜狐，查看更多</a></p>
  <p class="note">责任编辑：</p>
  <p class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</p>
  <p>阅读 (2871)　　{links(["投诉"], "")}</p>
 </div>
 <div class="right"><b>作者最新文章</b>{ul(["湘潭城区新增3条公交线路", "昭山脚下的茶园，春茶开采了", "湘潭夜市地图：这几条街最热闹"])}<b>24小时热文</b>{ul(["湖南今年高考报名人数公布", "长株潭城际铁路票价调整", "湘江边这条骑行道火了"])}</div>
</div>
"""
    return Page("xp-29", KIND, title, ["李哲"], "2024-05-18 14:02", blocks, doc(title + "_搜狐", css, html), body,
                features="搜狐号: 原标题 line and 文｜李  哲 byline as separate lines at the top of the body (neither is body), account name in the side card, 发布于：湖南省, 返回搜狐/empty 责任编辑：/平台声明 after the body",
                site="搜狐号“湘潭城事”（虚构账号）")


# --------------------------------------------------------------------------- xp-30
def xp30() -> Page:
    title = "独山这条老街，藏着一家开了60年的手工铜锁铺"
    blocks = parse("""
X 作者｜吴一鸣
P 在黔南州独山县城的老街上，有一家不到十平方米的小铺子，门口挂着一块褪色的木牌：“王记铜锁”。店主王德明今年71岁，从16岁跟着父亲学艺算起，他做铜锁已经整整55年。
IMG 王德明在铺子里打磨铜锁
CAP 王德明在铺子里打磨铜锁。
P 铺子里摆满了大大小小的铜锁，有鱼形的、蝴蝶形的，也有刻着“长命百岁”的儿童锁。王德明说，一把手工铜锁要经过下料、锻打、錾刻、组装、抛光等二十多道工序，做得快也要两三天。
P “以前独山人嫁女儿，陪嫁的木箱上都要挂一把铜锁，图个吉利。”王德明回忆，上世纪八十年代生意最好，一年能卖出上千把。后来防盗锁普及，铜锁渐渐没人要了，最困难的时候，他一个月只卖出去三把。
IMG 店里陈列的各式铜锁
CAP 店里陈列的各式铜锁。
P 转机出现在三年前。孙女王晓把爷爷做锁的视频发到网上，意外走红，不少外地游客专门找到老街来看他做锁，还有人在网上下单定制。如今，铺子一年能卖出五六百把锁，大多是游客买来当纪念品。
P 王德明最大的心愿，是能把这门手艺传下去。“孙女说想跟我学，我就教她。只要有人愿意学，这门手艺就断不了。”
""")
    body = body_html(blocks)
    css = BASE_CSS + """
.ne-top{background:#fff;border-bottom:1px solid #ddd;height:40px;line-height:40px;padding:0 30px}.ne-top a{margin-right:14px}
.wrap{width:1000px;margin:20px auto;overflow:hidden}.main{float:left;width:660px}.side{float:right;width:300px}
.main h1{font-size:28px}.post_info{color:#888;font-size:13px;margin-bottom:16px}
.art p{font-size:17px;line-height:1.9}.pic-cap{color:#888;font-size:14px}
.statement{background:#f6f6f6;color:#888;font-size:12px;padding:10px}
.side h3{border-bottom:2px solid #c4161c;font-size:16px}
"""
    html = f"""
<div class="ne-top">{links(["网易首页", "新闻", "体育", "娱乐", "财经", "汽车", "科技", "时尚", "手机", "旅游", "房产", "家居", "教育", "健康"], "")}<span style="float:right">{links(["登录", "注册免费邮箱"], " ")}</span></div>
<div class="wrap">
<div class="main">
 {title_html(title)}
 <div class="post_info">2024-10-09 08:17:46　来源: <a href="#">黔南观察</a><br>贵州　<a href="#">举报</a></div>
 <div class="art">
{body}
 </div>
 <p class="statement">特别声明：本文为网易自媒体平台“网易号”作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。</p>
 <p>{links(["分享到：", "微信", "微博", "QQ空间"], " ")}</p>
 <div class="related"><h3>相关推荐</h3>{ul(["黔南这座古城，藏着600年的布依族村寨", "都匀毛尖开采了！茶农：今年品质特别好", "独山：“天洞”景区迎来客流高峰"])}</div>
</div>
<div class="side">
 <div>{img("黔南观察", 60, 60)}<p><b>黔南观察</b></p><p>关注黔南人文故事</p><button type="button">+ 关注</button></div>
 <h3>热点新闻</h3>{ul(["贵州多地迎来今秋首场降温", "贵州村超决赛门票开售", "黔南州公布2024年重点民生实事清单", "独山这条老街，藏着一家开了60年的手工铜锁铺"])}
 <h3>网易号</h3>{ul(["黔东南文旅观察", "遵义本地宝", "贵阳吃喝玩乐"])}
</div>
</div>
"""
    return Page("xp-30", KIND, title, ["吴一鸣"], "2024-10-09 08:17:46", blocks, doc(title + "|独山|铜锁_网易订阅", css, html), body,
                features="网易号: account 黔南观察 as 来源 in the post info (not author) while the article names its writer 作者｜吴一鸣 on its own line; two photos with captions; quoted speech; 特别声明 after the body",
                site="网易号“黔南观察”（虚构账号）")


PAGES = [xp25, xp26, xp27, xp28, xp29, xp30]
