# 福州市鼓楼区人民政府 -- 街道动态 (温泉街道), 2024 design, "|"-separated info bar, author field with 通讯员 + spaced 记者 name
from lib import *

META = dict(
    id="xw-12", kind="government", lang="zh",
    title="温泉街道汤边社区开展“邻里守望”助老志愿服务",
    authors=["林晓燕", "陈涵"],
    publish_time="2025/04/26 11:20",
)

BODY = [
    P("“阿姨，您的药我们帮您分好了，早上吃这两颗，晚上吃这一颗。”4月25日上午，温泉街道汤边社区的志愿者郑敏走进独居老人魏依妹家中，一边帮她整理药盒，一边细心叮嘱。这是汤边社区“邻里守望”助老志愿服务的一个日常场景。"),
    P("汤边社区是典型的老旧小区，60周岁以上老年人占常住人口的三成以上，其中独居、空巢老人有167名。为解决老人日常生活中的“急难愁盼”，社区以楼栋为单元，组建了由党员、楼栋长和热心居民组成的12支“邻里守望”志愿服务队，与老人结成帮扶对子，定期上门开展探访、代购代办、安全检查等服务。"),
    IMG("志愿者为社区老人量血压", "志愿者为社区老人测量血压"),
    P("“以前家里灯泡坏了，都不知道找谁，现在打个电话，楼下的小林十分钟就上来了。”家住汤边新村的刘依伯笑着说。"),
    P("社区还联合辖区医院、理发店、家政公司等单位，每月开展一次“爱心集市”，为老人提供义诊、理发、小家电维修等服务。今年以来，志愿服务队累计上门服务1300余人次，帮助老人解决生活难题210多件。"),
    P("温泉街道相关负责人表示，下一步，街道将在辖区各社区推广“邻里守望”做法，完善志愿服务积分激励机制，让更多居民参与到助老服务中来，营造邻里互助、和谐友善的社区氛围。"),
]

STYLE = dict(
    p='<p>{}</p>',
    img='<figure class="gl-fig"><img src="' + GIF + '" alt="{alt}" width="720" height="480">',
    cap='<figcaption>{}</figcaption></figure>',
)

CSS = """
:root{--gl:#b5121b}
body{margin:0;font-family:"Microsoft YaHei",Arial;background:#fff;color:#333}
.gl-top{border-bottom:1px solid #eee}
.gl-top .in{width:1200px;margin:0 auto;display:flex;align-items:center;justify-content:space-between;height:110px}
.gl-util a{font-size:13px;color:#666;margin:0 6px}
.gl-nav{background:var(--gl)}
.gl-nav .in{width:1200px;margin:0 auto;display:flex}
.gl-nav a{flex:1;text-align:center;line-height:54px;color:#fff;font-size:17px}
.gl-main{width:1200px;margin:0 auto;display:flex;gap:30px;padding:20px 0}
.gl-article{flex:1}
.gl-aside{width:300px}
.gl-bc{font-size:13px;color:#999;margin-bottom:16px}
.gl-article h1{font-size:26px;line-height:1.5;margin:0 0 12px}
.gl-sub{font-size:13px;color:#999;padding-bottom:12px;border-bottom:1px solid #eee}
.gl-sub i{font-style:normal;margin:0 8px;color:#ddd}
.gl-content p{font-size:17px;line-height:1.9;text-indent:2em}
.gl-fig{text-align:center;margin:10px 0}
.gl-fig figcaption{font-size:14px;color:#777}
.gl-aside h4{border-bottom:2px solid var(--gl);padding-bottom:6px}
.gl-aside li{font-size:14px;line-height:1.9}
.gl-foot{background:#f4f4f4;border-top:3px solid var(--gl);padding:26px 0;text-align:center;font-size:13px;color:#666;line-height:2}
"""


def page(body):
    m = META
    return f"""
<div class="gl-top"><div class="in">
{img("福州市鼓楼区人民政府", 420, 70)}
<div class="gl-util"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁體</a><a href="#">闽政通</a><br><input type="text" placeholder="请输入关键词"><button type="button">搜索</button></div>
</div></div>
<div class="gl-nav"><div class="in"><a href="#">首页</a><a href="#">鼓楼要闻</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">政民互动</a><a href="#">走进鼓楼</a></div></div>
<div class="gl-main">
<div class="gl-article">
<div class="gl-bc">首页 &gt; 鼓楼要闻 &gt; 街道动态</div>
<h1>{m['title']}</h1>
<div class="gl-sub">来源：鼓楼区融媒体中心<i>|</i>作者：通讯员 林晓燕　记者 陈&nbsp;&nbsp;涵<i>|</i>{m['publish_time']}<i>|</i>浏览：<span>1027</span><i>|</i>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
<div class="gl-content">
{body}
</div>
<p style="font-size:13px;color:#999">【<a href="#">打印</a>】【<a href="#">关闭</a>】　分享到：<a href="#">微信</a> <a href="#">微博</a></p>
</div>
<aside class="gl-aside">
<h4>街道动态</h4>
<ul>
<li><a href="#">东街街道举办“安全生产月”宣传咨询日活动</a></li>
<li><a href="#">鼓东街道开展燃气安全入户排查</a></li>
<li><a href="#">南街街道：老旧小区改造惠民生</a></li>
<li><a href="#">华大街道举办社区邻里节</a></li>
</ul>
<h4>扫码关注</h4>
<p>{img("鼓楼发布微信公众号二维码", 100, 100)}</p>
<p>鼓楼发布</p>
</aside>
</div>
<div class="gl-foot">
主办：福州市鼓楼区人民政府办公室　承办：福州市鼓楼区数字鼓楼建设中心<br>
网站标识码：3501020004　闽ICP备05029618号　闽公网安备 35010202000413号<br>
联系电话：0591-87530267（工作日 8:00-12:00，14:30-17:30）
</div>
"""
