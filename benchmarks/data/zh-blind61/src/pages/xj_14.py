from lib import *

PAGE = dict(
    id="xj-14", kind="media", lang="zh",
    title="铁西老厂房里“长”出文创街区",
    authors=["王晗"],
    publish_time="2024-06-12 07:05",
    doc_title="铁西老厂房里“长”出文创街区_辽宁新闻_北国网",
    pfmt="emsp", hfmt="emspb",
    features="provincial newspaper site; an 编者按 box at the top of the article (body, with its label); 副题 under the headline (not title); "
             "本报记者 byline on its own line (not body) with a spaced name; 责任编辑 in parentheses; 延伸阅读 box listing other stories (not body).",
    css="""
body{margin:0;font:14px/1.8 SimSun,"Microsoft YaHei";background:#fff}
.w{width:1000px;margin:0 auto}
.top{background:#003e7e;color:#fff;font-size:12px;padding:4px 0}
.top a{color:#fff;margin-right:10px}
.logo{font:bold 30px 黑体;color:#003e7e;padding:14px 0}
.nav{background:#e9eff6;padding:6px 0}
.nav a{margin-right:18px;font-size:15px;color:#003e7e}
.path{color:#666;padding:8px 0;font-size:12px}
.tm{color:#999;font-size:12px}
h1{font:bold 26px 微软雅黑;text-align:center;margin:12px 0 4px}
h2.sub{font:normal 17px 微软雅黑;text-align:center;color:#555;margin:0 0 12px}
.bzs{background:#f4f4f4;border:1px solid #ddd;padding:10px 14px;font-family:楷体,KaiTi;font-size:16px;margin:12px 0}
.bzs p{margin:0}
.zz{text-align:left;font-size:15px;color:#333}
.content{font-size:16px;line-height:2}
.ys{border:1px solid #c9d7ea;padding:6px 14px;margin:16px 0}
.ys li{line-height:2}
.foot{border-top:3px solid #003e7e;text-align:center;color:#666;font-size:12px;padding:14px 0;margin-top:24px}
""",
)

HTML = """
<div class="top"><div class="w"><a href="#">北国网首页</a><a href="#">辽宁日报</a><a href="#">辽沈晚报</a><a href="#">北国客户端</a> 2024年6月12日</div></div>
<div class="w"><div class="logo">北国网 <small style="font-size:14px;color:#666">辽宁日报社主办</small></div>
<div class="nav"><a href="#">首页</a><a href="#">辽宁新闻</a><a href="#">国内</a><a href="#">国际</a><a href="#">财经</a><a href="#">文旅</a><a href="#">教育</a><a href="#">评论</a></div>
<div class="path">北国网 &gt; 辽宁新闻 &gt; 正文</div>
<div class="tm">2024-06-12 07:05　来源：辽宁日报</div>
<h1>铁西老厂房里“长”出文创街区</h1>
<h2 class="sub">——“老工业基地新活力”系列报道之五</h2>
<div class="content">
{{BODY}}
</div>
<p style="text-align:right;color:#777">（责任编辑：孙&nbsp;&nbsp;佳）</p>
<div class="ys"><b>延伸阅读</b><ul>
<li><a href="#">“老工业基地新活力”系列报道之四：大连湾畔的“智造”新图景</a></li>
<li><a href="#">“老工业基地新活力”系列报道之三：鞍钢老高炉旁的新材料产业园</a></li>
<li><a href="#">沈阳：2024年计划改造利用工业遗存项目15个</a></li></ul></div>
</div>
<div class="foot">北国网版权所有 未经授权禁止转载　辽ICP备05009842号<br>互联网新闻信息服务许可证：21120170002　举报电话：024-22698317</div>
"""

BODY = [
    G("编者按：今年以来，本报推出“老工业基地新活力”系列报道，走进全省各地的老厂区、老街区，记录传统产业焕新、城市空间更新的生动实践。今天刊发第五篇，敬请关注。",
      '<div class="bzs"><p><b>编者按：</b>今年以来，本报推出“老工业基地新活力”系列报道，走进全省各地的老厂区、老街区，记录传统产业焕新、城市空间更新的生动实践。今天刊发第五篇，敬请关注。</p></div>'),
    RAW('<p class="zz">本报记者&nbsp;&nbsp;王&nbsp;&nbsp;晗</p>'),
    P("红砖墙、锯齿形屋顶、斑驳的天车轨道……走进沈阳市铁西区卫工街一处老厂区，上世纪五十年代建成的铸造车间保留着原有的模样，里面却是另一番景象：咖啡馆、设计工作室、小剧场错落分布，周末前来打卡的年轻人络绎不绝。"),
    P("这里曾是一家机床配件厂，2008年企业搬迁后厂房闲置多年。2022年，铁西区引入社会资本，按照“修旧如旧、留改结合”的思路对厂区进行改造，保留了6栋主要厂房和两座水塔，改造面积4.2万平方米。"),
    H("老车间里的新业态"),
    P("“我们刻意把车间里的老机床留了下来，擦干净、刷上防锈漆，就成了最好的展品。”街区运营负责人许婧说。目前街区已入驻文创设计、工业旅游、餐饮零售等商户86家，去年接待游客超过120万人次。"),
    P("改造中，设计团队邀请了十几位老工人当“顾问”，请他们回忆车间当年的布局和生产场景。哪里是浇铸区，哪里是休息室，墙上的安全标语是什么年代刷上去的，老工人们说得清清楚楚。这些细节后来都被做成了街区里的导览牌。"),
    P("在一家手作皮具店里，店主韩宇正在给顾客讲解工艺。他的父亲曾是这家工厂的钳工。“小时候我常来车间给爸爸送饭，现在自己在这儿开店，感觉很奇妙。”"),
    H("让工业记忆可感可触"),
    P("铁西区有关负责人介绍，下一步将把卫工街文创街区与周边的工人村生活馆、铸造博物馆串联起来，打造工业文化旅游线路，让更多人在老厂房里读懂沈阳的工业记忆。"),
]
