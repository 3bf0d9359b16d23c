from lib import *

NOTES = "Court site (Yunnan), 2017 design: info bar 作者/发布时间 with seconds/来源/字号 under the headline, case report with parties anonymised (张某某), 【案情回顾】【法官说法】【法条链接】 bracketed sub-headings (all body), quoted statute, 打印/关闭, 相关阅读, footer with 院址 and 滇ICP备."

META = dict(id="xy-39", kind="institution", lang="zh",
            title="直播带货“以次充好” 商家被判退一赔三",
            authors=["普春燕"],
            publish_time="2025-06-12 11:20:36")

HEAD_TITLE = "直播带货“以次充好” 商家被判退一赔三-弥勒市人民法院"

CSS = """
body{margin:0;background:#f3efe9;font-family:"SimSun","Microsoft YaHei";color:#222}
.fy-head{background:#b71c1c;height:120px}
.fy-head .w{width:1100px;margin:auto;display:flex;align-items:center;height:120px;gap:16px;color:#ffd54f}
.fy-head .w .nm{font-size:34px;font-family:"STKaiti","KaiTi";font-weight:bold}
.fy-menu{background:#8e1414;border-top:1px solid #ffd54f}
.fy-menu .w{width:1100px;margin:auto}
.fy-menu a{color:#fff;display:inline-block;padding:10px 22px;font-size:15px;text-decoration:none}
.fy-box{width:1100px;margin:16px auto;background:#fff;border:1px solid #e0d6c8}
.fy-box .pos{background:#faf6f0;font-size:13px;padding:8px 16px;color:#666;border-bottom:1px solid #e0d6c8}
.fy-box .art{padding:20px 70px 30px}
.fy-box .art .tit{font-size:24px;font-weight:bold;text-align:center;color:#b71c1c;margin:14px 0}
.fy-box .art .inf{font-size:12px;color:#888;text-align:center;border-bottom:1px dotted #ccc;padding-bottom:10px;margin-bottom:16px}
.fy-box .art .txt p{font-size:16px;line-height:2;text-indent:2em;margin:0 0 10px;font-family:"Microsoft YaHei"}
.fy-box .art .txt p.lab{text-indent:0;font-weight:bold;color:#8e1414}
.fy-box .art .txt p.fl{font-family:"KaiTi","楷体";color:#444}
.fy-box .art .ft{text-align:right;font-size:13px}
.fy-rel{width:1100px;margin:0 auto 16px;background:#fff;border:1px solid #e0d6c8;padding:10px 20px;box-sizing:border-box;font-size:14px}
.fy-foot{background:#8e1414;color:#f5d9d9;text-align:center;font-size:12px;padding:14px 0;line-height:2}
"""

R = {
    "P": lambda t, kw: f'<p class="{kw.get("cls", "")}">{t}</p>',
    "H": lambda t, kw: f'<p class="lab">{t}</p>',
}

BLOCKS = [
    P("近日，弥勒市人民法院审结一起网络购物合同纠纷案，一商家在直播间将普通茶叶冒充古树普洱茶销售，被判退还货款并支付三倍赔偿金。"),
    H("【案情回顾】"),
    P("2024年11月，消费者王某在某短视频平台观看张某某的直播时，听主播称其销售的是“百年古树普洱生茶，纯料不拼配”，便下单购买了5饼，共计支付货款3680元。收货后，王某发现茶叶口感与宣传差距较大，遂委托专业机构检测，检测结论显示该茶叶原料为台地茶，并非古树茶。"),
    P("王某多次与张某某协商退货未果，遂诉至法院，请求判令张某某退还货款3680元，并支付三倍赔偿金11040元。庭审中，张某某辩称茶叶是从茶农处收购，自己并不清楚是否为古树茶，且直播中的介绍只是“正常的营销话术”。"),
    H("【法官说法】"),
    P("承办法官认为，张某某作为经营者，在直播中明确宣称所售茶叶为“百年古树纯料”，该宣传内容直接影响消费者的购买决定，构成对商品主要品质的承诺。张某某不能提供证据证明茶叶确为古树茶，其行为构成欺诈。根据法律规定，法院判决张某某退还王某货款3680元，并支付赔偿金11040元。判决作出后，双方均未上诉，判决已生效。"),
    P("法官提醒，直播带货不是法外之地，商家应如实介绍商品信息，不得夸大、虚假宣传；消费者在直播间购物时也要保存好直播录屏、聊天记录和付款凭证，合法权益受到侵害时，及时依法维权。"),
    H("【法条链接】"),
    P("《中华人民共和国消费者权益保护法》第五十五条第一款：经营者提供商品或者服务有欺诈行为的，应当按照消费者的要求增加赔偿其受到的损失，增加赔偿的金额为消费者购买商品的价款或者接受服务的费用的三倍；增加赔偿的金额不足五百元的，为五百元。法律另有规定的，依照其规定。", cls="fl"),
]


def frame(M, body):
    return f"""<body>
<div class="fy-head"><div class="w">{img("法徽", data=True, w=80, h=80)}<span class="nm">弥勒市人民法院</span></div></div>
<div class="fy-menu"><div class="w"><a href="#">首页</a><a href="#">法院概况</a><a href="#">新闻中心</a><a href="#">审判动态</a><a href="#">司法公开</a><a href="#">诉讼服务</a><a href="#">以案说法</a></div></div>
<div class="fy-box">
<div class="pos">当前位置：<a href="#">首页</a> &gt; <a href="#">以案说法</a></div>
<div class="art">
<div class="tit">{M["title"]}</div>
<div class="inf">作者：普春燕　　发布时间：{M["publish_time"]}　　来源：弥勒市人民法院　　【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="txt">
{body}
</div>
<div class="ft">【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>
</div>
</div>
<div class="fy-rel"><b>相关阅读</b>
<p><a href="#">弥勒法院开展“送法进企业”活动</a></p>
<p><a href="#">买到“三无”食品怎么办？法官教你维权</a></p>
</div>
<div class="fy-foot">版权所有：弥勒市人民法院　院址：弥勒市弥阳镇髯翁东路12号　诉讼服务热线：0873-6122368<br>滇ICP备16005823号-1</div>
</body>"""
