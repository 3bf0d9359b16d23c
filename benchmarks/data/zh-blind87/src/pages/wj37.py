# 云南医院官网（虚构“滇南医科大学附属第二医院”），2017 年版：供稿/撰稿/审核 同行，时间带时分
from blocks import P, H, IMG, render as rb
from common import doc, links, img, esc

PAGE = {
    "id": "wj-37", "kind": "institution", "lang": "zh",
    "title": "我院为一名98岁老人成功实施髋关节置换术",
    "authors": ["贾如雪"],
    "publish_time": "2025年11月13日 15:20",
    "body": [
        P("近日，我院骨科联合麻醉科、老年医学科等多学科团队，为一名98岁高龄股骨颈骨折患者成功实施人工髋关节置换术。术后第二天，老人就在康复师的指导下借助助行器下地行走，目前已康复出院。"),
        P("据介绍，患者李奶奶在家中不慎摔倒，导致右侧股骨颈骨折，入院时伴有高血压、冠心病和慢性肾功能不全等多种基础疾病。家属一度担心老人年纪太大，手术风险高，想选择保守治疗。"),
        H("多学科会诊评估手术风险"),
        P("“高龄髋部骨折被称为‘人生最后一次骨折’，如果长期卧床，很容易出现肺部感染、褥疮、下肢静脉血栓等并发症，危及生命。”骨科主任医师杨建国说。科室随即组织多学科会诊，对老人的心肺功能、营养状况进行了全面评估，制定了个体化的手术和麻醉方案。"),
        IMG("手术团队为患者实施手术"),
        H("微创手术加快术后康复"),
        P("手术采用微创入路，在超声引导下神经阻滞麻醉下进行，历时约50分钟，出血量不到100毫升。术后，护理团队为老人制定了早期康复计划，通过疼痛管理、营养支持和防跌倒护理，帮助老人尽快恢复自理能力。"),
        P("杨建国提醒，冬季气温低、衣物厚重，老年人跌倒风险增加，家中应做好防滑措施，老人出现髋部疼痛、不能站立等情况时，应及时就医，不要错过最佳治疗时机。"),
    ],
}

CSS = """
body{margin:0;background:#eef5f4;font:14px/1.8 "Microsoft YaHei",Arial;color:#333}a{color:#333;text-decoration:none}
.top{background:#fff}.top .w{height:100px;display:flex;align-items:center;justify-content:space-between}.top img{width:400px;height:64px}
.top .tel{color:#0a8a7a;font-size:16px;font-weight:bold;text-align:right}.top .tel small{display:block;font-size:12px;color:#888;font-weight:normal}
.w{width:1100px;margin:0 auto}
.menu{background:#0a8a7a}.menu .w{display:flex}.menu a{flex:1;color:#fff;text-align:center;line-height:46px;font-size:15px}
.quick{background:#fff;border-bottom:1px solid #dfe9e7}.quick .w{line-height:40px;font-size:13px}.quick a{margin-right:18px;color:#0a8a7a}
.main{display:flex;gap:20px;margin-top:16px}
.side{width:240px}.side .t{background:#0a8a7a;color:#fff;font-size:18px;padding:12px 16px}.side ul{list-style:none;margin:0;padding:0;background:#fff}.side li{border-bottom:1px solid #eee;padding:10px 16px}
.side .contact{background:#fff;margin-top:14px;padding:14px;font-size:13px}
.box{flex:1;background:#fff;padding:24px 36px}
.crumb{font-size:13px;color:#999;border-bottom:1px solid #eee;padding-bottom:8px}
.box h1{text-align:center;font-size:24px;margin:24px 0 10px;color:#0a6b5f}
.note{text-align:center;font-size:13px;color:#999;border-bottom:1px dashed #ddd;padding-bottom:12px}
.article{font-size:16px;line-height:2;padding-top:16px}.article p{text-indent:2em;margin:0 0 12px}.article h4{margin:0 0 10px;color:#0a6b5f;font-size:16px}
.article .c{text-align:center;text-indent:0}.article .c img{width:560px;height:360px;background:#eee}
.footer{background:#0a4f47;color:#bfdcd7;font-size:12px;text-align:center;line-height:24px;padding:20px;margin-top:30px}
"""


def render(p):
    body = rb(p["body"], h="<h4>{}</h4>", img='<p class="c"><img src="{gif}" alt="{alt}"></p>')
    return doc(p["title"] + "-滇南医科大学附属第二医院", CSS, f"""
<div class="top"><div class="w">{img("滇南医科大学附属第二医院 红河州第二人民医院")}<div class="tel">预约挂号：0873-3128120<small>急诊24小时：0873-3128120　<a href="#">无障碍</a> | <a href="#">关怀模式</a></small></div></div></div>
<div class="menu"><div class="w">{links(["首页", "医院概况", "新闻中心", "科室导航", "专家介绍", "就医指南", "健康科普", "护理园地", "党建文化"], '<a href="#">{}</a>', '')}</div></div>
<div class="quick"><div class="w">{links(["预约挂号", "报告查询", "门诊排班", "住院须知", "医保政策"], '<a href="#">{}</a>', '')}</div></div>
<div class="w main">
<div class="side"><div class="t">新闻中心</div><ul>{links(["医院要闻", "医疗动态", "护理动态", "科研教学", "通知公告", "媒体报道"], '<li><a href="#">{}</a></li>', '')}</ul>
<div class="contact"><b>联系我们</b><br>地址：云南省红河州蒙自市天马路18号<br>邮编：661100<br>{img("医院微信公众号")}<br>扫码关注医院公众号</div></div>
<div class="box">
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">新闻中心</a> &gt; <a href="#">医疗动态</a></div>
<h1>{esc(p["title"])}</h1>
<div class="note">供稿：骨科　撰稿：贾如雪　审核：李伟　时间：{p["publish_time"]}　点击数：736</div>
<div class="article">
{body}
</div>
<p style="text-align:right;font-size:13px"><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></p>
</div></div>
<div class="footer">Copyright &copy; 2017-2025 滇南医科大学附属第二医院 版权所有<br>滇ICP备17005381号-1　滇公网安备 53250302000146号　（本站信息仅供参考，不能作为诊断及医疗的依据）</div>
""")
