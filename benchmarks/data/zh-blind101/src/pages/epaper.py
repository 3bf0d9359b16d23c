# Newspaper e-paper pages wx-31 … wx-35: 引题/主题/副题 stacks, 版次 navigation, 本版标题 lists.
from build import img

K = "e-paper"
PAGES = []

# wx-31 浙江 city daily 数字报 — modern; 引题 / 主题 / 副题 stack, left 版面 list, byline line
PAGES.append(dict(
    id="wx-31", kind=K, lang="zh",
    title="瓯江两岸将新添三座人行景观桥",
    authors=["俞洁", "孙浩"],
    publish_time="2025年03月12日",
    css="""
body{margin:0;font-family:"Microsoft YaHei";background:#e9e4da}
.bar{background:#7d1a1a;color:#f4e4c1;padding:8px 3%;display:flex;justify-content:space-between}
.bar b{font-size:22px}.layout{display:flex;width:1200px;margin:10px auto;gap:12px}
.pg{width:330px;background:#fff;padding:10px;font-size:13px}.pgimg{height:200px;background:#ddd;display:flex;align-items:center;justify-content:center}
.art{flex:1;background:#fff;padding:20px 30px}.yt,.ft2{text-align:center;color:#555;font-size:16px}
.art h1{text-align:center;font-size:28px;margin:6px 0}.by{text-align:center;color:#333}
.art p{text-indent:2em;line-height:1.9}.navbar{font-size:13px;border-bottom:1px solid #ccc;padding-bottom:6px}
""",
    layout="""
<div class="bar"><b>温州日报 数字报</b><span>2025年03月12日 星期三　<a>往期回顾</a>　<a>PDF下载</a></span></div>
<div class="layout">
<div class="pg">
<div>第03版：要闻</div>
<div class="pgimg">""" + img("版面缩略图") + """</div>
<p><a>上一版</a>　<a>下一版</a></p>
<b>版面导航</b><ul><li>01：头版</li><li>02：要闻</li><li>03：要闻</li><li>04：经济</li><li>05：民生</li><li>06：瓯越</li></ul>
<b>本版标题</b><ul><li>瓯江两岸将新添三座人行景观桥</li><li>全市一季度重点项目集中开工</li><li>我市启动“春风行动”专场招聘</li><li>图片新闻</li></ul>
</div>
<div class="art">
<div class="navbar">温州日报 2025年03月12日 第03版：要闻 　<a>放大</a> <a>缩小</a> <a>默认</a></div>
<p class="yt" style="text-indent:0">串联滨江绿道 打造“十分钟过江圈”</p>
<h1>瓯江两岸将新添三座人行景观桥</h1>
<p class="ft2" style="text-indent:0">——首座预计明年汛期前建成</p>
<p class="by" style="text-indent:0">本报记者　俞　洁　通讯员　孙　浩</p>
{BODY}
<p style="text-indent:0">【<a>打印本文</a>】 【<a>关闭窗口</a>】 【<a>返回目录</a>】</p>
</div>
</div>
<p style="text-align:center;font-size:12px">温州日报社版权所有 未经书面授权不得复制或建立镜像 浙ICP备0500XXXX号</p>
""",
    style="p",
    blocks=[
        ("p", "昨天，记者从市城发集团获悉，瓯江两岸三座人行景观桥项目已完成方案设计，首座位于江心屿以西的人行桥已于本月初进场施工，预计明年汛期前建成。"),
        ("p", "三座人行桥自西向东分别连接鹿城区与瓯江口方向的滨江绿道，全长均在500米左右，桥面宽度6米至8米，仅供行人和非机动车通行。建成后，市民从江南步行或骑行过江，只需十分钟左右。"),
        ("p", "“过去两岸之间只有车行桥，行人过江要绕很远，体验也不好。”项目设计负责人介绍，三座桥在造型上分别取意“瓯帆”“水云”“榕影”，夜间将配置景观照明，与江心屿灯光形成呼应。"),
        ("p", "据了解，项目总投资约9.8亿元，将同步建设桥头驿站、观景平台和无障碍坡道。施工期间，江心屿码头附近部分绿道将临时封闭，请市民留意现场指示。"),
    ],
))

# wx-32 内蒙古 provincial daily 电子版 — old table/frame-like layout; 主题 on two lines, 引题 above
PAGES.append(dict(
    id="wx-32", kind=K, lang="zh",
    title="牧区“数字畜牧”覆盖超过四成嘎查",
    authors=["刘  宏".replace(" ", ""), "娜仁高娃"],
    publish_time="2025-01-14",
    css="""
body{margin:0;font-size:12px;background:#d9d9d9}
table.outer{width:1000px;margin:0 auto;background:#fff}
.ban{background:#245a9c;color:#fff;font-size:24px;padding:10px}
.date{background:#e8eef6;padding:4px}
.yin{font-size:15px;text-align:center;color:#333}.zhu{font-size:26px;font-weight:bold;text-align:center;line-height:1.3}
.fu{font-size:15px;text-align:center}.au{text-align:center;font-size:13px}
.bw p{font-size:14px;line-height:24px}
td.nav a{display:block;padding:2px 0}
""",
    layout="""
<table class="outer" cellspacing="0" cellpadding="0">
<tr><td colspan="2" class="ban">北疆日报 · 电子版</td></tr>
<tr><td colspan="2" class="date">2025年01月14日　星期二　第 05 版：经济　<a>上一期</a> <a>下一期</a> <a>往期检索</a></td></tr>
<tr><td width="260" valign="top" class="nav">
<b>版面导航</b>
<a>第01版：一版要闻</a><a>第02版：要闻</a><a>第03版：要闻</a><a>第04版：综合</a><a>第05版：经济</a><a>第06版：盟市</a><a>第07版：文化</a><a>第08版：体育</a>
<b>本版标题</b>
<a>牧区“数字畜牧”覆盖超过四成嘎查</a><a>全区规上工业增加值增长7.2%</a><a>赤峰：设施农业冬季不“冬眠”</a><a>简讯</a>
</td>
<td valign="top" style="padding:10px 20px">
<div class="yin">智能项圈、电子耳标、无人机巡牧——</div>
<div class="zhu">牧区“数字畜牧”<br>覆盖超过四成嘎查</div>
<div class="au">□本报记者　刘  宏　实习生　娜仁高娃</div>
<div class="bw">
{BODY}
</div>
<p>发布时间：2025-01-14　　<a>【打印】</a> <a>【关闭】</a></p>
</td></tr>
<tr><td colspan="2" align="center" style="padding:8px;border-top:1px solid #999">版权所有 北疆日报社　蒙ICP备0500XXXX号<br>本站所刊登的各种新闻、信息和各种专题专栏资料，均为北疆日报社版权所有，未经协议授权，禁止下载使用。</td></tr>
</table>
""",
    style="u3000",
    blocks=[
        ("p", "记者从自治区农牧厅获悉，截至2024年底，全区已有4700多个嘎查（村）应用“数字畜牧”技术，覆盖率超过40%，智能项圈、电子耳标等设备佩戴牲畜超过600万头（只）。"),
        ("p", "在锡林郭勒盟阿巴嘎旗，牧民巴图通过手机就能看到自家300多只羊的实时位置。“以前找羊要骑着摩托跑大半天，现在手机上一看就知道羊群在哪个草场。”巴图说，去年冬天一场暴风雪，他根据定位提前把羊群赶回了棚圈，没有损失一只。"),
        ("p", "在通辽市扎鲁特旗，当地为养牛大户安装了智能称重和饲喂系统，每头牛每天吃多少料、长多少肉都有记录。养殖户说，精准饲喂后每头牛的饲养成本降低了约200元。"),
        ("p", "除了定位放牧，数字化手段还广泛应用于疫病防控、草畜平衡监测和牲畜交易。自治区农牧厅相关负责人介绍，今年将重点推进牲畜“一畜一码”全程追溯，力争“数字畜牧”覆盖率提高到55%以上。"),
    ],
))

# wx-33 贵州 daily 数字报 — 2018 responsive; 主题 + 副题; wire dateline paragraph with 本报讯 and closing byline
PAGES.append(dict(
    id="wx-33", kind=K, lang="zh",
    title="铜仁梵净山抹茶出口订单排到年中",
    authors=["吴  敏".replace(" ", "")],
    publish_time="2025-03-03",
    css="""
body{margin:0;background:#f5f0e6;font-family:serif}
.paper-top{background:#1a5632;color:#fff;padding:12px 5%;font-size:22px}
.paper-top span{font-size:13px;margin-left:30px}
.container{width:1100px;margin:10px auto;display:flex;gap:14px}
.ban{width:260px;background:#fff;padding:10px;font-size:13px}
.detail{flex:1;background:#fff;padding:24px 40px}
.detail h1{font-size:28px;text-align:center;margin-bottom:2px}.detail h2{font-size:17px;text-align:center;font-weight:normal;color:#444}
.detail p{font-size:16px;line-height:1.9;text-indent:2em}.pic-cap{text-indent:0;text-align:center;color:#666;font-size:13px}
""",
    layout="""
<div class="paper-top">黔东日报<span>2025年3月3日 星期一</span><span>今日8版</span></div>
<div class="container">
<div class="ban"><p>A2版 · 经济</p><p><a>◀上一版</a> <a>下一版▶</a></p><b>本版新闻</b><ol><li>铜仁梵净山抹茶出口订单排到年中</li><li>万山区新能源电池材料项目投产</li><li>江口县“以电代柴”惠及千户茶农</li></ol><p><a>PDF下载</a></p></div>
<div class="detail">
<h1>铜仁梵净山抹茶出口订单排到年中</h1>
<h2>今年前两月出口额同比增长62%</h2>
<p style="text-indent:0;text-align:center;color:#888">2025-03-03　　A2版　　经济</p>
{BODY}
</div></div>
<p style="text-align:center;font-size:12px">黔东日报社 版权所有　技术支持：某某数字报系统 V5.0</p>
""",
    style="p",
    blocks=[
        ("p", "本报讯 走进江口县一家抹茶加工企业的车间，研磨机隆隆作响，一箱箱包装好的抹茶粉正准备装车运往上海港，发往欧洲和北美。企业负责人说，今年的出口订单已经排到了6月底。"),
        ("img", "工人在车间包装抹茶产品", "工人在车间包装抹茶产品。　吴 敏　摄"),
        ("p", "据铜仁海关统计，今年1至2月，铜仁市抹茶出口额达3100万元，同比增长62%，产品销往美国、德国、加拿大等18个国家和地区。"),
        ("p", "近年来，铜仁依托梵净山周边生态茶园，引进碾茶生产线40余条，建成碾茶基地12万亩，抹茶年加工能力突破5000吨，成为国内重要的抹茶生产基地之一。"),
        ("p", "为帮助企业拓展海外市场，铜仁海关推行“提前申报”“抵港直装”等便利措施，并指导企业用好原产地证书享受关税优惠，出口通关时间较去年压缩了近一半。"),
        ("p", "“国外客户最看重的是农残指标和稳定供货。”当地一家茶企外贸经理说，企业的茶园全部通过了欧盟标准认证，每一批产品都要经过上百项检测。（吴  敏）"),
    ],
))

# wx-34 福建 evening paper 数字报 — 2024 design, 引题 + 主题 + 副题, 文/图 credit, captions, 版次 tabs
PAGES.append(dict(
    id="wx-34", kind=K, lang="zh",
    title="“海上牧场”迎来鲍鱼收获季",
    authors=["陈  默".replace(" ", "")],
    publish_time="2025-03-08 星期六",
    css="""
body{margin:0;font-family:"PingFang SC",sans-serif;background:#fafafa}
.hd{display:flex;justify-content:space-between;align-items:center;padding:12px 4%;background:#fff;border-bottom:3px solid #e60012}
.hd b{font-size:24px;color:#e60012}.tabs{background:#fff;padding:6px 4%;font-size:13px}.tabs a{margin-right:10px}
.wrap{max-width:860px;margin:16px auto;background:#fff;padding:24px 36px}
.lead{text-align:center;color:#666}.wrap h1{text-align:center;font-size:30px;margin:4px 0}.sub2{text-align:center;color:#666}
.credit{color:#e60012;text-align:center;font-size:14px}.wrap p{line-height:1.85;font-size:17px}
.pic-cap{font-size:14px;color:#666;text-align:center}
.list{max-width:860px;margin:10px auto;font-size:13px}
""",
    layout="""
<div class="hd"><b>海峡晚报</b><span>2025-03-08 星期六 · 第A06版 · 城事 <a>返回首页</a></span></div>
<div class="tabs">版次：<a>A01</a><a>A02</a><a>A03</a><a>A04</a><a>A05</a><a>A06</a><a>A07</a><a>A08</a> | <a>B01</a><a>B02</a></div>
<div class="wrap">
<p class="lead">连江：一串串养殖笼出水，一船船鲜鲍上岸</p>
<h1>“海上牧场”迎来鲍鱼收获季</h1>
<p class="sub2">今年全县鲍鱼产量预计超1.5万吨</p>
<p class="credit">文/图 本报记者 陈  默</p>
{BODY}
</div>
<div class="list"><b>本版其他稿件</b>：<a>马尾船政文化街区春季游线路发布</a>｜<a>鼓岭：又是一年樱花季</a>｜<a>福州地铁新增夜间加密班次</a></div>
<p style="text-align:center;font-size:12px;color:#999">海峡晚报社 版权所有 · 闽ICP备0700XXXX号 · 本报数字报由某某科技提供技术支持</p>
""",
    style="p",
    blocks=[
        ("p", "清晨，连江县黄岐镇外海的养殖区里，渔工们把一串串鲍鱼养殖笼从海水中提起，倒出的鲍鱼个个肥美，在阳光下泛着光泽。眼下正是连江鲍鱼集中收获的季节，码头上收购商的货车排起了长队。"),
        ("img", "渔工在养殖排上分拣鲍鱼", "渔工在养殖排上分拣鲍鱼"),
        ("p", "“今年水温合适，鲍鱼长得快，个头也大，三到四头一斤的占了一半以上。”养殖户林伟华说，他家有300多口养殖笼，目前收购价每斤在90元到110元之间，比去年略有上涨。"),
        ("p", "连江是全国重要的鲍鱼养殖基地。近年来，当地推广深远海智能养殖平台和“北鲍南养”模式，夏季把鲍鱼运到北方海域避暑，冬季再运回连江越冬，有效降低了高温死亡率。"),
        ("img", "收购商在码头称重", "收购商在码头称重"),
        ("p", "据连江县海洋与渔业局介绍，今年全县鲍鱼养殖面积约2.6万亩，预计产量超过1.5万吨，产值超过30亿元。为打响品牌，连江还将在4月举办鲍鱼美食文化节。"),
    ],
))

# wx-35 浙江 county paper 电子版 — 2013-era, plain lists; 通讯员-only byline; 主题 + 副题 with dash
PAGES.append(dict(
    id="wx-35", kind=K, lang="zh",
    title="“村播”带货卖出好价钱",
    authors=["蒋晓峰", "楼  佳".replace(" ", "")],
    publish_time="2024年12月27日",
    css="""
body{font-size:13px;margin:0;background:#fff}
.t1{background:#c00;color:#fff;font-size:22px;padding:8px 20px}
.t2{border-bottom:1px solid #c00;padding:4px 20px}
.l{float:left;width:230px;padding:10px;border-right:1px solid #ddd}.r{margin-left:260px;padding:10px 30px}
.r h2{font-size:24px;text-align:center;margin-bottom:4px}.r h4{text-align:center;font-weight:normal;margin-top:0}
.r .a{text-align:center;color:#666}.r p{line-height:23px}
.cl{clear:both;border-top:1px solid #ddd;text-align:center;color:#999;padding:6px}
""",
    layout="""
<div class="t1">浦江报 电子版</div>
<div class="t2">2024年12月27日 第2版 综合新闻 　<a>首页</a> | <a>上一版</a> | <a>下一版</a> | <a>往期查询</a></div>
<div class="l"><b>第2版标题导航</b><br>· “村播”带货卖出好价钱<br>· 县人大常委会召开第二十次会议<br>· 冬季消防安全检查全面铺开<br>· 一周天气<br><br><b>版面导航</b><br>第1版：要闻<br>第2版：综合新闻<br>第3版：镇乡街道<br>第4版：仙华副刊</div>
<div class="r">
<h2>“村播”带货卖出好价钱</h2>
<h4>——虞宅乡打造乡村直播基地见闻</h4>
<p class="a">通讯员　蒋晓峰　楼  佳</p>
{BODY}
<p style="color:#999">[2024年12月27日] 　<a>[打印本页]</a> 　<a>[关闭窗口]</a></p>
</div>
<div class="cl">浦江报社版权所有 Copyright 2013-2024 浙ICP备1200XXXX号</div>
""",
    style="u3000",
    blocks=[
        ("p", "“家人们，这是我们村自己种的高山红薯，烤出来流糖的！”12月24日下午，在虞宅乡乡村直播基地，新光村村民张丽娟对着手机镜头熟练地介绍着产品，直播间在线人数很快突破了2000人。"),
        ("p", "今年以来，虞宅乡依托闲置村级用房建成乡村直播基地，配备直播间6个，邀请专业团队为村民开展直播培训12期，培养“村播”主播80余名。"),
        ("p", "张丽娟原本在家照顾孩子，参加培训后开始尝试直播卖农产品。“一开始对着镜头说不出话，现在一场直播能卖出三四百单。”她说，高山红薯、手工索面、土蜂蜜都是直播间的热销品。"),
        ("p", "据统计，今年虞宅乡通过直播销售农产品金额达860万元，带动200多户农户增收。乡里还与快递企业合作，在基地设立了快递集散点，实现“当天下单、当天发货”。"),
    ],
))
