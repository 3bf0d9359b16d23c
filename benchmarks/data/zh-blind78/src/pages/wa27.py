ID = "wa-27"
KIND = "self-media"
LANG = "zh"
TITLE = "沈阳这条老街改造完成，周末逛吃又多了个好去处"
AUTHORS = ["沈阳城事通"]
DATE = "2025-04-17 10:08"
NOTES = "百家号 article: account name, then 2025-04-17 10:08 and the IP region 辽宁, 城市领域创作者 label, 关注 button, sub-headings as bold lines with numbered 01/02/03 markers, image alts, a 地址/交通 tip list, 本文为百家号作者上传并发布 声明, 举报/反馈, 百度APP promo and 为你推荐 list."

CSS = r'''
body{margin:0;background:#fff;font-family:Arial,"PingFang SC","Microsoft YaHei";color:#333}
.bjh-nav{height:56px;border-bottom:1px solid #eee;display:flex;align-items:center;padding:0 40px;gap:20px}
.bjh-nav .b{font-weight:bold;color:#3388ff;font-size:20px}
.bjh-wrap{width:760px;margin:26px auto}
.bjh-wrap .index-module_articleTitle{font-size:28px;line-height:1.45;font-weight:bold;margin-bottom:16px}
.bjh-author{display:flex;align-items:center;gap:10px;margin-bottom:26px}
.bjh-author .name{font-size:15px;color:#333;font-weight:bold}
.bjh-author .time{font-size:13px;color:#999}
.bjh-author .lab{font-size:12px;color:#999}
.bjh-author .gz{margin-left:auto;background:#3388ff;color:#fff;border-radius:14px;padding:4px 16px;font-size:13px}
.bjh-body p{font-size:18px;line-height:1.8;margin:0 0 22px}
.bjh-body .hd{font-weight:bold;font-size:19px}
.bjh-body .im{text-align:center}
.bjh-body ul{font-size:17px;line-height:1.8}
.bjh-state{font-size:13px;color:#999;background:#f7f7f7;padding:12px;margin:24px 0}
.bjh-rec h3{font-size:18px}
.bjh-rec li{line-height:2}
.bjh-app{text-align:center;font-size:13px;color:#666;margin:20px 0}
'''

TEMPLATE = r'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{{TITLE}}</title>
<style>
{{CSS}}
</style>
</head>
<body>
<div class="bjh-nav"><span class="b">百度</span><span>首页</span><span>新闻</span><span>百家号</span><span style="margin-left:auto">登录</span></div>
<div class="bjh-wrap">
<div class="index-module_articleTitle">{{TITLE}}</div>
<div class="bjh-author"><img alt="" src="{{GIF}}" width="40" height="40"><div><div class="name">沈阳城事通</div><div><span class="time">2025-04-17 10:08</span>
<span class="time">辽宁</span> <span class="lab">城市领域创作者</span></div></div><span class="gz">关注</span></div>
<div class="bjh-body">
{{BODY}}
</div>
<div class="bjh-state">本文为百家号作者上传并发布，仅代表该作者观点。百度系信息发布平台，仅提供信息存储空间服务。</div>
<div><a href="#">举报/反馈</a></div>
<div class="bjh-app"><img alt="百度APP" src="{{GIF}}"> 百度APP内打开，看更多精彩内容</div>
<div class="bjh-rec"><h3>为你推荐</h3><ul>
<li><a href="#">沈阳五一去哪玩？这份攻略请收好</a></li>
<li><a href="#">中街老字号排队一小时的锅包肉，到底值不值？</a></li>
<li><a href="#">沈阳这几个公园的海棠花开了</a></li></ul></div>
</div>
</body>
</html>
'''

FMT = {
    "h": '<p class="hd">{t}</p>',
    "img": '<p class="im"><img alt="{t}" src="{{GIF}}"></p>',
}

BLOCKS = r'''
p: 最近不少沈阳朋友发现，皇姑区的老街“崇山里”改造完成了。青砖灰瓦、老式路灯、街角的老字号招牌……熟悉的老街换了新模样，一到周末就挤满了来逛吃拍照的市民。
h: 01 老街换新颜
p: 崇山里老街全长约600米，两侧多是上世纪五六十年代的老建筑。这次改造保留了原有的街巷格局和建筑外立面，修缮了屋顶和墙体，把原来杂乱的架空线全部入地，还新铺了石板路，增加了休闲座椅和绿化花箱。
img: 改造后的崇山里老街
p: 不少老沈阳人来这儿“打卡”，说是找回了小时候的感觉。“我小时候就在这条街上长大，原来这儿又窄又乱，现在干净敞亮，看着真舒服。”一位正在拍照的大姨说。
h: 02 吃喝玩乐都有了
p: 改造后的老街引进了30多家商户，既有开了几十年的老字号熟食店、烧饼铺，也有新开的咖啡馆、文创小店和书店。街中间的小广场上，周末还有民间艺人表演评书和二人转。
p: 小编实地逛了一圈，推荐几家：街口的老式熏肉大饼，排队的人最多；中段有家做糖画的小摊，小朋友特别喜欢；街尾的老厂房改成了书店，二楼能喝咖啡看老照片展。
h: 03 出行小贴士
li: 地址：皇姑区崇山中路与珠江街交汇处附近
li: 地铁：2号线崇山路站A口出，步行约5分钟
li: 停车：老街周边车位有限，周末建议公共交通出行
p: 天气越来越暖和了，周末不妨带上家人朋友，去老街走一走吧！
'''
