from lib import page, body_html, doc, esc, ul, links, GIF

K = "self-media"

# ---------------------------------------------------------------- wn-25  头条号, account only
B25 = [
    ("p", "说起石家庄的老味道，很多人第一个想到的是缸炉烧饼。前几天路过长安区的一条老街，远远就闻到了烧饼的焦香味，顺着味道找过去，是一家开了二十多年的小店。"),
    ("p", "店主老郭今年58岁，每天凌晨4点起来和面、调馅。他说，缸炉烧饼的关键在炉子，要用老式的大缸改造，炭火贴着缸壁烤，烧饼才能外皮酥脆、里面暄软。"),
    ("img", "刚出炉的缸炉烧饼", ""),
    ("p", "一个烧饼2块5，夹上肉末或者鸡蛋另加钱。早上7点多，店门口已经排起了十几个人的队，有上班的年轻人，也有专门开车过来的老主顾。"),
    ("p", "我买了两个刚出炉的，咬一口掉渣，芝麻香混着面香，趁热吃最好。老郭说，凉了可以放烤箱里烤两三分钟，口感也不差。"),
    ("p", "“以前一天能卖一千多个，现在少了点，但周末还是忙不过来。”老郭说，儿子大学毕业后回来帮忙，还在网上开了店，真空包装的烧饼能卖到东北和广东。"),
    ("p", "你们那里有什么老味道？欢迎在评论区聊聊。"),
]


@page("wn-25", K, "石家庄老街里的缸炉烧饼，一开就是二十年", ["燕赵吃货日记"], "2025-03-16 18:42", B25,
      features="头条号 article page: account name as author (no person named), 原创 badge, time·location form 2025-03-16 18:42·河北, 关注 button, alt text image without caption, 举报/评论/相关推荐 furniture, ad label")
def r25(m):
    css = """body{margin:0;font-family:"PingFang SC";background:#f8f8f8}.tb{background:#fff;border-bottom:1px solid #e8e8e8;padding:10px 6%;display:flex;justify-content:space-between}
.tb b{color:#f04142}.lay{display:flex;gap:20px;max-width:1200px;margin:20px auto}.lr{width:60px;font-size:12px;color:#888}.art{flex:1;background:#fff;padding:30px 40px}
h1{font-size:28px}.am{display:flex;gap:12px;color:#999;font-size:14px;align-items:center}.yc{background:#f04142;color:#fff;font-size:12px;padding:0 4px}
.art p{font-size:18px;line-height:1.8}.pic{text-align:center}.rc{width:300px}.rc .u{background:#fff;padding:16px}.ad{font-size:12px;color:#aaa}"""
    body = f"""
<div class="tb"><span><b>今日头条</b>　{links(["首页","下载头条"])}</span><span><input placeholder="搜索站内资讯、视频或用户"> <a href="#">登录</a></span></div>
<div class="lay"><div class="lr">💬 评论 23<br>⭐ 收藏<br>↗ 分享<br>⚠ 举报</div>
<div class="art"><h1>{esc(m['title'])}</h1>
<div class="am"><span class="yc">原创</span><span>2025-03-16 18:42·河北</span><span>燕赵吃货日记</span></div>
{body_html(m['blocks'])}
<div class="ad">广告</div><div>相关推荐：{links(["保定驴肉火烧哪家强","正定八大碗你吃过几样"]," · ")}</div></div>
<div class="rc"><div class="u"><b>燕赵吃货日记</b><br>优质美食领域创作者<br>12.6万粉丝 · 获赞86万<br><button>+ 关注</button></div></div></div>"""
    return doc(m["title"] + " - 今日头条", css, body)


# ---------------------------------------------------------------- wn-26  百家号, person named in 作者 line inside article
B26 = [
    ("p", "3月的恩施，漫山遍野的油菜花开了。我跟着朋友去了一趟宣恩县的彭家寨，这里被称为“中国最美吊脚楼群”。"),
    ("p", "从县城出发，沿着山路开车一个多小时，就能看到一条小溪边依山而建的木楼群。据村里人说，寨子里的吊脚楼最早建于清代，现存45栋，大多还有人居住。"),
    ("h", "吊脚楼里的慢生活"),
    ("p", "我们住在一户土家族人家开的民宿里。老板娘姓彭，做得一手好菜，腊肉炒蕨菜、合渣、社饭，每一样都是地道的土家味道。晚饭后，院子里有人唱起了山歌，旁边的游客也跟着拍手。"),
    ("p", "第二天一早，雾气还没有散，站在风雨桥上往寨子里看，青瓦木楼若隐若现，真像一幅水墨画。"),
    ("h", "几点小贴士"),
    ("li", ["寨子不收门票，但停车场较小，节假日建议早到；", "山区早晚温差大，记得带件外套；", "村里有公共厕所和小卖部，但银行网点较远，可以带点现金。"]),
    ("p", "如果你也喜欢安静的古村落，彭家寨值得专门走一趟。"),
]


@page("wn-26", K, "在恩施彭家寨，住进土家吊脚楼", ["向晓琳"], "2025-03-15 21:07", B26,
      features="百家号 page: account 鄂西南游记 + 作者：向晓琳 line at top of body (person named wins), 发布时间 2025-03-15 21:07 湖北 with IP-location, 举报 link, 百度APP banner, 内容由作者提供 disclaimer")
def r26(m):
    css = """body{margin:0;font-family:"Microsoft YaHei";background:#fff}.bd{border-bottom:1px solid #eee;padding:10px 5%;font-size:14px}.w{width:860px;margin:30px auto}
h1{font-size:28px}.au{display:flex;align-items:center;gap:10px;color:#666;font-size:13px}.av{width:40px;height:40px;background:#ddd;border-radius:50%}
.w p{font-size:18px;line-height:1.85}.w h3{font-size:19px}.zz{color:#666}.sm{font-size:12px;color:#999;border-top:1px solid #eee;padding-top:10px}.banner{background:#2932e1;color:#fff;padding:12px;text-align:center}"""
    body = f"""
<div class="bd">{links(["百度首页","百家号"])}　<a href="#">登录</a></div>
<div class="w"><h1>{esc(m['title'])}</h1>
<div class="au"><div class="av"></div><div><b>鄂西南游记</b><br>2025-03-15 21:07湖北</div><a href="#">关注</a></div>
<p class="zz">作者：向晓琳</p>
{body_html(m['blocks'])}
<div class="sm">举报/反馈<br>本文内容由作者提供，不代表百家号立场</div>
<div class="banner">打开百度APP，阅读体验更佳 <a href="#" style="color:#fff">立即打开</a></div></div>"""
    return doc(m["title"], css, body)


# ---------------------------------------------------------------- wn-27  网易号, 文 | … in body top, source in header
B27 = [
    ("x", "<p class=\"wz\">文 | 宋一帆</p>"),
    ("p", "贵州的冬春之交，最热闹的不是景区，而是各地的乡村篮球场。3月初，台江县台盘村的“村BA”春季赛开打，来自周边23个村的球队报名参赛，看台上挤满了穿着民族服装的观众。"),
    ("p", "这样的场景，已经成为贵州乡村的一张名片。2024年，贵州全省共举办乡村篮球、足球等各类村级赛事超过1.2万场，吸引观众逾3000万人次。赛事带火了周边的民宿、餐饮和农特产品销售，台盘村所在的台江县全年接待游客同比增长了近四成。"),
    ("p", "为什么是贵州？在我看来，原因至少有三个。"),
    ("p", "其一，群众基础深厚。篮球在黔东南的苗寨、侗寨流行了几十年，“吃新节”“六月六”这样的节庆本来就有打球的传统。"),
    ("p", "其二，赛事足够“土”。没有明星，没有门票，球员是村里的年轻人，奖品是一头牛、几只鸭，这种真实感恰恰打动了城里人。"),
    ("p", "其三，传播方式变了。短视频和直播让一个山村球场的比赛，可以同时被几百万人看到。"),
    ("p", "当然，热度之下也需要冷思考：如何防止过度商业化，如何让村民真正成为赛事的受益者，都是接下来要回答的问题。"),
]


@page("wn-27", K, "从“村BA”看贵州乡村的新活力", ["宋一帆"], "2025-03-12 09:30:41", B27,
      features="网易号 page: account 黔山观察 with 文 | 宋一帆 line at top (not body), publish 2025-03-12 09:30:41 with seconds and 来源: 黔山观察, 特别声明 disclaimer, 相关推荐 feed, 网易新闻 app banner")
def r27(m):
    css = """body{margin:0;font-family:"PingFang SC";background:#fff}.ne{background:#fff;border-bottom:1px solid #eee;padding:12px 6%}.ne b{color:#d9231b}
.post{max-width:700px;margin:20px auto}h1{font-size:30px}.post_info{color:#888;font-size:14px}.post p{font-size:18px;line-height:1.8}.wz{color:#666}
.decl{font-size:13px;color:#999;background:#f7f7f7;padding:10px}.feed li{line-height:2}"""
    body = f"""
<div class="ne"><b>网易</b> {links(["首页","新闻","体育","娱乐","财经","汽车","科技"])}　<a href="#">登录</a></div>
<div class="post"><h1>{esc(m['title'])}</h1>
<div class="post_info">2025-03-12 09:30:41　来源: <a href="#">黔山观察</a>　贵州</div>
{body_html(m['blocks'])}
<div class="decl">特别声明：本文为网易自媒体平台“网易号”作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。</div>
<div class="feed"><b>相关推荐</b>{ul(["“村超”新赛季开幕，榕江准备好了","黔东南：一场篮球赛带火一个村","乡村赛事如何走得更远"])}</div>
<div>网易新闻 打开APP 看更多精彩内容</div></div>"""
    return doc(m["title"] + "|篮球|贵州_网易订阅", css, body)


# ---------------------------------------------------------------- wn-28  微信公众号, county 发布, credits block at end
B28 = [
    ("p", "3月15日，湄潭县2025年春季“就业援助月”专场招聘会在县人力资源市场举行，吸引了县内外86家企业参加，提供就业岗位2300余个。"),
    ("p", "招聘会现场人头攒动，茶叶加工、电子制造、物流配送、养老护理等岗位前围满了求职者。"),
    ("img", "招聘会现场", "▲招聘会现场"),
    ("p", "“我在外面打了十年工，今年想回家门口找个活，顺便照顾孩子上学。”来自兴隆镇的求职者李大哥在一家茶企展位前填写了求职登记表，当场达成了初步就业意向。"),
    ("p", "为了让求职者少跑腿，现场还设置了政策咨询、社保办理、职业技能培训报名等服务台，并为残疾人、零就业家庭成员等就业困难群体开通了“绿色通道”。"),
    ("p", "据统计，当天共有1600余人进场求职，初步达成就业意向582人。"),
    ("h", "📌 近期招聘会安排"),
    ("table", [["时间", "地点", "主题"], ["3月22日", "永兴镇文化广场", "乡村振兴专场"], ["3月29日", "县人力资源市场", "高校毕业生专场"]]),
]


@page("wn-28", K, "2300余个岗位！湄潭春季招聘会来了", ["邹梦婷"], "2025年3月15日 20:16", B28,
      features="微信公众号 page: account 湄潭发布 and 原创 mark, 时间 2025年3月15日 20:16 贵州, ▲ caption, emoji sub-heading, table, credits block 文字｜邹梦婷 图片｜王强 编辑｜周丹 审核｜陈立 (only writer is author), 阅读原文/分享/点赞/在看, 微信扫一扫关注该公众号")
def r28(m):
    css = """body{margin:0;background:#fff;font-family:-apple-system,"PingFang SC"}.rich_media{max-width:677px;margin:0 auto;padding:20px}
h1{font-size:22px;line-height:1.4}.meta{color:rgba(0,0,0,.5);font-size:15px}.meta a{color:#576b95}.rich_media p{font-size:17px;line-height:1.75;letter-spacing:.5px}
.pic{text-align:center}.pic-cap{font-size:13px;color:#888}.cr{font-size:14px;color:#888}.bt{display:flex;justify-content:space-between;color:#576b95;font-size:15px}
.qr{text-align:center;font-size:12px;color:#888}table{border-collapse:collapse;width:100%}"""
    body = f"""
<div class="rich_media"><h1>{esc(m['title'])}</h1>
<div class="meta"><span>原创</span> <a href="#">湄潭发布</a> 2025年3月15日 20:16 贵州</div>
{body_html(m['blocks'], hstyle="strong")}
<p class="cr">文字｜邹梦婷</p><p class="cr">图片｜王强</p><p class="cr">编辑｜周丹</p><p class="cr">审核｜陈立</p>
<div class="bt"><a href="#">阅读原文</a><span>阅读 3187</span><span>分享</span><span>点赞 41</span><span>在看 12</span></div>
<div class="qr"><img src="{GIF}" alt="二维码"><br>微信扫一扫<br>关注该公众号</div>
<p class="cr">留言</p><p class="cr">暂无留言</p></div>"""
    return doc(m["title"], css, body)


# ---------------------------------------------------------------- wn-29  澎湃号 政务, 青海 department account
B29 = [
    ("p", "近日，西宁市公安局交通警察支队发布春季道路交通安全提示。随着气温回升，市民出行、踏青的车辆明显增多，交通流量持续增长。"),
    ("p", "交警部门提醒，春季高原地区早晚温差大，部分路段清晨易出现路面结冰，途经日月山、拉脊山等高海拔路段的驾驶人要减速慢行，与前车保持足够安全距离。"),
    ("h", "重点提示"),
    ("li", ["不酒后驾驶、不疲劳驾驶，长途行车每隔2小时休息一次；",
            "骑乘电动自行车、摩托车必须佩戴安全头盔；",
            "途经牧区道路时注意避让牛羊，不鸣笛驱赶；",
            "遇到沙尘、大风天气开启示廓灯和雾灯，降低车速。"]),
    ("p", "今年1月至2月，全市共查处酒驾醉驾违法行为612起，查处不佩戴安全头盔违法行为1.1万起。交警部门将持续开展“春季攻势”专项整治行动，严查严重交通违法行为。"),
    ("p", "市民如遇交通事故或需要救助，可拨打122报警电话。"),
]


@page("wn-29", K, "春季出行，西宁交警发布安全提示", ["西宁交警"], "2025-03-13 11:04", B29,
      features="澎湃号·政务 page: account 西宁交警 (no person named → account), 来源：澎湃新闻·澎湃号·政务 line, 字号 control, 原文链接 note, 关键词 tags, 我要举报, 澎湃新闻 footer with 沪ICP")
def r29(m):
    css = """body{margin:0;font-family:"Microsoft YaHei";background:#fff}.hd{border-bottom:1px solid #e5e5e5;padding:12px 8%}.hd b{font-size:24px}
.c{width:730px;margin:30px auto}h1{font-size:28px}.acc{display:flex;justify-content:space-between;color:#999;font-size:14px}.c p{font-size:17px;line-height:1.8}
.note{color:#999;font-size:13px}.kw a{border:1px solid #ddd;padding:2px 8px;margin-right:6px;font-size:12px}.fo{text-align:center;font-size:12px;color:#999;padding:30px}"""
    body = f"""
<div class="hd"><b>澎湃新闻</b> {links(["要闻","深度","视频","澎湃号","湃客","问政"])}　<a href="#">下载客户端</a></div>
<div class="c"><h1>{esc(m['title'])}</h1>
<div class="acc"><span><a href="#">西宁交警</a> <button>关注</button></span><span>2025-03-13 11:04　来自 青海</span><span>字号</span></div>
<div class="note">来源：澎湃新闻·澎湃号·政务</div>
{body_html(m['blocks'])}
<div class="note">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问https://renzheng.thepaper.cn。</div>
<div class="kw"><a href="#">交通安全</a><a href="#">西宁</a><a href="#">春季出行</a></div><div class="note"><a href="#">我要举报</a></div></div>
<div class="fo">沪ICP备14003370号　沪公网安备31010602000299号　互联网新闻信息服务许可证：31120170006</div>"""
    return doc(m["title"] + "_澎湃号·政务_澎湃新闻-The Paper", css, body)


# ---------------------------------------------------------------- wn-30  微博 article (头条文章)
B30 = [
    ("p", "很多人问我，为什么要坚持在武汉的老里分里拍照。我想，是因为这些房子正在一点点消失，而住在里面的人，有太多故事值得被记住。"),
    ("p", "这个春天，我又回到了汉口的咸安坊。清晨的巷子很安静，只有几位老人在门口择菜、晒被子。87岁的周婆婆在这里住了六十多年，她指着门楣上的石雕说：“这是民国时候的老东西，以前每家门口都有。”"),
    ("p", "咸安坊建于上世纪初，是汉口现存规模较大的里分之一。近几年，部分建筑完成了修缮，开了咖啡馆和书店，年轻人多了起来，但老住户们的日常依然照旧。"),
    ("p", "我拍下了很多画面：晾在竹竿上的床单，巷口的修鞋摊，还有下午放学时追跑的孩子。城市在更新，但我希望这些烟火气能留下来。"),
    ("p", "接下来我会继续整理这组照片，计划在五月份办一个小型影展。感兴趣的朋友可以留言，我们一起去走走。"),
]


@page("wn-30", K, "在汉口里分，拍下正在消失的老时光", ["江城拾光者"], "25-3-14 22:31", B30,
      features="微博 头条文章 page: short year date 25-3-14 22:31 来自 微博 weibo.com, account name as author (nickname only), 阅读数, 转发/评论/赞 bar, 关注 button, 相关推荐, 微博登录 prompt, 举报 link")
def r30(m):
    css = """body{margin:0;background:#f2f2f5;font-family:"PingFang SC"}.top{background:#fff;padding:10px 8%;border-bottom:1px solid #ddd}.top b{color:#e6162d}
.m{width:700px;margin:20px auto;background:#fff;padding:30px}h1{font-size:26px}.u{color:#808080;font-size:13px}.m p{font-size:17px;line-height:1.8}
.fb{display:flex;justify-content:space-around;border-top:1px solid #eee;padding-top:10px;color:#808080}.login{background:#fff8e1;padding:10px;font-size:13px}"""
    body = f"""
<div class="top"><b>微博</b>　<input placeholder="搜索微博"> {links(["首页","发现","游戏","登录","注册"])}</div>
<div class="m"><div class="u">头条文章</div><h1>{esc(m['title'])}</h1>
<div class="u"><a href="#">江城拾光者</a> <button>+关注</button></div>
<div class="u">25-3-14 22:31 来自 微博 weibo.com　阅读数：1.8万</div>
{body_html(m['blocks'])}
<div class="u"><a href="#">举报</a></div>
<div class="fb"><span>转发 126</span><span>评论 48</span><span>赞 932</span></div>
<div class="login">登录后可查看更多评论，<a href="#">立即登录</a></div>
<div class="u">相关推荐：{links(["武汉的樱花谢了，但这些老街正当时","昙华林的春天"]," / ")}</div></div>"""
    return doc(m["title"], css, body)
