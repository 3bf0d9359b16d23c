# 安徽 · 城市晚报网站（2013 portal, 原标题 line, 记者/通讯员 byline on its own line, glued info bar）
from lib import *

PAGE = dict(
    id="wh-15", kind="media", lang="zh",
    title="阜阳一小区加装电梯“卡”在低层住户 社区调解半年终于开工",
    authors=["程远", "李梦瑶"],
    publish_time="2025-11-20 09:12",
    features="2013 city evening-paper portal (安徽); glued info bar (date来源：作者：编辑：) where 作者 repeats the "
             "byline and 编辑 is not an author; 原标题 line at the top of the text (not body); byline line "
             "记者 程远 通讯员 李梦瑶 on its own; headline rewritten for the web; photo captions; 已有N人参与 "
             "comment strip; 更多精彩 lists; 手机看 QR caption.",
    blocks=[
        NB("原标题：加装电梯，高层盼、低层怨，怎么办？", fmt='<p class="yuan">{t}</p>'),
        NB("记者 程远 通讯员 李梦瑶", fmt='<p class="by">{t}</p>'),
        P("11月18日上午，阜阳市颍州区清河路一老旧小区5号楼前，施工人员正在开挖电梯井基坑。看着轰鸣的挖掘机，住在6楼的78岁居民王桂兰老人说：“盼了两年，终于要开工了。”"),
        P("这栋楼建于1998年，共6层12户，老年人占了一半以上。2023年，楼里高层住户提出加装电梯，但1楼、2楼住户担心采光、噪音和房屋贬值，始终不同意，事情一拖再拖。"),
        IMG("5号楼加装电梯施工现场"),
        CAP("5号楼加装电梯工程已经开工。记者 程远 摄"),
        P("今年5月，社区把这件事列入“民生议事会”议题，先后组织7次协商会，请来住建部门和电梯企业现场讲解。针对低层住户的顾虑，设计单位调整了电梯井位置，改用通透玻璃井道，减少对采光的影响；高层住户也主动提出，按楼层高低分摊费用，并给1楼、2楼住户适当补偿。"),
        P("“大家都是十几二十年的老邻居，有事坐下来慢慢谈，总能谈出办法。”社区党委书记周红梅说，最终，12户居民全部签字同意。"),
        P("据了解，今年以来，颍州区已有46台老旧小区加装电梯完成签约，其中31台已经开工。区住建局有关负责人表示，对加装电梯的，除省、市补贴外，区级财政每台再补助5万元，并简化审批流程，推行“一窗受理、并联审批”。"),
    ],
)

CSS = """
body{margin:0;font:12px/1.5 宋体;background:#fff}
a{color:#333;text-decoration:none}
#top{background:#003b7a;height:30px;line-height:30px;color:#fff;padding-left:20px}
#top a{color:#fff;margin-right:10px}
#logo{width:980px;margin:0 auto;height:90px;position:relative}
#logo h2{margin:0;padding-top:20px;font-size:32px;color:#003b7a;font-family:黑体}
#logo .ad{position:absolute;right:0;top:14px;width:468px;height:60px;background:#eee;text-align:center;line-height:60px;color:#999}
#menu{width:980px;margin:0 auto;background:#0057b3}
#menu a{color:#fff;font-size:14px;font-weight:bold;display:inline-block;padding:0 12px;line-height:34px}
#pos{width:980px;margin:8px auto;color:#666}
#main{width:980px;margin:0 auto;overflow:hidden}
#left{float:left;width:650px}
#right{float:right;width:310px}
#left h1{font-size:24px;text-align:center;font-family:黑体;margin:10px 0;line-height:1.4}
#left .sj{text-align:center;color:#888;border-bottom:1px dotted #999;padding-bottom:6px}
#text{font-size:14px;line-height:2;padding:10px}
#text p{text-indent:2em;margin:0 0 10px}
#text p.cap{text-align:center;text-indent:0;color:#003b7a}
#text p.yuan{text-indent:0;color:#666}
#text p.by{text-indent:0;font-weight:bold}
.pl{background:#f2f6fb;padding:6px 10px;color:#c00}
.more h4{background:#0057b3;color:#fff;padding-left:8px;line-height:26px;margin:10px 0 4px}
.more li{line-height:22px}
#foot{border-top:2px solid #0057b3;text-align:center;color:#666;line-height:22px;padding:10px 0;margin-top:16px}
"""


def render(p):
    body = render_body(p["blocks"])
    html_body = f"""
<div id="top"><a href="#">淮河晨刊</a><a href="#">颍州晚报</a><a href="#">手机版</a><a href="#">登录</a><a href="#">注册</a></div>
<div id="logo"><h2>颍淮网 yinghuai.cn</h2><div class="ad">广告</div></div>
<div id="menu">{links(["首页", "阜阳新闻", "社会", "民生", "教育", "房产", "汽车", "健康", "旅游", "视频", "论坛"])}</div>
<div id="pos">您当前的位置 ：<a href="#">颍淮网</a> &gt;&gt; <a href="#">阜阳新闻</a> &gt;&gt; <a href="#">民生</a></div>
<div id="main">
<div id="left">
<h1>{esc(p["title"])}</h1>
<div class="sj">{p["publish_time"]}来源：颍州晚报作者：程远编辑：夏天</div>
<div id="text">
{body}
</div>
<div class="pl">已有<b>18</b>人参与　<a href="#">我要评论</a>　<a href="#">查看评论</a></div>
<div class="more"><h4>更多精彩</h4><ul>
<li><a href="#">阜阳今年将完成老旧小区改造120个</a></li>
<li><a href="#">颍州区加装电梯补贴标准出炉</a></li>
<li><a href="#">楼道堆物清理后，邻里关系更和睦了</a></li></ul></div>
</div>
<div id="right">
<div style="text-align:center">{img("手机看颍淮网", 150, 150)}<br>手机看颍淮网</div>
<div class="more"><h4>热点排行</h4><ol><li><a href="#">阜阳西站改造最新进展</a></li><li><a href="#">颍河游船冬季停航</a></li><li><a href="#">中小学寒假时间公布</a></li></ol></div>
</div>
</div>
<div id="foot">颍淮网 版权所有 未经书面授权禁止使用　皖ICP备08011296号<br>互联网新闻信息服务许可证：34120170011　举报电话：0558-2218512</div>
"""
    return doc("阜阳一小区加装电梯“卡”在低层住户 社区调解半年终于开工_颍淮网", CSS, html_body)
