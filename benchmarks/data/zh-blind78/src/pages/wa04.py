ID = "wa-04"
KIND = "government"
LANG = "zh"
TITLE = "农安县2025年第一批就业见习基地拟认定名单公示"
AUTHORS = []
DATE = "2025-04-16 15:30:12"
NOTES = "County portal (2020 design) 公示: info bar above the headline as 来源 | 发布时间 with seconds | 阅读, a table of applicants (header row + 6 rows, one paragraph per row), 公示期/联系电话 paragraphs, 署名 and date; 相关附件, 分享, 网站群 select box, footer with 网站标识码/ICP/公网安备."

CSS = r'''
*{box-sizing:border-box}
body{margin:0;font:14px/1.6 "Microsoft YaHei";background:#f2f2f2}
.na-hd{background:#fff;border-bottom:4px solid #d7261e}
.na-hd .inner{width:1180px;margin:0 auto;display:flex;align-items:center;justify-content:space-between;height:100px}
.na-hd .tools a{margin-left:12px;color:#d7261e}
.na-nav{background:#d7261e}
.na-nav ul{width:1180px;margin:0 auto;display:flex;padding:0}
.na-nav li{list-style:none;flex:1;text-align:center;color:#fff;line-height:48px;font-size:16px}
.na-main{width:1180px;margin:20px auto;background:#fff;padding:30px 80px}
.na-bread{font-size:13px;color:#999;margin-bottom:20px}
.na-sub{display:flex;justify-content:center;gap:30px;color:#999;font-size:13px}
.na-main h2{text-align:center;font-size:24px;margin:14px 0 24px;color:#222}
.na-con p{text-indent:2em;font-size:16px;line-height:2}
.na-con table{width:100%;border-collapse:collapse;margin:10px 0}
.na-con td,.na-con th{border:1px solid #999;padding:6px;text-align:center;font-size:14px}
.na-con th{background:#f5e3e1}
.na-con .sig{text-align:right;text-indent:0}
.na-att{margin-top:30px;font-size:14px}
.na-share{text-align:right;color:#999;font-size:13px}
.na-ft{background:#333;color:#bbb;padding:20px 0;font-size:12px}
.na-ft .inner{width:1180px;margin:0 auto;display:flex;justify-content:space-between}
'''

TEMPLATE = r'''<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>{{TITLE}}-农安县人民政府</title>
<style>
{{CSS}}
</style>
</head>
<body>
<header class="na-hd"><div class="inner">
<div class="logo"><img alt="农安县人民政府" src="{{GIF}}"> 农安县人民政府</div>
<div class="tools"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">简</a>/<a href="#">繁</a>
<input type="search" placeholder="搜索本站内容"></div>
</div></header>
<nav class="na-nav"><ul><li>首页</li><li>走进农安</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>专题专栏</li></ul></nav>
<div class="na-main">
<div class="na-bread">您所在的位置：<a href="/">首页</a> / <a href="#">政务公开</a> / <a href="#">公示公告</a></div>
<div class="na-sub"><span>来源：农安县人力资源和社会保障局</span><span>发布时间：2025-04-16 15:30:12</span><span>阅读：418</span></div>
<h2>{{TITLE}}</h2>
<div class="na-con">
{{BODY}}
</div>
<div class="na-att">相关附件：<a href="#">就业见习基地申报表.doc</a></div>
<div class="na-share">分享到：微信 | 微博 | 复制链接</div>
</div>
<footer class="na-ft"><div class="inner">
<div>
<p>主办单位：农安县人民政府办公室　　承办单位：农安县政务服务和数字化建设管理局</p>
<p>网站标识码：2201220001　　吉ICP备05003186号　　吉公网安备 22012202000155号</p>
<p>联系电话：0431-83226611（工作日 8:30-16:30）</p>
</div>
<div><select><option>--县直部门网站--</option><option>县教育局</option><option>县卫健局</option></select>
<select><option>--乡镇网站--</option><option>农安镇</option><option>合隆镇</option></select></div>
<div><img alt="农安发布微信公众号" src="{{GIF}}"> 农安发布</div>
</div></footer>
</body>
</html>
'''

FMT = {
    "sign": '<p class="sig">{t}</p>',
    "table": "<table>\n{rows}\n</table>",
}

BLOCKS = r'''
p: 根据《长春市就业见习管理办法》有关规定，经单位自愿申报、乡镇（街道）和行业主管部门初审、县人社局实地核查，拟认定以下6家单位为农安县2025年第一批就业见习基地，现予以公示。
th: 序号 | 单位名称 | 所属行业 | 见习岗位数
tr: 1 | 农安县合隆镇华盛农机专业合作社 | 农业 | 6
tr: 2 | 吉林省禾丰米业有限公司 | 农副食品加工 | 10
tr: 3 | 农安县黄龙府文化旅游发展有限公司 | 文化旅游 | 8
tr: 4 | 农安县惠民社区卫生服务中心 | 卫生 | 5
tr: 5 | 吉林省宏泰电子商务有限公司 | 电子商务 | 12
tr: 6 | 农安县顺达物流有限公司 | 交通运输 | 7
p: 公示期为2025年4月16日至4月22日（5个工作日）。公示期间，如对公示对象有异议，可通过来电、来信或来访等方式向农安县人力资源和社会保障局反映。反映情况应实事求是，并提供必要的联系方式，以便核实。
p: 联系电话：0431-83226045
p: 地址：农安县黄龙路1688号县人社局就业服务中心202室
sign: 农安县人力资源和社会保障局
sign: 2025年4月16日
'''
