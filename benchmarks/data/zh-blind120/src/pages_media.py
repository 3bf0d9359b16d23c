PAGES = []
P = PAGES.append
G = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"

# vq-13 天津 city media portal, 2024; 本报讯（记者 …）in first paragraph
P(dict(id="vq-13", kind="media", lang="zh",
 title="海河沿线将新增12处亲水平台",
 authors=["韩雪", "张宏伟"], publish_time="2025-04-09 07:35",
 features="天津城市媒体门户 2024；首段“本报讯（记者 韩雪 通讯员 张宏伟）”留在正文，作者含通讯员；信息栏在标题下“来源：… | 2025-04-09 07:35”；责任编辑；热点排行",
 css=".m-top{background:#003d7a;color:#fff}.m-info{color:#999}.rank li{list-style:decimal}",
 skel="""<div class="m-top">津沽新闻网 <a>客户端</a> <a>数字报</a> <a>登录</a></div>
<div><a>首页</a> <a>天津</a> <a>滨海</a> <a>区县</a> <a>财经</a> <a>文旅</a> <a>体育</a> <a>视频</a> <a>评论</a></div>
<div>津沽新闻网 &gt; 天津 &gt; 城建</div>
<h1>海河沿线将新增12处亲水平台</h1>
<div class="m-info">来源：今晚时报 | 2025-04-09 07:35</div>
<div class="m-body">{BODY}</div>
<div>责任编辑：孟凡</div>
<div>分享：<a>微信</a> <a>微博</a> <a>复制链接</a></div>
<div class="rank"><h3>热点排行</h3><ol><li>地铁11号线二期进入试运行</li><li>五大道海棠季开幕</li><li>天津今年将新开工保障房8000套</li></ol></div>
<div>津沽新闻网版权所有 未经授权禁止转载　津ICP备06003591号-2　互联网新闻信息服务许可证：12120170003　违法和不良信息举报电话：022-23606789</div>""",
 body="""
本报讯（记者 韩雪 通讯员 张宏伟）记者昨日从市住房城乡建设委获悉，今年海河沿线将新建、改造12处亲水平台和6处滨水步道节点，预计10月底前全部完工。
据介绍，此次改造范围北起三岔河口，南至外环线，重点解决部分岸段“看得见水、摸不着水”的问题。新建亲水平台将采用阶梯式设计，汛期可自然淹没，枯水期向市民开放。
!img 海河亲水平台效果图
!cap 海河亲水平台效果图 市住房城乡建设委供图
“我们在设计中充分听取了市民意见，增加了座椅、遮阳和无障碍坡道。”项目负责人介绍，步道节点还将结合周边历史建筑，设置城市记忆展示牌。
此外，海河沿线夜景照明也将同步提升，更换节能灯具2300余套。
据悉，为减少施工对市民出行的影响，各项目将采取分段施工、错时作业的方式，施工区域将设置明显的围挡和绕行提示。市民如对设计方案有意见建议，可通过“津心办”平台留言反映，有关部门将及时答复。
"""))

# vq-14 四川 provincial media app share page (mobile), byline lines
P(dict(id="vq-14", kind="media", lang="zh",
 title="川西高原首个“零碳”牧场在红原投运",
 authors=["李婉清", "泽仁拉姆"], publish_time="2025-04-08 20:11:56",
 features="四川省级媒体客户端分享页（移动）；“打开APP”条；署名行“川观新闻记者 李婉清 泽仁拉姆”；日期带秒；小标题；推荐阅读；“下载客户端”",
 css="body{max-width:480px;margin:0 auto}.openapp{background:#e53935;color:#fff;text-align:center}.by{color:#888;font-size:13px}",
 skel="""<div class="openapp">川观新闻 打开APP 阅读体验更佳</div>
<div class="art"><h1>川西高原首个“零碳”牧场在红原投运</h1>
<p class="by">川观新闻记者 李婉清 泽仁拉姆</p>
<p class="by">2025-04-08 20:11:56</p>
{BODY}
<p class="by">编辑 吕小涵　责任编辑 汪磊</p>
<p class="by">阅读 3.2万</p></div>
<div class="rec"><h4>推荐阅读</h4><p>四川春播粮食面积稳中有增</p><p>成渝中线高铁最新进展</p></div>
<div class="openapp">下载川观新闻客户端 看更多精彩内容</div>""",
 hstyle="strong",
 body="""
4月8日，位于阿坝州红原县的安曲乡“零碳”示范牧场正式投运。这是川西高原首个实现能源自给、碳排放与碳汇基本平衡的牧场。
## 光伏板下养牦牛
走进牧场，一排排光伏板整齐排列，板下的牧草长势正好。牧场负责人介绍，光伏电站装机容量1.2兆瓦，年发电量约180万千瓦时，除满足牧场挤奶、冷藏、加工用电外，富余电量并入电网。
## 牛粪变成“绿能”
牧场配套建设了一座沼气站，每天可处理牛粪20吨，产生的沼气用于牧民取暖做饭，沼渣沼液作为有机肥回用于草场。
“以前冬天烧牛粪取暖，屋里全是烟，现在用上了沼气和电，干净多了。”牧民格桑说。
据测算，示范牧场每年可减少二氧化碳排放约1600吨。红原县计划到2027年再建设5个同类牧场。
"""))

# vq-15 贵州 TV station site, video news transcript
P(dict(id="vq-15", kind="media", lang="zh",
 title="苗寨里的“流动课堂”",
 authors=["杨再兴", "龙梅"], publish_time="2025-02-05 21:48",
 features="贵州电视台网站 2020；视频新闻；标题前的栏目标签【新春走基层】不属于标题；信息栏“记者：杨再兴 龙梅 编辑：吴凡 来源：黔视新闻”一行；视频占位；播放次数",
 css=".video{width:640px;height:360px;background:#000;color:#fff}.vinfo span{margin-right:14px}",
 skel="""<div class="logo">黔视网 <small>贵州广播电视台官方网站</small></div>
<div class="chn"><a>首页</a> <a>直播</a> <a>新闻</a> <a>综艺</a> <a>纪录片</a> <a>动静</a> <a>专题</a></div>
<div>首页 / 新闻 / 贵州新闻联播</div>
<div class="video">视频加载中…</div>
<h1>【新春走基层】苗寨里的“流动课堂”</h1>
<div class="vinfo"><span>2025-02-05 21:48</span><span>记者：杨再兴 龙梅</span><span>编辑：吴凡</span><span>来源：黔视新闻</span><span>播放：8341</span></div>
<div class="intro">{BODY}</div>
<div class="more"><h3>更多视频</h3><ul><li>贵州春节假期接待游客创新高</li><li>村超新赛季抽签仪式举行</li></ul></div>
<div class="ft">贵州广播电视台 版权所有　黔ICP备09002588号　信息网络传播视听节目许可证：2409385</div>""",
 body="""
春节期间，黔东南州台江县的苗寨里，一支由县农业农村局技术人员组成的“流动课堂”格外受欢迎。
在排羊乡九摆村，技术员张秀英把课堂搬到了村民家门口，讲解春季稻田养鱼和蔬菜育苗的技术要点。
> “今年我想多养点稻花鱼，技术员教我怎么控制水位，心里有底了。”
九摆村村民杨老岩告诉记者。据了解，春节期间，台江县共组织32个“流动课堂”深入村寨，开展技术培训80余场，受益群众3000多人次。
台江县农业农村局负责人介绍，“流动课堂”坚持群众需要什么就讲什么，课后还建立了微信群，技术员随时在线解答群众遇到的问题。春耕期间，课堂将继续开进田间地头，重点围绕水稻育秧、茶园管护和林下养殖开展指导，帮助群众增收致富。截至目前，课堂已累计发放技术资料5000余份。
"""))

# vq-16 新疆 news portal, 新华社电 wire with reporters
P(dict(id="vq-16", kind="media", lang="zh",
 title="新疆首条沙漠光伏治沙公路全线贯通",
 authors=["杜雪", "买买提江·艾则孜"], publish_time="2025年04月06日 10:22",
 features="新疆新闻门户 2019；新华社电头“新华社乌鲁木齐4月6日电（记者 杜雪 买买提江·艾则孜）”在首段；来源：新华网；责编不是作者；相关阅读；多语种频道链接",
 css=".tsh{background:#0a4d8c;color:#fff}.lang a{margin:0 4px}.src{color:#888}",
 skel="""<div class="tsh">天山新闻网 <span class="lang"><a>维吾尔文</a><a>哈萨克文</a><a>English</a></span></div>
<div><a>首页</a> <a>新疆新闻</a> <a>国内</a> <a>国际</a> <a>兵团</a> <a>丝路</a> <a>图片</a></div>
<div>您当前的位置 ：<a>天山新闻网</a> &gt;&gt; <a>新疆新闻</a></div>
<h1>新疆首条沙漠光伏治沙公路全线贯通</h1>
<div class="src">2025年04月06日 10:22　来源：新华网</div>
<div id="content">{BODY}</div>
<div class="src">【责任编辑：艾克拜尔】</div>
<div>相关阅读：<a>和田至若羌铁路沿线绿化带建设加快</a></div>
<div>天山新闻网版权所有　新ICP备08000651号　新公网安备65010202000098号</div>""",
 pstyle="indent",
 body="""
新华社乌鲁木齐4月6日电（记者 杜雪 买买提江·艾则孜）记者从新疆维吾尔自治区交通运输厅获悉，穿越塔克拉玛干沙漠南缘的且末至民丰光伏治沙公路6日全线贯通。
这条公路全长约160公里，在道路两侧铺设光伏板和草方格沙障，既发电又防沙。公路沿线光伏项目总装机容量约50万千瓦，年发电量可达8亿千瓦时。
据介绍，建设者在施工中采用芦苇草方格、尼龙网格栅和光伏阵列“三位一体”防沙体系，有效降低了风沙对路面的侵蚀。
公路通车后，且末至民丰的行车时间将由原来的5个多小时缩短到2个小时左右。
自治区交通运输厅有关负责人表示，光伏治沙公路的建成，为沙漠地区交通基础设施建设与新能源开发、生态治理协同推进探索了新路子。下一步，新疆将在环塔克拉玛干沙漠公路沿线推广这一模式，让沙漠公路变成“绿色能源走廊”。
"""))

# vq-17 English page of Tianjin outlet, By line
P(dict(id="vq-17", kind="media", lang="en",
 title="Tianjin port launches automated rail link to inland dry ports",
 authors=["Wang Lixin", "Zhao Ruiqi"], publish_time="Updated: 2025-04-07 14:08",
 features="English page of a Tianjin outlet, 2023 design; “By Wang Lixin and Zhao Ruiqi” byline; info bar “Updated: …”; Editor line not author; Related stories",
 css=".en-h{font-family:Georgia,serif}.byline{color:#666}",
 skel="""<div class="top">Tianjin Today <a>中文</a> <a>Subscribe</a></div>
<nav><a>Home</a> <a>News</a> <a>Business</a> <a>Culture</a> <a>Travel</a> <a>Photos</a> <a>Video</a></nav>
<div class="crumb">Home / Business</div>
<h1 class="en-h">Tianjin port launches automated rail link to inland dry ports</h1>
<p class="byline">By Wang Lixin and Zhao Ruiqi</p>
<p class="byline">Updated: 2025-04-07 14:08</p>
{BODY}
<p class="byline">Editor: Liu Yang</p>
<div>Share: <a>Facebook</a> <a>X</a> <a>LinkedIn</a></div>
<div><h3>Related stories</h3><ul><li>Binhan New Area unveils green logistics plan</li><li>Tianjin sees record cruise bookings</li></ul></div>
<footer>Copyright 2025 Tianjin Today. All rights reserved. 津ICP备10002134号</footer>""",
 body="""
Tianjin Port has opened an automated rail shuttle that connects its container terminals with three inland dry ports in Hebei and Shanxi provinces, cutting transfer times by nearly a third, port officials said on Monday.
The shuttle trains are dispatched by an intelligent scheduling system that matches ship arrivals with rail slots, so that containers can be loaded directly from the quay to the train without waiting in the yard.
"Cargo owners in inland cities can now clear customs at the dry port and treat it as if it were the seaside terminal," said Chen Hua, deputy manager of the port's rail logistics company.
## Faster, greener
The port expects sea-rail volumes to exceed 1.6 million TEUs this year, up 12 percent year-on-year. Each full train replaces around 50 truck trips, reducing diesel consumption and road congestion.
Analysts say the project strengthens Tianjin's position as the main gateway for northern China's foreign trade.
"""))

# vq-18 English page, Xinjiang outlet, wire copy with source only
P(dict(id="vq-18", kind="media", lang="en",
 title="Apricot blossoms draw record visitors to Xinjiang's Ili valley",
 authors=[], publish_time="April 5, 2025",
 features="English channel of a Xinjiang outlet, 2016 layout; wire copy with “Source: Xinhua” only, no By-line (authors []); date “April 5, 2025”; photo caption; Most viewed list",
 css=".srcline{font-size:12px;color:#777}",
 skel="""<table width="1000"><tr><td><b>Tianshan Online</b> English</td><td align="right"><a>Home</a> | <a>中文</a></td></tr></table>
<div><a>China</a> · <a>Xinjiang</a> · <a>Business</a> · <a>Culture</a> · <a>Travel</a> · <a>Opinion</a></div>
<div>You are here: Home &gt; Travel</div>
<h2>Apricot blossoms draw record visitors to Xinjiang's Ili valley</h2>
<div class="srcline">Source: Xinhua | April 5, 2025 | <a>Print</a> | <a>E-mail</a></div>
{BODY}
<div><b>Most viewed</b><ul><li>Kashgar old town welcomes spring tourists</li><li>Xinjiang cotton sowing begins</li></ul></div>
<div>Copyright © Tianshan Online. All Rights Reserved.</div>""",
 body="""
URUMQI, April 5 (Xinhua) -- Thousands of tourists have flocked to the apricot valley in Xinyuan County in northwest China's Xinjiang Uygur Autonomous Region, where wild apricot trees are in full bloom.
!img Apricot valley
!cap Tourists take photos among blooming apricot trees in Xinyuan County, April 4, 2025.
The valley received more than 86,000 visitors in the first four days of April, a record for the same period, according to local tourism authorities.
Local herders have opened homestays and food stalls along the valley road. "During the blossom season, my family earns more than in the rest of spring combined," said Nurlan, a Kazak herder.
The county has added shuttle buses and parking lots to handle the crowds, and the blossom season is expected to last until mid-April.
"""))

# vq-19 central media regional channel, 原标题 line, editor
P(dict(id="vq-19", kind="media", lang="zh",
 title="四川：2.3万名乡村医生完成能力提升培训",
 authors=["王渝"], publish_time="2025年04月08日08:21",
 features="中央媒体地方频道 2018；“原标题：…”行不是标题也不是正文；信息栏“2025年04月08日08:21 | 来源：四川日报”粘连；作者在文末“（记者 王渝）”独立成行；责编、小编；分享；频道列表",
 css=".col-1 h1{font-size:26px}.box01{color:#999}.edit{text-align:right}",
 skel="""<div class="head">中华时讯网 &gt;&gt; 四川频道 <a>手机看新闻</a></div>
<div class="nav"><a>首页</a>|<a>要闻</a>|<a>市州</a>|<a>民生</a>|<a>教育</a>|<a>健康</a>|<a>文旅</a></div>
<div class="col-1"><h1>四川：2.3万名乡村医生完成能力提升培训</h1>
<div class="box01">2025年04月08日08:21 | 来源：四川日报</div>
<div class="box01">小字号 <a>分享到：</a></div>
<p>原标题：让村民在家门口看好病</p>
{BODY}
<p>（记者 王渝）</p>
<div class="edit">(责编：陈静、刘思彤)</div></div>
<div class="rel"><b>相关新闻</b> <a>四川推进紧密型县域医共体建设</a></div>
<div>中华时讯网版权所有，未经书面授权禁止使用<br>Copyright © 1997-2025 by www.zhsx.cn. all rights reserved</div>""",
 body="""
记者4月7日从省卫生健康委获悉，我省2024年度乡村医生能力提升培训全部完成，全省2.3万名乡村医生参加了为期3个月的线上线下混合式培训。
培训内容涵盖常见病多发病诊疗、慢性病管理、急诊急救、中医适宜技术等。培训结束后，学员需通过理论和实操考核，考核合格率达到96.7%。
省卫生健康委相关负责人表示，今年将继续推进“县聘乡用、乡聘村用”，引导更多医学院校毕业生到村卫生室工作，并推动村卫生室全部接入远程诊疗系统。
据介绍，近年来四川持续加强基层卫生人才队伍建设，全省村卫生室标准化建设达标率已超过98%。培训中，各地还组织县级医院骨干医生下沉村卫生室开展带教，帮助乡村医生提高常见病识别和转诊能力。今年，全省还将实施乡村医生学历提升计划，支持在岗乡村医生参加医学专业学历教育。
"""))

# vq-20 commercial portal (网易-like), source newspaper with reporter
P(dict(id="vq-20", kind="media", lang="zh",
 title="成都东部新区首批人才公寓交付 可拎包入住",
 authors=["张晨曦"], publish_time="2025-04-08 11:02:33",
 features="商业门户 2021；“本文来源：华西都市报 作者：张晨曦”在正文后；“举报”；信息栏带秒“来源: 华西都市报”；责任编辑带编号；热门跟贴；24小时排行",
 css=".post_info{color:#888}.ep-source{color:#888;font-size:12px}",
 skel="""<div class="N-top"><a>易闻首页</a> <a>应用</a> <a>新闻</a> <a>体育</a> <a>娱乐</a> <a>财经</a> <a>汽车</a> <a>房产</a> <a>注册免费邮箱</a></div>
<div>易闻新闻 &gt; 本地 &gt; 四川</div>
<h1 class="post_title">成都东部新区首批人才公寓交付 可拎包入住</h1>
<div class="post_info">2025-04-08 11:02:33　来源: 华西都市报　<a>举报</a></div>
<div class="post_body">{BODY}
<p class="ep-source">本文来源：华西都市报　作者：张晨曦</p>
<p class="ep-source">责任编辑：陈子龙_NN8821</p></div>
<div><h3>热门跟贴</h3><p>网友：交通方便吗？</p></div>
<div><h3>24小时排行</h3><ol><li>成都地铁新线开通倒计时</li><li>春熙路商圈客流同比增长</li></ol></div>
<div>©2005-2025 易闻网版权所有　粤B2-20090191</div>""",
 body="""
4月7日，成都东部新区首批人才公寓正式交付，首批1200套房源面向新区重点企业和引进人才配租，租金为同地段市场价格的七成左右。
人才公寓位于空港新城核心区，分为一室一厅、两室一厅两种户型，面积在45至85平方米之间，全部精装修并配备家具家电，入住者可拎包入住。
“公司离这里只有10分钟车程，以前住在城区每天通勤要一个多小时。”在新区一家航空配套企业工作的工程师刘先生说。
据了解，新区今年还将陆续推出人才公寓3000套，并配套建设幼儿园、社区商业和公交首末站。
东部新区相关负责人表示，人才公寓采取“线上申请、线下审核”的方式，符合条件的人才可通过新区人才服务平台提交申请。新区还将对在新区就业的高层次人才给予租房补贴，进一步增强对人才的吸引力。
"""))

# vq-21 成都 city media, photographer not author
P(dict(id="vq-21", kind="media", lang="zh",
 title="锦江绿道春日骑行节开幕",
 authors=["何欣然"], publish_time="2025.04.06",
 features="成都城市媒体 2025 卡片式；信息栏“文/何欣然 图/刘洋”：摄影不是作者；日期“2025.04.06”；多张图片与图说；“扫码下载”；相关推荐",
 css=".cd-meta{color:#999;font-size:13px}.cd-meta i{margin:0 6px}",
 skel="""<div class="cd-nav">蓉城新闻网 <a>首页</a> <a>成都</a> <a>区县</a> <a>公园城市</a> <a>消费</a> <a>视频</a> <a>登录</a></div>
<main><h1>锦江绿道春日骑行节开幕</h1>
<div class="cd-meta">文/何欣然<i>|</i>图/刘洋<i>|</i>2025.04.06</div>
{BODY}
<div class="cd-meta">编辑：徐冉　审核：彭飞</div>
<div class="qr"><img src="%s" alt="二维码">扫码下载蓉城新闻客户端</div></main>
<aside><h4>相关推荐</h4><p>天府绿道年内新增200公里</p><p>“公园城市”骑行地图发布</p></aside>
<footer>蓉城新闻网 版权所有　蜀ICP备15028817号-1　川公网安备51019002001512号</footer>""" % G,
 body="""
4月5日，2025锦江绿道春日骑行节在成都锦江区三圣花乡开幕，3000余名骑行爱好者沿着绿道穿花海、过湿地，感受春日公园城市的魅力。
!img 骑行节现场
!cap 骑行爱好者在绿道上骑行
本届骑行节设置家庭骑行、公路挑战和亲子趣味三个组别，全程分别为12公里、38公里和5公里。沿途设置6个补给站和“绿道驿站”打卡点。
骑行节期间，锦江区还联合沿线商家推出春季消费券和“骑行+赏花+美食”主题线路，预计带动周边消费超过1500万元。
“骑着车一路看花，累了就在驿站喝杯茶，这样的周末太惬意了。”带着孩子参加亲子组骑行的市民王女士说。据了解，锦江绿道全长约100公里，串联起多个公园和特色街区，已成为市民休闲健身的热门去处。骑行节将持续到4月下旬，其间还将举办绿道夜骑、骑行摄影大赛等系列活动。
"""))

# vq-22 遵义 city newspaper website 2013
P(dict(id="vq-22", kind="media", lang="zh",
 title="湄潭茶园开采早春茶 茶农喜迎“开门红”",
 authors=["田甜", "冉茂军"], publish_time="2025-03-05 09:37",
 features="贵州城市报网 2013；信息栏“来源：遵义日报 | 记者 田甜 通讯员 冉茂军 | 2025-03-05 09:37”竖线分隔；作者含通讯员；责编；打印/关闭；友情链接",
 css=".arinfo{border-bottom:1px solid #ddd;font-size:12px}",
 skel="""<table width="1000"><tr><td><b>遵义新闻网</b></td><td>2025年3月5日</td><td><input type="text" placeholder="搜索"></td></tr></table>
<div><a>首页</a> <a>遵义</a> <a>县区</a> <a>红色遵义</a> <a>图片</a> <a>数字报</a></div>
<div>当前位置：首页 &gt; 县区新闻</div>
<h1>湄潭茶园开采早春茶 茶农喜迎“开门红”</h1>
<div class="arinfo">来源：遵义日报 | 记者 田甜 通讯员 冉茂军 | 2025-03-05 09:37</div>
{BODY}
<div>责编：陆亚</div><div><a>[打印]</a> <a>[关闭]</a></div>
<div>友情链接：<a>贵州日报</a> <a>遵义市人民政府</a></div>
<div>遵义新闻网版权所有　黔ICP备12000883号</div>""",
 pstyle="indent",
 body="""
连日来，湄潭县各大茶园陆续开采早春茶，茶农们穿梭在茶垄间采摘嫩芽，一派繁忙景象。
在兴隆镇龙凤村茶园，采茶工们手指翻飞，不一会儿就采满一篓。“今年天气暖和，开采比去年早了一周，鲜叶收购价每斤60元左右。”茶农冯大姐说。
湄潭县茶园面积60万亩，今年早春茶预计产量1.2万吨。县里组织茶叶企业与茶农签订收购协议，保障鲜叶及时加工。
近年来，湄潭县持续推进茶园标准化建设，推广绿色防控技术，全县茶园全部实现清洁化生产。同时，县里积极培育茶旅融合新业态，打造了一批茶园观光线路和茶文化体验点，让茶产业成为群众增收致富的“金叶子”。今年，县里还将举办春茶开采节和斗茶大赛，进一步打响“湄潭翠芽”品牌，预计吸引游客20万人次。
"""))

# vq-23 天津 radio station site with spaced name
P(dict(id="vq-23", kind="media", lang="zh",
 title="滨海新区开通首条夜间定制公交线路",
 authors=["王静", "李海涛"], publish_time="2025-04-03 18:45",
 features="天津广播电台网站 2022；“记者：王  静 李海涛”两字名中间空格，去空格；收听节目栏；“音频”占位；热门节目；频率列表",
 css=".radio-bar{background:#222;color:#fff}.art-info span{margin-right:10px}",
 skel="""<div class="radio-bar">津广听听 · 天津人民广播电台 <a>直播</a> <a>节目单</a> <a>主持人</a></div>
<div>频率：<a>新闻广播</a> <a>交通广播</a> <a>滨海广播</a> <a>音乐广播</a></div>
<div>首页 &gt; 新闻 &gt; 本地</div>
<h2>滨海新区开通首条夜间定制公交线路</h2>
<div class="art-info"><span>2025-04-03 18:45</span><span>记者：王  静 李海涛</span><span>来源：滨海广播</span></div>
<div class="audio">▶ 收听本条新闻 01:42</div>
{BODY}
<div>编辑：宋佳</div>
<div><b>热门节目</b> 《行风热线》《滨海早新闻》</div>
<div>天津广播电视台 版权所有　津ICP备08001427号　广播电视节目制作经营许可证（津）字第00021号</div>""",
 body="""
记者从滨海新区交通运输局了解到，新区首条夜间定制公交线路“滨海夜巴1路”4月3日起开通，为于家堡、响螺湾一带夜间下班人员提供出行服务。
线路每晚21时至次日0时30分运营，途经于家堡高铁站、响螺湾商务区、开发区泰达广场等站点，全程约18公里，票价2元。
乘客可以通过“滨海公交”小程序预约乘车，也可以在站点直接上车。运营部门将根据客流情况，适时调整发车间隔和停靠站点。
滨海新区交通运输局相关负责人介绍，开通前，他们通过问卷调查收集了2000多名夜间出行人员的意见，根据需求集中的区域设计了线路。如果试运行效果良好，今年还将陆续开通2至3条夜间定制公交线路，覆盖中新天津生态城、临港经济区等区域，进一步满足群众夜间出行需求。
"""))

# vq-24 新疆 city news site, old table layout, 作者：field
P(dict(id="vq-24", kind="media", lang="zh",
 title="克拉玛依首个社区“共享厨房”开张",
 authors=["包丽娜"], publish_time="2025-03-29",
 features="新疆城市新闻网 2010 表格布局；信息表“作者：包丽娜 来源：克拉玛依日报 日期：2025-03-29 点击：”；无标题标签（td加粗）；图片说明；推荐新闻",
 css="td.ti{font-size:20px;font-weight:bold}",
 skel="""<table width="960"><tr><td><img alt="克拉玛依新闻网" src="%s"></td><td><a>首页</a> <a>本地新闻</a> <a>油城视点</a> <a>专题</a> <a>图片</a></td></tr></table>
<table width="960"><tr><td>首页 → 本地新闻</td></tr>
<tr><td class="ti" align="center">克拉玛依首个社区“共享厨房”开张</td></tr>
<tr><td align="center"><table><tr><td>作者：包丽娜</td><td>来源：克拉玛依日报</td><td>日期：2025-03-29</td><td>点击：</td></tr></table></td></tr>
<tr><td>{BODY}</td></tr></table>
<table width="960"><tr><td><b>推荐新闻</b></td></tr><tr><td>· 油城春季植树活动启动</td></tr><tr><td>· 独山子区冰雪旅游收官</td></tr></table>
<div align="center">克拉玛依新闻网　新ICP备07000213号</div>""" % G,
 pstyle="br",
 body="""
3月28日，克拉玛依区昆仑路街道幸福社区的“共享厨房”正式开张，社区居民可以预约使用厨房，为家人做饭或与邻居聚餐。
!img 共享厨房
!cap 居民在“共享厨房”里包饺子
共享厨房面积约60平方米，配备燃气灶、烤箱、冰箱等设施，由社区志愿者负责日常管理，居民只需交纳少量水电燃气费用。
社区书记说，辖区老年人和双职工家庭较多，共享厨房既方便了居民，也成了邻里交流的新场所。
据了解，“共享厨房”开张首周就接到了30多个家庭的预约。不少老人说，儿女工作忙，以前过节一个人不想做饭，现在可以约上老邻居一起包饺子、做抓饭，热热闹闹地吃顿饭。社区还计划定期邀请厨师开展烹饪课堂，教居民做营养健康的家常菜，让共享厨房成为社区里最有烟火气的地方。目前，区里正在评估推广这一做法，计划年内在另外5个社区建设共享厨房。
"""))
