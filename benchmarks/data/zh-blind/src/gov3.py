from lib import *

# ---------- zb-09 政策解读 with numbered question sub-headings
title = "《东营市促进民营经济发展壮大若干措施》政策解读"
body = [
 "近日，东营市人民政府印发《东营市促进民营经济发展壮大若干措施》（以下简称《措施》）。为便于社会公众和市场主体准确理解，现就有关内容解读如下。",
 "一、《措施》出台的背景是什么？",
 "民营经济是我市经济发展的重要力量，贡献了全市60%以上的税收、70%以上的技术创新成果和80%以上的城镇劳动就业。当前民营企业在融资、用地、市场准入等方面仍面临一些困难，为进一步稳定预期、提振信心，市发展改革委会同相关部门研究起草了《措施》。",
 "二、《措施》的主要内容有哪些？",
 "《措施》共6个方面22条，包括持续优化发展环境、加大金融支持力度、强化要素保障、支持创新发展、加强人才支撑和完善服务机制。",
 "三、在融资支持方面有哪些具体举措？",
 "《措施》提出，市级设立5亿元民营企业转贷引导资金，为企业提供低成本续贷过桥服务；对政府性融资担保机构为小微企业提供的担保业务，担保费率原则上不超过1%。",
 "四、企业如何享受相关政策？",
 "《措施》明确的各项政策，企业可通过“东营政策通”平台查询、申报，实行“免申即享”的政策由有关部门直接兑现。对政策执行有疑问的，可拨打12345政务服务便民热线咨询。",
]
h = f"""
<div class="topbar"><span class="r"><a href="#">无障碍</a> <a href="#">长者模式</a> <a href="#">登录</a> <a href="#">注册</a></span><span>东营市人民政府</span></div>
<div class="banner">东营市人民政府</div>
{nav(["首页","政务公开","政策解读","政务服务","政民互动"])}
<div class="wrap">
<div class="crumb">您当前所在位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策解读</a> &gt; <a href="#">文字解读</a></div>
<h1>{esc(title)}</h1>
<div class="info"><span>发布日期：2023-09-27</span><span>来源：市发展改革委</span><span>作者：</span><span>浏览次数：<b>915</b></span><span>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>
<div class="content">
<p>　　{esc(body[0])}</p>
{''.join(f'<p><strong>　　{esc(p)}</strong></p>' if p.endswith('？') else f'<p>　　{esc(p)}</p>' for p in body[1:])}
</div>
<p>相关文件：<a href="#">东营市人民政府印发关于东营市促进民营经济发展壮大若干措施的通知</a></p>
<p>解读机关：东营市发展和改革委员会　联系电话：0546-8321234</p>
<div class="tools"><a href="#">【打印本页】</a><a href="#">【关闭窗口】</a></div>
</div>
{gov_footer("东营市人民政府办公室","3705000011","鲁ICP备05031234号","鲁公网安备 37050202370504号")}
"""
add("zb-09","gov-interp","政策解读 with question sub-headings, empty 作者： field",doc(title,GOV_CSS,h),
    title, [], "2023-09-27", body, note="related-document and 解读机关/联系电话 lines after the text are not body")

# ---------- zb-10 政策解读 问/答 format, headline below info bar? no: label 图文解读 vs 文字解读
title = "一问一答读懂2026年城乡居民医保参保缴费新政"
body = [
 "2026年度城乡居民基本医疗保险集中参保缴费工作已于9月1日启动。围绕群众关心的热点问题，市医保局进行了梳理解答。",
 "问：哪些人可以参加城乡居民医保？",
 "答：除职工基本医疗保险应参保人员以外的其他所有人员，包括农村居民、城镇非从业居民、在校学生、灵活就业人员以及持有居住证的外地户籍人员，均可在本市参加城乡居民医保。",
 "问：2026年度个人缴费标准是多少？",
 "答：2026年度城乡居民医保个人缴费标准为每人每年400元，财政补助标准为每人每年不低于700元。特困人员、低保对象等困难群众的个人缴费部分由医疗救助基金按规定给予资助。",
 "问：集中缴费期是什么时候？错过了怎么办？",
 "答：集中缴费期为2025年9月1日至12月31日。集中缴费期结束后参保的，自缴费之日起设置3个月待遇等待期。新生儿、退役军人、刑满释放人员等特殊群体按规定在规定期限内参保的，不设等待期。",
 "问：可以通过哪些方式缴费？",
 "答：参保人可通过“赣服通”小程序、“国家医保服务平台”APP、各商业银行网点和手机银行，或到所在村（社区）便民服务站缴费。",
]
h = f"""
<div class="topbar"><span>赣州市医疗保障局</span><span class="r"><a href="#">无障碍</a>·<a href="#">关怀版</a></span></div>
<div class="banner">赣州市医疗保障局</div>
<div class="search"><input type="text" placeholder="请输入关键字"></div>
{nav(["首页","机构概况","新闻动态","政策法规","政策解读","办事服务","互动交流"])}
<div class="wrap">
<div class="crumb">首页 &gt;&gt; 政策解读</div>
<div class="info" style="text-align:right">【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】 【<a href="#">打印</a>】</div>
<h1>{esc(title)}</h1>
<div class="info">信息来源：待遇保障科 | 发布时间：2025年09月03日 | 阅读：3.1万</div>
<div class="content">
{''.join(f'<p><b>{esc(p)}</b></p>' if p.startswith('问：') else f'<p>　　{esc(p)}</p>' for p in body)}
</div>
<p class="editor">（责任编辑：钟丽华）</p>
<div class="share">分享到：<a href="#">微信</a> <a href="#">新浪微博</a> <a href="#">QQ空间</a></div>
<div class="related"><h3>热点推荐</h3>{ul(["赣州市医保局开展打击欺诈骗保专项整治","门诊慢特病待遇如何申请？看这里","异地就医备案线上办理指南"])}</div>
</div>
{gov_footer("赣州市医疗保障局","3607000064","赣ICP备19004567号","赣公网安备 36070202000765号")}
"""
add("zb-10","gov-interp","医保局 问/答 解读, font-size tools above headline",doc(title+"-赣州市医疗保障局",GOV_CSS,h),
    title, [], "2025年09月03日", body)

# ---------- zb-11 leader's speech
title = "在全县2024年安全生产暨消防工作会议上的讲话"
body = [
 "县委副书记、县长　林志远",
 "（2024年2月26日）",
 "同志们：",
 "今天，我们召开全县安全生产暨消防工作会议，主要任务是总结2023年工作，分析当前形势，部署2024年重点任务。刚才，县应急局、县消防救援大队分别通报了有关情况，几个乡镇和部门作了表态发言，讲得都很好，我都同意。下面，我再讲三点意见。",
 "一、清醒认识当前安全生产形势",
 "过去一年，全县上下共同努力，安全生产形势总体平稳，全年未发生较大及以上生产安全事故，事故起数和死亡人数实现“双下降”。但我们也要清醒看到，部分企业主体责任落实不到位，自建房、燃气、电动自行车等领域风险隐患依然突出，一些干部思想上存在松懈麻痹情绪。对此，我们必须保持高度警惕。",
 "二、扎实抓好重点领域隐患整治",
 "要聚焦燃气安全，年底前完成全县老旧燃气管道更新改造任务；要聚焦经营性自建房，对排查出的216栋存在安全隐患的房屋逐一销号；要聚焦电动自行车，严厉打击违规停放充电行为，新建小区集中充电设施覆盖率达到100%。",
 "三、层层压实安全生产责任",
 "各乡镇、各部门主要负责同志是本地区本行业安全生产第一责任人，要做到亲自部署、亲自检查、亲自督办。县安委会办公室要加强督导检查，对工作不力、隐患整改不到位的，该通报的通报，该约谈的约谈，该问责的坚决问责。",
 "同志们，安全生产责任重于泰山。让我们以对人民群众高度负责的态度，扎实做好各项工作，为全县高质量发展营造安全稳定的环境。",
]
h = f"""
<div class="topbar"><span class="r"><a href="#">无障碍</a> <a href="#">长者模式</a></span><span>永春县人民政府</span></div>
<div class="banner">永春县人民政府</div>
{nav(["首页","政务动态","信息公开","政务服务","互动交流","魅力永春"])}
<div class="wrap">
<div class="crumb">当前位置：首页 &gt; 信息公开 &gt; 领导讲话</div>
<h1>{esc(title)}</h1>
<div class="info"><span>来源：县政府办</span><span>时间：2024-03-01 08:50</span><span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span><span>【<a href="#">打印</a>】</span></div>
<div class="content">
<p style="text-align:center;font-family:KaiTi">{esc(body[0])}</p>
<p style="text-align:center">{esc(body[1])}</p>
<p>{esc(body[2])}</p>
{''.join(f'<p style="font-weight:bold">　　{esc(p)}</p>' if p[1]=='、' else f'<p>　　{esc(p)}</p>' for p in body[3:])}
</div>
<div class="prevnext">上一篇：<a href="#">在全县优化营商环境大会上的讲话</a>　　下一篇：<a href="#">在县政府第一次全体会议上的讲话</a></div>
</div>
{gov_footer("永春县人民政府办公室","3505250002","闽ICP备05021003号","闽公网安备 35052502000112号")}
"""
add("zb-11","gov-speech","leader's speech (speaker line, date line, 同志们：)",doc(title,GOV_CSS,h),
    title, ["林志远"], "2024-03-01 08:50", body[2:],
    note="speaker line and the dated line under it are the speech's byline: not body; the speaker is the author; 同志们： is body")

# ---------- zb-12 统计局 data table
title = "2024年1—6月全区主要经济指标完成情况"
rows = [["指标名称","单位","1—6月","同比增长（%）"],
        ["地区生产总值","亿元","612.45","5.8"],
        ["规模以上工业增加值","亿元","—","7.2"],
        ["固定资产投资","亿元","—","4.1"],
        ["社会消费品零售总额","亿元","238.17","6.3"],
        ["一般公共预算收入","亿元","41.06","3.5"],
        ["城镇常住居民人均可支配收入","元","31268","4.9"],
        ["农村常住居民人均可支配收入","元","16542","6.7"]]
pre = [
 "今年以来，全区上下坚持稳中求进工作总基调，全力抓项目、促消费、稳增长，经济运行延续回升向好态势。现将上半年主要经济指标完成情况公布如下：",
]
post = [
 "注：1.地区生产总值按现价计算，增长速度按不变价计算。2.部分指标因统计制度规定不公布总量。",
 "从数据看，上半年全区地区生产总值同比增长5.8%，高于全市平均水平0.4个百分点。工业生产稳步回升，新能源汽车零部件、智能装备等行业增加值分别增长18.6%和12.3%；消费市场持续恢复，限额以上单位通过网络实现的商品零售额增长21.4%。",
]
body = pre + rows_as_paras(rows) + post
h = f"""
<div class="topbar"><span>合肥市包河区人民政府</span><span class="r"><a href="#">无障碍</a> <a href="#">长者模式</a> <a href="#">繁體</a></span></div>
<div class="banner">包河区人民政府</div>
<div class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></div>
{nav(["首页","政务公开","统计信息","政务服务","互动交流"])}
<div class="wrap">
<div class="crumb">您当前所在位置：首页 &gt; 政务公开 &gt; 统计信息 &gt; 统计数据</div>
<h1>{esc(title)}</h1>
<div class="info">发布时间：2024-07-24 15:30　来源：区统计局　浏览次数：642　字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
<div class="content">
<p>　　{esc(pre[0])}</p>
{table(rows)}
<p style="font-size:13px">{esc(post[0])}</p>
<p>　　{esc(post[1])}</p>
</div>
<div class="tools"><a href="#">【打印本页】</a><a href="#">【关闭窗口】</a></div>
</div>
{gov_footer("合肥市包河区人民政府办公室","3401110001","皖ICP备09017890号","皖公网安备 34011102000231号")}
"""
add("zb-12","gov-table","district statistics with data table",doc(title,GOV_CSS,h),
    title, [], "2024-07-24 15:30", body, note="table rows as one paragraph each, cells joined by a space")

# ---------- zb-13 街道 news: photos with captions, closing 供稿/编辑/审核 lines
body = [
 "6月14日，东湖街道在金湖社区党群服务中心举办“邻里一家亲·端午粽飘香”主题活动，辖区80余名居民代表、志愿者和驻区单位职工参加。",
 "活动现场，社区老党员王秀兰向大家讲述了端午节的由来和习俗。随后，居民们分组开展包粽子比赛，泡好的糯米、粽叶、红枣和咸蛋黄摆满长桌，有经验的阿姨手把手教年轻人折叶、填米、捆扎，不一会儿，一个个棱角分明的粽子就包好了。",
 "“孩子们平时上学忙，难得有机会跟着老人学包粽子，这种活动很有意义。”带着女儿参加活动的居民刘晓楠说。",
 "活动结束后，志愿者们将包好的200多个粽子连同慰问品，送到了辖区独居老人、困难家庭和一线环卫工人手中。",
 "近年来，东湖街道以传统节日为载体，持续开展“我们的节日”系列活动，今年以来已累计举办各类邻里活动36场，参与群众4000余人次。",
]
h = f"""
<div class="topbar"><span>青岛市李沧区人民政府</span><span class="r"><a href="#">无障碍</a> <a href="#">长者模式</a> <a href="#">登录</a></span></div>
<div class="banner">李沧区人民政府</div>
{nav(["首页","政务公开","区情概况","街道动态","政务服务"])}
<div class="wrap">
<div class="crumb">首页 &gt; 新闻中心 &gt; 街道动态</div>
<h1>东湖街道：邻里共包端午粽 浓浓粽香暖人心</h1>
<div class="info"><span>2021-06-15</span><span>李沧区东湖街道</span><span>【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span><span>【<a href="#">打印</a>】</span><span>【<a href="#">关闭</a>】</span></div>
<div class="content">
<p>　　{esc(body[0])}</p>
<img alt="">
<p class="caption">居民比赛包粽子</p>
<p>　　{esc(body[1])}</p>
<p>　　{esc(body[2])}</p>
<img alt="图片2">
<p class="caption">志愿者为独居老人送去粽子</p>
<p>　　{esc(body[3])}</p>
<p>　　{esc(body[4])}</p>
</div>
<p class="editor">供稿：东湖街道办事处　编辑：韩雪　审核：吕建国</p>
<div class="qr"><div class="box"></div>手机扫一扫</div><div style="clear:both"></div>
</div>
{gov_footer("青岛市李沧区人民政府办公室","3702130002","鲁ICP备05004567号","鲁公网安备 37021302000189号")}
"""
add("zb-13","gov","street-office news with photos, captions, 供稿/编辑/审核 closing line",doc("东湖街道：邻里共包端午粽 浓浓粽香暖人心",GOV_CSS,h),
    "东湖街道：邻里共包端午粽 浓浓粽香暖人心", [], "2021-06-15", body, note="供稿 (a unit) is a source, not an author")

# ---------- zb-14 province department news, body begins with 通讯员 byline in-paragraph, 作者 field glued
body = [
 "本网讯（通讯员 赵雅琪 黄　涛）近日，省交通运输厅在南宁召开全区农村公路“四好农村路”高质量发展现场推进会，总结交流经验，部署下一阶段工作。",
 "会议通报，2019年以来全区新改建农村公路2.8万公里，具备条件的建制村全部通硬化路、通客车，建成“四好农村路”全国示范县8个、自治区级示范县23个。农村公路养护工程实行“路长制”管理，列养率保持100%，优良中等路率达到81.6%。",
 "会议要求，各地要聚焦农村公路提档升级，加快推进较大人口规模自然村（组）通硬化路建设，持续实施农村公路安全生命防护工程和危旧桥梁改造；要深化农村公路管理养护体制改革，推动建立稳定的养护资金保障机制；要推动“农村公路+产业”融合发展，打造一批旅游路、资源路、产业路。",
 "与会代表实地观摩了横州市、宾阳县农村公路建设项目。",
]
h = f"""
<div class="topbar"><span>广西壮族自治区交通运输厅</span><span class="r"><a href="#">无障碍</a> <a href="#">长者模式</a> <a href="#">壮文版</a> <a href="#">登录</a></span></div>
<div class="banner">广西壮族自治区交通运输厅</div>
<div class="search"><input type="text" placeholder="请输入搜索关键词"><button>搜索</button></div>
{nav(["首页","机构概况","新闻动态","政务公开","政务服务","互动交流"])}
<div class="wrap">
<div class="crumb">当前位置: <a href="#">首页</a> - <a href="#">新闻动态</a> - <a href="#">厅内动态</a></div>
<h1>全区“四好农村路”高质量发展现场推进会在南宁召开</h1>
<div class="info">发布日期:2020-10-28来源:规划处作者:赵雅琪 黄涛</div>
<div class="content">
{ps(body, indent="　　")}
</div>
<div class="share">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
<div class="related"><h3>相关新闻</h3>{ul_dated([("全区交通运输系统安全生产工作会议召开","2020-10-26"),("柳州至梧州高速公路全线通车","2020-10-20")])}</div>
</div>
{gov_footer("广西壮族自治区交通运输厅","4500000054","桂ICP备05007690号-1","桂公网安备 45010302000345号")}
"""
add("zb-14","gov","province department news, glued info bar, 本网讯（通讯员 …）",doc("全区“四好农村路”高质量发展现场推进会在南宁召开",GOV_CSS,h),
    "全区“四好农村路”高质量发展现场推进会在南宁召开", ["赵雅琪","黄涛"], "2020-10-28", body)
