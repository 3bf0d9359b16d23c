ID = "wa-24"
KIND = "media"
LANG = "zh"
TITLE = "“春耕直播间”里的新农事"
AUTHORS = ["林鸣"]
DATE = "2025-04-19 09:00:02"
NOTES = "Provincial news portal 评论 channel (2024 design): column badge 长白论坛 and 评论 breadcrumb, info line 2025-04-19 09:00:02 · 来源：长白在线 · 作者：林鸣 with middle dots, commentary body with no sub-headings, 声明 box (not body), 评论 list, 作者其他文章 list, footer."

CSS = r'''
body{margin:0;background:#fbfaf7;font-family:"Noto Serif SC","Songti SC",serif;color:#222}
.cbz-nav{font-family:"Microsoft YaHei";display:flex;gap:26px;padding:16px 8%;background:#fff;border-bottom:1px solid #e8e4da}
.cbz-nav .logo{font-weight:bold;color:#8b1a1a;font-size:22px;margin-right:20px}
.cbz-nav a{color:#333}
.cbz-doc{max-width:720px;margin:40px auto;background:#fff;padding:40px 60px;border:1px solid #eee}
.cbz-trail{font-family:"Microsoft YaHei";font-size:12px;color:#aaa}
.cbz-col{display:inline-block;margin-top:18px;border:1px solid #8b1a1a;color:#8b1a1a;font-size:13px;padding:2px 10px;font-family:"Microsoft YaHei"}
.cbz-doc h1{font-size:32px;line-height:1.4;margin:16px 0}
.cbz-by{font-family:"Microsoft YaHei";font-size:13px;color:#999;margin-bottom:30px}
.cbz-essay p{font-size:18px;line-height:2;text-indent:2em;margin:0 0 16px}
.cbz-note{font-family:"Microsoft YaHei";font-size:12px;color:#999;background:#f7f7f7;padding:10px;margin-top:30px}
.cbz-more{font-family:"Microsoft YaHei";font-size:14px;margin-top:24px}
.cbz-more li{line-height:2}
.cbz-ft{font-family:"Microsoft YaHei";text-align:center;font-size:12px;color:#999;line-height:2;padding:24px 0}
'''

TEMPLATE = r'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{{TITLE}} | 长白在线</title>
<style>
{{CSS}}
</style>
</head>
<body>
<nav class="cbz-nav"><span class="logo">长白在线</span><a href="/">首页</a><a href="#">吉林</a><a href="#">时政</a><a href="#">评论</a><a href="#">县域</a><a href="#">文旅</a><a href="#">视频</a></nav>
<div class="cbz-doc">
<div class="cbz-trail">首页 / 评论 / 长白论坛</div>
<span class="cbz-col">长白论坛</span>
<h1>{{TITLE}}</h1>
<div class="cbz-by">2025-04-19 09:00:02 · 来源：长白在线 · 作者：林鸣</div>
<div class="cbz-essay">
{{BODY}}
</div>
<div class="cbz-note">声明：本文为长白在线原创评论，转载请注明出处。文中观点仅代表作者本人。</div>
<div class="cbz-more"><b>作者其他文章</b><ul>
<li><a href="#">让“冰雪热”持续升温</a></li>
<li><a href="#">“小切口”撬动基层治理“大变化”</a></li></ul>
<b>评论（2）</b><ul><li>用户jl_0417：说得好，现在种地确实离不开手机了。</li><li>用户长春老王：希望直播间多讲点实用技术。</li></ul></div>
</div>
<div class="cbz-ft">长白在线 版权所有　互联网新闻信息服务许可证：22120170009　吉ICP备11003468号-1<br>吉公网安备 22010202000433号</div>
</body>
</html>
'''

FMT = {}

BLOCKS = r'''
p: 清明过后，吉林大地陆续进入春耕时节。与往年不同的是，不少地方的田间地头多了一道风景：手机架在三脚架上，农技专家对着镜头讲解整地、选种、施肥，屏幕那头是成千上万的种粮户，留言区里问题一个接一个。“春耕直播间”正成为新农事的打开方式。
p: 直播间里的新农事，新在知识获取的方式。过去，农民学技术要么靠“老把式”口口相传，要么等农技员下乡，覆盖面有限、时效性不强。如今，一部手机就能连通专家和农户，哪里有问题、哪块地该怎么管，都能及时得到解答。农技服务从“面对面”延伸到“屏对屏”，打通了科技下乡的“最后一公里”。
p: 新农事也新在生产理念的转变。直播间里，大家讨论最多的不再只是“用什么种子”“施多少肥”，还有黑土地保护、秸秆还田、保护性耕作等话题。农民从关注眼前的产量，到关心土地的长远地力，这本身就是现代农业意识的生长。
p: 当然，“春耕直播间”要真正发挥作用，还需在“实”字上下功夫。内容要接地气，少讲空话套话，多讲农民听得懂、用得上的技术；互动要有回应，对留言中反映的具体问题，要能跟进到田间地头；还要警惕借直播之名推销假劣农资的行为，加强监管，守住农民的“钱袋子”。
p: 一年之计在于春。让更多专家走进直播间、让更多技术走进田野，黑土地上必将孕育出新的希望。
'''
