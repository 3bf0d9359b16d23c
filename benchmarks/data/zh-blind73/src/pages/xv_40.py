from lib import *

PAGE = dict(
    id="xv-40", kind="institution", lang="zh",
    title="“先行赔付”承诺不兑现 渝北法院判决商家退还预付款并支付违约金",
    authors=["刘敏", "李佳怡"], publish_time="2025-06-03 09:30:00 星期二",
    doc_title="“先行赔付”承诺不兑现 渝北法院判决商家退还预付款并支付违约金_重庆市渝北区人民法院",
    css=INST,
)
CSS = """
.ihead{background:#8b0000}
.inav{background:#6a0000}
.ileft h3{background:#8b0000}
.pos{border-bottom-color:#8b0000}
.atitle{color:#8b0000}
.cinfo{text-align:center;color:#777;font-size:13px}
.cinfo p{margin:2px 0}
"""
FMT = {"h": '<p style="text-indent:0"><strong>{}</strong></p>'}

BODY = """
p 预付了一年的健身课费用，健身房却突然“换了老板”，承诺的“先行赔付”迟迟不兑现。近日，重庆市渝北区人民法院审结一起服务合同纠纷案，判决被告某健身公司退还原告预付款并支付违约金。
h 【基本案情】
p 2024年3月，王某在某健身公司开办的健身房办理了一张年卡，并购买了私教课程30节，共计支付费用9800元。同年9月，该健身房以“品牌升级”为由停业，并张贴公告称由另一家公司接手运营，会员权益不受影响，如有异议可申请“先行赔付”。
p 王某前往新门店后发现，新运营方只认可年卡，不认可私教课程。王某多次联系健身公司要求退款，对方一直推诿。2025年1月，王某将健身公司诉至法院，要求退还剩余预付款并支付违约金。
h 【法院审理】
p 法院经审理认为，王某与健身公司之间的服务合同合法有效。健身公司擅自停业并将会员转给第三方，未经王某同意，构成违约。其公告中承诺的“先行赔付”属于单方允诺，应当履行。综合考虑王某已使用的服务情况，法院依法判决健身公司退还王某预付款6420元，并支付违约金1000元。
p 宣判后，双方均未上诉，该判决现已生效。
h 【法官提醒】
p 消费者办理预付卡时，应选择信誉良好、经营稳定的商家，不宜一次性大额充值，并注意保留合同、付款凭证等证据。经营者在停业、转让时应依法妥善处理消费者权益，不得以“换老板”为由逃避责任。
"""


def page(body):
    return f"""
<div class="ihead"><div class="w"><div class="iname">{img("法徽", 60, 60)} 重庆市渝北区人民法院</div><div><a href="#">诉讼服务网</a> | <a href="#">12368</a> | {search("请输入关键字")}</div></div></div>
<div class="inav"><div class="w"><a href="#">首页</a><a href="#">法院概况</a><a href="#">新闻中心</a><a href="#">审判动态</a><a href="#">诉讼服务</a><a href="#">法治宣传</a><a href="#">队伍建设</a></div></div>
<div class="w ibody">
<div class="ileft"><h3>审判动态</h3>{ul(["典型案例","审判工作","执行工作","司法公开"])}</div>
<div class="iright">
<div class="pos">当前位置：首页 &gt; 审判动态 &gt; 典型案例</div>
<h1 class="atitle">“先行赔付”承诺不兑现 渝北法院判决商家退还预付款并支付违约金</h1>
<div class="cinfo"><p>作者：刘&nbsp;&nbsp;敏　李佳怡</p><p>发布时间：2025-06-03 09:30:00 星期二　　来源：本院</p></div>
<div class="acontent">
{body}
</div>
<p style="text-align:right;color:#888">责任编辑：唐磊</p>
<p><a href="#">【打印此页】</a> <a href="#">【关闭窗口】</a></p>
{dated_list([("渝北法院发布消费者权益保护典型案例","2025-03-14"),("渝北法院召开优化营商环境新闻发布会","2025-05-20")])}
</div></div>
<div class="ifoot"><p>重庆市渝北区人民法院 版权所有</p><p>地址：重庆市渝北区xx路2号　邮编：401120　渝ICP备05003178号</p></div>
"""
