# 上海 · 区政府门户 · 领导活动（2023 responsive design, info bar under headline, spaced labels）
from lib import *

PAGE = dict(
    id="wl-01", kind="government", lang="zh", site="上海市闵行区人民政府",
    title="区领导调研淀浦河沿岸公共空间贯通和城市更新项目",
    authors=[],
    publish_time="2025-10-14 17:36",
    features=["领导活动 news with no writer (来源 only)", "top bar 无障碍/长者模式/繁体",
              "search placeholder", "breadcrumb", "info bar below headline with 浏览次数 and 【字体：大 中 小】",
              "two photos with captions", "上一篇/下一篇", "QR caption", "footer 主办/承办/ICP/公网安备/网站标识码"],
)

BLOCKS = [
    ("p", "10月14日下午，区委副书记、区长顾立群带队调研淀浦河沿岸公共空间贯通和城市更新项目推进情况，实地察看滨水步道、口袋公园和老旧厂房改造现场，并召开现场推进会。"),
    ("img", "调研现场", "顾立群一行在淀浦河滨水步道察看贯通工程进展。"),
    ("p", "在淀浦河七宝段，调研组沿新建成的滨水步道一路察看，详细了解断点打通、防汛墙改造和夜景照明等情况。据介绍，该段步道全长2.3公里，原有4处断点已全部打通，预计年底前向市民开放。顾立群指出，滨水空间是城市最宝贵的公共资源，要坚持“还水于民、还岸于民”，在细节上多下功夫，把座椅、直饮水、公共厕所等便民设施配齐配好，让市民走得进、留得住。"),
    ("p", "在华漕镇一处老旧厂房改造项目现场，顾立群听取了项目业主关于功能定位、招商进度的汇报。该项目将原有仓储用房改造为科创办公和社区配套空间，目前主体结构加固已经完成。顾立群要求，相关部门要主动靠前服务，帮助企业解决审批、消防验收等方面的难题，加快形成一批可复制的城市更新样板。"),
    ("img", "推进会现场", "现场推进会。"),
    ("p", "在随后召开的现场推进会上，区建管委、区规划资源局和相关街镇分别汇报了工作进展和下一步安排。顾立群强调，今年是滨水空间贯通三年行动的收官之年，各单位要倒排工期、挂图作战，确保年度目标如期完成；要统筹好施工与群众生活的关系，严格落实文明施工要求，减少对周边居民的影响；要建立建成区域长效管理机制，做到建管并重。"),
    ("p", "副区长陆海燕参加调研。"),
]

R = dict(p='<p style="text-indent:2em">{}</p>',
         img=lambda alt, cap: f'<div class="pic">{img(alt)}<p class="pic-title">{cap}</p></div>')

CSS = """
body{margin:0;font:16px/1.8 "Microsoft YaHei",sans-serif;color:#333}
.topbar{background:#f3f5f8;font-size:13px}.topbar .w,.w{width:1200px;margin:0 auto}
.topbar a{margin-right:14px;color:#666}.head{background:#0b5bb5;color:#fff;padding:18px 0}
.head .logo{float:left}.search{float:right}.search input{width:260px}.nav{background:#094b95}
.nav a{display:inline-block;color:#fff;padding:10px 28px}.crumb{font-size:14px;color:#666;margin:16px 0}
h1{font-size:28px;text-align:center;color:#111}.info{text-align:center;color:#888;font-size:14px;border-bottom:1px solid #ddd;padding-bottom:10px}
.info span{margin:0 10px}.pic{text-align:center}.pic-title{text-align:center;color:#666;font-size:14px}
.tools{text-align:right;font-size:14px}.share{user-select:none}.prevnext{border-top:1px dashed #ccc;margin-top:20px}
.foot{background:#20334d;color:#c9d2de;font-size:13px;padding:20px 0;margin-top:30px}.foot p{margin:4px 0}
"""


def render(P, body):
    return doc(P, CSS, f"""
<div class="topbar"><div class="w">
<a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁体</a><a href="#">English</a>
<span style="float:right"><a href="#">登录</a><a href="#">注册</a></span>
</div></div>
<div class="head"><div class="w">
<div class="logo">{img("上海市闵行区人民政府")}</div>
<form class="search"><input type="text" placeholder="请输入您要搜索的内容"><button type="button">搜索</button></form>
<div style="clear:both"></div></div></div>
<div class="nav"><div class="w">{links(["首页","政务公开","政务服务","互动交流","走进闵行","专题专栏"])}</div></div>
<div class="w">
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">闵行要闻</a> &gt; 正文</div>
<h1>{P['title_html']}</h1>
<div class="info"><span>发布时间：{P['publish_time']}</span><span>来源：闵行区融媒体中心</span><span>浏览次数：1268</span><span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="article">
{body}
</div>
<div class="tools"><span class="share">分享到：微信 微博 QQ空间</span>　【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
<div class="prevnext">
<p>上一篇：<a href="#">区政府召开第八十七次常务会议</a></p>
<p>下一篇：<a href="#">我区举行2025年秋季消防安全宣传月启动仪式</a></p>
</div>
<h3>相关阅读</h3>
<ul>{lis(["区领导检查节后复工复产安全生产工作","黄浦江闵行段滨江岸线再添三处驿站","城市更新专题研讨会在莘庄召开"])}</ul>
</div>
<div class="foot"><div class="w">
<div style="float:right;text-align:center">{img("二维码")}<p>扫一扫在手机打开当前页</p></div>
<p>{links(["网站地图","联系我们","隐私声明","使用帮助"], sep=" | ")}</p>
<p>主办：上海市闵行区人民政府办公室　承办：上海市闵行区大数据中心</p>
<p>沪ICP备05021837号-1　<a href="#">沪公网安备 31011202008843号</a>　网站标识码：3101120017</p>
<p>建议使用1366×768及以上分辨率浏览</p>
</div></div>
""")
