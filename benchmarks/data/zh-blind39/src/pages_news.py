"""News pages yn-13 .. yn-24."""
from common import *

P = []
def add(**kw):
    P.append(kw)

CSS_N = """.hd{background:#c40000;color:#fff;padding:10px}.hd .logo{font-size:28px;font-weight:bold}
.nav li{display:inline-block;padding:6px 12px}.crumb{font-size:12px;color:#888;padding:8px 0}
.main{width:820px;float:left}.side{width:340px;float:right}.art h1{font-size:28px}.meta{color:#999;font-size:13px}
.meta span{margin-right:10px}.ft{clear:both;background:#f5f5f5;font-size:12px;text-align:center;padding:16px}"""

def news_ft(name, icp, extra=""):
    return f"""<div class="ft"><p><a href="#">关于我们</a> | <a href="#">广告服务</a> | <a href="#">联系我们</a> | <a href="#">违法和不良信息举报</a></p>
<p>{esc(name)} 版权所有 未经书面授权禁止转载</p><p>互联网新闻信息服务许可证：{icp}</p>{extra}</div>"""

# ---------------------------------------------------------------- yn-13 新华社通稿 on a portal
b13 = [
    "新华社昆明6月2日电（记者 严勇 杨静）记者从云南省林业和草原局获悉，经过多年保护，云南西双版纳亚洲象种群数量已由上世纪80年代的约170头增长到目前的300头左右，人象冲突防控体系逐步完善。",
    "近年来，云南在亚洲象活动区域建成监测预警系统，布设红外相机和智能监测设备1000余台，组建监测员队伍140余人，实现对象群的24小时跟踪监测。监测预警信息通过短信、广播和手机应用及时推送给周边村民，2024年共发布预警信息120余万条。",
    "与此同时，云南探索建立亚洲象食源地，在保护区及周边种植象群喜食植物1.2万亩，减少象群进入农田和村寨的频次。野生动物肇事公众责任保险实现全覆盖，2024年累计赔付金额超过3000万元。",
    "云南省林业和草原局有关负责人表示，下一步将加快推进亚洲象国家公园创建，推动人与野生动物和谐共生。",
]
add(id="yn-13", kind="news: 新华社 通稿 reprinted on a provincial portal, 原标题 line, 电头 byline inside the first paragraph",
    title="西双版纳亚洲象种群增至300头左右", authors=["严勇","杨静"], pt="2025-06-02 17:48",
    body=b13, html=page("西双版纳亚洲象种群增至300头左右_云岭新闻网", CSS_N, f"""
<div class="hd"><span class="logo">云岭新闻网</span> {search("搜新闻")} <a href="#">登录</a> | <a href="#">注册</a></div>
{nav(["首页","时政","云南","国内","国际","财经","文旅","视频","评论"])}
<div class="w"><div class="crumb">云岭新闻网 &gt; 云南新闻 &gt; 正文</div>
<div class="main art"><h1>西双版纳亚洲象种群增至300头左右</h1>
<div class="meta"><span>2025-06-02 17:48</span><span>来源：新华社</span><span>评论 <a href="#">23</a></span></div>
<p class="yuan">原标题：亚洲象“朋友圈”扩容：西双版纳种群增至300头左右</p>
{render_body(b13)}
<p class="ed">【责任编辑：周晓燕】</p>
{share()}
{ullist("相关新闻",["亚洲象北移南归三周年：人象和谐成常态","西双版纳：监测员的“追象”日常","云南野生动物公众责任保险全覆盖","普洱市发布亚洲象活动预警"],"rel")}
</div>
<div class="side">{ullist("24小时排行",["昆明地铁5号线全线贯通","云南高考报名人数再创新高","滇池草海片区湿地公园开园","大理机场新航站楼投用","2025年云南省级预算公布"])}</div>
</div>
{news_ft("云岭新闻网","53120170001","<p>滇ICP备11003201号-1　滇公网安备 53010202000123号</p>")}
"""))

# ---------------------------------------------------------------- yn-14 人民日报 article on a gov site
b14 = [
    "初夏时节，走进贵州省铜仁市印江土家族苗族自治县的梵净山茶园，采茶工们正忙着采摘夏茶。“今年茶青价格稳定，一天能挣200多元。”采茶工田秀英说。",
    "作为贵州重要的茶叶产区，印江县近年来持续推进茶产业标准化、品牌化建设，全县茶园面积达到25万亩，带动6万余名群众增收。县里建成茶叶加工企业120余家，开发出绿茶、红茶、白茶等系列产品，“梵净山茶”品牌知名度不断提升。",
    "产业发展离不开科技支撑。印江县与贵州大学茶学院合作建立茶叶科技小院，推广病虫害绿色防控、茶园机械化管理等技术，茶园亩均产值由5年前的4000元提高到6800元。",
    "“下一步，我们将推动茶旅融合发展，建设茶文化体验园，让更多游客走进茶园。”印江县委主要负责同志说。",
]
add(id="yn-14", kind="news: 人民日报 article reprinted on a 省政府 site (来源：人民日报, paper's 记者 names under the title)",
    title="梵净山下茶飘香", authors=["苏滨","程焕"], pt="2025-05-19 08:35",
    body=b14, html=page("梵净山下茶飘香_贵州省人民政府网", """.top{background:#f0f0f0;font-size:12px;padding:4px}.hd{background:#a50000;color:#fff;font-size:30px;padding:20px}
.nav li{display:inline-block;padding:6px 14px}.art h1{text-align:center}.src{text-align:center;color:#666}""", f"""
<div class="top">{topbar_2020("贵州省人民政府网")}</div>
<div class="hd">贵州省人民政府 <small>www.guizhou.gov.cn</small></div>
{nav(["首页","要闻动态","政务公开","政务服务","政民互动","数据发布","走进贵州"])}
<div class="w">{crumbs(["首页","要闻动态","媒体看贵州"], lead="当前位置：", sep=" &gt; ")}
<div class="art"><h1>梵净山下茶飘香</h1>
<p class="src">本报记者　苏　滨　程　焕</p>
<p class="src">《 人民日报 》（ 2025年05月19日　 第 10 版）</p>
<div class="src">发布时间：2025-05-19 08:35 　来源：人民日报　【<a href="#">字号：大</a> <a href="#">中</a> <a href="#">小</a>】</div>
{render_body(b14)}
</div>
<div>【<a href="#">打印本页</a>】 【<a href="#">关闭窗口</a>】</div>
{ullist("相关链接",["贵州茶产业：从“一片叶子”到“千亿产业”","都匀毛尖春茶开采"])}
</div>
{gov_footer("贵州省人民政府办公厅","5200000052","黔ICP备05001238号","贵公网安备 52011102000001号")}
"""))

# ---------------------------------------------------------------- yn-15 English CGTN-like, writer name in capitals
b15 = [
    "Herders in Maqu County, on the upper reaches of the Yellow River in northwest China's Gansu Province, are seeing the results of a decade-long effort to restore degraded grasslands.",
    "Once covered by shifting sand dunes, more than 40,000 hectares of pasture in the county have been planted with drought-tolerant grasses and protected by straw checkerboards since 2015, according to the local forestry and grassland bureau.",
    "\"When I was young, the sand would bury our tent in a single windy night,\" said Tibetan herder Gonpo Tashi, 52, standing on a hill now green with oat grass. \"Now the grass reaches my knees in summer, and my yaks are fatter.\"",
    "The county has also introduced a rotational grazing system and pays herders ecological compensation of 7.5 yuan per mu (about 0.07 hectares) for land placed under grazing bans. Local officials say vegetation coverage has risen from 62 percent to 86 percent over the past ten years.",
    "Experts say the restoration of Maqu's wetlands and grasslands, often called the \"reservoir\" of the Yellow River, is vital for water security downstream.",
]
add(id="yn-15", kind="news (English): CGTN-like, writer's name in capitals under the headline, English furniture",
    title="Herders in Gansu's Maqu see green return to Yellow River grasslands", authors=["ZHANG YUE"], pt="09-Jun-2025",
    lang="en", body=b15, html=page("Herders in Gansu's Maqu see green return to Yellow River grasslands - CGTV", """.hd{background:#111;color:#fff;padding:12px}.nav li{display:inline-block;padding:6px 12px}
.art h1{font-size:34px}.by{font-weight:bold;font-size:12px}.tm{color:#888;font-size:12px}""", f"""
<div class="hd"><b>CGTV</b> {nav(["Home","China","World","Business","Opinions","Video","Live","Sci-Tech","Nature"])} <input placeholder="Search"> <a href="#">Sign in</a></div>
<div class="w art">
<div class="sec">China</div>
<h1>Herders in Gansu's Maqu see green return to Yellow River grasslands</h1>
<p class="by">ZHANG YUE</p>
<p class="tm">09-Jun-2025</p>
<div class="share">Share <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Copy link</a></div>
<p><img alt="Yaks graze on restored grassland in Maqu County, Gansu Province, June 5, 2025. /CGTV" src="yak.jpg"></p>
<p class="cap">Yaks graze on restored grassland in Maqu County, Gansu Province, June 5, 2025. /CGTV</p>
{render_body(b15)}
<p>(Cover image via VCG)</p>
<p>Source(s): Xinhua News Agency</p>
{ullist("Related stories",["Qinghai's Sanjiangyuan sees wildlife rebound","China plants 'green great wall' along Kubuqi Desert"])}
{ullist("Most read",["Explainer: China's new ecological compensation rules","Live: Dragon Boat festival celebrations across China"])}
<p>Copyright © 2025 CGTV. All rights reserved.</p>
</div>"""))

# ---------------------------------------------------------------- yn-16 English with Source:/Author: table
b16 = [
    "Guiyang, capital of Guizhou province, has become one of China's major hubs for data centers, with more than 40 large and super-large facilities now in operation or under construction in the Gui'an New Area, local officials said on Tuesday.",
    "The province's cool climate, stable geology and low electricity prices have attracted companies such as Huawei, Tencent and Apple to build data centers there. By the end of May, the total number of servers in the area had exceeded 2.5 million.",
    "\"Guizhou used to be known for mountains and poverty. Now people know it for big data,\" said Li Qiang, an engineer who moved from Shenzhen to Gui'an in 2019.",
    "According to the provincial big data development administration, the digital economy accounted for 42 percent of Guizhou's GDP growth in 2024. The province plans to build a national computing power hub serving the Guangdong-Hong Kong-Macao Greater Bay Area and other eastern regions.",
]
add(id="yn-16", kind="news (English): provincial English news site, Source:/Author: fields in a table",
    title="Guizhou's data centers power digital economy", authors=["Yang Jun"], pt="2025-06-03",
    lang="en", body=b16, html=page("Guizhou's data centers power digital economy - Guizhou Today", """.hd{background:#0a5;color:#fff;padding:12px;font-size:24px}.nav li{display:inline-block;padding:6px 12px}
.info td{font-size:12px;color:#666;padding:0 10px 0 0}""", f"""
<div class="hd">GUIZHOU TODAY <small>Welcome to Guizhou</small> <a href="#">中文</a></div>
{nav(["Home","News","Business","Travel","Culture","Photos","Government"])}
<div class="w">
<p>Home &gt; News &gt; Local News</p>
<h1>Guizhou's data centers power digital economy</h1>
<table class="info"><tr><td>Updated: 2025-06-03</td><td>Source: China Daily</td><td>Author: Yang Jun</td><td>Editor: Wu Xia</td></tr></table>
<p><img alt="Servers in a data center in Gui'an New Area." src="dc.jpg"></p>
<p class="cap">A technician checks servers in a data center in Gui'an New Area. [Photo provided to China Daily]</p>
{render_body(b16)}
{ullist("Related News",["Guizhou opens new expressways","Village Super League kicks off in Rongjiang","Guiyang to host Big Data Expo"])}
<p>Copyright © The People's Government of Guizhou Province. All rights reserved. Presented by China Daily.</p>
<p>黔ICP备05001238号</p></div>"""))

# ---------------------------------------------------------------- yn-17 深度 with 一、二、三 sub-headings
b17 = [
    "6月初，凉山州昭觉县三河村的马铃薯开了花，村民吉好也求在地里拔草。七年前，这里还是典型的深度贫困村；如今，村里有了养殖小区、花椒基地和乡村旅游接待点。",
    "从“一步跨千年”到乡村振兴，大凉山的变化是如何发生的？记者近日走进昭觉、布拖、美姑等县进行了采访。",
    ("h", "一、从“住得上”到“住得好”"),
    "脱贫攻坚期间，凉山州累计建成易地扶贫搬迁安置点1490个，35.32万人搬出大山。搬迁后，州里把工作重点转向社区治理和配套服务。在昭觉县沐恩邸社区，社区开设了“四点半课堂”和老年食堂，双语教师每天给孩子们辅导作业。",
    ("h", "二、从“输血”到“造血”"),
    "产业是稳定增收的根本。昭觉县培育壮大马铃薯、苦荞、西门塔尔牛等特色产业，建成现代农业园区12个。三河村村集体经济收入从2018年的不足1万元增长到去年的46万元。",
    "“过去靠补贴，现在靠自己。”吉好也求说，他养了8头西门塔尔牛，去年卖牛收入就有5万多元。",
    ("h", "三、从“移风易俗”到“精神富足”"),
    "凉山州持续推进移风易俗，引导群众破除薄养厚葬、高额彩礼等陋习。各村普遍建立“红黑榜”，农家书屋、文化广场成为群众闲暇时的去处。",
    "州乡村振兴局负责人说，巩固拓展脱贫攻坚成果仍是当前的首要任务，凉山将坚决守住不发生规模性返贫的底线，让大凉山群众的日子越过越好。",
]
add(id="yn-17", kind="news: 省级新闻客户端 深度 story with numbered 小标题 一、二、三, two reporters in info bar",
    title="大凉山的新变化", authors=["阿依尔且","杨晓东"], pt="2025-06-08 07:00",
    body=b17, html=page("深度｜大凉山的新变化-川观新闻", CSS_N, f"""
<div class="hd"><span class="logo">川流新闻</span> <a href="#">下载客户端</a> {search("请输入关键词")}</div>
{nav(["首页","要闻","深度","区县","财经","文化","视频","问政"])}
<div class="w"><div class="crumb">首页 / 深度</div>
<div class="main art"><p class="lbl">深度</p><h1>大凉山的新变化</h1>
<div class="meta"><span>川流新闻记者 阿依尔且 杨晓东</span><span>2025-06-08 07:00</span><span>阅读 3.2万</span></div>
<p><img alt="三河村新貌" src="sanhe.jpg"></p><p class="cap">三河村新貌。（川流新闻记者 杨晓东 摄）</p>
{render_body(b17)}
<p>责编：李梦　编审：彭雪</p>
{ullist("推荐阅读",["凉山州：35万搬迁群众的新生活","昭觉县悬崖村村民的电商梦","四川巩固脱贫成果十条措施发布"],"rel")}
</div><div class="side">{ullist("热榜",["成都地铁新线开通","四川高考6月7日开考","九寨沟景区暑期预约"])}</div></div>
{news_ft("川流新闻","51120190011")}
"""))

# ---------------------------------------------------------------- yn-18 快讯 one paragraph
b18 = [
    "每日陇上讯（记者 朱建军）6月3日9时12分，甘肃张掖市甘州区发生4.1级地震，震源深度10千米。记者从张掖市应急管理局获悉，截至目前，震中附近未收到人员伤亡和房屋倒塌报告，当地交通、通信、电力等运行正常，相关部门正在进一步核查震情灾情。",
]
add(id="yn-18", kind="news: provincial news site 快讯 of one paragraph, byline in the paragraph",
    title="快讯！张掖市甘州区发生4.1级地震", authors=["朱建军"], pt="2025-06-03 09:40",
    body=b18, html=page("快讯！张掖市甘州区发生4.1级地震-每日陇上", CSS_N, f"""
<div class="hd"><span class="logo">每日陇上</span> {search()} <a href="#">登录</a></div>
{nav(["首页","甘肃","市州","时政","民生","快讯","视频"])}
<div class="w"><div class="crumb">首页 &gt; 快讯</div>
<div class="main art"><h1>快讯！张掖市甘州区发生4.1级地震</h1>
<div class="meta">2025-06-03 09:40 来源：每日陇上 编辑：王婷</div>
{render_body(b18)}
<p>更多详情，请持续关注每日陇上报道。</p>
</div><div class="side">{ullist("快讯",["兰州中川机场新增航线3条","甘肃今年首批高标准农田开工"])}</div></div>
{news_ft("每日陇上","62120170003")}
"""))

# ---------------------------------------------------------------- yn-19 评论员文章
b19 = [
    "生态是青海最大的价值、最大的责任、最大的潜力。近日召开的省委全会，对加快建设国家公园示范省作出全面部署，为我们在新征程上守护好“中华水塔”指明了方向。",
    "三江源、祁连山国家公园建设是青海的重大政治责任。多年来，我们坚持山水林田湖草沙冰一体化保护，三江源地区水资源总量较十年前增加了近80亿立方米，藏羚羊、雪豹等野生动物种群持续恢复。成绩来之不易，更须倍加珍惜。",
    "建设国家公园示范省，关键在于处理好保护与发展的关系。要坚持生态保护第一，完善生态补偿机制，让牧民群众在保护生态中得到实惠；要发展生态畜牧业、生态旅游等绿色产业，把生态优势转化为发展优势。",
    "守护好“中华水塔”，是每一个青海人的责任。只要我们久久为功、持续用力，就一定能让青海的天更蓝、山更绿、水更清。",
]
add(id="yn-19", kind="news: provincial newspaper site 评论员文章 signed 本报评论员 (no person named → authors [])",
    title="奋力建设国家公园示范省", authors=[], pt="2025年6月3日 星期二",
    body=b19, html=page("奋力建设国家公园示范省-青海新闻网", CSS_N, f"""
<div class="hd"><span class="logo">高原新闻网</span> {search("站内检索")}</div>
{nav(["首页","青海要闻","时评","州县","民生","生态","旅游"])}
<div class="w"><div class="crumb">当前位置：首页 &gt; 时评</div>
<div class="main art"><h1>奋力建设国家公园示范省</h1>
<p class="sub">——论深入贯彻落实省委全会精神</p>
<div class="meta">2025年6月3日 星期二　来源：青海日报</div>
<p>本报评论员</p>
{render_body(b19)}
<p>编辑：索南卓玛</p>
</div><div class="side">{ullist("评论",["让“绿色”成为高质量发展的底色","以改革激活高原发展动能"])}</div></div>
{news_ft("高原新闻网","63120170002")}
"""))

# ---------------------------------------------------------------- yn-20 reprint: 来源 and 作者 glued after the date
b20 = [
    "连日来，中卫市沙坡头区的枸杞种植基地迎来头茬果采摘期。在宣和镇的枸杞园里，采摘工人穿行在枝头间，熟练地摘下一颗颗红艳艳的果实。",
    "“今年雨水好，头茬果品相不错，鲜果收购价每斤8元左右。”种植户马永福说，他家种了60亩枸杞，预计今年收入30多万元。",
    "近年来，沙坡头区推广有机枸杞种植标准，建成枸杞精深加工企业9家，开发出枸杞原浆、枸杞酒、枸杞芽茶等产品，全区枸杞种植面积稳定在8.5万亩，综合产值突破15亿元。",
    "沙坡头区农业农村局相关负责人介绍，为保障头茬果品质，区里组织技术人员深入各种植基地，指导农户做好病虫害绿色防控和鲜果分级采摘，并协调烘干企业延长收购时间，确保鲜果及时烘干、不压不烂。",
]
add(id="yn-20", kind="news: city news portal reprint, 来源 and 作者 glued after the date",
    title="沙坡头区枸杞迎来头茬果采摘期", authors=["马丽"], pt="2025-06-21 08:30:15",
    body=b20, html=page("沙坡头区枸杞迎来头茬果采摘期_中卫新闻网", CSS_N, f"""
<div class="hd"><span class="logo">沙都新闻网</span> {search("请输入关键字")}</div>
{nav(["首页","本地新闻","宁夏新闻","图片","专题","视听"])}
<div class="w"><div class="crumb">首页&gt;本地新闻</div>
<div class="main art"><h1>沙坡头区枸杞迎来头茬果采摘期</h1>
<div class="meta">2025-06-21 08:30:15来源：宁夏日报作者：马丽</div>
{render_body(b20)}
<p>[责任编辑：金秀]</p>
{ullist("相关文章",["中宁枸杞博览会7月开幕","宁夏枸杞出口同比增长12%"],"rel")}
</div></div>
{news_ft("沙都新闻网","64120180004")}
"""))

# ---------------------------------------------------------------- yn-21 直播 page
b21 = [
    "2025年6月6日上午，第十届贵州茶产业博览会在湄潭县开幕。本网记者在现场为您带来图文直播。",
    "10:02　开幕式正式开始。来自全国20多个省份的茶企代表、采购商和专家学者约2000人参加。",
    "10:15　主办方发布《2024年贵州茶产业发展报告》：全省茶园面积700万亩，茶叶产量51.6万吨，综合产值达到1000亿元。",
    "10:40　现场签约仪式举行，共签约项目28个，签约金额86.5亿元，涉及茶叶精深加工、茶旅融合、茶饮品开发等领域。",
    "11:05　在展区，湄潭翠芽、都匀毛尖、遵义红等品牌展位前人头攒动，不少采购商现场下单。",
    "11:30　本场直播结束，感谢关注。",
]
add(id="yn-21", kind="news: provincial news site 图文直播 page with time-stamped entries",
    title="直播｜第十届贵州茶产业博览会开幕", authors=["吴启航","田芳"], pt="2025-06-06 10:00",
    body=b21, html=page("直播｜第十届贵州茶产业博览会开幕-动静新闻", CSS_N + ".live{border-left:3px solid #c40000;padding-left:10px}", f"""
<div class="hd"><span class="logo">黔动新闻</span> <a href="#">APP下载</a> {search()}</div>
{nav(["首页","直播","时政","县域","视频","民生","文旅"])}
<div class="w"><div class="crumb">首页 &gt; 直播</div>
<div class="main art"><span class="livetag">● 直播中</span> <span>已结束</span>
<h1>直播｜第十届贵州茶产业博览会开幕</h1>
<div class="meta"><span>2025-06-06 10:00</span><span>记者：吴启航 田芳</span><span>参与人数 12.6万</span></div>
<div class="live">{render_body(b21)}</div>
<p>主持人：周小雅　编辑：赵维</p>
</div><div class="side">{ullist("直播回顾",["贵州村超总决赛直播","数博会开幕式直播"])}</div></div>
{news_ft("黔动新闻","52120180012")}
"""))

# ---------------------------------------------------------------- yn-22 city media, 记者 in info bar, comments count
b22 = [
    "记者6月2日从昆明市交通运输局获悉，为方便市民游客前往滇池湖滨游玩，昆明公交集团将于6月10日起新开通滇池环湖旅游专线2条，串联海埂大坝、捞鱼河湿地公园、古滇名城等景点。",
    "据介绍，环湖1号线从昆明火车站发车，途经海埂公园、海埂大坝，终点为西山景区；环湖2号线从呈贡大学城发车，途经捞鱼河湿地公园、古滇名城，终点为晋宁区。两条线路均采用新能源空调车，票价为2元，发车间隔20分钟。",
    "市交通运输局相关负责人表示，旅游专线将根据客流情况动态调整班次，节假日期间适当加密发车。市民可通过“昆明公交”小程序查询实时到站信息。",
]
add(id="yn-22", kind="news: city daily site, 记者 in info bar, comments count, hot list",
    title="昆明将新开2条滇池环湖旅游公交专线", authors=["李春燕"], pt="2025-06-03 06:55",
    body=b22, html=page("昆明将新开2条滇池环湖旅游公交专线_春城晚报网", CSS_N, f"""
<div class="hd"><span class="logo">春城都市网</span> {search("搜索")} <a href="#">登录</a> <a href="#">注册</a></div>
{nav(["首页","昆明","民生","消费","文旅","教育","健康"])}
<div class="w"><div class="crumb">首页 &gt; 昆明 &gt; 民生</div>
<div class="main art"><h1>昆明将新开2条滇池环湖旅游公交专线</h1>
<div class="meta"><span>记者：李春燕</span><span>2025-06-03 06:55</span><span>来源：春城都市网</span><span>评论(<a href="#">56</a>)</span></div>
{render_body(b22)}
<p>责任编辑：普琼</p>
<div class="cmt"><h4>网友评论</h4><p>已有56条评论，<a href="#">点击查看</a></p><textarea placeholder="文明上网，理性发言"></textarea></div>
</div><div class="side">{ullist("热点排行",["昆明今年第一场暴雨来了","呈贡新区新增中小学学位1.2万个","昆明长水机场暑运预计旅客1200万人次"])}</div></div>
{news_ft("春城都市网","53120190006")}
"""))

# ---------------------------------------------------------------- yn-23 provincial news, author under title, 2025/6/3 09:12:30
b23 = [
    "6月2日，大通回族土族自治县首批高原夏菜开始上市，1200吨新鲜蔬菜通过冷链运输发往广州、深圳等地。",
    "大通县地处青海东部农业区，夏季气候凉爽，昼夜温差大，生产的娃娃菜、西兰花等蔬菜品质好、口感佳，深受南方市场欢迎。今年全县种植高原夏菜5.6万亩，较去年增加0.8万亩，预计总产量达到18万吨。",
    "在桥头镇蔬菜产业园，合作社理事长祁永贵介绍，园区与广东多家商超签订了订单合同，实现“田间采摘、当天预冷、次日到港”，每亩地纯收入可达4000元。",
    "据了解，今年大通县新建蔬菜预冷库6座，冷链运输能力提高到每日300吨。县农牧部门还组织技术人员开展巡回指导，帮助种植户做好水肥管理和病虫害防治，确保高原夏菜量足质优。",
]
add(id="yn-23", kind="news: provincial news site, author line directly under the title, 发布时间：2025/6/3 09:12:30",
    title="大通县首批高原夏菜上市", authors=["李生兰"], pt="2025/6/3 09:12:30",
    body=b23, html=page("大通县首批高原夏菜上市-西海新闻网", CSS_N, f"""
<div class="hd"><span class="logo">西海高原网</span> {search()}</div>
{nav(["首页","要闻","州县","经济","社会","图片"])}
<div class="w"><div class="crumb">您当前的位置：首页 &gt; 州县</div>
<div class="main art"><h1>大通县首批高原夏菜上市</h1>
<p class="au">作者：李生兰</p>
<div class="meta">发布时间：2025/6/3 09:12:30　来源：西海都市报　浏览：3401</div>
{render_body(b23)}
<p>编辑：祁玉红</p>
</div></div>
{news_ft("西海高原网","63120190001")}
"""))

# ---------------------------------------------------------------- yn-24 city media, closing (记者 …) line
b24 = [
    "5月31日，西宁市城东区“口袋公园”建设项目全部完工，12座口袋公园向市民开放，为居民提供了家门口的休闲好去处。",
    "这些口袋公园利用街角空地、闲置边角地建设而成，面积从300平方米到2000平方米不等，配套建设了健身器材、儿童游乐设施和休闲座椅，并种植了丁香、榆叶梅等适应高原气候的花木。",
    "“以前这里是一块堆放杂物的空地，现在变成了小公园，晚饭后带孙子来玩很方便。”家住东关大街的居民韩秀兰说。",
    "城东区住建局相关负责人表示，今年还将结合老旧小区改造，再建设口袋公园8座，让市民推窗见绿、出门进园。",
    "据了解，口袋公园建成后将由所在街道和社区负责日常管护，城东区还将在公园内设置垃圾分类设施和文明提示牌，引导市民共同爱护公共环境。",
    ("raw", "<p>（记者　冶永红　通讯员　李　娜）</p>"),
]
add(id="yn-24", kind="news: city daily site, byline as a closing line in parentheses",
    title="城东区12座口袋公园向市民开放", authors=["冶永红","李娜"], pt="2025-06-01 10:21",
    body=b24, html=page("城东区12座口袋公园向市民开放-夏都新闻网", CSS_N, f"""
<div class="hd"><span class="logo">夏都新闻网</span> {search("请输入搜索内容")}</div>
{nav(["首页","西宁新闻","区县","民生","图片","视频","专题"])}
<div class="w"><div class="crumb">首页 &gt; 区县</div>
<div class="main art"><h1>城东区12座口袋公园向市民开放</h1>
<div class="meta">2025-06-01 10:21　来源：西宁晚报　字号：A+ A-</div>
{render_body(b24)}
<p>编辑：马晓梅</p>
{share()}
</div></div>
{news_ft("夏都新闻网","63120180005")}
"""))
