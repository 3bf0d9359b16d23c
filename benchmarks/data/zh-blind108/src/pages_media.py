# Media pages ve-13 .. ve-24 (outlet names invented; places real). All content invented.
K = "media"
PAGES = []

# ve-13 湖南 provincial daily's site "湘楚网", 2019 portal; 全媒体记者 + 通讯员 byline line under headline
PAGES.append(dict(
    id="ve-13", kind=K, lang="zh", doc_title="岳阳港城陵矶港区集装箱吞吐量首破百万标箱_湘楚网",
    title="岳阳港城陵矶港区集装箱吞吐量首破百万标箱",
    authors=["谭思远", "彭小军"], publish_time="2024-12-28 08:41",
    css="""body{margin:0;font-family:"Microsoft YaHei"}.xc-top{background:#222;color:#bbb;font-size:12px;padding:5px 30px}.xc-logo{font-size:34px;color:#d7000f;padding:16px 30px;font-weight:bold}
.xc-nav{border-top:2px solid #d7000f;border-bottom:1px solid #ddd;padding:8px 30px}.xc-nav a{margin-right:14px}.xc-l{float:left;width:760px;padding:20px 30px}.xc-r{float:left;width:300px;padding-top:20px}
h1{font-size:30px;line-height:1.3}.xc-src{color:#999;font-size:13px}.xc-by{color:#333;font-size:15px}.xc-l p{line-height:1.9;font-size:17px}.xc-ft{clear:both;background:#f2f2f2;padding:20px 30px;font-size:12px;color:#666}""",
    mode="p",
    html="""<body>
<div class="xc-top">湘楚网 · 湘楚日报社主办 | <a>登录</a> <a>注册</a> | <a>客户端下载</a></div>
<div class="xc-logo">湘楚网 <small style="font-size:14px;color:#333">湖南新闻门户</small></div>
<div class="xc-nav"><a>首页</a><a>时政</a><a>经济</a><a>市州</a><a>社会</a><a>文旅</a><a>评论</a><a>视频</a><a>图片</a></div>
<div class="xc-l">
<div>湘楚网首页 &gt; 经济 &gt; 产业</div>
<h1>{TITLE}</h1>
<div class="xc-src">来源：湘楚日报 | 2024-12-28 08:41 | 作者：谭思远 彭小军</div>
<p class="xc-by">湘楚日报全媒体记者 谭思远 通讯员 彭小军</p>
{BODY}
<p class="ed">[责任编辑:欧阳雪] [值班编辑:易川]</p>
<div>分享到：<a>微信</a> <a>微博</a> <a>湘楚客户端</a></div>
<div class="rel"><h3>相关阅读</h3><ul><li>长沙港霞凝港区三期工程主体完工</li><li>“湘欧快线”今年开行突破1000列</li><li>湖南外贸进出口连续12个月正增长</li></ul></div>
</div>
<div class="xc-r"><h3>热点排行</h3><ol><li>全省冬季征兵报名启动</li><li>长沙地铁7号线首通段试运行</li><li>张家界冬季旅游优惠来了</li></ol><img alt="湘楚日报客户端下载" src="{GIF}"></div>
<div class="xc-ft">湘楚日报社版权所有，未经授权不得复制或建立镜像　互联网新闻信息服务许可证：43120170099　湘ICP备10200300号-1　湘公网安备 43010502000111号<br>违法和不良信息举报电话：0731-84300000</div>
</body>""",
    blocks=[
        "12月27日上午10时，随着一只装载着电子元器件的集装箱吊上“湘岳集8”轮，岳阳港城陵矶港区今年集装箱吞吐量突破100万标箱，成为长江中游首个年吞吐量突破百万标箱的内河港区。",
        "城陵矶港区是湖南唯一的国家一类水运口岸。近年来，港区先后开通至上海洋山、江苏太仓的“五定班轮”，以及中部地区至东盟的铁水联运通道。今年1至11月，港区外贸集装箱量同比增长18.3%，其中新能源汽车及零部件、农产品出口增长最为明显。",
        "“港口吞吐量的增长，背后是腹地产业的支撑。”岳阳市港航事务中心主任表示，目前港区周边已集聚电子信息、粮油加工、新材料等企业300余家，“前港后园”联动效应日益显现。",
        {"img": "城陵矶港区集装箱码头一派繁忙", "cap": "12月27日，城陵矶港区集装箱码头一派繁忙。湘楚日报全媒体记者 何  敏 摄"},
        "为提高通关效率，岳阳海关在港区推行“船边直提”“抵港直装”等便利化措施，进出口货物通关时间分别压缩至24小时和1小时以内。港区还新上线智慧码头调度系统，实现集装箱堆场作业全流程数字化，单箱作业时间缩短约15%。",
        "据介绍，城陵矶港区四期工程预计明年开工，建成后港区集装箱年通过能力将提升至200万标箱。",
    ],
))

# ve-14 甘肃 provincial portal "陇上新闻网", 2015 layout, 新华社 wire dateline in body
PAGES.append(dict(
    id="ve-14", kind=K, lang="zh", doc_title="敦煌莫高窟数字化保护工程新增30个洞窟高清档案 - 陇上新闻网",
    title="敦煌莫高窟数字化保护工程新增30个洞窟高清档案",
    authors=["马莎莎", "任卫东"], publish_time="2025年05月18日 20:17",
    css="""body{margin:0;font:14px/1.7 "宋体",serif}#header{height:80px;background:#0c4d8a}#header h2{color:#fff;margin:0;padding:20px 40px}#nav{background:#f0f5fa;padding:6px 40px}#nav span{margin-right:12px}
#main{width:960px;margin:0 auto}#title{font-size:24px;text-align:center;font-family:黑体;margin:24px 0 8px}.tinfo{background:#f6f6f6;font-size:12px;color:#666;padding:4px;text-align:center}
#artibody p{text-indent:2em;font-size:16px}#footer{border-top:1px solid #ccc;text-align:center;font-size:12px;padding:14px;color:#888}""",
    mode="p",
    html="""<body>
<div id="header"><h2>陇上新闻网 www.longshang.example.cn</h2></div>
<div id="nav"><span>首页</span>|<span>甘肃要闻</span>|<span>国内</span>|<span>国际</span>|<span>财经</span>|<span>文化</span>|<span>丝路</span>|<span>专题</span>|<span><input placeholder="搜索新闻"></span></div>
<div id="main">
<div class="lujing">陇上新闻网 &gt; 甘肃要闻 &gt; 文化</div>
<div id="title">{TITLE}</div>
<div class="tinfo">2025年05月18日 20:17　来源：新华社　【<a>我要纠错</a>】　【字号：<a>大</a> <a>中</a> <a>小</a>】</div>
<div id="artibody">{BODY}</div>
<div style="text-align:right">责编：张  娟　校对：何雨</div>
<div><b>延伸阅读：</b><br>·嘉峪关关城景区推出夜游项目<br>·麦积山石窟开展文物“体检”</div>
</div>
<div id="footer">陇上新闻网 版权所有　陇ICP备08001122号　甘公网安备 62010202000888号　新闻热线：0931-8900000</div>
</body>""",
    blocks=[
        "新华社兰州5月18日电（记者马莎莎 任卫东）记者从敦煌研究院获悉，莫高窟数字化保护工程今年已完成30个洞窟的高清数字化采集，目前已有320个洞窟建立了高清数字档案。",
        "敦煌研究院数字化研究所负责人介绍，本年度采集的洞窟以中唐、晚唐时期为主，平均每个洞窟拍摄图像数万张，壁画数字化分辨率达到每英寸300点以上，可清晰呈现颜料颗粒和起甲、空鼓等病害细节。",
        "与以往相比，今年的采集工作首次大规模应用了自主研发的曲面壁画自动拍摄系统，采集效率提高约40%。研究人员还对部分彩塑进行了三维激光扫描，精度达到亚毫米级。",
        "这些数字档案不仅为洞窟病害监测和修复提供依据，也将通过“数字敦煌”资源库陆续向公众开放。截至目前，资源库已上线超过6500幅壁画高清图像，访问用户遍及全球70多个国家和地区。",
        "据悉，敦煌研究院计划在“十五五”期间完成莫高窟全部具有壁画和彩塑洞窟的数字化采集，同时推进榆林窟、西千佛洞等石窟的数字化工作。",
    ],
))

# ve-15 上海 city media app share page "申江新闻" (2024 app share), 记者 | name
PAGES.append(dict(
    id="ve-15", kind=K, lang="zh", doc_title="苏州河畔又添一座“口袋公园”，附近居民：遛弯有了好去处",
    title="苏州河畔又添一座“口袋公园”，附近居民：遛弯有了好去处",
    authors=["沈悦", "顾晨阳"], publish_time="2025-06-03 07:05:32",
    css="""body{margin:0;font-family:-apple-system,"PingFang SC";max-width:750px;margin:auto}.openapp{position:sticky;top:0;background:#1565c0;color:#fff;display:flex;justify-content:space-between;padding:10px 14px}
.a-h{padding:18px 16px 0}.a-h h1{font-size:22px;line-height:1.45}.a-m{font-size:13px;color:#8c8c8c;padding:0 16px}.a-b{padding:0 16px;font-size:17px;line-height:1.8}
.a-b .cap{font-size:13px;color:#888;text-align:center}.tail{padding:16px;color:#666;font-size:13px}.more{background:#f5f5f5;padding:14px}""",
    mode="p",
    html="""<body>
<div class="openapp"><span>申江新闻 | 上海人自己的新闻客户端</span><span>打开APP</span></div>
<div class="a-h"><h1>{TITLE}</h1></div>
<div class="a-m"><span>申江新闻</span>　<span>2025-06-03 07:05:32</span></div>
<div class="a-m">记者 | 沈悦　顾晨阳</div>
<div class="a-b">{BODY}</div>
<div class="tail">原标题：《苏州河普陀段再添口袋公园》<br>栏目主编：陆一鸣　文字编辑：钱晓<br>题图来源：沈悦 摄</div>
<div class="more"><p>打开申江新闻APP，阅读体验更佳</p><p>相关推荐</p><p>上海今年将新建改建口袋公园120座</p><p>“一江一河”滨水空间再延伸 8公里新步道贯通</p>
<p>© 2025 申江新闻 沪ICP备15011111号</p></div>
</body>""",
    blocks=[
        {"img": "口袋公园全景", "cap": "改造后的口袋公园。"},
        "清晨6点多，家住普陀区长寿路街道的陈阿姨已经在新开放的“樱桃河口袋公园”里打完了一套太极拳。“以前这里是堆放建材的空地，晚上黑黢黢的，现在有灯、有座椅、有花，早晚都有人。”",
        "这座面积约2800平方米的口袋公园位于苏州河南岸、西康路桥东侧，上周末正式对市民开放。公园保留了场地上原有的5棵香樟树，新增了滨水木栈道、儿童沙坑和健身步道。",
        "设计团队负责人告诉记者，考虑到周边老年居民多，园内座椅全部设置了扶手，步道采用防滑透水材料，并在入口处设置了无障碍坡道。“我们想让它成为一个‘家门口的客厅’。”",
        "记者了解到，口袋公园的建设前期通过“社区规划师”制度征集了居民意见，“要树荫”“要厕所”“不要太吵”成为呼声最高的几条建议，都在方案中得到了体现。园区东北角新建的一座小型公共厕所还配置了第三卫生间。",
        "据普陀区绿化市容局介绍，今年全区计划新建口袋公园8座，届时苏州河普陀段沿线将基本实现“300米见绿、500米见园”。",
    ],
))

# ve-16 海南 TV station site "琼州广电网", 2021; TV transcript, 记者：names; 编辑 not author
PAGES.append(dict(
    id="ve-16", kind=K, lang="zh", doc_title="【新闻联播】海口江东新区首批国际学校项目签约-琼州广电网",
    title="海口江东新区首批国际学校项目签约",
    authors=["吴海燕", "邢天宇"], publish_time="2025-03-27 19:58",
    css="""body{margin:0;background:#101820;color:#e5e5e5;font-family:"Microsoft YaHei"}a{color:#9cd}.tv-h{display:flex;justify-content:space-between;padding:14px 40px;background:#0a0f14}
.tv-n span{margin:0 12px}.player{width:880px;height:300px;margin:20px auto;background:#000;display:flex;align-items:center;justify-content:center}.tv-a{width:880px;margin:0 auto}
.tv-a h1{font-size:24px}.tv-m{color:#9aa;font-size:13px}.tv-a p{line-height:1.9}.tv-f{text-align:center;font-size:12px;color:#778;padding:30px}""",
    mode="p",
    html="""<body>
<div class="tv-h"><b>琼州广电网</b><span class="tv-n"><span>首页</span><span>直播</span><span>新闻</span><span>栏目</span><span>点播</span><span>琼州云</span></span></div>
<div class="player"><img alt="视频播放器" src="{GIF}"> 00:00 / 02:16</div>
<div class="tv-a">
<div class="tv-m">首页 &gt; 新闻 &gt; 新闻联播</div>
<h1>【新闻联播】{TITLE}</h1>
<div class="tv-m">发布时间：2025-03-27 19:58　来源：琼州广播电视台　栏目：《琼州新闻联播》</div>
{BODY}
<p class="tv-m">记者：吴海燕　邢天宇　　编辑：蔡文静　　审核：林　峰</p>
<div>分享：<a>微信</a> <a>微博</a> <a>复制链接</a></div>
<h3>更多节目</h3><ul><li>【新闻联播】三亚崖州湾科技城新增5家研发机构</li><li>【聚焦自贸港】“零关税”清单扩容一年间</li></ul>
</div>
<div class="tv-f">琼州广播电视台 版权所有　信息网络传播视听节目许可证：2110000　琼ICP备06000888号　琼公网安备46010602000222号</div>
</body>""",
    blocks=[
        "【导语】今天上午，海口江东新区首批国际学校项目集中签约，3所学校将于2026年秋季开始招生。",
        "【正文】本次签约的3个项目分别为一所十二年一贯制国际学校、一所双语幼儿园和一所职业教育国际合作学院，总投资约18亿元，规划学位4500个。项目建成后，将主要面向在新区工作的外籍人才子女和本地学生。",
        "【同期声】江东新区管理局相关负责人：“人才来了，孩子上学是他们最关心的问题。我们希望通过引进优质国际教育资源，让人才在江东安心工作、安心生活。”",
        "【正文】根据海南自贸港相关政策，境外教育机构可在海南独立举办中外合作办学项目。江东新区今年已先后引进医疗、教育、文化类项目23个。当天，新区还发布了人才子女入学“一件事”服务指南，将入学申请、材料审核、学位分配等环节整合为一次办理。",
    ],
))

# ve-17 湖南 长沙 evening paper site "星城晚报网", 2012 portal: 本报讯（记者 通讯员） in first paragraph
PAGES.append(dict(
    id="ve-17", kind=K, lang="zh", doc_title="开福区一小区电动车充电桩“扫码难” 物业：本月底前完成升级_社会_星城晚报网",
    title="开福区一小区电动车充电桩“扫码难” 物业：本月底前完成升级",
    authors=["龚一凡", "曹蕾"], publish_time="2023-08-09 06:30",
    css="""body{margin:0;font-size:12px;font-family:宋体}.wrap{width:950px;margin:0 auto}.t_bar{background:#e6e6e6;height:26px;line-height:26px}.lg{height:70px;font-size:32px;color:#e4007f;font-weight:bold}
.mn a{margin:0 6px;font-size:14px}.con{width:640px;float:left}.sd{width:290px;float:right}.con h1{font-size:22px;text-align:center}.ly{text-align:center;color:#666}
.con p{font-size:14px;line-height:26px;text-indent:2em}.bt{clear:both;border-top:3px solid #e4007f;text-align:center;padding:8px}""",
    mode="p",
    html="""<body><div class="wrap">
<div class="t_bar">星城晚报网 | <a>设为首页</a> | <a>收藏本站</a> | <a>手机版</a> | <a>报料热线：0731-84000000</a></div>
<div class="lg">星城晚报网</div>
<div class="mn"><a>首页</a>|<a>长沙</a>|<a>社会</a>|<a>民生</a>|<a>房产</a>|<a>汽车</a>|<a>教育</a>|<a>健康</a>|<a>论坛</a>|<a>数字报</a></div>
<div class="con">
<div>您的位置：<a>星城晚报网</a> &gt; <a>社会</a> &gt; 正文</div>
<h1>{TITLE}</h1>
<div class="ly">2023-08-09 06:30　来源：星城晚报　作者：龚一凡 曹蕾　编辑：谢丹</div>
{BODY}
<div style="text-align:center">上一页 1 2 下一页</div>
<div>【<a>我要评论</a>】【<a>推荐给好友</a>】【<a>打印</a>】【<a>关闭</a>】</div>
<div><b>网友评论</b>（0条） 请登录后发表评论</div>
</div>
<div class="sd"><b>今日热点</b><ul><li>长沙今年首个高温红色预警发布</li><li>橘子洲暑期焰火周六照常燃放</li><li>五一商圈新增停车泊位2000个</li></ul><b>图片新闻</b><br><img alt="湘江边的夏夜" src="{GIF}"><br>湘江边的夏夜</div>
<div class="bt">星城晚报网版权所有 Copyright © 2008-2023　湘ICP备08008800号<br>未经书面授权禁止使用</div>
</div></body>""",
    blocks=[
        "本报讯（记者 龚一凡 通讯员 曹蕾）“扫了五六次码都没反应，只能推着车去隔壁小区充。”近日，家住开福区四方坪街道某小区的市民李先生向本报反映，小区内的电动车充电桩频繁出现扫码失灵、充电中途断电等问题。",
        "8月7日晚，记者来到该小区看到，小区北门附近设有两排共40个充电插口，其中十余个贴着“维修中”的纸条。一位正在充电的居民告诉记者，这批充电桩2019年安装，近一年故障越来越多，“有时候扫了码扣了钱，第二天一看电没充上”。",
        "对此，小区物业服务中心负责人解释，充电桩原运营商已经退出，设备长期缺乏维护。物业已与新的运营商签订合同，将全部更换为支持刷卡、扫码两种方式的智能充电桩，并增加过充保护和自动断电功能，“预计本月底前完成升级”。",
        "四方坪街道相关负责人表示，街道将督促物业按期完成整改，并对辖区其他老旧小区充电设施开展排查，消除安全隐患。",
        "记者提醒，居民切勿私拉电线“飞线充电”，更不要将电动车推进楼道、家中充电。",
    ],
))

# ve-18 甘肃 天水 city TV site "天水广电网", 2009-style table layout; 通讯员 / 记者 in closing parenthesis
PAGES.append(dict(
    id="ve-18", kind=K, lang="zh", doc_title="麦积区花牛苹果开园采摘 首批鲜果发往广州 - 天水广电网",
    title="麦积区花牛苹果开园采摘 首批鲜果发往广州",
    authors=["王建军", "李  娜".replace("  ", "")], publish_time="2024年9月6日",
    css="""body{margin:0;font-size:12px;background:#cfd8dc}td{font-size:12px}.tit{font-size:18px;font-weight:bold;color:#003366}.cnt{font-size:14px;line-height:24px}""",
    mode="br",
    html="""<body>
<table width="900" align="center" bgcolor="#ffffff" cellspacing="0" cellpadding="0">
<tr><td height="90" bgcolor="#003366" style="color:#fff;font-size:26px">　天水广电网 <font size="2">天水广播电视台主办</font></td></tr>
<tr><td height="28" bgcolor="#ffcc00" align="center"><b>首页 ┊ 天水新闻 ┊ 麦积新闻 ┊ 秦州新闻 ┊ 县区联播 ┊ 视频点播 ┊ 节目预告 ┊ 联系我们</b></td></tr>
<tr><td><table width="100%"><tr><td width="70%">当前位置：首页 &gt; 县区联播</td><td align="right">2024年9月6日 星期五</td></tr></table></td></tr>
<tr><td align="center" height="40" class="tit">{TITLE}</td></tr>
<tr><td align="center">发布日期：2024年9月6日　　作者：王建军　李  娜　　来源：麦积区融媒体中心　　阅读次数：<b>96</b></td></tr>
<tr><td><hr size="1" color="#cccccc"></td></tr>
<tr><td class="cnt" style="padding:10px 30px">{BODY}</td></tr>
<tr><td align="right">【<a>关闭窗口</a>】　</td></tr>
<tr><td style="padding:10px"><table width="100%" bgcolor="#f0f0f0"><tr><td>·<a>秦安县举办第五届桃花节</a></td><td>·<a>甘谷县辣椒产业带动万户增收</a></td></tr>
<tr><td>·<a>武山县蔬菜直供粤港澳大湾区</a></td><td>·<a>清水县完成秋粮收购准备</a></td></tr></table></td></tr>
<tr><td align="center" bgcolor="#003366" style="color:#fff;padding:8px">Copyright 2009-2024 天水广播电视台 All Rights Reserved　陇ICP备09002222号<br>地址：天水市秦州区民主西路000号　电话：0938-8210000</td></tr>
</table>
</body>""",
    blocks=[
        "9月5日，麦积区2024年花牛苹果开园仪式在花牛镇二十里铺村举行，首批20吨鲜果当天装车发往广州江南果菜批发市场。",
        "今年麦积区花牛苹果种植面积达到38万亩，预计总产量65万吨。受花期气候适宜等因素影响，今年果品着色好、果形端正，一级果率比去年提高约8个百分点。",
        "开园现场，果农们忙着采摘、分拣、装箱。二十里铺村果农张宏亮家有12亩果园，他说：“今年果子品相好，收购价比去年每斤高了三四毛钱，估计能多收入两万块。”",
        "近年来，麦积区大力推广矮化密植、水肥一体化和有机肥替代化肥等技术，建成智能选果线11条，培育果品电商企业200多家，花牛苹果已销往全国30多个大中城市，并出口东南亚等地。区里还在果园推广防雹网和物联网监测设备，果农用手机就能查看墒情和病虫害预警。（王建军　李  娜）",
    ],
))

# ve-19 上海 channel of a national business paper site "华夏财经时报网·上海", 2022; opinion piece 作者 with affiliation
PAGES.append(dict(
    id="ve-19", kind=K, lang="zh", doc_title="观点｜临港新片区跨境数据流动试点，下一步该往哪里走？-华夏财经时报网",
    title="临港新片区跨境数据流动试点，下一步该往哪里走？",
    authors=["顾明哲"], publish_time="2024.10.11 14:02",
    css="""body{margin:0;font-family:Georgia,"Songti SC",serif}.hx-h{border-bottom:1px solid #000;padding:14px 60px;display:flex;justify-content:space-between;font-family:sans-serif}
.hx-ch{font-family:sans-serif;padding:6px 60px;font-size:13px}.hx-ch a{margin-right:14px}.hx-art{width:720px;margin:40px auto}.hx-kick{color:#b71c1c;font-family:sans-serif;font-size:13px}
.hx-art h1{font-size:32px;line-height:1.3}.hx-au{font-family:sans-serif;font-size:13px;color:#555}.hx-art p{font-size:18px;line-height:1.85}.hx-note{font-size:13px;color:#888;border-top:1px solid #ddd}.hx-f{background:#f5f5f5;padding:24px 60px;font:12px sans-serif}""",
    mode="p",
    html="""<body>
<div class="hx-h"><b>华夏财经时报网</b><span><a>订阅</a> <a>登录</a> <a>搜索</a></span></div>
<div class="hx-ch"><a>首页</a><a>宏观</a><a>金融</a><a>公司</a><a>地方·上海</a><a>观点</a><a>数据</a></div>
<div class="hx-art">
<div class="hx-kick">观点</div>
<h1>{TITLE}</h1>
<div class="hx-au">作者：顾明哲（上海某高校数字经济研究院研究员）<br>2024.10.11 14:02 · 华夏财经时报网</div>
{BODY}
<p class="hx-note">（本文仅代表作者个人观点。责编：邵雨婷　电话：021-61000000　邮箱：sh@example.com）</p>
<div><b>延伸阅读</b><p>上海发布数据跨境流动负面清单 企业如何应对？</p><p>临港新片区金融开放再提速</p></div>
</div>
<div class="hx-f">华夏财经时报社 版权所有 · 京ICP备12012012号 · 未经授权禁止转载</div>
</body>""",
    blocks=[
        "今年以来，临港新片区在跨境数据流动领域连续推出一般数据清单、负面清单和数据跨境服务中心等举措，智能网联汽车、生物医药、跨境贸易等领域的一批企业已经“吃到螃蟹”。但在调研中我们也发现，试点要从“点上突破”走向“面上推广”，还有几道坎要迈过。",
        {"h": "第一道坎：清单的颗粒度"},
        "企业普遍反映，现有清单按行业列举数据类别，对于跨行业经营的企业，同一类数据可能在不同清单中有不同的处理要求。建议在清单中引入“数据场景”维度，让企业能够对号入座。",
        {"h": "第二道坎：中小企业的合规成本"},
        "大型跨国公司有专门的法务和数据合规团队，中小企业则往往望而却步。可以考虑由数据跨境服务中心提供标准化的合规工具包和低成本评估服务，把“能不能出”变成“怎么出”。",
        {"h": "第三道坎：与国际规则的衔接"},
        "数据跨境流动本质上是双向的。临港可以探索与新加坡、欧盟等经济体在特定领域开展互认试点，在确保安全的前提下，为国家层面的制度型开放积累经验。",
        "总体来看，临港试点的方向是清晰的。下一步的关键，是让规则更细、服务更近、预期更稳。",
    ],
))

# ve-20 English page of a Hunan outlet "Hunan Voice International", 2023 responsive; By two names
PAGES.append(dict(
    id="ve-20", kind=K, lang="en", doc_title="Changsha's night economy lights up the Xiangjiang riverfront | Hunan Voice International",
    title="Changsha's night economy lights up the Xiangjiang riverfront",
    authors=["Liu Yiran", "Daniel Brooks"], publish_time="2024-07-22 21:15",
    css="""body{margin:0;font-family:Helvetica,Arial,sans-serif}.nav{background:#7b1fa2;color:#fff;padding:12px 6%;display:flex;gap:20px}.hv{max-width:760px;margin:28px auto}
.hv h1{font-size:34px;line-height:1.2}.hv .by{font-size:14px;color:#444}.hv .dt{font-size:13px;color:#888}.hv p{font-size:18px;line-height:1.65}.cap{font-size:13px;color:#666}.ft{background:#eee;font-size:12px;padding:20px 6%}""",
    mode="p",
    html="""<body>
<div class="nav"><b>Hunan Voice International</b><span>Home</span><span>Hunan</span><span>Business</span><span>Culture</span><span>Travel</span><span>Video</span><span>中文</span></div>
<div class="hv">
<div class="crumb">Home / Business</div>
<h1>{TITLE}</h1>
<div class="by">By Liu Yiran and Daniel Brooks | hunanvoice.example.cn</div>
<div class="dt">Updated: 2024-07-22 21:15</div>
{BODY}
<p class="ed">Editor: Zhou Min</p>
<div>Share: <a>Facebook</a> <a>X</a> <a>LinkedIn</a> <a>WeChat</a></div>
<h3>Related stories</h3><ul><li>Hunan's chili sauce makers go global</li><li>Zhangjiajie draws record summer visitors</li></ul>
</div>
<div class="ft">Copyright © Hunan Voice International. All rights reserved. 湘ICP备15015015号-3</div>
</body>""",
    blocks=[
        {"img": "Visitors stroll along the Xiangjiang riverfront at night", "cap": "Visitors stroll along the riverfront near Orange Isle on July 20. [Photo by Liu Yiran/Hunan Voice International]"},
        "When the sun sets over the Xiangjiang River, Changsha does not slow down. Food stalls open along Taiping Street, drone shows light up the sky above Orange Isle on weekends, and bookstores near Wuyi Square stay open until 2 am.",
        "The capital of Hunan province has become one of China's best-known destinations for night-time consumption. According to the city's commerce bureau, spending between 6 pm and 2 am accounted for more than 60 percent of the city's retail and catering sales in the first half of the year.",
        "\"We come for the stinky tofu and stay for the music,\" said Maria Gonzalez, a teacher from Spain who was visiting the city with friends. \"Everything feels alive at midnight.\"",
        "Local officials say the boom is no accident. Since 2022 the city has extended metro hours on Fridays and Saturdays, opened 12 new pedestrian streets and offered subsidies to shops that stay open late.",
        "Business owners, however, point to rising rents and noise complaints as challenges. The city plans to introduce a night-time noise monitoring system in residential areas near the busiest streets later this year.",
    ],
))

# ve-21 English page of a Hainan outlet, wire copy with only a source: authors []
PAGES.append(dict(
    id="ve-21", kind=K, lang="en", doc_title="Hainan FTP adds 12 items to zero-tariff list for raw materials - Hainan Port Daily",
    title="Hainan FTP adds 12 items to zero-tariff list for raw materials",
    authors=[], publish_time="2025-04-09 10:48:21",
    css="""body{margin:0;font:15px/1.6 Arial}.hd{background:#00838f;color:#fff;padding:20px 50px;font-size:26px}.mn{background:#006064;padding:8px 50px}.mn a{color:#fff;margin-right:18px}
.w{width:980px;margin:0 auto;display:flex;gap:30px}.main{flex:3}.aside{flex:1;font-size:13px}.main h2{font-size:28px}.info{color:#777;font-size:13px;border-bottom:1px solid #ddd}.ft{background:#263238;color:#aaa;padding:20px 50px;font-size:12px}""",
    mode="p",
    html="""<body>
<div class="hd">Hainan Port Daily <small>海南港报英文网</small></div>
<div class="mn"><a>Home</a><a>Free Trade Port</a><a>Business</a><a>Tourism</a><a>Sanya</a><a>Haikou</a><a>Opinion</a></div>
<div class="w"><div class="main">
<div>You are here: Home &gt; Free Trade Port</div>
<h2>{TITLE}</h2>
<div class="info">Source: Xinhua　|　2025-04-09 10:48:21　|　Editor: Chen Xue　|　<a>A+</a> <a>A-</a></div>
{BODY}
<p><a>[Print]</a> <a>[Close]</a></p>
</div>
<div class="aside"><b>Most Read</b><ol><li>Boao forum opens with focus on Asian trade</li><li>Duty-free sales hit new high in Q1</li><li>Haikou launches new flights to Southeast Asia</li></ol></div></div>
<div class="ft">Copyright 2025 Hainan Port Daily. All rights reserved. 琼ICP备10020020号 | 琼公网安备46010602000333号</div>
</body>""",
    blocks=[
        "HAIKOU, April 9 (Xinhua) -- The Hainan Free Trade Port has added 12 items to its zero-tariff list for imported raw and auxiliary materials, local authorities said Wednesday.",
        "The new items include certain types of polymer resins, aviation-grade aluminum alloys and seafood feed ingredients, according to the Hainan provincial department of finance. Enterprises registered in Hainan that meet the requirements can import these goods free of import duties, import-stage value-added tax and consumption tax.",
        "Since the list was first issued in 2020, it has been expanded several times and now covers more than 180 items. Imports under the policy totaled over 30 billion yuan by the end of March, saving companies about 2.6 billion yuan in taxes, official data showed.",
        "Analysts say the expansion will help processing and manufacturing firms in the Yangpu Economic Development Zone lower costs ahead of the free trade port's island-wide independent customs operations.",
    ],
))

# ve-22 海南 三亚 city news site "鹿城新闻网", 2017 portal; info bar with 编辑, 本报讯 in first paragraph, photo credit
PAGES.append(dict(
    id="ve-22", kind=K, lang="zh", doc_title="三亚首条跨海观光步道月底试开放_鹿城新闻网",
    title="三亚首条跨海观光步道月底试开放",
    authors=["郑小雅", "羊文斌"], publish_time="2024-06-18",
    css="""body{margin:0;font-family:"Microsoft YaHei";font-size:14px}.header{height:90px;background:#0288d1;color:#fff;font-size:30px;padding:20px 50px;box-sizing:border-box}.navbar{background:#01579b}.navbar a{color:#fff;display:inline-block;padding:10px 15px}
.container{width:1000px;margin:0 auto}.article-title{font-size:26px;font-weight:bold;margin:20px 0 10px}.article-info{color:#999}.article-content p{line-height:2;font-size:16px}.footer{background:#eceff1;padding:20px;text-align:center;font-size:12px}""",
    mode="indent",
    html="""<body>
<div class="header">鹿城新闻网 · 三亚</div>
<div class="navbar"><a>首页</a><a>三亚新闻</a><a>民生</a><a>旅游</a><a>自贸港</a><a>专题</a><a>三亚日报</a></div>
<div class="container">
<div class="article-title">{TITLE}</div>
<div class="article-info">三亚日报　2024-06-18　编辑：许嘉欣</div>
<div class="article-content">{BODY}</div>
<div class="pre-next">上一篇：三亚海上巡游航线新增夜游班次<br>下一篇：大小洞天景区推出暑期研学产品</div>
</div>
<div class="footer">鹿城新闻网 三亚日报社主办　琼ICP备12003003号　琼公网安备46020002000444号　联系电话：0898-88000000</div>
</body>""",
    blocks=[
        "本报讯（记者 郑小雅 通讯员 羊文斌）记者6月17日从三亚市住建局获悉，三亚首条跨海观光步道——三亚湾红树林跨海步道主体工程已完工，计划于本月底试开放。",
        "该步道全长约1.6公里，起点位于三亚湾路红树林湿地公园，终点为海坡片区滨海广场，最宽处6米，设置观景平台4处。步道采用高桩承台结构，桥面高出海平面约5米，可抵御强台风和风暴潮。",
        {"img": "建设中的跨海观光步道", "cap": "建设中的三亚湾红树林跨海观光步道。记者 李  强 摄"},
        "为保护红树林生态，步道在穿越湿地段时采用“透水”设计，桥墩间距加大至30米，尽量减少对潮汐水流和鸟类栖息的影响。步道沿线还将设置生态科普标识牌和观鸟点。",
        "据介绍，试开放期间步道每日开放时间为7时至22时，实行免费预约入园，每日限流8000人次。市民游客可通过“畅游三亚”小程序预约。",
    ],
))

# ve-23 湖南 county 融媒体中心 site "浏阳融媒", 2025 design; 来源 | 作者 | 编辑 glued line
PAGES.append(dict(
    id="ve-23", kind=K, lang="zh", doc_title="浏阳花炮产业园首条全自动组合烟花生产线投产 - 浏阳融媒",
    title="浏阳花炮产业园首条全自动组合烟花生产线投产",
    authors=["陈思琪"], publish_time="2025-04-27 18:22",
    css="""body{margin:0;font-family:"HarmonyOS Sans SC",sans-serif;background:#fff7f0}.top{display:flex;align-items:center;justify-content:space-between;padding:12px 4%;background:#fff;box-shadow:0 1px 4px #0002}
.top nav a{margin:0 10px}.post{max-width:780px;margin:30px auto;background:#fff;padding:30px 40px;border-radius:10px}.post h1{font-size:27px}.line{font-size:13px;color:#a1887f}
.post p{font-size:17px;line-height:1.9}.post h2{font-size:18px;color:#d84315}.ftr{text-align:center;font-size:12px;color:#888;padding:24px}""",
    mode="p",
    html="""<body>
<div class="top"><b>浏阳融媒</b><nav><a>首页</a><a>浏阳新闻</a><a>乡镇</a><a>视听</a><a>问政</a><a>花炮</a></nav><span><a>下载“掌上浏阳”</a></span></div>
<div class="post">
<div class="line">首页 / 浏阳新闻 / 经济</div>
<h1>{TITLE}</h1>
<div class="line">来源：浏阳融媒|作者：陈思琪|编辑：周雨|2025-04-27 18:22</div>
{BODY}
<div class="line">一审：周雨　二审：黄志刚　三审：刘建军</div>
<div class="line">【版权声明】本网所有稿件均为浏阳融媒原创，转载请注明出处。</div>
</div>
<div class="ftr">浏阳市融媒体中心 主办 · 湘ICP备19001900号 · 湘公网安备43018102000555号<br><img alt="掌上浏阳APP二维码" src="{GIF}"> 扫码下载“掌上浏阳”</div>
</body>""",
    blocks=[
        "4月26日，位于浏阳经开区的花炮产业园内，一条全自动组合烟花生产线正式投产。从装药、封口到包装，全流程实现“人药分离”，车间内仅需4名工人在隔离控制室操作。",
        {"h": "效率提升3倍"},
        "“过去一条手工生产线需要30多名工人，现在4个人就够了，产能还提高了3倍。”生产企业负责人介绍，这条生产线由企业与省内高校联合研发，核心装备全部实现国产化，年产组合烟花可达50万箱。",
        {"h": "安全是第一位的"},
        "花炮生产属于高危行业。新生产线在危险工序全部采用机器人作业，并配备视频智能识别、静电监测和自动喷淋系统，一旦发现异常即可自动停机。市应急管理局相关负责人表示，将以此为样板，推动全市花炮企业加快“机械化换人、自动化减人”。",
        {"h": "产业加快转型"},
        "浏阳是“中国烟花之乡”。目前全市有花炮生产企业400余家，年出口额超过50亿元。近年来，浏阳通过设立技改专项资金、建设公共检测平台等方式，推动产业向安全、环保、高端方向转型，已建成自动化生产线120余条。",
    ],
))

# ve-24 甘肃 provincial radio site "陇原之声", 2016 design; interview with Q&A, 记者 X 报道 line under headline
PAGES.append(dict(
    id="ve-24", kind=K, lang="zh", doc_title="【访谈】张掖市文旅局局长：七彩丹霞不再只卖“门票经济”- 陇原之声",
    title="张掖市文旅局局长：七彩丹霞不再只卖“门票经济”",
    authors=["安宁", "何玉梅"], publish_time="2024-08-15 09:05:11 星期四",
    css="""body{margin:0;font-family:"微软雅黑";background:#f4f4f4}.banner{background:#ff6f00;height:80px;color:#fff;font-size:30px;line-height:80px;padding-left:40px}.menu{background:#333;padding:0 40px}.menu a{color:#eee;line-height:36px;margin-right:16px}
.main{width:940px;margin:14px auto;background:#fff;padding:24px}.tag{background:#ff6f00;color:#fff;padding:2px 6px;font-size:12px}.main h1{font-size:24px;display:inline}.sub{color:#888;font-size:12px;margin:10px 0}
.main p{line-height:1.9}.q{font-weight:bold}.foot{text-align:center;font-size:12px;color:#666;padding:20px}""",
    mode="p",
    html="""<body>
<div class="banner">陇原之声 <span style="font-size:14px">甘肃广播网</span></div>
<div class="menu"><a>首页</a><a>新闻</a><a>广播直播</a><a>节目</a><a>主播</a><a>访谈</a><a>交通广播</a></div>
<div class="main">
<div class="sub">首页 &gt;&gt; 访谈 &gt;&gt; 正文</div>
<span class="tag">访谈</span> <h1>{TITLE}</h1>
<div class="sub">2024-08-15 09:05:11 星期四　来源：陇原之声　<a>收听音频</a></div>
<p class="nb">陇原之声记者 安宁 何玉梅 报道</p>
{BODY}
<p class="sub">责任编辑：孙晓东</p>
<div><b>往期访谈</b><p>天水市市长谈“麻辣烫”之后的城市营销</p><p>酒泉市农业农村局局长谈戈壁农业</p></div>
</div>
<div class="foot">甘肃广播电视总台（集团）陇原之声 版权所有 陇ICP备06001111号 广播电视节目制作经营许可证（甘）字第000号</div>
</body>""",
    blocks=[
        "暑期以来，张掖七彩丹霞景区接待游客持续火热。如何把流量变成“留量”？记者专访了张掖市文化和旅游局局长。",
        {"h": "记者：今年暑期张掖旅游市场有哪些新变化？"},
        "局长：最明显的变化是游客停留时间变长了。以前很多游客是“上午看丹霞、下午赶下一站”，今年7月过夜游客占比提高到58%，比去年同期高了11个百分点。",
        {"h": "记者：过夜游客增加，靠的是什么？"},
        "局长：一方面是产品丰富了。我们推出了丹霞日落音乐会、星空露营、沙漠徒步等夜间和体验类项目；另一方面是服务跟上了，新增民宿客房1200间，开通了景区到市区的夜间公交。",
        {"h": "记者：下一步如何摆脱对“门票经济”的依赖？"},
        "局长：门票收入在我们旅游总收入里的占比已经降到15%以下。接下来，我们要把文创、研学、康养、特色餐饮做大，让游客愿意花钱、值得花钱，真正让旅游带动老百姓增收。",
    ],
))
