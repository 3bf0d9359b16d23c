ID = "wa-19"
KIND = "media"
LANG = "zh"
TITLE = "唐山南湖春季游园会4月19日开幕"
AUTHORS = ["高翔"]
DATE = "2025-04-17 10:12"
NOTES = "City news portal (2015 design) reposting the city paper: 原标题 line at the top of the article (not body), 本报讯（记者 高翔） byline inside the first paragraph (stays body), 来源：冀东晨报 and date in a right-aligned grey info bar ABOVE the headline, activity schedule as bold sub-headings with paragraphs, 【纠错】 link, 网友评论 box with a textarea, 24小时排行, footer."

CSS = r'''
body{margin:0;font-size:14px;font-family:"宋体";background:#fff}
.fh-tb{background:#f6f6f6;border-bottom:1px solid #e2e2e2;font-size:12px;height:28px;line-height:28px}
.fh-w{width:990px;margin:0 auto}
.fh-logo{height:90px;line-height:90px;font-size:30px;font-family:"黑体";color:#d9001b}
.fh-nav{background:#d9001b;height:38px;line-height:38px}
.fh-nav a{color:#fff;font-size:15px;margin:0 14px;font-family:"黑体"}
.fh-l{float:left;width:660px}
.fh-r{float:right;width:300px}
.fh-clear{clear:both}
.fh-path{height:36px;line-height:36px;color:#666}
.fh-inf{text-align:right;color:#999;font-size:12px;background:#f8f8f8;padding:4px 8px}
.fh-tit{font-size:26px;font-family:"黑体";text-align:center;margin:16px 0}
.fh-zw{font-size:15px;line-height:28px}
.fh-zw p{text-indent:2em;margin:10px 0}
.fh-zw p.yb{text-indent:0;color:#666;font-size:14px}
.fh-zw p.xt{font-weight:bold}
.fh-jc{text-align:right;font-size:12px}
.fh-pl{border:1px solid #ddd;padding:10px;margin-top:16px}
.fh-pl textarea{width:95%;height:60px}
.fh-r h4{background:#f3f3f3;margin:0;padding:6px;border-left:3px solid #d9001b}
.fh-r ol{padding-left:24px}
.fh-r li{line-height:26px;font-size:13px}
.fh-bt{border-top:2px solid #d9001b;text-align:center;color:#666;font-size:12px;line-height:22px;padding:12px 0;margin-top:20px}
'''

TEMPLATE = r'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html>
<head>
<meta charset="utf-8">
<title>{{TITLE}}_凤凰城新闻网</title>
<style>
{{CSS}}
</style>
</head>
<body>
<div class="fh-tb"><div class="fh-w">欢迎访问凤凰城新闻网！　<a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">手机版</a></div></div>
<div class="fh-w fh-logo">凤凰城新闻网 <img alt="唐山" src="{{GIF}}"></div>
<div class="fh-nav"><div class="fh-w"><a href="/">首页</a><a href="#">唐山新闻</a><a href="#">县区</a><a href="#">社会</a><a href="#">文旅</a><a href="#">图片</a><a href="#">专题</a><a href="#">问政</a></div></div>
<div class="fh-w">
<div class="fh-l">
<div class="fh-path">您当前的位置 ：<a href="/">凤凰城新闻网</a> &gt;&gt; <a href="#">唐山新闻</a> &gt;&gt; <a href="#">文旅</a></div>
<div class="fh-inf">2025-04-17 10:12　　来源：冀东晨报　　点击：<span>5562</span></div>
<div class="fh-tit">{{TITLE}}</div>
<div class="fh-zw">
{{BODY}}
</div>
<div class="fh-jc"><a href="#">【纠错】</a>　责任编辑：何蕊</div>
<div class="fh-pl"><b>网友评论</b><br><textarea placeholder="文明上网，理性发言"></textarea><br><button>发表评论</button></div>
</div>
<div class="fh-r">
<h4>24小时排行</h4>
<ol><li><a href="#">唐山市区新增3处便民停车场</a></li><li><a href="#">清东陵景区推出“夜游”项目</a></li><li><a href="#">丰南区：运河生态带初具规模</a></li><li><a href="#">唐山一季度GDP同比增长5.9%</a></li></ol>
<h4>图片新闻</h4><p><img alt="南湖郁金香" src="{{GIF}}"></p>
</div>
<div class="fh-clear"></div>
</div>
<div class="fh-bt">
<a href="#">关于我们</a> | <a href="#">广告服务</a> | <a href="#">联系方式</a> | <a href="#">版权声明</a><br>
凤凰城新闻网 版权所有　互联网新闻信息服务许可证：13120180004　冀ICP备10017732号<br>
未经授权禁止转载、摘编、复制或建立镜像
</div>
</body>
</html>
'''

FMT = {
    "nb": '<p class="yb">{t}</p>',
    "h": '<p class="xt">{t}</p>',
}

BLOCKS = r'''
nb: 原标题：繁花迎客来 南湖游园会周末启幕
p: 本报讯（记者 高翔）记者从南湖旅游景区管理处获悉，2025唐山南湖春季游园会将于4月19日开幕，持续至5月5日。游园会期间，景区将推出花卉展、非遗市集、音乐草坪等系列活动，市民游客可免费入园。
p: 据介绍，今年游园会以“花开南湖 乐享春光”为主题，主要活动包括：
h: 春花展
p: 在龙山、凤凰台周边布置郁金香、风信子、二月兰等花卉60余万株，打造10处主题花境和拍照打卡点。
h: 非遗市集
p: 每周六、周日在南湖紫天鹅大道举办，集中展示皮影、刻瓷、评剧脸谱等唐山非遗项目，游客可现场体验制作。
h: 草坪音乐会
p: 4月26日、5月3日晚在南湖音乐广场举办两场草坪音乐会，由本地乐团和大学生合唱团演出。
p: 南湖旅游景区管理处有关负责人提醒，游园会期间景区周边道路车流量较大，建议市民游客尽量乘坐公交出行，景区已开通南湖公园北门至火车站的临时摆渡车。
'''
