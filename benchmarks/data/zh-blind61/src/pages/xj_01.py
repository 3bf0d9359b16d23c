from lib import *

PAGE = dict(
    id="xj-01", kind="government", lang="zh",
    title="全省春耕生产现场推进会在铁岭召开",
    authors=["孙岩"],
    publish_time="2016-03-29 09:41:07",
    doc_title="全省春耕生产现场推进会在铁岭召开_工作动态_辽宁省农村经济委员会",
    pfmt="emsp", hfmt="emspb",
    features="2010s table layout; glued info bar under the headline with a spaced two-character author (孙  岩); "
             "photos with captions between paragraphs; 【字体：大 中 小】【打印】【关闭】; footer opening with a sentence.",
    css="""
body{margin:0;font:12px/1.8 宋体,SimSun;background:#eef3f8;color:#333}
table{border-collapse:collapse}
.top{width:1000px;margin:0 auto;background:#1d5ea8;color:#fff}
.top td{padding:4px 8px}
.logo{font:bold 30px 黑体;padding:18px 10px;color:#fff}
.nav td{background:#0f4c91;text-align:center;height:34px}
.nav a{color:#fff;font-size:14px;text-decoration:none}
.main{width:1000px;margin:8px auto;background:#fff}
.pos{border-bottom:1px solid #ccc;padding:6px 10px}
.tit{font:bold 22px/1.6 微软雅黑;text-align:center;color:#a00;padding:20px 30px 6px}
.info{text-align:center;color:#666;border-bottom:1px dashed #bbb;padding-bottom:6px}
.content{padding:10px 40px;font-size:16px;line-height:2}
.pic{text-align:center}
.pic-note{text-align:center;font-family:楷体;color:#036}
.tools{text-align:right;padding:6px 40px}
.foot{width:1000px;margin:0 auto;background:#1d5ea8;color:#fff;text-align:center;padding:10px 0}
.foot a{color:#fff}
""",
)

HTML = """
<table class="top" align="center"><tbody><tr>
<td>今天是：2016年3月29日</td>
<td align="right"><a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">无障碍浏览</a> | <a href="#">English</a></td>
</tr><tr><td class="logo" colspan="2">辽宁省农村经济委员会</td></tr></tbody></table>
<table class="top nav" align="center"><tbody><tr>
<td><a href="#">首　页</a></td><td><a href="#">机构概况</a></td><td><a href="#">政务公开</a></td><td><a href="#">工作动态</a></td>
<td><a href="#">政策法规</a></td><td><a href="#">网上办事</a></td><td><a href="#">公众参与</a></td><td><a href="#">专题专栏</a></td>
<td><form><input type="text" size="14" placeholder="请输入关键字"><input type="submit" value="搜索"></form></td>
</tr></tbody></table>
<table class="main" align="center"><tbody>
<tr><td class="pos">您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">工作动态</a> &gt;&gt; <a href="#">厅内动态</a></td></tr>
<tr><td class="tit">全省春耕生产现场推进会在铁岭召开</td></tr>
<tr><td class="info">发布时间：2016-03-29 09:41:07来源：种植业管理处作者：孙&nbsp;&nbsp;岩浏览次数：1326</td></tr>
<tr><td class="content">
{{BODY}}
</td></tr>
<tr><td class="tools">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</td></tr>
<tr><td style="padding:6px 40px">上一篇：<a href="#">省农委召开2016年党风廉政建设工作会议</a><br>下一篇：<a href="#">全省农村土地承包经营权确权登记颁证工作培训班开班</a></td></tr>
</tbody></table>
<div class="foot">
<p>如有疑问，请拨打省农委值班电话024-23257166。建议使用1024×768分辨率、IE8.0以上浏览器浏览本站。</p>
<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">使用帮助</a></p>
<p>主办：辽宁省农村经济委员会　承办：辽宁省农业信息中心</p>
<p>地址：沈阳市和平区南十一马路26号　邮编：110000　辽ICP备05031877号-2</p>
</div>
"""

BODY = [
    P("3月27日至28日，全省春耕生产现场推进会在铁岭市召开。会议传达了全省农村工作会议精神，实地观摩了昌图县、开原市的备耕现场，总结了前一阶段备春耕工作，部署了当前和今后一个时期春耕生产重点任务。省农委副主任韩立新出席会议并讲话。"),
    IMG("昌图县农机合作社检修播种机具", gif=True),
    CAP("▲与会人员在昌图县一家农机专业合作社观摩播种机具检修"),
    P("会议指出，截至3月25日，全省春耕所需种子已到位9.6亿斤，占计划需求量的91%；化肥到位328万吨，占需求量的83%；检修农机具43.2万台套。总体看，今年备春耕工作启动早、进展快，物资准备比较充足，但也存在部分地区土壤墒情偏差、个别品种玉米种子价格波动等问题，必须高度重视、早作应对。"),
    P("会议要求，各地要突出抓好四个方面工作。一是抓好种植结构调整，在西北部干旱地区适当调减籽粒玉米，扩大杂粮杂豆和饲草种植面积；二是抓好农资市场监管，严厉打击制售假劣种子、化肥、农药等坑农害农行为；三是抓好抗旱保苗准备，抢抓有利时机坐水种、抗旱播种；四是抓好新型经营主体培育，推动土地托管、代耕代种等社会化服务向更多乡村延伸。"),
    IMG("开原市测土配方施肥田间示范点", gif=True),
    CAP("▲开原市农技人员向农户讲解测土配方施肥技术"),
    P("会上，铁岭市、朝阳市、昌图县作了典型发言。各市农委主任、分管副主任和省农委有关处室、直属单位负责同志参加会议。"),
]
