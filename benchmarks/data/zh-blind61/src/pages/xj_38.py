from lib import *

PAGE = dict(
    id="xj-38", kind="institution", lang="zh",
    title="集团首台大直径泥水平衡盾构机下线",
    authors=["杨帆", "刘思远"],
    publish_time="2023.11.08",
    doc_title="集团首台大直径泥水平衡盾构机下线-辽沈重型装备集团有限公司",
    pfmt="br", hfmt="strong",
    features="state enterprise site; date with dots (2023.11.08); 通讯员 line with a spaced name before the text (authors; not body); "
             "body paragraphs separated only by <br> inside one div, no indents and no blank lines, with photo captions as lines of their own "
             "in between; 责任编辑 line; 企业门户 footer with 版权所有 sentence.",
    css="""
body{margin:0;font:15px/1.9 "Microsoft YaHei";color:#333;background:#f4f4f4}
.w{width:1200px;margin:0 auto}
.hd{background:#fff;padding:16px 0;border-bottom:4px solid #d71920}
.hd b{font-size:26px;color:#d71920}
.nav{background:#222}
.nav a{color:#fff;display:inline-block;padding:0 24px;line-height:44px}
.box{background:#fff;margin-top:16px;padding:30px 70px}
.box h1{font-size:26px;text-align:center}
.date{text-align:center;color:#999}
.tx{font-size:16px;line-height:2.2;margin-top:16px}
.ed{color:#888;text-align:right}
.ft{background:#222;color:#aaa;text-align:center;font-size:13px;padding:16px 0;margin-top:24px}
""",
)

HTML = """
<div class="hd"><div class="w"><b>辽沈重型装备集团有限公司</b> <span style="color:#666">LIAOSHEN HEAVY EQUIPMENT GROUP</span></div></div>
<div class="nav"><div class="w"><a href="#">首页</a><a href="#">走进集团</a><a href="#">新闻中心</a><a href="#">产品中心</a><a href="#">党建园地</a><a href="#">人力资源</a><a href="#">联系我们</a></div></div>
<div class="w box">
<p style="color:#888">新闻中心 / 集团要闻</p>
<h1>集团首台大直径泥水平衡盾构机下线</h1>
<p class="date">2023.11.08</p>
<p>通讯员　杨&nbsp;&nbsp;帆　刘思远</p>
<div class="tx">
{{BODY}}
</div>
<p class="ed">责任编辑：何&nbsp;&nbsp;欣</p>
</div>
<div class="ft">版权所有 © 辽沈重型装备集团有限公司 未经许可不得复制、转载或摘编<br>地址：沈阳市铁西区开发大路62号　辽ICP备12004593号-1</div>
"""

BODY = [
    P("11月7日，集团自主研制的首台直径12.6米泥水平衡盾构机在铁西总装基地顺利下线，将用于长江流域一条城市过江隧道工程施工。"),
    P("图为下线仪式现场。", gold=False),
    P("这台盾构机整机长约135米，总重约2800吨，具有大扭矩、高承压、长距离掘进等特点，可在最大水压0.8兆帕的复杂地层中安全施工。设备的主驱动、刀盘和泥水循环系统均由集团自主设计制造，关键部件国产化率达到92%。"),
    P("项目负责人、集团技术中心副主任宋建华介绍，研发团队历时18个月，攻克了大直径常压换刀、泥水压力精准控制等多项技术难题，申请发明专利11项。“以前这类大直径盾构机的核心部件主要依赖进口，现在我们自己能造了。”"),
    P("图为盾构机刀盘。", gold=False),
    P("下线仪式上，集团与施工单位签订了后续两台同类设备的供货合同。集团主要负责人表示，将以此为契机，加快向隧道掘进装备高端市场迈进，努力打造具有国际竞争力的盾构机品牌。"),
]
