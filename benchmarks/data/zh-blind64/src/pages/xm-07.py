# 延安市人民政府 (陕西, 地级市): a speech (讲话).  Under the headline the speaker
# line (spaced name) and the speech date in brackets; the info bar date is
# two days later.  The speaker is the author.
from kit import *

META = dict(
    id="xm-07", kind="government", lang="zh",
    title="在全市优化营商环境推进大会上的讲话",
    authors=["贺伟"],
    publish_time="2025年02月20日 10:15",
)
HTML_TITLE = "在全市优化营商环境推进大会上的讲话-领导讲话-延安市人民政府"
CSS = BASE_CSS + """
body{background:#f3efe6}
.tools{background:#7b1b12;color:#f5dcd3;font-size:13px;padding:5px calc(50% - 580px);text-align:right}
.tools a{color:#f5dcd3;margin-left:12px}
.head{background:#a3271b;height:150px;padding:0 calc(50% - 580px);color:#fff;position:relative}
.head .t1{font-size:38px;font-weight:bold;padding-top:38px;letter-spacing:6px}
.head .t2{font-size:14px;letter-spacing:2px}
.head .search{position:absolute;right:calc(50% - 580px);top:60px}
.nav{background:#fff;border-bottom:3px solid #a3271b;text-align:center}
.nav li{display:inline-block}
.nav a{display:block;padding:12px 24px;font-size:16px;color:#a3271b}
.main{width:1160px;margin:20px auto;background:#fff;padding:30px 80px;box-sizing:border-box}
.crumb{color:#888;font-size:13px;border-bottom:1px solid #eee;padding-bottom:10px}
h1{text-align:center;font-size:28px;margin:30px 0 10px;font-family:"方正小标宋简体","SimSun"}
.speaker{text-align:center;font-size:18px;font-family:楷体,KaiTi;margin:4px 0}
.sdate{text-align:center;font-size:16px;font-family:楷体,KaiTi;margin:0 0 10px}
.info{text-align:center;color:#999;font-size:13px;border-top:1px solid #eee;border-bottom:1px solid #eee;padding:8px 0;margin-bottom:20px}
.content{font-size:18px;line-height:2}
.content p{margin:0;text-indent:2em}
.content h4{margin:14px 0 4px;text-indent:2em;font-size:18px}
.opt{text-align:right;color:#666;font-size:13px;margin-top:24px}
.footer{background:#7b1b12;color:#e9c9c1;text-align:center;padding:20px 0;font-size:13px}
.footer p{margin:4px 0}
"""
TEMPLATE = f"""
{gov_tools(("无障碍", "长者模式", "繁體版", "English", "手机版"))}
<div class="head"><div class="t1">延安市人民政府</div><div class="t2">www.yanan.gov.cn</div>{search("请输入搜索内容", "搜索")}</div>
{nav(["首页", "走进延安", "政务动态", "信息公开", "政务服务", "政民互动", "延安发布"])}
<div class="main">
{crumb(["首页", "政务动态", "领导讲话"], prefix="当前位置：", sep=" - ")}
<h1>@@TITLE@@</h1>
<p class="speaker">延安市人民政府市长&nbsp;&nbsp;贺&nbsp;&nbsp;&nbsp;伟</p>
<p class="sdate">（2025年2月18日）</p>
<div class="info">发布时间：@@DATE@@&nbsp;&nbsp;&nbsp;&nbsp;信息来源：市政府办公室&nbsp;&nbsp;&nbsp;&nbsp;{fontsize(1)}</div>
<div class="content">
@@BODY@@
</div>
<div class="opt">{printclose(3)}</div>
</div>
{footer(["版权所有：延安市人民政府　主办：延安市人民政府办公室　承办：延安市大数据管理局",
         "陕ICP备05002213号-1　陕公网安备 61060202000197号　网站标识码：6106000033",
         "地址：延安市宝塔区　联系电话：0911-8212345"])}
"""
OPTS = dict(pstyle="p", hstyle="h4")
BODY = """
p 同志们：
p 今天，市委、市政府召开全市优化营商环境推进大会，主要任务是总结去年工作，安排部署今年重点任务，动员全市上下以更大力度打造市场化、法治化、国际化一流营商环境。刚才，市发展改革委通报了2024年度营商环境评价情况，三个县区和部门作了交流发言，讲得都很好，请大家认真学习借鉴。下面，我讲三点意见。
h 一、清醒认识营商环境面临的形势
p 过去一年，全市上下围绕“高效办成一件事”，推出企业开办、不动产登记、工程建设项目审批等重点事项集成改革，企业开办时间压缩至0.5个工作日，全市新增经营主体2.8万户，同比增长9.6%。但也要看到，与先进地区相比，我们在审批效率、政策兑现、要素保障等方面还有不少差距，一些企业反映的“办事多头跑”“政策找不到”等问题仍然存在。对此，大家要有清醒认识。
h 二、突出重点，推动营商环境持续提升
p 第一，要在提升政务服务效能上下功夫。全面推行“一网通办”“一窗受理”，年底前政务服务事项网上可办率达到98%以上，让企业和群众少跑腿、好办事。
p 第二，要在保障企业合法权益上下功夫。严格规范涉企执法检查，推行“综合查一次”，坚决杜绝随意检查、重复检查。政府部门要带头守信践诺，今年6月底前全面清理拖欠企业账款。
p 第三，要在强化要素保障上下功夫。围绕重点产业链，做好用地、用能、融资和人才服务，对重点项目实行“一项目一专班”，帮助企业解决实际困难。
h 三、压实责任，确保各项任务落地见效
p 优化营商环境是“一把手”工程。各县区、各部门主要负责同志要亲自抓、负总责，把任务分解到岗、责任落实到人。市营商环境办要加强督导考核，对工作不力、损害营商环境的典型问题，要严肃追责问责，公开曝光。
p 同志们，营商环境没有最好，只有更好。希望大家以这次会议为新的起点，真抓实干、奋勇争先，为加快建设富强民主文明和谐美丽的现代化新延安作出新的更大贡献！
"""
