# Newspaper e-paper pages wd-31 .. wd-35.  All invented.
G = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
PAGES = []

PAGES.append(dict(
id="wd-31", kind="epaper", lang="zh",
title="临港经济区氢能产业园首批项目投产",
authors=["孙玥", "郑浩"], publish_time="2024年09月12日 星期四",
pstyle="ideo", hstyle="strong",
css="""body{margin:0;background:#e9e4d8;font-family:宋体}.paper{width:1200px;margin:0 auto;background:#fff;display:flex}.l{width:420px;border-right:1px solid #ccc;padding:10px}
.r{flex:1;padding:20px 40px}.date{background:#8c1c13;color:#fff;padding:6px 20px}.yt{font-size:16px;color:#333}.zt{font-size:28px;font-weight:bold;color:#000;margin:6px 0}.ft3{font-size:16px;color:#555}
.bmlist li{font-size:13px}.bott{text-align:center;font-size:12px;color:#777;padding:10px}""",
page=f"""<div class="date"><b>津门日报</b>　2024年09月12日 星期四　<a href="#">往期回顾</a>　<a href="#">PDF下载</a></div>
<div class="paper"><div class="l">
<p>第03版：经济·区域</p>
<p><a href="#">上一版</a>　<a href="#">下一版</a></p>
<img src="{G}" alt="版面图" width="400" height="560">
<div class="bmnav"><b>版面导航</b><br>01：要闻　02：要闻　03：经济·区域　04：民生　05：文体　06：国际</div>
<ul class="bmlist"><li>临港经济区氢能产业园首批项目投产</li><li>武清区跨境电商进出口额同比增长三成</li><li>宝坻区秋粮收获进度过半</li><li>我市新增3家国家级绿色工厂</li></ul>
</div>
<div class="r">
<div class="yt">年产燃料电池系统5000套</div>
<div class="zt">临港经济区氢能产业园首批项目投产</div>
<div class="ft3">预计年产值超20亿元 带动就业1200余人</div>
<p>本报记者 孙　玥 通讯员 郑　浩</p>
{{{{BODY}}}}
<p><a href="#">返回目录</a>　<a href="#">放大</a> <a href="#">缩小</a> <a href="#">全文复制</a></p>
</div></div>
<div class="bott">津门日报社版权所有 未经授权不得转载　津ICP备13004719号</div>""",
body="""
本报讯 9月11日，天津港保税区临港经济区氢能产业园首批3个项目正式投产，项目总投资约15亿元，全部达产后可实现年产燃料电池系统5000套、电解水制氢装备200台套。
氢能产业园规划面积约2.6平方公里，是我市重点打造的氢能产业集聚区。首批投产的项目涵盖燃料电池电堆、系统集成和制氢装备等关键环节，初步形成了“制—储—运—用”一体化产业链条。
“从签约到投产只用了14个月，这得益于园区‘拿地即开工’的审批服务和全程帮办代办。”一家燃料电池企业负责人说。
据介绍，园区将依托港口优势，积极推进氢燃料电池重卡在港口集疏运中的示范应用。目前，港区已投入运营氢能重卡80辆，建成加氢站2座，累计运营里程超过300万公里。
下一步，临港经济区将围绕氢能装备制造、氢能储运和场景应用持续招商引资，力争到2027年氢能产业规模突破百亿元。
"""))

PAGES.append(dict(
id="wd-32", kind="epaper", lang="zh",
title="“晋”享秋韵 五台山迎来赏秋季",
authors=["白雪"], publish_time="2023年10月09日",
pstyle="p", hstyle="h3",
css="""body{margin:0;font:14px/1.8 "Microsoft YaHei";background:#fff}.bar{background:#1e4d8c;color:#fff;display:flex;justify-content:space-between;padding:8px 30px}
.layout{display:grid;grid-template-columns:300px 1fr 240px;gap:20px;padding:20px 30px}.ban a{display:block;font-size:13px}.stack p{margin:2px 0;text-align:center}
.main-t{font-size:26px;font-weight:bold}.foot{text-align:center;color:#888;font-size:12px;border-top:1px solid #ddd;padding:10px}""",
page=f"""<div class="bar"><span>并州晚报数字报</span><span>2023年10月09日　第A05版：文旅周刊</span><span><a href="#">首页</a> | <a href="#">上一期</a> | <a href="#">下一期</a></span></div>
<div class="layout">
<div class="ban"><b>版次</b><a href="#">A01 头版</a><a href="#">A02 要闻</a><a href="#">A03 社会</a><a href="#">A04 民生</a><a href="#">A05 文旅周刊</a><a href="#">A06 副刊</a><a href="#">A07 体育</a><a href="#">A08 广告</a></div>
<div>
<div class="stack"><p>国庆假期游客量同比增长36%</p><p class="main-t">“晋”享秋韵 五台山迎来赏秋季</p></div>
<p style="text-align:center">■本报记者 白雪 文/图</p>
{{{{BODY}}}}
<p>本版编辑：李梦 美编：王洁 校对：赵强</p>
</div>
<div><b>本版标题</b><p>“晋”享秋韵 五台山迎来赏秋季</p><p>皇城相府推出“文化+研学”线路</p><p>文旅小贴士</p><img src="{G}" alt="A05版缩略图"></div>
</div>
<div class="foot">并州晚报社主办 Copyright©2023 All Rights Reserved 晋ICP备09003308号</div>""",
body="""
国庆假期，忻州五台山迎来了一年中最美的赏秋季。层林尽染的山峦、古朴庄严的寺院、湛蓝高远的天空，吸引了大批游客前来观光。据景区统计，假期8天共接待游客42.6万人次，同比增长36%。
!img 五台山秋景|五台山秋景
## 错峰出游成新选择
与往年相比，今年不少游客选择错峰出游。来自太原的刘先生一家特意在假期最后两天出发，“人少了不少，住宿也好订，玩得很舒服。”
## 景区服务再升级
为应对客流高峰，景区提前增开环线旅游大巴，在台怀镇主要路口设置临时停车场，新增停车位1500余个；同时推出分时段预约入园，游客可通过“五台山景区”小程序预约，避免了扎堆排队。
景区还在黛螺顶、菩萨顶等热门景点增设了志愿服务站，为游客提供问询引导、应急救助等服务。
## 小贴士
- 五台山昼夜温差大，早晚气温接近零度，游客需注意防寒保暖；
- 部分路段山高路陡，自驾游客需谨慎驾驶。
"""))

PAGES.append(dict(
id="wd-33", kind="epaper", lang="zh",
title="黄河岸边种出“致富瓜”",
authors=["吴军", "王婷", "高明"], publish_time="2024-07-25",
pstyle="p", hstyle="h3",
css="""body{margin:0;background:#333;font-family:serif}.epaper-head{background:#fff;padding:12px 40px;border-bottom:6px solid #a00}.tabs a{display:inline-block;border:1px solid #ccc;padding:2px 8px;margin:2px;font-size:12px}
.wrapper{display:flex;background:#f9f6ef}.pageimg{width:480px;padding:20px}.content{flex:1;padding:30px;background:#fff}h3.yin{font-size:15px;color:#444}h1{font-size:30px}h2.fu{font-size:17px;color:#444}
.author{color:#a00}.f{background:#111;color:#888;text-align:center;padding:12px;font-size:12px}""",
page=f"""<div class="epaper-head"><b style="font-size:28px;color:#a00">三秦日报</b>　2024-07-25　星期四　农历甲辰年六月二十　<a href="#">往期查询</a>
<div class="tabs"><a href="#">第01版 要闻</a><a href="#">第02版 要闻</a><a href="#">第03版 时政</a><a href="#">第04版 经济</a><a href="#">第05版 县域</a><a href="#">第06版 社会</a><a href="#">第07版 秦岭</a><a href="#">第08版 副刊</a></div></div>
<div class="wrapper"><div class="pageimg"><p>第05版：县域</p><img src="{G}" alt="第05版" width="440" height="620"><p>本版新闻：</p><p>黄河岸边种出“致富瓜”</p><p>澄城樱桃深加工延伸产业链</p><p>白水：苹果套袋技术培训进田间</p><p>县域快讯</p></div>
<div class="content">
<h3 class="yin">合阳县发展设施农业带动群众增收</h3>
<h1>黄河岸边种出“致富瓜”</h1>
<h2 class="fu">——全县西甜瓜种植面积达到3.2万亩</h2>
<p class="author">本报记者　吴军　王婷　通讯员　高明</p>
{{{{BODY}}}}
<p><a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">返回版面</a></p>
</div></div>
<div class="f">三秦日报社 版权所有 陕ICP备11007785号 本网站所刊登的三秦日报各种新闻﹑信息和各种专题专栏资料，均为三秦日报版权所有，未经协议授权禁止下载使用。</div>""",
body="""
盛夏时节，走进渭南市合阳县百良镇的西甜瓜种植基地，一座座大棚整齐排列，棚内瓜藤翠绿，一个个圆滚滚的西瓜、甜瓜挂满枝头，瓜农们忙着采摘、装箱。
“今年的瓜品相好、甜度高，每斤地头价能卖到2块多，一个棚能挣两万多元。”种植户雷建军一边擦汗一边说。
合阳县地处黄河西岸，光照充足、昼夜温差大，沙壤土质透气性好，种出的西甜瓜含糖量高、口感好。近年来，当地立足资源优势，大力发展设施农业，推广“大棚+滴灌+蜜蜂授粉”种植模式，全县西甜瓜种植面积达到3.2万亩，年产量约12万吨，产值超过5亿元。
## 从“种得好”到“卖得好”
为了让瓜卖出好价钱，合阳县建起了产地冷链仓储中心和电商服务站，引导合作社、种植大户发展订单农业。今年以来，全县通过电商平台销售西甜瓜超过1.5万吨。
“以前靠客商上门收购，价格说了不算；现在网上卖、订单卖，心里踏实多了。”百良镇一家合作社负责人说。
"""))

PAGES.append(dict(
id="wd-34", kind="epaper", lang="zh",
title="“小院议事”议出乡村好风气",
authors=["海鹏", "纳丽"], publish_time="2025年06月17日",
pstyle="indent", hstyle="center",
css="""*{box-sizing:border-box}body{margin:0;font-family:"Songti SC",serif;background:#f0ece3}.sticky{position:sticky;top:0;background:#1b5e20;color:#fff;padding:10px 24px;display:flex;justify-content:space-between}
.grid{display:grid;grid-template-columns:1fr 2fr;gap:16px;padding:16px 24px}.cardx{background:#fff;padding:16px;border-radius:6px}.t1{font-size:15px;text-align:center}.t2{font-size:27px;text-align:center;font-weight:700}
.names{text-align:center;font-size:14px}.ftr{padding:16px;text-align:center;font-size:12px;color:#666}""",
page=f"""<div class="sticky"><span>塞上日报 · 数字报</span><span>2025年06月17日</span><span>第6版 · 乡村振兴</span><span><a href="#">上一版</a> <a href="#">下一版</a> <a href="#">日历</a></span></div>
<div class="grid"><div class="cardx">
<img src="{G}" alt="第6版版面" width="360" height="500">
<p><b>本版标题</b></p><p>01 “小院议事”议出乡村好风气</p><p>02 吴忠：早茶经济带火小城夜生活</p><p>03 隆德县推广马铃薯脱毒种薯</p><p>04 图片新闻</p>
<p><b>全部版面</b> 1 要闻　2 要闻　3 综合　4 经济　5 民生　6 乡村振兴　7 文化　8 专版</p>
</div>
<div class="cardx">
<p class="t1">同心县“院落会”化解矛盾纠纷400余件</p>
<p class="t2">“小院议事”议出<br>乡村好风气</p>
<p class="names">本报记者　海　鹏　纳　丽</p>
{{{{BODY}}}}
<p class="names">（本版编辑 马晓梅）</p>
</div></div>
<div class="ftr">塞上日报报业集团 主办　宁ICP备10001583号-1　地址：银川市兴庆区XX街XX号</div>""",
body="""
夏日傍晚，同心县预旺镇南关村村民马福的院子里坐满了人。村干部、老党员和村民代表围坐一圈，讨论村里巷道硬化工程的施工方案。“这条巷道是大家出门的必经之路，早该修了。”“施工时要注意别堵了各家的门。”大家你一言我一语，不到一个小时就定下了方案。
这是同心县推行“小院议事”的一个缩影。2023年以来，同心县在全县各村推行“小院议事”机制，把议事场所从村部会议室搬到村民的院落里，村里的大事小情由群众一起商量着办。
## 家门口的“议事厅”
“在自家院子里说话，大家都放得开，有啥说啥。”南关村党支部书记杨志强说，过去开村民大会，很多人不愿意来，来了也不发言，现在大家都抢着说。
据统计，全县已建成“小院议事点”380多个，累计召开议事会2100余场次，解决群众急难愁盼问题1600多个，化解邻里纠纷、土地纠纷等矛盾400余件。
## 乡风文明焕新颜
“小院议事”不仅议事，还成为宣传政策、移风易俗的阵地。不少村通过议事会修订了村规民约，对婚丧嫁娶的彩礼、宴席标准作出约定，高价彩礼、大操大办等现象明显减少。
"""))

PAGES.append(dict(
id="wd-35", kind="epaper", lang="zh",
title="榆林：沙漠里建起光伏“蓝海”",
authors=["高宇飞"], publish_time="2022年05月10日 星期二",
pstyle="p", hstyle="strong",
css="""body{margin:0;font-size:12px;background:#fff}table.m{width:1000px;border:1px solid #999}td{vertical-align:top}.bt{font-size:22px;font-weight:bold;text-align:center}.yt2{text-align:center;font-size:14px}
.zz{text-align:center}.txt p{font-size:14px;line-height:24px}.ls a{display:block}""",
page=f"""<table class="m" align="center"><tr><td colspan="3" style="background:#d7a24a;font-size:24px;color:#5a2d0c">驼城晚报　<span style="font-size:12px">2022年05月10日 星期二　今日8版</span></td></tr>
<tr><td colspan="3"><a href="#">第01版：头版</a> <a href="#">第02版：要闻</a> <a href="#">第03版：城事</a> <a href="#">第04版：能源</a> <a href="#">第05版：县区</a> <a href="#">第06版：热线</a> <a href="#">第07版：驼铃</a> <a href="#">第08版：广告</a></td></tr>
<tr><td width="300" class="ls"><img src="{G}" alt="" width="280" height="400"><br><b>第04版：能源</b><a href="#">榆林：沙漠里建起光伏“蓝海”</a><a href="#">神木煤化工项目环评公示</a><a href="#">府谷镁产业链再延伸</a><a href="#">PDF版</a></td>
<td width="660" class="txt">
<p class="yt2">板上发电 板下种草 板间养殖</p>
<p class="bt">榆林：沙漠里建起光伏“蓝海”</p>
<p class="zz">记者 高宇飞</p>
{{{{BODY}}}}
<p>[ <a href="#">上一篇</a> ]　[ <a href="#">下一篇</a> ]　[ <a href="#">返回目录</a> ]</p>
</td><td></td></tr>
<tr><td colspan="3" align="center">驼城晚报社版权所有 陕ICP备09004411号 联系电话：0912-32XXXXX</td></tr></table>""",
body="""
5月上旬，记者在榆林市榆阳区补浪河乡看到，一排排光伏板在沙丘上铺展开来，宛如一片蓝色的海洋。光伏板下，紫花苜蓿、沙打旺等牧草长势喜人，不远处的羊群正在悠闲地吃草。
这是当地正在建设的“光伏+治沙”项目。项目规划装机容量100万千瓦，占地约3万亩，目前一期50万千瓦已经并网发电，年发电量可达9亿千瓦时。
“光伏板能遮挡阳光、减少水分蒸发，还能降低风速，板下的植被比裸露沙地长得好得多。”项目负责人介绍，项目采取“板上发电、板下种草、板间养殖”的模式，既能发电，又能治沙，还能带动周边群众增收。
据了解，项目区周边的村民通过土地流转、务工和参与养殖，每户年均增收1.5万元以上。
近年来，榆林依托丰富的风光资源和大面积的沙地，加快发展新能源产业。截至4月底，全市新能源装机容量已突破1000万千瓦，正在由“煤炭大市”向“能源强市”迈进。
"""))
