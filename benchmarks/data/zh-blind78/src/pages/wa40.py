ID = "wa-40"
KIND = "institution"
LANG = "zh"
TITLE = "十年老友因借款对簿公堂 法官巧解心结促和解"
AUTHORS = ["孙佳", "王博"]
DATE = "2025-04-16 14:05:33"
NOTES = "District court site (2023 design): 法院动态 column, info line 作者：孙佳 王博 · 来源：铁东区人民法院 · 发布时间 with seconds · 【字体：大 中 小】, case story with 【法官说法】 sub-heading and a quoted article of the 民法典 as a blockquote (body), photo caption, 责任编辑 line, 打印本页/关闭窗口, 12368 hotline box, footer with 网站标识码/ICP/公网安备."

CSS = r'''
body{margin:0;background:#f6f1ea;font-family:"Microsoft YaHei";color:#333}
.ct-band{background:#8c1c13;color:#f7e2b5;text-align:center;padding:22px 0}
.ct-band b{font-size:30px;letter-spacing:6px;display:block}
.ct-band small{font-size:13px}
.ct-tabs{background:#6d140d;text-align:center}
.ct-tabs a{display:inline-block;color:#f7e2b5;padding:12px 20px}
.ct-wrap{width:1080px;margin:20px auto;display:flex;gap:20px}
.ct-main{flex:1;background:#fff;padding:30px 50px}
.ct-main .site{font-size:13px;color:#999;margin-bottom:18px}
.ct-main h1{font-size:24px;text-align:center;line-height:1.5;color:#8c1c13}
.ct-main .note{text-align:center;font-size:13px;color:#888;margin:6px 0 24px;padding-bottom:14px;border-bottom:1px solid #eadfce}
.ct-main .article p{font-size:16px;line-height:2;text-indent:2em;margin:0 0 12px}
.ct-main .article blockquote{margin:0 2em 12px;font-family:"楷体",KaiTi;font-size:16px;line-height:2;color:#555}
.ct-main .article p.s{font-weight:bold;text-indent:0;color:#8c1c13}
.ct-main .article p.mm{text-align:center;text-indent:0;font-size:14px;color:#777}
.ct-main .zr{text-align:right;font-size:13px;color:#888}
.ct-main .op{text-align:center;font-size:13px;margin-top:16px}
.ct-side{width:260px}
.ct-side .blk{background:#fff;padding:16px;margin-bottom:16px;font-size:14px}
.ct-bottom{background:#3a2a20;color:#c9b9a6;text-align:center;font-size:12px;line-height:2;padding:20px 0}
'''

TEMPLATE = r'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{{TITLE}}_法院动态_鞍山市铁东区人民法院</title>
<style>
{{CSS}}
</style>
</head>
<body>
<div class="ct-band"><b>鞍山市铁东区人民法院</b><small>努力让人民群众在每一个司法案件中感受到公平正义</small></div>
<div class="ct-tabs"><a href="/">首页</a><a href="#">法院概况</a><a href="#">法院动态</a><a href="#">审判执行</a><a href="#">诉讼服务</a><a href="#">司法公开</a><a href="#">法治宣传</a><a href="#">队伍建设</a></div>
<div class="ct-wrap">
<div class="ct-main">
<div class="site">当前位置：首页 › 法院动态 › 正文</div>
<h1>{{TITLE}}</h1>
<div class="note">作者：孙佳 王博 · 来源：铁东区人民法院 · 发布时间：2025-04-16 14:05:33 · 【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="article">
{{BODY}}
</div>
<div class="zr">责任编辑：鲍丽华</div>
<div class="op"><a href="#">打印本页</a> | <a href="#">关闭窗口</a></div>
</div>
<div class="ct-side">
<div class="blk"><b>诉讼服务热线</b><p>12368</p><p>工作日 8:30-11:30　13:00-17:00</p></div>
<div class="blk"><b>网上立案</b><p><a href="#">人民法院在线服务</a></p><p><img alt="扫码立案" src="{{GIF}}"></p></div>
</div>
</div>
<div class="ct-bottom">鞍山市铁东区人民法院 版权所有　地址：鞍山市铁东区南胜利路69号<br>网站标识码：2103020043　辽ICP备12004158号-1　辽公网安备 21030202000088号</div>
</body>
</html>
'''

FMT = {
    "h": '<p class="s">{t}</p>',
    "img": '<p class="mm"><img alt="{t}" src="{{GIF}}"></p>',
    "cap": '<p class="mm">{t}</p>',
}

BLOCKS = r'''
p: “这些年是我不对，钱我一定按时还上。”“老哥，话说开了就好，咱们还是朋友。”近日，在铁东区人民法院东长甸人民法庭，一起民间借贷纠纷经过法官耐心调解，原、被告当庭握手言和，达成分期还款协议。
p: 原告刘某与被告赵某相识十余年，两家关系一直不错。2022年，赵某因经营饭店资金周转困难，向刘某借款8万元，约定一年内还清。然而借款到期后，赵某以饭店生意不好为由迟迟未还，刘某多次催要无果，两人关系逐渐恶化，刘某遂将赵某诉至法院，要求偿还借款本金及利息。
p: 案件受理后，赵某起初情绪抵触，认为刘某“不讲情面”，一度表示“要钱没有，判了也没用”。刘某则坚持要求一次性还清全部借款并支付利息，双方分歧较大。
p: 承办法官在庭前阅卷时了解到，双方多年交情深厚，矛盾的症结不仅在钱，更在于赵某长期回避、不接电话，让刘某感到“寒心”。法官决定从化解心结入手，分别与双方沟通。
img: 调解现场
cap: 承办法官组织双方当事人进行调解
p: 调解中，法官一方面向赵某释明法律规定和诚信还款的重要性，另一方面耐心倾听刘某的委屈，引导双方回忆多年的情谊。赵某当场向刘某道歉，表示愿意尽最大努力还款。最终，双方达成调解协议：赵某于当日支付2万元，剩余6万元分12个月还清，刘某放弃主张利息。
h: 【法官说法】
p: 诚实守信是中华民族的传统美德，也是民事活动应当遵循的基本原则。《中华人民共和国民法典》第六百七十五条规定：
q: 借款人应当按照约定的期限返还借款。对借款期限没有约定或者约定不明确，依据本法第五百一十条的规定仍不能确定的，借款人可以随时返还；贷款人可以催告借款人在合理期限内返还。
p: 法官提醒，亲友之间借款应当出具借条，写明借款金额、期限、利息等内容；借款人遇到还款困难时，应当主动与出借人沟通协商，而不是一躲了之，以免小纠纷激化成大矛盾。
'''
