from lib import *
EP_CSS = """
body{margin:0;font-family:SimSun,"Microsoft YaHei",serif;font-size:14px;background:#e9e4d8;color:#222}
a{color:#222;text-decoration:none} ul{list-style:none;margin:0;padding:0}
.top{background:#8b0000;color:#fff;padding:10px 20px;font-size:22px;font-weight:bold}
.top span{font-size:13px;font-weight:normal;margin-left:20px}
.bar{background:#f3efe6;padding:6px 20px;font-size:13px;border-bottom:1px solid #ccc}
.bar a{margin-right:10px;color:#8b0000}
.wrap{width:1200px;margin:0 auto;overflow:hidden;background:#fff}
.l{float:left;width:380px;padding:10px}
.pg{width:360px;height:520px;background:#ddd;text-align:center;line-height:520px;color:#999}
.c{float:left;width:540px;padding:10px 20px}
.r{float:right;width:220px;padding:10px;font-size:13px}
.yin{text-align:center;font-size:16px;color:#333}
h1{text-align:center;font-size:26px;margin:6px 0}
.fu{text-align:center;font-size:16px;color:#333}
.by{text-align:center;color:#666;margin:10px 0}
.txt p{font-size:15px;line-height:1.9;margin:0 0 8px}
.r li{padding:4px 0;border-bottom:1px dotted #ccc}
.ft{clear:both;text-align:center;font-size:12px;color:#666;padding:16px}
"""

def ep_frame(paper, date_line, ban, ban_list, titles, center, foot):
    return f"""
<div class="top">{paper}<span>{date_line}</span></div>
<div class="bar"><a href="#">上一期</a><a href="#">下一期</a> | <a href="#">上一版</a><a href="#">下一版</a> | <a href="#">往期回顾</a> <input type="text" placeholder="请输入检索内容"> <a href="#">检索</a> | <a href="#">PDF下载</a></div>
<div class="wrap">
<div class="l"><div>{ban}</div><div class="pg"><img alt="版面图"></div>
<div>版面导航</div><ul>{''.join(f'<li><a href="#">{esc(b)}</a></li>' for b in ban_list)}</ul></div>
<div class="c">{center}</div>
<div class="r"><div>本版标题导航</div><ul>{''.join(f'<li><a href="#">{esc(t)}</a></li>' for t in titles)}</ul></div>
</div>
<div class="ft">{foot}</div>"""

# ---------- zb-35 provincial daily e-paper: 引题/主题/副题 + 本报记者 + 通讯员; 本版责编
title = "千年古镇的“新”流量"
body = [
 "本报讯（记者 陶思远 通讯员 方晓 戴文斌）清明小长假，黟县宏村镇游人如织。与往年不同的是，不少游客不再是“拍照打卡就走”，而是在古镇住上两三天，写生、研学、体验徽州非遗。",
 "宏村镇党委书记胡振东介绍，近年来镇里引导村民利用闲置老宅发展精品民宿，目前已有民宿、客栈320余家，床位4800余张。同时，镇里与全国60多所美术院校建立写生基地合作，每年接待写生学生超过10万人次。",
 "在宏村南湖书院旁的一处老宅里，徽州三雕传承人汪建明正在给游客演示木雕技艺。他的工作室去年开设了体验课程，“一天最多能接待50多名游客，收入比单纯卖作品还高。”",
 "数据显示，今年一季度，宏村镇接待游客186万人次，同比增长23.5%；游客平均停留时间由2019年的1.2天延长至1.9天。“游客留下来，消费才能留下来。”胡振东说，下一步将推进古村落保护利用与乡村振兴相结合，让更多村民在家门口吃上“旅游饭”。",
]
center = f"""
<p class="yin">从“打卡游”到“沉浸游”，黟县宏村镇探索古村落保护利用新路径——</p>
<h1>{esc(title)}</h1>
<p class="fu">一季度接待游客186万人次，游客平均停留时间延长至1.9天</p>
<div class="txt">{ps(body, indent="　　")}</div>
<p><img alt="游客在宏村写生"> 4月5日，美术院校学生在宏村南湖边写生。　　本报记者 陶思远 摄</p>
<p>本版责编：吴　昊 章　玲　　美编：王小宁</p>
<p><a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">返回目录</a></p>"""
h = ep_frame("安徽日报","2024年04月08日 星期一","第05版：综合新闻",
   ["第01版：要闻","第02版：要闻","第03版：要闻","第04版：时事","第05版：综合新闻","第06版：经济"],
   ["千年古镇的“新”流量","合肥新桥机场二期工程开工","皖南山区茶农抢采明前茶","省十四届人大常委会第八次会议闭幕"],
   center, "安徽日报报业集团版权所有 未经书面授权 不得复制或建立镜像<br>皖ICP备05004681号")
add("zb-35","epaper","provincial daily e-paper page: 引题/主题/副题 stack, 本报讯（记者 … 通讯员 …）",doc("安徽日报-千年古镇的“新”流量",EP_CSS,h),
    title, ["陶思远","方晓","戴文斌"], "2024年04月08日", body,
    note="title = 主题 only; publish_time = the issue date as printed in the paper header")

# ---------- zb-36 evening paper e-paper: 记者 line on its own, headline in two lines
title = "地铁6号线二期年底前开通 沿线将新增8座换乘站"
body = [
 "记者昨日从市轨道交通集团获悉，地铁6号线二期工程目前已完成全部土建施工和轨道铺设，正在进行设备系统联调联试，计划于今年12月28日开通初期运营。",
 "6号线二期工程西起白沙洲，东至光谷科学岛，线路全长32.6公里，共设车站21座，其中换乘站8座，可与2号线、4号线、7号线、11号线等多条线路换乘。",
 "据介绍，6号线二期采用6节编组A型列车，最高运行速度100公里/小时，初期高峰时段行车间隔约为5分钟。列车配备智能照明、智能空调系统，可根据客流量自动调节车厢温度和亮度。",
 "市轨道交通集团相关负责人表示，6号线二期开通后，将进一步加密中心城区与东湖新技术开发区之间的快速通道，从白沙洲到光谷科学岛的通勤时间将缩短至55分钟左右。",
]
center = f"""
<h1>地铁6号线二期年底前开通<br>沿线将新增8座换乘站</h1>
<p class="by">记者 冯  骁　通讯员 李晓明</p>
<div class="txt">{ps(body, indent="　　")}</div>
<p>（图表制作：郑  欣）</p>
<p>本版编辑：胡晓梅　校对：刘小林</p>"""
h = ep_frame("武汉晚报","2023年08月17日","第A03版：城事",
   ["第A01版：封面","第A02版：要闻","第A03版：城事","第A04版：城事","第A05版：民生"],
   ["地铁6号线二期年底前开通 沿线将新增8座换乘站","汉口江滩夏季夜游持续火热","高温持续 户外工作者防暑有了新装备"],
   center, "武汉晚报社 版权所有 © 2023 鄂ICP备08000098号")
add("zb-36","epaper","evening paper e-paper: headline printed in two lines, 记者/通讯员 line",doc("武汉晚报数字报",EP_CSS,h),
    title, ["冯骁","李晓明"], "2023年08月17日", body,
    note="title lines joined with one space; 图表制作/本版编辑/校对 are not authors")

# ---------- zb-37 city daily e-paper: 评论员 article, 作者 at end (张三), no by line
title = "为“夜经济”亮灯，更要为安全守夜"
body = [
 "入夏以来，我市多个夜市街区人气火爆，烧烤摊、露天音乐会、非遗市集轮番登场，“夜经济”成为拉动消费的新引擎。",
 "夜经济“热”起来，管理更要“跟”上来。夜间人流密集、车辆通行量大，消防通道被占、燃气瓶违规使用、醉酒滋事等问题容易集中出现。一些摊位为了多摆几张桌子，把消防通道挤得只剩一条缝；个别商户在居民楼下经营到凌晨，噪音扰民投诉不断。",
 "发展夜经济，不能只算“流量账”，还要算好“安全账”“民生账”。相关部门应当科学划定经营区域和时段，落实燃气、消防、食品安全巡查；街区运营方要配足安保力量，畅通应急通道；商户也要守住经营底线，做到文明经营、安全经营。",
 "城市的夜色里，有烟火气，也应有安全感。只有管理跟得上、服务做得细，夜经济之灯才能越点越亮。（宋  扬）",
]
center = f"""
<p class="yin">【金陵时评】</p>
<h1>{esc(title)}</h1>
<div class="txt">{ps(body, indent="　　")}</div>
<p><a href="#">上一篇</a>　<a href="#">下一篇</a></p>"""
h = ep_frame("南京日报","2022年7月6日　星期三","第A02版：评论",
   ["A01：要闻","A02：评论","A03：要闻","A04：区域"],
   ["为“夜经济”亮灯，更要为安全守夜","读者来信：小区充电桩何时能装上","漫画：“限时”"],
   center, "南京日报社 版权所有　未经许可不得转载<br>苏ICP备05009823号")
add("zb-37","epaper","city daily e-paper commentary: column label above headline, closing （宋  扬）",doc("南京日报",EP_CSS,h),
    title, ["宋扬"], "2022年7月6日", body, note="closing （宋  扬） stays in the last paragraph (README rule)")

# ---------- zb-38 industry paper e-paper: 记者 in the middle line, 副题 present, 通讯员 named
title = "黄河滩区盐碱地长出“吨半田”"
body = [
 "9月下旬，山东东营市垦利区黄河三角洲农业高新技术产业示范区的万亩耐盐碱大豆玉米带状复合种植示范田迎来测产。经专家组现场实测，示范田玉米平均亩产达到826.4公斤，大豆亩产168.2公斤，合计亩产近1000公斤；其中核心区高产地块亩产达到1512公斤，首次在中重度盐碱地上实现“吨半田”。",
 "这片土地的含盐量在千分之三到千分之六之间，过去种小麦每亩只能收两三百斤。“关键是选对品种、改好土壤、管好水。”示范区农业专家王立新介绍，示范田选用了耐盐碱的大豆、玉米新品种，通过“暗管排盐+有机肥改良+滴灌水肥一体化”技术，把耕层土壤含盐量降低了40%左右。",
 "当地种植大户刘金山流转了1200亩盐碱地参与示范种植。“以前这地白花花一片，种啥都不长。现在一亩地能多收七八百元，心里踏实多了。”",
 "据介绍，东营市现有盐碱地约300万亩，其中可开发利用的后备耕地资源约100万亩。下一步，当地将加快推广盐碱地综合利用技术模式，力争到2027年新增改良盐碱地20万亩。",
]
center = f"""
<p class="yin">东营示范区耐盐碱大豆玉米复合种植实测亩产创新高</p>
<h1>{esc(title)}</h1>
<p class="fu">——核心区高产地块亩产达1512公斤</p>
<p class="by">□本报记者　谢晓东　通讯员　孙鹏飞</p>
<div class="txt">{ps(body, indent="　　")}</div>
<p>本版责任编辑：刘  婧　　责任校对：赵国庆</p>
<p><a href="#">上一篇</a>　<a href="#">下一篇</a></p>"""
h = ep_frame("农民日报","2025年09月29日","第02版：要闻",
   ["第01版：头版","第02版：要闻","第03版：要闻","第04版：三农资讯","第05版：乡村振兴"],
   ["黄河滩区盐碱地长出“吨半田”","全国秋粮收获进度过三成","农业农村部部署秋冬种工作"],
   center, "农民日报社版权所有 未经授权不得转载<br>京ICP备10048873号")
add("zb-38","epaper","national trade-paper e-paper: 引题 + 主题 + ——副题, □本报记者 … 通讯员 … line",doc("农民日报-黄河滩区盐碱地长出“吨半田”",EP_CSS,h),
    title, ["谢晓东","孙鹏飞"], "2025年09月29日", body)

PLAIN_CSS = """
body{font-family:Tahoma,"Microsoft YaHei",sans-serif;font-size:13px;background:#fff;margin:8px}
a{color:#333}
table.t{width:960px;border:1px solid #c2d5e3;border-collapse:collapse}
table.t td{border:1px solid #e3edf5;padding:6px;vertical-align:top}
.pi{background:#e5edf2;width:160px}
.ptxt{font-size:14px;line-height:1.8}
.hd{font-size:20px;font-weight:bold;color:#369}
"""

# ---------- zb-39 forum post (Discuz-like)
title = "【游记】五一带娃自驾川西小环线，5天4晚路线+花费全记录"
body = [
 "终于有空把五一的行程整理出来了，给打算带娃去川西的家长参考。",
 "人员：两大一小（孩子7岁），车型：SUV四驱，从成都出发。",
 "D1 成都—都江堰—四姑娘山镇，约230公里。走都汶高速，巴朗山隧道出来就能看到雪山，孩子激动坏了。晚上住镇上，民宿一晚380元，老板人很好，给我们煮了姜汤。",
 "D2 双桥沟。景区观光车直接坐到最里面的红杉林，然后一路往回坐车下车玩。海拔不算高，孩子没有高反，但中午太阳很晒，防晒一定要带。",
 "D3 四姑娘山镇—丹巴甲居藏寨，约110公里。路况一般，有几段在修路。甲居藏寨的房子真的好看，住在寨子里的藏家，一晚420元含早餐。",
 "D4 丹巴—小金—日隆—卧龙，走的熊猫大道，去了中华大熊猫苑神树坪基地，孩子看了一上午熊猫不肯走。",
 "D5 卧龙—映秀—成都，下午三点到家，避开了返程高峰。",
 "总花费：油费1150元，门票和观光车1460元，住宿1640元，吃饭大约1300元，合计5550元左右。",
 "几点建议：1.带娃一定备好保暖衣服，早晚温差很大；2.提前备点葡萄糖和氧气，以防万一；3.五一期间巴朗山隧道口经常堵，尽量早出发。",
 "有问题可以回帖问我，知道的都会回答~",
]
post = "".join(f"{esc(p)}<br><br>\n" for p in body)
h = f"""
<div style="background:#2b7acd;color:#fff;padding:6px"><a href="#" style="color:#fff">设为首页</a> <a href="#" style="color:#fff">收藏本站</a> <span style="float:right"><input type="text" placeholder="用户名/Email"> <input type="password" placeholder="密码"> <a href="#" style="color:#fff">登录</a> <a href="#" style="color:#fff">立即注册</a> <a href="#" style="color:#fff">找回密码</a></span></div>
<div class="hd">蜀山旅游论坛 <input type="text" placeholder="请输入搜索内容"> <a href="#">搜索</a> 热搜: <a href="#">川西</a> <a href="#">稻城亚丁</a> <a href="#">自驾</a></div>
<div><a href="#">首页</a> › <a href="#">自驾游</a> › <a href="#">川西自驾</a> › 【游记】五一带娃自驾川西小环线，5天4晚路线+...</div>
<p><a href="#">发帖</a> <a href="#">回复</a> <a href="#">返回列表</a></p>
<table class="t">
<tr><td class="pi">查看: 4872|回复: 36</td><td><span class="hd">{esc(title)}</span> <a href="#">[复制链接]</a></td></tr>
<tr><td class="pi"><a href="#">锦官城的猫</a><br><br>主题 12　帖子 286　积分 1043<br>中级会员<br><a href="#">发消息</a></td>
<td><div style="color:#999">发表于 2024-5-8 22:17:35 | <a href="#">只看该作者</a> <a href="#">倒序浏览</a> <span style="float:right">楼主</span></div>
<div class="ptxt">{post}</div>
<div style="color:#999;font-size:12px">本帖最后由 锦官城的猫 于 2024-5-9 08:03 编辑</div>
<p><a href="#">收藏8</a> <a href="#">支持</a> <a href="#">反对</a> <a href="#">回复</a> <a href="#">举报</a></p></td></tr>
<tr><td class="pi"><a href="#">山野行者</a><br>高级会员</td><td><div style="color:#999">发表于 2024-5-9 09:12:03 <span style="float:right">沙发</span></div><div class="ptxt">感谢楼主分享，六月份也准备带孩子去，请问双桥沟需要提前预约吗？</div><p><a href="#">回复</a> <a href="#">支持</a> <a href="#">反对</a></p></td></tr>
<tr><td class="pi"><a href="#">锦官城的猫</a><br>中级会员</td><td><div style="color:#999">发表于 2024-5-9 10:30:47 <span style="float:right">板凳</span></div><div class="ptxt">回复 山野行者：节假日建议在公众号上提前预约，平时现场买票就行。</div></td></tr>
</table>
<p><a href="#">返回列表</a> <a href="#">发新帖</a></p>
<p><textarea placeholder="您需要登录后才可以回帖"></textarea> <a href="#">登录</a> | <a href="#">立即注册</a></p>
<p style="text-align:center;color:#999">Powered by Discuz! X3.4 © 2001-2024 Tencent Cloud.<br>蜀ICP备16012345号-1 <a href="#">Archiver</a> | <a href="#">手机版</a> | <a href="#">小黑屋</a><br>GMT+8, 2024-5-20 14:06 , Processed in 0.061232 second(s), 28 queries .</p>
"""
add("zb-39","plain","forum thread (Discuz-like): post with <br><br> paragraphs, replies",doc(title+" - 川西自驾 - 蜀山旅游论坛 - Powered by Discuz!",PLAIN_CSS,h),
    title, ["锦官城的猫"], "2024-5-8 22:17:35", body,
    note="author = poster's user name; replies are not body")

# ---------- zb-40 blog (old Sina-blog-like): title, (2019-11-03 21:40:12), 标签, 分类
title = "父亲的自行车"
body = [
 "收拾老屋的时候，在杂物间的角落里看见了父亲那辆“永久”牌自行车。车把锈了，车座的皮子裂开几道口子，后座上还绑着半截褪了色的麻绳。",
 "这辆车是1983年父亲用一个月工资加上攒了半年的工业券买的。那时他在镇上的农机站上班，每天早上骑着它走十几里土路，晚上再骑回来。车后座上驮过化肥、驮过粮食，也驮过小时候的我。",
 "我记得最清楚的是上小学那几年的冬天。天还没亮，父亲就把我裹进他的棉大衣里，放在车前的横梁上。北风呼呼地刮，我缩在大衣里只露出一双眼睛，听着车链子哗啦哗啦地响，一会儿就到了学校门口。",
 "后来家里买了摩托车，又买了小汽车，这辆自行车就被推进了杂物间。父亲却一直不让卖，说“留着，还能骑”。",
 "父亲去年冬天走了。我把这辆车推到院子里，擦了擦车把上的锈，给轮胎打上气。骑上去的那一刻，车链子还是哗啦哗啦地响，跟三十多年前一模一样。",
]
h = f"""
<div style="background:#f5f0e6;padding:10px;border-bottom:1px solid #ddd"><a href="#">新浪博客</a> | <a href="#">博客首页</a> <a href="#">个人中心</a> <span style="float:right"><a href="#">登录</a> <a href="#">注册</a></span></div>
<div style="width:960px;margin:0 auto">
<div style="font-size:26px;padding:20px 0">北窗闲笔的博客</div>
<div>http://blog.sina.com.cn/beichuangxianbi [<a href="#">订阅</a>][<a href="#">手机订阅</a>]</div>
<p><a href="#">首页</a> <a href="#">博文目录</a> <a href="#">图片</a> <a href="#">关于我</a></p>
<div style="float:left;width:210px;font-size:12px"><b>个人资料</b><br><img alt="北窗闲笔" width="180" height="180"><br>北窗闲笔<br><a href="#">加好友</a> <a href="#">发纸条</a><br>博客等级：<br>博客积分：1842<br>博客访问：306,517<br>关注人气：1,287<br><br><b>博文分类</b><br><a href="#">散文随笔（126）</a><br><a href="#">读书笔记（48）</a><br><a href="#">旧时光（37）</a></div>
<div style="float:right;width:720px">
<div style="font-weight:bold">正文</div><div style="text-align:right">字体大小：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
<h2 style="font-size:20px">{esc(title)}</h2><span style="color:#999">(2019-11-03 21:40:12)</span><a href="#">转载▼</a>
<div style="font-size:12px;color:#666">标签： <a href="#">父亲</a> <a href="#">自行车</a> <a href="#">旧时光</a> <a href="#">杂谈</a>　　分类： <a href="#">散文随笔</a></div>
<div style="font-size:14px;line-height:2;margin-top:16px">{''.join(f'<p>　　{esc(p)}</p>' for p in body)}</div>
<p style="color:#999">分享：<a href="#">微博</a> <a href="#">QQ空间</a> <a href="#">微信</a>　<a href="#">喜欢</a> 0 <a href="#">赠金笔</a></p>
<p>阅读(2307)┊ <a href="#">评论</a> (24)┊ <a href="#">收藏</a>(3) ┊<a href="#">转载</a>(1) ┊ <a href="#">喜欢▼</a> ┊<a href="#">打印</a>┊<a href="#">举报</a></p>
<p>前一篇：<a href="#">秋天的柿子树</a><br>后一篇：<a href="#">读《平凡的世界》札记</a></p>
<p><b>评论</b> <a href="#">重要提示：警惕虚假中奖信息</a></p>
<p>[发评论] <textarea placeholder="评论并转载此博文"></textarea></p>
</div><div style="clear:both"></div>
<p style="text-align:center;font-size:12px;color:#999">新浪BLOG意见反馈留言板　电话：4000520066 提示音后按1键（按当地市话标准计费）　欢迎批评指正<br>新浪简介 | About Sina | 广告服务 | 联系我们 | 招聘信息 | 网站律师 | SINA English | 会员注册 | 产品答疑<br>Copyright © 1996 - 2019 SINA Corporation, All Rights Reserved</p>
</div>
"""
add("zb-40","plain","personal blog (old Sina-blog-like): blog name as author, date in parentheses after title",doc(title+"_北窗闲笔_新浪博客",PLAIN_CSS,h),
    title, ["北窗闲笔"], "2019-11-03 21:40:12", body, note="blog owner's screen name is the author; publish_time without the parentheses")
