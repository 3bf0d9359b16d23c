"""wk-38: 内蒙古 state enterprise site (2023 corporate design): 集团要闻, closing （通讯员 …）line on its own."""
from lib import *

PAGE = dict(id="wk-38", kind="institution", lang="zh",
            title="蒙西能源集团全力做好今冬明春能源保供",
            authors=["乌兰", "马晓峰"], publish_time="2025-11-12")

BLOCKS = [
    P("入冬以来，蒙西能源集团坚决扛起能源保供政治责任，统筹煤炭生产、电力运行和供热保障，全力以赴确保今冬明春能源安全稳定供应。"),
    H("煤矿稳产增产"),
    P("集团所属6座煤矿在确保安全的前提下科学组织生产，优化采掘接续，加快智能化工作面建设。11月以来，日均产煤8.6万吨，较10月增加约7000吨。同时，与区内外23家电厂签订中长期电煤供应合同，全年合同兑现率保持在98%以上。"),
    H("电厂满发稳供"),
    P("所属火电企业提前完成机组检修和技术改造，8台机组全部具备满发条件，入厂煤场存煤可用天数保持在20天以上。集团还加强与电网调度的沟通衔接，科学安排运行方式，确保高峰时段顶得上、稳得住。"),
    H("供热安全可靠"),
    P("集团承担着鄂尔多斯、乌海两地约2800万平方米的集中供热任务。各供热企业成立保供专班，实行24小时值班，对热网管线、换热站开展拉网式排查，累计整改隐患136项，储备抢修物资1200余件（套），确保群众温暖过冬。"),
    H("应急保障有力"),
    P("针对寒潮、暴雪等极端天气，集团修订完善了能源保供应急预案，组建了煤矿、电力、供热三支应急抢险队伍共计420人，与铁路、公路运输企业签订电煤运输保障协议，确保极端天气下电煤运得进、电力送得出、热力供得上。"),
    P("集团主要负责人表示，将坚持“保供与保安全”两手抓，加强极端天气应对，坚决守住能源安全底线，为自治区经济社会发展和群众生活提供坚实能源保障。"),
    BY("（通讯员 乌兰 马晓峰）", f=lambda t, b: f'<p class="tx">{t}</p>'),
]

CSS = """
body{margin:0;font-family:"Source Han Sans SC","Microsoft YaHei";color:#20262e;background:#fff}
.c-head{height:80px;display:flex;align-items:center;padding:0 60px;gap:40px;border-bottom:1px solid #e8e8e8}
.c-head .lg{font-size:22px;font-weight:700;color:#004b97}.c-head .lg em{display:block;font-style:normal;font-size:11px;color:#7a8593;letter-spacing:1px}
.c-head nav a{margin-right:30px;color:#20262e;text-decoration:none;font-size:16px}
.c-head .lang{margin-left:auto;font-size:13px;color:#7a8593}
.hero{height:220px;background:linear-gradient(120deg,#003a75,#0a6cc2);color:#fff;display:flex;align-items:center;padding-left:120px}
.hero b{font-size:34px}.hero span{display:block;font-size:14px;opacity:.8;margin-top:6px}
.tabs{padding:0 120px;border-bottom:1px solid #eee;display:flex;gap:30px}.tabs a{line-height:56px;color:#555;text-decoration:none}.tabs a.on{color:#004b97;border-bottom:3px solid #004b97}
.c-body{max-width:960px;margin:40px auto}
.c-body .crumb{font-size:13px;color:#7a8593}
.c-body h1{font-size:30px;line-height:1.4;margin:20px 0 14px}
.c-body .info{font-size:14px;color:#7a8593;padding-bottom:20px;border-bottom:1px solid #eee}.c-body .info span{margin-right:24px}
.c-body .content{font-size:17px;line-height:2;margin-top:24px}.c-body .content p{margin:0 0 18px;text-indent:2em}
.c-body .content h4{font-size:18px;color:#004b97;margin:26px 0 10px}
.c-body .content .tx{text-align:right}
.c-body .nav2{display:flex;justify-content:space-between;border-top:1px solid #eee;padding-top:16px;margin-top:30px;font-size:14px}
.c-foot{background:#0d1b2a;color:#8a99ab;font-size:13px;padding:40px 120px;line-height:2}
.c-foot .cols{display:flex;gap:80px}.c-foot b{color:#fff}
"""


def render():
    bh, gold = body(BLOCKS, p="p", h="h4")
    html = f"""
<div class="c-head"><div class="lg">蒙西能源集团<em>MENGXI ENERGY GROUP</em></div><nav>{links(["首页","走进集团","新闻中心","产业布局","党的建设","科技创新","社会责任","信息公开"])}</nav><span class="lang">中文 | EN</span></div>
<div class="hero"><div><b>新闻中心</b><span>NEWS CENTER</span></div></div>
<div class="tabs"><a href="#" class="on">集团要闻</a><a href="#">基层动态</a><a href="#">媒体聚焦</a><a href="#">通知公告</a></div>
<div class="c-body">
<div class="crumb">首页 / 新闻中心 / 集团要闻</div>
<h1>{PAGE["title"]}</h1>
<div class="info"><span>发布日期：2025-11-12</span><span>来源：办公室（党委宣传部）</span><span>字号：大 中 小</span></div>
<div class="content">
{bh}
</div>
<div class="nav2"><span>上一篇：<a href="#">集团召开2025年第四季度安全生产委员会会议</a></span><span>下一篇：<a href="#">集团所属煤矿智能化工作面通过验收</a></span></div>
</div>
<div class="c-foot"><div class="cols"><div><b>联系我们</b><br>地址：内蒙古鄂尔多斯市康巴什区<br>电话：0477-8591000</div><div><b>友情链接</b><br>国务院国资委<br>自治区国资委</div><div><b>关注我们</b><br>{img("集团微信公众号", gif=True)} 扫码关注集团公众号</div></div>
<p>Copyright © 2025 内蒙古蒙西能源集团有限公司 版权所有　蒙ICP备16003825号-1　蒙公网安备 15060302000214号</p></div>
"""
    return doc(PAGE["title"] + "-蒙西能源集团", CSS, html), gold
