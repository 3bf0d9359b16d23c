ID = "wa-12"
KIND = "government"
LANG = "zh"
TITLE = "关于公开征求《四平市城市公共汽车客运管理办法（征求意见稿）》意见的公告"
AUTHORS = []
DATE = "2025-04-15 16:20"
NOTES = "City department site (2022 design): headline first, then a bordered info line 时间/来源/【大 中 小】/【打印】, 公告 text with 征求意见时间/方式 as numbered items (ordered list without printed numbers in the copy), email and address lines, 署名 and date; 附件 box, 上一篇/下一篇 and footer with 政府网站标识码."

CSS = r'''
body{margin:0;font-family:"Microsoft YaHei";font-size:15px;background:#fafafa}
.sp-hd{background:#fff;border-top:5px solid #c8161d;padding:20px 6%;display:flex;justify-content:space-between;align-items:center}
.sp-hd .n{font-size:26px;color:#c8161d;font-weight:bold}
.sp-hd .s input{padding:6px;width:200px}
.sp-nv{background:#c8161d;padding:0 6%}
.sp-nv a{display:inline-block;color:#fff;padding:12px 20px}
.sp-ct{margin:20px 6%;background:#fff;padding:36px 70px}
.sp-ct .crumb{font-size:12px;color:#aaa;margin-bottom:20px}
.sp-ct h1{text-align:center;font-size:23px;line-height:1.6;color:#333}
.sp-ct .attr{border-top:1px solid #ddd;border-bottom:1px solid #ddd;text-align:center;font-size:13px;color:#777;padding:8px 0;margin-bottom:24px}
.sp-ct .main p{line-height:2;text-indent:2em;margin:0 0 10px}
.sp-ct .main ol{line-height:2}
.sp-ct .fj{background:#fff7f7;border:1px dashed #f0b5b5;padding:12px;margin-top:20px;font-size:14px}
.sp-ct .np{margin-top:20px;font-size:14px}
.sp-ft{background:#2f2f2f;color:#aaa;text-align:center;font-size:12px;line-height:2;padding:18px 0}
'''

TEMPLATE = r'''<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>四平市交通运输局-通知公告</title>
<style>
{{CSS}}
</style>
</head>
<body>
<div class="sp-hd"><div class="n">四平市交通运输局</div><div class="s"><input type="text" placeholder="站内搜索"> <button>检索</button> <a href="#">无障碍</a></div></div>
<div class="sp-nv"><a href="/">网站首页</a><a href="#">机构职能</a><a href="#">交通要闻</a><a href="#">通知公告</a><a href="#">政策法规</a><a href="#">公开目录</a><a href="#">互动交流</a></div>
<div class="sp-ct">
<div class="crumb">当前位置：首页 &gt; 通知公告 &gt; 正文</div>
<h1>{{TITLE}}</h1>
<div class="attr">时间：2025-04-15 16:20　　来源：四平市交通运输局　　【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】　【<a href="#">打印</a>】</div>
<div class="main">
{{BODY}}
</div>
<div class="fj">附件：<a href="#">四平市城市公共汽车客运管理办法（征求意见稿）.pdf</a></div>
<div class="np">上一篇：<a href="#">四平市交通运输局2025年政府信息公开工作要点</a><br>下一篇：<a href="#">关于清明节期间加强道路运输安全管理的通知</a></div>
</div>
<div class="sp-ft">
四平市交通运输局 主办　地址：四平市铁西区英雄大路1899号　电话：0434-3261108<br>
吉ICP备10001927号-2　吉公网安备 22030202000117号　政府网站标识码：2203000025
</div>
</body>
</html>
'''

FMT = {
    "sign": '<p style="text-align:right">{t}</p>',
}

BLOCKS = r'''
p: 为进一步规范我市城市公共汽车客运经营行为，保障乘客、经营者和从业人员的合法权益，我局起草了《四平市城市公共汽车客运管理办法（征求意见稿）》。为提高制度建设的科学性和透明度，现向社会公开征求意见，有关事项公告如下：
p: 一、征求意见时间：2025年4月15日至2025年5月14日。
p: 二、社会各界人士可通过以下方式提出意见建议：
ol: 电子邮件：将意见发送至spjtysj_fgk@163.com，邮件主题请注明“公交管理办法意见”；
ol: 信函：邮寄至四平市铁西区英雄大路1899号四平市交通运输局政策法规科（邮编：136000），信封上请注明“公交管理办法意见”字样；
ol: 电话：0434-3261125（工作日8:30-11:30、13:30-16:30）。
p: 三、提出意见建议时，请写明真实姓名和联系方式，以便进一步联系沟通。我局将对收到的意见建议进行认真研究，合理采纳。
p: 感谢您对我市交通运输工作的关心和支持！
sign: 四平市交通运输局
sign: 2025年4月15日
'''
