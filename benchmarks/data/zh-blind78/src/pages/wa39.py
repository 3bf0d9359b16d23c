ID = "wa-39"
KIND = "institution"
LANG = "zh"
TITLE = "关于举办2025年冷链物流从业人员职业技能培训班的通知"
AUTHORS = []
DATE = "2025-04-14"
NOTES = "Provincial trade association site (2020 design): 通知公告 column, headline then 发布日期 / 来源：协会秘书处 / 浏览 line, 文号 line 吉冷协字〔2025〕7号 (not body), 主送 line 各会员单位、有关企业：, sections 一、到 五、 with a 培训内容 bulleted list, 联系人 lines, 署名 and date (body), 附件 download links (not body), footer with 协会地址 and ICP."

CSS = r'''
body{margin:0;background:#f0f4f8;font-family:"Microsoft YaHei";color:#333}
.xh-head2{background:#fff;padding:20px 6%;display:flex;align-items:center;gap:16px;border-bottom:3px solid #1890ff}
.xh-head2 .n{font-size:24px;color:#1890ff;font-weight:bold}
.xh-head2 .e{font-size:12px;color:#999}
.xh-nav2{background:#1890ff;padding:0 6%}
.xh-nav2 a{display:inline-block;color:#fff;padding:12px 18px}
.xh-doc{margin:20px 6%;background:#fff;padding:40px 90px}
.xh-doc .pos{font-size:12px;color:#999;margin-bottom:20px}
.xh-doc h2{text-align:center;font-size:22px;color:#1a1a1a;line-height:1.6}
.xh-doc .meta{text-align:center;font-size:13px;color:#999;margin-bottom:24px}
.xh-doc .meta span{margin:0 8px}
.xh-doc .wh{text-align:center;margin-bottom:16px}
.xh-doc .con p{font-size:16px;line-height:2;text-indent:2em;margin:0}
.xh-doc .con p.ns{text-indent:0}
.xh-doc .con ul{font-size:16px;line-height:2;margin:0 0 0 2em}
.xh-doc .con p.rs{text-align:right}
.xh-doc .fj{margin-top:26px;font-size:14px;line-height:2}
.xh-bottom{text-align:center;font-size:12px;color:#888;line-height:2;padding:20px 0}
'''

TEMPLATE = r'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>吉林省冷链物流协会</title>
<style>
{{CSS}}
</style>
</head>
<body>
<div class="xh-head2"><img alt="协会logo" src="{{GIF}}"><div><div class="n">吉林省冷链物流协会</div><div class="e">Jilin Cold Chain Logistics Association</div></div></div>
<div class="xh-nav2"><a href="/">首页</a><a href="#">协会概况</a><a href="#">通知公告</a><a href="#">行业资讯</a><a href="#">政策法规</a><a href="#">会员风采</a><a href="#">培训服务</a><a href="#">入会指南</a></div>
<div class="xh-doc">
<div class="pos">首页 &gt; 通知公告</div>
<h2>{{TITLE}}</h2>
<div class="meta"><span>发布日期：2025-04-14</span>
<span>来源：协会秘书处</span>
<span>浏览：351</span></div>
<div class="con">
{{BODY}}
</div>
<div class="fj">附件：<br><a href="#">1.培训报名回执表.docx</a><br><a href="#">2.培训日程安排.pdf</a></div>
</div>
<div class="xh-bottom">吉林省冷链物流协会　地址：长春市南关区亚泰大街2777号国际物流大厦12层　电话：0431-85107236<br>吉ICP备18004461号-1</div>
</body>
</html>
'''

FMT = {
    "doc": '<p class="wh" style="text-indent:0;text-align:center">{t}</p>',
    "pn": '<p class="ns">{t}</p>',
    "sign": '<p class="rs">{t}</p>',
}

BLOCKS = r'''
doc: 吉冷协字〔2025〕7号
pn: 各会员单位、有关企业：
p: 为提升我省冷链物流从业人员专业技能和服务水平，保障冷链食品质量安全，经研究，协会定于2025年5月举办冷链物流从业人员职业技能培训班。现将有关事项通知如下：
p: 一、培训时间：2025年5月13日至15日（12日下午报到）。
p: 二、培训地点：长春市南关区亚泰大街2777号国际物流大厦3楼培训中心。
p: 三、培训对象：各会员单位及有关企业的冷库管理、冷链运输、质量控制等岗位从业人员，每单位限报3人。
p: 四、培训内容：
li: 冷链物流相关法律法规和标准解读；
li: 冷库安全管理与节能运行；
li: 冷链运输温控技术与全程追溯；
li: 冷链食品质量安全与应急处置。
p: 五、其他事项：培训不收取培训费，食宿及交通费用自理。培训结束后经考核合格的，颁发培训合格证书。请参训人员于5月6日前将报名回执表发送至协会邮箱jlllxh@126.com。
p: 联系人：姜丽　电话：0431-85107236　13804312267
sign: 吉林省冷链物流协会
sign: 2025年4月14日
'''
