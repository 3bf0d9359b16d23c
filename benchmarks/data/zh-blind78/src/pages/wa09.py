ID = "wa-09"
KIND = "government"
LANG = "zh"
TITLE = "诸城市人民政府关于《密州街道东部片区控制性详细规划》的批复"
AUTHORS = []
DATE = "2025-04-14 17:08"
NOTES = "County-level city portal (2025 design, 长者模式/读屏 toolbar): 批复 with 文号 line under the headline (not body), 主送 line, 一、二、三、 items, 署名 and 成文日期 (body), （此件公开发布） closing note (body), 发布时间 and 来源 in a row of chips below the document, 解读 link, footer with 主办/ICP/公网安备."

CSS = r'''
:root{--c:#0d5bb5}
body{margin:0;font-family:system-ui,"PingFang SC","Microsoft YaHei";background:#fff;color:#222}
.zc-util{display:flex;justify-content:space-between;padding:8px 5vw;font-size:13px;background:#f4f7fb}
.zc-util nav a{margin-left:16px;color:#555}
.zc-mast{padding:22px 5vw;display:flex;align-items:center;gap:16px}
.zc-mast b{font-size:26px;color:var(--c)}
.zc-mast form{margin-left:auto}
.zc-mast input{border:1px solid var(--c);padding:8px 12px;width:260px}
.zc-tabs{display:flex;gap:4px;padding:0 5vw;background:var(--c)}
.zc-tabs a{color:#fff;padding:14px 24px}
.zc-doc{max-width:900px;margin:30px auto;padding:0 20px}
.zc-trail{font-size:13px;color:#888}
.zc-doc h1{font-size:24px;text-align:center;line-height:1.6;margin:30px 0 6px}
.zc-no{text-align:center;color:#555;margin-bottom:26px}
.zc-text p{font-size:17px;line-height:2;text-indent:2em;margin:0}
.zc-text p.zs{text-indent:0}
.zc-text p.right{text-align:right;padding-right:2em}
.zc-chips{display:flex;gap:12px;margin:28px 0;font-size:13px}
.zc-chips span{background:#eef3fa;border-radius:14px;padding:4px 12px;color:#40608a}
.zc-rel{border-top:1px solid #e5e5e5;padding-top:14px;font-size:14px}
.zc-foot{background:#0a3e7a;color:#c9d6e6;padding:26px 5vw;font-size:12px;line-height:2}
'''

TEMPLATE = r'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{{TITLE}}</title>
<style>
{{CSS}}
</style>
</head>
<body>
<div class="zc-util"><span>2025年4月14日 星期一</span><nav><a href="#">长者模式</a><a href="#">读屏专用</a><a href="#">无障碍</a><a href="#">个人中心</a></nav></div>
<div class="zc-mast"><img alt="国徽" src="{{GIF}}"><b>诸城市人民政府</b><form><input type="text" placeholder="搜索 政策、服务、新闻"></form></div>
<div class="zc-tabs"><a href="/">首页</a><a href="#">诸城概况</a><a href="#">新闻中心</a><a href="#">政府信息公开</a><a href="#">政务服务</a><a href="#">互动交流</a></div>
<main class="zc-doc">
<div class="zc-trail">首页 / 政府信息公开 / 政府文件 / 批复</div>
<h1>{{TITLE}}</h1>
<div class="zc-text">
{{BODY}}
</div>
<div class="zc-chips"><span>发布时间：2025-04-14 17:08</span><span>来源：市政府办公室</span><span>浏览：263</span></div>
<div class="zc-rel">相关解读：<a href="#">图解：密州街道东部片区控制性详细规划</a></div>
</main>
<footer class="zc-foot">
<div>主办单位：诸城市人民政府办公室　承办单位：诸城市大数据中心</div>
<div>鲁ICP备05044127号　鲁公网安备 37078202000215号　网站标识码：3707820011</div>
<div>地址：山东省诸城市和平街32号　联系电话：0536-6082313</div>
</footer>
</body>
</html>
'''

FMT = {
    "doc": '<div class="zc-no">{t}</div>',
    "pn": '<p class="zs">{t}</p>',
    "sign": '<p class="right">{t}</p>',
}

BLOCKS = r'''
doc: 诸政字〔2025〕18号
pn: 密州街道办事处，市自然资源和规划局：
p: 你们《关于审批〈密州街道东部片区控制性详细规划〉的请示》（密办发〔2025〕6号）收悉。经研究，现批复如下：
p: 一、原则同意《密州街道东部片区控制性详细规划》（以下简称《规划》）。规划范围东至潍河西岸，西至东环路，南至南外环，北至兴华东路，总用地面积约6.8平方公里。
p: 二、《规划》确定该片区功能定位为以生态居住、商贸服务和科创研发为主导的城市综合功能区。要严格落实各项管控要求，合理确定开发强度，完善教育、医疗、养老、文体等公共服务设施和道路、供排水、燃气、供热等市政基础设施配置，加强潍河沿岸生态空间保护。
p: 三、《规划》是该片区建设和管理的依据，任何单位和个人不得擅自变更。确需修改的，应当按照法定程序报批。密州街道办事处和市自然资源和规划局要加强规划实施监督管理，做好《规划》公布和宣传工作。
sign: 诸城市人民政府
sign: 2025年4月9日
p: （此件公开发布）
'''
