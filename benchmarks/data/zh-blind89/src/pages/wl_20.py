# 福建 · 市级广播电视台网站 · 新闻（2022 design: section chip above headline, credits block 记者/编辑/责编 after the text）
from lib import *

PAGE = dict(
    id="wl-20", kind="media", lang="zh", site="刺桐视听网",
    title="古城夜游公交专线开通 串联西街、文庙等12个站点",
    authors=["苏晴", "柯志鹏"],
    publish_time="2025年10月17日 18:30",
    features=["city TV station site (2022)", "section chip '民生' printed above the headline (not title)", "video placeholder with duration",
              "credits block '记者：苏晴　柯志鹏 / 编辑：许思怡 / 责编：周凯' (only 记者 are authors)",
              "info row '来源：泉州台新闻中心　2025年10月17日 18:30'", "stop list as a table", "相关视频, app QR, footer"],
)

BLOCKS = [
    ("x", '<div class="vd">' + img("视频") + '<span>03:05</span></div>'),
    ("p", "记者从市公交集团了解到，泉州古城夜游公交专线“古城夜巴”将于10月18日起开通运营，方便市民游客夜间游览古城。"),
    ("p", "该专线采用小型新能源公交车，全程约9公里，首班19:00，末班22:30，发车间隔15分钟，实行一票制，票价2元，可使用交通卡和手机扫码乘车。线路沿途设站如下："),
    ("table", [["站序", "站点", "周边景点"], ["1", "中山路北", "钟楼"], ["2", "西街口", "西街、开元寺"], ["3", "文庙", "府文庙"], ["4", "天后宫", "天后宫、德济门遗址"]]),
    ("p", "市公交集团相关负责人介绍，专线共设12个站点，以上为主要换乘站点，其余站点可在车内电子屏和“泉州公交”小程序查询。开通初期，专线将根据客流情况灵活调整发车班次，周末和节假日适当加密。"),
    ("p", "“晚上逛完西街想去文庙，以前打车不好打，现在有了夜巴方便多了。”正在站台等车的市民黄女士说。"),
]

R = dict(p="<p>{}</p>",
         table=lambda rows: '<table class="zd">' + "".join(
             "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>")

CSS = """
body{margin:0;font:17px/1.85 "PingFang SC","Microsoft YaHei";background:#fafafa;color:#222}
.hd{background:#fff;border-bottom:1px solid #eee}.hd .in{max-width:1200px;margin:0 auto;display:flex;align-items:center;gap:26px;height:64px}
.main{max-width:860px;margin:24px auto;background:#fff;padding:30px 50px}.chip{display:inline-block;background:#e60012;color:#fff;font-size:13px;padding:0 8px;border-radius:3px}
h1{font-size:28px;margin:10px 0}.meta{color:#999;font-size:14px}.vd{background:#000;color:#fff;height:240px;text-align:right;margin:16px 0}
.zd{border-collapse:collapse;width:100%}.zd td{border:1px solid #ddd;padding:4px 10px}.cr{background:#f6f6f6;font-size:14px;color:#777;padding:10px 16px;margin-top:20px}
.xg{display:grid;grid-template-columns:1fr 1fr 1fr;gap:12px;font-size:14px}footer{text-align:center;color:#999;font-size:12px;padding:26px}
"""


def render(P, body):
    return doc(P, CSS, f"""
<div class="hd"><div class="in">{img("刺桐视听网")}<nav>{links(["首页","直播","新闻","民生","文旅","专题","刺桐TV"], sep="　")}</nav><input placeholder="搜索"></div></div>
<div class="main">
<span class="chip">民生</span>
<h1>{P['title_html']}</h1>
<p class="meta">来源：泉州台新闻中心　{P['publish_time']}　阅读 8762</p>
{body}
<div class="cr"><p>记者：苏晴　柯志鹏</p><p>编辑：许思怡</p><p>责编：周凯</p></div>
<h3>相关视频</h3>
<div class="xg">{"".join(f'<div>{img("")}<p>{x}</p></div>' for x in ["西街夜色美如画","泉州南音周末展演","刺桐古港遗址公园开放"])}</div>
</div>
<footer><p>{img("刺桐TV客户端")} 下载刺桐TV客户端</p><p>泉州广播电视台 版权所有　闽ICP备08008136号-1　信息网络传播视听节目许可证：1306178</p></footer>
""")
