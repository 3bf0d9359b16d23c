# 安徽 · 行业协会网站 · 通知（2016 association site, 通知 with 附件 list and 联系人, 署名/日期, glued info row）
from lib import *

PAGE = dict(
    id="wh-40", kind="institution", lang="zh",
    title="关于举办2025年度茶叶加工技能提升培训班的通知",
    authors=[],
    publish_time="2025-11-17",
    features="2016 trade-association site (安徽 tea association); 会员登录 box with placeholders; 通知公告 "
             "column; info row 发布日期：2025-11-17 文章来源：协会秘书处 阅读次数 glued; 主送 line; numbered "
             "sections 一、…五、 with sub-items as a list; 联系人 lines (body); 署名 and date; 附件 links (not "
             "body); 友情链接 dropdown; footer with 皖ICP and 技术支持.",
    blocks=[
        P("各会员单位，各市、县（区）茶叶协会："),
        P("为提升我省茶叶加工从业人员技能水平，推动茶叶加工标准化、清洁化生产，经研究，协会定于2025年12月举办茶叶加工技能提升培训班。现将有关事项通知如下："),
        H("一、培训时间和地点"),
        P("2025年12月8日至12日（8日全天报到），地点为祁门县茶叶科技示范园培训中心。"),
        H("二、培训对象"),
        P("会员单位茶叶加工技术骨干、家庭农场和合作社加工负责人，每个单位限报2人，总人数控制在80人以内。"),
        H("三、培训内容"),
        LI(["（一）红茶、绿茶初制与精制加工关键技术；",
            "（二）茶叶加工机械操作与维护保养；",
            "（三）茶叶质量安全与加工企业卫生规范；",
            "（四）茶叶感官审评实操。"],
           fmt='<div class="nr-list">{items}</div>', item='<p>{t}</p>'),
        H("四、有关费用"),
        P("本次培训不收取培训费，食宿统一安排，费用由参训单位自理。"),
        H("五、报名方式"),
        P("请于11月28日前将报名回执（见附件）发送至协会邮箱，逾期不再受理。"),
        P("联系人：许文涛　0551-65237816　13805517264"),
        SIGN("皖江茶叶行业协会"),
        SIGN("2025年11月17日"),
    ],
)

CSS = """
body{margin:0;font:12px/1.8 "Microsoft YaHei";background:#f4f7ec;color:#333}
a{color:#333;text-decoration:none}
.wrap{width:1000px;margin:0 auto;background:#fff}
.hd{height:110px;background:#3e7b27;color:#fff;position:relative}
.hd .n{position:absolute;left:30px;top:28px;font-size:30px;font-weight:bold}
.hd .e{position:absolute;left:32px;top:70px;font-size:12px;opacity:.8}
.nav{background:#2f5e1d;line-height:40px}
.nav a{color:#fff;font-size:14px;padding:0 18px}
.cols{display:flex}
.side{width:230px;padding:10px;background:#f7faf2}
.side h4{background:#3e7b27;color:#fff;margin:6px 0;padding-left:8px;line-height:28px}
.side input{width:150px;margin:3px 0}
.side li{line-height:26px}
.main{flex:1;padding:10px 24px}
.main .loc{border-bottom:1px solid #3e7b27;line-height:30px}
.main h1{font-size:20px;text-align:center;margin:20px 0 8px;color:#2f5e1d}
.main .inf{text-align:center;color:#888;border-bottom:1px dotted #ccc;padding-bottom:8px}
.main .nr{font-size:15px;line-height:2;padding:10px 10px}
.main .nr p{text-indent:2em;margin:0 0 6px}
.main .nr h3{font-size:15px;margin:0 0 6px;text-indent:2em;font-weight:bold}
.main .nr-list p{text-indent:2em}
.main .fj{border-top:1px dashed #ccc;padding:8px 10px;font-size:13px}
.yq{padding:8px 24px;border-top:1px solid #eee}
.ft{background:#2f5e1d;color:#d7e6cf;text-align:center;line-height:24px;padding:12px 0}
"""


def render(p):
    body = render_body(p["blocks"], {"sign": '<p style="text-align:right;padding-right:2em;text-indent:0">{t}</p>'})
    html_body = f"""
<div class="wrap">
<div class="hd"><span class="n">皖江茶叶行业协会</span><span class="e">WANJIANG TEA INDUSTRY ASSOCIATION</span></div>
<div class="nav">{links(["首页", "协会概况", "新闻动态", "通知公告", "会员风采", "行业标准", "茶叶市场", "联系我们"])}</div>
<div class="cols">
<div class="side"><h4>会员登录</h4><input type="text" placeholder="用户名"><br><input type="password" placeholder="密码"><br><button>登录</button> <a href="#">申请入会</a>
<h4>通知公告</h4><ul><li><a href="#">关于开展2025年度会员信息更新的通知</a></li><li><a href="#">第七届皖江茶王赛获奖名单公示</a></li></ul></div>
<div class="main">
<div class="loc">当前位置：<a href="#">首页</a> &gt; <a href="#">通知公告</a> &gt; 正文</div>
<h1>{esc(p["title"])}</h1>
<div class="inf">发布日期：{p["publish_time"]}文章来源：协会秘书处阅读次数：275</div>
<div class="nr">
{body}
</div>
<div class="fj">附件：<a href="#">1.培训班报名回执.docx</a>　<a href="#">2.培训日程安排.pdf</a></div>
</div>
</div>
<div class="yq">友情链接：<select><option>—— 请选择 ——</option><option>省农业农村厅</option><option>省供销合作社</option></select></div>
<div class="ft">皖江茶叶行业协会 版权所有　地址：合肥市蜀山区长江西路（协会秘书处）　电话：0551-65237810<br>皖ICP备16008317号　技术支持：合肥云图网络科技有限公司</div>
</div>
"""
    return doc("关于举办2025年度茶叶加工技能提升培训班的通知_皖江茶叶行业协会", CSS, html_body)
