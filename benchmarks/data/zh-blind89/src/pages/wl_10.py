# 重庆 · 区人力社保局 · 批复（2019 政府信息公开 detail page: meta table with 成文日期 AND 发布日期, 文号 line）
from lib import *

PAGE = dict(
    id="wl-10", kind="government", lang="zh", site="重庆市綦江区人力资源和社会保障局",
    title="关于同意重庆市綦江区启航职业培训学校变更办学地址的批复",
    authors=[],
    publish_time="2025-10-17",
    features=["批复 in a 政府信息公开 frame", "meta table with 索引号/发布机构/成文日期 2025-10-14/发布日期 2025-10-17 (publish_time = 发布日期)",
              "文号 line above 主送 (not body)", "short body with numbered conditions", "署名 and 成文日期 (body)",
              "'【我要纠错】' and 扫一扫 (not body)"],
)

BLOCKS = [
    ("x", '<p class="wh">綦人社〔2025〕86号</p>'),
    ("to", "重庆市綦江区启航职业培训学校："),
    ("p", "你校《关于变更办学地址的申请》及相关材料收悉。经审核，现批复如下："),
    ("li", "一、同意你校办学地址由綦江区古南街道沱湾路36号变更为綦江区文龙街道九龙大道218号3楼。"),
    ("li", "二、变更后，你校办学层次、培训范围、办学规模不变。新办学场所须符合消防、安全、卫生等有关要求，教学设施设备须满足培训需要。"),
    ("li", "三、你校应在收到本批复之日起30日内，持本批复到登记管理机关办理变更登记，并及时更换办学许可证，向社会公告新的办学地址。"),
    ("p", "请你校严格遵守《中华人民共和国民办教育促进法》等法律法规，规范办学行为，加强安全管理，按规定做好学员告知和学籍管理工作，自觉接受教育行政部门和我局的监督检查。"),
    ("sig", "重庆市綦江区人力资源和社会保障局"),
    ("sig", "2025年10月14日"),
]

R = dict(p='<p class="zw">{}</p>', li='<p class="zw">{}</p>', to='<p class="zs">{}</p>', sig='<p class="lk">{}</p>')

CSS = """
body{margin:0;font:16px/1.9 "Microsoft YaHei";color:#333;background:#fff}.ct{width:1200px;margin:0 auto}
.tb{background:#b8231b;height:96px;color:#fff}.tb .ct{display:flex;align-items:center;height:96px;justify-content:space-between}
.nav{border-bottom:3px solid #b8231b}.nav a{display:inline-block;padding:12px 30px;font-size:17px}
.meta{width:100%;border-collapse:collapse;font-size:14px;margin:14px 0}.meta td{border:1px solid #e0d0d0;padding:6px 10px}.meta .k{background:#fbf3f3;width:110px}
h1{text-align:center;font-size:24px;color:#b8231b;margin:26px 0}.wh{text-align:center}.zw{text-indent:2em}.lk{text-align:right;padding-right:2em}
.tl{text-align:right;font-size:14px;color:#666}.ft{background:#f2f2f2;border-top:1px solid #ddd;text-align:center;color:#666;font-size:13px;padding:20px;margin-top:40px}
"""


def render(P, body):
    return doc(P, CSS, f"""
<div class="tb"><div class="ct"><b style="font-size:28px">重庆市綦江区人力资源和社会保障局</b><div>{links(["无障碍","长者模式","繁体"], sep="　")}<br><input placeholder="请输入关键词"><button>搜索</button></div></div></div>
<div class="nav"><div class="ct">{links(["首页","政务公开","政务服务","互动交流","就业创业","社会保障","人事人才"])}</div></div>
<div class="ct">
<p style="font-size:14px;color:#888">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政府信息公开目录</a> &gt; <a href="#">行政许可</a></p>
<table class="meta">
<tr><td class="k">索 引 号：</td><td>11500222MB1F23456A/2025-00214</td><td class="k">主题分类：</td><td>劳动、人事、监察</td></tr>
<tr><td class="k">发布机构：</td><td>綦江区人力社保局</td><td class="k">成文日期：</td><td>2025-10-14</td></tr>
<tr><td class="k">标　　题：</td><td colspan="3">{P['title']}</td></tr>
<tr><td class="k">发文字号：</td><td>綦人社〔2025〕86号</td><td class="k">发布日期：</td><td>{P['publish_time']}</td></tr>
</table>
<h1>{P['title_html']}</h1>
{body}
<p class="tl"><a href="#">【我要纠错】</a> <a href="#">【打印】</a> <a href="#">【关闭】</a></p>
<p style="text-align:center;font-size:13px">{img("扫一扫")}<br>扫一扫在手机打开当前页</p>
</div>
<div class="ft">
<p>主办单位：重庆市綦江区人力资源和社会保障局　　联系电话：023-48662103</p>
<p>渝ICP备05016833号-3　　渝公网安备 50011002000288号　　网站标识码：5001100026</p>
</div>
""")
