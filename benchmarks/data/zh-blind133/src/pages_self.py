from build import P, H, UL, OL, TABLE, IMG, X
PAGES = []
def add(**k): PAGES.append(dict(kind="self-media", lang="zh", **k))

# ud-25 头条号 — account only
add(id="ud-25", title="在哈尔滨过了三个冬天，这6种本地吃法我劝你一定试试", authors=["冰城吃货小分队"], publish_time="2025-01-19 20:14",
css=".tt-head{display:flex;justify-content:space-between;height:60px;border-bottom:1px solid #eee}.tt-art{width:660px;margin:0 auto}.tt-meta{color:#999;font-size:14px}.tt-side{position:absolute;left:40px;top:120px}",
page="""<div class="tt-head"><span>头条 首页</span><span>下载头条APP</span><span>登录</span></div>
<div class="tt-side"><p>赞</p><p>评论 86</p><p>收藏</p><p>分享</p></div>
<div class="tt-art"><h1>在哈尔滨过了三个冬天，这6种本地吃法我劝你一定试试</h1>
<div class="tt-meta"><span>原创</span> <span>2025-01-19 20:14</span> · <span>冰城吃货小分队</span> <span>黑龙江</span></div>
{BODY}
<p class="tt-notice">本文仅代表作者观点，不代表平台立场。</p>
<div class="tt-author"><b>冰城吃货小分队</b> 1.6万粉丝 · 吃遍冰城大街小巷 <span>+ 关注</span></div>
<div class="tt-rec"><h4>相关推荐</h4><p>东北人冬天为啥都爱吃冻梨？</p><p>中央大街附近最值得去的5家老店</p></div></div>""",
body=[P("来哈尔滨之前，我对东北菜的印象就是“量大、管饱”。在这儿过了三个冬天，才发现这座城市的吃法远比想象中讲究。今天按我个人的喜爱程度，给大家排个序。"),
H("1. 锅包肉：一定要吃老式的", tag="h2"),
P("老式锅包肉是酸甜口，挂糊薄、炸两遍，出锅时浇汁“咔咔”作响。现在不少店改成了番茄汁的，味道也不错，但第一次来还是建议尝尝老式的。"),
H("2. 红肠：别只买一家", tag="h2"),
P("哈尔滨红肠有好几家老字号，每家的烟熏程度和蒜香都不一样。我的建议是各买一小根，回酒店对比着吃。"),
H("3. 冻梨和冻柿子", tag="h2"),
P("黑乎乎的冻梨放在凉水里“缓”上半小时，表面结出一层冰壳，敲开后汁水特别足。现在很多饭店还会把冻梨切好摆盘，颜值很高。"),
H("4. 杀猪菜、5. 铁锅炖、6. 马迭尔冰棍", tag="h2"),
P("这三样适合一起说：杀猪菜和铁锅炖讲究的是热乎，一大锅端上来，适合一群人围坐；至于零下二十度吃冰棍，是每个来哈尔滨的游客都要完成的“仪式”。"),
P("你最喜欢哪一种？评论区聊聊。"),
IMG("锅包肉", gif=True)])

# ud-26 百家号 — person named in 作者 line under account
add(id="ud-26", title="郑州一社区开办“四点半课堂”，退休教师当起义务辅导员", authors=["李书航"], publish_time="2025-03-21 17:45",
css=".bjh-top{background:#fff;border-bottom:1px solid #ddd}.bjh-main{width:800px;margin:0 auto}.author-box{display:flex;gap:8px;color:#666}.bjh-date{color:#aaa}",
page="""<div class="bjh-top">百度首页 <span>登录</span></div>
<div class="bjh-main"><div class="bjh-title"><h2>郑州一社区开办“四点半课堂”，退休教师当起义务辅导员</h2></div>
<div class="author-box"><img alt="头像"><div><p>中原民生观察</p><p class="bjh-date">2025-03-21 17:45 河南 <span>优质民生领域创作者</span></p></div><span>关注</span></div>
{BODY}
<p>举报/反馈</p>
<div class="bjh-more"><h4>为你推荐</h4><p>郑州今年将新增普惠托位1万个</p><p>社区食堂如何实现可持续运营？</p></div></div>""",
body=[X('<p class="bjh-au">作者：李书航</p>'),
P("每天下午4点半，郑州市金水区花园路街道一社区活动室里就热闹起来。十几个刚放学的孩子在这里写作业，几位头发花白的老人在一旁耐心辅导。"),
P("这是社区今年开办的“四点半课堂”。不少双职工家庭的孩子放学早、家长下班晚，接送和辅导成了难题。社区了解情况后，腾出两间活动室，招募了8名退休教师担任义务辅导员。"),
P("72岁的张慧琴退休前是一名小学数学老师。“孩子们遇到不会的题，我就给他们讲讲思路，看到他们弄明白了，我心里也高兴。”她说。"),
P("课堂实行家长自愿报名，全程免费。除了作业辅导，社区还会不定期邀请民警、医生等志愿者开展安全教育、健康知识讲座。目前，课堂已有固定学员36名。"),
P("家长王女士说：“以前下午总得请假接孩子，现在把孩子放在这里很放心，作业质量也提高了。”"),
P("社区负责人表示，下一步将根据居民需求，在暑假期间开设书法、绘画、科学实验等兴趣课程。")])

# ud-27 网易号 — editors and account; 作者 in end
add(id="ud-27", title="林芝桃花季攻略：最佳观赏点、交通和住宿都在这了", authors=["藏地旅行日记"], publish_time="2025-03-12 08:00:13",
css=".ne-head{background:#c4161c;color:#fff;height:40px}.post_main{width:680px;margin:0 auto}.post_info{color:#888}.post_side{float:right;width:300px}",
page="""<div class="ne-head">网易首页 &gt; 网易号 <span>登录</span> <span>下载网易新闻客户端</span></div>
<div class="post_main"><h1 class="post_title">林芝桃花季攻略：最佳观赏点、交通和住宿都在这了</h1>
<div class="post_info">2025-03-12 08:00:13　来源: <a>藏地旅行日记</a>　<span>西藏</span>　<span>举报</span></div>
<div class="post_body">{BODY}</div>
<p class="statement">特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</p>
<p>Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.</p>
<div class="post_side"><p>藏地旅行日记</p><p>进入主页 关注</p><h4>热门文章</h4><p>去纳木错一定要知道的几件事</p></div></div>""",
body=[P("每年3月中旬到4月中旬，是林芝桃花盛开的季节。雪山、冰川、桃花同框的画面，吸引着各地游客前来。结合这几年的经验，给大家整理了一份攻略。"),
H("一、最佳观赏点", tag="h3"),
OL(["嘎拉村：林芝桃花节主会场，桃树多为百年老树，花期相对较早。", "索松村：可以看到南迦巴瓦峰与桃花同框，但要看天气和运气。", "波密：海拔稍高，花期比市区晚一周左右，人也相对少一些。"]),
H("二、交通", tag="h3"),
P("林芝米林机场有直飞成都、重庆、拉萨等地的航班。从拉萨出发也可以乘坐拉林铁路动车，约3个半小时。市区到各景点建议包车或自驾。"),
H("三、住宿", tag="h3"),
P("桃花节期间市区酒店价格会上涨，建议提前一到两周预订。想看日照金山的朋友，可以住在索松村或直白村的民宿。"),
P("最后提醒一句：林芝海拔虽然不高，但早晚温差大，记得带上厚外套，不要随意攀折花枝。")])

# ud-28 微信公众号 — 文/ line, 来源 account, editors
add(id="ud-28", title="皖南山村的最后一位篾匠", authors=["程雨桐"], publish_time="2025年4月6日 21:30",
css=".rich_media_area_primary{max-width:677px;margin:0 auto;padding:20px}.rich_media_meta_list{color:rgba(0,0,0,.3)}#js_name{color:#576b95}",
page="""<div class="rich_media_area_primary"><h1 class="rich_media_title">皖南山村的最后一位篾匠</h1>
<div class="rich_media_meta_list"><span>原创</span> <span>程雨桐</span> <a id="js_name">徽州风土志</a> <em>2025年4月6日 21:30</em> <em>安徽</em></div>
<div class="rich_media_content">{BODY}</div>
<p>- END -</p><p>编辑 | 吴梦</p><p>审核 | 汪立</p>
<p>点击“阅读原文”了解更多 徽州风土志</p>
<div class="qr">长按二维码关注我们</div>
<p>阅读 5678 · 在看 92 · 赞</p>
<p>留言</p></div>""",
body=[IMG("汪师傅在编竹篮", gif=True),
X('<p style="text-align:center">文/程雨桐　图/方磊</p>'),
P("清明前后，歙县深渡镇的一个小山村里，72岁的汪德贵坐在自家门前，手里的篾刀在竹子上轻轻一划，一根青竹就被分成了两半。"),
P("汪德贵是村里最后一位篾匠。16岁拜师学艺，他编了五十多年的竹器，竹篮、竹筛、竹席、竹椅，样样拿手。"),
P("“以前家家户户都离不开竹器，一年到头活都干不完。”汪德贵说，后来塑料制品多了，找他做竹器的人越来越少，村里的篾匠改行的改行、出去打工的打工，只剩下他一个人还守着这门手艺。"),
P("这两年，情况有了一些变化。一些来徽州旅游的游客会专门找到他家，买上一两个竹篮带回去。县里的非遗中心也请他去讲课，给年轻人演示劈篾、编织的技艺。"),
P("“能有人愿意学，我就愿意教。”汪德贵说，手艺这东西，传下去才有意义。"),
P("夕阳下，他又拿起一根竹子，开始了新一天的最后一件活计。")])

# ud-29 澎湃号 (政务号) — account, no person named
add(id="ud-29", title="信阳茶农抢抓晴好天气采摘明前茶", authors=["信阳发布"], publish_time="2025-03-29 15:08",
css=".pp-header{height:64px;border-bottom:2px solid #00a5eb}.news_txt{font-size:17px;line-height:2}.news_about{color:#888;font-size:14px}.wrap{width:700px;margin:0 auto}",
page="""<div class="pp-header">澎湃新闻 The Paper <span>要闻</span> <span>深度</span> <span>澎湃号</span> <span>视频</span> <span>下载客户端</span></div>
<div class="wrap"><p class="pph">澎湃号 &gt; 政务</p>
<h1 class="news_title">信阳茶农抢抓晴好天气采摘明前茶</h1>
<div class="news_about"><p>信阳发布</p><p>2025-03-29 15:08 来源：澎湃新闻·澎湃号·政务</p></div>
<div class="news_txt">{BODY}</div>
<p class="statement">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问https://pai.thepaper.cn。</p>
<div class="comment">评论（0） 发表评论</div></div>""",
body=[P("连日来，信阳各主要产茶区天气晴好、气温回升，茶园陆续进入明前茶采摘期。在浉河区董家河镇的茶山上，茶农们手提竹篮，穿梭在茶垄间，采摘一芽一叶的鲜嫩茶芽，山间不时传来阵阵笑语。"),
P("“今年开采比去年早了三四天，芽头饱满，品质很好。”茶农杨秀兰说，特级明前茶鲜叶收购价每斤在120元以上，一天能采两三斤。"),
P("在附近的茶叶加工厂，摊青、杀青、理条、烘干等工序有序进行，空气中弥漫着浓浓的茶香。为保障采茶用工，当地人社部门组织了采茶工专场招聘，吸纳周边群众就近务工。"),
P("据统计，信阳全市茶园面积超过200万亩，茶产业综合产值突破300亿元。今年当地将继续推进茶叶标准化生产和品牌建设，拓展线上线下销售渠道，让“信阳毛尖”走向更广阔的市场。"),
X('<p class="src">来源：信阳发布</p>')])

# ud-30 微博文章 — person named (blogger), long title
add(id="ud-30", title="从合肥骑行到黄山，我用了五天", authors=["骑行的老周"], publish_time="2024-10-08 22:47",
css=".WB_frame{width:920px;margin:0 auto}.wb-art-title{font-size:26px}.wb-art-info{color:#939393}.WB_global_nav{background:#fff;border-bottom:1px solid #ccc}",
page="""<div class="WB_global_nav">微博 <input placeholder="大家都在搜：国庆返程高峰"> 首页 视频 发现 游戏 注册 登录</div>
<div class="WB_frame"><div class="wb-cover"><img alt="封面图"></div>
<div class="wb-art-title">从合肥骑行到黄山，我用了五天</div>
<div class="wb-art-info"><span>骑行的老周</span> <span>2024-10-08 22:47</span> <span>阅读数：3.4万</span> <span>来自 iPhone客户端</span></div>
<p class="wb-guide">导语：一个人、一辆车、五天、三百多公里。</p>
<div class="wb-art-body">{BODY}</div>
<div class="wb-art-ft">转发 126　评论 352　赞 2087</div>
<div class="wb-note">微博 版权所有 京ICP证100780号 互联网药品服务许可证 京网文〔2023〕1234-000号</div></div>""",
body=[P("国庆假期，我给自己安排了一次骑行：从合肥出发，经过舒城、桐城、池州，最后到达黄山脚下的汤口镇，全程约360公里，用了整整五天。"),
P("第一天最轻松，沿着合六叶公路一路向南，天气凉爽，傍晚就到了舒城。第二天开始进入丘陵，爬坡变多，腿有点吃不消，好在沿途的乡村公路修得很好，车也少。"),
P("第三天在桐城停留了半天，去看了六尺巷。“让他三尺又何妨”的故事从小就听过，站在巷子里还是有些感慨。"),
P("第四天是最难的一段。从池州往黄山方向要翻几座山，最长的一个坡爬了将近两个小时。中途在一个小卖部歇脚，老板娘送了我一瓶水，说经常看到骑行的人路过。"),
P("第五天下午，看到“黄山风景区”的路牌时，我停下车在路边坐了好久。"),
P("这趟下来，晒黑了，瘦了三斤，也收获了很多陌生人的善意。明年想试试皖南川藏线，有同好的可以私信我。")])
