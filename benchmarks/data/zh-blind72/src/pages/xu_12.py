from lib import *

META = dict(
    id="xu-12", kind="government", lang="zh",
    title="独山子区开展秋冬季安全生产大检查",
    authors=["李建华"],
    publish_time="2025-09-13 19:40",
)
FEATURES = ("克拉玛依 district portal (2024 flat design): skip link, icon-less tool row, breadcrumb with 正文, headline, "
            "compact info bar (date · 来源 · 阅读), a 文/图 byline line at the top of the text (not body), bullet list of "
            "inspection findings, photo caption, closing 编辑/审核 line with a Uyghur given name, 上一篇/下一篇 cards, "
            "footer with contact block.")

BODY = [
    P("为切实防范化解秋冬季安全风险，9月11日至12日，独山子区安委会组织应急管理、住建、消防救援等部门组成4个检查组，对辖区石油化工企业、建筑工地、人员密集场所开展秋冬季安全生产大检查。"),
    P("检查组采取“四不两直”方式，深入企业生产一线和施工现场，重点检查危险化学品储存使用、有限空间作业、动火作业审批、冬季施工方案和消防设施运行等情况。检查中发现的主要问题有："),
    L([
        "部分企业动火作业票证填写不规范，现场监护人员履职不到位；",
        "个别建筑工地临时用电线路私拉乱接，防护措施不足；",
        "两处商业综合体疏散通道堆放杂物，应急照明损坏未及时更换；",
        "部分小型加工企业员工安全培训记录不完整。",
    ]),
    IMG("检查组在企业检查消防设施", "检查组在企业检查消防设施运行情况"),
    P("对检查发现的23项问题隐患，检查组当场反馈并下发整改通知书，明确整改时限和责任人，能立即整改的督促现场整改，不能立即整改的落实管控措施，实行闭环管理。"),
    P("区应急管理局负责人表示，入冬前将组织“回头看”，对整改不到位、同一问题反复出现的单位依法从严处罚，同时督促企业提前做好防冻、防滑、防中毒等冬季安全准备，确保全区安全生产形势持续稳定。"),
]

CSS = """
body{margin:0;font:16px/1.8 system-ui,"Microsoft YaHei";color:#24292f;background:#f6f8fa}
.skip{position:absolute;left:-999px}
.dsz-tools{background:#fff;font-size:13px;text-align:right;padding:6px 10%}
.dsz-tools a{margin-left:16px;color:#57606a}
.dsz-brand{background:#0d3b66;color:#fff;padding:26px 10%;font-size:26px;font-weight:600}
.dsz-brand span{display:block;font-size:13px;font-weight:400;color:#9fc2e7}
.dsz-menu{background:#faf0ca;padding:0 10%}
.dsz-menu a{display:inline-block;padding:12px 18px;color:#0d3b66;font-weight:600}
.dsz-main{max-width:900px;margin:24px auto;background:#fff;border-radius:8px;padding:32px 48px}
.dsz-bc{font-size:13px;color:#8c959f}
.dsz-main h1{font-size:26px;margin:16px 0 8px}
.dsz-meta{font-size:13px;color:#8c959f;margin-bottom:20px}
.dsz-by{color:#57606a;font-size:14px}
.dsz-body p{margin:0 0 16px}
.dsz-body ul{margin:0 0 16px 1.5em}
.dsz-body .ph{text-align:center;margin:0}
.dsz-body .phc{text-align:center;font-size:14px;color:#57606a}
.dsz-ed{font-size:14px;color:#8c959f;border-top:1px solid #eaeef2;padding-top:10px}
.dsz-cards{display:flex;gap:16px;margin-top:20px}
.dsz-cards a{flex:1;border:1px solid #d0d7de;border-radius:6px;padding:10px;font-size:14px;color:#0d3b66}
.dsz-foot{background:#0d3b66;color:#b6cde6;font-size:13px;padding:28px 10%;line-height:2}
"""


def html():
    body = render(BODY, img='<p class="ph"><img alt="{alt}"{src}></p>', cap='<p class="phc">{}</p>')
    t = META["title"]
    return doc(t + " | 克拉玛依市独山子区人民政府", CSS, f"""
<a class="skip" href="#main">跳到主要内容</a>
<div class="dsz-tools"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">移动版</a><a href="#">政务微信</a></div>
<div class="dsz-brand">克拉玛依市独山子区人民政府<span>The People's Government of Dushanzi District</span></div>
<nav class="dsz-menu"><a href="#">首页</a><a href="#">新闻动态</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">政民互动</a><a href="#">走进独山子</a></nav>
<main class="dsz-main" id="main">
 <div class="dsz-bc">当前位置：首页 &gt; 新闻动态 &gt; 部门动态 &gt; 正文</div>
 <h1>{e(t)}</h1>
 <div class="dsz-meta">2025-09-13 19:40 · 来源：独山子区应急管理局 · 阅读 1,032</div>
 <p class="dsz-by">文/图：李建华</p>
 <div class="dsz-body">
{body}
 </div>
 <p class="dsz-ed">编辑：热依拉　审核：周　成</p>
 <div class="dsz-cards"><a href="#">上一篇<br>独山子区召开民族团结进步创建工作推进会</a><a href="#">下一篇<br>独山子区举办2025年秋季退役军人专场招聘会</a></div>
</main>
<footer class="dsz-foot">主办：克拉玛依市独山子区人民政府办公室　　运维：独山子区融媒体中心<br>
地址：克拉玛依市独山子区大庆东路28号　　邮编：833699　　电话：0992-3675210<br>
网站标识码：6502020001　　<a href="#" style="color:#b6cde6">新ICP备08100453号</a>　　新公网安备 65020202000069号</footer>
""")
