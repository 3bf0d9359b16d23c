# Media pages: wy-13 ... wy-24 (provincial/city portals, TV/radio sites, central media, 2 English pages). All invented.
PAGES = []

# wy-13 云南 provincial news portal, 2015 layout, 本报讯 byline inside paragraph, 责任编辑 in info bar
PAGES.append(dict(
    id="wy-13", kind="media", title="云南鲜切花出口前5个月同比增长两成",
    authors=["和丽娟", "普燕"], time="2025-06-09 07:12:36", style="u3000",
    css="""body{margin:0;font:14px/1.6 "Microsoft YaHei";background:#f2f2f2}.tp{background:#222;color:#bbb;font-size:12px;padding:4px 15%}.tp a{color:#bbb;margin-right:10px}
.lg{background:#fff;padding:14px 15%;font-size:30px;color:#0b7a3b;font-weight:bold}.ch{background:#0b7a3b;padding:0 15%}.ch a{color:#fff;margin-right:20px;line-height:38px}
.wp{width:1000px;margin:12px auto;background:#fff;padding:20px 30px;overflow:hidden}.ml{float:left;width:680px}.mr{float:right;width:270px;font-size:13px}
h1{font-size:26px;margin:12px 0}.sr{color:#999;font-size:12px;border-bottom:1px solid #eee;padding-bottom:8px}.ml p{font-size:16px;line-height:1.9}
.pic-cap{color:#666;font-size:13px}.ft{text-align:center;font-size:12px;color:#888;padding:20px}""",
    html="""<html><head><meta charset="utf-8"><title>云南鲜切花出口前5个月同比增长两成_云岭新闻网</title><style>@@CSS@@</style></head><body>
<div class="tp"><a href="#">云岭新闻网首页</a><a href="#">云南日报</a><a href="#">春城晚报</a><a href="#">手机版</a><a href="#">客户端</a></div>
<div class="lg">云岭新闻网 <span style="font-size:14px;color:#888">云南重点新闻网站</span></div>
<div class="ch"><a href="#">首页</a><a href="#">新闻</a><a href="#">财经</a><a href="#">州市</a><a href="#">文旅</a><a href="#">视频</a><a href="#">图片</a><a href="#">评论</a></div>
<div class="wp"><div class="ml">
<div style="font-size:12px;color:#666">您当前的位置 ：<a href="#">云岭新闻网</a> &gt;&gt; <a href="#">云南新闻</a> &gt;&gt; <a href="#">财经</a></div>
<h1>云南鲜切花出口前5个月同比增长两成</h1>
<div class="sr">2025-06-09 07:12:36　　来源：云南日报　　作者：和丽娟　　责任编辑：沈雪</div>
@@BODY@@
<p style="text-align:right;color:#999;font-size:12px">（编辑：杨舒 审核：马骏）</p>
<p>分享到：微信 微博 QQ</p>
<h4>相关新闻</h4><ul><li><a href="#">斗南花卉市场日均交易量超1000万枝</a></li><li><a href="#">云南高原特色农产品出口保持增长</a></li></ul>
</div>
<div class="mr"><h4>热点排行</h4><ol><li><a href="#">昆明发布高温黄色预警</a></li><li><a href="#">滇中引水工程传来新进展</a></li><li><a href="#">“云品”亮相南博会</a></li></ol><p>扫一扫，下载云岭新闻客户端</p></div>
</div>
<div class="ft">云岭新闻网版权所有，未经书面授权禁止使用<br>互联网新闻信息服务许可证编号：53120170003　滇ICP备08100266号-1　滇公网安备 53010202000428号<br>违法和不良信息举报电话：0871-64100120</div>
</body></html>""",
    body="""
本报讯（记者 和丽娟 通讯员 普　燕）记者从昆明海关获悉，今年前5个月，云南省鲜切花出口额达6.8亿元，同比增长21.4%，出口目的地扩展至52个国家和地区。
从出口品种看，玫瑰、康乃馨、洋桔梗仍是出口主力，三者合计占出口总额的七成以上；绣球、蝴蝶兰等高附加值品种增势明显。从出口市场看，日本、泰国、新加坡等传统市场稳中有升，中东和中亚市场成为新的增长点，其中对阿联酋出口额同比增长近一倍。
! 工作人员在斗南花卉市场分拣出口鲜切花
“以前鲜花从昆明运到曼谷要两天，现在通过中老铁路冷链班列加航空联运，最快20多个小时就能上架。”一家花卉出口企业负责人介绍，物流时效提升让企业敢接更远的订单。
为保障鲜切花快速通关，昆明海关在斗南花卉交易中心设立监管点，推行“预约查验+即报即放”模式，对符合条件的鲜切花实行“随到随检”，平均通关时间压缩至2小时以内。同时，海关指导企业建立出口种植基地备案和质量追溯体系，帮助企业应对进口国检疫要求。
业内人士认为，随着国际市场需求回暖和物流通道持续畅通，云南鲜花出口有望保持较快增长。
"""))

# wy-14 江西 TV site, video news page, 记者 line after body with spaced names, 编辑 line
PAGES.append(dict(
    id="wy-14", kind="media", title="鄱阳湖区早稻陆续进入灌浆期 农技人员下田指导防病",
    authors=["黄晨", "刘海涛"], time="2025年06月10日 19:48:05", style="p",
    css="""body{margin:0;background:#111;color:#ddd;font-family:"Microsoft YaHei"}.nav{display:flex;gap:20px;padding:14px 6%;background:#000}.nav a{color:#ddd}
.nav .lg{color:#f2b31b;font-size:22px;font-weight:bold;margin-right:30px}.player{width:880px;height:300px;margin:20px auto;background:#222;color:#777;display:flex;align-items:flex-end;padding:10px;box-sizing:border-box}
.box{width:880px;margin:0 auto}.box h1{font-size:24px;color:#fff}.inf{font-size:13px;color:#888}.box p{line-height:1.9;font-size:16px}
.note{color:#999;font-size:14px}.rel{width:880px;margin:20px auto;border-top:1px solid #333}.rel a{color:#bbb}.ft{text-align:center;color:#666;font-size:12px;padding:30px}""",
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>赣鄱视听-江西网络广播电视台</title><style>@@CSS@@</style></head><body>
<div class="nav"><span class="lg">赣鄱视听</span><a href="#">首页</a><a href="#">新闻</a><a href="#">直播</a><a href="#">江西卫视</a><a href="#">都市频道</a><a href="#">点播</a><a href="#">下载APP</a></div>
<div class="player">▶　00:00 / 02:16　　　清晰度　全屏</div>
<div class="box">
<h1>鄱阳湖区早稻陆续进入灌浆期 农技人员下田指导防病</h1>
<div class="inf">发布时间：2025年06月10日 19:48:05　　来源：江西卫视《江西新闻联播》　　播放：</div>
@@BODY@@
<p class="note">记者：黄&nbsp;&nbsp;晨　刘海涛</p>
<p class="note">编辑：方&nbsp;&nbsp;圆　责编：彭&nbsp;&nbsp;玲</p>
</div>
<div class="rel"><h3>相关视频</h3><p><a href="#">江西：抢抓晴好天气 推进夏收夏种</a> 01:58</p><p><a href="#">赣州：脐橙果园开展夏季管护</a> 02:03</p></div>
<div class="ft">江西网络广播电视台 版权所有　信息网络传播视听节目许可证：1402006号<br>赣ICP备10003672号-1　赣公网安备 36010802000219号</div>
</body></html>""",
    body="""
眼下，鄱阳湖区早稻陆续进入灌浆期，这是决定产量的关键阶段。连日来，余干、鄱阳、都昌等县的农技人员深入田间，指导农户做好病虫害防治和水肥管理。
在余干县瑞洪镇的一处种粮大户田里，稻穗已经低垂。县农技中心的技术人员蹲在田埂上，仔细查看稻叶上的病斑。
> “这几天高温高湿，稻瘟病和纹枯病容易发生，要抓住晴好天气及时用药，同时浅水勤灌，保持田间湿润。”
种粮大户陈国平今年种了800多亩早稻，他告诉记者，前几天刚按照技术人员的建议完成了一轮统防统治，现在长势比去年还要好，预计亩产能达到900斤以上。
据了解，今年全省早稻种植面积稳定在1800万亩左右。为确保早稻丰收，省农业农村厅组织了1200多名农技人员组成技术服务队，分片包干开展技术指导，同时调度植保无人机2万余架次，开展统防统治作业。
"""))

# wy-15 山东 city news portal, 2013 design, YMG bylines in info bar, photo credits
PAGES.append(dict(
    id="wy-15", kind="media", title="烟台大樱桃进入采摘高峰 “樱桃经济”持续升温",
    authors=["于洋", "刘子健"], time="2025-06-10 08:05:16", style="p",
    css="""body{margin:0;font:14px 宋体;background:#fff}.top{width:980px;margin:0 auto;height:80px;line-height:80px;font-size:32px;color:#0050a0;font-family:黑体}
.menu{background:#0050a0}.menu div{width:980px;margin:0 auto}.menu a{color:#fff;line-height:34px;padding:0 12px;font-size:14px}
.main{width:980px;margin:10px auto}.lm{float:left;width:650px}.rm{float:right;width:310px;background:#f5f5f5}.title{font-size:24px;font-family:黑体;text-align:center;margin:15px 0}
.info{text-align:center;color:#666;font-size:12px;background:#f7f7f7;padding:5px}.lm p{font-size:15px;line-height:2}.pic-cap{color:#00509f}.cl{clear:both}
.bot{border-top:2px solid #0050a0;text-align:center;font-size:12px;padding:12px;color:#555}""",
    html="""<html><head><meta charset="utf-8"><title>港城新闻网</title><style>@@CSS@@</style></head><body>
<div class="top">港城新闻网 <span style="font-size:14px;color:#999">烟台市重点新闻网站</span></div>
<div class="menu"><div><a href="#">首页</a>|<a href="#">烟台</a>|<a href="#">国内</a>|<a href="#">国际</a>|<a href="#">财经</a>|<a href="#">社会</a>|<a href="#">文娱</a>|<a href="#">旅游</a>|<a href="#">房产</a>|<a href="#">论坛</a></div></div>
<div class="main"><div class="lm">
<div style="font-size:12px">当前位置：<a href="#">首页</a> → <a href="#">烟台新闻</a> → 正文</div>
<div class="title">烟台大樱桃进入采摘高峰 “樱桃经济”持续升温</div>
<div class="info">2025-06-10 08:05:16　来源：烟台日报　作者：YMG记者 于&nbsp;&nbsp;洋 通讯员 刘子健　编辑：曲晓彤</div>
@@BODY@@
<p>【<a href="#">我要纠错</a>】 责任编辑：曲晓彤</p>
<p>上一篇：<a href="#">烟台市区新增3条定制公交线路</a><br>下一篇：<a href="#">蓬莱阁景区推出夜游产品</a></p>
</div>
<div class="rm"><h4>图片新闻</h4><p><a href="#">养马岛迎来观鸟季</a></p><p><a href="#">芝罘湾畔的夏日晨光</a></p><h4>24小时排行</h4><p>1 <a href="#">烟台发布暴雨蓝色预警</a></p><p>2 <a href="#">福山区樱桃采摘节开幕</a></p></div>
<div class="cl"></div></div>
<div class="bot">港城新闻网版权所有　鲁ICP备09032718号　互联网新闻信息服务许可证：37120170010<br>本网站所刊登的各种新闻、信息和专栏资料，均为港城新闻网版权所有，未经协议授权，禁止下载使用</div>
</body></html>""",
    body="""
连日来，随着气温升高，烟台各大樱桃产区陆续进入采摘高峰期。在福山区张格庄镇的樱桃园里，红彤彤的果实挂满枝头，果农们忙着采摘、分拣、装箱，前来采摘的游客络绎不绝。
!! 游客在福山区一处樱桃园采摘大樱桃。YMG记者 于洋 摄
“今年雨水调和，樱桃个头大、糖度高，‘美早’品种地头收购价每斤能卖到25元左右。”种植户王建军一边采摘一边算账，他家12亩樱桃园预计收入能超过40万元。
樱桃成熟，带火的不只是果园。张格庄镇今年推出“樱桃+民宿+研学”套餐，周边20多家民宿周末入住率接近满房；镇上的樱桃交易市场每天发往全国各地的快递超过3万单，顺丰、京东等物流企业在产地设立临时揽收点，实现“上午采摘、次日到达”。
据了解，烟台大樱桃种植面积约42万亩，预计今年总产量超过35万吨。为延长产业链条，当地还引进樱桃果酒、果干、冻干粉等深加工企业，让“小樱桃”成为乡村振兴的“大产业”。
"""))

# wy-16 central media portal, 新华社 dateline byline inside first paragraph, 责任编辑 bracket
PAGES.append(dict(
    id="wy-16", kind="media", title="北京今年将新增5000个普惠托位",
    authors=["林晓", "彭一鸣"], time="2025-06-11 15:32:08", style="p",
    css="""body{margin:0;font-family:"Microsoft YaHei";color:#222}.hb{border-bottom:4px solid #c00;padding:10px 10%;display:flex;justify-content:space-between}
.hb .l{font-size:28px;color:#c00;font-weight:bold}.hb a{margin-left:10px;font-size:13px}.cn{padding:6px 10%;background:#f6f6f6;font-size:14px}.cn a{margin-right:16px}
.main{width:860px;margin:20px auto}.main h1{font-size:30px;line-height:1.3}.hd-info{font-size:14px;color:#888;margin-bottom:20px}.hd-info span{margin-right:14px}
.main p{font-size:18px;line-height:1.8}.edit{text-align:right;color:#888;font-size:14px}.foot{background:#f6f6f6;padding:20px 10%;font-size:12px;color:#888;margin-top:30px}""",
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>北京今年将新增5000个普惠托位-华夏新闻网</title><style>@@CSS@@</style></head><body>
<div class="hb"><span class="l">华夏新闻网</span><span><a href="#">English</a><a href="#">Français</a><a href="#">移动版</a><a href="#">客户端</a><a href="#">登录</a></span></div>
<div class="cn"><a href="#">首页</a><a href="#">时政</a><a href="#">地方</a><a href="#">国际</a><a href="#">财经</a><a href="#">教育</a><a href="#">健康</a><a href="#">图片</a><a href="#">视频</a></div>
<div class="main">
<div style="font-size:13px;color:#999">华夏新闻网 &gt; 地方频道 &gt; 北京 &gt; 正文</div>
<h1>北京今年将新增5000个普惠托位</h1>
<div class="hd-info"><span>2025-06-11 15:32:08</span><span>来源：新华社</span><span>字体：<a href="#">小</a> <a href="#">中</a> <a href="#">大</a></span><span>分享到：</span></div>
@@BODY@@
<p class="edit">【纠错】 【责任编辑：宋佳】</p>
<h3>阅读下一篇：</h3><p><a href="#">北京：中小学暑期托管服务7月中旬启动</a></p>
</div>
<div class="foot">Copyright © 2000-2025 华夏新闻网 All Rights Reserved.　制作单位：华夏新闻网　版权所有<br>京ICP证010062号　京公网安备 11010502032411号</div>
</body></html>""",
    body="""
新华社北京6月11日电（记者 林晓 彭一鸣）记者11日从北京市卫生健康委获悉，北京今年将新增普惠托位5000个，到年底全市每千人口拥有3岁以下婴幼儿托位数将达到4.8个。
据介绍，新增托位将主要通过三种方式供给：支持社区嵌入式托育机构建设，鼓励幼儿园开设2至3岁托班，推动用人单位为职工提供福利性托育服务。对新建、改扩建的普惠托育机构，北京将按照每个托位1万元的标准给予一次性建设补贴，并按照实际收托人数给予运营补贴。
在收费方面，普惠托育机构实行政府指导价，全日托每月收费原则上不超过当地同类型公办幼儿园保育教育费的两倍。
北京市卫生健康委有关负责人表示，将加强托育服务质量监管，推进托育机构视频监控全覆盖，定期开展保育人员培训，让家长放心送、安心托。
目前，北京已有备案托育机构1300余家，其中普惠性机构占比超过四成。
"""))

# wy-17 北京 city paper app share page, mobile layout, byline in header, credits at foot
PAGES.append(dict(
    id="wy-17", kind="media", title="永定门外滨水步道全线贯通",
    authors=["胡晓"], time="2025-06-11 21:06",
    css="""body{margin:0;max-width:640px;font-family:-apple-system,"PingFang SC";background:#fff}
.app{position:sticky;top:0;background:#e4393c;color:#fff;display:flex;justify-content:space-between;padding:10px 14px;font-size:14px}
.app b{font-size:16px}.app a{background:#fff;color:#e4393c;border-radius:14px;padding:2px 12px}
.c{padding:16px}.c h1{font-size:22px;line-height:1.45}.who{font-size:13px;color:#999}.who span{margin-right:8px}
.c p{font-size:17px;line-height:1.8;color:#333}.pic-cap{font-size:13px;color:#888}.note{font-size:13px;color:#aaa}
.more{border-top:8px solid #f4f4f4;padding:14px}.more div{padding:8px 0;border-bottom:1px solid #eee}""",
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>永定门外滨水步道全线贯通</title><style>@@CSS@@</style></head><body>
<div class="app"><span><b>京报新闻</b> 打开APP 看更多精彩</span><a href="#">打开</a></div>
<div class="c">
<h1>永定门外滨水步道全线贯通</h1>
<div class="who"><span>京报新闻</span><span>记者 胡&nbsp;&nbsp;晓</span><span>2025-06-11 21:06</span></div>
@@BODY@@
<p class="note">来源：京报新闻　记者：胡晓　流程编辑：U027</p>
<p class="note">版权归京报新闻所有，未经授权不得转载</p>
</div>
<div class="more"><h4>推荐阅读</h4><div>北京中心城区首批“口袋公园”亮相<br><small>京报新闻 · 2小时前</small></div><div>暑期将至，北京各大博物馆延长开放时间<br><small>京报新闻 · 5小时前</small></div></div>
<div style="text-align:center;padding:16px;color:#e4393c">打开京报新闻APP，阅读体验更佳</div>
</body></html>""",
    body="""
6月11日，记者从东城区获悉，永定门外护城河南岸滨水步道近日全线贯通，全长约3.2公里，串联起永定门公园、燕墩、左安门角楼遗址等多处历史文化节点，市民可以沿河一路步行至左安门。
! 贯通后的永定门外滨水步道。记者 胡晓 摄
以往，这段河岸被围墙、停车场和部分临时建筑分割，步行不连续。此次改造拆除了沿线违建1.1万平方米，新增绿地约2.6万平方米，铺设透水步道和健身跑道，并在临水处设置了亲水平台和休憩座椅。
“晚饭后从家走过来，沿着河边能一直走到角楼，再也不用绕到马路上了。”家住永定门外的居民刘阿姨说。
沿线还设置了12处历史文化标识牌，介绍南中轴线和护城河的历史变迁，扫码即可收听语音讲解。东城区相关负责人介绍，下一步将结合南中轴地区整体提升，继续完善沿线夜景照明和公共卫生间等配套设施。
"""))

# wy-18 English page of a Yunnan outlet, By line with two names
PAGES.append(dict(
    id="wy-18", kind="media", lang="en", title="Kunming flower auction posts record June volumes as exports climb",
    authors=["ZHANG Wei", "LI Na"], time="2025-06-12 14:20",
    css="""body{margin:0;font-family:Georgia,serif;color:#222}.mast{display:flex;justify-content:space-between;align-items:center;padding:14px 8%;border-bottom:1px solid #ddd}
.mast .n{font-size:30px;font-weight:bold;color:#176b3a}.mast a{font-family:Arial;font-size:13px;margin-left:12px}
.sec{font-family:Arial;font-size:14px;padding:8px 8%;background:#176b3a}.sec a{color:#fff;margin-right:18px}
article{max-width:760px;margin:24px auto}article h1{font-size:34px;line-height:1.2}.by{font-family:Arial;font-size:13px;color:#666;text-transform:none}
article p{font-size:18px;line-height:1.7}.pic-cap{font-family:Arial;font-size:13px;color:#777}.note{font-family:Arial;font-size:13px;color:#888}
.side{max-width:760px;margin:0 auto;font-family:Arial}footer{background:#0f3f24;color:#cfe3d6;padding:22px 8%;font-family:Arial;font-size:12px}""",
    html="""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Kunming flower auction posts record June volumes - Yunnan Today</title><style>@@CSS@@</style></head><body>
<div class="mast"><span class="n">Yunnan Today</span><span><a href="#">中文</a><a href="#">Subscribe</a><a href="#">Search</a></span></div>
<div class="sec"><a href="#">Home</a><a href="#">News</a><a href="#">Business</a><a href="#">Travel</a><a href="#">Culture</a><a href="#">Photos</a><a href="#">Video</a></div>
<article>
<div style="font-family:Arial;font-size:13px">Home &gt; Business</div>
<h1>Kunming flower auction posts record June volumes as exports climb</h1>
<p class="by">By ZHANG Wei and LI Na | Updated: 2025-06-12 14:20 | Yunnan Today</p>
@@BODY@@
<p class="note">Editor: Sarah Chen</p>
<p>Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">WeChat</a></p>
</article>
<div class="side"><h3>Most Popular</h3><ol><li><a href="#">Yunnan's coffee growers bet on specialty beans</a></li><li><a href="#">Dali old town reopens renovated south gate</a></li><li><a href="#">Elephant herd spotted near Pu'er tea farms</a></li></ol></div>
<footer>Copyright 2025 Yunnan Today. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to Yunnan Today.<br>滇ICP备12004417号-3 | <a href="#" style="color:#cfe3d6">About us</a> | <a href="#" style="color:#cfe3d6">Contact us</a></footer>
</body></html>""",
    body="""
Trading at the Dounan flower auction center in Kunming reached a record for the first ten days of June, as overseas demand for cut roses and hydrangeas picked up and new cold-chain routes shortened delivery times to Southeast Asia.
The center auctioned an average of 4.6 million stems a day between June 1 and 10, up 18 percent from the same period last year, according to figures released by the center on Thursday.
! Buyers follow prices on the digital board at the Dounan auction hall in Kunming. [Photo by LI Na / Yunnan Today]
"Demand from Thailand and the Middle East has been stronger than we expected for the summer," said Yang Min, a manager at a Kunming-based exporter. "A year ago we mostly sold to domestic wholesalers in June. Now almost a third of our roses go abroad."
Growers say the China-Laos Railway has changed their business. Refrigerated containers of flowers now leave Kunming several times a week and reach Vientiane in about ten hours, where some are trucked on to Bangkok.
Local officials said they would expand cold storage near the auction center and train more growers in post-harvest handling, which accounts for much of the quality loss in exported flowers.
"""))

# wy-19 English page of a Beijing outlet, wire copy with only a source, dateline in first paragraph
PAGES.append(dict(
    id="wy-19", kind="media", lang="en", title="Beijing opens 30 new pocket parks ahead of summer",
    authors=[], time="June 12, 2025",
    css="""body{margin:0;font-family:Arial,Helvetica,sans-serif;background:#f4f4f4}.t{background:#003a70;color:#fff;padding:10px 12%;font-size:12px}.t a{color:#fff;margin-right:10px}
.logo{background:#fff;padding:18px 12%;font-size:28px;font-weight:bold;color:#003a70}.nav{background:#fff;border-top:1px solid #ddd;padding:0 12% 10px}.nav a{margin-right:16px;color:#003a70}
.w{width:980px;margin:16px auto;background:#fff;padding:24px 40px}.w h1{font-size:30px;color:#111}.src{font-size:13px;color:#777;border-bottom:1px solid #ddd;padding-bottom:6px}
.w p{font-size:16px;line-height:1.7}.note{color:#888;font-size:13px}.rel li{margin:4px 0}.f{text-align:center;font-size:12px;color:#888;padding:20px}""",
    html="""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Beijing opens 30 new pocket parks ahead of summer</title><style>@@CSS@@</style></head><body>
<div class="t"><a href="#">中文</a><a href="#">Mobile</a><a href="#">Newsletter</a> Thursday, June 12, 2025</div>
<div class="logo">Capital Daily English</div>
<div class="nav"><a href="#">Home</a><a href="#">Beijing</a><a href="#">China</a><a href="#">World</a><a href="#">Business</a><a href="#">Culture</a><a href="#">Opinion</a><a href="#">Life</a></div>
<div class="w">
<p style="font-size:12px;color:#777">You are here: Home &gt; Beijing &gt; Environment</p>
<h1>Beijing opens 30 new pocket parks ahead of summer</h1>
<div class="src">Source: Xinhua | Updated: June 12, 2025 | <a href="#">Print</a> | <a href="#">Mail</a> | <a href="#">Large</a> <a href="#">Medium</a> <a href="#">Small</a></div>
@@BODY@@
<p class="note">Editor: Liu Yang</p>
<h3>Related stories</h3><ul class="rel"><li><a href="#">Beijing's central axis marks heritage anniversary</a></li><li><a href="#">City adds 100 km of greenways this year</a></li><li><a href="#">Summer opening hours extended at Beijing parks</a></li></ul>
</div>
<div class="f">Copyright © Capital Daily English. All rights reserved. 京ICP备06051377号</div>
</body></html>""",
    body="""
BEIJING, June 12 (Xinhua) -- Beijing has opened 30 new pocket parks and small green spaces across its central districts, giving residents more places to walk and rest as temperatures rise, the city's landscaping authority said Thursday.
The parks, most of them smaller than half a hectare, were built on vacant lots, former parking areas and land cleared of illegal structures in Dongcheng, Xicheng, Chaoyang, Haidian and Fengtai districts.
Many include shaded seating, drinking fountains and play areas for children, and several have been designed with residents' suggestions collected through neighborhood meetings, the Beijing Municipal Forestry and Parks Bureau said.
The city plans to add another 20 pocket parks by the end of the year, bringing the total built since 2019 to more than 300, the bureau said. About 90 percent of residents in the capital's urban areas now live within 500 meters of a park, according to official data.
"""))

# wy-20 山东 radio site, 2011 table layout, 作者 in info bar (no spaces after colons), closing bracket byline
PAGES.append(dict(
    id="wy-20", kind="media", title="临沂多地小麦收获进度过半 夏种同步展开",
    authors=["周磊", "孙佳琪"], time="2025-6-12 18:40:00", style="br", htag="b",
    css="""body{margin:0;font-size:12px;font-family:宋体;background:#dfe8f0}table{border-collapse:collapse}.w{width:960px;background:#fff}
.lg{background:#0e5aa7;color:#fff;font-size:26px;height:86px;padding-left:20px;font-family:黑体}.mn{background:#f0a020}.mn a{color:#fff;font-weight:bold;padding:0 10px;line-height:30px}
.tit{font-size:20px;font-weight:bold;text-align:center;color:#0e5aa7;padding:14px 0 6px}.inf{text-align:center;color:#777;border-bottom:1px dotted #999;padding-bottom:6px}
.TRS_Editor{font-size:14px;line-height:26px;padding:10px 20px}.bt{background:#0e5aa7;color:#fff;text-align:center;padding:8px;line-height:20px}""",
    html="""<html><head><meta charset="utf-8"><title>临沂多地小麦收获进度过半 夏种同步展开--山东广播经济频道</title><style>@@CSS@@</style></head><body>
<table class="w" align="center" cellpadding="0" cellspacing="0">
<tr><td class="lg">山东广播经济频道 <span style="font-size:13px">FM96.0 AM1143</span></td><td class="lg" align="right" style="font-size:12px;padding-right:10px">在线收听 | 节目单 | 主持人</td></tr>
<tr><td class="mn" colspan="2"><a href="#">首页</a><a href="#">新闻资讯</a><a href="#">三农之声</a><a href="#">财经观察</a><a href="#">节目回听</a><a href="#">主持人</a><a href="#">互动社区</a></td></tr>
<tr><td colspan="2" style="padding:6px 10px">当前位置：<a href="#">首页</a>&gt;&gt;<a href="#">新闻资讯</a>&gt;&gt;<a href="#">三农之声</a></td></tr>
<tr><td colspan="2">
<table width="100%"><tr><td width="700" valign="top">
<div class="tit">临沂多地小麦收获进度过半 夏种同步展开</div>
<div class="inf">发布时间:2025-6-12 18:40:00&nbsp;&nbsp;作者:周磊&nbsp;&nbsp;来源:山东广播经济频道&nbsp;&nbsp;点击:</div>
@@BODY@@
<div style="text-align:right;padding-right:20px">【<a href="#">关闭窗口</a>】</div>
</td><td width="240" valign="top" style="background:#f5f8fb;padding:8px"><b>热点新闻</b><br>· <a href="#">山东夏粮收购全面启动</a><br>· <a href="#">菏泽牡丹籽油走俏市场</a><br>· <a href="#">潍坊蔬菜价格小幅回落</a><br><br><b>节目预告</b><br>18:00 《三农之声》<br>19:00 《财经夜话》</td></tr></table>
</td></tr>
<tr><td class="bt" colspan="2">山东广播电视台经济广播 版权所有 Copyright(C) 2011-2025<br>鲁ICP备09012405号 信息网络传播视听节目许可证号：1508201</td></tr>
</table></body></html>""",
    body="""
记者从临沂市农业农村局了解到，截至6月12日，全市小麦已收获268万亩，占种植面积的55%，兰陵、郯城、沂南等县区收获进度超过六成。
# 机收率超过99%
今年临沂共投入小麦联合收割机1.2万台，其中带秸秆粉碎还田装置的占九成以上。在兰陵县长城镇，十几台收割机在麦田里来回穿梭，一亩地十来分钟就能收完。农机手王德胜说，今年麦子长得匀，倒伏少，收起来顺手，每天能收200多亩。
# 抢收抢种两不误
在收获的同时，夏玉米、夏大豆播种同步展开。全市推广玉米免耕精量播种和大豆玉米带状复合种植，已播种夏季作物120万亩。临沂市农业农村局农技推广站站长李文军提醒，近期有降雨过程，农户要抢抓墒情适时播种，已播地块要及时查苗补种。
据气象部门预测，未来一周临沂以晴到多云天气为主，有利于小麦收获晾晒。（山东台记者 周　磊 孙佳琪）
"""))

# wy-21 江西 county 融媒体中心, responsive 2022, source/author/date glued in one line
PAGES.append(dict(
    id="wy-21", kind="media", title="吉安县：井冈蜜柚保果稳产技术培训开进田间地头",
    authors=["刘思琪", "欧阳晨"], time="2025-06-13 11:18",
    css="""body{margin:0;font-family:"PingFang SC","Microsoft YaHei";background:#f7f7f7}.h{background:#fff;display:flex;justify-content:space-between;padding:12px 7%;align-items:center}
.h .lg{font-size:24px;color:#e3541f;font-weight:bold}.h nav a{margin-left:18px;color:#333}.wrap{max-width:820px;margin:18px auto;background:#fff;padding:28px 40px}
.wrap h1{font-size:26px;line-height:1.4}.meta{color:#999;font-size:13px}.meta span{margin-right:0}.wrap p{font-size:17px;line-height:1.9;color:#333}
.pic-cap{font-size:14px;color:#888}.ft{text-align:center;font-size:12px;color:#999;padding:24px}""",
    html="""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>吉安县融媒体中心</title><style>@@CSS@@</style></head><body>
<div class="h"><span class="lg">吉安县融媒</span><nav><a href="#">首页</a><a href="#">时政</a><a href="#">乡镇</a><a href="#">民生</a><a href="#">视频</a><a href="#">专题</a><a href="#">下载客户端</a></nav></div>
<div class="wrap">
<p style="font-size:13px;color:#999">首页 / 乡镇 / 正文</p>
<h1>吉安县：井冈蜜柚保果稳产技术培训开进田间地头</h1>
<div class="meta"><span>来源：吉安县融媒体中心</span><span>作者：刘思琪 欧阳晨</span><span>2025-06-13 11:18</span></div>
@@BODY@@
<p style="font-size:14px;color:#999">责任编辑：曾&nbsp;&nbsp;丹　　值班主任：钟伟</p>
<p style="text-align:center">【<a href="#">点赞</a>】　【<a href="#">收藏</a>】　【<a href="#">分享</a>】</p>
</div>
<div class="ft">吉安县融媒体中心 主办　赣ICP备19008823号-1<br>新闻热线：0796-8431122　违法和不良信息举报：0796-8431199</div>
</body></html>""",
    body="""
6月12日，在吉安县永和镇的一处蜜柚基地，县果业发展中心的技术员正手把手教果农疏果、套袋。“一个枝头只留一个果，留下的果子才长得大、卖得上价。”技术员罗建华一边示范，一边讲解。
入夏以来，吉安县气温偏高、降雨集中，部分果园出现落果和溃疡病苗头。为保障井冈蜜柚稳产提质，县农业农村局组织果业技术骨干组成5支服务队，分赴全县蜜柚主产乡镇开展技术培训和巡回指导。
! 技术员在果园为果农讲解疏果要点
培训围绕夏季修剪、科学施肥、病虫害绿色防控和排水防涝等内容展开，技术员还针对果农提出的问题现场“开方子”。永和镇果农周小兵说：“以前凭经验管果园，落果多也找不到原因，现在专家来到地头，心里有底了。”
截至目前，服务队已在全县开展培训32场，培训果农1500余人次，发放技术手册3000余份。
"""))

# wy-22 云南 city TV site, 2020 design, 记者/通讯员 line under headline, 编辑/审核 below body
PAGES.append(dict(
    id="wy-22", kind="media", title="昆明今年首批城市更新项目集中开工",
    authors=["段雪", "杨帆"], time="2025-06-13 20:15",
    css="""body{margin:0;font-family:"Microsoft YaHei";color:#333}.hd{height:70px;background:#00308f;display:flex;align-items:center;padding:0 10%;color:#fff}
.hd b{font-size:24px;margin-right:40px}.hd a{color:#fff;margin-right:20px}.live{background:#ffcc00;color:#00308f;padding:4px 10px;border-radius:3px}
.grid{display:grid;grid-template-columns:1fr 300px;gap:30px;padding:20px 10%}.ti{font-size:28px;margin:0 0 10px}.info{color:#999;font-size:13px}
.au{color:#555;font-size:15px;font-weight:bold}.art p{font-size:17px;line-height:1.9}.side{background:#f3f6fb;padding:14px;font-size:14px}
.ft{background:#00205f;color:#9fb0d6;padding:20px 10%;font-size:12px}""",
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>春城电视网</title><style>@@CSS@@</style></head><body>
<div class="hd"><b>春城电视网</b><a href="#">首页</a><a href="#">新闻</a><a href="#">节目</a><a href="#">春城号</a><a href="#">专题</a><span class="live">直播 昆明-1</span></div>
<div class="grid"><div class="art">
<p style="font-size:13px;color:#888">当前位置：首页 &gt; 新闻 &gt; 昆明新闻</p>
<h1 class="ti">昆明今年首批城市更新项目集中开工</h1>
<div class="info">2025-06-13 20:15　　春城电视网　　浏览量：</div>
<p class="au">记者：段雪　通讯员：杨帆</p>
@@BODY@@
<p style="color:#999;font-size:14px">编辑：罗晓慧　　责编：吴思　　审核：钱进</p>
</div>
<div class="side"><h4>视频推荐</h4><p><a href="#">《昆明新闻》6月13日完整版</a></p><p><a href="#">滇池草海湿地迎来紫水鸡繁殖季</a></p><p><a href="#">昆明地铁6号线二期进展</a></p><h4>扫码关注</h4><p>春城电视网官方微信</p></div></div>
<div class="ft">昆明广播电视台　春城电视网 版权所有<br>信息网络传播视听节目许可证：2507145　滇ICP备11003021号-4　滇公网安备 53010202000657号</div>
</body></html>""",
    body="""
6月13日上午，昆明市2025年第一批城市更新项目集中开工仪式在盘龙区举行。此次集中开工项目共42个，总投资约186亿元，涵盖老旧小区改造、城中村改造、老旧街区焕新和基础设施补短板等类别。
在主会场盘龙区金星片区，施工机械已进场作业。该片区改造将拆除危旧房屋约11万平方米，新建安置住房、社区养老服务中心和一所24班小学，并打通两条断头路。
“等了好多年，终于盼到开工了。”在现场观看开工仪式的居民张国平说，他家住的房子建于上世纪80年代，雨季屋顶漏水，出行也不方便。
据了解，今年昆明计划实施城市更新项目120个以上，其中改造老旧小区268个、惠及居民3.6万户。市住房城乡建设局负责人表示，城市更新将坚持“留改拆”并举，注重保留城市记忆，同步完善停车、充电、养老、托育等配套设施，让群众住得更舒心。
"""))

# wy-23 national portal repost, 原标题 line, source newspaper, 记者 line on its own, editor code
PAGES.append(dict(
    id="wy-23", kind="media", title="青岛第一海水浴场6月15日开放 今年新增夜间游泳区",
    authors=["孔令宇"], time="2025-06-14 09:21:47",
    css="""body{margin:0;font-family:"Microsoft YaHei";color:#404040}.ne_top{background:#fff;border-bottom:1px solid #e5e5e5;padding:8px 8%;font-size:12px}
.ne_top a{margin-right:12px;color:#404040}.ch{padding:14px 8%;font-size:22px;color:#d0021b}.ch small{font-size:13px;color:#888;margin-left:20px}
.post{width:680px;margin:20px 0 0 8%;float:left}.post h1{font-size:30px;line-height:1.35;color:#404040}.post_info{font-size:14px;color:#888}
.post p{font-size:18px;line-height:1.85}.note{color:#999;font-size:14px}.aside{float:left;width:300px;margin:20px 0 0 40px;font-size:14px}
.clr{clear:both}.foot{border-top:1px solid #eee;margin-top:30px;padding:20px 8%;font-size:12px;color:#888}""",
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>青岛第一海水浴场6月15日开放 今年新增夜间游泳区_百川资讯</title><style>@@CSS@@</style></head><body>
<div class="ne_top"><a href="#">百川首页</a><a href="#">新闻</a><a href="#">体育</a><a href="#">娱乐</a><a href="#">财经</a><a href="#">汽车</a><a href="#">科技</a><a href="#">手机</a><a href="#">女人</a><a href="#">房产</a><a href="#">旅游</a><a href="#">登录</a><a href="#">注册免费邮箱</a></div>
<div class="ch">百川资讯<small>山东频道 &gt; 青岛</small></div>
<div class="post">
<h1>青岛第一海水浴场6月15日开放 今年新增夜间游泳区</h1>
<div class="post_info">2025-06-14 09:21:47　来源: <a href="#">齐鲁晚报</a>　<a href="#">举报</a></div>
@@BODY@@
<p class="note">本文来源：齐鲁晚报　责任编辑：王晓菲_NQ2231</p>
<h3>相关推荐</h3><ul><li><a href="#">青岛崂山景区推出夜游线路</a></li><li><a href="#">端午假期山东接待游客量同比增长</a></li><li><a href="#">青岛地铁6号线开通运营</a></li></ul>
</div>
<div class="aside"><h4>热点新闻</h4><ol><li><a href="#">济南发布高温橙色预警</a></li><li><a href="#">山东今年高考报名人数公布</a></li></ol><h4>24小时热门跟贴</h4><p><a href="#">“海鲜自由”的青岛夏天来了</a></p></div>
<div class="clr"></div>
<div class="foot">百川资讯 版权所有 ©1997-2025　<a href="#">关于百川</a> | <a href="#">About Baichuan</a> | <a href="#">侵权投诉</a> | <a href="#">网站地图</a><br>浙B2-20090191-18　浙公网安备 33010802000032号</div>
</body></html>""",
    body="""
~ 原标题：今夏青岛海水浴场时间定了！第一海水浴场15日开放，夜间游泳区首次亮相
~ 记者 孔令宇
6月13日，记者从青岛市市南区获悉，第一海水浴场将于6月15日正式对外开放，开放时间持续至10月8日。今年浴场首次在东侧划定夜间游泳区，开放至晚上9点。
据介绍，夜间游泳区长约150米，配备了12座高杆照明灯和2座瞭望塔，救生员实行“日夜两班倒”，游客需在指定区域内游泳，不得超出浮标线。
“每年夏天都有不少市民下班后想来游一会儿，以前天一黑就得上岸。”浴场管理处工作人员介绍，开设夜间游泳区既回应了市民需求，也便于集中管理，减少夜间私自下海带来的安全隐患。
此外，今年浴场新增了无障碍通道和母婴室，更新了80余间淋浴房，沙滩上设置了14处免费饮水点。浴场还将通过小程序实时发布水温、浪高、游客数量等信息，提醒游客错峰出游。
青岛市市南区还提醒，浴场开放期间，石老人、太平角等未开放海域禁止游泳，游客下海务必选择正规浴场，注意听从救生人员指挥。
"""))

# wy-24 山东 provincial media, 2025 design, commentary, author in info bar and 文/ line
PAGES.append(dict(
    id="wy-24", kind="media", title="让“夜经济”亮起来，更要暖起来",
    authors=["张守诚"], time="2025年06月15日 07:30",
    css="""body{margin:0;font-family:"Source Han Serif SC","Noto Serif SC",serif;background:#fbf8f3;color:#2b2b2b}
.t{font-family:"Microsoft YaHei";display:flex;justify-content:space-between;padding:16px 6%;border-bottom:1px solid #e8e0d2}.t .b{font-size:22px;color:#9b1c1c;font-weight:bold}
.t a{margin-left:16px;color:#444;font-size:14px}.col{font-family:"Microsoft YaHei";max-width:720px;margin:28px auto 0;color:#9b1c1c;font-size:14px;letter-spacing:2px}
article{max-width:720px;margin:6px auto}article h1{font-size:32px;line-height:1.35;margin:6px 0 14px}.by{font-family:"Microsoft YaHei";font-size:13px;color:#888;display:flex;gap:16px}
article p{font-size:19px;line-height:2}.end{text-align:center;color:#bbb}.foot{font-family:"Microsoft YaHei";text-align:center;color:#999;font-size:12px;padding:30px}""",
    html="""<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>让“夜经济”亮起来，更要暖起来 | 齐鲁观察</title><style>@@CSS@@</style></head><body>
<div class="t"><span class="b">齐鲁观察</span><span><a href="#">要闻</a><a href="#">评论</a><a href="#">政务</a><a href="#">区域</a><a href="#">深度</a><a href="#">视频</a><a href="#">APP</a></span></div>
<div class="col">齐鲁观察 · 评论</div>
<article>
<h1>让“夜经济”亮起来，更要暖起来</h1>
<div class="by"><span>作者：张守诚</span><span>2025年06月15日 07:30</span><span>来源：齐鲁观察</span></div>
@@BODY@@
<p class="end">— END —</p>
<p style="font-family:'Microsoft YaHei';font-size:13px;color:#999">编辑：贾若兰　审核：马东升</p>
</article>
<div class="foot">齐鲁观察 版权所有 未经授权禁止转载　鲁ICP备18036520号-2<br>互联网新闻信息服务许可证：37120180021　违法和不良信息举报电话：0531-85193366</div>
</body></html>""",
    body="""
入夏以来，济南泉城路、青岛台东步行街、淄博八大局等地的夜市人气渐旺，烧烤、啤酒、文创摊位前排起长队，“夜经济”再次成为城市消费的热词。
夜间消费的火热，折射出群众对美好生活的向往，也为城市发展注入新动能。但也要看到，一些地方在打造夜间经济时，重“亮化”轻“服务”，灯光秀一场比一场炫，公交却早早收班；摊位一排接一排，公共厕所和停车位却难觅踪影；夜市散场后垃圾遍地，油烟、噪声扰民的投诉也随之增多。
“夜经济”要亮起来，更要暖起来。所谓“暖”，是把功夫下在细节处。夜间公交线路能否适当延长？周边单位的停车场能否错时开放？摊位的油烟、噪声能否有更精细的管理标准？这些看似琐碎的问题，恰恰决定着市民和游客“来不来”“留不留”“还来不来”。
“暖”，也体现在包容审慎的监管上。对流动摊贩，与其一禁了之，不如划定区域、规范时段，让烟火气与秩序感并存；对新业态新模式，多一些服务指导，少一些简单粗暴。
城市的夜晚，照见的是治理的温度。让夜色中的每一盏灯都亮得有人气、有温度，“夜经济”才能真正成为惠民生、促消费的“长红”经济。
"""))
