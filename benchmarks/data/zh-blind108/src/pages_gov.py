# Government pages ve-01 .. ve-12 (湖南, 甘肃, 上海, 海南). All content invented.
K = "government"
PAGES = []

# ve-01 湖南 长沙市岳麓区 district portal, 2024 responsive design, info bar below headline, spaced author
PAGES.append(dict(
    id="ve-01", kind=K, lang="zh", doc_title="岳麓区：老旧小区加装电梯按下“快进键”_岳麓区人民政府",
    title="岳麓区：老旧小区加装电梯按下“快进键”",
    authors=["刘畅"], publish_time="2025-03-14 10:26",
    css="""body{margin:0;font-family:"Microsoft YaHei",sans-serif;color:#222}
.top{background:#f3f3f3;font-size:12px;padding:4px 40px;display:flex;justify-content:space-between}
.banner{background:#0b57a4;color:#fff;padding:18px 40px;font-size:26px}
.nav a{display:inline-block;padding:10px 18px;color:#fff}.nav{background:#0a4887}
.crumb{padding:10px 40px;font-size:13px;color:#666}.art{width:900px;margin:0 auto}
h1{text-align:center;font-size:26px}.info{text-align:center;color:#888;font-size:13px;border-bottom:1px solid #ddd;padding-bottom:8px}
.content p{line-height:2;text-indent:2em}.share span{margin-right:8px}.foot{background:#333;color:#ccc;font-size:12px;padding:20px;text-align:center}""",
    mode="p",
    html="""<body>
<div class="top"><span>今天是：2025年3月14日 星期五</span><span><a>无障碍</a> | <a>长者模式</a> | <a>繁體</a> | <a>English</a> | <a>手机版</a></span></div>
<div class="banner">长沙市岳麓区人民政府 <small>www.yuelu.example.gov.cn</small>
<form style="float:right"><input placeholder="请输入关键词" size="20"><button>搜索</button></form></div>
<div class="nav"><a>首页</a><a>走进岳麓</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>专题专栏</a></div>
<div class="crumb">当前位置：<a>首页</a> &gt; <a>新闻中心</a> &gt; <a>岳麓要闻</a> &gt; 正文</div>
<div class="art">
<h1>{TITLE}</h1>
<div class="info">发布时间：2025-03-14 10:26　　来源：岳麓区融媒体中心　　作者：刘  畅　　浏览次数：1862　　【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="content">
{BODY}
</div>
<p class="editor" style="text-align:right;color:#999">责任编辑：邓佳琪</p>
<div class="share">分享到：<span>微信</span><span>微博</span><span>QQ空间</span>　【<a>打印</a>】【<a>关闭</a>】</div>
<div class="pn"><p>上一篇：岳麓区召开2025年安全生产工作会议</p><p>下一篇：梅溪湖街道“15分钟便民生活圈”再扩容</p></div>
<div class="qr">{IMG_QR}</div>
</div>
<div class="foot"><p>主办：长沙市岳麓区人民政府办公室　承办：岳麓区融媒体中心</p>
<p>网站标识码：4301040099　湘ICP备05001234号-2　湘公网安备 43010402000871号</p>
<p>联系电话：0731-80000000　（建议使用1366×768分辨率浏览）</p></div>
</body>""".replace("{IMG_QR}", '<img alt="岳麓区人民政府网站微信公众号二维码" src="{GIF}"><p>扫一扫在手机打开当前页</p>'),
    blocks=[
        "3月12日上午，随着最后一块轿厢面板安装到位，岳麓区望岳街道桐梓坡小区7栋的加装电梯正式通过验收。住在6楼、今年已经79岁的周玉兰老人第一次坐着电梯下了楼，她笑着说：“等了三年，终于不用数台阶了。”",
        "记者从岳麓区住房和城乡建设局了解到，今年以来全区已完成加装电梯验收46台，另有83台正在施工，数量均居全市前列。",
        {"h": "“一站式”审批缩短办理时限"},
        "过去，加装电梯要跑规划、住建、市场监管等多个部门，前期手续往往要耗上大半年。去年起，岳麓区在区政务服务中心设立加装电梯综合窗口，将方案审查、施工许可、特种设备告知等事项整合为“一件事”办理，办理时限由原来的60个工作日压缩至15个工作日。",
        {"h": "“居民议事会”化解邻里分歧"},
        "低层住户担心采光和噪声，高层住户盼着早日开工，意见不统一一直是加装电梯的最大难点。各社区普遍建立“居民议事会”，由社区党组织牵头，邀请设计单位现场讲解方案，对受影响较大的低层住户协商给予适当补偿。",
        {"img": "桐梓坡小区7栋加装电梯完工", "cap": "桐梓坡小区7栋加装的电梯投入使用。岳麓区融媒体中心 供图"},
        "“今年我们还将推出加装电梯‘以旧换新’补贴和维保统筹服务，让电梯装得上、用得好、管得住。”岳麓区住建局相关负责人表示。",
    ],
))

# ve-02 甘肃 天水市秦州区 政府办 通知, 2012-era table layout, info bar above headline, 文号 line
PAGES.append(dict(
    id="ve-02", kind=K, lang="zh", doc_title="天水市秦州区人民政府办公室关于做好2024年秋冬季森林草原防灭火工作的通知",
    title=["天水市秦州区人民政府办公室", "关于做好2024年秋冬季森林草原防灭火工作的通知"],
    authors=[], publish_time="2024-09-13",
    css="""body{margin:0;background:#e9eef3;font-size:12px;font-family:SimSun,serif}
table.frame{width:1000px;margin:0 auto;background:#fff}.hd{background:#b22222;color:#fff;font-size:28px;height:90px}
.menu td{background:#8b1a1a;color:#fff;text-align:center;height:32px}.tt{font-size:20px;font-weight:bold;color:#c00;text-align:center;line-height:36px}
.doc{font-size:16px;line-height:30px;padding:10px 40px}.wh{text-align:center}.dt td,.dt th{font-size:14px}""",
    mode="br",
    html="""<body>
<table class="frame" cellspacing="0" cellpadding="0">
<tr><td class="hd" colspan="2">　天水市秦州区人民政府 <span style="font-size:12px">Qinzhou District People's Government</span></td></tr>
<tr><td colspan="2"><table width="100%" class="menu"><tr><td>网站首页</td><td>秦州概况</td><td>政务公开</td><td>政务服务</td><td>政民互动</td><td>招商引资</td><td>文化旅游</td></tr></table></td></tr>
<tr><td colspan="2" style="padding:6px">您现在的位置：<a>首页</a> &gt;&gt; <a>政务公开</a> &gt;&gt; <a>政府文件</a> &gt;&gt; <a>区政府办文件</a></td></tr>
<tr><td colspan="2" style="padding:6px;background:#f6f6f6">
<table width="100%" border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">
<tr><td>索 引 号：</td><td>013945012/2024-00218</td><td>主题分类：</td><td>应急管理</td></tr>
<tr><td>发文机关：</td><td>秦州区人民政府办公室</td><td>成文日期：</td><td>2024年09月12日</td></tr>
<tr><td>标　　题：</td><td colspan="3">天水市秦州区人民政府办公室关于做好2024年秋冬季森林草原防灭火工作的通知</td></tr>
<tr><td>发文字号：</td><td>秦政办发〔2024〕37号</td><td>发布日期：</td><td>2024-09-13</td></tr>
</table></td></tr>
<tr><td colspan="2" class="tt">{TITLE}</td></tr>
<tr><td colspan="2" style="text-align:center;color:#666">发布日期：2024-09-13　　点击数：<span>587</span>　　【<a>大</a> <a>中</a> <a>小</a>】　【<a>打印本页</a>】　【<a>关闭窗口</a>】</td></tr>
<tr><td colspan="2" class="doc">
<div class="wh">秦政办发〔2024〕37号</div><br>
{BODY}
</td></tr>
<tr><td colspan="2" style="padding:8px">相关链接：<a>天水市人民政府</a> | <a>甘肃省人民政府</a> | <a>中国政府网</a></td></tr>
<tr><td colspan="2" style="text-align:center;background:#ddd;line-height:22px">版权所有：天水市秦州区人民政府办公室　　技术支持：秦州区大数据服务中心<br>
陇ICP备12003456号　　甘公网安备 62050202000123号　　网站标识码：6205020004<br>
<img alt="党政机关" src="{GIF}"> <img alt="政府网站找错" src="{GIF}"></td></tr>
</table>
</body>""",
    blocks=[
        "各乡镇人民政府、街道办事处，区政府各部门，区属有关单位：",
        "当前我区已进入秋冬季森林草原防火期，气候干燥、风力加大，加之秋收秋种、祭祀用火增多，火灾风险明显上升。为切实做好防灭火工作，经区政府同意，现就有关事项通知如下。",
        {"h": "一、压紧压实防火责任"},
        "各乡镇（街道）要严格落实行政首长负责制，主要负责同志是本辖区防灭火第一责任人。要将防火责任逐级分解到村组、林班和山头地块，签订责任书，做到横向到边、纵向到底。",
        {"h": "二、严格管控野外火源"},
        "10月1日至次年5月31日为森林草原防火期。防火期内严禁在林区及林缘500米范围内烧荒、烧秸秆、上坟烧纸、燃放烟花爆竹。各护林员要坚守岗位，加大巡山护林频次，对进山人员逐一登记。",
        {"h": "三、做好扑救准备"},
        "区应急管理局要会同区林业和草原局，对各专业扑火队伍的人员、装备、物资进行全面检查，确保一旦发生火情，能够快速出动、科学扑救，坚决杜绝盲目扑救造成人员伤亡。",
        "发现火情请立即拨打森林防火报警电话12119或区防灭火指挥部办公室电话0938-8200000。",
        {"sign": ["天水市秦州区人民政府办公室", "2024年9月12日"]},
    ],
))

# ve-03 上海 浦东新区花木街道 公示, flat 2021 design, info bar glued, table
PAGES.append(dict(
    id="ve-03", kind=K, lang="zh", doc_title="花木街道2025年度“美丽楼组”创建项目拟立项名单公示",
    title="花木街道2025年度“美丽楼组”创建项目拟立项名单公示",
    authors=[], publish_time="2025/04/22",
    css="""body{font-family:PingFang SC,sans-serif;margin:0;background:#fafafa}.hdr{height:70px;background:#fff;border-bottom:3px solid #c8102e;padding:0 60px;display:flex;align-items:center;gap:30px}
.hdr b{font-size:22px;color:#c8102e}.menu a{margin-right:16px;color:#333}.wrap{width:1000px;margin:20px auto;background:#fff;padding:30px}
.meta{font-size:12px;color:#999;margin:6px 0 20px}.dt{border-collapse:collapse;width:100%}.dt td,.dt th{border:1px solid #ccc}.ft{font-size:12px;color:#777;text-align:center;padding:24px}""",
    mode="p",
    html="""<body>
<div class="hdr"><b>上海市浦东新区花木街道</b><span class="menu"><a>首页</a><a>街道概况</a><a>信息公开</a><a>社区服务</a><a>党建引领</a></span><span><a>无障碍浏览</a> <a>关怀版</a></span></div>
<div class="wrap">
<div class="pos">首页 / 信息公开 / 公示公告</div>
<h2>{TITLE}</h2>
<div class="meta">发布日期:2025/04/22|信息来源:花木街道自治办|阅读:<span>341</span></div>
{BODY}
<div class="att">附件：<a>花木街道2025年度美丽楼组拟立项名单.pdf</a></div>
<p>【<a>打印本页</a>】【<a>关闭窗口</a>】</p>
</div>
<div class="ft">上海市浦东新区花木街道办事处 版权所有　地址：上海市浦东新区东绣路000号　邮编：200135<br>沪ICP备10012345号-3　沪公网安备31011502006789号　网站标识码：3101150077</div>
</body>""",
    blocks=[
        "根据《花木街道“美丽楼组”创建三年行动方案（2024—2026年）》，经居民区申报、街道自治办初审、专家评审会评议，现将2025年度“美丽楼组”创建项目拟立项名单予以公示。",
        {"table": [["序号", "居民区", "楼组", "创建主题", "拟补贴（万元）"],
                   ["1", "东城一居", "12号楼", "楼道微花园", "1.2"],
                   ["2", "钦洋居民区", "5号楼", "适老化扶手改造", "1.5"],
                   ["3", "牡丹居民区", "31号楼", "楼组议事角", "0.8"],
                   ["4", "大唐居民区", "8号楼", "垃圾分类示范楼组", "1.0"],
                   ["5", "锦绣居民区", "22号楼", "邻里共享书架", "0.9"]]},
        "公示期为2025年4月22日至4月28日（5个工作日）。公示期间，如对拟立项项目有异议，可通过书面或电话方式向街道自治办反映。反映问题应实事求是，署名或提供联系方式的，我们将及时反馈处理情况。",
        "联系人：陆老师　联系电话：021-58000000",
        "联系地址：东绣路000号花木街道办事处312室",
        {"sign": ["花木街道办事处", "2025年4月22日"]},
    ],
))

# ve-04 海南 琼海市博鳌镇 领导活动, 2016 portal, info bar below, closing (names) byline
PAGES.append(dict(
    id="ve-04", kind=K, lang="zh", doc_title="镇党委书记符海生带队督导滨海村庄人居环境整治工作-博鳌镇人民政府",
    title="镇党委书记符海生带队督导滨海村庄人居环境整治工作",
    authors=["符琳", "王海涛"], publish_time="2023年11月08日 16:45",
    css="""body{margin:0;font:14px/1.8 "宋体";background:#eef5f7}.w{width:1100px;margin:0 auto;background:#fff}
.logo{height:110px;background:#1e7aa8;color:#fff;font-size:30px;padding-left:30px;line-height:110px}.nv{background:#156388}.nv li{display:inline-block;color:#fff;padding:8px 20px}
.lm{float:left;width:220px}.rm{margin-left:240px;padding:10px}.bt{font-size:22px;color:#156388;text-align:center}.xx{background:#f2f2f2;text-align:center;font-size:12px}
.clear{clear:both}.bottom{text-align:center;font-size:12px;border-top:2px solid #156388;padding:10px}""",
    mode="indent",
    html="""<body><div class="w">
<div class="logo">琼海市博鳌镇人民政府</div>
<ul class="nv"><li>首页</li><li>博鳌概况</li><li>政务公开</li><li>镇村动态</li><li>乡村振兴</li><li>办事指南</li></ul>
<div class="lm"><h4>镇村动态</h4><ul><li>工作动态</li><li>领导活动</li><li>村务公开</li><li>通知公告</li></ul>
<h4>便民服务</h4><ul><li>办事电话：0898-62770000</li><li>值班电话：0898-62770001</li></ul></div>
<div class="rm">
<div>当前位置：首页 → 镇村动态 → 领导活动</div>
<div class="bt">{TITLE}</div>
<div class="xx">时间：2023年11月08日 16:45　　来源：博鳌镇党政办　　点击：<span>209</span>次</div>
{BODY}
<p class="nb">【责任编辑：吴小燕】</p>
<div>【<a>打印此页</a>】　【<a>返回顶部</a>】</div>
<div><b>相关新闻</b><ul><li>博鳌镇召开第四季度安全生产工作会议</li><li>博鳌镇开展“世界清洁日”志愿服务活动</li></ul></div>
</div><div class="clear"></div>
<div class="bottom">版权所有：琼海市博鳌镇人民政府　　琼ICP备13000567号　　琼公网安备 46900202000045号<br>网站标识码：4690020012　　建议使用IE9及以上版本浏览</div>
</div></body>""",
    blocks=[
        "11月7日，镇党委书记符海生带领镇农业服务中心、规划建设办等部门负责人，深入南强村、沙美村、朝烈村等滨海村庄，督导农村人居环境整治工作。",
        "督导组一行沿着村道步行察看，详细了解垃圾清运、污水管网、庭院整治和“三线”整理进展情况，并与村干部、保洁员交流，听取意见建议。在沙美村，符海生指出，沙美村是全镇的窗口村，要坚持“小切口、微改造”，保留村庄原有肌理，不搞大拆大建。",
        "符海生强调，各村要对照整改清单逐项销号，落实“门前三包”责任，引导村民从“旁观者”变为“参与者”；镇各职能部门要加强指导服务，建立周通报、月评比机制，确保整治成效经得起检验。",
        "目前，全镇已累计清理陈年垃圾1200余吨，拆除乱搭乱建87处，新建村级小公园6个。（符  琳　王海涛）",
    ],
))

# ve-05 湖南 湘西州花垣县 村务公开 on 乡镇 page of the county portal, 2019 gov template
PAGES.append(dict(
    id="ve-05", kind=K, lang="zh", doc_title="双龙村2024年第三季度村级财务收支公开 - 花垣县人民政府",
    title="双龙村2024年第三季度村级财务收支公开",
    authors=[], publish_time="2024-10-15 09:12:47",
    css="""body{margin:0;font-family:微软雅黑}.g-top{background:#9a1c1c;height:30px;color:#fff;font-size:12px;line-height:30px;padding:0 50px}
.g-head{height:120px;background:#fbe9d8;font-size:32px;color:#9a1c1c;padding:30px 50px;box-sizing:border-box}.g-nav span{padding:0 14px}
.g-main{width:1080px;margin:0 auto}.g-title{font-size:24px;text-align:center;margin-top:20px}.g-info{display:flex;justify-content:center;gap:24px;font-size:13px;color:#777}
.dt{width:100%;border-collapse:collapse}.g-foot{background:#9a1c1c;color:#fff;font-size:12px;padding:15px;text-align:center}""",
    mode="p",
    html="""<body>
<div class="g-top">欢迎访问花垣县人民政府门户网站！ <a>长者模式</a> | <a>无障碍</a> | <a>登录</a> | <a>注册</a></div>
<div class="g-head">花垣县人民政府<div class="g-nav" style="font-size:15px"><span>首页</span><span>政务公开</span><span>乡镇频道</span><span>政务服务</span><span>互动交流</span></div></div>
<div class="g-main">
<div>您当前所在位置：<a>首页</a> &gt; <a>乡镇频道</a> &gt; <a>双龙镇</a> &gt; <a>村务公开</a></div>
<div class="g-title">{TITLE}</div>
<div class="g-info"><span>信息来源：双龙镇双龙村村民委员会</span><span>发布时间：2024-10-15 09:12:47</span><span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>
<div class="g-body">{BODY}</div>
<div class="g-share">分享：<a>微信</a> <a>微博</a></div>
<div>上一篇：双龙村关于2024年度低保评议结果的公示<br>下一篇：没有了</div>
</div>
<div class="g-foot">主办：花垣县人民政府办公室　承办：花垣县政务服务中心<br>湘ICP备06002345号　湘公网安备43312402000062号　网站标识码：4331240005</div>
</body>""",
    blocks=[
        "根据《湖南省村级财务管理办法》和村务公开有关规定，现将我村2024年第三季度（7月1日至9月30日）财务收支情况公开如下，接受全体村民监督。",
        {"table": [["项目", "金额（元）", "备注"],
                   ["上季度结余", "86,412.30", ""],
                   ["本季度收入合计", "152,600.00", "含集体经济分红、上级转移支付"],
                   ["本季度支出合计", "118,935.50", "详见支出明细"],
                   ["其中：村道维修", "46,800.00", "二组至四组村道"],
                   ["其中：保洁员工资", "18,000.00", "3人"],
                   ["本季度结余", "120,076.80", ""]]},
        "以上收支已经村务监督委员会审核。村民如有疑问，可在公开之日起15日内向村务监督委员会或镇经管站反映。",
        "村务监督委员会主任：石光明　联系电话：139 0743 0000",
        {"sign": ["双龙村村民委员会", "2024年10月15日"]},
    ],
))

# ve-06 甘肃省农业农村厅 政策解读, 2022 department template, sub-headings, no author
PAGES.append(dict(
    id="ve-06", kind=K, lang="zh", doc_title="《甘肃省高标准农田建设质量提升三年行动方案》政策解读",
    title="《甘肃省高标准农田建设质量提升三年行动方案》政策解读",
    authors=[], publish_time="2024年06月03日",
    css="""body{margin:0;font-family:"Microsoft YaHei"}.hd{background:linear-gradient(#2f7d32,#1b5e20);color:#fff;padding:24px 80px;font-size:28px}
.hd .s{float:right;font-size:13px}.bar{background:#e8f1e8;padding:8px 80px}.bar a{margin-right:20px}.main{width:960px;margin:0 auto}
.t{font-size:24px;text-align:center;color:#1b5e20;margin:26px 0 10px}.i{text-align:center;font-size:13px;color:#999;margin-bottom:20px}
.txt p{line-height:2em}.ft{margin-top:30px;background:#1b5e20;color:#dfe;font-size:12px;text-align:center;padding:16px}""",
    mode="pspace",
    html="""<body>
<div class="hd">甘肃省农业农村厅<div class="s"><a>无障碍</a> <a>长者版</a> <a>繁体</a> <input placeholder="全站搜索"></div></div>
<div class="bar"><a>首页</a><a>机构设置</a><a>信息公开</a><a>政策法规</a><a>政策解读</a><a>农业数据</a><a>互动交流</a></div>
<div class="main">
<div class="crumb">当前位置：首页 &gt; 政策法规 &gt; 政策解读 &gt; 正文</div>
<div class="t">{TITLE}</div>
<div class="i">来源：甘肃省农业农村厅农田建设管理处　　发布时间：2024年06月03日　　<a>【打印】</a> <a>【关闭】</a></div>
<div class="txt">{BODY}</div>
<p>相关文件：<a>甘肃省人民政府办公厅关于印发甘肃省高标准农田建设质量提升三年行动方案的通知</a></p>
<div class="related"><b>相关解读</b><ul><li>图解：我省2024年耕地地力保护补贴政策</li><li>一图读懂《甘肃省盐碱地综合利用实施意见》</li></ul></div>
</div>
<div class="ft">主办单位：甘肃省农业农村厅　地址：兰州市城关区省府西街000号<br>陇ICP备05000987号　甘公网安备62010202000345号　网站标识码：6200000031</div>
</body>""",
    blocks=[
        "近日，省政府办公厅印发《甘肃省高标准农田建设质量提升三年行动方案》（以下简称《方案》）。现就《方案》主要内容解读如下。",
        {"h": "一、出台背景"},
        "我省高标准农田建设起步较早，但部分早期建成项目存在建设标准偏低、灌排设施老化、后期管护不到位等问题。为推动高标准农田由“建得成”向“用得好”转变，省农业农村厅会同有关部门研究起草了《方案》。",
        {"h": "二、主要目标"},
        "到2026年，全省累计建成高标准农田2600万亩以上，改造提升已建项目400万亩，新建项目亩均投入不低于3000元，耕地质量平均提高0.5个等级。",
        {"h": "三、重点任务"},
        {"li": ["（一）分区分类推进建设。河西地区突出高效节水，陇东陇中突出旱作梯田提质，陇南地区突出坡耕地治理。",
                "（二）提高建设标准。统一规划设计、统一验收标准，推广应用新技术、新材料。",
                "（三）健全管护机制。落实“谁受益、谁管护”，将管护责任落实到村集体和新型经营主体。"]},
        {"h": "四、保障措施"},
        "《方案》明确，各市州要将高标准农田建设纳入粮食安全党政同责考核，建立健全多元化投入机制，严格项目资金监管，对弄虚作假、质量不达标的项目严肃追责问责。",
    ],
))

# ve-07 上海 静安区 区长讲话, 2025 responsive design; speaker is the author
PAGES.append(dict(
    id="ve-07", kind=K, lang="zh", doc_title="在2025年静安区优化营商环境大会上的讲话 - 上海市静安区人民政府",
    title="在2025年静安区优化营商环境大会上的讲话",
    authors=["周晓明"], publish_time="2025-02-10",
    css="""*{box-sizing:border-box}body{margin:0;font-family:system-ui,"PingFang SC";color:#1f2937}header{display:grid;grid-template-columns:1fr auto;padding:16px 5vw;border-bottom:1px solid #e5e7eb}
header nav a{margin-left:18px}.tools{font-size:12px;text-align:right;padding:4px 5vw;background:#f9fafb}article{max-width:820px;margin:32px auto}
article h1{font-size:28px;line-height:1.4}.speaker{text-align:center;font-size:16px}.meta{color:#6b7280;font-size:13px;display:flex;gap:16px;margin:12px 0 24px}
article p{line-height:1.9;font-size:17px}footer{background:#111827;color:#9ca3af;padding:30px 5vw;font-size:12px}""",
    mode="indent",
    html="""<body>
<div class="tools"><a>无障碍</a>　<a>关怀模式</a>　<a>简</a>/<a>繁</a>　<a>EN</a>　<a>登录“一网通办”</a></div>
<header><div><strong>上海市静安区人民政府</strong></div><nav><a>首页</a><a>政务公开</a><a>一网通办</a><a>互动</a><a>走进静安</a><a>搜索</a></nav></header>
<article>
<div class="crumbs">首页 › 政务公开 › 领导讲话</div>
<div class="meta"><span>2025-02-10</span><span>来源：区政府办公室</span><span>阅读 <span>3,274</span></span></div>
<h1>{TITLE}</h1>
<p class="speaker">静安区区长　周晓明</p>
<p class="speaker">（2025年2月8日）</p>
{BODY}
<div class="tags">标签：营商环境 · 领导讲话</div>
<div class="share">分享到 <a>微信</a> <a>微博</a> <a>复制链接</a></div>
<nav class="pn"><a>‹ 上一篇　在区十七届人大四次会议闭幕会上的讲话</a><br><a>下一篇 › 在全区安全生产和消防工作会议上的讲话</a></nav>
</article>
<footer>主办：上海市静安区人民政府办公室　　运维：静安区大数据中心<br>沪ICP备09001234号-1　　沪公网安备31010602001234号　　网站标识码：3101060002<br>
<img alt="上海市静安区人民政府 政务新媒体" src="{GIF}"></footer>
</body>""",
    blocks=[
        "同志们：",
        "今天是春节后上班第一天，区委、区政府召开全区优化营商环境大会，就是要释放一个鲜明信号：静安将把优化营商环境作为“一号改革工程”，一刻不停、一以贯之抓下去。下面，我讲三点意见。",
        {"h": "一、正视差距，找准营商环境的“堵点”"},
        "过去一年，全区新设企业2.1万户，同比增长12.6%，“一业一证”改革覆盖行业扩大到36个。但我们也要清醒看到，企业反映较多的跨部门事项协同不够、政策兑现“最后一公里”不畅等问题仍然存在。",
        {"h": "二、聚焦重点，打出服务企业的“组合拳”"},
        "要深化“高效办成一件事”，今年新推出企业迁移、员工录用等12个“一件事”场景；要推行“免申即享”，让符合条件的企业不用申请就能拿到政策红利；要健全“无事不扰、有求必应”的服务机制，每位处级干部至少联系5家重点企业。",
        {"h": "三、压实责任，营造人人都是营商环境的氛围"},
        "营商环境没有最好，只有更好。各部门、各街道要把企业满意度作为检验工作的标尺，区政府将开展季度“体检”，对企业反映问题办理不力的严肃问责。",
        "同志们，新的一年，让我们以“拼”的劲头、“实”的作风，努力把静安建设成为企业家最愿意来、最愿意留的地方！",
        "谢谢大家！",
    ],
))

# ve-08 海南省市场监督管理局 通报, 2018 department page, table, no author
PAGES.append(dict(
    id="ve-08", kind=K, lang="zh", doc_title="海南省市场监督管理局关于2024年第二季度食品安全监督抽检情况的通报",
    title="海南省市场监督管理局关于2024年第二季度食品安全监督抽检情况的通报",
    authors=[], publish_time="2024-07-19 15:30",
    css="""body{font:14px "Microsoft YaHei";margin:0}#top{height:100px;background:#005bac;color:#fff;font-size:28px;padding:28px 0 0 60px;box-sizing:border-box}
#menu{background:#0070c0;padding:0 60px}#menu a{color:#fff;line-height:40px;margin-right:26px}#con{width:1000px;margin:10px auto;border:1px solid #ddd;padding:20px}
#con h3{text-align:center;font-size:22px}.pages_print{text-align:right}.dt{border-collapse:collapse;margin:10px auto}.dt td,.dt th{border:1px solid #666;padding:4px 10px}
#ft{background:#eee;text-align:center;font-size:12px;padding:14px}""",
    mode="indent",
    html="""<body>
<div id="top">海南省市场监督管理局 <span style="font-size:13px">Hainan Provincial Administration for Market Regulation</span></div>
<div id="menu"><a>首页</a><a>机构概况</a><a>政务公开</a><a>通知公告</a><a>抽检信息</a><a>办事服务</a><a>互动交流</a><a>无障碍</a></div>
<div id="con">
<div class="position">当前位置：<a>首页</a>-<a>政务公开</a>-<a>抽检信息</a></div>
<h3>{TITLE}</h3>
<div style="text-align:center;color:#888;font-size:12px">发布时间：2024-07-19 15:30　来源：食品安全抽检监测处　字号：[ <a>大</a> <a>中</a> <a>小</a> ]</div>
<div style="text-align:center">琼市监食通〔2024〕9号</div>
{BODY}
<div class="pages_print"><a>[打印本页]</a> <a>[关闭窗口]</a></div>
<p>附件：1. 不合格产品信息.xls　2. 合格产品信息.xls</p>
</div>
<div id="ft">主办：海南省市场监督管理局　　地址：海口市美兰区国兴大道000号<br>琼ICP备09000111号　琼公网安备46010802000999号　网站标识码：4600000016<br>
<img alt="扫码关注海南市场监管微信" src="{GIF}"> 扫一扫关注微信公众号</div>
</body>""",
    blocks=[
        "各市、县、自治县市场监督管理局，洋浦经济开发区市场监督管理局：",
        "2024年第二季度，省局组织对全省粮食加工品、食用油、肉制品、水产制品、餐饮食品等21大类食品开展监督抽检，共抽检样品3862批次，检出不合格样品64批次，总体不合格率为1.66%。现将有关情况通报如下。",
        {"table": [["食品类别", "抽检批次", "不合格批次", "主要问题"],
                   ["餐饮食品", "1025", "23", "大肠菌群、阴离子合成洗涤剂"],
                   ["水产制品", "412", "11", "镉、苯甲酸"],
                   ["蔬菜制品", "378", "9", "二氧化硫残留量"],
                   ["其他", "2047", "21", "微生物污染等"]]},
        "针对抽检发现的不合格食品，相关市县局已按规定组织核查处置，责令生产经营者采取下架、召回等措施，查明原因并进行整改。",
        "各地要督促食品生产经营者严格落实主体责任，对连续抽检不合格的企业列入重点监管名单，加大检查频次。消费者发现不合格食品可拨打12315投诉举报。",
        {"sign": ["海南省市场监督管理局", "2024年7月18日"]},
        "（此件公开发布）",
    ],
))

# ve-09 湖南 株洲市自然资源和规划局 批复, 2013 table layout with 长者模式 bar
PAGES.append(dict(
    id="ve-09", kind=K, lang="zh", doc_title="株洲市自然资源和规划局关于荷塘区月塘片区控制性详细规划局部调整的批复",
    title="株洲市自然资源和规划局关于荷塘区月塘片区控制性详细规划局部调整的批复",
    authors=[], publish_time="2023-05-26",
    css="""body{margin:0;font-size:12px;font-family:宋体}table{font-size:12px}.ti{font-size:20px;font-weight:bold;text-align:center;height:50px}
.tx{font-size:15px;line-height:28px}.hd{height:100px;background:#3b6ea5;color:#fff;font-size:26px;font-family:黑体}""",
    mode="p",
    html="""<body>
<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td align="right" style="background:#eee">【<a>长者模式</a>】【<a>无障碍阅读</a>】【<a>设为首页</a>】【<a>加入收藏</a>】</td></tr>
<tr><td class="hd">　株洲市自然资源和规划局</td></tr>
<tr><td style="background:#2a5886;color:#fff;height:30px">　首页　|　机构职能　|　政务公开　|　规划公示　|　行政审批　|　政策法规　|　在线办事　|　公众参与</td></tr></table>
<table width="980" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td width="200" valign="top" style="background:#f4f7fb"><p><b>政务公开</b></p><p>通知公告</p><p>规划批复</p><p>人事信息</p><p>财政预决算</p></td>
<td valign="top" style="padding:10px">
<table width="100%"><tr><td>您所在的位置：<a>首页</a>&gt;<a>政务公开</a>&gt;<a>规划批复</a></td></tr>
<tr><td class="ti">{TITLE}</td></tr>
<tr><td align="center" style="border-bottom:1px dashed #999">日期：2023-05-26　　来源：株洲市自然资源和规划局　　【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>
<tr><td class="tx"><p align="center">株自然资规批〔2023〕41号</p>
{BODY}</td></tr>
<tr><td align="right">【<a>打印</a>】【<a>关闭</a>】</td></tr></table></td></tr></table>
<table width="980" align="center"><tr><td align="center" style="border-top:2px solid #2a5886;padding:10px">主办单位：株洲市自然资源和规划局　技术支持：株洲市信息中心<br>湘ICP备13008888号　湘公网安备 43020302000222号　网站标识码：4302000030</td></tr></table>
</body>""",
    blocks=[
        "荷塘区人民政府：",
        "你区《关于申请调整月塘片区控制性详细规划的请示》（荷政〔2023〕16号）收悉。经市国土空间规划委员会2023年第3次会议审议，现批复如下：",
        {"li": ["一、原则同意月塘片区控制性详细规划局部调整方案。调整范围位于新华东路以北、月塘路以东，面积约12.6公顷。",
                "二、同意将地块A-07用地性质由二类居住用地调整为中小学用地，容积率不大于1.2，用于建设一所36班九年一贯制学校。",
                "三、同意将地块A-09部分用地调整为社会停车场用地，增加公共停车泊位约260个。",
                "四、调整后片区总建筑面积减少约3.1万平方米，公共服务设施用地比例由8.2%提高到14.5%。"]},
        "请你区据此做好规划实施管理工作，并按规定将批准后的规划成果报我局备案。",
        "此复。",
        {"sign": ["株洲市自然资源和规划局", "2023年5月25日"]},
    ],
))

# ve-10 甘肃 兰州市城关区 皋兰路街道 news; 撰稿 is the author, 审核/编辑 are not
PAGES.append(dict(
    id="ve-10", kind=K, lang="zh", doc_title="皋兰路街道：“银发课堂”开进社区 老人学用智能手机 - 城关区人民政府",
    title="皋兰路街道：“银发课堂”开进社区 老人学用智能手机",
    authors=["马丽娜", "杨帆"], publish_time="2024-11-21 17:03:09",
    css="""body{margin:0;background:#f0f0f0;font-family:"微软雅黑"}.w1200{width:1200px;margin:0 auto;background:#fff}.logo{height:88px;line-height:88px;font-size:30px;color:#a00;padding-left:20px;border-bottom:4px solid #a00}
.nav{height:44px;line-height:44px}.nav a{padding:0 22px;font-size:16px}.side{float:right;width:300px}.cont{width:860px;padding:20px}.t1{font-size:26px;font-weight:bold}
.ib{color:#999;font-size:13px;margin:10px 0}.cont p{line-height:30px;text-indent:2em}.bq{color:#555;border-top:1px solid #eee;padding-top:10px}.foot{clear:both;background:#444;color:#eee;padding:20px;font-size:12px;text-align:center}""",
    mode="p",
    html="""<body><div class="w1200">
<div class="logo">兰州市城关区人民政府 <span style="font-size:12px;color:#666">无障碍 · 长者模式</span></div>
<div class="nav"><a>首页</a><a>城关概况</a><a>信息公开</a><a>街道动态</a><a>政务服务</a><a>互动交流</a><a>专题</a></div>
<div class="side"><h4>街道动态</h4><ul><li>张掖路街道开展冬季消防演练</li><li>靖远路街道举办就业招聘会</li><li>嘉峪关路街道“暖冬”物资发放</li></ul>
<div><img alt="城关发布二维码" src="{GIF}"><br>扫一扫 关注“城关发布”</div></div>
<div class="cont">
<div class="crumb">当前位置: 首页 &gt;&gt; 街道动态 &gt;&gt; 皋兰路街道</div>
<div class="t1">{TITLE}</div>
<div class="ib">2024-11-21 17:03:09　来源：皋兰路街道办事处　浏览量：<span>418</span></div>
{BODY}
<div class="bq">撰稿：马丽娜 杨帆<br>初审：赵  静<br>审核：李建国<br>编辑：王  璐</div>
<div>【<a>打印</a>】【<a>关闭</a>】</div>
</div>
<div class="foot">兰州市城关区人民政府主办　城关区政务服务中心承办<br>陇ICP备07003333号　甘公网安备 62010202000777号　网站标识码：6201020001</div>
</div></body>""",
    blocks=[
        "“点这个绿色的图标，再点右上角的加号，就能扫码了。”11月20日下午，皋兰路街道新时代文明实践站里，志愿者小刘正手把手教72岁的王大爷使用手机扫码乘车。",
        "这是皋兰路街道“银发课堂”的第6期课程。为帮助辖区老年人跨越“数字鸿沟”，街道联合辖区高校和通信运营商，组建了一支30人的志愿服务队，每周三下午在各社区轮流开课。",
        "课程内容根据老人需求“点单”设置，包括视频通话、网上挂号、医保电子凭证使用、防范电信诈骗等。每堂课后，志愿者还会把操作步骤打印成大字版“口袋书”发给老人，方便回家复习。",
        "“以前孙子不在身边，挂个号都得排半天队，现在自己在手机上就能约。”刚学会网上挂号的刘阿姨高兴地说。",
        "据了解，“银发课堂”开办以来已累计服务老年人500余人次。下一步，街道将把课堂延伸到居民楼院，开设“上门一对一”服务。",
    ],
))

# ve-11 上海 金山区枫泾镇 意见 (征求意见稿), 2020 design, info bar glued in one line
PAGES.append(dict(
    id="ve-11", kind=K, lang="zh", doc_title="枫泾镇关于加强古镇区民宿规范管理的实施意见（征求意见稿）",
    title="枫泾镇关于加强古镇区民宿规范管理的实施意见（征求意见稿）",
    authors=[], publish_time="2024年8月30日",
    css="""body{margin:0;font-family:"Noto Sans SC",sans-serif;background:#f7f4ee}.hero{height:140px;background:#5b4636;color:#f5e9d7;padding:40px 8%;box-sizing:border-box;font-size:30px}
.menu{background:#433326;padding:10px 8%}.menu a{color:#f5e9d7;margin-right:24px}.box{width:900px;margin:24px auto;background:#fff;padding:36px 48px}
.box h1{font-size:24px;text-align:center}.infoline{font-size:12px;color:#8a7a6a;text-align:center}.foot{text-align:center;font-size:12px;color:#776;padding:26px}""",
    mode="indent",
    html="""<body>
<div class="hero">金山区枫泾镇人民政府<div style="font-size:13px"><a>无障碍</a>｜<a>适老化</a>｜<a>繁體</a></div></div>
<div class="menu"><a>首页</a><a>政务公开</a><a>民意征集</a><a>便民服务</a><a>古镇文旅</a></div>
<div class="box">
<div class="here">首页＞民意征集＞征求意见</div>
<h1>{TITLE}</h1>
<div class="infoline">发布日期：2024年8月30日信息来源：枫泾镇文旅办</div>
<div class="note" style="background:#faf3e6;padding:12px;margin:16px 0;font-size:14px">征求意见时间：2024年8月30日至9月29日。意见建议请发送至邮箱fjzwlb@example.cn，或邮寄至枫泾镇文旅办（请在信封注明“民宿意见”）。</div>
{BODY}
<p style="text-align:center"><a>【打印】</a> <a>【关闭】</a></p>
</div>
<div class="foot">上海市金山区枫泾镇人民政府 主办　沪ICP备05002468号　沪公网安备31011602002468号　网站标识码：3101160031</div>
</body>""",
    blocks=[
        "为规范古镇区民宿经营行为，提升民宿服务品质，促进古镇文旅产业高质量发展，结合本镇实际，提出如下意见。",
        {"h": "一、适用范围"},
        "本意见适用于枫泾古镇保护范围内，利用村（居）民自有住宅、集体用房或其他配套用房，为游客提供住宿服务的经营场所。",
        {"h": "二、基本要求"},
        {"li": ["（一）民宿单栋建筑经营用客房不超过14间，建筑层数不超过4层，且建筑面积不超过800平方米。",
                "（二）民宿外观风貌应与古镇传统建筑相协调，不得擅自改变建筑立面、屋面和沿河驳岸。",
                "（三）经营者应当取得营业执照、特种行业许可证，安装治安管理信息系统，如实登记住宿人员信息。"]},
        {"h": "三、监督管理"},
        "镇文旅办牵头建立民宿联合监管机制，会同公安、消防、市场监管等部门开展联合检查。对违规经营、消防隐患突出的民宿，依法责令整改；拒不整改的，纳入信用惩戒名单。",
        {"h": "四、施行日期"},
        "本意见自2024年11月1日起施行，有效期至2029年10月31日。",
    ],
))

# ve-12 海南 三亚市天涯区 news, 2023 mobile-first page, 文/图 byline on its own line
PAGES.append(dict(
    id="ve-12", kind=K, lang="zh", doc_title="天涯区开展“椰风送法”进渔村普法活动 - 三亚市天涯区人民政府",
    title="天涯区开展“椰风送法”进渔村普法活动",
    authors=["黄婷"], publish_time="2025-01-16 11:20",
    css="""body{margin:0;font-family:-apple-system,"PingFang SC";background:#eef7f6}.topbar{background:#00897b;color:#fff;padding:12px 16px;display:flex;justify-content:space-between}
.tabs{display:flex;gap:14px;padding:10px 16px;background:#fff;overflow:auto}.card{background:#fff;margin:12px;padding:16px;border-radius:8px}
.card h1{font-size:21px}.m{display:flex;flex-wrap:wrap;gap:8px;color:#888;font-size:12px}.card p{line-height:1.85}.nb{color:#555;font-size:14px}.fo{font-size:11px;color:#999;text-align:center;padding:16px}""",
    mode="p",
    html="""<body>
<div class="topbar"><span>三亚市天涯区人民政府</span><span>☰ 菜单　<a>搜索</a></span></div>
<div class="tabs"><span>首页</span><span>天涯动态</span><span>镇村动态</span><span>政务公开</span><span>办事服务</span><span>长者版</span></div>
<div class="card">
<div class="bc">首页 &gt; 天涯动态 &gt; 正文</div>
<h1>{TITLE}</h1>
<div class="m"><span>来源：天涯区司法局</span><span>2025-01-16 11:20</span><span>字号 <a>A+</a> <a>A-</a></span></div>
<p class="nb">文/图 黄  婷</p>
{BODY}
<p class="nb">编辑：林晓雯　　审核：陈立</p>
</div>
<div class="card"><b>相关推荐</b><p>天涯区2025年“迎新春”文艺汇演举行</p><p>天涯区完成首批渔船北斗终端升级</p></div>
<div class="fo">主办：三亚市天涯区人民政府办公室<br>琼ICP备18001212号-1 · 琼公网安备46020402000101号 · 网站标识码4602040002</div>
</body>""",
    blocks=[
        "1月15日，天涯区司法局联合区农业农村局、海警工作站，走进红塘湾渔村，开展“椰风送法”普法宣传活动，为即将出海的渔民送上一堂“法治安全课”。",
        {"img": "普法志愿者向渔民讲解海上安全知识", "cap": "普法志愿者向渔民讲解海上安全知识。"},
        "活动现场，工作人员通过发放双语宣传册、设置法律咨询台、播放以案说法短视频等方式，重点宣传《中华人民共和国海洋环境保护法》、伏季休渔制度以及涉渔“三无”船舶整治等内容。",
        "“出海要带齐证件，遇到越界捕捞的情况千万不要抱侥幸心理。”海警工作站民警结合近年查处的典型案例，提醒渔民依法生产、安全作业。",
        "在法律咨询台，不少渔民围着律师询问渔船转让合同、船员工资拖欠等问题。律师逐一耐心解答，并留下联系方式，方便后续跟进。",
        "当天共发放宣传资料600余份，解答法律咨询40余人次。天涯区司法局相关负责人表示，今年将在辖区8个渔村常态化开展送法活动，推动法律服务向海岛、渔港延伸。",
    ],
))
