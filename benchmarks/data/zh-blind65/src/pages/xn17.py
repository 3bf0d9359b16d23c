from blocks import *
from furniture import *

ID, KIND, LANG = "xn-17", "media", "zh"
SITE = "泉南网（泉州市级新闻网站）"
DOC_TITLE = "晋江一家鞋企用旧轮胎做鞋底 每年消化废旧橡胶3000吨 - 泉南网"
TITLE = "晋江一家鞋企用旧轮胎做鞋底 每年消化废旧橡胶3000吨"
AUTHORS = ["陈婉婷", "苏志强"]
PUBLISH_TIME = "2019-11-06 08:32:15"
FEATURES = ("city news site; the article is one <div> of paragraphs indented with two U+3000 and separated only "
            "by <br> (no blank lines); info bar 2019-11-06 08:32:15　来源：泉南晚报　作者：记者 陈婉婷 通讯员 苏志强 "
            "(role words are not part of the names); 小标题 as bold lines inside the same run; [责任编辑：…].")

CSS = """
body{margin:0;font:14px/1.9 SimSun,"Microsoft YaHei";background:#f7f7f7}
.t{background:#fff;border-bottom:3px solid #1a6fb5;padding:10px 40px;font-size:28px;color:#1a6fb5}
.n{background:#1a6fb5;padding:6px 40px}.n a{color:#fff;margin-right:18px}
.box{width:980px;margin:12px auto;background:#fff;padding:20px 40px}
.bt{font-size:24px;font-weight:bold;text-align:center;font-family:"Microsoft YaHei"}
.xx{text-align:center;font-size:12px;color:#888;margin:8px 0 16px}
.nr{font-size:15px;line-height:2.1}
.ft{text-align:center;color:#888;font-size:12px;padding:16px}
"""

BODY = [
    LINES([
        "把报废的汽车轮胎粉碎、脱硫、再生，做成运动鞋的大底——在晋江市安海镇的一家鞋材企业里，每年有3000多吨废旧橡胶以这样的方式获得“新生”。",
        "<b>旧轮胎变身鞋底</b>",
        "走进福建鸿泰鞋材有限公司的生产车间，一条条再生胶生产线正在运转。工人将收购来的旧轮胎切块后送入粉碎机，经过脱硫、精炼等工序，制成再生胶片，再按比例与天然橡胶混合，压制成各种花纹的鞋底。",
        "“再生胶的耐磨性能并不比新胶差，成本却能降低30%左右。”公司总经理许文辉说，企业目前生产的鞋底中，再生胶的添加比例最高可达40%，产品主要供应国内外多个运动品牌。",
        "<b>环保投入不含糊</b>",
        "再生胶生产过程中会产生废气，过去一直是环保难题。公司先后投入1200多万元，建设了密闭式生产车间和废气收集处理系统，车间异味明显减少，排放指标优于国家标准。",
        "晋江市生态环境局有关负责人介绍，晋江是全国重要的鞋服产业基地，鞋材企业对橡胶需求量大。近年来，当地鼓励企业开展废旧橡胶资源化利用，目前全市已有11家企业取得相关资质，年处理废旧橡胶能力超过5万吨。",
        "“下一步，我们还打算用回收的旧鞋底再做一次循环。”许文辉说。",
    ], indent=IND, cls="nr"),
]


def page(body):
    return f"""<body>
<div class="t"><img alt="泉南网"> 泉南网　<small>泉州新闻门户</small></div>
<div class="n"><a href="#">首页</a><a href="#">泉州新闻</a><a href="#">县域</a><a href="#">民生</a><a href="#">经济</a><a href="#">闽南文化</a><a href="#">数字报</a>{search("站内搜索")}</div>
<div class="box">
<div class="loc">当前位置：<a href="#">首页</a> &gt; <a href="#">县域</a> &gt; <a href="#">晋江</a> &gt; 正文</div>
<div class="bt">{TITLE}</div>
<div class="xx">{PUBLISH_TIME}　来源：泉南晚报　作者：记者 陈婉婷 通讯员 苏志强</div>
{body}
<p style="text-align:right;color:#999">[责任编辑：庄秀玲]</p>
{share("分享到：", ("微信朋友圈","新浪微博","QQ好友"))}
<div class="pn"><p>上一篇：<a href="#">石狮服装城“直播基地”开张</a></p><p>下一篇：<a href="#">南安水头石材企业抱团“出海”</a></p></div>
</div>
<div class="ft">泉南网版权所有，未经书面授权禁止使用<br>互联网新闻信息服务许可证：35120170027　闽ICP备09011204号<br>举报电话：0595-22500110</div>
</body>"""
