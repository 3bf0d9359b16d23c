"""Media pages vb-13 .. vb-24: central/provincial/city media, portals, TV/radio sites (2 English)."""
from lib import render, page, GIF

KIND = "media"


def vb13():
    title = "河北：首批“冀字号”预制菜标准发布 覆盖原料到餐桌全链条"
    blocks = [
        ("p", "本报讯（记者 孟繁宇 通讯员 杜晓丽）3月11日，记者从省市场监管局获悉，我省首批12项预制菜地方标准正式发布，涵盖原料基地、中央厨房加工、冷链配送和餐饮门店复热等环节，将于6月1日起实施。"),
        ("p", "近年来，我省预制菜产业发展迅速，全省规模以上预制菜企业已达210余家，年产值突破400亿元，但行业标准缺失、产品质量参差不齐等问题也随之显现。此次发布的标准重点对驴肉火烧、八大碗、熏肉等地方特色菜品的原料要求、添加剂使用、冷链温度和标签标识作出明确规定。"),
        ("p", "“标准是产业高质量发展的‘通行证’。”省市场监管局标准化处负责人介绍，标准起草过程中，共调研企业68家，征集意见建议300余条，既守住食品安全底线，又为传统工艺留出空间。"),
        ("p", "据悉，省市场监管局将组织标准宣贯培训，并在保定、沧州、邢台等预制菜产业集聚区开展标准化试点，力争到2026年培育一批在全国有影响力的“冀字号”预制菜品牌。"),
    ]
    body = render(blocks)
    css = """
body{margin:0;font-family:"Microsoft YaHei";background:#fff}
.tb{background:#f2f2f2;font-size:12px;padding:4px 8%;color:#666}
.logo{padding:18px 8%;font-size:34px;color:#c00;font-weight:900;font-style:italic}
.logo span{font-size:14px;color:#333;font-style:normal;margin-left:20px}
.chn{background:#c00;padding:0 8%}
.chn a{color:#fff;display:inline-block;padding:10px 12px;font-size:15px}
.w{width:84%;margin:0 auto;display:flex;gap:30px}
.l{flex:1}
.r{width:300px}
.l h1{font-size:30px;line-height:1.4;margin:20px 0 10px}
.bar{display:flex;gap:16px;color:#888;font-size:13px;border-bottom:1px solid #eee;padding-bottom:8px}
.l p{font-size:17px;line-height:1.9;text-indent:2em}
.edit{text-align:right;color:#999;font-size:13px}
.r h3{border-left:4px solid #c00;padding-left:8px}
.ft{background:#f2f2f2;padding:20px 8%;font-size:12px;color:#777;margin-top:30px}
"""
    html = page(title, css, f"""
<div class="tb">2025年03月12日 <a href="#">手机版</a> | <a href="#">客户端</a> | <a href="#">登录</a> | <a href="#">注册</a></div>
<div class="logo">冀新网<span>河北省重点新闻网站</span></div>
<div class="chn"><a href="#">首页</a><a href="#">时政</a><a href="#">要闻</a><a href="#">财经</a><a href="#">社会</a><a href="#">文旅</a><a href="#">市县</a><a href="#">视频</a><a href="#">评论</a></div>
<div class="w">
<div class="l">
<p style="text-indent:0;font-size:13px;color:#999">冀新网 &gt; 财经 &gt; 正文</p>
<h1>{title}</h1>
<div class="bar"><span>2025-03-12 07:32:15</span><span>来源：燕赵日报</span><span>作者：孟繁宇 杜晓丽</span></div>
{body}
<p class="edit">责任编辑：闫思琪</p>
<div>分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ</a></div>
<h3>相关新闻</h3>
<ul><li><a href="#">我省出台支持预制菜产业高质量发展十条措施</a></li><li><a href="#">沧州：一只“驴肉火烧”撬动百亿产业</a></li></ul>
</div>
<div class="r"><h3>热点排行</h3><ol><li>全省春季植树造林动员大会召开</li><li>石家庄地铁4号线最新进展</li><li>河北多地迎来降雨降温</li></ol></div>
</div>
<div class="ft">冀新网版权所有，未经书面授权禁止使用<br>互联网新闻信息服务许可证：13120170008　冀ICP备09017211号　冀公网安备 13010802001733号<br>违法和不良信息举报电话：0311-8865****</div>""")
    return dict(id="vb-13", kind=KIND, title=title, authors=["孟繁宇", "杜晓丽"], publish_time="2025-03-12 07:32:15", blocks=blocks, html=html,
                site="河北 冀新网（省级新闻门户，通栏红色频道条）",
                features="本报讯（记者 … 通讯员 …）在首段；标题含冒号地名前缀（属于标题）；信息栏无标签日期带秒、来源、作者；顶栏另有当天日期；责任编辑；相关新闻与热点排行")


def vb14():
    title = "濠江两岸夜景提升工程启动 今年底前完成37处节点亮化"
    blocks = [
        ("p", "濠江两岸夜景提升工程今天正式启动。根据规划，工程将对沿江12公里岸线、7座桥梁和37处公园节点进行灯光改造，预计今年12月底前全部完工。"),
        ("p", "记者在江滨公园施工现场看到，工人们正在拆除老旧灯具，为铺设新的线路做准备。市城市管理局相关负责人介绍，此次改造坚持“节能、适度、有特色”的原则，全部采用LED节能灯具，并通过智慧照明平台实现分时段调控，改造后沿江照明能耗预计可下降35%左右。"),
        ("p", "“我们不搞大拆大建，也不搞光污染。”该负责人表示，亮化设计充分考虑了沿江居民的休息需求，晚上10点以后将自动切换为基础照明模式。"),
        ("p", "不少市民对工程充满期待。在江边散步的市民黄先生说：“以前晚上江边有些地方黑乎乎的，改造以后散步更安全，也更好看了。”"),
        ("p", "据了解，工程施工期间，部分路段将实行临时围蔽，市民出行请留意现场指示。"),
    ]
    body = render(blocks)
    css = """
body{margin:0;background:#0e0e12;color:#ddd;font-family:"PingFang SC","Microsoft YaHei"}
a{color:#ddd}
.tvtop{display:flex;align-items:center;justify-content:space-between;padding:14px 6%;background:#15151c}
.tvtop .lg{font-size:24px;color:#fff}
.tvtop .live a{margin-left:14px;background:#e60012;padding:4px 10px;border-radius:12px}
.chan{padding:10px 6%;border-bottom:1px solid #333}
.chan a{margin-right:20px}
.player{width:880px;height:300px;margin:20px auto;background:#000;display:flex;align-items:center;justify-content:center;color:#666}
.news{width:880px;margin:0 auto}
.news h1{color:#fff;font-size:26px}
.by{color:#999;font-size:14px}
.news p{line-height:1.9;font-size:16px}
.more h3{color:#fff}
.foot{margin-top:40px;padding:20px 6%;background:#15151c;font-size:12px;color:#888}
"""
    html = page(title, css, f"""
<div class="tvtop"><span class="lg">濠江广播电视台 · 濠江台</span><span class="live"><a href="#">直播</a><a href="#">点播</a><a href="#">节目单</a><a href="#">下载APP</a></span></div>
<div class="chan"><a href="#">首页</a><a href="#">濠江新闻</a><a href="#">民生</a><a href="#">视听</a><a href="#">专题</a><a href="#">广播</a></div>
<div class="player">▶ 00:00 / 02:36　<img alt="视频封面" src="{GIF}"></div>
<div class="news">
<h1>{title}</h1>
<p class="by">濠江新闻 2025年03月13日 19:45</p>
<p class="by">记者：陈浩然　钟晓彤　编辑：谢雨桐</p>
{body}
<p class="by">【来源：濠江新闻】</p>
<div class="more"><h3>更多视频</h3><p><a href="#">▶ 春季流感高发 医生提醒做好防护</a></p><p><a href="#">▶ 今年首批跨境直通巴士线路开通</a></p></div>
</div>
<div class="foot">濠江广播电视台版权所有　信息网络传播视听节目许可证：1908****　粤ICP备08109556号<br>举报邮箱：jubao@hjtv.example</div>""")
    return dict(id="vb-14", kind=KIND, title=title, authors=["陈浩然", "钟晓彤"], publish_time="2025年03月13日 19:45", blocks=blocks, html=html,
                site="广东 濠江广播电视台（电视台视频新闻页，深色主题）",
                features="电视新闻：播放器占位与视频封面alt；栏目名+日期行；“记者：陈浩然　钟晓彤　编辑：谢雨桐”同一行（编辑不是作者）；【来源：】行；更多视频列表")


def vb15():
    title = "四川盆地今年首场大范围春雨来了 农业部门提醒抢墒播种"
    blocks = [
        ("p", "新华社成都3月15日电（记者周以恒、刘诗涵）记者从四川省气象台获悉，受西南暖湿气流和冷空气共同影响，15日至17日，四川盆地将迎来今年首场大范围降雨过程，盆地西部、南部部分地方有中到大雨。"),
        ("p", "气象专家分析，今年2月以来，四川盆地降水总体偏少，部分地区出现轻度气象干旱。此次降雨将有效增加土壤墒情，对小春作物生长和大春作物播种育秧较为有利，但降雨期间气温下降明显，需防范低温阴雨对水稻育秧的不利影响。"),
        ("p", "四川省农业农村厅提醒，各地要抓住降雨有利时机，抢墒播种玉米、大豆等春播作物；对已出苗的秧田，要采取增温保温措施，防止烂秧死苗。同时，雨后气温回升较快，要注意防范小麦条锈病、油菜菌核病等病虫害发生。"),
        ("p", "据介绍，今年四川计划粮食播种面积9500万亩以上，目前全省已落实春耕种子2.3亿公斤，化肥、农药等农资供应充足。"),
    ]
    body = render(blocks)
    css = """
body{margin:0;font:16px/1.8 "Microsoft YaHei";color:#222}
.h1bar{height:64px;background:#fff;border-bottom:1px solid #e5e5e5;display:flex;align-items:center;padding:0 10%}
.h1bar b{font-size:24px;color:#0066b3;margin-right:40px}
.h1bar a{margin-right:16px;font-size:15px}
.main{width:760px;margin:30px auto}
.main h1{font-size:32px;font-weight:600;line-height:1.35}
.src{color:#999;font-size:14px;margin:10px 0 24px}
.src i{font-style:normal;margin-right:12px}
.rz{color:#999;text-align:right;font-size:14px}
.tj{border-top:2px solid #0066b3;margin-top:30px}
.tj li{margin:6px 0}
.ftr{background:#f5f5f5;padding:24px 10%;font-size:12px;color:#888;text-align:center}
"""
    html = page(title, css, f"""
<div class="h1bar"><b>天府在线</b><a href="#">新闻</a><a href="#">政务</a><a href="#">财经</a><a href="#">文旅</a><a href="#">区县</a><a href="#">问政</a><a href="#">辟谣</a></div>
<div class="main">
<h1>{title}</h1>
<div class="src"><i>2025-03-15 16:20</i><i>来源：新华社</i><i>阅读：3.2万</i></div>
{body}
<div class="rz">[责任编辑：邓佳怡]</div>
<div class="tj"><p>推荐阅读</p><ul><li><a href="#">成都今年将新增绿道500公里</a></li><li><a href="#">川渝两地联合发布春季旅游线路</a></li><li><a href="#">四川启动2025年高素质农民培育计划</a></li></ul></div>
</div>
<div class="ftr">天府在线 版权所有　本网站所刊登的各种新闻、信息和各种专题专栏资料，均为天府在线版权所有，未经协议授权禁止下载使用。<br>蜀ICP备05001827号　川公网安备 51010402000612号　互联网新闻信息服务许可证 51120180005</div>""")
    return dict(id="vb-15", kind=KIND, title=title, authors=["周以恒", "刘诗涵"], publish_time="2025-03-15 16:20", blocks=blocks, html=html,
                site="四川 天府在线（省级门户，极简2020年代）",
                features="新华社电头“新华社成都3月15日电（记者周以恒、刘诗涵）”在首段内；来源为新华社（不是作者）；阅读量“3.2万”；方括号责任编辑")


def vb16():
    title = "鹤城老工业区变身文创街区 百年厂房“活”起来"
    blocks = [
        ("p", "初春的鹤城，乍暖还寒。走进位于铁锋区的“1958文创街区”，红砖厂房、锈色钢架与咖啡馆、书店、手作工坊错落相间，不少年轻人举着手机拍照打卡。"),
        ("p", "这里曾是始建于上世纪50年代的鹤城第二机床厂。随着企业搬迁，厂区一度闲置。2022年，区里引入社会资本，按照“修旧如旧、留形留魂”的思路对12栋老厂房进行改造，保留了行车、烟囱和铁轨等工业遗存。"),
        ("p", "“我父亲就是这个厂的老车工。”在街区经营老照片馆的王女士说，馆里陈列的600多张照片大多是老职工捐赠的，“很多老人来了都要站在照片前找自己年轻时的样子”。"),
        ("p", "目前，街区已入驻商户86家，带动就业600余人，去年接待游客超过120万人次。铁锋区文旅局负责人表示，下一步将引进工业设计、影视拍摄等业态，举办冬季冰雪市集和夏季啤酒音乐节，让老工业区焕发新活力。"),
    ]
    body = render(blocks, img="")
    css = """
body{margin:0;background:#e8e8e8;font-size:14px;font-family:宋体}
#top{width:960px;margin:0 auto;background:#fff}
#logo{height:90px;background:#fff;font:bold 36px 黑体;color:#b71c1c;padding:20px 0 0 20px}
#nav{background:#b71c1c;height:34px;line-height:34px}
#nav a{color:#fff;padding:0 11px;font-size:14px}
#main{width:960px;margin:0 auto;background:#fff;overflow:hidden}
#main .lft{float:left;width:650px;padding:10px 20px}
#main .rgt{float:right;width:250px;padding:10px;border-left:1px solid #eee}
.arttitle{font:bold 24px 黑体;text-align:center;padding:10px 0}
.artinfo{text-align:center;background:#f5f5f5;font-size:12px;padding:4px;color:#666}
.artbody p{font-size:16px;line-height:30px;text-indent:2em}
#foot{width:960px;margin:0 auto;background:#fff;border-top:3px solid #b71c1c;text-align:center;font-size:12px;padding:10px 0}
"""
    html = page(title, css, f"""
<div id="top"><div id="logo">鹤城新闻网</div>
<div id="nav"><a href="#">首页</a>|<a href="#">鹤城新闻</a>|<a href="#">县区</a>|<a href="#">龙江</a>|<a href="#">国内</a>|<a href="#">国际</a>|<a href="#">社会</a>|<a href="#">文体</a>|<a href="#">数字报</a>|<a href="#">图片</a></div></div>
<div id="main">
<div class="lft">
<div>当前位置：<a href="#">鹤城新闻网</a> &gt;&gt; <a href="#">鹤城新闻</a> &gt;&gt; 正文</div>
<div class="arttitle">{title}</div>
<div class="artinfo">作者：杜鹏 王晓宇　　来源：鹤城晚报　　发布时间：2025-03-10 09:06　　【字号 <a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】　【<a href="#">我要打印</a>】</div>
<div class="artbody">
{body}
</div>
<p align="right">编辑：李佳欣</p>
<p><b>相关新闻：</b></p><ul><li><a href="#">我市启动老旧厂区更新改造三年行动</a></li><li><a href="#">铁锋区获评省级文旅消费示范区</a></li></ul>
</div>
<div class="rgt"><p><b>图片新闻</b></p><p><img alt="冰雪季落幕" src="{GIF}"><br>冰雪季落幕</p><p><b>本周热点</b></p><p>· 全市新建改建农村公路300公里</p><p>· 鹤城至哈尔滨动车增开班次</p></div>
</div>
<div id="foot">鹤城新闻网 版权所有　鹤城日报社主办<br>黑ICP备07004612号　互联网新闻信息服务许可证编号：23120170002<br>联系电话：0452-2418***</div>""")
    return dict(id="vb-16", kind=KIND, title=title, authors=["杜鹏", "王晓宇"], publish_time="2025-03-10 09:06", blocks=blocks, html=html,
                site="黑龙江 鹤城新闻网（市级报业网站，960px固定宽度2010年代）",
                features="作者只在信息栏“作者：杜鹏 王晓宇”（正文中无署名）；信息栏顺序 作者→来源→发布时间；正文里的“王女士”不是作者；编辑行；右栏图片新闻alt")


def vb17():
    title = "Guangzhou-Foshan metro link to open new interchange by June"
    blocks = [
        ("p", "A new interchange station on the Guangzhou-Foshan intercity metro line will open to passengers by the end of June, cutting the travel time between the two cities' business districts to about 35 minutes, local transport authorities said on Monday."),
        ("p", "The Lingnan Avenue station, located in Foshan's Chancheng district, will connect the line with Foshan Metro Line 3 through an underground passage of about 120 meters. Trial operations started last week, and safety assessments are expected to finish in May."),
        ("p", "\"Commuters used to walk out of one station and into another. Now they can transfer without leaving the paid zone,\" said Liang Wen, an engineer with the project's construction company."),
        ("p", "More than 1.1 million passengers travel between Guangzhou and Foshan every working day, according to the provincial transport department. Officials said the two cities plan to add three more cross-city rail links by 2027 as part of efforts to build a \"one-hour living circle\" in the Guangdong-Hong Kong-Macao Greater Bay Area."),
        ("p", "Fares will remain unchanged after the interchange opens, the metro operator said."),
    ]
    body = render(blocks)
    css = """
body{margin:0;font-family:Georgia,"Times New Roman",serif;color:#1a1a1a}
.mast{border-bottom:1px solid #ccc;padding:12px 8%;display:flex;justify-content:space-between;align-items:center}
.mast .nm{font-size:30px;font-weight:bold;letter-spacing:1px}
.mast .sub a{font-family:Arial;font-size:13px;margin-left:10px}
.sec{font-family:Arial;font-size:14px;padding:8px 8%;background:#f4f4f4}
.sec a{margin-right:18px}
.story{max-width:720px;margin:30px auto}
.story h1{font-size:36px;line-height:1.2}
.byl{font-family:Arial;font-size:14px;color:#555}
.story p{font-size:18px;line-height:1.7}
.tags{font-family:Arial;font-size:13px}
.foot{font-family:Arial;font-size:12px;color:#666;padding:20px 8%;border-top:1px solid #ccc}
"""
    html = page(title, css, f"""
<div class="mast"><span class="nm">Lingnan Daily</span><span class="sub"><a href="#">中文</a><a href="#">Subscribe</a><a href="#">Sign in</a></span></div>
<div class="sec"><a href="#">Home</a><a href="#">Guangdong</a><a href="#">Greater Bay Area</a><a href="#">Business</a><a href="#">Culture</a><a href="#">Travel</a><a href="#">Opinion</a></div>
<div class="story">
<p class="byl"><a href="#">Home</a> / <a href="#">Guangdong</a></p>
<h1>{title}</h1>
<p class="byl">By LI MING and ZHOU XINYI in Foshan | Lingnan Daily | Updated: 2025-03-11 18:20</p>
<p class="byl"><img alt="Passengers wait for a train at a station on the Guangzhou-Foshan line." src="{GIF}"><br>Passengers wait for a train at a station on the Guangzhou-Foshan line. [Photo by Chen Jia/Lingnan Daily]</p>
{body}
<p class="tags">Editor: Wu Yue | Tags: <a href="#">metro</a> <a href="#">Foshan</a> <a href="#">GBA</a></p>
<p class="tags"><b>Related stories</b><br><a href="#">Shenzhen opens two new subway lines</a><br><a href="#">Bay Area rail network to reach 2,500 km</a></p>
</div>
<div class="foot">Copyright 2025 Lingnan Daily. All rights reserved. 粤ICP备10098271号</div>""", lang="en")
    return dict(id="vb-17", kind=KIND, lang="en", title=title, authors=["LI MING", "ZHOU XINYI"], publish_time="2025-03-11 18:20", blocks=blocks, html=html,
                site="广东 Lingnan Daily（省级媒体英文网）",
                features="英文：“By LI MING and ZHOU XINYI in Foshan | … | Updated: …”同一行；图片说明含摄影者（不是作者）；Editor行；正文引语中的人名")


def vb18():
    title = "Sichuan giant panda base welcomes first cub of 2025"
    blocks = [
        ("p", "CHENGDU, March 14 -- A giant panda at a research base in southwest China's Sichuan Province gave birth to a male cub on Thursday, the first panda cub born in captivity in the province this year."),
        ("p", "The cub, born to 9-year-old mother Qing Qing, weighed 176 grams at birth, according to the Ya'an-based breeding center. Both the mother and the cub are in good health, and keepers are monitoring them around the clock."),
        ("p", "Qing Qing was artificially inseminated last autumn after showing signs of estrus, the center said. Her first cub, a female, was born in 2022."),
        ("p", "Staff members said the cub would be kept in an incubator for part of the day during its first weeks, and visitors may be able to see it on a live stream in the coming months."),
        ("p", "The number of giant pandas in captivity worldwide reached 757 by the end of 2024, while the wild population stands at about 1,900, most of them living in Sichuan."),
    ]
    body = render(blocks)
    css = """
body{margin:0;font-family:Helvetica,Arial,sans-serif}
header{background:#00205b;color:#fff;padding:16px 5%}
header b{font-size:26px}
header nav a{color:#cfd8ea;margin-right:16px;font-size:14px}
.crumbs{padding:10px 5%;font-size:13px;color:#777}
main{display:grid;grid-template-columns:2fr 1fr;gap:40px;padding:0 5%}
h1{font-size:34px;margin:10px 0}
.meta{color:#666;font-size:14px;border-bottom:1px solid #ddd;padding-bottom:10px}
article p{font-size:18px;line-height:1.65}
aside h4{border-bottom:2px solid #00205b}
footer{background:#f0f0f0;padding:20px 5%;font-size:12px;color:#666;margin-top:30px}
"""
    html = page(title, css, f"""
<header><b>Sichuan Today</b> <nav><a href="#">News</a><a href="#">Business</a><a href="#">Culture</a><a href="#">Pandas</a><a href="#">Travel</a><a href="#">Video</a><a href="#">中文版</a></nav></header>
<div class="crumbs">Home &gt; News &gt; Sichuan</div>
<main><article>
<h1>{title}</h1>
<div class="meta">Source: Xinhua | 2025-03-14 21:07:45</div>
<p><img alt="giant panda cub" src="{GIF}"></p>
<p style="font-size:14px;color:#666">The newborn cub is seen in an incubator at the center, March 14, 2025. (Xinhua)</p>
{body}
<p style="font-size:14px;color:#666">Editor: Zhang Rui</p>
</article>
<aside><h4>Most Read</h4><p><a href="#">Chengdu airport handles record number of passengers</a></p><p><a href="#">Ancient Shu relics go on display in Guanghan</a></p><h4>Follow us</h4><p>Scan the QR code to follow Sichuan Today on WeChat</p></aside></main>
<footer>Copyright © Sichuan Today. All Rights Reserved. 蜀ICP备13011265号-2</footer>""", lang="en")
    return dict(id="vb-18", kind=KIND, lang="en", title=title, authors=[], publish_time="2025-03-14 21:07:45", blocks=blocks, html=html,
                site="四川 Sichuan Today（省级外宣英文网）",
                features="英文通稿：只有“Source: Xinhua”与电头“CHENGDU, March 14 --”，无署名（authors为[]）；日期带秒；图片说明；Editor行")


def vb19():
    title = "雄安新区启动建设第二批“城市书房” 年内新增24处"
    blocks = [
        ("x", "原标题：家门口的书房又多了24处"),
        ("p", "华夏网雄安3月16日电（记者 王清扬）记者16日从雄安新区公共服务局获悉，新区今年将在容东、容西、雄东等片区新建第二批24处“城市书房”，每处面积不少于200平方米，实行24小时开放、自助借还。"),
        ("p", "2023年以来，雄安新区已建成首批18处城市书房，累计接待读者96万人次，借还图书41万册次。“晚上下班后来坐一坐，看会儿书，孩子写作业也有个安静的地方。”在容东片区城市书房，居民赵女士说。"),
        ("p", "新区公共服务局有关负责人介绍，第二批城市书房将更加注重与社区服务融合，部分书房将与托育点、老年活动中心、新时代文明实践站等合建共用，并引入阅读推广人定期开展读书会、非遗课堂等活动。"),
        ("p", "此外，新区还将推动城市书房与河北省图书馆、雄安新区图书馆实现“一卡通”，读者可在任意一处书房借阅和归还图书。"),
        ("x", "（责编：孙嘉宁、杜一帆）"),
    ]
    body = render(blocks, x='<p class="yb">{}</p>')
    css = """
body{margin:0;font:14px/1.7 "Microsoft YaHei"}
.hx-top{background:#b40000;color:#fff;padding:10px 10%}
.hx-top b{font-size:22px}
.hx-top span{margin-left:10px;background:#fff;color:#b40000;padding:2px 6px}
.hx-nav{border-bottom:1px solid #ddd;padding:8px 10%}
.hx-nav a{margin-right:14px}
.hx-box{width:80%;margin:20px auto;display:flex}
.hx-l{flex:1;padding-right:40px}
.hx-r{width:280px}
.hx-l h1{font-size:28px;line-height:1.4}
.hx-i{color:#999;font-size:13px;margin-bottom:20px}
.hx-l p{font-size:16px;line-height:1.9;text-indent:2em}
.yb{color:#666}
.hx-f{background:#eee;padding:20px 10%;font-size:12px;color:#888}
"""
    html = page(title, css, f"""
<div class="hx-top"><b>华夏网</b><span>河北频道</span></div>
<div class="hx-nav"><a href="#">华夏网首页</a><a href="#">河北首页</a><a href="#">时政</a><a href="#">雄安</a><a href="#">京津冀</a><a href="#">县域</a><a href="#">教育</a><a href="#">健康</a><a href="#">留言板</a></div>
<div class="hx-box"><div class="hx-l">
<p style="text-indent:0">华夏网 &gt;&gt; 河北频道 &gt;&gt; 雄安</p>
<h1>{title}</h1>
<div class="hx-i">2025年03月16日08:22 | 来源：华夏网－河北频道 | 小字号</div>
{body}
<p style="text-indent:0">分享让更多人看到 <a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></p>
<p style="text-indent:0"><b>推荐阅读</b></p><p style="text-indent:0"><a href="#">雄安新区首条地铁线路进入铺轨阶段</a></p><p style="text-indent:0"><a href="#">河北公布第三批省级全民阅读示范基地</a></p>
</div>
<div class="hx-r"><p><b>频道精选</b></p><p>石家庄：老旧小区加装电梯“加速跑”</p><p>邯郸：古城墙保护修缮工程启动</p></div></div>
<div class="hx-f">华夏网版权所有，未经书面授权禁止使用　Copyright © 1997-2025 by www.huaxia.example. all rights reserved<br>京ICP证000000号　京公网安备11000000000000号</div>""")
    return dict(id="vb-19", kind=KIND, title=title, authors=["王清扬"], publish_time="2025年03月16日08:22", blocks=blocks, html=html,
                site="河北 华夏网河北频道（中央媒体地方频道）",
                features="原标题行在正文前（不是正文，标题取网页标题）；电头“华夏网雄安3月16日电（记者 王清扬）”；日期与时间粘连“2025年03月16日08:22”；（责编：…）")


def vb20():
    title = "肃宁县：设施蔬菜“早春茬”抢鲜上市"
    blocks = [
        ("p", "眼下正值早春蔬菜上市季节，在肃宁县窝北镇的设施蔬菜园区，一座座温室大棚里西红柿、黄瓜、彩椒长势喜人，菜农们正忙着采摘、分拣、装箱，一派繁忙景象。"),
        ("p", "“今年的西红柿比去年早上市半个月，一斤批发价能卖到4块多。”种植户刘建军一边摘西红柿一边算账，他家的3个大棚今年预计收入能达到25万元。"),
        ("p", "近年来，肃宁县把设施蔬菜作为富民产业来抓，推广水肥一体化、物联网监测和熊蜂授粉等技术，建成千亩以上蔬菜园区6个，设施蔬菜种植面积达到3.8万亩。县里还与京津多家商超、社区团购平台建立直供合作，蔬菜采摘后当天就能摆上京津市民的餐桌。"),
        ("p", "县农业农村局负责人表示，今年将新建改造高标准温室大棚500座，培育蔬菜经纪人和电商主播，进一步打通产销链条，让“菜篮子”变成群众的“钱袋子”。"),
    ]
    body = render(blocks)
    css = """
body{margin:0;font-family:"Microsoft YaHei";background:#fff;color:#333}
.rm-head{background:linear-gradient(#1e88e5,#1565c0);color:#fff;padding:20px 10%;font-size:26px}
.rm-head em{font-size:14px;font-style:normal;display:block}
.rm-nav{padding:10px 10%;background:#e3f2fd}
.rm-nav a{margin-right:18px;color:#1565c0}
.rm-art{width:760px;margin:24px auto}
.rm-art h2{font-size:26px;text-align:center}
.rm-zz{text-align:center;color:#666;font-size:14px}
.rm-time{text-align:center;color:#aaa;font-size:13px}
.rm-art p{font-size:16px;line-height:1.9;text-indent:2em}
.rm-ed{color:#888;font-size:13px}
.rm-ft{text-align:center;font-size:12px;background:#f5f5f5;padding:20px}
"""
    html = page(title, css, f"""
<div class="rm-head">肃宁融媒<em>肃宁县融媒体中心主办</em></div>
<div class="rm-nav"><a href="#">首页</a><a href="#">肃宁新闻</a><a href="#">乡镇动态</a><a href="#">部门动态</a><a href="#">视听肃宁</a><a href="#">民生服务</a></div>
<div class="rm-art">
<p style="text-indent:0;font-size:13px">首页 &gt; 肃宁新闻</p>
<h2>{title}</h2>
<p class="rm-zz">记者　郭子健　通讯员　马　玲</p>
<p class="rm-time">2025-03-09　　来源：肃宁县融媒体中心</p>
<img alt="菜农在大棚里采摘西红柿" src="{GIF}">
{body}
<p class="rm-ed">编辑：赵雅琪　　初审：刘　洋　　终审：张国峰</p>
<p><a href="#">上一篇：肃宁县召开2025年春季植树造林动员会</a></p>
</div>
<div class="rm-ft">肃宁县融媒体中心 版权所有<br>冀ICP备19035716号-1　冀公网安备 13092602000055号</div>""")
    return dict(id="vb-20", kind=KIND, title=title, authors=["郭子健", "马玲"], publish_time="2025-03-09", blocks=blocks, html=html,
                site="河北 肃宁县融媒体中心（县级融媒，2020年前后）",
                features="标题下独立署名行“记者　郭子健　通讯员　马　玲”（间隔两字名，去空格）；编辑/初审/终审三审行；只有日期无时间；图片alt无图注")


def vb21():
    title = "深圳前海推出跨境数据流动“白名单” 首批23家企业受益"
    blocks = [
        ("p", "3月14日，深圳前海深港现代服务业合作区管理局发布跨境数据流动“白名单”制度，首批23家金融、物流和跨境电商企业纳入名单，在规定范围内向境外提供数据时可享受简化评估流程。"),
        ("p", "据介绍，“白名单”以数据分类分级为基础，明确了14类可简化流程出境的一般数据，企业在履行备案和安全承诺后即可办理，相关手续办理时间由原来的平均2个月缩短至10个工作日以内。"),
        ("p", "“以前给香港总部传一份客户报表都要层层审批，现在快多了。”一家港资物流企业负责人说，白名单制度让企业对合规有了清晰预期。"),
        ("p", "前海管理局相关负责人表示，下一步将扩大白名单覆盖范围，探索与香港在数据标准、认证互认等方面的规则衔接。"),
        ("p", "据了解，前海今年还将建设跨境数据服务中心，为中小企业提供合规咨询、数据出境风险评估等“一站式”服务。"),
    ]
    body = render(blocks)
    css = """
body{margin:0;background:#fff;font-family:-apple-system,"PingFang SC";max-width:640px;margin:0 auto}
.app-bar{position:sticky;top:0;background:#fff;display:flex;align-items:center;justify-content:space-between;padding:10px 14px;border-bottom:1px solid #eee}
.app-bar .o{background:#d4001a;color:#fff;border-radius:16px;padding:4px 12px;font-size:14px}
.art{padding:16px}
.art h1{font-size:22px;line-height:1.45}
.au{display:flex;align-items:center;gap:8px;font-size:13px;color:#888}
.au b{color:#333}
.art p{font-size:17px;line-height:1.8}
.stat{font-size:13px;color:#aaa}
.open{text-align:center;margin:20px;background:#fde8ea;color:#d4001a;padding:10px;border-radius:20px}
.hot{padding:0 16px}
.hot p{font-size:15px;border-bottom:1px solid #f0f0f0;padding:8px 0}
"""
    html = page(title, css, f"""
<div class="app-bar"><span>粤点新闻</span><span class="o">打开APP</span></div>
<div class="art">
<h1>{title}</h1>
<div class="au"><img alt="" src="{GIF}"><b>粤点新闻</b><span>2025-03-15 12:06:33</span></div>
<p>粤点新闻记者 苏晓雯 通讯员 郭桂林</p>
{body}
<p class="stat">阅读 1.8万　　<a href="#">举报</a></p>
</div>
<div class="open">打开粤点新闻APP，阅读体验更佳</div>
<div class="hot"><p><b>热门推荐</b></p><p>深圳地铁13号线北延段最新进展 · 2小时前</p><p>广州南沙新区人才新政发布 · 5小时前</p><p>东莞今年将新增学位5万个 · 昨天</p></div>""")
    return dict(id="vb-21", kind=KIND, title=title, authors=["苏晓雯", "郭桂林"], publish_time="2025-03-15 12:06:33", blocks=blocks, html=html,
                site="广东 粤点新闻APP分享页（移动端窄版）",
                features="APP分享页：顶部“打开APP”、头像空alt+账号名+带秒日期；正文前独立署名段“粤点新闻记者 苏晓雯 通讯员 郭桂林”；阅读量与举报；热门推荐带相对时间")


def vb22():
    title = "对话成都一家“小巨人”企业创始人：把一颗螺丝钉做到极致"
    blocks = [
        ("p", "在成都新都区一间不起眼的厂房里，每天有上百万颗特种紧固件从这里发往航空、轨道交通和新能源汽车企业。这家名为“川岳精工”的企业，去年入选国家级专精特新“小巨人”名单。近日，本台记者专访了企业创始人贺明远。"),
        ("h", "“十年只做一件事”"),
        ("p", "记者：很多人觉得螺丝钉技术含量不高，您为什么选择这个方向？"),
        ("p", "贺明远：一颗普通螺丝确实不难做，但用在高铁转向架、飞机起落架上的紧固件，对材料、热处理和精度的要求非常高，以前大量依赖进口。我们十年只做这一件事，就是要把它做到极致。"),
        ("h", "“研发投入不能省”"),
        ("p", "记者：企业这几年最大的变化是什么？"),
        ("p", "贺明远：最大的变化是研发团队从5个人扩大到了60多个人。我们每年把销售收入的8%投入研发，现在手里有发明专利31项。客户从最初的几家本地企业，发展到现在的200多家。"),
        ("p", "记者：对未来有什么打算？"),
        ("p", "贺明远：今年我们的新产线就要投产，产能能提高一倍。我们还想试一试国际市场，让四川造的紧固件走出去。"),
    ]
    body = render(blocks, h='<h4>{}</h4>')
    css = """
body{margin:0;background:#f7f3ee;font-family:"Microsoft YaHei"}
.radio{background:#5b2c83;color:#fff;padding:16px 8%;display:flex;justify-content:space-between}
.radio .n{font-size:24px}
.radio .fm a{color:#fff;margin-left:12px;font-size:13px}
.tabs{background:#fff;padding:10px 8%}
.tabs a{margin-right:20px;color:#5b2c83}
.cnt{width:820px;margin:20px auto;background:#fff;padding:30px}
.cnt h1{font-size:26px;line-height:1.5;text-align:center}
.cnt .inf{text-align:center;font-size:13px;color:#999}
.aud{background:#f0e8f7;padding:10px;margin:16px 0}
.cnt p{font-size:16px;line-height:1.9}
.cnt h4{color:#5b2c83}
.bt{font-size:12px;color:#777;text-align:center;padding:20px}
"""
    html = page(title, css, f"""
<div class="radio"><span class="n">四川广播网 · 经济之声</span><span class="fm"><a href="#">FM94.0</a><a href="#">在线收听</a><a href="#">节目表</a><a href="#">主持人</a></span></div>
<div class="tabs"><a href="#">首页</a><a href="#">资讯</a><a href="#">节目</a><a href="#">音频</a><a href="#">活动</a></div>
<div class="cnt">
<p style="font-size:13px">您所在的位置：首页 &gt; 资讯 &gt; 财经</p>
<h1>对话成都一家“小巨人”企业创始人：<br>把一颗螺丝钉做到极致</h1>
<p class="inf">2025-03-07 11:30　　作者：黄子涵　　来源：四川广播网</p>
<div class="aud">🎧 收听音频 03:58　<a href="#">下载</a></div>
{body}
<p style="color:#999;font-size:13px">（本文根据经济之声《川企访谈》节目整理）</p>
<p style="color:#999;font-size:13px">编辑：陈思琪　　监制：刘冬</p>
</div>
<div class="bt">四川广播网 版权所有　信息网络传播视听节目许可证 2308****<br>蜀ICP备08103312号</div>""")
    return dict(id="vb-22", kind=KIND, title=title, authors=["黄子涵"], publish_time="2025-03-07 11:30", blocks=blocks, html=html,
                site="四川 四川广播网·经济之声（广播电台网站）",
                features="两行标题（<br>分行，gold直接连接）；访谈体“记者：/贺明远：”问答段都是正文；小标题；“（本文根据…整理）”说明行不是正文；编辑/监制")


def vb23():
    title = "龙江今年将新建改建农村公路5000公里"
    blocks = [
        ("p", "记者从省交通运输厅获悉，今年我省将新建改建农村公路5000公里，实施危桥改造300座，推动具备条件的较大人口规模自然屯通硬化路，进一步提升农村群众出行条件。"),
        ("p", "去年，全省完成农村公路建设投资78亿元，新建改建农村公路5300公里，农村客运班线通达率保持100%。但受冻融影响，部分早期修建的农村公路出现路面破损、路基沉降等问题。"),
        ("p", "省交通运输厅有关负责人表示，今年将把养护作为农村公路工作的重点，推广使用抗冻融路面材料，对重点路段实施预防性养护；同时结合乡村旅游发展，在五大连池、兴凯湖等地打造一批旅游公路，推动“农村公路+产业”融合发展。"),
        ("p", "此外，我省还将深化农村公路管理养护体制改革，全面推行路长制，力争年底前农村公路优良中等路率达到85%以上。"),
    ]
    body = render(blocks)
    css = """
body{margin:0;font-family:"Microsoft YaHei";background:#eef1f5}
.tv-h{background:#003a8c;color:#fff;padding:0 6%;height:70px;display:flex;align-items:center;gap:40px}
.tv-h b{font-size:24px}
.tv-h a{color:#dbe6ff}
.tv-sub{background:#fff;padding:8px 6%;font-size:13px;color:#666}
.tv-w{width:900px;margin:20px auto;background:#fff;padding:30px}
.tv-w h1{font-size:26px}
.tv-m{color:#888;font-size:14px;display:flex;gap:16px;flex-wrap:wrap}
.tv-w p{font-size:16px;line-height:1.9;text-indent:2em}
.tv-rel{margin-top:20px;border-top:1px solid #eee}
.tv-f{background:#003a8c;color:#9fb6dd;text-align:center;padding:20px;font-size:12px}
"""
    html = page(title, css, f"""
<div class="tv-h"><b>龙视新闻网</b><a href="#">新闻</a><a href="#">直播</a><a href="#">栏目</a><a href="#">专题</a><a href="#">龙江县域</a><a href="#">爆料</a></div>
<div class="tv-sub">黑龙江广播电视台主办　｜　<a href="#">无障碍</a></div>
<div class="tv-w">
<p style="font-size:13px;color:#999">首页 › 新闻 › 龙江新闻</p>
<h1>{title}</h1>
<div class="tv-m"><span>2025年03月14日 星期五</span><span>来源：黑龙江新闻联播</span><span>记者：董思远　马晓光</span></div>
<p style="text-indent:0"><img alt="视频截图" src="{GIF}"> 视频时长 01:52</p>
{body}
<p style="text-indent:0;color:#888;font-size:13px">责任编辑：郑　爽</p>
<div class="tv-rel"><p style="text-indent:0"><b>相关阅读</b></p><p style="text-indent:0"><a href="#">龙江“四好农村路”建设经验获全国推广</a></p><p style="text-indent:0"><a href="#">今年全省计划开工交通项目120个</a></p></div>
</div>
<div class="tv-f">黑龙江广播电视台 版权所有　黑ICP备05001368号<br>信息网络传播视听节目许可证：0802****</div>""")
    return dict(id="vb-23", kind=KIND, title=title, authors=["董思远", "马晓光"], publish_time="2025年03月14日 星期五", blocks=blocks, html=html,
                site="黑龙江 龙视新闻网（省级电视台新闻网站）",
                features="日期带星期“2025年03月14日 星期五”（星期保留）；来源为电视栏目；“记者：董思远　马晓光”在信息栏；视频截图alt与时长；责任编辑带间隔")


def vb24():
    title = "一条老街的“微改造”"
    blocks = [
        ("p", "沿着汕头小公园片区的升平路往里走，骑楼下的老字号牌匾擦得锃亮，街角一间百年老宅改成的侨批文化展馆里，游客正驻足细看泛黄的书信。很难想象，三年前这里还是墙皮剥落、电线乱拉的模样。"),
        ("h", "“不大拆大建，只做针线活”"),
        ("p", "片区改造没有推倒重来，而是采用“微改造”方式：修缮骑楼立面，整治“三线”下地，疏通排水管网，补齐公厕和消防设施。“就像给老人缝补衣服，针脚要细，还要保留原来的样子。”负责改造设计的工程师林泽楷说。"),
        ("h", "原住民留下来，老街活起来"),
        ("p", "改造过程中，街道对每一户居民上门征求意见，愿意留下的居民可以申请免费房屋安全修缮，愿意出租的则由平台统一招商。目前，升平路上新开了32家店铺，其中一半以上由本地年轻人经营。"),
        ("p", "在老街开了一家潮汕手作茶点铺的陈晓彤是“90后”，她说：“阿嬷住在楼上，我在楼下开店，每天都有人来问老街的故事。”"),
        ("p", "据介绍，小公园片区今年将继续推进二期改造，涉及街巷14条、历史建筑45栋。"),
    ]
    body = render(blocks, h='<p class="xbt"><strong>{}</strong></p>')
    css = """
body{margin:0;font-family:"Microsoft YaHei";background:#fff}
.st-head{border-bottom:3px solid #0d6b4f;padding:14px 8%;display:flex;justify-content:space-between;align-items:flex-end}
.st-head .lg{font-size:30px;color:#0d6b4f;font-weight:bold}
.st-head .dt{font-size:13px;color:#666}
.st-menu{padding:8px 8%;background:#f5f5f5}
.st-menu a{margin-right:16px}
.st{width:780px;margin:24px auto}
.yt{font-size:17px;color:#555;text-align:center}
.st h1{font-size:34px;text-align:center;margin:8px 0}
.ft{font-size:18px;color:#555;text-align:center}
.xx{text-align:center;font-size:13px;color:#999;margin:14px 0 22px}
.st p{font-size:17px;line-height:1.9;text-indent:2em}
.xbt{text-indent:0 !important;color:#0d6b4f}
.st-f{background:#0d6b4f;color:#cfe;padding:20px 8%;font-size:12px}
"""
    html = page(title, css, f"""
<div class="st-head"><span class="lg">汕头都市报·鮀城网</span><span class="dt"><a href="#">数字报</a> | <a href="#">客户端</a> | <a href="#">投稿</a></span></div>
<div class="st-menu"><a href="#">首页</a><a href="#">本地</a><a href="#">潮汕</a><a href="#">侨乡</a><a href="#">民生</a><a href="#">文化</a><a href="#">评论</a></div>
<div class="st">
<p style="text-indent:0;font-size:13px;color:#999">当前位置：首页 &gt; 本地 &gt; 正文</p>
<div class="yt">修骑楼、留住户、引新业——</div>
<h1>{title}</h1>
<div class="ft">——汕头小公园片区城市更新见闻</div>
<div class="xx">文/图 记者 叶嘉敏　｜　2025.03.12　｜　汕头都市报</div>
{body}
<p style="text-indent:0;font-size:13px;color:#999">本文来源：汕头都市报　编辑：许楚君</p>
<p style="text-indent:0"><b>延伸阅读</b><br><a href="#">骑楼修缮有了“技术导则”</a><br><a href="#">侨批文化展馆开馆首月迎客5万人次</a></p>
</div>
<div class="st-f">汕头都市报社 版权所有　粤ICP备06018462号<br>新闻热线：0754-8888****</div>""")
    return dict(id="vb-24", kind=KIND, title=title, authors=["叶嘉敏"], publish_time="2025.03.12", blocks=blocks, html=html,
                site="广东 汕头都市报·鮀城网（城市报网站）",
                features="网页上的引题/主题/副题三层标题（gold只取主题“一条老街的“微改造””）；“文/图 记者 叶嘉敏｜2025.03.12｜报名”竖线分隔；点分日期；小标题")


PAGES = [vb13, vb14, vb15, vb16, vb17, vb18, vb19, vb20, vb21, vb22, vb23, vb24]
