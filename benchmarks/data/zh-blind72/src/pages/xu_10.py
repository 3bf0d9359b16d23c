from lib import *

META = dict(
    id="xu-10", kind="government", lang="zh",
    title="关于马莲村2025年高标准农田建设项目实施情况的公示",
    authors=[],
    publish_time="2025年09月12日 11时20分",
)
FEATURES = ("西吉 town site, 村务公开 column (2013 plain template): short village-level 公示 with a two-column key/value "
            "table (no header row), 监督电话 lines and the 村民委员会 signature + date as body; info bar 发布人/发布时间 with "
            "时/分; 返回顶部/关闭; tiny footer.")

BODY = [
    P("根据《西吉县村级项目公示制度》要求，现将马莲村2025年高标准农田建设项目实施情况公示如下："),
    T([
        ["项目名称", "马莲村2025年高标准农田建设项目"],
        ["建设地点", "马莲村一组、三组、五组"],
        ["建设规模", "新建高标准农田2300亩"],
        ["建设内容", "土地平整、田间道路4.2公里、机耕桥2座、渠道衬砌3.6公里"],
        ["总投资", "414万元（中央及自治区财政资金）"],
        ["实施单位", "西吉县农业农村局"],
        ["施工单位", "宁夏六盘建设工程有限公司"],
        ["建设期限", "2025年4月至2025年10月"],
        ["目前进度", "土地平整、田间道路已完工，渠道衬砌完成80%"],
    ], header=False),
    P("公示时间：2025年9月12日至9月21日。"),
    P("公示期间，村民对项目实施情况如有意见，可向村务监督委员会或镇纪委反映。"),
    P("村务监督委员会电话：0954-3061287"),
    P("将台堡镇纪委监督电话：0954-3061105"),
    P("西吉县将台堡镇马莲村村民委员会"),
    P("2025年9月12日"),
]

CSS = """
body{font-size:14px;font-family:SimSun;margin:8px;background:#fff}
#mainbox{width:900px;margin:0 auto;border:1px solid #9c9}
#logo{background:#396;color:#fff;font-size:22px;font-weight:bold;padding:14px}
#lm{background:#e8f5e8;padding:4px 10px;border-bottom:1px solid #9c9}
#lm a{margin:0 6px}
#wz{padding:6px 10px;color:#555}
#bt{text-align:center;font-size:18px;font-weight:bold;padding:10px}
#fbr{text-align:center;color:#999;font-size:12px}
#nr{padding:10px 30px;line-height:24px}
#nr table{border-collapse:collapse;margin:6px auto;width:90%}
#nr td{border:1px solid #666;padding:3px 6px}
#nr td:first-child{width:110px;background:#f3f3f3}
#fh{text-align:center;padding:8px}
#bq{background:#396;color:#fff;text-align:center;font-size:12px;padding:6px}
"""


def html():
    body = render(BODY, p="<p>{}</p>", indent="　　", td="<td>{}</td>", th="<td>{}</td>")
    t = META["title"]
    return doc(t, CSS, f"""
<div id="mainbox">
<div id="logo">西吉县将台堡镇人民政府</div>
<div id="lm"><a href="#">首页</a>|<a href="#">镇情概况</a>|<a href="#">工作动态</a>|<a href="#">党务公开</a>|<a href="#">政务公开</a>|<a href="#">村务公开</a>|<a href="#">乡村振兴</a></div>
<div id="wz">您的位置：首页 &gt; 村务公开 &gt; 马莲村</div>
<div id="bt">{e(t)}</div>
<div id="fbr">发布人：将台堡镇　　发布时间：2025年09月12日 11时20分　　浏览：87次</div>
<hr size="1" color="#99cc99">
<div id="nr">
{body}
</div>
<div id="fh"><a href="#">【返回顶部】</a>　<a href="#">【关闭】</a></div>
<div id="bq">西吉县将台堡镇人民政府 版权所有　<a href="#" style="color:#fff">宁ICP备13000652号</a></div>
</div>
""")
