from lib import *

PAGE = dict(
    id="xv-19", kind="media", lang="zh",
    title="上海今年将新建改建500个社区“家门口”健身点",
    authors=["吴越", "周洁"], publish_time="2025.03.14 08:00",
    doc_title="上海今年将新建改建500个社区“家门口”健身点_申城之声",
    css=MEDIA,
)
CSS = """
.topline{background:#5b2c83}
.chan{border-top-color:#5b2c83}
.prog{background:#f5f0fa;padding:10px 14px;margin-bottom:16px;display:flex;gap:20px;align-items:center;color:#5b2c83}
.prog .btn{background:#5b2c83;color:#fff;padding:2px 12px;border-radius:12px}
.dinfo{color:#888;font-size:13px}
.dinfo p{margin:0}
"""

BODY = """
p 记者从市体育局获悉，今年上海将新建改建500个社区“家门口”健身点，新建市民球场60片、市民益智健身苑点300个，进一步完善“15分钟社区生活圈”体育健身设施。
p 据介绍，今年的健身点建设将更加注重“全龄友好”。在老年人较多的社区，将增加适老化健身器材和康复训练设备；在青少年集中的区域，则增设攀爬、平衡类器材和小型篮球场。部分健身点还将试点配置智能健身器材，市民扫码即可查看运动数据和科学健身指导。
p 在用地紧张的中心城区，市体育局将联合各区挖掘桥下空间、屋顶平台、边角地块等资源，建设“嵌入式”体育设施。去年，静安区利用高架桥下空间建成的一处市民健身中心，日均接待市民超过600人次。
p 市体育局相关负责人表示，今年还将推动学校体育场地在节假日向社区开放，计划新增开放学校100所，并通过“来沪动”平台提供预约服务。
p 此外，今年上海还将举办第四届城市业余联赛，预计全年举办赛事活动超过2000场，覆盖足球、篮球、路跑、龙舟等40余个项目。
"""


def page(body):
    return f"""
<div class="topline"><div class="w"><a href="#">申城之声</a><a href="#">FM93.4</a><a href="#">AM990</a><a href="#">收听直播</a></div></div>
<div class="w">
<div class="logo-row">{img("申城之声 上海新闻广播", 220, 60)}{search("请输入关键字")}</div>
<div class="chan"><a href="#">首页</a><a href="#">新闻</a><a href="#">节目</a><a href="#">主播</a><a href="#">音频</a><a href="#">活动</a></div>
<div class="layout"><div class="maincol">
<div class="crumb">首页 &gt; 新闻 &gt; 早新闻</div>
<div class="prog"><span class="btn">▶ 收听</span><span>《990早新闻》</span><span>03:42</span></div>
<h1 class="headline">上海今年将新建改建500个社区“家门口”健身点</h1>
<div class="dinfo"><p>2025.03.14 08:00</p><p>记者：吴越 周洁　　编辑：高敏</p></div>
<div class="text">
{body}
</div>
<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a></div>
<h4>早新闻 · 更多</h4>
{dated_list([("本市启动2025年春季爱国卫生运动","2025.03.13"),("沪上中小学春季运动会陆续举行","2025.03.12"),("上海发布2025年体育惠民措施","2025.03.10")])}
</div>
<div class="sidecol"><h4>节目单</h4>{ul(["06:00 新闻早班车","07:00 990早新闻","09:00 市民与社会","12:00 午间新闻","17:00 新闻晚高峰"], "rel")}</div>
</div></div>
<div class="footer"><p>申城之声 版权所有　广播电视节目制作经营许可证（沪）字第xx号</p><p>沪ICP备11032581号　沪公网安备31010602001932号</p></div>
"""
