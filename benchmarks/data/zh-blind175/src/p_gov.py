from lib import page, img, e
K = "government"

# tt-01 北京 区政府 2025 responsive
page("tt-01", K, "区城市管理委员会召开背街小巷环境整治提升推进会", ["刘思远"], "2025-03-18 16:42",
"""body{margin:0;font-family:sans-serif}.top{background:#b8191e;color:#fff;padding:8px}.top a{color:#fff;margin-right:12px}
.nav a{display:inline-block;padding:6px 14px}.crumb{color:#666;font-size:14px}.info span{margin-right:20px;color:#888}
h1{font-size:26px;text-align:center}.cap{color:#666;text-align:center;font-size:14px}""",
"""<div class="top"><a>无障碍</a><a>长者模式</a><a>繁體</a><a>English</a><a>登录</a><a>注册</a></div>
<header><div class="logo">北京市丰台区人民政府</div><form><input type="text" placeholder="请输入关键词"><button>搜索</button></form></header>
<nav class="nav"><a>首页</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>走进丰台</a><a>专题专栏</a></nav>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 部门动态 &gt; 正文</div>
<h1>区城市管理委员会召开背街小巷环境整治提升推进会</h1>
<div class="info"><span>发布时间：2025-03-18 16:42</span><span>来源：区城市管理委员会</span><span>字号：<a>大</a> <a>中</a> <a>小</a></span><a>分享到：</a><a>微信</a><a>微博</a></div>""",
[("p","3月17日下午，区城市管理委员会召开2025年背街小巷环境整治提升推进会，通报第一季度整治进展，部署下一阶段重点任务。各街道城市管理办公室负责人、相关专业公司代表参加会议。"),
 ("p","会议指出，今年全区计划完成86条背街小巷精细化整治，截至目前已完成方案设计41条，开工建设23条，其中架空线入地、违规停车治理和立面修缮三类问题集中，需各街道加快推进。"),
 ("img","整治后的长安里胡同","整治后的长安里胡同　区城市管理委员会供图"),
 ("h","一、压实“街长”“巷长”责任"),
 ("p","各街道要落实“街长”“巷长”每周巡查制度，发现问题当日上账、限期销账，对反复出现的乱堆物料、违规广告等问题建立台账，做到“一巷一策”。"),
 ("h","二、坚持居民参与"),
 ("p","整治方案设计阶段要通过小院议事厅、楼门长会议等形式征求居民意见，施工期间在巷口公示工期和联系电话，完工后邀请居民代表参与验收。"),
 ("p","会议要求，5月底前完成全部开工任务，10月底前全面完工。（通讯员 刘思远）")],
"""<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>
<div class="prev">上一篇：区教委召开春季学期安全工作会</div><div class="next">下一篇：区医保局开展定点医药机构专项检查</div>
<div class="rel"><h4>相关文章</h4><ul><li>长辛店街道启动“美丽院落”创建 2025-03-12</li><li>区城管委部署春季环境卫生大扫除 2025-03-05</li></ul></div>
<footer><p>主办：北京市丰台区人民政府办公室　承办：北京市丰台区政务服务和数据管理局</p>
<p>网站标识码：1101060021　京ICP备05087461号　京公网安备 11010602000815号</p><p>联系电话：010-6389xxxx　<a>网站地图</a>　<a>联系我们</a></p>
<p>扫一扫在手机打开当前页</p>""" + img("二维码") + "</footer>", style="ind",
features="2025 responsive; info bar below headline spaced with 字号; photo caption; numbered sub-headings; closing （通讯员 X） byline inside last paragraph")

# tt-02 河北 市应急管理局 通知 old table layout
page("tt-02", K, "关于做好2024年冬季森林草原防灭火工作的通知", [], "2024年11月05日",
"""body{font-size:12px;margin:0}table{border-collapse:collapse}.tit{font-size:20px;font-weight:bold;color:#c00}td{font-size:14px}""",
"""<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td>""" + img("张家口市应急管理局") + """</td><td align="right"><a>设为首页</a> | <a>加入收藏</a> | <a>无障碍浏览</a></td></tr></table>
<table width="980" align="center"><tr><td><a>网站首页</a></td><td><a>机构概况</a></td><td><a>政务公开</a></td><td><a>安全生产</a></td><td><a>防灾减灾</a></td><td><a>应急救援</a></td><td><a>办事服务</a></td></tr></table>
<table width="980" align="center"><tr><td>您现在的位置： <a>首页</a> &gt;&gt; <a>通知公告</a> &gt;&gt; 正文</td></tr></table>
<table width="980" align="center"><tr><td align="center" class="tit">关于做好2024年冬季森林草原防灭火工作的通知</td></tr>
<tr><td align="center">发布日期：2024年11月05日&nbsp;&nbsp;&nbsp;&nbsp;信息来源：市应急管理局&nbsp;&nbsp;&nbsp;&nbsp;点击数：1362&nbsp;&nbsp;【<a>打印</a>】【<a>关闭</a>】</td></tr>
<tr><td align="center">张应急〔2024〕87号</td></tr><tr><td>""",
[("p","各县（区）应急管理局，市森林草原防灭火指挥部各成员单位："),
 ("p","入冬以来，我市降水偏少，林区可燃物载量大，加之冬季风大物燥，森林草原火险等级持续偏高。为切实做好今冬森林草原防灭火工作，现将有关事项通知如下："),
 ("p","一、强化火源管控。各地要在进山路口设置检查站，落实进山人员登记、火种收缴制度，严禁在林区野外吸烟、烧荒、上坟烧纸。"),
 ("p","二、加强巡护监测。充分发挥护林员、草管员和视频监控作用，重点时段实行加密巡查，做到火情早发现、早报告、早处置。"),
 ("p","三、做好扑救准备。各级专业扑火队伍要保持临战状态，检查维护扑火机具，储备足额物资，确保接警后30分钟内出动。"),
 ("p","四、严格值班值守。严格执行24小时领导带班和关键岗位值班制度，遇有火情第一时间报告市指挥部办公室（电话：0313-81xxxxx）。"),
 ("right","张家口市应急管理局"),("right","2024年11月4日")],
"""</td></tr></table>
<table width="980" align="center"><tr><td><a>【关闭窗口】</a></td></tr></table>
<table width="980" align="center" bgcolor="#eeeeee"><tr><td align="center">版权所有：张家口市应急管理局　地址：张家口市桥东区胜利北路xx号<br>冀ICP备12003578号-1　冀公网安备13070202000391号　网站标识码：1307000027<br>建议使用1024×768分辨率浏览</td></tr></table>""",
style="font", bodywrap=("", ""),
features="old table layout; 文号 line (not body) under info bar; 主送 line, 署名 and 成文日期 as body; dates 发布日期 vs 成文日期 differ; 【打印】【关闭】")

# tt-03 广东 街道 公示 with table
page("tt-03", K, "东晓街道2025年第一批临时救助对象名单公示", [], "2025-01-09 10:32:15",
""".wrap{width:1100px;margin:auto}.bar{display:flex;justify-content:space-between;border-bottom:2px solid #1565c0}
.meta{font-size:13px;color:#999;border-bottom:1px dashed #ccc;padding:8px 0}h2{text-align:center}.dt td,.dt th{padding:4px 10px}""",
"""<div class="wrap"><div class="bar"><span>广州市海珠区东晓街道办事处</span><span><a>长者模式</a> <a>无障碍</a></span></div>
<div class="menu"><a>首页</a> <a>街道概况</a> <a>信息公开</a> <a>便民服务</a> <a>社区风采</a> <a>党建引领</a></div>
<div class="loc">您的位置：首页 › 信息公开 › 公示公告</div>
<h2>东晓街道2025年第一批临时救助对象名单公示</h2>
<div class="meta">时间：2025-01-09 10:32:15 | 来源：东晓街道社会事务办 | 浏览：<b>211</b> 次</div>""",
[("p","根据《广东省临时救助办法》和区民政局有关工作要求，经个人申请、社区（村）入户调查、民主评议和街道审核，拟对以下5户困难家庭给予临时救助，现予以公示。"),
 ("table",[["序号","姓名","所在社区","家庭人口","救助事由","拟救助金额（元）"],
           ["1","陈某华","南洲社区","3","因病致困","4800"],["2","黄某妹","新港社区","2","突发事故","3600"],
           ["3","李某强","东风社区","4","失业致困","3000"],["4","梁某芳","南洲社区","1","因病致困","2400"],
           ["5","何某明","晓港社区","3","子女就学","2000"]]),
 ("p","公示时间为2025年1月9日至1月15日（共5个工作日）。公示期间，任何单位和个人如有异议，可通过来电、来信或来访的方式向街道社会事务办反映。反映情况应实事求是，以单位名义反映的应加盖公章，以个人名义反映的应署真实姓名并提供联系方式。"),
 ("p","联系电话：020-8421xxxx；地址：海珠区东晓路xx号街道便民服务中心二楼。"),
 ("right","广州市海珠区东晓街道办事处"),("right","2025年1月9日")],
"""<div class="pg"><span>【打印本页】</span> <span>【关闭窗口】</span></div>
<div class="pn"><p>上一条：关于开展2025年春节走访慰问活动的通知</p><p>下一条：东晓街道冬季消防安全提示</p></div></div>
<div class="foot">主办单位：广州市海珠区东晓街道办事处　粤ICP备2023041976号　网站标识码：4401050109<br>粤公网安备 44010502000786号</div>""",
style="p", features="2010s portal; info bar with seconds, pipe-separated; data table (6 columns) as body rows; 公示 signature and date as body")

# tt-04 贵州 县 政策解读
page("tt-04", K, "一图读懂｜《正安县支持农村电商发展十条措施》政策解读", ["吴晓芸"], "2024-08-22",
"""body{background:#f4f6f9}.hd{background:linear-gradient(#0a5aa8,#0d73d0);color:#fff;padding:20px}.article{background:#fff;width:1000px;margin:auto;padding:30px}
.source span{margin:0 10px}h1{font-size:24px}""",
"""<div class="hd"><span>正安县人民政府</span><span>ZHENG'AN COUNTY PEOPLE'S GOVERNMENT</span><div><a>简</a>|<a>繁</a>|<a>无障碍</a>|<a>适老化</a></div></div>
<div class="nav"><a>首页</a><a>走进正安</a><a>新闻动态</a><a>政务公开</a><a>政策解读</a><a>政务服务</a><a>互动交流</a></div>
<div class="article"><div class="crumb">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>政策解读</a> &gt; <a>部门解读</a></div>
<h1>一图读懂｜《正安县支持农村电商发展十条措施》政策解读</h1>
<div class="source"><span>信息来源：县商务局</span><span>作者：吴晓芸</span><span>发布时间：2024-08-22</span><span>浏览次数：<i>583</i></span></div>""",
[("h","一、出台背景"),
 ("p","为深入推进电子商务进农村，拓宽茶叶、方竹笋、白茶等特色农产品销售渠道，带动农民增收，县商务局会同有关部门起草了《正安县支持农村电商发展十条措施》（以下简称《措施》），经县人民政府同意正式印发。"),
 ("h","二、主要内容"),
 ("p","《措施》围绕主体培育、物流配送、人才培训、品牌打造四个方面提出十条支持政策，主要包括："),
 ("li",["（一）对年网络销售额首次超过100万元的本地电商企业，一次性奖励2万元；",
        "（二）对新建村级电商服务站点且正常运营满一年的，每个站点补助5000元；",
        "（三）对开展县乡村三级物流共同配送的企业，按实际配送量给予每单0.3元补贴；",
        "（四）每年组织不少于10期电商直播培训，对参训并实现销售的学员给予奖励。"]),
 ("h","三、申报方式"),
 ("p","符合条件的企业和个人可于每年3月、9月向所在乡镇（街道）提交申报材料，经县商务局会同财政局审核、公示后兑现。"),
 ("h","四、解读机关及联系方式"),
 ("p","解读机关：正安县商务局；解读人：吴晓芸；联系电话：0851-264xxxxx。"),
 ("img","政策解读图解")],
"""<div class="xg">相关文件：<a>正安县人民政府办公室关于印发《正安县支持农村电商发展十条措施》的通知</a></div>
<div class="tools"><a>【打印本页】</a> <a>【关闭窗口】</a> <a>【收藏】</a></div></div>
<footer><div>主办：正安县人民政府办公室　承办：正安县融媒体中心</div><div>黔ICP备05005128号　贵公网安备 52032402000123号　网站标识码：5203240001</div><div>您是第 <b>8731265</b> 位访客</div></footer>""",
style="sp", features="2020s gov; 一图读懂 headline with ｜; info bar 信息来源/作者/发布时间/浏览次数 spaced; sub-headings; list items; 解读人 named in body; graphic alt text")

# tt-05 北京 镇 领导活动, 2015-ish
page("tt-05", K, "镇党委书记郭建平带队检查春节前安全生产工作", ["孟凡超", "田  蕊".replace("  ", "")], "2025年01月21日 09:15",
""".box{width:960px;margin:auto;border:1px solid #ddd}.t{font:bold 22px serif;text-align:center;color:#003f8e}.attr{text-align:center;font-size:12px;background:#f3f3f3;padding:5px}.cap{font-size:12px;text-align:center}""",
"""<div class="box"><div class="banner">""" + img("北京市怀柔区杨宋镇人民政府") + """<span>北京市怀柔区杨宋镇人民政府</span></div>
<div class="links"><a>首页</a>｜<a>镇情概况</a>｜<a>工作动态</a>｜<a>政务公开</a>｜<a>便民服务</a>｜<a>党建工作</a></div>
<div class="pos">当前位置：首页 &gt; 工作动态 &gt; 领导活动</div>
<div class="t">镇党委书记郭建平带队检查春节前安全生产工作</div>
<div class="attr">作者：孟凡超　田　蕊&nbsp;&nbsp;&nbsp;摄影：赵一鸣&nbsp;&nbsp;&nbsp;发布时间：2025年01月21日 09:15&nbsp;&nbsp;&nbsp;阅读：476</div>""",
[("p","1月20日，镇党委书记郭建平带队深入辖区重点企业、人员密集场所和在建工地，实地检查春节前安全生产工作，镇领导班子成员、镇应急办和安全生产执法队相关负责人参加。"),
 ("img","检查现场","镇党委书记郭建平（左二）在企业检查消防设施"),
 ("p","在某食品有限公司，郭建平详细查看了冷库氨制冷系统运行记录、消防通道和应急物资储备情况，要求企业严格落实主体责任，节日期间安排专人值守，确保生产安全。"),
 ("p","在杨宋镇集贸市场，检查组重点查看了燃气使用、电动自行车停放充电和消防器材配备情况。郭建平指出，市场人流量大、商户集中，要加密巡查频次，对私拉乱接电线、占用疏散通道等问题立查立改。"),
 ("p","郭建平强调，各部门要克服麻痹思想和厌战情绪，以“零容忍”态度排查整治各类风险隐患，严格执行值班值守和信息报送制度，确保全镇人民度过一个安全祥和的春节。")],
"""<div class="print">【<a>打印此页</a>】【<a>关闭窗口</a>】</div>
<div class="more"><b>推荐阅读</b><ul><li>我镇召开2025年第一次安全生产工作会议</li><li>杨宋镇开展冬季燃气安全入户宣传</li></ul></div>
<div class="bottom">版权所有：北京市怀柔区杨宋镇人民政府　地址：北京市怀柔区杨宋镇xx路1号　邮编：101400<br>京ICP备10215347号-2　网站标识码：1101160038</div></div>""",
style="ind", features="2010s box layout; 作者 line with full-width spaced name 田　蕊 and 摄影 (not author); date with time in 年月日; photo caption")

# tt-06 河北 县政府 讲话
page("tt-06", K, "在全县2025年经济工作会议上的讲话", ["李国栋"], "2025-02-11",
"""main{max-width:860px;margin:0 auto}h1{text-align:center;font-size:28px}.sub{font-size:18px}.speaker{text-align:center;font-family:KaiTi}.xx{font-size:13px;color:#777}""",
"""<div class="ttl"><b>阜平县人民政府</b> www.fuping.gov.cn</div><div><a>无障碍</a> <a>关怀版</a></div>
<input placeholder="站内搜索">
<div class="nav"><a>首页</a> <a>政务公开</a> <a>领导讲话</a> <a>政务服务</a> <a>走进阜平</a></div>
<main><p class="xx">首页 / 政务公开 / 领导讲话</p>
<p class="xx">2025-02-11　来源：县政府办公室</p>
<h1>在全县2025年经济工作会议上的讲话</h1>
<p class="speaker">县委副书记、县长　李国栋</p><p class="speaker">（2025年2月10日）</p>""",
[("p","同志们："),
 ("p","刚才，县委书记对今年全县经济工作作了全面部署，讲得很深刻、很具体，大家要认真抓好贯彻落实。下面，我就做好今年经济工作讲三点意见。"),
 ("h","一、客观看待成绩，准确把握形势"),
 ("p","过去一年，全县地区生产总值增长6.1%，一般公共预算收入增长8.3%，城乡居民人均可支配收入分别增长5.2%和7.4%。食用菌、林果等特色产业持续壮大，全年新增市场主体2100余户。同时也要清醒看到，我们经济总量小、产业链条短、项目储备不足的问题依然突出。"),
 ("h","二、突出工作重点，推动经济回升向好"),
 ("p","一要抓项目稳投资。全年谋划实施重点项目60个，总投资85亿元，实行县级领导包联制度，每月调度、每季观摩。二要抓产业促增收。做强食用菌全产业链，力争新增冷链仓储能力2万吨。三要抓改革优环境。深化“一件事一次办”，企业开办时间压缩到1个工作日以内。"),
 ("h","三、压实工作责任，确保任务落地见效"),
 ("p","各乡镇、各部门要把今年的目标任务细化分解到月、落实到人，县政府督查室要跟踪问效，对工作不力、进度滞后的单位进行通报。"),
 ("p","同志们，新的一年任务艰巨、使命光荣。让我们撸起袖子加油干，奋力开创全县高质量发展新局面！")],
"""</main><div class="xx">责任编辑：胡晓燕</div>
<div><a>上一篇</a>：县委常委会召开会议 <a>下一篇</a>：县政府第十八次常务会议召开</div>
<footer>主办：阜平县人民政府办公室 | 冀ICP备18012367号 | 冀公网安备 13062402000088号 | 网站标识码：1306240001 | 网站地图</footer>""",
style="ind", features="speech: date above headline; speaker line 职务+spaced name below headline (author), speech date in brackets; 同志们 salutation; 责任编辑 not author")

# tt-07 广东 市市场监管局 通报
page("tt-07", K, "佛山市市场监督管理局关于2024年第四季度食品安全监督抽检情况的通报", [], "2025/01/24",
""".g-top{height:30px;background:#333;color:#ccc}.g-main{display:grid;grid-template-columns:220px 1fr}.side a{display:block}
.arti-h{font-size:22px;color:#222;border-bottom:1px solid #e5e5e5}.arti-m em{font-style:normal;margin-right:18px}""",
"""<div class="g-top">您好，欢迎访问佛山市市场监督管理局网站！ <a>简体</a> <a>繁體</a> <a>无障碍</a> <a>移动版</a></div>
<div class="g-logo">佛山市市场监督管理局（佛山市知识产权局）</div>
<div class="g-nav"><a>首页</a><a>信息公开</a><a>政务服务</a><a>互动交流</a><a>专题专栏</a></div>
<div class="g-main"><div class="side"><b>通知公告</b><a>通知</a><a>公告</a><a>通报</a><a>公示</a></div><div>
<div>首页 &gt; 信息公开 &gt; 通知公告 &gt; 通报</div>
<div class="arti-h">佛山市市场监督管理局关于2024年第四季度食品安全监督抽检情况的通报</div>
<div class="arti-m"><em>2025/01/24</em><em>佛山市市场监督管理局</em><em>【字体：<a>大</a><a>中</a><a>小</a>】</em></div>""",
[("p","各区市场监督管理局，各有关单位："),
 ("p","2024年第四季度，我局组织对全市生产、流通和餐饮环节的食品开展监督抽检，共抽检样品3126批次，检出不合格样品41批次，总体合格率为98.69%。现将有关情况通报如下："),
 ("h","一、抽检基本情况"),
 ("table",[["环节","抽检批次","不合格批次","合格率"],["生产环节","862","7","99.19%"],["流通环节","1408","19","98.65%"],["餐饮环节","856","15","98.25%"]]),
 ("h","二、主要问题"),
 ("p","不合格项目主要集中在农药残留超标、微生物污染和食品添加剂超范围使用三类。其中，蔬菜中的毒死蜱、腐竹中的铝残留量、餐饮具的大肠菌群问题较为突出。"),
 ("h","三、工作要求"),
 ("p","各区局要在收到检验报告之日起依法开展核查处置，督促生产经营者查清产品流向、召回不合格产品，并于2025年3月31日前将核查处置情况报送市局。"),
 ("right","佛山市市场监督管理局"),("right","2025年1月23日")],
"""<div>附件：<a>1.不合格食品信息表.xlsx</a> <a>2.合格食品信息表.xlsx</a></div>
<div class="share">分享：微信 微博 【打印】【关闭】</div></div></div>
<div class="g-foot"><p>网站主办：佛山市市场监督管理局　地址：佛山市禅城区xx路xx号</p><p>粤ICP备12079864号　粤公网安备44060402001167号　网站标识码：4406000037</p><p>政府网站找错　适老化与无障碍</p></div>""",
style="p", features="2020s department, left sidebar; date with slashes glued in <em> info bar with 【字体】; 通报 with 主送, table, signature/date; attachments list not body")

# tt-08 贵州 村 村务公开, very old
page("tt-08", K, "关于2024年度村集体经济收益分配方案的公告", [], "2025-1-6",
"""body{font-family:宋体;font-size:12px;background:#e8f0e0}center{display:block}.k{color:red}""",
"""<center><table width="778" border="0" bgcolor="#ffffff"><tr><td><font size="5" color="#006600"><b>贵州省湄潭县兴隆镇田家沟村</b></font><br><font color="#666">村务公开网</font></td></tr>
<tr><td bgcolor="#339933"><font color="#fff">首页 | 村情简介 | 村务公开 | 党务公开 | 财务公开 | 美丽乡村 | 留言板</font></td></tr>
<tr><td>当前位置：首页 → 村务公开 → 公告</td></tr>
<tr><td align="center"><font size="4"><b>关于2024年度村集体经济收益分配方案的公告</b></font></td></tr>
<tr><td align="center">发表时间：2025-1-6　　录入：村委会　　阅读次数：[189]</td></tr><tr><td><hr>""",
[("p","全体村民："),
 ("p","2024年，我村集体经济组织通过茶园托管、农家乐入股和光伏发电等项目实现经营收入68.4万元，扣除经营成本和管理费用后，可分配收益为41.2万元。经村“两委”会议提议、村民代表大会讨论通过，现将分配方案公告如下："),
 ("p","1. 提取公积公益金20%，计8.24万元，用于村内道路维护和公益事业；"),
 ("p","2. 提取福利费10%，计4.12万元，用于慰问困难群众和80岁以上老人；"),
 ("p","3. 剩余70%计28.84万元按股分红，全村共有股民1236人，每股分红233元，预计于1月20日前发放到户。"),
 ("p","对分配方案有疑问的村民，请于1月13日前到村委会办公室或拨打村监委会电话0851-2xxxxxxx反映。"),
 ("right","田家沟村股份经济合作社"),("right","田家沟村村民委员会"),("right","2025年1月6日")],
"""<hr></td></tr><tr><td align="right">【<a>打印</a>】【<a>关闭</a>】</td></tr>
<tr><td bgcolor="#339933" align="center"><font color="#fff">技术支持：湄潭县信息中心　黔ICP备09001236号</font></td></tr></table></center>""",
style="br", bodywrap=("",""), features="very old table/font layout; <br>-separated paragraphs with U+3000 indents; date without zero padding; 录入 (not author); two signatures + date as body")

# tt-09 北京 区政府 批复 (government info disclosure table header)
page("tt-09", K, "北京市顺义区人民政府关于同意设立顺义区牛栏山镇北孙各庄社区居民委员会的批复", [], "2024-12-30",
""".xxgk{width:1000px;margin:auto}.meta-t td{border:1px solid #cfdcea;padding:4px 8px;font-size:13px}.h{font-size:22px;text-align:center;color:#c00;margin:24px 0}""",
"""<div class="xxgk"><div class="hdr">北京市顺义区人民政府 <small>政府信息公开专栏</small> <a>无障碍阅读</a> <a>长者版</a></div>
<div>首页 &gt; 政府信息公开 &gt; 法定主动公开内容 &gt; 政府文件 &gt; 批复</div>
<table class="meta-t"><tr><td>索 引 号：</td><td>000014349/2024-00217</td><td>发文机构：</td><td>顺义区人民政府</td></tr>
<tr><td>发文字号：</td><td>顺政函〔2024〕106号</td><td>成文日期：</td><td>2024-12-27</td></tr>
<tr><td>发布日期：</td><td>2024-12-30</td><td>主题分类：</td><td>民政、扶贫、救灾</td></tr></table>
<div class="h">北京市顺义区人民政府关于同意设立顺义区牛栏山镇北孙各庄社区居民委员会的批复</div>
<p align="center">顺政函〔2024〕106号</p>""",
[("p","牛栏山镇人民政府："),
 ("p","你镇《关于设立北孙各庄社区居民委员会的请示》（牛政发〔2024〕41号）收悉。经研究，现批复如下："),
 ("p","一、同意设立顺义区牛栏山镇北孙各庄社区居民委员会。社区管辖范围为：东至顺密路，南至北孙各庄村南路，西至牛栏山镇第二中学西侧路，北至金牛湖路，辖住宅小区2个、楼栋34栋、住户约2860户。"),
 ("p","二、社区居民委员会办公和服务用房设在北孙各庄家园12号楼底商，面积不少于350平方米。"),
 ("p","三、你镇要按照有关法律法规，依法做好社区居民委员会成员选举工作，配齐配强社区工作者，健全社区党组织和各类群众组织，确保社区工作平稳有序开展。"),
 ("p","此复。"),
 ("p","批复下发后，你镇要及时向区民政局报送社区居民委员会成立情况，并做好社区公共服务设施的移交和管理工作。"),
 ("right","北京市顺义区人民政府"),("right","2024年12月27日")],
"""<p>（此件公开发布）</p><div><a>【打印】</a><a>【关闭】</a></div>
<div class="rel">相关解读：<a>图解：北孙各庄社区居委会设立</a></div></div>
<div class="ft">主办：北京市顺义区人民政府办公室　京ICP备05083236号　京公网安备11011302000102号　网站标识码：1101130002</div>""",
style="sp", features="信息公开 metadata table (索引号/发文字号/成文日期/发布日期) before headline; 文号 repeated; 批复 with 此复, signature, date; （此件公开发布） not body")

# tt-10 河北 省厅 news with 审核
page("tt-10", K, "省农业农村厅组织开展冬小麦苗情会商", ["赵  敏".replace(" ",""), "王  静".replace(" ","")], "2024-12-06 17:20",
"""body{font-family:"Microsoft YaHei"}.crumbs{background:#f7f7f7;padding:6px}.article-title{font-size:24px;font-weight:700}.article-info{display:flex;gap:24px;color:#999;font-size:13px}.bot-info{font-size:13px;color:#555;text-align:right}""",
"""<div><a>河北省农业农村厅</a> <a>English</a> <a>无障碍</a> <a>适老模式</a></div><div><input placeholder="搜索"><button>搜索</button></div>
<div class="nav"><a>首页</a><a>机构</a><a>新闻</a><a>政务公开</a><a>政务服务</a><a>互动</a><a>数据</a></div>
<div class="crumbs">位置：首页 &gt; 新闻 &gt; 厅内动态</div>
<div class="article-title">省农业农村厅组织开展冬小麦苗情会商</div>
<div class="article-info"><span>时间：2024-12-06 17:20</span><span>来源：种植业管理处</span><span>作者：赵  敏　王  静</span><span>字体：<a>大</a> <a>中</a> <a>小</a></span></div>""",
[("p","12月5日，省农业农村厅组织省农技推广总站、省农林科学院和部分市县农业农村部门专家，对全省冬小麦越冬前苗情进行会商研判。"),
 ("p","据调查，全省冬小麦播种面积3380万亩，总体播期适宜、底墒较好，出苗整齐。一类苗占比38.6%，二类苗占比44.1%，三类苗和旺苗分别占13.9%和3.4%，苗情好于常年。"),
 ("p","专家指出，当前部分晚播麦田冬前积温不足，个体偏弱；部分早播麦田存在旺长趋势，越冬期间易受冻害。针对上述情况，会商提出以下技术意见："),
 ("li",["一是适时浇好越冬水，日平均气温稳定在3℃左右时开始浇水，夜冻昼消时结束；",
        "二是对旺长麦田及时镇压，控制地上部生长，增强抗寒能力；",
        "三是严禁麦田放牧，防止啃青造成减产。"]),
 ("p","厅种植业管理处负责人表示，将组织技术人员深入一线开展分类指导，确保小麦安全越冬。")],
"""<div class="bot-info">审核：孙立新　　编辑：郝佳</div>
<div class="opt"><a>打印本页</a> | <a>关闭窗口</a></div>
<div class="qr">""" + img("微信公众号") + """<p>扫一扫关注官方微信</p></div>
<footer>河北省农业农村厅主办　地址：石家庄市xx路xx号　冀ICP备05007814号　冀公网安备13010202000544号　网站标识码：1300000063</footer>""",
style="p", features="2020s flex info bar with two spaced names 赵  敏 王  静 (ASCII spaces); 审核/编辑 below body not authors; list items; QR caption")

# tt-11 广东 镇 news with 文/图
page("tt-11", K, "石湾镇街道举办2025年春风行动专场招聘会 提供岗位逾4300个", ["陈嘉豪"], "2025年02月15日",
""".wrapper{width:1200px;margin:0 auto}.detail h3{font-size:26px;line-height:1.5}.detail .from{color:#999}.ed{color:#888;font-size:13px}""",
"""<div class="wrapper"><div class="top-links"><a>广东省人民政府</a> <a>佛山市人民政府</a> <a>禅城区人民政府</a></div>
<div class="head">石湾镇街道办事处 <span>繁</span> <span>无障碍</span> <span>长者</span></div>
<ul class="menu"><li>首页</li><li>街道概况</li><li>新闻动态</li><li>政务公开</li><li>便民服务</li></ul>
<div>当前位置：首页&gt;新闻动态&gt;街道要闻</div>
<div class="detail"><h3>石湾镇街道举办2025年春风行动专场招聘会<br>提供岗位逾4300个</h3>
<p class="from">来源：石湾镇街道办事处　发布日期：2025年02月15日　浏览量：</p>""",
[("x","<p>文/图：陈嘉豪</p>"),
 ("p","2月14日上午，石湾镇街道“春风行动”暨2025年春季专场招聘会在街道公共就业服务中心广场举行。招聘会吸引了陶瓷、智能制造、电子商务等行业的126家企业参加，提供就业岗位4300余个，现场达成初步就业意向860人次。"),
 ("img","招聘会现场","招聘会现场人头攒动。"),
 ("p","本次招聘会设置了技能人才专区、高校毕业生专区和“家门口就业”专区，其中月薪8000元以上岗位占比接近三成。现场还开设政策咨询台，为求职者和企业提供社保补贴、创业担保贷款等政策解答。"),
 ("p","“以前找工作要跑到市区，现在在家门口就能面试。”刚与一家陶瓷企业签订意向书的求职者小梁说。"),
 ("h","部分招聘企业岗位统计"),
 ("table",[["行业","企业数","岗位数"],["陶瓷及建材","41","1520"],["智能制造","38","1630"],["电子商务与服务业","47","1180"]]),
 ("p","据介绍，街道今年将常态化举办“周三招聘日”活动，全年计划组织各类招聘活动不少于40场。")],
"""<p class="ed">编辑：麦晓琳　审核：邓志恒　签发：何卫东</p></div>
<div class="sx"><p>上一篇：<a>石湾镇街道开展元宵节文化活动</a></p><p>下一篇：<a>我街道召开安全生产工作会议</a></p></div></div>
<div class="footer">主办单位：佛山市禅城区石湾镇街道办事处　备案号：粤ICP备19045611号　网站标识码：4406040012</div>""",
style="p", features="two-line headline (<br>) joined; 文/图 byline on its own line above body (author, not body); photo caption; table; quoted speech; 编辑/审核/签发 not authors")

# tt-12 贵州 省 部门 实施意见
page("tt-12", K, "贵州省林业局关于加快推进林下经济高质量发展的实施意见", [], "发布时间：2024-09-13".split("：")[1],
"""body{margin:0;color:#333}.zw-hd{background:#0b6e4f;color:#fff;padding:14px 40px}.zw-box{width:1100px;margin:0 auto}
.zw-title{font-size:24px;text-align:center;font-weight:bold}.zw-bar{border-top:1px solid #ddd;border-bottom:1px solid #ddd;font-size:13px;padding:6px;text-align:center}.zw-bar b{font-weight:normal;margin:0 12px}""",
"""<div class="zw-hd">贵州省林业局 Forestry Department of Guizhou Province <a>无障碍</a> <a>长者模式</a></div>
<div class="zw-box"><div class="menu">网站首页 | 机构概况 | 政务公开 | 政务服务 | 互动交流 | 林业数据</div>
<div class="loc">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>规范性文件</a></div>
<div class="zw-title">贵州省林业局关于加快推进林下经济高质量发展的实施意见</div>
<div class="zw-bar"><b>发布时间：2024-09-13</b><b>来源：贵州省林业局</b><b>浏览次数：2915</b><b>【<a>大</a> <a>中</a> <a>小</a>】</b></div>
<p style="text-align:center">黔林发〔2024〕19号</p>""",
[("p","各市（州）林业局，局机关各处室、各直属单位："),
 ("p","为充分发挥我省森林资源优势，做大做强林下经济，助力乡村振兴和绿色发展，现提出如下实施意见。"),
 ("h","一、总体目标"),
 ("p","到2027年，全省林下经济利用林地面积稳定在3000万亩以上，林下经济产值突破700亿元，培育省级以上林下经济示范基地150个，带动农户增收成效明显。"),
 ("h","二、重点任务"),
 ("p","（一）优化产业布局。因地制宜发展林下种植、林下养殖、林产品采集加工和森林康养四类业态，重点打造林下食用菌、中药材、林蜂和林鸡四大主导产品。"),
 ("p","（二）强化科技支撑。依托省林科院等单位组建林下经济专家服务团，每年开展技术培训不少于5000人次，推广良种良法。"),
 ("p","（三）加强品牌建设。支持经营主体申报地理标志和绿色有机认证，统一使用“贵州林下”区域公用品牌标识。"),
 ("h","三、保障措施"),
 ("p","各地要将林下经济发展纳入重要议事日程，统筹用好中央和省级林业改革发展资金，落实林下经济项目用地、金融保险支持政策，严禁以发展林下经济为名毁林开垦。"),
 ("right","贵州省林业局"),("right","2024年9月10日")],
"""<p>（此件公开发布）</p><div>【<a>打印本页</a>】【<a>关闭窗口</a>】</div>
<div class="xg"><b>相关链接</b><br><a>《贵州省林业局关于加快推进林下经济高质量发展的实施意见》政策解读</a></div></div>
<div class="zw-ft">主办单位：贵州省林业局　黔ICP备11000547号　贵公网安备52010202002017号　网站标识码：5200000050<br>""" + img("党政机关") + """　<a>网站地图</a>　<a>联系我们</a></div>""",
style="ind", features="意见 with 文号 below info bar (not body); 主送 line; headed sections; signature/date; 政策解读 related link")
