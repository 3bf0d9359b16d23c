"""Institution pages wp-36 … wp-40: university, hospital, state enterprise, court, association."""
K = "institution"
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
PAGES = []

# wp-36 浙江 university news site (2021): 文/ 图/ 供稿单位 审核 at the end
PAGES.append(dict(
    id="wp-36", kind=K, lang="zh",
    title="我校在第十届浙江省大学生生物医学工程创新设计竞赛中获佳绩",
    authors=["沈一鸣", "蒋若曦"],
    publish_time="2024-11-20",
    features="university news site (2021 design): school banner with 校训, nav incl. 校园网/English, breadcrumb '首页 > 综合新闻', "
             "meta row '发布时间：2024-11-20　作者：沈一鸣 蒋若曦　来源：生命科学学院　点击：' with trailing empty counter, "
             "award table (header + 3 rows), closing credit line '文/沈一鸣 蒋若曦 图/学院 审核/陈晨' (not body), "
             "上一条/下一条, footer with 地址/邮编/浙ICP",
    bmode="pi", hstyle="strong",
    css="""
body{margin:0;font-family:"Microsoft YaHei"}
.uhd{background:#003f88;color:#fff;padding:20px 10%;display:flex;justify-content:space-between}
.uhd b{font-size:28px}
.unav{background:#00306a;padding:0 10%}.unav a{color:#fff;display:inline-block;padding:10px 18px}
.ubox{width:1000px;margin:24px auto}
.ubox h1{text-align:center;font-size:24px;color:#003f88}
.umeta{text-align:center;font-size:13px;color:#888;border-bottom:1px solid #ddd;padding-bottom:10px}
.bt{border-collapse:collapse;margin:auto}.bt td,.bt th{border:1px solid #888;padding:4px 12px}
.ufoot{background:#003f88;color:#cfe;font-size:12px;text-align:center;padding:18px}
""",
    page="""
<div class="uhd"><b>浙东理工大学新闻网</b><span>求是 笃行 明德 致新　｜　<a href="#">学校主页</a> <a href="#">English</a></span></div>
<div class="unav"><a href="#">首页</a><a href="#">综合新闻</a><a href="#">媒体聚焦</a><a href="#">院部动态</a><a href="#">学术科研</a><a href="#">校园人物</a><a href="#">视频</a><input type="text" placeholder="搜索"></div>
<div class="ubox">
<div>首页 &gt; 综合新闻</div>
<h1>@@TITLE@@</h1>
<div class="umeta">发布时间：@@TIME@@　作者：沈一鸣 蒋若曦　来源：生命科学学院　点击：</div>
@@BODY@@
<p style="text-align:right">文/沈一鸣 蒋若曦　图/学院　审核/陈晨</p>
<p>上一条：<a href="#">学校召开2024年冬季安全工作会议</a><br>下一条：<a href="#">化学工程学院举办“博士论坛”</a></p>
</div>
<div class="ufoot">版权所有 © 浙东理工大学　地址：浙江省宁波市江北区风华路XX号　邮编：315211<br>浙ICP备05007623号　浙公网安备 33020502000311号</div>
""",
    body=[
        ("p", "11月16日至17日，第十届浙江省大学生生物医学工程创新设计竞赛在杭州举行。我校生命科学学院选派的5支队伍在全省42所高校的186支参赛队伍中脱颖而出，获得一等奖1项、二等奖2项、三等奖2项，获奖数量创历史新高。"),
        ("table", [["奖项", "作品名称", "指导教师"],
                   ["一等奖", "基于柔性传感的术后康复监测手环", "周海涛"],
                   ["二等奖", "便携式糖尿病足早期筛查仪", "林静"],
                   ["二等奖", "老年人跌倒风险智能评估系统", "周海涛、许可"]]),
        ("p", "获得一等奖的团队负责人、2022级生物医学工程专业学生郑宇航介绍，团队从去年暑假开始调研，走访了宁波多家医院康复科，前后迭代了7版样机。“比赛让我们真正体会到了从临床需求出发做设计的意义。”"),
        ("p", "该竞赛由浙江省教育厅主办，是我省生物医学工程领域规格最高的大学生学科竞赛。近年来，学院坚持以赛促学、以赛促教，构建了“课程—项目—竞赛”一体化的创新人才培养体系。"),
    ],
))

# wp-37 湖南 hospital site (2019): 通讯员 in info bar, 健康科普 with Q&A headings
PAGES.append(dict(
    id="wp-37", kind=K, lang="zh",
    title="冬季心脑血管疾病高发 专家提醒做好“四防”",
    authors=["彭晓燕", "刘畅"],
    publish_time="2024-11-22 15:20",
    features="hospital website (2019 design): 预约挂号/就诊指南 top links, hospital name banner with 三级甲等 label, "
             "info bar '作者：彭晓燕 刘畅　来源：心血管内科　发布时间：2024-11-22 15:20　阅读次数：', quoted doctor, "
             "numbered 一防…四防 sub-headings, '审核：党委宣传部' line (not body), "
             "健康科普 related list, 扫码关注公众号 caption, footer with 湘ICP",
    bmode="u3", hstyle="strong",
    css="""
body{margin:0;font-family:"Microsoft YaHei";color:#333}
.hs-top{background:#f5f9f9;font-size:12px;padding:6px 8%;text-align:right}
.hs-hd{background:#00897b;color:#fff;padding:18px 8%;font-size:28px}
.hs-nv{background:#00695c;padding:0 8%}.hs-nv a{color:#fff;display:inline-block;padding:10px 14px}
.hs-m{width:1000px;margin:20px auto}
.hs-m h1{font-size:24px;text-align:center}
.hs-i{font-size:12px;color:#999;text-align:center;background:#f4f4f4;padding:6px}
.hs-f{background:#263238;color:#aaa;font-size:12px;text-align:center;padding:20px}
""",
    page="""
<div class="hs-top"><a href="#">预约挂号</a> | <a href="#">就诊指南</a> | <a href="#">院务公开</a> | <a href="#">无障碍</a></div>
<div class="hs-hd">湘南大学附属第二医院 <small>三级甲等综合医院</small></div>
<div class="hs-nv"><a href="#">首页</a><a href="#">医院概况</a><a href="#">新闻中心</a><a href="#">科室导航</a><a href="#">专家介绍</a><a href="#">健康科普</a><a href="#">护理园地</a><a href="#">招聘信息</a></div>
<div class="hs-m">
<div>当前位置：首页 » 健康科普 » 详细内容</div>
<h1>@@TITLE@@</h1>
<div class="hs-i">作者：彭晓燕 刘畅　来源：心血管内科　发布时间：@@TIME@@　阅读次数：</div>
@@BODY@@
<p style="text-align:right;color:#888">审核：党委宣传部</p>
<div><b>健康科普</b><ul><li><a href="#">流感高发季，这些人要优先接种疫苗</a></li><li><a href="#">冬季皮肤瘙痒怎么办？</a></li></ul></div>
<div><img src="@@GIF@@" alt="" width="100" height="100"><br>扫码关注医院公众号</div>
</div>
<div class="hs-f">湘南大学附属第二医院　地址：湖南省郴州市北湖区人民西路XX号　咨询电话：0735-22XXXXX<br>湘ICP备08104277号-1　Copyright © 2019-2024 All Rights Reserved</div>
""".replace("@@GIF@@", GIF),
    body=[
        ("p", "进入11月以来，随着气温骤降，我院心血管内科、神经内科门诊和急诊接诊的心脑血管疾病患者明显增多。心血管内科主任医师邓国华提醒，冬季是心脑血管疾病的高发季节，中老年人和有基础疾病的人群要格外注意。"),
        ("p", "“寒冷刺激会使血管收缩、血压升高，血液黏稠度增加，容易诱发心梗和脑卒中。”邓国华说，近期接诊的患者中，有不少是清晨起床后外出锻炼时突然发病的。"),
        ("h", "一防寒冷"),
        ("p", "注意头部、颈部和手脚保暖，早晚温差大时尽量减少外出，从温暖的室内到室外时要有过渡。"),
        ("h", "二防情绪激动"),
        ("p", "保持心情平和，避免过度兴奋、愤怒和焦虑。"),
        ("h", "三防用力过猛"),
        ("p", "排便时不要过度用力，搬重物、剧烈运动要量力而行，晨练时间宜推迟到太阳出来以后。"),
        ("h", "四防擅自停药"),
        ("p", "高血压、冠心病患者要坚持规律服药，定期监测血压，不能因为症状好转就自行停药或减量。出现胸闷胸痛、一侧肢体无力、口角歪斜等症状时，要立即拨打120。"),
    ],
))

# wp-38 黑龙江 state enterprise (forestry group) site (2016): 企业新闻, 作者 spaced name, 摄影 credit
PAGES.append(dict(
    id="wp-38", kind=K, lang="zh",
    title="集团公司召开今冬明春森林防火暨安全生产工作会议",
    authors=["高峰"],
    publish_time="2024-11-19",
    features="state enterprise (forestry group) site (2016): group logo + 'XX集团有限公司' banner, 企业新闻 column, title "
             "centred, info table row '作者：高  峰　摄影：李春雨　日期：2024-11-19　浏览：' (spaced name; 摄影 not author), "
             "会议 report with 一是/二是/三是 paragraph list, 党建 sidebar, 友情链接 select, footer with 黑ICP",
    bmode="div", hstyle="strong",
    css="""
body{margin:0;font-family:"Microsoft YaHei";background:#eef3ee}
.g-hd{background:#1b5e20;color:#fff;padding:18px 6%;font-size:26px}
.g-nv{background:#2e7d32;padding:0 6%}.g-nv a{color:#fff;display:inline-block;padding:10px 16px}
.g-wr{width:1100px;margin:16px auto;display:flex;gap:20px}
.g-sd{width:240px;background:#fff;padding:10px;font-size:13px}
.g-ct{flex:1;background:#fff;padding:24px 40px}
.g-ct h2{text-align:center;font-size:22px}
.para{text-indent:2em;line-height:2;margin:6px 0}
.g-ft{background:#1b5e20;color:#cfc;font-size:12px;text-align:center;padding:16px}
""",
    page="""
<div class="g-hd">龙江林业发展集团有限公司</div>
<div class="g-nv"><a href="#">首页</a><a href="#">集团概况</a><a href="#">企业新闻</a><a href="#">党建工作</a><a href="#">产业发展</a><a href="#">生态建设</a><a href="#">信息公开</a><a href="#">联系我们</a></div>
<div class="g-wr">
<div class="g-sd"><b>企业新闻</b><br><a href="#">集团要闻</a><br><a href="#">基层动态</a><br><a href="#">通知公告</a><br><br><b>党建工作</b><br><a href="#">学习园地</a><br><a href="#">廉政建设</a></div>
<div class="g-ct">
<div>您现在的位置：首页 &gt; 企业新闻 &gt; 集团要闻</div>
<h2>@@TITLE@@</h2>
<table width="100%"><tr><td align="center" style="color:#888;font-size:13px">作者：高&nbsp; 峰　摄影：李春雨　日期：@@TIME@@　浏览：</td></tr></table>
@@BODY@@
<p>【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</p>
</div></div>
<div class="g-ft">友情链接：<select><option>国务院国资委</option><option>黑龙江省国资委</option><option>国家林业和草原局</option></select><br>
版权所有：龙江林业发展集团有限公司　地址：哈尔滨市南岗区中山路XX号　黑ICP备12003861号</div>
""",
    body=[
        ("p", "11月18日，集团公司召开今冬明春森林防火暨安全生产工作会议，总结今年以来森林防火和安全生产工作，部署今冬明春重点任务。集团公司党委书记、董事长孙立军出席会议并讲话。"),
        ("img", "会议现场", "会议现场"),
        ("p", "会议指出，今年以来，集团公司各级单位认真落实森林防火和安全生产责任，全年未发生较大以上森林火灾和生产安全事故，安全形势总体平稳。"),
        ("p", "会议要求，各单位要清醒认识今冬明春森林防火形势的严峻性，重点抓好以下工作："),
        ("p", "一是压实责任。严格落实“局包场、场包段、段包山头”的责任体系，主要负责同志要靠前指挥。"),
        ("p", "二是强化管控。在林区主要路口设立防火检查站，加强火源管控和巡山护林，利用卫星监测、视频监控等手段实现全天候监测。"),
        ("p", "三是做好准备。各级专业扑火队要集中食宿、严阵以待，扑火物资和设备要检修到位，确保拉得出、打得赢。"),
        ("p", "会上，各林业局有限公司主要负责人签订了森林防火和安全生产目标责任书。"),
    ],
))

# wp-39 新疆 intermediate court site (2023): 法院新闻 with 通讯员 and 来源, case story
PAGES.append(dict(
    id="wp-39", kind=K, lang="zh",
    title="巡回法庭开到牧区 一天调解三起草场纠纷",
    authors=["热孜万古丽·买买提", "韩磊"],
    publish_time="2024-11-21 12:36:47",
    features="intermediate court site (2023 template, court-blue): 法院 emblem alt, nav (法院概况/审判执行/司法公开/诉讯服务), "
             "info row '来源：塔城地区中级人民法院　作者：热孜万古丽·买买提 韩磊　发布时间：2024-11-21 12:36:47' with minority "
             "name, 法官说法 sub-heading, closing '（通讯员 热孜万古丽·买买提 韩磊）' kept in last paragraph, "
             "'责任编辑：' line, 上一篇/下一篇, footer with 新ICP and 公网安备",
    bmode="u3", hstyle="strong",
    css="""
body{margin:0;font-family:"Microsoft YaHei";background:#f1f4f8}
.ct-hd{background:#0d3b7a;color:#fff;padding:16px 8%;display:flex;align-items:center;gap:12px;font-size:26px}
.ct-nv{background:#0a2f61;padding:0 8%}.ct-nv a{display:inline-block;color:#fff;padding:10px 18px}
.ct-m{width:960px;margin:20px auto;background:#fff;padding:30px 50px}
.ct-m h1{text-align:center;font-size:24px}
.ct-in{font-size:13px;color:#888;text-align:center}
.ct-ft{text-align:center;font-size:12px;padding:20px;color:#666}
""",
    page="""
<div class="ct-hd"><img src="@@GIF@@" alt="法徽" width="50" height="50">塔城地区中级人民法院</div>
<div class="ct-nv"><a href="#">首页</a><a href="#">法院概况</a><a href="#">法院新闻</a><a href="#">审判执行</a><a href="#">司法公开</a><a href="#">诉讼服务</a><a href="#">队伍建设</a><a href="#">法治宣传</a></div>
<div class="ct-m">
<div>首页 &gt; 法院新闻 &gt; 基层动态</div>
<h1>@@TITLE@@</h1>
<div class="ct-in">来源：塔城地区中级人民法院　作者：热孜万古丽·买买提 韩磊　发布时间：@@TIME@@</div>
<hr>
@@BODY@@
<p style="color:#888">责任编辑：周琳</p>
<p>上一篇：<a href="#">塔城中院召开执行攻坚推进会</a><br>下一篇：<a href="#">裕民县法院开展“法治进校园”活动</a></p>
</div>
<div class="ct-ft">塔城地区中级人民法院 版权所有　地址：塔城市XX路XX号<br>新ICP备16001472号-1　新公网安备65420102000037号</div>
""".replace("@@GIF@@", GIF),
    body=[
        ("p", "11月19日，托里县人民法院巡回法庭的车辆驶进了百公里外的库甫乡冬季牧场。当天，法官们在牧民的毡房里连续调解了三起草场承包纠纷，双方当事人均当场签订了调解协议。"),
        ("p", "其中一起纠纷中，牧民甲与牧民乙因冬草场边界不清发生争执，多年来矛盾不断。承办法官联合乡司法所、村委会工作人员现场勘查，对照承包合同和草原确权图逐段核对界址，最终让双方心服口服。"),
        ("p", "“冬天雪大路远，要是去县城打官司，来回得好几天。法官把法庭开到家门口，我们少跑了不少路。”当事人激动地说。"),
        ("h", "法官说法"),
        ("p", "草场是牧民最重要的生产资料，草场纠纷处理不好容易引发更大的矛盾。牧民在承包、流转草场时，应当签订书面合同，明确四至边界和使用期限，发生纠纷时可向村委会、乡司法所申请调解，也可依法向人民法院提起诉讼。"),
        ("p", "今年以来，托里县法院共开展巡回审判86次，就地化解矛盾纠纷150余件。（通讯员 热孜万古丽·买买提 韩磊）"),
    ],
))

# wp-40 浙江 industry association site (2020s simple CMS): 协会动态, 文 | 图 | credits
PAGES.append(dict(
    id="wp-40", kind=K, lang="zh",
    title="省茶叶行业协会赴丽水开展茶产业数字化专题调研",
    authors=["陈思远"],
    publish_time="2024-11-22 星期五",
    features="industry association site (2020s simple CMS): 会员登录/入会申请 top links, 协会动态 column, info bar "
             "'2024-11-22 星期五　|　协会秘书处　|　阅读量 316' with weekday, body with bullet list of 调研 findings, closing "
             "'文 | 陈思远　图 | 秘书处' credit line (not body), 分享 buttons, 会员单位 ticker, footer with 浙ICP and 社团登记证号",
    bmode="p", hstyle="h3",
    css="""
body{margin:0;font-family:"Noto Sans SC",sans-serif;background:#fbfaf5}
.as-top{font-size:12px;text-align:right;padding:6px 8%;background:#f0eee2}
.as-hd{padding:20px 8%;font-size:26px;color:#3d6b2a}
.as-nv{border-top:2px solid #3d6b2a;border-bottom:1px solid #ddd;padding:0 8%}.as-nv a{display:inline-block;padding:10px 16px}
.as-m{max-width:860px;margin:24px auto}
.as-in{color:#999;font-size:13px}
.tick{background:#f0eee2;font-size:12px;padding:8px}
.as-f{text-align:center;font-size:12px;color:#888;padding:20px;border-top:1px solid #ddd}
""",
    page="""
<div class="as-top"><a href="#">会员登录</a> | <a href="#">入会申请</a> | <a href="#">联系我们</a></div>
<div class="as-hd">浙江省茶叶行业协会</div>
<div class="as-nv"><a href="#">首页</a><a href="#">协会概况</a><a href="#">协会动态</a><a href="#">行业资讯</a><a href="#">政策法规</a><a href="#">会员风采</a><a href="#">标准与品牌</a></div>
<div class="as-m">
<div class="as-in">首页 / 协会动态</div>
<h1>@@TITLE@@</h1>
<div class="as-in">@@TIME@@　|　协会秘书处　|　阅读量 316</div>
@@BODY@@
<p style="text-align:right;color:#888">文 | 陈思远　图 | 秘书处</p>
<p>分享：<a href="#">微信</a> <a href="#">微博</a> <a href="#">复制链接</a></p>
<div class="tick">会员单位：浙江某茶业集团　松阳某茶叶合作社　龙泉某生态农业公司　景宁某茶业有限公司</div>
</div>
<div class="as-f">浙江省茶叶行业协会 版权所有　社会团体登记证号：浙社证字第0XXX号<br>浙ICP备16024417号-1　地址：杭州市西湖区XX路XX号　电话：0571-8705XXXX</div>
""",
    body=[
        ("p", "11月19日至21日，省茶叶行业协会组织专家和会员企业代表一行12人赴丽水市松阳、龙泉、景宁等地，围绕茶产业数字化转型开展专题调研。"),
        ("img", "调研组在松阳县一家茶企了解数字化生产线运行情况", "调研组在松阳县一家茶企了解数字化生产线运行情况"),
        ("p", "调研组先后走访了茶叶交易市场、数字茶园、茶叶加工企业和电商直播基地，与当地农业农村部门、茶企负责人和茶农代表进行座谈交流。"),
        ("h", "调研发现"),
        ("ul", ["茶园数字化管理覆盖面逐步扩大，但中小茶企投入能力有限，设备使用率不高；", "茶叶加工环节自动化程度明显提升，名优茶连续化生产线已在部分龙头企业推广；", "线上销售占比快速提高，但品牌同质化、价格竞争等问题较为突出。"]),
        ("p", "调研组建议，下一步要加强数字化改造的分类指导，推广低成本、易操作的轻量化应用；同时发挥行业协会桥梁作用，推动建立茶叶质量追溯和品牌保护联盟。"),
        ("p", "协会将在调研基础上形成专题报告，报送省级有关部门参考。"),
    ],
))
