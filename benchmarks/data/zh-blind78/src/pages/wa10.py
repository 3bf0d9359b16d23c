ID = "wa-10"
KIND = "government"
LANG = "zh"
TITLE = "关于2025年第一季度医疗机构依法执业检查情况的通报"
AUTHORS = []
DATE = "2025年04月17日"
NOTES = "District health bureau site (2018 layout): breadcrumb to the right of a column title, info bar 发布日期/浏览次数/字号 T|T|T in one line, 主送 line, a results table (header + 4 rows) followed by 二、三、 sections, 署名 and date, no author; 【打印本页】, bottom nav strip and footer."

CSS = r'''
body{margin:0;font:14px/1.8 "Microsoft YaHei";color:#333;background:#eef5f3}
.lb-header{background:#0e8a6d;height:96px;color:#fff}
.lb-header h2{margin:0;padding:26px 0 0 50px;font-size:28px}
.lb-menu{background:#0a6e57;text-align:center}
.lb-menu span{display:inline-block;color:#fff;padding:10px 28px}
.lb-frame{width:1050px;margin:20px auto;background:#fff;min-height:600px}
.lb-colbar{border-bottom:2px solid #0e8a6d;height:42px;line-height:42px;padding:0 16px;overflow:hidden}
.lb-colbar .name{float:left;font-size:17px;font-weight:bold;color:#0e8a6d}
.lb-colbar .pos{float:right;font-size:12px;color:#888}
.lb-detail{padding:20px 50px}
.lb-detail .hd{font-size:22px;text-align:center;font-weight:bold;margin:10px 0}
.lb-detail .sub{text-align:center;font-size:12px;color:#999;margin-bottom:20px}
.lb-detail .sub i{font-style:normal}
.lb-article p{text-indent:2em;margin:0 0 4px}
.lb-article p.tj{text-indent:0}
.lb-article table{border-collapse:collapse;margin:10px auto;width:90%}
.lb-article td{border:1px solid #666;padding:4px 8px;text-align:center}
.lb-printbar{text-align:right;padding:10px 50px;font-size:12px}
.lb-links{background:#f4f4f4;text-align:center;font-size:12px;padding:8px}
.lb-copy{text-align:center;font-size:12px;color:#777;line-height:22px;padding:14px 0}
'''

TEMPLATE = r'''<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>唐山市路北区卫生健康局</title>
<style>
{{CSS}}
</style>
</head>
<body>
<div class="lb-header"><h2>唐山市路北区卫生健康局</h2></div>
<div class="lb-menu"><span>首页</span><span>机构概况</span><span>工作动态</span><span>通知公告</span><span>政策法规</span><span>办事指南</span><span>健康科普</span></div>
<div class="lb-frame">
<div class="lb-colbar"><div class="name">通知公告</div><div class="pos">您的位置：<a href="/">首页</a> &gt; <a href="#">通知公告</a></div></div>
<div class="lb-detail">
<div class="hd">{{TITLE}}</div>
<div class="sub"><i>发布日期：2025年04月17日</i><i> 浏览次数：89</i><i> 字号：<a href="#">T</a>|<a href="#">T</a>|<a href="#">T</a></i></div>
<div class="lb-article">
{{BODY}}
</div>
</div>
<div class="lb-printbar">【<a href="#">打印本页</a>】【<a href="#">返回顶部</a>】</div>
</div>
<div class="lb-links">友情链接：<a href="#">国家卫生健康委员会</a> | <a href="#">河北省卫生健康委员会</a> | <a href="#">唐山市卫生健康委员会</a> | <a href="#">路北区人民政府</a></div>
<div class="lb-copy">版权所有：唐山市路北区卫生健康局　地址：唐山市路北区长宁道18号　电话：0315-2812609<br>冀ICP备16021785号-1</div>
</body>
</html>
'''

FMT = {
    "pn": '<p class="tj">{t}</p>',
    "h": "<p>{t}</p>",
    "table": "<table>\n{rows}\n</table>",
    "th": "<td><b>{t}</b></td>",
    "sign": '<p style="text-align:right">{t}</p>',
}

BLOCKS = r'''
pn: 辖区各医疗机构：
p: 为规范医疗服务行为，保障医疗质量和安全，2025年1月至3月，区卫生健康局会同区卫生健康综合监督执法队，对辖区内医疗机构依法执业情况开展了监督检查。现将有关情况通报如下：
h: 一、检查基本情况
p: 本次共检查医疗机构126家，其中二级医院3家、社区卫生服务中心9家、门诊部和诊所98家、其他医疗机构16家。检查发现存在问题的医疗机构31家，已全部下达卫生监督意见书并责令限期整改，对其中5家依法给予行政处罚。具体情况如下：
th: 机构类别 | 检查数量（家） | 存在问题（家） | 行政处罚（家）
tr: 医院 | 3 | 1 | 0
tr: 社区卫生服务中心 | 9 | 2 | 0
tr: 门诊部、诊所 | 98 | 25 | 5
tr: 其他医疗机构 | 16 | 3 | 0
h: 二、存在的主要问题
p: 一是部分诊所超出登记的诊疗科目开展诊疗活动；二是个别机构使用非卫生技术人员从事医疗卫生技术工作；三是医疗废物分类收集、暂存不规范，交接登记不完整；四是病历书写不规范，处方未按规定留存。
h: 三、工作要求
p: 各医疗机构要对照检查发现的问题举一反三、全面自查，于5月15日前将整改情况书面报送区卫生健康局医政科。区卫生健康局将适时组织“回头看”，对整改不到位、问题反复出现的，依法从严查处并纳入不良执业行为记分管理。
sign: 唐山市路北区卫生健康局
sign: 2025年4月16日
'''
