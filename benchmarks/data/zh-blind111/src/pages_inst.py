"""Institution pages vh-36 .. vh-40 (university, hospital, state enterprise, association, court)."""
K = "institution"
PAGES = []

# vh-36: 江西 university news site, 文/图 + 审核 + 编辑 after the body, "发布日期" in a left-aligned bar
PAGES.append(dict(
    id="vh-36", lang="zh", kind=K,
    title="我校在第十届全国大学生水利创新设计大赛中获一等奖",
    authors=["胡雨晨", "彭嘉怡"],
    publish_time="2025-03-12",
    css="""body{margin:0;font-family:"Microsoft YaHei";background:#fff}.u-h{background:#003f88;color:#fff;padding:20px 8%}
.u-nav{background:#002f66;padding:8px 8%}.u-nav a{color:#fff;margin-right:22px}.u-c{width:1000px;margin:20px auto;display:flex;gap:30px}
.u-l{width:200px;background:#eef3fa}.u-r{flex:1}.u-r h3{font-size:24px;text-align:center}.u-i{text-align:center;font-size:13px;color:#777;background:#f5f5f5;padding:6px}
.v_news_content p{font-size:16px;line-height:1.9;text-indent:2em}.u-f{background:#003f88;color:#cfd8e6;text-align:center;font-size:12px;padding:20px}""",
    pre="""
<div class="u-h"><img alt="南昌工程学院新闻网" width="360" height="1"> <span style="float:right"><a>学校主页</a> | <a>English</a> | <input placeholder="站内搜索"></span></div>
<div class="u-nav"><a>首页</a><a>综合新闻</a><a>院部动态</a><a>校园文化</a><a>媒体工院</a><a>图说工院</a><a>专题报道</a></div>
<div class="u-c"><div class="u-l"><p><b>综合新闻</b></p><p><a>教学科研</a></p><p><a>学生工作</a></p><p><a>合作交流</a></p></div>
<div class="u-r">
<p>当前位置: <a>首页</a> &gt;&gt; <a>综合新闻</a> &gt;&gt; 正文</p>
<h3>我校在第十届全国大学生水利创新设计大赛中获一等奖</h3>
<div class="u-i">发布日期：2025-03-12　　点击量：<span>1874</span>　　来源：水利与生态工程学院</div>
""",
    wrap=('<div class="v_news_content">', "</div>"),
    mode="p",
    body=[
        "近日，第十届全国大学生水利创新设计大赛决赛成绩揭晓，我校水利与生态工程学院学生团队作品《基于北斗与AI视觉的小型水库智能巡检系统》荣获一等奖，实现了我校在该赛事最高奖项上的突破。",
        "本届大赛由中国水利教育协会主办，共有来自全国112所高校的1600余件作品参赛。我校共有6件作品进入决赛，最终获得一等奖1项、二等奖2项、三等奖3项。",
        ("img", "获奖团队合影", "获奖团队合影"),
        "获奖作品针对小型水库数量多、巡查人员少、隐患发现难等问题，利用北斗定位、无人机航拍和图像识别技术，实现对坝体裂缝、渗漏和库区漂浮物的自动识别与预警。团队负责人、水利水电工程专业2022级学生刘子涵介绍，系统已在南昌县两座小型水库试运行半年，隐患识别准确率达到92%。",
        "学院负责人表示，学院将继续深化“以赛促学、以赛促创”，把竞赛成果转化为服务基层水利的实际能力。",
    ],
    post="""
<p style="text-align:right">文/胡雨晨　彭嘉怡　图/学生记者团<br>初审：万伟　复审：李强　终审：陈红</p>
<p><a>【关闭窗口】</a></p>
<p>上一条：<a>学校召开2025年党风廉政建设工作会议</a><br>下一条：<a>我校举办春季校园招聘会</a></p>
</div></div>
<div class="u-f">版权所有：南昌工程学院党委宣传部　地址：江西省南昌市高新区天祥大道289号（示例）<br>赣ICP备05004926号　<img alt="">赣公网安备36010902000171号</div>""",
))

# vh-37: 新疆 hospital site, 2019 layout, "作者：" with department in brackets, 通讯员 & 责编
PAGES.append(dict(
    id="vh-37", lang="zh", kind=K,
    title="医院成功为一名3岁患儿实施复杂先天性心脏病矫治手术",
    authors=["努尔比亚·阿不都热依木", "刘晓燕"],
    publish_time="2025-03-11 17:26:40",
    css="""body{margin:0;font-family:sans-serif;background:#eef6f5}.h-top{background:#00897b;color:#fff;padding:16px 60px}
.h-nav a{display:inline-block;padding:10px 16px;color:#00695c}.h-main{width:1100px;margin:0 auto;background:#fff;padding:30px 50px}
.h-tt{font-size:24px;text-align:center;color:#004d40}.h-meta{text-align:center;color:#888;font-size:13px}.h-body p{font-size:16px;line-height:1.9}
.h-ft{background:#004d40;color:#b2dfdb;font-size:12px;text-align:center;padding:20px}""",
    pre="""
<div class="h-top">新疆维吾尔自治区儿童医院（示例） <span style="float:right"><a>预约挂号</a> | <a>就诊指南</a> | <a>长者模式</a></span></div>
<div class="h-nav"><a>首页</a><a>医院概况</a><a>新闻中心</a><a>科室导航</a><a>专家介绍</a><a>患者服务</a><a>党建文化</a></div>
<div class="h-main">
<p>首页 » 新闻中心 » 医院新闻</p>
<div class="h-tt">医院成功为一名3岁患儿实施复杂先天性心脏病矫治手术</div>
<div class="h-meta">作者：努尔比亚·阿不都热依木（心脏外科） 刘晓燕　发布时间：2025-03-11 17:26:40　浏览：935次</div>
""",
    wrap=('<div class="h-body">', "</div>"),
    mode="p",
    body=[
        "近日，我院心脏外科团队成功为一名来自和田地区的3岁患儿实施了法洛四联症合并肺动脉闭锁一期根治手术。目前，患儿恢复良好，已于3月10日康复出院。",
        "患儿出生后一直口唇青紫，活动后明显加重，体重仅11公斤。入院后，心脏外科联合心内科、麻醉科、重症医学科进行多学科会诊，制订了详细的手术方案。",
        "手术历时6个多小时。主刀医生艾克拜尔·吾守尔带领团队在体外循环下完成室间隔缺损修补、右心室流出道重建等操作。术后，患儿在儿童重症监护室平稳度过危险期，血氧饱和度由术前的72%上升至98%。",
        "“孩子的嘴唇终于不紫了，能跟别的孩子一样跑了。”出院时，患儿母亲激动地说。",
        "据了解，我院心脏外科每年完成先天性心脏病手术400余例，并定期赴南疆开展免费筛查。2024年以来，已为各族群众筛查儿童1.8万余名。",
    ],
    post="""
<p style="color:#999">责编：王芳　审核：党委宣传部</p>
<div>分享到：<a>微信</a> <a>微博</a></div>
<div><b>相关新闻</b><p><a>我院开展“爱眼日”义诊活动</a></p><p><a>医院召开2025年医疗质量安全工作会</a></p></div>
</div>
<div class="h-ft">地址：乌鲁木齐市（示例地址）　急诊电话：0991-4892120<br>新ICP备08100273号　新公网安备65010402000519号</div>""",
))

# vh-38: 福建 state enterprise (港口集团), 2025 corporate design, info bar under the title glued, 供稿 unit not author
PAGES.append(dict(
    id="vh-38", lang="zh", kind=K,
    title="集团首艘LNG动力拖轮在罗源湾港区投入使用",
    authors=["郭梓豪"],
    publish_time="2025-03-13",
    css="""body{margin:0;font-family:"HarmonyOS Sans SC",sans-serif}.co-h{display:flex;justify-content:space-between;align-items:center;padding:16px 5%;box-shadow:0 1px 6px #0002}
.co-h nav a{margin-left:24px}.co-banner{height:180px;background:#0d47a1;color:#fff;font-size:34px;padding:60px 5%}
.co-art{max-width:900px;margin:30px auto}.co-art h2{font-size:26px}.co-inf{font-size:13px;color:#999;border-bottom:1px solid #eee;padding-bottom:10px}
.co-txt p{font-size:16px;line-height:2}.co-f{background:#0a2540;color:#8aa;font-size:12px;padding:30px 5%}""",
    pre="""
<div class="co-h"><img alt="福建省港口集团有限责任公司（示例）" width="300" height="1"><nav><a>首页</a><a>关于我们</a><a>新闻中心</a><a>业务板块</a><a>党建工作</a><a>社会责任</a><a>联系我们</a><a>EN</a></nav></div>
<div class="co-banner">新闻中心 NEWS</div>
<div class="co-art">
<p>首页 / 新闻中心 / 基层动态</p>
<h2>集团首艘LNG动力拖轮在罗源湾港区投入使用</h2>
<div class="co-inf">发布时间:2025-03-13来源:福州港务集团作者:郭梓豪浏览量:642</div>
""",
    wrap=('<div class="co-txt">', "</div>"),
    mode="p",
    body=[
        "3月12日，随着一声汽笛长鸣，集团首艘LNG（液化天然气）动力拖轮“闽港拖28”在罗源湾港区正式投入使用，标志着集团港口作业船舶绿色低碳转型迈出新步伐。",
        "该轮总长38.5米，型宽11米，主机功率5000马力，采用LNG单燃料动力系统，与传统柴油动力拖轮相比，二氧化碳排放可减少约20%，氮氧化物排放减少约85%，基本不排放硫氧化物和颗粒物。",
        "“LNG拖轮噪声小、振动低，驾驶和作业体验都更好。”船长杨建伟说。",
        "该轮由集团所属航运公司与国内船厂联合研制，从开工建造到交付用时10个月，配备智能能效管理系统，可实时监测燃料消耗和排放数据。",
        "据介绍，罗源湾港区以大宗散货和件杂货为主，拖轮作业需求量大。今年，集团还将在福州港、厦门港再投入2艘LNG动力拖轮，并推进岸电设施全覆盖，力争到2026年底港作船舶清洁能源使用比例达到30%以上。",
    ],
    post="""
<div style="color:#999;font-size:13px">供稿：福州港务集团　编辑：集团党委宣传部</div>
<p><a>上一篇：集团召开2025年安全生产工作会议</a><br><a>下一篇：厦门港海天码头完成自动化改造</a></p>
</div>
<div class="co-f"><p>福建省港口集团有限责任公司（示例）　地址：福州市（示例地址）</p><p>闽ICP备18011635号-1　<img alt="">闽公网安备35010302000864号</p><p><img alt="官方微信"> 官方微信</p></div>""",
))

# vh-39: 河北 association (书法家协会), old 2011 frame-like table layout, 日期 in square brackets, 作者 glued
PAGES.append(dict(
    id="vh-39", lang="zh", kind=K,
    title="省书协“翰墨冀韵”新春送福进基层活动圆满结束",
    authors=["孟庆山"],
    publish_time="2025-3-10 9:41:23",
    css="""body{margin:0;background:#f0e9d8;font:12px 宋体}.bg{width:960px;margin:0 auto;background:#fffdf6}.tit{font:bold 20px 楷体;color:#7a2a10;text-align:center;padding:16px}
.xx{text-align:center;color:#8a6d3b;border-bottom:1px solid #e0d2b0;padding-bottom:6px}.zw{font-size:14px;line-height:26px;padding:10px 30px}
.nv{background:#7a2a10}.nv td{color:#fff;text-align:center;height:30px}""",
    pre="""
<div class="bg">
<table width="100%"><tr><td height="100" style="font:bold 30px 隶书;color:#7a2a10;padding-left:30px">河北省书法家协会</td><td align="right">设为首页 | 加入收藏 | 联系我们</td></tr></table>
<table width="100%" class="nv"><tr><td>首页</td><td>协会概况</td><td>协会动态</td><td>会员风采</td><td>展览赛事</td><td>书法教育</td><td>理论研究</td><td>会员服务</td></tr></table>
<table width="100%"><tr><td width="200" valign="top" style="background:#f7efdc;padding:10px"><b>协会动态</b><br><a>通知公告</a><br><a>工作动态</a><br><a>市县书协</a><br><br><b>友情链接</b><br><a>中国书法家协会</a><br><a>河北省文联</a></td>
<td valign="top">
<div>您现在的位置：<a>首页</a> &gt;&gt; <a>协会动态</a> &gt;&gt; 工作动态</div>
<div class="tit">省书协“翰墨冀韵”新春送福进基层活动圆满结束</div>
<div class="xx">作者：孟庆山　来源：本站原创　点击数：486　更新时间：2025-3-10 9:41:23</div>
""",
    wrap=('<div class="zw">', "</div>"),
    mode="u3000",
    body=[
        "近日，由河北省书法家协会主办的“翰墨冀韵”新春送福进基层活动圆满结束。活动历时一个多月，先后走进承德、张家口、衡水、沧州等8个设区市的乡村、社区、企业和军营。",
        "活动期间，省书协组织56名书法家深入基层，现场为群众书写春联、福字2.3万余幅，举办书法讲座和公益培训17场，受益群众超过1.5万人次。",
        "在衡水市武强县周窝村，书法家们铺开红纸、挥毫泼墨，一副副饱含祝福的春联引得村民争相领取。“往年都是买印刷的，今年拿到书法家亲手写的，贴在门上格外喜庆。”村民赵秀芝说。",
        "活动中，书法家们还走进沧州市一家制造企业和张家口某边防连队，与职工、官兵座谈交流，并向连队赠送了书写有“戍边卫国”等内容的书法作品40余幅。",
        "省书协主席表示，将把“送福进基层”打造为常态化品牌，引导广大书法工作者扎根人民、服务群众。",
    ],
    post="""
<p style="padding-left:30px">【<a>发表评论</a>】【<a>告诉好友</a>】【<a>打印此文</a>】【<a>关闭窗口</a>】</p>
<p style="padding-left:30px">上一篇文章：<a>省书协召开2025年工作会议</a><br>下一篇文章：<a>“河北省第九届书法篆刻展”征稿启事</a></p>
</td></tr></table>
<table width="100%" bgcolor="#7a2a10"><tr><td align="center" style="color:#fff;line-height:22px">版权所有：河北省书法家协会　地址：石家庄市（示例地址）<br>冀ICP备10015372号</td></tr></table>
</div>""",
))

# vh-40: 江西 intermediate court, court news with 通讯员 inline at the start of the body, editor and 供稿部门
PAGES.append(dict(
    id="vh-40", lang="zh", kind=K,
    title="吉安中院发布涉农民工工资纠纷十大典型案例",
    authors=["肖雨萌", "曾凡宇"],
    publish_time="2025年03月14日 15时20分",
    css="""body{margin:0;font-family:"Microsoft YaHei";background:#f9f6f0}.fy-head{background:linear-gradient(90deg,#8e0e00,#c0392b);color:#fde7a8;padding:24px 80px;font-size:30px}
.fy-menu{background:#5d0a00;padding:0 80px}.fy-menu a{color:#fff;display:inline-block;padding:10px 16px}.fy-box{width:1000px;margin:20px auto;background:#fff;padding:30px 50px}
.fy-box h1{font-size:24px;text-align:center}.fy-meta{text-align:center;color:#999;font-size:13px}.fy-text p{font-size:16px;line-height:1.95;text-indent:2em}
.fy-foot{text-align:center;font-size:12px;color:#777;padding:20px}""",
    pre="""
<div class="fy-head">江西省吉安市中级人民法院 <span style="font-size:13px"><a>诉讼服务</a> <a>审判流程</a> <a>裁判文书</a> <a>执行信息</a></span></div>
<div class="fy-menu"><a>首页</a><a>法院概况</a><a>法院新闻</a><a>审判执行</a><a>司法公开</a><a>诉讼服务</a><a>法治宣传</a><a>队伍建设</a></div>
<div class="fy-box">
<p>当前位置：首页 &gt; 法院新闻 &gt; 本院动态</p>
<h1>吉安中院发布涉农民工工资纠纷十大典型案例</h1>
<div class="fy-meta">发布时间：2025年03月14日 15时20分　文章来源：研究室　<a>字体：大 中 小</a>　<a>打印本页</a></div>
""",
    wrap=('<div class="fy-text">', "</div>"),
    mode="p", hstyle="strong",
    body=[
        "本网讯（通讯员 肖雨萌 曾凡宇）3月13日，吉安市中级人民法院召开新闻发布会，通报2024年以来全市法院审理涉农民工工资纠纷案件情况，并发布十大典型案例。",
        "2024年1月至2025年2月，全市两级法院共受理涉农民工工资纠纷案件1462件，审结1398件，为4100余名农民工追回工资报酬5380余万元。",
        ("h", "快立快审快执 让农民工“安薪”"),
        "全市法院对涉农民工工资案件开辟“绿色通道”，实行快立、快审、快执，平均审理周期缩短至32天。针对拒不支付劳动报酬的行为，依法追究刑事责任，判处罪犯9人。",
        ("h", "典型案例涵盖多种纠纷类型"),
        "此次发布的十大典型案例涵盖建设工程分包、劳务派遣、恶意欠薪等多种类型。其中，“某建设公司拖欠农民工工资案”中，法院依法判决总承包单位对分包单位拖欠的工资承担清偿责任，有效维护了农民工合法权益。",
        "吉安中院相关负责人表示，全市法院将继续加强与人社、住建等部门的协作联动，推动欠薪问题源头治理。",
    ],
    post="""
<p style="color:#999">责任编辑：宣传科</p>
<div><b>相关链接</b><p><a>吉安中院召开2025年全市法院工作会议</a></p><p><a>全市法院开展“冬季攻势”专项执行行动</a></p></div>
</div>
<div class="fy-foot">江西省吉安市中级人民法院版权所有　赣ICP备09012574号（示例）<br>诉讼服务热线：12368</div>""",
))
