from lib import *

PAGE = dict(
    id="xj-15", kind="media", lang="zh",
    title="辽宁今年将新增就业见习岗位3万个 毕业生可“先上岗后签约”",
    authors=["李冰", "邹宇"],
    publish_time="2024-05-20 09:36",
    doc_title="辽宁今年将新增就业见习岗位3万个 毕业生可“先上岗后签约”_东北新闻网",
    pfmt="p", hfmt="strong",
    features="provincial news portal; body split over two pages: page 1 of 2 saved, ending at a paragraph boundary, followed by a "
             "1 2 下一页 尾页 pager (not body); info bar with 作者 (two spaced names) under the headline; 导读 summary (not body); "
             "编辑 line; 热点推荐 list.",
    css="""
body{margin:0;font:14px/1.8 "Microsoft YaHei";background:#fff;color:#222}
.w{width:1160px;margin:0 auto}
.hd{background:#004b97;padding:10px 0;color:#fff}
.hd b{font-size:26px}
.hd a{color:#fff;margin-left:14px}
.sub a{display:inline-block;margin:8px 14px 8px 0;color:#004b97}
.pos{color:#888;font-size:13px}
.l{float:left;width:800px}
.r{float:right;width:320px;background:#f6f8fb;padding:10px}
h1{font-size:28px;margin:16px 0 6px}
.meta{color:#888;font-size:13px;border-bottom:1px solid #e5e5e5;padding-bottom:8px}
.dd{background:#f2f6fb;color:#555;padding:8px 12px;margin:12px 0}
.TRS_Editor{font-size:17px;line-height:2}
.TRS_Editor p{text-indent:2em;margin:0 0 16px}
.pages{text-align:center;margin:20px 0}
.pages a,.pages span{display:inline-block;border:1px solid #ccc;padding:2px 10px;margin:0 3px}
.pages span{background:#004b97;color:#fff}
.clear{clear:both}
.ft{background:#f0f0f0;text-align:center;color:#666;font-size:12px;padding:16px 0;margin-top:20px}
""",
)

HTML = """
<div class="hd"><div class="w"><b>东北新闻网</b><a href="#">首页</a><a href="#">辽宁</a><a href="#">沈阳</a><a href="#">大连</a><a href="#">国内</a><a href="#">财经</a><a href="#">教育</a><a href="#">健康</a></div></div>
<div class="w sub"><a href="#">辽宁频道</a><a href="#">要闻</a><a href="#">民生</a><a href="#">政务</a><a href="#">辟谣平台</a> <input placeholder="搜索"></div>
<div class="w pos">当前位置：<a href="#">东北新闻网</a> &gt; <a href="#">辽宁频道</a> &gt; <a href="#">民生</a> &gt; 正文</div>
<div class="w">
<div class="l">
<h1>辽宁今年将新增就业见习岗位3万个 毕业生可“先上岗后签约”</h1>
<div class="meta">2024-05-20 09:36　　来源：东北新闻网　　作者：李&nbsp;&nbsp;冰 邹&nbsp;&nbsp;宇　　<a href="#">手机看新闻</a></div>
<div class="dd">导读：辽宁省人社厅近日发布消息，今年全省将新增就业见习岗位3万个，见习期间给予见习单位每人每月2000元补贴。</div>
<div class="TRS_Editor">
{{BODY}}
</div>
<div class="pages">
<span>1</span>
<a href="#">2</a>
<a href="#">下一页</a>
<a href="#">尾页</a>
</div>
<p style="text-align:right;color:#999">编辑：孙  萍</p>
</div>
<div class="r"><h3>热点推荐</h3><ul>
<li><a href="#">沈阳地铁6号线全线“洞通”</a></li><li><a href="#">大连夏季达沃斯论坛筹备工作进入冲刺阶段</a></li><li><a href="#">辽宁高考报名人数公布</a></li><li><a href="#">鞍山：千山景区实行分时预约</a></li></ul></div>
<div class="clear"></div>
</div>
<div class="ft">东北新闻网版权所有　互联网新闻信息服务许可证编号：21120170007　辽ICP备05002734号<br>违法和不良信息举报电话：024-22189376　举报邮箱：jubao@nen-news.cn</div>
"""

BODY = [
    P("5月19日，记者从辽宁省人力资源和社会保障厅获悉，今年我省将面向离校未就业高校毕业生和16至24岁失业青年，新增就业见习岗位3万个，其中科研类、技术技能类岗位不少于1万个。"),
    P("据介绍，见习期限一般为3至12个月。见习期间，由见习单位向见习人员发放基本生活费，办理人身意外伤害保险，政府按照每人每月2000元的标准给予见习单位补贴。见习期满留用率达到50%以上的单位，补贴标准可提高到每人每月2500元。"),
    P("“今年我们重点推行‘先上岗后签约’模式。”省人社厅就业促进处负责人介绍，见习人员在见习期间表现良好、双方均有意向的，见习单位可以提前与其签订劳动合同，剩余期限的见习补贴照常发放，“这样既能让企业留住人才，也能让毕业生尽早安心。”"),
    P("在沈阳一家智能装备企业，去年通过见习留下的毕业生刘佳已经成为技术骨干。她告诉记者，见习期间企业安排了“师带徒”，半年时间就把她从“书本型”学生带成了能独立调试设备的技术员。"),
    P("记者了解到，今年的见习岗位中，装备制造、石化、冶金等传统优势产业岗位约占四成，数字经济、新能源、生物医药等新兴产业岗位占三成以上，岗位专业覆盖面比去年明显扩大。沈阳、大连两市将分别提供见习岗位9000个和6500个。"),
    P("为方便毕业生查找岗位，省人社厅在“辽宁人社”公众号开设了见习岗位专区，按照城市、行业、专业进行分类展示，毕业生可以在线投递简历、预约面试。"),
]
