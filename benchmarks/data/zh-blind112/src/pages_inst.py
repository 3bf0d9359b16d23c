from kit import links, ul, dated, img

PAGES = []

# ---------------------------------------------------------------- vi-36  吉林 university news, 文/图/审核 credits
PAGES.append(dict(
    id="vi-36", kind="institution", lang="zh",
    title="我校学子在全国大学生智能汽车竞赛中获一等奖",
    authors=["王晨曦"],
    publish_time="2025-06-12",
    doc_title="我校学子在全国大学生智能汽车竞赛中获一等奖-松辽大学新闻网",
    features="university news site (2020 design); info bar 发布时间/来源/点击 with empty counter; credit line 文：王晨曦 图：李想 审核：赵宏 (only 文 is author); award table; 上一条/下一条; school footer with 地址 and ICP",
    css="""
body{margin:0;font-family:'Microsoft YaHei';color:#333}
.hd{background:#003f88;padding:18px 10%;color:#fff;display:flex;justify-content:space-between}
.hd b{font-size:26px}
.nv{background:#0b5cad;padding:0 10%}.nv a{color:#fff;display:inline-block;padding:10px 22px}
.ctn{width:980px;margin:20px auto;display:flex;gap:30px}
.lm{width:200px}.lm h3{background:#003f88;color:#fff;padding:8px}
.ar{flex:1}
.ar h1{font-size:24px;text-align:center;color:#003f88}
.ar .sj{text-align:center;color:#999;font-size:13px;border-bottom:1px solid #e5e5e5;padding-bottom:10px}
.article-content p{line-height:2;text-indent:2em}
.art-table{border-collapse:collapse;margin:auto}.art-table td,.art-table th{border:1px solid #aaa;padding:4px 10px}
.credit{text-align:right;color:#555}
.ft{background:#003f88;color:#cdd;padding:20px 10%;font-size:12px}
""",
    pre=f"""
<div class="hd"><b>{img("松辽大学校徽",50,50)} 松辽大学新闻网</b><span>{links(["学校主页","English","信息门户"]," | ")}</span></div>
<div class="nv">{links(["首页","松辽要闻","综合新闻","院部动态","媒体松辽","校园文化","专题报道","视频松辽"])}</div>
<div class="ctn"><div class="lm"><h3>综合新闻</h3>{ul(["松辽要闻","综合新闻","院部动态","通知公告"])}</div>
<div class="ar">
<p>当前位置：{links(["首页"])} &gt;&gt; {links(["综合新闻"])} &gt;&gt; 正文</p>
<h1>我校学子在全国大学生智能汽车竞赛中获一等奖</h1>
<p class="sj">发布时间：2025-06-12　　来源：机械与车辆工程学院　　点击：[]</p>
""",
    body="""
P 近日，第二十届全国大学生智能汽车竞赛东北赛区比赛在哈尔滨落下帷幕。我校机械与车辆工程学院代表队在比赛中表现出色，共获得一等奖2项、二等奖3项、三等奖1项，获奖数量和等级均创历史新高。
P 本届竞赛共有来自东北三省及内蒙古东部地区的86所高校、600余支队伍参赛。比赛要求参赛队伍在规定的车模平台上自主设计传感器、控制电路和算法，使车模在赛道上自主识别路径、完成规定任务。
T 组别|获奖等级|参赛队员
T 智能视觉组|一等奖|张一鸣、刘思远、陈佳琪
T 单车越野组|一等奖|王浩然、赵雪、孙博文
T 完全模型组|二等奖|李泽宇、周梦洁、韩磊
P 指导教师赵建平介绍，为备战本届比赛，队员们从去年秋季学期开始利用课余时间集训，先后调试车模400余次，累计测试里程超过2000公里。“比赛前一周，大家几乎每天都在实验室待到深夜。”
P 近年来，学院坚持以赛促学、以赛促教，依托创新实验室和学科竞赛平台，每年组织学生参加各类科技竞赛，累计获得国家级奖项50余项。
""",
    post=f"""
<p class="credit">文：王晨曦　图：李想　审核：赵宏</p>
<p>上一条：{links(["学校召开2025年毕业生就业工作推进会"])}<br>下一条：{links(["我校举办第十二届校园科技文化节"])}</p>
<p>{links(["【关闭窗口】"])}</p>
</div></div>
<div class="ft">版权所有 © 松辽大学　地址：吉林省四平市铁西区海丰大街1301号　邮编：136000<br>吉ICP备05000998号　吉公网安备22030202000127号</div>
""",
))

# ---------------------------------------------------------------- vi-37  山东 hospital news, 2021 design
PAGES.append(dict(
    id="vi-37", kind="institution", lang="zh",
    title="我院成功开展胶东地区首例经导管三尖瓣置换术",
    authors=["陈晓琳", "邓子豪"],
    publish_time="2025年06月09日",
    doc_title="我院成功开展胶东地区首例经导管三尖瓣置换术_青岛海滨医院",
    features="hospital site (2021 design) with 预约挂号/智慧服务 nav and phone numbers; info bar 发布日期/作者/来源：宣传科/阅读; quoted doctor; 科普 sub-heading; 相关新闻; 就诊指南 sidebar",
    css="""
body{margin:0;font-family:'PingFang SC','Microsoft YaHei';background:#f3f8f9}
.hh{background:#fff;padding:12px 8%;display:flex;justify-content:space-between;align-items:center}
.hh b{color:#008c8c;font-size:24px}.hh .tel{color:#008c8c}
.hn{background:#008c8c;padding:0 8%}.hn a{color:#fff;display:inline-block;padding:12px 18px}
.bd{width:1100px;margin:20px auto;display:flex;gap:24px}
.side{width:260px;background:#fff;padding:12px}
.ctt{flex:1;background:#fff;padding:24px 40px}
.ctt h2{font-size:24px;text-align:center}
.inf{text-align:center;color:#999;font-size:13px}.inf span{margin:0 8px}
.article-content p{line-height:2}
.article-content h3{color:#008c8c;font-size:17px}
.pic-cap{text-align:center;color:#888;font-size:13px}
.ff{background:#2c3e45;color:#9ab;padding:24px 8%;font-size:12px}
""",
    pre=f"""
<div class="hh"><b>{img("",40,40)}青岛海滨医院</b><span class="tel">预约电话：0532-83776120　急救电话：0532-83776999</span></div>
<div class="hn">{links(["首页","医院概况","新闻中心","科室导航","专家介绍","就医指南","预约挂号","健康科普","党建文化"])}</div>
<div class="bd"><div class="side"><b>就诊指南</b>{ul(["门诊时间","住院须知","医保政策","检查预约"])}<p>{img("微信公众号二维码",120,120)}</p><p>扫码关注官方微信</p></div>
<div class="ctt">
<p>您的位置：{links(["首页"])} &gt; {links(["新闻中心"])} &gt; {links(["医院新闻"])}</p>
<h2>我院成功开展胶东地区首例经导管三尖瓣置换术</h2>
<p class="inf"><span>发布日期：2025年06月09日</span><span>作者：陈晓琳 邓子豪</span><span>来源：宣传科</span><span>阅读：1574</span></p>
""",
    body="""
P 近日，我院心血管内科联合心脏外科、麻醉科、超声科等多学科团队，成功为一名重度三尖瓣反流患者实施经导管三尖瓣置换术。这是胶东地区首例此类手术，标志着我院结构性心脏病介入治疗水平迈上新台阶。
P 患者为76岁的男性，长期受重度三尖瓣反流困扰，反复出现下肢水肿、腹胀、乏力等症状，近半年多次住院治疗。由于患者高龄且曾接受过心脏手术，再次开胸手术风险极高。
P 经多学科团队反复评估讨论，决定为患者实施经导管三尖瓣置换术。手术经颈静脉入路，在超声和X线引导下，将人工瓣膜精准释放至三尖瓣位置，全程仅用时约90分钟。术后患者反流基本消失，第二天即可下床活动。
I 手术现场|手术团队在导管室为患者实施手术。
P “与传统开胸手术相比，这项技术创伤小、恢复快，为无法耐受外科手术的高龄患者带来了新的希望。”心血管内科主任刘永军介绍。
H 科普：什么是三尖瓣反流？
P 三尖瓣位于右心房和右心室之间，像一扇“单向门”。当瓣膜关闭不全时，血液会倒流回右心房，导致右心功能下降。患者常表现为乏力、水肿、腹胀、食欲减退等，中重度患者应及时就医评估。
""",
    post=f"""
<p>{links(["上一篇：我院举办2025年护士节表彰大会"])}　{links(["下一篇：我院开展“全国爱眼日”义诊活动"])}</p>
<p><b>相关新闻</b></p>{ul(["我院心脏中心通过国家标准化胸痛中心再认证","我院完成首例左心耳封堵术"])}
</div></div>
<div class="ff">青岛海滨医院　地址：青岛市市北区辽宁路166号　邮编：266012<br>鲁ICP备12017342号　鲁公网安备37020302000311号　Copyright © 2025 All Rights Reserved</div>
""",
))

# ---------------------------------------------------------------- vi-38  青海 state enterprise news, 撰稿/摄影/供稿单位
PAGES.append(dict(
    id="vi-38", kind="institution", lang="zh",
    title="钾肥分公司“夏季大会战”首月产量超计划8%",
    authors=["韩志远"],
    publish_time="2025.06.11",
    doc_title="钾肥分公司“夏季大会战”首月产量超计划8%-柴达木盐湖集团",
    features="state-enterprise site (2016 design); dotted date 2025.06.11; 供稿单位 (not author) and 撰稿/摄影 credit lines below the body (撰稿 is the author, 摄影 is not); photo captions; 字号 and 分享 controls; 集团要闻 list",
    css="""
body{margin:0;font-family:'Microsoft YaHei';font-size:14px;background:#fff}
.hdr{background:linear-gradient(#1b4d8c,#123866);color:#fff;padding:16px 8%;font-size:24px}
.hdr small{font-size:12px;display:block}
.mnu{background:#e6a019;padding:0 8%}.mnu a{color:#fff;display:inline-block;padding:9px 18px}
.box{width:900px;margin:20px auto}
.art-t{font-size:22px;font-weight:bold;text-align:center}
.art-i{text-align:center;color:#888;font-size:12px;margin:10px 0 20px}
.article-content p{line-height:2;text-indent:2em}
.pic-cap{text-align:center;color:#666}
.cre{color:#666}
.foot{background:#123866;color:#aac;text-align:center;padding:18px;font-size:12px}
""",
    opts={"ncls": "cre"},
    pre=f"""
<div class="hdr">柴达木盐湖集团<small>CHAIDAMU SALT LAKE GROUP</small></div>
<div class="mnu">{links(["首页","集团概况","新闻中心","产业布局","党建工作","企业文化","社会责任","人才招聘"])}</div>
<div class="box">
<p>首页 &gt; 新闻中心 &gt; 基层动态</p>
<div class="art-t">钾肥分公司“夏季大会战”首月产量超计划8%</div>
<div class="art-i">2025.06.11　　供稿单位：钾肥分公司　　字号：{links(["大"])} {links(["中"])} {links(["小"])}　　{links(["分享"])}</div>
""",
    body="""
P 5月以来，钾肥分公司抢抓盐湖卤水蒸发的黄金季节，全面开展“夏季大会战”，各生产线满负荷运行。首月累计生产氯化钾28.6万吨，超计划8%，创同期历史最好水平。
I 盐田采收|采收船在盐田作业。
P 夏季是盐田晒卤的最佳时期，日照充足、蒸发量大。分公司提前完成盐田修复和采收船检修，优化卤水调度方案，在确保盐田安全的前提下，最大限度提高光卤石采收量。
P 在生产一线，分公司实行“日分析、周调度、月考核”机制，对关键设备实行“一机一档”管理，设备完好率保持在98%以上。同时，开展劳动竞赛，设立“产量突破奖”“技术创新奖”，激发员工干劲。
P “我们车间把浮选工序的药剂添加量精确到克，钾回收率比去年提高了1.2个百分点。”选矿车间主任马福海说。
P 分公司负责人表示，将持续加强安全环保管理，科学组织生产，确保全年氯化钾产量目标顺利实现，为保障国家粮食安全贡献盐湖力量。
N 撰稿：韩志远　　摄影：祁永昌
""",
    post=f"""
<div><b>集团要闻</b>{ul(["集团召开2025年安全生产月动员会","锂业公司碳酸锂项目投产一周年","集团与省内高校签订产学研合作协议"])}</div>
<p>{links(["【打印】"])} {links(["【关闭】"])}</p>
</div>
<div class="foot">版权所有：柴达木盐湖集团有限公司　地址：青海省格尔木市昆仑南路　电话：0979-8448000<br>青ICP备08000566号-1</div>
""",
))

# ---------------------------------------------------------------- vi-39  广东 industry association, meeting news, closing byline
PAGES.append(dict(
    id="vi-39", kind="institution", lang="zh",
    title="省家具行业协会召开第六届会员代表大会第三次会议",
    authors=["孔令军"],
    publish_time="2025-06-13",
    doc_title="省家具行业协会召开第六届会员代表大会第三次会议 - 广东省家具行业协会",
    features="association site (2014 design); 信息来源/发布时间/浏览 row in a table; meeting news with 会议审议 list; closing byline （秘书处 孔令军） inside the last paragraph; 会员服务 sidebar; 入会申请 links; 粤ICP footer",
    css="""
body{margin:0;font:13px/1.8 'Microsoft YaHei';background:#f1ebe3}
#h{width:1000px;margin:0 auto;background:#5b3a1e;color:#fff;padding:20px;font-size:26px}
#n{width:1000px;margin:0 auto;background:#7a5230}#n a{color:#fff;padding:8px 14px;display:inline-block}
#c{width:1000px;margin:0 auto;background:#fff;display:flex}
#s{width:220px;background:#faf5ef;padding:10px}
#m{flex:1;padding:20px 30px}
.tt{font-size:20px;font-weight:bold;text-align:center;color:#5b3a1e}
.mt td{color:#888;font-size:12px}
.article-content p{font-size:15px;text-indent:2em}
#f{width:1000px;margin:0 auto;text-align:center;color:#777;padding:12px;font-size:12px}
""",
    pre=f"""
<div id="h">广东省家具行业协会 <small>Guangdong Furniture Association</small></div>
<div id="n">{links(["首页","协会简介","协会动态","行业资讯","政策法规","会员风采","展会信息","入会申请","联系我们"])}</div>
<div id="c"><div id="s"><b>会员服务</b>{ul(["会员名录","入会申请","会费标准","下载中心"])}<b>联系方式</b><p>电话：020-83331287<br>邮箱：gdfa@example.org</p></div>
<div id="m"><p>当前位置：{links(["首页"])} &gt; {links(["协会动态"])}</p>
<div class="tt">省家具行业协会召开第六届会员代表大会第三次会议</div>
<table class="mt" width="100%"><tr><td>信息来源：协会秘书处</td><td>发布时间：2025-06-13</td><td>浏览：362次</td></tr></table>
""",
    body="""
P 6月12日，广东省家具行业协会第六届会员代表大会第三次会议在佛山顺德召开。来自全省各地的210名会员代表参加会议。
P 会议审议通过了以下事项：
O 协会2024年度工作报告和财务报告；
O 关于修订《广东省家具行业协会章程》的议案；
O 关于增补理事、副会长单位的议案；
O 关于发布《家具行业绿色工厂评价规范》团体标准的决定。
P 协会会长林国华在讲话中指出，过去一年，面对市场需求收缩、出口订单波动等困难，全省家具企业积极拓展跨境电商、加快智能化改造，行业总体保持平稳。协会将继续在标准制定、品牌推广、展会服务、人才培训等方面发挥桥梁纽带作用，帮助会员企业稳订单、拓市场。
P 会上，协会还为获得“2024年度广东家具行业创新企业”称号的15家企业授牌，并组织会员代表围绕以旧换新政策落地、绿色低碳转型等话题开展交流。
P 会议期间，部分代表参观了顺德龙江家具材料市场和两家智能工厂，现场了解数字化排产、柔性定制等新模式的应用情况。（秘书处 孔令军）
""",
    post=f"""
<p>{links(["[ 打印本页 ]"])} {links(["[ 关闭窗口 ]"])}</p>
<p>上一篇：{links(["关于举办2025年家具设计师培训班的通知"])}</p>
</div></div>
<div id="f">广东省家具行业协会 版权所有　地址：广州市越秀区东风中路　粤ICP备12034587号</div>
""",
))

# ---------------------------------------------------------------- vi-40  吉林 intermediate court, 2017 design
PAGES.append(dict(
    id="vi-40", kind="institution", lang="zh",
    title="长春中院发布涉老年人权益保护十大典型案例",
    authors=["宋晓东", "邢悦"],
    publish_time="2025-06-13 15:04:21",
    doc_title="长春中院发布涉老年人权益保护十大典型案例_长春市中级人民法院",
    features="intermediate-court site (2017 design) with 诉讼服务 nav; info bar 作者：宋晓东 邢  悦 发布时间 with seconds; press-conference news; 案例 list lines and quoted judge; 责任编辑; 法院 footer with 12368 hotline",
    css="""
body{margin:0;font-family:'Microsoft YaHei';background:#f5f0e6}
.court{background:#8e0000;color:#ffd98c;padding:20px 10%;font-size:28px;letter-spacing:2px}
.cn{background:#6b0000;padding:0 10%}.cn a{color:#fff;display:inline-block;padding:10px 16px}
.cm{width:960px;margin:20px auto;background:#fff;padding:24px 40px}
.cm .t{font-size:24px;text-align:center;font-weight:bold;color:#8e0000}
.cm .i{text-align:center;color:#888;font-size:13px;border-bottom:1px solid #e0d5c0;padding-bottom:10px}
.article-content p{line-height:2;text-indent:2em;font-size:16px}
.cf{background:#8e0000;color:#f5d;padding:18px;text-align:center;font-size:12px;color:#fdd}
""",
    pre=f"""
<div class="court">{img("法徽",50,50)} 长春市中级人民法院</div>
<div class="cn">{links(["首页","法院概况","新闻中心","审判动态","诉讼服务","执行公开","司法公开","法治宣传"])}</div>
<div class="cm">
<p>当前位置：{links(["首页"])} &gt; {links(["新闻中心"])} &gt; {links(["法院要闻"])}</p>
<div class="t">长春中院发布涉老年人权益保护十大典型案例</div>
<p class="i">作者：宋晓东 邢  悦　　发布时间：2025-06-13 15:04:21　　【字体：{links(["大"])} {links(["中"])} {links(["小"])}】</p>
""",
    body="""
P 6月13日上午，长春市中级人民法院召开新闻发布会，通报近年来全市法院涉老年人权益保护审判工作情况，并发布十大典型案例。
P 据介绍，2022年以来，全市法院共审结涉老年人案件4300余件，案件类型主要集中在赡养纠纷、养老服务合同纠纷、以“投资理财”为名的诈骗犯罪以及老年人人身损害赔偿等。
H 典型案例涵盖多个领域
P 此次发布的十大典型案例中，既有子女拒不履行赡养义务被判支付赡养费的案件，也有养老机构未尽安全保障义务承担赔偿责任的案件，还有以销售“保健品”为名骗取老年人钱财被依法严惩的刑事案件。部分案例如下：
L 案例一：王某诉其子女赡养费纠纷案；
L 案例三：李某诉某养老服务中心生命权纠纷案；
L 案例六：刘某等人以销售保健品为名诈骗老年人钱财案。
P “老年人权益保护案件往往涉及家庭伦理和社会公德，我们在审理中注重调解与普法相结合，努力做到案结事了。”市中院民一庭庭长高晓梅在发布会上说。
P 下一步，全市法院将继续开通涉老案件“绿色通道”，推行上门立案、巡回审理，为行动不便的老年人提供便利的诉讼服务。
""",
    post=f"""
<p style="text-align:right;color:#888">责任编辑：孙　静</p>
<p>{links(["【打印本页】"])}　{links(["【关闭窗口】"])}</p>
</div>
<div class="cf">长春市中级人民法院　版权所有　地址：长春市朝阳区西安大路1089号　诉讼服务热线：12368<br>吉ICP备06003124号　吉公网安备22010402000581号</div>
""",
))
