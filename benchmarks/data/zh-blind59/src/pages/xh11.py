from lib import *

ID = "xh-11"
KIND = "government"
LANG = "zh"
FEATURES = ("city government (衡阳市人民政府) 信息公开 批复: metadata as a definition list (dl/dt/dd flex rows) with "
            "发布日期 used as publish_time; 文号 line (not body); 主送 line; reply items 一、… 四、; 署名 and 成文日期 "
            "(body); another document's 文号 cited inside a body paragraph; 文件下载 and 扫一扫 QR")
HEAD_TITLE = "衡阳市人民政府关于《衡阳市耒水风光带详细规划》的批复_市政府文件_衡阳市人民政府门户网站"
TITLE_LINES = ["衡阳市人民政府关于《衡阳市耒水风光带详细规划》的批复"]
AUTHORS = []
TIME = "2024-08-13 09:00:00"

CSS = """
body{margin:0;background:#f5f5f5;font:15px/1.8 "Microsoft YaHei"}
.tp{background:#fff;border-bottom:4px solid #c40000}.tp .i{width:1200px;margin:0 auto;display:flex;align-items:center;height:100px}
.tp b{font-size:30px;color:#c40000}.tp .ln{margin-left:auto;font-size:13px}.tp .ln a{margin-left:12px}
.nv{background:#c40000;text-align:center}.nv a{color:#fff;padding:0 24px;line-height:46px;display:inline-block}
.mx{width:1200px;margin:16px auto;background:#fff;padding:20px 60px;box-sizing:border-box}
.ps{font-size:13px;color:#999;margin-bottom:14px}
dl.gk{display:flex;flex-wrap:wrap;background:#fbf6f0;border:1px solid #eadbc8;margin:0 0 20px;padding:10px 20px;font-size:13px}
dl.gk div{width:50%;display:flex}dl.gk dt{color:#8a6a45;width:80px}dl.gk dd{margin:0}
h1.wj{text-align:center;font-size:24px;margin:10px 0}
.wh{text-align:center;margin:4px 0 16px}
.zw p{margin:8px 0;font-size:16px}.zw .yi{text-indent:2em}.zw .rt{text-align:right}
.dl{border-top:1px dashed #ccc;padding-top:10px;margin-top:20px}
.ew{float:right;text-align:center;font-size:12px}
.ft{text-align:center;font-size:12px;color:#777;padding:20px}
"""

BODY = [
    P("市自然资源和规划局："),
    P("你局《关于审批〈衡阳市耒水风光带详细规划〉的请示》（衡自然资规〔2024〕112号）收悉。经研究，现批复如下：", cls="yi"),
    P("一、原则同意《衡阳市耒水风光带详细规划》（以下简称《规划》）。规划范围北起耒水与湘江交汇处，南至东阳渡大桥，全长约18.6公里，规划总面积约9.2平方公里。", cls="yi"),
    P("二、《规划》要坚持生态优先、以水定城，统筹防洪安全、生态修复和滨水空间利用，严格保护耒水沿岸自然岸线和湿地资源，控制沿岸建筑高度和开发强度，塑造“一带、三区、多节点”的滨水空间格局。", cls="yi"),
    P("三、你局要会同珠晖区、衡南县人民政府及市住房城乡建设、水利、文旅广电等部门，按照《规划》要求抓紧编制近期建设计划，分期分段有序推进实施，确保规划落地见效。", cls="yi"),
    P("四、《规划》一经批准，必须严格执行，任何单位和个人不得擅自变更。确需修改的，应按法定程序报批。", cls="yi"),
    P("衡阳市人民政府", cls="rt"),
    P("2024年8月9日", cls="rt"),
]


def page():
    return f"""<body>
<div class="tp"><div class="i"><b>{gif("衡阳市人民政府")}衡阳市人民政府门户网站</b><div class="ln"><a href="#">无障碍</a><a href="#">长者版</a><a href="#">简体</a>/<a href="#">繁体</a><a href="#">English</a></div></div></div>
<div class="nv"><a href="#">首页</a><a href="#">要闻动态</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">魅力雁城</a></div>
<div class="mx">
<div class="ps">当前位置：<a href="#">首页</a> &gt; <a href="#">政府信息公开</a> &gt; <a href="#">政策文件</a> &gt; <a href="#">市政府文件</a></div>
<dl class="gk"><div><dt>索引号：</dt><dd>43040000/2024-13027</dd></div><div><dt>发布机构：</dt><dd>衡阳市人民政府</dd></div>
<div><dt>文　　号：</dt><dd>衡政函〔2024〕45号</dd></div><div><dt>成文日期：</dt><dd>2024-08-09</dd></div>
<div><dt>发布日期：</dt><dd>{TIME}</dd></div><div><dt>主题分类：</dt><dd>城乡建设、环境保护</dd></div></dl>
<h1 class="wj">{TITLE_LINES[0]}</h1>
<p class="wh">衡政函〔2024〕45号</p>
<div class="zw">
{render(BODY)}
</div>
<div class="dl"><div class="ew">{gif("二维码")}<br>扫一扫在手机上查看当前页面</div>文件下载：<a href="#">衡政函〔2024〕45号.pdf</a><br>【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
</div>
<div class="ft">主办：衡阳市人民政府办公室　承办：衡阳市数据资源局<br>湘ICP备05010236号　湘公网安备 43040502000122号　网站标识码：4304000010<br>{gif("党政机关")} {gif("政府网站找错")}</div>
</body>"""
