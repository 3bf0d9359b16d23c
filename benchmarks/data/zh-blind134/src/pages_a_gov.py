# government pages ue-01 .. ue-12
PAGES = []
def add(**k): PAGES.append(k)

add(id="ue-01", kind="government", ptitle="海淀区召开2025年优化营商环境工作推进会_北京市海淀区人民政府",
title="海淀区召开2025年优化营商环境工作推进会", authors=[], time="2025-03-14 17:26",
fmt="p", hfmt="strong",
css="body{font-family:'Microsoft YaHei';margin:0}.top{background:#0b4ea2;color:#fff;padding:4px 20px}.top a{color:#fff;margin-right:12px}.nav a{margin:0 14px}.crumb{color:#666;font-size:14px}.art{width:1000px;margin:0 auto}.info{color:#888;font-size:14px;text-align:center}.info span{margin:0 10px}h1{text-align:center;font-size:28px}.foot{background:#f2f2f2;font-size:13px;text-align:center;padding:20px}",
tpl="""
<div class="top"><a>无障碍</a><a>长者模式</a><a>繁体版</a><a>English</a><span style="float:right"><a>登录</a><a>注册</a></span></div>
<header><img alt="北京市海淀区人民政府"><form><input placeholder="请输入关键词"><button>搜索</button></form>
<nav class="nav"><a>首页</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>走进海淀</a><a>专题专栏</a></nav></header>
<div class="art">
<div class="crumb">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>政务动态</a> &gt; <a>海淀要闻</a> &gt; 正文</div>
<h1>海淀区召开2025年优化营商环境工作推进会</h1>
<div class="info"><span>发布时间：2025-03-14 17:26</span><span>来源：区政府办</span><span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span><span><a>【打印】</a><a>【关闭】</a></span></div>
<div class="content">{BODY}</div>
<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>
<p>上一篇：<a>海淀区召开春季森林防火工作部署会</a><br>下一篇：<a>区领导调研中关村科学城北区重点项目建设</a></p>
<div class="rel"><h4>相关阅读</h4><ul><li><a>海淀区发布2025年营商环境改革任务清单</a> 2025-02-28</li><li><a>“海淀企业服务包”累计服务企业超1.2万家</a> 2025-01-16</li></ul></div>
</div>
<div class="foot"><p><a>网站地图</a> | <a>联系我们</a> | <a>网站声明</a></p><p>主办：北京市海淀区人民政府办公室　承办：北京市海淀区政务服务和数据管理局</p><p>京ICP备05012873号-2　京公网安备 11010802031472号　网站标识码：1101080009</p><p><img alt="政府网站找错"> <img alt="党政机关"></p></div>
""",
body="""
3月14日下午，海淀区召开2025年优化营商环境工作推进会，总结2024年工作成效，部署今年重点改革任务。区委副书记、区长刘思远出席并讲话，副区长陈立平主持会议。
会上，区发展改革委通报了全区营商环境改革任务完成情况，区政务服务和数据管理局、区市场监管局、中关村科学城管委会分别作交流发言。
h: 一、聚焦企业感受，推动改革落地见效
刘思远指出，去年全区围绕“高效办成一件事”推出42项集成服务，企业开办时间压缩至0.5个工作日，涉企审批事项平均减时限六成以上。今年要把企业满意度作为检验工作的根本标准，坚持问题导向，在“准入、准营、退出”各环节再出实招。
h: 二、强化数据赋能，提升服务精准度
会议要求，加快建设区级企业服务数据平台，推动“政策找企业”从试点走向全覆盖；对科技型中小企业实行“一企一策”服务，确保惠企资金在三十日内直达账户。
h: 三、压实工作责任，形成改革合力
各街镇、各部门要对照任务清单逐项销号，每季度开展一次“营商环境体验官”走访，对企业反映的问题建立“接诉即办”闭环机制，切实做到事事有回音、件件有着落。
区有关部门、各街镇主要负责同志参加会议。
""")

add(id="ue-02", kind="government", ptitle="福州市交通运输局关于做好2025年春运期间道路运输安全工作的通知",
title="福州市交通运输局关于做好2025年春运期间道路运输安全工作的通知", authors=[], time="2025-01-08",
fmt="font", hfmt="bi",
css="body{margin:0;font-size:12px;background:#e8eef5}table.main{width:960px;margin:0 auto;background:#fff}td{font-size:12px}.t1{font-size:20px;font-weight:bold;color:#b00;text-align:center}.dt td,.dt th{font-size:14px}",
tpl="""
<table class="main" cellpadding="0" cellspacing="0"><tr><td>
<table width="100%"><tr><td><img alt="福州市交通运输局"></td><td align="right"><a>设为首页</a> | <a>加入收藏</a> | <a>无障碍浏览</a></td></tr></table>
<table width="100%" bgcolor="#1d5fa8"><tr><td><a>首页</a></td><td><a>机构概况</a></td><td><a>政务公开</a></td><td><a>办事服务</a></td><td><a>公众参与</a></td><td><a>交通要闻</a></td></tr></table>
<table width="100%"><tr><td>您现在的位置：<a>首页</a>&gt;&gt;<a>政务公开</a>&gt;&gt;<a>通知公告</a></td></tr></table>
<table width="100%" border="1" cellspacing="0"><tr><td>索 引 号：</td><td>FZ07101-0200-2025-00003</td><td>所属机构：</td><td>福州市交通运输局</td></tr>
<tr><td>所属主题：</td><td>交通运输</td><td>发文日期：</td><td>2025-01-08</td></tr>
<tr><td>发文字号：</td><td>榕交运〔2025〕3号</td><td>有 效 性：</td><td>有效</td></tr></table>
<table width="100%"><tr><td class="t1">福州市交通运输局关于做好2025年春运期间道路运输安全工作的通知</td></tr>
<tr><td align="center">发布时间：2025-01-08　　　　<a>【我要打印】</a><a>【关闭窗口】</a></td></tr></table>
<table width="100%"><tr><td>
<p align="center"><font size="3">榕交运〔2025〕3号</font></p>
{BODY}
</td></tr></table>
<table width="100%"><tr><td>附件：<a>1.春运道路运输安全隐患排查表.doc</a></td></tr></table>
<table width="100%"><tr><td>相关链接：<select><option>--国家部委网站--</option></select><select><option>--各县（市）区网站--</option></select></td></tr></table>
<table width="100%" bgcolor="#eeeeee"><tr><td align="center">版权所有：福州市交通运输局　地址：福州市鼓楼区华林路98号　电话：0591-87650321<br>闽ICP备05021367号　网站标识码：3501000027　闽公网安备 35010202000318号<br>建议使用1024×768分辨率浏览</td></tr></table>
</td></tr></table>
""",
body="""
各县（市）区交通运输局，局属各单位，各道路运输企业：
2025年春运自1月14日开始，至2月22日结束，共40天。为切实做好春运期间道路运输安全工作，保障人民群众安全便捷出行，现就有关事项通知如下：
h: 一、全面开展隐患排查
各单位要在1月12日前对辖区客运站、客运企业、营运车辆开展一次全覆盖安全检查，重点检查车辆技术状况、驾驶员资质和动态监控运行情况，发现问题立即整改，不能整改的一律停运。
h: 二、严格落实源头管理
客运站要严格执行“三不进站、六不出站”制度，加强危险品查堵，严禁超员车辆出站。包车客运要规范线路审批，严禁凌晨2时至5时运行。
h: 三、做好恶劣天气应对
各单位要密切关注雨雪冰冻、大雾等天气预警，制定恶劣天气应急预案，必要时果断采取停运措施，并及时向社会发布出行提示。
h: 四、加强值班值守
春运期间实行24小时值班和领导带班制度，突发事件须在30分钟内电话报告、2小时内书面报告。市局值班电话：0591-87650388。
sig: 福州市交通运输局
sig: 2025年1月7日
x: <p>（此件主动公开）</p>
""")

add(id="ue-03", kind="government", ptitle="《沈阳市浑南区促进数字经济高质量发展若干措施》政策解读",
title="《沈阳市浑南区促进数字经济高质量发展若干措施》政策解读", authors=["高雪梅"], time="2024年11月20日",
fmt="pi", hfmt="h4",
css="body{margin:0;font:15px/1.8 'PingFang SC',sans-serif;color:#222}.hd{height:120px;background:linear-gradient(#c8161d,#e8382f);color:#fff}.wrap{max-width:1200px;margin:auto;display:flex}.main{flex:3}.side{flex:1;border-left:1px solid #ddd;padding-left:16px}.meta{display:flex;gap:24px;color:#999;border-bottom:1px dashed #ccc}.sub{color:#c8161d}",
tpl="""
<div class="hd"><span>沈阳市浑南区人民政府</span><ul><li>首页</li><li>新闻中心</li><li>信息公开</li><li>政务服务</li><li>政民互动</li><li>魅力浑南</li></ul><span>长者模式 | 无障碍 | 手机版</span></div>
<div class="wrap"><div class="main">
<p>首页 &gt; 信息公开 &gt; 政策解读 &gt; 正文</p>
<div class="meta"><span>来源：区发展改革局</span><span>作者：高雪梅</span><span>日期：2024年11月20日</span><span>浏览：1,206</span></div>
<h1>《沈阳市浑南区促进数字经济高质量发展若干措施》政策解读</h1>
<p class="link">相关文件：<a>沈阳市浑南区人民政府办公室关于印发《沈阳市浑南区促进数字经济高质量发展若干措施》的通知</a></p>
{BODY}
<div class="tools"><a>打印本页</a> <a>关闭窗口</a> <a>收藏</a></div>
</div>
<aside class="side"><h3>政策解读</h3><ul><li>一图读懂：浑南区2025年民生实事项目</li><li>《浑南区城市更新实施方案》解读</li><li>图解：浑南区稳岗扩就业十条</li></ul><p><img alt="扫一扫在手机打开当前页"><br>扫一扫在手机打开当前页</p></aside></div>
<footer><p>主办单位：沈阳市浑南区人民政府办公室　技术支持：沈阳市浑南区大数据中心</p><p>辽ICP备11003726号-1　辽公网安备21011202000137号　网站标识码：2101120005</p><p>联系电话：024-23786519</p></footer>
""",
body="""
h: 一、出台背景
近年来，浑南区数字经济规模持续扩大，2023年数字经济核心产业营业收入突破600亿元，但仍存在龙头企业偏少、应用场景开放不足等问题。为加快建设数字经济发展示范区，区发展改革局会同相关部门研究制定了《若干措施》。
h: 二、主要内容
《若干措施》共五个方面18条，主要包括：
li: 支持企业做大做强，对首次入选全国软件百强的企业给予最高200万元奖励；
li: 鼓励场景开放，每年发布不少于30个数字化应用场景清单；
li: 加强人才支撑，对引进的高层次数字人才给予最高50万元安家补贴；
li: 优化算力供给，对企业租用区内公共算力按实际费用的30%给予补贴。
h: 三、适用对象
在浑南区注册、具有独立法人资格，且统计关系在区内的数字经济相关企业和机构。
h: 四、施行时间
《若干措施》自2024年12月1日起施行，有效期三年。具体申报事宜另行通知，咨询电话：024-23786502。
""")

add(id="ue-04", kind="government", ptitle="周家寺街道开展“邻里守望”冬季关爱独居老人活动-西宁市城东区人民政府",
title="周家寺街道开展“邻里守望”冬季关爱独居老人活动", authors=["王海英", "马福成"], time="2024-12-19 10:05:33",
fmt="p", hfmt="strong",
css="body{background:#f5f5f5;margin:0;font-size:14px}.box{width:980px;margin:10px auto;background:#fff;padding:20px}.ttl{font-size:24px;color:#0a3f7a;text-align:center;font-weight:bold}.bar{text-align:center;color:#777;font-size:13px;margin:10px 0;border-bottom:1px solid #e5e5e5}",
tpl="""
<div><a>西宁市城东区人民政府</a>　<span>2025年1月2日 星期四</span>　<a>繁體</a> <a>无障碍</a></div>
<div class="menu"><a>首 页</a> <a>走进城东</a> <a>政务公开</a> <a>新闻动态</a> <a>乡镇街道</a> <a>便民服务</a></div>
<div class="box">
<div>您所在的位置：首页 &gt; 新闻动态 &gt; 乡镇街道动态</div>
<div class="ttl">周家寺街道开展“邻里守望”冬季关爱独居老人活动</div>
<div class="bar">发布时间：2024-12-19 10:05:33　　信息来源：周家寺街道办事处　　点击数：437　　【<a>大</a> <a>中</a> <a>小</a>】</div>
{BODY}
<p>【<a>打印此页</a>】【<a>关闭窗口</a>】</p>
<p>上一条：<a>城东区召开2024年度河湖长制工作会议</a></p><p>下一条：<a>八一路街道组织开展消防安全应急演练</a></p>
</div>
<div class="ft">版权所有：西宁市城东区人民政府办公室　青ICP备08000617号　青公网安备63010202000145号　网站标识码：6301020001<br>地址：西宁市城东区东关大街128号　邮编：810007</div>
""",
body="""
入冬以来，城东区周家寺街道组织社区干部、网格员和志愿者开展“邻里守望”冬季关爱独居老人活动，为辖区134名独居、空巢老人送去温暖。
img: 志愿者为老人检查家中取暖设施
cap: 志愿者为老人检查家中取暖设施
活动中，工作人员逐户走访，帮助老人检查炉具、烟道和电线线路，讲解冬季取暖用煤安全知识，并为行动不便的老人代购米面油等生活用品。在东环路社区，82岁的独居老人韩秀兰拉着网格员的手说：“天冷了，你们一趟趟来看我，心里热乎乎的。”
街道还为每位独居老人建立了“一人一档”，明确一名网格员、一名志愿者结对联系，每周至少上门或电话问候两次，遇到突发情况第一时间响应。
下一步，周家寺街道将持续深化“邻里守望”服务品牌，整合辖区医疗、家政等资源，推动助餐、助洁、助医服务向独居老人家中延伸，让老人们安心温暖过冬。（王海英 马福成）
""")

add(id="ue-05", kind="government", ptitle="关于2025年第一季度城乡最低生活保障对象名单的公示 - 永泰县嵩口镇人民政府",
title="关于2025年第一季度城乡最低生活保障对象名单的公示", authors=[], time="2025/03/26",
fmt="pu", hfmt="strong",
css="*{box-sizing:border-box}body{margin:0;font-size:15px}.head{background:#2a7d3e;color:#fff;padding:12px}.ct{width:1100px;margin:0 auto}.dt{border-collapse:collapse;width:100%}.dt td,.dt th{border:1px solid #999;text-align:center}.src{font-size:13px;color:#666}",
tpl="""
<div class="head"><b>永泰县嵩口镇人民政府</b><p><a>首页</a> · <a>镇情概况</a> · <a>政务公开</a> · <a>便民服务</a> · <a>乡村振兴</a></p><input placeholder="站内搜索"></div>
<div class="ct">
<p>位置：<a>首页</a> › <a>政务公开</a> › <a>公示公告</a></p>
<h2 style="text-align:center">关于2025年第一季度城乡最低生活保障对象名单的公示</h2>
<p class="src">2025/03/26　|　嵩口镇社会事务服务中心　|　阅读 215 次</p>
<hr>
{BODY}
<p>扫码查看：<img alt="二维码"></p>
<p>【<a>打印</a>】【<a>关闭</a>】</p>
</div>
<div class="fot">嵩口镇人民政府主办　地址：永泰县嵩口镇中山路18号　电话：0591-24850116<br>闽ICP备13009715号-1　网站标识码：3501250031</div>
""",
body="""
根据《福建省最低生活保障办法》有关规定，经村（居）委会民主评议、镇人民政府审核，拟将以下人员纳入2025年第一季度城乡最低生活保障范围，现予以公示。
tr: 序号|村（居）|户主姓名|保障人数|类别
tr: 1|月洲村|张*明|2|农村低保
tr: 2|大喜村|林*英|1|农村低保
tr: 3|嵩口社区|陈*华|3|城市低保
tr: 4|龙湘村|黄*生|1|农村特困
tr: 5|长安村|郑*香|2|农村低保
公示期为2025年3月26日至4月1日。公示期间，如对公示对象有异议，可通过来信、来电或来访等方式向镇社会事务服务中心反映。反映情况须实事求是，提倡署真实姓名并提供联系方式，以便核实反馈。
监督电话：0591-24850132（镇社会事务服务中心），0591-24862277（县民政局社会救助股）。
sig: 永泰县嵩口镇人民政府
sig: 2025年3月26日
""")

add(id="ue-06", kind="government", ptitle="在全区安全生产和消防工作会议上的讲话 - 北京市通州区应急管理局",
title="在全区安全生产和消防工作会议上的讲话", authors=["孙建国"], time="2025-02-21",
fmt="pi", hfmt="bi",
css="body{font-family:SimSun;margin:0}.bn{background:#8b0000;color:#fff;font-size:26px;padding:16px}.c{width:900px;margin:auto}h1{font-size:26px;text-align:center;color:#8b0000}.subt{text-align:center;font-size:16px}.in{color:#555;font-size:13px;text-align:right}",
tpl="""
<div class="bn">北京市通州区应急管理局<small> 无障碍 | 关怀版</small></div>
<div class="nv"><a>首页</a>|<a>机构职能</a>|<a>工作动态</a>|<a>领导讲话</a>|<a>安全生产</a>|<a>应急救援</a>|<a>政策法规</a></div>
<div class="c">
<p>当前位置：首页 &gt; 领导讲话 &gt; 正文</p>
<h1>在全区安全生产和消防工作会议上的讲话</h1>
<p class="subt">区应急管理局局长　孙建国</p>
<p class="subt">（2025年2月20日）</p>
<p class="in">发布日期：2025-02-21　来源：通州区应急管理局 <a>[打印]</a> <a>[关闭]</a></p>
{BODY}
<p>审核：办公室</p>
</div>
<div><p>友情链接：应急管理部 | 北京市应急管理局 | 通州区人民政府</p><p>主办：北京市通州区应急管理局　京ICP备10035542号　京公网安备11011202000298号　网站标识码：1101120024</p></div>
""",
body="""
同志们：
刚才，我们通报了2024年全区安全生产和消防工作情况，几个单位作了表态发言，讲得都很好。下面，我再讲三点意见。
h: 一、清醒认识当前形势
过去一年，全区生产安全事故起数和死亡人数实现“双下降”，但问题依然不少：有限空间作业、电动自行车充电、老旧小区消防通道堵塞等隐患反复出现。大家一定要清醒看到，安全生产没有“零风险”，只有“零容忍”。
h: 二、突出抓好重点领域
一是抓好城镇燃气安全，年底前完成全部老旧管网改造任务；二是抓好建筑施工安全，对深基坑、高支模等危大工程实行挂牌督办；三是抓好人员密集场所消防安全，春节前对商场、养老机构开展一轮全覆盖检查。
h: 三、层层压实安全责任
各单位主要负责同志是第一责任人，要亲自研究、亲自部署、亲自督查。对检查中发现的问题，要建立台账、限期整改，整改不到位的要严肃追责问责。
同志们，安全生产责任重于泰山。让我们以更加务实的作风，守牢安全底线，为通州城市副中心高质量发展创造良好的安全环境。
""")

add(id="ue-07", kind="government", ptitle="瓦房店市复州城镇八里村村务公开",
title="八里村关于2024年度集体土地承包费收支情况的公告", authors=[], time="2025年1月10日",
fmt="br", hfmt="brb",
css="body{background:#fffbe6;font-size:14px}td{font-size:14px}.tit{font-size:18px;font-weight:bold;color:#900}",
tpl="""
<table width="800" align="center" border="0"><tr><td colspan="2"><img alt="复州城镇八里村"><br><marquee>热烈庆祝八里村村务公开网站开通！</marquee></td></tr>
<tr><td width="160" valign="top" bgcolor="#ffe9a8"><b>栏目导航</b><br><a>村情简介</a><br><a>村务公开</a><br><a>党务公开</a><br><a>财务公开</a><br><a>惠农政策</a><br><a>联系我们</a></td>
<td valign="top"><p>现在位置：首页-&gt;村务公开-&gt;财务公开</p>
<p class="tit" align="center">八里村关于2024年度集体土地承包费收支情况的公告</p>
<p align="center">时间：2025年1月10日&nbsp;&nbsp;作者：村委会&nbsp;&nbsp;阅读：88</p>
<div>{BODY}</div>
<p align="center">[<a>返回上一页</a>] [<a>打印本页</a>]</p></td></tr>
<tr><td colspan="2" align="center"><hr>瓦房店市复州城镇八里村村民委员会　电话：0411-85431062<br>辽ICP备12008861号</td></tr></table>
""",
body="""
全体村民：
根据村务公开有关规定，现将本村2024年度集体土地承包费收支情况公布如下：
h: 一、收入情况
2024年度共收取集体土地承包费186,400元，其中耕地承包费152,000元，果园承包费21,600元，鱼塘承包费12,800元。
h: 二、支出情况
全年支出共计143,750元，其中村道维修58,300元，农田灌溉设施维护36,200元，困难户慰问及五保户补助24,500元，村部取暖及办公费用24,750元。
h: 三、结余情况
收支相抵，结余42,650元，已全部存入镇农村集体“三资”管理服务中心专户，用于2025年村内公益事业。
村民对以上公开内容如有疑问，可于公告之日起十日内向村民主理财小组或村委会提出，联系人：于长海，电话：13904116378。
特此公告。
八里村村民委员会　八里村民主理财小组
2025年1月10日
""")

add(id="ue-08", kind="government", ptitle="青海省生态环境厅关于2024年第四季度环境信访办理情况的通报",
title="青海省生态环境厅关于2024年第四季度环境信访办理情况的通报", authors=[], time="2025-01-23 15:40",
fmt="p", hfmt="strong",
css="body{margin:0;font:16px/1.75 sans-serif}header{background:#006b5f;color:#fff;padding:10px 40px}nav span{padding:0 16px}.tab{max-width:1140px;margin:20px auto}.docinfo{background:#f3f8f7;padding:10px;display:grid;grid-template-columns:1fr 1fr}.dt{width:100%;border-collapse:collapse}.dt td,.dt th{border:1px solid #aaa;padding:4px}",
tpl="""
<header><div>青海省生态环境厅</div><div>长者模式 · 无障碍 · 登录</div><nav><span>首页</span><span>机构设置</span><span>政府信息公开</span><span>环境质量</span><span>互动交流</span><span>专题专栏</span></nav></header>
<div class="tab">
<div>首页 / 政府信息公开 / 法定主动公开内容 / 通知通告</div>
<div class="docinfo"><div>标　　题：青海省生态环境厅关于2024年第四季度环境信访办理情况的通报</div><div>发文机关：青海省生态环境厅</div><div>文　　号：青生发〔2025〕9号</div><div>成文日期：2025-01-21</div><div>发布日期：2025-01-23 15:40</div><div>主题分类：环境监管</div></div>
<h1 style="text-align:center">青海省生态环境厅关于2024年第四季度环境信访办理情况的通报</h1>
<p style="text-align:center">青生发〔2025〕9号</p>
{BODY}
<div>分享：<span>微信</span> <span>微博</span> <span>复制链接</span></div>
</div>
<footer>主办：青海省生态环境厅　地址：西宁市城西区五四西路18号　青ICP备05003315号-1　青公网安备 63010402000089号　网站标识码：6300000041</footer>
""",
body="""
各市州生态环境局，厅属各单位：
2024年第四季度，全省各级生态环境部门共受理环境信访举报612件，较上季度下降8.4%，已按期办结598件，办结率97.7%。现将有关情况通报如下。
h: 一、总体情况
从举报内容看，噪声污染仍居首位，其次为大气污染和水污染。各地区受理及办结情况如下：
tr: 地区|受理件数|办结件数|办结率
tr: 西宁市|287|283|98.6%
tr: 海东市|131|127|96.9%
tr: 海西州|94|92|97.9%
tr: 其他市州|100|96|96.0%
h: 二、存在问题
部分地区存在回复内容简单、现场核查不深入等问题，个别案件出现重复举报，群众满意度有待提高。
h: 三、工作要求
各地要进一步压实办理责任，对重复举报案件实行领导包案，确保件件有落实；要加强对典型案例的宣传，引导企业依法治污。
青海省生态环境厅
2025年1月21日
""")

add(id="ue-09", kind="government", ptitle="厦门市湖里区人民政府关于同意殿前街道设立高林社区居民委员会的批复",
title="厦门市湖里区人民政府关于同意殿前街道设立高林社区居民委员会的批复", authors=[], time="2024-09-30",
fmt="span", hfmt="strong",
css="body{margin:0;background:#eef3fa}.w{width:1000px;margin:0 auto;background:#fff;padding:24px 50px}.gov{color:#c00;font-size:34px;text-align:center;letter-spacing:4px;border-bottom:2px solid #c00}h2{text-align:center;font-family:'方正小标宋简体',serif}.ops a{margin-left:8px}",
tpl="""
<div class="topbar">厦门市湖里区人民政府 | 今天是：2024年10月3日 | <a>无障碍</a> <a>长者版</a> <a>手机版</a></div>
<div class="menu"><a>首页</a> <a>湖里概况</a> <a>要闻动态</a> <a>政府信息公开</a> <a>在线办事</a> <a>互动交流</a></div>
<div class="w">
<p>首页 ＞ 政府信息公开 ＞ 区政府文件 ＞ 湖政批</p>
<h2>厦门市湖里区人民政府关于同意殿前街道设立高林社区居民委员会的批复</h2>
<p class="ops">发布日期：2024-09-30 <span>字号：<a>大</a><a>中</a><a>小</a></span><a>打印</a><a>关闭</a></p>
<p class="gov">厦门市湖里区人民政府</p>
<p style="text-align:right">湖政批〔2024〕27号</p>
{BODY}
</div>
<div class="ft"><p><a>关于我们</a>|<a>网站地图</a>|<a>隐私声明</a></p><p>主办单位：厦门市湖里区人民政府办公室　闽ICP备05018223号　闽公网安备 35020602000411号　网站标识码：3502060004</p><p><img alt="扫一扫，关注湖里发布">扫一扫，关注湖里发布</p></div>
""",
body="""
殿前街道办事处：
你办《关于设立高林社区居民委员会的请示》（殿街〔2024〕35号）收悉。经研究，现批复如下：
一、同意设立高林社区居民委员会，隶属殿前街道管辖。
二、高林社区居民委员会管辖范围为：东至高林中路，南至金湖路，西至枋湖北二路，北至高林东里，辖区面积约0.86平方公里，现有居民约1.1万人。
三、高林社区居民委员会驻地设在高林中路517号。
四、你办要按照《中华人民共和国城市居民委员会组织法》等有关规定，依法做好社区居民委员会选举、人员配备和工作经费保障等工作，确保社区各项工作平稳有序开展。同时，要做好辖区居民的宣传解释工作，妥善处理好新老社区在人员、资产、档案等方面的交接事宜，确保群众办事不受影响。
此复。
sig: 厦门市湖里区人民政府
sig: 2024年9月27日
x: <p>（此件主动公开）</p>
""")

add(id="ue-10", kind="government", ptitle="东华门街道：胡同里的“微更新”让居民家门口更宜居",
title="东华门街道：胡同里的“微更新”让居民家门口更宜居", authors=["李静", "赵宁"], time="2025年4月8日 09:12",
fmt="p", hfmt="h4",
css="body{margin:0;font:16px/1.9 'Source Han Sans SC',sans-serif}.nav{background:#a11;color:#fff;padding:6px 30px}.page{max-width:860px;margin:0 auto}.m{font-size:13px;color:#888}.m em{font-style:normal;margin-right:16px}",
tpl="""
<div class="nav">北京东城 · 东华门街道办事处 ｜ <a>首页</a> <a>街道概况</a> <a>工作动态</a> <a>社区风采</a> <a>接诉即办</a> ｜ <a>无障碍</a></div>
<div class="page">
<div class="crumb">当前位置：首页 ＞ 工作动态 ＞ 正文</div>
<h1>东华门街道：胡同里的“微更新”让居民家门口更宜居</h1>
<div class="m"><em>2025年4月8日 09:12</em><em>来源：东华门街道</em><em>浏览量：592</em></div>
{BODY}
<p>（责任编辑：周璐）</p>
<div>【<a>打印</a>】【<a>关闭</a>】 <span>分享到：微信 微博</span></div>
<div><b>推荐阅读</b><p><a>东华门街道召开2025年接诉即办工作推进会</a></p><p><a>“小巷管家”春季巡河活动启动</a></p></div>
</div>
<div class="foot">北京市东城区人民政府东华门街道办事处 版权所有　地址：北京市东城区南池子大街68号<br>京ICP备05081936号-3　京公网安备 11010102004518号</div>
""",
body="""
x: <p class="au">通讯员 李&nbsp;&nbsp;静　赵&nbsp;&nbsp;宁</p>
春日的午后，东华门街道南湾子胡同里，几位老街坊坐在新装的木质座椅上晒着太阳聊天。“以前这儿堆满了杂物，现在有了座椅和花池，出门就能歇歇脚。”居民刘大爷笑着说。
h: 小空间里做“绣花”文章
去年以来，东华门街道坚持“留白增绿、见缝插针”，在辖区12条胡同实施“微更新”，累计清理堆物堆料300余处，新增口袋花园9处、便民座椅46组。设计方案由社区规划师牵头，先后召开居民议事会17场，征集意见建议120余条。
h: 居民从“旁观者”变成“参与者”
在菖蒲河社区，居民自发成立“胡同美化小组”，认养花池、轮流浇水。小组召集人马秀珍说：“自己动手种的花，大家都格外爱护。”
街道相关负责人表示，今年将把“微更新”延伸至背街小巷的照明、无障碍设施等领域，持续提升居民的获得感和幸福感。
""")

add(id="ue-11", kind="government", ptitle="铁岭县领导深入乡镇调研春耕备耕工作",
title="县领导深入乡镇调研春耕备耕工作", authors=["赵明"], time="2025-04-02",
fmt="div", hfmt="strong",
css="body{margin:0}.l{float:left;width:240px}.r{margin-left:260px}.para{margin:10px 0;text-indent:2em}.ti{font-size:22px;font-weight:bold}.x{clear:both}",
tpl="""
<div class="top"><span>铁岭县人民政府网</span> <a>网站支持IPv6</a> <a>无障碍阅读</a> <a>繁/简</a></div>
<div class="mn"><a>网站首页</a> <a>县情概况</a> <a>政务动态</a> <a>信息公开</a> <a>网上办事</a> <a>政民互动</a></div>
<div class="l"><h3>政务动态</h3><p><a>铁岭要闻</a></p><p><a>部门动态</a></p><p><a>乡镇动态</a></p><p><a>通知公告</a></p></div>
<div class="r">
<p>您当前所在位置：首页 » 政务动态 » 铁岭要闻</p>
<p class="ti">县领导深入乡镇调研春耕备耕工作</p>
<p>日期：2025-04-02　　文：赵明　图：孙琪　　来源：县融媒体中心　　【<a>字号 大 中 小</a>】</p>
{BODY}
<p>编辑：刘佳　　审核：王振</p>
</div>
<div class="x">主办：铁岭县人民政府　承办：铁岭县政务服务中心　辽ICP备06013578号　辽公网安备21122102000071号　网站标识码：2112210003</div>
""",
body="""
4月1日，县委副书记、县长邹志刚深入腰堡镇、蔡牛镇，调研春耕备耕工作。
img: 调研现场
cap: 图为邹志刚在农资经营门店了解化肥价格情况。
在腰堡镇农资超市，邹志刚详细询问种子、化肥、农药的储备和价格情况，叮嘱经营户严把质量关，坚决杜绝假冒伪劣农资流入市场。在蔡牛镇张庄村高标准农田建设项目现场，他察看了灌排设施建设进度，要求施工单位倒排工期，确保项目在播种前具备灌溉条件。
邹志刚指出，今年全县粮食播种面积稳定在86万亩以上，各乡镇要抓住当前有利时机，组织农机具检修、土地整理和农技培训，推广玉米密植精准调控等技术，为全年粮食丰收打下坚实基础。
他强调，要做好农业保险承保工作，提前防范春旱和低温冷害，统筹抓好农村人居环境整治和森林防火工作。
县直有关部门负责同志参加调研，并现场协调解决农资运输、机耕道维修等问题5个。
""")

add(id="ue-12", kind="government", ptitle="关于实施2025年春季农田灌溉分时段供水的公告_乐都区碾伯镇",
title="关于实施2025年春季农田灌溉分时段供水的公告", authors=[], time="2025-04-02 09:30:12",
fmt="p", hfmt="strong",
css="html{font-size:16px}body{margin:0}.x-head{display:grid;grid-template-columns:auto 1fr auto;padding:8px 5vw;border-bottom:3px solid #1565c0}.x-art{max-width:780px;margin:0 auto;padding:0 16px}.x-meta span+span{margin-left:0}",
tpl="""
<div class="x-head"><span>海东市乐都区碾伯镇人民政府</span><input placeholder="搜索本站"><span><a>长者模式</a>｜<a>无障碍</a></span></div>
<nav><a>首页</a> <a>碾伯概况</a> <a>政务公开</a> <a>通知公告</a> <a>党建引领</a> <a>便民服务</a></nav>
<div class="x-art">
<p>首页&gt;通知公告&gt;正文</p>
<h1>关于实施2025年春季农田灌溉分时段供水的公告</h1>
<p class="x-meta"><span>发布时间：2025-04-02 09:30:12</span><span>来源：碾伯镇人民政府</span><span>浏览次数：326</span></p>
{BODY}
<p>附件下载：<a>碾伯镇2025年春灌轮灌时间表.xlsx</a></p>
</div>
<div>上一篇：<a>碾伯镇开展春季植树造林活动</a>　下一篇：<a>无</a></div>
<footer>碾伯镇人民政府 主办 · 电话：0972-8621458 · 青ICP备12000532号-2 · 网站标识码：6302020017<br>本站支持IPv6访问</footer>
""",
body="""
各村（社区）、广大群众：
为保障辖区春播农田用水需求，合理调配有限水资源，经镇党委、政府研究，决定自2025年4月5日起实施春季农田灌溉分时段供水，现将有关事项公告如下：
h: 一、供水时段
li: 第一轮：4月5日至4月14日，上营、下营、水磨湾等川水村；
li: 第二轮：4月15日至4月24日，七里店、大古城、东门等村；
li: 第三轮：4月25日至5月4日，浅山地区各村。
h: 二、有关要求
各村要提前组织群众清理渠道淤积，严禁私开渠口、堵坝截水；灌溉期间安排专人值守，杜绝跑水漏水。对违反用水秩序造成损失的，由所在村按村规民约处理。
h: 三、联系方式
镇水利站：0972-8621467；镇综合执法队：0972-8623350。
特此公告。
sig: 海东市乐都区碾伯镇人民政府
sig: 2025年4月1日
""")
