# newspaper e-paper pages tu-31 .. tu-35
K = "e-paper"
PAGES = []
A = PAGES.append

A(dict(id="tu-31", kind=K, doc_title="天津日报数字报刊平台-第05版：经济",
title="智能网联汽车跑出“天津速度”", authors=["于春沣", "张凯"], publish_time="2025年08月12日",
css="body{margin:0;font-size:14px}.top{background:#7b0c0c;color:#fff;padding:6px 20px}.l{float:left;width:300px}.r{margin-left:320px}.yt{color:#444}.zt{font-size:24px;font-weight:bold}.ft{color:#444}.cl{clear:both}",
tpl="""<div class="top">天津日报 数字报 　2025年08月12日 星期二　<a>往期回顾</a> <a>PDF下载</a></div>
<div class="l"><p>第05版：经济</p><p><a>上一版</a>　<a>下一版</a></p><p>版面导航：01 要闻 | 02 要闻 | 03 综合 | 04 天津新闻 | 05 经济 | 06 区域</p>
<p><b>本版标题</b></p><ul><li>智能网联汽车跑出“天津速度”</li><li>我市外贸进出口保持增长</li><li>“津牌”老字号焕新出海</li></ul></div>
<div class="r"><p class="yt">全市已开放测试道路超千公里 10余家企业获准示范应用</p>
<p class="zt">智能网联汽车跑出“天津速度”</p><p class="ft">——西青区打造车联网先导区调查</p>
<p>2025年08月12日 　作者：本报记者 于春沣 通讯员 张凯</p>{BODY}
<p><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></p></div>
<div class="cl" style="text-align:center;font-size:12px">天津日报社主办　津ICP备17002117号　版权所有 未经书面授权不得复制或建立镜像</div>""", indent="　　",
body=["走进西青区的国家级车联网先导区，一辆辆没有驾驶员的无人小巴在园区道路上平稳行驶，遇到行人横穿马路，车辆自动减速避让。",
"截至7月底，我市已累计开放智能网联汽车测试道路1046公里，覆盖西青、滨海新区、东丽等区，发放测试牌照320余张，10余家企业获准开展示范应用，无人配送、无人环卫、自动驾驶出租车等场景加速落地。",
"“天津的测试道路场景丰富，有城市道路、高速公路，还有港口园区，对我们打磨算法非常有帮助。”一家自动驾驶企业的测试负责人说。",
"西青区相关负责人表示，下一步将加快路侧智能设施建设，推动车联网与城市交通管理深度融合，吸引更多上下游企业落户。"]))

A(dict(id="tu-32", kind=K, doc_title="山西日报-数字报-春耕时节看山西",
title="晋南麦区一派繁忙", authors=["杨文"], publish_time="2025-03-27",
css="body{font-family:SimSun;font-size:14px}table{border-collapse:collapse}.t1{font-size:13px;color:#555}.t2{font-size:22px;font-weight:bold;color:#002b7f}.t3{font-size:15px}",
tpl="""<table width="1000" align="center"><tr><td colspan="2" style="background:#dde8f6">山西日报 2025-03-27　第 3 版：综合新闻　<a>上一期</a> <a>下一期</a> <a>版面导航</a></td></tr>
<tr><td width="260" valign="top">第1版：要闻<br>第2版：要闻<br>第3版：综合新闻<br>第4版：市县<br><br><b>本版新闻</b><br>· 晋南麦区一派繁忙<br>· 省农科院专家下乡指导<br>· 全省春播物资供应充足</td>
<td valign="top"><div class="t1">春耕时节看山西</div><div class="t2">晋南麦区一派繁忙</div><div class="t3">小麦进入返青拔节期 农机农技服务队田间忙</div>
<p>作者：本报记者 杨文　　日期：2025-03-27</p>{BODY}</td></tr>
<tr><td colspan="2" align="center">山西日报报业集团版权所有 晋ICP备05001289号 未经授权 不得转载</td></tr></table>""",
body=["本报运城3月26日电 春分过后，晋南大地气温回升，运城、临汾两市近700万亩冬小麦陆续进入返青拔节期。连日来，田间地头到处是农民浇水施肥、农机穿梭作业的繁忙景象。",
"在临猗县北景乡，种粮大户张建军的500亩麦田里，两台植保无人机正在喷洒“一喷三防”药剂。“一台无人机一天能作业300多亩，比人工打药快几十倍。”张建军说。",
"为保障春季田管，省农业农村厅组织了200余支农技服务队深入一线，开展苗情墒情监测和技术指导。据监测，今年全省冬小麦一、二类苗占比达86.5%，比上年提高2.3个百分点，整体长势好于常年。",
"省农业农村厅提醒，近期要重点防范倒春寒和条锈病，各地要提前做好应急预案。"]))

A(dict(id="tu-33", kind=K, doc_title="江西日报 - 第A4版 - 深读",
title="一座千年古镇的“慢”与“新”", authors=["邹海斌", "余丹"], publish_time="2025年10月15日 星期三",
css="body{margin:0;font:15px sans-serif}.mast{display:flex;justify-content:space-between;padding:10px 30px;background:#a40000;color:#fff}.grid{display:grid;grid-template-columns:240px 1fr 220px;gap:20px;padding:20px}.pre{color:#a40000}.big{font-size:28px;font-weight:700}.sub{color:#666}",
tpl="""<div class="mast"><span>江西日报 JIANGXI DAILY</span><span>2025年10月15日 星期三</span><span><a>版面概览</a> <a>日历</a> <a>检索</a></span></div>
<div class="grid"><div><p>A1 要闻</p><p>A2 要闻</p><p>A3 经济</p><p>A4 深读</p><p>A5 文化</p><p>A6 赣鄱大地</p></div>
<div><p class="pre">走进乡村看振兴</p><p class="big">一座千年古镇的<br>“慢”与“新”</p><p class="sub">——铅山县河口古镇文旅融合发展纪事</p>
<p>本报记者 邹海斌 余丹</p>{BODY}</div>
<div><b>A4版 本版要目</b><p>一座千年古镇的“慢”与“新”</p><p>记者手记：留住古镇的烟火气</p><p><a>PDF版</a></p></div></div>
<p style="text-align:center;font-size:12px">江西日报社 版权所有 赣ICP备05000939号-2</p>""",
body=["清晨的河口古镇，明清古街上的青石板还带着露水。卖灯芯糕的老店开了门，豆豉作坊飘出阵阵香味，信江上的渡船缓缓划过。",
"河口古镇曾是明清时期“买不尽的汉口，装不完的河口”的商贸重镇。近年来，铅山县坚持“保护为先、活化利用”，对古街上的300余栋历史建筑实施修缮，一批老手艺、老字号重新开张。",
"h|“慢”下来，守住古镇的魂",
"“修缮时我们坚持用老工艺、老材料，一根木梁、一块砖都尽量保留原样。”古镇保护中心负责人说。古镇还为老手艺人提供免租金的店铺，让游客看得见、买得到。",
"h|“新”起来，激活发展的力",
"与此同时，古镇引进了文创书店、民宿、咖啡馆等新业态，推出沉浸式夜游和非遗研学线路。今年1至9月，古镇接待游客186万人次，同比增长27%，旅游综合收入突破14亿元。"]))

A(dict(id="tu-34", kind=K, doc_title="西藏日报数字报",
title="那曲牧民合作社分红超千万元", authors=["扎西顿珠"], publish_time="2025-01-20",
css="body{font-size:14px}.n{background:#b71c1c;color:#fff;padding:4px 10px}.c{width:860px;margin:10px auto}.zt{font-size:23px;text-align:center;font-weight:bold}.ft{text-align:center}",
tpl="""<div class="n">西藏日报　2025-01-20　第01版：要闻　<a>藏文版</a></div>
<div class="c"><p>版次：<a>01</a> <a>02</a> <a>03</a> <a>04</a> <a>05</a> <a>06</a> <a>07</a> <a>08</a></p>
<p class="zt">那曲牧民合作社分红超千万元</p><p class="ft">色尼区“合作社+牧户”模式带动3200余户增收</p>
{BODY}<p>本版责编：格桑德吉　　版式设计：王雷</p><p>◆本版标题：· 那曲牧民合作社分红超千万元 · 自治区两会明日开幕</p></div>
<p style="text-align:center;font-size:12px">西藏日报社版权所有　藏ICP备05000326号</p>""", indent="　　",
body=["本报那曲1月19日电（记者 扎西顿珠）1月18日，那曲市色尼区古露镇的牧民专业合作社年终分红大会现场热闹非凡，一沓沓现金和一张张分红卡发到牧民手中。当天，全区23家牧民合作社共分红1086万元。",
"古露镇达嘎村牧民次仁多吉领到了2.8万元分红。“我家把牛羊交给合作社统一放牧，自己在合作社的奶制品厂上班，一年下来比以前自己放牧多挣了一倍。”他说。",
"近年来，色尼区推行“合作社+牧户”模式，将分散的草场、牲畜等资源整合起来，统一经营、按股分红，并发展牦牛肉加工、酸奶、奶渣等产品。2024年，全区牧民合作社总收入达到6300万元，带动3200余户牧民增收。"]))

A(dict(id="tu-35", kind=K, doc_title="晋中日报 第2版 本地新闻",
title="榆次老城“微更新”唤醒老街巷", authors=["韩丽霞", "赵鹏飞"], publish_time="2024年07月05日",
css="body{margin:0;font-size:15px}.hd{border-bottom:3px double #333;padding:10px 40px;font-size:28px}.crumb{padding:6px 40px;font-size:12px}.ar{padding:0 40px}.yin{font-size:15px;color:#555}.h{font-size:25px;font-weight:bold}",
tpl="""<div class="hd">晋中日报 <small>2024年07月05日</small></div>
<div class="crumb">当前版：02版　<a>上一版</a> <a>下一版</a>　<a>01版 要闻</a> <a>02版 本地新闻</a> <a>03版 综合</a> <a>04版 副刊</a></div>
<div class="ar"><p class="yin">城市更新进行时</p><p class="h">榆次老城“微更新”唤醒老街巷</p>
<p>韩丽霞　赵鹏飞</p>{BODY}<p>【返回】【打印】</p><p>相关文章：晋中：老旧小区改造完成九成</p></div>
<p style="font-size:12px;text-align:center">晋中日报社 版权所有 晋ICP备09006051号</p>""",
body=["雨后的榆次老城，东大街青砖灰瓦、绿树成荫。街巷里，新铺的透水砖平整干净，墙面上的壁画讲述着老城的历史，几位老人坐在新修的休闲座椅上下棋聊天。",
"今年以来，榆次区对老城内17条背街小巷实施“微更新”，不搞大拆大建，而是从补短板、提品质入手，完成雨污分流改造5.6公里，更换路灯220盏，新增口袋公园8处、停车位400余个。",
"“以前一下雨巷子里全是积水，现在好了，出门不用再穿雨靴了。”家住南大街的居民刘大妈说。",
"榆次区住建局相关负责人表示，“微更新”充分征求居民意见，每条街巷改造前都召开居民议事会，改什么、怎么改由居民说了算。"]))

_X = {
"tu-31": "在滨海新区中新天津生态城，自动驾驶公交已开通3条线路，累计服务乘客超过20万人次；东丽区则在华明高新区开展无人配送示范，每天有数十辆无人配送车往返于仓库和社区之间。",
"tu-32": "在洪洞县，县农业农村局组织的农技服务队正在田间开展苗情调查。农技人员介绍，今年冬季降水偏多，土壤墒情适宜，但要注意及时镇压保墒，防止旺苗提前拔节。",
"tu-34": "色尼区农业农村局负责人介绍，今年将继续扶持合作社扩大牦牛乳制品加工规模，建设冷链仓储设施，并通过电商平台把那曲的牦牛肉、酸奶和奶渣卖到区外市场。",
"tu-35": "据悉，老城“微更新”二期工程已启动，将对剩余的11条街巷进行改造，并结合老城文化资源打造特色商业街区，让老街巷既留住乡愁记忆，又焕发新的活力。",
}
for _p in PAGES:
    if _p["id"] in _X:
        _p["body"].insert(-1, _X[_p["id"]])
