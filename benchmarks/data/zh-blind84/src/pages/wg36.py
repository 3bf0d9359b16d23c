PAGE = dict(
    id="wg-36", kind="institution", lang="zh",
    site="浙江瓯越职业技术学院新闻网 · 学院新闻（高校新闻网，2021 年模板）",
    features="高校新闻网：校徽+校名、快速通道；信息栏“作者/摄影/来源/编辑/审核/发布时间/浏览”一行（只有作者是作者）；获奖名单表（学生、指导教师姓名非作者）；"
             "教师引语；图片图注；“上一条/下一条”；页脚地址与 ICP",
    title="我校学子在浙江省职业院校技能大赛中获一等奖2项",
    authors=["张思琪"],
    publish_time="2025-03-20",
    head_title="我校学子在浙江省职业院校技能大赛中获一等奖2项-浙江瓯越职业技术学院新闻网",
    CSS="""
body{margin:0;font:15px/1.9 "Microsoft YaHei";color:#333;background:#fff}
.sch-top{background:#004098;color:#fff}
.sch-top .in{width:1200px;margin:0 auto;height:110px;display:flex;align-items:center;justify-content:space-between}
.sch-top .nm{font-size:28px;letter-spacing:2px}
.sch-top .nm small{display:block;font-size:12px;letter-spacing:0;opacity:.8}
.sch-top .kj a{color:#fff;font-size:13px;margin-left:14px}
.sch-nav{background:#00306f}
.sch-nav .in{width:1200px;margin:0 auto}
.sch-nav a{color:#fff;display:inline-block;padding:0 26px;line-height:46px}
.sch-main{width:1200px;margin:24px auto;display:flex;gap:30px}
.sch-left{width:220px}
.sch-left h3{background:#004098;color:#fff;margin:0;padding:12px 20px}
.sch-left a{display:block;padding:10px 20px;border-bottom:1px solid #eee}
.sch-art{flex:1}
.sch-art .pos{font-size:13px;color:#888;border-bottom:1px solid #eee;padding-bottom:8px}
.sch-art h1{font-size:24px;text-align:center;color:#004098;margin:24px 0 10px}
.sch-art .arti_metas{text-align:center;font-size:13px;color:#888;background:#f5f7fb;padding:6px}
.sch-art .arti_metas span{margin:0 6px}
.entry p{text-indent:2em;margin:10px 0}
.entry .imgc{text-align:center;text-indent:0}
.entry table{border-collapse:collapse;margin:10px auto;width:90%}
.entry td{border:1px solid #aaa;text-align:center;padding:4px}
.sch-art .sx{margin-top:20px;border-top:1px dashed #ccc;padding-top:8px;font-size:14px}
.sch-foot{background:#00306f;color:#c5d3ea;text-align:center;font-size:12px;padding:20px 0;line-height:2}
""",
    STYLE={"p": "<p>{t}</p>", "th": '<td style="background:#e8eef8;font-weight:bold">{t}</td>',
           "table_open": '<table cellpadding="0" cellspacing="0">',
           "img": '<p class="imgc"><img alt="{alt}" src="%GIF%"></p><p class="imgc" style="font-size:13px">{cap}</p>'},
    TEMPLATE="""
<div class="sch-top"><div class="in"><div class="nm"><img alt="校徽" src="%GIF%"> 浙江瓯越职业技术学院<small>ZHEJIANG OUYUE VOCATIONAL AND TECHNICAL COLLEGE</small></div>
<div class="kj"><a href="#">学校首页</a><a href="#">信息公开</a><a href="#">图书馆</a><a href="#">校园网登录</a><a href="#">English</a></div></div></div>
<div class="sch-nav"><div class="in"><a href="#">首页</a><a href="#">学院新闻</a><a href="#">综合新闻</a><a href="#">院部动态</a><a href="#">媒体瓯越</a><a href="#">校园视频</a><a href="#">专题报道</a></div></div>
<div class="sch-main">
<div class="sch-left"><h3>学院新闻</h3><a href="#">综合新闻</a><a href="#">教学科研</a><a href="#">学生工作</a><a href="#">合作交流</a></div>
<div class="sch-art">
<div class="pos">当前位置：<a href="#">首页</a> &gt; <a href="#">学院新闻</a> &gt; <a href="#">综合新闻</a></div>
<h1>我校学子在浙江省职业院校技能大赛中获一等奖2项</h1>
<div class="arti_metas"><span>作者：张思琪</span><span>摄影：陈浩</span><span>来源：智能制造学院</span><span>编辑：王璐</span><span>审核：李国栋</span><span>发布时间：2025-03-20</span><span>浏览：</span></div>
<div class="entry">
{{BODY}}
</div>
<div class="sx">上一条：<a href="#">学校召开2025年春季学期教学工作会议</a><br>下一条：<a href="#">我校与温州某集团共建产业学院签约仪式举行</a></div>
</div>
</div>
<div class="sch-foot">地址：浙江省温州市瓯海区茶山高教园区学府路268号　邮编：325035　电话：0577-86680000<br>
版权所有 © 浙江瓯越职业技术学院　浙ICP备06012473号　浙公网安备 33030402000358号</div>
""",
    BODY="""
p: 近日，2025年浙江省职业院校技能大赛（高职组）部分赛项比赛结果揭晓。我校选手在“工业机器人系统集成”和“数字孪生应用技术”两个赛项中获得一等奖，另获二等奖3项、三等奖2项，获奖数量和等次均创历史新高。
p: 本届大赛共设高职组赛项56个，全省47所高职院校的2100余名选手参赛。比赛紧贴产业发展需求，重点考查选手的综合职业能力和解决实际问题的能力。我校获一等奖的情况如下：
tr: 赛项 | 获奖学生 | 指导教师 | 奖项
tr: 工业机器人系统集成 | 林子豪、潘一鸣、吴佳怡 | 郑文斌、戴琳 | 一等奖
tr: 数字孪生应用技术 | 陈宇航、季雨桐 | 徐立新 | 一等奖
img: 获奖选手与指导教师合影 | 获奖选手与指导教师合影
p: 为备战比赛，智能制造学院组建了由骨干教师和企业工程师组成的指导团队，从去年9月起开展集训。选手们利用课余时间和寒假反复练习，仅工业机器人编程调试一项就累计训练超过600小时。
p: “比赛中最难的是现场排故环节，设备出现的问题都是随机设置的，必须在规定时间内找到原因并解决。”指导教师郑文斌说，平时训练中团队专门收集了企业生产线上的常见故障案例，让学生在真实场景中积累经验。
p: 近年来，学校坚持“以赛促教、以赛促学”，将技能大赛标准融入专业课程和实训教学，推动人才培养质量持续提升。下一步，获奖选手将代表浙江省参加全国职业院校技能大赛的选拔。
""",
)
