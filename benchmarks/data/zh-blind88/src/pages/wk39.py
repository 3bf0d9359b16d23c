"""wk-39: 辽宁 association (慈善总会) site, 2014 design: 作者 field holding the organisation (no person), donation table."""
from lib import *

PAGE = dict(id="wk-39", kind="institution", lang="zh",
            title="“慈善暖冬”行动启动 首批棉衣棉被送到困难群众手中",
            authors=[], publish_time="2025年11月13日")

BLOCKS = [
    P("11月12日，本溪市慈善总会2025年“慈善暖冬”行动启动仪式在平山区举行。市慈善总会联合爱心企业，向全市困难群众发放首批价值46万元的棉衣、棉被和米面油等过冬物资。"),
    P("今年的“慈善暖冬”行动自11月中旬持续到明年2月，重点面向城乡低保户、特困供养人员、困境儿童和重度残疾人等群体，计划发放各类物资和慰问金共计180万元。截至目前，已有37家爱心企业和1200余名爱心人士参与捐赠。首批捐赠情况如下："),
    T([["捐赠单位", "捐赠物资", "折合金额（万元）"],
       ["本溪某钢铁企业工会", "棉衣1500件", "18.0"],
       ["市商贸行业协会", "米面油800份", "12.4"],
       ["某药业有限公司", "棉被600床", "9.6"],
       ["个人及其他单位", "爱心款物", "6.0"]]),
    P("在启动仪式现场，平山区崔东街道的低保户李淑珍领到了新棉衣和一袋大米。她说：“老伴走得早，孩子身体也不好，每年冬天慈善总会都惦记着我们，心里热乎。”"),
    P("市慈善总会负责人表示，将依托社区和乡镇（街道）建立受助对象台账，做到精准发放、公开透明，所有捐赠款物接收和使用情况将在总会网站和公众号定期公示，接受社会监督。欢迎社会各界爱心人士积极参与，捐赠热线：024-42836117。"),
]

CSS = """
body{margin:0;background:#fff5f0;font:12px/1.8 "宋体";color:#333}
#w{width:980px;margin:0 auto;background:#fff;border:1px solid #f0c9b8}
#logo{height:120px;background:#d9381e;color:#fff;padding-left:30px}
#logo h2{margin:0;font:bold 30px/86px "微软雅黑"}#logo p{margin:0;font-size:12px}
#mn{background:#b52a12;height:36px}#mn a{float:left;color:#fff;font:14px/36px "微软雅黑";padding:0 20px;text-decoration:none}
#gg{border-bottom:1px solid #f0c9b8;padding:4px 10px;color:#b52a12}
#m{overflow:hidden;padding:10px}
#l{float:left;width:220px}#l .b{border:1px solid #f0c9b8;margin-bottom:10px}
#l .b h4{margin:0;background:#fbe5dc;color:#b52a12;padding:4px 8px;font-size:13px}#l .b ul{margin:4px 0;padding-left:22px}
#r{float:right;width:720px}
.p1{border-bottom:1px solid #d9381e;padding-bottom:4px}
.h{text-align:center;font:bold 20px/1.6 "微软雅黑";color:#b52a12;margin:16px 0 6px}
.i{text-align:center;color:#888;background:#fdf1ec;padding:4px}
.t{font-size:14px;line-height:2;padding:10px 4px}.t p{text-indent:2em;margin:6px 0}
.t table{border-collapse:collapse;width:90%;margin:6px auto}.t td,.t th{border:1px solid #d9a08c;padding:4px;text-align:center;font-size:13px}
#f{background:#b52a12;color:#fff;text-align:center;padding:10px;line-height:22px}
"""


def render():
    bh, gold = body(BLOCKS, p="p")
    html = f"""
<div id="w">
<div id="logo"><h2>本溪市慈善总会</h2><p>Benxi Charity Federation　　慈善热线：024-42836117</p></div>
<div id="mn">{links(["首页","总会概况","慈善动态","项目展示","捐赠指南","信息公开","爱心榜","联系我们"])}</div>
<div id="gg">最新公告：关于2025年“慈善一日捐”活动捐赠情况的公示　　|　　<a href="#">我要捐赠</a></div>
<div id="m">
<div id="l">
<div class="b"><h4>慈善动态</h4><ul><li><a href="#">总会动态</a></li><li><a href="#">县区动态</a></li><li><a href="#">媒体报道</a></li></ul></div>
<div class="b"><h4>捐赠方式</h4><ul><li>开户名称：本溪市慈善总会</li><li>开户银行：某银行本溪分行</li><li>账号：0708 0012 0900 0318 526</li></ul></div>
<div class="b"><h4>扫码捐赠</h4><p style="text-align:center">{img("微信扫码捐赠", gif=True)}<br>微信扫一扫 献出一份爱</p></div>
</div>
<div id="r">
<div class="p1">当前位置：首页 &gt;&gt; 慈善动态 &gt;&gt; 总会动态</div>
<div class="h">{PAGE["title"]}</div>
<div class="i">作者：市慈善总会　　发布时间：2025年11月13日　　阅读：99</div>
<div class="t">
{bh}
</div>
<p style="text-align:right"><a href="#">【打印】</a> <a href="#">【关闭】</a></p>
</div></div>
<div id="f">本溪市慈善总会　版权所有　地址：本溪市平山区胜利路　邮编：117000<br>辽ICP备12007390号-1</div>
</div>
"""
    return doc(PAGE["title"] + "_本溪市慈善总会", CSS, html), gold
