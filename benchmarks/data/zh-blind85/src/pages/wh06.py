# 安徽 · 县政府 · 领导讲话（2023 design, speaker and speech date under the title, info bar with seconds）
from lib import *

PAGE = dict(
    id="wh-06", kind="government", lang="zh",
    title="在全县优化营商环境工作推进会上的讲话",
    authors=["周立新"],
    publish_time="2025-11-17 14:30:21",
    features="2023 county portal (安徽) 领导讲话 column; speaker line 县委副书记、县长 周立新 and the speech date "
             "（2025年11月12日） under the headline (speaker = author; speech date is not the publish time); "
             "info bar with seconds, separated by pipes, and a 分享 row; 同志们： opening; 一、二、三 sub-headings "
             "with bold lead sentences inside paragraphs; 扫码阅读 caption; related 讲话 list; 政务新媒体 matrix "
             "in the footer.",
    blocks=[
        P("同志们："),
        P("今天召开这次会议，主要任务是总结前三季度全县优化营商环境工作，分析存在的问题，部署下一阶段重点任务。刚才，县数据资源局通报了营商环境评价指标情况，3个单位作了交流发言，讲得都很好，我都同意。下面，我讲三点意见。"),
        H("一、正视差距，切实增强优化营商环境的紧迫感"),
        P("今年以来，全县上下围绕“一改两为”大抓营商环境，企业开办实现“一日办结”，工程建设项目审批时间压缩至45个工作日以内，新增经营主体4216户，同比增长12.6%。成绩值得肯定，但也要清醒看到，对照省市考核指标，我县在办理建筑许可、获得用水用气、政府采购等方面还有短板，少数窗口“冷硬横推”现象仍有发生，个别部门对企业诉求“接了不办、办了不快”。"),
        H("二、聚焦重点，着力打通企业办事的堵点难点"),
        P("**要在审批提速上下功夫。**全面推行“一件事一次办”，年底前再推出20个高频“一件事”套餐，做到一次告知、一表申请、一窗受理。"),
        P("**要在要素保障上下功夫。**县自然资源规划局、县供电公司、县水务公司要建立重点项目要素保障清单，实行“拿地即开工”“用电零上门”，项目水电气接入费用一律按规定标准执行，不得附加不合理条件。"),
        P("**要在涉企服务上下功夫。**坚持县级领导包联重点企业制度，每月至少走访一次，对企业反映的问题建立台账、限时办结。县纪委监委要对损害营商环境的问题开展专项监督，发现一起、查处一起、通报一起。"),
        H("三、压实责任，确保各项任务落地见效"),
        P("各乡镇、各部门主要负责同志要亲自抓、负总责，把优化营商环境列入重要议事日程。县营商办要加强调度，每月通报、每季排名，对工作滞后的单位进行约谈。今年最后一个多月，大家要拿出冲刺的劲头，确保全年目标任务圆满完成。"),
        P("同志们，营商环境没有最好，只有更好。希望大家以更实的作风、更硬的举措，为全县高质量发展营造更加优良的环境！"),
    ],
)

CSS = """
html{font-size:16px}
body{margin:0;background:#f7f3ee;color:#2b2b2b;font-family:"Source Han Sans CN","Microsoft YaHei"}
a{color:inherit;text-decoration:none}
header{background:linear-gradient(#c62828,#a31515);color:#fff}
header .in{max-width:1200px;margin:auto;display:flex;align-items:center;justify-content:space-between;height:100px}
header .logo{font-size:32px;font-weight:700}
header .tools a{margin-left:16px;font-size:14px}
nav{background:#fff;box-shadow:0 2px 6px rgba(0,0,0,.08)}
nav .in{max-width:1200px;margin:auto;display:flex}
nav a{flex:1;text-align:center;line-height:56px}
main{max-width:1000px;margin:24px auto;background:#fff;padding:36px 70px;border-radius:6px}
.bc{font-size:14px;color:#999;margin-bottom:20px}
h1{font-size:30px;text-align:center;line-height:1.4;margin:0}
.speaker{text-align:center;font-size:18px;margin-top:14px;font-family:"KaiTi","楷体"}
.sdate{text-align:center;font-size:16px;font-family:"KaiTi","楷体"}
.meta{margin:20px 0;padding:10px 0;border-top:1px solid #eee;border-bottom:1px solid #eee;font-size:14px;color:#888;display:flex;justify-content:space-between}
.content{font-size:18px;line-height:2}
.content p{text-indent:2em;margin:0 0 .8em}
.content h3{font-size:18px;margin:.6em 0;text-indent:2em;font-family:"黑体"}
.qr{float:right;text-align:center;font-size:12px;color:#999}
.more{margin-top:40px}
.more h4{border-left:4px solid #c62828;padding-left:10px}
.more li{line-height:2}
footer{background:#333;color:#bbb;font-size:13px;padding:30px 0}
footer .in{max-width:1200px;margin:auto}
footer .mx span{display:inline-block;margin-right:30px;text-align:center}
"""


def render(p):
    body = render_body(p["blocks"])
    html_body = f"""
<header><div class="in"><div class="logo">皖桐县人民政府</div>
<div class="tools"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁體</a><a href="#">智能问答</a><input type="search" placeholder="搜索"></div></div></header>
<nav><div class="in">{links(["首页", "政务公开", "政务服务", "互动交流", "走进皖桐", "专题专栏"])}</div></nav>
<main>
<div class="bc">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">领导讲话</a> &gt; 正文</div>
<h1>{esc(p["title"])}</h1>
<div class="speaker">县委副书记、县长&nbsp;周立新</div>
<div class="sdate">（2025年11月12日）</div>
<div class="meta"><span>发布时间：{p["publish_time"]}&nbsp;|&nbsp;来源：县政府办&nbsp;|&nbsp;浏览：2156</span><span>分享：<a href="#">微信</a> <a href="#">微博</a>&nbsp;&nbsp;<a href="#">打印</a></span></div>
<div class="qr">{img("扫码阅读", 90, 90)}<br>手机扫码阅读</div>
<div class="content">
{body}
</div>
<div class="more"><h4>相关讲话</h4><ul>
<li><a href="#">在全县三季度经济运行调度会上的讲话</a> 2025-10-21</li>
<li><a href="#">在全县安全生产和消防工作会议上的讲话</a> 2025-09-28</li>
<li><a href="#">在全县招商引资工作推进会上的讲话</a> 2025-08-15</li></ul></div>
</main>
<footer><div class="in">
<div class="mx"><span>{img("皖桐发布微信", 80, 80)}<br>皖桐发布</span><span>{img("皖桐县政府网手机版", 80, 80)}<br>手机版</span></div>
<p>主办：皖桐县人民政府办公室　承办：皖桐县数据资源管理局　联系电话：0556-8217032</p>
<p>皖ICP备13004218号-1　皖公网安备 34082702000193号　网站标识码：3408270008</p>
</div></footer>
"""
    return doc("在全县优化营商环境工作推进会上的讲话_领导讲话_皖桐县人民政府", CSS, html_body)
