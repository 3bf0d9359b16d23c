# government pages vp-01 .. vp-12
K = "government"
PAGES = [
dict(id="vp-01", kind=K, doctitle="松阳县：茶园“数字巡田”上线 春茶开采提前一周_松阳县人民政府",
 title="松阳县：茶园“数字巡田”上线 春茶开采提前一周", authors=["叶晓岚", "周启明"], publish_time="2025-03-12 09:41",
 css="""body{margin:0;font:15px/1.8 "PingFang SC",sans-serif;color:#222}.topbar{background:#f2f2f2;font-size:12px;padding:4px 40px}
.topbar a{margin-right:14px}.banner{background:#0b6b3a;color:#fff;padding:18px 40px;font-size:26px}.nav a{display:inline-block;padding:8px 18px;color:#0b6b3a}
.crumb{padding:8px 40px;font-size:13px;color:#666}.art{width:900px;margin:0 auto}.art h1{font-size:26px;text-align:center}
.meta{font-size:13px;color:#888;text-align:center;border-bottom:1px solid #ddd;padding-bottom:8px}.meta span{margin:0 10px}
.cap{text-align:center;font-size:13px;color:#666}.nb{color:#666}.foot{background:#333;color:#ccc;font-size:12px;padding:20px 40px;margin-top:30px}""",
 html="""<div class="topbar"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁體</a><a href="#">English</a><span>2025年3月12日 星期三</span><a href="#">登录</a><a href="#">注册</a></div>
<div class="banner">松阳县人民政府 <small>www.songyang.gov.cn</small> <form style="display:inline"><input type="text" placeholder="请输入关键词"><button>搜索</button></form></div>
<div class="nav"><a href="#">首页</a><a href="#">走进松阳</a><a href="#">政务动态</a><a href="#">政府信息公开</a><a href="#">政务服务</a><a href="#">政民互动</a><a href="#">专题专栏</a></div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务动态</a> &gt; <a href="#">部门动态</a> &gt; 正文</div>
<div class="art"><h1>松阳县：茶园“数字巡田”上线 春茶开采提前一周</h1>
<div class="meta"><span>发布时间：2025-03-12 09:41</span><span>来源：县农业农村局</span><span>浏览次数：1287</span><span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="content">{BODY}</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a>　【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
<div class="pn"><p>上一篇：<a href="#">县政府召开2025年第3次常务会议</a></p><p>下一篇：<a href="#">松阳县开展春季森林防火专项检查</a></p></div></div>
<div class="foot"><p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p><p>主办：松阳县人民政府办公室　承办：松阳县大数据发展中心</p><p>浙ICP备10027415号-2　浙公网安备 33112402000318号　网站标识码：3311240017</p><p><img alt="党政机关" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"> <img alt="政府网站找错" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"></p></div>""",
 body="""
3月10日清晨，在松阳县新兴镇的一片高山茶园里，茶农老吴掏出手机，打开“数字巡田”小程序，地块的土壤温度、湿度和虫情数据一目了然。“以前凭经验估摸开采时间，现在看数据就心里有底。”他说。
今年以来，县农业农村局在全县12个产茶乡镇布设了146套田间感知设备，覆盖茶园面积3.2万亩，并将气象、植保和农技服务数据统一接入平台。平台根据积温模型推算各片区的开采窗口，今年全县春茶开采比去年提前了一周左右。
! 茶农在茶园查看“数字巡田”数据 | 茶农在新兴镇茶园查看“数字巡田”数据。通讯员 供图
## 一块屏管住一片园
在县茶叶产业服务中心的大屏上，每一块茶园都有自己的“健康码”。绿色代表长势正常，黄色提示需要关注，红色则意味着要马上派农技员上门。据统计，平台上线两个月来，已推送病虫害预警信息380余条，农技员上门指导610人次。
## 下一步打算
- 年内将感知设备扩展到全县所有规模茶园；
- 推动茶青交易数据接入平台，实现“按质论价”；
- 面向茶企开放数据接口，服务品牌建设。
“数字化不是目的，让茶农多挣钱才是。”县农业农村局相关负责人表示，下一步将继续完善平台功能，让数据真正成为茶农手里的“新农具”。（叶晓岚 周启明）
~ 责任编辑：陈一帆
"""),

dict(id="vp-02", kind=K, doctitle="关于2025年度县级农业龙头企业拟认定名单的公示",
 title="关于2025年度县级农业龙头企业拟认定名单的公示", authors=[], publish_time="2025年04月18日",
 css="""body{font-size:12px;font-family:宋体;margin:0}table.lay{width:980px;margin:0 auto}td.hd{background:#a31515;color:#fff;font-size:24px;height:90px}
.nv td{background:#c33;color:#fff;text-align:center}.ttl{font-size:20px;font-weight:bold;text-align:center;color:#a31515;padding:15px}
.inf{text-align:center;color:#999;border-bottom:1px dashed #ccc}.con p{font-size:14px;line-height:2}.dt{border-collapse:collapse;margin:0 auto}.foot{text-align:center;color:#666;line-height:22px}""",
 html="""<table class="lay" cellpadding="0" cellspacing="0"><tr><td class="hd" colspan="2">&nbsp;江西省南丰县人民政府 <span style="font-size:12px">设为首页 | 加入收藏</span></td></tr>
<tr class="nv"><td colspan="2"><table width="100%"><tr><td>首 页</td><td>政务公开</td><td>政府文件</td><td>通知公告</td><td>办事服务</td><td>互动交流</td><td>魅力南丰</td></tr></table></td></tr>
<tr><td width="200" valign="top" style="background:#f7f7f7">
<table width="100%"><tr><td><b>通知公告</b></td></tr><tr><td>· 政府信息公开指南</td></tr><tr><td>· 依申请公开</td></tr><tr><td>· 政府信息公开年报</td></tr></table>
</td><td valign="top">
<table width="100%"><tr><td>您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">通知公告</a> &gt;&gt; 正文</td></tr>
<tr><td class="ttl">关于2025年度县级农业龙头企业拟认定名单的公示</td></tr>
<tr><td class="inf">作者：&nbsp;&nbsp;来源：南丰县农业农村局&nbsp;&nbsp;发布时间：2025年04月18日&nbsp;&nbsp;点击数：<span>356</span>&nbsp;&nbsp;【<a href="#">打印</a>】【<a href="#">关闭</a>】</td></tr>
<tr><td class="con">{BODY}</td></tr>
<tr><td>附件：<a href="#">2025年度县级农业龙头企业拟认定名单.xls</a></td></tr>
</table></td></tr>
<tr><td colspan="2" class="foot"><hr>版权所有：南丰县人民政府　主办：南丰县人民政府办公室<br>地址：南丰县琴城镇府前路1号　电话：0794-3221176　赣ICP备05004821号<br>赣公网安备 36102302000147号　网站标识码：3610230004</td></tr></table>""",
 body="""
各有关单位：
根据《南丰县农业产业化龙头企业认定和运行监测管理办法》，经企业自愿申报、乡镇（场）初审推荐、专家评审和部门联审，拟认定以下6家企业为2025年度县级农业产业化龙头企业，现予以公示。
| 序号 | 企业名称 | 所在乡镇 | 主营产品
| 1 | 南丰县橘园生态农业有限公司 | 市山镇 | 南丰蜜桔
| 2 | 江西琴城果业开发有限公司 | 琴城镇 | 蜜桔深加工
| 3 | 南丰县傩乡龟鳖养殖专业合作社 | 太和镇 | 甲鱼养殖
| 4 | 南丰县白舍米业有限公司 | 白舍镇 | 大米加工
| 5 | 江西丰源茶油科技有限公司 | 傅坊乡 | 山茶油
| 6 | 南丰县三溪蔬菜产销有限公司 | 三溪乡 | 蔬菜种植
公示时间为2025年4月18日至4月24日（5个工作日）。公示期间，任何单位和个人如有异议，可通过来电、来信或当面反映等方式向县农业农村局提出。反映情况须实事求是，以单位名义反映的须加盖公章，以个人名义反映的须署真实姓名和联系方式。
联系人：刘向东　联系电话：0794-3236612
地址：南丰县琴城镇建设路26号县农业农村局产业发展股
>> 南丰县农业农村局
>> 2025年4月18日
"""),

dict(id="vp-03", kind=K, doctitle="市领导调研城市更新和防汛工作 - 黄石市人民政府",
 title="市领导调研城市更新和防汛工作", authors=["刘帆"], publish_time="2024-06-05 18:22:07",
 css="""*{box-sizing:border-box}body{margin:0;background:#eef3f8;font-family:"Microsoft YaHei"}header{background:linear-gradient(#1a4f8b,#2d6fb5);color:#fff;padding:20px 8%}
header .tools{float:right;font-size:12px}nav ul{list-style:none;margin:0;padding:0 8%;background:#153f70}nav li{display:inline-block;color:#fff;padding:10px 16px}
main{background:#fff;margin:20px 8%;padding:30px 60px}.position{font-size:13px;color:#777}.hd h1{font-size:28px;color:#153f70;margin-bottom:4px}
.hd .sub{color:#999;font-size:13px}.dt{border-collapse:collapse}.qr{float:right;font-size:12px;text-align:center}footer{background:#153f70;color:#b8cbe3;font-size:12px;padding:24px 8%}""",
 html="""<header><div class="tools"><a>无障碍浏览</a> | <a>长者模式</a> | <a>简</a>/<a>繁</a> | <a>智能问答</a></div><div class="logo">黄石市人民政府</div><div><input placeholder="全站搜索"><button>搜索</button></div></header>
<nav><ul><li>首页</li><li>市情概况</li><li>新闻中心</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>数据开放</li></ul></nav>
<main><div class="position">当前位置：首页 &gt; 新闻中心 &gt; 黄石要闻 &gt; 正文</div>
<div class="qr"><img alt="二维码" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"><br>扫一扫在手机打开当前页</div>
<div class="hd"><h1>市领导调研城市更新和防汛工作</h1>
<div class="sub">2024-06-05 18:22:07　来源：黄石日报　作者：刘帆　<a>【打印】</a> <a>【关闭】</a> 字号：<a>T</a> <a>T</a> <a>T</a></div></div>
<article>{BODY}</article>
<div class="rel"><h4>相关阅读</h4><ul><li>全市防汛抗旱工作会议召开（2024-05-20）</li><li>我市启动老旧小区改造项目集中开工（2024-04-11）</li></ul></div></main>
<footer>主办单位：黄石市人民政府办公室　运维单位：黄石市政务服务和大数据管理局<br>联系电话：0714-6258190　鄂ICP备05014416号-1　鄂公网安备42020202000063号　网站标识码：4202000027<br>建议使用1920×1080分辨率浏览本网站</footer>""",
 body="""
6月5日，市领导率队调研城市更新和防汛工作，深入老旧小区改造现场和重点易涝点位，察看项目进展，检查度汛准备。
在黄石港区胜阳港社区，调研组走进正在改造的楼栋，详细了解雨污分流、屋面防水和加装电梯等情况。据介绍，该社区改造涉及住户1420户，目前主体工程已完成七成，预计8月底全部完工。
在磁湖路下穿通道，调研组察看了新增的强排泵站和积水监测设施，并现场调阅了近三年的积水数据。今年以来，我市已对27处易涝点完成整治，新增排涝能力每秒18立方米。
调研中，市领导强调，城市更新要坚持“先地下、后地上”，把排水防涝作为改造的必选项；要盯紧施工安全，合理安排工期，尽量减少对居民生活的影响。进入主汛期，各地各部门要严格落实24小时值班值守和领导带班制度，抢险队伍和物资要前置到位，确保安全度汛。
> “宁可十防九空，不可失防万一。”市领导说，防汛责任必须压实到每一个点位、每一个责任人。
市直有关部门和黄石港区负责同志参加调研。
~ 责任编辑：王璐　审核：张新宇
"""),

dict(id="vp-04", kind=K, doctitle="《海东市城市供水条例》政策解读",
 title="《海东市城市供水条例》政策解读", authors=[], publish_time="2023-11-27",
 css="""body{font:14px/1.9 sans-serif;margin:0 auto;max-width:1100px}.h{display:flex;justify-content:space-between;border-bottom:3px solid #b8860b;padding:12px 0}
.menu{display:flex;gap:24px;padding:8px 0}.layout{display:flex;gap:30px}.left{width:220px;background:#fbf6ea}.right{flex:1}
.rhead h2{text-align:center;font-size:24px}.rinfo{display:flex;justify-content:center;gap:16px;color:#888;font-size:12px}.box{border:1px solid #eee;padding:10px;background:#fafafa;font-size:13px}
.foot{border-top:3px solid #b8860b;font-size:12px;color:#666;text-align:center;padding:16px}""",
 html="""<div class="h"><div><b>海东市人民政府</b> 政府信息公开专栏</div><div>2023年11月27日　<a>无障碍</a> <a>关怀版</a></div></div>
<div class="menu"><span>首页</span><span>政府信息公开指南</span><span>政府信息公开制度</span><span>法定主动公开内容</span><span>政策解读</span><span>政府信息公开年报</span></div>
<div class="layout"><div class="left"><p>政策解读</p><p>· 文字解读</p><p>· 图片解读</p><p>· 视频解读</p><p>· 媒体解读</p></div>
<div class="right"><div>当前位置：首页 › 政府信息公开 › 政策解读</div>
<div class="box">索 引 号：11632100MB1D43217X/2023-01186　主题分类：城乡建设、环境保护<br>发文机关：海东市住房和城乡建设局　成文日期：2023-11-24<br>标　　题：《海东市城市供水条例》政策解读<br>发布日期：2023-11-27　文　　号：</div>
<div class="rhead"><h2>《海东市城市供水条例》政策解读</h2><div class="rinfo"><span>日期：2023-11-27</span><span>来源：市住房和城乡建设局</span><span>字体：[ 大 中 小 ]</span></div></div>
<div class="rbody">{BODY}</div>
<p>相关文件：<a>海东市城市供水条例</a></p><p><a>【打印】</a> <a>【关闭】</a></p></div></div>
<div class="foot">海东市人民政府办公室主办　海东市政务服务监督管理局承办<br>青ICP备12000963号　青公网安备 63020202000112号　网站标识码：6321000010<br><img alt="开普云" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"></div>""",
 body="""
## 一、制定背景
近年来，我市城区人口持续增加，供水需求快速增长，部分老旧管网漏损率偏高、二次供水设施管理不规范等问题逐步显现。为保障城市供水安全，规范供水经营和用水行为，市人大常委会制定了《海东市城市供水条例》（以下简称《条例》），经青海省人大常委会批准，自2024年1月1日起施行。
## 二、主要内容
《条例》共七章四十二条，主要包括以下几个方面：
- 明确政府、主管部门和供水企业的职责，建立供水安全保障协调机制；
- 规范水源保护和水质管理，要求供水企业定期公布水质信息；
- 对二次供水设施的建设、移交和维护作出规定，明确新建住宅二次供水设施由供水企业统一管理；
- 规定供水企业因工程施工需要停水的，应当提前24小时通知用户；
- 明确擅自连接公共供水管网、盗用城市供水等行为的法律责任。
## 三、群众关心的问题
问：因管网抢修临时停水，会提前通知吗？
答：因供水设施发生故障等紧急情况需要停水的，供水企业应当在抢修的同时通知用户，并尽快恢复供水；停水时间超过24小时的，应当采取临时供水措施。
问：小区二次供水水箱多久清洗一次？
答：《条例》规定，二次供水设施管理单位应当每半年至少清洗消毒一次，并将水质检测结果在小区显著位置公示。
"""),

dict(id="vp-05", kind=K, doctitle="城关镇召开2024年度村级财务审计反馈会",
 title="城关镇召开2024年度村级财务审计反馈会", authors=["吴春燕"], publish_time="2025/01/09",
 css="""body{background:#e9e4d8;margin:0;font-size:13px}#wrap{width:960px;margin:0 auto;background:#fff}#logo{height:110px;background:#8b1d1d;color:#ffd;font-size:30px;padding-left:30px}
#menu a{color:#8b1d1d;padding:0 10px}#lm{float:left;width:240px}#ct{margin-left:250px;padding:10px}.t1{font-size:22px;text-align:center}.t2{text-align:center;font-size:12px;color:#777;background:#f5f0e6;padding:4px}
#bt{clear:both;background:#8b1d1d;color:#fff;text-align:center;padding:10px;line-height:1.8}""",
 html="""<div id="wrap"><div id="logo">都昌县城关镇人民政府</div>
<div id="menu"><a>网站首页</a>|<a>镇情概况</a>|<a>政务动态</a>|<a>村务公开</a>|<a>便民服务</a>|<a>党建园地</a>|<a>镇长信箱</a></div>
<div id="lm"><p><b>政务动态</b></p><p>› 工作动态</p><p>› 村居动态</p><p>› 图片新闻</p><p>联系电话：0792-5223160</p></div>
<div id="ct"><p>当前位置：<a>首页</a> → <a>政务动态</a> → <a>工作动态</a></p>
<div class="t1">城关镇召开2024年度村级财务审计反馈会</div>
<div class="t2">文章来源：镇纪委　作者：吴春燕　发布时间：2025/01/09　阅读：<b>218</b>次</div>
{BODY}
<p>【<a>收藏</a>】 【<a>打印文章</a>】 【<a>关闭窗口</a>】</p>
<p>上一篇：城关镇开展岁末年初安全生产大检查<br>下一篇：没有了</p></div>
<div id="bt">Copyright © 2013-2025 都昌县城关镇人民政府 版权所有<br>赣ICP备13004719号　技术支持：九江市某某网络科技有限公司</div></div>""",
 body="""
1月8日上午，城关镇召开2024年度村级财务审计反馈会，镇纪委、财政所、农经站负责人和各村（社区）党组织书记、报账员共60余人参加会议。
会上，审计组通报了本次审计的总体情况。此次审计覆盖全镇21个村（社区），重点检查了村级资金收支、资产资源管理、工程项目和非生产性开支等情况，共发现问题43个，涉及票据不规范、合同管理不到位、公示不及时等方面。
## 整改要求
会议要求，各村（社区）要对照问题清单逐条整改，整改情况于2月底前报镇农经站；对涉及违规违纪的问题线索，一律移交镇纪委处理。
镇纪委书记在讲话中指出，村级财务是群众最关心的“钱袋子”，每一分钱都要花在明处、用在实处。各村要严格执行“四议两公开”，大额开支必须集体研究，村务监督委员会要真正把好关。
会后，镇财政所还对各村报账员进行了业务培训，重点讲解了新版村级会计核算系统的操作流程和常见问题。
"""),

dict(id="vp-06", kind=K, doctitle="湖北省文化和旅游厅关于公布第二批省级旅游休闲街区名单的通知",
 title="湖北省文化和旅游厅关于公布第二批省级旅游休闲街区名单的通知", authors=[], publish_time="2024年09月20日 16:05",
 css="""body{margin:0;font-family:system-ui;background:#fff}.g-head{height:64px;display:flex;align-items:center;padding:0 5%;box-shadow:0 2px 6px #0002}
.g-head .n{margin-left:auto;display:flex;gap:20px}.wrap{max-width:880px;margin:24px auto}.tit{font-size:26px;font-weight:600;line-height:1.4}
.line{display:flex;gap:18px;color:#8a8a8a;font-size:13px;margin:10px 0 24px}.doc{font-size:16px;line-height:2}.fno{text-align:center;color:#333}.g-foot{background:#f4f4f4;padding:24px 5%;font-size:12px;color:#777}""",
 html="""<div class="g-head"><b>湖北省文化和旅游厅</b><div class="n"><a>首页</a><a>机构概况</a><a>政务公开</a><a>文旅资讯</a><a>公共服务</a><a>互动交流</a><a>无障碍</a></div></div>
<div class="wrap"><div class="crumb">首页 / 政务公开 / 通知公告</div>
<div class="tit">湖北省文化和旅游厅关于公布第二批省级旅游休闲街区名单的通知</div>
<div class="line"><span>发布时间：2024年09月20日 16:05</span><span>信息来源：资源开发处</span><span>【字号 大 中 小】</span><span>分享：</span></div>
<p class="fno">鄂文旅发〔2024〕37号</p>
<div class="doc">{BODY}</div>
<p class="att">附件：第二批省级旅游休闲街区名单</p>
<p>扫一扫在手机上查看当前页面</p></div>
<div class="g-foot">湖北省文化和旅游厅 版权所有　地址：武汉市武昌区洪山路某号<br>鄂ICP备16017903号-1　鄂公网安备 42010602000218号　网站标识码：4200000082</div>""",
 body="""
各市、州、直管市、神农架林区文化和旅游局：
为深入实施扩大内需战略，推动文化和旅游消费提质升级，根据《省级旅游休闲街区认定办法（试行）》，经各地推荐、材料审核、实地检查和综合评定，并经公示无异议，确定武汉市江汉区江汉关历史文化街区等10个街区为第二批省级旅游休闲街区。现将名单予以公布。
各地要以此为契机，进一步完善街区公共服务设施，丰富夜间文化和旅游业态，加强文化遗产保护利用和文明旅游宣传引导，不断提升街区品质和游客满意度。
我厅将对省级旅游休闲街区实行动态管理，对存在重大安全事故、严重服务质量问题或不再符合认定条件的街区，将按程序取消其认定。
| 序号 | 所在地 | 街区名称
| 1 | 武汉市 | 江汉关历史文化街区
| 2 | 宜昌市 | 滨江夜市街区
| 3 | 襄阳市 | 北街文化街区
| 4 | 荆州市 | 古城东门街区
| 5 | 恩施州 | 土司城风情街区
>> 湖北省文化和旅游厅
>> 2024年9月19日
"""),

dict(id="vp-07", kind=K, doctitle="在全县优化营商环境大会上的讲话-南昌县人民政府",
 title="在全县优化营商环境大会上的讲话", authors=["熊建华"], publish_time="2025-02-17 11:30",
 css="""body{margin:0;font:15px/1.9 serif}.top{background:#003a70;color:#fff;display:flex;justify-content:space-between;padding:6px 30px;font-size:12px}
.mast{padding:26px 30px;font-size:30px;color:#003a70}.bar{background:#e50012;height:4px}.page{width:1000px;margin:20px auto}.h1{font-size:24px;text-align:center;font-weight:bold}
.speaker{text-align:center;font-family:楷体}.date{text-align:center}.info{font-size:12px;color:#aaa;text-align:right}.f{background:#f0f0f0;text-align:center;font-size:12px;padding:18px}""",
 html="""<div class="top"><span>今天是：2025年2月17日</span><span><a>无障碍浏览</a> <a>长辈版</a> <a>繁体版</a> <a>手机版</a></span></div>
<div class="mast">南昌县人民政府<form><input placeholder="请输入搜索内容"><button>搜 索</button></form></div><div class="bar"></div>
<div class="page"><div class="crumb">您当前所在位置：首页 &gt; 政务公开 &gt; 领导讲话 &gt; 正文</div>
<div class="info">来源：县政府办　发布时间：2025-02-17 11:30　浏览量：2046　【大 中 小】</div>
<div class="h1">在全县优化营商环境大会上的讲话</div>
<div class="speaker">县长　熊建华</div><div class="date">（2025年2月14日）</div>
<div class="txt">{BODY}</div>
<div><a>【打印】</a><a>【关闭】</a></div></div>
<div class="f">主办：南昌县人民政府办公室　承办：南昌县数字政府建设中心<br>赣ICP备05002941号　赣公网安备36012102000089号　网站标识码：3601210002<br>（建议使用IE9以上版本浏览器）</div>""",
 body="""
同志们：
今天，我们召开全县优化营商环境大会，主要任务是总结去年工作，部署今年任务，动员全县上下以更大力度打造一流营商环境。
## 一、充分肯定过去一年取得的成绩
过去一年，全县新登记市场主体1.36万户，同比增长12.4%；“一件事一次办”事项扩展到68项，企业开办时间压缩至0.5个工作日。这些成绩来之不易，是全县干部群众共同努力的结果。
## 二、清醒认识存在的差距
我们也要看到，一些部门服务意识还不够强，个别审批环节仍然存在“体外循环”；涉企检查多头重复的问题还没有根本解决；企业反映的融资难、用工难问题仍较突出。
## 三、聚焦重点抓好今年工作
一是持续深化审批制度改革，年内实现工程建设项目审批全流程网上办理。二是规范涉企执法检查，推行“综合查一次”，坚决杜绝随意检查。三是健全政企沟通机制，县领导每月至少走访一次挂点企业，企业诉求原则上7个工作日内办结。
同志们，营商环境没有最好，只有更好。让我们撸起袖子加油干，为全县高质量发展作出新的更大贡献！
"""),

dict(id="vp-08", kind=K, doctitle="西宁市城东区关于2024年第四季度政务服务“好差评”情况的通报",
 title="关于2024年第四季度政务服务“好差评”情况的通报", authors=[], publish_time="2025-01-15 10:12:45",
 css="""body{margin:0;font-family:sans-serif;font-size:14px}.hd{background:#1f7a8c;color:#fff;padding:14px 20px}.hd em{font-style:normal;font-size:12px;float:right}
.mn{background:#e1f2f5;padding:6px 20px}.mn b{margin-right:20px;font-weight:normal}.cnt{max-width:960px;margin:auto;padding:20px}.ti{font-size:22px;text-align:center;margin:12px 0}
.xx{font-size:12px;color:#666;text-align:center}.dt{border-collapse:collapse;width:100%}.ft{font-size:12px;color:#555;text-align:center;border-top:1px solid #ccc;padding:14px}""",
 html="""<div class="hd">西宁市城东区人民政府<em>无障碍 | 长者模式 | 繁体中文</em></div>
<div class="mn"><b>首页</b><b>走进城东</b><b>新闻动态</b><b>信息公开</b><b>政务服务</b><b>互动交流</b></div>
<div class="cnt"><p>当前位置：首页&gt;信息公开&gt;通知公告&gt;正文</p>
<div class="xx">发布时间：2025-01-15 10:12:45　来源：区政务服务监督管理局　【打印】【关闭】</div>
<div class="ti">关于2024年第四季度政务服务“好差评”情况的通报</div>
<p style="text-align:center">东政服〔2025〕2号</p>
{BODY}
<p>扫一扫分享本页　<a>微信</a> <a>微博</a></p></div>
<div class="ft">主办单位：西宁市城东区人民政府办公室　电话：0971-8135720<br>青ICP备09001436号-1　青公网安备63010202000051号　网站标识码：6301020001</div>""",
 body="""
各街道办事处、镇人民政府，区政府各部门：
为持续提升政务服务质量，根据《西宁市城东区政务服务“好差评”工作实施方案》，现将2024年第四季度全区政务服务“好差评”情况通报如下：
## 一、总体情况
第四季度，全区共收到办事群众评价31482条，其中非常满意29875条，满意1410条，基本满意163条，不满意26条，不满意率为0.08%，较上季度下降0.03个百分点。差评均已按要求完成核实整改，整改率100%。
## 二、各单位评价情况
| 单位 | 评价数 | 差评数 | 整改率
| 区市场监管局 | 8216 | 7 | 100%
| 区人社局 | 6340 | 5 | 100%
| 区医保局 | 4127 | 9 | 100%
| 各街道便民服务中心 | 12799 | 5 | 100%
## 三、存在问题及下一步要求
从差评内容看，主要集中在等候时间较长、一次性告知不到位等方面。各单位要认真分析差评原因，举一反三，优化办事流程，加强窗口人员业务培训，切实做到“差评必改”。
>> 西宁市城东区政务服务监督管理局
>> 2025年1月14日
"""),

dict(id="vp-09", kind=K, doctitle="【代表风采】李家村：一条产业路带富一方百姓 - 兴山县",
 title="李家村：一条产业路带富一方百姓", authors=["谭海鸥", "向秋月"], publish_time="2024年10月31日",
 css="""body{margin:0;background:#f6f7f9;font-size:15px}.m-head{background:#2e7d32;color:#fff;padding:12px 16px}.m-nav{overflow-x:auto;white-space:nowrap;background:#fff;padding:8px}
.m-nav span{padding:0 10px}.card{background:#fff;margin:10px;padding:16px;border-radius:8px}.card h1{font-size:22px}.au{color:#2e7d32;font-size:13px}.tm{color:#999;font-size:12px}
.tabbar{display:flex;justify-content:space-around;background:#fff;border-top:1px solid #ddd;padding:8px}""",
 html="""<div class="m-head">兴山县人民政府 · 移动门户 <span style="float:right">搜索</span></div>
<div class="m-nav"><span>首页</span><span>兴山要闻</span><span>乡镇动态</span><span>村务公开</span><span>乡村振兴</span><span>视频</span></div>
<div class="card"><div class="crumb">首页 &gt; 乡镇动态 &gt; 正文</div>
<p class="tag">【代表风采】</p><h1>李家村：一条产业路带富一方百姓</h1>
<p class="au">古夫镇　谭海鸥　向秋月</p><p class="tm">2024年10月31日　阅读 3.1万</p>
<div class="ct">{BODY}</div>
<p class="nb">编辑：黄思雨　审核：邓光明</p></div>
<div class="card"><b>推荐阅读</b><p>兴山县秋冬季森林防火动员部署会召开</p><p>昭君镇：柑橘丰收季 果农笑开颜</p></div>
<div class="card" style="font-size:12px;color:#888">主办：兴山县人民政府办公室　鄂ICP备10014203号　网站标识码：4205260003</div>
<div class="tabbar"><span>首页</span><span>办事</span><span>互动</span><span>我的</span></div>""",
 body="""
深秋时节，走进古夫镇李家村，一条4.5米宽的水泥路沿着山势蜿蜒而上，路两旁是成片的核桃林和茶园。村民们正忙着把刚采收的核桃装车外运。
“路通了，货车能直接开到地头，核桃每斤能多卖五毛钱。”村民李德福一边过秤一边算账。他家今年收了1800多斤核桃，光这一项就能增收近千元。
## 从“肩挑背扛”到“车进车出”
几年前，李家村的产业路还是一条泥巴路，一下雨就没法走。县人大代表、村党支部书记李成刚四处奔走，争取到项目资金120万元，又发动村民投工投劳，硬化道路6.8公里。
路修好后，村里又引进了一家茶叶加工企业，建起了200平方米的加工厂，村集体每年可获得租金收入8万元。
## 代表心声
> “代表就要替老百姓办实事。路修好了，下一步我们还要把村里的民宿搞起来。”李成刚说。
截至目前，李家村已发展核桃1200亩、茶叶600亩，2023年人均可支配收入达到1.6万元，比五年前增长了近一倍。
"""),

dict(id="vp-10", kind=K, doctitle="关于同意设立衢州市柯城区石室乡荆溪村便民服务站的批复",
 title="关于同意设立衢州市柯城区石室乡荆溪村便民服务站的批复", authors=[], publish_time="2023-08-02",
 css="""body{font-family:"SimSun";font-size:14px;margin:0}.hdimg{height:80px;background:#0d47a1;color:#fff;font-size:28px;line-height:80px;padding-left:40px}
table.info{border-collapse:collapse;width:900px;margin:10px auto;font-size:12px}table.info td{border:1px solid #cfd8dc;padding:4px}.zw{width:860px;margin:0 auto;font-size:16px;line-height:2}
.zw h1{font-size:22px;text-align:center;color:#c00}.btm{text-align:center;font-size:12px;color:#555;margin-top:40px}""",
 html="""<div class="hdimg">柯城区政府信息公开平台</div>
<p style="width:900px;margin:8px auto">位置：<a>首页</a> &gt; <a>政府信息公开</a> &gt; <a>乡镇（街道）</a> &gt; <a>石室乡</a> &gt; 正文</p>
<table class="info"><tr><td>索引号：</td><td>002719604/2023-41107</td><td>主题分类：</td><td>民政、扶贫、救灾</td></tr>
<tr><td>发布机构：</td><td>石室乡人民政府</td><td>生成日期：</td><td>2023-08-02</td></tr>
<tr><td>文号：</td><td>石政〔2023〕19号</td><td>有效性：</td><td>有效</td></tr></table>
<div class="zw"><h1>关于同意设立衢州市柯城区石室乡荆溪村便民服务站的批复</h1>
<p style="text-align:center">石政〔2023〕19号</p>
{BODY}
<p>【<a>我要打印</a>】【<a>关闭</a>】</p></div>
<div class="btm">主办：衢州市柯城区人民政府办公室　网站标识码：3308020001　浙ICP备12011785号<br>浙公网安备 33080202000123号　联系我们：0570-3012346</div>""",
 body="""
荆溪村股份经济合作社：
你社《关于设立荆溪村便民服务站的请示》（荆村〔2023〕5号）收悉。经乡政府研究，现批复如下：
一、同意设立衢州市柯城区石室乡荆溪村便民服务站（以下简称“服务站”），服务站设在荆溪村文化礼堂一楼，使用面积约80平方米。
二、服务站主要承担社保医保参保缴费、老年人优待证办理、惠农补贴申报、水电费代缴等代办服务，实行“村干部轮值+网格员代办”工作模式，工作日全天开放。
三、服务站建设所需经费由村集体经济列支，乡政府按照有关规定给予适当补助。服务站运行后，由乡便民服务中心负责业务指导和考核。
四、你社要加强服务站人员管理和业务培训，建立服务台账，公开服务事项、办理流程和监督电话，确保群众办事“就近办、一次办”。
此复。
>> 衢州市柯城区石室乡人民政府
>> 2023年8月1日
~ （此件公开发布）
"""),

dict(id="vp-11", kind=K, doctitle="格尔木市召开耕地保护和粮食安全工作推进会",
 title="格尔木市召开耕地保护和粮食安全工作推进会", authors=["马晓燕"], publish_time="2024-07-16",
 css="""body{margin:0;font-size:14px;font-family:Arial}.wrapper{width:1200px;margin:0 auto}.logo{background:#7a4b1e;color:#fff;padding:20px}.nav{display:flex;background:#a0692b}.nav a{flex:1;text-align:center;color:#fff;padding:10px}
.news h2{font-size:24px;text-align:center;margin:20px 0 6px}.news .meta{display:flex;justify-content:space-between;border-top:1px solid #ddd;border-bottom:1px solid #ddd;font-size:12px;padding:6px}
.foot{background:#4a2d10;color:#ddd;padding:20px;font-size:12px}""",
 html="""<div class="wrapper"><div class="logo">格尔木市人民政府 <small>GOLMUD MUNICIPAL PEOPLE'S GOVERNMENT</small><br><a>长者模式</a> <a>无障碍</a></div>
<div class="nav"><a>首页</a><a>走进格尔木</a><a>政务动态</a><a>信息公开</a><a>办事服务</a><a>互动交流</a></div>
<p>您的位置：<a>首页</a> &gt; <a>政务动态</a> &gt; <a>部门动态</a></p>
<div class="news"><h2>格尔木市召开耕地保护和粮食安全工作推进会</h2>
<div class="meta"><span>时间：2024-07-16</span><span>来源：市农牧和科技局</span><span>撰稿：马晓燕</span><span>摄影：才让东智</span><span>【打印】【关闭】</span></div>
{BODY}
</div>
<div class="more"><p>上一条：格尔木市开展汛期地质灾害隐患排查</p><p>下一条：郭勒木德镇召开村“两委”干部培训会</p></div>
<div class="foot">版权所有：格尔木市人民政府　承办：格尔木市人民政府办公室<br>青ICP备09002198号-1　网站标识码：6328010002　青公网安备 63280102000016号</div></div>""",
 body="""
7月15日，格尔木市召开耕地保护和粮食安全工作推进会，通报上半年全市耕地保护和粮食生产情况，安排部署下一阶段重点工作。
! 会议现场 | 会议现场
会议指出，今年以来，全市落实粮食播种面积4.6万亩，完成高标准农田建设1.2万亩，整改耕地“非农化”“非粮化”问题图斑97个。但也存在部分撂荒地复耕后管护不到位、个别乡镇耕地保护责任落实不够有力等问题。
会议要求，各乡镇、各相关部门要严格落实耕地保护党政同责，坚决遏制耕地违法占用行为；要抓好夏秋田间管理，做好病虫害监测防控和抗旱防霜准备；要加快推进高标准农田项目建设进度，确保10月底前完成年度任务。
会议还就秋粮收购、农业保险理赔和农机安全生产等工作作了安排。各乡镇分管负责同志，市农牧和科技局、自然资源局、水利局等部门负责同志参加会议。
"""),

dict(id="vp-12", kind=K, doctitle="市场监管局：守护“舌尖上的安全” 暑期校园周边食品安全专项检查启动",
 title="守护“舌尖上的安全” 暑期校园周边食品安全专项检查启动", authors=["章倩", "楼佳宁"], publish_time="2024-07-03 15:48",
 css="""body{margin:0;font:16px/1.75 -apple-system,sans-serif;color:#333}.s-top{display:grid;grid-template-columns:1fr auto;padding:16px 6%;border-bottom:1px solid #e5e5e5}
.s-menu{padding:10px 6%;background:#fafafa}.s-menu i{font-style:normal;margin-right:22px}.s-main{display:grid;grid-template-columns:3fr 1fr;gap:40px;padding:20px 6%}
.s-title{font-size:30px;line-height:1.3;margin:0}.s-sub{color:#888;margin:6px 0 14px}.s-info{font-size:13px;color:#999}.s-aside h5{border-left:4px solid #e60;padding-left:8px}
.s-foot{background:#222;color:#999;font-size:12px;padding:24px 6%}""",
 html="""<div class="s-top"><div>义乌市市场监督管理局<br><small>义乌市人民政府门户网站 › 部门网站</small></div><div><a>无障碍</a> · <a>老年版</a> · <input placeholder="搜索本站"></div></div>
<div class="s-menu"><i>首页</i><i>机构职能</i><i>工作动态</i><i>信息公开</i><i>办事服务</i><i>投诉举报</i></div>
<div class="s-main"><div><div>首页 &gt; 工作动态 &gt; 正文</div>
<p class="s-sub">市场监管局：</p><h1 class="s-title">守护“舌尖上的安全” 暑期校园周边食品安全专项检查启动</h1>
<div class="s-info">2024-07-03 15:48 | 市市场监管局 | 浏览量：904</div>
<div class="s-body">{BODY}</div>
<p class="s-info">分享到：微信　微博　钉钉</p></div>
<div class="s-aside"><h5>热点专题</h5><p>浙江省市场监管投诉举报平台</p><p>“你点我检”服务</p><h5>扫码关注</h5><p><img alt="义乌市场监管微信公众号" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"></p><p>义乌市场监管微信公众号</p></div></div>
<div class="s-foot">主办：义乌市市场监督管理局　地址：义乌市稠城街道某路288号<br>浙ICP备05017246号　浙公网安备33078202000241号　网站标识码：3307820034</div>""",
 body="""
~ 通讯员　章  倩　记者　楼佳宁
7月2日起，市市场监管局联合教育、城管等部门，在全市范围内开展为期两个月的暑期校园周边食品安全专项检查，重点整治校园周边小餐饮、小食杂店销售“三无”食品、过期食品等问题。
## 检查重点
- 校外托管机构和暑期培训机构的集体用餐；
- 校园周边200米范围内的小餐饮、奶茶店和小食杂店；
- 网络订餐平台上面向学生的外卖商户。
当天下午，执法人员来到稠城街道某小学附近的一家小食杂店，逐一检查货架上的辣条、饮料等商品标签。“这些都是孩子们爱买的，保质期、生产厂家必须看清楚。”执法人员一边检查一边提醒店主。在另一家奶茶店，执法人员发现后厨一批珍珠原料已超过开封后的使用期限，当即责令店主下架销毁，并对从业人员进行了现场教育。
据统计，首日共出动执法人员86人次，检查经营主体154家，发现问题23个，已全部责令整改。市市场监管局提醒广大家长，不要给孩子购买无标签、来源不明的食品，发现问题可拨打12315投诉举报。
"""),
]
