from lib import *

ID = "xh-31"
KIND = "e-paper"
LANG = "zh"
FEATURES = ("provincial daily e-paper (河南日报数字报) 2022 layout: masthead date with weekday, 版次 navigation list "
            "(第01版：要闻 …), 上一版/下一版/PDF; 引题/主题/副题 stack (title = 主题); byline line '本报记者 宋  敏 "
            "通讯员 马骁' (authors, not body); numbered data points; 本版标题 list repeating the headline; "
            "'《河南日报》（2024年10月16日 第01版）' issue line")
HEAD_TITLE = "河南日报数字报-我省新建高标准农田720万亩"
TITLE_LINES = ["我省新建高标准农田720万亩"]
AUTHORS = ["宋敏", "马骁"]
TIME = "2024年10月16日"

CSS = """
body{margin:0;background:#ece7dc;font:16px/1.8 "Microsoft YaHei",SimSun}
.ep-top{background:#8f1d1d;color:#fff;display:flex;align-items:center;padding:8px 30px}
.ep-top b{font-size:28px;font-family:STKaiti,KaiTi}.ep-top .d{margin-left:24px}.ep-top .h{margin-left:auto}.ep-top .h a{color:#fff;margin-left:12px}
.ep{display:flex;gap:20px;width:1280px;margin:16px auto}
.ep-left{width:420px;background:#fff;padding:10px}
.ep-left .bm{height:560px;background:#ddd;text-align:center}
.ep-left .pg{display:flex;justify-content:space-between;font-size:14px;margin:8px 0}
.ep-left .bc{font-size:14px;list-style:none;padding:0}.ep-left .bc li{border-bottom:1px dotted #ccc}
.ep-mid{flex:1;background:#fff;padding:20px 40px}
.ep-mid .yt,.ep-mid .ft{text-align:center;font-size:17px;color:#444;margin:4px 0}
.ep-mid h1{text-align:center;font-size:30px;margin:4px 0}
.ep-mid .au{text-align:center;font-size:15px;color:#666;margin:10px 0 16px}
.ep-mid .ct p{text-indent:2em;margin:10px 0}
.ep-mid .issue{color:#999;font-size:13px;text-align:right}
.ep-right{width:260px;background:#fff;padding:10px;font-size:14px}
.ep-right h4{background:#8f1d1d;color:#fff;margin:0;padding:4px 8px}
.ep-foot{text-align:center;font-size:12px;color:#777;padding:16px}
"""

BODY = [
    P("记者10月15日从省农业农村厅获悉，今年我省计划新建和改造提升高标准农田720万亩，截至目前已全部开工，完工率达到86%，新建高标准农田项目区亩均粮食产能提高100公斤以上。"),
    P("高标准农田是“藏粮于地、藏粮于技”的重要载体。今年，我省把高标准农田建设作为粮食生产的“压舱石”工程，集中力量在黄淮海平原、南阳盆地等粮食主产区推进整区域建设，重点解决灌排不配套、土壤肥力低、田间道路不畅等问题。"),
    P("从建设内容看，项目区全面推行“田成方、渠相通、路相连、旱能灌、涝能排”，并同步配套智能水肥一体化设施和墒情、虫情监测设备。在周口市郸城县的示范区，手机上点一点就能远程控制灌溉，每亩节水30%以上。"),
    P("从资金投入看，今年全省高标准农田建设亩均投入标准提高到3000元以上，各级财政共落实资金210亿元，同时引导金融机构发放高标准农田建设专项贷款45亿元。"),
    P("从管护机制看，我省全面推行“田长制”，建立县、乡、村三级管护责任体系，明确每块高标准农田的管护主体，确保建成的农田“长期用、持续好”。"),
    P("省农业农村厅有关负责人表示，到2025年底，全省将累计建成高标准农田9000万亩左右，为稳定粮食产量在1300亿斤以上提供坚实支撑。"),
]


def page():
    return f"""<body>
<div class="ep-top"><b>{gif("河南日报")}河南日报</b><span class="d">2024年10月16日 星期三</span><span class="h"><a href="#">往期回顾</a><a href="#">河南日报网</a><a href="#">大河网</a></span></div>
<div class="ep">
<div class="ep-left">
<div class="bm">{gif("第01版：要闻 版面图")}</div>
<div class="pg"><a href="#">上一版</a><span>第01版：要闻</span><a href="#">下一版</a><a href="#">PDF下载</a></div>
<ul class="bc">{ali(["第01版：要闻", "第02版：要闻", "第03版：要闻", "第04版：要闻", "第05版：经济", "第06版：理论", "第07版：法治", "第08版：中原风"])}</ul>
</div>
<div class="ep-mid">
<p class="yt">高质量推进“藏粮于地、藏粮于技”</p>
<h1>{TITLE_LINES[0]}</h1>
<p class="ft">项目区亩均粮食产能提高100公斤以上</p>
<p class="au">本报记者 宋&nbsp;&nbsp;敏　通讯员 马骁</p>
<div class="ct">
{render(BODY)}
</div>
<p class="issue">《河南日报》（{TIME} 第01版）</p>
</div>
<div class="ep-right"><h4>本版标题</h4><ul>{ali(["奋力谱写中原大地推进中国式现代化新篇章", "我省新建高标准农田720万亩", "全省秋粮收获进度过七成", "郑州至济南高铁河南段运营满三年"])}</ul>
<h4>往期检索</h4><p><input type="text" placeholder="2024-10-16"><button type="button">查看</button></p></div>
</div>
<div class="ep-foot">河南日报社版权所有　未经书面授权不得复制或建立镜像　豫ICP备12024329号-3</div>
</body>"""
