from lib import links, lis, GIF

PAGE = dict(
    id="wi-04", kind="government", lang="zh",
    region="黑龙江 齐齐哈尔", site="克山县人民政府·乡镇频道·北联镇（乡镇公示）",
    title="北联镇2025年耕地地力保护补贴面积公示",
    authors=[],
    publish_time="2025-11-20",
    head_title="北联镇2025年耕地地力保护补贴面积公示",
    features="县政府网站的乡镇子频道：信息栏用方括号【发布单位：…】【发布时间：…】【阅读次数：】；公示正文含表格（表头行、合计行有空单元格）、"
             "监督电话两行、署名与日期；附件下载链接（非正文）；乡镇频道的二级导航；页脚联系地址/ICP/公网安备/网站标识码。",
)

BLOCKS = [
    ("p", "根据《黑龙江省2025年耕地地力保护补贴实施方案》和县农业农村局相关工作要求，经各村申报、镇农业综合服务中心审核，现将我镇2025年耕地地力保护补贴面积予以公示："),
    ("table", [
        ["序号", "村名", "补贴户数（户）", "补贴面积（亩）"],
        ["1", "北联村", "612", "38216.5"],
        ["2", "东兴村", "487", "31052.0"],
        ["3", "胜利村", "530", "34879.3"],
        ["4", "永丰村", "398", "25604.8"],
        ["5", "长发村", "455", "29113.6"],
        ["合计", "", "2482", "158866.2"],
    ]),
    ("p", "公示期为2025年11月20日至11月26日，共7天。各户补贴面积明细已在各村村务公开栏张贴。公示期间，如对公示内容有异议，请以书面或电话形式向镇农业综合服务中心反映，我们将及时核实处理。"),
    ("p", "监督电话：0452-4713265（镇农业综合服务中心）"),
    ("p", "0452-4713021（镇纪委）"),
    ("sign", "北联镇人民政府"),
    ("sign", "2025年11月20日"),
]

FMT = {
    "p": '<p style="text-indent:2em">{t}</p>',
    "table_wrap": '<table class="gs" align="center" width="80%">{t}</table>',
    "th": "<td><b>{t}</b></td>",
    "td": '<td align="center">{t}</td>',
    "sign": '<p style="text-align:right;padding-right:60px">{t}</p>',
}

CSS = """
body{margin:0;background:#ebf1f7;font:14px/1.75 SimSun,"宋体"}
.box{width:1100px;margin:0 auto;background:#fff}
.top{height:110px;background:#17619b;color:#fff}
.top .n{font-size:34px;font-weight:bold;padding:30px 40px 0;letter-spacing:4px}
.ch{background:#0f4c7c;padding:0 30px}
.ch a{color:#fff;display:inline-block;line-height:40px;padding:0 18px}
.sub{background:#e4eef7;padding:6px 30px}.sub a{margin-right:20px;color:#17619b}
.here{padding:10px 30px;color:#555}
.bd{padding:10px 60px 40px}
.bd h1{font-size:22px;text-align:center;color:#17619b}
.meta{text-align:center;color:#777;font-size:12px;border-bottom:1px solid #c6d6e6;padding-bottom:8px}
.gs{border-collapse:collapse}.gs td{border:1px solid #777;padding:4px 10px;text-align:center}
.att{margin-top:20px;font-size:13px}
.btm{text-align:center;padding:20px;background:#17619b;color:#e8f0f8;font-size:12px;line-height:2}
"""


def render(P, body):
    return f"""
<div class="box">
<div class="top"><div class="n">北联镇</div></div>
<div class="ch">{links(["克山县人民政府", "乡镇频道首页", "镇情概况", "政务动态", "通知公告", "党建工作", "便民服务"])}</div>
<div class="sub">乡镇导航：{links(["克山镇", "北兴镇", "西城镇", "北联镇", "古城镇", "河南乡", "西河镇"], sep=" ")}</div>
<div class="here">您的位置：<a href="#">首页</a> » <a href="#">乡镇频道</a> » <a href="#">北联镇</a> » <a href="#">通知公告</a></div>
<div class="bd">
<h1>{P['title']}</h1>
<div class="meta">【发布单位：北联镇人民政府】【发布时间：{P['publish_time']}】【阅读次数：】【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>
<div class="article">
{body}
</div>
<div class="att">附件下载：<a href="#">北联镇2025年耕地地力保护补贴面积明细表.xls</a></div>
</div>
<div class="btm">
主办单位：克山县人民政府办公室　　技术支持：克山县融媒体中心<br>
地址：黑龙江省齐齐哈尔市克山县人民路168号　　邮编：161600　　电话：0452-4722180<br>
黑ICP备09021746号-1　　黑公网安备 23022902000027号　　网站标识码：2302290002<br>
<img src="{GIF}" alt="党政机关" width="36" height="44"> <img src="{GIF}" alt="政府网站找错" width="100" height="44">
</div>
</div>
"""
