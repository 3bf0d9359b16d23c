"""Media pages xg-13 .. xg-24: central / provincial / city media, portals, TV and radio sites
(xg-19 and xg-20 are English-language pages of Chinese outlets)."""
from lib import P, H, Q, UL, OL, TABLE, SIG, IMG, BYLINE, NOTE, WENHAO, HTML
from lib import li_links, links, dated_list, img, search, paras

PAGES = []

# ---------------------------------------------------------------------------
# xg-13  central news portal, 江苏 channel · 新华社 wire dateline with reporters in the first paragraph
PAGES.append(dict(
    id="xg-13", kind="media", lang="zh",
    doc_title="江苏沿海湿地迎来鸟类繁殖高峰-华讯网江苏频道",
    title=["江苏沿海湿地迎来鸟类繁殖高峰"],
    authors=["周子衿", "何丰"],
    time="2024-06-03 15:48:21",
    css="""
.hx-top{background:#c4161c;height:36px}.hx-top a{color:#fff;margin:0 10px;line-height:36px;font-size:13px}
.hx-logo{height:80px;border-bottom:1px solid #eee}.hx-logo .ch{font-size:26px;color:#c4161c;margin-left:10px}
.hx-nav li{float:left;margin-right:24px;line-height:44px;font-size:15px}.hx-nav:after{content:"";display:block;clear:both}
.hx-main{width:800px;float:left}.hx-side{width:340px;float:right}
.hx-h1{font-size:32px;line-height:1.4;margin:24px 0 12px}
.hx-info{color:#999;font-size:14px;border-bottom:1px solid #eee;padding-bottom:10px}
.hx-info .src{margin-left:16px}
.hx-font{float:right}
.hx-detail p{font-size:18px;line-height:1.9;text-indent:2em}
.hx-detail .pic-cap{text-indent:0;font-size:14px;color:#666}
.hx-edit{text-align:right;color:#999;font-size:13px}
.hx-side h3{border-left:4px solid #c4161c;padding-left:8px}
.hx-side li{line-height:30px;border-bottom:1px dotted #ddd}
.clear{clear:both}
.hx-foot{background:#f5f5f5;padding:20px 0;text-align:center;font-size:12px;color:#888;margin-top:30px}
""",
    layout=f"""
<div class="hx-top"><div class="wrap">{links(["华讯网首页", "时政", "国际", "财经", "地方", "视频", "English"], "")}</div></div>
<div class="hx-logo wrap">{img("华讯网")}<span class="ch">江苏频道</span>{search("", "搜索")}</div>
<div class="wrap">
{li_links(["首页", "时政", "南京", "苏州", "无锡", "扬州", "盐城", "生态", "文旅", "图片"], "hx-nav")}
<div class="hx-main">
<h1 class="hx-h1">@@TITLE@@</h1>
<div class="hx-info"><span class="time">@@TIME@@</span><span class="src">来源：新华社</span><span class="hx-font">字号：<a href="#">+</a> <a href="#">-</a></span></div>
<div class="hx-detail">
@@BODY@@
</div>
<p class="hx-edit"><a href="#">【纠错】</a> 【责任编辑：孙蕾】</p>
<div class="share">分享到：{links(["微信", "微博", "QQ空间"], " ")}</div>
</div>
<div class="hx-side"><h3>江苏要闻</h3>{li_links(["江苏出台措施支持民营企业参与重大项目建设", "长江江苏段十年禁渔成效持续显现", "南京都市圈一体化发展年度重点任务发布", "苏州工业园区发布新一轮人才政策", "南京夫子庙景区推出夜游新线路"])}
<h3>图片</h3><p>{img("盐城麋鹿保护区迎来“产仔季”")}<br>盐城麋鹿保护区迎来“产仔季”</p></div>
<div class="clear"></div>
</div>
<div class="hx-foot">
<p>{links(["关于我们", "联系我们", "广告服务", "网站声明"], " | ")}</p>
<p>Copyright © 2000-2024 华讯网 版权所有　互联网新闻信息服务许可证编号：10120170031</p>
<p>京ICP备10031862号　京公网安备11010202007612号</p>
</div>
""",
    ps="p", hs="strong",
    body=[
        P("新华社南京6月3日电（记者 周子衿 何丰）初夏时节，江苏盐城、南通沿海湿地迎来鸟类繁殖高峰。黑嘴鸥、反嘴鹬、震旦鸦雀等鸟类在滩涂和芦苇荡中筑巢育雏，一派生机勃勃的景象。"),
        IMG("黑嘴鸥在湿地觅食", "6月2日，几只黑嘴鸥在盐城条子泥湿地觅食。新华社记者 何丰 摄"),
        P("在盐城市东台条子泥湿地，监测人员每天清晨都要沿着观测步道巡护一圈，记录鸟巢数量和雏鸟出壳情况。“今年在核心区监测到的黑嘴鸥巢穴超过1300个，比去年同期增加了约一成。”当地湿地保护站工作人员说。"),
        P("黑嘴鸥是国家一级重点保护野生动物，对繁殖地环境要求较高。近年来，当地通过退渔还湿、互花米草治理、修复高潮位栖息地等措施，为鸟类腾出了更多繁殖空间。"),
        P("在南通如东沿海，志愿者们组建了“护鸟巡逻队”，劝离在繁殖区拍照、挖贝的游客，并在重点区域设置警示牌。去年以来，巡逻队累计清理废弃渔网和地笼4.6吨。"),
        P("据江苏省林业部门介绍，江苏沿海滩涂是东亚—澳大利西亚候鸟迁飞路线上的重要停歇地和繁殖地。目前全省已建立沿海湿地保护地22处，记录到的鸟类超过410种。下一步，江苏将加快建设湿地智慧监测体系，进一步提升候鸟栖息地保护水平。"),
    ],
))

# ---------------------------------------------------------------------------
# xg-14  provincial newspaper site (浙江) · related list between headline and body · 本报讯 byline
PAGES.append(dict(
    id="xg-14", kind="media", lang="zh",
    doc_title="嘉兴推行“一件事”集成改革 企业开办最快半天办结 - 钱江观察网",
    title=["嘉兴推行“一件事”集成改革 企业开办最快半天办结"],
    authors=["陆一鸣", "钱佳怡", "沈哲"],
    time="2023-11-21 07:05",
    css="""
.qj-top{border-bottom:1px solid #ddd;font-size:12px;padding:6px 0}.qj-top .r{float:right}
.qj-logo{height:90px}.qj-nav{background:#00529b}.qj-nav a{color:#fff;padding:0 14px;line-height:42px;display:inline-block}
.qj-bread{font-size:13px;color:#999;margin:14px 0}
.qj-art{width:760px;float:left}
.qj-art h1{font-size:30px;font-weight:bold;margin:0 0 14px}
.qj-meta{font-size:13px;color:#888}.qj-meta span{margin-right:14px}
.qj-rel{background:#f3f7fb;margin:16px 0;padding:10px 14px}.qj-rel p{margin:4px 0}
.qj-rel .t{color:#00529b;font-weight:bold}
.qj-txt p{font-size:17px;line-height:1.9;text-indent:2em}
.qj-ed{color:#999;text-align:right}
.qj-side{float:right;width:360px}.qj-side li{line-height:28px}
.qj-clear{clear:both}
.qj-foot{background:#00529b;color:#dce8f5;text-align:center;font-size:12px;padding:18px;margin-top:20px}
""",
    layout=f"""
<div class="qj-top"><div class="wrap">钱江观察网　浙江省重点新闻网站<span class="r">{links(["登录", "注册", "客户端", "数字报"], " | ")}</span></div></div>
<div class="qj-logo wrap">{img("钱江观察网")}{search("", "搜索")}</div>
<div class="qj-nav"><div class="wrap">{links(["首页", "浙江", "杭州", "宁波", "温州", "嘉兴", "湖州", "财经", "评论", "视频"], "")}</div></div>
<div class="wrap">
<div class="qj-bread">钱江观察网 &gt; 浙江新闻 &gt; 嘉兴 &gt; 正文</div>
<div class="qj-art">
<h1>@@TITLE@@</h1>
<div class="qj-meta"><span>@@TIME@@</span><span>来源：钱江日报</span><span>阅读：1.2万</span></div>
<div class="qj-rel"><p class="t">相关报道</p><p>· <a href="#">浙江深化“高效办成一件事”改革　年内推出首批重点事项</a></p><p>· <a href="#">嘉兴“企业码”服务上线两周年　累计解决诉求3.8万件</a></p><p>· <a href="#">评论｜让企业少跑腿，还要让数据多跑路</a></p></div>
<div class="qj-txt">
@@BODY@@
</div>
<p class="qj-ed">责任编辑：金晓　审核：徐立平</p>
<p>{links(["上一篇：湖州南太湖新区新增3家省级未来工厂", "下一篇：温州鹿城老城区有机更新项目启动"], "<br>")}</p>
</div>
<div class="qj-side"><h3>24小时热点</h3>{li_links(["浙江全面推行“一码通办”", "杭州今冬首场寒潮来了", "宁波舟山港10月集装箱吞吐量创新高", "温州“两个健康”先行区建设新进展"])}
<p>{img("下载钱江观察客户端")}</p><p>扫码下载钱江观察客户端</p></div>
<div class="qj-clear"></div>
</div>
<div class="qj-foot">
<p>钱江观察网版权所有，未经授权不得转载　违法和不良信息举报电话：0571-85310172</p>
<p>互联网新闻信息服务许可证：33120170018　浙ICP备08104217号　浙公网安备33010302000916号</p>
</div>
""",
    ps="p", hs="strong",
    body=[
        P("本报讯（记者 陆一鸣 通讯员 钱佳怡 沈哲）“营业执照、公章、发票、社保登记一次办齐，从提交材料到拿到全部证照只用了不到半天。”11月20日，在嘉兴市行政服务中心，刚刚领到一套开办材料的创业者姚先生感慨。"),
        P("今年以来，嘉兴围绕企业和群众全生命周期，梳理出企业开办、员工招聘、不动产登记、水电气网联合报装等26个高频“一件事”，推动跨部门、跨层级业务流程再造。以企业开办为例，过去需要分别到市场监管、公安、税务、人社等部门办理的7个事项，现在整合为“一表申请、一窗受理、一次办结”。"),
        P("数据共享是改革的关键。嘉兴依托一体化智能化公共数据平台，打通部门业务系统21个，申请人在前端填报的基础信息自动推送至各审批环节，申报材料平均精简了六成以上。对符合条件的事项，系统还能自动比对、智能审批。"),
        P("在嘉善县，“员工录用一件事”同样让企业尝到了甜头。一家电子企业人事负责人告诉记者，过去新员工入职要分别办理用工登记、社保参保、公积金缴存，一批招几十个人，光跑手续就要好几天；现在通过线上平台一次提交，系统自动分发，两个小时就能全部办好。"),
        P("改革带来的变化，企业感受最直接。据统计，1月至10月，嘉兴新设企业3.4万户，同比增长12.6%，企业开办平均用时压缩至0.5个工作日。"),
        P("嘉兴市数据资源管理局相关负责人表示，下一步将把“一件事”改革向医疗、教育、养老等民生领域延伸，年底前再推出10个集成服务事项，让“高效办成一件事”成为常态。"),
    ],
))

# ---------------------------------------------------------------------------
# xg-15  city news site (苏州) · two-line headline, 记者 byline line of its own, 编辑
PAGES.append(dict(
    id="xg-15", kind="media", lang="zh",
    doc_title="平江路片区12处老宅完成修缮 将陆续向市民开放参观_苏城新闻网",
    title=["平江路片区12处老宅完成修缮", "将陆续向市民开放参观"],
    authors=["顾晓雯"],
    time="2022年04月19日 08:32",
    css="""
.sc-head{background:#fff;border-bottom:4px solid #2b7a4b;height:86px}
.sc-nav{font-size:15px;padding:8px 0}.sc-nav a{margin-right:20px}
.sc-pos{color:#888;font-size:12px;margin:8px 0 16px}
.sc-title{font-size:28px;line-height:1.45;text-align:center;margin:10px 60px}
.sc-title span{display:block}
.sc-info{text-align:center;color:#999;font-size:13px;margin:12px 0 20px}
.sc-con{width:760px;margin:0 auto}
.sc-con p{font-size:17px;line-height:2;text-indent:2em}
.sc-con .byline{text-indent:0;color:#555}
.sc-con .pic-cap{text-indent:0;font-size:14px}
.sc-edit{width:760px;margin:0 auto;text-align:right;color:#999}
.sc-more{width:760px;margin:20px auto}.sc-more li{float:left;width:50%;line-height:28px}
.sc-more:after{content:"";display:block;clear:both}
.sc-foot{text-align:center;font-size:12px;color:#888;border-top:1px solid #ddd;padding:16px;margin-top:20px}
""",
    layout=f"""
<div class="sc-head"><div class="wrap">{img("苏城新闻网 www.sucheng-news.cn")}</div></div>
<div class="wrap">
<div class="sc-nav">{links(["首页", "苏州", "姑苏", "园区", "吴中", "相城", "民生", "文化", "视频", "专题"], "")}</div>
<div class="sc-pos">您的位置：首页 &gt; 苏州 &gt; 文化</div>
<h1 class="sc-title">@@TITLE@@</h1>
<div class="sc-info">@@TIME@@　来源：苏城晚报　<a href="#">我要评论</a></div>
<div class="sc-con">
@@BODY@@
</div>
<p class="sc-edit">编辑：潘婷</p>
<div class="sc-more"><h4>相关新闻</h4>{li_links(["苏州古城保护更新十项行动发布", "山塘街新增两处非遗展示馆", "“姑苏八点半”夜间文旅品牌再升级", "苏州评弹进社区活动启动"])}</div>
</div>
<div class="sc-foot">
<p>苏城新闻网 版权所有　未经书面授权禁止转载</p>
<p>苏ICP备09047322号　苏公网安备32050802010233号　互联网新闻信息服务许可证：32120170011</p>
</div>
""",
    ps="p", hs="strong", tsep="<br>",
    body=[
        BYLINE("记者 顾晓雯"),
        P("经过一年多的精心修缮，平江路历史街区内12处传统民居日前完成保护修缮，将从5月起分批次向市民和游客开放参观。"),
        IMG("修缮后的老宅", "修缮后的卫道观前某宅天井。顾晓雯 摄"),
        P("这批老宅多建于清末民初，分布在卫道观前、胡厢使巷、大新桥巷等处，大多为一进或两进院落。修缮前，部分房屋存在木构件腐朽、屋面渗漏、墙体开裂等问题，居住条件较差。"),
        P("“我们坚持‘最小干预’原则，能修的不换，能补的不拆。”负责修缮工程的古建公司技术负责人介绍，施工中尽量保留原有的梁架、门窗和铺地，对确需更换的构件，也按照传统工艺和原有尺寸复制。一处老宅门楼上的砖雕因年代久远残缺不全，工匠们参照老照片，花了两个多月才修补完成。"),
        P("修缮后的老宅将根据各自特点，植入苏式生活展示、非遗手作体验、社区书房等功能。其中，大新桥巷一处院落将作为苏州园林营造技艺传习点，定期举办公益讲座。"),
        P("姑苏区相关负责人表示，今年还将启动第二批20处传统民居修缮，推动历史街区保护与居民生活改善同步进行。"),
    ],
))

# ---------------------------------------------------------------------------
# xg-16  provincial TV station news site (江苏) · video page, 记者/编辑 line after the transcript
PAGES.append(dict(
    id="xg-16", kind="media", lang="zh",
    doc_title="高温下的“电力医生”：每天巡检线路超过30公里 - 苏视新闻",
    title=["高温下的“电力医生”：每天巡检线路超过30公里"],
    authors=["王晨", "刘洋"],
    time="2023-08-15 19:42:10",
    css="""
body{background:#111;color:#ddd}
a{color:#ddd}
.sv-head{height:64px;background:#000;border-bottom:2px solid #e60012}
.sv-head .nav a{display:inline-block;margin:0 14px;line-height:64px}
.sv-player{background:#222;height:420px;text-align:center;position:relative}
.sv-player .ctrl{position:absolute;bottom:10px;left:20px;font-size:12px}
.sv-box{background:#1b1b1b;padding:20px 40px}
.sv-box h1{font-size:26px;color:#fff}
.sv-info{font-size:13px;color:#999}
.sv-tags span{display:inline-block;border:1px solid #555;padding:2px 8px;margin-right:6px;font-size:12px}
.sv-text p{font-size:16px;line-height:1.9;color:#ccc}
.sv-credit{color:#888;font-size:13px}
.sv-rec li{display:inline-block;width:23%;margin-right:1%;vertical-align:top;font-size:13px}
.sv-foot{text-align:center;font-size:12px;color:#777;padding:20px}
""",
    layout=f"""
<div class="sv-head"><div class="wrap">{img("苏视新闻")}<span class="nav">{links(["首页", "直播", "新闻", "民生", "节目", "专题", "客户端下载"], "")}</span></div></div>
<div class="wrap">
<div class="sv-player">{img("视频封面", w=960, h=400)}<div class="ctrl">播放　00:00 / 02:36　高清　全屏</div></div>
<div class="sv-box">
<h1>@@TITLE@@</h1>
<div class="sv-info">@@TIME@@ | 来源：城市频道《晚间新闻眼》 | 播放量：3.6万</div>
<div class="sv-tags"><span>高温</span><span>电力</span><span>一线劳动者</span></div>
<div class="sv-text">
@@BODY@@
</div>
<p class="sv-credit">记者：王晨 刘洋　编辑：徐嘉　责任编辑：邵立</p>
<p>{links(["点赞 268", "收藏", "分享"], "　")}</p>
</div>
<div class="sv-rec"><h3>相关推荐</h3>{li_links(["02:11 南京今年第12个高温日 户外工作者如何防暑", "01:45 “烤”验下的外卖骑手：一天喝掉8瓶水", "03:02 江苏电网用电负荷再创新高", "01:28 高温天气车内温度能有多高？记者实测"])}</div>
</div>
<div class="sv-foot">
<p>苏视新闻 版权所有　信息网络传播视听节目许可证：1005108　苏ICP备11034928号</p>
<p>苏公网安备32010602010562号　违法和不良信息举报电话：025-83188062</p>
</div>
""",
    ps="p", hs="strong",
    body=[
        P("连日来，南京持续高温，地表温度超过50摄氏度。用电负荷节节攀升，电力线路和设备也迎来“大考”。在这样的天气里，有这样一群人，每天顶着烈日巡检线路，被大家称为“电力医生”。"),
        P("早上七点，记者跟随供电公司输电运检班的巡线员来到江宁区一处山坡，这里有两条110千伏线路经过。巡线员们背着工具包，沿着山间小路一基一基地检查杆塔。不到半小时，大家的工作服就已经湿透。"),
        H("“线路有没有‘发烧’，一测就知道”"),
        P("巡线员手持红外测温仪，对准导线接头和线夹逐一测量。班长周海涛告诉记者，高温天气下，导线接头如果接触不良，温度会明显高于周边，严重时可能引发断线。“我们就像给线路量体温，哪里‘发烧’了，一测就知道。”"),
        P("除了人工巡检，今年他们还用上了无人机。无人机沿线路飞行，高清镜头能拍清楚几十米高的绝缘子有没有破损，大大提高了巡检效率。不过，山区、林区的很多隐患，还是需要人走到跟前去看。"),
        P("周海涛说，迎峰度夏期间，班组每人每天平均要走30多公里，一个夏天下来，大家都要瘦上好几斤。“苦是苦一点，但看到万家灯火都亮着，心里就踏实。”"),
        P("据了解，为保障高温期间电力可靠供应，江苏电力部门已组织开展特巡特护1.2万余次，累计消除各类隐患3400多处。"),
    ],
))

# ---------------------------------------------------------------------------
# xg-17  city radio station news site (上海) · audio page, 记者/编辑 in the info bar
PAGES.append(dict(
    id="xg-17", kind="media", lang="zh",
    doc_title="沪上首批“社区食堂+助餐点”数字地图上线_沪上之声",
    title=["沪上首批“社区食堂+助餐点”数字地图上线"],
    authors=["许倩"],
    time="2025-02-18 12:30:05",
    css="""
.hs-top{height:70px;background:#5b2c83}.hs-top .logo{float:left;margin-top:12px}
.hs-top .freq{float:right;color:#fff;line-height:70px}
.hs-menu{border-bottom:1px solid #ddd}.hs-menu a{display:inline-block;padding:12px 18px}
.hs-art{width:820px;margin:20px auto}
.hs-art h1{font-size:28px}
.hs-meta{color:#888;font-size:13px;padding:8px 0;border-bottom:1px solid #eee}
.hs-meta span{margin-right:20px}
.hs-audio{background:#f3eef8;padding:12px 16px;margin:16px 0;border-radius:6px}
.hs-body p{font-size:17px;line-height:1.9}
.hs-prog{background:#fafafa;padding:10px;font-size:13px}
.hs-foot{background:#2a1340;color:#b9a6cc;text-align:center;font-size:12px;padding:20px}
""",
    layout=f"""
<div class="hs-top"><div class="wrap"><div class="logo">{img("沪上之声 新闻广播")}</div><div class="freq">FM 93.6　AM 1026　正在直播：《午间新闻广场》</div></div></div>
<div class="hs-menu"><div class="wrap">{links(["首页", "新闻", "节目单", "主持人", "听回放", "互动", "关于我们"], "")}</div></div>
<div class="hs-art">
<p>首页 &gt; 新闻 &gt; 民生</p>
<h1>@@TITLE@@</h1>
<div class="hs-meta"><span>发布时间：@@TIME@@</span><span>记者：许倩</span><span>编辑：陈思雨</span></div>
<div class="hs-audio">▶ 收听本条新闻　00:00 / 01:58　<span>倍速 1.0x</span></div>
<div class="hs-body">
@@BODY@@
</div>
<div class="hs-prog">本条新闻播出于《早新闻》（2月18日 7:00-8:00）　<a href="#">收听完整节目</a></div>
<p>{links(["分享到微信", "分享到微博", "复制链接"], "　")}</p>
<h3>更多新闻</h3>{dated_list([("本市今年将新增40家社区食堂", "02-17"), ("老年助餐服务纳入“15分钟社区生活圈”考核", "02-14"), ("黄浦区试点“助餐+助浴”一站式服务", "02-10")])}
</div>
<div class="hs-foot">
<p>沪上之声 版权所有　新闻热线：021-62781093</p>
<p>沪ICP备09012874号-2　沪公网安备31010902002263号　广播电视节目制作经营许可证（沪）字第0316号</p>
</div>
""",
    ps="p", hs="strong",
    body=[
        P("老人想在家附近吃顿热乎饭，去哪里找？从今天起，打开“随申办”，就能一键查询身边的社区食堂和助餐点。记者从市民政局获悉，本市首批“社区食堂+助餐点”数字地图正式上线，覆盖全市16个区的1900多个助餐场所。"),
        P("数字地图上，每个助餐场所都标注了地址、营业时间、供餐方式和菜品价格。有的还能显示当天菜单和剩余餐位，支持线上预订和送餐上门。市民输入所在位置，系统会按距离由近到远推荐，并显示步行所需时间。"),
        P("家住静安区彭浦新村的张阿姨今年78岁，她在女儿的帮助下试用了一下。“离我家最近的助餐点走路6分钟，今天中午有红烧大排、炒青菜，一荤一素12块钱，很实惠。”"),
        P("市民政局养老服务处负责人介绍，截至去年底，本市已建成社区长者食堂400余家、老年助餐点1500余个，日均供餐超过22万客。数字地图上线后，将根据市民反馈不断完善功能，今年还计划接入更多企业食堂和餐饮门店，进一步扩大助餐服务供给。"),
        P("需要提醒的是，部分助餐点对本区户籍老人有价格优惠，老人就餐时请携带身份证或社保卡。"),
    ],
))

# ---------------------------------------------------------------------------
# xg-18  district 融媒体中心 news site (泉州丰泽) · glued info bar above the headline, spaced author name
PAGES.append(dict(
    id="xg-18", kind="media", lang="zh",
    doc_title="丰泽区开展“护苗”行动 守护青少年暑期安全-丰泽新闻网",
    title=["丰泽区开展“护苗”行动 守护青少年暑期安全"],
    authors=["蔡妍", "洪家豪"],
    time="2024-07-12 10:18:33",
    css="""
.fz-top{background:#0e6eb8;height:100px}.fz-top .in{padding-top:20px}
.fz-nav{background:#fff;border-bottom:1px solid #ddd}.fz-nav li{float:left;padding:0 20px;line-height:44px}
.fz-nav:after{content:"";display:block;clear:both}
.fz-loc{margin:12px 0;font-size:13px}
.fz-article{padding:0 80px}
.fz-attr{font-size:13px;color:#999;border-top:1px solid #eee;padding-top:12px}.fz-attr span{padding-right:14px}
.fz-article h2{font-size:26px;margin:12px 0 22px;color:#222}
.fz-xg{border:1px dashed #9cc3e6;padding:8px 14px;margin-bottom:16px;font-size:14px}
.fz-xg li{line-height:26px;color:#0e6eb8}
.fz-con p{font-size:16px;line-height:2}
.fz-bj{color:#aaa;font-size:13px;margin-top:20px}
.fz-foot{background:#f2f2f2;text-align:center;font-size:12px;color:#777;padding:16px;margin-top:20px}
""",
    layout=f"""
<div class="fz-top"><div class="wrap in">{img("丰泽新闻网")}　{img("丰泽区融媒体中心")}</div></div>
<div class="fz-nav"><div class="wrap">{li_links(["首页", "丰泽要闻", "部门动态", "街道动态", "社会民生", "视频丰泽", "专题"])}</div></div>
<div class="wrap">
<div class="fz-loc">当前位置：首页 &gt; 社会民生</div>
<div class="fz-article">
<div class="fz-attr"><span>@@TIME@@</span><span>来源：丰泽区融媒体中心</span><span>作者：蔡&nbsp;&nbsp;妍　洪家豪</span></div>
<h2>@@TITLE@@</h2>
<div class="fz-xg">相关阅读：{li_links(["丰泽区召开2024年未成年人保护工作联席会议", "“护苗2024”丰泽区校园周边环境集中整治启动", "暑期防溺水，这份安全提示请收好"])}</div>
<div class="fz-con">
@@BODY@@
</div>
<p class="fz-bj">责编：黄敏　审核：王建业</p>
<p>上一篇：<a href="#">丰泽区召开防汛防台风工作部署会</a></p>
<p>下一篇：<a href="#">东海街道举办“邻里守望”志愿服务活动</a></p>
</div>
</div>
<div class="fz-foot">
<p>主办：泉州市丰泽区融媒体中心　联系电话：0595-22575316</p>
<p>闽ICP备16021437号-1　闽公网安备35050302000271号</p>
<p>{img("丰泽发布微信公众号")} 扫一扫关注丰泽发布</p>
</div>
""",
    ps="indent", hs="strong",
    body=[
        P("暑假来临，为营造安全健康的假期环境，丰泽区近日启动2024年暑期“护苗”专项行动，由区委宣传部、区教育局、公安丰泽分局、区文体旅局等多部门联合，聚焦防溺水、网络安全、校外培训和文化市场整治等重点，为青少年撑起“保护伞”。"),
        P("7月10日，执法人员来到辖区一家网吧，检查是否存在接纳未成年人上网的情况，并对营业场所的消防通道、应急照明等设施进行检查。当天，检查组共检查网吧、剧本娱乐场所、书店等经营场所21家，发现并督促整改问题4处。"),
        IMG("执法人员检查网吧", "执法人员在辖区网吧开展检查"),
        P("防溺水是暑期安全的重中之重。丰泽区在晋江沿岸、城东片区水库等重点水域增设警示牌86块，配备救生圈、救生绳等救援器材，并组织社区网格员、志愿者开展巡河护水，每天早中晚各巡查一次。"),
        P("与此同时，区教育局通过“致家长的一封信”、班级群等渠道，向家长普及防溺水、防诈骗、防网络沉迷等安全知识。“我们希望家长和学校一起，把安全教育做在前面。”区教育局相关负责人说。"),
        P("据悉，“护苗”专项行动将持续至8月底，期间还将开展“护苗·绿书签”阅读推广、青少年网络素养讲座等系列活动。"),
    ],
))

# ---------------------------------------------------------------------------
# xg-19  English: Shanghai outlet · byline under the photo caption
PAGES.append(dict(
    id="xg-19", kind="media", lang="en",
    doc_title="Shanghai opens 20 more pocket parks along Suzhou Creek | Pujiang Daily",
    title=["Shanghai opens 20 more pocket parks along Suzhou Creek"],
    authors=["Zhou Anqi"],
    time="2024-05-26 19:08",
    css="""
body{font-family:Georgia,"Times New Roman",serif}
.pj-top{background:#0d2a4a;color:#fff;font-family:Arial,sans-serif;font-size:12px;padding:6px 0}
.pj-top a{color:#fff;margin-right:12px}
.pj-mast{text-align:center;padding:16px 0;border-bottom:3px double #0d2a4a}
.pj-nav{font-family:Arial,sans-serif;text-align:center;padding:8px 0;border-bottom:1px solid #ccc}
.pj-nav a{margin:0 12px;text-transform:none}
.pj-crumb{font-family:Arial,sans-serif;font-size:12px;color:#888;margin:14px 0}
.pj-story{width:760px;margin:0 auto}
.pj-story h1{font-size:34px;line-height:1.25}
.pj-fig{margin:0}.pj-fig .cap{font-size:13px;color:#555;font-family:Arial,sans-serif}
.pj-fig .credit{font-size:11px;color:#999;font-family:Arial,sans-serif}
.pj-by{font-family:Arial,sans-serif;font-size:14px;font-weight:bold;margin-top:14px}
.pj-date{font-family:Arial,sans-serif;font-size:12px;color:#888}
.pj-body p{font-size:18px;line-height:1.7}
.pj-tags a{font-family:Arial,sans-serif;font-size:12px;background:#eee;padding:2px 6px;margin-right:4px}
.pj-foot{background:#0d2a4a;color:#aab;font-family:Arial,sans-serif;font-size:12px;text-align:center;padding:20px;margin-top:30px}
""",
    layout=f"""
<div class="pj-top"><div class="wrap">{links(["中文", "Subscribe", "E-paper", "Sign in"], "")}</div></div>
<div class="pj-mast">{img("Pujiang Daily")}<br>Saturday, May 26, 2024</div>
<div class="pj-nav">{links(["Home", "Metro", "Nation", "World", "Business", "Culture", "Sports", "Opinion", "Video"], "")}</div>
<div class="wrap">
<div class="pj-crumb"><a href="#">Home</a> / <a href="#">Metro</a> / <a href="#">Environment</a></div>
<div class="pj-story">
<h1>@@TITLE@@</h1>
<div class="pj-fig">{img("pocket park", w=760, h=460)}
<p class="cap">Residents stroll through a newly opened pocket park near Suzhou Creek in Putuo District on Saturday.</p>
<p class="credit">Ti Gong</p></div>
<p class="pj-by">By Zhou Anqi</p>
<p class="pj-date">Updated: @@TIME@@　Source: Pujiang Daily　Editor: Wang Xinyi</p>
<div class="pj-body">
@@BODY@@
</div>
<p class="pj-tags">{links(["Putuo", "Suzhou Creek", "Parks", "Urban renewal"], " ")}</p>
<p>Share: {links(["WeChat", "Weibo", "Facebook", "X", "Email"], " ")}</p>
<h3>Related stories</h3>{li_links(["Riverside running trail links Jing'an and Changning", "Historic warehouse reopens as waterfront library", "City adds 120 km of greenways this year"])}
</div>
</div>
<div class="pj-foot">
<p>Copyright © 1999-2024 Pujiang Daily. All rights reserved.</p>
<p>沪ICP备08014217号-1　沪公网安备31010602000377号</p>
</div>
""",
    ps="p", hs="strong",
    body=[
        P("Twenty more small parks opened along the banks of Suzhou Creek this weekend, giving residents in Putuo, Jing'an and Changning districts new places to sit, walk and exercise near the water."),
        P("The so-called pocket parks range from 300 to 2,500 square meters and were built on leftover land next to bridges, pumping stations and old factory walls, according to the city's greenery bureau."),
        P("Several keep traces of the creek's industrial past. One near Changhua Road reuses the brick base of a former flour mill chimney as a seating area, while another has planted native reeds and irises to filter rainwater."),
        P("\"I used to walk my dog on the pavement because there was nowhere else to go,\" said Chen Liping, a retiree who lives nearby. \"Now we have benches, shade and a view of the river.\""),
        P("The city plans to open another 30 pocket parks along the creek and the Huangpu River by the end of the year."),
    ],
))

# ---------------------------------------------------------------------------
# xg-20  English: Fujian outlet · two-line headline (plain clause), byline under the photo caption
PAGES.append(dict(
    id="xg-20", kind="media", lang="en",
    doc_title="Xiamen ferry routes add evening sailings as summer tourist numbers peak - Minjiang Post",
    title=["Xiamen ferry routes add evening sailings", "as summer tourist numbers peak"],
    authors=["Lin Haiyan", "Chen Jun"],
    time="2023-07-14 09:26",
    css="""
.mp-bar{background:#b8282e;height:6px}
.mp-head{padding:14px 0;border-bottom:1px solid #ddd}.mp-head .r{float:right;font-size:12px}
.mp-menu li{display:inline-block;margin-right:18px;font-weight:bold;font-size:13px;line-height:40px}
.mp-col{width:780px;float:left}.mp-aside{width:360px;float:right}
.mp-col h1{font-size:32px;line-height:1.3;margin:20px 0}
.mp-col h1 .l2{display:block}
.mp-photo .cap{font-size:13px;color:#666;margin:4px 0}
.mp-info{font-size:13px;color:#444;border-top:1px solid #eee;border-bottom:1px solid #eee;padding:8px 0;margin:12px 0}
.mp-text p{font-size:17px;line-height:1.7}
.mp-aside h4{background:#b8282e;color:#fff;padding:6px}
.mp-aside li{line-height:26px;font-size:14px}
.clear{clear:both}
.mp-foot{background:#222;color:#999;font-size:12px;text-align:center;padding:18px;margin-top:30px}
""",
    layout=f"""
<div class="mp-bar"></div>
<div class="mp-head"><div class="wrap">{img("Minjiang Post")}<span class="r">{links(["Fujian", "Xiamen", "Fuzhou", "Quanzhou", "Cross-Straits", "Travel"], " | ")}</span></div></div>
<div class="wrap">
{li_links(["HOME", "NEWS", "BUSINESS", "TRAVEL", "CULTURE", "FOREIGNERS IN FUJIAN", "PHOTOS"], "mp-menu")}
<div class="mp-col">
<p>Home &gt; News &gt; Xiamen</p>
<h1>@@TITLE@@</h1>
<div class="mp-photo">{img("", w=780, h=470)}<p class="cap">A ferry leaves the Dongdu terminal for Gulangyu Island in Xiamen on July 12. [Photo provided to Minjiang Post]</p></div>
<div class="mp-info">By Lin Haiyan and Chen Jun | Minjiang Post | Updated: @@TIME@@</div>
<div class="mp-text">
@@BODY@@
</div>
<p>Editor: Huang Yue</p>
</div>
<div class="mp-aside"><h4>Most Popular</h4>{li_links(["Fuzhou's Three Lanes and Seven Alleys lit up for summer nights", "Wuyi Mountain tea farmers try live-streaming", "Quanzhou Maritime Museum extends opening hours", "New cross-strait flights link Fuzhou and Taichung"])}
<h4>Follow us</h4><p>{img("QR code")}<br>Scan to follow Minjiang Post on WeChat</p></div>
<div class="clear"></div>
</div>
<div class="mp-foot">
<p>Copyright Minjiang Post. All Rights Reserved. Reproduction in whole or in part without permission is prohibited.</p>
<p>闽ICP备12031875号-3</p>
</div>
""",
    ps="p", hs="strong", tsep='<span class="l2">',
    body=[
        P("Ferry operators in Xiamen have added evening sailings to Gulangyu Island and Kinmen-bound routes to cope with the summer travel rush, local transport authorities said on Thursday."),
        P("From July 15 to Aug 31, the last boat from the Dongdu terminal to Gulangyu will leave at 9:30 pm instead of 7:30 pm, and two extra return trips will be scheduled on Friday and Saturday nights."),
        P("Daily passenger trips to the island have exceeded 35,000 on weekends since early July, close to the daily cap set to protect the UNESCO World Heritage site."),
        P("\"Many visitors want to see the island at night, when it is cooler and less crowded,\" said Zheng Wei, a manager at the ferry company."),
        P("Tickets must be booked in advance with a valid ID through the official mini program, and visitors are advised to arrive at the terminal 30 minutes before departure."),
    ],
))
# The headline's second line is wrapped in a block span (tsep above), closed here:
PAGES[-1]["layout"] = PAGES[-1]["layout"].replace("<h1>@@TITLE@@</h1>", "<h1>@@TITLE@@</span></h1>")

# ---------------------------------------------------------------------------
# xg-21  web portal, 闽南 channel · reprint with 原标题 line, byline line of its own, editor code
PAGES.append(dict(
    id="xg-21", kind="media", lang="zh",
    doc_title="泉州一古厝变身社区图书馆 藏书超过8000册|泉州|图书馆_云帆网闽南",
    title=["泉州一古厝变身社区图书馆 藏书超过8000册"],
    authors=["林小芸", "陈志坚"],
    time="2021-03-29 09:41:07",
    css="""
.yf-top{background:#f7f7f7;font-size:12px;height:30px;line-height:30px;border-bottom:1px solid #e5e5e5}
.yf-top a{margin-right:10px}
.yf-ch{height:70px}.yf-ch .name{font-size:24px;color:#1f6fd1;margin-left:10px}
.yf-nav a{margin-right:16px;font-size:15px}
.post{width:680px;float:left}
.post h1{font-size:28px;font-weight:normal;line-height:1.4}
.post-info{font-size:12px;color:#888}.post-info .r{float:right}
.post-body p{font-size:17px;line-height:1.8;text-indent:2em}
.post-body .otitle,.post-body .byline{text-indent:0;color:#666;font-size:14px}
.post-end{font-size:12px;color:#999;text-align:right}
.yf-side{width:300px;float:right}.yf-side li{font-size:13px;line-height:26px}
.yf-clear{clear:both}
.cmt{border-top:2px solid #1f6fd1;margin-top:20px}
.yf-foot{font-size:12px;color:#999;text-align:center;padding:20px;border-top:1px solid #eee}
""",
    layout=f"""
<div class="yf-top"><div class="wrap">{links(["云帆网首页", "新闻", "体育", "娱乐", "财经", "汽车", "房产", "闽南"], "")} <a href="#">登录</a></div></div>
<div class="yf-ch wrap">{img("云帆网")}<span class="name">闽南</span></div>
<div class="wrap">
<div class="yf-nav">{links(["首页", "泉州", "厦门", "漳州", "社会", "美食", "旅游", "房产"], "")}</div>
<div class="post">
<h1>@@TITLE@@</h1>
<div class="post-info">@@TIME@@　来源: <a href="#">东南晚报</a><span class="r"><a href="#">举报</a>　<a href="#">0</a> 参与评论</span></div>
<div class="post-body">
@@BODY@@
</div>
<p class="post-end">本文来源：东南晚报　责任编辑：张鹏_NF5168</p>
<div class="cmt"><p>网友评论</p><p>文明上网理性发言，请遵守新闻评论服务协议</p><textarea placeholder="说两句..."></textarea><p>0 条评论 0 人参与</p></div>
</div>
<div class="yf-side"><h3>热门推荐</h3>{li_links(["泉州西街周末人流量破10万", "厦门地铁4号线最新进展来了", "漳州古城夜游灯光秀回归", "闽南这些海滩今年夏天免费开放"])}
<h3>24小时排行</h3>{li_links(["1 泉州中心市区新增3条公交线路", "2 晋江机场新开通5条航线", "3 开渔节过后，泉州海鲜价格降了吗"])}</div>
<div class="yf-clear"></div>
</div>
<div class="yf-foot">
<p>{links(["About Yunfan", "关于云帆", "联系我们", "侵权投诉"], " - ")}</p>
<p>云帆公司版权所有 ©1998-2021　粤B2-20090211</p>
</div>
""",
    ps="p", hs="strong",
    body=[
        NOTE("（原标题：千年古城多了一处“书香驿站”）", "otitle"),
        BYLINE("记者 林小芸 通讯员 陈志坚 文/图"),
        P("青砖红瓦、燕尾脊翘，推开古厝的木门，一排排书架整齐排列，十几位居民正安静地看书。3月27日，位于泉州鲤城区开元街道的“古厝书房”正式开放，这座有百年历史的闽南红砖古厝变身为社区图书馆。"),
        IMG("古厝书房", "居民在“古厝书房”里阅读"),
        P("这座古厝原为当地黄氏家族的祖宅，建于清光绪年间，占地约420平方米。前几年，房屋年久失修，一度闲置。去年，街道与产权人协商，由产权人无偿提供场地、街道出资修缮，将古厝打造成公益阅读空间。"),
        P("“改造时，我们保留了古厝原有的格局和石雕、木雕，只在内部增加了书架、灯光和空调。”街道相关负责人介绍，书房目前藏书8200余册，以闽南文化、少儿读物和生活类图书为主，与市图书馆实现通借通还。"),
        P("书房还设置了亲子阅读区和文化展示区，每周末举办南音欣赏、闽南童谣、手工剪纸等活动。开放第一天，附近小学的学生就来“打卡”。“在古厝里看书，感觉特别安静，还能了解老房子的故事。”五年级学生小吴说。"),
        P("据了解，鲤城区今年计划利用闲置古厝、老字号店铺等空间，再建成5处“城市书房”，让市民在家门口就能享受阅读的乐趣。"),
    ],
))

# ---------------------------------------------------------------------------
# xg-22  city evening paper website (杭州) · two-line headline, 本报记者/通讯员 line of its own
PAGES.append(dict(
    id="xg-22", kind="media", lang="zh",
    doc_title="杭州地铁三期最后一条线路开通满月 日均客流突破15万人次 - 湖滨都市报",
    title=["杭州地铁三期最后一条线路开通满月", "日均客流突破15万人次"],
    authors=["魏然", "孙一帆"],
    time="2021-07-28 06:58",
    css="""
.hb-head{background:#e2231a;height:80px}.hb-head .in{padding-top:14px}
.hb-sub{background:#fff3f2;font-size:13px;padding:6px 0}.hb-sub a{margin-right:12px}
.hb-main{width:840px;margin:0 auto}
.hb-main h1{font-size:30px;text-align:center;line-height:1.5;margin:24px 0 6px}
.hb-main h1 i{font-style:normal;display:block;font-size:24px}
.hb-tm{text-align:center;color:#999;font-size:13px}
.hb-tm span{margin:0 8px}
.hb-text p{font-size:17px;line-height:2;text-indent:2em}
.hb-text .byline{text-indent:0;font-weight:bold}
.hb-text h4{font-size:17px;color:#e2231a}
.hb-hot li{display:inline-block;width:48%;line-height:28px}
.hb-foot{margin-top:30px;background:#333;color:#aaa;font-size:12px;text-align:center;padding:16px}
""",
    layout=f"""
<div class="hb-head"><div class="wrap in">{img("湖滨都市报")} {search("搜索新闻", "")}</div></div>
<div class="hb-sub"><div class="wrap">{links(["首页", "杭州", "民生", "教育", "楼市", "消费", "健康", "体育", "数字报"], "")}</div></div>
<div class="hb-main">
<p>首页 &gt; 杭州 &gt; 交通</p>
<h1>@@TITLE@@</i></h1>
<div class="hb-tm"><span>@@TIME@@</span><span>湖滨都市报</span><span>分享到：</span><span>{links(["微信", "微博"], " ")}</span></div>
<div class="hb-text">
@@BODY@@
</div>
<p>本文为湖滨都市报原创作品，未经授权不得转载。</p>
<div class="hb-hot"><h3>推荐阅读</h3>{li_links(["杭州公交首条“定制夜线”开通", "杭州东站枢纽暑运首日发送旅客28万人次", "地铁10号线有望年底前开通", "入伏后杭州迎来最强“桑拿天”"])}</div>
</div>
<div class="hb-foot">
<p>湖滨都市报社 主办　新闻热线：0571-85100110</p>
<p>浙ICP备06025193号　浙公网安备33010502003561号</p>
</div>
""",
    ps="p", hs="h4", tsep="<i>",
    body=[
        BYLINE("本报记者 魏然　通讯员 孙一帆"),
        P("6月28日，杭州地铁19号线（机场快线）开通运营，杭州地铁三期建设规划线路全部建成。一个月过去了，这条串起萧山国际机场、火车西站和火车东站的线路运行得怎么样？"),
        P("记者昨天从杭州地铁集团获悉，19号线开通首月累计客运量达467万人次，日均客流超过15万人次，最高日客流出现在7月25日，达19.8万人次。"),
        H("去机场的时间缩短了一半"),
        P("“以前从城西打车去机场，不堵车也要一个多小时，现在坐地铁快线五十分钟就到了。”在火车西站站，准备去机场的王女士说。"),
        P("19号线全长约59公里，设站14座，采用最高时速160公里的市域快线列车，从火车东站到机场最快只需22分钟。为方便旅客携带行李，列车车厢专门设置了行李架，车站还配置了大尺寸闸机。"),
        H("早高峰行车间隔将进一步压缩"),
        P("杭州地铁相关负责人介绍，开通初期，19号线早晚高峰行车间隔为7分30秒。根据首月客流情况，8月起早高峰间隔将压缩至6分钟左右，同时延长机场站末班车时间，尽量覆盖更多晚间航班。"),
        P("据统计，目前杭州地铁运营里程已达到401公里，日均客运量超过300万人次。"),
    ],
))

# ---------------------------------------------------------------------------
# xg-23  central media portal, 上海 channel · glued date+time, 实习生 in the byline, （责编：…）
PAGES.append(dict(
    id="xg-23", kind="media", lang="zh",
    doc_title="上海启动2024年“暑托班”报名 全市开设办班点超过700个--上海频道--华夏网",
    title=["上海启动2024年“暑托班”报名 全市开设办班点超过700个"],
    authors=["沈寒", "陆小雨"],
    time="2024年06月11日16:25",
    css="""
.hxw-top{border-bottom:1px solid #ddd;font-size:12px;padding:6px 0}
.hxw-logo{padding:12px 0}.hxw-logo b{font-size:24px;color:#b10000;margin-left:8px}
.hxw-path{font-size:13px;margin:10px 0;color:#555}
.col-1{width:820px;float:left}.col-2{width:340px;float:right}
.col-1 h1{font-size:28px;line-height:1.4;margin:14px 0}
.col-1 .sou{font-size:13px;color:#666;border-bottom:1px solid #eee;padding-bottom:10px}
.col-1 .sou .fr{float:right}
.rm_txt_con p{font-size:16px;line-height:1.9;text-indent:2em}
.rm_txt_con .byline{text-indent:0}
.edit{text-align:right;color:#888;font-size:13px}
.col-2 h3{border-bottom:2px solid #b10000}.col-2 li{line-height:28px;font-size:14px}
.c{clear:both}
.hxw-foot{font-size:12px;color:#777;text-align:center;border-top:2px solid #b10000;margin-top:30px;padding:16px}
""",
    layout=f"""
<div class="hxw-top"><div class="wrap">{links(["华夏网首页", "时政", "社会", "地方", "财经", "教育", "健康", "图片", "视频"], " | ")}</div></div>
<div class="wrap hxw-logo">{img("华夏网")}<b>上海频道</b></div>
<div class="wrap">
<div class="hxw-path"><a href="#">华夏网</a>&gt;&gt;<a href="#">上海频道</a>&gt;&gt;<a href="#">社会</a></div>
<div class="col-1">
<h1>@@TITLE@@</h1>
<div class="sou">@@TIME@@ | 来源：<a href="#">华夏网－上海频道</a><span class="fr">小字号</span></div>
<div class="rm_txt_con">
@@BODY@@
</div>
<p class="edit">(责编：曹静、李晖)</p>
<p>分享让更多人看到　{links(["微信", "微博", "QQ空间"], " ")}</p>
<h3>推荐阅读</h3>{li_links(["上海中小学暑假时间定了", "沪上多家博物馆推出暑期青少年课程", "今夏上海游泳场所开放时间延长"])}
</div>
<div class="col-2"><h3>上海要闻</h3>{li_links(["上海发布新一轮优化营商环境行动方案", "浦东引领区建设三周年成果发布", "上海今年将新建改建“15分钟社区生活圈”200个"])}
<h3>热点排行</h3>{li_links(["黄梅天来了！今年入梅偏早", "上海地铁多条线路延长运营", "外滩观光隧道改造后重新开放"])}</div>
<div class="c"></div>
</div>
<div class="hxw-foot">
<p>华夏网版权所有，未经书面授权禁止使用</p>
<p>Copyright © 1997-2024 by www.huaxia-net.cn. all rights reserved</p>
<p>京ICP证000063号　京公网安备11000000000134号</p>
</div>
""",
    ps="p", hs="strong",
    body=[
        BYLINE("华夏网记者 沈寒 实习生 陆小雨"),
        P("华夏网上海6月11日电 记者今天从上海市教委、团市委获悉，2024年上海市爱心暑托班将于6月12日起开放网上报名。今年全市计划开设办班点712个，比去年增加40余个，可提供约6.2万个托管名额。"),
        H("托管期四周，每天“一日三餐”不用愁"),
        P("今年暑托班服务对象主要为本市小学在校学生，重点面向一至四年级。办班点分布在社区、学校、青少年活动中心和部分企业园区，托管时间为7月8日至8月2日，共四周，每周一至周五上午8点至下午5点。"),
        P("办班点将提供午餐和点心，并安排阅读、体育、艺术、科普、安全教育等内容，不得开展学科类培训。"),
        H("报名“先到先得”，家长注意两个时间点"),
        P("家长可通过“随申办”或各区报名平台，选择离家较近的办班点报名，每名学生限报一个办班点。报名分两轮进行：第一轮从6月12日到6月16日，主要面向本区户籍或居住证持有家庭；第二轮从6月19日开始，剩余名额向全市开放。"),
        P("暑托班实行公益收费，每期（两周）费用不超过500元，困难家庭子女可申请减免。相关部门提醒家长，报名过程中如遇问题，可拨打12345市民服务热线咨询。"),
    ],
))

# ---------------------------------------------------------------------------
# xg-24  provincial news app web (江苏) · related list between the info line and the body
PAGES.append(dict(
    id="xg-24", kind="media", lang="zh",
    doc_title="江苏今年将新改建农村公路3000公里 - 汇潮新闻",
    title=["江苏今年将新改建农村公路3000公里"],
    authors=["葛诗韵"],
    time="2025-03-06 20:15:42",
    css="""
body{background:#f4f5f7}
.hc-bar{background:#fff;height:56px;box-shadow:0 1px 4px #ddd}.hc-bar .in{display:flex;align-items:center;height:56px}
.hc-bar .in a{margin-left:20px}
.hc-card{background:#fff;width:760px;margin:20px auto;padding:24px 36px}
.hc-card h1{font-size:26px;line-height:1.4}
.hc-author{display:flex;gap:12px;font-size:13px;color:#8a8a8a}
.hc-yd{background:#f7f9fc;border-left:3px solid #1677ff;margin:18px 0;padding:8px 12px}
.hc-yd li{line-height:26px;font-size:14px}
.hc-con p{font-size:17px;line-height:1.85}
.hc-edit{font-size:13px;color:#999}
.hc-dl{background:#1677ff;color:#fff;text-align:center;padding:10px;border-radius:4px}
.hc-foot{text-align:center;font-size:12px;color:#999;padding:20px}
""",
    layout=f"""
<div class="hc-bar"><div class="wrap in">{img("汇潮新闻")}{links(["首页", "时政", "经济", "民生", "城市", "视频", "专题"], "")}</div></div>
<div class="hc-card">
<h1>@@TITLE@@</h1>
<div class="hc-author"><span>汇潮新闻记者　葛诗韵</span><span>@@TIME@@</span><span>阅读 2.1万</span></div>
<div class="hc-yd"><b>延伸阅读</b>{li_links(["“四好农村路”全国示范县，江苏再添4个", "农村公路养护有了“路长”，全省设立各级路长2.6万名", "镇村公交开通率保持100%，江苏如何做到的"])}</div>
<div class="hc-con">
@@BODY@@
</div>
<p class="hc-edit">编辑：潘阳</p>
<p class="hc-dl">打开汇潮新闻客户端，查看更多精彩内容</p>
<p>{links(["点赞", "评论", "收藏", "分享"], "　")}</p>
</div>
<div class="hc-foot">
<p>汇潮新闻 © 2025　苏ICP备15020716号-3　苏公网安备32010202011485号</p>
<p>互联网新闻信息服务许可证：32120180006　违法和不良信息举报：025-96096</p>
</div>
""",
    ps="p", hs="strong",
    body=[
        P("3月6日，记者从全省交通运输工作会议上获悉，2025年江苏将新改建农村公路3000公里，改造桥梁500座，继续推进“四好农村路”高质量发展，让农村公路更好地串起产业、景区和村庄。"),
        P("近年来，江苏农村公路总里程稳步增长，目前已超过14万公里，所有乡镇和具备条件的建制村全部通达双车道四级及以上公路。农村公路的延伸，也带动了乡村产业发展。在宿迁泗洪，一条连接水产养殖基地和物流园的产业路建成后，螃蟹从塘口到冷链车的时间缩短了一半。"),
        P("今年的建设任务将向苏北、沿海地区倾斜，重点实施农村公路提档升级、危桥改造和安全生命防护工程。省交通运输厅相关负责人表示，新改建项目要与美丽田园乡村建设、旅游线路开发统筹考虑，建成一批“美丽农村路”示范路段。"),
        P("养护同样是重点。江苏将继续深化农村公路管理养护体制改革，全面落实“路长制”，推广“以大带小”的养护模式，确保列养率保持100%，优良中等路率达到88%以上。"),
        P("此外，全省将加快推进城乡交通运输一体化，鼓励有条件的地区发展农村客货邮融合服务，年内新增客货邮合作线路200条。"),
    ],
))
