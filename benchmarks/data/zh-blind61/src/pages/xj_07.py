from lib import *

PAGE = dict(
    id="xj-07", kind="government", lang="zh",
    title="在全县2025年经济工作会议上的讲话",
    authors=["陈志远"],
    publish_time="2025-01-13",
    doc_title="在全县2025年经济工作会议上的讲话 - 望奎县人民政府",
    pfmt="indent", hfmt="strongindent",
    features="county portal, a speech: speaker line (县委副书记、县长　陈志远) and date line under the headline (not body); "
             "speaker is the author; 同志们： opening; numbered sub-headings; info bar with 发布日期/信息来源 and 【打印】【关闭】.",
    css="""
body{margin:0;font:14px/1.8 "Microsoft YaHei";background:#eaf0f6;color:#333}
.w{width:1100px;margin:0 auto}
.header{background:#234f85;color:#fff;padding:22px 0}
.header h2{display:inline;font-size:30px}
.header .r{float:right;font-size:13px}
.header a{color:#fff;margin-left:10px}
.nav{background:#173a66}
.nav a{display:inline-block;color:#fff;padding:0 20px;line-height:44px}
.where{padding:10px 0;font-size:13px}
.page{background:#fff;padding:30px 70px}
.page h1{text-align:center;font-size:24px;margin-bottom:6px}
.spk{text-align:center;font-family:楷体,KaiTi;font-size:17px;margin:2px 0}
.ib{text-align:center;color:#999;font-size:12px;border-top:1px solid #eee;margin-top:14px;padding-top:8px}
.tx{font-size:16px;line-height:2;margin-top:10px}
.ops{text-align:right;color:#666}
.ft{text-align:center;color:#666;font-size:12px;padding:16px 0}
""",
)

HTML = """
<div class="header"><div class="w"><h2>望奎县人民政府</h2>
<span class="r"><a href="#">无障碍浏览</a><a href="#">长辈版</a><a href="#">繁體</a><input placeholder="请输入关键词"><button>搜索</button></span></div></div>
<div class="nav"><div class="w"><a href="#">首页</a><a href="#">望奎概况</a><a href="#">政务动态</a><a href="#">信息公开</a><a href="#">政务服务</a><a href="#">政民互动</a><a href="#">专题专栏</a></div></div>
<div class="w where">当前位置：<a href="#">首页</a> &gt; <a href="#">信息公开</a> &gt; <a href="#">领导讲话</a></div>
<div class="w page">
<h1>在全县2025年经济工作会议上的讲话</h1>
<p class="spk">县委副书记、县长　陈志远</p>
<p class="spk">（2025年1月10日）</p>
<div class="ib">发布日期：2025-01-13　　信息来源：县政府办公室　　浏览次数：892</div>
<div class="tx">
{{BODY}}
</div>
<p class="ops">【<a href="#">打印</a>】【<a href="#">关闭</a>】</p>
<p>上一篇：<a href="#">望奎县召开2025年度安全生产工作会议</a></p>
<p>下一篇：<a href="#">县委理论学习中心组召开2025年第一次集体学习会</a></p>
</div>
<div class="ft">主办：望奎县人民政府办公室　地址：望奎县中央大街108号　电话：0455-6721305<br>黑ICP备18004523号-1　黑公网安备 23122102000057号　网站标识码：2312210001</div>
"""

BODY = [
    P("同志们："),
    P("这次会议的主要任务是，总结2024年经济工作，分析当前形势，安排部署2025年重点任务。刚才，县委书记刘振江同志作了重要讲话，我完全同意，请大家认真抓好落实。下面，我讲三点意见。"),
    H("一、客观看待2024年经济运行成绩"),
    P("过去一年，全县地区生产总值预计增长6.2%，规模以上工业增加值增长9.1%，一般公共预算收入完成4.3亿元。粮食总产达到31.7亿斤，再创历史新高。生猪、肉牛、奶牛“三大养殖”稳步发展，农产品加工业产值首次突破50亿元。这些成绩来之不易，是全县上下苦干实干的结果。同时也要清醒看到，我们的产业链条还不长，项目储备还不足，民营经济活力有待进一步激发。"),
    H("二、聚焦重点抓好2025年经济工作"),
    P("一要抓项目扩投资。全年谋划亿元以上项目40个，力争开复工30个，坚持领导包保、专班推进，做到“一个项目、一名领导、一套方案”。二要抓产业延链条。围绕玉米、大豆、生猪三条主链，重点推进玉米深加工二期、大豆蛋白和肉食品精深加工项目，加快打造百亿级食品产业集群。三要抓营商环境。全面推行“高效办成一件事”，涉企事项办理时限再压缩30%，对企业反映的问题限时办结、跟踪问效。"),
    P("四要抓民生补短板。今年要新建改造城市供热管网20公里、农村公路120公里，完成12所中小学校舍改造，新增城镇就业2800人。各项民生实事要挂图作战、按月调度，确保年底前全部兑现。五要抓风险防范。稳妥化解政府债务风险，严格控制新增隐性债务；扎实做好安全生产、森林草原防火和防汛工作，守住不发生重大事故的底线。"),
    H("三、以过硬作风确保各项任务落地见效"),
    P("各乡镇、各部门主要负责同志要扛起第一责任人责任，把会议确定的目标任务细化分解到月、落实到人。县委督查室、县政府督查室要加强跟踪督办，对工作推进不力的通报问责。"),
    P("要大兴调查研究之风，领导干部每月至少两次深入企业、项目现场，面对面解决问题。要树立“今天再晚也是早、明天再早也是晚”的效率意识，能当天办的绝不拖到第二天，能一次办的绝不让群众跑两次。"),
    P("同志们，新的一年任务艰巨、使命光荣。让我们以更加昂扬的斗志、更加务实的作风，奋力推动全县经济高质量发展，为建设现代化新望奎作出新的更大贡献！"),
]
