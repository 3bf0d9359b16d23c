# Government pages tk-01 .. tk-12 (吉林, 湖北, 广西, 海南). Every page has its own template.
PAGES = []
def add(**kw):
    PAGES.append(dict(kind="government", lang="zh", **kw))

# tk-01: 吉林 county portal, 2012-style table layout, 领导活动, closing byline
add(id="tk-01", title="县委书记赵立新到松江河镇调研春季防火和春耕备耕工作",
    authors=["孙浩", "李文静"], publish_time="2025-03-18",
    css="""body{margin:0;font:12px/1.8 宋体,SimSun;background:#e8eef5}table{border-collapse:collapse}
.top td{background:#1d5a9e;color:#fff}.nav a{color:#fff;padding:0 12px}.tit{font:bold 22px 微软雅黑;color:#c00;text-align:center}
.info{text-align:center;border-bottom:1px dashed #ccc;color:#666}.dt td,.dt th{border:1px solid #999;padding:2px 6px}""",
    pstyle="u3000",
    layout="""<body><table width="1000" align="center" class="top"><tr><td><img src="{GIF}" alt="抚松县人民政府门户网站"></td><td align="right">设为首页 | 加入收藏 | 无障碍浏览 | 长者模式 | 繁體</td></tr>
<tr class="nav"><td colspan="2"><a>首页</a><a>走进抚松</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>专题专栏</a></td></tr></table>
<table width="1000" align="center" bgcolor="#ffffff"><tr><td width="220" valign="top">
<table width="100%"><tr><td><b>政务动态</b></td></tr><tr><td>· 县政府工作动态</td></tr><tr><td>· 部门动态</td></tr><tr><td>· 乡镇动态</td></tr><tr><td>· 图片新闻</td></tr></table>
<p>站内搜索：<input type="text" placeholder="请输入关键字"> 搜索</p></td>
<td valign="top"><table width="100%"><tr><td>您现在的位置：首页 &gt; 政务动态 &gt; 县政府工作动态</td></tr></table>
<table width="100%"><tr><td class="tit">县委书记赵立新到松江河镇调研春季防火和春耕备耕工作</td></tr>
<tr><td class="info">发布时间：2025-03-18&nbsp;&nbsp;&nbsp;&nbsp;信息来源：县政府办公室&nbsp;&nbsp;&nbsp;&nbsp;点击数：1362&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>
<tr><td>{BODY}</td></tr>
<tr><td align="right">【<a>打印本页</a>】【<a>关闭窗口</a>】</td></tr>
<tr><td>上一篇：县政府召开第46次常务会议<br>下一篇：全县人参产业高质量发展推进会召开</td></tr></table></td></tr></table>
<table width="1000" align="center" style="background:#1d5a9e;color:#fff"><tr><td align="center">主办：抚松县人民政府办公室　承办：抚松县政务服务和数字化建设管理局<br>地址：抚松县抚松镇人民大街168号　联系电话：0439-6208817<br>吉ICP备05003219号-1　吉公网安备 22062102000186号　网站标识码：2206210001</td></tr></table></body>""",
    body=[
        ("img", "赵立新在松江河镇检查防火物资储备"),
        ("p", "3月17日，县委书记赵立新深入松江河镇，实地调研春季森林草原防火和春耕备耕工作。县委常委、办公室主任陈光明参加调研。"),
        ("p", "在松江河镇防火物资储备库，赵立新详细查看风力灭火机、二号工具、水泵等物资储备情况，询问扑火队员训练和值班值守情况。他指出，当前正值春季防火关键期，清明祭祀、春耕烧荒等野外用火增多，各级各部门要时刻绷紧防火这根弦，坚持“打早、打小、打了”，严格落实野外火源管控措施，确保不发生森林草原火灾。"),
        ("p", "在前进村农资服务站，赵立新与经销商和前来购买化肥的农户交谈，了解种子、化肥、农药价格和供应情况。他强调，要加强农资市场监管，严厉打击假冒伪劣农资，保障农民用上放心种、放心肥；要做好农机检修和技术培训，引导农民适时整地，为全年粮食丰收打下坚实基础。"),
        ("p", "赵立新要求，松江河镇要统筹抓好防火、春耕和人参产业发展，压实镇村两级责任，把各项工作抓细抓实，以实际行动推动全年目标任务开好局、起好步。（孙浩 李文静）"),
    ])

# tk-02: 湖北 city department 通知 (official document), 2018-style div layout
add(id="tk-02", title="关于开展2025年度全市农民工工资支付情况专项检查的通知",
    authors=[], publish_time="2025-04-02 10:26",
    css="""body{font-family:"Microsoft YaHei";margin:0}.hd{height:90px;background:#0b4c8c;color:#fff}.hd .links{float:right;font-size:12px}
.mainnav li{display:inline-block;padding:8px 18px;background:#0a3f74;color:#fff}.crumb{padding:8px;font-size:13px;color:#555}
.art{width:960px;margin:0 auto;border:1px solid #ddd;padding:20px 40px}.art h1{text-align:center;font-size:24px}
.meta{font-size:13px;color:#888;text-align:center;margin-bottom:20px}.wh{text-align:center}.sign{text-align:right}
.ft{background:#eee;font-size:12px;text-align:center;padding:14px}.dt td,.dt th{border:1px solid #333;padding:3px 8px}""",
    layout="""<body><div class="hd"><div class="links"><a>无障碍</a> | <a>关怀版</a> | <a>English</a> | <a>登录</a></div><img src="{GIF}" alt="宜昌市人力资源和社会保障局"><div>宜昌市人力资源和社会保障局</div></div>
<ul class="mainnav"><li>首页</li><li>机构概况</li><li>政务公开</li><li>就业创业</li><li>社会保障</li><li>人事人才</li><li>劳动关系</li><li>互动交流</li></ul>
<div class="crumb">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>通知公告</a> &gt; 正文</div>
<div class="art"><table class="xxgk" width="100%" style="font-size:13px;background:#f7f7f7"><tr><td>索 引 号：</td><td>011108260/2025-04817</td><td>分　　类：</td><td>劳动关系</td></tr>
<tr><td>发布机构：</td><td>宜昌市人社局</td><td>发文日期：</td><td>2025年04月01日</td></tr><tr><td>文　　号：</td><td>宜人社函〔2025〕37号</td><td>有 效 性：</td><td>有效</td></tr></table>
<h1>关于开展2025年度全市农民工工资支付情况专项检查的通知</h1>
<div class="meta">发布时间：2025-04-02 10:26　　来源：劳动关系科　　浏览量：2307　　<a>【打印】</a> <a>【关闭】</a></div>
<p class="wh">宜人社函〔2025〕37号</p>
{BODY}
<div class="fj">附件：<a>专项检查情况统计表.xlsx</a></div>
<div class="share">分享到：微信 微博 QQ空间</div></div>
<div class="ft"><p>网站地图 | 联系我们 | 隐私声明</p><p>主办单位：宜昌市人力资源和社会保障局　地址：宜昌市西陵区发展大道52号　电话：0717-6251840</p><p>鄂ICP备11018552号-2　鄂公网安备42050202000317号　网站标识码：4205000028</p></div></body>""",
    body=[
        ("p", "各县市区人社局，宜昌高新区社会事务局，市直有关单位："),
        ("p", "为切实保障农民工工资权益，根据《保障农民工工资支付条例》和省人社厅有关工作部署，经研究，决定在全市范围内开展2025年度农民工工资支付情况专项检查。现将有关事项通知如下："),
        ("h", "一、检查时间"),
        ("p", "2025年4月7日至6月30日，分自查自纠、集中检查、督导抽查三个阶段进行。"),
        ("h", "二、检查范围和重点"),
        ("p", "检查范围为全市在建工程建设项目和劳动密集型加工制造、餐饮服务等企业。重点检查以下内容："),
        ("ol", ["（一）农民工实名制管理和劳动合同签订情况；", "（二）农民工工资专用账户开设和工资按月足额支付情况；", "（三）工资保证金存储和维权信息公示牌设置情况。"]),
        ("h", "三、工作要求"),
        ("p", "各地要高度重视，成立专项检查工作专班，对检查中发现的问题建立台账、限期整改；对拒不支付劳动报酬涉嫌犯罪的，及时移送公安机关。请于6月30日前将检查情况统计表报送市人社局劳动关系科。"),
        ("p", "联系人：周敏，电话：0717-6251877。"),
        ("table", [["阶段", "时间", "主要任务"], ["自查自纠", "4月7日—4月30日", "用人单位对照清单自查"], ["集中检查", "5月1日—5月31日", "各地组织全面检查"], ["督导抽查", "6月1日—6月30日", "市局组织交叉抽查"]]),
        ("p", "宜昌市人力资源和社会保障局"),
        ("p", "2025年4月1日"),
    ])

# tk-03: 广西 county 公示 with table, responsive 2022 design
add(id="tk-03", title="凌云县2025年第一批脱贫人口小额信贷贴息资金拟安排情况公示",
    authors=[], publish_time="2025-05-09 17:41:05",
    css="""*{box-sizing:border-box}body{margin:0;font:15px/1.75 "PingFang SC",sans-serif;color:#333}.topbar{background:#f3f3f3;font-size:12px;padding:4px 10%}
.banner{background:linear-gradient(#b3001b,#8a0014);color:#fff;padding:20px 10%}.search input{width:260px}.nav{display:flex;background:#8a0014}.nav a{color:#fff;flex:1;text-align:center;padding:10px}
.wrap{max-width:1100px;margin:auto}.loc{font-size:13px;color:#777;margin:12px 0}.title{font-size:26px;font-weight:700;text-align:center}
.sub-info{display:flex;justify-content:center;gap:24px;font-size:13px;color:#999}.dt{width:100%;border-collapse:collapse}.dt td,.dt th{border:1px solid #aaa;padding:4px}
footer{background:#333;color:#ccc;font-size:12px;padding:20px 10%}""",
    pstyle="indent",
    layout="""<body><div class="topbar">今天是：2025年05月12日 星期一　<span style="float:right">无障碍阅读 | 长者模式 | 繁体版 | 手机版</span></div>
<div class="banner"><img src="{GIF}" alt="凌云县人民政府"><b>凌云县人民政府门户网站</b><div class="search"><input placeholder="请输入您要搜索的内容"><button>搜索</button></div></div>
<nav class="nav"><a>首页</a><a>凌云概况</a><a>政务公开</a><a>政务服务</a><a>政民互动</a><a>数据开放</a></nav>
<div class="wrap"><div class="loc">当前位置：首页 &gt; 政务公开 &gt; 重点领域信息公开 &gt; 乡村振兴 &gt; 正文</div>
<div class="title">凌云县2025年第一批脱贫人口小额信贷贴息资金拟安排情况公示</div>
<div class="sub-info"><span>发布日期：2025-05-09 17:41:05</span><span>来源：凌云县乡村振兴局</span><span>访问量：<b>418</b></span><span>字号：大 中 小</span></div>
<div class="content">{BODY}</div>
<div class="tools">【<a>打印正文</a>】　【<a>关闭本页</a>】　分享：<a>微信</a> <a>微博</a></div>
<div class="rel"><h4>相关稿件</h4><ul><li>凌云县2024年第四批脱贫人口小额信贷贴息资金安排情况公告</li><li>凌云县2025年衔接推进乡村振兴补助资金项目计划公示</li></ul></div></div>
<footer><p>主办：凌云县人民政府办公室　承办：凌云县大数据发展局</p><p>联系电话：0776-7612305　桂ICP备12005713号-1　桂公网安备45102702000093号　网站标识码：4510270007</p><p><img src="{GIF}" alt="党政机关"> <img src="{GIF}" alt="政府网站找错"></p></footer></body>""",
    body=[
        ("p", "根据《广西壮族自治区脱贫人口小额信贷工作实施方案》有关规定，经各乡镇审核、县乡村振兴局会同县财政局复核，现将2025年第一批脱贫人口小额信贷贴息资金拟安排情况予以公示。"),
        ("table", [["乡镇", "贴息户数（户）", "贷款余额（万元）", "贴息金额（元）"], ["泗城镇", "126", "598.5", "71820"], ["逻楼镇", "94", "441.0", "52920"], ["加尤镇", "137", "652.0", "78240"], ["下甲镇", "81", "377.5", "45300"], ["合计", "438", "2069.0", "248280"]]),
        ("p", "公示时间：2025年5月9日至2025年5月18日（共10天）。"),
        ("p", "公示期间，如对公示内容有异议，请以书面、电话等形式向凌云县乡村振兴局反映。反映情况要实事求是，以单位名义反映的须加盖公章，以个人名义反映的须署真实姓名。"),
        ("p", "监督电话：0776-7612281；0776-7613016（县纪委监委）"),
        ("p", "凌云县乡村振兴局　凌云县财政局"),
        ("p", "2025年5月9日"),
    ])

# tk-04: 海南 乡镇 news, plain 2016 template, 通讯员 byline line
add(id="tk-04", title="博鳌镇开展“清洁家园”环境整治集中行动",
    authors=["陈少华", "王冬梅"], publish_time="2025年06月05日",
    css="""body{background:#dff1f4;font-size:14px}#container{width:980px;margin:0 auto;background:#fff}#head{height:120px;background:#167a8b;color:#fff;font-size:28px;padding-left:30px}
#menu span{display:inline-block;width:120px;text-align:center;background:#0e5d6b;color:#fff;line-height:36px}#pos{border-bottom:2px solid #167a8b;padding:6px}
#artTitle{text-align:center;font-size:22px;color:#0e5d6b;margin-top:18px}#artInfo{text-align:center;color:#999;font-size:12px;background:#f2f2f2;line-height:30px}#foot{text-align:center;font-size:12px;color:#555;border-top:3px solid #167a8b}""",
    layout="""<body><div id="container"><div id="head">琼海市博鳌镇人民政府<span style="font-size:12px;float:right">适老化服务 | 无障碍浏览</span></div>
<div id="menu"><span>首页</span><span>镇情概况</span><span>政务动态</span><span>信息公开</span><span>便民服务</span><span>党建园地</span></div>
<div id="pos">您所在的位置：<a>首页</a> » <a>政务动态</a> » <a>镇村动态</a></div>
<div id="artTitle">博鳌镇开展“清洁家园”环境整治集中行动</div>
<div id="artInfo">2025年06月05日　　来源：博鳌镇党政办　　【大 中 小】　　【我要打印】</div>
<div id="artBody"><p style="text-align:center;color:#555">通讯员　陈少华　王冬梅</p>
{BODY}
<p style="text-align:right">审核：符明亮　　编辑：吴小燕</p></div>
<div>上一条：博鳌镇召开2025年防汛防风工作部署会<br>下一条：没有了</div>
<div id="foot"><p>版权所有：琼海市博鳌镇人民政府　　地址：琼海市博鳌镇朝阳路6号　　电话：0898-62773106</p><p>琼ICP备05002178号　　琼公网安备46900202000081号　　网站标识码：4690020031</p></div></div></body>""",
    body=[
        ("p", "为进一步巩固国家卫生城镇创建成果，营造干净整洁的人居环境，6月3日至4日，博鳌镇组织机关干部、村（居）两委干部、志愿者及保洁员共320余人，在全镇范围内开展“清洁家园”环境整治集中行动。"),
        ("img", "志愿者在朝烈村清理河道垃圾"),
        ("cap", "志愿者在朝烈村清理河道垃圾。陈少华 摄"),
        ("p", "行动中，各工作组分片包干，重点清理房前屋后、田间地头、河道沟渠和主干道两侧的生活垃圾、建筑废料和杂草杂物，拆除乱搭乱建棚架12处，规范整治占道经营摊点27个。在南强村，村民们自发拿起扫帚、铁锹加入清扫队伍，将村道清扫得干干净净。"),
        ("p", "“以前一到雨季，这条水沟就发臭，现在清了淤泥，心里也亮堂了。”南强村村民王大伯说。"),
        ("p", "据统计，此次行动共清理垃圾46吨，清理沟渠3.8公里，发放宣传资料1500余份。博鳌镇有关负责人表示，下一步，该镇将建立“周清扫、月评比”长效机制，把环境整治纳入村规民约，推动人居环境持续向好。"),
    ])

# tk-05: 吉林 街道 news, info bar glued, 2014 template
add(id="tk-05", title="南湖街道多措并举打造“15分钟便民生活圈”",
    authors=["刘晓丽"], publish_time="2025-06-03 09:12:45",
    css="""body{font:14px 宋体;margin:0}.w{width:1002px;margin:auto}.logo{background:#2c6fbb;height:100px}.menu{background:#174a84;line-height:34px;color:#fff}.menu a{margin:0 14px;color:#fff}
.lm{width:240px;float:left}.rm{width:740px;float:right}.bt{font-size:20px;font-weight:bold;text-align:center;padding:12px}.xx{font-size:12px;color:#777;text-align:center}.clear{clear:both}.foot{background:#174a84;color:#fff;text-align:center;font-size:12px;padding:10px}""",
    pstyle="indent", htag="strong",
    layout="""<body><div class="w"><div class="logo"><img src="{GIF}" alt="长春市朝阳区南湖街道办事处"><span style="color:#fff">长春市朝阳区南湖街道</span></div>
<div class="menu"><a>首页</a><a>街道概况</a><a>工作动态</a><a>社区风采</a><a>党建工作</a><a>便民服务</a><a>信息公开</a></div>
<div class="lm"><div>【栏目导航】</div><ul><li>工作动态</li><li>通知公告</li><li>社区风采</li></ul><div>服务热线：0431-85176020</div></div>
<div class="rm"><div class="loc">当前位置：首页&gt;&gt;工作动态&gt;&gt;正文</div>
<div class="bt">南湖街道多措并举打造“15分钟便民生活圈”</div>
<div class="xx">发布时间:2025-06-03 09:12:45来源:南湖街道办事处作者:刘晓丽浏览:【<span>523</span>】次</div>
<hr>{BODY}
<div style="text-align:right">责任编辑：田野</div>
<div>【<a>打印此页</a>】【<a>返回顶部</a>】【<a>关闭窗口</a>】</div></div><div class="clear"></div>
<div class="foot">长春市朝阳区南湖街道办事处 版权所有　吉ICP备09002651号-3<br>技术支持：长春市某某信息技术有限公司　建议使用1280×768分辨率浏览</div></div></body>""",
    body=[
        ("p", "今年以来，南湖街道坚持以居民需求为导向，整合辖区商业、医疗、养老等资源，多措并举打造“15分钟便民生活圈”，让居民在家门口就能享受到便捷服务。"),
        ("h", "摸清需求“绘地图”"),
        ("p", "街道组织网格员入户走访3200余户，通过问卷调查、居民议事会等形式收集意见建议146条，梳理出早餐店、修鞋配钥匙、家政服务等十类居民最关心的便民业态，绘制出辖区便民服务“一张图”。"),
        ("h", "补齐短板“增网点”"),
        ("p", "针对老旧小区便民网点不足的问题，街道协调辖区物业盘活闲置用房11处，引进社区食堂2家、便民维修点5个、快递驿站4个。湖西社区“长者食堂”开业以来，日均接待老年人就餐120余人次。"),
        ("h", "优化服务“提品质”"),
        ("p", "街道联合市场监管所对辖区便民网点开展规范化指导，推行明码标价和服务承诺，并开通“南湖便民”小程序，居民可在线查询周边服务网点、预约上门服务。下一步，街道将持续完善生活圈功能布局，不断提升居民的获得感和幸福感。"),
    ])

# tk-06: 湖北 省 department 政策解读, modern design, Q&A sub-headings
add(id="tk-06", title="一图读懂｜《湖北省促进民营经济发展壮大若干措施》政策解读",
    authors=[], publish_time="2025年04月22日 15:08",
    css="""body{margin:0;font:16px/1.8 "Microsoft YaHei";background:#f6f7f9}header{background:#fff;border-bottom:3px solid #b8141c}.hd-in{display:flex;justify-content:space-between;padding:14px 8%}
.gnav{background:#b8141c;display:flex;gap:30px;padding:0 8%}.gnav a{color:#fff;line-height:44px}main{max-width:1000px;margin:20px auto;background:#fff;padding:30px 50px}
.article-title{font-size:28px;text-align:center;line-height:1.4}.article-meta{border-top:1px solid #eee;border-bottom:1px solid #eee;color:#888;font-size:14px;display:flex;justify-content:space-between;padding:6px 0}
.qr{float:right;font-size:12px;text-align:center}footer{background:#2b2b2b;color:#aaa;font-size:13px;padding:24px 8%}""",
    htag="h4",
    layout="""<body><header><div class="hd-in"><div><img src="{GIF}" alt="湖北省发展和改革委员会"> 湖北省发展和改革委员会</div><div>无障碍 | 长者模式 | 简 / 繁 | <input placeholder="搜索"> </div></div>
<nav class="gnav"><a>首页</a><a>机构概况</a><a>政务公开</a><a>发改动态</a><a>政策解读</a><a>互动交流</a></nav></header>
<main><div class="crumb">当前位置： 首页 / 政务公开 / 政策解读</div>
<h1 class="article-title">一图读懂｜《湖北省促进民营经济发展壮大若干措施》政策解读</h1>
<div class="article-meta"><span>2025年04月22日 15:08　来源：省发改委民营经济处</span><span>字号：<a>大</a> <a>中</a> <a>小</a>　<a>打印</a></span></div>
<div class="qr"><img src="{GIF}" alt="二维码"><br>扫一扫在手机打开当前页</div>
<div class="TRS_Editor">{BODY}</div>
<div class="fj">相关链接：<a>湖北省人民政府办公厅关于印发湖北省促进民营经济发展壮大若干措施的通知</a></div>
<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ</a></div></main>
<footer><p>主办：湖北省发展和改革委员会　地址：武汉市武昌区中北路某号</p><p>鄂ICP备05003342号　鄂公网安备 42010602000426号　网站标识码：4200000011</p></footer></body>""",
    body=[
        ("img", "一图读懂 促进民营经济发展壮大若干措施"),
        ("h", "一、出台背景是什么？"),
        ("p", "民营经济是推进中国式现代化的生力军。为贯彻落实国家关于促进民营经济发展壮大的决策部署，进一步优化民营经济发展环境，激发民营经济主体活力，省发改委会同有关部门研究起草了《若干措施》，经省政府同意后印发实施。"),
        ("h", "二、主要内容有哪些？"),
        ("p", "《若干措施》共分为五个部分、二十条具体措施，主要包括："),
        ("li", ["持续优化民营经济发展环境，全面落实市场准入负面清单制度；", "加大对民营经济的政策支持力度，完善融资风险分担和补偿机制；", "强化民营经济发展法治保障，依法保护民营企业产权和企业家权益；", "着力推动民营经济实现高质量发展，支持民营企业参与重大项目建设；", "促进民营经济人士健康成长，营造关心促进民营经济发展的良好氛围。"]),
        ("h", "三、有哪些创新举措？"),
        ("p", "《若干措施》提出建立省级民营企业诉求“一口受理、限时办结”机制，对企业反映的问题实行闭环管理；明确每年遴选一批民营企业参与省级重大科技专项，对民营企业牵头组建的创新联合体给予最高500万元支持。"),
        ("p", "下一步，省发改委将会同各地各部门加强政策宣传解读，推动各项措施尽快落地见效，让民营企业有实实在在的获得感。"),
    ])

# tk-07: 广西 city 讲话 (speech); speaker is the author
add(id="tk-07", title="在全市2025年优化营商环境工作推进会上的讲话",
    authors=["覃建华"], publish_time="2025-02-26 16:20",
    css="""body{margin:0;background:#fff;font:15px/2 "SimSun"}.gov-top{background:#e6f0fa;padding:10px 60px;font-size:12px}.gov-logo{padding:16px 60px;font-size:30px;color:#004a99}
.gov-nav{border-top:4px solid #004a99;border-bottom:1px solid #ccc;padding:8px 60px}.gov-nav b{margin-right:26px}.con{width:900px;margin:20px auto}.con .t1{font-size:24px;text-align:center;font-weight:bold;font-family:黑体}
.con .t2{text-align:center;font-size:16px;font-family:楷体}.con .t3{text-align:center;font-size:14px}.bar{font-size:12px;color:#666;border-top:1px solid #ddd;margin-top:12px}.ftr{font-size:12px;text-align:center;color:#333;border-top:4px solid #004a99;padding-top:10px}""",
    pstyle="u3000", htag="strong",
    layout="""<body><div class="gov-top">欢迎访问贵港市人民政府门户网站　　<a>无障碍</a>　<a>长者助手</a>　<a>繁體</a>　<a>English</a></div>
<div class="gov-logo"><img src="{GIF}" alt="贵港市人民政府"> 贵港市人民政府</div>
<div class="gov-nav"><b>首页</b><b>走进贵港</b><b>新闻中心</b><b>政务公开</b><b>政务服务</b><b>互动交流</b></div>
<div class="con"><div>位置：首页 &gt; 新闻中心 &gt; 领导讲话 &gt; 正文</div>
<div class="t1">在全市2025年优化营商环境工作推进会上的讲话</div>
<div class="t3">（2025年2月24日）</div>
<div class="t2">市长　覃建华</div>
{BODY}
<div class="bar">发布时间：2025-02-26 16:20　　来源：贵港市人民政府办公室　　【<a>大</a> <a>中</a> <a>小</a>】　　分享到：微信 | 微博</div>
<div>上一篇：在市六届人大五次会议上的政府工作报告<br>下一篇：在全市春季森林防火工作会议上的讲话</div></div>
<div class="ftr">贵港市人民政府办公室主办　贵港市大数据发展局承办<br>桂ICP备05003190号　桂公网安备45080202000004号　网站标识码：4508000003<br><img src="{GIF}" alt="党政机关标识"></div></body>""",
    body=[
        ("p", "同志们："),
        ("p", "今天，我们召开全市优化营商环境工作推进会，主要任务是总结去年工作，部署今年任务，动员全市上下以更大力度打造市场化、法治化、国际化一流营商环境。刚才，市发展改革委通报了2024年度营商环境评价情况，三个县区和两个部门作了交流发言，讲得都很好，我都赞成。下面，我讲三点意见。"),
        ("h", "一、正视差距，切实增强优化营商环境的紧迫感"),
        ("p", "去年以来，全市营商环境持续改善，企业开办实现“一日办结”，工程建设项目审批时间压减至60个工作日以内。但也要清醒看到，我们在政务服务效率、要素保障能力、涉企执法规范等方面，与先进地区相比还有不小差距，企业反映的“办事跑多次”“政策不知道”等问题仍然存在。"),
        ("h", "二、聚焦重点，全力推动营商环境提质增效"),
        ("p", "要深化“高效办成一件事”改革，今年再推出20个以上集成服务事项；要强化要素保障，推动工业用地“标准地”出让全覆盖；要规范涉企执法检查，严禁随意检查、重复检查，坚决杜绝以罚代管。"),
        ("h", "三、压实责任，确保各项任务落地见效"),
        ("p", "各级各部门主要负责同志要亲自抓、负总责，把优化营商环境作为“一把手工程”。市政府督查室要加强跟踪问效，对工作推进不力、企业反映强烈的，要严肃问责。"),
        ("p", "同志们，营商环境只有更好，没有最好。让我们以更加务实的作风，为贵港高质量发展提供有力支撑！"),
    ])

# tk-08: 海南 村 村务公开 公告, tiny old site with frameset-era table
add(id="tk-08", title="关于2024年度村集体经济收益分配方案的公告",
    authors=[], publish_time="2025-1-15",
    css="""body{font-size:13px;font-family:宋体;background:#fffbe8}.box{width:760px;margin:0 auto;border:1px solid #c9a959;background:#fff}.tt{background:#c9a959;color:#fff;padding:4px}.h{font-size:18px;text-align:center;font-weight:bold;color:#8b4513}
.dt td,.dt th{border:1px solid #c9a959;padding:2px 6px}""",
    pstyle="font",
    layout="""<body><div class="box"><div class="tt">儋州市那大镇石屋村村务公开栏　｜　<a>首页</a> ｜ <a>党务公开</a> ｜ <a>村务公开</a> ｜ <a>财务公开</a> ｜ <a>留言板</a></div>
<table width="100%"><tr><td>您的位置：首页 → 村务公开</td><td align="right">2025年1月16日</td></tr></table>
<p class="h">关于2024年度村集体经济收益分配方案的公告</p>
<table width="100%"><tr><td align="center" style="color:#999">作者：石屋村委会　　发布日期：2025-1-15　　阅读：86次</td></tr></table>
{BODY}
<p align="center"><a>[返回]</a>　<a>[打印]</a></p>
<div class="tt" style="text-align:center">石屋村民委员会　联系电话：0898-23356718<br>琼ICP备13001926号-5</div></div></body>""",
    body=[
        ("p", "全体村民："),
        ("p", "根据《海南省农村集体经济组织收益分配管理办法》，经村“两委”联席会议研究、村民代表大会讨论通过，现将石屋村2024年度村集体经济收益分配方案公告如下："),
        ("p", "一、2024年度村集体经营性收入合计86.4万元，其中土地租赁收入51.2万元，槟榔初加工厂分红23.6万元，光伏发电收益11.6万元。扣除各项支出后，可分配收益为62.8万元。"),
        ("p", "二、分配方案：提取公积公益金20%，计12.56万元，用于村内道路维修和公益设施建设；提取福利费10%，计6.28万元，用于困难户救助和老年人慰问；剩余43.96万元按股份分配给本村集体经济组织成员，每股分红286元。"),
        ("table", [["项目", "比例", "金额（万元）"], ["公积公益金", "20%", "12.56"], ["福利费", "10%", "6.28"], ["股份分红", "70%", "43.96"]]),
        ("p", "三、公告期为7天。村民如有异议，请于公告期内向村务监督委员会反映。监督电话：13876052417。"),
        ("p", "石屋村股份经济合作社"),
        ("p", "2025年1月15日"),
    ])

# tk-09: 吉林 市 通报, 2020 design, info below title with 作者 absent, list items
add(id="tk-09", title="四平市生态环境局关于2025年第一季度环境空气质量排名情况的通报",
    authors=[], publish_time="2025-04-10",
    css="""body{margin:0;font:15px "Microsoft YaHei"}.t-bar{background:#05823c;color:#fff;padding:6px 12%;font-size:12px}.t-logo{padding:22px 12%;font-size:26px;color:#05823c}.t-nav{background:#06a04b;padding:0 12%}.t-nav span{color:#fff;display:inline-block;padding:10px 16px}
.detail{width:76%;margin:20px auto}.detail-title{font-size:24px;text-align:center;color:#222}.detail-info{text-align:center;font-size:13px;color:#888;margin:10px 0 20px}.dt{margin:auto;border-collapse:collapse}.dt td,.dt th{border:1px solid #666;padding:4px 10px}.foot{background:#f1f1f1;font-size:12px;text-align:center;padding:20px}""",
    layout="""<body><div class="t-bar">2025年4月10日 星期四　　<span style="float:right">无障碍 | 长者版 | 繁体</span></div>
<div class="t-logo"><img src="{GIF}" alt="四平市生态环境局">四平市生态环境局</div>
<div class="t-nav"><span>首页</span><span>机构职能</span><span>环境质量</span><span>政务公开</span><span>环境执法</span><span>公众参与</span></div>
<div class="detail"><p>当前位置：首页 &gt;&gt; 环境质量 &gt;&gt; 空气质量</p>
<div class="detail-title">四平市生态环境局关于2025年第一季度环境空气质量排名情况的通报</div>
<div class="detail-info">信息来源：大气环境科　　日期：2025-04-10　　阅读次数：974　　[ 打印 ] [ 关闭 ]</div>
<div class="detail-con">{BODY}</div>
<ul class="pn"><li>上一篇：四平市2025年3月份环境空气质量状况</li><li>下一篇：四平市生态环境局2025年政务公开工作要点</li></ul></div>
<div class="foot">主办单位：四平市生态环境局　网站标识码：2203000037　吉ICP备10002735号　吉公网安备22030202000112号<br>地址：四平市铁西区英雄大街某号　邮编：136000</div></body>""",
    body=[
        ("p", "各县（市）区人民政府，市直有关部门："),
        ("p", "根据全市环境空气自动监测站点数据，现将2025年第一季度各县（市）区环境空气质量排名情况通报如下。"),
        ("h", "一、总体情况"),
        ("p", "第一季度，全市环境空气质量优良天数比例为86.7%，同比上升3.3个百分点；细颗粒物（PM2.5）平均浓度为41微克/立方米，同比下降6.8%；重污染天数为0天。"),
        ("h", "二、排名情况"),
        ("table", [["排名", "县（市）区", "综合指数", "优良天数比例"], ["1", "伊通县", "3.72", "92.2%"], ["2", "双辽市", "3.95", "88.9%"], ["3", "梨树县", "4.11", "85.6%"], ["4", "铁东区", "4.38", "83.3%"], ["5", "铁西区", "4.46", "82.2%"]]),
        ("h", "三、工作要求"),
        ("p", "春季是秸秆焚烧和扬尘污染的高发期。各地要严格落实秸秆禁烧责任，加强施工工地和道路扬尘管控，排名靠后的地区要认真分析原因，制定整改措施，确保全年空气质量目标顺利完成。"),
        ("p", "四平市生态环境局"),
        ("p", "2025年4月9日"),
    ])

# tk-10: 湖北 区 批复, 信息公开 table header, 文号 line
add(id="tk-10", title="武汉市江夏区人民政府关于同意设立金港新区社区居民委员会的批复",
    authors=[], publish_time="2025-03-06",
    css="""body{margin:0;font:14px/1.9 "Microsoft YaHei";background:#f0f3f7}.head{background:#1557a8;color:#fff;padding:18px 10%}.menu{background:#fff;border-bottom:1px solid #ddd;padding:10px 10%}.menu em{font-style:normal;margin-right:30px}
.page{width:1000px;margin:20px auto;background:#fff;padding:30px}.gk{width:100%;border:1px solid #cfd8e3;font-size:13px}.gk td{padding:4px 8px}.biaoti{font-size:22px;text-align:center;color:#1557a8;margin:24px 0 6px}.wenhao{text-align:center;color:#333}.r{text-align:right}.bottom{background:#1557a8;color:#e0e8f2;text-align:center;font-size:12px;padding:16px}""",
    layout="""<body><div class="head"><img src="{GIF}" alt="武汉市江夏区人民政府">武汉市江夏区人民政府<span style="float:right;font-size:12px">无障碍浏览　长者模式　<input placeholder="全站搜索"></span></div>
<div class="menu"><em>首页</em><em>江夏概况</em><em>政务公开</em><em>政务服务</em><em>互动交流</em><em>专题专栏</em></div>
<div class="page"><div>当前位置：首页 &gt; 政务公开 &gt; 政府文件 &gt; 区政府文件</div>
<table class="gk"><tr><td>索引号：</td><td>MB1625718X/2025-00431</td><td>主题分类：</td><td>民政、扶贫、救灾</td></tr><tr><td>发布机构：</td><td>江夏区人民政府</td><td>成文日期：</td><td>2025-03-04</td></tr><tr><td>文　号：</td><td>夏政〔2025〕9号</td><td>发布日期：</td><td>2025-03-06</td></tr></table>
<div class="biaoti">武汉市江夏区人民政府关于同意设立金港新区社区居民委员会的批复</div>
<div class="wenhao">夏政〔2025〕9号</div>
{BODY}
<p>【<a>打印</a>】【<a>关闭</a>】</p>
<p>扫一扫在手机打开当前页<img src="{GIF}" alt="二维码"></p></div>
<div class="bottom">主办：武汉市江夏区人民政府办公室　承办：武汉市江夏区政务服务和大数据管理局<br>鄂ICP备05003119号-1　鄂公网安备42011502000186号　网站标识码：4201150001</div></body>""",
    body=[
        ("p", "区民政局："),
        ("p", "你局《关于设立金港新区社区居民委员会的请示》（夏民文〔2025〕6号）收悉。经研究，现批复如下："),
        ("p", "一、同意设立金港新区社区居民委员会，隶属纸坊街道办事处管辖。社区居委会驻地设在金港大道与文化路交会处金港新区第三期12栋一楼。"),
        ("p", "二、金港新区社区管辖范围为：东至金港大道，南至文化路，西至熊廷弼路，北至兴新街，辖金港新区一至三期住宅小区，总面积约0.62平方公里，现有居民2846户、8120人。"),
        ("p", "三、纸坊街道办事处要按照有关法律法规，依法组织选举产生社区居民委员会成员，配齐社区工作者，加强社区党组织建设，落实社区办公和服务用房，确保社区各项工作平稳有序运行。"),
        ("p", "四、区民政局要加强工作指导，做好社区设立后的备案、印章刻制和标识牌设置等工作。"),
        ("p", "此复。"),
        ("p", "武汉市江夏区人民政府"),
        ("p", "2025年3月4日"),
        ("p", "（此件公开发布）"),
    ])

# tk-11: 广西 县 news reposted from 融媒体中心; spaced name, 审核 and 编辑 lines
add(id="tk-11", title="田东县芒果产业“数字化”赋能 果农增收有了新路子",
    authors=["覃敏", "黄丽"], publish_time="2025-07-14 11:03:26",
    css="""body{margin:0;font:15px/1.85 Arial,"Microsoft YaHei"}.header{height:140px;background:#f9e7b8;border-bottom:4px solid #e08a00}.header h2{margin:0;padding:40px 8%;color:#b35c00}.navbar{background:#e08a00;padding:0 8%}.navbar a{color:#fff;padding:10px 14px;display:inline-block}
.c-wrap{display:flex;gap:30px;padding:20px 8%}.c-main{flex:3}.c-side{flex:1;background:#fdf6e3;font-size:13px;padding:10px}.c-title{font-size:25px;font-weight:700}.c-info span{margin-right:18px;color:#999;font-size:13px}.footer{background:#5a3a00;color:#f4e3c0;padding:18px 8%;font-size:12px}""",
    pstyle="p",
    layout="""<body><div class="header"><h2><img src="{GIF}" alt="田东县人民政府"> 田东县人民政府门户网站</h2></div>
<div class="navbar"><a>首页</a><a>今日田东</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>走进田东</a><span style="float:right;color:#fff">无障碍 | 长者模式</span></div>
<div class="c-wrap"><div class="c-main"><div class="where">当前位置：首页 &gt; 今日田东 &gt; 乡镇动态</div>
<div class="c-title">田东县芒果产业“数字化”赋能 果农增收有了新路子</div>
<div class="c-info"><span>来源：田东县融媒体中心</span><span>作者：覃  敏　黄  丽</span><span>发布时间：2025-07-14 11:03:26</span><span>【字体：大 中 小】</span></div>
<div class="c-text">{BODY}</div>
<p>审核：罗志坚　　编辑：韦佳</p>
<p>【<a>打印</a>】【<a>关闭</a>】【<a>收藏</a>】</p></div>
<div class="c-side"><h4>热点信息</h4><ol><li>田东县召开2025年上半年经济运行分析会</li><li>田东县举办第十届芒果文化节</li><li>田东县开展防汛应急演练</li></ol><h4>扫一扫</h4><img src="{GIF}" alt="田东发布微信公众号"><p>关注“田东发布”</p></div></div>
<div class="footer">田东县人民政府办公室主办　｜　联系电话：0776-5212056　｜　桂ICP备13004281号-1　｜　桂公网安备45102202000015号　｜　网站标识码：4510220011</div></body>""",
    body=[
        ("p", "盛夏时节，田东县林逢镇的芒果园里果香四溢，果农们正忙着采摘、分拣、装箱。与往年不同的是，今年果园里多了不少“新帮手”——土壤墒情传感器、虫情测报灯和智能水肥一体化设备。"),
        ("img", "果农在智能分拣线上分拣芒果"),
        ("cap", "图为果农在智能分拣线上分拣芒果。"),
        ("p", "“以前施肥浇水全凭经验，现在手机上一看就知道哪块地缺水缺肥，省工又省钱。”林逢镇东平村果农黄志强一边查看手机上的数据一边说。他家的28亩芒果今年亩产预计达到1.6吨，比去年增产约15%。"),
        ("p", "近年来，田东县大力推进芒果产业数字化改造，建成数字果园示范基地12个，覆盖面积3.2万亩；在主产区布设物联网监测点86个，实现病虫害预警、精准施肥和产量预估“一张网”管理。"),
        ("p", "在销售端，田东县依托县级电商公共服务中心，培育电商主体460多家，推动芒果“线上下单、产地直发”。今年以来，全县芒果线上销售额已突破4.5亿元。"),
        ("p", "田东县农业农村局相关负责人表示，下一步将继续扩大数字果园覆盖面，推动芒果产业提质增效，让更多果农搭上数字经济“快车”。"),
    ])

# tk-12: 海南 省 department news, 2025 responsive design, date with Chinese form, editor not author
add(id="tk-12", title="海南自贸港跨境服务贸易负面清单实施一周年 新增市场主体超1.2万家",
    authors=["林晓彤"], publish_time="2025年05月21日 16:30",
    css=""":root{--c:#0072c6}body{margin:0;font:16px/1.8 system-ui,"PingFang SC";color:#222}.g-head{display:grid;grid-template-columns:1fr auto;padding:16px 6%;box-shadow:0 2px 6px #0001}.g-menu{display:flex;gap:4px;padding:0 6%;background:var(--c)}.g-menu a{color:#fff;padding:12px 18px}
.g-article{max-width:860px;margin:32px auto}.g-article h1{font-size:30px;line-height:1.35}.g-meta{display:flex;flex-wrap:wrap;gap:14px;color:#8a8a8a;font-size:14px}.g-foot{background:#0b2239;color:#8aa3bd;font-size:13px;padding:28px 6%}""",
    pstyle="span",
    layout="""<body><header class="g-head"><div><img src="{GIF}" alt="海南省商务厅"><strong>海南省商务厅</strong> <small>Department of Commerce of Hainan Province</small></div><div><a>无障碍</a> · <a>关怀版</a> · <a>EN</a> · <input placeholder="搜索本站内容"></div></header>
<nav class="g-menu"><a>首页</a><a>走进商务</a><a>商务动态</a><a>自贸港建设</a><a>政务公开</a><a>办事服务</a><a>互动交流</a></nav>
<article class="g-article"><div class="bc">首页 › 商务动态 › 工作动态</div>
<h1>海南自贸港跨境服务贸易负面清单实施一周年 新增市场主体超1.2万家</h1>
<div class="g-meta"><span>2025年05月21日 16:30</span><span>来源：服务贸易处</span><span>撰稿：林晓彤</span><span>字号 A+ A-</span><span>打印</span></div>
{BODY}
<p style="color:#999;font-size:14px">责任编辑：郑雅文</p>
<div class="share">分享至：<a>微信</a> <a>微博</a> <a>复制链接</a></div>
<section><h3>相关阅读</h3><ul><li>海南自贸港封关运作准备工作进展顺利</li><li>我省举办2025年服务贸易政策宣讲会</li></ul></section></article>
<footer class="g-foot"><p>主办单位：海南省商务厅　地址：海口市国兴大道9号省政府会议中心北楼</p><p>琼ICP备09004503号　琼公网安备46010802000275号　网站标识码：4600000029</p><p><img src="{GIF}" alt="党政机关"> <img src="{GIF}" alt="适老化无障碍服务"></p></footer></body>""",
    body=[
        ("p", "记者从省商务厅获悉，《海南自由贸易港跨境服务贸易特别管理措施（负面清单）》实施一周年以来，全省服务贸易领域新增市场主体12368家，同比增长27.4%；跨境服务贸易进出口额达到318.6亿元，同比增长19.2%。"),
        ("h", "开放举措加快落地"),
        ("p", "一年来，我省围绕负面清单逐条细化配套措施，在专业服务、金融、运输、文化旅游等领域出台实施细则23项。境外律师事务所驻海南代表处、境外工程咨询机构、外资职业技能培训机构等一批“首单”“首家”项目相继落地。"),
        ("h", "企业获得感明显增强"),
        ("p", "“清单之外的领域，我们和本地企业一样办手续，一周就拿到了营业执照。”一家落户海口的新加坡工程咨询公司负责人说。"),
        ("p", "省商务厅有关负责人表示，下一步将开展负面清单实施效果评估，推动更多开放举措落地见效，持续提升海南自由贸易港服务贸易自由化便利化水平。"),
    ])
