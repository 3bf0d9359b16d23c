from lib import page, body_html, doc, esc, ul, links, GIF

K = "institution"

# ---------------------------------------------------------------- wn-36  湖北 university news site
B36 = [
    ("p", "3月14日，学校召开2025年本科教育教学工作会议，总结2024年本科教学工作，部署新学期重点任务。校长周新民出席会议并讲话，副校长刘丹主持会议。"),
    ("p", "会上，教务处负责人通报了2024年本科教学质量报告。一年来，学校新增国家级一流本科课程6门、省级一流本科专业建设点4个，学生在“挑战杯”“互联网+”等学科竞赛中获国家级奖项87项。"),
    ("p", "化学与化工学院、计算机学院、外国语学院负责人围绕课程思政、新工科建设、人工智能赋能教学等作交流发言。"),
    ("p", "周新民在讲话中指出，本科教育是学校的立校之本。他提出三点要求：一是要深化专业结构调整，对接湖北“51020”现代产业集群，新设一批紧缺专业；二是要推进人工智能与教育教学深度融合，年内建成100门AI助教课程；三是要强化教学质量监控，落实教授为本科生上课制度。"),
    ("p", "各学院院长、分管教学副院长，职能部门负责人共200余人参加会议。"),
]


@page("wn-36", K, "学校召开2025年本科教育教学工作会议", ["余思远", "黄蕾"], "2025-03-15 10:12", B36,
      features="university news site (新闻网) 2020: 首页|学校要闻 nav, info bar 作者：余思远 黄蕾 / 摄影：… / 来源：党委宣传部 / 发布时间 / 浏览, photographer and 审稿 not authors, 上一条/下一条, 校徽 footer with 鄂ICP")
def r36(m):
    css = """body{margin:0;font-family:"Microsoft YaHei";background:#fff}.hd{background:#4a1f7a;color:#fff;padding:18px 8%;display:flex;justify-content:space-between}
.hd b{font-size:26px}.nv{background:#3a1662;padding:0 8%}.nv a{color:#fff;display:inline-block;padding:12px 18px}.ct{width:1000px;margin:24px auto}
.ct h2{text-align:center;font-size:24px}.ar{text-align:center;color:#777;font-size:13px;background:#f6f3fa;padding:8px}.ct p{font-size:16px;line-height:2;text-indent:2em}
.pn{border-top:1px dashed #ccc;padding-top:10px}.ft{background:#2c0f4b;color:#bbb;font-size:12px;text-align:center;padding:20px}"""
    body = f"""
<div class="hd"><b>湖北师范大学新闻网</b><span><a href="#" style="color:#fff">学校主页</a> | <a href="#" style="color:#fff">English</a></span></div>
<div class="nv">{links(["首页","学校要闻","综合新闻","院部动态","媒体湖师","校园人物","图说湖师"])}</div>
<div class="ct"><div>当前位置：<a href="#">首页</a>&gt;<a href="#">学校要闻</a>&gt;正文</div>
<h2>{esc(m['title'])}</h2>
<div class="ar">作者：余思远 黄蕾　摄影：程亮　审稿：方卫东　来源：党委宣传部　发布时间：2025-03-15 10:12　浏览：[ 1736 ]次</div>
{body_html(m['blocks'])}
<div class="pn">上一条：<a href="#">我校召开2025年党风廉政建设工作会议</a><br>下一条：<a href="#">我校在全省大学生创新创业大赛中获佳绩</a></div></div>
<div class="ft">版权所有 © 湖北师范大学 地址：湖北省黄石市磁湖路11号 邮编：435002<br>鄂ICP备05003315号　鄂公网安备 42020202000201号</div>"""
    return doc(m["title"] + "-湖北师范大学新闻网", css, body)


# ---------------------------------------------------------------- wn-37  贵州 hospital, 科普 + 新闻, 通讯员 closing
B37 = [
    ("p", "“医生，我这手术后多久能下地？”3月13日，在医院骨科病房，71岁的龙大爷接受膝关节置换手术后第二天，就在康复治疗师的帮助下扶着助行器走了十几步。"),
    ("p", "这得益于医院今年全面推行的“加速康复外科”（ERAS）模式。与传统方式相比，该模式通过术前宣教、优化麻醉方案、微创操作、术后早期活动等一系列措施，减少手术创伤和应激反应，帮助患者更快恢复。"),
    ("h", "平均住院日缩短3天"),
    ("p", "骨科主任医师杨志华介绍，自去年10月试点以来，科室已有312名患者接受了加速康复外科管理，患者术后平均下床时间由3天缩短为1天，平均住院日由10.5天缩短至7.2天，住院费用平均下降约12%。"),
    ("h", "专家提醒"),
    ("li", ["术前戒烟戒酒至少2周，控制好血压、血糖；", "术后遵医嘱尽早进行功能锻炼，循序渐进；", "出院后按时复诊，如出现伤口红肿、发热等情况及时就医。"]),
    ("p", "据悉，医院下一步将把加速康复外科模式推广到普外科、妇产科、泌尿外科等更多科室，让更多患者受益。（通讯员 吴  娟）"),
]


@page("wn-37", K, "术后第二天就能下地走路 “加速康复外科”让患者少受罪", ["吴娟"], "2025-03-14", B37,
      features="hospital site 2018: long title with a space, 患者服务 nav (预约挂号/专家门诊), info bar 【发布时间：2025-03-14】【来源：宣传科】【点击：…】 in brackets, closing （通讯员 吴  娟）, 专家提醒 list, 医院地址/急诊电话 footer")
def r37(m):
    css = """body{margin:0;font:14px "Microsoft YaHei";background:#eef6f6}.h{background:#008a8a;color:#fff;padding:16px 8%}.h b{font-size:26px}.h .tel{float:right}
.nv{background:#fff;padding:0 8%;border-bottom:2px solid #008a8a}.nv a{display:inline-block;padding:12px 16px;color:#006d6d}.qk{background:#e0f2f2;padding:8px 8%}
.cont{width:960px;margin:20px auto;background:#fff;padding:24px 40px}.cont h1{font-size:22px;text-align:center}.fb{text-align:center;color:#999;font-size:12px}
.cont p,.cont li{font-size:16px;line-height:1.9}.cont p{text-indent:2em}.f{background:#006d6d;color:#dff;padding:20px 8%;font-size:12px}"""
    body = f"""
<div class="h"><span class="tel">急诊电话：0851-28631120</span><b>遵义医科大学第二附属医院</b></div>
<div class="nv">{links(["首页","医院概况","新闻中心","科室导航","专家介绍","患者服务","健康科普","党建园地"])}</div>
<div class="qk">快捷通道：{links(["预约挂号","专家门诊","检查报告查询","住院须知","医保服务"]," | ")}</div>
<div class="cont"><div>您的位置：首页 &gt; 新闻中心 &gt; 医院新闻</div>
<h1>{esc(m['title'])}</h1>
<div class="fb">【发布时间：2025-03-14】【来源：宣传科】【点击：688】</div>
{body_html(m['blocks'])}</div>
<div class="f">地址：贵州省遵义市新蒲新区新蒲大道168号　邮编：563006<br>Copyright © 遵义医科大学第二附属医院　黔ICP备17003386号-1</div>"""
    return doc(m["title"], css, body)


# ---------------------------------------------------------------- wn-38  青海 state enterprise, 2023 corporate site
B38 = [
    ("p", "3月10日，集团公司承建的海西州格尔木至那棱格勒公路改扩建工程全面复工。项目全长86公里，是连接柴达木盆地西部工矿区的重要通道，计划于2026年10月建成通车。"),
    ("p", "格尔木地处高原，每年有效施工期仅有7个月左右。为抢抓施工黄金期，项目部提前谋划，节前就完成了复工方案编制、设备检修和材料储备，春节后分批组织620余名施工人员返岗，投入摊铺机、压路机等大型设备140余台（套）。"),
    ("img", "施工现场", "图为项目施工现场。"),
    ("p", "“今年我们要完成路基工程60公里、路面工程35公里，任务很重。”项目经理宋长海说，项目部推行“网格化”安全管理，把施工线路划分为12个网格，每个网格落实专人负责；针对高原缺氧问题，在各工区设置了供氧室，配备医护人员。"),
    ("p", "据了解，今年集团公司在建重点工程项目23个，计划完成投资118亿元。集团公司将坚持安全、质量、进度、效益“四位一体”管理，全力推进项目建设。"),
]


@page("wn-38", K, "格尔木至那棱格勒公路改扩建工程全面复工", ["祁生德"], "2025-03-12 16:20:47", B38,
      features="state-owned group corporate site 2023: 集团要闻 column, meta row 日期/作者/来源/字号 with icons as text, photo caption 图为…, 党建/企业文化 nav, 子公司 links, footer 集团地址/招标采购")
def r38(m):
    css = """body{margin:0;font-family:"Source Han Sans SC","Microsoft YaHei";color:#333}.hd{display:flex;justify-content:space-between;align-items:center;padding:16px 7%;background:#fff;border-bottom:1px solid #eee}
.hd b{font-size:24px;color:#004d99}.hd nav a{margin-left:20px}.ban{height:160px;background:linear-gradient(90deg,#004d99,#2a8dd4);color:#fff;font-size:30px;padding:60px 7%;box-sizing:border-box}
.w{max-width:1000px;margin:30px auto}h1{font-size:28px}.mt{display:flex;gap:24px;color:#888;font-size:14px;border-bottom:1px solid #eee;padding-bottom:10px}
.w p{font-size:17px;line-height:1.9;text-indent:2em}.pic{text-align:center}.pic-cap{text-indent:0!important;color:#666;font-size:14px}.sub a{display:inline-block;margin:4px 10px}
footer{background:#0b2540;color:#9ab;padding:24px 7%;font-size:13px}"""
    body = f"""
<div class="hd"><b>青海省交通建设集团有限公司</b><nav>{links(["首页","集团概况","新闻中心","工程项目","党建工作","企业文化","招标采购","联系我们"])}</nav></div>
<div class="ban">新闻中心</div>
<div class="w"><div>首页 &gt; 新闻中心 &gt; 集团要闻</div>
<h1>{esc(m['title'])}</h1>
<div class="mt"><span>📅 2025-03-12 16:20:47</span><span>✍ 作者：祁生德</span><span>来源：工程管理部</span><span>字号：A+ A-</span></div>
{body_html(m['blocks'], imgdata=True)}
<div class="sub"><b>下属单位：</b>{links(["路桥公司","养护公司","勘察设计院","物资公司"])}</div></div>
<footer>地址：青海省西宁市城西区胜利路55号　电话：0971-6118200<br>青ICP备16000842号-1　青公网安备63010402000216号</footer>"""
    return doc(m["title"], css, body)


# ---------------------------------------------------------------- wn-39  河北 association (作家协会), old-style site
B39 = [
    ("p", "为深入开展“深入生活、扎根人民”主题实践活动，3月8日至11日，省作家协会组织14名作家赴承德市丰宁满族自治县、围场满族蒙古族自治县开展采风创作活动。"),
    ("p", "采风团先后走进塞罕坝机械林场、丰宁抽水蓄能电站、坝上草原生态修复区和多个乡村振兴示范村，与林场职工、电站建设者、返乡创业青年面对面交流，记录塞北大地的发展变化。"),
    ("p", "在塞罕坝机械林场的月亮山望海楼，采风团成员听取了护林员讲述几代人接续奋斗、植树造林的故事。作家李青禾感慨地说：“这里的每一棵树都有故事，我要把这些平凡人的坚守写进作品里。”"),
    ("p", "采风期间，省作协还与承德市文联共同举办了文学创作座谈会，围绕如何讲好新时代燕赵故事进行了深入交流。省作协有关负责人表示，将把此次采风成果汇编成集，并在《长城》《散文百家》等刊物开设专栏集中刊发。"),
    ("p", "据悉，今年省作协将组织开展8批次主题采风活动，推出一批反映新时代河北发展成就的优秀文学作品。"),
]


@page("wn-39", K, "省作协组织作家赴承德开展主题采风活动", ["柴文静"], "2025年3月13日", B39,
      features="provincial association site 2013 design: 协会动态 column with 日期：2025年3月13日 and 作者：柴文静 in separate spans under title, 来源：河北作家网, 分享到 bar, 会员之窗/作品推荐 sidebar, 联系方式 footer, quoted speech inside body")
def r39(m):
    css = """body{margin:0;background:#f1ece1;font:13px "宋体"}.wp{width:980px;margin:0 auto;background:#fff}.tp{height:100px;background:#7a4a1c;color:#fff;font:bold 30px 华文行楷;padding:30px}
.mu{background:#5c3512}.mu a{color:#fff;padding:0 14px;line-height:36px;font-size:14px}.lf{float:left;width:700px;padding:16px}.rt{float:right;width:230px;padding:16px}
.lf h2{text-align:center;font-size:22px;color:#7a4a1c}.sj{text-align:center;color:#999}.sj span{margin:0 8px}.lf p{font-size:15px;line-height:28px;text-indent:2em}.cl{clear:both}
.bt{background:#5c3512;color:#ddd;text-align:center;padding:14px;line-height:22px}"""
    body = f"""
<div class="wp"><div class="tp">河北作家网<span style="font:14px 宋体;margin-left:20px">河北省作家协会主办</span></div>
<div class="mu">{links(["首页","协会动态","文学评论","作品推荐","会员之窗","文学期刊","网络文学","入会指南"])}</div>
<div class="lf"><div>当前位置：首页 &gt;&gt; 协会动态</div>
<h2>{esc(m['title'])}</h2>
<div class="sj"><span>日期：2025年3月13日</span><span>作者：柴文静</span><span>来源：河北作家网</span></div>
{body_html(m['blocks'])}
<div>分享到：<a href="#">QQ空间</a> <a href="#">新浪微博</a> <a href="#">微信</a> <a href="#">豆瓣</a></div></div>
<div class="rt"><b>会员之窗</b>{ul(["刘广源散文集《滹沱河畔》出版","“燕赵文学新人奖”征稿启事","会员信息登记更新通知"])}<b>作品推荐</b>{ul(["《坝上的风》","《太行人家》","《渤海湾纪事》"])}</div><div class="cl"></div>
<div class="bt">河北省作家协会 版权所有　地址：石家庄市长安区中山东路156号　联系电话：0311-85891017<br>冀ICP备09016203号</div></div>"""
    return doc(m["title"] + "_河北作家网", css, body)


# ---------------------------------------------------------------- wn-40  贵州 court, 2021 court site, 案例 with 法官说法
B40 = [
    ("p", "近日，贵阳市花溪区人民法院审结一起因网络直播打赏引发的返还纠纷案件，依法判决主播返还未成年人打赏款项2.6万元。"),
    ("h", "【基本案情】"),
    ("p", "14岁的小杨（化名）在暑假期间使用母亲的手机，通过某直播平台多次为一名游戏主播打赏，累计金额达2.6万元。杨母发现后与主播协商退款未果，遂以小杨法定代理人的身份诉至法院，请求主播及平台返还打赏款项。"),
    ("h", "【法院审理】"),
    ("p", "法院经审理认为，小杨系限制民事行为能力人，其打赏行为金额较大，明显超出与其年龄、智力相适应的范围，且事后未得到法定代理人追认，该行为无效。结合平台调取的实名认证信息、打赏时间及消费习惯等证据，法院认定打赏行为系小杨本人所为，遂依法作出上述判决。"),
    ("h", "【法官说法】"),
    ("quote", "承办法官田静表示：未成年人网络打赏纠纷近年多发，家长应加强对子女上网行为的引导和监督，妥善保管支付密码；直播平台也应落实未成年人保护责任，完善实名认证和消费限额机制，共同为未成年人营造健康的网络环境。"),
    ("p", "目前，该判决已发生法律效力。"),
]


@page("wn-40", K, "未成年人直播打赏2.6万元 花溪法院判决主播返还", ["王黎", "罗俊"], "2025-03-11 15:30", B40,
      features="court site 2021: 法院新闻/以案说法 nav, info bar 作者：王  黎 罗  俊 (spaced names) · 来源 · 发布时间 with 浏览, 【基本案情】【法院审理】【法官说法】 headings, blockquote judge comment, 诉讼服务 quick links, 12368 热线 footer")
def r40(m):
    css = """body{margin:0;font-family:"Microsoft YaHei";background:#f4f1ea}.hd{background:#9b0d0d;color:#f6d98c;padding:18px 10%;font-size:28px;font-weight:bold}
.nv{background:#7d0a0a;padding:0 10%}.nv a{color:#fff;display:inline-block;padding:11px 15px}.qk{background:#fff;padding:10px 10%;font-size:13px}
.bx{width:1000px;margin:20px auto;background:#fff;padding:30px 50px}.bx h1{text-align:center;font-size:24px;color:#9b0d0d}.if{text-align:center;color:#888;font-size:13px}
.bx p{font-size:16px;line-height:1.9;text-indent:2em}.bx h3{font-size:16px;text-indent:2em}blockquote{background:#faf6ee;border-left:4px solid #9b0d0d;padding:10px 16px;font-size:16px;line-height:1.9}
.ft{background:#9b0d0d;color:#f3d8d8;text-align:center;padding:20px;font-size:12px}"""
    body = f"""
<div class="hd">贵阳市花溪区人民法院</div>
<div class="nv">{links(["首页","法院概况","法院新闻","审判执行","以案说法","诉讼服务","裁判文书","司法公开"])}</div>
<div class="qk">诉讼服务：{links(["网上立案","诉讼费缴纳","案件查询","联系法官","12368诉讼服务热线"]," | ")}</div>
<div class="bx"><div>当前位置：首页 &gt; 以案说法</div>
<h1>{esc(m['title'])}</h1>
<div class="if">作者：王  黎 罗  俊 · 来源：花溪区人民法院 · 发布时间：2025-03-11 15:30 · 浏览：945</div>
{body_html(m['blocks'])}
<p style="text-indent:0;text-align:right">【<a href="#">打印</a>】【<a href="#">关闭</a>】</p></div>
<div class="ft">贵阳市花溪区人民法院 版权所有　地址：贵阳市花溪区明珠大道126号　诉讼服务热线：12368<br>黔ICP备18006071号-1</div>"""
    return doc(m["title"], css, body)
