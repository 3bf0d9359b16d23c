from lib import *

NOTES = "City portal (Yunnan), 2018 design, 讲话: speaker line (title + name, spaced with U+3000) and the date of the speech in brackets under the headline (neither is body; the speaker is the author), info bar with 来源 after the date, 一、二、三 sub-headings with 要 …… run-in lead sentences, 打印/关闭, 领导讲话 list, footer."

META = dict(id="xy-11", kind="government", lang="zh",
            title="在全市2025年防汛抗旱工作会议上的讲话",
            authors=["罗振华"],
            publish_time="2025-06-12 16:30")

HEAD_TITLE = "在全市2025年防汛抗旱工作会议上的讲话_领导讲话_曲靖市人民政府"

CSS = """
body{margin:0;font-family:"Microsoft YaHei";font-size:14px;background:#fbfbfb}
.qj_header{background:#fff;border-top:4px solid #b8141b}
.qj_header .inner{width:1140px;margin:auto;height:120px;display:flex;align-items:center;justify-content:space-between}
.qj_header .brand{font-size:32px;color:#b8141b;font-weight:bold}
.qj_header .links a{color:#555;font-size:12px;margin-left:8px}
.qj_nav{background:#1c56a3}
.qj_nav .inner{width:1140px;margin:auto}
.qj_nav a{color:#fff;display:inline-block;padding:12px 30px;font-size:16px;text-decoration:none}
.qj_article{width:1140px;margin:18px auto;background:#fff;border:1px solid #e4e4e4;padding:24px 80px}
.qj_loc{color:#666;font-size:13px}
.qj_article .tt{font-size:26px;text-align:center;font-weight:bold;margin:26px 0 12px;color:#b8141b}
.qj_article .spk{text-align:center;font-size:17px;font-family:楷体,KaiTi}
.qj_article .spd{text-align:center;font-size:16px;font-family:楷体,KaiTi;margin-bottom:10px}
.qj_article .xinxi{text-align:center;font-size:12px;color:#999;border-bottom:1px solid #eee;padding-bottom:10px;margin-bottom:18px}
.qj_article .zw p{text-indent:2em;font-size:16px;line-height:2.1;margin:0}
.qj_article .zw p.bt{font-weight:bold}
.qj_article .gn{text-align:right;margin-top:16px}
.qj_list{width:1140px;margin:0 auto 18px;background:#fff;border:1px solid #e4e4e4;padding:14px 80px}
.qj_footer{background:#1c56a3;color:#e6eefa;text-align:center;font-size:12px;line-height:24px;padding:14px 0}
"""

R = {
    "P": lambda t, kw: f"<p>{t}</p>",
    "H": lambda t, kw: f'<p class="bt">{t}</p>',
}

BLOCKS = [
    P("同志们："),
    P("今天召开全市防汛抗旱工作会议，主要任务是分析当前形势，安排部署今年的防汛抗旱工作。刚才，市水务局、市应急管理局作了工作汇报，会泽县、陆良县作了交流发言，讲得都很好，我都同意。下面，我讲三点意见。"),
    H("一、清醒认识今年防汛抗旱的严峻形势"),
    P("据气象部门预测，今年我市汛期降水总体偏多一至二成，极端天气事件发生的可能性较大，局地可能出现旱涝急转。同时，全市有小型水库312座，山洪灾害危险区1400余处，不少设施建设年代早、标准低，一旦遭遇强降雨，极易出现险情。各地各部门一定要克服麻痹思想和侥幸心理，把困难估计得更充分一些，把措施考虑得更周密一些。"),
    H("二、扎实抓好防汛抗旱各项重点工作"),
    P("要抓好监测预警。气象、水文、自然资源等部门要加强会商研判，预警信息要第一时间直达县、乡、村三级责任人，直达受威胁群众，打通预警“最后一公里”。"),
    P("要抓好重点部位防守。对病险水库一律空库运行或限制水位运行，对在建涉水工程要制定度汛方案，对城市低洼地段、下穿通道、地下空间要落实专人值守和排涝措施。"),
    P("要抓好群众转移避险。坚持“宁可十防九空，不可失防万一”，对山洪地质灾害危险区的群众，该撤离的坚决撤离，做到应转尽转、应转早转。"),
    P("要统筹做好抗旱保供。坝区和部分山区前期降水偏少，要科学调度水源，优先保障城乡居民生活用水，兼顾烤烟、玉米等大春作物用水需求。"),
    H("三、压紧压实防汛抗旱工作责任"),
    P("各级党政主要负责同志要亲自研究部署、亲自检查督促，各级防汛责任人要上岗到位、履职尽责。汛期要严格执行24小时值班和领导带班制度，严禁擅离职守。对因责任不落实、工作不到位造成严重后果的，要依规依纪严肃追责问责。"),
    P("同志们，防汛抗旱事关人民群众生命财产安全，责任重于泰山。我们要以高度负责的态度，扎实做好各项工作，确保安全度汛。"),
]


def frame(M, body):
    return f"""<body>
<div class="qj_header"><div class="inner"><span class="brand">曲靖市人民政府</span><span class="links"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁体版</a><a href="#">手机版</a><input type="text" placeholder="站内搜索"></span></div></div>
<div class="qj_nav"><div class="inner"><a href="#">首页</a><a href="#">魅力曲靖</a><a href="#">政务要闻</a><a href="#">信息公开</a><a href="#">政务服务</a><a href="#">互动交流</a></div></div>
<div class="qj_article">
<div class="qj_loc">您当前的位置：<a href="#">首页</a> &gt; <a href="#">政务要闻</a> &gt; <a href="#">领导讲话</a></div>
<div class="tt">{M["title"]}</div>
<div class="spk">市委副书记、市长　罗振华</div>
<div class="spd">（2025年6月10日）</div>
<div class="xinxi">发布时间：{M["publish_time"]}　　来源：曲靖市人民政府办公室　　【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="zw">
{body}
</div>
<div class="gn">【<a href="#">打印本页</a>】　【<a href="#">关闭窗口</a>】</div>
</div>
<div class="qj_list"><b>领导讲话</b>
<p><a href="#">在全市安全生产和消防工作会议上的讲话</a>　2025-05-28</p>
<p><a href="#">在市政府第五次廉政工作会议上的讲话</a>　2025-04-17</p>
</div>
<div class="qj_footer">
曲靖市人民政府办公室主办　曲靖市大数据中心承办　联系电话：0874-3126211<br>
网站标识码：5303000003　滇ICP备05003818号　滇公网安备 53030202000120号
</div>
</body>"""
