from lib import *

META = dict(
    id="xu-09", kind="government", lang="zh",
    title="宁安市市场监督管理局关于2025年第二季度食品安全监督抽检情况的通报",
    authors=[],
    publish_time="2025-09-08 09:00:00",
)
FEATURES = ("宁安 county-level city portal, department column (2015 two-column template): long 通报 headline wrapped over the "
            "title cell, info bar 发布日期/发布机构/字号, 通报 with a results table of unqualified samples, 特此通报 line, "
            "署名/日期 (body), 附件 download (not body), 分享 and 收藏 links, 扫一扫 caption, footer.")

BODY = [
    P("2025年第二季度，我局按照年度食品安全抽检计划，对全市生产、流通、餐饮环节的食品开展了监督抽检，共抽检粮食加工品、食用油、肉制品、蔬菜、水产品、餐饮食品等18大类食品样品412批次，检验合格403批次，不合格9批次，总体合格率为97.8%。现将有关情况通报如下："),
    H("一、不合格样品情况"),
    P("不合格样品主要涉及农药残留超标、微生物污染和食品添加剂超范围使用等问题，部分不合格样品情况如下："),
    T([
        ["序号", "样品名称", "被抽样单位", "不合格项目"],
        ["1", "韭菜", "宁安市某农贸市场经营户", "腐霉利"],
        ["2", "散装油条", "宁安市某早餐店", "铝的残留量"],
        ["3", "复用餐饮具", "宁安市某饭店", "大肠菌群"],
    ]),
    H("二、核查处置情况"),
    P("对抽检发现的不合格食品，我局已依法责令相关经营者立即下架、封存不合格产品，查清产品来源和流向，并依据《中华人民共和国食品安全法》等法律法规进行立案调查。涉及外地生产企业的，已通报生产企业所在地市场监管部门。"),
    H("三、消费提示"),
    P("广大消费者应选择证照齐全、信誉良好的正规经营场所购买食品，索要并保存购物凭证；发现食品安全问题，可拨打12315投诉举报电话。"),
    P("特此通报。"),
    P("宁安市市场监督管理局"),
    P("2025年9月5日"),
]

CSS = """
body{margin:0;font:12px/1.8 Tahoma,SimSun;color:#333;background:#dfe6ee}
.wp{width:1002px;margin:0 auto;background:#fff}
.hd{height:140px;background:#27619f;color:#fff}
.hd h1{margin:0;padding:40px 0 0 40px;font:bold 34px "Microsoft YaHei"}
.hd p{margin:4px 0 0 40px;font-size:12px}
.nv{background:#1b4a7b;height:36px;line-height:36px;padding-left:20px}
.nv a{color:#fff;font-size:14px;margin-right:26px}
.crumb2{padding:6px 16px;background:#f5f7fa}
.lf{float:left;width:730px;padding:10px 16px}
.rt{float:right;width:220px;padding:10px}
.artTitle{font:bold 20px/1.6 "Microsoft YaHei";color:#27619f;text-align:center;padding:14px 40px 6px}
.artInfo{text-align:center;border-bottom:1px solid #ccc;color:#888;padding-bottom:6px}
.artCon{font-size:15px;line-height:2}
.artCon p{text-indent:2em}
.artCon h5{font-size:15px;text-indent:2em;margin:6px 0}
.artCon table{border-collapse:collapse;width:92%;margin:0 auto}
.artCon td,.artCon th{border:1px solid #777;padding:3px 6px;text-align:center;font-size:14px}
.fj{background:#f7f7f7;padding:6px}
.rt h6{font-size:14px;margin:0;background:#27619f;color:#fff;padding:4px 8px}
.clr{clear:both}
.ft{border-top:3px solid #27619f;text-align:center;padding:12px;color:#666}
"""


def html():
    body = render(BODY, h="<h5>{}</h5>")
    t = META["title"]
    return doc(t, CSS, f"""
<div class="wp">
<div class="hd"><h1>宁安市人民政府</h1><p>NING'AN MUNICIPAL PEOPLE'S GOVERNMENT　　<a href="#" style="color:#fff">无障碍</a> | <a href="#" style="color:#fff">长者模式</a></p></div>
<div class="nv"><a href="#">首页</a><a href="#">魅力宁安</a><a href="#">政务公开</a><a href="#">部门专栏</a><a href="#">办事服务</a><a href="#">政民互动</a></div>
<div class="crumb2">当前位置：<a href="#">首页</a> → <a href="#">部门专栏</a> → <a href="#">市场监督管理局</a> → 通知公告</div>
<div class="lf">
 <div class="artTitle">{e(t)}</div>
 <div class="artInfo">发布日期：2025-09-08 09:00:00　　发布机构：宁安市市场监督管理局　　字号：[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</div>
 <div class="artCon">
{body}
 </div>
 <div class="fj">附件：<a href="#">2025年第二季度食品安全监督抽检结果汇总表.xlsx</a></div>
 <p><a href="#">分享到微信</a> | <a href="#">加入收藏</a> | <a href="#">打印本页</a> | <a href="#">关闭窗口</a></p>
</div>
<div class="rt"><h6>通知公告</h6>
 <p>· <a href="#">关于开展2025年中秋国庆节前市场价格检查的公告</a></p>
 <p>· <a href="#">宁安市2025年计量器具免费检定通知</a></p>
 <p><img alt="手机扫码阅读" src="{GIF}"><br>扫一扫 手机看</p>
</div>
<div class="clr"></div>
<div class="ft">宁安市人民政府主办　宁安市政务服务局承办　网站标识码：2310810001<br><a href="#">黑ICP备11002483号</a>　黑公网安备 23108102000025号　联系电话：0453-6322140</div>
</div>
""")
