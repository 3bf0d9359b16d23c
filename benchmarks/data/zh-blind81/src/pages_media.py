# Media pages wd-13 .. wd-24: provincial and city media, portals, TV/radio sites; wd-17, wd-18 English.
G = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
PAGES = []

PAGES.append(dict(
id="wd-13", kind="media", lang="zh",
title="海河夜游航线扩容 新增三个码头",
authors=["张弛"], publish_time="2024-07-19 07:58",
pstyle="p", hstyle="h3",
css="""body{margin:0;font-family:"PingFang SC",sans-serif;background:#f6f6f6}.dl{background:#0a62c9;color:#fff;padding:8px 20px;display:flex;justify-content:space-between}
header{position:sticky;top:0;background:#fff;padding:10px 40px;border-bottom:1px solid #eee}.col{max-width:760px;margin:20px auto;background:#fff;padding:28px}
.au{display:flex;gap:12px;color:#999;font-size:13px}.feed .it{display:flex;gap:10px;border-bottom:1px solid #f0f0f0;padding:10px 0}.foot{text-align:center;color:#999;font-size:12px;padding:24px}""",
page=f"""<div class="dl"><span>打开津彩APP，阅读体验更佳</span><a href="#">打开APP</a></div>
<header><b>津彩网</b> <a href="#">首页</a> <a href="#">天津</a> <a href="#">区县</a> <a href="#">财经</a> <a href="#">文旅</a> <a href="#">视频</a> <a href="#">直播</a> <input placeholder="搜一搜"></header>
<div class="col">
<h1>海河夜游航线扩容 新增三个码头</h1>
<div class="au"><span>津彩网</span><span>2024-07-19 07:58</span><span>天津日报</span></div>
{{{{BODY}}}}
<p class="ed">责任编辑：吕萌</p>
<p>声明：转载此文是出于传递更多信息之目的。若有来源标注错误或侵犯了您的合法权益，请作者持权属证明与本网联系，我们将及时更正、删除，谢谢。</p>
<div class="likes">点赞 128　收藏　分享</div>
<div class="feed"><h3>相关推荐</h3>
<div class="it"><img src="{G}" alt="">五大道暑期夜游活动启幕 天津日报 07-18</div>
<div class="it"><img src="{G}" alt="">天津站交通枢纽暑运首日发送旅客12万人次 津彩网 07-17</div>
<div class="it"><img src="{G}" alt="">“漫步海河”微旅游线路发布 今晚报 07-16</div>
<p>查看更多</p></div>
</div>
<div class="foot">津彩网版权所有 未经授权禁止转载 津ICP备17008823号-2 互联网新闻信息服务许可证12120230005<br>违法和不良信息举报电话：022-2335XXXX</div>""",
body="""
津彩网讯（记者 张  弛）记者昨日从市文化和旅游局获悉，为满足暑期游客夜游需求，海河游船新增意式风情区、古文化街和大沽桥三个码头，夜游航线由原来的两条扩展为四条，日均运力提升至1.2万人次。
据介绍，新增的“津湾夜色”航线从天津站码头出发，途经解放桥、大沽桥至大光明桥折返，全程约50分钟；“古韵津门”航线则串联起古文化街、天后宫和鼓楼等历史文化景点，沿途设置曲艺表演和灯光秀。
!img 海河夜景|游客乘船游览海河夜景。 记者 张弛 摄
## 票价不变 线上购票更方便
记者了解到，扩容后的夜游航线票价保持不变，游客可通过“海河游船”小程序提前预约购票，享受分时段入园、电子验票等服务。对65周岁以上老年人、现役军人等群体，继续实行优惠政策。
“以前周末晚上经常排队一个多小时，现在码头多了、班次密了，坐船方便多了。”从北京来津旅游的市民刘女士说。
市文化和旅游局相关负责人表示，下一步将持续丰富海河沿线夜间文旅消费业态，推动“夜游、夜购、夜食、夜娱”融合发展，擦亮“近代中国看天津”文旅品牌。
"""))

PAGES.append(dict(
id="wd-14", kind="media", lang="zh",
title="山西：小杂粮做成“大产业”",
authors=["王飞航", "李婷"], publish_time="2024年06月03日 10:12",
pstyle="p", hstyle="h3",
css="""body{margin:0;font-family:SimSun,serif}.logo{background:#8b1a1a;color:#fff;padding:12px 10%}.chan a{margin-right:12px;font-size:13px}
.bd{width:980px;margin:10px auto}.left{float:left;width:680px}.right{float:right;width:270px;background:#f6f1ea}.clr{clear:both}h1{font-size:26px;text-align:center}
.laiyuan{text-align:center;font-size:12px;color:#666;border-bottom:1px solid #ccc}.foot{border-top:2px solid #8b1a1a;text-align:center;font-size:12px;padding:10px}""",
page="""<div class="logo">三晋在线 · 山西新闻网 <span class="chan"><a href="#">新闻</a><a href="#">时政</a><a href="#">经济</a><a href="#">社会</a><a href="#">评论</a><a href="#">图片</a><a href="#">县域</a></span></div>
<div class="bd"><div class="left">
<p>三晋在线 &gt; 新闻中心 &gt; 山西新闻</p>
<h1>山西：小杂粮做成“大产业”</h1>
<div class="laiyuan">2024年06月03日 10:12　来源：新华社　<a href="#">手机看新闻</a>　<a href="#">打印</a>　字号：<a href="#">T</a>|<a href="#">T</a></div>
{{BODY}}
<p>【纠错】 【责任编辑：杜一帆】</p>
</div>
<div class="right"><h4>排行榜</h4><ol><li>太原地铁2号线迎来客流高峰</li><li>山西高考报名人数公布</li><li>平遥古城端午假期接待游客创新高</li></ol><h4>图片新闻</h4><p>晋祠博物馆推出夜游项目</p></div>
<div class="clr"></div></div>
<div class="foot">三晋在线版权所有 | 关于我们 | 联系我们 | 晋ICP备06001573号 | 晋公网安备 14010502050222号</div>""",
body="""
新华社太原6月2日电（记者 王飞航 李  婷）走进山西省忻州市静乐县的一家藜麦加工企业，生产线上机器轰鸣，一袋袋藜麦米、藜麦面条、藜麦饼干经过分拣、包装，即将发往全国各地。
“过去藜麦只能当原粮卖，现在开发了30多种产品，附加值提高了好几倍。”企业负责人杨文斌告诉记者，去年企业销售额达到1.3亿元，带动周边2000多户农民增收。
山西地处黄土高原，素有“小杂粮王国”之称，谷子、燕麦、荞麦、红芸豆等杂粮种植历史悠久。近年来，山西立足资源禀赋，推动小杂粮产业向精深加工、品牌化方向发展。
在大同市天镇县，当地引进的燕麦加工企业建成年产5万吨燕麦片生产线；在吕梁市岚县，马铃薯被加工成全粉、粉条等产品，畅销全国。据统计，2023年山西杂粮种植面积达到1200万亩，功能食品加工业产值突破百亿元。
山西省农业农村厅相关负责人表示，下一步将持续推进杂粮产业集群建设，支持企业开展功能性食品研发，让更多“山西小米”“山西燕麦”走上全国人民的餐桌。
"""))

PAGES.append(dict(
id="wd-15", kind="media", lang="zh",
title="秦岭深处“守山人”：二十年巡护路 护得一山青",
authors=["李晓峰", "王琪"], publish_time="2024-11-26 20:47:13",
pstyle="p", hstyle="h3",
css="""body{margin:0;background:#111;color:#ddd;font-family:sans-serif}a{color:#9cf}.nav{background:#000;padding:12px 40px;display:flex;gap:20px}
.player{background:#222;height:400px;margin:20px 40px;display:flex;align-items:center;justify-content:center}.vinfo{margin:0 40px}.tags span{background:#333;padding:2px 8px;margin-right:6px}
.cmt{margin:20px 40px;border-top:1px solid #333}.cmt textarea{width:60%;background:#222;color:#ddd}.foot{background:#000;color:#777;padding:20px 40px;font-size:12px}""",
page="""<div class="nav"><b>秦视网</b><a href="#">首页</a><a href="#">直播</a><a href="#">点播</a><a href="#">新闻</a><a href="#">栏目</a><a href="#">秦视APP</a><a href="#">登录</a></div>
<div class="player">▶ 视频加载中… 00:00 / 04:36 <img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt="视频封面"></div>
<div class="vinfo">
<div class="tags"><span>陕西新闻联播</span><span>生态</span></div>
<h1>秦岭深处“守山人”：二十年巡护路 护得一山青</h1>
<p>发布时间：2024-11-26 20:47:13　|　播放量：3.2万　|　栏目：《陕西新闻联播》</p>
<p>【视频简介】</p>
{{BODY}}
<p>记者：李晓峰 王琪　摄像：张博　编辑：贾宁</p>
</div>
<div class="cmt"><h3>评论（26）</h3><textarea placeholder="文明上网，理性发言"></textarea><button>发表</button>
<p>秦岭人家：向守山人致敬！ 11-26 21:03</p><p>长安客：秦岭是我们的父亲山，一定要保护好。 11-26 21:15</p></div>
<div class="vinfo"><h3>相关视频</h3><p>朱鹮种群数量突破万只 04:12</p><p>秦岭国家公园建设进展 03:40</p></div>
<div class="foot">陕西广播电视台主办 秦视网 版权所有 信息网络传播视听节目许可证2710XXX号 陕ICP备05001612号</div>""",
body="""
在秦岭南麓的佛坪县，有这样一群人，他们常年行走在崇山峻岭之间，守护着大熊猫、金丝猴等珍稀野生动物的家园。今年52岁的何长林就是其中之一，他已经在这条巡护路上走了整整二十年。
清晨六点，天还没亮，何长林就背起干粮和巡护设备出发了。一根木棍、一台GPS定位仪、一部红外相机，是他每天的标配。巡护线路长达30多公里，要翻越三座山梁，一走就是十来个小时。
“刚开始干这行的时候，一天下来脚上全是泡。现在习惯了，一天不上山心里就不踏实。”何长林说。
二十年来，何长林累计巡护里程超过6万公里，布设和维护红外相机200余台，拍摄记录到大熊猫、羚牛、金丝猴等野生动物影像数千条，协助清理盗猎工具上百件。
随着秦岭生态环境持续改善，保护区内的野生动物数量明显增加。何长林说，过去一年难得碰见一次大熊猫，现在巡护时经常能看到它们留下的粪便和取食痕迹。
“守好这片山，让子孙后代也能看到大熊猫，这就是我最大的心愿。”何长林说。
"""))

PAGES.append(dict(
id="wd-16", kind="media", lang="zh",
title="兴庆区老旧小区改造惠及万余户居民",
authors=["马兰", "丁海涛"], publish_time="2019-05-23",
pstyle="br", hstyle="br",
css="""body{margin:0;font-size:14px;background:#dfe9f3}table{border-collapse:collapse}.w{width:960px;background:#fff}.tit{font-size:22px;color:#036;text-align:center;font-weight:bold;padding:14px}
.sm{text-align:center;color:#666;font-size:12px;background:#eef3f8}.cont{padding:16px 40px;line-height:1.9}.gray{color:#888}""",
page="""<table class="w" align="center"><tr><td colspan="2"><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt="凤城新闻网" width="960" height="100"></td></tr>
<tr><td colspan="2" bgcolor="#036" style="color:#fff">首页 | 银川新闻 | 宁夏新闻 | 国内国际 | 民生 | 专题 | 电子报 | 网上举报</td></tr>
<tr><td width="700" valign="top">
<table width="100%"><tr><td>当前位置：<a href="#">凤城新闻网</a> &gt; <a href="#">银川新闻</a></td></tr>
<tr><td class="tit">兴庆区老旧小区改造惠及万余户居民</td></tr>
<tr><td class="sm">来源：银川日报　　作者：马兰　丁海涛　　发布时间：2019-05-23　　点击：</td></tr>
<tr><td class="cont">{{BODY}}</td></tr>
<tr><td class="gray">【编辑：海宁】</td></tr>
<tr><td>【<a href="#">收藏</a>】【<a href="#">打印</a>】【<a href="#">关闭</a>】</td></tr></table>
</td><td width="260" valign="top" bgcolor="#f4f7fa"><b>今日推荐</b><br>· 银川至中卫城际铁路开通运营<br>· 贺兰山东麓葡萄酒节开幕<br>· 我市启动夏季环境卫生整治<br><br><b>图片新闻</b><br><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt="阅海湾湿地"><br>阅海湾湿地</td></tr>
<tr><td colspan="2" align="center" class="gray">凤城新闻网 版权所有 Copyright 2008-2019 宁ICP备08000412号<br>新闻热线：0951-60XXXXX 广告热线：0951-60XXXXX</td></tr></table>""",
body="""
本报讯（记者 马  兰 通讯员 丁海涛）5月22日，记者从兴庆区住房和城乡建设局了解到，今年兴庆区计划实施老旧小区改造项目42个，涉及居民楼286栋、居民1.07万户，目前已有18个项目开工建设。
此次改造主要包括屋面防水、外墙保温、雨污分流、道路硬化、绿化提升等内容，同时增设停车位、健身器材和便民服务设施，补齐小区功能短板。
家住民族北街某小区的居民王淑芳告诉记者，她所住的楼房建于上世纪90年代，一到下雨天顶楼就漏水，冬天屋里也不暖和。“这次改造给楼顶做了防水，外墙加了保温层，今年冬天就不用受冻了。”
为确保改造工程质量，兴庆区在每个小区都成立了由社区、居民代表和施工方组成的监督小组，改造方案公开征求居民意见，让群众全程参与。
据悉，今年的改造项目计划于10月底前全部完工。
"""))

PAGES.append(dict(
id="wd-17", kind="media", lang="en",
title="Xi'an's ancient city wall gets a digital twin",
authors=["Zhang Yi", "Liu Kun"], publish_time="2024-04-09 07:21",
pstyle="p", hstyle="h3",
css="""body{margin:0;font-family:Georgia,serif}.mast{background:#1d3557;color:#fff;padding:14px 8%}.sec a{color:#cde;margin-right:14px;font-family:Arial}
.story{max-width:720px;margin:30px auto}h1{font-size:34px;line-height:1.2}.byl{font-family:Arial;font-size:14px;color:#555}.ud{font-family:Arial;font-size:13px;color:#888}
.shr{font-family:Arial}.more li{font-family:Arial}.foot{background:#eee;padding:20px 8%;font-family:Arial;font-size:12px}""",
page="""<div class="mast"><b>SHAANXI DAILY GLOBAL</b> <span class="sec"><a href="#">Home</a><a href="#">News</a><a href="#">Business</a><a href="#">Culture</a><a href="#">Travel</a><a href="#">Silk Road</a><a href="#">中文</a></span></div>
<div class="story">
<p class="ud">Home / Culture / Heritage</p>
<h1>Xi'an's ancient city wall gets a digital twin</h1>
<p class="byl">By Zhang Yi and Liu Kun in Xi'an | Shaanxi Daily Global |</p>
<p class="ud">Updated: 2024-04-09 07:21</p>
<div class="shr">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">WeChat</a></div>
<img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt="Xi'an city wall at night">
<p class="ud">Tourists walk on the Xi'an city wall in Shaanxi province on April 5. [Photo by Liu Kun/Shaanxi Daily Global]</p>
{{BODY}}
<div class="more"><h3>Related stories</h3><ul><li>Terracotta Warriors museum extends opening hours</li><li>Shaanxi noodles go global with new cold-chain exports</li></ul></div>
</div>
<div class="foot">Copyright 2024 Shaanxi Daily Global. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to Shaanxi Daily Global.<br>陕ICP备10004422号-3 | About us | Contact us</div>""",
body="""
The 600-year-old city wall in Xi'an, Shaanxi province, one of the best-preserved ancient city walls in China, now has a complete digital copy that allows conservationists to track the smallest cracks in its bricks.
The project, completed last month by the Xi'an City Wall Management Committee and a local technology company, used laser scanning and drones to capture more than 2.3 billion data points along the 13.7-kilometer wall.
"In the past, our inspectors had to walk the wall and record damage by hand, which took weeks," said Wang Hui, an engineer with the committee. "Now we can compare scans taken months apart and see changes of less than two millimeters."
The digital model also serves visitors. Through a mini program launched in March, tourists can view 3D reconstructions of the wall's gates as they looked in the Ming Dynasty (1368-1644), and listen to audio guides in six languages.
Visitor numbers to the wall reached 3.8 million last year, a record high, according to the committee. Officials said the data would also be used to plan crowd control during peak holidays.
The committee plans to extend the technology to the moat and the surrounding parks by the end of next year.
"""))

PAGES.append(dict(
id="wd-18", kind="media", lang="en",
title="Ningxia wine region welcomes record harvest",
authors=[], publish_time="2023-10-16 09:42:05",
pstyle="div", hstyle="h3",
css="""*{box-sizing:border-box}body{margin:0;font-family:Helvetica,Arial,sans-serif;background:#fafafa}.topbar{display:flex;justify-content:space-between;background:#c8102e;color:#fff;padding:10px 6%}
.menu{background:#fff;padding:10px 6%;border-bottom:1px solid #ddd;position:sticky;top:0}.art{display:grid;grid-template-columns:2fr 1fr;gap:30px;padding:20px 6%}
.para{margin:0 0 1em;line-height:1.7}.info{color:#777;font-size:13px}.card{background:#fff;padding:12px;margin-bottom:10px}.ft{background:#222;color:#aaa;padding:20px 6%;font-size:12px}""",
page="""<div class="topbar"><b>Yinchuan Online | English</b><span><a href="#">中文版</a> | <a href="#">Mobile</a></span></div>
<div class="menu">HOME　NINGXIA　BUSINESS　CULTURE　TRAVEL　PHOTOS　VIDEO　<input placeholder="Search"></div>
<div class="art"><div>
<h1>Ningxia wine region welcomes record harvest</h1>
<div class="info"><span>Source: Xinhua</span> | <span>2023-10-16 09:42:05</span> | <span>Editor: Ma Lin</span></div>
<img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt="">
<div class="info">Workers pick grapes at a winery at the eastern foot of Helan Mountain in Yinchuan, Oct. 12, 2023. (Xinhua)</div>
{{BODY}}
<div class="info">[Editor: Ma Lin]</div>
</div>
<div><div class="card"><b>Most Popular</b><p>Yinchuan hosts Silk Road film week</p><p>Desert photovoltaic park powers 300,000 homes</p></div><div class="card"><b>Photos</b><p>Autumn colors of Shahu Lake</p></div></div></div>
<div class="ft">Copyright © Yinchuan Online. All Rights Reserved. 宁ICP备12000581号</div>""",
body="""
YINCHUAN, Oct. 15 (Xinhua) -- Wineries at the eastern foot of Helan Mountain in northwest China's Ningxia Hui Autonomous Region have finished gathering what local officials describe as the largest grape harvest on record.
The region's wine grape output this year is expected to exceed 300,000 tonnes, up about 10 percent from last year, according to the regional bureau in charge of the wine industry.
A dry and sunny autumn helped the grapes ripen evenly, said a winemaker at a chateau in Yinchuan's Xixia District. "The sugar and acidity are well balanced this year. We are confident about the quality of the 2023 vintage," he said.
Ningxia now has more than 260 wineries and about 40,000 hectares of vineyards, making it one of the largest wine-producing areas in China. The industry employs around 130,000 people, many of them farmers from nearby villages.
Local authorities have been promoting wine tourism, with tasting tours, vineyard hotels and an annual international wine expo drawing visitors from home and abroad.
"""))

PAGES.append(dict(
id="wd-19", kind="media", lang="zh",
title="晋城：“智慧矿山”让煤海更安全更绿色",
authors=["刘鑫", "胡晓丽"], publish_time="2025年04月02日08:31",
pstyle="p", hstyle="strong",
css="""body{margin:0;font-family:"Microsoft YaHei";background:#fff}.rmhd{border-bottom:2px solid #c00;padding:10px 12%}.rmhd a{margin-right:10px;font-size:13px}
.box{width:1000px;margin:0 auto}.yt{font-size:16px;color:#555;text-align:center}.zt{font-size:28px;text-align:center;margin:6px 0}.ft2{font-size:16px;text-align:center;color:#333}
.sou{font-size:12px;color:#999;text-align:center;margin:10px 0}.ftr{background:#f5f5f5;padding:16px;text-align:center;font-size:12px;color:#777}""",
page="""<div class="rmhd"><b>人民时讯网 · 山西频道</b> <a href="#">首页</a><a href="#">时政</a><a href="#">经济</a><a href="#">社会</a><a href="#">地市</a><a href="#">图片</a><a href="#">领导留言板</a> <a href="#">手机看</a></div>
<div class="box">
<p>人民时讯网 &gt;&gt; 山西频道 &gt;&gt; 地市</p>
<div class="yt">一季度全市煤矿事故起数同比下降40%</div>
<h1 class="zt">晋城：“智慧矿山”让煤海更安全更绿色</h1>
<div class="ft2">——山西推动煤炭产业转型升级观察</div>
<div class="sou">2025年04月02日08:31 | 来源：人民时讯网－山西频道 <a href="#">小字号</a></div>
{{BODY}}
<p>(责编：牛晓鹏、赵一)</p>
<div class="share">分享让更多人看到 <a href="#">微信</a> <a href="#">微博</a></div>
<h3>推荐阅读</h3><p>山西：打好能源革命“组合拳”</p><p>长治新能源汽车产业链加速成长</p>
</div>
<div class="ftr">人民时讯网版权所有，未经书面授权禁止使用　Copyright © 1997-2025 by renminshixun.com. all rights reserved</div>""",
body="""
@ 原标题：智慧矿山“上新” 晋城煤海安全绿色发展
人民时讯网晋城4月1日电 （记者刘鑫、胡晓丽）在地下500多米深的综采工作面，采煤机自动截割、液压支架自动跟机、刮板输送机智能调速……记者近日走进晋城市沁水县一座煤矿的智能化综采工作面，看到一派“无人则安、少人则安”的生产场景。
“过去一个工作面需要20多名工人，现在只需要5个人在地面调度室远程操控。”煤矿总工程师郭建平介绍，智能化改造后，工作面生产效率提高了30%，井下作业人员减少了一半以上。
## 安全水平大幅提升
晋城是全国重要的无烟煤生产基地。近年来，当地把智能化建设作为煤矿安全生产的治本之策，累计建成智能化煤矿43座、智能化采掘工作面216处，实现了大型煤矿智能化全覆盖。今年一季度，全市煤矿事故起数同比下降40%。
## 绿色开采成为常态
在智能化建设的同时，晋城积极推广充填开采、保水开采等绿色开采技术，煤矸石综合利用率达到90%以上，矿井水实现分级处理、循环利用。
晋城市能源局负责人表示，到今年底，全市所有生产煤矿将完成智能化建设，推动煤炭产业向高端化、智能化、绿色化转型。
"""))

PAGES.append(dict(
id="wd-20", kind="media", lang="zh",
title="汾河太原城区段全线贯通 市民可骑行40公里",
authors=["郝建平", "任婧"], publish_time="2025-05-06 19:30",
pstyle="p", hstyle="h3",
css="""body{margin:0;font-family:sans-serif;background:#f3f5f9}.hdr{background:linear-gradient(90deg,#0d3b8c,#1a73e8);color:#fff;padding:14px 5%;display:flex;gap:30px}
.main{display:flex;gap:24px;padding:24px 5%}.story{flex:3;background:#fff;border-radius:12px;padding:28px}.rec{flex:1}.rec .c{background:#fff;border-radius:8px;padding:10px;margin-bottom:10px}
.video{background:#000;color:#fff;height:300px;display:flex;align-items:center;justify-content:center}.info{color:#8a8a8a;font-size:14px}.foot{background:#0d1b33;color:#8fa0bf;padding:24px 5%;font-size:12px}""",
page="""<div class="hdr"><b>黄河云视</b><span>首页</span><span>新闻</span><span>直播</span><span>节目</span><span>山西卫视</span><span>黄河新闻频道</span><span>下载客户端</span></div>
<div class="main"><div class="story">
<p class="info">黄河云视 &gt; 新闻 &gt; 本地</p>
<h1>汾河太原城区段全线贯通 市民可骑行40公里</h1>
<p class="info">黄河新闻频道《山西新闻联播》　2025-05-06 19:30</p>
<div class="video">▶ 02:58</div>
{{BODY}}
<p class="info">记者：郝建平　实习记者：任婧　摄像：冯雷　编辑：韩璐</p>
<div class="bar">👍 点赞　⭐ 收藏　↗ 分享</div>
<div class="cmtbox"><h4>网友评论</h4><input placeholder="说点什么吧…"><p>暂无评论，快来抢沙发吧</p></div>
</div>
<div class="rec"><div class="c"><b>相关推荐</b></div><div class="c">太原植物园迎来赏花高峰 01:45</div><div class="c">晋阳湖公园开园 03:12</div><div class="c">山西多地开展春季植树活动 02:20</div></div></div>
<div class="foot">山西广播电视台（山西广播电视总台）版权所有　信息网络传播视听节目许可证 1405XXX号　晋ICP备09011022号</div>""",
body="""
随着汾河晋阳湖段慢行系统的建成开放，汾河太原城区段东西两岸慢行道实现全线贯通。从今天起，市民可以沿着汾河骑行约40公里，一路饱览河畅、水清、岸绿、景美的城市风光。
记者在现场看到，新建成的慢行道采用红色彩色沥青铺装，沿线设置了驿站、观景平台、公共卫生间和自行车停放点，不少市民带着家人骑车出游。
“以前骑到南边就断了，得绕到马路上，现在一条道能骑到底，又安全又舒服。”骑行爱好者张先生说。
## 串联十余个公园景点
据了解，贯通后的慢行系统北起上兰村，南至晋阳湖，串联起汾河景区、滨河体育中心、晋阳湖公园等十余个公园和景点，并与城市绿道、地铁站点实现无缝衔接。
太原市汾河景区管理中心相关负责人介绍，下一步将在沿线增设智能导览系统和共享单车投放点，举办骑行、徒步、马拉松等群众性体育活动，让汾河成为市民休闲健身的“幸福河”。
"""))

PAGES.append(dict(
id="wd-21", kind="media", lang="zh",
title="滨海新区今年将新建改建口袋公园30个",
authors=["陈忻"], publish_time="2016-04-11 08:03:22",
pstyle="ideo", hstyle="strong",
css="""body{margin:0;font-size:12px;font-family:宋体}#top{background:#004b93;color:#fff;padding:4px 100px}#nav{background:#e4eef8;padding:6px 100px}#nav a{margin:0 6px}
#main{width:950px;margin:0 auto}#title{font-size:24px;font-family:黑体;text-align:center;margin:20px 0 8px}#info{text-align:center;color:#777}
#content{font-size:14px;line-height:26px}#foot{width:950px;margin:10px auto;border-top:1px solid #004b93;text-align:center;color:#777}""",
page="""<div id="top">渤海在线 www.bohaizx.com.cn　设为首页　加入收藏　<input type="text" value="请输入关键词"><button>搜 索</button></div>
<div id="nav"><a href="#">首页</a>|<a href="#">新闻</a>|<a href="#">天津</a>|<a href="#">滨海</a>|<a href="#">财经</a>|<a href="#">房产</a>|<a href="#">汽车</a>|<a href="#">教育</a>|<a href="#">论坛</a>|<a href="#">博客</a></div>
<div id="main">
<div>渤海在线 &gt; 滨海新闻 &gt; 区域动态</div>
<div id="title">滨海新区今年将新建改建口袋公园30个</div>
<div id="info">2016-04-11 08:03:22　来源：天津日报　作者：记者 陈忻　编辑：孔德</div>
<div id="content">{{BODY}}</div>
<p>分享到：<a href="#">新浪微博</a> <a href="#">腾讯微博</a> <a href="#">人人网</a> <a href="#">开心网</a> <a href="#">豆瓣</a></p>
<p><b>相关新闻</b><br>· 滨海新区启动春季绿化植树<br>· 中新生态城建成第十座公园<br>· 塘沽外滩公园改造完工</p>
<p>网友评论 <a href="#">查看全部</a>　用户名：<input type="text"> 密码：<input type="password"> <input type="checkbox">匿名发表</p>
</div>
<div id="foot">渤海在线 版权所有 未经许可不得转载　津ICP证020071号　互联网新闻信息服务许可证编号：1212006002<br>关于我们 | 广告服务 | 联系方式 | 网站地图</div>""",
body="""
记者从滨海新区城市管理委员会获悉，今年新区将在居民区、商业街区和老旧片区周边见缝插绿，新建改建口袋公园30个，新增绿化面积约12万平方米，让市民出门就能“见绿”。
据介绍，口袋公园选址充分利用边角地、闲置地和拆违腾退空地，每个面积在400平方米至1万平方米之间，配备休闲座椅、健身器材和儿童游乐设施。其中，塘沽街道、新北街道等老城区将建设12个，优先解决老旧社区公共活动空间不足的问题。
新区城市管理委员会相关负责人表示，口袋公园设计方案将通过社区公示等方式广泛征求居民意见，做到“一园一策”，突出海洋文化、工业遗存等地方特色。
目前，首批8个口袋公园已经开工，预计6月底前建成开放，其余项目将于年底前全部完工。
"""))

PAGES.append(dict(
id="wd-22", kind="media", lang="zh",
title="西安地铁8号线环线运营满月 日均客流超45万人次",
authors=["周敏"], publish_time="2025.01.27 06:50",
pstyle="p", hstyle="h3",
css="""body{margin:0;font-family:"Noto Sans SC",sans-serif}.appbar{background:#fff3e0;padding:8px 16px;display:flex;justify-content:space-between;font-size:13px}
.hd{position:sticky;top:0;background:#e65100;color:#fff;padding:10px 16px}.art{max-width:680px;margin:0 auto;padding:16px}.meta{font-size:13px;color:#999}
.comments{background:#fafafa;padding:12px;margin-top:20px}.c1{border-bottom:1px solid #eee;padding:6px 0}.ft{text-align:center;font-size:12px;color:#aaa;padding:20px}""",
page="""<div class="appbar"><span>古城在线客户端 看西安更懂西安</span><a href="#">APP内打开</a></div>
<div class="hd">古城在线 · 西安新闻</div>
<div class="art">
<h1>西安地铁8号线环线运营满月 日均客流超45万人次</h1>
<div class="meta">2025.01.27 06:50　古城在线-西安晚讯</div>
<p class="meta">文/图 西安晚讯记者 周敏</p>
{{BODY}}
<p class="meta">编辑：孟媛　二审：王振　三审：张立</p>
<div class="comments"><b>全部评论（57）</b><textarea placeholder="写评论…"></textarea>
<div class="c1">陕西网友 小雁塔：8号线真方便，上班少换乘两次 👍 回复 赞32</div>
<div class="c1">陕西网友 灞河柳：早高峰还是挤，建议再加密班次 回复 赞18</div>
<div class="c1">展开更多评论</div></div>
<h3>相关推荐</h3><p>西安春运首日铁路发送旅客28万人次</p><p>2025西安年·最中国 灯会开幕</p>
</div>
<div class="ft">古城在线 版权所有 陕ICP备16012389号-1 互联网新闻信息服务许可证：61120190007</div>""",
body="""
1月26日，西安地铁8号线开通运营满一个月。记者从西安市轨道交通集团获悉，开通以来8号线累计运送乘客1380万人次，日均客流超过45万人次，最高日客流达到58.6万人次。
8号线是西安首条环线地铁，全长约50公里，设车站37座，其中换乘站19座，与已开通的1至6号线、14号线、16号线均可实现换乘。
!img 乘客在8号线换乘站有序乘车|乘客在8号线换乘站有序乘车
“以前从家到单位要换乘两次，现在坐8号线一趟就到，节省了20多分钟。”在大明宫西站，刚下车的市民李女士告诉记者。
## 春运期间加密行车
为应对春运和春节期间客流高峰，8号线自1月25日起将工作日早晚高峰行车间隔由6分钟压缩至5分钟，并在火车站、大雁塔等客流集中车站增派志愿者引导乘客。
西安市轨道交通集团相关负责人表示，将根据客流变化持续优化运行图，提升乘客出行体验。
"""))

PAGES.append(dict(
id="wd-23", kind="media", lang="zh",
title="让“塞上江南”的名片更加亮丽",
authors=["杨光"], publish_time="2024年09月02日 星期一",
pstyle="indent", hstyle="h3",
css="""body{margin:0;background:#f7f4ee;font-family:serif}.hd{background:#fff;padding:16px 15%;border-bottom:4px double #6b3e26}.col{width:800px;margin:24px auto;background:#fff;padding:30px 50px}
.lbl{display:inline-block;background:#6b3e26;color:#fff;padding:2px 10px;font-size:13px}h1{font-size:28px;text-align:center}.who{text-align:center;font-size:15px}.dt{text-align:center;color:#999;font-size:13px}
.ft{background:#6b3e26;color:#eee;text-align:center;padding:16px;font-size:12px}""",
page="""<div class="hd"><b>塞上新闻网</b>　首页 | 宁夏 | 时政 | 评论 | 民生 | 文旅 | 视听 | 专题　<a href="#">长者模式</a></div>
<div class="col">
<div>塞上新闻网 &gt; 评论 &gt; 塞上时评</div>
<span class="lbl">塞上时评</span>
<h1>让“塞上江南”的名片更加亮丽</h1>
<p class="who">■ 本报评论员　杨光</p>
<p class="dt">2024年09月02日 星期一　来源：宁夏晚讯</p>
{{BODY}}
<p>【责任编辑：田甜】</p>
<p>上一篇：守护好母亲河的每一滴水　下一篇：以文化人 以文兴业</p>
</div>
<div class="ft">塞上新闻网 版权所有 © 2024 宁ICP备13002119号 宁公网安备 64010402000310号</div>""",
body="""
金秋九月，沙湖的芦苇泛起金黄，贺兰山下的葡萄缀满枝头。刚刚过去的暑期，宁夏接待游客人次和旅游收入双双创出新高，“塞上江南·神奇宁夏”的品牌越擦越亮。
亮眼的数字背后，是宁夏文旅产业从“观光游”向“体验游”的转变。沙漠星空露营、葡萄酒庄品鉴、黄河漂流、西夏陵研学……一个个新场景、新业态，让游客留下来、住下来、再回来。
也要看到，与游客日益多元的需求相比，宁夏文旅仍有不少短板：旺季“一房难求”与淡季“门可罗雀”并存，部分景区配套服务跟不上，交通“最后一公里”仍需打通。这些问题，都需要以更大的力度加以解决。
把“塞上江南”的名片擦得更亮，关键在于在“特”字上做文章，在“融”字上下功夫。要深挖黄河文化、西夏文化、回族文化等特色资源，推动文旅与农业、体育、康养深度融合；要以游客满意为标尺，在细节处提升服务品质，让每一位来宁夏的游客都能感受到这片土地的热情与好客。
好风凭借力。只要久久为功、持续发力，“塞上江南”一定会成为更多人向往的诗和远方。
"""))

PAGES.append(dict(
id="wd-24", kind="media", lang="zh",
title="早高峰“堵点”变“通点” 津滨大道这个路口改造完成",
authors=["宋宇", "韩梦"], publish_time="2024.09.03 07:45",
pstyle="p", hstyle="h3",
css="""body{margin:0;font-family:sans-serif;background:#fff}.radio{background:#2c2c54;color:#fff;padding:14px 6%;display:flex;justify-content:space-between}.freq span{margin-right:10px;font-size:12px}
.audio{background:#f0f0ff;border-radius:30px;padding:12px 20px;margin:16px 0}.m{width:760px;margin:0 auto}.info{color:#888;font-size:13px}.floatshare{position:fixed;left:20px;top:300px}
.ft{background:#2c2c54;color:#bbb;text-align:center;padding:18px;font-size:12px}""",
page="""<div class="radio"><b>津广听 · 天津广播</b><span class="freq"><span>新闻广播 FM97.2</span><span>交通广播 FM106.8</span><span>音乐广播 FM99</span></span><a href="#">下载津广听APP</a></div>
<div class="m">
<p class="info">首页 › 交通 › 路况资讯</p>
<h1>早高峰“堵点”变“通点” 津滨大道这个路口改造完成</h1>
<p class="info">2024.09.03 07:45　天津交通广播《早安天津》</p>
<div class="audio">▶ 00:00 / 03:21　主播：田野　倍速 1.0x</div>
{{BODY}}
<p class="info">记者：宋宇　通讯员：韩梦　编辑：刘畅</p>
<div class="rel"><h3>猜你喜欢</h3><p>开学首日 全市中小学周边交通总体平稳</p><p>地铁10号线二期进入设备调试阶段</p></div>
</div>
<div class="floatshare">分享<br>微信<br>微博<br>复制链接</div>
<div class="ft">天津海河传媒中心 版权所有　信息网络传播视听节目许可证 0204XXX　津ICP备12003471号-7</div>""",
body="""
记者从市公安交管部门获悉，经过近两个月施工，津滨大道与卫国道交口的交通组织优化改造工程已经完成，早高峰期间车辆通行时间比改造前缩短了约三分之一。
这个路口是连接中心城区和东丽区的重要节点，早晚高峰车流量大，以前经常出现车辆排队绵延一两公里的情况。此次改造主要做了以下几项工作：
- 1.增设一条左转专用车道，并将左转待行区延长20米；
- 2.优化信号灯配时，早高峰东西方向绿灯时长增加15秒；
- 3.调整公交站位置，避免公交车进出站影响主路通行。
“以前过这个路口至少要等三个红灯，今天一个绿灯就过去了。”每天驾车上班的市民赵先生说。
交管部门表示，下一步还将对中心城区的12处拥堵路口逐一开展“微改造”，持续提升道路通行效率。
"""))
