"""Government pages wp-01 … wp-12 (浙江, 湖南, 黑龙江, 新疆)."""
K = "government"
PAGES = []

# wp-01 浙江 县政府门户 2023-style responsive, 部门动态, closing (通讯员) byline inside last paragraph
PAGES.append(dict(
    id="wp-01", kind=K, lang="zh",
    title="青溪县开展冬季农村安全用电“进村入户”专项检查",
    authors=["方晓雯", "陈立峰"],
    publish_time="2024-11-18 16:42",
    features="county portal (2023 responsive): top bar with 无障碍/长者模式/繁体, search box, 7-item nav, "
             "breadcrumb, info bar below headline (发布时间/信息来源/浏览次数/字体 大中小), sub-headings, "
             "closing (通讯员 A 陈立峰) byline kept in last paragraph, 扫一扫 QR caption, 相关链接, footer with 主办/承办/标识码/ICP/公网安备",
    bmode="u3", hstyle="strong",
    css="""
body{margin:0;font-family:"Microsoft YaHei",sans-serif;color:#333}
.topbar{background:#f2f5f9;font-size:12px;padding:6px 40px;display:flex;justify-content:space-between}
.banner{background:#0b57a4;color:#fff;padding:24px 40px;font-size:30px}
.nav a{display:inline-block;padding:10px 22px;color:#fff}
.nav{background:#0a4a8c}
.wrap{width:1100px;margin:0 auto}
.art-title{font-size:26px;text-align:center;margin:24px 0 10px}
.art-info{text-align:center;font-size:13px;color:#888;border-bottom:1px dashed #ccc;padding-bottom:10px}
.art-info span{margin:0 12px}
.art-body{font-size:16px;line-height:2}
.side-qr{font-size:12px;color:#999}
.foot{background:#e9eef4;font-size:12px;text-align:center;padding:20px;line-height:2}
""",
    page="""
<div class="topbar"><div>您好，欢迎访问青溪县人民政府门户网站！今天是2024年11月18日 星期一</div>
<div><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">繁體</a> | <a href="#">English</a> | <a href="#">登录</a> | <a href="#">注册</a></div></div>
<div class="banner">青溪县人民政府<br><small>www.qingxi.gov.cn</small></div>
<form><input type="text" placeholder="请输入关键词"> <button type="button">搜索</button></form>
<div class="nav"><a href="#">首页</a><a href="#">走进青溪</a><a href="#">政务动态</a><a href="#">政府信息公开</a><a href="#">政务服务</a><a href="#">政民互动</a><a href="#">专题专栏</a></div>
<div class="wrap">
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务动态</a> &gt; <a href="#">部门动态</a> &gt; 正文</div>
<h1 class="art-title">@@TITLE@@</h1>
<div class="art-info"><span>发布时间：@@TIME@@</span><span>信息来源：县供电公司</span><span>浏览次数：1386</span><span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="art-body">
@@BODY@@
</div>
<div class="tools">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】 分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="prevnext">上一篇：<a href="#">县市场监管局开展冬季燃气器具专项抽检</a><br>下一篇：<a href="#">青溪县2024年第四季度征兵工作动员会召开</a></div>
<div class="related"><h4>相关链接</h4><ul><li><a href="#">我县召开秋冬季安全生产工作会议</a> 2024-11-12</li><li><a href="#">县应急管理局开展“安全生产月”回头看</a> 2024-11-06</li></ul></div>
<div class="side-qr"><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt="二维码" width="90" height="90"><br>扫一扫在手机打开当前页</div>
</div>
<div class="foot">
<a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">使用帮助</a> | <a href="#">隐私声明</a><br>
主办单位：青溪县人民政府办公室　承办单位：青溪县大数据发展中心<br>
网站标识码：3301270031　浙ICP备05031746号-1　<img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt="">浙公网安备 33012702000318号<br>
联系电话：0571-6402XXXX（工作日）　建议使用1366×768分辨率
</div>
""",
    body=[
        ("p", "为切实保障群众冬季安全可靠用电，11月以来，县供电公司联合各乡镇（街道）组建12支党员服务队，深入全县96个行政村开展农村安全用电“进村入户”专项检查，重点排查老旧线路、私拉乱接、漏电保护器缺失等隐患。"),
        ("h", "一、聚焦重点对象，上门排查不漏户"),
        ("p", "服务队以独居老人、低保户、民宿农家乐和小作坊为重点，逐户查看室内线路和取暖设备使用情况。截至11月17日，已累计检查农户4312户、民宿农家乐207家，发现并当场整改隐患318处，对需要更换的老化线路登记造册、限期处理。"),
        ("img", "党员服务队在枫林村检查农户室内线路", "▲党员服务队在枫林村检查农户室内线路"),
        ("h", "二、突出宣传引导，安全知识进家门"),
        ("p", "检查过程中，服务队员向村民发放《冬季安全用电明白纸》，现场讲解电热毯、小太阳等取暖电器的正确使用方法。“以前总觉得插线板能用就行，今天才知道一个插座不能插那么多电器。”云岭村村民叶阿姨说。"),
        ("h", "三、建立长效机制，隐患清零再回访"),
        ("p", "下一步，县供电公司将建立“一村一档”隐患台账，对已整改隐患开展“回头看”，并结合网格化管理，把安全用电纳入村级网格员日常巡查内容，确保今冬明春农村用电安全平稳。（通讯员 方晓雯 陈立峰）"),
    ],
))

# wp-02 湖南 市政府办公室 通知, 2010s table layout, 索引号 header table, 文号 line, 主送, 署名, 成文日期
PAGES.append(dict(
    id="wp-02", kind=K, lang="zh",
    title="湘川市人民政府办公室关于做好2024年冬春季森林防灭火工作的通知",
    authors=[],
    publish_time="2024-11-19",
    features="city government 信息公开 page in a 2010s table layout: 索引号/发布机构/发文日期/文号 table above the headline, "
             "文号 line (not body), 主送 line, numbered sub-headings, 署名 and 成文日期 (body), 公开方式 note, 【打印】【关闭】, footer with 湘ICP",
    bmode="font", hstyle="strong",
    css="""
body{margin:0;background:#eef2f6;font:12px/1.8 SimSun,serif}
table.main{width:1000px;margin:0 auto;background:#fff}
.head td{background:#c8161d;color:#fff;font-size:28px;height:90px;padding-left:30px}
.menu td{background:#a80f14;color:#fff;text-align:center;height:34px}
.meta td{border:1px solid #ddd;padding:4px 8px}
.t{font-size:22px;color:#c00;text-align:center;font-weight:bold;padding:20px}
.fileno{text-align:center}
.content{font-size:16px;line-height:2;padding:0 40px}
.copy{text-align:center;color:#666;padding:16px}
""",
    page="""
<table class="main" cellspacing="0" cellpadding="0">
<tr class="head"><td colspan="8">湘川市人民政府门户网站　<small>www.xiangchuan.gov.cn</small></td></tr>
<tr class="menu"><td>首页</td><td>政务公开</td><td>政务服务</td><td>互动交流</td><td>魅力湘川</td><td>专题专栏</td><td>数据开放</td><td><a href="#">长者模式</a></td></tr>
<tr><td colspan="8">您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">政务公开</a> &gt;&gt; <a href="#">政府文件</a> &gt;&gt; <a href="#">市政府办文件</a></td></tr>
<tr><td colspan="8">
<table class="meta" width="100%" cellspacing="0">
<tr><td>索 引 号：</td><td>000014349/2024-41873</td><td>分　　类：</td><td>应急管理；通知</td></tr>
<tr><td>发布机构：</td><td>湘川市人民政府办公室</td><td>发文日期：</td><td>@@TIME@@</td></tr>
<tr><td>文　　号：</td><td>湘川政办函〔2024〕57号</td><td>有 效 性：</td><td>有效</td></tr>
</table>
</td></tr>
<tr><td colspan="8" class="t">@@TITLE@@</td></tr>
<tr><td colspan="8" class="fileno">湘川政办函〔2024〕57号</td></tr>
<tr><td colspan="8" class="content">
@@BODY@@
</td></tr>
<tr><td colspan="8" style="text-align:right;padding:10px 40px">【<a href="#">打印</a>】【<a href="#">关闭</a>】【<a href="#">收藏</a>】</td></tr>
<tr><td colspan="8">相关文件：<a href="#">湘川市森林防灭火指挥部关于进一步加强野外火源管控的通告</a></td></tr>
<tr><td colspan="8" class="copy">主办：湘川市人民政府办公室　承办：湘川市数据资源局　地址：湘川市人民中路88号　联系电话：0738-82XXXXX<br>
湘ICP备12004518号　湘公网安备 43130202000417号　网站标识码：4313000017<br>版权所有 湘川市人民政府</td></tr>
</table>
""",
    body=[
        ("p", "各县市区人民政府，市直有关单位："),
        ("p", "今冬明春是我市森林火灾易发高发期，气象部门预测，11月至次年2月全市降水总体偏少，森林火险等级偏高。为切实做好冬春季森林防灭火工作，经市人民政府同意，现就有关事项通知如下。"),
        ("h", "一、压实防火责任"),
        ("p", "各县市区要严格落实党政同责、一岗双责，层层签订森林防灭火责任状，把责任落实到山头地块和具体人员。林区乡镇要建立领导包村、干部包组、护林员包片的网格化责任体系。"),
        ("h", "二、严管野外火源"),
        ("p", "要在重点林区入山路口设立检查站，在祭祀用火、农事用火高峰时段加强巡查，严禁在林区焚烧秸秆、烧荒烧田和燃放孔明灯。对违规用火行为一律依法从严查处。"),
        ("h", "三、强化应急准备"),
        ("p", "各级专业扑火队伍实行24小时备勤，储备物资要及时补充到位。发生火情要第一时间报告、第一时间处置，严禁迟报、漏报、瞒报。"),
        ("sign", "湘川市人民政府办公室"),
        ("sign", "2024年11月15日"),
        ("x", '<p style="font-size:14px">（此件主动公开）</p>'),
    ],
))

# wp-03 黑龙江 区教育局 公示, 2025 department page, table body
PAGES.append(dict(
    id="wp-03", kind=K, lang="zh",
    title="关于2024年度区级优秀班主任拟推荐人选的公示",
    authors=[],
    publish_time="2024年11月20日 09:05",
    features="district department (区教育局) page, modern card layout: info bar above the headline with 发布日期/字号/打印, "
             "公示 with a 6-column table (header row + 5 rows), 公示期/联系电话 lines, 署名+日期, 附件 link (not body), footer with 黑ICP",
    bmode="p", hstyle="strong",
    css="""
body{margin:0;background:#f5f7fa;font-family:"PingFang SC",sans-serif}
header{background:linear-gradient(#1d6fb8,#15579a);color:#fff;padding:18px 60px}
header .sub{font-size:13px;opacity:.8}
nav{background:#fff;border-bottom:2px solid #1d6fb8;padding:0 60px}
nav a{display:inline-block;padding:12px 18px;color:#222}
main{max-width:960px;margin:20px auto;background:#fff;padding:30px 50px}
.meta{font-size:13px;color:#999;display:flex;gap:24px;margin-bottom:8px}
h1{font-size:24px;margin:8px 0 20px;text-align:center}
.bt{border-collapse:collapse;width:100%}
.bt td,.bt th{border:1px solid #999;text-align:center}
footer{background:#233041;color:#aab;font-size:12px;padding:20px 60px;line-height:2}
""",
    page="""
<header><div>哈北区教育局</div><div class="sub">Harbin Habei District Education Bureau　|　<a href="#">无障碍浏览</a>　<a href="#">关怀版</a></div></header>
<nav><a href="#">首页</a><a href="#">机构概况</a><a href="#">教育动态</a><a href="#">通知公告</a><a href="#">招生考试</a><a href="#">信息公开</a><a href="#">办事指南</a><input type="search" placeholder="站内搜索"></nav>
<main>
<div class="crumb">首页 / 通知公告 / 正文</div>
<div class="meta"><span>发布日期：@@TIME@@</span><span>来源：人事科</span><span>字号：<a href="#">A+</a> <a href="#">A</a> <a href="#">A-</a></span><span><a href="#">打印</a></span></div>
<h1>@@TITLE@@</h1>
<article>
@@BODY@@
</article>
<p class="att">附件：<a href="#">2024年度区级优秀班主任拟推荐人选登记表.docx</a></p>
<p class="pn">上一条：<a href="#">关于开展2024年冬季校园安全大检查的通知</a><br>下一条：<a href="#">哈北区中小学“冰雪进校园”活动方案</a></p>
</main>
<footer>主办单位：哈北区教育局　地址：哈尔滨市哈北区学府东路17号　邮编：150028<br>
黑ICP备15002871号-2　黑公网安备23010902000566号　网站标识码：2301090019<br>
<span>技术支持：哈北区政务数据服务中心</span></footer>
""",
    body=[
        ("p", "根据《关于开展2024年度区级优秀班主任评选工作的通知》要求，经学校推荐、资格审查、专家评审和局党组研究，拟推荐以下5名同志为2024年度区级优秀班主任人选，现予以公示。"),
        ("table", [["序号", "姓名", "性别", "工作单位", "任教学科", "班主任年限"],
                   ["1", "刘雅琴", "女", "哈北区第三中学", "语文", "12"],
                   ["2", "孙建国", "男", "哈北区实验小学", "数学", "9"],
                   ["3", "赵  婷", "女", "哈北区松江路小学", "英语", "7"],
                   ["4", "马文博", "男", "哈北区第十一中学", "物理", "11"],
                   ["5", "白  雪", "女", "哈北区育才学校", "道德与法治", "6"]]),
        ("p", "公示期为2024年11月20日至11月26日（5个工作日）。公示期间，如对拟推荐人选有异议，请以书面形式向区教育局人事科反映，并署真实姓名和联系方式。"),
        ("p", "联系电话：0451-8761XXXX"),
        ("p", "受理地址：哈北区学府东路17号区教育局312室"),
        ("sign", "哈北区教育局"),
        ("sign", "2024年11月20日"),
    ],
))

# wp-04 新疆 乡政府 2010s div layout, 工作动态, byline line at the end (not in paragraph), minority name
PAGES.append(dict(
    id="wp-04", kind=K, lang="zh",
    title="托格拉克乡举办冬季农民夜校 三百余名群众学技能",
    authors=["阿依古丽·吐尔逊", "王新民"],
    publish_time="2024-11-21",
    features="乡镇 page on a county site (2012-style floated divs): headline, info bar with glued labels "
             "(日期：…作者：…来源：…点击数：), body with <br> paragraphs, quoted speech, byline repeated as own line "
             "'通讯员：…' at end (not body), minority name with middle dot, 审核/编辑 line, footer with 新ICP",
    bmode="br", hstyle="strong",
    css="""
body{margin:0;font-size:12px;font-family:SimSun;background:#e4d9c5}
#top{width:980px;margin:0 auto;height:120px;background:#b5651d;color:#fff;font-size:32px;line-height:120px;padding-left:20px}
#menu{width:1000px;margin:0 auto;background:#7a3e0c}
#menu a{color:#fff;float:left;width:100px;text-align:center;line-height:32px}
.clear{clear:both}
#main{width:1000px;margin:0 auto;background:#fff;padding:10px 0}
#left{float:left;width:220px}
#right{float:right;width:760px}
.tit{font-size:20px;font-weight:bold;text-align:center;padding:16px}
.inf{text-align:center;color:#777;border-bottom:1px solid #ddd}
.txt{font-size:14px;line-height:26px;padding:10px 20px}
#foot{width:1000px;margin:0 auto;text-align:center;background:#7a3e0c;color:#fff;padding:10px}
""",
    page="""
<div id="top">伊河县人民政府网 · 乡镇频道</div>
<div id="menu"><a href="#">网站首页</a><a href="#">政务公开</a><a href="#">乡镇动态</a><a href="#">部门动态</a><a href="#">民生服务</a><a href="#">魅力伊河</a><a href="#">旅游文化</a><a href="#">在线访谈</a><a href="#">领导信箱</a><a href="#">维语版</a><div class="clear"></div></div>
<div id="main">
<div id="left"><b>乡镇导航</b><br><a href="#">伊河镇</a><br><a href="#">托格拉克乡</a><br><a href="#">萨尔布拉克镇</a><br><a href="#">喀拉亚尕奇乡</a><br><br><b>搜索</b><br><input type="text" value="请输入关键字"><input type="button" value="搜 索"></div>
<div id="right">
<div>当前位置：<a href="#">首页</a>&gt;&gt;<a href="#">乡镇动态</a>&gt;&gt;<a href="#">托格拉克乡</a></div>
<div class="tit">@@TITLE@@</div>
<div class="inf">日期：@@TIME@@作者：阿依古丽·吐尔逊 王新民来源：托格拉克乡点击数：527</div>
<div class="txt">
@@BODY@@
</div>
<div>【<a href="#">打印此页</a>】【<a href="#">关闭窗口</a>】【<a href="#">返回顶部</a>】</div>
<div>上一篇：<a href="#">托格拉克乡召开村级后备干部培训会</a>　下一篇：<a href="#">县司法局开展“法律明白人”培训</a></div>
</div><div class="clear"></div>
</div>
<div id="foot">Copyright 2013-2024 伊河县人民政府 版权所有　主办：伊河县人民政府办公室<br>新ICP备13001972号　网站标识码：6540210012　电话：0999-46XXXXX</div>
""",
    body=[
        ("p", "11月20日晚，托格拉克乡新时代文明实践所灯火通明，2024年冬季农民夜校第一期开课，来自全乡8个村的300余名群众走进课堂，学习果树冬季修剪、设施农业管理和国家通用语言。"),
        ("p", "课堂上，县农业农村局高级农艺师李宏伟结合实物，为大家讲解苹果树冬季整形修剪要点和病虫害越冬防治方法。“修剪要‘去弱留强’，伤口要及时涂药，明年才能结出好果子。”他一边示范一边说。"),
        ("p", "阿克塔木村村民热合曼·买买提听得格外认真，笔记本上记了满满两页。“去年我家的果园产量不高，今年冬天要把技术学到手，明年争取多收两吨。”他说。"),
        ("p", "据了解，今冬农民夜校将持续到2025年2月底，每周开课三次，设置种植养殖、电商直播、家政服务等12门课程，并邀请致富带头人现身说法，帮助群众利用冬闲时间学技能、增收入。"),
        ("x", '<div>通讯员：阿依古丽·吐尔逊 王新民</div><div>编辑：张丽　审核：买买提江</div>'),
    ],
))

# wp-05 浙江 市人力社保局 政策解读, 2020s, 解读 with numbered headings, 文字解读 label with no author
PAGES.append(dict(
    id="wp-05", kind=K, lang="zh",
    title="《明州市灵活就业人员参加职工基本医疗保险办法》政策解读",
    authors=[],
    publish_time="2024-11-19 10:30:00",
    features="city department 政策解读 page (2021 design): left column menu, info bar as a grey box (发布时间/来源/阅读), "
             "解读类型/关联文件 lines (not body), 一、二、三 headings and 问答 lines, list, 解读机构/解读人 lines at end "
             "(解读人 is a named official but the page has no writer → []), footer with 浙ICP and 政府网站找错",
    bmode="pi", hstyle="h3",
    css="""
body{margin:0;font-family:"Microsoft YaHei";background:#fafafa}
.hd{height:100px;background:#17599e;color:#fff;font-size:26px;padding:20px 80px;box-sizing:border-box}
.hd .r{float:right;font-size:12px}
.mn{background:#fff;box-shadow:0 1px 3px #ccc;padding:0 80px}
.mn a{display:inline-block;padding:14px 20px}
.cols{display:flex;width:1200px;margin:20px auto;gap:20px}
.lm{width:220px;background:#fff}
.lm li{padding:10px;border-bottom:1px solid #eee;list-style:none}
.rm{flex:1;background:#fff;padding:30px}
.rm h1{font-size:24px;text-align:center}
.gray{background:#f2f2f2;text-align:center;font-size:13px;color:#666;padding:8px}
.ft{background:#fff;text-align:center;font-size:12px;padding:20px;border-top:3px solid #17599e}
""",
    page="""
<div class="hd"><span class="r"><a href="#">无障碍</a> <a href="#">关怀模式</a> <a href="#">简</a>/<a href="#">繁</a> <a href="#">手机版</a></span>明州市人力资源和社会保障局</div>
<div class="mn"><a href="#">首页</a><a href="#">机构概况</a><a href="#">新闻动态</a><a href="#">政府信息公开</a><a href="#">政策文件</a><a href="#">政策解读</a><a href="#">办事服务</a><a href="#">互动交流</a></div>
<div class="cols">
<ul class="lm"><li>政策解读</li><li><a href="#">文字解读</a></li><li><a href="#">图文解读</a></li><li><a href="#">视频解读</a></li><li><a href="#">专家解读</a></li></ul>
<div class="rm">
<div>首页 &gt; 政策解读 &gt; 文字解读</div>
<h1>@@TITLE@@</h1>
<div class="gray">发布时间：@@TIME@@　　来源：医疗保障处　　阅读：2,204　　<a href="#">打印</a></div>
<p>解读类型：部门解读　　关联文件：<a href="#">《明州市灵活就业人员参加职工基本医疗保险办法》（明人社发〔2024〕31号）</a></p>
@@BODY@@
<p class="share">分享：<a href="#">微信</a> <a href="#">微博</a></p>
</div></div>
<div class="ft"><a href="#">政府网站找错</a><br>明州市人力资源和社会保障局 主办　地址：明州市鄞江路1088号<br>浙ICP备09018735号-3　浙公网安备33020302000942号　网站标识码：3302000045</div>
""",
    body=[
        ("h", "一、制定背景"),
        ("p", "近年来，我市新就业形态快速发展，快递员、网约车司机、外卖骑手等灵活就业人员数量持续增长。为进一步扩大职工基本医疗保险覆盖面，减轻灵活就业人员医疗费用负担，市人力社保局会同市医保局、市财政局制定了本办法。"),
        ("h", "二、主要内容"),
        ("p", "《办法》共五章二十二条，主要明确了以下内容："),
        ("ul", ["（一）参保范围。在本市就业、未参加职工基本医疗保险的16周岁以上灵活就业人员，均可按规定参保，取消户籍限制。",
                "（二）缴费基数。以上年度全省全口径城镇单位就业人员月平均工资的60%至300%为缴费基数，由参保人自主选择。",
                "（三）待遇享受。连续缴费满6个月后，享受与在职职工同等的住院和门诊待遇。"]),
        ("h", "三、常见问题"),
        ("p", "问：已经参加城乡居民医保的，还能参加吗？"),
        ("p", "答：可以。参保人办理职工医保参保登记后，城乡居民医保自动终止，已缴纳的居民医保费用按规定退还。"),
        ("p", "《办法》自2025年1月1日起施行，有效期5年。"),
        ("x", '<p style="text-align:right">解读机构：明州市人力资源和社会保障局</p><p style="text-align:right">解读人：胡建平　联系电话：0574-8918XXXX</p>'),
    ],
))

# wp-06 湖南 县政府 领导活动, 2019-ish, info bar above title glued, spaced two-char names, 来源: 县融媒体中心
PAGES.append(dict(
    id="wp-06", kind=K, lang="zh",
    title="蒋志刚调研重点项目建设和冬季安全生产工作",
    authors=["刘洋", "周敏"],
    publish_time="2024/11/21 18:07",
    features="county portal 领导活动 column (2019 design): breadcrumb with ›, info bar ABOVE the headline with glued labels "
             "(来源：县融媒体中心作者：记者 刘  洋 通讯员 周敏时间：…), spaced two-character name, two photos with captions, "
             "责任编辑 line (not author), 长者模式, footer with 湘ICP",
    bmode="u3", hstyle="strong",
    css="""
body{margin:0;font:14px/1.9 "Microsoft YaHei";color:#222}
.t1{background:#f7f0e6;font-size:12px;padding:4px 100px}
.logo{background:#fff url() no-repeat;padding:22px 100px;font-size:28px;color:#b71c1c;border-bottom:4px solid #b71c1c}
.menu{padding:0 100px;background:#b71c1c}.menu a{color:#fff;display:inline-block;padding:10px 16px}
.box{width:1000px;margin:16px auto}
.src{font-size:12px;color:#999;text-align:center;margin-top:20px}
.box h2{text-align:center;font-size:24px;color:#b71c1c}
.fo{background:#333;color:#bbb;text-align:center;padding:18px;font-size:12px}
""",
    page="""
<div class="t1">今天是：2024年11月21日　<a href="#">长者模式</a>　<a href="#">无障碍</a>　<a href="#">设为首页</a>　<a href="#">加入收藏</a></div>
<div class="logo">澧阳县人民政府</div>
<div class="menu"><a href="#">首页</a><a href="#">政府信息公开</a><a href="#">领导之窗</a><a href="#">澧阳要闻</a><a href="#">政务服务</a><a href="#">公众参与</a><a href="#">走进澧阳</a></div>
<div class="box">
<div>当前位置：<a href="#">首页</a> › <a href="#">领导之窗</a> › <a href="#">领导活动</a></div>
<div class="src">来源：县融媒体中心作者：记者 刘&nbsp; 洋 通讯员 周敏时间：@@TIME@@</div>
<h2>@@TITLE@@</h2>
@@BODY@@
<p>责任编辑：黄晓丽</p>
<div>分享到：<a href="#">微信</a> <a href="#">新浪微博</a> <a href="#">QQ</a>　　【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>
</div>
<div class="fo">主办：澧阳县人民政府办公室　承办：澧阳县融媒体中心　联系电话：0736-32XXXXX<br>湘ICP备10200645号　湘公网安备43072602000135号　网站标识码：4307260004</div>
""",
    body=[
        ("p", "11月21日，县委副书记、县长蒋志刚深入县经济开发区、城区在建工地和部分企业，调研重点项目建设和冬季安全生产工作。"),
        ("img", "蒋志刚在澧阳智能装备产业园项目现场调研", "蒋志刚在澧阳智能装备产业园项目现场调研。"),
        ("p", "在澧阳智能装备产业园项目现场，蒋志刚详细了解项目建设进度和要素保障情况。他强调，要倒排工期、挂图作战，在确保质量安全的前提下加快施工进度，力争年底前完成主体工程建设。"),
        ("p", "在湘北新材料公司，蒋志刚走进生产车间，查看危化品仓储管理和消防设施配备情况。他指出，冬季是安全事故易发多发期，企业要绷紧安全生产这根弦，全面排查整治各类隐患，坚决守牢安全底线。"),
        ("img", "蒋志刚在湘北新材料公司检查安全生产工作", "蒋志刚在湘北新材料公司检查安全生产工作。"),
        ("p", "蒋志刚要求，各级各部门要坚持发展和安全两手抓，压紧压实属地管理责任、部门监管责任和企业主体责任，以“零容忍”态度打非治违，为全县经济社会高质量发展营造安全稳定的环境。"),
        ("p", "县领导邓红、彭建华参加调研。"),
    ],
))

# wp-07 黑龙江 街道办事处 通报 on a district portal, 2008-style nested tables, date in Chinese numerals? (printed form)
PAGES.append(dict(
    id="wp-07", kind=K, lang="zh",
    title="关于近期辖区燃气安全检查情况的通报",
    authors=[],
    publish_time="2024-11-22 14:16:08",
    features="街道办事处 page on an old district portal (2008-style nested tables, <font> tags): headline in red, "
             "info line '【发布时间：…】【来源：…】【字号 大 中 小】' glued, 通报 with 主送, numbered list, table of problems, "
             "署名+日期, bottom 【关闭窗口】, footer with 黑ICP and 技术支持",
    bmode="p", hstyle="strong",
    css="""
body{margin:0;background:#dfe8f1;font-size:12px}
.w{width:960px;margin:0 auto;background:#fff}
.bn{background:#2a5ea8;color:#fff;font-size:26px;height:100px}
.cc{font-size:14px;line-height:24px;padding:10px 30px}
.bt{border-collapse:collapse}
""",
    page="""
<table class="w" cellspacing="0" cellpadding="0" border="0">
<tr><td class="bn">　道外区人民政府 · 靖宇街道办事处</td></tr>
<tr><td><table width="100%"><tr><td><a href="#">首页</a></td><td><a href="#">街道概况</a></td><td><a href="#">社区风采</a></td><td><a href="#">通知公告</a></td><td><a href="#">便民服务</a></td><td><a href="#">党建园地</a></td><td><input type="text" size="12"><input type="button" value="搜索"></td></tr></table></td></tr>
<tr><td>您当前的位置：<a href="#">首页</a> → <a href="#">街道办事处</a> → <a href="#">通知公告</a></td></tr>
<tr><td align="center"><font color="#cc0000" size="5"><b>@@TITLE@@</b></font></td></tr>
<tr><td align="center"><font color="#666">【发布时间：@@TIME@@】【来源：靖宇街道办事处】【字号 <a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</font></td></tr>
<tr><td><hr></td></tr>
<tr><td class="cc">
@@BODY@@
</td></tr>
<tr><td align="center">【<a href="#">关闭窗口</a>】</td></tr>
<tr><td align="center" bgcolor="#2a5ea8"><font color="#ffffff">版权所有：哈尔滨市道外区靖宇街道办事处　地址：道外区靖宇街301号　电话：0451-8862XXXX<br>黑ICP备09005127号　技术支持：道外区信息中心</font></td></tr>
</table>
""",
    body=[
        ("p", "各社区居委会、辖区各物业服务企业："),
        ("p", "为做好入冬以来燃气安全工作，11月11日至11月20日，街道安监办会同区燃气安全专班，对辖区12个社区的居民住户、沿街餐饮门店和老旧小区开展了燃气安全专项检查。现将检查情况通报如下："),
        ("h", "一、总体情况"),
        ("p", "本次共检查居民住户2186户、餐饮门店93家、老旧小区27个，发现隐患157处，已当场整改131处，其余26处已下达限期整改通知书。"),
        ("h", "二、主要问题"),
        ("table", [["问题类型", "数量（处）", "主要分布"],
                   ["胶管老化、超长", "68", "居民住户"],
                   ["未安装燃气报警器", "41", "餐饮门店"],
                   ["违规使用液化气瓶", "29", "南勋、北十四道社区"],
                   ["私自改装燃气管道", "19", "老旧小区"]]),
        ("h", "三、下步工作要求"),
        ("p", "1.各社区要对未整改隐患建立台账，11月30日前完成复查，确保整改到位。"),
        ("p", "2.各物业服务企业要加强楼道、地下室巡查，发现燃气泄漏等险情立即报告。"),
        ("p", "3.对拒不整改的餐饮门店，街道将提请区市场监管、燃气主管部门依法处理。"),
        ("sign", "靖宇街道办事处"),
        ("sign", "2024年11月22日"),
    ],
))

# wp-08 新疆 自治区厅局 讲话, 2024 responsive, speaker line under headline, 副标题 (date line), author = speaker
PAGES.append(dict(
    id="wp-08", kind=K, lang="zh",
    title="在全区冬季农业技术培训工作推进会上的讲话",
    authors=["努尔兰·哈斯木"],
    publish_time="2024-11-18",
    features="autonomous-region department (农业农村厅-like) 讲话 page, 2024 responsive design: 领导讲话 column, speaker and "
             "date in parentheses under the headline (not body), speech headings, quoted 同志们, author = the speaker "
             "(minority name with middle dot), info bar with 发布时间/来源/浏览量, 【打印】【关闭】, footer with 新ICP",
    bmode="u3", hstyle="strong",
    css="""
body{margin:0;font-family:"Microsoft YaHei";background:#f0f4f1}
.hdr{background:#2e7d32;color:#fff;padding:16px 10%}
.hdr .links{float:right;font-size:12px}
.nv{background:#fff;padding:0 10%}.nv a{display:inline-block;padding:12px;color:#2e7d32}
.ct{max-width:1000px;margin:20px auto;background:#fff;padding:30px 60px;line-height:2}
.ct h1{text-align:center;font-size:25px}
.spk{text-align:center;font-size:16px}
.info{text-align:center;color:#999;font-size:13px}
.ft{text-align:center;font-size:12px;color:#555;padding:20px}
""",
    page="""
<div class="hdr"><span class="links"><a href="#">无障碍</a> | <a href="#">长者版</a> | <a href="#">ئۇيغۇرچە</a> | <a href="#">邮箱</a></span>新疆维吾尔自治区农业技术推广总站</div>
<div class="nv"><a href="#">首页</a><a href="#">站情介绍</a><a href="#">工作动态</a><a href="#">领导讲话</a><a href="#">技术推广</a><a href="#">通知公告</a><a href="#">信息公开</a></div>
<div class="ct">
<div>当前位置：首页 &gt; 领导讲话 &gt; 正文</div>
<div class="info">发布时间：@@TIME@@　来源：办公室　浏览量：893</div>
<h1>@@TITLE@@</h1>
<p class="spk">努尔兰·哈斯木</p>
<p class="spk">（2024年11月15日）</p>
@@BODY@@
<div>【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>
</div>
<div class="ft">主办单位：新疆维吾尔自治区农业技术推广总站　地址：乌鲁木齐市南湖东路XX号<br>新ICP备11002439号-1　新公网安备65010202000715号</div>
""",
    body=[
        ("p", "同志们："),
        ("p", "今天召开全区冬季农业技术培训工作推进会，主要任务是总结今年以来农技推广工作，安排部署今冬明春农民技术培训。刚才，三个地州作了交流发言，讲得很好，希望大家相互学习借鉴。下面，我讲三点意见。"),
        ("h", "一、充分认识冬季培训的重要意义"),
        ("p", "冬闲时节是农民集中学习技术的黄金期。今年全区粮食、棉花生产再获丰收，但也要清醒看到，部分地区良种良法配套不够、机械化水平不高的问题依然存在。抓好冬季培训，就是为明年农业生产打基础、蓄后劲。"),
        ("h", "二、突出重点，提高培训实效"),
        ("p", "培训内容要坚持需求导向，围绕棉花高产栽培、设施农业、特色林果提质增效等主导产业，做到农民缺什么就教什么。培训方式要接地气，多到田间地头、大棚圈舍现场教学，用群众听得懂的语言讲技术。"),
        ("h", "三、压实责任，确保取得成效"),
        ("p", "各地州农技推广部门主要负责同志要亲自抓，制定培训计划，建立培训台账，年底前要把培训任务分解到县、落实到乡。总站将适时开展督导检查，对工作成效突出的单位予以通报表扬。"),
        ("p", "同志们，做好冬季农业技术培训工作责任重大。希望大家以务实的作风抓好落实，为明年农业丰收打下坚实基础。"),
    ],
))

# wp-09 浙江 村 村务公开 公示 (财务收支), village page on a 乡镇 site, mobile-first simple layout
PAGES.append(dict(
    id="wp-09", kind=K, lang="zh",
    title="下塘村2024年第三季度村级财务收支情况公示",
    authors=[],
    publish_time="2024年11月22日",
    features="村务公开 page on a township site (2022 mobile-first single column): 村务公开 tabs, 公开时间/公开单位/公开形式 "
             "grid (publish_time from 公开时间), 收入/支出 table with totals row, 村务监督委员会 and 经办人 lines as body sign-off, "
             "监督电话, footer with 浙ICP and 公网安备",
    bmode="p", hstyle="strong",
    css="""
body{margin:0;font-family:sans-serif;font-size:15px;max-width:760px;margin:auto;background:#fff}
.top{background:#2b8a3e;color:#fff;padding:14px}
.tabs a{display:inline-block;padding:8px 12px;border-bottom:2px solid #eee}
.grid{display:grid;grid-template-columns:1fr 1fr;font-size:13px;color:#555;background:#f6f6f6;padding:8px}
h1{font-size:21px}
.bt{border-collapse:collapse;width:100%}.bt td,.bt th{border:1px solid #aaa;padding:4px}
.foot{font-size:12px;color:#888;text-align:center;padding:20px 0}
""",
    page="""
<div class="top">溪口镇人民政府 ｜ 村务公开</div>
<div class="tabs"><a href="#">党务公开</a><a href="#">村务公开</a><a href="#">财务公开</a><a href="#">三资管理</a><a href="#">民主监督</a></div>
<div>首页 ＞ 村务公开 ＞ 下塘村 ＞ 正文</div>
<h1>@@TITLE@@</h1>
<div class="grid"><div>公开时间：@@TIME@@</div><div>公开单位：下塘村股份经济合作社</div><div>公开形式：网站、公开栏</div><div>浏览：214次</div></div>
@@BODY@@
<p>监督电话：0575-8321XXXX（镇纪委）</p>
<div class="foot">溪口镇人民政府主办　浙ICP备13025806号-1<br>浙公网安备 33068302000271号</div>
""",
    body=[
        ("p", "根据村务公开有关规定，现将下塘村2024年7月至9月财务收支情况予以公示，接受全体村民监督。"),
        ("table", [["项目", "金额（元）", "备注"],
                   ["一、本季度收入合计", "486,320.00", ""],
                   ["集体资产租赁收入", "312,000.00", "厂房、店面租金"],
                   ["上级补助收入", "158,400.00", "美丽乡村建设补助"],
                   ["其他收入", "15,920.00", "利息等"],
                   ["二、本季度支出合计", "401,785.50", ""],
                   ["村级公益事业支出", "236,500.00", "村道修缮、路灯维修"],
                   ["干部报酬及管理费用", "121,600.00", ""],
                   ["其他支出", "43,685.50", "保洁、水电费"]]),
        ("p", "以上收支情况已经村务监督委员会审核。村民如有疑问，请于公示之日起7日内向村务监督委员会或镇农村经营管理站反映。"),
        ("sign", "下塘村村务监督委员会"),
        ("sign", "下塘村股份经济合作社"),
        ("sign", "2024年11月22日"),
    ],
))

# wp-10 湖南 市政府 批复, 2021 政府信息公开 template with metadata list (dl), 文号 under title
PAGES.append(dict(
    id="wp-10", kind=K, lang="zh",
    title="衡岳市人民政府关于同意设立衡岳高新区湘南物流园的批复",
    authors=[],
    publish_time="2024-11-20 11:03",
    features="city government 批复 in a 2021 信息公开 template: <dl> metadata (主题分类/发文机关/成文日期/发布日期/文号), "
             "文号 line under headline (not body), 主送 line, numbered items, 署名 and 成文日期 differing from the "
             "发布日期 (publish_time = the printed 发布日期), 政策解读 link, 扫码 caption, footer",
    bmode="div", hstyle="strong",
    css="""
body{margin:0;background:#f3f3f3;font-family:"Microsoft YaHei"}
.g-top{background:#fff;border-bottom:1px solid #ddd;padding:10px 12%;font-size:12px}
.g-head{background:#a31515;color:#fff;padding:26px 12%;font-size:30px}
.g-box{width:1100px;margin:20px auto;background:#fff;padding:30px 70px}
dl{display:grid;grid-template-columns:100px 1fr 100px 1fr;border:1px solid #ddd;font-size:13px;padding:10px}
dt{color:#999}dd{margin:0}
.ttl{text-align:center;font-size:24px;font-weight:bold;margin-top:24px}
.wh{text-align:center;color:#555}
.para{text-indent:2em;font-size:16px;line-height:2}
.para+.para{margin-top:4px}
.g-foot{background:#fff;text-align:center;padding:20px;font-size:12px}
""",
    page="""
<div class="g-top">衡岳市人民政府门户网站欢迎您！　<a href="#">无障碍阅读</a>　<a href="#">长者模式</a>　<a href="#">繁体版</a>　<a href="#">智能问答</a></div>
<div class="g-head">衡岳市人民政府</div>
<div class="g-box">
<div>您当前所在位置：首页 &gt; 政府信息公开 &gt; 政府文件 &gt; 市政府文件</div>
<dl><dt>主题分类：</dt><dd>城乡建设、交通</dd><dt>发文机关：</dt><dd>衡岳市人民政府</dd>
<dt>成文日期：</dt><dd>2024-11-14</dd><dt>发布日期：</dt><dd>@@TIME@@</dd>
<dt>文　　号：</dt><dd>衡政函〔2024〕112号</dd><dt>有效性：</dt><dd>有效</dd></dl>
<div class="ttl">@@TITLE@@</div>
<p class="wh">衡政函〔2024〕112号</p>
@@BODY@@
<p>相关解读：<a href="#">图解：衡岳高新区湘南物流园设立批复</a></p>
<div><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt="" width="80" height="80">扫一扫在手机上查看当前页面</div>
<div>【<a href="#">我要纠错</a>】【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>
</div>
<div class="g-foot">主办：衡岳市人民政府办公室　承办：衡岳市政务服务中心<br>湘ICP备05001833号　湘公网安备 43040502000188号　网站标识码：4304000002</div>
""",
    body=[
        ("p", "衡岳高新技术产业开发区管委会："),
        ("p", "你委《关于申请设立衡岳高新区湘南物流园的请示》（衡高新呈〔2024〕19号）收悉。经研究，现批复如下："),
        ("p", "一、同意设立衡岳高新区湘南物流园（以下简称物流园）。物流园规划面积约3.2平方公里，四至范围为：东至京港澳高速，南至雁城大道，西至湘江东路，北至白沙洲路。"),
        ("p", "二、物流园要坚持集约节约用地，重点发展多式联运、冷链物流、电商快递等业态，严格落实生态环境保护要求，不得引进高污染、高耗能项目。"),
        ("p", "三、你委要切实履行主体责任，科学编制物流园建设规划，完善基础设施配套，市直有关部门要按照职能分工给予支持。"),
        ("p", "四、物流园涉及的用地、规划、环评、安评等事项，须按照有关法律法规和程序另行报批，严禁未批先建。"),
        ("sign", "衡岳市人民政府"),
        ("sign", "2024年11月14日"),
        ("x", '<div class="para">（此件主动公开）</div>'),
    ],
))

# wp-11 黑龙江 县政府办 实施意见 with 索引号 table and a plain news-like 附 line; 2016 template
PAGES.append(dict(
    id="wp-11", kind=K, lang="zh",
    title="关于进一步加强农村生活垃圾治理的实施意见",
    authors=[],
    publish_time="2024-11-19 08:51",
    features="county government 意见 on a 2016 template: headline split over two lines with an issuing body line above "
             "(发文单位 line is not part of the 主标题), info line below with 发布时间/浏览次数, 文号 (not body), 主送, "
             "（一）（二） sub-items, 署名/日期, 附件 list, 上一篇/下一篇, footer with 黑ICP",
    bmode="u3", hstyle="strong",
    title_html="关于进一步加强农村生活垃圾治理的<br>实施意见",
    css="""
body{margin:0;font:14px/1.8 "宋体";background:url() #f8f8f8}
.header{height:110px;background:#1565c0;color:#fff;font-size:30px;padding:30px 0 0 120px;box-sizing:border-box}
.mainnav{background:#0d47a1}.mainnav li{display:inline-block;padding:8px 18px;color:#fff}
.container{width:1000px;margin:0 auto;background:#fff;padding:20px 40px}
.org{text-align:center;font-size:18px;color:#c00}
h1{text-align:center;font-size:22px;color:#c00;margin:4px 0}
.line{border-top:2px solid #c00;margin:10px 0}
.fbxx{font-size:12px;color:#888;text-align:right}
.footer{text-align:center;padding:20px;font-size:12px;color:#666}
""",
    page="""
<div class="header">穆棱河县人民政府</div>
<ul class="mainnav"><li>首页</li><li>县情概况</li><li>政务公开</li><li>政策文件</li><li>便民服务</li><li>互动交流</li><li>招商引资</li></ul>
<div class="container">
<div class="crumb">位置：<a href="#">首页</a> &gt; <a href="#">政策文件</a> &gt; <a href="#">县政府办文件</a> &gt; 正文</div>
<p class="org">穆棱河县人民政府办公室</p>
<h1>@@TITLE@@</h1>
<p style="text-align:center">穆政办规〔2024〕6号</p>
<div class="line"></div>
<div class="fbxx">发布时间：@@TIME@@　浏览次数：3067　【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
@@BODY@@
<p>附件：1.<a href="#">农村生活垃圾分类收运处置流程图</a><br>　　　2.<a href="#">各乡镇农村生活垃圾治理任务分解表</a></p>
<p>上一篇：<a href="#">穆棱河县2024年冬季供暖保障工作方案</a><br>下一篇：<a href="#">关于印发穆棱河县防汛抗旱应急预案的通知</a></p>
</div>
<div class="footer">穆棱河县人民政府办公室主办　黑ICP备11003492号　网站标识码：2310850003　黑公网安备23108502000059号</div>
""",
    body=[
        ("p", "各乡镇人民政府，县政府各有关部门："),
        ("p", "为持续改善农村人居环境，建立健全农村生活垃圾收运处置体系，经县政府同意，现就进一步加强农村生活垃圾治理提出如下意见。"),
        ("h", "一、总体目标"),
        ("p", "到2025年底，全县行政村生活垃圾收运处置体系实现全覆盖，生活垃圾无害化处理率达到95%以上；到2027年底，农村生活垃圾分类减量工作在全县全面推开。"),
        ("h", "二、重点任务"),
        ("p", "（一）完善收运设施。按照“户分类、村收集、乡转运、县处理”的模式，每个行政村配备不少于2名保洁员，每个乡镇建设1座垃圾转运站。"),
        ("p", "（二）推进源头减量。引导农户将厨余垃圾就地堆肥还田，对可回收物实行积分兑换，鼓励供销社设立再生资源回收点。"),
        ("p", "（三）加强冬季管理。冬季封冻期间，各乡镇要增加清运频次，严禁将垃圾倾倒在河道、沟渠和冰面上。"),
        ("h", "三、保障措施"),
        ("p", "各乡镇是农村生活垃圾治理的责任主体，要将所需经费纳入年度预算。县住建局要会同县农业农村局每季度开展一次督查，督查结果纳入乡镇年度绩效考核。"),
        ("sign", "穆棱河县人民政府办公室"),
        ("sign", "2024年11月18日"),
    ],
))

# wp-12 新疆 区融媒 news on a 区政府 site, 2025 design with 长者模式 toggle, info bar with 作者/编辑/审核 spaced
PAGES.append(dict(
    id="wp-12", kind=K, lang="zh",
    title="天山区：“冬季暖心行动”为困难群众送去冬煤冬衣",
    authors=["古丽米拉·艾则孜", "杨帆"],
    publish_time="2024.11.23",
    features="district government 2025 design: breadcrumb as chips, headline with a 'district：' prefix that is part of the "
             "headline, info row with dot-separated date 2024.11.23, 作者/编辑/审核 in one row (editor and reviewer not authors), "
             "ul list of measures, quoted speech, photo captions, 分享 icons with alt text, 相关推荐 cards, footer",
    bmode="p", hstyle="h3",
    css="""
:root{--c:#0066b3}
body{margin:0;font-family:system-ui,"PingFang SC";color:#1f2329}
.bar{display:flex;justify-content:space-between;padding:8px 6%;font-size:13px;background:#f4f7fb}
.brand{padding:20px 6%;font-size:28px;color:var(--c);font-weight:600}
.nav{display:flex;gap:4px;padding:0 6%;background:var(--c)}.nav a{color:#fff;padding:12px 16px}
.chips a{display:inline-block;background:#eef3f9;border-radius:12px;padding:2px 10px;margin-right:6px;font-size:12px}
article{max-width:860px;margin:24px auto}
h1{font-size:28px;line-height:1.4}
.row{display:flex;gap:18px;color:#8a919f;font-size:13px;border-bottom:1px solid #eee;padding-bottom:12px}
.cards{display:grid;grid-template-columns:repeat(3,1fr);gap:12px}
footer{background:#1f2329;color:#9aa;font-size:12px;padding:24px 6%;line-height:2}
""",
    page="""
<div class="bar"><span>乌鲁木齐市天山区人民政府</span><span><a href="#">长者模式</a>　<a href="#">无障碍</a>　<a href="#">ئۇيغۇرچە</a>　<a href="#">登录</a></span></div>
<div class="brand">天山区人民政府</div>
<div class="nav"><a href="#">首页</a><a href="#">天山要闻</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">走进天山</a></div>
<article>
<div class="chips"><a href="#">首页</a><a href="#">天山要闻</a><a href="#">街道动态</a></div>
<h1>@@TITLE@@</h1>
<div class="row"><span>@@TIME@@</span><span>来源：天山区融媒体中心</span><span>作者：古丽米拉·艾则孜 杨帆</span><span>编辑：陈思</span><span>审核：吐尔洪</span></div>
@@BODY@@
<div class="share">分享到：<img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt="微信"> <img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt="微博"></div>
<h4>相关推荐</h4>
<div class="cards"><a href="#">天山区启动冬季供暖“网格巡查”</a><a href="#">燕儿窝街道开展冬季消防演练</a><a href="#">天山区举办“冰雪运动进社区”活动</a></div>
</article>
<footer>主办单位：乌鲁木齐市天山区人民政府办公室　运维单位：天山区融媒体中心<br>网站标识码：6501020001　新ICP备05001877号-2　新公网安备 65010202000093号　联系电话：0991-28XXXXX</footer>
""",
    body=[
        ("p", "连日来，天山区各街道、社区组织干部和志愿者开展“冬季暖心行动”，为辖区困难群众、独居老人送去冬煤、棉衣和米面油等生活物资，确保他们温暖过冬。"),
        ("img", "志愿者为独居老人送去过冬物资", "11月22日，志愿者为和平南路社区独居老人送去过冬物资。"),
        ("p", "今年的暖心行动主要包括以下内容："),
        ("ul", ["为全区1286户低保、特困家庭发放取暖补贴；", "为286名独居、空巢老人上门检查暖气和燃气设施；", "组织社区医生开展冬季健康义诊和用药指导。"]),
        ("p", "“暖气热乎乎的，社区干部隔三岔五来看我，心里也热乎。”家住红山路社区的82岁老人马桂英拉着工作人员的手说。"),
        ("h", "建立台账 精准帮扶"),
        ("p", "天山区民政局相关负责人介绍，各社区已对辖区困难群众逐户建立冬季生活保障台账，对遇到突发困难的家庭及时启动临时救助，做到早发现、早介入、早帮扶。截至目前，全区已发放各类过冬物资价值86万余元。"),
    ],
))
