"""Institution pages xx-36 ... xx-40 (university, hospital, state enterprise, court,
association)."""
from lib import BR, G, H, L, P, PS, T, X, img, links, nav, search, ul_links

PAGES = []


def page(**kw):
    PAGES.append(kw)


# --------------------------------------------------------------------------- xx-36
# 河南 university news: info bar with 作者 / 通讯员 (a minority name with a middle dot)
# / 摄影 / 编辑 / 审核; a 摘要 box that repeats the lead (site summary, not body).
CSS36 = """
body{margin:0;font-family:"Microsoft YaHei";background:#f4f1ea;color:#333}
.top{background:#7a1f2b;color:#f3dcb2;padding:6px 8%;font-size:13px;text-align:right}.top a{color:#f3dcb2;margin-left:12px}
.logo{background:#8f2634;color:#fff;padding:20px 8%;font-size:30px;font-family:"华文行楷"}
.logo small{display:block;font:13px Arial;letter-spacing:2px}
.nav ul{list-style:none;margin:0;padding:0 8%;background:#6b1a25;display:flex}.nav a{color:#fff;padding:10px 18px;display:block}
.page{width:1000px;margin:18px auto;background:#fff;padding:24px 50px}
.where{font-size:13px;color:#888}
h1{font-size:26px;text-align:center;color:#7a1f2b}
.info{font-size:13px;color:#888;text-align:center;line-height:2}
.summary{background:#faf6ee;border:1px solid #e8dcc4;padding:10px 16px;font-size:14px;color:#777;margin:12px 0}
.v_news_content p{font-size:16px;line-height:2;text-indent:2em}
.v_news_content h4{font-size:16px;color:#7a1f2b}
.foot{background:#6b1a25;color:#e9d3ad;font-size:12px;text-align:center;padding:16px;line-height:2}
"""

page(
    id="xx-36", kind="institution", lang="zh",
    head="学校召开2024年本科教育教学工作会议-豫东理工学院新闻网",
    title="学校召开2024年本科教育教学工作会议",
    authors=["张晓晴", "阿依努尔·吐尔逊"],
    publish_time="2024-05-18",
    css=CSS36,
    parts=[
        X("""<div class="top"><a href="#">English</a><a href="#">信息门户</a><a href="#">图书馆</a><a href="#">无障碍</a></div>
<div class="logo">豫东理工学院新闻网<small>YUDONG INSTITUTE OF TECHNOLOGY NEWS</small></div>""" +
          nav(["首页", "学校要闻", "综合新闻", "院部动态", "媒体豫工", "校园人物", "图说校园", "投稿系统"]) + """
<div class="page"><div class="where">当前位置: <a href="#">首页</a> &gt;&gt; <a href="#">学校要闻</a> &gt;&gt; 正文</div>
<h1>学校召开2024年本科教育教学工作会议</h1>
<div class="info">作者：张晓晴　通讯员：阿依努尔·吐尔逊　摄影：王鹏　编辑：赵雪　审核：钱立新<br>发布时间：2024-05-18　点击数：1206</div>
<div class="summary">摘要：5月17日，学校召开2024年本科教育教学工作会议，总结近年来本科教育教学工作，部署下一阶段重点任务。</div>
<div class="v_news_content">"""),
        P("5月17日下午，学校在图书馆报告厅召开2024年本科教育教学工作会议，总结近年来本科教育教学工作成效，分析面临的形势，部署下一阶段重点任务。校党委书记刘国栋、校长陈志明出席会议并讲话，会议由副校长孙海燕主持。"),
        P("会上，教务处处长马骏作本科教育教学工作报告。报告指出，近三年来，学校新增国家级一流本科专业建设点4个、省级一流本科课程27门，获得省级教学成果奖特等奖1项、一等奖3项，毕业生考研录取率从12.3%提高到18.6%。"),
        P("机械工程学院、化学化工学院和外国语学院负责人围绕专业建设、课程改革、实践教学等作交流发言。"),
        P("陈志明指出，本科教育是学校的立校之本。全校上下要围绕“建设高水平应用型大学”目标，重点抓好以下工作："),
        L([
            "一是优化专业结构，建立专业动态调整机制，主动对接地方产业发展需求；",
            "二是深化课程改革，推进“金课”建设，全面提升课堂教学质量；",
            "三是强化实践育人，加强校企合作和产业学院建设，提高学生解决实际问题的能力；",
            "四是完善质量保障体系，健全教学评价和反馈改进机制。",
        ], tag="ul", attrs='style="list-style:none"'),
        P("刘国栋强调，各单位要把人才培养作为中心工作，压实责任，加强教师队伍建设，推动本科教育教学改革落地见效。"),
        P("全体校领导，各职能部门、各学院负责人，教学督导和教师代表共300余人参加会议。"),
        X("""</div>
<p style="text-align:right;font-size:13px;color:#999">【<a href="#">关闭窗口</a>】</p>
<div>上一条：<a href="#">我校在河南省大学生机械创新设计大赛中获佳绩</a><br>下一条：<a href="#">外国语学院举办第十二届英语演讲比赛</a></div></div>
<div class="foot">版权所有 © 豫东理工学院　地址：河南省周口市川汇区文昌大道368号　邮编：466000<br>豫ICP备05008712号　豫公网安备 41160202000045号　学校办公室：0394-8178xxx</div>"""),
    ],
)


# --------------------------------------------------------------------------- xx-37
# 山东 hospital 健康科普: 文/图 line (spaced name; photographer not an author), a
# medical reviewer (审核) who is not an author; 免责声明 and 投稿邮箱 notes at the end.
CSS37 = """
body{margin:0;font-family:"Microsoft YaHei";color:#333;background:#fff}
.hd{display:flex;justify-content:space-between;align-items:center;padding:12px 8%;border-bottom:4px solid #0a8f8f}
.hd b{font-size:26px;color:#0a8f8f}
.hd .tel{font-size:14px;color:#0a8f8f}
.nav ul{list-style:none;margin:0;padding:0 8%;display:flex;background:#eaf7f7}.nav a{display:block;padding:10px 16px;color:#066}
.c{display:flex;width:1100px;margin:16px auto;gap:24px}
.side{width:240px;background:#f5fbfb;padding:12px;font-size:14px}
.m{flex:1}
.crumb{font-size:13px;color:#999}
h1{font-size:26px;color:#066}
.meta{font-size:13px;color:#999;border-bottom:1px dashed #cde;padding-bottom:8px}
.by{color:#666;font-size:14px}
.txt p{font-size:16px;line-height:1.9}
.txt h3{font-size:17px;color:#0a8f8f}
.shenhe{font-size:13px;color:#666;background:#f5f5f5;padding:6px 10px}
.mz{font-size:12px;color:#999}
.foot{background:#066;color:#cfe;text-align:center;font-size:12px;padding:16px;line-height:2}
"""

page(
    id="xx-37", kind="institution", lang="zh",
    head="春季花粉过敏高发 专家教你科学应对-济宁市东城医院",
    title="春季花粉过敏高发 专家教你科学应对",
    authors=["王静"],
    publish_time="2024/04/09 16:20",
    css=CSS37,
    parts=[
        X("""<div class="hd"><b>济宁市东城医院</b><span class="tel">预约挂号：0537-2368xxx　急救电话：120</span></div>""" +
          nav(["首页", "医院概况", "新闻中心", "科室导航", "专家介绍", "就医指南", "健康科普", "党建工作"]) + """
<div class="c"><div class="side"><b>健康科普</b><ul><li><a href="#">疾病预防</a></li><li><a href="#">合理用药</a></li><li><a href="#">营养膳食</a></li><li><a href="#">科普视频</a></li></ul>
<b>快速通道</b><ul><li><a href="#">门诊时间</a></li><li><a href="#">住院须知</a></li><li><a href="#">检查报告查询</a></li></ul></div>
<div class="m"><div class="crumb">首页 &gt; 健康科普 &gt; 疾病预防</div>
<h1>春季花粉过敏高发 专家教你科学应对</h1>
<div class="meta">发布时间：2024/04/09 16:20　｜　来源：宣传科　｜　浏览：3392次</div>
<p class="by">文/&nbsp;王&nbsp;&nbsp;静　图/&nbsp;李明</p>
<div class="txt">"""),
        P("春暖花开，不少人却开始“遭罪”：打喷嚏、流鼻涕、眼睛痒，甚至胸闷气喘。近期，我院变态反应门诊和呼吸科门诊接诊的过敏性鼻炎、过敏性哮喘患者明显增多，其中相当一部分是花粉过敏引起的。"),
        H("花粉过敏有哪些表现？"),
        P("花粉过敏最常见的表现是过敏性鼻炎和过敏性结膜炎，表现为阵发性喷嚏、清水样鼻涕、鼻塞、鼻痒以及眼痒、流泪等。部分患者还会出现咳嗽、胸闷、喘息等哮喘症状，少数人会出现皮肤瘙痒、荨麻疹。"),
        H("走出三个常见误区"),
        L([
            "误区一：“感冒了扛一扛就好。”花粉过敏与感冒症状相似，但过敏症状往往在接触花粉后反复出现、持续时间长，一般没有发热，应及时到医院明确诊断。",
            "误区二：“症状好了就停药。”过敏性鼻炎、哮喘需要规范治疗，擅自停药容易导致病情反复，应在医生指导下调整用药。",
            "误区三：“戴普通口罩就够了。”出门时最好佩戴能阻挡颗粒物的口罩和防护眼镜，回家后及时清洗面部和鼻腔，更换外衣。",
        ], tag="ol", attrs='style="list-style:none;padding-left:0"'),
        H("如何科学预防？"),
        P("专家建议，花粉过敏人群在花粉浓度较高的晴天、大风天尽量减少外出，尤其是上午10点至下午4点；居家时关闭门窗，可使用空气净化器；对于症状较重、反复发作的患者，可以在花粉季到来前2至4周预防性用药，必要时进行过敏原检测和脱敏治疗。"),
        X("""</div>
<p class="shenhe">审核：变态反应科 主任医师 孙立华</p>
<p class="mz">免责声明：本文仅供健康科普参考，不能替代医生的诊断和治疗建议。如有不适，请及时就医。</p>
<p class="mz">欢迎投稿：本院职工投稿请发送至宣传科邮箱 dcyyxck@example.com，来稿请注明科室、作者姓名及联系方式。</p>
<div>上一篇：<a href="#">世界防治结核病日 我院开展义诊活动</a><br>下一篇：<a href="#">儿童春季长高的“黄金期”，家长要抓住</a></div></div></div>
<div class="foot">济宁市东城医院　地址：济宁市任城区东城大道88号　<br>鲁ICP备14026681号　鲁公网安备 37081102000257号　版权所有</div>"""),
    ],
)


# --------------------------------------------------------------------------- xx-38
# 湖北 state enterprise: 通讯员 byline in the info bar (one spaced name); a 延伸阅读
# box inside the text; a 版权声明 under it.
CSS38 = """
body{margin:0;font-family:"Microsoft YaHei";background:#eef4f9;color:#333}
.header{background:#004e9e;display:flex;justify-content:space-between;align-items:center;padding:14px 10%;color:#fff}
.header b{font-size:24px}.header span a{color:#fff;margin-left:12px;font-size:13px}
.menu{background:#fff;padding:0 10%;border-bottom:1px solid #ccd}.menu a{display:inline-block;padding:12px 16px;color:#004e9e}
.main{width:900px;margin:20px auto;background:#fff;padding:26px 50px}
.loc{font-size:13px;color:#999}
.title{font-size:25px;font-weight:bold;text-align:center;margin:16px 0}
.attr{text-align:center;font-size:13px;color:#999}
.article p{font-size:16px;line-height:2;text-indent:2em}
.relate{float:right;width:220px;margin:0 0 10px 20px;border:1px solid #c5d8ec;padding:10px;font-size:13px;background:#f6faff}
.relate p{text-indent:0}
.cr{font-size:12px;color:#999;border-top:1px solid #eee;padding-top:8px;clear:both}
.footer{background:#003a75;color:#bcd;text-align:center;font-size:12px;padding:16px;line-height:2}
"""

page(
    id="xx-38", kind="institution", lang="zh",
    head="清江水电站完成2号机组A级检修 - 楚能水电开发集团有限公司",
    title="清江水电站完成2号机组A级检修",
    authors=["黄涛", "覃小燕"],
    publish_time="2024.03.28",
    css=CSS38,
    parts=[
        X("""<div class="header"><b>楚能水电开发集团有限公司</b><span><a href="#">集团邮箱</a><a href="#">OA系统</a><a href="#">English</a></span></div>
<div class="menu"><a href="#">首页</a><a href="#">集团概况</a><a href="#">新闻中心</a><a href="#">企业党建</a><a href="#">产业布局</a><a href="#">科技创新</a><a href="#">社会责任</a><a href="#">企业文化</a></div>
<div class="main"><div class="loc">首页 / 新闻中心 / 基层动态</div>
<div class="title">清江水电站完成2号机组A级检修</div>
<div class="attr">发布时间：2024.03.28　作者：通讯员 黄&nbsp;&nbsp;涛　覃小燕　来源：清江分公司　阅读：562</div>
<div class="article">"""),
        P("3月26日18时，随着2号机组并网发电成功，清江水电站2号机组A级检修工作圆满完成。此次检修历时58天，较计划工期提前4天，机组各项性能指标优良，为迎接汛期发电打下坚实基础。"),
        X("""<div class="relate"><b>延伸阅读</b><p><a href="#">清江分公司开展春季安全大检查</a></p><p><a href="#">集团公司召开2024年安全生产工作会议</a></p><p><a href="#">水电站智慧运维平台上线运行</a></p></div>"""),
        P("2号机组于2009年投产发电，此次是投产以来的第二次A级检修。检修期间，清江分公司组建了由120余名技术骨干组成的检修团队，完成了转轮修复、导叶端面密封更换、发电机定子清扫和调速系统升级等标准项目136项、技改项目9项，消除设备缺陷42项。"),
        P("面对工期紧、交叉作业多、安全风险高等困难，检修团队实行“日碰头、周调度”机制，严格执行工作票和安全技术交底制度，全过程推行标准化作业和质量验收“三级签证”，实现了检修期间安全“零事故”、质量“零返工”。"),
        P("值得一提的是，此次检修首次应用了水轮机转轮三维扫描和智能焊接技术，转轮修复精度和效率大幅提高。检修团队还针对机组运行中发现的摆度偏大问题开展专项攻关，经调整后机组摆度值降至设计标准的60%以内。"),
        P("清江分公司相关负责人表示，将以此次检修为契机，持续提升设备健康水平，全力做好迎峰度夏和防汛发电各项工作。"),
        X("""</div>
<p class="cr">版权声明：本网站所发布的内容，除注明来源外，版权均属楚能水电开发集团有限公司所有，转载请注明出处。</p>
<div style="font-size:13px">上一篇：<a href="#">集团公司与宜昌市签署战略合作协议</a>　下一篇：<a href="#">青年突击队奋战检修一线</a></div></div>
<div class="footer">楚能水电开发集团有限公司　地址：湖北省宜昌市西陵区沿江大道116号<br>鄂ICP备10012345号-1　鄂公网安备 42050202000318号</div>"""),
    ],
)


# --------------------------------------------------------------------------- xx-39
# 江西 court: case report with 【案情】【裁判】【法官说法】【法条链接】 sub-headings
# (all body); 作者 in the info bar; 相关链接 box after.
CSS39 = """
body{margin:0;font:14px/1.8 "宋体";background:#fff}
.gh{background:#9b0000;color:#ffe7a8;padding:16px 10%;font:bold 30px "黑体"}
.gh small{display:block;font:13px "宋体";color:#fff}
.nav ul{list-style:none;margin:0;padding:0 10%;background:#7a0000;display:flex}.nav a{color:#fff;display:block;padding:8px 18px}
.main{width:960px;margin:0 auto}
.bread{padding:10px 0;color:#666;border-bottom:1px solid #ddd}
.bt{font:bold 22px "黑体";text-align:center;margin:20px 0 8px}
.sx{text-align:center;color:#888}
.nr p{font-size:16px;line-height:2;text-indent:2em}
.nr p.h{text-indent:0;font-weight:bold;color:#9b0000}
.xglj{border:1px solid #ddd;padding:8px;margin:14px 0}
.foot{background:#7a0000;color:#fff;text-align:center;padding:14px;font-size:12px;line-height:2}
"""

page(
    id="xx-39", kind="institution", lang="zh",
    head="快递丢失“保价”纠纷怎么判？法官以案说法 - 上饶市广丰区人民法院",
    title="快递丢失“保价”纠纷怎么判？法官以案说法",
    authors=["胡静", "刘洋"],
    publish_time="2024-06-26 10:12:45",
    css=CSS39,
    parts=[
        X("""<div class="gh">上饶市广丰区人民法院<small>司法为民 公正司法</small></div>""" +
          nav(["首页", "法院概况", "法院新闻", "审判动态", "以案说法", "诉讼服务", "执行公开", "队伍建设"]) + """
<div class="main"><div class="bread">您的位置：首页 &gt; 以案说法</div>
<div class="sx">作者：胡静 刘洋　　发布时间：2024-06-26 10:12:45　　来源：广丰区人民法院　　【字号 <a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="bt">快递丢失“保价”纠纷怎么判？法官以案说法</div>
<div class="nr">"""),
        P("网购、寄件已成为日常生活的一部分，快递丢失、损毁引发的纠纷也随之增多。近日，广丰区人民法院审结了一起快递服务合同纠纷案件。"),
        P("【案情】", attrs='class="h"'),
        P("2023年11月，李某通过某快递公司寄送一部二手手机，支付运费18元，未办理保价服务。快递运单背面载明：未保价的快件丢失、损毁的，按照实际损失赔偿，最高不超过运费的5倍。后该快件在运输途中丢失，快递公司同意按运费5倍即90元赔偿，李某认为手机实际价值3200元，双方协商未果，李某诉至法院。"),
        P("【裁判】", attrs='class="h"'),
        P("法院经审理认为，快递公司作为格式条款提供方，未能举证证明已就限额赔偿条款向李某履行提示和说明义务，该条款对李某不发生效力。结合李某提交的购机凭证、聊天记录等证据，法院酌定手机实际价值为2600元，判决快递公司赔偿李某2600元。宣判后，双方均未上诉。"),
        P("【法官说法】", attrs='class="h"'),
        P("承办法官表示，快递企业在收寄时应当以显著方式提示寄件人保价服务和赔偿标准，否则有关限额赔偿的格式条款可能不发生效力。同时，法官提醒广大消费者，寄送贵重物品时应主动选择保价服务，如实申报物品价值，并妥善保存交易凭证，一旦发生纠纷，可依法维护自身合法权益。"),
        P("【法条链接】", attrs='class="h"'),
        P("《中华人民共和国民法典》第四百九十六条第二款：采用格式条款订立合同的，提供格式条款的一方应当遵循公平原则确定当事人之间的权利和义务，并采取合理的方式提示对方注意免除或者减轻其责任等与对方有重大利害关系的条款，按照对方的要求，对该条款予以说明。"),
        X("""</div>
<div class="xglj"><b>相关链接：</b><a href="#">网购退货运费险理赔纠纷案</a>　<a href="#">外卖餐品损毁责任如何划分</a></div>
<div style="text-align:center"><a href="#">【打印】</a>　<a href="#">【关闭】</a></div></div>
<div class="foot">上饶市广丰区人民法院版权所有　地址：上饶市广丰区永丰街道东街路1号　诉讼服务热线：12368<br>赣ICP备10007854号　赣公网安备 36112202000042号</div>"""),
    ],
)


# --------------------------------------------------------------------------- xx-40
# 山东 association: news item, 文/ byline with a spaced name inside the content area
# above the text; a separate 通知 printed in full under the article (not body).
CSS40 = """
body{margin:0;font-family:"Microsoft YaHei";background:#f7f3ec;color:#333}
.top{background:#5a3e1b;color:#f0e2c8;padding:18px 10%;font-size:26px;font-family:"华文行楷"}
.nav ul{list-style:none;margin:0;padding:0 10%;background:#704d22;display:flex}.nav a{color:#fff;padding:9px 18px;display:block}
.c{width:900px;margin:18px auto;background:#fff;padding:26px 50px}
.pos{color:#999;font-size:13px}
.c h1{text-align:center;font-size:24px}
.c .i{text-align:center;color:#999;font-size:13px}
.c .wz p{font-size:16px;line-height:2;text-indent:2em}
.notice{margin-top:26px;border:1px solid #e3d3b5;background:#fffaf0;padding:12px 20px}
.notice h3{text-align:center;color:#704d22}
.notice p{font-size:14px;line-height:1.8}
.ft{text-align:center;color:#888;font-size:12px;padding:16px;line-height:2}
"""

page(
    id="xx-40", kind="institution", lang="zh",
    head="市作协组织作家走进微山湖开展采风创作活动 - 济宁市作家协会",
    title="市作协组织作家走进微山湖开展采风创作活动",
    authors=["孔颖"],
    publish_time="2024年07月03日",
    css=CSS40,
    parts=[
        X("""<div class="top">济宁市作家协会</div>""" + nav(["首页", "协会概况", "协会动态", "会员风采", "文学评论", "作品选登", "入会指南", "联系我们"]) + """
<div class="c"><div class="pos">当前位置：首页 &gt;&gt; 协会动态 &gt;&gt; 正文</div>
<h1>市作协组织作家走进微山湖开展采风创作活动</h1>
<div class="i">发布时间：2024年07月03日　　点击：418　　<a href="#">打印</a></div>
<div class="wz"><p style="text-align:center;text-indent:0">文/&nbsp;孔&nbsp;&nbsp;颖</p>"""),
        PS([
            "6月28日至30日，济宁市作家协会组织20余名作家走进微山县，开展“湖光山色·文学微山”主题采风创作活动。",
            "采风团先后走进微山岛、南阳古镇、湿地公园和渔家民宿，乘船穿行在万亩荷花之间，听老渔民讲述湖区变迁，参观铁道游击队纪念馆，感受微山湖深厚的红色文化和独特的运河文化。",
            "在南阳古镇，作家们漫步在青石板古街，走访老手艺人，了解古镇保护和旅游发展情况。“过去只在歌里听过微山湖，这次亲眼看到碧波荡漾、荷花满湖，才真正感受到它的美。”青年作家杜晓萌说，她准备以湖区渔家的新生活为题材创作一组散文。",
            "采风期间，市作协还与微山县文联联合举办了文学创作座谈会，与会作家围绕如何讲好运河故事、写好新时代乡村变化等话题进行交流。市作协主席周振东表示，文学创作要深入生活、扎根人民，希望大家把采风中的所见所闻所感转化为优秀作品。",
            "据悉，此次采风活动创作的优秀作品将在《济宁文学》杂志和市作协公众号刊发。",
        ]),
        X("""</div>
<div class="notice"><h3>关于征集2024年度会员优秀作品的通知</h3>
<p>各位会员：</p>
<p>为展示我市文学创作成果，市作协决定征集2024年度会员优秀作品，体裁包括小说、散文、诗歌、报告文学和文学评论。请于2024年9月30日前将作品电子版发送至市作协邮箱jnzx2024@example.com，邮件标题注明“年度作品征集＋姓名”。</p>
<p style="text-align:right">济宁市作家协会<br>2024年7月1日</p></div>
<div style="margin-top:14px;font-size:13px">上一篇：<a href="#">市作协召开第六届主席团第三次会议</a>　下一篇：<a href="#">“运河之都”诗歌朗诵会举行</a></div></div>
<div class="ft">济宁市作家协会　地址：济宁市任城区太白楼中路9号　电话：0537-2231xxx<br>鲁ICP备12018865号</div>"""),
    ],
)
