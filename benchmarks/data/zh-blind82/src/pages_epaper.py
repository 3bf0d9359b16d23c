from kit import img, links, lis, lis_d
PAGES = []
K = "e-paper"

# we-31: 福建 city daily 数字报, 引题/主题/副题 stack, 版次 nav, 本版标题 list, byline line "本报记者 X 通讯员 Y"
PAGES.append(dict(id="we-31", kind=K, title="晋江鞋服企业“抱团”出海", authors=["许志鹏", "蔡晓琳"], publish_time="2025年05月15日 星期四",
pmode="pi",
css="body{background:#e8e0d0;font-size:14px}.paper-top{height:70px}.bmnav{width:300px;float:left}.art{width:680px;float:right;background:#fff}.yt{font-size:16px;text-align:center}.zt{font-size:28px;font-weight:bold;text-align:center}.ft2{font-size:16px;text-align:center}",
top=f"""<div class="paper-top">{img('泉州晚报 数字报')}<span>2025年05月15日 星期四</span> <a href="#">往期回顾</a> <a href="#">PDF下载</a></div>
<div class="bmnav"><p>第A05版：晋江新闻</p><p><a href="#">上一版</a> <a href="#">下一版</a></p>{img('版面缩略图')}
<p>版面导航</p><ul>{lis(['A01：要闻','A02：要闻','A03：综合','A04：区县','A05：晋江新闻','A06：石狮新闻'])}</ul>
<p>本版标题</p><ul>{lis(['晋江鞋服企业“抱团”出海','陈埭镇开展企业安全生产大检查','晋江2025年重点项目集中签约','深沪湾畔“渔家乐”迎来旅游旺季'])}</ul></div>
<div class="art"><p class="yt">组建海外仓联盟　共享营销渠道</p><p class="zt">晋江鞋服企业“抱团”出海</p><p class="ft2">今年以来已有43家企业加入，海外订单同比增长近三成</p>
<p class="bl">□本报记者 许志鹏　通讯员 蔡晓琳　文/图</p>""",
bottom=f"""<div class="pn"><a href="#">上一篇</a> <a href="#">下一篇</a> <a href="#">返回目录</a></div></div>
<div style="clear:both" class="cp">泉州晚报社 版权所有 未经书面授权不得复制或建立镜像　闽ICP备0502XXXX号</div>""",
blocks=[
"“以前一家企业单打独斗，在海外租仓库、找渠道，成本高、风险大。现在大家抱团，一个仓库几家企业共用，物流成本降了将近两成。”5月14日，晋江某运动鞋服企业外贸负责人吴先生说。",
"去年底，在晋江市商务局的推动下，当地鞋服企业牵头组建了“海外仓联盟”，在中东、东南亚、南美等地共享海外仓储、展示和营销渠道。今年以来，已有43家企业加入联盟，共享海外仓面积超过5万平方米。",
("img", "联盟企业在海外仓展示新品", "联盟企业在海外仓展示新品（受访者供图）"),
"联盟还定期组织企业参加境外展会，统一设计展位形象，共同对接采购商。今年3月在迪拜举办的一场鞋类展会上，联盟企业共获得意向订单1.2亿元。",
"晋江市商务局相关负责人表示，下一步将加大对海外仓建设的扶持力度，引导更多中小企业借船出海，今年力争全市跨境电商交易额增长15%以上。",
]))

# we-32: 广东 daily e-paper (different template), 引题 only + 主题, byline "文/图 本报记者 X"?; author in 作者 field of article info
PAGES.append(dict(id="we-32", kind=K, title="佛山陶瓷产业集群入选国家先进制造业集群培育名单", authors=["霍嘉怡", "冯浩"], publish_time="2025-05-16",
css="body{margin:0}.ep-head{background:#8b0000;color:#fff;padding:8px}.ep-l{float:left;width:420px}.ep-r{margin-left:440px}.ep-yt{color:#555;font-size:15px}.ep-zt{font-size:26px}.ep-meta td{font-size:12px;color:#777}",
top=f"""<div class="ep-head">{img('珠江日报电子版')}　2025-05-16　第 06 版：佛山新闻　<a href="#">◀ 前一期</a> <a href="#">后一期 ▶</a></div>
<div class="ep-l"><div class="bnav"><a href="#">01 头版</a> <a href="#">02 要闻</a> <a href="#">03 要闻</a> <a href="#">04 时评</a> <a href="#">05 广州新闻</a> <a href="#">06 佛山新闻</a> <a href="#">07 湾区</a> <a href="#">08 体育</a></div>{img('第06版版面图')}<div class="pdf"><a href="#">下载本版PDF</a></div></div>
<div class="ep-r"><div class="ep-yt">连续三年产值超千亿元</div><h1 class="ep-zt">佛山陶瓷产业集群入选<br>国家先进制造业集群培育名单</h1>
<table class="ep-meta"><tr><td>作者：本报记者 霍嘉怡 冯浩</td><td>版次：06</td><td>日期：2025-05-16</td></tr></table>
<div class="ep-body">""",
bottom=f"""</div><div class="thisban"><h4>本版其他文章</h4><ul>{lis(['南海区推出“工业上楼”新政','顺德：龙舟竞渡进入训练冲刺','高明区开展夏季森林防火演练'])}</ul></div></div>
<div style="clear:both" class="cr">Copyright © 珠江日报社 版权所有　粤ICP备0503XXXX号</div>""",
blocks=[
"本报讯　近日，工业和信息化部公布新一批国家先进制造业集群培育名单，佛山泛家居（陶瓷）产业集群成功入选。这是继装备制造集群之后，佛山第二个入选该名单的产业集群。",
"佛山是全国重要的建筑陶瓷生产基地，拥有陶瓷企业300余家，产业链涵盖原料、装备、色釉料、设计、物流等环节。近三年，全市陶瓷产业年产值连续超过千亿元。",
("h", "绿色智造成“新名片”"),
"近年来，佛山陶瓷企业加快推进“煤改气”、余热回收和智能化改造。目前全市已建成陶瓷行业智能工厂18家，单位产品能耗较五年前下降约15%。一批企业推出的大板、岩板等新产品，成为国内外高端家居市场的“抢手货”。",
"“入选国家级培育名单，意味着在政策、资金、人才等方面将获得更多支持。”佛山市工业和信息化局相关负责人表示，下一步将围绕研发设计、品牌建设、标准制定等方面，推动陶瓷产业向价值链高端迈进。",
]))

# we-33: 四川 evening paper 电子版, old frameset-like table, 副题 under title, author ■ at end of article
PAGES.append(dict(id="we-33", kind=K, title="宜宾三江口夜市开市首周客流破十万", authors=["陈冬梅"], publish_time="2025-05-13",
pmode="p",
css="body{font:14px SimSun}.tt{font:bold 24px SimHei;text-align:center}.ft{text-align:center;font-size:16px}.rq{font-size:12px;color:#666}",
top=f"""<table width="1000" align="center" border="0"><tr><td colspan="3">{img('宜宾晚报 电子版')} <span class="rq">2025-05-13</span> <a href="#">首页</a> | <a href="#">往期</a> | <a href="#">检索</a></td></tr>
<tr><td width="230" valign="top">{img('版面图 第03版')}<br>第03版：城事<br><a href="#">上一版</a>　<a href="#">下一版</a><br><br>
<b>版面目录</b><br><a href="#">第01版：头版</a><br><a href="#">第02版：要闻</a><br><a href="#">第03版：城事</a><br><a href="#">第04版：区县</a><br></td>
<td width="540" valign="top"><div class="tt">宜宾三江口夜市开市首周客流破十万</div><div class="ft">——本地小吃、非遗手作、露天音乐成三大“引流点”</div><hr>
<div class="zw">""",
bottom=f"""<p align="right">■本报记者 陈冬梅</p></div></td>
<td width="230" valign="top"><b>本版标题导航</b><br><a href="#">宜宾三江口夜市开市首周客流破十万</a><br><a href="#">翠屏区12个老旧小区完成改造</a><br><a href="#">长江公园增设亲水步道</a><br><a href="#">市民热线：小区电梯何时修好</a></td></tr>
<tr><td colspan="3" align="center">宜宾晚报社主办　版权所有　蜀ICP备0900XXXX号</td></tr></table>""",
blocks=[
"5月12日，记者从宜宾市商务局获悉，位于三江口的“江畔夜宜宾”夜市开市首周，累计接待市民游客超过10万人次，商户营业额突破300万元。",
"夜市沿江布置了120个摊位，分为美食区、文创区和演艺区。宜宾燃面、李庄白肉、叙府糕点等本地小吃最受欢迎，不少摊位晚上七点就排起长队。文创区内，竹编、蜀绣等非遗传承人现场展示技艺，吸引了众多年轻人驻足。",
"“白天在长江边散步，晚上来夜市吃东西、听歌，感觉宜宾越来越有烟火气了。”从重庆来宜宾游玩的李女士说。",
"为保障夜市秩序，相关部门增设了临时停车位800个，开通两条夜间公交专线，并安排城管、公安、市场监管人员每晚巡查。市商务局表示，夜市将持续至10月，后续还将推出啤酒节、江上灯光秀等活动。",
]))

# we-34: 贵州 daily 数字报, 2020s responsive, 引题+主题 stacked, author line "■本报记者 X 实习生 Y"? authors both
PAGES.append(dict(id="we-34", kind=K, title="“黔货”搭乘中欧班列直达欧洲", authors=["田野", "安琪"], publish_time="2025年5月17日 星期六",
css="body{background:#f3f3f3}.szb-top{background:#c00;color:#fff;padding:10px 20px}.szb-col{display:grid;grid-template-columns:260px 1fr 260px;gap:16px}.intro{font-size:15px;color:#333}.mtitle{font-size:30px;font-weight:700}",
top=f"""<div class="szb-top">{img('黔都日报')}数字报　2025年5月17日 星期六　<a href="#">返回首页</a> <a href="#">往期回顾</a></div>
<div class="szb-col"><div class="szb-left"><div class="cur">第3版：经济</div><div class="sel">{links(['第1版：要闻','第2版：要闻','第3版：经济','第4版：民生','第5版：市州','第6版：理论'],'<br>')}</div>{img('版面')}</div>
<div class="szb-main"><p class="intro">首趟“贵阳—布达佩斯”冷链专列发车</p><h1 class="mtitle">“黔货”搭乘中欧班列直达欧洲</h1>
<p class="au">本报记者　田野　安琪</p>""",
bottom=f"""</div><div class="szb-right"><h4>本版新闻</h4><ul>{lis(['“黔货”搭乘中欧班列直达欧洲','贵州前4月规上工业增加值增长7.2%','安顺：蜡染企业订单排到年底'])}</ul><p><a href="#">PDF版</a></p></div></div>
<div class="cr">黔都日报社版权所有 · 黔ICP备1000XXXX号 · 本网站所刊登的各种新闻、信息和各种专题专栏资料，均为黔都日报社版权所有，未经协议授权，禁止下载使用。</div>""",
blocks=[
"5月16日上午，满载茶叶、辣椒制品、刺梨饮料等贵州特色农产品的首趟“贵阳—布达佩斯”冷链专列，从贵阳改貌铁路物流中心缓缓驶出。列车将经霍尔果斯口岸出境，预计16天后抵达匈牙利首都布达佩斯。",
"本趟专列共装载41个集装箱，货值约2100万元，其中冷链集装箱12个。与传统海运相比，运输时间缩短约20天。",
"“以前我们的辣椒酱出口欧洲，要先运到广州或上海港口，再走海运，一趟要一个多月。”贵州某食品企业负责人说，“现在从家门口上车，时间短了，货损也少了。”",
("h", "开放通道越走越宽"),
"近年来，贵州持续完善对外开放通道，已开通中欧班列、西部陆海新通道班列等国际货运线路十余条。今年1至4月，贵州开行国际货运班列187列，同比增长26%。",
"省商务厅相关负责人表示，冷链专列的开通，将为贵州农特产品出口欧洲提供稳定高效的物流保障，下一步将推动实现常态化开行。",
]))

# we-35: 福建 county-level newspaper e-paper (侨乡报), 引题/主题/副题 all present; byline inside first paragraph 本报讯（通讯员 …）
PAGES.append(dict(id="we-35", kind=K, title="侨乡安溪“茶+旅”融合发展再提速", authors=["王清河", "林美玲"], publish_time="2025年5月12日",
pmode="br",
css="body{background:#fdf8ee}.lay{width:1000px;margin:auto}.yinti,.futi{font-size:15px;text-align:center;color:#444}.zhuti{font-size:27px;text-align:center;color:#900;font-weight:bold}.rb{font-size:12px}",
top=f"""<div class="lay"><div class="mast">{img('安溪报')}<span>安溪报　第3128期　2025年5月12日 星期一</span></div>
<div class="row"><div class="side">{img('第2版 综合')}<p>当前版：<b>第2版　综合</b></p><p><a href="#">第1版　要闻</a><br><a href="#">第2版　综合</a><br><a href="#">第3版　茶乡</a><br><a href="#">第4版　副刊</a></p></div>
<div class="news"><div class="yinti">建设茶旅精品线路12条　培育茶庄园28家</div><div class="zhuti">侨乡安溪“茶+旅”融合发展再提速</div><div class="futi">一季度接待茶旅游客同比增长22%</div>
<div class="rb">【字号 <a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】　【<a href="#">打印</a>】　2025年5月12日</div><div class="text">""",
bottom=f"""</div><div class="bb"><b>本版其他文章</b><br>{links(['县委召开理论学习中心组学习会','蓬莱镇开展防溺水安全教育','“茶乡好人”榜单发布'],'<br>')}</div></div></div>
<div class="foot">安溪报社主办　地址：安溪县城厢镇XX路XX号　闽ICP备1500XXXX号</div></div>""",
blocks=[
"本报讯（通讯员 王清河 林美玲）5月上旬，正值春茶采制时节，西坪镇、感德镇的茶园里游客络绎不绝。体验采茶、学做铁观音、品茶论道，成为不少游客的“打卡”项目。",
"近年来，我县依托铁观音发源地的品牌优势，推进茶产业与文旅产业深度融合，已建成茶旅精品线路12条，培育茶庄园28家，其中省级观光茶园9家。今年一季度，全县接待茶旅游客约86万人次，同比增长22%。",
"在感德镇一家茶庄园，来自马来西亚的华侨陈先生带着家人体验了一整天的制茶过程。“小时候听长辈讲家乡的茶，今天终于亲手做了一回。”他说。",
"县文体旅局相关负责人介绍，下一步，我县将结合侨乡资源，推出“寻根之旅”“茶乡研学”等特色产品，办好茶文化旅游节，吸引更多海内外游客走进安溪。",
]))
