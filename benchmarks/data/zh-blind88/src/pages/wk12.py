"""wk-12: 内蒙古 盟级部门 (农牧局) site, 工作动态; credits line 撰稿/审核/摄影 at the end, list of measures."""
from lib import *

PAGE = dict(id="wk-12", kind="government", lang="zh",
            title="锡林郭勒盟全面启动冬春牧区防灾保畜工作",
            authors=["其木格"], publish_time="2025年11月14日")

BLOCKS = [
    P("入冬以来，锡林郭勒盟气温持续走低，北部牧区已出现两次大范围降雪过程。为确保牲畜安全越冬度春，盟农牧局提前谋划、周密部署，全面启动2025—2026年度冬春牧区防灾保畜工作。"),
    P("据了解，今年全盟牲畜越冬存栏预计为1350万头只。目前，全盟已储备各类饲草料52.3亿斤，其中青干草38.6亿斤，饲料4.2亿斤，储备量较上年增加6.4%，可满足牲畜正常越冬需求。"),
    IMG("", "阿巴嘎旗牧民在棚圈内为牲畜补饲"),
    P("为做好防灾保畜工作，盟农牧局重点抓好以下几项措施："),
    L(["（一）在全盟设立饲草料应急储备点46处，落实储备资金1.1亿元，确保雪灾发生后72小时内饲草料运抵受灾嘎查；",
       "（二）组织各旗县市区对6.8万处棚圈、储草棚开展安全检查，及时清除积雪，防范棚圈坍塌；",
       "（三）加强与气象部门会商，及时发布寒潮、暴雪预警，指导牧民做好转场和补饲；",
       "（四）组建由368名畜牧兽医技术人员组成的服务队，深入苏木嘎查开展越冬防疫和技术指导。"]),
    P("盟农牧局有关负责人表示，各地要坚持“宁可备而不用、不可用时无备”，严格落实24小时值班制度，一旦发生灾情，确保第一时间响应、第一时间处置，最大限度减少牧民群众损失。"),
    NOTE("撰稿：其木格　　审核：巴特尔　　摄影：苏和", f=lambda t, b: f'<p class="credit">{t}</p>'),
]

CSS = """
body{margin:0;font-family:Tahoma,"Microsoft YaHei";font-size:13px;background:#e6ecd8}
#box{width:1000px;margin:0 auto;background:#fff;border:1px solid #c5d3a8}
#top{height:130px;background:#4a7a1c;color:#fff;position:relative}
#top .nm{position:absolute;left:30px;top:28px;font-size:32px;font-weight:bold}
#top .nm em{display:block;font-style:normal;font-size:16px;font-weight:normal}
#top .lk{position:absolute;right:16px;top:8px;font-size:12px}#top .lk a{color:#fff}
#menu{background:#355a12;height:38px;padding-left:20px}#menu a{color:#fff;line-height:38px;margin-right:36px;font-size:14px;text-decoration:none}
#pos{background:#f3f6ec;padding:6px 16px;border-bottom:1px solid #dbe4c8}
#cols{display:flex}
#main{flex:1;padding:16px 30px}
#side{width:240px;border-left:1px solid #dbe4c8;padding:10px}
#side b{display:block;background:#4a7a1c;color:#fff;padding:4px 8px}#side ul{padding-left:18px}#side li{line-height:22px}
.artTitle{text-align:center;font-size:21px;font-weight:bold;color:#2c4a0d;margin:16px 0}
.artInfo{text-align:center;color:#777;border-bottom:1px solid #dbe4c8;padding-bottom:8px}
.artInfo a{color:#777}
.artBody{font-size:15px;line-height:2;padding:10px 0}.artBody p{text-indent:2em;margin:6px 0}
.artBody .pic-cap{text-indent:0;font-size:13px;color:#555}.artBody img{width:560px;height:360px;background:#cbd5b8}
.artBody ul{list-style:none;padding-left:2em;margin:0}.artBody .credit{text-align:right;color:#555}
.artTools{text-align:center;margin:16px 0}.artTools a{margin:0 8px;color:#355a12}
#foot{background:#355a12;color:#e2ead2;text-align:center;padding:12px;line-height:22px}
"""


def render():
    bh, gold = body(BLOCKS, p="p")
    html = f"""
<div id="box">
<div id="top"><div class="nm">锡林郭勒盟农牧局<em>ᠰᠢᠯᠢ ᠶᠢᠨ ᠭᠣᠣᠯ ᠠᠶᠢᠮᠠᠭ ᠤᠨ ᠲᠠᠷᠢᠶᠠᠯᠠᠩ ᠮᠠᠯ ᠠᠵᠤ ᠠᠬᠤᠢ ᠶᠢᠨ ᠲᠣᠪᠴᠢᠶ᠎ᠠ</em></div>
<div class="lk"><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">蒙古文</a> | <a href="#">盟行政公署</a></div></div>
<div id="menu">{links(["首页","机构职能","工作动态","政策法规","畜牧兽医","种植业","农村牧区改革","办事服务"])}</div>
<div id="pos">当前位置：首页 &gt; 工作动态 &gt; 本局动态</div>
<div id="cols">
<div id="main">
<div class="artTitle">{PAGE["title"]}</div>
<div class="artInfo">发布日期：2025年11月14日　　来源：盟农牧局　　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="artBody">
{bh}
</div>
<div class="artTools"><a href="#">打印本页</a>|<a href="#">关闭窗口</a>|<a href="#">返回顶部</a></div>
</div>
<div id="side"><b>最新动态</b><ul>{links(["盟农牧局召开秋季动物疫病防控推进会","全盟2025年秋季肉羊收购价格监测情况","正蓝旗完成草原生态补奖资金发放","盟农牧局开展农机安全生产检查"], wrap="li")}</ul>
<b>便民服务</b><ul>{links(["兽药经营许可","种畜禽生产经营许可","农机购置补贴查询"], wrap="li")}</ul></div>
</div>
<div id="foot">主办：锡林郭勒盟农牧局　地址：锡林浩特市锡林大街　电话：0479-8213062<br>蒙ICP备12001583号-1　蒙公网安备 15250202000093号　网站标识码：1525000026</div>
</div>
"""
    return doc(PAGE["title"], CSS, html), gold
