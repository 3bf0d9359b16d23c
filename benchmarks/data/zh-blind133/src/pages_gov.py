from build import P, H, UL, OL, TABLE, IMG, X
PAGES = []
def add(**k): PAGES.append(dict(kind="government", lang="zh", **k))

# ud-01 安徽 县政府 news, 2010s table layout
add(id="ud-01", title="桐溪县召开2025年春季农业生产调度会", authors=["汪晓东"], publish_time="2025-03-18 09:12:36",
css="body{font:12px SimSun}table.w{width:1000px;margin:auto}.nav td{background:#b00;color:#fff}.tt{font-size:22px;text-align:center;font-weight:bold}",
page="""<table class="w"><tr><td>桐溪县人民政府</td><td>无障碍 | 长者模式 | 繁体版 | 手机版</td><td><form><input placeholder="请输入关键字"> 搜索</form></td></tr></table>
<table class="w nav"><tr><td>首页</td><td>走进桐溪</td><td>政务公开</td><td>政务服务</td><td>互动交流</td><td>专题专栏</td></tr></table>
<table class="w"><tr><td>当前位置：首页 &gt; 政务公开 &gt; 桐溪要闻 &gt; 正文</td></tr>
<tr><td class="tt">桐溪县召开2025年春季农业生产调度会</td></tr>
<tr><td align="center">发布时间：2025-03-18 09:12:36 来源：县融媒体中心 作者：汪晓东 浏览次数：1263 【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>
<tr><td>{BODY}</td></tr>
<tr><td align="right">【打印本页】 【关闭窗口】</td></tr>
<tr><td>上一篇：桐溪县开展春季森林防火专项检查<br>下一篇：县政协召开十届十二次常委会议</td></tr></table>
<table class="w"><tr><td>主办单位：桐溪县人民政府办公室 承办单位：桐溪县数据资源管理局<br>皖ICP备05012739号-1 皖公网安备 34182502000317号 网站标识码：3418250013<br>联系电话：0563-6120117</td><td><img alt="政府网站找错"> <img alt="党政机关"></td></tr></table>""",
body=[P("3月17日下午，桐溪县召开2025年春季农业生产调度会，安排部署春耕备耕、粮食生产和农业防灾减灾等工作。副县长陈立群出席会议并讲话。", indent=True),
P("会上，县农业农村局通报了全县小麦苗情和春耕物资储备情况。今年全县冬小麦播种面积28.6万亩，一、二类苗占比达91.3%，化肥、农药、种子等农资储备充足，能够满足春耕需要。各乡镇分别汇报了本地春季农业生产推进情况。", indent=True),
P("陈立群指出，抓好春季农业生产是全年粮食丰收的基础。各乡镇、各部门要紧盯小麦返青拔节关键期，组织农技人员深入田间地头，分类指导肥水管理和病虫害防控，做到早发现、早防治。要加强农资市场监管，严厉打击假冒伪劣农资坑农害农行为。", indent=True),
P("陈立群强调，要统筹抓好高标准农田建设和农业防灾减灾工作，确保今年新建的4.2万亩高标准农田6月底前全面完工；要密切关注天气变化，制定完善应对倒春寒、干旱等灾害的预案，切实把各项措施落实到田块、落实到农户。", indent=True),
P("县直有关部门负责同志，各乡镇分管负责同志参加会议。", indent=True)])

# ud-02 西藏 地区行署/市政府办公室 通知 — official document
add(id="ud-02", title="日喀则市人民政府办公室关于做好2025年春季植树造林工作的通知", authors=[], publish_time="2025年03月10日",
css="body{margin:0;font-family:'Microsoft YaHei'}.top{background:#1d5fa8;color:#fff;padding:10px}.bd{width:1100px;margin:0 auto}.meta-tab td{border:1px solid #ddd;padding:4px}.doc{font-family:FangSong;font-size:18px}.wh{text-align:center}.sig{text-align:right}",
page="""<div class="top"><span>日喀则市人民政府</span> <span>藏文版</span> <span>无障碍浏览</span> <span>关怀版</span></div>
<ul class="mnav"><li>首页</li><li>政务公开</li><li>政务服务</li><li>政民互动</li><li>走进日喀则</li></ul>
<div class="bd"><p class="crumb">您当前的位置：首页 &gt; 政务公开 &gt; 政府文件 &gt; 市政府办文件</p>
<table class="meta-tab"><tr><td>索 引 号：</td><td>11540200MB0F31752P/2025-00087</td><td>主题分类：</td><td>林业</td></tr>
<tr><td>发文机关：</td><td>日喀则市人民政府办公室</td><td>成文日期：</td><td>2025年03月07日</td></tr>
<tr><td>标　　题：</td><td colspan="3">日喀则市人民政府办公室关于做好2025年春季植树造林工作的通知</td></tr>
<tr><td>发文字号：</td><td>日政办发〔2025〕9号</td><td>发布日期：</td><td>2025年03月10日</td></tr></table>
<h1>日喀则市人民政府办公室关于做好2025年春季植树造林工作的通知</h1>
<div class="doc"><p class="wh">日政办发〔2025〕9号</p>{BODY}</div>
<p>扫一扫在手机打开当前页</p><p>【打印】 【关闭】</p>
<div class="foot">主办：日喀则市人民政府办公室 承办：日喀则市政务服务和大数据中心<br>藏ICP备17000412号 藏公网安备54020202000113号 网站标识码：5402000006</div></div>""",
body=[P("各县（区）人民政府，市直各部门："),
P("为深入推进国土绿化行动，进一步改善全市生态环境，经市人民政府同意，现就做好2025年春季植树造林工作通知如下：", indent=True),
H("一、明确目标任务", tag="strong"),
P("今年春季全市计划完成营造林8.5万亩，其中人工造林3.1万亩、封山育林2.4万亩、退化林修复3万亩，义务植树120万株。各县（区）要将任务分解到乡镇、落实到地块，于4月10日前完成整地工作。", indent=True),
H("二、抓住造林时节", tag="strong"),
P("各地要根据海拔和土壤解冻情况，科学安排栽植时间，优先选用沙棘、藏川杨、左旋柳等乡土树种，严格执行“三大一深”栽植标准，提高造林成活率。", indent=True),
H("三、强化后期管护", tag="strong"),
P("坚持造管并重，落实管护责任和管护人员，加强苗木浇灌、病虫害防治和围栏保护，严禁牲畜进入新造林地。", indent=True),
P("各县（区）植树造林进展情况请于每月25日前报市林业和草原局。", indent=True),
P("日喀则市人民政府办公室", cls="sig"), P("2025年3月7日", cls="sig"),
P("（此件公开发布）")])

# ud-03 黑龙江 市政府 政策解读, responsive 2025
add(id="ud-03", title="一图读懂《鹤岭市促进冰雪经济高质量发展若干措施》", authors=[], publish_time="2025-01-06 16:40",
css=":root{--c:#0a4ea2}body{margin:0;font:16px/1.8 system-ui}header{display:flex;justify-content:space-between;padding:12px 5%;background:var(--c);color:#fff}.info{display:flex;gap:24px;color:#888;font-size:14px}main{max-width:880px;margin:auto}",
page="""<header><b>鹤岭市人民政府</b><nav>长者模式 · 无障碍 · English</nav></header>
<nav class="main"><a>首页</a> <a>要闻动态</a> <a>政务公开</a> <a>办事服务</a> <a>互动交流</a> <a>数据开放</a></nav>
<main><div class="crumb">首页 / 政务公开 / 政策解读</div>
<h1>一图读懂《鹤岭市促进冰雪经济高质量发展若干措施》</h1>
<div class="info"><span>2025-01-06 16:40</span><span>来源：市文化广电和旅游局</span><span>阅读 3,021</span><span>字号：A+ A A-</span></div>
<p class="rel">相关文件：鹤岭市促进冰雪经济高质量发展若干措施</p>
<article>{BODY}</article>
<div class="share">分享到：微信 微博 QQ空间</div>
<section><h4>相关解读</h4><ul><li>《鹤岭市文旅消费券发放实施细则》政策问答</li><li>图解：2024年鹤岭市政府工作报告</li></ul></section></main>
<footer>鹤岭市人民政府办公室主办 鹤岭市营商环境建设监督局承办 黑ICP备10002961号 黑公网安备 23080002000118号 网站标识码2308000009</footer>""",
body=[IMG("一图读懂冰雪经济若干措施（一）"),
H("一、出台背景", tag="h4"),
P("为抢抓冰雪经济发展机遇，推动冰雪资源优势转化为产业优势、经济优势，市文化广电和旅游局会同有关部门研究起草了《若干措施》，经市政府常务会议审议通过后印发实施。"),
H("二、主要内容", tag="h4"),
P("《若干措施》共五个方面18条，重点围绕冰雪旅游、冰雪运动、冰雪装备和冰雪文化四个领域提出支持政策。"),
UL(["对新评定的国家级滑雪旅游度假地，一次性奖励200万元；", "对年接待滑雪人次超过10万的雪场，按每人次2元给予运营补贴；", "支持冰雪装备企业技术改造，按设备投资额的10%给予补助，最高不超过300万元；", "每年举办冰雪赛事活动不少于20项，对承办国际性赛事的单位给予奖励。"]),
H("三、适用范围和有效期", tag="h4"),
P("《若干措施》适用于在本市依法登记注册、从事冰雪相关产业的企业和单位，自2025年1月1日起施行，有效期至2027年12月31日。同一项目同一年度符合多项扶持政策的，按照就高原则给予支持，不重复享受。"),
IMG("一图读懂冰雪经济若干措施（二）")])

# ud-04 河南 区政府 领导活动, closing byline
add(id="ud-04", title="王建峰调研重点项目建设和安全生产工作", authors=["赵冉", "孟凡宇"], publish_time="2025年04月02日 10:05",
css="body{background:#f3f3f3}.wrap{width:1200px;margin:0 auto;background:#fff}.hd{height:120px;background:#c81e1e;color:#ff0}.art h2{text-align:center}.info{text-align:center;border-bottom:1px dashed #ccc}",
page="""<div class="hd">洛川市涧西湖区人民政府 <span>2025年4月5日 星期六</span></div>
<div class="sitenav">首页 | 区情概况 | 政务公开 | 政务服务 | 公众参与 | 专题专栏</div>
<div class="wrap"><div class="pos">当前位置：<a>首页</a>&gt;<a>政务公开</a>&gt;<a>领导活动</a></div>
<div class="art"><h2>王建峰调研重点项目建设和安全生产工作</h2>
<div class="info">信息来源：区政府办 发布时间：2025年04月02日 10:05 点击数：<span>588</span> 【<a>打印</a>】【<a>关闭</a>】</div>
<div class="txt">{BODY}</div></div>
<div class="pn"><p>上一条：区政府召开第56次常务会议</p><p>下一条：涧西湖区开展“一老一小”专项督查</p></div></div>
<div class="ft"><p>版权所有：洛川市涧西湖区人民政府 主办：涧西湖区人民政府办公室</p><p>豫ICP备09031576号 豫公网安备41030502000420号 网站标识码：4103050015</p><p>建议使用1366×768分辨率浏览</p></div>""",
body=[P("4月1日，区委副书记、区长王建峰深入部分重点项目建设现场和企业，调研项目建设和安全生产工作。", indent=True),
P("在智能装备产业园二期项目现场，王建峰详细了解厂房建设进度和设备安装计划。他指出，项目建设要在保证质量和安全的前提下倒排工期、挂图作战，力争早日竣工投产、达产达效。", indent=True),
P("在洛川重型轴承有限公司，王建峰走进生产车间，查看消防设施配备、危险化学品存放和员工安全培训情况。他强调，企业是安全生产的责任主体，要严格落实全员安全生产责任制，常态化开展隐患排查整治，坚决防范遏制各类生产安全事故发生。", indent=True),
P("王建峰要求，各相关部门要强化服务意识，主动对接项目需求，协调解决用地、用工、融资等方面的困难；应急管理部门要加大执法检查力度，对发现的问题隐患实行清单化管理、闭环式整改。", indent=True),
P("区政府办、区发展改革委、区应急管理局等部门负责同志参加调研。（赵冉 孟凡宇）", indent=True)])

# ud-05 安徽 镇政府 news, old layout, spaced name 通讯员
add(id="ud-05", title="梅山镇组织开展防汛应急演练", authors=["程刚"], publish_time="2024-06-12",
css="body{font-size:14px}#main{width:960px;margin:0 auto}#left{float:left;width:220px}#right{float:right;width:720px}.title{color:#036;font-size:20px;text-align:center}",
page="""<div id="top">金寨岭县梅山镇人民政府 <a>设为首页</a> <a>加入收藏</a> <a>网站支持IPv6</a></div>
<div id="menu">网站首页 镇情介绍 信息公开 工作动态 村务公开 办事指南</div>
<div id="main"><div id="left"><h4>工作动态</h4><ul><li>乡镇动态</li><li>通知公告</li><li>图片新闻</li></ul><p>扫一扫关注“梅山发布”</p></div>
<div id="right"><p>当前位置：首页 &gt;&gt; 工作动态 &gt;&gt; 乡镇动态</p>
<p class="title">梅山镇组织开展防汛应急演练</p>
<p class="src">作者：通讯员 程&nbsp;&nbsp;刚　　文章来源：梅山镇　　点击数：<b>207</b>　　更新时间：2024-06-12</p>
{BODY}
<p>【<a>打印此页</a>】 【<a>返回顶部</a>】</p></div></div>
<div id="foot" style="clear:both">金寨岭县梅山镇人民政府 地址：梅山镇人民路18号 电话：0564-7410035<br>皖ICP备12003018号-2</div>""",
body=[P("为进一步提高应对突发汛情的处置能力，6月11日，梅山镇在梅河沿岸组织开展防汛应急演练，镇村干部、民兵应急分队和群众代表共80余人参加。", indent=True),
P("演练模拟梅河上游持续强降雨、河道水位快速上涨、沿河低洼地带群众需紧急转移的情景。接到预警后，镇防汛指挥部立即启动应急响应，各应急小组按照预案迅速就位，分别开展巡堤查险、群众转移、管涌封堵和伤员救护等科目演练。", indent=True),
IMG("演练现场", "演练现场"),
P("整个演练过程衔接紧密、处置有序，用时约50分钟。演练结束后，镇应急办负责人对演练情况进行了点评，并现场讲解了救生衣穿戴、冲锋舟操作等防汛知识。", indent=True),
P("下一步，梅山镇将进一步完善防汛应急预案，加强物资储备和队伍培训，落实“一村一预案、一户一明白卡”，确保群众生命财产安全和全镇安全度汛。", indent=True),
X('<p class="ed">编辑：李　敏</p>')])

# ud-06 西藏 县 农业农村局 公示 with table
add(id="ud-06", title="关于2025年度农机购置与应用补贴第一批拟补贴对象的公示", authors=[], publish_time="2025-04-15",
css=".g-head{background:linear-gradient(#8b1a1a,#b22);color:#fff;padding:16px}.g-body{width:1000px;margin:auto}.tbl{border-collapse:collapse}.tbl td,.tbl th{border:1px solid #999;padding:3px 8px}",
page="""<div class="g-head">墨竹贡嘎县人民政府 · 农业农村局<br><small>繁體 | 无障碍 | 长者模式</small></div>
<div class="g-body"><div class="nav">首页 机构职能 政务公开 办事服务 惠农政策</div>
<div class="loc">当前位置：首页 &gt; 部门信息公开 &gt; 县农业农村局 &gt; 公示公告</div>
<h2>关于2025年度农机购置与应用补贴第一批拟补贴对象的公示</h2>
<div class="meta"><span>日期：2025-04-15</span> <span>来源：墨竹贡嘎县农业农村局</span> <span>【字体：<a>大</a><a>中</a><a>小</a>】</span></div>
<div class="con">{BODY}</div>
<div class="att">附件：<a>第一批拟补贴对象名单.xls</a></div>
<div class="ft">主办单位：墨竹贡嘎县人民政府 技术支持：县融媒体中心 藏ICP备15000723号-1 网站标识码5401270002</div></div>""",
body=[P("根据《2024—2026年西藏自治区农机购置与应用补贴实施方案》有关要求，经乡镇初审、县级审核，现将2025年度第一批拟享受农机购置与应用补贴的对象予以公示，公示期为2025年4月15日至4月21日（7个自然日）。", indent=True),
TABLE([["序号", "乡镇", "购机者", "机具品目", "数量", "补贴额（元）"],
["1", "甲马乡", "次仁顿珠", "轮式拖拉机", "1", "18600"],
["2", "甲马乡", "巴桑", "旋耕机", "1", "2400"],
["3", "塔荣镇", "格桑卓玛", "青稞收割机", "1", "32000"],
["4", "扎雪乡", "普布次仁", "饲草料粉碎机", "2", "3600"],
["5", "门巴乡", "德吉央宗", "挤奶机", "1", "1900"]], cls="tbl"),
P("公示期间，任何单位和个人对公示对象有异议的，可通过来电、来信或来访等方式向县农业农村局反映。反映情况应实事求是，提供具体事实和线索，以便调查核实。", indent=True),
P("联系电话：0891-6123357", indent=True),
P("墨竹贡嘎县农业农村局", style="text-align:right"), P("2025年4月15日", style="text-align:right")])

# ud-07 黑龙江 省厅 通报
add(id="ud-07", title="关于2024年第四季度全省生态环境执法典型案例的通报", authors=[], publish_time="2025年01月22日",
css="body{font-family:'PingFang SC'}.banner{height:90px;background:#0b6e4f;color:#fff}.crumbs{font-size:13px}.article-title{font-size:26px;text-align:center}.article-attr{display:flex;justify-content:center;gap:2em}",
page="""<div class="topbar">您好，欢迎访问黑龙江省生态环境厅网站！ <a>无障碍阅读</a> <a>适老化</a> <a>登录</a> <a>注册</a></div>
<div class="banner">黑龙江省生态环境厅 Department of Ecology and Environment of Heilongjiang Province <input placeholder="全站搜索"></div>
<ul class="menu"><li>首页</li><li>机构</li><li>新闻</li><li>信息</li><li>服务</li><li>互动</li><li>专题</li></ul>
<div class="crumbs">首页 &gt; 信息 &gt; 通知公告 &gt; 正文</div>
<div class="article-title">关于2024年第四季度全省生态环境执法典型案例的通报</div>
<div class="article-attr"><span>发布日期：2025年01月22日</span><span>来源：执法局</span><span>浏览量：1108</span></div>
<div class="article-body">{BODY}</div>
<div class="article-tools">【打印本页】【关闭窗口】【收藏】</div>
<div class="footer">黑龙江省生态环境厅 版权所有 地址：哈尔滨市南岗区汉水路227号<br>黑ICP备05002819号 黑公网安备 23010302000285号 网站标识码：2300000040</div>""",
body=[P("各市（地）生态环境局："),
P("为进一步发挥典型案例警示教育作用，现将2024年第四季度全省生态环境执法典型案例通报如下。", indent=True),
H("案例一：兴安市某木业公司未批先建案", tag="strong"),
P("2024年10月，兴安市生态环境局执法人员检查发现，该公司新建的刨花板生产线未依法报批环境影响评价文件即擅自开工建设。该局依法责令其停止建设，并处罚款18.6万元。", indent=True),
H("案例二：江滨县某养殖场超标排放水污染物案", tag="strong"),
P("2024年11月，江滨县生态环境执法人员对该养殖场排污口采样监测，化学需氧量浓度超过排放标准1.7倍。该县依法责令其改正违法行为，处罚款12万元，并将案件移送公安机关调查。", indent=True),
H("案例三：北岭市某检测公司出具虚假监测报告案", tag="strong"),
P("执法人员调取该公司原始记录发现，其在3份废气监测报告中篡改监测数据。北岭市生态环境局对其处罚款25万元，对直接负责的主管人员处罚款3万元。", indent=True),
P("各地要以案为鉴，持续保持执法高压态势，对典型案例及时公开曝光，形成有力震慑。", indent=True),
P("黑龙江省生态环境厅", style="text-align:right"), P("2025年1月20日", style="text-align:right")])

# ud-08 河南 市长 讲话
add(id="ud-08", title="在全市优化营商环境工作推进会上的讲话", authors=["刘振东"], publish_time="2025-02-26 08:30:00",
css=".hd{background:url() #a40000;height:140px}.main-box{width:1180px;margin:0 auto;display:grid;grid-template-columns:860px 300px;gap:20px}.speaker,.sdate{text-align:center}h1{text-align:center;color:#333}",
page="""<div class="hd"><p>商都河市人民政府门户网站</p><p>简 | 繁 | 长者版 | 无障碍</p></div>
<nav>首页　新闻中心　政务公开　政务服务　互动交流　魅力商都河</nav>
<div class="main-box"><div><div class="bread">当前位置：首页 &gt; 政务公开 &gt; 领导讲话</div>
<h1>在全市优化营商环境工作推进会上的讲话</h1>
<p class="speaker">市长　刘振东</p><p class="sdate">（2025年2月24日）</p>
<div class="infobar">发布时间：2025-02-26 08:30:00 | 来源：市政府办公室 | 【大】【中】【小】</div>
<div class="sp-body">{BODY}</div>
<p>责任编辑：韩晓宁 审核：周立新</p></div>
<aside><h5>领导讲话</h5><ul><li>在全市经济工作会议上的讲话</li><li>在市政府全体会议暨廉政工作会议上的讲话</li></ul><p>扫一扫 手机看</p></aside></div>
<footer>主办：商都河市人民政府办公室 地址：市行政中心1号楼 豫ICP备05016624号 豫公网安备41160202000009号 网站标识码：4116000001</footer>""",
body=[P("同志们：", indent=True),
P("今天召开这次会议，主要任务是总结去年全市优化营商环境工作，安排部署今年重点任务。刚才，市发展改革委通报了营商环境评价情况，三个县区作了发言，讲得都很好，我完全同意。下面，我讲三点意见。", indent=True),
H("一、正视差距，增强优化营商环境的紧迫感", tag="strong"),
P("去年，全市营商环境评价排名较上年前移了4个位次，“一件事一次办”事项增加到58项，企业开办时间压缩至0.5个工作日。但也要清醒看到，部分领域审批环节多、时限长的问题依然存在，有的干部服务意识不强，企业反映的问题解决还不够及时。", indent=True),
H("二、突出重点，推动营商环境持续提升", tag="strong"),
P("要聚焦企业全生命周期，深化“高效办成一件事”改革，年内新增高频事项20项以上；要规范涉企执法检查，推行“综合查一次”，坚决杜绝多头检查、重复检查；要落实惠企政策“免申即享”，让政策红利直达快享。", indent=True),
H("三、压实责任，确保各项任务落地见效", tag="strong"),
P("各县区、各部门主要负责同志要亲自抓、负总责，建立问题台账，实行销号管理。市营商办要加强督导，对工作不力、造成不良影响的，严肃追责问责。", indent=True),
P("同志们，营商环境只有更好，没有最好。让我们以更大的决心和力度，推动全市营商环境迈上新台阶！", indent=True)])

# ud-09 安徽 村 村务公开 (village page hosted on township site)
add(id="ud-09", title="大塘村2025年第一季度村级财务收支情况公开", authors=[], publish_time="2025/04/08",
css="body{background:#eef5ee}.cun-head{font-size:28px;color:#1c6b2f}.cwgk td{border:1px solid #6a6;padding:2px 6px}.fbt{color:#666}",
page="""<div class="cun-head">休宁川县五城乡 · 大塘村</div>
<div class="cun-nav">村情概况 | 党务公开 | 村务公开 | 财务公开 | 美丽乡村 | 便民服务</div>
<div class="pos">位置：五城乡人民政府 » 村级事务 » 大塘村 » 财务公开</div>
<div class="box"><h3>大塘村2025年第一季度村级财务收支情况公开</h3>
<p class="fbt">公开单位：大塘村村民委员会　公开时间：2025/04/08　监督电话：0559-7532081</p>
{BODY}
<p>分享：<span>微信</span> <span>QQ</span></p></div>
<div class="foot">五城乡人民政府 主办 皖ICP备19017245号 技术支持：黄山云数科技</div>""",
body=[P("根据村务公开有关规定，经村务监督委员会审核，现将大塘村2025年第一季度村级财务收支情况公开如下，接受全体村民监督。", indent=True),
H("一、收入情况", tag="strong"),
P("本季度村集体收入合计186,420.00元，其中：茶园租赁收入96,000.00元，光伏发电收益41,320.00元，上级转移支付补助49,100.00元。", indent=True),
H("二、支出情况", tag="strong"),
TABLE([["支出项目", "金额（元）", "备注"], ["村干部报酬", "54,600.00", "1—3月"], ["村道维修", "38,250.00", "大塘至下坞段"], ["环境卫生保洁", "12,000.00", "保洁员工资"], ["办公及水电费", "6,318.50", ""], ["合计", "111,168.50", ""]], cls="cwgk"),
H("三、结余情况", tag="strong"),
P("截至3月31日，村集体账面结余75,251.50元，存于乡农村集体“三资”代理服务中心。村民对公开内容如有疑问，请在公开之日起10日内向村务监督委员会或乡纪委反映。", indent=True),
P("大塘村村民委员会", style="text-align:right"), P("大塘村村务监督委员会", style="text-align:right"), P("2025年4月8日", style="text-align:right")])

# ud-10 西藏 市 部门 批复
add(id="ud-10", title="林芝市生态环境局关于林芝市巴宜区鲁朗镇污水处理厂提标改造项目环境影响报告表的批复", authors=[], publish_time="2024-11-19 15:26",
css="*{box-sizing:border-box}.site-top{padding:8px 40px;background:#205b8c;color:#fff}.docwrap{max-width:960px;margin:20px auto;padding:30px;border:1px solid #e5e5e5}.docno{text-align:center;color:#c00}h1{font-size:22px;line-height:1.5;text-align:center}",
page="""<div class="site-top">林芝市生态环境局　|　首页　|　长者模式　|　无障碍</div>
<div class="menu2">机构概况 · 环境质量 · 环评管理 · 执法监督 · 政策法规</div>
<div class="crumbs">首页 › 环评管理 › 审批批复</div>
<div class="docwrap"><h1>林芝市生态环境局关于林芝市巴宜区鲁朗镇污水处理厂<br>提标改造项目环境影响报告表的批复</h1>
<p class="docno">林环审〔2024〕47号</p>
<div class="when">发布时间：2024-11-19 15:26　　浏览：356</div>
{BODY}
</div>
<div class="bottom"><p>版权所有：林芝市生态环境局 地址：林芝市巴宜区双拥路9号</p><p>藏ICP备16000358号-2 网站标识码：5404000013 藏公网安备 54040202000027号</p></div>""",
body=[P("巴宜区住房和城乡建设局："),
P("你单位报送的《林芝市巴宜区鲁朗镇污水处理厂提标改造项目环境影响报告表》（以下简称《报告表》）收悉。经研究，批复如下：", indent=True),
P("一、项目位于巴宜区鲁朗镇扎西岗村，在现有污水处理厂厂区内实施，设计处理规模不变，仍为1500立方米/日。项目新增深度处理单元和污泥脱水设备，出水由一级B标准提升至一级A标准。项目总投资2860万元，其中环保投资2860万元。", indent=True),
P("二、在全面落实《报告表》提出的各项生态环境保护措施后，项目建设对环境的不利影响能够得到缓解和控制。从生态环境保护角度，我局同意该项目按照《报告表》所列建设地点、规模和措施进行建设。", indent=True),
P("三、项目建设和运营中应重点做好以下工作：施工期合理安排作业时间，落实扬尘和噪声防治措施；运营期确保出水稳定达标，规范设置在线监测设施，污泥经脱水后按规定处置。", indent=True),
P("四、项目竣工后，你单位应按规定开展竣工环境保护验收，验收合格后方可投入正式运行。", indent=True),
P("林芝市生态环境局", style="text-align:right"), P("2024年11月18日", style="text-align:right")])

# ud-11 黑龙江 街道办事处 news, 2025 design, 记者 + 通讯员
add(id="ud-11", title="文化街道“暖心食堂”开到居民家门口", authors=["孙晓彤", "高宇"], publish_time="2025.03.04",
css="body{font:15px/1.9 sans-serif;color:#222}.sbar{position:sticky;top:0;background:#fff;border-bottom:2px solid #e60012}.card{max-width:780px;margin:0 auto}.tag{background:#e60012;color:#fff;padding:0 6px}",
page="""<div class="sbar"><b>佳水市向阳区文化街道办事处</b> <span>首页</span> <span>街道概况</span> <span>社区动态</span> <span>便民服务</span> <span>党建引领</span></div>
<div class="card"><p class="tag">社区动态</p>
<h1>文化街道“暖心食堂”开到居民家门口</h1>
<p class="by">记者 孙晓彤　通讯员 高宇　　2025.03.04</p>
{BODY}
<p class="ed">编辑：刘佳音　审核：马春林</p>
<p>上一篇：文化街道开展“学雷锋”志愿服务活动</p><p>下一篇：新兴社区举办元宵节邻里联欢会</p></div>
<footer>文化街道办事处 电话：0454-8256031 黑ICP备2023004417号-1</footer>""",
body=[P("“一荤两素一汤，老年人只要12块钱，比自己在家做饭还省事。”3月3日中午，家住新兴社区的75岁居民周桂兰在“暖心食堂”吃过午饭后说。"),
P("今年以来，文化街道针对辖区老年人多、独居老人多的实际，利用社区闲置用房改建了3处“暖心食堂”，为60岁以上老人提供助餐服务。食堂每天供应午餐和晚餐，菜品每周更新，80岁以上和低保老人还能享受额外优惠。"),
P("为让行动不便的老人也能吃上热乎饭，街道组织了20余名志愿者组成送餐队，每天按时把饭菜送到老人家中。截至目前，3处食堂已累计服务老年人1.2万人次，送餐上门2600余份。"),
P("“食堂不仅解决了吃饭问题，也成了老人们聊天交流的好去处。”街道相关负责人介绍，下一步将在食堂增设健康讲座、理发等服务，把“暖心食堂”打造成集助餐、助医、助乐于一体的社区养老服务点。")])

# ud-12 河南 县政府 实施意见 (long doc, numbered)
add(id="ud-12", title="淇河县人民政府关于加快发展县域物流产业的实施意见", authors=[], publish_time="2024年12月30日",
css="table.outer{width:980px;border:0}td.lbl{color:#666;width:90px}.zw{font-size:16px;line-height:2}",
page="""<table class="outer"><tr><td colspan="2">淇河县人民政府网　<small>www.qihe.gov.cn（示例）</small></td></tr>
<tr><td colspan="2">首页 ｜ 政务公开 ｜ 政策文件 ｜ 政策解读 ｜ 办事服务 ｜ 互动</td></tr>
<tr><td colspan="2">当前位置：首页 &gt; 政务公开 &gt; 政策文件 &gt; 县政府文件</td></tr></table>
<table class="outer"><tr><td class="lbl">文号：</td><td>淇政〔2024〕21号</td></tr><tr><td class="lbl">发布时间：</td><td>2024年12月30日</td></tr><tr><td class="lbl">发布机构：</td><td>淇河县人民政府办公室</td></tr></table>
<h2 align="center">淇河县人民政府关于加快发展县域物流产业的实施意见</h2>
<div class="zw">{BODY}</div>
<p>相关解读：《关于加快发展县域物流产业的实施意见》政策解读</p>
<p>【我要打印】　【关闭】</p>
<p>淇河县人民政府办公室主办 豫ICP备10200856号 豫公网安备41062202000031号 网站标识码4106220002 联系我们：0392-7221345</p>""",
body=[P("各乡镇人民政府、街道办事处，县人民政府各部门："),
P("为降低全社会物流成本，促进县域经济高质量发展，结合我县实际，提出如下实施意见。", indent=True),
H("一、总体目标", tag="strong"),
P("到2027年，全县建成1个县级物流园区、8个乡镇物流服务站和120个村级物流服务点，快递进村覆盖率达到100%，社会物流总费用与地区生产总值的比率下降1个百分点。", indent=True),
H("二、重点任务", tag="strong"),
P("（一）完善物流基础设施。加快县级物流园区建设，推动邮政、快递、供销、电商物流资源整合共享，实现“一点多能、一网多用”。", indent=True),
P("（二）培育物流市场主体。支持本地物流企业做大做强，对新评为国家A级物流企业的，按等级给予10万至50万元奖励。", indent=True),
P("（三）发展冷链物流。围绕蔬菜、食用菌等特色农产品，建设产地预冷和冷藏设施，补齐农产品出村进城短板。", indent=True),
H("三、保障措施", tag="strong"),
P("成立县物流产业发展工作专班，统筹推进各项工作。县财政每年安排物流产业发展专项资金500万元，重点支持基础设施建设和企业培育。", indent=True),
P("本意见自印发之日起施行。", indent=True),
P("淇河县人民政府", style="text-align:right"), P("2024年12月27日", style="text-align:right")])
