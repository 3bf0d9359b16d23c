# institution pages ue-36 .. ue-40
PAGES = []
def add(**k): PAGES.append(k)

add(id="ue-36", kind="institution", ptitle="我校团队在新型钙钛矿太阳能电池研究中取得重要进展-北京理工科技大学新闻网",
title="我校团队在新型钙钛矿太阳能电池研究中取得重要进展", authors=["李晨阳", "王子琪"], time="2025-03-11",
fmt="p", hfmt="strong",
css="body{margin:0;font:15px/1.9 'Microsoft YaHei'}.u-top{background:#003f88;color:#fff;padding:14px 50px;font-size:22px}.u-nav a{margin:0 12px}.u-art{width:960px;margin:auto}.u-art .t{font-size:26px;text-align:center;color:#003f88}.u-art .m{text-align:center;font-size:13px;color:#999}",
tpl="""
<div class="u-top">北京理工科技大学新闻网 <small>校园网首页 | English</small></div>
<div class="u-nav"><a>首页</a><a>综合新闻</a><a>学术科研</a><a>人才培养</a><a>校园文化</a><a>媒体理工</a><a>视频</a></div>
<div class="u-art">
<p>当前位置：首页 &gt;&gt; 学术科研 &gt;&gt; 正文</p>
<p class="t">我校团队在新型钙钛矿太阳能电池研究中取得重要进展</p>
<p class="m">发布时间：2025-03-11　作者：李晨阳 王子琪　来源：材料学院　点击：[1388]</p>
{BODY}
<p>图片：材料学院　编辑：宋佳　审核：何立新</p>
<p>上一条：<a>我校召开2025年春季学期本科教学工作会</a>　下一条：<a>校领导检查新学期开学工作</a></p>
</div>
<div>版权所有 © 北京理工科技大学党委宣传部　地址：北京市昌平区科学园路36号　京ICP备05062947号<br>投稿邮箱：news@example.edu.cn</div>
""",
body="""
近日，我校材料科学与工程学院张宏伟教授团队在钙钛矿太阳能电池稳定性研究方面取得重要进展，相关成果以《通过界面分子锚定实现高效稳定的倒置钙钛矿太阳能电池》为题，发表在国际期刊《先进材料》上。
钙钛矿太阳能电池具有转换效率高、制备成本低等优点，被认为是最具潜力的新一代光伏技术之一，但其长期稳定性不足一直制约着产业化进程。
h: 创新界面设计，效率与寿命“双提升”
研究团队设计了一种新型多功能分子，在钙钛矿薄膜与电荷传输层之间形成稳定的“锚定层”，有效抑制了离子迁移和界面缺陷。经测试，器件光电转换效率达到26.1%，在85℃、持续光照条件下工作1500小时后仍保持初始效率的92%。
h: 产学研协同推进成果转化
张宏伟表示，团队正与企业合作开展大面积组件的中试研究，争取早日实现技术转化。
该研究得到国家自然科学基金和北京市自然科学基金的资助。我校为论文第一完成单位，博士研究生刘思雨为论文第一作者。
""")

add(id="ue-37", kind="institution", ptitle="医院动态_福建省滨海医科大学附属第二医院",
title="我院成功开展首例机器人辅助下肾部分切除术", authors=["叶晓红", "林志强"], time="2024-10-15 16:20",
fmt="p", hfmt="strong",
css="body{margin:0;font-size:15px}.hos-top{display:flex;justify-content:space-between;padding:10px 40px;border-bottom:3px solid #009a8e}.hos-nav{background:#009a8e;color:#fff;padding:8px 40px}.hos-main{width:1100px;margin:auto;display:flex;gap:30px}.hos-art{flex:1}.hos-side{width:260px}",
tpl="""
<div class="hos-top"><span>福建省滨海医科大学附属第二医院</span><span>预约挂号 | 就诊指南 | 长者模式 | 服务热线：0591-22867120</span></div>
<div class="hos-nav">首页　医院概况　新闻中心　科室导航　专家介绍　就医指南　科研教学　党建园地</div>
<div class="hos-main"><div class="hos-side"><h3>新闻中心</h3><p>医院动态</p><p>媒体聚焦</p><p>健康科普</p><p>通知公告</p></div>
<div class="hos-art">
<p>您的位置：首页 - 新闻中心 - 医院动态</p>
<h2>我院成功开展首例机器人辅助下肾部分切除术</h2>
<p>【时间：2024-10-15 16:20】【来源：泌尿外科】【作者：通讯员 叶晓红 林志强】【阅读：968】</p>
{BODY}
<p>（编辑：党委宣传科　审核：陈卫东）</p>
</div></div>
<div>福建省滨海医科大学附属第二医院　地址：福州市仓山区浦上大道218号　闽ICP备11004325号-1　闽公网安备35010402350781号</div>
""",
body="""
近日，我院泌尿外科团队成功为一名肾肿瘤患者实施了机器人辅助下腹腔镜肾部分切除术，这是我院开展的首例该类手术，标志着我院微创泌尿外科技术迈上新台阶。
患者为58岁男性，体检时发现左肾有一直径约3.5厘米的肿物。经多学科会诊，泌尿外科主任郑国华团队决定为其实施机器人辅助手术，在切除肿瘤的同时最大限度保留正常肾组织。
h: 精准切除，创伤更小
手术中，主刀医生通过操控台操作机械臂，在高清三维视野下精准分离肿瘤、缝合创面，肾脏热缺血时间仅18分钟，术中出血约50毫升。患者术后第二天即可下床活动，术后第五天顺利出院。
郑国华介绍，与传统腹腔镜手术相比，机器人手术具有视野清晰、操作灵活、创伤小、恢复快等优势，尤其适用于位置复杂的肾肿瘤。
h: 微创技术持续拓展
今年以来，我院已累计完成机器人辅助手术160余例，涵盖泌尿外科、胃肠外科、妇科等多个专科。
""")

add(id="ue-38", kind="institution", ptitle="辽北钢铁集团有限公司-集团要闻",
title="辽北钢铁集团一季度钢材出口同比增长21%", authors=["韩立新"], time="2025年04月09日",
fmt="pi", hfmt="strong",
css="body{margin:0;font:15px/1.8 sans-serif}.soe-hd{background:#1f2d5a;color:#fff;padding:16px 60px}.soe-nav span{margin-right:20px}.soe-c{width:1000px;margin:auto}.soe-c .tt{font-size:24px;text-align:center}.soe-c .in{text-align:center;color:#999;border-bottom:1px solid #ddd}",
tpl="""
<div class="soe-hd">辽北钢铁集团有限公司 LIAOBEI STEEL GROUP <div class="soe-nav"><span>首页</span><span>走进辽钢</span><span>新闻中心</span><span>产品与服务</span><span>党建工作</span><span>社会责任</span><span>人才招聘</span></div></div>
<div class="soe-c">
<p>首页 / 新闻中心 / 集团要闻</p>
<div class="tt">辽北钢铁集团一季度钢材出口同比增长21%</div>
<div class="in">作者：韩立新　　来源：集团新闻中心　　日期：2025年04月09日　　浏览量：2031</div>
{BODY}
<p>【关闭】【打印】</p>
</div>
<div>Copyright © 2025 辽北钢铁集团有限公司 All Rights Reserved. 辽ICP备10002847号-1　地址：辽宁省铁岭市银州区钢城大街1号</div>
""",
body="""
今年一季度，辽北钢铁集团克服国内市场需求偏弱等不利因素，积极开拓海外市场，实现钢材出口41.6万吨，同比增长21%，出口产品结构持续优化。
h: 高端产品占比提升
一季度，集团高强船板、管线钢、汽车用钢等高附加值产品出口量达到18.3万吨，占出口总量的44%，较去年同期提高9个百分点。其中，一批厚度达80毫米的海洋工程用钢顺利交付东南亚客户。
h: 新市场开拓见效
集团组建海外营销专班，先后赴中东、南美等地开展市场调研和客户走访，新开发海外客户26家。一季度对中东地区出口量同比增长近一倍。
集团主要负责人表示，将坚持国内国际两个市场协同发力，加快推进产品认证和海外仓建设，力争全年出口钢材突破170万吨，为地方经济稳增长作出更大贡献。
""")

add(id="ue-39", kind="institution", ptitle="格尔木市人民法院",
title="格尔木法院巡回审判进牧区 “马背法庭”调解草场纠纷", authors=["马玉兰", "祁文斌"], time="2024-08-21 11:36:50",
fmt="p", hfmt="strong",
css="body{margin:0;background:#f3efe6}.court-top{background:#7b0c0c;color:#ffd700;padding:18px 40px;font-size:24px}.court-body{width:960px;margin:20px auto;background:#fff;padding:20px 40px}.court-body h1{font-size:24px;text-align:center}.info{font-size:13px;color:#777;text-align:center}",
tpl="""
<div class="court-top">格尔木市人民法院 <small>GOLMUD PEOPLE'S COURT</small></div>
<div><a>首页</a> <a>法院概况</a> <a>审判动态</a> <a>司法公开</a> <a>诉讼服务</a> <a>队伍建设</a> <a>法院文化</a></div>
<div class="court-body">
<p>当前位置：首页 &gt; 审判动态 &gt; 正文</p>
<h1>格尔木法院巡回审判进牧区 “马背法庭”调解草场纠纷</h1>
<p class="info">作者：马玉兰 祁文斌 发布时间：2024-08-21 11:36:50 来源：格尔木市人民法院</p>
{BODY}
<p>责任编辑：白雪</p>
<p>分享到：微信 微博</p>
<p>相关文章：<a>格尔木法院召开“枫桥式人民法庭”创建推进会</a></p>
</div>
<div>版权所有：格尔木市人民法院　地址：格尔木市柴达木路56号　诉讼服务热线：12368　青ICP备16000729号</div>
""",
body="""
8月19日，格尔木市人民法院唐古拉山人民法庭法官骑马赶到海拔4600多米的牧场，就地调解了一起因草场边界引发的纠纷，双方当事人握手言和。
原告才让与被告多杰系相邻牧户，因草场围栏位置发生争执，多次协商未果，遂诉至法院。考虑到当事人居住分散、交通不便，承办法官决定到牧场现场巡回审理。
“草场是牧民的命根子，纠纷不及时化解，很容易激化矛盾。”承办法官桑杰说。调解过程中，法官邀请村干部和乡司法所工作人员一同参与，对照草原承包经营权证和界桩实地测量，用藏汉双语释法说理。
经过三个多小时的调解，双方达成协议：由被告将围栏向东移动约12米，原告放弃其他诉讼请求。
今年以来，该院共开展巡回审判46次，就地化解矛盾纠纷83件，让牧民群众在家门口就能感受到公平正义。
""")

add(id="ue-40", kind="institution", ptitle="福建省茶产业协会 - 协会动态",
title="省茶产业协会召开第三届会员代表大会第二次会议", authors=["黄建华"], time="2025-01-18",
fmt="div", hfmt="h4",
css="body{margin:0;font:15px/1.8 sans-serif;color:#333}.as-hd{background:#3b6b2a;color:#fff;padding:14px 40px}.as-w{max-width:900px;margin:auto}.para{margin:0 0 1em;text-indent:2em}.as-meta{color:#8a8a8a;font-size:13px}",
tpl="""
<div class="as-hd">福建省茶产业协会 <span>Fujian Tea Industry Association</span></div>
<div><a>首页</a> | <a>协会概况</a> | <a>协会动态</a> | <a>会员风采</a> | <a>政策法规</a> | <a>茶叶标准</a> | <a>入会指南</a></div>
<div class="as-w">
<p>首页 › 协会动态</p>
<h1>省茶产业协会召开第三届会员代表大会第二次会议</h1>
<p class="as-meta">2025-01-18　｜　协会秘书处　黄建华/文　陈晨/摄</p>
{BODY}
<p class="as-meta">审核：林永春</p>
<p>【<a>返回列表</a>】</p>
</div>
<div>福建省茶产业协会 版权所有　联系电话：0591-87531060　闽ICP备17012633号-1</div>
""",
body="""
1月17日，福建省茶产业协会第三届会员代表大会第二次会议在福州召开。来自全省各地的会员代表共260余人参加会议。
会议审议通过了协会2024年工作报告和财务报告，选举增补了理事和常务理事，表彰了一批年度优秀会员单位。
h: 过去一年：服务会员、规范行业
报告显示，2024年协会组织会员单位参加国内外展会12场，开展制茶技能培训31期，培训茶农和企业技术人员4800余人次；牵头制定《福建白茶加工技术规范》等团体标准5项。
h: 新的一年：做强品牌、拓展市场
会议提出，2025年协会将重点抓好四项工作：
li: 推进茶叶质量追溯体系建设，扩大追溯覆盖面；
li: 组织会员企业“抱团出海”，开拓“一带一路”沿线市场；
li: 开展茶文化进校园、进社区活动；
li: 加强行业自律，维护公平竞争的市场秩序。
协会会长在讲话中表示，要团结带领广大会员，推动福建茶产业高质量发展。
""")
