# 天津晚报网站（虚构“津门晚报网”），2016 年门户式：信息栏里有 来源/作者/编辑，图片说明里有摄影
from blocks import P, IMG, Q, render as rb
from common import doc, links, img, esc

PAGE = {
    "id": "wj-14", "kind": "media", "lang": "zh",
    "title": "海河夜游新增三条航线 冬季夜游票价最低68元",
    "authors": ["刘畅"],
    "publish_time": "2025年11月12日 08:12",
    "body": [
        P("昨天，记者从海河游船运营方获悉，今冬海河夜游将新增“津湾广场—北洋园”“古文化街—天津站”“大悲院—金刚桥”三条航线，并首次推出冬季夜游优惠票，成人票价最低68元。"),
        IMG("游客乘船夜游海河", "游客乘船夜游海河。　摄影 王磊"),
        P("据介绍，新增的三条航线单程时长在40分钟到60分钟之间，游船全部换装了封闭式暖舱，舱内温度保持在20℃左右。每晚18时至21时30分，每隔30分钟发一班船，周末和节假日将加密至每20分钟一班。"),
        P("为了让冬季夜游更有“津味儿”，部分航班还在船上安排了相声、快板和天津时调表演，游客可以一边欣赏两岸灯光，一边听一段地道的天津曲艺。"),
        Q("“冬天看海河，灯光比夏天更亮、更通透，就是以前船上太冷，现在有了暖舱，带老人孩子来也放心。”从北京来津旅游的张女士说。"),
        P("运营方工作人员提醒，冬季夜游票可通过“海河游船”小程序提前预约，60岁以上老人、1.2米以下儿童以及现役军人凭有效证件可享受半价优惠。遇大风、大雾等恶劣天气，航班可能临时取消，游客可在小程序内免费退票。"),
    ],
}

CSS = """
body{margin:0;background:#fff;font:14px/1.7 "微软雅黑",Arial;color:#333}a{color:#333;text-decoration:none}
#top{background:#f4f4f4;border-bottom:1px solid #e1e1e1;height:32px;line-height:32px;font-size:12px}#top .w{width:1000px;margin:auto}
#top span{float:right}#top a{margin:0 6px;color:#666}
#head{width:1000px;margin:auto;height:90px;position:relative}#head img{position:absolute;top:18px;width:260px;height:56px}
#head .ad{position:absolute;right:0;top:15px;width:600px;height:60px;background:#f7f7f7;text-align:center;color:#bbb;line-height:60px}
#nav{background:#00509d;height:40px}#nav .w{width:1000px;margin:auto}#nav a{color:#fff;float:left;padding:0 15px;line-height:40px;font-size:15px;font-weight:bold}
.w{width:1000px;margin:auto}
.path{line-height:36px;color:#666;font-size:12px;border-bottom:1px solid #ddd}
#l{float:left;width:660px}#r{float:right;width:300px}
h1{font-size:26px;line-height:38px;margin:22px 0 10px;color:#111}
.info{color:#888;font-size:12px;border-bottom:1px dotted #ccc;padding-bottom:8px}
.info span{margin-right:14px}.info em{font-style:normal;float:right}
#text{font-size:16px;line-height:30px;padding-top:10px}#text p{margin:0 0 18px;text-indent:2em}
#text p.pic{text-align:center;text-indent:0;margin:0}#text p.pic img{width:600px;height:380px}#text p.cap{text-align:center;text-indent:0;color:#555;font-size:14px;font-family:楷体,KaiTi}
#text blockquote{margin:0 0 18px;text-indent:2em}
.tools{text-align:right;color:#666;font-size:12px;border-top:1px solid #eee;padding:8px 0}
.box{border:1px solid #ddd;margin-bottom:14px}.box h3{margin:0;background:#f2f6fb;font-size:14px;padding:6px 10px;border-bottom:2px solid #00509d}.box ul{margin:6px 0;padding-left:22px;font-size:13px;line-height:26px}
#foot{clear:both;border-top:3px solid #00509d;text-align:center;font-size:12px;color:#666;padding:14px;line-height:22px}
"""


def render(p):
    body = rb(p["body"], img='<p class="pic"><img src="{gif}" alt="{alt}"></p>{cap}', cap='<p class="cap">{}</p>')
    return doc(p["title"] + "_津门晚报网", CSS, f"""
<div id="top"><div class="w"><span><a href="#">登录</a>|<a href="#">注册</a>|<a href="#">手机版</a></span>津门晚报网 — 天津城市生活门户</div></div>
<div id="head">{img("津门晚报网")}<div class="ad">广告</div></div>
<div id="nav"><div class="w">{links(["首页", "天津", "民生", "财经", "文体", "旅游", "房产", "汽车", "健康", "图片", "专题"], '<a href="#">{}</a>', '')}</div></div>
<div class="w">
<div class="path">您的位置：<a href="#">津门晚报网</a> &gt; <a href="#">天津</a> &gt; <a href="#">城市</a> &gt; 正文</div>
<div id="l">
<h1>{esc(p["title"])}</h1>
<div class="info"><span>来源：津门晚报</span><span>作者：刘畅</span><span>编辑：郭瑞</span><span>{p["publish_time"]}</span><em>[字号 <a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]　<a href="#">打印</a>　<a href="#">评论(14)</a></em></div>
<div id="text">
{body}
</div>
<div class="tools">分享到：新浪微博　微信　QQ空间　　<a href="#">[纠错]</a> <a href="#">[打印]</a> <a href="#">[关闭]</a></div>
<div style="line-height:26px;font-size:14px"><b>延伸阅读：</b><br>{links(["五大道冬季灯光秀本周五开幕", "天津之眼冬季开放时间调整", "意式风情区将举办圣诞集市"], '· <a href="#">{}</a><br>', '')}</div>
</div>
<div id="r">
<div class="box"><h3>24小时排行</h3><ul>{links(["地铁4号线北段最新进展", "天津今冬首场降雪或在下周", "南开大学公布冬季开放日安排", "多区启动集中供热试运行", "滨海新区新添两条公交线路"], '<li><a href="#">{}</a></li>')}</ul></div>
<div class="box"><h3>图片新闻</h3><p style="text-align:center">{img("银杏大道迎来最佳观赏期")}<br>银杏大道迎来最佳观赏期</p></div>
</div>
</div>
<div id="foot"><a href="#">关于我们</a> | <a href="#">广告服务</a> | <a href="#">联系方式</a> | <a href="#">版权声明</a><br>
津门晚报网 版权所有　津ICP备12004537号　互联网新闻信息服务许可证编号：12120170003<br>
本网站所刊登的各种新闻、信息和各种专题专栏资料，均为津门晚报网版权所有，未经协议授权，禁止下载使用。</div>
""")
