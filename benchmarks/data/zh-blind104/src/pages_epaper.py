"""Newspaper e-paper pages va-31 .. va-35."""
from lib import ul, links, img, GIF, U2

PAGES = []
A = PAGES.append

# ---------------------------------------------------------------- va-31
A(dict(
    id="va-31", kind="e-paper", lang="zh",
    features="湖北 provincial daily 数字报 (2015 table template): 版次 select + 上一版/下一版, 引题 / 主题 / 副题 stack (title = 主题 only), '本报记者 … 通讯员 …' line under the副题 (not body, authors), date '2024年06月18日' in the top bar, 本版标题 list in the left column; 第03版：要闻",
    title="武汉新城建设按下“快进键”",
    authors=["万敏", "杨文涛", "李晓阳"],
    publish_time="2024年06月18日 星期二",
    head_title="湖北日报数字报-武汉新城建设按下“快进键”",
    css="""body{margin:0;font-size:12px;background:#ddd;font-family:SimSun}
#all{width:1000px;margin:0 auto;background:#fff}
.date{background:#9e0b0f;color:#fff;padding:6px 10px}.date a{color:#fff}
td.left{width:320px;vertical-align:top;background:#f7f1e8;padding:8px}
td.right{vertical-align:top;padding:14px 24px}
.yt{font-size:15px;color:#333;text-align:center}
.zt{font:bold 26px SimHei;text-align:center;color:#000;margin:4px 0}
.ft{font-size:16px;text-align:center;color:#333}
.zz{text-align:center;color:#555}
.txt{font-size:14px;line-height:2}
.bq{border:1px solid #ccc;height:300px;text-align:center;color:#999}""",
    shell=f"""<div id="all">
<div class="date">湖北日报　2024年06月18日　星期二　<a href="#">往期回顾</a>　<a href="#">PDF下载</a>　<a href="#">返回目录</a></div>
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td class="left">
<div>版次：<select><option>第01版：头版</option><option>第02版：要闻</option><option selected>第03版：要闻</option><option>第04版：经济</option></select></div>
<div><a href="#">上一版</a>　<a href="#">下一版</a></div>
<div class="bq">{img('版面缩略图')}</div>
<b>本版标题</b>
{ul(['武汉新城建设按下“快进键”','全省夏粮收购进度过半','鄂州花湖机场国际货运航线增至20条','图片新闻'])}
</td>
<td class="right">
<p class="yt">科创大走廊项目集中开工 重大基础设施加快推进</p>
<p class="zt">武汉新城建设按下“快进键”</p>
<p class="ft">——上半年完成投资逾600亿元</p>
<p class="zz">本报记者 万敏 杨文涛 通讯员 李晓阳</p>
<div class="txt">@@BODY@@</div>
<p><a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">返回本版</a></p>
</td></tr></table>
<div style="text-align:center;padding:10px;background:#eee">湖北日报社版权所有　未经授权不得转载<br>鄂ICP备1800X512号-2</div>
</div>""",
    bstyle={"p": "u3000"},
    blocks=[
        ("p", "6月17日，武汉新城科创大走廊10个重大项目集中开工，总投资达到286亿元。记者从武汉新城建设指挥部获悉，今年上半年，武汉新城已完成投资逾600亿元，一批标志性项目加速落地。"),
        ("p", "武汉新城规划范围719平方公里，横跨武汉、鄂州两市，是湖北打造全国科技创新高地的重要承载区。集中开工的项目涵盖光电子信息、生物医药、人工智能等领域，其中既有龙头企业的研发总部，也有公共技术服务平台。"),
        ("p", "在花山河两岸，城市主干道、综合管廊、河道整治工程同步推进，工地上一派繁忙景象。建设单位负责人介绍，为抢抓汛期前的施工窗口，工地实行“两班倒”作业，主要道路工程预计年底前具备通车条件。"),
        ("p", "“武汉新城不是简单的城市扩张，而是要形成科技创新和产业发展的新引擎。”省发展改革委有关负责人表示，下一步将加快推进重大科技基础设施布局，完善跨市协同机制，推动武鄂两地规划、交通、公共服务一体化。"),
    ],
))

# ---------------------------------------------------------------- va-32
A(dict(
    id="va-32", kind="e-paper", lang="zh",
    features="福建 evening paper 电子版 (2010-era frameset-like table layout, left column 版面导航 with 'A01 头版 A02 要闻 A03 厦门 …'), 引题 above 主题, no 副题; byline '□记者 林  涛 通讯员 洪欣怡 文/图' on its own line (not body); 本版标题 list below article; 日期 in the masthead with weekday and 农历",
    title="环岛路海岸线修复工程完工",
    authors=["林涛", "洪欣怡"],
    publish_time="2023年09月14日 星期四",
    head_title="厦门晚报-环岛路海岸线修复工程完工",
    css="""body{margin:0;font-family:SimSun;font-size:12px;background:#fff}
.mh{height:70px;background:#003366;color:#fff;padding:0 20px;line-height:70px;font-size:14px}
.mh b{font-size:30px;margin-right:20px}
table.lay td{vertical-align:top}
.bm a{display:block;padding:3px 6px;border-bottom:1px dotted #999}
.yt{color:#036;font-size:14px;text-align:center;margin:10px 0 0}
.zt{font:bold 24px "Microsoft YaHei";text-align:center;margin:6px 0}
.zz{text-align:center}
.content{font-size:14px;line-height:1.9;padding:0 14px}
.titles{border-top:2px solid #036;margin-top:14px}""",
    shell=f"""<div class="mh"><b>厦门晚报</b>2023年09月14日 星期四　农历癸卯年七月三十</div>
<table class="lay" width="100%"><tr>
<td width="180" class="bm"><b>版面导航</b>{links(['A01：头版','A02：要闻','A03：厦门','A04：厦门','A05：社区','A06：文体','A07：财经','A08：广告'],'')}</td>
<td>
<div>当前版：A03：厦门　<a href="#">上一版</a> <a href="#">下一版</a>　<a href="#">PDF</a></div>
<p class="yt">历时十个月 恢复沙滩约3万平方米</p>
<p class="zt">环岛路海岸线修复工程完工</p>
<p class="zz">□记者 林  涛 通讯员 洪欣怡 文/图</p>
<div class="content">@@BODY@@</div>
<div class="titles"><b>本版标题</b>{ul(['环岛路海岸线修复工程完工','思明区新增8处“口袋公园”','中秋国庆假期公交加密班次','本市今起开展燃气安全检查'])}</div>
</td></tr></table>
<div style="text-align:center;color:#666;padding:10px">厦门日报社版权所有　闽ICP备05008X36号</div>""",
    bstyle={"p": "u3000"},
    blocks=[
        ("p", "昨日，记者从市海洋发展局获悉，环岛路黄厝至曾厝垵段海岸线生态修复工程已全部完工，修复岸线约2.8公里，恢复沙滩面积约3万平方米。"),
        ("img", "修复后的沙滩", "修复后的环岛路沙滩吸引市民游客前来休闲。"),
        ("p", "这段岸线因多年海浪侵蚀，部分沙滩变窄，局部护岸出现坍塌。去年11月，修复工程开工，采取“人工补沙＋离岸潜堤”的方式，从外海调运优质海沙进行补沙，同时在离岸约200米处建设潜堤，减缓海浪对沙滩的冲刷。"),
        ("p", "工程还对沿线木栈道、淋浴设施进行了提升，新种植木麻黄、草海桐等海岸防护植物1.2万株。市海洋发展局相关负责人介绍，修复后的沙滩平均宽度由原来的不足20米拓宽到50米以上。"),
        ("p", "“沙滩变宽了，踩上去软软的，周末带孩子来玩很方便。”正在海边散步的市民陈女士说。据了解，今年我市还将启动五缘湾、下潭尾等岸段的生态修复，持续提升海岸带生态质量。"),
    ],
))

# ---------------------------------------------------------------- va-33
A(dict(
    id="va-33", kind="e-paper", lang="zh",
    features="青海 provincial daily 数字报 (2019 'paper-view' layout): top 版次 tabs and 日期 picker, headline stack 引题 + 主题 (two lines joined) + 副题, byline '本报记者  芈  峰' under stack with double spaces, 图片说明 caption, 本版其他文章 list on the right; info '发布时间：2024-08-02' at the bottom",
    title="格尔木光伏治沙项目让戈壁披上“绿装”",
    authors=["芈峰"],
    publish_time="2024-08-02",
    head_title="青海日报数字报 | 格尔木光伏治沙项目让戈壁披上“绿装”",
    css="""body{margin:0;font-family:"Microsoft YaHei";background:#f3efe6}
.top{background:#7b1f1f;color:#fff;padding:10px 40px;display:flex;justify-content:space-between}
.top a{color:#fff;margin-left:8px}
.tabs{background:#fff;padding:6px 40px}.tabs a{margin-right:10px;padding:2px 6px;border:1px solid #ccc;font-size:13px}
.paper{display:flex;gap:20px;padding:20px 40px}
.article{flex:1;background:#fff;padding:20px 40px}
.yin{color:#666;text-align:center;margin:0}
.article h1{font-size:28px;text-align:center;margin:8px 0}
.fu{color:#444;text-align:center}
.by{text-align:center;color:#7b1f1f}
.article p{line-height:1.9;font-size:16px}
.other{width:300px;background:#fff;padding:16px}
.fb{color:#999;font-size:13px}""",
    shell=f"""<div class="top"><span>青海日报 · 数字报</span><span>日期：<input type="text" value="2024-08-02">{links(['往期','PDF','返回首页'])}</span></div>
<div class="tabs">{links(['第01版 要闻','第02版 要闻','第03版 经济','第04版 综合','第05版 三江源','第06版 理论','第07版 文化','第08版 体育'],'')}</div>
<div class="paper"><div class="article">
<p class="yin">板上发电 板下种草 板间牧羊</p>
<h1>格尔木光伏治沙项目<br>让戈壁披上“绿装”</h1>
<p class="fu">——柴达木盆地新能源与生态修复协同发展观察</p>
<p class="by">本报记者&nbsp;&nbsp;芈&nbsp;&nbsp;峰</p>
@@BODY@@
<p class="fb">发布时间：2024-08-02　来源：青海日报　第03版：经济</p>
</div>
<div class="other"><b>本版其他文章</b>{ul(['上半年全省规上工业增加值增长8.1%','海西州盐湖提锂项目进入试生产','西宁综合保税区进出口额创新高','图片新闻'])}</div></div>
<div style="text-align:center;color:#666;font-size:12px;padding:10px">青海日报社主办　青ICP备05000107号-2</div>""",
    bstyle={"p": "u3000"},
    blocks=[
        ("p", "盛夏时节，驱车行驶在格尔木市东出口的光伏园区，一排排蓝色光伏板整齐排列，板下绿草茵茵，一群群羊在板间悠闲地吃草。很难想象，这里几年前还是风沙肆虐的戈壁荒滩。"),
        ("img", "光伏板下羊群", "光伏板下，羊群在吃草。本报记者 芈峰 摄"),
        ("p", "格尔木光伏园区规划面积约300平方公里，已建成光伏电站装机容量超过800万千瓦。光伏板能降低风速、减少蒸发，板下土壤湿度比周边提高约三成，为植被恢复创造了条件。企业在板下播撒耐旱牧草种子，配套滴灌设施，植被覆盖度由不足5%提高到40%以上。"),
        ("p", "“光伏板要定期清洗，清洗的水正好用来浇草；草长起来了，再请附近牧民赶羊进来吃草，既解决了除草问题，牧民也多了一份收入。”园区一家电站负责人说。"),
        ("p", "据统计，格尔木光伏治沙面积已累计达到12万亩，每年可减少二氧化碳排放约900万吨。海西州相关负责人表示，将总结推广“光伏＋生态＋牧业”模式，推动新能源开发与生态修复协同发展。"),
    ],
))

# ---------------------------------------------------------------- va-34
A(dict(
    id="va-34", kind="e-paper", lang="zh",
    features="天津 evening paper 数字报 (2023 responsive e-paper with 版面图 hotspots as alt text); breadcrumb '今晚报 > 2025年04月22日 > 第06版：民生' (date as printed in the 版次 line), 主题 + 副题 (no 引题), byline '本报记者 … 见习记者 …', '本版责编 …' line (not author), 上一篇/下一篇, 版面列表",
    title="社区食堂开进老旧小区",
    authors=["孟欣", "付晨阳"],
    publish_time="2025年04月22日",
    head_title="今晚报-社区食堂开进老旧小区",
    css="""body{margin:0;font-family:"Noto Sans SC","Microsoft YaHei";background:#fff}
header{display:flex;justify-content:space-between;padding:14px 5%;background:#111;color:#fff}
header b{font-size:26px;color:#f9d71c}header a{color:#ddd;margin-left:10px}
.crumb{padding:10px 5%;font-size:13px;color:#666}
.grid{display:grid;grid-template-columns:360px 1fr;gap:30px;padding:0 5%}
.pg{border:1px solid #ddd;min-height:400px;padding:10px}
.pg img{display:block;margin:6px 0}
.art h1{font-size:30px;margin:10px 0 4px}
.sub{font-size:18px;color:#555;margin:0 0 10px}
.au{color:#c00}
.art p{font-size:17px;line-height:1.9}
footer{text-align:center;color:#999;font-size:12px;padding:20px}""",
    shell=f"""<header><b>今晚报</b><span>{links(['数字报首页','版面导航','往期回顾','PDF下载'])}</span></header>
<div class="crumb">今晚报 &gt; 2025年04月22日 &gt; 第06版：民生</div>
<div class="grid">
<div class="pg">{img('社区食堂开进老旧小区')}{img('天津今年新增养老床位1500张')}{img('广告')}<b>版面列表</b>{ul(['第05版：民生','第06版：民生','第07版：城事','第08版：副刊'])}</div>
<div class="art">
<h1>社区食堂开进老旧小区</h1>
<p class="sub">河西区已建成“家门口的饭桌”23个</p>
<p class="au">本报记者 孟欣 见习记者 付晨阳</p>
@@BODY@@
<p>本版责编 马兰　美编 刘铁</p>
<p>{links(['上一篇：天津今年新增养老床位1500张','下一篇：“五一”假期文旅活动清单发布'],'<br>')}</p>
</div></div>
<footer>今晚报社版权所有　津ICP备0500X166号　互联网新闻信息服务许可证：12120170005</footer>""",
    bstyle={"p": "p", "h": "bold-span"},
    blocks=[
        ("p", "中午11点刚过，河西区友谊路街道一处老旧小区里的社区食堂已经飘出饭菜香。几位老人拿着餐盘排队打饭，红烧肉、清炒油菜、西红柿炒蛋，再加一碗小米粥，一顿饭花了不到15元。"),
        ("h", "“不用做饭了，省心”"),
        ("p", "“老伴走了以后，一个人做饭总是凑合。现在下楼就能吃上热乎饭，省心多了。”82岁的张奶奶说，她几乎每天中午都来，有时候晚上还会打包一份回家。"),
        ("h", "政府补一点，企业让一点"),
        ("p", "这家社区食堂由街道提供场地，引入专业餐饮企业运营，60岁以上老人就餐可享受每餐2元至5元不等的补贴。运营方负责人介绍，食堂采取“中央厨房＋社区配送”模式，既保证了菜品质量，也降低了运营成本。"),
        ("p", "记者从河西区民政局了解到，目前该区已建成社区食堂和老年助餐点23个，日均服务老年人4000余人次。今年将再新建10个，重点覆盖老旧小区和老年人口集中的社区，力争实现助餐服务街道全覆盖。"),
    ],
))

# ---------------------------------------------------------------- va-35
A(dict(
    id="va-35", kind="e-paper", lang="zh",
    features="湖北 city daily e-paper (2017 template with 版面 image map and '标题导航' list): 引题 / 主题 / 副题 with 副题 starting '——', byline at the END of the article as '（三峡日报全媒体记者 … 通讯员 …）' inside the last paragraph (stays in body), date in the header '2024-02-27 星期二'",
    title="秭归脐橙直播带货一季卖出六万吨",
    authors=["向丽", "王凯文"],
    publish_time="2024-02-27 星期二",
    head_title="三峡日报数字报",
    css="""body{margin:0;font:14px/1.8 "Microsoft YaHei";background:#e9e4d8}
.hd{background:#fff;padding:10px 30px;border-bottom:3px solid #b8860b;overflow:hidden}
.hd b{font-size:28px;color:#b8860b}.hd span{float:right;margin-top:10px}
.c3{display:flex;gap:10px;padding:10px 30px}
.c3 > div{background:#fff;padding:10px}
.map{width:260px}.nav3{width:220px}.body3{flex:1}
.body3 .yt,.body3 .ft{text-align:center;color:#555;margin:0}
.body3 h2{text-align:center;font-size:24px;margin:6px 0}""",
    shell=f"""<div class="hd"><span>2024-02-27 星期二　<a href="#">往期查阅</a>　<a href="#">版面导航</a></span><b>三峡日报</b></div>
<div class="c3">
<div class="map"><div>第A2版：综合新闻</div>{img('版面图')}<br><a href="#">上一版</a> <a href="#">下一版</a></div>
<div class="body3">
<p class="yt">冬春季营销成效明显</p>
<h2>秭归脐橙直播带货一季卖出六万吨</h2>
<p class="ft">——电商销售占比首次超过四成</p>
@@BODY@@
</div>
<div class="nav3"><b>标题导航</b>{ul(['秭归脐橙直播带货一季卖出六万吨','夷陵区春耕备耕物资充足','宜都开展春季“消防安全进万家”','当阳：“一网通办”再提速'])}</div>
</div>
<div style="text-align:center;font-size:12px;color:#555;padding:12px">三峡日报传媒集团版权所有　鄂ICP备1000X271号-1</div>""",
    bstyle={"p": "u3000"},
    blocks=[
        ("p", "记者从秭归县农业农村局获悉，2023年11月至2024年2月，秭归脐橙通过电商渠道销售6.2万吨，同比增长21%，电商销售占比首次超过四成。"),
        ("p", "秭归是“中国脐橙之乡”，脐橙种植面积40万亩。这个冬春季，秭归组织果农、合作社、电商企业开展直播带货，县里搭建了“秭归脐橙直播基地”，免费为主播提供场地和设备，还邀请专业团队对果农进行直播培训。"),
        ("p", "在郭家坝镇烟灯堡村，果农王先生把手机架在橙树下，一边摘果一边直播。“一场直播下来能卖一两百单，比以前卖给贩子每斤多赚五六毛钱。”"),
        ("p", "为保障线上销售品质，秭归统一制定了脐橙分级标准和包装规范，建设冷链仓储中心，并与多家快递企业签订协议，确保“今天下单、明天发货”。县农业农村局负责人表示，下一步将培育更多本土带货主播，打响秭归脐橙区域公用品牌。（三峡日报全媒体记者 向丽 通讯员 王凯文）"),
    ],
))
