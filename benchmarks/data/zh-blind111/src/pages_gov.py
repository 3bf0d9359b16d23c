"""Government pages vh-01 .. vh-12 (江西, 新疆, 福建, 河北). All content invented."""
from lib import GIF

K = "government"
PAGES = []

# vh-01: 2010s table layout, district portal, 工作动态, glued info bar
PAGES.append(dict(
    id="vh-01", lang="zh", kind=K,
    title="广丰区启动春季高标准农田建设“百日攻坚”行动",
    authors=["徐晓芸", "蔡立峰"],
    publish_time="2025-03-11 16:42",
    css="""body{margin:0;font:12px 宋体,SimSun;background:#eef3f8}table{border-collapse:collapse}
.top{background:#1d5fa8;color:#fff}.nav td{background:#2a70bf;color:#fff;padding:6px 10px}
.title{font-size:22px;color:#b30000;text-align:center;font-weight:bold;padding:16px}
.info{text-align:center;color:#666;border-bottom:1px dashed #ccc;padding-bottom:6px}
.content{font-size:15px;line-height:2}.foot{background:#1d5fa8;color:#fff;text-align:center;line-height:22px}""",
    pre="""
<table width="1000" align="center" class="top"><tr><td><img alt="上饶市广丰区人民政府" width="400" height="1"></td>
<td align="right"><a>无障碍</a> | <a>长者模式</a> | <a>繁體</a> | <a>设为首页</a> | <a>加入收藏</a><br><form><input type="text" placeholder="请输入关键字"><input type="submit" value="搜索"></form></td></tr></table>
<table width="1000" align="center" class="nav"><tr><td>首页</td><td>走进广丰</td><td>政务公开</td><td>政务服务</td><td>互动交流</td><td>专题专栏</td><td>数据发布</td></tr></table>
<table width="1000" align="center" bgcolor="#ffffff"><tr><td>
<div>当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>工作动态</a> &gt; 正文</div>
<div class="title">广丰区启动春季高标准农田建设“百日攻坚”行动</div>
<div class="info">发布时间：2025-03-11 16:42来源：区农业农村局作者：徐晓芸 蔡立峰浏览次数：1287【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
""",
    wrap=('<div class="content">', "</div>"),
    mode="u3000",
    body=[
        "3月10日，广丰区在壶峤镇召开春季高标准农田建设“百日攻坚”行动动员会，标志着全区今年4.2万亩高标准农田建设项目全面进入施工阶段。",
        "据了解，今年全区高标准农田建设涉及壶峤、大南、排山等9个乡镇（街道）的46个行政村，总投资约1.26亿元，重点实施土地平整、灌溉排水、田间道路和农田防护等工程。项目建成后，预计新增粮食产能约380万斤。",
        "动员会要求，各乡镇要压实属地责任，倒排工期、挂图作战，确保在6月底前完成主体工程；区农业农村局要会同财政、水利、自然资源等部门加强技术指导和质量监管，严格落实“四不两直”检查制度，对发现的问题建立台账、限时销号。",
        ("img", "动员会现场", "动员会现场（区农业农村局供图）"),
        "据悉，今年全区还将同步实施耕地质量提升工程，对新建项目区开展土壤改良和地力培肥，力争项目区耕地质量平均提高0.5个等级以上。",
        "会上，壶峤镇、大南镇和两家施工企业作了表态发言。区农业农村局相关负责人表示，将聘请第三方监理单位全程跟踪，并邀请村民代表担任义务监督员，让“建成一片、见效一片”真正落到实处。",
    ],
    post="""
<div style="text-align:right;padding:10px">【<a>打印本页</a>】【<a>关闭窗口</a>】</div>
<div>上一篇：<a>区政府召开第36次常务会议</a></div><div>下一篇：<a>广丰区开展“3·15”消费者权益日宣传活动</a></div>
</td></tr></table>
<table width="1000" align="center" class="foot"><tr><td>
<a>网站地图</a> | <a>联系我们</a> | <a>网站声明</a><br>
主办：上饶市广丰区人民政府办公室　承办：上饶市广丰区大数据中心<br>
联系电话：0793-2631478　赣ICP备05003178号-2　<img alt="" src="%s" width="1" height="1">赣公网安备 36112202000173号　网站标识码：3611220011<br>
<img alt="党政机关" width="40" height="1"> <img alt="政府网站找错" width="80" height="1">
</td></tr></table>""" % GIF,
))

# vh-02: 新疆 county, 通知 as official document with 文号, table, attachments
PAGES.append(dict(
    id="vh-02", lang="zh", kind=K,
    title="霍城县人民政府办公室关于做好2025年春耕备耕农资保供稳价工作的通知",
    authors=[],
    publish_time="2025-03-10",
    css="""body{font-family:"Microsoft YaHei";margin:0;color:#333}header{background:#0a6b57;color:#fff;padding:18px 60px}
nav a{margin-right:22px;color:#fff}.crumb{width:1100px;margin:10px auto;color:#888}.doc{width:1000px;margin:0 auto;background:#fff;padding:30px}
.meta-table td{border:1px solid #ddd;padding:5px 10px;font-size:13px}h1{text-align:center;font-size:24px;color:#222}
.wh{text-align:center;color:#555}.TRS_Editor p{font-size:16px;line-height:30px}.sign{text-align:right}
footer{background:#f0f0f0;text-align:center;font-size:12px;padding:20px;color:#666}""",
    pre="""
<header><div><span>霍城县人民政府</span> <small>HUOCHENG COUNTY PEOPLE'S GOVERNMENT</small></div>
<div style="float:right"><a>简体</a> <a>繁体</a> <a>Uyghur</a> <a>无障碍浏览</a></div>
<nav><a>首页</a><a>走进霍城</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>民族团结</a></nav></header>
<div class="crumb">您当前的位置：首页 &gt; 政务公开 &gt; 政策文件 &gt; 县政府办文件</div>
<div class="doc">
<table class="meta-table" width="100%"><tr><td>索 引 号：</td><td>11654023010352871X/2025-00041</td><td>主题分类：</td><td>农业、林业、水利</td></tr>
<tr><td>发文机关：</td><td>霍城县人民政府办公室</td><td>成文日期：</td><td>2025年03月07日</td></tr>
<tr><td>文　　号：</td><td>霍政办发〔2025〕9号</td><td>发布日期：</td><td>2025-03-10</td></tr>
<tr><td>标　　题：</td><td colspan="3">霍城县人民政府办公室关于做好2025年春耕备耕农资保供稳价工作的通知</td></tr></table>
<h1>霍城县人民政府办公室关于做好2025年春耕备耕农资保供稳价工作的通知</h1>
<p class="wh">霍政办发〔2025〕9号</p>
""",
    wrap=('<div class="TRS_Editor">', "</div>"),
    mode="pi", hstyle="strong",
    body=[
        "各乡（镇）人民政府，清水河经济开发区管委会，县直有关部门：",
        "为确保全县2025年春耕生产农资供应充足、价格基本稳定，经县人民政府同意，现就有关事项通知如下。",
        ("h", "一、加强农资储备调运"),
        "县供销社要发挥主渠道作用，3月25日前完成化肥储备1.8万吨、农膜650吨。各乡镇要摸清种植面积和农资需求，及时向县农业农村局报送缺口情况。",
        ("h", "二、强化市场价格监测"),
        "县发展改革委、县市场监管局要建立化肥、种子、农药价格周报制度，对价格异常波动品种及时预警。各乡镇春耕期间主要农资储备目标见下表：",
        ("table", ["乡镇|化肥（吨）|种子（吨）|农膜（吨）", "水定镇|3200|410|120", "清水河镇|2800|360|95", "芦草沟镇|2100|300|80"]),
        ("h", "三、严厉打击假劣农资"),
        "开展农资打假专项治理行动，畅通12315投诉举报渠道，对违法经营行为依法从严查处，并在县政府网站公开曝光典型案例。",
        "霍城县人民政府办公室",
        "2025年3月7日",
    ],
    post="""
<p>附件：<a>1.霍城县春耕农资需求统计表.xlsx</a></p>
<p><a>【打印】</a> <a>【关闭】</a> <span>分享到：</span><a>微信</a> <a>微博</a></p>
</div>
<div class="crumb"><b>相关链接</b><ul><li><a>霍城县2025年春季植树造林工作方案</a></li><li><a>关于做好冬春季节森林草原防灭火工作的通知</a></li></ul></div>
<footer>主办单位：霍城县人民政府办公室　运行维护：霍城县融媒体中心<br>网站标识码：6540230007　新ICP备10001542号　<img alt="公安备案"> 新公网安备65402302000115号<br>
<span>扫一扫在手机打开当前页</span></footer>""",
))

# vh-03: 福建 乡镇 site, 公示 with table, spaced info bar below the title, 2020s flat design
PAGES.append(dict(
    id="vh-03", lang="zh", kind=K,
    title="关于龙湖镇2024年度“最美家庭”拟推荐对象的公示",
    authors=[],
    publish_time="2025-03-12 09:05:18",
    css="""*{box-sizing:border-box}body{margin:0;font-family:"PingFang SC",sans-serif;background:#fafafa}
.hd{height:120px;background:linear-gradient(#c8102e,#9d0b22);color:#fff;padding:20px 80px}
.menu{display:flex;gap:30px;background:#fff;padding:12px 80px;border-bottom:2px solid #c8102e}
.wrap{max-width:1080px;margin:20px auto;background:#fff;padding:40px 60px}.art-title{font-size:26px;text-align:center}
.art-info{display:flex;justify-content:center;gap:24px;color:#999;font-size:13px}.art-body{font-size:16px;line-height:1.9}
.art-body table{width:100%;border-collapse:collapse}.ft{background:#333;color:#bbb;padding:24px;text-align:center;font-size:12px}""",
    pre="""
<div class="hd"><img alt="晋江市龙湖镇人民政府" width="300" height="1"><div style="float:right"><a>长者模式</a> · <a>无障碍</a> · <a>登录</a></div></div>
<div class="menu"><a>首页</a><a>龙湖概况</a><a>政务动态</a><a>信息公开</a><a>办事服务</a><a>政民互动</a><span><input placeholder="搜索本站内容"><button>搜索</button></span></div>
<div class="wrap">
<div class="pos">当前位置：<a>首页</a> &gt; <a>信息公开</a> &gt; <a>公示公告</a> &gt; 正文</div>
<h2 class="art-title">关于龙湖镇2024年度“最美家庭”拟推荐对象的公示</h2>
<div class="art-info"><span>来源： 龙湖镇妇联</span> <span>发布时间： 2025-03-12 09:05:18</span> <span>字号：<a>大</a> <a>中</a> <a>小</a></span> <span>浏览量：326</span></div>
""",
    wrap=('<div class="art-body">', "</div>"),
    mode="p",
    body=[
        "根据《龙湖镇2024年度“最美家庭”寻访推选活动方案》，经各村（社区）推荐、镇妇联初审和评审小组综合评议，拟推荐以下10户家庭为2024年度镇级“最美家庭”，现予以公示。",
        ("table", ["序号|村（社区）|家庭户主|家庭类型",
                    "1|衙口村|施文彬|孝老爱亲型", "2|石龟村|许雅琼|绿色环保型", "3|杭边村|洪志坚|科学教子型",
                    "4|南浔村|吴丽红|勤劳致富型", "5|龙埔村|施清泉|热心公益型", "6|埔锦村|林淑贞|孝老爱亲型",
                    "7|阳溪村|许振华|崇德守法型", "8|瑶厝村|施佩玲|书香家庭型", "9|前港村|黄建成|绿色环保型",
                    "10|枫林村|许秀华|热心公益型"]),
        "公示时间：2025年3月12日至3月18日（5个工作日）。",
        "公示期间，如对拟推荐对象有异议，可通过来电、来信或来访等方式向镇妇联反映。反映情况要实事求是，并提供具体事实和联系方式，以便核实。",
        "联系电话：0595-85483127",
        "联系地址：龙湖镇人民政府三楼妇联办公室",
        "龙湖镇妇女联合会",
        "2025年3月12日",
    ],
    post="""
<div class="share"><span>分享：</span><a>微信</a><a>QQ空间</a><a>微博</a> <a>打印</a> <a>关闭</a></div>
<div class="pn"><p>上一篇：<a>龙湖镇关于开展春季爱国卫生运动的通知</a></p><p>下一篇：没有了</p></div>
</div>
<div class="ft"><p>版权所有：晋江市龙湖镇人民政府　地址：晋江市龙湖镇湖光路18号</p>
<p>闽ICP备13008416号-3　闽公网安备 35058202000391号　网站标识码：3505820052</p><p>建议使用1366×768分辨率浏览</p></div>""",
))

# vh-04: 河北 district, 政策解读 with 一、二、三 headings, info bar above headline
PAGES.append(dict(
    id="vh-04", lang="zh", kind=K,
    title="《鹿泉区促进养老服务高质量发展若干措施》政策解读",
    authors=[],
    publish_time="2025年03月13日",
    css="""body{background:#f2f2f2;margin:0;font:14px/1.6 "Microsoft YaHei"}#banner{background:#123f7a;height:90px;color:#fff}
#nav{background:#0e3160}#nav li{display:inline-block;color:#fff;padding:8px 18px}.main{width:1200px;margin:auto;background:#fff}
.xl-meta{background:#f7f7f7;padding:8px 20px;font-size:13px;color:#777}.xl-tit{font-size:24px;font-weight:bold;text-align:center;margin:18px}
.xl-con h4{font-size:16px;color:#123f7a}.xl-con p{text-indent:2em}.footer{background:#0e3160;color:#ccd;font-size:12px;padding:18px;text-align:center}""",
    pre="""
<div id="banner"><span>石家庄市鹿泉区人民政府</span> <span style="float:right"><a>网站支持IPv6</a> <a>无障碍</a> <a>长者模式</a> <a>English</a></span></div>
<ul id="nav"><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>走进鹿泉</li></ul>
<div class="main">
<div style="padding:10px 20px">当前位置：首页 &gt; 政务公开 &gt; 政策解读 &gt; 正文</div>
<div class="xl-meta">发布日期：2025年03月13日　　信息来源：区民政局　　阅读次数：<span>412</span>　　【<a>打印</a>】【<a>关闭</a>】</div>
<div class="xl-tit">《鹿泉区促进养老服务高质量发展若干措施》政策解读</div>
""",
    wrap=('<div class="xl-con">', "</div>"),
    mode="p", hstyle="h4",
    body=[
        ("h", "一、出台背景"),
        "截至2024年底，全区60周岁以上户籍老年人口达8.7万人，占户籍总人口的21.3%。为破解养老服务供给不足、城乡发展不均衡等问题，区民政局会同有关部门研究起草了《鹿泉区促进养老服务高质量发展若干措施》（以下简称《措施》）。",
        ("h", "二、主要内容"),
        "《措施》共四个方面14条，主要包括：",
        ("li", ["（一）扩大普惠养老服务供给，对新建社区养老服务中心按每平方米300元给予一次性建设补贴；",
                "（二）推进农村互助养老，每个幸福院每年补助运营经费2万元；",
                "（三）支持医养结合，鼓励二级以上医院与养老机构签约合作；",
                "（四）加强养老护理人才队伍建设，对取得职业技能等级证书的护理员给予500元至2000元奖励。"]),
        ("h", "三、适用范围及有效期"),
        "《措施》适用于在鹿泉区依法登记、从事养老服务的机构和组织，自2025年4月1日起施行，有效期3年。",
        ("h", "四、解读机关及联系方式"),
        "解读机关：鹿泉区民政局",
        "联系电话：0311-82015563",
    ],
    post="""
<p style="padding:0 20px">相关文件：<a>石家庄市鹿泉区人民政府关于印发《鹿泉区促进养老服务高质量发展若干措施》的通知</a></p>
<div style="padding:20px"><img alt="扫一扫在手机打开当前页" width="100" height="1"><br>扫一扫在手机打开当前页</div>
</div>
<div class="footer">主办单位：石家庄市鹿泉区人民政府办公室 | 技术支持：鹿泉区政务服务数据管理局<br>冀ICP备06017813号 | <img alt=""> 冀公网安备 13011002000269号 | 网站标识码：1301100022</div>""",
))

# vh-05: 江西省 department, 领导活动, 文/图 byline at the end, 2016-style portal
PAGES.append(dict(
    id="vh-05", lang="zh", kind=K,
    title="厅主要负责同志赴九江督导汛前准备工作",
    authors=["胡敏"],
    publish_time="2025-03-14",
    css="""body{margin:0;background:#e9f1f7;font:14px "宋体"}.w{width:1003px;margin:auto;background:#fff}
.logo{height:110px;background:#1779c4;color:#fff;font-size:28px;padding:20px}.daoh a{display:inline-block;width:110px;text-align:center;background:#0c5d9b;color:#fff}
.lmdq{border-bottom:1px solid #1779c4;padding:6px}.bt{font-size:20px;font-weight:bold;text-align:center;color:#0c5d9b;padding:20px 0 8px}
.sj{text-align:center;font-size:12px;color:#999;padding-bottom:10px}.nr{padding:10px 40px;font-size:16px;line-height:2}
.bq{background:#0c5d9b;color:#fff;text-align:center;font-size:12px;padding:12px}""",
    pre="""
<div class="w"><div class="logo">江西省水利厅<div style="font-size:12px;float:right"><a>繁體版</a> <a>无障碍</a> <a>邮箱登录</a></div></div>
<div class="daoh"><a>首页</a><a>机构概况</a><a>水利要闻</a><a>政务公开</a><a>政务服务</a><a>公众参与</a><a>水利专题</a></div>
<div class="lmdq">您的位置：<a>首页</a>&gt;<a>水利要闻</a>&gt;<a>厅务动态</a></div>
<div class="bt">厅主要负责同志赴九江督导汛前准备工作</div>
<div class="sj">时间：2025-03-14　来源：办公室　【字号：<a>大</a> <a>中</a> <a>小</a>】</div>
""",
    wrap=('<div class="nr">', "</div>"),
    mode="u3000",
    body=[
        "3月12日至13日，厅党组书记、厅长郑国强带队赴九江市都昌县、永修县，实地督导鄱阳湖区汛前准备和水毁修复工作。",
        ("img", "督导现场", ""),
        "郑国强一行先后来到都昌县矶山联圩、永修县三角联圩，详细察看堤防加固、穿堤建筑物改造和防汛物资仓库，听取了当地汛前检查和隐患整改情况汇报。他指出，今年鄱阳湖区降水偏多的可能性较大，各地务必克服麻痹思想和侥幸心理，把汛前准备的每一项工作做细做实。",
        "郑国强强调，一要抓紧推进水毁工程修复，确保4月底前全部完工；二要全面排查病险水库、圩堤和山洪灾害危险区，落实“三个责任人”；三要修订完善防御预案，开展实战化演练；四要强化监测预报预警，打通预警信息发布“最后一公里”。",
        "厅防御处、建管处负责同志，九江市水利局及相关县（市、区）水利部门负责同志陪同督导。",
    ],
    post="""
<p style="text-align:right;padding-right:40px">文/图：胡敏</p>
<p style="padding-left:40px">【<a>打印此页</a>】　【<a>关闭窗口</a>】</p>
<div style="padding:10px 40px"><b>相关信息</b><br>· <a>全省水利工作会议在南昌召开</a>　2025-02-21<br>· <a>我厅召开2025年防汛抗旱工作部署会</a>　2025-03-05</div>
<div class="bq">主办：江西省水利厅　地址：南昌市北京西路2号　邮编：330046<br>赣ICP备05004521号　赣公网安备36010202000388号　政府网站标识码：3600000035</div></div>""",
))

# vh-06: 新疆 街道 page, closing byline with minority name and spaced name inside last paragraph
PAGES.append(dict(
    id="vh-06", lang="zh", kind=K,
    title="和平路街道：“石榴籽”志愿服务队走进独居老人家中",
    authors=["阿依古丽·买买提", "王静"],
    publish_time="2025/3/11 18:20",
    css="""body{margin:0;font-family:sans-serif;background:#fff}.topbar{font-size:12px;background:#f5f5f5;padding:4px 40px}
.head{padding:24px 40px;border-bottom:4px solid #d7a400}.head b{font-size:26px;color:#a32020}.nv span{padding:0 14px}
.box{width:960px;margin:0 auto}.tt{font-size:22px;margin:20px 0 6px}.ly{font-size:13px;color:#888;border-bottom:1px solid #eee;padding-bottom:8px}
.ct p{font-size:16px;line-height:1.8;text-indent:2em}.bottom{margin-top:30px;background:#a32020;color:#fff;font-size:12px;padding:16px;text-align:center}""",
    pre="""
<div class="topbar">今天是：2025年3月14日 星期五 <span style="float:right"><a>无障碍阅读</a> <a>关怀版</a></span></div>
<div class="head"><b>乌鲁木齐市天山区和平路街道</b><div class="nv"><span>首页</span><span>街道概况</span><span>工作动态</span><span>社区风采</span><span>便民服务</span><span>党建引领</span></div></div>
<div class="box">
<p>当前位置：首页 &gt; 工作动态 &gt; 社区风采</p>
<div class="tt">和平路街道：“石榴籽”志愿服务队走进独居老人家中</div>
<div class="ly">发布者：和平路街道　发布时间：2025/3/11 18:20　点击数：208</div>
""",
    wrap=('<div class="ct">', "</div>"),
    mode="p",
    body=[
        "“阿姨，这是给您新换的电暖器，开关在这边，晚上记得关。”3月10日一早，和平路街道“石榴籽”志愿服务队的队员们便来到育才巷社区82岁独居老人刘桂兰家中，帮她检查电路、更换取暖设备。",
        "这支志愿服务队成立于2022年，目前有汉族、维吾尔族、回族、哈萨克族等各族队员63人。队员们按照“一对一”结对方式，定期上门为辖区37户独居、空巢老人打扫卫生、代购物品、陪诊就医。",
        ("img", "志愿者为老人检查电路", "志愿者为老人检查电路"),
        "除了日常照料，队员们还为老人们开设了智能手机课堂，手把手教他们视频通话、网上缴费和识别诈骗电话。66岁的哈萨克族老人努尔兰·卡德尔说，现在他每周都能跟在外地工作的儿子视频聊天。",
        "“孩子们隔三岔五就来看我，比亲闺女还亲。”刘桂兰拉着队员的手说。",
        "街道负责人介绍，下一步将把志愿服务与“访惠聚”“民族团结一家亲”活动结合起来，建立老人健康档案和需求清单，让关爱服务更精准、更暖心。（通讯员 阿依古丽·买买提 王  静）",
    ],
    post="""
<p style="font-size:13px;color:#999">审核：李红梅　编辑：马晓东</p>
<p><a>打印</a> | <a>关闭</a></p>
<p>上一条：<a>和平路街道开展“三八”妇女节系列活动</a><br>下一条：<a>新华南路社区召开居民议事会</a></p>
</div>
<div class="bottom">版权所有：乌鲁木齐市天山区和平路街道办事处　技术支持：天山区融媒体中心<br>新ICP备11002387号-5</div>""",
))

# vh-07: 福建省 department 通报, 2025 responsive design, info bar with glued labels, doc number line
PAGES.append(dict(
    id="vh-07", lang="zh", kind=K,
    title="福建省生态环境厅关于2024年第四季度全省环境违法典型案例的通报",
    authors=[],
    publish_time="2025-03-13 10:30",
    css=""":root{--c:#00796b}body{margin:0;font-family:system-ui,"PingFang SC";color:#222}
.g-head{display:flex;justify-content:space-between;align-items:center;padding:14px 5vw;border-bottom:1px solid #e0e0e0}
.g-menu{display:flex;gap:2em;padding:10px 5vw;background:var(--c);color:#fff}.g-main{max-width:880px;margin:32px auto;padding:0 16px}
.g-main h1{font-size:28px;line-height:1.4;margin-bottom:8px}.g-info{font-size:13px;color:#666;display:flex;flex-wrap:wrap;gap:16px}
.g-doc p{font-size:17px;line-height:1.85}.g-foot{background:#263238;color:#b0bec5;font-size:12px;padding:28px 5vw}""",
    pre="""
<div class="g-head"><div><img alt="福建省生态环境厅" width="280" height="1"></div><div><a>无障碍</a> <a>长者模式</a> <a>English</a> <input placeholder="搜索"></div></div>
<div class="g-menu"><a>首页</a><a>机构职能</a><a>新闻中心</a><a>信息公开</a><a>网上办事</a><a>互动交流</a><a>专题专栏</a></div>
<main class="g-main">
<nav>首页 / 信息公开 / 执法监督 / 正文</nav>
<h1>福建省生态环境厅关于2024年第四季度全省环境违法典型案例的通报</h1>
<div class="g-info"><span>发布时间：2025-03-13 10:30</span><span>来源：执法局</span><span>字号：<a>A+</a> <a>A</a> <a>A-</a></span><span><a>分享</a></span></div>
<p style="text-align:center;color:#555">闽环执法〔2025〕6号</p>
""",
    wrap=('<article class="g-doc">', "</article>"),
    mode="p", hstyle="strong",
    body=[
        "各设区市生态环境局，平潭综合实验区自然资源与生态环境局：",
        "2024年第四季度，全省各级生态环境部门共立案查处环境违法案件512起，罚没款金额3468万元。为发挥典型案例警示作用，现将5起案例通报如下：",
        ("h", "一、莆田市某鞋材公司篡改自动监测数据案"),
        "2024年11月，莆田市生态环境局执法人员检查发现，该公司通过修改监测设备参数致使废气监测数据失真。该局依法处以罚款42万元，并将案件移送公安机关，相关责任人被行政拘留。",
        ("h", "二、龙岩市某石材企业未批先建案"),
        "该企业在未依法报批环境影响评价文件的情况下擅自开工建设，龙岩市生态环境局责令其停止建设，处罚款18.6万元。",
        ("h", "三、有关要求"),
        "各地要持续保持执法高压态势，深入开展第三方环保服务机构弄虚作假问题专项整治，对典型案件一律公开曝光，切实维护良好环境秩序。",
        "福建省生态环境厅",
        "2025年3月12日",
    ],
    post="""
<div><a>打印本页</a> <a>关闭窗口</a></div>
<section><h3>相关阅读</h3><ul><li><a>福建省生态环境厅关于2024年第三季度全省环境违法典型案例的通报</a></li><li><a>2025年全省生态环境执法工作要点</a></li></ul></section>
</main>
<footer class="g-foot"><p>主办：福建省生态环境厅　地址：福州市鼓楼区湖东路188号</p><p>网站标识码：3500000049　闽ICP备05021573号　<img alt="">闽公网安备 35010202000241号</p><p><img alt="微信公众号"> 扫一扫关注微信公众号</p></footer>""",
))

# vh-08: 河北 city, speech (讲话), speaker line under the headline
PAGES.append(dict(
    id="vh-08", lang="zh", kind=K,
    title="在全市优化营商环境推进大会上的讲话",
    authors=["刘建国"],
    publish_time="2025-03-12 17:08",
    css="""body{margin:0;background:#f4f1ea;font-family:"SimSun"}.tophead{background:#8b0000;color:#ffd;height:100px;padding:10px 50px}
.mnav{background:#6b0000;padding:6px 50px}.mnav a{color:#fff;margin-right:30px}.page{width:1000px;margin:0 auto;background:#fff;padding:20px 50px}
.ztitle{font-size:24px;font-weight:bold;text-align:center;font-family:"SimHei"}.zz{text-align:center;font-size:16px;font-family:"KaiTi"}
.infobar{font-size:12px;color:#777;text-align:center;border-top:1px solid #ddd;padding:6px}.zhengwen{font-size:16px;line-height:2.1}
.dibu{text-align:center;font-size:12px;color:#555;padding:20px}""",
    pre="""
<div class="tophead"><h2>保定市人民政府</h2><span>www.baoding.gov.cn（示例）</span><span style="float:right"><a>无障碍</a> | <a>长者模式</a> | <a>智能问答</a></span></div>
<div class="mnav"><a>首页</a><a>保定概况</a><a>政务公开</a><a>政务服务</a><a>政民互动</a><a>数据开放</a></div>
<div class="page">
<div>当前位置：首页 &gt; 政务公开 &gt; 领导讲话</div>
<div class="infobar">发布时间：2025-03-12 17:08 | 来源：市政府办公室 | 浏览次数：3055 | 【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="ztitle">在全市优化营商环境推进大会上的讲话</div>
<div class="zz">市委副书记、市长　刘建国</div>
<div class="zz">（2025年3月10日）</div>
""",
    wrap=('<div class="zhengwen">', "</div>"),
    mode="u3000", hstyle="u3000strong",
    body=[
        "同志们：",
        "今天召开全市优化营商环境推进大会，主要任务是总结去年工作，部署今年重点任务，动员全市上下以更大力度打造一流营商环境。刚才，市发展改革委通报了2024年度营商环境评价结果，三个县（市、区）和两家企业作了交流发言，讲得都很好。下面，我讲三点意见。",
        ("h", "一、清醒认识营商环境工作面临的形势"),
        "过去一年，全市新登记经营主体9.6万户，同比增长11.4%；“高效办成一件事”重点事项全部落地，企业开办实现“一日办结”。但也要看到，个别部门服务意识不强、政策兑现不及时、涉企检查过多等问题仍不同程度存在，企业和群众还有不少“急难愁盼”。",
        ("h", "二、聚焦重点精准发力"),
        "要在政务服务上做“减法”，推动更多事项“免申即享”；要在要素保障上做“加法”，用足用好土地、资金、人才等政策；要在法治环境上做“乘法”，规范涉企执法行为，坚决杜绝“一刀切”。",
        ("h", "三、压紧压实工作责任"),
        "各级各部门主要负责同志要亲自抓、负总责，把营商环境工作纳入年度考核。市委督查室、市政府督查室要加强跟踪问效，对损害营商环境的行为，发现一起、查处一起、通报一起。",
        "同志们，营商环境没有最好，只有更好。让我们以时不我待的紧迫感，为建设现代化品质生活之城作出新的更大贡献！",
    ],
    post="""
<p>【<a>打印</a>】【<a>关闭</a>】</p>
<p>上一篇：<a>在全市春季植树造林动员会上的讲话</a></p><p>下一篇：<a>在市政府第五次廉政工作会议上的讲话</a></p>
</div>
<div class="dibu">保定市人民政府办公室主办　保定市数据和政务服务局承办<br>冀ICP备09016520号　冀公网安备13060202000481号　网站标识码：1306000003<br>网站地图 | 联系我们 | 隐私声明</div>""",
))

# vh-09: 河北 village (村) site, 村务公开, very old table layout, <br>-separated text
PAGES.append(dict(
    id="vh-09", lang="zh", kind=K,
    title="西柏峪村2025年第一季度村级财务收支情况公开",
    authors=[],
    publish_time="2025年3月13日",
    css="""body{font-size:12px;font-family:宋体;margin:8px}td{font-size:12px}.t{font-size:18px;font-weight:bold;color:#c00}""",
    pre="""
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td bgcolor="#3a7d20" height="60"><font color="#ffffff" size="5">邢台市内丘县獐么乡西柏峪村</font></td></tr>
<tr><td bgcolor="#e5f2d8"><a>首页</a> | <a>村情简介</a> | <a>村务公开</a> | <a>党务公开</a> | <a>财务公开</a> | <a>美丽乡村</a> | <a>留言板</a></td></tr></table>
<table width="778" border="0" align="center"><tr><td width="180" valign="top" bgcolor="#f7f7f7"><b>村务公开</b><br><a>党务公开</a><br><a>财务公开</a><br><a>惠农补贴</a><br><a>低保五保</a><br><br>村委会电话：<br>0319-6821054</td>
<td valign="top">
<p>您现在的位置：<a>首页</a> &gt;&gt; <a>财务公开</a> &gt;&gt; 正文</p>
<p align="center" class="t">西柏峪村2025年第一季度村级财务收支情况公开</p>
<p align="center">[日期：2025年3月13日] [来源：村务监督委员会] [点击：57]</p>
<hr size="1">
""",
    wrap=("<div>", "</div>"),
    mode="br",
    tcls="cw",
    body=[
        "根据村务公开有关规定，现将本村2025年第一季度（1月1日至3月10日）财务收支情况公开如下，接受全体村民监督。",
        ("table", ["项目|金额（元）|备注", "上期结余|86420.35|", "转移支付收入|52000.00|乡财政拨付",
                    "集体土地承包收入|31500.00|后沟地12户", "光伏电站收益|18736.20|", "村干部报酬|-24600.00|",
                    "道路维修|-13850.00|东街硬化修补", "办公及水电费|-2317.50|", "本期结余|147889.05|"]),
        "本季度无新增村级债务。光伏电站收益已按村民代表会议决议，其中5000元用于村内路灯电费和维修。",
        "以上收支已经村务监督委员会审核。村民如有疑问，可在公开之日起15日内向村务监督委员会或乡农村经济管理站反映。",
        "西柏峪村村民委员会",
        "西柏峪村村务监督委员会",
        "2025年3月12日",
    ],
    post="""
<br><p align="center">【<a>关闭窗口</a>】</p>
</td></tr></table>
<table width="778" align="center" bgcolor="#3a7d20"><tr><td align="center"><font color="#ffffff">版权所有：内丘县獐么乡西柏峪村民委员会　备案号：冀ICP备12012473号<br>技术支持：内丘县农村信息服务站</font></td></tr></table>""",
))

# vh-10: 新疆 region department, 公告, 2025 design, title over two lines, list of conditions
PAGES.append(dict(
    id="vh-10", lang="zh", kind=K,
    title="自治区人力资源和社会保障厅关于2025年度自治区直属事业单位面向社会公开招聘工作人员的公告",
    authors=[],
    publish_time="2025-03-10 20:15:02",
    css="""body{margin:0;font-family:"Source Han Sans CN",sans-serif;background:#f3f6fa}.hdr{background:#13407e;color:#fff;padding:16px 6%}
.hdr .tools a{color:#cfe;margin-left:12px;font-size:13px}.menu2{background:#fff;padding:12px 6%;box-shadow:0 2px 4px #0001}
.detail{max-width:1000px;margin:24px auto;background:#fff;border-radius:6px;padding:36px 48px}
.detail h1{font-size:24px;text-align:center;line-height:1.5;color:#13407e}.detail .sub-info{text-align:center;color:#8a8a8a;font-size:13px;margin:12px 0 24px}
.rich p{font-size:16px;line-height:2}.pf{background:#0b2a55;color:#9fb3cc;padding:30px 6%;font-size:12px}""",
    pre="""
<div class="hdr"><span style="font-size:22px">新疆维吾尔自治区人力资源和社会保障厅</span><span class="tools"><a>国家通用语言</a><a>ئۇيغۇرچە</a><a>无障碍</a><a>长者模式</a><a>登录</a></span></div>
<div class="menu2"><a>首页</a> <a>信息公开</a> <a>政策法规</a> <a>就业创业</a> <a>社会保障</a> <a>人才人事</a> <a>劳动关系</a> <a>互动交流</a></div>
<div class="detail">
<div style="font-size:13px;color:#999">当前位置：首页 &gt; 信息公开 &gt; 通知公告</div>
<h1>自治区人力资源和社会保障厅关于2025年度自治区直属<br>事业单位面向社会公开招聘工作人员的公告</h1>
<div class="sub-info"><span>发布时间：2025-03-10 20:15:02</span>　<span>来源：事业单位人事管理处</span>　<span>阅读量：26391</span>　<a>【打印】</a></div>
""",
    wrap=('<div class="rich">', "</div>"),
    mode="pi", hstyle="strong",
    body=[
        "根据《事业单位公开招聘人员暂行规定》和自治区有关规定，经研究，决定组织开展2025年度自治区直属事业单位面向社会公开招聘工作。现将有关事项公告如下：",
        ("h", "一、招聘计划"),
        "自治区直属112家事业单位计划招聘工作人员865名，具体岗位、人数及资格条件详见《岗位需求表》。",
        ("h", "二、报考条件"),
        ("li", ["1.具有中华人民共和国国籍，拥护中华人民共和国宪法；", "2.年龄18周岁以上、35周岁以下（1989年3月至2007年3月期间出生）；",
                "3.具有良好的品行和正常履行职责的身体条件；", "4.具备岗位所需的学历、专业或技能条件。"]),
        ("h", "三、报名时间及方式"),
        "报名采取网上报名方式进行。报名时间为2025年3月17日10:00至3月23日18:00，资格初审时间为3月17日10:00至3月24日18:00。",
        ("h", "四、笔试"),
        "笔试时间暂定为2025年4月19日，具体时间、地点以准考证为准。考生须于4月14日至18日登录报名网站打印准考证。",
        "咨询电话：0991-2857406（工作日10:00—13:30，16:00—19:30）",
        "新疆维吾尔自治区人力资源和社会保障厅",
        "2025年3月10日",
    ],
    post="""
<div style="margin-top:20px">附件：<a>1.2025年度自治区直属事业单位公开招聘岗位需求表.xls</a><br><a>2.报考人员诚信承诺书.docx</a></div>
<div style="margin-top:20px">分享到：<a>微信</a> <a>微博</a> <a>QQ</a></div>
</div>
<div class="pf"><p>主办单位：新疆维吾尔自治区人力资源和社会保障厅</p><p>新ICP备05000874号-1　新公网安备 65010202000336号　网站标识码：6500000021</p><p><img alt="二维码"> 扫码关注“新疆人社”</p></div>""",
))

# vh-11: 江西 南昌市, 批复 (reply), traditional 2018 portal with 索引 table below title
PAGES.append(dict(
    id="vh-11", lang="zh", kind=K,
    title="南昌市人民政府关于同意设立南昌县向塘国际陆港物流园区的批复",
    authors=[],
    publish_time="2025-03-11",
    css="""body{margin:0;font:14px "Microsoft YaHei";background:#fff}.nc-top{background:#b7121f;color:#fff;padding:30px 0 30px 120px;font-size:30px}
.nc-nav{background:#900b16;padding:8px 120px}.nc-nav a{color:#fff;margin-right:28px}.nc-main{width:1000px;margin:20px auto;border:1px solid #e3e3e3;padding:30px}
.nc-h{font-size:22px;text-align:center;color:#b7121f;font-weight:bold}.nc-sy td{border:1px solid #eee;padding:4px 8px;font-size:12px;color:#666}
.nc-c p{font-size:16px;line-height:30px;text-indent:32px}.nc-f{border-top:3px solid #b7121f;text-align:center;padding:15px;color:#666;font-size:12px}""",
    pre="""
<div class="nc-top">南昌市人民政府 <span style="font-size:13px"><a>无障碍</a> <a>关怀版</a> <a>繁體</a></span></div>
<div class="nc-nav"><a>首页</a><a>英雄城</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>营商环境</a></div>
<div class="nc-main">
<p>当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>政府文件</a> &gt; <a>洪府字</a></p>
<p class="nc-h">南昌市人民政府关于同意设立南昌县向塘国际陆港物流园区的批复</p>
<table class="nc-sy" width="100%"><tr><td>文号：洪府字〔2025〕23号</td><td>发布日期：2025-03-11</td><td>发布机构：市政府办公室</td></tr></table>
""",
    wrap=('<div class="nc-c">', "</div>"),
    mode="p",
    body=[
        "南昌县人民政府：",
        "你县《关于申请设立南昌县向塘国际陆港物流园区的请示》（南县府文〔2025〕11号）收悉。经研究，现批复如下：",
        "一、同意设立南昌县向塘国际陆港物流园区（以下简称“园区”）。园区规划面积8.26平方公里，四至范围为：东至京九铁路，南至向塘大道，西至昌南大道，北至富山河。",
        "二、园区要坚持规划引领，重点发展多式联运、冷链物流、跨境电商和商贸服务等产业，打造内陆开放型经济新高地。",
        "三、你县要加强对园区建设的组织领导，严格落实耕地保护、生态环境保护和安全生产等要求，依法依规推进项目建设。",
        "四、市发展改革委、市商务局、市自然资源和规划局等部门要按照各自职责，加强指导和支持，协调解决园区建设中遇到的重大问题。",
        "南昌市人民政府",
        "2025年3月6日",
    ],
    post="""
<p style="text-align:right"><a>【打印本页】</a><a>【关闭窗口】</a></p>
</div>
<div class="nc-f">主办：南昌市人民政府办公室　承办：南昌市数据局<br>赣ICP备05002356号-1　<img alt="">赣公网安备36010802000113号　网站标识码：3601000001<br><img alt="政府网站找错"></div>""",
))

# vh-12: 福建 district, 领导活动 news, 2013 table layout, spaced author name, editor below
PAGES.append(dict(
    id="vh-12", lang="zh", kind=K,
    title="思明区召开2025年重点项目“攻坚月”推进会",
    authors=["陈璐"],
    publish_time="2025-03-14 08:57",
    css="""body{margin:0;background:#dbe8f3}.main{width:990px;margin:0 auto;background:#fff}.hed{height:130px;background:#2b8bd6;color:#fff}
.hed h1{margin:0;padding:40px 0 0 30px}.lm td{background:#1a6fb5;color:#fff;text-align:center;height:34px}
.wzbt{font:bold 24px "微软雅黑";text-align:center;color:#1a1a1a;padding:25px 0 10px}.wzxx td{font-size:12px;color:#888}
.wznr{padding:10px 30px;font-size:15px;line-height:28px}.copy{background:#1a6fb5;color:#fff;font-size:12px;text-align:center;padding:10px}""",
    pre="""
<div class="main"><div class="hed"><h1>厦门市思明区人民政府</h1><div style="text-align:right;padding-right:20px"><a>无障碍</a> <a>老年版</a> <a>简</a>/<a>繁</a></div></div>
<table class="lm" width="100%"><tr><td>首 页</td><td>走进思明</td><td>政务公开</td><td>政务服务</td><td>互动交流</td><td>投资思明</td></tr></table>
<div style="padding:8px 30px">当前位置：首页 &gt; 政务公开 &gt; 领导活动</div>
<div class="wzbt">思明区召开2025年重点项目“攻坚月”推进会</div>
<table class="wzxx" width="100%"><tr><td align="center">来源：思明区融媒体中心　　作者：陈  璐　　时间：2025-03-14 08:57　　<a>【我要纠错】</a></td></tr></table>
<hr size="1" color="#dddddd">
""",
    wrap=('<div class="wznr">', "</div>"),
    mode="nbsp",
    body=[
        "3月13日下午，思明区召开2025年重点项目“攻坚月”推进会，通报1至2月重点项目建设情况，部署“攻坚月”各项任务。区委副书记、区长吴海涛出席并讲话。",
        "会议通报，今年全区共安排省、市、区重点项目128个，年度计划投资246亿元。1至2月，重点项目完成投资41.7亿元，占年度计划的17%，其中东坪山片区提升、沙坡尾片区更新等项目进度超序时。",
        "吴海涛指出，各责任单位要紧盯时间节点，对照“攻坚月”任务清单逐项抓落实。要聚焦征拆清表、要素保障、审批手续等关键环节，建立“一项目一专班”工作机制，实行周调度、月通报。",
        "他要求，要坚持安全第一，加强施工现场管理，严防各类事故发生；要加大项目谋划储备力度，积极对接超长期特别国债、地方政府专项债券等政策，为全年经济稳增长提供有力支撑。",
        "区领导黄永胜、郑晓燕出席会议。",
    ],
    post="""
<p style="padding:0 30px;color:#888;font-size:12px">责任编辑：苏文婷</p>
<p style="padding:0 30px"><a>【打印本页】</a> <a>【关闭窗口】</a> 分享到：<a>微信</a> <a>微博</a></p>
<table width="100%"><tr><td style="padding:0 30px"><b>相关新闻</b><br>· <a>思明区举行一季度重点项目集中开工仪式</a><br>· <a>吴海涛调研辖区重点企业</a></td></tr></table>
<div class="copy">主办单位：厦门市思明区人民政府办公室　地址：厦门市思明区湖滨北路68号<br>闽ICP备05030751号　<img alt="">闽公网安备35020302001052号　网站标识码：3502030018</div></div>""",
))
