from lib import links, lis, GIF

PAGE = dict(
    id="wi-05", kind="government", lang="zh",
    region="江苏 盐城", site="盐城市市场监督管理局（部门网站·政策解读）",
    title="《盐城市电动自行车销售维修经营场所安全管理办法》政策解读",
    authors=[],
    publish_time="2025/11/20",
    head_title="《盐城市电动自行车销售维修经营场所安全管理办法》政策解读 - 盐城市市场监督管理局",
    features="市级部门网站的政策解读：信息栏字段粘连（“时间：2025/11/20来源：…浏览：”）；标题下“解读类型/文件链接”小框（非正文）；"
             "正文为一至四小标题与（一）至（四）条目；页底“相关文件”“相关解读”列表；页脚部门地址/投诉电话/ICP/公网安备/网站标识码。",
)

BLOCKS = [
    ("h", "一、制定背景"),
    ("p", "近年来，我市电动自行车保有量持续增长，截至2025年9月底已超过310万辆。部分销售、维修经营场所存在违规改装、充电区域设置不规范、住宿与经营场所未分隔等问题，火灾隐患较为突出。为规范经营行为，从源头防范化解安全风险，市市场监管局会同市消防救援支队、市商务局等部门起草了《办法》。"),
    ("h", "二、适用范围"),
    ("p", "《办法》适用于本市行政区域内从事电动自行车及其蓄电池、充电器销售、维修活动的经营场所。仅从事网络销售、不设置线下经营场所的，参照执行。"),
    ("h", "三、主要内容"),
    ("p", "《办法》共五章二十六条，重点明确了以下内容："),
    ("li", [
        "（一）经营者应当销售符合强制性国家标准并取得强制性产品认证的电动自行车及蓄电池、充电器，建立进货查验和销售记录制度；",
        "（二）维修经营者不得为电动自行车加装、改装电动机和蓄电池，不得拆除或改动限速装置；",
        "（三）经营场所内设置的充电区域应当与经营、仓储区域进行防火分隔，不得在经营场所内住宿；",
        "（四）市场监管、消防救援、商务等部门按照职责分工开展联合检查，检查结果向社会公开。",
    ]),
    ("h", "四、施行时间"),
    ("p", "《办法》自2026年1月1日起施行，有效期五年。"),
]

FMT = {
    "p": '<div class="para">{t}</div>',
    "h": '<div class="para sub"><b>{t}</b></div>',
    "li_wrap": '<ul class="plain">{t}</ul>',
}

CSS = """
*{box-sizing:border-box}
body{margin:0;font-family:"PingFang SC","Microsoft YaHei";background:#fafafa;color:#222}
.hd{background:linear-gradient(#0a6ebd,#0a5aa0);height:130px}
.in{width:1200px;margin:0 auto}
.hd .bar{font-size:12px;color:#cfe3f5;text-align:right;padding-top:8px}
.hd .bar a{color:#fff;margin-left:10px}
.nv{background:#fff;border-bottom:3px solid #0a6ebd}
.nv a{display:inline-block;padding:14px 22px;font-size:16px;color:#0a5aa0}
.crumbs{font-size:13px;color:#888;margin:14px 0}
.card{background:#fff;padding:36px 70px;box-shadow:0 0 6px #ddd}
.card h1{font-size:26px;text-align:center;line-height:1.5;margin:0 0 14px}
.minfo{text-align:center;font-size:13px;color:#999}
.jd{background:#f1f6fb;border:1px solid #d4e4f3;padding:10px 16px;margin:16px 0;font-size:14px}
.para{font-size:16px;line-height:2;text-indent:2em;margin:8px 0}
.para.sub{text-indent:2em}
.plain{list-style:none;padding:0}.plain li{text-indent:2em;line-height:2;font-size:16px}
.rel{margin-top:30px}.rel h5{font-size:16px;border-bottom:1px solid #0a6ebd;padding-bottom:4px;color:#0a6ebd}
.rel li{line-height:2}
.ft{background:#222;color:#999;font-size:13px;padding:26px 0;margin-top:40px;text-align:center;line-height:2}
"""


def render(P, body):
    return f"""
<div class="hd"><div class="in">
<div class="bar">{links(["无障碍浏览", "长者模式", "繁體版", "移动版", "市政府门户"], sep=" ")}</div>
<img src="{GIF}" alt="盐城市市场监督管理局" width="520" height="70">
<form style="float:right"><input type="search" placeholder="搜索本站内容"><button type="button">检索</button></form>
</div></div>
<div class="nv"><div class="in">{links(["首页", "机构概况", "新闻动态", "政府信息公开", "政务服务", "互动交流", "专题专栏"], sep="")}</div></div>
<div class="in">
<div class="crumbs">首页 / 政府信息公开 / 政策解读 / 正文</div>
<div class="card">
<h1>{P['title']}</h1>
<div class="minfo">时间：{P['publish_time']}来源：盐城市市场监督管理局浏览：<span></span>　<a href="#">【打印】</a></div>
<div class="jd">解读类型：文字解读　　文件链接：<a href="#">盐城市电动自行车销售维修经营场所安全管理办法</a></div>
{body}
<div class="rel"><h5>相关文件</h5><ul><li><a href="#">盐城市人民政府关于印发《盐城市电动自行车销售维修经营场所安全管理办法》的通知</a></li></ul>
<h5>相关解读</h5><ul>{lis(["一图读懂《盐城市电动自行车销售维修经营场所安全管理办法》", "市市场监管局负责同志就电动自行车安全管理答记者问"])}</ul></div>
</div>
</div>
<div class="ft">
<div>{links(["网站地图", "联系我们", "网站声明"], sep=" · ")}</div>
<div>主办单位：盐城市市场监督管理局　地址：盐城市世纪大道5号　投诉举报电话：12315</div>
<div>苏ICP备10031842号-3　苏公网安备 32090202001068号　网站标识码：3209000031</div>
<div><img src="{GIF}" alt="党政机关" width="36" height="44"> <img src="{GIF}" alt="我为政府网站找错" width="100" height="44"></div>
</div>
"""
