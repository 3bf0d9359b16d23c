"""Institution pages wv-36 .. wv-40 (university, hospital, court, state enterprise, association)."""
from render import BODY, e, img, links, ul, ul_dated, search

PAGES = []
K = "institution"

# ---------------------------------------------------------------- wv-36  江苏 university news site
PAGES.append(dict(
    id="wv-36", kind=K, lang="zh", doc_title="学校与苏州工业园区共建智能制造现代产业学院-江南理工大学新闻网",
    features="university news site (2021 design): info line '作者：周思远 热依拉·艾力　摄影：陈\u3000博　编辑：李\u3000青　审核：王建国　发布时间：2025-04-14　浏览次数：1736' (authors keep the middle dot; photographer, editor and reviewer are not authors); quoted speech by the president; signing list; '来源：党委宣传部' after the body; 校园快讯 sidebar; 校训 footer",
    css="""body{margin:0;font:15px/1.85 'Microsoft YaHei';color:#333}.hd{background:#003f88;color:#fff;padding:16px 8%;display:flex;justify-content:space-between;align-items:center}.hd b{font-size:26px}.hd a{color:#cde;margin-left:12px;font-size:13px}
.nv{background:#f1f4f9;padding:8px 8%}.nv a{margin-right:22px;color:#003f88}.w{width:1140px;margin:20px auto;display:flex;gap:30px}.m{flex:1}.m h1{font-size:26px;text-align:center}.in{font-size:13px;color:#888;text-align:center;background:#f7f7f7;padding:6px}
.s{width:280px}.src{color:#888;text-align:right}.ft{background:#003f88;color:#cde;text-align:center;font-size:12px;padding:20px}""",
    regions=[
        '<div class="hd"><b>江南理工大学新闻网</b><span>' + links(["学校主页", "English", "投稿系统"]) + '</span></div>',
        '<div class="nv">' + links(["首页", "综合新闻", "教学科研", "院部动态", "校园文化", "媒体理工", "专题报道"]) + '</div>',
        '<div class="w"><div class="m"><p>当前位置：首页 &gt;&gt; 综合新闻</p><h1>学校与苏州工业园区共建智能制造现代产业学院</h1>'
        '<div class="in">作者：周思远 热依拉·艾力　摄影：陈\u3000博　编辑：李\u3000青　审核：王建国　发布时间：2025-04-14　浏览次数：1736</div>',
        BODY,
        '<p class="src">来源：党委宣传部</p><p>' + links(["上一条：我校召开2025年科研工作会议", "下一条：“研途有我”考研经验分享会举行"], "<br>") + '</p></div>'
        '<div class="s"><h4>校园快讯</h4>' + ul_dated([("图书馆“读书月”活动启动", "04-13"), ("机械学院举办创新创业大赛校赛", "04-12"), ("学校开展实验室安全专项检查", "04-10")]) + '</div></div>',
        '<div class="ft">博学 笃行 明德 致新<br>版权所有 © 江南理工大学　地址：江苏省苏州市吴中区学府路88号　苏ICP备05008816号</div>',
    ],
    title="学校与苏州工业园区共建智能制造现代产业学院", authors=["周思远", "热依拉·艾力"], publish_time="2025-04-14",
    body=[
        ("p", "4月12日，学校与苏州工业园区管委会签署合作协议，共建智能制造现代产业学院。校长刘振东，园区管委会副主任沈\u3000磊出席签约仪式并致辞。"),
        ("p", "刘振东在致辞中表示，共建现代产业学院是学校深化产教融合、服务地方发展的重要举措。“我们要把课堂搬进车间，把企业的真实项目引进课堂，培养一批懂技术、会创新、能解决实际问题的工程人才。”"),
        ("p", "根据协议，双方将在以下方面开展合作："),
        ("li", ["（一）共建专业：围绕工业机器人、智能检测和工业软件方向，联合制定人才培养方案；", "（二）共建平台：在园区建设实训基地和联合实验室，面向企业开放共享；", "（三）共建队伍：互聘教师和企业工程师，每年选派教师到企业挂职锻炼。"]),
        ("p", "首批入驻产业学院的12家企业代表参加了签约仪式。某智能装备企业负责人表示，企业每年需要大量一线工程技术人员，希望通过产业学院实现“订单式”培养，让学生毕业就能上岗。"),
        ("p", "据悉，产业学院首批将招收本科生120人，2025年秋季学期起正式开课。"),
    ],
))

# ---------------------------------------------------------------- wv-37  黑龙江 hospital news
PAGES.append(dict(
    id="wv-37", kind=K, lang="zh", doc_title="我院成功为92岁患者实施经导管主动脉瓣置换术 - 黑龙江省北方医院",
    features="hospital site (2017 design): top bar with 预约挂号/就医指南/English; info bar BELOW the body '作者：心血管内科 孙晓东　审核：医务部　发布时间：2025年04月16日 10:05' (department prefix is not part of the name; 审核 is not an author); patient quote; 专家介绍 paragraph; 24小时咨询电话 and 急诊 footer; 扫码关注 caption",
    css="""body{margin:0;font:15px/1.8 'Microsoft YaHei';background:#f4fbfa}.tb{background:#0a8f80;color:#fff;font-size:13px;padding:4px 6%}.tb a{color:#fff;margin-right:14px}.logo{background:#fff;padding:16px 6%;font-size:26px;color:#0a8f80}
.mn{background:#0a8f80}.mn a{color:#fff;display:inline-block;padding:10px 18px}.ct{width:1000px;margin:20px auto;background:#fff;padding:30px 40px}.ct h2{text-align:center;font-size:24px}.xx{border-top:1px solid #eee;color:#888;font-size:13px;padding-top:8px}
.fo{background:#055f55;color:#d6f0ec;font-size:12px;text-align:center;padding:18px}""",
    regions=[
        '<div class="tb">' + links(["预约挂号", "就医指南", "院务公开", "English"]) + '<span style="float:right">急诊电话：0451-84326120</span></div>',
        '<div class="logo">黑龙江省北方医院</div>',
        '<div class="mn">' + links(["首页", "医院概况", "新闻中心", "科室导航", "专家介绍", "患者服务", "党建文化"]) + '</div>',
        '<div class="ct"><p>您的位置：首页 &gt; 新闻中心 &gt; 医院新闻</p><h2>我院成功为92岁患者实施经导管主动脉瓣置换术</h2>',
        BODY,
        '<div class="xx">作者：心血管内科 孙晓东　审核：医务部　发布时间：2025年04月16日 10:05　浏览：962</div>'
        '<p>' + img("医院微信公众号二维码", gif=True) + ' 扫码关注医院微信公众号，预约挂号更便捷</p></div>',
        '<div class="fo">医院地址：哈尔滨市南岗区学府路2096号　24小时咨询电话：0451-84326000<br>黑ICP备08100952号-1　黑公网安备 23010302000781号　本网站信息仅供参考，不作为诊疗依据</div>',
    ],
    title="我院成功为92岁患者实施经导管主动脉瓣置换术", authors=["孙晓东"], publish_time="2025年04月16日 10:05",
    body=[
        ("p", "近日，我院心血管内科结构性心脏病团队成功为一名92岁重度主动脉瓣狭窄患者实施经导管主动脉瓣置换术（TAVR）。术后第三天，患者即可下地行走，目前已康复出院。"),
        ("p", "患者王大爷今年92岁，近半年来反复出现胸闷、气短，走几步路就要停下来休息，近一个月症状明显加重，夜间无法平卧。入院检查显示，患者主动脉瓣重度狭窄并伴有心功能不全，同时合并慢性肾病和糖尿病。"),
        ("p", "由于患者年龄大、基础病多，传统开胸手术风险极高。心血管内科联合心外科、麻醉科、超声科等多学科会诊后，决定为其实施创伤小、恢复快的TAVR手术。手术团队只在患者大腿根部开了一个小切口，通过导管将人工瓣膜输送到心脏，整个手术用时约1小时。"),
        ("p", "“以前喘不上气，现在能自己下楼遛弯了。”出院时，王大爷拉着医生的手连声道谢。"),
        ("p", "心血管内科主任介绍，TAVR手术适合高龄、外科手术风险高的主动脉瓣狭窄患者。今年以来，科室已完成此类手术20余例，患者平均年龄79岁。"),
    ],
))

# ---------------------------------------------------------------- wv-38  宁夏 intermediate court
PAGES.append(dict(
    id="wv-38", kind=K, lang="zh", doc_title="石嘴山中院公开宣判一起非法采矿案_石嘴山市中级人民法院",
    features="court site on a common court-portal template (2015): info row '来源：石嘴山市中级人民法院　作者：刘静怡 杨\u3000浩　发布时间：2025-04-17 15:30:12' with 【字体：大 中 小】 and 【打印】; anonymised party names (杨某某); 法官说法 sub-heading with the judge's words; 关闭窗口; 诉讼服务 quick links; 12368 hotline in the footer",
    css="""body{margin:0;font:14px/1.8 SimSun;background:#fff7ef}.top{background:#8c0000;color:#ffd86b;font:bold 30px 'Microsoft YaHei';padding:20px 60px}.menu{background:#a60000}.menu a{color:#fff;display:inline-block;padding:8px 16px}
.box{width:980px;margin:10px auto;background:#fff;border:1px solid #e6cfb8;padding:20px 40px}.title{font:bold 22px 'Microsoft YaHei';text-align:center}.from{text-align:center;color:#777;font-size:12px;border-bottom:1px solid #e6cfb8}
.text p{text-indent:2em;font-size:16px;line-height:2}.bt{text-align:center;font-size:12px;color:#666;padding:14px}""",
    regions=[
        '<div class="top">石嘴山市中级人民法院</div>',
        '<div class="menu">' + links(["首页", "法院概况", "审判动态", "诉讼服务", "司法公开", "法官说法", "队伍建设"]) + '</div>',
        '<div class="box"><div>当前位置：<a href="#">首页</a> &gt; <a href="#">审判动态</a></div><div class="title">石嘴山中院公开宣判一起非法采矿案</div>'
        '<div class="from">来源：石嘴山市中级人民法院　作者：刘静怡 杨\u3000浩　发布时间：2025-04-17 15:30:12　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】　<a href="#">【打印】</a></div><div class="text">',
        BODY,
        '</div><p style="text-align:center"><a href="#">关闭窗口</a></p><p>诉讼服务：' + links(["网上立案", "案件查询", "联系法官", "诉讼费计算"], "　") + '</p></div>',
        '<div class="bt">石嘴山市中级人民法院 版权所有　诉讼服务热线：12368<br>宁ICP备10000548号</div>',
    ],
    title="石嘴山中院公开宣判一起非法采矿案", authors=["刘静怡", "杨浩"], publish_time="2025-04-17 15:30:12",
    body=[
        ("p", "4月16日，石嘴山市中级人民法院公开开庭审理并当庭宣判一起非法采矿上诉案，驳回上诉人杨某某、赵某某的上诉，维持原判。"),
        ("p", "经审理查明，2022年3月至2023年8月，杨某某、赵某某在未取得采矿许可证的情况下，雇佣他人在贺兰山东麓某处山体擅自开采砂石，并对外销售。经鉴定，二人非法开采砂石共计4.1万余吨，价值人民币160余万元，同时造成开采区域植被和山体严重破坏。"),
        ("p", "一审法院以非法采矿罪分别判处杨某某有期徒刑三年六个月、赵某某有期徒刑二年六个月，并处罚金，同时判令二人承担生态环境修复费用。二人不服，提出上诉。"),
        ("p", "二审法院经审理认为，一审判决认定事实清楚，证据确实、充分，定罪准确，量刑适当，审判程序合法，遂作出上述裁定。"),
        ("h", "法官说法"),
        ("p", "承办法官表示：“矿产资源属于国家所有，未经许可擅自开采，不仅破坏国家矿产资源，还会对生态环境造成难以恢复的损害。人民法院将坚持从严惩处破坏生态环境的犯罪行为，守护好贺兰山的绿水青山。”"),
    ],
))

# ---------------------------------------------------------------- wv-39  海南 state-owned enterprise
PAGES.append(dict(
    id="wv-39", kind=K, lang="zh", doc_title="集团召开2025年安全生产暨防汛防风工作会议-海南椰林水务集团有限公司",
    features="state enterprise site (2024 design): info line '发布者：党群工作部　日期：2025-04-18' (publishing department, not an author); credit line after the body '文：黎明辉　图：吴\u3000帆' (writer is the author, photographer is not); sub-headings 一是/二是 in prose; 企业文化 sidebar; 集团微信 QR caption; footer with 琼ICP",
    css="""body{margin:0;font:16px/1.85 'PingFang SC','Microsoft YaHei';color:#2b2b2b}.hd{display:flex;justify-content:space-between;padding:14px 6%;border-bottom:3px solid #0077c8}.hd b{font-size:24px;color:#0077c8}
.hd nav a{margin-left:18px;color:#333}.bn{background:#e8f3fb;padding:30px 6%;font-size:22px;color:#0077c8}.ct{max-width:1100px;margin:24px auto;display:grid;grid-template-columns:1fr 260px;gap:30px}.ct h1{font-size:26px}
.mt{color:#999;font-size:14px}.cr{color:#666;font-size:14px}.sd{background:#f6f9fb;padding:14px;font-size:14px}.ft{background:#0f2a3d;color:#9fb6c6;text-align:center;font-size:12px;padding:20px}""",
    regions=[
        '<div class="hd"><b>海南椰林水务集团</b><nav>' + links(["首页", "集团概况", "新闻中心", "主营业务", "党建工作", "企业文化", "信息公开"]) + '</nav></div>',
        '<div class="bn">新闻中心 <small style="font-size:13px">NEWS CENTER</small></div>',
        '<div class="ct"><div><div class="mt">首页 / 新闻中心 / 集团要闻</div><h1>集团召开2025年安全生产暨防汛防风工作会议</h1><div class="mt">发布者：党群工作部　日期：2025-04-18</div>',
        BODY,
        '<p class="cr">文：黎明辉　图：吴\u3000帆</p><p class="mt">' + links(["« 上一篇：集团开展“世界水日”主题宣传活动", "下一篇：集团团委组织青年员工志愿服务 »"], "　") + '</p></div>'
        '<div class="sd"><h4>企业文化</h4><p>使命：让城乡居民喝上放心水</p><p>愿景：成为一流的水务综合服务商</p><p>' + img("集团微信公众号", gif=True) + '<br>扫码关注集团微信公众号</p></div></div>',
        '<div class="ft">海南椰林水务集团有限公司 版权所有　地址：海口市龙华区滨海大道196号<br>琼ICP备16000935号-1　琼公网安备 46010602000398号</div>',
    ],
    title="集团召开2025年安全生产暨防汛防风工作会议", authors=["黎明辉"], publish_time="2025-04-18",
    body=[
        ("p", "4月17日，集团召开2025年安全生产暨防汛防风工作会议，总结2024年安全生产工作，分析当前形势，部署今年安全生产和汛期防汛防风工作。集团党委书记、董事长符国强出席会议并讲话。"),
        ("img", "会议现场", None),
        ("p", "会议指出，2024年集团安全生产形势总体平稳，全年未发生较大及以上安全生产事故，成功应对台风“摩羯”等极端天气影响，保障了全省重点区域供水安全。"),
        ("p", "会议要求，各单位要清醒认识当前安全生产面临的严峻形势，切实抓好各项工作。一是压实安全生产责任，严格落实“一岗双责”和全员安全生产责任制；二是深入开展隐患排查治理，重点加强有限空间作业、危化品使用和管网施工等环节的安全管理；三是扎实做好防汛防风准备，提前检修泵站和备用电源，储备抢险物资，确保台风期间“水不停、电不断”。"),
        ("p", "会上，集团与各所属单位签订了2025年度安全生产目标责任书。集团领导班子成员、各部门负责人和所属单位主要负责人、安全管理人员共90余人参加会议。"),
    ],
))

# ---------------------------------------------------------------- wv-40  江苏 provincial association
PAGES.append(dict(
    id="wv-40", kind=K, lang="zh", doc_title="江苏省老年人门球赛在泰州开赛 - 江苏省老年人体育协会",
    features="association site (2010s table-and-div hybrid): info bar '时间：2025年04月20日　来源：省老体协　编辑：刘\u3000芳' (editor, not author); byline line at the top of the body '通讯员　陶红英　报道' (own line, not body; the 通讯员 is the author); results table with header row; closing （完）; 友情链接 list; counter '您是第…位访客'",
    css="""body{margin:0;font:14px/1.8 'Microsoft YaHei';background:#f7f3e8}.top{background:#d35400;color:#fff;padding:14px 50px;font-size:24px}.nav{background:#e67e22;padding:4px 50px}.nav a{color:#fff;margin-right:18px}
.main{width:960px;margin:14px auto;background:#fff;padding:24px 40px}.main h2{text-align:center;color:#a04000}.info{text-align:center;color:#999;font-size:12px}.btable{border-collapse:collapse;margin:0 auto}
.yq{width:960px;margin:0 auto;font-size:12px}.foot{text-align:center;font-size:12px;color:#777;padding:14px}""",
    regions=[
        '<div class="top">江苏省老年人体育协会</div>',
        '<div class="nav">' + links(["首页", "协会概况", "新闻动态", "赛事活动", "健身指导", "基层风采", "联系我们"]) + '</div>',
        '<div class="main"><p>首页 &gt; 新闻动态 &gt; 赛事活动</p><h2>江苏省老年人门球赛在泰州开赛</h2><p class="info">时间：2025年04月20日　来源：省老体协　编辑：刘\u3000芳</p>',
        BODY,
        '</div><div class="yq">友情链接：' + links(["国家体育总局", "江苏省体育局", "中国老年人体育协会", "江苏体育"], "　") + '</div>',
        '<div class="foot">主办：江苏省老年人体育协会　地址：南京市玄武区中央路218号<br>苏ICP备12047610号-1　您是第 0326518 位访客</div>',
    ],
    title="江苏省老年人门球赛在泰州开赛", authors=["陶红英"], publish_time="2025年04月20日",
    body=[
        ("note", "通讯员\u3000陶红英\u3000报道"),
        ("p", "4月18日，2025年江苏省老年人门球赛在泰州市体育公园门球场开赛。来自全省13个设区市的26支代表队、260余名老年运动员参加比赛。"),
        ("p", "比赛为期三天，分男子组、女子组和混合组进行，采用小组循环赛和淘汰赛相结合的赛制。赛场上，老年运动员们精神饱满、配合默契，一记记精准的击球赢得阵阵掌声。"),
        ("p", "首日比赛部分结果如下："),
        ("table", [["组别", "对阵", "比分"],
                   ["男子组", "南京队—泰州队", "21:18"],
                   ["女子组", "苏州队—盐城队", "19:15"],
                   ["混合组", "无锡队—徐州队", "17:20"]]),
        ("p", "“我打了十多年门球，每天下午都和球友们练两个小时，身体比以前好多了。”75岁的南京队队员吴德明说。"),
        ("p", "据了解，门球是我省老年人喜爱的体育项目之一，全省现有门球场地1800余片，经常参加门球运动的老年人超过5万人。（完）"),
    ],
))
