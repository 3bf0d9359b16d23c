from lib import *

PAGE = dict(
    id="xv-31", kind="e-paper", lang="zh",
    title="城市副中心今年将建成投用12所中小学",
    authors=["刘宁"], publish_time="2025年04月08日 星期二",
    doc_title="燕都日报数字报-城市副中心今年将建成投用12所中小学",
    css=EPAPER,
)
CSS = """
.bmnav a{display:inline-block;margin:2px 6px}
.ep-right .cur{color:#7a1010;font-weight:bold}
"""
FMT = {"h": '<p style="text-indent:0"><b>{}</b></p>'}

BODY = """
p 本报讯（记者 刘&nbsp;&nbsp;宁）记者昨天从通州区教委获悉，今年城市副中心将建成投用中小学12所，新增学位1.38万个，重点补齐宋庄、台湖、张家湾等区域的教育资源缺口。
p 据介绍，12所学校中包括小学5所、初中2所、九年一贯制学校4所、完全中学1所，计划于今年8月底前完成竣工验收，9月1日秋季开学时投入使用。目前，各项目主体结构均已完工，正在进行室内装修和室外工程施工。
h 优质学校跨区“结对”办学
p 为让新学校“一开办就是好学校”，通州区将继续引进中心城区优质教育资源，采取合作办学、集团化办学等方式，由东城、西城、海淀等区的知名学校与副中心新建学校结对。今年新投用的学校中，有7所将以名校分校的形式开办。
p 在师资方面，通州区今年计划招聘教师800余名，并通过“名师工作室”“骨干教师交流轮岗”等方式，提升新教师的教育教学能力。
h 新校园设计更“友好”
p 记者了解到，新建学校普遍采用了“全龄友好”设计，设置了风雨操场、屋顶运动场和开放式图书馆，部分学校还建设了科创中心和劳动教育基地。校园周边同步规划了接送区和临时停车区，缓解上下学高峰的交通压力。
"""


def page(body):
    pages = ["第01版：要闻", "第02版：要闻", "第03版：北京新闻", "第04版：城市副中心", "第05版：民生", "第06版：理论", "第07版：国内", "第08版：体育"]
    return f"""
<div class="ep-top"><div class="w"><div class="ep-name">燕都日报</div><div>2025年04月08日 星期二</div></div></div>
<div class="ep-bar"><div class="w"><a href="#">首页</a>|<a href="#">往期回顾</a>|<a href="#">版面导航</a>|<a href="#">标题导航</a>|<a href="#">PDF下载</a>　　{search("检索")}</div></div>
<div class="w ep-main">
<div class="ep-left">
<p><a href="#">上一版</a>　<b>第04版：城市副中心</b>　<a href="#">下一版</a></p>
<div class="ep-page">{img("第04版：城市副中心 版面图", 400, 540)}</div>
<div class="bmnav">{links(pages)}</div>
</div>
<div class="ep-right">
<p class="yin">新增学位1.38万个　7所学校以名校分校形式开办</p>
<h1 class="zhu">城市副中心今年将建成投用12所中小学</h1>
<div class="ep-text">
{body}
</div>
<p style="text-align:right;color:#888">本版编辑：赵晨　美编：王一　校对：孙立</p>
<h4>本版标题</h4>
{ul(["城市副中心今年将建成投用12所中小学","大运河通州段春季通航准备就绪","台湖演艺小镇新剧场下月亮相","张家湾设计小镇引进企业50余家"], "titlelist")}
<p><a href="#">上一篇</a>　<a href="#">下一篇</a></p>
</div>
</div>
<div class="ep-foot">燕都日报社 版权所有　未经许可不得转载　京ICP备05017638号</div>
"""
