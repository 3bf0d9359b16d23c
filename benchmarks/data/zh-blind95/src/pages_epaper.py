"""Newspaper e-paper pages wr-31 … wr-35."""
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
PAGES = []

# wr-31 — 2019 数字报 (left page image + right article), 引题/主题/副题
PAGES.append(dict(
    id="wr-31", kind="epaper", lang="zh",
    doctitle="韩江日报数字报-从“卖产品”到“卖品牌”",
    title="从“卖产品”到“卖品牌”",
    authors=["许晓丹", "陈泽锋"],
    time="2025年03月13日",
    features="数字报 2019: 版次 bar 第A02版：要闻 with 上一版/下一版; 引题 潮州陶瓷企业加快转型升级 / 主题 / 副题 —— 今年以来… ; byline 本报记者 许晓丹 通讯员 陈泽锋 on own line; 本版标题 list; 往期回顾 date picker",
    css="""body{margin:0;font-size:12px;background:#d9d9d9}.ep{width:1200px;margin:0 auto;background:#fff}.ep-h{background:#8b0000;color:#fff;padding:8px;font-size:22px}
.ep-b{display:flex}.ep-l{width:380px;border-right:1px solid #ccc;padding:8px}.ep-r{flex:1;padding:14px 30px}.yt{font-size:16px;color:#444;text-align:center}
.zt{font-size:26px;font-weight:bold;text-align:center}.ft{font-size:16px;text-align:center;color:#444}.ep-r .ct p{font-size:15px;line-height:1.9}""",
    style="indent",
    html=f"""
<div class="ep"><div class="ep-h">韩江日报 <small style="font-size:12px">2025年03月13日 星期四</small></div>
<div style="padding:4px 8px;background:#f0e0e0"><a href="#">首页</a> | <a href="#">往期回顾</a> | 日期：<select><option>2025-03-13</option></select> | <a href="#">PDF下载</a></div>
<div class="ep-b">
<div class="ep-l">
<div>第A02版：要闻　<a href="#">上一版</a>　<a href="#">下一版</a></div>
<img alt="版面图" src="{GIF}" width="1" height="1">
<div><b>版面导航</b><br><a href="#">A01：头版</a><br><a href="#">A02：要闻</a><br><a href="#">A03：综合</a><br><a href="#">A04：潮州新闻</a></div>
<div><b>本版标题</b><br>· <a href="#">从“卖产品”到“卖品牌”</a><br>· <a href="#">我市召开一季度经济运行分析会</a><br>· <a href="#">韩江北堤加固工程完成过半</a><br>· <a href="#">湘桥区“一老一小”服务提质</a></div>
</div>
<div class="ep-r">
<div class="yt">潮州陶瓷企业加快转型升级</div>
<div class="zt">从“卖产品”到“卖品牌”</div>
<div class="ft">——今年以来全市新增陶瓷自主品牌27个</div>
<p style="text-align:center">本报记者 许晓丹　通讯员 陈泽锋</p>
<div class="ct">
{{BODY}}
</div>
<p><a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">返回目录</a></p>
</div></div>
<div style="text-align:center;padding:8px;background:#eee">韩江日报社版权所有 粤ICP备06016201号 本报地址：潮州市枫春路 联系电话：0768-2203691</div></div>""",
    body=[
        ("p", "在潮安区古巷镇一家陶瓷企业的展厅里，一套融合潮州木雕元素的日用瓷茶具格外引人注目。“这是我们今年推出的新品，从设计到包装都是自己做的，贴的是自己的牌子。”企业负责人告诉记者，过去企业主要为国外品牌代工，利润薄、话语权小，近年来下决心打造自主品牌，产品单价提高了三成以上。"),
        ("p", "这家企业的转变是潮州陶瓷产业转型升级的缩影。今年以来，全市新增陶瓷自主品牌27个，陶瓷产品跨境电商出口额同比增长18%。"),
        ("p", "为推动企业从“卖产品”向“卖品牌”转变，潮州市出台扶持政策，对获得国家级、省级工业设计奖项的企业给予奖励，并组织企业参加国内外知名展会。同时，依托潮州陶瓷职业技术学院等院校，培养陶瓷设计人才，为企业提供设计服务。"),
        ("p", "市工业和信息化局有关负责人表示，下一步将继续支持龙头企业做大做强，引导中小企业走“专精特新”发展道路，推动潮州陶瓷由“制造”向“创造”转变。"),
    ],
))

# wr-32 — 2011 table-layout 电子版 (闽西); 引题 only + 主题; closing byline (本报记者 …)
PAGES.append(dict(
    id="wr-32", kind="epaper", lang="zh",
    doctitle="闽西日报电子版",
    title="连城地瓜干产业产值突破五十亿元",
    authors=["温晓燕"],
    time="2025-03-11",
    features="2011 table-layout 电子版; header 闽西日报 2025-03-11 第3版：综合新闻; 引题 品牌强了 销路宽了 农民富了 + 主题; closing （本报记者 温晓燕） as last paragraph's tail; 本版其他文章 list in table; 版面 1-8 number links",
    css="""body{font-size:12px;font-family:宋体}td{font-size:12px}.tit{font-size:22px;font-weight:bold;color:#000}.yin{font-size:14px;color:#333}.cont{font-size:14px;line-height:24px}""",
    style="br",
    html=f"""
<table width="1000" align="center" border="0" cellspacing="0" cellpadding="0">
<tr><td colspan="2" bgcolor="#006633" style="color:#fff;font-size:24px;padding:8px">闽西日报 电子版</td></tr>
<tr><td colspan="2" bgcolor="#ddeedd">2025-03-11 第3版：综合新闻　版面：<a href="#">1</a> <a href="#">2</a> <a href="#">3</a> <a href="#">4</a> <a href="#">5</a> <a href="#">6</a> <a href="#">7</a> <a href="#">8</a>　<a href="#">前一期</a> <a href="#">后一期</a></td></tr>
<tr><td width="300" valign="top">
<table width="100%" border="1" cellspacing="0"><tr><td><img alt="" src="{GIF}">第3版：综合新闻</td></tr>
<tr><td>本版其他文章</td></tr>
<tr><td><a href="#">连城地瓜干产业产值突破五十亿元</a></td></tr>
<tr><td><a href="#">上杭县开展春季消防安全大检查</a></td></tr>
<tr><td><a href="#">武平：林下经济助力乡村振兴</a></td></tr></table>
</td><td valign="top" style="padding:10px 20px">
<table width="100%"><tr><td align="center" class="yin">品牌强了　销路宽了　农民富了</td></tr>
<tr><td align="center" class="tit">连城地瓜干产业产值突破五十亿元</td></tr>
<tr><td class="cont">
{{BODY}}
</td></tr></table>
</td></tr>
<tr><td colspan="2" align="center" bgcolor="#eeeeee">闽西日报社主办　版权所有 不得转载　闽ICP备05001527号</td></tr>
</table>""",
    body=[
        ("p", "记者从连城县农业农村局获悉，2024年连城地瓜干产业全产业链产值突破50亿元，种植面积达到8.6万亩，带动全县近7万名农民增收。"),
        ("p", "连城种植地瓜已有四百多年历史，红心地瓜干曾作为“贡品”闻名。近年来，连城县大力推进地瓜干产业标准化、品牌化建设，制定了从种植、加工到包装的全程技术规范，“连城地瓜干”获评国家地理标志保护产品。"),
        ("p", "在连城县工业园区，一家地瓜干加工企业的生产线正在满负荷运转。企业负责人说，去年企业新增了冷链仓储和自动化烘烤设备，产品远销日本、韩国和东南亚，出口额同比增长25%。"),
        ("p", "目前，连城县拥有地瓜干加工企业200余家，其中规模以上企业18家，开发出地瓜干、地瓜脆、地瓜粉丝等100多个产品。今年，该县将重点推进地瓜良种繁育基地建设，让“小地瓜”成为群众致富的“金疙瘩”。（本报记者 温晓燕）"),
    ],
))

# wr-33 — 2023 responsive 数字报 (太行日报); 主题 printed on two lines; 副题; byline 记者 … 实习生? no — 记者 两人
PAGES.append(dict(
    id="wr-33", kind="epaper", lang="zh",
    doctitle="太行日报 - 第04版：区县新闻 - 高平：“小炉具”烧出“大产业”",
    title="高平：“小炉具”烧出“大产业”",
    authors=["申志刚", "牛  菲".replace("  ", "")],
    time="2025年03月14日",
    features="2023 responsive 数字报: top bar with date 2025年03月14日 星期五 and 版次 dropdown 第04版：区县新闻; 引题 + 主题 + 副题 stack; 主题 broken over two lines with <br> (joined without space); 记者 申志刚 牛  菲 (spaced) ; 图片说明 with 摄; 本版导读 list after article",
    css="""body{margin:0;font-family:'Noto Serif SC',serif;background:#faf7f2}.dp-top{background:#5d4037;color:#fff;padding:10px 6%;display:flex;justify-content:space-between}
.dp-wrap{max-width:900px;margin:0 auto;padding:20px}.dp-yt,.dp-ft{text-align:center;color:#6d4c41;font-size:17px}.dp-zt{text-align:center;font-size:30px;font-weight:bold;line-height:1.35;margin:6px 0}
.dp-au{text-align:center;color:#666;margin:10px 0}.dp-wrap p{font-size:17px;line-height:1.9}.caption{font-size:14px;color:#777;text-align:center}""",
    style="p",
    html=f"""
<div class="dp-top"><b>太行日报</b><span>2025年03月14日 星期五</span><span>第04版：区县新闻 ▼ | <a style="color:#fff" href="#">版面概览</a> | <a style="color:#fff" href="#">往期</a></span></div>
<div class="dp-wrap">
<div class="dp-yt">民营企业转型升级观察</div>
<div class="dp-zt">高平：“小炉具”<br>烧出“大产业”</div>
<div class="dp-ft">——全市炉具产品年销量突破300万台</div>
<div class="dp-au">记者 申志刚 牛  菲</div>
{{BODY}}
<div style="border-top:1px solid #d7ccc8;margin-top:20px"><b>本版导读</b><ul><li><a href="#">泽州县“春风行动”送岗到家门口</a></li><li><a href="#">阳城：蚕桑产业迎来新春</a></li><li><a href="#">陵川太行云顶景区3月18日开园</a></li></ul></div>
</div>
<div style="text-align:center;font-size:12px;color:#8d6e63;padding:16px">太行日报社 版权所有 · 晋ICP备10200317号-1 · 本网站所刊登的各种新闻、信息，未经协议授权，禁止下载使用</div>""",
    body=[
        ("p", "走进高平市一家炉具企业的生产车间，激光切割机、机器人焊接线高速运转，一台台外观时尚的取暖炉、烤火炉陆续下线，打包后发往东北、西北及俄罗斯、蒙古国等地。"),
        ("img", "工人在生产线上组装炉具", "工人在生产线上组装炉具。　记者 申志刚 摄"),
        ("p", "高平炉具产业起步于上世纪八十年代，经过四十年发展，已形成集研发、生产、销售于一体的完整产业链。目前，全市有炉具生产企业130余家，产品涵盖采暖炉、炊事炉、户外炉等200多个品种，年销量突破300万台，占全国同类产品市场份额的三成以上。"),
        ("p", "近年来，面对清洁取暖带来的市场变化，高平炉具企业主动转型，研发生物质颗粒炉、电热炉等清洁能源产品，并借助电商平台拓展市场。“去年我们网上销售额占到了一半以上。”一家企业的负责人说。"),
        ("p", "高平市还建成了炉具产业园和产品检测中心，帮助企业解决用地、检测、融资等难题。下一步，高平将培育炉具区域公用品牌，推动产业向高端化、智能化、绿色化发展。"),
    ],
))

# wr-34 — 晚报 e-paper (松花江晚报) 2016 flash-era fallback page; headline with 引题, byline in first paragraph 本报讯（记者 …）
PAGES.append(dict(
    id="wr-34", kind="epaper", lang="zh",
    doctitle="松花江晚报 第A05版 城事",
    title="江北公园今年将改造提升",
    authors=["高  宇".replace("  ", "")],
    time="2025年03月10日 星期一",
    features="2016 晚报 e-paper: top line 2025年03月10日 星期一 (weekday kept); 第A05版：城事 with 版面 thumbnails alt text; 引题 新增儿童游乐区和健身步道 + 主题; 本报讯（记者 高  宇）spaced name in first paragraph; 标题导航 list; 【打印】【关闭】 and 稿件来源",
    css="""body{margin:0;font:13px/1.6 'Microsoft YaHei';background:#ececec}.sw{width:1100px;margin:0 auto;background:#fff;display:flex}.sw-l{width:300px;background:#f9f9f9;padding:10px}
.sw-r{flex:1;padding:16px 30px}.sw-r .a{font-size:15px;color:#555}.sw-r .b{font-size:28px;font-weight:bold}.sw-r .txt p{font-size:15px;line-height:2}""",
    style="indent",
    html=f"""
<div style="background:#1565c0;color:#fff;padding:10px 0;text-align:center;font-size:24px">松花江晚报</div>
<div style="width:1100px;margin:0 auto;background:#e3f2fd;padding:4px">2025年03月10日 星期一　<a href="#">第A01版</a> <a href="#">第A02版</a> <a href="#">第A03版</a> <a href="#">第A04版</a> <a href="#">第A05版</a> <a href="#">第A06版</a>　<a href="#">PDF版</a></div>
<div class="sw">
<div class="sw-l"><p>第A05版：城事</p><img alt="版面缩略图" src="{GIF}"><p><b>标题导航</b></p><p>· <a href="#">江北公园今年将改造提升</a></p><p>· <a href="#">哈达湾老工业区开工建设商业综合体</a></p><p>· <a href="#">吉林市启动“雨污分流”三年行动</a></p></div>
<div class="sw-r">
<div class="a">新增儿童游乐区和健身步道</div>
<div class="b">江北公园今年将改造提升</div>
<div class="txt">
{{BODY}}
</div>
<p>稿件来源：松花江晚报　【<a href="#">打印</a>】【<a href="#">关闭</a>】</p>
</div></div>
<div style="text-align:center;font-size:12px;padding:10px">松花江晚报社 版权所有 吉ICP备08100527号</div>""",
    body=[
        ("p", "本报讯（记者 高  宇）记者从吉林市城市管理局获悉，始建于上世纪五十年代的江北公园今年将进行改造提升，工程计划4月中旬开工，10月底前完工。"),
        ("p", "据介绍，此次改造将对公园内老化的园路、照明、给排水等设施进行全面更新，新建一处约3000平方米的儿童游乐区和一条长约2.5公里的环湖健身步道，同时增设公共卫生间、休息座椅和无障碍设施。"),
        ("p", "改造方案在设计阶段曾向社会公开征求意见，共收到市民建议400余条。其中，保留公园内老树、恢复老年人活动广场等建议被采纳。"),
        ("p", "家住公园附近的市民刘先生说：“这个公园陪了我们几代人，早就该修修了。听说老树都留着，我们心里就踏实了。”"),
        ("p", "施工期间，公园将分区域封闭施工，不影响市民正常游园。城管部门提醒市民注意施工区域安全标识，不要进入围挡区域。"),
    ],
))

# wr-35 — 2025 e-paper (珠江商报 数字报) card layout; 主题 + 副题 only; byline 撰文：… 摄影：… (photographer excluded)
PAGES.append(dict(
    id="wr-35", kind="epaper", lang="zh",
    doctitle="珠江商报数字报 | 佛山家居企业抱团出海",
    title="佛山家居企业抱团出海",
    authors=["冯嘉怡"],
    time="2025-03-15",
    features="2025 e-paper card UI: 版次 chips A01 要闻 … B04 产经; 主题 + 副题 (中东、东南亚订单同比增长超三成); byline 撰文：冯嘉怡　摄影：梁志强 (photographer excluded); 刊期 2025-03-15 第B04版; 本版新闻 list; 返回版面",
    css="""body{margin:0;background:#fff;font-family:system-ui}.zc-top{padding:12px 5%;border-bottom:1px solid #eee;display:flex;gap:10px;align-items:center}
.chip{display:inline-block;border:1px solid #ccc;border-radius:14px;padding:2px 10px;font-size:13px;margin:2px}.chip.on{background:#0b7d77;color:#fff}
.zc-art{max-width:760px;margin:20px auto}.zc-art h1{font-size:30px;margin-bottom:0}.zc-art h2{font-size:18px;color:#555;font-weight:normal;margin-top:6px}.zc-art .by{color:#888;font-size:14px}""",
    style="p",
    html=f"""
<div class="zc-top"><b style="color:#0b7d77">珠江商报</b><span>数字报</span><span>刊期 2025-03-15 第B04版</span></div>
<div style="padding:6px 5%"><span class="chip">A01 要闻</span><span class="chip">A02 时政</span><span class="chip">A03 城事</span><span class="chip">B01 财经</span><span class="chip on">B04 产经</span></div>
<div class="zc-art">
<h1>佛山家居企业抱团出海</h1>
<h2>中东、东南亚订单同比增长超三成</h2>
<div class="by">撰文：冯嘉怡　摄影：梁志强</div>
{{BODY}}
<h4>本版新闻</h4><ul><li><a href="#">顺德小家电一季度出口稳中有升</a></li><li><a href="#">南海铝型材企业加码研发投入</a></li></ul>
<p><a href="#">← 返回版面</a></p>
</div>
<div style="text-align:center;color:#999;font-size:12px;padding:16px">珠江商报社 主办 · 粤ICP备11005372号</div>""",
    body=[
        ("p", "3月上旬，来自佛山顺德、南海的23家家居企业组团参加迪拜国际家具展，现场签约意向订单金额超过1.2亿美元。这是今年以来佛山家居企业第三次组团出海参展。"),
        ("img", "佛山家居企业在迪拜展会上洽谈订单", "佛山家居企业在迪拜展会上洽谈订单。"),
        ("p", "“以前都是各自出去，展位小、成本高。现在行业协会牵头组团，统一布展、统一宣传，效果好很多。”顺德一家实木家具企业的外贸经理说，公司今年一季度中东订单同比增长了40%。"),
        ("p", "据佛山市家具行业协会统计，2024年佛山家具出口额达到286亿元，其中对中东、东南亚市场出口分别增长34%和31%。越来越多企业开始在海外设立展厅和仓库，通过“前店后仓”模式缩短交货周期。"),
        ("p", "业内人士指出，在国内市场竞争加剧的背景下，开拓新兴市场成为家居企业的重要增长点，但企业也要注意汇率波动、贸易壁垒等风险，加强品牌建设和知识产权保护。"),
    ],
))
