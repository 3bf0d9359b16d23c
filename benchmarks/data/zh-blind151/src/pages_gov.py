"""uv-01 … uv-12: government portals, departments, 街道/乡镇, 村."""
CSS_OLD = "body{font:12px 宋体;margin:0} table{border-collapse:collapse} .title{font-size:20px;color:#c00;text-align:center} .bt td,.bt th{border:1px solid #999}"
CSS_NEW = "body{font-family:'Microsoft YaHei';margin:0;background:#f4f6f9} .wrap{width:1200px;margin:auto;background:#fff} h1{font-size:26px;text-align:center} .info span{margin:0 10px} .bt{border-collapse:collapse}"

PAGES = [
dict(id="uv-01", kind="government", doc_title="天津市西青区人民政府关于2025年春季农田水利设施维修项目的批复_西青区政务网", css=CSS_OLD,
title="天津市西青区人民政府关于2025年春季农田水利设施维修项目的批复", authors=[], publish_time="2025-03-18",
tpl="""<body>
<table width="1000" align="center"><tr><td><img alt="天津市西青区人民政府" src="" width="1" height="1"></td><td align="right"><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">繁體</a> | <a href="#">English</a></td></tr>
<tr><td colspan="2"><a href="#">首页</a>　<a href="#">走进西青</a>　<a href="#">政务公开</a>　<a href="#">政务服务</a>　<a href="#">互动交流</a>　<a href="#">专题专栏</a></td></tr></table>
<table width="1000" align="center"><tr><td>当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政府文件</a> &gt; 正文</td></tr></table>
<table width="1000" align="center" class="meta"><tr><td>索 引 号：</td><td>11120111MB1A52873C/2025-00417</td><td>主题分类：</td><td>农业、林业、水利</td></tr>
<tr><td>发文机关：</td><td>西青区人民政府</td><td>成文日期：</td><td>2025-03-14</td></tr>
<tr><td>标　　题：</td><td colspan="3">天津市西青区人民政府关于2025年春季农田水利设施维修项目的批复</td></tr>
<tr><td>发文字号：</td><td>西青政批〔2025〕9号</td><td>发布日期：</td><td>2025-03-18</td></tr></table>
<table width="1000" align="center"><tr><td class="title">{TITLE}</td></tr>
<tr><td>{BODY}</td></tr>
<tr><td align="right">【<a href="#">打印本页</a>】　【<a href="#">关闭窗口</a>】</td></tr></table>
<table width="1000" align="center"><tr><td>相关文件：<br><a href="#">西青区2024年高标准农田建设项目验收情况的通报</a><br><a href="#">关于做好2025年春季农业生产工作的通知</a></td></tr></table>
<table width="1000" align="center"><tr><td align="center">主办：天津市西青区人民政府办公室　承办：西青区政务服务办<br>网站标识码：1201110037　津ICP备05001793号-2　津公网安备 12011102000931号<br>联系电话：022-27392061　<a href="#">网站地图</a></td></tr></table>
</body>""",
body="""
= 西青政批〔2025〕9号
区农业农村委：
你委《关于申请实施2025年春季农田水利设施维修项目的请示》（西青农农报〔2025〕21号）收悉。经区政府研究，现批复如下：
一、同意实施2025年春季农田水利设施维修项目。项目涉及张家窝镇、辛口镇、王稳庄镇3个镇，共维修泵站14座、清淤沟渠38.6公里、更换闸门22处。
二、项目总投资控制在1260万元以内，资金由区级财政统筹安排，专款专用。你委要严格执行政府采购有关规定，规范开展招标投标工作。
三、请你委会同区财政局、区水务局加强项目全过程监管，确保5月15日前完工，不误春灌夏播。项目完成后，及时组织验收并将结果报区政府。
四、各相关镇要做好施工期间群众用水安排和安全防护工作，对施工中发现的问题及时协调解决。
此复。
> 天津市西青区人民政府
> 2025年3月14日
~ <p>（此件公开发布）</p>
"""),

dict(id="uv-02", kind="government", doc_title="长沙市天心区召开2025年优化营商环境推进会 - 天心区人民政府门户网站", css=CSS_NEW,
title="天心区召开2025年优化营商环境推进会", authors=["刘思远", "唐  菲"], publish_time="2025-04-09 17:32",
tpl="""<body><div class="top"><span>欢迎访问长沙市天心区人民政府门户网站</span> <a href="#">无障碍浏览</a> <a href="#">关怀版</a> <a href="#">简</a>/<a href="#">繁</a> <form><input placeholder="请输入关键字"><button>搜索</button></form></div>
<div class="wrap"><header><img alt="长沙市天心区人民政府" src="" width="1" height="1"><nav><ul><li>首页</li><li>天心概况</li><li>政务公开</li><li>办事服务</li><li>政民互动</li><li>数据开放</li></ul></nav></header>
<div class="crumb">您当前的位置：<a href="#">首页</a> &gt; <a href="#">政务动态</a> &gt; <a href="#">天心要闻</a></div>
<article><h1>{TITLE}</h1>
<div class="info"><span>来源：天心区发展和改革局</span><span>发布时间：2025-04-09 17:32</span><span>作者：刘思远 唐  菲</span><span>浏览次数：1836</span><span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="content">{BODY}</div>
<div class="editor">责任编辑：彭  琳　　审核：黄志军</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a> 【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>
<div class="pn"><p>上一篇：<a href="#">天心区开展安全生产“开工第一课”活动</a></p><p>下一篇：<a href="#">天心区新增3家省级专精特新“小巨人”企业</a></p></div></article>
<footer><p><a href="#">关于我们</a> | <a href="#">网站地图</a> | <a href="#">联系我们</a></p><p>主办单位：长沙市天心区人民政府办公室　运维单位：天心区数据资源局</p><p>湘ICP备10201836号-1　湘公网安备43010302000714号　网站标识码：4301030011</p><img alt="党政机关" src="" width="1" height="1"><img alt="政府网站找错" src="" width="1" height="1"></footer></div></body>""",
body="""
4月9日，天心区召开2025年优化营商环境推进会，总结去年工作成效，部署今年重点任务。区委副书记、区长易建华出席并讲话。
会议通报了2024年全区营商环境评价情况。去年，天心区“一件事一次办”事项扩展至86项，企业开办压缩至0.5个工作日，全年新增市场主体2.37万户，同比增长11.4%。
! 会议现场 | 会议现场。唐菲 摄
易建华指出，营商环境是发展的“软实力”，也是竞争的“硬支撑”。全区上下要坚持问题导向，聚焦企业反映集中的审批、融资、用工等难点，拿出更实举措。
# 三项重点任务
- 持续深化“放管服”改革，推动更多涉企事项“免申即享”。
- 完善“天心企业之家”服务平台，建立问题办理“红黄绿”督办机制。
- 加强法治保障，开展涉企行政执法专项监督。
会上，区市场监管局、区行政审批服务局等5个单位作了交流发言，区领导与企业代表签订了营商环境共建承诺书。
"""),

dict(id="uv-03", kind="government", doc_title="呼和浩特市赛罕区2025年第一批城镇低保审批结果公示-赛罕区人民政府", css=CSS_NEW + " .rt{float:right}",
title="赛罕区2025年第一批城镇低保审批结果公示", authors=[], publish_time="2025年02月26日 10:05:41",
tpl="""<body><div class="bar">今天是：2025年2月26日 星期三 <a href="#">设为首页</a> <a href="#">加入收藏</a> <a href="#">蒙古文版</a></div>
<div class="wrap"><div class="logo"><img alt="呼和浩特市赛罕区人民政府" src="" width="1" height="1"> 呼和浩特市赛罕区人民政府</div>
<div class="menu"><a href="#">首页</a><a href="#">魅力赛罕</a><a href="#">信息公开</a><a href="#">网上办事</a><a href="#">公众参与</a></div>
<div class="pos">当前位置：首页 &gt;&gt; 信息公开 &gt;&gt; 社会救助 &gt;&gt; 正文</div>
<div class="detail"><div class="tt">{TITLE}</div>
<div class="info">2025年02月26日 10:05:41　来源：赛罕区民政局　【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
{BODY}
<div class="tools"><a href="#">【打印】</a> <a href="#">【关闭】</a></div></div>
<div class="side"><h3>扫一扫在手机打开当前页</h3><img alt="二维码" src="" width="1" height="1"><h3>热点信息</h3><ul><li>赛罕区2025年春季植树造林工作方案</li><li>赛罕区城乡居民医保缴费提醒</li></ul></div>
<div class="foot">版权所有：呼和浩特市赛罕区人民政府　地址：呼和浩特市赛罕区昭乌达路97号<br>蒙ICP备09003214号　蒙公网安备 15010502000277号　网站标识码：1501050006</div></div></body>""",
body="""
根据《内蒙古自治区最低生活保障操作规程》有关规定，经苏木乡镇（街道）入户调查、民主评议和区民政局审核确认，现将2025年第一批城镇最低生活保障审批结果予以公示。
# 一、审批情况
本批次共受理申请63户，经审核，拟批准纳入城镇低保41户72人，不予批准22户。具体名单如下：
| 序号 | 街道 | 户主姓名 | 保障人数 | 月保障金（元） |
| 1 | 昭乌达路街道 | 王某某 | 2 | 1580 |
| 2 | 敕勒川路街道 | 其某某格 | 1 | 790 |
| 3 | 大学西路街道 | 李某某 | 3 | 2370 |
| 4 | 中专路街道 | 张某某 | 2 | 1580 |
（其余37户名单详见附件）
# 二、公示时间
2025年2月26日至2025年3月4日，共5个工作日。
# 三、监督方式
公示期间，如有异议，请以书面或电话形式向赛罕区民政局反映。反映情况要实事求是，以单位名义反映的须加盖公章，以个人名义反映的须署真实姓名。
联系电话：0471-4962207、0471-4962213
附件：赛罕区2025年第一批城镇低保审批名单.xls
> 赛罕区民政局
> 2025年2月26日
"""),

dict(id="uv-04", kind="government", doc_title="《海口市龙华区促进夜间经济发展若干措施》政策解读", css=CSS_NEW + " .jd{border:1px solid #ddd}",
title="《海口市龙华区促进夜间经济发展若干措施》政策解读", authors=[], publish_time="2025-05-21",
tpl="""<body><header class="hd"><div class="wrap"><a href="#">海口市龙华区人民政府网</a> <span class="links"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">登录</a><a href="#">注册</a></span>
<form class="search"><input type="text" placeholder="搜索本站"><input type="submit" value="搜索"></form></div>
<nav class="wrap"><a href="#">首页</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">数据发布</a><a href="#">走进龙华</a></nav></header>
<main class="wrap"><p class="crumb">首页 / 政务公开 / 政策解读 / 文字解读</p>
<section class="jd"><h1>{TITLE}</h1>
<table class="meta" width="100%"><tr><td>发布日期：2025-05-21</td><td>来源：龙华区商务局</td><td>解读机关：龙华区商务局</td></tr></table>
<p class="rel">相关文件：<a href="#">海口市龙华区人民政府关于印发《海口市龙华区促进夜间经济发展若干措施》的通知</a></p>
<div class="article">{BODY}</div>
<div class="bottom"><a href="#">打印</a> | <a href="#">关闭</a> | <a href="#">返回顶部</a></div></section>
<section class="more"><h4>相关解读</h4><ul><li>图解：龙华区2025年消费券发放安排</li><li>一图读懂《龙华区商业街区提升行动方案》</li></ul></section></main>
<footer><div class="wrap">主办：海口市龙华区人民政府办公室　承办：龙华区大数据管理中心<br>联系电话：0898-68613290　琼ICP备05002136号　琼公网安备 46010602000358号　网站标识码：4601060008<br>建议使用1920×1080分辨率浏览本站</div></footer></body>""",
body="""
# 一、出台背景
为进一步激发消费活力，打造“夜游海口”城市名片，区商务局在深入调研骑楼老街、万绿园周边等重点区域的基础上，起草了《海口市龙华区促进夜间经济发展若干措施》（以下简称《措施》）。
# 二、主要内容
《措施》共四个方面12条，主要包括：
- 培育夜间消费集聚区。对新认定的区级夜间经济示范街区，一次性给予30万元奖励。
- 丰富夜间文旅业态。支持举办夜市、音乐节、骑楼灯光秀等活动，按实际投入的30%给予补助，单个活动最高不超过20万元。
- 优化夜间公共服务。延长重点区域公交运营时间至23:30，增设临时停车泊位1200个。
- 加强夜间安全管理。建立商务、公安、城管、市场监管联合巡查机制。
# 三、适用对象
《措施》适用于在龙华区依法登记注册、具有独立法人资格的商贸、餐饮、文旅企业和街区运营主体。
# 四、有效期
《措施》自2025年6月1日起施行，有效期两年。
政策咨询电话：0898-68613377（区商务局商贸科）
"""),

dict(id="uv-05", kind="government", doc_title="王稳庄镇开展汛前河道清障专项行动", css="body{margin:0;font:14px/1.8 sans-serif} .m{max-width:750px;margin:auto} h2{font-size:22px}",
title="王稳庄镇开展汛前河道清障专项行动", authors=["赵  凯"], publish_time="2025年06月03日",
tpl="""<body><div class="m"><div class="site">王稳庄镇人民政府<span> | 天津市西青区</span></div>
<div class="nav"><a href="#">镇情概况</a> · <a href="#">镇务动态</a> · <a href="#">村务公开</a> · <a href="#">便民服务</a></div>
<div class="loc">当前位置：首页 &gt; 镇务动态 &gt; 正文</div>
<h2>{TITLE}</h2>
<p class="info">2025年06月03日 | 王稳庄镇 | 阅读：426次</p>
{BODY}
<p class="ed">（供稿：镇综合执法队 通讯员：赵  凯）</p>
<p class="ed">编辑：孙  悦</p>
<div class="qr"><img alt="" src="" width="1" height="1"> 扫一扫，手机浏览</div>
<div class="f">天津市西青区王稳庄镇人民政府 版权所有<br>地址：西青区王稳庄镇建新路8号　电话：022-27941106<br>津ICP备05001793号-7</div></div></body>""",
body="""
入汛在即，为确保辖区河道行洪畅通，5月下旬以来，王稳庄镇组织水务站、综合执法队和各村“两委”干部，对境内南运河支渠、大沽排水河沿线开展汛前河道清障专项行动。
行动中，工作人员沿河逐段排查，重点清理河道内的违规网箱、阻水植物、堆放杂物和临时搭建。截至6月2日，共清理阻水网箱47处、堆土1600余立方米，拆除违规窝棚9处，打捞水面漂浮物12吨。
! 清障现场 | 工作人员清理河道阻水网箱
“今年我们把清障和日常巡河结合起来，发现一处、清理一处、销号一处。”镇水务站站长高德明介绍，镇里建立了河道问题台账，对需要机械作业的点位统一调度挖掘机和清淤船，确保6月10日前全部完成。
下一步，王稳庄镇将落实镇村两级河长巡河制度，加密汛期巡查频次，备足编织袋、抽水泵等防汛物资，做好各项应急准备。
"""),

dict(id="uv-06", kind="government", doc_title="浏阳市大瑶镇关于做好2025年秸秆禁烧工作的通告", css="body{font:16px serif;margin:40px} .doc{width:820px;margin:auto;border-top:3px solid #b00}",
title="大瑶镇关于做好2025年秸秆禁烧工作的通告", authors=[], publish_time="2025-09-28 09:00",
tpl="""<body><p><a href="#">浏阳市人民政府</a> &gt; <a href="#">乡镇街道</a> &gt; <a href="#">大瑶镇</a> &gt; <a href="#">通知公告</a></p>
<div class="doc"><p class="pub">信息来源：大瑶镇人民政府　　发布时间：2025-09-28 09:00　　点击：</p>
<h1>{TITLE}</h1>
{BODY}
<p class="share">扫一扫在手机上查看当前页面<img alt="" src="" width="1" height="1"></p></div>
<div class="f"><p>浏阳市人民政府办公室主办　浏阳市数据资源局承办</p><p>湘ICP备05002318号　网站标识码：4301810001　湘公网安备 43018102000106号</p></div></body>""",
body="""
为加强大气污染防治，保障人民群众身体健康和生命财产安全，根据《中华人民共和国大气污染防治法》《湖南省大气污染防治条例》等法律法规规定，现就我镇2025年秸秆禁烧工作通告如下：
一、禁烧范围：大瑶镇行政区域内全部耕地、林地、道路两侧、河道沿岸及城乡结合部。
二、禁烧时间：自本通告发布之日起至2025年12月31日。
三、禁烧内容：禁止露天焚烧农作物秸秆、落叶、杂草、垃圾等可燃物。
四、各村（社区）要落实网格化管理责任，实行镇干部包村、村干部包组、党员包户，做到“村不漏组、组不漏户、户不漏田”。
五、鼓励秸秆还田、饲料化、基料化等综合利用。镇农业综合服务中心提供免费技术指导。
六、对违反本通告露天焚烧的，由相关部门依法予以处罚；造成火灾或严重污染的，依法追究法律责任。
举报电话：0731-83511096
特此通告。
> 浏阳市大瑶镇人民政府
> 2025年9月27日
"""),

dict(id="uv-07", kind="government", doc_title="自治区生态环境厅关于2025年第二季度排污单位执法检查情况的通报", css="body{background:#eef3f8;margin:0} .c{width:1100px;margin:auto;background:#fff;padding:20px} .t{font-size:24px;color:#1a4f8b;text-align:center}",
title="自治区生态环境厅关于2025年第二季度排污单位执法检查情况的通报", authors=[], publish_time="2025-07-15",
tpl="""<body><div class="c"><div class="banner">内蒙古自治区生态环境厅 <small>Department of Ecology and Environment of Inner Mongolia</small></div>
<div class="nv"><a href="#">首页</a> <a href="#">机构概况</a> <a href="#">政务公开</a> <a href="#">环境质量</a> <a href="#">执法监督</a> <a href="#">互动交流</a></div>
<div class="loc">您现在的位置： 首页 » 执法监督 » 执法通报</div>
<div class="t">{TITLE}</div>
<div class="sj">发布时间：2025-07-15　信息来源：执法局　<span>字号：[ <a href="#">大</a> <a href="#">中</a> <a href="#">小</a> ]</span></div>
<hr>
{BODY}
<div class="fx">分享：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="xg"><b>相关链接</b><ul><li>2025年第一季度排污单位执法检查情况的通报（2025-04-16）</li><li>自治区生态环境厅2025年“双随机、一公开”抽查计划（2025-02-10）</li></ul></div>
<div class="bq">主办：内蒙古自治区生态环境厅　地址：呼和浩特市新城区兴安南路4号<br>蒙ICP备05003817号-1　蒙公网安备15010202150311号　网站标识码：1500000031</div></div></body>""",
body="""
= 内环执通〔2025〕11号
各盟市生态环境局：
2025年第二季度，全区各级生态环境部门按照“双随机、一公开”要求，共检查排污单位2148家次，发现环境违法问题173个，立案查处96件，罚没款合计1371.6万元。现将有关情况通报如下：
# 一、总体情况
从检查结果看，大部分排污单位能够落实持证排污要求，但部分企业仍存在自动监测数据异常、危险废物贮存不规范、治污设施不正常运行等问题。
| 盟市 | 检查家次 | 立案数 | 罚没款（万元） |
| 呼和浩特市 | 286 | 14 | 203.5 |
| 包头市 | 341 | 19 | 287.2 |
| 鄂尔多斯市 | 402 | 21 | 318.9 |
| 赤峰市 | 255 | 11 | 146.0 |
# 二、工作要求
各盟市要对通报问题逐一督促整改，7月31日前将整改情况报送自治区生态环境厅执法局。
> 内蒙古自治区生态环境厅
> 2025年7月14日
"""),

dict(id="uv-08", kind="government", doc_title="红桥区召开全区安全生产工作会议-天津市红桥区人民政府", css="body{margin:0} #main{width:1180px;margin:0 auto} .zt{font-size:30px;font-weight:bold} .xx{color:#888}",
title="红桥区召开全区安全生产工作会议", authors=["红轩"], publish_time="2025-01-22 08:47",
tpl="""<body><div id="top"><a href="#">天津市红桥区人民政府</a> | <a href="#">区委</a> <a href="#">区人大</a> <a href="#">区政协</a> | <a href="#">适老化模式</a> <a href="#">无障碍阅读</a></div>
<div id="main"><ul class="nav"><li>首页</li><li>红桥动态</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>走进红桥</li></ul>
<div class="crumbs"><a href="#">首页</a> ＞ <a href="#">红桥动态</a> ＞ <a href="#">政务要闻</a></div>
<div class="zt">{TITLE}</div>
<div class="xx">红桥区融媒体中心　2025-01-22 08:47　<a href="#">【大</a> <a href="#">中</a> <a href="#">小】</a></div>
<div class="zw">{BODY}</div>
<div class="zrbj">【责任编辑：高  源】</div>
<div class="pn">上一条：<a href="#">红桥区开展春节前走访慰问活动</a><br>下一条：<a href="#">西于庄街道举办“邻里年货节”</a></div>
<div class="ft"><p>网站主办：天津市红桥区人民政府办公室　技术支持：红桥区政务服务办</p><p>网站标识码：1201060003　津ICP备05002215号　津公网安备 12010602120012号</p></div></div></body>""",
body="""
本报讯（记者 红轩）1月21日，红桥区召开全区安全生产工作会议，深入学习贯彻全国、全市安全生产电视电话会议精神，总结2024年全区安全生产工作，部署春节、全国两会期间安全防范重点任务。区委常委、常务副区长马德成出席并讲话。
会议指出，2024年全区各级各部门压紧压实安全生产责任，深入开展治本攻坚三年行动，全年排查整治隐患5700余项，安全生产形势总体平稳。
会议强调，要树牢安全发展理念，紧盯燃气、消防、建筑施工、道路交通、人员密集场所等重点领域，开展拉网式隐患排查。要严格落实24小时值班值守和领导带班制度，确保遇有突发情况第一时间响应、第一时间处置。要强化宣传教育，广泛开展“安全进社区”“安全进企业”活动，提升群众安全意识和自救互救能力。
会上，区应急管理局通报了2024年度安全生产目标责任考核结果，区住房建设委、和苑街道作了表态发言。
"""),

dict(id="uv-09", kind="government", doc_title="邵阳市大祥区领导调研春耕备耕工作 - 大祥区政府网", css="body{font-family:PingFang SC;margin:0} .box{width:1000px;margin:auto} .headline{font-size:28px;line-height:1.4} .ll{display:flex;gap:20px;color:#666}",
title="区领导深入乡镇调研春耕备耕工作", authors=["肖  宁", "罗伟杰"], publish_time="2025/03/05",
tpl="""<body><div class="box"><div class="brand"><img alt="邵阳市大祥区人民政府门户网站" src="" width="1" height="1"><span><a href="#">长者版</a> <a href="#">无障碍</a> <a href="#">智能问答</a></span></div>
<div class="channels"><a href="#">首页</a><a href="#">领导之窗</a><a href="#">大祥要闻</a><a href="#">部门动态</a><a href="#">乡镇街道</a><a href="#">通知公告</a></div>
<div class="here">您的位置：<a href="#">首页</a>&gt;<a href="#">领导之窗</a>&gt;<a href="#">领导活动</a></div>
<div class="headline">{TITLE}</div>
<div class="ll"><span>时间：2025/03/05</span><span>来源：大祥区融媒体中心</span><span>撰稿：肖  宁 罗伟杰</span><span>摄影：陈  浩</span></div>
<div class="txt">{BODY}</div>
<div class="opt">【<a href="#">字体：大 中 小</a>】【<a href="#">收藏</a>】【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>
<div class="rel"><h5>推荐阅读</h5><p>大祥区2025年重点项目集中开工</p><p>区委理论学习中心组开展专题学习</p></div>
<div class="copy">大祥区人民政府办公室主办　大祥区融媒体中心协办<br>湘ICP备13009216号-1　湘公网安备 43050302000019号　网站标识码：4305030006　<a href="#">隐私声明</a></div></div></body>""",
body="""
3月4日，区委副书记、区长蒋卫平带队深入罗市镇、蔡锷乡等地，调研春耕备耕工作。
在罗市镇双塘村集中育秧点，蒋卫平详细了解秧盘准备、种子储备和机插秧推广情况。“今年全镇早稻计划种植2.1万亩，育秧大棚已全部完成检修。”镇党委书记汇报说。
! 调研现场 | 蒋卫平在育秧点了解情况（陈浩 摄）
在蔡锷乡农资经营门店，蒋卫平察看化肥、农药等农资价格和质量，叮嘱市场监管部门加强执法检查，严防假冒伪劣农资坑农害农。
蒋卫平强调，各乡镇要早谋划、早部署、早落实，把粮食播种面积落实到村到户到田块。要加强农技服务，组织农技人员下沉一线，指导农户科学育秧、适时播种。要抓好农田水利设施修复，确保春灌用水。要落实好各项惠农补贴政策，充分调动农民种粮积极性。
区政府办、区农业农村局、区水利局负责同志参加调研。
"""),

dict(id="uv-10", kind="government", doc_title="三亚市崖州区城西村关于2025年第一季度村务财务公开的公示", css="body{margin:8px;font:15px sans-serif}",
title="城西村2025年第一季度村务财务公开", authors=[], publish_time="2025年4月8日",
tpl="""<body><p>崖州区人民政府网 · 村（居）务公开专栏</p>
<p>首页 » 村务公开 » 城西村</p>
<h3>{TITLE}</h3>
<p>发布单位：崖州区城西村民委员会 发布日期：2025年4月8日</p>
{BODY}
<p><a href="#">返回列表</a></p>
<p>三亚市崖州区人民政府 主办 | 琼ICP备10200613号-3</p></body>""",
body="""
根据《村民委员会组织法》和村务公开有关规定，经村务监督委员会审核，现将城西村2025年第一季度村务、财务情况公开如下：
# 一、财务收支
| 项目 | 金额（元） | 备注 |
| 上期结余 | 186420.35 | |
| 本期收入 | 238600.00 | 含集体土地租金、上级补助 |
| 本期支出 | 151379.80 | 含村道维修、环卫保洁、办公费用 |
| 本期结余 | 273640.55 | |
# 二、重点事项
- 村道硬化维修工程（二组至四组段）已完成，支付工程款96500元。
- 发放一季度高龄老人补贴，共64人，计19200元。
- 芒果种植合作社分红预案已经村民代表大会通过，拟于5月发放。
# 三、监督电话
村民对公开内容如有疑问，可在公开之日起10日内向村务监督委员会反映，电话：0898-88651127。
> 崖州区城西村民委员会
> 城西村村务监督委员会
> 2025年4月7日
"""),

dict(id="uv-11", kind="government", doc_title="在全市招商引资工作推进会上的讲话_湘潭市人民政府", css="body{margin:0;background:#fff} .z{width:960px;margin:auto} h1{font-size:24px;text-align:center} .sub{font-weight:bold}",
title="在全市招商引资工作推进会上的讲话", authors=["周德伟"], publish_time="2025-02-14 16:20:08",
subtitle="（2025年2月12日）",
tpl="""<body><div class="z"><div class="t1">湘潭市人民政府 <span><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">English</a></span></div>
<ul class="m"><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>魅力湘潭</li></ul>
<div class="wz">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">领导讲话</a></div>
<div class="meta"><span>【发布时间：2025-02-14 16:20:08】</span> <span>【来源：市政府办】</span> <span>【字体：大 中 小】</span></div>
<h1>{TITLE}</h1>
<p align="center">市长　周德伟</p>
<p align="center">（2025年2月12日）</p>
{BODY}
<div class="end">【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>
<div class="ft">主办：湘潭市人民政府办公室　湘ICP备05001256号　湘公网安备 43030202000145号　网站标识码：4303000019<br>网站维护：湘潭市数据资源管理局　电话：0731-58238112</div></div></body>""",
body="""
同志们：
今天召开全市招商引资工作推进会，主要任务是总结去年工作，表彰先进，部署今年招商引资重点任务。刚才，5个单位作了交流发言，讲得都很好，我都赞成。下面，我讲三点意见。
# 一、充分肯定成绩，坚定发展信心
过去一年，全市新引进“三类500强”企业投资项目21个，实际到位内资较上年增长13.2%，招商引资对经济增长的支撑作用明显增强。
# 二、突出重点方向，提升招商质效
今年，要围绕先进装备制造、新能源、文旅融合等主导产业，紧盯产业链关键环节精准招商。要完善“链长+园区+专班”工作机制，每条产业链明确一名市级领导牵头，做到线索早发现、项目早落地。
# 三、强化要素保障，优化服务环境
要坚持“要素跟着项目走”，统筹用地、用能和资金保障。对签约项目实行全周期跟踪服务，确保“签约即开工、开工即投产”。
同志们，招商引资是发展的生命线。让我们鼓足干劲、真抓实干，为现代化新湘潭建设作出新的更大贡献！
"""),

dict(id="uv-12", kind="government", doc_title="文昌市公安局关于春节期间烟花爆竹安全管理的提示", css="body{margin:0} .ph{max-width:640px;margin:auto;padding:12px} .tag{background:#1e62c0;color:#fff;padding:2px 6px}",
title="春节期间燃放烟花爆竹，这份安全提示请收好", authors=["符  晓"], publish_time="2025年01月26日 11:42",
tpl="""<body><div class="ph"><div class="hdr"><span class="tag">文昌政务</span> 文昌市人民政府网 移动版</div>
<div class="nav2"><a href="#">首页</a> / <a href="#">部门动态</a></div>
<h2>{TITLE}</h2>
<div class="src">文昌市公安局<br>2025年01月26日 11:42</div>
{BODY}
<p class="zz">通讯员：符  晓</p>
<p class="zz">审核：陈家豪 编辑：林  梅</p>
<div class="bt2"><a href="#">分享</a> <a href="#">收藏</a> <a href="#">回到顶部</a></div>
<p class="f">文昌市人民政府 版权所有　琼ICP备05000612号</p></div></body>""",
body="""
春节将至，燃放烟花爆竹是不少市民群众喜闻乐见的民俗活动。为确保节日期间安全、祥和，文昌市公安局提醒广大市民群众：
# 一、在规定区域和时段燃放
根据《文昌市烟花爆竹燃放安全管理规定》，文城镇建成区、铺前镇老街区以及文物保护单位、加油站周边等区域全年禁止燃放；其余区域可在除夕至正月初七每日7时至24时燃放。
# 二、购买合格产品
请到有《烟花爆竹经营（零售）许可证》的正规网点购买，认准产品包装上的警示语和3C标志，不购买、不燃放“三无”产品和超标产品。
# 三、注意燃放方法
- 燃放前仔细阅读产品说明，点燃引线后迅速离开。
- 未成年人须在成年人陪同下燃放。
- 发生哑炮时切勿靠近查看，应等待15分钟后用水浸泡处理。
# 四、违规燃放将依法处理
在禁放区域或时段燃放的，公安机关将依照《烟花爆竹安全管理条例》予以处罚。发现非法生产、运输、储存、销售烟花爆竹的，请拨打110举报。
"""),
]
