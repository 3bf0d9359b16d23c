# media pages up-13 .. up-24
K = "media"
PAGES = []
def add(**p):
    p.setdefault("lang", "zh"); p.setdefault("kind", K); PAGES.append(p)

add(id="up-13", wrap="div", pstyle="plain",
 title="长株潭都市圈轨道交通“一票通”下月上线",
 authors=["罗敏", "周锐"], publish_time="2025-09-17 07:35",
 css=".container{width:1200px;margin:auto;display:flex}.left{flex:1}.right{width:300px}.logo{font-size:30px;color:#d00}",
 top="""<div class="tb"><a>红网首页</a> <a>时刻新闻</a> <a>登录</a></div>
<div class="logo">湘红网 <small>湖南省重点新闻网站</small></div>
<div class="chan"><a>新闻</a> <a>时政</a> <a>经济</a> <a>社会</a> <a>文旅</a> <a>体育</a> <a>视频</a> <a>评论</a></div>
<p>湘红网 &gt; 新闻频道 &gt; 湖南 &gt; 正文</p>""",
 side="""<h4>24小时热榜</h4><ol><li>湖南今秋首场寒露风将至</li><li>岳麓山景区国庆期间实行预约</li><li>湘菜申遗工作启动</li></ol>""",
 head="""<h1>{title}</h1>
<div class="artinfo">来源：湘红网　作者：罗敏 周锐　编辑：彭佳　2025-09-17 07:35:12</div>""",
 body="""
湘红网9月17日讯（记者 罗敏 通讯员 周锐）记者从省交通运输厅获悉，长株潭都市圈轨道交通“一票通”将于10月15日正式上线。届时，乘客使用同一个乘车码即可乘坐长沙地铁、长株潭城际铁路和湘潭、株洲的城市公交。
## 一个码走遍三座城
据介绍，“一票通”打通了三市轨道交通和公交的清分结算系统，乘客在“湘行一卡通”APP中开通乘车码后，进出站刷码即可，费用按各自票价标准分别结算。
“以前从株洲到长沙上班，要换两次码，现在一个码就行了。”在长沙工作的株洲市民刘女士说。
## 换乘享受优惠
上线后，乘客在90分钟内由城际铁路换乘地铁或公交，可享受换乘优惠，每次减免1元。省交通运输厅相关负责人表示，下一步将推动都市圈内更多出行方式纳入“一票通”。
""",
 after="""<p class="bq">【来源：湘红网】</p><p>版权声明：凡注明“来源：湘红网”的作品，版权均属湘红网所有，未经授权不得转载。</p>
<div class="rel"><h4>相关新闻</h4><ul><li>长沙地铁6号线东延段开通运营</li><li>长株潭城际铁路开行夜间列车</li></ul></div>""",
 bottom="""<div class="ft">湘红网 版权所有 | 互联网新闻信息服务许可证：43120170001 | 湘ICP备12008840号-2 | 湘公网安备43010502000321号<br>违法和不良信息举报电话：0731-84326011</div>""")

add(id="up-14", wrap="html5", pstyle="plain",
 title="新疆棉花机采率突破九成",
 authors=["王菲", "艾尔肯·吐尼亚孜"], publish_time="2025-09-16 20:41:05",
 css="body{font-family:'Source Han Sans'}article{max-width:860px}.source{color:#999}",
 top="""<div class="topbar"><a>新华网首页</a> | <a>时政</a> | <a>地方</a> | <a>国际</a> | <a>财经</a> | <a>思客</a> | <a>客户端</a></div>
<div class="loc">新华网 &gt; 地方 &gt; 正文</div>""",
 head="""<h1>{title}</h1>
<div class="header-time">2025-09-16 20:41:05</div><div class="source">来源：新华网</div>
<div class="font">字体：<a>小</a> <a>中</a> <a>大</a> 分享到：<a>微信</a> <a>微博</a></div>""",
 body="""
新华社乌鲁木齐9月16日电（记者 王菲、艾尔肯·吐尼亚孜）记者从新疆维吾尔自治区农业农村厅了解到，今年新疆棉花机采率已突破90%，比五年前提高了20多个百分点。
!采棉机在沙湾市的棉田里作业|9月15日，采棉机在沙湾市的一处棉田里作业。新华社记者 丁磊 摄
随着采收季临近，南北疆各地的采棉机陆续进入检修和调试阶段。自治区农业农村厅农机处负责人介绍，目前全区采棉机保有量超过8000台，其中国产机型占比已超过六成。
在阿克苏地区阿瓦提县，种植大户买买提·艾力正在检查自家的两台采棉机。“一台机器一天能采300多亩，相当于以前几百个人的工作量。”他说。
业内人士表示，机采率提高降低了植棉成本，也对棉花品种、种植模式和脱叶催熟技术提出了更高要求。近年来，新疆大力推广宜机采品种和“一膜三行”等种植模式，为全程机械化打下了基础。
~ 【纠错】 【责任编辑：高洁】
""",
 after="""<div class="share">扫描二维码在手机打开 <img alt="" src=""></div><div class="xgtj"><h3>相关稿件</h3><p>新疆秋收进入高峰期</p><p>南疆红枣迎来丰收</p></div>""",
 bottom="""<div class="foot">Copyright © 2000-2025 版权所有 新华网（示例页面）<br>制作单位：新华网股份有限公司 版权所有 新华网股份有限公司</div>""")

add(id="up-15", wrap="table", pstyle="indent",
 title="唐沽港集装箱吞吐量创同期新高",
 authors=["杜海波"], publish_time="2025年09月15日 08:12",
 css="body{font:14px/1.8 宋体}.tt{font-size:26px;font-weight:bold;text-align:center}",
 top="""<table width="1000" align="center"><tr><td><img alt="长城网" src=""></td><td>冀云客户端 | 河北手机台 | 长城网</td></tr></table>
<table width="1000" align="center" bgcolor="#004b97"><tr><td>首页</td><td>时政</td><td>河北</td><td>经济</td><td>民生</td><td>文化</td><td>图片</td><td>专题</td></tr></table>
<table width="1000" align="center"><tr><td>您的位置：首页 &gt; 经济 &gt; 产经</td></tr></table>""",
 head="""<div class="tt">{title}</div>
<table width="100%"><tr><td align="center">2025年09月15日 08:12　来源：河北日报　作者：杜海波</td></tr></table>""",
 body="""
本报讯（记者杜海波）记者从唐沽港集团获悉，今年1至8月，唐沽港完成集装箱吞吐量298.6万标准箱，同比增长11.4%，创历史同期新高。
今年以来，唐沽港新开通内外贸航线9条，其中东南亚航线4条，目前在港运营集装箱航线已达64条。港口还与内陆城市合作建设无水港，推动“公转铁”“散改集”，8月份海铁联运量同比增长23%。
“我们在码头上推广使用自动化岸桥和无人集卡，单机作业效率提高了15%以上。”唐沽港集团生产业务部负责人说。
下一步，唐沽港将加快推进20万吨级集装箱码头建设，力争全年集装箱吞吐量突破440万标准箱。
记者在港区看到，一艘艘集装箱货轮依次靠泊，自动化岸桥有序作业，集装箱卡车在堆场和码头之间往来穿梭。受外贸订单回暖带动，进入三季度以来港口集装箱作业量持续保持高位运行。
""",
 after="""<table width="100%"><tr><td>责任编辑：李嘉</td><td align="right"><a>【打印】</a> <a>【关闭】</a></td></tr></table>
<table width="100%"><tr><td><b>相关阅读：</b></td></tr><tr><td>· 河北港口货物吞吐量稳步增长</td></tr><tr><td>· 唐沽港开通至越南新航线</td></tr></table>""",
 bottom="""<table width="1000" align="center"><tr><td align="center">关于我们 | 广告服务 | 联系方式<br>河北长城互联网传媒有限公司 版权所有 冀ICP备09032012号<br>互联网新闻信息服务许可证编号：13120170002</td></tr></table>""")

add(id="up-16", wrap="app", lang="en", pstyle="plain",
 title="Beijing's Central Axis draws record visitors in summer season",
 authors=["Zhang Yiran", "Li Mengqi"], publish_time="2025-09-16 14:22",
 css="body{font-family:Georgia,serif;max-width:900px;margin:auto}.byline{color:#555}",
 top="""<div class="hdr"><span>CHINA DAILY</span> <a>Home</a> <a>China</a> <a>World</a> <a>Business</a> <a>Lifestyle</a> <a>Culture</a> <a>Travel</a> <a>Sports</a> <a>Opinion</a></div>
<div class="crumb">Home / China / Society</div>""",
 head="""<h1>{title}</h1>
<p class="byline">By Zhang Yiran and Li Mengqi | chinadaily.com.cn | Updated: 2025-09-16 14:22</p>""",
 body="""
Beijing's Central Axis, inscribed on the UNESCO World Heritage List last year, received more than 21 million visits during the summer season from July to August, a record high, the city's cultural heritage bureau said on Tuesday.
!Tourists visit the Drum Tower in Beijing|Tourists visit the Drum Tower in Beijing on Sept 14. [Photo by Wang Jing/China Daily]
The 7.8-kilometer axis, which runs from the Yongding Gate in the south to the Bell and Drum towers in the north, has become a favorite destination for young travelers and families, with night tours and digital exhibitions added this year.
"We walked the whole axis in one day and used the app to see what the buildings looked like hundreds of years ago," said Chen Hao, a university student from Chengdu.
The bureau said it would extend opening hours at several sites during the National Day holiday and introduce a unified reservation system to ease crowding.
""",
 after="""<div class="share">Share: <a>Facebook</a> <a>X</a> <a>LinkedIn</a></div><div class="rel"><h4>Related Stories</h4><p>Beijing opens new museum on the Central Axis</p><p>Night tours light up old city</p></div>""",
 bottom="""<footer><p>Copyright 1994 - 2025. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).</p><p>京ICP备15037712号-3</p></footer>""")

add(id="up-17", wrap="div", pstyle="indent",
 title="昌吉州首届农民丰收节暨特色农产品展销会开幕",
 authors=["李婷", "阿依努尔"], publish_time="2025-09-14 21:08",
 css=".container{width:1000px;margin:auto}.vbox{background:#000;height:300px;color:#fff}.tv{background:#123a7a;color:#fff}",
 top="""<div class="tv">昌吉广播电视台 · 昌吉新闻网 <a>直播</a> <a>点播</a> <a>节目单</a></div>
<div><a>首页</a> <a>本地新闻</a> <a>昌吉新闻联播</a> <a>专题</a> <a>广播</a> <a>电视</a></div>
<div>首页 &gt; 昌吉新闻联播 &gt; 正文</div>""",
 head="""<h1>{title}</h1>
<div class="vbox">视频加载中…… <img alt="视频封面" src=""></div>
<p>发布时间：2025-09-14 21:08　来源：昌吉广播电视台</p>""",
 body="""
【导语】9月14日，昌吉州首届农民丰收节暨特色农产品展销会在昌吉市开幕，来自全州各县市的300余家农业经营主体参展。
【正文】展销会现场，番茄制品、辣椒、葡萄干、奶制品等特色农产品琳琅满目，吸引了大量市民前来选购。不少参展商还通过直播带货的方式，将家乡的农产品推介给全国各地的消费者。
【同期声】参展商　古丽娜尔·哈力木：我们合作社今天带来了自己加工的番茄酱和辣椒酱，上午已经卖出去两百多箱了，还接到了好几个外地的订单。
【正文】据了解，本次展销会为期三天，期间还将举办农民趣味运动会、农机具展示、文艺演出等活动。
【正文】展销会还设置了脱贫地区产品专区和“一县一品”展区，集中展示奇台面粉、玛纳斯葡萄酒、木垒鹰嘴豆等地理标志产品。开幕当天，现场签订农产品购销协议23份，签约金额1.6亿元。
~ （记者　李婷　阿依努尔）
""",
 after="""<p class="meta">编辑：王磊　审核：陈红</p><div class="hot"><h3>热点推荐</h3><p>昌吉市秋季招聘会举行</p><p>呼图壁县完成秋播小麦12万亩</p></div>""",
 bottom="""<div class="ft">昌吉广播电视台版权所有 新ICP备13001237号 信息网络传播视听节目许可证：3108263</div>""")

add(id="up-18", wrap="html5", pstyle="plain",
 title="北京今年将新增3000个普惠托位",
 authors=["戴轩"], publish_time="2025-09-16 06:40",
 css="body{margin:0}.w{max-width:1200px;margin:auto}.tags{color:#c00}article h1{font-size:32px}",
 top="""<div class="w">北京日报客户端 <a>下载APP</a> | <a>京报网首页</a></div>
<nav class="w"><a>要闻</a> <a>北京</a> <a>政务</a> <a>经济</a> <a>文化</a> <a>深度</a> <a>评论</a></nav>""",
 head="""<div class="tags">民生</div>
<h1>{title}</h1>
<div class="info">北京日报客户端 | 记者 戴轩<br>2025-09-16 06:40</div>""",
 body="""
记者从市卫生健康委获悉，今年本市将新增普惠托位3000个，全市每千人口托位数将达到4.6个。
## 社区办园点扩容
今年新增的托位主要来自社区办托育点和幼儿园托班。市卫生健康委相关负责人介绍，本市鼓励有条件的幼儿园开设2至3岁托班，并对符合条件的普惠托育机构按照每个托位每月1000元的标准给予运营补贴。
## 价格有上限
普惠托育服务实行价格指导，各区根据成本核定收费上限，目前多数普惠托位的月收费在3000元至4500元之间。家住丰台区的张女士说：“家门口就有托班，价格也能接受，孩子上午送过去，下午我下班接回家，方便多了。”
市民可通过“京通”小程序查询附近的普惠托育机构和空余托位情况。
按照计划，新增托位将优先布局在人口密集的城市副中心、回天地区和南部地区，并同步推进托育服务人员培训，今年计划培训保育人员4000人次，确保托得住、托得好。
""",
 after="""<p class="meta">编辑：许晓 流程编辑：吴凤</p><p>版权声明：本文为北京日报原创稿件，未经授权不得转载。</p><div class="more">相关推荐：北京新增社区食堂120家 ｜ 本市启动秋季儿童免疫接种</div>""",
 bottom="""<footer class="w">北京日报报业集团 版权所有 京ICP备17068241号-1 京公网安备 11010502036327号 互联网新闻信息服务许可证编号：11120180003</footer>""")

add(id="up-19", wrap="table2", pstyle="indent",
 title="永定河畔秋色浓",
 authors=[], publish_time="2025-09-13 15:27:40",
 css="body{font:12px Tahoma}.side{background:#f5f5f5}",
 side="""<div>图片排行<ol><li>香山红叶渐红</li><li>通州大运河灯光秀</li><li>延庆葡萄采摘季</li></ol></div>""",
 top="""<table width="1000" align="center"><tr><td>千龙网·中国首都网</td><td><a>新闻</a> <a>图片</a> <a>视频</a> <a>区县</a></td></tr></table>
<table width="1000" align="center"><tr><td>千龙网首页 &gt; 图片频道 &gt; 京城风景</td></tr></table>""",
 head="""<h1 style="text-align:center">{title}</h1><p style="text-align:center">2025-09-13 15:27:40　来源：千龙网　<a>字号</a></p>""",
 body="""
!永定河门头沟段|9月13日，永定河门头沟段两岸树木开始变色。千龙网记者 马乐 摄
进入九月中旬，永定河门头沟段、石景山段的河岸林木渐次染上秋色，蓝天、碧水与金黄的树叶相映成趣，吸引不少市民前来游玩。
!骑行的市民|市民在永定河畔绿道骑行。千龙网记者 马乐 摄
近年来，永定河生态补水持续推进，河道水面明显增加，沿岸新建绿道、观景平台和郊野公园，已成为市民休闲健身的好去处。
“周末带孩子来骑车、看鸟，感觉离城区不远，空气又好。”从海淀区赶来的市民刘先生说。
据介绍，今年秋季永定河还将实施生态补水，预计补水量1.3亿立方米，届时河道将形成长约160公里的连续水面，沿岸的芦苇、荻花也将陆续进入最佳观赏期。游客可选择在三家店、麻峪湿地等处驻足观景，注意遵守河道管理规定，不下河游泳、不在堤岸烧烤。
在石景山区的永定河休闲森林公园，不少摄影爱好者架起“长枪短炮”，记录秋日美景。园区工作人员介绍，十月中下旬将是观赏彩叶的最佳时间。
""",
 after="""<p>[责任编辑：杨洋]</p><p><a>上一页</a> 1 2 <a>下一页</a></p>""",
 bottom="""<table width="1000" align="center"><tr><td align="center">千龙网 版权所有 京ICP证071394号 京公网安备11010202008188号</td></tr></table>""")

add(id="up-20", wrap="html5", lang="en", pstyle="plain",
 title="Xinjiang opens new air routes to Central Asia",
 authors=[], publish_time="2025-09-15 09:18:43",
 css="body{font-family:Arial}.sub{color:#666}",
 top="""<div class="nav">ENGLISH.TS.CN · Tianshan Net <a>Home</a> <a>Xinjiang</a> <a>Business</a> <a>Culture</a> <a>Photos</a> <a>中文</a></div>""",
 head="""<h1>{title}</h1><p class="sub">Source: Xinhua | 2025-09-15 09:18:43 | Editor: Gu Wen</p>""",
 body="""
URUMQI, Sept. 15 (Xinhua) -- Four new international air routes linking Urumqi with cities in Central Asia were launched on Monday, bringing the total number of international routes from the regional capital to 41.
The new routes connect Urumqi with Samarkand in Uzbekistan, Osh in Kyrgyzstan, Shymkent in Kazakhstan and Khujand in Tajikistan, each operating two flights a week.
"The routes will make business trips and tourism much more convenient," said a manager of the airport's international operations department.
Xinjiang has been expanding its air network as part of efforts to build itself into a regional hub for transportation and trade. In the first eight months of this year, Urumqi airport handled more than 1.9 million inbound and outbound passengers on international and regional flights.
""",
 after="""<div class="rel">Related: <p>Xinjiang's foreign trade rises in first eight months</p><p>China-Europe freight trains via Xinjiang hit new high</p></div>""",
 bottom="""<footer>Copyright © Tianshan Net. All Rights Reserved. 新ICP备05000287号</footer>""")

add(id="up-21", wrap="div", pstyle="plain",
 title="邯郸：老旧厂房变身文创园",
 authors=["张帆", "刘静"], publish_time="2025-09-12",
 css=".container{width:1100px;margin:auto}.kc{color:#b40000}",
 top="""<div>河北新闻网 | 河北日报 | 燕赵都市报 | 冀云客户端　<a>登录</a></div>
<div class="kc"><a>首页</a> <a>要闻</a> <a>各地</a> <a>经济</a> <a>文旅</a> <a>法治</a></div>
<div>河北新闻网 › 各地 › 邯郸</div>""",
 head="""<h1>{title}</h1><div class="d">2025-09-12　来源：燕赵都市报</div>""",
 body="""
燕赵都市报邯郸讯（记者 张　帆 通讯员 刘　静）红砖墙、老吊车、斑驳的厂房标语……走进邯郸市丛台区的“一九五八文创园”，浓浓的工业风扑面而来。这里原本是一家建于上世纪五十年代的纺织厂，如今已经变身为集文化创意、休闲消费于一体的城市新地标。
园区负责人介绍，改造过程中，他们保留了锯齿形厂房、水塔等工业遗存，引入书店、咖啡馆、设计工作室和小剧场等业态40余家。
“这里有我们那代人的记忆。”曾在纺织厂工作了30年的退休职工赵阿姨说，她经常带着孙子来园区转转，给孩子讲过去的故事。
据了解，园区开园一年来，累计接待游客120万人次，带动就业800余人。
据介绍，邯郸市目前已完成11处老旧厂房的改造利用，形成了文创园区、城市书房、运动公园等多种业态。下一步，当地将继续挖掘工业遗产资源，推动城市更新与文化传承相结合。
""",
 after="""<p class="meta">责任编辑：贾楠</p><div class="list"><h3>推荐阅读</h3><p>邯郸广府古城中秋灯会将启幕</p><p>邯郸新增两条城市公交线路</p></div>""",
 bottom="""<div class="ft">河北新闻网版权所有 本站法律顾问：河北某律师事务所<br>冀ICP备10212012号 冀公网安备13010802000026号</div>""")

add(id="up-22", wrap="html5", pstyle="plain",
 title="湘西十八洞村猕猴桃开园",
 authors=["向宏伟", "彭婷"], publish_time="2025年9月10日 17:53",
 css="body{background:#111;color:#eee}.live{color:#f33}.w{max-width:1200px;margin:auto}",
 top="""<div class="w">芒果TV新闻 · 湖南卫视新闻 <a>直播</a> <a>我的</a></div><div class="live">● 正在直播：湖南新闻联播</div>""",
 head="""<h1>{title}</h1><p>湖南卫视新闻　2025年9月10日 17:53　<span>播放量 3.6万</span></p><div class="vp">视频播放器 <img alt="" src=""></div>""",
 body="""
（记者 向宏伟 彭婷）9月10日，湘西土家族苗族自治州花垣县十八洞村的猕猴桃基地正式开园采摘。今年基地种植猕猴桃1000多亩，预计产量超过1500吨。
清晨，果园里就已热闹起来。村民们背着竹篓穿行在果架间，小心地把一个个饱满的猕猴桃摘下、分拣、装箱。
“今年雨水好，果子个头大、甜度高，收购价每斤比去年高了五毛钱。”村民施进兰一边忙着分拣，一边算着今年的收入。
近年来，十八洞村依托猕猴桃产业，发展电商销售和乡村旅游，村集体经济收入逐年增加，村民人均纯收入比十年前增长了十多倍。
据了解，今年十八洞村还与电商平台合作开设了直播间，猕猴桃开园首日线上订单就超过了一万单。村里的年轻人当起了主播，向网友介绍猕猴桃的种植过程和家乡的风土人情，产品远销北京、上海、广州等地。
""",
 after="""<p>本期编辑：田甜</p><div class="rec">推荐视频<p>张家界秋色正浓</p><p>湘江航道迎来秋季运输高峰</p></div>""",
 bottom="""<footer class="w">湖南广播影视集团 湖南广播电视台 版权所有 湘ICP备09002315号-1</footer>""")

add(id="up-23", wrap="app", pstyle="plain",
 title="我省出台措施支持高校毕业生到基层就业",
 authors=["孙丽颖"], publish_time="09-17 10:26",
 css="body{margin:0;max-width:640px}.app{padding:16px}.top{background:#1e66d0;color:#fff}",
 top="""<div class="top">冀云 · 河北新闻客户端　<span>打开</span></div>""",
 head="""<h1>{title}</h1><div class="au"><img alt="" src=""><span>冀云客户端</span> <span>09-17 10:26</span></div>""",
 body="""
冀云客户端讯（记者 孙丽颖）近日，省人力资源和社会保障厅等六部门联合印发通知，出台十项措施支持高校毕业生到基层就业创业。
通知明确，高校毕业生到乡镇机关事业单位工作，试用期工资可直接按试用期满后工资确定，并可高定薪级工资1至2级。到艰苦边远地区基层工作满3年的，在职称评审中同等条件下优先。
对到基层创业的高校毕业生，可申请最高30万元的创业担保贷款，并按规定享受贷款贴息。同时，各地要为到基层就业的毕业生提供周转住房等生活保障。
省人社厅相关负责人表示，今年全省将招募“三支一扶”人员1600名，并扩大乡村医生、教师等岗位的定向招聘规模。
通知还提出，各地各部门要健全基层就业服务体系，为高校毕业生提供岗位信息推送、职业指导和技能培训等服务，对在基层表现优秀的毕业生，在招录公务员、选拔干部时予以优先考虑。
""",
 after="""<p>编辑：林子涵　责编：杨帆</p><div>【打开冀云 查看更多精彩】</div><div>评论 0　点赞 58</div>""",
 bottom="")

add(id="up-24", wrap="table", pstyle="indent",
 title="密云水库上游开展“清河行动”",
 authors=["冯立"], publish_time="2025-09-11 16:45:31",
 css="body{font:12px Verdana;margin:0}.hd{background:#ddecfa}",
 top="""<table width="980" align="center" class="hd"><tr><td>密云区融媒体中心 · 密云新闻网</td><td>设为首页 | 收藏本站 | RSS</td></tr></table>
<table width="980" align="center"><tr><td><a>首页</a></td><td><a>密云要闻</a></td><td><a>镇街动态</a></td><td><a>民生服务</a></td><td><a>视频密云</a></td></tr></table>""",
 head="""<table width="100%"><tr><td align="center"><font size="5"><b>{title}</b></font></td></tr>
<tr><td align="center">作者：冯立　来源：密云区融媒体中心　时间：2025-09-11 16:45:31　人气：<b>733</b></td></tr></table>""",
 body="""
为保护首都重要饮用水源地，近日，密云区在水库上游的古北口、太师屯、高岭等镇开展“清河行动”，集中整治河道垃圾、违规养殖和乱堆乱放等问题。
行动中，区水务局会同各镇河长办组织巡河员、志愿者300余人，对潮河、白河及其支流开展拉网式排查，共清理河道垃圾86吨，拆除违规设置的拦河网具23处。
在太师屯镇，镇级河长带领巡河员沿河步行巡查，发现问题当场拍照上传至智慧河长平台，实行“发现—交办—整改—销号”闭环管理。
区水务局相关负责人表示，“清河行动”将持续到11月底，同时将建立长效管护机制，确保入库水质稳定保持在Ⅱ类标准。
此外，密云区还在沿河村庄开展“护水小卫士”活动，组织中小学生参与巡河护水，引导村民自觉维护河道环境，形成全民护水的良好氛围。
""",
 after="""<table width="100%"><tr><td>【<a>收藏</a>】【<a>打印</a>】【<a>关闭</a>】</td></tr><tr><td>上一篇：密云区秋季植树造林启动　下一篇：不老屯镇民俗旅游接待人数增长</td></tr></table>""",
 bottom="""<table width="980" align="center" class="hd"><tr><td align="center">主办：密云区融媒体中心　京ICP备11043092号　京公网安备11022802000185号</td></tr></table>""")
