from chrome import *
PAGES = []
def reg(**kw): PAGES.append(kw)

def portal(site, chans, crumb, art, side, foot, css=""):
    return f'''<div class="top"><div class="w"><a href="#">首页</a> | <a href="#">客户端</a> | <a href="#">登录</a> <a href="#">注册</a> {inp("搜索新闻","搜 索")}</div></div>
<div class="w"><img src="logo.png" alt="{site}"><div class="nav" style="background:#0b4ea2">{''.join('<a href="#">%s</a>' % c for c in chans)}</div>
<div class="crumb">{crumb}</div><div class="side">{side}</div><div class="main">{art}</div></div>
<div class="foot">{foot}</div>'''

HOT = lambda items: "<h3>热点排行</h3>" + "<ol>" + "".join("<li><a href='#'>%s</a></li>" % i for i in items) + "</ol>"

# yx-13 新华社通稿 reprinted on a portal (东北新闻网)
b = ["新华社沈阳6月4日电（记者 王炳坤 石枫）记者从辽宁省交通运输厅获悉，沈阳至白河高速铁路辽宁段5日起全线开展联调联试，标志着这条连接辽宁与吉林长白山地区的高铁进入开通运营前的关键阶段。",
 "沈白高铁全长约430公里，设计时速350公里，途经沈阳、抚顺、本溪等地，在辽宁境内设站7座。联调联试期间，检测列车将以逐级提速的方式，对轨道、接触网、通信信号等系统进行全面检测和调试。",
 "据介绍，沈白高铁建成后，沈阳至长白山的旅行时间将由目前的约6小时缩短至2小时左右，对带动沿线冰雪旅游、林下经济发展具有重要意义。"]
def r13(p):
    art = f'''<h1>{p["title"]}</h1>
<div class="info">2025-06-04 18:26:31　来源：新华社　<a href="#">评论(12)</a>　<a href="#">我要分享</a></div>
{body_html(p["body"])}<p>责任编辑：周　洋</p>
<h3>相关新闻</h3>{links(["沈白高铁全线铺轨完成","辽宁今年将新开通两条高铁","暑期铁路运输6月下旬启动","沈阳北站改造工程进展顺利","本溪：高铁新城规划出炉","辽宁高速公路通车里程突破4400公里"])}'''
    return page(p["title"], portal("东北新闻网", ["首页","辽宁","要闻","国内","国际","财经","文旅"], "东北新闻网 > 辽宁新闻 > 正文", art, HOT(["沈阳地铁6号线进展","大连夏季达沃斯筹备","辽宁高考报名人数公布"]), "东北新闻网版权所有　辽ICP备05001234号　互联网新闻信息服务许可证编号：21120170001"))
reg(id="yx-13", kind="news: 新华社通稿 reprinted on a portal", lang="zh", title="沈白高铁辽宁段开始联调联试", authors=["王炳坤","石枫"], pt="2025-06-04 18:26:31", body=b, render=r13)

# yx-14 人民日报 reprinted on a government site (吉林省人民政府)
b = ["初夏时节，吉林省梨树县的黑土地上，一台台播种机来回穿梭。“今年采用秸秆覆盖免耕播种的地块达到了92%，土壤墒情好，苗出得齐。”梨树县农业技术推广总站站长王贵满说。",
 "黑土地是“耕地中的大熊猫”。近年来，吉林大力推广以秸秆覆盖还田、免耕播种为核心的保护性耕作“梨树模式”，2024年全省实施面积达到3800万亩。监测数据显示，连续实施保护性耕作的地块，土壤有机质含量平均提高10%以上。",
 "与此同时，吉林还加快高标准农田建设，累计建成高标准农田5200多万亩。“黑土地保护得好，粮食产量才稳得住。”吉林省农业农村厅有关负责人表示。"]
def r14(p):
    art = f'''<div class="info">信息来源：人民日报　　发布时间：2025-06-03 08:30　　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<h1>{p["title"]}</h1>
<p style="text-align:center">本报记者　孟海鹰　祝大伟</p>
{body_html(p["body"])}<p>《 人民日报 》（ 2025年06月03日　 第 10 版）</p>
<p>【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</p>'''
    return page(p["title"], gov2020("吉林省人民政府", ["首页","吉林概况","新闻中心","政务公开","政务服务","互动交流"], "您当前所在位置：首页 > 新闻中心 > 媒体看吉林", art, side="<h3>媒体看吉林</h3>"+links(["长春：汽车产业链加速延伸","吉林冰雪经济持续升温"]), foot="主办：吉林省人民政府办公厅　网站标识码：2200000001　吉ICP备05002019号　吉公网安备 22010202000456号"))
reg(id="yx-14", kind="news: 人民日报 reprinted on a government site", lang="zh", title="吉林保护性耕作面积持续扩大", authors=["孟海鹰","祝大伟"], pt="2025-06-03 08:30", body=b, render=r14)

# yx-15 English with Updated: and Published:
b = ["Harbin's ice and snow season has drawn a record number of visitors from southern China this winter, according to the city's culture and tourism bureau.",
 "From Dec 18 to Jan 20, the capital of Heilongjiang province received 38.6 million tourist visits, up 21 percent year-on-year, and tourism revenue reached 52.4 billion yuan ($7.2 billion).",
 "\"We saw many families from Guangdong and Fujian who had never seen snow before,\" said Liu Yan, a manager at the Harbin Ice and Snow World. The park extended its opening hours to 11 pm on weekends to ease crowding.",
 "Local authorities have also added 120 shuttle buses between the airport, railway stations and major scenic spots, and set up warming stations along Central Street."]
def r15(p):
    art = f'''<h1>{p["title"]}</h1>
<p class="info">By ZHOU HUIYING in Harbin | chinadaily.com.cn | Updated: 2025-01-22 09:47</p>
<p class="info">Published: 2025-01-21 18:05</p>
<p><a href="#">Share</a> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a></p>
{body_html(p["body"])}<p style="color:#888">Visitors take photos at the Harbin Ice and Snow World on Jan 19. [Photo/Xinhua]</p>'''
    inner = f'''<div class="top"><a href="#">Global Edition</a> | <a href="#">China</a> | <a href="#">Language</a> {inp("Search", "Go")} <a href="#">Sign in</a></div>
<div class="w"><img src="logo.png" alt="China Daily"><div class="nav" style="background:#003366"><a href="#">China</a><a href="#">World</a><a href="#">Business</a><a href="#">Travel</a><a href="#">Regional</a></div>
<div class="crumb">Home / China / Regional</div><div class="side"><h3>Most Viewed</h3>{links(["Spring Festival travel rush begins","Snow sculptures in Changchun","Shenyang expands metro lines"])}</div><div class="main">{art}</div></div>
<div class="foot">Copyright 1995 - 2025. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).</div>'''
    return page(p["title"], inner)
reg(id="yx-15", kind="news: English (Updated:/Published:)", lang="en", title="Harbin ice festival draws record visitors from the south", authors=["ZHOU HUIYING"], pt="2025-01-21 18:05", body=b, render=r15)

# yx-16 English, two authors joined by and, with titles
b = ["Tianjin Port handled a record 23.1 million twenty-foot equivalent units of containers in 2024, as new shipping routes to Belt and Road partner countries came into service.",
 "The port opened 15 new international container routes last year, bringing the total to 146, said an official from Tianjin Port Group. Its automated terminal at Beijiang, which uses driverless trucks and remote-controlled cranes, now handles about a quarter of the port's container volume.",
 "Analysts say the growth reflects stronger demand in northern China for imported raw materials and exports of new energy vehicles. \"The sea-rail intermodal network is a key advantage,\" said Zhang Lei, a researcher at Nankai University.",
 "The port plans to raise annual capacity to 25 million TEUs by 2026."]
def r16(p):
    art = f'''<p class="info">BUSINESS | 2025-01-08</p>
<h1 style="text-align:left">{p["title"]}</h1>
<p>By Wang Qian, Global Times reporter and Liu Yang, Global Times correspondent in Tianjin</p>
<p>Published: Jan 08, 2025 07:32 PM</p>
<p style="text-align:center"><img src="port.jpg" alt="Tianjin Port"></p><p style="color:#666">Container vessels at the Tianjin Port. Photo: VCG</p>
{body_html(p["body"])}<h3>RELATED ARTICLES</h3>{links(["China's port throughput hits new high","Dalian port adds Arctic route"])}'''
    inner = f'''<div class="top"><a href="#">E-Paper</a> <a href="#">Mobile</a> <a href="#">Apps</a> <a href="#">Sina Weibo</a> {inp("Search")}</div>
<div class="w"><img src="gt.png" alt="GT"><div class="nav" style="background:#c00"><a href="#">CHINA</a><a href="#">SOURCE</a><a href="#">OPINION</a><a href="#">IN-DEPTH</a><a href="#">WORLD</a><a href="#">LIFE</a></div>{art}</div>
<div class="foot">Copyright © 2025 Global Times. All Rights Reserved. 京ICP备16049749号</div>'''
    return page(p["title"], inner)
reg(id="yx-16", kind="news: English (two authors joined by and)", lang="en", title="Tianjin Port container throughput hits record high", authors=["Wang Qian","Liu Yang"], pt="Jan 08, 2025 07:32 PM", body=b, render=r16)

# yx-17 headline ending in a question mark (山东 大众网)
b = ["进入6月，淄博烧烤又一次登上社交平台热搜。与2023年的“爆火”相比，今年的淄博烧烤热度虽有回落，但客流更稳、口碑更好。",
 "“现在平时周末每天也有两三百桌，比起前年那阵子，大家更从容了。”在淄博八大局附近经营烧烤店的孙立华说。据淄博市文旅局统计，今年1至5月，全市接待游客2860万人次，同比增长9.3%。",
 "业内人士认为，淄博烧烤之所以能“长红”，一方面得益于政府持续优化服务，规范市场价格；另一方面，当地将烧烤与陶瓷、琉璃、齐文化等资源结合，拉长了旅游链条。",
 "不过，也有游客反映部分热门店铺排队时间长、停车难。对此，淄博市相关部门表示，将新增临时停车位1200个，并上线“烧烤地图”排队查询功能。（大众新闻记者 闫盈盈 通讯员 周鹏）"]
def r17(p):
    art = f'''<h1>{p["title"]}</h1>
<div class="info">2025-06-09 07:58:12　来源: 大众新闻　作者: 闫盈盈　<span>阅读：3.2万</span></div>
{body_html(p["body"])}<p>编辑：王颖　审核：刘明</p>
<h3>猜你喜欢</h3>{links(["淄博：陶瓷琉璃博物馆开馆","山东今年旅游收入有望突破万亿","青岛啤酒节开幕时间公布","周村古商城端午活动预告"])}'''
    return page(p["title"], portal("大众网", ["首页","山东","济南","淄博","文旅","财经","评论"], "大众网 > 淄博 > 正文", art, HOT(["济南发布暑期高温预警","烟台樱桃上市","泰山景区预约须知"]), "大众网版权所有　鲁ICP备09012531号　互联网新闻信息服务许可证37120170002"))
reg(id="yx-17", kind="news: headline ending in ?", lang="zh", title="两年过去，淄博烧烤为何还能“长红”？", authors=["闫盈盈","周鹏"], pt="2025-06-09 07:58:12", body=b, render=r17)

# yx-18 评论 with writer's unit under the headline (天津 北方网)
b = ["近日，天津多个区推出“社区食堂”，老人吃饭有了好去处。一碗热饭，看似小事，却关系着千家万户的幸福感。",
 "办好社区食堂，难在可持续。一些地方的老年食堂开得热闹，却因成本高、客源少，没过多久就关了门。破解这一难题，需要政府、企业、社会共同发力：政府在场地、补贴上给予支持，企业以规模化运营降低成本，同时面向周边上班族、学生开放，扩大客源。",
 "更重要的是，社区食堂要真正听取老人的意见。菜品咸淡、价格高低、送餐是否及时，都应纳入服务评价。只有把老人的“小饭桌”当作“大民生”来办，这份温暖才能长久。"]
def r18(p):
    art = f'''<h1>{p["title"]}</h1>
<p style="text-align:center">刘文博（作者单位：天津市委党校）</p>
<div class="info">2025-06-12 08:15　来源：北方网-天津日报　<a href="#">评论：5</a></div>
{body_html(p["body"])}<p>[责任编辑：冯莉]</p>
<h3>今晚评论</h3>{links(["让城市更新更有温度","夜经济要“亮”更要“靓”"])}'''
    return page(p["title"], portal("北方网", ["首页","新闻","天津","评论","视频","财经"], "北方网 > 新闻中心 > 评论", art, HOT(["天津地铁11号线开通","海河亲水平台开放"]), "北方网版权所有　津ICP备05004186号"))
reg(id="yx-18", kind="news: 评论 (writer's unit under headline)", lang="zh", title="把老人的“小饭桌”当作“大民生”来办", authors=["刘文博"], pt="2025-06-12 08:15", body=b, render=r18)

# yx-19 图片 story with five captions (黑龙江 东北网)
caps = ["6月15日，在黑龙江省漠河市北极村，游客在“中国最北点”标志前合影留念。",
 "北极村的白桦林中，一名摄影爱好者架起相机拍摄日落。夏至前后，这里夜间最长只有两个多小时的黑暗。",
 "游客在北极村民俗街品尝当地特色美食。",
 "一群孩子在黑龙江边嬉戏。对岸即为俄罗斯。",
 "夜幕降临，北极村的民宿亮起灯光。"]
b = ["夏至将至，被誉为“中国北极”的漠河迎来旅游旺季。每年这个时候，全国各地游客纷至沓来，体验“极昼”般的白夜。"] + caps
def r19(p):
    imgs = "".join(f'<p style="text-align:center"><img src="mh{i}.jpg" alt="图片"></p><p>{c}</p>' for i, c in enumerate(caps, 1))
    art = f'''<h1>{p["title"]}</h1>
<div class="info">2025年6月16日 09:20　东北网　文/记者 刘洋 图/记者 孙超</div>
<p>{p["body"][0]}</p>{imgs}<p>编辑：何明</p><p><a href="#">上一组</a> <a href="#">下一组</a></p>'''
    return page(p["title"], portal("东北网", ["首页","黑龙江","图片","视频","冰雪","社会"], "东北网 > 图片频道 > 龙江图片", art, HOT(["哈尔滨啤酒节开幕","五大连池景区开放"]), "东北网版权所有　黑ICP备05002145号"))
reg(id="yx-19", kind="news: 图片 story (five captions)", lang="zh", title="漠河北极村迎来白夜旅游旺季", authors=["刘洋"], pt="2025年6月16日 09:20", body=b, render=r19)

# yx-20 滚动 item of two sentences
b = ["中新网长春6月17日电 记者17日从长春海关获悉，今年前5个月，吉林省外贸进出口总值达697.3亿元，同比增长6.8%。其中，汽车及零部件出口增长31.2%，成为拉动出口增长的主要力量。"]
def r20(p):
    art = f'''<div class="info">滚动新闻</div><h1 style="text-align:left">{p["title"]}</h1>
<div class="info">2025年06月17日 14:02　来源：中国新闻网</div>
{body_html(p["body"])}<p>【编辑:于晓】</p>
<h3>滚动新闻</h3>{links(["14:01 辽宁海关查获走私冻品","13:58 天津港开通新航线","13:55 山东发布高温橙色预警"])}'''
    return page(p["title"], portal("中国新闻网", ["首页","滚动","国内","国际","社会","财经","地方"], "首页 > 滚动新闻", art, "", "中国新闻网版权所有　京ICP备05004340号-1"))
reg(id="yx-20", kind="news: 滚动 (two sentences)", lang="zh", title="前5个月吉林外贸进出口增长6.8%", authors=[], pt="2025年06月17日 14:02", body=b, render=r20)

# yx-21 city news with 原标题, comments, dense related (哈尔滨新闻网)
b = ["6月18日起，哈尔滨市松北区至机场的快速公交线路开通试运营，全程28公里，途经12站，最快45分钟可抵达太平国际机场。",
 "据市交通运输局介绍，新线路采用纯电动公交车，配有行李架和USB充电口，首末班时间分别为5:30和22:30，票价为8元，可使用哈尔滨城市通APP扫码乘车。",
 "“以前坐机场大巴要到市区换乘，现在家门口就能上车，方便多了。”家住松北区的市民田晓东说。"]
def r21(p):
    art = f'''<h1>{p["title"]}</h1>
<div class="info">记者：姜　斌　2025-06-18 07:31　来源：哈尔滨日报　<a href="#">0条评论</a></div>
<p>原标题：松北直达机场快速公交今起试运营 最快45分钟到达</p>
{body_html(p["body"])}<p>编辑：王晓晨</p>
<h3>相关阅读</h3>{links(["哈尔滨地铁3号线东南环开通","机场二期扩建进展","哈尔滨新增公交线路5条","松北区居民出行调查","太平机场暑运航班计划","哈尔滨站改造工程完工"])}'''
    return page(p["title"], portal("哈尔滨新闻网", ["首页","冰城要闻","民生","区县","图片","专题"], "哈尔滨新闻网 > 民生 > 正文", art, HOT(["哈尔滨中考成绩查询","太阳岛景区夜游"]), "哈尔滨新闻网　黑ICP备08001234号"))
reg(id="yx-21", kind="news: city news (原标题, comments, dense related)", lang="zh", title="松北至机场快速公交开通试运营", authors=["姜斌"], pt="2025-06-18 07:31", body=b, render=r21)

# yx-22 news with byline inside grey 编者按 box (津云)
b = ["走进天津市东丽区华明街道的智能制造产业园，机械臂精准抓取零件，无人搬运车在车间内穿梭。这里的天津瑞德精工有限公司去年完成数字化改造后，生产效率提升了35%。",
 "“原来一条生产线需要20个工人，现在只要6个人盯着屏幕就行。”公司总经理杜海峰说。",
 "近年来，东丽区累计推动210家规上工业企业实施数字化改造，建成市级智能工厂和数字化车间48个。区工信局负责人表示，今年将再安排专项资金1亿元，支持中小企业“上云用数赋智”。"]
def r22(p):
    art = f'''<h1>{p["title"]}</h1>
<div class="info">2025/06/19 10:14:22　津云</div>
<div class="grey"><p>编者按：新质生产力是什么样子？即日起，本网推出“走进新质生产力”系列报道，记录天津企业转型升级的故事。</p><p>记者：邓瑞璇 李　鹏</p></div>
{body_html(p["body"])}<p>责任编辑：刘丽</p>'''
    return page(p["title"], portal("津云", ["首页","天津","要闻","区情","视频","直播"], "津云 > 天津 > 区情", art, HOT(["天津发布高温预警","五大道夜游启动"]), "津云版权所有　津ICP备18005345号"))
reg(id="yx-22", kind="news: byline inside grey 编者按 box", lang="zh", title="走进新质生产力｜东丽：老车间里的“数字蝶变”", authors=["邓瑞璇","李鹏"], pt="2025/06/19 10:14:22", body=b, render=r22)

# yx-23 本报讯（记者 … 通讯员 …）at start of body; minority name (北国网)
b = ["本报讯（记者 赵　铭 通讯员 阿依古丽·吐尔逊）6月20日，辽宁省首家“边境贸易综合服务中心”在丹东市挂牌运营。",
 "该中心整合海关、税务、外汇等部门的17项业务，为边民互市和中小外贸企业提供报关、结汇、物流等“一站式”服务。当天，已有32家企业入驻。",
 "丹东市商务局有关负责人介绍，中心运营后，边贸企业办理业务平均时间由3天缩短至半天。"]
def r23(p):
    art = f'''<h1>{p["title"]}</h1>
<div class="info">2025-06-21 06:40　来源：辽宁日报　字号：<a href="#">T</a> <a href="#">T</a></div>
{body_html(p["body"])}<p>编辑：张楠</p>'''
    return page(p["title"], portal("北国网", ["首页","辽宁","时政","经济","社会","文体"], "首页 > 辽宁 > 经济", art, HOT(["丹东鸭绿江断桥夜景","辽宁暑期旅游攻略"]), "北国网版权所有　辽ICP备05013432号"))
reg(id="yx-23", kind="news: 本报讯 byline with minority name", lang="zh", title="辽宁首家边境贸易综合服务中心在丹东运营", authors=["赵铭","阿依古丽·吐尔逊"], pt="2025-06-21 06:40", body=b, render=r23)

# yx-24 原标题 + end-of-body (张三 李四) (闪电新闻)
b = ["6月22日，“好客山东·夏游齐鲁”启动仪式在威海举行。活动期间，全省将推出海滨度假、研学旅行、乡村休闲等10大类200余项主题活动。",
 "今年夏天，山东还将发放1000万元文旅消费券，覆盖景区、酒店、演出等多个领域。威海、烟台、日照等沿海城市同步推出“海鲜节”“沙滩音乐节”等特色活动。",
 "“希望游客在山东不仅能看海，还能品美食、听故事、住得舒心。”省文化和旅游厅相关负责人说。（王彬 孔令鑫）"]
def r24(p):
    art = f'''<h1>{p["title"]}</h1>
<p>原标题：好客山东·夏游齐鲁启动 10大类200余项活动等你来</p>
<div class="info">闪电新闻 2025-06-22 16:37:05 <a href="#">评论 (27)</a></div>
{body_html(p["body"])}<p>本文来源：闪电新闻　编辑：孙菲</p>'''
    return page(p["title"], portal("齐鲁网·闪电新闻", ["首页","山东","闪电号","视频","直播"], "齐鲁网 > 山东 > 正文", art, HOT(["威海国际海水浴场开放","日照灯塔风景区"]), "山东广播电视台版权所有　鲁ICP备09023866号"))
reg(id="yx-24", kind="news: 原标题 + end-of-body bylines", lang="zh", title="“夏游齐鲁”启动 山东推出200余项主题活动", authors=["王彬","孔令鑫"], pt="2025-06-22 16:37:05", body=b, render=r24)
