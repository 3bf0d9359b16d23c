from common import img

K = "e-paper"
PAGES = []

# wq-31 安徽 淮北日报 数字报 (2020 e-paper: left page image + right article, 引题/主题/副题)
PAGES.append(dict(
    id="wq-31", kind=K,
    title="我市启动城市更新三年行动",
    authors=["朱琳"],
    publish_time="2025年03月13日 星期四",
    style="p",
    css="""
body{margin:0;font:14px/1.8 宋体;background:#e8e3d8}
.epa-top{background:#8c1c13;color:#fff;padding:10px 30px;display:flex;justify-content:space-between}
.epa-top b{font-size:26px;font-family:楷体}
.epa-bar{background:#f5efe2;padding:6px 30px;border-bottom:1px solid #c9b99a}
.epa-bar a{margin-right:10px}
.epa{display:flex;gap:16px;padding:12px 30px}
.pg{width:380px;background:#fff;padding:8px}
.pg .ban{font-weight:bold;color:#8c1c13}
.ar{flex:1;background:#fff;padding:16px 30px}
.yt,.ft{text-align:center;font-size:16px;color:#444}
.zt{text-align:center;font-size:26px;font-weight:bold;margin:6px 0}
.zz{text-align:center;color:#777}
.list li{font-size:13px}
.bott{text-align:center;color:#666;font-size:12px;padding:10px}
""",
    tpl="""
<div class="epa-top"><b>淮北日报</b><span>2025年03月13日 星期四　<a>往期回顾</a>　<a>PDF下载</a></span></div>
<div class="epa-bar"><a>上一期</a><a>下一期</a>　<a>上一版</a><a>下一版</a>　版面导航：<a>第01版：要闻</a><a>第02版：综合</a><a>第03版：县区</a><a>第04版：专版</a></div>
<div class="epa">
<div class="pg">
<div class="ban">第01版：要闻</div>
{PAGEIMG}
<p><b>本版标题</b></p>
<ul class="list"><li>我市启动城市更新三年行动</li><li>全市重点项目建设现场推进会召开</li><li>春耕备耕正当时</li><li>烈山区：“企业服务专员”跑出加速度</li><li>今日天气</li></ul>
</div>
<div class="ar">
<div class="yt">计划实施项目156个　总投资约320亿元</div>
<div class="zt">{T}</div>
<div class="ft">——老旧小区改造、背街小巷整治、城市生命线工程同步推进</div>
<p class="zz">本报记者 朱  琳</p>
{BODY}
</div>
</div>
<div class="bott">淮北日报社版权所有　未经授权不得复制转载<br>地址：淮北市相山区人民中路1号　皖ICP备08100123号</div>
""".replace("{PAGEIMG}", img("第01版版面图")),
    blocks=[
        ("p", "3月12日，记者从市住建局获悉，我市近日印发《淮北市城市更新三年行动方案（2025—2027年）》，明确三年内实施城市更新项目156个，总投资约320亿元。"),
        ("p", "根据方案，我市将以老旧小区、老旧街区、老旧厂区和城中村改造为重点，统筹推进城市基础设施更新。到2027年，完成2000年以前建成的老旧小区改造任务，整治背街小巷200条，改造燃气、供水、排水等老旧管网450公里。"),
        ("p", "在城市生命线工程方面，我市将对燃气、桥梁、供水、排水等设施加装监测设备，建设城市运行安全监测平台，实现风险早发现、早预警、早处置。"),
        ("p", "“城市更新不是简单的‘拆旧建新’，而是要留住城市记忆，补齐功能短板。”市住建局相关负责人表示，方案坚持“留改拆”并举，对具有历史价值的老厂房、老街巷进行保护性利用，同时充分征求居民意见，做到“改不改、改什么、怎么改”由群众说了算。"),
        ("p", "今年，我市计划开工城市更新项目58个，年度投资约95亿元。"),
    ],
))

# wq-32 江西 九江日报 数字报 (2014 table e-paper, 3-line headline, 版次 dropdown)
PAGES.append(dict(
    id="wq-32", kind=K,
    title="庐山西海景区春季旅游线路全面“上新”",
    title_html="庐山西海景区<br>春季旅游线路<br>全面“上新”",
    authors=["柯琴", "周文斌"],
    publish_time="2025-03-12",
    style="br",
    css="""
body{margin:0;background:#fff;font-size:12px;font-family:宋体}
table.out{width:1000px;margin:0 auto;border:1px solid #999}
.hdr{background:#003366;color:#fff;font-size:28px;padding:16px}
.sel{background:#eee;padding:4px}
.tit1{font-size:14px;color:#333;text-align:center}
.tit2{font-size:24px;font-weight:bold;text-align:center;line-height:1.4}
.tit3{font-size:14px;text-align:center}
.content{font-size:14px;line-height:26px;padding:10px 20px}
td.lst{font-size:12px;background:#f7f7f7;vertical-align:top;width:230px}
""",
    tpl="""
<table class="out" cellspacing="0" cellpadding="0">
<tr><td colspan="2" class="hdr">九江日报 <font size="2">数字报刊平台</font></td></tr>
<tr><td colspan="2" class="sel">日期：2025-03-12　　版次：<select><option>A01：要闻</option><option selected>A03：综合新闻</option><option>A04：区县</option><option>A08：副刊</option></select>　　<a>上一版</a> <a>下一版</a>　　<a>返回目录</a></td></tr>
<tr>
<td class="lst">
<b>本版新闻</b><br>
<a>・庐山西海景区春季旅游线路全面“上新”</a><br>
<a>・浔阳区开展“三月三”民俗文化活动</a><br>
<a>・九江港一季度集装箱吞吐量增长</a><br>
<a>・短讯</a><br><br>
<b>九江日报 A03 综合新闻</b>
</td>
<td valign="top">
<div class="tit1">游船、骑行、露营“三线并进”</div>
<div class="tit2">{T}</div>
<div class="tit3"></div>
<div style="text-align:center;color:#666">2025-03-12　　来源：九江日报　　作者：柯琴 周文斌</div>
<div class="content">
{BODY}
</div>
<div style="text-align:center;font-size:12px">【<a>我要打印</a>】【<a>关闭窗口</a>】</div>
</td></tr>
<tr><td colspan="2" align="center">Copyright © 九江日报社 All Rights Reserved　赣ICP备05003333号</td></tr>
</table>
""",
    blocks=[
        ("p", "本报讯（记者柯琴 通讯员周文斌）春暖花开，庐山西海景区近日推出游船观光、环湖骑行、湖畔露营三条春季旅游新线路，吸引众多游客前来体验。"),
        ("p", "游船观光线路新增“西海夜游”项目，游客可在晚间乘船欣赏湖面灯光秀；环湖骑行线路全长约28公里，沿途设置6个补给驿站，提供自行车租赁、维修和饮水服务；湖畔露营基地可同时容纳200顶帐篷，配套烧烤区、儿童游乐区和星空观测点。"),
        ("p", "景区负责人介绍，今年一季度景区预计接待游客35万人次。为提升游客体验，景区还上线了智慧导览小程序，游客可实时查看各景点客流和游船班次，提前预约购票。"),
        ("p", "此外，景区联合周边民宿、农家乐推出“一票畅游+住宿”套餐，带动沿湖村民增收。去年，沿湖6个村的村民通过经营民宿、销售农特产品，人均增收4000余元。"),
    ],
))

# wq-33 四川 达州日报 数字报 (2023 responsive e-paper, □本报记者, 文/图, 副题 only)
PAGES.append(dict(
    id="wq-33", kind=K,
    title="宣汉县巴山大峡谷景区旅游环线全线贯通",
    authors=["罗雪"],
    publish_time="2025年03月11日",
    style="p",
    css="""
body{margin:0;font:16px/1.9 "Noto Serif SC",serif;background:#f4f1ea}
.npr-head{background:#1d3557;color:#fff;padding:14px 6%;display:flex;align-items:baseline;gap:20px}
.npr-head b{font-size:28px}
.ban{display:flex;gap:8px;flex-wrap:wrap;padding:10px 6%;background:#fff;font:13px sans-serif}
.ban a{border:1px solid #1d3557;padding:2px 8px}
.ban a.on{background:#1d3557;color:#fff}
.npr{display:grid;grid-template-columns:260px 1fr;gap:24px;padding:20px 6%}
.toc{background:#fff;padding:14px;font:14px sans-serif}
.doc{background:#fff;padding:24px 40px}
.doc h1{text-align:center;font-size:28px;margin:6px 0}
.doc h2{text-align:center;font-size:17px;font-weight:normal;color:#555}
.doc .by{text-align:center;font:14px sans-serif;color:#777}
.npr-ft{font:12px sans-serif;text-align:center;color:#777;padding:14px}
""",
    tpl="""
<div class="npr-head"><b>达州日报</b><span>2025年03月11日　第03版：区县新闻</span></div>
<div class="ban"><a>01 要闻</a><a>02 要闻</a><a class="on">03 区县新闻</a><a>04 综合</a><a>05 民生</a><a>06 文化</a><a>07 巴渠</a><a>08 广告</a></div>
<div class="npr">
<div class="toc"><b>本版导航</b><ol><li>宣汉县巴山大峡谷景区旅游环线全线贯通</li><li>渠县：黄花春管正当时</li><li>开江县举办春季招聘会</li><li>大竹县：“苎麻小镇”展新颜</li></ol>{PAGEIMG}<p><a>上一版</a>　<a>下一版</a></p></div>
<div class="doc">
<h1>{T}</h1>
<h2>——全长86公里，串联12个景点和8个乡镇</h2>
<p class="by">□本报记者 罗  雪 文/图</p>
{BODY}
<p style="text-align:right;font:13px sans-serif;color:#999">2025-03-11 版权所有</p>
</div>
</div>
<div class="npr-ft">达州日报社主办　蜀ICP备05020123号　川公网安备51170202000321号<br>本网站所刊登的各种新闻、信息和各种专题专栏资料，均为达州日报社版权所有</div>
""".replace("{PAGEIMG}", img("版面缩略图")),
    blocks=[
        ("p", "3月10日，随着最后一段路面沥青摊铺完成，宣汉县巴山大峡谷景区旅游环线实现全线贯通。"),
        ("p", "该环线全长86公里，按照二级公路标准建设，串联起桃溪谷、罗盘顶、巴人谷等12个景点和渡口、三墩、漆碑等8个乡镇。过去从县城到景区核心区需要近3个小时，环线通车后缩短至1个半小时左右。"),
        ("img", "巴山大峡谷旅游环线", "巴山大峡谷旅游环线蜿蜒于群山之间。"),
        ("p", "“路修好了，来的客人明显多了。”在罗盘顶附近经营农家乐的王大姐说，去年她家新添了8间客房，春节期间每天都是满房。"),
        ("p", "据了解，环线沿线还配套建设了观景平台15处、停车场9个、旅游厕所20座和充电桩60个。宣汉县交通运输局相关负责人表示，下一步将开通县城至景区的旅游公交专线，并在环线沿途设置特色农产品销售点，进一步带动沿线群众增收。"),
        ("p", "“以前山里的腊肉、茶叶运不出去，现在游客上门来买，价钱还卖得好。”漆碑乡一位村民笑着说。"),
    ],
))

# wq-34 宁夏 石嘴山日报 (2010 e-paper, frames-like tables, 作者 field, 字号)
PAGES.append(dict(
    id="wq-34", kind=K,
    title="大武口区“暖心驿站”让户外劳动者有了歇脚处",
    authors=["宋佳", "海宁"],
    publish_time="2025-03-10",
    style="indent",
    css="""
body{margin:0;font-size:12px;font-family:宋体;background:#cfcfcf}
.fr{width:990px;margin:0 auto;background:#fff}
.mh{background:#1f5e2e;height:70px;color:#fff;font:bold 30px/70px 楷体;padding-left:20px}
.dh td{background:#e3efe6;font-size:12px;padding:3px}
.bt1{font-size:13px;color:#1f5e2e;text-align:center}
.bt2{font-size:22px;font-weight:bold;text-align:center;color:#000}
.bt3{font-size:13px;text-align:center}
.info{text-align:center;color:#666;border-bottom:1px solid #ccc;padding:4px}
.ct{font-size:14px;line-height:24px;padding:8px 20px}
""",
    tpl="""
<div class="fr">
<div class="mh">石嘴山日报电子版</div>
<table width="100%" class="dh"><tr><td>2025年3月10日 星期一　第2版：时政·综合</td><td align="right"><a>首页</a> | <a>第1版</a> <a>第2版</a> <a>第3版</a> <a>第4版</a> | <a>往期查阅</a></td></tr></table>
<table width="100%"><tr>
<td width="300" valign="top">
{PAGEIMG}
<table width="100%"><tr><td><b>本版标题导航</b></td></tr>
<tr><td>· 我市召开优化营商环境工作会议</td></tr>
<tr><td>· 大武口区“暖心驿站”让户外劳动者有了歇脚处</td></tr>
<tr><td>· 惠农区开展春季植树活动</td></tr>
<tr><td>· 平罗县：设施农业春管忙</td></tr></table>
</td>
<td valign="top">
<div class="bt1">全区建成运行42个　年服务超10万人次</div>
<div class="bt2">{T}</div>
<div class="bt3"></div>
<div class="info">作者：宋佳　海宁　　来源：石嘴山日报　　日期：2025-03-10　　【字号 <a>大</a> <a>中</a> <a>小</a>】</div>
<div class="ct">
{BODY}
</div>
<div style="text-align:right;padding:10px">【<a>返回</a>】【<a>打印</a>】</div>
</td></tr></table>
<p align="center">石嘴山日报社 版权所有　宁ICP备10002345号</p>
</div>
""".replace("{PAGEIMG}", img("版面图")),
    blocks=[
        ("p", "3月8日中午，在大武口区朝阳街道的一处“暖心驿站”里，环卫工人张师傅接了一杯热水，用微波炉热好自带的午饭，坐下来歇了歇脚。“以前中午只能在路边凑合，现在有个地方喝口热水、吃口热饭，心里暖和。”"),
        ("p", "据了解，大武口区依托社区服务中心、银行网点、加油站等场所，已建成“暖心驿站”42个，为环卫工人、快递员、外卖骑手等户外劳动者提供饮水、热饭、休息、充电、如厕等服务，去年累计服务超过10万人次。"),
        ("p", "各驿站还设置了“共享药箱”和“爱心书架”，部分驿站定期邀请社区医生开展义诊，为户外劳动者测量血压、血糖。区总工会相关负责人介绍，今年将再新建驿站10个，并在驿站开展法律咨询、技能培训等服务，让户外劳动者感受到更多城市温度。"),
    ],
))

# wq-35 江西 宜春日报 (2024 e-paper, 本报评论员 -> no named author)
PAGES.append(dict(
    id="wq-35", kind=K,
    title="以实干实绩开创高质量发展新局面",
    authors=[],
    publish_time="2025年03月14日",
    style="p",
    css="""
body{margin:0;font:17px/1.9 "FangSong",serif;background:#fff}
.eh{border-bottom:3px solid #b3001b;padding:12px 8%;display:flex;align-items:center;gap:30px;font-family:sans-serif}
.eh b{font-size:30px;color:#b3001b}
.eh .dt{font-size:14px;color:#555}
.lay{display:flex;padding:20px 8%;gap:30px}
.aside{width:250px;font:14px sans-serif}
.aside .v a{display:block;padding:3px 0}
.text{flex:1}
.text .lt{text-align:center;font:15px sans-serif;color:#b3001b}
.text h1{text-align:center;font-size:28px}
.text .au{text-align:center;font:15px sans-serif}
.foot{text-align:center;font:12px sans-serif;color:#999;padding:16px}
""",
    tpl="""
<div class="eh"><b>宜春日报</b><span class="dt">2025年03月14日　星期五　第01版</span><span>国内统一连续出版物号：CN 36-0012</span></div>
<div class="lay">
<div class="aside">
<div class="v"><b>版面</b><a>第01版：要闻</a><a>第02版：要闻</a><a>第03版：综合</a><a>第04版：月亮文化</a></div>
<p><b>本版文章</b><br>市委常委会召开会议<br>以实干实绩开创高质量发展新局面<br>我市一季度重点项目集中签约<br>图片新闻</p>
<p><a>上一期</a> <a>下一期</a> <a>往期</a></p>
</div>
<div class="text">
<div class="lt">——二论学习贯彻市委五届八次全会精神</div>
<h1>{T}</h1>
<p class="au">本报评论员</p>
{BODY}
<p style="font:13px sans-serif;color:#999">【<a>打印</a>】【<a>关闭</a>】【<a>返回顶部</a>】</p>
</div>
</div>
<div class="foot">宜春日报社版权所有　赣ICP备06002009号　联系电话：0795-3212345</div>
""",
    blocks=[
        ("p", "蓝图已经绘就，关键在于落实。市委五届八次全会对今年全市经济社会发展作出全面部署，各级各部门要把思想和行动统一到全会精神上来，以实干实绩开创高质量发展新局面。"),
        ("p", "实干，首先要抓住重点。今年全市安排重大项目320个，年度计划投资超过900亿元。项目是经济发展的“压舱石”，要坚持“项目为王”，完善项目全周期服务机制，推动签约项目早落地、落地项目早开工、开工项目早投产。"),
        ("p", "实干，必须敢于担当。面对困难和挑战，广大党员干部要有“不待扬鞭自奋蹄”的精神，对看准了的事情，大胆地干、坚定地干，不推诿、不扯皮，以担当作为的“辛苦指数”换取群众的“幸福指数”。"),
        ("p", "实干，还要讲究方法。要深入基层一线调查研究，把情况摸清、把问题找准，做到有的放矢、精准施策；要强化结果导向，用项目进度、发展成效检验工作成色。"),
        ("p", "功崇惟志，业广惟勤。只要我们坚定信心、真抓实干，就一定能够推动宜春高质量发展不断迈上新台阶。"),
    ],
))
