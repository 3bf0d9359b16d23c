from lib import *

PAGE = dict(
    id="xv-33", kind="e-paper", lang="zh",
    title="主城都市区今夏将新增口袋公园120个",
    authors=["向晴", "郑涛"], publish_time="2025年6月3日 星期二",
    doc_title="山城日报 - 2025年6月3日 - 第003版：重庆新闻",
    css=EPAPER,
)
CSS = """
.ep-top{background:#0b4a8b}
.ep-bar a{color:#0b4a8b}
.nl{font-size:13px;color:#ffe}
.bcrumb{color:#888;font-size:13px;border-bottom:1px solid #ddd;margin-bottom:12px}
.yin{color:#0b4a8b}
"""

BODY = """
p 本报讯（记者 向晴 郑涛）6月2日，记者从市住房城乡建委获悉，今年夏季，主城都市区将新建和改造口袋公园120个，其中中心城区70个，主城新区50个，预计7月底前全部建成开放。
p 口袋公园是指面积在400平方米至1万平方米之间、便于居民就近使用的小型公园绿地。今年的口袋公园选址将重点结合城市更新和老旧小区改造，利用边角地、闲置地、坡坎崖等空间“见缝插绿”。
p 针对重庆山地城市特点，此次建设将注重“坡坎崖”绿化美化。例如，渝中区将在一处长约300米的陡坡崖壁上建设立体绿化和步道，串联起上下两个社区；江北区则把一处废弃的堡坎平台改造成带有儿童游乐设施的观景公园。
p 市住房城乡建委相关负责人表示，口袋公园建设将坚持“小规模、低成本、便民化”，每个公园都将设置休憩座椅、照明设施，有条件的还将配建健身器材和儿童活动场地。同时，建设前会广泛征求周边居民意见，确保“建在群众需要的地方”。
p 据统计，2022年以来，重庆已累计建成口袋公园500余个。
"""


def page(body):
    return f"""
<div class="ep-top"><div class="w"><div class="ep-name">山城日报</div><div class="nl">2025年6月3日 星期二 农历乙巳年五月初八</div></div></div>
<div class="ep-bar"><div class="w"><a href="#">数字报首页</a><a href="#">往期</a><a href="#">版面列表</a><a href="#">下载PDF</a><a href="#">返回山城网</a></div></div>
<div class="w ep-main">
<div class="ep-left">
<div class="ep-page">{img("第003版：重庆新闻", 400, 540)}</div>
<p>{links(["第001版：要闻","第002版：要闻","第003版：重庆新闻","第004版：区县","第005版：经济","第006版：视点"], " ")}</p>
</div>
<div class="ep-right">
<div class="bcrumb">当前版：第003版：重庆新闻　<a href="#">上一版</a>　<a href="#">下一版</a></div>
<p class="yin">利用边角地、闲置地、坡坎崖“见缝插绿”</p>
<h1 class="zhu">主城都市区今夏将新增口袋公园120个</h1>
<p class="fu">7月底前全部建成开放</p>
<div class="ep-text">
{body}
</div>
<h4>本版导读</h4>
{ul(["主城都市区今夏将新增口袋公园120个","轨道交通18号线北延伸段开工","重庆今年首场高温过程来袭","图片新闻"], "titlelist")}
</div>
</div>
<div class="ep-foot">山城日报社 版权所有 | 渝ICP备05002513号 | 山城日报数字报</div>
"""
