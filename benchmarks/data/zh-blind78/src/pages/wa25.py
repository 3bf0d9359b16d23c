ID = "wa-25"
KIND = "self-media"
LANG = "zh"
TITLE = "这个村的“共享菜园”火了！"
AUTHORS = ["王晓雯"]
DATE = "2025年04月15日 18:30"
NOTES = "微信公众号 article of a county-level 发布 account: 原创 tag, author field 王晓雯 then the account name and the date/IP-region line (person named, so she is the author), 点击蓝字 关注我们 lead (not body), images with alt only, bold sub-headings with ▶ marks, END marker, 来源/编辑/审核 lines, 阅读原文/分享/在看 furniture and 微信扫一扫 prompts."

CSS = r'''
body{margin:0;background:#fff;font-family:-apple-system,"PingFang SC","Microsoft YaHei";color:rgba(0,0,0,.9)}
.rich_media_area{max-width:677px;margin:0 auto;padding:20px 16px}
.rich_media_title{font-size:22px;line-height:1.4;margin-bottom:14px;font-weight:600}
.rich_media_meta_list{font-size:15px;color:rgba(0,0,0,.5);margin-bottom:22px}
.rich_media_meta_list span,.rich_media_meta_list a,.rich_media_meta_list em{margin-right:8px;font-style:normal}
.original_tag{background:rgba(0,0,0,.05);padding:1px 4px;font-size:12px}
.rich_media_meta_nickname{color:#576b95}
.rich_media_content section{margin:0}
.rich_media_content p{font-size:16px;line-height:1.75;letter-spacing:.5px;margin:0 0 16px}
.rich_media_content .lead{text-align:center;color:#1e88e5;font-size:14px}
.rich_media_content .sh{color:#1e88e5;font-weight:bold}
.rich_media_content .pic{text-align:center}
.rich_media_content .end{text-align:center;color:#999}
.rich_media_content .cr{font-size:14px;color:#888;margin:0}
.rich_media_tool{display:flex;gap:20px;font-size:14px;color:#576b95;margin:24px 0}
.qr_code_pc{border-top:1px solid #eee;padding-top:16px;text-align:center;font-size:13px;color:#888}
.wx_tips{font-size:12px;color:#aaa;text-align:center}
'''

TEMPLATE = r'''<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{TITLE}}</title>
<style>
{{CSS}}
</style>
</head>
<body>
<div class="rich_media_area">
<h1 class="rich_media_title">{{TITLE}}</h1>
<div class="rich_media_meta_list">
<span class="original_tag">原创</span>
<span>王晓雯</span>
<a class="rich_media_meta_nickname" href="#">莱西发布</a>
<em>2025年04月15日 18:30</em>
<em>山东</em>
</div>
<div class="rich_media_content">
{{BODY}}
</div>
<div class="rich_media_tool"><a href="#">阅读原文</a><span>阅读 5826</span><span>分享</span><span>收藏</span><span>赞 96</span><span>在看 41</span></div>
<div class="qr_code_pc"><img alt="" src="{{GIF}}"><p>微信扫一扫<br>关注该公众号</p></div>
<p class="wx_tips">继续滑动看下一个</p>
<p class="wx_tips">莱西发布</p>
<p class="wx_tips">向上滑动看下一个</p>
<p class="wx_tips">微信扫一扫<br>使用小程序</p>
<p class="wx_tips">取消 允许</p>
</div>
</body>
</html>
'''

FMT = {
    "h": '<p class="sh">{t}</p>',
    "img": '<p class="pic"><img alt="{t}" src="{{GIF}}"></p>',
    "nb": '<p class="cr">{t}</p>',
}

BLOCKS = r'''
x: <p class="lead">点击蓝字 关注我们</p>
p: 春风拂过，在莱西市院上镇七岭村，一块块整齐的菜畦里，菠菜、小葱、生菜已经冒出嫩绿的新芽。地头插着的木牌上，写着“认领人：城区李女士”“认领人：阳光幼儿园大二班”……这就是最近在莱西“火出圈”的七岭村共享菜园。
img: 共享菜园
h: ▶ 闲置地变身“网红菜园”
p: 七岭村党支部书记姜立民告诉记者，菜园所在的20亩地原本是村里的闲置地，长年撂荒。去年秋天，村里把这块地平整出来，划分成160块每块30平方米左右的小菜地，面向城区市民和周边单位出租认领，每块地一年的认领费为600元。
p: “没想到这么受欢迎，今年2月在公众号上一发消息，两天就被认领完了，还有不少人在排队。”姜立民说。
h: ▶ 城里人来种地，村里人当老师
p: 认领菜地的多是城区的年轻家庭。周末一到，不少家长带着孩子来到菜园，松土、播种、浇水，忙得不亦乐乎。不会种的也不用担心，村里的种菜“老把式”们当起了技术指导，平时浇水、除草等日常管护也可以委托给村里。
p: “孩子在城里长大，分不清韭菜和麦苗。来这儿种种菜，知道粮食蔬菜是怎么长出来的，比在家玩手机强多了。”带着女儿来种菜的市民刘先生说。
img: 市民带孩子在菜园劳动
h: ▶ 小菜园带来大收益
p: 共享菜园不仅让闲置土地“活”了起来，也给村集体和村民带来了实实在在的收益。据测算，菜园一年可为村集体增收近10万元，村里还安排了8名老人负责日常管护，每人每月能多挣1500元左右。
p: 下一步，七岭村计划在菜园旁建设农耕体验区和农产品展销点，把共享菜园打造成集农事体验、研学教育、休闲观光于一体的乡村旅游新场景。
x: <p class="end">- END -</p>
nb: 来源：莱西市融媒体中心
nb: 编辑：刘洋　审核：孙海
'''
