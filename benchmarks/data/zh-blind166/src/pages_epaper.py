# Newspaper e-paper pages tk-31 .. tk-35. Every page has its own template.
PAGES = []
def add(**kw):
    PAGES.append(dict(kind="epaper", lang="zh", **kw))

# tk-31: 吉林 provincial daily 数字报, classic 2012 table layout: 版面导航 left, article right
add(id="tk-31", title="一汽解放新能源重卡下线量突破十万辆",
    authors=["孟凡明", "徐鹏"], publish_time="2025年06月20日",
    css="""body{font:12px 宋体;margin:0;background:#ddd}table{border-collapse:collapse}.bmdh td{border-bottom:1px dotted #999;line-height:22px}.yt{font-size:14px;color:#333;text-align:center}.zt{font:bold 24px 黑体;text-align:center}.ft{font-size:14px;text-align:center;color:#333}.zw{font-size:14px;line-height:24px}""",
    pstyle="u3000",
    layout="""<body><table width="1000" align="center" bgcolor="#fff"><tr><td colspan="2"><img src="{GIF}" alt="吉林日报"> 吉林日报 数字报刊平台　　2025年06月20日 星期五　　<a>往期回顾</a> <a>PDF下载</a></td></tr>
<tr><td width="300" valign="top"><table width="100%" class="bmdh"><tr><td><b>第01版：要闻</b>　<a>上一版</a> <a>下一版</a></td></tr>
<tr><td>版面导航：第01版：要闻 | 第02版：要闻 | 第03版：经济 | 第04版：综合</td></tr>
<tr><td><b>本版标题</b></td></tr><tr><td>· 全省上半年重点项目建设推进会召开</td></tr><tr><td>· 一汽解放新能源重卡下线量突破十万辆</td></tr><tr><td>· 长吉图开发开放先导区建设提速</td></tr><tr><td>· 我省夏季防汛工作全面部署</td></tr></table>
<p><img src="{GIF}" alt="版面缩略图"></p></td>
<td valign="top" style="padding:10px 20px"><table width="100%"><tr><td class="yt">产品覆盖干线物流、城建渣土、港口短倒等场景</td></tr>
<tr><td class="zt">一汽解放新能源重卡下线量突破十万辆</td></tr>
<tr><td class="ft">——今年前5个月新能源车型销量同比增长62%</td></tr>
<tr><td align="center">2025年06月20日　来源：吉林日报　第01版：要闻</td></tr>
<tr><td class="zw">{BODY}</td></tr></table></td></tr>
<tr><td colspan="2" align="center">吉林日报社版权所有　吉ICP备10001883号</td></tr></table></body>""",
    body=[
        ("p", "本报讯（记者孟凡明 徐鹏）6月19日，随着一辆氢燃料电池重卡驶下总装线，一汽解放新能源重卡累计下线量突破10万辆，成为国内首家新能源重卡下线量突破十万辆的企业。"),
        ("p", "近年来，一汽解放加快新能源转型步伐，构建起纯电动、混合动力、氢燃料三条技术路线并行发展的产品格局，产品覆盖干线物流、城建渣土、港口短倒、矿山运输等多个场景。今年前5个月，一汽解放新能源车型销量达1.8万辆，同比增长62%。"),
        ("p", "在核心技术方面，一汽解放自主研发的新能源动力总成实现批量装车，电驱桥传动效率达到96%以上，整车能耗比行业平均水平降低约8%。企业还在长春、青岛、成都等地建成新能源专属生产线，年产能超过5万辆。"),
        ("p", "一汽解放相关负责人表示，下一步将加快推进新能源产品迭代和海外市场布局，力争到2027年新能源重卡年销量突破5万辆。"),
    ])

# tk-32: 湖北 city daily e-paper, 2020s responsive: 版次 tabs on top, 引题 + 主题 + 副题, 本版 list below
add(id="tk-32", title="荆门“漳河水”润泽百万亩良田",
    authors=["曹文静", "高磊"], publish_time="2025-08-15",
    css="""body{margin:0;font:16px/1.8 "Microsoft YaHei";background:#f4f1ea}.ep-head{background:#8b0000;color:#fff;padding:12px 5%;display:flex;justify-content:space-between}.ep-tabs{display:flex;flex-wrap:wrap;gap:6px;padding:8px 5%;background:#fff}.ep-tabs span{border:1px solid #ccc;padding:2px 8px;font-size:13px}
.ep-art{max-width:820px;margin:20px auto;background:#fff;padding:30px}.intro{color:#555;text-align:center}.main-t{font-size:28px;text-align:center;font-weight:bold;margin:4px 0}.sub{color:#555;text-align:center}.stamp{font-size:13px;color:#999;text-align:center}.list{max-width:820px;margin:auto;font-size:14px}""",
    layout="""<body><div class="ep-head"><span><img src="{GIF}" alt="荆门日报"> 荆门日报 · 数字报</span><span>2025-08-15　第A03版　<a>PDF</a>　<a>日历</a></span></div>
<div class="ep-tabs"><span>A01 头版</span><span>A02 要闻</span><span>A03 经济</span><span>A04 民生</span><span>A05 县市区</span><span>A06 文化</span><span>上一版</span><span>下一版</span></div>
<div class="ep-art"><div class="intro">从“望天收”到“旱涝保收”</div>
<div class="main-t">荆门“漳河水”润泽百万亩良田</div>
<div class="sub">漳河灌区现代化改造一期工程完工，灌溉水利用系数提至0.58</div>
<div class="stamp">2025-08-15 · 荆门日报 · A03 经济</div>
<p class="stamp">记者 曹文静　通讯员 高磊</p>
{BODY}</div>
<div class="list"><b>本版新闻</b><ol><li>荆门“漳河水”润泽百万亩良田</li><li>我市规上工业增加值增长9.1%</li><li>京山桥米获评全国优质稻品牌</li><li>钟祥：中稻开镰在即</li></ol></div>
<p style="text-align:center;font-size:12px">荆门日报传媒集团主办　鄂ICP备05013622号</p></body>""",
    body=[
        ("p", "立秋过后，钟祥市石牌镇的万亩稻田一片翠绿。种粮大户李德华站在田埂上，看着渠道里的清水汩汩流进稻田，心里格外踏实：“今年夏天雨水少，要是搁在以前，这片地早就旱了。”"),
        ("p", "让李德华安心的，是刚刚完工的漳河灌区现代化改造一期工程。漳河灌区是全国大型灌区之一，设计灌溉面积260万亩，覆盖荆门、荆州、宜昌3市7县（市、区）。由于渠系老化、渗漏严重，灌区末端农田长期“喝水难”。"),
        ("h", "渠道“换血” 水流更快"),
        ("p", "2023年以来，灌区累计投资9.6亿元，衬砌改造干支渠412公里，新建改造渠系建筑物1300余座，渠道输水时间平均缩短三分之一，灌溉水利用系数由0.51提高到0.58。"),
        ("h", "智慧调度 用水更省"),
        ("p", "灌区还建成了智慧调度平台，在关键节点布设水位、流量监测点216个，实现“远程控闸、按需配水”。今年抗旱期间，灌区累计供水3.2亿立方米，保障了108万亩农田灌溉用水。"),
    ])

# tk-33: 广西 provincial daily e-paper, image map page + article below; 引题 and 主题 only; closing byline name
add(id="tk-33", title="西部陆海新通道海铁联运班列今年开行突破7000列",
    authors=["谢彩文"], publish_time="2025年10月09日 星期四",
    css="""body{margin:0;font:15px/1.8 宋体}.paper-top{background:#003d7a;color:#fff;padding:8px 4%}.paper-wrap{display:flex;padding:10px 4%;gap:20px}.bm{width:360px;font-size:13px}.bm .pic{height:480px;background:#eee}.article{flex:1}.article .yinti{font-size:16px;color:#003d7a}.article .zhuti{font:bold 26px 黑体}.date{font-size:13px;color:#888}.pfoot{text-align:center;font-size:12px;background:#003d7a;color:#fff}""",
    pstyle="indent",
    layout="""<body><div class="paper-top"><img src="{GIF}" alt="广西日报">广西日报电子版　　2025年10月09日 星期四　　<a style="color:#fff">返回目录</a> | <a style="color:#fff">往期</a></div>
<div class="paper-wrap"><div class="bm"><p><b>第001版：头版</b></p><div class="pic"><img src="{GIF}" alt="第001版：头版"></div>
<p>第001版：头版　第002版：要闻　第003版：综合新闻　第004版：经济</p>
<p><b>标题导航</b></p><ul><li>自治区党委常委会召开会议</li><li>西部陆海新通道海铁联运班列今年开行突破7000列</li><li>我区秋季农业生产形势良好</li><li>图片新闻</li></ul></div>
<div class="article"><div class="yinti">开行线路增至120条，通达全球124个国家和地区的523个港口</div>
<div class="zhuti">西部陆海新通道海铁联运班列今年开行突破7000列</div>
<div class="date">2025年10月09日 星期四　　第001版：头版</div>
{BODY}</div></div>
<div class="pfoot">广西日报传媒集团版权所有 未经许可不得转载　桂ICP备05000051号</div></body>""",
    body=[
        ("p", "10月8日，一列满载汽车零部件的海铁联运班列从重庆团结村站驶出，将于两天后抵达钦州港，再换装海运发往泰国林查班港。记者从北部湾港集团获悉，这是今年西部陆海新通道开行的第7000列海铁联运班列，较去年提前41天突破7000列。"),
        ("p", "今年以来，西部陆海新通道运营质效持续提升。海铁联运班列开行线路增至120条，覆盖我国18个省（区、市）的73个城市，通达全球124个国家和地区的523个港口。货物品类由最初的50余种增加至1160余种，新能源汽车、电子产品、冷链产品等高附加值货物占比明显提高。"),
        ("p", "为提高通关效率，南宁海关推行“铁路快通”“船边直提”等便利化措施，海铁联运货物平均通关时间压缩至1.5小时以内。钦州港自动化集装箱码头全面投用后，港口作业效率提升30%以上。"),
        ("p", "北部湾港集团相关负责人表示，预计全年海铁联运班列开行量将超过1万列。（谢彩文）"),
    ])

# tk-34: 海南 daily 数字报, 引题/主题/副题 stack, 2016 frame-like layout, speaker quote
add(id="tk-34", title="海口江东新区总部经济集聚效应显现",
    authors=["邓钰", "王婧"], publish_time="2025年11月26日",
    css="""body{margin:0;font:14px/1.9 "Microsoft YaHei";background:#e9f2f0}.hn-left{position:relative;float:left;width:300px;background:#fff;padding:10px;font-size:13px}.hn-right{margin-left:340px;background:#fff;padding:20px 40px}.hn-t1,.hn-t3{color:#2a7;font-size:15px;text-align:center}.hn-t2{font-size:26px;font-weight:bold;text-align:center}.hn-foot{clear:both;text-align:center;font-size:12px;padding:10px}""",
    layout="""<body><div style="background:#176b5b;color:#fff;padding:10px 20px"><img src="{GIF}" alt="海南日报"> 海南日报数字报　2025年11月26日</div>
<div class="hn-left"><p>版次：A05　自贸港·经济</p><p><a>&lt;&lt; 上一版</a>　<a>下一版 &gt;&gt;</a></p><p>A01 要闻　A02 要闻　A03 时政　A04 综合　A05 自贸港·经济　A06 海口新闻</p>
<p><b>本版标题</b></p><p>· 海口江东新区总部经济集聚效应显现</p><p>· 洋浦港集装箱吞吐量创新高</p><p>· 我省出台支持跨境电商发展若干措施</p><p>· 数据</p></div>
<div class="hn-right"><div class="hn-t1">前三季度新增总部企业63家，实现营收同比增长23.5%</div>
<div class="hn-t2">海口江东新区总部经济集聚效应显现</div>
<div class="hn-t3">——自贸港政策红利持续释放</div>
<p style="text-align:center;color:#888">本报记者 邓钰　特约记者 王婧</p>
{BODY}
<p style="color:#888">海南日报　2025年11月26日　A05版</p></div>
<div class="hn-foot">海南日报报业集团版权所有　琼ICP备05000328号</div></body>""",
    body=[
        ("p", "走进海口江东新区总部经济区，一栋栋现代化写字楼拔地而起，不少企业正在装修入驻。记者从江东新区管理局获悉，今年前三季度，江东新区新增总部企业63家，累计认定总部企业达到172家，实现营业收入同比增长23.5%。"),
        ("p", "总部企业为何纷纷落户江东？多家企业负责人提到了同一个词：政策红利。企业所得税15%、个人所得税最高15%的“双15%”税收优惠政策，加上跨境资金流动便利化等制度创新，让江东新区对企业的吸引力持续增强。"),
        ("p", "“我们把区域总部和结算中心放在江东，东南亚业务的资金结算效率提高了很多。”一家跨境供应链企业负责人说。"),
        ("h", "产业链上下游加速集聚"),
        ("p", "在总部企业的带动下，江东新区金融、航运、专业服务等上下游企业加速集聚。今年以来，新区新增律师事务所、会计师事务所等专业服务机构41家，为企业提供“一站式”服务。"),
        ("p", "江东新区管理局相关负责人表示，新区将继续优化营商环境，完善产业配套，力争年底前总部企业数量突破200家。"),
    ])

# tk-35: 吉林 city evening paper 数字报 (mobile e-paper), 引题+主题, byline "□本报记者 X" form
add(id="tk-35", title="吉林市松花江畔雾凇观赏季开启",
    authors=["任佳琪"], publish_time="2025-12-16",
    css="""body{margin:0 auto;max-width:520px;font:17px/1.8 sans-serif}.m-head{background:#1e3c72;color:#fff;padding:10px}.m-bm{display:flex;overflow:auto;gap:10px;padding:8px;font-size:13px;background:#eef}.m-yt{color:#1e3c72;font-size:15px;padding:0 12px}.m-zt{font-size:24px;font-weight:bold;padding:0 12px}.m-date{font-size:13px;color:#999;padding:0 12px}.m-body{padding:0 12px}.m-list{font-size:14px;padding:12px;background:#f7f7f7}""",
    layout="""<body><div class="m-head"><img src="{GIF}" alt="江城日报"> 江城日报 · 2025-12-16 · 第05版：江城新闻</div>
<div class="m-bm"><span>01版 头版</span><span>02版 要闻</span><span>03版 综合</span><span>04版 专题</span><span>05版 江城新闻</span><span>06版 副刊</span></div>
<div class="m-yt">零下20℃的“冰雪奇观”来了</div>
<div class="m-zt">吉林市松花江畔雾凇观赏季开启</div>
<div class="m-date">2025-12-16</div>
<div class="m-body"><p>□本报记者　任佳琪</p>
{BODY}</div>
<div class="m-list"><b>本版其他文章</b><br>· 市区新增8处公共滑冰场<br>· 冬季供暖投诉热线开通<br>· 雾凇岛民宿预订火爆</div>
<p style="font-size:12px;text-align:center;color:#999">江城日报社版权所有</p></body>""",
    body=[
        ("p", "12月15日清晨，吉林市松花江畔出现今冬首场大面积雾凇，沿江十里长堤银装素裹，吸引大批市民和游客驻足观赏拍照。"),
        ("img", "松花江畔雾凇美景"),
        ("cap", "12月15日，游客在松花江畔观赏雾凇。本报记者 孙健 摄"),
        ("p", "吉林雾凇与桂林山水、云南石林、长江三峡并称中国四大自然奇观。每年12月至次年2月，丰满水电站下泄的江水在低温下不冻并蒸腾出大量水汽，遇冷凝结在沿江树木枝条上，形成“寒江雪柳、玉树琼花”的奇景。"),
        ("p", "市气象台预报，未来一周我市以晴冷天气为主，夜间最低气温可达零下25℃，有利于雾凇形成，市民和游客可在早上7点至10点到沿江观赏。"),
        ("p", "“今天的雾凇特别厚，树枝像挂满了白色的珊瑚。”专程从广州赶来的游客林女士一边拍照一边说。"),
        ("p", "为做好雾凇观赏季服务保障，我市在雾凇岛、阿什哈达等观赏点增设临时停车场和取暖驿站，开通雾凇观赏旅游专线，并在沿江步道加强防滑和安全巡查。"),
    ])
