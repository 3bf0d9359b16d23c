ID = "wa-15"
KIND = "media"
LANG = "zh"
TITLE = "浑河边夜跑团帮走失老人找到家"
AUTHORS = ["乔宇", "邓欣"]
DATE = "2025年04月17日 07:40"
NOTES = "City evening paper site (2022 responsive design): breadcrumb, headline, date+source row, then a byline line 盛京晚报记者 乔宇 见习记者 邓欣 opening the article (not body), quoted speech, two photos with captions ending 本报记者 乔宇 摄, 来源/编辑 line, 分享到 row, 相关阅读, app download QR and footer."

CSS = r'''
body{margin:0;background:#fff;font-family:"PingFang SC","Microsoft YaHei";color:#262626}
.sj-header{display:flex;align-items:center;gap:24px;padding:14px 40px;border-bottom:3px solid #e4393c}
.sj-header .logo{font-size:26px;font-weight:bold;color:#e4393c}
.sj-header nav a{margin-right:18px;color:#333}
.sj-wrap{max-width:760px;margin:0 auto;padding:20px}
.sj-bc{font-size:12px;color:#9b9b9b}
.sj-wrap h1{font-size:28px;line-height:1.45;margin:18px 0 10px}
.sj-row{font-size:13px;color:#9b9b9b;margin-bottom:20px}
.sj-row time{margin-right:14px}
.sj-art p{font-size:17px;line-height:1.9;margin:0 0 18px}
.sj-art .by{color:#666;font-size:15px}
.sj-art figure{margin:0 0 18px;text-align:center}
.sj-art figcaption{font-size:14px;color:#777;margin-top:6px}
.sj-edit{font-size:13px;color:#999;border-top:1px dashed #ddd;padding-top:10px}
.sj-share{margin:16px 0;font-size:13px}
.sj-more h2{font-size:18px;border-left:4px solid #e4393c;padding-left:8px}
.sj-more li{line-height:2.1}
.sj-footer{background:#f7f7f7;padding:24px 40px;font-size:12px;color:#888;line-height:2}
'''

TEMPLATE = r'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{{TITLE}} - 盛京晚报</title>
<style>
{{CSS}}
</style>
</head>
<body>
<header class="sj-header"><span class="logo">盛京晚报</span><nav><a href="/">首页</a><a href="#">沈阳</a><a href="#">民生</a><a href="#">法治</a><a href="#">体育</a><a href="#">盛京帮办</a><a href="#">电子版</a></nav></header>
<div class="sj-wrap">
<div class="sj-bc"><a href="/">首页</a> / <a href="#">沈阳</a> / 正文</div>
<h1>{{TITLE}}</h1>
<div class="sj-row"><time>2025年04月17日 07:40</time><span>盛京晚报</span></div>
<article class="sj-art">
{{BODY}}
</article>
<div class="sj-edit">来源：盛京晚报　　编辑：贾楠</div>
<div class="sj-share">分享到：<a href="#">微信</a> <a href="#">朋友圈</a> <a href="#">微博</a></div>
<section class="sj-more"><h2>相关阅读</h2><ul>
<li><a href="#">沈阳启动2025年“护老安康”防走失行动</a></li>
<li><a href="#">沈阳：沿河步道夜间照明提升工程完工</a></li>
<li><a href="#">跑友自发组建“夜跑巡河队”</a></li></ul></section>
</div>
<footer class="sj-footer">
<p><img alt="盛京晚报客户端二维码" src="{{GIF}}"> 扫码下载盛京晚报客户端</p>
<p>盛京晚报社 版权所有　互联网新闻信息服务许可证：21120170008　辽ICP备12001773号-1</p>
<p>新闻热线：024-22768110　违法和不良信息举报：024-22768119</p>
</footer>
</body>
</html>
'''

FMT = {
    "nb": '<p class="by">{t}</p>',
    "img": '<figure><img alt="{t}" src="{{GIF}}">',
    "cap": "<figcaption>{t}</figcaption></figure>",
}

BLOCKS = r'''
nb: 盛京晚报记者 乔宇 见习记者 邓欣
p: 4月15日晚上9点多，浑河北岸的沿河步道上，一支十多人的夜跑团像往常一样跑着。跑到五里河公园附近时，领跑的张帆注意到，一位穿着深色棉袄的老人独自站在路边，四处张望，神情有些慌张。
p: “天都这么晚了，老人穿得这么厚，看着不像出来锻炼的。”张帆放慢脚步上前询问，老人却只是反复说“找不着家了”，说不清自己住在哪里、家人电话是多少。
img: 夜跑团成员陪老人等待家属
cap: 夜跑团成员陪老人等待家属。本报记者 乔宇 摄
p: 夜跑团成员们立即停下来分头行动：有人脱下外套给老人披上，有人去附近便利店买来热水，有人拨打了110。在等待民警的过程中，跑友刘婷发现老人的衣服内侧缝着一块布条，上面写着一个手机号码。
p: 按照号码打过去，电话那头是老人的女儿王女士。原来，老人今年83岁，患有阿尔茨海默病，当天傍晚趁家人不注意独自出门，家人已经找了两个多小时。
p: 半个多小时后，王女士和赶到的民警一起见到了老人。“太感谢你们了，要不是你们，这大晚上的真不敢想。”王女士拉着跑友们的手连声道谢。
img: 王女士向夜跑团成员道谢
cap: 王女士向夜跑团成员道谢。本报记者 乔宇 摄
p: 张帆告诉记者，夜跑团成立三年多，成员大多是附近的上班族，每周固定夜跑三次。“跑步时多留意一下身边，也许就能帮到别人。”
p: 民警提醒，家中有患认知障碍老人的，可为老人佩戴防走失手环或在衣物上缝制联系卡，外出时尽量有人陪伴。
'''
