# Institution pages ww-36 .. ww-40 (all invented)
PAGES = []
A = PAGES.append

# ww-36 四川 university news site, 2023 design, 文/ 图/ 审核/ line at the end
A(dict(id="ww-36", kind="institution", lang="zh",
title="我校在第十届全国大学生智能农业装备创新大赛中获佳绩",
authors=["周婧怡", "黄  磊".replace(" ", "")], publish_time="2025-06-08",
css="""body{margin:0;font-family:"Source Han Sans"}.u-top{background:#003f88;color:#fff;padding:14px 8%;display:flex;justify-content:space-between}.u-top b{font-size:26px}
.u-nav{background:#00306a;padding:0 8%}.u-nav a{color:#fff;display:inline-block;padding:10px 14px}.u-c{width:1000px;margin:24px auto}.u-c h1{font-size:26px;text-align:center}
.u-m{text-align:center;color:#999;font-size:13px;border-bottom:1px dashed #ccc;padding-bottom:8px}.u-c p{font-size:16px;line-height:1.9;text-indent:2em}.u-sign{text-align:right}""",
shell="""<div class="u-top"><b>西蜀理工大学新闻网</b><span>学校主页 | English | <input placeholder="搜索"></span></div>
<div class="u-nav"><a>首页</a><a>西理要闻</a><a>综合新闻</a><a>学院动态</a><a>媒体西理</a><a>校园人物</a><a>图片新闻</a><a>视频</a></div>
<div class="u-c"><p>当前位置：首页 &gt; 综合新闻 &gt; 正文</p>
<h1>@@T@@</h1>
<div class="u-m">发布时间：2025-06-08　来源：机电工程学院　浏览：[1345]次</div>
@@BODY@@
<p class="u-sign">（文/ 周婧怡 黄  磊　图/ 机电工程学院　审核/ 王志强）</p>
<p>【<a>打印本页</a>】【<a>关闭窗口</a>】</p>
<p>上一篇：<a>学校召开2025届毕业生就业工作推进会</a></p><p>下一篇：<a>我校与雅安市签署校地合作协议</a></p></div>
<div class="ft" style="background:#003f88;color:#cdd;text-align:center;padding:18px">版权所有：西蜀理工大学　地址：四川省成都市郫都区西源大道999号　邮编：611700<br>蜀ICP备05012345号　川公网安备 51012402000999号</div>""",
body=[
"6月5日至7日，第十届全国大学生智能农业装备创新大赛总决赛在江苏镇江举行。我校机电工程学院代表队的“丘陵山地茶园智能采摘机器人”和“基于视觉识别的柑橘分级装置”两件作品分别获得一等奖和二等奖，学院获评“优秀组织奖”。",
("img", "获奖团队合影", "获奖团队合影"),
"本届大赛共吸引全国156所高校的1300余件作品参赛，经过初赛、复赛，共有210件作品进入总决赛。我校获得一等奖的作品针对丘陵山地茶园地形复杂、采摘用工难的问题，采用履带式底盘和柔性末端执行器，可识别一芽一叶、一芽二叶等不同等级嫩芽，采摘效率相当于8个熟练工人。",
"“我们团队从去年9月开始准备，前后在茶园里做了四十多次试验。”团队负责人、机电工程学院2022级本科生刘宇航说。",
"近年来，学校坚持“以赛促学、以赛促创”，构建了校、省、国家三级竞赛体系，学生创新能力不断提升。",
]))

# ww-37 山西 hospital site, 2015 design, 供稿/撰稿/编辑 lines
A(dict(id="ww-37", kind="institution", lang="zh",
title="我院成功完成首例经导管主动脉瓣置换术",
authors=["乔晓丽"], publish_time="2025年06月06日 16:31",
css="""body{margin:0;background:#eef6f6;font:14px/1.6 "Microsoft YaHei"}.hosp{background:#fff;border-top:5px solid #00928f;padding:14px 50px;font-size:26px;color:#00928f}
.hn{background:#00928f;color:#fff;padding:8px 50px}.hw{width:1000px;margin:16px auto;background:#fff;padding:20px 40px}.hw h2{text-align:center;font-size:22px;color:#00605e}
.hi{text-align:center;color:#999;background:#f6f6f6;padding:4px}.hw p{font-size:16px;line-height:1.9}""",
shell="""<div class="hosp">晋中市第二人民医院 <small style="font-size:13px">三级甲等综合医院　预约挂号电话：0354-3030120</small></div>
<div class="hn">医院首页 | 医院概况 | 新闻中心 | 科室导航 | 专家介绍 | 就医指南 | 健康科普 | 党建园地 | 招聘信息</div>
<div class="hw"><p>您的位置：首页 → 新闻中心 → 医院新闻</p>
<h2>@@T@@</h2>
<div class="hi">发布者：宣传科　　发布时间：2025年06月06日 16:31　　阅读次数：672</div>
@@BODY@@
<p>供稿：心血管内科</p><p>撰稿：乔晓丽</p><p>编辑：宣传科 任  娜</p><p>审核：郭建华</p>
<p><a>【返回上页】</a> <a>【打印本页】</a></p></div>
<div class="ft" style="text-align:center;font-size:12px">晋中市第二人民医院 版权所有　地址：晋中市榆次区顺城街166号　晋ICP备09001234号<br>急诊电话：0354-3030120　投诉电话：0354-3030999</div>""",
p="<p>　　{}</p>",
body=[
"近日，我院心血管内科团队在省级专家的指导下，成功为一名78岁重度主动脉瓣狭窄患者实施了经导管主动脉瓣置换术（TAVR），标志着我院心脏瓣膜病介入治疗迈上新台阶。",
"患者张大爷半年前开始出现活动后胸闷、气短，近一个月症状加重，连上楼都很困难。入院检查发现，他患有重度主动脉瓣狭窄，同时合并慢性肾功能不全。考虑到患者年龄大、基础病多，传统开胸手术风险很高。",
"心血管内科会同心外科、麻醉科、超声科、影像科等多学科团队反复讨论，决定为患者实施TAVR手术。手术通过大腿根部的股动脉穿刺，将人工瓣膜经导管送至心脏，在不开胸、心脏不停跳的情况下完成瓣膜置换，历时约1个半小时。",
"术后第二天，张大爷即可下床活动，胸闷气短症状明显缓解。目前，患者已康复出院。",
("h", "什么是TAVR？"),
"TAVR是一种微创介入治疗技术，具有创伤小、恢复快等优点，特别适合高龄、合并多种疾病、无法耐受外科手术的主动脉瓣狭窄患者。",
]))

# ww-38 天津 state enterprise news center, 2025 design, 通讯员 in info bar
A(dict(id="ww-38", kind="institution", lang="zh",
title="津港集团首艘LNG双燃料拖轮交付使用",
authors=["吕  涛".replace(" ", ""), "曹雨晴"], publish_time="2025-06-05",
css="""*{box-sizing:border-box}body{margin:0;font-family:Inter,"PingFang SC"}.corp{display:flex;justify-content:space-between;align-items:center;padding:18px 7%;box-shadow:0 1px 4px #ccc}
.corp b{font-size:22px;color:#004e9e}.corp nav a{margin-left:22px}.hero{background:#004e9e;color:#fff;padding:40px 7%}.hero h1{font-size:32px;margin:10px 0}
.chips span{display:inline-block;border:1px solid #8fb3dd;border-radius:12px;padding:2px 10px;margin-right:8px;font-size:13px}.rich{max-width:820px;margin:30px auto}.rich p{font-size:17px;line-height:1.9}""",
shell="""<header class="corp"><b>津港集团</b><nav><a>关于我们</a><a>新闻中心</a><a>业务板块</a><a>党的建设</a><a>投资者关系</a><a>社会责任</a><a>EN</a></nav></header>
<section class="hero"><div>新闻中心 / 集团要闻</div><h1>@@T@@</h1>
<div class="chips"><span>2025-06-05</span><span>文：吕涛 曹雨晴</span><span>图：港航服务公司</span></div></section>
<div class="rich">@@BODY@@
<hr><p style="color:#999;font-size:13px">责任编辑：党委宣传部</p>
<div style="display:flex;justify-content:space-between"><a>‹ 上一篇：集团召开2025年安全生产月动员会</a><a>下一篇：集团与中欧班列平台签署合作协议 ›</a></div></div>
<footer style="background:#0b1f3a;color:#9fb0c8;padding:30px 7%">津港集团有限公司 © 2025　地址：天津市滨海新区津港路99号<br>津ICP备08003456号-1　津公网安备 12011602000321号<br>关注我们：微信公众号　视频号</footer>""",
body=[
"6月4日，由集团所属港航服务公司投资建造的“津港拖12”轮在天津港正式交付使用。这是集团首艘LNG（液化天然气）双燃料全回转拖轮，也是北方港口首批投用的同类型拖轮之一。",
"“津港拖12”轮总长39.8米，主机功率5000千瓦，系柱拖力达到70吨，可满足20万吨级以上大型船舶的靠离泊作业需求。该轮采用LNG和柴油双燃料动力系统，以LNG为主要燃料时，二氧化碳排放可减少约20%，氮氧化物排放减少约80%，硫氧化物和颗粒物排放几乎为零。",
("img", "津港拖12轮", "“津港拖12”轮在天津港进行首次作业"),
"港航服务公司相关负责人介绍，公司目前拥有拖轮42艘，计划到2027年新建和改造LNG动力及电动拖轮10艘，拖轮船队清洁能源使用比例提高到30%以上。",
"近年来，集团持续推进绿色港口建设，已累计建成岸电设施86套，港区内集卡全部实现新能源化，为打造世界一流智慧港口、绿色港口提供有力支撑。",
]))

# ww-39 新疆 county court site, 2018 design, 通讯员 in 作者 field, 法官说法 sub-heading
A(dict(id="ww-39", kind="institution", lang="zh",
title="拖欠农民工工资被判刑 法院执行到位68万元",
authors=["努尔古丽·艾买提", "张  鹏".replace(" ", "")], publish_time="2025-06-06 10:12",
css="""body{margin:0;background:#f4efe6;font-family:"SimSun"}.court{background:#8b0000;color:#f8e3a3;font-size:30px;padding:20px 60px;font-family:"Microsoft YaHei"}
.cnav{background:#a00;color:#fff;padding:6px 60px}.cbox{width:980px;margin:16px auto;background:#fff;padding:24px}.cbox h1{font-size:22px;text-align:center;font-family:"Microsoft YaHei"}
.cinfo{text-align:center;font-size:12px;color:#777}.cbox p{font-size:16px;line-height:2;text-indent:2em}""",
shell="""<div class="court">新疆维吾尔自治区沙雅县人民法院</div>
<div class="cnav">首页 | 法院概况 | 审判动态 | 司法公开 | 以案说法 | 诉讼服务 | 执行信息 | 队伍建设</div>
<div class="cbox"><div>首页 &gt;&gt; 以案说法</div>
<h1>@@T@@</h1>
<div class="cinfo">作者：努尔古丽·艾买提　张  鹏　　发布时间：2025-06-06 10:12　　来源：执行局　　【<a>大</a>】【<a>中</a>】【<a>小</a>】</div>
@@BODY@@
<p style="text-indent:0">责任编辑：刘  静</p>
<p style="text-align:center">【<a>打印</a>】　【<a>关闭</a>】</p></div>
<div class="ft" style="text-align:center;font-size:12px">沙雅县人民法院 版权所有　诉讼服务热线：12368　新ICP备15002345号</div>""",
body=[
"“终于拿到工钱了，谢谢法官！”6月5日，在沙雅县人民法院执行款发放现场，32名农民工从执行法官手中领到了被拖欠近一年的工资共计68万元。",
("h", "案情回顾"),
"2023年至2024年，被告人李某承包了某小区的部分建设工程，雇用32名农民工施工。工程完工后，李某在收到工程款的情况下，以各种理由拖欠农民工工资68万元，并更换手机号码逃匿。经人力资源和社会保障部门责令支付仍不支付，案件被移送公安机关。",
"2025年3月，沙雅县人民法院以拒不支付劳动报酬罪判处李某有期徒刑一年六个月，并处罚金。判决生效后，执行法官多次约谈李某及其家属，释法明理。李某家属最终筹措资金，将拖欠的工资全部交到法院。",
("h", "法官说法"),
"根据《刑法》第二百七十六条之一的规定，以转移财产、逃匿等方法逃避支付劳动者的劳动报酬或者有能力支付而不支付劳动者的劳动报酬，数额较大，经政府有关部门责令支付仍不支付的，构成拒不支付劳动报酬罪。用人单位和包工头应当依法按时足额支付劳动者工资，切勿心存侥幸。",
]))

# ww-40 四川 association site, 2014 design, 通知 on activity, no writer
A(dict(id="ww-40", kind="institution", lang="zh",
title="关于举办2025年四川省川菜烹饪技能大赛的通知",
authors=[], publish_time="2025年6月9日",
css="""body{margin:0;font-size:13px;font-family:SimSun;background:#fff7ee}.xh{background:#d35400;color:#fff;height:90px;line-height:90px;padding-left:40px;font-size:30px}
.xn span{display:inline-block;width:110px;text-align:center;background:#e67e22;color:#fff;line-height:34px}.xw{width:960px;margin:14px auto;background:#fff;border:1px solid #f0c090;padding:20px}
.xw .bt{font-size:20px;font-weight:bold;text-align:center;color:#c0392b}.xw .sj{text-align:center;color:#888;border-bottom:1px solid #eee}.xw p{font-size:15px;line-height:28px}""",
shell="""<div class="xh">四川省烹饪餐饮行业协会</div>
<div class="xn"><span>首页</span><span>协会简介</span><span>协会动态</span><span>通知公告</span><span>会员风采</span><span>川菜文化</span><span>入会指南</span><span>联系我们</span></div>
<div class="xw"><div>位置：首页 - 通知公告</div>
<div class="bt">@@T@@</div>
<div class="sj">发布日期：2025年6月9日　　发布人：秘书处　　[<a>关闭</a>]</div>
@@BODY@@
<p>附件下载：<a>大赛报名表.doc</a>　<a>大赛评分细则.pdf</a></p>
<p>分享到：</p></div>
<div class="ft" style="text-align:center">四川省烹饪餐饮行业协会 版权所有　地址：成都市锦江区红星路二段168号　电话：028-86123456<br>蜀ICP备14003456号</div>""",
body=[
"各市（州）烹饪餐饮行业协会，各会员单位：",
"为弘扬川菜文化，提升从业人员技能水平，选拔优秀川菜烹饪人才，经研究，协会决定于2025年7月举办四川省川菜烹饪技能大赛。现将有关事项通知如下：",
("h", "一、组织机构"),
"主办单位：四川省烹饪餐饮行业协会；承办单位：成都市某职业技术学校；协办单位：各市（州）烹饪餐饮行业协会。",
("h", "二、比赛时间和地点"),
"比赛时间：2025年7月18日至20日；比赛地点：成都市某职业技术学校烹饪实训中心。",
("h", "三、比赛项目"),
("table", [["项目", "内容", "时间"], ["热菜", "规定菜品“宫保鸡丁”和自选菜品各一道", "60分钟"], ["冷菜", "自选冷菜拼盘一份", "50分钟"], ["面点", "川式面点两款", "90分钟"]]),
("h", "四、参赛要求"),
"参赛选手须为在川餐饮企业、院校从业或在校人员，年龄在18周岁以上；每家单位报名人数不超过3人。请于7月5日前将报名表发送至协会秘书处邮箱，联系人：曾老师，电话：028-86123456。",
"四川省烹饪餐饮行业协会",
"2025年6月9日",
]))
