from common import img

K = "institution"
PAGES = []

# wq-36 安徽 university news (文/ 图/ 审核/ slash credits)
PAGES.append(dict(
    id="wq-36", kind=K,
    title="我校学子在第十届安徽省大学生创新创业大赛中获金奖",
    authors=["李可", "汪静怡"],
    publish_time="2025-03-11",
    style="p",
    css="""
body{margin:0;font:15px/1.9 "Microsoft YaHei";color:#333}
.u-top{background:#00406e;color:#fff;padding:16px 8%;display:flex;justify-content:space-between;align-items:center}
.u-top b{font-size:26px;letter-spacing:3px}
.u-nav{background:#005a9c;padding:0 8%}.u-nav a{color:#fff;display:inline-block;padding:10px 16px}
.u-c{width:960px;margin:20px auto;display:flex;gap:30px}
.u-side{width:200px}.u-side p{background:#f0f5fa;padding:6px 10px;margin:4px 0}
.u-art{flex:1}
.u-art h2{text-align:center;color:#00406e;font-size:22px}
.u-info{text-align:center;font-size:13px;color:#999}
.u-credit{text-align:right;color:#666;font-size:14px}
.u-ft{background:#00406e;color:#bcd;font-size:12px;text-align:center;padding:18px}
""",
    tpl="""
<div class="u-top"><b>皖江师范学院</b><span><a>信息门户</a> | <a>图书馆</a> | <a>English</a> | <input placeholder="搜索"></span></div>
<div class="u-nav"><a>学校首页</a><a>学校概况</a><a>院系设置</a><a>教育教学</a><a>科学研究</a><a>招生就业</a><a>合作交流</a></div>
<div class="u-c">
<div class="u-side"><b>新闻网</b><p>学校要闻</p><p>综合新闻</p><p>院部动态</p><p>媒体皖师</p><p>图片新闻</p></div>
<div class="u-art">
<div style="font-size:13px;color:#999">当前位置: 首页 &gt;&gt; 综合新闻 &gt;&gt; 正文</div>
<h2>{T}</h2>
<div class="u-info">发布时间：2025-03-11　　作者：　　点击数：<span>1024</span></div>
{BODY}
<p class="u-credit">（文/李可 汪静怡　图/王林　审核/陈宏）</p>
<p>【<a>关闭</a>】</p>
</div>
</div>
<div class="u-ft">版权所有 © 皖江师范学院　地址：安徽省铜陵市翠湖四路  号　邮编：244000<br>皖ICP备05007890号　皖公网安备34070202000123号</div>
""",
    blocks=[
        ("p", "3月9日，第十届安徽省大学生创新创业大赛决赛在合肥落下帷幕。我校选送的“云上茶乡——皖南茶产业数字化助农平台”项目从全省1.2万余个参赛项目中脱颖而出，获得金奖；另有2个项目获得银奖，4个项目获得铜奖，获奖数量和等次均创历史新高。"),
        ("img", "获奖团队合影", "获奖团队合影"),
        ("p", "“云上茶乡”项目由经济管理学院、计算机与信息工程学院的8名学生组成团队，在指导老师的带领下，历时两年，深入黄山、宣城、池州等地30余个产茶村开展调研，搭建起集茶园管理、质量溯源、直播带货于一体的数字化平台，已累计帮助茶农销售茶叶超过50万斤。"),
        ("p", "项目负责人、经济管理学院2022级学生徐子涵说：“比赛只是一个开始，我们更希望这个平台能真正帮到茶农。”"),
        ("p", "近年来，学校坚持以赛促教、以赛促创，构建了“课程+训练+竞赛+孵化”四位一体的创新创业教育体系，先后建成大学生创业园和众创空间，累计孵化学生创业项目160余个。"),
    ],
))

# wq-37 江西 hospital news (作者：科室 姓名 | 发布时间 | 点击)
PAGES.append(dict(
    id="wq-37", kind=K,
    title="我院成功开展赣南地区首例经导管三尖瓣置换术",
    authors=["刘佳"],
    publish_time="2025-03-10 16:08",
    style="p",
    css="""
body{margin:0;font:15px/1.85 "Microsoft YaHei";color:#333}
.h-top{display:flex;align-items:center;padding:12px 10%;gap:24px;border-bottom:1px solid #e5e5e5}
.h-top b{font-size:24px;color:#008c8c}.h-top .tel{margin-left:auto;color:#e60;font-size:14px}
.h-nav{background:#008c8c;padding:0 10%}.h-nav a{color:#fff;display:inline-block;padding:10px 14px}
.h-box{width:900px;margin:20px auto}
.h-box h3{font-size:24px;text-align:center;color:#222}
.h-meta{text-align:center;font-size:13px;color:#999;border-bottom:1px solid #eee;padding-bottom:10px}
.h-ft{background:#f4f4f4;font-size:12px;color:#777;text-align:center;padding:20px}
""",
    tpl="""
<div class="h-top"><b>赣南某市人民医院</b><span>三级甲等综合医院</span><span class="tel">预约挂号：0797-8123120　急救电话：120</span></div>
<div class="h-nav"><a>首页</a><a>医院概况</a><a>新闻中心</a><a>科室导航</a><a>专家介绍</a><a>就医指南</a><a>健康科普</a><a>党建园地</a></div>
<div class="h-box">
<p style="font-size:13px;color:#999">您的位置：首页 / 新闻中心 / 医院新闻</p>
<h3>{T}</h3>
<div class="h-meta">作者：心血管内科 刘佳 | 发布时间：2025-03-10 16:08 | 点击：2356</div>
{BODY}
<p style="text-align:right;color:#999">编辑：宣传科</p>
<p>上一篇：<a>我院开展“学雷锋”义诊进社区活动</a><br>下一篇：<a>关于2025年清明节门诊安排的通知</a></p>
</div>
<div class="h-ft">医院地址：赣州市章贡区某某路16号　邮编：341000<br>版权所有　赣ICP备12004567号-1　医疗机构执业许可证登记号：PDY00001436070217A1001</div>
""",
    blocks=[
        ("p", "近日，我院心血管内科团队成功为一名重度三尖瓣反流患者实施经导管三尖瓣置换术（TTVR）。这是赣南地区首例该类手术，标志着我院结构性心脏病介入治疗迈上新台阶。"),
        ("p", "患者为72岁女性，反复胸闷、气促、双下肢水肿5年，近半年来症状明显加重，平地行走不足100米就需要停下休息。入院检查提示重度三尖瓣反流，合并心房颤动、慢性肾功能不全。由于患者年龄大、基础疾病多，外科开胸手术风险极高。"),
        ("h", "多学科协作制定方案"),
        ("p", "心血管内科联合心脏外科、麻醉科、超声科、影像科等进行多学科会诊，最终决定为患者实施经导管三尖瓣置换术。手术在全麻下进行，团队经颈静脉途径将人工瓣膜精准送达三尖瓣位置并释放，历时约90分钟。术后超声显示瓣膜位置良好、功能正常，反流基本消失。"),
        ("p", "术后第3天，患者已能下床活动，胸闷、水肿症状明显改善，目前已康复出院。"),
        ("p", "心血管内科主任邓建华介绍，与传统外科手术相比，经导管三尖瓣置换术无需开胸和体外循环，创伤小、恢复快，为高龄、高危患者提供了新的治疗选择。"),
    ],
))

# wq-38 四川 state energy enterprise news centre (供稿单位 + 撰稿)
PAGES.append(dict(
    id="wq-38", kind=K,
    title="公司召开2025年安全生产暨环境保护工作会议",
    authors=["何明"],
    publish_time="2025年03月07日",
    style="indent",
    css="""
body{margin:0;font:15px/1.9 "Microsoft YaHei";background:#f5f7f9}
.corp-hd{background:#fff;padding:14px 8%;display:flex;align-items:center;gap:20px;border-bottom:3px solid #f39800}
.corp-hd b{font-size:22px;color:#004ea2}
.corp-nav{margin-left:auto}.corp-nav a{margin-left:18px}
.banner{height:140px;background:#004ea2;color:#fff;font-size:30px;padding:50px 8%;box-sizing:border-box}
.corp-body{width:940px;margin:24px auto;background:#fff;padding:30px 40px}
.corp-body h1{font-size:24px;text-align:center}
.src{text-align:center;color:#888;font-size:13px}
.corp-ft{background:#1c2b3a;color:#99a;font-size:12px;padding:20px 8%}
""",
    tpl="""
<div class="corp-hd"><b>四川某能源投资集团有限公司</b><span class="corp-nav"><a>首页</a><a>关于我们</a><a>新闻中心</a><a>业务领域</a><a>党的建设</a><a>企业文化</a><a>社会责任</a><a>信息公开</a></span></div>
<div class="banner">新闻中心</div>
<div class="corp-body">
<p style="font-size:13px;color:#888">首页 › 新闻中心 › 公司要闻</p>
<h1>{T}</h1>
<div class="src">发布日期：2025年03月07日　　来源：本站　　【<a>大</a> <a>中</a> <a>小</a>】</div>
{BODY}
<p style="text-align:right">（供稿单位：安全环保部　撰稿：何明　摄影：周杰）</p>
<p style="text-align:right;color:#888">审核：吴建平</p>
</div>
<div class="corp-ft">Copyright © 四川某能源投资集团有限公司 版权所有　地址：成都市高新区天府大道北段888号<br>蜀ICP备15012345号-1　川公网安备 51019002001234号</div>
""",
    blocks=[
        ("p", "3月6日，公司召开2025年安全生产暨环境保护工作会议，总结2024年安全环保工作，部署2025年重点任务。公司党委书记、董事长出席会议并讲话，总经理主持会议。"),
        ("p", "会议指出，2024年公司未发生一般及以上生产安全事故和突发环境事件，所属电厂、水电站、燃气管网安全运行平稳，安全生产标准化达标率100%，为公司高质量发展提供了坚强保障。"),
        ("p", "会议强调，今年要重点做好以下工作："),
        ("li", ["一是深入开展安全生产治本攻坚三年行动，全面排查整治重大事故隐患；",
                "二是加强汛期水电站大坝、燃气管道等重点部位安全管理，提前做好防汛物资和队伍准备；",
                "三是严格落实承包商安全管理，坚决杜绝“以包代管”；",
                "四是持续推进节能降碳和污染防治，确保各项排放指标稳定达标。"]),
        ("img", "会议现场", "会议现场"),
        ("p", "会上，公司与所属各单位签订了2025年度安全生产和环境保护目标责任书。公司领导班子成员、各部门负责人在主会场参加会议，所属各单位主要负责人和安全管理人员在视频分会场参加会议。"),
    ],
))

# wq-39 宁夏 industry association (供稿 only, no named writer -> [])
PAGES.append(dict(
    id="wq-39", kind=K,
    title="宁夏枸杞产业协会召开第三届会员代表大会",
    authors=[],
    publish_time="2025-03-08 10:12",
    style="p",
    css="""
body{margin:0;font:14px/1.9 "Microsoft YaHei";background:#fff5ef}
.as-hd{background:#b5241f;color:#fff;padding:20px 10%;font-size:26px}
.as-hd small{display:block;font-size:12px;opacity:.8}
.as-nav{background:#fff;padding:8px 10%;border-bottom:1px solid #f0d0c0}.as-nav a{margin-right:20px}
.as-bd{width:900px;margin:20px auto;background:#fff;padding:24px 36px}
.as-bd .tit{font-size:22px;font-weight:bold;text-align:center}
.as-bd .meta{text-align:center;color:#999;font-size:12px}
.as-ft{text-align:center;font-size:12px;color:#777;padding:16px}
""",
    tpl="""
<div class="as-hd">宁夏枸杞产业协会<small>NINGXIA WOLFBERRY INDUSTRY ASSOCIATION</small></div>
<div class="as-nav"><a>首页</a><a>协会概况</a><a>协会动态</a><a>行业资讯</a><a>政策法规</a><a>会员风采</a><a>标准规范</a><a>联系我们</a></div>
<div class="as-bd">
<div style="font-size:12px;color:#999">首页 &gt; 协会动态</div>
<div class="tit">{T}</div>
<div class="meta">时间：2025-03-08 10:12　　来源：协会秘书处　　阅读：318次</div>
{BODY}
<p style="text-align:right;color:#999">（协会秘书处供稿）</p>
<p>相关文章：<br>· 2024年宁夏枸杞产业发展报告发布<br>· 协会组织会员企业参加国际食品展</p>
</div>
<div class="as-ft">宁夏枸杞产业协会 版权所有　地址：银川市金凤区某某街99号　电话：0951-5012345<br>宁ICP备17001234号-1</div>
""",
    blocks=[
        ("p", "3月7日，宁夏枸杞产业协会第三届会员代表大会在银川召开。来自全区枸杞种植、加工、流通、科研等领域的160余名会员代表参加会议。"),
        ("p", "会议审议通过了第二届理事会工作报告、财务报告和《宁夏枸杞产业协会章程（修订草案）》，选举产生了第三届理事会、监事会成员。"),
        ("p", "第二届理事会工作报告指出，五年来，协会积极服务会员企业，组织制定团体标准9项，开展技术培训120余场次，培训种植户和企业技术人员1.5万人次，组织会员企业参加国内外展销活动40余场，助力宁夏枸杞品牌影响力持续提升。"),
        ("p", "新当选的协会会长在讲话中表示，新一届理事会将围绕产业链补链延链，推动枸杞精深加工和品牌建设，加强行业自律，维护“宁夏枸杞”地理标志品牌声誉，为全区枸杞产业高质量发展贡献力量。"),
        ("p", "会议还为15家2024年度优秀会员单位颁发了证书。"),
    ],
))

# wq-40 四川 county court (巡回审判, spaced names, seconds)
PAGES.append(dict(
    id="wq-40", kind=K,
    title="巡回审判进村组 土地纠纷当庭化解",
    authors=["王菁", "邓晓"],
    publish_time="2025-03-12 17:20:06",
    style="p",
    css="""
body{margin:0;font:15px/1.9 "Microsoft YaHei";color:#333}
.ct-top{background:#9e1b1b url() no-repeat;color:#fff;padding:22px 12%;font:bold 28px 楷体}
.ct-top span{display:block;font:12px sans-serif}
.ct-nav{background:#6d1010;padding:0 12%}.ct-nav a{color:#fff;display:inline-block;padding:9px 14px}
.ct-main{width:900px;margin:20px auto}
.ct-main h2{text-align:center;font-size:23px}
.ct-line{text-align:center;font-size:13px;color:#777;background:#f6f1f1;padding:6px}
.ct-ft{border-top:3px solid #9e1b1b;font-size:12px;color:#666;text-align:center;padding:16px}
""",
    tpl="""
<div class="ct-top">南江县人民法院<span>NANJIANG COUNTY PEOPLE'S COURT</span></div>
<div class="ct-nav"><a>首页</a><a>法院概况</a><a>审判动态</a><a>司法公开</a><a>诉讼服务</a><a>法官说法</a><a>队伍建设</a><a>无障碍</a></div>
<div class="ct-main">
<p style="font-size:13px">当前位置：首页 &gt; 审判动态 &gt; 正文</p>
<h2>{T}</h2>
<div class="ct-line">作者：王  菁　邓  晓　　发布时间：2025-03-12 17:20:06　　浏览量：614</div>
{BODY}
<p style="color:#888">责任编辑：政治部　审核：何  勇</p>
<p>分享到：<a>微信</a> <a>微博</a>　　【<a>打印</a>】【<a>关闭</a>】</p>
</div>
<div class="ct-ft">南江县人民法院 版权所有　地址：巴中市南江县某某大道16号　诉讼服务热线：0827-8212368<br>蜀ICP备17002345号　川公网安备51192202000056号</div>
""",
    blocks=[
        ("p", "“感谢法官跑到村里来，这事困扰了我们两家好几年，今天总算说清楚了。”3月11日，在南江县某镇某村的村委会院坝里，当事人老杨和老赵握手言和。"),
        ("p", "原来，老杨和老赵是同组村民，两家承包地相邻。2021年，老赵在自家地边栽种了一排核桃树，老杨认为树木占用了自家承包地，且树荫影响庄稼生长，双方多次协商未果，矛盾逐渐升级，老杨遂诉至法院。"),
        ("p", "考虑到案件发生在农村、涉及邻里关系，承办法官决定将庭审搬到村里，并邀请村干部、人民调解员和部分村民旁听。庭审中，法官结合承包合同、地块四至图和现场勘验情况，向双方释法明理，人民调解员和村干部也从邻里情分入手做思想工作。"),
        ("p", "最终，在法官主持下，双方达成调解协议：老赵将越界栽种的两棵核桃树移栽至自家地内，其余树木定期修剪枝叶；老杨撤回其他诉讼请求。"),
        ("p", "旁听的村民纷纷表示，通过这次庭审，学到了不少法律知识。今年以来，该院已开展巡回审判16次，就地化解矛盾纠纷31件。"),
    ],
))
