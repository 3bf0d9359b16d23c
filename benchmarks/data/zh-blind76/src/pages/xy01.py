from lib import *

NOTES = "District portal (Guangdong), 2023 design: 无障碍/长者模式/繁体 bar, search box, breadcrumb ending 正文, info bar under the headline with seconds and 【字体：大 中 小】, photo captions, a 供稿 line that is not an author, 扫一扫 QR caption, 上一篇/下一篇, 相关信息 list, footer with 主办/承办/网站标识码/ICP/公网安备."

META = dict(id="xy-01", kind="government", lang="zh",
            title="从化区举办2025年荔枝产销对接会 现场签约金额超1.2亿元",
            authors=[],
            publish_time="2025-06-10 17:26:41")

HEAD_TITLE = META["title"] + "-广州市从化区人民政府门户网站"

CSS = """
body{margin:0;font:14px/1.8 "Microsoft YaHei",sans-serif;color:#333;background:#f3f5f8}
.gz-topline{background:#0b4ea2;color:#fff;font-size:12px}
.gz-topline .w{width:1200px;margin:0 auto;display:flex;justify-content:space-between}
.gz-topline a{color:#fff;margin-left:14px;text-decoration:none}
.gz-head{width:1200px;margin:0 auto;display:flex;align-items:center;justify-content:space-between;padding:18px 0}
.gz-head .sch input{width:260px;padding:6px}
.gz-nav{background:#0d5cbf}
.gz-nav ul{width:1200px;margin:0 auto;padding:0;list-style:none;display:flex}
.gz-nav li a{display:block;color:#fff;padding:10px 26px;text-decoration:none;font-size:16px}
.gz-main{width:1200px;margin:16px auto;background:#fff;padding:20px 60px}
.gz-crumb{font-size:13px;color:#666;border-bottom:1px solid #e5e5e5;padding-bottom:8px}
.gz-crumb a{color:#666;text-decoration:none}
.gz-art h1{font-size:26px;text-align:center;color:#1a1a1a;margin:26px 0 10px}
.gz-meta{text-align:center;color:#888;font-size:13px;border-bottom:1px dashed #ddd;padding-bottom:10px}
.gz-meta span{margin:0 10px}
.gz-text p{text-indent:2em;font-size:16px;margin:0 0 14px}
.gz-text p.pic{text-indent:0;text-align:center}
.gz-text p.cap{text-indent:0;text-align:center;font-size:14px;color:#555}
.gz-text p.gy{text-align:right}
.gz-tools{margin:24px 0;display:flex;justify-content:space-between;color:#666;font-size:13px}
.gz-qr{font-size:12px;color:#888;text-align:center}
.gz-pn{border-top:1px solid #eee;padding-top:10px;font-size:14px}
.gz-rel h3{font-size:16px;border-left:4px solid #0b4ea2;padding-left:8px}
.gz-rel ul{padding-left:18px}
.gz-foot{background:#2b3b52;color:#c9d1dc;font-size:13px;text-align:center;padding:20px 0;line-height:2}
.gz-foot a{color:#c9d1dc}
"""

R = {
    "P": lambda t, kw: f"<p>{t}</p>",
    "H": lambda t, kw: f"<p><strong>{t}</strong></p>",
    "IMG": lambda a, kw: f'<p class="pic">{img(a, data=True, w=600, h=400)}</p>\n<p class="cap">{kw["cap"]}</p>',
}

BLOCKS = [
    P("6月9日，2025年从化荔枝产销对接会在太平镇荔枝文化村举行。来自广州、深圳、佛山以及湖南、江西等地的80余家采购商、电商平台和冷链物流企业代表，与全区30多家荔枝种植合作社、家庭农场面对面洽谈，现场签约金额超过1.2亿元。"),
    P("今年从化荔枝种植面积约18.6万亩，受春季气温偏高影响，挂果情况总体好于去年，预计总产量可达5.2万吨，井岗红糯、桂味、糯米糍等主要品种将在6月中下旬集中上市。"),
    IMG("对接会现场", cap="对接会现场，采购商在展台前品尝荔枝"),
    H("“线上+线下”双线拓宽销路"),
    P("对接会上，区农业农村局介绍了今年荔枝产销工作安排：在全区设置12个荔枝集中收购点，组织邮政、顺丰等物流企业在主要产区设立“产地直发”服务站，鲜果从采摘到发往全国主要城市可在48小时内送达；同时联合电商平台开设“从化荔枝”专区，组织50场以上的助农直播。"),
    P("“去年我们通过直播卖出去的荔枝占了三成，今年准备再多搭两个直播间。”太平镇一家荔枝专业合作社负责人说，合作社今年与两家连锁超市签下了近300吨的订单，心里更有底了。"),
    H("品牌和标准同步提升"),
    P("据了解，从化区今年继续推行荔枝分级分拣标准，对进入“从化荔枝”区域公用品牌体系的果品实行统一包装、统一溯源码。截至目前，已有146家经营主体获授权使用区域公用品牌标识。区农业农村局相关负责人表示，下一步将加强采摘期市场价格监测和质量抽检，引导果农错峰上市，避免集中压价，让好荔枝卖出好价钱。"),
    X('<p class="gy">（供稿：从化区农业农村局）</p>'),
]


def frame(M, body):
    return f"""<body>
<div class="gz-topline"><div class="w">
<span>今天是：2025年6月10日 星期二</span>
<span><a href="/wza/">无障碍</a><a href="/zzms/">长者模式</a><a href="/big5/">繁體</a><a href="/m/">手机版</a><a href="/login/">登录</a></span>
</div></div>
<div class="gz-head">
<a href="/">{img("广州市从化区人民政府门户网站", data=True, w=420, h=60)}</a>
<form class="sch" action="/search/"><input type="text" placeholder="请输入关键词"> <button type="button">搜索</button></form>
</div>
<div class="gz-nav"><ul>
<li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwdt/">政务动态</a></li><li><a href="/zmhd/">政民互动</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/zjch/">走进从化</a></li><li><a href="/ztzl/">专题专栏</a></li>
</ul></div>
<div class="gz-main">
<div class="gz-crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwdt/">政务动态</a> &gt; <a href="/zwdt/bmdt/">部门动态</a> &gt; 正文</div>
<div class="gz-art">
<h1>{M["title"]}</h1>
<div class="gz-meta"><span>发布时间：{M["publish_time"]}</span><span>来源：从化区农业农村局</span><span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span><span>分享到：</span></div>
<div class="gz-text">
{body}
</div>
</div>
<div class="gz-tools"><span>【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</span><span class="gz-qr">{img("二维码", data=True, w=90, h=90)}<br>扫一扫在手机打开当前页</span></div>
<div class="gz-pn">
<p>上一篇：<a href="/zwdt/bmdt/c1.html">从化区开展2025年“安全生产月”宣传咨询日活动</a></p>
<p>下一篇：<a href="/zwdt/bmdt/c3.html">区农业农村局部署汛期农业防灾减灾工作</a></p>
</div>
<div class="gz-rel"><h3>相关信息</h3><ul>
<li><a href="#">从化荔枝区域公用品牌授权名单（第三批）</a> 2025-05-28</li>
<li><a href="#">关于做好2025年荔枝采摘期交通保障的通知</a> 2025-05-20</li>
<li><a href="#">从化区2025年荔枝保险理赔服务指南</a> 2025-05-12</li>
</ul></div>
</div>
<div class="gz-foot">
<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a> | <a href="#">网站纠错</a></p>
<p>主办：广州市从化区人民政府办公室　承办：广州市从化区政务服务和数据管理局</p>
<p>网站标识码：4401170017　粤ICP备12063815号-1　{img("公安备案")}粤公网安备 44011702000318号</p>
<p>联系电话：020-87936021（工作日9:00-12:00，14:00-17:30）</p>
</div>
</body>"""
