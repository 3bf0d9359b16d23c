# 陕西 · 区市场监督管理局 · 通报（2020 design, date 2025/10/16, table of unqualified samples）
from lib import *

PAGE = dict(
    id="wl-07", kind="government", lang="zh", site="汉中市汉台区市场监督管理局",
    title="关于2025年第三季度食品安全监督抽检情况的通报",
    authors=[],
    publish_time="2025/10/16",
    features=["通报 with 主送 line, table of unqualified samples (header + 4 rows), 署名 and date (body)",
              "date printed 2025/10/16", "info bar '发布机构：… 发布时间：… 【字体：大 中 小】' spaced with U+3000",
              "附件 link (not body)", "右侧 热点 list", "footer with ICP"],
)

BLOCKS = [
    ("to", "各镇人民政府、街道办事处，区食安委各成员单位："),
    ("p", "2025年第三季度，区市场监督管理局按照年度抽检计划，在全区范围内组织开展食品安全监督抽检，共抽检粮食加工品、食用农产品、餐饮食品、糕点等17大类食品样品426批次，其中合格422批次，不合格4批次，总体合格率99.06%。不合格样品情况如下："),
    ("table", [["样品名称", "被抽样单位", "不合格项目", "处置情况"],
               ["韭菜", "汉台区某农贸市场经营户", "腐霉利", "已立案调查"],
               ["油条", "汉台区某早餐店", "铝的残留量", "已责令整改"],
               ["鲜鸡蛋", "汉台区某生鲜超市", "恩诺沙星", "已立案调查"],
               ["月饼", "汉台区某糕点作坊", "菌落总数", "已下架召回"]]),
    ("p", "对抽检发现的不合格食品，我局已依法责令经营者立即采取下架、封存、召回等措施，控制风险，并对相关单位立案调查。同时，对问题产品涉及的外地生产企业，已通报其所在地监管部门。"),
    ("p", "下一步，各镇（街道）和相关部门要加强协作，聚焦农贸市场、校园周边、小作坊等重点区域，加大对问题多发品种的跟踪抽检力度，督促经营者落实进货查验和索证索票制度，切实保障群众“舌尖上的安全”。"),
    ("x", '<p>附件：<a href="#">2025年第三季度食品安全监督抽检合格产品信息.xlsx</a></p>'),
    ("sig", "汉中市汉台区市场监督管理局"),
    ("sig", "2025年10月15日"),
]

R = dict(p='<p class="t2">{}</p>', to="<p>{}</p>", sig='<p class="r">{}</p>',
         table=lambda rows: '<div class="tw"><table>' + "".join(
             "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table></div>")

CSS = """
body{margin:0;font:15px/1.9 "Microsoft YaHei";color:#303030}.c{width:1160px;margin:0 auto}
.hd{background:#2456a4}.hd .c{height:100px;display:flex;align-items:center;justify-content:space-between;color:#fff}
.nv{background:#1b4382}.nv a{color:#fff;display:inline-block;padding:10px 22px}.main{display:flex;gap:20px;margin-top:15px}
.l{flex:1}.r2{width:300px;background:#f6f7f9;padding:10px}.t2{text-indent:2em}.r{text-align:right}
.tw table{border-collapse:collapse;width:100%}.tw td{border:1px solid #bbb;padding:4px 8px}
h1{font-size:24px;text-align:center}.fb{text-align:center;color:#8a8a8a;font-size:13px}
.ft{margin-top:30px;background:#333;color:#bbb;text-align:center;padding:14px;font-size:13px}
"""


def render(P, body):
    return doc(P, CSS, f"""
<div class="hd"><div class="c"><b style="font-size:26px">汉台区市场监督管理局</b><span>{links(["长者模式","无障碍"], sep=" | ")}　<input placeholder="搜索"></span></div></div>
<div class="nv"><div class="c">{links(["首页","机构概况","工作动态","通知公告","抽检信息","行政执法","投诉举报"])}</div></div>
<div class="c"><p style="font-size:13px;color:#777">当前位置：<a href="#">首页</a> » <a href="#">抽检信息</a> » 正文</p></div>
<div class="c main">
<div class="l">
<h1>{P['title_html']}</h1>
<p class="fb">发布机构：汉台区市场监督管理局　发布时间：{P['publish_time']}　浏览：958　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</p>
{body}
<p class="r">【<a href="#">打印</a>】【<a href="#">关闭</a>】</p>
</div>
<div class="r2"><h4>热点信息</h4><ul>{lis(["汉台区开展“铸安”行动电梯安全专项检查","关于开展2025年度计量器具强制检定的公告","守护校园食品安全 我局开展秋季开学专项检查","汉台区市场监管局召开特种设备安全工作会"])}</ul>
<h4>投诉举报</h4><p>全国12315平台</p><p>举报电话：0916-12345</p></div>
</div>
<div class="ft">
<p>主办：汉中市汉台区市场监督管理局　地址：汉中市汉台区天汉大道318号</p>
<p>陕ICP备17004628号-1　陕公网安备 61070202000319号　网站标识码：6107020041</p>
</div>
""")
