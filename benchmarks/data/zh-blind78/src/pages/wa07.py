ID = "wa-07"
KIND = "government"
LANG = "zh"
TITLE = "林海涛在全区优化营商环境工作会议上的讲话"
AUTHORS = ["林海涛"]
DATE = "2025-04-16 10:05"
NOTES = "District portal 讲话 page (2019 float layout): speaker line 区委副书记、区长 林海涛 and （2025年4月10日） under the headline (speaker = author; neither line is body), info bar 发布时间/信息来源/【打印】 in a grey box below them, opening 同志们：, sub-headings 一、二、三、, closing line; 相关阅读, footer."

CSS = r'''
body{margin:0;font-family:"Microsoft YaHei";background:#fff;color:#333}
.gjz-head{height:130px;background:#b71c1c}
.gjz-head h1{margin:0;padding:36px 0 0 60px;color:#fff;font-size:32px;letter-spacing:3px}
.gjz-bar{background:#8e1515;height:44px}
.gjz-bar a{float:left;color:#fff;line-height:44px;padding:0 22px;font-size:15px}
.gjz-box{width:1000px;margin:0 auto;overflow:hidden}
.gjz-crumbs{line-height:40px;font-size:13px;color:#777;border-bottom:1px solid #eee}
.gjz-left{float:left;width:720px;padding:20px 0}
.gjz-right{float:right;width:250px;padding-top:20px}
.gjz-left .tt{font-size:24px;text-align:center;font-weight:bold;line-height:1.5}
.gjz-left .spk{text-align:center;font-size:16px;margin:10px 0 0;font-family:"楷体",KaiTi}
.gjz-left .dt{text-align:center;font-size:16px;margin:4px 0 14px;font-family:"楷体",KaiTi}
.gjz-left .info{background:#f5f5f5;font-size:12px;color:#888;padding:6px 10px;margin-bottom:20px}
.gjz-left .cont p{font-size:16px;line-height:2;text-indent:2em;margin:0 0 6px}
.gjz-left .cont p.sh{font-family:"黑体";font-weight:bold}
.gjz-right .mod{border:1px solid #eee;margin-bottom:14px}
.gjz-right .mod h3{margin:0;background:#f7f7f7;font-size:15px;padding:8px}
.gjz-right .mod li{font-size:13px;line-height:26px}
.gjz-foot{clear:both;border-top:3px solid #b71c1c;text-align:center;font-size:12px;color:#666;line-height:24px;padding:16px 0}
'''

TEMPLATE = r'''<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{TITLE}} - 大连市甘井子区人民政府</title>
<style>
{{CSS}}
</style>
</head>
<body>
<div class="gjz-head"><h1>大连市甘井子区人民政府</h1></div>
<div class="gjz-bar"><a href="/">首页</a><a href="#">走进甘井子</a><a href="#">政务公开</a><a href="#">领导之窗</a><a href="#">政务服务</a><a href="#">政民互动</a></div>
<div class="gjz-box">
<div class="gjz-crumbs">当前位置：<a href="/">首页</a> » <a href="#">领导之窗</a> » <a href="#">领导讲话</a></div>
<div class="gjz-left">
<div class="tt">{{TITLE}}</div>
<div class="spk">区委副书记、区长　林海涛</div>
<div class="dt">（2025年4月10日）</div>
<div class="info">发布时间：2025-04-16 10:05　　信息来源：区政府办公室　　【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>
<div class="cont">
{{BODY}}
</div>
</div>
<div class="gjz-right">
<div class="mod"><h3>领导讲话</h3><ul>
<li><a href="#">在全区安全生产工作会议上的讲话</a></li>
<li><a href="#">在区政府第一次全体会议上的讲话</a></li>
<li><a href="#">在全区经济工作会议上的讲话</a></li></ul></div>
<div class="mod"><h3>相关阅读</h3><ul>
<li><a href="#">甘井子区召开优化营商环境工作会议</a></li>
<li><a href="#">甘井子区2025年优化营商环境工作要点</a></li></ul></div>
</div>
</div>
<div class="gjz-foot">
主办单位：大连市甘井子区人民政府办公室　技术维护：甘井子区大数据管理中心<br>
辽ICP备07009841号-1　辽公网安备 21021102000389号　网站标识码：2102110008<br>
<a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">网站纠错</a>
</div>
</body>
</html>
'''

FMT = {
    "h": '<p class="sh">{t}</p>',
}

BLOCKS = r'''
p: 同志们：
p: 今天，我们召开全区优化营商环境工作会议，主要任务是总结去年工作，分析面临形势，部署今年重点任务。刚才，几个部门和街道作了交流发言，讲得都很好，我都同意。下面，我讲三点意见。
h: 一、认清形势，切实增强优化营商环境的紧迫感
p: 过去一年，全区上下围绕“办事方便、法治公平、成本竞争力强、宜居宜业”目标，推出了一批改革举措，企业开办实现“一日办结”，工程建设项目审批时限压缩到40个工作日以内，全区新增市场主体1.8万户。但是也要看到，与先进地区相比，我们在政务服务标准化、涉企执法规范化、政策兑现便利化等方面仍有差距，企业反映的一些“老大难”问题还没有彻底解决。
p: 从外部环境看，各地都在比拼营商环境，企业用脚投票，哪里服务好、成本低、预期稳，项目和人才就往哪里走。从我们自身看，全区正处在产业转型升级的关键期，招商引资、项目落地、企业发展，都离不开一流的营商环境作支撑。大家一定要认识到，营商环境就是生产力、就是竞争力，抓营商环境就是抓发展。
h: 二、聚焦重点，全力打造一流营商环境
p: 一要在提升政务服务效能上下功夫。全面推行“高效办成一件事”，年内再推出15个“一件事”集成服务场景，让企业和群众办事“只进一扇门、最多跑一次”。
p: 二要在规范涉企执法上下功夫。严格落实包容审慎监管，推行“综合查一次”，坚决杜绝随意检查、多头检查、重复检查。
p: 三要在政策直达快享上下功夫。建立惠企政策“免申即享”清单，推动资金兑付“应兑尽兑、快兑快享”。
p: 四要在破解企业难题上下功夫。深化“万名干部进万企”活动，区级领导每人联系3至5家重点企业，每季度至少走访一次，对企业反映的用地、用工、融资、用能等问题，能当场解决的当场解决，不能当场解决的明确责任单位和办结时限。
p: 五要在法治保障上下功夫。依法平等保护各类经营主体合法权益，开展拖欠企业账款专项清理，规范招投标和政府采购行为，坚决纠正地方保护和市场分割，让各类企业放心投资、安心经营。
h: 三、压实责任，确保各项任务落地见效
p: 各部门、各街道主要负责同志要亲自抓、负总责，把优化营商环境与日常工作同部署、同落实。区营商局要加强统筹调度，对企业反映的问题建立台账、限时办结。区纪委监委要强化监督，对推诿扯皮、吃拿卡要等行为严肃追责问责。
p: 要建立健全评价考核机制，把营商环境工作纳入各部门、各街道年度绩效考核，定期开展第三方评估和“企业评部门”活动，评价结果向社会公开。对工作成效突出的单位和个人予以通报表扬，对排名靠后的进行约谈，真正形成比学赶超、争创一流的浓厚氛围。
p: 同志们，营商环境没有最好、只有更好。让我们以更大的决心、更实的举措，奋力开创甘井子区营商环境工作新局面！
'''
