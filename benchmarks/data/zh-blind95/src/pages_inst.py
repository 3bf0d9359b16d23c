"""Institution pages wr-36 … wr-40 (university, hospital, state enterprise, court, association)."""
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
PAGES = []

# wr-36 — university news site, 2022; 文/… 图/… 审核/… slash credits at end
PAGES.append(dict(
    id="wr-36", kind="inst", lang="zh",
    doctitle="我校研究团队在海洋微塑料降解研究中取得新进展-岭南海洋大学新闻网",
    title="我校研究团队在海洋微塑料降解研究中取得新进展",
    authors=["钟雅文", "李  昊".replace("  ", "")],
    time="2025-03-12",
    features="university news site (2022): top links 信息门户/邮箱/图书馆/English; info bar 作者：钟雅文 李  昊 | 来源：海洋与环境学院 | 发布日期：2025-03-12 | 点击：; credits 图/… 审核/… 编辑/… after body (not authors); 相关新闻; 校址/邮编 footer",
    css="""body{margin:0;font-family:'Microsoft YaHei'}.u-top{background:#003f7f;color:#cde;font-size:12px;padding:4px 10%;text-align:right}.u-top a{color:#fff;margin-left:10px}
.u-h{background:#005bac;color:#fff;padding:20px 10%;font-size:28px}.u-nav{background:#00498c;padding:0 10%}.u-nav a{color:#fff;display:inline-block;padding:10px 16px}
.u-c{width:1000px;margin:20px auto}.u-c h1{text-align:center;font-size:24px;color:#003f7f}.u-i{text-align:center;color:#999;font-size:13px;border-bottom:1px dashed #ccc;padding-bottom:8px}
.u-cred{text-align:right;color:#666}""",
    style="indent",
    html=f"""
<div class="u-top"><a href="#">信息门户</a><a href="#">邮箱</a><a href="#">图书馆</a><a href="#">English</a></div>
<div class="u-h">岭南海洋大学 · 新闻网</div>
<div class="u-nav"><a href="#">首页</a><a href="#">学校要闻</a><a href="#">综合新闻</a><a href="#">学术动态</a><a href="#">媒体海大</a><a href="#">图说海大</a><a href="#">专题报道</a></div>
<div class="u-c">
<p>当前位置：首页 &gt; 学术动态 &gt; 正文</p>
<h1>我校研究团队在海洋微塑料降解研究中取得新进展</h1>
<div class="u-i">作者：钟雅文 李  昊 | 来源：海洋与环境学院 | 发布日期：2025-03-12 | 点击：1895</div>
{{BODY}}
<p class="u-cred">图/海洋与环境学院　审核/周明辉　编辑/陈  静</p>
<h4>相关新闻</h4><ul><li><a href="#">我校获批2项国家自然科学基金重点项目</a></li><li><a href="#">海洋与环境学院举办青年学者论坛</a></li></ul>
</div>
<div style="background:#003f7f;color:#cde;text-align:center;padding:16px;font-size:12px">版权所有 © 岭南海洋大学　校址：广东省湛江市麻章区海大路1号　邮编：524088<br>粤ICP备05008917号　粤公网安备 44081102000219号</div>""",
    body=[
        ("p", "近日，我校海洋与环境学院王立新教授团队在海洋微塑料生物降解研究方面取得新进展，相关成果以研究论文形式发表在环境科学领域国际期刊上。学院博士研究生周晓彤为论文第一作者，王立新教授为通讯作者。"),
        ("p", "微塑料污染是全球海洋环境面临的突出问题。研究团队从南海近岸沉积物中筛选出一株能够降解聚乙烯微塑料的海洋细菌，并通过基因组分析揭示了其关键降解酶的作用机制。实验表明，在适宜条件下，该菌株30天内可使聚乙烯微塑料质量减少约12%。"),
        ("img", "研究团队在实验室开展实验"),
        ("p", "王立新表示，这一发现为海洋微塑料污染的生物修复提供了新的菌种资源和理论依据。团队下一步将开展菌株的工程化改造，探索其在近岸养殖区微塑料治理中的应用。"),
        ("p", "该研究得到国家自然科学基金、广东省基础与应用基础研究基金等项目资助。"),
    ],
))

# wr-37 — hospital site (福建), 2018; 撰稿：… 供稿：科室 (not author); 摄影 excluded
PAGES.append(dict(
    id="wr-37", kind="inst", lang="zh",
    doctitle="我院成功开展首例经导管主动脉瓣置换术 - 漳州市第三医院",
    title="我院成功开展首例经导管主动脉瓣置换术",
    authors=["吴秋萍"],
    time="2025/03/11 16:40",
    features="hospital site (2018): 预约挂号/就诊指南 quick links; info bar 发布时间：2025/03/11 16:40　供稿：心血管内科 (供稿 not author); 撰稿：吴秋萍　摄影：蔡  伟 at end; quoted patient speech; 健康科普 sidebar; 24小时服务热线",
    css="""body{margin:0;font-family:sans-serif;background:#f0f7f7}.h-top{background:#00897b;color:#fff;padding:16px 8%;font-size:24px}.h-quick a{display:inline-block;background:#e0f2f1;padding:8px 14px;margin:4px;color:#00695c}
.h-main{display:flex;gap:20px;padding:10px 8%}.h-art{flex:1;background:#fff;padding:24px}.h-art h1{font-size:24px;text-align:center}.h-side{width:240px;background:#fff;padding:12px}""",
    style="p",
    html=f"""
<div class="h-top">漳州市第三医院 <small style="font-size:13px">三级综合医院　24小时服务热线：0596-2316120</small></div>
<div class="h-quick" style="padding:4px 8%"><a href="#">首页</a><a href="#">医院概况</a><a href="#">预约挂号</a><a href="#">就诊指南</a><a href="#">科室导航</a><a href="#">专家介绍</a><a href="#">医院新闻</a><a href="#">健康科普</a></div>
<div class="h-main"><div class="h-art">
<p>您的位置：首页 &gt; 医院新闻 &gt; 医院动态</p>
<h1>我院成功开展首例经导管主动脉瓣置换术</h1>
<p style="text-align:center;color:#888;font-size:13px">发布时间：2025/03/11 16:40　供稿：心血管内科　浏览量：642</p>
{{BODY}}
<p style="text-align:right;color:#666">撰稿：吴秋萍　摄影：蔡  伟</p>
</div>
<div class="h-side"><b>健康科普</b><ul><li>春季如何预防心脑血管疾病</li><li>高血压患者用药的五个误区</li></ul><img alt="医院微信公众号" src="{GIF}"><p>扫码关注医院公众号</p></div></div>
<div style="text-align:center;background:#004d40;color:#b2dfdb;padding:12px;font-size:12px">漳州市第三医院 版权所有　地址：漳州市芗城区胜利西路176号　闽ICP备12017390号</div>""",
    body=[
        ("p", "近日，我院心血管内科团队成功为一名82岁重度主动脉瓣狭窄患者实施经导管主动脉瓣置换术（TAVR）。这是我院首次独立开展该项手术，标志着我院心脏介入治疗水平迈上新台阶。"),
        ("p", "患者林老伯近半年来反复出现胸闷、气喘，稍微活动就喘不上气，曾多次晕倒。入院检查发现，患者主动脉瓣重度狭窄并伴有心功能不全，同时患有慢性肾病，传统开胸手术风险极高。"),
        ("p", "经心内科、心外科、麻醉科、超声科等多学科会诊，团队决定为患者实施TAVR手术。手术通过股动脉穿刺，将人工瓣膜经导管送至主动脉瓣位置释放，全程仅用时1个半小时，创口不足1厘米。术后第二天患者即可下床活动，胸闷、气喘症状明显缓解。"),
        ("p", "“没想到不用开刀就把心脏病治好了，现在走路也不喘了。”出院时，林老伯的家属连声道谢。"),
        ("p", "心血管内科主任介绍，TAVR具有创伤小、恢复快等优点，特别适合高龄、合并多种疾病、无法耐受外科手术的患者。该技术的开展，让本地患者在家门口就能享受到先进的心脏瓣膜病治疗服务。"),
    ],
))

# wr-38 — state enterprise (煤业集团) news; 通讯员 line at top; 审核 and 编辑 at end
PAGES.append(dict(
    id="wr-38", kind="inst", lang="zh",
    doctitle="新闻中心 - 晋东能源集团有限公司",
    title="寺河二号井智能化综采工作面实现常态化运行",
    authors=["李文斌", "常  静".replace("  ", "")],
    time="2025-03-13 09:18:42",
    features="state enterprise site (2020): dark header with 集团概况/党建园地/新闻中心/企业文化; info bar 来源：二号井 作者：通讯员 李文斌 常  静 发布时间：… ; credits 审核：… 编辑：… ; 党建 sidebar; 集团 footer with 技术支持",
    css="""body{margin:0;font-family:'Microsoft YaHei';background:#eceff1}.en-h{background:#263238;color:#ffca28;padding:18px 8%;font-size:24px}.en-n{background:#37474f;padding:0 8%}.en-n a{color:#eceff1;display:inline-block;padding:10px 18px}
.en-w{width:1100px;margin:16px auto;display:flex;gap:16px}.en-a{flex:1;background:#fff;padding:28px}.en-a h1{font-size:24px;text-align:center}.en-i{text-align:center;color:#90a4ae;font-size:13px}.en-s{width:260px;background:#fff;padding:12px}""",
    style="p",
    html=f"""
<div class="en-h">晋东能源集团有限公司 <small style="color:#eee;font-size:13px">JINDONG ENERGY GROUP</small></div>
<div class="en-n"><a href="#">首页</a><a href="#">集团概况</a><a href="#">新闻中心</a><a href="#">党建园地</a><a href="#">安全生产</a><a href="#">企业文化</a><a href="#">信息公开</a></div>
<div class="en-w"><div class="en-a">
<p>首页 &gt; 新闻中心 &gt; 基层动态</p>
<h1>寺河二号井智能化综采工作面实现常态化运行</h1>
<div class="en-i">来源：二号井　作者：通讯员 李文斌 常  静　发布时间：2025-03-13 09:18:42</div>
{{BODY}}
<p style="color:#607d8b">审核：杜建华　编辑：韩  雪</p>
</div>
<div class="en-s"><b>党建园地</b><ul><li>集团党委召开理论学习中心组会议</li><li>“党员先锋岗”创建活动推进会</li></ul></div></div>
<div style="text-align:center;color:#90a4ae;font-size:12px;padding:14px">Copyright © 晋东能源集团有限公司 版权所有　晋ICP备12001953号　技术支持：集团信息中心</div>""",
    body=[
        ("p", "3月以来，寺河二号井4305智能化综采工作面日均产煤1.6万吨，连续12天实现“一键启停、远程干预、少人值守”常态化运行，生产效率比传统工作面提高25%以上。"),
        ("p", "走进二号井地面调度中心，大屏幕上实时显示着井下采煤机、液压支架、刮板输送机等设备的运行参数和视频画面。操作员只需轻点鼠标，就能远程控制井下设备协同作业。"),
        ("h", "从“有人操作”到“少人值守”"),
        ("p", "“以前一个班工作面要十五六个人，现在只需要五六个人巡检，安全性大大提高了。”综采队队长说。该工作面应用了惯性导航、三维激光扫描等技术，实现了采煤机自动截割和支架自动跟机移架。"),
        ("h", "培养“数字矿工”"),
        ("p", "为让职工尽快适应智能化设备，二号井组织开展“师带徒”和技能比武活动，今年已培训智能化操作人员160余人次。下一步，该矿将把智能化建设经验推广到其他采掘工作面，加快建设智能化示范矿井。"),
    ],
))

# wr-39 — 基层法院 site (吉林); court news with 作者 in info bar and 来源; case-type body
PAGES.append(dict(
    id="wr-39", kind="inst", lang="zh",
    doctitle="敦化法院巡回审判进林区 “家门口”化解林地承包纠纷 - 敦化市人民法院",
    title="敦化法院巡回审判进林区 “家门口”化解林地承包纠纷",
    authors=["崔美玉", "赵  磊".replace("  ", "")],
    time="2025-03-14 14:25",
    features="basic court site (2024, red-gold theme): 诉讼服务/裁判文书/执行信息 nav; headline with internal space; info bar 作者：崔美玉 赵  磊　来源：敦化市人民法院　发布时间：2025-03-14 14:25 placed BELOW the body; 法官说法 sub-heading; 12368 诉讼服务热线 footer",
    css="""body{margin:0;font-family:'SimSun';background:#fff8f0}.ct-h{background:linear-gradient(#b71c1c,#8e0000);color:#ffd54f;padding:18px 10%;font-size:28px}.ct-n{background:#8e0000;padding:0 10%}.ct-n a{color:#fff;display:inline-block;padding:10px 16px}
.ct-b{width:960px;margin:20px auto;background:#fff;padding:30px;border:1px solid #f0d9c0}.ct-b h1{font-size:24px;text-align:center;color:#8e0000}.ct-i{color:#888;font-size:13px;border-top:1px solid #eee;padding-top:8px}""",
    style="p",
    html=f"""
<div class="ct-h">敦化市人民法院 <small style="font-size:13px;color:#fff">无障碍 | 长者模式</small></div>
<div class="ct-n"><a href="#">首页</a><a href="#">法院概况</a><a href="#">审判动态</a><a href="#">诉讼服务</a><a href="#">裁判文书</a><a href="#">执行信息</a><a href="#">法治宣传</a></div>
<div class="ct-b">
<p>当前位置：首页 &gt; 审判动态 &gt; 正文</p>
<h1>敦化法院巡回审判进林区 “家门口”化解林地承包纠纷</h1>
{{BODY}}
<div class="ct-i">作者：崔美玉 赵  磊　来源：敦化市人民法院　发布时间：2025-03-14 14:25　【<a href="#">打印</a>】</div>
</div>
<div style="text-align:center;color:#777;font-size:12px;padding:14px">版权所有：敦化市人民法院　地址：敦化市胜利街1009号　诉讼服务热线：12368<br>吉ICP备14003891号　吉公网安备 22240302000062号</div>""",
    body=[
        ("p", "3月12日，敦化市人民法院民事审判庭法官驱车一百多公里，来到大山咀子镇一个林场村，在村委会会议室开庭审理了一起林地承包合同纠纷案，吸引了30余名村民旁听。"),
        ("p", "原告王某与被告村委会于2012年签订林地承包合同，约定承包期30年。2023年，村委会以王某未按约定植树造林为由要求解除合同，双方协商未果，王某诉至法院。"),
        ("p", "庭审中，法官组织双方围绕合同履行情况、林地现状等焦点问题举证质证，并到承包林地实地勘查。经过法官释法说理，双方最终达成调解协议：王某在今年春季补植林木，村委会继续履行承包合同。"),
        ("h", "法官说法"),
        ("p", "林地承包合同是农村常见合同类型，承包方应当按照合同约定合理利用林地、履行造林管护义务；发包方也应尊重承包方的经营自主权，不得随意解除合同。发生纠纷时，双方应当依法协商解决，必要时可以申请人民调解或者向法院起诉。"),
        ("p", "此次巡回审判以案释法，既化解了矛盾纠纷，又给村民上了一堂生动的法治课。"),
    ],
))

# wr-40 — industry association notice (广东), bare 2013 site; no writer, 署名 + date in body
PAGES.append(dict(
    id="wr-40", kind="inst", lang="zh",
    doctitle="关于举办2025年广东省食品安全管理员培训班的通知--广东省食品行业协会",
    title="关于举办2025年广东省食品安全管理员培训班的通知",
    authors=[],
    time="2025-3-10",
    features="association notice on a 2013 site: headline in <td>; info line 发布人：协会秘书处　发布时间：2025-3-10　阅读：; 粤食协〔2025〕9号 文号 (not body); 主送 line; 联系人/电话 lines; 署名 + 成文日期; 附件 link; 会员登录 box",
    css="""body{font-size:12px;margin:0;background:#fff}.as{width:980px;margin:0 auto}.as-h{background:#e65100;color:#fff;padding:14px;font-size:24px}.as td{font-size:13px}.as .tt{font-size:20px;font-weight:bold;text-align:center;padding:10px}""",
    style="p",
    html=f"""
<div class="as"><div class="as-h">广东省食品行业协会</div>
<table width="100%"><tr><td><a href="#">首页</a> | <a href="#">协会概况</a> | <a href="#">通知公告</a> | <a href="#">行业资讯</a> | <a href="#">会员服务</a> | <a href="#">培训认证</a> | <a href="#">联系我们</a></td><td align="right">会员登录：<input placeholder="用户名"> <input placeholder="密码"> <button>登录</button></td></tr></table>
<table width="100%" border="0"><tr><td width="200" valign="top" bgcolor="#fff3e0"><b>通知公告</b><br>· 协会通知<br>· 培训通知<br>· 行业政策</td>
<td valign="top" style="padding:10px 20px">
<p>您现在的位置：首页 &gt;&gt; 通知公告 &gt;&gt; 培训通知</p>
<table width="100%"><tr><td class="tt">关于举办2025年广东省食品安全管理员培训班的通知</td></tr>
<tr><td align="center" style="color:#888">发布人：协会秘书处　发布时间：2025-3-10　阅读：1120</td></tr>
<tr><td align="center">粤食协〔2025〕9号</td></tr>
<tr><td>
{{BODY}}
</td></tr>
<tr><td>附件：<a href="#">培训报名回执表.doc</a></td></tr></table>
</td></tr></table>
<div style="text-align:center;background:#eee;padding:8px">广东省食品行业协会 版权所有　地址：广州市越秀区东风中路……　粤ICP备13021486号</div></div>""",
    body=[
        ("p", "各会员单位及有关食品生产经营企业："),
        ("p", "为贯彻落实《企业落实食品安全主体责任监督管理规定》，提升企业食品安全管理人员专业能力，我会定于2025年4月举办食品安全管理员培训班。现将有关事项通知如下："),
        ("p", "一、培训时间和地点：2025年4月17日至18日，广州市天河区（具体地点另行通知）。"),
        ("p", "二、培训对象：食品生产经营企业的食品安全总监、食品安全员及相关管理人员。"),
        ("p", "三、培训内容：食品安全法律法规解读、食品安全风险防控、“日管控、周排查、月调度”工作机制、典型案例分析等。培训结束后组织考核，考核合格者颁发培训证书。"),
        ("p", "四、报名方式：请于4月10日前将报名回执表发送至协会邮箱。每人培训费800元（会员单位600元），含资料费和午餐。"),
        ("p", "联系人：黄小姐　电话：020-83261477"),
        ("right", "广东省食品行业协会"),
        ("right", "2025年3月10日"),
    ],
))
