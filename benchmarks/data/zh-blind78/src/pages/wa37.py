ID = "wa-37"
KIND = "institution"
LANG = "zh"
TITLE = "我院成功开展首例经皮椎间孔镜下腰椎间盘摘除术"
AUTHORS = ["刘洋"]
DATE = "2025-04-17 11:20"
NOTES = "County hospital site (2018 design): 医院新闻 column with 发布者：宣传科 (a unit, not an author), 发布时间 and 浏览 in a grey strip, sub-headings 手术特点/专家提醒 in 【】, quoted patient and doctor, closing byline line （骨科　刘洋） on its own (not body; he is the author), 预约挂号 hotline box and 就医指南 links, footer with 医院地址/急诊电话/ICP."

CSS = r'''
body{margin:0;background:#fff;font-family:"Microsoft YaHei";font-size:14px;color:#333}
.hos-top{background:#fff;border-bottom:1px solid #e1e1e1}
.hos-top .w{width:1100px;margin:0 auto;height:100px;display:flex;align-items:center;justify-content:space-between}
.hos-top .lg{font-size:28px;color:#00857c;font-weight:bold}
.hos-top .tel{color:#00857c;font-size:15px}
.hos-nav{background:#00857c}
.hos-nav .w{width:1100px;margin:0 auto}
.hos-nav a{display:inline-block;color:#fff;padding:12px 22px;font-size:15px}
.hos-main{width:1100px;margin:20px auto;display:flex;gap:24px}
.hos-l{width:250px}
.hos-l .bx{border:1px solid #d6ebe9;margin-bottom:16px}
.hos-l .bx h4{background:#e6f4f2;color:#00857c;margin:0;padding:10px}
.hos-l .bx p{padding:0 10px}
.hos-r{flex:1}
.hos-r .cur{font-size:12px;color:#888;padding-bottom:8px;border-bottom:2px solid #00857c}
.hos-r .newstitle{font-size:22px;font-weight:bold;text-align:center;margin:24px 0 12px}
.hos-r .newsinfo{background:#f4f4f4;text-align:center;font-size:12px;color:#777;padding:6px}
.hos-r .newscon{padding:16px 10px}
.hos-r .newscon p{font-size:16px;line-height:1.9;text-indent:2em;margin:0 0 10px}
.hos-r .newscon p.by{text-align:right}
.hos-r .newscon p.tb{font-weight:bold;color:#00857c}
.hos-foot{background:#2f3b3a;color:#b7c4c2;text-align:center;font-size:12px;line-height:2;padding:16px 0}
'''

TEMPLATE = r'''<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>寿光市北城医院</title>
<style>
{{CSS}}
</style>
</head>
<body>
<div class="hos-top"><div class="w"><span class="lg">寿光市北城医院</span><span class="tel">急诊电话：0536-5223120　预约电话：0536-5223666</span></div></div>
<div class="hos-nav"><div class="w"><a href="/">首页</a><a href="#">医院概况</a><a href="#">新闻中心</a><a href="#">科室导航</a><a href="#">专家介绍</a><a href="#">就医指南</a><a href="#">党建文化</a><a href="#">健康科普</a></div></div>
<div class="hos-main">
<div class="hos-l">
<div class="bx"><h4>新闻中心</h4><p><a href="#">医院新闻</a></p><p><a href="#">通知公告</a></p><p><a href="#">媒体关注</a></p></div>
<div class="bx"><h4>就医指南</h4><p><a href="#">门诊时间</a></p><p><a href="#">住院须知</a></p><p><a href="#">医保政策</a></p></div>
<div class="bx"><h4>预约挂号</h4><p>0536-5223666</p><p>周一至周日 7:30-17:30</p></div>
</div>
<div class="hos-r">
<div class="cur">您现在的位置：首页 &gt; 新闻中心 &gt; 医院新闻</div>
<div class="newstitle">{{TITLE}}</div>
<div class="newsinfo">发布者：宣传科　　发布时间：2025-04-17 11:20　　浏览：<span>637</span>次</div>
<div class="newscon">
{{BODY}}
</div>
</div>
</div>
<div class="hos-foot">寿光市北城医院　地址：山东省寿光市北城区圣城街1288号　邮编：262700<br>鲁ICP备17031526号-1　技术支持：潍坊某网络科技有限公司</div>
</body>
</html>
'''

FMT = {
    "h": '<p class="tb">{t}</p>',
    "nb": '<p class="by">{t}</p>',
}

BLOCKS = r'''
p: 近日，我院骨科成功为一名腰椎间盘突出症患者实施经皮椎间孔镜下腰椎间盘摘除术。这是我院首次独立开展该项微创手术，标志着我院脊柱微创技术迈上了新台阶。
p: 患者张先生今年46岁，是一名货车司机，长期腰痛并伴有左下肢放射性疼痛和麻木，近一个月症状明显加重，行走不到一百米就要停下来休息，严重影响生活和工作。入院后经腰椎磁共振检查，诊断为腰4/5椎间盘突出症。
p: 骨科团队经过详细评估和讨论，决定为患者实施椎间孔镜微创手术。手术在局部麻醉下进行，医生通过一个约7毫米的切口置入内镜，在高清影像下精准摘除突出的髓核组织，解除神经压迫。手术历时约90分钟，术中患者意识清醒，可随时与医生交流。
p: 术后当天，张先生即可下床活动，腿部疼痛、麻木症状明显缓解。“做完手术腿就不疼了，没想到恢复得这么快。”张先生高兴地说。目前，患者已康复出院。
h: 【手术特点】
p: 经皮椎间孔镜技术具有创伤小、出血少、恢复快、对脊柱稳定性影响小等优点，患者住院时间短、费用相对较低，适用于大部分腰椎间盘突出症患者。
h: 【专家提醒】
p: 骨科主任赵国庆提醒，长期久坐、弯腰负重、姿势不良是腰椎间盘突出的常见诱因。司机、办公室人员等群体要注意劳逸结合，加强腰背肌锻炼。出现腰腿痛症状时应及时就医，早诊断、早治疗。
nb: （骨科　刘洋）
'''
