# 机构 · 上海 区人民法院官网（2024 design: 以案说法 section label, 供稿/撰稿/编辑 credits; 撰稿 = author）
from lib import *

PAGE = dict(
    id="wl-40", kind="institution", lang="zh", site="上海市金山区人民法院",
    title="网购“原单”名牌包被认定为假货 法院判决退一赔三",
    authors=["周洁"],
    publish_time="2025-10-15 11:30",
    features=["district court site (2024)", "section label '以案说法' above the headline (not title)",
              "credits '供稿：民事审判庭　撰稿：周&nbsp;&nbsp;洁　编辑：曹辉' (撰稿 = author, spaced name; 供稿/编辑 not)",
              "sub-headings 案情回顾/法院审理/法官说法", "quoted legal provision", "诉讼服务 quick links, footer with 沪ICP"],
)

BLOCKS = [
    ("h", "案情回顾"),
    ("p", "2025年3月，市民林女士在某电商平台一家店铺看到一款标注为“大牌原单、专柜品质”的女士手提包，售价2680元，便下单购买。收货后，林女士发现包的做工与专柜差异明显，遂委托专业机构鉴定，鉴定结果显示该包并非品牌正品。林女士要求店铺退款并赔偿，遭到拒绝，遂诉至法院，要求退还货款并按货款的三倍赔偿。"),
    ("p", "店铺经营者辩称，商品页面已注明“原单”，并未宣称是正品，不构成欺诈。"),
    ("h", "法院审理"),
    ("p", "法院经审理认为，被告在商品页面使用品牌标识及“专柜品质”等表述，足以使消费者误认为所售商品为品牌正品，其行为构成欺诈。根据《中华人民共和国消费者权益保护法》第五十五条的规定："),
    ("quote", "经营者提供商品或者服务有欺诈行为的，应当按照消费者的要求增加赔偿其受到的损失，增加赔偿的金额为消费者购买商品的价款或者接受服务的费用的三倍；增加赔偿的金额不足五百元的，为五百元。"),
    ("p", "法院遂判决被告退还林女士货款2680元，并赔偿8040元。判决已生效。"),
    ("p", "本案中，被告虽在商品详情页中使用了“原单”字样，但同时使用了品牌标识和“专柜品质”“正品保障”等宣传用语，且售价远高于一般仿冒商品，消费者难以识别其真实属性。被告亦未能提供商品的合法来源及品牌授权证明，应承担举证不能的不利后果。"),
    ("h", "法官说法"),
    ("p", "所谓“原单”“尾单”“高仿”商品，大多是侵犯注册商标专用权的假冒商品。消费者网购时应选择正规渠道，保留好聊天记录、订单截图等证据；权益受损时，可通过平台投诉、向市场监管部门举报或提起诉讼等方式维护自身合法权益。"),
    ("x", '<p class="cr">供稿：民事审判庭　撰稿：周&nbsp;&nbsp;洁　编辑：曹辉</p>'),
]

R = dict(p="<p>{}</p>", h='<h3 class="st">{}</h3>', quote='<blockquote class="fl">{}</blockquote>')

CSS = """
body{margin:0;font:17px/1.9 "PingFang SC","Microsoft YaHei";color:#2a2a2a;background:#f5f3ef}
.hd{background:#7a1010;color:#f3d9a4}.hd .in{max-width:1200px;margin:0 auto;display:flex;align-items:center;justify-content:space-between;height:96px}
.nav{background:#5e0b0b}.nav .in{max-width:1200px;margin:0 auto;display:flex}.nav a{color:#fff;flex:1;text-align:center;padding:11px 0}
.pg{max-width:1200px;margin:20px auto;display:grid;grid-template-columns:1fr 300px;gap:24px}.ar{background:#fff;padding:36px 56px}
.lb{color:#7a1010;font-weight:bold;font-size:15px}h1{font-size:27px;line-height:1.45;margin:6px 0 12px}.mt{color:#999;font-size:14px;border-bottom:1px solid #eee;padding-bottom:10px}
.st{color:#7a1010;font-size:18px;border-left:4px solid #7a1010;padding-left:10px}.fl{background:#faf6ee;border-left:3px solid #d9b56b;margin:10px 0;padding:8px 16px;font-family:楷体}
.cr{text-align:right;color:#888;font-size:15px}.sv{background:#fff;padding:16px}.sv a{display:block;border:1px solid #eadccb;margin:8px 0;padding:8px;text-align:center}
footer{background:#3b0a0a;color:#cdb8a0;text-align:center;font-size:13px;padding:24px}
"""


def render(P, body):
    return doc(P, CSS, f"""
<div class="hd"><div class="in">{img("上海市金山区人民法院")}<span>{links(["无障碍","长者模式","English"], sep=" | ")}　<input placeholder="站内检索"></span></div></div>
<div class="nav"><div class="in">{links(["首页","法院概况","审判动态","司法公开","诉讼服务","以案说法","队伍建设"])}</div></div>
<div class="pg">
<div class="ar">
<p style="font-size:14px;color:#999">当前位置：首页 &gt; 以案说法</p>
<div class="lb">以案说法</div>
<h1>{P['title_html']}</h1>
<div class="mt">发布时间：{P['publish_time']}　　浏览：2,417</div>
{body}
<p style="font-size:14px;color:#999"><a href="#">打印</a> | <a href="#">关闭</a></p>
</div>
<div class="sv"><h4>诉讼服务</h4><a href="#">网上立案</a><a href="#">诉讼费用计算</a><a href="#">裁判文书公开</a><a href="#">联系法官</a><p>{img("金山法院微信公众号")}</p><p>关注“金山法院”微信公众号</p></div>
</div>
<footer><p>上海市金山区人民法院 版权所有　地址：上海市金山区某某路380号</p><p>沪ICP备05018741号-1　诉讼服务热线：12368</p></footer>
""")
