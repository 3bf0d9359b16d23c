# 天津区级报纸数字报（虚构“运河时报”，武清），2016 年版：长标题分两行，“文/图 本报记者 …”在标题下
from blocks import P, IMG, render as rb
from common import doc, links, img, esc

LINES = ["运河沿岸12个村联建“共享农机站”", "秋冬农机服务费平均降低三成"]
PAGE = {
    "id": "wj-35", "kind": "e-paper", "lang": "zh",
    "title": "".join(LINES),
    "authors": ["马凤岚"],
    "publish_time": "2025年11月15日 星期六",
    "body": [
        P("秋收秋种刚刚结束，河西务镇“共享农机站”的院子里，十几台拖拉机、旋耕机、播种机整齐地停放着，维修师傅正在给一台玉米收割机更换磨损的割刀。“机器保养好了，明年春耕拉出去就能用。”站长李建国说。"),
        P("今年年初，河西务镇、大孟庄镇沿北运河的12个村，以村集体入股的方式，联合成立了农机服务专业合作社，整合各村原有农机具86台套，新购置大型智能农机22台，建起了3个“共享农机站”。农户通过手机小程序就能预约耕地、播种、植保、收割等服务，农机站根据订单统一调度。"),
        IMG("共享农机站内停放的农机"),
        P("“以前各村各户单独买农机，一年用不了几天，平时就在院里闲着。现在联合起来，机器利用率高了，服务价格也降下来了。”李建国给记者算了一笔账，今年秋收，合作社玉米机收每亩收费55元，比往年市场价低了将近三成，12个村共节省农机服务费用约90万元。"),
        P("除了农机服务，合作社还为农户提供农资统购、粮食烘干和仓储服务，年底盈余按股分红。武清区农业农村委相关负责人表示，将在总结经验的基础上，在全区推广“村村联建”的农机社会化服务模式。"),
    ],
}

CSS = """
body{margin:0;background:#f0f0f0;font-family:"Microsoft YaHei",SimSun;color:#333}a{color:#333;text-decoration:none}
.container{width:1200px;margin:0 auto;background:#fff}
.header{height:90px;border-bottom:4px solid #0b6e4f;display:flex;align-items:center;justify-content:space-between;padding:0 20px}
.header img{width:260px;height:60px}.header .rq{font-size:15px;color:#0b6e4f}
.navbar{background:#f3f7f5;line-height:36px;padding:0 20px;font-size:13px}.navbar a{margin-right:16px}
.left{float:left;width:460px;padding:14px}.right{float:right;width:700px;padding:14px 20px}
.layout{border:1px solid #ddd}.layout img{width:100%;height:620px;background:#f5f5f0}
.bmname{font-weight:bold;color:#0b6e4f;margin:6px 0}
.bmlist{font-size:13px;line-height:24px}.bmlist span{display:inline-block;width:48%}
.right h1{font-size:26px;line-height:38px;text-align:center;margin:14px 0 10px;color:#111}
.right h1 span{display:block}
.aut{text-align:center;font-size:14px;color:#666;margin-bottom:16px}
.article{font-size:16px;line-height:30px}.article p{text-indent:2em;margin:0 0 14px}.article .pt{text-align:center;text-indent:0}.article .pt img{width:600px;height:380px;background:#eee}
.list{border-top:1px solid #ddd;margin-top:20px;padding-top:8px;font-size:13px}.list li{line-height:24px}
.clear{clear:both}
.footer{border-top:1px solid #ddd;text-align:center;font-size:12px;color:#888;padding:14px;line-height:22px}
"""


def render(p):
    body = rb(p["body"], img='<p class="pt"><img src="{gif}" alt="{alt}"></p>')
    h1 = "".join("<span>%s</span>" % esc(l) for l in LINES)
    return doc("运河时报", CSS, f"""
<div class="container">
<div class="header">{img("运河时报")}<div class="rq">{p["publish_time"]}　第3版：乡村振兴</div></div>
<div class="navbar">{links(["数字报首页", "往期回顾", "上一期", "下一期", "版面PDF", "运河时报网"], '<a href="#">{}</a>', '')}</div>
<div class="left">
<div class="layout">{img("版面图：第3版 乡村振兴")}</div>
<div class="bmname">第3版：乡村振兴　<a href="#">上一版</a> <a href="#">下一版</a></div>
<div class="bmlist">{links(["第1版：要闻", "第2版：综合", "第3版：乡村振兴", "第4版：运河文化"], '<span><a href="#">{}</a></span>', '')}</div>
</div>
<div class="right">
<h1>{h1}</h1>
<div class="aut">文/图　本报记者　马凤岚</div>
<div class="article">
{body}
</div>
<div class="list"><b>本版其他文章</b><ul>{links(["大黄堡湿地迎来候鸟迁徙高峰", "崔黄口镇地毯产业“线上”接单忙", "下朱庄街道为老人上门体检", "图片新闻：冬储大白菜上市"], '<li><a href="#">{}</a></li>')}</ul></div>
</div>
<div class="clear"></div>
<div class="footer">运河时报社 版权所有　未经授权不得转载<br>地址：天津市武清区雍阳西道　邮编：301700　津ICP备14006213号</div>
</div>
""")
