from lib import *

NOTES = "Autonomous-county portal (Hainan), 2020 design, 批复: left 政府信息公开目录 sidebar, 发布机构/发布日期 info bar with 【字体】 under the headline, 文号, 主送, numbered items, 此复, 署名 and 成文日期 as body, a （此件主动公开） note after the date (not body), QR caption, footer."

META = dict(id="xy-10", kind="government", lang="zh",
            title="陵水黎族自治县人民政府关于同意英州镇调整部分村民小组设置的批复",
            authors=[],
            publish_time="2025-06-12")

HEAD_TITLE = "陵水黎族自治县人民政府关于同意英州镇调整部分村民小组设置的批复"

CSS = """
body{margin:0;background:#f0f4f8;font-family:"Microsoft YaHei";color:#333}
.ls-top{background:#064b8a}
.ls-top .c{width:1200px;margin:auto;color:#fff;display:flex;justify-content:space-between;align-items:center;height:110px}
.ls-top .c span{font-size:30px;letter-spacing:3px}
.ls-top .c nav a{color:#dbe9f7;font-size:13px;margin-left:10px}
.ls-menu{background:#0a63b3}
.ls-menu .c{width:1200px;margin:auto}
.ls-menu a{color:#fff;padding:12px 24px;display:inline-block;text-decoration:none}
.ls-wrap{width:1200px;margin:16px auto;display:flex;gap:16px}
.ls-tree{width:240px;background:#fff;font-size:14px}
.ls-tree .t{background:#0a63b3;color:#fff;padding:8px 12px}
.ls-tree div.n{padding:6px 16px;border-bottom:1px solid #eee}
.ls-art{flex:1;background:#fff;padding:24px 60px}
.ls-crumb{font-size:13px;color:#999}
.ls-art .hd{font-size:22px;font-weight:bold;text-align:center;margin:22px 0 10px;line-height:1.6}
.ls-art .meta{text-align:center;font-size:13px;color:#888;padding-bottom:12px;border-bottom:1px solid #e3e3e3}
.ls-art .tx p{font-size:16px;line-height:2;text-indent:2em;margin:0}
.ls-art .tx p.noind{text-indent:0}
.ls-art .tx p.ctr{text-align:center;text-indent:0}
.ls-art .tx p.rgt{text-align:right}
.ls-art .tx p.note{text-indent:0;font-size:14px;color:#666;margin-top:20px}
.ls-art .ops{text-align:center;font-size:13px;margin-top:20px;color:#888}
.ls-foot{background:#064b8a;color:#c9dbee;font-size:13px;text-align:center;padding:18px 0;line-height:2}
"""

R = {
    "P": lambda t, kw: f"<p>{t}</p>",
    "L": lambda items, kw: "\n".join(f"<p>{i}</p>" for i in items),
    "ZS": lambda t, kw: f'<p class="noind">{t}</p>',
    "WH": lambda t, kw: f'<p class="ctr">{t}</p>',
    "SIGN": lambda t, kw: f'<p class="rgt">{t}</p>',
    "DT": lambda t, kw: f'<p class="rgt">{t}</p>',
}

BLOCKS = [
    WH("陵府函〔2025〕118号"),
    ZS("英州镇人民政府："),
    P("你镇《关于调整部分村民小组设置的请示》（英府〔2025〕23号）收悉。经县政府研究，现批复如下："),
    L(["一、同意将大坡村委会椰林村民小组、坡尾村民小组合并，设立椰林村民小组，村民小组驻地设在原椰林村民小组。",
       "二、同意将清坡村委会新村村民小组分设为新村一村民小组、新村二村民小组，以新村中心路为界，路东为新村一村民小组，路西为新村二村民小组。",
       "三、调整后，大坡村委会辖村民小组由11个调整为10个，清坡村委会辖村民小组由9个调整为10个。"]),
    P("请你镇按照有关法律法规规定，依法做好村民小组调整后的组长推选、集体资产清查登记和档案移交等工作，妥善处理好群众关心的土地承包、宅基地等问题，确保调整工作平稳有序。调整完成后，将有关情况报县民政局备案。"),
    P("此复。"),
    SIGN("陵水黎族自治县人民政府"),
    DT("2025年6月9日"),
    X('<p class="note">（此件主动公开）</p>'),
]


def frame(M, body):
    return f"""<body>
<div class="ls-top"><div class="c"><span>{img("国徽", data=True, w=60, h=60)} 陵水黎族自治县人民政府</span><nav><a href="#">无障碍</a><a href="#">适老版</a><a href="#">繁体</a><a href="#">English</a><input type="text" placeholder="请输入关键词"></nav></div></div>
<div class="ls-menu"><div class="c"><a href="#">首页</a><a href="#">魅力陵水</a><a href="#">新闻动态</a><a href="#">政府信息公开</a><a href="#">政务服务</a><a href="#">政民互动</a><a href="#">自贸港专题</a></div></div>
<div class="ls-wrap">
<div class="ls-tree"><div class="t">政府信息公开目录</div>
<div class="n"><a href="#">县政府文件</a></div><div class="n"><a href="#">县政府办文件</a></div><div class="n"><a href="#">批复</a></div><div class="n"><a href="#">人事任免</a></div><div class="n"><a href="#">规划计划</a></div><div class="n"><a href="#">财政预决算</a></div>
</div>
<div class="ls-art">
<div class="ls-crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政府信息公开</a> &gt; <a href="#">批复</a></div>
<div class="hd">{M["title"]}</div>
<div class="meta">发布机构：陵水黎族自治县人民政府办公室　　发布日期：{M["publish_time"]}　　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="tx">
{body}
</div>
<div class="ops">{img("二维码", data=True, w=80, h=80)} 扫一扫在手机打开当前页　【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>
</div>
</div>
<div class="ls-foot">
主办：陵水黎族自治县人民政府办公室　承办：陵水黎族自治县大数据管理中心<br>
琼ICP备10201247号　琼公网安备 46903402000106号　网站标识码：4690340001<br>
联系电话：0898-83316205
</div>
</body>"""
