# 陕西 · 区政府办公室 · 实施意见（2025 集约化 platform, date with seconds, 文号, 主送, sections）
from lib import *

PAGE = dict(
    id="wl-11", kind="government", lang="zh", site="延安市宝塔区人民政府",
    title="延安市宝塔区人民政府办公室关于进一步做好秋冬季农村人居环境整治工作的实施意见",
    authors=[],
    publish_time="2025-10-13 16:42:51",
    features=["意见 (long headline)", "info bar above body with 发布时间 with seconds, 来源, 阅读 and 【字体：大 中 小】【打印】",
              "文号 line (not body)", "主送 line, 一、二、三 sections with numbered items", "署名 + 成文日期 + 附注 （此件公开发布） (all body)",
              "政策解读 link box, 扫码 and share icons", "footer 主办/承办/ICP/公网安备/网站标识码"],
)

BLOCKS = [
    ("x", '<p class="wh">宝政办发〔2025〕29号</p>'),
    ("to", "各乡镇人民政府、街道办事处，区政府各工作部门、直属机构："),
    ("p", "为巩固提升农村人居环境整治成效，做好秋冬季农村环境卫生工作，经区政府同意，现提出如下实施意见。"),
    ("h", "一、总体要求"),
    ("p", "以村庄清洁行动为抓手，聚焦农村生活垃圾、生活污水、厕所革命和村容村貌提升，到2025年底，全区农村生活垃圾收运处置体系行政村覆盖率保持100%，卫生厕所普及率达到85%以上。"),
    ("h", "二、重点任务"),
    ("li", "（一）开展秋冬季村庄清洁行动。集中清理房前屋后柴草杂物、残垣断壁和河塘沟渠积存垃圾，每月开展一次全域“清洁日”活动。"),
    ("li", "（二）强化农村户厕管护。建立“县乡村户”四级管护机制，落实粪污清掏服务，冬季前完成问题厕所整改。"),
    ("li", "（三）治理农村生活污水。优先推进川道、城郊村庄污水治理，因地制宜采用集中与分散相结合的处理模式。"),
    ("h", "三、保障措施"),
    ("p", "各乡镇（街道）要落实属地责任，区农业农村局要加强统筹协调，区财政局要保障整治资金。区委农办将把整治成效纳入年度实绩考核，每季度通报一次进展情况。"),
    ("sig", "延安市宝塔区人民政府办公室"),
    ("sig", "2025年10月11日"),
    ("p", "（此件公开发布）"),
]

R = dict(p='<p style="text-indent:2em">{}</p>', li='<p style="text-indent:2em">{}</p>',
         h='<p style="text-indent:2em;font-family:黑体">{}</p>', to="<p>{}</p>", sig='<p style="text-align:right;margin:0 4em 0 0">{}</p>')

CSS = """
:root{--c:#a8001c}body{margin:0;font:16px/1.9 system-ui,"PingFang SC",sans-serif;color:#262626}
.bar{background:#f5f5f5;font-size:13px}.bar .in{max-width:1200px;margin:0 auto;display:flex;justify-content:space-between;padding:6px 0}
.hd{max-width:1200px;margin:0 auto;display:flex;align-items:center;justify-content:space-between;padding:20px 0}
nav{background:var(--c)}nav .in{max-width:1200px;margin:0 auto;display:flex}nav a{color:#fff;flex:1;text-align:center;padding:12px}
main{max-width:1000px;margin:0 auto}.bc{color:#888;font-size:14px;margin:16px 0}h1{font-size:26px;text-align:center;line-height:1.5}
.mt{display:flex;flex-wrap:wrap;justify-content:center;gap:20px;color:#999;font-size:14px;border-bottom:1px solid #eee;padding-bottom:12px}
.wh{text-align:center}.gk{text-indent:2em}.jd{background:#fff6f6;border-left:4px solid var(--c);padding:10px 16px;margin:20px 0}
.sh{display:flex;gap:10px;justify-content:flex-end;color:#999;font-size:14px}footer{background:#2a2a2a;color:#aaa;font-size:13px;text-align:center;padding:24px;margin-top:40px}
"""


def render(P, body):
    return doc(P, CSS, f"""
<div class="bar"><div class="in"><span>今天是2025年10月13日 星期一</span><span>{links(["无障碍","长者模式","繁體","智能问答","登录"], sep=" | ")}</span></div></div>
<div class="hd">{img("延安市宝塔区人民政府")}<div><input type="search" placeholder="搜索本站内容"><button>搜索</button></div></div>
<nav><div class="in">{links(["首页","要闻动态","政务公开","政务服务","政民互动","走进宝塔"])}</div></nav>
<main>
<div class="bc">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政府文件</a> &gt; <a href="#">区政府办文件</a></div>
<h1>{P['title_html']}</h1>
<div class="mt"><span>发布时间：{P['publish_time']}</span><span>来源：区政府办公室</span><span>阅读：1,304</span><span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span><span>【<a href="#">打印</a>】</span></div>
<article>
{body}
</article>
<div class="jd">政策解读：<a href="#">图解：宝塔区秋冬季农村人居环境整治工作怎么干？</a></div>
<div class="sh"><span>分享：</span>{img("微信")}{img("微博")}{img("QQ")}</div>
</main>
<footer>
<p>{img("扫码关注宝塔区政府微信公众号")} 扫码关注“宝塔发布”</p>
<p>主办：延安市宝塔区人民政府办公室　承办：宝塔区数据服务中心　联系电话：0911-8213000</p>
<p>陕ICP备05002819号　陕公网安备 61060202000087号　网站标识码：6106020001</p>
</footer>
""")
