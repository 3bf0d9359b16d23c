# 南平市延平区人民检察院 -- procuratorate site (检察动态/案件发布), 2023 design, two authors incl. spaced name, 责任编辑
from lib import *

META = dict(
    id="xw-40", kind="institution", lang="zh",
    title="冒充“网店客服”骗取12万元 一男子被提起公诉",
    authors=["吴思琪", "陈坤"],
    publish_time="2025-04-25 15:20:08",
)

BODY = [
    P("近日，延平区人民检察院依法对一起冒充网店客服实施电信网络诈骗的案件提起公诉，被告人刘某涉嫌诈骗罪。"),
    P("2024年9月，被害人张女士接到一个自称某购物平台“客服”的电话，对方准确说出了张女士近期购买的商品和订单号，称该商品存在质量问题，可以办理“双倍理赔”。在对方诱导下，张女士下载了一款所谓的“理赔软件”，并按照提示开启屏幕共享。随后，对方以“验证账户流水”“解冻理赔资金”为由，先后诱骗张女士向指定账户转账8次，共计12万元。"),
    P("接到报案后，公安机关经侦查，于今年1月将负责为诈骗团伙拨打电话、引流的刘某抓获归案。经查，刘某明知他人实施电信网络诈骗，仍在境内为其拨打诈骗电话，并从中获利。"),
    P("延平区检察院依法提前介入，引导公安机关围绕资金流向、通讯记录等关键证据开展侦查取证，确保案件事实清楚、证据确实充分。"),
    H("检察官提醒："),
    P("正规电商平台的客服不会主动要求消费者下载第三方软件或开启屏幕共享，更不会要求转账“验证”。接到类似电话时，请务必通过官方渠道核实，切勿轻信。如不慎被骗，请立即拨打110报警。"),
]

STYLE = dict(p='<p class="jcy-p">{}</p>', h='<p class="jcy-p"><strong>{}</strong></p>')

CSS = """
body{margin:0;background:#f3f3f3;font-family:"Microsoft YaHei";color:#333}
.jcy-head{background:#fff;border-bottom:4px solid #0e4c92}
.jcy-head .w{width:1200px;margin:0 auto;display:flex;align-items:center;justify-content:space-between;height:110px}
.jcy-head .svc a{font-size:13px;margin-left:10px;color:#0e4c92}
.jcy-nav{background:#0e4c92}
.jcy-nav .w{width:1200px;margin:0 auto}
.jcy-nav a{color:#fff;display:inline-block;padding:14px 24px;font-size:16px}
.jcy-body{width:1200px;margin:16px auto;background:#fff;padding:26px 80px;box-sizing:border-box}
.jcy-loc{font-size:13px;color:#999}
.jcy-body h1{text-align:center;font-size:26px;margin:26px 0 12px}
.jcy-meta{text-align:center;font-size:13px;color:#888;padding-bottom:14px;border-bottom:1px dashed #ccc}
.jcy-meta span{margin:0 8px}
.jcy-p{font-size:17px;line-height:1.9;text-indent:2em}
.jcy-ed{text-align:right;font-size:14px;color:#888}
.jcy-relate li{font-size:14px;line-height:2}
.jcy-foot{background:#0e4c92;color:#dbe6f3;text-align:center;font-size:13px;padding:20px;line-height:2}
"""


def page(body):
    m = META
    return f"""
<div class="jcy-head"><div class="w">{img("南平市延平区人民检察院", 480, 72)}<div class="svc"><a href="#">12309检察服务中心</a><a href="#">案件信息公开</a><a href="#">无障碍</a><br><input type="text" placeholder="请输入关键字"> <button type="button">搜索</button></div></div></div>
<div class="jcy-nav"><div class="w"><a href="#">首页</a><a href="#">检察动态</a><a href="#">检务公开</a><a href="#">案件发布</a><a href="#">队伍建设</a><a href="#">法治宣传</a><a href="#">检察文化</a></div></div>
<div class="jcy-body">
<div class="jcy-loc">当前位置：首页 &gt; 案件发布</div>
<h1>{m['title']}</h1>
<div class="jcy-meta"><span>来源：延平区人民检察院</span><span>作者：吴思琪　陈&nbsp;&nbsp;坤</span><span>发布时间：{m['publish_time']}</span><span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
{body}
<p class="jcy-ed">责任编辑：黄丽娟</p>
<div class="jcy-relate"><b>相关链接</b><ul>
<li><a href="#">延平区检察院开展“反诈宣传进社区”活动</a></li>
<li><a href="#">帮助诈骗团伙“跑分”洗钱 三名被告人获刑</a></li>
</ul></div>
</div>
<div class="jcy-foot">
主办：南平市延平区人民检察院　地址：南平市延平区滨江中路398号<br>
闽ICP备17031596号-1　闽公网安备 35070202000145号　12309检察服务热线
</div>
"""
