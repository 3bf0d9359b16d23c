from lib import *

PAGE = dict(
    id="xj-06", kind="government", lang="zh",
    title="新乐街道开展供暖季入户走访 为独居老人送去“暖心包”",
    authors=["刘畅"],
    publish_time="2023年11月02日 14:20",
    doc_title="新乐街道开展供暖季入户走访 为独居老人送去“暖心包”_街道动态_沈阳市皇姑区人民政府",
    pfmt="divemsp", hfmt="div",
    features="街道 news on a district portal; paragraphs in divs (single line breaks); a 温馨提示 list of numbered items (body); "
             "供稿 unit, 撰稿 (author, spaced name 刘  畅), 摄影 and 审核 lines after the body; footer opening with 如有疑问，请拨打….",
    css="""
body{margin:0;background:#fff;font:14px/1.8 "Microsoft YaHei";color:#333}
.w{width:1200px;margin:0 auto}
.top{background:linear-gradient(#d33,#a11);color:#fff;padding:20px 0}
.top b{font-size:28px}
.top span{float:right;font-size:13px}
.top a{color:#fff;margin-left:10px}
.mn{border-bottom:2px solid #a11}
.mn a{display:inline-block;padding:10px 24px;font-size:16px;color:#a11}
.dq{margin:12px 0;color:#888}
.main{display:flex;gap:30px}
.side{width:240px;background:#faf2f2;padding:12px}
.side h4{margin:0 0 8px;color:#a11}
.side a{display:block;line-height:2}
.con{flex:1}
.con h1{font-size:24px;text-align:center}
.xx{text-align:center;font-size:13px;color:#999}
.zw{font-size:16px;line-height:2.1;margin-top:16px}
.zw div{margin-bottom:2px}
.zw ol{list-style:none;padding-left:2em;margin:4px 0}
.gs{color:#666;font-size:13px;margin-top:16px}
.ft{background:#333;color:#ccc;padding:16px 0;text-align:center;font-size:13px;margin-top:20px}
""",
)

HTML = """
<div class="top"><div class="w"><b>沈阳市皇姑区人民政府</b>
<span><a href="#">无障碍</a><a href="#">关怀版</a><a href="#">繁体</a> <input placeholder="全站搜索"></span></div></div>
<div class="mn"><div class="w"><a href="#">首页</a><a href="#">政务要闻</a><a href="#">政府信息公开</a><a href="#">办事服务</a><a href="#">政民互动</a><a href="#">走进皇姑</a></div></div>
<div class="w dq">当前位置：<a href="#">首页</a>&gt;<a href="#">政务要闻</a>&gt;<a href="#">街道动态</a>&gt;正文</div>
<div class="w main">
<div class="side"><h4>街道动态</h4><a href="#">新乐街道</a><a href="#">华山街道</a><a href="#">三台子街道</a><a href="#">北塔街道</a><a href="#">辽河街道</a></div>
<div class="con">
<h1>新乐街道开展供暖季入户走访 为独居老人送去“暖心包”</h1>
<p class="xx">2023年11月02日 14:20　　来源：新乐街道　　浏览量：418　　【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</p>
<div class="zw">
{{BODY}}
</div>
<div class="gs">供稿：新乐街道办事处　撰稿：刘&nbsp;&nbsp;畅　摄影：马  骁　审核：高建国</div>
<p>上一条：<a href="#">华山街道召开“十五分钟便民生活圈”建设推进会</a><br>下一条：<a href="#">北塔街道开展消防安全“敲门行动”</a></p>
</div></div>
<div class="ft">如有疑问，请拨打街道便民服务热线024-86512307（工作日8:30—17:00）。<br>
主办：沈阳市皇姑区人民政府办公室　网站标识码：2101050001　辽ICP备05006471号　辽公网安备 21010502000133号</div>
"""

BODY = [
    P("11月1日，沈阳正式进入供暖季。新乐街道组织社区网格员、志愿者组成12支走访小分队，逐户走访辖区独居、空巢、失能老人，了解室温情况，排查用电用气隐患，并送上装有热水袋、护膝和防滑鞋套的“暖心包”。"),
    P("在淮河社区，82岁的独居老人周桂兰拉着网格员的手说：“暖气一来屋里就二十多度，你们还惦记着我，心里比屋里还暖和。”走访中，工作人员用测温仪为老人测量室温，对室温偏低的3户当场联系供热企业上门排查。"),
    P("截至目前，街道已走访老人326户，发放“暖心包”300余个，协调解决暖气不热、管线漏水等问题17件。走访中，工作人员还向居民发放了供暖季安全温馨提示："),
    L(["1.请勿在暖气片上烘烤衣物，不要随意放水、私接管线，发现漏水请及时关闭阀门并联系供热单位。",
       "2.使用电暖器等取暖设备时，人离断电，不要在同一插座上连接多个大功率电器。",
       "3.冬季室内门窗紧闭，使用燃气时要注意通风，安装燃气报警器，防止一氧化碳中毒。",
       "4.雪后路面湿滑，老人出行请穿防滑鞋，尽量避开早晚高峰。"], ordered=True),
    P("下一步，新乐街道将建立独居老人冬季走访台账，每周电话问候一次、每月上门探访一次，确保辖区老人温暖过冬。"),
]
