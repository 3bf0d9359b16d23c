from lib import *

ID = "xh-06"
KIND = "government"
LANG = "zh"
FEATURES = ("county portal (栾川县) 乡镇动态 from a town (陶湾镇); headline ending in a question mark; info line ABOVE the "
            "headline (date · town · 阅读); 信息来源 line (not author); closing （李晓东 韩冰） inside the last paragraph "
            "(kept in body, both names are the authors); 2016-style float layout with 相关链接 select box")
HEAD_TITLE = "陶湾镇：小山村里的“共享菜园”为啥这么火？ - 栾川县人民政府"
TITLE_LINES = ["小山村里的“共享菜园”为啥这么火？"]
AUTHORS = ["李晓东", "韩冰"]
TIME = "2024-04-22"

CSS = """
body{margin:0;font:12px/1.6 Arial,"宋体";background:#e8efe4}
#wrap{width:1002px;margin:0 auto;background:#fff}
#head{height:130px;background:#3f7d3a;color:#fff;position:relative}
#head .name{font-size:34px;font-weight:bold;position:absolute;left:30px;top:40px}
#head .t{position:absolute;right:12px;top:6px}#head .t a{color:#fff;margin-left:8px}
#menu{background:#2d5d29;height:38px}#menu li{float:left;list-style:none;width:110px;text-align:center;line-height:38px}
#menu a{color:#fff;font-size:14px}
#menu ul{margin:0;padding:0}
.clear{clear:both}
.lm{padding:8px 20px;border-bottom:1px solid #ddd}
.art{padding:0 60px 20px}
.art .sj{color:#999;text-align:center;margin-top:16px}
.art .sj span{margin:0 8px}
.art h1{font-size:24px;text-align:center;margin:8px 0 20px;color:#2d5d29}
.art .zw p{font-size:16px;line-height:30px;margin:0 0 10px}
.xxly{color:#666;font-size:12px}
.xglj{padding:10px 60px}
#foot{border-top:4px solid #3f7d3a;text-align:center;padding:14px;line-height:22px;background:#f4f4f4}
"""

BODY = [
    P("走进陶湾镇协心村，一块块整齐的菜畦沿着山坡铺展开来，青菜、韭菜、豌豆长势正旺，几位村民正弯着腰除草、浇水。这片占地30多亩的“共享菜园”，是村里去年利用撂荒地改造的，如今已成了远近闻名的“网红打卡地”。", indent="nbsp"),
    P("菜园为啥这么火？村党支部书记常卫国给出了答案：“地是村里统一流转的，分成一百多块认领给城里人，每块每年交六百元，平时由村里的留守老人帮着打理，周末城里人带着孩子来种菜、摘菜，体验农家生活。”", indent="nbsp"),
    P("一块菜地，带活了一村人。目前，菜园已被洛阳、郑州等地的游客认领了126块，村集体年增收7万余元，20多名留守老人在家门口当上了“菜园管家”，每月能挣到一千多元。67岁的村民王秀兰说：“过去地荒着，现在天天有活干，还能跟城里来的娃娃们说说话，心里敞亮。”", indent="nbsp"),
    P("菜园火了，带动了周边农家乐、民宿和土特产销售。今年以来，协心村接待游客1.8万人次，柴鸡蛋、小杂粮、手工粉条等农产品通过“认领户”口口相传，销路越来越宽。", indent="nbsp"),
    P("“下一步，我们打算把菜园和研学结合起来，开设农耕课堂，再建一个农产品展销点，让‘共享菜园’变成乡亲们的‘共富菜园’。”常卫国说。（李晓东 韩冰）", indent="nbsp"),
]


def page():
    return f"""<body><div id="wrap">
<div id="head"><div class="t"><a href="#">设为首页</a><a href="#">收藏本站</a><a href="#">无障碍</a><a href="#">长者版</a></div><div class="name">{gif("栾川县人民政府")}栾川县人民政府</div></div>
<div id="menu"><ul>{ali(["网站首页", "栾川概况", "政务动态", "乡镇动态", "信息公开", "网上办事", "互动交流", "旅游栾川"])}</ul></div><div class="clear"></div>
<div class="lm">您当前位置：<a href="#">首页</a> &gt; <a href="#">政务动态</a> &gt; <a href="#">乡镇动态</a></div>
<div class="art">
<div class="sj"><span>{TIME}</span><span>陶湾镇</span><span>阅读：<b>562</b></span></div>
<h1>{TITLE_LINES[0]}</h1>
<div class="zw">
{render(BODY)}
</div>
<p class="xxly">信息来源：陶湾镇人民政府</p>
<p>【<a href="#">打印文章</a>】 【<a href="#">关闭本页</a>】</p>
</div>
<div class="xglj">相关链接：<select><option>--国家部委网站--</option><option>中国政府网</option></select> <select><option>--市县网站--</option><option>洛阳市人民政府</option></select></div>
<div id="foot">版权所有：栾川县人民政府　主办：栾川县人民政府办公室　承办：栾川县大数据中心<br>地址：栾川县城关镇君山西路 电话：0379-66822315<br>豫ICP备12003478号　豫公网安备 41032402000066号　网站标识码：4103240009<br>{gif("党政机关")} {gif("政府网站找错")}</div>
</div></body>"""
