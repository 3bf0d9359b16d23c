# Self-media pages ww-25 .. ww-30 (all invented)
PAGES = []
A = PAGES.append

# ww-25 头条号, 天津 food account, no person named -> account name
A(dict(id="ww-25", kind="self-media", lang="zh",
title="天津人的早点有多讲究？一套煎饼馃子藏着十几道讲究",
authors=["津味小馆儿"], publish_time="2025-06-09 07:30",
css="""body{margin:0;font-family:"PingFang SC",sans-serif}.tt-top{display:flex;justify-content:space-between;padding:8px 24px;border-bottom:1px solid #eee}
.tt-top b{color:#f04142;font-size:22px}.tt-main{display:flex;width:1100px;margin:auto;gap:40px}.tt-l{width:680px}.tt-l h1{font-size:28px}
.tt-meta{font-size:13px;color:#999}.tt-meta span{margin-right:12px}.syl p{font-size:18px;line-height:1.8}.tt-r{width:300px}""",
shell="""<div class="tt-top"><b>今日头条</b><span><input placeholder="搜索站内资讯、视频或用户"> <a>登录</a></span></div>
<div class="tt-main"><div class="tt-l"><h1>@@T@@</h1>
<div class="tt-meta"><span>2025-06-09 07:30</span><span>·</span><span>津味小馆儿</span><span>天津</span></div>
<div class="syl">@@BODY@@</div>
<p class="tt-meta">举报/反馈</p>
<div class="cmts"><b>评论 58</b><p>海河边的小李：绿豆面的才是正宗的！</p><p>用户8826：果子还是馃篦儿？永远的争论</p></div></div>
<div class="tt-r"><div><b>津味小馆儿</b><p>美食领域创作者</p><p>328篇文章 · 5.2万粉丝</p><button>关注</button></div>
<div><b>相关推荐</b><p>天津人为什么爱吃锅巴菜</p><p>耳朵眼炸糕的“老字号”秘密</p></div></div></div>""",
body=[
"外地朋友来天津，早上第一件事就是去吃煎饼馃子。可真正的天津人都知道，这一套看着简单的煎饼馃子，讲究一点也不少。",
("h", "面糊：必须是绿豆面"),
"正宗的天津煎饼馃子，面糊用的是绿豆面，有的摊主会掺一点小米面，摊出来的煎饼又薄又筋道，带着一股豆香。要是用白面摊的，老天津人一口就能吃出来。",
("h", "馃子还是馃篦儿"),
"馃子就是油条，馃篦儿是薄脆，但天津的馃篦儿比外地的更薄更大，炸出来是一整片。点单时说“馃子的”或“馃篦儿的”，摊主就明白了。至于加火腿肠、加辣条？那在老天津人眼里可就不叫煎饼馃子了。",
("h", "一个鸡蛋还是两个"),
"鸡蛋打在面糊上，用竹劈子摊匀，一个是标配，两个是“加一个”。再刷上面酱、腐乳，撒一把葱花和芝麻，一翻一卷，一套地道的煎饼馃子就做好了。",
("img", "煎饼馃子", None),
"你吃煎饼馃子喜欢馃子的还是馃篦儿的？欢迎在评论区聊聊。",
]))

# ww-26 百家号, 四川 travel, "作者 |" person named
A(dict(id="ww-26", kind="self-media", lang="zh",
title="稻城亚丁旅行攻略：第一次去高原，这几件事一定要提前知道",
authors=["林小溪"], publish_time="2025-06-08 21:17",
css="""body{margin:0;background:#fff;font-family:Arial}.bjh{height:56px;border-bottom:1px solid #eee;padding:0 30px;line-height:56px}.bjh b{color:#2932e1}
.art{width:640px;margin:30px auto}.art h2{font-size:26px}.au{display:flex;gap:10px;align-items:center;font-size:13px;color:#999}.au b{color:#333}
.art p{font-size:17px;line-height:1.85}.bjh-p{color:#333}""",
shell="""<div class="bjh"><b>百度</b> 首页　<a>登录</a></div>
<div class="art"><h2>@@T@@</h2>
<div class="au"><img alt="头像" src="@@GIF@@"><b>川西行走笔记</b><span>2025-06-08 21:17</span><span>四川</span><span>优质旅游领域创作者</span><button>+关注</button></div>
<p style="color:#888;font-size:14px">作者 | 林小溪</p>
@@BODY@@
<p style="color:#999;font-size:13px">本文为百家号原创，未经授权禁止转载</p>
<div><a>举报/反馈</a></div></div>""",
body=[
"去年秋天第一次去稻城亚丁，出发前做了不少功课，回来后发现还是有很多“没想到”。这篇把我踩过的坑整理出来，希望对第一次去的朋友有帮助。",
("h", "1.高反不可怕，但别逞强"),
"稻城县城海拔3750米，亚丁景区的牛奶海、五色海海拔都在4500米以上。建议从成都出发的话，在康定或新都桥住一晚过渡。到了之后前两天别洗澡、别喝酒、别剧烈运动。",
("h", "2.景区交通要算好时间"),
"从香格里拉镇到景区要坐观光车，旺季排队能排一个小时。短线、长线要看自己体力，长线往返约12公里，全程在高海拔，普通人走下来要五六个小时。",
("h", "3.装备清单"),
("li", ["冲锋衣：早晚温差大，山上随时可能下雨下雪；", "防晒：紫外线非常强，帽子、墨镜、防晒霜缺一不可；", "徒步鞋：景区栈道多，一双好走的鞋很重要；", "现金：有些小店和村里的民宿不一定能扫码。"]),
("h", "4.最佳季节"),
"9月下旬到10月中旬是秋色最好的时候，但人也最多。如果想避开人潮，6月的杜鹃花季同样值得一去。",
]))

# ww-27 网易号, 山西 history/culture, account name only
A(dict(id="ww-27", kind="self-media", lang="zh",
title="应县木塔为什么千年不倒？",
authors=["晋地寻古"], publish_time="2025-06-07 18:05:22",
css="""body{margin:0;font-family:"Microsoft YaHei"}.ne-top{background:#c4161c;color:#fff;padding:6px 40px;font-size:13px}.ne-logo{padding:14px 40px;font-size:26px;color:#c4161c}
.post_main{width:680px;margin:auto}.post_title{font-size:30px;font-weight:bold}.post_info{color:#888;font-size:14px}.post_body p{font-size:18px;line-height:2}
.post_statement{font-size:12px;color:#999;border-top:1px solid #eee}""",
shell="""<div class="ne-top">网易首页 应用 新闻 体育 娱乐 财经 汽车 科技 时尚 手机 数码 房产 旅游 教育 健康 亲子 艺术 登录 注册</div>
<div class="ne-logo">网易 · 号</div>
<div class="post_main"><h1 class="post_title">@@T@@</h1>
<div class="post_info">2025-06-07 18:05:22　来源: <a>晋地寻古</a>　山西</div>
<div class="post_body">@@BODY@@</div>
<div class="post_statement">特别声明：本文为网易自媒体平台“网易号”作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。</div>
<div><span>举报</span> <span>相关推荐</span><ul><li>悬空寺的“悬”到底有多险</li><li>晋祠圣母殿的宋代彩塑</li></ul></div>
<div class="hot"><b>热点新闻</b><p>网易新闻客户端 下载</p></div></div>""",
body=[
"在山西朔州应县城内，矗立着一座已有九百多年历史的木塔——佛宫寺释迦塔，人们习惯叫它应县木塔。它高约65.88米，是世界上现存最高最古老的纯木结构楼阁式建筑。",
"九百多年里，木塔经历过多次地震，其中包括元代的一次大地震，据记载“连震七日，塔屹然不动”。它为什么这么“结实”？",
("h", "秘密一：斗拱"),
"木塔全身共用了54种斗拱，被称为“斗拱博物馆”。斗拱由许多小木构件层层叠加而成，构件之间没有一颗铁钉，全靠榫卯咬合。地震时，斗拱之间会产生微小的滑动和变形，把地震的能量一点点消耗掉。",
("h", "秘密二：明五暗九"),
"从外面看，木塔是五层，但每两层之间还有一个“暗层”，实际上是九层结构。暗层里设有斜撑，像一圈圈箍住塔身的“腰带”，大大增强了整体刚度。",
("h", "秘密三：八角形平面"),
"木塔平面为八角形，内外两圈柱子形成双层套筒结构，受力均匀，比方形平面更能抵抗来自各个方向的风力和地震力。",
"不过，木塔如今也面临着“年迈”的问题，部分柱子已经出现倾斜。如何修缮，专家们已经讨论了几十年。对此你怎么看？",
]))

# ww-28 微信公众号, 新疆 county 融媒 account, 原创 + author
A(dict(id="ww-28", kind="self-media", lang="zh",
title="在昭苏，赴一场油菜花的约会",
authors=["阿丽米热·艾山"], publish_time="2025年6月8日 19:30",
css="""body{margin:0;background:#fff}.rich_media{max-width:677px;margin:0 auto;padding:20px}.rich_media_title{font-size:22px;line-height:1.4}
.rich_media_meta_list{font-size:15px;color:rgba(0,0,0,.5)}.rich_media_meta_list span{margin-right:8px}#js_content section{margin:0}#js_content p{font-size:17px;line-height:1.75;letter-spacing:.5px}
.qr{text-align:center;color:#999;font-size:13px}""",
shell="""<div class="rich_media"><h1 class="rich_media_title">@@T@@</h1>
<div class="rich_media_meta_list"><span class="orig" style="background:#eee;padding:0 4px">原创</span><span>阿丽米热·艾山</span><span><a>昭苏发布</a></span><span>2025年6月8日 19:30</span><span>新疆</span></div>
<div id="js_content">@@BODY@@
<section><p style="text-align:center;color:#999;font-size:14px">来源：昭苏县融媒体中心</p><p style="text-align:center;color:#999;font-size:14px">编辑：马  燕　|　审核：张  伟</p></section>
<section class="qr"><img alt="" src="@@GIF@@"><p>长按识别二维码 关注我们</p></section></div>
<div style="font-size:14px;color:#576b95">阅读原文</div>
<div style="font-size:14px;color:#999">阅读 1.2万　　赞 356　　分享　　推荐 88　　写留言</div>
<div style="font-size:13px;color:#999">微信扫一扫关注该公众号</div></div>""",
p='<section><p><span style="color:#333">{}</span></p></section>',
h='<section style="border-left:4px solid #f5b400;padding-left:8px"><p><strong><span style="color:#d48806">{}</span></strong></p></section>',
img='<section style="text-align:center"><img src="@@GIF@@" alt="{alt}"><p style="font-size:13px;color:#999">{cap}</p></section>',
body=[
"六月的昭苏，天山脚下的油菜花开了。",
"从县城出发往南走，沿着公路两旁，一眼望不到边的金黄色花海铺向远处的雪山。蓝天、白云、雪山、花海，构成了一幅让人挪不开眼睛的画。",
("img", "油菜花海", "▲昭苏县喀拉苏乡的油菜花田"),
("h", "50万亩花海 这里是“中国油菜花海第一县”"),
"昭苏县今年种植油菜超过50万亩，花期从6月上旬持续到7月中旬。和南方的油菜花不同，昭苏的油菜花开在海拔2000米左右的高原上，花期晚、花期长，花色也更加鲜亮。",
("h", "赏花路线推荐"),
("li", ["▶ 线路一：县城—喀拉苏乡—夏塔景区，沿途可看花海与雪山同框；", "▶ 线路二：县城—洪纳海镇—天马旅游文化园，赏花之后还能看天马浴河；", "▶ 线路三：县城—阿克达拉镇—圣佑庙，适合拍摄日落花田。"]),
("h", "温馨提示"),
"昭苏早晚温差大，请备好外套；花田多为农户私有，拍照请勿踩踏；无人机飞行请遵守相关规定。",
"这个夏天，来昭苏，赴一场花海之约吧！",
]))

# ww-29 澎湃号·政务, 天津 police account, person named as 通讯员? no: account only
A(dict(id="ww-29", kind="self-media", lang="zh",
title="警惕！暑期“代抢演唱会门票”骗局又来了",
authors=["天津河东公安"], publish_time="2025-06-10 11:46",
css="""body{margin:0;font-family:sans-serif}.pp-h{display:flex;gap:24px;padding:12px 60px;border-bottom:1px solid #ddd}.pp-h b{font-size:22px}
.pp{width:720px;margin:24px auto}.pp h1{font-size:28px;line-height:1.45}.pp .src{display:flex;gap:12px;align-items:center;color:#999;font-size:14px}.pp .src b{color:#00a5eb}
.newsdetail p{font-size:17px;line-height:1.9}.tip{font-size:13px;color:#999}""",
shell="""<div class="pp-h"><b>澎湃</b><span>要闻　深度　财经　科技　思想　生活　澎湃号　视频</span><span>下载客户端　登录</span></div>
<div class="pp"><div class="tip">澎湃号 &gt; 政务</div>
<h1>@@T@@</h1>
<div class="src"><img alt="天津河东公安" src="@@GIF@@"><b>天津河东公安</b><span>+关注</span></div>
<div class="src">2025-06-10 11:46　来源：澎湃新闻·澎湃号·政务</div>
<div class="newsdetail">@@BODY@@</div>
<p class="tip">字号</p>
<p class="tip">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问。</p>
<div><b>相关推荐</b><p>天津警方公布五起电诈典型案例</p><p>河东分局开展“反诈进校园”活动</p></div></div>""",
body=[
"暑期将至，各类演唱会、音乐节门票一票难求。不少骗子借机在社交平台发布“代抢门票”“内部渠道出票”等信息，已有市民上当受骗。",
("h", "案例"),
"6月3日，家住河东区的大学生小王在某社交平台看到一条“内部渠道代抢演唱会门票，抢不到全额退款”的帖子。对方以“定金”“手续费”“解冻费”等名义，先后让小王转账4次共计3860元。直到对方将她拉黑，小王才意识到被骗，随即报警。",
("h", "警方提示"),
("li", ["1. 购买演出门票请认准官方售票平台，不要轻信“内部票”“代抢票”；", "2. 不要向陌生人支付“定金”“手续费”等任何费用；", "3. 对方要求私下转账、扫码付款的，一律是诈骗；", "4. 一旦发现被骗，请立即拨打110报警或拨打96110反诈专线咨询。"]),
"目前，该案正在进一步侦办中。河东公安提醒广大市民，特别是青年学生，提高防范意识，守护好自己的“钱袋子”。",
]))

# ww-30 微博 头条文章, 四川 blogger
A(dict(id="ww-30", kind="self-media", lang="zh",
title="在自贡看了一场恐龙灯会，才明白为什么叫“南国灯城”",
authors=["蜀山行者老周"], publish_time="6月9日 22:14",
css="""body{margin:0;background:#f2f2f5;font-family:"PingFang SC"}.wb-nav{background:#fff;padding:8px 30px;border-bottom:1px solid #eee}.wb-nav b{color:#ff8200;font-size:20px}
.card{width:700px;margin:20px auto;background:#fff;padding:30px}.card h1{font-size:26px}.who{display:flex;gap:10px;color:#939393;font-size:13px}.who a{color:#eb7350}
.WB_editor_iframe p{font-size:16px;line-height:1.9}.bot{display:flex;justify-content:space-around;color:#808080;border-top:1px solid #eee;padding-top:10px}""",
shell="""<div class="wb-nav"><b>微博</b>　<input placeholder="搜索微博">　首页　视频　发现　游戏　注册　登录</div>
<div class="card"><div class="who" style="font-size:12px">头条文章</div>
<h1>@@T@@</h1>
<div class="who"><img alt="蜀山行者老周的头像" src="@@GIF@@"><a>蜀山行者老周</a><span>6月9日 22:14</span><span>阅读数：8.6万</span></div>
<div class="WB_editor_iframe">@@BODY@@</div>
<p class="who">©版权所有，转载请私信授权</p>
<div class="bot"><span>收藏</span><span>转发 212</span><span>评论 346</span><span>赞 1893</span></div>
<div class="cm"><p>川妹子小鱼：自贡的冷吃兔也绝了</p><p>旅行的意义：周末就去！</p></div></div>""",
body=[
"上周末临时起意，开车两个多小时去了自贡。本来只是想吃一顿正宗的盐帮菜，结果晚上被朋友拉去看灯会，直接被震撼到了。",
"今年的灯会主题是“恐龙与星空”。一进园区，一条长达60多米的“马门溪龙”彩灯横跨湖面，脖子一伸一缩，眼睛还会眨。旁边的霸王龙灯组会随着音乐“咆哮”，好多小朋友吓得往爸妈身后躲，又忍不住探出头看。",
"最让我惊讶的是那些灯组的材料。走近了才发现，有一组“海底世界”是用几万个药瓶串起来的，还有一组“熊猫竹林”用的是瓷碗和瓷勺。朋友说，这是自贡彩灯的传统手艺，叫“以物扎灯”。",
"看完灯会已经快十一点了，顺路在釜溪河边吃了一碗火边子牛肉面，辣得眼泪直流，但真的香。",
"给想去的朋友几个小建议：",
"一是尽量避开周六晚上，人实在太多；二是灯会园区很大，一定穿舒服的鞋；三是住在市区，打车过去十几分钟。",
"自贡，下次还来！",
]))
