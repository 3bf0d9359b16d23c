"""Government pages wv-01 .. wv-12 (江苏, 黑龙江, 宁夏, 海南; invented content)."""
from render import BODY, e, img, links, ul, ul_dated, search

PAGES = []
K = "government"

# ---------------------------------------------------------------- wv-01
# 江苏 泰州市姜堰区政府, 2012-style nested tables, info bar under the title in one cell
PAGES.append(dict(
    id="wv-01", kind=K, lang="zh", doc_title="姜堰区启动2025年高标准农田建设项目_泰州市姜堰区人民政府",
    features="2010s nested-table portal; sidebar cell beside the article (tab-joined lines); info bar with spaced author names (U+3000) under the title; body is one <td> with <br><br> paragraphs; data table; 【打印本页】【关闭窗口】; footer with 主办/承办/ICP/公网安备/网站标识码",
    css="""body{margin:0;font:12px 宋体,SimSun;background:#e9eef3}table{border-collapse:collapse}
.top td{background:#1d5fa8;color:#fff}.nav a{color:#fff;padding:0 12px}.lm{background:#f4f7fa;width:200px;vertical-align:top}
.tit{font:bold 22px 微软雅黑;color:#c00;text-align:center;padding:18px}.info{text-align:center;color:#666;border-bottom:1px dashed #ccc}
.ct{font-size:16px;line-height:2em;padding:10px 30px}.btable td,.btable th{border:1px solid #999}.foot{text-align:center;background:#dde5ee;line-height:22px}""",
    regions=[
        '<table width="1000" align="center" class="top"><tr><td>' + img("泰州市姜堰区人民政府", gif=True) + '</td>'
        '<td align="right"><a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">无障碍浏览</a> | <a href="#">繁體</a></td></tr>'
        '<tr><td colspan="2" class="nav">' + links(["首 页", "走进姜堰", "政务公开", "政务服务", "互动交流", "专题专栏"]) + '</td></tr></table>',
        '<table width="1000" align="center" bgcolor="#ffffff"><tr><td colspan="2" style="padding:6px">您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">新闻中心</a> &gt;&gt; <a href="#">部门动态</a></td></tr><tr>'
        '<td class="lm"><b>新闻中心</b><br>' + links(["姜堰要闻", "部门动态", "镇街动态", "图片新闻", "媒体看姜堰"], "<br>") + '<br><br><b>快速通道</b><br>' + links(["领导信箱", "依申请公开", "12345热线"], "<br>") + '</td>'
        '<td valign="top"><table width="100%"><tr><td class="tit">姜堰区启动2025年高标准农田建设项目</td></tr>'
        '<tr><td class="info">发布日期：2025-04-15&nbsp;&nbsp;&nbsp;&nbsp;来源：区农业农村局&nbsp;&nbsp;&nbsp;&nbsp;作者：陈\u3000晓&nbsp;&nbsp;周宏亮&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：486&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>'
        '<tr><td class="ct">', BODY,
        '</td></tr><tr><td align="right" style="padding:10px">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</td></tr>'
        '<tr><td>上一篇：<a href="#">区市场监管局开展春季食品安全专项检查</a><br>下一篇：<a href="#">区人社局举办“春风行动”专场招聘会</a></td></tr></table></td></tr></table>',
        '<table width="1000" align="center" class="foot"><tr><td>主办：泰州市姜堰区人民政府办公室&nbsp;&nbsp;承办：泰州市姜堰区大数据管理局<br>'
        '苏ICP备05017326号-2&nbsp;&nbsp;苏公网安备 32120402000317号&nbsp;&nbsp;网站标识码：3212040019<br>联系电话：0523-88216047&nbsp;&nbsp;建议使用1024×768分辨率浏览</td></tr></table>',
    ],
    bodystyle="br",
    title="姜堰区启动2025年高标准农田建设项目", authors=["陈晓", "周宏亮"], publish_time="2025-04-15",
    body=[
        ("p", "4月14日，姜堰区2025年高标准农田建设项目在娄庄镇正式开工。今年全区计划新建高标准农田2.6万亩、改造提升1.1万亩，总投资约1.48亿元，项目涉及娄庄、沈高、兴泰、大伦4个镇17个行政村。"),
        ("p", "据区农业农村局有关负责人介绍，今年的项目重点围绕“田成方、渠相通、路相连、旱能灌、涝能排”的目标，统筹推进土地平整、灌溉排水、田间道路和农田防护等工程，同步实施土壤改良和地力提升。项目建成后，预计每亩年均增产粮食约60公斤。"),
        ("table", [["镇", "新建（亩）", "改造提升（亩）", "计划完工时间"],
                   ["娄庄镇", "8200", "3000", "2025年10月"],
                   ["沈高镇", "6500", "2600", "2025年10月"],
                   ["兴泰镇", "5800", "2900", "2025年11月"],
                   ["大伦镇", "5500", "2500", "2025年11月"]]),
        ("p", "为确保工程质量，区里实行“一个项目、一名区级联系领导、一个工作专班”的推进机制，聘请第三方机构全程跟踪监理，并邀请村民代表担任义务监督员，对隐蔽工程和关键工序实行“影像留档”。"),
        ("p", "下一步，区农业农村局将坚持“建、管、护”并重，落实建后管护主体和经费，探索由村集体经济组织和新型农业经营主体共同管护的模式，确保高标准农田建一块、成一块、用好一块。"),
    ],
))

# ---------------------------------------------------------------- wv-02
# 黑龙江 齐齐哈尔市政府办公室 通知: 信息公开 index table, 文号 line, 主送, 署名, 成文日期
PAGES.append(dict(
    id="wv-02", kind=K, lang="zh", doc_title="齐齐哈尔市人民政府办公室关于做好2025年春季森林草原防灭火工作的通知",
    features="信息公开 document page: index table (索引号/发文机关/发文字号/成文日期/发布日期) above the headline; 文号 line inside the document (not body); 主送 line, 署名 and 成文日期 are body; numbered sub-headings; 长者模式/无障碍 toolbar; authors []",
    css="""body{font:14px/1.8 'Microsoft YaHei';margin:0;color:#222}.tb{background:#0b4ea2;color:#fff;padding:4px 40px;font-size:12px}.tb a{color:#fff;margin-right:14px}
.head{padding:20px 40px;font-size:28px;color:#0b4ea2}.menu a{display:inline-block;padding:8px 16px;background:#0b4ea2;color:#fff}.wrap{width:1100px;margin:auto}
.idx{width:100%;border:1px solid #cfd8e3;margin:14px 0}.idx td{border:1px solid #cfd8e3;padding:4px 8px}.idx .k{background:#f2f6fb;width:90px}
h1{text-align:center;font-size:24px;color:#0b4ea2}.bar{text-align:center;color:#777;font-size:13px}.doc{font:16px/2 仿宋,FangSong;padding:0 60px}
.wh{text-align:center}.foot{background:#0b4ea2;color:#dbe6f5;text-align:center;padding:16px;font-size:12px}""",
    regions=[
        '<div class="tb">' + links(["无障碍", "长者模式", "繁体版", "English", "移动版"]) + '<span style="float:right">2025年4月 星期三</span></div>',
        '<div class="head">齐齐哈尔市人民政府 <small>www.qqhr.gov.cn</small> ' + search("请输入关键词") + '</div>',
        '<div class="menu">' + links(["首页", "政务公开", "政务服务", "政民互动", "鹤城概况", "专题专栏"]) + '</div>',
        '<div class="wrap"><p>当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政府文件</a> &gt; <a href="#">市政府办公室文件</a></p>'
        '<table class="idx"><tr><td class="k">索 引 号：</td><td>11230200MB1F04721K/2025-00087</td><td class="k">主题分类：</td><td>应急管理</td></tr>'
        '<tr><td class="k">发文机关：</td><td>齐齐哈尔市人民政府办公室</td><td class="k">成文日期：</td><td>2025年04月14日</td></tr>'
        '<tr><td class="k">标\u3000\u3000题：</td><td colspan="3">齐齐哈尔市人民政府办公室关于做好2025年春季森林草原防灭火工作的通知</td></tr>'
        '<tr><td class="k">发文字号：</td><td>齐政办发〔2025〕9号</td><td class="k">发布日期：</td><td>2025年04月16日</td></tr></table>'
        '<h1>齐齐哈尔市人民政府办公室<br>关于做好2025年春季森林草原防灭火工作的通知</h1>'
        '<div class="bar">发布时间：2025-04-16 09:12　　来源：市政府办公室　　浏览量：1379　　【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div><div class="doc">',
        BODY,
        '</div><p>附件：<a href="#">齐齐哈尔市2025年春季森林草原防火重点时段值班安排表.docx</a></p>'
        '<p style="text-align:center"><a href="#">【打印此页】</a>　<a href="#">【关闭窗口】</a></p>'
        '<p>相关文件：</p>' + ul(["齐齐哈尔市人民政府办公室关于印发齐齐哈尔市森林火灾应急预案的通知", "关于进一步加强野外火源管理的通告"]) + '</div>',
        '<div class="foot">主办单位：齐齐哈尔市人民政府办公室　承办单位：齐齐哈尔市营商环境建设监督局<br>网站标识码：2302000041　黑ICP备11002758号-1　黑公网安备 23020202000446号<br>'
        + img("政府网站找错") + ' ' + img("党政机关") + '</div>',
    ],
    title="齐齐哈尔市人民政府办公室关于做好2025年春季森林草原防灭火工作的通知", authors=[], publish_time="2025-04-16 09:12",
    body=[
        ("note", "齐政办发〔2025〕9号"),
        ("p", "各县（市）、区人民政府，市政府各有关部门，各有关单位："),
        ("p", "当前我市已进入春季森林草原防火紧要期，气温回升快、降水偏少、大风天气多，加之春耕备耕、清明祭扫等野外用火需求集中，火灾风险明显上升。为切实做好春季森林草原防灭火工作，经市政府同意，现就有关事项通知如下。"),
        ("h", "一、压紧压实防火责任"),
        ("p", "各地要严格落实地方行政首长负责制，主要负责同志要亲自研究部署、亲自检查督导。要逐级签订防火责任状，把责任落实到山头地块和具体人员，做到“山有人管、林有人护、火有人防、责有人担”。"),
        ("h", "二、严格管控野外火源"),
        ("p", "4月15日至5月31日为全市春季森林草原高火险期，严禁一切野外用火。各地要在林区、草原重要路口设立检查站，对进入林区人员和车辆逐一登记检查，严防火种进山。对秸秆焚烧、烧荒烧炭、上坟烧纸等违规用火行为，依法从严查处。"),
        ("h", "三、做好扑救准备工作"),
        ("p", "各级专业和半专业扑火队伍要集中食宿、靠前驻防，确保接到指令后15分钟内出动。要对扑火机具、物资进行全面检修补充，保证储备充足、性能良好。发生火情要坚持“打早、打小、打了”，严禁动员老弱病残和未成年人参与扑火。"),
        ("h", "四、严肃值班值守"),
        ("p", "高火险期间实行24小时值班和领导带班制度，值班电话：0452-2417119。火情信息要在第一时间按程序报告，严禁迟报、漏报、瞒报。"),
        ("sign", ["齐齐哈尔市人民政府办公室", "2025年4月14日"]),
    ],
))

# ---------------------------------------------------------------- wv-03
# 宁夏 吴忠市利通区 金银滩镇 page on the district portal, 2016-style div portal, info bar before title
PAGES.append(dict(
    id="wv-03", kind=K, lang="zh", doc_title="金银滩镇开展春季人居环境整治“百日攻坚”行动-利通区人民政府",
    features="乡镇 news on a county portal, 2016 div layout with left column menu; info bar ABOVE the headline (信息来源/发布时间/点击数); closing byline （金银滩镇 马　燕） inside the last paragraph; photo with alt text and caption; 扫一扫 QR caption; related list with dates",
    css="""body{margin:0;font:14px/1.7 Arial,'Microsoft YaHei';background:#f6f1e7}.hd{background:#8b1a1a;color:#fff;padding:18px 60px;font-size:26px}
.hd small{font-size:12px;margin-left:30px}.nv{background:#a52a2a;padding:6px 60px}.nv a{color:#fff;margin-right:22px}.main{width:1080px;margin:10px auto;overflow:hidden;background:#fff}
.left{float:left;width:220px;background:#f9ecd9;padding:10px}.right{float:right;width:800px;padding:10px}.meta{color:#888;font-size:12px;border-bottom:1px solid #eee}
h2{font-size:22px;text-align:center}.txt p{text-indent:2em}.caption{color:#555;font-size:13px}.ft{clear:both;text-align:center;font-size:12px;color:#666;padding:20px}""",
    regions=[
        '<div class="hd">吴忠市利通区人民政府<small>' + links(["长者模式", "无障碍", "简", "繁"], " | ") + '</small></div>',
        '<div class="nv">' + links(["网站首页", "政务公开", "政务服务", "政民互动", "魅力利通", "乡镇（街道）"]) + '</div>',
        '<div class="main"><div class="left"><h4>乡镇（街道）</h4>' + ul(["胜利镇", "东塔寺乡", "金积镇", "金银滩镇", "高闸镇", "扁担沟镇", "上桥镇", "古城镇", "郭家桥乡", "马莲渠乡"]) +
        '<p>' + img("扫一扫", gif=True) + '<br>扫一扫在手机打开当前页</p></div><div class="right">'
        '<p>当前位置：<a href="#">首页</a> &gt; <a href="#">乡镇（街道）</a> &gt; <a href="#">金银滩镇</a> &gt; 正文</p>'
        '<div class="meta">信息来源：金银滩镇 | 发布时间：2025-04-14 17:35 | 点击数：263</div>'
        '<h2>金银滩镇开展春季人居环境整治“百日攻坚”行动</h2><div class="txt">',
        BODY,
        '</div><p>【<a href="#">打印</a>】 【<a href="#">关闭</a>】</p><h4>相关信息</h4>' +
        ul_dated([("金银滩镇召开2025年春季植树造林动员会", "2025-04-09"), ("金银滩镇开展“清明祭英烈”主题党日活动", "2025-04-03"), ("金银滩镇举办高素质农民培训班", "2025-03-27")]) +
        '</div></div>',
        '<div class="ft">版权所有：吴忠市利通区人民政府　主办：利通区人民政府办公室<br>宁ICP备13001964号　宁公网安备 64030202000128号　网站标识码：6403020004</div>',
    ],
    title="金银滩镇开展春季人居环境整治“百日攻坚”行动", authors=["马燕"], publish_time="2025-04-14 17:35",
    body=[
        ("p", "为进一步巩固农村人居环境整治成果，近日，金银滩镇启动春季人居环境整治“百日攻坚”行动，全镇12个行政村同步发力，掀起环境整治热潮。"),
        ("img", "志愿者在村道旁清理垃圾", "图为灵白村志愿者清理村道两侧垃圾。"),
        ("p", "行动中，镇村两级干部、网格员、党员志愿者和保洁人员组成“清洁小分队”，重点对村庄主干道、沟渠两侧、房前屋后的生活垃圾、建筑垃圾和残垣断壁进行集中清理。截至目前，已累计出动人员860余人次、机械车辆47台次，清理各类垃圾320余吨，拆除残垣断壁19处。"),
        ("p", "“以前门口的排水沟里堆着杂草和塑料袋，一到夏天味道就大。现在清得干干净净，走路都舒心。”灵白村村民王玉兰说。"),
        ("p", "为防止整治工作“一阵风”，金银滩镇建立“红黑榜”评比制度，每月对各村环境卫生进行检查排名，结果在全镇通报，并与村干部绩效考核挂钩。同时，镇上引导各村将人居环境整治纳入村规民约，推行“门前三包”责任制，激发群众主动参与的积极性。"),
        ("p", "下一步，金银滩镇将持续开展“美丽庭院”创建活动，力争年内新增自治区级美丽庭院示范户50户，让乡村颜值和群众幸福指数“双提升”。（金银滩镇\u3000马\u3000燕）"),
    ],
))

# ---------------------------------------------------------------- wv-04
# 海南 琼海市住建局 公示, 2025 responsive design, table of applicants
PAGES.append(dict(
    id="wv-04", kind=K, lang="zh", doc_title="琼海市2025年第二批保障性租赁住房申请家庭资格审核结果公示",
    features="2025 responsive department page: card header, 长者模式/无障碍 buttons, breadcrumb with '正文', info bar as separate spans (时间/来源/字号), 公示 with a 6-column table of masked names, 联系电话 paragraph, 署名 and date are body; share row (微信/微博/QQ空间) and 扫一扫 caption; authors []",
    css=""":root{--c:#0a7c6e}body{margin:0;font:15px/1.75 system-ui,'PingFang SC';color:#1f2933;background:#f3f6f6}header{background:var(--c);color:#fff;padding:14px 5vw;display:flex;justify-content:space-between}
header nav a{color:#fff;margin-left:16px}.crumb{padding:10px 5vw;font-size:13px;color:#666}article{max-width:960px;margin:0 auto;background:#fff;border-radius:8px;padding:28px 40px}
h1{font-size:26px;margin:0 0 12px}.meta span{margin-right:18px;color:#6b7280;font-size:13px}.btable{border-collapse:collapse;width:100%}.btable th{background:#e6f4f1}
.share{margin-top:24px;border-top:1px solid #eee;padding-top:12px}footer{margin-top:30px;background:#10302c;color:#b5c9c5;padding:24px 5vw;font-size:12px}""",
    regions=[
        '<header><div><strong>琼海市住房和城乡建设局</strong></div><nav>' + links(["首页", "机构概况", "通知公告", "政策文件", "办事指南", "互动交流"]) +
        '</nav><div>' + links(["长者模式", "无障碍", "登录"], " ") + '</div></header>',
        '<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">通知公告</a> &gt; 正文</div>',
        '<article><h1>琼海市2025年第二批保障性租赁住房申请家庭资格审核结果公示</h1>'
        '<div class="meta"><span>时间：2025年04月17日</span><span>来源：琼海市住房和城乡建设局</span><span>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div><hr>',
        BODY,
        '<div class="share">分享到：' + links(["微信", "微博", "QQ空间"], " ") + '　<a href="#">【打印】</a> <a href="#">【关闭】</a><br>' + img("二维码", gif=True) + ' 扫一扫在手机上查看当前页面</div></article>',
        '<footer><p>' + links(["网站地图", "联系我们", "隐私声明"], " | ") + '</p><p>主办单位：琼海市住房和城乡建设局　地址：琼海市嘉积镇金海路86号　电话：0898-62817523</p>'
        '<p>琼ICP备09003811号-3　琼公网安备 46900202000213号　网站标识码：4690020027</p></footer>',
    ],
    title="琼海市2025年第二批保障性租赁住房申请家庭资格审核结果公示", authors=[], publish_time="2025年04月17日",
    body=[
        ("p", "根据《琼海市保障性租赁住房管理办法》有关规定，经申请人申请、镇（区）初审、部门联审和我局复核，以下5户家庭符合2025年第二批保障性租赁住房申请条件，现予以公示。"),
        ("table", [["序号", "申请人", "家庭人口", "工作单位性质", "申请户型", "受理镇（区）"],
                   ["1", "符*萍", "3", "企业", "两房", "嘉积镇"],
                   ["2", "王*华", "2", "个体工商户", "一房", "博鳌镇"],
                   ["3", "陈*", "4", "事业单位", "两房", "嘉积镇"],
                   ["4", "蒙*雄", "1", "企业", "一房", "长坡镇"],
                   ["5", "李*玲", "3", "企业", "两房", "嘉积镇"]]),
        ("p", "公示期为2025年4月17日至4月23日（5个工作日）。公示期间，任何单位和个人对公示对象有异议的，可通过来电、来信或来访方式向我局反映，反映情况应实事求是，并提供联系方式以便核实。"),
        ("p", "监督电话：0898-62817530；来信地址：琼海市嘉积镇金海路86号琼海市住房和城乡建设局住房保障股，邮编571400。"),
        ("p", "公示期满无异议或异议不成立的，将按程序办理配租手续。"),
        ("sign", ["琼海市住房和城乡建设局", "2025年4月17日"]),
    ],
))

# ---------------------------------------------------------------- wv-05
# 江苏 南京市鼓楼区湖南路街道, 2022 flat design; 文/图 line, 审核/编辑 lines at the bottom
PAGES.append(dict(
    id="wv-05", kind=K, lang="zh", doc_title="“银发课堂”开进社区 老人学用智能手机 - 湖南路街道",
    features="街道 page in a 2022 flat design; info bar with | separators and a 阅读量 count; byline '文/图：刘　畅' on its own line after the body (not body) followed by 审核/编辑 lines; quoted speech; list of course modules; QR caption 关注'鼓楼湖南路'微信公众号",
    css="""body{margin:0;font:16px/1.8 'PingFang SC','Microsoft YaHei';color:#333}.topbar{background:#f5f5f5;font-size:12px;padding:4px 8%}.topbar a{margin-right:10px;color:#666}
.brand{padding:20px 8%;font-size:24px;color:#b3261e;border-bottom:3px solid #b3261e}.tabs a{display:inline-block;padding:10px 18px;color:#333}.box{width:84%;margin:20px auto;display:flex;gap:30px}
.main{flex:3}.aside{flex:1;background:#fafafa;padding:14px}h1{font-size:28px;line-height:1.4}.sub{color:#999;font-size:14px}.blist{list-style:none;padding-left:2em}.credit{color:#666;font-size:14px}
.bottom{background:#333;color:#aaa;text-align:center;padding:20px;font-size:13px}""",
    regions=[
        '<div class="topbar">' + links(["鼓楼区政府", "长者模式", "无障碍", "繁體"]) + '</div>',
        '<div class="brand">南京市鼓楼区湖南路街道 ' + search("搜索本站内容") + '</div>',
        '<div class="tabs">' + links(["首页", "街道概况", "街道动态", "社区风采", "便民服务", "信息公开"]) + '</div>',
        '<div class="box"><div class="main"><p class="sub">首页 / 街道动态 / 正文</p><h1>“银发课堂”开进社区 老人学用智能手机</h1>'
        '<p class="sub">2025-04-18 | 来源：湖南路街道 | 阅读量：1,024</p>',
        BODY,
        '<p class="credit">文/图：刘\u3000畅</p><p class="credit">审核：张\u3000敏</p><p class="credit">编辑：吴倩</p>'
        '<p><a href="#">上一篇：街道召开2025年安全生产工作推进会</a><br><a href="#">下一篇：新民社区开展“世界读书日”亲子阅读活动</a></p></div>'
        '<div class="aside"><h4>热点推荐</h4>' + ul(["湖南路街道“15分钟便民生活圈”地图上线", "狮子桥美食街夜间经济提档升级", "街道开展燃气安全入户宣传"]) +
        '<p>' + img("微信二维码", gif=True) + '<br>关注“鼓楼湖南路”微信公众号</p></div></div>',
        '<div class="bottom">南京市鼓楼区湖南路街道办事处 版权所有　地址：南京市鼓楼区湖南路218号<br>苏ICP备10216683号-5　苏公网安备32010602010714号</div>',
    ],
    title="“银发课堂”开进社区 老人学用智能手机", authors=["刘畅"], publish_time="2025-04-18",
    body=[
        ("p", "“原来挂号这么简单，点几下就好了！”4月17日下午，在湖南路街道新民社区党群服务中心，72岁的居民周阿姨举着手机，开心地向身边的老伙伴展示刚刚预约成功的挂号信息。"),
        ("p", "当天，湖南路街道“银发课堂”第一期智能手机培训班在新民社区开课，30余名社区老人参加。街道联合辖区通信企业和南京某高校青年志愿者，为老人们“一对一”讲解智能手机常用功能。"),
        ("h", "课程分为四个模块："),
        ("li", ["1. 手机基础操作：调大字体、连接无线网络、清理内存；", "2. 出行服务：使用手机查询公交线路、打车和购买车票；", "3. 就医服务：线上预约挂号、查看检查报告；", "4. 防范诈骗：识别冒充客服、虚假投资理财等常见骗局。"]),
        ("p", "志愿者小李说：“老人们学得很认真，有的还拿出本子记笔记。我们把每一步操作都写成了大字版的‘操作卡’，方便他们回家以后对照练习。”"),
        ("p", "据了解，“银发课堂”计划今年在辖区8个社区轮流开课，每期四次课，并根据老人需求增设短视频拍摄、手机支付安全等课程，帮助更多老年人跨越“数字鸿沟”。"),
    ],
))

# ---------------------------------------------------------------- wv-06
# 黑龙江省农业农村厅 政策解读, 2019 portal, 解读 with numbered headings, links back to the policy
PAGES.append(dict(
    id="wv-06", kind=K, lang="zh", doc_title="《黑龙江省2025年耕地轮作补贴实施方案》政策解读_黑龙江省农业农村厅",
    features="provincial department 政策解读 page (2019 portal): title in 《》 with '政策解读'; info bar with 发布时间/来源/字号 and 视力保护色; '相关文件' link block; sub-headings 一、二、三、; Q&A-style lines; authors [] (no writer; 来源 is a division)",
    css="""body{margin:0;background:#eef2f7;font:14px/1.8 'Microsoft YaHei'}.logo{background:#1a4d8f;height:90px;color:#fff;font-size:30px;padding:20px 80px;box-sizing:border-box}
.mn{background:#163f75}.mn a{color:#fff;display:inline-block;padding:10px 20px}.pos{width:1100px;margin:10px auto;font-size:13px}.cont{width:1040px;margin:0 auto;background:#fff;padding:30px}
.cont h1{text-align:center;font-size:24px}.xx{text-align:center;background:#f4f6f9;padding:6px;font-size:13px;color:#555}.xgwj{border:1px solid #d9e2ee;padding:8px;margin:16px 0}
.fot{background:#1a4d8f;color:#cfe0f5;text-align:center;padding:18px;font-size:12px;margin-top:20px}""",
    regions=[
        '<div class="logo">黑龙江省农业农村厅 <span style="font-size:13px;float:right">' + links(["无障碍", "长者模式", "繁体"], " ") + '</span></div>',
        '<div class="mn">' + links(["首页", "机构职能", "新闻中心", "政务公开", "政策解读", "办事服务", "互动交流"]) + '</div>',
        '<div class="pos">您所在的位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策解读</a></div>',
        '<div class="cont"><h1>《黑龙江省2025年耕地轮作补贴实施方案》政策解读</h1>'
        '<div class="xx">发布时间：2025年04月15日 14:06　来源：种植业管理处　字号：<a href="#">[大]</a><a href="#">[中]</a><a href="#">[小]</a>　<a href="#">视力保护色</a>　<a href="#">打印</a></div>'
        '<div class="xgwj">相关文件：<a href="#">黑龙江省农业农村厅 黑龙江省财政厅关于印发《黑龙江省2025年耕地轮作补贴实施方案》的通知</a></div>',
        BODY,
        '<p style="text-align:right"><a href="#">【关闭窗口】</a></p></div>',
        '<div class="fot">主办：黑龙江省农业农村厅　地址：哈尔滨市香坊区珠江路21号　邮编：150036<br>黑ICP备05002319号　黑公网安备 23010002000905号　网站标识码：2300000052<br>建议使用IE9以上或Chrome浏览器</div>',
    ],
    bodystyle="indent",
    title="《黑龙江省2025年耕地轮作补贴实施方案》政策解读", authors=[], publish_time="2025年04月15日 14:06",
    body=[
        ("p", "近日，省农业农村厅、省财政厅联合印发《黑龙江省2025年耕地轮作补贴实施方案》（以下简称《方案》）。为便于社会各界理解和执行，现就有关内容解读如下。"),
        ("h", "一、为什么要实施耕地轮作补贴？"),
        ("p", "长期玉米连作容易造成土壤板结、病虫害加重和地力下降。实行玉米与大豆等作物轮作，可以改善土壤结构，减少化肥农药用量，也有利于稳定大豆生产，保障国家粮食安全。"),
        ("h", "二、补贴对象和标准是什么？"),
        ("p", "补贴对象为在我省实际开展玉米大豆轮作、且轮作面积经核实的农户和新型农业经营主体。2025年补贴标准为每亩150元，对集中连片轮作面积达到500亩以上的经营主体，可在此基础上每亩增加20元。"),
        ("h", "三、如何申请和发放？"),
        ("p", "申请人于5月31日前向所在村（屯）申报轮作地块和面积，经乡镇农业综合服务中心核实、县级农业农村部门审核并公示无异议后，由县级财政部门通过“一卡（折）通”直接兑付到户，原则上于9月底前发放完毕。"),
        ("h", "四、有哪些监管要求？"),
        ("p", "各地要利用卫星遥感等技术手段对轮作地块进行抽查核实，对虚报面积、套取补贴资金的，一经查实，追回补贴资金，并取消其下一年度申报资格；涉嫌违法的，移送有关部门依法处理。"),
    ],
))

# ---------------------------------------------------------------- wv-07
# 宁夏 银川市政府 领导活动, 2020 portal, 【发布时间】【来源】【作者】 bracket labels, author '记者 马　琳'
PAGES.append(dict(
    id="wv-07", kind=K, lang="zh", doc_title="赵立新调研城市更新重点项目建设-银川市人民政府",
    features="city portal 领导活动 item (2020 design): bracket-label info bar 【发布时间】【来源】【作者】 with '记者 马　琳'; speech quoted in reported form; 责任编辑 line after the body; 分享到 row; tabbed related list; footer with 网站标识码 and 政府网站找错 alt",
    css="""body{margin:0;font:15px/1.8 'Microsoft YaHei';background:#fff}.ys{background:#c8102e;color:#fff;padding:24px 70px;font-size:30px;letter-spacing:4px}
.yn{border-bottom:2px solid #c8102e;padding:0 70px}.yn a{display:inline-block;padding:10px 16px;color:#333;font-weight:bold}.yb{width:1000px;margin:20px auto}
.yb h1{font-size:26px;text-align:center;color:#222}.ym{text-align:center;color:#888;font-size:13px;margin-bottom:20px}.ym span{margin:0 6px}.yb p{text-indent:2em}
.zr{color:#666;text-align:right}.xg{border-top:1px solid #ddd;margin-top:20px}.yf{background:#f1f1f1;text-align:center;color:#777;padding:20px;font-size:12px}""",
    regions=[
        '<div class="ys">银川市人民政府<span style="font-size:12px;letter-spacing:0;float:right">' + links(["无障碍浏览", "长者模式", "English"], " ｜ ") + '</span></div>',
        '<div class="yn">' + links(["首页", "要闻动态", "政务公开", "政务服务", "互动交流", "走进银川"], " ") + search("", "站内搜索") + '</div>',
        '<div class="yb"><div>当前位置：<a href="#">首页</a> &gt; <a href="#">要闻动态</a> &gt; <a href="#">领导活动</a> &gt; 正文</div>'
        '<h1>赵立新调研城市更新重点项目建设</h1>'
        '<div class="ym"><span>【发布时间】2025-04-16 19:02</span><span>【来源】银川日报</span><span>【作者】记者 马\u3000琳</span><span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>',
        BODY,
        '<p class="zr">责任编辑：杨\u3000帆</p><div>分享到：' + links(["微信", "微博", "QQ"], " ") + '</div>'
        '<div class="xg"><b>领导活动</b>　<b>银川要闻</b>' + ul_dated([("市政府召开第六十三次常务会议", "04-15"), ("银川市与宁东基地签署产业协作框架协议", "04-12"), ("赵立新检查清明节期间安全生产工作", "04-03")]) + '</div></div>',
        '<div class="yf">' + links(["关于我们", "网站地图", "联系我们"], " | ") + '<br>银川市人民政府办公室主办　银川市大数据中心承办<br>宁ICP备05001386号-1　宁公网安备 64010402000277号　网站标识码：6401000001<br>' + img("政府网站找错") + '</div>',
    ],
    title="赵立新调研城市更新重点项目建设", authors=["马琳"], publish_time="2025-04-16 19:02",
    body=[
        ("p", "4月16日，市长赵立新深入兴庆区、金凤区，调研城市更新重点项目建设情况。他强调，要坚持以人民为中心，把城市更新作为惠民生、扩内需、促发展的重要抓手，加快推进项目建设，让群众早日享受到城市更新带来的实惠。"),
        ("p", "在兴庆区文化街老旧小区改造项目现场，赵立新仔细察看管网改造、外墙保温和加装电梯进展，与正在施工的工人和小区居民交流。他指出，老旧小区改造要多听群众意见，把有限的资金用在群众最急需的地方，做到改造一个、满意一个。"),
        ("p", "在金凤区阅海片区城市更新项目，赵立新听取了片区规划和招商情况汇报。他要求，要统筹考虑产业导入、公共配套和生态保护，推动片区功能由“单一居住”向“宜居宜业”转变，防止“重建设、轻运营”。"),
        ("p", "调研中，赵立新强调，各级各部门要压实责任、倒排工期，加强要素保障，严格落实安全生产和文明施工措施，确保今年城市更新项目按期完工、质量过硬。"),
        ("p", "副市长刘\u3000洋、市政府秘书长何建平参加调研。"),
    ],
))

# ---------------------------------------------------------------- wv-08
# 海南 三亚市天涯区 通报, old-school 2014 table template, 文号 centred above the 主送 line, results table
PAGES.append(dict(
    id="wv-08", kind=K, lang="zh", doc_title="三亚市天涯区人民政府办公室关于2025年第一季度政府网站和政务新媒体检查情况的通报",
    features="2014 table template (left news column, centred article cell); 文号 line in red above 主送 (not body); results table; 署名 and 成文日期 body; info bar glued: '发布时间：2025-04-18来源：区政府办公室' with no separator; 【打印】【关闭】 glued; authors []",
    css="""body{margin:0;font:12px/1.6 SimSun;background:#d6e8f3}.t1{background:#0071bc;height:100px;color:#fff;font:bold 32px 'Microsoft YaHei'}.t2 td{background:#005a98;color:#fff;text-align:center;padding:6px}
.t2 a{color:#fff}.art h1{font:bold 20px 'Microsoft YaHei';text-align:center;color:#000}.red{color:#d00000;text-align:center}.art{font-size:15px;line-height:28px;padding:10px 40px;background:#fff}
.gray{color:#666;text-align:center;background:#f2f2f2}.ft td{text-align:center;padding:10px;color:#333}""",
    regions=[
        '<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td class="t1">\u3000三亚市天涯区人民政府</td><td class="t1" style="font-size:12px;font-weight:normal">' + links(["无障碍", "长者版"], " | ") + '</td></tr></table>',
        '<table width="980" align="center" class="t2"><tr>' + "".join(f'<td><a href="#">{x}</a></td>' for x in ["首页", "天涯概况", "政务公开", "新闻中心", "政务服务", "公众参与"]) + '</tr></table>',
        '<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td class="art">'
        '<div>当前位置：<a href="#">首页</a>&gt;<a href="#">政务公开</a>&gt;<a href="#">通知公告</a></div>'
        '<h1>三亚市天涯区人民政府办公室关于2025年第一季度政府网站和政务新媒体检查情况的通报</h1>'
        '<div class="gray">发布时间：2025-04-18来源：区政府办公室【打印】【关闭】</div>',
        BODY,
        '</td></tr></table>',
        '<table width="980" align="center" class="ft"><tr><td>主办：三亚市天涯区人民政府办公室　技术支持：三亚市大数据中心<br>琼ICP备15004021号　琼公网安备46020402000089号　网站标识码：4602000013</td></tr></table>',
    ],
    bodystyle="indent",
    title="三亚市天涯区人民政府办公室关于2025年第一季度政府网站和政务新媒体检查情况的通报", authors=[], publish_time="2025-04-18",
    body=[
        ("raw", '<p class="red">天涯府办函〔2025〕21号</p>'),
        ("p", "各镇人民政府，区政府各部门，各有关单位："),
        ("p", "根据《政府网站与政务新媒体检查指标》和全省第一季度检查工作部署，区政府办公室于3月中旬对全区在运行的2个政府网站和31个政务新媒体账号进行了全面检查。现将有关情况通报如下。"),
        ("h", "一、总体情况"),
        ("p", "本次检查共抽查栏目和账号145个，总体合格率为96.8%。区政府门户网站栏目更新及时，互动留言均在规定时限内答复；大部分政务新媒体能够围绕中心工作开展宣传，信息发布较为规范。"),
        ("h", "二、存在问题"),
        ("table", [["单位", "账号类型", "主要问题", "检查结果"],
                   ["区某局", "微信公众号", "两周以上未更新", "不合格"],
                   ["某镇", "抖音号", "转发内容未注明来源", "合格"],
                   ["区某中心", "微信公众号", "存在错别字2处", "合格"]]),
        ("h", "三、下一步工作要求"),
        ("p", "各单位要对照问题清单，于4月30日前完成整改，整改情况报区政府办公室。对检查不合格的账号，主管单位要约谈账号负责人，确保问题整改到位。"),
        ("sign", ["三亚市天涯区人民政府办公室", "2025年4月17日"]),
    ],
))

# ---------------------------------------------------------------- wv-09
# 江苏 苏州市吴江区震泽镇 联丰村 村务公开, 2011-era town portal (iframe-less frames imitated with tables)
PAGES.append(dict(
    id="wv-09", kind=K, lang="zh", doc_title="联丰村2025年第一季度村级财务收支情况公开",
    features="村务公开 page on a 镇 portal (2011 look): 'X月X日' date inside a grey bar with 点击 count in brackets; income/expense table with a 合计 row; two signing bodies and date as body; no author; 上一条/下一条; 网站标识码-less old footer with 苏ICP备 only",
    css="""body{font:12px 宋体;margin:0;background:#fff}#top{background:#2b7a2b;color:#ff0;font:bold 28px 隶书,serif;padding:20px 40px}#menu{background:#5aa05a}#menu td{padding:5px 14px}#menu a{color:#fff}
#pos{border:1px solid #9c9;background:#efe;padding:4px}#wz{width:900px;margin:10px auto;font-size:14px;line-height:24px}#wz .t{font-size:18px;font-weight:bold;text-align:center;color:#063}
#wz .d{text-align:center;background:#eee}.btable{margin:0 auto;border-collapse:collapse}#bot{border-top:3px solid #2b7a2b;text-align:center;padding:10px}""",
    regions=[
        '<div id="top">震泽镇人民政府</div>',
        '<table id="menu" width="100%"><tr>' + "".join(f'<td><a href="#">{x}</a></td>' for x in ["首页", "震泽概况", "政务公开", "村务公开", "招商引资", "丝绸古镇"]) + '</tr></table>',
        '<div id="wz"><div id="pos">您的位置：首页 &gt; 村务公开 &gt; 联丰村</div><p class="t">联丰村2025年第一季度村级财务收支情况公开</p>'
        '<p class="d">2025年4月15日　来源：联丰村　[点击：88]</p>',
        BODY,
        '<p>上一条：<a href="#">联丰村2025年3月份低保发放情况公示</a><br>下一条：<a href="#">联丰村关于开展农村人居环境整治的倡议书</a></p></div>',
        '<div id="bot">版权所有：苏州市吴江区震泽镇人民政府　地址：吴江区震泽镇镇南路8号<br>苏ICP备07022149号　技术支持：吴江某网络科技有限公司</div>',
    ],
    bodystyle="p",
    title="联丰村2025年第一季度村级财务收支情况公开", authors=[], publish_time="2025年4月15日",
    body=[
        ("p", "根据村务公开有关规定，现将联丰村2025年第一季度（1月1日至3月31日）村级财务收支情况公开如下，接受全体村民监督。"),
        ("table", [["项目", "金额（元）", "说明"],
                   ["一、本季收入", "1286400.00", ""],
                   ["1.物业出租收入", "842000.00", "标准厂房及门面房租金"],
                   ["2.上级补助收入", "365000.00", "村级运转及公共服务补助"],
                   ["3.其他收入", "79400.00", "利息及土地复垦补偿"],
                   ["二、本季支出", "913750.00", ""],
                   ["1.村干部报酬", "186300.00", ""],
                   ["2.公共服务支出", "402150.00", "保洁、路灯、河道管护"],
                   ["3.基础设施维修", "255300.00", "村道修补、桥梁护栏更换"],
                   ["4.办公及其他支出", "70000.00", ""],
                   ["三、季末结余", "372650.00", ""]]),
        ("p", "村民对公开内容如有疑问，请于公开之日起10日内向村务监督委员会反映，联系电话：0512-63841726。"),
        ("sign", ["震泽镇联丰村村民委员会", "震泽镇联丰村村务监督委员会", "2025年4月15日"]),
    ],
))

# ---------------------------------------------------------------- wv-10
# 黑龙江 绥化市望奎县 讲话: title, then speaker line and date line in brackets (not title, not body)
PAGES.append(dict(
    id="wv-10", kind=K, lang="zh", doc_title="在全县春季农业生产暨防灾减灾工作会议上的讲话_望奎县人民政府",
    features="county portal 讲话 (2017 design): speaker line '县委副书记、县长　李国庆' and date line '（2025年4月14日）' under the headline (not title, not body); speaker is the author; '同志们：' opens the body; sub-headings; info bar on two lines (发布时间 / 信息来源 + 浏览); 附件-less; bottom tool links glued",
    css="""body{margin:0;font:14px/1.9 'Microsoft YaHei';color:#333}.w{width:1000px;margin:0 auto}.hd{height:110px;background:#006bb3;color:#fff;font-size:32px;line-height:110px;padding-left:40px}
.nav{background:#00508a}.nav a{color:#fff;display:inline-block;width:120px;text-align:center;line-height:40px}.bd{border:1px solid #d7e3ee;padding:30px 50px;margin-top:10px}
.bd h1{text-align:center;font-size:24px;margin-bottom:4px}.spk{text-align:center;font:16px 楷体,KaiTi;margin:2px}.sx{text-align:center;font-size:12px;color:#999}.bd p.b{text-indent:2em}
.tool{text-align:right;font-size:12px}.ft{background:#f0f0f0;text-align:center;font-size:12px;padding:14px;margin-top:10px}""",
    regions=[
        '<div class="w"><div class="hd">望奎县人民政府</div><div class="nav">' + links(["首页", "走进望奎", "政务公开", "政务服务", "政民互动", "乡村振兴"]) + '</div>',
        '<div>' + links(["无障碍", "长者模式"], " ") + '　' + search("请输入搜索内容", "检索") + '</div>',
        '<div class="bd"><p>当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">领导讲话</a></p>'
        '<h1>在全县春季农业生产暨防灾减灾工作会议上的讲话</h1><p class="spk">县委副书记、县长\u3000李国庆</p><p class="spk">（2025年4月14日）</p>'
        '<div class="sx">发布时间：2025-04-17 08:45:31<br>信息来源：县政府办公室　浏览次数：752</div>',
        BODY,
        '<div class="tool"><a href="#">【我要打印】</a><a href="#">【关闭窗口】</a><a href="#">【返回顶部】</a></div></div>',
        '<div class="ft">主办：望奎县人民政府　承办：望奎县政务服务中心<br>黑ICP备12004563号-2　黑公网安备 23122102000132号　网站标识码：2312210004</div></div>',
    ],
    pcls="b",
    title="在全县春季农业生产暨防灾减灾工作会议上的讲话", authors=["李国庆"], publish_time="2025-04-17 08:45:31",
    body=[
        ("p", "同志们："),
        ("p", "今天召开这次会议，主要任务是安排部署今年春季农业生产和防灾减灾工作。刚才，县农业农村局、县水务局、县应急管理局的同志分别作了安排，我都同意。下面，我再强调三点意见。"),
        ("h", "一、坚决扛稳粮食安全政治责任"),
        ("p", "今年全县粮食播种面积要稳定在220万亩以上，其中大豆面积不低于45万亩。各乡镇要把面积任务分解到村、落实到户、精确到地块，严防耕地撂荒。要抓住当前有利时机，抓紧整地、备种、备肥，确保5月中旬前完成播种。"),
        ("h", "二、全力做好防灾减灾准备"),
        ("p", "据气象部门预测，今年春季我县降水偏少，出现阶段性干旱的可能性较大，汛期局地强降雨和冰雹等灾害性天气不容忽视。要提前修订完善应急预案，储备抗旱排涝物资，对全县47座小型水库和重点堤防开展拉网式排查，发现隐患立即整改。"),
        ("h", "三、切实抓好各项工作落实"),
        ("p", "各乡镇主要负责同志是春耕生产和防灾减灾的第一责任人，要深入田间地头，一线解决问题。县直各有关部门要各司其职、密切配合，县委督查室、县政府督查室要加强督导检查，对工作不力、贻误农时的，严肃追责问责。"),
        ("p", "同志们，一年之计在于春。让我们以时不我待的紧迫感，全力以赴抓好春季农业生产和防灾减灾各项工作，为全年粮食丰收打下坚实基础！"),
    ],
))

# ---------------------------------------------------------------- wv-11
# 宁夏 自然资源厅 批复, 2023 design with a definition-list meta box; 文号 as its own paragraph in the doc
PAGES.append(dict(
    id="wv-11", kind=K, lang="zh", doc_title="自治区自然资源厅关于同意中卫市沙坡头区2025年度第三批次城镇建设用地的批复",
    features="provincial department 批复 (2023 design): <dl> meta box with 发布日期/文号/发布机构 (glued label-value lines), headline on three lines joined in gold, 文号 line (not body), 主送 '中卫市人民政府：', numbered points, 署名 + 成文日期 body; '此件公开发布' note (not body); 扫码 caption; authors []",
    css="""body{margin:0;font:15px/1.8 'Source Han Sans SC','Microsoft YaHei';background:#fbfaf7}.bar{background:#2f5d50;color:#fff;display:flex;justify-content:space-between;padding:10px 6%}
.bar a{color:#fff;margin-left:12px}.nav{background:#fff;box-shadow:0 1px 4px #ccc;padding:8px 6%}.nav a{margin-right:24px;color:#2f5d50}.wrap{max-width:980px;margin:24px auto;background:#fff;padding:30px 50px}
dl.meta{display:grid;grid-template-columns:90px 1fr 90px 1fr;background:#f3f6f4;padding:10px;font-size:13px}dl.meta dt{color:#666}dl.meta dd{margin:0}
h1{text-align:center;color:#b22;font-size:24px}.note{color:#777}.foot{background:#2f5d50;color:#cfe;padding:20px 6%;font-size:12px}""",
    regions=[
        '<div class="bar"><span>宁夏回族自治区自然资源厅</span><span>' + links(["简体", "繁體", "无障碍", "长者模式"]) + '</span></div>',
        '<div class="nav">' + links(["首页", "机构设置", "新闻动态", "政务公开", "政务服务", "互动交流", "专题专栏"]) + '</div>',
        '<div class="wrap"><div>首页 &gt; 政务公开 &gt; 法定主动公开内容 &gt; 建设用地审批</div>'
        '<dl class="meta"><dt>发布日期：</dt><dd>2025-04-18</dd><dt>浏览次数：</dt><dd>316</dd><dt>文\u3000\u3000号：</dt><dd>宁自然资（用）函〔2025〕47号</dd><dt>发布机构：</dt><dd>自治区自然资源厅</dd></dl>'
        '<h1>自治区自然资源厅<br>关于同意中卫市沙坡头区2025年度<br>第三批次城镇建设用地的批复</h1>',
        BODY,
        '<p style="text-align:center">' + img("扫码查看", gif=True) + '<br>扫一扫在手机打开当前页</p></div>',
        '<div class="foot">主办单位：宁夏回族自治区自然资源厅　地址：银川市金凤区北京中路167号<br>网站标识码：6400000032　宁ICP备05002677号　宁公网安备 64010602000418号</div>',
    ],
    title="自治区自然资源厅关于同意中卫市沙坡头区2025年度第三批次城镇建设用地的批复", authors=[], publish_time="2025-04-18",
    body=[
        ("raw", '<p style="text-align:center">宁自然资（用）函〔2025〕47号</p>'),
        ("p", "中卫市人民政府："),
        ("p", "你市《关于报批沙坡头区2025年度第三批次城镇建设用地的请示》（卫政发〔2025〕31号）收悉。经审查，现批复如下："),
        ("li", ["一、同意将沙坡头区滨河镇、文昌镇范围内农用地12.4386公顷（其中耕地3.1207公顷）转为建设用地，并办理征收手续，作为城镇建设用地。",
                "二、同意征收滨河镇、文昌镇集体土地14.0152公顷，其中农用地12.4386公顷、建设用地1.5766公顷。",
                "三、你市要严格按照批准的用途和范围供地，依法依规做好征地补偿安置工作，补偿费用要及时足额支付到位，切实维护被征地农民的合法权益。",
                "四、本批复自下发之日起有效期两年。逾期未实施征收的，本批复自动失效。"]),
        ("p", "请你市按照有关规定，认真组织实施，并将实施情况及时报我厅备案。"),
        ("sign", ["宁夏回族自治区自然资源厅", "2025年4月16日"]),
        ("note", "（此件公开发布）"),
    ],
))

# ---------------------------------------------------------------- wv-12
# 海南 海口市美兰区 news item, 2024 design with glued info line and spaced author
PAGES.append(dict(
    id="wv-12", kind=K, lang="zh", doc_title="美兰区“一站式”办结120余户企业开办申请_海口市美兰区人民政府",
    features="district portal news (2024 design): info line glued with no separators '2025-04-16 10:22:05来源：美兰区融媒体中心作者：王  静' (two no-break spaces inside the name); photo caption; quoted speech; 编辑/审核 line; 分享 icons as alt text; 上一篇/下一篇; footer with 主办/承办/ICP/公网安备/网站标识码",
    css="""body{margin:0;font:16px/1.85 'PingFang SC',sans-serif;background:#f7f9fb}.h{background:linear-gradient(90deg,#006d77,#0096a6);color:#fff;padding:16px 7%}.h a{color:#e0fbfc;margin-right:10px;font-size:13px}
.menu{background:#fff;padding:0 7%;border-bottom:1px solid #e3e8ee}.menu a{display:inline-block;padding:12px 18px;color:#234}.art{max-width:860px;margin:30px auto;background:#fff;padding:36px}
.art h1{font-size:28px;line-height:1.35}.info{font-size:13px;color:#8a94a6;border-bottom:1px solid #eef1f5;padding-bottom:10px}.caption{text-align:center;color:#777;font-size:14px}
.fx img{width:24px;height:24px}.pn{margin-top:20px;font-size:14px}.ft{background:#17313a;color:#9fb3bb;padding:24px 7%;font-size:12px}""",
    regions=[
        '<div class="h"><b style="font-size:22px">海口市美兰区人民政府</b><br>' + links(["无障碍", "长者模式", "个人中心", "法人中心"]) + '</div>',
        '<div class="menu">' + links(["首页", "美兰要闻", "信息公开", "政务服务", "互动交流", "走进美兰"], " ") + '</div>',
        '<div class="art"><div style="font-size:13px">当前位置：首页 &gt; 美兰要闻 &gt; 正文</div><h1>美兰区“一站式”办结120余户企业开办申请</h1>'
        '<div class="info">2025-04-16 10:22:05<span>来源：美兰区融媒体中心</span><span>作者：王&nbsp;&nbsp;静</span></div>',
        BODY,
        '<p style="color:#999;font-size:13px">编辑：黄小燕　审核：林\u3000峰</p>'
        '<div class="fx">分享：' + img("微信", gif=True) + img("微博", gif=True) + img("复制链接", gif=True) + '</div>'
        '<div class="pn">上一篇：美兰区召开一季度经济运行分析会<br>下一篇：演丰镇红树林湿地观鸟季吸引游客5万余人次</div></div>',
        '<div class="ft">主办：海口市美兰区人民政府办公室　承办：美兰区融媒体中心<br>琼ICP备08100672号-1　琼公网安备46010802000355号　网站标识码：4601080004</div>',
    ],
    title="美兰区“一站式”办结120余户企业开办申请", authors=["王静"], publish_time="2025-04-16 10:22:05",
    body=[
        ("p", "4月以来，美兰区政务服务中心企业开办“一站式”专区共受理企业开办申请127户，全部实现当天办结，企业开办平均用时压缩至0.5个工作日以内。"),
        ("img", "企业开办专区", "美兰区政务服务中心企业开办“一站式”专区。"),
        ("p", "走进美兰区政务服务中心一楼，企业开办专区的电子屏上滚动显示着办事指南。专区整合了市场监管、税务、公安、人社、医保、公积金等部门业务，申请人只需“一次填报、一窗受理”，即可同步完成营业执照办理、公章刻制、发票申领、社保和公积金登记等事项。"),
        ("p", "“上午提交材料，中午就拿到了执照和公章，比我预想的快多了。”刚刚办完手续的海南某贸易有限公司负责人吴先生说。"),
        ("p", "为方便群众办事，专区还设立了“帮办代办”窗口，工作人员全程指导申请人在线填报，对材料不全的当场一次性告知。对重点项目企业，美兰区实行“专人对接、跟踪服务”，确保企业开得了、开得快、开得好。"),
        ("p", "美兰区政务服务中心相关负责人表示，下一步将推动更多“高频事项”进驻专区，持续提升企业和群众的办事体验。"),
    ],
))
