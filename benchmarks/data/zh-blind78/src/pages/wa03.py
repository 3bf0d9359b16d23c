ID = "wa-03"
KIND = "government"
LANG = "zh"
TITLE = "关于开展2025年春季校园及周边食品安全专项检查的通知"
AUTHORS = []
DATE = "2025-04-14"
NOTES = "Department 信息公开 page (2021 design): 索引号/发布机构/成文日期/文号/发布日期 metadata table above the headline (成文日期 differs from 发布日期; gold takes 发布日期), 文号 line (not body), 主送 line, numbered 一、二、 sections and （一）（二） items, 署名 and 成文日期 (body), 附件 download box, 【打印】【关闭】, footer."

CSS = r'''
body{margin:0;background:#fff;font-family:"PingFang SC","Microsoft YaHei";color:#222}
.gk-header{height:120px;background:linear-gradient(#0b4e9b,#2f7fd0);color:#fff}
.gk-header .site{font-size:30px;padding:30px 0 0 40px}
.gk-menu{background:#0b4e9b;padding:0 40px}
.gk-menu li{display:inline-block;list-style:none;color:#fff;padding:10px 20px}
.gk-wrap{width:1100px;margin:16px auto}
.gk-loc{font-size:13px;color:#666;margin-bottom:14px}
table.gk-meta{width:100%;border:1px solid #cfd8e3;border-collapse:collapse;font-size:13px;background:#f7faff}
table.gk-meta td{border:1px solid #cfd8e3;padding:8px}
table.gk-meta td.k{width:90px;color:#0b4e9b;text-align:right}
.gk-title{font-size:24px;font-weight:bold;text-align:center;margin:30px 0 10px;color:#c00}
.gk-docno{text-align:center;font-size:15px;margin-bottom:20px}
.gk-body{font-size:16px;line-height:2;font-family:"仿宋",FangSong}
.gk-body p{text-indent:2em;margin:0}
.gk-body p.nt{text-indent:0}
.gk-body p.rt{text-align:right}
.gk-file{margin-top:24px;background:#f3f3f3;padding:10px;font-size:14px}
.gk-tools{text-align:right;font-size:13px;margin-top:16px}
.gk-footer{margin-top:40px;background:#f0f0f0;border-top:3px solid #0b4e9b;padding:20px;text-align:center;font-size:12px;line-height:2;color:#555}
'''

TEMPLATE = r'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{{TITLE}}</title>
<style>
{{CSS}}
</style>
</head>
<body>
<div class="gk-header"><div class="site">沈阳市浑南区人民政府</div>
<div style="float:right;margin:-30px 40px 0 0;font-size:13px"><a href="#" style="color:#fff">无障碍浏览</a>　<a href="#" style="color:#fff">关怀版</a></div></div>
<ul class="gk-menu"><li>首页</li><li>政务公开</li><li>政务服务</li><li>政民互动</li><li>魅力浑南</li></ul>
<div class="gk-wrap">
<div class="gk-loc">当前位置：<a href="/">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">部门信息公开</a> &gt; <a href="#">区市场监督管理局</a> &gt; <a href="#">通知公告</a></div>
<table class="gk-meta">
<tr><td class="k">索 引 号：</td><td>11210112MB1538271X/2025-00037</td><td class="k">主题分类：</td><td>市场监管、安全生产监管</td></tr>
<tr><td class="k">发布机构：</td><td>沈阳市浑南区市场监督管理局</td><td class="k">成文日期：</td><td>2025-04-11</td></tr>
<tr><td class="k">名　　称：</td><td colspan="3">{{TITLE}}</td></tr>
<tr><td class="k">文　　号：</td><td>浑市监发〔2025〕9号</td><td class="k">发布日期：</td><td>2025-04-14</td></tr>
</table>
<div class="gk-title">{{TITLE}}</div>
<div class="gk-body">
{{BODY}}
</div>
<div class="gk-file">附件下载：<a href="#">1.校园及周边食品安全专项检查情况统计表.xlsx</a></div>
<div class="gk-tools">【<a href="#">打印</a>】　【<a href="#">关闭</a>】</div>
</div>
<div class="gk-footer">
<p>主办单位：沈阳市浑南区人民政府办公室　　承办单位：沈阳市浑南区营商环境建设局</p>
<p>联系电话：024-31396200　　地址：沈阳市浑南区沈本街150号</p>
<p>辽ICP备13005207号　　<img alt="" src="{{GIF}}">辽公网安备 21011202000318号　　网站标识码：2101120013</p>
</div>
</body>
</html>
'''

FMT = {
    "doc": '<p class="gk-docno">{t}</p>',
    "pn": '<p class="nt">{t}</p>',
    "sign": '<p class="rt">{t}</p>',
    "h": "<p>{t}</p>",
}

BLOCKS = r'''
doc: 浑市监发〔2025〕9号
pn: 各市场监管所、局机关各科室：
p: 为切实保障广大师生饮食安全，有效防范校园食品安全事件发生，根据市局工作部署，经研究，决定在全区范围内开展2025年春季校园及周边食品安全专项检查。现将有关事项通知如下：
h: 一、检查范围
p: 全区各级各类学校（含幼儿园）食堂、校外供餐单位，以及学校周边200米范围内的食品经营者。
h: 二、检查重点
p: （一）食品原料进货查验和索证索票制度落实情况，重点检查肉类、食用油、调味品等大宗食品原料来源是否合法。
p: （二）食品加工制作过程管理情况，包括生熟分开、餐用具清洗消毒、食品留样等制度执行情况。
p: （三）校园食品安全校长（园长）负责制、陪餐制度落实情况，以及“互联网+明厨亮灶”建设运行情况。
p: （四）学校周边食品经营者是否销售“三无”食品、过期食品及价格低廉、包装花哨的“五毛食品”。
h: 三、工作要求
p: 各单位要高度重视，按照属地管理原则制定检查计划，确保检查全覆盖。检查中发现的问题要当场责令整改，涉嫌违法的依法立案查处。请于5月16日前将检查情况统计表报送局食品安全协调科。
p: 联系人：周敏，联系电话：024-31396215。
sign: 沈阳市浑南区市场监督管理局
sign: 2025年4月11日
'''
