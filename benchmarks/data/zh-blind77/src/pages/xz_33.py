# 贵州 黔中日报 数字报, 2010s table layout — 引题 + main title on two lines, □ byline
from kit import *
import styles

CSS = styles.EPAPER.replace("#8b0000", "#a31515") + """
table.layout{width:100%;border-collapse:collapse}
table.layout td{vertical-align:top}
.title-box h1{font-size:28px;line-height:1.4}
.byline{text-align:left}
.article-content h4{font-size:16px;margin:12px 0 6px}
"""

HL = Headline(["贵阳今年将新建改扩建", "中小学幼儿园42所"], yin="办好家门口的每一所学校",
              tags={"yin": ("h3", "yinti"), "main": ("h1", None)})

BODY = Body([
    NOTE("□ 本报记者　王　欢　实习生　罗　薇", cls="byline"),
    P("8月21日，记者从贵阳市教育局获悉，今年贵阳市计划新建、改扩建中小学和幼儿园42所，新增学位3.8万个，目前已有26所学校完成主体工程建设，将在秋季学期投入使用。", cls=None),
    H("新增学位向人口集中区域倾斜", tag="h4"),
    P("据介绍，今年的项目主要集中在观山湖区、花溪区、白云区等新建居住区和人口流入较多的区域。其中，新建小学14所、初中8所、九年制学校5所、高中3所，新建和改扩建公办幼儿园12所。"),
    P("“家门口就有新学校，孩子上学再也不用跨区跑了。”家住观山湖区的市民刘女士说，她家小区旁边的一所九年制学校即将完工，孩子9月就能入学。"),
    H("新校舍配套更完善", tag="h4"),
    P("记者在花溪区一所即将投用的新建小学看到，教学楼、风雨操场、食堂和图书馆已基本完工，教室里配备了智慧黑板和护眼灯。学校还专门建设了劳动教育基地和科技创新实验室。"),
    P("贵阳市教育局相关负责人表示，将统筹做好新建学校的教师配备和开学准备工作，同时加强校舍安全和食品安全检查，确保新学期平稳开学。"),
], mode="p", indent="u3000")

PAGE = dict(
    id="xz-33", kind="e-paper", lang="zh", region="贵州", site="黔中日报·数字报",
    features="2010年代表格版式数字报；引题（<h3>）+ 主题分两行（<br>，含数字）；“□ 本报记者　王　欢　实习生　罗　薇”单独一行；"
             "报头日期“2023年08月22日 星期二”；【字号】【打印】【纠错】；本版标题列表",
    title_tag="黔中日报数字报-贵阳今年将新建改扩建中小学幼儿园42所",
    css=CSS,
    meta={"description": "贵阳市计划新建、改扩建中小学和幼儿园42所。"},
    authors=["王欢", "罗薇"],
    publish_time="2023年08月22日 星期二",
    parts=[
        '<div class="paper">',
        '<table class="layout"><tr><td><div class="phead"><span class="name">黔中日报</span><span class="date">2023年08月22日 星期二</span></div></td></tr></table>',
        '<div class="bar">当前版：<b>05版：民生</b>　<a href="#">上一版</a> <a href="#">下一版</a>　<a href="#">版面导航</a>　<a href="#">标题导航</a>　<a href="#">往期查询</a></div>',
        '<table class="layout"><tr><td class="pagepane" width="420">' + img("05版 民生", cls="banmian"),
        '<h4>本版标题导航</h4>' + ul(["贵阳今年将新建改扩建中小学幼儿园42所", "遵义：暑期托管服务惠及学生3万余人", "安顺开展校园周边食品安全检查",
                                      "贵州发布秋季开学安全提示"]),
        '</td><td class="artpane">',
        HL,
        BODY,
        '<div class="tools">【字号 <a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】【<a href="#">我要打印</a>】【<a href="#">我要纠错</a>】　'
        '<a href="#">上一篇</a>　<a href="#">下一篇</a></div>',
        "</td></tr></table>",
        '<div class="pfoot"><p>黔中日报社主办　版权所有</p><p>地址：贵阳市云岩区中华北路210号　黔ICP备05003816号</p></div>',
        "</div>",
    ],
)
