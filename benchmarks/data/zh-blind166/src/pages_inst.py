# Institution pages tk-36 .. tk-40. Every page has its own template.
PAGES = []
def add(**kw):
    PAGES.append(dict(kind="institution", lang="zh", **kw))

# tk-36: 吉林 university news site, 2021 design, 文/图 and 审核 lines
add(id="tk-36", title="我校在第十九届“挑战杯”全国大学生课外学术科技作品竞赛中获佳绩",
    authors=["张雨欣", "朴成浩"], publish_time="2025-11-03 14:25",
    css="""body{margin:0;font:15px/1.9 "Microsoft YaHei"}.u-head{background:#6b1020;color:#fff;padding:16px 8%}.u-nav a{color:#fff;margin-right:18px;font-size:14px}.u-main{max-width:900px;margin:20px auto}.u-title{font-size:24px;text-align:center;color:#6b1020}.u-info{text-align:center;font-size:13px;color:#888;border-bottom:1px solid #eee;padding-bottom:8px}.u-foot{background:#4a0b16;color:#ddd;font-size:12px;padding:16px 8%}""",
    pstyle="indent",
    layout="""<body><div class="u-head"><img src="{GIF}" alt="延边大学">延边大学新闻网<div class="u-nav"><a>首页</a><a>延大要闻</a><a>综合新闻</a><a>学术动态</a><a>媒体延大</a><a>校园文化</a><a>学校主页</a></div></div>
<div class="u-main"><div>当前位置：首页 &gt; 综合新闻 &gt; 正文</div>
<div class="u-title">我校在第十九届“挑战杯”全国大学生课外学术科技作品竞赛中获佳绩</div>
<div class="u-info">发布时间：2025-11-03 14:25　来源：校团委　点击量：2316</div>
{BODY}
<p>文/张雨欣 朴成浩　图/校团委　审核/李东哲　编辑/金秀贞</p>
<div>上一条：学校召开2025年教学工作会议　下一条：我校举办第二届朝鲜语翻译大赛</div></div>
<div class="u-foot">版权所有 © 延边大学党委宣传部　地址：吉林省延吉市公园路977号　邮编：133002　吉ICP备05003587号</div></body>""",
    body=[
        ("p", "近日，第十九届“挑战杯”全国大学生课外学术科技作品竞赛终审决赛在某高校举行。我校推荐的6件作品经过激烈角逐，获得全国二等奖1项、三等奖3项，获奖数量和等次均创历史新高。"),
        ("p", "其中，农学院学生团队的作品《长白山区林下参土壤微生物群落与品质形成机制研究》获全国二等奖。该作品以长白山区不同林龄林下参为研究对象，系统分析了土壤微生物对人参皂苷积累的影响，为林下参标准化种植提供了科学依据。"),
        ("table", [["作品名称", "学院", "奖项"], ["长白山区林下参土壤微生物群落与品质形成机制研究", "农学院", "二等奖"], ["图们江流域朝鲜族传统村落空间演变研究", "地理与海洋科学学院", "三等奖"], ["面向中朝俄边境贸易的多语种智能翻译系统", "工学院", "三等奖"], ["延边黄牛肉品质快速无损检测技术", "农学院", "三等奖"]]),
        ("p", "据悉，“挑战杯”竞赛被誉为大学生科技创新的“奥林匹克”盛会。本届竞赛共有全国2000余所高校的4万余件作品参赛。校团委负责人表示，学校将继续完善创新创业教育体系，为学生科技创新搭建更广阔的平台。"),
    ])

# tk-37: 湖北 hospital site, 2015 template, 通讯员 in info bar, 健康科普 list
add(id="tk-37", title="我院成功实施鄂西北首例经导管三尖瓣置换术",
    authors=["代晓燕", "罗成"], publish_time="2025-09-24",
    css="""body{margin:0;font:14px/1.9 宋体;background:#eaf6f6}.hos-top{background:#fff;padding:10px 6%;border-bottom:4px solid #00a0a0}.hos-menu{background:#00a0a0;padding:0 6%}.hos-menu li{display:inline-block;color:#fff;padding:8px 14px}.hos-box{width:960px;margin:16px auto;background:#fff;padding:20px}.hos-h{font-size:20px;text-align:center;font-weight:bold}.hos-i{text-align:center;font-size:12px;color:#777;background:#f5f5f5}.hos-foot{text-align:center;font-size:12px;color:#555}""",
    pstyle="u3000",
    layout="""<body><div class="hos-top"><img src="{GIF}" alt="襄阳市中心医院"> 襄阳市中心医院　湖北文理学院附属医院<span style="float:right">预约挂号热线：0710-3523000 | 无障碍</span></div>
<ul class="hos-menu"><li>首页</li><li>医院概况</li><li>新闻中心</li><li>科室导航</li><li>专家介绍</li><li>就医指南</li><li>健康科普</li><li>党建园地</li></ul>
<div class="hos-box"><p>当前位置：首页 &gt;&gt; 新闻中心 &gt;&gt; 医院新闻</p>
<div class="hos-h">我院成功实施鄂西北首例经导管三尖瓣置换术</div>
<div class="hos-i">发布日期：2025-09-24　作者：心血管内科 代晓燕　通讯员：罗成　浏览次数：1874</div>
{BODY}
<p>【<a>打印</a>】【<a>关闭</a>】</p>
<p>相关新闻：· 我院心脏中心通过国家标准化心衰中心认证　· 我院开展世界心脏日义诊活动</p></div>
<div class="hos-foot">襄阳市中心医院 版权所有　地址：襄阳市襄城区荆州街136号　鄂ICP备10014322号-1　鄂公网安备42060202000251号</div></body>""",
    body=[
        ("p", "近日，我院心血管内科联合心脏大血管外科、麻醉科、超声医学科等多学科团队，成功为一名78岁重度三尖瓣反流患者实施经导管三尖瓣置换术（TTVR）。这是鄂西北地区首例该类手术，标志着我院结构性心脏病介入治疗水平迈上新台阶。"),
        ("p", "患者张爷爷反复出现腹胀、双下肢水肿、活动后气喘等症状已有3年，多次因心衰住院。检查发现，他的三尖瓣存在极重度反流，同时合并房颤、肾功能不全等多种疾病，年龄大、基础病多，外科开胸手术风险极高。"),
        ("p", "经过多学科会诊，团队决定为患者实施经导管三尖瓣置换术。手术在全麻下进行，医生经颈静脉途径将人工瓣膜输送至三尖瓣位置并精准释放，全程历时约90分钟。术后超声显示，人工瓣膜位置良好，三尖瓣反流基本消失。术后第5天，患者顺利出院。"),
        ("h", "专家提醒"),
        ("p", "三尖瓣反流早期症状不明显，常被误认为是其他疾病。出现不明原因的下肢水肿、腹胀、食欲减退等症状的老年人，应及时到心血管专科就诊，做到早发现、早治疗。"),
    ])

# tk-38: 广西 state enterprise news, 2023 corporate design, author line with department, date with 来源 glued
add(id="tk-38", title="广西北部湾港防城港码头40万吨级泊位通过竣工验收",
    authors=["黎思远"], publish_time="2025.07.08",
    css="""body{margin:0;font:15px/1.8 "Source Han Sans CN","Microsoft YaHei";color:#333}.corp-head{display:flex;align-items:center;justify-content:space-between;padding:14px 7%;background:#fff;box-shadow:0 1px 4px #0002}.corp-head nav a{margin-left:22px}.corp-banner{height:160px;background:#00447c;color:#fff;font-size:30px;padding:50px 7%}
.news-detail{max-width:960px;margin:30px auto}.news-detail h2{font-size:26px;text-align:center}.news-detail .time{text-align:center;color:#999;font-size:14px}.corp-foot{background:#0a1f33;color:#7d90a3;padding:30px 7%;font-size:13px}""",
    layout="""<body><div class="corp-head"><img src="{GIF}" alt="北部湾港股份有限公司"><nav><a>首页</a><a>关于我们</a><a>新闻中心</a><a>业务板块</a><a>投资者关系</a><a>社会责任</a><a>联系我们</a><a>EN</a></nav></div>
<div class="corp-banner">新闻中心 <small>NEWS</small></div>
<div class="news-detail"><p>首页 / 新闻中心 / 公司新闻</p>
<h2>广西北部湾港防城港码头40万吨级泊位通过竣工验收</h2>
<p class="time">2025.07.08 来源：工程管理部 作者：黎思远</p>
{BODY}
<p>&lt; 返回列表</p></div>
<div class="corp-foot"><p>北部湾港股份有限公司　地址：广西南宁市青秀区某路某号　电话：0771-2519801</p><p>Copyright © 2025 All Rights Reserved　桂ICP备16002177号-1</p><p><img src="{GIF}" alt="官方微信"> 关注官方微信</p></div></body>""",
    body=[
        ("p", "7月6日，广西北部湾港防城港码头40万吨级散货泊位工程顺利通过竣工验收。该泊位是广西首个40万吨级泊位，可满足世界最大矿石船舶满载靠泊作业，将进一步提升北部湾港大宗散货中转能力。"),
        ("p", "该工程建设1个40万吨级散货泊位及相应配套设施，码头岸线长490米，设计年通过能力1500万吨。工程采用高桩梁板式结构，配备2台4500吨/小时卸船机和堆取料机等自动化装卸设备，并同步建设了粉尘在线监测和喷淋抑尘系统。"),
        ("p", "验收组听取了建设、设计、施工、监理等单位的工作汇报，查看了工程现场，审阅了相关资料，一致认为该工程质量合格，同意通过竣工验收。"),
        ("p", "公司相关负责人表示，40万吨级泊位投入运营后，进口铁矿石可实现“大船直靠”，每吨矿石综合物流成本可降低约15元，将有力服务西南地区钢铁企业降本增效，助力西部陆海新通道建设。"),
    ])

# tk-39: 海南 association (行业协会) site, old 2010 table template, 秘书处 source, no author
add(id="tk-39", title="海南省旅游民宿协会召开第二届会员大会",
    authors=[], publish_time="2025-01-20 15:33:08",
    css="""body{font:12px/1.8 Tahoma,宋体;background:#fff8ee;margin:0}.tbl{width:900px;margin:0 auto;background:#fff;border:1px solid #e0c9a6}.tbl .hd{background:#e67e22;color:#fff;font-size:22px;padding:16px}.tbl .mn a{padding:0 8px}.tbl .bt{font-size:18px;color:#c0392b;text-align:center;font-weight:bold}.tbl .xx{text-align:center;color:#999}.tbl .ft{background:#e67e22;color:#fff;text-align:center}""",
    pstyle="p",
    layout="""<body><table class="tbl"><tr><td class="hd"><img src="{GIF}" alt="海南省旅游民宿协会">海南省旅游民宿协会 Hainan B&amp;B Association</td></tr>
<tr><td class="mn"><a>网站首页</a>|<a>协会概况</a>|<a>协会动态</a>|<a>政策法规</a>|<a>会员风采</a>|<a>入会申请</a>|<a>联系我们</a></td></tr>
<tr><td>当前位置：网站首页 &gt; 协会动态 &gt;</td></tr>
<tr><td class="bt">海南省旅游民宿协会召开第二届会员大会</td></tr>
<tr><td class="xx">来源：协会秘书处　　时间：2025-01-20 15:33:08　　浏览：372 次</td></tr>
<tr><td>{BODY}</td></tr>
<tr><td>上一篇：关于开展2025年度星级民宿评定工作的通知<br>下一篇：协会组织会员赴浙江莫干山考察学习</td></tr>
<tr><td class="ft">海南省旅游民宿协会 版权所有　地址：海口市美兰区某路某号　电话：0898-65301128　琼ICP备17002236号-1</td></tr></table></body>""",
    body=[
        ("p", "1月18日，海南省旅游民宿协会第二届会员大会在海口召开。来自全省18个市县的180余名会员代表参加会议。省旅游和文化广电体育厅有关处室负责人到会指导。"),
        ("p", "会议审议通过了第一届理事会工作报告、财务报告和协会章程修正案，选举产生了第二届理事会、监事会成员。琼海某民宿负责人当选为新一届会长。"),
        ("p", "第一届理事会工作报告显示，协会成立五年来，会员单位由86家增至412家，协助制定《海南省乡村民宿等级划分与评定》地方标准，组织开展民宿管家培训42期，培训从业人员3600余人次。"),
        ("p", "新当选会长在发言中表示，新一届理事会将重点做好三方面工作："),
        ("ol", ["一是推动民宿标准化、品牌化发展，培育一批精品民宿集群；", "二是加强行业自律，建立会员诚信档案和服务质量评价机制；", "三是搭建交流合作平台，推动民宿与农业、文化、体育等产业融合发展。"]),
        ("p", "会上还为2024年度“海南十佳民宿”和优秀民宿管家颁发了证书。"),
    ])

# tk-40: 吉林/广西 court — 南宁 intermediate court, 2024 design, spaced names, 通讯员, info bar below headline with bullet separators
add(id="tk-40", title="南宁中院发布涉老年人权益保护十大典型案例",
    authors=["梁倩", "甘雨"], publish_time="2025-10-29 10:30:00",
    css="""body{margin:0;font:16px/1.85 "Microsoft YaHei";background:#f4f5f7}.court-top{background:#9b1b1f;color:#fff;padding:18px 8%;font-size:24px}.court-nav{background:#7d1518;padding:0 8%}.court-nav a{color:#fff;display:inline-block;padding:10px 16px}.detail-box{max-width:940px;margin:24px auto;background:#fff;padding:36px 56px}
.detail-title{font-size:26px;text-align:center;font-weight:bold}.detail-sub{display:flex;justify-content:center;gap:10px;color:#888;font-size:14px}.detail-sub i{font-style:normal}.court-foot{background:#3a0a0c;color:#c8a;font-size:12px;padding:20px 8%;text-align:center}""",
    pstyle="indent", htag="strong",
    layout="""<body><div class="court-top"><img src="{GIF}" alt="法院徽章"> 南宁市中级人民法院<span style="font-size:12px;float:right">无障碍 | 长者模式 | <input placeholder="请输入关键词"></span></div>
<div class="court-nav"><a>首页</a><a>法院概况</a><a>审判动态</a><a>司法公开</a><a>诉讼服务</a><a>典型案例</a><a>法治宣传</a></div>
<div class="detail-box"><div>当前位置：首页 &gt; 审判动态 &gt; 正文</div>
<div class="detail-title">南宁中院发布涉老年人权益保护十大典型案例</div>
<div class="detail-sub"><span>发布时间：2025-10-29 10:30:00</span><i>·</i><span>作者：梁  倩　甘  雨</span><i>·</i><span>来源：南宁市中级人民法院</span><i>·</i><span>阅读：3108</span></div>
{BODY}
<p style="color:#999;font-size:14px">责任编辑：黄雅婷</p>
<p>分享：<a>微信</a> <a>微博</a>　【<a>打印</a>】【<a>关闭</a>】</p></div>
<div class="court-foot">南宁市中级人民法院 版权所有　地址：南宁市青秀区某路某号　诉讼服务热线：12368<br>桂ICP备11002983号-1　桂公网安备45010302000217号</div></body>""",
    body=[
        ("p", "10月28日，在重阳节前夕，南宁市中级人民法院召开新闻发布会，通报近三年全市法院涉老年人权益保护案件审判情况，并发布十大典型案例。"),
        ("p", "2022年以来，全市法院共审结涉老年人权益保护案件4127件，案件类型主要包括赡养纠纷、继承纠纷、婚姻家庭纠纷以及针对老年人的诈骗犯罪等。其中，以“养老投资”“保健品销售”为名实施的诈骗案件占刑事案件的六成以上。"),
        ("h", "案例一：子女以“老人已分家”为由拒绝赡养被判支付赡养费"),
        ("p", "王某年逾八旬，生活困难，其三名子女以早年分家时老人已将房屋分给长子为由，相互推诿赡养责任。法院审理认为，赡养父母是子女的法定义务，不因分家析产而免除，判决三名子女每月各支付赡养费600元。"),
        ("h", "案例二：以“养老公寓投资”为名诈骗老年人被判重刑"),
        ("p", "被告人李某等人虚构养老公寓投资项目，以高额回报为诱饵骗取60余名老年人钱款共计1100余万元。法院以诈骗罪判处李某有期徒刑十三年，并处罚金，责令退赔全部被害人损失。"),
        ("p", "南宁中院相关负责人表示，全市法院将持续开辟涉老案件“绿色通道”，为行动不便的老年人提供上门立案、巡回审判等服务，切实维护老年人合法权益。"),
    ])
