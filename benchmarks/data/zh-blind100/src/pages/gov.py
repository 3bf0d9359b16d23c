# Government pages ww-01 .. ww-12 (all invented)
PAGES = []
A = PAGES.append

# ww-01 天津 district portal, 2025 responsive design, info bar below headline, spaced items
A(dict(id="ww-01", kind="government", lang="zh",
title="北辰区启动“老旧小区焕新”三年行动 首批27个小区年内开工",
authors=["孙立新", "冯  瑶".replace("  ", "")],
publish_time="2025-06-10 09:32",
css="""body{margin:0;font-family:sans-serif}.top{display:flex;justify-content:space-between;background:#0b4ea2;color:#fff;padding:6px 40px}
.top a{color:#fff;margin-left:12px}.logo{font-size:28px;padding:20px 40px}nav a{display:inline-block;padding:10px 18px}
.crumb{padding:8px 40px;color:#666}.art{width:1000px;margin:0 auto}h1{text-align:center;font-size:26px}
.meta{text-align:center;color:#888;border-bottom:1px solid #ddd;padding-bottom:10px}.meta span{margin:0 10px}
.cont p{text-indent:2em;line-height:2}.share{margin:20px 0}.foot{background:#eee;padding:20px;text-align:center;font-size:13px}""",
shell="""<div class="top"><span>您好，欢迎访问天津市北辰区人民政府网站！今天是：</span><span><a>无障碍</a><a>长者模式</a><a>繁體</a><a>English</a><a>政务服务</a></span></div>
<div class="logo">天津市北辰区人民政府<br><small>www.tjbc-demo.gov.cn</small></div>
<form><input type="text" placeholder="请输入关键词"><button>搜索</button></form>
<nav><a>首页</a><a>走进北辰</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>专题专栏</a></nav>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 工作动态 &gt; 区内要闻 &gt; 正文</div>
<div class="art"><h1>@@T@@</h1>
<div class="meta"><span>发布时间：2025-06-10 09:32</span><span>来源：北辰区融媒体中心</span><span>作者：孙立新 冯瑶</span><span>浏览次数：1286</span><span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>
<div class="cont">@@BODY@@</div>
<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a>　【<a>打印本页</a>】【<a>关闭窗口</a>】</div>
<p>责任编辑：刘  畅</p>
<div class="rel"><h4>相关阅读</h4><ul><li>北辰区召开城市更新工作推进会</li><li>区住建委开展燃气管道隐患排查“回头看”</li><li>青光镇：小菜园撬动乡村大振兴</li></ul></div></div>
<div class="foot"><p><a>网站地图</a> | <a>联系我们</a> | <a>隐私声明</a></p><p>主办：天津市北辰区人民政府办公室　承办：北辰区政务服务和数据管理中心</p>
<p>网站标识码：1201130099　津ICP备06012345号-1　津公网安备 12011302000812号</p><img alt="党政机关" src="@@GIF@@"><img alt="政府网站找错" src="@@GIF@@"></div>""",
body=[
"6月9日，记者从区住房和建设委员会获悉，我区正式启动“老旧小区焕新”三年行动，计划用三年时间完成2000年以前建成的112个老旧小区改造，惠及居民约4.6万户。首批27个小区已完成方案设计，将于年内陆续开工。",
("h", "“先问需再施工”，居民点单定菜单"),
"与以往改造不同，此次行动把征求意见放在第一步。各街道组织社区工作者逐户走访，共收集意见建议3100余条。其中，加装电梯、更换老化管网、增设充电桩和适老化扶手位列前四。区住建委据此将改造内容分为基础类、完善类、提升类三个清单，由居民议事会投票确定“菜单”。",
"“过去是我们定好方案再告诉居民，现在是居民说了算。”区住建委城市更新科负责人介绍，每个小区改造前都要召开不少于两次的居民恳谈会，方案公示期不少于7天。",
("h", "首批改造小区分布"),
("table", [["街道（镇）", "小区数量", "涉及户数", "计划开工"], ["果园新村街道", "9", "3420", "7月"], ["集贤里街道", "7", "2880", "8月"], ["佳荣里街道", "6", "2150", "9月"], ["天穆镇", "5", "1630", "10月"]]),
("img", "果园新村街道某小区改造前后对比效果图", "果园新村街道某小区改造效果图。 区住建委供图"),
("h", "建立长效管护机制"),
"改造完成后，我区将同步引入物业服务或推行“街道托管+居民自治”模式，避免“改完就旧”。区财政设立专项资金，对改造后物业费收缴率达到80%以上的小区给予奖补。下一步，区住建委将会同各街道建立“一小区一台账”，实行挂图作战，确保按期完工。",
]))

# ww-02 四川 city department, 2012 table layout, official notice with 文号
A(dict(id="ww-02", kind="government", lang="zh",
title="南充市住房和城乡建设局关于开展2025年度建筑施工安全生产大检查的通知",
authors=[], publish_time="2025年06月06日",
css="""body{margin:0;background:#dfe9f5;font-size:12px;font-family:SimSun}table.w{width:980px;margin:0 auto;background:#fff}
.hd{background:#1d5ba5;color:#fff;height:90px;font-size:30px}.nv td{background:#2d6bb8;color:#fff;text-align:center;height:32px}
.t{font-size:20px;color:#c00;text-align:center;font-weight:bold;padding:18px}.inf{text-align:center;border-bottom:1px dashed #999}
.wh{text-align:center}.c p{font-size:16px;line-height:30px}.r{text-align:right}""",
shell="""<table class="w" cellpadding="0" cellspacing="0"><tr><td class="hd" colspan="7">南充市住房和城乡建设局</td></tr>
<tr class="nv"><td>首 页</td><td>机构概况</td><td>政务公开</td><td>通知公告</td><td>办事指南</td><td>政策法规</td><td>局长信箱</td></tr>
<tr><td colspan="7">您现在的位置： <a>首页</a> &gt;&gt; <a>通知公告</a> &gt;&gt; 正文</td></tr>
<tr><td colspan="7"><table width="100%"><tr><td class="t">@@T@@</td></tr>
<tr><td class="inf">来源：质量安全科　　发布日期：2025年06月06日　　点击数：　　【<a>大</a> <a>中</a> <a>小</a>】</td></tr>
<tr><td class="c">@@BODY@@</td></tr>
<tr><td class="r">【<a>打印此页</a>】　【<a>关闭窗口</a>】</td></tr></table></td></tr>
<tr><td colspan="7"><table width="100%"><tr><td>上一条：<a>关于公布2025年第一批装配式建筑示范项目的通知</a></td></tr><tr><td>下一条：<a>南充市住房和城乡建设局2025年政府信息公开工作要点</a></td></tr></table></td></tr>
<tr><td colspan="7" align="center">版权所有：南充市住房和城乡建设局　地址：南充市顺庆区滨江中路一段88号　电话：0817-2260000<br>蜀ICP备05001234号　川公网安备 51130202000123号　网站标识码：5113000031<br>技术支持：南充市大数据中心</td></tr></table>""",
p="<p>{}</p>",
body=[
("x", '<p class="wh">南市住建发〔2025〕41号</p>'),
"各县（市、区）住房城乡建设局，市直有关单位，各在建项目参建单位：",
"为深刻汲取近期省内外建筑施工安全事故教训，有效防范和遏制较大及以上生产安全事故，经研究，决定自2025年6月至8月在全市范围内开展建筑施工安全生产大检查。现将有关事项通知如下。",
("h", "一、检查范围"),
"全市所有在建房屋建筑和市政基础设施工程，重点是深基坑、高支模、起重机械、脚手架等危险性较大的分部分项工程。",
("h", "二、时间安排"),
("li", ["（一）自查自纠阶段（6月10日至6月30日）。各参建单位对照检查要点开展全面自查，建立隐患清单。", "（二）集中检查阶段（7月1日至7月31日）。各县（市、区）住建部门对辖区项目实现全覆盖检查。", "（三）督导抽查阶段（8月1日至8月25日）。市局组成3个督导组，对各地开展随机抽查。"]),
("h", "三、工作要求"),
"各地要落实属地监管责任，对检查发现的重大隐患实行挂牌督办，对拒不整改的企业依法依规严肃处理并纳入信用记录。各地于每月25日前将检查情况报市局质量安全科，联系人：何  涛，电话：0817-2260153。",
("x", '<p>附件：<a>建筑施工安全生产大检查要点.docx</a></p>'),
("ph", '<span style="float:right">南充市住房和城乡建设局</span>'),
("ph", '<span style="float:right">2025年6月5日</span>'),
]))

# ww-03 山西 county portal, 政策解读, 2018 portal design, info bar glued
A(dict(id="ww-03", kind="government", lang="zh",
title="《平遥县农村低收入人口常态化帮扶实施办法》政策解读",
authors=[], publish_time="2025-06-05 16:20",
css="""body{font-family:"Microsoft YaHei";margin:0}.head{background:url() #8b1a1a;color:#fde7b0;height:120px;font-size:34px;padding-left:60px}
.menu{background:#a52a2a}.menu li{display:inline;color:#fff;padding:0 22px;line-height:44px}.main{width:1100px;margin:auto;overflow:hidden}
.left{float:left;width:220px}.right{float:right;width:850px}h2.tit{font-size:24px;text-align:center}.sub{background:#f6f6f6;padding:6px;font-size:13px}
.txt p{line-height:32px;font-size:16px}.txt h4{font-size:16px}""",
shell="""<div class="head">平遥县人民政府<span style="font-size:14px">　无障碍阅读　|　长者模式　|　移动版</span></div>
<ul class="menu"><li>首页</li><li>平遥概况</li><li>政务公开</li><li>政务服务</li><li>政民互动</li><li>文化旅游</li></ul>
<div class="main"><div class="left"><h3>政策解读</h3><ul><li>文字解读</li><li>图片解读</li><li>视频解读</li><li>部门解读</li></ul>
<div>扫一扫在手机打开当前页<img alt="二维码" src="@@GIF@@"></div></div>
<div class="right"><p>当前位置：<a>首页</a>&gt;<a>政务公开</a>&gt;<a>政策解读</a>&gt;<a>文字解读</a></p>
<h2 class="tit">@@T@@</h2>
<div class="sub">信息来源：县乡村振兴局发布时间：2025-06-05 16:20浏览量：412字号：[<a>大</a><a>中</a><a>小</a>]</div>
<div class="txt">@@BODY@@</div>
<p>相关文件：<a>平遥县农村低收入人口常态化帮扶实施办法</a></p>
<p>【<a>打印</a>】【<a>关闭</a>】</p></div></div>
<div class="foot" style="background:#8b1a1a;color:#fff;text-align:center;padding:20px"><p>主办单位：平遥县人民政府办公室　承办单位：平遥县融媒体中心</p><p>网站识别码：1407280002　晋ICP备12003456号　晋公网安备 14072802000066号</p><p>联系电话：0354-5681234　建议使用1366×768分辨率浏览本站</p></div>""",
h="<h4>{}</h4>",
body=[
("h", "一、出台背景"),
"脱贫攻坚目标任务完成后，我县进入巩固拓展脱贫攻坚成果同乡村振兴有效衔接的新阶段。为进一步健全农村低收入人口常态化帮扶机制，守住不发生规模性返贫的底线，县乡村振兴局会同民政、医保、人社等部门，在深入调研的基础上起草了《办法》，经县政府常务会议审议通过，于2025年6月1日起施行。",
("h", "二、主要内容"),
"《办法》共六章二十八条，明确了帮扶对象的认定范围、动态监测方式、分层分类帮扶措施和部门职责分工。",
("li", ["1.帮扶对象。包括农村低保对象、特困人员、防止返贫监测对象，以及因病因灾因意外事故等刚性支出较大的家庭。", "2.监测方式。依托县级大数据平台，对医疗、教育、住房、就业等12类数据每月比对预警，乡镇每季度开展一次集中排查。", "3.帮扶措施。对有劳动能力的，优先落实产业和就业帮扶；对无劳动能力的，落实兜底保障；对突发严重困难的，实行“先救助、后认定”。"]),
("h", "三、创新亮点"),
"一是建立“一户一码”帮扶档案，帮扶措施和资金发放情况全程可查；二是设立县级临时救助备用金，乡镇可在500元以内先行审批；三是将帮扶成效纳入乡镇年度目标责任考核。",
("h", "四、解读机关及联系方式"),
"解读机关：平遥县乡村振兴局；解读人：郝建平；联系电话：0354-5620111。",
]))

# ww-04 新疆 county portal, 领导活动, minority names with middle dot
A(dict(id="ww-04", kind="government", lang="zh",
title="艾力·努尔买买提在调研夏粮收购工作时强调 抢抓晴好天气 确保颗粒归仓",
authors=["阿依古丽·吐尔逊", "马晓东"],
publish_time="2025年06月11日 20:15",
css="""body{margin:0;background:#f3f7fa}.banner{background:#0a7f8a;color:#fff;padding:24px 80px;font-size:30px}.bar{background:#075e66;color:#fff;padding:4px 80px}
.wrap{width:1060px;margin:20px auto;background:#fff;padding:30px}.ttl{font-size:25px;font-weight:bold;text-align:center;line-height:1.6}
.info{color:#777;font-size:14px;text-align:center;margin:12px 0 20px}.body p{font-size:17px;line-height:1.9}""",
shell="""<div class="bar">政府信息公开 ｜ 互动交流 ｜ 无障碍 ｜ 关怀版 ｜ ئۇيغۇرچە</div>
<div class="banner">玛纳斯县人民政府网</div>
<div class="wrap"><div class="pos">您所在的位置：首页 / 新闻中心 / 领导活动</div>
<div class="ttl">@@T@@</div>
<div class="info">【来源：玛纳斯县融媒体中心 】【作者：阿依古丽·吐尔逊 马晓东】【发布时间：2025年06月11日 20:15】【阅读次数：906】</div>
<div class="body">@@BODY@@</div>
<div class="prn"><a>【打印本页】</a> <a>【关闭窗口】</a></div>
<div>上一篇：<a>县委理论学习中心组召开专题学习会</a><br>下一篇：<a>我县召开安全生产委员会全体会议</a></div></div>
<div class="ft" style="text-align:center;color:#555">玛纳斯县人民政府办公室 主办　地址：玛纳斯县迎宾路8号<br>新ICP备09001234号-2　新公网安备 65232402000019号　网站标识码：6523240008</div>""",
body=[
"6月11日，县委副书记、县长艾力·努尔买买提深入乐土驿镇、包家店镇等地，调研夏粮收购和“三夏”生产工作。",
("img", "调研现场", "艾力·努尔买买提在粮食收购点了解收购情况。 马晓东 摄"),
"在乐土驿镇国有粮食收购点，艾力·努尔买买提详细了解小麦收购价格、质量检测、仓容准备和资金到位情况，并与前来交售的农户交谈。“今年亩产比去年多了五十多公斤，卖粮排队不到一个小时。”种植户哈力木拉提·阿不都热合曼告诉他。",
"艾力·努尔买买提强调，当前正值夏收夏种关键时期，各乡镇和相关部门要抢抓晴好天气，科学调度农机，做到应收尽收、颗粒归仓；粮食收购企业要严格执行最低收购价政策，优化服务流程，坚决杜绝压级压价、“打白条”等损害农民利益的行为。",
"在包家店镇复播玉米种植地块，艾力·努尔买买提要求，农业农村部门要加强技术指导，抓好复播作物的田间管理和病虫害防治，确保复播面积不少于8万亩，为全年粮食丰收打下坚实基础。",
"县领导王建军，县直有关部门负责人陪同调研。",
]))

# ww-05 天津 街道 office, 公示 with table, 2016 design with left column
A(dict(id="ww-05", kind="government", lang="zh",
title="小站镇关于2025年度城乡居民临时救助对象的公示",
authors=[], publish_time="2025/06/09",
css="""body{font:14px/1.6 Arial;margin:0}#hd{height:100px;background:#e9f2fb;border-bottom:3px solid #2b7bc8;font-size:28px;color:#2b7bc8;padding:20px 50px}
#bd{width:1000px;margin:auto;display:flex}#side{width:200px;background:#f4f4f4}#art{flex:1;padding:0 24px}#art h1{font-size:22px;color:#333}
.row{border-top:1px solid #ddd;color:#999}#art table{border-collapse:collapse;width:100%}""",
shell="""<div id="hd">天津市津南区小站镇人民政府<div style="font-size:13px">设为首页　加入收藏　<a>繁体</a></div></div>
<div id="bd"><div id="side"><h3>政务公开</h3><p>领导信息</p><p>机构职能</p><p>通知公告</p><p>财政资金</p><p>民生保障</p></div>
<div id="art"><p>首页 &gt; 政务公开 &gt; 通知公告</p>
<h1>@@T@@</h1>
<div class="row">日期：2025/06/09　　发布单位：小站镇社会事务办　　访问量：233</div>
@@BODY@@
<p><a>[打印]</a> <a>[关闭]</a></p></div></div>
<div id="ft" style="text-align:center;border-top:1px solid #ccc">Copyright © 2016-2025 天津市津南区小站镇人民政府 版权所有<br>津ICP备10003321号-3　网站标识码：1201120021</div>""",
body=[
"根据《天津市临时救助办法》有关规定，经个人申请、村（居）委会入户调查、镇社会事务办审核，现将2025年第二季度拟给予临时救助的对象予以公示，接受群众监督。",
("table", [["序号", "村（居）", "姓名", "家庭人口", "救助事由", "救助金额（元）"], ["1", "东大站村", "刘某华", "3", "因病支出较大", "3000"], ["2", "西右营村", "张某", "2", "意外事故", "2500"], ["3", "米兰苑社区", "王某梅", "4", "因病支出较大", "4000"], ["4", "迎新村", "李某军", "1", "突发火灾", "2000"], ["5", "会馆村", "赵某", "3", "子女就学困难", "1500"]], 'border="1" cellpadding="6"'),
"公示期为2025年6月9日至6月13日（5个工作日）。公示期间，如对上述对象有异议，可通过来电、来信或来访等方式向镇社会事务办反映。反映问题要实事求是，提倡署真实姓名，我们将对反映人信息严格保密。",
"监督电话：022-88661234",
"地址：小站镇政府院内二楼社会事务办公室",
("ph", '<span style="display:block;text-align:right">天津市津南区小站镇人民政府</span>'),
("ph", '<span style="display:block;text-align:right">2025年6月9日</span>'),
]))

# ww-06 四川 乡镇 page on a county cluster site, "文/图" byline at end
A(dict(id="ww-06", kind="government", lang="zh",
title="蒙顶山镇：茶园里办起“田间课堂”",
authors=["杨欣怡"], publish_time="2025-06-07",
css="""body{background:#eef5ea;margin:0}.t1{background:#3b7d3b;color:#fff;font-size:26px;padding:16px 30px}.t2 a{margin-right:16px}
.box{width:960px;margin:16px auto;background:#fff;padding:20px 40px}.box h1{font-size:24px;text-align:center}.mt{font-size:13px;color:#666;text-align:center}
.box p{font-size:16px;line-height:28px}""",
shell="""<div class="t1">名山区人民政府 · 乡镇之窗</div>
<div class="t2"><a>首页</a><a>新闻动态</a><a>乡镇动态</a><a>部门动态</a><a>公示公告</a><a>长者模式</a></div>
<div class="box"><div class="loc">当前位置：首页 &gt; 乡镇之窗 &gt; 蒙顶山镇 &gt; 正文</div>
<h1>@@T@@</h1>
<div class="mt">2025-06-07　　蒙顶山镇人民政府　　字号 <a>T</a> | <a>T</a></div>
<hr>@@BODY@@
<p>　</p><p>（供稿：蒙顶山镇党政办　文/图：杨欣怡）</p>
<p>审核：周永刚　编辑：罗  丹</p>
<div class="prev">上一篇：<a>城东乡开展防汛应急演练</a></div><div class="next">下一篇：<a>红星镇召开村级集体经济发展座谈会</a></div></div>
<div style="text-align:center;font-size:12px">雅安市名山区人民政府办公室主办　蜀ICP备11008765号　川公网安备 51180302000045号　网站标识码：5118030003</div>""",
p="<p>　　{}</p>",
body=[
"6月5日上午，蒙顶山镇联合区农业农村局，在新店村生态茶园举办夏季茶园管理“田间课堂”，40余名茶农和茶企技术人员参加培训。",
"“夏茶要不要采？修剪剪多深？”培训现场，区茶叶技术推广站高级农艺师结合茶树长势，手把手讲解夏季修剪、测土配方施肥和病虫害绿色防控等技术要点。茶农们围在茶垄间，边看边问边记。",
("img", "田间课堂现场", "技术人员在茶园现场讲解修剪技术"),
"“以前夏茶基本不管，今年听专家讲了才知道，夏秋茶管好了，明年春茶产量和品质都能提上来。”新店村茶农陈大爷说。",
"蒙顶山镇现有茶园面积4.2万亩，是名山区茶叶主产镇之一。近年来，该镇依托“蒙顶山茶”区域公用品牌，推动茶园标准化建设，建成生态茶园示范基地5个，全镇茶叶综合产值突破10亿元，茶农人均茶叶收入超过1.6万元。",
"据了解，今年以来，蒙顶山镇已举办各类茶叶技术培训8期，培训茶农600余人次。下一步，该镇将继续围绕茶园提质增效，推广有机肥替代化肥和绿色防控技术，带动茶农稳定增收。",
]))

# ww-07 山西 city bureau, 通报 with table, 2020 design, info bar above headline
A(dict(id="ww-07", kind="government", lang="zh",
title="长治市生态环境局关于2025年5月全市环境空气质量排名情况的通报",
authors=[], publish_time="2025-06-04",
css="""body{margin:0;font-family:"PingFang SC"}header{background:#1a6f3c;color:#fff;padding:20px 100px;font-size:28px}.srch{float:right;font-size:14px}
.nav2{background:#f1f8f3;padding:8px 100px}.ct{width:1000px;margin:20px auto}.ct .ib{font-size:13px;color:#888;border-bottom:2px solid #1a6f3c;padding-bottom:6px}
.ct h1{font-size:24px;text-align:center;margin:26px 0}.ct .wz{font-size:16px;line-height:2}table{border-collapse:collapse;margin:auto}td,th{border:1px solid #555;padding:4px 12px}""",
shell="""<header>长治市生态环境局<span class="srch"><input placeholder="站内搜索"> 搜索 | 无障碍 | 适老版</span></header>
<div class="nav2">网站首页　机构设置　环境质量　政策法规　环评管理　执法监督　通知公告　互动交流</div>
<div class="ct"><div class="ib">首页 &gt; 环境质量 &gt; 空气质量　　　　发布日期：2025-06-04　　作者：　　来源：大气环境科　　分享：<a>微信</a><a>微博</a></div>
<h1>@@T@@</h1>
<div class="wz">@@BODY@@</div>
<div class="prn">【<a>打印</a>】【<a>关闭</a>】</div></div>
<footer style="background:#333;color:#ccc;padding:20px;text-align:center">主办：长治市生态环境局　地址：长治市潞州区英雄中路127号　邮编：046000<br>晋ICP备08004567号　晋公网安备 14040202000031号　网站标识码：1404000017</footer>""",
body=[
("x", '<p style="text-align:center">长环函〔2025〕58号</p>'),
"各县（区）人民政府，市直有关单位：",
"根据全市环境空气质量自动监测数据，现将2025年5月和1—5月各县（区）环境空气质量综合指数排名情况通报如下：",
("h", "一、5月排名情况"),
"5月，全市环境空气质量综合指数为4.12，同比改善3.7%；PM2.5平均浓度为31微克/立方米，同比下降6.1%；优良天数比例为77.4%。",
("table", [["排名", "县（区）", "综合指数", "同比变化", "PM2.5（μg/m³）"], ["1", "沁源县", "3.21", "-5.6%", "22"], ["2", "武乡县", "3.58", "-2.2%", "26"], ["3", "黎城县", "3.86", "+0.8%", "29"], ["4", "屯留区", "4.35", "-4.0%", "33"], ["5", "潞城区", "4.71", "+2.6%", "36"]]),
("h", "二、有关要求"),
"综合指数同比恶化的黎城县、潞城区要认真分析原因，于6月15日前向市生态环境保护委员会办公室报送整改措施。各县（区）要强化扬尘、柴油货车和工业企业无组织排放管控，确保完成年度目标任务。",
("ph", '<span style="margin-left:60%">长治市生态环境局</span>'),
("ph", '<span style="margin-left:60%">2025年6月3日</span>'),
("x", '<p>（此件公开发布）</p>'),
]))

# ww-08 新疆 prefecture site, 讲话 (speech), speaker named under headline
A(dict(id="ww-08", kind="government", lang="zh",
title="在全地区冬春季农田水利基本建设动员会上的讲话",
authors=["买买提江·阿吾提"], publish_time="2025-06-08 11:04:37",
css="""body{margin:0;background:#fff}.hd{background:#c8102e;height:110px;color:#fff;font-size:32px;padding-left:40px;line-height:110px}
.mn{width:1000px;margin:auto}.zt{text-align:center;font-size:26px;font-weight:bold;margin-top:30px}.zz{text-align:center;font-size:16px}
.rq{text-align:center;font-size:15px}.meta2{color:#999;font-size:12px;text-align:right}.nr p{text-indent:2em;font-size:17px;line-height:34px}""",
shell="""<div class="hd">阿克苏地区行政公署</div>
<div class="nv">首页 | 地区概况 | 政务公开 | 领导之窗 | 讲话文稿 | 政务服务 | 互动交流</div>
<div class="mn"><div>当前位置：首页 » 领导之窗 » 讲话文稿</div>
<div class="meta2">发布日期：2025-06-08 11:04:37　　来源：行署办公室　　访问次数：1573　【<a>大</a>】【<a>中</a>】【<a>小</a>】</div>
<div class="zt">@@T@@</div>
<div class="zz">行署副专员　买买提江·阿吾提</div>
<div class="rq">（2025年6月6日）</div>
<div class="nr">@@BODY@@</div>
<p>【<a>打印正文</a>】</p></div>
<div class="ft" style="text-align:center;border-top:4px solid #c8102e">主办：阿克苏地区行政公署办公室　承办：阿克苏地区信息中心<br>新ICP备05002345号　新公网安备 65290102000090号　网站标识码：6529000001</div>""",
body=[
"同志们：",
"今天召开这次会议，主要任务是安排部署今冬明春农田水利基本建设工作。刚才，地区水利局通报了去年以来全地区农田水利建设情况，三个县市作了交流发言，讲得都很好，我都同意。下面，我讲三点意见。",
("h", "一、充分认识做好农田水利建设工作的重要性"),
"水是农业的命脉。我们地区地处塔里木盆地北缘，农业用水占总用水量的九成以上，节水潜力大、任务也重。近年来，全地区累计新增高效节水灌溉面积120万亩，灌溉水有效利用系数提高到0.61，但渠系老化、末级渠系不配套等问题依然突出。",
("h", "二、突出重点，抓好四项工作"),
"一要抓好灌区续建配套和现代化改造；二要抓好高标准农田建设；三要抓好山区水库和水源工程前期工作；四要抓好农村供水保障工程。各县市要对照任务清单，倒排工期，确保冬季施工前完成招投标。",
("h", "三、压实责任，确保各项任务落地见效"),
"各县市政府是农田水利建设的责任主体，主要领导要亲自抓、负总责。地区将把农田水利建设纳入年度考核，实行月通报、季督查。对工作推进不力的，要约谈有关负责同志。",
"同志们，做好今冬明春农田水利基本建设工作责任重大。希望大家振奋精神、真抓实干，为明年农业丰收打下坚实基础！",
]))

# ww-09 天津 district bureau, 批复, 2022 gov template (info table above)
A(dict(id="ww-09", kind="government", lang="zh",
title="关于同意西青区2025年第二批城镇建设用地规划调整的批复",
authors=[], publish_time="2025年05月30日",
css="""body{margin:0;font-family:sans-serif}.g-top{background:#b30000;color:#fff;padding:5px 60px;font-size:13px}.g-logo{padding:18px 60px;font-size:30px;color:#b30000}
.zc{width:960px;margin:auto}table.xxgk{width:100%;border:1px solid #ccc;font-size:13px}table.xxgk td{padding:6px;border:1px solid #ddd}
.zc h1{font-size:22px;text-align:center;color:#b30000;margin-top:26px}.zw p{font-size:16px;line-height:30px;text-indent:2em}""",
shell="""<div class="g-top">无障碍浏览 | 长者版 | 手机版 | 天津市西青区人民政府</div>
<div class="g-logo">天津市西青区规划和自然资源局</div>
<div class="zc"><div>位置：首页 &gt; 政府信息公开 &gt; 法定主动公开内容 &gt; 批复</div>
<table class="xxgk"><tr><td>索 引 号：</td><td>11120111MB1234567X/2025-00318</td><td>主题分类：</td><td>城乡建设</td></tr>
<tr><td>发布机构：</td><td>西青区规划和自然资源局</td><td>成文日期：</td><td>2025年05月28日</td></tr>
<tr><td>名　　称：</td><td>@@T@@</td><td>发布日期：</td><td>2025年05月30日</td></tr>
<tr><td>文　　号：</td><td>西青规自批〔2025〕19号</td><td>有 效 性：</td><td>有效</td></tr></table>
<h1>@@T@@</h1>
<div class="zw">@@BODY@@</div>
<div class="bt">【<a>打印</a>】【<a>关闭</a>】　扫一扫在手机打开当前页</div></div>
<div class="ft" style="text-align:center;background:#f2f2f2;padding:16px">主办：天津市西青区规划和自然资源局　地址：西青区中北镇永旺路6号<br>网站标识码：1201110005　津ICP备06009876号-2　津公网安备 12011102000234号</div>""",
body=[
("x", '<p style="text-align:center;text-indent:0">西青规自批〔2025〕19号</p>'),
("ph", '<span style="margin-left:-2em">西营门街道办事处、张家窝镇人民政府：</span>'),
"你们报来的《关于调整城镇建设用地规划的请示》收悉。经研究，批复如下：",
"一、同意对西营门街道津同公路以北地块、张家窝镇知景道以南地块的城镇建设用地规划进行调整，调整总面积12.46公顷，其中由工业用地调整为居住用地8.12公顷、调整为公共管理与公共服务用地4.34公顷。",
"二、调整后的地块须严格按照控制性详细规划确定的容积率、建筑密度、绿地率等指标实施建设，同步配建幼儿园、社区综合服务设施等公共服务配套。",
"三、请你们按照有关规定做好调整方案的公示和档案归档工作，将调整结果纳入国土空间规划“一张图”实施监督信息系统统一管理。",
"此复。",
("ph", '<span style="float:right">天津市西青区规划和自然资源局</span>'),
("ph", '<span style="float:right">2025年5月28日</span>'),
]))

# ww-10 四川 village site, very old table layout, 公告
A(dict(id="ww-10", kind="government", lang="zh",
title="关于2024年度村集体经济收益分配方案的公告",
authors=[], publish_time="2025-6-3 15:48:09",
css="""body{margin:0;font-size:12px;background:#fffbe8}td{font-size:12px}.big{font-size:18px;font-weight:bold;color:#a40}.zw{font-size:14px;line-height:24px}""",
shell="""<table width="900" align="center" border="0" cellpadding="0" cellspacing="0" bgcolor="#ffffff">
<tr><td height="80" bgcolor="#f6c453" style="font-size:26px;padding-left:20px">郫都区唐昌街道战旗村村务公开网</td></tr>
<tr><td bgcolor="#a40"><font color="#ffffff">　首页　|　村情简介　|　村务公开　|　党务公开　|　财务公开　|　乡村旅游　|　留言板</font></td></tr>
<tr><td><table width="100%"><tr><td width="180" valign="top" bgcolor="#fdf1d0"><b>村务公开</b><br>· 村规民约<br>· 集体经济<br>· 惠农补贴<br>· 低保公示<br><br><b>联系我们</b><br>村委会电话：<br>028-87891234</td>
<td valign="top"><table width="100%"><tr><td>您的位置：<a>网站首页</a> → <a>村务公开</a> → 集体经济</td></tr>
<tr><td align="center" class="big">@@T@@</td></tr>
<tr><td align="center">作者：村委会　来源：本站原创　点击数：87　更新时间：2025-6-3 15:48:09</td></tr>
<tr><td class="zw">@@BODY@@</td></tr>
<tr><td align="right"><a>【发表评论】</a><a>【告诉好友】</a><a>【打印此文】</a><a>【关闭窗口】</a></td></tr>
<tr><td>上一篇文章：<a>战旗村2025年5月财务收支公开</a><br>下一篇文章：<a>关于开展人居环境整治评比的通知</a></td></tr></table></td></tr></table></td></tr>
<tr><td align="center" bgcolor="#f6c453">Copyright 2013-2025 战旗村村民委员会 版权所有　蜀ICP备13012345号<br>技术支持：唐昌街道便民服务中心</td></tr></table>""",
p="{}<br><br>",
body=[
"全体村民：",
"经2025年5月28日村民代表大会讨论通过，现将2024年度村集体经济收益分配方案公告如下：",
"一、收益情况。2024年村集体经济组织经营性收入386.2万元，扣除经营成本、管理费用等支出后，可分配收益152.8万元。",
"二、分配方案。可分配收益按以下比例分配：",
"（一）提取公积公益金30%，计45.84万元，用于发展生产和村内公益事业；",
"（二）提取公益福利金10%，计15.28万元，用于困难群众帮扶和老年人慰问；",
"（三）剩余60%，计91.68万元，按股份分红，全村共有股东1726人，每股分红531元。",
"三、发放时间。分红资金于2025年6月15日前通过“一卡通”直接发放到股东账户。",
"四、监督方式。对本方案有疑问的，请于6月10日前向村务监督委员会反映，联系人：高文斌。",
"战旗村股份经济合作联合社",
"战旗村村民委员会",
"2025年6月3日",
]))

# ww-11 山西 provincial department, 征求意见 公告, 2024 design, labels glued in a grey bar
A(dict(id="ww-11", kind="government", lang="zh",
title="山西省文化和旅游厅关于公开征求《山西省旅游民宿等级评定与管理办法（征求意见稿）》意见的公告",
authors=[], publish_time="2025-06-09 10:00",
css="""body{margin:0;font-family:sans-serif;color:#222}.tp{height:140px;background:#6b2c1a;color:#f3d9a4;font-size:34px;padding:30px 80px;box-sizing:border-box}
.tp small{display:block;font-size:13px}.cw{max-width:1100px;margin:auto}.gb{background:#f5f0e8;padding:8px 16px;color:#6b2c1a}
h1.zt{font-size:23px;line-height:1.6;text-align:center}.cont p{font-size:16px;line-height:2;text-indent:2em}.fj a{color:#06c}""",
shell="""<div class="tp">山西省文化和旅游厅<small>SHANXI PROVINCIAL DEPARTMENT OF CULTURE AND TOURISM　| 无障碍 | 长者模式 | 繁</small></div>
<div class="cw"><nav>首页　机构　新闻　政务公开　政务服务　互动　专题</nav>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 通知公告</div>
<h1 class="zt">@@T@@</h1>
<div class="gb">时间：2025-06-09 10:00来源：资源开发处【字号：大 中 小】【打印】</div>
<div class="cont">@@BODY@@</div>
<div class="fj">附件：<a>1.山西省旅游民宿等级评定与管理办法（征求意见稿）.pdf</a><br><a>2.意见建议反馈表.docx</a></div>
<div>分享到：微信　微博　</div></div>
<footer style="margin-top:30px;background:#4a1e12;color:#d9c39a;text-align:center;padding:24px">主办单位：山西省文化和旅游厅　承办单位：山西省文化和旅游厅信息中心<br>晋ICP备05000789号　晋公网安备 14010502000555号　网站标识码：1400000046</footer>""",
body=[
"为进一步规范旅游民宿经营和服务，推动全省旅游民宿高质量发展，我厅起草了《山西省旅游民宿等级评定与管理办法（征求意见稿）》，现向社会公开征求意见。有关事项公告如下：",
"一、征求意见时间为2025年6月9日至2025年7月8日。",
"二、社会各界可通过以下方式提出意见建议：",
"（一）电子邮件：请将意见建议发送至sxwlt_msyj@example.cn，邮件主题请注明“民宿办法意见”；",
"（二）信函：请寄至太原市迎泽区文庙巷12号山西省文化和旅游厅资源开发处（邮编030001），并在信封上注明“民宿办法意见”字样；",
"（三）传真：0351-4041234。",
"三、意见建议请尽量提出具体修改条文及理由，并注明联系人和联系方式。",
"《办法（征求意见稿）》共五章三十二条，将旅游民宿由高到低分为甲级、乙级、丙级三个等级，明确了评定条件、评定程序、复核和退出机制，并对安全卫生、消防、食品经营等提出了底线要求。",
"山西省文化和旅游厅",
"2025年6月9日",
]))

# ww-12 新疆 county 融媒 news on county portal; byline inside first paragraph; editor/reviewer lines
A(dict(id="ww-12", kind="government", lang="zh",
title="尉犁县“罗布人村寨”夏季旅游季开幕",
authors=["李文博", "热依汗古丽·买买提"], publish_time="2025年06月08日",
css="""*{box-sizing:border-box}body{margin:0}.masthead{display:grid;grid-template-columns:1fr auto;padding:14px 6vw;background:#e8f4fb}
.masthead b{font-size:26px;color:#0f5f9a}.mnav{background:#0f5f9a;padding:0 6vw}.mnav a{color:#fff;display:inline-block;padding:10px}
article{max-width:820px;margin:24px auto}article h1{font-size:28px}.byl{display:flex;gap:18px;color:#888;font-size:14px}
.ed{color:#666;font-size:14px;border-top:1px solid #eee;margin-top:20px}""",
shell="""<div class="masthead"><b>尉犁县人民政府</b><span>长者模式 | 无障碍 | <input placeholder="搜索本站"></span></div>
<div class="mnav"><a>首页</a><a>走进尉犁</a><a>新闻中心</a><a>信息公开</a><a>办事服务</a><a>互动交流</a></div>
<article><div class="cr">首页 / 新闻中心 / 尉犁要闻</div>
<h1>@@T@@</h1>
<div class="byl"><span>2025年06月08日</span><span>尉犁县融媒体中心</span><span>阅读 2108</span></div>
@@BODY@@
<div class="ed"><p>编辑：古丽娜尔</p><p>审核：张  敏</p><p>终审：刘建国</p></div>
<div>相关新闻<ul><li>尉犁县罗布麻产业链再添新项目</li><li>塔里木河下游生态输水工作启动</li></ul></div></article>
<div class="foot" style="background:#333;color:#aaa;padding:24px 6vw">尉犁县人民政府办公室主办 | 新ICP备10004567号 | 新公网安备 65282302000017号 | 网站标识码：6528230009<br>地址：尉犁县团结南路1号　电话：0996-4012345</div>""",
body=[
"本网讯（记者 李文博 通讯员 热依汗古丽·买买提）6月7日，2025年尉犁县“罗布人村寨”夏季旅游季在罗布人村寨景区开幕。开幕式上，罗布人传统捕鱼表演、胡杨林音乐会、非遗手工展示等活动轮番上演，吸引了3000余名游客前来观看。",
("img", "开幕式现场", "开幕式上的罗布人传统捕鱼表演。 李文博 摄"),
"本次旅游季将持续至9月底，期间将举办沙漠越野挑战赛、胡杨林摄影大赛、罗布美食节等12项主题活动。景区还推出了夜游项目，游客可在星空下体验篝火晚会和沙漠露营。",
"“我们从乌鲁木齐自驾过来，没想到这里的胡杨林和沙漠挨得这么近，孩子们玩得特别开心。”游客陈女士说。",
"近年来，尉犁县依托塔里木河、胡杨林、沙漠等资源，大力发展全域旅游。今年1至5月，全县累计接待游客68.3万人次，同比增长21.4%，实现旅游收入5.9亿元。",
]))
