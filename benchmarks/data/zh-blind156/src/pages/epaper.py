# newspaper e-paper pages ta-31 .. ta-35: 引题/主题/副题 stacks, 版次 navigation, 本版标题 lists
from build import e, img

def T31(p, b):  # 安徽 city daily 数字报, 2014 table layout, left 版面 image map, right article
    return f'''<table width="1000" align="center"><tr><td class="mh">{img("淮南日报")}淮南日报数字报　2014年06月05日 星期四</td></tr>
<tr><td class="bc"><a>往期回顾</a> | <a>上一版</a> | <a>下一版</a> | 第A03版：城市新闻 | <a>PDF下载</a></td></tr></table>
<table width="1000" align="center"><tr><td width="340" valign="top" class="lft">{img("版面缩略图")}<div class="bl"><b>版面导航</b><br>A01：要闻<br>A02：综合<br>A03：城市新闻<br>A04：民生</div>
<div class="bbt"><b>本版标题</b><br>· 我市老旧小区改造今年将惠及2.1万户<br>· 八公山景区推出夏季夜游<br>· 市民热线上半年受理诉求8.6万件</div></td>
<td valign="top"><div class="yt">民生实事项目加快推进</div><div class="zt">{e(p["title"])}</div><div class="ft2">已开工项目38个，年底前全部完工</div>
<div class="zz">本报记者　孙  伟</div><div class="zw">{b}</div></td></tr></table>
<div class="copy">淮南日报社版权所有　皖ICP备05008xxx号</div>'''

P31 = dict(id="ta-31", kind="e-paper", tpl=T31, title="我市老旧小区改造今年将惠及2.1万户",
  authors=["孙伟"], date="2014年06月05日 星期四", pmode="br", indent=True,
  css=".zt{font-size:26px;font-weight:bold;text-align:center} .yt,.ft2{text-align:center} .bbt{font-size:12px}",
  body=[("p", "记者从市住建局获悉，今年我市计划改造老旧小区52个，涉及居民2.1万户，总投资约4.3亿元。截至目前，已开工项目38个，预计年底前全部完工。"),
        ("p", "今年的改造内容在往年基础上进一步拓展，除了雨污分流、道路硬化、外墙保温等基础类项目外，还将增设停车位、充电桩、养老服务站和快递柜等完善类项目。改造前，各社区通过入户走访、召开居民议事会等方式征求意见，做到“改不改、改什么、怎么改”由居民说了算。"),
        ("p", "田家庵区一个老旧小区的居民王大姐告诉记者：“以前一下雨楼下就积水，现在管网改好了，路也修平了，还装了路灯，出门方便多了。”"),
        ("p", "市住建局相关负责人表示，将加强施工过程监管，严把工程质量关，同时建立改造后长效管理机制，引导有条件的小区引入物业服务，防止“一年新、两年旧、三年回到原样”。")])

def T32(p, b):  # 宁夏日报-like (invented) e-paper, 2020 div design, title stack and 版次 tabs
    return f'''<div class="ep-head">{img("宁夏日报")}<span class="d">2020年10月22日</span><span class="w">第09版：经济周刊</span></div>
<div class="ep-tabs"><a>01版 要闻</a><a>02版 要闻</a><a>05版 区内</a><a class="on">09版 经济周刊</a><a>12版 六盘山</a></div>
<div class="ep-art"><h3>引题：稳就业 促增收</h3><h1>{e(p["title"])}</h1><h2>副题：今年前三季度我区劳务输出人员达83万人次</h2>
<p class="ep-au">本报记者 马  楠 通讯员 虎  平</p>
<div class="ep-txt">{b}</div></div>
<div class="ep-list"><h4>本版标题</h4><ul><li>枸杞产业链条不断延伸</li><li>“闽宁协作”带动移民增收</li></ul></div>
<div class="ep-copy">宁夏日报报业集团　版权所有　宁ICP备08000xxx号</div>'''

P32 = dict(id="ta-32", kind="e-paper", tpl=T32, title="劳务“订单”让农民工挣钱更有底气",
  authors=["马楠", "虎平"], date="2020年10月22日", pmode="p", indent=True,
  css=".ep-tabs a{padding:4px 8px;border:1px solid #ccc} .ep-art h1{font-size:30px} .ep-art h3,.ep-art h2{font-weight:normal}",
  body=[("p", "“签了合同再出门，工资有保障，心里踏实。”海原县关桥乡的马志强今年春节后通过劳务经纪人签订了“订单”，和同村的20多个人一起到福建一家电子厂务工，每月收入5000多元。"),
        ("p", "今年以来，我区大力推行“订单式”劳务输出，依托闽宁协作机制和区内外用工企业，建立稳定的劳务协作关系，先签合同、再组织输出，从源头上保障农民工权益。"),
        ("p", "各地还根据企业用工需求开展“菜单式”技能培训，今年已培训电焊、家政、厨师等工种3.6万人次，培训后持证上岗率达到78%。"),
        ("p", "自治区人社厅有关负责人介绍，今年前三季度，全区累计输出劳务人员83万人次，实现劳务收入约180亿元，劳务收入已成为农民增收的重要来源。下一步，将进一步培育劳务品牌，推动劳务输出由“体力型”向“技能型”转变。")])

def T33(p, b):  # 云南 city daily 数字报 (玉溪-like, invented), 2023 responsive, title stack without labels
    return f'''<header class="szb">{img("玉溪日报")}<div>玉溪日报 · 数字报</div><div class="ds">2023-04-12 星期三 <a>往期</a></div></header>
<div class="bm"><span>版次：</span><a>第1版 要闻</a> <a>第2版 综合</a> <a class="cur">第3版 县区</a> <a>第4版 专版</a></div>
<div class="layout"><div class="pdf">{img("第3版版面")}<a>下载本版PDF</a></div>
<div class="story"><p class="kicker">抓项目 强产业</p><h1>{e(p["title"])}</h1><p class="deck">澄江市抚仙湖畔建成全省首个高原湖泊生态监测站</p>
<p class="au">■ 融媒体记者 普  丽　通讯员 李  明</p>
<div class="bd">{b}</div>
<p class="ed">责任编辑：李芳　校对：王涛</p></div></div>
<div class="tl"><h4>本版标题</h4><p>澄江市抚仙湖畔建成全省首个高原湖泊生态监测站</p><p>华宁柑橘出口东南亚</p><p>峨山彝族自治县举办“火把节”筹备会</p></div>'''

P33 = dict(id="ta-33", kind="e-paper", tpl=T33, title="守护“一湖清水”有了“千里眼”",
  authors=["普丽", "李明"], date="2023-04-12 星期三", pmode="p", indent=True,
  css=".kicker,.deck{color:#555} h1{font-size:32px} .tl{border-top:2px solid #000}",
  body=[("p", "4月11日，记者来到澄江市抚仙湖畔的高原湖泊生态监测站，只见监测大屏上实时跳动着水温、溶解氧、透明度、叶绿素等数据。这是我省首个集水、气、生物多要素于一体的高原湖泊综合生态监测站。"),
        ("p", "监测站负责人介绍，站点在湖区布设了12个自动监测浮标和5个水下观测点，可以24小时不间断采集湖泊水质和水生态数据，一旦出现异常，系统会自动预警，工作人员第一时间赶赴现场核查。"),
        ("table", [["监测指标", "2022年均值", "标准"], ["透明度（米）", "6.8", "—"], ["总磷（毫克/升）", "0.008", "Ⅰ类"], ["总氮（毫克/升）", "0.17", "Ⅰ类"]]),
        ("p", "“以前靠人工驾船取样，一个月最多采几次，现在数据每小时更新一次。”监测站工作人员说。"),
        ("p", "据了解，抚仙湖是我国蓄水量最大的深水型淡水湖泊之一，水质常年保持Ⅰ类。近年来，澄江市持续推进抚仙湖保护治理，监测站的建成将为湖泊科学治理提供有力的数据支撑。")])

def T34(p, b):  # 天津 evening paper e-paper (invented), 2017, article view with 上一篇/下一篇 and 第xx版
    return f'''<div class="m-head">今晚报电子版<span>2017年12月08日</span></div>
<div class="m-nav">当前版：<b>第05版：社会新闻</b>　<a>上一版</a>　<a>下一版</a>　<a>版面导航</a>　<a>标题导航</a></div>
<table class="m-tb"><tr><td class="m-l"><div class="m-t">{e(p["title"])}</div><div class="m-sub">——记南开区“夜间护航队”志愿者</div>
<div class="m-b">{b}</div>
<div class="m-pn"><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></div></td>
<td class="m-r"><b>本版标题</b><ol><li>寒夜里的守护者</li><li>冬季供热投诉热线开通</li><li>地铁6号线站点周边交通优化</li></ol></td></tr></table>
<div class="m-ft">今晚传媒集团 版权所有</div>'''

P34 = dict(id="ta-34", kind="e-paper", tpl=T34, title="寒夜里的守护者", authors=["韩  冰".replace("  ", ""), "高  阳".replace("  ", "")],
  date="2017年12月08日", pmode="p", indent=True,
  css=".m-t{font-size:28px;font-weight:bold;text-align:center} .m-sub{text-align:center} .m-r{width:240px;vertical-align:top}",
  body=[("p", "晚上10点，气温已降到零下5摄氏度。南开区长虹街道的一条小路上，几名身穿红马甲的志愿者打着手电，一边巡逻，一边查看路边的井盖和楼道里的消防通道。他们是南开区“夜间护航队”的队员。"),
        ("p", "护航队成立于2015年，最初只有8个人，如今已发展到120多人，成员有退休职工、社区干部，也有上班族和大学生。每天晚上，队员们分成若干小组，在辖区内巡逻两个小时。"),
        ("p", "“遇到醉酒倒在路边的，我们帮着联系家属；看到独居老人家里灯一直没亮，我们就去敲门问问。”护航队队长老郑说，三年来，队员们共帮助群众解决各种困难1300多件。"),
        ("p", "每到冬季，护航队还会重点排查辖区内的流浪人员，及时把他们送到救助站。“天这么冷，在外面过夜太危险了，能帮一个是一个。”（韩冰 高阳）")])

def T35(p, b):  # 安徽 county-level newspaper PDF-like e-paper (invented), 2025 light design; 副题 after 主题, date in 版 bar
    return f'''<div class="z-top"><b>黄山日报</b> 电子版 <span>2025年06月19日　第A2版 综合新闻</span> <a>首页</a> <a>往期查询</a></div>
<div class="z-col"><div class="z-sb"><p>A1 要闻</p><p class="on">A2 综合新闻</p><p>A3 县区</p><p>A4 文旅</p></div>
<div class="z-mn"><p class="z-yt">世界文化遗产地</p><p class="z-zt">{e(p["title"])}</p><p class="z-ft">黟县西递宏村开展古民居防火安全大检查</p>
<p class="z-au">记者 胡  蓉　通讯员 舒  凯　文/图</p>
<div class="z-bd">{b}</div></div>
<div class="z-rt"><b>本版新闻</b><p>徽州古民居保护再添新举措</p><p>休宁县召开防汛工作会议</p><p>祁门红茶出口欧盟订单增长</p></div></div>
<div class="z-foot">黄山日报社 主办　皖ICP备1200xxxx号　本网站所刊登的新闻信息未经书面授权不得转载</div>'''

P35 = dict(id="ta-35", kind="e-paper", tpl=T35, title="徽州古民居保护再添新举措",
  authors=["胡蓉", "舒凯"], date="2025年06月19日", pmode="div", indent=True,
  css=".z-zt{font-size:30px;font-weight:bold} .z-yt,.z-ft{color:#444} .z-sb,.z-rt{width:160px}",
  body=[("p", "6月18日，黟县消防救援大队联合县文物部门、西递镇和宏村镇，对两处世界文化遗产地古民居开展防火安全大检查。"),
        ("img", "检查人员查看古民居电线", "检查人员查看古民居内的电气线路。"),
        ("p", "检查组逐户查看古民居内电气线路敷设、灭火器配备和消防通道畅通情况，对经营户私拉乱接电线、在木质建筑内使用大功率电器等问题当场督促整改。"),
        ("p", "据了解，西递、宏村现存明清古民居近300幢，大多为砖木结构，耐火等级低，一旦发生火灾极易蔓延。近年来，当地为古村落铺设了消防管网，配置了小型消防车和微型消防站，组建了由村民组成的志愿消防队，并在重点古建筑内安装了智能烟感报警设备。"),
        ("p", "今年，黟县还将投入资金对古村落电气线路进行集中改造，实行穿管保护和分户控制，从源头上减少电气火灾隐患。县文物部门负责人表示，古民居是不可再生的宝贵遗产，必须把消防安全摆在首位。")])

PAGES = [P31, P32, P33, P34, P35]
