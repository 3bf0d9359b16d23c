# 海南 · 自治县政府门户 · 本地新闻（2022 design, combined source/byline/date row, spaced names, quotes, 编辑/审核）
from lib import *

PAGE = dict(
    id="wh-11", kind="government", lang="zh",
    title="琼南县黎锦技艺培训班开班 120名学员在家门口学手艺",
    authors=["符敏", "王书琪"],
    publish_time="2025-11-19 18:22",
    features="2022 autonomous-county portal (海南) 琼南要闻 column; one meta row under the headline joining 来源, "
             "记者 (spaced two-character name) and 通讯员 and the date with vertical bars; A+/A- font tools; quoted "
             "speech; photo with caption; 编辑/审核 line (not authors); 相关新闻 with dates; footer with "
             "主办/ICP/网站标识码 and 公网安备.",
    blocks=[
        P("11月19日，琼南黎族自治县2025年黎锦技艺培训班在什丁镇文化站开班。来自全县8个乡镇的120名学员将在为期20天的培训中，系统学习纺、染、织、绣等黎锦传统技艺。"),
        P("本次培训由县文化馆主办，特邀3名省级黎族传统纺染织绣技艺代表性传承人授课。课程设置理论讲解和实操训练两部分，采取“传承人示范＋学员跟练＋一对一指导”的方式，重点教授腰织机操作、植物染色和双面绣等技法。"),
        IMG("培训现场"),
        CAP("传承人在培训班上为学员示范腰织机织锦技艺。"),
        P("“以前只会一点简单的织法，这次想把双面绣学扎实。”来自南湾村的学员黄秀英今年42岁，她告诉记者，村里成立了黎锦合作社，学好了手艺，平时在家就能接订单，一个月能增加一两千元收入。"),
        P("授课传承人吉亚妹已经织了三十多年黎锦。她说：“黎锦是我们黎族的‘无字史书’，每一种纹样都有它的意思。我希望年轻人不光学会织，还要懂得纹样背后的故事。”"),
        P("近年来，琼南县把黎锦技艺传承与乡村振兴结合起来，建成黎锦传习馆（所）12个，扶持黎锦合作社7家，开发围巾、挎包、文创摆件等产品40余种。今年1月至10月，全县黎锦产品销售额达到460万元。"),
        P("县文化馆馆长陈海燕表示，培训结束后将对学员进行考核，合格者颁发结业证书，并推荐到合作社和文创企业就业，让更多群众实现“指尖上的增收”。"),
    ],
)

CSS = """
body{margin:0;font-family:"Microsoft YaHei";background:#fff;color:#333}
a{color:#333;text-decoration:none}
.site-top{background:#7a3e12;color:#f6e7d8;font-size:13px;line-height:34px}
.site-top .c{width:1180px;margin:0 auto;display:flex;justify-content:space-between}
.site-top a{color:#f6e7d8;margin-left:12px}
.site-banner{height:140px;background:#a0521d;color:#fff;text-align:center}
.site-banner strong{display:block;font-size:36px;padding-top:34px;letter-spacing:6px}
.site-banner em{font-style:normal;font-size:14px;opacity:.8}
.site-nav{border-bottom:2px solid #a0521d;text-align:center}
.site-nav a{display:inline-block;padding:0 26px;line-height:50px;font-size:17px}
.ct{width:1180px;margin:0 auto;padding:20px 0}
.ct .where{font-size:14px;color:#999}
.ct .where a{color:#999}
.news-title{font-size:30px;text-align:center;margin:30px 0 14px;font-weight:bold}
.news-meta{text-align:center;font-size:14px;color:#8b6b50;margin-bottom:6px}
.news-fs{text-align:center;font-size:13px;color:#aaa;padding-bottom:16px;border-bottom:1px solid #eee}
.news-text{width:900px;margin:24px auto;font-size:18px;line-height:2}
.news-text p{text-indent:2em;margin:0 0 18px}
.news-text p.cap{text-indent:0;text-align:center;font-size:15px;color:#8b6b50;font-family:KaiTi}
.news-editor{width:900px;margin:0 auto;text-align:right;color:#999;font-size:14px}
.news-more{width:900px;margin:30px auto;border-top:2px solid #a0521d}
.news-more li{display:flex;justify-content:space-between;line-height:38px;border-bottom:1px dashed #ddd}
.site-foot{background:#3b200a;color:#cbb;font-size:13px;line-height:26px;text-align:center;padding:24px 0}
"""


def render(p):
    body = render_body(p["blocks"])
    html_body = f"""
<div class="site-top"><div class="c"><span>2025年11月19日 星期三</span><span><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁體</a><a href="#">手机版</a></span></div></div>
<div class="site-banner"><strong>琼南黎族自治县人民政府</strong><em>QIONGNAN LI AUTONOMOUS COUNTY</em></div>
<div class="site-nav">{links(["首页", "琼南概况", "琼南要闻", "政务公开", "政务服务", "互动交流", "专题专栏"])}</div>
<div class="ct">
<div class="where">您现在的位置：<a href="#">首页</a> &gt; <a href="#">琼南要闻</a></div>
<h1 class="news-title">{esc(p["title"])}</h1>
<div class="news-meta">来源：琼南县融媒体中心 | 记者：符&nbsp;&nbsp;敏 通讯员：王书琪 | {p["publish_time"]}</div>
<div class="news-fs">【字号：<a href="#">A+</a> <a href="#">A-</a>】　【<a href="#">打印</a>】　【<a href="#">关闭</a>】</div>
<div class="news-text">
{body}
</div>
<div class="news-editor">编辑：陈小雅　审核：吉承林</div>
<div class="news-more"><h3>相关新闻</h3><ul style="list-style:none;padding:0">
<li><a href="#">琼南县举办第三届黎锦文创设计大赛</a><span>2025-10-28</span></li>
<li><a href="#">什丁镇黎锦合作社订单排到明年春节</a><span>2025-10-09</span></li>
<li><a href="#">我县开展非遗进校园活动</a><span>2025-09-17</span></li></ul></div>
</div>
<div class="site-foot">主办：琼南黎族自治县人民政府办公室　承办：琼南县大数据管理局<br>
琼ICP备10201437号　{img("公安", 16, 16)} 琼公网安备 46903402000045号　网站标识码：4690340007<br>
<a href="#" style="color:#cbb">网站地图</a> | <a href="#" style="color:#cbb">联系我们</a></div>
"""
    return doc("琼南县黎锦技艺培训班开班 120名学员在家门口学手艺-琼南黎族自治县人民政府", CSS, html_body)
