"""wk-15: 山西 county 融媒体中心 site (2020 template), glued info bar time+来源+作者+编辑 with no spaces."""
from lib import *

PAGE = dict(id="wk-15", kind="media", lang="zh",
            title="冬闲变冬忙 平遥推光漆器订单排到明年春节",
            authors=["郭婷"], publish_time="2025-11-11 10:24:36")

BLOCKS = [
    P("进入11月，平遥古城内的游客少了，可城南一家推光漆器厂的车间里却一刻也不得闲。髹漆、打磨、描金、推光，二十多名工匠各守一道工序，手上的活计一直排到了明年春节前。"),
    P("“今年的订单比去年多了三成，光是定制的茶盘、首饰盒就有两千多件。”厂负责人、推光漆器髹饰技艺市级代表性传承人薛建国一边检查漆面一边说。推光漆器要经过一百多道工序，一件作品从制胎到完成，往往需要两三个月。为了赶工期，厂里今年新招了8名学徒，全部是周边村里的年轻人。"),
    P("21岁的学徒梁晓雨已经在这里学了一年多，现在能独立完成打磨工序。“师傅说推光要用手掌一遍遍推，推到能照出人影才算合格。”她伸出手掌，掌心磨出了一层薄茧，“活儿是累点，但一个月能挣四千多，离家还近。”"),
    P("近年来，平遥县依托古城文化资源，扶持推光漆器、平遥牛肉、剪纸等传统手工技艺发展，建成非遗工坊23家，带动就业1600余人。今年县里还组织企业参加各类展会12场，帮助企业对接电商平台，不少产品卖到了广东、浙江等地，还出口到日本、韩国。"),
    P("县文旅局相关负责人介绍，下一步将继续推动非遗与文旅深度融合，开发更多年轻人喜爱的文创产品，让古老技艺在新时代焕发新活力。"),
]

CSS = """
body{margin:0;font-family:"Microsoft YaHei";background:#f5efe6;color:#3a2e22}
.hd{background:#7b1e1e;height:96px}.hd .in{width:1140px;margin:auto;display:flex;align-items:center;height:96px;justify-content:space-between}
.hd .lg{color:#f3d9a4;font-size:32px;font-weight:bold}.hd .lg i{font-style:normal;font-size:14px;color:#fff;margin-left:10px}
.hd .sr input{height:30px;width:220px;border:0}.hd .sr button{height:32px;border:0;background:#d9a441}
.nav{background:#5e1515}.nav .in{width:1140px;margin:auto}.nav a{display:inline-block;color:#fff;line-height:44px;padding:0 18px;text-decoration:none}
.main{width:1140px;margin:20px auto;background:#fff;padding:30px 60px;box-sizing:border-box}
.crumb{font-size:13px;color:#8a7b6a;margin-bottom:16px}
.main h1{font-size:26px;text-align:center;margin:0 0 12px}
.sub{text-align:center;font-size:13px;color:#9a8b7a;margin-bottom:20px}
.vd{width:100%;height:380px;background:#111;color:#777;display:flex;align-items:center;justify-content:center;margin-bottom:20px}
.con{font-size:17px;line-height:2}.con p{text-indent:2em;margin:0 0 12px}
.btm{border-top:1px dashed #d7c9b5;margin-top:26px;padding-top:12px;font-size:14px}
.btm a{color:#7b1e1e}
.foot{background:#3a2e22;color:#b6a58f;text-align:center;font-size:12px;line-height:2.2;padding:18px 0}
"""


def render():
    bh, gold = body(BLOCKS, p="p")
    html = f"""
<div class="hd"><div class="in"><div class="lg">平遥融媒<i>平遥县融媒体中心</i></div><div class="sr"><input type="text" placeholder="请输入关键词"><button>搜索</button></div></div></div>
<div class="nav"><div class="in">{links(["首页","平遥新闻","乡镇动态","古城文旅","视听平遥","专题","电视直播","广播在线"])}</div></div>
<div class="main">
<div class="crumb">当前位置：首页 &gt; 平遥新闻</div>
<h1>{PAGE["title"]}</h1>
<div class="sub"><span>2025-11-11 10:24:36</span><span>来源：平遥县融媒体中心</span><span>作者：郭婷</span><span>编辑：王凯</span></div>
<div class="vd">视频时长 02:16　{img("播放", gif=True)}</div>
<div class="con">
{bh}
</div>
<div class="btm"><p>上一篇：<a href="#">平遥县召开冬季安全生产工作推进会</a></p><p>下一篇：<a href="#">段村镇：设施蔬菜大棚里“绿意”浓</a></p></div>
</div>
<div class="foot">平遥县融媒体中心版权所有　地址：山西省晋中市平遥县顺城路<br>新闻热线：0354-5622100　晋ICP备18003529号-1　晋公网安备 14072802000046号</div>
"""
    return doc(PAGE["title"] + "-平遥融媒", CSS, html), gold
