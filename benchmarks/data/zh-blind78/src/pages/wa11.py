ID = "wa-11"
KIND = "government"
LANG = "zh"
TITLE = "西寨村召开村民代表会议议定春季道路硬化事项"
AUTHORS = ["刘倩"]
DATE = "2025-04-18"
NOTES = "村 item on a 镇 portal (2021 card design): the date/source row sits ABOVE the headline and the breadcrumb below the banner, a quoted 村党支部书记 line, 四议两公开 list, closing 文/刘倩 图/于涛 line (photographer not author), 审核 line, share icons with alt text, footer."

CSS = r'''
body{margin:0;background:#f6f3ee;font-family:"Microsoft YaHei";color:#3b3b3b}
.ml-banner{height:160px;background:#6b8e23;color:#fff;display:flex;align-items:flex-end;padding:0 8%}
.ml-banner strong{font-size:30px;padding-bottom:24px}
.ml-links{background:#fff;padding:0 8%;display:flex;gap:30px;font-size:15px;border-bottom:1px solid #e3e0d9}
.ml-links a{padding:14px 0;color:#3b3b3b}
.ml-where{padding:12px 8%;font-size:12px;color:#999}
.ml-card{margin:0 8% 30px;background:#fff;padding:30px 60px;box-shadow:0 1px 4px rgba(0,0,0,.08)}
.ml-date{font-size:13px;color:#6b8e23}
.ml-date b{font-weight:normal;margin-right:12px}
.ml-card h1{font-size:25px;margin:12px 0 24px}
.ml-words p{font-size:16px;line-height:1.95;margin:0 0 14px}
.ml-words ul{margin:0 0 14px;padding-left:2em}
.ml-words li{font-size:16px;line-height:1.95}
.ml-words .credit{color:#888;font-size:14px}
.ml-share{margin-top:24px;font-size:13px;color:#999}
.ml-bottom{background:#4a4a4a;color:#ccc;text-align:center;padding:24px 0;font-size:12px;line-height:2}
'''

TEMPLATE = r'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{{TITLE}}-门楼镇</title>
<style>
{{CSS}}
</style>
</head>
<body>
<div class="ml-banner"><strong>烟台市福山区门楼镇人民政府</strong></div>
<div class="ml-links"><a href="/">首页</a><a href="#">镇情概况</a><a href="#">镇务动态</a><a href="#">村居风采</a><a href="#">村务公开</a><a href="#">便民服务</a></div>
<div class="ml-where">首页 &gt; 村居风采 &gt; 正文</div>
<div class="ml-card">
<div class="ml-date"><b>2025-04-18</b><b>门楼镇人民政府</b></div>
<h1>{{TITLE}}</h1>
<div class="ml-words">
{{BODY}}
</div>
<div class="ml-share">分享：<img alt="微信" src="{{GIF}}"> <img alt="微博" src="{{GIF}}"> <img alt="QQ" src="{{GIF}}"></div>
</div>
<div class="ml-bottom">
<p>门楼镇人民政府 版权所有　地址：烟台市福山区门楼镇驻地　邮编：265505</p>
<p>鲁ICP备14012869号-3　鲁公网安备 37061102000288号</p>
</div>
</body>
</html>
'''

FMT = {
    "nb": '<p class="credit">{t}</p>',
    "img": '<p style="text-align:center"><img alt="{t}" src="{{GIF}}"></p>',
    "cap": '<p style="text-align:center;font-size:14px;color:#666">{t}</p>',
}

BLOCKS = r'''
p: 4月17日晚，门楼镇西寨村村委会会议室里灯火通明，村“两委”成员、村民代表和党员代表共32人围坐在一起，商议今年春季村内道路硬化工程。
p: 西寨村现有村民416户，村内部分巷道仍为土路，一到雨天就泥泞难行。今年初，不少村民通过“村民议事会”提出硬化巷道的建议。村“两委”经过实地测量和多方询价，形成了初步方案。
p: 会上，村党支部书记于建军介绍了工程方案：计划硬化村内巷道7条，总长1860米，预算资金约38万元，其中申请上级“以奖代补”资金20万元，村集体自筹18万元。“这是全村人的事，钱怎么花、路怎么修，得大家伙儿说了算。”于建军说。
img: 会议现场
cap: 村民代表举手表决道路硬化方案
p: 按照“四议两公开”工作法，会议依次进行了以下程序：
li: 由村务监督委员会通报前期入户征求意见情况；
li: 村民代表逐条讨论施工路段、施工时间和质量监督办法；
li: 对方案进行举手表决，32名代表全票通过。
p: 决议通过后，村里将于4月20日前在村务公开栏进行公示，公示无异议后启动施工招标。村民代表老孙说：“路修好了，以后下雨天孩子上学、老人出门都方便了，大伙儿都盼着呢。”
nb: 文/刘倩　图/于涛
nb: 审核：林志强
'''
