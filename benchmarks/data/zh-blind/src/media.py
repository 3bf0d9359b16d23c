from lib import *
SM_CSS = """
body{margin:0;font-family:"PingFang SC","Microsoft YaHei",sans-serif;color:#222;background:#fff}
a{color:#406599;text-decoration:none} ul{list-style:none;padding:0;margin:0}
.bar{height:48px;line-height:48px;border-bottom:1px solid #eee;padding:0 24px;font-size:14px}
.bar a{margin-right:18px;color:#222}
.bar .r{float:right}
.wrap{width:680px;margin:0 auto;padding:20px 0}
.side{position:absolute;right:40px;top:80px;width:260px;font-size:13px}
h1{font-size:28px;line-height:1.4}
.au{font-size:14px;color:#888;margin-bottom:20px}
.au .name{color:#222;font-weight:bold;margin-right:10px}
.av{display:inline-block;width:36px;height:36px;border-radius:18px;background:#ddd;vertical-align:middle}
.ct p{font-size:17px;line-height:1.8;margin:0 0 20px}
.ct img{width:640px;height:360px;background:#eee}
.ct .cap{text-align:center;font-size:14px;color:#999}
.stat{color:#999;font-size:14px;margin:20px 0}
.box h3{font-size:16px}
.box li{padding:6px 0;border-bottom:1px solid #f2f2f2}
.dis{font-size:12px;color:#999;background:#f8f8f8;padding:10px}
.ft{font-size:12px;color:#aaa;text-align:center;padding:20px}
"""

# ---------- zb-23 头条号: account only
title = "月薪5000在县城，为什么有人过得比一线城市还舒服？"
body = [
 "前几天回老家参加同学聚会，发现一个有意思的现象：留在县城的同学，很多人月收入也就四五千，但日子过得一点不差。",
 "我有个高中同学叫阿杰，在县里的国企上班，税后到手4800元。他老婆在镇中心小学当老师，两个人加起来一个月不到一万。可人家早早买了房，130平米，总价才52万，首付是双方父母凑的，月供2100元。",
 "更关键的是生活成本。县城菜市场里，一把青菜两块钱，一斤猪肉十四五，下馆子四个人吃饭人均不超过五十。上班骑电动车10分钟，中午还能回家吃饭睡个午觉。孩子放学有爷爷奶奶接，周末开车半小时就能去乡下钓鱼。",
 "反观我自己，在杭州一个月挣两万出头，房贷8600，通勤单程一个小时，孩子上兴趣班一年好几万，算下来每个月能存下的钱，未必比阿杰多多少。",
 "当然，县城也有县城的问题：工作机会少，收入天花板低，好的医疗和教育资源还是集中在大城市。年轻人想要往上走，很多时候还是得出去闯。",
 "说到底，舒服不舒服，看的不是收入的绝对值，而是收入和开销、期望之间的差距。你觉得呢？欢迎在评论区聊聊你的看法。",
]
h = f"""
<div class="bar"><a href="#">首页</a><a href="#">下载头条</a><a href="#">发布作品</a><span class="r"><input type="text" placeholder="搜索站内资讯、视频或用户"> <a href="#">登录</a></span></div>
<div class="wrap">
<h1>{esc(title)}</h1>
<div class="au"><span class="av"></span> <span class="name">小城老陈说事</span><span>2024-06-09 07:48</span>·<span>头条</span> <span>发布于 河南</span> <a href="#">+关注</a></div>
<div class="ct">
{ps(body[:3])}
<p><img alt=""></p>
{ps(body[3:])}
</div>
<div class="stat">举报/反馈 · <a href="#">赞 2381</a> · <a href="#">评论 1046</a> · <a href="#">收藏 219</a> · <a href="#">分享</a></div>
<div class="box"><h3>评论 1046</h3><ul><li>用户8472619：县城生活确实安逸，但是孩子教育真是个问题</li><li>不吃香菜：作者说的是实话，我在县城也是这样</li></ul><p><a href="#">查看全部评论</a></p></div>
<div class="box"><h3>相关推荐</h3>{ul(["县城婆罗门是怎么回事？","30岁离开上海回老家，一年后我后悔了吗","在县城买房，这几点一定要注意"])}</div>
</div>
<div class="ft">© 2024 今日头条 www.toutiao.com 中国互联网举报中心 京ICP证140141号 京ICP备12025439号-3 网络文化经营许可证 跟帖评论自律管理承诺书 违法和不良信息举报：400-140-2108 营业执照</div>
"""
add("zb-23","self-media","头条号, account only",doc(title+" - 今日头条",SM_CSS,h),
    title, ["小城老陈说事"], "2024-06-09 07:48", body, note="comments not body")

# ---------- zb-24 网易号: account, 来源 line with ip, 特别声明
title = "实测比亚迪秦L续航：满电从广州开到长沙还剩多少电？"
body = [
 "最近不少粉丝在后台问，秦L官方标称的纯电续航和综合续航到底能不能跑出来。正好这周要回长沙，我就开着它跑了一趟高速，给大家一个真实的数据。",
 "先交代一下测试条件：车辆是秦L DM-i 120km领先型，出发时电量100%、油箱加满，车上两个人加一个20寸行李箱，空调全程开启自动22度，高速基本跟着车流跑，巡航速度在110到120km/h之间。",
 "从广州天河出发，走京港澳高速，全程约670公里。纯电模式下跑了98公里电量降到25%，随后系统自动切换到混动模式保电。中途在韶关服务区休息了20分钟，没有充电。",
 "到达长沙岳麓区时，总里程672公里，仪表显示剩余电量23%、剩余油量约31升，全程平均油耗折算下来是3.4L/100km。这个成绩在同级混动车里算是相当能打了。",
 "体验上也有几点要说：高速120km/h时胎噪比较明显；座椅支撑不错，开了五个多小时腰不算累；L2辅助驾驶在车流稳定时很好用，但遇到加塞会偏保守。",
 "总结一句：如果你每天通勤能充电，跑长途又不想有续航焦虑，这台车值得放进购车清单。",
]
h = f"""
<div class="bar"><a href="#">网易首页</a><a href="#">应用</a><a href="#">新闻</a><a href="#">体育</a><a href="#">娱乐</a><a href="#">财经</a><a href="#">汽车</a><a href="#">科技</a><a href="#">手机</a><a href="#">女人</a><span class="r"><a href="#">登录</a><a href="#">注册免费邮箱</a></span></div>
<div class="wrap">
<h1>{esc(title)}</h1>
<div class="au">2025-03-16 18:22:41　来源: <a href="#">阿晨说车</a> 广东</div>
<div class="ct">
{ps(body)}
<p class="cap">（图片来源于网络，如有侵权请联系删除）</p>
</div>
<div class="dis">特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。<br>Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.</div>
<div class="stat"><a href="#">阿晨说车</a> 网易号 · 2.3万粉丝 <a href="#">关注</a><br>专注新能源车实测</div>
<div class="box"><h3>相关推荐</h3>{ul(["秦L和海豹06怎么选？一文说清","冬季电车续航打几折？实测告诉你","20万内最省油的家轿盘点","比亚迪3月销量出炉"])}</div>
<div class="box"><h3>热点新闻</h3>{ul(["多地出台汽车以旧换新补贴细则","小米汽车交付量再创新高","油价调整窗口今晚开启"])}</div>
</div>
<div class="ft">网易公司版权所有 ©1997-2025 <a href="#">About NetEase</a> | <a href="#">公司简介</a> | <a href="#">联系方法</a> | <a href="#">招聘信息</a> | <a href="#">客户服务</a> | <a href="#">隐私政策</a></div>
"""
add("zb-24","self-media","网易号, account named only in 来源",doc(title+"|秦L_网易订阅",SM_CSS,h),
    title, ["阿晨说车"], "2025-03-16 18:22:41", body)

# ---------- zb-25 百家号: account, 发布于 province, person named in body? no
title = "武汉东湖绿道樱花季限流预约攻略来了，这几个入口人少景美"
body = [
 "又到一年樱花季！武汉东湖樱花园今年的樱花已进入初花期，预计3月15日前后迎来盛花期，花期持续约两周。",
 "需要提醒大家的是，今年樱花园继续实行分时段预约入园，每个时段限流1.2万人。游客需提前通过“东湖风景区”微信公众号或小程序实名预约，每个身份证号每天限约一次。",
 "入园方面，樱花园有南门、北门和东门三个入口。周末南门排队最长，建议从北门进入，停车可选择磨山北门停车场；如果乘坐地铁，可以在8号线梨园站下车后换乘景区观光车。",
 "除了樱花园，东湖绿道磨山段、落雁岛附近也有不少樱花树，不需要门票，人也少很多，适合带老人孩子慢慢逛。落雁岛的早樱开得早，现在去正好。",
 "最后提醒：园内禁止攀折花枝、禁止使用无人机，拍照时注意安全，不要踏入草坪。祝大家赏樱愉快！",
]
h = f"""
<div class="bar"><a href="#">百度首页</a><span class="r"><a href="#">登录</a></span></div>
<div class="wrap">
<h1>{esc(title)}</h1>
<div class="au"><span class="av"></span> <span class="name">江城生活指南</span> <span>2023-03-08 11:26</span> <span>湖北武汉本地生活创作者</span> <a href="#">关注</a></div>
<div class="ct">
{ps(body[:2])}
<p><img alt=""></p>
{ps(body[2:])}
</div>
<div class="stat">发布于：湖北省　<a href="#">举报/反馈</a></div>
<div class="box"><h3>相关推荐</h3>{ul(["武大樱花预约开启，校外游客这样约","2023武汉赏樱地图出炉","东湖听涛景区开放时间调整"])}</div>
</div>
<div class="side"><div class="box"><h3>江城生活指南</h3><p>1.8万粉丝 · 获赞 6.4万</p><a href="#">+关注</a><h3>作者最新文章</h3>{ul(["武汉春季踏青好去处","汉口江滩灯光秀时间表"])}</div>
<div class="box"><h3>换一换 热搜榜</h3>{ul(["武汉樱花","东湖预约","热干面节"])}</div></div>
<div class="ft">©2023 Baidu <a href="#">使用百度前必读</a> <a href="#">意见反馈</a> 京ICP证030173号 京公网安备11000002000001号</div>
"""
add("zb-25","self-media","百家号, account only",doc(title,SM_CSS,h),
    title, ["江城生活指南"], "2023-03-08 11:26", body)

# ---------- zb-26 企鹅号 (Tencent content platform): person named as 作者
title = "一位乡村医生的36年：守着这间卫生室，守着全村人"
body = [
 "早上7点，贵州省黔东南州雷山县西江镇羊排村卫生室的门就开了。61岁的村医杨正荣戴上老花镜，翻开记得密密麻麻的随访本，开始了一天的工作。",
 "1988年，从卫校毕业的杨正荣回到村里，成了羊排村唯一的医生。那时村里不通公路，看病要走两个小时山路到镇上。他背着药箱走家串户，最远的一户要翻过两座山。",
 "36年里，他接生过200多个孩子，村里的高血压、糖尿病患者都有他建的健康档案。哪家老人什么时候该量血压、哪家孩子该打疫苗，他心里都有一本账。",
 "如今，村卫生室新添了心电图机和远程会诊设备，杨正荣也学会了用手机给慢病患者做线上随访。“以前是腿跑得多，现在是网跑得多。”他笑着说。",
 "杨正荣说，他最大的心愿是能有年轻医生接班。“村里人认我这张脸，但我总有干不动的一天。”",
]
h = f"""
<div class="bar"><a href="#">腾讯网</a><a href="#">企鹅号</a><span class="r"><a href="#">发文章</a> <a href="#">登录</a></span></div>
<div class="wrap">
<div style="font-size:13px;color:#999">腾讯内容开放平台</div>
<h1>{esc(title)}</h1>
<div class="au"><span class="name">黔东南零距离</span><span>企鹅号</span> <span>2020-08-19 10:03</span></div>
<div class="ct">
<p>作者：吴晓梅</p>
{ps(body[:3])}
<p><img alt="杨正荣在为村民测量血压"></p>
<p class="cap">杨正荣在为村民测量血压</p>
{ps(body[3:])}
</div>
<div class="dis">本文来自企鹅号 - 黔东南零距离媒体<br>本文仅代表作者观点，不代表腾讯立场</div>
<div class="stat"><a href="#">推荐 183</a> <a href="#">收藏</a> <a href="#">分享</a></div>
<div class="box"><h3>热文推荐</h3>{ul(["西江千户苗寨的夜景为什么这么美","黔东南：村超带火了一座城","苗族银饰锻制技艺传承人的一天"])}</div>
</div>
<div class="ft">Copyright © 1998 - 2020 Tencent. All Rights Reserved. 腾讯公司 版权所有</div>
"""
add("zb-26","self-media","企鹅号, person named in a 作者： line at body start",doc(title+"_腾讯新闻",SM_CSS,h),
    title, ["吴晓梅"], "2020-08-19 10:03", body, note="account is 黔东南零距离 but a person is named: authors = person")

WX_CSS = SM_CSS + """
.rich_media_meta{color:rgba(0,0,0,.3);font-size:15px;margin-right:8px}
.rich_media_meta_nickname a{color:#576b95}
.qr_code{position:absolute;right:60px;top:200px;width:160px;text-align:center;font-size:13px;color:#888}
.qr_code .b{width:140px;height:140px;background:#ddd;margin:0 auto}
"""

# ---------- zb-27 微信公众号: 原创 + author + account + date + place
title = "这家开了27年的面馆要搬家了，老街坊排队来吃“最后一碗”"
body = [
 "6月的最后一个周末，宁波鼓楼附近的“阿荣面馆”门口排起了长队。店门上贴着一张手写告示：因老街改造，本店7月1日起暂停营业，新店地址另行告知。",
 "面馆老板陈阿荣今年63岁，1997年从奉化来到宁波城里，租下这间不到30平方米的门面，一碗雪菜大黄鱼面一卖就是27年。",
 "“第一碗面卖4块钱，现在卖38块，味道没变过。”陈阿荣一边往锅里下面一边说。黄鱼是每天凌晨去路林市场挑的，雪菜是老家亲戚腌的，汤头要用鱼骨和猪骨熬上四个小时。",
 "排队的人里，有不少是吃了二十多年的老顾客。住在附近的王阿姨带着孙子来，“我儿子读中学的时候天天来吃，现在孙子都上中学了。”",
 "也有年轻人专程从外地赶来。在上海工作的小周说，大学时在宁波读书，每个月最奢侈的事就是来这儿吃一碗黄鱼面，“听说要搬了，无论如何要回来看看。”",
 "陈阿荣说，新店已经在找，争取年底前在附近重新开张。“只要老顾客还来，这碗面我就一直煮下去。”",
]
h = f"""
<div class="wrap">
<h1 class="rich_media_title">{esc(title)}</h1>
<div class="au"><span class="rich_media_meta" style="border:1px solid #ccc;padding:0 2px">原创</span><span class="rich_media_meta">林小溪</span><span class="rich_media_meta rich_media_meta_nickname"><a href="#">甬城微生活</a></span><span class="rich_media_meta">2024年06月30日 20:15</span><span class="rich_media_meta">浙江</span></div>
<div class="ct">
{ps(body[:2])}
<p><img alt="图片"></p>
{ps(body[2:])}
<p style="color:#888;font-size:14px">文字｜林小溪<br>图片｜陈默<br>编辑｜周周<br>审核｜阿杰</p>
<p style="text-align:center;color:#888">— END —</p>
<p style="text-align:center"><img alt="图片"></p>
<p style="text-align:center;color:#888;font-size:14px">点击下方卡片关注我们</p>
</div>
<div class="stat">阅读 1.3万　<a href="#">赞</a> 268　<a href="#">在看</a> 95　<a href="#">写留言</a></div>
<div class="box"><h3>留言</h3><ul><li>海曙小王子：阿荣面馆的黄鱼面是我的青春</li><li>Lily：新店开了一定要告诉我们</li></ul></div>
</div>
<div class="qr_code"><div class="b"></div>微信扫一扫<br>关注该公众号</div>
"""
add("zb-27","self-media","微信公众号 article, 原创 + person + account + place",doc(title,WX_CSS,h),
    title, ["林小溪"], "2024年06月30日 20:15", body, note="文字｜/图片｜/编辑｜ credit block not body")

# ---------- zb-28 澎湃号 (政务): account only, 原创 label, 澎湃号·政务
title = "闵行这个社区食堂火了！12元两荤两素，还能送餐上门"
body = [
 "中午11点，位于闵行区古美路街道的平南社区长者食堂里已经坐满了人。不锈钢餐盘里，红烧鸡腿、番茄炒蛋、清炒鸡毛菜、冬瓜海带汤，一份两荤两素只要12元。",
 "社区食堂于今年3月开张，由街道引入专业餐饮企业运营，面向辖区所有居民开放，60岁以上老人还可享受每餐2元的助餐补贴。开业半年来，日均就餐人数从200人增长到650人左右。",
 "对于行动不便的高龄独居老人，食堂还推出了送餐上门服务。每天上午，社区志愿者和食堂工作人员会把200余份餐食分送到各个小区。",
 "“菜价实惠，口味也清淡，比自己烧省事多了。”76岁的居民张老伯几乎每天都来。",
 "据悉，古美路街道今年还将新建2个社区长者食堂和5个助餐点，实现“15分钟助餐服务圈”全覆盖。",
]
h = f"""
<div class="bar"><a href="#">澎湃新闻</a><a href="#">要闻</a><a href="#">深度</a><a href="#">直播</a><a href="#">视频</a><a href="#">澎湃号</a><a href="#">财经</a><span class="r"><input type="text" placeholder="搜索"> <a href="#">下载客户端</a> <a href="#">登录</a></span></div>
<div class="wrap">
<div style="color:#00a5eb;font-size:14px">澎湃号·政务 &gt; 上海闵行</div>
<h1>{esc(title)}</h1>
<div class="au"><span class="name">上海闵行</span><span>关注</span><br>2021-09-22 17:40 <span>来源：澎湃新闻·澎湃号·政务</span></div>
<div class="ct">
<p><span style="border:1px solid #999;padding:0 2px;font-size:12px">原创</span></p>
{ps(body)}
<p><img alt=""></p>
<p style="font-size:14px;color:#888">来源：古美路街道<br>编辑：刘佳</p>
</div>
<div class="dis">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问https://renzheng.thepaper.cn。</div>
<div class="stat"><a href="#">举报</a>　<a href="#">评论(3)</a>　<a href="#">收藏</a>　<a href="#">分享</a></div>
<div class="box"><h3>相关推荐</h3>{ul(["闵行区社区长者食堂地图出炉","上海今年将新增社区长者食堂50家","老年助餐服务如何可持续"])}</div>
</div>
<div class="ft">沪ICP备14003370号 沪公网安备31010602000299号 互联网新闻信息服务许可证：31120170006<br>增值电信业务经营许可证：沪B2-2017116 © 2014-2021 上海东方报业有限公司</div>
"""
add("zb-28","self-media","澎湃号·政务, account only",doc(title+"_澎湃号·政务_澎湃新闻-The Paper",SM_CSS,h),
    title, ["上海闵行"], "2021-09-22 17:40", body)
