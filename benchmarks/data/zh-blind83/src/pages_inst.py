# Institution pages wf-36 .. wf-40 (university, hospital, state enterprise, association, court). Invented.
G = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
PAGES = []

# ---------------------------------------------------------------- wf-36 university news site, 2020 design, 文/图/审核 line at the end
PAGES.append(dict(
    id="wf-36", kind="institution", mode="p", hmode="strong",
    title="我校召开2025届毕业生就业工作推进会",
    authors=["杨  帆".replace("  ", "")], publish_time="2025-06-10",
    body=[
        "6月9日下午，学校在榆中校区行政楼第一会议室召开2025届毕业生就业工作推进会。校党委副书记马文斌出席会议并讲话，各学院党委（党总支）副书记、辅导员代表参加会议。会议由学生工作部部长冯丽主持。",
        "会上，招生就业处处长赵刚通报了2025届毕业生就业进展情况。截至6月8日，我校2025届本科毕业生去向落实率为71.3%，研究生去向落实率为78.6%，较去年同期分别提高2.1和1.8个百分点。",
        "马文斌指出，当前正处于毕业生离校前就业工作的关键时期，各学院要进一步提高政治站位，把促进毕业生高质量充分就业作为当前的头等大事来抓。他强调：",
        "一要压实责任，落实“一把手”工程，学院领导班子成员要带头访企拓岗；",
        "二要精准帮扶，对家庭经济困难、少数民族等重点群体毕业生实行“一人一档”“一人一策”；",
        "三要做好离校未就业毕业生服务衔接，确保毕业生“离校不离心、服务不断线”。",
        "会上，化学化工学院、土木工程学院作了交流发言。",
    ],
    frame="""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>@T@-陇原理工大学新闻网</title>
<style>body{margin:0;font-family:"Microsoft YaHei";background:#f5f7fa}.hd{background:#003f88;color:#fff;padding:22px 12%;display:flex;justify-content:space-between;align-items:center}.hd .nm{font-size:28px;letter-spacing:3px}.hd .nm small{display:block;font-size:12px;letter-spacing:1px;opacity:.7}.mn{background:#fff;padding:0 12%;border-bottom:1px solid #e5e5e5}.mn a{display:inline-block;padding:14px 18px;color:#003f88}.ctn{width:1000px;margin:24px auto;background:#fff;padding:30px 60px}.lct{font-size:13px;color:#999}.ctn h1{font-size:26px;text-align:center;margin:24px 0 10px}.inf{text-align:center;color:#999;font-size:13px;border-bottom:1px dashed #ddd;padding-bottom:12px}.ctn p{font-size:16px;line-height:2;text-indent:2em}.credit{text-align:right;font-size:14px;color:#666}.nx{font-size:14px}.ftr{background:#002c61;color:#9fb5d4;text-align:center;font-size:12px;padding:20px;line-height:2}</style></head>
<body><div class="hd"><div class="nm">陇原理工大学新闻网<small>LONGYUAN UNIVERSITY OF TECHNOLOGY NEWS</small></div><form><input placeholder="搜索"></form></div>
<div class="mn"><a href="#">首页</a><a href="#">综合新闻</a><a href="#">教学科研</a><a href="#">学院动态</a><a href="#">校园文化</a><a href="#">媒体陇理</a><a href="#">图说陇理</a><a href="#">学校主页</a></div>
<div class="ctn"><div class="lct">当前位置：<a href="#">首页</a> &gt; <a href="#">综合新闻</a> &gt; 正文</div>
<h1>@T@</h1>
<div class="inf">发布时间：@D@　来源：学生工作部　点击：[ 1046 ]</div>
@B@
<p class="credit" style="text-indent:0">（文/杨  帆　图/李宏伟　审核/冯  丽）</p>
<div class="nx">上一条：<a href="#">我校在全省大学生创新创业大赛中获佳绩</a><br>下一条：<a href="#">学校举行2025年安全稳定工作专题会</a></div></div>
<div class="ftr">版权所有：陇原理工大学党委宣传部　地址：甘肃省兰州市榆中县示例路1号　邮编：730101<br>陇ICP备05000000号（示例）　甘公网安备 62012302000000号（示例）</div>
</body></html>"""))

# ---------------------------------------------------------------- wf-37 hospital site, 2016 design, 通讯员 closing
PAGES.append(dict(
    id="wf-37", kind="institution", mode="pi", hmode="strong",
    title="多学科协作 成功救治一名重症热射病患者",
    authors=["许佳", "闫振宇"], publish_time="2025-06-11 16:48",
    body=[
        "近日，我院重症医学科联合急诊科、肾内科、消化内科等多个学科，成功救治一名重症热射病患者。经过12天的全力救治，患者各项指标恢复正常，于6月10日康复出院。",
        "## 高温作业突发昏迷",
        "6月上旬，52岁的张先生在建筑工地高温环境下连续作业数小时后突然晕倒，被工友紧急送至我院急诊科。入院时，患者意识不清，体温高达41.8℃，伴有抽搐、血压下降，并出现急性肾损伤、肝功能损害、凝血功能障碍等多器官功能损害。",
        "## 多学科联手与时间赛跑",
        "急诊科立即启动重症热射病救治流程，在30分钟内将患者核心体温降至39℃以下，随后转入重症医学科。科室迅速组织多学科会诊，制定了血管内低温治疗、连续性肾脏替代治疗、保护脏器功能等综合治疗方案。",
        "“热射病是中暑中最严重的类型，病死率很高，早期快速降温是救治的关键。”重症医学科主任医师周建平提醒，高温天气户外作业人员要合理安排作息，及时补充水分和电解质，一旦出现头晕、乏力、恶心等症状，应立即停止作业，转移到阴凉处，必要时及时就医。",
        "~ （通讯员 许佳 闫振宇）",
    ],
    frame="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>豫北示范医院</title>
<style>body{margin:0;font:14px/1.8 "Microsoft YaHei";background:#fff}.top{background:#e8f4fb;font-size:12px;padding:4px 10%;color:#468}.top a{margin-left:10px}.hd{padding:16px 10%;display:flex;justify-content:space-between}.hd b{font-size:28px;color:#008b8b}.hd .tel{color:#c00;font-size:18px}.nav{background:#008b8b}.nav a{display:inline-block;padding:10px 22px;color:#fff}.bd{width:1100px;margin:20px auto;display:flex;gap:24px}.sd{width:240px}.sd h3{background:#008b8b;color:#fff;margin:0;padding:8px}.sd a{display:block;border-bottom:1px dashed #ccc;padding:6px}.mc{flex:1}.mc .pos{border-bottom:2px solid #008b8b;color:#777}.mc h2{font-size:24px;text-align:center}.mc .sj{text-align:center;color:#999;font-size:13px}.ft{background:#00666b;color:#cde;text-align:center;font-size:12px;padding:16px;line-height:2}</style></head>
<body><div class="top">欢迎访问豫北示范医院官方网站！<a href="#">无障碍</a><a href="#">English</a><a href="#">院长信箱</a></div>
<div class="hd"><b>豫北示范医院</b><span class="tel">预约挂号：0373-2048000</span></div>
<div class="nav"><a href="#">首页</a><a href="#">医院概况</a><a href="#">新闻中心</a><a href="#">科室导航</a><a href="#">专家介绍</a><a href="#">就医指南</a><a href="#">健康科普</a><a href="#">党建工作</a><a href="#">招聘信息</a></div>
<div class="bd"><div class="sd"><h3>新闻中心</h3><a href="#">医院新闻</a><a href="#">媒体报道</a><a href="#">通知公告</a><a href="#">视频新闻</a><h3>便民服务</h3><a href="#">门诊时间</a><a href="#">来院路线</a><img alt="医院微信公众号" src="DATA"><br>扫码关注微信公众号，预约挂号更便捷</div>
<div class="mc"><div class="pos">您的位置：<a href="#">首页</a> &gt; <a href="#">新闻中心</a> &gt; <a href="#">医院新闻</a></div>
<h2>@T@</h2>
<div class="sj">作者：许佳 闫振宇　　来源：重症医学科　　发布时间：@D@　　浏览次数：<span>682</span></div>
@B@
<p style="text-align:right">编辑：党委宣传部　审核：王新民</p>
<p>上一篇：<a href="#">我院开展“医师节”系列义诊活动</a><br>下一篇：<a href="#">我院成功举办豫北地区胸痛中心建设培训班</a></p></div></div>
<div class="ft">版权所有 © 豫北示范医院　地址：河南省新乡市示例大道88号<br>豫ICP备12000000号（示例）　豫公网安备 41070202000000号（示例）</div>
</body></html>""".replace("DATA", G)))

# ---------------------------------------------------------------- wf-38 state enterprise, 2023 design, closing byline (name name)
PAGES.append(dict(
    id="wf-38", kind="institution", mode="p", hmode="h4",
    title="柴达木油田首座光热储能示范站并网发电",
    authors=["祁文涛", "马  倩".replace("  ", "")], publish_time="2025-06-12 08:30",
    body=[
        "6月11日，柴达木油田首座光热储能示范站在格尔木某采油作业区并网发电，标志着油田在“油气+新能源”融合发展上迈出新步伐。",
        ("img", "光热储能示范站", "光热储能示范站全景。　韩  超　摄"),
        "该示范站装机规模5兆瓦，配套建设熔盐储热系统，储热时长达8小时，可实现夜间持续供热供电。项目投运后，每年可为作业区提供清洁电力约1300万千瓦时，替代天然气约320万立方米，减少二氧化碳排放约1.1万吨。",
        "柴达木盆地年日照时数超过3000小时，太阳能资源得天独厚。油田充分利用这一优势，在建设过程中攻克了高海拔、大温差、强风沙条件下集热镜场稳定运行等多项技术难题。",
        "#### 下一步规划".replace("#### ", "## "),
        "油田计划“十五五”期间再建设光热、光伏项目20个以上，新能源装机规模突破1000兆瓦，力争建成高原绿色低碳示范油田。（祁文涛 马  倩）",
    ],
    frame="""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>@T@ | 柴达木油田（示例）</title>
<style>body{margin:0;font-family:"HarmonyOS Sans SC","Microsoft YaHei";background:#fff;color:#1c1c1c}.gh{display:flex;align-items:center;justify-content:space-between;padding:18px 7%;border-bottom:1px solid #eee}.gh .brand{font-weight:700;font-size:22px;color:#d81e06}.gh nav a{margin-left:24px;color:#333;font-size:15px}.hero{background:#f6f6f6;padding:40px 7% 24px}.hero .crumb{font-size:13px;color:#888}.hero h1{font-size:36px;max-width:900px;line-height:1.3}.hero .m{display:flex;gap:24px;font-size:14px;color:#777}.content{max-width:820px;margin:30px auto;padding:0 20px}.content p{font-size:17px;line-height:2}.sub{font-size:19px;color:#d81e06}.pic-note{font-size:13px;color:#888}.share{border-top:1px solid #eee;padding-top:12px;color:#999}.news-more{max-width:820px;margin:20px auto}.news-more a{display:block;line-height:2}.gf{background:#1b1b1b;color:#999;font-size:12px;padding:30px 7%;line-height:2}</style></head>
<body><header class="gh"><span class="brand">柴达木油田</span><nav><a href="#">关于我们</a><a href="#">新闻中心</a><a href="#">业务领域</a><a href="#">绿色发展</a><a href="#">党建文化</a><a href="#">信息公开</a><a href="#">EN</a></nav></header>
<section class="hero"><div class="crumb">首页 ／ 新闻中心 ／ 油田要闻</div>
<h1>@T@</h1>
<div class="m"><span>@D@</span><span>来源：新能源事业部</span><span>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div></section>
<div class="content">
@B@
<p style="color:#888;font-size:14px">责任编辑：杜  娟</p>
<div class="share">分享至：微信 微博 复制链接　<a href="#">打印</a></div></div>
<div class="news-more"><h3>相关新闻</h3><a href="#">油田今年新能源项目全面开工</a><a href="#">花土沟光伏电站实现满发运行</a><a href="#">柴达木油田召开绿色低碳发展大会</a></div>
<footer class="gf">版权所有：某某石油柴达木油田分公司（示例）　青ICP备00000000号（示例）<br>地址：青海省格尔木市示例路　电话：0979-0000000</footer>
</body></html>"""))

# ---------------------------------------------------------------- wf-39 provincial association, 2010 design, 作者 in info bar
PAGES.append(dict(
    id="wf-39", kind="institution", mode="font",
    title="省作协“文学进基层”活动走进承德滦平",
    authors=["高  翔".replace("  ", "")], publish_time="2025年06月13日",
    body=[
        "6月12日至13日，由河北省作家协会主办的“文学进基层”活动走进承德市滦平县。十余位省内知名作家、评论家深入乡村、企业、学校，与基层文学爱好者面对面交流。",
        "在滦平县金山岭长城脚下的花楼沟村，作家们走进农家小院，听村民讲述长城保护和乡村旅游发展的故事。“这里的每一块城砖都有故事，每一位村民都是讲述者。”作家刘晓梅说，她将以此为素材创作一部反映长城脚下新生活的散文集。",
        "在滦平县第一中学，评论家周志远为300余名师生作了题为《阅读与写作：怎样讲好身边的故事》的讲座，鼓励同学们多观察生活、多动笔记录。",
        "活动期间，省作协还向滦平县图书馆、花楼沟村农家书屋赠送文学图书1200余册，并为当地文学创作基地授牌。",
        "据了解，今年省作协将组织“文学进基层”活动20场，覆盖全省11个设区市。",
    ],
    frame="""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head><meta charset="utf-8"><title>河北作家网</title>
<style type="text/css">body{margin:0;font-size:12px;background:#f7f2e7}.main{width:950px;margin:0 auto;background:#fff;border:1px solid #d6c9a8}.head{height:100px;background:#5b3a1a;color:#f3e1b3;font:bold 32px 楷体;padding:30px}.menu{background:#3f2810;line-height:28px;text-align:center}.menu a{color:#f3e1b3;margin:0 10px}.tt{font-size:20px;font-weight:bold;text-align:center;padding:16px 0 8px;color:#5b3a1a}.xx{text-align:center;line-height:24px;background:#f5efe2}.zw{padding:14px 36px;line-height:26px}.dibu{text-align:center;line-height:22px;background:#3f2810;color:#cbb58a;padding:8px}</style></head>
<body><div class="main"><div class="head">河北作家网</div>
<div class="menu"><a href="#">首页</a>|<a href="#">作协动态</a>|<a href="#">文学评论</a>|<a href="#">作家风采</a>|<a href="#">作品选登</a>|<a href="#">文学期刊</a>|<a href="#">会员之家</a></div>
<table width="100%"><tr><td>位置：<a href="#">首页</a>-&gt;<a href="#">作协动态</a></td><td align="right">站内搜索 <input size="12"> <input type="button" value="搜"></td></tr></table>
<div class="tt">@T@</div>
<div class="xx">作者：高  翔&nbsp;&nbsp;&nbsp;&nbsp;来源：河北作家网&nbsp;&nbsp;&nbsp;&nbsp;发布时间：@D@&nbsp;&nbsp;&nbsp;&nbsp;点击：305</div>
<div class="zw">
@B@
</div>
<table width="100%"><tr><td style="padding-left:36px">【<a href="#">打印</a>】【<a href="#">关闭</a>】</td></tr>
<tr><td style="padding-left:36px"><b>相关新闻</b><br>·<a href="#">省作协召开2025年度重点作品扶持评审会</a><br>·<a href="#">“文学进基层”活动走进衡水武强</a></td></tr></table>
<div class="dibu">河北省作家协会主办　Copyright 2010-2025 All Rights Reserved<br>冀ICP备10000000号（示例）　联系电话：0311-00000000</div>
</div></body></html>"""))

# ---------------------------------------------------------------- wf-40 intermediate court, 2022 design, 作者 + seconds
PAGES.append(dict(
    id="wf-40", kind="institution", mode="p", hmode="strong",
    title="天水中院发布十起涉农民工工资纠纷典型案例",
    authors=["王  静".replace("  ", ""), "何晓东"], publish_time="2025-06-15 10:01:36",
    body=[
        "为切实保障农民工合法权益，6月13日，天水市中级人民法院召开新闻发布会，通报全市法院近年来审理涉农民工工资纠纷案件情况，并发布十起典型案例。",
        "据介绍，2022年以来，全市法院共受理涉农民工工资纠纷案件1863件，审结1802件，为农民工追回工资报酬4600余万元。案件主要集中在建筑施工、劳务承包等领域，违法分包、转包导致欠薪问题较为突出。",
        "## 典型案例一：总承包单位对违法分包导致的欠薪承担清偿责任",
        "某建筑公司承建清水县一住宅项目后，将劳务部分违法分包给不具备用工主体资格的包工头刘某。工程完工后，刘某拖欠杨某等23名农民工工资共计61万元。法院审理认为，施工总承包单位违法分包，应当承担清偿责任，遂判决某建筑公司支付拖欠的工资。",
        "## 典型案例二：恶意欠薪构成拒不支付劳动报酬罪",
        "包工头李某在收到工程款后，以转移财产、逃匿等方式逃避支付14名农民工工资28万元，经人社部门责令支付后仍不支付。法院以拒不支付劳动报酬罪判处李某有期徒刑一年六个月，并处罚金。",
        "天水中院相关负责人表示，全市法院将继续开辟涉农民工案件“绿色通道”，对符合条件的农民工依法缓减免诉讼费用，实行快立、快审、快执。",
    ],
    frame="""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>@T@_天水市中级人民法院（示例）</title>
<style>body{margin:0;font-family:"Microsoft YaHei";background:#f3f0ea}.tbar{background:#7a0f0f;color:#f7dcdc;font-size:12px;padding:6px 8%;display:flex;justify-content:space-between}.tbar a{color:#f7dcdc;margin-left:10px}.hdx{background:#a21616;padding:24px 8%;color:#fff;font-size:30px;font-weight:bold;letter-spacing:4px}.hdx small{display:block;font-size:12px;letter-spacing:1px;font-weight:normal}.nvx{background:#fff;padding:0 8%;border-bottom:3px solid #a21616}.nvx a{display:inline-block;padding:14px 16px;color:#7a0f0f}.sec{width:1060px;margin:20px auto;background:#fff;padding:34px 64px}.sec .here{font-size:13px;color:#999}.sec h1{text-align:center;font-size:27px;margin:20px 0 10px}.line{text-align:center;color:#888;font-size:13px;border-bottom:1px solid #eee;padding-bottom:12px}.line b{font-weight:normal;margin:0 10px}.sec p{font-size:16px;line-height:2;text-indent:2em}.fx{background:#5c0b0b;color:#e5c4c4;font-size:12px;text-align:center;padding:20px;line-height:2}</style></head>
<body><div class="tbar"><span>甘肃省天水市中级人民法院</span><span><a href="#">无障碍</a><a href="#">关怀模式</a><a href="#">诉讼服务网</a><a href="#">裁判文书网</a></span></div>
<div class="hdx">天水法院网<small>TIANSHUI COURT（示例站点）</small></div>
<div class="nvx"><a href="#">首页</a><a href="#">法院新闻</a><a href="#">审判动态</a><a href="#">司法公开</a><a href="#">典型案例</a><a href="#">法官风采</a><a href="#">法院文化</a><a href="#">诉讼指南</a></div>
<div class="sec"><div class="here">当前位置：<a href="#">首页</a> &gt; <a href="#">审判动态</a></div>
<h1>@T@</h1>
<div class="line"><b>作者：王  静　何晓东</b><b>发布时间：@D@</b><b>打印本页</b><b>关闭窗口</b></div>
@B@
<p style="text-indent:0;color:#888;font-size:14px">（责任编辑：研究室）</p>
<p style="text-indent:0">附件：<a href="#">天水市法院涉农民工工资纠纷十起典型案例.pdf</a></p></div>
<div class="fx">天水市中级人民法院主办（示例）　地址：天水市秦州区示例路1号　诉讼服务热线：12368<br>陇ICP备00000000号（示例）</div>
</body></html>"""))
