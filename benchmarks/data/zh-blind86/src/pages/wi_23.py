from lib import links, lis, GIF

PAGE = dict(
    id="wi-23", kind="media", lang="zh",
    region="黑龙江 齐齐哈尔", site="依安融媒（县级融媒体中心网站，2021 样式）",
    title="依安县庭院养鹅“鹅”声一片 农户冬闲变冬忙",
    authors=["王静", "刘洋"],
    publish_time="2025-11-22 16:20",
    head_title="依安县庭院养鹅“鹅”声一片 农户冬闲变冬忙 - 依安融媒",
    features="县级融媒体中心网站：标题下单独的署名行“依安融媒记者　王  静　刘  洋”（两字名中间用不换行空格拉开）；"
             "时间与浏览数另起一行；视频占位图（alt）；正文六段含引语与数字；文末“编审/监制/编辑”（均非作者）；"
             "页面顶部天气与日期、直播入口、底部“往期回顾”“扫码下载”、页脚。",
)

BLOCKS = [
    ("img", "视频：依安庭院养鹅", None),
    ("p", "入冬以来，走进依安县新兴镇东升村，家家户户的庭院里传来阵阵鹅叫声。村民李春华正忙着给鹅添食，她家今年养了300多只大鹅，再过半个月就能出栏。"),
    ("p", "“一只鹅能卖120元左右，除去成本，一只能挣40多元，今年估计能多收入1万多元。”李春华一边忙活一边算账。"),
    ("p", "近年来，依安县把发展庭院经济作为促进农民增收的重要抓手，整合产业扶持资金，为养殖户提供鹅雏、饲料和技术指导，并与县内加工企业签订保底收购协议，解决农户销售后顾之忧。"),
    ("p", "为提升养殖效益，县农业农村局组织畜牧技术人员深入村屯，开展防疫、饲养管理等培训42场次，培训农户2300余人次。目前，全县庭院养鹅户达到1.2万户，存栏大鹅86万只。"),
    ("p", "在县城工业园区的一家禽类加工企业，生产线正满负荷运转。企业负责人介绍，入冬以来日屠宰加工大鹅1.5万只，产品销往北京、天津、大连等地，冻品鹅、铁锅炖鹅半成品尤其受欢迎。"),
    ("p", "下一步，依安县将继续延伸大鹅产业链条，打造区域特色品牌，让小庭院释放大效益。"),
    ("x", "编审：赵丽　　监制：徐明　　编辑：孟佳"),
]

FMT = {
    "p": "<p>{t}</p>",
    "img": '<div class="vid"><img alt="{alt}" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" width="720" height="405"><span class="play">▶</span></div>',
    "x": '<p class="bs">{t}</p>',
}

CSS = """
body{margin:0;background:#eef2f6;font-family:"Microsoft YaHei";color:#333}
.hd{background:#005bac;color:#fff}
.hd .in{width:1100px;margin:0 auto;display:flex;align-items:center;height:80px}
.hd .wx{margin-left:auto;font-size:13px}
.tabs{background:#fff;border-bottom:1px solid #dde}
.tabs .in{width:1100px;margin:0 auto}
.tabs a{display:inline-block;padding:14px 24px;font-size:16px}
.tabs a.live{color:#e00}
.box{width:1100px;margin:20px auto;background:#fff;padding:30px 120px;box-sizing:border-box}
.box h1{font-size:28px;line-height:1.45;text-align:center;margin:0 0 12px}
.zz{text-align:center;font-size:15px;color:#005bac;margin:0}
.sj{text-align:center;font-size:13px;color:#999;margin:6px 0 20px}
.vid{position:relative;background:#000;text-align:center;margin-bottom:20px}
.vid .play{position:absolute;left:50%;top:45%;color:#fff;font-size:40px;user-select:none}
.con p{font-size:17px;line-height:2;text-indent:2em}
.con p.bs{text-indent:0;font-size:14px;color:#888;text-align:right}
.wq{width:1100px;margin:0 auto;background:#fff;padding:16px 30px;box-sizing:border-box}
.wq li{line-height:2}
.ft{text-align:center;font-size:12px;color:#888;padding:30px 0;line-height:2}
"""


def render(P, body):
    return f"""
<div class="hd"><div class="in"><img src="{GIF}" alt="依安融媒" width="200" height="50"><span class="wx">2025年11月22日　依安 小雪 -18℃/-9℃</span></div></div>
<div class="tabs"><div class="in">{links(["首页", "新闻", "视频", "直播", "专题", "县情", "政务公开"], sep="").replace('<a href="#">直播', '<a class="live" href="#">● 直播')}</div></div>
<div class="box">
<h1>{P['title']}</h1>
<p class="zz">依安融媒记者　王&nbsp;&nbsp;静　刘&nbsp;&nbsp;洋</p>
<p class="sj">{P['publish_time']}　　浏览：1823</p>
<div class="con">
{body}
</div>
</div>
<div class="wq"><b>往期回顾</b><ul>{lis(["依安县今冬供热全面启动 室温达标率99.6%", "依安：冬捕节定于12月20日开幕", "县医院开展“送医下乡”冬季健康义诊"])}</ul>
<p style="text-align:center"><img src="{GIF}" alt="" width="100" height="100"><br>扫码下载“依安融媒”客户端</p></div>
<div class="ft">依安县融媒体中心 主办　电话：0452-7322518<br>黑ICP备19004526号-1　黑公网安备 23022302000018号</div>
"""
