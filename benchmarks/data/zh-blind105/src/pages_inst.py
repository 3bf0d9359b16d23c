"""Institution pages vb-36 .. vb-40: university, hospital, court, state enterprise, association."""
from lib import render, page, GIF

KIND = "institution"


def vb36():
    title = "我校在第十届河北省大学生机械创新设计大赛中获佳绩"
    blocks = [
        ("p", "近日，第十届河北省大学生机械创新设计大赛决赛在保定举行。我校机械工程学院选派的6支队伍参赛，最终获得一等奖2项、二等奖3项、三等奖1项，获奖数量和等级均创历史新高，学校获“优秀组织奖”。"),
        ("p", "本届大赛以“智慧农业机械”为主题，共吸引全省42所高校的386件作品参赛。我校学生团队设计的“丘陵山地小型履带式果园采摘平台”和“玉米籽粒含水率在线检测装置”两件作品凭借较强的创新性和实用性获得评委一致好评。"),
        ("p", "备赛期间，学院组建了由12名骨干教师组成的指导团队，依托省级机械基础实验教学示范中心，利用寒假时间开展集中训练，从选题论证、结构设计到样机制作、答辩演练进行全过程指导。"),
        ("p", "“比赛让我们真正把课堂上学的知识用到了解决实际问题上。”获奖团队队长、机械设计制造及其自动化专业2022级学生马骏说。"),
        ("p", "近年来，学院坚持以赛促学、以赛促教，构建了“课程—项目—竞赛—创业”一体化的创新人才培养体系，学生在各类学科竞赛中获省级以上奖励300余项。"),
        ("x", "（文/图 机械工程学院　审核：吕志刚）"),
    ]
    body = render(blocks, x='<p class="src">{}</p>')
    css = """
body{margin:0;font-family:"Microsoft YaHei";background:#fff}
.u-h{background:#12367a;padding:16px 8%;color:#fff;display:flex;justify-content:space-between}
.u-h b{font-size:26px;letter-spacing:2px}
.u-h .ln a{color:#cbd7ef;font-size:13px;margin-left:10px}
.u-n{background:#0d2a61;padding:0 8%}
.u-n a{color:#fff;display:inline-block;padding:12px 14px}
.u-b{width:84%;margin:20px auto;display:flex;gap:30px}
.u-side{width:220px;background:#f2f5fa}
.u-side h3{background:#12367a;color:#fff;margin:0;padding:12px}
.u-side p{padding:0 12px}
.u-art{flex:1}
.u-art h1{text-align:center;font-size:24px;color:#12367a}
.u-meta{text-align:center;color:#888;font-size:13px;border-bottom:1px solid #ddd;padding-bottom:10px}
.u-art p{font-size:16px;line-height:1.9;text-indent:2em}
.src{text-align:right}
.u-f{background:#12367a;color:#bcd;padding:20px 8%;font-size:12px}
"""
    html = page(title, css, f"""
<div class="u-h"><b>燕赵理工大学新闻网</b><span class="ln"><a href="#">学校主页</a><a href="#">信息门户</a><a href="#">English</a><input placeholder="站内搜索"></span></div>
<div class="u-n"><a href="#">首页</a><a href="#">燕理要闻</a><a href="#">综合新闻</a><a href="#">院部动态</a><a href="#">媒体燕理</a><a href="#">学术动态</a><a href="#">校园文化</a><a href="#">视频燕理</a></div>
<div class="u-b">
<div class="u-side"><h3>综合新闻</h3><p>燕理要闻</p><p>综合新闻</p><p>院部动态</p><p>媒体燕理</p></div>
<div class="u-art">
<p style="text-indent:0;font-size:13px;color:#999">您的位置：首页 &gt; 综合新闻 &gt; 正文</p>
<h1>{title}</h1>
<div class="u-meta">发布者：宣传部　发布时间：2025-03-17　作者：通讯员 孙雨桐 魏子涵　浏览次数：1,536</div>
<p style="text-align:center;text-indent:0"><img alt="获奖学生合影" src="{GIF}"></p>
{body}
<p style="text-indent:0;font-size:13px;color:#999">上一条：<a href="#">学校召开2025年春季学期教学工作会议</a><br>下一条：<a href="#">我校与保定市签署校地合作协议</a></p>
</div></div>
<div class="u-f">燕赵理工大学党委宣传部　地址：河北省保定市五四东路2666号　邮编：071000<br>冀ICP备05006743号　冀公网安备 13060202000827号</div>""")
    return dict(id="vb-36", kind=KIND, title=title, authors=["孙雨桐", "魏子涵"], publish_time="2025-03-17", blocks=blocks, html=html,
                site="河北 燕赵理工大学新闻网（高校新闻网）",
                features="高校：信息栏“发布者：宣传部”（不是作者）与“作者：通讯员 孙雨桐 魏子涵”；文末“（文/图 机械工程学院　审核：…）”是单位与审核人，都不是作者，也不是正文；学生引语")


def vb37():
    title = "我院成功开展首例经导管三尖瓣“缘对缘”修复术"
    blocks = [
        ("p", "近日，我院心血管内科结构性心脏病团队联合心脏外科、麻醉科、超声科，成功为一名78岁重度三尖瓣反流患者实施经导管三尖瓣“缘对缘”修复术（TEER）。这是我院首例此类手术，标志着我院结构性心脏病介入治疗迈上新台阶。"),
        ("p", "患者陈伯因反复双下肢水肿、气促一年多入院，检查提示重度三尖瓣关闭不全，合并心房颤动和慢性肾功能不全。由于年龄大、基础病多，传统开胸手术风险极高。"),
        ("p", "经多学科团队讨论，决定为患者实施微创介入治疗。手术在全麻下进行，团队经股静脉途径将输送系统送至右心，在三维经食道超声实时引导下，精准夹合三尖瓣前叶与隔叶。术后即刻超声显示，三尖瓣反流由重度降至轻度，整个手术仅用时约90分钟。"),
        ("p", "目前，患者已康复出院，下肢水肿明显消退。"),
        ("h", "专家介绍"),
        ("p", "三尖瓣反流被称为“被遗忘的瓣膜病”，早期症状不明显，患者往往出现明显水肿、腹胀时才就诊。心血管内科主任梁国栋提醒，出现不明原因下肢水肿、乏力的老年人，应及时到医院进行心脏超声检查。"),
        ("x", "文字：心血管内科 郑海燕　通讯员：宋佳琪　摄影：潘　越"),
        ("x", "编辑：党委宣传科"),
    ]
    body = render(blocks, h='<p class="hh">{}</p>', x='<p class="cr">{}</p>')
    css = """
body{margin:0;font-family:"Microsoft YaHei";background:#f5fafa}
.hp-top{background:#fff;padding:10px 7%;display:flex;justify-content:space-between;align-items:center;border-bottom:3px solid #009688}
.hp-top b{font-size:24px;color:#00796b}
.hp-top .tel{color:#00796b;font-size:14px}
.hp-nav{background:#009688;padding:0 7%}
.hp-nav a{color:#fff;display:inline-block;padding:11px 13px}
.hp-w{width:86%;margin:20px auto;background:#fff;padding:30px}
.hp-w h1{font-size:25px;text-align:center}
.hp-i{text-align:center;font-size:13px;color:#999}
.hp-w p{font-size:16px;line-height:1.9;text-indent:2em}
.hh{font-weight:bold;color:#00796b}
.cr{text-indent:0 !important;color:#888;font-size:14px}
.hp-f{background:#263238;color:#90a4ae;padding:20px 7%;font-size:12px}
"""
    html = page(title, css, f"""
<div class="hp-top"><b>潮州市中心医院</b><span class="tel">预约挂号：0768-2285120　急诊：0768-2285120 转 8　<a href="#">无障碍</a> <a href="#">长者版</a></span></div>
<div class="hp-nav"><a href="#">首页</a><a href="#">医院概况</a><a href="#">新闻中心</a><a href="#">科室导航</a><a href="#">专家介绍</a><a href="#">就医指南</a><a href="#">健康科普</a><a href="#">党建园地</a></div>
<div class="hp-w">
<p style="text-indent:0;font-size:13px">当前位置：首页 &gt; 新闻中心 &gt; 医院新闻</p>
<h1>{title}</h1>
<div class="hp-i">来源：心血管内科　时间：2025年3月12日 15:28　阅读：<span>2203</span></div>
{body}
<p style="text-indent:0">扫一扫 分享到微信 <img alt="分享二维码" src="{GIF}"></p>
<p style="text-indent:0"><b>相关新闻</b><br><a href="#">我院胸痛中心通过国家标准版再认证</a><br><a href="#">心血管内科开展“心”健康义诊活动</a></p>
</div>
<div class="hp-f">潮州市中心医院 版权所有　地址：潮州市环城西路86号<br>粤ICP备09110374号-1　粤公网安备 44510202000034号<br>本站信息仅供参考，不能作为诊断及医疗的依据</div>""")
    return dict(id="vb-37", kind=KIND, title=title, authors=["郑海燕", "宋佳琪"], publish_time="2025年3月12日 15:28", blocks=blocks, html=html,
                site="广东 潮州市中心医院（医院新闻，绿色主题）",
                features="医院：文末“文字：心血管内科 郑海燕　通讯员：宋佳琪　摄影：潘　越”（文字作者与通讯员为作者，摄影不是）；“编辑：党委宣传科”；“专家介绍”小标题；科主任引语；医嘱免责声明")


def vb38():
    title = "雅安中院公开宣判一起非法采矿案 判令被告人修复受损生态环境"
    blocks = [
        ("p", "3月13日，雅安市中级人民法院二审公开宣判上诉人王某某、李某非法采矿一案，裁定驳回上诉，维持原判。"),
        ("p", "经审理查明，2022年5月至2023年8月，王某某、李某在未取得采矿许可证的情况下，在青衣江某河段擅自使用挖掘机、采砂船采挖河砂共计4.3万余立方米，并对外销售，非法获利280余万元。经鉴定，其非法采砂行为造成河道岸线损毁、水生生物栖息地破坏，生态环境损害价值为196万元。"),
        ("p", "一审法院以非法采矿罪分别判处王某某有期徒刑四年，并处罚金30万元；判处李某有期徒刑三年，缓刑四年，并处罚金15万元；追缴违法所得，同时在附带民事公益诉讼中判令二人承担生态环境修复费用196万元，并在市级媒体公开赔礼道歉。王某某、李某不服，提出上诉。"),
        ("p", "雅安中院经审理认为，原判认定事实清楚，证据确实、充分，定罪准确，量刑适当，审判程序合法，遂作出上述裁定。"),
        ("h", "法官说法"),
        ("p", "河砂是河床的重要组成部分，非法采砂不仅破坏矿产资源，更会造成河道形态改变、堤防安全受损。本案中，法院在依法追究被告人刑事责任的同时，判令其承担生态修复责任，体现了“惩治犯罪”与“修复生态”并重的环境资源审判理念。"),
        ("x", "（雅安中院 环境资源审判庭 供稿）"),
    ]
    body = render(blocks, h='<p class="fg">【{}】</p>', x='<p class="gy">{}</p>')
    gold_fix = None
    css = """
body{margin:0;background:#f4f1ec;font-family:"Microsoft YaHei"}
.ct-h{background:linear-gradient(#a31515,#7d0f0f);color:#fff;padding:18px 10%;font-size:26px}
.ct-h small{display:block;font-size:13px;color:#f6d7d7}
.ct-n{background:#fff;padding:10px 10%;border-bottom:1px solid #ddd}
.ct-n a{margin-right:20px;color:#7d0f0f}
.ct-m{width:80%;margin:20px auto;background:#fff;padding:30px 50px}
.ct-m .t{font-size:24px;text-align:center;font-weight:bold;line-height:1.5}
.ct-m .i{text-align:center;color:#999;font-size:13px;margin:10px 0 20px}
.ct-m p{font-size:16px;line-height:2;text-indent:2em}
.fg{font-weight:bold}
.gy{text-align:right;color:#666}
.ct-f{text-align:center;font-size:12px;color:#777;padding:20px}
"""
    html = page(title, css, f"""
<div class="ct-h">四川省雅安市中级人民法院<small>公正司法　一心为民</small></div>
<div class="ct-n"><a href="#">首页</a><a href="#">法院概况</a><a href="#">审判动态</a><a href="#">司法公开</a><a href="#">诉讼服务</a><a href="#">法院文化</a><a href="#">典型案例</a></div>
<div class="ct-m">
<p style="text-indent:0;font-size:13px">当前位置：首页 → 审判动态 → 环境资源</p>
<div class="t">{title}</div>
<div class="i">作者：林　溪　高晨阳　　发布时间：2025-03-14 09:12:07　　【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
{body}
<p style="text-indent:0;text-align:center">【<a href="#">打印</a>】　【<a href="#">关闭</a>】　<a href="#">返回顶部</a></p>
</div>
<div class="ct-f">雅安市中级人民法院 版权所有　诉讼服务热线：12368<br>蜀ICP备17030551号　川公网安备 51180202000146号</div>""")
    return dict(id="vb-38", kind=KIND, title=title, authors=["林溪", "高晨阳"], publish_time="2025-03-14 09:12:07", blocks=blocks, html=html,
                site="四川 雅安市中级人民法院（审判动态）",
                features="法院：信息栏“作者：林　溪　高晨阳”（全角空格间隔名）；被告人化名王某某/李某；【法官说法】方括号小标题；“（… 供稿）”单位行不是作者也不是正文")


def vb39():
    title = "集团公司召开2025年安全生产暨森林防灭火工作会议"
    blocks = [
        ("p", "3月4日，龙江森工兴隆林业集团有限公司召开2025年安全生产暨森林防灭火工作会议，总结2024年工作，分析当前形势，部署2025年重点任务。集团公司党委书记、董事长高永利出席会议并讲话，总经理于海涛主持会议。"),
        ("p", "会议指出，2024年集团公司实现连续32年无重大森林火灾，安全生产形势总体平稳。但春季防火期即将到来，林区气温回升快、降水偏少，森林火险等级持续偏高，防灭火形势严峻复杂。"),
        ("p", "高永利强调，各林场、各单位要坚决克服麻痹思想和侥幸心理，重点抓好以下工作："),
        ("li", "一是严格野外火源管控，在重点入山道口设置检查站，严禁携带火种进山；"),
        ("li", "二是加强专业扑火队伍建设，完成扑火队员集中轮训和实战演练；"),
        ("li", "三是推进“智慧防火”平台建设，实现重点林区视频监控全覆盖；"),
        ("li", "四是落实领导干部带班值班制度，确保火情早发现、早报告、早处置。"),
        ("p", "会上，集团公司与所属16个林场（所）签订了2025年安全生产和森林防灭火目标责任书。"),
    ]
    body = render(blocks, ul_open='<div class="ls">', ul_close="</div>", li="<p>{}</p>")
    css = """
body{margin:0;font-family:"Microsoft YaHei";background:#f0f3ef}
.e-h{background:#1b5e20;color:#fff;padding:14px 8%;display:flex;align-items:center;gap:20px}
.e-h b{font-size:24px}
.e-h i{font-style:normal;font-size:13px;color:#c8e6c9}
.e-n{background:#2e7d32;padding:0 8%}
.e-n a{color:#fff;display:inline-block;padding:10px 16px}
.e-w{width:84%;margin:20px auto;background:#fff;padding:24px 40px}
.e-w h2{text-align:center;font-size:24px}
.e-s{text-align:center;color:#888;font-size:13px}
.e-w p{font-size:16px;line-height:1.9;text-indent:2em}
.e-f{background:#1b5e20;color:#c8e6c9;text-align:center;font-size:12px;padding:16px}
"""
    html = page(title, css, f"""
<div class="e-h"><b>龙江森工兴隆林业集团有限公司</b><i>绿水青山就是金山银山 冰天雪地也是金山银山</i></div>
<div class="e-n"><a href="#">网站首页</a><a href="#">集团概况</a><a href="#">新闻中心</a><a href="#">党建工作</a><a href="#">产业发展</a><a href="#">生态保护</a><a href="#">信息公开</a></div>
<div class="e-w">
<p style="text-indent:0;font-size:13px">首页 &gt;&gt; 新闻中心 &gt;&gt; 集团要闻</p>
<h2>{title}</h2>
<div class="e-s">时间：2025年03月05日　来源：安全生产部　作者：于　洋　点击：438</div>
<p style="text-align:center;text-indent:0"><img alt="会议现场" src="{GIF}"></p>
{body}
<p style="text-indent:0;font-size:13px;color:#888">审核：刘振江　　编辑：宋　菲</p>
<p style="text-indent:0;font-size:13px"><a href="#">上一篇</a>：集团公司召开2025年党风廉政建设工作会议　<a href="#">下一篇</a>：绥棱林场开展冬季巡护</p>
</div>
<div class="e-f">龙江森工兴隆林业集团有限公司 版权所有　地址：黑龙江省巴彦县兴隆镇林业街1号<br>黑ICP备12003119号-1</div>""")
    return dict(id="vb-39", kind=KIND, title=title, authors=["于洋"], publish_time="2025年03月05日", blocks=blocks, html=html,
                site="黑龙江 龙江森工兴隆林业集团（国有企业官网）",
                features="国企：信息栏“来源：安全生产部　作者：于　洋”；领导姓名只在正文；“一是…四是…”列表行；审核/编辑行；会议现场alt")


def vb40():
    title = "省食品行业协会发布2024年度广东食品行业发展报告"
    blocks = [
        ("p", "3月18日，广东省食品行业协会在广州发布《2024年度广东食品行业发展报告》（以下简称《报告》）。《报告》显示，2024年全省规模以上食品工业企业实现营业收入9860亿元，同比增长4.7%，继续位居全国前列。"),
        ("h", "一、产业规模稳中有进"),
        ("p", "《报告》指出，2024年全省规模以上食品工业企业达到3120家，其中营业收入超百亿元的企业12家。调味品、饮料、预制菜、焙烤食品四个细分行业营业收入合计占全省食品工业的52%。"),
        ("h", "二、主要细分行业情况"),
        ("table", [["细分行业", "营业收入（亿元）", "同比增长"],
                   ["调味品", "1420", "5.9%"],
                   ["饮料", "1635", "3.2%"],
                   ["预制菜", "865", "11.4%"],
                   ["焙烤食品", "1208", "4.1%"]]),
        ("h", "三、面临的挑战"),
        ("p", "《报告》同时指出，行业仍面临原材料价格波动、中小企业数字化水平不高、品牌国际影响力不足等挑战。协会建议企业加大研发投入，加快智能化改造，积极开拓东盟和“一带一路”沿线市场。"),
        ("p", "协会会长罗志坚在发布会上表示，协会将继续发挥桥梁纽带作用，组织企业参加国内外展会，推动团体标准制定，助力广东食品产业向高端化、品牌化发展。"),
    ]
    body = render(blocks, table_open='<table class="dt">', h="<h4>{}</h4>")
    css = """
body{margin:0;font-family:"Microsoft YaHei";background:#fff}
.as-h{display:flex;justify-content:space-between;align-items:center;padding:14px 6%;border-bottom:1px solid #eee}
.as-h b{font-size:24px;color:#d35400}
.as-h span a{font-size:13px;margin-left:12px}
.as-n{background:#d35400;padding:0 6%}
.as-n a{color:#fff;display:inline-block;padding:11px 14px}
.as-c{width:860px;margin:24px auto}
.as-c h1{font-size:26px;line-height:1.4}
.as-m{font-size:13px;color:#999;margin-bottom:16px}
.as-c p{font-size:16px;line-height:1.9}
.dt{border-collapse:collapse;width:100%}
.dt th,.dt td{border:1px solid #ddd;padding:6px;text-align:center}
.dt th{background:#fbeee6}
.as-f{background:#333;color:#aaa;padding:20px 6%;font-size:12px}
"""
    html = page(title, css, f"""
<div class="as-h"><b>广东省食品行业协会</b><span><a href="#">会员登录</a><a href="#">入会申请</a><a href="#">联系我们</a></span></div>
<div class="as-n"><a href="#">首页</a><a href="#">协会概况</a><a href="#">协会动态</a><a href="#">行业资讯</a><a href="#">团体标准</a><a href="#">会员服务</a><a href="#">党建工作</a></div>
<div class="as-c">
<p style="font-size:13px">首页 / 协会动态 / 正文</p>
<h1>{title}</h1>
<div class="as-m">协会秘书处 | 2025/03/19 | 浏览 862 次</div>
{body}
<p style="font-size:13px;color:#999">（协会秘书处　供稿）</p>
<p style="font-size:13px">附件：<a href="#">2024年度广东食品行业发展报告（摘要版）.pdf</a></p>
<p style="font-size:13px"><b>协会动态</b><br><a href="#">协会召开七届三次理事会</a><br><a href="#">《预制菜冷链配送规范》团体标准发布</a></p>
</div>
<div class="as-f">广东省食品行业协会　地址：广州市越秀区东风中路305号　电话：020-8333****<br>粤ICP备16041287号-1　<span>扫一扫关注协会公众号</span></div>""")
    return dict(id="vb-40", kind=KIND, title=title, authors=[], publish_time="2025/03/19", blocks=blocks, html=html,
                site="广东 广东省食品行业协会（行业协会官网）",
                features="协会：信息栏“协会秘书处 | 2025/03/19 | 浏览 862 次”无标签（秘书处为供稿单位，gold为[]）；一二三小标题；数据表（表头+4行）；附件下载；（… 供稿）")


PAGES = [vb36, vb37, vb38, vb39, vb40]
