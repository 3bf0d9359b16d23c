ID = "wa-01"
KIND = "government"
LANG = "zh"
TITLE = "裕华区召开2025年一季度经济运行分析会"
AUTHORS = []
DATE = "2025-04-15 09:42"
NOTES = "District portal (2023 design): 无障碍/长者模式/繁體 bar, search box, breadcrumb 当前位置, info bar with 发布时间/来源/浏览次数/【字体：大 中 小】 (space-separated) below the headline, 责任编辑 line, share row, 上一篇/下一篇, 相关链接, QR caption, footer with 主办/承办/ICP/公网安备/网站标识码. No author."

CSS = r'''
body{margin:0;font-family:"Microsoft YaHei",sans-serif;color:#333;background:#f4f6f9}
.yh-topbar{background:#eef2f7;font-size:12px;padding:6px 0}
.yh-topbar .yh-w{width:1200px;margin:0 auto;display:flex;justify-content:space-between}
.yh-head{background:#1f5fa8;color:#fff;padding:18px 0}
.yh-w{width:1200px;margin:0 auto}
.yh-head .yh-search input{width:240px;padding:6px}
.yh-nav{background:#174a86}
.yh-nav a{color:#fff;display:inline-block;padding:12px 26px;text-decoration:none}
.yh-crumb{font-size:13px;padding:12px 0;color:#666}
.yh-art{background:#fff;padding:30px 60px}
.yh-art h1{font-size:26px;text-align:center;color:#1f5fa8;line-height:1.5}
.yh-meta{border-bottom:1px dashed #ccc;text-align:center;font-size:13px;color:#888;padding-bottom:12px}
.yh-meta span{margin:0 10px}
.yh-text p{text-indent:2em;line-height:2;font-size:16px}
.yh-editor{text-align:right;color:#999;font-size:13px}
.yh-share{margin-top:20px;font-size:13px}
.yh-pn{border-top:1px solid #eee;margin-top:20px;padding-top:10px;font-size:14px}
.yh-rel h3{font-size:16px;border-left:4px solid #1f5fa8;padding-left:8px}
.yh-foot{background:#2b2f36;color:#aaa;font-size:12px;text-align:center;padding:24px 0;line-height:2}
.yh-foot img{width:60px;height:60px}
'''

TEMPLATE = r'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{{TITLE}}_石家庄市裕华区人民政府</title>
<meta name="keywords" content="裕华区,经济运行">
<style>
{{CSS}}
</style>
</head>
<body>
<div class="yh-topbar"><div class="yh-w">
<div>您好，欢迎访问石家庄市裕华区人民政府网站！今天是：2025年4月15日 星期二</div>
<div><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">繁體</a> | <a href="#">移动版</a> | <a href="#">登录</a></div>
</div></div>
<div class="yh-head"><div class="yh-w">
<img alt="石家庄市裕华区人民政府" src="{{GIF}}">
<div class="yh-search"><input type="text" placeholder="请输入关键词"> <button>搜索</button></div>
</div></div>
<div class="yh-nav"><div class="yh-w">
<a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/xwdt/">新闻动态</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjyh/">走进裕华</a>
</div></div>
<div class="yh-w">
<div class="yh-crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xwdt/">新闻动态</a> &gt; <a href="/xwdt/yhyw/">裕华要闻</a> &gt; 正文</div>
<div class="yh-art">
<h1>{{TITLE}}</h1>
<div class="yh-meta"><span>发布时间：2025-04-15 09:42</span>
<span>来源：裕华区人民政府办公室</span>
<span>浏览次数：1326</span>
<span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span>
<span>【<a href="#">打印</a>】【<a href="#">关闭</a>】</span></div>
<div class="yh-text">
{{BODY}}
</div>
<div class="yh-editor">【责任编辑：刘畅】</div>
<div class="yh-share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="yh-pn">
<p>上一篇：<a href="#">裕华区开展“四下基层”政策宣讲进楼宇活动</a></p>
<p>下一篇：<a href="#">区领导带队检查清明节期间森林防火工作</a></p>
</div>
<div class="yh-rel"><h3>相关链接</h3>
<ul>
<li><a href="#">2024年裕华区国民经济和社会发展统计公报</a></li>
<li><a href="#">裕华区2025年重点项目建设清单</a></li>
<li><a href="#">一图读懂2025年裕华区政府工作报告</a></li>
</ul></div>
</div>
</div>
<div class="yh-foot">
<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a> | <a href="#">使用帮助</a></p>
<p>主办：石家庄市裕华区人民政府办公室　承办：裕华区政务服务和数据管理局</p>
<p>地址：石家庄市裕华区槐中路316号　联系电话：0311-85960123</p>
<p>冀ICP备12003391号-1　冀公网安备 13010802000417号　网站标识码：1301080007</p>
<p><img alt="二维码" src="{{GIF}}"> 扫一扫在手机上查看当前页面</p>
<p><img alt="党政机关" src="{{GIF}}"> <img alt="政府网站找错" src="{{GIF}}"></p>
</div>
</body>
</html>
'''

FMT = {}

BLOCKS = r'''
p: 4月14日，裕华区召开2025年一季度经济运行分析会，通报全区一季度主要经济指标完成情况，分析当前经济运行中存在的突出问题，安排部署二季度重点工作。区委副书记、区长马振国出席会议并讲话，副区长赵彦明主持会议。
p: 会上，区统计局通报了一季度全区经济运行情况。一季度，全区实现地区生产总值186.4亿元，同比增长5.8%；规模以上工业增加值同比增长6.9%；固定资产投资同比增长8.2%；社会消费品零售总额完成72.3亿元，同比增长5.1%。区发改局、商务局、住建局、税务局等部门分别汇报了分管领域指标完成情况和下一步工作打算。
p: 马振国指出，一季度全区经济总体保持平稳向好态势，但也要清醒看到，部分指标增速放缓、项目储备不足、消费恢复不均衡等问题依然存在。各部门要增强紧迫感，锚定全年目标，以“抢”的意识、“拼”的劲头推动二季度各项指标实现“双过半”。
p: 马振国强调，要紧盯重点项目建设，对在建项目实行清单化管理、节点化推进，推动新开工项目尽早开工、竣工项目尽快投产达效；要持续激发消费活力，围绕春季消费季策划系列促消费活动，做强夜间经济和首店经济；要优化营商环境，深化“万名干部进万企”活动，帮助企业解决用工、融资、用地等实际困难；要强化经济运行调度，建立周调度、月分析工作机制，及时发现和解决苗头性问题。
p: 区直有关部门、各街道办事处主要负责同志参加会议。
'''
