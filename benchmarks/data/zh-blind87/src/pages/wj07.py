# 昆明市官渡区人民政府网，2024 年响应式：讲话（主标题、破折号副题、讲话人及日期各占一行）
from blocks import P, H, render as rb
from common import doc, links, img, esc

PAGE = {
    "id": "wj-07", "kind": "government", "lang": "zh",
    "title": "坚持底线思维 压实防控责任 全力守护群众生命财产安全",
    "authors": ["李建华"],
    "publish_time": "2025-11-14 09:05:33",
    "body": [
        P("同志们："),
        P("今天，我们召开全区冬春火灾防控工作会议，主要任务是分析当前火灾防控形势，安排部署今冬明春火灾防控工作。刚才，区消防救援大队通报了今年以来全区火灾情况，大板桥街道、区教育体育局作了交流发言，我都同意。下面，我讲三点意见。"),
        H("一、清醒认识当前严峻形势"),
        P("今年1至10月，全区共接报火灾182起，同比下降9.5%，没有发生较大以上火灾事故，总体形势平稳。但我们也要看到，电动自行车、老旧小区、“九小场所”引发的火灾占比仍然偏高，城中村和城乡接合部消防基础设施欠账较多。冬春季节天干物燥，取暖用火用电增多，节庆活动集中，是火灾的多发期，大家务必保持清醒，绝不能有丝毫松懈。"),
        P("从近期检查情况看，一些单位和场所仍然存在“重发展、轻安全”的思想，消防设施不完好、疏散通道被堵塞、员工不会报警不会逃生的问题比较普遍。特别是部分出租屋、小作坊“三合一”现象突出，一旦发生火灾，极易造成群死群伤。对这些问题，我们必须保持高度警惕，以“时时放心不下”的责任感抓好各项防范措施。"),
        H("二、聚焦重点抓好隐患整治"),
        P("一要抓住电动自行车这个“牛鼻子”。坚决整治电动自行车进楼入户、飞线充电等行为，今年年底前全区所有住宅小区都要建成集中充电设施。二要盯住人员密集场所。对商场市场、宾馆饭店、养老机构、学校医院开展拉网式检查，发现一处、整改一处。三要管住高层建筑和大型综合体，消防车通道被占用的，要一律依法清理。"),
        P("四要加强宣传教育。要充分利用社区网格、物业管理和新媒体平台，面向老年人、儿童、外来务工人员等群体开展有针对性的消防宣传，教会群众会报警、会扑救初起火灾、会逃生自救，真正把消防安全知识送到千家万户。"),
        H("三、压紧压实各方责任"),
        P("火灾防控是一项系统工程，必须“党政同责、一岗双责、齐抓共管、失职追责”。各街道要切实履行属地责任，行业部门要按照“管行业必须管安全”的要求，把消防安全纳入日常监管。对于工作不力、整改不到位导致发生火灾事故的，要严肃追究相关人员责任。"),
        P("同志们，做好冬春火灾防控工作责任重大。我们要以更加务实的作风、更加有力的举措，坚决遏制较大以上火灾事故发生，为全区经济社会发展创造安全稳定的环境。"),
    ],
}

CSS = """
:root{--c:#1f5fae}*{box-sizing:border-box}
body{margin:0;font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;color:#262626;background:#fff}
a{color:inherit;text-decoration:none}
header{background:linear-gradient(90deg,#1f5fae,#3b86d1)}.in{max-width:1200px;margin:0 auto;padding:0 20px}
.util{display:flex;justify-content:flex-end;gap:18px;font-size:13px;color:#e3efff;padding:8px 0}
.brand{display:flex;align-items:center;justify-content:space-between;padding:16px 0 22px}.brand img{width:400px;height:64px}
.brand form{display:flex}.brand input{width:280px;height:40px;border:0;border-radius:20px 0 0 20px;padding:0 16px}.brand button{border:0;border-radius:0 20px 20px 0;background:#ffb400;padding:0 20px}
nav{background:#fff;box-shadow:0 1px 6px rgba(0,0,0,.1)}nav ul{display:flex;list-style:none;margin:0 auto;max-width:1200px;padding:0}nav li{flex:1;text-align:center;line-height:56px;font-size:17px}
.bc{font-size:14px;color:#8c8c8c;padding:18px 0}.bc a{color:#8c8c8c}
article{max-width:900px;margin:0 auto 40px}
article h1{font-size:30px;line-height:1.45;text-align:center;margin:0}
.sub{text-align:center;font-size:20px;color:#444;margin:10px 0 0}
.speaker{text-align:center;font-size:17px;font-family:"KaiTi",serif;margin:14px 0 0}
.info{display:flex;flex-wrap:wrap;justify-content:center;gap:8px 24px;font-size:14px;color:#999;border-top:1px solid #eee;border-bottom:1px solid #eee;padding:10px 0;margin:22px 0}
.size a{padding:0 4px}
.body{font-size:18px;line-height:2}.body p{text-indent:2em;margin:0 0 1em}.body h3{font-size:18px;font-family:"SimHei",sans-serif;text-indent:2em;margin:0 0 1em}
.opt{display:flex;justify-content:space-between;font-size:14px;color:#888}
.more{background:#f6f8fb;padding:16px 24px;margin-top:24px}.more h4{margin:0 0 8px;color:var(--c)}.more li{line-height:2}
footer{background:#0f355f;color:#b8c8dc;text-align:center;font-size:13px;padding:28px 0;line-height:2.1}
"""


def render(p):
    body = rb(p["body"])
    return doc(p["title"] + " - 昆明市官渡区人民政府", CSS, f"""
<header><div class="in">
<div class="util"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁体版</a><a href="#">个人登录</a><a href="#">法人登录</a></div>
<div class="brand">{img("昆明市官渡区人民政府")}<form><input type="search" placeholder="搜索政策、办事、新闻"><button type="button">搜 索</button></form></div>
</div></header>
<nav><ul>{links(["首页", "走进官渡", "政务公开", "政务服务", "政民互动", "数据开放"], '<li><a href="#">{}</a></li>', '')}</ul></nav>
<div class="in">
<div class="bc">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">领导讲话</a> &gt; 正文</div>
<article>
<h1>{esc(p["title"])}</h1>
<p class="sub">——在全区冬春火灾防控工作会议上的讲话</p>
<p class="speaker">官渡区人民政府区长　李建华<br>（2025年11月10日）</p>
<div class="info"><span>发布时间：{p["publish_time"]}</span><span>来源：区政府办公室</span><span>浏览次数：392</span><span class="size">字号：<a href="#">大</a><a href="#">中</a><a href="#">小</a></span></div>
<div class="body">
{body}
</div>
<div class="opt"><span>【<a href="#">打印</a>】【<a href="#">关闭</a>】</span><span>分享到：<a href="#">微信</a> <a href="#">微博</a></span></div>
<div class="more"><h4>相关讲话</h4><ul>{links(["在全区安全生产和消防工作会议上的讲话", "在区政府第三次廉政工作会议上的讲话", "在全区一季度经济运行分析会上的讲话"], '<li><a href="#">{}</a></li>')}</ul></div>
</article></div>
<footer>主办：昆明市官渡区人民政府办公室　承办：官渡区融媒体中心<br>
网站标识码：5301110001　滇ICP备05004417号-1　滇公网安备 53011102000287号<br>
<a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私政策</a>　　{img("党政机关")} {img("政府网站找错")}</footer>
""")
