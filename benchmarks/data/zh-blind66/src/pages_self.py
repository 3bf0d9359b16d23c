"""xo-25 … xo-30: self-media (头条号, 百家号, 微信公众号, 搜狐号, 澎湃号, 微博 article)."""
from lib import img, ul, dated_list, render_body, title_html, shell

# ------------------------------------------------------------------ templates
CSS_TT = """
body{margin:0;font:16px/1.75 "PingFang SC","Microsoft YaHei",sans-serif;color:#222;background:#f8f8f8}
a{color:inherit;text-decoration:none}
.ttbar{background:#fff;height:44px;border-bottom:1px solid #eee;display:flex;align-items:center;justify-content:space-between;padding:0 30px;font-size:14px}
.ttbar .l a{margin-right:18px}
.layout{width:1100px;margin:20px auto;display:flex;gap:24px}
.left-rail{width:60px;text-align:center;font-size:13px;color:#666}
.left-rail div{margin:10px 0}
.article-content{flex:1;background:#fff;padding:30px 40px}
.article-content h1{font-size:30px;line-height:1.4;margin:0 0 16px}
.article-meta{font-size:14px;color:#999;margin-bottom:20px}
.article-meta span{margin-right:10px}
.article-body p{margin:0 0 18px}
.article-body h2{font-size:20px}
.pgc-img{text-align:center;color:#999;font-size:13px}
.report{color:#999;font-size:13px;text-align:right}
.right-rail{width:300px}
.user-card{background:#fff;padding:20px;text-align:center}
.user-card .name{font-weight:bold;font-size:17px}
.box{background:#fff;margin-top:16px;padding:16px}
.box h3{font-size:16px;margin:0 0 8px}
.box li{list-style:none;line-height:2;font-size:14px}
.comments{background:#fff;margin-top:16px;padding:20px 40px;font-size:14px}
"""


def toutiao(pg):
    body, gold = render_body(pg["blocks"], "p", "h2")
    html = f"""<div class="ttbar"><div class="l"><a href="#">首页</a><a href="#">下载头条APP</a><a href="#">添加到桌面</a></div><div><a href="#">登录</a></div></div>
<div class="layout">
<div class="left-rail"><div>{pg['likes']}<br>赞</div><div>{pg['ncomments']}<br>评论</div><div>收藏</div><div>分享</div></div>
<div class="article-content">
{title_html(pg)}
<div class="article-meta">{pg['meta']}</div>
<div class="article-body">{body}</div>
<div class="report"><a href="#">举报/反馈</a></div>
</div>
<div class="right-rail">
<div class="user-card">{img(pg['account'] + '头像')}<div class="name">{pg['account']}</div><div>{pg['account_desc']}</div><div>{pg['fans']}</div><button>关注</button></div>
<div class="box"><h3>相关推荐</h3>{ul(pg['recommend'])}</div>
<div class="box"><h3>头条热榜</h3>{ul(pg['hot'])}</div>
</div></div>
<div class="comments">{pg['comments']}</div>"""
    return shell(pg, CSS_TT, html, head_title=pg["head_title"]), gold


CSS_BJH = """
body{margin:0;font:17px/1.8 Arial,"PingFang SC","Microsoft YaHei",sans-serif;color:#333;background:#fff}
a{color:#333;text-decoration:none}
.s-top{height:48px;display:flex;align-items:center;justify-content:space-between;padding:0 24px;font-size:13px;border-bottom:1px solid #f0f0f0}
.s-top a{margin-right:16px}
.wrapper{width:1000px;margin:0 auto;display:flex;gap:50px}
.article{width:640px;padding-top:30px}
.article-title{font-size:28px;line-height:1.45;font-weight:bold;margin-bottom:18px}
.article-source{display:flex;align-items:center;gap:10px;font-size:13px;color:#999;margin-bottom:26px}
.author-name{color:#333;font-size:15px}
.article-content p{margin:0 0 22px}
.img-container{text-align:center}
.declare{font-size:13px;color:#999;border-top:1px solid #eee;padding-top:14px;margin-top:30px}
.sidebar{width:300px;padding-top:30px;font-size:14px}
.sidebar .card{border:1px solid #eee;padding:16px;margin-bottom:16px}
.sidebar li{list-style:none;line-height:2}
.foot{font-size:12px;color:#999;text-align:center;padding:30px 0}
"""


def baijiahao(pg):
    body, gold = render_body(pg["blocks"], "p", "strong")
    html = f"""<div class="s-top"><div><a href="#">百度首页</a><a href="#">百家号</a></div><div><a href="#">登录</a><a href="#">设置</a></div></div>
<div class="wrapper"><div class="article">
<div class="article-title">{'<br>'.join(pg['title_lines'])}</div>
<div class="article-source">{img(pg['account'])}<div><div class="author-name">{pg['account']}</div><div>{pg['meta']}</div></div><button>+关注</button></div>
<div class="article-content">{body}</div>
<div class="declare">本文由百家号作者上传并发布，百家号仅提供信息发布平台。文章仅代表作者个人观点，不代表百度立场。未经作者许可，不得转载。</div>
</div>
<div class="sidebar"><div class="card">{img(pg['account'])}<p>{pg['account']}</p><p>{pg['account_desc']}</p><p>{pg['fans']}</p></div>
<div class="card"><b>作者最新文章</b>{ul(pg['latest'])}</div>
<div class="card"><b>相关文章</b>{ul(pg['recommend'])}</div></div></div>
<div class="foot">©2023 Baidu <a href="#">使用百度前必读</a> <a href="#">意见反馈</a> 京ICP证030173号 京公网安备11000002000001号</div>"""
    return shell(pg, CSS_BJH, html, head_title=pg["head_title"]), gold


CSS_WX = """
body{margin:0;background:#fff;font:17px/1.6 -apple-system,"PingFang SC","Microsoft YaHei",sans-serif;color:rgba(0,0,0,.9)}
a{color:#576b95;text-decoration:none}
.rich_media_area_primary{max-width:677px;margin:0 auto;padding:20px 16px}
.rich_media_title{font-size:22px;line-height:1.4;margin-bottom:14px}
#meta_content{font-size:15px;color:rgba(0,0,0,.3);margin-bottom:22px}
#meta_content span,#meta_content em,#meta_content a{margin-right:8px;font-style:normal}
.original_tag{border:1px solid #ccc;padding:0 3px;font-size:12px}
.rich_media_content{overflow:hidden;letter-spacing:.5px}
.rich_media_tool{display:flex;gap:20px;color:rgba(0,0,0,.5);font-size:15px;margin-top:30px}
.qr_code_pc{position:fixed;right:20px;top:200px;width:140px;text-align:center;font-size:14px;color:#888}
.wx_tips{text-align:center;font-size:14px;color:#888;padding:20px}
"""


def weixin(pg):
    body, gold = render_body(pg["blocks"], "section", "section")
    html = f"""<div class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">{''.join(pg['title_lines'])}</h1>
<div id="meta_content">{pg['meta']}</div>
<div class="rich_media_content" id="js_content">{pg.get('pre_body','')}{body}{pg.get('post_body','')}</div>
<div class="rich_media_tool"><a href="#">阅读原文</a><span>阅读 {pg['reads']}</span><span>赞</span><span>分享</span><span>在看</span></div>
<div class="wx_tips">{pg['tips']}</div>
</div>
<div class="qr_code_pc">{img('公众号二维码')}<p>微信扫一扫<br>关注该公众号</p></div>"""
    return shell(pg, CSS_WX, html, head_title=pg["head_title"]), gold


CSS_SOHU = """
body{margin:0;font:16px/1.8 "PingFang SC","Microsoft YaHei",sans-serif;background:#f4f4f4;color:#191919}
a{color:inherit;text-decoration:none}
.head-nav{background:#fff;height:50px;display:flex;align-items:center;padding:0 40px;gap:22px;font-size:15px;border-bottom:1px solid #eee}
.area{width:1140px;margin:20px auto;display:flex;gap:20px}
.user-info{width:200px;background:#fff;padding:20px;text-align:center;font-size:14px}
.user-info h4{margin:8px 0}
.left-main{flex:1;background:#fff;padding:30px 40px}
.text-title h1{font-size:28px;line-height:1.4;margin:0 0 12px}
.article-info{font-size:13px;color:#999;margin-bottom:20px}
.article-info span{margin-right:12px}
article p{margin:0 0 18px}
.dt{border-collapse:collapse;width:100%}.dt td,.dt th{border:1px solid #ddd;padding:6px 10px;font-size:15px}
.statement{font-size:13px;color:#999;margin-top:24px}
.sidebar{width:280px;background:#fff;padding:20px;font-size:14px}
.sidebar li{list-style:none;line-height:2}
"""


def sohu(pg):
    body, gold = render_body(pg["blocks"], "p", "strong")
    html = f"""<div class="head-nav"><a href="#">搜狐</a><a href="#">新闻</a><a href="#">体育</a><a href="#">汽车</a><a href="#">房产</a><a href="#">旅游</a><a href="#">教育</a><a href="#">时尚</a><a href="#">科技</a><a href="#">财经</a><a href="#">娱乐</a><a href="#">更多</a><a href="#">登录</a></div>
<div class="area">
<div class="user-info">{img(pg['account'] + '头像')}<h4>{pg['account']}</h4><p>{pg['account_desc']}</p><p>{pg['stats']}</p><p><a href="#">+关注</a></p></div>
<div class="left-main">
<div class="text-title">{title_html(pg, 'h1', 'h1')}</div>
<div class="article-info">{pg['meta']}</div>
<article class="article">{body}</article>
<p><a href="#">返回搜狐，查看更多</a></p>
<p class="statement">{pg['editor']}<br>平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</p>
<p>阅读 ({pg['reads']})</p>
</div>
<div class="sidebar"><b>作者文章</b>{ul(pg['latest'])}<b>24小时热文</b>{ul(pg['hot'])}</div>
</div>"""
    return shell(pg, CSS_SOHU, html, head_title=pg["head_title"]), gold


CSS_PP = """
body{margin:0;font:17px/1.9 "PingFang SC","Microsoft YaHei",sans-serif;color:#000}
a{color:inherit;text-decoration:none}
.header{height:64px;display:flex;align-items:center;gap:28px;padding:0 50px;border-bottom:1px solid #e5e5e5;font-size:16px}
.header .logo{font-size:24px;font-weight:bold;color:#00a5eb}
.container{width:1100px;margin:0 auto;display:flex;gap:60px;padding-top:30px}
.main{width:680px}
.main h1{font-size:30px;line-height:1.45;margin:0 0 20px}
.ctrl{display:flex;align-items:center;gap:12px;font-size:14px;color:#999;margin-bottom:26px}
.ctrl .name{color:#000;font-size:16px}
.cententWrap p{margin:0 0 20px}
.cententWrap ul.plain{padding-left:0;list-style:none}
.origin{font-size:14px;color:#999}
.claim{font-size:13px;color:#999;background:#f7f7f7;padding:12px;margin-top:20px}
.aside{width:300px;font-size:15px}
.aside li{list-style:none;line-height:2.2;border-bottom:1px solid #f0f0f0}
"""


def thepaper(pg):
    body, gold = render_body(pg["blocks"], "p", "strong")
    html = f"""<div class="header"><span class="logo">{img('澎湃新闻', gif=True)}澎湃新闻</span><a href="#">要闻</a><a href="#">深度</a><a href="#">直播</a><a href="#">视频</a><a href="#">澎湃号</a><a href="#">下载客户端</a><a href="#">登录</a></div>
<div class="container"><div class="main">
{title_html(pg)}
<div class="ctrl">{img(pg['account'])}<div><div class="name">{pg['account']}</div><div>{pg['meta']}</div></div><span>字号</span></div>
<div class="cententWrap">{body}</div>
{pg.get('post_body','')}
<div class="claim">特别声明<br>本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问澎湃号认证页面。</div>
</div>
<div class="aside"><b>{pg['account']}</b><p>{pg['account_desc']}</p><b>热门推荐</b>{ul(pg['hot'])}</div></div>"""
    return shell(pg, CSS_PP, html, head_title=pg["head_title"]), gold


CSS_WB = """
body{margin:0;background:#f2f2f5;font:16px/1.8 "PingFang SC","Microsoft YaHei",sans-serif;color:#333}
a{color:#eb7350;text-decoration:none}
.gn_header{background:#fff;height:56px;display:flex;align-items:center;gap:24px;padding:0 40px;box-shadow:0 1px 2px #ddd}
.gn_header input{width:240px}
.WB_artical{width:720px;margin:20px auto;background:#fff;padding:40px 60px}
.main_toppic .title{font-size:28px;font-weight:bold;line-height:1.4}
.media_info{display:flex;gap:12px;align-items:center;font-size:14px;color:#808080;margin:18px 0 26px}
.media_info .W_autocut{color:#333;font-size:15px}
.WB_editor_iframe_new p{margin:0 0 18px}
.artical_add_box{border-top:1px solid #eee;margin-top:30px;padding-top:12px;font-size:14px;color:#808080}
.WB_row_line{display:flex;justify-content:space-around;border-top:1px solid #eee;margin-top:10px;padding-top:10px;font-size:14px}
.WB_feed_repeat{font-size:14px;color:#666}
"""


def weibo(pg):
    body, gold = render_body(pg["blocks"], "p", "strong")
    html = f"""<div class="gn_header"><a href="#">{img('微博', gif=True)}微博</a><input type="text" placeholder="大家都在搜：暑期出行"><a href="#">首页</a><a href="#">视频</a><a href="#">发现</a><a href="#">消息</a><a href="#">登录</a><a href="#">注册</a></div>
<div class="WB_artical">
<div class="main_toppic"><div class="title">{''.join(pg['title_lines'])}</div></div>
<div class="media_info">{img(pg['account'] + '头像')}<span class="W_autocut">{pg['account']}</span>{pg['meta']}</div>
<div class="WB_editor_iframe_new">{body}</div>
<div class="artical_add_box">{pg['after']}</div>
<div class="WB_row_line"><span>收藏</span><span>转发 {pg['reposts']}</span><span>评论 {pg['ncomments']}</span><span>赞 {pg['likes']}</span></div>
<div class="WB_feed_repeat">{pg['comments']}</div>
</div>"""
    return shell(pg, CSS_WB, html, head_title=pg["head_title"]), gold


PAGES = []

# ------------------------------------------------------------------ xo-25 头条号
PAGES.append(dict(
    id="xo-25", layout=toutiao, kind="self-media", lang="zh",
    head_title="徐州人的早晨从一碗饣它汤开始，这5家老店你吃过几家？ - 今日头条",
    title_lines=["徐州人的早晨从一碗饣它汤开始，这5家老店你吃过几家？"],
    authors=["徐州吃货圈"], publish_time="2024-03-12 18:40",
    account="徐州吃货圈", account_desc="专注徐州本地美食探店", fans="2.3万粉丝 · 486获赞",
    likes="1286", ncomments="97",
    meta='<span>徐州吃货圈</span><span>2024-03-12 18:40</span><span>·</span><span>江苏</span>',
    blocks=[
        ("p", "在徐州，早上要是没喝上一碗饣它汤，总觉得这一天少了点什么。老母鸡、猪骨熬上一夜，加入麦仁、胡椒和打散的鸡蛋，出锅前再撒一把葱花，一口下去鲜香微辣，浑身都暖和了。"),
        ("p", "今天小编整理了几家本地人常去的老店，每家都是吃了十几年的老味道，外地朋友来徐州可以照着打卡。"),
        ("h", "1. 马市街老汤馆"),
        ("p", "开了三十多年的老店，凌晨五点就开门。汤头浓，胡椒味足，配一根刚出锅的油条，泡在汤里吃最香。人均10元左右。"),
        ("img", "马市街老汤馆的饣它汤", None),
        ("h", "2. 彭城路刘记饣它汤"),
        ("p", "店面不大，汤里鸡丝给得多，老板娘很热情。推荐加一个鸡蛋饼，饼皮酥脆。"),
        ("h", "3. 云龙湖边的王家早点"),
        ("p", "适合晨练后来一碗，汤偏清淡，老人孩子都能接受。周末排队的人比较多，建议早点去。"),
        ("h", "4. 铜山老街饣它汤"),
        ("p", "胡椒放得最猛的一家，能吃辣的朋友一定要试试。店里的水煎包也很有名。"),
        ("h", "5. 淮海路张师傅汤馆"),
        ("p", "老徐州人心中的“白月光”，汤里的麦仁煮得软糯。只营业到上午十点，去晚了就喝不上了。"),
        ("p", "你最常去的是哪一家？欢迎在评论区留言推荐，下期小编去探店！"),
    ],
    recommend=["徐州地锅鸡哪家强？本地人推荐这几家", "在徐州吃烙馍卷馓子的正确姿势", "来徐州必打卡的10个地方"],
    hot=["多地发布春季出行提示", "3月中下旬天气趋势", "这些新规3月起施行"],
    comments="<b>评论 97</b><p>用户83726：马市街那家真的好喝，上学时天天去</p><p>吃遍彭城：少了一家，下次补上</p><p>查看全部评论</p>",
))

# ------------------------------------------------------------------ xo-26 百家号
PAGES.append(dict(
    id="xo-26", layout=baijiahao, kind="self-media", lang="zh",
    head_title="黄山脚下的这座古村，冬天比夏天更值得去",
    title_lines=["黄山脚下的这座古村，冬天比夏天更值得去"],
    authors=["陈可"], publish_time="2023-12-05 10:08",
    account="老K说安徽", account_desc="优质旅游领域创作者", fans="粉丝 3.6万",
    meta="2023-12-05 10:08安徽",
    blocks=[
        ("raw", "<p>文 | 陈可</p>"),
        ("p", "很多人去黄山都选在夏天，避暑、看云海。但在我看来，黄山脚下的古村落，冬天才是最有味道的时候。"),
        ("p", "上周我又去了一趟离黄山北大门不远的翟村。这是一座有八百多年历史的徽州古村，村里还保留着四十多栋明清老宅，马头墙一层叠一层，青石板路被几百年的脚步磨得发亮。"),
        ("img", "翟村的马头墙", None),
        ("p", "冬天来翟村，最大的好处是人少。夏天游客多的时候，窄窄的巷子里走路都要侧身，现在可以慢慢地逛，随便推开一扇半掩的木门，就能看到天井里晒着的腊肉、咸鱼和一串串红辣椒，满满的烟火气。"),
        ("p", "如果运气好遇上下雪，那就更美了。白雪落在黑瓦上，整个村子像一幅水墨画。村里的老人说，这几年冬天专门来拍雪景的摄影爱好者越来越多。"),
        ("p", "吃的方面，一定要尝尝当地的臭鳜鱼和毛豆腐，冬天再来一锅热气腾腾的一品锅，里面有五花肉、豆腐包、蛋饺、笋干，一层一层码得整整齐齐，特别下饭。"),
        ("p", "小贴士：村子不收门票，自驾可以停在村口停车场。冬季早晚温差大，山里比市区冷，记得多带件厚外套。"),
    ],
    latest=["徽州古城冬季游玩攻略", "安徽这5个地方适合周末说走就走", "在宏村住一晚是什么体验"],
    recommend=["黄山风景区冬季门票优惠政策发布", "皖南川藏线冬天能去吗"],
))

# ------------------------------------------------------------------ xo-27 微信公众号
PAGES.append(dict(
    id="xo-27", layout=weixin, kind="self-media", lang="zh",
    head_title="2024盱眙龙虾美食季启动！这份“吃虾地图”请收好",
    title_lines=["2024盱眙龙虾美食季启动！这份“吃虾地图”请收好"],
    authors=["程远", "李梦琪"], publish_time="2024-06-18 19:30",
    meta=('<span class="original_tag">原创</span><span>盱眙融媒</span><a href="#">掌上盱眙</a>'
          '<em>2024-06-18 19:30</em><em>江苏</em>'),
    pre_body=('<section style="text-align:center;color:#888;font-size:14px"><span>点击蓝字 关注我们</span></section>'
              '<section style="color:#888;font-size:14px;margin:12px 0"><span>记者 | 程&nbsp;&nbsp;远&nbsp;&nbsp;李梦琪</span></section>'),
    blocks=[
        ("p", "6月18日晚，2024盱眙龙虾美食季在县城龙虾广场启动。来自全县的60余家龙虾餐饮企业现场设摊，十三香、蒜泥、冰镇、麻辣等十余种口味轮番登场，吸引了大批市民和外地游客前来品尝。"),
        ("img", "活动现场", None),
        ("p", "本次美食季将持续至8月底，其间将陆续举办龙虾烹饪技能大赛、夜市音乐节、“跟着龙虾游盱眙”主题旅游线路推介等活动。县里还联合外卖平台推出消费券，市民可在活动期间领取使用。"),
        ("h", "吃虾地图"),
        ("p", "老城区：淮河路美食街、五墩龙虾一条街，老字号集中，口味地道；"),
        ("p", "新城区：龙虾广场、都梁公园夜市，适合带孩子边逛边吃；"),
        ("p", "乡镇：马坝镇、官滩镇的虾稻田边农家乐，可以体验下田捕虾。"),
        ("p", "“我们提前两个月就开始准备，今年主推清蒸和冰镇口味，更适合夏天。”一家龙虾店负责人说，美食季期间店里每天要卖出两千多斤龙虾。"),
        ("p", "据了解，盱眙县目前稻虾综合种养面积超过百万亩，龙虾产业已成为带动农民增收的重要产业。"),
    ],
    post_body=('<section style="color:#888;font-size:14px;margin-top:24px"><p>来源：盱眙县融媒体中心</p>'
               '<p>编辑：黄一帆</p><p>审核：朱立群</p><p>签发：孙卫东</p></section>'
               '<section style="margin-top:20px"><p><b>往期推荐</b></p><p><a href="#">盱眙这所学校入选省级名单！</a></p>'
               '<p><a href="#">最新通知！事关端午假期出行</a></p></section>'
               '<section style="text-align:center;color:#888"><p>喜欢就点个“在看”吧</p></section>'),
    reads="1.8万",
    tips="预览时标签不可点<br>微信扫一扫<br>关注该公众号<br>继续滑动看下一个<br>轻触阅读原文<br>知道了",
))

# ------------------------------------------------------------------ xo-28 搜狐号
PAGES.append(dict(
    id="xo-28", layout=sohu, kind="self-media", lang="zh",
    head_title="商丘古城南湖片区改造完工 7月1日起恢复开放_景区_游客_时间",
    title_lines=["商丘古城南湖片区改造完工 7月1日起恢复开放"],
    authors=["商丘城事"], publish_time="2024-06-28 16:45",
    account="商丘城事", account_desc="商丘本地资讯，每天更新", stats="文章 2345　总阅读 890万",
    meta='<span>2024-06-28 16:45</span><span>发布于：河南省</span>',
    blocks=[
        ("p", "记者6月27日从商丘古城管理部门了解到，古城南湖片区提升改造工程已基本完工，将于7月1日起恢复对游客开放。"),
        ("p", "本次改造历时8个月，主要对南湖沿岸步道、照明设施、公共厕所和游客服务中心进行了更新，新增亲水平台4处、休闲座椅200余个，并对部分破损的古城墙外侧护坡进行了修缮。"),
        ("h", "开放时间和收费"),
        ("table", [["项目", "开放时间", "收费标准"],
                   ["南湖环湖步道", "全天开放", "免费"],
                   ["南湖游船", "9:00—21:30", "40元/人"],
                   ["古城墙登城口", "8:30—18:00", "20元/人"]]),
        ("p", "管理部门提醒，暑期游客较多，南湖周边停车位紧张，建议市民游客乘坐公交或骑行前往。游船项目可通过“商丘古城”小程序提前预约。"),
        ("p", "据介绍，下一步古城还将推出夜游灯光秀和古城文化研学线路，进一步丰富游客的游览体验。"),
    ],
    editor="责任编辑：",
    reads="3621",
    latest=["商丘高铁站新增多趟列车", "商丘今年中招录取分数线发布", "商丘这些小区将停水"],
    hot=["暑期旅游市场持续升温", "河南多地发布高温预警"],
))

# ------------------------------------------------------------------ xo-29 澎湃号·政务
PAGES.append(dict(
    id="xo-29", layout=thepaper, kind="self-media", lang="zh",
    head_title="滁州：“一件事一次办”再扩容 新增12项高频事项_澎湃号·政务_澎湃新闻-The Paper",
    title_lines=["滁州：“一件事一次办”再扩容 新增12项高频事项"],
    authors=["滁州发布"], publish_time="2024-09-09 17:08",
    account="滁州发布", account_desc="滁州市人民政府新闻办公室官方账号",
    meta="2024-09-09 17:08 来源：澎湃新闻·澎湃号·政务",
    blocks=[
        ("p", "近日，滁州市印发新一批“一件事一次办”事项清单，新增企业信息变更、新生儿出生、退休、二手房转移登记等12项高频“一件事”，目前全市已累计推出“一件事”主题服务43项。"),
        ("p", "“一件事一次办”是指把企业和群众眼中的“一件事”涉及的多个部门、多个事项，整合为一次告知、一表申请、一套材料、一窗受理、一次办结。以新生儿出生“一件事”为例，过去家长需要分别到医院、公安、医保等部门办理出生医学证明、户口登记、医保参保等手续，现在通过线上一次提交申请，最快3个工作日即可办结。"),
        ("p", "此次新增的部分事项包括："),
        ("list", ["1.企业信息变更一件事", "2.新生儿出生一件事", "3.退休一件事", "4.二手房转移登记及水电气联动过户一件事",
                  "5.开办餐饮店一件事", "6.残疾人服务一件事"]),
        ("p", "市数据资源管理部门相关负责人表示，将持续梳理企业和群众办事的高频需求，推动更多事项“跨部门、跨层级”集成办理，让群众少跑腿、好办事。"),
    ],
    post_body='<p class="origin">原标题：《“一件事一次办”再扩容！这12项新增事项与你有关》</p><p class="origin"><a href="#">阅读原文</a></p>',
    hot=["安徽发布秋季旅游线路", "合肥新桥机场新开国际航线", "皖北地区秋种进度过半"],
))

# ------------------------------------------------------------------ xo-30 微博头条文章
PAGES.append(dict(
    id="xo-30", layout=weibo, kind="self-media", lang="zh",
    head_title="暑期自驾出行，这份“防疲劳驾驶”指南请收好",
    title_lines=["暑期自驾出行，这份“防疲劳驾驶”指南请收好"],
    authors=["宋楠"], publish_time="2024-07-23 10:12",
    account="济宁交警", meta='<span>V</span><span>发布于 2024-07-23 10:12</span><span>阅读数 10万+</span>',
    blocks=[
        ("p", "暑期到来，自驾出游、返乡探亲的车辆明显增多。高温天气下长时间驾驶，驾驶人容易出现注意力不集中、反应迟钝等疲劳症状。据统计，今年以来我市高速公路发生的追尾事故中，近三成与疲劳驾驶有关。"),
        ("p", "如何避免疲劳驾驶？交警提醒大家记住以下几点："),
        ("p", "1.出行前保证充足睡眠，不要熬夜后开车上路；"),
        ("p", "2.连续驾驶不超过4小时，每次停车休息不少于20分钟；"),
        ("p", "3.车内保持通风，温度不宜过高，可适当听些节奏明快的音乐；"),
        ("p", "4.感到困倦时，应尽快驶入服务区休息，切勿在应急车道停车休息；"),
        ("p", "5.长途出行尽量安排两名以上驾驶人轮换驾驶。"),
        ("p", "另外，高温天气出发前还要检查轮胎气压、冷却液和空调系统，避免车辆“带病”上路。出行途中如遇交通事故或车辆故障，请立即开启危险报警闪光灯，人员撤离到护栏外，并及时拨打122报警。"),
        ("p", "安全出行，平安到家！（济宁交警 宋楠）"),
    ],
    after="#暑期出行安全# #疲劳驾驶# 本文章中的内容由作者发布，不代表微博立场",
    reposts="236", ncomments="58", likes="1203",
    comments="<p>热门评论</p><p>开车的小王：服务区休息很有必要</p><p>查看更多评论</p>",
))
