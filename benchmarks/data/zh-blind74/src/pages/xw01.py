# 苏州市吴江区人民政府门户 -- 领导活动 (2023 design, info bar under the headline)
from lib import *

META = dict(
    id="xw-01", kind="government", lang="zh",
    title="顾立衡调研汾湖高新区重点产业项目",
    authors=["沈思远"],
    publish_time="2025-04-21 16:42",
)

BODY = [
    P("4月21日，区委书记顾立衡带队调研汾湖高新区重点产业项目推进情况，现场察看项目建设进度，详细了解企业生产经营、技术研发和用工用地需求。他强调，要坚持把项目建设作为稳增长、促转型的“压舱石”，以更大力度抓招引、促落地、优服务，推动重点产业项目早建成、早投产、早见效。"),
    P("在苏越新能源汽车热管理系统项目现场，两栋主厂房已完成钢结构封顶，设备基础正在同步施工。顾立衡仔细询问工程节点安排和设备进场计划，要求相关部门对照时间表倒排工期，在确保安全质量的前提下加快施工进度，力争三季度实现首条产线试生产。"),
    IMG("顾立衡在项目现场调研", "顾立衡在苏越新能源汽车热管理系统项目现场了解工程进度"),
    P("随后，顾立衡来到澄晖光电材料有限公司，走进洁净车间察看光学膜涂布生产线运行情况。企业负责人介绍，公司今年一季度开票销售同比增长27%，新一代低反射膜已通过下游客户验证。顾立衡鼓励企业持续加大研发投入，加强与高校院所合作，在细分领域做精做强，不断提升核心竞争力。"),
    P("调研中，顾立衡指出，今年以来全区经济运行总体平稳、稳中有进，但也要清醒看到外部环境的不确定性。各级各部门要主动靠前服务，常态化开展“企业服务直通车”活动，对企业反映的融资、用工、能耗指标等问题建立清单、逐项销号，切实为企业发展排忧解难。要聚焦新能源、新材料、高端装备等主导产业，强化产业链招商，引进一批牵引性强的大项目、好项目。"),
    P("区领导陆宏斌、钱佳玥参加调研。"),
]

STYLE = dict(
    p='<p class="wj-p">{}</p>',
    img='<p class="wj-figure"><img src="' + GIF + '" alt="{alt}" width="640" height="427"></p>',
    cap='<p class="wj-figcap">{}</p>',
)

CSS = """
body{margin:0;font-family:"Microsoft YaHei",sans-serif;color:#333;background:#f4f6f9}
.wj-topbar{background:#0b4f9c;color:#fff;font-size:13px;padding:6px 0}
.wj-topbar a{color:#fff;margin:0 8px;text-decoration:none}
.wj-wrap{width:1200px;margin:0 auto}
.wj-head{background:#fff;padding:18px 0}
.wj-logo{display:inline-block;vertical-align:middle}
.wj-search{float:right}
.wj-nav{background:#1565c0}
.wj-nav a{display:inline-block;color:#fff;padding:12px 22px;text-decoration:none}
.wj-crumb{font-size:14px;color:#666;padding:14px 0}
.wj-article{background:#fff;padding:30px 60px}
.wj-article h1{text-align:center;font-size:28px;color:#0b4f9c}
.wj-meta{text-align:center;font-size:13px;color:#888;border-bottom:1px solid #ddd;padding-bottom:12px}
.wj-meta span{margin:0 10px}
.wj-p{text-indent:2em;line-height:2;font-size:17px}
.wj-figure,.wj-figcap{text-align:center}
.wj-figcap{font-size:14px;color:#555}
.wj-tools{text-align:right;font-size:13px;color:#666;margin-top:24px}
.wj-share a{margin:0 4px}
.wj-prevnext{border-top:1px dashed #ccc;margin-top:20px;padding-top:10px;font-size:14px}
.wj-related li{font-size:14px;line-height:2}
.wj-foot{background:#0b3d78;color:#cfe0f5;font-size:13px;text-align:center;padding:24px 0;margin-top:30px}
.wj-foot p{margin:4px 0}
"""


def page(body):
    m = META
    return f"""
<div class="wj-topbar"><div class="wj-wrap">
<span>您好，欢迎访问苏州市吴江区人民政府网站！</span>
<a href="#">无障碍浏览</a><a href="#">长者模式</a><a href="#">繁體版</a><a href="#">English</a><a href="#">政务微博</a><a href="#">政务微信</a><a href="#">登录</a><a href="#">注册</a>
</div></div>
<div class="wj-head"><div class="wj-wrap">
<span class="wj-logo">{img("苏州市吴江区人民政府", 420, 60)}</span>
<form class="wj-search"><input type="text" placeholder="请输入搜索关键词"> <button type="button">搜索</button></form>
</div></div>
<div class="wj-nav"><div class="wj-wrap">
<a href="#">首页</a><a href="#">走进吴江</a><a href="#">新闻资讯</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">政民互动</a><a href="#">专题专栏</a><a href="#">数据开放</a>
</div></div>
<div class="wj-wrap">
<div class="wj-crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">新闻资讯</a> &gt; <a href="#">领导活动</a> &gt; 正文</div>
<div class="wj-article">
<h1>{m['title']}</h1>
<div class="wj-meta"><span>发布时间：{m['publish_time']}</span><span>来源：吴江区融媒体中心</span><span>作者：沈思远</span><span>浏览次数：1362</span><span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="wj-content">
{body}
</div>
<div class="wj-tools"><span class="wj-share">分享到：<a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a></span>　【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
<div class="wj-prevnext">
<p>上一篇：<a href="#">吴江区召开2025年一季度经济运行分析会</a></p>
<p>下一篇：<a href="#">区政府党组理论学习中心组开展专题学习</a></p>
</div>
<div class="wj-related"><h3>相关文章</h3><ul>
<li><a href="#">顾立衡主持召开区委常委会会议</a> 2025-04-18</li>
<li><a href="#">区领导督查安全生产工作</a> 2025-04-16</li>
<li><a href="#">汾湖高新区举行二季度重大项目集中开工活动</a> 2025-04-11</li>
</ul></div>
</div>
</div>
<div class="wj-foot"><div class="wj-wrap">
<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a> | <a href="#">使用帮助</a></p>
<p>主办：苏州市吴江区人民政府办公室　承办：苏州市吴江区大数据管理中心</p>
<p>地址：苏州市吴江区中山南路1979号　联系电话：0512-63981226</p>
<p>网站标识码：3205090009　<a href="#">苏ICP备05016671号-2</a>　{img("公安备案图标", 16, 16)}苏公网安备 32058402001873号</p>
<p>{img("政府网站找错", 110, 55)} {img("党政机关", 55, 60)}</p>
<p>{img("扫一扫在手机打开当前页", 90, 90)}<br>扫一扫在手机打开当前页</p>
</div></div>
"""
