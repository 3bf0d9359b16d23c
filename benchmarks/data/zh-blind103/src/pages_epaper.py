from lib import page, doc, nav, ul, img, GIF

E = "e-paper"

def ban(items):
    return ul(items, cls="blist", head="本版标题")

# wz-31 广西 city evening paper, 2010s frameset-like table, 引题/主题/副题
T = "桂林山水入画来游客数量创新高"
page("wz-31", E, T, ["秦少华", "蒋倩"], "2025年04月15日", [
    "本报讯（记者秦少华 通讯员蒋倩）记者从桂林市文化广电和旅游局获悉，今年一季度，桂林市累计接待游客3520万人次，同比增长12.6%；实现旅游消费总额512亿元，同比增长14.3%，均创历史同期新高。",
    "其中，入境游客接待量达42万人次，同比增长超过一倍。“免签政策放宽后，来自东南亚和欧美的游客明显增多。”阳朔县一家民宿负责人说。",
    "今年以来，桂林还举办了桂林国际马拉松、漓江渔火节等一系列文旅活动，带动餐饮、住宿、购物等消费增长。据统计，一季度全市星级酒店平均入住率达到72%，同比提高8个百分点。",
    "为提升游客体验，桂林推出漓江精华游、两江四湖夜游等20余条精品线路，并在主要景区推广“一部手机游桂林”服务。",
    "桂林市文化广电和旅游局相关负责人表示，将继续推进世界级旅游城市建设，加快旅游基础设施提档升级，进一步擦亮“桂林山水甲天下”金字招牌。",
], lambda b: doc("漓江晚报数字报-" + "桂林山水入画来 游客数量创新高", """
body{margin:0;font-size:12px;background:#eee}.main{width:1000px;margin:auto;background:#fff}
.lt{width:360px;vertical-align:top}.rt{vertical-align:top;padding:10px}.yt{font-size:14px;color:#333;text-align:center}
.zt{font-size:24px;font-weight:bold;text-align:center;color:#000}.ft{font-size:15px;text-align:center}.nr{font-size:14px;line-height:26px}""", f"""
<div class="main"><table width="100%"><tr><td bgcolor="#0c4a8c" style="color:#fff;font-size:26px">漓江晚报 <span style="font-size:12px">2025年04月15日 星期二</span></td></tr></table>
<table width="100%"><tr><td class="lt">
<p>第A03版：桂林新闻　<a href="#">上一版</a> <a href="#">下一版</a></p>
{img("版面图")}
<p>版面导航：<a href="#">A01:头版</a> <a href="#">A02:要闻</a> <a href="#">A03:桂林新闻</a> <a href="#">A04:县区</a></p>
<p><a href="#">PDF下载</a>　<a href="#">往期回顾</a></p>
</td><td class="rt">
<p class="yt">一季度接待游客3520万人次　旅游消费总额512亿元</p>
<p class="zt">桂林山水入画来<br>游客数量创新高</p>
<p class="ft">入境游客接待量同比增长超一倍</p>
<p style="text-align:center">2025年04月15日　来源：漓江晚报</p>
<div class="nr">{b}</div>
<p>【<a href="#">上一篇</a>】【<a href="#">下一篇</a>】【<a href="#">返回目录</a>】</p>
{ban(["桂林山水入画来 游客数量创新高","临桂新区今年新建学校6所","七星公园樱花进入盛花期"])}
</td></tr></table>
<p style="text-align:center">漓江晚报社版权所有　未经书面授权不得复制或建立镜像　桂ICP备08100625号</p></div>"""),
    style="indent", features="2010s e-paper table: 引题/主题/副题 stack, 主题 printed on two lines (joined without space); 版次 navigation; 本版标题 list; 本报讯（记者X 通讯员Y） byline without spaces", site="广西 city evening paper e-paper (invented)")

# wz-32 安徽 皖北日报 数字报, modern, 作者 line, 标题 with 副题 only
T = "宿州“小菜园”种出“大产业”"
page("wz-32", E, T, ["朱晓敏"], "2025-04-16", [
    "春日里，宿州市埇桥区的蔬菜大棚内一片繁忙景象。工人们正在采摘、分拣、装箱，一车车新鲜蔬菜从这里发往长三角各大城市。",
    "埇桥区是全国重要的蔬菜生产基地，蔬菜种植面积常年稳定在80万亩左右。近年来，当地引导种植户发展设施农业，推广水肥一体化、绿色防控等技术，蔬菜品质和效益明显提升。",
    ("h", "订单农业稳收益"),
    "“我们和上海的几家超市签了订单，价格提前锁定，不用担心卖不出去。”种植大户李建军算了一笔账，他的60亩大棚一年能收入150多万元。",
    "目前，埇桥区已培育蔬菜专业合作社320余家，带动农户2万余户，蔬菜产业年产值超过60亿元。",
    ("h", "冷链物流拓市场"),
    "当地建成产地冷藏保鲜设施200余座，蔬菜“从田间到餐桌”的时间缩短到24小时以内。",
    ("x", '<p style="text-align:right">本报记者　朱晓敏</p>'),
], lambda b: doc(T, """
body{margin:0;font:15px/1.9 "Microsoft YaHei";background:#f4efe6}.bar{background:#8b1b1b;color:#fff;padding:10px 40px}
.lay{display:grid;grid-template-columns:420px 1fr;gap:20px;width:1180px;margin:auto}.paper{background:#fff;padding:10px}
.art{background:#fff;padding:20px 40px}.art .main-t{font-size:28px;font-weight:bold;text-align:center}.sub{text-align:center;color:#555}""", f"""
<div class="bar"><b>皖北日报</b> 数字报 　<a href="#">2025年04月16日</a> <a href="#">往期</a> <a href="#">检索</a></div>
<div class="lay"><div class="paper"><div>第03版：综合新闻</div>{img("版面缩略图")}
<div><a href="#">01版 要闻</a> <a href="#">02版 要闻</a> <a href="#">03版 综合新闻</a> <a href="#">04版 县区</a> <a href="#">05版 专题</a></div>
{ban(["宿州“小菜园”种出“大产业”","灵璧县开展春季招聘月活动","泗县运河文化公园开园"])}</div>
<div class="art"><div class="main-t">{T}</div>
<p class="sub">——埇桥区蔬菜产业发展见闻</p>
<p style="text-align:center;color:#888">作者：朱晓敏　　日期：2025-04-16　　版次：03</p>
{b}
<div><a href="#">上一篇</a>　<a href="#">下一篇</a></div></div></div>
<div style="text-align:center;font-size:12px">皖北日报社 版权所有 皖ICP备10208833号</div>"""),
    features="e-paper 2020s grid: 副题 with dash (not title); 作者 in info line and closing '本报记者 朱晓敏' signature line (not body); 版次", site="安徽 city daily e-paper (invented)")

# wz-33 陕西 渭南 paper, old-style 数字报 with 引题 and 作者 in table, 上一期/下一期
T = "华州皮影戏进校园"
page("wz-33", E, T, ["雷晓军", "史  丹".replace("  ", "")], "2025年04月17日", [
    "“手中一口道尽千古事，双手舞动百万兵。”4月16日下午，华州区少华中学的多功能教室里，一场精彩的皮影戏表演引得师生阵阵喝彩。",
    "这是华州区“非遗进校园”系列活动的一个场景。今年以来，该区组织皮影戏、老腔、华州社火等非遗项目的传承人走进中小学，开展展演和教学活动30余场。",
    "活动现场，学生们在传承人指导下，拿起皮影人物学习操作，体验“一口述说千古事”的独特魅力。不少学生表示，以前只在电视上看过皮影戏，这次亲手操作，感觉特别新奇。",
    "国家级非遗项目华县皮影戏代表性传承人在现场为学生们讲解皮影的制作工艺和表演技巧。“我们希望让更多年轻人了解皮影、爱上皮影，把这门老手艺传下去。”他说。",
    "目前，华州区已有12所学校开设皮影特色课程，组建学生皮影社团8个。",
], lambda b: doc("渭南日报数字报", """
body{margin:0;font-size:13px;font-family:"宋体"}.bt{font-size:22px;font-weight:bold;text-align:center}.yt{text-align:center;font-size:14px;color:#036}
td{vertical-align:top}.nr p{font-size:14px;line-height:2}""", f"""
<table width="1002" align="center" bgcolor="#ffffff"><tr><td colspan="2" bgcolor="#c9e1f5"><font size="5" color="#0a3c6e">渭南日报</font>　2025年04月17日　星期四　<a href="#">上一期</a> <a href="#">下一期</a> <a href="#">本期目录</a></td></tr>
<tr><td width="300">
<table><tr><td>第06版：文化周刊</td></tr><tr><td>{img("本版缩略图")}</td></tr>
<tr><td><a href="#">&lt;&lt;上一版</a>　<a href="#">下一版&gt;&gt;</a></td></tr></table>
{ban(["华州皮影戏进校园","渭南老腔唱响新时代","蒲城杆火技艺展演"])}
</td><td>
<table width="100%" class="nr"><tr><td class="yt">传承非遗 浸润童心</td></tr>
<tr><td class="bt">{T}</td></tr>
<tr><td align="center">□记者　雷晓军　通讯员　史&nbsp;&nbsp;丹</td></tr>
<tr><td>{b}</td></tr>
<tr><td>{img("皮影表演", "学生们观看皮影戏表演。记者 雷晓军 摄")}</td></tr></table>
</td></tr>
<tr><td colspan="2" align="center">渭南日报社版权所有　陕ICP备08002566号　地址：渭南市朝阳大街</td></tr></table>"""),
    style="nbsp", features="old e-paper table: 引题 above title, '□记者 … 通讯员 史  丹' own line byline (spaced name), date only in masthead (publish_time = issue date), caption after body", site="陕西 渭南 daily e-paper (imitation, invented content)")

# wz-34 吉林 松原 paper, 2020s e-paper with 肩题 on same block, multiple 副题, author at end （记者 …）
T = "查干湖冬捕鱼获量再创新高"
page("wz-34", E, T, ["刘晓东"], "2025年4月18日", [
    "记者从查干湖旅游经济开发区获悉，2024—2025年度查干湖冬捕季于近日圆满结束，冬捕鱼获量达到196万斤，再创历史新高。",
    "本季冬捕期间，查干湖共接待游客85万人次，实现旅游综合收入9.2亿元。冬捕节期间举办的祭湖醒网、头鱼拍卖等活动吸引了众多游客。",
    "据介绍，本季冬捕单网最高产量达到18万斤，头鱼拍卖价格也创下新纪录。查干湖胖头鱼等特色产品通过电商直播销往全国各地。",
    ("h", "生态渔业可持续"),
    "查干湖坚持“捕大留小、捕肥留瘦”原则，网眼尺寸严格控制在6寸以上，确保渔业资源可持续利用。每年开春，还要向湖中投放鱼苗。",
    "查干湖旅游经济开发区负责人表示，今年将继续完善景区基础设施，丰富夏季湿地观鸟、湖上游船等旅游产品，推动查干湖由“冬季游”向“四季游”转变。",
    "“今年计划投放鲢鱼、鳙鱼等鱼苗150万斤。”查干湖渔场负责人说。（记者 刘晓东）",
], lambda b: doc(T + "-松原日报", """
body{margin:0;font:15px/1.8 sans-serif}.top{display:flex;justify-content:space-between;background:#035;color:#fff;padding:12px 30px}
.row{display:flex}.left{width:380px;background:#f5f5f5;padding:10px}.right{flex:1;padding:20px 50px}.jt{color:#666;text-align:center}
.tt{font-size:28px;font-weight:bold;text-align:center}.fb{text-align:center;color:#444}""", f"""
<div class="top"><span><b>松原日报</b> 电子版</span><span>2025年4月18日 星期五</span><span><a href="#">往期回顾</a> | <a href="#">版面检索</a></span></div>
<div class="row"><div class="left"><p>第2版：要闻</p>{img("版面")}<p>
<a href="#">第1版：头版</a><br><a href="#">第2版：要闻</a><br><a href="#">第3版：经济</a><br><a href="#">第4版：副刊</a></p>
{ban(["查干湖冬捕鱼获量再创新高","宁江区启动春季植树造林","前郭县推进盐碱地改造"])}</div>
<div class="right"><p class="jt">接待游客85万人次 旅游综合收入9.2亿元</p>
<div class="tt">{T}</div>
<p class="fb">2025年4月18日 第2版</p>
{b}
<p><a href="#">上一篇</a> | <a href="#">下一篇</a> | <a href="#">返回版面</a></p></div></div>
<div style="text-align:center;font-size:12px">松原日报社 版权所有 吉ICP备11003256号</div>"""),
    features="e-paper: 肩题 above title; date and 版次 printed together as the info line (publish_time is the date only); closing （记者 刘晓东） in last paragraph", site="吉林 松原 daily e-paper (invented)")

# wz-35 广西 county paper PDF-like 数字报 with 引题 主题 副题 + 作者 spaced, 2025
T = "容县沙田柚种植户忙春管"
page("wz-35", E, T, ["庞 婷".replace(" ", ""), "苏文杰"], "2025-04-14 08:00", [
    "连日来，在容县自良镇的沙田柚种植基地，果农们正忙着疏花、施肥、防治病虫害，为今年沙田柚丰收打下基础。",
    "“春管做得好，秋天才能结出好果子。”自良镇种植大户黄家福一边给柚子树施有机肥，一边对记者说。他家种了120亩沙田柚，去年纯收入超过60万元。",
    "容县是“中国沙田柚之乡”，全县沙田柚种植面积达15万亩。近年来，当地推广“有机肥替代化肥”、生草栽培等绿色种植技术，提高沙田柚品质。",
    "为拓宽销路，容县还积极发展电商销售，建成沙田柚电商服务站50多个，并与多家大型商超建立了长期合作关系，让容县沙田柚走进千家万户。",
    "县农业农村局技术人员介绍，今年县里组建了20支技术服务队，深入各镇开展春管技术指导，预计今年沙田柚产量将达到28万吨。",
], lambda b: doc("容县报·数字报", """
body{margin:0;font:16px/1.9 "Noto Serif SC",serif}.mh{background:linear-gradient(90deg,#9a1c1c,#d45b1d);color:#fff;padding:16px 5%}
.box{max-width:820px;margin:20px auto}.yt{font-size:15px;color:#9a1c1c}.zt{font-size:30px;font-weight:900;margin:6px 0}.ft{font-size:17px;color:#555}
.info{font:13px sans-serif;color:#888;border-top:1px solid #eee;border-bottom:1px solid #eee;padding:6px 0}""", f"""
<div class="mh"><b>容县报</b> 数字报刊平台　<span>第1523期</span></div>
<div class="box"><div><a href="#">首页</a> · <a href="#">第1版：要闻</a> · <a href="#">第2版：综合</a> · <a href="#">第3版：乡村振兴</a> · <a href="#">第4版：绣江</a></div>
<p class="yt">春光不负赶农时</p>
<p class="zt">{T}</p>
<p class="ft">全县沙田柚种植面积达15万亩，预计今年产量28万吨</p>
<div class="info">发布时间：2025-04-14 08:00 | 作者：庞&nbsp;婷　苏文杰 | 版次：第3版 | 来源：容县报</div>
{b}
{ban(["容县沙田柚种植户忙春管","杨梅镇举办农民技能培训班","容州镇开展春季爱国卫生运动"])}</div>
<div style="text-align:center;font:12px sans-serif;color:#999">容县融媒体中心 主办　桂ICP备19002117号-1</div>"""),
    features="county paper e-paper 2025: 引题/主题/副题 stack; info bar with 发布时间 / 作者 (one spaced name) / 版次", site="广西 county paper e-paper (invented)")
