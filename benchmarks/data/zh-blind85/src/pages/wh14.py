# 山东 · 省级党报网站（2020s newspaper site, 本报讯（记者…通讯员…） inside the first paragraph, info above title）
from lib import *

PAGE = dict(
    id="wh-14", kind="media", lang="zh",
    title="前10个月胶东港口海铁联运量同比增长21%",
    authors=["孔维东", "辛悦"],
    publish_time="2025年11月21日 07:05",
    features="2020s provincial party-paper site (山东); section label and paper/date line printed ABOVE the "
             "headline; 本报讯（记者 孔维东 通讯员 辛　悦） opens the first paragraph; table of port figures; "
             "sub-heading; 责任编辑 and 校对 lines; 版权声明 box; 扫码看 caption; 推荐阅读 and 排行 lists.",
    blocks=[
        P("本报讯（记者 孔维东 通讯员 辛　悦）记者从省港口集团获悉，今年1月至10月，胶东半岛主要港口累计完成海铁联运量186.4万标准箱，同比增长21%，增速比去年同期提高6.2个百分点，海铁联运已成为拉动港口集装箱业务增长的重要力量。"),
        P("今年以来，胶东港口持续加密内陆班列，新开通至西安、兰州、乌鲁木齐等方向班列线路8条，海铁联运线路总数达到96条，辐射沿黄流域和西北地区主要城市。"),
        T([["港口", "海铁联运量（万标准箱）", "同比增长"],
           ["青岛港区", "121.7", "19.4%"],
           ["烟台港区", "31.2", "26.8%"],
           ["日照港区", "28.9", "22.1%"],
           ["威海港区", "4.6", "18.0%"]]),
        H("“一单制”让货物“一次委托、全程运输”"),
        P("运量增长的背后，是服务模式的创新。港口集团联合铁路部门推行海铁联运“一单制”，货主只需签订一份合同、支付一次费用，即可实现从内陆工厂到海外港口的全程运输，单箱综合物流成本平均下降约300元。"),
        P("“过去一票货要跟港口、铁路、船公司分别对接，现在一次委托就全部搞定。”西安一家汽车零部件出口企业物流负责人说，公司今年通过海铁联运出口货物较去年增加近一倍。"),
        P("省港口集团相关负责人表示，下一步将加快建设内陆港和铁路专用线，推动海铁联运向“门到门”全程服务延伸，力争全年海铁联运量突破220万标准箱。"),
    ],
)

CSS = """
body{margin:0;background:#fafafa;font-family:"PingFang SC","Microsoft YaHei";color:#1a1a1a}
a{color:inherit;text-decoration:none}
.masthead{background:#fff;border-bottom:1px solid #e6e6e6}
.masthead .in{width:1140px;margin:0 auto;display:flex;align-items:center;height:86px;gap:40px}
.masthead .brand{font-size:34px;font-weight:900;color:#a61d24;font-family:serif}
.masthead nav a{margin-right:22px;font-size:16px}
.masthead .epaper{margin-left:auto;border:1px solid #a61d24;color:#a61d24;padding:2px 10px;font-size:14px}
.page{width:1140px;margin:24px auto;display:grid;grid-template-columns:780px 320px;gap:40px}
.art{background:#fff;padding:30px 40px}
.art .sec{color:#a61d24;font-weight:bold;font-size:14px}
.art .src{color:#999;font-size:13px;margin:6px 0 4px}
.art h1{font-size:32px;line-height:1.35;margin:6px 0 24px}
.art .bd{font-size:18px;line-height:1.95}
.art .bd p{margin:0 0 1.1em}
.art .bd h3{font-size:19px;margin:1.2em 0 .6em;border-left:4px solid #a61d24;padding-left:10px}
.art .bd table{border-collapse:collapse;width:100%;font-size:15px;margin-bottom:1em}
.art .bd th{background:#a61d24;color:#fff;padding:6px}
.art .bd td{border-bottom:1px solid #eee;padding:6px;text-align:center}
.art .ed{color:#999;font-size:14px;margin-top:20px}
.art .cr{background:#f6f6f6;font-size:12px;color:#888;padding:10px;margin-top:16px}
.side h3{font-size:18px;border-bottom:2px solid #1a1a1a;padding-bottom:6px}
.side ol{padding-left:20px;line-height:2}
.side .qr{text-align:center;font-size:13px;color:#666}
footer{background:#222;color:#aaa;font-size:13px;text-align:center;padding:26px 0;line-height:2}
"""


def render(p):
    body = render_body(p["blocks"])
    html_body = f"""
<div class="masthead"><div class="in"><span class="brand">海岱网</span>
<nav>{links(["首页", "时政", "经济", "区县", "评论", "文旅", "视频", "专题"])}</nav><a class="epaper" href="#">海岱日报电子版</a></div></div>
<div class="page">
<article class="art">
<div class="sec">经济 · 产业</div>
<div class="src">海岱日报　{p["publish_time"]}</div>
<h1>{esc(p["title"])}</h1>
<div class="bd">
{body}
</div>
<div class="ed">责任编辑：姜　楠　　校对：于海鹏</div>
<div class="cr">版权声明：本文为海岱日报原创稿件，未经授权不得转载。转载请联系0531-85193072。</div>
</article>
<aside class="side">
<div class="qr">{img("海岱新闻客户端二维码", 140, 140)}<br>扫码看更多海岱新闻</div>
<h3>推荐阅读</h3><ol><li><a href="#">全省冬季清洁取暖工作全面启动</a></li><li><a href="#">山东新增5条国际集装箱航线</a></li><li><a href="#">沿黄九省区物流合作联盟成立</a></li></ol>
<h3>24小时排行</h3><ol><li><a href="#">济南新增一批口袋公园</a></li><li><a href="#">今冬首场寒潮将至</a></li><li><a href="#">高校毕业生就业服务周启动</a></li></ol>
</aside>
</div>
<footer>海岱日报社主办　版权所有：海岱网 ©2025<br>鲁ICP备09012388号-1　鲁公网安备 37010202000765号　互联网新闻信息服务许可证编号：37120180009<br>违法和不良信息举报电话：0531-85193001</footer>
"""
    return doc("前10个月胶东港口海铁联运量同比增长21% - 海岱网", CSS, html_body)
