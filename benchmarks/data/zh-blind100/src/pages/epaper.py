# Newspaper e-paper pages ww-31 .. ww-35 (all invented)
PAGES = []
A = PAGES.append

# ww-31 天津 daily 数字报, 2022 design, 引题/主题/副题, 版次 select, 本版标题
A(dict(id="ww-31", kind="e-paper", lang="zh",
title="滨海新区首批智能网联汽车示范运营线路开通",
authors=["宋佳宁"], publish_time="2025年06月10日 星期二",
css="""body{margin:0;background:#e9e4d8;font-family:SimSun}.ep-top{background:#7a0c0c;color:#fff;padding:10px 30px;display:flex;justify-content:space-between}
.ep{display:flex;width:1200px;margin:10px auto;gap:16px}.ep-l{width:420px;background:#fff;padding:10px}.ep-r{flex:1;background:#fff;padding:20px 30px}
.yt{font-size:16px;color:#333;text-align:center}.zt{font-size:28px;font-weight:bold;text-align:center;font-family:"Microsoft YaHei"}.ft2{font-size:18px;text-align:center;color:#444}
.zz{text-align:center;color:#666}.ep-r p{font-size:16px;line-height:30px}""",
shell="""<div class="ep-top"><span>津沽日报 数字报</span><span>2025年06月10日 星期二</span><span><a>往期回顾</a> <a>PDF下载</a></span></div>
<div class="ep"><div class="ep-l"><div>第01版：要闻　<a>上一版</a> <a>下一版</a></div>
<div>版面导航：<a>01版：要闻</a> <a>02版：要闻</a> <a>03版：滨海</a> <a>04版：经济</a> <a>05版：区域</a> <a>06版：文体</a></div>
<img alt="第01版版面图" src="@@GIF@@" style="width:400px;height:560px">
<div><b>本版标题</b><ul><li>市委常委会召开会议</li><li>滨海新区首批智能网联汽车示范运营线路开通</li><li>“海河英才”行动计划新增3项举措</li><li>全市夏粮收获进度过七成</li><li>图片新闻</li></ul></div></div>
<div class="ep-r"><div class="yt">自动驾驶公交、出租车、物流车同步上路</div>
<h1 class="zt">@@T@@</h1>
<div class="ft2">——首期6条线路覆盖于家堡、中新生态城等区域</div>
<p class="zz">本报记者 宋佳宁</p>
@@BODY@@
<div class="pg"><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></div></div></div>
<div class="ft" style="text-align:center;font-size:12px">津沽日报社版权所有　未经授权不得转载　津ICP备05003344号</div>""",
p="<p>　　{}</p>",
body=[
"昨日，滨海新区首批智能网联汽车示范运营线路正式开通。首期开通的6条线路中，包括2条自动驾驶公交线路、3条自动驾驶出租车服务区域和1条无人配送物流线路，覆盖于家堡金融区、中新天津生态城和天津港保税区等区域。",
"记者在于家堡站看到，一辆白色自动驾驶公交车缓缓驶入站台，车门自动打开。车上虽然配有安全员，但全程没有人工干预。车辆平稳通过多个路口，遇到行人横穿马路时自动减速停车。",
"“坐着挺稳的，跟普通公交没什么区别。”首批乘客李女士说。",
"据介绍，示范运营期间，自动驾驶公交票价与普通公交相同，市民可刷卡或扫码乘车；自动驾驶出租车通过手机应用预约。新区已开放测试道路里程超过300公里，部署路侧智能感知设备1200余套。",
"滨海新区有关部门负责人表示，下一步将逐步扩大示范运营范围，探索无安全员驾驶测试，推动智能网联汽车产业集聚发展。",
]))

# ww-32 成都 evening paper e-paper, 2012 table design, 引题 + 主题, byline at end
A(dict(id="ww-32", kind="e-paper", lang="zh",
title="老旧菜市场“变身”社区生活中心",
authors=["郑晓蓉", "伍  勇".replace(" ", "")], publish_time="2025-06-09",
css="""body{margin:0;font-size:12px;background:#ddd}.tb{width:1000px;background:#fff}.y{font-size:14px;color:#555}.z{font-size:24px;font-weight:bold;color:#000}
.zw{font-size:14px;line-height:24px}.bc{background:#333;color:#fff}""",
shell="""<table class="tb" align="center" cellpadding="0" cellspacing="0"><tr><td class="bc" colspan="2">蓉城晚报　2025-06-09　第A05版：城事　<a>首页</a> | <a>上一期</a> | <a>下一期</a> | <a>版面导航</a></td></tr>
<tr><td width="330" valign="top"><table><tr><td>A01 头版</td></tr><tr><td>A02 要闻</td></tr><tr><td>A03 要闻</td></tr><tr><td>A04 城事</td></tr><tr><td>A05 城事</td></tr><tr><td>A06 天府</td></tr><tr><td>A07 文体</td></tr><tr><td>A08 广告</td></tr></table>
<p><b>A05版新闻列表</b></p><p>· 老旧菜市场“变身”社区生活中心</p><p>· 锦江区试点“15分钟便民生活圈”</p><p>· 本周成都将迎持续降雨</p><p>· 广告</p></td>
<td valign="top" style="padding:16px"><table width="100%"><tr><td align="center" class="y">改造后的菜市场增设社区食堂、便民维修、老年活动室</td></tr>
<tr><td align="center" class="z">@@T@@</td></tr>
<tr><td class="zw">@@BODY@@</td></tr></table></td></tr>
<tr><td colspan="2" align="center">蓉城晚报社 版权所有 联系电话：028-86660000</td></tr></table>""",
p="　　{}<br>",
body=[
"在青羊区草市街，一座有30多年历史的老菜市场经过改造，近日重新开业。记者看到，市场一楼依然是蔬菜、肉类、水产摊位，但地面干净整洁，通道宽敞明亮；二楼则新增了社区食堂、便民维修点、老年活动室和儿童托管点，成了附近居民的“生活中心”。",
"“以前来买菜，地上全是水，还有味道。现在环境好了，买完菜还能上楼吃个饭、跟老伙伴下下棋。”居民张婆婆说。",
"据介绍，此次改造由街道牵头，引入专业运营公司，按照“政府引导、市场运作”方式推进。改造过程中保留了原有的老摊主，摊位租金三年内不上涨。社区食堂主要面向老年人，60岁以上老人就餐可享受折扣。",
"今年，成都计划完成50个老旧菜市场改造，推动菜市场向“菜市场+”综合服务体转型。",
("x", "　　（蓉城晚报记者 郑晓蓉 实习生 伍  勇）<br>"),
]))

# ww-33 山西 daily e-paper, 2019 design, 引题/主题/副题, 作者 line glued
A(dict(id="ww-33", kind="e-paper", lang="zh",
title="“煤城”变“绿城” 阳泉采煤沉陷区种出生态林",
authors=["韩  冰".replace(" ", ""), "白晓峰"], publish_time="2025年6月10日",
css="""body{margin:0;font-family:"Microsoft YaHei";background:#f4f1ea}.hd{display:flex;justify-content:space-between;padding:10px 40px;background:#1e3c72;color:#fff}
.lay{display:grid;grid-template-columns:360px 1fr 260px;gap:16px;padding:16px 40px}.yin,.fu{font-size:16px;text-align:center;color:#555}.main-t{font-size:30px;text-align:center;font-weight:bold;margin:8px 0}
.aut{font-size:14px;color:#666;text-align:center}.wz p{font-size:17px;line-height:1.9;text-indent:2em}.list li{margin:6px 0}""",
shell="""<div class="hd"><span>三晋日报</span><span>2025年6月10日</span><span>第3版 <a>上一版</a> <a>下一版</a></span></div>
<div class="lay"><div><img alt="版面" src="@@GIF@@" style="width:340px;height:480px"><select><option>第1版 要闻</option><option>第2版 要闻</option><option selected>第3版 综合</option><option>第4版 区域</option></select></div>
<div><div class="yin">从“一片荒坡”到“满目葱茏”</div>
<div class="main-t">@@T@@</div>
<div class="fu">累计治理沉陷区3.2万亩，林草覆盖率提高到46%</div>
<div class="aut">本报记者韩冰 通讯员白晓峰</div>
<div class="wz">@@BODY@@</div></div>
<div class="list"><b>本版新闻</b><ul><li>“煤城”变“绿城” 阳泉采煤沉陷区种出生态林</li><li>晋城：“数字乡村”覆盖所有行政村</li><li>吕梁山区核桃喜获丰收</li><li>简讯</li></ul><p><a>PDF版</a>　<a>返回首页</a></p></div></div>
<div class="ft" style="text-align:center;font-size:12px">三晋日报社 版权所有　晋ICP备06005678号</div>""",
body=[
"初夏时节，站在阳泉市郊区荫营镇的山坡上放眼望去，油松、侧柏郁郁葱葱，山桃、山杏点缀其间。很难想象，十几年前这里还是一片因采煤造成地面塌陷、寸草不生的荒坡。",
"阳泉是一座因煤而兴的城市，长期的煤炭开采留下了大面积采煤沉陷区。近年来，阳泉市把沉陷区治理与国土绿化结合起来，采取“削坡整形、覆土改良、乔灌草结合”的方式，累计治理采煤沉陷区3.2万亩。",
"“沉陷区土层薄、保水差，树种得选耐旱的，栽的时候还要用保水剂。”郊区林业站技术员说，经过几年的管护，造林成活率达到了90%以上。",
"治理后的沉陷区不仅变绿了，还“生”出了产业。当地引进企业在部分地块发展光伏发电，板下种植中药材，形成了“光伏+生态+产业”模式，带动周边村民就业600余人。",
"目前，阳泉全市林草覆盖率已提高到46%，比十年前提高了12个百分点。",
]))

# ww-34 新疆 metropolitan paper e-paper, 2016 design, 主题 + 副题 only, reporter names spaced
A(dict(id="ww-34", kind="e-paper", lang="zh",
title="吐鲁番葡萄沟迎来首批早熟葡萄上市",
authors=["肖  云".replace(" ", ""), "买尔旦·艾则孜"], publish_time="2025年06月09日",
css="""body{margin:0;background:#fff;font-family:sans-serif}#paperhead{background:#0c6;color:#fff;padding:8px 20px}.bm a{margin-right:8px}
#wrap{width:1100px;margin:auto;overflow:hidden}#left{float:left;width:300px}#right{float:right;width:760px}.title1{font-size:26px;font-weight:bold;text-align:center}
.title2{font-size:16px;text-align:center;color:#666}.auth{text-align:center;font-size:14px}.content p{font-size:16px;line-height:28px}""",
shell="""<div id="paperhead">天山都市报　2025年06月09日　<span>第A03版 新疆新闻</span></div>
<div class="bm"><a>A01:封面</a><a>A02:要闻</a><a>A03:新疆新闻</a><a>A04:乌鲁木齐</a><a>A05:南北疆</a><a>A06:财经</a><a>A07:体育</a><a>A08:副刊</a></div>
<div id="wrap"><div id="left"><img alt="A03版面缩略图" src="@@GIF@@"><h4>本版导读</h4><p>吐鲁番葡萄沟迎来首批早熟葡萄上市</p><p>哈密瓜“抢鲜”上市价格走高</p><p>阿勒泰发布森林防火提示</p></div>
<div id="right"><div class="title1">@@T@@</div>
<div class="title2">无核白、火焰无核等品种每公斤售价12至20元</div>
<div class="auth">本报记者 肖  云　通讯员 买尔旦·艾则孜　文/图</div>
<div class="content">@@BODY@@</div>
<p><a>&lt;&lt;上一篇</a>　<a>下一篇&gt;&gt;</a></p></div></div>""",
body=[
"6月8日，吐鲁番市高昌区葡萄沟的早熟葡萄开始采摘上市，比去年提早了一周左右。",
("img", "采摘葡萄", "6月8日，葡萄沟的农户在采摘早熟葡萄。"),
"在葡萄沟街道布拉克村，种植户阿布都拉·买买提家的葡萄架下挂满了一串串碧绿的葡萄。“今年天热得早，葡萄糖分足，头一批就被客商订走了。”他说，今年他家的3亩早熟葡萄预计收入能达到4万多元。",
"据了解，今年吐鲁番市葡萄种植面积约56万亩，其中设施葡萄和早熟品种约8万亩。目前上市的主要是无核白、火焰无核等品种，收购价格每公斤12元至20元不等。",
"吐鲁番市农业农村部门提醒种植户，要合理安排采摘时间，做好分级包装，避免集中上市造成价格波动。同时，当地还组织农技人员深入田间，指导农户做好后续葡萄的控产提质和病虫害防治工作。",
"为保障葡萄顺利销售，吐鲁番市提前组织冷链物流企业和电商平台与种植户对接，新建改建冷库20余座。新鲜葡萄最快48小时可送达内地主要城市。",
]))

# ww-35 四川 agricultural paper e-paper, 2024 responsive, stacked 引题/主题, byline closing in paragraph
A(dict(id="ww-35", kind="e-paper", lang="zh",
title="眉山：晚熟柑橘“搭上”冷链专列",
authors=["罗  敏".replace(" ", ""), "陈浩然"], publish_time="2025-06-06",
css="""body{margin:0;font-family:sans-serif}.ep-hd{display:flex;gap:16px;align-items:center;padding:10px 4%;border-bottom:2px solid #3a7d2c}.ep-hd b{font-size:24px;color:#3a7d2c}
.ep-b{display:flex;gap:24px;padding:0 4%}.ep-nav{width:220px}.ep-art{flex:1;max-width:760px}.kicker{color:#3a7d2c;text-align:center}.ep-art h1{text-align:center;font-size:28px;margin:4px 0}
.ep-art p{font-size:17px;line-height:1.85;text-indent:2em}.dt{text-align:center;color:#888;font-size:13px}""",
shell="""<div class="ep-hd"><b>巴蜀农民报</b><span>数字报</span><span><a>往期</a> <a>版面</a> <a>目录</a></span></div>
<div class="ep-b"><div class="ep-nav"><p><b>版次</b></p><p>第1版 要闻</p><p>第2版 三农时评</p><p>第3版 乡村振兴</p><p>第4版 产业·市场</p><p><b>第4版 标题</b></p><p>眉山：晚熟柑橘“搭上”冷链专列</p><p>川猪价格小幅回升</p><p>市场行情</p></div>
<div class="ep-art"><div class="kicker">从果园到餐桌 最快3天</div>
<h1>@@T@@</h1>
<div class="dt">2025-06-06 第4版</div>
@@BODY@@
<div class="dt"><a>上一篇</a> | <a>下一篇</a> | <a>放大</a> <a>缩小</a> <a>默认</a></div></div></div>""",
body=[
"6月4日，一列满载500吨晚熟柑橘的冷链专列从眉山驶出，发往广州、深圳等地。这是今年眉山开行的第8趟柑橘冷链专列。",
"眉山是全国重要的晚熟柑橘产区，春见、不知火、沃柑等品种在每年3月至6月集中上市，正好错开其他产区的上市高峰。过去，柑橘外运主要靠公路，运输成本高、损耗大。",
"“冷链专列全程控温在5℃左右，损耗率从原来的8%降到了2%以下，运费也比公路便宜了三成。”东坡区一家果业合作社负责人说。",
"除了冷链专列，眉山还积极拓展线上销售渠道。当地组织果农和合作社参加直播带货培训，今年春季以来，全市柑橘线上销售额已超过6亿元。一些果农说，如今坐在果园里就能把柑橘卖到全国各地。",
"今年以来，眉山联合铁路部门开通了柑橘冷链专列“点对点”服务，在产地建设了12个冷链集配中心，实现采摘、分选、预冷、装车一条龙。截至目前，全市已通过冷链专列外运柑橘4000余吨。（本报记者 罗敏 通讯员 陈浩然）",
]))
