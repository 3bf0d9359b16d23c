# Newspaper e-paper pages: wy-31 ... wy-35. All invented papers and articles.
PAGES = []

# wy-31 云南 provincial daily, 2022 e-paper: 引题/主题/副题 stack, byline line, 版次 nav, 本版标题
PAGES.append(dict(
    id="wy-31", kind="epaper", title="普洱咖啡精品率三年翻一番",
    authors=["艾力·买买提", "陈晓东", "李想"], time="2025年06月09日 星期一", style="u3000",
    css="""body{margin:0;font-family:"Microsoft YaHei";background:#e9e4da}.mast{background:#fff;padding:10px 30px;display:flex;justify-content:space-between;align-items:center;border-bottom:3px solid #a40000}
.mast b{font-size:30px;color:#a40000;font-family:STKaiti,KaiTi}.bar{background:#fff;padding:6px 30px;font-size:13px}.bar a{margin-right:10px}
.page{display:flex;gap:16px;padding:16px 30px}.lay{width:300px;background:#fff;padding:10px;font-size:13px}.lay .pg{height:380px;background:#f4f1ea;border:1px solid #ccc;margin:8px 0}
.art{flex:1;background:#fff;padding:20px 40px}.yt,.ft2{text-align:center;color:#444;font-size:16px;margin:0}.zt{text-align:center;font-size:28px;margin:6px 0}
.byl{text-align:center;color:#666;font-size:14px}.art p{font-size:17px;line-height:1.9}.lst2{width:260px;background:#fff;padding:10px;font-size:13px}.lst2 li{margin:6px 0}""",
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>云岭日报数字报</title><style>@@CSS@@</style></head><body>
<div class="mast"><b>云岭日报</b><span>2025年06月09日 星期一　<a href="#">往期回顾</a>　<a href="#">PDF下载</a></span></div>
<div class="bar">版面导航：<a href="#">01 要闻</a><a href="#">02 要闻</a><a href="#">03 综合</a><a href="#">04 州市</a><a href="#">05 经济</a><a href="#">06 社会</a><a href="#">07 文化</a><a href="#">08 广告</a>　<a href="#">上一版</a> <a href="#">下一版</a></div>
<div class="page">
<div class="lay">第05版：经济<div class="pg">版面图</div><a href="#">上一版</a>　<a href="#">下一版</a></div>
<div class="art">
<p class="yt">小豆子做成大产业</p>
<h1 class="zt">普洱咖啡精品率三年翻一番</h1>
<p class="ft2">——咖农从“卖豆子”走向“卖品牌”</p>
<p class="byl">本报记者 艾力·买买提 陈晓东 通讯员 李&nbsp;&nbsp;想</p>
@@BODY@@
<p style="font-size:13px;color:#999">云岭日报 2025年06月09日 星期一 第05版：经济</p>
</div>
<div class="lst2"><b>本版标题</b><ul><li><a href="#">普洱咖啡精品率三年翻一番</a></li><li><a href="#">前5月全省外贸进出口稳中有升</a></li><li><a href="#">滇中新区新增市场主体1.2万户</a></li><li><a href="#">文山三七价格指数回升</a></li></ul></div>
</div>
<p style="text-align:center;font-size:12px;color:#666">云岭日报社 版权所有　滇ICP备05001136号　未经授权，不得转载</p>
</body></html>""",
    body="""
6月初，普洱市思茅区的一家咖啡庄园里，咖啡树已挂满青果。庄园负责人周建华正带着工人给咖啡树修枝、施有机肥。“以前我们只管种和卖生豆，价格跟着期货走，现在自己烘焙、做品牌，精品豆每公斤能卖到80元以上。”
数据显示，普洱市咖啡种植面积稳定在68万亩左右，2024/2025产季精品咖啡率达到28%，较三年前翻了一番。全市注册咖啡品牌超过300个，咖啡产业综合产值突破百亿元。
精品率提升，源于标准化种植和初加工的普及。近年来，普洱在主产区推广“鲜果分级采摘、集中湿法加工、控温控湿晾晒”技术规范，建设咖啡初加工中心86个，鲜果红果率从不足六成提高到九成以上。
品牌建设也在同步推进。当地连续举办咖啡生豆大赛和杯测活动，邀请国内外采购商现场竞拍，优胜咖啡豆最高拍出每公斤2000多元的价格。“比赛就像一面镜子，让咖农知道好咖啡该怎么做。”普洱市咖啡行业协会负责人说。
下一步，普洱将继续推进咖啡种植品种改良和庄园建设，培育一批有影响力的区域公共品牌，让更多咖农分享产业增值收益。
"""))

# wy-32 江西 city evening paper, 2012 table e-paper: 主题 + 副题, □ byline with 文/图, 版次 list left
PAGES.append(dict(
    id="wy-32", kind="epaper", title="老城区雨污分流改造年内完成八成",
    authors=["吴磊"], time="2025年6月10日　星期二", style="nbsp",
    css="""body{margin:0;font-size:12px;font-family:宋体;background:#fff}.hd td{background:#1e4f91;color:#fff}.hd .n{font-size:28px;font-family:华文行楷,STXingkai;padding:8px 20px}
.bl td{border:1px solid #b7c7dd;vertical-align:top}.bm a{display:block;line-height:22px}.dt{font-size:22px;font-weight:bold;text-align:center;font-family:黑体;padding-top:10px}
.fbt{text-align:center;font-size:14px;color:#333}.by{text-align:center;color:#555}.cont p{font-size:14px;line-height:24px}.ft td{background:#eef3f9;text-align:center;padding:6px}""",
    html="""<html><head><meta charset="utf-8"><title>浔阳晚报数字报刊平台</title><style>@@CSS@@</style></head><body>
<table width="1000" align="center" cellspacing="0" cellpadding="0" class="hd"><tr><td class="n">浔阳晚报</td><td align="right" style="padding-right:10px">2025年6月10日　星期二　<a href="#" style="color:#fff">首页</a> | <a href="#" style="color:#fff">往期回顾</a> | <a href="#" style="color:#fff">报社简介</a></td></tr></table>
<table width="1000" align="center" cellspacing="4" class="bl"><tr>
<td width="180" class="bm"><b>版面导航</b><br><a href="#">A01：头版</a><a href="#">A02：要闻</a><a href="#">A03：城事</a><a href="#">A04：民生</a><a href="#">A05：区县</a><a href="#">A06：体育</a><a href="#">A07：副刊</a><a href="#">A08：广告</a><br><a href="#">上一版</a>　<a href="#">下一版</a></td>
<td width="560">
<div>当前版：A03：城事</div>
<div class="dt">老城区雨污分流改造年内完成八成</div>
<div class="fbt">涉及58个小区、12条主次干道，施工期间请市民绕行</div>
<div class="by">□本报记者 吴&nbsp;&nbsp;磊 文/图</div>
<div class="cont">
@@BODY@@
</div>
</td>
<td class="bm"><b>本版标题</b><br><a href="#">老城区雨污分流改造年内完成八成</a><a href="#">浔阳区开展燃气安全入户检查</a><a href="#">甘棠湖夜跑步道“上新”</a><a href="#">市民热线</a><br><b>日期检索</b><br>2025 年 6 月<br><input type="text" size="10"></td>
</tr></table>
<table width="1000" align="center" class="ft"><tr><td>浔阳晚报社主办　版权所有 Copyright 2012-2025　赣ICP备06002914号<br>地址：九江市浔阳东路19号　新闻热线：0792-8577110</td></tr></table>
</body></html>""",
    body="""
记者昨日从市城市管理局获悉，中心城区老城片区雨污分流改造工程正加紧推进，今年年底前将完成总工程量的八成，涉及58个老旧小区和12条主次干道。
老城区管网建设年代早，不少路段雨水、污水共用一根管道，一到汛期容易出现污水冒溢、道路积水等问题。此次改造将新建污水管网46公里，改造雨水管网31公里，同步对小区内部的化粪池、检查井进行清理和修复。
! 工人在庐山南路施工现场铺设管道
在庐山南路施工现场，记者看到，路面已开挖出一段沟槽，工人们正在吊装管材。项目负责人介绍，为减少对市民出行的影响，施工采取“分段围挡、快挖快填”的方式，每段围挡时间控制在20天以内，夜间施工严格控制噪声。
市城市管理局提醒，改造期间庐山南路、大中路部分路段实行半幅通行，请过往车辆提前绕行。市民如遇施工扰民、路面塌陷等问题，可拨打12345热线反映。
"""))

# wy-33 山东 city daily 数字报, 2018: 引题 + 主题 (two lines) + 副题, byline at end of body
PAGES.append(dict(
    id="wy-33", kind="epaper", title="夏粮收购首日种粮大户卖粮“不排队”",
    authors=["孙超", "邢雅楠"], time="2025-06-11",
    css="""body{margin:0;font-family:"Microsoft YaHei";background:#f3f3f3}.top{background:#fff;padding:12px 8%;display:flex;gap:30px;align-items:flex-end;border-bottom:1px solid #ddd}
.top .t{font-size:34px;color:#b8000b;font-family:"FZShuTi",STKaiti}.top .d{color:#555}.bb{display:grid;grid-template-columns:240px 1fr 240px;gap:14px;padding:14px 8%}
.box{background:#fff;padding:12px}.box h5{margin:0 0 8px;border-left:4px solid #b8000b;padding-left:6px}.box a{display:block;font-size:13px;line-height:2;color:#333}
.yt{text-align:center;font-size:15px;color:#666;margin:0}.zt{text-align:center;font-size:26px;line-height:1.4;margin:6px 0}.ft{text-align:center;color:#666;margin:0 0 16px}
.box p{font-size:16px;line-height:1.9}.foot{text-align:center;font-size:12px;color:#777;padding:14px}""",
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>鲁南日报数字报</title><style>@@CSS@@</style></head><body>
<div class="top"><span class="t">鲁南日报</span><span class="d">2025-06-11　第A2版：要闻</span><span><a href="#">上一期</a> | <a href="#">下一期</a> | <a href="#">往期查阅</a></span></div>
<div class="bb">
<div class="box"><h5>版面目录</h5><a href="#">第A1版：头版</a><a href="#">第A2版：要闻</a><a href="#">第A3版：区县</a><a href="#">第A4版：民生</a><a href="#">第A5版：专题</a><a href="#">第A6版：广告</a><h5>版面缩略图</h5><div style="height:240px;background:#eee"></div></div>
<div class="box">
<p class="yt">优质优价、预约收购、当天结算</p>
<h2 class="zt">夏粮收购首日<br>种粮大户卖粮“不排队”</h2>
<p class="ft">全市今年计划收购小麦18万吨</p>
@@BODY@@
<p style="text-align:right;font-size:13px;color:#999"><a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">返回目录</a></p>
</div>
<div class="box"><h5>本版标题</h5><a href="#">夏粮收购首日种粮大户卖粮“不排队”</a><a href="#">市政府召开常务会议</a><a href="#">全市“三夏”机械化率达98%</a><a href="#">图片新闻</a><h5>日历</h5><div>2025年6月</div></div>
</div>
<div class="foot">鲁南日报社 版权所有　鲁ICP备11021480号　本网站所有内容未经许可不得转载</div>
</body></html>""",
    body="""
6月10日，全市夏粮收购工作正式启动。在兰陵县一家国有粮食收储库，前来卖粮的车辆有序驶入库区，扦样、检验、过磅、入仓、结算，一车小麦从进库到卖完只用了不到半个小时。
“提前在手机上预约了时间，到了直接进库，不用像以前那样排一整夜队。”种粮大户张国庆今年种了460亩小麦，当天拉来30多吨，按每斤1.22元的价格卖粮，钱当天就打到了卡上。
今年，全市推行“预约收购”服务，售粮农户可通过小程序预约售粮时间和库点，收储库按时段安排接收。同时，各收储库延长收购时间，早上6点开秤，晚上8点停秤，并免费为农户提供粮食水分、杂质检测服务。
据了解，全市今年小麦种植面积238万亩，预计总产量110万吨左右，计划收购小麦18万吨。市发展改革委提醒，售粮农户要做好粮食晾晒和清杂，确保颗粒归仓、优质优价。（本报记者 孙　超 本报通讯员 邢雅楠）
"""))

# wy-34 北京 district paper, 2023 responsive e-paper; 引题 + 主题, closing byline with a middle-dot name
PAGES.append(dict(
    id="wy-34", kind="epaper", title="运河畔新添三处“城市书房”",
    authors=["热依拉·艾山"], time="2025-06-12",
    css="""*{box-sizing:border-box}body{margin:0;font-family:"Noto Sans SC","Microsoft YaHei";background:#fafafa;color:#222}
header{display:flex;justify-content:space-between;align-items:center;padding:12px 5%;background:#0f766e;color:#fff}header b{font-size:26px;letter-spacing:3px}
header select{padding:4px}.pages{display:flex;gap:8px;overflow:auto;padding:10px 5%;background:#fff;border-bottom:1px solid #ddd}.pages a{white-space:nowrap;border:1px solid #99d5cf;border-radius:14px;padding:4px 12px;font-size:13px;color:#0f766e}
.wrap{display:grid;grid-template-columns:1fr 300px;gap:20px;padding:20px 5%}article{background:#fff;padding:24px 36px}.intro{color:#0f766e;text-align:center;margin:0}
article h1{text-align:center;font-size:28px;margin:6px 0 20px}article p{font-size:17px;line-height:1.9}.pic-cap{font-size:14px;color:#666}
aside{background:#fff;padding:16px}aside li{margin:8px 0;font-size:14px}footer{text-align:center;font-size:12px;color:#888;padding:20px}""",
    html="""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>运河时报 电子版</title><style>@@CSS@@</style></head><body>
<header><b>运河时报</b><span>2025-06-12 第3版 <select><option>往期</option><option>2025-06-11</option><option>2025-06-10</option></select></span></header>
<nav class="pages"><a href="#">第1版 要闻</a><a href="#">第2版 综合</a><a href="#">第3版 民生</a><a href="#">第4版 城市副中心</a><a href="#">第5版 乡村</a><a href="#">第6版 文化</a><a href="#">第7版 专刊</a><a href="#">第8版 运河</a></nav>
<div class="wrap">
<article>
<p class="intro">15分钟阅读圈再扩容</p>
<h1>运河畔新添三处“城市书房”</h1>
@@BODY@@
</article>
<aside><b>本版新闻</b><ol><li><a href="#">运河畔新添三处“城市书房”</a></li><li><a href="#">社区卫生服务中心开通夜间门诊</a></li><li><a href="#">张家湾镇启动夏季纳凉晚会</a></li><li><a href="#">公交线路优化调整公告</a></li></ol><p><a href="#">上一版</a> · <a href="#">下一版</a></p><p><a href="#">下载本版PDF</a></p></aside>
</div>
<footer>运河时报社出版　地址：北京市通州区新华东街3号　京ICP备14031175号<br>本报电子版所有内容，未经书面授权不得转载</footer>
</body></html>""",
    body="""
本报讯 近日，位于大运河森林公园、运河商务区和北关闸附近的三处“城市书房”正式对外开放，市民在家门口就能借书、读书、上自习。至此，城市副中心城市书房总数达到41家。
三处新开放的城市书房面积均在200平方米以上，藏书总量约3万册，设置了少儿阅读区、自习区和休闲阅读区，实行“一卡通借通还”，市民凭身份证或读者证即可借阅，借阅的图书也可以就近归还到其他公共图书馆。
! 市民在大运河森林公园城市书房阅读
大运河森林公园城市书房紧邻运河，落地窗外就是水景和绿道。“跑完步可以进来坐一坐，翻几页书，很惬意。”正在看书的市民王先生说。
运河商务区城市书房则瞄准周边上班族，工作日开放至晚上9点，还设置了共享会议区，提供免费无线网络和充电插座。
区文化旅游局相关负责人表示，今年将继续在社区、公园、商圈等人流密集区域布局城市书房，并引入读书会、讲座、亲子阅读等活动，打造“15分钟阅读圈”。（记者 热依拉·艾山）
"""))

# wy-35 山东 provincial rural paper, 2016 e-paper: 引题 + 主题 + 副题 + 文/图 byline line, 本报讯 without names
PAGES.append(dict(
    id="wy-35", kind="epaper", title="合作社“托管”让小农户种上“省心田”",
    authors=["付明远"], time="2025年6月13日", style="indent", htag="strong",
    css="""body{margin:0;font-family:宋体,SimSun;background:#d9d9d9}.w{width:1020px;margin:0 auto;background:#fff}
.hd{background:#2d6a1f;color:#fff;padding:14px 20px;font-size:28px;font-family:黑体}.hd span{font-size:13px;float:right;margin-top:10px}
.rq{background:#e8f2e4;padding:6px 20px;font-size:13px}.cols{display:flex}.l{width:320px;border-right:1px solid #ccc;padding:10px;font-size:13px}
.r{flex:1;padding:20px 30px}.yt{text-align:center;color:#2d6a1f;font-size:16px;margin:0}.zt{text-align:center;font-size:26px;font-family:黑体;margin:8px 0}
.fb{text-align:center;font-size:16px;margin:0 0 6px}.zz{text-align:center;font-size:13px;color:#555}.r p{font-size:15px;line-height:2}.ft{background:#2d6a1f;color:#dfd;text-align:center;font-size:12px;padding:8px}""",
    html="""<html><head><meta charset="utf-8"><title>齐鲁农村报</title><style>@@CSS@@</style></head><body><div class="w">
<div class="hd">齐鲁农村报 <span>主管主办：齐鲁农村报社</span></div>
<div class="rq">2025年6月13日　星期五　第06版：合作经济　　<a href="#">&lt;&lt;上一版</a>　<a href="#">下一版&gt;&gt;</a>　　<a href="#">版面导航</a>　<a href="#">标题导航</a></div>
<div class="cols">
<div class="l"><div style="height:300px;background:#f2f2f2;border:1px solid #ddd">第06版版面图</div>
<p><b>本版标题：</b></p><p>· <a href="#">合作社“托管”让小农户种上“省心田”</a></p><p>· <a href="#">章丘大葱育苗进入移栽期</a></p><p>· <a href="#">农资价格走势周报</a></p><p>· <a href="#">政策问答</a></p></div>
<div class="r">
<p class="yt">聚焦新型农业经营主体</p>
<div class="zt">合作社“托管”让小农户种上“省心田”</div>
<p class="fb">德州一家合作社托管土地5.6万亩，带动农户亩均增收200余元</p>
<p class="zz">文/图 本报记者 付明远</p>
@@BODY@@
</div></div>
<div class="ft">齐鲁农村报社 版权所有　鲁ICP备08012936号　地址：济南市历下区解放路7号　电话：0531-86112340</div>
</div></body></html>""",
    body="""
本报讯 “以前种地全靠自己忙，现在把地交给合作社托管，耕、种、防、收都有人管，我在县城打工也不耽误种地。”6月上旬，在德州市陵城区的一片麦田里，刚卖完小麦的村民李长海算起了账：托管后每亩地成本降低近百元，产量还提高了一成。
李长海所说的合作社，是陵城区一家农机专业合作社。合作社拥有大中型农机具160多台套，为周边农户提供“菜单式”和“全托管”两种服务。农户可以只选耕地、播种、打药中的一项，也可以把全年的农活全部交给合作社。
# 统一作业，降本增效
合作社理事长赵玉明介绍，托管后土地连片作业，统一采购种子化肥，价格比农户单独购买低10%左右；植保无人机统防统治，用药量减少近两成。
# 小农户连上大市场
今年，合作社还与当地面粉企业签订订单，托管土地上种植的优质强筋小麦按高于市场价5分钱的价格收购。目前，合作社托管土地5.6万亩，服务农户4300余户，带动农户亩均增收200余元。
"""))
