# e-paper pages ue-31 .. ue-35
PAGES = []
def add(**k): PAGES.append(k)

add(id="ue-31", kind="e-paper", ptitle="北京城市副中心报数字报",
title="运河两岸“小修小补”有了“大管家”", authors=["许文博"], time="2025年03月25日",
fmt="p", hfmt="strong",
css="body{margin:0;font-size:14px;background:#ddd}.pp{width:1200px;margin:auto;background:#fff;display:flex}.pv{width:420px;border-right:1px solid #ccc}.ar{flex:1;padding:20px}.yt,.ft{text-align:center;color:#333}.zt{text-align:center;font-size:26px;font-weight:bold}",
tpl="""
<div>北京城市副中心报 <span>2025年03月25日 星期二</span> <a>往期回顾</a> <a>PDF下载</a></div>
<div class="pp"><div class="pv">
<p>第03版：民生</p>
<p><img alt="版面图"></p>
<p><a>上一版</a>　<a>下一版</a></p>
<p>版面导航：<a>01 要闻</a> <a>02 要闻</a> <a>03 民生</a> <a>04 城事</a> <a>05 文化</a> <a>06 专版</a></p>
<p><b>本版标题</b></p><ul><li>运河两岸“小修小补”有了“大管家”</li><li>宋庄镇新建两处社区卫生服务站</li><li>潞城“家门口就业”服务站开张</li></ul>
</div><div class="ar">
<p class="yt">通州推行“物业+社区”联动服务</p>
<p class="zt">运河两岸“小修小补”有了“大管家”</p>
<p class="ft">——首批12个老旧小区试点，居民报修平均响应时间缩短至2小时</p>
<p>本报记者 许文博</p>
{BODY}
<p>本版编辑：梁爽　美编：韩阳</p>
</div></div>
<div>北京城市副中心报社 版权所有　京ICP备15042231号</div>
""",
body="""
家里水管滴水、楼道灯不亮、单元门禁失灵……这些看似不起眼的“小麻烦”，如今在通州运河两岸的老旧小区里有了专人管。从今年起，通州区在玉桥、北苑等街道的12个老旧小区试点“物业+社区”联动服务，居民报修平均响应时间从原来的一天多缩短至2小时。
“以前没有物业，东西坏了只能自己找人修，价钱也没个准。”玉桥街道某小区居民孙大姐说。如今，小区引入了区属国企物业公司，社区居委会和物业共同设立“服务台”，居民可通过电话、小程序或直接上门报修。
据了解，试点小区的维修项目实行“明码标价”，30项常见维修服务全部公示价格，其中更换灯泡、疏通下水道等12项服务对高龄、独居老人免费。
h: “居民点单，物业接单，社区评单”
试点还建立了居民评价机制，每次服务结束后由居民打分，评价结果与物业服务费挂钩。三个月来，共接到报修1860余件，满意率达96%。
通州区住建委相关负责人表示，今年下半年将在总结经验基础上，把试点扩大到50个小区。
""")

add(id="ue-32", kind="e-paper", ptitle="海峡都市日报 - 第A05版：福州新闻",
title="福州晋安湖畔将建“城市书房”集群", authors=["郑敏", "陈立"], time="2024-12-10",
fmt="div", hfmt="strong",
css="body{margin:0;font:15px/1.8 SimSun}table{width:1000px;margin:auto}.bt{font-size:22px;font-weight:bold;text-align:center}.para{text-indent:2em;margin:8px 0}.nav td{background:#f0f0f0}",
tpl="""
<table><tr><td colspan="2"><b>海峡都市日报</b>　2024-12-10　第A05版：福州新闻　<a>◀上一期</a> <a>下一期▶</a></td></tr>
<tr class="nav"><td colspan="2">A01：头版　A02：要闻　A03：要闻　A04：福州新闻　A05：福州新闻　A06：社会　A07：健康　A08：文体</td></tr>
<tr><td valign="top" width="300">
<p><b>第A05版 福州新闻 本版标题</b></p>
<p><a>福州晋安湖畔将建“城市书房”集群</a></p><p><a>仓山新开通3条社区微公交</a></p><p><a>鼓楼“银龄课堂”开课</a></p><p><a>图片新闻</a></p>
<p><a>PDF版</a></p>
</td><td valign="top">
<p class="bt">福州晋安湖畔将建“城市书房”集群</p>
<p align="center">首批5家书房明年春节前开放，提供24小时自助借阅</p>
<p align="center">□本报记者 郑敏 通讯员 陈立</p>
{BODY}
</td></tr>
<tr><td colspan="2" align="center">海峡都市日报社 版权所有 未经书面授权禁止转载 闽ICP备06005738号</td></tr></table>
""",
body="""
本报讯 昨日，记者从晋安区文体旅局获悉，晋安湖畔将建设“城市书房”集群，首批5家书房计划于明年春节前陆续开放，市民可24小时自助借阅。
据介绍，首批书房选址在晋安湖公园、三江口片区等人流集中区域，每家面积在200至400平方米之间，藏书均在1万册以上，并与福州市图书馆实现“通借通还”。
书房设计突出“湖畔”特色，部分书房设有临湖阅读区，读者可以一边读书一边观湖景。此外，书房还将定期举办读书分享会、亲子绘本课、非遗体验等活动。
“希望市民走几步就能找到一个安静看书的地方。”晋安区文体旅局相关负责人说，城市书房将采取“政府主导、社会参与”的模式运营，引入专业阅读推广机构负责日常管理。
截至目前，福州已建成各类城市书房120余家，今年累计接待读者超过300万人次。
""")

add(id="ue-33", kind="e-paper", ptitle="沈阳晚报电子版",
title="老北市“复活”了", authors=["陈默", "杨柳"], time="2025-01-27 星期一",
fmt="pu", hfmt="strong",
css="body{margin:0}.epaper{display:grid;grid-template-columns:260px 1fr 260px;max-width:1300px;margin:auto}.detail h1{font-size:32px;text-align:center;margin:0}.detail h3,.detail h2{text-align:center;font-weight:normal;margin:4px}.bar{background:#333;color:#fff;padding:6px}",
tpl="""
<div class="bar">沈阳晚报数字报 · 2025-01-27 星期一 · 第A08版：城事 · <a>返回目录</a> <a>本版PDF</a></div>
<div class="epaper"><div>
<p>版次选择</p><select><option>A01 头版</option><option>A08 城事</option></select>
<p><img alt="版面缩略图"></p>
</div><div class="detail">
<h3>春节前夕，百年商埠人气回暖</h3>
<h1>老北市“复活”了</h1>
<h2>老字号回归、民俗表演上新，日均客流超5万人次</h2>
<p style="text-align:center">沈阳晚报、沈报全媒体记者 陈默 杨柳</p>
{BODY}
<p>编辑：宋海</p>
</div><div>
<p><b>本版新闻</b></p><p>老北市“复活”了</p><p>浑南新增两处冰雪乐园</p><p>地铁春运加开夜班车</p>
<p><b>往期回顾</b></p><p>2025-01-24</p><p>2025-01-23</p>
</div></div>
<div>沈阳日报报业集团 版权所有　辽ICP备05001864号</div>
""",
body="""
腊月二十八，沈阳老北市街区张灯结彩。糖画、面人、冰糖葫芦摊位前排起长队，二人转表演台下叫好声不断。“小时候跟着爷爷来逛过，后来冷清了好多年，今年又热闹起来了。”带着孩子来逛街的市民刘先生说。
h: 老字号回来了
老北市是沈阳历史上著名的商埠区。去年以来，皇姑区对街区进行改造提升，吸引了包括百年酱园、老字号烧麦馆在内的17家老字号回归。
“我们家的店上世纪九十年代搬走了，这次回来，老顾客一进门就说‘还是那个味儿’。”一家烧麦馆的第四代传人说。
h: 民俗活动天天有
春节期间，街区每天上演秧歌、高跷、皮影戏等民俗表演，还推出了“老北市年货大集”。据街区管理方统计，进入腊月以来，街区日均客流超过5万人次，较去年同期增长近一倍。
据悉，节后老北市还将引入更多非遗工坊和特色民宿，打造沈阳的城市文化名片。
""")

add(id="ue-34", kind="e-paper", ptitle="青海日报 2025年02月12日 第05版 生态",
title="三江源“生态管护员”的新年第一次巡山", authors=["才让卓玛"], time="2025年02月12日",
fmt="p", hfmt="strong",
css="body{margin:0;font-size:15px}.left{float:left;width:230px}.ct{margin-left:250px;max-width:760px}.ct .t{font-size:24px;font-weight:bold}.clr{clear:both}.paper-date{color:#06c}",
tpl="""
<div class="paper-date">青海日报 2025年02月12日 星期三 <a>首页</a> <a>往期</a> <a>检索</a></div>
<div class="left">
<p>版面导航</p>
<ol><li>01版：要闻</li><li>02版：要闻</li><li>03版：综合</li><li>04版：经济</li><li>05版：生态</li><li>06版：文化</li></ol>
<p>05版：生态 <a>PDF</a></p>
<p>本版新闻</p><p>· 三江源“生态管护员”的新年第一次巡山</p><p>· 可可西里藏羚羊种群数量稳步增长</p><p>· 我省启动2025年国土绿化行动</p>
</div>
<div class="ct">
<p class="t">三江源“生态管护员”的新年第一次巡山</p>
<p>本报记者　才让卓玛</p>
{BODY}
<p>（图片由受访者提供）</p>
<p><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></p>
</div>
<div class="clr">青海日报社 版权所有　青ICP备05000371号　本网站所刊登的各种新闻、信息和各种专题专栏资料，均为青海日报社版权所有。</div>
""",
body="""
正月初五一早，玉树州杂多县昂赛乡的生态管护员扎西尼玛就骑上摩托车，沿着澜沧江上游的河谷出发了。这是他新年的第一次巡山。
海拔4200多米的河谷里，寒风刺骨。扎西尼玛每走一段，就停下来用望远镜观察远处的山坡，在手机上的巡护软件里记录下看到的野生动物。“今天运气好，看到了一群岩羊，大概有30多只。”
扎西尼玛当生态管护员已经8年了。他负责的片区有近200平方公里，每月至少要巡护4次，主要任务是监测野生动物、劝阻非法采挖、清理垃圾和排查火情隐患。
“以前放牧，现在护山，收入有保障，心里也踏实。”扎西尼玛说。
目前，三江源国家公园共设置生态管护公益岗位1.7万余个，实现了园区内牧民“一户一岗”全覆盖。管护员们用脚步丈量着这片“中华水塔”，也在保护中实现了增收。
""")

add(id="ue-35", kind="e-paper", ptitle="厦门晚报数字报-第08版：鹭岛生活-“候鸟”老人在厦过冬有了“第二个家”",
title="“候鸟”老人在厦过冬有了“第二个家”", authors=["黄婉婷", "吴晓丽"], time="2024年12月03日",
fmt="p", hfmt="strong",
css="body{margin:0;font:16px/1.8 serif}.ep-top{background:#2b5797;color:#fff;padding:6px 20px}.ep{display:flex;max-width:1200px;margin:auto}.ep-nav{width:280px}.ep-art{flex:1;padding:0 30px}.ep-art .main{font-size:28px;text-align:center;font-weight:bold;margin:0}.ep-art .sub{text-align:center;color:#444}",
tpl="""
<div class="ep-top">厦门晚报 <span>2024年12月03日</span> <a>第07版</a> | <a>第09版</a> <a>版面概览</a></div>
<div class="ep">
<div class="ep-nav"><p><b>第08版：鹭岛生活</b></p><p><img alt="第08版版面"></p><p>标题导航</p><ul><li>“候鸟”老人在厦过冬有了“第二个家”</li><li>同安推出冬季养生药膳</li><li>社区医生上门送健康</li></ul></div>
<div class="ep-art">
<p class="main">“候鸟”老人在厦过冬有了“第二个家”</p>
<p class="sub">思明区开设“候鸟老人服务驿站” 提供就医、文娱、互助等服务</p>
<p>文/图 本报记者 黄婉婷 通讯员 吴晓丽</p>
{BODY}
<p>标签：候鸟老人 思明区 养老服务</p>
</div></div>
<div>厦门日报社主办　厦门网承办　闽ICP备06001839号　Copyright 2024</div>
""",
body="""
入冬后，来自东北、西北的“候鸟”老人陆续来到厦门过冬。在思明区滨海街道，一家专门为“候鸟”老人开设的服务驿站近日开门迎客。
img: 老人们在驿站里练习书法
cap: 老人们在驿站里练习书法。
驿站面积约300平方米，设有健康小屋、书画室、棋牌室和多功能活动厅。来自哈尔滨的72岁老人张秀珍已经连续五年来厦门过冬，她说：“以前在这儿人生地不熟，看病不知道去哪，现在有了驿站，就像有了第二个家。”
据了解，驿站联合辖区社区卫生服务中心，为“候鸟”老人提供建档、慢病随访和异地就医结算咨询等服务；还组建了“候鸟”老人志愿服务队，发挥老人的专长，开设书法、合唱、太极拳等课程。
滨海街道相关负责人介绍，辖区每年冬季有约3000名“候鸟”老人居住，驿站开放一周以来，已为120余名老人建立了健康档案。
""")
