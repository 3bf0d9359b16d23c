# 高原之声 (青海, radio station site): the headline ends in a question mark; the
# reporter line stands on its own under the headline; audio player furniture.
from kit import *

META = dict(
    id="xm-16", kind="media", lang="zh",
    title="高原夏菜为何“俏”销长三角？",
    authors=["韩梅", "王国栋"],
    publish_time="2025-05-16 14:30:00",
)
HTML_TITLE = "高原夏菜为何“俏”销长三角？_高原之声"
CSS = BASE_CSS + """
body{background:#f0f3f7}
.head{background:#123b6d;color:#fff}
.head .in{width:1100px;margin:0 auto;display:flex;align-items:center;height:80px;gap:20px}
.head b{font-size:28px}
.head .freq{font-size:13px;color:#9fc1ea}
.head .live{margin-left:auto;background:#e53935;padding:4px 12px;border-radius:12px;font-size:13px}
.nav{background:#fff;border-bottom:1px solid #dde3ea}
.nav .in{width:1100px;margin:0 auto}
.nav a{display:inline-block;padding:12px 16px;font-size:15px}
.main{width:1100px;margin:20px auto;display:grid;grid-template-columns:1fr 300px;gap:24px}
.art{background:#fff;padding:30px 40px}
h1{font-size:28px;margin:0 0 10px;line-height:1.4}
.byline{font-size:15px;color:#123b6d;margin:0 0 6px}
.info{font-size:13px;color:#999;border-bottom:1px solid #eee;padding-bottom:12px}
.audio{background:#f3f6fa;border-radius:6px;padding:10px 14px;margin:16px 0;font-size:14px;color:#123b6d}
.content{font-size:17px;line-height:1.95}
.content p{margin:0 0 16px}
.content h3{font-size:18px;color:#123b6d;margin:20px 0 10px}
.side .box{background:#fff;padding:14px 18px;margin-bottom:16px}
.side h4{margin:0 0 8px;color:#123b6d}
.side li{padding:5px 0;font-size:14px;border-bottom:1px dashed #e3e3e3}
.footer{background:#123b6d;color:#a8c0dc;text-align:center;font-size:12px;padding:18px 0}
.footer p{margin:3px 0}
"""
TEMPLATE = f"""
<div class="head"><div class="in"><b>高原之声</b><span class="freq">青海新闻综合广播 FM97.3</span><span class="live">● 正在直播</span></div></div>
<div class="nav"><div class="in">{links(["首页", "新闻", "青海", "三农", "财经", "听节目", "主播", "专题"], sep=" ")}</div></div>
<div class="main">
<div class="art">
<h1>@@TITLE@@</h1>
<p class="byline">记者&nbsp;韩&nbsp;&nbsp;梅&nbsp;&nbsp;通讯员&nbsp;王国栋</p>
<div class="info">发布时间：@@DATE@@　来源：高原之声　编辑：索南</div>
<div class="audio">▶ 收听本条新闻　03:12</div>
<div class="content">
@@BODY@@
</div>
</div>
<div class="side">
<div class="box"><h4>热门新闻</h4>{ul(["青海湖裸鲤资源量恢复到11.4万吨", "西宁至成都高铁青海段进入铺轨阶段", "玉树虫草采挖季启动 管理措施公布", "海西州锂电产业链再添新项目"])}</div>
<div class="box"><h4>节目推荐</h4>{ul(["《高原早新闻》 每天 07:00", "《三农天地》 每天 11:30", "《行风热线》 周一至周五 10:00"])}</div>
{qr("扫码下载“高原之声”客户端")}
</div>
</div>
{footer(["青海广播电视台主办　高原之声版权所有", "信息网络传播视听节目许可证：2810411　青ICP备07000589号-2",
         "青公网安备 63010402000218号"])}
"""
OPTS = dict(pstyle="p", hstyle="h3")
BODY = """
p 5月中旬，海东市乐都区高庙镇的蔬菜基地里，一车车刚采收的娃娃菜、西兰花经过预冷处理后装上冷链车，48小时后就将出现在上海、杭州等地的超市货架上。近几年，青海夏菜在长三角市场越来越“抢手”，原因在哪里？
h 冷凉气候成了“金字招牌”
p “我们这里海拔两千多米，夏季昼夜温差大，蔬菜生长慢、病虫害少，口感脆甜，农药使用量也少。”乐都区农业农村局高级农艺师李永福说。每年6月至9月，正值南方高温多雨、蔬菜生产淡季，青海冷凉地区的夏菜恰好填补了市场空档。
h 订单种植稳住了销路
p 在高庙镇，当地合作社与江浙地区的农产品流通企业签订了长期订单，按照对方要求的品种、规格和上市时间组织生产。合作社负责人马成林告诉记者，今年合作社种植娃娃菜、西兰花等1800亩，已签订单1.5万吨，“价格提前定好了，种多少、啥时候收心里都有数”。
h 冷链物流打通了“最后一公里”
p 过去，蔬菜运不出去、运出去也容易坏，是制约高原夏菜外销的难题。近年来，海东市新建和改造产地预冷库、冷藏库60余座，开通了发往长三角、珠三角的冷链专线，蔬菜从地头到超市的损耗率由过去的20%以上降到了8%左右。
p 据统计，去年海东市外销夏菜42万吨，其中近四成销往长三角地区。今年，当地计划再建设5个万亩级冷凉蔬菜标准化基地，进一步擦亮高原夏菜品牌。
"""
