"""wk-06: 辽宁 区政府 site, 街道动态 column (2015 float layout); closing 通讯员 byline on its own line."""
from lib import *

PAGE = dict(id="wk-06", kind="government", lang="zh",
            title="泉水街道开展冬季消防安全“敲门行动”",
            authors=["于洋", "曲丽娜"], publish_time="2025年11月12日")

BLOCKS = [
    P("为进一步提升辖区居民冬季消防安全意识，防范和遏制火灾事故发生，11月以来，泉水街道组织社区网格员、物业人员和志愿者，在辖区12个社区开展冬季消防安全“敲门行动”。"),
    P("行动中，工作人员逐户敲门走访，重点查看居民家中电动自行车停放充电、电取暖器使用和燃气管线连接等情况，发放《冬季防火安全提示》，手把手教居民使用灭火器、检查燃气软管是否老化。对楼道内堆放杂物、私拉电线为电动车充电等问题，现场督促整改。"),
    IMG("", "网格员向居民讲解燃气安全知识"),
    P("针对独居老人、残疾人等特殊群体，街道建立“一户一档”，为78户困难家庭免费更换燃气报警器和老化软管。泉水一社区居民刘大爷说：“他们来得勤，讲得也细，现在我睡觉前都要把插座拔了再躺下。”"),
    P("截至目前，街道已累计走访居民1.6万余户，排查整改各类隐患213处，清理楼道杂物86车次。下一步，泉水街道将把“敲门行动”与日常网格巡查相结合，持续织密基层消防安全防护网，守护辖区居民平安过冬。"),
    BY("（通讯员 于洋 曲丽娜）", f=lambda t, b: f'<p style="text-align:right">{t}</p>'),
]

CSS = """
body{margin:0;background:#dfe7ef;font:12px/1.8 宋体}
.container{width:1002px;margin:0 auto;background:#fff}
.logo{height:140px;background:#1e73be;position:relative}
.logo h1{margin:0;color:#fff;font:bold 34px/140px 微软雅黑;padding-left:40px}
.logo .t{position:absolute;right:20px;top:10px;color:#fff}.logo .t a{color:#fff}
.mainnav{height:42px;background:#0e5ba3}.mainnav a{float:left;width:125px;text-align:center;color:#fff;font:15px/42px 微软雅黑;text-decoration:none}
.notice{height:30px;line-height:30px;border-bottom:1px solid #d3dee9;padding:0 10px}
.l{float:left;width:230px;padding:10px}.l .tt{background:#1e73be;color:#fff;font-size:14px;padding:4px 10px}
.l ul{margin:0;padding:6px 0 6px 20px}.l li{line-height:26px;font-size:13px}
.r{float:right;width:730px;padding:10px 12px 20px}
.wz{border-bottom:2px solid #1e73be;padding-bottom:4px;color:#333}
.bt{font:bold 20px/1.6 微软雅黑;color:#000;text-align:center;margin-top:22px}
.sx{text-align:center;color:#666;border-bottom:1px dotted #999;padding:6px 0;margin-bottom:10px}
.nr{font-size:14px;line-height:2}.nr p{text-indent:2em;margin:8px 0}.nr .pic-cap{text-indent:0}
.nr img{width:500px;height:330px;background:#ccd}
.cz{text-align:right;margin:14px 0}.cz a{color:#0e5ba3}
.clear{clear:both}
.foot{background:#0e5ba3;color:#fff;text-align:center;padding:10px;line-height:22px}
"""


def render():
    bh, gold = body(BLOCKS, p="p")
    html = f"""
<div class="container">
<div class="logo"><h1>大连市甘井子区人民政府</h1>
<div class="t"><a href="#">无障碍浏览</a>　<a href="#">长者版</a>　<a href="#">繁體中文</a>　<a href="#">English</a></div></div>
<div class="mainnav">{links(["首 页","政务公开","甘井子概况","政务服务","公众参与","街道动态","专题专栏","数据发布"])}</div>
<div class="notice">今天是：2025年11月12日　星期三　　<input type="text" placeholder="站内搜索"> <button>搜索</button></div>
<div class="l"><div class="tt">街道动态</div>
<ul><li><a href="#">周水子街道</a></li><li><a href="#">椒金山街道</a></li><li><a href="#">泉水街道</a></li><li><a href="#">红旗街道</a></li><li><a href="#">凌水街道</a></li><li><a href="#">中华路街道</a></li><li><a href="#">辛寨子街道</a></li><li><a href="#">大连湾街道</a></li></ul></div>
<div class="r">
<div class="wz">您现在的位置：<a href="#">首页</a> &gt; <a href="#">街道动态</a> &gt; <a href="#">泉水街道</a></div>
<div class="bt">{PAGE["title"]}</div>
<div class="sx">信息来源：泉水街道办事处　　发布日期：2025年11月12日　　点击：</div>
<div class="nr">
{bh}
</div>
<div class="cz"><a href="#">【打印】</a> <a href="#">【关闭】</a></div>
</div>
<div class="clear"></div>
<div class="foot">主办：大连市甘井子区人民政府办公室　　地址：大连市甘井子区华北路219号<br>
辽ICP备05012093号　　辽公网安备 21021102000312号　　网站标识码：2102110004</div>
</div>
"""
    return doc(PAGE["title"] + "-大连市甘井子区人民政府", CSS, html), gold
