"""xl-36 … xl-40: institutions (university, hospital, state enterprise, association, procuratorate)."""
from kit import Page, P, H, Q, LI, BRS, TBL, G, X, FIG, doc, esc, links, ul, GIF
from furniture import (searchbox, nav, crumb, qr, related, prevnext, gov_footer)

NL = "\n"


# ------------------------------------------------------------------ xl-36 university
CSS_36 = """
body{margin:0;font-family:"Microsoft YaHei";background:#f5f5f5;color:#333}
.u-top{background:#7a1c1c;color:#f3dede;font-size:13px;line-height:32px;padding:0 calc(50% - 600px)}.u-top a{color:#f3dede;margin-right:12px}
.u-head{background:#8f2020;height:110px;display:flex;align-items:center;justify-content:space-between;padding:0 calc(50% - 600px);color:#fff}
.u-head .nm{font-size:32px}.u-head .nm small{display:block;font-size:13px;letter-spacing:1px}
.u-nav{background:#fff;border-bottom:1px solid #ddd;text-align:center}.u-nav a{display:inline-block;padding:0 22px;line-height:48px;font-size:16px}
.u-main{width:1200px;margin:20px auto;display:flex;gap:24px}
.u-side{width:240px;background:#fff}.u-side h3{background:#8f2020;color:#fff;margin:0;line-height:54px;text-align:center}
.u-side li{list-style:none;border-bottom:1px solid #eee;line-height:44px;padding-left:20px}
.u-art{flex:1;background:#fff;padding:26px 50px}
.u-art .loc{font-size:13px;color:#999;border-bottom:1px solid #eee;padding-bottom:10px}
.u-art h1{font-size:26px;text-align:center;color:#8f2020;line-height:1.5}
.u-art .ainfo{text-align:center;font-size:13px;color:#888;background:#fafafa;line-height:34px}
.v_news_content p{font-size:16px;line-height:2;text-indent:2em;margin:0 0 10px}
.v_news_content h4{font-size:16px;text-indent:2em;margin:14px 0 8px}
.pic{text-align:center}.pic-cap{text-indent:0!important;text-align:center;font-size:14px!important;color:#666}
.u-art .edit{text-align:right;font-size:14px;color:#666}
.u-foot{background:#4a1010;color:#d9bcbc;text-align:center;font-size:13px;line-height:2;padding:20px}
"""


def tpl_36(p):
    body = p.body_html()
    return doc(p.title + "-江汉理工大学新闻网", CSS_36, f"""
<div class="u-top"><a href="#">学校主页</a><a href="#">信息门户</a><a href="#">English</a><a href="#">无障碍浏览</a></div>
<div class="u-head"><div class="nm"><img alt="校徽"> 江汉理工大学新闻网<small>JIANGHAN UNIVERSITY OF TECHNOLOGY NEWS</small></div>{searchbox('请输入关键字', '搜索')}</div>
<div class="u-nav">{links(['首页','江理要闻','综合新闻','学术动态','院部风采','媒体江理','图说江理','视频江理','理工人物','校报'], sep=NL)}</div>
<div class="u-main">
<div class="u-side"><h3>综合新闻</h3><ul><li><a href="#">教学科研</a></li><li><a href="#">学生工作</a></li><li><a href="#">合作交流</a></li><li><a href="#">校园文化</a></li></ul></div>
<div class="u-art">
<div class="loc">当前位置：<a href="#">首页</a> &gt;&gt; <a href="#">综合新闻</a> &gt;&gt; 正文</div>
<h1>{p.title}</h1>
<div class="ainfo">作者：刘思彤 张可欣　来源：机械工程学院　摄影：王博　发布时间：{p.time}　浏览次数：<span>1256</span></div>
<div class="v_news_content">
{body}
</div>
<p class="edit">（编辑：周洁　审核：李涛）</p>
{prevnext('我校召开2024年暑期学科竞赛工作推进会', '我校学子在全国大学生机械创新设计大赛中获佳绩', lp='上一条：', ln='下一条：')}
{related('相关新闻', [('我校学子在全国大学生智能车设计大赛区域赛中获佳绩', '2024-07-15'), ('“追风者”团队：让智能车跑得更快', '2024-05-30'), ('我校学子在第九届全国大学生智能车设计大赛中获二等奖', '2023-08-28')])}
</div></div>
<div class="u-foot">版权所有 © 江汉理工大学 党委宣传部　地址：湖北省武汉市洪山区理工大道99号　邮编：430081<br>鄂ICP备05003291号　鄂公网安备 42011102003345号</div>
""")


P36 = Page(
    "xl-36", "institution", "江汉理工大学新闻网（湖北高校）",
    "我校学子在第十届全国大学生智能车设计大赛中获一等奖", ["刘思彤", "张可欣"], "2024-08-26",
    [
        P("8月22日至25日，第十届全国大学生智能车设计大赛总决赛在南京举行。我校机械工程学院“追风者”团队在智能车竞速赛项目中以总成绩第三名的成绩斩获全国一等奖，这是我校在该赛事中取得的最好成绩。"),
        FIG("获奖团队", "“追风者”团队成员在颁奖现场合影"),
        P("本届大赛共有来自全国280余所高校的600余支队伍参加，分为竞速赛、创意赛和工程挑战赛三个类别。“追风者”团队由5名本科生组成，在指导教师陈立新、黄莹的带领下，经过校赛、区域赛层层选拔进入总决赛。"),
        H("三百多个日夜的打磨", "<h4>{}</h4>"),
        P("备赛期间，团队成员几乎每天都泡在实验室里。从车模结构优化、电路板设计到控制算法调试，每一个环节都经过了反复试验。队长、2021级车辆工程专业学生吴昊说：“光是转向控制算法，我们就改了四十多个版本，最后把过弯速度提高了近20%。”"),
        P("决赛现场，赛道复杂多变，对车辆的识别和控制能力提出了很高要求。团队成员沉着应对，在第二轮比赛中跑出了全场第二快的单圈成绩。"),
        H("以赛促学 以赛促教", "<h4>{}</h4>"),
        P("近年来，学校坚持“以赛促学、以赛促教、以赛促创”，建设了大学生创新实践基地，每年投入专项经费支持学科竞赛。2023年以来，我校学生在各类国家级学科竞赛中获奖200余项。"),
    ],
    tpl_36,
    features="高校新闻网（VSB风格）；信息栏“作者：两人 来源：学院 摄影：… 发布时间 浏览次数”；编辑审核括号行；小标题；指导教师、队长等人名在正文中（非作者）；相关新闻重复标题词。",
)


# ------------------------------------------------------------------ xl-37 hospital
CSS_37 = """
body{margin:0;font-family:"Microsoft YaHei";background:#fff;color:#333}
.h-top{background:#e9f6f4;font-size:13px;line-height:34px;padding:0 calc(50% - 590px)}.h-top span{float:right}
.h-head{height:100px;display:flex;align-items:center;justify-content:space-between;padding:0 calc(50% - 590px)}
.h-head .nm{font-size:30px;color:#00897b;font-weight:bold}.h-head .tel{color:#00897b;font-size:18px}
.h-nav{background:#00897b}.h-nav .in{width:1180px;margin:0 auto;display:flex}.h-nav a{flex:1;text-align:center;color:#fff;line-height:50px}
.quick{width:1180px;margin:14px auto;display:flex;gap:12px}.quick a{flex:1;background:#f1faf8;border:1px solid #cde9e4;text-align:center;line-height:44px;color:#00897b}
.h-main{width:1180px;margin:0 auto;display:flex;gap:24px}
.h-left{width:250px}.h-left h3{background:#00897b;color:#fff;margin:0;line-height:48px;padding-left:16px}.h-left li{list-style:none;line-height:42px;border-bottom:1px dashed #ddd;padding-left:16px}
.h-art{flex:1}
.h-art .pos{font-size:13px;color:#888;border-bottom:2px solid #00897b;line-height:36px}
.h-art h1{font-size:25px;text-align:center;line-height:1.5;margin:24px 0 10px}
.h-art .meta{text-align:center;font-size:13px;color:#999;margin-bottom:20px}
.h-art .content p{font-size:16px;line-height:2;text-indent:2em;margin:0 0 10px}
.h-art .content h3{font-size:17px;color:#00897b;margin:18px 0 8px}
.pic{text-align:center}.pic-cap{text-indent:0!important;text-align:center;font-size:14px!important;color:#666}
.h-foot{background:#263238;color:#aab4b8;text-align:center;font-size:13px;line-height:2;padding:24px;margin-top:30px}
"""


def tpl_37(p):
    body = p.body_html()
    return doc(p.title + "-芜湖市滨江医院", CSS_37, f"""
<div class="h-top">欢迎访问芜湖市滨江医院官方网站<span><a href="#">长者模式</a> | <a href="#">无障碍</a> | <a href="#">院务公开</a> | <a href="#">English</a></span></div>
<div class="h-head"><div class="nm"><img alt="医院标志"> 芜湖市滨江医院</div><div class="tel">预约挂号：0553-5896120</div>{searchbox('搜索科室、医生、疾病', '搜索')}</div>
<div class="h-nav"><div class="in">{links(['首页','医院概况','新闻中心','科室导航','专家介绍','就医指南','健康科普','党建文化','人才招聘'], sep=NL)}</div></div>
<div class="quick"><a href="#">预约挂号</a><a href="#">门诊排班</a><a href="#">检查报告查询</a><a href="#">住院须知</a><a href="#">来院路线</a></div>
<div class="h-main">
<div class="h-left"><h3>新闻中心</h3><ul><li><a href="#">医院要闻</a></li><li><a href="#">科室动态</a></li><li><a href="#">媒体聚焦</a></li><li><a href="#">通知公告</a></li></ul>
{qr('关注医院微信公众号 在线预约挂号', '医院公众号二维码')}</div>
<div class="h-art">
<div class="pos">您的位置：<a href="#">首页</a> &gt; <a href="#">新闻中心</a> &gt; <a href="#">科室动态</a></div>
<h1>{p.title}</h1>
<div class="meta">发布时间：{p.time}　来源：心血管内科　撰稿：陶敏　审核：宣传科　点击：892</div>
<div class="content">
{body}
</div>
{prevnext('我院开展“世界肾脏日”义诊活动', '我院心血管内科成功开展首例左心耳封堵术')}
</div></div>
<div class="h-foot">芜湖市滨江医院　地址：芜湖市鸠江区滨江路188号　急诊电话：0553-5896999<br>皖ICP备13021008号　皖公网安备 34020702000568号　本网站信息仅供参考，不能作为诊断及医疗的依据</div>
""")


P37 = Page(
    "xl-37", "institution", "芜湖市滨江医院（安徽医院）",
    "我院成功为一名92岁高龄患者实施经导管主动脉瓣置换术", ["陶敏"], "2024-03-15 16:08:44",
    [
        P("近日，我院心血管内科团队成功为一名92岁重度主动脉瓣狭窄患者实施经导管主动脉瓣置换术（TAVR）。术后第三天，患者即可下床活动，目前已康复出院。"),
        P("患者王老先生反复胸闷、气促两年多，近一个月来症状明显加重，稍微活动就喘不上气，夜间无法平卧。入院检查发现，他患有重度主动脉瓣狭窄，同时合并高血压、慢性肾功能不全等多种基础疾病。"),
        P("“患者年龄大、基础疾病多，传统开胸手术风险极高，家属也难以接受。”心血管内科主任鲁建平介绍，经过心内科、心外科、麻醉科、影像科等多学科会诊，团队决定为患者实施经导管主动脉瓣置换术。"),
        FIG("手术现场", "手术团队正在为患者实施手术"),
        P("手术在局部麻醉下进行，医生通过患者大腿根部的股动脉，将人工瓣膜经导管输送到主动脉瓣位置并释放。整个手术历时约1小时，出血极少。术后复查显示，人工瓣膜位置良好、功能正常。"),
        H("专家提醒", "<h3>{}</h3>"),
        P("主动脉瓣狭窄是老年人常见的心脏瓣膜病，早期症状不明显，容易被忽视。老年人如果出现活动后胸闷、气短、头晕甚至晕厥等症状，应及时到医院就诊，做心脏超声检查明确诊断。"),
    ],
    tpl_37,
    features="医院官网新闻；预约挂号快捷入口条；信息栏“发布时间 来源：科室 撰稿：陶敏 审核：宣传科”（撰稿人为作者，科室和审核不是）；时间带秒；引语中的主任姓名（非作者）；“专家提醒”小标题。",
)


# ------------------------------------------------------------------ xl-38 state enterprise
CSS_38 = """
body{margin:0;font-family:"Microsoft YaHei";background:#f2f2f2;color:#333}
.e-head{background:#fff;height:96px;display:flex;align-items:center;justify-content:space-between;padding:0 calc(50% - 600px);border-bottom:3px solid #b3541e}
.e-head .nm{font-size:28px;color:#b3541e;font-weight:bold}.e-head .nm small{display:block;font-size:12px;color:#999;font-weight:normal}
.e-head .lang a{margin-left:10px;font-size:13px}
.e-nav{background:#b3541e}.e-nav .in{width:1200px;margin:0 auto}.e-nav a{display:inline-block;color:#fff;line-height:50px;padding:0 26px}
.e-banner{height:160px;background:#8a3d12;color:#fbe3d2;font-size:28px;display:flex;align-items:center;justify-content:center}
.e-main{width:1200px;margin:20px auto;background:#fff;padding:30px 60px;box-sizing:border-box}
.e-main .pos{font-size:13px;color:#999}
.e-main h1{text-align:center;font-size:26px;margin:20px 0 12px}
.e-main .inf{text-align:center;color:#999;font-size:13px;border-bottom:1px solid #eee;padding-bottom:12px}
.e-main .art p{font-size:16px;line-height:2;text-indent:2em;margin:0 0 10px}
.e-main .art .by{text-align:right}
.pic{text-align:center}.pic-cap{text-indent:0!important;text-align:center;color:#666;font-size:14px!important}
.e-main .pn{border-top:1px solid #eee;margin-top:20px;padding-top:10px}
.e-foot{background:#3a2418;color:#c9b3a5;font-size:13px;line-height:2;padding:24px 0}.e-foot .in{width:1200px;margin:0 auto;display:flex;justify-content:space-between}
"""


def tpl_38(p):
    body = p.body_html()
    return doc(p.title + "-江西赣鄱铜业集团有限公司", CSS_38, f"""
<div class="e-head"><div class="nm">江西赣鄱铜业集团有限公司<small>JIANGXI GANPO COPPER GROUP CO., LTD.</small></div><div class="lang"><a href="#">中文</a><a href="#">English</a><a href="#">OA登录</a><a href="#">邮箱</a></div>{searchbox('站内搜索', '')}</div>
<div class="e-nav"><div class="in">{links(['首页','走进赣铜','新闻中心','党建工作','产业板块','科技创新','安全环保','社会责任','人力资源','信息公开'], sep=NL)}</div></div>
<div class="e-banner">安全第一　预防为主　综合治理</div>
<div class="e-main">
<div class="pos">当前位置：<a href="#">首页</a> &gt; <a href="#">新闻中心</a> &gt; <a href="#">集团要闻</a></div>
<h1>{p.title}</h1>
<div class="inf">发布日期：{p.time}　来源：党委宣传部　浏览：2173次　【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="art">
{body}
</div>
<p>编辑：钟晨　审核：胡立</p>
<div class="pn">{prevnext('集团公司召开2024年党风廉政建设和反腐败工作会议', '集团公司开展节后复工安全大检查')}</div>
{related('相关新闻', [('集团公司召开2023年安全生产工作会议', '2023-02-21'), ('集团公司部署2024年安全生产重点工作', '2024-01-30'), ('集团公司召开安全生产专题会议', '2024-02-05')])}
</div>
<div class="e-foot"><div class="in"><div>版权所有：江西赣鄱铜业集团有限公司　地址：江西省南昌市红谷滩区赣江中大道198号<br>赣ICP备08004321号-1　赣公网安备 36010902000611号　技术支持：集团信息中心</div>
<div>{qr('扫一扫 关注赣铜集团', '赣铜集团公众号')}</div></div></div>
""")


P38 = Page(
    "xl-38", "institution", "江西赣鄱铜业集团有限公司（国有企业官网）",
    "集团公司召开2024年安全生产工作会议", ["袁帅", "邱丽"], "2024-02-27",
    [
        P("2月26日，集团公司召开2024年安全生产工作会议，总结2023年安全生产工作，分析当前形势，部署2024年重点任务。集团公司党委书记、董事长程国栋出席会议并讲话。"),
        FIG("会议现场", "会议现场", gif=True),
        P("会议指出，2023年，集团公司各单位认真落实安全生产责任制，深入开展重大事故隐患专项排查整治，全年未发生较大及以上生产安全事故，安全生产形势总体稳定。"),
        P("会议强调，安全生产是企业发展的生命线。各单位要清醒认识当前面临的风险挑战，重点抓好以下工作："),
        P("一是压紧压实全员安全生产责任，层层签订责任书，做到横向到边、纵向到底；"),
        P("二是深化重大事故隐患排查治理，对尾矿库、危化品、有限空间等重点领域开展“拉网式”排查；"),
        P("三是加快推进智能化改造，以“机械化换人、自动化减人”降低井下作业风险；"),
        P("四是加强安全培训和应急演练，提升员工安全意识和应急处置能力。"),
        P("会上，集团公司与各二级单位签订了2024年安全生产目标责任书，3家单位作了交流发言。"),
        P("集团公司领导班子成员，各二级单位主要负责人、安全分管负责人参加会议。"),
        X('<p class="by">（记者 袁帅 通讯员 邱丽）</p>'),
    ],
    tpl_38,
    features="国企官网集团要闻；英文公司名；标语横幅；结尾独立一行“（记者 袁帅 通讯员 邱丽）”（作者，不入正文）；讲话领导姓名在正文（非作者）；“一是…四是”列表；编辑审核行；相关新闻重复“安全生产工作会议”；扫一扫。",
)


# ------------------------------------------------------------------ xl-39 association
CSS_39 = """
body{margin:0;font-family:"Microsoft YaHei";font-size:14px;background:#fff;color:#333}
.a-top{background:#1565c0;color:#fff;height:90px;display:flex;align-items:center;padding:0 calc(50% - 560px);justify-content:space-between}
.a-top .nm{font-size:26px}.a-top .nm small{display:block;font-size:12px;opacity:.8}
.a-top a{color:#fff}
.a-nav{border-bottom:1px solid #ddd}.a-nav .in{width:1120px;margin:0 auto}.a-nav a{display:inline-block;line-height:46px;padding:0 20px;font-size:15px}
.a-wrap{width:1120px;margin:20px auto;display:flex;gap:24px}
.a-side{width:240px}.a-side .box{border:1px solid #e0e0e0;margin-bottom:16px}.a-side h4{margin:0;background:#f5f7fa;line-height:40px;padding-left:12px;border-bottom:1px solid #e0e0e0}
.a-side li{list-style:none;line-height:36px;padding-left:12px}
.a-cont{flex:1}
.a-cont .tt{font-size:22px;text-align:center;font-weight:bold;margin:16px 0}
.a-cont .meta{text-align:center;font-size:13px;color:#999;border-bottom:1px dashed #ddd;padding-bottom:12px}
.a-cont .text p{font-size:16px;line-height:2;text-indent:2em;margin:0}
.a-cont .text .c{text-align:center;text-indent:0}.a-cont .text .l{text-indent:0}.a-cont .text .r{text-align:right}
.a-cont .text ul{margin:0;padding-left:4em}.a-cont .text li{font-size:16px;line-height:2}
.down{background:#f5f7fa;padding:10px 16px;margin-top:16px}
.a-foot{background:#263238;color:#b0bec5;text-align:center;font-size:12px;line-height:2;padding:20px}
"""


def tpl_39(p):
    body = p.body_html()
    return doc(p.title, CSS_39, f"""
<div class="a-top"><div class="nm">重庆市智能制造产业协会<small>Chongqing Intelligent Manufacturing Industry Association</small></div><div><a href="#">会员登录</a> | <a href="#">入会申请</a> | <a href="#">联系我们</a></div></div>
<div class="a-nav"><div class="in">{links(['首页','协会概况','通知公告','协会动态','行业资讯','会员风采','政策法规','培训服务','党建工作'], sep=NL)}</div></div>
<div class="a-wrap">
<div class="a-side"><div class="box"><h4>通知公告</h4><ul><li><a href="#">协会通知</a></li><li><a href="#">会议通知</a></li><li><a href="#">培训通知</a></li><li><a href="#">评选公示</a></li></ul></div>
<div class="box"><h4>联系我们</h4><p>地址：重庆市两江新区金渝大道88号</p><p>电话：023-67881520</p><p>邮箱：xiehui@example.org.cn</p></div>
<div class="box">{qr('扫码关注协会公众号', '协会公众号二维码')}</div></div>
<div class="a-cont">
<div class="pos">首页 &gt; 通知公告 &gt; 培训通知</div>
<div class="tt">{p.title}</div>
<div class="meta">发布者：协会秘书处　发布时间：{p.time}　浏览量：367</div>
<div class="text">
{body}
</div>
<div class="down">附件下载：<a href="#">附件：2024年智能制造系统解决方案专题培训班报名回执表.docx</a></div>
{prevnext('关于开展2024年度重庆市智能制造优秀案例征集的通知', '关于召开协会第三届会员代表大会第二次会议的通知')}
</div></div>
<div class="a-foot">重庆市智能制造产业协会 版权所有　渝ICP备17008762号-1　渝公网安备 50019202000452号<br>社会组织登记证号：51500000MJP1234567　技术支持：重庆某某网络科技有限公司</div>
""")


P39 = Page(
    "xl-39", "institution", "重庆市智能制造产业协会（行业协会官网）",
    "关于举办2024年智能制造系统解决方案专题培训班的通知", [], "2024-05-21",
    [
        X('<p class="c">渝智协〔2024〕21号</p>'),
        P("各会员单位、有关企业：", '<p class="l">{}</p>'),
        P("为帮助企业系统掌握智能制造规划与实施方法，提升数字化转型能力，协会定于2024年6月举办智能制造系统解决方案专题培训班。现将有关事项通知如下："),
        H("一、培训时间和地点", '<p class="l"><b>{}</b></p>'),
        P("培训时间：2024年6月13日至14日（6月12日下午报到）。培训地点：重庆市两江新区金渝大道88号协会培训中心三楼报告厅。"),
        H("二、培训内容", '<p class="l"><b>{}</b></p>'),
        LI(["（一）智能制造能力成熟度评估方法及案例解析；",
            "（二）数字化车间与智能工厂规划设计要点；",
            "（三）工业互联网平台选型与实施路径；",
            "（四）智能制造项目申报政策解读。"]),
        H("三、参训对象", '<p class="l"><b>{}</b></p>'),
        P("各会员单位分管生产、技术、信息化工作的负责人及相关技术骨干，每家单位限报3人。"),
        H("四、报名方式", '<p class="l"><b>{}</b></p>'),
        P("请于6月7日前将报名回执表发送至协会邮箱。本次培训不收取培训费，食宿及交通费用自理。"),
        P("联系人：邓老师　联系电话：023-67881520"),
        P("附件：2024年智能制造系统解决方案专题培训班报名回执表"),
        P("重庆市智能制造产业协会", '<p class="r">{}</p>'),
        P("2024年5月20日", '<p class="r">{}</p>'),
    ],
    tpl_39,
    features="行业协会通知；文号行不入正文；“发布者：协会秘书处”（机构，authors=[]）；主送、列表、联系人、附件说明、署名、成文日期入正文；附件下载链接、上一篇/下一篇；社会组织登记证号页脚。",
)


# ------------------------------------------------------------------ xl-40 procuratorate
CSS_40 = """
body{margin:0;font-family:"Microsoft YaHei";background:#f0f2f5;color:#222}
.j-top{background:#1c3f7c;color:#dbe4f3;font-size:13px;line-height:34px;padding:0 calc(50% - 600px)}.j-top a{color:#dbe4f3;margin-left:14px}.j-top span{float:right}
.j-head{height:130px;background:#234c93;display:flex;align-items:center;padding:0 calc(50% - 600px);color:#fff;gap:16px}
.j-head .nm{font-size:34px;letter-spacing:2px}
.j-nav{background:#fff;border-bottom:3px solid #234c93}.j-nav .in{width:1200px;margin:0 auto;display:flex}.j-nav a{flex:1;text-align:center;line-height:52px;font-size:16px}
.j-main{width:1200px;margin:20px auto;background:#fff;padding:32px 80px;box-sizing:border-box}
.j-main .dq{font-size:13px;color:#888}
.j-main h1{font-size:27px;text-align:center;color:#234c93;line-height:1.5;margin:20px 0 10px}
.j-main .xx{text-align:center;font-size:14px;color:#888;margin-bottom:24px}
.j-main .zw p{font-size:17px;line-height:2;text-indent:2em;margin:0 0 12px}
.pic{text-align:center}.pic-cap{text-indent:0!important;text-align:center;font-size:14px!important;color:#666}
.j-main .sm{font-size:14px;color:#666;text-align:right}
.j-main .gn{display:flex;justify-content:flex-end;gap:16px;font-size:14px;color:#666;border-top:1px solid #eee;padding-top:12px}
.j-foot{background:#1c3f7c;color:#b8c6de;text-align:center;font-size:13px;line-height:2;padding:24px}
"""


def tpl_40(p):
    body = p.body_html()
    return doc(p.title, CSS_40, f"""
<div class="j-top">今天是2024年11月5日 星期二<span><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">简体</a>/<a href="#">繁體</a><a href="#">12309检察服务中心</a></span></div>
<div class="j-head"><img alt="检徽"><span class="nm">襄阳市樊西区人民检察院</span>{searchbox('请输入关键词', '搜索')}</div>
<div class="j-nav"><div class="in">{links(['首页','检察动态','检务公开','案件信息','未成年人检察','公益诉讼','以案释法','检察文化','12309'], sep=NL)}</div></div>
<div class="j-main">
<div class="dq">当前位置：<a href="#">首页</a> &gt; <a href="#">检察动态</a> &gt; <a href="#">工作动态</a></div>
<h1>{p.title}</h1>
<div class="xx">时间：{p.time}　来源：樊西区人民检察院　作者：任佳怡　阅读量：634</div>
<div class="zw">
{body}
</div>
<p class="sm">编辑：孟凡　审核：党组成员、副检察长 周建新</p>
<div class="gn"><a href="#">【打印】</a><a href="#">【关闭】</a><a href="#">【收藏】</a></div>
{prevnext('樊西区检察院开展“检察开放日”活动', '樊西区检察院：公益诉讼守护汉江生态')}
{related('相关阅读', [('樊西区检察院：打击整治养老诈骗 守护老年人“钱袋子”', '2024-06-12'), ('以案释法｜“免费体检”背后的养老诈骗陷阱', '2024-09-30'), ('检察官进社区：防范养老诈骗 守好“养老钱”', '2024-10-18')])}
</div>
<div class="j-foot">主办：襄阳市樊西区人民检察院　地址：襄阳市樊西区檀溪路120号　邮编：441021<br>鄂ICP备15011239号-1　鄂公网安备 42060602000213号　检察服务热线：12309</div>
""")


P40 = Page(
    "xl-40", "institution", "襄阳市樊西区人民检察院（检察院官网）",
    "樊西区检察院：“小案”办出温度 帮助老人追回养老钱", ["任佳怡"], "2024-11-05 10:20",
    [
        P("“这笔钱是我攒了好几年的养老钱，本来以为要不回来了，真是太感谢你们了！”近日，年过七旬的张大爷拿着退回的2.6万元，专程来到樊西区人民检察院表示感谢。"),
        P("今年5月，张大爷在小区门口参加了一场所谓的“健康讲座”，被推销人员以“包治百病”为噱头诱导购买了所谓的保健品，前后共花费2.6万元。事后，张大爷发现产品根本没有宣传的效果，才意识到上当受骗。"),
        P("公安机关侦破案件后，将涉嫌诈骗的犯罪嫌疑人移送樊西区人民检察院审查起诉。承办检察官在审查中发现，该团伙以老年人为主要目标，采取“免费体检、赠送礼品”等方式吸引老人参加讲座，再夸大产品功效高价推销，涉案老年人达40余名。"),
        FIG("退赔现场", "检察官向被害人返还退赔款"),
        P("“对老年人来说，追回被骗的钱比什么都重要。”承办检察官说，在依法追诉犯罪的同时，检察院积极开展追赃挽损工作，督促犯罪嫌疑人退赃退赔。最终，40余名老年被害人的损失全部追回。"),
        P("据了解，今年以来，樊西区人民检察院持续开展打击整治养老诈骗专项行动，办理涉养老诈骗案件9件，帮助老年人挽回经济损失80余万元，并深入社区开展防范养老诈骗宣传20余场。"),
    ],
    tpl_40,
    features="检察院官网工作动态；“时间 来源 作者 阅读量”信息栏；编辑、审核（含职务的人名）不是作者；冒号标题含引号；相关阅读重复“养老诈骗”“养老钱”；12309链接。",
)
