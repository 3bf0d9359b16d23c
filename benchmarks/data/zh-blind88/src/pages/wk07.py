"""wk-07: 山西 区政府 site, 乡镇动态 (2017 design); 文/图 byline line with a spaced two-character name."""
from lib import *

PAGE = dict(id="wk-07", kind="government", lang="zh",
            title="上村镇掀起冬季农田水利基本建设热潮",
            authors=["李娜"], publish_time="2025-11-13 16:05")

BLOCKS = [
    BY("文/图 李&nbsp;&nbsp;娜", f=lambda t, b: f'<p class="author" style="text-align:center">{t}</p>'),
    P("立冬过后，走进屯留区上村镇的田间地头，挖掘机来回穿梭，运输车往来不断，施工人员正抢抓封冻前的有利时机，清淤渠道、平整土地、铺设管道，处处是一派热火朝天的冬季农田水利建设景象。"),
    P("今年，上村镇把冬季农田水利基本建设作为夯实粮食生产基础的重要抓手，统筹高标准农田建设、水毁工程修复等项目资金860余万元，重点实施以下工程："),
    L(["一是渠系清淤工程。对全镇14条主要支渠进行集中清淤，清理淤泥1.2万立方米；",
       "二是高效节水工程。在西贾、东坡等5个村铺设地埋管道18公里，新增高效节水灌溉面积3200亩；",
       "三是机井配套工程。新打机井6眼，维修配套旧井23眼；",
       "四是田间道路工程。修复水毁田间道路9.6公里。"]),
    IMG("", "施工人员在西贾村铺设灌溉管道"),
    P("为确保工程质量，镇里实行“一个项目、一名班子成员、一支施工队伍”包联机制，班子成员每天到现场盯进度、查质量。西贾村党支部书记郭建平说：“往年一到浇地就得排队，管道铺好以后，一口井能管二百多亩地，明年春灌就不愁了。”"),
    P("截至11月12日，全镇已完成投资的65%，预计12月上旬全部完工。工程完工后，全镇有效灌溉面积将提高到4.1万亩，为明年粮食稳产增产打下坚实基础。"),
]

CSS = """
body{margin:0;font-family:"微软雅黑";font-size:14px;background:#eef1f5}
.wrapper{width:1100px;margin:0 auto;background:#fff}
.header{height:150px;background:#c8102e;display:flex;align-items:center;justify-content:space-between;padding:0 30px}
.header .logo{color:#ffe7a3;font-size:36px;font-weight:bold}.header .logo span{display:block;font-size:14px;color:#fff;font-weight:normal}
.header .right a{color:#fff;font-size:12px;margin-left:8px}
.nav{background:#a50d25;height:46px}.nav a{display:inline-block;color:#fff;line-height:46px;padding:0 22px;font-size:16px;text-decoration:none}
.subnav{background:#f8eaea;padding:6px 20px;font-size:13px}.subnav a{color:#a50d25;margin-right:16px}
.position{padding:10px 20px;font-size:12px;color:#666}
.detail{padding:0 70px 30px}
.detail .title{font-size:24px;font-weight:bold;text-align:center;color:#222;padding:16px 0}
.detail .info{font-size:12px;color:#888;text-align:center;background:#f5f5f5;line-height:32px}
.detail .info span{margin:0 10px}
.detail .con{font-size:16px;line-height:2;margin-top:18px}.detail .con p{text-indent:2em;margin:6px 0}
.detail .con .author,.detail .con .pic-cap{text-indent:0}.detail .con ul{list-style:none;padding-left:2em;margin:4px 0}
.detail .con img{width:600px;height:380px;background:#ddd}
.page{border-top:1px solid #eee;margin-top:24px;padding-top:10px;font-size:13px}.page a{color:#333}
.footer{background:#eee;border-top:3px solid #c8102e;text-align:center;color:#555;font-size:12px;line-height:24px;padding:14px 0}
"""


def render():
    bh, gold = body(BLOCKS, p="p")
    html = f"""
<div class="wrapper">
<div class="header"><div class="logo">长治市屯留区人民政府<span>www.tunliu.gov.cn</span></div>
<div class="right"><a href="#">无障碍</a><a href="#">关怀模式</a><a href="#">简体</a><a href="#">繁体</a><a href="#">设为首页</a><br><br>
<input type="text" placeholder="请输入关键字"><button>搜索</button></div></div>
<div class="nav">{links(["首页","走进屯留","新闻中心","政务公开","政务服务","互动交流","专题专栏"])}</div>
<div class="subnav">乡镇动态：<a href="#">麟绛镇</a><a href="#">上村镇</a><a href="#">渔泽镇</a><a href="#">余吾镇</a><a href="#">吾元镇</a><a href="#">张店镇</a><a href="#">丰宜镇</a><a href="#">李高乡</a><a href="#">路村乡</a></div>
<div class="position">当前位置：<a href="#">首页</a> - <a href="#">新闻中心</a> - <a href="#">乡镇动态</a> - 上村镇</div>
<div class="detail">
<div class="title">{PAGE["title"]}</div>
<div class="info"><span>发布时间：2025-11-13 16:05</span><span>来源：上村镇人民政府</span><span>浏览次数：428</span></div>
<div class="con">
{bh}
</div>
<div class="page"><p>上一篇：<a href="#">渔泽镇开展冬季森林防火专项检查</a></p><p>下一篇：<a href="#">余吾镇召开农村人居环境整治推进会</a></p></div>
</div>
<div class="footer">主办单位：长治市屯留区人民政府办公室　承办单位：长治市屯留区融媒体中心<br>
晋ICP备05005120号-1　晋公网安备 14040502000028号　网站标识码：1404050001<br>
您是本站第 3891207 位访客</div>
</div>
"""
    return doc(PAGE["title"] + "--长治市屯留区人民政府", CSS, html), gold
