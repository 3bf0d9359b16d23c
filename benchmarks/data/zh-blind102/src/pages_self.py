# Self-media pages: wy-25 ... wy-30. All invented accounts and articles.
PAGES = []

# wy-25 头条号 (山东), account only, time glued to IP location with ·
PAGES.append(dict(
    id="wy-25", kind="self", title="在淄博连吃三天，这5家老店我愿称之为本地人的“食堂”",
    authors=["鲁中吃货小分队"], time="2025-06-12 07:45", htag="h2",
    css="""body{margin:0;font-family:"PingFang SC","Microsoft YaHei";color:#222}.tt{display:flex;align-items:center;justify-content:space-between;padding:10px 24px;border-bottom:1px solid #eee}
.tt .logo{color:#f04142;font-size:22px;font-weight:bold}.tt input{width:300px;padding:6px 12px;border-radius:16px;border:1px solid #ddd}
.main{display:flex;gap:40px;padding:20px 10%}.art{flex:1;max-width:700px}.art h1{font-size:28px;line-height:1.4}.meta{color:#999;font-size:14px}
.meta .name{color:#222;margin-right:6px}.art h2{font-size:20px;margin-top:26px}.art p{font-size:18px;line-height:1.8}.pic-cap{font-size:14px;color:#999}
.side{width:280px;font-size:14px}.side .card{border:1px solid #eee;padding:14px;border-radius:6px}.bar{color:#666;font-size:14px;display:flex;gap:20px;margin:20px 0}""",
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>在淄博连吃三天，这5家老店我愿称之为本地人的“食堂” - 今日头条</title><style>@@CSS@@</style></head><body>
<div class="tt"><span class="logo">今日头条</span><input placeholder="搜索站内资讯、视频或用户"><span>下载头条APP　　登录</span></div>
<div class="main"><div class="art">
<h1>在淄博连吃三天，这5家老店我愿称之为本地人的“食堂”</h1>
<div class="meta"><span class="name">鲁中吃货小分队</span><span>2025-06-12 07:45</span><span>·山东</span></div>
@@BODY@@
<div class="bar"><span>举报</span><span>评论 36</span><span>收藏 214</span><span>分享</span></div>
<h3>相关推荐</h3><p><a href="#">青州古城一日游，本地人带你避开商业街</a></p><p><a href="#">博山菜到底有多讲究？老师傅讲了三个字</a></p>
</div>
<div class="side"><div class="card"><b>鲁中吃货小分队</b><br>优质美食领域创作者<br>1.2万粉丝 · 286获赞<br><a href="#">+ 关注</a></div><h4>头条热榜</h4><ol><li>多地迎来入夏以来最强降雨</li><li>端午出游预订量创新高</li></ol><p>© 2025 今日头条 中国互联网举报中心 京ICP证140141号</p></div>
</div>
</body></html>""",
    body="""
都说淄博烧烤火，但在淄博待上三天你会发现，真正撑起本地人一日三餐的，是藏在老小区和街角的那些小店。这次我们连吃三天，挑出5家本地朋友常去的老店，人均都不超过50块。
# 1.张店老街的锅饼铺
早上七点就排起队的锅饼铺，开了二十多年。锅饼外皮焦脆、里面暄软，一斤8块钱，配一碗豆腐脑，是很多老张店人的标配早饭。
! 刚出锅的锅饼
# 2.博山的酥锅和豆腐箱
博山菜讲究，我们去的这家家常菜馆，豆腐箱一份28元，外皮炸得金黄，里面是肉末和木耳馅，浇上汤汁，米饭能多吃一碗。酥锅是凉菜，海带、白菜、藕、鱼一层层焖上一夜，酸甜软烂。
# 3.周村的烧饼铺
周村烧饼薄得像纸，芝麻铺满，咬一口直掉渣。老板说，一个熟练师傅一天也就贴两千来个，全靠手上功夫。
# 4.临淄的羊肉汤馆
大锅熬了一夜的羊骨汤，汤色奶白，加一把香菜和辣椒油，配一个烧饼，冬天夏天都有人喝。
# 5.小区门口的烧烤摊
最后还是要吃一顿烧烤。小饼、葱、蘸料三件套，小炉子自己烤，周围坐的几乎都是本地人，一桌人聊到半夜。
说实话，淄博最吸引人的不是哪一家“网红店”，而是这种不慌不忙的烟火气。你在淄博还吃过哪些宝藏小店？欢迎在评论区推荐。
"""))

# wy-26 百家号 (云南), account only, date/time in separate spans (glued in the copy), 原创 label
PAGES.append(dict(
    id="wy-26", kind="self", title="元阳梯田插秧季：哈尼人家的一天，从凌晨四点的炊烟开始",
    authors=["云岭行记"], time="06-13 10:12",
    css="""body{margin:0;font-family:Arial,"Microsoft YaHei";background:#fff}.bd{height:56px;display:flex;align-items:center;gap:20px;padding:0 16%;border-bottom:1px solid #eee}
.bd a{color:#333;font-size:14px}.c{width:680px;margin:24px 0 0 16%}.c h2.t{font-size:28px;line-height:1.45}.au{display:flex;align-items:center;gap:10px;font-size:13px;color:#999}
.au .nm{color:#333;font-size:16px}.c p{font-size:17px;line-height:1.9;color:#333}.c h3{font-size:18px}.pic-cap{color:#999;font-size:13px}.tail{color:#999;font-size:13px;border-top:1px solid #eee;padding-top:10px}""",
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>元阳梯田插秧季：哈尼人家的一天</title><style>@@CSS@@</style></head><body>
<div class="bd"><a href="#">百度首页</a><a href="#">百家号</a><a href="#">登录</a></div>
<div class="c">
<h2 class="t">元阳梯田插秧季：哈尼人家的一天，从凌晨四点的炊烟开始</h2>
<div class="au"><img src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==" alt="" width="36" height="36"><div><span class="nm">云岭行记</span><br><span>发布时间：</span><span>06-13</span><span>10:12</span><span>云南</span><span>旅游领域创作者</span></div><span>关注</span></div>
@@BODY@@
<p class="tail">本文为百家号作者原创，未经授权，不得转载。</p>
<p class="tail">举报/反馈</p>
<h3>相关推荐</h3><p><a href="#">红河州：哈尼长街宴入选年度节庆名录</a></p><p><a href="#">去元阳看梯田，最佳季节是什么时候？</a></p>
</div>
</body></html>""",
    body="""
凌晨四点，元阳县新街镇的哈尼村寨还笼罩在雾里，李阿普家的灶房已经亮起了灯。她要赶在天亮前煮好一家人的早饭，再把中午的饭菜装进竹篮，带到梯田上去。
六月是元阳梯田的插秧季。和游客印象中冬天水满田、倒映天光的样子不同，这个季节的梯田是一片一片的新绿，从山脚一直铺到云里。
# 一块田要插一整天
李阿普家有11块梯田，最小的一块只有一张床那么大。机器开不上来，只能靠人一棵一棵地插。“手要快，腰要弯得住。”她笑着说，这是她从十几岁就开始干的活。
! 村民在梯田里插秧
插秧的日子，邻居们会互相帮工。今天帮你家，明天帮我家，中午大家坐在田埂上，吃着自家带来的红米饭、腌菜和炸小鱼，谈笑声顺着山谷传得很远。
# 老手艺和新变化
这几年，村里不少年轻人外出打工，但也有人回来了。李阿普的儿子去年从昆明回村，在网上卖梯田红米和鸭蛋，还当起了向导，带游客体验插秧、抓鱼。他说，游客来了，愿意住几天、干点农活，这比只拍几张照片更有意思。
傍晚收工，雾又从山谷里升起来。梯田在夕阳里一层层亮起，这是哈尼人守了一千多年的风景。
"""))

# wy-27 网易号 (江西), person named in an 作者 | line at the top of the body
PAGES.append(dict(
    id="wy-27", kind="self", title="景德镇陶溪川夜市：年轻人为什么愿意在这里摆摊",
    authors=["曾晓梅"], time="2025-06-13 18:30:11",
    css="""body{margin:0;font-family:"Microsoft YaHei";color:#333}.nt{background:#f6f6f6;padding:6px 10%;font-size:12px}.nt a{margin-right:10px;color:#555}
.nh{padding:12px 10%;display:flex;gap:30px;align-items:center;border-bottom:2px solid #c4161c}.nh b{color:#c4161c;font-size:22px}
.post_main{width:680px;margin:20px 10%}.post_title{font-size:30px;line-height:1.35}.post_info{font-size:14px;color:#888}.post_body p{font-size:18px;line-height:1.9}
.note{color:#666}.post_statement{font-size:13px;color:#999;background:#f7f7f7;padding:10px;margin-top:20px}""",
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>景德镇陶溪川夜市：年轻人为什么愿意在这里摆摊|摊位|陶瓷_网易订阅</title><style>@@CSS@@</style></head><body>
<div class="nt"><a href="#">网易首页</a><a href="#">应用</a><a href="#">网易新闻</a><a href="#">网易公开课</a><a href="#">网易严选</a><a href="#">登录</a></div>
<div class="nh"><b>网易 · 号</b><span>首页 &gt; 旅游</span></div>
<div class="post_main">
<h1 class="post_title">景德镇陶溪川夜市：年轻人为什么愿意在这里摆摊</h1>
<div class="post_info">2025-06-13 18:30:11　来源: <a href="#">赣地小记</a>　江西</div>
<div class="post_body">
@@BODY@@
</div>
<div class="post_statement">特别声明：本文为网易自媒体平台“网易号”作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。</div>
<h3>相关推荐</h3><p><a href="#">景德镇的瓷器市集，为什么总在周末爆满</a></p><p><a href="#">婺源篁岭晒秋节预热活动启动</a></p>
<p>网易公司版权所有 ©1997-2025　浙公网安备 33010802000036号</p>
</div>
</body></html>""",
    body="""
~ 作者 | 曾晓梅
~ 编辑 | 小鹿
周五晚上七点，景德镇陶溪川的广场上，一排排小摊已经支了起来。摊位上摆着手捏的小杯子、带裂纹釉的花器、画着猫的瓷盘，摊主大多是二三十岁的年轻人。
“这里的摊位不收租金，只要作品是自己做的，就可以报名。”来自湖南的林朵在景德镇学陶艺第三年，她每周来摆两次摊，一晚上能卖出十几件作品。
# 一个市集，一座城市的入口
陶溪川夜市是在原宇宙瓷厂旧厂房基础上改造的文创街区的一部分。据街区运营方介绍，目前常驻摊主有一千多人，其中八成以上是外地来景德镇的“景漂”。
对很多年轻手艺人来说，夜市是他们认识这座城市的第一扇门。在这里摆摊，能直接听到买家的反馈，也能认识同行，交流釉料配方和烧窑经验。
# 从摆摊到开工作室
在景德镇待了五年的陈斌，就是从摆摊起步的。他现在在三宝村租了一间工作室，还招了两个学徒。“摆摊的时候，每件东西卖多少钱、什么样的造型受欢迎，都是一点一点试出来的。”
夜里十点，市集渐渐散去。有人收摊回工作室，准备明天继续拉坯。这座因瓷而兴的城市，正因为这些年轻人，多了几分新的热闹。
"""))

# wy-28 搜狐号 (北京), 撰文｜ byline line, 编辑｜ line, 返回搜狐 footer
PAGES.append(dict(
    id="wy-28", kind="self", title="在北京，越来越多的年轻人开始去社区食堂吃午饭",
    authors=["陈雨桐"], time="2025-06-14 12:03",
    css="""body{margin:0;font-family:"PingFang SC","Microsoft YaHei"}.sh{height:50px;background:#fff;border-bottom:1px solid #e8e8e8;display:flex;align-items:center;gap:24px;padding:0 12%}
.sh b{color:#f5a623;font-size:22px}.sh a{color:#333;font-size:14px}.left{float:left;width:200px;margin:30px 0 0 12%;font-size:13px;color:#666}
.text{float:left;width:650px;margin:30px 0 0 30px}.text h1{font-size:28px;line-height:1.4}.article-info{font-size:13px;color:#999}
.text p{font-size:17px;line-height:1.85}.text h3{font-size:18px}.note{color:#888;font-size:15px}.statement{color:#999;font-size:13px}""",
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>在北京，越来越多的年轻人开始去社区食堂吃午饭_午餐_价格_老人</title><style>@@CSS@@</style></head><body>
<div class="sh"><b>搜狐</b><a href="#">首页</a><a href="#">新闻</a><a href="#">体育</a><a href="#">汽车</a><a href="#">房产</a><a href="#">旅游</a><a href="#">教育</a><a href="#">时尚</a><a href="#">科技</a><a href="#">财经</a><a href="#">登录</a></div>
<div class="left"><b>城市漫游指南</b><br>文章：418<br>总阅读：326万<br><a href="#">查看TA的文章</a></div>
<div class="text">
<h1>在北京，越来越多的年轻人开始去社区食堂吃午饭</h1>
<div class="article-info"><span>2025-06-14 12:03</span>　<span>发布于：北京市</span>　<span>城市漫游指南</span></div>
@@BODY@@
<p><a href="#">返回搜狐，查看更多</a></p>
<p class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</p>
<p class="statement">阅读 (2.1万)　　投诉</p>
</div>
</body></html>""",
    body="""
~ 撰文｜陈雨桐
~ 编辑｜周　蕾
中午十二点，朝阳区一家社区食堂里坐满了人。排队打饭的，除了住在附近的老人，还有不少挂着工牌的年轻上班族。
两荤一素加一碗米饭，18元；一份炸酱面，12元。在周边动辄四五十元一份外卖的写字楼区，这样的价格很有吸引力。
# “比外卖健康，也比外卖便宜”
在附近一家互联网公司上班的小吴，已经连续在这里吃了两个月午饭。“点外卖要等，也不知道油是不是太重。这里的菜每天换，看得见后厨，吃着踏实。”
食堂负责人介绍，食堂最初是为了解决社区老年人吃饭难的问题开办的，老年人凭卡就餐还能享受优惠。后来周边上班族越来越多，中午的客流比开业时翻了一倍多，“年轻人来得多了，食堂的运营也更可持续了”。
# 社区食堂不止是“食堂”
记者走访发现，不少社区食堂开始延长营业时间，增加早餐和晚餐供应，有的还推出了半份菜、小份菜，方便独居老人和单身年轻人。也有食堂在饭点之外，把空间用来开展社区活动、老年课堂。
有居民建议，希望社区食堂能在更多街道铺开，并进一步公开菜品价格和食材来源，让大家吃得更放心。
"""))

# wy-29 微信公众号 (江西), 原创 + person + account + date + location, profile card
PAGES.append(dict(
    id="wy-29", kind="self", title="赣南脐橙花谢之后，果农最忙的三个月开始了",
    authors=["刘思远"], time="2025年06月14日 20:30", style="p", htag="strong",
    css="""body{margin:0;background:#ededed}.rich_media{max-width:677px;margin:0 auto;background:#fff;padding:20px 24px;font-family:-apple-system,"PingFang SC"}
.rich_media_title{font-size:22px;line-height:1.4;margin-bottom:14px}.rich_media_meta_list{font-size:15px;color:rgba(0,0,0,.5);display:flex;flex-wrap:wrap;gap:8px}
.orig{background:rgba(0,0,0,.05);padding:0 4px;font-size:12px}.acc{color:#576b95}.rich_media_content p{font-size:17px;line-height:1.75;color:rgba(0,0,0,.9);letter-spacing:.5px}
.pic-cap{font-size:14px;color:#888!important}.note{color:#888!important;font-size:14px!important}.qr{text-align:center;font-size:14px;color:#888}.foot{font-size:14px;color:#888;display:flex;gap:20px}""",
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>赣南脐橙花谢之后，果农最忙的三个月开始了</title><style>@@CSS@@</style></head><body>
<div class="rich_media">
<h1 class="rich_media_title">赣南脐橙花谢之后，果农最忙的三个月开始了</h1>
<div class="rich_media_meta_list"><span class="orig">原创</span><span>刘思远</span><a class="acc" href="#">赣南乡土志</a><span>2025年06月14日 20:30</span><span>江西</span></div>
<div class="rich_media_content">
@@BODY@@
<p class="qr">长按识别二维码关注我们</p>
<p class="qr">赣南乡土志</p>
<p class="qr">记录赣南的山、水、人</p>
</div>
<div class="foot"><span>阅读 3028</span><span>赞 56</span><span>在看 21</span></div>
<p style="font-size:14px;color:#888">写留言</p>
<p style="font-size:14px;color:#888">微信扫一扫关注该公众号</p>
</div>
</body></html>""",
    body="""
四月的赣南，漫山遍野都是脐橙花的香味。到了六月，花谢了，枝头挂满了指甲盖大小的青果。游客少了，可对果农来说，一年里最忙的三个月才刚刚开始。
# 01 疏果：舍得才有好果
信丰县的老钟家有60亩果园。这几天，他和妻子天一亮就进园疏果，把畸形果、病虫果和挤在一起的小果摘掉。“一根枝条留太多，果子长不大，糖度也上不去。”老钟说，疏果看着是把果子往地上扔，其实是为了秋天能卖个好价钱。
! 老钟在果园里疏果
# 02 防病：黄龙病是最大的心病
对赣南果农来说，最怕的是黄龙病。这种病没有特效药，一旦发现只能挖掉病树。这几年，当地推行统一防控木虱、及时挖除病树、种植无病苗木的办法，果园的病株率明显下降。
“现在每个月都有技术员来巡园，手机上还能查到防控提醒。”老钟说。
# 03 抗旱排涝：看天吃饭也要靠人
六月是赣南的雨季，七八月又常常遇上伏旱。老钟前两年在果园里装了水肥一体化设备，下雨时开沟排水，天旱时滴灌补水，“比以前挑水浇树省心多了”。
等到十一月脐橙上市，这三个月的辛苦都会挂在枝头。下次你剥开一个赣南脐橙时，也许会想起这些在烈日下忙碌的身影。
~ 文字：刘思远
~ 图片：受访者提供
~ 编辑：阿木
"""))

# wy-30 微博 article (北京), account only, 发布于 time, reading count, comment area
PAGES.append(dict(
    id="wy-30", kind="self", title="凌晨五点的北京早市，藏着最朴素的烟火气",
    authors=["京城胡同漫步者"], time="2025-06-15 10:42", style="p",
    css="""body{margin:0;background:#f2f2f5;font-family:"Microsoft YaHei"}.wbh{background:#fff;height:54px;display:flex;align-items:center;gap:30px;padding:0 14%;box-shadow:0 1px 3px #ddd}
.wbh b{color:#ff8200;font-size:22px}.wbh input{width:260px;border-radius:16px;border:1px solid #ddd;padding:5px 12px}
.WB_artical{width:720px;margin:20px auto;background:#fff;padding:30px 40px}.title{font-size:30px;font-weight:bold;line-height:1.4}
.who{display:flex;gap:12px;color:#808080;font-size:13px;margin:14px 0}.who .n{color:#333;font-size:15px}.WB_editor_iframe p{font-size:17px;line-height:1.9;color:#333}
.pic-cap{font-size:13px;color:#999}.cmt{width:720px;margin:0 auto 30px;background:#fff;padding:16px 40px;font-size:14px;color:#555}""",
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>凌晨五点的北京早市，藏着最朴素的烟火气 - 微博</title><style>@@CSS@@</style></head><body>
<div class="wbh"><b>微博</b><input placeholder="大家都在搜：北京早市"><span>首页　视频　发现　游戏　注册　登录</span></div>
<div class="WB_artical">
<div class="title">凌晨五点的北京早市，藏着最朴素的烟火气</div>
<div class="who"><span class="n">京城胡同漫步者</span><span>发布于 2025-06-15 10:42</span><span>阅读数：3.6万</span></div>
<div class="WB_editor_iframe">
@@BODY@@
</div>
<p style="color:#999;font-size:13px">本文为作者原创，转载请注明出处</p>
<p style="color:#999;font-size:13px">转发 128　　评论 356　　赞 2047</p>
</div>
<div class="cmt"><b>热门评论</b><p>胡同里的老王：双桥那个早市我也常去，豆腐脑确实好吃</p><p>清晨跑者：第一次知道早市还能这么逛，周末试试</p><p>查看更多评论 &gt;</p></div>
</body></html>""",
    body="""
周六凌晨五点，天刚蒙蒙亮，朝阳区双桥附近的一处早市已经热闹起来。三轮车、小推车从四面八方汇过来，吆喝声、讨价还价声混在一起，这是很多老北京人一天开始的地方。
! 清晨的早市，摊位一直排到路口
我是被朋友“安利”来的。她说，想了解真实的北京，就去逛一次早市。
最先吸引我的是早点摊。现炸的油饼、焦圈，刚出锅的豆腐脑浇上卤，一碗5块钱。摊主大姐在这儿摆了十几年摊，老主顾端着自家的搪瓷缸来打豆浆，她不用问就知道要甜的还是咸的。
往里走是菜摊和水果摊。刚从河北、天津运来的黄瓜、西红柿带着露水，一大兜才十来块钱。卖鸡蛋的大爷用的还是老式杆秤，他说“秤杆子准，人心也得准”。
早市最有意思的是那些说不清卖什么的摊位：修鞋的、配钥匙的、卖老式搪瓷盆的、磨剪子的……这些在商场里早已找不到的小生意，在这里依然有人需要。
七点多，太阳升高，早市的人渐渐少了，摊主们开始收摊。有位大爷拎着两根大葱、一兜豆角往家走，跟我说：“一辈子都这么过来的，早市不逛，一天都不踏实。”
如果你来北京，不妨早起一次，去附近的早市转转。这里没有网红打卡点，却有这座城市最朴素的烟火气。
"""))
