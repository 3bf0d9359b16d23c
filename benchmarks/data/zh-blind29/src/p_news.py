from gen import *

# ---------- yd-15 English, Xinhua style ----------
items = [
 "LANZHOU, June 3 (Xinhua) -- Northwest China's Gansu Province has put into operation its largest single-site pumped-storage power station, a key project to balance the region's growing share of wind and solar power.",
 "The Yongchang pumped-storage power station, located in the city of Jinchang, has a total installed capacity of 1.2 million kilowatts. Its first two units began commercial operation on Monday, according to the provincial energy administration.",
 "The station works like a giant battery. It pumps water to an upper reservoir when electricity is abundant and releases it to generate power during peak hours. Once fully operational, it is expected to generate about 1.8 billion kWh of electricity a year.",
 "Gansu, home to vast deserts and the Hexi Corridor, had more than 60 million kilowatts of installed wind and solar capacity by the end of April, accounting for over 60 percent of its total power capacity.",
 "\"Energy storage is the missing piece of the puzzle,\" said Wang Haiyan, an engineer with the project. \"It allows more clean electricity to be sent to eastern provinces through the ultra-high-voltage lines.\"",
]
bh, bg = B(items)
html = doc("Gansu's largest pumped-storage power station starts operation - Xinhua", ".mast{background:#c00;color:#fff;padding:10px 0;font-size:22px}.mast span{font-size:13px;margin-left:20px}h1{font-size:30px;font-family:Georgia,serif}.src{color:#888;font-size:13px;border-bottom:1px solid #ddd;padding-bottom:8px}", f"""
<div class="mast"><div class="w">Xinhua English<span>China</span><span>World</span><span>Business</span><span>Sci-Tech</span><span>Culture</span><span>Photos</span><span>Video</span><input placeholder="Search" style="float:right"></div></div>
<div class="w"><p>Home | China</p>
<h1>Gansu's largest pumped-storage power station starts operation</h1>
<p class="src">Source: Xinhua | Editor: Huang Yue | 2025-06-03 15:42:07</p>
<p>Share: Facebook Twitter LinkedIn WeChat</p>
{bh}
<p>(By Fan Xiyi, Zhang Wenjie)</p>
{B([('img','Aerial photo of the upper reservoir','An aerial drone photo taken on June 2, 2025 shows the upper reservoir of the Yongchang pumped-storage power station in Jinchang, Gansu Province. (Xinhua/Chen Bin)')])[0]}
<h3>Related</h3><ul><li>China's installed renewable capacity tops 1.9 bln kW</li><li>Hexi Corridor desert solar base sends power east</li><li>Ningxia launches green electricity trading platform</li></ul>
<p>Copyright © 2000 - 2025 XINHUANET.com All rights reserved.</p></div>
""")
add('yd-15', '新闻', '英文新华社（Source | Editor，(By NAME) 结尾）', 'en', "Gansu's largest pumped-storage power station starts operation", ["Fan Xiyi", "Zhang Wenjie"], "2025-06-03 15:42:07", bg, html)

# ---------- yd-16 English city portal, Xi'an ----------
items = [
 "Xi'an will open 12 new public \"pocket parks\" in its urban districts before the end of July, the city's landscaping bureau said on Tuesday.",
 "The small parks, each covering between 500 and 3,000 square meters, are built on vacant lots along streets and in old residential neighborhoods. They will feature shaded seating, fitness equipment and children's play areas.",
 "Among them, the park on Huancheng South Road near the ancient city wall will include a small exhibition wall on the history of the Tang Dynasty (618-907) capital Chang'an.",
 "Since 2021, Xi'an has built more than 160 pocket parks, bringing a green space within a 10-minute walk for most residents in the downtown area.",
 "Residents can check the locations of the parks on the \"i Xi'an\" mobile app.",
]
bh, bg = B(items)
html = doc("Xi'an to open 12 new pocket parks by July | Xi'an, China", ".hd{background:#6b1f1f;color:#f5d98b;font-size:24px;padding:18px 0}.nv a{margin-right:20px}.meta{color:#777;font-size:13px}", f"""
<div style="font-size:12px;background:#eee"><div class="w">中文 | English | Français | 한국어 <span style="float:right">Accessibility</span></div></div>
<div class="hd"><div class="w">Xi'an, China <span style="font-size:13px;color:#fff">Official website of Xi'an municipal government</span></div></div>
<div class="w nv" style="padding:8px 0"><a>Home</a><a>News</a><a>Government</a><a>Business</a><a>Travel</a><a>Living</a><a>Silk Road</a></div>
<div class="w"><p>Home &gt;&gt; News &gt;&gt; Local News</p>
<h2>Xi'an to open 12 new pocket parks by July</h2>
<p class="meta">Updated: 2025-06-10 | By Liu Qian | chinadaily.com.cn</p>
{bh}
<p>Related stories<br>Xi'an city wall to host summer lantern show<br>New metro line links airport with high-speed rail station</p></div>
<div style="background:#6b1f1f;color:#ddd;font-size:12px;text-align:center;padding:12px">Copyright © The Xi'an Municipal People's Government. All Rights Reserved. Sponsored by the Foreign Affairs Office of Xi'an</div>
""")
add('yd-16', '新闻', '城市英文门户', 'en', "Xi'an to open 12 new pocket parks by July", ["Liu Qian"], "2025-06-10", bg, html)

# ---------- yd-17 人物 feature with sub-headings, 每日甘肃 style ----------
items = [
 "清晨六点，敦煌莫高窟的游客还没有到来，第85窟里已经亮起了冷光灯。樊红英戴着头灯，手持细如发丝的注射针，一点一点地把修复剂注入起甲的壁画颜料层下。这样的动作，她已经重复了31年。",
 ('h', "“一平方米，要修一个月”"),
 "1994年，刚从兰州大学化学系毕业的樊红英来到敦煌研究院保护研究所。第一次进洞，她被满墙脱落的壁画“吓住了”。“病害像皮肤病一样，一碰就掉渣。”老师傅告诉她，修壁画急不得，一平方米往往要修一个月。",
 "三十多年来，她参与修复了莫高窟、榆林窟等地的40多个洞窟，累计修复壁画面积超过3000平方米。",
 ('h', "把经验写成“标准”"),
 "修复工作长期靠师傅带徒弟，经验难以复制。2016年起，樊红英带领团队把几十年的做法整理成操作规程，参与编制了3项行业标准，还把修复工艺拍成了教学视频。",
 ('h', "“这份工作需要接力”"),
 "如今，她的团队里有一半是“90后”。谈到未来，樊红英说：“壁画已经存在了一千多年，我们只是其中短短的一段。这份工作需要一代代人接力下去。”",
]
bh, bg = B(items, hs='h3 style="color:#a0522d"')
html = doc("樊红英：在莫高窟“绣”壁画的三十一年_每日甘肃网", ".top{background:#1a3e6e;color:#fff;font-size:12px;padding:4px}.logo{font-size:30px;color:#1a3e6e;font-weight:bold;padding:14px 0}.ch a{margin-right:16px;font-weight:bold}h1{font-size:28px}.by{color:#555}.side{float:right;width:280px;border-left:1px solid #eee;padding-left:12px}", f"""
<div class="top"><div class="w">甘肃日报 | 甘肃经济日报 | 兰州晨报 | 每日甘肃客户端 <span style="float:right">登录 注册</span></div></div>
<div class="w logo">每日甘肃网 <span style="font-size:14px">gansudaily.com.cn</span></div>
<div class="w ch"><a>首页</a><a>时政</a><a>甘肃</a><a>人物</a><a>文旅</a><a>视频</a><a>理论</a><a>专题</a></div>
<div class="w"><div class="side"><h4>人物·排行</h4><ol><li>张掖“种子人”：二十年育出58个新品种</li><li>陇南乡村教师的“背篓课堂”</li><li>临夏牛肉面师傅的“一清二白”</li></ol></div>
<p>每日甘肃网 > 人物 > 正文</p>
<h1>樊红英：在莫高窟“绣”壁画的三十一年</h1>
<p class="by">新甘肃·甘肃日报记者 崔&nbsp;&nbsp;琳　2025-05-18 08:30</p>
<p style="font-size:12px;color:#999">来源：甘肃日报　字号：A+ A-　评论（27）</p>
{B([('img','樊红英在洞窟内修复壁画','樊红英在第85窟修复壁画。（敦煌研究院供图）')])[0]}
{bh}
<p>编辑：王梓涵　责任编辑：张鹏</p></div>
<div class="w" style="clear:both;font-size:12px;text-align:center;border-top:1px solid #ddd;padding:10px">甘肃日报社主办　互联网新闻信息服务许可证：62120170001　甘ICP备06000512号</div>
""")
add('yd-17', '新闻', '人物通讯（小标题），标题下记者+日期', 'zh', "樊红英：在莫高窟“绣”壁画的三十一年", ["崔琳"], "2025-05-18 08:30", bg, html)

# ---------- yd-18 interview Q: A:, 北青网 style ----------
items = [
 "在北京东城区的一条胡同里，“燕京八绝”之一的花丝镶嵌工作室里摆满了錾子、镊子和细如头发的金银丝。国家级非遗代表性传承人程建华从事这门手艺已有四十年。近日，记者对他进行了专访。",
 "Q：花丝镶嵌最难的是哪一步？",
 "A：最难的是“掐丝”。一件作品要用上千根细丝，每一根都要掐出不同的纹样，再一根根焊上去，差一点就得返工。一件复杂的作品做一年很正常。",
 "Q：现在年轻人愿意学吗？",
 "A：比十年前好多了。我现在带着11个徒弟，最小的才22岁，是工艺美院毕业的。年轻人点子多，做的胸针、耳饰在网上卖得很好。",
 "Q：您怎么看传统手艺和现代设计的结合？",
 "A：手艺不能只放在博物馆里。老祖宗的技法要守住，但图案、用途可以变。我们去年和一家文创公司合作做书签，一年卖了两万多件。",
 "Q：接下来有什么打算？",
 "A：想在东城区建一个开放式的传习所，让更多孩子能来摸一摸、做一做，知道咱们北京还有这么一门手艺。",
]
bh, bg = B(items)
html = doc("对话花丝镶嵌传承人程建华：手艺不能只放在博物馆里 - 北青网", ".hd{border-bottom:3px solid #d40000;padding:12px 0;font-size:26px;color:#d40000}.meta{font-size:13px;color:#666}.rel li{padding:3px 0;border-bottom:1px dotted #ccc}", f"""
<div class="w hd">北青网 <span style="font-size:13px;color:#333">新闻 | 北京 | 文化 | 体育 | 娱乐 | 财经 | 图片 | 视频</span> <input placeholder="搜索" style="float:right"></div>
<div class="w"><p>北青网 / 文化 / 非遗</p>
<h1 style="font-size:25px">对话花丝镶嵌传承人程建华：手艺不能只放在博物馆里</h1>
<p class="meta">2025-04-11 07:05:00　来源：北京青年报　作者：文/本报记者 韩雪松　<span style="float:right">评论 35</span></p>
{bh}
<p>（原标题：四十年掐丝守艺 他让“燕京八绝”走进年轻人生活）</p>
<p>责任编辑：周子怡</p>
<h4>相关阅读</h4><ul class="rel"><li>景泰蓝进校园：孩子们亲手“点蓝”</li><li>北京非遗购物节启幕 500余项非遗好物亮相</li><li>“京作”硬木家具技艺传承人：一榫一卯见匠心</li><li>东城区公布第七批区级非遗项目名录</li></ul></div>
<div class="w" style="font-size:12px;color:#999;text-align:center;padding:10px">北京青年报社主办　京ICP证070190号　京公网安备11010502037788号　违法和不良信息举报电话：010-67756475</div>
""")
add('yd-18', '新闻', '访谈 Q：/A：，原标题在文末', 'zh', "对话花丝镶嵌传承人程建华：手艺不能只放在博物馆里", ["韩雪松"], "2025-04-11 07:05:00", bg, html)

# ---------- yd-19 视频 news with 视频时长, 宁夏广播电视台 ----------
items = [
 "6月1日，贺兰山东麓葡萄酒产区迎来一年中最重要的农事——葡萄新梢绑缚和抹芽。在永宁县闽宁镇的一家酒庄，40多名工人正在葡萄园里忙碌。",
 "今年，宁夏贺兰山东麓酿酒葡萄种植面积达到61.2万亩，年产葡萄酒1.4亿瓶左右。为了提升品质，各酒庄普遍采用“一亩园、一亩树、一亩藤”的精细化管理方式。",
 "为了应对今年春季的干旱天气，产区各酒庄普遍采用滴灌设施精准补水，同时在行间种植绿肥，既保墒又改良土壤。",
 "酒庄种植总监马晓军告诉记者，抹芽要去掉多余的芽，让养分集中供给结果枝，“这一步做好了，秋天的葡萄糖度和酸度才能更平衡。”",
 "据了解，今年产区还将新建酒庄15家，并举办第五届中国（宁夏）国际葡萄酒文化旅游博览会，进一步擦亮“贺兰山东麓葡萄酒”这张紫色名片。",
]
bh, bg = B(items)
html = doc("【视频】贺兰山东麓：葡萄园里农事忙_宁夏新闻网", ".hd{background:#004d8c;color:#fff;padding:14px 0;font-size:24px}.player{background:#111;color:#ccc;height:260px;text-align:center;line-height:260px;margin:10px 0}", f"""
<div class="hd"><div class="w">宁夏新闻网 <span style="font-size:13px">首页 新闻 视频 宁夏 原创 专题</span></div></div>
<div class="w"><p>首页 > 视频 > 宁夏新闻联播</p>
<h1 style="font-size:24px">【视频】贺兰山东麓：葡萄园里农事忙</h1>
<p style="color:#888;font-size:13px">2025-06-02 20:15:33　来源：宁夏广播电视台　记者：马&nbsp;&nbsp;龙 金&nbsp;&nbsp;鑫</p>
<div class="player">▶ 点击播放</div>
<p style="font-size:12px;color:#888">视频时长：02:35　　播放次数：1.2万</p>
{bh}
<p>编辑：李&nbsp;&nbsp;娜　审核：杨立新　监制：丁汉强</p>
<p>更多视频：<br>· 固原：冷凉蔬菜喜丰收 02:11<br>· 中卫沙坡头景区迎来暑期游热潮 01:48</p></div>
<div style="text-align:center;font-size:12px;background:#eee;padding:12px">宁夏新闻网版权所有　宁ICP备05000130号　信息网络传播视听节目许可证：3007150</div>
""")
add('yd-19', '新闻', '视频新闻（视频时长）', 'zh', "【视频】贺兰山东麓：葡萄园里农事忙", ["马龙", "金鑫"], "2025-06-02 20:15:33", bg, html)

# ---------- yd-20 新华社通稿 reprinted on a portal (网易 style) ----------
items = [
 "新华社西宁5月28日电（记者 张龙 李占轶）青海省林业和草原局28日发布消息，今年以来，青海已在三江源、祁连山等重点区域完成退化草原修复治理210万亩，超过年度计划的六成。",
 "据介绍，青海今年计划完成退化草原修复治理340万亩，主要采取补播改良、黑土滩治理、鼠害防控等措施。在果洛藏族自治州玛多县，技术人员采用“免耕补播+围栏封育”的方式，让多年寸草不生的黑土滩重新长出了牧草。",
 "青海省林业和草原局草原管理处处长才让扎西说，经过多年治理，全省草原综合植被盖度已由2015年的53.6%提高到58.2%，草原生态系统退化趋势得到初步遏制。",
 "下一步，青海将推进草原生态保护补助奖励政策落实，引导牧民群众合理利用草原，实现草畜平衡。",
]
bh, bg = B(items)
html = doc("青海今年已修复治理退化草原210万亩_网易新闻", ".nh{background:#fff;border-bottom:1px solid #ddd;padding:8px 0}.nh a{margin-right:14px}.pt{font-size:13px;color:#888}h1{font-size:28px}.hot{float:right;width:300px}.hot li{padding:4px 0}", f"""
<div class="nh"><div class="w"><b style="color:#c00">网易</b> <a>首页</a><a>新闻</a><a>体育</a><a>娱乐</a><a>财经</a><a>汽车</a><a>科技</a><a>手机</a><a>数读</a> <span style="float:right">登录　注册免费邮箱　网易号</span></div></div>
<div class="w"><div class="hot"><h4>24小时排行</h4><ol><li>多地发布高温预警</li><li>今年高考报名人数公布</li><li>青海湖裸鲤洄游进入高峰期</li><li>银川至西宁高铁最新进展</li></ol><h4>热门跟贴</h4></div>
<p>网易首页 > 新闻中心 > 国内新闻 > 正文</p>
<h1>青海今年已修复治理退化草原210万亩</h1>
<div class="pt">2025-05-28 18:26:40　来源: <a>新华社</a>　<span>举报</span>　<span>0</span>　<span>1.5万人参与 36跟贴</span></div>
{bh}
<p>（原标题：青海今年已修复治理退化草原210万亩 超年度计划六成）</p>
<p style="color:#999">本文来源：新华社　作者：张龙 李占轶　责任编辑：王晓燕_NN6152</p>
<p>特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</p>
<h4>相关推荐</h4><ul><li>三江源国家公园：藏羚羊迁徙季来了</li><li>祁连山下牧民的“生态管护员”新身份</li></ul></div>
<div class="w" style="clear:both;font-size:12px;color:#999;text-align:center;padding:10px">About NetEase | 公司简介 | 联系方法 | 招聘信息 | 客户服务 | 隐私政策 | 网站地图<br>网易公司版权所有 ©1997-2025</div>
""")
add('yd-20', '新闻', '新华社通稿转载于门户（来源/作者/责任编辑）', 'zh', "青海今年已修复治理退化草原210万亩", ["张龙", "李占轶"], "2025-05-28 18:26:40", bg, html)

# ---------- yd-21 人民日报 article reprinted on 天津市政府网 ----------
items = [
 "初夏时节，天津港北疆港区C段智能化集装箱码头上，一辆辆无人驾驶的电动集卡在岸桥与堆场之间有序穿梭。中控室里，操作员轻点鼠标，远在数十米外的岸桥便精准抓起集装箱。",
 "“过去一台岸桥要配一名司机在高空作业，现在一个人可以同时远程操控4台。”码头运营公司副总经理孙立彬介绍，码头自2021年投产以来，单机平均作业效率提升了20%以上，综合能耗下降17%。",
 "在码头的另一侧，风力发电机和屋顶光伏板正在运转。码头所需电力全部来自风电和光伏等绿色能源，实现了生产运营“零碳排放”。",
 "今年1至4月，天津港集装箱吞吐量完成743万标准箱，同比增长6.8%。天津港集团有关负责人表示，将加快推进北疆港区、南疆港区智能化改造，打造世界一流的智慧港口、绿色港口。",
 "《 人民日报 》（ 2025年05月21日 10 版）",
]
bh, bg = B(items)
bg = bg[:-1]  # the 《人民日报》 source line is a credit line, not body
html = doc("天津港：智慧码头提效增绿-天津市人民政府", ".hd{background:#183d85;color:#fff;font-size:26px;padding:22px 0}.crumb{color:#666;font-size:13px;padding:8px 0}.tt{font-size:24px;text-align:center;font-weight:bold}.inf{text-align:center;color:#777;font-size:13px}", f"""
<div style="background:#f0f0f0;font-size:12px;padding:3px"><div class="w">天津市人民政府　｜　中国政府网　<span style="float:right">简体 | 繁体 | 无障碍 | 长者模式 | 个人登录 | 法人登录</span></div></div>
<div class="hd"><div class="w">天津市人民政府<br><span style="font-size:13px">www.tj.gov.cn</span></div></div>
<div class="w"><div class="crumb">首页/政务公开/媒体看天津</div>
<div class="tt">天津港：智慧码头提效增绿</div>
<div class="inf">来源：人民日报　　作者：本报记者 武少民 李家鼎　　发布时间：2025-05-21 09:46</div>
<div class="inf">【字体：大 中 小】　分享到：</div>
{bh}
<p>【打印本页】　【关闭窗口】</p>
<div style="font-size:12px;float:right;text-align:center"><img alt="二维码" width="80" height="80"><br>扫一扫在手机上查看当前页面</div></div>
<div style="clear:both;background:#183d85;color:#dde;text-align:center;font-size:12px;padding:14px">主办：天津市人民政府办公厅　承办：天津市政务网络信息中心<br>网站标识码：1200000040　津ICP备05004365号-1　津公网安备12010102000032号</div>
""")
add('yd-21', '新闻', '人民日报文章转载于政府网（来源：人民日报，本报记者）', 'zh', "天津港：智慧码头提效增绿", ["武少民", "李家鼎"], "2025-05-21 09:46", bg, html)

# ---------- yd-22 reprint with 作者/来源 glued, 中国青海网 style ----------
items = [
 "5月30日，海东市乐都区瞿昙镇的大樱桃迎来采摘季。走进瞿昙镇上系村的樱桃种植园，一颗颗红彤彤的樱桃挂满枝头，前来采摘的游客提着小篮子在树下穿行。",
 "“我们种的是‘美早’和‘红灯’两个品种，海拔高、昼夜温差大，樱桃糖分足。”种植户祁占林说，今年他家的12亩樱桃预计能卖15万元。",
 "为了保证樱桃品质，村里统一推广了避雨棚和防鸟网，还请来省农林科学院的专家指导修剪和疏果。今年上系村大樱桃的平均亩产比去年提高了两成。",
 "近年来，乐都区依托河湟谷地的气候优势，发展大樱桃、软儿梨等特色林果，全区大樱桃种植面积已达到8600亩。今年，区里还推出了“樱桃采摘+古寺游览”旅游线路，将瞿昙寺与周边村庄串联起来。",
 "据悉，瞿昙镇大樱桃采摘季将持续到6月下旬，游客可通过“乐都文旅”微信公众号查询各采摘园的开放时间。",
]
bh, bg = B(items)
html = doc("乐都瞿昙：高原大樱桃红了--中国青海网", ".logo{font-size:26px;color:#006bb3;padding:14px 0}.bar{background:#006bb3;color:#fff;padding:6px}.inf{background:#f4f8fb;font-size:13px;padding:6px;text-align:center}", f"""
<div class="w logo">中国青海网 <span style="font-size:12px;color:#666">青海日报社主管</span></div>
<div class="bar"><div class="w">首页　时政　社会　经济　文化　旅游　图片　专题　评论</div></div>
<div class="w"><p>当前位置：首页 &gt; 青海新闻 &gt; 市州新闻</p>
<h2 style="text-align:center">乐都瞿昙：高原大樱桃红了</h2>
<div class="inf">2025-06-02 09:08:17作者：祁&nbsp;&nbsp;娟来源：西海都市报编辑：韩晓东</div>
{bh}
{B([('img','游客在瞿昙镇采摘大樱桃','游客在瞿昙镇上系村采摘大樱桃。记者 祁娟 摄')])[0]}
<p>相关新闻<br>互助：油菜花海迎来最佳观赏期　2025-05-30<br>化隆：拉面经济带动群众增收　2025-05-29</p>
<p>网友评论（3）　发表评论</p></div>
<div class="bar" style="text-align:center;font-size:12px">版权所有 中国青海网　青ICP备10000176号　互联网新闻信息服务许可证63120170001</div>
""")
add('yd-22', '新闻', '转载，作者来源编辑粘连无空格', 'zh', "乐都瞿昙：高原大樱桃红了", ["祁娟"], "2025-06-02 09:08:17", bg, html)

# ---------- yd-23 西安新闻网 city news, 06-03 10:21 date, comment count ----------
items = [
 "西安新闻网讯 记者从西安市交通运输局获悉，6月1日起，西安公交集团在城区新开通6条“地铁接驳微循环”线路，主要服务地铁站点周边1至3公里范围内的居民小区。",
 "这6条线路分别连接地铁2号线凤城五路站、4号线航天新城站、6号线西北工业大学站等站点，采用8米长纯电动小型公交车，发车间隔高峰期控制在8分钟以内，票价统一为1元。",
 "据了解，新线路的走向和站点是在前期问卷调查的基础上确定的，共收集市民意见4600余条，其中不少居民反映的“小区门口没公交”问题在此次线路设计中得到解决。",
 "市交通运输局相关负责人表示，今年全市计划新开和优化公交线路30条，重点解决新建小区、产业园区出行“最后一公里”问题。市民可通过“西安公交”微信小程序查询线路实时到站信息。（记者 庞\u00a0\u00a0昊）",
]
bh, bg = B(items)
bg[-1] = bg[-1].replace("\u00a0", " ")
html = doc("西安新开6条地铁接驳微循环公交线 - 西安新闻网", ".hd{background:#b30000;color:#fff;padding:10px 0}.hd a{color:#fff;margin-right:14px}.tt{font-size:26px;font-weight:bold;margin:16px 0 6px}.mt{color:#999;font-size:13px}", f"""
<div class="hd"><div class="w"><b style="font-size:20px">西安新闻网</b>　<a>首页</a><a>西安</a><a>区县</a><a>民生</a><a>文旅</a><a>视频</a><a>直播</a><span style="float:right">手机版 | 西安发布</span></div></div>
<div class="w"><p>西安新闻网 >> 民生</p>
<div class="tt">西安新开6条地铁接驳微循环公交线</div>
<div class="mt">06-03 10:21　西安新闻网-西安日报　<span style="float:right">[评论 12]  [点赞 88]</span></div>
{bh}
<p>编辑：任晓彤</p>
<p>热门排行<br>1 西安这些路段6月起施工 请注意绕行<br>2 大唐不夜城推出夏季夜游新玩法<br>3 西安地铁10号线最新进展</p></div>
<div class="hd" style="text-align:center;font-size:12px">西安新闻网版权所有　陕ICP备05003867号　互联网新闻信息服务许可证编号：61120170002</div>
""")
add('yd-23', '新闻', '城市新闻网，06-03 10:21，文末（记者 X）', 'zh', "西安新开6条地铁接驳微循环公交线", ["庞昊"], "06-03 10:21", bg, html)

# ---------- yd-24 北京日报客户端 style with 原标题, editor, comments ----------
items = [
 "原标题：永定河畔“城市森林”再扩容",
 "本报讯（记者 孙宏阳 通讯员 吕东旭）记者从门头沟区园林绿化局获悉，永定河沿岸新一批“城市森林”建设近日完工，新增绿地面积约420亩，栽植乔木1.8万株，市民在永定河畔又多了一处休闲好去处。",
 "新建的城市森林位于门头沟区城子街道至龙泉镇段，全长约3.2公里，以油松、元宝枫、国槐等乡土树种为主，林下铺设了2.5公里的健步道和4处休憩广场。",
 "记者在现场看到，不少市民在林间步道上散步、骑行，还有家长带着孩子在草坪上放风筝。家住附近的刘女士说：“以前这里是一片荒滩，现在下楼走几分钟就能进树林，空气特别好。”",
 "门头沟区园林绿化局相关负责人介绍，项目在设计时保留了原有的28棵大树，并利用雨水花园收集路面雨水，实现绿地自然灌溉。今年，门头沟区还将在永定河沿线再建设3处口袋公园。",
]
bh, bg = B(items)
bg = bg[1:]  # 原标题 line is not body
html = doc("永定河畔新添420亩城市森林 - 北京日报客户端", ".top{background:#222;color:#bbb;font-size:12px;padding:4px}.nb{font-size:24px;color:#d7000f;padding:12px 0;border-bottom:1px solid #eee}h1{font-size:26px}.au{color:#888;font-size:13px}", f"""
<div class="top"><div class="w">北京日报 | 北京晚报 | 京郊日报 | 北京日报客户端 <span style="float:right">下载APP　登录</span></div></div>
<div class="w nb">北京日报客户端　<span style="font-size:13px;color:#333">首页 要闻 北京 区域 文化 评论 视频</span></div>
<div class="w">
<h1>永定河畔新添420亩城市森林</h1>
<p class="au">北京日报客户端｜2025-05-26 06:30 <span style="margin-left:20px">作者：孙宏阳</span> <span style="margin-left:20px">浏览量 3.6万</span></p>
{bh}
<p>来源：北京日报　编辑：齐子彦　流程编辑：U027</p>
<p>评论（18）　｜　分享到：微信 微博</p>
<h4>热门推荐</h4><ul><li>北京今年将新建口袋公园和小微绿地50处</li><li>西山永定河文化带：这些古道值得走一走</li><li>门头沟：京西古村落迎来避暑游</li></ul></div>
<div class="w" style="color:#999;font-size:12px;text-align:center;padding:10px">北京日报报业集团版权所有　京ICP备18048311号-1　京公网安备11010502036776号</div>
""")
add('yd-24', '新闻', '北京日报客户端，原标题为正文首行，本报讯（记者 通讯员）', 'zh', "永定河畔新添420亩城市森林", ["孙宏阳", "吕东旭"], "2025-05-26 06:30", bg, html)
