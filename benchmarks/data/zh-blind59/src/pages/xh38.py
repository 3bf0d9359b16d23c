from lib import *

ID = "xh-38"
KIND = "institution"
LANG = "zh"
FEATURES = ("state enterprise site (广西北部湾国际港务集团) 2021 layout; breadcrumb whose last item repeats the headline "
            "cut short with …; info bar '作者：黄海燕　来源：钦州码头公司　日期：2024-08-16' ; monthly throughput "
            "table; 分享到 and 打印 buttons; 集团要闻 sidebar; footer with 桂ICP and 公网安备")
HEAD_TITLE = "钦州港自动化集装箱码头单月吞吐量创新高-广西北部湾国际港务集团有限公司"
TITLE_LINES = ["钦州港自动化集装箱码头单月吞吐量创新高"]
AUTHORS = ["黄海燕"]
TIME = "2024-08-16"

CSS = """
body{margin:0;font:15px/1.8 "Microsoft YaHei";background:#f4f6f9}
.bg-h{background:#fff;padding:14px calc(50% - 600px);display:flex;align-items:center;border-bottom:3px solid #00579e}
.bg-h b{color:#00579e;font-size:24px}.bg-h nav{margin-left:auto}.bg-h nav a{margin-left:20px}
.bg-banner{height:160px;background:#00579e;color:#fff;text-align:center;line-height:160px;font-size:30px}
.bg-m{width:1200px;margin:20px auto;display:flex;gap:30px}
.bg-side{width:260px;background:#fff}.bg-side h3{background:#00579e;color:#fff;margin:0;padding:10px}
.bg-side li{list-style:none;border-bottom:1px solid #eee;padding:8px}
.bg-art{flex:1;background:#fff;padding:20px 50px}
.bg-art .crumb{font-size:13px;color:#888}
.bg-art h1{text-align:center;font-size:26px;margin:22px 0 10px}
.bg-art .info{text-align:center;color:#999;font-size:13px;background:#f7f7f7;padding:6px}
.bg-art .con p{text-indent:2em;margin:12px 0}
.bg-art .con table{border-collapse:collapse;margin:0 auto;width:80%}.bg-art .con td,.bg-art .con th{border:1px solid #bbb;text-align:center;padding:4px}
.bg-art .ops{display:flex;justify-content:space-between;font-size:13px;color:#666;margin-top:20px}
.bg-f{background:#0d2f52;color:#9ab;text-align:center;font-size:12px;padding:20px}
"""

BODY = [
    P("据钦州码头公司统计，7月份钦州港自动化集装箱码头完成集装箱吞吐量42.6万标箱，同比增长18.3%，单月吞吐量创投产以来新高。"),
    P("钦州港自动化集装箱码头是我国首个采用“U型”工艺布局的自动化集装箱码头，于2022年6月投产运营。码头采用自动化岸桥、轨道吊和智能导引车协同作业，依托5G、北斗定位和智能调度系统，实现了装卸、运输、堆存全流程自动化。"),
    P("今年以来，码头航线网络持续加密，先后新开通至越南、泰国、印度尼西亚等东盟国家的外贸航线6条，西部陆海新通道海铁联运班列开行量同比增长两成。今年以来码头月度吞吐量如下："),
    TABLE([["月份", "吞吐量（万标箱）", "同比增长"],
           ["4月", "36.8", "11.2%"],
           ["5月", "38.9", "13.5%"],
           ["6月", "40.1", "15.6%"],
           ["7月", "42.6", "18.3%"]]),
    P("为应对箱量快速增长，码头通过优化船舶靠泊计划、推行“船边直提”“抵港直装”等措施，船舶平均在港时间缩短至20小时以内，单机平均作业效率达到每小时36自然箱。"),
    P("钦州码头公司负责人表示，下一步将加快推进自动化码头二期工程建设，持续提升智能化作业水平，更好服务西部陆海新通道建设。"),
]


def page():
    return f"""<body>
<div class="bg-h"><b>{gif("北部湾港务集团")}广西北部湾国际港务集团有限公司</b><nav><a href="#">首页</a><a href="#">走进集团</a><a href="#">新闻中心</a><a href="#">业务板块</a><a href="#">党建之窗</a><a href="#">人力资源</a><a href="#">信息公开</a></nav></div>
<div class="bg-banner">新闻中心 NEWS</div>
<div class="bg-m">
<div class="bg-side"><h3>新闻中心</h3><ul>{ali(["集团要闻", "基层动态", "媒体聚焦", "视频新闻", "通知公告"])}</ul></div>
<div class="bg-art">
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">新闻中心</a> &gt; <a href="#">基层动态</a> &gt; 钦州港自动化集装箱码头单月吞吐量…</div>
<h1>{TITLE_LINES[0]}</h1>
<div class="info">作者：黄海燕　来源：钦州码头公司　日期：{TIME}　【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="con">
{render(BODY)}
</div>
<div class="ops"><span>分享到：<a href="#">微信</a> <a href="#">微博</a></span><span><a href="#">【打印】</a><a href="#">【关闭】</a></span></div>
<p>上一篇：<a href="#">集团召开2024年上半年经济运行分析会</a></p><p>下一篇：<a href="#">防城港码头公司开展防台风应急演练</a></p>
</div></div>
<div class="bg-f">版权所有：广西北部湾国际港务集团有限公司　地址：南宁市青秀区金浦路33号<br>桂ICP备09003186号-1　桂公网安备 45010302000682号</div>
</body>"""
