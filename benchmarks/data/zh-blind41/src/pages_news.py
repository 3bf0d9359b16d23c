"""News pages yp-13 .. yp-24 (central / provincial / city media)."""
from common import add, esc, ps, ul, BASE_CSS

EN_CSS = BASE_CSS + "\n.content p{text-indent:0;font-family:Georgia,serif}\n"

# ---------------- yp-13 English, Source: Xinhua | Editor: NAME, (By NAME) ending
t = "Inner Mongolia's wind power capacity tops 100 million kilowatts"
body = [
    "HOHHOT, Jan. 14 -- The installed capacity of wind power in north China's Inner Mongolia Autonomous Region has exceeded 100 million kilowatts, making it the first provincial-level region in the country to reach the milestone, local authorities said Tuesday.",
    "By the end of 2025, the region's total installed capacity of new energy, including wind and solar, reached 158 million kilowatts, accounting for more than half of its total power generation capacity, according to the regional energy bureau.",
    "Large wind farms stretching across the grasslands of Ulanqab, Baotou and Xilingol have been connected to the grid through several ultra-high-voltage transmission lines, sending clean electricity to Beijing, Tianjin and provinces in east China.",
    "\"The wind here blows almost all year round. It used to be something herders complained about. Now it is a resource,\" said Bao Lin, a technician at a wind farm in Ulanqab.",
    "The region plans to build a national new energy base with a total capacity of 300 million kilowatts by 2030, the bureau said.",
]
h = f"""<div class="topbar"><div class="w"><a href="#">Home</a><a href="#">China</a><a href="#">World</a><a href="#">Business</a><a href="#">Culture</a><a href="#">Sports</a><a href="#">中文</a><a href="#">Sign in</a></div></div>
<div class="w"><h2>China Daily Regional | Inner Mongolia</h2><input placeholder="Search">
<div class="crumb">Home / Regional / Inner Mongolia / News</div>
<div class="art"><h1>{esc(t)}</h1>
<div class="info">Source: Xinhua | Editor: Wang Jingyi | Updated: 2026-01-14 18:07</div>
<div class="content">{ps(body)}
<p>(By Liu Lei)</p></div>
<div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">WeChat</a></div>
<div class="rel"><b>Related stories</b>{ul(['Hohhot opens new high-speed rail link to Ordos','Herders embrace solar-powered pumps','Xilingol grasslands see record green cover'])}</div></div></div>
<div class="foot"><p>Copyright 1995 - 2026. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).</p><p>京ICP备13028878号-6</p></div>"""
add("yp-13", "news EN: Source: Xinhua | Editor, (By NAME) ending", None, h, t, ["Liu Lei"], "2026-01-14 18:07", body, EN_CSS, lang="en")

# ---------------- yp-14 English, dateline + Contributing:
t = "Jilin ice festival draws record crowds as winter tourism heats up"
body = [
    "CHANGCHUN -- Tourists in thick down jackets queued outside the gates of the Changchun Ice and Snow New World on Saturday evening as the park's lights came on, illuminating sculptures carved from more than 300,000 cubic meters of ice.",
    "The park received about 68,000 visitors on its opening weekend, a record for the event, organizers said. Hotel bookings in the provincial capital for the New Year holiday were up 35 percent year-on-year, according to data from online travel platforms.",
    "Jilin province has promoted winter tourism as a new growth engine, investing in ski resorts in Songhua Lake and Beidahu and launching direct flights from southern cities such as Guangzhou and Shenzhen.",
    "\"I had never seen real snow before,\" said Chen Xiaoyan, a university student from Guangdong. \"The ice slides are amazing, though my toes are frozen.\"",
    "Local authorities said the province expects to receive more than 140 million winter visitors this season.",
]
h = f"""<div class="w"><div class="topbar"><a href="#">NEWS</a><a href="#">CHINA</a><a href="#">SOURCE</a><a href="#">OPINION</a><a href="#">IN-DEPTH</a><a href="#">LIFE</a><a href="#">E-PAPER</a></div>
<h2>GLOBAL TIMES</h2>
<div class="crumb">CHINA / SOCIETY</div>
<div class="art"><h1>{esc(t)}</h1>
<div class="info">By Global Times | Published: Dec 21, 2025 09:48 PM</div>
<p><img alt="Visitors at the ice park in Changchun, Jilin province, on Dec 20, 2025. Photo: VCG" src="x.jpg"></p>
<p class="cap">Visitors at the ice park in Changchun, Jilin province, on Dec 20, 2025. Photo: VCG</p>
<div class="content">{ps(body)}
<p>Contributing: Zhang Yiyi, Qi Xijia</p></div>
<div class="rel"><b>RELATED ARTICLES</b>{ul(['Harbin and Changchun compete for winter tourists','Ski industry warms up in Northeast China'])}</div></div></div>
<div class="foot">Copyright by Global Times. All rights reserved. 京ICP备08000029号</div>"""
add("yp-14", "news EN: dateline, Contributing: writers at end", None, h, t, ["Zhang Yiyi", "Qi Xijia"], "Dec 21, 2025 09:48 PM", body, EN_CSS, lang="en")

# ---------------- yp-15 人民网 reprint with 原标题 (on 唐山 portal)
t = "唐山港前11个月货物吞吐量突破8亿吨"
body = [
    "人民网石家庄12月10日电　记者从唐山市港口物流局获悉，今年1至11月，唐山港累计完成货物吞吐量8.02亿吨，同比增长3.6%，提前一个月超过去年全年水平；集装箱吞吐量达到262万标准箱，同比增长9.1%。",
    "今年以来，唐山港新开通至东南亚、中东等方向的外贸集装箱航线6条，曹妃甸港区30万吨级原油码头二期工程投入运营，港口通过能力和服务水平进一步提升。",
    "记者在曹妃甸港区看到，自动化装卸设备有序运转，一艘满载铁矿石的海轮正在靠泊作业。港口集团负责人介绍，今年港区新增无人集卡40台，集装箱装卸效率提升约15%。",
    "唐山市港口物流局有关负责人表示，下一步将加快推进港口智慧化改造，深化与雄安新区、京津地区物流企业合作，打造服务京津冀协同发展的重要枢纽港。",
]
h = f"""<div class="w"><div class="topbar"><a href="#">登录</a> | <a href="#">注册</a> | <a href="#">客户端</a></div>
<h2>唐山环渤海新闻网</h2><input placeholder="请输入关键字"><ul class="nav"><li>首页</li><li>唐山新闻</li><li>河北新闻</li><li>国内</li><li>视频</li><li>专题</li></ul>
<div class="crumb">当前位置：首页 &gt; 唐山新闻 &gt; 经济</div>
<div class="art"><h1>{esc(t)}</h1>
<div class="info">2025-12-10 15:26:41　来源：人民网-河北频道　作者：张  桐　编辑：周晓雪</div>
<p class="orig">原标题：前11个月吞吐量8.02亿吨 唐山港提前完成全年目标</p>
<div class="content">{ps(body)}</div>
<p>（责编：杨磊、王华）</p>
<div class="share">分享到：微信 微博 QQ <span>评论（12）</span></div>
<div class="rel"><b>相关新闻</b>{ul(['曹妃甸港区新开两条外贸航线','唐山港集团召开四季度安全生产会','京唐港区智能化改造项目完工','唐山海关优化港口通关流程'])}</div></div></div>
<div class="foot">唐山环渤海新闻网版权所有　互联网新闻信息服务许可证：13120170003　冀ICP备09046213号</div>"""
add("yp-15", "news: 人民网 reprint on city portal, 原标题, 作者 spaced", None, h, t, ["张  桐"], "2025-12-10 15:26:41", body, BASE_CSS)

# ---------------- yp-16 新华社 通稿 reprint on 东北新闻网, 原标题
t = "辽宁今年已发放消费券超12亿元"
body = [
    "新华社沈阳11月2日电（记者于也童、孙仁斌）记者从辽宁省商务厅获悉，今年以来辽宁已累计发放各类消费券12.3亿元，带动消费超过90亿元，汽车、家电、餐饮等领域消费明显回暖。",
    "辽宁省商务厅副厅长高岩介绍，今年消费券发放采取“省市联动、线上线下结合”方式，覆盖全省14个市，参与商户超过4.5万家。其中，汽车消费券带动新车销售超过7万辆，家电以旧换新补贴惠及居民约38万人次。",
    "在沈阳市和平区一家家电卖场，市民王女士刚用消费券加以旧换新补贴买了一台冰箱。“两项优惠叠加，省了将近一千元。”卖场负责人说，补贴政策实施以来，门店家电销售额同比增长近四成。",
    "据介绍，辽宁将继续围绕“冬季消费”主题，在冰雪旅游、年货采购等领域推出一批促消费活动，进一步释放消费潜力。",
]
h = f"""<div class="w"><h2>东北新闻网</h2><ul class="nav"><li>首页</li><li>辽宁</li><li>沈阳</li><li>大连</li><li>财经</li><li>文旅</li><li>辟谣</li></ul>
<div class="crumb">东北新闻网 &gt; 辽宁 &gt; 经济</div>
<div class="art"><h1>{esc(t)}</h1>
<div class="info">2025-11-02 16:40　来源：新华网　编辑：李明轩</div>
<p class="orig">原标题：辽宁发放消费券12.3亿元 带动消费超90亿元</p>
<div class="content">{ps(body)}</div>
<div class="tool"><span>【纠错】</span><span>【责任编辑:王璐】</span></div>
<div class="rel"><b>相关阅读</b>{ul(['沈阳发放第三批汽车消费券','大连启动冬季促消费季','辽宁家电以旧换新补贴申领指南','锦州：夜经济点亮消费新场景'])}</div></div></div>
<div class="foot">东北新闻网版权所有 未经授权禁止复制或建立镜像　辽ICP备05000426号</div>"""
add("yp-16", "news: 新华社通稿 reprinted on provincial portal (原标题, 电头 byline glued)", None, h, t, ["于也童", "孙仁斌"], "2025-11-02 16:40", body, BASE_CSS)

# ---------------- yp-17 深度 with 小标题 (山西 黄河新闻网)
t = "从“一煤独大”到“多业支撑”——一座资源型城市的转型样本"
body = [
    "冬日的孝义，高速公路两旁的运煤车比往年少了许多，取而代之的是往来于新材料产业园的厢式货车。这座曾经以煤焦产业闻名的县级市，正在经历一场深刻的产业蝶变。",
    "转型之难：“煤”的惯性有多大",
    "“过去，全市财政收入七成以上来自煤焦，煤价一跌，日子就紧巴。”孝义市发改局局长任志宏回忆。2016年前后，煤炭市场低迷，部分焦化企业停产，财政收入一度下滑近三成。",
    "靠煤吃饭的惯性，让转型难上加难。一位企业负责人坦言，当时不少老板“宁可等煤价回升，也不愿冒险投新项目”。",
    "破局之路：链条向下游延伸",
    "转机来自对产业链的重新审视。孝义以焦炉煤气、煤焦油等副产品为起点，引进并培育了一批精细化工、碳基新材料企业，形成了“煤—焦—化—材”一体化发展格局。目前，全市新材料产业产值已占规模以上工业的32%。",
    "在园区一家针状焦生产企业，总经理刘晓鹏指着刚下线的产品说：“这一吨能卖到一万多元，是普通焦炭的好几倍。”",
    "未来之问：人才从哪里来",
    "产业升级带来了新的难题——人才短缺。为此，孝义与太原理工大学等高校共建研发中心，出台人才公寓、子女入学等配套政策，两年来引进各类专业技术人才1400余名。",
    "“转型没有终点。”任志宏说，孝义将继续在绿色低碳上做文章，力争到2030年非煤产业占比超过一半。",
]
h = f"""<div class="topbar"><div class="w"><a href="#">山西新闻网</a><a href="#">黄河新闻网</a><a href="#">客户端下载</a><a href="#">登录</a></div></div>
<div class="w"><h2>黄河新闻网</h2><ul class="nav"><li>首页</li><li>山西</li><li>深度</li><li>评论</li><li>图片</li><li>视频</li></ul>
<div class="crumb">首页 &gt; 深度</div>
<div class="art"><p class="col">【深度】</p><h1>{esc(t)}</h1>
<div class="info">来源：黄河新闻网　记者：薛  婧　郭志杰　2025-12-18 07:30　<span>阅读 2.1万</span></div>
<p><img alt="孝义市新材料产业园一角（资料图）" src="p.jpg"></p><p class="cap">孝义市新材料产业园一角（资料图）</p>
<div class="content">{''.join(f'<p><strong>{esc(p)}</strong></p>' if i in (1,4,7) else f'<p>{esc(p)}</p>' for i,p in enumerate(body))}</div>
<p>编辑：赵芳　审核：王建国</p>
<div class="rel"><b>热门推荐</b>{ul(['太原地铁2号线客流创新高','山西今冬供暖全面启动','平遥古城迎来冬季旅游热','大同：煤矿井下5G全覆盖'])}</div></div></div>
<div class="foot">黄河新闻网版权所有　晋ICP备05003212号　晋公网安备14010502000123号</div>"""
add("yp-17", "news: 深度 with 小标题, 记者 spaced + glued names", None, h, t, ["薛  婧", "郭志杰"], "2025-12-18 07:30", body, BASE_CSS)

# ---------------- yp-18 快讯 two paragraphs (吉林 新文化网)
t = "快讯｜长春至白山高铁今日全线贯通"
body = [
    "新文化报讯（记者 孙鹏飞）11月28日10时18分，随着最后一组钢轨在白山站顺利锁定，沈白高铁吉林段实现全线铺轨贯通，标志着长白山地区即将迈入高铁时代。",
    "据悉，该线路设计时速350公里，全线贯通后将进入联调联试阶段，预计明年上半年开通运营，届时从长春到长白山最快只需2小时左右。",
]
h = f"""<div class="w"><h2>新文化网</h2><ul class="nav"><li>首页</li><li>吉林</li><li>长春</li><li>快讯</li><li>民生</li></ul>
<div class="art"><h1>{esc(t)}</h1>
<div class="info">2025年11月28日 星期五 10:52　新文化网</div>
<div class="content">{ps(body)}</div>
<p>编辑：王  欢　校对：刘颖</p>
<div class="rel"><b>24小时热榜</b><ol><li>长春今冬第一场大雪来了</li><li>吉林省中小学寒假时间公布</li><li>长白山景区冬季门票优惠</li></ol></div></div></div>
<div class="foot">新文化网 版权所有 吉ICP备10002137号</div>"""
add("yp-18", "news: 快讯 of two paragraphs, date with 星期", None, h, t, ["孙鹏飞"], "2025年11月28日 星期五 10:52", body, BASE_CSS)

# ---------------- yp-19 人物 story (内蒙古 正北方网) middle-dot author
t = "草原上的“移动课堂”——记锡林郭勒盟乡村教师图雅"
body = [
    "清晨六点，锡林郭勒盟阿巴嘎旗别力古台镇还笼罩在一片寒气中，图雅已经发动了那辆跑了二十多万公里的越野车。车后座上，整整齐齐码着课本、作业本和一台投影仪。",
    "这是图雅担任巡回支教教师的第十一个年头。她负责的三个嘎查教学点分散在方圆一百多公里的草原上，每个点只有四五个孩子。",
    "冬天最难。草原上的雪一下就是半米深，车陷进雪窝是常有的事。有一回，图雅在去查干淖尔嘎查的路上被困了四个小时，直到附近牧民骑马赶来，才用绳子把车拖了出来。“那天到学生家已经是下午了，孩子们还在门口等我。”说起这些，她眼圈有点红。",
    "“牧民的孩子居住分散，冬天接送不方便，我就把课堂‘搬’到他们家门口。”图雅笑着说。",
    "十一年里，她带过的学生有四十多人考上了旗里、盟里的中学，其中三人考上了大学。去年，她被评为全国模范教师。",
    "问起以后的打算，图雅说：“只要草原上还有孩子需要我，我就一直跑下去。”",
]
h = f"""<div class="w"><h2>正北方网</h2><input placeholder="搜索"><ul class="nav"><li>首页</li><li>内蒙古</li><li>盟市</li><li>人物</li><li>文化</li><li>蒙古文版</li></ul>
<div class="crumb">您的位置：正北方网 &gt; 人物</div>
<div class="art"><h1>{esc(t)}</h1>
<div class="info">2025.06.03　来源：内蒙古日报</div>
<p class="au">记者　阿拉坦·其其格　实习生　高宇航</p>
<div class="content">{ps(body)}</div>
<p>责任编辑：苏雅拉</p></div></div>
<div class="foot">正北方网版权所有 蒙ICP备05001186号</div>"""
add("yp-19", "news: 人物 story, 记者 middle-dot + 实习生 on one line, 2025.06.03", None, h, t, ["阿拉坦·其其格", "高宇航"], "2025.06.03", body, BASE_CSS)

# ---------------- yp-20 直播 summary with times (辽宁 北斗融媒)
t = "图文直播丨2025沈阳马拉松鸣枪开跑"
body = [
    "9月21日，2025沈阳马拉松在沈阳市政府广场鸣枪开跑，来自国内外的3万名跑者参赛。本网全程图文直播。",
    "07:00　市政府广场起点区，选手们陆续检录入场，现场气温16℃，天气晴好，非常适合比赛。",
    "07:30　比赛正式鸣枪开跑，全程马拉松选手率先出发。",
    "08:15　领跑集团通过青年大街、浑河桥，进入比赛中段。",
    "08:50　半程马拉松比赛结束，男子、女子冠军分别由中国选手王佳和杨秀获得。",
    "09:38　男子全程马拉松冠军产生，肯尼亚选手基普图以2小时10分05秒冲过终点。",
    "09:45　赛道沿线，市民自发组成的加油团在北陵公园附近敲锣打鼓，为选手们送上掌声，志愿者们忙着递水、递香蕉。",
    "10:02　中国选手李洁立获得女子全程冠军，成绩2小时28分41秒。",
    "12:30　比赛关门，全部赛道交通管制陆续解除。",
]
h = f"""<div class="w"><div class="topbar"><a href="#">北斗融媒</a><a href="#">辽宁日报</a><a href="#">北国网</a><a href="#">下载APP</a></div>
<h2>北国网</h2><ul class="nav"><li>首页</li><li>辽宁</li><li>直播</li><li>体育</li></ul>
<div class="art"><h1>{esc(t)}</h1>
<div class="info">2025-09-21 12:41:07　北斗融媒　记者：韩  冰、陈振华</div>
<div class="content">{ps(body)}</div>
<p>直播编辑：周宁　摄影：王一</p>
<div class="share">点赞 356　评论 41　转发</div></div></div>
<div class="foot">辽宁北方新闻网有限公司 版权所有 辽ICP备09002546号</div>"""
add("yp-20", "news: 直播 summary with times", None, h, t, ["韩  冰", "陈振华"], "2025-09-21 12:41:07", body, BASE_CSS)

# ---------------- yp-21 长城网 (河北) 记者/通讯员/实习生 on one line, headline under section label
t = "保定冬季清洁取暖改造惠及12万户"
body = [
    "长城网·冀云客户端保定12月3日讯　入冬以来，保定市清苑区东闾乡的村民张秀芬家里暖意融融。“去年换了空气源热泵，今年冬天屋里能到20度，比烧煤干净多了。”",
    "今年，保定市投入资金9.6亿元，完成农村清洁取暖改造12.1万户，累计改造率达到93%。针对部分群众反映的运行费用问题，全市对采暖季用电实行阶梯价格优惠，并为困难家庭提供每户每年不超过800元的运行补贴。",
    "在清苑区供电公司抢修中心，值班人员正紧盯电网负荷监测屏幕。供电公司相关负责人介绍，为保障“煤改电”用户可靠用电，今年全区新建改造配电台区86个，入冬前完成了全部用户线路隐患排查。",
    "保定市住建局相关负责人表示，将组织专业队伍开展入户巡检，及时解决设备故障，确保群众温暖过冬。",
]
h = f"""<div class="w"><h2>长城网</h2><ul class="nav"><li>首页</li><li>河北</li><li>冀云</li><li>民生</li><li>视频</li></ul>
<div class="art"><p class="col">河北 · 民生</p><h1>{esc(t)}</h1>
<div class="info">长城网·冀云客户端记者 郝楠　通讯员 刘东辉　实习生 马悦　|　2025-12-03 14:06　|　浏览量：5203</div>
<div class="content">{ps(body)}</div>
<p>编辑：田甜　审核：张宇</p>
<div class="rel"><b>推荐阅读</b>{ul(['石家庄今冬供热首日平稳','河北发布寒潮预警','雄安新区集中供暖覆盖率提升'])}</div></div></div>
<div class="foot">河北长城网版权所有 冀ICP备11007393号</div>"""
add("yp-21", "news: 长城网, 记者/通讯员/实习生 on one info line", None, h, t, ["郝楠", "刘东辉", "马悦"], "2025-12-03 14:06", body, BASE_CSS)

# ---------------- yp-22 山西晚报 site, comments counts, 来源/编辑, title in two lines
t1, t2 = "太原晋阳湖公园", "冰雪嘉年华12月25日开园"
t = t1 + t2
body = [
    "记者从晋阳湖公园管理处获悉，2025晋阳湖冰雪嘉年华将于12月25日正式开园，持续至明年2月底。",
    "本届嘉年华规划面积约15万平方米，设置雪圈滑道、冰上自行车、冰雕展区和亲子雪乐园等20余个项目，其中冰滑梯最长达到120米。园区还将在元旦、春节期间举办烟花秀、冰上舞龙等民俗活动。",
    "为保障游客安全，园区冰面厚度每天早中晚三次检测，冰面厚度达到25厘米以上方可开放，各项目均配备专职安全员。园区内还设置了暖房、餐饮区和临时医疗点，方便游客休息取暖。",
    "门票方面，成人票80元，1.2米以下儿童、60岁以上老人和残疾人凭有效证件免票。市民可通过“太原文旅”小程序预约购票。",
    "晋阳湖公园管理处提醒，开园初期客流较大，建议市民错峰出行，尽量乘坐公交前往；园区周边新增临时停车位1200个，节假日将实行交通疏导。",
    "（山西晚报记者 武  佳）",
]
h = f"""<div class="w"><h2>山西晚报网</h2><ul class="nav"><li>首页</li><li>太原</li><li>文旅</li><li>民生</li></ul>
<div class="crumb">首页 / 文旅</div>
<div class="art"><h1>{esc(t1)}<br>{esc(t2)}</h1>
<div class="info">2025/12/19 08:05　来源：山西晚报　编辑：高山</div>
<div class="content">{ps(body)}</div>
<div class="cm">网友评论（27）　<a href="#">我要评论</a><input placeholder="说点什么吧…"></div>
<div class="rel"><b>相关新闻</b>{ul(['太原冬季旅游十条线路发布','汾河公园冰场开放时间出炉','晋祠景区推出冬季研学游','太原古县城跨年活动预告','天龙山景区冬季优惠'])}</div></div></div>
<div class="foot">山西晚报社版权所有 晋ICP备12000211号</div>"""
add("yp-22", "news: city evening paper site, headline in two lines, closing （记者 spaced name）", None, h, t, ["武  佳"], "2025/12/19 08:05", body[:-1], BASE_CSS)

# ---------------- yp-23 中国吉林网 sticky bar, 3-char spaced name
t = "吉林市冰雪产业项目集中签约 总金额逾百亿元"
body = [
    "12月6日，2025吉林市冰雪产业招商推介会在北山四季越野滑雪场举行，现场集中签约冰雪旅游、冰雪装备、冰雪体育等项目17个，签约总金额102.6亿元。",
    "签约项目中，松花湖度假区二期、北大壶滑雪小镇配套酒店群等重点项目投资均超过10亿元。另有3家滑雪装备制造企业将在吉林经开区建设生产基地。",
    "吉林市副市长在推介会上表示，吉林市将为签约项目提供全流程“保姆式”服务，在用地、审批、融资等方面给予支持，推动项目早落地、早见效。",
    "近年来，吉林市依托“雾凇冰雪”品牌，冰雪旅游收入年均增长超过20%，冰雪产业已成为拉动当地经济增长的新引擎。",
    "推介会上，吉林市还发布了今冬冰雪旅游十大精品线路和系列优惠政策，对组织游客来吉的旅行社给予奖励，对冰雪装备企业新增投资给予贴息支持。",
]
h = f"""<div class="sticky" style="position:sticky;top:0;background:#fff"><a href="#">中国吉林网</a> <a href="#">吉林发布</a> <a href="#">长者模式</a> <a href="#">登录</a></div>
<div class="w"><h2>中国吉林网</h2><ul class="nav"><li>首页</li><li>吉林</li><li>时政</li><li>经济</li><li>冰雪</li></ul>
<div class="art"><h1>{esc(t)}</h1>
<div class="info">来源：中国吉林网 作者：杨  德  新 发布时间：2025-12-06 18:12</div>
<div class="content">{ps(body)}</div>
<p>责任编辑：崔洋</p>
<div class="qr">扫码看更多<br>吉刻APP</div></div></div>
<div class="foot">中国吉林网 版权所有 吉ICP备06002985号 吉公网安备22010202000301号</div>"""
add("yp-23", "news: provincial portal with sticky bar, 3-char spaced author", None, h, t, ["杨  德  新"], "2025-12-06 18:12", body, BASE_CSS)

# ---------------- yp-24 大连 评论 with 作者单位 line
t = "让“夜经济”亮起来更要“暖”起来"
body = [
    "入夏以来，大连东港、星海广场等地的夜市人头攒动，烧烤、文创、演艺轮番上阵，“夜经济”成了城市活力的新名片。",
    "夜经济要亮，更要暖。亮，是灯光、是人流；暖，是服务、是秩序。一些夜市周边停车难、如厕难，部分摊位油烟扰民、价格不透明，这些细节直接影响市民和游客的体验。",
    "还要看到，夜间经济不是简单的“延长营业时间”。从业者在深夜出摊收摊，公共交通能否跟上？夜间突发状况，医疗和应急服务能否及时响应？这些都考验城市治理的精细程度。",
    "发展夜经济，不能只算“热闹账”，更要算“民生账”。相关部门应在公交延时、公厕配置、噪声管控上下足绣花功夫，让夜间消费既有烟火气，又有安全感。",
    "唯有如此，城市的夜晚才能真正留住人、温暖人。",
    "（作者单位：大连理工大学马克思主义学院）",
]
h = f"""<div class="w"><h2>大连新闻网</h2><ul class="nav"><li>首页</li><li>大连</li><li>评论</li><li>财经</li></ul>
<div class="crumb">首页 &gt; 评论 &gt; 新闻评论</div>
<div class="art"><h1>{esc(t)}</h1>
<div class="info">来源：大连日报　2025年07月15日　作者：沈思齐</div>
<div class="content">{ps(body[:-1])}<p style="text-align:right">{esc(body[-1])}</p></div>
<p>编辑：黄敏</p></div></div>
<div class="foot">大连新闻传媒集团 版权所有 辽ICP备05012548号</div>"""
add("yp-24", "news: 评论 with 作者单位 line at end", None, h, t, ["沈思齐"], "2025年07月15日", body[:-1], BASE_CSS)
