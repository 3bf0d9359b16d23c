# government pages up-01 .. up-12
K = "government"
PAGES = []
def add(**p):
    p.setdefault("lang", "zh"); p.setdefault("kind", K); PAGES.append(p)

add(id="up-01", wrap="table", pstyle="indent",
 title="关于2025年度城乡居民基本医疗保险集中参保缴费的通知",
 authors=[], publish_time="2025-09-16",
 css="body{font:12px 宋体;margin:0}.top{background:#b30000;color:#fff;height:90px}.nav td{background:#c00;color:#fff;text-align:center}",
 top="""<table width="1000" align="center" class="top"><tr><td><img src="" alt="沧源县人民政府" width="1" height="1"><b>沧源县人民政府</b></td><td align="right">设为首页 | 加入收藏 | 无障碍 | 长者模式</td></tr></table>
<table width="1000" align="center" class="nav"><tr><td>首页</td><td>政务公开</td><td>政务服务</td><td>互动交流</td><td>走进沧源</td></tr></table>
<table width="1000" align="center"><tr><td>当前位置：首页 &gt;&gt; 政务公开 &gt;&gt; 通知公告</td><td align="right">站内搜索：<input type="text" placeholder="请输入关键字"> <button>搜索</button></td></tr></table>""",
 head="""<table width="100%"><tr><td align="center"><h1 style="font-size:20px;color:#c00">{title}</h1></td></tr>
<tr><td align="center" style="border-bottom:1px dashed #ccc">发布日期：2025-09-16&nbsp;&nbsp;&nbsp;&nbsp;来源：县医疗保障局&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：1386&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr></table>""",
 body="""
# 沧医保字〔2025〕27号
各乡（镇）人民政府，县直有关单位：
为做好2025年度城乡居民基本医疗保险集中参保缴费工作，确保应保尽保，现将有关事项通知如下。
## 一、缴费时间
集中缴费期为2025年9月20日至12月31日。在集中缴费期内缴费的，待遇享受期为2026年1月1日至12月31日。
## 二、缴费标准
| 参保类别 | 个人缴费（元/年） | 财政补助 |
| 普通城乡居民 | 400 | 按省定标准 |
| 特困人员 | 0 | 全额资助 |
| 低保对象 | 120 | 定额资助280元 |
## 三、缴费渠道
参保人可通过“冀时办”APP、微信“河北医保”小程序、银行网点柜台或村（社区）代收员办理缴费，缴费后请妥善保管电子票据。
## 四、工作要求
各乡（镇）要压实属地责任，逐村逐户摸排参保底数，对脱贫人口、监测对象等重点人群实行动态跟踪，杜绝漏保断保。咨询电话：0312-6120845。
= 沧源县医疗保障局
= 2025年9月15日
""",
 after="""<table width="100%"><tr><td align="right">【<a>打印本页</a>】【<a>关闭窗口</a>】</td></tr></table>""",
 bottom="""<table width="1000" align="center" style="border-top:3px solid #c00"><tr><td align="center">主办：沧源县人民政府办公室　承办：沧源县政务服务和数据管理局<br>地址：河北省沧源县府前街8号　联系电话：0312-6121000<br>冀ICP备05021873号-1　冀公网安备13063402000117号　网站标识码：1306340012</td></tr></table>""")

add(id="up-02", wrap="html5", pstyle="plain",
 title="市委书记刘建峰调研重点项目建设和安全生产工作",
 authors=["刘畅"], publish_time="2025年09月18日 09:42",
 css="body{margin:0;font-family:'Microsoft YaHei'}header{background:#0b4ea2;color:#fff;padding:10px}.crumb{color:#888}.info span{margin-right:18px}",
 top="""<div class="toolbar"><a>无障碍浏览</a> <a>长者模式</a> <a>繁體</a> <a>English</a> <a>登录</a> <a>注册</a></div>
<header><img alt="邢原市人民政府门户网站" src=""><form><input placeholder="搜索本站"><button>搜索</button></form>
<nav><a>首页</a><a>要闻动态</a><a>政务公开</a><a>政务服务</a><a>政民互动</a><a>数据开放</a><a>魅力邢原</a></nav></header>
<div class="crumb">当前位置：首页 &gt; 要闻动态 &gt; 政务要闻 &gt; 正文</div>""",
 head="""<h1>{title}</h1>
<div class="info"><span>2025年09月18日 09:42</span><span>来源：邢原日报</span><span>作者：刘畅</span><span>【字号 <a>大</a> <a>中</a> <a>小</a>】</span></div>""",
 body="""
9月17日，市委书记刘建峰深入桥东区、经开区，实地调研重点项目建设和安全生产工作。他强调，要锚定全年目标任务，紧盯项目建设不放松，以项目建设的加速度推动高质量发展。
!刘建峰在高端装备产业园项目现场调研|图为刘建峰在高端装备产业园项目现场调研。记者 郝磊 摄
在高端装备产业园项目现场，刘建峰详细了解项目投资、工程进度和招工用工情况。他指出，要在确保质量安全的前提下，科学调配施工力量，倒排工期、挂图作战，力争项目早竣工、早投产、早见效。
在市应急指挥中心，刘建峰通过视频连线抽查了部分企业的安全生产情况。他强调，安全生产是不可逾越的红线，各级各部门要深入开展隐患排查整治，对发现的问题建立台账、限时销号，坚决防范遏制各类事故发生。
刘建峰要求，要强化要素保障，主动靠前服务，帮助企业解决用地、融资、用工等方面的困难，营造一流营商环境。
市领导王晓东、陈立新参加调研。
~ 责任编辑：赵倩
""",
 after="""<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>
<div class="pn"><p>上一篇：邢原市召开第三季度经济运行分析会</p><p>下一篇：全市秋粮收获进度过半</p></div>
<div class="qr"><img alt="" src=""><p>扫一扫在手机打开当前页</p></div>""",
 bottom="""<footer><p><a>网站地图</a> | <a>联系我们</a> | <a>隐私声明</a></p><p>邢原市人民政府办公室主办　邢原市大数据中心承办</p><p>冀ICP备13002971号　冀公网安备 13050302000455号　网站标识码1305000021</p><p>建议使用1920×1080分辨率浏览</p></footer>""")

add(id="up-03", wrap="div", pstyle="indent",
 title="一图读懂《芙城区促进民营经济高质量发展若干措施》",
 authors=[], publish_time="2025-09-12 16:30",
 css="body{background:#f3f3f3}.container{width:1200px;margin:auto;background:#fff}.hd{background:url() #2a7a3b;height:120px}.xxgk td{border:1px solid #ddd;padding:4px}",
 top="""<div class="hd"><h2>长沙市芙城区人民政府</h2><a>无障碍</a> <a>关怀版</a></div>
<ul class="mnav"><li>首页</li><li>政务公开</li><li>网上办事</li><li>互动交流</li><li>数据发布</li><li>走进芙城</li></ul>
<p>您当前所在位置： <a>首页</a> » <a>政务公开</a> » <a>政策解读</a></p>""",
 head="""<table class="xxgk" width="100%"><tr><td>索 引 号：</td><td>000014349/2025-01883</td><td>发布机构：</td><td>芙城区发展和改革局</td></tr>
<tr><td>公开方式：</td><td>主动公开</td><td>发布日期：</td><td>2025-09-12 16:30</td></tr></table>
<h1 style="text-align:center">{title}</h1>
<p style="text-align:center">信息来源：区发展和改革局 　　 点击数：<span>572</span>　　 【<a>打印</a>】 【<a>关闭</a>】</p>""",
 body="""
!一图读懂长图|
近日，芙城区印发《芙城区促进民营经济高质量发展若干措施》（以下简称《措施》），从市场准入、要素保障、融资支持、权益保护等方面提出18条具体举措。现将主要内容解读如下。
## 一、出台背景
民营经济是推动芙城高质量发展的重要力量。全区现有民营市场主体11.6万户，贡献了六成以上的税收和八成以上的城镇就业。为进一步激发民营经济活力，区发改局在广泛征求企业意见的基础上起草了《措施》。
## 二、主要内容
- 放宽市场准入，全面落实市场准入负面清单制度，不得额外设置准入条件。
- 强化要素保障，每年安排不少于200亩工业用地支持民营企业项目。
- 加大融资支持，设立5亿元转贷应急资金，单笔转贷费率不高于万分之一。
- 保护合法权益，建立涉企行政执法“观察期”制度，首次轻微违法依法不予处罚。
## 三、政策咨询
《措施》自印发之日起施行，有效期3年。政策咨询电话：0731-84210563（区发展和改革局综合科）。
""",
 after="""<p>相关文件：<a>芙城区人民政府办公室关于印发《芙城区促进民营经济高质量发展若干措施》的通知</a></p>
<p>【<a>打印</a>】 【<a>关闭</a>】 <a>分享到：</a></p>""",
 bottom="""<div class="ft"><p>长沙市芙城区人民政府 版权所有</p><p>主办单位：长沙市芙城区人民政府办公室 地址：长沙市芙城区解放中路12号</p><p>湘ICP备10022184号 湘公网安备 43010202000236号 网站标识码：4301020011</p></div>""")

add(id="up-04", wrap="table2", pstyle="plain",
 title="乌苏里克镇开展秋季护林防火专项巡查",
 authors=["阿依古丽·买买提", "马晓军"], publish_time="2025-09-15 11:08:26",
 css="body{font:14px SimSun}.side li{list-style:none;border-bottom:1px solid #eee}.main h1{font-size:22px}",
 side="""<div class="lt"><h3>乡镇动态</h3><ul><li>工作动态</li><li>通知公告</li><li>便民服务</li></ul><h3>联系我们</h3><p>电话：0901-6623018</p></div>""",
 top="""<table width="1000" align="center"><tr><td><img alt="塔城市乌苏里克镇人民政府" src=""></td><td>2025年9月18日 星期四</td></tr></table>
<table width="1000" align="center" bgcolor="#1561a8"><tr><td><a>网站首页</a> | <a>乡镇概况</a> | <a>乡镇动态</a> | <a>政务公开</a> | <a>办事指南</a></td></tr></table>
<table width="1000" align="center"><tr><td>您现在的位置：网站首页 &gt; 乡镇动态 &gt; 工作动态</td></tr></table>""",
 head="""<h1 align="center">{title}</h1>
<p align="center">作者：阿依古丽·买买提 马晓军 &nbsp;&nbsp;来源：乌苏里克镇 &nbsp;&nbsp;发布时间：2025-09-15 11:08:26 &nbsp;&nbsp;点击：209</p>""",
 body="""
进入秋季，林区气温下降、草木干枯，森林草原防火形势日趋严峻。连日来，乌苏里克镇组织护林员、村干部和应急民兵组成巡查小组，对辖区重点林区、草场开展护林防火专项巡查。
巡查中，工作人员逐段检查防火隔离带、瞭望哨和扑火物资储备情况，对进山人员进行登记并宣讲防火知识，劝导群众不在林区吸烟、野炊和焚烧秸秆。
“秋天风大，一个烟头就可能引发大火，我们每天早晚各巡一次，一点都不敢放松。”护林员努尔兰·吐尔逊说。
截至目前，该镇已出动巡查人员320人次，发放双语宣传单1500余份，清理林下可燃物12吨，排查整改隐患7处。下一步，镇里将严格落实24小时值班和领导带班制度，确保秋季森林草原防火形势稳定。
镇党委负责同志表示，将把护林防火与秋收秋种工作统筹推进，确保不发生一起森林草原火灾。
""",
 after="""<p align="right">【<a>关闭窗口</a>】</p><p>相关链接：<a>乌苏里克镇召开秋收工作部署会</a> <a>镇卫生院开展义诊进村活动</a></p>""",
 bottom="""<table width="1000" align="center" bgcolor="#eee"><tr><td align="center">版权所有：塔城市乌苏里克镇人民政府　技术支持：塔城市信息中心<br>新ICP备12000561号-3　新公网安备 65420102000038号　网站标识码：6542010049</td></tr></table>""")

add(id="up-05", wrap="html5", pstyle="plain",
 title="海甸区2025年第三季度食品安全监督抽检信息通报",
 authors=[], publish_time="2025-09-17",
 css=":root{--c:#a61d24}body{margin:0;font-family:PingFang SC,sans-serif}.banner{background:var(--c);color:#fff;padding:24px 10%}.wrap{display:flex;width:80%;margin:auto}article{flex:1}aside{width:280px}",
 top="""<div class="banner"><span>北京市海甸区人民政府</span> <a>长者版</a> <a>无障碍</a> <input placeholder="请输入搜索内容"></div>
<nav class="n2"><a>首页</a> <a>新闻中心</a> <a>政务公开</a> <a>政务服务</a> <a>互动交流</a> <a>专题专栏</a></nav>
<p class="bc">首页 / 政务公开 / 公示公告 / 正文</p>""",
 side="""<h4>热点信息</h4><ol><li>海甸区秋季征兵工作全面启动</li><li>区政务服务中心延时服务时间调整</li><li>2025年海甸区公开招聘社区工作者公告</li></ol>""",
 head="""<h1>{title}</h1>
<p class="i">来源：海甸区市场监督管理局 | 发布日期：2025-09-17 | <a>打印</a> | <a>分享</a></p>""",
 body="""
为保障辖区食品安全，海甸区市场监督管理局于2025年7月至9月组织开展了食品安全监督抽检工作，现将有关情况通报如下。
## 一、抽检总体情况
本季度共抽检食品样品1260批次，涉及粮食加工品、食用农产品、餐饮食品、饮料、糕点等21个大类，检出不合格样品14批次，总体合格率98.9%。
## 二、不合格项目分布
| 食品类别 | 抽检批次 | 不合格批次 | 主要不合格项目 |
| 食用农产品 | 486 | 8 | 农药残留、兽药残留 |
| 餐饮食品 | 312 | 4 | 大肠菌群、铝的残留量 |
| 糕点 | 95 | 2 | 霉菌、过氧化值 |
## 三、核查处置情况
对抽检发现的不合格产品，区市场监管局已依法责令相关经营者立即下架、召回，并对违法行为立案调查。核查处置结果将在区政府网站另行公布。
## 四、消费提示
提醒广大消费者到正规商超、农贸市场购买食品，注意索要购物凭证；发现食品安全问题可拨打12315投诉举报。
= 北京市海甸区市场监督管理局
= 2025年9月17日
""",
 after="""<div class="att"><p>附件：</p><p><a>1.海甸区2025年第三季度食品安全监督抽检不合格产品信息.xlsx</a></p></div>
<div class="pager"><p>上一条：关于开展2025年度电梯安全专项检查的通告</p><p>下一条：海甸区市场监管局行政处罚决定书公示（九月第二批）</p></div>""",
 bottom="""<footer><p>主办：北京市海甸区人民政府办公室 承办：北京市海甸区政务服务和数据管理局</p><p>京ICP备05060218号 京公网安备 11010802021134号 网站标识码：1101080019</p><p><img alt="党政机关" src=""> <img alt="找错" src=""></p></footer>""")

add(id="up-06", wrap="div", pstyle="indent",
 title="在全县乡村振兴工作推进会上的讲话",
 authors=["周海涛"], publish_time="2025年09月10日",
 css="body{margin:0}.container{width:1100px;margin:0 auto}.sub{color:#333;text-align:center}.top{height:140px;background:#09427c;color:#fff}",
 top="""<div class="top"><p>宁阳县人民政府</p><p><a>简</a>|<a>繁</a>　<a>无障碍阅读</a>　<a>适老化</a></p></div>
<div class="nv"><span>首页</span> <span>新闻动态</span> <span>信息公开</span> <span>办事服务</span> <span>公众参与</span></div>
<div class="pos">当前位置：<a>首页</a> &gt; <a>信息公开</a> &gt; <a>领导讲话</a> &gt; 正文</div>""",
 head="""<h1 style="text-align:center">{title}</h1>
<p class="sub">县委副书记、县长　周海涛</p>
<p class="sub">（2025年9月8日）</p>
<div class="sx">时间：2025年09月10日　来源：县政府办　【<a>大</a> <a>中</a> <a>小</a>】　【<a>打印</a>】</div>""",
 body="""
同志们：
今天召开这次会议，主要任务是总结前一阶段全县乡村振兴工作，分析当前形势，安排部署下一阶段重点任务。刚才，三个乡镇作了交流发言，讲得都很好，大家要相互学习借鉴。下面，我讲三点意见。
## 一、充分肯定成绩，坚定做好工作的信心
今年以来，全县粮食播种面积稳定在86万亩，新建高标准农田3.2万亩，农村居民人均可支配收入同比增长7.1%，防止返贫致贫监测帮扶机制运行平稳，没有发生规模性返贫。
## 二、突出工作重点，扎实推进乡村全面振兴
一要抓好产业发展。围绕小米、红枣两大特色产业，培育龙头企业，延长产业链条。二要抓好人居环境整治。持续推进农村厕所革命和生活污水治理，今年底前完成42个村的整治任务。三要抓好乡村治理。推广积分制、清单制，让群众在乡村治理中有更多参与感。
## 三、压实工作责任，确保各项任务落地见效
各乡镇党政主要负责同志要亲自抓、负总责，县直各部门要主动对接、形成合力。县委督查室、县政府督查室要加强跟踪督办，对工作推进不力的要严肃问责。
同志们，做好乡村振兴工作责任重大。希望大家撸起袖子加油干，为建设富裕文明幸福宁阳作出新的更大贡献！
""",
 after="""<div class="bt"><a>【打印本页】</a> <a>【关闭窗口】</a></div>""",
 bottom="""<div class="ft">网站主办：宁阳县人民政府办公室　联系电话：0319-5012233　冀ICP备06011843号　冀公网安备13053202000009号　网站标识码：1305320003</div>""")

add(id="up-07", wrap="html5", pstyle="plain",
 title="《乌市居民小区电动自行车集中充电设施建设管理办法》政策解读",
 authors=[], publish_time="2025-09-09 10:15",
 css="body{font-family:sans-serif;background:#fafafa}header{background:linear-gradient(#1b6fb5,#0e4f8a);color:#fff}.meta-row{display:flex;gap:20px;color:#777}",
 top="""<header><div class="logo">乌鲁木齐市住房和城乡建设局</div><div class="tools"><a>无障碍</a><a>关怀模式</a><a>维吾尔文</a></div>
<nav><a>首页</a><a>机构概况</a><a>政务公开</a><a>政策文件</a><a>政策解读</a><a>办事服务</a><a>互动交流</a></nav></header>
<div class="loc">当前位置： 首页 &gt; 政务公开 &gt; 政策解读</div>""",
 head="""<div class="article-title"><h1>{title}</h1></div>
<div class="meta-row"><span>发布时间：2025-09-09 10:15</span><span>信息来源：市住房和城乡建设局</span><span>阅读量：2047</span></div>""",
 body="""
近日，市住房和城乡建设局会同市消防救援支队等部门制定出台了《乌市居民小区电动自行车集中充电设施建设管理办法》（以下简称《办法》）。现就有关内容解读如下。
## 一、为什么要出台《办法》？
近年来，我市电动自行车保有量快速增长，“飞线充电”“入户充电”等现象屡禁不止，带来较大消防安全隐患。出台《办法》，旨在规范充电设施建设和管理，从源头上消除隐患。
## 二、哪些小区需要建设集中充电设施？
《办法》规定，新建住宅小区应当按照不低于总户数20%的比例配建电动自行车充电车位；既有住宅小区应当结合老旧小区改造，因地制宜设置集中停放充电场所。
## 三、充电收费有什么规定？
充电服务费实行明码标价，收费标准由运营单位在场所醒目位置公示，不得超过公示标准收费，不得捆绑收取其他费用。
## 四、谁来负责日常管理？
物业服务企业负责集中充电场所的日常巡查和安全管理；没有物业的小区，由街道办事处（乡镇人民政府）指导社区落实管理责任。
《办法》自2025年10月1日起施行。
""",
 after="""<p class="rel">相关文件：<a>乌鲁木齐市人民政府办公厅关于印发《乌市居民小区电动自行车集中充电设施建设管理办法》的通知</a></p>
<p>扫一扫在手机上查看当前页面</p>""",
 bottom="""<footer>主办单位：乌鲁木齐市住房和城乡建设局 | 地址：乌鲁木齐市天山区光明路66号 | 电话：0991-2318875<br>新ICP备09001452号-2 | 新公网安备65010202000398号 | 网站标识码：6501000027</footer>""")

add(id="up-08", wrap="div", pstyle="plain",
 title="关于北沙河村2025年度村集体经济收益分配方案的公示",
 authors=[], publish_time="2025/09/14",
 css="body{font-size:15px}.container{width:960px;margin:auto}.cun{background:#e9f3e5;padding:10px}",
 top="""<div class="cun"><b>北沙河村 · 村务公开</b>　（昌平区阳坊镇）</div>
<p><a>首页</a> | <a>村情介绍</a> | <a>党务公开</a> | <a>村务公开</a> | <a>财务公开</a> | <a>便民服务</a></p>
<p>位置：首页&gt;村务公开&gt;公示公告</p>""",
 head="""<h2 style="text-align:center">{title}</h2>
<p style="text-align:center;color:#999">2025/09/14　北沙河村村民委员会　阅读 318</p>""",
 body="""
全体村民：
根据《北京市农村集体经济组织收益分配办法》有关规定，经村集体经济组织成员代表会议讨论通过，现将我村2025年度村集体经济收益分配方案公示如下：
- 1.本年度可分配收益总额为286.4万元，主要来源于集体土地租赁、厂房出租和股份合作社分红。
- 2.提取公积公益金57.3万元，用于村内道路维修和公共设施维护。
- 3.剩余229.1万元按股份分配，全村共有股东1146人，每股分红2000元。
- 4.分红款将于2025年10月10日前通过银行代发至股东个人账户。
公示期为2025年9月14日至9月20日。村民如有异议，请在公示期内以书面形式向村务监督委员会反映。
监督电话：010-69763215（村务监督委员会）
= 北沙河村村民委员会
= 北沙河村股份经济合作社
= 2025年9月14日
""",
 after="""<p><img alt="" src="">（微信扫码关注“北沙河村务”）</p>""",
 bottom="""<div class="ft">北沙河村村民委员会 ©2025 京ICP备19021846号-1</div>""")

add(id="up-09", wrap="html5", pstyle="indent",
 title="湘江市人民政府关于同意设立湘江绿色食品产业园的批复",
 authors=[], publish_time="2025-09-05",
 css="body{font-family:FangSong,serif}.gk{border:1px solid #ccc;display:grid;grid-template-columns:repeat(4,auto)}h1{color:#b10000;text-align:center}",
 top="""<div class="t1"><img alt="湘江市人民政府" src=""> <a>无障碍</a> <a>长者模式</a> <a>手机版</a></div>
<nav><a>首页</a> · <a>政务公开</a> · <a>政务服务</a> · <a>互动交流</a> · <a>湘江概况</a></nav>
<div>当前位置： 首页 › 政务公开 › 政府文件 › 市政府文件</div>""",
 head="""<div class="gk"><span>标　　题：</span><span>湘江市人民政府关于同意设立湘江绿色食品产业园的批复</span><span>发文字号：</span><span>湘江政函〔2025〕43号</span>
<span>发文机关：</span><span>湘江市人民政府</span><span>成文日期：</span><span>2025-09-02</span><span>发布日期：</span><span>2025-09-05</span><span>主题分类：</span><span>工业、交通</span></div>
<h1>{title}</h1>
<p style="text-align:center">湘江政函〔2025〕43号</p>""",
 body="""
湘潭县人民政府：
你县《关于申请设立湘江绿色食品产业园的请示》（湘县政〔2025〕18号）收悉。经研究，现批复如下：
一、同意设立湘江绿色食品产业园（以下简称产业园）。产业园规划面积3.6平方公里，四至范围为：东至梅林路，南至花石河，西至S208省道，北至株易路。
二、产业园要以粮油加工、休闲食品和预制菜为主导产业，严格落实项目准入标准，严禁引进高耗能、高污染项目。
三、你县要切实加强对产业园建设的组织领导，科学编制产业园发展规划，依法依规做好土地征收、环境影响评价等前期工作，统筹推进基础设施建设。
四、市直有关部门要按照各自职责，在项目审批、要素保障等方面给予支持。
= 湘江市人民政府
= 2025年9月2日
（此件公开发布）
""",
 after="""<p><a>【打印】</a> <a>【关闭】</a></p><p>扫一扫在手机打开当前页 <img alt="二维码" src=""></p>""",
 bottom="""<footer><p>湘江市人民政府办公室主办　湘江市数据资源局承办</p><p>湘ICP备05009126号　湘公网安备 43030202000088号　网站标识码：4303000006</p></footer>""")

add(id="up-10", wrap="app", pstyle="plain",
 title="朝阳门街道“街巷议事厅”解决老旧小区停车难",
 authors=["张晓雨"], publish_time="2025-09-16 18:20",
 css="body{margin:0;max-width:750px;font-size:17px}.app{padding:12px}.bar{background:#e33;color:#fff;padding:8px}",
 top="""<div class="bar">北京东城 · 朝阳门街道 <span>打开APP</span></div>""",
 head="""<h1>{title}</h1>
<div class="au"><span>张晓雨</span> <span>2025-09-16 18:20</span> <span>北京东城官方发布</span></div>""",
 body="""
“车位少、乱停车，每天下班回来找车位要转好几圈。”提起过去的停车难，新鲜胡同小区居民王大爷直摇头。如今，通过街道“街巷议事厅”的协商，小区新增了46个共享停车位，这一难题得到了缓解。
## 居民的事居民议
今年6月，朝阳门街道组织社区居委会、物业公司、周边单位和居民代表召开多次议事会，围绕停车位划定、收费标准和错时共享等问题反复协商。
“方案改了五稿，每一稿都张贴出来征求意见。”社区党委书记李红说。
## 错时共享盘活资源
在街道协调下，附近两家单位将内部停车场在夜间和节假日向居民开放，居民每月只需缴纳150元即可错时停车。
下一步，街道将把这一做法推广到辖区其他老旧小区，让“小事不出社区”。
据了解，街道今年已召开“街巷议事厅”会议60余场，协商解决加装电梯、楼道照明、垃圾分类等居民关心的问题120多件，居民满意度明显提升。
~ 编辑：孙婧
~ 审核：韩冬
""",
 after="""<div class="like">点赞 126　　<a>分享</a></div><div class="more"><p>热门推荐</p><p>东城区秋季运动会开幕</p><p>隆福寺文化街区推出“夜游”线路</p></div><p>打开北京东城APP，阅读更多精彩内容</p>""",
 bottom="")

add(id="up-11", wrap="table", pstyle="indent",
 title="衡南县教育局2024年部门整体支出绩效自评报告",
 authors=[], publish_time="2025年9月11日",
 css="body{font:13px 宋体;margin:0}td.main{border:1px solid #c5d5e7;padding:15px}.bg{background:#dbe8f6}",
 top="""<table width="1000" align="center" class="bg"><tr><td><font size="5">衡南县教育局</font></td><td>今天是：2025年9月18日</td></tr></table>
<table width="1000" align="center"><tr><td>首页</td><td>|</td><td>机构设置</td><td>|</td><td>教育动态</td><td>|</td><td>政务公开</td><td>|</td><td>招生考试</td><td>|</td><td>资料下载</td></tr></table>
<table width="1000" align="center"><tr><td>当前位置：首页 - 政务公开 - 财政资金</td></tr></table>""",
 head="""<table width="100%"><tr><td align="center"><b style="font-size:18px">{title}</b></td></tr>
<tr><td align="center">发表日期：2025年9月11日【编辑录入：县教育局计财股】</td></tr></table>""",
 body="""
根据县财政局关于开展2024年度部门整体支出绩效评价工作的通知要求，我局对2024年度部门整体支出情况开展了绩效自评，现将有关情况报告如下。
## 一、部门基本情况
衡南县教育局内设股室9个，管理中小学、幼儿园共132所，在校学生6.8万人，在职教职工5460人。
## 二、部门整体支出情况
2024年度部门预算收入合计9.26亿元，实际支出9.11亿元，预算执行率98.4%。
| 项目 | 预算数（万元） | 执行数（万元） | 执行率 |
| 基本支出 | 71420 | 71105 | 99.6% |
| 项目支出 | 21180 | 19996 | 94.4% |
| 合计 | 92600 | 91101 | 98.4% |
## 三、绩效目标完成情况
全年完成3所农村学校校舍改造，新增学位1620个；学前教育毛入园率达到92.5%，义务教育巩固率保持在99%以上。
## 四、存在的问题及改进措施
部分项目资金拨付进度偏慢，绩效目标设置不够细化。下一步，我局将加强预算执行监控，完善绩效指标体系，提高资金使用效益。
""",
 after="""<table width="100%"><tr><td align="center">【<a>打印此文</a>】【<a>关闭窗口</a>】</td></tr></table>""",
 bottom="""<table width="1000" align="center" class="bg"><tr><td align="center">版权所有：衡南县教育局 地址：衡南县云集镇湘桂路3号 电话：0734-8526311<br>湘ICP备09015507号</td></tr></table>""")

add(id="up-12", wrap="html5", pstyle="plain",
 title="石门市生态环境局通报2025年8月全市空气质量排名情况",
 authors=["韩志远"], publish_time="2025-09-08",
 css="body{margin:0}.hero{height:200px;background:#d7efe2}.w{max-width:1180px;margin:auto}.tags span{border:1px solid #aaa;margin-right:6px}",
 top="""<div class="hero"><div class="w"><b>石门市生态环境局</b> <small>Shimen Municipal Ecology and Environment Bureau</small><p><a>无障碍</a> <a>长者模式</a> <a>English</a> <input placeholder="输入关键词搜索"></p></div></div>
<nav class="w"><a>首页</a> <a>新闻中心</a> <a>信息公开</a> <a>环境质量</a> <a>政务服务</a> <a>互动交流</a></nav>
<div class="w">首页 &gt; 新闻中心 &gt; 工作动态 &gt; 正文</div>""",
 head="""<h1>{title}</h1>
<div class="m">发布时间：2025-09-08　来源：石门市生态环境局　文：韩志远　<span class="tags"><span>大气</span><span>排名</span></span></div>""",
 body="""
近日，市生态环境局对2025年8月全市各县（市、区）空气质量情况进行了排名。8月份，全市PM2.5平均浓度为26微克/立方米，同比下降10.3%；优良天数比例为87.1%，同比上升6.5个百分点。
## 综合指数排名
| 排名 | 县（市、区） | 综合指数 | PM2.5（微克/立方米） |
| 1 | 平山县 | 3.12 | 21 |
| 2 | 赞皇县 | 3.26 | 22 |
| 3 | 灵寿县 | 3.31 | 23 |
## 改善幅度排名
改善幅度排名前三位的是藁城区、栾城区和晋州市，综合指数同比分别改善14.8%、13.1%和12.6%。
市生态环境局有关负责人表示，秋冬季即将到来，各地要提前谋划，持续抓好工业源、移动源和扬尘源治理，坚决防止空气质量出现反弹。
从单项指标看，8月份全市二氧化氮平均浓度为24微克/立方米，同比下降7.7%；臭氧日最大8小时平均浓度第90百分位数为168微克/立方米，同比下降5.6%，仍是影响优良天数的主要因素。
""",
 after="""<div class="sh">分享： <a>微信</a> <a>微博</a> <a>QQ</a></div><div class="np">上一篇：市生态环境局开展“无废城市”建设宣传周活动<br>下一篇：关于2025年第二批排污许可证核发情况的公告</div>""",
 bottom="""<footer class="w">石门市生态环境局 版权所有 地址：石门市中华南大街98号 邮编：050051<br>冀ICP备11008752号-1 冀公网安备 13010202003371号 网站标识码：1301000042</footer>""")
