"""Institution pages va-36 .. va-40."""
from lib import ul, links, img, GIF, U2

PAGES = []
A = PAGES.append

# ---------------------------------------------------------------- va-36
A(dict(
    id="va-36", kind="institution", lang="zh",
    features="湖北 university news site (2022): info bar '作者：… 来源：党委宣传部 发布时间：… 浏览：…' with 作者 field holding two names separated by '、'; '文/' absent; closing lines '摄影：…  编辑：…  审核：…' (not authors); photo captions; sub-headings",
    title="我校学子在全国大学生机器人大赛中获一等奖",
    authors=["程子涵", "雷蕾"],
    publish_time="2024-08-27 09:41",
    head_title="我校学子在全国大学生机器人大赛中获一等奖-湖北工业大学新闻网",
    css="""body{margin:0;font-family:"Microsoft YaHei";background:#fff}
.sh{background:#004a8f;color:#fff;padding:18px 8%;display:flex;justify-content:space-between}
.sh b{font-size:26px}.sh a{color:#cde;margin-left:12px;font-size:13px}
.sn{background:#f0f4f9;padding:0 8%}.sn a{display:inline-block;padding:10px 16px;color:#004a8f}
.ct{width:900px;margin:20px auto}
.ct h1{text-align:center;font-size:26px;color:#004a8f}
.ar{text-align:center;color:#888;font-size:13px;border-bottom:1px solid #ddd;padding-bottom:10px}
.ar span{margin:0 8px}
.ct p{font-size:16px;line-height:2}
.cr{color:#666;font-size:14px}
.ft{background:#003567;color:#aac;text-align:center;padding:18px;font-size:12px}""",
    shell=f"""<div class="sh"><b>湖北工业大学新闻网</b><span>{links(['学校主页','投稿系统','English'])}</span></div>
<div class="sn">{links(['首页','工大要闻','综合新闻','院部动态','媒体工大','校园人物','专题'],'')}</div>
<div class="ct">
<div>当前位置: <a href="#">首页</a> &gt;&gt; <a href="#">综合新闻</a> &gt;&gt; 正文</div>
<h1>我校学子在全国大学生机器人大赛中获一等奖</h1>
<div class="ar"><span>作者：程子涵、雷蕾</span><span>来源：党委宣传部</span><span>发布时间：2024-08-27 09:41</span><span>浏览：</span></div>
@@BODY@@
<p class="cr">摄影：机械工程学院　编辑：刘思佳　审核：周红兵</p>
<p>上一条：<a href="#">学校召开2024年暑期工作会议</a><br>下一条：<a href="#">我校举行2024级新生开学典礼</a></p>
</div>
<div class="ft">版权所有 © 湖北工业大学　地址：武汉市洪山区南李路28号　邮编：430068<br>鄂ICP备05003X21号　鄂公网安备 42011102000427号</div>""",
    bstyle={"p": "u3000", "h": "strong"},
    blocks=[
        ("p", "8月20日至25日，第二十三届全国大学生机器人大赛RoboMaster机甲大师赛全国赛在深圳举行。我校“机智工大”战队经过六轮激烈角逐，获得全国一等奖，创造了我校参加该赛事以来的最好成绩。"),
        ("img", "战队合影", "“机智工大”战队队员合影"),
        ("h", "十二个月打磨一台机器人"),
        ("p", "本届大赛共有来自全国的180余支高校队伍参赛。我校战队由机械工程学院、电气与电子工程学院、计算机学院的32名本科生和研究生组成。为备战比赛，队员们从去年9月开始设计方案，先后迭代了四版机器人，累计完成测试上千次。"),
        ("p", "“比赛前一周，我们的步兵机器人云台出了问题，大家连续三个通宵排查，最后在比赛前一天修好了。”队长、机械工程学院2021级本科生蔡宇航说。"),
        ("h", "以赛促学成效明显"),
        ("p", "近年来，学校持续推进“以赛促学、以赛促创”，建设了大学生创新实践基地，为学科竞赛团队提供场地、经费和导师支持。2023年以来，我校学生在各类国家级学科竞赛中获奖240余项。"),
    ],
))

# ---------------------------------------------------------------- va-37
A(dict(
    id="va-37", kind="institution", lang="zh",
    features="福建 hospital site (2016 template): left 医院新闻 menu, info bar '【发布时间：2023-11-30】【作者：宣传科 通讯员 郑  蓉】【点击：…】' in brackets (author = the 通讯员, not the department), patient quote, 温馨提示 list, 预约挂号 sidebar with phone; footer with 闽ICP",
    title="我院成功开展首例经导管主动脉瓣置换术",
    authors=["郑蓉"],
    publish_time="2023-11-30",
    head_title="我院成功开展首例经导管主动脉瓣置换术--莆田市第一医院",
    css="""body{margin:0;font:13px/1.8 "Microsoft YaHei";background:#eef7f6}
.hd{background:#fff;padding:14px 40px;border-top:5px solid #00897b}.hd b{font-size:26px;color:#00897b}
.hd span{float:right}
.nv{background:#00897b;padding:0 40px}.nv a{color:#fff;display:inline-block;padding:9px 16px;font-size:15px}
.wp{width:1100px;margin:14px auto;display:flex;gap:16px}
.lf{width:220px;background:#fff}.lf h3{background:#00897b;color:#fff;margin:0;padding:8px}
.rt{flex:1;background:#fff;padding:20px 40px}
.rt h1{font-size:22px;text-align:center}
.fb{text-align:center;color:#888}
.rt p{font-size:15px}
.ft{background:#004d40;color:#b2dfdb;text-align:center;padding:16px}""",
    shell=f"""<div class="hd"><span>{links(['预约挂号','来院导航','English'])}</span><b>莆田市第一医院</b></div>
<div class="nv">{links(['首页','医院概况','新闻中心','科室导航','专家介绍','就医指南','健康科普'],'')}</div>
<div class="wp">
<div class="lf"><h3>新闻中心</h3>{ul(['医院新闻','媒体报道','通知公告','党建工作'])}<p>预约挂号电话：<br>0594-26X7120</p></div>
<div class="rt">
<div>您的位置：<a href="#">首页</a> &gt; <a href="#">新闻中心</a> &gt; <a href="#">医院新闻</a></div>
<h1>我院成功开展首例经导管主动脉瓣置换术</h1>
<p class="fb">【发布时间：2023-11-30】【作者：宣传科 通讯员 郑  蓉】【点击：1187】</p>
@@BODY@@
<p>【<a href="#">打印</a>】【<a href="#">关闭</a>】</p>
</div></div>
<div class="ft">莆田市第一医院　地址：莆田市城厢区南门西路X号　急救电话：120<br>闽ICP备0901X274号　闽公网安备 35030202000146号</div>""",
    bstyle={"p": "u3000"},
    blocks=[
        ("p", "近日，我院心血管内科联合心脏外科、麻醉科、超声医学科等多学科团队，成功为一名82岁重度主动脉瓣狭窄患者实施经导管主动脉瓣置换术（TAVR）。这是我院首例该类手术，标志着我院结构性心脏病介入治疗迈上新台阶。"),
        ("p", "患者陈老伯近半年来反复胸闷、气促，活动后加重，经检查诊断为重度主动脉瓣狭窄，合并慢性肾功能不全。由于年龄大、基础病多，传统开胸手术风险极高。经多学科会诊，团队决定为其实施微创TAVR手术。"),
        ("p", "手术在局部麻醉下进行，医生经患者股动脉穿刺，将人工瓣膜通过导管输送至主动脉瓣位置并精准释放，全程仅用时约1小时。术后患者症状明显缓解，第二天即可下床活动，目前已康复出院。"),
        ("p", "“做完手术感觉胸口不闷了，走路也有劲了。”出院时，陈老伯高兴地说。"),
        ("p", "温馨提示："),
        ("ul", ["老年人如出现活动后胸闷、气促、头晕甚至晕厥，应及时到心内科就诊；", "心脏超声是筛查主动脉瓣疾病简单有效的方法；", "TAVR适用于高龄或不能耐受外科手术的患者，具体需经医生评估。"]),
    ],
))

# ---------------------------------------------------------------- va-38
A(dict(
    id="va-38", kind="institution", lang="zh",
    features="青海 intermediate court site (2020 法院 template with national emblem alt): info bar '来源：海东市中级人民法院  作者：… …  发布时间：2024-04-15 10:26:33' with 作者 holding a judge-assistant and a 通讯员; case narrative with 法官说法 sub-heading, quoted 判决 passage; 【关闭窗口】; 法院 footer with 诉讼服务热线 12368",
    title="民勤籍务工人员讨薪案当庭调解 三十七万元工资当场兑付",
    authors=["李娜", "韩国栋"],
    publish_time="2024-04-15 10:26:33",
    head_title="民勤籍务工人员讨薪案当庭调解 三十七万元工资当场兑付_海东市中级人民法院",
    css="""body{margin:0;background:#f5f0e6;font-family:"SimSun","Microsoft YaHei"}
.court{background:#8b0000;color:#ffd700;padding:16px 60px;font:bold 28px "KaiTi"}
.court img{width:50px;height:50px;vertical-align:middle}
.cn{background:#600;padding:0 60px}.cn a{color:#fff;display:inline-block;padding:8px 14px;font-size:14px}
.cbox{width:1000px;margin:16px auto;background:#fff;padding:20px 50px}
.cbox h1{font-size:22px;text-align:center;color:#8b0000}
.msg{text-align:center;font-size:12px;color:#666;background:#faf5eb;padding:4px}
.cbox p{font-size:15px;line-height:2}
.fx{text-align:center;font-size:12px;color:#999;padding:14px}""",
    shell=f"""<div class="court">{img('法徽')} 青海省海东市中级人民法院</div>
<div class="cn">{links(['首页','法院概况','新闻中心','审判动态','诉讼服务','裁判文书','执行公开','法院文化'],'')}</div>
<div class="cbox">
<div>当前位置：<a href="#">首页</a> &gt; <a href="#">审判动态</a> &gt; 正文</div>
<h1>民勤籍务工人员讨薪案当庭调解 三十七万元工资当场兑付</h1>
<div class="msg">来源：海东市中级人民法院&nbsp;&nbsp;作者：李娜 韩国栋&nbsp;&nbsp;发布时间：2024-04-15 10:26:33&nbsp;&nbsp;【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
@@BODY@@
<p style="text-align:center">【<a href="#">关闭窗口</a>】</p>
</div>
<div class="fx">青海省海东市中级人民法院　诉讼服务热线：12368　地址：海东市乐都区X路X号<br>青ICP备1700X043号</div>""",
    bstyle={"p": "u3000", "h": "bold-span"},
    blocks=[
        ("p", "“钱拿到了，回家能给孩子交学费了！”4月12日，在海东市中级人民法院第三审判庭，来自甘肃民勤县的务工人员代表马某接过工资款，激动地向法官道谢。当天，这起涉及23名务工人员、标的额37万余元的劳务合同纠纷案经当庭调解结案，款项当场兑付。"),
        ("p", "2022年至2023年，马某等23人在某建筑公司承建的互助县一处安置房项目务工。工程完工后，因发包方与承包方之间结算纠纷，务工人员工资迟迟未能发放。多次讨要无果后，马某等人诉至法院。"),
        ("p", "案件进入二审后，承办法官考虑到当事人人数众多、临近春耕返乡，第一时间组织各方召开庭前会议，分别做建筑公司、发包方和劳务分包人的工作，最终促成三方达成调解协议：由发包方从应付工程款中直接向务工人员支付全部工资。"),
        ("h", "法官说法"),
        ("p", "根据《保障农民工工资支付条例》规定，建设单位应当向施工单位提供工程款支付担保，因建设单位未按约定拨付工程款导致农民工工资拖欠的，建设单位应当以未结清的工程款为限先行垫付被拖欠的农民工工资。"),
        ("quote", "法官提醒：务工人员应注意保存考勤记录、工资条、聊天记录等证据，遇到欠薪问题可向劳动保障监察部门投诉或依法提起诉讼。"),
    ],
))

# ---------------------------------------------------------------- va-39
A(dict(
    id="va-39", kind="institution", lang="zh",
    features="天津 state enterprise (港口集团-like, 2024 corporate site): hero banner with English slogan, info row with icons (alt text) '2024-07-31' and '文：… 图：…' (文 = author, 图 = photographer), 企业新闻 tabs, stats as a table, 上一篇/下一篇 with dates, 'Copyright ©' footer with 津ICP",
    title="集团首艘LNG动力拖轮正式投入运营",
    authors=["邢雨桐"],
    publish_time="2024-07-31",
    head_title="集团首艘LNG动力拖轮正式投入运营 - 天津临港港务集团有限公司",
    css="""body{margin:0;font-family:"Montserrat","Microsoft YaHei";color:#333}
.hero{height:160px;background:#0b2545;color:#fff;padding:30px 8%}
.hero .slogan{font-size:14px;letter-spacing:2px;color:#8da9c4}
.hero .nm{font-size:28px}
.menu{display:flex;gap:24px;padding:14px 8%;border-bottom:1px solid #eee}.menu a{color:#0b2545}
.tabs{padding:10px 8%}.tabs a{margin-right:12px;color:#13315c}
.news{max-width:860px;margin:20px auto}
.news h1{font-size:28px}
.row{display:flex;gap:24px;color:#888;font-size:14px}
.row img{width:14px;height:14px}
.news p{font-size:16px;line-height:1.9}
table.dt{border-collapse:collapse}table.dt td,table.dt th{border:1px solid #aaa;padding:4px 14px}
footer{background:#0b2545;color:#8da9c4;padding:24px 8%;font-size:12px}""",
    shell=f"""<div class="hero"><div class="slogan">CONNECTING THE WORLD THROUGH PORTS</div><div class="nm">天津临港港务集团有限公司</div></div>
<div class="menu">{links(['首页','关于我们','新闻中心','业务板块','党建园地','社会责任','联系我们'],'')}</div>
<div class="tabs">{links(['集团要闻','企业新闻','媒体聚焦','通知公告'])}</div>
<div class="news">
<div>首页 &gt; 新闻中心 &gt; 企业新闻</div>
<h1>集团首艘LNG动力拖轮正式投入运营</h1>
<div class="row"><span>{img('日期')}2024-07-31</span><span>{img('作者')}文：邢雨桐 图：何锐</span><span>{img('浏览')}635</span></div>
@@BODY@@
<p>上一篇：<a href="#">集团开展防汛防台应急演练</a> 2024-07-26<br>下一篇：<a href="#">集团召开上半年安全生产分析会</a> 2024-08-05</p>
</div>
<footer>Copyright © 2024 天津临港港务集团有限公司 版权所有　津ICP备1200X519号-1　津公网安备 12011602000318号<br>地址：天津市滨海新区临港经济区X路X号</footer>""",
    bstyle={"p": "pindent"},
    blocks=[
        ("p", "7月30日，随着一声汽笛长鸣，集团首艘LNG动力全回转拖轮“临港拖6”号在临港码头正式投入运营。这是天津港区首批使用液化天然气作为动力的港作拖轮之一。"),
        ("img", "“临港拖6”号拖轮", "“临港拖6”号拖轮进行靠泊作业。"),
        ("p", "“临港拖6”号由国内船厂设计建造，总长39.8米，配备两台LNG单燃料发动机，最大拖力达到65吨，可满足20万吨级船舶的靠离泊作业需求。与同等功率的柴油动力拖轮相比，主要性能指标如下："),
        ("table", [["指标", "降低幅度"], ["二氧化碳排放", "约20%"], ["氮氧化物排放", "约85%"], ["硫氧化物排放", "接近100%"], ["年燃料成本", "约15%"]]),
        ("p", "集团港口服务公司负责人介绍，投入运营前，公司组织船员赴船厂全程参与建造和调试，并开展了LNG安全操作专项培训，确保新船“接得住、用得好”。"),
        ("p", "下一步，集团将按照绿色港口建设规划，逐步推进港作船舶清洁能源替代，力争到2027年清洁能源拖轮占比达到50%以上。"),
    ],
))

# ---------------------------------------------------------------- va-40
A(dict(
    id="va-40", kind="institution", lang="zh",
    features="湖北 trade association site (2012 table layout, 协会动态 column): info line '发布人：admin  发布时间：2024/3/8 14:05:22  阅读次数：212' (发布人 is not an author), closing '撰稿：… 供稿：秘书处 审核：…' lines (撰稿 = author; 供稿 unit, reviewer excluded), numbered meeting decisions as list, attendee list paragraph",
    title="湖北省茶叶协会第五届理事会第三次会议在恩施召开",
    authors=["谭文斌"],
    publish_time="2024/3/8 14:05:22",
    head_title="湖北省茶叶协会",
    css="""body{margin:0;font-size:12px;font-family:SimSun;background:#e5eadf}
.w{width:950px;margin:0 auto;background:#fff}
.logo{height:90px;background:#4e7d2a;color:#fff;font:bold 30px/90px KaiTi;padding-left:20px}
.mn td{background:#3b6420;text-align:center;height:30px}.mn a{color:#fff;font-size:13px}
td.lc{width:200px;vertical-align:top;background:#f1f5ec}
td.rc{vertical-align:top;padding:10px 20px}
.bt{font:bold 20px SimHei;text-align:center;padding:10px}
.fbr{text-align:center;color:#777;border-bottom:1px solid #ccc}
.nr{font-size:14px;line-height:25px}
.bq{background:#4e7d2a;color:#fff;text-align:center;padding:10px;line-height:20px}""",
    shell=f"""<div class="w">
<div class="logo">湖北省茶叶协会</div>
<table class="mn" width="100%" cellspacing="1"><tr>{''.join(f'<td><a href="#">{n}</a></td>' for n in ['网站首页','协会简介','协会动态','通知公告','会员风采','茶叶标准','会员之家','联系我们'])}</tr></table>
<table width="100%"><tr>
<td class="lc"><b>协会动态</b>{ul(['协会新闻','行业资讯','会员动态'])}<b>联系方式</b><br>电话：027-8X71236<br>地址：武汉市武昌区X路X号</td>
<td class="rc">
<div>当前位置：首页 &gt; 协会动态 &gt; 协会新闻</div>
<div class="bt">湖北省茶叶协会第五届理事会第三次会议在恩施召开</div>
<div class="fbr">发布人：admin　发布时间：2024/3/8 14:05:22　阅读次数：212</div>
<div class="nr">@@BODY@@</div>
<p>撰稿：谭文斌<br>供稿：秘书处<br>审核：范国庆</p>
<p>【<a href="#">返回列表</a>】</p>
</td></tr></table>
<div class="bq">版权所有：湖北省茶叶协会　技术支持：XX网络<br>鄂ICP备1201X663号</div>
</div>""",
    bstyle={"p": "u3000"},
    blocks=[
        ("p", "3月6日，湖北省茶叶协会第五届理事会第三次会议在恩施市召开。协会会长、副会长、理事及会员单位代表共120余人参加会议。"),
        ("p", "会议听取并审议了协会2023年工作报告和财务报告。2023年，协会组织会员单位参加国内外茶事展会11场，开展茶叶加工技能培训23期，培训茶农和技术人员3000余人次，协助制定《恩施玉露加工技术规程》等团体标准3项。"),
        ("p", "会议审议通过了以下事项："),
        ("ul", ["1. 2024年协会工作要点；", "2. 增补理事6名、吸收新会员单位28家；", "3. 设立茶旅融合专业委员会；", "4. 举办第四届湖北茶业博览会。"], "ul"),
        ("p", "会长在讲话中指出，2023年全省茶叶产量、综合产值均创历史新高，但品牌影响力与产业规模仍不匹配。他希望各会员单位坚持品质优先，抱团打造“湖北茶”区域公用品牌，推动茶产业由“大”向“强”转变。"),
        ("p", "会后，与会人员参观了恩施玉露传统制茶技艺展示馆和芭蕉侗族乡万亩茶园。"),
    ],
))
