from lib import *

ID = "xh-10"
KIND = "government"
LANG = "zh"
FEATURES = ("district portal (郑州市金水区) 领导讲话: speaker line '区长 张宏亮' and '（2024年3月8日）' under the headline "
            "(author = speaker; neither line is body); <title> puts the speaker's name before the headline; 同志们： "
            "salutation (body); 一、二、三、 sub-headings; info bar with 发布日期 and 来源; 2021 design with 长者模式")
HEAD_TITLE = "张宏亮：在全区优化营商环境攻坚推进会上的讲话-郑州市金水区人民政府"
TITLE_LINES = ["在全区优化营商环境攻坚推进会上的讲话"]
AUTHORS = ["张宏亮"]
TIME = "2024-03-12 16:30"

CSS = """
body{margin:0;font:16px/1.9 "Microsoft YaHei";color:#333;background:#fff}
header{background:#0d4c92}header .in{width:1200px;margin:0 auto;color:#fff;display:flex;align-items:center;height:120px}
header .in b{font-size:32px}header .in .fn{margin-left:auto;font-size:13px}header .in .fn a{color:#fff;margin-left:10px}
.menu{border-bottom:1px solid #ddd;text-align:center}.menu a{display:inline-block;padding:12px 22px}
.w{width:1000px;margin:0 auto}
.bread{font-size:13px;color:#888;padding:14px 0}
.speech h1{text-align:center;font-size:28px;margin:20px 0 6px}
.speech .who,.speech .when{text-align:center;font-size:18px;margin:4px 0;font-family:KaiTi,serif}
.speech .meta{color:#999;font-size:13px;text-align:center;margin:14px 0;border-top:1px solid #eee;padding-top:10px}
.speech .text p{text-indent:2em;margin:10px 0}
.speech .text h4{margin:16px 0 4px;font-size:17px}
.tail{font-size:13px;color:#777;display:flex;justify-content:space-between;border-top:1px solid #eee;margin-top:20px;padding-top:8px}
footer{background:#f2f2f2;font-size:12px;text-align:center;padding:20px;margin-top:30px;color:#666}
"""

BODY = [
    P("同志们：", style="text-indent:0"),
    P("今天召开这次会议，主要任务是深入贯彻全省、全市优化营商环境工作会议精神，总结去年工作，部署今年攻坚任务。刚才，区发展改革委通报了营商环境评价情况，三个单位作了表态发言，我都同意。下面，我讲三点意见。"),
    H("一、正视差距，增强优化营商环境的紧迫感", tag="h4"),
    P("去年，全区营商环境评价总体位居全市前列，“一件事一次办”事项扩展到62项，企业开办时间压缩至0.5个工作日。但也要清醒看到，我们在获得用水用气、办理建筑许可等指标上仍有短板，一些窗口单位“门好进、脸好看、事难办”的问题还不同程度存在。营商环境没有最好，只有更好，大家务必要有“不进则退、慢进也是退”的危机意识。"),
    P("从企业反映的情况看，问题主要集中在三个方面：一是审批环节还不够简，部分事项仍需企业多头跑、重复交材料；二是政策兑现还不够快，有的惠企资金从申报到拨付要等半年以上；三是服务意识还不够强，个别干部对企业诉求“只登记、不办理”，甚至推来推去。这些问题，企业看在眼里、记在心上，我们必须下决心解决。"),
    H("二、突出重点，推动攻坚任务落地见效", tag="h4"),
    P("一要在政务服务上提速。年内实现高频事项“全程网办”比例达到90%以上，推行“免证办”“就近办”，让数据多跑路、群众少跑腿。二要在要素保障上发力。对重点项目实行“拿地即开工”，建立企业融资需求清单，每季度至少组织两场银企对接活动。三要在涉企服务上用心。全面推行“万人助万企”包联机制，包联干部每月至少走访一次企业，问题办结率要达到95%以上。"),
    P("特别要强调的是，惠企政策要“免申即享”。凡是能够通过数据比对确定享受对象的政策，一律不再要求企业申报；确需申报的，要压缩到一次申报、一个窗口、一次办结，资金拨付时间原则上不超过30个工作日。"),
    H("三、压实责任，营造人人都是营商环境的浓厚氛围", tag="h4"),
    P("各单位“一把手”要亲自抓、负总责，把优化营商环境纳入年度目标考核。区纪委监委要加强作风监督，对推诿扯皮、吃拿卡要的，发现一起、查处一起、通报一起。"),
    P("同时，要建立营商环境“体验官”制度，从企业家、律师、普通群众中聘请一批体验官，定期到窗口“走流程”“挑毛病”，发现的问题由区营商办统一交办、限时整改、跟踪问效。各单位每季度要向区政府报告一次工作进展，年底前区政府将组织第三方评估，评估结果与单位绩效直接挂钩。"),
    P("同志们，营商环境就是生产力。让我们以更大的决心、更实的举措，全力打造一流营商环境，为建设现代化强区提供有力支撑！"),
]


def page():
    return f"""<body>
<header><div class="in"><b>{gif("金水区人民政府")}郑州市金水区人民政府</b><div class="fn"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁体</a><a href="#">政务微博</a><a href="#">政务微信</a></div></div></header>
<div class="menu"><a href="#">首页</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">走进金水</a><a href="#">专题专栏</a></div>
<div class="w">
<div class="bread">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">领导讲话</a></div>
<div class="speech">
<h1>{TITLE_LINES[0]}</h1>
<p class="who">区长　张宏亮</p>
<p class="when">（2024年3月8日）</p>
<div class="meta">发布日期：{TIME}　　来源：金水区人民政府办公室　　浏览次数：1458　　【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="text">
{render(BODY)}
</div></div>
<div class="tail"><span>上一篇：<a href="#">在全区安全生产工作会议上的讲话</a></span><span>下一篇：<a href="#">在2024年区政府廉政工作会议上的讲话</a></span></div>
<p>【<a href="#">打印</a>】【<a href="#">关闭</a>】</p>
</div>
<footer><p>主办单位：郑州市金水区人民政府办公室　技术支持：金水区大数据管理局</p><p>豫ICP备08104613号　豫公网安备 41010502002731号　网站标识码：4101050005</p><p>{gif("党政机关")}{gif("政府网站找错")}{gif("二维码")}扫一扫 手机浏览</p></footer>
</body>"""
