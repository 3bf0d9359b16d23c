from common import img

K = "media"
PAGES = []

# wq-13 安徽 provincial portal (皖江在线, invented), 本报讯 byline inside first paragraph
PAGES.append(dict(
    id="wq-13", kind=K,
    title="合肥新桥机场国际货运航线增至12条",
    authors=["周宁", "陈涛"],
    publish_time="2025-03-13 07:05",
    style="p",
    css="""
body{margin:0;font:16px/1.9 "Microsoft YaHei"}
.top{background:#c40000;color:#fff;font-size:12px;padding:4px 5%}
.top a{color:#fff;margin-right:10px}
.logo{padding:16px 5%;font-size:32px;color:#c40000;font-weight:bold}
.channel{background:#222;padding:0 5%}.channel a{color:#eee;display:inline-block;padding:8px 12px;font-size:14px}
.con{display:flex;padding:20px 5%;gap:30px}.main{flex:1}.side{width:300px;font-size:14px}
h1{font-size:30px;margin:6px 0}
.source{color:#888;font-size:14px;border-bottom:1px solid #eee;padding-bottom:10px}
.edit{color:#888;text-align:right;font-size:14px}
.foot{background:#f0f0f0;font-size:12px;color:#666;padding:14px 5%;text-align:center}
""",
    tpl="""
<div class="top"><a>皖江在线首页</a><a>安徽日报</a><a>安徽商报</a><a>客户端</a><a>登录</a></div>
<div class="logo">皖江在线 <small style="font-size:14px;color:#333">安徽重点新闻网站</small></div>
<div class="channel"><a>首页</a><a>时政</a><a>安徽</a><a>合肥</a><a>财经</a><a>文旅</a><a>教育</a><a>健康</a><a>视频</a><a>评论</a></div>
<div class="con">
<div class="main">
<div style="font-size:13px;color:#666">皖江在线 &gt; 安徽新闻 &gt; 经济</div>
<h1>{T}</h1>
<div class="source">2025-03-13 07:05　来源：安徽日报　<a>分享到：</a><a>微信</a> <a>微博</a></div>
{BODY}
<div class="edit">[责任编辑：孙 悦]</div>
<h3>相关新闻</h3><ul><li>合肥至布达佩斯全货机航线首航</li><li>一季度安徽外贸进出口开门红</li><li>“合新欧”班列累计开行突破5000列</li></ul>
</div>
<div class="side"><b>热点排行</b><ol><li>安徽今年将新开工高速公路8条</li><li>黄山风景区春季门票优惠来了</li><li>合肥地铁6号线最新进展</li></ol><p>{APP}</p><p>下载皖江新闻客户端</p></div>
</div>
<div class="foot">皖江在线版权所有，未经书面授权禁止使用<br>互联网新闻信息服务许可证编号：34120180009　皖ICP备09007711号　违法和不良信息举报电话：0551-62623456</div>
""".replace("{APP}", img("客户端二维码")),
    blocks=[
        ("p", "本报讯（记者 周  宁 通讯员 陈涛）3月12日凌晨，一架满载跨境电商包裹的全货机从合肥新桥国际机场起飞，直飞匈牙利布达佩斯。这是今年以来合肥机场新开通的第三条国际货运航线，至此，合肥机场国际（地区）全货机航线增至12条。"),
        ("p", "据了解，新航线每周执飞3班，单程运力约90吨，主要承运新能源汽车零部件、光伏组件、跨境电商货物等，可辐射中东欧多个国家。“过去我们的货要先拉到上海、郑州再出境，现在家门口就能飞，运输时间缩短了两天左右。”合肥一家跨境电商企业负责人说。"),
        ("p", "为保障航线顺利运行，合肥海关在机场货站推行“提前申报、运抵验放”模式，出口货物通关时间压缩至2小时以内。机场方面还新建了约1.2万平方米的国际货站，配备冷链、危险品等专用仓储设施。"),
        ("p", "2024年，合肥新桥国际机场完成货邮吞吐量13.6万吨，同比增长超过20%，其中国际货邮吞吐量增长近一倍。省机场集团相关负责人表示，今年将继续加密欧洲、东南亚、中亚方向货运航线，力争全年国际货邮吞吐量突破6万吨。"),
    ],
))

# wq-14 新华网-like central wire portal, regional story, 新华社 dateline
PAGES.append(dict(
    id="wq-14", kind=K,
    title="江西瑞金：红色研学带火乡村民宿",
    authors=["郭晨", "邬慧"],
    publish_time="2025-03-12 15:40:21",
    style="p",
    css="""
body{margin:0;font:18px/2 "PingFang SC","Microsoft YaHei";color:#222}
.hd{border-bottom:1px solid #ddd;padding:10px 12%;display:flex;justify-content:space-between;font-size:13px}
.bn{padding:20px 12%;font-size:30px;color:#d00}
.head-box{padding:0 12%}
.h-title{font-size:34px;line-height:1.4;font-weight:bold}
.h-info{font-size:14px;color:#666}
.h-info span{margin-right:14px}
.detail{padding:10px 12%}
.p-jc{font-size:14px;color:#999}
.share{font-size:13px}
.ft{background:#eee;padding:20px 12%;font-size:12px;color:#666}
""",
    tpl="""
<div class="hd"><span><a>新华网</a> &gt; <a>地方</a> &gt; 正文</span><span><a>无障碍</a> | <a>手机版</a> | <a>English</a></span></div>
<div class="bn">新华网 <small style="font-size:14px;color:#666">地方频道</small></div>
<div class="head-box">
<div class="h-info"><span class="year"><em>2025</em></span><span class="day"><em>03</em>/<em>12</em></span><span class="time">15:40:21</span><span class="source">来源：新华网</span></div>
<div class="h-title">{T}</div>
<div class="share">字体：<a>小</a> <a>中</a> <a>大</a>　分享到：<a>微信</a><a>微博</a></div>
<div class="h-info">2025-03-12 15:40:21</div>
</div>
<div class="detail" id="detail">
{BODY}
<p class="p-jc">【纠错】　　【责任编辑:陈  蕾】</p>
</div>
<div class="detail"><b>阅读下一篇：</b><a>安徽黄山：茶园春管忙</a><br><b>相关稿件</b><br>四川阆中：古城文旅迎客流高峰<br>宁夏贺兰山东麓：葡萄园里春意浓</div>
<div class="ft">Copyright © 2000-2025 XINHUANET.com All Rights Reserved.<br>制作单位：新华网股份有限公司　版权所有　新华网股份有限公司</div>
""",
    blocks=[
        ("p", "新华社南昌3月12日电（记者 郭  晨、邬  慧）初春时节，江西瑞金叶坪乡的山坡上油菜花开得正盛。在华屋村一栋由老屋改造的民宿里，店主华春生正忙着为即将入住的研学团队整理房间。“这个月的房间基本订满了，周末还得往后排。”他说。"),
        ("p", "瑞金是中华苏维埃共和国临时中央政府诞生地，红色旧址遗迹众多。近年来，当地依托红色资源开发研学课程，吸引全国各地的党员干部、青少年前来学习体验。2024年，瑞金接待研学游客超过180万人次。"),
        ("p", "研学客流的增长，让周边村庄的闲置农房有了新用途。叶坪乡引导村民以房屋入股、村集体统一运营的方式发展民宿，目前已建成民宿42家、床位600余张，带动300多名村民在家门口就业。"),
        ("p", "“游客白天去旧址参观学习，晚上住在村里，吃农家饭、听老党员讲故事。”叶坪乡党委书记刘志强说，乡里还把红色故事宣讲、农耕体验等融入研学线路，让游客“留得下、住得久”。"),
        ("p", "瑞金市文广新旅局负责人介绍，今年当地将新推出20条精品研学线路，并对民宿的消防、卫生、服务标准进行统一规范，推动红色研学与乡村旅游融合发展。"),
    ],
))

# wq-15 四川 绵阳 city paper portal, standalone 记者 line, captions
PAGES.append(dict(
    id="wq-15", kind=K,
    title="科技城新区30个重大项目集中开工",
    authors=["王维", "杨柳"],
    publish_time="2025年03月11日 20:18",
    style="indent",
    css="""
body{margin:0;font:15px/1.9 "Microsoft YaHei";background:#f2f2f2}
.wrap{width:1100px;margin:0 auto;background:#fff}
.tp{padding:12px 30px;border-bottom:2px solid #0062b1;display:flex;justify-content:space-between}
.tp b{font-size:28px;color:#0062b1}
.menu{padding:8px 30px;font-size:14px;background:#f9f9f9}.menu a{margin-right:14px}
.art{padding:20px 60px}
.art h1{text-align:center;font-size:26px}
.inf{text-align:center;font-size:13px;color:#888}
.zz{font-weight:bold;text-align:center}
.picnote{color:#666;font-size:13px;text-indent:0}
.bottom{font-size:12px;color:#888;text-align:center;padding:20px;border-top:1px solid #ddd}
""",
    tpl="""
<div class="wrap">
<div class="tp"><b>绵阳网</b><span><a>首页</a> | <a>数字报</a> | <a>绵阳手机台</a> | <a>投稿</a></span></div>
<div class="menu"><a>本地</a><a>区县</a><a>科技城</a><a>民生</a><a>文旅</a><a>图片</a><a>视频</a><a>专题</a></div>
<div class="art">
<div style="font-size:13px;color:#888">当前位置：<a>绵阳网</a> &gt;&gt; <a>本地新闻</a></div>
<h1>{T}</h1>
<div class="inf">时间：2025年03月11日 20:18　来源：绵阳日报　作者：王维　点击：<span>3872</span></div>
<div class="zz">总投资286亿元</div>
{BODY}
<p style="text-align:right;color:#888">编辑：何  川</p>
<p>上一篇：<a>涪城区举办春季校园招聘会</a>　下一篇：<a>安州区启动油菜花节</a></p>
</div>
<div class="bottom">绵阳网版权所有 未经授权禁止复制或建立镜像<br>绵阳日报社主办　地址：绵阳市涪城区临园路东段66号<br>川新备案号：51120180002　蜀ICP备10026123号-1</div>
</div>
""",
    blocks=[
        ("x", '<p class="zz">记者 王维 杨柳 文/图</p>'),
        ("p", "3月11日，科技城新区2025年第一季度重大项目集中开工活动在科创园区举行。此次集中开工项目30个，总投资286亿元，涵盖电子信息、先进材料、生物医药和基础设施等领域。"),
        ("img", "开工仪式现场", "开工仪式现场。", "picnote"),
        ("p", "在主会场，新型显示模组生产线项目施工现场机械轰鸣，多台挖掘机正在进行基础开挖。该项目总投资42亿元，建成后可年产中小尺寸显示模组3000万片。项目负责人介绍，企业从签约到拿地只用了45天，“新区专门成立了项目专班，规划许可、施工许可实行并联审批，为我们节约了大量时间。”"),
        ("p", "据了解，今年科技城新区计划实施重点项目160个，年度计划投资420亿元。新区将坚持“一个项目、一名领导、一个专班”推进机制，在用地、用能、融资等方面强化要素保障，推动项目早开工、早投产、早见效。"),
        ("img", "项目施工现场", "项目施工现场。", "picnote"),
        ("p", "活动现场还举行了项目建设“劳动竞赛”启动仪式，10家施工企业代表作了表态发言。"),
    ],
))

# wq-16 宁夏 盐池县融媒体中心 (2022 county media, 作者/编辑 in info bar)
PAGES.append(dict(
    id="wq-16", kind=K,
    title="盐池滩羊春季防疫工作全面展开",
    authors=["马晓燕"],
    publish_time="2025-03-12",
    style="p",
    css="""
body{margin:0;font:16px/1.8 sans-serif}
.nav-top{background:#00695c;color:#fff;padding:14px 8%;display:flex;align-items:center;gap:30px}
.nav-top b{font-size:24px}.nav-top a{color:#e0f2f1}
.crumb{padding:10px 8%;background:#e0f2f1;font-size:13px}
.article{max-width:820px;margin:20px auto}
.article h1{font-size:28px}
.meta{display:flex;gap:18px;color:#888;font-size:13px;flex-wrap:wrap}
.foot{background:#004d40;color:#b2dfdb;font-size:12px;padding:20px 8%}
.hot{max-width:820px;margin:0 auto;border-top:3px solid #00695c}
""",
    tpl="""
<div class="nav-top"><b>盐池新闻网</b><a>首页</a><a>盐池要闻</a><a>乡镇动态</a><a>部门动态</a><a>视听盐池</a><a>专题</a><a>爆料</a></div>
<div class="crumb">首页 &gt; 盐池要闻 &gt; 正文</div>
<div class="article">
<h1>{T}</h1>
<div class="meta"><span>发布时间：2025-03-12</span><span>作者：马晓燕</span><span>来源：盐池县融媒体中心</span><span>编辑：王  丽</span><span>浏览：<b>596</b></span></div>
{BODY}
<p style="color:#888;font-size:13px">审核：李  峰　终审：白建华</p>
</div>
<div class="hot"><h4>推荐阅读</h4><p>盐池县召开2025年乡村振兴工作推进会</p><p>花马池镇：冬春季节人居环境整治见实效</p><p>【视频】盐池：春灌前水利设施检修忙</p></div>
<div class="foot">盐池县融媒体中心主办　地址：宁夏盐池县花马池镇盐州南路　联系电话：0953-6012345<br>宁ICP备2020001234号-1　宁公网安备64032302000011号<br>{QR} 扫一扫，关注盐池发布</div>
""".replace("{QR}", img("盐池发布")),
    blocks=[
        ("p", "连日来，盐池县组织动物防疫人员深入各乡镇养殖场户，全面开展2025年春季重大动物疫病集中免疫工作。"),
        ("p", "在王乐井乡曾记畔村的一家滩羊养殖场，防疫员们分工协作，有的保定羊只，有的注射疫苗，有的佩戴耳标、登记信息，现场忙而有序。“防疫员上门服务，免疫是免费的，我们养殖户很放心。”养殖户曾振国说，他家存栏滩羊600多只，今年打算再扩大规模。"),
        ("p", "据了解，此次春防以口蹄疫、小反刍兽疫、布鲁氏菌病等为重点，计划免疫羊只320万只次、牛6万头次、家禽40万羽。县农业农村局抽调技术骨干组成8个督导组，分片包抓，对免疫质量、档案记录和疫苗冷链管理进行全程督导，确保应免尽免、不留空白。"),
        ("p", "同时，防疫人员还向养殖户发放科学养殖、疫病防控等宣传资料3000余份，现场解答养殖户提出的问题。县动物疾病预防控制中心将在集中免疫结束后开展抗体监测，对免疫效果不达标的及时补免。"),
    ],
))

# wq-17 江西 TV site video news (今视频-like, invented "赣视网")
PAGES.append(dict(
    id="wq-17", kind=K,
    title="南昌地铁4号线二期首台盾构机始发",
    authors=["刘畅", "李强"],
    publish_time="2025-03-10 19:30",
    style="div",
    css="""
body{margin:0;background:#111;color:#ddd;font:15px/1.8 "Microsoft YaHei"}
.bar{background:#000;padding:10px 6%;display:flex;gap:20px;font-size:14px}
.logo{color:#ff6a00;font-size:24px;font-weight:bold;margin-right:30px}
.player{background:#222;height:360px;margin:20px 6%;display:flex;align-items:center;justify-content:center;color:#777}
.vt{margin:0 6%;font-size:24px;color:#fff}
.vm{margin:6px 6%;font-size:13px;color:#888}
.desc{margin:10px 6%;background:#1a1a1a;padding:16px 24px}
.desc .para{margin:0 0 12px}
.more{margin:20px 6%}.more span{display:inline-block;width:23%;font-size:13px}
.ft{background:#000;color:#666;font-size:12px;padding:16px 6%}
""",
    tpl="""
<div class="bar"><span class="logo">赣视网</span><a>首页</a><a>新闻</a><a>直播</a><a>点播</a><a>都市现场</a><a>江西新闻联播</a><a>登录</a></div>
<div class="player">{PLAY} 视频加载中... 00:00 / 01:52</div>
<h1 class="vt">{T}</h1>
<div class="vm">2025-03-10 19:30 | 江西新闻联播 | 播放 1.2万 | <a>收藏</a> <a>分享</a></div>
<div class="desc">
{BODY}
<div class="para" style="color:#888">江西台记者 刘畅 李强 报道</div>
<div class="para" style="color:#888">责编：胡  敏</div>
</div>
<div class="more"><h4>相关视频</h4><span>赣州：脐橙春管正当时</span><span>九江长江大桥检修完成</span><span>景德镇陶瓷博览会开幕</span><span>上饶高铁站春运收官</span></div>
<div class="ft">江西广播电视台版权所有　信息网络传播视听节目许可证：1403004　赣ICP备06001234号<br>网络视听节目举报电话：0791-88888888</div>
""".replace("{PLAY}", img("播放")),
    blocks=[
        ("p", "今天（10日）上午，南昌地铁4号线二期工程首台盾构机“赣江号”在望城新区站顺利始发，标志着该工程由车站施工阶段全面转入区间隧道施工阶段。"),
        ("p", "南昌地铁4号线二期工程线路全长约9.6公里，均为地下线，共设车站7座。此次始发的盾构机长约85米，重约520吨，将从望城新区站出发，穿越农田、河道和既有道路，掘进约1.3公里后抵达下一站。"),
        ("p", "施工方中铁某局项目负责人介绍，区间地层以砂层和强风化泥质粉砂岩为主，地下水丰富，施工难度较大。项目部采用盾构姿态实时监测和同步注浆技术，严格控制地表沉降，确保周边道路和建筑物安全。"),
        ("p", "按照计划，南昌地铁4号线二期工程将于2027年底建成通车，届时将进一步完善城市西部轨道交通网络，方便沿线群众出行。"),
    ],
))

# wq-18 四川 radio site (invented 四川之声网), Tibetan reporter name, 记者 line at end
PAGES.append(dict(
    id="wq-18", kind=K,
    title="理县开通川西高原首个县域5G专网",
    authors=["泽仁卓玛", "何思远"],
    publish_time="2025-03-12 08:10",
    style="p",
    css="""
body{margin:0;font:16px/1.9 "Microsoft YaHei";color:#333}
.radio-top{background:#5b2c83;color:#fff;padding:8px 10%;font-size:13px}
.radio-logo{padding:16px 10%;font-size:28px;color:#5b2c83;border-bottom:1px solid #eee}
.freq span{display:inline-block;margin-right:16px;font-size:13px;color:#5b2c83}
.wrap{padding:20px 10%;display:grid;grid-template-columns:3fr 1fr;gap:40px}
h1{font-size:28px;margin:0 0 10px}
.line{color:#999;font-size:13px}
.audio{background:#f3eefa;padding:10px;border-radius:6px;margin:14px 0}
.ft{background:#2e1642;color:#bba;text-align:center;font-size:12px;padding:16px}
""",
    tpl="""
<div class="radio-top">四川广播电视台旗下网站　<a>熊猫听听</a>　<a>四川观察</a>　<a>无障碍</a></div>
<div class="radio-logo">四川之声网<div class="freq"><span>新闻频率 FM106.1</span><span>交通频率 FM101.7</span><span>经济频率 FM94.0</span><span>岷江音乐 FM95.5</span></div></div>
<div class="wrap">
<div>
<div style="font-size:13px;color:#999">首页 &gt; 新闻早高峰 &gt; 正文</div>
<h1>{T}</h1>
<div class="line">来源：四川之声　2025-03-12 08:10</div>
<div class="audio">{PLAY} 收听本条新闻 01:46</div>
{BODY}
<p class="line">（编辑：唐  莹）</p>
</div>
<div><h4>今日推荐</h4><p>成都天府国际机场二期规划公布</p><p>雅安：藏茶开园</p><p>川藏铁路雅林段最新进展</p><h4>节目单</h4><p>07:00 新闻早高峰</p><p>12:00 午间新闻</p></div>
</div>
<div class="ft">四川广播电视台版权所有　信息网络传播视听节目许可证号：2307211　川公网安备51010402000800号　蜀ICP备05003222号</div>
""".replace("{PLAY}", img("播放按钮")),
    blocks=[
        ("p", "近日，阿坝州理县县域5G专网正式开通运行。这是川西高原首个覆盖县、乡、村三级的县域5G专网，将为当地政务服务、应急管理、远程医疗和智慧旅游提供网络支撑。"),
        ("p", "理县地处青藏高原东南缘，境内山高谷深，部分村寨信号覆盖长期不稳定。去年以来，理县与通信运营商合作，新建和改造5G基站136个，将专网延伸至全县13个乡镇和重点景区。"),
        ("p", "“以前村里开视频会议经常卡顿，现在画面清清楚楚。”杂谷脑镇一位村干部说。在县人民医院，医生通过专网与成都的三甲医院开展远程会诊，高清影像传输只需几秒钟。"),
        ("p", "理县相关负责人表示，接下来将依托5G专网推进森林草原防火智能监测、地质灾害隐患点实时预警等应用，让高原群众享受到更多数字化便利。据悉，阿坝州计划年内在另外3个县复制推广这一模式。"),
        ("x", '<p style="text-align:right">四川之声记者 泽仁卓玛 何思远</p>'),
    ],
))

# wq-19 English page of an Anhui outlet (invented "Anhui Today"), two-line headline, By ...
PAGES.append(dict(
    id="wq-19", kind=K, lang="en",
    title="Hefei opens first hydrogen bus line linking high-tech zone and airport",
    title_html="Hefei opens first hydrogen bus line<br>linking high-tech zone and airport",
    authors=["Zhang Wei", "Li Na"],
    publish_time="2025-03-12 16:45",
    style="p",
    css="""
body{margin:0;font:17px/1.7 Georgia,serif;color:#222}
.mast{text-align:center;border-bottom:3px double #333;padding:14px}
.mast b{font:bold 36px Georgia}
.sec{text-align:center;font:13px Arial;letter-spacing:1px;padding:6px}.sec a{margin:0 8px}
.story{max-width:720px;margin:24px auto}
.story h1{font-size:34px;line-height:1.2}
.by{font:14px Arial;color:#555}
.upd{font:13px Arial;color:#888}
.cap{font:13px Arial;color:#666}
.foot{font:12px Arial;text-align:center;color:#777;border-top:1px solid #ccc;padding:14px}
""",
    tpl="""
<div class="mast"><b>Anhui Today</b><br><span style="font:12px Arial">ENGLISH EDITION · Sponsored by Anhui Daily Media Group</span></div>
<div class="sec"><a>HOME</a><a>NEWS</a><a>BUSINESS</a><a>CULTURE</a><a>TRAVEL</a><a>PHOTOS</a><a>中文</a></div>
<div class="story">
<div style="font:12px Arial;color:#999">Home / News / City</div>
<h1>{T}</h1>
<div class="by">By Zhang Wei and Li Na | Anhui Today</div>
<div class="upd">Updated: 2025-03-12 16:45</div>
{BODY}
<p style="font:13px Arial;color:#777">Editor: Wu Jia</p>
<p style="font:14px Arial"><b>Related stories</b><br>Anhui's NEV output tops 1.7 million units<br>Huangshan draws record spring crowds</p>
</div>
<div class="foot">Copyright 2025 Anhui Today. All rights reserved.<br>皖ICP备09007711号-3 | About us | Contact | Terms of use</div>
""",
    blocks=[
        ("p", "Hefei, capital of East China's Anhui province, put its first hydrogen fuel-cell bus line into service on Wednesday, linking the city's high-tech industrial development zone with Hefei Xinqiao International Airport."),
        ("p", "The 36-kilometer route, numbered K9, is served by 20 buses, each able to run about 400 km on one refueling of roughly 10 minutes, according to the city's public transport group."),
        ("img", "A hydrogen bus at the terminal", "A hydrogen fuel-cell bus waits at the K9 terminal in Hefei on Wednesday. [Photo by Zhou Min/For Anhui Today]", "cap"),
        ("p", "\"Passengers will not notice much difference, except that the ride is quieter,\" said Wang Lei, a driver who took part in the trial runs in February. \"The only thing coming out of the tailpipe is water.\""),
        ("p", "The buses were built by a local manufacturer and use fuel-cell stacks made in the high-tech zone. A refueling station with a daily capacity of 1,000 kilograms opened near the zone last December."),
        ("p", "Hefei plans to have 200 hydrogen vehicles on its roads by the end of the year, including buses, logistics trucks and sanitation vehicles, as part of a provincial plan to build a hydrogen industry chain worth 50 billion yuan by 2027."),
    ],
))

# wq-20 English wire copy (Xinhua-like), no byline -> []
PAGES.append(dict(
    id="wq-20", kind=K, lang="en",
    title="Ningxia's wine region sees export boom as vineyards expand",
    authors=[],
    publish_time="2025-03-11 21:03:45",
    style="p",
    css="""
body{margin:0;font:16px/1.75 Arial,Helvetica,sans-serif}
.nav{background:#003f8a;padding:8px 10%}.nav a{color:#fff;margin-right:18px;font-size:14px}
.logo{padding:16px 10%;font-size:30px;color:#003f8a}
.main{width:760px;margin:0 auto}
.Btitle{font-size:30px;font-weight:bold;line-height:1.3}
.wzzy{color:#666;font-size:14px;margin:8px 0 16px}
.foot{background:#f1f1f1;font-size:12px;color:#666;padding:16px 10%;margin-top:30px}
""",
    tpl="""
<div class="logo">China Wire <small style="font-size:14px">ENGLISH</small></div>
<div class="nav"><a>China</a><a>World</a><a>Business</a><a>Sci-Tech</a><a>Culture</a><a>Photos</a><a>Video</a></div>
<div class="main">
<div class="Btitle">{T}</div>
<div class="wzzy">Source: Xinhua | 2025-03-11 21:03:45 | Editor: huaxia</div>
<div id="detail">
{BODY}
<p style="text-align:center;color:#777">■</p>
</div>
<p><b>Related:</b><br>Sichuan's tea exports grow 12 pct in 2024<br>Jiangxi porcelain town lures young artisans</p>
</div>
<div class="foot">Copyright © 2000-2025 China Wire. All rights reserved.</div>
""",
    blocks=[
        ("p", "YINCHUAN, March 11 (Xinhua) -- Wineries at the eastern foot of the Helan Mountains in northwest China's Ningxia Hui Autonomous Region exported 2.1 million bottles of wine last year, up 38 percent year on year, local authorities said Tuesday."),
        ("p", "The region now has about 40,000 hectares of vineyards and more than 260 wineries, making it one of the largest concentrated wine-grape growing areas in China, according to the regional bureau in charge of the industry."),
        ("p", "Wines from the region have won more than 1,600 awards at international competitions, and are sold in over 40 countries and regions, the bureau said."),
        ("p", "\"Buyers from Europe used to ask whether China could make good wine at all. Now they ask about vintages,\" said Ma Lin, export manager of a winery in Yinchuan's Xixia district."),
        ("p", "The industry employs about 130,000 local farmers every year in planting, pruning and harvesting, with annual wage income reaching about 1.3 billion yuan (about 180 million U.S. dollars)."),
        ("p", "Ningxia plans to expand its vineyards to 66,700 hectares by 2027 and to build a wine tourism belt along the mountains."),
    ],
))

# wq-21 安徽 芜湖 city paper portal, 芜湖日报记者 line + closing 通讯员 in last para
PAGES.append(dict(
    id="wq-21", kind=K,
    title="芜湖今年将新增城市绿道80公里",
    authors=["孙磊", "何佳"],
    publish_time="2025-03-13 08:30",
    style="u3000",
    css="""
body{margin:0;font:14px/2 宋体;background:#fff}
#header{width:1000px;margin:0 auto;height:80px;border-bottom:2px solid #0a7d3b}
#header .l{float:left;font:bold 30px/80px 黑体;color:#0a7d3b}#header .r{float:right;line-height:80px}
#nav{width:1000px;margin:0 auto;background:#0a7d3b}#nav a{color:#fff;padding:0 12px;line-height:32px}
#box{width:1000px;margin:10px auto}
.ttl{font:bold 24px 黑体;text-align:center;margin:20px 0 8px}
.sx{text-align:center;color:#777;font-size:12px;border-bottom:1px solid #ddd;padding-bottom:8px}
.jz{text-align:right}
#foot{width:1000px;margin:10px auto;border-top:2px solid #0a7d3b;text-align:center;font-size:12px;color:#555}
""",
    tpl="""
<div id="header"><div class="l">芜湖新闻网</div><div class="r"><a>设为首页</a> | <a>加入收藏</a> | <a>芜湖日报</a> | <a>大江晚报</a></div></div>
<div id="nav"><a>首页</a><a>芜湖要闻</a><a>县区</a><a>民生</a><a>经济</a><a>教育</a><a>文化</a><a>图片</a><a>视频</a><a>专题</a></div>
<div id="box">
<table width="100%"><tr><td>您的位置：首页 &gt; 芜湖要闻</td><td align="right"><input type="text" placeholder="请输入关键字"><input type="button" value="搜 索"></td></tr></table>
<div class="ttl">{T}</div>
<div class="sx">2025-03-13 08:30　来源：芜湖日报　字号：<a>T</a>|<a>T</a>　<a>打印</a>　<a>转发</a></div>
<p class="jz" style="text-align:center">芜湖日报记者 孙  磊</p>
{BODY}
<p class="jz">[责任编辑：许  晴]</p>
<div>※ 延伸阅读<br>· 镜湖区：口袋公园扮靓城市角落<br>· 芜湖滨江公园三期完工</div>
</div>
<div id="foot">芜湖日报社主办　版权所有　<br>互联网新闻信息服务许可证：34120170012　皖ICP备06004417号　皖公网安备34020202000222号</div>
""",
    blocks=[
        ("p", "记者从3月12日召开的全市园林绿化工作会议上获悉，今年我市将新建、改造城市绿道80公里，新增口袋公园30个，进一步构建“出门见绿、移步见景”的城市生态空间。"),
        ("p", "根据计划，新建绿道主要分布在青弋江沿线、龙窝湖片区和城东新区，将与已建成的滨江绿道、神山公园环线相连，形成总长超过400公里的城市绿道网络。绿道沿线将配套建设驿站、公厕、休憩座椅和自行车停放点，方便市民健身休闲。"),
        ("p", "口袋公园建设将重点向老城区倾斜，利用边角地、闲置地“见缝插绿”，每处面积在400至10000平方米之间，做到“一园一特色”。"),
        ("p", "此外，今年还将完成12条主干道路的绿化提升，新增和更新行道树1.5万株，推进城市公园免费开放和延时开放，让市民在家门口享受更多绿色福利。（本报通讯员 何佳）"),
    ],
))

# wq-22 江西 provincial portal commentary, 文/ byline with spaced name
PAGES.append(dict(
    id="wq-22", kind=K,
    title="“小切口”撬动基层治理“大变化”",
    authors=["江平"],
    publish_time="2025年03月12日 07:48",
    style="p",
    css="""
body{margin:0;font:17px/1.9 "Source Han Serif SC",serif;background:#fbf8f3}
.top{background:#8b0000;color:#fff;padding:6px 12%;font:13px sans-serif}
.logo{padding:20px 12%;font:bold 30px sans-serif;color:#8b0000}
.tabs{padding:0 12%;border-bottom:1px solid #ddd;font:14px sans-serif}.tabs a{display:inline-block;padding:8px 10px}
.col{max-width:760px;margin:30px auto}
.lab{display:inline-block;background:#8b0000;color:#fff;font:12px sans-serif;padding:2px 8px}
h1{font-size:32px}
.w{font:14px sans-serif;color:#777}
.foot{font:12px sans-serif;color:#888;text-align:center;padding:20px;border-top:1px solid #ddd}
""",
    tpl="""
<div class="top">赣鄱网 · 江西省重点新闻网站　<a>客户端</a>　<a>无障碍</a></div>
<div class="logo">赣鄱网</div>
<div class="tabs"><a>首页</a><a>江西</a><a>评论</a><a>政务</a><a>财经</a><a>社会</a><a>文旅</a><a>视频</a></div>
<div class="col">
<span class="lab">赣鄱时评</span>
<h1>{T}</h1>
<div class="w">2025年03月12日 07:48　来源：赣鄱网</div>
<p class="w">文/江  平</p>
{BODY}
<p class="w">本文为赣鄱网原创评论，转载请注明出处。</p>
<p class="w">责任编辑：邹  凯</p>
<p class="w"><b>更多评论</b><br>让“银发族”共享数字红利<br>县域商业体系建设要因地制宜</p>
</div>
<div class="foot">赣鄱网版权所有　互联网新闻信息服务许可证编号：36120170002　赣ICP备05008888号</div>
""",
    blocks=[
        ("p", "最近，一些地方推行的“小区议事厅”“板凳会”“院坝说事”等做法引起不少关注。把群众关心的停车难、加装电梯、垃圾分类等“小事”摆到桌面上商量着办，看似是“小切口”，却带来了基层治理的“大变化”。"),
        ("p", "基层治理的难点，往往不在大事，而在群众身边的琐事。一盏路灯不亮、一处井盖松动、一块空地闲置，处理得好，群众心里暖；处理不好，小问题就可能积累成大矛盾。从“小切口”入手，就是要把治理的触角延伸到群众家门口，把解决问题的时间缩短在萌芽阶段。"),
        ("p", "“小切口”要切得准，关键在于听得见群众的声音。有的地方习惯“坐在办公室想办法”，政策定了、项目做了，群众却不买账。只有沉下身子、走进院落，听民声、察民情，才能找准群众最盼、最急、最忧的问题。"),
        ("p", "“小切口”要有“大后劲”，还得靠制度保障。议事协商不能一阵风，要形成“收集问题—协商议事—落实反馈—群众评议”的闭环，让群众看得到结果、说得上意见。"),
        ("p", "治理无小事，枝叶总关情。把每一件“小事”办好办实，基层治理就会有温度、有力度，群众的获得感、幸福感、安全感也会更加充实。"),
    ],
))

# wq-23 四川 provincial portal repost from city paper, photo gallery, 来源/作者/责任编辑 row
PAGES.append(dict(
    id="wq-23", kind=K,
    title="宜宾长江公园春季花展开幕",
    authors=["罗琳"],
    publish_time="2025-03-09 14:02:55",
    style="p",
    css="""
body{margin:0;font:16px/1.8 "Microsoft YaHei"}
.g-hd{display:flex;align-items:center;padding:10px 7%;border-bottom:1px solid #eee;gap:30px}
.g-hd .lg{font:bold 26px sans-serif;color:#e60012}
.g-hd nav a{margin-right:14px;font-size:14px}
.bd{width:860px;margin:20px auto}
.bd h1{font-size:28px}
.tt{font-size:13px;color:#999;display:flex;gap:12px}
figure{margin:12px 0;text-align:center}figcaption{font-size:13px;color:#666}
.ed{font-size:13px;color:#999}
.rel{background:#f7f7f7;padding:12px}
.g-ft{font-size:12px;color:#888;text-align:center;padding:20px;background:#f0f0f0}
""",
    tpl="""
<div class="g-hd"><span class="lg">四川在线网</span><nav><a>首页</a><a>四川</a><a>市州</a><a>图片</a><a>视频</a><a>旅游</a><a>房产</a><a>汽车</a></nav><span><input placeholder="搜索"></span></div>
<div class="bd">
<div class="tt"><span>首页</span><span>&gt;</span><span>市州</span><span>&gt;</span><span>宜宾</span></div>
<h1>{T}</h1>
<div class="tt"><span>2025-03-09 14:02:55</span><span>来源：宜宾日报</span><span>作者：罗琳</span><span>责任编辑：邓雨涵</span></div>
{BODY}
<p class="ed">原标题：长江公园花展开幕 20余万株鲜花扮靓江岸</p>
<div class="rel"><b>相关新闻</b><br>· 宜宾三江口：春江水暖游人至<br>· 李庄古镇推出夜游新线路<br>· 宜宾今年将建成口袋公园25个</div>
</div>
<div class="g-ft">四川在线网 版权所有 · 未经授权禁止转载<br>互联网新闻信息服务许可证 51120180003　蜀ICP备11111111号</div>
""",
    blocks=[
        ("p", "3月8日，宜宾长江公园2025年春季花展开幕。20余万株郁金香、樱花、海棠竞相绽放，吸引众多市民游客前来赏花踏青。"),
        ("x", '<figure>' + img("长江公园郁金香花海") + '<figcaption>游客在郁金香花海中拍照。罗琳 摄</figcaption></figure>'),
        ("p", "本届花展以“江岸花开·宜人宜宾”为主题，分为郁金香花海、樱花大道、海棠花溪、盆景长廊等8个展区，展期持续至4月中旬。今年新引进的“黑英雄”“粉色印象”等12个郁金香品种首次在宜宾亮相。"),
        ("p", "“孩子放假就想来看花，今年品种比去年多，颜色也更丰富。”带着家人来游园的市民张女士说。"),
        ("x", '<figure>' + img("樱花大道") + '<figcaption>樱花大道迎来最佳观赏期。罗琳 摄</figcaption></figure>'),
        ("p", "花展期间，公园还将举办汉服巡游、露天音乐会、亲子植物课堂等20余场文化活动。为方便市民出行，公交部门增开了两条赏花专线，周末及节假日每15分钟一班。"),
        ("p", "园区管理方提醒，花展期间客流较大，市民游客请文明赏花，不要攀折花枝、踩踏草坪，并尽量选择公共交通出行。"),
    ],
))

# wq-24 宁夏 银川 city news media centre (TV-based) site, several reporters incl. 见习记者
PAGES.append(dict(
    id="wq-24", kind=K,
    title="银川“15分钟便民生活圈”再添12处",
    authors=["王佳", "刘宁", "马睿"],
    publish_time="2025-03-13",
    style="p",
    css="""
body{margin:0;font:16px/1.8 "Microsoft YaHei";color:#333}
.hdr{background:#0c3c78;padding:14px 9%;color:#fff;display:flex;justify-content:space-between}
.hdr b{font-size:24px}.live{background:#e53935;padding:2px 10px;border-radius:3px;font-size:13px}
.chn{background:#f3f6fa;padding:8px 9%}.chn a{margin-right:20px;font-size:15px}
.ct{width:880px;margin:24px auto}
.ct .t{font-size:27px;font-weight:bold;line-height:1.5}
.ct .src{color:#888;font-size:14px;margin:8px 0 18px;padding-bottom:10px;border-bottom:1px solid #e6e6e6}
.ftr{background:#0c3c78;color:#abc;font-size:12px;padding:18px 9%}
""",
    tpl="""
<div class="hdr"><b>银川新闻网</b><span><span class="live">直播</span>　银川新闻频道　银川交通音乐广播 FM98.4</span></div>
<div class="chn"><a>首页</a><a>本地</a><a>民生</a><a>视频新闻</a><a>银川新闻联播</a><a>广播</a><a>专题</a></div>
<div class="ct">
<p style="font-size:13px;color:#999">您现在的位置：首页 &gt; 本地新闻</p>
<div class="t">{T}</div>
<div class="src">银川市新闻传媒中心　2025-03-13　浏览量：2196　<a>[大]</a><a>[中]</a><a>[小]</a></div>
<p><b>银川新闻传媒中心记者 王  佳 刘  宁 见习记者 马  睿</b></p>
{BODY}
<p style="color:#888">编辑：张  悦　校对：王海燕　审核：田  力</p>
<p>【相关阅读】<br>银川今年将新建改造老旧小区132个<br>金凤区：社区食堂让老人吃上“暖心饭”</p>
</div>
<div class="ftr">主办：银川市新闻传媒中心　广播电视节目制作经营许可证：（宁）字第00021号<br>宁ICP备09000321号-1　宁公网安备64010602000045号　举报电话：0951-5031234</div>
""",
    blocks=[
        ("p", "记者从银川市商务局获悉，今年一季度，银川市新建成12个“15分钟便民生活圈”，主要分布在兴庆区、金凤区和西夏区的老旧小区和新建住宅集中区域。至此，全市累计建成便民生活圈68个，覆盖居民约85万人。"),
        ("p", "在金凤区黄河东路街道，新建成的邻里中心集便利店、早餐店、菜市场、理发店、家政服务、快递驿站于一体。“早上下楼就能吃到热乎的早餐，买菜、取快递都不用出小区。”居民李阿姨说。"),
        ("h", "补齐“一老一小”服务短板"),
        ("p", "今年新建的生活圈把养老托育作为重点，新增社区食堂6个、托育点4个、社区嵌入式养老服务站5个。市商务局相关负责人介绍，建设中坚持“缺什么补什么”，通过入户调查了解居民需求，确保业态布局更贴近群众生活。"),
        ("h", "让“小店经济”更有活力"),
        ("p", "银川还出台了支持便民商业网点发展的若干措施，对符合条件的品牌连锁便利店、社区菜店给予房租和装修补贴。今年全市计划再新增便民生活圈20个，到年底实现中心城区全覆盖。"),
    ],
))
