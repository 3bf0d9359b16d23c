ID = "wa-29"
KIND = "self-media"
LANG = "zh"
TITLE = "威海今年将新增公共停车泊位1.2万个"
AUTHORS = ["于倩倩"]
DATE = "2025-04-18 16:05"
NOTES = "澎湃号·政务 article: 澎湃号 > 政务 path, account 威海发布 with 关注, date and 来源：澎湃新闻·澎湃号·政务 on one line, body with a list of measures, closing line 来源：威海日报 记者 于倩倩 (own line, not body; the named reporter is the author), 特别声明 box, 关键词 tags, 澎湃新闻报料 footer."

CSS = r'''
body{margin:0;font-family:"PingFang SC","Microsoft YaHei";background:#fff;color:#000}
.pp-header{border-bottom:1px solid #e5e5e5;padding:14px 6%;display:flex;align-items:center;gap:30px}
.pp-header .lg{font-size:24px;font-weight:bold;color:#00a5eb}
.pp-container{display:flex;gap:40px;padding:26px 6%}
.pp-news{flex:1;max-width:700px}
.pp-path{font-size:13px;color:#999}
.pp-news h1{font-size:28px;line-height:1.45;margin:16px 0}
.pp-account{display:flex;align-items:center;gap:10px;font-size:15px}
.pp-account .fl{border:1px solid #00a5eb;color:#00a5eb;padding:1px 10px;border-radius:12px;font-size:12px}
.pp-time{font-size:13px;color:#999;margin:8px 0 24px}
.pp-time span{margin-right:10px}
.pp-text p{font-size:17px;line-height:1.9;margin:0 0 18px;text-align:justify}
.pp-text ol{font-size:17px;line-height:1.9}
.pp-text p.src{color:#666;font-size:15px}
.pp-statement{background:#f6f6f6;padding:14px;font-size:13px;color:#666;line-height:1.8;margin:26px 0}
.pp-tags span{display:inline-block;border:1px solid #ddd;padding:2px 10px;margin-right:8px;font-size:13px}
.pp-side{width:300px;font-size:14px}
.pp-side li{line-height:1.8;margin-bottom:8px}
.pp-foot{background:#f0f0f0;text-align:center;font-size:12px;color:#888;line-height:2;padding:20px 0;margin-top:30px}
'''

TEMPLATE = r'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{{TITLE}}_澎湃号·政务_澎湃新闻-The Paper</title>
<style>
{{CSS}}
</style>
</head>
<body>
<div class="pp-header"><span class="lg">澎湃新闻</span><span>要闻</span><span>深度</span><span>思想</span><span>财经</span><span>科技</span><span>澎湃号</span><span>视频</span><span style="margin-left:auto">下载客户端 | 登录</span></div>
<div class="pp-container">
<div class="pp-news">
<div class="pp-path">澎湃号 &gt; 政务</div>
<h1>{{TITLE}}</h1>
<div class="pp-account"><img alt="" src="{{GIF}}" width="32" height="32"><b>威海发布</b><span class="fl">+关注</span></div>
<div class="pp-time"><span>2025-04-18 16:05</span>
<span>来源：澎湃新闻·澎湃号·政务</span></div>
<div class="pp-text">
{{BODY}}
</div>
<div class="pp-statement">特别声明<br>本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。</div>
<div class="pp-tags"><span>停车</span><span>泊位</span><span>威海</span></div>
</div>
<div class="pp-side"><b>威海发布 的其他内容</b><ul>
<li><a href="#">威海国际海水浴场4月下旬起分时段开放</a></li>
<li><a href="#">一图读懂：威海2025年民生实事</a></li>
<li><a href="#">环翠区这些路段施工，请绕行</a></li></ul></div>
</div>
<div class="pp-foot">澎湃新闻报料：021-962866　澎湃新闻，未经授权不得转载<br>沪ICP备14003370号　沪公网安备31010602000299号</div>
</body>
</html>
'''

FMT = {
    "nb": '<p class="src">{t}</p>',
}

BLOCKS = r'''
p: 4月17日，记者从威海市城市管理局获悉，为缓解中心城区停车难问题，今年威海将新增公共停车泊位1.2万个，其中新建立体停车设施8处，重点解决老旧小区、医院、学校和商圈周边停车需求。
p: 据介绍，今年的停车设施建设主要从以下几个方面推进：
ol: 挖潜利用边角地、闲置地建设临时停车场，年内建成20处，提供泊位3000个以上；
ol: 推动机关企事业单位内部停车场错时对外开放，预计新增共享泊位4000个；
ol: 在市立医院、文登区人民医院等周边建设立体停车楼，缓解就医停车难；
ol: 对中心城区道路停车泊位进行优化，完善智慧停车系统，实现泊位信息实时查询、在线缴费。
p: 市城市管理局相关负责人表示，目前全市已有1.6万个公共泊位接入智慧停车平台，市民通过“威海停车”小程序即可查询空余泊位、导航前往并无感支付。今年还将推动更多住宅小区和商业设施的停车场接入平台，逐步实现全市停车“一张网”。
p: 此外，威海还将加大对违规停车的治理力度，在重点路段推行“首违免罚”和“即停即走”柔性管理，引导市民规范停车。
nb: 来源：威海日报　记者　于倩倩
'''
