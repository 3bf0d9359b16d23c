# 吉木萨尔县人民政府 (新疆昌吉州, 县): 2025 design, a 政策问答 whose headline ends
# in a question mark; date with the weekday next to it; Q&A body with a table.
from kit import *

META = dict(
    id="xm-10", kind="government", lang="zh",
    title="2025年耕地地力保护补贴怎么申领？",
    authors=[],
    publish_time="2025-03-11 星期二",
)
HTML_TITLE = "2025年耕地地力保护补贴怎么申领？-吉木萨尔县人民政府"
CSS = BASE_CSS + """
:root{--c:#0a6ebd}
body{background:#f2f6fb}
.bar{background:#fff;border-bottom:1px solid #e6ecf3}
.bar .in{max-width:1200px;margin:0 auto;display:flex;justify-content:space-between;font-size:13px;color:#789;padding:8px 0}
.bar a{margin-left:18px;color:#567}
.hero{background:var(--c);color:#fff}
.hero .in{max-width:1200px;margin:0 auto;display:flex;align-items:center;gap:16px;height:120px}
.hero .nm{font-size:30px;font-weight:600;letter-spacing:2px}
.hero .search{margin-left:auto}
.hero input{border-radius:18px;border:0;padding:8px 16px;width:260px}
.nav{max-width:1200px;margin:0 auto;display:flex;gap:6px;padding:10px 0}
.nav a{padding:8px 18px;border-radius:4px;background:#fff;font-size:15px}
.card{max-width:1200px;margin:10px auto 30px;background:#fff;border-radius:8px;box-shadow:0 2px 10px rgba(0,0,0,.05);padding:30px 80px;box-sizing:border-box}
.crumb{font-size:13px;color:#8a9aa9}
h1{font-size:30px;font-weight:600;margin:26px 0 14px;text-align:center}
.meta{display:flex;justify-content:center;gap:24px;font-size:14px;color:#8a9aa9;padding-bottom:18px;border-bottom:1px solid #edf1f5}
.meta .ops a{margin-left:8px;color:var(--c)}
.content{font-size:17px;line-height:2;margin-top:20px}
.content p{margin:0 0 14px}
.content p strong{color:var(--c)}
.art-table{border-collapse:collapse;width:100%;margin-bottom:14px;font-size:15px}
.art-table th,.art-table td{border:1px solid #d5dee8;padding:6px 10px}
.art-table th{background:#eef5fc}
.attach{background:#f7f9fc;padding:12px 16px;font-size:14px;border-radius:6px}
.share{margin-top:20px;text-align:center;color:#8a9aa9}
.share a{margin:0 8px;color:var(--c)}
.footer{background:#1d2a38;color:#93a3b5;font-size:13px;padding:24px 0;text-align:center}
.footer p{margin:5px 0}
.footer .qr{display:inline-block;margin:0 14px}
.footer .qr p{margin:0}
"""
TEMPLATE = f"""
<div class="bar"><div class="in"><span>吉木萨尔县人民政府门户网站</span><span><a href="#">无障碍浏览</a><a href="#">长者模式</a><a href="#">繁體</a><a href="#">维吾尔文</a><a href="#">个人中心</a></span></div></div>
<div class="hero"><div class="in">{img("吉木萨尔县人民政府", 64, 64)}<div class="nm">吉木萨尔县人民政府</div>{search("搜索政策、服务、新闻", "")}</div></div>
<div class="nav">{links(["首页", "走进吉木萨尔", "政务公开", "政策文件", "政策解读", "办事服务", "互动交流", "数据开放"])}</div>
<div class="card">
{crumb(["首页", "政务公开", "政策解读", "政策问答"], prefix="", sep=" / ")}
<h1>@@TITLE@@</h1>
<div class="meta"><span>发布时间：@@DATE@@</span><span>来源：县农业农村局</span><span>浏览量：3,412</span><span class="ops">字号 <a href="#">大</a><a href="#">中</a><a href="#">小</a></span></div>
<div class="content">
@@BODY@@
</div>
<div class="attach">附件：<a href="#">吉木萨尔县2025年耕地地力保护补贴申报表.xlsx</a></div>
{share("分享到：", ("微信", "微博", "复制链接"))}
</div>
<div class="footer"><p>主办：吉木萨尔县人民政府办公室　承办：吉木萨尔县融媒体中心</p>
<p>新ICP备07500382号-1　新公网安备 65232702000109号　网站标识码：6523270002</p>
<p>地址：新疆昌吉州吉木萨尔县北庭路　电话：0994-6921234</p>
{qr("政务微信")}{qr("吉木萨尔发布")}</div>
"""
OPTS = dict(pstyle="p", tstyle="plain")
BODY = """
p 春耕在即，不少农户关心今年耕地地力保护补贴的申领事宜。县农业农村局就群众关心的几个问题作出解答。
p <strong>问：哪些人可以领取耕地地力保护补贴？</strong>
p 答：补贴对象原则上为拥有耕地承包权的种地农民。对已流转的耕地，补贴对象为承包户，流转双方另有约定的从其约定。已作为畜牧养殖场使用的耕地、林地、成片粮田转为设施农业用地、非农征（占）用耕地等已改变用途的耕地，以及长年抛荒地、占补平衡中“补”的面积和质量达不到耕种条件的耕地等不再给予补贴。
p <strong>问：今年的补贴标准是多少？</strong>
p 答：2025年我县耕地地力保护补贴标准与上年保持一致，具体如下：
tr 补贴类别 | 补贴标准 | 发放方式
tr 耕地地力保护补贴 | 每亩62元 | “一卡通”直接发放
tr 小麦种植面积补贴 | 每亩另加20元 | 随地力补贴一并发放
p <strong>问：怎么申报？截止时间是什么时候？</strong>
p 答：农户持身份证、土地承包经营权证（或承包合同）和“一卡通”存折，于3月15日至4月20日到户籍所在村（社区）村委会申报。村委会汇总后在本村公示7天，无异议后报乡镇审核。逾期未申报的，视为自动放弃当年补贴。
p <strong>问：补贴什么时候发放？</strong>
p 答：补贴资金预计于6月底前通过“一卡通”系统直接发放到农户账户，农户可凭存折查询到账情况。
p 如有疑问，可拨打县农业农村局咨询电话0994-6923318，或向所在乡镇农业（畜牧业）发展服务中心咨询。
"""
