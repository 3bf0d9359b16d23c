"""xo-36 … xo-40: institutions (university, hospital, state enterprise, association, court)."""
from lib import img, links, ul, dated_list, render_body, title_html, shell

CSS_INST = """
*{box-sizing:border-box}
body{margin:0;font:16px/1.8 "Microsoft YaHei","PingFang SC",sans-serif;color:#333;background:#fff}
a{color:inherit;text-decoration:none}
.head{background:var(--c,#14427a);color:#fff}
.head .in{width:1200px;margin:0 auto;display:flex;justify-content:space-between;align-items:center;height:110px}
.head .logo{font-size:28px;font-weight:bold}
.head .quick a{margin-left:14px;font-size:13px}
.menu{background:#0e3360}.menu .in{width:1200px;margin:0 auto;display:flex}
.menu a{flex:1;text-align:center;color:#fff;line-height:50px}
.banner{height:160px;background:#dde4ee;text-align:center;line-height:160px;color:#889}
.body{width:1200px;margin:0 auto;display:flex;gap:30px;padding:24px 0}
.sub-nav{width:240px}
.sub-nav h2{background:var(--c,#14427a);color:#fff;font-size:20px;margin:0;padding:14px 20px}
.sub-nav a{display:block;border-bottom:1px solid #eee;padding:10px 20px}
.detail{flex:1}
.loc{font-size:14px;color:#888;border-bottom:1px solid #e5e5e5;padding-bottom:10px}
.detail h1{font-size:26px;text-align:center;line-height:1.5;margin:26px 0 12px;color:#14427a}
.arti_metas{text-align:center;font-size:14px;color:#888;border-bottom:1px dashed #ccc;padding-bottom:12px}
.arti_metas span{margin:0 10px}
.entry{font-size:16px;line-height:2;padding:18px 0}
.entry p{margin:0 0 14px}
.dt{border-collapse:collapse;margin:10px auto;width:95%}.dt td,.dt th{border:1px solid #999;padding:5px 8px;font-size:14px}
.review{font-size:14px;color:#666;text-align:right}
.review p{margin:2px 0}
.pn{border-top:1px solid #eee;padding-top:10px;font-size:14px;line-height:2}
.foot{background:#0e3360;color:#b9c6da;text-align:center;font-size:13px;padding:22px 0;line-height:2}
"""

CSS_INST_OLD = """
body{margin:0;font:13px/1.8 宋体,SimSun;color:#222;background:#eaeaea}
a{color:#222;text-decoration:none}
.main{width:1002px;margin:0 auto;background:#fff}
.hd{height:120px;background:#7a0000;color:#fff;font-size:30px;font-weight:bold;line-height:120px;padding-left:30px}
.nv{background:#a00;height:36px;line-height:36px}
.nv a{color:#fff;font-size:15px;padding:0 18px}
.where{padding:8px 16px;background:#f6f6f6;border-bottom:1px solid #ddd}
.tit{font-size:22px;font-weight:bold;text-align:center;padding:20px 40px 8px;line-height:1.5}
.sj{text-align:center;color:#777;padding-bottom:8px;border-bottom:1px solid #ddd;margin:0 30px}
.nr{padding:16px 40px;font-size:15px;line-height:2}
.nr p{margin:0 0 10px}
.dt{border-collapse:collapse;margin:8px auto}.dt td,.dt th{border:1px solid #666;padding:4px 8px}
.tl{text-align:right;padding:0 40px 12px}
.ft{background:#7a0000;color:#eee;text-align:center;padding:14px;line-height:2}
"""


def inst_new(pg):
    body, gold = render_body(pg["blocks"], pg.get("pst", "indent"), pg.get("hst", "strong"))
    sub = "".join(f'<a href="#">{x}</a>' for x in pg["subnav"])
    html = f"""<div class="head" style="--c:{pg.get('color','#14427a')}"><div class="in"><div class="logo">{img(pg['logo_alt'], gif=True)}{pg['logo_text']}</div>
<div class="quick">{pg['quick']}<br><input type="text" placeholder="{pg.get('placeholder','请输入关键词')}"><button>搜索</button></div></div></div>
<div class="menu"><div class="in">{links(pg['menu'])}</div></div>
<div class="banner">{img('栏目banner', gif=True)}</div>
<div class="body">
<div class="sub-nav"><h2>{pg['subnav_title']}</h2>{sub}</div>
<div class="detail">
<div class="loc">{pg['crumbs']}</div>
{title_html(pg)}
<div class="arti_metas">{pg['info']}</div>
{pg.get('pre_body','')}
<div class="entry">{body}</div>
<div class="review">{pg.get('review','')}</div>
<div class="pn">{pg['prevnext']}</div>
</div></div>
<div class="foot">{pg['footer']}</div>"""
    return shell(pg, CSS_INST, html), gold


def inst_old(pg):
    body, gold = render_body(pg["blocks"], pg.get("pst", "nbsp"), pg.get("hst", "strong"))
    html = f"""<div class="main">
<div class="hd">{img(pg['logo_alt'])}{pg['logo_text']}</div>
<div class="nv">{links(pg['menu'], sep='|')}</div>
<div class="where">{pg['crumbs']}</div>
<div class="tit">{'<br>'.join(pg['title_lines'])}</div>
<div class="sj">{pg['info']}</div>
{pg.get('pre_body','')}
<div class="nr">{body}</div>
{pg.get('post_body','')}
<div class="tl">{pg.get('tools','【<a href="#">打印此页</a>】【<a href="#">关闭窗口</a>】')}</div>
<div class="where">{pg['prevnext']}</div>
<div class="ft">{pg['footer']}</div>
</div>"""
    return shell(pg, CSS_INST_OLD, html), gold


PAGES = []

# ------------------------------------------------------------------ xo-36 university
PAGES.append(dict(
    id="xo-36", layout=inst_new, kind="institution", lang="zh", site_name="苏北理工大学新闻网",
    title_lines=["机械工程学院“乡村振兴”实践团赴宿迁开展暑期社会实践"],
    authors=["葛宇航", "努尔比亚·艾合买提"], publish_time="2024-07-25",
    logo_alt="苏北理工大学", logo_text="苏北理工大学新闻网",
    quick='<a href="#">学校主页</a><a href="#">English</a><a href="#">投稿系统</a>',
    menu=["首页", "理工要闻", "综合新闻", "院部动态", "媒体理工", "校园人物", "图说理工", "视频理工"],
    subnav_title="院部动态", subnav=["理工要闻", "综合新闻", "院部动态", "媒体理工"],
    crumbs='当前位置：<a href="#">首页</a> &gt; <a href="#">院部动态</a> &gt; 正文',
    info='<span>发布时间：2024-07-25</span><span>来源：机械工程学院</span><span>浏览次数：</span>',
    blocks=[
        ("p", "7月15日至22日，机械工程学院“乡村振兴”暑期社会实践团一行12人赴宿迁市宿豫区开展为期一周的社会实践活动。团队围绕农机装备使用与维护、农村电商发展等主题，走进田间地头、农机合作社和电商产业园，用专业知识服务乡村发展。"),
        ("img", "实践团成员在农机合作社调研", "实践团成员在农机合作社调研"),
        ("p", "在当地一家农机专业合作社，实践团成员对插秧机、植保无人机等设备进行了检查，向农机手讲解日常保养要点，并帮助合作社整理了一份《常见农机故障排查手册》。合作社负责人说：“同学们讲得很实在，手册印出来以后，大家用起来很方便。”"),
        ("p", "实践期间，团队还走访了20余户农户，开展农机使用情况问卷调查，了解农户对小型智能农机的需求。来自新疆的学生努尔比亚·艾合买提是实践团中唯一的女生，她说：“这次实践让我看到了农业机械化的巨大潜力，也更清楚了自己今后的学习方向。”"),
        ("p", "此外，实践团成员还为当地小学生开设了“趣味机械”科普课堂，带领孩子们动手制作简易机械模型，激发孩子们对科学的兴趣。"),
        ("p", "据悉，机械工程学院已连续五年组织学生赴苏北农村开展社会实践，累计服务农户和企业300余家，相关调研报告多次获得省级奖项。"),
    ],
    review=('<p>文字：葛宇航 努尔比亚·艾合买提</p><p>图片：李卓</p>'
            '<p>初审：王丽　复审：陈建　终审：刘志强</p>'),
    prevnext='上一篇：<a href="#">我校召开2024年暑期工作部署会</a><br>下一篇：<a href="#">我校学子在全国大学生机械创新设计大赛中获佳绩</a>',
    footer=('<p>版权所有 © 苏北理工大学党委宣传部　地址：江苏省连云港市海州区学院路6号　邮编：222005</p>'
            '<p><a href="#">苏ICP备05007316号</a>　苏公网安备 32070602010382号</p>'),
))

# ------------------------------------------------------------------ xo-37 hospital
PAGES.append(dict(
    id="xo-37", layout=inst_new, kind="institution", lang="zh", site_name="皖北康宁医院",
    title_lines=["我院成功开展首例经导管主动脉瓣置换术"],
    authors=["孟婕"], publish_time="2023-11-30 16:20:05",
    color="#0a7a6c",
    logo_alt="皖北康宁医院", logo_text="皖北康宁医院",
    quick='<a href="#">预约挂号</a><a href="#">来院导航</a><a href="#">院长信箱</a><a href="#">无障碍</a>',
    placeholder="搜索科室、医生、疾病",
    menu=["首页", "医院概况", "新闻中心", "科室导航", "专家介绍", "就医指南", "健康科普", "党建园地"],
    subnav_title="新闻中心", subnav=["医院新闻", "媒体聚焦", "通知公告", "健康科普"],
    crumbs='您的位置：<a href="#">首页</a> &gt; <a href="#">新闻中心</a> &gt; <a href="#">医院新闻</a>',
    info='<span>时间：2023-11-30 16:20:05</span><span>点击：</span><span>【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span>',
    pre_body='<p style="color:#888;font-size:14px">文/心血管内科 孟&nbsp;&nbsp;婕　图/宣传科</p>',
    blocks=[
        ("p", "近日，我院心血管内科团队在多学科协作下，成功为一名82岁的重度主动脉瓣狭窄患者实施了经导管主动脉瓣置换术（TAVR）。这是我院首次独立开展该项手术，标志着我院在结构性心脏病介入治疗领域迈上新台阶。"),
        ("p", "患者王大爷近半年来反复出现胸闷、气短，稍一活动就喘不上气，多次晕倒。入院检查发现，他的主动脉瓣严重狭窄并伴有钙化，心脏功能明显下降。由于年龄大、合并慢性肺病，传统开胸手术风险极高。"),
        ("h", "多学科协作制定方案"),
        ("p", "心血管内科联合心脏外科、麻醉科、超声医学科、影像科等科室进行了多次讨论，最终决定为患者实施TAVR手术。该手术无需开胸，只需在大腿根部穿刺，通过导管将人工瓣膜送到心脏内并释放，具有创伤小、恢复快的优点。"),
        ("img", "手术进行中", "手术进行中"),
        ("p", "11月24日，手术顺利完成，用时约1个半小时。术后第二天，王大爷就能下床活动，胸闷气短症状明显缓解。目前，患者已康复出院。"),
        ("p", "心血管内科主任刘振宇介绍，主动脉瓣狭窄是老年人常见的心脏瓣膜病，一旦出现症状，如不及时治疗，预后较差。TAVR手术为无法耐受外科手术的高龄患者提供了新的治疗选择。"),
    ],
    review='<p>审核：王立新</p>',
    prevnext='上一篇：<a href="#">我院开展“世界糖尿病日”义诊活动</a><br>下一篇：<a href="#">关于调整部分门诊出诊时间的通知</a>',
    footer=('<p>皖北康宁医院 版权所有　地址：安徽省宿州市埇桥区健康路188号　咨询电话：0557-3026120</p>'
            '<p><a href="#">皖ICP备11004528号-1</a>　皖公网安备 34130202000095号</p><p>扫一扫关注医院微信公众号 ' + img("医院公众号二维码") + "</p>"),
))

# ------------------------------------------------------------------ xo-38 state enterprise
PAGES.append(dict(
    id="xo-38", layout=inst_new, kind="institution", lang="zh", site_name="鲁东港航发展集团有限公司",
    title_lines=["集团烟台港区20万吨级散货泊位完成升级改造"],
    authors=["庄晓雨"], publish_time="2024.05.30",
    color="#1d4f91",
    logo_alt="鲁东港航集团", logo_text="鲁东港航发展集团有限公司",
    quick='<a href="#">集团邮箱</a><a href="#">OA系统</a><a href="#">English</a>',
    menu=["首页", "走进集团", "新闻中心", "党建工作", "业务板块", "企业文化", "信息公开", "人才招聘"],
    subnav_title="新闻中心", subnav=["集团要闻", "基层动态", "媒体报道", "图片新闻"],
    crumbs='当前位置：<a href="#">首页</a> &gt; <a href="#">新闻中心</a> &gt; <a href="#">基层动态</a>',
    info='<span>发布时间：2024.05.30</span><span>来源：港口公司</span><span>作者：庄晓雨</span>',
    blocks=[
        ("p", "5月28日，随着最后一台新型桥式抓斗卸船机通过验收，集团所属港口公司烟台港区20万吨级散货泊位升级改造工程全面完工。改造后，该泊位设计年通过能力由1200万吨提升至1600万吨，作业效率提高30%以上。"),
        ("p", "该工程于去年9月开工，主要对码头前沿装卸设备、堆场皮带机系统和环保设施进行升级。项目团队克服不停产施工、交叉作业多等困难，采用“分段改造、错峰施工”的方式，确保改造期间泊位正常生产。"),
        ("h", "绿色智能成为新亮点"),
        ("p", "此次改造新增了堆场防风抑尘网和皮带机全封闭廊道，配套建设了雨污水收集处理系统，粉尘排放浓度较改造前下降60%。同时，泊位引入了智能调度系统，装卸设备可实现远程操控和实时监测。"),
        ("p", "“以前卸一船铁矿石要三天，现在两天就能完成。”港口公司装卸队队长孙海涛说。"),
        ("p", "集团相关负责人表示，下一步将继续推进港口设施智能化、绿色化改造，提升港口综合服务能力，为服务地方经济发展作出更大贡献。"),
    ],
    review='<p>供稿：港口公司 | 摄影：于洋 | 编辑：王欣</p>',
    prevnext='上一篇：<a href="#">集团召开2024年安全生产暨防汛工作会议</a><br>下一篇：<a href="#">集团开展“青年文明号”创建活动</a>',
    footer=('<p>鲁东港航发展集团有限公司 版权所有　地址：山东省烟台市芝罘区港湾大道22号</p>'
            '<p><a href="#">鲁ICP备18034218号-1</a>　鲁公网安备 37060202000476号</p>'),
))

# ------------------------------------------------------------------ xo-39 association
PAGES.append(dict(
    id="xo-39", layout=inst_old, kind="institution", lang="zh", site_name="河南省智慧农业协会",
    title_lines=["关于举办2024年全省智慧农业技术应用培训班的通知"],
    authors=[], publish_time="2024-04-03 09:48:21",
    logo_alt="河南省智慧农业协会会徽", logo_text="河南省智慧农业协会",
    menu=["首页", "协会概况", "协会动态", "通知公告", "政策法规", "会员服务", "培训交流", "联系我们"],
    crumbs='当前位置：<a href="#">首页</a> &gt;&gt; <a href="#">通知公告</a>',
    info='发布时间：2024-04-03 09:48:21&nbsp;&nbsp;&nbsp;来源：协会秘书处&nbsp;&nbsp;&nbsp;浏览次数：',
    pre_body='<p style="text-align:center">豫智农协〔2024〕15号</p>',
    pst="nbsp",
    blocks=[
        ("p", "各会员单位，各有关单位："),
        ("p", "为推动智慧农业技术在我省推广应用，提升农业经营主体数字化水平，协会定于2024年4月下旬举办全省智慧农业技术应用培训班。现将有关事项通知如下："),
        ("h", "一、培训时间和地点"),
        ("p", "培训时间：2024年4月24日至26日（23日下午报到）"),
        ("p", "培训地点：郑州市金水区农科路某培训中心"),
        ("h", "二、培训内容"),
        ("table", [["日期", "内容", "授课人"],
                   ["4月24日", "智慧农业发展形势与政策解读", "协会专家委员会"],
                   ["4月25日", "农业物联网与精准灌溉技术", "高校及科研院所专家"],
                   ["4月26日", "现场观摩与交流研讨", "示范基地技术人员"]]),
        ("h", "三、参加人员"),
        ("p", "各会员单位技术负责人，家庭农场、农民合作社、农业企业相关人员，每单位限报2人。"),
        ("h", "四、报名方式"),
        ("p", "请于4月18日前将报名回执表（见附件）发送至协会秘书处邮箱。培训不收取培训费，食宿统一安排，费用自理。联系人：孙老师，电话：0371-65873021。"),
        ("p", "附件：2024年全省智慧农业技术应用培训班报名回执表"),
        ("sig", ["河南省智慧农业协会", "2024年4月2日"]),
    ],
    post_body='<p style="padding:0 40px">附件：<a href="#">报名回执表.docx</a></p>',
    prevnext='上一篇：<a href="#">协会召开第二届理事会第三次会议</a>　下一篇：<a href="#">关于征集2024年度智慧农业典型案例的通知</a>',
    footer=('版权所有：河南省智慧农业协会　地址：郑州市金水区农业路东段16号　邮编：450002<br>'
            '<a href="#">豫ICP备16021375号-1</a>　技术支持：河南某网络科技有限公司'),
))

# ------------------------------------------------------------------ xo-40 court
PAGES.append(dict(
    id="xo-40", layout=inst_old, kind="institution", lang="zh", site_name="睢宁县人民法院",
    title_lines=["“老赖”转移财产被判拒执罪 睢宁法院：拒不执行判决裁定必受严惩"],
    authors=["魏然", "杨光"], publish_time="2024-10-15 17:30",
    logo_alt="法徽", logo_text="江苏省睢宁县人民法院",
    menu=["首页", "法院概况", "法院新闻", "审判执行", "司法公开", "诉讼服务", "法治宣传", "队伍建设"],
    crumbs='当前位置：<a href="#">首页</a> &gt; <a href="#">法院新闻</a> &gt; <a href="#">执行动态</a>',
    info='来源：睢宁县人民法院&nbsp;&nbsp;&nbsp;作者：执行局 魏&nbsp;&nbsp;然　杨&nbsp;&nbsp;光&nbsp;&nbsp;&nbsp;时间：2024-10-15 17:30',
    pst="p",
    blocks=[
        ("p", "近日，睢宁县人民法院审结一起拒不执行判决、裁定案，被告人张某因有能力执行而拒不执行，且转移财产，被判处有期徒刑一年。"),
        ("h", "【案情回顾】"),
        ("p", "2021年，张某因经营需要向李某借款30万元，到期后未归还。李某诉至法院，法院判决张某偿还借款本金及利息。判决生效后，张某未履行还款义务，李某遂申请强制执行。"),
        ("p", "执行过程中，执行法官查明，张某在判决生效后将其名下一辆轿车以明显低于市场价的价格转让给亲属，并将经营收入转入他人账户，导致判决无法执行。法院依法将该案线索移送公安机关，检察机关随后以拒不执行判决、裁定罪提起公诉。"),
        ("p", "法院审理认为，张某对人民法院的判决有能力执行而拒不执行，情节严重，其行为已构成拒不执行判决、裁定罪，遂依法作出上述判决。"),
        ("h", "【法官说法】"),
        ("p", "生效法律文书具有法律强制力，当事人必须履行。被执行人以转让、隐匿财产等方式逃避执行的，不仅会被纳入失信被执行人名单、限制高消费，情节严重的还将被追究刑事责任。法院提醒广大被执行人，主动履行义务才是唯一正确的选择。"),
    ],
    post_body='<p style="text-align:right;padding:0 40px">编辑：邱静</p>',
    prevnext='上一篇：<a href="#">睢宁法院开展“执行开放日”活动</a>　下一篇：<a href="#">我院召开2024年第三季度审判执行工作分析会</a>',
    footer='版权所有：江苏省睢宁县人民法院　地址：睢宁县八一西路99号<br><a href="#">苏ICP备13008241号</a>　苏公网安备 32032402000146号',
))
