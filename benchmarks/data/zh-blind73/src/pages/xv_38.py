from lib import *

PAGE = dict(
    id="xv-38", kind="institution", lang="zh",
    title="蜀通集团承建的绵阳绕城高速北段主线贯通",
    authors=["何川", "蒋玉洁"], publish_time="2025.05.28",
    doc_title="蜀通集团承建的绵阳绕城高速北段主线贯通—四川蜀通交通建设集团有限责任公司",
    css=INST,
)
CSS = """
.ihead{background:#1a3c8c}
.inav{background:#c8161d}
.ileft h3{background:#c8161d}
.pos{border-bottom-color:#c8161d}
.atitle{color:#1a3c8c}
.ainfo p{margin:0}
"""
FMT = {"by": '<p class="by" style="text-indent:0">{}</p>'}

BODY = """
p 5月26日，随着最后一片T梁精准落位，由蜀通集团第三工程公司承建的绵阳绕城高速公路北段主线全线贯通，为年底建成通车奠定了坚实基础。
p 绵阳绕城高速北段全长约38.6公里，设计时速100公里，共有桥梁42座、隧道6座，桥隧比达到61%。项目沿线地形起伏大、地质条件复杂，其中龙门山隧道穿越断层破碎带，施工难度在全省同类项目中位居前列。
p 面对工期紧、任务重的情况，项目部推行“日调度、周推进、月考核”工作机制，优化施工组织，高峰期投入管理和作业人员2100余人、大型设备380余台套。在龙门山隧道施工中，项目团队采用超前地质预报和三台阶预留核心土法，确保了隧道安全贯通。
p 项目还积极推广应用“智慧工地”系统，实现了对人员、设备、环境的实时监测，并在预制梁场使用自动张拉压浆设备，T梁预制合格率达到100%。
p 据了解，绵阳绕城高速北段建成后，将与既有高速公路形成环线，有效分流城区过境交通，对完善成渝地区双城经济圈北部路网、推动绵阳科技城建设具有重要意义。
by （通讯员　何川　蒋玉洁）
"""


def page(body):
    return f"""
<div class="ihead"><div class="w"><div class="iname">{img("蜀通集团", 60, 60)} 四川蜀通交通建设集团有限责任公司</div><div><a href="#">OA办公</a> | <a href="#">邮箱</a> | <a href="#">English</a></div></div></div>
<div class="inav"><div class="w"><a href="#">首页</a><a href="#">走进蜀通</a><a href="#">新闻中心</a><a href="#">党建工作</a><a href="#">业务领域</a><a href="#">企业文化</a><a href="#">人才招聘</a><a href="#">信息公开</a></div></div>
<div class="w ibody">
<div class="ileft"><h3>新闻中心</h3>{ul(["集团要闻","基层动态","媒体聚焦","图片新闻"])}</div>
<div class="iright">
<div class="pos">首页 &gt; 新闻中心 &gt; 基层动态</div>
<h1 class="atitle">蜀通集团承建的绵阳绕城高速北段主线贯通</h1>
<div class="ainfo"><p>2025.05.28</p><p>来源：第三工程公司　　点击：<span>2305</span></p></div>
<div class="acontent">
{body}
</div>
<p class="credit" style="text-align:right;color:#888">编辑：郑爽　审核：黄立新</p>
<p>上一篇：<a href="#">集团召开2025年安全生产月动员大会</a>　下一篇：<a href="#">蜀通集团与西南交通大学签署战略合作协议</a></p>
</div></div>
<div class="ifoot"><p>四川蜀通交通建设集团有限责任公司 版权所有</p><p>地址：四川省成都市高新区xx大道999号　电话：028-6198xx00</p><p>蜀ICP备11029014号-1　川公网安备51019002001982号</p></div>
"""
