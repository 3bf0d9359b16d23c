"""wk-10: 辽宁 市级部门 (应急管理局) site (2021 card design), 领导讲话: speaker and speech date under the headline."""
from lib import *

PAGE = dict(id="wk-10", kind="government", lang="zh",
            title="刘宏伟在全市今冬明春安全防范工作会议上的讲话",
            authors=["刘宏伟"], publish_time="2025-11-14 09:05:22")

BLOCKS = [
    P("同志们："),
    P("今天召开这次会议，主要任务是分析当前安全生产形势，安排部署今冬明春安全防范工作。刚才，市应急局通报了前三季度全市安全生产情况，市住建局、市交通局作了发言，我都同意。下面，我讲三点意见。"),
    H("一、清醒认识今冬明春安全防范工作的严峻形势"),
    P("今年以来，全市安全生产形势总体平稳，生产安全事故起数和死亡人数同比分别下降12.5%和9.1%。但也要看到，进入冬季以后，用火、用电、用气大幅增加，雨雪冰冻天气多发，加之岁末年初生产经营活动集中，各类风险交织叠加。我们必须清醒认识到，安全生产工作只有起点，没有终点，任何时候都不能有丝毫松懈。"),
    P("从近期全国发生的几起事故看，燃气爆炸、高层建筑火灾、冬季道路交通事故仍是冬春季节的突出风险，教训十分深刻。我市老旧小区多、燃气管网老化问题比较突出，部分企业冬季停产检修期间动火作业、有限空间作业增多，一些地方和企业对安全风险认识不足，隐患排查流于形式。对此，我们必须保持高度警惕，坚决克服麻痹思想和厌战情绪。"),
    H("二、突出抓好重点领域风险防控"),
    P("一是抓好城镇燃气安全。要深入开展燃气安全专项整治，重点排查餐饮场所燃气管线、报警装置和“瓶改管”推进情况，对隐患整改不到位的坚决停业整顿。"),
    P("二是抓好消防安全。要紧盯高层建筑、人员密集场所、“九小场所”和电动自行车集中充电点，加强消防设施检查，确保疏散通道畅通。"),
    P("三是抓好道路交通安全。要针对雨雪冰冻天气，提前储备融雪物资，加强“两客一危”车辆动态监控，严查超速超载、疲劳驾驶等违法行为。"),
    P("四是抓好工矿商贸安全。要督促企业落实冬季防冻、防滑、防中毒措施，加强有限空间作业审批管理，坚决防止“三违”行为。"),
    H("三、层层压实安全生产责任"),
    P("各县（市）区、各部门要严格落实“党政同责、一岗双责、齐抓共管、失职追责”要求，主要领导要亲自研究、亲自部署、亲自督导。要严格执行24小时值班和领导带班制度，遇有突发情况第一时间报告、第一时间处置。"),
    P("要强化督导检查。市安委会各成员单位要组成督导组，采取“四不两直”方式，深入企业和场所开展明查暗访，对发现的问题建立台账、跟踪整改、逐项销号。对整改不力、屡查屡犯的，要依法依规严肃处理，并通过媒体公开曝光。"),
    P("要做好应急准备。各地各部门要修订完善雨雪冰冻、森林草原火灾等专项应急预案，充实应急救援队伍，备足抢险救援物资装备。要加强预警信息发布，确保预警信息及时传递到基层、到企业、到群众。"),
    P("同志们，做好今冬明春安全防范工作责任重大。希望大家以高度负责的态度，扎实做好各项工作，为全市经济社会发展创造安全稳定的环境。"),
]

CSS = """
body{margin:0;background:#eef2f7;font-family:"Microsoft YaHei";color:#333}
.hd{background:#fff}.hd .w{width:1200px;margin:auto;display:flex;align-items:center;height:110px;gap:20px}
.hd .emblem{width:64px;height:64px;background:#e8b400;border-radius:50%}
.hd .ttl{font-size:30px;font-weight:bold;color:#d7261e}.hd .ttl span{display:block;font-size:13px;color:#888;font-weight:normal}
.hd .acc{margin-left:auto;font-size:13px}.hd .acc a{color:#555;margin-left:12px}
.menu{background:#d7261e}.menu ul{width:1200px;margin:auto;padding:0;list-style:none;display:flex}
.menu li a{display:block;color:#fff;padding:0 28px;line-height:50px;text-decoration:none;font-size:16px}
.wrap{width:1200px;margin:20px auto}
.crumb{font-size:13px;color:#666;margin-bottom:12px}.crumb a{color:#666}
.card{background:#fff;border-radius:4px;padding:40px 90px;box-shadow:0 1px 4px rgba(0,0,0,.08)}
.card h1{font-size:26px;text-align:center;margin:0 0 14px;color:#222}
.speaker{text-align:center;font-size:16px;color:#444;margin:4px 0}
.props{display:flex;justify-content:space-between;font-size:13px;color:#999;border-top:1px solid #eee;border-bottom:1px solid #eee;padding:10px 0;margin:18px 0}
.props a{color:#999}
.txt{font-size:17px;line-height:2.1}.txt p{text-indent:2em;margin:0 0 10px}.txt h3{font-size:17px;margin:14px 0 8px;text-indent:2em;font-family:"SimHei"}
.share{margin-top:30px;font-size:13px;color:#999}.share a{color:#d7261e;margin-right:12px}
.foot{background:#2b2b2b;color:#aaa;font-size:12px;text-align:center;padding:22px 0;line-height:2;margin-top:30px}
"""


def render():
    bh, gold = body(BLOCKS, p="p", h="h3")
    html = f"""
<div class="hd"><div class="w"><div class="emblem"></div><div class="ttl">锦州市应急管理局<span>JINZHOU EMERGENCY MANAGEMENT BUREAU</span></div>
<div class="acc"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁体</a><a href="#">网站支持IPv6</a></div></div></div>
<div class="menu"><ul>{links(["首页","机构概况","新闻动态","政务公开","安全生产","防灾减灾","应急科普","互动交流"], wrap="li")}</ul></div>
<div class="wrap">
<div class="crumb">当前位置：<a href="#">首页</a> » <a href="#">新闻动态</a> » <a href="#">领导讲话</a></div>
<div class="card">
<h1>{PAGE["title"]}</h1>
<div class="speaker">锦州市副市长　刘宏伟</div>
<div class="speaker">（2025年11月11日）</div>
<div class="props"><span>发布时间：2025-11-14 09:05:22</span><span>来源：锦州市应急管理局</span><span>浏览次数：214</span><span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="txt">
{bh}
</div>
<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a><a href="#">QQ</a>　　<a href="#">【打印本页】</a><a href="#">【关闭窗口】</a></div>
</div></div>
<div class="foot">主办单位：锦州市应急管理局　地址：辽宁省锦州市太和区市府路二段<br>值班电话：0416-3123110　辽ICP备10205561号-1　辽公网安备 21070302000045号　网站标识码：2107000039</div>
"""
    return doc(PAGE["title"] + "-锦州市应急管理局", CSS, html), gold
