# 海南 · 城市媒体客户端分享页（2024 app share page, open-in-app nags, byline+date in one line, 展开全文）
from lib import *

PAGE = dict(
    id="wh-21", kind="media", lang="zh",
    title="骑楼老街夜市开市首周 客流超20万人次",
    authors=["冯婷"],
    publish_time="2025-11-21 20:14",
    features="2024 city-media app share page (海南, 海口); sticky open-in-app banner and 打开APP buttons; avatar + "
             "account line (椰城+ · 海口融媒) above the headline; byline and date on one line "
             "(椰城+记者 冯　婷 2025-11-21 20:14); 阅读 count; list of highlights with bullets; photo captions; "
             "展开全文 button; 评论 preview; 推荐 list with 打开APP tags; no classic footer.",
    blocks=[
        P("11月14日，海口骑楼老街夜市正式开市。记者从骑楼老街运营方获悉，开市首周，夜市累计接待市民游客超20万人次，日均客流近3万人次，商户营业额累计突破600万元。"),
        IMG("骑楼老街夜市人头攒动"),
        CAP("夜幕降临，骑楼老街夜市人头攒动。椰城+记者 冯　婷 摄"),
        P("夜市沿中山路、博爱北路布局，设置摊位180个，分为海南特色小吃、非遗文创、潮流市集三大板块。清补凉、椰子饭、海南粉等本地美食摊位前排起了长队，黎锦、椰雕等非遗手作摊位也吸引了不少游客驻足。"),
        P("“白天逛骑楼，晚上吃夜市，感觉特别有烟火气。”来自哈尔滨的游客刘先生一家三口在海口过冬，他说，这几天几乎每晚都来。"),
        P("为营造良好消费环境，运营方在夜市推出了几项便民措施："),
        LI(["开通夜间公交专线2条，运营至次日0时；",
            "在周边增设临时停车泊位400个，前30分钟免费；",
            "设立食品安全快检点和消费维权服务站，现场受理投诉。"],
           fmt='<ul class="dots">{items}</ul>'),
        P("据介绍，夜市将持续运营至明年4月，其间每逢周末还将举办琼剧快闪、街头音乐会等文化活动。"),
    ],
)

CSS = """
*{box-sizing:border-box;margin:0;padding:0}
body{max-width:640px;margin:0 auto;background:#fff;font:16px/1.8 -apple-system,"PingFang SC",sans-serif;color:#222}
a{color:inherit;text-decoration:none}
.open{position:sticky;top:0;display:flex;align-items:center;gap:10px;background:#fff7e6;padding:8px 14px;border-bottom:1px solid #f2d9a6;font-size:14px}
.open .btn{margin-left:auto;background:#ff7a00;color:#fff;border-radius:14px;padding:0 12px}
.wrap{padding:16px}
.acct{display:flex;align-items:center;gap:8px;font-size:13px;color:#888}
.acct img{border-radius:50%}
h1{font-size:23px;line-height:1.4;margin:12px 0 8px}
.by{font-size:13px;color:#999;margin-bottom:4px}
.rd{font-size:12px;color:#bbb;margin-bottom:14px}
.ct p{margin-bottom:14px;text-align:justify}
.ct p.cap{font-size:13px;color:#999;text-align:center}
.ct ul.dots{margin:0 0 14px 1.4em}
.more{display:block;text-align:center;color:#ff7a00;border:1px solid #ff7a00;border-radius:18px;margin:10px 40px;line-height:34px}
.cmt{border-top:8px solid #f5f5f5;padding:14px 16px}
.cmt h3,.rec h3{font-size:16px;margin-bottom:8px}
.cmt .c{font-size:14px;border-bottom:1px solid #f0f0f0;padding:8px 0}
.cmt .c b{color:#666;font-weight:normal;font-size:13px}
.rec{border-top:8px solid #f5f5f5;padding:14px 16px}
.rec li{list-style:none;display:flex;justify-content:space-between;border-bottom:1px solid #f0f0f0;padding:10px 0;font-size:15px}
.rec li em{font-style:normal;font-size:12px;color:#ff7a00;white-space:nowrap;margin-left:10px}
.bottom{background:#ff7a00;color:#fff;text-align:center;line-height:46px;position:sticky;bottom:0}
"""


def render(p):
    body = render_body(p["blocks"], {"img": '<p style="text-align:center">' + img("{t}", 600, 400) + '</p>'})
    html_body = f"""
<div class="open">{img("椰城+", 32, 32)}<span>椰城+<br><small>海口人自己的新闻客户端</small></span><a class="btn" href="#">打开APP</a></div>
<div class="wrap">
<div class="acct">{img("头像", 28, 28)}<span>椰城+ · 海口融媒</span></div>
<h1>{esc(p["title"])}</h1>
<div class="by">椰城+记者 冯　婷 {p["publish_time"]}</div>
<div class="rd">阅读 2.3万</div>
<div class="ct">
{body}
</div>
<a class="more" href="#">展开全文 ∨</a>
</div>
<div class="cmt"><h3>评论（36）</h3>
<div class="c"><b>椰风海韵</b><br>周末带孩子去，清补凉好吃！</div>
<div class="c"><b>老海口</b><br>希望停车再方便一点。</div>
<a class="more" href="#">打开APP查看更多评论</a></div>
<div class="rec"><h3>推荐阅读</h3><ul>
<li><a href="#">海口今冬首批“候鸟”航班抵达</a><em>打开APP</em></li>
<li><a href="#">万绿园冬季花展开幕</a><em>打开APP</em></li>
<li><a href="#">海口新增12条“口袋公园”步道</a><em>打开APP</em></li></ul></div>
<div class="bottom">打开椰城+，阅读体验更佳</div>
"""
    return doc("骑楼老街夜市开市首周 客流超20万人次", CSS, html_body,
               head_extra='<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">\n')
