from lib import *

PAGE = dict(
    id="xj-04", kind="government", lang="zh",
    title="旗委书记高志宏深入布尔陶亥苏木调研现代牧业发展工作",
    authors=["其其格·巴雅尔", "王静"],
    publish_time="2024-08-07",
    doc_title="旗委书记高志宏深入布尔陶亥苏木调研现代牧业发展工作 - 准格尔旗人民政府",
    pfmt="bremsp", hfmt="strong",
    features="旗 portal, 领导活动; body paragraphs in one container separated only by <br> with U+3000 indents (no blank lines); "
             "closing byline line with a Mongolian name with middle dot and a spaced name (通讯员：其其格·巴雅尔  王  静); "
             "责任编辑 and 审核 lines (not authors); 长者模式/无障碍; 扫一扫 QR caption.",
    css="""
body{margin:0;font:14px/1.8 "Microsoft YaHei";background:#f7f3ea;color:#333}
.tb{background:#1e6e4a;color:#e7f4ec;font-size:12px;padding:4px 0}
.w{width:1180px;margin:0 auto}
.tb a{color:#fff;margin-right:12px}
.hd{height:110px;background:#2a8a5e;color:#fff}
.hd h2{margin:0;padding-top:26px;font-size:32px;letter-spacing:6px}
.nv{background:#165b3c}
.nv a{color:#fff;display:inline-block;padding:0 22px;line-height:46px;font-size:16px}
.pos{padding:10px 0}
.card{background:#fff;padding:24px 50px}
.card h1{text-align:center;font-size:25px;color:#174d34}
.bar{text-align:center;color:#999;font-size:13px;border-bottom:1px solid #e5e5e5;padding-bottom:8px}
.brtext{font-size:16px;line-height:2.2;margin-top:16px}
.by{text-align:right;margin:10px 0}
.ed{color:#777;font-size:13px}
.qr{text-align:center;font-size:12px;color:#999}
.ft{background:#1e6e4a;color:#dfe;text-align:center;padding:14px;font-size:13px}
""",
)

HTML = """
<div class="tb"><div class="w"><a href="#">设为首页</a><a href="#">加入收藏</a><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">蒙古文版</a> 2024年8月7日 星期三</div></div>
<div class="hd"><div class="w"><h2>准格尔旗人民政府</h2></div></div>
<div class="nv"><div class="w"><a href="#">首页</a><a href="#">走进准旗</a><a href="#">政务动态</a><a href="#">信息公开</a><a href="#">政务服务</a><a href="#">互动交流</a>
<input type="text" placeholder="站内搜索"></div></div>
<div class="w pos">您所在的位置： <a href="#">首页</a> &gt; <a href="#">政务动态</a> &gt; <a href="#">领导活动</a></div>
<div class="w card">
<h1>旗委书记高志宏深入布尔陶亥苏木调研现代牧业发展工作</h1>
<div class="bar">来源：准格尔旗融媒体中心　　时间：2024-08-07　　阅读次数：604　　字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
{{BODY}}
<p class="by">（通讯员：其其格·巴雅尔&nbsp;&nbsp;王&nbsp;&nbsp;静）</p>
<p class="ed">责任编辑：刘海燕　　审核：张  军</p>
<div class="qr"><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt=""><br>扫一扫 手机浏览</div>
<p>【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</p>
</div>
<div class="ft">版权所有：准格尔旗人民政府　主办：准格尔旗人民政府办公室<br>蒙ICP备14002718号-1　蒙公网安备 15062202000142号　网站标识码：1506220006</div>
"""

BODY = [
    P("8月6日，旗委书记高志宏深入布尔陶亥苏木，就现代牧业发展、草原生态保护和嘎查集体经济等工作开展调研。旗委常委、办公室主任李文斌，副旗长孟和参加调研。"),
    P("在巴音敖包嘎查肉牛养殖合作社，高志宏走进棚圈，详细了解基础母牛存栏、饲草料储备和犊牛销售情况。合作社负责人介绍，今年合作社通过“统一配种、统一防疫、统一销售”带动周边42户牧民养牛，户均增收1.6万元。高志宏指出，要把合作社作为带动牧民增收的重要载体，在良种繁育、标准化养殖上再下功夫，让更多牧民分享产业发展收益。"),
    P("在苏木草原生态修复区，高志宏实地察看了退化草原补播改良和围栏封育情况。他强调，草原是牧区发展的根本，要坚持以草定畜、草畜平衡，严格落实禁牧休牧制度，决不能以牺牲生态为代价换取一时发展。"),
    P("随后，高志宏主持召开座谈会，听取苏木和相关部门工作汇报。他要求，各部门要坚持问题导向，围绕饲草保障、金融支持、冷链物流等短板精准施策；苏木党委要发挥战斗堡垒作用，选好配强嘎查“两委”班子，用好用活集体资产，推动嘎查集体经济提质增效；要统筹发展和安全，抓好防汛、防火和安全生产各项工作，确保牧区社会大局和谐稳定。"),
]
