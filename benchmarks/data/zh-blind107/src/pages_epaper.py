# Newspaper e-paper pages vd-31 .. vd-35; all content invented.
P = []
G = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="

# vd-31: 太原日报 数字报, classic left page-image + right article, 引题/主题/副题
P.append(dict(
    id="vd-31", kind="epaper", mode="p",
    title="老工业区变身“创意谷”",
    authors=["王晓东"],
    publish_time="2025年05月14日",
    css="""body{margin:0;font:14px/1.8 宋体;background:#ddd}.epaper{width:1200px;margin:0 auto;background:#fff;display:flex}
.lft{width:480px;border-right:1px solid #aaa;padding:10px}.rgt{flex:1;padding:10px 20px}.yt,.ft2{text-align:center;font-size:16px;color:#333}
.zt{text-align:center;font-size:26px;font-weight:bold}.bq{font-size:12px;color:#555}.bm{font-size:13px}""",
    tpl=f"""<div class="epaper"><div class="lft"><div class="bq">太原日报　2025年05月14日　星期三</div>
<div><a>&lt;&lt;上一期</a> <a>下一期&gt;&gt;</a>　<a>往期回顾</a></div>
<div>第A03版：城事</div><img alt="版面图" src="{G}" width="440" height="640">
<div class="bm"><b>版面导航</b><br>A01 要闻　A02 要闻　A03 城事　A04 民生　A05 经济　A06 文体</div>
<div class="bm"><b>本版标题</b><br>· 老工业区变身“创意谷”<br>· 迎泽大街东延工程进入路面施工<br>· 汾河景区新增4处智能停车场<br>· 小店区开展消防安全“夜查”</div></div>
<div class="rgt"><div class="yt">城市更新进行时</div>
<div class="zt">{{{{TITLE}}}}</div>
<div class="ft2">——太原机车厂旧厂区改造一期开园，入驻文创企业86家</div>
<p class="bq">□本报记者 王晓东</p>
{{{{BODY}}}}
<p>【<a>放大</a>】【<a>缩小</a>】【<a>关闭</a>】</p>
<div class="bq">太原日报社版权所有　晋ICP备09003011号　地址：太原市万柏林区滨河西路　电话：0351-5278101</div></div></div>""",
    body=[
        "红砖厂房、锈色龙门吊、老式铁轨……5月13日，太原机车厂旧厂区改造项目一期正式开园。曾经机器轰鸣的老工业区，如今成了文创企业和年轻人聚集的“创意谷”。",
        "一期项目改造旧厂房11栋，建筑面积4.8万平方米，保留了装配车间、水塔等工业遗存，并植入设计工作室、小剧场、书店和咖啡馆。目前已签约入驻文创企业86家，其中动漫游戏、工业设计类企业占四成。",
        "“我们保留了厂房的钢架结构和车间编号，让老工人回来也能找到自己当年干活的地方。”项目运营方负责人介绍，园区还设置了一座小型机车博物馆，陈列着上世纪五十年代以来的12台老机车。",
        "开园当天，园区举办了首届“机车文化节”，不少退休老职工带着家人重回厂区。68岁的李师傅在装配车间前驻足良久：“我在这里干了34年，没想到老厂房还能焕发新生。”",
        "据了解，项目二期计划于明年启动，将建设人才公寓和公共绿地，与周边的汾河绿道连成一片。",
    ]))

# vd-32: 温州日报 数字报 (2018-style), title stack in separate elements, 版次 tabs on top
P.append(dict(
    id="vd-32", kind="epaper", mode="ps",
    title="“瓯江夜游”再升级新增三个登船码头",
    authors=["郑雅文", "黄海川"],
    publish_time="2025-05-16",
    css="""body{margin:0;font:15px/1.9 "Microsoft YaHei"}.top{background:#004d99;color:#fff;padding:8px 3%;display:flex;justify-content:space-between}
.bc{display:flex;flex-wrap:wrap;gap:6px;padding:8px 3%;background:#e5eef7}.bc span{padding:2px 8px;border:1px solid #99b}
.layout{display:flex;gap:20px;padding:10px 3%}.map{width:420px}.art{flex:1}.intro{color:#555}.main-t{font-size:28px;font-weight:bold}.sub{color:#555}
.auth{color:#004d99}.list{width:240px;font-size:14px}""",
    tpl=f"""<div class="top"><span><img alt="温州日报" src="{G}"> 温州日报数字报</span><span>2025年05月16日 <a>返回目录</a> <a>往期</a></span></div>
<div class="bc"><span>第01版：要闻</span><span>第02版：综合</span><span>第03版：城市</span><span>第04版：经济</span><span>第05版：瓯江潮</span><span>第06版：体育</span></div>
<div class="layout"><div class="map"><img alt="第03版" src="{G}" width="400" height="600"><p>第03版：城市</p><p><a>上一版</a>　<a>下一版</a>　<a>PDF下载</a></p></div>
<div class="art"><p class="intro">打造“夜经济”新名片</p>
<h1 class="main-t">“瓯江夜游”再升级<br>新增三个登船码头</h1>
<p class="sub">航线延伸至七都岛，6月起开通“周末专线”</p>
<p class="auth">记者 郑雅文 通讯员 黄海川</p>
{{{{BODY}}}}
<p>2025-05-16 　温州日报　第03版：城市</p></div>
<div class="list"><b>本版新闻</b><p>“瓯江夜游”再升级 新增三个登船码头</p><p>鹿城老旧小区加装电梯提速</p><p>市区新增公共充电桩800个</p><p>一图看懂温州城市书房新规</p></div></div>""",
    body=[
        "本报讯 “瓯江夜游”即将迎来新一轮升级。记者昨日从市文化广电旅游局获悉，瓯江夜游航线将新增七都岛、杨府山、江心屿西园三个登船码头，航线全长延伸至18公里。",
        "据介绍，新码头建成后，游客可在沿线任一码头上下船，实现“一票多点”游览。6月起，夜游还将开通“周末专线”，每周五至周日19:30、20:30各发一班，单程约70分钟。",
        "为提升夜游体验，今年沿江两岸将完成灯光提升工程，新增江心屿古塔投影秀和七都岛生态灯光带，并在游船上推出瓯剧、温州鼓词等非遗演出。",
        "“以前来温州出差，晚上只能在酒店待着，现在坐船看看江景，感觉很不一样。”来自杭州的游客陈先生说。据悉，夜游游船可通过“温州文旅”小程序提前预约购票，成人票价80元。",
        "去年，“瓯江夜游”共接待游客42万人次。市文化广电旅游局相关负责人表示，力争今年游客量突破60万人次。",
    ]))

# vd-33: 右江日报 (百色) 电子版, table layout, headline stack with 引题 and 副题, byline 记者/通讯员 in one bracket line
P.append(dict(
    id="vd-33", kind="epaper", mode="pi",
    title="芒果树下开起“田间课堂”",
    authors=["陆春燕", "黄  杰".replace("  ", "")],
    publish_time="2025年5月13日",
    css="""body{margin:0;font:14px/1.9 宋体}table.m{width:1000px;margin:0 auto;border:1px solid #999}.hd{background:#0a6b3b;color:#fff}
.yt{text-align:center;color:#0a6b3b}.zt{text-align:center;font-size:24px;font-weight:bold;color:#c00}.ft{text-align:center}.bq{font-size:12px}""",
    tpl=f"""<table class="m"><tr class="hd"><td colspan="2"><img alt="右江日报电子版" src="{G}">　2025年5月13日 星期二　<a>首页</a> <a>往期</a></td></tr>
<tr><td width="300" valign="top" class="bq"><b>版面目录</b><br><a>第1版：要闻</a><br><a>第2版：综合</a><br><a>第3版：乡村振兴</a><br><a>第4版：文化</a>
<br><br><b>本版标题</b><br>芒果树下开起“田间课堂”<br>田阳：番茄“北上”正当时<br>凌云茶园机械化采摘试点启动</td>
<td valign="top"><table width="100%"><tr><td class="yt">科技特派员深入果园“手把手”传技术</td></tr>
<tr><td class="zt">{{{{TITLE}}}}</td></tr>
<tr><td class="ft">——百色市芒果保果提质技术培训覆盖12个县（市、区）</td></tr>
<tr><td align="center">■记者 陆春燕　通讯员 黄\u00a0\u00a0杰</td></tr>
<tr><td>{{{{BODY}}}}</td></tr>
<tr><td class="bq">作者：陆春燕　黄杰　　来源：右江日报　　版次：第3版：乡村振兴</td></tr></table></td></tr>
<tr><td colspan="2" class="bq" align="center">右江日报社主办　桂ICP备11001972号　本报地址：百色市右江区城东大道　电话：0776-2822011</td></tr></table>""",
    body=[
        "“芒果谢花后要及时疏果，一枝最多留两到三个果，这样果子才大、才甜。”5月10日，在田东县林逢镇一处芒果园里，市农业科学研究所科技特派员农德明一边示范一边讲解，围在身旁的果农听得十分认真。",
        "眼下正是芒果保果管理的关键期。为帮助果农提高产量和品质，百色市组织60多名科技特派员分赴12个县（市、区），开展保果提质技术培训，讲授疏花疏果、水肥管理、病虫害绿色防控等实用技术。",
        "“以前只知道多留果，结果果子小，卖不上价。”果农黄大哥说，去年听了培训后改进了管理方法，芒果优果率提高了两成，收入多了一万多元。",
        "据统计，百色市芒果种植面积达到138万亩，是全国最大的芒果生产基地之一。截至目前，今年的培训已举办86场，培训果农5200余人次。",
    ]))

# vd-34: 固原日报 电子版, modern responsive e-paper, 引题 + 主题 only, closing byline glued to last paragraph
P.append(dict(
    id="vd-34", kind="epaper", mode="p",
    title="六盘山下“花儿”唱新篇",
    authors=["海  燕".replace("  ", ""), "王自强"],
    publish_time="2025-05-15",
    css="""body{margin:0;font:16px/1.9 system-ui;background:#fafaf7}.bar{display:flex;justify-content:space-between;padding:12px 4%;background:#8c1c13;color:#fff}
.pages{display:flex;gap:10px;overflow:auto;padding:8px 4%;font-size:13px;background:#f1e9e6}.read{max-width:760px;margin:20px auto}
.lead{color:#8c1c13;font-size:17px}.read h1{font-size:30px;margin-top:4px}.meta{font-size:13px;color:#999}.thisp{max-width:760px;margin:0 auto;font-size:14px}""",
    tpl=f"""<div class="bar"><span><img alt="固原日报" src="{G}">固原日报 · 电子版</span><span>2025-05-15 第04版：文化周刊 <a>PDF</a></span></div>
<div class="pages"><span>01 要闻</span><span>02 综合</span><span>03 县区</span><span>04 文化周刊</span></div>
<div class="read"><div class="lead">非遗传承</div>
<h1>{{{{TITLE}}}}</h1>
<div class="meta">固原日报　2025-05-15　第04版：文化周刊</div>
{{{{BODY}}}}</div>
<div class="thisp"><b>本版其他文章</b><ul><li>须弥山石窟里的北朝记忆</li><li>隆德社火脸谱走进课堂</li><li>一位乡村教师的读书札记</li></ul>
<p>固原日报社版权所有　宁ICP备05001899号</p></div>""",
    body=[
        "“上去高山望平川，平川里有一朵牡丹……”5月13日傍晚，泾源县香水镇的文化广场上，一曲悠扬的“花儿”引来村民阵阵喝彩。",
        "唱歌的是64岁的非遗传承人马凤兰。她从十几岁开始唱“花儿”，至今已会唱200多首传统曲目。近几年，她在镇上开办了“花儿”传习班，每周教村里的妇女和孩子学唱。",
        "“以前是放羊时候随口唱，现在要唱给游客听，还要编新词。”马凤兰说，她和学员们把乡村振兴、移风易俗的新变化编进歌词，创作了《六盘山下好日子》等十多首新“花儿”。",
        "目前，固原市已有国家级、自治区级“花儿”代表性传承人9名，各类传习所、传习点32个。今年，当地还将举办“六盘山花儿会”，邀请甘肃、青海等地的歌手同台对唱。（本报记者 海\u00a0\u00a0燕 王自强）",
    ]))

# vd-35: 金华日报 数字报, old frame-like table layout, 主题 on two lines, no byline except 通讯员 and 记者 at end
P.append(dict(
    id="vd-35", kind="epaper", mode="brn",
    title="义乌小商品“组团”出海中亚市场",
    authors=["吴丽君", "楼晨曦"],
    publish_time="2025年5月12日 星期一",
    css="""body{margin:0;font-size:14px;line-height:24px;font-family:宋体;background:#f0f0f0}.outer{width:1000px;margin:0 auto;background:#fff}
.hdr td{background:#1f3f86;color:#fff}.title1{font-size:14px;color:#1f3f86;text-align:center}.title2{font-size:24px;font-weight:bold;text-align:center;line-height:36px}
.title3{font-size:15px;text-align:center;color:#555}.cnt{padding:12px 24px;text-indent:2em}""",
    tpl=f"""<table class="outer"><tr class="hdr"><td><img alt="金华日报" src="{G}"></td><td align="right">2025年5月12日 星期一　<a>今日金华日报</a> <a>金华晚报</a></td></tr>
<tr><td colspan="2">当前版：<b>05版 经济</b>　<a>01版</a> <a>02版</a> <a>03版</a> <a>04版</a> <a>05版</a> <a>06版</a> <a>07版</a> <a>08版</a>　<a>上一篇</a> <a>下一篇</a></td></tr>
<tr><td colspan="2"><div class="title1">外贸新观察</div>
<div class="title2">义乌小商品“组团”<br>出海中亚市场</div>
<div class="title3">首趟“义新欧”中亚展贸专列本月发车</div>
<div class="cnt">{{{{BODY}}}}</div></td></tr>
<tr><td colspan="2" align="center">金华日报社版权所有　浙ICP备05004398号　联系电话：0579-82327011</td></tr></table>""",
    body=[
        ("x", "本报记者 吴丽君 通讯员 楼晨曦<br>"),
        "5月10日，来自义乌国际商贸城的126家经营户在“出海服务中心”完成报名，他们将随首趟“义新欧”中亚展贸专列，携带日用百货、五金工具、服装饰品等2000余种商品，前往哈萨克斯坦阿拉木图参展。",
        "“过去是一家一户单打独斗，现在抱团出去，物流、报关、展位都有人统一安排，成本能省三成。”经营户王女士说。",
        "此次展贸专列由义乌铁路口岸始发，经霍尔果斯口岸出境，全程约12天。专列采用“展贸+仓储+分销”模式，展会结束后未售出的商品可直接进入当地海外仓，继续线上线下销售。",
        "义乌市商务局相关负责人介绍，今年1至4月，义乌对中亚五国进出口额达到187亿元，同比增长21.3%。今年计划组织经营户赴中亚参展12场次，并在阿拉木图、塔什干设立海外仓。",
    ]))
