from lib import *

META = dict(
    id="xu-07", kind="government", lang="zh",
    title="在全县秋冬季森林草原防灭火工作会议上的讲话",
    authors=["李国栋"],
    publish_time="2025-09-12",
)
FEATURES = ("互助 county portal, 领导讲话 column (2018 layout): headline followed by the speaker line (县委副书记、县长　李国栋) "
            "and the speech date in brackets (2025年9月8日, not the publish date), info bar below them with 信息来源/发布时间/"
            "阅读次数; speech with 同志们： salutation and 一、二、三 headings; author = the speaker.")

BODY = [
    P("同志们："),
    P("今天召开这次会议，主要任务是分析研判今年秋冬季森林草原防灭火形势，安排部署当前和今后一个时期的重点工作。刚才，县应急管理局、县林业和草原局分别通报了有关情况，北山林场和威远镇作了表态发言，我都同意。下面，我再讲三点意见。"),
    P("过去一年，全县上下认真落实防灭火各项措施，全年未发生森林草原火灾，成绩来之不易。但我们也要清醒看到，一些乡镇和部门还存在思想上重视不够、责任落实层层递减的问题，个别林区检查站形同虚设，群众防火意识还不够强，扑火队伍装备和实战能力也有待提升。这些问题必须引起高度重视，认真加以解决。"),
    H("一、清醒认识当前防灭火形势的严峻性"),
    P("我县林草资源丰富，北山、南门峡一带林区面积大、地形复杂，入秋以后降水减少、气温回升快，林下可燃物大量积累，加之秋收季节农事用火、祭祀用火增多，进山游客数量明显增加，火灾风险持续处于高位。大家一定要克服麻痹思想和侥幸心理，切实把思想和行动统一到县委、县政府的部署上来。"),
    P("从气象部门的预测看，今年9月至11月我县降水总体偏少，大风天气偏多，森林火险等级将长时间处于较高水平。同时，随着文旅项目不断增多，北山国家森林公园等景区进山人员成倍增加，野外火源管控难度明显加大。"),
    H("二、突出重点抓好各项防控措施"),
    P("要严格管控野外火源，在重点林区入口全部设立检查站，落实进山登记和火种收缴制度，严禁在林区内烧荒、烧秸秆、上坟烧纸。要加强隐患排查整治，对林区内输电线路、景区设施、施工工地等开展拉网式排查，发现一处、整改一处。要强化应急准备，专业扑火队伍实行24小时备勤，物资储备要对照清单逐项补齐，确保一旦发生火情能够“打早、打小、打了”。"),
    P("要广泛开展宣传教育，利用广播、微信群、村村响等载体，把防火知识宣传到每家每户，特别是要加强对中小学生、护林员和进山游客的宣传，引导群众自觉做到文明祭祀、安全用火。对违规用火行为，要发现一起、查处一起、曝光一起，形成有力震慑。"),
    H("三、压紧压实责任确保工作落地见效"),
    P("各乡镇、各部门要严格落实党政同责、一岗双责，主要负责同志要亲自研究、亲自部署。县林草局要加强统筹调度，县应急管理局要加强督导检查，对工作不力、措施不实造成严重后果的，要依规依纪严肃追责问责。"),
    P("要严格落实24小时值班和领导带班制度，保持通信畅通，一旦发现火情，要第一时间报告、第一时间处置，坚决杜绝迟报、漏报、瞒报。县财政要加大投入，保障防灭火物资购置、检查站运行和扑火队伍建设等经费需求。"),
    P("同志们，森林草原防灭火责任重于泰山。希望大家以高度负责的态度，扎实做好各项工作，坚决守住不发生重特大森林草原火灾的底线，为全县经济社会发展创造安全稳定的环境。"),
]

CSS = """
body{margin:0;font-family:"Microsoft YaHei";font-size:14px;color:#333;background:#f7f3ec}
.g-top{height:34px;background:#3a6b35;color:#eef;line-height:34px;padding:0 8%;font-size:12px}
.g-top span{float:right}
.g-logo{height:120px;background:#5b8f4e;color:#fff;padding:0 8%;font-size:30px;line-height:120px;font-weight:bold;letter-spacing:2px}
.g-menu{background:#fff;padding:0 8%;border-bottom:1px solid #d6cbb5}
.g-menu span{display:inline-block;padding:10px 18px;font-size:15px}
.g-box{width:1050px;margin:16px auto;background:#fff;padding:24px 50px}
.g-loc{font-size:12px;color:#8a7a5c}
.g-h{text-align:center;font-size:24px;margin:24px 0 6px;color:#1e3d1a}
.g-sp{text-align:center;font-size:16px;margin:0}
.g-dt{text-align:center;font-size:15px;margin:0 0 10px}
.g-attr{border-top:1px solid #e3dccd;border-bottom:1px solid #e3dccd;color:#999;font-size:12px;padding:6px 0;text-align:center}
.g-zw{font-size:16px;line-height:2}
.g-zw p{text-indent:2em;margin:10px 0}
.g-zw .g-sub{font-weight:bold;text-indent:2em;margin:10px 0}
.g-links{margin-top:30px;font-size:13px;border-top:2px solid #5b8f4e;padding-top:8px}
.g-foot{text-align:center;font-size:12px;color:#777;padding:20px;line-height:22px}
"""


def html():
    body = render(BODY, h='<div class="g-sub">{}</div>')
    t = META["title"]
    return doc(t + "_互助土族自治县人民政府", CSS, f"""
<div class="g-top">欢迎访问互助土族自治县人民政府网站<span><a href="#">无障碍</a> · <a href="#">老年版</a> · <a href="#">手机版</a></span></div>
<div class="g-logo">互助土族自治县人民政府</div>
<div class="g-menu"><span>首页</span><span>彩虹故乡</span><span>政务公开</span><span>政务服务</span><span>互动交流</span><span>招商引资</span><span><input type="text" placeholder="搜索本站"></span></div>
<div class="g-box">
 <div class="g-loc">当前位置：首页 &gt; 政务公开 &gt; 领导讲话 &gt; 正文</div>
 <h2 class="g-h">{e(t)}</h2>
 <p class="g-sp">县委副书记、县长　李国栋</p>
 <p class="g-dt">（2025年9月8日）</p>
 <div class="g-attr">信息来源：互助县应急管理局　　发布时间：2025-09-12　　阅读次数：308　　<a href="#">【打印】</a></div>
 <div class="g-zw">
{body}
 </div>
 <div class="g-links">相关链接：<a href="#">互助县召开秋冬季森林草原防灭火工作会议</a>　<a href="#">全县开展森林防火隐患排查专项行动</a></div>
</div>
<div class="g-foot">主办：互助土族自治县人民政府办公室　技术支持：海东市政务信息中心<br>
网站标识码：6321260002　<a href="#">青ICP备05001823号</a>　青公网安备 63212602000011号<br>
本站联系电话：0972-8326105（工作日 8:30-12:00 14:30-18:00）</div>
""")
