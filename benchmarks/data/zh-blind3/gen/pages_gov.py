from lib import *

PAGES = []


def reg(f):
    PAGES.append(f)
    return f


GOVFOOT = lambda host, code, icp, gab, extra="": footer([
    f"主办单位：{host}　　承办单位：{host}办公室",
    f"网站标识码：{code}　　<a href='#'>{icp}</a>　　<img src='gab.png' alt=''>{gab}",
    extra or "建议使用1366×768分辨率 IE10及以上版本浏览器浏览本网站",
    "<a href='#'>网站地图</a> | <a href='#'>联系我们</a> | <a href='#'>隐私声明</a>",
])


@reg
def zd01():
    # old table-layout county site (Heilongjiang), 2019, 【字体：大 中 小】
    title = "桦南县召开2019年春季农业生产暨农机安全工作会议"
    time = "2019-04-11"
    body = [
        "4月10日，桦南县召开2019年春季农业生产暨农机安全工作会议，总结2018年全县农业农村工作，安排部署今年春耕生产和农机安全生产各项任务。副县长孙立国出席会议并讲话，县农业农村局、县农机服务中心及各乡镇分管负责同志参加会议。",
        "会议指出，今年全县粮食作物计划播种面积达到236万亩，其中大豆65万亩、玉米118万亩、水稻31万亩，各乡镇要把种植计划落实到村、到户、到地块，确保不撂荒一亩耕地。",
        "会议要求，一是抓好农资储备和市场监管，县市场监管局要联合农业部门开展农资打假专项行动，严厉打击销售假劣种子、化肥、农药等违法行为；二是抓好农机检修和驾驶操作人员培训，4月20日前完成全县2100余台大中型拖拉机年检；三是抓好黑土地保护，推广秸秆还田和深松整地，全年完成深松整地作业60万亩；四是抓好防灾减灾，密切关注天气变化，提前制定低温冷害和春旱应急预案。",
        "孙立国强调，各乡镇、各部门要压实责任，主要领导亲自抓、分管领导具体抓，农业技术人员要深入田间地头开展技术指导，确保春耕生产顺利推进，为全年粮食丰收打下坚实基础。",
    ]
    inner = f"""<table class="layout" width="1000" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2" class="small">今天是：2019年4月11日 星期四　　<a href="#">设为首页</a> | <a href="#">加入收藏</a></td></tr>
<tr><td colspan="2" height="120" style="background:#b71c1c;color:#fff;font-size:30px;font-weight:bold">　<img src="hn_logo.gif" alt="">中国·桦南政府网</td></tr>
<tr><td colspan="2" style="background:#8e0000"><a href="#" style="color:#fff">首页</a> | <a href="#" style="color:#fff">走进桦南</a> | <a href="#" style="color:#fff">政务公开</a> | <a href="#" style="color:#fff">招商引资</a> | <a href="#" style="color:#fff">便民服务</a> | <a href="#" style="color:#fff">政民互动</a></td></tr>
<tr><td width="220" valign="top">
<table width="100%"><tr><td><b>栏目导航</b></td></tr><tr><td><a href="#">桦南要闻</a></td></tr><tr><td><a href="#">部门动态</a></td></tr><tr><td><a href="#">乡镇动态</a></td></tr><tr><td><a href="#">通知公告</a></td></tr></table>
</td><td valign="top">
<table width="100%"><tr><td class="small">当前位置：<a href="#">首页</a> &gt;&gt; <a href="#">桦南要闻</a> &gt;&gt; 正文</td></tr>
<tr><td align="center" style="font-size:22px;font-weight:bold;color:#b71c1c;padding:14px">{title}</td></tr>
<tr><td align="center" class="small">发布日期：{time}　　信息来源：县农业农村局　　点击数：<span>1286</span>　　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>
<tr><td><hr></td></tr>
<tr><td class="article">{render_body(body, indent=True)}</td></tr>
<tr><td align="right">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</td></tr>
</table></td></tr>
<tr><td colspan="2" align="center" class="small" style="border-top:2px solid #b71c1c">版权所有：桦南县人民政府　　主办：桦南县人民政府办公室<br>黑ICP备09012837号　　技术支持：佳木斯市信息中心</td></tr>
</table>
"""
    return dict(id="zd-01", kind="gov-news (old table layout, Heilongjiang county)", title=title,
                authors=[], time=time, body=body, html=page(title + "_桦南县人民政府", inner))


@reg
def zd02():
    # Yanbian bilingual Korean/Chinese banner, street news, author in body end
    title = "建工街道“小巷管家”走进楼院解民忧"
    time = "2023-08-22 16:05"
    body = [
        "近日，延吉市建工街道依托“小巷管家”志愿服务队，对辖区内12个老旧小区开展入户走访，收集居民在楼道照明、停车秩序、垃圾清运等方面的意见建议47条，现场解决31条。",
        "“楼道灯坏了快一个月，晚上下楼只能打手电。”丹光社区居民金顺姬向前来走访的“小巷管家”反映。志愿者当即联系物业维修人员，当天下午就更换了6盏感应灯。",
        "据了解，建工街道“小巷管家”由社区网格员、退休党员、双语志愿者等186人组成，按照“一楼一管家”的方式分片包保，每周至少入户走访一次，对群众反映的问题实行“接单—派单—办结—回访”闭环管理。对于涉及多个部门的复杂问题，由街道“吹哨”、部门“报到”，限期办理。",
        "下一步，建工街道将进一步完善“小巷管家”工作机制，把志愿服务与网格化管理深度融合，让更多群众的烦心事在家门口得到解决。（建工街道 朴美兰）",
    ]
    inner = topbar(["欢迎访问延吉市人民政府网站"], ["无障碍", "长者模式", "繁體", "조선어", "登录", "注册"]) + \
        banner("延吉市人民政府", "연길시인민정부", search("请输入关键字")) + \
        nav(["首页", "政务公开", "政务服务", "互动交流", "走进延吉", "专题专栏"]) + \
        crumbs("您当前所在位置：<a href='#'>首页</a> &gt; <a href='#'>政务公开</a> &gt; <a href='#'>乡镇街道动态</a>") + \
        f"""<div class="main"><div class="content">
<h1>{title}</h1>
<div class="info"><span>发布时间：{time}</span><span>来源：建工街道</span><span>浏览次数：<em>392</em></span><span>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>
<div class="article">{render_body(body)}</div>
{share()}<div class="tools"><a href="#">【打印本页】</a><a href="#">【关闭窗口】</a></div>
{prevnext("依兰镇开展夏季森林防火专项检查", "河南街道举办朝鲜族传统饮食文化体验活动")}
</div><div class="sidebar">{qr()}{linklist("相关文章", ["北山街道开展防汛应急演练", "进学街道召开老旧小区改造居民议事会", "新兴街道“暖心食堂”正式开餐"])}</div></div>
""" + GOVFOOT("延吉市人民政府", "2224010001", "吉ICP备05002145号-1", "吉公网安备 22240102000118号")
    return dict(id="zd-02", kind="gov-news (Jilin Yanbian, Korean/Chinese banner, street news, closing byline)",
                title=title, authors=["朴美兰"], time=time, body=body, html=page(title, inner))


@reg
def zd03():
    # Xinjiang Changji Uyghur banner; department news; headline below info bar; photo caption
    title = "州人社局组织开展“春风行动”专场招聘会"
    time = "2024-02-27 11:43:08"
    body = [
        "2月26日，由昌吉州人力资源和社会保障局主办的2024年“春风行动”暨就业援助月专场招聘会在昌吉市人力资源市场举行。来自建筑、纺织、物流、餐饮等行业的126家企业参会，提供就业岗位4300余个。",
        ("img", "招聘会现场", "图为招聘会现场。 马晓军 摄"),
        "招聘会现场设置了企业招聘区、政策咨询区、技能培训报名区和直播带岗区。工作人员向求职者发放《就业创业政策明白卡》2600余份，并通过短视频平台对部分重点企业进行直播推介，线上观看人数达1.8万人次。",
        "“我是从木垒县过来的，想在昌吉找一份长期稳定的工作。”求职者努尔兰·吐尔逊说，他在现场与一家物流企业达成了初步意向，月薪在5000元左右。",
        "据统计，当天进场求职人数约5200人，初步达成就业意向1380人。州人社局有关负责人表示，“春风行动”期间，全州还将举办各类招聘活动60场以上，重点帮助农村劳动力、就业困难人员和高校毕业生实现就业。",
    ]
    inner = topbar(["今天是2024年2月27日"], ["无障碍阅读", "长者模式", "ئۇيغۇرچە", "English", "登录"]) + \
        banner("昌吉回族自治州人民政府", "سانجى خۇيزۇ ئاپتونوم ئوبلاستلىق خەلق ھۆكۈمىتى", search("搜索本站内容")) + \
        nav(["首页", "走进昌吉", "政务公开", "政务服务", "政民互动", "数据开放"]) + \
        crumbs("当前位置：首页 > 政务公开 > 部门动态") + \
        f"""<div class="main"><div class="content">
<div class="info" style="text-align:left">{time}　　来源：州人力资源和社会保障局　　作者：古丽米热·艾力　　<a href="#">【大</a> <a href="#">中</a> <a href="#">小】</a>　　<a href="#">打印</a></div>
<h1>{title}</h1>
<div class="article">{render_body(body)}</div>
<p class="edit">审核：王建新　　编辑：李娜</p>
{share("分享：")}
</div><div class="sidebar">{linklist("热点推荐", ["昌吉州2024年重点项目集中开工", "全州冬春季安全生产大检查启动", "我州新增3个国家级农业产业强镇"], "side hot")}{qr("手机扫码浏览")}</div></div>
""" + GOVFOOT("昌吉回族自治州人民政府办公室", "6523000005", "新ICP备05001284号", "新公网安备 65230102000212号")
    return dict(id="zd-03", kind="gov-news (Xinjiang Changji, Uyghur banner, info bar above headline)",
                title=title, authors=["古丽米热·艾力"], time=time, body=gold_body(body), html=page(title + "-昌吉州人民政府", inner))


@reg
def zd04():
    # Inner Mongolia Ordos, Mongolian banner, sumu news; author glued with spaces in info bar "作者：赵  敏"
    title = "乌审旗嘎鲁图镇：牧区“一站式”便民服务驿站投入使用"
    time = "2022年6月14日"
    body = [
        "6月13日，乌审旗嘎鲁图镇巴音温都尔嘎查便民服务驿站正式投入使用。驿站集政务代办、快递收发、医疗问诊、农牧业技术咨询等功能于一体，让牧民群众“少跑路、办好事”。",
        "巴音温都尔嘎查距镇政府所在地70多公里，牧户居住分散，过去办理社保认证、草原补奖资金查询等事项需要往返一整天。驿站建成后，嘎查干部和2名专职代办员每天值守，群众所需办理的38项高频事项可以就近提交材料，由代办员统一送镇政务服务中心办理。",
        "牧民敖其尔巴特尔说：“以前取个快递要开车到镇上，现在驿站直接能收，还能给羊群的防疫问题找兽医远程看看，真是方便多了。”",
        "嘎鲁图镇党委有关负责同志介绍，今年全镇计划在9个嘎查建设便民服务驿站，年底前实现全覆盖，同时配套开通蒙汉双语服务，满足不同群众的办事需求。",
    ]
    inner = topbar(["内蒙古自治区人民政府 | 鄂尔多斯市人民政府"], ["长者模式", "无障碍", "ᠮᠣᠩᠭᠣᠯ", "智能问答"]) + \
        banner("乌审旗人民政府", "ᠤᠤᠰᠢᠨ ᠬᠤᠰᠢᠭᠤ ᠠᠷᠠᠳ ᠤᠨ ᠵᠠᠰᠠᠭ ᠤᠨ ᠭᠠᠵᠠᠷ", search("请输入搜索内容")) + \
        nav(["首页", "魅力乌审", "政务公开", "网上办事", "互动交流"]) + \
        crumbs("您的位置：<a href='#'>首页</a> » <a href='#'>新闻中心</a> » <a href='#'>苏木镇动态</a>") + \
        f"""<div class="main"><div class="content">
<h1>{title}</h1>
<div class="info">日期：{time}　　信息来源：嘎鲁图镇　　作者：赵  敏　　阅读次数：218　　<a href="#">收藏</a> <a href="#">打印</a></div>
<div class="article">{render_body(body, indent=True)}</div>
<div class="tools">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
<div class="pn"><p>上一条：<a href="#">无定河镇召开防汛工作部署会</a></p><p>下一条：<a href="#">图克镇开展草原防火宣传进牧户活动</a></p></div>
</div></div>
""" + GOVFOOT("乌审旗人民政府", "1506260001", "蒙ICP备13001756号-1", "蒙公网安备 15062602000101号")
    return dict(id="zd-04", kind="gov-news (Inner Mongolia, Mongolian-script banner, spaced author name)",
                title=title, authors=["赵敏"], time=time, body=body, html=page(title, inner))


@reg
def zd05():
    # Tibet Nyingchi, Tibetan banner, headline broken in two lines, body starts with 通讯员 byline
    t1, t2 = "林芝市召开2025年“四讲四爱”群众教育实践活动", "推进会暨业务培训会"
    title = t1 + t2
    time = "2025-03-18"
    body = [
        "林芝讯（通讯员 次仁卓玛 李文涛）3月17日，林芝市召开2025年“四讲四爱”群众教育实践活动推进会暨业务培训会，通报2024年活动开展情况，安排部署今年重点任务，并对各县（区）宣讲骨干进行业务培训。",
        "会议指出，2024年全市累计开展集中宣讲2300余场次，覆盖群众18万余人次，组建“双语”宣讲小分队54支，把党的创新理论和惠民政策送到了村居、寺庙和田间地头。",
        "会议要求，今年要突出基层特色，用群众听得懂、愿意听的语言讲好身边故事；要创新方式方法，把宣讲与乡村振兴、护边固边、生态保护等工作结合起来；要加强队伍建设，持续开展宣讲员轮训，确保每个行政村至少有2名合格宣讲员。",
        "培训会上，市委党校教师围绕宣讲稿撰写、现场表达技巧等内容进行了专题辅导，巴宜区、米林市等地宣讲员代表作了交流发言。",
    ]
    inner = topbar(["西藏自治区人民政府"], ["无障碍", "关怀版", "བོད་ཡིག", "登录"]) + \
        banner("林芝市人民政府", "ཉིང་ཁྲི་གྲོང་ཁྱེར་མི་དམངས་སྲིད་གཞུང་", search("请输入您要搜索的内容")) + \
        nav(["首页", "政务公开", "政务服务", "互动交流", "走进林芝"]) + \
        crumbs("当前位置：<a href='#'>首页</a> &gt; <a href='#'>政务公开</a> &gt; <a href='#'>政务动态</a>") + \
        f"""<div class="main"><div class="content">
<h1>{t1}<br>{t2}</h1>
<div class="info"><span>来源：林芝市委宣传部</span><span>发布日期：{time}</span><span>【字号 <a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span><span><a href="#">打印</a></span></div>
<div class="article">{render_body(body)}</div>
{qr()}
<p class="small">【责任编辑：央金】</p>
</div></div>
""" + GOVFOOT("林芝市人民政府", "5404000001", "藏ICP备07000032号", "藏公网安备 54040202000038号")
    return dict(id="zd-05", kind="gov-news (Tibet Nyingchi, Tibetan banner, two-line headline, byline at body start)",
                title=title, authors=["次仁卓玛", "李文涛"], time=time, body=body, html=page(title, inner))


@reg
def zd06():
    # Guangxi Sanjiang county, Zhuang banner; modern portal with elder-mode sticky bar; no author
    title = "三江侗族自治县举办2024年“多耶”文化旅游节"
    time = "2024-11-09 09:30"
    body = [
        "11月8日，三江侗族自治县2024年“多耶”文化旅游节在程阳八寨景区开幕。来自县内15个乡镇的1200余名侗族群众身着盛装，手拉手踩着“多耶”节拍载歌载舞，吸引了区内外3万余名游客前来观看。",
        "本届旅游节以“侗乡茶香·多耶同欢”为主题，为期三天，设置侗族大歌展演、百家宴、斗牛、油茶技艺比赛、非遗市集等12项活动。开幕式上，县相关部门为10家“侗乡民宿示范户”授牌，并发布了三江茶旅精品线路4条。",
        "近年来，三江县依托侗族大歌、侗族木构建筑营造技艺等国家级非物质文化遗产资源，大力推进文旅融合发展。今年1至10月，全县接待游客826.5万人次，实现旅游总消费89.3亿元，同比分别增长12.6%和14.1%。",
        "县文化广电体育和旅游局相关负责人表示，将以旅游节为契机，进一步完善景区配套设施，推动茶产业、民宿经济和非遗手工艺协同发展，让更多群众在家门口吃上“旅游饭”。",
    ]
    css = ".sticky{position:sticky;top:0;background:#fff;border-bottom:1px solid #ccc;z-index:9}"
    inner = f"""<div class="sticky">{topbar(["广西壮族自治区人民政府门户网站 | 柳州市人民政府门户网站"], ["长者模式", "无障碍", "Cuengh", "English", "个人登录", "法人登录"])}</div>""" + \
        banner("三江侗族自治县人民政府门户网站", "Sanhgyangh Doengcuz Swciyen Yinzminz Cwngfuj", search("请输入关键词搜索")) + \
        nav(["首页", "政务公开", "政务服务", "政民互动", "三江概况", "专题专栏"]) + \
        crumbs("<a href='#'>首页</a> / <a href='#'>政务公开</a> / <a href='#'>工作动态</a> / <a href='#'>本地动态</a>") + \
        f"""<div class="main"><div class="content">
<div class="info" style="text-align:left;border:0"><b>本地动态</b></div>
<h1>{title}</h1>
<div class="info">发布时间：{time} 来源：三江县文化广电体育和旅游局 浏览量：1,024 字体：[ <a href="#">大</a> <a href="#">中</a> <a href="#">小</a> ] <a href="#">分享</a></div>
<div class="article">{render_body([body[0], ("img", "多耶文化旅游节开幕式现场", "开幕式现场，侗族群众跳起“多耶”。"), *body[1:]])}</div>
{share()}{prevnext("县领导调研冬春季森林防火工作", "县人大常委会开展乡村振兴促进法执法检查")}
</div><div class="sidebar">{linklist("相关阅读", [("三江早春茶开采节启动", "2024-02-26"), ("程阳八寨获评国家5A级旅游景区", "2024-01-12"), ("侗族大歌进校园活动启动", "2023-10-18")])}</div></div>
""" + GOVFOOT("三江侗族自治县人民政府办公室", "4502260008", "桂ICP备2022001623号-1", "桂公网安备 45022602000017号")
    return dict(id="zd-06", kind="gov-news (Guangxi autonomous county, Zhuang banner, sticky elder-mode bar, section label above headline)",
                title=title, authors=[], time=time, body=gold_body([body[0], ("img", "", ""), *body[1:]]),
                html=page(title + "_三江侗族自治县人民政府门户网站", inner, css))


@reg
def zd07():
    # Gansu Tianshui Maiji 政策解读 Q&A
    title = "一图读懂｜《麦积区城乡居民基本医疗保险门诊统筹实施办法》政策解读"
    title = "《麦积区城乡居民基本医疗保险门诊统筹实施办法》政策解读"
    time = "2023年12月05日"
    body = [
        "为进一步减轻参保群众门诊医疗费用负担，天水市麦积区医疗保障局制定了《麦积区城乡居民基本医疗保险门诊统筹实施办法》，现就有关内容解读如下。",
        ("h", "一、制定《办法》的背景是什么？"),
        "按照国家和省、市关于健全门诊共济保障机制的部署要求，为规范我区城乡居民门诊统筹管理，提高基金使用效率，结合我区实际，制定本办法。",
        ("h", "二、哪些人可以享受门诊统筹待遇？"),
        "在我区参加城乡居民基本医疗保险并按规定缴纳当年度医疗保险费的人员，均可享受普通门诊统筹待遇。",
        ("h", "三、报销比例和额度是多少？"),
        "参保居民在村卫生室、社区卫生服务站就医的，政策范围内门诊费用报销比例为65%；在乡镇卫生院、社区卫生服务中心就医的，报销比例为60%；在二级定点医疗机构就医的，报销比例为50%。每人每年门诊统筹最高支付限额为300元，当年未使用的额度不结转下一年度。",
        ("h", "四、在哪里可以看病报销？"),
        "参保居民可在区内纳入门诊统筹管理的定点医疗机构就医，持医保电子凭证或社会保障卡直接结算，无需另行申请。",
        ("h", "五、《办法》什么时候开始施行？"),
        "《办法》自2024年1月1日起施行，有效期5年。",
    ]
    inner = topbar(["天水市麦积区人民政府"], ["无障碍", "长者模式", "简", "繁"]) + \
        banner("天水市麦积区人民政府", "", search("全站搜索")) + \
        nav(["首页", "走进麦积", "政务公开", "政策文件", "政策解读", "政民互动"]) + \
        crumbs("首页 > 政务公开 > 政策解读 > 部门解读") + \
        f"""<div class="main"><div class="content">
<h1>{title}</h1>
<div class="info">发布日期：{time}　　来源：麦积区医疗保障局　　【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】　　【<a href="#">打印</a>】</div>
<div class="article">{render_body(body)}</div>
<p>相关文件：<a href="#">麦积区人民政府办公室关于印发《麦积区城乡居民基本医疗保险门诊统筹实施办法》的通知</a></p>
<div class="tools"><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></div>
</div></div>
""" + GOVFOOT("天水市麦积区人民政府", "6205030003", "陇ICP备10000785号", "甘公网安备 62050302000062号")
    return dict(id="zd-07", kind="gov 政策解读 (Gansu, Q&A subheadings)", title=title, authors=[], time=time,
                body=body if False else gold_body(body), html=page(title, inner))


@reg
def zd08():
    # Sichuan Yibin Xuzhou speech
    title = "在全区安全生产暨森林防灭火工作会议上的讲话"
    time = "2024-04-02 15:20"
    body = [
        ("c", "区委副书记、区长　周浩然"),
        ("c", "（2024年3月29日）"),
        "同志们：",
        "今天，我们召开全区安全生产暨森林防灭火工作会议，主要任务是总结去年工作，分析当前形势，安排部署今年重点工作。刚才，区应急管理局通报了有关情况，3个镇作了交流发言，讲得都很好，我都赞同。下面，我再讲三点意见。",
        ("h", "一、清醒认识当前安全生产形势"),
        "去年以来，全区上下认真落实安全生产责任，事故起数和死亡人数实现“双下降”，森林火灾零发生。但我们也要清醒看到，全区道路交通、建筑施工、城镇燃气等领域隐患仍然较多，部分企业主体责任落实不到位，一些基层干部思想麻痹、存在侥幸心理。特别是进入春季，气温回升、风干物燥，清明祭祀和春耕备耕用火增多，森林防灭火形势严峻复杂。",
        ("h", "二、突出抓好重点领域风险防范"),
        "要紧盯道路交通、危险化学品、城镇燃气、建筑施工、自建房等重点行业领域，深入开展安全生产治本攻坚三年行动，做到隐患排查全覆盖、整改闭环不漏项。要严格落实森林防火期野外用火管控，在重点林区、重要路口设立检查卡点，加强巡山护林，坚决把火源管住。",
        ("h", "三、压紧压实各方责任"),
        "各镇、各部门主要负责同志是本地本行业安全生产第一责任人，要亲自研究、亲自部署、亲自督促。区安委办、区森防指办公室要加强督查检查，对责任不落实、措施不到位的，要严肃追责问责。",
        "同志们，安全生产责任重于泰山。让我们以更加务实的作风、更加有力的举措，全力以赴抓好安全生产和森林防灭火各项工作，为全区经济社会高质量发展营造安全稳定的环境！",
    ]
    inner = topbar(["宜宾市叙州区人民政府网站"], ["长者模式", "无障碍浏览", "政务微博", "政务微信"]) + \
        banner("宜宾市叙州区人民政府", "", search("请输入关键字")) + \
        nav(["首页", "政务公开", "政务服务", "互动交流", "走进叙州"]) + \
        crumbs("您所在的位置：首页 &gt; 政务公开 &gt; 领导讲话") + \
        f"""<div class="main"><div class="content">
<h1>{title}</h1>
<div class="info">时间：{time}　来源：叙州区应急管理局　【字体：<a href="#">大</a><a href="#">中</a><a href="#">小</a>】</div>
<div class="article">{render_body(body)}</div>
{share()}</div></div>
""" + GOVFOOT("宜宾市叙州区人民政府办公室", "5115210001", "蜀ICP备2021012087号", "川公网安备 51152102000033号")
    return dict(id="zd-08", kind="gov leader's speech (Sichuan, speaker line, 同志们：)", title=title, authors=[],
                time=time, body=gold_body(body), html=page(title, inner))


@reg
def zd09():
    # Liaoning Anshan statistics with table
    title = "2024年1—9月鞍山市经济运行情况"
    time = "2024-10-28 10:00:00"
    rows = [["指标", "单位", "1—9月", "同比增长（%）"],
            ["地区生产总值", "亿元", "1432.6", "5.1"],
            ["规模以上工业增加值", "—", "—", "6.3"],
            ["固定资产投资", "—", "—", "4.7"],
            ["社会消费品零售总额", "亿元", "587.9", "4.2"],
            ["一般公共预算收入", "亿元", "118.4", "3.8"],
            ["城镇常住居民人均可支配收入", "元", "37826", "4.6"],
            ["农村常住居民人均可支配收入", "元", "18952", "6.9"]]
    body = [
        "前三季度，面对复杂多变的外部环境，全市上下坚持稳中求进工作总基调，经济运行总体平稳、稳中有进。根据地区生产总值统一核算结果，前三季度全市地区生产总值1432.6亿元，按不变价格计算，同比增长5.1%。",
        ("h", "一、工业生产稳定增长"),
        "前三季度，全市规模以上工业增加值同比增长6.3%。分门类看，采矿业增长4.1%，制造业增长6.8%，电力、热力、燃气及水生产和供应业增长3.2%。钢铁、菱镁等主导产业保持稳定，新材料产业增加值增长12.5%。",
        ("h", "二、固定资产投资持续增长"),
        "前三季度，全市固定资产投资同比增长4.7%。其中，工业投资增长9.3%，基础设施投资增长2.1%。",
        ("h", "三、消费市场稳步恢复"),
        "前三季度，全市社会消费品零售总额587.9亿元，同比增长4.2%。其中，餐饮收入增长7.6%。",
        ("table", rows),
        "注：规模以上工业增加值、固定资产投资增速按可比价格计算。",
    ]
    inner = topbar(["鞍山市统计局"], ["无障碍", "长者模式", "登录"]) + \
        banner("鞍山市统计局", "Anshan Municipal Bureau of Statistics", search("请输入检索词")) + \
        nav(["首页", "机构概况", "统计数据", "统计公报", "统计分析", "政务公开"]) + \
        crumbs("当前位置：首页 > 统计数据 > 月度数据") + \
        f"""<div class="main"><div class="content">
<h1>{title}</h1>
<div class="info">发布时间：{time}　　文章来源：鞍山市统计局　　访问量：<span>2533</span></div>
<div class="article">{render_body(body)}</div>
<div class="tools"><a href="#">【打印】</a><a href="#">【关闭】</a></div>
{linklist("相关链接", ["2024年1—6月鞍山市经济运行情况", "鞍山市2023年国民经济和社会发展统计公报", "2024年1—8月全市规模以上工业生产情况"])}
</div></div>
""" + GOVFOOT("鞍山市统计局", "2103000029", "辽ICP备05016312号", "辽公网安备 21030202000105号")
    return dict(id="zd-09", kind="gov statistics with data table (Liaoning)", title=title, authors=[], time=time,
                body=gold_body(body), html=page(title + "-鞍山市统计局", inner))


@reg
def zd10():
    # Guizhou Qiandongnan 人事任免 公示 list of names
    title = "黔东南州2025年拟任县处级领导干部任前公示"
    time = "2025年6月20日"
    body = [
        "根据《党政领导干部选拔任用工作条例》等有关规定，经州委研究，现将拟任县处级领导干部人选予以任前公示。",
        "杨光明，男，苗族，1982年3月生，大学学历，中共党员，现任凯里市委常委、组织部部长，拟任县（市）党委副书记人选；",
        "吴秀英，女，侗族，1985年9月生，研究生学历，中共党员，现任州财政局副局长，拟任州直单位正职人选；",
        "潘德荣，男，汉族，1980年11月生，在职大学学历，中共党员，现任台江县副县长，拟任县（市）政府正职人选；",
        "龙雪梅，女，苗族，1988年5月生，研究生学历，中共党员，现任州发展改革委综合科科长，拟任州直单位副职人选。",
        "公示时间：2025年6月20日至6月26日（5个工作日）。",
        "公示期间，如对公示对象有情况反映，可通过来电、来信、来访等方式向州委组织部干部监督科反映。反映情况要实事求是，提倡署真实姓名。",
        "举报电话：0855-12380、0855-8223456",
        "通信地址：凯里市宁波路18号州委组织部干部监督科（邮编：556000）",
        ("r", "中共黔东南州委组织部"),
        ("r", "2025年6月20日"),
    ]
    inner = topbar(["黔东南苗族侗族自治州人民政府"], ["长者模式", "无障碍", "智能问答", "登录"]) + \
        banner("黔东南苗族侗族自治州人民政府", "", search("搜索")) + \
        nav(["首页", "政务公开", "政务服务", "互动交流", "魅力黔东南"]) + \
        crumbs("您当前的位置：首页 > 政务公开 > 人事信息 > 任前公示") + \
        f"""<div class="main"><div class="content">
<h1>{title}</h1>
<div class="info">{time}　　来源：州委组织部　　【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】　　<a href="#">打印</a></div>
<div class="article">{render_body(body)}</div>
{prevnext("州人力资源和社会保障局关于2025年度事业单位公开招聘笔试成绩的公告", "黔东南州2025年选调生拟录用人员名单公示")}
</div></div>
""" + GOVFOOT("黔东南州人民政府办公室", "5226000012", "黔ICP备05002341号", "贵公网安备 52260102000009号")
    return dict(id="zd-10", kind="gov 任前公示 (Guizhou, list of names, no authors)", title=title, authors=[], time=time,
                body=gold_body(body), html=page(title, inner))


@reg
def zd11():
    # Qinghai Xining traffic police notice
    title = "关于西宁市城东区部分路段实施交通管制的通告"
    time = "2024/07/16"
    body = [
        "因八一路综合管廊建设施工需要，为保障施工安全和道路交通安全畅通，根据《中华人民共和国道路交通安全法》第三十九条之规定，西宁市公安局交通警察支队决定对城东区部分路段实施交通管制，现将有关事项通告如下：",
        "一、管制时间：2024年7月20日0时至2024年10月31日24时。",
        "二、管制路段：八一东路（互助路口至东川南路口）由东向西方向机动车道。",
        "三、管制措施：管制期间，上述路段由东向西方向禁止机动车通行，由西向东方向保持正常通行。由东向西方向行驶的车辆请提前经泉景路、南川东路绕行。",
        "四、管制期间，公交车辆按照公交公司公布的调整线路运行。",
        "五、请过往车辆和行人服从现场交通民警及交通标志指挥，合理安排出行路线。对违反本通告规定的，公安交通管理部门将依法予以处罚。",
        "特此通告。",
        ("r", "西宁市公安局交通警察支队"),
        ("r", "2024年7月15日"),
    ]
    inner = topbar(["青海省公安厅 | 西宁市公安局"], ["无障碍", "关怀模式", "网上办事"]) + \
        banner("西宁市公安局交通警察支队", "", search("输入关键词")) + \
        nav(["首页", "警务公开", "通知公告", "交通管制", "网上车管所", "警民互动"]) + \
        crumbs("首页 &gt;&gt; 警务公开 &gt;&gt; 通知公告") + \
        f"""<div class="main"><div class="content">
<h1>{title}</h1>
<div class="info">发布者：市交警支队　　发布日期：{time}　　浏览：3768次　　字号：<a href="#">T</a> <a href="#">T</a> <a href="#">T</a></div>
<div class="article">{render_body(body)}</div>
<p class="caption"><img src="map.jpg" alt="绕行示意图">绕行示意图</p>
<div class="tools">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
</div></div>
""" + footer(["版权所有：西宁市公安局交通警察支队　　地址：西宁市城中区长江路88号", "青ICP备08100712号　　青公网安备 63010302000125号", "报警电话：110　交通事故报警：122"])
    return dict(id="zd-11", kind="gov 交警 通告 (Qinghai)", title=title, authors=[], time=time, body=gold_body(body),
                html=page(title, inner))


@reg
def zd12():
    # Zhejiang Deqing modern portal, street news, 长者模式, byline "通讯员" in info bar, date dot format
    title = "阜溪街道：“共富工坊”让村民在家门口增收"
    time = "2025.05.13"
    body = [
        "走进阜溪街道五四村“共富工坊”，20多名村民正在流水线上组装户外露营灯具，熟练地安装灯罩、拧紧螺丝、贴上标签。“活儿不累，离家近，一个月能挣3000多元，还能照顾孩子上下学。”村民沈月芳一边忙碌一边说。",
        "今年以来，阜溪街道聚焦农村闲置劳动力增收，由村集体提供闲置厂房、企业下放加工订单，已建成“共富工坊”9家，涉及户外用品、竹制工艺品、服装辅料等品类，吸纳就业420余人，人均月增收2600元以上。",
        ("b", "村企结对，订单“送上门”"),
        "街道组织辖区内37家规上企业与各村开展结对，梳理适合分散加工的工序清单，通过“企业出订单、工坊搞加工、村里管服务”的模式，让订单直接落地到村。",
        ("b", "技能培训，增收“有底气”"),
        "针对部分村民技能不足的问题，街道联合县人力社保局开设缝纫、电子装配等培训班14期，培训村民560余人次，其中230人取得职业技能等级证书。",
        "下一步，阜溪街道将继续扩大“共富工坊”覆盖面，年底前实现行政村全覆盖，并探索“工坊+电商”模式，帮助更多村民实现家门口就业增收。",
    ]
    css = ".elder{position:fixed;right:0;top:200px;background:#c00;color:#fff;padding:8px;width:20px}"
    inner = topbar(["浙江政务服务网", "湖州市人民政府"], ["长者模式", "无障碍", "English", "用户登录"]) + \
        '<div class="elder">长者模式</div>' + \
        banner("德清县人民政府", "", search("搜索您想了解的政策/资讯/服务")) + \
        nav(["首页", "资讯", "政务公开", "政务服务", "互动交流", "数据开放", "走进德清"]) + \
        crumbs("首页 > 资讯 > 乡镇（街道）动态") + \
        f"""<div class="main"><div class="content">
<h1>{title}</h1>
<div class="info"><span>{time}</span><span>来源：阜溪街道</span><span>通讯员：钱晓燕</span><span>浏览次数：861</span></div>
<div class="article">{render_body(body)}</div>
{share("", ("微信", "微博", "复制链接"))}
<div class="pn"><p>上一篇：新安镇“小事不出村”调解工作法获省级推广</p><p>下一篇：乾元镇启动2025年老旧小区加装电梯工作</p></div>
</div><div class="sidebar">{linklist("热门排行", ["德清县2025年民生实事项目公布", "莫干山镇入选全国乡村旅游重点镇", "我县开展2025年度“最美德清人”评选"])}</div></div>
""" + GOVFOOT("德清县人民政府办公室", "3305210001", "浙ICP备05018975号", "浙公网安备 33052102000140号", "本网站支持IPv6 网站总访问量：28,645,093")
    return dict(id="zd-12", kind="gov-news (Zhejiang modern portal, 长者模式 float, 通讯员 in info bar, bold subheads)",
                title=title, authors=["钱晓燕"], time=time, body=gold_body(body), html=page(title, inner, css))
