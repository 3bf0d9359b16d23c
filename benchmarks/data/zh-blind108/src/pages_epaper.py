# Newspaper e-paper pages ve-31 .. ve-35 (paper names invented). All content invented.
K = "e-paper"
PAGES = []

# ve-31 湖南 provincial daily "湘江日报" 数字报, 2020 design, 引题/主题/副题, 版次 nav + 本版标题
PAGES.append(dict(
    id="ve-31", kind=K, lang="zh", doc_title="湘江日报数字报-洞庭湖区今年退捕渔民再就业率超九成",
    title="洞庭湖区今年退捕渔民再就业率超九成",
    authors=["易文静", "刘  洋".replace("  ", "")], publish_time="2024年12月05日",
    css="""body{margin:0;font-family:"SimSun";background:#e8e2d6}.ep-top{background:#8b0000;color:#fff;padding:8px 20px;display:flex;justify-content:space-between}.ep{display:flex;width:1200px;margin:0 auto;background:#fff}
.ep-left{width:360px;border-right:1px solid #ccc;padding:10px;font-size:13px}.ep-right{flex:1;padding:20px 30px}.yt{font-size:16px;text-align:center;color:#555}.zt{font-size:28px;font-weight:bold;text-align:center}
.ft2{font-size:17px;text-align:center;color:#555}.by{text-align:center;font-size:14px}.ep-right p{font-size:16px;line-height:1.9}.ep-bot{text-align:center;font-size:12px;padding:10px}""",
    mode="pspace",
    html="""<body>
<div class="ep-top"><span>湘江日报 数字报</span><span>2024年12月05日 星期四　<a>往期回顾</a> <a>PDF下载</a></span></div>
<div class="ep">
<div class="ep-left">
<div>第01版：要闻　<a>上一版</a>　<a>下一版</a></div>
<div><b>版面导航</b><br>01 要闻　02 要闻　03 综合　04 经济　05 市州　06 文化　07 理论　08 体育</div>
<img alt="第01版版面图" src="{GIF}">
<div><b>本版标题</b><br>· 省委常委会召开会议<br>· 洞庭湖区今年退捕渔民再就业率超九成<br>· 全省冬修水利全面铺开<br>· 湘江新区新签约项目46个<br>· 图片新闻</div>
</div>
<div class="ep-right">
<div class="yt">退得出　稳得住　能致富</div>
<div class="zt">{TITLE}</div>
<div class="ft2">——湖南推进长江十年禁渔工作综述</div>
<div class="by">湘江日报记者 易文静 刘  洋</div>
{BODY}
<div style="text-align:center;margin-top:20px"><a>&lt;&lt;上一篇</a>　<a>下一篇&gt;&gt;</a>　<a>返回本版</a></div>
</div></div>
<div class="ep-bot">湘江日报社版权所有，未经授权不得转载　湘ICP备05002222号</div>
</body>""",
    blocks=[
        "本报12月4日讯　初冬时节，南县茅草街镇的一家水产品加工厂里，48岁的退捕渔民李国华正熟练地操作着真空包装机。“打了二十多年鱼，上岸后进了厂，每个月工资四千多，还交了社保，心里踏实。”",
        "记者从省农业农村厅获悉，截至11月底，洞庭湖区有劳动能力和就业意愿的退捕渔民再就业率达到93.6%，参加基本养老保险的退捕渔民实现应保尽保。",
        {"h": "多渠道帮扶上岸渔民"},
        "禁渔以来，湖区各地建立退捕渔民“一户一档”台账，通过技能培训、公益性岗位安置、发展特色种养等方式帮助渔民转产就业。岳阳、益阳、常德三市共开展电工、厨师、养老护理等培训1.2万人次，开发护鱼员、河湖保洁员等公益岗位3000余个。",
        {"h": "禁渔成效逐步显现"},
        "随着禁渔持续推进，洞庭湖水生生物资源明显恢复。监测显示，今年湖区鱼类物种数比禁渔前增加了11种，长江江豚在东洞庭湖的出现频次明显增加。",
        "省农业农村厅有关负责人表示，下一步将继续巩固退捕渔民安置保障成果，严厉打击非法捕捞行为，确保“禁得住、退得出、稳得住”。",
    ],
))

# ve-32 甘肃 兰州 evening paper "金城晚报" 电子版, 2011 table e-paper; 引题 + 主题 (two lines)
PAGES.append(dict(
    id="ve-32", kind=K, lang="zh", doc_title="金城晚报电子版",
    title=["黄河兰州段", "今冬首次出现流凌"],
    authors=["赵  鹏".replace("  ", "")], publish_time="2023年12月21日 星期四",
    css="""body{margin:0;font-size:12px;background:#9e9e9e}table{font-size:12px}.head{background:#1a237e;color:#fff;font-size:24px;height:60px}.yt{font-size:14px;color:#1a237e}.bt{font-size:24px;font-weight:bold;line-height:32px}.content{font-size:14px;line-height:24px}""",
    mode="br",
    html="""<body>
<table width="1000" align="center" bgcolor="#ffffff" cellpadding="0" cellspacing="0">
<tr><td colspan="2" class="head">　金城晚报 <font size="2">2023年12月21日 星期四</font></td></tr>
<tr><td colspan="2" bgcolor="#e8eaf6">　<a>首页</a> | <a>版面导航</a> | <a>标题导航</a> | <a>往期回顾</a> | 第A05版：城事</td></tr>
<tr><td width="330" valign="top" style="border-right:1px solid #ccc;padding:6px">
<img alt="A05版" src="{GIF}"><br>
<table width="100%"><tr><td><a>A01 头版</a></td><td><a>A02 要闻</a></td></tr><tr><td><a>A03 要闻</a></td><td><a>A04 城事</a></td></tr><tr><td><b>A05 城事</b></td><td><a>A06 社会</a></td></tr><tr><td><a>A07 体育</a></td><td><a>A08 副刊</a></td></tr></table>
<p><b>本版新闻列表</b></p>
<p>·黄河兰州段今冬首次出现流凌<br>·城关区新增两处冬季室外滑冰场<br>·兰州供热投诉量同比下降两成<br>·温馨提示</p>
</td>
<td valign="top" style="padding:14px 26px">
<table width="100%"><tr><td align="center" class="yt">气温骤降 中山桥下冰凌顺流而下</td></tr>
<tr><td align="center" class="bt">{TITLE}</td></tr>
<tr><td align="center">本报记者 赵  鹏　文/图</td></tr>
<tr><td class="content"><br>{BODY}</td></tr></table>
</td></tr>
<tr><td colspan="2" align="center" bgcolor="#e8eaf6">金城晚报社 版权所有　陇ICP备10001010号　地址：兰州市城关区庆阳路000号</td></tr>
</table>
</body>""",
    blocks=[
        "昨日清晨，随着最低气温降至零下14℃，黄河兰州段中山桥至雁滩河段出现今冬首次流凌，大大小小的冰凌顺流而下，引来不少市民驻足拍照。",
        {"img": "黄河兰州段出现流凌", "cap": "昨日，中山桥下的黄河河面漂浮着冰凌。"},
        "兰州市水务局相关负责人介绍，今年流凌出现时间比去年推迟了5天。由于刘家峡水库下泄水温较高，兰州城区段黄河一般不会封冻，流凌将持续到明年2月中下旬。",
        "水务、公安、应急等部门已启动防凌工作机制，加强对河道重点部位的巡查，沿河的游船码头全部停止运营。",
        "记者在中山桥附近看到，不少市民带着相机和手机在岸边拍摄，还有摄影爱好者一早就在白塔山上架好了“长枪短炮”，等待拍摄冰凌与铁桥同框的画面。",
        "有关部门提醒，市民观赏流凌时应远离河堤护栏，切勿下到河滩或在冰面上行走，家长要看护好儿童，防止发生意外。",
    ],
))

# ve-33 上海 business paper "浦江商报" 数字报, 2023 design; headline on two lines, 副题 below, 记者 in byline
PAGES.append(dict(
    id="ve-33", kind=K, lang="zh", doc_title="浦江商报 - 第A03版：产经 - 长三角首个跨省“氢走廊”今年底贯通",
    title=["长三角首个跨省", "“氢走廊”今年底贯通"],
    authors=["钱程", "潘雨涵"], publish_time="2024年09月24日",
    css="""body{margin:0;font-family:"Source Han Serif SC",serif}.pj-h{display:flex;justify-content:space-between;background:#0d47a1;color:#fff;padding:10px 30px}.pj-grid{display:grid;grid-template-columns:280px 1fr 240px;gap:20px;padding:20px 30px}
.pj-sub{color:#666;font-size:16px;text-align:center}.pj-t{font-size:30px;text-align:center;font-weight:700;line-height:1.3}.pj-au{text-align:center;color:#333;font-size:14px}.pj-art p{font-size:16.5px;line-height:1.9}.pj-f{text-align:center;font-size:12px;color:#666;padding:16px}""",
    mode="indent",
    html="""<body>
<div class="pj-h"><b>浦江商报 数字报</b><span>2024年09月24日 星期二 | 第A03版：产经 | <a>PDF</a></span></div>
<div class="pj-grid">
<div><div><a>A01</a> <a>A02</a> <b>A03</b> <a>A04</a> <a>A05</a> <a>A06</a> <a>B01</a> <a>B02</a></div><img alt="A03版面缩略图" src="{GIF}"><div>上一版 | 下一版</div></div>
<div class="pj-art">
<div class="pj-t">{TITLE}</div>
<div class="pj-sub">沪苏浙三地加氢站将实现“一码通行”</div>
<div class="pj-au">■本报记者　钱程　潘雨涵</div>
{BODY}
</div>
<div><b>本版导读</b><p>长三角首个跨省“氢走廊”今年底贯通</p><p>临港新能源汽车产业链再添新项目</p><p>上半年本市工业投资增长两位数</p></div>
</div>
<div class="pj-f">浦江商报社 版权所有 © 2024　沪ICP备11011011号</div>
</body>""",
    blocks=[
        "记者从昨天举行的长三角氢能产业发展论坛上获悉，连接上海嘉定、江苏苏州、浙江嘉兴的长三角首个跨省“氢走廊”将于今年底全线贯通，沿线规划建设加氢站28座，目前已建成21座。",
        "“氢走廊”全长约300公里，主要服务于物流、港口集疏运和城际客运等场景。届时，氢燃料电池重卡可在沿线实现“一次加注、跨省往返”。",
        "记者了解到，三地还将统一加氢站安全管理标准，推行加氢“一码通行”，车辆在任一站点注册后即可在沿线所有站点加注，结算也将实现互联互通。",
        "业内人士指出，目前氢燃料电池汽车推广的瓶颈之一在于加氢成本偏高。上海嘉定区相关负责人表示，正在探索通过工业副产氢就近利用、规模化采购等方式，力争明年将终端加氢价格降至每公斤30元以下。",
    ],
))

# ve-34 海南 "椰岛日报" 电子版, 2017 frames-like layout; 引题 + 主题 + 副题, closing (通讯员) byline inside last paragraph
PAGES.append(dict(
    id="ve-34", kind=K, lang="zh", doc_title="椰岛日报电子版 第005版 市县新闻",
    title="文昌航天超算中心一期投用",
    authors=["韩丽萍", "云少华"], publish_time="2025年02月20日",
    css="""body{margin:0;font-family:"微软雅黑";font-size:13px}.yd-h{height:70px;background:#2e7d32;color:#fff;font-size:28px;padding:14px 30px;box-sizing:border-box}
.yd-bar{background:#c8e6c9;padding:6px 30px}.yd-l{float:left;width:300px;padding:10px}.yd-r{margin-left:330px;padding:10px 30px}.intitle{text-align:center;color:#2e7d32;font-size:15px}
.title1{text-align:center;font-size:26px;font-weight:bold}.subtitle{text-align:center;font-size:15px}.yd-r p{font-size:15px;line-height:1.9;text-indent:2em}.yd-ft{clear:both;text-align:center;background:#eee;padding:10px}""",
    mode="p",
    html="""<body>
<div class="yd-h">椰岛日报 <span style="font-size:13px">2025年02月20日</span></div>
<div class="yd-bar">当前版：005版 市县新闻　<a>上一版</a>　<a>下一版</a>　<a>往期检索</a></div>
<div class="yd-l">
<img alt="005版 市县新闻" src="{GIF}">
<p>版面目录：001 头版 | 002 要闻 | 003 自贸港 | 004 综合 | 005 市县新闻 | 006 社会 | 007 文体 | 008 广告</p>
<p><b>标题导航</b></p><p>文昌航天超算中心一期投用</p><p>琼中绿橙春季管护忙</p><p>儋州洋浦港区新增外贸航线</p><p>万宁举办冲浪公开赛</p>
</div>
<div class="yd-r">
<div class="intitle">可为商业航天、气象预报等提供算力支撑</div>
<div class="title1">{TITLE}</div>
<div class="subtitle">算力规模达每秒20亿亿次</div>
<div class="intitle">□ 本报记者 韩丽萍</div>
{BODY}
</div>
<div class="yd-ft">椰岛日报社 版权所有　琼ICP备05005005号</div>
</body>""",
    blocks=[
        "2月19日，位于文昌国际航天城的航天超算中心一期项目正式投入使用，算力规模达到每秒20亿亿次，可为商业航天、遥感数据处理、气象预报、海洋科研等领域提供算力服务。",
        "该中心由文昌市与相关企业共同投资建设，一期建筑面积约1.5万平方米，部署服务器机柜600个，采用液冷技术，能源使用效率控制在1.2以下。",
        "“火箭发射前的仿真计算、卫星遥感影像的实时处理，都需要大量算力。”项目负责人介绍，以前文昌的不少企业需要把数据传到外省处理，如今在家门口就能完成，数据处理时间可缩短一半以上。",
        "据了解，目前已有12家商业航天和遥感企业与超算中心签订服务协议。二期项目计划于明年开工建设，建成后总算力将提升至每秒50亿亿次。（通讯员 云少华）",
    ],
))

# ve-35 甘肃 "陇原农民报" H5 mobile e-paper, 2024; 引题, 主题, ■ byline with 通讯员
PAGES.append(dict(
    id="ve-35", kind=K, lang="zh", doc_title="陇原农民报 - 定西马铃薯“种薯”销往12省区",
    title="定西马铃薯“种薯”销往12省区",
    authors=["杨志强", "魏丽"], publish_time="2024年04月12日",
    css="""body{margin:0;font-family:-apple-system,"Noto Sans SC";background:#fffde7}.h5-top{background:#f57f17;color:#fff;padding:10px 14px;display:flex;justify-content:space-between}
.h5-pg{padding:8px 14px;font-size:13px;background:#fff8e1}.h5-a{padding:14px 16px;background:#fff}.h5-yt{color:#e65100;font-size:14px}.h5-a h2{font-size:22px;margin:6px 0}
.h5-by{font-size:13px;color:#666}.h5-a p{font-size:16px;line-height:1.8}.h5-list{padding:14px;font-size:14px}""",
    mode="p",
    html="""<body>
<div class="h5-top"><span>陇原农民报</span><span>2024年04月12日 第02版</span></div>
<div class="h5-pg">版面：<a>01版 要闻</a> <b>02版 三农视点</b> <a>03版 科技兴农</a> <a>04版 乡村文化</a></div>
<div class="h5-a">
<div class="h5-yt">“土豆之乡”育出“金种子”</div>
<h2>{TITLE}</h2>
<div class="h5-by">■ 记者　杨志强　通讯员　魏　丽</div>
{BODY}
</div>
<div class="h5-list"><b>本版其他文章</b><p>庆阳苹果春季管理技术要点</p><p>武威日光温室蔬菜喜获丰收</p><p>临夏州培训乡村振兴带头人300名</p></div>
<div class="h5-list" style="text-align:center;color:#999">陇原农民报社主办 · 陇ICP备09009009号</div>
</body>""",
    blocks=[
        "春耕时节，定西市安定区的马铃薯脱毒种薯繁育基地里一派繁忙。一辆辆货车装满种薯，发往内蒙古、河北、云南等地。",
        "“今年我们的原种和一级种薯订单比去年多了三成，已经销往12个省区。”安定区一家种业公司负责人说，公司采用“组培苗—网室原原种—原种—一级种”的四级繁育体系，种薯脱毒率和纯度都有保障。",
        {"h": "从“卖土豆”到“卖种子”"},
        "定西是全国重要的马铃薯主产区。过去，农民种土豆主要卖商品薯，价格受市场波动影响大。近年来，定西把种薯产业作为马铃薯全产业链的“芯片”来抓，全市脱毒种薯繁育能力达到每年100万吨以上。",
        "“种薯每斤比商品薯能多卖三四毛钱，而且是订单种植，不愁销路。”安定区鲁家沟镇种薯繁育户王明说，他去年种了80亩一级种薯，纯收入超过15万元。",
        {"h": "科技支撑是关键"},
        "定西市农科院马铃薯研究所近年来选育出“定薯”系列新品种6个，推广面积累计超过300万亩。下一步，定西将建设国家级马铃薯种薯质量检测中心，进一步擦亮“中国薯都”品牌。",
    ],
))
