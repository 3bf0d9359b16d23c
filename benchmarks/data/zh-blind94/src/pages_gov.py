from common import img

K = "government"
PAGES = []

# wq-01 安徽 芜湖 鸠江区 湾里街道 (2023 design, 无障碍/长者模式, glued info bar)
PAGES.append(dict(
    id="wq-01", kind=K,
    title="湾里街道召开老旧小区加装电梯居民议事会",
    authors=["陈晓雯"],
    publish_time="2025-03-11 16:42",
    style="indent",
    css="""
body{margin:0;font:14px/1.8 "Microsoft YaHei",sans-serif;color:#333}
.topbar{background:#f2f2f2;font-size:12px;padding:4px 40px;display:flex;justify-content:space-between}
.topbar a{margin-left:12px;color:#555}
.banner{background:#1b5fad;color:#fff;padding:18px 40px;font-size:26px}
.nav a{display:inline-block;padding:10px 18px;color:#fff}.nav{background:#134a8a}
.crumb{padding:10px 40px;color:#666}
.art{width:1000px;margin:0 auto}.art h1{text-align:center;font-size:24px;color:#1b5fad}
.meta{text-align:center;color:#888;border-bottom:1px dashed #ccc;padding-bottom:8px}
.tools{text-align:right;color:#888}.foot{background:#134a8a;color:#dde;padding:16px;text-align:center;font-size:12px}
.near{border-top:1px solid #ddd;margin-top:20px}
""",
    tpl="""
<div class="topbar"><span>欢迎访问芜湖市鸠江区人民政府网站！今天是：2025年3月14日 星期五</span><span><a>无障碍</a><a>长者模式</a><a>繁体</a><a>English</a><a>登录</a></span></div>
<div class="banner">芜湖市鸠江区人民政府<br><small>www.jiujiang-demo.gov.cn</small></div>
<div class="nav"><a>首页</a><a>走进鸠江</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>专题专栏</a></div>
<div class="crumb">当前位置：<a>首页</a> &gt; <a>新闻中心</a> &gt; <a>街道动态</a> &gt; 正文</div>
<div class="art">
<h1>{T}</h1>
<div class="meta">发布时间：2025-03-11 16:42来源：湾里街道浏览次数：<span>386</span>【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="tools"><a>【打印本页】</a> <a>【关闭窗口】</a></div>
<div class="near"><p>上一篇：<a>湾里街道开展“学雷锋”志愿服务月活动</a></p><p>下一篇：<a>鸠江区召开2025年第一季度安全生产形势分析会</a></p></div>
</div>
<div class="foot">
<p><a>网站地图</a> | <a>联系我们</a> | <a>隐私声明</a></p>
<p>主办：芜湖市鸠江区人民政府办公室　承办：鸠江区数据资源管理局</p>
<p>皖ICP备05018872号-1　皖公网安备 34020702000317号　网站标识码：3402070012</p>
<p>{IMG1}政府网站找错　{IMG2}党政机关</p>
</div>
""".replace("{IMG1}", img("政府网站找错")).replace("{IMG2}", img("党政机关")),
    blocks=[
        ("p", "3月10日晚，湾里街道在春江花园小区党群服务站召开老旧小区加装电梯居民议事会，街道城建办、社区“两委”、物业服务企业、电梯施工单位和该小区12个单元的40余名居民代表参加。"),
        ("p", "春江花园小区建成于2002年，共有多层住宅18栋，60岁以上居民占比超过三成。“每天买菜回来爬六楼，中间要歇两三回。”家住9栋的居民王阿姨说，盼电梯已经盼了好几年。"),
        ("h", "一、把账算在明处"),
        ("p", "会上，街道城建办工作人员逐项讲解了加装电梯的申请流程、财政补助标准和住房公积金提取政策。按照现行政策，每台电梯可获得市、区两级补助最高20万元，其余费用由单元业主按楼层系数分摊。施工单位现场展示了三种井道方案，并对采光、噪音和管线迁改等居民关心的问题作了说明。"),
        ("h", "二、把意见摆上桌面"),
        ("p", "低层住户担心遮挡采光、影响通行，高层住户则希望尽快开工。议事会采用“一单元一表”的方式，由各单元推选的楼栋长汇总意见，对分摊比例、维保费用、公共区域占用等事项逐条协商。经过两个多小时的讨论，已有5个单元达成初步意向，另有3个单元约定一周内再次协商。"),
        ("p", "下一步，湾里街道将组建由社区干部、党员和热心居民组成的“加梯服务队”，全程提供政策咨询、方案比选和手续代办服务，力争年内完成10台以上电梯加装任务。"),
        ("p", "（湾里街道 陈晓雯）"),
        ("x", '<p style="text-align:right;color:#888;">责任编辑：周　敏</p>'),
    ],
))

# wq-02 江西 赣州 市政府办公室 通知 (信息公开 metadata grid, official doc)
PAGES.append(dict(
    id="wq-02", kind=K,
    title="赣州市人民政府办公室关于做好2025年春季森林防灭火工作的通知",
    authors=[],
    publish_time="2025-03-07",
    style="span",
    css="""
body{margin:0;font:14px/1.7 SimSun,serif;background:#eef3f8}
.head{height:120px;background:#c9302c;color:#fff;font-size:30px;padding:30px 60px;box-sizing:border-box}
.head small{display:block;font-size:13px}
.menu{background:#fff;border-bottom:3px solid #c9302c;padding:8px 60px}.menu a{margin-right:26px}
.wrap{width:1100px;margin:12px auto;background:#fff;padding:20px 40px}
.pos{color:#666;border-bottom:1px solid #eee;padding-bottom:6px}
table.xxgk{width:100%;border-collapse:collapse;margin:14px 0;background:#f7f9fc}
table.xxgk td{border:1px solid #d9e1ea;padding:6px 10px}
.dt{font-size:22px;color:#c00;text-align:center;margin:20px 0 6px}
.wh{text-align:center;color:#333}
.fj{margin-top:14px}.end{color:#999;text-align:center;font-size:12px;padding:20px}
""",
    tpl="""
<div class="head">赣州市人民政府<small>GANZHOU MUNICIPAL PEOPLE'S GOVERNMENT</small></div>
<div class="menu"><a>首页</a><a>政务公开</a><a>政务服务</a><a>政民互动</a><a>数据发布</a><a>走进赣州</a> <input type="text" placeholder="请输入关键词"> <button>搜索</button> <a>无障碍浏览</a> <a>关怀版</a></div>
<div class="wrap">
<div class="pos">您当前所在位置：<a>首页</a>&gt;<a>政务公开</a>&gt;<a>法定主动公开内容</a>&gt;<a>政府文件</a>&gt;<a>赣府办字</a></div>
<table class="xxgk">
<tr><td>索 引 号：</td><td>000014349/2025-0312876</td><td>主题分类：</td><td>农业、林业、水利</td></tr>
<tr><td>发布机构：</td><td>赣州市人民政府办公室</td><td>生成日期：</td><td>2025-03-05</td></tr>
<tr><td>名　　称：</td><td colspan="3">{T}</td></tr>
<tr><td>文　　号：</td><td>赣市府办字〔2025〕9号</td><td>发布日期：</td><td>2025-03-07</td></tr>
<tr><td>有 效 性：</td><td>有效</td><td>关 键 词：</td><td>森林防灭火</td></tr>
</table>
<div class="dt">{T}</div>
<div class="wh">赣市府办字〔2025〕9号</div>
<div class="zoom">
{BODY}
</div>
<div class="fj">附件：<a>2025年春季森林防灭火重点时段值班表.docx</a></div>
<p><a>【我要纠错】</a> <a>【打印】</a> <a>【关闭】</a></p>
<p>相关文件：<br><a>赣州市人民政府办公室关于印发赣州市森林火灾应急预案的通知</a><br><a>赣州市2024年冬春森林防火工作情况通报</a></p>
</div>
<div class="end">
<p>赣州市人民政府办公室主办　赣州市大数据发展管理局承办</p>
<p>网站标识码：3607000001　赣ICP备05004129号　赣公网安备 36070202000188号</p>
<p>联系电话：0797-8991234（工作日）</p>
</div>
""",
    blocks=[
        ("p", "各县（市、区）人民政府，赣州经开区、蓉江新区管委会，市政府各部门，市属、驻市各单位："),
        ("p", "当前我市已进入春季森林防灭火关键期，清明祭祀、春耕备耕野外用火增多，加之近期降水偏少、气温回升较快，森林火险等级持续偏高。为切实做好2025年春季森林防灭火工作，经市政府同意，现就有关事项通知如下："),
        ("h", "一、压紧压实防火责任"),
        ("p", "各地要严格落实森林防灭火行政首长负责制和林长制，县级领导包乡、乡级干部包村、村组干部包山头地块，层层签订责任书，确保每一片山林都有人管、有人巡、有人守。"),
        ("h", "二、严格管控野外火源"),
        ("p", "3月15日至4月30日为全市森林防火戒严期。戒严期内，严禁在林区及林缘500米范围内烧田埂草、烧秸秆、燃放烟花爆竹和祭祀用火。各地要在重点路口、进山入口设置检查站，对进山人员实行登记，收缴火种。"),
        ("h", "三、加强隐患排查整治"),
        ("p", "各地要组织力量对林区内的输配电线路、旅游景区、林区坟山、工矿企业等开展拉网式排查，建立问题清单，限期整改到位。电力部门要对林区线路通道进行清理，消除树线矛盾隐患。"),
        ("h", "四、做好扑救准备"),
        ("p", "各级专业、半专业扑火队伍要集中食宿、靠前驻防，实行24小时值班备勤。发生火情后，要坚持“打早、打小、打了”，严禁组织老弱病残、中小学生参与扑火，确保扑火人员安全。"),
        ("p", "附件：2025年春季森林防灭火重点时段值班表"),
        ("sign", "赣州市人民政府办公室"),
        ("sign", "2025年3月5日"),
        ("p", "（此件主动公开）"),
    ],
))

# wq-03 四川 绵阳 市水利局 政策解读 (2012-era table layout, 【字体：大 中 小】)
PAGES.append(dict(
    id="wq-03", kind=K,
    title="《绵阳市农村供水工程运行管理办法》政策解读",
    authors=[],
    publish_time="2025-03-12",
    style="u3000",
    css="""
body{margin:0;background:#e9eef2;font:12px/1.8 宋体,serif}
table.main{width:980px;margin:0 auto;background:#fff}
.logo{background:#0d6fa8;color:#fff;font-size:24px;height:90px;padding-left:30px}
.nav td{background:#0a5a89;color:#fff;text-align:center;height:30px}
.t{font-size:20px;font-weight:bold;text-align:center;color:#0a4a7a;padding:18px 0 8px}
.m{text-align:center;color:#666;border-bottom:1px solid #ccc}
.c{padding:10px 30px;font-size:14px}
.left td{border-bottom:1px dotted #ccc;height:24px}
.bt{background:#0a5a89;color:#fff;text-align:center;padding:10px}
""",
    tpl="""
<table class="main" cellpadding="0" cellspacing="0">
<tr><td class="logo" colspan="2">绵阳市水利局　<font size="2">MIANYANG WATER RESOURCES BUREAU</font></td></tr>
<tr><td colspan="2"><table width="100%" class="nav"><tr><td>首页</td><td>机构概况</td><td>水利要闻</td><td>通知公告</td><td>政策法规</td><td>政策解读</td><td>水旱灾害防御</td><td>办事指南</td><td>局长信箱</td></tr></table></td></tr>
<tr>
<td width="220" valign="top">
<table width="100%" class="left">
<tr><td><b>政策解读</b></td></tr>
<tr><td>· 文字解读</td></tr><tr><td>· 图片解读</td></tr><tr><td>· 视频解读</td></tr>
<tr><td><b>热点推荐</b></td></tr>
<tr><td>· 全市河湖“清四乱”工作推进会召开</td></tr>
<tr><td>· 2025年度水利建设投资计划下达</td></tr>
</table>
</td>
<td valign="top">
<div style="padding:6px;color:#666">当前位置：首页 &gt;&gt; 政策解读 &gt;&gt; 文字解读</div>
<div class="t">{T}</div>
<div class="m">日期：2025-03-12　　来源：市水利局农村水利水电科　　【字体：<a>大</a> <a>中</a> <a>小</a>】　　<a>【打印】</a>　<a>【关闭】</a></div>
<div class="c">
{BODY}
</div>
<div style="padding:0 30px;color:#666">相关链接：<a>绵阳市人民政府关于印发《绵阳市农村供水工程运行管理办法》的通知</a></div>
</td></tr>
<tr><td colspan="2" class="bt">版权所有：绵阳市水利局　地址：绵阳市涪城区临园路中段118号　邮编：621000<br>
电话：0816-2212345　蜀ICP备12003318号-2　网站标识码：5107000023<br>技术支持：绵阳科讯网络有限公司　建议使用1024×768分辨率浏览</td></tr>
</table>
""",
    blocks=[
        ("h", "一、制定背景"),
        ("p", "近年来，我市农村供水保障水平明显提升，全市农村自来水普及率达到91.6%。但部分工程仍存在管护主体不明确、水费收缴难、维修资金不足等问题。为规范农村供水工程运行管理，保障农村居民饮水安全，市水利局牵头起草了《绵阳市农村供水工程运行管理办法》（以下简称《办法》），经市政府常务会议审议通过，于2025年3月1日起施行。"),
        ("h", "二、主要内容"),
        ("p", "《办法》共六章三十二条，包括总则、工程管护、水质保障、水价与水费、应急管理和附则。"),
        ("li", ["（一）明确管护责任。千吨万人以上工程由县级水务公司统一管理，其他集中供水工程由乡镇落实管护主体，分散供水工程由受益农户自行管护，乡镇进行指导。",
                "（二）强化水质保障。供水单位应当配备消毒设备，按规定开展水质自检，县级卫生健康部门每年至少开展两次水质抽检。",
                "（三）推行计量收费。农村供水逐步实行“基本水价+计量水价”，水费收入专项用于工程运行维护。"]),
        ("h", "三、群众关心的问题"),
        ("p", "问：家里自来水出现浑浊、停水怎么办？"),
        ("p", "答：可拨打所在县（市、区）农村供水服务热线或12345政务服务便民热线反映，供水单位应在24小时内响应处理，一般故障48小时内修复。"),
        ("p", "问：收取的水费是否合理？"),
        ("p", "答：农村供水价格由县级价格主管部门会同水行政主管部门按照补偿成本、公平负担的原则核定，并向社会公布，不得擅自提高收费标准。"),
    ],
))

# wq-04 宁夏 吴忠 利通区 领导活动 (card design 2021, info bar above headline, byline line below)
PAGES.append(dict(
    id="wq-04", kind=K,
    title="马永军调研春耕备耕和高标准农田建设工作",
    authors=["丁洁", "海燕"],
    publish_time="2025年03月13日 17:26",
    style="p",
    css="""
body{margin:0;font:15px/1.9 "PingFang SC",sans-serif;background:#fafafa}
header{background:linear-gradient(#a6121b,#7d0d14);color:#fff;padding:20px 80px}
header .s{float:right;font-size:13px}
nav{background:#fff;box-shadow:0 1px 3px #ccc;padding:0 80px}nav a{display:inline-block;padding:12px 16px}
main{width:900px;margin:20px auto;background:#fff;padding:30px}
.info{color:#999;font-size:13px}.info span{margin-right:20px}
h1{font-size:26px;margin:10px 0 20px}
.author{color:#a6121b}
.share{margin-top:30px;color:#666}
.xg li{list-style:none;border-bottom:1px solid #eee;padding:4px 0}
footer{background:#333;color:#aaa;font-size:12px;padding:20px 80px}
""",
    tpl="""
<header><span class="s"><a>长者模式</a> | <a>无障碍</a> | <a>政务微博</a> | <a>政务微信</a></span><b style="font-size:28px">吴忠市利通区人民政府</b></header>
<nav><a>首页</a><a>利通概况</a><a>新闻资讯</a><a>信息公开</a><a>政务服务</a><a>互动交流</a></nav>
<main>
<div class="crumb">首页 / 新闻资讯 / 领导活动</div>
<div class="info"><span>2025年03月13日 17:26</span><span>来源：利通区融媒体中心</span><span>阅读：1203</span></div>
<h1>{T}</h1>
<div class="article">
{BODY}
</div>
<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a> {QR}<span>扫一扫在手机打开当前页</span></div>
<h4>相关新闻</h4>
<ul class="xg"><li>区政府召开第41次常务会议 2025-03-10</li><li>利通区召开2025年农业农村工作会议 2025-03-04</li><li>马永军带队督查安全生产工作 2025-02-26</li></ul>
</main>
<footer>主办单位：吴忠市利通区人民政府办公室　技术支持：利通区融媒体中心<br>宁ICP备11000562号　宁公网安备 64030202000109号　网站标识码：6403020001<br>{DZ}</footer>
""".replace("{QR}", img("二维码")).replace("{DZ}", img("党政机关")),
    blocks=[
        ("x", '<p class="author">记者 丁  洁 通讯员 海  燕</p>'),
        ("p", "3月13日，区委副书记、区长马永军深入金积镇、扁担沟镇等地，调研春耕备耕和高标准农田建设工作。"),
        ("p", "在金积镇农资经营门店，马永军详细了解化肥、种子、农药的储备、价格和质量情况，要求市场监管、农业农村部门加强农资市场监管，严厉打击假冒伪劣农资，确保农民用上放心种、放心肥。"),
        ("img", "高标准农田项目现场", "图为调研现场。"),
        ("p", "在扁担沟镇2025年高标准农田建设项目区，马永军查看土地平整、渠系配套和滴灌设施建设进度，听取项目实施情况汇报。项目计划新建和改造高标准农田2.3万亩，目前已完成土地平整1.1万亩。"),
        ("p", "马永军强调，高标准农田建设是夯实粮食安全根基的重要举措，各相关部门和乡镇要抢抓春季施工黄金期，倒排工期、挂图作战，严把工程质量关，确保项目在春灌前具备通水条件。要统筹抓好春耕生产，加强农技指导服务，组织农机手提前检修机具，全力以赴夺取全年粮食丰收。"),
        ("p", "区政府办、区农业农村局、区自然资源局等部门负责同志参加调研。"),
        ("x", '<p style="color:#999">编辑：纳  静　审核：杨  帆</p>'),
    ],
))

# wq-05 安徽 乡镇 公示 (table, 2016 table-layout town site, seconds)
PAGES.append(dict(
    id="wq-05", kind=K,
    title="关于2025年度农村低收入群体等重点对象危房改造拟补助对象的公示",
    authors=[],
    publish_time="2025-03-10 09:15:33",
    style="p",
    css="""
body{font-size:13px;font-family:宋体;margin:0}
#top{width:1002px;margin:0 auto;height:110px;background:#2e7d32;color:#ffe;font-size:28px;line-height:110px;text-indent:30px}
#menu{width:1002px;margin:0 auto;background:#1b5e20}#menu a{color:#fff;padding:0 14px;line-height:34px}
#con{width:1002px;margin:0 auto;border:1px solid #cfd8cf}
.bt{font-size:18px;color:#1b5e20;text-align:center;font-weight:bold;padding-top:20px}
.sx{text-align:center;background:#f1f5f1;color:#555;margin:10px 30px}
#zoom{padding:0 40px;line-height:2}
table.gs{border-collapse:collapse;margin:0 auto}table.gs td,table.gs th{border:1px solid #777;padding:3px 10px}
#copy{width:1002px;margin:0 auto;text-align:center;color:#666;border-top:3px solid #1b5e20;padding:10px 0}
""",
    tpl="""
<div id="top">太湖县寺前镇人民政府</div>
<div id="menu"><a>网站首页</a><a>镇情概况</a><a>政务公开</a><a>乡村振兴</a><a>公示公告</a><a>便民服务</a><a>镇长信箱</a></div>
<div id="con">
<table width="100%"><tr><td>您现在的位置：<a>首页</a> → <a>信息公开</a> → <a>公示公告</a></td><td align="right">{SRCH}</td></tr></table>
<div class="bt">{T}</div>
<div class="sx">发布者：寺前镇　发布时间：2025-03-10 09:15:33　点击数：217　<a>[打印]</a> <a>[收藏]</a></div>
<div id="zoom">
{BODY}
</div>
<div style="padding:10px 40px">上一条：<a>寺前镇2025年第一季度城乡居民医疗救助名单公示</a><br>下一条：<a>寺前镇关于开展春季动物防疫工作的通知</a></div>
</div>
<div id="copy">Copyright © 2016-2025 太湖县寺前镇人民政府 版权所有<br>地址：太湖县寺前镇中心街36号　电话：0556-4612208<br>皖ICP备05003817号　网站标识码：3408250041</div>
""".replace("{SRCH}", '<input type="text" value="" placeholder="站内搜索"> <input type="submit" value="搜索">'),
    blocks=[
        ("p", "根据《安徽省农村低收入群体等重点对象住房安全保障工作实施方案》要求，经农户申请、村级评议、镇级审核和房屋安全鉴定，现将2025年度农村危房改造拟补助对象予以公示："),
        ("table", [["序号", "村名", "户主姓名", "家庭类型", "改造方式", "拟补助金额（元）"],
                   ["1", "河口村", "汪**", "低保户", "修缮加固", "15000"],
                   ["2", "河口村", "储**", "分散供养特困人员", "拆除重建", "35000"],
                   ["3", "花园村", "刘**", "防止返贫监测对象", "修缮加固", "15000"],
                   ["4", "罗溪村", "徐**", "低保边缘家庭", "修缮加固", "12000"],
                   ["5", "佛图村", "朱**", "低保户", "拆除重建", "35000"]], "gs"),
        ("p", "公示时间：2025年3月10日至2025年3月16日（共7天）。"),
        ("p", "公示期间，如对公示对象有异议，可通过来信、来电或来访等方式向镇村建办反映。反映情况要实事求是，以真实姓名反映的，我们将对反映人信息予以保密。"),
        ("p", "联系电话：0556-4612215　　监督电话：0556-4612200"),
        ("sign", "太湖县寺前镇人民政府"),
        ("sign", "2025年3月10日"),
    ],
))

# wq-06 四川 南充 顺庆区 街道 社区 news (2024 minimal design, 文/图 byline, slashed date)
PAGES.append(dict(
    id="wq-06", kind=K,
    title="北城街道舞凤社区“邻里互助站”正式揭牌",
    authors=["李思远"],
    publish_time="2025/03/12",
    style="p",
    css="""
*{box-sizing:border-box}body{margin:0;font:16px/1.85 system-ui,sans-serif;color:#222}
.hd{display:flex;align-items:center;gap:20px;padding:14px 6%;border-bottom:4px solid #d22}
.hd b{font-size:22px}.hd .links{margin-left:auto;font-size:13px}
.nv{padding:8px 6%;background:#fdf3f3}.nv a{margin-right:22px}
.page{display:grid;grid-template-columns:1fr 280px;gap:40px;padding:20px 6%}
.title{font-size:28px;line-height:1.4;margin:0}
.sub{color:#777;font-size:14px;margin:10px 0 20px;display:flex;gap:24px}
aside h5{border-left:4px solid #d22;padding-left:8px}
aside p{font-size:14px;margin:6px 0}
.ft{background:#222;color:#999;font-size:13px;padding:24px 6%}
""",
    tpl="""
<div class="hd"><b>南充市顺庆区北城街道办事处</b><span class="links"><a>无障碍</a> · <a>关怀模式</a> · <a>繁體</a></span></div>
<div class="nv"><a>首页</a><a>街道概况</a><a>工作动态</a><a>社区风采</a><a>党建引领</a><a>便民服务</a></div>
<div class="page">
<article>
<div style="color:#999;font-size:13px">当前位置：首页 &gt; 社区风采 &gt; 正文</div>
<h2 class="title">{T}</h2>
<div class="sub"><span>2025/03/12</span><span>北城街道</span><span><a>分享</a></span></div>
{BODY}
<p style="color:#999;font-size:13px">编审：赵  雪</p>
</article>
<aside>
<h5>社区风采</h5>
<p>大东街社区开展消防安全演练</p><p>模范街社区举办“三八”节插花活动</p><p>舞凤社区：“红色物业”让小区更有温度</p>
<h5>办事指南</h5><p>居住证办理</p><p>高龄津贴申领</p>
{QR}<p>扫码关注“北城发布”</p>
</aside>
</div>
<div class="ft">版权所有：南充市顺庆区北城街道办事处　地址：顺庆区人民中路215号<br>蜀ICP备2021003456号-3　川公网安备 51130202000214号</div>
""".replace("{QR}", img("北城发布二维码")),
    blocks=[
        ("x", '<p style="color:#555">文/图 李思远</p>'),
        ("p", "3月11日上午，北城街道舞凤社区“邻里互助站”在社区党群服务中心正式揭牌。街道党工委、社区“两委”成员、辖区共建单位和居民志愿者代表共60余人参加揭牌仪式。"),
        ("p", "舞凤社区共有居民4300余户，其中独居、空巢老人210余人。去年以来，社区通过入户走访和问卷调查，梳理出“代买代办”“上门理发”“小家电维修”等群众需求清单46项，并据此招募了由退休教师、医生、电工等组成的首批62名志愿者。"),
        ("img", "揭牌仪式现场", "揭牌仪式现场"),
        ("p", "“以前家里灯泡坏了都要等儿子周末回来换，现在在群里说一声，志愿者当天就来了。”78岁的居民杨大爷说。"),
        ("p", "据介绍，互助站实行“积分制”管理，志愿者每服务一小时积1分，积分可在社区“爱心超市”兑换生活用品，也可存入“时间银行”，将来兑换他人提供的服务。"),
        ("p", "社区党委书记罗建华表示，下一步将把互助站与小区网格、楼栋长队伍结合起来，让邻里之间“有事互相帮、困难一起扛”，把服务送到群众家门口。"),
    ],
))

# wq-07 宁夏 银川 市政府 讲话 (2019 portal, date line under title, speaker)
PAGES.append(dict(
    id="wq-07", kind=K,
    title="在全市优化营商环境工作推进会上的讲话",
    title_html="在全市优化营商环境工作推进会上的讲话",
    authors=["张立群"],
    publish_time="2025-03-10 11:05",
    style="indent",
    css="""
body{margin:0;font:14px/2 "Microsoft YaHei";background:#f4f4f4}
.t1{background:#fff;padding:4px 120px;font-size:12px;color:#666;text-align:right}
.logo{background:#b71c1c;height:140px;color:#fff;font:bold 34px/140px serif;padding-left:120px}
.mn{background:#8e1414;padding:0 120px}.mn a{color:#fff;display:inline-block;padding:0 22px;line-height:44px}
.box{width:1040px;margin:16px auto;background:#fff;padding:24px 50px}
.tt{text-align:center;font-size:24px;font-weight:bold}
.tt2{text-align:center;font-size:18px}
.dd{text-align:center;color:#444;font-family:楷体}
.xx{border-top:1px solid #ddd;border-bottom:1px solid #ddd;color:#888;font-size:12px;text-align:center;margin:12px 0}
.fot{text-align:center;color:#666;font-size:12px;padding:20px}
""",
    tpl="""
<div class="t1"><a>手机版</a> | <a>无障碍</a> | <a>长者版</a> | <a>English</a></div>
<div class="logo">银川市人民政府</div>
<div class="mn"><a>首页</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>数据开放</a><a>魅力银川</a></div>
<div class="box">
<div>当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>领导讲话</a></div>
<div class="xx">发布日期：2025-03-10 11:05　　信息来源：市政府办公室　　访问量：2341　　【<a>打印</a>】【<a>关闭</a>】</div>
<div class="tt">{T}</div>
<div class="tt2">张立群</div>
<div class="dd">（2025年3月6日）</div>
<div id="content">
{BODY}
</div>
</div>
<div class="fot">主办：银川市人民政府办公室　承办：银川市信息化建设办公室<br>网站标识码：6401000004　宁ICP备05001205号-1　宁公网安备 64010402000078号<br>联系我们：0951-6888123</div>
""",
    blocks=[
        ("p", "同志们："),
        ("p", "今天召开这次会议，主要任务是总结去年全市优化营商环境工作，安排部署今年重点任务。刚才，市发展改革委通报了2024年营商环境评价情况，三个区和两个部门作了交流发言，讲得都很好，我都同意。下面，我再讲三点意见。"),
        ("h", "一、正视差距，切实增强优化营商环境的紧迫感"),
        ("p", "过去一年，全市新增经营主体4.6万户，企业开办时间压缩至1个工作日以内，“高效办成一件事”重点事项实现全覆盖。但也要清醒看到，与先进地区相比，我们在政策兑现速度、涉企检查频次、融资成本等方面还有不小差距，企业和群众的一些“急难愁盼”问题还没有得到很好解决。"),
        ("h", "二、突出重点，全力推动各项任务落地见效"),
        ("p", "一要在政务服务上再提速。今年要推动更多事项“一网通办”“跨省通办”，实现企业常办事项“免申即享”。二要在要素保障上再加力。围绕用地、用能、融资等关键环节，建立问题清单，实行销号管理。三要在法治保障上再加强。规范涉企行政检查，坚决杜绝随意检查、重复检查，让企业安心经营。"),
        ("h", "三、压实责任，形成优化营商环境的强大合力"),
        ("p", "各区、各部门主要负责同志要亲自抓、负总责，把优化营商环境作为“一把手”工程。市督查室要加强跟踪问效，对工作不力、企业反映强烈的问题，要严肃追责问责。"),
        ("p", "同志们，营商环境没有最好，只有更好。让我们以更加务实的作风、更加有力的举措，为全市经济社会高质量发展营造一流环境！"),
    ],
))

# wq-08 安徽 省市场监管局 通报 (2022 provincial department, sidebar tabs, table, 文号)
PAGES.append(dict(
    id="wq-08", kind=K,
    title="安徽省市场监督管理局关于2025年第一批食品安全监督抽检不合格情况的通报",
    authors=[],
    publish_time="2025年03月12日",
    style="p",
    css="""
body{margin:0;font:15px/1.8 "Microsoft YaHei";color:#333}
.g-top{background:#004a97;color:#fff;padding:26px 10%;font-size:26px}
.g-top em{font-style:normal;font-size:13px;float:right}
.g-nav{background:#003b78;padding:0 10%}.g-nav span{color:#fff;display:inline-block;padding:10px 20px}
.g-main{margin:0 10%;padding:20px 0}
.wzy-tit{font-size:22px;font-weight:bold;text-align:center;color:#004a97}
.wzy-fbt{display:flex;justify-content:center;gap:30px;color:#999;font-size:13px;margin:12px 0 20px}
.wh{text-align:center}
.g-foot{background:#f3f3f3;padding:20px 10%;font-size:13px;color:#777}
table.cj{border-collapse:collapse;width:100%;font-size:13px}table.cj td,table.cj th{border:1px solid #999;padding:4px}
""",
    tpl="""
<div class="g-top">安徽省市场监督管理局<em><a>无障碍</a>　<a>长者模式</a>　<a>简</a>/<a>繁</a></em></div>
<div class="g-nav"><span>首页</span><span>机构概况</span><span>政务公开</span><span>政务服务</span><span>互动交流</span><span>专题专栏</span></div>
<div class="g-main">
<p>当前位置： <a>首页</a> &gt; <a>政务公开</a> &gt; <a>抽检信息</a> &gt; 正文</p>
<div class="wzy-tit">{T}</div>
<div class="wzy-fbt"><span>发布时间：2025年03月12日</span><span>来源：食品安全抽检监测处</span><span>字号：<a>大</a> <a>中</a> <a>小</a></span><span><a>打印</a></span></div>
<p class="wh">皖市监函〔2025〕31号</p>
<div class="j-fontContent">
{BODY}
</div>
<p>分享到：<a>微信</a> <a>微博</a> <a>QQ</a></p>
<p>扫一扫在手机打开当前页 {QR}</p>
</div>
<div class="g-foot"><a>关于我们</a> | <a>网站地图</a> | <a>联系方式</a><br>主办单位：安徽省市场监督管理局　地址：合肥市包河区东流路  ○号<br>皖ICP备07500148号-1　皖公网安备 34010402702123号　网站标识码：3400000041</div>
""".replace("{QR}", img("二维码")),
    blocks=[
        ("p", "各市市场监督管理局："),
        ("p", "近期，省局组织对粮食加工品、食用油、肉制品、饮料、餐饮食品等12类食品开展监督抽检，共抽检样品1386批次，检出不合格样品17批次，总体合格率98.77%。现将部分不合格情况通报如下："),
        ("table", [["序号", "标称生产企业", "被抽样单位所在地", "食品名称", "不合格项目"],
                   ["1", "某县鑫旺粮油加工厂", "阜阳市", "菜籽油", "酸价"],
                   ["2", "某食品有限公司", "六安市", "卤牛肉", "菌落总数"],
                   ["3", "（散装）", "宿州市", "油条", "铝的残留量"],
                   ["4", "某饮品有限公司", "安庆市", "饮用纯净水", "铜绿假单胞菌"]], "cj"),
        ("p", "对抽检中发现的不合格食品，相关市市场监管部门要立即组织核查处置，依法查处违法行为，督促生产经营者查清产品流向，采取下架、召回等措施控制风险，并于30日内将核查处置情况报送省局。"),
        ("p", "请消费者不要购买和食用上述不合格批次产品。如发现食品安全问题，可拨打12315投诉举报。"),
        ("p", "附件：2025年第一批食品安全监督抽检不合格产品信息"),
        ("sign", "安徽省市场监督管理局"),
        ("sign", "2025年3月11日"),
    ],
))

# wq-09 江西 九江 县政府 批复 (old 2011 portal, frames look, font tags)
PAGES.append(dict(
    id="wq-09", kind=K,
    title="修水县人民政府关于同意设立义宁镇凤凰山社区居民委员会的批复",
    authors=[],
    publish_time="2025-03-05",
    style="br",
    css="""
body{margin:0;font-size:12px;font-family:宋体;background:url() #dfe7ef}
.w{width:960px;margin:0 auto;background:#fff}
.ban{height:150px;background:#2a6db0;color:#fff;font-size:32px;text-align:center;line-height:150px}
.daoh{background:#e6eef7;border-bottom:1px solid #9bb}.daoh a{padding:0 9px;line-height:28px}
.tit{font-size:18px;color:#c00;text-align:center;font-weight:bold;padding-top:22px}
.xinxi{text-align:center;color:#555;padding:8px 0;border-bottom:1px dashed #ccc;margin:0 20px}
.zw{padding:16px 40px;font-size:14px;line-height:28px}
.bq{background:#2a6db0;color:#fff;text-align:center;padding:10px;line-height:22px}
""",
    tpl="""
<div class="w">
<div class="ban">修水县人民政府门户网站</div>
<div class="daoh"><a>首页</a>|<a>修水概况</a>|<a>政务公开</a>|<a>县长信箱</a>|<a>网上办事</a>|<a>招商引资</a>|<a>旅游修水</a>|<a>在线访谈</a>　　今天是2025年3月14日</div>
<table width="100%"><tr><td width="70%">您所在的位置：首页 &gt;&gt; 政务公开 &gt;&gt; 政府文件 &gt;&gt; 修府字</td><td><font color="#999">【<a>字体：大</a> <a>中</a> <a>小</a>】</font></td></tr></table>
<div class="tit">{T}</div>
<div class="xinxi">作者：　　来源：县政府办　　发布时间：2025-03-05　　浏览：<font color="red">96</font>次</div>
<div class="zw">
<center>修府字〔2025〕14号</center><br>
{BODY}
</div>
<p align="center"><a>【打印此页】</a>　<a>【关闭窗口】</a>　<a>【返回顶部】</a></p>
<div class="bq">版权所有：修水县人民政府办公室　赣ICP备09002111号　网站标识码：3604240001<br>地址：修水县义宁镇良塘新区行政中心　电话：0792-7221234　邮编：332400</div>
</div>
""",
    blocks=[
        ("p", "义宁镇人民政府："),
        ("p", "你镇《关于申请设立凤凰山社区居民委员会的请示》（义府字〔2025〕6号）收悉。经县政府研究，现批复如下："),
        ("li", ["一、同意设立义宁镇凤凰山社区居民委员会。社区居委会驻地设在凤凰山路88号。",
                "二、凤凰山社区管辖范围：东至凤凰山路，南至修河北岸，西至良塘大道，北至杭瑞高速连接线，辖区面积约1.2平方公里。",
                "三、凤凰山社区居委会成立后，原属桃坪村管辖的凤凰山安置小区、锦绣花园小区划归该社区管理。"]),
        ("p", "请你镇按照《中华人民共和国城市居民委员会组织法》的有关规定，依法做好社区居委会选举和组织建设等工作，妥善处理好资产划转、人员安置等相关事宜，确保社会稳定。县民政局要加强业务指导，县直有关部门要按照职责分工给予支持。"),
        ("p", "此复。"),
        ("sign", "修水县人民政府"),
        ("sign", "2025年3月4日"),
    ],
))

# wq-10 四川 德阳 市司法局 公告 征求意见 (2025 design, info above headline, tags)
PAGES.append(dict(
    id="wq-10", kind=K,
    title="关于公开征求《德阳市养犬管理规定（征求意见稿）》意见的公告",
    authors=[],
    publish_time="2025-03-13 15:00",
    style="p",
    css="""
:root{--c:#0b57d0}body{margin:0;font:16px/1.9 "HarmonyOS Sans SC",sans-serif;background:#f6f8fb;color:#1f2328}
.bar{display:flex;justify-content:space-between;padding:6px 8%;font-size:13px;background:#fff}
.hero{background:var(--c);color:#fff;padding:30px 8%}.hero h2{margin:0;font-size:26px}
.tabs{background:#fff;padding:0 8%;border-bottom:1px solid #e3e6eb}.tabs a{display:inline-block;padding:14px 18px}
.card{max-width:920px;margin:28px auto;background:#fff;border-radius:10px;padding:36px 48px}
.chips span{display:inline-block;background:#eef3fe;color:var(--c);border-radius:12px;padding:0 10px;font-size:12px;margin-right:6px}
.metaline{color:#6a737d;font-size:14px;margin:8px 0}
h1.ttl{font-size:26px;line-height:1.45}
.ops{border-top:1px solid #eee;margin-top:30px;padding-top:12px;font-size:14px;color:#666}
.bottom{background:#1f2328;color:#aaa;font-size:13px;padding:28px 8%;display:grid;grid-template-columns:1fr 1fr}
""",
    tpl="""
<div class="bar"><span>德阳市人民政府　|　德阳市司法局</span><span><a>无障碍</a>　<a>长辈版</a>　<a>繁体版</a>　<a>登录</a>　<a>注册</a></span></div>
<div class="hero"><h2>德阳市司法局</h2><p>Deyang Municipal Bureau of Justice</p></div>
<div class="tabs"><a>首页</a><a>司法动态</a><a>法治建设</a><a>公共法律服务</a><a>立法工作</a><a>信息公开</a></div>
<div class="card">
<div class="crumbs">首页 / 立法工作 / 征求意见 / 正文</div>
<div class="chips"><span>立法征求意见</span><span>进行中</span></div>
<div class="metaline">2025-03-13 15:00 ｜ 德阳市司法局 ｜ 阅读 812</div>
<h1 class="ttl">{T}</h1>
{BODY}
<div class="ops"><a>分享</a>　<a>收藏</a>　<a>打印</a>　<a>纠错</a><br>上一篇：<a>德阳市司法局2024年法治政府建设年度报告</a><br>下一篇：<a>德阳市开展“法律明白人”培训工作</a></div>
</div>
<div class="bottom"><div>主办：德阳市司法局<br>地址：德阳市旌阳区珠江西路168号<br>联系电话：0838-2512118</div><div>蜀ICP备13001756号-1<br>川公网安备 51060302000099号<br>网站标识码：5106000017</div></div>
""",
    blocks=[
        ("p", "为进一步规范养犬行为，保障公民健康和人身安全，维护市容环境和社会公共秩序，市司法局会同市公安局起草了《德阳市养犬管理规定（征求意见稿）》。为增强立法的公开性和透明度，提高立法质量，现向社会公开征求意见。"),
        ("p", "公众可以通过以下途径和方式提出意见："),
        ("li", ["1.通过电子邮件发送至dyfzk_demo@163.com，邮件主题请注明“养犬管理规定意见”。",
                "2.通过信函寄至德阳市旌阳区珠江西路168号德阳市司法局立法科，邮编618000，并在信封上注明“养犬管理规定意见”字样。",
                "3.通过电话反映意见，联系电话：0838-2512135。"]),
        ("p", "意见反馈截止时间为2025年4月12日。"),
        ("p", "附件：德阳市养犬管理规定（征求意见稿）"),
        ("sign", "德阳市司法局"),
        ("sign", "2025年3月13日"),
    ],
))

# wq-11 四川 凉山州 昭觉县 政府 news, 彝族 names with middle dot, photo captions
PAGES.append(dict(
    id="wq-11", kind=K,
    title="昭觉县举办2025年“春风行动”暨就业援助月专场招聘会",
    authors=["吉克·阿依", "曲比拉且"],
    publish_time="2025-03-09 10:31",
    style="p",
    css="""
body{margin:0;font:15px/1.8 "Microsoft YaHei";background:#fff8ee}
.tp{background:#7b2b12;color:#fce6c7;padding:10px 60px;font-size:13px}
.bn{background:#a33a17;padding:24px 60px;color:#fff;font-size:30px;letter-spacing:4px}
.nv2 a{display:inline-block;padding:10px 20px;background:#fff;border-right:1px solid #eee}
.lay{width:1060px;margin:20px auto;display:flex;gap:20px}
.lft{flex:1;background:#fff;padding:24px 36px}
.rgt{width:260px;background:#fff;padding:14px}
.atitle{font-size:24px;text-align:center;color:#7b2b12}
.ainfo{text-align:center;font-size:13px;color:#999;margin-bottom:16px}
.pic-note{color:#7b2b12;font-size:13px}
.ft{background:#7b2b12;color:#fce6c7;text-align:center;font-size:12px;padding:14px}
""",
    tpl="""
<div class="tp">欢迎访问昭觉县人民政府网站　　<a>无障碍阅读</a>　<a>适老化模式</a>　<a>彝文版</a></div>
<div class="bn">昭觉县人民政府</div>
<div class="nv2"><a>首页</a><a>走进昭觉</a><a>政务公开</a><a>政务服务</a><a>乡村振兴</a><a>互动交流</a></div>
<div class="lay">
<div class="lft">
<div>当前位置：<a>首页</a>&gt;<a>政务公开</a>&gt;<a>部门动态</a></div>
<div class="atitle">{T}</div>
<div class="ainfo">2025-03-09 10:31　县人力资源和社会保障局　浏览量：<span>455</span>　<a>【大】</a><a>【中】</a><a>【小】</a></div>
{BODY}
<p>【<a>打印本页</a>】　【<a>关闭窗口</a>】</p>
</div>
<div class="rgt"><b>部门动态</b><p>县农业农村局开展春耕技术培训</p><p>县卫健局启动“健康进彝寨”义诊</p><p>县教体局召开春季开学安全工作会</p>{QR}<p>昭觉发布</p></div>
</div>
<div class="ft">主办单位：昭觉县人民政府办公室　承办单位：昭觉县融媒体中心<br>蜀ICP备05011988号　川公网安备 51343102000020号　网站标识码：5134310001</div>
""".replace("{QR}", img("昭觉发布二维码")),
    blocks=[
        ("p", "3月8日，由县人力资源和社会保障局主办的2025年“春风行动”暨就业援助月专场招聘会在县城文化广场举行。"),
        ("p", "本次招聘会共吸引县内外52家企业参会，涵盖建筑、制造、餐饮、家政、物流等行业，提供就业岗位2100余个，其中月薪5000元以上的岗位占四成。现场还设置了政策咨询、技能培训报名、劳务输出登记等服务台，为求职者提供“一站式”服务。"),
        ("img", "招聘会现场", "▲招聘会现场人头攒动", "pic-note"),
        ("p", "“我以前在工地干过，今年想学门手艺。”来自四开乡的村民阿尔木呷在电焊工培训报名处登记了信息。他说，县里组织的培训不要钱，学成了还推荐工作。"),
        ("p", "据统计，当天招聘会共接待求职群众3600余人次，初步达成就业意向870人，现场登记劳务输出人员420人。县人社局相关负责人介绍，今年全县将组织各类招聘活动30场以上，确保农村劳动力转移就业规模稳定在9万人以上。"),
        ("img", "求职者咨询岗位信息", "▲求职者咨询岗位信息", "pic-note"),
        ("x", '<p style="text-align:right">通讯员：吉克·阿依　曲比拉且</p><p style="text-align:right;color:#999">责任编辑：沙马伍呷　审核：刘  洋</p>'),
    ],
))

# wq-12 江西 南昌 新建区 人社局 news (2018 two-column, closing （张三 李四）)
PAGES.append(dict(
    id="wq-12", kind=K,
    title="区人社局召开2025年度人社工作部署会",
    authors=["熊文", "涂晓琴"],
    publish_time="2025年3月13日 10:20",
    style="u3000",
    css="""
body{margin:0;font:14px/1.9 "Microsoft YaHei";color:#333;background:#eef2f5}
#hd{background:#fff;height:100px;border-bottom:5px solid #1467b3;padding:0 100px}
#hd h1{color:#1467b3;line-height:100px;margin:0;font-size:28px}
#nav{background:#1467b3;padding:0 100px}#nav li{display:inline-block;color:#fff;padding:10px 18px;list-style:none}
#wrap{width:1000px;margin:20px auto;background:#fff;padding:30px}
.article-title{font-size:22px;text-align:center}
.article-info{font-size:12px;color:#999;text-align:center;background:#f7f7f7;padding:6px}
#ft{background:#2b2b2b;color:#999;text-align:center;padding:16px;font-size:12px}
""",
    tpl="""
<div id="hd"><h1>南昌市新建区人民政府</h1></div>
<ul id="nav"><li>首页</li><li>新建概况</li><li>政务公开</li><li>政务服务</li><li>政民互动</li><li>专题专栏</li><li><a>无障碍</a></li></ul>
<div id="wrap">
<div>当前位置：首页 &gt; 政务公开 &gt; 部门信息 &gt; 区人社局</div>
<h2 class="article-title">{T}</h2>
<div class="article-info">信息来源：区人社局 | 发布时间：2025年3月13日 10:20 | 浏览次数：148 | 字体：[<a>大</a> <a>中</a> <a>小</a>] | <a>打印</a></div>
{BODY}
<p style="text-align:right">审核：万  军</p>
<div style="border-top:1px solid #eee;margin-top:16px">相关阅读：<br>· <a>新建区2025年第一季度就业形势分析</a><br>· <a>区人社局开展根治欠薪冬季专项行动</a></div>
</div>
<div id="ft">新建区人民政府办公室主办　新建区大数据中心承办<br>赣ICP备16001235号-1　赣公网安备36012202000132号　网站标识码：3601220033<br>（建议使用1366*768以上分辨率浏览）</div>
""",
    blocks=[
        ("p", "3月12日下午，区人社局召开2025年度人社工作部署会，总结回顾2024年工作，分析当前形势，部署今年重点任务。局党组书记、局长付建国出席会议并讲话。"),
        ("p", "会议指出，2024年全区城镇新增就业8612人，发放创业担保贷款2.1亿元，城乡居民养老保险参保率稳定在96%以上，全年为1100余名农民工追回工资报酬1960万元，各项工作取得积极成效。"),
        ("p", "会议要求，今年要重点抓好四方面工作："),
        ("li", ["一是稳就业，深入实施高校毕业生就业创业促进计划，开展“家门口”就业服务站建设；",
                "二是强社保，扎实推进全民参保计划，推动新就业形态人员职业伤害保障扩面；",
                "三是优人才，围绕全区主导产业开展职业技能等级认定，全年新增技能人才3000人以上；",
                "四是护权益，持续开展根治欠薪专项行动，确保欠薪案件动态清零。"]),
        ("p", "会上，各科室、二级单位负责人签订了2025年度目标责任书。（熊文 涂晓琴）"),
    ],
))
