"""Government pages wr-01 … wr-12 (广东, 福建, 山西, 吉林)."""

PAGES = []

# wr-01 — 2012-era table layout, county government news, closing byline
PAGES.append(dict(
    id="wr-01", kind="gov", lang="zh",
    doctitle="仁化县开展春季森林防火专项检查_仁化县人民政府网",
    title="仁化县开展春季森林防火专项检查",
    authors=["邓志强", "黄丽萍"],
    time="2025-03-10",
    features="2012 table layout; date in 日期 cell; closing byline （仁化县应急管理局 邓志强 黄丽萍）; photo with caption; 【打印此页】【关闭窗口】",
    css="""body{margin:0;font:12px 宋体;background:#eee} table{border-collapse:collapse} .w{width:980px;margin:0 auto;background:#fff}
.top td{background:#1a5fa8;color:#fff;padding:4px} .nav a{color:#fff;padding:0 12px} h1{font-size:22px;color:#b00;text-align:center}
.info td{border-bottom:1px dashed #ccc;text-align:center;color:#666} .pic{text-align:center} .caption{font-size:12px;color:#333}""",
    style="p",
    html="""
<table class="w" cellpadding="0" cellspacing="0">
<tr class="top"><td>仁化县人民政府门户网站 &nbsp; 2025年3月 &nbsp; <a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">无障碍浏览</a> | <a href="#">繁體</a></td></tr>
<tr><td><img alt="仁化县人民政府" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" width="1" height="1"> <form>站内搜索：<input type="text" placeholder="请输入关键词"> <button>搜索</button></form></td></tr>
<tr class="top nav"><td><a href="#">网站首页</a><a href="#">走进仁化</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">专题专栏</a></td></tr>
<tr><td>
<table width="100%"><tr>
<td width="200" valign="top" style="background:#f3f6fa">
<p><b>政务动态</b></p><p>· 县政府工作动态</p><p>· 部门动态</p><p>· 镇街动态</p><p>· 图片新闻</p>
</td>
<td valign="top" style="padding:10px">
<div>您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">政务动态</a> &gt;&gt; <a href="#">部门动态</a></div>
<h1>仁化县开展春季森林防火专项检查</h1>
<table class="info" width="100%"><tr><td>日期：2025-03-10</td><td>来源：仁化县应急管理局</td><td>点击数：1326</td><td>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr></table>
<div class="content">
{BODY}
</div>
<p style="text-align:right">【<a href="#">打印此页</a>】 【<a href="#">关闭窗口</a>】</p>
<p>上一篇：<a href="#">仁化县召开2025年安全生产工作会议</a><br>下一篇：<a href="#">县市场监管局开展“3·15”消费维权宣传活动</a></p>
</td></tr></table>
</td></tr>
<tr><td style="text-align:center;background:#ddd;padding:8px">
<a href="#">关于我们</a> | <a href="#">网站地图</a> | <a href="#">联系我们</a><br>
主办：仁化县人民政府办公室 承办：仁化县政务服务数据管理局<br>
粤ICP备05082736号 &nbsp; <img alt="" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" width="1" height="1">粤公网安备 44022402000173号 &nbsp; 网站标识码：4402240013<br>
建议使用1024×768分辨率浏览
</td></tr>
</table>""",
    body=[
        ("p", "为切实做好春季森林防火工作，3月7日至9日，仁化县森林防火指挥部组织应急、林业、公安等部门组成3个检查组，深入丹霞街道、董塘镇、石塘镇等9个镇（街道）开展春季森林防火专项检查。"),
        ("p", "检查组采取“四不两直”方式，重点检查各镇（街道）野外用火管控、护林员巡山值守、扑火物资储备及重点林区卡口设置等情况，现场查看了扑火队伍营房和物资仓库，随机抽问护林员防火知识。"),
        ("img", "检查组在董塘镇检查扑火物资储备情况", "检查组在董塘镇检查扑火物资储备情况。"),
        ("p", "从检查情况看，各镇（街道）能够按照县统一部署落实防火责任，但仍存在部分卡口登记不规范、个别村祭祀用火宣传不到位等问题。检查组当场反馈问题12条，要求属地限期整改并于3月20日前报送整改情况。"),
        ("p", "县应急管理局有关负责人表示，清明节前后是森林火灾高发期，各地要严格落实“包山头、守路口、盯重点、看人员”责任，加密巡护频次，做到早发现、早报告、早处置，坚决守住不发生重大森林火灾的底线。（仁化县应急管理局 邓志强 黄丽萍）"),
    ],
))

# wr-02 — 2024 responsive department site, official 通知 with 文号, 主送, 署名, 成文日期
PAGES.append(dict(
    id="wr-02", kind="gov", lang="zh",
    doctitle="晋江市教育局关于做好2025年春季中小学校园安全工作的通知 - 晋江市教育局",
    title="晋江市教育局关于做好2025年春季中小学校园安全工作的通知",
    authors=[],
    time="2025-03-11 16:05",
    features="2024 responsive department site; metadata table (索引号/发文机关/文号) above headline; 文号 line not body; 主送 line, 署名, 成文日期 in body; numbered list; 附件 link not body; 长者模式",
    css="""*{box-sizing:border-box}body{margin:0;font-family:'Microsoft YaHei',sans-serif;color:#222}
header{background:linear-gradient(#0b4ea2,#1c6fd1);color:#fff;padding:14px 40px} .tools{float:right;font-size:13px} .tools a{color:#fff;margin-left:10px}
nav ul{display:flex;list-style:none;margin:0;padding:0;background:#0a3f85} nav li a{display:block;padding:10px 22px;color:#fff}
main{max-width:1100px;margin:20px auto} .crumb{color:#666;font-size:14px} .meta{width:100%;border:1px solid #cfd8e3;font-size:14px;margin:14px 0}
.meta td{padding:6px 10px;border:1px solid #e3e8ef} .meta th{background:#f2f6fb;text-align:left;padding:6px 10px;width:110px}
h1{text-align:center;font-size:26px;color:#c00;line-height:1.5} .wh{text-align:center;font-family:仿宋;font-size:18px}
.doc p{font-size:18px;line-height:2;font-family:仿宋} .bar{border-top:1px solid #ddd;padding-top:8px;font-size:14px;color:#555}
footer{background:#2b2b2b;color:#bbb;text-align:center;padding:20px;font-size:13px;line-height:1.9}""",
    style="p",
    html="""
<header><span class="tools"><a href="#">长者模式</a><a href="#">无障碍</a><a href="#">繁体版</a><a href="#">English</a></span>
<div style="font-size:28px;font-weight:bold">晋江市教育局</div><div>JINJIANG EDUCATION BUREAU</div></header>
<nav><ul><li><a href="#">首页</a></li><li><a href="#">机构概况</a></li><li><a href="#">教育动态</a></li><li><a href="#">政府信息公开</a></li><li><a href="#">办事服务</a></li><li><a href="#">互动交流</a></li></ul></nav>
<main>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政府信息公开</a> &gt; <a href="#">通知公告</a> &gt; 正文</div>
<table class="meta"><tr><th>索 引 号</th><td>JJ06001-0201-2025-00031</td><th>文件编号</th><td>晋教〔2025〕17号</td></tr>
<tr><th>发布机构</th><td>晋江市教育局</td><th>生成日期</th><td>2025-03-11</td></tr>
<tr><th>公开方式</th><td>主动公开</td><th>有 效 性</th><td>有效</td></tr></table>
<h1>晋江市教育局关于做好2025年春季中小学<br>校园安全工作的通知</h1>
<div class="wh">晋教〔2025〕17号</div>
<div class="doc">
{BODY}
</div>
<p>附件：<a href="#">1.春季校园安全隐患排查表.docx</a></p>
<div class="bar">发布时间：2025-03-11 16:05 &nbsp;&nbsp; 浏览次数：2087 &nbsp;&nbsp; 【<a href="#">打印</a>】【<a href="#">关闭</a>】 &nbsp; 分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<p><img alt="扫一扫在手机上查看当前页面" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" width="1" height="1">扫一扫在手机上查看当前页面</p>
</main>
<footer>主办单位：晋江市教育局 &nbsp; 地址：晋江市青阳街道世纪大道318号 &nbsp; 电话：0595-85631027<br>
闽ICP备13004417号-2 &nbsp; 闽公网安备 35058202000519号 &nbsp; 网站标识码：3505820035<br>
<a href="#">网站地图</a> | <a href="#">隐私声明</a> | <img alt="政府网站找错" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" width="1" height="1"></footer>""",
    body=[
        ("p", "各镇人民政府、街道办事处教办，局直属各学校，各民办中小学："),
        ("p", "新学期已经开始，为切实加强春季校园安全管理，保障广大师生生命财产安全，现就有关事项通知如下："),
        ("p", "一、全面开展开学安全隐患排查。各校要在3月20日前完成校舍、消防设施、食堂、饮用水和周边交通的全面排查，建立问题清单，明确整改责任人和时限。"),
        ("p", "二、严格落实校园安保措施。学校门卫要严格执行来访登记制度，上下学时段落实“护学岗”，配齐配强专职保安，确保一键报警装置与公安机关联网畅通。"),
        ("p", "三、加强传染病防控和食品安全管理。春季是流感、诺如病毒感染等传染病高发季节，各校要落实晨午检和因病缺课追踪登记制度，严把食材采购验收关。"),
        ("p", "四、扎实开展防溺水和交通安全教育。各校要利用班会、家长会和致家长一封信等形式，提醒家长切实履行监护责任，严禁学生乘坐无牌无证车辆。"),
        ("p", "五、落实值班和信息报送制度。各单位要严格执行领导带班和24小时值班制度，发生安全事故须在1小时内向市教育局报告，不得迟报、漏报、瞒报。"),
        ("right", "晋江市教育局"),
        ("right", "2025年3月10日"),
    ],
))

# wr-03 — 2017-era div layout, 政策解读 of a county, info bar glued
PAGES.append(dict(
    id="wr-03", kind="gov", lang="zh",
    doctitle="《平遥县促进文旅消费若干措施》政策解读-平遥县人民政府",
    title="《平遥县促进文旅消费若干措施》政策解读",
    authors=[],
    time="2025-03-12 10:21:36",
    features="2017 div portal; glued info bar 发布时间：…来源：…浏览次数： under headline; Q&A sub-headings; 相关文件 link list; 责任编辑 not author",
    css="""body{margin:0;font:14px/1.8 'SimSun';background:url() #f4efe6} #wrap{width:1000px;margin:0 auto;background:#fff}
#banner{height:90px;background:#8c2a1c;color:#f9e3b0;font-size:30px;padding:20px} #menu a{display:inline-block;padding:8px 16px;background:#a63a28;color:#fff}
.position{padding:8px;border-bottom:1px solid #e0d6c8} .title{font-size:24px;text-align:center;font-weight:bold;margin:20px 0 6px}
.source{text-align:center;color:#999;font-size:12px} .TRS_Editor{padding:10px 30px} h3.sub{font-size:15px;color:#8c2a1c}
#foot{background:#8c2a1c;color:#eee;text-align:center;padding:12px;font-size:12px}""",
    style="indent",
    html="""
<div id="wrap">
<div id="banner">平遥县人民政府 <span style="font-size:14px">无障碍阅读 | 繁体 | 手机版</span></div>
<div id="menu"><a href="#">首页</a><a href="#">平遥概况</a><a href="#">政务公开</a><a href="#">政策文件</a><a href="#">政策解读</a><a href="#">办事服务</a><a href="#">政民互动</a></div>
<div class="position">当前位置：<a href="#">首页</a>&gt;<a href="#">政务公开</a>&gt;<a href="#">政策解读</a></div>
<div class="title">《平遥县促进文旅消费若干措施》政策解读</div>
<div class="source">发布时间：2025-03-12 10:21:36来源：平遥县文化和旅游局浏览次数：845</div>
<div class="TRS_Editor">
{BODY}
</div>
<div style="padding:0 30px">相关文件：<a href="#">平遥县人民政府办公室关于印发平遥县促进文旅消费若干措施的通知</a></div>
<div style="padding:0 30px;text-align:right">责任编辑：闫  波</div>
<div style="padding:0 30px">【<a href="#">打印本页</a>】 【<a href="#">关闭窗口</a>】</div>
<div id="foot">版权所有：平遥县人民政府 主办：平遥县人民政府办公室<br>晋ICP备09003672号 晋公网安备 14072802000128号 网站标识码：1407280001<br>联系电话：0354-5621053</div>
</div>""",
    body=[
        ("h", "一、出台背景"),
        ("p", "为进一步释放文化旅游消费潜力，巩固古城旅游回暖态势，县文化和旅游局在广泛征求景区、酒店、餐饮企业和游客意见的基础上，起草了《平遥县促进文旅消费若干措施》，经县政府常务会议研究通过，自2025年3月1日起施行。"),
        ("h", "二、主要内容"),
        ("p", "《措施》共五个方面十六条，包括发放文旅消费券、延长夜间景区开放时间、支持民宿品质提升、鼓励举办演艺活动、优化古城交通接驳等内容。"),
        ("p", "其中，县财政安排专项资金300万元，分三批发放文旅消费券，消费者可在县内A级景区、星级酒店及指定餐饮门店使用；对年度新增投资超过50万元的精品民宿，按照投资额的10%给予一次性奖励，最高不超过20万元。"),
        ("h", "三、适用对象"),
        ("p", "在平遥县内依法注册、正常经营的文旅企业和个体工商户，以及来平遥旅游消费的游客。"),
        ("h", "四、如何申报"),
        ("p", "符合条件的企业可于每季度第一个月向县文化和旅游局提交申报材料，经审核公示无异议后拨付奖补资金。咨询电话：0354-5628712。"),
    ],
))

# wr-04 — 乡镇 site on a county platform, bare old table, 作者 with Korean-Chinese name, 审核 not author
PAGES.append(dict(
    id="wr-04", kind="gov", lang="zh",
    doctitle="春化镇组织开展春耕备耕技术培训 - 珲春市春化镇",
    title="春化镇组织开展春耕备耕技术培训",
    authors=["朴成浩"],
    time="2025年03月13日",
    features="乡镇 page on 2011 table template; info bar 作者：… 发布时间：… 审核：… spaced with &nbsp;; body in <br><br> blocks (no <p>); 返回顶部",
    css="""body{font-size:12px;margin:0}.hd{background:#2f7d32;color:#fff;height:60px;font-size:24px;padding-left:20px;line-height:60px}
.mn td{background:#e8f3e8;padding:4px 10px} .tt{font-size:20px;font-weight:bold;text-align:center;padding:14px}
.xx{text-align:center;color:#777;background:#f5f5f5} .nr{font-size:14px;line-height:26px;padding:12px 24px}""",
    style="br",
    html="""
<div class="hd">珲春市春化镇人民政府</div>
<table class="mn" width="100%"><tr><td><a href="#">首页</a></td><td><a href="#">镇情概况</a></td><td><a href="#">工作动态</a></td><td><a href="#">村务公开</a></td><td><a href="#">便民服务</a></td><td>2025年3月13日 星期四</td></tr></table>
<table width="960" align="center"><tr><td>
<div>当前位置：首页 - 工作动态</div>
<div class="tt">春化镇组织开展春耕备耕技术培训</div>
<div class="xx">作者：朴成浩&nbsp;&nbsp;&nbsp;&nbsp;发布时间：2025年03月13日&nbsp;&nbsp;&nbsp;&nbsp;审核：金美兰&nbsp;&nbsp;&nbsp;&nbsp;阅读：362次</div>
<div class="nr">
{BODY}
</div>
<div style="text-align:right"><a href="#">返回顶部</a> <a href="#">打印本页</a></div>
</td></tr></table>
<table width="100%" style="background:#2f7d32;color:#fff"><tr><td align="center">春化镇人民政府 版权所有 地址：珲春市春化镇春化街27号 电话：0433-7731026<br>吉ICP备11002865号-3</td></tr></table>""",
    body=[
        ("p", "3月12日，春化镇在镇文化活动中心举办2025年春耕备耕技术培训班，邀请珲春市农业技术推广中心专家为全镇种植大户、家庭农场负责人和农民合作社社员共计120余人授课。"),
        ("p", "培训中，专家围绕玉米大豆带状复合种植、水稻旱育稀植、测土配方施肥和病虫害绿色防控等内容进行了详细讲解，并结合春化镇山区积温偏低的实际，建议农户选用早熟耐寒品种，适时晚播、合理密植。"),
        ("p", "“以前都是凭经验种地，今天听了专家讲课，知道了怎么看土壤化验单，心里更有底了。”东阿拉村种植大户崔永吉说。"),
        ("p", "据了解，今年春化镇计划播种粮食作物2.8万亩，目前已落实种子化肥等农资储备1900余吨。下一步，镇农业站将组织技术人员分片包村，深入田间地头开展“一对一”技术指导，确保春耕生产有序推进。"),
    ],
))

# wr-05 — 街道 公示 with table, 2020s but narrow column; no writer
PAGES.append(dict(
    id="wr-05", kind="gov", lang="zh",
    doctitle="关于2025年第一批城乡居民最低生活保障拟新增对象的公示_东城街道",
    title="关于2025年第一批城乡居民最低生活保障拟新增对象的公示",
    authors=[],
    time="2025-03-12",
    features="街道 公示 on a district platform; info bar in a <ul> list with 信息来源/发布日期/字号; table of names (header row + rows in body); 署名 and date right-aligned; 监督电话; 分享 icons alt text",
    css="""body{margin:0;background:#f1f1f1;font-family:sans-serif} .w{width:1200px;margin:0 auto} .head{background:#c1121f;color:#fff;padding:18px}
.search{float:right}.sub{background:#fff;padding:30px 60px;margin-top:10px} .art-title{font-size:24px;text-align:center}
ul.info{list-style:none;display:flex;justify-content:center;gap:28px;color:#888;padding:0;border-bottom:1px solid #eee;padding-bottom:12px}
table.data{margin:10px auto;border-collapse:collapse} .share img{margin:0 4px}""",
    style="p",
    html="""
<div class="head"><div class="w"><span class="search"><input placeholder="搜索本站内容"> 搜索</span><b style="font-size:26px">东莞市东城街道</b>　<a style="color:#fff" href="#">无障碍</a> <a style="color:#fff" href="#">长者模式</a></div></div>
<div class="w" style="background:#fff;padding:6px 0">　<a href="#">首页</a>　<a href="#">街道概况</a>　<a href="#">新闻动态</a>　<a href="#">信息公开</a>　<a href="#">社区服务</a>　<a href="#">互动交流</a></div>
<div class="w sub">
<div>您当前的位置：<a href="#">首页</a> &gt; <a href="#">信息公开</a> &gt; <a href="#">公示公告</a> &gt; 正文</div>
<h2 class="art-title">关于2025年第一批城乡居民最低生活保障<br>拟新增对象的公示</h2>
<ul class="info"><li>信息来源：东城街道社会事务局</li><li>发布日期：2025-03-12</li><li>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></li></ul>
{BODY}
<div class="share">分享到：<img alt="微信" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"><img alt="微博" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"><img alt="QQ空间" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"></div>
<p>【<a href="#">打印</a>】【<a href="#">关闭</a>】</p>
</div>
<div class="w" style="text-align:center;color:#666;font-size:13px;padding:20px">主办：东莞市东城街道办事处　承办：东城街道党政办公室　网站标识码：4419000042<br>粤ICP备10081930号　粤公网安备 44190002003861号<br>建议使用IE9以上或谷歌浏览器访问</div>""",
    body=[
        ("p", "根据《广东省最低生活保障制度实施办法》有关规定，经个人申请、社区入户调查、民主评议和街道审核，拟将以下5户家庭纳入城乡居民最低生活保障范围，现予以公示："),
        ("table", [["序号", "社区", "户主姓名", "保障人数", "申请类别"],
                   ["1", "桑园社区", "李**", "3", "城镇低保"],
                   ["2", "牛山社区", "陈**", "1", "城镇低保"],
                   ["3", "温塘社区", "钟**", "2", "农村低保"],
                   ["4", "火炼树社区", "袁**", "4", "城镇低保"],
                   ["5", "峡口社区", "叶**", "1", "农村低保"]]),
        ("p", "公示期为2025年3月12日至3月18日，共7天。公示期间，如对上述对象有异议，请以书面或电话形式向东城街道社会事务局反映。反映情况应实事求是，以单位名义反映的须加盖公章，以个人名义反映的须署真实姓名和联系方式，以便核实。"),
        ("p", "监督电话：0769-22106735"),
        ("p", "受理地址：东城街道办事处行政服务中心三楼社会事务局"),
        ("right", "东莞市东城街道社会事务局"),
        ("right", "2025年3月12日"),
    ],
))

# wr-06 — 2025 city government portal, 领导活动, byline line 记者 … on its own, source is a newspaper
PAGES.append(dict(
    id="wr-06", kind="gov", lang="zh",
    doctitle="林建国在长汀县调研水土流失治理和乡村振兴工作 - 龙岩市人民政府",
    title="林建国在长汀县调研水土流失治理和乡村振兴工作",
    authors=["谢晓东"],
    time="2025-03-13 08:47",
    features="2025 city portal with left date card above headline; info line 来源：闽西日报 | 2025-03-13 08:47; separate byline line 闽西日报记者 谢晓东 (own line, not body); quoted speech; 编辑/审核 line; 相关新闻 list",
    css="""body{margin:0;font-family:'PingFang SC',sans-serif;color:#333;background:#f7f9fc}.topbar{background:#fff;border-bottom:3px solid #0d6b4f;padding:10px 8%}
.topbar .r{float:right;font-size:13px}.topbar .r a{margin-left:12px;color:#0d6b4f} .mainnav{background:#0d6b4f;padding:0 8%} .mainnav a{color:#fff;display:inline-block;padding:12px 20px}
.container{display:grid;grid-template-columns:1fr 300px;gap:30px;padding:20px 8%} article{background:#fff;padding:30px 40px;border-radius:6px}
.datecard{display:inline-block;background:#0d6b4f;color:#fff;padding:4px 10px;border-radius:4px;font-size:13px} h1{font-size:28px;margin:12px 0}
.metaline{color:#8a94a6;font-size:14px} .author{color:#555;font-size:15px;margin:10px 0} aside{background:#fff;padding:16px;border-radius:6px}
.foot{background:#1f2a37;color:#aab;padding:26px 8%;font-size:13px}""",
    style="p",
    html="""
<div class="topbar"><span class="r"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁</a><a href="#">登录</a></span><b style="font-size:22px;color:#0d6b4f">龙岩市人民政府</b></div>
<div class="mainnav"><a href="#">首页</a><a href="#">政务动态</a><a href="#">信息公开</a><a href="#">政务服务</a><a href="#">政民互动</a><a href="#">数据开放</a><a href="#">走进龙岩</a></div>
<div class="container">
<article>
<nav>当前位置：<a href="#">首页</a> &gt; <a href="#">政务动态</a> &gt; <a href="#">领导活动</a> &gt; 正文</nav>
<div class="datecard">领导活动</div>
<h1>林建国在长汀县调研水土流失治理和乡村振兴工作</h1>
<div class="metaline">来源：闽西日报 | 2025-03-13 08:47 | 字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a> | <a href="#">打印</a></div>
<div class="author">闽西日报记者 谢晓东</div>
{BODY}
<p class="metaline">编辑：王  芳　审核：罗志新</p>
</article>
<aside><h4>相关新闻</h4><ul><li><a href="#">我市召开2025年生态环境保护工作会议</a></li><li><a href="#">市政府召开第45次常务会议</a></li><li><a href="#">龙岩高新区一季度项目集中开工</a></li></ul>
<p><img alt="龙岩发布微信二维码" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"></p><p>扫一扫关注“龙岩发布”</p></aside>
</div>
<div class="foot">网站主办：龙岩市人民政府办公室 | 网站标识码：3508000002 | 闽ICP备05021893号 | 闽公网安备 35080202100071号<br>联系电话：0597-2203168 | <a href="#">网站地图</a> | <a href="#">使用帮助</a></div>""",
    body=[
        ("p", "3月12日，市委副书记、市长林建国到长汀县调研水土流失治理和乡村振兴工作。他强调，要深入践行绿水青山就是金山银山理念，持续巩固水土流失治理成果，推动生态优势加快转化为发展优势。"),
        ("p", "在河田镇露湖村，林建国实地察看了崩岗治理和林下经济示范基地，详细了解杨梅、油茶种植以及村集体经济收入情况。他指出，长汀水土流失治理是全国的一面旗帜，要在巩固提升上下功夫，坚持生态修复与产业发展相结合，让群众在治理中得到更多实惠。"),
        ("img", "林建国在河田镇露湖村调研", "林建国在河田镇露湖村调研。谢晓东 摄"),
        ("p", "在三洲镇湿地公园，林建国察看了汀江干流生态保护修复项目进展。他要求，相关部门要加强统筹协调，加快项目建设进度，确保汛期前完成主体工程。"),
        ("p", "调研中，林建国说：“要把生态文明建设和乡村振兴有机结合起来，探索更多生态产品价值实现路径，让老区苏区群众的日子越过越红火。”"),
        ("p", "市直有关部门负责同志参加调研。"),
    ],
))

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"

# wr-07 — speech: the speaker is the author; 2019 district portal, title two lines, subtitle line
PAGES.append(dict(
    id="wr-07", kind="gov", lang="zh",
    doctitle="在全区优化营商环境工作推进会上的讲话 小店区人民政府",
    title="在全区优化营商环境工作推进会上的讲话",
    authors=["赵卫东"],
    time="2025年3月11日",
    features="speech page (领导讲话): speaker line 区委副书记、区长 赵卫东 and date line under headline, 讲话 body with 同志们 and numbered sub-headings; (2025年3月10日) occasion line not body; 文章来源 at end",
    css="""body{margin:0;background:#e9edf2;font:15px/1.9 'Microsoft YaHei'} .box{width:1040px;margin:0 auto;background:#fff} .logo{padding:16px 30px;font-size:26px;color:#1b3f8b}
.nv{background:#1b3f8b} .nv a{color:#fff;padding:10px 18px;display:inline-block} .lj{padding:10px 30px;font-size:13px;background:#f6f8fb}
.art{padding:20px 80px} .art h2{text-align:center;font-size:24px} .sp{text-align:center;font-family:楷体;font-size:17px} .mt{text-align:center;color:#999;font-size:13px}""",
    style="indent",
    html=f"""
<div class="box">
<div class="logo">太原市小店区人民政府 <small style="font-size:13px"><a href="#">无障碍</a> | <a href="#">长者版</a></small></div>
<div class="nv"><a href="#">首页</a><a href="#">小店概况</a><a href="#">政务公开</a><a href="#">领导讲话</a><a href="#">政务服务</a><a href="#">互动交流</a></div>
<div class="lj">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">领导讲话</a> &gt; 正文</div>
<div class="art">
<div class="mt">时间：2025年3月11日　　文章来源：区政府办　　【字号 大 中 小】</div>
<h2>在全区优化营商环境工作<br>推进会上的讲话</h2>
<div class="sp">区委副书记、区长　赵卫东</div>
<div class="sp">（2025年3月10日）</div>
{{BODY}}
<div class="mt">【<a href="#">打印</a>】　【<a href="#">关闭</a>】</div>
</div>
<div style="background:#1b3f8b;color:#dde;text-align:center;padding:14px;font-size:13px">主办：太原市小店区人民政府办公室　网站标识码：1401050002<br>晋ICP备12003401号　<img alt="" src="{GIF}">晋公网安备 14010502000216号</div>
</div>""",
    body=[
        ("p", "同志们："),
        ("p", "今天召开全区优化营商环境工作推进会，主要任务是总结去年工作，安排部署今年重点任务。刚才，区行政审批局、区市场监管局作了发言，讲得都很好，我完全同意。下面，我讲三点意见。"),
        ("h", "一、提高站位，充分认识优化营商环境的重要性"),
        ("p", "营商环境就是生产力、竞争力。去年以来，全区新增市场主体1.6万户，政务服务事项网上可办率达到98%，企业开办时间压缩至1个工作日以内。但我们也要清醒看到，部分窗口服务不够规范、涉企检查多头重复等问题依然存在。"),
        ("h", "二、突出重点，推动营商环境持续提档升级"),
        ("p", "一要深化“一件事一次办”改革，年内新增集成服务事项20项；二要规范涉企执法检查，推行“综合查一次”；三要畅通政企沟通渠道，坚持每月召开一次企业家座谈会，做到问题有回应、诉求有着落。"),
        ("h", "三、压实责任，确保各项任务落地见效"),
        ("p", "各部门主要负责同志要亲自抓、负总责，区营商办要加强督导考核，对工作不力、影响恶劣的要严肃追责问责。"),
        ("p", "同志们，优化营商环境没有终点，只有连续不断的新起点。让我们以更实的作风、更硬的举措，为全区高质量发展创造一流环境！"),
    ],
))

# wr-08 — 通报, 2022 provincial-city platform style; no writer; list of problems
PAGES.append(dict(
    id="wr-08", kind="gov", lang="zh",
    doctitle="关于2月份全区政务服务“好差评”情况的通报_长春市朝阳区人民政府",
    title="关于2月份全区政务服务“好差评”情况的通报",
    authors=[],
    time="2025-03-14 15:30:02",
    features="通报 with 文号 under headline (not body), 主送 line, table of ratings, 署名/成文日期 in body; info bar below body (发布时间 glued to seconds); 上一篇/下一篇",
    css="""body{margin:0;font-family:SimHei,sans-serif;background:#fff}.hdr{background:#003a8c;height:110px;color:#fff;padding:0 60px;font-size:30px;line-height:110px}
.lnk{background:#00296b;padding:6px 60px;font-size:13px;color:#9cf}.lnk a{color:#fff;margin-right:14px} .wrap{width:1000px;margin:20px auto}
.t{font-size:22px;text-align:center;font-weight:bold;line-height:1.6}.wh{text-align:center;margin-bottom:16px} .foot2{border-top:2px solid #003a8c;margin-top:20px;padding:10px;color:#666;text-align:center;font-size:12px}
.data td,.data th{padding:3px 8px}""",
    style="p",
    html=f"""
<div class="hdr">长春市朝阳区人民政府</div>
<div class="lnk"><a href="#">首页</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">走进朝阳</a> 　 <a href="#">无障碍</a><a href="#">关怀版</a></div>
<div class="wrap">
<p>首页 &gt; 政务公开 &gt; 通知公告 &gt; 正文</p>
<div class="t">关于2月份全区政务服务“好差评”情况的通报</div>
<div class="wh">长朝政数〔2025〕6号</div>
{{BODY}}
<p style="color:#888">发布时间：2025-03-14 15:30:02　　信息来源：区政务服务和数字化建设管理局　　阅读次数：517</p>
<p>上一篇：<a href="#">朝阳区2025年春季植树造林工作方案</a><br>下一篇：<a href="#">关于开展第二季度消防安全检查的通知</a></p>
<div class="foot2">版权所有：长春市朝阳区人民政府　主办单位：朝阳区人民政府办公室<br>吉ICP备05003217号　吉公网安备 22010402000382号　网站标识码：2201040001</div>
</div>""",
    body=[
        ("p", "区直各部门，各街道办事处、乡政府："),
        ("p", "2月份，全区政务服务“好差评”系统共收到办事群众评价32186条，其中“非常满意”31642条，“满意”497条，“基本满意”39条，“不满意”6条，“非常不满意”2条，整体好评率99.97%。现将有关情况通报如下："),
        ("h", "一、各单位评价情况"),
        ("table", [["单位", "评价数", "差评数", "整改率"],
                   ["区市场监管局", "8215", "2", "100%"],
                   ["区人社局", "6430", "3", "100%"],
                   ["区医保局", "5178", "1", "100%"],
                   ["重庆路街道", "1906", "2", "100%"]]),
        ("h", "二、存在问题"),
        ("p", "从差评内容看，主要集中在窗口等候时间较长、一次性告知不到位、网上申报材料退回未说明原因等方面。"),
        ("h", "三、工作要求"),
        ("p", "各单位要认真核实每一条差评，做到差评100%回访、100%整改；要加强窗口人员业务培训，严格落实首问负责、一次性告知等制度，不断提升群众办事满意度。"),
        ("right", "长春市朝阳区政务服务和数字化建设管理局"),
        ("right", "2025年3月14日"),
    ],
))

# wr-09 — 村 site (村务公开 mini site), very bare, 通讯员 byline at top
PAGES.append(dict(
    id="wr-09", kind="gov", lang="zh",
    doctitle="连樟村举办首届乡村篮球赛 - 连樟村村务公开网",
    title="连樟村举办首届乡村篮球赛",
    authors=["何志坚"],
    time="2025.03.09",
    features="村 site, bare 2010s page; meta line 发布者：连樟村委　时间：2025.03.09; byline 通讯员　何志坚 on own line at top of body box (not body); photo captions; visitor counter",
    css="""body{font:14px/1.7 sans-serif;margin:8px;color:#000}h1{font-size:20px;color:#060}.cap{color:#666}""",
    style="p",
    html=f"""
<table width="100%"><tr><td><b style="font-size:22px;color:#060">连樟村村务公开网</b></td><td align="right"><a href="#">首页</a> | <a href="#">村情简介</a> | <a href="#">党务公开</a> | <a href="#">村务公开</a> | <a href="#">村里新鲜事</a> | <a href="#">留言板</a></td></tr></table>
<hr>
<p>位置：首页 &gt; 村里新鲜事</p>
<h1>连樟村举办首届乡村篮球赛</h1>
<p>发布者：连樟村委　时间：2025.03.09　浏览：208</p>
<p>通讯员　何志坚</p>
{{BODY}}
<hr>
<p>上一条：<a href="#">连樟村2025年2月财务收支公开</a>　下一条：<a href="#">关于开展春季卫生大扫除的通知</a></p>
<p style="text-align:center;font-size:12px">英德市连江口镇连樟村民委员会　地址：英德市连江口镇连樟村　电话：0763-2961083<br>粤ICP备17098542号-1　您是第 <b>018732</b> 位访客</p>""",
    body=[
        ("p", "3月8日下午，连樟村首届“村BA”乡村篮球赛在村文化广场开赛。来自本村及周边村的8支队伍、近百名球员参赛，吸引了上千名村民和游客到场观看。"),
        ("img", "比赛现场", "比赛现场气氛热烈。"),
        ("p", "本次比赛由连樟村党支部、村委会主办，村青年志愿服务队协办，分小组赛和淘汰赛两个阶段进行，赛期为期两周。比赛间隙，村里还组织了客家山歌表演和农产品展销，村民自产的麦溪鲤、砂糖橘、英红九号红茶很受欢迎。"),
        ("p", "“平时大家在外面打工，过年回来才有机会一起打球。这次比赛热热闹闹的，大家都很开心。”参赛队员陆文辉说。"),
        ("p", "据悉，决赛将于3月22日晚举行，届时还将评选“最佳球员”和“最佳啦啦队”。比赛全程通过村里的视频号直播，在外务工的村民也能在线为家乡球队加油。"),
        ("p", "村党支部书记表示，举办乡村篮球赛，既丰富了村民的文体生活，也增强了村里的凝聚力，下一步村里还将举办拔河、象棋等比赛，把文体活动常态化开展起来。"),
    ],
))

# wr-10 — 省厅 批复, 2023 provincial department site, right column, info bar with 发布日期 and 信息来源 above title
PAGES.append(dict(
    id="wr-10", kind="gov", lang="zh",
    doctitle="福建省生态环境厅关于宁德市蕉城区漳湾镇污水处理厂扩建工程环境影响报告书的批复",
    title="福建省生态环境厅关于宁德市蕉城区漳湾镇污水处理厂扩建工程环境影响报告书的批复",
    authors=[],
    time="2025-03-10",
    features="省厅 批复: long headline over three <br> lines; info above headline 发布日期/信息来源 split across spans; 文号 line (not body); 主送 line; numbered paragraphs; 署名 and 成文日期 body; 抄送 line after date (body as printed in the document)",
    css="""body{margin:0;background:#f0f4f0;font-family:'Microsoft YaHei'} .g-hd{background:#176b3a;color:#fff;padding:20px 10%} .g-hd small a{color:#cfe}
.g-nav{background:#fff;padding:0 10%;border-bottom:1px solid #ddd} .g-nav a{display:inline-block;padding:12px 18px;color:#176b3a}
.g-main{display:flex;gap:24px;padding:20px 10%} .g-art{flex:1;background:#fff;padding:30px} .g-side{width:260px;background:#fff;padding:14px}
.g-art .info span{margin-right:24px;color:#999;font-size:13px} .g-art h1{font-size:22px;text-align:center;line-height:1.6}
.g-ft{background:#333;color:#aaa;padding:20px 10%;font-size:13px}""",
    style="p",
    html=f"""
<div class="g-hd"><div style="font-size:26px">福建省生态环境厅</div><small><a href="#">无障碍</a> · <a href="#">长者模式</a> · <a href="#">繁體</a></small> <input placeholder="请输入搜索内容"></div>
<div class="g-nav"><a href="#">首页</a><a href="#">机构概况</a><a href="#">政务公开</a><a href="#">环评审批</a><a href="#">环境质量</a><a href="#">互动交流</a></div>
<div class="g-main">
<div class="g-art">
<div>当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">环评审批</a> &gt; 正文</div>
<div class="info"><span>发布日期：2025-03-10</span><span>信息来源：环评处</span><span>字号：<a href="#">大</a><a href="#">中</a><a href="#">小</a></span></div>
<h1>福建省生态环境厅关于宁德市蕉城区漳湾镇<br>污水处理厂扩建工程环境影响<br>报告书的批复</h1>
<p style="text-align:center">闽环评〔2025〕21号</p>
{{BODY}}
<p><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></p>
</div>
<div class="g-side"><b>热点专题</b><ul><li>深入打好污染防治攻坚战</li><li>生态环境保护督察</li><li>美丽福建建设</li></ul><img alt="福建生态环境微信公众号" src="{GIF}"><p>扫码关注</p></div>
</div>
<div class="g-ft">主办单位：福建省生态环境厅　联系电话：0591-87812053　网站标识码：3500000048<br>闽ICP备06037210号　闽公网安备 35010202000892号</div>""",
    body=[
        ("p", "宁德市蕉城区住房和城乡建设局："),
        ("p", "你局报送的《宁德市蕉城区漳湾镇污水处理厂扩建工程环境影响报告书》（以下简称《报告书》）及相关材料收悉。经研究，批复如下："),
        ("p", "一、项目位于蕉城区漳湾镇现有污水处理厂用地范围内，拟将处理规模由每日1万吨扩建至每日2.5万吨，出水执行一级A标准。在全面落实《报告书》提出的各项生态环境保护措施后，工程建设对环境的不利影响能够得到缓解和控制。我厅原则同意《报告书》的环境影响评价总体结论。"),
        ("p", "二、项目建设和运行中应重点做好以下工作：加强施工期扬尘和噪声管控；优化除臭工艺，确保厂界恶臭污染物浓度达标；规范设置排污口并安装在线监测设备，与生态环境部门联网。"),
        ("p", "三、项目竣工后，你局应按规定开展竣工环境保护验收，验收合格后方可正式投入运行。"),
        ("right", "福建省生态环境厅"),
        ("right", "2025年3月7日"),
        ("p", "抄送：宁德市生态环境局，宁德市蕉城区人民政府。"),
    ],
))

# wr-11 — 人社局 招聘公告, 2016 tab-style site, info bar with pipe separators, list + table
PAGES.append(dict(
    id="wr-11", kind="gov", lang="zh",
    doctitle="大同市云冈区2025年公开招聘社区专职网格员公告",
    title="大同市云冈区2025年公开招聘社区专职网格员公告",
    authors=[],
    time="2025/3/13 9:02:15",
    features="人社局 公告 on a 2016 tab layout; info bar 文章来源：云冈区人社局 | 作者：区人社局 | 发布时间：… (作者 is an office → []); ordered list; table; 附件 and 联系人 lines",
    css="""body{margin:0;font-size:14px;background:#dfe6ee}.main{width:1000px;margin:0 auto;background:#fff;border:1px solid #bbb}
.banner{background:#3b5998;height:80px;color:#fff;font-size:26px;padding:20px} .tabs a{display:inline-block;padding:6px 14px;border:1px solid #ccc;background:#f3f3f3}
.article{padding:20px 40px} .article .h{font-size:21px;text-align:center;color:#123;font-weight:bold} .article .i{text-align:center;color:#666;font-size:12px;border-bottom:1px solid #ddd;padding-bottom:8px}""",
    style="p",
    html=f"""
<div class="main">
<div class="banner">大同市云冈区人力资源和社会保障局</div>
<div class="tabs"><a href="#">首 页</a><a href="#">机构设置</a><a href="#">就业创业</a><a href="#">社会保障</a><a href="#">人事人才</a><a href="#">通知公告</a><a href="#">办事指南</a></div>
<div class="article">
<div>您所在的位置：首页 -&gt; 通知公告</div>
<div class="h">大同市云冈区2025年公开招聘社区专职网格员公告</div>
<div class="i">文章来源：云冈区人社局 | 作者：区人社局 | 发布时间：2025/3/13 9:02:15 | 点击数：3371</div>
{{BODY}}
<p>附件：<a href="#">报名登记表.xls</a></p>
<p>【<a href="#">打印</a>】 【<a href="#">关闭</a>】</p>
</div>
<div style="text-align:center;background:#3b5998;color:#fff;padding:10px;font-size:12px">版权所有：大同市云冈区人力资源和社会保障局　晋ICP备16004513号　网站标识码：1402140015</div>
</div>""",
    body=[
        ("p", "为加强基层社会治理，根据工作需要，经区委、区政府研究同意，面向社会公开招聘社区专职网格员60名。现将有关事项公告如下："),
        ("h", "一、招聘岗位及人数"),
        ("table", [["岗位", "招聘人数", "学历要求", "年龄要求"],
                   ["社区专职网格员（一）", "40", "大专及以上", "35周岁以下"],
                   ["社区专职网格员（二）", "20", "本科及以上", "30周岁以下"]]),
        ("h", "二、报名条件"),
        ("ol", ["具有中华人民共和国国籍，拥护中国共产党的领导；",
                "遵纪守法，品行端正，具有良好的职业道德；",
                "具有正常履行职责的身体条件和心理素质；",
                "具有大同市户籍或在大同市连续居住满一年。"]),
        ("h", "三、报名时间及方式"),
        ("p", "报名时间为2025年3月17日至3月21日（上午8:30-12:00，下午14:30-17:30），报名地点为云冈区人力资源市场二楼大厅。报名时须提交本人身份证、学历证书原件及复印件和近期免冠照片两张。"),
        ("p", "联系电话：0352-6021578"),
    ],
))

# wr-12 — 2021 prefecture portal 政策解读 with 撰稿 (author) and 审核 (not)
PAGES.append(dict(
    id="wr-12", kind="gov", lang="zh",
    doctitle="一图读懂 | 白山市2025年惠企纾困政策“十问十答”",
    title="白山市2025年惠企纾困政策“十问十答”",
    authors=["孙立新"],
    time="2025-03-14 17:12",
    features="2021 portal 政策解读; section label 一图读懂 | before headline in a separate span (not title); info bar 发布时间/来源/撰稿/审核 spaced; Q/A pairs as 问/答 paragraphs; 相关解读 list; footer with 政府网站找错",
    css="""body{margin:0;font-family:'Microsoft YaHei';font-size:15px} .bs-top{background:#01579b;color:#fff;padding:14px 12%} .bs-top a{color:#fff}
.bs-menu{background:#0277bd;padding:0 12%} .bs-menu a{color:#fff;display:inline-block;padding:10px 20px} .bs-body{padding:20px 12%}
.tag{background:#e65100;color:#fff;padding:2px 8px;margin-right:8px;font-size:14px;vertical-align:middle} h1{font-size:26px;display:inline}
.bs-info{color:#777;font-size:13px;margin:14px 0;padding:8px;background:#f5f7fa} .bs-info span{margin-right:20px}""",
    style="p",
    html=f"""
<div class="bs-top"><b style="font-size:24px">白山市人民政府</b>　<a href="#">无障碍</a> | <a href="#">适老版</a> | <a href="#">English</a></div>
<div class="bs-menu"><a href="#">首页</a><a href="#">政务动态</a><a href="#">政府信息公开</a><a href="#">政策解读</a><a href="#">网上办事</a><a href="#">互动交流</a></div>
<div class="bs-body">
<p>当前位置：首页 &gt; 政府信息公开 &gt; 政策解读 &gt; 正文</p>
<div><span class="tag">一图读懂 |</span><h1>白山市2025年惠企纾困政策“十问十答”</h1></div>
<div class="bs-info"><span>发布时间：2025-03-14 17:12</span><span>来源：白山市发展和改革委员会</span><span>撰稿：孙立新</span><span>审核：马  骏</span><span>【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
{{BODY}}
<h4>相关解读</h4><ul><li><a href="#">图解：白山市优化营商环境三年行动方案</a></li><li><a href="#">《白山市促进民营经济发展若干措施》解读</a></li></ul>
</div>
<div style="background:#eceff1;text-align:center;padding:18px;font-size:13px;color:#555">主办单位：白山市人民政府办公室　网站标识码：2206000001　吉ICP备05002764号<br><img alt="政府网站找错" src="{GIF}"> <img alt="党政机关" src="{GIF}"></div>""",
    body=[
        ("p", "为帮助企业准确理解和用好用足各项惠企政策，市发改委梳理了企业关心的十个问题，逐一作出解答。现摘要如下："),
        ("strongp", "问一：", "今年有哪些稳岗支持政策？"),
        ("strongp", "答：", "对不裁员或少裁员的参保企业，继续实施失业保险稳岗返还，中小微企业返还比例为上年度实际缴纳失业保险费的60%，大型企业为30%。"),
        ("strongp", "问二：", "小微企业融资有什么优惠？"),
        ("strongp", "答：", "市级政府性融资担保机构对小微企业担保费率降至1%以下；对符合条件的首贷企业，给予贷款利息30%的贴息，单户最高10万元。"),
        ("strongp", "问三：", "企业如何申报技术改造补助？"),
        ("strongp", "答：", "设备投资额500万元以上的工业技改项目，按设备投资额的8%给予补助，最高200万元。企业可通过“吉企银通”平台在线申报，申报截止时间为2025年5月31日。"),
        ("p", "其余问题解答详见白山市人民政府网站“惠企政策”专栏，或拨打12345政务服务便民热线咨询。"),
    ],
))
