# 南通市海门区人民政府 -- 区镇动态 (常乐镇), 2021 design; info bar ABOVE the headline
from lib import *

META = dict(
    id="xw-05", kind="government", lang="zh",
    title="常乐镇稻麦轮作示范方小麦长势喜人",
    authors=["黄敏"],
    publish_time="2025年04月23日",
)

BODY = [
    P("眼下正值小麦拔节孕穗的关键期，走进常乐镇万亩稻麦轮作示范方，放眼望去，一垄垄麦苗整齐茁壮、青翠欲滴，田间不时能看到农技人员和种植户查看苗情、开沟清墒的身影。"),
    IMG("农技人员在示范方查看小麦苗情", "农技人员在示范方查看小麦苗情"),
    P("“今年播种时我们用了宽幅精播技术，出苗匀，分蘖也足，现在每亩茎蘖数比去年同期多了三四万。”种植大户施建华一边拨开麦丛一边介绍。他流转了420亩土地，全部采用“水稻—小麦”轮作模式，去年秋播前还在镇农业服务中心的指导下完成了秸秆全量还田和土壤深翻。"),
    P("为确保夏粮丰收，常乐镇组织农技人员分片包干，深入田间地头开展技术指导，重点做好以下工作："),
    LI([
        "清沟理墒，做到“三沟”配套、雨停田干，防止渍害发生；",
        "科学施用拔节孕穗肥，促进穗大粒多；",
        "加强赤霉病、纹枯病等病虫害监测，抓住齐穗至扬花初期适期防治。",
    ]),
    P("镇农业服务中心主任陶国庆介绍，全镇今年小麦种植面积3.2万亩，目前苗情总体好于常年，一、二类苗占比达到92%。镇里已储备植保无人机18架，与3家专业化服务组织签订了统防统治协议，确保病虫害防治“不漏一块田”。"),
]

STYLE = dict(
    p='<p style="text-indent:2em;margin:0 0 14px">{}</p>',
    ul='<ul class="cl-ul">{}</ul>',
    img='<div class="cl-img"><img src="' + GIF + '" alt="{alt}" width="600" height="400"></div>',
    cap='<div class="cl-imgdesc">{}</div>',
)

CSS = """
*{box-sizing:border-box}
body{margin:0;font-family:"Source Han Sans CN","Microsoft YaHei";color:#262626}
.hm-bar{height:36px;background:#f3f3f3;font-size:13px;line-height:36px}
.hm-bar .c{width:1200px;margin:0 auto}
.hm-bar .right{float:right}
.hm-bar a{color:#444;margin-left:14px}
.hm-logo{width:1200px;margin:0 auto;height:120px;display:flex;align-items:center;justify-content:space-between}
.hm-nav{background:linear-gradient(#1f7ad6,#1360b0)}
.hm-nav ul{width:1200px;margin:0 auto;display:flex;list-style:none;padding:0}
.hm-nav li{flex:1;text-align:center;line-height:52px}
.hm-nav a{color:#fff;font-size:17px;text-decoration:none}
.hm-container{width:1200px;margin:0 auto;padding:10px 0 40px}
.hm-location{font-size:14px;color:#777;padding:12px 0}
.hm-infobar{display:flex;gap:26px;font-size:14px;color:#8a8a8a;border-bottom:1px solid #e6e6e6;padding-bottom:10px}
.hm-infobar .fs{margin-left:auto}
.hm-title{font-size:30px;font-weight:700;text-align:center;margin:26px 0}
.hm-text{font-size:17px;line-height:2}
.cl-img{text-align:center}
.cl-imgdesc{text-align:center;font-size:14px;color:#666;margin-bottom:14px}
.hm-bottom-links{margin-top:30px;border-top:1px solid #eee;padding-top:12px;font-size:14px}
.hm-footer{background:#1b2b3c;color:#a9b7c6;font-size:13px;padding:26px 0;text-align:center}
"""


def page(body):
    m = META
    return f"""
<div class="hm-bar"><div class="c">
<div class="right"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁體</a><a href="#">智能问答</a><a href="#">登录</a></div>
<span>2025年4月23日　星期三</span>
</div></div>
<div class="hm-logo">{img("南通市海门区人民政府", 460, 72)}<div><input type="search" placeholder="请输入您要搜索的内容"> <button>搜索</button></div></div>
<nav class="hm-nav"><ul>
<li><a href="#">首页</a></li><li><a href="#">新闻中心</a></li><li><a href="#">政府信息公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">互动交流</a></li><li><a href="#">走进海门</a></li>
</ul></nav>
<div class="hm-container">
<div class="hm-location">当前位置：<a href="#">首页</a> / <a href="#">新闻中心</a> / <a href="#">区镇动态</a></div>
<div class="hm-infobar">
<span>日期：{m['publish_time']}</span>
<span>来源：常乐镇</span>
<span>作者：黄敏</span>
<span>阅读：<em>904</em></span>
<span class="fs">字号：<a href="#">A+</a> <a href="#">A</a> <a href="#">A-</a></span>
</div>
<div class="hm-title">{m['title']}</div>
<div class="hm-text">
{body}
</div>
<div class="hm-bottom-links">
<a href="#">【打印】</a> <a href="#">【收藏】</a> <a href="#">【关闭】</a>
<p>上一条：<a href="#">余东镇举办2025年春季就业援助月专场招聘会</a></p>
<p>下一条：<a href="#">悦来镇开展“春风行动”农民工技能培训</a></p>
</div>
</div>
<div class="hm-footer">
<p><a href="#">关于本站</a> | <a href="#">网站地图</a> | <a href="#">联系我们</a></p>
<p>主办：南通市海门区人民政府办公室　网站标识码：3206840003</p>
<p>苏ICP备11044902号-1　苏公网安备32068402000326号　建议使用IE10以上版本或Chrome浏览器</p>
</div>
"""
