ID = "wa-20"
KIND = "media"
LANG = "zh"
TITLE = "长春首条“口袋公园”串联绿道全线贯通"
AUTHORS = ["郭丽"]
DATE = "2025-04-18 08:36:15"
NOTES = "Commercial portal's provincial channel (2021 design): date with seconds and 来源: 春城日报 beside a 举报 link and comment count, 春城日报讯（记者 郭丽） dateline opening the first paragraph, a photo caption with (图片来源：…), 本文来源/责任编辑 line with an editor code, 相关推荐 feed with timestamps, 热门评论 box, login prompt, footer."

CSS = r'''
body{margin:0;background:#fff;font-family:"PingFang SC","Hiragino Sans GB","Microsoft YaHei";color:#404040}
.dj-bar{height:40px;background:#252525;color:#bbb;font-size:12px;display:flex;align-items:center;padding:0 30px;gap:18px}
.dj-bar a{color:#bbb}
.dj-channel{display:flex;align-items:baseline;gap:12px;padding:18px 30px;border-bottom:1px solid #eee}
.dj-channel .n{font-size:28px;color:#d71e1e;font-weight:bold}
.dj-channel .sub{font-size:16px}
.dj-grid{display:flex;gap:40px;padding:20px 30px}
.dj-post{flex:1;max-width:700px}
.dj-post h1{font-size:30px;line-height:1.4;color:#262626;margin:0 0 14px}
.dj-post .post-info{font-size:13px;color:#888;margin-bottom:24px}
.dj-post .post-info a{margin-left:10px}
.dj-post .post-body p{font-size:17px;line-height:1.85;margin:0 0 20px}
.dj-post .post-body p.f_center{text-align:center}
.dj-post .post-end{font-size:13px;color:#888;text-align:right}
.dj-recommend li{list-style:none;border-bottom:1px solid #f0f0f0;padding:10px 0}
.dj-recommend small{color:#aaa;margin-left:8px}
.dj-aside{width:300px}
.dj-aside .box{border:1px solid #eee;padding:14px;margin-bottom:16px;font-size:13px}
.dj-foot{background:#f5f5f5;padding:20px 30px;font-size:12px;color:#999;line-height:2}
'''

TEMPLATE = r'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{{TITLE}}_大吉网</title>
<style>
{{CSS}}
</style>
</head>
<body>
<div class="dj-bar"><a href="#">大吉网首页</a><a href="#">新闻</a><a href="#">财经</a><a href="#">汽车</a><a href="#">房产</a><a href="#">教育</a><a href="#">健康</a><span style="margin-left:auto"><a href="#">登录</a></span></div>
<div class="dj-channel"><span class="n">大吉网</span><span class="sub">吉林 · 长春</span></div>
<div class="dj-grid">
<div class="dj-post">
<h1>{{TITLE}}</h1>
<div class="post-info">2025-04-18 08:36:15　来源: 春城日报<a href="#">举报</a><a href="#">0 条评论</a></div>
<div class="post-body">
{{BODY}}
</div>
<div class="post-end">本文来源：春城日报　责任编辑：王思远_NJ5912</div>
<div class="dj-recommend"><h3>相关推荐</h3><ul>
<li><a href="#">长春今年将新建改造口袋公园50处</a><small>04-16 09:12</small></li>
<li><a href="#">伊通河南段绿道“五一”前开放</a><small>04-15 17:40</small></li>
<li><a href="#">长春公园绿地面积突破1.8万公顷</a><small>04-12 08:05</small></li></ul></div>
</div>
<div class="dj-aside">
<div class="box"><b>热门评论</b><p>暂无评论，<a href="#">登录</a>后发表评论</p></div>
<div class="box"><b>大吉网APP</b><p><img alt="扫码下载" src="{{GIF}}"> 扫码下载，看吉林新闻</p></div>
</div>
</div>
<div class="dj-foot">
<p>大吉网 版权所有 © 2025　增值电信业务经营许可证：吉B2-20160011　吉ICP备14002358号</p>
<p>违法和不良信息举报电话：0431-81117700　举报邮箱：jubao@dajiwang.example</p>
</div>
</body>
</html>
'''

FMT = {
    "img": '<p class="f_center"><img alt="{t}" src="{{GIF}}"></p>',
    "cap": '<p class="f_center">{t}</p>',
}

BLOCKS = r'''
p: 春城日报讯（记者 郭丽）4月17日，记者从长春市城市管理局获悉，全市首条“口袋公园”串联绿道——亚泰大街东侧绿道全线贯通。这条长约4.6公里的绿道，把沿线8处口袋公园、2处街角游园串珠成链，市民出门步行十分钟就能“见绿入园”。
p: 记者在现场看到，绿道采用彩色透水沥青铺设，沿线种植了丁香、海棠、榆叶梅等开花乔灌木，并设置了休息座椅、健身器材、直饮水点和儿童游乐设施。不少附近居民在绿道上散步、骑行，享受春日好时光。
img: 亚泰大街东侧绿道
cap: 市民在亚泰大街东侧绿道上散步。（图片来源：长春市城市管理局）
p: “以前这一片是闲置的边角地，杂草丛生，现在变成了家门口的小花园，早晚出来走一走特别舒服。”家住附近的市民张女士说。
p: 据了解，口袋公园是利用城市边角地、闲置地建设的小型公园，具有占地小、分布散、贴近居民的特点。去年以来，长春市累计建成口袋公园126处。今年，市城管局将继续推进“口袋公园+绿道”建设，计划再打造3条串联绿道，进一步提升城市绿色空间的连通性和可达性。
'''
