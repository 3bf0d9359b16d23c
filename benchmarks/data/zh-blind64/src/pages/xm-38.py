# 柴达木能源集团 (invented state enterprise, 青海格尔木), 2019 layout: a left
# column of 集团要闻 / 基层动态 headlines (including this article's own headline,
# in full) is copied before the article; info bar 发布时间/作者/来源/点击数 spaced
# with no-break spaces; 责任编辑 at the end.
from kit import *

META = dict(
    id="xm-38", kind="institution", lang="zh",
    title="集团公司召开二季度安全生产形势分析会",
    authors=["刘建国"],
    publish_time="2025-05-09 10:30",
)
HTML_TITLE = "集团公司召开二季度安全生产形势分析会-柴达木能源集团有限公司"
CSS = BASE_CSS + """
body{background:#eceff3}
.hd{background:#fff}
.hd .in{width:1200px;margin:0 auto;height:96px;display:flex;align-items:center;gap:16px}
.hd b{font-size:28px;color:#0057a0}
.hd .slog{margin-left:auto;color:#0057a0;font-size:15px;letter-spacing:3px}
.nav{background:#0057a0}
.nav ul{width:1200px;margin:0 auto;display:flex}
.nav a{display:block;color:#fff;padding:12px 22px;font-size:16px}
.main{width:1200px;margin:20px auto;display:flex;gap:20px}
.lc{width:290px}
.lc .bx{background:#fff;margin-bottom:16px}
.lc h3{margin:0;padding:10px 14px;border-bottom:2px solid #0057a0;font-size:16px;color:#0057a0}
.lc li{padding:7px 14px;font-size:14px;border-bottom:1px dashed #e2e2e2}
.rc{flex:1;background:#fff;padding:24px 40px}
.crumb{font-size:13px;color:#888;border-bottom:1px solid #eee;padding-bottom:8px}
h1{font-size:26px;text-align:center;margin:24px 0 12px}
.info{text-align:center;font-size:13px;color:#999}
.content{font-size:16px;line-height:2;margin-top:18px}
.content p{text-indent:2em;margin:0 0 10px}
.content .pic-cap{text-indent:0;text-align:center;color:#666;font-size:14px}
.ed{text-align:right;color:#999;font-size:13px;margin-top:14px}
.footer{background:#003d73;color:#a9c1da;text-align:center;font-size:12px;padding:18px 0}
.footer p{margin:3px 0}
"""
NEWS = ["集团公司召开2025年党风廉政建设和反腐败工作会议", "集团公司与某高校签署战略合作协议",
        "集团公司一季度生产经营实现“开门红”", "集团公司开展“安全生产月”活动动员部署",
        "集团公司召开二季度安全生产形势分析会", "集团公司举办2025年新入职员工培训班",
        "集团领导带队检查节日期间安全生产工作", "集团公司召开科技创新大会"]
BASE = ["格尔木炼化公司完成年度首次装置检修", "涩北气田日产天然气再创新高", "盐湖化工分公司开展应急演练",
        "光伏电站运维中心获评“青年安全生产示范岗”", "物资公司推进采购数字化转型"]
TEMPLATE = f"""
<div class="hd"><div class="in">{img("集团标识", 70, 70)}<b>柴达木能源集团有限公司</b><span class="slog">能源报国　奉献高原</span></div></div>
<div class="nav">{nav(["首页", "走进集团", "新闻中心", "党建园地", "产业板块", "科技创新", "社会责任", "人力资源", "信息公开"], cls="navul")}</div>
<div class="main">
<div class="lc"><div class="bx"><h3>集团要闻</h3>{ul(NEWS)}</div><div class="bx"><h3>基层动态</h3>{ul(BASE)}</div></div>
<div class="rc">
{crumb(["首页", "新闻中心", "集团要闻"], prefix="您的位置：", sep=" &gt;&gt; ")}
<h1>@@TITLE@@</h1>
<div class="info">发布时间：@@DATE@@&nbsp;&nbsp;作者：刘建国&nbsp;&nbsp;来源：党群工作部&nbsp;&nbsp;点击数：1187</div>
<div class="content">
@@BODY@@
</div>
<div class="ed">【责任编辑：孙丽萍】</div>
</div>
</div>
{footer(["柴达木能源集团有限公司 版权所有　地址：青海省格尔木市昆仑路", "青ICP备08000765号-1　青公网安备 63280102000036号"])}
"""
OPTS = dict(pstyle="p", capstyle="p")
BODY = """
p 5月8日，集团公司召开二季度安全生产形势分析会，通报一季度安全生产情况，分析当前形势，部署二季度及“安全生产月”重点工作。集团公司总经理、党委副书记王志强出席会议并讲话。
p 会议指出，一季度集团公司未发生一般及以上生产安全事故，安全生产形势总体平稳。但也要清醒看到，部分单位仍存在隐患排查不深不细、承包商管理不到位、特殊作业审批不规范等问题，安全生产基础仍需持续夯实。
img 会议现场
cap 会议现场
p 会议要求，二季度正值检维修和项目建设高峰期，各单位要重点抓好以下工作：一要严格落实全员安全生产责任制，把责任压实到每一个岗位；二要深入开展重大事故隐患专项排查整治，对查出的问题实行清单化管理、闭环整改；三要强化动火、受限空间、高处作业等特殊作业和承包商管理，坚决杜绝违章指挥、违章作业；四要做好汛期和高温天气安全防范，完善应急预案，加强应急演练。
p 王志强强调，安全生产是企业发展的生命线。各级领导干部要树牢安全发展理念，坚持“管业务必须管安全、管生产经营必须管安全”，以高度的责任感做好安全生产各项工作，为完成全年生产经营目标提供坚强保障。
p 会上，格尔木炼化公司、涩北气田作业区等5家单位作了交流发言。集团公司领导班子成员、各部门和所属单位主要负责人参加会议。
"""
