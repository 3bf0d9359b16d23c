# Media pages ww-13 .. ww-24 (all invented)
PAGES = []
A = PAGES.append

# ww-13 天津 city daily's news site, 2019 portal, 本报讯 byline in paragraph
A(dict(id="ww-13", kind="media", lang="zh",
title="海河沿线新增12处亲水平台 夜游线路延长至柳林公园",
authors=["陈思远", "周蕾"], publish_time="2025-06-10 07:05",
css="""body{margin:0;font-family:"Microsoft YaHei"}.logo{background:#0b2f6b;color:#fff;padding:12px 50px;font-size:30px}.chan a{margin:0 10px}
.w{width:1200px;margin:auto;display:flex;gap:30px}.l{width:820px}.r{flex:1;background:#f7f7f7;padding:10px}.l h1{font-size:30px;line-height:1.4}
.src{color:#999;font-size:14px}.artc p{font-size:18px;line-height:1.9;text-indent:2em}.bj{text-align:right;color:#999}""",
shell="""<div class="logo">津门在线 <small>天津日报报业集团主办</small></div>
<div class="chan"><a>首页</a><a>天津</a><a>区县</a><a>时政</a><a>经济</a><a>文体</a><a>视频</a><a>数字报</a><input placeholder="搜索"></div>
<div class="w"><div class="l"><div class="crumb">津门在线 &gt; 天津 &gt; 正文</div>
<h1>@@T@@</h1>
<div class="src">2025-06-10 07:05　来源：天津日报　　<a>微信</a> <a>微博</a> <a>客户端</a></div>
<div class="artc">@@BODY@@</div>
<div class="bj">[责任编辑：王  硕]</div>
<div class="more"><h3>推荐阅读</h3><ul><li>天津站交通枢纽夏季运输方案出炉</li><li>第二届津门夜市文化节下周启幕</li><li>滨海新区：首批无人驾驶公交线路开通</li></ul></div></div>
<div class="r"><h3>热点排行</h3><ol><li>今年高考天津考生报名人数公布</li><li>地铁8号线延伸段最新进展</li><li>本周末天津有雷阵雨</li></ol><p>扫一扫 关注津门在线微信</p><img alt="二维码" src="@@GIF@@"></div></div>
<div class="ft" style="background:#0b2f6b;color:#ccd;text-align:center;padding:20px">津门在线 版权所有 未经授权禁止转载　互联网新闻信息服务许可证：12120170099<br>津ICP备05001122号　津公网安备 12010102000345号　违法和不良信息举报电话：022-23600000</div>""",
body=[
"本报讯（记者 陈思远 周蕾）记者昨日从市城市管理委获悉，今年海河亲水提升工程已完成大部分建设任务，沿线新增的12处亲水平台将于本月中旬全部开放，海河夜游线路也将向北延长至柳林公园，全程达到15公里。",
"据介绍，新增的亲水平台主要分布在大光明桥至刘庄桥段和解放桥至柳林公园段，平台采用防滑透水材料铺装，并设置了栏杆、救生圈和应急照明设施。部分平台还设置了垂钓区和观景台，方便市民近距离感受海河风光。",
("img", "海河亲水平台", "海河沿岸新建的亲水平台。 记者 周蕾 摄"),
"夜游线路延长后，游船将新增柳林码头和天津之眼码头两个停靠点。市城市管理委相关负责人表示，下一步将结合沿线灯光提升，推出“海河夜话”主题航线，把沿岸的历史建筑和城市天际线串联起来。",
"市民王先生常在海河边晨练，他说：“以前河边只能走，现在能下到水边坐坐，感觉离海河更近了。”",
]))

# ww-14 四川 TV station site, video news page, 记者/摄像
A(dict(id="ww-14", kind="media", lang="zh",
title="川西高原首条“光储充”一体化服务区投运",
authors=["杨帆"], publish_time="2025-06-09 19:42",
css="""body{margin:0;background:#111;color:#ddd}.tv-h{display:flex;align-items:center;gap:30px;padding:12px 40px;background:#000}.tv-h b{font-size:24px;color:#e60}
.tv-h a{color:#ccc}.player{width:960px;height:420px;margin:20px auto;background:#222;text-align:center;line-height:420px}.vt{width:960px;margin:auto}
.vt h1{font-size:24px;color:#fff}.vm{color:#888;font-size:13px}.vt p{line-height:1.9;font-size:16px}""",
shell="""<div class="tv-h"><b>蜀视网</b><a>直播</a><a>点播</a><a>新闻</a><a>四川新闻联播</a><a>节目单</a><a>下载APP</a></div>
<div class="player">视频加载中…　00:00 / 02:36　<span>高清</span> <span>全屏</span></div>
<div class="vt"><div class="vm">蜀视网 &gt; 新闻 &gt; 四川新闻</div>
<h1>@@T@@</h1>
<div class="vm">四川广播电视台　2025-06-09 19:42　播放量：3.2万　<span>点赞</span> <span>收藏</span> <span>分享</span></div>
<div class="desc">@@BODY@@</div>
<p class="vm">记者：杨帆　摄像：何俊峰　剪辑：李  月</p>
<p class="vm">编辑：张小雨　责编：黄涛</p>
<h3>更多视频</h3><ul><li>02:11 雅康高速泸定服务区迎来暑期车流</li><li>01:48 甘孜州：青稞迎来收割季</li><li>03:05 新闻直播间｜省防汛抗旱指挥部部署主汛期工作</li></ul></div>
<div class="ft" style="text-align:center;font-size:12px;color:#777">四川广播电视台 版权所有　信息网络传播视听节目许可证：2306123　蜀ICP备09012345号</div>""",
body=[
"6月9日，位于国道318线康定市新都桥镇的“光储充”一体化服务区正式投运，这是川西高原首个集光伏发电、储能和电动汽车充电于一体的交通服务设施。",
"服务区屋顶和车棚铺设了光伏板，装机容量达到1.2兆瓦，配套建设2兆瓦时储能系统，设置快充桩20个，可同时为20辆电动汽车充电。白天光伏发电优先供给充电桩，多余电量存入储能系统，夜间再释放使用。",
"“以前开电车走318心里没底，现在隔一两百公里就有快充，续航焦虑少多了。”从成都自驾前往理塘的车主刘先生说。",
"国网甘孜供电公司相关负责人介绍，高原地区冬季气温低、海拔高，对充电设备的低温启动和散热性能要求更高。为此，服务区的储能系统配备了温控装置，确保在零下20℃的环境中也能正常运行。投运以来，服务区日均充电车辆超过120辆次。",
"据了解，今年我省将在川西高原主要旅游通道新建“光储充”服务设施15处，进一步完善高原地区新能源汽车充电网络。",
]))

# ww-15 山西 provincial portal, Xinhua wire copy, 2014 design
A(dict(id="ww-15", kind="media", lang="zh",
title="山西太行一号旅游公路全线贯通",
authors=["马晓燕", "刘  涛".replace(" ", "")], publish_time="2025年06月08日 15:27",
css="""body{margin:0;font:14px/1.5 SimSun}.hdr{height:70px;background:#c00;color:#fff;font-size:32px;padding-left:20px}.nav{background:#900;color:#fff;padding:6px}
#main{width:980px;margin:auto}#main h1{font:bold 26px "Microsoft YaHei";text-align:center}.info{text-align:center;color:#666;background:#f5f5f5;padding:4px}
#content p{font-size:16px;line-height:28px}.editor{text-align:right}""",
shell="""<div class="hdr">晋网 <span style="font-size:14px">jinwang-demo.cn　山西重点新闻网站</span></div>
<div class="nav">首页 | 新闻 | 山西 | 国内 | 国际 | 财经 | 文旅 | 教育 | 健康 | 视听 | 专题 | 英文</div>
<div id="main"><div>您当前的位置 ：<a>晋网</a> &gt;&gt; <a>山西新闻</a> &gt;&gt; 正文</div>
<h1>@@T@@</h1>
<div class="info">2025年06月08日 15:27　　来源：新华网　　<a>【我要纠错】</a>　　字号：<a>大</a> <a>中</a> <a>小</a></div>
<div id="content">@@BODY@@</div>
<div class="editor">（编辑：郭亚楠）</div>
<div>相关稿件：<ul><li>太行一号旅游公路打造“一路一景”</li><li>山西“三个一号”旅游公路建设综述</li></ul></div>
<div class="share">分享到： 新浪微博 腾讯空间 微信</div></div>
<div class="ft" style="border-top:2px solid #c00;text-align:center">晋网版权所有　未经书面授权禁止转载<br>互联网新闻信息服务许可证编号：14120170066　晋ICP备07001234号</div>""",
body=[
"新华社太原6月8日电（记者马晓燕、刘涛）记者从山西省交通运输厅获悉，随着壶关段最后一座桥梁合龙，全长1200余公里的太行一号旅游公路主线8日全线贯通。",
"太行一号旅游公路北起大同市灵丘县，南至晋城市泽州县，串联起沿线的五台山、太行山大峡谷、王莽岭等40余处景区。公路建设中，山西坚持“不破坏就是最好的保护”，尽量利用原有道路改造提升，减少对山体和植被的扰动。",
"“公路修到了家门口，来村里吃农家饭、住民宿的游客越来越多。”陵川县锡崖沟村村民王海平说，他家的民宿今年五一期间天天客满。",
"山西省交通运输厅有关负责人介绍，旅游公路沿线已建成驿站、观景台、房车营地等服务设施130余处，下一步将完善智慧导览和应急救援体系，推动“交通+旅游”深度融合。",
]))

# ww-16 新疆 city evening paper website, 2021 responsive, reporter line on its own under title
A(dict(id="ww-16", kind="media", lang="zh",
title="乌鲁木齐今夏新开通9条定制公交线路",
authors=["王  瑞".replace(" ", ""), "努尔比亚·吾买尔"], publish_time="2025-06-10 10:18:26",
css="""body{margin:0;font-family:system-ui}.bar{background:#d7261e;color:#fff;display:flex;justify-content:space-between;padding:10px 5%}
main{max-width:760px;margin:auto;padding:0 16px}h1{font-size:26px;line-height:1.45}.rep{color:#d7261e;font-size:15px}.tm{color:#999;font-size:13px}
.at p{font-size:17px;line-height:1.85}.tags span{background:#eee;margin-right:6px;padding:2px 6px}""",
shell="""<div class="bar"><span>亚心网 · 乌鲁木齐晚报</span><span>新闻 | 城事 | 民生 | 视频 | 登录</span></div>
<main><p class="tm">首页 › 城事 › 交通</p>
<h1>@@T@@</h1>
<p class="rep">记者 王  瑞 通讯员 努尔比亚·吾买尔</p>
<p class="tm">2025-06-10 10:18:26 · 乌鲁木齐晚报 · 阅读 5.6万</p>
<div class="at">@@BODY@@</div>
<div class="tags"><span>#定制公交</span><span>#乌鲁木齐</span><span>#出行</span></div>
<p class="tm">编辑：马丽　审核：李  强　　本文为亚心网原创，转载请注明出处</p>
<div class="act">👍 点赞 128　　💬 评论 31　　↗ 分享</div>
<h3>猜你喜欢</h3><ul><li>乌鲁木齐地铁2号线一期工程最新进展</li><li>这些路段夜间施工，请绕行</li></ul></main>
<footer style="background:#f3f3f3;padding:20px 5%;font-size:12px">新疆互联网新闻信息服务许可证 65120170003 | 新ICP备06001234号 | 新公网安备 65010202000318号</footer>""",
body=[
"6月9日，记者从乌鲁木齐公交集团获悉，为满足市民通勤、就医、旅游等多样化出行需求，今夏该集团新开通9条定制公交线路，市民可通过“乌鲁木齐公交”小程序预约乘车。",
("h", "一人一座 准点直达"),
"此次开通的定制公交包括6条通勤专线、2条医院专线和1条旅游专线。通勤专线连接米东区、头屯河区等居住集中区域与高新区、会展片区等就业集中区域，早晚高峰各发一班，中途停靠站点不超过4个。",
("h", "票价低于打车 线路可“众筹”"),
"定制公交实行一人一座，票价根据里程确定，在4元至12元之间。市民如有新的出行需求，可在小程序上发起线路“众筹”，预约人数达到20人即可开通。",
"“以前从米东区到高新区上班要倒两趟车，一个多小时，现在坐定制公交40分钟就到，还有座位。”在高新区工作的阿不都热西提·买买提说。",
"公交集团相关负责人表示，将根据客流情况动态调整线路和班次，年内定制公交线路计划增加到20条。",
]))

# ww-17 English page of a central outlet, Xinjiang story, By-line
A(dict(id="ww-17", kind="media", lang="en",
title="Kashgar cotton growers turn to drones as harvest season nears",
authors=["Mao Weihua", "Ren Qi"], publish_time="2025-06-09 08:41",
css="""body{margin:0;font-family:Georgia,serif}.mast{border-bottom:3px double #000;padding:14px 8%;font-size:30px}.sec a{margin-right:14px;font-family:Arial}
.story{max-width:700px;margin:30px auto}.story h1{font-size:32px;line-height:1.25}.by{font-family:Arial;font-size:14px;color:#555}.story p{font-size:18px;line-height:1.7}
figure{margin:0}figcaption{font-size:13px;color:#666;font-family:Arial}""",
shell="""<div class="mast">CHINA HERALD <small style="font-size:13px">Global Edition | 中文</small></div>
<div class="sec"><a>HOME</a><a>CHINA</a><a>WORLD</a><a>BUSINESS</a><a>LIFESTYLE</a><a>CULTURE</a><a>TRAVEL</a><a>OPINION</a><input placeholder="Search"></div>
<div class="story"><p class="by">Home / China / Regional</p>
<h1>@@T@@</h1>
<p class="by">By Mao Weihua in Urumqi and Ren Qi in Kashgar | China Herald | Updated: 2025-06-09 08:41</p>
<p class="by">Share: <a>Facebook</a> <a>X</a> <a>LinkedIn</a> <a>WeChat</a></p>
@@BODY@@
<p class="by">Editor: Liu Jing</p>
<h3>Related Stories</h3><ul><li>Xinjiang's cotton output hits record high</li><li>Smart farming takes root in southern Xinjiang</li></ul></div>
<div class="ft" style="text-align:center;font-family:Arial;font-size:12px">Copyright 1995 - 2025. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Herald.<br>京ICP备13028888号-1</div>""",
img='<figure><img src="@@GIF@@" alt="{alt}"><figcaption>{cap}</figcaption></figure>',
body=[
"Abdurehim Tohti used to spend most of June walking between rows of cotton with a sprayer on his back. This year, the 46-year-old farmer in Kashgar prefecture's Shache county watches from the edge of the field as a drone does the job in minutes.",
("img", "A drone sprays a cotton field in Shache county", "A drone sprays a cotton field in Shache county, Kashgar prefecture, on June 6. [Photo by Ren Qi/China Herald]"),
"\"One drone covers about 400 mu (26.7 hectares) a day. By hand, the whole family would need a week,\" he said.",
"Local agricultural authorities said more than 3,200 agricultural drones are now operating across the prefecture, up from fewer than 1,000 three years ago. Most are rented through village cooperatives, which charge farmers about 8 yuan per mu for each spraying.",
"The shift has been driven by subsidies and training. Since 2023, the prefecture has trained more than 5,000 drone operators, many of them young people who returned to their villages after studying in cities.",
"Gulnar Ablimit, 24, is one of them. After graduating from a vocational college in Urumqi, she came back to Shache and now runs a team of six operators. \"In peak season we start at 5 am, before it gets too hot,\" she said.",
"Officials expect mechanized harvesting to cover more than 90 percent of the prefecture's cotton fields this autumn.",
]))

# ww-18 English page of a Tianjin outlet, wire copy with only a source
A(dict(id="ww-18", kind="media", lang="en",
title="Tianjin port handles record container volume in May",
authors=[], publish_time="June 10, 2025",
css="""body{margin:0;font-family:Helvetica,Arial}.top{background:#00467f;color:#fff;padding:10px 6%}.top b{font-size:24px}.wrap{max-width:960px;margin:auto;display:grid;grid-template-columns:2fr 1fr;gap:30px}
h1{font-size:28px}.meta{color:#777;font-size:13px;text-transform:none}.wrap p{font-size:17px;line-height:1.6}aside{background:#f2f5f8;padding:12px}""",
shell="""<div class="top"><b>Tianjin Today</b>　News | Business | Culture | Living in Tianjin | Photos | 中文版</div>
<div class="wrap"><div><p class="meta">Business &gt; Trade</p>
<h1>@@T@@</h1>
<p class="meta">Source: Xinhua　|　June 10, 2025　|　Font size: <a>A+</a> <a>A-</a></p>
@@BODY@@
<p class="meta">Editor: Zhang Wei</p>
<p>Tags: port, trade, Binhai</p></div>
<aside><h4>Most Read</h4><ol><li>Haihe River night cruise extended</li><li>New metro line to open by year-end</li><li>Five summer festivals not to miss</li></ol><p>Follow us on WeChat</p></aside></div>
<div class="ft" style="text-align:center;font-size:12px;color:#666">Copyright © Tianjin Today. All Rights Reserved. 津ICP备12004567号</div>""",
body=[
"TIANJIN, June 9 (Xinhua) -- Tianjin Port handled 2.21 million twenty-foot equivalent units (TEUs) of containers in May, a monthly record and up 7.8 percent year on year, the port operator said Monday.",
"The growth was driven by new shipping routes to Southeast Asia and the Middle East, as well as rising rail-sea intermodal volumes from inland provinces, according to the company.",
"In the first five months, the port's container throughput reached 9.86 million TEUs, up 6.4 percent from a year earlier.",
"Tianjin Port, one of the largest ports in northern China, has been upgrading its automated terminals. Its smart zero-carbon terminal in the Binhai New Area now runs on electricity generated entirely from wind and solar power.",
]))

# ww-19 central media provincial channel, 2013 portal design, 人民网-style 电头
A(dict(id="ww-19", kind="media", lang="zh",
title="四川今年将新建改建农村公路5000公里",
authors=["郭  雨".replace(" ", "")], publish_time="2025年06月09日16:03",
css="""body{margin:0;font:12px/1.5 SimSun;background:#fff}.p1{width:980px;margin:auto}.logo1{height:60px;font-size:28px;color:#b00}.dh{background:#b00;color:#fff;padding:5px}
.clearfix h1{font:bold 26px "Microsoft YaHei";text-align:center;margin:20px 0 8px}.box01{overflow:hidden;border-bottom:1px solid #ddd;font-size:12px}.fl{float:left}.fr{float:right}
.box_con p{font-size:16px;line-height:30px;text-indent:2em}.edit{text-align:right;color:#666}""",
shell="""<div class="p1"><div class="logo1">国是网 <small>四川频道</small></div>
<div class="dh">首页 | 要闻 | 市州 | 财经 | 文旅 | 教育 | 图片 | 视频 | 领导留言板</div>
<div class="clearfix"><h1>@@T@@</h1>
<div class="box01"><div class="fl">2025年06月09日16:03  来源：国是网-四川频道</div><div class="fr">分享到：<a>人人</a><a>QQ空间</a><a>微博</a>　<a>手机看新闻</a></div></div>
<div class="box_con">@@BODY@@</div>
<div class="edit">(责编：毛  薇、杨  阳)</div></div>
<div>关注国是网四川频道 扫描二维码 <img alt="国是网四川频道二维码" src="@@GIF@@"></div>
<div><b>相关新闻</b><ul><li>四川省交通运输厅召开上半年工作推进会</li><li>巴中：“四好农村路”连起致富路</li></ul></div>
<div class="ft" style="text-align:center">国是网版权所有，未经书面授权禁止使用<br>Copyright © 1997-2025 by guoshi-demo.cn all rights reserved</div></div>""",
body=[
"国是网成都6月9日电（郭雨）记者从四川省交通运输厅获悉，今年四川将新建改建农村公路5000公里，完成危旧桥梁改造300座，实施农村公路安全生命防护工程3000公里。",
"据介绍，今年四川农村公路建设将重点围绕产业路、旅游路、资源路展开，优先支持连接特色农业园区、乡村旅游景区的道路建设。同时，推进“四好农村路”示范创建，年内再创建省级示范县10个。",
"在养护方面，四川将深化农村公路管理养护体制改革，推广“路长制”和专业化养护模式，力争年底前全省农村公路优良中等路率达到85%以上。",
"数据显示，截至2024年底，四川农村公路总里程已超过35万公里，具备条件的乡镇和建制村全部通硬化路、通客车。2024年，全省新改建农村公路5600余公里，完成危旧桥梁改造400余座。",
"四川省交通运输厅相关负责人表示，将加大对脱贫地区和民族地区的支持力度，新建改建项目中安排在民族地区的不少于四成。",
]))

# ww-20 山西 radio site, 2017 design, "作者：" and "编辑：" on one line
A(dict(id="ww-20", kind="media", lang="zh",
title="大同黄花迎来采摘季 “小黄花”铺就增收路",
authors=["任  杰".replace(" ", "")], publish_time="2025-06-10 12:30",
css="""body{margin:0;background:#f0ebe0}.hd{background:#f08300;color:#fff;font-size:26px;padding:14px 40px}.listen{font-size:13px}
.content{width:900px;margin:20px auto;background:#fff;padding:24px 40px}.content h2{font-size:24px}.xinxi{font-size:13px;color:#999;border-bottom:1px solid #eee}
.zw p{font-size:16px;line-height:28px}""",
shell="""<div class="hd">黄河之声 · 山西广播网 <span class="listen">▶ 收听直播：新闻综合广播 FM90.4</span></div>
<div class="nv">首页 | 新闻 | 山西之声 | 节目 | 主持人 | 活动 | 听友互动</div>
<div class="content"><div>首页 &gt; 新闻 &gt; 地方</div>
<h2>@@T@@</h2>
<div class="xinxi">作者：任杰　编辑：薛  婷　　2025-06-10 12:30　　来源：山西之声</div>
<div class="audio">🔊 收听本条新闻　00:00/01:52</div>
<div class="zw">@@BODY@@</div>
<p>上一篇：<a>太原：汾河晋阳湖段水上运动中心开放</a>　下一篇：<a>运城：夏粮收获进度过半</a></p></div>
<div class="ft" style="text-align:center;font-size:12px">山西广播电视台 主办　晋ICP备10006789号　信息网络传播视听节目许可证：1404567</div>""",
body=[
"山西之声记者任杰报道：眼下，大同市云州区的黄花陆续进入采摘期。清晨五点多，西坪镇的黄花田里已是一片忙碌景象，采摘工人们赶在花蕾开放前把它们摘下来。",
"“黄花必须在开花前采，晚一点就不值钱了。”种植户郭永红一边采摘一边说，“今年雨水好，长势不错，一亩地能收鲜菜一千多斤。”",
"云州区黄花种植面积已达到17万亩，形成了种植、加工、销售、文旅融合的全产业链。区里建有黄花加工企业32家，开发出黄花酱、黄花饼、黄花面膜等40多种产品，带动4万余名农民增收。",
"在西坪镇的一家黄花加工厂里，刚采下的鲜黄花经过蒸制、晾晒、分拣，变成一包包干黄花。工厂负责人说，今年新上了两条烘干生产线，遇到阴雨天也不怕鲜菜烂在手里，每天能处理鲜黄花80吨。",
"为解决采摘季用工难题，当地还组织了劳务对接，每天有近万名周边群众来到田间务工，日均收入一百多元。",
]))

# ww-21 成都 city portal, glued info line, 原标题 line in body area
A(dict(id="ww-21", kind="media", lang="zh",
title="成都夏季夜间经济地图上新 12条特色街区延长营业至凌晨",
authors=["何  玲".replace(" ", "")], publish_time="2025-06-09 16:47:03",
css="""body{margin:0;font-family:sans-serif}.t{background:#005bac;color:#fff;padding:8px 60px}.t b{font-size:24px}.cnt{width:1000px;margin:auto}
.h{font-size:28px;font-weight:600;margin-top:20px}.i{color:#888;font-size:13px;margin:8px 0 18px}.ar p{font-size:17px;line-height:1.8}""",
shell="""<div class="t"><b>锦城网</b>　成都城市门户　|　新闻　区县　生活　美食　房产　汽车　<a>登录</a> <a>注册</a></div>
<div class="cnt"><div class="i">锦城网 › 成都新闻 › 城市</div>
<div class="h">@@T@@</div>
<div class="i">2025-06-09 16:47:03来源：成都日报作者：何玲</div>
@@BODY@@
<div class="i">责任编辑：谢梦婷</div>
<div class="i">声明：本文转自成都日报，版权归原作者所有，如有侵权请联系删除。</div>
<div><b>24小时热文</b><ol><li>成都地铁夏季运营时间调整</li><li>青城山—都江堰景区推出夜游</li><li>成都这些公园新增露营区</li></ol></div></div>
<div class="ft" style="background:#222;color:#999;padding:20px 60px">锦城网 版权所有 © 2008-2025　蜀ICP备08006543号-1　川公网安备 51010402000876号</div>""",
body=[
("x", '<p style="color:#999">原标题：夜游锦官城 夏夜好去处</p>'),
"记者从成都市商务局获悉，今夏成都发布新版“夜间经济地图”，推出12条特色夜间街区，涵盖美食、文创、演艺等多种业态，其中大部分街区营业时间延长至次日凌晨1点。",
"新版地图在去年基础上新增了东郊记忆音乐夜市、望平街滨河夜市和龙泉驿桃源里夜巷等街区。各街区将在6月至9月期间轮流举办音乐会、脱口秀、非遗市集等活动超过200场。",
"为方便市民夜间出行，成都地铁在周五、周六将部分线路末班车延长30分钟，公交集团也新开通了5条夜间接驳线路，串联主要夜间街区和地铁站。",
"市商务局相关负责人介绍，去年夏季成都夜间消费额占全天消费总额的比重超过四成。今年将进一步丰富夜间消费场景，推动夜间经济从“吃”向“游、购、娱、体”延伸。",
]))

# ww-22 新疆 provincial media app share page (mobile layout)
A(dict(id="ww-22", kind="media", lang="zh",
title="伊犁河谷薰衣草进入盛花期",
authors=["刘  洋".replace(" ", ""), "古丽米拉·阿不都"], publish_time="2025-06-10 09:05",
css="""body{margin:0 auto;max-width:480px;font-family:-apple-system,sans-serif;background:#fff}.app{background:#1677ff;color:#fff;display:flex;justify-content:space-between;padding:10px}
.a-t{font-size:22px;font-weight:700;padding:14px 16px 6px}.a-m{display:flex;gap:8px;font-size:12px;color:#999;padding:0 16px}.a-b{padding:0 16px}.a-b p{font-size:17px;line-height:1.75}
.open{position:sticky;bottom:0;background:#1677ff;color:#fff;text-align:center;padding:10px}""",
shell="""<div class="app"><span>天山新闻</span><span>打开APP 阅读体验更佳</span></div>
<div class="a-t">@@T@@</div>
<div class="a-m"><span>天山新闻客户端</span><span>2025-06-10 09:05</span></div>
<div class="a-b"><p class="rp" style="color:#666;font-size:14px">记者：刘洋　古丽米拉·阿不都</p>@@BODY@@
<p style="color:#999;font-size:13px">编辑：李  蓉　　责编：王明</p></div>
<div class="zan">👍 124　　转发</div>
<div class="rec"><p>推荐阅读</p><p>那拉提草原迎来旅游旺季</p><p>霍城县：特色农产品走俏市场</p></div>
<div class="open">下载天山新闻客户端</div>""",
img='<p><img src="@@GIF@@" alt="{alt}" style="width:100%"></p><p style="font-size:13px;color:#888;text-align:center">{cap}</p>',
body=[
"6月上旬，伊犁哈萨克自治州霍城县的薰衣草陆续进入盛花期，连片的紫色花海吸引了大批游客前来观赏拍照。",
("img", "薰衣草花海", "6月8日，游客在霍城县一处薰衣草园拍照。（记者 刘洋 摄）"),
"霍城县是我国主要的薰衣草种植基地之一，种植面积超过5万亩。每年6月中旬至7月上旬是薰衣草最佳观赏期。今年，当地推出了花海骑行、精油制作体验、花田音乐会等活动。",
"在芦草沟镇一家薰衣草加工企业，工人们正在调试蒸馏设备，准备迎接收割季。企业负责人介绍，公司开发了精油、香皂、香包等30多种产品，通过电商平台销往全国。",
"为进一步延长产业链，霍城县近年来引进了香料加工、日化生产等企业，建成薰衣草交易市场，并与高校合作开展新品种选育。当地还将薰衣草种植与乡村旅游结合，打造了多个“花海+民宿”特色村。",
"“每天有一千多名游客来园区，周末更多。”薰衣草园经营者阿力木江·吐尔逊说，园区还雇用了周边村民40多人，人均月收入3000元以上。",
]))

# ww-23 天津 district 融媒 center site, closing byline （X Y）
A(dict(id="ww-23", kind="media", lang="zh",
title="宁河区七里海湿地迎来东方白鹳繁殖高峰",
authors=["徐  丽".replace(" ", ""), "赵  鹏".replace(" ", "")], publish_time="2025.06.08",
css="""body{margin:0;background:#f7faf7}.h1x{background:linear-gradient(#2f8f5b,#1d6b41);color:#fff;padding:18px 10%;font-size:26px}.hx a{color:#1d6b41;margin-right:20px}
.pg{max-width:900px;margin:20px auto;background:#fff;padding:20px 40px}.pg h1{font-size:24px;color:#1d6b41}.d{font-size:13px;color:#888}.pg p{line-height:1.9;font-size:16px}""",
shell="""<div class="h1x">宁河融媒 <small>天津市宁河区融媒体中心</small></div>
<div class="hx"><a>首页</a><a>宁河新闻</a><a>镇街动态</a><a>视听宁河</a><a>专题</a><a>数字报</a></div>
<div class="pg"><p class="d">首页 &gt; 宁河新闻</p>
<h1>@@T@@</h1>
<p class="d">2025.06.08 ｜ 宁河融媒 ｜ 分享 <a>微信</a> <a>微博</a></p>
@@BODY@@
<p class="d">编辑：孙  悦　　校对：王芳　　审核：陈立军</p>
<p class="d">上一篇：<a>芦台街道开展夏季消防安全宣传</a><br>下一篇：<a>岳龙镇：小西瓜“甜”了大产业</a></p></div>
<div class="ft" style="text-align:center;font-size:12px;color:#888">天津市宁河区融媒体中心 版权所有　津ICP备19001234号-1　津公网安备 12022102000088号</div>""",
body=[
"初夏时节，七里海国家级湿地自然保护区核心区内，芦苇茂盛，水草丰美。记者近日跟随保护区巡护员来到东方白鹳人工招引巢附近，只见多只雏鸟探出头来，亲鸟往返于湿地和巢穴之间觅食喂雏。",
"“今年在保护区内监测到东方白鹳繁殖巢21个，比去年增加5个，目前已有50多只雏鸟出壳。”七里海湿地保护区管理中心工作人员介绍，东方白鹳是国家一级重点保护野生动物，对栖息地环境要求很高，它们在七里海安家繁殖，说明湿地生态环境持续向好。",
("img", "东方白鹳", "东方白鹳亲鸟在巢中喂雏"),
"近年来，宁河区实施七里海湿地生态保护修复工程，通过苇海修复、鸟类栖息地营造、湿地水系连通等措施，湿地生态功能逐步恢复。保护区内记录到的鸟类已达258种。",
"繁殖期内，保护区加强了巡护频次，并在重点区域安装了高清监控设备，对鸟类活动进行全天候监测，严防人为干扰。（徐丽 赵鹏）",
]))

# ww-24 四川 city TV + newspaper 融媒 site, headline on two lines, 文/ 图/ byline
A(dict(id="ww-24", kind="media", lang="zh",
title="宜宾：一根竹子“节节高”竹产业综合产值突破500亿元",
authors=["邓  楠".replace(" ", "")], publish_time="2025-06-07 18:22:10 星期六",
css="""body{margin:0;font-family:"Microsoft YaHei"}.brand{display:flex;align-items:end;gap:20px;padding:16px 80px;border-bottom:4px solid #009a44}.brand b{font-size:30px;color:#009a44}
.mid{width:980px;margin:auto}.tt{font-size:28px;font-weight:bold;line-height:1.5;text-align:center;margin:24px 0 6px}.tt span{display:block}
.ib{text-align:center;color:#999;font-size:13px}.tx p{font-size:17px;line-height:2;text-indent:2em}.by{color:#555}""",
shell="""<div class="brand"><b>宜宾新闻网</b><span>宜宾日报 · 宜宾广播电视台 主办</span><span>无障碍 | 关怀版</span></div>
<div class="mid"><div class="crumb">当前位置：宜宾新闻网 &gt; 本地新闻 &gt; 经济</div>
<div class="tt"><span>宜宾：一根竹子“节节高”</span><span>竹产业综合产值突破500亿元</span></div>
<div class="ib">2025-06-07 18:22:10 星期六　来源：宜宾日报　点击：2673</div>
<p class="by">文/ 邓  楠　图/ 唐  鑫</p>
<div class="tx">@@BODY@@</div>
<p class="ib">责任编辑：余晓琳　　主编：曾伟</p>
<div class="share">分享到：微信 朋友圈 微博 QQ</div>
<div class="qr"><img alt="扫码关注" src="@@GIF@@">扫一扫 关注宜宾新闻网</div></div>
<div class="ft" style="background:#f5f5f5;text-align:center;padding:20px">宜宾新闻网 版权所有　蜀ICP备05007654号　互联网新闻信息服务许可证：51120180012<br>宜宾市网络举报中心　举报电话：0831-8200000</div>""",
body=[
"走进长宁县的竹海深处，一根根新竹拔节生长。在附近的竹材加工园区，竹子被加工成竹地板、竹纤维餐具、竹制家具等产品，销往国内外。记者从市林业和竹产业局获悉，2024年宜宾竹产业综合产值突破500亿元，同比增长12.3%。",
("h", "从“砍竹子卖”到“卖竹产品”"),
"“过去我们只是把竹子砍下来卖给纸厂，一吨几百块钱。现在园区企业收购竹材做精深加工，价格翻了一番。”长宁县竹海镇竹农刘德明说。",
"目前，宜宾竹林面积达到390万亩，拥有竹产业企业1200余家，其中规模以上企业160家。当地建成了竹浆纸、竹建材、竹日用品、竹食品四大产业集群。",
("h", "“以竹代塑”打开新市场"),
"在江安县一家竹制品企业，自动化生产线正在生产竹纤维餐盒。企业负责人介绍，公司的竹制一次性餐具今年订单量增长了40%，主要出口欧洲和东南亚市场。",
"市林业和竹产业局相关负责人表示，宜宾将继续推进竹林基地提质增效，培育竹产业龙头企业，力争到2027年竹产业综合产值达到700亿元。",
]))
