ID = "wa-38"
KIND = "institution"
LANG = "zh"
TITLE = "热轧部刷新月产纪录 3月产量达52.6万吨"
AUTHORS = ["杜鹏", "马文静"]
DATE = "2025-04-15"
NOTES = "State steel group site (2016 design): 集团要闻 column, headline with an internal space, info line with 来源：热轧部 / 作者：杜鹏 马文静 / 日期 / 点击 separated by spaces, quoted workers, three 一是 二是 三是 style paragraphs, 编辑 line, 【打印】【关闭】, 友情链接 select, footer with 集团地址 and ICP."

CSS = r'''
body{margin:0;background:#e9eaec;font-family:"Microsoft YaHei";font-size:14px}
.jx-h{background:#0f2f57 ;height:90px}
.jx-h .w{width:1000px;margin:0 auto;color:#fff;font-size:28px;line-height:90px}
.jx-m{background:#f5a623}
.jx-m .w{width:1000px;margin:0 auto}
.jx-m a{display:inline-block;padding:10px 18px;color:#0f2f57;font-weight:bold}
.jx-c{width:1000px;margin:14px auto;background:#fff;padding:20px 40px;box-sizing:border-box}
.jx-c .crumb{font-size:12px;color:#999;margin-bottom:10px}
.jx-c .title{font-size:24px;font-weight:bold;text-align:center;color:#0f2f57;margin:14px 0}
.jx-c .msg{text-align:center;font-size:12px;color:#888;border-bottom:1px solid #eee;padding-bottom:10px}
.jx-c .art p{font-size:16px;line-height:2;text-indent:2em;margin:10px 0}
.jx-c .bj{text-align:right;color:#888;font-size:13px}
.jx-c .pr{text-align:center;font-size:13px;margin-top:20px}
.jx-f{width:1000px;margin:0 auto;text-align:center;font-size:12px;color:#666;line-height:2;padding:14px 0}
'''

TEMPLATE = r'''<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>冀兴钢铁集团有限公司</title>
<style>
{{CSS}}
</style>
</head>
<body>
<div class="jx-h"><div class="w">冀兴钢铁集团有限公司 <span style="font-size:14px">JIXING IRON &amp; STEEL GROUP</span></div></div>
<div class="jx-m"><div class="w"><a href="/">首页</a><a href="#">集团概况</a><a href="#">新闻中心</a><a href="#">党建工作</a><a href="#">产品中心</a><a href="#">企业文化</a><a href="#">社会责任</a><a href="#">人才招聘</a></div></div>
<div class="jx-c">
<div class="crumb">当前位置：首页 &gt; 新闻中心 &gt; 集团要闻</div>
<div class="title">{{TITLE}}</div>
<div class="msg">来源：热轧部　作者：杜鹏 马文静　日期：2025-04-15　点击：2316</div>
<div class="art">
{{BODY}}
</div>
<div class="bj">编辑：赵敏</div>
<div class="pr">【<a href="#">打印</a>】　【<a href="#">关闭</a>】</div>
</div>
<div class="jx-f">
友情链接：<select><option>--请选择--</option><option>国务院国资委</option><option>河北省国资委</option><option>中国钢铁工业协会</option></select><br>
冀兴钢铁集团有限公司版权所有　地址：河北省邯郸市复兴区钢城路1号　电话：0310-4086000<br>
冀ICP备08009637号-1
</div>
</body>
</html>
'''

FMT = {}

BLOCKS = r'''
p: 3月份，集团热轧部坚持以市场为导向，深挖生产潜能，强化生产组织，全月生产热轧板卷52.6万吨，比原纪录高出1.8万吨，创建厂以来月产最高纪录。同时，产品综合成材率达到98.42%，吨钢加工成本同比降低11.6元，实现了产量、质量、效益同步提升。
p: 进入一季度，面对钢材市场需求回暖的有利时机，热轧部早谋划、早部署，将月度生产目标层层分解到作业区和班组，开展“比产量、比质量、比安全”劳动竞赛，充分调动了职工的积极性。
p: 一是优化生产组织。生产计划科根据订单情况合理编排轧制计划，减少换辊、换规格次数，加热炉与轧线高效衔接，日均轧制节奏提高了4.5%。
p: 二是强化设备保障。设备作业区推行“点检+预防性维修”模式，利用计划检修时间对精轧机、卷取机等关键设备进行集中维护，3月份设备故障停机时间同比减少37%。
p: 三是狠抓质量提升。技术质量科针对薄规格产品板形控制难题成立攻关小组，通过优化轧制工艺参数，薄规格产品一次合格率提高到99.1%。
p: 与此同时，热轧部加强能源管控，对加热炉燃烧系统进行优化调整，推行“热装热送”，3月份热装率达到72.3%，吨钢燃耗同比下降3.8%。
p: “3月份大家铆足了劲儿，每个班都在比着干。”精轧作业区主操于海峰说，为了缩短换辊时间，班组成员反复演练，将单次换辊时间从原来的22分钟压缩到16分钟。
p: 热轧部主任孙建军表示，下一步将巩固提升生产成果，持续推进降本增效，努力为集团完成全年生产经营目标作出更大贡献。
'''
