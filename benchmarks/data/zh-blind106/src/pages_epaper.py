# Newspaper e-paper pages vc-31 .. vc-35. All content invented.
PAGES = []
A = PAGES.append

# vc-31 重庆 daily e-paper, 2020 digital paper: 版次 list left, 引题/主题/副题, 本版标题 list
A(dict(id="vc-31", kind="e-paper", lang="zh", mode="p",
 title="万州：柑橘“触网”卖出好价钱",
 authors=["黄娟", "冉宇"], time="2024年12月18日",
 css="""body{background:#d8d2c4;font-family:SimSun}.ep{width:1240px;margin:0 auto;background:#fff;display:flex}.ep-l{width:300px;background:#f3efe6;padding:10px}
.ep-r{flex:1;padding:20px 40px}.yt,.ft{text-align:center;color:#555;font-size:16px}.zt{text-align:center;font-size:30px;font-weight:bold;margin:8px 0}
.ep-r p{line-height:2;text-indent:2em}.bbl li{font-size:13px}.ep-top{width:1240px;margin:0 auto;background:#b71c1c;color:#fff;padding:8px}""",
 tpl="""<div class="ep-top">重庆日报数字报　2024年12月18日　星期三　<a href="#">往期回顾</a> <a href="#">PDF下载</a></div>
<div class="ep">
<div class="ep-l">
<p>第004版：区县</p>
<p><a href="#">上一版</a> <a href="#">下一版</a></p>
<div class="bm"><b>版面导航</b><br><a href="#">第001版：要闻</a><br><a href="#">第002版：要闻</a><br><a href="#">第003版：经济</a><br><a href="#">第004版：区县</a><br><a href="#">第005版：民生</a><br><a href="#">第006版：理论</a></div>
<div class="bbl"><b>本版标题</b><ul><li><a href="#">万州：柑橘“触网”卖出好价钱</a></li><li><a href="#">涪陵榨菜出口量创新高</a></li><li><a href="#">石柱黄连产业链加速延伸</a></li><li><a href="#">城口山地鸡冬季走俏</a></li></ul></div>
</div>
<div class="ep-r">
<div class="yt">全区今年电商销售柑橘超过8万吨</div>
<div class="zt">{TITLE}</div>
<div class="ft">——果农户均增收4200元</div>
<p style="text-indent:0;text-align:center">本报记者　黄娟　通讯员　冉宇</p>
{BODY}
<p class="bq" style="text-indent:0">本版编辑：彭瑶 美术编辑：张跃</p>
<p style="text-indent:0">上一篇　下一篇</p>
</div></div>""",
 body=[
 "12月16日，在万州区甘宁镇的一处柑橘园里，果农谭大勇一边采摘一边对着手机镜头介绍：“这是我们的玫瑰香橙，皮薄汁多，今天下单明天发货。”",
 "“以前是坐在家里等贩子上门，一斤最多卖一块五。现在通过直播卖，一斤能卖到三块多。”谭大勇算了一笔账，今年他家15亩果园的收入比去年多了近3万元。",
 "谭大勇的变化，是万州柑橘产业“触网”的缩影。近年来，万州区建成区、镇、村三级电商服务站点260个，培训农村电商带头人2100余人次，并与多家快递企业合作，将农村物流成本降低了约三成。",
 "今年以来，全区通过电商渠道销售柑橘8.3万吨，销售额6.2亿元，带动果农户均增收4200元。",
 "万州区商务委负责人表示，下一步将推动建立柑橘分级分选中心和冷链仓储设施，统一品牌和包装标准，让更多“万州好果”走出大山。",
 ]))

# vc-32 辽宁 daily 电子版, old table layout (2012); author "■本报记者" style in first line; 引题 on its own
A(dict(id="vc-32", kind="e-paper", lang="zh", mode="br",
 title="鞍钢一项炼钢新技术填补国内空白",
 authors=["任涛"], time="2024-02-27",
 css="""body{margin:0;background:#666}td{font-size:12px}.tit{font-size:24px;font-weight:bold;color:#000}.yin{font-size:14px;color:#333}.zw{font-size:14px;line-height:26px}""",
 tpl="""<table width="1000" align="center" cellpadding="0" cellspacing="0" bgcolor="#ffffff">
<tr><td colspan="2" height="70" bgcolor="#1c3f7a"><font size="5" color="#ffffff">&nbsp;辽宁日报</font>　<font color="#ccddff">2024-02-27　第03版：经济</font></td></tr>
<tr><td width="260" valign="top" bgcolor="#eeeeee">
<table width="100%" cellpadding="3"><tr><td><b>版面导航</b></td></tr>
<tr><td><a href="#">01版：要闻</a></td></tr><tr><td><a href="#">02版：要闻</a></td></tr><tr><td><a href="#">03版：经济</a></td></tr><tr><td><a href="#">04版：综合</a></td></tr><tr><td><a href="#">05版：视点</a></td></tr>
<tr><td><b>标题导航</b></td></tr>
<tr><td>·<a href="#">鞍钢一项炼钢新技术填补国内空白</a></td></tr><tr><td>·<a href="#">营口港开通至东南亚集装箱新航线</a></td></tr><tr><td>·<a href="#">本溪中药材产业链加速成型</a></td></tr>
<tr><td><a href="#">&lt;&lt;上一版</a>　<a href="#">下一版&gt;&gt;</a></td></tr></table>
</td>
<td valign="top" style="padding:16px">
<table width="100%">
<tr><td align="center" class="yin">打破国外技术垄断 吨钢降本约60元</td></tr>
<tr><td align="center" class="tit">{TITLE}</td></tr>
<tr><td align="center">2024-02-27　　作者：任涛</td></tr>
<tr><td class="zw"><br>
{BODY}
</td></tr>
<tr><td align="right">（责任编辑：宋长河）</td></tr>
<tr><td><a href="#">【打印】</a> <a href="#">【关闭】</a> <a href="#">【PDF版】</a></td></tr>
</table></td></tr>
<tr><td colspan="2" align="center" bgcolor="#1c3f7a"><font color="#ffffff">辽宁日报社版权所有 未经许可不得转载 辽ICP备14010632号</font></td></tr>
</table>""",
 body=[
 "本报讯　记者任涛报道　2月26日，记者从鞍钢集团获悉，由鞍钢自主研发的“转炉高效脱磷少渣冶炼技术”日前通过中国金属学会组织的专家评价，整体技术达到国际先进水平，填补了国内空白。",
 "磷是影响钢材性能的有害元素。传统转炉冶炼需要加入大量石灰等造渣材料脱磷，既增加成本，又产生大量钢渣。鞍钢科研团队历时5年攻关，通过优化吹炼工艺和造渣制度，实现了“少渣、高效、低耗”冶炼。",
 "据介绍，该技术已在鞍钢鲅鱼圈钢铁分公司全面应用，石灰消耗降低35%，钢渣产生量减少约30%，吨钢降低成本约60元，每年可创效1.8亿元以上。",
 "目前，该技术已申请国家发明专利17项，并开始向国内其他钢铁企业推广。",
 "“这项技术的突破，关键在于对转炉内部反应机理的精准把握。”项目负责人、鞍钢研究院首席专家姜洪涛说，团队下一步将继续攻关低碳冶炼技术。",
 ]))

# vc-33 江苏 provincial daily 数字报, 2023 responsive e-paper; 主题 printed on two lines; 副题 below
A(dict(id="vc-33", kind="e-paper", lang="zh", mode="p", htag="h4",
 title="千年运河水脉，今朝焕发新颜",
 title_html="千年运河水脉，<br>今朝焕发新颜",
 authors=["顾敏", "杨频萍"], time="2024年06月22日",
 css="""body{margin:0;background:#eceff1}.xh-bar{background:#c62828;color:#fff;padding:10px 30px;display:flex;justify-content:space-between}
.xh-w{display:grid;grid-template-columns:280px 1fr;gap:20px;max-width:1280px;margin:20px auto}.xh-pages a{display:block;padding:4px}
.xh-art{background:#fff;padding:30px 50px}.xh-art .intro{text-align:center;color:#666}.xh-art h1{text-align:center;font-size:32px;line-height:1.3;margin:6px 0}
.xh-art .sub{text-align:center;font-size:18px;color:#444}.xh-art .au{text-align:center;color:#888}.xh-art p{font-size:17px;line-height:1.9}.xh-art h4{font-size:17px}""",
 tpl="""<div class="xh-bar"><span>新华日报 · 数字报</span><span>2024年06月22日 星期六</span><span><a href="#">往期</a> <a href="#">版面</a> <a href="#">目录</a></span></div>
<div class="xh-w">
<div class="xh-pages">
<p><b>第7版：文化</b></p>
<a href="#">第1版：要闻</a><a href="#">第2版：要闻</a><a href="#">第3版：经济</a><a href="#">第5版：交汇</a><a href="#">第7版：文化</a><a href="#">第8版：副刊</a>
<p><b>本版新闻</b></p>
<a href="#">千年运河水脉，今朝焕发新颜</a><a href="#">扬州中国大运河博物馆暑期推出夜游</a><a href="#">“运河号”文化旅游列车开行</a>
</div>
<div class="xh-art">
<p class="intro">大运河文化带建设江苏实践</p>
<h1>{TITLE}</h1>
<p class="sub">——我省大运河国家文化公园建设取得阶段性成效</p>
<p class="au">本报记者　顾　敏　杨频萍</p>
{BODY}
<p class="ed">责任编辑：刘燕　　视觉设计：孙超</p>
<p class="nx"><a href="#">上一篇</a> | <a href="#">下一篇</a> | <a href="#">返回目录</a></p>
</div></div>""",
 body=[
 "6月21日，在淮安清口枢纽遗址，清代御坝、惠济祠遗址等经过保护性展示后重新与公众见面。这是我省推进大运河国家文化公园建设的又一成果。",
 "江苏是大运河沿线里程最长、遗产点最多的省份。省文化和旅游厅数据显示，截至目前，全省已实施大运河文化遗产保护项目186个，整治运河沿线生态环境岸线超过600公里。",
 "## 让遗产“活”起来",
 "在常州，青果巷历史文化街区把运河人家的老宅改造成非遗工坊和书店；在无锡，清名桥一带的古运河夜游项目今年接待游客超过120万人次；在宿迁，运河湾公园成为市民休闲的“城市客厅”。",
 "“保护不是把遗产封存起来，而是让它融入今天的生活。”东南大学建筑学院教授王建国说。",
 "## 让文旅“融”起来",
 "今年上半年，大运河江苏段沿线8个设区市共接待游客2.6亿人次，同比增长12.8%。省文化和旅游厅相关负责人表示，将持续擦亮“水韵江苏”品牌，推动大运河沿线文旅资源串珠成链。",
 ]))

# vc-34 西藏日报 汉文版 数字报, 2016 frames-like layout; 版次 nav, byline "本报记者 X 特约记者 Y"
A(dict(id="vc-34", kind="e-paper", lang="zh", mode="indent",
 title="阿里地区首条高海拔县乡公路全线贯通",
 authors=["扎西顿珠", "王珊"], time="2024年09月12日",
 css="""body{font-family:SimSun;background:#f5efe6}.xzrb{width:1100px;margin:auto;background:#fff}.xzrb-h{background:#8d1d1d;color:#fff;padding:12px 20px;font-size:24px}
.xzrb-h span{font-size:12px}.cols{display:flex}.col1{width:280px;border-right:1px solid #ddd;padding:10px}.col2{flex:1;padding:20px 36px}
.t3 h3{text-align:center;margin:2px}.t3 h1{text-align:center;font-size:28px;margin:4px}.col2 p{line-height:2}""",
 tpl="""<div class="xzrb">
<div class="xzrb-h">西藏日报（汉） <span>2024年09月12日　第02版：综合新闻　<a href="#">藏文版</a></span></div>
<div class="cols"><div class="col1">
<table><tr><td><a href="#">第01版：要闻</a></td></tr><tr><td><a href="#">第02版：综合新闻</a></td></tr><tr><td><a href="#">第03版：地市</a></td></tr><tr><td><a href="#">第04版：专版</a></td></tr></table>
<p><a href="#">上一期</a>　<a href="#">下一期</a></p>
<p>本版新闻</p>
<p>・阿里地区首条高海拔县乡公路全线贯通<br>・日喀则市秋收工作全面展开<br>・昌都市开展“双语”教师培训</p>
</div>
<div class="col2">
<div class="t3"><h3>全长186公里　平均海拔4700米以上</h3><h1>{TITLE}</h1></div>
<p style="text-align:center">本报记者　扎西顿珠　特约记者　王珊</p>
{BODY}
<p style="text-align:right">（责任编辑：央金）</p>
</div></div>
<p style="text-align:center;font-size:12px">西藏日报社版权所有　地址：拉萨市北京中路 36号（示例）</p>
</div>""",
 body=[
 "9月10日，随着最后一段沥青路面铺设完成，阿里地区改则县至先遣乡公路全线贯通。这是阿里地区首条平均海拔4700米以上的县乡沥青公路。",
 "该公路全长186公里，按三级公路标准建设，总投资9.7亿元。公路贯通后，改则县城到先遣乡的车程由原来的8小时缩短至3个半小时。",
 "“以前路不好走，冬天大雪封山，牧民看病、孩子上学都很不方便。现在好了，一天就能打个来回。”先遣乡牧民尼玛次仁说。",
 "由于地处高寒缺氧地区，每年施工期只有5个月左右。建设单位采取“冬季备料、夏季抢工”的方式，先后组织1200余名建设者奋战3年，攻克了冻土路基处理、高原沥青低温施工等技术难题。",
 "据了解，“十四五”以来，阿里地区新改建农村公路2600余公里，全地区乡镇通硬化路率达到100%。",
 ]))

# vc-35 江苏 city daily 电子版 (苏州日报-like), 2025 responsive; 引题+主题 stack, "记者/实习生" in one line
A(dict(id="vc-35", kind="e-paper", lang="zh", mode="div",
 title="“工业上楼”让寸土生寸金",
 authors=["陆晓华", "吴诗瑶"], time="2025-01-09",
 css=""".sz-top{background:#003366;color:#fff;padding:14px 5%;display:flex;justify-content:space-between}.sz-m{max-width:1100px;margin:20px auto;display:flex;gap:30px}
.sz-nav{width:240px;font-size:14px}.sz-a{flex:1}.sz-a .yinti{font-size:16px;color:#555;text-align:center}.sz-a h2{font-size:32px;text-align:center;margin:4px 0 14px}
.para{font-size:17px;line-height:1.9;text-indent:2em;margin:10px 0}.sz-au{text-align:center;color:#777}.sz-f{text-align:center;font-size:12px;color:#999;padding:20px}""",
 tpl="""<div class="sz-top"><span>苏州日报 电子版</span><span>2025-01-09 　第A03版：城事</span><span><a href="#">日历</a> <a href="#">版面图</a></span></div>
<div class="sz-m"><aside class="sz-nav">
<p><b>版面</b></p><p><a href="#">A01 要闻</a></p><p><a href="#">A02 要闻</a></p><p><a href="#">A03 城事</a></p><p><a href="#">A04 经济</a></p><p><a href="#">B01 沧浪</a></p>
<p><b>本版标题</b></p><p><a href="#">“工业上楼”让寸土生寸金</a></p><p><a href="#">苏州新增3条有轨电车线路规划</a></p><p><a href="#">古城保护更新项目集中签约</a></p>
</aside>
<main class="sz-a">
<p class="yinti">苏州工业园区建成高标准厂房超200万平方米</p>
<h2>{TITLE}</h2>
<p class="sz-au">□苏报记者 陆晓华 实习生 吴诗瑶</p>
{BODY}
<p class="sz-ed">编辑：钱健 | 校对：周洁</p>
</main></div>
<div class="sz-f">苏州日报报业集团版权所有　苏ICP备05007010号<br>本站所有内容未经书面许可不得转载</div>""",
 body=[
 "24米高的厂房里，货运电梯把一箱箱精密零部件运上8楼的生产车间；楼顶上，光伏板在冬日阳光下熠熠发光……在苏州工业园区一处新建的“智造大厦”里，12家企业“同楼不同层”生产经营。",
 "“工业上楼”是指将传统单层厂房改为多层甚至高层厂房，让制造业在垂直空间里发展。近年来，土地资源紧约束成为苏州产业发展的一道“必答题”，“工业上楼”正是破题之举。",
 "! 智造大厦外景 | 位于苏州工业园区的一处“工业上楼”项目。苏报记者 叶栋 摄",
 "“我们公司原来租的是单层厂房，现在搬到5楼，面积扩大了一倍，租金还便宜了15%。”一家医疗器械企业的负责人说，大楼配备了承重每平方米1.2吨的楼板和5吨货梯，完全能满足生产需要。",
 "园区经发委相关负责人介绍，截至2024年底，园区已建成高标准厂房超200万平方米，容积率普遍达到2.0以上，是传统厂房的2倍多，亩均税收提升约40%。",
 "今年，苏州计划新开工建设“工业上楼”项目30个，进一步拓展制造业发展空间。",
 ]))
