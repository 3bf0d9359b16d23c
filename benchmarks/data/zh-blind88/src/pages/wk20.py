"""wk-20: 吉林 city news portal, 2012 table layout, headline printed on two lines, bracketed date."""
from lib import *

PAGE = dict(id="wk-20", kind="media", lang="zh",
            title="吉林市迎来今冬首场降雪2300余名环卫工人连夜清雪保畅通",
            authors=["刘洋"], publish_time="2025-11-15 08:40")

BLOCKS = [
    P("　　11月14日傍晚开始，我市迎来今冬首场降雪。记者从市城市管理局了解到，截至15日6时，全市平均降雪量达6.8毫米，市区主次干道积雪已基本清除，城市交通运行平稳有序。"),
    P("　　14日18时，市城市管理局启动清雪应急预案，组织环卫工人2300余名、各类清雪机械260台（套），对解放大路、吉林大街、松江路等主要道路和桥梁坡道实施“机械+人工”联合作业。凌晨时分，在江湾大桥上，撒布车缓缓驶过，环卫工人紧随其后清理桥面护栏边的积雪。"),
    P("　　“雪一停就得上，桥面结了冰就不好弄了。”环卫工人赵秀梅已经在这座桥上干了十几年清雪，她说，“早清干净一点，上班的人路上就安全一点。”"),
    P("　　记者在船营区、丰满区部分背街小巷看到，不少社区志愿者和沿街商户也拿起扫帚、推雪板，自发清扫门前积雪。市交警支队出动警力600余人次，在重点路口、坡道加强疏导，全市未发生因降雪导致的严重交通拥堵。"),
    P("　　据市气象台预报，未来三天我市以晴好天气为主，最低气温将降至零下16℃，路面易结冰。市城市管理局提醒广大市民，出行时注意防寒保暖，驾车出行要减速慢行、保持车距。"),
]

CSS = """
body{margin:0;background:#fff;font-size:12px;font-family:"宋体"}
td{font-size:12px}
.logo{background:#0a4d8c;height:90px;color:#fff;font:bold 30px "黑体";padding-left:20px}
.menu td{background:#0a4d8c;border-left:1px solid #3b78b5;text-align:center;height:28px}.menu a{color:#fff;font-size:14px;text-decoration:none}
.sub td{background:#e8f0f8;height:26px;color:#0a4d8c}
.pos{height:28px;border-bottom:1px solid #0a4d8c}
.tit{font:bold 22px/1.5 "黑体";color:#000;text-align:center;padding:18px 0 8px}
.info{color:#555;text-align:center;height:26px;background:#f2f2f2}
.info a{color:#555}
.nr{font-size:14px;line-height:26px;padding:10px 20px}.nr p{margin:0 0 10px}
.zr{text-align:right;color:#555;padding-right:20px}
.box td{border:1px solid #c8d6e5}
.foot{border-top:3px solid #0a4d8c;text-align:center;line-height:22px;color:#333;padding-top:6px}
"""


def render():
    bh, gold = body(BLOCKS, pf=lambda t, b: f"<p>{t}</p>")
    html = f"""
<table width="960" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td class="logo">{img("江城网", gif=True)}江城网 <font size="2">吉林市重点新闻网站</font></td><td class="logo" align="right"><font size="2"><a href="#" style="color:#fff">设为首页</a> <a href="#" style="color:#fff">加入收藏</a> <a href="#" style="color:#fff">无障碍浏览</a></font></td></tr>
</table>
<table width="960" align="center" class="menu" cellpadding="0" cellspacing="0"><tr>
<td><a href="#">首页</a></td><td><a href="#">江城新闻</a></td><td><a href="#">县市区</a></td><td><a href="#">社会</a></td><td><a href="#">图片</a></td><td><a href="#">专题</a></td><td><a href="#">论坛</a></td><td><a href="#">江城日报</a></td><td><a href="#">江城晚报</a></td></tr></table>
<table width="960" align="center" class="sub"><tr><td>今天是：2025年11月15日 星期六　　<form style="display:inline"><input type="text" size="16"> <input type="submit" value="站内搜索"></form></td></tr></table>
<table width="960" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="680" valign="top">
<table width="100%" class="pos"><tr><td>您现在的位置：<a href="#">江城网</a> &gt;&gt; <a href="#">江城新闻</a> &gt;&gt; 正文</td></tr></table>
<div class="tit">吉林市迎来今冬首场降雪<br>2300余名环卫工人连夜清雪保畅通</div>
<div class="info">[2025-11-15 08:40]　来源：江城日报　作者：刘洋　字号：<a href="#">T</a>|<a href="#">T</a></div>
<div class="nr">
{bh}
</div>
<div class="zr">责任编辑：徐丽娟</div>
<table width="100%"><tr><td>【<a href="#">打印</a>】【<a href="#">关闭</a>】【<a href="#">发表评论</a>】</td></tr></table>
</td>
<td width="20"></td>
<td width="260" valign="top">
<table width="100%" class="box" cellspacing="0"><tr><td bgcolor="#0a4d8c"><font color="#fff"><b>图片新闻</b></font></td></tr><tr><td>{img("雪后松花江畔雾凇初现", gif=True)}<br>雪后松花江畔雾凇初现</td></tr></table>
<br>
<table width="100%" class="box" cellspacing="0"><tr><td bgcolor="#0a4d8c"><font color="#fff"><b>热点排行</b></font></td></tr>
<tr><td>1. <a href="#">我市公布今冬供热投诉电话</a><br>2. <a href="#">北大湖滑雪场开板迎客</a><br>3. <a href="#">市区部分公交线路临时调整</a><br>4. <a href="#">吉林市雾凇冰雪节12月开幕</a></td></tr></table>
</td></tr></table>
<table width="960" align="center" class="foot"><tr><td>
<a href="#">关于我们</a> | <a href="#">广告服务</a> | <a href="#">联系方式</a> | <a href="#">版权声明</a><br>
江城日报社主办　新闻热线：0432-62405108<br>
吉ICP备05002088号　互联网新闻信息服务许可证：22120060004</td></tr></table>
"""
    return doc(PAGE["title"] + "-江城网", CSS, html), gold
