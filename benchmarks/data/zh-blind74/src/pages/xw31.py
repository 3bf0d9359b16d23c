# 润州日报 数字报 (镇江-area daily) -- 2020s e-paper: 引题/主题/副题 stack, "□ 本报记者 … 通讯员 …", 版面导航 + 本版标题
from lib import *

META = dict(
    id="xw-31", kind="e-paper", lang="zh",
    title="全市村级便民服务中心实现“全科受理”",
    authors=["孙悦", "戴晶晶"],
    publish_time="2025年04月24日 星期四",
)

BODY = [
    P("本报讯　上午在村里交材料，下午就能拿到营业执照；社保、医保、残疾人补贴等事项，在村便民服务中心一个窗口就能办好。记者从市政务服务管理办公室获悉，截至目前，全市486个村（社区）便民服务中心全部实现“全科受理”，今年以来累计办理各类事项23.6万件。"),
    P("“全科受理”就是把原来分散在民政、人社、医保、残联等多个窗口的事项整合到一个综合窗口，由经过培训的“全科社工”统一受理。群众不用再“找窗口”“排多队”，只需到一个窗口、交一套材料。"),
    P("在丹徒区上党镇五塘村便民服务中心，记者看到，窗口上方的电子屏滚动显示着可办事项清单，共有社会保障、医疗卫生、农业农村等8大类136项。村便民服务中心工作人员王丽萍说：“像老年人办理高龄津贴，以前要跑镇里，现在在村里提交材料，其余的我们帮着线上流转，办好了直接打到卡上。”"),
    P("为解决村级窗口人员业务能力不足的问题，市里编制了标准化办事指南，组织开展“全科社工”轮训，今年已培训1300余人次。同时依托一体化政务服务平台，推动镇村两级数据共享，让“数据多跑路、群众少跑腿”。"),
    P("市政务办相关负责人表示，下一步将继续推动更多高频事项向村级下沉，探索“视频帮办”“上门代办”等服务，为行动不便的老年人、残疾人提供更贴心的服务。"),
]

STYLE = dict(p='<p>{}</p>')

CSS = """
body{margin:0;background:#e8e4da;font-family:"Microsoft YaHei",SimSun;color:#222}
.ep-header{background:#8b0000;color:#fff}
.ep-header .w{width:1200px;margin:0 auto;display:flex;align-items:center;justify-content:space-between;height:80px}
.ep-date{font-size:15px}
.ep-tools a{color:#fff;margin-left:12px;font-size:14px}
.ep-body{width:1200px;margin:12px auto;display:grid;grid-template-columns:260px 1fr 260px;gap:12px}
.ep-col{background:#fff;padding:12px;font-size:14px}
.ep-col h4{margin:0 0 8px;color:#8b0000;border-bottom:1px solid #d9c9c9;padding-bottom:4px}
.ep-col li{line-height:1.9}
.ep-pager{display:flex;justify-content:space-between;margin:10px 0}
.ep-article{background:#fffdf7;padding:24px 40px}
.ep-yt,.ep-ft{text-align:center;font-size:16px;color:#555;margin:4px 0}
.ep-zt{text-align:center;font-size:28px;font-weight:bold;margin:6px 0;color:#111}
.ep-author{text-align:center;font-size:14px;color:#666;margin:10px 0 18px}
.ep-text p{font-size:17px;line-height:1.9;text-indent:2em;margin:0 0 10px}
.ep-next{border-top:1px dashed #ccc;margin-top:20px;padding-top:10px;font-size:14px}
.ep-footer{text-align:center;font-size:12px;color:#555;padding:16px 0;line-height:2}
"""


def page(body):
    m = META
    return f"""
<div class="ep-header"><div class="w">{img("润州日报 数字报", 300, 56)}<div class="ep-date">{m['publish_time']}</div><div class="ep-tools"><a href="#">往期回顾</a><a href="#">PDF下载</a><a href="#">润州新闻网</a></div></div></div>
<div class="ep-body">
<div class="ep-col">
<h4>第A02版：综合新闻</h4>
<p>{img("A02版面缩略图", 230, 330)}</p>
<div class="ep-pager"><a href="#">上一版</a><a href="#">下一版</a></div>
<h4>版面导航</h4>
<ul>
<li><a href="#">第A01版：要闻</a></li>
<li><a href="#">第A02版：综合新闻</a></li>
<li><a href="#">第A03版：区县新闻</a></li>
<li><a href="#">第A04版：社会民生</a></li>
<li><a href="#">第A05版：经济</a></li>
<li><a href="#">第A06版：专版</a></li>
<li><a href="#">第A07版：金山副刊</a></li>
<li><a href="#">第A08版：体育·广告</a></li>
</ul>
</div>
<div class="ep-article">
<p class="ep-yt">打通“最后一公里”　让群众少跑腿</p>
<h1 class="ep-zt">{m['title']}</h1>
<p class="ep-ft">今年以来累计办理事项23.6万件</p>
<p class="ep-author">□ 本报记者 孙悦　通讯员 戴晶晶</p>
<div class="ep-text">
{body}
</div>
<div class="ep-next"><p>上一篇：<a href="#">我市启动2025年全民阅读系列活动</a></p><p>下一篇：<a href="#">润州区：老旧小区改造惠及居民4200户</a></p></div>
</div>
<div class="ep-col">
<h4>本版标题</h4>
<ul>
<li><a href="#">全市村级便民服务中心实现“全科受理”</a></li>
<li><a href="#">我市启动2025年全民阅读系列活动</a></li>
<li><a href="#">润州区：老旧小区改造惠及居民4200户</a></li>
<li><a href="#">市区新增公共自行车站点38个</a></li>
<li><a href="#">第二届长江美食文化节5月开幕</a></li>
</ul>
<h4>往期回顾</h4>
<p>2025年04月　<a href="#">23</a> <a href="#">22</a> <a href="#">21</a> <a href="#">20</a></p>
</div>
</div>
<div class="ep-footer">
润州日报社版权所有　未经许可不得转载或镜像<br>
地址：镇江市京口区正东路128号　邮编：212001　苏ICP备05010938号
</div>
"""
