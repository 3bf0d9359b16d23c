ID = "wa-05"
KIND = "government"
LANG = "zh"
TITLE = "《青岛西海岸新区促进首店经济发展若干措施》政策解读"
AUTHORS = []
DATE = "2025-04-11"
NOTES = "New-area portal (2024 design) 政策解读: label badge 政策解读 beside the headline, info line 日期/来源/字号 spaced, sub-headings 一、到 四、 as <h4>, a bulleted list of measures, 相关文件 box and 图解 link (not body), 扫一扫 QR, footer with 网站标识码."

CSS = r'''
body{margin:0;background:#f7f9fb;font-family:"Source Han Sans CN","Microsoft YaHei";color:#1d2b3a}
.xh-top{background:#0a6cc4;color:#fff;font-size:13px}
.xh-top .c{max-width:1200px;margin:0 auto;padding:8px 0;display:flex;gap:18px;justify-content:flex-end}
.xh-brand{max-width:1200px;margin:0 auto;padding:26px 0;font-size:28px;font-weight:600;color:#0a6cc4}
.xh-menu{background:#fff;box-shadow:0 2px 6px rgba(0,0,0,.06)}
.xh-menu .c{max-width:1200px;margin:0 auto;display:flex;gap:40px;padding:14px 0;font-size:17px}
.xh-page{max-width:1200px;margin:24px auto;display:grid;grid-template-columns:1fr 300px;gap:24px}
.xh-article{background:#fff;padding:40px 56px;border-radius:6px}
.xh-path{font-size:13px;color:#8a97a6;margin-bottom:18px}
.xh-badge{display:inline-block;background:#ffefe0;color:#e0620d;font-size:13px;padding:2px 8px;border-radius:3px;margin-right:8px;vertical-align:middle}
.xh-h{font-size:26px;line-height:1.5;display:inline}
.xh-line{margin:18px 0 26px;font-size:13px;color:#8a97a6;border-bottom:1px solid #eef1f4;padding-bottom:14px}
.xh-line em{font-style:normal;margin-right:24px}
.xh-txt h4{font-size:17px;color:#0a6cc4;margin:24px 0 8px}
.xh-txt p{font-size:16px;line-height:1.9;text-indent:2em}
.xh-txt li{font-size:16px;line-height:1.9}
.xh-aside section{background:#fff;padding:20px;margin-bottom:20px;border-radius:6px}
.xh-aside h5{font-size:16px;margin:0 0 10px;border-left:3px solid #0a6cc4;padding-left:8px}
.xh-foot{background:#15283c;color:#9fb0c2;font-size:12px;padding:28px 0;margin-top:40px}
.xh-foot .c{max-width:1200px;margin:0 auto;line-height:2}
'''

TEMPLATE = r'''<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>{{TITLE}}_政策解读_青岛西海岸新区</title>
<style>
{{CSS}}
</style>
</head>
<body>
<div class="xh-top"><div class="c"><a href="#">无障碍浏览</a><a href="#">长者模式</a><a href="#">English</a><a href="#">智能问答</a></div></div>
<div class="xh-brand">青岛西海岸新区（黄岛区）人民政府</div>
<div class="xh-menu"><div class="c"><span>首页</span><span>新区概况</span><span>政务公开</span><span>政务服务</span><span>政民互动</span><span>投资新区</span>
<span><input type="text" placeholder="请输入您要搜索的内容"></span></div></div>
<div class="xh-page">
<div class="xh-article">
<div class="xh-path">首页 &gt; 政务公开 &gt; 政策文件 &gt; 政策解读</div>
<span class="xh-badge">政策解读</span><h1 class="xh-h">{{TITLE}}</h1>
<div class="xh-line"><em>日期：2025-04-11</em>
<em>来源：区商务局</em>
<em>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></em></div>
<div class="xh-txt">
{{BODY}}
</div>
</div>
<aside class="xh-aside">
<section><h5>相关文件</h5><p><a href="#">青岛西海岸新区管委 青岛市黄岛区人民政府关于印发《青岛西海岸新区促进首店经济发展若干措施》的通知</a></p></section>
<section><h5>图解</h5><p><a href="#">一图读懂｜新区首店经济十条措施</a></p></section>
<section><h5>扫一扫</h5><p><img alt="二维码" src="{{GIF}}"> 用手机打开本页</p></section>
</aside>
</div>
<div class="xh-foot"><div class="c">
<div>主办：青岛西海岸新区管委 青岛市黄岛区人民政府办公室　运维：青岛西海岸新区大数据发展中心</div>
<div>鲁ICP备09018725号-2　鲁公网安备 37021102000963号　网站标识码：3702110033</div>
<div><a href="#">网站地图</a> · <a href="#">联系我们</a> · <a href="#">网站声明</a></div>
</div></div>
</body>
</html>
'''

FMT = {
    "h": "<h4>{t}</h4>",
}

BLOCKS = r'''
h: 一、起草背景
p: 首店经济是以区域特色资源吸引国内外品牌在区域首次开设门店的经济形态，对提升城市商业能级、激发消费活力具有重要作用。为加快建设国际消费中心城市重要承载区，区商务局会同相关部门在深入调研、广泛征求意见的基础上，起草了《青岛西海岸新区促进首店经济发展若干措施》（以下简称《若干措施》）。
h: 二、主要内容
p: 《若干措施》共十条，主要包括以下几个方面：
li: 支持品牌首店落户。对新引进的国际品牌亚洲首店、中国首店，分别给予最高100万元、50万元一次性奖励；对山东首店、青岛首店给予最高20万元奖励。
li: 支持首发首秀活动。对在新区举办新品首发、首秀、首展活动且具有较大影响力的品牌企业，按照活动实际投入的30%给予最高10万元补贴。
li: 支持商业载体招引首店。对当年引进首店数量达到5家以上的商业综合体运营主体，给予最高30万元奖励。
li: 强化要素保障。对首店项目在证照办理、店招设置、消防审验等方面开通“绿色通道”，实行“一店一专员”服务。
li: 支持首店持续经营。对首店开业后连续经营满一年且年营业额达到一定规模的，按照其年度房屋租金的20%给予最高15万元补贴。
h: 三、适用对象
p: 《若干措施》适用于在青岛西海岸新区依法登记注册、具有独立法人资格或持有营业执照的品牌企业及商业载体运营主体。
p: 申请奖励和补贴的企业应当依法诚信经营，近三年内未发生重大安全生产、食品安全和环境污染事故，未被列入严重失信主体名单。具体申报程序和材料要求，由区商务局另行发布申报指南。
h: 四、实施时间
p: 《若干措施》自2025年5月1日起施行，有效期至2027年4月30日。同一项目同时符合新区其他同类扶持政策的，按照“就高不重复”原则予以支持。
p: 政策咨询电话：0532-86989317（区商务局商贸流通科）
'''
