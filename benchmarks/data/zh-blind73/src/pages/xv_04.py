from lib import *

PAGE = dict(
    id="xv-04", kind="government", lang="zh",
    title="《武侯区促进首店经济高质量发展若干措施》政策解读",
    authors=[], publish_time="2025/5/6",
    doc_title="《武侯区促进首店经济高质量发展若干措施》政策解读-成都市武侯区人民政府门户网站",
    css=GOV_NEW,
)
CSS = """
.head{background:#0a6e5c}
.mainnav{background:#075244}
.meta3{color:#666;font-size:14px;border-bottom:1px solid #e5e5e5;margin-bottom:18px}
.meta3 p{margin:2px 0}
.jdtag{display:inline-block;background:#0a6e5c;color:#fff;padding:0 10px;margin-bottom:10px}
.ywlink{background:#f3f8f7;padding:10px 16px;margin-top:18px}
"""

BODY = """
h 一、出台背景
p 首店经济是城市商业活力和消费能级的重要体现。近年来，武侯区引进各类品牌首店累计超过260家，但仍存在品牌能级不够高、区域分布不均衡、配套服务不完善等问题。为进一步吸引优质品牌首店、首发新品落地，打造具有国际影响力的消费目的地，区商务局牵头起草了《武侯区促进首店经济高质量发展若干措施》（以下简称《若干措施》）。
h 二、主要内容
p 《若干措施》共四个方面12条，重点支持内容如下：
li 1.对新引进的全球首店、亚洲首店、中国（内地）首店，分别给予最高200万元、100万元、50万元一次性奖励；西南首店、成都首店最高给予20万元奖励。
li 2.对在武侯区举办全球或全国性新品首发、首秀活动的品牌企业，按活动实际投入的30%给予补贴，单个活动最高50万元。
li 3.对引进首店数量多、运营成效好的商业载体，按年度考核结果给予最高100万元奖励。
li 4.对首店品牌在装修、租金、人才引进等方面提供“一店一策”服务，开通证照办理绿色通道。
h 三、适用对象
p 在武侯区依法登记注册、具有独立法人资格、财务制度健全、纳税关系在武侯区的品牌企业及商业载体运营企业。
h 四、施行时间及申报方式
p 《若干措施》自2025年6月1日起施行，有效期至2027年5月31日。2025年度首批项目申报时间为2025年6月1日至7月15日，申报单位可登录“武侯区惠企政策服务平台”在线填报，或将纸质材料报送至区商务局（武侯区xx路168号3楼）。
p 咨询电话：028-8559xx21（工作日9:00-12:00，13:30-17:30）。
"""


def page(body):
    return f"""
<div class="topbar"><div class="w"><div>{img("成都市武侯区人民政府", 180, 30)}</div>
<div><a href="#">无障碍浏览</a> | <a href="#">关怀版</a> | <a href="#">繁體中文</a> | <a href="#">移动版</a></div></div></div>
<div class="head"><div class="w"><div class="sitename">成都市武侯区人民政府门户网站</div>{search("请输入关键字")}</div></div>
<div class="mainnav"><div class="w">{ul(["首页","走进武侯","新闻动态","政务公开","政务服务","政民互动","投资武侯"])}</div></div>
<div class="w">
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策解读</a> &gt; <a href="#">部门解读</a> &gt; 正文</div>
<div class="article">
<span class="jdtag">文字解读</span>
<h1>《武侯区促进首店经济高质量发展若干措施》政策解读</h1>
<div class="meta3"><p>发布机构：武侯区商务局</p><p>发布日期：2025/5/6</p><p>浏览次数：1024　　<a href="#">【打印】</a><a href="#">【关闭】</a></p></div>
<div class="content">
{body}
</div>
<div class="ywlink">政策原文：<a href="#">成都市武侯区人民政府办公室关于印发《武侯区促进首店经济高质量发展若干措施》的通知</a><br>
图片解读：<a href="#">一图读懂｜武侯区首店经济12条来了</a></div>
</div>
<div class="box"><h3>相关解读</h3>
{dated_list([("《武侯区支持夜间经济发展十条措施》解读","2025/3/18"),("《武侯区促进楼宇经济发展办法》政策解读","2024/12/9"),("图解：武侯区2025年消费券发放细则","2025/4/21")])}</div>
</div>
<div class="footer">
{qr("武侯发布微信")}{qr("武侯区政府网站手机版")}
<p>主办：成都市武侯区人民政府办公室　承办：成都市武侯区政务服务和网络理政办公室</p>
<p>蜀ICP备08103645号-1　　川公网安备 51010702042215号　　网站标识码：5101070008</p>
</div>
"""
