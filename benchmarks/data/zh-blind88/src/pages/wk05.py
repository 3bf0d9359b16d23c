"""wk-05: 吉林 市级部门 (生态环境局) site, 通报 with a ranking table; info bar with an empty 作者 field."""
from lib import *

PAGE = dict(id="wk-05", kind="government", lang="zh",
            title="关于2025年10月全市环境空气质量状况的通报",
            authors=[], publish_time="2025/11/12")

ROWS = [
    ["排名", "县（市）区", "优良天数比例（%）", "PM2.5平均浓度（微克/立方米）", "同比变化"],
    ["1", "蛟河市", "100", "15", "下降11.8%"],
    ["2", "桦甸市", "100", "17", "下降5.6%"],
    ["3", "磐石市", "96.8", "21", "持平"],
    ["4", "永吉县", "96.8", "23", "上升4.5%"],
    ["5", "舒兰市", "93.5", "24", "上升9.1%"],
]

BLOCKS = [
    P("各县（市）区生态环境分局，局机关各处室、直属各单位："),
    P("现将2025年10月全市环境空气质量状况通报如下："),
    H("一、总体情况"),
    P("10月，全市城区环境空气质量优良天数为29天，优良天数比例为93.5%，同比增加1天；PM2.5平均浓度为22微克/立方米，同比下降8.3%；PM10平均浓度为41微克/立方米，同比持平。首要污染物为细颗粒物。"),
    H("二、各县（市）区排名情况"),
    T(ROWS),
    H("三、存在问题"),
    P("10月下旬以来，受秋收后秸秆露天焚烧和供暖季燃煤锅炉陆续启动影响，部分县（市）区PM2.5浓度出现反弹，其中永吉县、舒兰市同比上升。"),
    H("四、下步工作要求"),
    P("各地要严格落实秸秆禁烧网格化监管责任，加大夜间巡查力度；加快推进燃煤锅炉超低排放改造，强化施工工地扬尘和渣土运输车辆管控，确保完成全年空气质量改善目标。"),
    SIGN("吉林市生态环境局"),
    SIGN("2025年11月12日"),
]

CSS = """
body{margin:0;font:14px/1.7 "SimSun";color:#333;background:#fff}
#header{height:110px;background:#2e8b57;border-bottom:4px solid #1f6b40}
#header .name{width:980px;margin:0 auto;color:#fff;font:bold 32px/110px "Microsoft YaHei"}
#header .name small{font-size:14px;font-weight:normal;margin-left:12px}
#mnav{width:980px;margin:0 auto;border-bottom:1px solid #2e8b57}
#mnav a{display:inline-block;padding:0 16px;line-height:40px;color:#1f6b40;font-size:15px;font-weight:bold;text-decoration:none}
#tools{width:980px;margin:0 auto;font-size:12px;text-align:right;padding:4px 0}#tools a{color:#666}
#page{width:980px;margin:10px auto;overflow:hidden}
#lc{float:left;width:700px}
#rc{float:right;width:250px;border:1px solid #cfe3d6}
#rc h5{margin:0;background:#e6f3eb;padding:6px 10px;font-size:14px;color:#1f6b40}
#rc li{font-size:12px;line-height:24px}
.dqwz{font-size:12px;color:#555;padding:6px 0;border-bottom:1px solid #ddd}
.wzbt{font:bold 22px/1.6 "Microsoft YaHei";text-align:center;margin:20px 0 6px;color:#1f3b2c}
.wzxx{text-align:center;font-size:12px;color:#777;background:#f3f8f5;padding:6px}
.wznr{font-size:15px;line-height:2;padding:12px 6px}
.wznr p{text-indent:2em;margin:6px 0}.wznr h5{font-size:15px;margin:10px 0 4px;text-indent:2em}
.wznr table{border-collapse:collapse;width:100%;font-size:13px}.wznr td,.wznr th{border:1px solid #666;padding:4px;text-align:center}
.prt{text-align:center;margin:18px 0;font-size:12px}.prt a{color:#333;margin:0 6px}
#foot{clear:both;border-top:4px solid #2e8b57;text-align:center;font-size:12px;color:#555;line-height:22px;padding:10px 0}
"""


def render():
    bh, gold = body(BLOCKS, p="p", hf=lambda t, b: f"<h5>{t}</h5>")
    html = f"""
<div id="header"><div class="name">吉林市生态环境局<small>Jilin Municipal Bureau of Ecology and Environment</small></div></div>
<div id="tools"><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">繁体版</a> | <a href="#">返回市政府网站</a></div>
<div id="mnav">{links(["首页","机构概况","环境质量","政务公开","环评管理","执法监督","公众参与"])}</div>
<div id="page">
<div id="lc">
<div class="dqwz">当前位置：<a href="#">首页</a>&gt;&gt;<a href="#">环境质量</a>&gt;&gt;<a href="#">空气质量通报</a></div>
<div class="wzbt">{PAGE["title"]}</div>
<div class="wzxx">时间：2025/11/12　 作者：　 来源：市生态环境局　 点击数：87</div>
<div class="wznr">
{bh}
</div>
<div class="prt"><a href="#">【打印此页】</a><a href="#">【关闭窗口】</a><a href="#">【返回顶部】</a></div>
</div>
<div id="rc"><h5>环境质量</h5>
{ul_links(["2025年9月全市环境空气质量状况的通报","2025年第三季度全市地表水环境质量状况","吉林市2025年上半年声环境质量公报","关于2025年8月全市环境空气质量状况的通报"])}
<h5>办事指南</h5>
{ul_links(["建设项目环境影响评价文件审批","排污许可证核发","危险废物经营许可"])}
</div>
</div>
<div id="foot">版权所有：吉林市生态环境局　地址：吉林市船营区解放中路1688号　邮编：132011<br>
电话：0432-62083152　吉ICP备13001452号　吉公网安备 22020402000066号　网站标识码：2202000033</div>
"""
    return doc(PAGE["title"] + "--吉林市生态环境局", CSS, html), gold
