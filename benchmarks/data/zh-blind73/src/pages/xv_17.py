from lib import *

PAGE = dict(
    id="xv-17", kind="media", lang="zh",
    title="雅安藏茶春茶开采 今年全市茶叶产量预计突破4.5万吨",
    authors=["罗晓", "冯川"], publish_time="2025-04-09 06:52",
    doc_title="雅安藏茶春茶开采 今年全市茶叶产量预计突破4.5万吨_蜀报网",
    css=MEDIA,
)
CSS = """
.topline{background:#8b0000}
.chan{border-top-color:#8b0000}
.box-info{display:flex;gap:16px;color:#888;font-size:13px;border-bottom:1px dashed #ddd;padding-bottom:8px;margin-bottom:16px}
.text .by{text-align:left;font-size:15px;color:#555}
.text h3{color:#8b0000}
"""
FMT = {"h": "<h3>{}</h3>"}

BODY = """
by 蜀报全媒体记者 罗晓 冯川 文/图
p 4月8日清晨，雅安市名山区茅河乡的茶山上，采茶工人背着竹篓穿行在茶垄间。今年雅安春茶开采比去年推迟了约一周，但得益于3月以来雨水充足，芽叶长势良好。
h 采摘季用工需求旺盛
p 在茅河乡一家茶叶专业合作社，负责人杨晓燕正在给新来的采茶工登记。“今年我们合作社管护茶园1800亩，高峰期每天需要采茶工400多人。”她说，除了本地村民，还有不少来自甘孜、凉山的务工人员，熟练工人一天能挣200元左右。
p 据雅安市农业农村局统计，截至4月7日，全市已开采春茶面积83万亩，占投产茶园面积的九成以上，采收鲜叶2.1万吨，实现综合产值18.6亿元。
img 采茶 | 4月8日，名山区茅河乡，采茶工人在茶园里采摘春茶。
h 藏茶企业加快转型
p 在雨城区的一家藏茶企业，新建成的自动化生产线正在调试。企业负责人介绍，传统藏茶需要经过32道工序，新生产线将渥堆、蒸压等环节实现了温湿度智能控制，产品品质更加稳定，产能提高了约40%。
p 雅安市有关负责人表示，今年全市茶叶产量预计将突破4.5万吨，将继续推进“茶旅融合”，在名山、雨城等地打造一批茶园观光线路，并依托“蒙顶山茶”区域公用品牌拓展电商和出口渠道。
"""


def page(body):
    return f"""
<div class="topline"><div class="w"><a href="#">蜀报网首页</a><a href="#">蜀报</a><a href="#">川观客户端</a><a href="#">举报中心</a></div></div>
<div class="w">
<div class="logo-row">{img("蜀报网", 200, 60)}{search("请输入搜索内容")}</div>
<div class="chan"><a href="#">首页</a><a href="#">时政</a><a href="#">市州</a><a href="#">经济</a><a href="#">乡村振兴</a><a href="#">文旅</a><a href="#">评论</a></div>
<div class="layout"><div class="maincol">
<div class="crumb">您当前的位置：<a href="#">首页</a> &gt; <a href="#">市州</a> &gt; <a href="#">雅安</a></div>
<h1 class="headline">雅安藏茶春茶开采 今年全市茶叶产量预计突破4.5万吨</h1>
<div class="box-info"><span>2025-04-09 06:52</span><span>来源：蜀报</span><span>字号：<a href="#">T</a> <a href="#">T</a></span></div>
<div class="text">
{body}
</div>
<p class="editor">编辑：王丽　责任编辑：赵伟</p>
<h4>相关新闻</h4>
{dated_list([("四川春茶开采面积超过500万亩","2025-04-03"),("蒙顶山茶文化旅游节开幕","2025-03-29")])}
</div>
<div class="sidecol"><h4>市州要闻</h4>{ul(["乐山大佛景区启动修缮","眉山东坡区泡菜产业产值创新高","攀枝花早春枇杷上市","绵阳科技城新区签约项目12个"], "rel")}</div>
</div></div>
<div class="footer"><p>蜀报网 版权所有 Copyright © 2025</p><p>蜀ICP备05003812号　川公网安备51010402000877号　互联网新闻信息服务许可证：51120180011</p></div>
"""
