# Institution pages ve-36 .. ve-40 (institutions invented, except the court's district). All content invented.
K = "institution"
PAGES = []

# ve-36 湖南 university "潇湘理工大学" news, 2022 design; 撰稿/摄影/审核 lines
PAGES.append(dict(
    id="ve-36", kind=K, lang="zh", doc_title="我校学子在全国大学生智能车竞赛中获一等奖-潇湘理工大学新闻网",
    title="我校学子在全国大学生智能车竞赛中获一等奖",
    authors=["邹雨桐", "曾凯"], publish_time="2024-08-26",
    css="""body{margin:0;font-family:"Microsoft YaHei"}.u-h{background:#003a70;color:#fff;padding:16px 60px;display:flex;justify-content:space-between}.u-nav{background:#00509d;padding:0 60px}.u-nav a{color:#fff;line-height:42px;margin-right:22px}
.u-w{width:1000px;margin:24px auto;display:flex;gap:30px}.u-side{width:200px;font-size:14px}.u-art{flex:1}.u-art h1{font-size:24px;text-align:center}.u-info{text-align:center;color:#888;font-size:13px;margin-bottom:18px}
.u-art p{line-height:2;text-indent:2em}.u-f{background:#003a70;color:#cfd8dc;text-align:center;padding:20px;font-size:12px}""",
    mode="p",
    html="""<body>
<div class="u-h"><b>潇湘理工大学新闻网</b><span><a>学校主页</a> | <a>English</a> | <input placeholder="搜索"></span></div>
<div class="u-nav"><a>首页</a><a>综合新闻</a><a>教学科研</a><a>学院动态</a><a>媒体潇理</a><a>校园人物</a><a>图片新闻</a></div>
<div class="u-w">
<div class="u-side"><b>综合新闻</b><p>要闻</p><p>综合</p><p>通知公告</p></div>
<div class="u-art">
<div>当前位置：<a>首页</a>&gt;<a>综合新闻</a>&gt;正文</div>
<h1>{TITLE}</h1>
<div class="u-info">发布时间：2024-08-26　作者：邹雨桐 曾凯　来源：电气与信息工程学院　点击：<span>1024</span></div>
{BODY}
<p style="text-align:right">（撰稿：邹雨桐　曾凯　摄影：龙泽宇　审核：电气与信息工程学院 谭卫东）</p>
<p style="text-align:right">编辑：党委宣传部 彭丽</p>
<div>【<a>关闭</a>】</div>
<div>上一条：我校召开2024年暑期工作会议<br>下一条：学校举行2024届研究生毕业典礼</div>
</div></div>
<div class="u-f">版权所有 © 潇湘理工大学党委宣传部　地址：湖南省湘潭市雨湖区000号　湘ICP备05006006号　湘公网安备43030202000666号</div>
</body>""",
    blocks=[
        "8月20日至24日，第十九届全国大学生智能汽车竞赛总决赛在山东举行。我校电气与信息工程学院“追光者”车队在“智能视觉组”比赛中获全国一等奖，“疾风”车队获“完全模型组”全国二等奖，学校获“优秀组织奖”。",
        {"img": "获奖队员与指导老师合影", "cap": "获奖队员与指导老师合影"},
        "全国大学生智能汽车竞赛是教育部认定的全国性学科竞赛之一，本届决赛共有来自全国400余所高校的近千支队伍参赛。比赛要求参赛队伍自主设计制作智能车模，在未知赛道上完成识别、避障和竞速任务。",
        "为备战比赛，参赛队员从去年11月起便扎进实验室，利用寒暑假反复调试算法和硬件。指导教师介绍，今年赛道新增了坡道和动态障碍元素，队员们针对性地优化了图像识别算法，将识别准确率提高到98%以上。",
        "近年来，学校坚持以赛促学、以赛促创，在各类国家级学科竞赛中累计获奖600余项。",
    ],
))

# ve-37 甘肃 hospital "兰州市第三人民医院", 2014 table layout; 文/图 separate credits; 通讯员 line
PAGES.append(dict(
    id="ve-37", kind=K, lang="zh", doc_title="我院成功开展首例经导管主动脉瓣置换术 - 兰州市第三人民医院",
    title="我院成功开展首例经导管主动脉瓣置换术",
    authors=["祁晓梅"], publish_time="2023-06-30 15:21:08",
    css="""body{margin:0;font-size:12px;font-family:"宋体";background:#e0f2f1}.main{width:980px;margin:0 auto;background:#fff}.logo{height:90px;background:#00796b;color:#fff;font-size:26px;line-height:90px;padding-left:20px}
.nav td{background:#004d40;color:#fff;text-align:center;height:34px;font-size:14px}.title{font-size:20px;font-weight:bold;text-align:center;color:#004d40}.wz{font-size:14px;line-height:26px}""",
    mode="indent",
    html="""<body><div class="main">
<div class="logo">兰州市第三人民医院 <span style="font-size:12px">三级甲等综合医院</span></div>
<table width="100%" class="nav" cellspacing="1"><tr><td>首页</td><td>医院概况</td><td>新闻动态</td><td>科室导航</td><td>专家介绍</td><td>就医指南</td><td>健康科普</td><td>党建园地</td></tr></table>
<table width="100%" cellpadding="8"><tr><td width="220" valign="top" bgcolor="#f1f8e9"><b>新闻动态</b><br>医院新闻<br>媒体报道<br>通知公告<br><br><b>预约挂号</b><br>电话：0931-8800000<br><img alt="医院微信公众号" src="{GIF}"><br>扫一扫关注微信</td>
<td valign="top">
<div>您的位置：首页 &gt; 新闻动态 &gt; 医院新闻</div>
<div class="title">{TITLE}</div>
<div align="center" style="color:#666">文章来源：心血管内科　作者：祁晓梅　发布时间：2023-06-30 15:21:08　浏览：<span>733</span>次</div>
<hr>
<div class="wz">{BODY}</div>
<p align="right">文/祁晓梅　图/心血管内科</p>
<p align="right">责任编辑：宣传科</p>
<p>【<a>打印本页</a>】【<a>关闭窗口</a>】</p>
</td></tr></table>
<div style="text-align:center;background:#004d40;color:#fff;padding:8px">Copyright © 兰州市第三人民医院　地址：兰州市七里河区000号　陇ICP备11001100号</div>
</div></body>""",
    blocks=[
        "近日，我院心血管内科团队在院外专家指导下，成功为一名82岁重度主动脉瓣狭窄患者实施了经导管主动脉瓣置换术（TAVR），标志着我院心脏介入诊疗技术迈上新台阶。",
        "患者张大爷因反复胸闷、气短、活动后晕厥入院，心脏超声提示重度主动脉瓣狭窄。由于患者高龄，且合并慢性肺病和肾功能不全，外科开胸手术风险极高。",
        "经心血管内科、心外科、麻醉科、影像科等多学科会诊，团队决定为患者实施TAVR手术。手术通过股动脉穿刺，将人工瓣膜经导管输送至主动脉瓣位置并释放，全程仅用时约1小时，切口不足1厘米。",
        {"img": "手术团队在导管室为患者实施手术"},
        "术后第二天，患者即可下床活动，胸闷症状明显缓解，目前已康复出院。",
        "心血管内科主任介绍，TAVR具有创伤小、恢复快等优势，为不能耐受外科手术的高龄、高危患者提供了新的治疗选择。",
    ],
))

# ve-38 上海 district court, 2021 design; 通讯员 + 作者 in info bar under headline; case story
PAGES.append(dict(
    id="ve-38", kind=K, lang="zh", doc_title="网购“全新”手机竟是翻新机，商家被判退一赔三 - 上海市松江区人民法院",
    title="网购“全新”手机竟是翻新机，商家被判退一赔三",
    authors=["俞佳", "孙宇航"], publish_time="2024-03-15 10:00",
    css="""body{margin:0;font-family:"Microsoft YaHei"}.ct-h{background:#8e0000;color:#ffd54f;padding:20px 50px;font-size:26px}.ct-n{background:#b71c1c;padding:0 50px}.ct-n a{color:#fff;line-height:40px;margin-right:22px}
.ct-w{width:960px;margin:22px auto}.ct-w h1{font-size:24px;text-align:center}.ct-i{display:flex;justify-content:center;gap:18px;color:#888;font-size:13px}.ct-w p{line-height:2}.ct-law{background:#fafafa;border-left:4px solid #b71c1c;padding:8px 14px}.ct-f{background:#8e0000;color:#ffcdd2;text-align:center;font-size:12px;padding:18px}""",
    mode="indent",
    html="""<body>
<div class="ct-h">上海市松江区人民法院 <span style="font-size:13px;color:#fff"><a>无障碍</a> <a>适老化</a></span></div>
<div class="ct-n"><a>首页</a><a>法院概况</a><a>审判动态</a><a>以案说法</a><a>诉讼服务</a><a>司法公开</a><a>法官风采</a></div>
<div class="ct-w">
<div>首页 &gt; 以案说法 &gt; 正文</div>
<h1>{TITLE}</h1>
<div class="ct-i"><span>作者：俞佳 孙宇航</span><span>来源：民事审判庭</span><span>发布时间：2024-03-15 10:00</span><span>【<a>大</a> <a>中</a> <a>小</a>】</span></div>
{BODY}
<p style="text-align:right;color:#888">（文中当事人均为化名）</p>
<p style="text-align:right;color:#888">编辑：马晓</p>
<div>相关阅读：<a>直播带货“三无”产品，主播担责吗？</a>　<a>预付卡退费难？法官支招</a></div>
</div>
<div class="ct-f">上海市松江区人民法院 版权所有　地址：上海市松江区000路000号　诉讼服务热线：12368　沪ICP备12012340号</div>
</body>""",
    blocks=[
        "本报讯（通讯员 俞佳 孙宇航）在“3·15”国际消费者权益日到来之际，松江区人民法院审结一起网络购物合同纠纷案件，判决销售翻新手机的商家退还货款并支付三倍赔偿。",
        {"h": "案情回顾"},
        "2023年8月，小陈在某电商平台一家店铺购买了一部标称“全新未拆封”的手机，价款4599元。使用不到一个月，手机频繁出现死机。小陈送至品牌官方售后检测，被告知该机曾更换过主板和屏幕，属于翻新机。",
        "小陈与商家协商未果，遂诉至法院，要求商家退还货款，并按照消费者权益保护法的规定支付三倍赔偿13797元。",
        {"h": "法院判决"},
        "法院审理认为，商家在商品详情页明确标注“全新未拆封”，实际交付的却是翻新机，足以使消费者作出错误的意思表示，构成欺诈。遂判决商家退还货款4599元，小陈退还手机，商家另赔偿小陈13797元。",
        {"h": "法官说法"},
        "承办法官提醒，消费者网购电子产品时，应保存好商品页面截图、聊天记录和付款凭证，收到商品后及时通过官方渠道查验；经营者应当如实描述商品信息，诚信经营。",
    ],
))

# ve-39 海南 state enterprise "琼洋能源集团", 2025 design; 供稿单位 + 通讯员 byline line inside
PAGES.append(dict(
    id="ve-39", kind=K, lang="zh", doc_title="琼洋能源集团洋浦LNG储备库二期工程顺利封顶 - 琼洋能源集团",
    title="洋浦LNG储备库二期工程顺利封顶",
    authors=["冯家豪"], publish_time="2025.05.06",
    css="""body{margin:0;font-family:Inter,"PingFang SC",sans-serif;color:#263238}.nav{position:sticky;top:0;background:#fff;display:flex;justify-content:space-between;padding:14px 6%;border-bottom:1px solid #eceff1}.nav a{margin-left:20px}
.hero{background:#004d40;color:#e0f2f1;padding:40px 6%}.hero h1{font-size:30px;max-width:800px}.hero .m{font-size:13px;opacity:.8}.art{max-width:800px;margin:30px auto}.art p{font-size:17px;line-height:1.9}
.foot{display:grid;grid-template-columns:repeat(3,1fr);gap:20px;background:#102027;color:#90a4ae;padding:30px 6%;font-size:12px}""",
    mode="p",
    html="""<body>
<div class="nav"><b>琼洋能源集团</b><span><a>关于我们</a><a>新闻中心</a><a>业务板块</a><a>党的建设</a><a>社会责任</a><a>招聘</a><a>EN</a></span></div>
<div class="hero">
<div class="m">新闻中心 / 集团要闻</div>
<h1>{TITLE}</h1>
<div class="m">2025.05.06　|　供稿单位：洋浦储运公司　|　通讯员：冯家豪</div>
</div>
<div class="art">{BODY}
<p class="nb" style="color:#78909c;font-size:13px">审核：符志雄　编辑：集团党群工作部</p>
<p><a>← 返回列表</a></p></div>
<div class="foot"><div>琼洋能源集团有限公司<br>地址：海南省海口市龙华区000号</div><div>联系我们<br>0898-66000000</div><div>© 2025 琼洋能源集团 版权所有<br>琼ICP备20002000号-1<br><img alt="集团微信公众号" src="{GIF}"> 关注微信公众号</div></div>
</body>""",
    blocks=[
        "5月5日上午10时18分，随着最后一方混凝土浇筑完成，琼洋能源集团洋浦LNG储备库二期工程2号储罐穹顶顺利封顶，标志着工程建设由土建施工阶段全面转入设备安装阶段。",
        "洋浦LNG储备库二期工程新建2座20万立方米全容式LNG储罐及配套设施，总投资约32亿元。工程投产后，储备库总罐容将达到64万立方米，可满足海南全省约20天的天然气消费需求。",
        "储罐穹顶直径约90米，采用“气顶升”工艺整体提升。项目部提前编制专项方案，组织3次全过程模拟演练，并在顶升过程中对罐内压力、穹顶水平度进行实时监测，确保了一次顶升成功。",
        "“我们克服了台风季施工窗口短、高温高湿等不利条件，比计划工期提前了26天。”项目负责人表示。",
        "下一步，集团将加快推进工艺管道安装和调试工作，确保二期工程于2026年上半年建成投产，为海南清洁能源岛建设和自贸港能源保供提供有力支撑。",
    ],
))

# ve-40 湖南 association "湖南省青年书法家协会", 2011 blog-like CMS; 文/ + closing 通讯员 line on its own
PAGES.append(dict(
    id="ve-40", kind=K, lang="zh", doc_title="“墨润三湘”青年书法作品展在常德开幕_湖南省青年书法家协会",
    title="“墨润三湘”青年书法作品展在常德开幕",
    authors=["龙欣怡", "舒晓峰"], publish_time="2024年10月18日 星期五",
    css="""body{margin:0;background:#f5efe0;font-family:"宋体";font-size:13px}#wrap{width:960px;margin:0 auto;background:#fffaf0;border:1px solid #d7c7a1}#logo{height:100px;font-size:30px;font-family:"华文行楷",serif;color:#5d4037;padding:30px}
#menu{background:#5d4037}#menu a{color:#fff;line-height:32px;margin:0 14px}#content{padding:20px 40px}.art_tit{font-size:22px;text-align:center;color:#3e2723}.art_info{text-align:center;color:#8d6e63}#content p{font-size:15px;line-height:2}#foot{text-align:center;color:#8d6e63;padding:12px;border-top:1px solid #d7c7a1}""",
    mode="pspace",
    html="""<body><div id="wrap">
<div id="logo">湖南省青年书法家协会</div>
<div id="menu"><a>首页</a><a>协会概况</a><a>协会动态</a><a>会员风采</a><a>展览信息</a><a>书法教育</a><a>入会须知</a><a>留言板</a></div>
<div id="content">
<div>首页 » 协会动态</div>
<div class="art_tit">{TITLE}</div>
<div class="art_info">2024年10月18日 星期五 | 分类：协会动态 | 阅读(<span>562</span>) | 评论(0)</div>
<p class="nb">文/龙欣怡</p>
{BODY}
<p class="nb">（通讯员：舒晓峰）</p>
<p class="nb">图片：协会秘书处</p>
<p>标签：<a>书法展</a> <a>常德</a> <a>青年书法</a></p>
<p>« 上一篇：协会举办2024年会员创作研修班　|　下一篇：关于征集第六届会员作品展作品的通知 »</p>
</div>
<div id="foot">湖南省青年书法家协会　地址：长沙市芙蓉区000号　电话：0731-82000000　湘ICP备11011011号</div>
</div></body>""",
    blocks=[
        "10月16日，由湖南省青年书法家协会主办、常德市书法家协会承办的“墨润三湘”湖南省青年书法作品展在常德市美术馆开幕。",
        "本次展览面向全省45岁以下青年书法作者征稿，共收到投稿作品1300余件，经初评、复评和面试，最终入展作品150件、入选作品60件，涵盖篆、隶、楷、行、草五种书体。",
        "展览评委会主任在开幕式上说：“这次来稿的整体水平比上一届有明显提高，很多作者能够深入经典，同时又有自己的面目。希望青年书法家们坐得住冷板凳，把功夫下在笔墨之外。”",
        "展览期间，协会还将在常德举办两场学术讲座和一场青年书法家现场创作交流活动。展览将持续至11月10日，免费向公众开放。展览结束后，部分优秀作品将赴长沙、岳阳、郴州等地巡展。",
    ],
))
