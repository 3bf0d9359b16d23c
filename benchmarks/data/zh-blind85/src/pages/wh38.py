# 海南 · 国有企业官网（2023 corporate site, English nav sublabels, meta row 作者|来源|日期, 副题 under the title）
from lib import *

PAGE = dict(
    id="wh-38", kind="institution", lang="zh",
    title="琼洋港务集团洋浦港区集装箱吞吐量提前突破200万标箱",
    authors=["陈思", "吴敏"],
    publish_time="2025-11-21",
    features="2023 state-owned enterprise site (海南 port group); nav items with English sublabels (集团新闻 "
             "NEWS); hero banner alt; headline with a 副题 line beginning with —— (not part of the title); "
             "meta row 作者：陈　思　吴　敏 | 来源：党群工作部 | 日期：2025-11-21 | 阅读量; bold sub-headings; "
             "data list; photo with caption; 返回列表 and 上一篇/下一篇; footer with 廉洁举报 and ICP.",
    blocks=[
        P("11月20日18时，随着“琼洋海诚”轮在洋浦港区小铲滩码头完成装卸作业，集团洋浦港区今年集装箱吞吐量突破200万标准箱，比去年提前48天实现这一目标，同比增长18.7%。"),
        H("航线网络持续加密"),
        P("今年以来，集团抢抓海南自由贸易港建设机遇，加快构建“东盟—洋浦—内陆”航运物流通道，新开通至越南海防、泰国林查班、印尼雅加达等外贸航线6条，洋浦港区集装箱航线总数达到58条，其中外贸航线36条。"),
        H("作业效率不断提升"),
        P("面对箱量快速增长，集团持续推进智慧港口建设，码头生产管理系统完成升级，远程操控岸桥投入使用，船舶平均在港停时压缩至20.6小时。今年前10个月，主要指标完成情况如下："),
        LI(["桥吊平均作业效率：每小时31.5自然箱，同比提高9%；",
            "外贸集装箱吞吐量：112万标准箱，同比增长24.3%；",
            "“海铁联运”“水水中转”箱量占比：41%。"],
           fmt='<ul class="data">{items}</ul>'),
        IMG("洋浦港区集装箱码头作业现场"),
        CAP("洋浦港区小铲滩码头作业繁忙。"),
        P("集团相关负责人表示，将继续围绕打造西部陆海新通道国际航运枢纽目标，加快码头扩建和航线拓展，力争全年完成集装箱吞吐量240万标准箱。"),
    ],
)

CSS = """
*{box-sizing:border-box}
body{margin:0;font-family:"Microsoft YaHei","PingFang SC";color:#333;background:#fff}
a{color:inherit;text-decoration:none}
.hdr{position:relative;height:84px;display:flex;align-items:center;padding:0 60px;gap:40px;border-bottom:1px solid #eee}
.hdr .lg{font-size:26px;font-weight:bold;color:#005bac}
.hdr nav{display:flex;gap:34px;margin-left:auto}
.hdr nav a{text-align:center;font-size:16px;line-height:1.2}
.hdr nav a small{display:block;font-size:10px;color:#999;letter-spacing:1px}
.hero{height:220px;background:#0a3d6b;color:#fff;display:flex;align-items:center;justify-content:center;font-size:34px;letter-spacing:6px}
.pos{width:1200px;margin:0 auto;line-height:50px;font-size:14px;color:#999;border-bottom:1px solid #eee}
.news{width:1000px;margin:40px auto}
.news h1{font-size:30px;text-align:center;margin:0 0 8px;line-height:1.4}
.news .sub{text-align:center;font-size:18px;color:#555}
.news .meta{text-align:center;font-size:14px;color:#999;margin:20px 0;padding:12px 0;border-top:1px solid #eee;border-bottom:1px solid #eee}
.news .txt{font-size:17px;line-height:2}
.news .txt p{text-indent:2em;margin:0 0 16px}
.news .txt h3{font-size:17px;color:#005bac;margin:10px 0}
.news .txt ul.data{background:#f3f8fc;padding:12px 12px 12px 40px;margin:0 0 16px}
.news .txt p.cap{text-indent:0;text-align:center;color:#888;font-size:14px}
.news .back{text-align:center;margin:30px 0}
.news .back a{border:1px solid #005bac;color:#005bac;padding:6px 30px}
.news .pn{display:flex;justify-content:space-between;font-size:14px;color:#666}
footer{background:#0a2540;color:#8aa4bf;padding:30px 60px;font-size:13px;line-height:2}
footer .lk a{margin-right:20px}
"""


def render(p):
    body = render_body(p["blocks"], {"img": '<p style="text-align:center;text-indent:0">' + img("{t}", 800, 450) + '</p>'})
    nav = "".join(f'<a href="#">{a}<small>{b}</small></a>' for a, b in
                  [("首页", "HOME"), ("走进集团", "ABOUT"), ("集团新闻", "NEWS"), ("业务板块", "BUSINESS"), ("党建廉政", "PARTY"), ("人才招聘", "JOIN US")])
    html_body = f"""
<div class="hdr"><span class="lg">琼洋港务集团</span><nav>{nav}</nav></div>
<div class="hero">{img("向海图强 港通天下", 2, 2)}集团新闻</div>
<div class="pos">首页 &gt; 集团新闻 &gt; 集团要闻</div>
<div class="news">
<h1>{esc(p["title"])}</h1>
<div class="sub">——比去年提前48天，同比增长18.7%</div>
<div class="meta">作者：陈　思　吴　敏 | 来源：党群工作部 | 日期：{p["publish_time"]} | 阅读量：1870</div>
<div class="txt">
{body}
</div>
<div class="back"><a href="#">返回列表</a></div>
<div class="pn"><a href="#">上一篇：集团召开2025年四季度安全生产工作会议</a><a href="#">下一篇：集团开展“港口开放日”活动</a></div>
</div>
<footer><div class="lk"><a href="#">联系我们</a><a href="#">廉洁举报</a><a href="#">法律声明</a><a href="#">网站地图</a></div>
<div>Copyright © 2025 琼洋港务集团有限公司 版权所有　地址：海南省洋浦经济开发区港务大道1号　琼ICP备17003294号-1</div></footer>
"""
    return doc("琼洋港务集团洋浦港区集装箱吞吐量提前突破200万标箱-琼洋港务集团", CSS, html_body)
