# Government pages wd-01 .. wd-12 (天津, 山西, 陕西, 宁夏). All invented.
PAGES = []

PAGES.append(dict(
id="wd-01", kind="gov", lang="zh",
title="区领导调研重点项目建设和安全生产工作",
authors=[], publish_time="2024-05-14 16:32",
pstyle="indent", hstyle="strong",
css="""body{margin:0;font-family:sans-serif}.top{background:#b71c1c;color:#fff;padding:6px 40px}.top a{color:#fff;margin-right:12px}
.banner{height:90px;padding:10px 40px;font-size:28px}.nav a{display:inline-block;padding:8px 18px;background:#c62828;color:#fff}
.card{width:960px;margin:20px auto;box-shadow:0 2px 8px #ccc;padding:30px}.crumb{color:#666;font-size:13px}
h1{text-align:center;font-size:26px}.info{text-align:center;color:#888;font-size:13px;border-bottom:1px dashed #ccc;padding-bottom:8px}
.side{position:fixed;right:10px;top:200px}.foot{background:#333;color:#bbb;padding:20px;text-align:center;font-size:12px}""",
page="""<div class="top"><span>今天是：2024年5月14日 星期二</span> <a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁體</a><a href="#">English</a><a href="#">登录</a></div>
<div class="banner"><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt="天津市津澄区人民政府"> <form><input type="text" placeholder="请输入关键字"><button>搜索</button></form></div>
<div class="nav"><a href="#">首页</a><a href="#">走进津澄</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">专题专栏</a></div>
<div class="card">
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 政务要闻 &gt; 正文</div>
<h1>区领导调研重点项目建设和安全生产工作</h1>
<div class="info">时间：2024-05-14 16:32来源：区政府办公室<span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="content">{{BODY}}</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="pn"><p>上一篇：区政府召开第十五次常务会议</p><p>下一篇：我区举办2024年“安全生产月”启动仪式</p></div>
<div class="print"><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></div>
</div>
<div class="side"><p>扫一扫在手机打开当前页</p><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt="二维码"></div>
<div class="foot"><p>主办单位：天津市津澄区人民政府办公室　承办单位：津澄区政务服务办公室</p><p>网站标识码：1201990013　津ICP备05031847号-1　津公网安备 12019902000317号</p><p>联系电话：022-8839XXXX　建议使用1366×768分辨率浏览</p></div>""",
body="""
5月13日，区委副书记、区长周立新带队深入部分重点项目现场和生产经营单位，调研项目建设进展和安全生产工作。副区长高志伟参加。
周立新一行先后来到津澄智能装备产业园二期、海河东岸城市更新项目、东丽湖路污水管网改造工程施工现场，详细了解项目投资规模、建设进度、要素保障等情况，协调解决项目推进中遇到的困难问题。
!img 调研现场|调研现场
在津澄智能装备产业园二期，周立新指出，要坚持项目为王，倒排工期、挂图作战，在确保质量和安全的前提下全力加快施工进度，力争早竣工、早投产、早见效。
随后，周立新来到天澄燃气公司调度中心和一家大型商业综合体，实地检查燃气管网运行监测、消防通道管理、应急预案演练等工作。
周立新强调，当前正值汛期前的关键阶段，各级各部门要时刻绷紧安全生产这根弦，压紧压实企业主体责任、部门监管责任和属地管理责任，深入开展隐患排查整治，对发现的问题建立台账、限期整改、逐项销号，坚决防范遏制各类安全事故发生，为全区经济社会高质量发展营造安全稳定的环境。
区发展改革委、区住房建设委、区应急局等部门主要负责同志参加调研。
"""))

PAGES.append(dict(
id="wd-02", kind="gov", lang="zh",
title="太原市晋阳区市场监督管理局关于开展2024年度食品经营许可证集中换证工作的通知",
authors=[], publish_time="2024年03月21日",
pstyle="nbsp", hstyle="strong",
css="""body{font-size:12px;font-family:宋体;background:#e8eef5}table.main{width:1000px;background:#fff}td.t{font-size:20px;font-weight:bold;color:#c00;text-align:center;padding:16px}
td.i{text-align:center;color:#555;background:#f3f3f3}table.data{border-collapse:collapse;margin:auto}table.data td,table.data th{border:1px solid #000;padding:4px 8px}.li{text-indent:2em}""",
page="""<table class="main" align="center" cellspacing="0" cellpadding="0">
<tr><td><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt="晋阳区市场监督管理局" width="1000" height="120"></td></tr>
<tr><td class="navbar"><a href="#">网站首页</a> | <a href="#">机构概况</a> | <a href="#">通知公告</a> | <a href="#">政策法规</a> | <a href="#">办事指南</a> | <a href="#">投诉举报</a> | <a href="#">下载中心</a></td></tr>
<tr><td>您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">通知公告</a> &gt;&gt; 正文</td></tr>
<tr><td class="t">太原市晋阳区市场监督管理局关于开展2024年度食品经营许可证集中换证工作的通知</td></tr>
<tr><td class="i">作者：admin&nbsp;&nbsp;&nbsp;来源：食品经营监管科&nbsp;&nbsp;&nbsp;点击数：3391&nbsp;&nbsp;&nbsp;更新时间：2024年03月21日</td></tr>
<tr><td style="padding:10px 40px">
<p style="text-align:center">晋阳市监发〔2024〕17号</p>
{{BODY}}
<p>附件：<a href="#">1.食品经营许可证换证申请表.doc</a></p>
</td></tr>
<tr><td align="right">【<a href="#">打印此页</a>】 【<a href="#">关闭窗口</a>】 【<a href="#">返回顶部</a>】</td></tr>
<tr><td>相关文章：<br>· 晋阳区市场监管局2023年度食品安全抽检信息公告<br>· 关于进一步规范小餐饮登记管理的通知</td></tr>
<tr><td align="center" style="background:#2a5caa;color:#fff;padding:10px">版权所有：太原市晋阳区市场监督管理局 地址：晋阳区龙城南街XX号<br>晋ICP备10007236号 晋公网安备 14010602060418号 技术支持：山西某某网络科技有限公司</td></tr>
</table>""",
body="""
各食品经营者，各市场监管所：
按照《食品经营许可和备案管理办法》有关规定，为做好我区食品经营许可证到期换证工作，进一步优化营商环境，经研究，决定于2024年4月至6月开展食品经营许可证集中换证工作。现将有关事项通知如下：
一、换证范围
许可证有效期于2024年12月31日前届满的辖区内食品经营者，以及许可证载明事项与实际经营情况不符需变更的食品经营者。
二、办理方式
- （一）线上办理：登录“山西政务服务网”，进入“食品经营许可”事项，按提示上传材料。
- （二）线下办理：携带相关材料到区政务服务中心二楼市场监管窗口办理。
三、时间安排
| 阶段 | 时间 | 主要任务 |
| 宣传动员 | 4月1日—4月10日 | 各所通知辖区经营者 |
| 集中办理 | 4月11日—5月31日 | 受理审查、现场核查 |
| 总结扫尾 | 6月1日—6月30日 | 查漏补缺、汇总上报 |
四、工作要求
各市场监管所要高度重视，安排专人负责，主动上门服务，对逾期未申请换证的经营者逐一告知，确保换证工作按时完成。咨询电话：0351-6512XXXX。
太原市晋阳区市场监督管理局
2024年3月20日
"""))

PAGES.append(dict(
id="wd-03", kind="gov", lang="zh",
title="《西安市灞桥区促进民营经济高质量发展若干措施》政策解读",
authors=["赵宁"], publish_time="2025-01-08 09:15:27",
pstyle="p", hstyle="h3",
css="""body{margin:0;background:#f5f7fa;font-family:"PingFang SC",sans-serif}header{position:sticky;top:0;background:#fff;box-shadow:0 1px 4px #ddd;padding:10px 60px}
.tools a{font-size:13px;margin-left:10px;color:#1f5fbf}.wrap{max-width:1100px;margin:20px auto;display:flex}.art{flex:1;background:#fff;padding:32px;border-radius:8px}
aside{width:280px;margin-left:20px}.meta span{margin-right:18px;color:#8a8f99;font-size:14px}.tag{background:#e8f0fe;color:#1f5fbf;padding:2px 8px;border-radius:4px}
h3{border-left:4px solid #1f5fbf;padding-left:10px}footer{background:#0d2c5a;color:#c9d3e6;padding:30px;font-size:13px}""",
page="""<header><b>西安市灞桥区人民政府</b> <span class="tools"><a href="#">无障碍浏览</a><a href="#">关怀版</a><a href="#">简</a>/<a href="#">繁</a><a href="#">个人登录</a><a href="#">法人登录</a></span>
<nav><a href="#">首页</a> <a href="#">信息公开</a> <a href="#">政务服务</a> <a href="#">政民互动</a> <a href="#">数据开放</a> <a href="#">魅力灞桥</a></nav></header>
<div class="wrap"><div class="art">
<div class="crumb">首页 / 信息公开 / 政策解读</div>
<span class="tag">政策解读</span>
<h1>《西安市灞桥区促进民营经济高质量发展若干措施》政策解读</h1>
<div class="meta"><span>发布时间：2025-01-08 09:15:27</span><span>信息来源：区发展和改革委员会</span><span>作者：赵宁</span><span>阅读量：2,417</span></div>
<p class="rel">相关文件：<a href="#">西安市灞桥区促进民营经济高质量发展若干措施</a></p>
{{BODY}}
<div class="ed"><p>责任编辑：孙一鸣</p><p>审核：刘建军</p></div>
<div class="tools2"><a href="#">打印</a> <a href="#">收藏</a> <a href="#">分享</a> <a href="#">纠错</a></div>
</div>
<aside><h4>热门解读</h4><ul><li>图解：2025年灞桥区城乡居民医保参保缴费指南</li><li>问答：灞桥区老旧小区改造政策十问十答</li><li>解读：灞桥区稳就业若干措施</li></ul><p>扫码关注“灞桥发布”</p></aside></div>
<footer><p>网站主办：西安市灞桥区人民政府办公室　网站标识码：6101110011</p><p>陕ICP备12001947号　陕公网安备 61011102000563号　纠错电话：029-8335XXXX</p><p>政府网站找错</p></footer>""",
body="""
为贯彻落实中央、省、市关于促进民营经济发展壮大的决策部署，进一步激发民营经济发展活力，区发展和改革委员会牵头起草了《西安市灞桥区促进民营经济高质量发展若干措施》（以下简称《措施》）。现就有关内容解读如下。
## 一、出台背景
民营经济是推动我区高质量发展的重要力量。截至2024年底，全区共有民营经营主体6.8万户，贡献了全区六成以上的税收和八成以上的城镇就业。为回应企业关切，我们在深入调研、广泛征求意见的基础上制定了《措施》。
## 二、主要内容
《措施》共五个方面20条，主要包括：
- 1.优化市场准入。全面落实市场准入负面清单制度，不得额外设置准入条件。
- 2.加大金融支持。设立规模1亿元的民营企业应急转贷资金，单笔转贷期限最长不超过15天。
- 3.降低经营成本。对新认定的“专精特新”中小企业，一次性给予10万元奖励。
- 4.强化人才支撑。对民营企业引进的高层次人才，按规定享受住房、子女入学等服务保障。
- 5.构建亲清政商关系。建立区级领导包抓重点民营企业制度，定期召开政企恳谈会。
## 三、适用对象
在灞桥区依法登记注册、具有独立法人资格的民营企业和个体工商户。
## 四、施行时间
《措施》自2025年2月1日起施行，有效期3年。具体申报事宜另行通知，咨询电话：029-8335XXXX。
"""))

PAGES.append(dict(
id="wd-04", kind="gov", lang="zh",
title="丽景街道：“银龄驿站”让老人乐享幸福晚年",
authors=["马晓燕", "杨帆"], publish_time="2024/10/11",
pstyle="ideo", hstyle="strong",
css="""body{font-family:微软雅黑;margin:0}.hd{background:linear-gradient(#1b7a3e,#2e9e58);color:#fff;padding:20px 80px;font-size:24px}
.menu{background:#f0f8f2;padding:8px 80px}.menu a{margin-right:24px;color:#1b7a3e}.main{width:900px;margin:0 auto}.title{font-size:22px;text-align:center;margin-top:24px}
.bar{background:#f7f7f7;text-align:center;font-size:12px;color:#777;padding:6px}.ft{border-top:3px solid #1b7a3e;text-align:center;font-size:12px;padding:16px;color:#666}""",
page="""<div class="hd">银川市金凤区丽景街道办事处 <small>长者模式 | 无障碍</small></div>
<div class="menu"><a href="#">首页</a><a href="#">街道概况</a><a href="#">工作动态</a><a href="#">社区风采</a><a href="#">便民服务</a><a href="#">党建引领</a></div>
<div class="main">
<p>当前位置：首页 &gt; 工作动态 &gt; 正文</p>
<div class="title"><b>丽景街道：“银龄驿站”让老人乐享幸福晚年</b></div>
<div class="bar">日期：2024/10/11　　来源：丽景街道　　阅读：562次</div>
{{BODY}}
<p>【打印】 【关闭】</p>
<div class="rel"><p><b>相关新闻</b></p><p>丽景街道开展重阳节敬老慰问活动 2024/10/10</p><p>丽景街道召开“最美家庭”表彰会 2024/09/28</p><p>“红色物业”让小区治理有温度 2024/09/20</p></div>
</div>
<div class="ft">主办：银川市金凤区丽景街道办事处　地址：银川市金凤区XX路XX号　电话：0951-50XXXXX<br>宁ICP备15000823号-2　宁公网安备 64010602000195号</div>""",
body="""
@ 通讯员 马晓燕 杨  帆
“以前子女上班，我一个人在家吃饭凑合，现在每天到驿站吃午饭，荤素搭配还热乎，饭后还能和老伙计们下下棋，日子过得舒坦多了。”10月10日中午，家住丽景街道湖畔嘉苑社区的78岁居民李德福一边吃饭一边说。
今年以来，丽景街道聚焦辖区老年人“急难愁盼”，整合社区闲置用房和社会资源，在辖区6个社区建成“银龄驿站”，为老年人提供助餐、助浴、健康监测、文化娱乐等服务，打造“15分钟养老服务圈”。
!img 老人们在银龄驿站用餐|老人们在“银龄驿站”用餐。
驿站采取“街道+社区+专业机构”的运营模式，由专业养老服务机构负责日常运营，街道和社区负责监督管理。80周岁以上老人和困难老人就餐可享受每餐3元至5元的补贴，截至目前，已累计提供助餐服务2.1万余人次。
除了吃得好，老人们的精神生活也丰富起来。驿站每周开设书法、合唱、智能手机使用等课程，并邀请辖区卫生服务中心医生定期开展义诊和健康讲座。
下一步，丽景街道将持续完善驿站服务功能，探索“时间银行”互助养老模式，让辖区老年人在家门口就能享受到便捷、温馨的养老服务。
@ 编辑：王蕊　审核：张军
"""))

PAGES.append(dict(
id="wd-05", kind="gov", lang="zh",
title="关于杨柳青镇2023年度农村低保拟保障对象的公示",
authors=[], publish_time="2023年11月02日 10:20",
pstyle="p", hstyle="h3",
css="""body{margin:0;background:#fffaf0}.top{display:flex;justify-content:space-between;padding:12px 50px;border-bottom:1px solid #e5d3b3}
.box{width:1000px;margin:20px auto;background:#fff;padding:24px 40px;border:1px solid #eee}h2.t{text-align:center;color:#8b0000}
.meta{display:flex;justify-content:center;gap:30px;font-size:13px;color:#999}table.data{border-collapse:collapse;width:100%}table.data td,table.data th{border:1px solid #999;padding:5px}
.bottom{background:#8b0000;color:#fff;text-align:center;padding:14px;font-size:12px}""",
page="""<div class="top"><div>西青区杨柳青镇人民政府</div><div><a href="#">长者模式</a> <a href="#">无障碍</a> <input type="search" placeholder="搜索本站内容"></div></div>
<div class="navi"><a href="#">首页</a> · <a href="#">镇情概况</a> · <a href="#">政务公开</a> · <a href="#">乡村振兴</a> · <a href="#">公示公告</a> · <a href="#">便民服务</a></div>
<div class="box">
<div class="loc">当前位置：首页 &gt; 公示公告 &gt; 正文</div>
<h2 class="t">关于杨柳青镇2023年度农村低保拟保障对象的公示</h2>
<div class="meta"><span>发布日期：2023年11月02日 10:20</span><span>发布机构：杨柳青镇社会事务办</span><span>【字号 <a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<hr>
{{BODY}}
<div class="nx"><p>上一条：杨柳青镇关于开展冬季清洁取暖设备巡检的通知</p><p>下一条：杨柳青镇2023年秋季征兵政审结果公示</p></div>
</div>
<div class="bottom">杨柳青镇人民政府 版权所有　地址：天津市西青区杨柳青镇XX大街XX号<br>津ICP备09014726号-3　网站标识码：1201110032</div>""",
body="""
根据《天津市最低生活保障办法》和《天津市最低生活保障审核确认实施细则》有关规定，经本人申请、村（居）委会入户调查、民主评议和镇政府审核，现将2023年度第四批农村低保拟保障对象名单予以公示。
| 序号 | 村名 | 户主姓名 | 保障人口 | 拟保障类别 |
| 1 | 大柳滩村 | 刘某某 | 2 | 一般低保 |
| 2 | 白滩寺村 | 张某某 | 1 | 重点保障 |
| 3 | 新房子村 | 王某某 | 3 | 一般低保 |
| 4 | 柳口村 | 李某某 | 1 | 重点保障 |
| 5 | 十六街村 | 赵某某 | 2 | 一般低保 |
公示期为2023年11月2日至11月8日，共7天。公示期间，如对公示对象有异议，可通过来电、来信、来访等方式向镇社会事务办反映。反映情况应实事求是，我们将依法对反映人的信息予以保密。
监督电话：022-2792XXXX（工作日9:00—17:00）
来信来访地址：杨柳青镇人民政府二楼社会事务办公室
杨柳青镇人民政府
2023年11月2日
"""))

PAGES.append(dict(
id="wd-06", kind="gov", lang="zh",
title="在全县安全生产暨防汛工作会议上的讲话",
authors=["郭振华"], publish_time="2024-06-05",
pstyle="ideo", hstyle="strong",
css="""body{margin:0;font-family:宋体}.hdr{background:#003f7f;color:#fff;padding:14px 120px;font-size:26px}.quick a{color:#fff;font-size:12px;margin-left:8px}
.nav{background:#eaf1f8;padding:8px 120px}.c{width:1000px;margin:auto}.c h1{font-size:24px;text-align:center;margin-bottom:4px}.sub{text-align:center;font-size:16px}
.ib{display:flex;justify-content:space-between;font-size:12px;color:#666;border-bottom:1px solid #003f7f;padding:4px 0}.ft{background:#003f7f;color:#dde;padding:16px 120px;font-size:12px}""",
page="""<div class="hdr">岢岚县人民政府 <span class="quick"><a href="#">设为首页</a><a href="#">加入收藏</a><a href="#">长者模式</a><a href="#">无障碍</a></span></div>
<div class="nav">首页 | 政务公开 | 县情概况 | 领导之窗 | 公共服务 | 互动交流</div>
<div class="c">
<div>当前位置：<a href="#">首页</a>-&gt;<a href="#">领导之窗</a>-&gt;<a href="#">领导讲话</a></div>
<div class="ib"><span>【发布时间】2024-06-05</span><span>【信息来源】县政府办</span><span>【浏览次数】1067</span><span>【字体：大 中 小】</span></div>
<h1>在全县安全生产暨防汛工作会议上的讲话</h1>
<p class="sub">县长　郭振华</p>
<p class="sub">（2024年6月4日）</p>
{{BODY}}
<p style="text-align:right"><a href="#">【关闭】</a> <a href="#">【打印】</a></p>
<p>扫一扫在手机上查看当前页面</p>
</div>
<div class="ft">主办：岢岚县人民政府办公室　承办：岢岚县大数据中心　晋ICP备08001296号　网站标识码：1409290001　晋公网安备 14092902000113号</div>""",
body="""
同志们：
今天召开这次会议，主要任务是深入贯彻上级关于安全生产和防汛工作的部署要求，分析当前形势，安排部署下一阶段工作。刚才，县应急局通报了前五个月全县安全生产情况，县水利局安排了今年防汛工作，我都同意，请大家抓好落实。下面，我再讲三点意见。
一、清醒认识当前严峻形势
今年以来，全县安全生产形势总体平稳，但一些领域隐患依然突出。特别是进入主汛期后，短时强降雨、山洪等极端天气多发，矿山、道路交通、建筑施工等行业领域风险交织叠加，我们丝毫不能掉以轻心。
二、全力抓好重点领域整治
一要抓好矿山安全，严厉打击超层越界、超能力生产等违法行为；二要抓好道路交通安全，加强对“两客一危”车辆的动态监管；三要抓好防汛备汛，对河道、淤地坝、地质灾害隐患点逐一排查，落实巡查值守和人员转移责任。
三、层层压实各方责任
各乡镇、各部门主要负责同志要切实履行第一责任人职责，做到责任到人、措施到位。要严格执行24小时值班和领导带班制度，遇有险情第一时间报告、第一时间处置。
同志们，安全生产和防汛工作责任重于泰山。我们要以时时放心不下的责任感，扎实做好各项工作，确保全县人民群众生命财产安全。
"""))

PAGES.append(dict(
id="wd-07", kind="gov", lang="zh",
title="陕西省住房和城乡建设厅关于2024年第三季度全省建筑施工安全生产检查情况的通报",
authors=[], publish_time="2024-10-29",
pstyle="p", hstyle="h3",
css="""*{box-sizing:border-box}body{margin:0;font-family:system-ui;background:#f2f4f7}.sticky{position:sticky;top:0;background:#fff;z-index:9;padding:10px 5%;display:flex;justify-content:space-between}
.hero{background:#14539a;color:#fff;padding:26px 5%}.doc{max-width:880px;margin:24px auto;background:#fff;padding:40px 60px}.props{display:grid;grid-template-columns:1fr 1fr;font-size:13px;background:#f8fafc;padding:12px;border:1px solid #e3e8ef}
h1{text-align:center;font-size:24px;line-height:1.5}.fontbar{text-align:right;font-size:12px}footer{background:#1c2533;color:#aab;padding:24px 5%;font-size:12px}""",
page="""<div class="sticky"><b>陕西省住房和城乡建设厅</b><span><a href="#">无障碍</a> | <a href="#">长者版</a> | <a href="#">English</a> | <input placeholder="搜索"></span></div>
<div class="hero">首页　机构设置　政务公开　政务服务　互动交流　专题专栏</div>
<div class="doc">
<div class="crumb">首页 &gt; 政务公开 &gt; 通知公告</div>
<div class="props"><div>索 引 号：11610000016XXXXX2Q/2024-00217</div><div>主题分类：城乡建设、环境保护</div><div>发文机关：陕西省住房和城乡建设厅</div><div>成文日期：2024-10-25</div><div>文　　号：陕建质发〔2024〕41号</div><div>发布日期：2024-10-29</div></div>
<h1>陕西省住房和城乡建设厅关于2024年第三季度全省建筑施工<br>安全生产检查情况的通报</h1>
<div class="fontbar">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】 <a href="#">打印</a></div>
{{BODY}}
<p>附件：<a href="#">第三季度建筑施工安全检查问题清单.xlsx</a></p>
<div class="share">分享：微信 微博 复制链接</div>
</div>
<footer>主办单位：陕西省住房和城乡建设厅　网站标识码：6100000032　陕ICP备05004125号　陕公网安备 61010402000489号<br>地址：西安市新城区XX路XX号　邮编：710003</footer>""",
body="""
各设区市住房和城乡建设局，杨凌示范区住房和城乡建设局，韩城市住房和城乡建设局，西咸新区开发建设（土地）局：
2024年9月，省住房和城乡建设厅组织6个检查组，对全省13个市（区）建筑施工安全生产工作进行了季度检查。现将有关情况通报如下：
## 一、总体情况
本次共抽查在建项目78个，下发整改通知书45份、局部停工通知书6份，共排查出各类安全隐患612条，均已督促责任主体限期整改。
| 市（区） | 抽查项目（个） | 隐患（条） | 停工通知（份） |
| 西安市 | 18 | 147 | 2 |
| 宝鸡市 | 8 | 61 | 1 |
| 渭南市 | 9 | 73 | 1 |
| 榆林市 | 7 | 52 | 0 |
## 二、存在的主要问题
一是部分企业安全生产主体责任落实不到位，项目负责人带班生产制度执行不严；二是危险性较大的分部分项工程管控不严格，专项施工方案未按规定论证；三是起重机械管理薄弱，部分塔式起重机安全装置失效。
## 三、下一步工作要求
各地要针对检查发现的问题，督促企业于11月15日前完成整改，并将整改报告报送省厅工程质量安全监管处。对整改不力的企业，依法依规予以处罚并记入信用档案。
陕西省住房和城乡建设厅
2024年10月25日
"""))

PAGES.append(dict(
id="wd-08", kind="gov", lang="zh",
title="沙岗村2024年第二季度村务公开",
authors=[], publish_time="2024-07-06 15:41:09",
pstyle="div", hstyle="center",
css="""body{margin:0;background:#fbfbf6;font-family:sans-serif}.bn{background:#4a7c2a;color:#fff;padding:16px 60px}.path{padding:8px 60px;font-size:13px}
.pane{width:960px;margin:0 auto;background:#fff;padding:20px 40px;border-top:4px solid #4a7c2a}.para{text-indent:2em;line-height:2}h1{font-size:20px;text-align:center}
.m{font-size:12px;color:#999;text-align:center}table.data{margin:10px auto;border-collapse:collapse}table.data td,table.data th{border:1px solid #aaa;padding:4px 10px}.ft{text-align:center;font-size:12px;padding:20px;color:#888}""",
page="""<div class="bn">彭阳县红河镇人民政府 · 村务公开专栏 <small>无障碍 | 关怀版</small></div>
<div class="path">您的位置：红河镇政府 &gt; 村务公开 &gt; 沙岗村 &gt; 详情</div>
<div class="pane">
<h1>沙岗村2024年第二季度村务公开</h1>
<div class="m">发布者：沙岗村委会 | 时间：2024-07-06 15:41:09 | 浏览：211</div>
{{BODY}}
<p>监督电话：0954-70XXXXX（红河镇纪委）</p>
</div>
<div class="ft">彭阳县红河镇人民政府主办　宁ICP备18002714号-5<br>Copyright © 2024 All Rights Reserved</div>""",
body="""
根据《中华人民共和国村民委员会组织法》和村务公开有关规定，经村“两委”联席会议研究、村务监督委员会审核，现将沙岗村2024年第二季度村务情况公开如下：
## 一、财务收支情况
| 项目 | 金额（元） | 备注 |
| 上级转移支付 | 86,000.00 | 村级组织运转经费 |
| 集体经济收入 | 42,350.00 | 光伏电站收益分红 |
| 基础设施维护支出 | 31,800.00 | 村道硬化修补 |
| 公益事业支出 | 12,600.00 | 环境卫生整治 |
## 二、重点工作
1.完成村内主干道两侧路灯安装42盏，方便群众夜间出行。
2.为全村脱贫户和监测户发放肉牛养殖补贴，共涉及27户，每户补贴3000元。
3.组织开展移风易俗宣传，修订完善村规民约，红白理事会全程参与群众婚丧事宜。
## 三、其他事项
本季度新增享受高龄津贴老人3名，办理农村医疗救助2件。村民对公开内容有疑问的，可在公开之日起10日内向村务监督委员会反映。
沙岗村村民委员会
沙岗村村务监督委员会
2024年7月5日
"""))

PAGES.append(dict(
id="wd-09", kind="gov", lang="zh",
title="天津市规划和自然资源局关于滨港新城起步区控制性详细规划局部调整的批复",
authors=[], publish_time="2022年08月16日",
pstyle="indent", hstyle="h3",
css="""body{margin:0;background:#eef2f6;font:14px/1.8 "Microsoft YaHei"}.head{background:#fff;padding:16px 8%;border-bottom:3px solid #0a5ca8}
.bread{padding:10px 8%}.article{background:#fff;margin:0 8%;padding:30px 12%}.xxgk td{border:1px solid #dde;padding:4px 10px;font-size:12px}
.title{font-size:22px;font-weight:bold;text-align:center;color:#0a5ca8}.wh{text-align:center;font-family:仿宋}.ft{text-align:center;padding:20px;font-size:12px;color:#667}""",
page="""<div class="head"><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt="天津市规划和自然资源局"> <a href="#">无障碍阅读</a> <a href="#">繁體版</a> <a href="#">移动版</a>
<div><a href="#">首页</a> <a href="#">政务公开</a> <a href="#">规划公示</a> <a href="#">政务服务</a> <a href="#">公众参与</a></div></div>
<div class="bread">您所在的位置：首页 » 政务公开 » 规划批复 » 正文</div>
<div class="article">
<table class="xxgk"><tr><td>索引号</td><td>12000000-XXXX-2022-0341</td><td>分类</td><td>城乡规划</td></tr><tr><td>发布机构</td><td>天津市规划和自然资源局</td><td>发文日期</td><td>2022年08月16日</td></tr><tr><td>文号</td><td>津规自批〔2022〕88号</td><td>有效性</td><td>有效</td></tr></table>
<div class="title">天津市规划和自然资源局关于滨港新城起步区控制性详细规划局部调整的批复</div>
<div class="wh">津规自批〔2022〕88号</div>
{{BODY}}
<p>（此件主动公开）</p>
<div class="act"><a href="#">【我要打印】</a><a href="#">【关闭窗口】</a></div>
</div>
<div class="ft">主办单位：天津市规划和自然资源局　地址：天津市河西区XX道XX号<br>津ICP备11006742号　网站标识码：1200000041　津公网安备 12010302000815号</div>""",
body="""
滨海新区人民政府：
你区《关于滨港新城起步区控制性详细规划局部调整的请示》（津滨政报〔2022〕126号）收悉。经研究，现批复如下：
一、原则同意滨港新城起步区控制性详细规划局部调整方案。调整范围东至港城大道，南至临海路，西至规划三号路，北至海滨河，总用地面积约48.6公顷。
二、同意将调整范围内编号为BG-03-07地块的用地性质由二类工业用地调整为商务用地，容积率由1.2调整为2.0，建筑限高由24米调整为60米；同意新增一处12班小学用地和一处社区文化活动中心用地。
三、你区要严格按照批准的规划实施管理，落实各项公共服务设施和市政基础设施配套，确保与周边地块有序衔接。规划实施中涉及的供水、排水、燃气等专项内容，应与相关主管部门做好协调。
四、请你区按程序将调整后的规划成果报我局备案，并向社会公布。
天津市规划和自然资源局
2022年8月12日
"""))

PAGES.append(dict(
id="wd-10", kind="gov", lang="zh",
title="云冈区：百余家企业进校园 3000多个岗位等你来",
authors=["王静", "刘晓东"], publish_time="2025年3月18日 星期二",
pstyle="p", hstyle="h3",
css="""body{margin:0;font-family:sans-serif}.app{background:#ffefe0;padding:6px 30px;font-size:13px}.hd{padding:16px 30px;display:flex;gap:40px;align-items:center}
.grid{display:grid;grid-template-columns:3fr 1fr;gap:24px;padding:0 30px}.card{background:#fff;border:1px solid #eee;border-radius:10px;padding:24px}
.src{color:#999;font-size:13px}figure{margin:0}.pic img{background:#ddd}.cap{color:#666;font-size:13px}.fbar{position:fixed;left:0;top:40%}
.foot{margin-top:30px;background:#f4f4f4;padding:20px 30px;font-size:12px}""",
page="""<div class="app">下载“云冈发布”APP，随时随地看资讯 <a href="#">立即下载</a> <a href="#">×</a></div>
<div class="hd"><b>大同市云冈区人民政府</b><span><a href="#">首页</a> <a href="#">要闻</a> <a href="#">部门动态</a> <a href="#">乡镇动态</a> <a href="#">公开</a> <a href="#">服务</a> <a href="#">互动</a></span><span><a href="#">长者模式</a> <a href="#">无障碍</a></span></div>
<div class="grid"><div class="card">
<p class="crumb">当前位置：首页 &gt; 部门动态 &gt; 正文</p>
<h1>云冈区：百余家企业进校园 3000多个岗位等你来</h1>
<p class="src">2025年3月18日 星期二 | 来源：区人社局 | 记者 王  静 刘晓东 | 字号：A+ A-</p>
{{BODY}}
<p>编辑：赵佳琪</p><p>审核：郝斌</p>
<div class="pn">上一篇：云冈区召开2025年春季植树造林动员会<br>下一篇：云冈区开展“3·15”消费者权益保护宣传活动</div>
</div>
<div><h4>推荐阅读</h4><p>云冈区政务服务“一网通办”再提速</p><p>文旅融合赋能乡村振兴 云冈区打造特色民宿集群</p><p>扫一扫 关注云冈发布</p></div></div>
<div class="fbar">分享 微信 微博 QQ</div>
<div class="foot">主办：大同市云冈区人民政府办公室　承办：云冈区融媒体中心　网站标识码：1402140005<br>晋ICP备19009217号-1　晋公网安备 14021402000095号</div>""",
body="""
3月17日，由云冈区人力资源和社会保障局主办的“春风行动暨2025年高校毕业生专场招聘会”在山西大同大学体育馆举行，来自全市的126家企业带来3260个就业岗位，吸引了3000余名求职者进场。
!img 招聘会现场|招聘会现场。记者 王静 摄
招聘会现场人头攒动，各展位前挤满了前来咨询的求职者。参会企业涵盖新能源、装备制造、现代物流、文化旅游、医疗卫生等多个领域，岗位月薪最高达1.2万元。
“我学的是电气工程专业，刚才和两家新能源企业都聊得不错，已经投了简历，就等面试通知了。”大同大学应届毕业生李泽宇说。
## 直播带岗 线上线下同步招
本次招聘会首次引入“直播带岗”形式，区人社局工作人员和企业人力资源负责人走进直播间，在线介绍企业情况和岗位待遇，累计观看人数超过2.6万人次。
## 政策服务送到家门口
现场还设置了政策咨询台，为求职者提供就业创业政策、社保办理、职业技能培训等咨询服务，发放宣传资料1800余份。
据统计，当天共有862人与用人单位初步达成就业意向。区人社局相关负责人表示，今年将陆续举办各类招聘活动40场以上，全力促进高校毕业生等重点群体就业。
"""))

PAGES.append(dict(
id="wd-11", kind="gov", lang="zh",
title="延安市宝塔区人民政府关于加快推进苹果产业高质量发展的实施意见",
authors=[], publish_time="2023-09-12",
pstyle="p", hstyle="strong",
css="""body{margin:0;background:#faf7f2;font-family:"Source Han Serif SC",serif}.h{height:110px;background:#9e1b1b;color:#ffe9a8;font-size:30px;padding:20px 10%}
.t{font-size:13px;padding:6px 10%;background:#fff}.a{margin:20px 10%;background:#fff;padding:30px 10%}.info{border-top:1px solid #ddd;border-bottom:1px solid #ddd;font-size:12px;color:#777;padding:6px}
.f{background:#2b2b2b;color:#999;padding:16px 10%;font-size:12px}""",
page="""<div class="h">宝塔区人民政府</div>
<div class="t"><a href="#">长者模式</a> <a href="#">无障碍</a> <a href="#">智能问答</a> | 首页 · 政务公开 · 政策文件 · 政策解读 · 政务服务 · 互动交流</div>
<div class="a">
<div>首页 &gt; 政务公开 &gt; 政策文件 &gt; 区政府文件</div>
<h1 style="text-align:center;font-size:22px">延安市宝塔区人民政府<br>关于加快推进苹果产业高质量发展的实施意见</h1>
<p style="text-align:center">宝政发〔2023〕19号</p>
<div class="info">发布日期：2023-09-12　　来源：宝塔区政府办　　访问量：1904　　<a href="#">【打印】</a><a href="#">【关闭】</a></div>
{{BODY}}
<p>相关解读：<a href="#">《关于加快推进苹果产业高质量发展的实施意见》政策解读</a></p>
</div>
<div class="f">主办：延安市宝塔区人民政府办公室 | 网站标识码：6106020001 | 陕ICP备13003857号-1 | 陕公网安备 61060202000120号 | 网站地图 | 联系我们</div>""",
body="""
各乡镇人民政府、街道办事处，区政府各工作部门、直属机构：
为深入推进苹果产业转型升级，加快建设全国优质苹果生产基地，结合我区实际，现就加快推进苹果产业高质量发展提出如下实施意见。
## 一、总体目标
到2025年，全区苹果种植面积稳定在40万亩，其中矮化密植面积达到6万亩，苹果产业综合产值突破60亿元，果农人均果业收入较2022年增长20%以上。
## 二、重点任务
（一）推进果园提质增效。实施老果园改造工程，每年改造老果园2万亩，推广水肥一体化、病虫害绿色防控等实用技术。
（二）完善冷链物流体系。支持新建和改扩建气调库、冷藏库，到2025年全区果品贮藏能力达到30万吨。
（三）培育壮大经营主体。扶持一批苹果专业合作社和家庭农场，培育区级以上龙头企业15家。
（四）加强品牌营销。统一使用“延安苹果”区域公用品牌，积极发展电商直播等新业态，拓宽销售渠道。
## 三、保障措施
区财政每年安排苹果产业发展专项资金不少于3000万元。各乡镇、各部门要按照职责分工，细化工作措施，形成工作合力，确保各项任务落到实处。
本意见自印发之日起施行。
延安市宝塔区人民政府
2023年9月8日
"""))

PAGES.append(dict(
id="wd-12", kind="gov", lang="zh",
title="自治区生态环境厅召开黄河流域生态保护工作推进会",
authors=["马瑞"], publish_time="2024-08-22 18:06",
pstyle="p", hstyle="h3",
css="""body{margin:0;background:#fff;font-family:sans-serif}.tb{background:#0b6e4f;color:#fff;font-size:12px;padding:4px 8%}.logo{padding:20px 8%;font-size:26px;color:#0b6e4f}
.mn{border-top:1px solid #0b6e4f;border-bottom:1px solid #0b6e4f;padding:8px 8%}.mid{padding:20px 18%}h1{font-size:24px}.meta{color:#888;font-size:13px}
.float{position:fixed;right:0;bottom:100px;background:#eee;padding:8px}.ft{background:#f0f5f3;padding:20px 8%;font-size:12px}""",
page="""<div class="tb">宁夏回族自治区生态环境厅 | <a href="#">无障碍</a> | <a href="#">关怀版</a> | <a href="#">English</a></div>
<div class="logo">宁夏回族自治区生态环境厅</div>
<div class="mn">首页　机构概况　新闻中心　政务公开　环境质量　办事服务　互动交流</div>
<div class="mid">
<div>当前位置：首页 &gt; 新闻中心 &gt; 厅内要闻</div>
<h1>自治区生态环境厅召开黄河流域生态保护工作推进会</h1>
<div class="meta">来源：宁夏回族自治区生态环境厅　2024-08-22 18:06　<a href="#">【大</a> <a href="#">中</a> <a href="#">小】</a></div>
{{BODY}}
<p>【责任编辑：何玉洁】</p>
<div class="rel"><b>相关阅读</b><p>· 宁夏发布上半年生态环境质量状况</p><p>· 全区入河排污口排查整治工作取得阶段性成效</p></div>
</div>
<div class="float">打印<br>分享<br>顶部</div>
<div class="ft">主办：宁夏回族自治区生态环境厅　地址：银川市金凤区XX街XX号　宁ICP备05001127号　网站标识码：6400000009<br>宁公网安备 64010602000057号</div>""",
body="""
@ 文/马  瑞　图/周涛
8月21日，自治区生态环境厅召开黄河流域生态保护工作推进会，通报上半年全区黄河流域生态环境保护工作进展，安排部署下半年重点任务。
!img 会议现场|会议现场
会议指出，今年以来，全区各级生态环境部门坚决扛起维护黄河上游生态安全的政治责任，深入打好碧水保卫战，上半年黄河干流宁夏段出境断面水质连续保持Ⅱ类，20个地表水国控断面水质优良比例达到95%，全面完成年度目标任务。
会议要求，各地各部门要聚焦突出问题，持续抓好以下几方面工作：
- 一是深入推进入河排污口排查整治，年底前完成全部整治任务；
- 二是加强工业园区污水集中处理设施建设，确保稳定达标排放；
- 三是扎实推进农业面源污染治理，开展农田退水监测试点；
- 四是强化生态环境执法监管，严厉打击偷排漏排等违法行为。
会议强调，要以更高标准、更实举措推动黄河流域生态保护和高质量发展先行区建设，努力建设黄河流域生态保护和高质量发展先行区。
各市生态环境局、厅机关各处室和直属单位主要负责同志参加会议。
"""))
