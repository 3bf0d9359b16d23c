# Media pages vc-13 .. vc-24. All content invented.
PAGES = []
A = PAGES.append
G = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"

# vc-13 重庆 provincial paper's news site, 2025 responsive; byline line on its own above body
A(dict(id="vc-13", kind="media", lang="zh", mode="p",
 title="重庆中心城区新增12条轨道交通“微循环”公交线路",
 authors=["周雪梅", "唐楷"], time="2025-03-11 07:05",
 css="""body{margin:0;font-family:-apple-system,"PingFang SC",sans-serif}.cq-hd{display:flex;align-items:center;justify-content:space-between;padding:12px 6%;border-bottom:4px solid #d71920}
.cq-hd b{font-size:26px;color:#d71920}.cq-ch a{margin-right:18px;font-size:15px}.post{max-width:760px;margin:32px auto;padding:0 16px}
.post .col{color:#d71920;font-weight:600}.post h1{font-size:30px;line-height:1.35;margin:8px 0 14px}.post .by{color:#555;font-size:14px}
.post p{font-size:18px;line-height:1.85;margin:0 0 1.1em}.tags a{background:#f2f2f2;padding:2px 8px;margin-right:6px;border-radius:3px}
.more li{margin:8px 0}.cq-ft{background:#111;color:#888;font-size:12px;padding:28px 6%}""",
 tpl=f"""<header class="cq-hd"><b>重庆日报网</b><nav class="cq-ch"><a href="#">要闻</a><a href="#">区县</a><a href="#">经济</a><a href="#">民生</a><a href="#">文旅</a><a href="#">评论</a><a href="#">视频</a><a href="#">数字报</a></nav><a href="#">登录</a></header>
<article class="post">
<div class="col">民生</div>
<h1>{{TITLE}}</h1>
<div class="by">2025-03-11 07:05 · 重庆日报 · <span>字号 A<sup>+</sup> A<sup>-</sup></span></div>
<p class="au">重庆日报记者 周雪梅 唐楷</p>
{{BODY}}
<div class="tags"><a href="#">#轨道交通</a><a href="#">#公交</a><a href="#">#民生</a></div>
<p class="ed">责任编辑：邓小雨　审核：刘江</p>
<div class="share">分享到 <a href="#">微信</a> <a href="#">微博</a> <a href="#">复制链接</a></div>
</article>
<section class="more post"><h3>延伸阅读</h3><ul><li><a href="#">两江新区今年将新建充电桩1.2万个</a></li><li><a href="#">渝中区老旧小区加装电梯再提速</a></li><li><a href="#">江北机场T3B航站楼启用倒计时</a></li></ul></section>
<footer class="cq-ft"><p>重庆日报报业集团主办 版权所有 未经书面授权禁止转载</p><p>互联网新闻信息服务许可证：50120170002　渝ICP备09012813号-1　渝公网安备 50010302001224号</p><p>违法和不良信息举报电话：023-63907712</p></footer>""",
 body=[
 "3月10日起，重庆中心城区新开通12条轨道交通接驳“微循环”公交线路，重点解决轨道站点周边居民“最后一公里”出行难题。",
 "据市交通运输委介绍，此次新开通线路主要分布在两江新区、九龙坡区、沙坪坝区等人口密集区域，线路长度均在5公里以内，采用8米级纯电动小型公交车运营，高峰时段发车间隔不超过8分钟。",
 "! 小型公交车在轨道站点接驳乘客 | 3月10日，沙坪坝区大学城地铁站，“微循环”公交正在接驳乘客。记者 齐岚森 摄",
 "“以前从小区走到轻轨站要20多分钟，现在家门口坐车5分钟就到了。”家住九龙坡区华岩新城的市民陈女士说。",
 "## 乘客换乘享受优惠",
 "乘客使用重庆交通卡或“渝畅行”App乘车，在90分钟内与轨道交通换乘可享受1元优惠。市交通运输委相关负责人表示，将根据客流数据动态调整线路和班次，今年内计划再新增“微循环”线路30条。",
 "截至目前，中心城区已开行轨道接驳公交线路286条，覆盖轨道站点91%以上。",
 ]))

# vc-14 重庆 portal (华龙网-like), 2018 layout; byline inside first paragraph; glued meta with 来源
A(dict(id="vc-14", kind="media", lang="zh", mode="indent",
 title="黔江区：“土家十三寨”春日游客量同比增长近四成",
 authors=["冉小丽"], time="2024-04-08 15:26:41",
 css="""body{background:#f5f5f5;font-size:14px}.hl-top{background:#e60012;color:#fff;height:36px;line-height:36px;padding-left:20px}
.hl-logo{height:90px;background:#fff;font-size:34px;color:#e60012;padding:20px}.hl-nav{background:#c40010}.hl-nav a{color:#fff;padding:0 12px;line-height:40px}
.hl-m{width:1000px;margin:10px auto;background:#fff;padding:20px}.hl-m h1{font-size:28px;text-align:center;color:#222}.hl-info{text-align:center;color:#999;border-bottom:1px solid #eee;padding-bottom:10px}
.hl-m p{line-height:2;font-size:16px}.hl-hot{width:1000px;margin:auto;background:#fff}.hl-ft{text-align:center;color:#777;font-size:12px;padding:20px}""",
 tpl="""<div class="hl-top">华龙网 | 新重庆客户端　<a href="#">登录</a> <a href="#">注册</a></div>
<div class="hl-logo">华龙网 <small>重庆第一门户</small> <input type="text" value="请输入关键词"><input type="button" value="搜 索"></div>
<div class="hl-nav"><a href="#">首页</a><a href="#">新闻</a><a href="#">区县</a><a href="#">财经</a><a href="#">教育</a><a href="#">健康</a><a href="#">文旅</a><a href="#">汽车</a><a href="#">房产</a><a href="#">视频</a></div>
<div class="hl-m">
<div class="pos">您当前的位置 ：<a href="#">华龙网</a> &gt;&gt; <a href="#">区县</a> &gt;&gt; <a href="#">黔江区</a> &gt;&gt; 正文</div>
<h1>{TITLE}</h1>
<div class="hl-info">2024-04-08 15:26:41　来源：华龙网-新重庆客户端　<a href="#">我要投稿</a>　<span>字号：<a href="#">T</a>|<a href="#">T</a></span></div>
{BODY}
<p class="zb" style="text-align:right">【责任编辑：彭敏】</p>
<div class="fx">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
</div>
<div class="hl-hot"><h3>热点推荐</h3><ul><li><a href="#">重庆今年将新增城市公园50个</a></li><li><a href="#">渝湘高铁重庆至黔江段进入联调联试</a></li><li><a href="#">黔江脆红李开花了</a></li></ul></div>
<div class="hl-ft">重庆华龙网集团股份有限公司 版权所有 Copyright © 2000-2024<br>互联网新闻信息服务许可证：50120180001 信息网络传播视听节目许可证：2205115<br>渝ICP备16001457号 渝公网安备50010302000861号 举报电话：023-67905033</div>""",
 body=[
 "华龙网-新重庆客户端4月8日15时20分讯（通讯员 冉小丽）清明假期刚过，黔江区濯水镇“土家十三寨”景区依然游人如织。记者从黔江区文化和旅游发展委员会获悉，3月以来，“土家十三寨”累计接待游客18.6万人次，同比增长39.2%。",
 "! 土家十三寨 | 游客在“土家十三寨”体验土家摆手舞。通讯员 杨光 摄",
 "走进景区，吊脚楼依山而建，油菜花、桃花竞相开放。身着土家服饰的村民在寨门前唱起迎客歌，不少游客跟着跳起了摆手舞。",
 "“没想到这里的民俗这么有味道，晚上还能住在吊脚楼民宿里，听着溪水声入睡。”来自湖南长沙的游客刘女士说。",
 "为做旺春季旅游，今年黔江推出了“寨里过三月三”、土家油茶汤品鉴、非遗手工体验等20余项活动，同时对景区停车场、游客中心、旅游厕所进行了提档升级。",
 "“我们还联合周边民宿推出了‘住一晚送早餐’套餐，让游客留得下、住得好。”景区负责人介绍，今年“五一”期间民宿预订率已超过七成。",
 ]))

# vc-15 辽宁 province paper site, 2016 layout; "记者 X X" byline line; 引题 above headline
A(dict(id="vc-15", kind="media", lang="zh", mode="p",
 title="辽宁首批“数字乡村”示范村名单公布",
 authors=["赵一鸣", "刘佳琦"], time="2024年06月03日 06:58",
 css=""".ln-top{background:#003f87;color:#fff;padding:10px 30px}.ln-logo{font-size:32px;color:#003f87;padding:20px 30px}.ln-menu a{padding:8px 14px;display:inline-block;border-right:1px solid #ccc}
.ln-art{width:960px;margin:auto}.ln-art .yt{color:#666;font-size:16px;text-align:center}.ln-art h1{text-align:center;font-size:30px;margin:6px 0}
.ln-art .mt{text-align:center;color:#999;font-size:13px}.ln-art p{font-size:16px;line-height:1.9;text-indent:2em}.ln-ft{border-top:1px solid #ddd;text-align:center;color:#888;font-size:12px;padding:20px}""",
 tpl="""<div class="ln-top">北斗融媒 · 辽宁日报社主办 <a href="#">客户端下载</a></div>
<div class="ln-logo">北斗融媒</div>
<div class="ln-menu"><a href="#">首页</a><a href="#">时政</a><a href="#">经济</a><a href="#">社会</a><a href="#">文化</a><a href="#">体育</a><a href="#">14市</a><a href="#">辽望</a></div>
<div class="ln-art">
<p class="pos">当前位置：首页 / 经济 / 正文</p>
<p class="yt">全省72个村入选 覆盖14个市</p>
<h1>{TITLE}</h1>
<p class="mt">来源：辽宁日报　2024年06月03日 06:58</p>
<p class="au" style="text-indent:0">记者 赵一鸣 刘佳琦</p>
{BODY}
<p class="ed" style="text-indent:0">编辑：马骁　　校对：林静　　终审：宋长河</p>
<div class="prev">上一条：<a href="#">沈阳浑河两岸夜经济点亮城市</a>　下一条：<a href="#">大连港集装箱吞吐量同比增长5.3%</a></div>
</div>
<div class="ln-ft">辽宁日报传媒集团 版权所有<br>互联网新闻信息服务许可证编号：21120170003　辽ICP备14010632号-2<br>未经授权 禁止转载、摘编、复制及建立镜像</div>""",
 body=[
 "6月2日，记者从省农业农村厅获悉，我省首批“数字乡村”示范村名单日前公布，沈阳市新民市大民屯镇方巾牛村等72个村入选，覆盖全省14个市。",
 "此次评选围绕乡村数字基础设施、智慧农业、乡村数字治理、数字惠民服务等方面，经县级推荐、市级初审、省级评审等程序确定。入选村平均5G网络覆盖率达96%，农产品网络零售额年均增长超过20%。",
 "## 智慧大棚让种地更“轻松”",
 "在朝阳市喀左县的一个示范村，220栋温室大棚全部安装了温湿度传感器和自动卷帘机。“手机一点，通风、浇水都能远程操作，一个人能管过去三个人的活儿。”种植户王立军说。",
 "## 村务管理搬上“云端”",
 "在丹东市宽甸满族自治县，示范村通过“数字村务”平台公开财务收支、办理证明开具等事项，村民足不出户就能办事。",
 "省农业农村厅相关负责人表示，将对示范村给予每村30万元奖补资金，并计划到2026年培育省级数字乡村示范村300个。",
 ]))

# vc-16 辽宁 city portal (大连), 2011 table layout; wire-style dateline in body; author in meta table
A(dict(id="vc-16", kind="media", lang="zh", mode="font",
 title="大连长山群岛海参育苗进入关键期",
 authors=["孙海波"], time="2024-05-21 10:48",
 css="""body{margin:0;background:#e9eef4}td{font-size:12px;color:#333}.bt{font-size:20px;font-weight:bold;color:#0a3d7a}.nr{font-size:14px;line-height:26px}""",
 tpl="""<table width="960" align="center" cellpadding="0" cellspacing="0" bgcolor="#ffffff">
<tr><td height="80" bgcolor="#0a3d7a"><font color="#ffffff" size="6">&nbsp;大连新闻网</font>&nbsp;<font color="#99ccff">www.dl-news.example</font></td></tr>
<tr><td height="28" bgcolor="#dfe8f3">&nbsp;<a href="#">首页</a>｜<a href="#">大连</a>｜<a href="#">辽宁</a>｜<a href="#">国内</a>｜<a href="#">国际</a>｜<a href="#">财经</a>｜<a href="#">区市县</a>｜<a href="#">图片</a>｜<a href="#">论坛</a></td></tr>
<tr><td>&nbsp;您的位置：<a href="#">大连新闻网</a> -&gt; <a href="#">区市县</a> -&gt; 正文</td></tr>
<tr><td align="center" class="bt" height="60">{TITLE}</td></tr>
<tr><td align="center"><table><tr><td>http://www.dl-news.example　</td><td>2024-05-21 10:48　</td><td>来源：大连日报　</td><td>作者：孙海波　</td><td>[<a href="#">我来说两句</a>]　</td></tr></table></td></tr>
<tr><td class="nr" style="padding:10px 30px">
{BODY}
</td></tr>
<tr><td align="right">编辑：黄　蕾&nbsp;&nbsp;&nbsp;</td></tr>
<tr><td style="padding:10px 30px"><b>相关新闻</b><br>· <a href="#">长海县扇贝底播增殖面积扩大</a>　05-18<br>· <a href="#">獐子岛渔港改造完成</a>　05-12<br>· <a href="#">大连海洋牧场建设提速</a>　05-03</td></tr>
<tr><td align="center" bgcolor="#0a3d7a" height="50"><font color="#ffffff">大连新闻传媒集团 版权所有 辽ICP备05001329号<br>新闻热线：0411-84311114</font></td></tr>
</table>""",
 body=[
 "本报讯　眼下，长海县长山群岛的海参育苗企业进入最忙碌的时节。记者日前走进大长山岛镇一家育苗场看到，数十个育苗池内，不足1厘米长的小参苗正附着在波纹板上生长。",
 "“今年我们培育的是耐高温新品种‘参优2号’，成活率比去年提高了15%左右。”育苗场技术员李东介绍，从受精卵到出池，海参苗要经历浮游期、附着期等多个阶段，水温、盐度、饵料任何一个环节出问题都可能前功尽弃。",
 "近年来，长海县依托大连海洋大学等科研院所，推广工厂化育苗、生态化养殖技术。目前全县有海参育苗企业63家，年出苗量约28亿头，产值超过9亿元。",
 "县海洋发展局负责人表示，今年将继续实施海参良种补贴，每亩补贴300元，并加强苗种质量检测，从源头保障海参品质。",
 ]))

# vc-17 江苏 provincial paper app share page (交汇点-like), 2024 app share; author "记者 X 通讯员 Y" in meta
A(dict(id="vc-17", kind="media", lang="zh", mode="p",
 title="南通：一艘“海上风电运维母船”的首航",
 authors=["蒋明睿", "顾晓燕"], time="2024-09-27 19:42",
 css="""body{max-width:640px;margin:0 auto;font-family:"PingFang SC",sans-serif;color:#222}.app-bar{background:#fff;display:flex;justify-content:space-between;padding:10px;border-bottom:1px solid #eee}
.app-bar .open{background:#e51c23;color:#fff;border-radius:14px;padding:4px 12px}h1{font-size:24px;line-height:1.4;padding:0 16px}
.src{color:#888;font-size:13px;padding:0 16px}.txt{padding:0 16px}.txt p{font-size:17px;line-height:1.8}.zan{text-align:center;color:#999}
.cmts{background:#f7f7f7;padding:12px 16px}.dl{position:sticky;bottom:0;background:#e51c23;color:#fff;text-align:center;padding:10px}""",
 tpl="""<div class="app-bar"><span>交汇点新闻</span><span class="open">打开APP</span></div>
<h1>{TITLE}</h1>
<div class="src"><span>新华日报·交汇点</span> <span>2024-09-27 19:42</span></div>
<div class="src">交汇点记者 蒋明睿　通讯员 顾晓燕</div>
<div class="txt">
{BODY}
</div>
<p class="src">编辑：钱怡</p>
<p class="zan">赞 128　　分享</p>
<div class="cmts"><h4>评论（23）</h4><p>江海儿女：家乡越来越好了！</p><p>小岛渔夫：期待更多大国重器。</p><p><a href="#">查看更多评论</a></p></div>
<div class="rec"><h4>相关推荐</h4><p>江苏海上风电装机容量突破1200万千瓦</p><p>如东洋口港迎来首艘LNG运输船</p></div>
<div class="dl">下载交汇点客户端，阅读更多精彩内容</div>""",
 body=[
 "9月26日清晨，一艘涂着橙白相间涂装的船舶缓缓驶离南通启东港码头，驶向距岸约40公里的海上风电场。这是我省首艘自主设计建造的“海上风电运维母船”，当天开启首航。",
 "! 运维母船驶离码头 | 运维母船驶离码头。顾晓燕 摄",
 "这艘母船长86米，配备可升降栈桥和直升机平台，可搭载60名运维人员在海上连续作业30天。“过去运维人员每天往返，单程就要两三个小时，遇到大风浪还出不了海。”船长张国栋说，有了母船，运维人员可以“以海为家”，出海作业时间增加一倍以上。",
 "“栈桥能自动补偿船体晃动，人员可以像走平地一样登上风机平台。”项目技术负责人陆欣然介绍，母船国产化率超过90%，核心的运动补偿栈桥由省内企业研制。",
 "目前，江苏海上风电累计并网装机容量约占全国四分之一。业内人士认为，运维母船的投用，将有效降低深远海风电场的运维成本，为我省海上风电向深远海发展提供保障。",
 ]))

# vc-18 江苏 TV site (荔枝网-like), video news, 2022; "记者：" in text tail, broadcast transcript
A(dict(id="vc-18", kind="media", lang="zh", mode="div",
 title="盐城丹顶鹤保护区迎来今冬首批越冬丹顶鹤",
 authors=["王一帆", "许峰"], time="2023-11-02 18:33:07",
 css=""".tv-hd{background:#111;color:#fff;padding:14px 40px;display:flex;gap:30px}.tv-hd .logo{color:#00c3ff;font-weight:bold;font-size:22px}
.tv-main{display:flex;width:1200px;margin:20px auto}.tv-l{width:820px}.tv-r{width:340px;margin-left:40px}.player{height:420px;background:#000;color:#666;text-align:center;line-height:420px}
.tv-l h1{font-size:26px}.tv-meta{color:#999;font-size:13px}.para{font-size:16px;line-height:1.9;margin:10px 0}.tv-ft{background:#111;color:#777;font-size:12px;text-align:center;padding:20px}""",
 tpl="""<div class="tv-hd"><span class="logo">荔枝网</span><a href="#">首页</a><a href="#">新闻</a><a href="#">直播</a><a href="#">江苏卫视</a><a href="#">城市频道</a><a href="#">综艺</a><a href="#">荔枝新闻</a><input type="text" placeholder="搜索"></div>
<div class="tv-main"><div class="tv-l">
<div class="player">视频加载中…… <span>00:00 / 02:16</span> <span>播放</span> <span>全屏</span></div>
<h1>{TITLE}</h1>
<div class="tv-meta">荔枝新闻　2023-11-02 18:33:07　播放量 3.2万　<a href="#">举报</a></div>
<div class="tv-meta">栏目：江苏新闻　｜　分享：<a href="#">微信</a> <a href="#">微博</a></div>
{BODY}
<div class="ed">责任编辑：唐可欣</div>
</div>
<div class="tv-r"><h3>相关视频</h3><p>02:01 苏州太湖迎来候鸟迁徙高峰</p><p>01:45 洪泽湖湿地观鸟季开启</p><p>03:12 【江苏新闻】全文</p><h3>热门直播</h3><p>江苏卫视 正在直播</p></div></div>
<div class="tv-ft">江苏省广播电视总台（集团）版权所有<br>信息网络传播视听节目许可证：1003033　苏ICP备11041457号-2　苏公网安备32010602010281号</div>""",
 body=[
 "（导语）立冬将至，位于盐城的江苏盐城湿地珍禽国家级自然保护区迎来了今冬第一批越冬丹顶鹤。",
 "11月1日上午，保护区工作人员在核心区巡护时，发现3只丹顶鹤在芦苇荡中觅食，这比去年首次监测到丹顶鹤的时间提前了5天。",
 "（同期声）保护区管理处科研科科长 吕士成：今年北方降温比较早，丹顶鹤南迁的时间也相应提前了。接下来一个月，会有大批丹顶鹤陆续飞抵这里。",
 "据了解，盐城湿地是全球最大的野生丹顶鹤越冬地，每年在此越冬的野生丹顶鹤约占全球迁徙种群的80%。为迎接“贵客”，保护区今年新增了12处人工湿地和200多亩鹤类食源地，并在核心区安装了40套高清监控设备，实现24小时不间断监测。",
 "保护区工作人员提醒，观鸟爱好者和游客要在指定区域观赏，不要进入核心区，更不要投喂、惊扰丹顶鹤。",
 "~ （记者：王一帆 许峰）",
 ]))

# vc-19 江苏 evening paper site (扬子晚报/紫牛-like), 2020; "文/" byline, 原标题 line, subheadings
A(dict(id="vc-19", kind="media", lang="zh", mode="p",
 title="凌晨三点的南京菜场，有人在为城市“备餐”",
 authors=["汪洁", "陶冉"], time="2024/01/18 08:30",
 css=""".yz-nav{background:#ff6a00;color:#fff;padding:10px 60px}.yz-nav a{color:#fff;margin:0 10px}.yz-box{width:900px;margin:30px auto}
.yz-box h1{font-size:32px;font-weight:800}.yz-line{display:flex;gap:16px;color:#999;font-size:13px}.yz-box p{font-size:17px;line-height:1.9}
.yz-side{width:900px;margin:auto}.yz-ft{text-align:center;background:#f4f4f4;padding:20px;font-size:12px}""",
 tpl="""<div class="yz-nav"><b>扬子晚报网</b><a href="#">首页</a><a href="#">南京</a><a href="#">江苏</a><a href="#">紫牛新闻</a><a href="#">财经</a><a href="#">教育</a><a href="#">健康</a><a href="#">扬眼</a></div>
<div class="yz-box">
<p class="crumb">首页 › 紫牛新闻 › 正文</p>
<h1>{TITLE}</h1>
<div class="yz-line"><span>2024/01/18 08:30</span><span>扬子晚报网</span><span>阅读：12.6万</span></div>
<p class="by">扬子晚报/紫牛新闻记者 汪洁 陶冉/文 杨帆/摄</p>
{BODY}
<p class="yz-ed">校对 李洁　编辑 朱亚兰</p>
</div>
<div class="yz-side"><h3>紫牛推荐</h3><ol><li>在南京开了30年修鞋铺，他说还想再干10年</li><li>地铁末班车上的“夜归人”</li><li>外卖骑手的一天：跑了146公里</li></ol></div>
<div class="yz-ft">扬子晚报 版权所有 © 2024<br>苏ICP备10094917号-1　互联网新闻信息服务许可证：32120170004<br>违法和不良信息举报：025-96060</div>""",
 body=[
 "凌晨3点，大多数南京人还在睡梦中，位于江宁区的众彩农副产品批发市场已是灯火通明。一辆辆满载蔬菜的货车驶入，叉车穿梭，吆喝声此起彼伏。",
 "## “别人睡觉，我们上班”",
 "48岁的菜商周红梅已经在这里干了17年。她的摊位主要卖山东寿光运来的黄瓜和西红柿，每天凌晨1点到市场，要一直忙到早上8点。“小饭店老板、菜场摊主都是这个点来拿货，来晚了好货就没了。”",
 "记者看到，周红梅的手机里有一个200多人的客户群，不少老客户提前在群里下单，她按单配货，再由跑腿小哥送到各个菜场。",
 "## 一夜卖出六千吨菜",
 "市场管理方提供的数据显示，春节前这段时间，市场每天蔬菜交易量约6000吨，比平时多出三成左右，供应南京主城区约七成的蔬菜。",
 "“价格总体稳定，叶菜类因为降温略有上涨。”市场信息部负责人介绍，市场已储备冬储菜1.2万吨，确保春节期间市民的“菜篮子”拎得稳。",
 "天色渐亮，周红梅的摊位只剩下零星几箱黄瓜。她揉了揉眼睛说：“再坚持几天，等过了年，带孩子回老家看看。”",
 ]))

# vc-20 西藏 central media site (中国西藏网-like), 2019; 来源 = 西藏日报, 作者 field holds reporter
A(dict(id="vc-20", kind="media", lang="zh", mode="p",
 title="那曲：高原牧区首个智慧牧场投入运营",
 authors=["旦增塔杰", "李梅英"], time="2024-07-09 09:17:22",
 css=""".tb-top{background:#0e4d92;color:#fff;padding:6px 50px;font-size:12px}.tb-logo{padding:20px 50px;font-size:30px;color:#0e4d92}
.tb-nav{background:#1565c0}.tb-nav a{color:#fff;padding:10px 14px;display:inline-block}.tb-c{width:1000px;margin:auto}
.tb-c h1{font-size:26px;text-align:center}.tb-mt{text-align:center;color:#777;font-size:13px;border-bottom:1px solid #ddd;padding:6px}
.tb-c p{font-size:16px;line-height:2;text-indent:2em}.tb-ft{background:#eee;padding:16px;text-align:center;font-size:12px}""",
 tpl="""<div class="tb-top">中国西藏网 <a href="#">藏文</a> | <a href="#">English</a> | <a href="#">手机版</a></div>
<div class="tb-logo">中国西藏网 <small>www.tibet-cn.example</small></div>
<div class="tb-nav"><a href="#">首页</a><a href="#">时政</a><a href="#">西藏</a><a href="#">涉藏州县</a><a href="#">人文</a><a href="#">旅游</a><a href="#">图片</a><a href="#">专题</a></div>
<div class="tb-c">
<div>当前位置：<a href="#">首页</a> &gt; <a href="#">西藏</a> &gt; <a href="#">经济</a></div>
<h1>{TITLE}</h1>
<div class="tb-mt">时间：2024-07-09 09:17:22　来源：西藏日报　作者：旦增塔杰 李梅英</div>
{BODY}
<p class="zr" style="text-align:right">[责任编辑：格桑]</p>
<div class="xg"><b>相关阅读：</b><ul><li><a href="#">西藏牦牛产业产值突破百亿元</a></li><li><a href="#">那曲市草原生态保护补助奖励资金全部兑现</a></li></ul></div>
</div>
<div class="tb-ft">主办单位：中国藏学研究中心（示例）　京ICP备07502651号　京公网安备11010802021466号<br>网上有害信息举报：010-64932166</div>""",
 body=[
 "7月6日，位于那曲市色尼区的高原牧区首个智慧牧场正式投入运营。牧场内，500头牦牛佩戴着电子耳标，管理人员通过手机就能实时查看每头牦牛的位置、体温和采食情况。",
 "“牦牛在哪里吃草、有没有生病，大屏上一目了然。”牧场负责人次仁罗布说，过去牧民要骑马翻山寻找走散的牦牛，现在通过定位系统几分钟就能找到。",
 "据介绍，该牧场由色尼区与区内一家农牧企业合作建设，总投资3800万元，建有标准化暖棚、饲草料加工车间和牦牛奶加工生产线，采取“企业+合作社+牧户”模式运营，带动周边3个村186户牧民入股分红。",
 "“去年我家入股了20头牦牛，年底分红拿到了1.2万元，比自己放牧划算。”牧民达娃卓玛笑着说。",
 "那曲市农业农村局相关负责人表示，下一步将总结推广智慧牧场建设经验，力争到2026年在全市建成10个智慧牧场，推动牦牛产业提质增效。",
 ]))

# vc-21 西藏 provincial news site reprinting 新华社 wire; dateline byline in first paragraph; 2013 layout
A(dict(id="vc-21", kind="media", lang="zh", mode="indent",
 title="拉萨至林芝铁路沿线新建5座光伏电站全部并网",
 authors=["刘洪明", "白玛朗杰"], time="2024年12月05日 20:14",
 css="""body{background:#fdf6e3;margin:0}.xz-w{width:980px;margin:0 auto;background:#fff}.xz-b{background:#8e1b1b;height:96px;color:#fff;font-size:30px;padding:0 20px;line-height:96px}
.xz-n{background:#a52a2a;height:34px}.xz-n a{color:#fff;line-height:34px;padding:0 11px}.xz-l{float:left;width:680px;padding:14px}.xz-r{float:right;width:260px;padding:14px}
.xz-t{font-size:24px;font-weight:bold;text-align:center;margin:14px 0}.xz-i{text-align:center;font-size:12px;color:#888}.xz-x p{line-height:28px;font-size:15px}
.clr{clear:both}.xz-f{background:#8e1b1b;color:#fff;text-align:center;font-size:12px;padding:12px}""",
 tpl="""<div class="xz-w">
<div class="xz-b">中国西藏新闻网 <small style="font-size:14px">xzxw.example</small></div>
<div class="xz-n"><a href="#">首页</a><a href="#">西藏新闻</a><a href="#">今日关注</a><a href="#">地市新闻</a><a href="#">国内新闻</a><a href="#">社会</a><a href="#">旅游</a><a href="#">西藏日报</a></div>
<div class="xz-l">
<div class="loc">您现在的位置：<a href="#">首页</a> &gt; <a href="#">西藏新闻</a> &gt; 正文</div>
<div class="xz-t">{TITLE}</div>
<div class="xz-i">2024年12月05日 20:14　　来源：新华网　　<a href="#">手机看新闻</a></div>
<div class="xz-x">
{BODY}
</div>
<div class="bj">【责任编辑：次旦卓嘎】</div>
<div class="qr"><img alt="中国西藏新闻网微信" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"> 扫描二维码关注中国西藏新闻网微信</div>
</div>
<div class="xz-r"><b>图片新闻</b><p><img alt="雪后布达拉宫" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"><br>雪后布达拉宫</p><b>排行榜</b><p>1 西藏冬游季正式启动<br>2 拉萨新增3条公交线路<br>3 日喀则机场航线增至20条</p></div>
<div class="clr"></div>
<div class="xz-f">西藏日报社主办 版权所有：中国西藏新闻网 未经授权禁止复制或建立镜像<br>藏ICP备05000023号 藏公网安备54010202000001号 新闻热线：0891-6595236</div>
</div>""",
 body=[
 "新华社拉萨12月5日电（记者刘洪明、白玛朗杰）记者从国网西藏电力有限公司获悉，拉萨至林芝铁路沿线新建的5座光伏电站日前全部实现并网发电，总装机容量42万千瓦，年均发电量约6.8亿千瓦时。",
 "这5座光伏电站分布在山南市桑日县、加查县和林芝市朗县境内，海拔均在3200米以上。由于高原日照时间长、太阳辐射强，电站年等效利用小时数比内地同类电站高出约40%。",
 "“电站投运后，可为拉林铁路沿线牵引供电提供清洁电力补充，每年可节约标准煤约20万吨，减排二氧化碳约55万吨。”国网西藏电力有限公司发展部负责人说。",
 "为克服高寒缺氧、昼夜温差大等不利条件，建设单位采用了耐低温组件和智能跟踪支架，并在电站配套建设了储能设施，以平抑光伏发电的波动。",
 "近年来，西藏加快推进清洁能源基地建设。截至目前，全区电力总装机容量达到约680万千瓦，其中清洁能源装机占比超过九成。",
 ]))

# vc-22 English page of a 重庆 outlet (iChongqing-like), 2024 responsive; "By" names
A(dict(id="vc-22", kind="media", lang="en",
 title="Chongqing's Night Markets Draw Record Crowds as Summer Tourism Heats Up",
 authors=["Liu Yan", "Daniel Moore"], time="Jul 22, 2024 18:45",
 mode="p", htag="h2",
 css="""body{margin:0;font-family:Georgia,serif;color:#1a1a1a}.ic-top{display:flex;justify-content:space-between;padding:14px 5%;background:#002b49;color:#fff}
.ic-top nav a{color:#fff;margin-left:18px;font-family:Arial}.story{max-width:740px;margin:40px auto;padding:0 16px}.kicker{font-family:Arial;color:#c8102e;text-transform:uppercase;font-size:13px}
.story h1{font-size:36px;line-height:1.2}.byline{font-family:Arial;font-size:14px;color:#555}.story p{font-size:19px;line-height:1.7}.story h2{font-size:22px}
.cap{font-family:Arial;font-size:13px;color:#666}.ic-ft{background:#002b49;color:#aac;padding:30px 5%;font-family:Arial;font-size:12px}""",
 tpl="""<header class="ic-top"><strong>iChongqing</strong><nav><a href="#">News</a><a href="#">Business</a><a href="#">Culture</a><a href="#">Travel</a><a href="#">Video</a><a href="#">中文</a></nav></header>
<article class="story">
<div class="kicker">Travel · Local</div>
<h1>{TITLE}</h1>
<div class="byline">By Liu Yan and Daniel Moore | iChongqing | Updated: Jul 22, 2024 18:45</div>
<div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
{BODY}
<p class="tagline">Editor: Zhang Rui</p>
</article>
<section class="story"><h3>Related Stories</h3><ul><li><a href="#">Hongyadong Lights Up for Summer Festival</a></li><li><a href="#">New Cable Car Route Links Nan'an and Yuzhong</a></li></ul></section>
<footer class="ic-ft"><p>Copyright © 2024 iChongqing. All rights reserved.</p><p>渝ICP备09012813号-8 | Contact us: ichongqing@example.cn</p></footer>""",
 body=[
 "Visitors are packing Chongqing's night markets this summer, with the city's culture and tourism commission reporting a record 3.8 million night-time visits across its 28 major night economy zones in the first three weeks of July.",
 "! Crowds at a night market in Chongqing | Tourists sample street food at Guanyinqiao's night market on July 20. (Photo/iChongqing)",
 "At the Jiefangbei pedestrian street, food stalls selling spicy skewers, iced jelly and grilled fish stay open until 2 a.m. on weekends. \"It's cooler at night, and the city looks amazing with all the lights,\" said Wang Xin, a university student visiting from Guangzhou.",
 "## Beyond hotpot",
 "Local officials say the city has been working to diversify what visitors do after dark. New additions this year include riverside light shows, late-night museum openings and open-air concerts along the Yangtze.",
 "\"We want people to stay an extra night, not just pass through,\" said Tang Wei, deputy director of the commission's marketing office.",
 "Hotel occupancy in the central districts rose to 86 percent in mid-July, up 9 percentage points from a year earlier, according to commission data.",
 ]))

# vc-23 English page, wire copy with only a source (no byline) -> authors []
A(dict(id="vc-23", kind="media", lang="en", mode="div",
 title="Xizang Opens First High-Altitude Seed Bank for Highland Barley",
 authors=[], time="2024-10-14 10:26:03",
 css=""".en-h{background:#7b1113;color:#fff;padding:18px 40px;font-family:Arial}.en-h a{color:#fdd;margin-right:14px}.en-w{width:960px;margin:20px auto;font-family:Arial}
.en-w h1{font-size:30px}.en-info{color:#888;font-size:13px;border-bottom:1px solid #ddd;padding-bottom:8px}.para{font-size:16px;line-height:1.8;margin:12px 0}
.en-f{border-top:3px solid #7b1113;font-size:12px;color:#666;padding:20px 40px}""",
 tpl="""<div class="en-h"><b>eng.tibet-news.example</b> <a href="#">Home</a><a href="#">News</a><a href="#">Economy</a><a href="#">Culture</a><a href="#">Travel</a><a href="#">Photos</a> <input type="text" placeholder="Search"></div>
<div class="en-w">
<div class="loc">Home &gt; News &gt; Society</div>
<h1>{TITLE}</h1>
<div class="en-info">Source: Xinhua | 2024-10-14 10:26:03 | Editor: Tenzin</div>
{BODY}
<div class="font">Font size: <a href="#">A+</a> <a href="#">A-</a> | <a href="#">Print</a></div>
<div class="rel"><b>Related News:</b><br><a href="#">Lhasa sees bumper highland barley harvest</a><br><a href="#">Nyingchi promotes forest economy</a></div>
</div>
<div class="en-f">Copyright © Tibet News (example). All Rights Reserved. 藏ICP备05000023号-3</div>""",
 body=[
 "LHASA, Oct. 13 (Xinhua) -- Xizang Autonomous Region has opened its first high-altitude seed bank dedicated to highland barley, a staple crop for local farmers and herders, regional agricultural authorities said Sunday.",
 "Located in Lhasa at an altitude of about 3,650 meters, the seed bank can store up to 60,000 germplasm samples at a constant temperature of minus 18 degrees Celsius. It currently holds more than 12,000 samples of highland barley, wheat, rapeseed and forage grasses collected across the plateau.",
 "\"The cold, dry climate of the plateau is naturally suited for seed preservation, which helps cut energy costs,\" said Nyima Tashi, a researcher with the regional academy of agriculture and animal husbandry sciences.",
 "The seed bank will support the breeding of new varieties that are more resistant to cold, drought and disease, helping to secure food supply in the region, according to the academy.",
 "Highland barley is planted on more than 1.4 million mu (about 93,333 hectares) in Xizang, accounting for over 70 percent of the region's grain acreage.",
 ]))

# vc-24 辽宁 TV station site (辽宁广播电视台-like), 2017; transcript with 记者 line; date only in Chinese form
A(dict(id="vc-24", kind="media", lang="zh", mode="p",
 title="沈阳：老工业厂房变身“文创街区”",
 authors=["高远", "马骁骁"], time="2024年3月26日",
 css=""".lntv-t{background:#1a237e;color:#fff;padding:12px 40px}.lntv-m a{display:inline-block;padding:10px;background:#283593;color:#fff}.lntv-c{width:1000px;margin:auto}
.vbox{background:#000;color:#999;height:360px}.lntv-c h2{font-size:24px}.lntv-c p{font-size:15px;line-height:1.9}.lntv-f{background:#1a237e;color:#ccd;text-align:center;font-size:12px;padding:16px}""",
 tpl="""<div class="lntv-t">辽宁广播电视台 · 北方频道网 <span style="float:right"><a href="#">直播</a> <a href="#">点播</a> <a href="#">登录</a></span></div>
<div class="lntv-m"><a href="#">首页</a><a href="#">辽宁卫视</a><a href="#">都市频道</a><a href="#">新闻</a><a href="#">广播</a><a href="#">节目单</a></div>
<div class="lntv-c">
<p>首页 &gt; 新闻 &gt; 辽宁新闻联播</p>
<div class="vbox">▶ 辽宁新闻联播 20240326</div>
<h2>{TITLE}</h2>
<p class="m">2024年3月26日　来源：辽宁新闻联播　点击：5210</p>
{BODY}
<p class="ed">编辑：于洋　审核：刘伟</p>
<div class="more"><h3>本期节目单</h3><ul><li>省委常委会召开会议</li><li>辽宁春播备耕有序推进</li><li>沈阳：老工业厂房变身“文创街区”</li><li>大连港新开通两条国际航线</li></ul></div>
</div>
<div class="lntv-f">辽宁广播电视台 版权所有　辽ICP备05001372号-1　网络视听许可证0602009号<br>地址：沈阳市和平区青年大街180号</div>""",
 body=[
 "【导语】在沈阳市铁西区，一片建于上世纪50年代的老工业厂房经过改造，变身为集文创、展览、餐饮于一体的文创街区，成为年轻人打卡的新去处。",
 "走进这片街区，红砖厂房、高大的钢结构天车和锈迹斑斑的管道被完整保留下来，与咖啡馆、设计工作室、小剧场融为一体。街区负责人介绍，改造坚持“修旧如旧”，最大限度保留工业遗存。",
 "【同期】游客 孙雨桐：这里的老厂房特别有味道，拍照很出片，周末经常和朋友来逛。",
 "目前，街区已入驻文创企业和商户96家，今年以来接待游客超过40万人次。铁西区计划今年再改造两处老厂房，打造工业文化旅游线路。",
 "【同期】铁西区文旅局副局长 何立群：我们希望把工业遗存变成城市的文化名片，让老厂房重新“活”起来。",
 "~ 记者：高远 马骁骁",
 ]))
