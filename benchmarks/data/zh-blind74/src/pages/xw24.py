# 安吉新闻网 (county 融媒体中心) -- 2020 design, author field "记者 … 通讯员 …", 责任编辑/审核 at the end, info bar ABOVE headline row
from lib import *

META = dict(
    id="xw-24", kind="media", lang="zh",
    title="白茶开采以来茶农户均增收超3万元",
    authors=["俞佳琪", "章梦婷"],
    publish_time="2025-04-26 10:12:05",
)

BODY = [
    P("随着最后一批鲜叶采摘完毕，我县今年春茶采制已基本进入尾声。记者从县农业农村局了解到，今年春茶生产期间天气总体有利，全县白茶产量约2050吨，产值32亿元左右，茶农户均增收超过3万元。"),
    P("在溪龙乡的一家茶叶合作社，揉捻机、烘干机仍在有序运转。合作社负责人沈建明告诉记者，今年他们对加工车间进行了清洁化改造，茶叶品质更加稳定，高端茶的比例从去年的四成提高到了五成多，“收购价每斤比去年高了五六十元”。"),
    P("今年，我县继续推行茶叶“订单收购+保底价”模式，引导龙头企业与茶农签订收购协议，全县签约茶园面积达到6.8万亩。同时，县里组织农技专家开展“春茶护航”服务，针对倒春寒、病虫害等风险提前发布预警，帮助茶农稳产增效。"),
    P("“品牌好了，茶叶才卖得上价。”县茶产业协会负责人介绍，今年全县茶企通过直播电商销售的比例明显上升，有的企业线上销售额已占到总销售额的三分之一。下一步，县里将加强茶叶品牌授权管理，严厉打击假冒伪劣，维护区域公用品牌声誉。"),
]

STYLE = dict(p='<div class="aj-p">{}</div>')

CSS = """
body{margin:0;font-family:"Microsoft YaHei";background:#eef4ef;color:#333}
.aj-hd{background:#2e7d32}
.aj-hd .c{width:1180px;margin:0 auto;height:96px;display:flex;align-items:center;justify-content:space-between;color:#fff}
.aj-hd a{color:#fff;font-size:13px;margin-left:10px}
.aj-nav{background:#1b5e20}
.aj-nav .c{width:1180px;margin:0 auto}
.aj-nav a{color:#fff;display:inline-block;padding:12px 18px}
.aj-page{width:1180px;margin:14px auto;background:#fff;padding:20px 60px}
.aj-path{color:#888;font-size:13px;margin-bottom:12px}
.aj-top-info{font-size:13px;color:#777;background:#f4f9f4;padding:8px 12px}
.aj-top-info em{font-style:normal;margin:0 6px;color:#bbb}
.aj-page h1{font-size:28px;text-align:center;margin:22px 0}
.aj-p{font-size:17px;line-height:1.9;text-indent:2em;margin-bottom:14px}
.aj-edit{text-align:right;font-size:14px;color:#888;margin-top:20px}
.aj-hot{margin-top:26px}
.aj-hot li{line-height:2;font-size:14px}
.aj-ft{background:#1b5e20;color:#c8e6c9;text-align:center;padding:20px;font-size:12px;line-height:2}
"""


def page(body):
    m = META
    return f"""
<div class="aj-hd"><div class="c">{img("安吉新闻网 安吉县融媒体中心", 400, 64)}<div><a href="#">爱安吉APP</a><a href="#">数字报</a><a href="#">无障碍</a><br><input type="text" placeholder="搜索"><button type="button">搜索</button></div></div></div>
<div class="aj-nav"><div class="c"><a href="#">首页</a><a href="#">安吉新闻</a><a href="#">乡镇街道</a><a href="#">部门动态</a><a href="#">两山视界</a><a href="#">视听安吉</a><a href="#">专题</a></div></div>
<div class="aj-page">
<div class="aj-path">当前位置：首页 » 安吉新闻 » 经济</div>
<div class="aj-top-info">作者：记者 俞佳琪 通讯员 章梦婷<em>/</em>来源：安吉新闻<em>/</em>时间：{m['publish_time']}<em>/</em>阅读：3207</div>
<h1>{m['title']}</h1>
{body}
<div class="aj-edit">责任编辑：潘颖　审核：杨志刚</div>
<div class="aj-hot"><b>相关新闻</b><ul>
<li><a href="#">安吉白茶开采节在溪龙乡举行</a> 2025-03-28</li>
<li><a href="#">我县发布2025年春茶生产技术指导意见</a> 2025-03-12</li>
<li><a href="#">春茶采摘高峰 县里组织“招工专列”</a> 2025-04-02</li>
</ul></div>
</div>
<div class="aj-ft">
安吉县融媒体中心主办　地址：安吉县递铺街道昌硕东路1号　新闻热线：0572-5126789<br>
浙ICP备07006815号　互联网新闻信息服务许可证：33120170032　浙公网安备 33052302000112号
</div>
"""
