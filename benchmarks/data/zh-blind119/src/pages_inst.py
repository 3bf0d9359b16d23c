# institution pages vp-36 .. vp-40
K = "institution"
PAGES = [
dict(id="vp-36", kind=K, doctitle="我校在第十四届全国大学生电子商务“创新、创意及创业”挑战赛中获佳绩-南昌某大学新闻网",
 title="我校在第十四届全国大学生电子商务“创新、创意及创业”挑战赛中获佳绩", authors=["罗文静", "彭一鸣"], publish_time="2024-08-15 17:20:00",
 css="""body{margin:0;font:14px/1.8 "Microsoft YaHei"}.u-top{background:#6a1b9a;color:#fff;padding:16px 10%}.u-top small{display:block}.u-nav{background:#4a148c;padding:6px 10%}.u-nav a{color:#fff;margin-right:24px}
.u-c{width:1000px;margin:20px auto}.u-c h2{text-align:center;font-size:22px}.u-i{text-align:center;color:#888;font-size:12px}.u-f{background:#4a148c;color:#ddd;text-align:center;font-size:12px;padding:16px}""",
 html="""<div class="u-top">江西财经职业学院新闻网<small>JIANGXI VOCATIONAL COLLEGE OF FINANCE NEWS</small></div>
<div class="u-nav"><a>首页</a><a>学校要闻</a><a>综合新闻</a><a>院系动态</a><a>媒体财院</a><a>校园人物</a><a>视频新闻</a></div>
<div class="u-c"><p>当前位置: <a>首页</a> &gt;&gt; <a>综合新闻</a> &gt;&gt; 正文</p>
<h2>我校在第十四届全国大学生电子商务“创新、创意及创业”挑战赛中获佳绩</h2>
<div class="u-i">时间：2024-08-15 17:20:00　作者：罗文静 彭一鸣　来源：经济管理学院　点击数：　</div>
{BODY}
<p>摄影：刘子轩　编辑：张怡　审核：何建平</p>
<p>【<a>关闭</a>】</p></div>
<div class="u-f">版权所有：江西财经职业学院党委宣传部　地址：江西省九江市某大道1号　邮编：332000</div>""",
 body="""
近日，第十四届全国大学生电子商务“创新、创意及创业”挑战赛全国总决赛在某高校落下帷幕。我校经济管理学院学生团队的作品《赣味到家——县域农特产品社区团购平台》获全国一等奖，这是我校在该项赛事中取得的最好成绩。
本届大赛共有来自全国1000余所高校的12万余支队伍报名参赛。我校参赛团队由5名电子商务专业学生组成，指导教师为经济管理学院彭一鸣老师。团队围绕江西县域农特产品“卖难”问题，设计了以社区团长为节点的供应链方案，并在九江两个县开展了为期半年的实际运营。
! 获奖团队合影 | 获奖团队与指导教师合影
比赛期间，团队成员在现场答辩中展示了平台运营数据，获得评委的一致好评。团队负责人、2022级学生王子涵说：“这次比赛让我们真正把课堂上学到的东西用在了乡村。”
近年来，学校坚持以赛促学、以赛促教，将学科竞赛融入人才培养全过程，学生在各级各类技能竞赛中获奖数量逐年增加。
"""),

dict(id="vp-37", kind=K, doctitle="省人民医院成功开展全省首例机器人辅助下肺段切除日间手术",
 title="成功开展全省首例机器人辅助下肺段切除日间手术", authors=["王静", "毛毅"], publish_time="2025年03月05日 16:40",
 css="""body{margin:0;background:#f5fbfb;font-size:15px;line-height:1.9}.hos-h{background:#fff;border-bottom:3px solid #00897b;padding:12px 5%;display:flex;justify-content:space-between}
.hos-n{background:#00897b;padding:8px 5%}.hos-n span{color:#fff;margin-right:20px}.hos-c{max-width:900px;margin:20px auto;background:#fff;padding:30px}.hos-c h1{font-size:24px}.hos-m{font-size:13px;color:#999}.hos-f{font-size:12px;color:#666;text-align:center;padding:20px}""",
 html="""<div class="hos-h"><b>青海省人民医院</b><span>预约挂号 | 就医指南 | <a>长者模式</a> | <a>English</a></span></div>
<div class="hos-n"><span>首页</span><span>医院概况</span><span>新闻中心</span><span>科室导航</span><span>专家介绍</span><span>患者服务</span><span>党建文化</span></div>
<div class="hos-c"><p class="hos-m">首页 &gt; 新闻中心 &gt; 医院新闻</p>
<p class="hos-m">胸外科：</p><h1>成功开展全省首例机器人辅助下肺段切除日间手术</h1>
<p class="hos-m">发布时间：2025年03月05日 16:40　|　供稿：胸外科　|　文/王  静 毛毅　|　浏览：1436</p>
{BODY}
<p class="hos-m">初审：李娜　复审：赵国庆　终审：马建军</p></div>
<div class="hos-f">青海省人民医院 版权所有　地址：西宁市城东区某路2号　咨询电话：0971-8066000<br>青ICP备05001233号-1　青公网安备63010202000032号</div>""",
 body="""
近日，我院胸外科团队成功为一名56岁患者实施机器人辅助下肺段切除日间手术。患者上午入院、下午手术，术后第二天即康复出院，这是全省首例机器人辅助下肺段切除日间手术。
患者因体检发现右肺上叶磨玻璃结节入院，经多学科会诊，考虑早期肺癌可能性大。胸外科团队在充分评估后，决定采用机器人辅助手术，并纳入日间手术管理。
## 更精准、更微创
与传统胸腔镜手术相比，手术机器人具有三维高清视野和灵活的机械臂，能够在狭小的胸腔内完成精细的解剖和缝合，最大限度保留正常肺组织。本次手术仅用时90分钟，术中出血不足20毫升。
## 日间手术缩短住院时间
据介绍，日间手术模式将术前检查、麻醉评估等环节前移到门诊完成，患者住院时间由原来的5到7天缩短至2天以内，住院费用也相应降低。
胸外科主任表示，科室将在保证医疗安全的前提下，逐步扩大日间手术病种范围，让更多患者受益。
"""),

dict(id="vp-38", kind=K, doctitle="浙江某县人民法院 审结一起“职业闭店人”合同纠纷案",
 title="“职业闭店人”教唆退费？法院：合同无效，退还服务费", authors=["汤雨桐", "胡明"], publish_time="2024-12-11 09:05",
 css="""body{margin:0;font:15px/1.9 serif}.court-h{background:#8d1b1b;color:#ffd54f;padding:18px 5%;font-size:24px}.court-n{background:#5d0f0f;color:#fff;padding:8px 5%}
.court-c{max-width:880px;margin:20px auto}.court-c .t{font-size:24px;text-align:center;font-weight:bold}.court-c .m{text-align:center;color:#777;font-size:13px}.court-f{background:#eee;font-size:12px;text-align:center;padding:16px}""",
 html="""<div class="court-h">浙江省龙泉市人民法院 <small style="font-size:13px">司法公开网</small></div>
<div class="court-n">首页 | 法院概况 | 审判动态 | 以案说法 | 诉讼服务 | 执行公开 | 队伍建设</div>
<div class="court-c"><p>当前位置：首页 » 以案说法</p>
<div class="m">【字体：大 中 小】　作者：汤雨桐　胡明　发布时间：2024-12-11 09:05　浏览次数：632</div>
<div class="t">“职业闭店人”教唆退费？<br>法院：合同无效，退还服务费</div>
{BODY}
<p>【打印】【关闭】</p><p>上一篇：龙泉法院开展“宪法宣传周”活动</p></div>
<div class="court-f">主办：浙江省龙泉市人民法院　地址：龙泉市某路88号　浙ICP备13016225号</div>""",
 body="""
近日，龙泉市人民法院审结一起涉“职业闭店人”的委托合同纠纷案，认定双方签订的“代理退费”合同无效，判决被告退还原告已支付的服务费8000元。
## 基本案情
2023年，某培训机构经营者李某因经营困难，在网上结识了自称能“帮忙闭店”的张某。张某承诺，只要支付服务费，就能帮助李某“合法”关闭门店，且不用退还学员剩余学费。双方签订合同后，李某支付了服务费8000元。
此后，张某指导李某转移资产、拒接学员电话，导致多名学员向监管部门投诉。李某被责令退费后，认为张某没有兑现承诺，遂诉至法院，要求退还服务费。
## 法院审理
法院审理认为，涉案合同的目的在于帮助经营者逃避对消费者的退费义务，损害了消费者的合法权益，违背公序良俗，应属无效。合同无效后，因该合同取得的财产应当予以返还。
## 法官说法
> “所谓‘职业闭店人’，实际上是教唆经营者逃避债务。”承办法官提醒，经营者遇到困难应依法清算、妥善处理预付款，切勿轻信此类“服务”，否则不仅无法免责，还可能承担更重的法律责任。
"""),

dict(id="vp-39", kind=K, doctitle="省茶叶学会举办2024年度茶叶加工技能培训班",
 title="省茶叶学会举办2024年度茶叶加工技能培训班", authors=["秦川"], publish_time="2024/05/28",
 css="""body{margin:0;font-size:13px;background:#e8f5e9}#main{width:950px;margin:0 auto;background:#fff}#hd{height:100px;background:#2e7d32;color:#fff;font-size:26px;padding:20px}
#nav{background:#1b5e20;padding:6px}#nav a{color:#fff;padding:0 12px}.tbl{width:100%}.title{font-size:20px;text-align:center;font-weight:bold;padding:16px}.inf{text-align:center;color:#666;background:#f1f8e9}#ft{text-align:center;padding:14px;color:#777}""",
 html="""<div id="main"><div id="hd">湖北省茶叶学会</div>
<div id="nav"><a>首页</a><a>学会概况</a><a>学会动态</a><a>学术交流</a><a>科普培训</a><a>会员之家</a><a>联系我们</a></div>
<table class="tbl"><tr><td>您的位置：首页 &gt; 学会动态</td></tr>
<tr><td class="title">省茶叶学会举办2024年度茶叶加工技能培训班</td></tr>
<tr><td class="inf">发布日期：2024/05/28　　发布者：学会秘书处　　阅读：402</td></tr>
<tr><td>{BODY}</td></tr></table>
<div id="ft">版权所有 © 湖北省茶叶学会　鄂ICP备12008761号　地址：武汉市洪山区某路　电话：027-8728xxxx</div></div>""",
 body="""
5月23日至27日，湖北省茶叶学会在恩施州举办2024年度茶叶加工技能培训班，来自全省14个产茶县市的茶企技术骨干、茶农代表共120余人参加培训。
本次培训采取理论授课与实操训练相结合的方式。培训班邀请了高校教授和国家级茶叶加工技能大师授课，内容涵盖绿茶、红茶、黑茶的加工工艺，茶叶机械使用与维护，茶叶质量安全和品牌营销等方面。
! 实操培训现场 | 学员在茶厂进行揉捻实操训练
在实操环节，学员们走进恩施当地茶厂，分组进行杀青、揉捻、干燥等工序的操作练习，老师现场指导、逐一点评。
“以前做茶全凭师傅传下来的经验，这次学到了很多科学的方法。”来自宜昌五峰的学员说。
培训结束时进行了理论和实操考核，考核合格的学员将获得相应的职业技能等级证书。学会相关负责人表示，今后将继续办好此类培训，为我省茶产业发展培养更多技能人才。（秦川）
"""),

dict(id="vp-40", kind=K, doctitle="国网青海电力：玉树牧区“光储微网”让牧民用上稳定电",
 title="玉树牧区“光储微网”让牧民用上稳定电", authors=["索南才措", "马德龙"], publish_time="2024-12-26",
 css="""body{margin:0;font-size:15px;line-height:1.9}.sg-h{background:#006b5a;color:#fff;padding:10px 6%;display:flex;justify-content:space-between}.sg-n{border-bottom:1px solid #ddd;padding:8px 6%}
.sg-b{display:grid;grid-template-columns:200px 1fr;gap:30px;max-width:1100px;margin:20px auto}.sg-b h1{font-size:24px;margin:0}.sg-m{color:#999;font-size:13px}.sg-f{background:#f2f2f2;font-size:12px;padding:16px 6%}""",
 html="""<div class="sg-h"><span>国网青海省电力公司</span><span>网上国网 | 95598 | 集团门户</span></div>
<div class="sg-n">首页　公司概况　新闻中心　服务指南　社会责任　信息披露</div>
<div class="sg-b"><div><b>新闻中心</b><p>公司要闻</p><p>基层动态</p><p>媒体聚焦</p></div>
<div><p class="sg-m">首页 / 新闻中心 / 基层动态</p>
<h1>玉树牧区“光储微网”让牧民用上稳定电</h1>
<p class="sg-m">2024-12-26　　国网玉树供电公司</p>
{BODY}
<p class="sg-m">责任编辑：李明远</p></div></div>
<div class="sg-f">版权所有：国网青海省电力公司　青ICP备06000356号</div>""",
 body="""
■ 索南才措　马德龙
入冬以来，玉树州称多县清水河镇的牧民尕玛家里，电暖器、电视机、冰柜同时运转，屋里暖意融融。“以前靠太阳能板，晚上灯都不亮几个小时，现在用电跟城里一样方便了。”尕玛说。
清水河镇平均海拔4400米以上，牧户居住分散，大电网延伸成本极高。今年，国网玉树供电公司在这里建成了“光储微网”示范项目，由光伏电站、储能电池和智能控制系统组成，实现了对周边68户牧民的稳定供电。
据介绍，微网配置光伏容量1.5兆瓦、储能3兆瓦时，可以在连续阴雪天气下保障牧户基本用电3天以上。同时，微网与附近的10千伏线路互联，必要时可以互为备用。
供电公司还组织党员服务队入户检查线路、讲解安全用电知识，并为牧民免费更换了老化的室内线路。下一步，公司计划在杂多、治多等县推广这一模式。
"""),
]
