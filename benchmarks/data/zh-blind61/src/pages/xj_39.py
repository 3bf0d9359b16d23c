from lib import *

PAGE = dict(
    id="xj-39", kind="institution", lang="zh",
    title="网购“特价机票”被骗 法院判决平台承担补充赔偿责任",
    authors=["孙悦"],
    publish_time="2024-05-13 09:25:41",
    doc_title="网购“特价机票”被骗 法院判决平台承担补充赔偿责任_以案说法_牡丹江市西安区人民法院",
    pfmt="indent", hfmt="strongindent",
    features="court site 以案说法: 【基本案情】【法院审理】【法官说法】 bracketed sub-headings; a 法官说法 part in 问/答 form; "
             "info bar 作者 with spaced name and 来源 court division; 法条链接 box after the article (not body); 诉讼服务热线 footer sentence.",
    css="""
body{margin:0;font:14px/1.8 "Microsoft YaHei";background:#f3f0ea;color:#333}
.w{width:1140px;margin:0 auto}
.hd{background:#9b1b1f;color:#fff;padding:22px 0}
.hd b{font-size:28px;letter-spacing:3px}
.nav{background:#7a1417}
.nav a{color:#ffe8c8;display:inline-block;padding:0 22px;line-height:44px}
.ct{background:#fff;padding:30px 70px;margin-top:14px}
.ct h1{text-align:center;font-size:24px;color:#9b1b1f}
.in{text-align:center;color:#888;font-size:13px}
.zw{font-size:16px;line-height:2}
.ft_box{background:#faf6ee;border:1px solid #e8dcc4;padding:8px 16px;font-size:14px;color:#555}
.ft{background:#7a1417;color:#f3dcd0;text-align:center;font-size:13px;padding:16px 0;margin-top:20px}
""",
)

HTML = """
<div class="hd"><div class="w"><b>牡丹江市西安区人民法院</b></div></div>
<div class="nav"><div class="w"><a href="#">首页</a><a href="#">法院概况</a><a href="#">审判动态</a><a href="#">以案说法</a><a href="#">诉讼服务</a><a href="#">执行公开</a><a href="#">法院文化</a></div></div>
<div class="w ct">
<p style="color:#888;font-size:13px">您的位置：<a href="#">首页</a> &gt; <a href="#">以案说法</a></p>
<h1>网购“特价机票”被骗 法院判决平台承担补充赔偿责任</h1>
<p class="in">发布时间：2024-05-13 09:25:41　作者：孙&nbsp;&nbsp;悦　来源：民事审判庭　浏览量：742</p>
<div class="zw">
{{BODY}}
</div>
<div class="ft_box"><b>法条链接</b><br>《中华人民共和国电子商务法》第三十八条第一款　电子商务平台经营者知道或者应当知道平台内经营者销售的商品或者提供的服务不符合保障人身、财产安全的要求，或者有其他侵害消费者合法权益行为，未采取必要措施的，依法与该平台内经营者承担连带责任。</div>
<p>【<a href="#">打印</a>】【<a href="#">关闭</a>】</p>
</div>
<div class="ft">诉讼服务热线：12368　地址：牡丹江市西安区西三条路218号<br>牡丹江市西安区人民法院 版权所有　黑ICP备17002264号</div>
"""

BODY = [
    H("【基本案情】"),
    P("2023年7月，李某在某网络购物平台上看到一家店铺销售“特价机票”，价格比航空公司官网低四成。李某联系店铺客服后，按照对方要求在平台外通过转账方式支付了3800元。随后店铺失联，李某一直未收到机票。李某向平台投诉，平台以“交易未在平台内完成”为由拒绝处理。李某遂将店铺经营者张某和平台公司诉至法院。"),
    H("【法院审理】"),
    P("法院审理认为，张某以销售机票为名骗取李某钱款，应当返还并赔偿损失。平台公司未对该店铺的经营资质进行审核，在店铺页面长期存在“加微信更优惠”等明显异常信息的情况下，未采取必要措施，对李某的损失存在过错。法院判决张某返还李某3800元，平台公司在张某不能清偿的范围内承担补充赔偿责任。"),
    H("【法官说法】"),
    P("问：平台内交易发生纠纷，平台是不是一律不担责？"),
    P("答：不是。电子商务平台经营者对平台内经营者负有资质审核和管理义务，知道或者应当知道平台内经营者侵害消费者合法权益而未采取必要措施的，应当依法承担相应责任。"),
    P("问：消费者网购时应当注意什么？"),
    P("答：购买机票、火车票，要通过航空公司、铁路部门官方渠道或者正规平台办理，不要轻信“内部票”“特价票”，更不要脱离平台私下转账。一旦发现被骗，要保存好聊天记录、转账凭证，及时报警。"),
]
