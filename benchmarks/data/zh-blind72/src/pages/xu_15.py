from lib import *

META = dict(
    id="xu-15", kind="media", lang="zh",
    title="西宁今冬供暖设施检修过半10月上旬开始注水试压",
    authors=["祁海燕"],
    publish_time="2025年9月11日 星期四",
)
FEATURES = ("西宁 city evening-paper site (invented 夏都新闻网, 2017 template): headline on two lines (joined without a "
            "space in the gold), date with weekday and source in one grey line, 记者 … 文/图 byline line (not body), "
            "a 3-row hotline table, captioned photo, 【编辑：…】, 上一篇/下一篇, 24小时热文 list, footer.")

BODY = [
    P("眼下距离今冬供暖还有一个多月，西宁市各供热企业正抓紧对换热站、供热管网进行检修维护。记者从市住房和城乡建设局获悉，截至9月10日，全市供热设施检修工作已完成55%，预计9月底前全面完成，10月上旬开始向管网注水试压。"),
    IMG("工人在换热站检修设备", "工人在城西区一处换热站检修循环泵。记者 祁海燕 摄"),
    P("在城西区海湖新区一处换热站内，维修人员正在对循环泵、板式换热器进行拆解清洗。“每年这个时候都是我们最忙的时候，换热站里的每一台设备都要过一遍，发现问题及时更换。”供热企业运行部负责人说。"),
    P("今年，西宁市计划改造老旧供热管网38公里，涉及城东、城中、城西、城北四区的42个老旧小区。目前已完成改造26公里，剩余工程将在试压前完工，改造完成后将有效解决部分小区“末端不热”的问题。"),
    P("市住建局提醒，注水试压期间，居民家中如发现暖气片、管道漏水，请及时关闭阀门并联系所属供热企业。各供热企业服务电话如下："),
    T([
        ["供热企业", "服务电话"],
        ["西宁市热力有限公司", "0971-6112325"],
        ["西宁城北热电供热公司", "0971-5523816"],
    ]),
]

CSS = """
body{margin:0;font-family:"Microsoft YaHei",SimHei;font-size:14px;color:#444;background:#f5f5f5}
#xd-top{background:#2e3192;color:#fff;height:70px;line-height:70px;padding:0 5%}
#xd-top b{font-size:28px;letter-spacing:1px}
#xd-top em{font-style:normal;font-size:13px;margin-left:20px;opacity:.8}
#xd-nav{background:#fff;border-bottom:2px solid #2e3192;padding:0 5%}
#xd-nav a{display:inline-block;padding:10px 14px;color:#2e3192;font-size:15px}
#xd-wrap{width:1100px;margin:14px auto;overflow:hidden}
#xd-main{float:left;width:760px;background:#fff;padding:20px 30px}
#xd-side{float:right;width:300px;background:#fff;padding:10px}
.xd-loc{font-size:12px;color:#999}
.xd-t{font-size:26px;font-weight:bold;line-height:1.45;text-align:center;color:#222;margin:20px 0 10px}
.xd-date{text-align:center;color:#aaa;font-size:12px}
.xd-author{text-align:center;color:#666;font-size:13px}
.xd-txt{font-size:16px;line-height:2}
.xd-txt p{text-indent:2em}
.xd-txt .pi{text-align:center;text-indent:0}
.xd-txt .pt{text-align:center;text-indent:0;font-size:13px;color:#888}
.xd-txt table{border-collapse:collapse;margin:0 auto}
.xd-txt td,.xd-txt th{border:1px solid #bbb;padding:4px 16px}
.xd-bj{text-align:right;color:#999;font-size:13px}
.xd-pn{border-top:1px dashed #ddd;padding-top:8px}
#xd-side h5{font-size:15px;margin:0 0 6px;color:#2e3192}
#xd-side p{margin:4px 0;font-size:13px}
#xd-foot{clear:both;background:#2e3192;color:#ccd;text-align:center;font-size:12px;padding:16px;line-height:2}
"""


def html():
    body = render(BODY, img='<p class="pi"><img alt="{alt}"{src}></p>', cap='<p class="pt">{}</p>')
    return doc("西宁今冬供暖设施检修过半 10月上旬开始注水试压-夏都新闻网", CSS, f"""
<div id="xd-top"><b>夏都新闻网</b><em>www.xiadu-news.cn　西宁本地综合新闻门户</em></div>
<div id="xd-nav"><a href="#">首页</a><a href="#">西宁新闻</a><a href="#">青海新闻</a><a href="#">民生</a><a href="#">城建</a><a href="#">教育</a><a href="#">健康</a><a href="#">电子报</a></div>
<div id="xd-wrap">
 <div id="xd-main">
  <div class="xd-loc">当前位置：首页 &gt; 西宁新闻 &gt; 民生</div>
  <div class="xd-t">西宁今冬供暖设施检修过半<br>10月上旬开始注水试压</div>
  <div class="xd-date">2025年9月11日 星期四 | 来源：夏都晚报</div>
  <div class="xd-author">记者 祁海燕 文/图</div>
  <div class="xd-txt">
{body}
  </div>
  <p class="xd-bj">【编辑：李玥】</p>
  <div class="xd-pn">上一篇：<a href="#">西宁南川工业园区新增两条公交线路</a><br>下一篇：<a href="#">湟水河湿地公园迎来候鸟迁徙季</a></div>
 </div>
 <div id="xd-side"><h5>24小时热文</h5>
  <p>1 <a href="#">西宁今年新增公办幼儿园学位2400个</a></p>
  <p>2 <a href="#">青藏高原首个低空物流航线开通</a></p>
  <p>3 <a href="#">塔尔寺景区国庆期间实行预约入园</a></p>
 </div>
</div>
<div id="xd-foot">夏都新闻网 版权所有　本网站所刊登的各种新闻、信息和各种专题专栏资料，未经协议授权，禁止下载使用<br>
<a href="#" style="color:#ccd">青ICP备06000316号</a>　青公网安备 63010402000088号　互联网新闻信息服务许可证编号：63120170002</div>
""")
