# 扬州市江都区人民政府 -- 政府文件 (批复), 2016-style 信息公开 page, metadata in a definition grid, no date line under the title
from lib import *

META = dict(
    id="xw-09", kind="government", lang="zh",
    title="江都区人民政府关于同意设立仙女镇龙川社区居民委员会的批复",
    authors=[],
    publish_time="2025-04-24",
)

BODY = [
    X('<div class="jd-wh">扬江政复〔2025〕12号</div>'),
    P("仙女镇人民政府：", fmt='<div class="jd-zs">{}</div>'),
    P("你镇《关于设立龙川社区居民委员会的请示》（仙政〔2025〕21号）收悉。经研究，现批复如下："),
    P("一、同意设立仙女镇龙川社区居民委员会。龙川社区由原双塘社区析出的龙川花园、龙川新村、滨河雅苑3个居民小区组成，东至龙川北路，南至新都路，西至滨河西路，北至三元路，总面积约1.3平方公里，现有居民2860户、8100余人。"),
    P("二、龙川社区居民委员会办公地点设在龙川花园12幢东侧社区综合服务用房。"),
    P("三、你镇要按照有关法律法规，依法组织开展社区居民委员会选举工作，配齐配强社区工作力量，健全社区党组织和居民自治组织，完善社区服务设施，确保社区各项工作平稳有序开展。"),
    P("四、社区设立后所需工作经费，按照现行财政体制由你镇承担。"),
    P("扬州市江都区人民政府", fmt='<div class="jd-lk">{}</div>'),
    P("2025年4月21日", fmt='<div class="jd-lk">{}</div>'),
]

STYLE = dict(p='<div class="jd-zw">{}</div>')

CSS = """
body{margin:0;font-size:14px;font-family:"微软雅黑";background:#ececec}
.jd-page{width:1002px;margin:0 auto;background:#fff}
.jd-ban{height:150px;background:#b80d0d;position:relative}
.jd-ban .kit{position:absolute;right:10px;top:8px;color:#fff;font-size:12px}
.jd-ban .kit a{color:#fff}
.jd-nav{background:#8e0808;height:40px;line-height:40px}
.jd-nav a{color:#fff;padding:0 17px;font-size:15px}
.jd-where{padding:10px 14px;background:#f6f6f6;border-bottom:1px solid #ddd}
.jd-xxgk{margin:16px 24px;border:1px solid #e0c9c9;background:#fffaf7;display:grid;grid-template-columns:90px 1fr 90px 1fr;font-size:13px}
.jd-xxgk div{padding:5px 8px;border-bottom:1px solid #f0dede}
.jd-xxgk .l{color:#8e0808;font-weight:bold}
.jd-doc-title{font-size:22px;color:#b80d0d;text-align:center;margin:26px 40px 18px;font-weight:bold}
.jd-wh{text-align:center;margin-bottom:18px}
.jd-zs{font-size:16px;padding:0 40px}
.jd-zw{font-size:16px;line-height:30px;text-indent:2em;padding:0 40px}
.jd-lk{text-align:right;font-size:16px;padding:0 80px;line-height:30px}
.jd-ops{text-align:right;padding:20px 40px;color:#999}
.jd-bot{background:#8e0808;color:#fff;text-align:center;padding:14px;font-size:12px;line-height:22px}
"""


def page(body):
    m = META
    return f"""
<div class="jd-page">
<div class="jd-ban">{img("中国·江都 扬州市江都区人民政府", 600, 120)}<div class="kit"><a href="#">无障碍</a> | <a href="#">长者版</a> | <a href="#">繁体</a> | <a href="#">收藏本站</a></div></div>
<div class="jd-nav"><a href="#">首页</a><a href="#">江都概况</a><a href="#">新闻中心</a><a href="#">信息公开</a><a href="#">网上办事</a><a href="#">公众参与</a><a href="#">投资江都</a><a href="#">文化旅游</a></div>
<div class="jd-where">您当前的位置是：<a href="#">首页</a>→<a href="#">信息公开</a>→<a href="#">政府文件</a>→<a href="#">江政复</a></div>
<div class="jd-xxgk">
<div class="l">索 引 号：</div><div>014139458/2025-00317</div><div class="l">分　　类：</div><div>民政、扶贫、救灾；批复</div>
<div class="l">发布机构：</div><div>江都区人民政府</div><div class="l">成文日期：</div><div>2025-04-21</div>
<div class="l">文　　号：</div><div>扬江政复〔2025〕12号</div><div class="l">发布日期：</div><div>{m['publish_time']}</div>
<div class="l">主 题 词：</div><div>社区 批复</div><div class="l">有 效 性：</div><div>有效</div>
</div>
<div class="jd-doc-title">{m['title']}</div>
{body}
<div class="jd-ops">【<a href="#">我要打印</a>】【<a href="#">关闭窗口</a>】</div>
<div class="jd-bot">
主办单位：扬州市江都区人民政府办公室　地址：扬州市江都区龙川北路1号<br>
苏ICP备05019348号　苏公网安备 32101202000058号　网站标识码：3210120002<br>
本站最佳浏览分辨率1024*768
</div>
</div>
"""
