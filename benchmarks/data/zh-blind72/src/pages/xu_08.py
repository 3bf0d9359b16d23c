from lib import *

META = dict(
    id="xu-08", kind="government", lang="zh",
    title="英塔木镇：结亲周里帮秋收 团结情谊暖人心",
    authors=["古丽娜尔·吐尔逊", "阿力木江·买买提"],
    publish_time="2025.09.09",
)
FEATURES = ("伊宁 county portal, 乡镇动态 sub-column for one town (2020 template): two-level nav (county + town tabs), "
            "breadcrumb, headline with a spaced two-part title, info bar with 来源/作者 (two Uyghur names with the middle "
            "dot, space-separated)/dotted date/浏览量, two captioned photos, 责任编辑 line, 相关文章 list, footer.")

BODY = [
    P("9月5日至8日，伊宁县英塔木镇组织开展“民族团结一家亲”结亲周活动，全镇机关干部、驻村工作队员走进结亲户家中，同吃同住同劳动，帮助群众抢收玉米、采摘苹果，在田间地头架起连心桥。"),
    IMG("干部帮助结亲户采摘苹果", "干部帮助结亲户采摘苹果"),
    P("在英塔木村果园里，镇干部和结亲户阿依努尔一家一起采摘、分拣、装箱，一天下来帮助采收苹果1.6吨。“今年苹果挂果多，正愁人手不够，亲戚们来得正是时候。”阿依努尔高兴地说。"),
    P("结亲周期间，干部们还围绕就业增收、子女上学、医疗保险等群众关心的问题开展政策宣讲，帮助12户家庭联系了县城冬季务工岗位，为4户种植户对接了果品收购商。驻村工作队员利用晚上时间，和结亲户一起拉家常、学双语、包饺子，邻里之间其乐融融。"),
    IMG("干部与结亲户一起包饺子", "干部与结亲户一起包饺子"),
    P("据统计，结亲周期间全镇共走访结亲户386户，帮助群众收获玉米、苹果等农作物820余亩，解决各类实际困难58件。镇党委相关负责人表示，下一步将把结对认亲与为民办实事结合起来，建立需求清单，持续跟踪办理，让各族群众的获得感、幸福感成色更足。"),
]

CSS = """
body{margin:0;background:#f2f5f8;font:15px/1.85 "Microsoft YaHei";color:#2f2f2f}
.yn-head{background:#1770b8;color:#fff;padding:16px 0 0 10%}
.yn-head .t1{font-size:28px;font-weight:bold}
.yn-tabs{margin-top:10px}
.yn-tabs a{color:#d8ecff;display:inline-block;padding:6px 16px}
.yn-tabs a.cur{background:#fff;color:#1770b8}
.yn-town{background:#fff;padding:6px 10%;font-size:13px;border-bottom:1px solid #dbe3ea}
.yn-town a{margin-right:14px}
.yn-ct{width:80%;margin:18px auto;background:#fff;padding:26px 40px}
.yn-path{font-size:13px;color:#888;margin-bottom:12px}
.yn-ct h1{font-size:24px;text-align:center;margin:8px 0}
.yn-info{text-align:center;font-size:13px;color:#8a8a8a;margin-bottom:16px}
.yn-art p{text-indent:2em}
.yn-art .pic{text-align:center;text-indent:0}
.yn-art .pictxt{text-align:center;text-indent:0;color:#1770b8;font-size:14px}
.yn-edit{text-align:right;color:#666;font-size:14px}
.yn-rel{border-top:1px solid #e5e5e5;margin-top:20px}
.yn-rel dt{font-weight:bold;margin:10px 0 4px}
.yn-rel dd{margin:0;font-size:14px}
.yn-foot{background:#12456f;color:#c2d6e8;text-align:center;font-size:12px;padding:18px;line-height:2}
"""


def html():
    body = render(BODY, img='<p class="pic"><img alt="{alt}"{src}></p>', cap='<p class="pictxt">{}</p>')
    t = META["title"]
    return doc(t, CSS, f"""
<div class="yn-head"><div class="t1">伊宁县人民政府网</div>
<div class="yn-tabs"><a href="#">首页</a><a href="#">政务要闻</a><a href="#" class="cur">乡镇动态</a><a href="#">信息公开</a><a href="#">便民服务</a><a href="#">互动交流</a></div></div>
<div class="yn-town"><a href="#">吉里于孜镇</a><a href="#">墩麻扎镇</a><a href="#">英塔木镇</a><a href="#">萨木于孜镇</a><a href="#">喀拉亚尕奇乡</a><a href="#">巴依托海镇</a></div>
<div class="yn-ct">
 <div class="yn-path">当前位置：首页 &gt; 乡镇动态 &gt; 英塔木镇</div>
 <h1>{e(t)}</h1>
 <div class="yn-info">来源：英塔木镇 | 作者：古丽娜尔·吐尔逊 阿力木江·买买提 | 发布时间：2025.09.09 | 浏览量：642</div>
 <div class="yn-art">
{body}
 </div>
 <p class="yn-edit">责任编辑：蔡晓琴</p>
 <dl class="yn-rel"><dt>相关文章</dt>
  <dd>· <a href="#">墩麻扎镇开展秋季农机安全生产检查</a></dd>
  <dd>· <a href="#">英塔木镇举办国家通用语言文字培训班</a></dd>
  <dd>· <a href="#">吉里于孜镇“党员中心户”助力秋收</a></dd></dl>
</div>
<div class="yn-foot">版权所有：伊宁县人民政府办公室　主办：伊宁县人民政府　技术支持：伊宁县融媒体中心<br>
网站标识码：6540210003　<a href="#">新ICP备12002219号-1</a>　新公网安备 65402102000066号</div>
""")
