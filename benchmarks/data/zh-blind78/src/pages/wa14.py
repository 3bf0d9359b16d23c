ID = "wa-14"
KIND = "media"
LANG = "zh"
TITLE = "今年我省新建改造乡镇商贸中心120个"
AUTHORS = ["宋佳音", "吕晓"]
DATE = "2025-04-15 06:52:31"
NOTES = "Provincial newspaper site (2020 design): 引题-less headline with a 副标题 line under it (not part of the title), one info line mixing 时间/来源/作者：记者 … 通讯员 …/责任编辑 (the editor is not an author), 【字号 大 中 小】, 本报济南4月14日讯 dateline opening the first paragraph, two bold sub-headings, 打印|关闭, 推荐阅读, footer with 新闻许可证."

CSS = r'''
body{margin:0;font-family:"Microsoft YaHei";background:#fff;color:#333}
.hd-logo{padding:18px 0;border-bottom:1px solid #e6e6e6}
.hd-logo .c{width:1100px;margin:0 auto;display:flex;align-items:center;justify-content:space-between}
.hd-logo .c strong{font-size:30px;color:#005bac}
.hd-channels{background:#005bac}
.hd-channels .c{width:1100px;margin:0 auto}
.hd-channels a{display:inline-block;color:#fff;padding:11px 18px;font-size:15px}
.hd-article{width:840px;margin:0 auto;padding:20px 0}
.hd-loc{font-size:13px;color:#999}
.hd-article h1{font-size:30px;line-height:1.4;margin:22px 0 6px;text-align:center}
.hd-article .sub{text-align:center;font-size:18px;color:#555;margin-bottom:14px}
.hd-meta{font-size:13px;color:#888;text-align:center;padding:8px 0;border-top:1px solid #eee;border-bottom:1px solid #eee}
.hd-meta span{padding:0 6px}
.hd-content p{font-size:17px;line-height:2;text-indent:2em;margin:14px 0}
.hd-content p.st{font-weight:bold;text-indent:0;color:#005bac}
.hd-ops{text-align:right;font-size:13px;color:#888}
.hd-rec h3{font-size:18px;border-bottom:2px solid #005bac;padding-bottom:6px}
.hd-rec li{line-height:2}
.hd-foot{background:#f5f5f5;text-align:center;font-size:12px;color:#777;padding:20px 0;line-height:2;margin-top:40px}
'''

TEMPLATE = r'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{{TITLE}}_海岱网</title>
<style>
{{CSS}}
</style>
</head>
<body>
<div class="hd-logo"><div class="c"><strong>海岱网</strong><span>海岱日报社主办　<a href="#">数字报</a> | <a href="#">客户端</a> | <a href="#">登录</a></span></div></div>
<div class="hd-channels"><div class="c"><a href="/">首页</a><a href="#">时政</a><a href="#">经济</a><a href="#">民生</a><a href="#">县域</a><a href="#">文化</a><a href="#">评论</a><a href="#">视频</a></div></div>
<div class="hd-article">
<div class="hd-loc">当前位置：<a href="/">海岱网</a> &gt; <a href="#">经济</a> &gt; 正文</div>
<h1>{{TITLE}}</h1>
<div class="sub">打通农村消费“最后一公里”，县域商业体系建设全面提速</div>
<div class="hd-meta"><span>2025-04-15 06:52:31</span>
<span>来源：海岱日报</span>
<span>作者：记者 宋佳音 通讯员 吕晓</span>
<span>责任编辑：孔洁</span>
<span>【字号 <a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="hd-content">
{{BODY}}
</div>
<div class="hd-ops"><a href="#">打印</a> | <a href="#">关闭</a></div>
<div class="hd-rec"><h3>推荐阅读</h3><ul>
<li><a href="#">一季度全省社会消费品零售总额同比增长5.6%</a></li>
<li><a href="#">“齐鲁好品”直播季启动</a></li>
<li><a href="#">全省快递进村覆盖率达98%</a></li></ul></div>
</div>
<div class="hd-foot">
<p>海岱日报社 版权所有　未经授权禁止复制或建立镜像</p>
<p>互联网新闻信息服务许可证：37120180006　鲁ICP备09012153号　鲁公网安备 37010202000522号</p>
<p>违法和不良信息举报电话：0531-85196712</p>
</div>
</body>
</html>
'''

FMT = {
    "h": '<p class="st">{t}</p>',
}

BLOCKS = r'''
p: 本报济南4月14日讯 今天，记者从省商务厅获悉，今年我省将新建改造乡镇商贸中心120个、村级便民商店1500个，推动县域商业体系建设由“补短板”向“提品质”转变，进一步释放农村消费潜力。
h: 县乡村三级网络加快完善
p: 近年来，我省以县城为中心、乡镇为重点、村为基础，持续完善县域商业网络。截至去年底，全省累计建成县级物流配送中心136个、乡镇商贸中心1020个，村级便民商店覆盖率超过90%。今年，我省将重点支持一批乡镇商贸中心改造升级，引导连锁商超、品牌便利店下沉乡镇，让农民在家门口就能买到放心商品。
p: 省商务厅流通业发展处负责人介绍，今年还将推动县域商业与快递物流、电子商务融合发展，鼓励邮政、供销、快递企业共建共用物流设施，力争年底前具备条件的建制村实现快递服务全覆盖，农村地区快件平均投递时长再缩短半天。
p: 在邹平市长山镇，去年改造完成的镇商贸中心里，连锁超市、家电卖场、餐饮小吃、快递驿站一应俱全。“以前买个电视、冰箱得跑到县城，现在镇上就能买，还送货上门。”附近村民王秀兰说。改造后，该商贸中心日均客流量比原来增加了近一倍。
h: 农产品上行渠道持续拓宽
p: 在畅通“工业品下乡”的同时，我省着力拓宽农产品上行渠道。今年将培育县域电商直播基地50个，支持农产品产地冷藏保鲜设施建设，推动更多“土特产”通过线上线下渠道走向全国市场。
p: “过去村里的苹果主要靠收购商上门收，价格说了不算。现在通过直播基地，一天能发出去上千单。”沂源县一家电商服务站负责人说。据统计，去年全省农村网络零售额同比增长11.3%。
p: 下一步，省商务厅将会同有关部门加强资金、用地等要素保障，开展县域商业建设质量评估，推动县域商业体系建设取得更大成效。
'''
