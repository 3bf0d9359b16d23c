from lib import *

NOTES = "Provincial news portal (Guangxi) reprinting wire copy: info bar with seconds and 来源 新华社 under the headline, 新华社…电（记者 … …） dateline opening the first paragraph (stays in it; the two reporters are the authors), short paragraphs, a figure caption, 编辑/审核 line, 【打印】【关闭】, 延伸阅读 and 图片新闻, footer."

META = dict(id="xy-14", kind="media", lang="zh",
            title="西部陆海新通道海铁联运班列前5个月开行量同比增长两成",
            authors=["覃立强", "邓秋月"],
            publish_time="2025-06-11 18:52:07")

HEAD_TITLE = "西部陆海新通道海铁联运班列前5个月开行量同比增长两成 - 八桂在线"

CSS = """
body{margin:0;background:#f1f1f1;font-family:"Microsoft YaHei",SimSun;color:#333}
#bg-head{background:#fff}
#bg-head .wrapper{width:1000px;margin:auto;height:90px;display:flex;align-items:center;justify-content:space-between}
#bg-head .wrapper b{font-size:32px;color:#0a7e3e}
#bg-menu{background:#0a7e3e;height:38px}
#bg-menu .wrapper{width:1000px;margin:auto;line-height:38px}
#bg-menu a{color:#fff;font-size:15px;margin:0 13px;text-decoration:none}
#bg-page{width:1000px;margin:12px auto;background:#fff;padding:20px 40px}
#bg-page .location{font-size:12px;color:#666;border-bottom:1px dotted #aaa;padding-bottom:6px}
#bg-page .articleTitle{font-size:26px;font-weight:bold;text-align:center;margin:24px 0 14px;color:#000}
#bg-page .articleInfo{text-align:center;font-size:12px;color:#777}
#bg-page .articleInfo span{padding:0 8px}
#bg-page .articleContent{margin-top:18px;font-size:16px;line-height:1.9}
#bg-page .articleContent p{margin:0 0 14px;text-indent:2em}
#bg-page .articleContent .pc{text-align:center;text-indent:0}
#bg-page .articleContent .pt{text-align:center;text-indent:0;font-size:14px;color:#333}
#bg-page .articleEditor{text-align:right;font-size:13px;color:#666}
#bg-page .tool{text-align:right;font-size:12px}
#bg-page .yanshen{border-top:2px solid #0a7e3e;margin-top:20px}
#bg-page .yanshen li{font-size:14px;line-height:2}
#bg-foot{width:1000px;margin:0 auto 20px;text-align:center;font-size:12px;color:#666;line-height:22px}
"""

R = {
    "P": lambda t, kw: f"<p>{t}</p>",
    "IMG": lambda a, kw: f'<p class="pc">{img(a, w=600, h=380)}</p>\n<p class="pt">{kw["cap"]}</p>',
}

BLOCKS = [
    P("新华社南宁6月11日电（记者 覃立强 邓秋月）记者从中国铁路南宁局集团有限公司获悉，今年1至5月，西部陆海新通道海铁联运班列累计开行4862列，同比增长21.3%，运输货物24.3万标箱。"),
    P("据介绍，今年以来，铁路部门持续优化班列开行组织，在北部湾港钦州港东站实行“集中到发、快装快卸”作业模式，班列在港站平均停留时间压缩至10小时以内。同时，新增重庆、成都、昆明至钦州港的定点班列线路，形成覆盖西部主要城市的班列网络。"),
    IMG("钦州港东站", cap="6月10日，一列西部陆海新通道海铁联运班列从钦州港东站驶出。新华社记者 邓秋月 摄"),
    P("从货物品类看，出口以汽车零部件、机械设备、家电为主，进口以粮食、矿产品、冻品为主。其中，新能源汽车及零部件出口量同比增长近四成，成为增长最快的货类。"),
    P("“班列开得稳、时间准，我们的货从重庆到东南亚港口，全程比过去缩短了5天左右。”重庆一家汽车零部件企业物流负责人说。"),
    P("南宁局集团公司有关负责人表示，下一步将加强与港口、海关等单位协作，推广“一单制”联运服务，进一步提升通道运输效率，降低企业物流成本。"),
]


def frame(M, body):
    return f"""<body>
<div id="bg-head"><div class="wrapper"><b>八桂在线</b><span><input type="text" placeholder="请输入关键词"> <button type="button">搜索</button> <a href="#">登录</a> <a href="#">注册</a></span></div></div>
<div id="bg-menu"><div class="wrapper"><a href="#">首页</a><a href="#">时政</a><a href="#">广西</a><a href="#">国内</a><a href="#">国际</a><a href="#">财经</a><a href="#">东盟</a><a href="#">民生</a><a href="#">图片</a></div></div>
<div id="bg-page">
<div class="location">当前位置：<a href="#">八桂在线</a> &gt;&gt; <a href="#">广西新闻</a> &gt;&gt; <a href="#">财经动态</a></div>
<div class="articleTitle">{M["title"]}</div>
<div class="articleInfo"><span>{M["publish_time"]}</span><span>来源：新华社</span><span>【<a href="#">打印</a>】【<a href="#">关闭</a>】</span></div>
<div class="articleContent">
{body}
</div>
<div class="articleEditor">编辑：黄灿　审核：蒙岚</div>
<div class="yanshen"><h4>延伸阅读</h4><ul>
<li><a href="#">钦州港一季度集装箱吞吐量同比增长12%</a></li>
<li><a href="#">西部陆海新通道跨境公路班车线路增至20条</a></li>
</ul>
<h4>图片新闻</h4>
<p>{img("南宁国际铁路港", w=200, h=130)} <a href="#">南宁国际铁路港迎来夏季运输高峰</a></p>
</div>
</div>
<div id="bg-foot">
<a href="#">关于我们</a> | <a href="#">联系方式</a> | <a href="#">版权声明</a> | <a href="#">网站地图</a><br>
八桂在线版权所有　互联网新闻信息服务许可证编号：45120190006<br>
桂ICP备14002865号　桂公网安备 45010302001873号　违法和不良信息举报电话：0771-5630281
</div>
</body>"""
