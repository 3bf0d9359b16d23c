ID = "wa-28"
KIND = "self-media"
LANG = "zh"
TITLE = "延吉的春天，从一碗冷面开始"
AUTHORS = ["李然"]
DATE = "2025-04-18 09:31"
NOTES = "搜狐号 article: account card 吉林生活家 with 文章数/总阅读, date line 2025-04-18 09:31 发布于：吉林省, 作者 | 李然 line at the top of the body (a person is named, so the person is the author), image alt + caption lines, a 返回搜狐，查看更多 link, 平台声明, 阅读 count, 责任编辑 field left blank, 推荐阅读 list."

CSS = r'''
body{margin:0;font-family:"PingFang SC","Microsoft YaHei";background:#fff;color:#111}
.sh-top{height:44px;background:#1c1c1c;color:#ddd;display:flex;align-items:center;gap:20px;padding:0 30px;font-size:13px}
.sh-top a{color:#ddd}
.sh-left-bar{float:left;width:200px;padding:30px 0 0 30px;font-size:13px;color:#555}
.sh-left-bar .avatar{width:60px;height:60px;background:#eee}
.sh-left-bar .nm{font-weight:bold;font-size:15px;margin:8px 0}
.sh-article{margin-left:260px;width:660px;padding:30px 0}
.sh-article .text-title h1{font-size:30px;line-height:1.4;margin:0}
.sh-article .article-info{font-size:13px;color:#999;margin:12px 0 24px}
.sh-article .article-info .time{margin-right:10px}
.sh-article article p{font-size:17px;line-height:1.9;margin:0 0 20px}
.sh-article article p.ql{color:#999;font-size:15px}
.sh-article article p.mid{text-align:center;color:#888;font-size:14px}
.sh-back{color:#e40707;font-size:14px}
.sh-statement{font-size:12px;color:#999;margin-top:16px}
.sh-read{font-size:13px;color:#999;margin-top:10px}
.sh-more{margin-top:30px}
.sh-more li{line-height:2}
.sh-bottom{clear:both;text-align:center;font-size:12px;color:#aaa;padding:20px;border-top:1px solid #eee}
'''

TEMPLATE = r'''<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{TITLE}}_冷面_延吉_吉林生活家</title>
<style>
{{CSS}}
</style>
</head>
<body>
<div class="sh-top"><a href="#">搜狐</a><a href="#">新闻</a><a href="#">体育</a><a href="#">汽车</a><a href="#">房产</a><a href="#">旅游</a><a href="#">教育</a><a href="#">时尚</a><a href="#">科技</a><a href="#">财经</a><a href="#">娱乐</a><a href="#">更多</a><span style="margin-left:auto">登录狐友</span></div>
<div class="sh-left-bar">
<div class="avatar"></div>
<div class="nm">吉林生活家</div>
<div>文章 486</div>
<div>总阅读 312万</div>
<div><a href="#">查看TA的文章&gt;</a></div>
</div>
<div class="sh-article">
<div class="text-title"><h1>{{TITLE}}</h1></div>
<div class="article-info"><span class="time">2025-04-18 09:31</span>
<span>发布于：吉林省</span></div>
<article>
{{BODY}}
</article>
<a class="sh-back" href="#">返回搜狐，查看更多</a>
<div class="sh-statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div>
<div class="sh-read">阅读 (2338)</div>
<div class="sh-read">责任编辑：</div>
<div class="sh-more"><b>推荐阅读</b><ul>
<li><a href="#">长白山脚下的春天，比你想象的来得晚一些</a></li>
<li><a href="#">在吉林，一年四季都要吃一次铁锅炖</a></li></ul></div>
</div>
<div class="sh-bottom">Copyright © 2025 Sohu All Rights Reserved　搜狐公司 版权所有</div>
</body>
</html>
'''

FMT = {
    "nb": '<p class="ql">{t}</p>',
    "img": '<p class="mid"><img alt="{t}" src="{{GIF}}"></p>',
    "cap": '<p class="mid">{t}</p>',
}

BLOCKS = r'''
nb: 作者 | 李然
p: 四月的延吉，街边的积雪刚化干净，早晚还要穿外套。可在延吉人心里，吃第一碗冷面的那天，才算真正进入了春天。
p: 周末一早，我去了西市场附近一家开了二十多年的冷面馆。不到十一点，店里已经坐了大半，服务员端着铜碗在桌间穿梭，空气里都是酸甜的汤汁味儿。
img: 一碗延吉冷面
cap: 铜碗里的冷面，汤底清亮，面条劲道
p: 一碗正宗的延吉冷面，讲究的是面、汤、料三样。面是荞麦面和淀粉按比例现压的，颜色微褐，韧劲十足；汤是牛骨熬好后冷藏，兑上苹果醋和糖，酸甜适口，冰凉爽口；料是几片酱牛肉、半个鸡蛋、一撮辣白菜，再加一片梨和几粒松子。
p: 老板金大姐说，她家的汤每天凌晨四点开始熬，熬好后要冷却一整夜，“汤不凉透，味道就出不来”。冷面看着简单，这一碗汤里全是功夫。
p: 延吉人吃冷面，还讲究搭配一盘锅包肉或者烤肉。一口冰凉的冷面，一口热乎的锅包肉，冷热交替，是这座城市独有的吃法。邻桌的大哥告诉我，他们家每年开春第一顿冷面，都要全家一起来吃，“吃了冷面，一年都顺顺当当”。
p: 吃完出门，阳光正好，布尔哈通河边的柳树已经抽出了新芽。这个春天，不妨来延吉，吃一碗冷面吧。
'''
