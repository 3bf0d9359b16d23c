"""Newspaper e-paper pages vh-31 .. vh-35."""
K = "e-paper"
PAGES = []

# vh-31: 江西 provincial daily 数字报, 引题/主题/副题, left 版面 nav, 本版标题 list on the right
PAGES.append(dict(
    id="vh-31", lang="zh", kind=K,
    title="鄱阳湖区数十万亩早稻田备耕正酣",
    authors=["邱辉强", "江晓红"],
    publish_time="2025年03月13日 星期四",
    css="""body{margin:0;font-family:宋体;background:#ece6d6}.ep-top{background:#8c1c13;color:#fff;padding:10px 30px}
.ep-c{display:flex;gap:16px;padding:10px 30px}.ep-l{width:320px;background:#fff;font-size:12px}.ep-m{flex:1;background:#fff;padding:20px}
.ep-r{width:260px;background:#fff;font-size:12px}.yt{font-size:16px;text-align:center;color:#333}.zt{font-size:26px;font-weight:bold;text-align:center}
.ft{font-size:16px;text-align:center;color:#555}.ep-txt p{font-size:15px;line-height:1.9}""",
    pre="""
<div class="ep-top">江西日报 数字报 <span>2025年03月13日 星期四</span> <span style="float:right"><a>往期回顾</a> | <a>返回首页</a></span></div>
<div class="ep-c">
<div class="ep-l"><p><a>第01版：要闻</a> <a>上一版</a> <a>下一版</a></p><img alt="版面图" width="300" height="1"><p>版面导航</p>
<p><a>01 要闻</a><br><a>02 要闻</a><br><a>03 综合新闻</a><br><a>04 经济</a><br><a>05 县域</a><br><a>06 评论</a><br><a>07 社会</a><br><a>08 井冈山副刊</a></p></div>
<div class="ep-m">
<div class="yt">抢抓农时 科技赋能</div>
<div class="zt">鄱阳湖区数十万亩早稻田备耕正酣</div>
<div class="ft">——余干、鄱阳、都昌等地春耕生产见闻</div>
""",
    wrap=('<div class="ep-txt">', "</div>"),
    mode="u3000",
    body=[
        ("x", "<p>　　本报记者　邱辉强　通讯员　江晓红</p>"),
        "惊蛰过后，鄱阳湖畔的田野渐渐热闹起来。3月11日，记者走进余干县瑞洪镇，只见旋耕机在田间来回穿梭，机声隆隆。",
        "“今年我流转了680亩地，全部种双季稻。”种粮大户钟国华说，县里的农机合作社提前帮他把田耕好，育秧工厂也已经开始浸种，再过半个月就能插秧。",
        "在鄱阳县，智能化育秧中心里，一盘盘秧苗整齐排列，温湿度自动调控。“一个中心能供应两万亩大田用秧，秧苗素质好、成活率高。”县农业农村局技术员说。",
        "都昌县则把重点放在了水利设施上。全县今冬明春共整修山塘水库、清淤沟渠412处，确保“旱能灌、涝能排”。",
        "在余干县的一家农资店，老板正忙着给农户装化肥。他说，今年种子和化肥价格总体稳定，县里还对种粮大户发放了春耕补贴，大家种粮的积极性很高。",
        "据省农业农村厅统计，今年全省计划种植早稻1800万亩以上，目前已落实种子、化肥等农资储备，农机具检修率超过九成。",
    ],
    post="""
<p><a>【打印】</a> <a>【关闭】</a></p>
</div>
<div class="ep-r"><b>本版标题</b><p>· <a>鄱阳湖区数十万亩早稻田备耕正酣</a></p><p>· <a>省政府常务会议召开</a></p><p>· <a>我省外贸开局良好</a></p><p>· <a>南昌至景德镇高铁加快建设</a></p><p><b>日期检索</b><br>2025年03月</p></div>
</div>
<div style="text-align:center;font-size:12px;padding:10px">江西日报社版权所有　赣ICP备05002618号-3</div>""",
))

# vh-32: 新疆 daily 数字报 (汉文版), table-era layout with 引题 above and 副题 below, byline at the end in brackets
PAGES.append(dict(
    id="vh-32", lang="zh", kind=K,
    title="南疆四地州今年将新建设施农业小区85个",
    authors=["戴岳", "买尔哈巴·艾尼瓦尔"],
    publish_time="2025-03-12",
    css="""body{font-size:12px;margin:0}td{font-size:12px}.bt1{font-size:14px;color:#555}.bt2{font-size:24px;font-weight:bold;color:#0a2e6e}.bt3{font-size:14px}
.nr{font-size:14px;line-height:24px}""",
    pre="""
<table width="1000" align="center" bgcolor="#0a2e6e"><tr><td><font color="#ffffff" size="5">新疆日报</font> <font color="#ccccff">数字报刊平台</font></td><td align="right"><font color="#ffffff">2025年03月12日</font></td></tr></table>
<table width="1000" align="center"><tr>
<td width="230" valign="top" bgcolor="#f0f3f8">
<p>版次：<b>第A03版</b> 版名：经济<br><a>&lt;&lt;上一版</a> <a>下一版&gt;&gt;</a></p>
<p><b>版面目录</b><br><a>A01：要闻</a><br><a>A02：要闻</a><br><a>A03：经济</a><br><a>A04：天山南北</a><br><a>A05：法治</a><br><a>A06：文化</a></p>
<p><b>本版新闻</b><br><a>南疆四地州今年将新建设施农业小区85个</a><br><a>自治区一季度用电量稳步增长</a><br><a>和田玉石交易市场焕新开业</a></p>
</td>
<td valign="top" style="padding:10px 20px">
<table width="100%"><tr><td align="center" class="bt1">瞄准“菜篮子”“果盘子” 推动特色产业提质增效</td></tr>
<tr><td align="center" class="bt2">南疆四地州今年将新建设施农业小区85个</td></tr>
<tr><td align="center" class="bt3">总投资逾40亿元，建成后年可增加蔬菜产量30万吨</td></tr>
<tr><td align="center"><font color="#888">日期：[2025-03-12]　版次：[A03]　稿件来源：新疆日报</font></td></tr></table>
<hr>
""",
    wrap=('<div class="nr">', "</div>"),
    mode="u3000br",
    body=[
        "本报乌鲁木齐讯 自治区农业农村厅近日召开南疆设施农业发展推进会。记者从会上获悉，今年喀什地区、和田地区、阿克苏地区和克孜勒苏柯尔克孜自治州将新建设施农业小区85个，新增日光温室和拱棚6.2万座，总投资逾40亿元。",
        "设施农业是南疆农民增收的重要渠道。近年来，四地州立足光热资源优势，发展反季节蔬菜、鲜食葡萄、樱桃等特色产品，设施农业面积已达126万亩。",
        "今年，各地将重点推广“企业+合作社+农户”模式，引进龙头企业负责种苗供应和产品销售，农户以土地和劳动力入股。同时，加快建设产地冷链仓储设施，解决“采得下、存不住、运不出”的问题。",
        "自治区农业农村厅负责人表示，将组织专家组驻点指导，开展技术培训3万人次以上，确保设施建一个、成一个、见效一个。（记者 戴岳 买尔哈巴·艾尼瓦尔）",
    ],
    post="""
</td></tr></table>
<table width="1000" align="center"><tr><td align="center"><font color="#666">新疆日报社版权所有　未经许可不得转载　新ICP备05000378号</font></td></tr></table>""",
))

# vh-33: 福建 city daily 数字报 (厦门), 2020s responsive e-paper, 引题 + 主题, author line "■本报记者"
PAGES.append(dict(
    id="vh-33", lang="zh", kind=K,
    title="厦门新开通两条国际集装箱航线",
    authors=["何无痕", "陈舒雅"],
    publish_time="2025年03月14日 星期五",
    css="""body{margin:0;background:#f7f3ec;font-family:"Noto Serif SC",serif}.pap-h{display:flex;justify-content:space-between;padding:12px 4%;background:#fff;border-bottom:3px double #c00}
.pap-grid{display:grid;grid-template-columns:240px 1fr 240px;gap:20px;padding:20px 4%}.pap-side{background:#fff;padding:12px;font-size:13px}
.pap-art{background:#fff;padding:28px}.lead{text-align:center;color:#666}.main-t{text-align:center;font-size:30px;margin:6px 0}
.pap-art p{font-size:16px;line-height:1.9}""",
    pre="""
<div class="pap-h"><b>厦门日报 · 数字报</b><span>2025年03月14日 星期五　第A05版：经济</span><span><a>PDF下载</a> <a>往期</a></span></div>
<div class="pap-grid">
<div class="pap-side"><p><a>A01 头版</a></p><p><a>A02 要闻</a></p><p><a>A03 综合</a></p><p><a>A04 区域</a></p><p><a>A05 经济</a></p><p><a>A06 社会</a></p><p><a>上一版</a> | <a>下一版</a></p></div>
<div class="pap-art">
<div class="lead">东南国际航运中心建设再提速</div>
<h1 class="main-t">厦门新开通两条国际集装箱航线</h1>
""",
    wrap=('<div class="pap-txt">', "</div>"),
    mode="u3000",
    body=[
        ("x", "<p>　　■本报记者 何无痕　通讯员 陈舒雅</p>"),
        "昨日上午，随着“中远海运巴拿马”轮缓缓靠泊海天码头，厦门港至南美西岸、厦门港至中东的两条国际集装箱航线正式开通。",
        "两条新航线均为每周一班，投入运力分别为1.4万标箱和1.1万标箱级集装箱船。南美西岸航线挂靠秘鲁、智利等国主要港口，全程约32天；中东航线挂靠迪拜、达曼等港口，全程约22天。",
        "“厦门的汽车零部件、光伏组件、石材出口需求旺盛，新航线将有效降低企业的物流成本。”市港口管理局相关负责人介绍。",
        "开通仪式现场，首批搭载新航线出运的货物中，有厦门本地企业生产的锂电池储能柜、石材板材和茶叶，共计1860标箱。一家外贸企业负责人说，过去这些货要到其他港口中转，现在可以直航，运输时间缩短了近一周。",
        "今年以来，厦门港已新增外贸航线6条，目前集装箱航线总数达190条，通达全球56个国家和地区的149个港口。1至2月，厦门港完成集装箱吞吐量198.6万标箱，同比增长6.3%。",
    ],
    post="""
</div>
<div class="pap-side"><b>本版新闻</b><p><a>厦门新开通两条国际集装箱航线</a></p><p><a>一季度厦门新增经营主体超2万户</a></p><p><a>金砖创新基地新一批项目签约</a></p></div>
</div>
<div style="text-align:center;font-size:12px;color:#888;padding:10px">厦门日报社主办　闽ICP备05014561号</div>""",
))

# vh-34: 河北 provincial daily e-paper, main headline printed on two lines, 引题 + 副题, 版面 image map list
PAGES.append(dict(
    id="vh-34", lang="zh", kind=K,
    title="张家口冬奥场馆变身四季文旅目的地",
    authors=["曹铮", "马宁宁"],
    publish_time="2025-03-13",
    css="""body{margin:0;font-family:"SimSun";background:#fff}.hbrb{border-bottom:2px solid #b00;padding:8px 20px}.hbrb a{margin-left:10px}
.cols{display:flex}.bm{width:330px;border-right:1px solid #ddd;padding:10px;font-size:12px}.wz{flex:1;padding:20px 40px}
.wz .y{font-size:16px;text-align:center}.wz .z{font-size:28px;font-weight:bold;text-align:center;line-height:1.3}.wz .f{font-size:16px;text-align:center;color:#444}
.wz .author{text-align:center;font-size:14px}.content p{font-size:16px;line-height:1.9}""",
    pre="""
<div class="hbrb"><b>河北日报</b> <span>2025-03-13</span><a>第07版：文化·旅游</a><a>上一期</a><a>下一期</a><a>上一版</a><a>下一版</a><a>PDF版</a></div>
<div class="cols">
<div class="bm"><img alt="第07版 版面" width="300" height="1"><p><b>本版标题导航</b></p><ol><li><a>张家口冬奥场馆变身四季文旅目的地</a></li><li><a>河北博物院推出春季特展</a></li><li><a>“这么近，那么美，周末到河北”</a></li></ol></div>
<div class="wz">
<div class="y">从“一季火”到“四季旺”</div>
<div class="z">张家口冬奥场馆<br>变身四季文旅目的地</div>
<div class="f">——崇礼区推动冰雪资源全季利用调查</div>
<p class="author">河北日报记者　曹　铮　马宁宁</p>
""",
    wrap=('<div class="content">', "</div>"),
    mode="pi",
    body=[
        "3月的崇礼，雪季进入尾声，太舞滑雪小镇却已经在为夏天做准备：山地自行车道正在修整，露营基地的帐篷陆续到货。",
        "冬奥会后，如何让场馆“一季火”变成“四季旺”，是张家口必须回答的问题。近年来，崇礼区依托冬奥场馆和雪场资源，开发山地运动、户外音乐节、研学旅行等夏季产品。2024年，崇礼夏季接待游客达到286万人次，首次超过雪季。",
        "国家跳台滑雪中心“雪如意”已成为热门打卡地。“去年暑期每天接待游客四五千人，我们还办了两场露天音乐会。”场馆运营负责人说。",
        "在崇礼区太子城冰雪小镇，商户们正在调整经营内容。一家雪具店老板说，去年夏天他把店面改成了山地自行车租赁点，收入并不比冬天差。",
        "业内人士认为，冰雪场馆全季利用需要避免同质化，要在特色赛事、品牌活动上下功夫。今年，崇礼计划举办山地马拉松、越野跑等赛事20余场，并推出冬奥场馆联票。",
    ],
    post="""
<p><a>【打印本稿】</a> <a>【关闭】</a></p>
</div></div>
<div style="text-align:center;font-size:12px;border-top:1px solid #ccc;padding:10px">河北日报报业集团版权所有　冀ICP备05010618号</div>""",
))

# vh-35: 福建 龙岩 city daily e-paper, phone-friendly 2022 design, 肩题 only, "文/图 本报记者" + 实习生 byline line
PAGES.append(dict(
    id="vh-35", lang="zh", kind=K,
    title="古田镇“红色+绿色”研学线路迎来首批学生",
    authors=["黄炜", "吴语涵"],
    publish_time="2025年3月12日",
    css="""body{margin:0;font-family:sans-serif}.mx-top{background:#d32f2f;color:#fff;padding:12px 16px}.mx-sel{display:flex;gap:10px;padding:8px 16px;background:#fbe9e7;font-size:13px}
.mx-art{padding:16px 20px;max-width:800px;margin:auto}.mx-jt{color:#d32f2f;font-size:14px}.mx-t{font-size:24px;font-weight:bold;margin:6px 0}
.mx-by{color:#666;font-size:14px}.mx-art p{font-size:16px;line-height:1.8}.mx-list{padding:16px 20px;background:#fafafa;font-size:14px}""",
    pre="""
<div class="mx-top">闽西日报 电子版</div>
<div class="mx-sel"><span>2025年3月12日</span><span>第 3 版：区县新闻</span><a>版面</a><a>目录</a><a>上一版</a><a>下一版</a></div>
<div class="mx-art">
<div class="mx-jt">上杭</div>
<div class="mx-t">古田镇“红色+绿色”研学线路迎来首批学生</div>
<div class="mx-by">文/图　本报记者 黄炜　实习生 吴语涵</div>
""",
    wrap=("<div>", "</div>"),
    mode="p", hstyle="strong",
    body=[
        "3月10日，来自厦门、泉州的240余名中学生走进上杭县古田镇，成为该镇新推出的“红色+绿色”研学线路的首批学员。",
        "这条线路为期两天，将古田会议会址、毛泽东纪念园等红色资源与梅花山自然保护区、竹林生态科普基地串联起来。上午，学生们在会址聆听讲解、重温历史；下午，他们走进竹林，跟着护林员学习辨认植物、观察鸟类。",
        ("img", "学生们在竹林生态科普基地观察植物", "学生们在竹林生态科普基地观察植物。"),
        "“以前只在课本上读到古田会议，这次站在会址前，感觉历史一下子变得很近。”厦门一中初二学生林思远说。",
        "在梅花山自然保护区，护林员钟永福带着学生们辨认红豆杉、观察白鹇的足迹。“这里一年四季都有不同的东西可以学，孩子们特别感兴趣。”他说。",
        "古田镇相关负责人介绍，研学线路由当地文旅公司与学校共同设计，配备专业研学导师28名。今年计划接待研学学生3万人次，带动周边民宿、农家乐增收。",
    ],
    post="""
</div>
<div class="mx-list"><b>本版其他文章</b><br><a>连城地瓜干春季订单火爆</a><br><a>长汀水土流失治理经验在全国推广</a><br><a>永定土楼景区推出夜游项目</a></div>
<div style="text-align:center;font-size:12px;padding:10px;color:#888">闽西日报社版权所有　闽ICP备09007428号</div>""",
))
