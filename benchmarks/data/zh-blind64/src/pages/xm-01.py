# 陕西省农业农村厅 (省厅), 2014-era table layout; a left column of other stories
# (热点新闻, 通知公告) comes before the article in the copy, and it lists this
# article's own headline cut short.
from kit import *

META = dict(
    id="xm-01", kind="government", lang="zh",
    title="全省设施农业提质增效现场推进会在渭南召开",
    authors=["王倩"],
    publish_time="2025-04-17",
)
HTML_TITLE = "全省设施农业提质增效现场推进会在渭南召开-陕西省农业农村厅"
HEAD_EXTRA = """
<meta name="SiteName" content="陕西省农业农村厅">
<meta name="ColumnName" content="农业要闻">
<meta name="ArticleTitle" content="全省设施农业提质增效现场推进会在渭南召开">
<meta name="PubDate" content="2025-04-17 10:26">
<meta name="ContentSource" content="种植业管理处">
"""
CSS = BASE_CSS + """
body{font-size:12px;background:#e9efe4}
.wrap{width:1002px;margin:0 auto;background:#fff}
.top{height:26px;line-height:26px;background:#f3f3f3;border-bottom:1px solid #ddd;padding:0 10px;text-align:right}
.top a{margin:0 4px}
.banner{height:120px;background:#2e7d32;color:#fff}
.banner .cn{font-size:34px;font-weight:bold;padding:26px 0 0 140px}
.banner .en{font-size:12px;padding-left:142px}
.nav{background:#1b5e20;height:36px}
.nav li{display:inline-block;line-height:36px}
.nav li a{color:#fff;padding:0 14px;font-size:14px}
.search{padding:6px 10px;background:#f6f6f6;border-bottom:1px solid #ccc}
.search input{width:200px}
td{vertical-align:top}
.side .box{border:1px solid #cfdcc6;margin:8px}
.box-hd{background:#dfe9d8;padding:3px 8px;font-weight:bold}
.box-hd .more{float:right;font-weight:normal}
.box li{padding:2px 8px;border-bottom:1px dashed #ddd}
.crumb{padding:8px 12px;border-bottom:2px solid #2e7d32}
.art-title{font-size:22px;color:#b71c1c;text-align:center;margin:18px 20px 8px}
.info{text-align:center;color:#666;border-bottom:1px dashed #aaa;padding-bottom:6px;margin:0 20px}
.content{padding:10px 26px;font-size:14px;line-height:2}
.content p{margin:0 0 6px}
.art-list{margin:0 0 6px;padding-left:2em}
.tail{text-align:right;padding:6px 26px}
.rel{margin:10px 20px;border-top:1px solid #ccc}
.rel li{padding:2px 0}
.rel .d{float:right;color:#999}
.footer{background:#2e7d32;color:#fff;text-align:center;padding:10px 0;line-height:22px}
.footer p{margin:0}
"""
SIDE_HOT = [
    "省农业农村厅召开2025年春季农业生产调度会",
    "全省设施农业提质增效现场推进会在渭...",
    "陕西苹果出口东盟实现“一单到底”",
    "2025年全省高标准农田建设任务下达",
    "省农业农村厅开展春季农资打假专项行动",
    "榆林：马铃薯种薯繁育基地扩面增效",
    "汉中茶叶春季开园 首批明前茶上市",
    "全省农村人居环境整治现场会在咸阳召开",
    "安康富硒产业链条持续延伸",
    "关中地区小麦条锈病防控工作进入关键期",
    "铜川：矮化自根砧苹果园喜获丰收",
    "延安山地苹果标准化生产技术培训班开班",
    "商洛食用菌产业带动万户增收",
    "宝鸡猕猴桃病虫害绿色防控示范推广",
]
SIDE_NOTICE = [
    "关于开展2025年农业产业强镇申报工作的通知",
    "关于2025年度省级农民合作社示范社拟认定名单的公示",
    "陕西省农业农村厅行政许可事项清单（2025年版）",
    "关于做好2025年农业防灾减灾工作的通知",
    "陕西省农业农村厅2025年度政府信息公开工作要点",
    "2025年第一季度农产品质量安全例行监测结果",
]
TEMPLATE = f"""
<div class="wrap">
<div class="top"><a href="#">设为首页</a>|<a href="#">加入收藏</a>|<a href="#">无障碍浏览</a>|<a href="#">长者模式</a>|<a href="#">繁體版</a>|<a href="#">手机版</a></div>
<div class="banner">{img("陕西省农业农村厅", 100, 100)}<div class="cn">陕西省农业农村厅</div><div class="en">Shaanxi Provincial Department of Agriculture and Rural Affairs</div></div>
{nav(["首页", "机构概况", "政务公开", "农业要闻", "市县动态", "通知公告", "政策法规", "办事服务", "互动交流", "专题专栏"])}
{search("请输入检索内容", "检 索")}
<table width="1002" cellpadding="0" cellspacing="0" border="0"><tr>
<td width="250" class="side">
{box("热点新闻", SIDE_HOT)}
{box("通知公告", SIDE_NOTICE)}
<div class="box"><div class="box-hd"><span>网上办事</span></div><ul><li><a href="#">陕西政务服务网</a></li><li><a href="#">农药经营许可</a></li><li><a href="#">种子生产经营许可</a></li></ul></div>
</td>
<td width="752">
<div class="crumb">您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">农业要闻</a> &gt;&gt; 正文</div>
<table width="100%"><tr><td><h2 class="art-title">@@TITLE@@</h2></td></tr>
<tr><td class="info">发布时间：@@DATE@@&nbsp;&nbsp;&nbsp;&nbsp;作者：种植业处 王&nbsp;&nbsp;倩&nbsp;&nbsp;&nbsp;&nbsp;来源：种植业管理处&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：1326&nbsp;&nbsp;&nbsp;&nbsp;{fontsize(3)}</td></tr>
<tr><td class="content">
@@BODY@@
</td></tr>
<tr><td class="tail">{printclose(2)}</td></tr>
</table>
<div class="rel"><p><b>相关文章</b></p>
{ul([("全省春季农业生产暨设施农业工作视频会召开", "2025-03-06"), ("陕西启动老旧设施棚室改造提升行动", "2025-02-21"), ("渭南设施蔬菜“冬春两季”保供稳价", "2025-01-15")])}
</div>
</td></tr></table>
{footer(["主办单位：陕西省农业农村厅&nbsp;&nbsp;承办单位：陕西省农业宣传信息中心",
         "地址：西安市未央区凤城九路8号&nbsp;&nbsp;邮编：710016&nbsp;&nbsp;联系电话：029-86210000",
         "陕ICP备05011873号-1&nbsp;&nbsp;陕公网安备 61011202000415号&nbsp;&nbsp;网站标识码：6100000057",
         "建议使用1024×768分辨率 IE8.0以上版本浏览器浏览本站"])}
</div>
"""
OPTS = dict(pstyle="indent", hstyle="strong", lstyle="p")
BODY = """
p 4月15日至16日，全省设施农业提质增效现场推进会在渭南市召开。会议深入学习贯彻中央和省委农村工作会议精神，总结近年来全省设施农业发展成效，分析面临的形势，部署2025年重点任务。省农业农村厅党组成员、副厅长周建民出席会议并讲话，渭南市政府副市长杨帆致辞。
p 与会人员先后观摩了大荔县冬枣设施栽培示范园、临渭区丰原镇日光温室集群、蒲城县智能育苗工厂等6个现场，实地了解老旧棚室改造、水肥一体化、物联网环境监测等技术应用情况。在大荔县安仁镇，一排排钢架大棚整齐排列，棚内冬枣已进入花期，技术员正在调试自动卷帘和滴灌设备。
img 大荔县冬枣设施栽培示范园
cap 与会人员在大荔县冬枣设施栽培示范园观摩
h 一、设施农业发展基础持续夯实
p 会议指出，近年来全省各地坚持把设施农业作为保障“菜篮子”供给、促进农民增收的重要产业来抓，设施农业面积稳定在330万亩左右，年产值突破千亿元。截至2024年底，全省累计改造提升老旧低效棚室11.6万亩，新建高标准日光温室和塑料大棚8.2万亩，设施蔬菜自给率明显提高。
h 二、今年重点抓好四项工作
p 会议要求，各市县要聚焦提质增效，重点抓好以下工作：
li 1.加快老旧棚室改造，年内完成改造任务3万亩以上；
li 2.推进集约化育苗，新建和提升育苗中心20个；
li 3.强化科技支撑，推广轻简化栽培、绿色防控等技术；
li 4.健全产销衔接机制，培育设施农业龙头企业和区域公用品牌。
p 周建民强调，要坚持规划引领、因地制宜，严守耕地保护红线，不得占用永久基本农田新建设施；要压实安全生产责任，汛期和大风天气前后加强棚体巡查加固，确保生产安全。
p 各设区市、杨凌示范区农业农村局分管负责同志，部分县（市、区）农业农村部门负责同志及省级设施农业技术专家组成员共120余人参加会议。
"""
