from lib import page, doc, nav, ul, img, GIF

S = "self-media"

# wz-25 头条号, 陕西 account, no person named -> account name
T = "宝鸡这座古镇火了！周末游客超3万人次"
page("wz-25", S, T, ["宝鸡城事通"], "2025-04-14 21:36", [
    "最近，宝鸡凤县的凤州古镇在短视频平台上彻底火了。上周末两天，古镇接待游客超过3万人次，周边停车场一位难求。",
    "凤州古镇位于嘉陵江畔，始建于西魏时期，距今已有1500多年历史。古镇保留了大量明清风格建筑，青石板路、木质阁楼、临水商铺，处处透着古朴韵味。",
    ("img", "凤州古镇夜景"),
    "到了晚上，古镇的灯光秀和非遗表演更是吸引了大批游客。羌族歌舞、血社火、凤县剪纸……一场场演出让人目不暇接。",
    "据当地文旅部门介绍，为迎接客流高峰，古镇增设了临时停车场和交通引导员，开通了县城至古镇的旅游专线，并在主要路口设置了游客咨询点。",
    "“本来只是路过，没想到这么好玩，决定再住一晚。”来自西安的游客小刘说。",
    "小编提醒：周末游客较多，建议大家错峰出行，提前预约停车位。你去过凤州古镇吗？欢迎在评论区留言分享~",
], lambda b: doc(T + " - 今日头条", """
body{margin:0;font:17px/1.8 "PingFang SC";color:#222}.hd{height:56px;border-bottom:1px solid #eee;display:flex;align-items:center;gap:20px;padding:0 24px}
.main{width:680px;margin:24px auto}.main h1{font-size:28px}.meta{color:#999;font-size:14px}.meta span{margin-right:10px}
.side{position:absolute;right:40px;top:80px;width:260px}.pic{text-align:center}""", f"""
<div class="hd"><b>今日头条</b><a href="#">下载头条APP</a><a href="#">添加到桌面</a><input placeholder="搜索站内资讯、视频或用户"><a href="#">登录</a></div>
<div class="main"><h1>{T}</h1>
<div class="meta"><span>原创</span><span>2025-04-14 21:36</span><span>·</span><span>宝鸡城事通</span><span>陕西</span></div>
{b}
<p style="color:#999;font-size:13px">举报/反馈</p>
<div>1.2万 阅读 · 326 评论 · 1890 赞</div>
<div>{ul(["宝鸡一季度GDP出炉，增速亮眼","西安至宝鸡城际铁路最新进展"], head="相关推荐")}</div></div>
<div class="side">{img("头像")}<p><b>宝鸡城事通</b></p><p>优质城市领域创作者</p><p>12.6万粉丝</p><a href="#">关注</a></div>
<div style="font-size:12px;color:#999;text-align:center">© 2025 今日头条 中国互联网举报中心 京ICP证140141号</div>"""),
    features="头条号: account name as author (no person named); IP location '陕西' next to author; 小编 closing; engagement counts", site="头条号 (invented account)")

# wz-26 百家号 吉林 account with named person in text 文 | xxx
T = "吉林大米抢“鲜”上市背后的科技力量"
page("wz-26", S, T, ["赵思远"], "2025-04-15 12:08", [
    ("x", "<p>文 | 赵思远</p>"),
    "在吉林省松原市前郭县的一家智能育秧工厂里，一排排秧盘整齐码放，嫩绿的秧苗在温控系统下茁壮成长。育秧工厂负责人告诉笔者，通过智能化育秧，秧苗出苗率提高了10个百分点，育秧周期缩短了5天。",
    ("h", "从“看天吃饭”到“知天而作”"),
    "过去，东北水稻育秧受气温影响大，倒春寒常常导致秧苗受冻。如今，智能育秧大棚配备了温湿度传感器和自动卷帘系统，农户用手机就能实时掌握棚内情况。",
    ("h", "品种更新换代加快"),
    "吉林省农业科学院近年来选育出多个优质食味水稻新品种，在全省推广面积超过300万亩。这些品种米粒晶莹、口感软糯，深受消费者青睐。",
    "业内人士认为，科技正成为吉林大米品牌建设的“硬支撑”。未来，随着数字农业的深入推进，吉林大米将在全国市场占据更重要的位置。",
], lambda b: doc(T, """
body{margin:0;font:18px/1.9 Arial,"PingFang SC";background:#f5f5f5}.top{background:#fff;height:60px;padding:0 40px;display:flex;align-items:center;gap:16px}
.art{width:640px;margin:20px auto;background:#fff;padding:30px}.art h2{font-size:28px}.au{display:flex;gap:10px;color:#999;font-size:14px}""", f"""
<div class="top"><b>百度</b><span>百家号</span><a href="#">登录</a></div>
<div class="art"><h2>{T}</h2>
<div class="au">{img("头像")}<div><b>东北粮仓观察</b><br><span>2025-04-15 12:08</span><span>吉林</span><span>优质三农领域创作者</span></div><a href="#">+关注</a></div>
{b}
<p style="color:#aaa;font-size:13px">本文来自作者[东北粮仓观察]原创，版权归作者所有</p>
<div>举报/反馈</div>
{ul(["黑土地保护性耕作面积再扩大","东北春播大豆种植意向调查"], head="为你推荐")}</div>
<div style="text-align:center;font-size:12px;color:#999">©2025 Baidu 京ICP证030173号</div>"""),
    features="百家号: account 东北粮仓观察 but person named by '文 | 赵思远' line (person is author); account avatar block; 原创 notice", site="百家号 (invented account)")

# wz-27 网易号 广西, 原标题 + 作者 in body top, 来源 line
T = "南宁“五象新区”再添一座大型城市公园"
page("wz-27", S, T, ["罗晓芸", "黄祖恩"], "2025-04-16 09:47:22", [
    "日前，位于南宁五象新区的那考河湿地公园二期正式对市民开放。公园总面积约45公顷，建有湿地观鸟区、儿童游乐区、滨水步道等多个功能区。",
    "公园在设计上充分利用原有河道和湿地，采用“海绵城市”理念，建设雨水花园、下沉式绿地等设施，每年可消纳雨水约30万立方米。",
    "园内还设置了自然科普径和湿地科普馆，通过图文展板、互动装置等方式，向市民介绍湿地动植物知识。据统计，公园内已观测到白鹭、翠鸟等鸟类40余种。",
    "开园首日，不少市民带着孩子前来游玩。“离家只有10分钟路程，以后周末又多了一个好去处。”市民黄先生说。",
    "为方便市民游园，公园周边新设公共停车位300余个，并开通了接驳公交线路。",
    "据了解，今年南宁市计划新建改造公园绿地20处，进一步提升城市宜居品质。",
    ("x", "<p>本文来源：南宁晚报　作者：罗晓芸 黄祖恩</p>"),
], lambda b: doc(T + "|网易", """
body{margin:0;font:16px/1.9 "Microsoft YaHei"}.nt{background:#fff;border-bottom:1px solid #ddd;padding:8px 30px}.nt b{color:#d2261a}
.post{width:680px;margin:30px auto}.post_title{font-size:30px;font-weight:bold}.post_info{color:#888;font-size:14px}""", f"""
<div class="nt"><b>网易</b> {nav(["首页","新闻","体育","娱乐","财经","汽车","科技","房产"], cls="n")} <a href="#">登录</a></div>
<div class="post"><div class="post_title">{T}</div>
<div class="post_info">2025-04-16 09:47:22　来源: <a href="#">南宁晚报</a>　广西</div>
<div class="yt">原标题：那考河湿地公园二期开园 南宁城区又添“绿肺”</div>
{b}
<p>本文为网易号作者上传，网易仅提供信息存储服务。</p>
<div>{img("网易号头像")}<b>南宁晚报</b> 网易号 <a href="#">关注</a></div>
{ul(["广西今年将建设口袋公园300个","南宁地铁5号线二期最新进展"], head="相关推荐")}</div>
<div style="text-align:center;font-size:12px">网易公司版权所有 ©1997-2025</div>"""),
    features="网易号 reprint: 原标题 line, source + 作者 line at end of body (not body); account is the newspaper, named persons are authors", site="网易号 (invented)")

# wz-28 搜狐号 安徽, account only, 返回搜狐 查看更多
T = "黄山毛峰开采！今年明前茶价格有变化"
page("wz-28", S, T, ["徽州茶事"], "2025-04-14 17:25", [
    "清明前后，正是黄山毛峰采制的黄金期。在黄山区汤口镇的茶园里，茶农们天不亮就上山采茶，赶在露水干之前把最嫩的芽头摘下来。",
    "采回的鲜叶要经过摊放、杀青、揉捻、烘焙等多道工序，才能制成成品毛峰。",
    "今年黄山毛峰明前茶开采时间比去年稍晚几天。受前期低温影响，头采茶产量略有下降，价格小幅上涨。特级明前毛峰收购价每斤在800元至1500元之间。",
    "据了解，黄山毛峰主产区在黄山区、歙县、徽州区等地，核心产区海拔多在600米以上，云雾缭绕、土壤肥沃，造就了毛峰独特的品质。今年当地还推出了茶园研学、采茶体验等活动，吸引不少游客前来。",
    ("h", "怎么挑选正宗黄山毛峰？"),
    ("ol", ["看外形：芽头肥壮，形似雀舌，白毫显露；", "闻香气：清香高长，带有兰花香；", "品滋味：入口鲜醇，回味甘甜。"]),
    "大家今年买到新茶了吗？",
], lambda b: doc(T + "_搜狐网", """
body{margin:0;font:16px/1.8 "PingFang SC"}.hd{background:#fff;padding:10px 40px;border-bottom:1px solid #eee}.hd b{color:#ffd200;background:#333;padding:2px 6px}
.ct{width:660px;margin:20px auto}.ct h1{font-size:28px}.time{color:#999}.user{position:absolute;left:40px;top:90px;width:200px}""", f"""
<div class="hd"><b>SOHU</b> 搜狐　{nav(["新闻","体育","汽车","房产","旅游","教育","时尚","科技","财经","娱乐","更多"], cls="n")}</div>
<div class="user">{img("头像")}<p>徽州茶事</p><p>文章 1286　总阅读 356万</p><a href="#">查看TA的文章&gt;</a></div>
<div class="ct"><h1>{T}</h1>
<div class="time">2025-04-14 17:25　发布于：安徽省</div>
{b}
<p><a href="#">返回搜狐，查看更多</a></p>
<p>平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</p>
<div>阅读 (2316)</div>
{ul(["祁门红茶迎来春茶上市季","太平猴魁核心产区开采"], head="推荐阅读")}</div>"""),
    features="搜狐号: account-only author in side card above the article; '发布于：安徽省'; '返回搜狐，查看更多' and platform statement", site="搜狐号 (invented)")

# wz-29 微信公众号 霍邱发布, 作者 + 来源 + 编辑 lines
T = "霍邱这个乡镇入选省级特色小镇名单"
page("wz-29", S, T, ["李雯"], "2025年4月17日 18:30", [
    "近日，安徽省发展改革委公布第三批省级特色小镇创建名单，霍邱县冯井镇凭借“小龙虾+稻米”特色产业成功入选。",
    "近年来，冯井镇大力发展稻虾综合种养，全镇稻虾共作面积达到8.6万亩，年产小龙虾1.2万吨，“冯井龙虾”已成为当地一张亮丽名片。",
    "为提升产业附加值，冯井镇引进了2家小龙虾加工企业，建成冷链仓储中心1座，产品销往合肥、南京、上海等地。每年5月举办的龙虾节，还吸引了大批游客前来品尝。",
    "“一田两用、一水双收，一亩地能多挣2000多元。”冯井镇稻虾养殖大户王德友说。",
    "目前，全镇从事小龙虾养殖、加工、销售的群众超过5000人，稻虾产业年综合产值突破10亿元。",
    "下一步，冯井镇将以创建省级特色小镇为契机，延伸小龙虾加工、冷链物流、餐饮旅游等产业链条，推动一二三产业融合发展。",
], lambda b: doc(T, """
body{margin:0;background:#fff;font:17px/1.75 -apple-system,"PingFang SC"}.rich_media{max-width:677px;margin:0 auto;padding:20px 16px}
.rich_media_title{font-size:22px;line-height:1.4}.rich_media_meta_list{font-size:15px;color:rgba(0,0,0,.3)}.rich_media_meta_list em,.rich_media_meta_list a,.rich_media_meta_list span{margin-right:8px;font-style:normal}
section{margin:0 0 16px}.qr{text-align:center;color:#888;font-size:14px}""", f"""
<div class="rich_media"><h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span>原创</span><span>李雯</span><a href="#">霍邱发布</a><em>2025年4月17日 18:30</em><em>安徽</em></div>
{b}
<section style="color:#888;font-size:14px">来源：霍邱县融媒体中心</section>
<section style="color:#888;font-size:14px">编辑：陈佳　审核：刘强</section>
<div class="qr">{img("二维码")}<p>长按识别二维码关注我们</p></div>
<p>预览时标签不可点</p>
<p>微信扫一扫<br>关注该公众号</p>
<p><a href="#">继续滑动看下一个</a></p>
<p>霍邱发布　<a href="#">向上滑动看下一个</a></p></div>"""),
    style="sec", features="微信公众号 page: author name then account name glued in meta row; section paragraphs; 来源/编辑/审核 sections; WeChat footer furniture", site="微信公众号 (invented)")

# wz-30 微博头条文章 吉林, account = person? no: account only
T = "长春今年将新增15处口袋公园"
page("wz-30", S, T, ["长春城事"], "2025-4-16 22:10", [
    "#长春身边事# 记者从长春市城管执法局获悉，今年长春市将利用城市边角地、闲置地新建15处口袋公园，让市民推窗见绿、出门见景。",
    "这15处口袋公园分布在朝阳区、南关区、宽城区、二道区、绿园区等城区，单个面积在400平方米至3000平方米之间，将配建休闲座椅、健身器材和儿童游乐设施。",
    "在选址上，城管部门充分征求了周边居民意见，优先考虑人口密集、绿地较少的老旧小区周边区域。部分口袋公园还将设置宠物活动区和夜间照明设施。",
    "去年，长春已建成口袋公园22处，受到市民普遍欢迎。按计划，今年的口袋公园将于9月底前全部完工。",
    "城管部门表示，施工期间将尽量减少对周边居民的影响，并设置围挡和安全提示标志。",
    "你希望家门口的口袋公园有哪些设施？评论区说说吧！",
], lambda b: doc(T, """
body{margin:0;background:#f2f2f5;font:16px/1.8 "Helvetica Neue"}.top{background:#fff;padding:10px 30px}.top b{color:#e6162d}
.wrap{width:700px;margin:20px auto;background:#fff;padding:30px}.title{font-size:26px;font-weight:bold}.head{display:flex;gap:10px;align-items:center;color:#808080;font-size:13px}""", f"""
<div class="top"><b>微博</b>　<input placeholder="大家都在搜：春日踏青"> <a href="#">首页</a> <a href="#">视频</a> <a href="#">发现</a> <a href="#">游戏</a> <a href="#">登录</a> <a href="#">注册</a></div>
<div class="wrap"><div class="title">{T}</div>
<div class="head">{img("头像")}<a href="#">长春城事</a><span>2025-4-16 22:10</span><span>阅读数：10万+</span></div>
{b}
<div>{img("口袋公园效果图")}</div>
<p>转发 218 ｜ 评论 456 ｜ 赞 1302</p>
{ul(["长春城事：南湖公园郁金香即将进入盛花期","长春城事：地铁6号线最新进展"], head="TA的其他文章")}</div>
<div style="text-align:center;font-size:12px;color:#999">Copyright © 2009-2025 WEIBO 北京微梦创科网络技术有限公司</div>"""),
    features="微博头条文章: account-only author; hashtag inside first paragraph; unpadded date 2025-4-16; read count", site="微博文章 (invented)")
