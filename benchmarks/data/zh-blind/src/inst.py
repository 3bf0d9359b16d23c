from lib import *
INST_CSS = """
body{margin:0;font-family:"Microsoft YaHei",sans-serif;font-size:14px;color:#333}
a{color:#333;text-decoration:none} ul{list-style:none;margin:0;padding:0}
.hd{background:#1b4d89;color:#fff;padding:18px 40px;font-size:26px}
.hd small{font-size:13px;margin-left:12px}
.hd .links{float:right;font-size:12px}
.hd .links a{color:#fff;margin-left:10px}
.nav{background:#123a69}.nav li{display:inline-block;padding:10px 16px}.nav a{color:#fff}
.wrap{width:1100px;margin:0 auto;overflow:hidden}
.side{float:left;width:220px;margin-top:20px}
.side h2{background:#1b4d89;color:#fff;font-size:18px;padding:10px;margin:0}
.side li{border-bottom:1px solid #ddd;padding:8px 12px}
.article{float:right;width:840px;margin-top:20px}
.pos{font-size:13px;color:#777;border-bottom:1px solid #1b4d89;padding-bottom:6px}
h1{text-align:center;font-size:22px;color:#1b4d89;line-height:1.6}
.sub{text-align:center;font-size:13px;color:#999;margin-bottom:20px}
.cont p{font-size:16px;line-height:2;text-indent:2em;margin:0 0 10px}
.cont .c{text-align:center;text-indent:0;font-size:14px;color:#666}
.cont img{display:block;width:560px;height:340px;margin:0 auto;background:#eee}
.ftline{text-align:right;font-size:14px;color:#666}
.ft{clear:both;background:#1b4d89;color:#dde;font-size:12px;text-align:center;padding:20px;line-height:2;margin-top:30px}
"""

# ---------- zb-29 university news: 文/图 + 审核 + 编辑, 点击数
title = "我校在第十八届“挑战杯”全国大学生课外学术科技作品竞赛中获佳绩"
body = [
 "近日，第十八届“挑战杯”全国大学生课外学术科技作品竞赛终审决赛在贵州大学举行。我校选送的5件作品全部进入终审决赛，最终获得特等奖1项、一等奖2项、二等奖2项，总成绩位列全国高校第11位，创历史最好成绩。",
 "其中，材料科学与工程学院博士研究生黄语桐团队的作品《面向高寒地区的长寿命钠离子储能电池关键材料研究》获得特等奖。该团队历时三年，研发出一种可在零下40摄氏度稳定工作的正极材料，相关成果已发表在国际权威期刊上，并与省内企业开展中试合作。",
 "机械工程学院、生命科学学院和经济管理学院的学生团队分别以智能巡检机器人、盐碱地微生物改良和县域电商物流调研等作品获得一等奖和二等奖。",
 "本届竞赛自2023年3月启动，全国共有2700余所高校的20多万件作品参赛。为备战竞赛，学校团委联合科研院、研究生院组织了三轮校内选拔和多次专家辅导，并为重点项目配备“双导师”。",
 "校团委书记表示，学校将以此次竞赛为契机，进一步完善“课程—项目—竞赛—转化”一体化的创新创业教育体系，激发学生的科研热情和创新潜能。",
]
h = f"""
<div class="hd">兰州理工大学<small>新闻网</small><span class="links"><a href="#">学校主页</a><a href="#">投稿系统</a><a href="#">English</a></span></div>
{nav(["首页","综合新闻","教学科研","学院动态","校园文化","媒体理工","专题报道","图说理工"])}
<div class="wrap">
<div class="side"><h2>综合新闻</h2><ul><li><a href="#">综合新闻</a></li><li><a href="#">学术动态</a></li><li><a href="#">校园快讯</a></li></ul></div>
<div class="article">
<div class="pos">当前位置: <a href="#">首页</a> &gt; <a href="#">综合新闻</a> &gt; 正文</div>
<h1>{esc(title)}</h1>
<div class="sub">发布日期：2023-11-27　　作者：文/图：团委 马骁 郑佳怡　　审核：李振华　　编辑：王倩　　点击：[1842]</div>
<div class="cont">
<p>{esc(body[0])}</p>
<img alt="获奖团队合影">
<p class="c">获奖团队合影</p>
{ps(body[1:])}
</div>
<div class="ftline">【<a href="#">关闭</a>】</div>
<p>上一条：<a href="#">学校召开2023年本科教学工作会议</a></p>
<p>下一条：<a href="#">我校举办第五届研究生学术论坛</a></p>
</div></div>
<div class="ft">版权所有：兰州理工大学 地址：甘肃省兰州市七里河区兰工坪路287号 邮编：730050<br>陇ICP备05000867号 甘公网安备 62010302000345号</div>
"""
add("zb-29","inst","university news site (文/图 + 审核 + 编辑 in the 作者 field)",doc(title+"-兰州理工大学新闻网",INST_CSS,h),
    title, ["马骁","郑佳怡"], "2023-11-27", body, note="'团委' in the 文/图 field is a unit, not a name")

# ---------- zb-30 court: 通讯员 names, 来源 法院, 发布时间 with seconds, title + 副题 (——)
title = "“法官，这钱我终于拿到了！”"
body = [
 "“法官，这钱我终于拿到了！”近日，在江宁区人民法院执行局，农民工代表李长根从执行法官手中接过装有欠薪的银行回单，激动地说。至此，一起涉及37名农民工、标的额86万余元的劳务合同纠纷案件执行完毕。",
 "2022年，李长根等人受雇于某劳务公司，在江宁区某安置房项目从事木工、钢筋工等工作。项目完工后，劳务公司以总包方未结算工程款为由，迟迟不支付工资。李长根等人诉至法院，法院判决劳务公司支付工资86.3万元，但判决生效后该公司仍未履行。",
 "案件进入执行程序后，执行法官通过网络查控系统发现，劳务公司账户余额不足2万元，但总包方尚欠其工程款120余万元。执行法官随即冻结该笔到期债权，并多次约谈总包方和劳务公司负责人，释法明理。",
 "最终，在法院主持下，三方达成和解协议，由总包方直接将86.3万元工资款支付至法院账户，再由法院逐一发放到农民工手中。",
 "法官提醒，用人单位应当依法按时足额支付劳动者工资。对拒不支付劳动报酬、有能力履行而拒不履行生效判决的，法院将依法采取列入失信被执行人名单、限制高消费等措施，情节严重的，依法追究刑事责任。",
]
h = f"""
<div class="hd">南京市江宁区人民法院<small>JIANGNING COURT</small><span class="links"><a href="#">诉讼服务</a><a href="#">裁判文书</a><a href="#">庭审直播</a></span></div>
{nav(["首页","法院概况","新闻中心","审判动态","执行信息","诉讼服务","法律法规","队伍建设"])}
<div class="wrap">
<div class="side"><h2>新闻中心</h2><ul><li><a href="#">法院要闻</a></li><li><a href="#">审判动态</a></li><li><a href="#">执行动态</a></li><li><a href="#">媒体聚焦</a></li></ul></div>
<div class="article">
<div class="pos">您所在的位置：首页 &gt; 新闻中心 &gt; 执行动态</div>
<h1>{esc(title)}<br><span style="font-size:17px">——江宁法院为37名农民工追回欠薪86万余元</span></h1>
<div class="sub">发布时间：2024-01-19 10:12:35　　来源：执行局　　作者：通讯员 许  静 刘子涵　　浏览：【 672 】次</div>
<div class="cont">{ps(body)}</div>
<div class="ftline">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
</div></div>
<div class="ft">南京市江宁区人民法院 版权所有 地址：南京市江宁区天元中路28号 诉讼服务热线：12368<br>苏ICP备10056201号</div>
"""
add("zb-30","inst","district court news (通讯员 in 作者 field, headline with 副题 line)",doc("“法官，这钱我终于拿到了！”_南京市江宁区人民法院",INST_CSS,h),
    title, ["许静","刘子涵"], "2024-01-19 10:12:35", body,
    note="main title only; the ——副题 under it not in title (convention)")

# ---------- zb-31 hospital: 供稿科室 + 撰稿 + 摄影, date as 2022/07/08
title = "多学科协作 我院成功救治一名主动脉夹层合并脑梗死患者"
body = [
 "7月2日凌晨，一名突发胸背部撕裂样疼痛、伴右侧肢体无力的58岁男性患者被送至我院急诊科。接诊医生高度怀疑主动脉夹层，立即启动胸痛中心和卒中中心联合救治流程。",
 "急诊CT血管造影显示，患者为Stanford A型主动脉夹层，夹层累及左颈总动脉，同时头颅磁共振提示急性脑梗死。这类患者病情凶险，若不及时手术，48小时内死亡率超过50%；但脑梗死又会显著增加术中、术后脑出血风险，治疗方案的选择十分棘手。",
 "心血管外科、神经内科、麻醉科、重症医学科等多学科专家紧急会诊后认为，尽快手术恢复脑部供血是挽救患者生命的关键。凌晨4时，心血管外科主任程立新带领团队为患者实施了“全主动脉弓置换+支架象鼻”手术，术中采用双侧选择性脑灌注技术保护大脑。",
 "经过7个小时的手术，患者被安全送入重症监护室。术后第3天，患者拔除气管插管，右侧肢体肌力逐步恢复。目前，患者已转入普通病房，正在进行康复训练。",
 "医生提醒，高血压是主动脉夹层最主要的危险因素。高血压患者应规律服药、控制血压，一旦出现突发剧烈胸背痛，应立即拨打120就医。",
]
h = f"""
<div class="hd">常州市第二人民医院<small>三级甲等综合医院</small><span class="links"><a href="#">预约挂号</a><a href="#">就医指南</a><a href="#">专家介绍</a></span></div>
{nav(["首页","医院概况","新闻中心","科室导航","专家介绍","就医指南","健康科普","护理园地","招聘信息"])}
<div class="wrap">
<div class="side"><h2>新闻中心</h2><ul><li><a href="#">医院新闻</a></li><li><a href="#">医疗动态</a></li><li><a href="#">通知公告</a></li><li><a href="#">媒体报道</a></li></ul>
<div style="margin-top:20px;font-size:13px">预约挂号：0519-88888120<br>急诊电话：0519-88888999</div></div>
<div class="article">
<div class="pos">首页 » 新闻中心 » 医疗动态</div>
<h1>{esc(title)}</h1>
<div class="sub">2022/07/08　　浏览次数：1,215</div>
<div class="cont">{ps(body)}
<p class="c"><img alt="手术中">程立新主任团队在手术中</p>
</div>
<div class="ftline">供稿：心血管外科　撰稿：沈悦　摄影：周明亮　编辑：宣传科</div>
<p><a href="#">上一篇：我院开展“世界过敏性疾病日”义诊活动</a><br><a href="#">下一篇：我院举行2022年新职工岗前培训开班仪式</a></p>
</div></div>
<div class="ft">常州市第二人民医院 地址：江苏省常州市兴隆巷29号 邮编：213003<br>苏ICP备05005656号-1 苏公网安备 32040202000012号 技术支持：常州某网络科技有限公司</div>
"""
add("zb-31","inst","hospital news (closing 供稿/撰稿/摄影/编辑 line)",doc(title+"-常州市第二人民医院",INST_CSS,h),
    title, ["沈悦"], "2022/07/08", body, note="authors = 撰稿 only; photo caption not body")

# ---------- zb-32 county 融媒体中心: 记者 in info bar, body begins with 融媒体中心讯
title = "我县首届“村BA”篮球联赛鸣哨开赛"
body = [
 "石阡融媒讯 7月15日晚，石阡县首届“村BA”篮球联赛在县体育中心开幕，来自全县19个乡镇（街道）的24支村级代表队将在为期10天的比赛中同场竞技。",
 "开幕式上，龙塘镇的舞龙表演、本庄镇的仡佬族毛龙舞和汤山街道的广场舞轮番上演，现场观众近5000人，看台上加油声、欢呼声此起彼伏。",
 "揭幕战在五德镇代表队和聚凤乡代表队之间展开。双方球员都是地地道道的农民、返乡青年和村干部，比赛中攻防转换迅速，精彩上篮、远投三分不断。最终，五德镇代表队以68比63赢得比赛。",
 "“白天在地里干活，晚上来打球，大家都特别有劲头。”五德镇代表队队长杨帆说，为了这次比赛，队员们已经训练了两个多月。",
 "据了解，本届联赛期间，赛场周边还设置了农特产品展销区，集中展销石阡苔茶、温泉水、红心薯等特色产品，以赛促旅、以赛兴农。",
]
h = f"""
<div class="hd">石阡县融媒体中心<small>石阡新闻网</small><span class="links"><a href="#">看石阡APP</a><a href="#">投稿</a></span></div>
{nav(["首页","时政要闻","乡镇动态","部门动态","民生热点","视频石阡","专题"])}
<div class="wrap">
<div class="article" style="float:none;width:auto">
<div class="pos">首页 / 时政要闻</div>
<h1>{esc(title)}</h1>
<div class="sub">2025-07-16 21:08:44　来源：石阡县融媒体中心　记者：杨海燕　实习生：吴昊　编辑：龙梅　审核：田光辉</div>
<div class="cont">
{ps(body[:2])}
<img alt=""><p class="c">开幕式现场</p>
{ps(body[2:])}
</div>
<p>更多精彩内容，请下载“看石阡”APP <img alt="二维码"> 扫码下载</p>
</div></div>
<div class="ft">主办：中共石阡县委宣传部 承办：石阡县融媒体中心<br>黔ICP备20001234号-1 贵公网安备 52062302000056号 互联网新闻信息服务许可证编号：52120200007</div>
"""
add("zb-32","inst","county media centre (融媒体中心) news; 记者 + 实习生 in info bar",doc(title,INST_CSS,h),
    title, ["杨海燕","吴昊"], "2025-07-16 21:08:44", body, note="实习生 counted as reporter")

# ---------- zb-33 state enterprise news: 作者 + 单位 closing line
title = "国网宁夏电力完成宁东—湖南±800千伏特高压直流工程配套送出线路建设"
body = [
 "9月26日，随着最后一基铁塔组立完成、导线展放到位，国网宁夏电力公司承建的宁东—湖南±800千伏特高压直流输电工程宁夏段配套750千伏送出线路全线贯通，比计划工期提前15天。",
 "该工程是国家“西电东送”重点工程，起于宁夏宁东能源化工基地，止于湖南衡阳，线路全长1634公里。工程投运后，每年可向湖南输送电量360亿千瓦时以上，其中新能源电量占比超过50%。",
 "宁夏段配套送出线路全长211公里，新建铁塔418基，沿线穿越腾格里沙漠边缘和多处黄河湿地，施工难度大、环保要求高。建设过程中，项目部采用无人机展放导引绳、全过程机械化施工等新技术，减少植被破坏面积约3万平方米。",
 "目前，工程已转入验收阶段，预计年内具备投运条件。",
 "（作者单位：国网宁夏电力有限公司建设部）",
]
h = f"""
<div class="hd">国网宁夏电力有限公司<small>STATE GRID NINGXIA</small><span class="links"><a href="#">网上国网</a><a href="#">95598</a><a href="#">English</a></span></div>
{nav(["首页","公司概况","新闻中心","信息公开","客户服务","社会责任","党的建设"])}
<div class="wrap">
<div class="article" style="float:none;width:auto">
<div class="pos">首页 &gt; 新闻中心 &gt; 公司要闻</div>
<h1>{esc(title)}</h1>
<div class="sub">来源：国网宁夏电力　作者：马  旭 苏  琳　发布时间：2024年9月27日　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="cont">{ps(body[:2])}
<img alt="施工人员在高空展放导线">
<p class="c">施工人员在高空展放导线。马旭 摄</p>
{ps(body[2:])}</div>
<div class="ftline">【责任编辑：丁一】</div>
</div></div>
<div class="ft">国网宁夏电力有限公司 版权所有 © 2024<br>宁ICP备05000256号 宁公网安备 64010402000315号</div>
"""
add("zb-33","inst","state enterprise news; spaced names in 作者 field; closing 作者单位 line",doc(title,INST_CSS,h),
    title, ["马旭","苏琳"], "2024年9月27日", body[:4],
    note="（作者单位：…）stands as its own paragraph: a credit line, not body")

# ---------- zb-34 trade association: no author, 来源 秘书处, 日期 only
title = "中国建筑装饰协会召开2025年度行业标准化工作会议"
body = [
 "3月21日，中国建筑装饰协会2025年度行业标准化工作会议在杭州召开。协会标准化工作委员会委员、标准主编单位代表及有关专家等120余人参加会议。",
 "会议总结了2024年度协会标准化工作。一年来，协会共发布团体标准18项，立项34项，涉及装配式装修、建筑幕墙、室内环境治理、适老化改造等领域；其中《住宅装配式装修工程技术规程》等3项标准被地方住建部门采信引用。",
 "会议发布了2025年度标准制修订计划，重点围绕城市更新、既有建筑绿色改造、智能家居集成等方向新立项标准26项，并对标准编制进度管理、征求意见和审查程序提出了明确要求。",
 "会议强调，各主编单位要坚持“急用先行、成熟先上”原则，提高标准编制质量和时效，加强标准宣贯培训和实施效果评估，更好发挥标准对行业高质量发展的引领作用。",
 "会上，5家单位作了标准编制经验交流发言。",
]
h = f"""
<div class="hd">中国建筑装饰协会<small>China Building Decoration Association</small><span class="links"><a href="#">会员登录</a><a href="#">入会申请</a></span></div>
{nav(["首页","协会概况","新闻动态","通知公告","行业标准","资质评价","会员服务","党建工作"])}
<div class="wrap">
<div class="side"><h2>新闻动态</h2><ul><li><a href="#">协会动态</a></li><li><a href="#">行业资讯</a></li><li><a href="#">地方协会</a></li></ul></div>
<div class="article">
<div class="pos">首页 &gt; 新闻动态 &gt; 协会动态</div>
<h1>{esc(title)}</h1>
<div class="sub">日期：2025-03-24　来源：标准化工作委员会秘书处　阅读：358</div>
<div class="cont">{ps(body)}<img alt="会议现场"><p class="c">会议现场</p></div>
<div class="ftline"><a href="#">返回列表</a></div>
</div></div>
<div class="ft">中国建筑装饰协会 版权所有 地址：北京市海淀区三里河路9号 电话：010-88083950<br>京ICP备05034588号-1</div>
"""
add("zb-34","inst","trade association news, no author",doc(title+"-中国建筑装饰协会",INST_CSS,h),
    title, [], "2025-03-24", body)
