from kit import img, links, lis, lis_d
PAGES = []
K = "institution"

# we-36: 四川 university news site, "文/ 图/ 审核/" credit line at end; 通讯员 authors
PAGES.append(dict(id="we-36", kind=K, title="我校在第十届四川省大学生机械创新设计大赛中获佳绩", authors=["赵梓涵", "何俊"], publish_time="2025-05-15",
css="body{font-family:'Microsoft YaHei'}.u-top{background:#7a0019;color:#fff}.u-nav a{color:#fff;margin:0 10px}.nm{font-size:24px;text-align:center}.nd{text-align:center;font-size:13px;color:#888}.credit{text-align:right}",
top=f"""<div class="u-top">{img('西南科技工程学院 新闻网')}<div class="u-nav">{links(['首页','学校要闻','综合新闻','学院动态','媒体聚焦','校园文化','专题报道','图说校园'])}</div><input placeholder="搜索"></div>
<div class="loc">当前位置: <a href="#">首页</a> &gt;&gt; <a href="#">综合新闻</a> &gt;&gt; 正文</div>
<h2 class="nm">我校在第十届四川省大学生机械创新设计大赛中获佳绩</h2>
<div class="nd">发布日期：2025-05-15　点击：[<span>586</span>]　来源：机械工程学院</div>
<div class="v_news_content">""",
bottom=f"""<p class="credit">（文/赵梓涵 何俊　图/机械工程学院　审核/陈勇）</p>
<p class="credit">编辑：刘畅　责任编辑：唐晓</p></div>
<div class="prn"><a href="#">【关闭】</a></div>
<div class="pg">上一条：<a href="#">学校召开2025年本科教学工作会议</a><br>下一条：<a href="#">图书馆举办“世界读书日”系列活动</a></div>
<div class="ft">版权所有：西南科技工程学院　地址：四川省绵阳市XX路XX号　邮编：621XXX　蜀ICP备0500XXXX号</div>""",
blocks=[
"5月10日至11日，第十届四川省大学生机械创新设计大赛在成都举行。我校机械工程学院选派的8支参赛队伍获一等奖2项、二等奖3项、三等奖2项，学校获“优秀组织奖”。",
"本届大赛以“智能装备与绿色制造”为主题，吸引了全省46所高校的320余件作品参赛。我校学生团队研制的“丘陵山地履带式智能采茶机器人”“可折叠式助老助行装置”两件作品，从机构创新、实用性和现场答辩等方面获得评委一致好评，荣获一等奖。",
"“采茶机器人的灵感来自我们在雅安茶园的暑期社会实践。”项目负责人、机械设计专业大三学生刘思齐介绍，团队历时8个月，先后修改设计方案10余次，最终使机器人能在30度坡地上稳定作业。",
"据悉，学院一直重视学生创新实践能力培养，依托学科竞赛工作室，构建了“课程—项目—竞赛”一体化的创新人才培养体系。近三年，学院学生在省级以上学科竞赛中获奖200余项。",
]))

# we-37: 广东 hospital, 2024 design, "供稿：科室 文字：X 图片：Y" lines above body; date with 时间 label
PAGES.append(dict(id="we-37", kind=K, title="我院成功开展首例经导管主动脉瓣置换术", authors=["梁晓彤"], publish_time="2025-05-14 15:30",
css="body{margin:0;font-family:sans-serif}.h-head{display:flex;justify-content:space-between;align-items:center;padding:12px 40px;border-bottom:2px solid #00857a}.h-art{width:900px;margin:30px auto}.h-art h1{font-size:26px}.h-meta{font-size:13px;color:#999;display:flex;gap:24px}",
top=f"""<div class="h-head">{img('江门市中心医院')}<div>{links(['首页','医院概况','科室导航','专家介绍','就医指南','新闻中心','党建文化','招聘信息'],' ')}</div><div>预约挂号：0750-320XXXX</div></div>
<div class="crumbs">首页 &gt; 新闻中心 &gt; 医院新闻</div>
<div class="h-art"><h1>我院成功开展首例经导管主动脉瓣置换术</h1>
<div class="h-meta"><span>时间：2025-05-14 15:30</span><span>供稿：心血管内科</span><span>浏览量：1,208</span></div>
<p class="cred">文字：梁晓彤　图片：宣传科 冯杰</p>""",
bottom=f"""<p class="audit">审核：黄志明</p></div>
<div class="h-side"><h4>就医服务</h4>{links(['门诊时间','预约挂号','检查报告查询','住院须知'],' ')}</div>
<div class="h-foot">{img('医院公众号')}关注医院公众号<br>地址：江门市蓬江区XX路XX号　急救电话：120<br>粤ICP备1401XXXX号　粤公网安备44070302000XXX号</div>""",
blocks=[
"近日，我院心血管内科联合心脏外科、麻醉科、超声医学科等多学科团队，成功为一名82岁重度主动脉瓣狭窄患者实施经导管主动脉瓣置换术（TAVR）。这是我院首次独立开展该项技术，标志着医院心脏介入诊疗水平迈上新台阶。",
"患者陈伯反复胸闷、气促两年多，近一个月加重，走几步路就喘不过气。入院检查发现，其主动脉瓣重度狭窄，同时合并慢性肾功能不全，传统开胸手术风险极高。",
"经多学科会诊讨论，团队决定为患者实施TAVR手术。手术在全麻下进行，医生经患者大腿根部股动脉穿刺，将人工瓣膜通过导管输送至心脏，精准释放到位。整个过程约1.5小时，创口仅约1厘米，术中出血量不足50毫升。",
("img", "手术团队在导管室为患者实施手术", "手术团队在导管室为患者实施手术"),
"术后第二天，陈伯即可下床活动，胸闷、气促症状明显缓解，目前已顺利康复出院。",
"心血管内科主任介绍，TAVR手术具有创伤小、恢复快等优点，尤其适合高龄、合并多种基础疾病、无法耐受外科开胸手术的患者。",
]))

# we-38: 贵州 state enterprise (energy group), 2019 template; 作者 with 通讯员 prefix; date with 日期 label; 点击
PAGES.append(dict(id="we-38", kind=K, title="盘江电厂2号机组完成超低排放改造并网运行", authors=["谢红梅", "付强"], publish_time="2025-05-13 11:20:05",
pmode="pi",
css="body{background:#eef2f6}.co-top{background:#0d3b66;color:#fff;padding:14px 60px}.co-nav{background:#174f86}.co-nav a{color:#fff;padding:0 16px}.nd-t{font-size:22px;text-align:center;color:#0d3b66}.nd-m{text-align:center;font-size:12px;color:#888;border-bottom:1px solid #ddd}",
top=f"""<div class="co-top">{img('黔能投资集团有限责任公司')}<span>Guizhou Qianneng Investment Group</span><span><a href="#">集团邮箱</a> | <a href="#">OA登录</a> | <a href="#">English</a></span></div>
<div class="co-nav">{links(['首页','集团概况','新闻中心','党的建设','产业板块','企业文化','社会责任','信息公开'])}</div>
<div class="pos">您的位置：首页 &gt; 新闻中心 &gt; 基层动态</div>
<div class="nd-t">盘江电厂2号机组完成超低排放改造并网运行</div>
<div class="nd-m">日期：2025-05-13 11:20:05　来源：盘江电厂　作者：通讯员 谢红梅 付强　点击量：412</div>
<div class="nd-c">""",
bottom=f"""</div><div class="nd-ed">【责任编辑：宋佳】</div>
<div class="nd-pn"><a href="#">上一篇：集团召开2025年安全生产月动员部署会</a><br><a href="#">下一篇：集团所属煤矿开展应急救援联合演练</a></div>
<div class="co-foot">版权所有：黔能投资集团有限责任公司　地址：贵州省贵阳市观山湖区XX大道XX号<br>黔ICP备1700XXXX号　贵公网安备52011502000XXX号　技术支持：集团信息中心</div>""",
blocks=[
"5月11日18时08分，盘江电厂2号机组超低排放改造项目顺利完成168小时试运行，正式并网发电。经第三方检测，机组烟尘、二氧化硫、氮氧化物排放浓度分别为2.1、18.6、32.4毫克每立方米，均优于国家超低排放标准。",
"2号机组装机容量60万千瓦，于2009年投产。本次改造主要包括脱硫系统增容、脱硝催化剂加装、湿式电除尘器新建等内容，总投资约1.6亿元。",
"改造期间，电厂成立项目攻坚专班，实行“日调度、周通报”，合理安排检修与施工交叉作业，比计划工期提前12天完成。施工期间实现安全生产“零事故”。",
("table", [["指标", "改造前（mg/m³）", "改造后（mg/m³）", "超低排放限值（mg/m³）"], ["烟尘", "18.5", "2.1", "10"], ["二氧化硫", "95.0", "18.6", "35"], ["氮氧化物", "86.2", "32.4", "50"]]),
"据测算，改造完成后，2号机组每年可减少二氧化硫排放约900吨、氮氧化物排放约600吨。目前，电厂4台机组已全部完成超低排放改造。",
]))

# we-39: 福建 association notice (会议通知), no writer, 2016 template, date only in 发布时间 with time, 附件 list
PAGES.append(dict(id="we-39", kind=K, title="关于召开福建省茶叶流通协会第四届会员代表大会第三次会议的通知", authors=[], publish_time="2025-05-16 10:45",
css="body{font-size:14px}.xh-head{background:#3f7d20;height:110px}.menu a{margin:0 12px}.t{font-size:20px;text-align:center;font-weight:bold}.i{text-align:center;color:#999;font-size:12px}",
top=f"""<div class="xh-head">{img('福建省茶叶流通协会')}<span>会员登录</span> <span>联系我们</span></div>
<div class="menu">{links(['首页','协会概况','协会动态','通知公告','会员风采','政策法规','行业资讯','茶文化'])}</div>
<div class="bread">您现在的位置：首页 &gt;&gt; 通知公告</div>
<div class="t">关于召开福建省茶叶流通协会第四届会员代表大会第三次会议的通知</div>
<div class="i">发布者：协会秘书处　发布时间：2025-05-16 10:45　阅读：<span>187</span>　字体：[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</div>
<div class="c">""",
bottom=f"""<p>附件：<a href="#">1.参会回执表.doc</a>　<a href="#">2.酒店交通示意图.pdf</a></p></div>
<div class="b">[<a href="#">打印本页</a>] [<a href="#">关闭窗口</a>]</div>
<div class="foot">福建省茶叶流通协会 版权所有　地址：福州市鼓楼区XX路XX号XX大厦　电话：0591-8755XXXX<br>闽ICP备1600XXXX号</div>""",
blocks=[
"各会员单位、会员代表：",
"经协会第四届理事会研究，决定召开第四届会员代表大会第三次会议。现将有关事项通知如下：",
("h", "一、会议时间"),
"2025年6月6日（星期五）上午9:00，会期半天。6月5日下午14:00—18:00报到。",
("h", "二、会议地点"),
"福州市晋安区某酒店三楼会议厅。",
("h", "三、会议内容"),
("li", ["（一）审议协会2024年度工作报告和财务报告；", "（二）审议协会章程修改草案；", "（三）增补部分理事、常务理事；", "（四）表彰2024年度优秀会员单位。"]),
("h", "四、有关要求"),
"请各会员代表于5月30日前将参会回执发送至协会秘书处邮箱（fjcla@163.example），联系人：黄女士，电话：0591-8755XXXX。因故不能参会的，须书面请假。",
"福建省茶叶流通协会",
"2025年5月16日",
]))

# we-40: 四川 county court, 2021 template, case report (以案说法) with 作者 and 审核; names anonymised
PAGES.append(dict(id="we-40", kind=K, title="网购“代拍”翻车？法院：违约方应返还价款", authors=["罗雨晴"], publish_time="2025年05月14日 14:08",
css="body{font-family:SimSun}.fy-top{background:#9e1b1b url();height:100px}.fy-nav{background:#c62828}.fy-nav a{color:#fff;margin:0 14px}.ct{font-size:22px;text-align:center;font-weight:bold}.cm{text-align:center;font-size:12px;color:#777}",
top=f"""<div class="fy-top">{img('四川省广安市前锋区人民法院')}<span>{img('法院徽标')}</span></div>
<div class="fy-nav">{links(['首页','法院概况','审判动态','司法公开','诉讼服务','以案释法','队伍建设','文化园地'])}</div>
<div class="fy-pos">您所在的位置：<a href="#">首页</a> &gt; <a href="#">以案释法</a></div>
<div class="ct">网购“代拍”翻车？法院：违约方应返还价款</div>
<div class="cm">作者：罗雨晴　　发布时间：2025年05月14日 14:08　　来源：前锋区人民法院　　【<a href="#">打印</a>】</div>
<div class="cc">""",
bottom=f"""<p class="shenhe">审核：唐伟　编辑：李曼</p></div>
<div class="fy-link">友情链接：<a href="#">最高人民法院</a> <a href="#">四川法院网</a> <a href="#">中国裁判文书网</a> <a href="#">中国执行信息公开网</a></div>
<div class="fy-foot">主办：四川省广安市前锋区人民法院　地址：广安市前锋区XX路XX号　诉讼服务热线：12368<br>蜀ICP备1900XXXX号　川公网安备51160302000XXX号</div>""",
blocks=[
("h", "【基本案情】"),
"2024年10月，王某通过社交平台联系到“代拍”李某，委托其代为抢购两张热门演唱会门票，约定每张门票加价800元，并向李某转账4360元。李某承诺“抢不到全额退款”。演出前，李某称未能抢到门票，但迟迟不退还款项。多次催要未果后，王某将李某诉至法院，要求返还4360元。",
("h", "【法院审理】"),
"前锋区人民法院审理认为，王某与李某之间形成委托合同关系。李某未能完成约定的委托事项，且明确承诺未抢到票全额退款，现其拒不退款，构成违约，应当返还王某已支付的款项。庭审中，经法官释法说理，李某认识到自身错误，当庭表示愿意还款。最终，双方达成调解协议，李某当场返还王某4360元。",
("h", "【法官说法】"),
"承办法官提醒，近年来热门演出一票难求，“代拍”“抢票”等服务在网络上屡见不鲜。消费者应通过官方授权渠道购票，不要轻信所谓的“内部票”“加价保抢”，以免陷入纠纷甚至上当受骗。如遇类似情况，应注意保存聊天记录、转账凭证等证据，依法维护自身合法权益。",
("q", "《中华人民共和国民法典》第九百一十九条：委托合同是委托人和受托人约定，由受托人处理委托人事务的合同。"),
]))
