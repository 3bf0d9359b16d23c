from lib import *

NOTES = "Provincial newspaper site (Guangdong), 2022 design: channel bar, breadcrumb 南粤网 > 广东 > 正文, info bar with seconds, 来源 and 作者 (the same names as the 本报讯 dateline in the first paragraph, which stays in that paragraph), 字号 A+ A-, sub-headings, 责任编辑 and 校对 lines, 相关新闻, 版权声明 and footer with 互联网新闻信息服务许可证."

META = dict(id="xy-13", kind="media", lang="zh",
            title="粤东西北今年将新建改造农村公路3200公里",
            authors=["梁文杰", "陈晓珊"],
            publish_time="2025-06-12 07:30:15")

HEAD_TITLE = "粤东西北今年将新建改造农村公路3200公里_南粤网"

CSS = """
body{margin:0;font-family:"Microsoft YaHei";color:#222;background:#fff}
.ny-topnav{background:#222;font-size:12px}
.ny-topnav .in{width:1200px;margin:auto;padding:6px 0}
.ny-topnav a{color:#ccc;margin-right:14px;text-decoration:none}
.ny-masthead{width:1200px;margin:auto;display:flex;align-items:flex-end;justify-content:space-between;padding:18px 0;border-bottom:3px solid #d0021b}
.ny-masthead .logo{font-size:40px;font-weight:900;color:#d0021b;font-family:"STKaiti"}
.ny-chan{width:1200px;margin:auto;padding:8px 0;font-size:15px}
.ny-chan a{margin-right:20px;color:#333;text-decoration:none}
.ny-grid{width:1200px;margin:16px auto;display:flex;gap:40px}
.ny-left{width:820px}
.ny-crumb{font-size:13px;color:#888}
.ny-left h1{font-size:30px;line-height:1.35;margin:16px 0}
.ny-info{font-size:13px;color:#888;display:flex;gap:16px;border-bottom:1px solid #eee;padding-bottom:12px}
.ny-info .fs a{border:1px solid #ddd;padding:0 4px;margin-left:4px}
.ny-body p{font-size:17px;line-height:1.95;margin:18px 0;text-indent:2em}
.ny-body h4{font-size:17px;margin:20px 0 0;color:#d0021b}
.ny-editor{font-size:13px;color:#999;text-align:right}
.ny-rel h3{font-size:18px;border-left:4px solid #d0021b;padding-left:8px}
.ny-rel li{line-height:2}
.ny-right{flex:1}
.ny-right h3{font-size:16px;border-bottom:1px solid #ddd;padding-bottom:6px}
.ny-right ol{padding-left:20px;line-height:2;font-size:14px}
.ny-copy{font-size:12px;color:#999;background:#f7f7f7;padding:10px;margin-top:20px}
.ny-foot{background:#f2f2f2;font-size:12px;color:#777;text-align:center;padding:20px 0;line-height:2;margin-top:30px}
"""

R = {
    "P": lambda t, kw: f"<p>{t}</p>",
    "H": lambda t, kw: f"<h4>{t}</h4>",
}

BLOCKS = [
    P("南粤日报讯（记者 梁文杰 通讯员 陈晓珊）记者11日从省交通运输厅获悉，今年粤东粤西粤北地区计划新建改造农村公路3200公里，实施危旧桥梁改造260座，年底前实现具备条件的较大人口规模自然村（组）通硬化路全覆盖。"),
    H("重点补齐“最后一公里”"),
    P("据介绍，今年的建设任务主要集中在三个方面：一是推进自然村（组）通硬化路建设，重点解决山区县部分村组道路窄、弯、险的问题；二是对通客车、通校车的单车道公路进行拓宽改造，增设错车道；三是加快危旧桥梁改造，消除安全隐患。"),
    P("截至5月底，各地已开工项目1870公里，完成投资约46亿元。其中，梅州、河源、清远三市开工里程均超过200公里，进度走在前列。"),
    H("建管养运一体推进"),
    P("“路修好了，还要管好、养好、用好。”省交通运输厅相关负责人表示，今年将全面推行农村公路“路长制”，县、乡、村三级路长负责日常巡查和养护监督，同时推广以工代赈方式，吸纳当地群众参与公路养护，带动农民就近就业增收。"),
    P("梅州市平远县是今年建设任务较重的山区县之一。记者在该县差干镇看到，一条连接3个自然村的村道正在铺设水泥路面，原来3.5米宽的砂石路将拓宽到4.5米，并增设4处错车道。“以前下雨天摩托车都骑不了，孩子上学要绕很远。”村民林伯说，路修好后，村里的脐橙、茶叶也能直接用货车拉出去了。"),
    P("在运营方面，我省将继续推进城乡交通运输一体化，鼓励客运、邮政、快递企业合作开展“客货邮”融合发展，利用农村客运班车捎带邮件快件，让农产品出村、消费品进村更加便捷。目前，粤东西北地区已开通“客货邮”融合线路312条。"),
]


def frame(M, body):
    return f"""<body>
<div class="ny-topnav"><div class="in"><a href="#">南粤网首页</a><a href="#">南粤日报</a><a href="#">南粤+客户端</a><a href="#">数字报</a><a href="#">登录</a></div></div>
<div class="ny-masthead"><span class="logo">南粤网</span><span><input type="text" placeholder="搜索新闻"> <button type="button">搜索</button></span></div>
<div class="ny-chan"><a href="#">首页</a><a href="#">时政</a><a href="#">广东</a><a href="#">湾区</a><a href="#">财经</a><a href="#">民生</a><a href="#">文体</a><a href="#">评论</a><a href="#">视频</a></div>
<div class="ny-grid">
<div class="ny-left">
<div class="ny-crumb"><a href="#">南粤网</a> &gt; <a href="#">广东</a> &gt; 正文</div>
<h1>{M["title"]}</h1>
<div class="ny-info"><span>{M["publish_time"]}</span><span>来源：南粤日报</span><span>作者：梁文杰 陈晓珊</span><span class="fs">字号<a href="#">A+</a><a href="#">A-</a></span></div>
<div class="ny-body">
{body}
</div>
<p class="ny-editor">责任编辑：苏青　校对：何敏</p>
<div class="ny-rel"><h3>相关新闻</h3><ul>
<li><a href="#">我省农村公路总里程突破19万公里</a></li>
<li><a href="#">“四好农村路”全国示范县名单公布 广东5县入选</a></li>
<li><a href="#">清远：山区村道加装波形护栏1200公里</a></li>
</ul></div>
<div class="ny-copy">版权声明：本文系南粤日报原创稿件，未经授权，不得转载。</div>
</div>
<div class="ny-right"><h3>热门排行</h3><ol>
<li><a href="#">广州南站综合交通枢纽启用新通道</a></li>
<li><a href="#">今年高考广东报名人数再创新高</a></li>
<li><a href="#">暴雨黄色预警！这些地区注意防范</a></li>
<li><a href="#">深中通道开通以来车流量超3000万车次</a></li>
</ol></div>
</div>
<div class="ny-foot">
<p><a href="#">关于我们</a> | <a href="#">广告服务</a> | <a href="#">联系我们</a> | <a href="#">违法和不良信息举报</a></p>
<p>互联网新闻信息服务许可证：44120170012　粤ICP备10082931号-1　粤公网安备 44010602001429号</p>
<p>南粤日报社版权所有，未经书面授权禁止使用</p>
</div>
</body>"""
