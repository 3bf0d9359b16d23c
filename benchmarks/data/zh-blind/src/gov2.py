from lib import *

def meta_table(idx, topic, org, written, title, num, pub):
    return f"""<table class="meta">
<tr><td>索 引 号：</td><td>{idx}</td><td>主题分类：</td><td>{topic}</td></tr>
<tr><td>发文机关：</td><td>{org}</td><td>成文日期：</td><td>{written}</td></tr>
<tr><td>标　　题：</td><td colspan="3">{esc(title)}</td></tr>
<tr><td>发文字号：</td><td>{num}</td><td>发布日期：</td><td>{pub}</td></tr>
</table>"""

# ---------- zb-05 通知 (city govt office), 信息公开 metadata table, 文号 under title
title = "嘉兴市人民政府办公室关于做好2024年度夏季防汛防台工作的通知"
body = [
 "各县（市、区）人民政府，市政府各部门、各直属单位：",
 "为切实做好2024年度夏季防汛防台工作，最大限度减少灾害损失，保障人民群众生命财产安全，经市政府同意，现就有关事项通知如下：",
 "一、压紧压实防汛责任",
 "各地各部门要严格落实以行政首长负责制为核心的防汛防台责任制，逐级明确水库、山塘、堤防、圩区、城市易涝点等责任人，并于5月20日前在当地主要媒体和政府门户网站公布。",
 "二、全面排查风险隐患",
 "各地要组织力量对辖区内病险水闸、在建涉水工程、地下空间、低洼易涝小区等开展拉网式排查，建立问题清单、整改清单和责任清单，对一时难以整改到位的落实临时度汛措施。",
 "三、强化监测预报预警",
 "气象、水利、自然资源等部门要加强会商研判，滚动发布预报预警信息，落实“叫应”机制，确保预警信息第一时间直达基层责任人和受影响群众。",
 "四、做好应急抢险准备",
 "各地要充实防汛抢险队伍，补足防汛物资，开展防汛防台应急演练，镇（街道）至少组织1次以上实战化演练，提高快速反应和应急处置能力。",
 "附件：1.2024年度嘉兴市防汛防台重点工作任务清单",
 "2.嘉兴市防汛防台责任人名单报送表",
 "嘉兴市人民政府办公室",
 "2024年5月8日",
 "（此件公开发布）",
]
h = f"""
<div class="topbar"><span>嘉兴市人民政府</span><span class="r"><a href="#">无障碍</a> <a href="#">长者模式</a> <a href="#">繁體版</a> <a href="#">登录</a> <a href="#">注册</a></span></div>
<div class="banner">嘉兴市人民政府<small>信息公开</small></div>
<div class="search"><input type="text" placeholder="请输入检索关键字"><button>检索</button></div>
{nav(["首页","政务动态","政府信息公开","政务服务","政民互动","数据开放"])}
<div class="wrap">
<div class="crumb">您当前所在位置：首页 &gt; 政府信息公开 &gt; 政府文件 &gt; 嘉政办发</div>
{meta_table("002578965/2024-15632","综合政务/应急管理","嘉兴市人民政府办公室","2024-05-08",title,"嘉政办发〔2024〕15号","2024-05-10")}
<h1>{title}</h1>
<p style="text-align:center">嘉政办发〔2024〕15号</p>
<div class="content">
{ps(body[:2], indent="")}
{''.join(f'<p style="font-weight:bold">　　{esc(p)}</p>' if p[1]=='、' else f'<p>　　{esc(p)}</p>' for p in body[2:10])}
<p>　　{esc(body[10])}</p>
<p>　　　　　{esc(body[11])}</p>
<p style="text-align:right">{esc(body[12])}</p>
<p style="text-align:right">{esc(body[13])}</p>
<p>{esc(body[14])}</p>
</div>
<div class="tools"><a href="#">【打印本页】</a><a href="#">【关闭窗口】</a><a href="#">【文字版下载】</a></div>
<div class="related"><h3>相关解读</h3>{ul(["图解：2024年度嘉兴市夏季防汛防台工作要点"])}</div>
</div>
{gov_footer("嘉兴市人民政府办公室","3304000010","浙ICP备05019123号","浙公网安备 33040202000123号")}
"""
add("zb-05","gov-doc","city govt office 通知 with 信息公开 metadata table",doc(title,GOV_CSS,h),
    title, [], "2024-05-10", body, note="publish_time = 发布日期 of metadata table; 文号 not body")

# ---------- zb-06 通告 (public security bureau), no 主送, 发布时间 in info bar above title
title = "关于2025年扬州鉴真半程马拉松赛期间实施临时交通管制的通告"
body = [
 "为确保2025年扬州鉴真半程马拉松赛顺利进行，保障参赛人员及广大群众出行安全，根据《中华人民共和国道路交通安全法》第三十九条之规定，决定于赛事期间对部分道路实施临时交通管制。现将有关事项通告如下：",
 "一、管制时间",
 "2025年4月20日（星期日）6时00分至12时00分。",
 "二、管制范围",
 "文昌西路（博物馆路至扬子江北路段）、扬子江北路（文昌西路至长春路段）、长春路、瘦西湖路、大虹桥路、淮海路全线，以及赛道沿线相交道路路口。",
 "三、管制措施",
 "（一）管制期间，除持有赛事专用证件的车辆外，禁止其他机动车、非机动车及行人进入管制路段。",
 "（二）管制路段按照比赛进程分段解除，具体以现场交通警察指挥为准。",
 "（三）管制期间途经管制区域的公交线路临时调整走向，具体以公交部门公告为准。",
 "四、请广大驾驶人提前规划出行线路，服从现场执勤民警和工作人员的指挥。对违反本通告规定的，公安机关交通管理部门将依法予以处理。",
 "特此通告。",
 "扬州市公安局",
 "2025年4月10日",
]
h = f"""
<div class="topbar"><span class="r"><a href="#">无障碍</a> <a href="#">长辈版</a> <a href="#">繁体</a></span><span>扬州市公安局</span></div>
<div class="banner">扬州市公安局<small>Yangzhou Public Security Bureau</small></div>
{nav(["首页","警务动态","通知公告","办事指南","警民互动","政府信息公开"])}
<div class="wrap">
<div class="crumb">位置：<a href="#">首页</a>  &gt;  <a href="#">通知公告</a></div>
<div class="info" style="text-align:left">发布时间：2025-04-10 16:05:12&nbsp;&nbsp;浏览次数：8362&nbsp;&nbsp;文章来源：交警支队</div>
<h1>{title}</h1>
<p style="text-align:center">扬公通〔2025〕6号</p>
<div class="content">
{''.join(f'<p>　　{esc(p)}</p>' for p in body[:11])}
<p style="text-align:right">{esc(body[11])}</p>
<p style="text-align:right">{esc(body[12])}</p>
<p><img alt="扬州半马交通管制示意图" width="600" height="400"></p>
<p class="caption">交通管制示意图</p>
</div>
<div class="tools"><a href="#">打印</a> <a href="#">关闭</a></div>
<div class="prevnext">上一篇：<a href="#">扬州市公安局关于开展电动自行车违法行为专项整治的通告</a>　下一篇：<a href="#">无</a></div>
</div>
{gov_footer("扬州市公安局","3210000049","苏ICP备09088812号","苏公网安备 32100302010520号")}
"""
add("zb-06","gov-doc","police 通告, info bar above headline, no 主送",doc(title+"_扬州市公安局",GOV_CSS,h),
    title, [], "2025-04-10 16:05:12", body, note="map caption not body")

# ---------- zb-07 实施意见 (county govt), 主送, 附件, plain 信息公开 page with 索引号 list-style meta
title = "泾县人民政府关于加快推进茶产业高质量发展的实施意见"
body = [
 "各乡镇人民政府，县政府各部门、各直属机构：",
 "为深入贯彻落实省、市关于推进茶产业高质量发展的决策部署，做大做强“泾县兰香”区域公用品牌，推动茶产业提质增效、茶农持续增收，结合我县实际，提出如下实施意见。",
 "一、总体目标",
 "到2027年，全县茶园面积稳定在12万亩，其中标准化生态茶园达到6万亩；茶叶产量达到7500吨，综合产值突破40亿元；培育国家级农业产业化龙头企业1家、省级龙头企业5家以上。",
 "二、重点任务",
 "（一）推进茶园提升改造。实施低产茶园改造工程，每年改造低产茶园5000亩以上，推广茶园绿色防控、有机肥替代化肥等技术。",
 "（二）提升加工水平。支持茶企建设清洁化、自动化生产线，对新建标准化加工厂房的给予适当补助。",
 "（三）强化品牌建设。统一“泾县兰香”品牌标识和包装，加大宣传推介力度，组织企业参加国内外知名茶博会。",
 "（四）促进茶旅融合。依托桃花潭、查济古村等景区，打造3条茶旅精品线路，发展茶园民宿、研学体验等新业态。",
 "三、保障措施",
 "县财政每年安排茶产业发展专项资金不少于2000万元，统筹用于茶园改造、品牌推广和人才培养。各乡镇、各有关部门要明确责任分工，建立工作台账，确保各项任务落到实处。",
 "本意见自印发之日起施行，有效期至2027年12月31日。",
 "附件：泾县茶产业高质量发展重点任务分工表",
 "泾县人民政府",
 "2023年8月16日",
]
h = f"""
<div class="topbar"><span>泾县人民政府信息公开</span><span class="r"><a href="#">无障碍</a> <a href="#">老年版</a> <a href="#">网站支持IPv6</a></span></div>
<div class="banner">泾县人民政府<small>政府信息公开网</small></div>
<div class="search"><input type="text" placeholder="请输入信息标题或文号"><button>查询</button></div>
<div class="wrap">
<div class="crumb">当前位置：信息公开 &gt; 法定主动公开内容 &gt; 政策文件 &gt; 县政府文件</div>
<div style="background:#f5f5f5;padding:10px;font-size:13px;line-height:1.9">
<div>索引号：11341823003070817X/202308-00021</div>
<div>发布机构：泾县人民政府办公室</div>
<div>生成日期：2023-08-21</div>
<div>主题分类：农业、林业、水利</div>
<div>名称：{esc(title)}</div>
<div>文号：泾政〔2023〕29号</div>
<div>有效性：有效</div>
</div>
<h1>{title}</h1>
<div style="text-align:center">泾政〔2023〕29号</div>
<div class="content">
{ps(body, indent="　　")}
</div>
<p><a href="#">附件：泾县茶产业高质量发展重点任务分工表.docx</a></p>
<div class="tools"><a href="#">【我要纠错】</a><a href="#">【打印本页】</a><a href="#">【关闭窗口】</a></div>
<div class="related"><h3>相关政策解读</h3>{ul(["《泾县人民政府关于加快推进茶产业高质量发展的实施意见》政策解读"])}</div>
</div>
{gov_footer("泾县人民政府办公室","3418230001","皖ICP备05012341号-2","皖公网安备 34182302000003号")}
"""
add("zb-07","gov-doc","county 实施意见 with 信息公开 key/value block (生成日期)",doc(title,GOV_CSS,h),
    title, [], "2023-08-21", body, note="publish_time = 生成日期 (the only publication date printed); download link after the document is not body")

# ---------- zb-08 印发 办法 (district housing bureau), 通知 wrapping a 办法 with 第X条
title = "关于印发《黄浦区既有住宅加装电梯财政补贴管理办法》的通知"
body = [
 "各街道办事处，区有关部门：",
 "现将《黄浦区既有住宅加装电梯财政补贴管理办法》印发给你们，请认真遵照执行。",
 "黄浦区既有住宅加装电梯财政补贴管理办法",
 "第一条 为推进既有多层住宅加装电梯工作，改善居民居住条件，根据有关规定，结合本区实际，制定本办法。",
 "第二条 本办法适用于本区行政区域内已取得合法权属证明、未设电梯的四层及以上既有住宅加装电梯项目。",
 "第三条 区财政对符合条件的加装电梯项目给予补贴，补贴标准为每台电梯实际工程造价的40%，最高不超过28万元。",
 "第四条 申请补贴应当提交以下材料：（一）补贴申请表；（二）竣工验收备案证明；（三）电梯使用登记证；（四）工程结算审价报告。",
 "第五条 区住房保障和房屋管理局会同区财政局对申请材料进行审核，符合条件的，在15个工作日内拨付补贴资金。",
 "第六条 以虚假材料骗取补贴的，由区住房保障和房屋管理局责令退回，并依法追究相关责任。",
 "第七条 本办法自2021年7月1日起施行，有效期五年。",
 "附件：黄浦区既有住宅加装电梯财政补贴申请表",
 "上海市黄浦区住房保障和房屋管理局",
 "上海市黄浦区财政局",
 "2021年6月11日",
]
h = f"""
<div class="topbar"><span>上海市黄浦区人民政府</span><span class="r"><a href="#">无障碍</a> <a href="#">长者模式</a> <a href="#">繁體</a> <a href="#">English</a></span></div>
<div class="banner">上海黄浦<small>www.shhuangpu.gov.cn</small></div>
<div class="search"><input type="text" placeholder="搜索"><button>搜索</button></div>
{nav(["首页","政务公开","政务服务","互动交流","走进黄浦"])}
<div class="wrap">
<div class="crumb">首页 / 政务公开 / 政策文件 / 部门文件</div>
<h1>{esc(title)}</h1>
<div class="info">黄房规〔2021〕3号　　发布日期：2021-06-15　　来源：区房管局　　<a href="#">【打印】</a> <a href="#">【关闭】</a></div>
<div class="content">
<p>{esc(body[0])}</p>
<p>　　{esc(body[1])}</p>
<p style="text-align:center;font-weight:bold">{esc(body[2])}</p>
{ps(body[3:11], indent="　　")}
<p style="text-align:right">{esc(body[11])}</p>
<p style="text-align:right">{esc(body[12])}</p>
<p style="text-align:right">{esc(body[13])}</p>
</div>
<div class="prevnext">上一篇：<a href="#">关于开展2021年度住宅小区综合治理工作的通知</a><br>下一篇：<a href="#">黄浦区房屋安全管理实施细则</a></div>
<div class="qr"><div class="box"></div>扫一扫在手机打开当前页</div><div style="clear:both"></div>
</div>
{gov_footer("上海市黄浦区人民政府办公室","3101010001","沪ICP备12001234号","沪公网安备 31010102002233号")}
"""
add("zb-08","gov-doc","district bureau 通知 wrapping a 办法 (文号 inside info bar)",doc(title,GOV_CSS,h),
    title, [], "2021-06-15", body)
