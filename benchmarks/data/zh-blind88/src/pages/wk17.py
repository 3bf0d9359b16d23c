"""wk-17: central portal's 辽宁 channel (2019 design): 新华社 wire with dateline byline in the first paragraph, date glued to time."""
from lib import *

PAGE = dict(id="wk-17", kind="media", lang="zh",
            title="辽宁港口“冬季不冬眠” 外贸航线持续加密",
            authors=["姜姗", "刘帅"], publish_time="2025年11月12日20:41")

BLOCKS = [
    P("新华社沈阳11月12日电（记者姜姗 刘帅）初冬时节，大连港集装箱码头上，桥吊林立，集卡穿梭。一艘满载汽车零部件的货轮刚刚靠泊，装卸工人顶着寒风开展作业。“这条航线今年10月刚开通，每周一班，直达东南亚。”码头调度员李强说。"),
    P("记者从辽宁省交通运输厅获悉，今年前10个月，辽宁沿海港口完成货物吞吐量6.9亿吨，同比增长5.2%；集装箱吞吐量1020万标准箱，同比增长7.8%。其中，外贸集装箱航线新增9条，总数达到118条，通达全球160多个国家和地区的300多个港口。"),
    P("冬季是北方港口的传统淡季，海面结冰、大风降温等天气常常影响作业。为保障冬季生产，辽宁港口集团提前部署破冰船和除冰设备，优化船舶进出港调度，并与海事、海关等部门建立联动机制，推行“船边直提”“抵港直装”等便利化措施。"),
    P("营口港一家粮食贸易企业负责人告诉记者，过去冬季进口粮食从靠泊到出港需要三到四天，如今一般不超过两天，“时间省下来了，资金周转也更快了”。"),
    P("辽宁省交通运输厅相关负责人表示，辽宁将加快推进东北海陆大通道建设，提升海铁联运比重，进一步畅通东北腹地与国际市场的物流通道，为东北全面振兴提供有力支撑。"),
]

CSS = """
body{margin:0;font:14px/1.6 "Microsoft YaHei",Arial;color:#333;background:#fff}
.tb{background:#f7f7f7;border-bottom:1px solid #e3e3e3;height:30px;line-height:30px;font-size:12px}
.tb .w{width:1000px;margin:auto}.tb a{color:#555;margin-right:10px}
.hd{width:1000px;margin:auto;height:80px;display:flex;align-items:center}
.hd .lg{font-size:28px;font-weight:bold;color:#b8001f}.hd .ch{font-size:20px;color:#b8001f;border-left:1px solid #ccc;margin-left:14px;padding-left:14px}
.hd .s{margin-left:auto}
.nv{width:1000px;margin:auto;background:#b8001f;height:38px}.nv a{color:#fff;float:left;padding:0 15px;line-height:38px}
.wz{width:1000px;margin:12px auto;font-size:12px;color:#666}.wz a{color:#666}
.tl{width:1000px;margin:0 auto}
.tl h1{font-size:26px;text-align:center;margin:10px 0}
.tl .box{display:flex;justify-content:space-between;font-size:12px;color:#777;border-top:1px solid #ddd;border-bottom:1px solid #ddd;padding:6px 0}
.tl .box .fl a{color:#b8001f}
.bd{width:760px;float:left;font-size:16px;line-height:2;padding-top:12px}.bd p{text-indent:2em;margin:0 0 14px}
.rt{width:220px;float:right;margin-top:12px}.rt h4{margin:0;background:#f0f0f0;padding:6px 10px;border-top:2px solid #b8001f}
.rt li{font-size:12px;line-height:24px}
.edit{clear:both;width:1000px;margin:0 auto;text-align:right;color:#999;font-size:12px;padding-top:10px}
.cl{clear:both}
.ft{border-top:2px solid #b8001f;width:1000px;margin:20px auto 0;text-align:center;font-size:12px;color:#777;line-height:22px;padding:12px 0}
"""


def render():
    bh, gold = body(BLOCKS, p="p")
    html = f"""
<div class="tb"><div class="w"><a href="#">华夏网首页</a><a href="#">辽宁频道</a><a href="#">吉林频道</a><a href="#">黑龙江频道</a><a href="#">手机看</a></div></div>
<div class="hd"><span class="lg">华夏网</span><span class="ch">辽宁频道</span><span class="s"><input type="text" placeholder="搜索"> <input type="button" value="搜索"></span></div>
<div class="nv">{links(["首页","时政","要闻","市州","经济","社会","文旅","图片","视频"])}</div>
<div class="wz">华夏网 &gt;&gt; <a href="#">辽宁频道</a> &gt;&gt; <a href="#">经济</a></div>
<div class="tl"><h1>{PAGE["title"]}</h1>
<div class="box"><span class="fl">2025年11月12日20:41　来源：<a href="#">新华社</a></span><span>分享到：<a href="#">人民微博</a> <a href="#">微信</a> <a href="#">QQ空间</a></span></div></div>
<div class="bd">
{bh}
</div>
<div class="rt"><h4>辽宁要闻</h4><ul>{links(["辽宁发布今冬明春天然气保供方案","沈阳至白河高铁辽宁段运行平稳","辽宁新增4个国家级特色小镇","大连海洋牧场建设提速"], wrap="li")}</ul></div>
<div class="edit">(责编：任丽、马婷婷)</div>
<div class="cl"></div>
<div class="ft">华夏网版权所有，未经书面授权禁止使用<br>Copyright © 2003-2025 by huaxia.com.cn all rights reserved</div>
"""
    return doc(PAGE["title"] + "--辽宁频道--华夏网", CSS, html), gold
