# 西安市碑林区人民政府 (陕西, 区): a 批复 in the 政府信息公开 section.  A long
# 信息公开目录 tree in the left column comes first in the copy; the headline
# follows; 文号 line not body; 主送 line, 署名, date and 附注 are body.
from kit import *

META = dict(
    id="xm-12", kind="government", lang="zh",
    title="碑林区人民政府关于同意长乐坊街道调整部分社区管辖范围的批复",
    authors=[],
    publish_time="2025年4月9日",
)
HTML_TITLE = "碑林区人民政府关于同意长乐坊街道调整部分社区管辖范围的批复"
CSS = BASE_CSS + """
body{background:#eef1f5}
.tools{background:#fff;text-align:right;padding:5px calc(50% - 600px);font-size:12px;border-bottom:1px solid #ddd}
.tools a{margin-left:14px}
.head{background:#8c1c13;height:110px;color:#fff;padding:0 calc(50% - 600px)}
.head b{display:inline-block;font-size:30px;padding-top:34px}
.nav{background:#6e140d;text-align:center}
.nav li{display:inline-block}
.nav a{display:block;color:#fff;padding:10px 26px}
.main{width:1200px;margin:16px auto;display:flex;gap:16px}
.tree{width:260px;background:#fff;font-size:13px}
.tree h3{margin:0;background:#8c1c13;color:#fff;padding:10px;font-size:15px}
.tree li{padding:4px 10px 4px 14px;border-bottom:1px dotted #ddd}
.tree li.sub{padding-left:30px;color:#555}
.tree li.on{background:#fbeaea;color:#8c1c13}
.art{flex:1;background:#fff;padding:20px 50px}
.crumb{font-size:13px;color:#777;padding-bottom:10px;border-bottom:1px solid #eee}
h1{font-size:24px;text-align:center;line-height:1.5;margin:30px 30px 8px}
.wh{text-align:center;margin:0 0 8px}
.info{text-align:center;font-size:13px;color:#999;margin-bottom:20px}
.content{font-size:17px;line-height:2}
.content p{margin:0}
.tail{margin-top:30px;border-top:1px solid #eee;padding-top:10px;font-size:13px;color:#888}
.footer{background:#333;color:#aaa;text-align:center;padding:18px 0;font-size:12px}
.footer p{margin:3px 0}
"""
TREE = ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", ("机构职能", 1), ("政策文件", 1),
        ("区政府文件", 2), ("区政府办文件", 2), ("部门文件", 2), ("批复", 2, 1), ("规划信息", 1),
        ("财政资金", 1), ("人事信息", 1), ("重大项目", 1), ("社会公益事业", 1), ("行政执法公示", 1),
        "政府信息公开年报", "依申请公开"]


def tree():
    out = []
    for t in TREE:
        if isinstance(t, str):
            out.append(f'<li><a href="#">{t}</a></li>')
        else:
            cls = "sub on" if len(t) == 3 else "sub"
            pre = "　" * (t[1] - 1) + "├ "
            out.append(f'<li class="{cls}"><a href="#">{pre}{t[0]}</a></li>')
    return "<ul>" + "".join(out) + "</ul>"


TEMPLATE = f"""
<div class="tools"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁体</a><a href="#">English</a><a href="#">智能问答</a></div>
<div class="head"><b>{img("碑林区", 60, 60)}西安市碑林区人民政府</b></div>
{nav(["首页", "走进碑林", "政务动态", "政府信息公开", "政务服务", "互动交流", "专题专栏"])}
<div class="main">
<div class="tree"><h3>政府信息公开目录</h3>{tree()}</div>
<div class="art">
{crumb(["首页", "政府信息公开", "法定主动公开内容", "政策文件", "批复"], prefix="当前位置：")}
<h1>@@TITLE@@</h1>
<p class="wh">碑政函〔2025〕23号</p>
<div class="info">发布日期：@@DATE@@　　信息来源：区民政局　　{fontsize(1)}</div>
<div class="content">
@@BODY@@
</div>
<div class="tail">{prevnext("碑林区人民政府关于同意实施东关南街片区城市更新项目的批复", "碑林区人民政府关于同意区教育局调整部分学校学区划分的批复")}</div>
</div>
</div>
{footer(["西安市碑林区人民政府办公室主办　西安市碑林区大数据服务中心承办",
         "陕ICP备05004417号-1　陕公网安备 61010302000521号　网站标识码：6101030005",
         "地址：西安市碑林区南大街　联系电话：029-87271234"])}
"""
OPTS = dict(pstyle="indent")
BODY = """
p 长乐坊街道办事处：
p 你街道《关于调整部分社区管辖范围的请示》（长街发〔2025〕9号）收悉。经研究，现批复如下：
p 一、同意将东仓门社区辖区内东新街以北、长乐坊巷以西的区域（约0.12平方公里，涉及住户1860户）划归索罗巷社区管辖。
p 二、同意调整后的东仓门社区管辖范围为：东至东二路，南至东新街，西至长乐坊巷，北至八路军西安办事处纪念馆南侧道路。
p 三、你街道要妥善做好社区管辖范围调整后的居民户籍、社会保障、网格划分、档案移交等各项衔接工作，确保居民办事不受影响、服务不断档，并及时向社会公布调整情况。
p 四、区民政局、区公安分局、区市场监管局等部门要按照职责分工，加强指导，做好相关变更登记和服务保障工作。
sign 西安市碑林区人民政府
sign 2025年4月8日
p （此件公开发布）
"""
