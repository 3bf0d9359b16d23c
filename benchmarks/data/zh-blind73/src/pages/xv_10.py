from lib import *

PAGE = dict(
    id="xv-10", kind="government", lang="zh",
    title="上海市闵行区人民政府关于同意设立莘庄镇莘松苑居民委员会的批复",
    authors=[], publish_time="2025年05月20日 星期二",
    doc_title="上海市闵行区人民政府关于同意设立莘庄镇莘松苑居民委员会的批复_区政府文件_上海市闵行区人民政府",
    css=GOV_NEW,
)
CSS = """
.head{background:#00468c}
.pubtime{color:#888;font-size:14px;text-align:left;border-bottom:2px solid #00468c;padding-bottom:6px}
"""

BODY = """
wh 闵府〔2025〕41号
main 区民政局：
p 你局《关于设立莘庄镇莘松苑居民委员会的请示》（闵民〔2025〕23号）收悉。经研究，批复如下：
p 一、同意设立莘庄镇莘松苑居民委员会，由莘庄镇人民政府负责指导其组建工作。
p 二、莘松苑居民委员会辖区范围：东至莘西南路，南至春申塘，西至莘北路，北至莘松路。辖区内有莘松苑小区一期、二期，共有住宅楼栋34幢，住户约2160户。原由莘松居民委员会代管的莘松苑小区一期相应划出。
p 三、莘松苑居民委员会办公地址设在莘松路xx弄1号莘松苑邻里中心二楼，办公和服务用房面积不少于450平方米。
p 四、请你局会同莘庄镇人民政府按照有关法律法规，依法做好居民委员会成员选举、印章刻制、档案移交等工作，确保新老居民委员会平稳过渡，保障居民正常生活和服务不受影响。
sign 上海市闵行区人民政府
date 2025年5月16日
p （此件公开发布）
"""


def page(body):
    return f"""
<div class="topbar"><div class="w"><div>上海闵行</div>
<div><a href="#">无障碍</a><a href="#">长者助手</a><a href="#">繁體</a><a href="#">English</a><a href="#">个人登录</a></div></div></div>
<div class="head"><div class="w"><div class="sitename">上海市闵行区人民政府</div>{search("搜索")}</div></div>
<div class="mainnav"><div class="w">{ul(["首页","政务公开","一网通办","政民互动","走进闵行","数据开放"])}</div></div>
<div class="w">
<div class="crumb">首页 / 政务公开 / 政府文件 / 区政府文件</div>
<div class="article">
<p class="pubtime">发布时间：2025年05月20日 星期二</p>
<h1>上海市闵行区人民政府关于同意设立莘庄镇莘松苑居民委员会的批复</h1>
<div class="content">
{body}
</div>
<div class="tools">分享：<a href="#">微信</a><a href="#">微博</a>　<a href="#">打印</a></div>
<div class="pn"><p>上一篇：<a href="#">上海市闵行区人民政府关于同意调整梅陇镇部分居民委员会辖区范围的批复</a></p><p>下一篇：<a href="#">上海市闵行区人民政府关于2025年区级财政预算调整的通知</a></p></div>
</div>
</div>
<div class="footer">
<p>主办：上海市闵行区人民政府办公室　运行维护：闵行区大数据中心</p>
<p>沪ICP备05017542号　沪公网安备 31011202001562号　网站标识码：3101120007</p>
<p>{qr("闵行区政府网移动版")}</p>
</div>
"""
