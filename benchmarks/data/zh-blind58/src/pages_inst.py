"""Institution pages xg-36 .. xg-40: university, hospital, state enterprise, trade association, court."""
from lib import P, H, Q, UL, OL, TABLE, SIG, IMG, BYLINE, NOTE, WENHAO, HTML
from lib import li_links, links, dated_list, img, search, paras

PAGES = []

# ---------------------------------------------------------------------------
# xg-36  university news site (江苏镇江) · two-line headline, spaced name and a name with a middle dot
PAGES.append(dict(
    id="xg-36", kind="institution", lang="zh",
    doc_title="学校召开2024年本科教育教学工作会议 全面部署新一轮审核评估迎评工作-润州大学新闻网",
    title=["学校召开2024年本科教育教学工作会议", "全面部署新一轮审核评估迎评工作"],
    authors=["王磊", "阿依努尔·艾力"],
    time="2024-03-15 16:20",
    css="""
.rz-head{background:#6b1e3c;height:110px}.rz-head .in{display:flex;justify-content:space-between;align-items:center;height:110px}
.rz-nav{background:#4f1229}.rz-nav a{color:#fff;display:inline-block;padding:0 22px;line-height:44px}
.rz-wz{font-size:13px;margin:14px 0;color:#777}
.rz-art{width:900px;margin:0 auto}
.rz-art h1{font-size:26px;text-align:center;line-height:1.5;color:#6b1e3c}
.rz-art h1 .l{display:block}
.rz-meta{text-align:center;font-size:13px;color:#999;border-bottom:1px solid #eee;padding-bottom:10px}
.rz-meta span{margin:0 8px}
.v_news_content p{font-size:16px;line-height:2;text-indent:2em}
.v_news_content .pic-cap{text-indent:0;font-size:14px;color:#666}
.rz-edit{text-align:right;font-size:13px;color:#666}
.rz-foot{background:#6b1e3c;color:#eee;text-align:center;font-size:12px;padding:18px;margin-top:30px}
""",
    layout=f"""
<div class="rz-head"><div class="wrap in">{img("润州大学新闻网")}<span>{links(["学校主页", "English", "投稿系统"], " | ")}</span></div></div>
<div class="rz-nav"><div class="wrap">{links(["首页", "润大要闻", "综合新闻", "学院动态", "媒体润大", "校园文化", "影像润大", "专题报道"], "")}</div></div>
<div class="wrap">
<div class="rz-wz">当前位置：<a href="#">首页</a> &gt;&gt; <a href="#">润大要闻</a> &gt;&gt; 正文</div>
<div class="rz-art">
<h1><span class="l">@@TITLE@@</span></h1>
<div class="rz-meta"><span>作者：王&nbsp;&nbsp;磊　阿依努尔·艾力</span><span>来源：教务处</span><span>发布时间：@@TIME@@</span><span>浏览次数：1203</span></div>
<div class="v_news_content">
@@BODY@@
</div>
<p class="rz-edit">摄影：孙伟　编辑：刘畅　审核：周立</p>
<p>{links(["上一条：我校获批3项国家自然科学基金重点项目", "下一条：学校召开2024年党风廉政建设工作会议"], "<br>")}</p>
</div>
</div>
<div class="rz-foot">
<p>版权所有 © 润州大学党委宣传部　地址：江苏省镇江市京口区学府路301号　邮编：212000</p>
<p>苏ICP备05007219号　苏公网安备32110202010684号</p>
</div>
""",
    ps="p", hs="strong", tsep='</span><span class="l">',
    body=[
        P("3月14日下午，学校2024年本科教育教学工作会议在行政楼报告厅召开。校党委书记孙建明、校长许立群，校领导周海燕、马俊杰出席会议。会议由副校长周海燕主持。"),
        IMG("会议现场", "会议现场"),
        P("会上，教务处处长陈晓通报了2023年本科教学工作情况和新一轮审核评估工作方案。2023年，学校新增国家级一流本科专业建设点4个、省级一流本科课程11门，学生在各类学科竞赛中获省级以上奖项460余项。"),
        P("机械工程学院、外国语学院、药学院负责人先后作交流发言，分享了在专业认证、课程思政和产教融合方面的经验做法。"),
        P("许立群在讲话中指出，新一轮审核评估是对学校本科教育教学质量的一次全面“体检”。全校上下要坚持以评促建、以评促改，对照评估指标查找短板，重点在专业结构优化、课程质量提升、实践教学改革和教学质量保障体系建设上下功夫。"),
        P("孙建明强调，本科教育是大学的根和本。各学院党政主要负责人是本单位本科教学第一责任人，要把更多精力投入到人才培养中，引导教师潜心教书育人，确保高质量完成迎评各项任务。"),
        P("各学院院长、分管教学副院长，职能部门负责人，教学督导组成员等200余人参加会议。"),
    ],
))

# ---------------------------------------------------------------------------
# xg-37  hospital website (福州) · closing byline on a line of its own after the body
PAGES.append(dict(
    id="xg-37", kind="institution", lang="zh",
    doc_title="我院成功开展首例经导管主动脉瓣置换术_医院新闻_福州市江滨医院",
    title=["我院成功开展首例经导管主动脉瓣置换术"],
    authors=["郑艳", "林晖"],
    time="2022-06-08",
    css="""
.yy-top{background:#00897b;color:#fff;font-size:12px;padding:6px 0}.yy-top a{color:#fff;margin-left:10px}
.yy-head{height:100px;display:flex;align-items:center;justify-content:space-between}
.yy-head .tel{color:#00897b;font-size:18px}
.yy-nav{background:#00a08c}.yy-nav li{display:inline-block;padding:0 24px;line-height:46px}.yy-nav a{color:#fff}
.yy-main{display:flex;gap:30px;margin-top:20px}
.yy-side{width:240px}.yy-side h3{background:#00897b;color:#fff;padding:8px}
.yy-side li{border-bottom:1px solid #eee;line-height:36px;padding-left:10px}
.yy-art{flex:1}
.yy-art h2{font-size:24px;text-align:center}
.yy-info{text-align:center;font-size:13px;color:#999;background:#f6f6f6;padding:6px}
.yy-text p{font-size:16px;line-height:1.9;text-indent:2em}
.yy-text .byline{text-align:right}
.yy-foot{background:#333;color:#bbb;font-size:12px;text-align:center;padding:18px;margin-top:30px}
""",
    layout=f"""
<div class="yy-top"><div class="wrap">欢迎访问福州市江滨医院官方网站{links(["无障碍", "关怀版", "English"], "")}</div></div>
<div class="wrap yy-head">{img("福州市江滨医院 FUZHOU JIANGBIN HOSPITAL")}<span class="tel">预约挂号：0591-87326120</span></div>
<div class="yy-nav"><div class="wrap">{li_links(["首页", "医院概况", "新闻中心", "科室导航", "专家介绍", "就医指南", "健康科普", "党建园地"])}</div></div>
<div class="wrap yy-main">
<div class="yy-side"><h3>新闻中心</h3>{li_links(["医院新闻", "通知公告", "媒体聚焦", "院务公开", "招标采购"])}
<p>{img("")}<br>扫码关注医院微信公众号</p></div>
<div class="yy-art">
<p>当前位置：首页 &gt; 新闻中心 &gt; 医院新闻</p>
<h2>@@TITLE@@</h2>
<div class="yy-info">发布时间：@@TIME@@　　来源：心血管内科　　点击：867</div>
<div class="yy-text">
@@BODY@@
</div>
<p>{links(["【返回】", "【打印】", "【关闭】"], "")}</p>
</div>
</div>
<div class="yy-foot">
<p>福州市江滨医院 版权所有　地址：福州市台江区江滨中大道　急诊电话：0591-87326999</p>
<p>闽ICP备12008376号　闽公网安备35010302000689号　本站信息仅供参考，不能作为诊断和治疗依据</p>
</div>
""",
    ps="p", hs="strong",
    body=[
        P("近日，我院心血管内科团队在心脏外科、麻醉科、超声医学科、放射科等多学科协作下，成功为一名82岁重度主动脉瓣狭窄患者实施经导管主动脉瓣置换术（TAVR）。这是我院首次独立开展该项技术，标志着我院结构性心脏病介入诊疗水平迈上新台阶。"),
        P("患者陈老伯半年前开始出现活动后胸闷、气喘，近一个月症状加重，连走几十米路都要停下来休息。入院后检查提示，患者主动脉瓣重度狭窄并伴有钙化，同时合并高血压、慢性肾功能不全等多种基础疾病。由于年龄大、身体状况差，传统开胸手术风险极高。"),
        P("经过多学科联合讨论，团队决定为患者实施TAVR手术。该手术无需开胸，仅需在大腿根部穿刺，通过血管将人工瓣膜输送到心脏，释放后替代病变的主动脉瓣。"),
        P("手术历时约一个半小时，过程顺利。术后即刻超声显示人工瓣膜位置良好、功能正常。患者术后第二天即可下床活动，胸闷症状明显缓解，目前已康复出院。"),
        H("专家提醒"),
        P("主动脉瓣狭窄是老年人常见的心脏瓣膜病，早期症状不明显，一旦出现胸闷、晕厥、心绞痛等症状，病情往往已较严重。建议65岁以上老人定期进行心脏超声检查，做到早发现、早治疗。"),
        BYLINE("（心血管内科 郑艳　通讯员 林晖）"),
    ],
))

# ---------------------------------------------------------------------------
# xg-38  state enterprise group site (上海) · two-line headline, leaders named, 作者 in info bar
PAGES.append(dict(
    id="xg-38", kind="institution", lang="zh",
    doc_title="集团召开2025年安全生产工作会议 压紧压实全员安全生产责任-申港集团",
    title=["集团召开2025年安全生产工作会议", "压紧压实全员安全生产责任"],
    authors=["顾一鸣"],
    time="2025-02-10",
    css="""
.sg-top{height:80px;border-bottom:1px solid #eee;display:flex;align-items:center;justify-content:space-between;padding:0 60px}
.sg-top nav a{margin-left:26px;font-size:15px}
.sg-banner{height:200px;background:#0a3d62;color:#fff;font-size:30px;text-align:center;line-height:200px}
.sg-crumb{font-size:13px;color:#888;margin:16px 0}
.sg-detail{width:920px;margin:0 auto}
.sg-detail h3{font-size:26px;text-align:center;line-height:1.5}
.sg-detail h3 br{}
.sg-info{text-align:center;font-size:13px;color:#999;margin-bottom:24px}
.sg-info span{margin:0 10px}
.sg-con p{font-size:16px;line-height:2;text-indent:2em}
.sg-con .pic-cap{text-indent:0}
.sg-foot{background:#0a3d62;color:#c7d6e3;font-size:12px;padding:24px 0;margin-top:30px}
.sg-foot .cols{display:flex;justify-content:space-around}
""",
    layout=f"""
<div class="sg-top">{img("申港集团 SHENGANG GROUP")}<nav>{links(["首页", "走进申港", "新闻中心", "业务板块", "党建工作", "社会责任", "人才招聘", "联系我们"], "")}</nav></div>
<div class="sg-banner">新闻中心</div>
<div class="wrap">
<div class="sg-crumb">首页 / 新闻中心 / 集团要闻</div>
<div class="sg-detail">
<h3>@@TITLE@@</h3>
<div class="sg-info"><span>发布时间：@@TIME@@</span><span>来源：安全质量部</span><span>作者：顾一鸣</span></div>
<div class="sg-con">
@@BODY@@
</div>
<p>{links(["上一篇：集团与奉贤区签署战略合作协议", "下一篇：集团开展节后复工安全检查"], "　")}</p>
</div>
</div>
<div class="sg-foot"><div class="cols">
<div>{links(["集团要闻", "基层动态", "媒体报道"], "<br>")}</div>
<div>{links(["港口物流", "航运服务", "园区开发"], "<br>")}</div>
<div>{img("申港集团微信公众号")}<br>官方微信</div>
</div>
<p style="text-align:center">Copyright © 2025 上海申港（集团）有限公司 版权所有　沪ICP备13027741号-1　沪公网安备31011502013305号</p></div>
""",
    ps="p", hs="strong",
    body=[
        P("2月8日，集团召开2025年安全生产工作会议，总结2024年安全生产工作，分析当前形势，部署2025年重点任务。集团党委书记、董事长周振宇，党委副书记、总裁陆海涛出席会议并讲话，集团副总裁张文韬主持会议。"),
        P("会议通报了2024年度安全生产考核情况。过去一年，集团未发生较大及以上生产安全事故，全年排查整改各类隐患2870项，完成港区重大危险源在线监测系统升级改造。会上，集团与各二级单位主要负责人签订了2025年度安全生产责任书。"),
        IMG("签约现场", "集团与各二级单位签订安全生产责任书"),
        P("陆海涛对2025年安全生产工作作具体部署。他要求，要聚焦港口装卸、危险货物储运、有限空间作业等重点领域，深入开展安全生产治本攻坚行动；要加快推进智慧安监平台建设，推动隐患排查从“人找隐患”向“数据找隐患”转变；要加强一线员工和外包队伍安全培训，提高全员应急处置能力。"),
        P("周振宇强调，安全生产是企业发展的生命线。各级领导干部要牢固树立安全发展理念，严格落实“党政同责、一岗双责”，把安全责任压实到每一个岗位、每一名员工，以高水平安全保障集团高质量发展。"),
        P("集团领导班子成员，各职能部门、各二级单位主要负责人和安全管理人员参加会议。"),
    ],
))

# ---------------------------------------------------------------------------
# xg-39  trade association site (温州) · glued info bar above the headline, 文/ byline in the body
PAGES.append(dict(
    id="xg-39", kind="institution", lang="zh",
    doc_title="商会组织会员企业赴德国参加国际光学展 - 温州市眼镜商会",
    title=["商会组织会员企业赴德国参加国际光学展"],
    authors=["李思远"],
    time="2023-10-20",
    css="""
.sh-top{background:#222;color:#ccc;font-size:12px;padding:6px 0}
.sh-logo{height:90px;display:flex;align-items:center;gap:20px}
.sh-logo .n{font-size:26px;color:#1a4e8a;font-weight:bold}
.sh-nav{background:#1a4e8a}.sh-nav li{float:left}.sh-nav a{color:#fff;display:block;padding:0 20px;line-height:42px}
.sh-nav:after{content:"";display:block;clear:both}
.sh-body{display:flex;gap:24px;margin-top:16px}
.sh-left{width:230px}.sh-left h4{background:#1a4e8a;color:#fff;padding:8px}
.sh-left li{line-height:34px;border-bottom:1px dotted #ccc}
.sh-art{flex:1}
.sh-art .info{font-size:12px;color:#999;margin-top:16px}
.sh-art .info span{padding-right:16px}
.sh-art h1{font-size:24px;margin:8px 0 18px}
.sh-art .content p{font-size:15px;line-height:2}
.sh-art .content .byline{color:#666}
.sh-foot{background:#f0f0f0;text-align:center;font-size:12px;color:#777;padding:16px;margin-top:24px}
""",
    layout=f"""
<div class="sh-top"><div class="wrap">您好，欢迎访问温州市眼镜商会网站！　{links(["会员登录", "入会申请", "联系我们"], " | ")}</div></div>
<div class="wrap sh-logo">{img("温州市眼镜商会")}<span class="n">温州市眼镜商会</span>{search("输入关键字", "搜索")}</div>
<div class="sh-nav"><div class="wrap">{li_links(["首页", "商会概况", "商会动态", "行业资讯", "会员风采", "政策法规", "展会信息", "党建工作"])}</div></div>
<div class="wrap sh-body">
<div class="sh-left"><h4>商会动态</h4>{li_links(["商会新闻", "通知公告", "会员活动"])}
<h4>联系我们</h4><p>地址：温州市鹿城区锦绣路1208号18楼<br>电话：0577-88765012<br>邮箱：wzyjsh@126.com</p></div>
<div class="sh-art">
<p>您现在的位置：首页 &gt; 商会动态 &gt; 商会新闻</p>
<div class="info"><span>时间：@@TIME@@</span><span>来源：商会秘书处</span><span>点击：</span></div>
<h1>@@TITLE@@</h1>
<div class="content">
@@BODY@@
</div>
<p>{links(["上一篇：商会召开三届五次理事会议", "下一篇：温州眼镜产业数字化转型培训班开班"], "<br>")}</p>
</div>
</div>
<div class="sh-foot">
<p>版权所有：温州市眼镜商会　技术支持：温州网联科技</p>
<p>浙ICP备10035826号-1</p>
</div>
""",
    ps="indent", hs="strong",
    body=[
        BYLINE("文/商会秘书处 李思远"),
        P("10月13日至16日，由商会组织的温州眼镜企业代表团赴德国慕尼黑参加国际光学展。来自鹿城、瓯海、龙湾的14家会员企业携近千款新品参展，展位面积合计约420平方米，是近年来规模最大的一次集体参展。"),
        P("本届展会吸引了全球60多个国家和地区的600余家企业参展。温州展区以“温州制造、品质眼镜”为主题，集中展示了钛架、板材架、太阳镜和功能性镜片等产品。多家企业首次推出自有品牌产品，轻量化钛架和环保材料镜架受到欧洲采购商关注。"),
        IMG("温州展区", "温州展区吸引采购商驻足洽谈"),
        P("据初步统计，展会期间温州参展企业共接待客商2300余人次，现场达成意向订单金额约1860万美元，其中新客户订单占比超过四成。一家参展企业负责人说：“这次带来的新款钛架样品几乎全部被订走，还有两家德国连锁店约我们下个月去工厂考察。”"),
        P("展会期间，代表团还走访了当地眼镜零售企业和行业协会，就市场准入标准、渠道合作等进行了交流。"),
        P("商会负责人表示，今后将继续组织会员企业参加国际知名展会，帮助企业拓展海外市场，推动温州眼镜从“贴牌生产”向“品牌输出”转变。"),
    ],
))

# ---------------------------------------------------------------------------
# xg-40  district court website (常州) · glued info bar above the headline, 法官说法 sub-heading
PAGES.append(dict(
    id="xg-40", kind="institution", lang="zh",
    doc_title="天宁法院审结一起利用“AI换脸”侵害肖像权案_法院动态_常州市天宁区人民法院",
    title=["天宁法院审结一起利用“AI换脸”侵害肖像权案"],
    authors=["钱晨", "魏晓琳"],
    time="2024-12-03 09:15:00",
    css="""
.fy-head{background:#8c1c13;height:120px;color:#fff}
.fy-head .in{display:flex;align-items:center;justify-content:space-between;height:120px}
.fy-head a{color:#fff}
.fy-nav{background:#a8261b}.fy-nav a{display:inline-block;color:#fff;padding:0 22px;line-height:46px}
.fy-crumb{font-size:13px;margin:14px 0;color:#666}
.fy-art{width:900px;margin:0 auto}
.fy-meta{font-size:13px;color:#999;text-align:center}
.fy-meta span{margin:0 6px}
.fy-art h1{font-size:26px;text-align:center;margin:10px 0 24px}
.fy-con p{font-size:16px;line-height:2;text-indent:2em}
.fy-tools{text-align:center;margin:20px 0}
.fy-foot{background:#8c1c13;color:#f3d9d6;text-align:center;font-size:12px;padding:18px;margin-top:30px}
""",
    layout=f"""
<div class="fy-head"><div class="wrap in">{img("常州市天宁区人民法院")}<span>{links(["诉讼服务", "审务公开", "English"], " | ")}</span></div></div>
<div class="fy-nav"><div class="wrap">{links(["首页", "法院概况", "法院动态", "审判执行", "诉讼服务", "司法公开", "法治宣传", "队伍建设"], "")}</div></div>
<div class="wrap">
<div class="fy-crumb">当前位置：首页 &gt; 法院动态 &gt; 审判动态</div>
<div class="fy-art">
<div class="fy-meta"><span>发布时间：@@TIME@@</span><span>作者：钱晨 魏晓琳</span><span>来源：天宁法院</span><span>浏览次数：</span></div>
<h1>@@TITLE@@</h1>
<div class="fy-con">
@@BODY@@
</div>
<div class="fy-tools">{links(["【打印】", "【关闭】", "【返回顶部】"], " ")}</div>
<p>相关文章：{links(["天宁法院发布涉网络侵权典型案例", "法官提醒：网购“二手号”暗藏风险"], "　")}</p>
</div>
</div>
<div class="fy-foot">
<p>常州市天宁区人民法院 版权所有　地址：常州市天宁区丽华北路26号　诉讼服务热线：12368</p>
<p>苏ICP备12069031号　苏公网安备32040202001017号</p>
</div>
""",
    ps="p", hs="strong",
    body=[
        P("未经本人同意，将他人照片“换脸”到短视频中用于商业推广，构成侵权吗？近日，常州市天宁区人民法院审结一起涉“AI换脸”的肖像权纠纷案，判决被告某文化传媒公司停止侵权、赔礼道歉，并赔偿原告经济损失及合理维权费用共计1.2万元。"),
        P("原告李某是一名短视频博主。2024年5月，李某发现被告公司运营的账号发布了多条美妆推广视频，视频中的人物面部与自己高度相似，评论区还有网友称“博主接广告了”。经比对，被告使用“AI换脸”软件，将李某公开发布的照片与他人表演的视频合成，用于推销其代理的化妆品。"),
        P("李某认为，被告未经许可使用其肖像进行商业宣传，误导粉丝，侵犯了其肖像权，遂诉至法院。被告辩称，视频系技术合成，并非李某本人出镜，且已在收到律师函后删除视频，不应承担责任。"),
        P("法院审理认为，肖像是通过影像等方式在一定载体上所反映的特定自然人可以被识别的外部形象。被告利用信息技术手段伪造原告肖像并用于商业推广，足以使公众将视频人物识别为原告本人，构成对原告肖像权的侵害。被告删除视频的行为不能免除其已经造成侵害的法律责任。"),
        P("法院综合考虑被告的过错程度、侵权视频的播放量和传播范围、持续时间等因素，酌情确定了赔偿数额。一审宣判后，双方均未上诉，判决已发生法律效力。"),
        H("法官说法"),
        P("承办法官表示，随着人工智能技术的普及，“AI换脸”的门槛越来越低。民法典明确规定，任何组织或者个人不得以利用信息技术手段伪造等方式侵害他人的肖像权。经营者在使用相关技术制作宣传内容时，应当取得肖像权人的同意，切勿因追求流量而触碰法律红线。"),
    ],
))
