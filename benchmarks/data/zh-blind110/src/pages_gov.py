"""Government pages vg-01 ... vg-12 (北京, 黑龙江, 贵州, 湖北; district/county portals, departments,
街道/乡镇, 村). Every site, article, name, number, 文号, phone and ICP number is invented."""
from build import img

G = "government"
PAGES = []

# vg-01 北京 district portal, 2023 responsive design, 领导活动, info bar under headline, spaced items
PAGES.append(dict(
    id="vg-01", kind=G, lang="zh",
    title="区领导调研春季农业生产和森林防火工作",
    authors=["赵婧", "刘子航"], publish_time="2025-04-18 10:32",
    css="""
body{margin:0;font-family:"Microsoft YaHei",sans-serif;color:#333}
.topbar{background:#f2f2f2;font-size:12px;padding:4px 40px;display:flex;justify-content:space-between}
.banner{background:#b71c1c;color:#fff;padding:18px 40px;font-size:26px}
.nav a{display:inline-block;padding:10px 18px;color:#fff;background:#8e1414;text-decoration:none}
.wrap{width:1000px;margin:0 auto}.crumb{font-size:13px;margin:12px 0}
h1{text-align:center;font-size:26px}.info{text-align:center;color:#888;font-size:13px}
.info span{margin:0 10px}.art p{line-height:2;font-size:16px}
.foot{background:#eee;padding:20px;font-size:12px;text-align:center;margin-top:30px}
""",
    html="""
<div class="topbar"><div>欢迎访问北京市门头沟区人民政府网站　今天是：2025年4月18日</div>
<div><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">繁體</a> | <a href="#">English</a></div></div>
<div class="banner">北京市门头沟区人民政府<form style="display:inline;float:right"><input type="text" placeholder="请输入关键词"><button>搜索</button></form></div>
<div class="nav"><a href="#">首页</a><a href="#">要闻动态</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">走进门头沟</a></div>
<div class="wrap">
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">要闻动态</a> &gt; <a href="#">门头沟要闻</a> &gt; 正文</div>
<h1>区领导调研春季农业生产和森林防火工作</h1>
<div class="info"><span>日期：2025-04-18 10:32</span><span>来源：门头沟区融媒体中心</span><span>作者：赵婧　刘子航</span><span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="art">
@@BODY@@
</div>
<p>【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</p>
<div>分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<ul><li>上一篇：<a href="#">我区召开2025年安全生产工作会议</a></li><li>下一篇：<a href="#">门头沟区启动“京西山花节”系列活动</a></li></ul>
</div>
<div class="foot">
<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>
<p>主办：北京市门头沟区人民政府办公室　承办：门头沟区政务服务和数据管理局</p>
<p>京ICP备05079421号-2　京公网安备11010902001347号　网站标识码：1101090031</p>
<p>{img}扫一扫在手机打开当前页</p>
</div>
""".replace("{img}", img("二维码")),
    pmode="indent",
    body=[
        "4月17日，区委副书记、区长周立群带队到妙峰山镇、雁翅镇调研春季农业生产和森林防火工作，实地察看春耕备耕进展、林区防火检查站运行情况，现场研究解决基层反映的问题。",
        "在妙峰山镇涧沟村玫瑰种植基地，周立群详细了解今年玫瑰种植面积、品种改良和农户增收情况。他指出，要坚持“一村一品”发展思路，把玫瑰产业与民宿、研学、文创结合起来，延长产业链条，让村民在家门口增收。",
        "!img 区领导在涧沟村玫瑰种植基地调研|区领导在涧沟村玫瑰种植基地调研",
        "在雁翅镇田庄检查站，周立群仔细查看进山人员登记、火源收缴和视频监控设备运行情况，与值守人员交流。他强调，当前正值春季森林防火关键期，各镇、各部门要严格落实属地责任，坚持“人防+技防”，做到进山必查、火源必收、隐患必除。",
        "周立群要求，一要抓好春耕生产，及时做好农资供应和技术指导，确保不误农时；二要织密防火网络，加强重点时段、重点部位巡查，做好扑火队伍和物资准备；三要做好宣传引导，提高群众防火意识，坚决守住不发生重大森林火灾的底线。",
        "副区长韩宇、区政府办公室及区农业农村局、区园林绿化局相关负责同志参加调研。",
    ]))

# vg-02 黑龙江 city department, 2012 table layout, 通知 with 文号, no author
PAGES.append(dict(
    id="vg-02", kind=G, lang="zh",
    title="齐齐哈尔市市场监督管理局关于开展2024年夏季食品安全专项检查的通知",
    authors=[], publish_time="2024年06月03日",
    css="""
body{margin:0;background:#dfe8f0;font:12px 宋体,SimSun}
table.frame{width:980px;margin:0 auto;background:#fff}
.head td{background:#1f5b99;color:#fff;font-size:22px;height:80px}
.menu td{background:#2d70b3;color:#fff;text-align:center}
.t{font-size:20px;font-weight:bold;color:#c00;text-align:center}
.c p{font-size:14px;line-height:28px}
.tb{border-collapse:collapse}
""",
    html="""
<table class="frame" cellspacing="0" cellpadding="0">
<tr class="head"><td colspan="8">　齐齐哈尔市市场监督管理局</td></tr>
<tr class="menu"><td><a href="#">首　页</a></td><td><a href="#">机构设置</a></td><td><a href="#">政务公开</a></td><td><a href="#">通知公告</a></td><td><a href="#">办事指南</a></td><td><a href="#">投诉举报</a></td><td><a href="#">在线留言</a></td><td>站内搜索：<input type="text" size="10"> <input type="submit" value="搜"></td></tr>
<tr><td colspan="8">您现在的位置：<a href="#">首页</a>&gt;&gt;<a href="#">通知公告</a>&gt;&gt;正文</td></tr>
<tr><td colspan="8" class="t">齐齐哈尔市市场监督管理局关于开展2024年夏季食品安全专项检查的通知</td></tr>
<tr><td colspan="8" align="center">发布日期:2024年06月03日　　浏览次数：1,208　　【<a href="#">打印</a>】【<a href="#">关闭</a>】</td></tr>
<tr><td colspan="8" class="c">
<p align="center">齐市监发〔2024〕27号</p>
@@BODY@@
</td></tr>
<tr><td colspan="8">相关附件：<a href="#">附件1.夏季食品安全专项检查重点任务清单.doc</a></td></tr>
<tr><td colspan="8" align="center"><br>版权所有：齐齐哈尔市市场监督管理局　地址：齐齐哈尔市建华区卜奎大街218号　电话：0452-2790316<br>黑ICP备12004758号　网站标识码：2302000027<br>建议使用1024×768分辨率浏览</td></tr>
</table>
""",
    pmode="br",
    body=[
        "各县（市）区市场监督管理局，局机关各科室、各直属单位：",
        "为切实做好夏季食品安全监管工作，有效防范食源性疾病和食品安全事故，经研究，决定自2024年6月至8月在全市范围内开展夏季食品安全专项检查。现将有关事项通知如下：",
        "一、检查范围。全市各类餐饮服务单位、学校及托幼机构食堂、集中用餐单位食堂、农村集体聚餐场所，以及冷饮、熟食、凉菜、生鲜等食品生产经营者。",
        "二、检查重点。重点检查原料进货查验和索证索票、冷藏冷冻设施运行、食品加工操作规范、餐饮具清洗消毒、从业人员健康管理等情况，严厉查处使用过期变质原料、超范围超限量使用食品添加剂等违法行为。",
        "三、工作要求。各单位要制定具体实施方案，明确责任分工，加强督导检查，对发现的问题建立台账、限期整改；涉嫌犯罪的，依法移送公安机关。请于8月31日前将专项检查工作总结报送市局食品经营安全监督管理科。",
        "联系人：孙立伟，联系电话：0452-2790344。",
        "齐齐哈尔市市场监督管理局",
        "2024年5月31日",
    ]))

# vg-03 贵州 county-level district, 政策解读 with Q&A, bracket info bar with seconds
PAGES.append(dict(
    id="vg-03", kind=G, lang="zh",
    title="《汇川区促进农村电商高质量发展实施方案》政策解读",
    authors=[], publish_time="2023-11-20 16:05:12",
    css="""
body{margin:0;background:#fafafa;font-family:"PingFang SC",sans-serif}
header{background:linear-gradient(#0b6e4f,#08533c);color:#fff;padding:20px 60px}
header .name{font-size:28px;letter-spacing:2px}
nav ul{list-style:none;margin:0;padding:0;background:#0a5f44}nav li{display:inline-block;padding:10px 20px;color:#fff}
main{width:1100px;margin:20px auto;background:#fff;padding:30px}
.title{font-size:24px;text-align:center;color:#0b6e4f}.meta{border-bottom:1px dashed #ccc;text-align:center;font-size:13px;padding:8px}
.content p{line-height:1.9;text-indent:2em}.content h4{color:#0b6e4f}
footer{background:#333;color:#aaa;padding:20px 60px;font-size:12px}
""",
    html="""
<header><div class="name">遵义市汇川区人民政府</div><div>www.zyhc.gov.cn</div><div><a href="#">长者模式</a> <a href="#">无障碍浏览</a> <a href="#">登录</a> <a href="#">注册</a></div></header>
<nav><ul><li>首页</li><li>汇川概况</li><li>新闻动态</li><li>政务公开</li><li>政务服务</li><li>政民互动</li><li>专题专栏</li></ul></nav>
<main>
<div>您当前所在位置：首页 &gt; 政务公开 &gt; 政策解读 &gt; 部门解读</div>
<div class="title">《汇川区促进农村电商高质量发展实施方案》政策解读</div>
<div class="meta">【发布时间：2023-11-20 16:05:12】【来源：汇川区商务局】【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】【<a href="#">打印</a>】</div>
<div class="content">
@@BODY@@
</div>
<p>相关文件：<a href="#">遵义市汇川区人民政府办公室关于印发《汇川区促进农村电商高质量发展实施方案》的通知</a></p>
<p>解读机关：汇川区商务局　　解读人：区商务局党组成员、副局长</p>
<p>分享：<a href="#">微信</a> <a href="#">QQ</a> <a href="#">微博</a></p>
</main>
<footer>
<p>主办单位：遵义市汇川区人民政府办公室　运维单位：汇川区大数据发展中心</p>
<p>网站标识码：5203030012　黔ICP备13002196号-1　黔公网安备52030302000219号</p>
<p>联系电话：0851-27612058（工作日9:00-17:00）</p>
</footer>
""",
    pmode="p", hmode="h4",
    body=[
        "## 一、出台背景",
        "近年来，我区农村电商发展较快，但仍存在产品标准化程度不高、物流成本偏高、专业人才缺乏等问题。为进一步发挥电子商务在乡村振兴中的带动作用，区商务局会同相关部门研究起草了《汇川区促进农村电商高质量发展实施方案》（以下简称《方案》）。",
        "## 二、主要目标",
        "到2025年，全区农村网络零售额年均增长15%以上，培育年销售额500万元以上的农村电商企业10家，建成镇级电商服务站8个、村级服务点60个，打造2个以上区域公共品牌。",
        "## 三、重点任务",
        "- （一）完善县镇村三级物流配送体系，推动快递进村全覆盖。",
        "- （二）推进特色农产品标准化、品牌化建设，重点支持茶叶、辣椒、食用菌等产品上行。",
        "- （三）开展电商人才培训，每年培训农村电商从业人员不少于1000人次。",
        "- （四）支持直播电商发展，鼓励返乡青年开设网店和直播间。",
        "## 四、支持政策",
        "《方案》明确，对年网络销售额首次突破100万元、500万元的本地企业，分别给予一次性奖励；对新建并正常运营一年以上的村级服务点给予运营补贴。具体标准按区财政相关规定执行。",
        "## 五、实施时间",
        "《方案》自印发之日起施行，有效期至2025年12月31日。",
    ]))

# vg-04 湖北 恩施 township (乡) site, 2016 style, closing author line in parentheses inside last para
PAGES.append(dict(
    id="vg-04", kind=G, lang="zh",
    title="沙道沟镇：茶园里的“夜校”开课了",
    authors=["向红梅", "田文斌"], publish_time="2021/05/26",
    css="""
body{margin:0;font:14px "微软雅黑";background:url() #e9f3e6}
#top{height:110px;background:#3d8b37;color:#fff;font-size:30px;padding-left:30px;line-height:110px}
#menu{background:#2f6e2a;height:36px}#menu a{color:#fff;float:left;width:120px;text-align:center;line-height:36px}
#main{width:960px;margin:10px auto;background:#fff;padding:20px;overflow:hidden}
#left{float:left;width:220px}#right{float:right;width:700px}
.lt{background:#3d8b37;color:#fff;padding:6px}.newstitle{font-size:22px;font-weight:bold;text-align:center;margin:20px 0}
.newsinfo{text-align:center;color:#999;border-bottom:1px solid #ddd;padding-bottom:8px}
#foot{text-align:center;color:#666;padding:20px}
""",
    html="""
<div id="top">宣恩县沙道沟镇人民政府</div>
<div id="menu"><a href="#">网站首页</a><a href="#">镇情概况</a><a href="#">工作动态</a><a href="#">政务公开</a><a href="#">招商引资</a><a href="#">民生服务</a></div>
<div id="main">
<div id="left">
<div class="lt">工作动态</div><ul><li><a href="#">乡镇要闻</a></li><li><a href="#">村级动态</a></li><li><a href="#">图片新闻</a></li></ul>
<div class="lt">便民服务</div><ul><li><a href="#">办事指南</a></li><li><a href="#">表格下载</a></li></ul>
</div>
<div id="right">
<div>当前位置：<a href="#">首页</a> → <a href="#">工作动态</a> → <a href="#">乡镇要闻</a></div>
<div class="newstitle">沙道沟镇：茶园里的“夜校”开课了</div>
<div class="newsinfo">发布时间：2021/05/26　　信息来源：沙道沟镇　　点击：<span>396</span>次</div>
@@BODY@@
<p align="right">【<a href="#">关闭窗口</a>】</p>
</div>
</div>
<div id="foot">Copyright © 2016 宣恩县沙道沟镇人民政府 版权所有<br>地址：宣恩县沙道沟镇集镇中路6号　邮编：445503　鄂ICP备16011823号</div>
""",
    pmode="ideo",
    body=[
        "5月24日晚8时，沙道沟镇两河口村村委会会议室里灯火通明，40多名茶农围坐在一起，听县茶叶技术推广站的老师讲解夏茶管理和病虫害绿色防控技术。这是该镇今年开办的第六期“茶园夜校”。",
        "“白天要采茶、管园子，晚上来听课正合适。”茶农彭大姐一边记笔记一边说，“老师讲的都是我们用得上的，像修剪的高度、施肥的时间，回去就能照着做。”",
        "!img 茶园夜校课堂|茶园夜校课堂现场",
        "据了解，沙道沟镇现有茶园面积3.2万亩，茶叶是全镇群众增收的主要产业。为解决茶农“白天没空学、技术跟不上”的问题，镇农业服务中心今年联合县茶叶技术推广站，把课堂搬到村里、把时间放到晚上，按照茶季安排培训内容，计划全年开课20期，覆盖全镇所有产茶村。",
        "课后，技术员还把培训内容整理成图文和短视频，发到各村微信群，方便没来得及参加的群众学习。（向红梅　田文斌）",
    ]))

# vg-05 北京 街道办事处 page, 2018 flat design, "文：… 图：…" byline line before body
PAGES.append(dict(
    id="vg-05", kind=G, lang="zh",
    title="和平街街道“楼门议事会”破解老旧小区停车难",
    authors=["李岩"], publish_time="2022年9月8日 星期四",
    css="""
body{margin:0;background:#f6f7fb;font-family:sans-serif}
.hd{background:#fff;border-bottom:4px solid #1565c0;padding:16px 50px}.hd b{font-size:24px;color:#1565c0}
.mn{background:#1565c0}.mn span{display:inline-block;color:#fff;padding:12px 24px}
.bx{width:900px;margin:24px auto;background:#fff;padding:30px 50px;box-shadow:0 0 6px #ccc}
.bx h2{font-size:24px;text-align:center}.dt{color:#999;font-size:13px;text-align:center}
.by{color:#555;font-size:14px}.bx p{line-height:1.8}
.ft{text-align:center;color:#888;font-size:12px;padding:30px}
""",
    html="""
<div class="hd"><b>北京市朝阳区和平街街道办事处</b>　<span>繁体版 | 长者模式 | 无障碍</span></div>
<div class="mn"><span>首页</span><span>街道概况</span><span>街道动态</span><span>社区风采</span><span>信息公开</span><span>便民服务</span><span>接诉即办</span></div>
<div class="bx">
<p>首页 / 街道动态 / 社区风采</p>
<h2>和平街街道“楼门议事会”破解老旧小区停车难</h2>
<div class="dt">2022年9月8日 星期四　|　阅读量：1024</div>
@@BODY@@
<hr>
<p>【<a href="#">返回顶部</a>】　【<a href="#">打印</a>】</p>
<p>相关阅读</p>
<ul><li><a href="#">樱花园社区开展垃圾分类入户宣传</a>　09-05</li><li><a href="#">街道召开“吹哨报到”工作推进会</a>　09-01</li><li><a href="#">小关北里完成加装电梯意见征集</a>　08-29</li></ul>
</div>
<div class="ft">主办：北京市朝阳区和平街街道办事处　地址：北京市朝阳区和平街十二区甲8号　电话：010-64290553<br>京ICP备10217460号-3　京公网安备11010502037729号</div>
""",
    pmode="p",
    body=[
        '~<p class="by">文：李岩　图：王浩</p>',
        "“以前下班回来转三圈找不到车位，现在小区里画了线、排了号，心里踏实多了。”家住和平街十一区的居民张先生说。",
        "和平街十一区建成于上世纪80年代，共有居民楼12栋、住户800余户，小区内私家车保有量已超过400辆，车位不足、乱停乱放问题长期困扰居民。今年以来，和平街街道以“楼门议事会”为抓手，把停车问题交给居民自己商量、共同解决。",
        "## 议事会上定规矩",
        "社区先后组织召开楼门议事会9次，邀请楼门长、党员、车主和物业代表参加，围绕车位划分、收费标准、外来车辆管理等问题逐条讨论，最终形成《十一区停车自治公约》，经全体居民投票通过。",
        "## 挖潜增位见实效",
        "街道协调城管、交通等部门，对小区内闲置空地和废弃自行车棚进行改造，新增停车位86个；同时与周边两家单位签订错时停车协议，夜间向居民开放车位120个。",
        "街道城市管理办公室负责人表示，下一步将把十一区的经验推广到辖区其他老旧小区，让更多“小事”在楼门里议出办法。",
    ]))

# vg-06 黑龙江 哈尔滨 district 公示 with table, 2020 government template, glued info bar
PAGES.append(dict(
    id="vg-06", kind=G, lang="zh",
    title="关于道里区2024年度“最美家庭”拟表彰对象的公示",
    authors=[], publish_time="2024-12-16",
    css="""
body{margin:0;font-family:"Microsoft YaHei"}
.g-top{background:#0d3c78;color:#fff;padding:10px 40px;font-size:12px}
.g-logo{background:#164f9a;color:#fff;font-size:30px;padding:24px 40px}
.g-nav{background:#fff;border-bottom:1px solid #ccc}.g-nav a{display:inline-block;padding:12px 22px;color:#164f9a}
.g-main{width:1000px;margin:0 auto}.g-h{font-size:22px;text-align:center;margin-top:24px}
.g-info{background:#f3f6fa;padding:6px;text-align:center;font-size:13px}
.tb{border-collapse:collapse;width:100%}.tb td,.tb th{border:1px solid #999;padding:4px}
.g-foot{background:#0d3c78;color:#cfd8e6;padding:20px 40px;font-size:12px;margin-top:30px}
""",
    html="""
<div class="g-top">哈尔滨市道里区人民政府 | <a href="#">无障碍</a> | <a href="#">关怀版</a> | <a href="#">简</a>/<a href="#">繁</a></div>
<div class="g-logo">道里区人民政府<div style="font-size:14px"><input type="text" placeholder="搜索本站"> <button>搜索</button></div></div>
<div class="g-nav"><a href="#">首页</a><a href="#">走进道里</a><a href="#">新闻中心</a><a href="#">政府信息公开</a><a href="#">政务服务</a><a href="#">互动交流</a></div>
<div class="g-main">
<p>当前位置：首页&gt;新闻中心&gt;通知公告</p>
<div class="g-h">关于道里区2024年度“最美家庭”拟表彰对象的公示</div>
<div class="g-info">发布时间:2024-12-16来源:道里区妇联浏览次数:612【字体:大中小】</div>
@@BODY@@
<p>【<a href="#">打印</a>】【<a href="#">关闭</a>】</p>
<p>扫一扫在手机打开当前页</p>
</div>
<div class="g-foot">
<p>主办：哈尔滨市道里区人民政府办公室　承办：道里区营商环境建设监督局</p>
<p>网站标识码：2301020004　黑ICP备05002961号　黑公网安备23010202000451号</p>
<p>地址：哈尔滨市道里区安静街96号</p>
</div>
""",
    pmode="indent",
    body=[
        "根据《关于开展2024年度道里区“最美家庭”寻访活动的通知》要求，经各街道（镇）推荐、区妇联审核，拟对以下10户家庭予以表彰，现予以公示。",
        "| 序号 | 家庭 | 所在街道（镇） | 事迹类型 |",
        "| 1 | 于洪斌家庭 | 斯大林街道 | 孝老爱亲 |",
        "| 2 | 曲丽娜家庭 | 新阳路街道 | 邻里互助 |",
        "| 3 | 金哲浩家庭 | 工农街道 | 绿色环保 |",
        "| 4 | 郭秀芝家庭 | 太平镇 | 科学教子 |",
        "| 5 | 穆春生家庭 | 群力街道 | 热心公益 |",
        "| 6 | 蒋雨辰家庭 | 安静街道 | 廉洁齐家 |",
        "| 7 | 邵玉兰家庭 | 建国街道 | 孝老爱亲 |",
        "| 8 | 韩立新家庭 | 新发镇 | 勤劳致富 |",
        "| 9 | 滕晓梅家庭 | 抚顺街道 | 邻里互助 |",
        "| 10 | 修国庆家庭 | 通江街道 | 热心公益 |",
        "公示时间：2024年12月16日至12月20日（5个工作日）。公示期间，如有异议，请以书面或电话形式向区妇联反映。以单位名义反映的须加盖公章，以个人名义反映的须署真实姓名和联系方式。",
        "联系电话：0451-84617203",
        "哈尔滨市道里区妇女联合会",
        "2024年12月16日",
    ]))

# vg-07 贵州 county, 讲话 (speech): author = speaker, title line + speaker line under it
PAGES.append(dict(
    id="vg-07", kind=G, lang="zh",
    title="在全县2024年林业产业发展推进会上的讲话",
    authors=["杨光荣"], publish_time="2024-03-28 09:15",
    css="""
body{margin:0;background:#eee;font-family:"Songti SC",serif}
.skin{width:1024px;margin:0 auto;background:#fff}
.mast{height:120px;background:#6b2f0f;color:#f6d9a8;font-size:32px;text-align:center;line-height:120px}
.links{background:#8a4119;padding:8px;text-align:center}.links a{color:#fff;margin:0 12px}
.pos{padding:10px 30px;font-size:13px}.doc{padding:10px 80px}
.doc h1{font-size:24px;text-align:center;color:#000}.sp{text-align:center;font-family:KaiTi,楷体}
.bar{font-size:12px;color:#777;text-align:center;border-top:1px solid #ddd;border-bottom:1px solid #ddd;padding:5px}
.doc p{font-size:16px;line-height:2}
.bottom{background:#6b2f0f;color:#eee;text-align:center;font-size:12px;padding:16px}
""",
    html="""
<div class="skin">
<div class="mast">雷山县人民政府门户网站</div>
<div class="links"><a href="#">首页</a><a href="#">政务要闻</a><a href="#">领导之窗</a><a href="#">信息公开</a><a href="#">政务服务</a><a href="#">苗乡雷山</a><a href="#">互动交流</a></div>
<div class="pos">当前位置：首页 &gt; 领导之窗 &gt; 领导讲话</div>
<div class="doc">
<div class="bar">发布时间：2024-03-28 09:15　　来源：县政府办公室　　浏览量：871　　【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<h1>在全县2024年林业产业发展推进会上的讲话</h1>
<p class="sp">县委副书记、县长　杨光荣<br>（2024年3月26日）</p>
@@BODY@@
<p>【<a href="#">打印</a>】【<a href="#">关闭</a>】</p>
<p>上一篇：<a href="#">在全县安全生产工作会议上的讲话</a><br>下一篇：<a href="#">在县政府第十四次常务会议上的讲话</a></p>
</div>
<div class="bottom">雷山县人民政府办公室主办　雷山县融媒体中心技术支持<br>黔ICP备09003128号　网站标识码：5226340001　黔公网安备52263402000012号</div>
</div>
""",
    pmode="ideo", hmode="ideo-strong",
    body=[
        "同志们：",
        "今天召开全县林业产业发展推进会，主要任务是总结去年工作，分析当前形势，安排部署今年林业产业发展重点任务。刚才，几个乡镇和企业作了交流发言，讲得很好，我都同意。下面，我再讲三点意见。",
        "## 一、认清形势，进一步增强发展林业产业的责任感",
        "我县森林覆盖率达到73.2%，林地资源是我们最大的优势。去年全县林业产业总产值达到21.6亿元，林下种植养殖面积突破18万亩，但也要看到，我们的林业产业还存在规模不大、链条不长、效益不高的问题，必须下大力气加以解决。",
        "## 二、突出重点，推动林业产业提质增效",
        "一是做优林下经济。重点发展林下天麻、茯苓、食用菌和林下养鸡，今年新增林下经济面积2万亩。二是做强木材加工。支持企业技改扩能，提高精深加工比重。三是做活森林康养。依托雷公山等资源，把林业与旅游、康养结合起来。",
        "## 三、压实责任，确保各项任务落到实处",
        "各乡镇要把林业产业摆上重要位置，主要负责同志要亲自抓；县林业局要加强指导服务，县直相关部门要密切配合，形成工作合力。县政府督查室要加强督促检查，确保各项工作按时完成。",
        "同志们，让我们以更加务实的作风，扎实推动全县林业产业高质量发展，为建设生态美、百姓富的新雷山作出新的更大贡献！",
    ]))

# vg-08 湖北 武汉 district, 通报, 2025 design, info bar ABOVE headline, no author
PAGES.append(dict(
    id="vg-08", kind=G, lang="zh",
    title="关于2025年第一季度政务服务“好差评”情况的通报",
    authors=[], publish_time="2025年04月09日 15:20",
    css="""
:root{--c:#c8102e}body{margin:0;font-family:system-ui,"PingFang SC",sans-serif;background:#fff}
.h{display:flex;align-items:center;justify-content:space-between;padding:14px 5vw;border-bottom:1px solid #eee}
.h .logo{font-size:22px;color:var(--c);font-weight:700}.nv{display:flex;gap:28px;padding:12px 5vw;background:var(--c)}
.nv a{color:#fff;text-decoration:none}.art{max-width:860px;margin:30px auto;padding:0 20px}
.meta{display:flex;gap:18px;font-size:13px;color:#888}.art h1{font-size:28px;line-height:1.4}
.art p{font-size:17px;line-height:1.9}.tb{border-collapse:collapse;width:100%}.tb td,.tb th{border:1px solid #ddd;padding:6px}
.ft{background:#222;color:#999;padding:30px 5vw;font-size:13px}
""",
    html="""
<div class="h"><div class="logo">武汉市江夏区人民政府</div><div><a href="#">无障碍</a>　<a href="#">长者模式</a>　<input type="search" placeholder="搜索"></div></div>
<div class="nv"><a href="#">首页</a><a href="#">江夏要闻</a><a href="#">政府信息公开</a><a href="#">办事服务</a><a href="#">互动交流</a><a href="#">数据开放</a></div>
<div class="art">
<div>首页 › 政府信息公开 › 法定主动公开内容 › 通知公告</div>
<div class="meta"><span>2025年04月09日 15:20</span><span>江夏区政务服务和大数据管理局</span><span>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>
<h1>关于2025年第一季度政务服务“好差评”情况的通报</h1>
@@BODY@@
<div>分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<p>【<a href="#">打印</a>】【<a href="#">关闭</a>】</p>
</div>
<div class="ft">
<p>江夏区人民政府 版权所有　主办：武汉市江夏区人民政府办公室</p>
<p>鄂ICP备05003217号-1　鄂公网安备42011502000268号　政府网站标识码：4201150012</p>
<p>{img}江夏发布</p>
</div>
""".replace("{img}", img("江夏发布二维码", src=False)),
    pmode="p",
    body=[
        "各街道、各相关部门：",
        "2025年第一季度，全区政务服务“好差评”系统共收到评价数据186423条，其中好评186276条，好评率99.92%；差评147条，差评整改率100%。现将有关情况通报如下：",
        "## 一、总体情况",
        "第一季度，区政务服务中心、17个街道便民服务中心和各村（社区）服务站均已接入“好差评”系统，实现线上线下评价渠道全覆盖。评价数量较上季度增长12.6%，主动评价率明显提升。",
        "## 二、差评主要问题",
        "- 1.部分事项办理材料要求不一致，群众多次往返；",
        "- 2.个别窗口工作人员解释政策不够耐心细致；",
        "- 3.高峰时段排队等候时间较长。",
        "## 三、下一步工作要求",
        "各单位要高度重视差评整改，对每一条差评做到“有回复、有整改、有反馈”；要进一步精简办事材料，统一办事指南；要加强窗口人员培训，推行延时服务和预约服务，切实提升群众满意度。",
        "江夏区优化营商环境工作领导小组办公室",
        "2025年4月8日",
    ]))

# vg-09 黑龙江 village site (村务公开), very plain 2010 page, 公告
PAGES.append(dict(
    id="vg-09", kind=G, lang="zh",
    title="红星村关于2023年度土地承包费收支情况的公告",
    authors=[], publish_time="2024-01-22",
    css="""
body{font-size:14px;font-family:宋体;background:#fff;margin:8px}
.cun{font-size:24px;color:#990000;font-weight:bold}.tb{border-collapse:collapse}
hr{border:0;border-top:2px solid #990000}
""",
    html="""
<div class="cun">五常市龙凤山镇红星村</div>
<div>村务公开 | 党务公开 | 财务公开 | 惠农政策 | 美丽乡村 | 联系我们</div>
<hr>
<div>位置：首页 → 财务公开</div>
<center><h3>红星村关于2023年度土地承包费收支情况的公告</h3></center>
<center>作者：村委会　时间：2024-01-22　阅读：233次</center>
<hr>
@@BODY@@
<hr>
<div>红星村村民委员会　地址：五常市龙凤山镇红星村　电话：0451-53711826</div>
<div>黑ICP备10015532号</div>
""",
    pmode="nbsp", listmode="p",
    body=[
        "全体村民：",
        "根据村务公开有关规定，经村务监督委员会审核，现将我村2023年度机动地土地承包费收支情况公告如下：",
        "一、收入情况：全年收取机动地承包费共计186400元，机动地面积466亩，每亩400元。",
        "二、支出情况：",
        "| 项目 | 金额（元） | 备注 |",
        "| 村屯道路维修 | 52600 | 红星屯、前进屯 |",
        "| 排水沟清淤 | 31800 | 经村民代表会议通过 |",
        "| 困难户慰问 | 12000 | 24户 |",
        "| 村部取暖费 | 28500 | |",
        "| 合计 | 124900 | |",
        "三、结余情况：结余61500元，存入镇农村集体“三资”代理服务中心账户。",
        "以上收支已经2024年1月15日村民代表会议审议通过，相关票据存村会计室备查，村民可在工作日到村部查阅。",
        "村民对以上公告内容如有疑问，可在公告之日起10日内向村务监督委员会反映。",
        "红星村村民委员会",
        "2024年1月20日",
    ]))

# vg-10 北京 municipal bureau, 批复 with 文号, 2019 template, date with "成文日期" box
PAGES.append(dict(
    id="vg-10", kind=G, lang="zh",
    title="北京市文化和旅游局关于同意延庆区八达岭镇石峡村创建市级乡村旅游重点村的批复",
    authors=[], publish_time="2023-07-14",
    css="""
body{margin:0;font-family:"Microsoft YaHei";font-size:14px}
.top1{background:#7a0c0c;height:90px;color:#ffe7b3;font-size:26px;line-height:90px;padding-left:60px}
.nav1{background:#a31515}.nav1 li{display:inline-block;color:#fff;padding:10px 16px}
.box{width:1000px;margin:0 auto}.xxgk{border:1px solid #ccc;background:#fbf7f0;width:100%}
.xxgk td{padding:4px 8px}.tit{font-size:22px;text-align:center;margin:24px 0;font-weight:bold}
.zw p{font-size:16px;line-height:2;font-family:FangSong,仿宋}
.footer{border-top:3px solid #7a0c0c;text-align:center;color:#666;padding:20px;font-size:12px}
""",
    html="""
<div class="top1">北京市文化和旅游局<span style="font-size:12px;float:right;padding-right:30px">无障碍 | 长者版 | 繁体 | English</span></div>
<ul class="nav1"><li>首页</li><li>机构职能</li><li>政务公开</li><li>文旅资讯</li><li>办事服务</li><li>互动交流</li></ul>
<div class="box">
<p>当前位置：首页 &gt; 政务公开 &gt; 政府信息公开 &gt; 法定主动公开内容 &gt; 其他文件</p>
<table class="xxgk">
<tr><td>索 引 号：</td><td>11000000K00001/2023-00162</td><td>主题分类：</td><td>文化、广电、新闻出版</td></tr>
<tr><td>发文机构：</td><td>北京市文化和旅游局</td><td>发文字号：</td><td>京文旅复〔2023〕41号</td></tr>
<tr><td>成文日期：</td><td>2023-07-11</td><td>发布日期：</td><td>2023-07-14</td></tr>
</table>
<div class="tit">北京市文化和旅游局关于同意延庆区八达岭镇石峡村创建市级乡村旅游重点村的批复</div>
<p align="center">京文旅复〔2023〕41号</p>
<div class="zw">
@@BODY@@
</div>
<p>【<a href="#">我要打印</a>】【<a href="#">关闭</a>】</p>
</div>
<div class="footer">主办：北京市文化和旅游局　地址：北京市东城区礼士胡同31号　邮编：100010<br>京ICP备12003561号　京公网安备11010102003719号　网站标识码：1100000061</div>
""",
    pmode="ideo",
    body=[
        "延庆区文化和旅游局：",
        "你局《关于延庆区八达岭镇石峡村申报市级乡村旅游重点村的请示》（延文旅文〔2023〕19号）收悉。经研究，现批复如下：",
        "一、同意延庆区八达岭镇石峡村创建北京市乡村旅游重点村，创建期为两年。",
        "二、创建期间，要坚持保护优先、合理利用，注重保护长城文化遗产和传统村落风貌，严格控制开发强度，严禁破坏性建设。",
        "三、要完善游客服务中心、停车场、旅游厕所、标识标牌等基础设施，提升民宿和农家餐饮服务质量，丰富长城文化研学、民俗体验等产品供给。",
        "四、要建立健全村民参与和利益联结机制，带动村民就业增收，不得损害村民合法权益。",
        "请你局加强指导和监督，及时协调解决创建过程中遇到的问题，创建完成后按程序申请验收。",
        "此复。",
        "北京市文化和旅游局",
        "2023年7月11日",
    ]))

# vg-11 湖北 provincial department news, author with spaced name, info bar above title, mixed labels
PAGES.append(dict(
    id="vg-11", kind=G, lang="zh",
    title="汉江中下游干流水量调度工作会商会在襄阳召开",
    authors=["杜宇", "陈晓"], publish_time="2024-07-09",
    css="""
body{margin:0;background:#edf5fb;font-family:sans-serif}
.head{background:#0277bd;color:#fff;padding:20px 50px}.head h2{margin:0;font-size:26px}
.menu{background:#01579b;padding:0 50px}.menu a{color:#e1f5fe;display:inline-block;padding:10px 15px}
.container{width:1040px;margin:20px auto;display:flex;gap:20px}
.side{width:240px;background:#fff;padding:10px}.article{flex:1;background:#fff;padding:20px 40px}
.line{font-size:13px;color:#666;border-bottom:1px solid #eee;padding-bottom:6px}
.article h1{font-size:24px;text-align:center}.article p{line-height:1.9}
.bt{background:#01579b;color:#cde;padding:20px 50px;font-size:12px}
""",
    html="""
<div class="head"><h2>湖北省水利厅</h2><span>Water Resources Department of Hubei Province</span></div>
<div class="menu"><a href="#">首页</a><a href="#">机构概况</a><a href="#">水利要闻</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">水利专题</a><a href="#">互动交流</a></div>
<div class="container">
<div class="side"><b>水利要闻</b><ul><li><a href="#">厅内要闻</a></li><li><a href="#">市县动态</a></li><li><a href="#">媒体聚焦</a></li></ul>
<b>热点推荐</b><ul><li><a href="#">全省水旱灾害防御工作会议召开</a></li><li><a href="#">我省启动河湖“清四乱”专项行动</a></li></ul></div>
<div class="article">
<div>您的位置： 首页 &gt;&gt; 水利要闻 &gt;&gt; 厅内要闻</div>
<div class="line">来源： 省水利厅水资源处　　作者：&nbsp;&nbsp;杜&nbsp;&nbsp;宇&nbsp;&nbsp;&nbsp;陈&nbsp;晓　　发布时间：2024-07-09　　【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<h1>汉江中下游干流水量调度工作会商会在襄阳召开</h1>
@@BODY@@
<p>【<a href="#">打印正文</a>】</p>
</div>
</div>
<div class="bt">主办：湖北省水利厅　地址：武汉市武昌区中南路13号　邮编：430071<br>鄂ICP备05017429号　鄂公网安备42010602000931号　网站标识码：4200000037</div>
""",
    pmode="indent",
    body=[
        "7月8日，汉江中下游干流水量调度工作会商会在襄阳召开。省水利厅副厅长罗家明出席会议并讲话，襄阳、荆门、天门、潜江、仙桃、孝感、武汉等沿江市水行政主管部门和相关水利工程管理单位参加会议。",
        "会议通报了上半年汉江中下游来水、用水和主要控制断面流量情况。今年以来，汉江流域降水偏少，丹江口水库下泄流量较常年同期偏少近两成，中下游部分河段出现阶段性低水位，农业灌溉和城乡供水面临一定压力。",
        "会议要求，各地要牢固树立节水优先理念，严格执行年度水量分配方案和取水许可管理，做好兴隆、碾盘山等枢纽联合调度，保障重要控制断面生态流量达标；要加强用水监测和信息共享，遇有旱情苗头及时会商、科学调度，确保城乡供水安全和秋粮灌溉用水。",
        "罗家明强调，汉江是湖北的“母亲河”，做好水量调度事关沿江群众生产生活和生态安全。各有关单位要主动担当、密切协作，以精细化调度守护汉江安澜。",
    ]))

# vg-12 贵州 乡镇 site on a 2025 county cluster platform: 领导活动 with "记者" byline inside first para (融媒体)
PAGES.append(dict(
    id="vg-12", kind=G, lang="zh",
    title="茅坡镇党委书记走访调研茶叶加工企业",
    authors=["罗成", "蒙晓娟"], publish_time="2025-06-11 17:48",
    css="""
body{margin:0;font-family:"HarmonyOS Sans SC","PingFang SC",sans-serif;background:#f4f8f3}
.xz-head{background:#2e7d32;color:#fff;display:flex;justify-content:space-between;padding:16px 6vw}
.xz-head .t1{font-size:24px}.xz-tabs{background:#fff;padding:0 6vw;border-bottom:2px solid #2e7d32}
.xz-tabs a{display:inline-block;padding:12px 16px;color:#2e7d32}
.xz-art{max-width:820px;margin:24px auto;background:#fff;padding:28px 36px;border-radius:8px}
.xz-art h1{font-size:25px}.xz-meta{font-size:13px;color:#8a8a8a}.xz-meta i{font-style:normal;margin-right:14px}
.xz-art p{line-height:1.85;font-size:16px}.xz-ft{text-align:center;color:#777;font-size:12px;padding:24px}
""",
    html="""
<div class="xz-head"><div class="t1">湄潭县茅坡镇人民政府</div><div><a href="#">长者模式</a> · <a href="#">无障碍</a> · <a href="#">湄潭县人民政府</a></div></div>
<div class="xz-tabs"><a href="#">首页</a><a href="#">乡镇概况</a><a href="#">镇务动态</a><a href="#">领导信息</a><a href="#">政策文件</a><a href="#">办事指南</a></div>
<div class="xz-art">
<div>当前位置：首页 &gt; 镇务动态 &gt; 领导活动 &gt; 正文</div>
<h1>茅坡镇党委书记走访调研茶叶加工企业</h1>
<div class="xz-meta"><i>2025-06-11 17:48</i><i>来源：湄潭县融媒体中心</i><i>阅读 455</i></div>
@@BODY@@
<p>编辑：王琪　　二审：令狐磊　　三审：冉光华</p>
<p>上一篇：<a href="#">茅坡镇开展防汛应急演练</a></p>
<p>下一篇：<a href="#">茅坡镇召开6月党政联席会议</a></p>
</div>
<div class="xz-ft">湄潭县茅坡镇人民政府 主办　黔ICP备12000593号-8　网站标识码：5203280045<br>地址：湄潭县茅坡镇茶城路2号　电话：0851-24470105<br>本网站由湄潭县大数据中心统一建设</div>
""",
    pmode="p",
    body=[
        "湄潭融媒讯（记者 罗成 蒙晓娟）6月10日，茅坡镇党委书记吴俊杰带队走访调研辖区茶叶加工企业，了解夏秋茶生产、产品销售和用工情况，听取企业意见建议。",
        "在贵州黔韵茶业有限公司，吴俊杰走进生产车间，察看红茶萎凋、揉捻、发酵等工序，详细询问夏秋茶收购价格和出口订单情况。企业负责人介绍，今年公司新上了一条自动化红茶生产线，日加工鲜叶能力提高到30吨，带动周边200余户茶农稳定增收。",
        "在茅坡村茶叶专业合作社，吴俊杰与合作社理事长、茶农代表交流，鼓励合作社继续探索“公司+合作社+农户”模式，把夏秋茶资源利用起来，提高茶园综合效益。",
        "吴俊杰要求，镇相关站所要当好企业“服务员”，在用地、用电、用工、融资等方面主动对接，帮助企业解决实际困难；要引导企业抓好产品质量安全，擦亮“湄潭翠芽”“遵义红”公共品牌，推动茶产业提质增效。",
    ]))
