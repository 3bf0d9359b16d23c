# 百家号 (Baidu Baijiahao): the account name and "date + 属地 + creator label"
# glued under the headline; no person named, so the account is the author;
# quoted speech by residents; 举报/反馈 and 为你推荐 after.
from kit import *

META = dict(
    id="xm-26", kind="self-media", lang="zh",
    title="银川这条老街改造后重新开街，市民：找回了小时候的味道",
    authors=["银川城事"],
    publish_time="2025-06-02 10:41",
)
HTML_TITLE = "银川这条老街改造后重新开街，市民：找回了小时候的味道"
CSS = BASE_CSS + """
body{font-family:Arial,"PingFang SC",sans-serif}
.bd-top{height:40px;display:flex;align-items:center;padding:0 20px;font-size:13px;color:#333}
.bd-top .r{margin-left:auto}
.wrap{width:1000px;margin:10px auto;display:flex;gap:40px}
.art{flex:1}
h2.t{font-size:26px;line-height:1.45;margin:0 0 18px;font-weight:bold}
.au{display:flex;align-items:center;gap:10px}
.au .nm{font-size:15px;font-weight:600}
.au .sub{font-size:12px;color:#999}
.au .fo{margin-left:auto;background:#4e6ef2;color:#fff;border-radius:14px;padding:3px 16px;font-size:13px}
.content{font-size:17px;line-height:1.85;margin-top:22px}
.content p{margin:0 0 20px}
.content .pic{text-align:center}
.rp{font-size:12px;color:#999;margin:20px 0}
.side{width:280px}
.side h4{font-size:15px}
.side li{padding:8px 0;font-size:14px;border-bottom:1px solid #f2f2f2}
.foot{text-align:center;color:#999;font-size:12px;padding:20px 0}
"""
TEMPLATE = f"""
<div class="bd-top"><a href="#">百度首页</a><span class="r"><a href="#">登录</a></span></div>
<div class="wrap">
<div class="art">
<h2 class="t">@@TITLE@@</h2>
<div class="au">{img("", 40, 40)}<div><div class="nm">银川城事</div><div class="sub"><span>@@DATE@@</span><span>宁夏</span><span>优质城市领域创作者</span></div></div><span class="fo">关注</span></div>
<div class="content">
@@BODY@@
</div>
<div class="rp">举报/反馈</div>
</div>
<div class="side"><h4>为你推荐</h4>{ul(["银川市区新增3处夜市，地址都在这儿了", "宁夏今年高考报名人数公布", "贺兰山岩画景区推出夜游，门票多少？", "银川动物园迎来新成员"])}
{qr("百度APP扫码阅读")}</div>
</div>
<div class="foot">©2025Baidu <a href="#">使用百度前必读</a> <a href="#">意见反馈</a> 京ICP证030173号</div>
"""
OPTS = dict(pstyle="p", istyle="div")
BODY = """
p 6月1日晚上，改造后的银川兴庆区鼓楼南街老街区正式开街。青砖灰瓦的门楼、重新修缮的老字号招牌、街边摆开的小吃摊，吸引了大批市民前来逛街打卡。
img 开街当晚的老街
p 这条老街是银川老城区最有烟火气的街道之一，不少银川人的童年记忆都和这里有关。但随着城市发展，老街一度建筑老化、管线杂乱、店铺冷清。去年下半年，兴庆区启动老街区改造提升工程，对沿街建筑立面、地下管网、道路铺装和夜景照明进行了全面改造。
p “小时候放了学就跟同学来这儿买羊肉串、喝八宝茶，后来很多年没来了。今天一看，老店还在，味道也没变，感觉一下子回到了小时候。”今年42岁的市民马丽说。
p 改造中，最让老居民满意的是保留了街区的原有格局。据施工方介绍，改造坚持“修旧如旧”，街区内16栋有历史价值的老建筑全部保留，只对破损部分进行修缮加固。街区还引进了手抓羊肉、羊杂碎、油香等30余家本地老字号和特色小吃店，并设置了非遗展示和文创市集区域。
p 在一家经营了三十多年的杂碎店里，店主王师傅忙得不可开交。“开街头一天就卖了四百多碗，比以前一个星期卖得都多。”他说。
p 据了解，老街区开街后将实行机动车限行，每天17时至23时为步行街时段，周边新增两处停车场，提供停车位300余个。市民游客也可以乘坐公交车到鼓楼站下车。
p 你小时候去过这条老街吗？欢迎在评论区聊聊你的记忆。
"""
