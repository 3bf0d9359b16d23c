# Government pages vd-01 .. vd-12 (山西, 浙江, 广西, 宁夏); all content invented.
P = []

# vd-01: 2010s table layout, 晋中市太谷区政府, 领导活动, info bar glued below headline
P.append(dict(
    id="vd-01", kind="government", mode="pi", hmode="strong",
    title="区委书记郭立新到胡村镇督导检查春播备耕和设施农业项目建设",
    authors=[],
    publish_time="2025-05-12 17:36",
    css="""body{margin:0;font:12px/1.8 宋体,SimSun;background:#e9eef3}
table{border-collapse:collapse}.top{background:#1c5fa8;color:#fff}.nav a{color:#fff;padding:0 12px}
.wz{border-bottom:1px dashed #999;padding:4px}.tt{font-size:22px;color:#b40000;font-weight:bold;text-align:center}
.info{color:#666;text-align:center;border-bottom:1px solid #ccc}.ft{background:#1c5fa8;color:#fff;text-align:center}""",
    tpl="""<table width="1000" align="center" class="top"><tr><td><a>设为首页</a> | <a>加入收藏</a> | <a>无障碍浏览</a> | <a>繁體版</a></td><td align="right">2025年5月12日 星期一</td></tr>
<tr><td colspan="2"><img alt="晋中市太谷区人民政府" src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="></td></tr>
<tr><td colspan="2" class="nav"><a>首页</a><a>走进太谷</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>专题专栏</a></td></tr></table>
<table width="1000" align="center" bgcolor="#ffffff"><tr><td width="220" valign="top">
<table width="100%"><tr><td><b>政务动态</b></td></tr><tr><td>太谷要闻</td></tr><tr><td>领导活动</td></tr><tr><td>部门动态</td></tr><tr><td>乡镇动态</td></tr></table>
<input type="text" value="" placeholder="请输入关键字"><input type="button" value="搜索"></td>
<td valign="top"><div class="wz">您现在的位置：<a>首页</a> &gt;&gt; <a>政务动态</a> &gt;&gt; <a>领导活动</a></div>
<table width="100%"><tr><td class="tt">{{TITLE}}</td></tr>
<tr><td class="info">发布时间：2025-05-12 17:36&nbsp;&nbsp;来源：区委办&nbsp;&nbsp;点击数：1286&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>
<tr><td>{{BODY}}</td></tr>
<tr><td align="right">【<a>打印本页</a>】【<a>关闭窗口</a>】</td></tr></table>
<table width="100%"><tr><td>上一条：<a>太谷区召开2025年安全生产专题会议</a></td></tr><tr><td>下一条：<a>区政府党组召开理论学习中心组学习会</a></td></tr></table>
</td></tr></table>
<table width="1000" align="center" class="ft"><tr><td>主办：中共晋中市太谷区委办公室 太谷区人民政府办公室　承办：太谷区大数据中心<br>
地址：太谷区朝阳街88号　电话：0354-6231207　晋ICP备05008217号-1　晋公网安备 14072602000135号　网站标识码：1407260011</td></tr></table>""",
    body=[
        "5月11日，区委书记郭立新深入胡村镇，督导检查春播备耕和设施农业项目建设情况。",
        "在胡村镇千亩高标准农田示范片，郭立新详细了解种子、化肥、农机具准备和墒情监测情况。他强调，要抢抓当前有利时节，组织农机服务队开展统一耕种，确保5月底前全面完成玉米、谷子播种任务，做到不误农时、不荒一亩。",
        "随后，郭立新来到胡村镇设施蔬菜产业园，实地察看新建日光温室和冷链仓储项目进度。目前，园区一期48座日光温室主体已完工，二期32座正在进行墙体砌筑，冷库预计6月中旬投入使用。",
        "郭立新指出，设施农业是带动农民增收的重要抓手。各有关部门要加强要素保障，帮助企业解决用地、用电、融资等实际困难；胡村镇要完善联农带农机制，引导更多群众参与种植和务工，让产业发展成果更多惠及群众。",
        "区领导王宏伟、赵振华，区直有关部门负责同志参加督导检查。",
    ]))

# vd-02: 浙江 德清县 department, 通知 (official document), modern gov template
P.append(dict(
    id="vd-02", kind="government", mode="p", hmode="p-h",
    title="德清县农业农村局关于开展2025年农村生活垃圾分类“示范村”创建工作的通知",
    authors=[],
    publish_time="2025-05-13",
    css="""body{margin:0;font-family:"Microsoft YaHei";color:#333}.hd{background:linear-gradient(#0b62b6,#0a4f94);color:#fff;padding:16px 40px}
.hd .tools span{margin-left:14px}.mnav{background:#0a4f94}.mnav a{color:#fff;display:inline-block;padding:10px 22px}
.crumb{width:1100px;margin:10px auto;color:#777}.wrap{width:1100px;margin:0 auto;border:1px solid #e3e3e3;padding:30px 60px}
.meta-tb{width:100%;border:1px solid #d9e4ef;background:#f6f9fc;font-size:13px}.meta-tb td{padding:4px 10px}
h1{font-size:24px;text-align:center;color:#0a4f94}.wh{text-align:center;color:#555}.p-h{font-weight:bold}
.r{text-align:right}.ft{background:#f0f0f0;text-align:center;padding:20px;font-size:12px;color:#666;margin-top:30px}""",
    tpl="""<div class="hd"><div class="tools"><span>浙江政务服务网</span><span>无障碍</span><span>长者模式</span><span>简</span>|<span>繁</span><span>登录</span><span>注册</span></div>
<div class="logo"><img alt="德清县人民政府门户网站" src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="></div>
<div class="so"><input type="text" placeholder="搜索本站内容"><button>搜索</button></div></div>
<div class="mnav"><a>首页</a><a>政务动态</a><a>信息公开</a><a>政务服务</a><a>政民互动</a><a>走进德清</a></div>
<div class="crumb">当前位置： 首页 &gt; 信息公开 &gt; 德清县农业农村局 &gt; 通知公告</div>
<div class="wrap">
<table class="meta-tb"><tr><td>索引号：</td><td>002578312/2025-04871</td><td>公开方式：</td><td>主动公开</td></tr>
<tr><td>发布机构：</td><td>德清县农业农村局</td><td>公开范围：</td><td>面向全社会</td></tr>
<tr><td>文号：</td><td>德农〔2025〕27号</td><td>发布日期：</td><td>2025-05-13</td></tr></table>
<h1>{{TITLE}}</h1>
<div class="wh">德农〔2025〕27号</div>
<div class="art">{{BODY}}</div>
<div class="attach">附件：<a>1.2025年农村生活垃圾分类示范村创建申报表.docx</a> <a>2.示范村评分细则.pdf</a></div>
<div class="sh">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a>　<a>【打印】</a><a>【关闭】</a></div>
</div>
<div class="ft"><p>主办单位：德清县人民政府办公室　承办：德清县大数据发展管理局</p><p>浙ICP备10027511号-2　浙公网安备 33052102000188号　网站标识码：3305210010</p><p>联系电话：0572-8072615　<img alt="政府网站找错" src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="> <img alt="党政机关" src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="></p></div>""",
    body=[
        "各镇人民政府、街道办事处，县级有关单位：",
        "为深入推进农村生活垃圾分类处理工作，持续巩固“千万工程”建设成果，经研究，决定在全县开展2025年农村生活垃圾分类“示范村”创建工作。现将有关事项通知如下：",
        ("h", "一、创建目标"),
        "2025年全县创建省级高标准农村生活垃圾分类示范村8个、县级示范村20个，农村生活垃圾分类覆盖率保持100%，资源化利用率达到98%以上。",
        ("h", "二、创建条件"),
        ("li", ["（一）建立村级垃圾分类工作责任制，有专人负责、有制度上墙、有台账可查；",
                "（二）分类设施配置齐全，户分类桶、村集中投放点和再生资源回收点布局合理；",
                "（三）村民分类知晓率达到95%以上，分类准确率达到85%以上；",
                "（四）近两年未发生因垃圾处理引发的群体性投诉。"]),
        ("h", "三、工作步骤"),
        "各镇（街道）于6月10日前完成初审并将申报材料报送县农业农村局农村社会事业科。县农业农村局会同县综合行政执法局等部门于7月组织实地考评，9月底前公布创建名单，对考评合格的县级示范村给予每村5万元以奖代补资金。",
        ("h", "四、有关要求"),
        "各镇（街道）要高度重视，把示范村创建与美丽乡村建设、和美乡村共富联合体建设结合起来，不得弄虚作假。联系人：沈佳怡，电话：0572-8068317。",
        "附件：1.2025年农村生活垃圾分类示范村创建申报表",
        "2.示范村评分细则",
        ("r", "德清县农业农村局"), ("r", "2025年5月12日"),
        "（此件公开发布）",
    ]))

G = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="

# vd-03: 广西 柳州市柳北区 街道 news, div layout, info bar with 撰稿/审核 spaced with |
P.append(dict(
    id="vd-03", kind="government", mode="ps", imgmode="div",
    title="雀儿山街道开展“邻里守望·夏季防溺水”进社区宣传活动",
    authors=["韦丽萍", "覃海鹰"],
    publish_time="2025-05-14 10:08",
    css="""body{font:14px/1.9 "PingFang SC",sans-serif;margin:0}.banner{height:90px;background:#c8161d;color:#fff;font-size:28px;padding:20px}
.menu span{padding:6px 16px;background:#a80f15;color:#fff;display:inline-block}.pos{padding:8px;color:#555}
.box{width:960px;margin:auto}.title{font-size:26px;text-align:center;margin:24px 0 10px}.ly{text-align:center;color:#888;font-size:13px}
.imgbox{text-align:center}.imgtxt{font-size:13px;color:#444}.tail{color:#666;font-size:13px}.foot{background:#333;color:#ccc;padding:16px;text-align:center}""",
    tpl=f"""<div class="banner"><img alt="柳州市柳北区人民政府" src="{G}"> 柳北区人民政府门户网站</div>
<div class="menu"><span>首页</span><span>柳北概况</span><span>新闻中心</span><span>政府信息公开</span><span>办事服务</span><span>互动交流</span></div>
<div class="box"><div class="pos">当前位置：首页 &gt; 新闻中心 &gt; 镇街动态 &gt; 正文</div>
<div class="title">{{{{TITLE}}}}</div>
<div class="ly">2025-05-14 10:08 | 信息来源：雀儿山街道 | 撰稿：韦丽萍　覃海鹰 | 审核：莫振宇 | 阅读次数：432</div>
<div class="con">{{{{BODY}}}}</div>
<div class="tail">【<a>我要打印</a>】【<a>关闭窗口</a>】　分享到：<a>微信</a> <a>微博</a></div>
<div class="rel"><b>相关链接</b><ul><li>雀儿山街道召开城市精细化管理推进会</li><li>柳北区部署2025年防汛工作</li><li>长塘镇开展汛前隐患排查</li></ul></div></div>
<div class="foot">主办：柳州市柳北区人民政府办公室　维护：柳北区融媒体中心<br>桂ICP备12003619号　桂公网安备 45020202000077号　网站标识码：4502050004<br><img alt="扫一扫" src="{G}"> 扫一扫在手机打开当前页</div>""",
    body=[
        "为进一步增强辖区群众特别是中小学生的防溺水安全意识，5月13日，雀儿山街道联合辖区派出所、社区卫生服务中心，在胜利社区广场开展“邻里守望·夏季防溺水”进社区宣传活动。",
        ("img", "宣传现场", "▲工作人员向居民讲解防溺水知识"),
        "活动现场，工作人员通过摆放展板、发放宣传资料、现场讲解等方式，向居民介绍“六不准”防溺水安全守则，提醒家长切实履行监护责任，暑期不让孩子私自到柳江河边、鱼塘、水库等危险水域游泳、玩耍。",
        "社区医生还现场演示了心肺复苏和溺水急救方法，并邀请居民上台体验操作。“以前只在电视上看过，今天自己上手按了一遍，心里踏实多了。”居民罗阿姨说。",
        "据统计，本次活动共发放宣传资料600余份，解答群众咨询80余人次。下一步，雀儿山街道将在沿江重点水域增设警示牌12块，组织网格员和志愿者开展汛期巡河，筑牢群众生命安全防线。",
    ]))

# vd-04: 宁夏 吴忠市 政策解读, modern card template, Q&A sub-headings, no author
P.append(dict(
    id="vd-04", kind="government", mode="p", hmode="h3",
    title="一图读懂《吴忠市促进民营经济高质量发展若干措施》",
    authors=[],
    publish_time="2025年05月13日",
    css=""":root{--c:#0d7a5f}body{margin:0;font-family:system-ui,"Microsoft YaHei";background:#f4f6f8}
header{background:var(--c);color:#fff;display:flex;justify-content:space-between;padding:12px 5%}
nav{display:flex;gap:28px;background:#fff;padding:12px 5%;border-bottom:3px solid var(--c)}
main{max-width:980px;margin:20px auto;background:#fff;padding:32px 48px;border-radius:6px}
.bread{font-size:13px;color:#888}.title{font-size:28px;line-height:1.4;text-align:center}
.source{display:flex;justify-content:center;gap:24px;color:#999;font-size:13px}
h3{border-left:4px solid var(--c);padding-left:10px}footer{background:#1e2a33;color:#aab;padding:24px 5%;font-size:12px}""",
    tpl=f"""<header><div><img alt="吴忠市人民政府" src="{G}">吴忠市人民政府</div><div><a>无障碍</a> <a>关怀版</a> <a>English</a> <a>手机版</a></div></header>
<nav><a>首页</a><a>要闻动态</a><a>政府信息公开</a><a>政务服务</a><a>互动交流</a><a>魅力吴忠</a></nav>
<main><div class="bread">首页 / 政府信息公开 / 政策解读 / 正文</div>
<h1 class="title">{{{{TITLE}}}}</h1>
<div class="source"><span>来源：吴忠市发展和改革委员会</span><span>发布日期：2025年05月13日</span><span>字号：<a>大</a> <a>中</a> <a>小</a></span></div>
<article>{{{{BODY}}}}</article>
<p class="rel">相关文件：<a>吴忠市人民政府办公室关于印发《吴忠市促进民营经济高质量发展若干措施》的通知</a></p>
<p class="share">分享：<a>微信</a> <a>微博</a> <a>打印</a></p></main>
<footer>吴忠市人民政府办公室主办　吴忠市大数据服务中心承办<br>宁ICP备05001246号　宁公网安备 64030202000119号　网站标识码：6403000001　联系我们：0953-2012345</footer>""",
    body=[
        ("img", "一图读懂", ""),
        ("h", "一、出台背景"),
        "为贯彻落实国家和自治区关于促进民营经济发展壮大的决策部署，进一步优化营商环境，激发民营经营主体活力，市发展改革委牵头起草了《若干措施》，经市政府常务会议审议通过，于2025年5月9日印发实施。",
        ("h", "二、主要内容"),
        "《若干措施》共5个方面22条，重点围绕市场准入、要素保障、融资支持、科技创新和权益保护提出具体举措。",
        ("li", ["1.放宽市场准入：全面落实市场准入负面清单制度，在交通、水利、清洁能源等领域每年推出不少于10个向民间资本推介的项目。",
                "2.强化要素保障：对新引进的民营制造业项目，工业用地可采取长期租赁、先租后让等方式供应。",
                "3.加大融资支持：市级政府性融资担保机构对小微企业担保费率降至1%以下。",
                "4.支持科技创新：对新认定的国家级专精特新“小巨人”企业一次性奖励50万元。"]),
        ("h", "三、问：政策的适用对象是谁？"),
        "答：在吴忠市行政区域内依法登记注册、具有独立法人资格的民营企业和个体工商户。同一项目同时符合市级多项扶持政策的，按照“就高不重复”原则执行。",
        ("h", "四、问：政策什么时候开始执行？"),
        "答：自印发之日起施行，有效期至2027年12月31日。政策咨询电话：0953-2036518。",
    ]))

# vd-05: 山西 忻州市五寨县 乡镇 公示 with table, old ASP-style page
P.append(dict(
    id="vd-05", kind="government", mode="brn",
    title="砚城镇2025年度农村低保拟新增对象公示",
    authors=[],
    publish_time="2025-05-14 16:22:07",
    css="""body{font-size:12px;font-family:宋体;margin:0 auto;width:900px}#head{height:110px;background:#0066aa;color:#ff0}
#menu{background:#004477}#menu a{color:#fff;margin:0 9px}.mtitle{font:bold 20px 黑体;text-align:center;padding:12px}
.mdate{text-align:center;background:#eef;padding:3px}.dt td,.dt th{border:1px solid #888;padding:3px 8px}#copy{border-top:2px solid #0066aa;text-align:center;padding:10px}""",
    tpl=f"""<div id="head"><img alt="五寨县砚城镇人民政府" src="{G}"><span>砚城镇人民政府欢迎您！</span></div>
<div id="menu"><a>网站首页</a>|<a>镇情概况</a>|<a>党建工作</a>|<a>政务公开</a>|<a>通知公告</a>|<a>村务公开</a>|<a>联系我们</a></div>
<div>今天是：2025年5月14日　<a>进入无障碍模式</a></div>
<div>当前位置：<a>首页</a>&gt;<a>通知公告</a>&gt;正文</div>
<div class="mtitle">{{{{TITLE}}}}</div>
<div class="mdate">作者：砚城镇民政办　　发布时间：2025-05-14 16:22:07　　阅读：218次</div>
<div class="mbody">{{{{BODY}}}}</div>
<div>【<a>打印</a>】 【<a>关闭</a>】</div>
<div>上一篇：<a>砚城镇关于做好2025年汛期安全工作的通知</a><br>下一篇：<a>砚城镇2025年4月份财政资金支出公示</a></div>
<div id="copy">版权所有：五寨县砚城镇人民政府　地址：五寨县砚城镇新建路12号　联系电话：0350-4728316<br>晋ICP备13004419号-3　技术支持：忻州网联科技</div>""",
    body=[
        "根据《山西省最低生活保障办法》有关规定，经本人申请、村（社区）入户调查、民主评议和镇人民政府审核，现将2025年度第二批拟新增农村低保对象予以公示：",
        ("table", [["序号", "村名", "户主姓名", "家庭人口", "拟保障类别", "致贫原因"],
                   ["1", "北关村", "张*明", "3", "一类", "因病"],
                   ["2", "西湖村", "李*花", "1", "二类", "残疾"],
                   ["3", "砚城社区", "王*平", "2", "二类", "因病"],
                   ["4", "东寨村", "刘*军", "4", "三类", "缺劳力"],
                   ["5", "瓦窑村", "赵*娥", "2", "二类", "因残"]]),
        "公示时间：2025年5月14日至5月20日（共7天）。",
        "公示期间，如对上述对象有异议，可通过来信、来电、来访等方式向砚城镇民政办或县民政局反映。反映情况须实事求是，提供联系方式，以便核实。",
        "监督电话：镇民政办0350-4728320　县民政局0350-4722145",
        ("r", "五寨县砚城镇人民政府"),
        ("r", "2025年5月14日"),
    ]))

# vd-06: 浙江 宁波市鄞州区 speech (讲话), speaker line under headline, 2020s template
P.append(dict(
    id="vd-06", kind="government", mode="pi", hmode="b",
    title="在全区优化营商环境暨“三服务”推进大会上的讲话",
    authors=["陈建明"],
    publish_time="2025-05-15 09:12",
    css="""body{margin:0;font:16px/2 "Microsoft YaHei"}.topbar{background:#f2f2f2;font-size:12px;padding:4px 10%}
.head{background:#b3121a;color:#fff;padding:24px 10%}.nv{background:#8f0d14;padding:0 10%}.nv a{color:#fff;padding:10px 18px;display:inline-block}
.cont{width:1000px;margin:20px auto}.cont h1{text-align:center;font-size:26px;margin-bottom:4px}.spk{text-align:center;font-family:楷体;font-size:18px}
.sub{text-align:center;font-size:14px;color:#666}.bar{border-top:1px solid #ddd;border-bottom:1px solid #ddd;font-size:13px;color:#888;padding:4px 0;display:flex;justify-content:space-between}
.ft{background:#eee;padding:18px 10%;font-size:12px}""",
    tpl=f"""<div class="topbar">您好，欢迎访问宁波市鄞州区人民政府门户网站！ <a>无障碍</a> <a>长者模式</a> <a>繁體</a> <a>English</a></div>
<div class="head"><img alt="鄞州区人民政府" src="{G}"> <input type="text" placeholder="请输入您要搜索的内容"><button>搜 索</button></div>
<div class="nv"><a>首页</a><a>鄞州要闻</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>数据开放</a></div>
<div class="cont"><p>当前位置：首页 &gt; 政务公开 &gt; 领导讲话</p>
<div class="bar"><span>发布日期：2025-05-15 09:12</span><span>信息来源：区政府办公室</span><span>浏览次数：2031</span><span>【<a>大</a> <a>中</a> <a>小</a>】</span></div>
<h1>{{{{TITLE}}}}</h1>
<p class="sub">（2025年5月14日）</p>
<p class="spk">区长　陈建明</p>
<div class="txt">{{{{BODY}}}}</div>
<p>【<a>打印本页</a>】　【<a>关闭窗口</a>】</p></div>
<div class="ft">主办单位：宁波市鄞州区人民政府办公室　浙ICP备05012308号　浙公网安备 33021202000256号<br>网站标识码：3302120002　建议使用1920×1080分辨率浏览</div>""",
    body=[
        "同志们：",
        "今天召开这次大会，主要任务是深入贯彻全市优化营商环境大会精神，总结去年工作，部署今年重点任务，动员全区上下以更实举措打造一流营商环境。刚才，3家企业代表作了交流发言，讲得都很实在，希望大家认真学习借鉴。下面，我讲三点意见。",
        ("h", "一、正视差距，增强优化营商环境的紧迫感"),
        "去年以来，全区新增市场经营主体2.3万户，企业开办实现“一日办结”，涉企事项“一件事”集成改革做法在全市推广。但也要清醒看到，与先进地区相比，我们在政策兑现速度、涉企检查频次、要素保障精度等方面还有差距。企业反映的问题，就是我们工作的方向。",
        ("h", "二、聚焦重点，推动“三服务”走深走实"),
        "一要服务企业更贴心。全区副处级以上领导干部每人联系不少于5家重点企业，每季度上门走访不少于一次，做到“有求必应、无事不扰”。二要服务群众更便捷。年底前实现高频政务服务事项“一网通办”全覆盖。三要服务基层更精准。把人、财、物向镇村一线倾斜，减少不必要的报表、会议和督查。",
        ("h", "三、强化担当，确保各项任务落地见效"),
        "各镇（街道）、各部门主要负责同志要亲自抓、负总责，对企业诉求实行清单化管理、闭环式办理。区委督查室、区政府督查室要加强跟踪问效，对推诿扯皮、敷衍塞责的，严肃追责问责。",
        "同志们，营商环境没有最好，只有更好。让我们以更大的决心、更实的作风，为鄞州高质量发展提供有力支撑！",
    ]))

# vd-07: 广西 南宁市 某局 通报, info in a grid, 文号 line, no writer
P.append(dict(
    id="vd-07", kind="government", mode="ps", hmode="p-b",
    title="南宁市住房和城乡建设局关于2025年第一季度建筑施工安全生产检查情况的通报",
    authors=[],
    publish_time="2025-05-12",
    css="""body{margin:0;font:15px/1.9 "Microsoft YaHei";color:#222}.gh{background:#00579c;color:#fff;padding:10px 8%}
.gh small{float:right}.gn a{padding:8px 14px;display:inline-block}.wz{padding:10px 8%;background:#f3f7fb}
.grid{display:grid;grid-template-columns:repeat(2,1fr);border:1px solid #cfe0ee;margin:10px 8%;font-size:13px}.grid div{padding:4px 8px}
.t{font-size:24px;text-align:center;font-weight:bold;margin:10px 8%}.wh{text-align:center}.art{margin:0 10%}.p-b{font-weight:bold;text-indent:2em}
.foot{margin-top:40px;background:#2b2b2b;color:#bbb;padding:20px 8%;font-size:12px}""",
    tpl=f"""<div class="gh"><img alt="南宁市住房和城乡建设局" src="{G}"><small><a>无障碍阅读</a> | <a>长者模式</a> | <a>繁体</a></small></div>
<div class="gn"><a>首页</a><a>机构概况</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>专题专栏</a></div>
<div class="wz">当前位置：首页&gt;政务公开&gt;通知公告</div>
<div class="grid"><div>【标　　题】{{{{TITLE}}}}</div><div>【发文机关】南宁市住房和城乡建设局</div>
<div>【发文字号】南住建通〔2025〕19号</div><div>【发布日期】2025-05-12</div><div>【主题分类】城乡建设、环境保护</div><div>【有 效 性】有效</div></div>
<div class="t">{{{{TITLE}}}}</div>
<div class="wh">南住建通〔2025〕19号</div>
<div class="art">{{{{BODY}}}}</div>
<div class="art">附件下载：<a>附件1.第一季度检查发现问题清单.xlsx</a></div>
<div class="art">扫一扫在手机打开当前页 <img alt="二维码" src="{G}"></div>
<div class="foot">南宁市住房和城乡建设局 版权所有　地址：南宁市青秀区民族大道110号　邮编：530022<br>桂ICP备09005621号-1　桂公网安备 45010302000341号　网站标识码：4501000022</div>""",
    body=[
        "各城区建设局、开发区建设管理部门，各有关企业：",
        "2025年2月至4月，我局组织对全市在建房屋建筑和市政基础设施工程开展了第一季度安全生产检查。现将有关情况通报如下：",
        ("h", "一、基本情况"),
        "本次检查共抽查在建项目126个，下发整改通知书58份、停工整改通知书7份，发现各类安全隐患613项，截至4月30日已整改完成587项，整改率95.8%。",
        ("h", "二、存在的主要问题"),
        ("li", ["（一）深基坑监测数据未按规定频次上传，个别项目监测报警后未及时处置；",
                "（二）塔式起重机安装后未经检测即投入使用，司机、信号工无证上岗；",
                "（三）临时用电未落实“一机一闸一漏保”，配电箱线路老化；",
                "（四）高处作业临边防护缺失，安全网破损未更换。"]),
        ("h", "三、处理意见"),
        "对检查中发现问题较多的南宁市某建设工程有限公司等3家施工企业予以全市通报批评，记入企业信用档案，并约谈企业主要负责人。各有关单位要在5月31日前完成剩余隐患整改，逾期未整改的依法予以处罚。",
        ("h", "四、下一步工作要求"),
        "各城区建设局要严格落实属地监管责任，在汛期来临前组织开展深基坑、高支模、起重机械专项排查，确保全市建筑施工安全形势持续稳定。",
        ("r", "南宁市住房和城乡建设局"),
        ("r", "2025年5月9日"),
    ]))

# vd-08: 宁夏 固原市原州区 村 news on a 乡镇 site, 文/图 line, spaced Hui name
P.append(dict(
    id="vd-08", kind="government", mode="br",
    title="彭堡镇姚磨村：冷凉蔬菜育苗忙 村民家门口就业增收",
    authors=["马强"],
    publish_time="2025年5月15日",
    css="""body{background:#f7f3e8;margin:0;font:14px/1.8 宋体}.wrap{width:980px;margin:0 auto;background:#fff}
.bn{height:120px;background:#2f7d32;color:#fff;font-size:30px;padding:20px}.lm{background:#e8f1e4;padding:6px}
h2{text-align:center;font-size:22px}.rq{text-align:center;font-size:12px;color:#555}.zw{padding:10px 40px}
.ftr{background:#2f7d32;color:#fff;font-size:12px;text-align:center;padding:10px}""",
    tpl=f"""<div class="wrap"><div class="bn"><img alt="原州区彭堡镇人民政府" src="{G}">彭堡镇人民政府</div>
<div class="lm"><a>首页</a> · <a>彭堡概况</a> · <a>镇村动态</a> · <a>村务公开</a> · <a>乡村振兴</a> · <a>便民服务</a>　　<a>长者模式</a></div>
<p>当前位置：首页 &gt; 镇村动态 &gt; 正文</p>
<h2>{{{{TITLE}}}}</h2>
<div class="rq">来源：彭堡镇　　日期：2025年5月15日　　浏览：96</div>
<div class="zw">{{{{BODY}}}}</div>
<p>上一篇：彭堡镇召开人居环境整治推进会<br>下一篇：暂无</p>
<div class="ftr">主办：固原市原州区彭堡镇人民政府　电话：0954-2691032<br>宁ICP备18000736号-2</div></div>""",
    body=[
        ("x", '<p style="text-align:center">文/马\u00a0\u00a0强\u3000图/海小燕</p>'),
        "初夏时节，走进彭堡镇姚磨村冷凉蔬菜育苗基地，一排排智能温棚整齐排列，棚内辣椒、西兰花、甘蓝等秧苗长势喜人，20多名村民正在忙着分拣、装盘。",
        ("img", "育苗基地", ""),
        "“今年基地计划育苗3200万株，除了供应本村2600亩种植基地，还销往彭阳、隆德和甘肃平凉等地。”基地负责人杨志宏介绍，育苗温棚采用自动卷帘、水肥一体化设备，每株苗的成本比过去降低了两分钱。",
        "村民马秀兰一边装盘一边算账：“在这里干活一天能挣120元，离家近，还能照顾老人孩子，一年下来能有两万多元收入。”",
        "近年来，姚磨村依托冷凉蔬菜产业优势，采取“村集体+合作社+农户”模式，带动周边300余名群众稳定就业。2024年，全村冷凉蔬菜产值达到1.2亿元，村集体经济收入突破80万元。",
    ]))

# vd-09: 浙江 瑞安市 department 批复, document header table, gov "信息公开目录" layout
P.append(dict(
    id="vd-09", kind="government", mode="p",
    title="瑞安市市场监督管理局关于同意设立瑞安市个体劳动者协会塘下分会的批复",
    authors=[],
    publish_time="2025-05-16 11:40:23",
    css="""body{margin:0;font-family:"Microsoft YaHei";font-size:15px}.t1{background:#0e4c92;height:36px;color:#fff}
.t1 a{color:#fff;margin:0 8px}.logo{padding:20px 6%;background:#eaf2fb}.side{float:left;width:200px}.main{margin-left:230px;margin-right:6%}
.xxgk{border:1px solid #ccc;width:100%;font-size:13px}.xxgk th{background:#f5f5f5;text-align:right;width:14%}
.bt{font-size:22px;text-align:center;margin:20px 0}.zs{margin-top:8px}.fo{clear:both;background:#0e4c92;color:#dde;padding:14px 6%;font-size:12px}""",
    tpl=f"""<div class="t1"><a>浙江政务服务网</a><a>温州市人民政府</a><span style="float:right"><a>无障碍</a><a>长者版</a><a>登录</a></span></div>
<div class="logo"><img alt="瑞安市人民政府门户网站" src="{G}"> 瑞安市市场监督管理局 <input type="search" placeholder="搜索"></div>
<div class="side"><p><b>信息公开目录</b></p><p>机构概况</p><p>政策文件</p><p>部门文件</p><p>行政许可</p><p>行政处罚</p></div>
<div class="main"><p>首页 &gt; 信息公开 &gt; 瑞安市市场监督管理局 &gt; 部门文件</p>
<table class="xxgk"><tr><th>索 引 号</th><td>11330381MB1C22847W/2025-75012</td><th>主题分类</th><td>综合政务/其他</td></tr>
<tr><th>发文单位</th><td>瑞安市市场监督管理局</td><th>成文日期</th><td>2025-05-15</td></tr>
<tr><th>文　　号</th><td>瑞市监〔2025〕41号</td><th>发布时间</th><td>2025-05-16 11:40:23</td></tr></table>
<div class="bt">{{{{TITLE}}}}</div>
<div class="zw">{{{{BODY}}}}</div>
<p>【<a>打印</a>】【<a>关闭</a>】　<a>相关解读</a></p></div>
<div class="fo">瑞安市人民政府办公室主办　浙ICP备05007113号　浙公网安备 33038102000421号　网站标识码：3303810001</div>""",
    body=[
        "瑞安市个体劳动者协会：",
        "你会《关于申请设立瑞安市个体劳动者协会塘下分会的请示》（瑞个协〔2025〕6号）收悉。经研究，批复如下：",
        "经审核，你会报送的分会设立方案、负责人人选和办公场所证明等材料齐全，符合《社会团体分支机构、代表机构登记办法》和你会章程的有关规定。",
        "一、同意设立瑞安市个体劳动者协会塘下分会，分会为你会的分支机构，不具有法人资格，不得另行制定章程，不得再设立分支机构。",
        "二、分会应在你会授权范围内开展活动，主要为塘下镇个体工商户提供政策宣传、业务培训、维权服务和诚信建设等工作。",
        "三、你会要加强对分会的管理和指导，建立健全财务、人员、活动等管理制度，分会活动产生的法律责任由你会承担。",
        "四、请你会自本批复印发之日起30日内，将分会负责人名单、办公地址和联系方式报我局备案，并在瑞安市个体劳动者协会网站上向社会公布。",
        "此复。",
        ("r", "瑞安市市场监督管理局"),
        ("r", "2025年5月15日"),
    ]))

# vd-10: 山西省水利厅 news, 本网讯（通讯员…）, info bar "文章来源 作者" with separate authors
P.append(dict(
    id="vd-10", kind="government", mode="ps", imgmode="center",
    title="省水利厅召开汾河流域生态保护与高质量发展重点工作推进会",
    authors=["贾晓芳", "阎  鹏".replace("  ", "")],
    publish_time="2025/05/13",
    css="""body{margin:0;background:#eef3f7;font:15px/2 "Microsoft YaHei"}.hdr{background:#1a5ea8;padding:20px 12%;color:#fff}
.menu{background:#154c88;padding:0 12%}.menu a{color:#fff;display:inline-block;padding:10px 16px}.main{width:1000px;margin:14px auto;background:#fff;padding:20px 40px}
.tit{font-size:24px;text-align:center;color:#1a5ea8}.ib{display:flex;gap:20px;justify-content:center;font-size:13px;color:#777;border-bottom:1px dashed #bbb}
.pic-cap{color:#1a5ea8;font-size:13px}.edit{text-align:right;color:#666}.ftr{text-align:center;font-size:12px;color:#666;padding:16px}""",
    tpl=f"""<div class="hdr"><img alt="山西省水利厅" src="{G}"> <span>无障碍</span> <span>关怀版</span> <span>简 | 繁</span></div>
<div class="menu"><a>首页</a><a>机构职能</a><a>水利要闻</a><a>政务公开</a><a>政务服务</a><a>水利专题</a><a>互动交流</a></div>
<div class="main"><div>您的位置：首页 &gt; 水利要闻 &gt; 厅内动态</div>
<div class="tit">{{{{TITLE}}}}</div>
<div class="ib"><span>发布时间：2025/05/13</span><span>文章来源：厅办公室</span><span>作者：贾晓芳 阎　鹏</span><span>【<a>字体：大</a> <a>中</a> <a>小</a>】</span></div>
{{{{BODY}}}}
<p class="edit">责任编辑：王丽娜</p>
<p>相关阅读：<br><a>全省水利系统部署2025年防汛备汛工作</a><br><a>汾河中下游河道治理工程完成年度投资六成</a></p></div>
<div class="ftr">山西省水利厅 主办　地址：太原市新建路45号　晋ICP备05005219号　晋公网安备 14010502000310号　网站标识码：1400000019</div>""",
    body=[
        "本网讯（通讯员 贾晓芳 阎鹏）5月12日，省水利厅召开汾河流域生态保护与高质量发展重点工作推进会，通报1至4月重点任务进展，安排部署下一阶段工作。",
        ("img", "会议现场", "会议现场"),
        "会议指出，今年以来，全省水利系统扎实推进汾河“五水同治”，汾河干流国考断面水质持续保持Ⅲ类以上，流域内新增水土流失治理面积42万亩，汾河中上游生态修复项目开工率达到87%。",
        "会议要求，一要加快项目建设进度，对照年度目标倒排工期，确保汛前完成主体工程；二要强化河湖长制落实，常态化开展“清四乱”行动；三要抓好地下水超采综合治理，严格取水许可管理。",
        "会议强调，汛期临近，各市水利局要逐一检查在建工程度汛方案，落实临时防洪措施，严禁在河道管理范围内堆放弃土弃渣，确保工程安全度汛。",
        "厅机关各处室、厅属有关单位负责同志参加会议，沿汾6市水利局负责同志以视频形式参会。",
    ]))

# vd-11: 广西 桂林市阳朔县 征求意见 公告, narrow 2010s portal, date with 星期
P.append(dict(
    id="vd-11", kind="government", mode="pi",
    title="阳朔县人民政府关于公开征求《阳朔县遇龙河景区竹筏经营管理办法（征求意见稿）》意见的公告",
    authors=[],
    publish_time="2025年05月16日 星期五",
    css="""body{margin:0;font:14px/1.8 "宋体"}.w{width:1000px;margin:0 auto}.tp{background:url();background-color:#2a6e3f;color:#fff;padding:30px}
.dh td{background:#3b8b53;color:#fff;padding:6px 12px}.hh{font-size:22px;text-align:center;font-weight:bold;line-height:1.5}
.rq{text-align:center;color:#666;font-size:12px}.wz{border:1px solid #cde;padding:20px}.bq{background:#eee;text-align:center;font-size:12px}""",
    tpl=f"""<div class="w"><div class="tp"><img alt="阳朔县人民政府门户网站" src="{G}">　<a>无障碍浏览</a>　<a>长者模式</a></div>
<table class="dh"><tr><td>首页</td><td>走进阳朔</td><td>新闻中心</td><td>政府信息公开</td><td>政务服务</td><td>政民互动</td></tr></table>
<p>首页 &gt; 政府信息公开 &gt; 意见征集 &gt; 正文</p>
<div class="wz"><div class="hh">阳朔县人民政府关于公开征求《阳朔县遇龙河景区竹筏经营管理<br>办法（征求意见稿）》意见的公告</div>
<div class="rq">2025年05月16日 星期五　来源：阳朔县文化广电体育和旅游局　【字号 <a>大</a> <a>中</a> <a>小</a>】</div>
{{{{BODY}}}}
<p>附件：<a>阳朔县遇龙河景区竹筏经营管理办法（征求意见稿）.pdf</a></p></div>
<p>【<a>打印此页</a>】【<a>关闭窗口</a>】</p>
<div class="bq">阳朔县人民政府办公室主办　桂ICP备05009032号　桂公网安备 45032102000013号　网站标识码：4503210001<br>您是第 2841305 位访客</div></div>""",
    body=[
        "为规范遇龙河景区竹筏经营秩序，保障游客人身财产安全，县文化广电体育和旅游局起草了《阳朔县遇龙河景区竹筏经营管理办法（征求意见稿）》，现向社会公开征求意见。有关事项公告如下：",
        "一、征求意见时间：2025年5月16日至2025年6月15日。",
        "二、意见反馈方式：",
        ("li", ["（一）电子邮件：发送至ysxwlj2025@example.cn，邮件主题请注明“竹筏管理办法意见”；",
                "（二）信函：邮寄至阳朔县阳朔镇叠翠路6号县文化广电体育和旅游局，邮编541900；",
                "（三）电话：0773-8823165（工作日8:00—12:00，15:00—18:00）。"]),
        "三、意见建议请注明真实姓名和联系方式，以便进一步沟通。征求意见结束后，我们将对意见采纳情况予以反馈。",
        "附件：阳朔县遇龙河景区竹筏经营管理办法（征求意见稿）",
        ("r", "阳朔县人民政府"),
        ("r", "2025年5月16日"),
    ]))

# vd-12: 宁夏 银川市兴庆区 2025 responsive portal, news relayed from 银川日报 with 记者 in info bar
P.append(dict(
    id="vd-12", kind="government", mode="p", imgmode="figure",
    title="兴庆区“15分钟便民生活圈”今年再添12个社区服务站",
    authors=["朱文涛"],
    publish_time="2025-05-17 08:30",
    css="""*{box-sizing:border-box}body{margin:0;font:16px/1.9 "HarmonyOS Sans SC",system-ui}.util{font-size:12px;background:#fafafa;padding:6px 4%;display:flex;gap:16px;justify-content:flex-end}
.brand{padding:18px 4%;display:flex;align-items:center;gap:20px}.navx{display:flex;flex-wrap:wrap;background:#c20e1a}.navx a{color:#fff;padding:12px 20px}
.layout{display:grid;grid-template-columns:1fr 300px;gap:32px;max-width:1200px;margin:0 auto;padding:24px}.meta{display:flex;flex-wrap:wrap;gap:8px 20px;color:#8a8a8a;font-size:14px}
figure{margin:16px 0;text-align:center}figcaption{font-size:14px;color:#555}aside li{font-size:14px}footer{background:#191919;color:#999;padding:30px 4%;font-size:13px}""",
    tpl=f"""<div class="util"><a>无障碍</a><a>长者模式</a><a>繁體</a><a>智能问答</a><a>登录</a></div>
<div class="brand"><img alt="银川市兴庆区人民政府" src="{G}"><form><input type="search" placeholder="搜索政策、服务、新闻"><button>搜索</button></form></div>
<nav class="navx"><a>首页</a><a>新闻中心</a><a>政府信息公开</a><a>政务服务</a><a>互动交流</a><a>走进兴庆</a></nav>
<div class="layout"><main><div class="crumbs">当前位置：首页 &gt; 新闻中心 &gt; 兴庆要闻</div>
<h1>{{{{TITLE}}}}</h1>
<div class="meta"><span>2025-05-17 08:30</span><span>来源：银川日报</span><span>记者：朱文涛</span><span>编辑：杨洋</span><span>审核：周丽</span></div>
<div class="article">{{{{BODY}}}}</div>
<div class="pn"><p>上一篇：兴庆区召开一季度经济运行分析会</p><p>下一篇：掌政镇举办“村晚”文艺展演</p></div></main>
<aside><h4>热点新闻</h4><ul><li>兴庆区启动2025年消费季活动</li><li>大新镇设施温棚喜获丰收</li><li>兴庆区部署夏季治安巡防工作</li></ul><p><img alt="兴庆发布" src="{G}">扫码关注“兴庆发布”</p></aside></div>
<footer>主办单位：银川市兴庆区人民政府办公室　承办单位：兴庆区大数据服务中心<br>宁ICP备05002017号　宁公网安备 64010402000122号　网站标识码：6401040001　<a>网站地图</a> <a>联系我们</a></footer>""",
    body=[
        "记者从兴庆区民政局获悉，今年兴庆区将新建、改造社区综合服务站12个，进一步完善“15分钟便民生活圈”，让居民在家门口就能办事、就医、买菜、托幼。",
        ("img", "服务站", "5月16日，居民在丽景街街道新建的社区服务站内休闲阅读。记者 朱文涛 摄"),
        "据介绍，新建的服务站将整合社区食堂、日间照料、“一老一小”托育、快递收发等功能，每个站点面积不少于300平方米。目前，丽景街街道、凤凰北街街道的4个站点已经投入运营，其余站点计划于10月底前全部建成。",
        ("h", "“一站式”服务进小区"),
        "在丽景街街道金汇社区服务站，73岁的居民张大爷正在社区食堂吃午饭。“两荤一素一汤，才12块钱，老年人还能再优惠2块。”张大爷说，以前子女上班，自己做饭凑合，现在天天来这儿吃，还能和老伙计们下下棋。",
        "兴庆区民政局相关负责人表示，下一步将引入专业社会组织参与站点运营，推动服务从“有没有”向“好不好”转变。",
    ]))
