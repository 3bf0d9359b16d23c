PAGE = dict(
    id="wg-38", kind="institution", lang="zh",
    site="湖北楚江水利水电建设集团有限公司官网 · 基层动态（国有企业网站，2022 年模板）",
    features="国企官网：党建/企业文化/信息公开导航；信息栏“日期：… 作者：… … 单位：…【大 中 小】”；正文项目数据、施工负责人引语；"
             "“一是/二是”段落；图片图注；上一篇/下一篇；页脚企业地址/ICP/公网安备",
    title="集团承建的汉北河综合治理工程二标段主体开工",
    authors=["吴昊天", "宋佳"],
    publish_time="2025年03月19日",
    head_title="集团承建的汉北河综合治理工程二标段主体开工-湖北楚江水利水电建设集团有限公司",
    CSS="""
body{margin:0;font:15px/1.85 "Microsoft YaHei";color:#2d2d2d;background:#fff}
.e-head{height:100px;border-bottom:1px solid #eee}
.e-head .in{width:1200px;margin:0 auto;display:flex;align-items:center;height:100px;gap:40px}
.e-head .lg{font-size:24px;font-weight:bold;color:#0052a3}
.e-head nav a{margin-right:24px;font-size:16px}
.e-banner{height:200px;background:linear-gradient(90deg,#0052a3,#2b8ad8);color:#fff;font-size:30px;display:flex;align-items:center;justify-content:center}
.e-wrap{width:1200px;margin:30px auto;display:flex;gap:40px}
.e-side{width:230px}
.e-side h3{margin:0;background:#0052a3;color:#fff;padding:14px 20px}
.e-side a{display:block;border-bottom:1px solid #eee;padding:12px 20px}
.e-side a.on{color:#0052a3;font-weight:bold}
.e-cont{flex:1}
.e-cont .loc{text-align:right;font-size:13px;color:#999;border-bottom:1px solid #0052a3;padding-bottom:8px}
.e-cont h1{font-size:24px;text-align:center;margin:28px 0 12px}
.e-cont .mm{text-align:center;font-size:13px;color:#999}
.e-cont .mm span{margin:0 10px}
.e-cont .ct p{text-indent:2em}
.e-cont .ct .ic{text-align:center;text-indent:0}
.e-cont .pn{border-top:1px solid #eee;margin-top:20px;padding-top:10px;font-size:14px;display:flex;justify-content:space-between}
.e-foot{background:#1b2a3a;color:#9fb0c2;font-size:12px;text-align:center;padding:24px 0;line-height:2}
""",
    STYLE={"p": "<p>{t}</p>", "img": '<p class="ic"><img alt="{alt}" src="%GIF%"></p><p class="ic" style="font-size:13px;color:#666">{cap}</p>'},
    TEMPLATE="""
<div class="e-head"><div class="in"><div class="lg"><img alt="楚江集团" src="%GIF%"> 楚江集团</div>
<nav><a href="#">首页</a><a href="#">集团概况</a><a href="#">新闻中心</a><a href="#">党的建设</a><a href="#">业务领域</a><a href="#">企业文化</a><a href="#">信息公开</a><a href="#">人才招聘</a></nav></div></div>
<div class="e-banner">建精品工程　筑百年楚江</div>
<div class="e-wrap">
<div class="e-side"><h3>新闻中心</h3><a href="#">集团要闻</a><a class="on" href="#">基层动态</a><a href="#">媒体聚焦</a><a href="#">通知公告</a></div>
<div class="e-cont">
<div class="loc">首页 &gt; 新闻中心 &gt; 基层动态</div>
<h1>集团承建的汉北河综合治理工程二标段主体开工</h1>
<div class="mm"><span>日期：2025年03月19日</span><span>作者：吴昊天 宋佳</span><span>单位：第三工程公司</span><span>【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="ct">
{{BODY}}
</div>
<div class="pn"><span>上一篇：<a href="#">第一工程公司开展春季安全生产专项检查</a></span><span>下一篇：<a href="#">集团召开2025年度科技创新大会</a></span></div>
</div>
</div>
<div class="e-foot">湖北楚江水利水电建设集团有限公司　地址：武汉市武昌区中北路163号　电话：027-87316500<br>
Copyright © 2025 All Rights Reserved　鄂ICP备13011875号-1　鄂公网安备 42010602000931号</div>
""",
    BODY="""
p: 3月18日，由集团第三工程公司承建的汉北河综合治理工程二标段主体工程正式开工，首批12台挖掘机、8台运输车辆进场作业，标志着该项目由前期准备阶段全面转入主体施工阶段。
p: 汉北河综合治理工程是省级重点水利项目，二标段位于天门市境内，主要建设内容包括堤防加固8.6公里、护岸工程5.2公里、新建穿堤涵闸3座，合同工期18个月。工程建成后，将有效提高沿岸防洪排涝能力，改善区域水生态环境。
img: 施工机械在堤防加固段作业 | 施工机械在汉北河堤防加固段作业
p: 为确保主体工程顺利开工，项目部提前完成了临建设施、施工便道和试验室建设，组织开展了全员安全技术交底。项目经理谭志军介绍：“汛期前我们要完成3.5公里堤防加固和2座涵闸的主体施工，时间紧、任务重，项目部已按照‘倒排工期、挂图作战’的要求，把任务分解到每个班组、每一天。”
p: 下一步，项目部将重点抓好三个方面工作：一是加强安全管理，严格落实深基坑、临水作业等危险性较大分部分项工程管控措施；二是强化质量控制，坚持原材料进场检验和关键工序旁站监理；三是做好文明施工，落实扬尘治理和水土保持措施，努力把项目建成优质工程、安全工程、廉洁工程。
""",
)
