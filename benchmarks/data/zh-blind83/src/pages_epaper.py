# Newspaper e-paper pages wf-31 .. wf-35. Invented content.
G = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
PAGES = []

# ---------------------------------------------------------------- wf-31 provincial daily, 2019 digital paper, 引题/主题/副题 + byline line
PAGES.append(dict(
    id="wf-31", kind="epaper", mode="p",
    title="我省夏粮收获进度过半",
    authors=["曹  铮".replace("  ", ""), "李  杨".replace("  ", "")], publish_time="2025年06月10日 星期二",
    body=[
        "本报讯 截至6月9日，全省已收获小麦1180万亩，占播种面积的52.6%，麦收进度较常年同期偏快2个百分点。",
        "今年我省小麦播种面积稳定在2240万亩以上。从目前收获情况看，小麦籽粒饱满，容重较高，品质好于上年。邯郸、邢台、衡水等地已进入收获高峰，石家庄、沧州、保定等地正由南向北梯次推进。",
        "为确保颗粒归仓，全省投入联合收割机5.2万台，组建农机应急作业服务队620支，在主要产麦县设立跨区作业接待服务站，为机手提供信息咨询、维修保养等服务。气象部门加密天气会商，及时发布“烂场雨”预警信息。",
        "与此同时，夏播工作紧跟麦收同步推进。全省已夏播玉米、大豆等作物430万亩，各地推广免耕贴茬播种技术，做到麦收到哪里、夏播跟到哪里。",
        "省农业农村厅负责人表示，将继续组织好机收减损和烘干服务，全力打好“三夏”生产攻坚战，为全年粮食丰收打下坚实基础。",
    ],
    frame="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>河北日报数字报</title>
<style>body{margin:0;font-family:"Microsoft YaHei";background:#ddd}.pp{width:1200px;margin:0 auto;background:#fff;display:flex}.left{width:480px;border-right:1px solid #ccc;padding:10px}.bm{background:#9e0b0f;color:#fff;padding:6px 10px}.bm select{margin-left:6px}.paper-img{width:460px;height:640px;background:#eee;margin-top:8px;text-align:center;color:#aaa}.bmlist a{display:inline-block;margin:3px 6px;font-size:13px}.right{flex:1;padding:20px 30px}.date{color:#9e0b0f;font-weight:bold}.yt,.ft{text-align:center;font-size:16px;color:#333}.main{text-align:center;font-size:30px;font-weight:bold;margin:6px 0}.by{text-align:center;color:#666;font-size:14px}.right p{text-indent:2em;font-size:16px;line-height:1.9}.titles{border-top:2px solid #9e0b0f;margin-top:20px}.titles li{font-size:14px;line-height:1.9}.cp{text-align:center;font-size:12px;color:#777;padding:14px}</style></head>
<body><div class="pp"><div class="left">
<div class="bm">河北日报 <span class="date" style="color:#fff">@D@</span>　<a href="#" style="color:#fff">往期回顾</a></div>
<div class="bmlist">第01版：要闻　<a href="#">上一版</a> <a href="#">下一版</a><br><a href="#">第01版：要闻</a><a href="#">第02版：要闻</a><a href="#">第03版：综合</a><a href="#">第04版：经济</a><a href="#">第05版：农村</a><a href="#">第06版：视点</a><a href="#">第07版：国际</a><a href="#">第08版：文化</a></div>
<div class="paper-img"><img alt="第01版：要闻" src="DATA"></div>
<div class="bmlist"><a href="#">PDF版</a> <a href="#">返回目录</a></div></div>
<div class="right"><div style="font-size:13px;color:#666">当前位置：河北日报 &gt; 2025年06月10日 &gt; 第01版：要闻</div>
<p class="yt" style="text-indent:0">抢收抢种两不误 颗粒归仓保丰收</p>
<div class="main">@T@</div>
<p class="ft" style="text-indent:0">已收获小麦1180万亩，夏播作物430万亩</p>
<p class="by" style="text-indent:0">□记者 曹  铮 通讯员 李  杨</p>
@B@
<div class="titles"><b>本版标题</b><ul><li><a href="#">省委常委会召开会议</a></li><li><a href="#">抢收抢种两不误 颗粒归仓保丰收</a></li><li><a href="#">我省出台支持民营经济发展20条措施</a></li><li><a href="#">雄安新区新一批疏解项目落地</a></li><li><a href="#">今日天气</a></li></ul></div>
<div>上一篇　<a href="#">下一篇</a></div></div></div>
<div class="cp">河北日报社版权所有　未经授权不得转载（页面示例，内容为虚构）</div>
</body></html>""".replace("DATA", G)))

# ---------------------------------------------------------------- wf-32 city daily, 2012 table e-paper, 首席记者 + 通讯员 in first para
PAGES.append(dict(
    id="wf-32", kind="epaper", mode="pi",
    title="洛阳博物馆暑期推出“夜游博物馆”",
    authors=["孙小平", "韩璐"], publish_time="2025年6月11日",
    body=[
        "本报讯（首席记者 孙小平 通讯员 韩璐）昨日，记者从洛阳博物馆获悉，7月1日至8月31日，该馆将推出“夜游博物馆”活动，每周五、周六开放时间延长至21时。",
        "据介绍，夜场期间，博物馆将推出“河洛文明”主题讲解、唐三彩文物修复观摩、青铜器拓片体验等系列活动，观众可通过“洛阳博物馆”微信公众号提前预约。其中，讲解和体验活动每场限30人。",
        "今年以来，洛阳博物馆接待观众已超过150万人次。为满足暑期游客参观需求，馆方还将增加临时展览两个，分别聚焦汉魏洛阳城考古新发现和隋唐洛阳城出土文物。",
        "据悉，夜场期间博物馆周边公交线路也将延长运营时间，市公交集团将在洛阳博物馆站增开夜间专线两条，方便市民游客出行。",
        "洛阳博物馆提醒，夜场入馆时间截至20时，观众须持本人有效身份证件入馆。",
    ],
    frame="""<html><head><meta charset="utf-8"><title>洛阳日报数字报刊平台</title>
<style>body{margin:0;background:#f0ebe0;font-size:12px;font-family:宋体}td{font-size:12px}.head{background:#8b1a1a;color:#fff;height:60px;font:bold 26px 黑体}.bt{font:bold 24px 黑体;text-align:center;color:#000}.fb{font-size:14px;line-height:26px}.ll{background:#f9f6ef;border:1px solid #cbb;vertical-align:top}</style></head>
<body><table width="1000" align="center" bgcolor="#ffffff" cellpadding="0" cellspacing="0">
<tr><td class="head" colspan="2">&nbsp;洛阳日报 <span style="font:12px 宋体">2025年6月11日　星期三　农历乙巳年五月十六</span></td></tr>
<tr><td colspan="2" style="line-height:28px;background:#eee">&nbsp;<a href="#">首页</a> | <a href="#">洛阳日报</a> | <a href="#">洛阳晚报</a> | <a href="#">洛阳商报</a> | <a href="#">往期回顾</a> | <a href="#">检索</a></td></tr>
<tr><td class="ll" width="300">
<table width="100%"><tr><td><b>第05版：城事</b></td><td align="right"><a href="#">上一版</a> <a href="#">下一版</a></td></tr></table>
<img alt="第05版" src="DATA" width="290" height="420"><br>
<b>版面导航</b><br><a href="#">01　要闻</a><br><a href="#">02　要闻</a><br><a href="#">03　综合</a><br><a href="#">04　县区</a><br><a href="#">05　城事</a><br><a href="#">06　文体</a><br><br>
<b>本版标题</b><br><a href="#">·洛阳博物馆暑期推出“夜游博物馆”</a><br><a href="#">·老城区改造燃气管网18公里</a><br><a href="#">·“洛阳礼物”文创大赛启动</a><br><a href="#">·天气预报</a></td>
<td valign="top" style="padding:16px 30px">
<div class="bt">@T@</div>
<p align="center" style="color:#666">发布日期：@D@　　第05版：城事</p>
<div class="fb">
@B@
</div>
<p align="center"><a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">返回目录</a></p></td></tr>
<tr><td colspan="2" align="center" style="line-height:22px;background:#eee">洛阳日报报业集团主办　版权所有　豫ICP备05001273号（示例）<br>地址：洛阳市洛龙区开元大道218号</td></tr></table>
</body></html>""".replace("DATA", G)))

# ---------------------------------------------------------------- wf-33 Gansu daily, 2024 e-paper SPA-like, 引题 + 主题, byline inside first para
PAGES.append(dict(
    id="wf-33", kind="epaper", mode="p", hmode="strong",
    title="张掖甘州区：一颗种子撑起百亿产业",
    authors=["王朝霞"], publish_time="2025年06月12日 星期四",
    body=[
        "~ 新甘肃·甘肃日报记者 王朝霞",
        "6月上旬，甘州区党寨镇的制种玉米田里，技术员正带领农户给母本抽雄。远远望去，整齐划一的玉米苗连成一片，这是全国最大的玉米制种基地的一角。",
        "## 全国每两粒玉米种子就有一粒来自张掖",
        "张掖市甘州区光照充足、昼夜温差大、隔离条件好，是玉米种子生产的“黄金地带”。今年全区玉米制种面积稳定在46万亩，预计年产种子2.2亿公斤。",
        "“我们和种企签订了订单，每亩纯收入能达到2500元左右，比种商品玉米高出一倍。”党寨镇农户刘志军说。",
        "## 从“制种大区”迈向“种业强区”",
        "近年来，甘州区引进国内外种业企业42家，建成种子加工中心31个，年加工能力达到5亿公斤。同时，依托种业产业园，推动种子检测、仓储物流、农机服务等配套产业发展，种业全产业链产值突破百亿元。",
        "区农业农村局负责人表示，将加快推进种业基地标准化、规模化、机械化、信息化建设，打造国家级种业振兴示范区。",
    ],
    frame="""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>甘肃日报</title>
<style>body{margin:0;background:#f4f1ec;font-family:"Source Han Serif SC","Songti SC",serif}.epbar{background:#222;color:#eee;display:flex;gap:20px;padding:10px 5%;font-family:sans-serif;font-size:14px;align-items:center}.epbar b{font-size:20px}.epbar a{color:#eee}.grid{display:grid;grid-template-columns:260px 1fr 260px;gap:20px;padding:20px 5%}.pages a{display:block;padding:6px 10px;border-bottom:1px solid #ddd;font-family:sans-serif;font-size:14px;color:#333}.pages a.on{background:#b71c1c;color:#fff}.article{background:#fff;padding:30px 50px}.kicker{text-align:center;color:#b71c1c;font-size:17px}.article h1{text-align:center;font-size:32px;margin:8px 0 18px}.article p{font-size:18px;line-height:1.95;text-indent:2em}.meta{text-align:center;font-family:sans-serif;color:#999;font-size:13px}.toc li{font-family:sans-serif;font-size:14px;line-height:1.9}.cr{text-align:center;font-family:sans-serif;font-size:12px;color:#999;padding:20px}</style></head>
<body><div class="epbar"><b>甘肃日报</b><span>@D@</span><a href="#">◀ 前一期</a><a href="#">后一期 ▶</a><a href="#">日历</a><a href="#">版面PDF</a><a href="#">新甘肃客户端</a></div>
<div class="grid"><div class="pages"><a href="#">01 要闻</a><a href="#">02 要闻</a><a href="#">03 综合新闻</a><a href="#" class="on">04 市州新闻</a><a href="#">05 经济</a><a href="#">06 理论</a><a href="#">07 文化</a><a href="#">08 国内国际</a></div>
<div class="article"><div class="meta">第04版：市州新闻</div>
<div class="kicker">科技赋能 链式发展</div>
<h1>@T@</h1>
@B@
<p class="meta" style="text-indent:0">（本文图片由甘州区委宣传部提供）</p>
<div class="meta"><a href="#">上一篇</a>　<a href="#">下一篇</a></div></div>
<div class="toc"><b>本版标题</b><ol><li><a href="#">张掖甘州区：一颗种子撑起百亿产业</a></li><li><a href="#">天水：花牛苹果套袋忙</a></li><li><a href="#">庆阳开通首条跨省定制客运线路</a></li><li><a href="#">临夏州夏季药材交易会开幕</a></li></ol></div></div>
<div class="cr">甘肃日报社主办　Copyright 甘肃日报社 All Rights Reserved（页面示例，内容为虚构）</div>
</body></html>"""))

# ---------------------------------------------------------------- wf-34 Qinghai daily, 2016 e-paper, headline on two lines, closing byline
PAGES.append(dict(
    id="wf-34", kind="epaper", mode="p",
    title="海北州祁连山国家公园青海片区生态管护员队伍扩至3800人",
    authors=["才让东主", "张  慧".replace("  ", "")], publish_time="2025-06-13",
    body=[
        "本报讯 记者从海北藏族自治州获悉，今年以来，海北州进一步壮大祁连山国家公园青海片区生态管护员队伍，新增管护员460名，队伍总数扩至3800人，实现了园区内重点区域管护全覆盖。",
        "新增的生态管护员主要从园区周边脱贫户和监测户中选聘，每人每月报酬1800元。上岗前，管护员均接受了野生动物识别、巡护记录、森林草原防火等方面的培训，并配备了巡护终端和野外装备。",
        "“以前放牧，现在巡山。看到雪豹、岩羊越来越多，心里特别高兴。”祁连县野牛沟乡管护员多杰才让说。去年，他在巡护中先后3次拍到雪豹活动影像。",
        "据统计，去年海北州生态管护员共开展巡护12.6万人次，发现并上报各类问题430余条，为祁连山生态保护筑起了一道“人防”屏障。（记者 才让东主 张  慧）",
    ],
    frame="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>青海日报</title>
<style>body{margin:0;font:14px 宋体;background:#cfd9e3}.box{width:1000px;margin:0 auto;background:#fff}.t{background:#1f4e79;color:#fff;padding:12px 20px}.t b{font:bold 30px 黑体}.bar{background:#e9eef3;padding:6px 20px}.bar a{margin-right:10px}.cols{display:flex}.l{width:330px;border-right:1px solid #ccc;padding:10px}.r{flex:1;padding:20px 34px}.r h1{font:bold 26px/1.5 黑体;text-align:center;margin:0 0 12px}.r .dt{text-align:center;color:#777;font-size:12px}.r p{text-indent:2em;line-height:1.9;font-size:15px}.l li{line-height:22px}.bt{text-align:center;color:#666;font-size:12px;padding:10px;border-top:1px solid #ccc}</style></head>
<body><div class="box"><div class="t"><b>青海日报</b>　数字报刊</div>
<div class="bar">@D@　<a href="#">前一天</a><a href="#">后一天</a>　版次：<a href="#">01</a><a href="#">02</a><a href="#">03</a><a href="#">04</a><a href="#">05</a><a href="#">06</a><a href="#">07</a><a href="#">08</a>　<a href="#">往期检索</a></div>
<div class="cols"><div class="l"><b>第03版：地方</b><br><img alt="版面图" src="DATA" width="310" height="440"><br><b>本版新闻列表</b><ul><li><a href="#">海北州祁连山国家公园青海片区生态管护员队伍扩至3800人</a></li><li><a href="#">海东市夏季引种 蔬菜新品种达46个</a></li><li><a href="#">格尔木枸杞进入采摘期</a></li></ul></div>
<div class="r"><h1>海北州祁连山国家公园青海片区<br>生态管护员队伍扩至3800人</h1>
<div class="dt">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】　日期：@D@　版次：03</div>
@B@
<p style="text-align:center;text-indent:0"><a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">返回本版</a></p></div></div>
<div class="bt">青海日报社版权所有　青ICP备05000121号-2（示例）</div></div>
</body></html>""".replace("DATA", G)))

# ---------------------------------------------------------------- wf-35 evening paper, 2021 e-paper, commentary with 文/ byline and 副题
PAGES.append(dict(
    id="wf-35", kind="epaper", mode="p",
    title="让“家门口的好去处”多些再多些",
    authors=["魏  然".replace("  ", "")], publish_time="2025年06月14日 星期六",
    body=[
        "~ 文/魏  然",
        "最近，不少市民发现，小区附近的闲置空地变成了健身步道，老厂房改成了社区图书馆，街角多了几处口袋公园。这些“家门口的好去处”虽然不大，却实实在在提升了群众的幸福感。",
        "城市是人民的城市。衡量一座城市是否宜居，不仅要看有没有大广场、大公园，更要看普通居民出门走几步能不能找到休闲、健身、阅读的地方。对于上班族和老年人来说，一个步行五分钟可达的小公园，往往比远在郊区的大景区更有吸引力。",
        "当然，建设“家门口的好去处”，不能一建了之。一些口袋公园建成后缺少管护，健身器材损坏无人修理，绿化带杂草丛生，反倒成了新的“城市伤疤”。这提醒我们，既要舍得“建”，更要用心“管”，建立长效管护机制，让好去处始终保持好模样。",
        "此外，建什么、怎么建，也要多听听居民的意见。只有把群众需求摆在前面，才能让每一寸空间都用得其所。",
        "期待这样的“家门口的好去处”多些再多些，让城市更有温度。",
    ],
    frame="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>邯郸晚报数字版</title>
<style>body{margin:0;background:#fff;font-family:"Microsoft YaHei"}.mast{display:flex;justify-content:space-between;align-items:flex-end;padding:14px 8%;border-bottom:6px double #0a6b3d}.mast b{font-size:34px;color:#0a6b3d}.mast span{color:#555}.sel{padding:10px 8%;background:#eef6f1;font-size:14px}.sel select{margin:0 8px}.wrap{display:flex;gap:30px;padding:20px 8%}.nav-col{width:240px;font-size:14px}.nav-col h4{background:#0a6b3d;color:#fff;padding:4px 8px;margin:10px 0 4px}.nav-col a{display:block;line-height:1.9;color:#333}.story{flex:1}.column{color:#0a6b3d;font-weight:bold}.story h1{font-size:30px;margin:6px 0}.story h2{font-size:18px;font-weight:normal;color:#555;margin:0 0 16px}.story p{font-size:17px;line-height:1.9;text-indent:2em}.foot{text-align:center;color:#888;font-size:12px;padding:16px;border-top:1px solid #ddd}</style></head>
<body><div class="mast"><b>邯郸晚报</b><span>@D@　第A07版：观点</span></div>
<div class="sel">选择日期 <select><option>2025-06-14</option></select> 选择版面 <select><option>A07 观点</option></select> <a href="#">上一版</a> <a href="#">下一版</a> <a href="#">本期PDF下载</a></div>
<div class="wrap"><div class="nav-col"><h4>版面导航</h4><a href="#">A01 封面</a><a href="#">A02 要闻</a><a href="#">A03 城事</a><a href="#">A05 县域</a><a href="#">A07 观点</a><a href="#">A08 副刊</a><h4>本版标题</h4><a href="#">让“家门口的好去处”多些再多些</a><a href="#">电动车进楼入户当禁</a><a href="#">漫画：“消失”的停车位</a></div>
<div class="story"><div class="column">晚报时评</div>
<h1>@T@</h1>
<h2>——写在我市新一批口袋公园开放之际</h2>
@B@
<p style="text-indent:0;color:#888">编辑：刘  洋　校对：陈  静</p></div></div>
<div class="foot">邯郸日报社主办　邯郸晚报版权所有（页面示例，内容为虚构）</div>
</body></html>"""))
