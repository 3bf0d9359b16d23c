from build import P, H, UL, OL, TABLE, IMG, X
PAGES = []
def add(**k): PAGES.append(dict(kind="media", **k))

# ud-13 安徽 city newspaper website (2010s portal), 本报讯（记者 … 通讯员 …）
add(id="ud-13", lang="zh", title="合淝市首批“口袋公园”通过验收", authors=["钱晨", "吴芳菲"], publish_time="2025-04-09 07:35",
css="body{font:14px/1.8 '宋体'}.logo{font-size:30px;color:#d00}.channel{background:#1762b4;color:#fff}.arti_title{font-size:24px;font-weight:700}.arti_info span{margin-right:12px}",
page="""<div class="toplink">合淝新闻网 | 合淝日报 | 合淝晚报 | 数字报 | 客户端 <span>2025年4月9日</span></div>
<div class="logo">合淝新闻网 <small>合淝市重点新闻网站</small></div>
<div class="channel">首页 要闻 时政 民生 区县 财经 教育 文体 视频 图片 评论</div>
<div class="loc">合淝新闻网 &gt; 民生 &gt; 正文</div>
<div class="arti_title">合淝市首批“口袋公园”通过验收</div>
<div class="arti_info"><span>2025-04-09 07:35</span><span>来源：合淝日报</span><span>编辑：俞静怡</span></div>
<div class="arti_content">{BODY}</div>
<div class="arti_share">分享到：<span>微信</span><span>微博</span><span>QQ</span></div>
<div class="hot"><h4>热点推荐</h4><ol><li>合淝地铁8号线全线洞通</li><li>本周末合淝天气晴好 最高气温25℃</li><li>市区新增3条夜间公交线路</li></ol></div>
<div class="footer">合淝新闻网版权所有 未经授权禁止复制或建立镜像<br>互联网新闻信息服务许可证：34120170005 皖ICP备06010431号 皖公网安备34010402700112号<br>违法和不良信息举报电话：0551-62637110</div>""",
body=[P("本报讯（记者 钱晨 通讯员 吴芳菲）4月8日，记者从市林业和园林局获悉，全市首批38个“口袋公园”已全部完工并通过验收，新增绿地面积约12万平方米。", indent=True),
P("“以前这里是一块堆放杂物的空地，现在种上了花草，还有健身器材和儿童滑梯，晚饭后出来走走特别方便。”家住蜀峰区南七里街道的刘女士说。", indent=True),
P("据介绍，首批“口袋公园”主要利用城市边角地、闲置地和拆违腾退空间建设，单个面积从400平方米到5000平方米不等。在设计上，每个公园都结合周边居民需求，因地制宜配置了休憩座椅、健身步道、儿童游乐设施和公共厕所等。", indent=True),
IMG("改造后的口袋公园", "改造后的东流路口袋公园。记者 钱晨 摄"),
P("市林业和园林局相关负责人表示，今年全市计划再建设“口袋公园”50个，优先安排在老旧小区密集、公园绿地服务半径覆盖不足的区域，让市民“推窗见绿、出门进园”。", indent=True)])

# ud-14 西藏 news portal with 新华社 dateline
add(id="ud-14", lang="zh", title="西藏青稞种植面积连续五年稳定在200万亩以上", authors=["扎西顿珠", "李海涛"], publish_time="2025年03月27日 11:02",
css=".xz-top{background:#7a1f1f;color:#f5d58a}.xz-wrap{width:1100px;margin:auto}.xz-meta{color:#999;border-top:1px solid #eee}.xz-h1{font-size:28px}",
page="""<div class="xz-top">雪域在线 <span>藏文</span> <span>English</span> <span>网站地图</span></div>
<div class="xz-wrap"><div class="xz-nav">首页 · 时政 · 经济 · 文化 · 旅游 · 生态 · 民生 · 图片 · 视频</div>
<div>您现在的位置：雪域在线 &gt; 经济 &gt; 农牧</div>
<h1 class="xz-h1">西藏青稞种植面积连续五年稳定在200万亩以上</h1>
<p class="xz-meta">2025年03月27日 11:02　来源：新华网　　【字号 大 中 小】　【我要纠错】</p>
{BODY}
<p class="zb">[责任编辑：旦增卓嘎]</p>
<div class="rel">相关新闻<ul><li>西藏启动2025年春耕生产</li><li>拉萨河谷青稞良种覆盖率超九成</li></ul></div></div>
<div class="foot">雪域在线 版权所有 藏ICP备08000113号 互联网新闻信息服务许可证编号：54120180001 藏公网安备 54010202000165号</div>""",
body=[P("新华社拉萨3月26日电（记者 扎西顿珠 李海涛）记者从西藏自治区农业农村厅获悉，2024年西藏青稞种植面积达到213万亩，总产量约85万吨，种植面积已连续五年稳定在200万亩以上。", indent=True),
P("青稞是西藏最重要的粮食作物，也是农牧民的主要口粮。近年来，西藏持续推进青稞良种繁育和推广，“藏青2000”“喜马拉22号”等品种在主产区广泛种植，良种覆盖率超过90%。", indent=True),
P("“过去一亩地收三四百斤，现在用了新品种、施了有机肥，能收到七百多斤。”日喀则市白朗县农民次旦说。", indent=True),
P("西藏自治区农业农村厅有关负责人介绍，今年将继续实施青稞增产行动，在日喀则、山南、拉萨等主产区建设高产示范片，推广机械化播种和病虫害统防统治，同时支持青稞精深加工，延长产业链条，促进农牧民增收。", indent=True)])

# ud-15 黑龙江 TV site: video news page
add(id="ud-15", lang="zh", title="冰城老旧小区改造今年将惠及4.6万户居民", authors=["于洋", "张博文"], publish_time="2025-03-31 19:48:22",
css="body{background:#111;color:#ddd}.tv-hd{display:flex;gap:30px;padding:10px 40px}.player{height:400px;background:#000}.vt{font-size:24px;color:#fff}.vinfo{color:#aaa}",
page="""<div class="tv-hd"><b>龙江广电网</b><span>直播</span><span>点播</span><span>新闻</span><span>综艺</span><span>专题</span><span>下载APP</span><input placeholder="搜索节目"></div>
<div class="crumb">首页 &gt; 新闻 &gt; 黑龙江新闻联播</div>
<div class="player"><img alt="视频封面"><p>00:00 / 02:36</p><p>标清 高清 超清</p></div>
<h1 class="vt">冰城老旧小区改造今年将惠及4.6万户居民</h1>
<div class="vinfo">发布时间：2025-03-31 19:48:22 | 栏目：黑龙江新闻联播 | 播放量：1.3万</div>
<div class="vdesc">{BODY}</div>
<p>记者：于洋 张博文　摄像：郭鹏　编辑：孔令爽</p>
<div class="more"><h4>更多视频</h4><ul><li>【龙江新闻】全省春播备耕有序推进</li><li>【天气】明天起全省大部分地区有降温</li></ul></div>
<div class="ft">龙江广电网 版权所有 黑ICP备10200037号 信息网络传播视听节目许可证：0805008 网上有害信息举报</div>""",
body=[P("【导语】今年，冰城市计划改造老旧小区218个，涉及居民4.6万户。目前，首批开工的32个小区已陆续进场施工。"),
P("在道里区安升街的一个老旧小区，施工人员正在拆除破损的外墙保温层。这个小区建于上世纪90年代初，外墙脱落、管网老化等问题一直困扰着居民。"),
P("【同期】居民 王淑芬：“冬天屋里才十四五度，这回改造完了，暖和了，也不用担心水管冻裂了。”"),
P("据了解，今年的改造内容除了外墙保温、供热管网、屋面防水等基础类项目外，还将根据居民意愿加装电梯、增设充电桩和养老托育设施。为减少对居民生活的影响，各施工单位实行错峰作业，并在小区内设立了意见收集点。"),
P("【同期】冰城市住房和城乡建设局 副局长 曹立军：“我们要求所有项目在10月15日供暖前完成主体施工，确保居民温暖过冬。”")])

# ud-16 河南 provincial portal, 2018-ish, multiple authors with 文/ and 图/
add(id="ud-16", lang="zh", title="豫东平原上的“麦田守望者”", authors=["韩松涛"], publish_time="2024-05-30 08:16",
css=".zy-header{border-bottom:4px solid #c00}.zy-main{width:1200px;margin:0 auto;overflow:hidden}.zy-l{float:left;width:800px}.zy-r{float:right;width:360px}.zy-info{color:#888;font-size:12px}",
page="""<div class="zy-header">中原新闻网 <a>河南</a> <a>郑州</a> <a>开封</a> <a>商丘</a> <a>周口</a> <span>登录 | 注册</span></div>
<div class="zy-nav">首页 / 新闻 / 财经 / 文化 / 乡村振兴 / 视觉 / 专题</div>
<div class="zy-main"><div class="zy-l"><div class="pos">首页 &gt; 乡村振兴 &gt; 人物</div>
<h1>豫东平原上的“麦田守望者”</h1>
<div class="zy-info">2024-05-30 08:16 | 来源：中原新闻网 | 文/图 韩松涛 | 编辑：申雨 | <span>A+</span> <span>A-</span></div>
{BODY}
<div class="share">分享：<span>微信好友</span> <span>朋友圈</span> <span>微博</span></div></div>
<div class="zy-r"><h4>24小时热榜</h4><ol><li>河南夏粮收获进度过三成</li><li>郑州发布高温黄色预警</li><li>开封清明上河园端午活动公布</li></ol><p>扫码下载中原新闻APP</p></div></div>
<div class="zy-ft">中原新闻网 版权所有 豫ICP备12013708号 互联网新闻信息服务许可证：41120170008 豫公网安备41010502002233号</div>""",
body=[P("5月下旬，豫东平原的麦田由青转黄。清晨5点多，柘城县慈圣镇种粮大户郭长林已经骑着电动车来到地头，掐下一截麦穗，放在手心里搓一搓，吹掉麦壳，数着麦粒。"),
P("“今年的麦子，一穗能有三十八九粒，千粒重也不低，亩产过千斤没问题。”58岁的郭长林说着，脸上满是笑意。"),
H("从20亩到1600亩", tag="strong"),
P("郭长林种了一辈子地。2012年，他流转了村里外出务工人员的20亩地，开始尝试规模种植。如今，他牵头成立的合作社已经流转土地1600亩，社员发展到132户。"),
P("“种地也得讲科学。”郭长林拿出手机，打开一个农业APP，里面记录着每块地的土壤墒情、施肥时间和病虫害情况。合作社购置了植保无人机、北斗导航播种机等20多台农机，从播种到收获基本实现了全程机械化。"),
H("“再干十年没问题”", tag="strong"),
P("这几天，郭长林最操心的是天气。他每天查看好几遍天气预报，提前联系好了收割机。“麦收就是跟老天抢时间，一刻也不能松劲。”"),
P("问他打算种到啥时候，郭长林笑着说：“只要身体允许，再干十年没问题。”"),
IMG("郭长林在麦田查看小麦长势", "郭长林在麦田查看小麦长势。")])

# ud-17 English page of a Chinese outlet, By-line
add(id="ud-17", lang="en", title="Anhui's tea farmers turn to livestreaming as spring harvest begins", authors=["Wang Xiaoyu", "Zhu Lixin"], publish_time="2025-04-03 09:41",
css="body{font-family:Georgia,serif}.cd-top{background:#003a70;color:#fff}.cd-art{max-width:760px;margin:0 auto}.cd-info{font-size:13px;color:#666}",
page="""<div class="cd-top">CHINA DAILY GLOBAL (demo) | 中文 | <span>Subscribe</span> <span>Sign in</span></div>
<nav>Home China World Business Lifestyle Culture Travel Sports Opinion Regional Video</nav>
<div class="crumb">Home / China / Regional</div>
<div class="cd-art"><h1>Anhui's tea farmers turn to livestreaming<br>as spring harvest begins</h1>
<div class="cd-info">By <b>Wang Xiaoyu</b> in Beijing and <b>Zhu Lixin</b> in Hefei | China Daily | Updated: 2025-04-03 09:41</div>
<div class="cd-share">Share - WeChat</div>
{BODY}
<div class="rel"><h4>Related Stories</h4><ul><li>Huangshan scenic area welcomes record visitors</li><li>Rural e-commerce gives boost to mountain villages</li></ul></div></div>
<footer>Copyright 1995 - 2025. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC). License for publishing multimedia online 0108263 Registration Number: 130349</footer>""",
body=[IMG("A tea farmer picks leaves in Qimen", "A tea farmer picks leaves in a tea garden in Qimen county, Anhui province, on Tuesday. [Photo/Xinhua]"),
P("As the first buds of spring tea appear on the hills of southern Anhui province, Fang Yuqing, 29, is busy not only picking leaves but also talking to thousands of viewers on her phone."),
P("\"Last year I sold almost half of our tea through livestreams,\" said Fang, whose family runs a 40-mu (2.7-hectare) tea garden in Qimen county, known for its black tea. \"Customers like to see where the tea grows and how it is made.\""),
P("According to the county's agriculture bureau, more than 600 local tea growers now sell online, and e-commerce accounted for about 35 percent of the county's tea sales in 2024, up from 12 percent five years ago."),
P("Local authorities have set up a training center that has taught over 2,000 farmers how to shoot short videos, host livestreams and handle online orders. Logistics companies have also opened collection points in villages so that fresh tea can reach buyers in major cities within 48 hours."),
P("Experts said the trend helps small growers bypass middlemen and earn more, but warned that quality control and brand protection remain challenges as the number of online sellers grows.")])

# ud-18 English page: Xinhua wire, only source
add(id="ud-18", lang="en", title="Xizang sees record number of tourists during Tibetan New Year holiday", authors=[], publish_time="2025-03-05 17:20:11",
css=".en-head{display:flex;justify-content:space-between;background:#fff;border-bottom:1px solid #ccc}.en-main{width:980px;margin:0 auto}.en-time{color:#999}",
page="""<div class="en-head"><span>TIBET ONLINE ENGLISH (demo)</span><span>Tibetan | Chinese | English</span></div>
<div class="en-nav">Home · News · Culture · Travel · Environment · People · Photos</div>
<div class="en-main"><p class="path">You are here: Home &gt; News</p>
<h2>Xizang sees record number of tourists during Tibetan New Year holiday</h2>
<p class="en-time">Source: Xinhua　2025-03-05 17:20:11</p>
{BODY}
<p class="editor">Editor: Pasang Dolma</p>
<p>Print | Close | Share to: Facebook X LinkedIn</p></div>
<div class="foot">Copyright © Tibet Online. All Rights Reserved. 藏ICP备11000026号-4</div>""",
body=[P("LHASA, March 5 (Xinhua) -- Southwest China's Xizang Autonomous Region received about 1.86 million tourist visits during the Tibetan New Year holiday, a record high for the period, according to the regional tourism department."),
P("Tourism revenue reached 1.42 billion yuan (about 198 million U.S. dollars) during the seven-day holiday, up 18.3 percent year on year, the department said."),
P("Winter tourism in Xizang has gained popularity in recent years as the region offered free admission to major scenic spots and discounts on hotels and flights during the off-season."),
P("Visitors flocked to Lhasa to watch traditional performances and folk activities, while the Potala Palace and the Jokhang Temple saw long queues of tourists and pilgrims."),
P("\"The sunshine is wonderful and the festival atmosphere is so strong,\" said a tourist surnamed Chen from Guangdong province.")])

# ud-19 河南 city media app share page
add(id="ud-19", lang="zh", title="南阳湖畔月季花开 赏花游客周末超10万人次", authors=["杜若晴", "梁启航"], publish_time="2025-04-27 18:03",
css="body{max-width:480px;margin:0 auto;font-size:17px}.app-bar{background:#f40;color:#fff;padding:8px}.a-title{font-size:22px;font-weight:600}.a-src{font-size:13px;color:#999}.open-app{position:fixed;bottom:0}",
page="""<div class="app-bar">宛城新闻 APP <span>打开</span></div>
<div class="a-title">南阳湖畔月季花开 赏花游客周末超10万人次</div>
<div class="a-src">宛城新闻客户端 <span>2025-04-27 18:03</span></div>
<div class="a-body">{BODY}</div>
<div class="a-foot"><p>作者：杜若晴 梁启航</p><p>编辑：许晓雯 初审：王勇 终审：李明洋</p></div>
<div class="a-op"><span>赞 326</span> <span>评论 41</span> <span>分享</span></div>
<div class="reco"><p>推荐阅读</p><p>宛城区再添一处城市书房</p><p>南阳至郑州高铁五一加开12趟</p></div>
<div class="open-app">打开宛城新闻，阅读体验更佳</div>""",
body=[IMG("游客在月季园拍照", gif=True),
P("4月26日至27日，第十五届南阳月季花会主会场南阳湖月季园迎来赏花高峰，两天接待游客超10万人次。"),
P("走进月季园，红的、粉的、黄的月季竞相绽放，花香扑鼻，游客们或驻足拍照，或穿汉服打卡，处处洋溢着春日的欢乐气息。“听说南阳月季有名，专门从武汉开车过来，确实没白来。”游客胡先生说。"),
P("今年的月季园共展出月季品种1200余个，新增“古桥月影”“湖心花岛”等6处景观节点。为应对客流高峰，园区增设了3处临时停车场和20余处志愿服务点，公交部门开通了赏花专线。"),
P("据了解，本届月季花会将持续至5月底，期间还将举办月季插花大赛、月季主题摄影展、夜游灯光秀等20余项活动，市民游客可通过“宛城新闻”客户端查询各项活动的时间和地点。"),
X('<p class="by">（宛城新闻客户端记者 杜若晴 梁启航）</p>')])

# ud-20 黑龙江 radio site: audio news, 2015 design
add(id="ud-20", lang="zh", title="开江在即 黑龙江畔多地启动冰凌应急监测", authors=["邢晓光"], publish_time="2025年4月14日 16:22",
css="#radio-head{background:#f8c000}#radio-nav li{display:inline;margin:0 8px}.news-tit{font-size:20px}.news-inf{color:#777}.audio{border:1px solid #ccc;width:300px}",
page="""<div id="radio-head">黑河之声广播网 · FM97.6 · FM103.1 <span>收听直播</span></div>
<ul id="radio-nav"><li>首页</li><li>频率</li><li>节目</li><li>新闻</li><li>主持人</li><li>互动</li></ul>
<div class="position">您的位置：首页 » 新闻 » 本地新闻</div>
<div class="news-tit">开江在即 黑龙江畔多地启动冰凌应急监测</div>
<div class="news-inf">时间：2025年4月14日 16:22　　来源：新闻综合广播　　记者：邢晓光</div>
<div class="audio">▶ 00:00 / 01:48 音频</div>
<div class="news-con">{BODY}</div>
<div class="ed">责编：陈露</div>
<div>【上一篇】逊克县农机检修进入冲刺阶段【下一篇】五大连池风景区4月20日起恢复全域开放</div>
<div class="ft">黑河之声广播网 版权所有 黑ICP备14004612号-1 广播电视节目制作经营许可证（黑）字第00147号</div>""",
body=[P("随着气温持续回升，黑龙江黑河段即将进入开江期。记者从黑河市防汛抗旱指挥部了解到，沿江各县（市、区）已全面启动冰凌应急监测，严防冰坝壅水引发险情。"),
P("目前，黑河段冰层厚度在0.6米至0.9米之间，部分江段已出现岸冰消融、冰面裂缝等开江前兆。水文部门在沿江布设了12个监测点，每天两次观测冰情和水位变化，并利用无人机对重点江段进行巡查。"),
P("防汛部门提醒，开江期间冰面极不稳定，市民切勿在江面上行走、垂钓和拍照；沿江居民要密切关注预警信息，服从统一指挥，一旦发生险情及时撤离。"),
P("据气象部门预测，今年黑河段开江日期预计在4月22日前后，较常年略偏早，开江形势总体平稳，但不排除局部江段出现冰坝的可能。相关部门已在重点江段预置了爆破器材和抢险物资，随时应对突发冰情。")])

# ud-21 安徽 news portal, old table layout, 原标题 line
add(id="ud-21", lang="zh", title="芜江一中学生发明“防溺水报警手环”获国家专利", authors=["许力", "陶静"], publish_time="2019-07-15 10:27:53",
css="table{border-collapse:collapse}.t1{font-size:12px}.bt{font-size:20px;font-weight:bold;color:#0033cc}.yt{color:#666}",
page="""<table width="950" align="center"><tr><td>江淮热线 · 芜江频道</td><td align="right">设为首页 | 收藏本站 | RSS</td></tr>
<tr><td colspan="2">首页 新闻 社会 教育 房产 汽车 论坛 博客</td></tr></table>
<table width="950" align="center"><tr><td width="650" valign="top">
<p class="t1">江淮热线 &gt;&gt; 芜江频道 &gt;&gt; 教育新闻</p>
<p class="bt" align="center">芜江一中学生发明“防溺水报警手环”获国家专利</p>
<p class="t1" align="center">2019-07-15 10:27:53　来源：芜江晚报　作者：许力 陶静　编辑：admin</p>
<p class="yt">原标题：小手环 大用处 高二学生发明防溺水报警器</p>
{BODY}
<p>【打印】【关闭窗口】【推荐给好友】</p>
<p>网友评论（0）<br>昵称：<input> 匿名 <br>验证码：<input> 提交</p>
</td><td width="280" valign="top"><p>今日焦点</p><p>· 芜江中考录取分数线公布</p><p>· 暑期少儿游泳班报名火爆</p><p>· 长江芜江段水位持续上涨</p></td></tr></table>
<table width="950" align="center"><tr><td align="center">Copyright © 2005-2019 江淮热线 All Rights Reserved 皖ICP证B2-20050021 皖公网安备34020202000015号</td></tr></table>""",
body=[P("一只看起来和普通运动手环没什么两样的手环，戴在手腕上入水后，一旦佩戴者在水下停留超过设定时间，就会自动向岸上的接收器发出警报。日前，芜江一中高二学生孙一鸣发明的“防溺水报警手环”获得国家实用新型专利授权。", indent=True),
P("孙一鸣告诉记者，每年暑假都能看到青少年溺水的新闻，让他很揪心。“我就想，能不能做个东西，在人溺水的第一时间发出提醒。”", indent=True),
P("在物理老师的指导下，孙一鸣利用课余时间查资料、画图纸、做实验，前后改进了7个版本。手环内置水压传感器和计时芯片，当检测到佩戴者在1.5米以下水深停留超过20秒，就会通过无线信号触发岸边接收器的声光报警，有效距离可达100米。", indent=True),
P("指导老师王东介绍，学校近年来大力开展科技创新教育，成立了机器人、创客等12个兴趣社团，已有9名学生的发明获得国家专利。", indent=True)])

# ud-22 central media regional channel (河南频道), 2020s
add(id="ud-22", lang="zh", title="河南黄河滩区迁建群众过上新生活", authors=["毛一竹", "曹婉"], publish_time="2025年02月18日08:51",
css=".rm-top{height:36px;background:#e10000;color:#fff}.rm-col{width:1000px;margin:auto}.rm-title h1{font-size:30px}.rm-title .sub{color:#666}.rm-box{color:#999;display:flex;justify-content:space-between}",
page="""<div class="rm-top">人民在线 &gt;&gt; 河南频道 <span>社区 · 客户端 · 地方领导留言板</span></div>
<div class="rm-col"><div class="rm-nav">首页 | 要闻 | 郑州 | 洛阳 | 开封 | 濮阳 | 新乡 | 图片 | 视频</div>
<div class="rm-title"><h1>河南黄河滩区迁建群众过上新生活</h1>
<div class="rm-box"><span>2025年02月18日08:51 | 来源：人民在线－河南频道</span><span>小字号</span></div></div>
<div class="rm-art">{BODY}</div>
<div class="edit">(责编：周涵、秦毅)</div>
<div class="share">分享让更多人看到</div>
<div class="hot"><h4>推荐阅读</h4><p>郑州都市圈一体化发展再提速</p><p>河南今年将新建改建农村公路5000公里</p></div></div>
<div class="rm-ft">人民在线版权所有，未经书面授权禁止使用 Copyright © 1997-2025 by www.people.example all rights reserved 京ICP证000000号</div>""",
body=[P("人民在线郑州2月18日电（毛一竹、曹婉）正月刚过，濮阳县渠村乡青庄社区的帽业加工车间里已是一派忙碌景象。社区居民赵玉霞一边缝制帽檐一边说：“搬进新社区，在家门口就能上班，一个月能挣三千多元。”", indent=True),
P("黄河滩区曾是河南贫困人口最集中的地区之一。2017年以来，河南累计投入资金数百亿元实施滩区居民迁建，数十万群众告别了“三年攒钱、三年垫台、三年建房”的日子，住进了水、电、路、气、网配套齐全的新社区。", indent=True),
P("“搬得出”更要“稳得住、能致富”。各迁建社区因地制宜引进帽业、服装、电子元件等劳动密集型产业，建设社区工厂和就业帮扶车间，同时发展乡村旅游、特色种植等产业，带动搬迁群众就近就业。", indent=True),
P("在社区治理方面，各地健全党组织领导下的自治、法治、德治相结合的治理体系，完善学校、卫生室、养老服务中心等公共服务设施，帮助搬迁群众尽快融入新生活。", indent=True)])

# ud-23 西藏 city media (拉萨), 2022 responsive, author line "作者 |"
add(id="ud-23", lang="zh", title="拉萨河畔的“护鸟人”", authors=["格桑曲珍"], publish_time="2024-12-09",
css=".ls-header{display:grid;grid-template-columns:1fr auto;padding:14px 6%;background:#0c3c78;color:#fff}.ls-article{max-width:820px;margin:0 auto}.ls-meta{font-size:13px;color:#8a8a8a;margin:8px 0 20px}",
page="""<header class="ls-header"><div>日光城新闻网<br><small>拉萨市融媒体中心主办</small></div><div>藏文版 · 汉文版 · 搜索</div></header>
<nav class="ls-nav">首页 / 拉萨要闻 / 县区 / 民生 / 文旅 / 生态 / 融媒 / 专题</nav>
<div class="ls-article"><p class="ls-crumb">首页 &gt; 生态</p>
<h1>拉萨河畔的“护鸟人”</h1>
<div class="ls-meta">作者 | 格桑曲珍　　来源 | 拉萨晚报　　2024-12-09　　阅读 2.1万</div>
{BODY}
<p class="ls-ed">责任编辑：白玛央金　审核：李东</p>
<div class="qr">扫一扫 分享到朋友圈</div></div>
<footer>日光城新闻网 拉萨市融媒体中心 版权所有 | 藏ICP备19000185号-1 | 藏公网安备54010202000311号 | 举报电话：0891-6326617</footer>""",
body=[P("每年11月，成群的黑颈鹤、斑头雁从北方飞抵拉萨河谷越冬。也是从这个时候开始，城关区纳金街道的次仁平措每天清晨都要沿着拉萨河巡护十几公里。", indent=True),
P("今年56岁的次仁平措当了12年的生态管护员。他随身带着望远镜、笔记本和一台旧相机，记录下鸟群的数量和分布。“今天在这片湿地数到了87只黑颈鹤，比去年同期多了十几只。”他翻开笔记本，上面密密麻麻写满了数字。", indent=True),
H("“鸟越来越多，说明环境越来越好”", tag="h3"),
P("次仁平措说，刚开始巡护时，河边偶尔还有人下网捕鸟、放牧牛羊。这些年，随着湿地保护力度不断加大，河岸周边的违法行为基本绝迹，越冬候鸟的数量逐年增加。", indent=True),
P("据拉萨市林业和草原局统计，今冬拉萨河谷越冬黑颈鹤已超过2000只，斑头雁、赤麻鸭等水鸟数量也稳中有升。", indent=True),
P("“鸟越来越多，说明我们的环境越来越好。”次仁平措说，只要身体允许，他会一直守护下去。", indent=True)])

# ud-24 黑龙江 county 融媒体中心 site, info bar split across lines, 通讯员
add(id="ud-24", lang="zh", title="青山县：“冬捕节”带火乡村冰雪游", authors=["周明远", "于丽娜", "王雪"], publish_time="2025-01-13 09:21:47",
css=".rm-hd{background:#0d4a8f;color:#fff;padding:10px}.rm-info{line-height:1.6;color:#555;border-left:3px solid #0d4a8f;padding-left:10px}.rm-body p{text-indent:2em}",
page="""<div class="rm-hd">青山县融媒体中心 · 青山发布 <span>网站首页</span> <span>青山新闻</span> <span>视频</span> <span>政务</span> <span>专题</span> <span>长者模式</span></div>
<div class="rm-loc">当前位置 : 首页 &gt; 青山新闻 &gt; 本地要闻</div>
<h2>青山县：“冬捕节”带火乡村冰雪游</h2>
<div class="rm-info"><div>记者：周明远 于丽娜</div><div>通讯员：王雪</div><div>发布时间：2025-01-13 09:21:47</div><div>浏览量：<b>4816</b></div></div>
<div class="rm-body">{BODY}</div>
<div class="rm-ed">编辑：徐卓　校对：孙美玲　审核：马骏</div>
<ul class="nxt"><li>上一篇：青山县召开2025年经济工作会议</li><li>下一篇：青山县开展冬季消防安全大检查</li></ul>
<div class="rm-ft">主办：青山县融媒体中心 黑ICP备2021003316号-1 黑公网安备23078102000055号 新闻热线：0458-5623110</div>""",
body=[P("1月12日，青山县第六届“冬捕节”在鸭蛋湖开幕。随着一声“起网喽”，渔把头指挥渔工转动绞盘，一张长达千米的大网被缓缓拉出冰面，鲢鱼、鳙鱼、鲤鱼在冰面上欢蹦乱跳，围观游客纷纷举起手机拍照。"),
P("开幕式上，当天捕获的第一条“头鱼”重达21.6公斤，经过现场竞拍，最终以18888元成交，所得款项将全部用于当地乡村公益事业。"),
P("本届冬捕节为期一个月，除了传统冬捕表演外，还设置了冰雪游乐、农特产品展销、民俗演出和鱼宴品鉴等活动。为方便游客，县里开通了县城至鸭蛋湖的旅游专线，沿线村屯还推出了30余家特色民宿和农家乐。"),
P("“今年来的游客比往年多，光我们家这几天就接待了200多桌。”鸭蛋湖村农家乐经营者宋德胜说。"),
P("据统计，冬捕节开幕首日共吸引游客1.8万人次，带动旅游综合收入超过600万元。")])
