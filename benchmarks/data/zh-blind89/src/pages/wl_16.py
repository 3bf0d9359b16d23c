# 福建 · 省级新闻网（2015 table layout: '东南讯网10月16日讯（本网记者 … 通讯员 … 李  强）', 【字号 大 中 小】, 责任编辑）
from lib import *

PAGE = dict(
    id="wl-16", kind="media", lang="zh", site="东南讯网",
    title="德化陶瓷秋季订单饱满 前三季度出口同比增长12%",
    authors=["黄志斌", "苏文婷", "李强"],
    publish_time="2025-10-16 10:27",
    features=["provincial news site, 2015 table layout", "byline inside the first paragraph with three names, the last spaced '李&nbsp;&nbsp;强'",
              "info row '2025-10-16 10:27　来源：东南讯网　【字号 大 中 小】' in a table cell", "photo with caption",
              "责任编辑 line", "分享到 text, 相关新闻 and 图片新闻 lists, footer with 闽ICP"],
)

BLOCKS = [
    ("p", "东南讯网10月16日讯（本网记者 黄志斌 通讯员 苏文婷 李&nbsp;&nbsp;强）走进德化县三班镇一家陶瓷企业的生产车间，自动化滚压成型线高速运转，工人们正在对一批发往欧洲的圣诞主题陶瓷摆件进行彩绘和包装。“订单已经排到明年2月，工人每天要分两班倒。”企业负责人说。"),
    ("img", "陶瓷企业车间", "德化一家陶瓷企业的工人正在给产品彩绘。（本网记者 黄志斌 摄）"),
    ("p", "据德化县商务部门统计，今年前三季度，全县陶瓷产品出口额同比增长12%，其中日用瓷、工艺瓷出口增长较快，对东盟、中东等新兴市场出口增幅超过20%。"),
    ("p", "订单增长的背后，是德化陶瓷产业的持续转型升级。近年来，当地引导企业开展“机器换工”和窑炉改造，推广使用天然气窑炉和电窑，产品良品率和能效水平显著提升。同时，不少企业加大原创设计投入，推出融合茶文化、节日元素的新品，产品附加值明显提高。"),
    ("p", "在跨境电商方面，德化建成陶瓷跨境电商产业园，入驻企业160余家，帮助中小企业通过海外平台直接对接终端消费者。“以前主要靠外贸公司接单，现在我们自己在海外平台开店，利润空间大了不少。”一家入驻企业的负责人说。"),
    ("p", "德化县相关负责人表示，下一步将继续支持企业拓展多元市场，办好陶瓷博览会等展会活动，推动“德化白瓷”品牌走向更广阔的国际市场。"),
]

R = dict(p="<p>　　{}</p>",
         img=lambda alt, cap: f'<table align="center"><tr><td>{img(alt, w=550, h=360)}</td></tr><tr><td class="zt">{cap}</td></tr></table>')

CSS = """
body{margin:0;font-size:14px;font-family:"宋体";background:#fff}a{color:#03c;text-decoration:none}
.w{width:1000px;margin:0 auto}.ttl{font-size:22px;font-weight:bold;font-family:"微软雅黑";text-align:center;color:#036}
.inf{text-align:center;color:#666;font-size:12px;background:#f0f5fa;line-height:28px}.zw{font-size:15px;line-height:28px}
.zt{text-align:center;color:#036;font-size:12px}.dh td{background:#0a4d8c;color:#fff;text-align:center;line-height:30px}.dh a{color:#fff}
.rt td{line-height:22px}.bq{color:#999;font-size:12px;text-align:center;line-height:22px}
"""


def render(P, body):
    nav = "".join(f"<td><a href='#'>{x}</a></td>" for x in ["首页","福建","时政","社会","经济","文化","两岸","视频","图片","专题"])
    return doc(P, CSS, f"""
<table class="w" cellpadding="0" cellspacing="0"><tr><td>{img("东南讯网", w=300, h=70)}</td><td align="right">{links(["设为首页","收藏本站","手机版"], sep=" | ")}<br>站内搜索：<input size="16"> <input type="button" value="搜索"></td></tr></table>
<table class="w dh"><tr>{nav}</tr></table>
<table class="w"><tr><td>你的位置：<a href="#">东南讯网</a> &gt; <a href="#">福建新闻</a> &gt; <a href="#">泉州</a></td></tr></table>
<table class="w" cellpadding="0" cellspacing="0"><tr>
<td width="680" valign="top">
<table width="100%"><tr><td class="ttl">{P['title_html']}</td></tr>
<tr><td class="inf">{P['publish_time']}　来源：东南讯网　【字号 <a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】　分享到：微信 微博</td></tr>
<tr><td class="zw">
{body}
</td></tr>
<tr><td align="right" style="color:#666">责任编辑：陈雅琳</td></tr></table>
<table width="100%" class="rt"><tr><td><b>相关新闻</b></td></tr>
<tr><td>· <a href="#">德化获评“世界陶瓷之都”十周年</a></td></tr><tr><td>· <a href="#">泉州前三季度外贸进出口稳中有进</a></td></tr></table>
</td>
<td width="20"></td>
<td valign="top"><table width="100%" class="rt"><tr><td><b>图片新闻</b></td></tr><tr><td>{img("图片新闻")}</td></tr><tr><td><a href="#">武夷山秋茶采制忙</a></td></tr>
<tr><td><b>排行榜</b></td></tr><tr><td>1 <a href="#">福厦高铁开通两周年客流创新高</a></td></tr><tr><td>2 <a href="#">平潭海坛古城秋季游客增长</a></td></tr><tr><td>3 <a href="#">漳州今年首批蜜柚出口</a></td></tr></table></td>
</tr></table>
<table class="w bq"><tr><td><hr>本网站由东南讯网版权所有，未经授权禁止复制或建立镜像<br>互联网新闻信息服务许可证编号：35120170011　闽ICP备05015743号</td></tr></table>
""")
