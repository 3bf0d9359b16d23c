from lib import *

PAGE = dict(
    id="xj-20", kind="media", lang="zh",
    title="大连港冷链物流新库区投用 年周转能力提升30万吨",
    authors=["孙淼"],
    publish_time="2024-11-26 06:50",
    doc_title="大连港冷链物流新库区投用 年周转能力提升30万吨-大连新闻网",
    pfmt="p", hfmt="h3",
    features="city news portal; 记者 … 文/摄 byline line (author; not body); several photos each followed by a caption between paragraphs; "
             "h3 sub-headings; 延伸阅读 box printing other stories' headlines with lead sentences (not body); 新闻热线 sentence at the top of the footer.",
    css="""
body{margin:0;font:15px/1.8 "Microsoft YaHei";color:#333}
.w{width:1200px;margin:0 auto}
.hd{height:90px;background:#005bac;color:#fff}
.hd b{font-size:30px;line-height:90px}
.hd span{float:right;line-height:90px}
.hd a{color:#fff;margin-left:12px}
.nav{background:#f2f2f2}
.nav a{display:inline-block;padding:10px 16px}
.main{width:860px;margin:0 auto}
h1{font-size:30px;margin:24px 0 8px}
.meta{color:#999;font-size:13px}
.by{color:#555;margin:16px 0 0}
.content p{text-indent:2em;font-size:17px;line-height:2;margin:0 0 14px}
.content .pic,.content .pic-note{text-indent:0;text-align:center}
.content .pic-note{font-size:14px;color:#666}
.content h3{font-size:18px;color:#005bac;border-left:4px solid #005bac;padding-left:8px}
.ysyd{background:#f7f9fc;border:1px solid #dde5f0;padding:10px 16px;margin-top:24px}
.ysyd h4{margin:0}
.ysyd p{font-size:14px;color:#555;margin:4px 0 10px}
.ft{background:#222;color:#aaa;text-align:center;font-size:13px;padding:18px 0;margin-top:24px}
""",
)

HTML = """
<div class="hd"><div class="w"><b>大连新闻网</b><span><a href="#">大连日报</a><a href="#">大连晚报</a><a href="#">半岛晨报</a><a href="#">新闻客户端</a></span></div></div>
<div class="nav"><div class="w"><a href="#">首页</a><a href="#">大连</a><a href="#">经济</a><a href="#">港航</a><a href="#">民生</a><a href="#">文体</a><a href="#">图片</a><a href="#">视频</a></div></div>
<div class="main">
<p style="color:#999;font-size:13px">首页 &gt; 经济 &gt; 港航</p>
<h1>大连港冷链物流新库区投用 年周转能力提升30万吨</h1>
<div class="meta">2024-11-26 06:50　来源：大连日报　责任编辑：周&nbsp;&nbsp;航</div>
<p class="by">记者 孙&nbsp;&nbsp;淼 文/摄</p>
<div class="content">
{{BODY}}
</div>
<div class="ysyd"><h4>延伸阅读</h4>
<p><a href="#">大连港集装箱航线增至108条</a><br>记者从辽港集团获悉，今年以来大连港新开辟外贸集装箱航线6条，目前集装箱航线总数达到108条，通达全球160多个国家和地区的300多个港口。</p>
<p><a href="#">大窑湾保税港区进口水果通关提速</a><br>大窑湾海关推出“提前申报、抵港直装”模式，进口水果从抵港到出区的时间由原来的2天缩短至6小时以内。</p></div>
</div>
<div class="ft">新闻热线：0411-83623456　新闻线索请拨打热线或发送至邮箱，一经采用即付稿酬。<br>大连新闻传媒集团版权所有　辽ICP备05005617号　互联网新闻信息服务许可证：21120170012</div>
"""

BODY = [
    P("11月25日，大连港冷链物流园区二期库区正式投入使用。新库区新增冷库库容8万吨，配备全自动立体货架和智能温控系统，投用后大连港冷链货物年周转能力将提升30万吨。"),
    IMG("新投用的冷链库区外景"),
    CAP("新投用的冷链物流库区。"),
    H("一次可容纳400个冷藏集装箱"),
    P("走进新库区，零下18摄氏度的冷气扑面而来。工作人员介绍，库区分为超低温库、低温库和恒温库三类，可分别存放金枪鱼等超低温水产品、冷冻肉类和进口水果，最低温度可达零下60摄氏度。库区配套建设的冷藏集装箱堆场一次可容纳400个冷藏箱同时插电作业。"),
    IMG("工人操作叉车转运冷冻货物"),
    CAP("工人在低温库内转运冷冻货物。"),
    H("“一站式”通关压缩物流时间"),
    P("为了让进口冷链货物通关更快，大连港与海关等部门合作，在园区内设立了查验平台和检测实验室，企业可以“一站式”办理报关、查验、检测等手续。“以前货物要在几个地点之间来回倒运，现在在园区内就能全部办完，时间能节省一天多。”一家水产进出口企业的负责人说。"),
    P("据了解，大连港是我国北方最大的冷链物流枢纽之一，去年完成冷链货物吞吐量超过160万吨。二期库区投用后，港口将进一步拓展东北亚水产品、东南亚水果等冷链航线。"),
]
