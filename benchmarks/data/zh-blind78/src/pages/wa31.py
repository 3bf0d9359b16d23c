ID = "wa-31"
KIND = "e-paper"
LANG = "zh"
TITLE = "潍坊动力装备产业链产值突破千亿"
AUTHORS = ["孙宁", "齐晓光"]
DATE = "2025年04月15日 星期二"
NOTES = "City daily 数字报 (2021 design): masthead with date and weekday, 往期回顾 date box, 第A03版：综合新闻 with 上一版/下一版, 版面导航 list and 本版标题 list to the left, 引题/主题/副题 stack (only the 主题 is the title), byline line 本报记者 孙宁 通讯员 齐晓光 under the stack, two bold sub-headings, 上一篇/下一篇/返回目录, footer."

CSS = r'''
body{margin:0;background:#e8e3d8;font-family:"Microsoft YaHei";color:#222}
.ep-mast{background:#fff;border-bottom:3px solid #9e1b1b;padding:10px 30px;display:flex;align-items:center;gap:30px}
.ep-mast .paper{font-size:30px;color:#9e1b1b;font-family:"华文行楷","STXingkai",serif}
.ep-mast .d{font-size:15px}
.ep-mast .past{margin-left:auto;font-size:13px}
.ep-mast .past input{width:110px}
.ep-bar{background:#9e1b1b;color:#fff;padding:8px 30px;font-size:14px;display:flex;gap:24px}
.ep-bar a{color:#fff}
.ep-layout{display:flex;gap:16px;padding:16px 30px}
.ep-left{width:300px;background:#fff;padding:12px;font-size:13px}
.ep-left .pagepic{height:200px;background:#ddd;text-align:center;line-height:200px}
.ep-left h4{margin:12px 0 6px;color:#9e1b1b}
.ep-left li{line-height:1.9}
.ep-article{flex:1;background:#fff;padding:24px 50px}
.ep-article .yt{text-align:center;font-size:16px;color:#444}
.ep-article .zt{text-align:center;font-size:28px;font-weight:bold;margin:8px 0}
.ep-article .ft{text-align:center;font-size:16px;color:#444}
.ep-article .au{text-align:center;font-size:14px;color:#666;margin:12px 0 20px}
.ep-article .bd p{font-size:16px;line-height:1.9;text-indent:2em;margin:0 0 10px}
.ep-article .bd p.xbt{font-weight:bold}
.ep-article .nav2{margin-top:20px;font-size:13px;border-top:1px solid #ddd;padding-top:10px}
.ep-foot{text-align:center;font-size:12px;color:#666;padding:16px;line-height:2}
'''

TEMPLATE = r'''<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>鸢都日报数字报-{{TITLE}}</title>
<style>
{{CSS}}
</style>
</head>
<body>
<div class="ep-mast"><span class="paper">鸢都日报</span><span class="d">2025年04月15日 星期二</span><span class="past">往期回顾 <input type="text" value="2025-04-15"> <button>查看</button></span></div>
<div class="ep-bar"><span>第A03版：综合新闻</span><a href="#">上一版</a><a href="#">下一版</a><a href="#">PDF下载</a></div>
<div class="ep-layout">
<div class="ep-left">
<div class="pagepic"><img alt="版面图" src="{{GIF}}"></div>
<h4>版面导航</h4>
<ul>
<li><a href="#">A01版：要闻</a></li>
<li><a href="#">A02版：要闻</a></li>
<li><a href="#">A03版：综合新闻</a></li>
<li><a href="#">A04版：县市区</a></li>
<li><a href="#">A05版：经济</a></li>
<li><a href="#">A06版：民生</a></li>
</ul>
<h4>本版标题</h4>
<ul>
<li><a href="#">潍坊动力装备产业链产值突破千亿</a></li>
<li><a href="#">全市春季农业生产进展顺利</a></li>
<li><a href="#">“鸢都工匠”评选活动启动</a></li>
<li><a href="#">市区新增两条公交微循环线路</a></li>
</ul>
</div>
<div class="ep-article">
<div class="yt">坚持创新驱动 延链补链强链</div>
<div class="zt">{{TITLE}}</div>
<div class="ft">一季度同比增长12.6%，新增规上企业27家</div>
<div class="au">本报记者　孙宁　通讯员　齐晓光</div>
<div class="bd">
{{BODY}}
</div>
<div class="nav2"><a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">返回本版目录</a></div>
</div>
</div>
<div class="ep-foot">鸢都日报社 版权所有　未经书面授权不得转载<br>鲁ICP备06019932号-1　互联网新闻信息服务许可证：37120180013</div>
</body>
</html>
'''

FMT = {
    "h": '<p class="xbt">{t}</p>',
}

BLOCKS = r'''
p: 4月14日，记者从市工业和信息化局获悉，一季度，全市动力装备产业链实现产值312.6亿元，同比增长12.6%；去年全年产业链产值首次突破千亿元大关，达到1086亿元，成为全市首个产值过千亿的制造业产业链。
p: 动力装备是潍坊的传统优势产业。近年来，我市围绕发动机、新能源动力、高端农机装备等重点领域，实施“链长制”，由市级领导挂帅，一条产业链一个工作专班，精准开展延链补链强链。目前，全市动力装备产业链已集聚规上企业412家，其中今年一季度新增27家。
h: 龙头带动 配套企业“抱团”发展
p: 在位于高新区的一家发动机龙头企业，一条新投产的智能化生产线正在满负荷运转，平均每90秒就有一台发动机下线。企业负责人介绍，企业本地配套率已由五年前的40%提升到65%，缸体、曲轴、电控系统等关键零部件大多在潍坊本地就能解决。
p: “龙头企业订单稳定，我们的日子也好过了。”坊子区一家精密铸造企业负责人说，企业去年新上了两条生产线，今年一季度营收同比增长23%。
p: 为推动产业链上下游协同，我市建立了“链主”企业配套需求清单和本地供应商名录，定期组织供需对接活动。一季度，全市共举办产业链对接会8场，促成本地配套合作项目41个，涉及金额23亿元。
h: 创新驱动 新能源动力加速布局
p: 在巩固传统优势的同时，我市加快布局新能源动力领域。一季度，全市燃料电池发动机、混合动力系统、大功率电驱动等新能源动力产品产值同比增长41.3%。市工信局有关负责人表示，今年将推动产业链企业与高校院所共建创新平台10个以上，组织实施关键核心技术攻关项目30项，力争全年产业链产值增长10%以上。
'''
