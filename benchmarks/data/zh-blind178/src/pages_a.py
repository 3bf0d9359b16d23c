# Government pages tw-01 .. tw-12 (辽宁, 江苏, 四川, 广西). All names, numbers and events invented.
K = "government"
PAGES = []

# tw-01: 辽宁 county portal, old table layout, info bar below, glued labels
PAGES.append(dict(id="tw-01", kind=K, lang="zh",
 title="岫岩县召开2025年秋冬季森林防灭火工作部署会",
 authors=["付  强".replace(" ", ""), "关雪"], publish_time="2025-10-14 16:32:08",
 css="body{font:12px 宋体;background:#eef}table.frame{width:980px;margin:auto;background:#fff}.top td{background:#1a56a8;color:#fff}",
 head="""<table class="frame"><tr class="top"><td>岫岩满族自治县人民政府</td><td align="right"><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">繁體</a> | <a href="#">设为首页</a></td></tr>
<tr><td colspan="2"><a href="#">首页</a>　<a href="#">政务公开</a>　<a href="#">政务服务</a>　<a href="#">互动交流</a>　<a href="#">走进岫岩</a></td></tr>
<tr><td colspan="2">您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">政务要闻</a> &gt;&gt; 正文</td></tr></table>""",
 info='<table width="100%"><tr><td align="center">发布时间：2025-10-14 16:32:08　来源：县应急管理局　作者：付  强　关雪　点击数：1276</td></tr></table>',
 indent=True,
 blocks=[("p","10月13日下午，岫岩县召开2025年秋冬季森林防灭火工作部署会，总结前一阶段工作，安排部署今冬明春森林防灭火任务。副县长孟庆和出席会议并讲话，县林草、应急、公安、气象等部门和22个乡镇（街道）分管负责同志参加会议。"),
  ("p","会议指出，今年我县入秋以来降水偏少，林下可燃物积累较多，加之秋收、上坟祭祀、进山采摘等野外活动频繁，火险等级持续偏高，防控形势严峻复杂。"),
  ("p","会议要求，一要压实责任。严格落实地方行政首长负责制，县级领导包乡、乡级干部包村、村干部包山头地块，层层签订责任状。二要管住火源。在重点林区入山口设立检查站，对进山人员逐一登记，严禁携带火种进山。三要强化值守。严格执行24小时值班和领导带班制度，发现火情第一时间报告、第一时间处置。"),
  ("p","孟庆和强调，森林防灭火工作事关人民群众生命财产安全，各乡镇、各部门要时刻绷紧思想之弦，坚持“打早、打小、打了”，确保不发生重特大森林火灾。"),
  ("img","会议现场"),("cap","▲会议现场")],
 tail='<p align="center">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</p><p>上一篇：<a href="#">县政府召开第四十二次常务会议</a><br>下一篇：<a href="#">我县开展粮食收购市场专项检查</a></p>',
 foot='<table class="frame"><tr><td align="center">主办：岫岩满族自治县人民政府办公室　承办：岫岩县政务服务中心<br>辽ICP备05011872号-1　辽公网安备 21032302000117号　网站标识码：2103230011<br>联系电话：0412-7731024</td></tr></table>',
 feat="2000s table layout; glued info bar with seconds; two authors one spaced; U+3000 indents; photo caption; 打印/关闭; 上一篇/下一篇"))

# tw-02: 江苏 municipal department, modern responsive, 通知 with 文号, 主送, 署名, 成文日期, attachment
PAGES.append(dict(id="tw-02", kind=K, lang="zh",
 title="关于开展2025年度全市建筑施工安全生产“百日攻坚”行动的通知",
 authors=[], publish_time="2025-09-02",
 css=".hd{display:flex;justify-content:space-between;padding:10px 40px;background:#c00;color:#fff}.nav a{margin:0 12px}.meta span{margin-right:20px;color:#666}.wh{text-align:center}",
 head="""<div class="hd"><div>淮安市住房和城乡建设局</div><div><a href="#">无障碍浏览</a> <a href="#">关怀版</a> <input placeholder="请输入关键字"> <button>搜索</button></div></div>
<div class="nav"><a href="#">首页</a><a href="#">机构概况</a><a href="#">信息公开</a><a href="#">通知公告</a><a href="#">政策解读</a><a href="#">办事服务</a></div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">通知公告</a> &gt; 正文</div>""",
 info='<div class="meta"><span>发布日期：2025-09-02</span><span>信息来源：质量安全监督处</span><span>浏览量：3,904</span><span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>',
 blocks=[("raw",'<p class="wh">淮住建发〔2025〕58号</p>'),
  ("p","各县区住房和城乡建设局，市各有关单位："),
  ("p","为深入贯彻安全生产治本攻坚三年行动部署，有效防范遏制建筑施工领域生产安全事故，经研究，决定自2025年9月上旬至12月中旬在全市开展建筑施工安全生产“百日攻坚”行动。现将有关事项通知如下："),
  ("h","一、攻坚重点","strong"),
  ("p","（一）危险性较大的分部分项工程。重点检查深基坑、高支模、起重机械、脚手架等专项施工方案的编制、论证和实施情况。"),
  ("p","（二）有限空间和动火作业。重点检查作业审批、通风检测、监护人员配备等制度落实情况。"),
  ("h","二、时间安排","strong"),
  ("table",[["阶段","时间","主要任务"],["自查自纠","9月5日—9月30日","企业全面自查，建立问题清单"],["集中检查","10月1日—11月20日","市县两级联合督查"],["巩固提升","11月21日—12月15日","复查整改，总结经验"]]),
  ("h","三、工作要求","strong"),
  ("p","各县区要高度重视，成立专班，于每月25日前将攻坚进展报送市局质量安全监督处。对检查中发现的重大隐患，要依法依规从严处理，并在全市通报。"),
  ("p","联系人：周敏，电话：0517-83609152。"),
  ("note","附件：1.建筑施工安全隐患排查清单.docx"),
  ("raw",'<p style="text-align:right">淮安市住房和城乡建设局</p><p style="text-align:right">2025年9月1日</p>')],
 tail='<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div><div>【<a href="#">打印</a>】 【<a href="#">关闭</a>】</div><div class="rel"><h4>相关文章</h4><ul><li><a href="#">关于做好汛期建筑工地安全工作的通知</a></li><li><a href="#">市住建局召开质量安全工作例会</a></li></ul></div>',
 foot='<div class="ft"><p>主办单位：淮安市住房和城乡建设局　地址：淮安市清江浦区枚皋路18号</p><p>苏ICP备10074296号　苏公网安备 32081202000335号　网站标识码：3208000027</p><p><img alt="党政机关" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"></p></div>',
 feat="2020s department site; 通知 with 文号 line (not body), 主送 line, table, 署名+成文日期 in body, 附件 line not body; search placeholder; no author"))
# fix: 署名 and 成文日期 are body
PAGES[-1]["blocks"][-1] = ("p","淮安市住房和城乡建设局")
PAGES[-1]["blocks"].append(("p","2025年9月1日"))

# tw-03: 四川 town (乡镇) page on a county portal, info bar above headline, spaced labels
PAGES.append(dict(id="tw-03", kind=K, lang="zh",
 title="龙泉镇：“院坝会”开到群众家门口",
 authors=["罗晓燕"], publish_time="2025年10月9日",
 css="body{background:#f4f1ea}.w{width:1100px;margin:0 auto}.info{font-size:13px;color:#888}",
 head="""<div class="w"><div class="logo">剑阁县人民政府 · 乡镇频道</div><div><a href="#">长者模式</a>　<a href="#">无障碍</a>　<a href="#">English</a></div>
<ul class="nav"><li>网站首页</li><li>政务公开</li><li>乡镇动态</li><li>部门动态</li><li>民生服务</li></ul>
<p>当前位置：首页 &gt; 乡镇动态 &gt; 龙泉镇 &gt; 正文</p></div>""",
 info='<p class="info">时间： 2025年10月9日 　 来源： 龙泉镇 　 撰稿： 罗晓燕 　 审核： 何正林 　 阅读： 412</p>',
 info_pos="above",
 blocks=[("p","“这条机耕道一下雨就全是泥，娃娃上学要绕一大圈。”10月8日晚，在龙泉镇青杠村五组的院坝里，村民王德贵第一个站起来发言。"),
  ("p","今年以来，龙泉镇推行“院坝会”议事机制，镇村干部每月至少两次下到村民小组，把板凳摆在群众家门口，面对面收集意见建议，现场能解决的当场答复，不能解决的建立台账、限时办结。"),
  ("h","小事不出组 大事不出村","h4"),
  ("p","截至目前，全镇共召开院坝会136场，参与群众4800余人次，收集问题建议327条，已办结301条，办结率达92%。青杠村五组的机耕道问题被纳入镇级民生实事清单，预计11月底前完成硬化。"),
  ("p","“以前有事要跑到镇上，现在干部上门来听，说话也敢说了。”村民李秀芬说。"),
  ("p","下一步，龙泉镇将把院坝会收集的问题与“网格+”服务结合起来，推动基层治理从“被动应对”向“主动服务”转变，让群众的急难愁盼在家门口得到解决。"),
  ("img","院坝会现场"),("cap","青杠村院坝会现场（龙泉镇供图）")],
 tail='<div><a href="#">【打印】</a><a href="#">【关闭】</a></div><div class="qr"><img alt="微信二维码" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"><p>扫一扫在手机打开当前页</p></div>',
 foot='<div class="w"><p>剑阁县人民政府办公室主办　剑阁县大数据中心承办</p><p>网站标识码：5108230009　蜀ICP备11027564号-2　川公网安备 51082302000108号</p></div>',
 feat="乡镇 item on county portal; info bar above headline with spaced labels; 撰稿 author, 审核 not author; h4 sub-heading; quoted speech; 扫一扫"))

# tw-04: 广西 city 政策解读, 2010s portal, 图解-like, author line inside info "作者："
PAGES.append(dict(id="tw-04", kind=K, lang="zh",
 title="一图读懂《玉林市城镇老旧小区改造实施方案（2025—2027年）》",
 authors=[], publish_time="2025-07-21 09:15",
 css=".banner{height:120px;background:#0b6;color:#fff}.m{width:1000px;margin:auto}.sx{border-bottom:1px dashed #ccc}",
 head="""<div class="banner"><span>玉林市人民政府门户网站</span> <span>www.yulin.gov.cn</span></div>
<div class="m"><a href="#">首页</a> | <a href="#">政务动态</a> | <a href="#">信息公开</a> | <a href="#">政策解读</a> | <a href="#">网上办事</a> | <a href="#">公众参与</a>
<div>您所在的位置：<a href="#">首页</a> » <a href="#">政策解读</a> » <a href="#">图文解读</a></div></div>""",
 info='<div class="sx">日期：2025-07-21 09:15　来源：玉林市住房和城乡建设局　作者：　浏览：<span>2218</span>　字号：[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</div>',
 blocks=[("img","一图读懂老旧小区改造实施方案"),
  ("h","一、改造范围"),
  ("p","城市或县城（城关镇）建成于2000年底前、公共设施落后影响居民基本生活、居民改造意愿强烈的住宅小区，重点改造2000年底前建成的老旧小区。"),
  ("h","二、主要目标"),
  ("p","2025年至2027年，全市计划改造城镇老旧小区412个、涉及居民2.6万户，到2027年底基本完成2000年底前建成的需改造老旧小区改造任务。"),
  ("h","三、改造内容"),
  ("li",["基础类：供水、排水、供电、道路、燃气、消防等市政配套设施改造；","完善类：加装电梯、建设停车场（库）、充电桩、文化休闲设施等；","提升类：建设社区综合服务设施、养老托育、助餐点等公共服务设施。"]),
  ("h","四、资金筹措"),
  ("p","建立政府与居民、社会力量合理共担改造资金的机制，居民通过直接出资、使用住宅专项维修资金等方式分担，鼓励专业经营单位出资参与相关管线改造。"),
  ("p","政策咨询电话：0775-2836017。")],
 tail='<div class="rel">相关链接：<a href="#">玉林市人民政府办公室关于印发玉林市城镇老旧小区改造实施方案（2025—2027年）的通知</a></div><div>分享：<a href="#">微信</a><a href="#">微博</a></div>',
 foot='<div class="m">版权所有：玉林市人民政府办公室　技术支持：玉林市大数据发展局<br>桂ICP备05006138号　桂公网安备 45090202000051号　网站识别码：4509000003</div>',
 feat="政策解读 graphic page; empty 作者： label; image alt not body; h3 sub-headings and a list; related 原文 link not body; no author"))

# tw-05: 辽宁 街道 news on district site, article with closing (张三 李四)
PAGES.append(dict(id="tw-05", kind=K, lang="zh",
 title="泉园街道“一老一小”服务站正式启用",
 authors=["孙悦","赵博文"], publish_time="2025/10/16",
 css="header{background:#1b3a6b;color:#fff;padding:8px}nav a{padding:0 10px}.detail h1{font-size:26px;text-align:center}.src{text-align:center;color:#999}",
 head="""<header><b>沈阳市铁西区人民政府</b> <a href="#">English</a> <a href="#">适老版</a> <a href="#">无障碍</a> <a href="#">登录</a></header>
<nav><a href="#">首页</a><a href="#">要闻动态</a><a href="#">政府信息公开</a><a href="#">政务服务</a><a href="#">政民互动</a><a href="#">数据开放</a></nav>
<div>当前位置： 首页 > 要闻动态 > 街道动态</div>""",
 info='<div class="src">2025/10/16 | 来源：泉园街道 | 【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】 | <a href="#">打印</a></div>',
 blocks=[("p","10月15日，泉园街道“一老一小”综合服务站在云峰社区正式启用，为辖区老年人和婴幼儿家庭提供助餐、日间照料、托育指导等一站式服务。"),
  ("p","服务站建筑面积约680平方米，分为上下两层。一层设有老年助餐厅、康复理疗室和阅览室，可同时容纳60名老人就餐；二层为普惠托育区，设置婴儿室、幼儿活动室和家长课堂，可提供托位40个。"),
  ("p","服务站由街道提供场地、引入专业机构运营，老年助餐实行“基础价+补贴”模式，80岁以上老人每餐仅需8元。开业当天，前来体验的居民络绎不绝。"),
  ("p","“以前孙子放学没人接，我还得赶回来做饭，现在中午在这吃，下午还能上楼帮着照看孙子，方便多了。”72岁的居民刘桂兰说。"),
  ("p","街道相关负责人介绍，下一步将依托服务站开展健康讲座、育儿沙龙等活动，打造15分钟“一老一小”服务圈。（孙悦 赵博文）")],
 tail='<div class="pn"><p>上一条：<a href="#">铁西区召开安全生产专题会议</a></p><p>下一条：<a href="#">兴工街道开展消防演练</a></p></div>',
 foot='<footer><p>主办：沈阳市铁西区人民政府　承办：铁西区政务服务和数据管理局</p><p>辽ICP备09021453号　辽公网安备 21010602000224号　网站标识码：2101060001</p></footer>',
 feat="街道 news on district site; slash date; info bar pipe-separated; closing （孙悦 赵博文） byline kept in last paragraph; quoted speech"))

# tw-06: 江苏 district 领导活动, 2015 portal, date with weekday
PAGES.append(dict(id="tw-06", kind=K, lang="zh",
 title="区委书记陈立新调研重点产业项目建设",
 authors=["吴  昊".replace(" ",""), "徐佳怡"], publish_time="2025年10月11日 星期六",
 css="#top{background:url() #b22;color:#fff}#main{width:1002px;margin:auto}.time{text-align:right;font-size:12px}",
 head="""<div id="top">中国·常州 武进区人民政府 <span>今天是：2025年10月17日</span> <a href="#">繁體版</a> <a href="#">无障碍</a></div>
<div id="main"><div><input placeholder="站内搜索"><a href="#">高级检索</a></div>
<div><a href="#">首页</a> <a href="#">武进概况</a> <a href="#">政务公开</a> <a href="#">投资武进</a> <a href="#">办事服务</a> <a href="#">互动交流</a></div>
<div>当前位置：<a href="#">首页</a>→<a href="#">武进要闻</a>→<a href="#">领导活动</a></div></div>""",
 info='<div class="time">发布日期：2025年10月11日 星期六　来源：武进日报　作者：吴  昊 徐佳怡　阅读次数：</div>',
 blocks=[("p","10月10日，区委书记陈立新带队调研全区重点产业项目建设情况，强调要坚持项目为王，以更大力度抓招引、促建设、优服务，为全年目标任务圆满完成提供有力支撑。区领导张慧、钱卫东参加调研。"),
  ("p","在西太湖科技产业园，陈立新一行实地察看新型储能电池项目施工现场。该项目总投资42亿元，达产后可形成年产8GWh储能电芯的生产能力。陈立新仔细询问设备进场、人才招引等情况，要求相关部门靠前服务，推动项目早日竣工投产。"),
  ("p","在湖塘镇智能装备产业园，陈立新听取了园区规划建设和企业入驻情况汇报，希望园区聚焦主导产业，强化上下游协同，加快形成产业集群。"),
  ("p","调研中，陈立新指出，项目建设是推动高质量发展的“压舱石”。各地各部门要牢固树立“项目为王”理念，倒排工期、挂图作战，切实解决项目推进中的堵点难点问题；要持续优化营商环境，当好服务企业的“店小二”，以项目建设的加速度推动经济发展的高质量。")],
 tail='<div>【<a href="#">我要打印</a>】【<a href="#">关闭本页</a>】【<a href="#">收藏本页</a>】</div><div><b>相关新闻</b><br><a href="#">区政府召开重点项目推进会</a><br><a href="#">武进区三季度项目集中开工</a></div>',
 foot='<div id="ft">Copyright © 2015-2025 常州市武进区人民政府 版权所有<br>苏ICP备12032976号-1 苏公网安备32041202001044号 网站标识码：3204120019<br>建议使用1280×1024分辨率</div>',
 feat="2015-era portal; date with weekday kept; spaced author name; empty 阅读次数; 领导活动; arrow breadcrumb"))

# tw-07: 四川 province department 公示, no author, 公示期 list, 联系方式
PAGES.append(dict(id="tw-07", kind=K, lang="zh",
 title="四川省文化和旅游厅关于第三批省级旅游度假区拟认定名单的公示",
 authors=[], publish_time="2025-10-10 17:40",
 css=".g-hd{background:#7a1;padding:20px}.g-bd{max-width:1200px;margin:auto}.xx{background:#f7f7f7;padding:6px}",
 head="""<div class="g-hd"><span>四川省文化和旅游厅</span><span>Department of Culture and Tourism of Sichuan Province</span><div><a href="#">长者模式</a>|<a href="#">无障碍</a>|<a href="#">简</a>/<a href="#">繁</a></div></div>
<div class="g-bd"><a href="#">首页</a> <a href="#">机构概况</a> <a href="#">新闻资讯</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">互动交流</a> <a href="#">文旅四川</a>
<div>当前位置：<a href="#">首页</a> &gt; <a href="#">通知公告</a></div></div>""",
 info='<div class="xx">发布时间：2025-10-10 17:40 信息来源：资源开发处 字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>',
 blocks=[("p","根据《旅游度假区等级管理办法》和《四川省省级旅游度假区管理办法》有关规定，经地方申报、材料审核、现场检查和专家评审等程序，拟认定以下4家单位为第三批省级旅游度假区，现予以公示。"),
  ("table",[["序号","名称","所在市（州）"],["1","青衣江滨水旅游度假区","雅安市"],["2","米仓山森林康养旅游度假区","巴中市"],["3","螺髻九十九里温泉旅游度假区","凉山彝族自治州"],["4","罗浮山温泉旅游度假区","绵阳市"]]),
  ("p","公示期为2025年10月11日至10月17日（5个工作日）。公示期间，如有异议，请以书面形式向我厅反映。个人反映须署真实姓名，单位反映须加盖公章，并提供联系方式。"),
  ("p","联系电话：028-86621539"),("p","通讯地址：成都市锦江区红星路二段119号"),
  ("p","四川省文化和旅游厅"),("p","2025年10月10日")],
 tail='<div><a href="#">打印本页</a> <a href="#">关闭窗口</a></div><div>扫一扫在手机上查看当前页面<img alt="二维码" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"></div>',
 foot='<div>主办：四川省文化和旅游厅　地址：成都市锦江区红星路二段119号　邮编：610012<br>网站标识码：5100000061　蜀ICP备05031284号-1　川公网安备51010402001209号</div>',
 feat="provincial department 公示; table with header; 署名/日期 body; contact lines body; no author; bilingual banner"))

# tw-08: 广西 village (村) page on 乡镇 site, very plain, info bar at end
PAGES.append(dict(id="tw-08", kind=K, lang="zh",
 title="那坡村2025年第三季度村务公开",
 authors=[], publish_time="2025-10-08",
 css="body{font-size:14px}.box{border:1px solid #9c9;width:900px;margin:auto}",
 head="""<div class="box"><div>马山县古零镇人民政府</div><div>首页 | 镇情概况 | 村务公开 | 党建园地 | 便民服务</div><div>位置：首页 » 村务公开 » 那坡村</div></div>""",
 info='<p style="text-align:right">那坡村民委员会　发布日期：2025-10-08</p>', info_pos="end",
 blocks=[("p","根据《村务公开条例》有关规定，现将那坡村2025年第三季度（7月—9月）村务情况公开如下，接受全体村民监督。"),
  ("h","一、财务收支情况","strong"),
  ("table",[["项目","金额（元）","备注"],["上级转移支付","86,000.00","村级运转经费"],["集体经济收入","42,350.00","砂糖橘基地租金"],["道路维护支出","18,600.00","屯级道路修补"],["环境卫生支出","9,240.00","保洁员工资"],["结余","100,510.00",""]]),
  ("h","二、重点工作","strong"),
  ("li",["1.完成那坡屯至弄良屯1.2公里道路修补；","2.发放耕地地力保护补贴，涉及农户213户；","3.组织开展防溺水宣传6次，入户走访留守儿童家庭38户；","4.新增脱贫人口小额信贷5笔，共计20万元。"]),
  ("h","三、监督方式","strong"),
  ("p","村民对以上公开内容如有疑问，可在公开之日起10日内向村务监督委员会或镇纪委反映。村务监督委员会主任：韦国强，联系电话：139-7712-4086。")],
 tail='<p>【<a href="#">返回顶部</a>】</p>',
 foot='<div class="box">马山县古零镇人民政府 版权所有　桂ICP备13004851号</div>',
 feat="村务公开; info (publisher + date) printed after the body; finance table incl. empty cell; numbered list; plain 2010s box layout; no author"))

# tw-09: 辽宁 city 讲话 (speech), speaker is author
PAGES.append(dict(id="tw-09", kind=K, lang="zh",
 titlehtml='<h1>在全市优化营商环境推进大会上的讲话</h1><p class="sub" style="text-align:center">市长　刘成斌</p><p style="text-align:center">（2025年9月26日）</p>',
 title="在全市优化营商环境推进大会上的讲话",
 authors=["刘成斌"], publish_time="2025-09-30 10:02",
 css=".top{background:#135;color:#eee}.wrap{width:1200px;margin:0 auto}.sub{letter-spacing:2px}",
 head="""<div class="top"><div class="wrap">鞍山市人民政府 <a href="#">无障碍</a> <a href="#">长者版</a> <a href="#">手机版</a> <a href="#">微信</a> <a href="#">微博</a></div></div>
<div class="wrap"><a href="#">首页</a> <a href="#">走进鞍山</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">政民互动</a>
<div>首页 &gt; 政务公开 &gt; 领导讲话</div></div>""",
 info='<div class="wrap" style="text-align:center">发布时间：2025-09-30 10:02　　来源：市政府办公室　　浏览次数：5821　　【<a href="#">打印</a>】</div>',
 info_pos="above",
 blocks=[("p","同志们："),
  ("p","这次会议的主要任务是，深入贯彻省委、省政府关于营商环境建设的决策部署，总结前一阶段工作，部署下一阶段任务。刚才，几个单位作了交流发言，讲得都很好，我都同意。下面，我讲三点意见。"),
  ("h","一、清醒认识营商环境面临的形势","strong"),
  ("p","今年以来，全市营商环境建设取得了积极成效，企业开办实现“一日办结”，工程建设项目审批时限压减到40个工作日以内。但也要看到，与先进地区相比，我们在政务服务便利度、涉企执法规范性等方面还有不小差距，企业反映的一些问题仍未得到根本解决。"),
  ("h","二、聚焦重点抓好攻坚突破","strong"),
  ("p","要在“高效办成一件事”上下功夫，年底前再推出15个集成服务场景；要在规范涉企检查上下功夫，全面推行“综合查一次”，坚决杜绝多头检查、重复检查；要在解决历史遗留问题上下功夫，逐项建立台账，明确责任人和完成时限。"),
  ("h","三、压实责任确保取得实效","strong"),
  ("p","各地区、各部门主要负责同志要亲自抓、负总责，把营商环境建设作为“一把手”工程。市营商局要加强统筹调度，对工作推进不力的单位要通报批评、严肃问责。"),
  ("p","同志们，优化营商环境永远在路上。让我们以更加务实的作风、更加有力的举措，全力打造办事方便、法治良好、成本竞争力强、生态宜居的一流营商环境！")],
 tail='<div>相关稿件：<a href="#">全市优化营商环境推进大会召开</a></div>',
 foot='<div class="wrap">主办：鞍山市人民政府办公室　网站标识码：2103000003　辽ICP备05014862号　辽公网安备 21030202000094号</div>',
 feat="讲话 with speaker line and date line under headline (not body); speaker as author; 同志们 salutation; info above headline"))

# tw-10: 江苏 town (镇) news, WeChat-like mobile portal design
PAGES.append(dict(id="tw-10", kind=K, lang="zh",
 title="沙溪镇首届稻米文化节开幕",
 authors=["顾晓东","通讯员 沈丽".split()[-1]], publish_time="2025-10-12 18:06",
 css="body{max-width:750px;margin:auto;font-size:16px}.bar{display:flex;gap:8px;color:#888}",
 head="""<div class="app">太仓沙溪 · 镇政府网 <a href="#">打开APP</a></div><div class="tabs"><a href="#">推荐</a> <a href="#">沙溪要闻</a> <a href="#">通知公告</a> <a href="#">便民</a></div>""",
 info='<div class="bar"><span>2025-10-12 18:06</span><span>沙溪镇融媒体中心</span><span>记者 顾晓东 通讯员 沈丽</span></div>',
 blocks=[("p","金秋十月，稻浪翻滚。10月12日上午，沙溪镇首届稻米文化节在涂松村万亩良田示范区开幕，吸引了3000余名市民游客前来参与。"),
  ("p","本届文化节以“稻香沙溪 丰收有你”为主题，设置开镰仪式、稻田市集、农耕体验、亲子稻草人制作等多项活动。现场，20余家农业合作社和家庭农场带来了新米、糯米团、酱菜等特色农产品，市民们边逛边尝，不时拎上几袋新米。"),
  ("p","“带孩子来体验一下割稻子，比在家里看书本上的图片生动多了。”来自太仓城区的市民张女士说。"),
  ("p","据了解，沙溪镇今年水稻种植面积达3.2万亩，其中优质食味稻米“沙溪香粳”种植面积1.1万亩，亩均效益较普通品种提高约400元。镇农业农村服务中心负责人表示，将以文化节为契机，进一步擦亮沙溪大米品牌，推动农文旅融合发展。"),
  ("img",""),("cap","图为开镰仪式现场。沈丽 摄")],
 tail='<div class="ops"><a href="#">点赞 128</a> <a href="#">收藏</a> <a href="#">分享</a></div><p>编辑：周宁　审核：陆建华</p><div><b>推荐阅读</b><p><a href="#">沙溪镇召开三季度经济形势分析会</a></p><p><a href="#">沙溪古镇入选省级旅游休闲街区</a></p></div>',
 foot='<div>太仓市沙溪镇人民政府 主办　苏ICP备17049633号-3</div>',
 feat="mobile-style town portal; byline 记者/通讯员 in info bar; photographer credit in caption not author; 编辑/审核 after body"))

# tw-11: 四川 county 通报, 2010s, 文号, 主送, list of cases, no author
PAGES.append(dict(id="tw-11", kind=K, lang="zh",
 title="关于2025年第三季度全县政府网站和政务新媒体检查情况的通报",
 authors=[], publish_time="2025年10月15日",
 css="body{background:#e9eef3}.main{width:1000px;margin:auto;background:#fff}.wz{text-align:center;font-family:仿宋}",
 head="""<div class="main"><div>蓬溪县人民政府</div><div><a href="#">首页</a>┊<a href="#">政务要闻</a>┊<a href="#">信息公开</a>┊<a href="#">网上办事</a>┊<a href="#">互动交流</a></div>
<form>搜索：<input placeholder="请输入关键词"> <select><option>全站</option></select> <button>搜索</button></form>
<div>当前位置：首页 &gt; 信息公开 &gt; 法定主动公开内容 &gt; 通知公告</div></div>""",
 info='<table class="main"><tr><td>索引号：008371526/2025-00317</td><td>发布机构：蓬溪县人民政府办公室</td></tr><tr><td>成文日期：2025年10月14日</td><td>发布日期：2025年10月15日</td></tr><tr><td colspan="2">文号：蓬府办函〔2025〕41号</td></tr></table>',
 info_pos="above",
 blocks=[("raw",'<p class="wz">蓬府办函〔2025〕41号</p>'),
  ("p","各镇人民政府，县级各部门："),
  ("p","按照省、市关于政府网站与政务新媒体管理的有关要求，县政府办公室于9月下旬对全县政府网站和政务新媒体开展了第三季度检查。现将有关情况通报如下。"),
  ("h","一、总体情况","strong"),
  ("p","本次共检查政府网站1个、政务新媒体47个，抽查栏目312个。总体合格率为95.7%，较上季度提高2.1个百分点。"),
  ("h","二、存在的问题","strong"),
  ("li",["（一）个别栏目更新不及时。县农业农村局“工作动态”栏目超过2周未更新。","（二）互动回应不够及时。2个政务新媒体留言办理超过规定时限。","（三）错别字问题仍有发生。检查发现错别字和病句共计9处。"]),
  ("h","三、有关要求","strong"),
  ("p","各单位要对照问题清单，于10月31日前完成整改，并将整改情况报县政府办公室。对连续两次检查不合格的单位，将在全县范围内通报批评。"),
  ("p","蓬溪县人民政府办公室"),("p","2025年10月14日")],
 tail='<p>【<a href="#">打印</a>】【<a href="#">关闭</a>】</p>',
 foot='<div class="main">蓬溪县人民政府办公室 主办　四川省蓬溪县大数据中心 维护<br>蜀ICP备08100725号　网站标识码：5109210002　川公网安备 51092102000015号</div>',
 feat="信息公开 metadata table (索引号/成文日期/发布日期/文号) above headline; publish_time = 发布日期 (成文日期 differs); 文号 line not body; 主送/署名/日期 body; bracketed list"))

# tw-12: 广西 district department 批复, responsive 2023 design
PAGES.append(dict(id="tw-12", kind=K, lang="zh",
 title="南宁市青秀区人民政府关于青秀区仙葫大道东段道路工程初步设计的批复",
 authors=[], publish_time="2025-08-27",
 css=":root{--c:#0a58ca}.hdr{background:var(--c);color:#fff;padding:14px}.grid{display:grid;grid-template-columns:3fr 1fr}",
 head="""<div class="hdr">南宁市青秀区人民政府门户网站 <a href="#">关怀版</a> <a href="#">无障碍</a> <a href="#">登录</a> <a href="#">注册</a></div>
<nav><a href="#">首页</a> <a href="#">新闻中心</a> <a href="#">政府信息公开</a> <a href="#">政务服务</a> <a href="#">互动交流</a> <a href="#">走进青秀</a></nav>
<div>您当前的位置：<a href="#">首页</a> / <a href="#">政府信息公开</a> / <a href="#">政府文件</a> / <a href="#">批复</a></div>""",
 info='<div class="i">青府复〔2025〕63号　<span>发布时间：2025-08-27</span>　<span>来源：区政府办</span>　<span>【<a href="#">字号 大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>',
 blocks=[("p","区住房城乡建设局："),
  ("p","你局《关于审批青秀区仙葫大道东段道路工程初步设计的请示》（青住建报〔2025〕27号）收悉。经研究，现批复如下："),
  ("p","一、原则同意青秀区仙葫大道东段道路工程初步设计。项目起点位于仙葫大道与莲花路交叉口，终点接五象大桥连接线，道路全长约2.31公里，红线宽度40米，设计速度50公里/小时，按城市主干路标准建设。"),
  ("p","二、项目建设内容包括道路、桥涵、给排水、照明、交通、绿化及附属工程等。核定项目初步设计概算总投资为3.86亿元，资金来源为区级财政资金及上级补助资金。"),
  ("p","三、请你局严格按照批复的建设规模、标准和概算组织实施，加强项目质量、安全和资金管理，确保工程按期完成。"),
  ("p","此复。"),
  ("p","南宁市青秀区人民政府"),("p","2025年8月26日"),
  ("note","（此件公开发布）")],
 tail='<div class="grid"><div>分享到：<a href="#">微信</a> <a href="#">微博</a></div><div><a href="#">打印</a> <a href="#">关闭</a></div></div><div>相关解读：<a href="#">无</a></div>',
 foot='<footer>主办单位：南宁市青秀区人民政府办公室　联系电话：0771-5596083<br>网站标识码：4501030003　桂ICP备12003974号-1　桂公网安备 45010302000228号</footer>',
 feat="批复 with 文号 glued into info bar; 主送, 此复, 署名, 成文日期 body; （此件公开发布） not body; responsive 2023 design"))
