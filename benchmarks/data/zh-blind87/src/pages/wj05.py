# 朝阳区麦子店街道（区政府网站的街道子站，2019 年版）：公示，正文为表格
from blocks import P, TABLE, SIGN, DATE, render as rb
from common import doc, links, img, esc

PAGE = {
    "id": "wj-05", "kind": "government", "lang": "zh",
    "title": "麦子店街道2025年老旧小区综合整治项目（第二批）公示",
    "authors": [],
    "publish_time": "2025-11-11",
    "body": [
        P("根据《北京市老旧小区综合整治工作方案》和朝阳区2025年老旧小区综合整治工作安排，经居民意愿征询、社区议事协商和街道审核，现将麦子店街道2025年老旧小区综合整治项目（第二批）有关情况予以公示："),
        TABLE([
            ["序号", "小区名称", "楼栋数", "建筑面积（㎡）", "主要整治内容"],
            ["1", "枣营北里小区", "12", "86420", "节能改造、上下水管线更换、加装电梯"],
            ["2", "农展南里小区", "7", "41360", "屋面防水、楼道粉刷、增设无障碍坡道"],
            ["3", "朝阳公园路6号院", "4", "23815", "外墙保温、雨污分流、补建停车设施"],
            ["4", "枣营南里小区", "9", "62570", "供暖管网改造、加装电梯、绿化提升"],
        ]),
        P("公示期为2025年11月11日至11月17日（5个工作日）。公示期间，如对上述项目有异议，请以书面形式或来电向街道城市管理办公室反映。反映情况应实事求是，署真实姓名和联系方式，以便核实。"),
        P("联系地址：朝阳区农展馆北路甲3号麦子店街道办事处207室"),
        P("联系电话：010-65068213"),
        P("联系人：何女士"),
        SIGN("北京市朝阳区人民政府麦子店街道办事处"),
        DATE("2025年11月11日"),
    ],
}

CSS = """
body{margin:0;background:#eef2f7;font-family:"Microsoft YaHei",Arial;color:#333;font-size:14px}
a{color:#333;text-decoration:none}
.head{background:#0a57a4;color:#fff}.head .c{width:1100px;margin:auto;display:flex;justify-content:space-between;align-items:center;height:110px}
.head .c img{width:360px;height:60px}.head small a{color:#cde;margin-left:10px}
.menu{background:#fff;box-shadow:0 2px 4px #ccd}.menu .c{width:1100px;margin:auto}.menu a{display:inline-block;padding:0 22px;line-height:48px;font-size:16px}
.menu a.on{background:#0a57a4;color:#fff}
.page{width:1100px;margin:16px auto;display:flex;gap:20px}
.lm{width:220px;background:#fff}.lm h2{margin:0;background:#0a57a4;color:#fff;font-size:18px;padding:14px}.lm a{display:block;border-bottom:1px solid #eee;padding:10px 18px}
.rm{flex:1;background:#fff;padding:20px 36px}
.crumb{border-bottom:2px solid #0a57a4;padding-bottom:8px;color:#666}
.rm h1{font-size:24px;text-align:center;margin:24px 0 10px;color:#0a57a4}
.attr{text-align:center;color:#888;font-size:13px;margin-bottom:18px}
.ct p{text-indent:2em;line-height:2;margin:0 0 8px;font-size:16px}
.ct table{border-collapse:collapse;margin:10px auto;width:96%;font-size:14px}.ct td,.ct th{border:1px solid #999;padding:6px;text-align:center}.ct th{background:#eef3fa}
.fj{margin-top:20px;border-top:1px dashed #ccc;padding-top:10px;color:#555}
.foot{background:#0a3f77;color:#bcd0e6;text-align:center;font-size:12px;line-height:24px;padding:20px}
"""


def render(p):
    body = rb(p["body"], table=("<table>", "</table>"),
              sign='<p style="text-align:right;text-indent:0">{}</p>',
              date='<p style="text-align:right;text-indent:0">{}</p>')
    return doc(p["title"], CSS, f"""
<div class="head"><div class="c">{img("北京市朝阳区人民政府 麦子店街道")}<small><a href="#">无障碍</a><a href="#">适老化</a><a href="#">区政府门户</a><a href="#">登录</a></small></div></div>
<div class="menu"><div class="c">{links(["首页", "街道概况", "工作动态", "通知公告", "社区风采", "便民服务", "信息公开"], '<a href="#">{}</a>', '')}</div></div>
<div class="page">
<div class="lm"><h2>通知公告</h2>{links(["通知", "公告", "公示", "招聘信息"])}</div>
<div class="rm">
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">通知公告</a> &gt; <a href="#">公示</a> &gt; 正文</div>
<h1>{esc(p["title"])}</h1>
<div class="attr">【发布日期：{p["publish_time"]}】【来源：麦子店街道】【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="ct">
{body}
</div>
<div class="fj">附件：<a href="#">麦子店街道2025年老旧小区综合整治项目（第二批）明细表.xlsx</a></div>
<p style="text-align:right"><a href="#">打印本页</a>　<a href="#">关闭</a></p>
</div></div>
<div class="foot">北京市朝阳区人民政府麦子店街道办事处 版权所有<br>地址：北京市朝阳区农展馆北路甲3号　邮编：100125<br>京ICP备05083415号　京公网安备 11010502013842号　网站标识码：1101050009</div>
""")
