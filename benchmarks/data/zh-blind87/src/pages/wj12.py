# 那曲市色尼区人民政府网（藏汉双语，2017 年版）：公告
from blocks import P, SIGN, DATE, UL, render as rb
from common import doc, links, img, esc

PAGE = {
    "id": "wj-12", "kind": "government", "lang": "zh",
    "title": "那曲市色尼区人民政府关于2025—2026年度冬春草原防火期的公告",
    "authors": [],
    "publish_time": "2025年11月14日 11:32",
    "body": [
        P("为切实做好今冬明春草原防火工作，保护草原资源和人民群众生命财产安全，根据《中华人民共和国草原法》《草原防火条例》等有关规定，结合我区实际，现将有关事项公告如下："),
        UL("一、2025年11月15日至2026年5月31日为全区草原防火期，其中2026年2月1日至4月30日为草原防火重点时段。",
           "二、草原防火期内，禁止在草原上野外用火。因生产生活确需用火的，须经所在乡（镇）人民政府批准，并采取防火措施，专人看守，用后彻底熄灭余火。",
           "三、进入草原的机动车辆须安装防火装置，严防漏火、喷火和排气管引发火灾；禁止在草原上丢弃烟头、燃放烟花爆竹和孔明灯。",
           "四、任何单位和个人发现草原火情，应立即拨打草原火警电话0896-3822119或119报警，并协助做好扑救工作。",
           "五、对违反本公告规定的，由区农业农村局、公安机关等部门依法予以处罚；构成犯罪的，依法追究刑事责任。"),
        P("特此公告。"),
        SIGN("那曲市色尼区人民政府"),
        DATE("2025年11月13日"),
    ],
}

CSS = """
body{margin:0;background:#f2f0eb;font:14px/1.8 "Microsoft YaHei",sans-serif;color:#2a2a2a}
a{color:#2a2a2a;text-decoration:none}
.lang{background:#7d1a1a;color:#fff;font-size:13px}.lang div{width:1100px;margin:auto;text-align:right;line-height:30px}.lang a{color:#ffd98e;margin-left:12px}
.top{height:160px;background:#b8860b}.top div{width:1100px;margin:auto;padding-top:30px}.top img{width:620px;height:90px}
.menu{background:#7d1a1a}.menu ul{width:1100px;margin:auto;padding:0;list-style:none;overflow:hidden}.menu li{float:left;width:12.5%;text-align:center;line-height:46px}.menu a{color:#fff;font-size:16px}
.box{width:1100px;margin:14px auto;background:#fff;padding:20px 40px;box-sizing:border-box}
.here{color:#777;border-bottom:1px solid #e4ddd0;padding-bottom:6px}
.box h2{text-align:center;font-size:24px;color:#7d1a1a;margin:26px 0 8px}
.bar{text-align:center;background:#f8f5ee;color:#8a7c66;font-size:13px;line-height:32px;margin-bottom:20px}
.txt{font-size:16px;line-height:2.1}.txt p{text-indent:2em;margin:0}.txt ul{list-style:none;padding:0;margin:0}.txt li{text-indent:2em}
.bot{width:1100px;margin:auto;text-align:center;font-size:12px;color:#666;line-height:24px;padding:10px 0 30px}
"""


def render(p):
    body = rb(p["body"], sign='<p style="text-align:right">{}</p>', date='<p style="text-align:right">{}</p>')
    return doc(p["title"] + "-色尼区人民政府", CSS, f"""
<div class="lang"><div><a href="#">བོད་ཡིག</a><a href="#">汉文</a><a href="#">无障碍浏览</a><a href="#">关怀版</a></div></div>
<div class="top"><div>{img("那曲市色尼区人民政府 ནག་ཆུ་གྲོང་ཁྱེར་སེར་རྙེད་ཁུལ་མི་དམངས་སྲིད་གཞུང་།")}</div></div>
<div class="menu"><ul>{links(["首页", "色尼概况", "新闻中心", "政务公开", "政务服务", "专题专栏", "互动交流", "羌塘文化"], '<li><a href="#">{}</a></li>', '')}</ul></div>
<div class="box">
<div class="here">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">通知公告</a></div>
<h2>{esc(p["title"])}</h2>
<div class="bar">时间：{p["publish_time"]}　　来源：色尼区人民政府办公室　　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="txt">
{body}
</div>
<p style="text-align:right;color:#999;margin-top:30px">【<a href="#">打印</a>】【<a href="#">关闭</a>】</p>
<p>上一篇：<a href="#">色尼区召开冬季安全生产工作部署会</a><br>下一篇：<a href="#">关于公布色尼区2025年度护林员名单的公示</a></p>
</div>
<div class="bot">主办：那曲市色尼区人民政府办公室　承办：色尼区融媒体中心<br>
藏ICP备08000516号-1　藏公网安备54060202000018号　网站标识码：5424210001<br>
{img("党政机关")}</div>
""")
