from lib import page, body_html, doc, esc, ul, links, GIF

K = "government"

# ---------------------------------------------------------------- wn-01  河北 county portal, 2012 table layout, news item
B01 = [
    ("p", "3月17日，县委副书记、县长刘振峰带队深入城关镇、北旺乡等地，调研春耕备耕和高标准农田建设工作。"),
    ("p", "在城关镇东关村农资服务站，刘振峰详细了解化肥、种子储备和价格情况，叮嘱经营户严把质量关，确保农民买得放心、用得安心。在北旺乡千亩小麦示范方，他走进田间查看苗情墒情，听取农技人员关于返青期水肥管理的介绍。当前全县小麦一类苗占比达到62%，较去年同期提高5个百分点。"),
    ("img", "县领导在北旺乡查看小麦苗情", "县领导在北旺乡查看小麦苗情"),
    ("p", "刘振峰强调，各乡镇要抢抓农时，落实好各项强农惠农政策，组织农技人员下沉一线开展技术指导；要加快推进2025年度4.2万亩高标准农田建设项目，严格工程质量监管，确保6月底前完成主体工程；要加强农资市场监管，严厉打击制售假劣农资行为，为全年粮食丰收打牢基础。"),
    ("p", "县政府办、县农业农村局、县市场监管局负责同志参加调研。（王  静）"),
]


@page("wn-01", K, "刘振峰调研春耕备耕和高标准农田建设工作", ["王静"], "2025-03-18 16:42:05", B01,
      features="2012 table layout, 繁體/无障碍 top links, info bar with 浏览次数 and 【字体：大 中 小】 below title, closing spaced byline （王  静）, photo caption, 【打印本页】【关闭窗口】, footer with 网站标识码/ICP/公网安备")
def r01(m):
    css = """body{margin:0;font:12px 宋体;background:#eef3f8} table.w{width:980px;margin:0 auto;background:#fff}
.top td{font-size:12px;color:#666} .banner{height:90px;background:#1b5fa8;color:#fff;font:bold 30px 黑体}
.nav a{color:#fff;margin:0 14px;font-size:14px} .nav{background:#0d4683;height:34px}
.tit{font:bold 22px 微软雅黑;color:#c00;text-align:center;padding:18px 0 8px}
.info{text-align:center;color:#888;border-bottom:1px dashed #ccc;padding-bottom:8px}
.con p{font-size:16px;line-height:30px;text-indent:2em} .pic{text-align:center}.pic-cap{text-indent:0!important;color:#555}
.foot{background:#1b5fa8;color:#fff;text-align:center;line-height:24px}"""
    body = f"""
<table class="w top"><tr><td>今天是：2025年3月19日 星期三</td><td align="right"><a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">繁體</a> | <a href="#">无障碍</a></td></tr></table>
<table class="w"><tr><td class="banner">&nbsp;&nbsp;河北省阜城县人民政府</td><td class="banner" align="right"><form><input type="text" value="" placeholder="请输入关键字"> <input type="submit" value="搜索"></form></td></tr></table>
<table class="w nav"><tr><td>{links(["首页","走进阜城","政务动态","信息公开","政务服务","互动交流","专题专栏"])}</td></tr></table>
<table class="w"><tr><td style="padding:8px 10px">您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">政务动态</a> &gt;&gt; <a href="#">政务要闻</a></td></tr></table>
<table class="w"><tr><td class="tit">{esc(m['title'])}</td></tr>
<tr><td class="info">发布时间：2025-03-18 16:42:05&nbsp;&nbsp;&nbsp;来源：阜城县人民政府办公室&nbsp;&nbsp;&nbsp;浏览次数：1286&nbsp;&nbsp;&nbsp;【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>
<tr><td class="con" style="padding:10px 30px">{body_html(m['blocks'], imgdata=True)}</td></tr>
<tr><td align="right" style="padding:10px 30px"><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></td></tr>
<tr><td style="padding:0 30px">上一篇：<a href="#">我县召开2025年安全生产工作会议</a><br>下一篇：<a href="#">县政协开展“三下乡”送温暖活动</a></td></tr></table>
<table class="w foot"><tr><td>主办：阜城县人民政府办公室 承办：阜城县政务服务和数据管理局<br>地址：河北省衡水市阜城县阜昌路88号 邮编：053700 联系电话：0318-4721065<br>网站标识码：1311280008 冀ICP备05037712号 冀公网安备 13112802000116号</td></tr></table>"""
    return doc(m["title"] + "_阜城县人民政府", css, body)


# ---------------------------------------------------------------- wn-02  湖北 city gov 信息公开 notice
B02 = [
    ("p", "各区人民政府，市政府各部门："),
    ("p", "为贯彻落实省委、省政府关于推进城市更新的决策部署，进一步改善老旧小区居住条件，经市人民政府同意，现就做好2025年城镇老旧小区改造工作通知如下。"),
    ("h", "一、明确改造任务"),
    ("p", "2025年全市计划改造城镇老旧小区126个，涉及居民1.87万户、楼栋412栋。各区要在4月底前完成项目清单确认，6月底前全部开工，年底前完成改造任务的85%以上。"),
    ("h", "二、突出改造重点"),
    ("li", ["（一）基础类：重点改造供水、排水、供电、燃气等老化管线和消防设施。",
            "（二）完善类：因地制宜加装电梯，增设停车位、充电桩和适老化设施。",
            "（三）提升类：统筹建设社区养老、托育、便民市场等公共服务设施。"]),
    ("h", "三、强化工作保障"),
    ("p", "各区人民政府是老旧小区改造的责任主体，要建立“居民提需求、社区议方案、专班抓落实”的工作机制。市住房和城乡建设局负责统筹协调和督促检查，每月通报工作进展，对进度滞后的区进行约谈。"),
    ("right", "黄石市人民政府办公室"),
    ("right", "2025年3月10日"),
    ("p", "（此件公开发布）"),
]


@page("wn-02", K, "市人民政府办公室关于做好2025年城镇老旧小区改造工作的通知", [], "2025-03-12", B02,
      features="信息公开 metadata table (索引号/发文机关/成文日期/发布日期) above title, 文号 line not body, 主送 and 署名/成文日期 body, numbered sub-headings, 扫一扫在手机打开, 长者模式 link")
def r02(m):
    css = """body{margin:0;font-family:"Microsoft YaHei";background:#f4f4f4}.wrap{width:1200px;margin:0 auto;background:#fff}
.hd{background:linear-gradient(#b31b1b,#8e0f0f);color:#fff;padding:20px 40px}.hd h1{margin:0;font-size:34px}
.tools{float:right;font-size:13px}.tools a{color:#ffe;margin-left:10px}.mnav a{display:inline-block;padding:10px 22px;color:#333}
table.meta{width:100%;border-collapse:collapse;font-size:14px;margin:10px 0}table.meta td{border:1px solid #ddd;padding:6px}
.art h2{text-align:center;color:#222;font-size:26px}.wh{text-align:center;color:#555}.art p{line-height:2;font-size:16px;text-indent:2em}
.art h3{font-size:16px;text-indent:2em}.qr{float:right;width:120px;text-align:center;font-size:12px}.ft{background:#333;color:#aaa;padding:20px;font-size:13px}"""
    body = f"""
<div class="hd"><div class="tools"><a href="#">长者模式</a><a href="#">无障碍浏览</a><a href="#">English</a><a href="#">登录</a></div><h1>黄石市人民政府</h1><div>www.huangshi.gov.cn</div></div>
<div class="wrap"><div class="mnav">{links(["首页","政务公开","政务服务","政民互动","走进黄石","数据开放"])}</div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政府文件</a> &gt; <a href="#">市政府办公室文件</a></div>
<table class="meta"><tr><td>索 引 号：</td><td>011143265/2025-01873</td><td>分　　类：</td><td>城乡建设、环境保护；通知</td></tr>
<tr><td>发文机关：</td><td>黄石市人民政府办公室</td><td>成文日期：</td><td>2025年03月10日</td></tr>
<tr><td>标　　题：</td><td colspan="3">市人民政府办公室关于做好2025年城镇老旧小区改造工作的通知</td></tr>
<tr><td>发文字号：</td><td>黄政办发〔2025〕7号</td><td>发布日期：</td><td>2025-03-12</td></tr></table>
<div class="art"><div class="qr"><img src="{GIF}" alt="二维码"><br>扫一扫在手机打开当前页</div>
<h2>{esc(m['title'])}</h2><p class="wh" style="text-indent:0">黄政办发〔2025〕7号</p>
{body_html(m['blocks'])}</div>
<div>【<a href="#">打印</a>】【<a href="#">关闭</a>】 <a href="#">相关解读：《关于做好2025年城镇老旧小区改造工作的通知》政策解读</a></div></div>
<div class="ft">{links(["网站地图","联系我们","隐私声明"]," | ")}<br>主办单位：黄石市人民政府办公室 承办单位：黄石市大数据中心<br>鄂ICP备05006623号-1 鄂公网安备 42020202000385号 网站标识码：4202000017 建议使用1366×768分辨率</div>"""
    return doc(m["title"] + "-黄石市人民政府", css, body)


# ---------------------------------------------------------------- wn-03  贵州 乡镇 公示 with table
B03 = [
    ("p", "根据《石阡县“最美家庭”评选表彰活动实施方案》，经村（社区）推荐、镇评审小组审核，拟推荐以下6户家庭为2024年度镇级“最美家庭”，现予以公示。"),
    ("table", [["序号", "户主姓名", "所在村（社区）", "推荐事迹类型"],
               ["1", "杨光明", "坪山村", "孝老爱亲"],
               ["2", "田秀英", "龙井社区", "勤劳致富"],
               ["3", "安德华", "大坪村", "邻里互助"],
               ["4", "冉小琴", "团山村", "家教家风"],
               ["5", "舒国强", "坪山村", "绿色环保"],
               ["6", "龙再芬", "新寨村", "崇德向善"]]),
    ("p", "公示时间：2025年3月14日至3月20日（5个工作日）。公示期间，如对公示对象有异议，可通过来信、来电或来访等方式向镇妇联反映。反映问题应实事求是，以单位名义反映的须加盖公章，以个人名义反映的须署真实姓名和联系方式。"),
    ("p", "联系电话：0856-7721046"),
    ("p", "联系地址：五德镇人民政府二楼妇联办公室"),
    ("right", "石阡县五德镇妇女联合会"),
    ("right", "2025年3月14日"),
]


@page("wn-03", K, "五德镇2024年度镇级“最美家庭”拟推荐名单公示", [], "2025年03月14日 17:05", B03,
      features="乡镇 column page of county portal, info bar 来源/发布时间 with 字号 links glued on one line, table rows as body, 署名+date body, 附件 none, 上一篇/下一篇")
def r03(m):
    css = """body{font:14px/1.6 SimSun;margin:0}.top{background:#2b7a3d;color:#fff;padding:4px 20px;font-size:12px}
.logo{height:110px;background:#3c9b52;color:#fff;font-size:32px;padding:30px 40px;box-sizing:border-box}
.menu{background:#246b34}.menu a{color:#fff;padding:0 18px;line-height:40px}.main{width:1100px;margin:0 auto}
.side{float:left;width:220px}.side h4{background:#2b7a3d;color:#fff;margin:0;padding:6px}.cont{margin-left:240px}
.cont h1{font-size:22px;text-align:center}.xx{background:#f3f7f3;text-align:center;font-size:13px;color:#666;padding:6px}
.cont p{text-indent:2em;font-size:16px;line-height:2}table{border-collapse:collapse;margin:auto}td,th{padding:4px 14px}.clear{clear:both}
.foot{border-top:3px solid #2b7a3d;text-align:center;color:#666;padding:14px;font-size:12px}"""
    body = f"""
<div class="top">欢迎访问石阡县人民政府网站！ <a href="#">无障碍</a> <a href="#">关怀版</a> <a href="#">简</a>/<a href="#">繁</a></div>
<div class="logo">石阡县人民政府 · 五德镇</div>
<div class="menu">{links(["网站首页","乡镇概况","乡镇动态","通知公告","政务公开","便民服务"])}</div>
<div class="main"><div class="side"><h4>乡镇街道</h4>{ul(["汤山街道","泉都街道","中坝街道","五德镇","本庄镇","龙塘镇"])}<h4>热点专题</h4>{ul(["乡村振兴","防汛减灾"])}</div>
<div class="cont"><div>当前位置：<a href="#">首页</a>&gt;<a href="#">乡镇街道</a>&gt;<a href="#">五德镇</a>&gt;<a href="#">通知公告</a></div>
<h1>{esc(m['title'])}</h1>
<div class="xx">来源：五德镇人民政府　发布时间：2025年03月14日 17:05　字号：<a href="#">大</a><a href="#">中</a><a href="#">小</a>　<a href="#">打印</a></div>
{body_html(m['blocks'])}
<p style="text-indent:0">上一篇：<a href="#">五德镇开展春季森林防火宣传</a></p><p style="text-indent:0">下一篇：<a href="#">五德镇2025年第一季度低保动态调整公示</a></p></div>
<div class="clear"></div></div>
<div class="foot">版权所有：石阡县人民政府办公室　　技术支持：石阡县大数据中心<br>黔ICP备13002217号-1　网站标识码：5206260033　<img alt="黔公网安备" src="{GIF}">黔公网安备 52062602000104号</div>"""
    return doc(m["title"] + "_五德镇_石阡县人民政府", css, body)


# ---------------------------------------------------------------- wn-04  青海 provincial department, 政策解读, 2020s
B04 = [
    ("p", "近日，省生态环境厅印发《青海省生态环境分区管控动态更新实施细则》（以下简称《细则》）。为便于社会公众理解，现就有关内容解读如下。"),
    ("h", "一、制定背景"),
    ("p", "生态环境分区管控以保障生态功能和改善环境质量为目标，实施“生态保护红线、环境质量底线、资源利用上线和生态环境准入清单”管控。我省自2021年发布分区管控成果以来，部分地区的国土空间规划、产业布局发生了较大变化，有必要建立规范的动态更新机制。"),
    ("h", "二、主要内容"),
    ("p", "《细则》共五章二十二条，明确了定期调整和动态更新两种方式："),
    ("li", ["定期调整原则上每五年开展一次，与国民经济和社会发展规划编制周期相衔接；",
            "动态更新适用于国土空间规划调整、重大项目落地等情形，由市（州）生态环境部门提出申请；",
            "更新成果经省级技术审核后，报省人民政府批准发布。"]),
    ("h", "三、亮点举措"),
    ("p", "《细则》首次提出“更新一批、评估一批、公开一批”的闭环管理要求，规定更新成果应在30个工作日内通过省生态环境分区管控数据应用平台向社会公开，方便企业在项目选址阶段进行查询比对。"),
    ("p", "《细则》自2025年4月1日起施行。"),
]


@page("wn-04", K, "《青海省生态环境分区管控动态更新实施细则》解读", ["李晓明"], "2025-03-11 10:20", B04,
      features="responsive 2020s department site, info bar below title with 作者 named and 来源 a 处室, 政策解读 with ul list, 相关文件 link box, 长者模式/无障碍")
def r04(m):
    css = """*{box-sizing:border-box}body{margin:0;font-family:system-ui,"PingFang SC";color:#222}
header{background:#0f5c8c;color:#fff;padding:16px 5%;display:flex;justify-content:space-between}header .s{font-size:13px}
header a{color:#cde}nav{background:#0a4a72;padding:0 5%}nav a{color:#fff;display:inline-block;padding:12px 16px}
main{max-width:960px;margin:20px auto}.bc{font-size:13px;color:#888}h1{font-size:28px;line-height:1.4}
.meta span{margin-right:18px;color:#777;font-size:14px}article p,article li{font-size:17px;line-height:1.9}article h3{color:#0f5c8c}
.rel{background:#f2f7fb;padding:12px 20px;margin:20px 0}footer{background:#222;color:#999;padding:24px 5%;font-size:13px}"""
    body = f"""
<header><div><b style="font-size:26px">青海省生态环境厅</b><br><span class="s">Department of Ecology and Environment of Qinghai Province</span></div>
<div class="s"><a href="#">长者模式</a> | <a href="#">无障碍</a> | <a href="#">藏文版</a><br><input placeholder="搜索本站内容"> <button>搜索</button></div></header>
<nav>{links(["首页","机构概况","新闻中心","信息公开","政策解读","政务服务","互动交流"])}</nav>
<main><div class="bc">当前位置：<a href="#">首页</a> / <a href="#">政策解读</a> / <a href="#">文字解读</a></div>
<h1>{esc(m['title'])}</h1>
<div class="meta"><span>发布时间：2025-03-11 10:20</span><span>来源：政策法规与科技处</span><span>作者：李晓明</span><span>阅读量：862</span></div>
<article>{body_html(m['blocks'])}</article>
<div class="rel"><b>相关文件</b>{ul(["青海省生态环境厅关于印发《青海省生态环境分区管控动态更新实施细则》的通知"])}</div>
<div>分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div></main>
<footer>{links(["关于我们","网站地图","联系我们"]," | ")}<br>主办：青海省生态环境厅 地址：西宁市城西区五四西路18号 电话：0971-8251306<br>网站标识码：6300000051 青ICP备08001322号 青公网安备 63010402000472号</footer>"""
    return doc(m["title"] + " - 青海省生态环境厅", css, body)


# ---------------------------------------------------------------- wn-05  河北 city department, 领导活动, 文/图
B05 = [
    ("p", "3月13日上午，市教育局党组书记、局长高建平到桥西区部分中小学调研“双减”和课后服务工作，局党组成员、副局长孙艳随同。"),
    ("p", "在维明路小学，高建平观摩了学生社团活动，翻阅了课后服务课程表和学生作业设计样本，与一线教师座谈交流。该校开设书法、机器人、足球等课后服务课程28门，学生参与率达97.6%。在第十二中学，高建平实地查看了新建成的科学实验室和心理健康辅导室，了解学校初三年级复习备考情况。"),
    ("img", "调研现场", "高建平在维明路小学观摩社团活动"),
    ("p", "高建平指出，课后服务是减轻学生负担、回应家长关切的重要举措，各校要坚持“一校一案”，把课后服务做实做优。他要求，要严控书面作业总量，提高作业设计质量；要用好校内外资源，丰富课程供给；要关注学生心理健康，健全家校社协同育人机制。"),
    ("p", "市教育局基础教育科、桥西区教育局相关负责同志参加调研。"),
]


@page("wn-05", K, "高建平到桥西区中小学调研课后服务工作", ["刘畅"], "2025/03/13", B05,
      features="department 2018 design, title above info bar with glued fields (来源：…时间：…), 文/图 byline line at end of article (not body), 责任编辑 and 审核 lines, 相关阅读 list")
def r05(m):
    css = """body{background:#e9eef3;font:15px "Microsoft YaHei";margin:0}.c{width:1000px;margin:0 auto;background:#fff;padding-bottom:20px}
.logo{background:#fff url() no-repeat;padding:20px;font-size:28px;color:#1464b4;border-bottom:4px solid #1464b4}
.nav a{margin:0 12px;line-height:42px}.pos{padding:6px 20px;background:#f7f7f7}.t{font-size:24px;text-align:center;margin:24px 40px 10px;font-weight:bold}
.ly{text-align:center;font-size:13px;color:#999}.txt{padding:10px 50px}.txt p{text-indent:2em;line-height:2}.byl{text-align:right;padding:0 50px}
.rel{padding:0 50px}.ft{text-align:center;font-size:12px;color:#777;padding:20px}"""
    body = f"""
<div class="c"><div class="logo">张家口市教育局<small style="font-size:13px;color:#999;margin-left:20px">Zhangjiakou Municipal Education Bureau</small></div>
<div class="nav">{links(["首页","机构设置","教育要闻","通知公告","政务公开","招生考试","办事服务","在线互动"])}</div>
<div class="pos">您所在的位置：<a href="#">首页</a> → <a href="#">教育要闻</a> → 正文</div>
<div class="t">{esc(m['title'])}</div>
<div class="ly">来源：市教育局办公室时间：2025/03/13点击数：517</div>
<div class="txt">{body_html(m['blocks'])}</div>
<div class="byl">文/图：刘畅</div><div class="byl">责任编辑：王树新　审核：赵文军</div>
<div class="rel"><b>相关阅读</b>{ul(["市教育局召开2025年全市教育工作会议","我市启动中小学生“阳光体育”系列活动","关于公布2024年度课后服务示范校名单的通知"])}</div></div>
<div class="ft">张家口市教育局 版权所有 地址：张家口市桥东区胜利北路12号<br>冀ICP备10203617号-2　冀公网安备13070202000215号　网站标识码：1307000049</div>"""
    return doc(m["title"], css, body)


# ---------------------------------------------------------------- wn-06  湖北 district, 讲话
B06 = [
    ("p", "同志们："),
    ("p", "今天召开全区优化营商环境工作推进会，主要任务是总结去年工作，部署今年任务，动员全区上下以更大力度打造市场化、法治化、国际化一流营商环境。刚才，区发改局通报了营商环境评价情况，三个单位作了交流发言，讲得都很好，我都同意。下面，我再讲三点意见。"),
    ("h", "一、正视差距，增强优化营商环境的紧迫感"),
    ("p", "去年全区新增市场主体1.2万户，增长14.3%，“高效办成一件事”改革走在全市前列。但也要清醒看到，在全市营商环境评价中，我区“获得用水用气”“政府采购”两项指标排名靠后，企业反映的审批环节多、政策兑现慢等问题仍然存在。"),
    ("h", "二、聚焦重点，推动营商环境持续提档升级"),
    ("p", "要在政务服务上做“减法”，全面推行“一窗通办”，年内实现高频事项100%“网上办、掌上办”；要在要素保障上做“加法”，建立重点项目用地、用能、用工“一对一”服务机制；要在惠企政策上做“乘法”，推行“免申即享”，让企业少跑腿、早受益。"),
    ("h", "三、压实责任，形成齐抓共管的强大合力"),
    ("p", "各部门主要负责同志要当好第一责任人，亲自研究、亲自推动。区纪委监委要聚焦损害营商环境的作风问题开展专项监督，对推诿扯皮、吃拿卡要的，发现一起、查处一起、通报一起。"),
    ("p", "同志们，营商环境只有更好，没有最好。让我们以“拼抢实干”的劲头，为建设现代化新城区作出新的更大贡献！"),
]


@page("wn-06", K, "在全区优化营商环境工作推进会上的讲话", ["周建国"], "2025-02-26 09:15", B06,
      features="讲话: speaker line （2025年2月25日） and 区委书记 周建国 under title (not body), author = speaker, spaced info bar above title, 【打印】【关闭】, 领导讲话 column sidebar")
def r06(m):
    css = """body{margin:0;font-family:"Microsoft YaHei";background:#fff}.bar{background:#f0f0f0;font-size:12px;padding:4px 10%}
.head{background:#c81623;color:#fff;padding:22px 10%;font-size:30px}.nv{background:#a8101c;padding:0 10%}.nv a{color:#fff;padding:10px 14px;display:inline-block}
.box{width:80%;margin:0 auto;display:flex;gap:30px}.l{flex:3}.r{flex:1;border-left:1px solid #eee;padding-left:16px}
.inf{font-size:13px;color:#888;border-bottom:1px solid #eee;padding:10px 0}.inf span{margin-right:24px}
h1{text-align:center;font-size:26px}.spk{text-align:center;font-family:KaiTi;font-size:17px}.l p{text-indent:2em;line-height:2;font-size:16px}
.l h3{font-family:黑体;font-size:16px;text-indent:2em}.ft{background:#f5f5f5;text-align:center;padding:20px;font-size:12px;color:#666;margin-top:30px}"""
    body = f"""
<div class="bar"><a href="#">无障碍浏览</a>　<a href="#">长者模式</a>　<a href="#">繁体版</a>　<a href="#">移动版</a></div>
<div class="head">武汉市江夏区人民政府</div>
<div class="nv">{links(["首页","江夏概况","政务动态","政府信息公开","政务服务","公众参与"])}</div>
<div class="box"><div class="l"><div>当前位置：<a href="#">首页</a> &gt; <a href="#">政务动态</a> &gt; <a href="#">领导讲话</a> &gt; 正文</div>
<div class="inf"><span>发布时间：2025-02-26 09:15</span> <span>信息来源：区政府办公室</span> <span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<h1>{esc(m['title'])}</h1>
<div class="spk">（2025年2月25日）</div><div class="spk">区委书记　周建国</div>
{body_html(m['blocks'])}
<div style="text-align:right">【<a href="#">打印</a>】【<a href="#">关闭</a>】</div></div>
<div class="r"><h4>领导讲话</h4>{ul(["在全区2025年经济工作会议上的讲话","在区十届人大四次会议闭幕式上的讲话","在全区安全生产工作会议上的讲话","在全区招商引资工作推进会上的讲话"])}</div></div>
<div class="ft">主办单位：武汉市江夏区人民政府办公室　联系电话：027-81821120<br>鄂ICP备05003386号　鄂公网安备42011502000107号　网站标识码：4201150001</div>"""
    return doc(m["title"] + "--江夏区人民政府", css, body)


# ---------------------------------------------------------------- wn-07  贵州 街道, news, byline line on its own at top
B07 = [
    ("x", "<p class=\"tx\">（通讯员：杨  梅）</p>"),
    ("p", "“以前下雨天出门一脚泥，现在路平了、灯亮了，晚上还能出来跳跳舞。”3月15日傍晚，家住观山湖区金华园街道下麦西社区的罗大姐一边散步一边说。"),
    ("p", "今年以来，金华园街道把背街小巷提升作为“我为群众办实事”的重点项目，投入资金230万元，对辖区12条背街小巷实施路面硬化、雨污分流和照明改造，新增路灯146盏、休闲座椅40组。"),
    ("p", "改造前，街道组织社区干部、网格员逐户走访，收集居民意见建议300余条，并通过“院坝协商会”确定改造方案。施工期间，街道邀请5名居民代表担任义务监督员，全程参与质量监督。"),
    ("p", "“改造不是一修了之，关键是管好用好。”街道相关负责人介绍，下一步，街道将建立“社区+物业+居民”共管机制，把背街小巷纳入网格化日常巡查，确保改造成果长期保持。"),
]


@page("wn-07", K, "金华园街道：背街小巷“变身”幸福小道", ["杨梅"], "2025-03-17", B07,
      features="街道 page on district portal, 通讯员 byline line on its own before body (not body), spaced name 杨  梅, info bar in a table under title with 浏览量, 分享到 links, QR caption 扫一扫")
def r07(m):
    css = """body{margin:0;background:#f7f3ec;font:14px 宋体}.w{width:1020px;margin:0 auto;background:#fff}
.b{background:#8a1c1c;height:120px;color:#fff;font:bold 34px 华文中宋;padding:36px}.n{background:#6b1111}.n a{color:#fff;padding:0 16px;line-height:38px}
.crumb{padding:10px 20px;border-bottom:1px solid #e0d5c0}.article{padding:10px 40px}.article h2{text-align:center;font-size:24px;color:#8a1c1c}
table.i{width:100%;font-size:12px;color:#777;border-bottom:1px solid #ddd}.article p{font-size:16px;line-height:30px;text-indent:2em}
.tx{text-align:center;text-indent:0!important;color:#666}.sh{padding:10px 40px}.qr{float:right;text-align:center;font-size:12px}
.f{background:#8a1c1c;color:#f3e3c3;text-align:center;padding:16px;font-size:12px;line-height:22px}"""
    body = f"""
<div class="w"><div class="b">贵阳市观山湖区人民政府</div>
<div class="n">{links(["首页","观山湖概况","新闻动态","政府信息公开","乡镇（社区）","政务服务","政民互动"])}</div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">乡镇（社区）</a> &gt; <a href="#">金华园街道</a> &gt; <a href="#">工作动态</a></div>
<div class="article"><h2>{esc(m['title'])}</h2>
<table class="i"><tr><td>发布日期：2025-03-17</td><td>来源：金华园街道办事处</td><td>浏览量：402</td><td align="right">字号：<a href="#">T</a> | <a href="#">T</a></td></tr></table>
{body_html(m['blocks'])}</div>
<div class="sh"><div class="qr"><img alt="" src="{GIF}"><br>扫一扫在手机上查看当前页面</div>分享到：<a href="#">微信</a> <a href="#">新浪微博</a> <a href="#">QQ空间</a><br><a href="#">【打印此页】</a> <a href="#">【关闭窗口】</a></div>
<div style="clear:both"></div>
<div class="f">主办单位：贵阳市观山湖区人民政府办公室　承办单位：观山湖区大数据发展管理局<br>黔ICP备15004408号　黔公网安备 52011502000093号　网站标识码：5201150006<br>联系电话：0851-84871125（工作日9:00-17:00）</div></div>"""
    return doc(m["title"], css, body)


# ---------------------------------------------------------------- wn-08  青海 村 公告 on a 乡镇 site, old table
B08 = [
    ("p", "全体村民："),
    ("p", "经2025年3月8日村民代表大会讨论通过，本村拟将集体所有的河滩地（位于村西湟水河北岸，面积共计186亩）以公开协商方式流转经营，现将有关事项公告如下："),
    ("p", "一、流转用途：仅限于种植青稞、油菜、蔬菜等农作物及开展林下养殖，不得改变土地农业用途，不得建设永久性建筑。"),
    ("p", "二、流转期限：5年，自2025年4月1日起至2030年3月31日止。"),
    ("p", "三、流转底价：每亩每年不低于320元，租金按年度支付，每年3月31日前一次性交清。"),
    ("p", "四、报名条件：本村村民、农民专业合作社及有意向的经营主体均可报名，同等条件下本村村民和本村合作社优先。"),
    ("p", "五、报名时间及地点：2025年3月12日至3月21日，工作日每天9:00—17:00，在村委会办公室报名。"),
    ("p", "联系人：韩永福　联系电话：139 0972 5583"),
    ("right", "互助县塘川镇新元村村民委员会"),
    ("right", "2025年3月11日"),
]


@page("wn-08", K, "塘川镇新元村关于村集体河滩地流转经营的公告", [], "2025-3-11", B08,
      features="村务公开 on 2011-style 乡镇 site: nested tables, 发布时间/作者：admin/点击 line (admin is not an author), numbered items as paragraphs, 署名 and date body, 打印 | 关闭 | 返回顶部")
def r08(m):
    css = """body{margin:0;background:#dde8f0;font-size:12px;font-family:宋体}td{font-size:12px}.t1{font-size:20px;font-weight:bold;color:#003366}
.zw p{font-size:14px;line-height:26px}.ban{background:#3b7bb5;height:100px;color:#fff;font:bold 28px 隶书}.menu td{background:#2564a0;color:#fff;text-align:center;height:30px}
.menu a{color:#fff}"""
    body = f"""
<table width="960" align="center" cellpadding="0" cellspacing="0" bgcolor="#ffffff">
<tr><td class="ban">&nbsp;&nbsp;互助土族自治县塘川镇人民政府</td></tr>
<tr><td><table width="100%" class="menu"><tr><td><a href="#">首 页</a></td><td><a href="#">塘川概况</a></td><td><a href="#">政务公开</a></td><td><a href="#">村务公开</a></td><td><a href="#">招商引资</a></td><td><a href="#">留言板</a></td></tr></table></td></tr>
<tr><td height="28">&nbsp;当前位置：<a href="#">首页</a> &gt;&gt; <a href="#">村务公开</a> &gt;&gt; 正文</td></tr>
<tr><td><table width="92%" align="center"><tr><td align="center" class="t1">{esc(m['title'])}</td></tr>
<tr><td align="center" style="color:#999">发布时间：2025-3-11　　作者：admin　　点击：[<font color="red">231</font>]</td></tr>
<tr><td><hr size="1" color="#cccccc"></td></tr>
<tr><td class="zw">{body_html(m['blocks'], indent=True)}</td></tr>
<tr><td align="right"><a href="#">打印</a> | <a href="#">关闭</a> | <a href="#">返回顶部</a></td></tr></table></td></tr>
<tr><td bgcolor="#3b7bb5" align="center" style="color:#fff;line-height:22px">Copyright &copy; 2011-2025 塘川镇人民政府 All Rights Reserved<br>地址：青海省海东市互助县塘川镇中心街16号　电话：0972-8326011　青ICP备11000873号</td></tr></table>"""
    return doc(m["title"], css, body)


# ---------------------------------------------------------------- wn-09  河北 provincial department, 通报
B09 = [
    ("p", "各市（含定州、辛集市）应急管理局，雄安新区应急管理局，厅机关各处室："),
    ("p", "2月27日至3月7日，省应急管理厅组成4个检查组，对全省12个市的复工复产安全生产工作进行了明查暗访，共检查企业93家，发现问题隐患417项，已全部交由属地督促整改。现将有关情况通报如下。"),
    ("h", "一、基本情况"),
    ("p", "从检查情况看，多数企业能够落实复工前安全检查、全员安全培训等要求，但仍有部分企业存在复工程序不规范、隐患排查不彻底等问题，个别地区监管存在“宽松软”现象。"),
    ("h", "二、存在的主要问题"),
    ("p", "（一）复工复产验收走过场。部分企业未制定复工方案，复工前未开展全面安全检查。"),
    ("p", "（二）有限空间作业管理缺失。个别企业未设置警示标识，未配备气体检测仪器。"),
    ("p", "（三）应急准备不足。部分企业应急预案未及时修订，从业人员不熟悉应急处置程序。"),
    ("h", "三、下一步工作要求"),
    ("p", "各地要对通报问题举一反三，于3月31日前将整改情况报送省应急管理厅安全生产基础处。对整改不力的企业，依法依规予以处罚并公开曝光。"),
    ("right", "河北省应急管理厅"),
    ("right", "2025年3月10日"),
]


@page("wn-09", K, "河北省应急管理厅关于全省复工复产安全生产明查暗访情况的通报", [], "2025年03月12日", B09,
      features="2022 flat department design, 文号 line 冀应急〔2025〕19号 (not body), 主送 body, （一）-style items, date without label in grey span, 附件下载 area, 打印/关闭 buttons")
def r09(m):
    css = """body{margin:0;font-family:"Microsoft YaHei";background:#f5f7fa;color:#333}.top{background:#fff;border-bottom:1px solid #e5e5e5;padding:10px 8%;font-size:13px}
.top a{margin-left:12px}.brand{background:#e0312b;color:#fff;padding:26px 8%;font-size:30px;letter-spacing:2px}.mn{background:#fff;padding:0 8%;box-shadow:0 2px 4px #ddd}.mn a{display:inline-block;padding:14px 20px}
.card{background:#fff;width:1000px;margin:20px auto;padding:30px 50px}.bc{color:#999;font-size:13px}.ttl{font-size:24px;text-align:center;font-weight:bold;margin:16px 0}
.sub{display:flex;justify-content:space-between;border-bottom:2px solid #e0312b;padding-bottom:8px;color:#999;font-size:13px}
.wh{text-align:center}.card p{line-height:2;font-size:16px;text-indent:2em}.card h3{font-size:16px;text-indent:2em;font-weight:bold}
.btns button{margin:0 6px}.fo{text-align:center;color:#888;font-size:12px;padding:20px}"""
    body = f"""
<div class="top">您好，欢迎访问河北省应急管理厅！<a href="#">长者模式</a><a href="#">无障碍</a><a href="#">手机版</a></div>
<div class="brand">河北省应急管理厅</div>
<div class="mn">{links(["首页","机构职能","新闻资讯","政务公开","安全生产","防灾减灾","应急救援","互动交流"])}</div>
<div class="card"><div class="bc">首页 &gt; 政务公开 &gt; 通知公告</div>
<div class="ttl">{esc(m['title'])}</div>
<div class="sub"><span>2025年03月12日</span><span>来源：安全生产基础处</span><span>【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<p class="wh" style="text-indent:0">冀应急〔2025〕19号</p>
{body_html(m['blocks'])}
<div class="btns" style="text-align:center"><button>打印本页</button><button>关闭窗口</button></div></div>
<div class="fo">主办：河北省应急管理厅　地址：石家庄市桥西区维明南大街91号　值班电话：0311-87062119<br>冀ICP备19023017号-1　冀公网安备13010402001927号　网站标识码：1300000098</div>"""
    return doc(m["title"], css, body)


# ---------------------------------------------------------------- wn-10  湖北 county, 批复, glued info bar
B10 = [
    ("p", "县交通运输局："),
    ("p", "你局《关于调整县城公交线路及票价的请示》（竹交文〔2025〕8号）收悉。经县人民政府研究，现批复如下："),
    ("p", "一、同意调整县城1路、3路、5路公交线路走向，新开通7路（客运站—县人民医院新院区）公交线路。"),
    ("p", "二、同意县城公交线路实行1元一票制，65周岁以上老年人、现役军人、残疾人凭有效证件免费乘车。"),
    ("p", "三、你局要会同县发改局、县财政局做好线路调整的宣传解释工作，提前15日向社会公布调整方案，确保平稳过渡。"),
    ("p", "四、公交运营企业要加强车辆维护和驾驶员管理，合理安排发车班次，高峰时段发车间隔不超过15分钟，确保运营安全和服务质量。县财政对因票价调整形成的政策性亏损给予适当补贴，具体办法由你局会同县财政局另行制定。"),
    ("p", "此复。"),
    ("right", "竹山县人民政府"),
    ("right", "2025年2月24日"),
]


@page("wn-10", K, "竹山县人民政府关于调整县城公交线路及票价的批复", [], "2025-02-27", B10,
      features="county portal 2016 design, glued info bar 发布时间：…来源：… with no spaces, 文号 on own line, 批复 structure, 主题分类/体裁 tags, 相关链接")
def r10(m):
    css = """body{margin:0;font:14px Arial,"Microsoft YaHei"}.hd{height:140px;background:#0b6db3;color:#fff;padding:40px 60px;box-sizing:border-box;font-size:36px}
.nav{background:#075a95;text-align:center}.nav a{color:#fff;padding:0 20px;line-height:44px;font-size:16px}.ct{width:1100px;margin:0 auto}
.dq{border-bottom:1px solid #0b6db3;padding:10px 0}.ct h1{font-size:24px;text-align:center;color:#0b6db3}.fb{text-align:center;color:#888;font-size:12px}
.ct p{line-height:32px;font-size:16px;text-indent:2em}.tags{color:#666;font-size:13px}.ft{background:#eee;text-align:center;padding:18px;font-size:12px}"""
    body = f"""
<div class="hd">竹山县人民政府 <span style="font-size:14px">| <a href="#" style="color:#fff">繁体版</a> <a href="#" style="color:#fff">无障碍</a></span></div>
<div class="nav">{links(["首页","走进竹山","新闻中心","信息公开","政务服务","互动交流","专题专栏"])}</div>
<div class="ct"><div class="dq">当前位置：<a href="#">首页</a>&gt;<a href="#">信息公开</a>&gt;<a href="#">政府文件</a>&gt;<a href="#">县政府批复</a></div>
<h1>{esc(m['title'])}</h1>
<div class="fb">发布时间：2025-02-27来源：县政府办公室</div>
<p style="text-align:center;text-indent:0">竹政函〔2025〕11号</p>
{body_html(m['blocks'])}
<div class="tags">主题分类：交通运输　体裁分类：批复</div>
<div><b>相关链接：</b>{ul(["竹山县交通运输局关于县城公交线路调整的公告","县城公交线路调整问答"])}</div></div>
<div class="ft">版权所有：竹山县人民政府　承办：竹山县人民政府办公室　鄂ICP备12008563号<br>鄂公网安备 42032302000019号　网站标识码：4203230004</div>"""
    return doc(m["title"], css, body)


# ---------------------------------------------------------------- wn-11  贵州 city gov, news with 记者/通讯员, editors
B11 = [
    ("p", "本网讯　3月16日，副市长吴志勇带队到赤水河流域仁怀段、习水段督导防汛备汛和河道采砂管理工作。"),
    ("p", "吴志勇一行先后来到仁怀市茅台镇河道整治工地、习水县土城镇防洪堤建设现场，详细了解工程进度、防汛物资储备和应急预案修订情况。在土城镇防汛物资仓库，吴志勇逐项清点冲锋舟、救生衣、沙袋等物资，要求乡镇对照清单查漏补缺。"),
    ("p", "吴志勇强调，今年我市入汛可能偏早，各地各部门要克服麻痹思想，抓紧完成在建水毁修复工程，加强山洪灾害危险区、地质灾害隐患点巡查；要严厉打击非法采砂行为，坚决守护赤水河流域生态安全；要加强值班值守，确保信息报送及时准确。"),
    ("p", "督导中，吴志勇还听取了两地河长制工作汇报，要求各级河长履职尽责，常态化开展巡河护河，推动河道“清四乱”问题动态清零。"),
    ("p", "市水务局、市自然资源局、市应急管理局及仁怀市、习水县负责同志陪同督导。"),
]


@page("wn-11", K, "吴志勇督导赤水河流域防汛备汛和采砂管理工作", ["陈阳", "吴鹏"], "2025-03-17 08:57", B11,
      features="city portal 2021 design, info bar with 作者：陈阳 吴鹏 (记者, 通讯员), 本网讯 lead-in, 编辑/审核/终审 line under body, 上一篇/下一篇, 专题 banners")
def r11(m):
    css = """body{margin:0;font-family:"PingFang SC","Microsoft YaHei";background:#fafafa}.hdr{background:#005bac;padding:24px 10%;color:#fff}
.hdr b{font-size:32px}.hdr .r{float:right;font-size:13px}.hdr a{color:#fff}.nv{background:#fff;padding:0 10%;border-bottom:3px solid #005bac}.nv a{display:inline-block;padding:14px 18px;color:#005bac}
.wrap{width:1000px;margin:20px auto;background:#fff;padding:20px 40px}.t{font-size:26px;font-weight:600;text-align:center}
.info{margin:12px 0;color:#666;font-size:13px;text-align:center}.info i{font-style:normal;margin:0 10px}.wrap p{font-size:17px;line-height:1.9;text-indent:2em}
.ed{color:#999;font-size:13px;text-align:right}.pn{border-top:1px solid #eee;padding-top:10px}.zt{display:flex;gap:10px}.zt a{flex:1;background:#e8f1fa;padding:20px;text-align:center}
.ft{text-align:center;color:#888;font-size:12px;padding:24px}"""
    body = f"""
<div class="hdr"><span class="r"><a href="#">长者模式</a> · <a href="#">无障碍</a> · <a href="#">English</a><br><input placeholder="请输入搜索内容"> <a href="#">搜索</a></span><b>遵义市人民政府</b><br>www.zunyi.gov.cn</div>
<div class="nv">{links(["首页","要闻动态","政府信息公开","政务服务","政民互动","数据发布","走进遵义"])}</div>
<div class="wrap"><div>首页 &gt; 要闻动态 &gt; 政务要闻</div>
<div class="t">{esc(m['title'])}</div>
<div class="info"><i>来源：遵义市人民政府</i><i>作者：陈阳 吴鹏</i><i>发布时间：2025-03-17 08:57</i><i>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></i></div>
{body_html(m['blocks'])}
<div class="ed">编辑：杜雪　审核：罗明　终审：陈庆华</div>
<div class="pn">上一篇：<a href="#">市政府召开第67次常务会议</a><br>下一篇：<a href="#">我市召开春季森林防火工作调度会</a></div>
<div class="zt"><a href="#">学习贯彻党的二十届三中全会精神</a><a href="#">优化营商环境</a><a href="#">文明城市创建</a></div></div>
<div class="ft">主办：遵义市人民政府办公室　承办：遵义市大数据发展管理局<br>黔ICP备05001573号　黔公网安备52030202000356号　网站标识码：5203000003</div>"""
    return doc(m["title"] + "_遵义市人民政府", css, body)


# ---------------------------------------------------------------- wn-12  青海 州 gov, 政策解读 Q&A, 撰稿 named
B12 = [
    ("p", "为进一步做好高校毕业生等青年就业工作，州人力资源和社会保障局等五部门联合印发《海北州2025年促进青年就业若干措施》。近日，州人社局就群众关心的问题进行了解答。"),
    ("h", "问：哪些人员可以享受一次性求职创业补贴？"),
    ("p", "答：毕业年度内有就业创业意愿并积极求职创业的低保家庭、脱贫家庭、残疾人家庭高校毕业生，以及本人为残疾人、获得国家助学贷款的高校毕业生，可申请每人2000元的一次性求职创业补贴。"),
    ("h", "问：企业吸纳高校毕业生就业有哪些补贴？"),
    ("p", "答：州内中小微企业吸纳离校2年内未就业高校毕业生，签订1年以上劳动合同并按规定缴纳社会保险的，按每人1500元标准给予一次性吸纳就业补贴。"),
    ("h", "问：在基层就业的高校毕业生有哪些支持？"),
    ("p", "答：到乡镇（街道）、村（社区）就业的高校毕业生，工作满3年且考核合格的，在公务员考录中可按规定享受定向招录政策。"),
    ("table", [["补贴项目", "标准", "申领地点"],
               ["一次性求职创业补贴", "2000元/人", "毕业院校"],
               ["一次性吸纳就业补贴", "1500元/人", "州、县就业服务局"],
               ["就业见习补贴", "当地最低工资标准", "见习单位所在地就业服务局"]]),
    ("p", "咨询电话：0970-8642317"),
]


@page("wn-12", K, "一问一答读懂《海北州2025年促进青年就业若干措施》", ["马芳"], "2025年03月07日 星期五", B12,
      features="州 portal with 政策解读 Q&A (问/答 headings as sub-headings), summary table, 撰稿：马  芳 spaced name in info bar, weekday next to date, 解读机关/文件链接 box, 藏汉 bilingual switch")
def r12(m):
    css = """body{margin:0;background:#eef2f6;font:15px "Microsoft YaHei"}.tp{background:#1c4a7a;color:#fff;font-size:12px;padding:4px 12%}.tp a{color:#fff}
.bn{background:#2a67a6;color:#fff;padding:28px 12%;font-size:32px}.mn{background:#1c4a7a;padding:0 12%}.mn a{color:#fff;padding:12px;display:inline-block}
.mid{width:76%;margin:20px auto;background:#fff;padding:24px 40px}.h{font-size:26px;text-align:center;font-weight:bold;color:#1c4a7a}
.inf{text-align:center;color:#777;font-size:13px;padding:8px;border-bottom:1px dotted #aaa}.mid p{line-height:1.9;text-indent:2em}.mid h3{font-size:16px;color:#1c4a7a}
.jd{background:#f5f8fb;padding:10px;font-size:13px}.ft{background:#1c4a7a;color:#cdd;text-align:center;padding:20px;font-size:12px}"""
    body = f"""
<div class="tp">海北藏族自治州人民政府 <a href="#">藏文</a> | <a href="#">汉文</a> | <a href="#">无障碍</a> | <a href="#">适老化</a></div>
<div class="bn">海北州人民政府门户网站</div>
<div class="mn">{links(["首页","走进海北","政务要闻","信息公开","政策解读","政务服务","互动交流"])}</div>
<div class="mid"><div>当前位置：首页 &gt; 政策解读 &gt; 部门解读</div>
<div class="h">{esc(m['title'])}</div>
<div class="inf">发布时间：2025年03月07日 星期五　撰稿：马  芳　来源：州人力资源和社会保障局　浏览：1,034次</div>
{body_html(m['blocks'])}
<div class="jd">解读机关：海北州人力资源和社会保障局　解读文件：<a href="#">关于印发《海北州2025年促进青年就业若干措施》的通知</a></div>
<p style="text-indent:0">【<a href="#">打印</a>】　【<a href="#">关闭</a>】</p></div>
<div class="ft">海北藏族自治州人民政府办公室主办　青ICP备06001829号-2　青公网安备 63220002000011号　网站标识码：6322000001</div>"""
    return doc(m["title"], css, body)
