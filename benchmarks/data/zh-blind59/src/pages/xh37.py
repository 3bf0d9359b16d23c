from lib import *

ID = "xh-37"
KIND = "institution"
LANG = "zh"
FEATURES = ("hospital website (衡阳, 南华大学附属第一医院) 2020 layout; headline ending in a quotation; info bar with "
            "seconds, 来源 (a department) and 浏览次数; '文/通讯员 周婷 谢振宇' line at the top of the text (authors, "
            "not body); photo caption; medical terms and quoted doctor; 预约挂号 and 就医指南 furniture; 院长信箱")
HEAD_TITLE = "八旬老人术后重新站起来，家属送来锦旗：“你们给了他第二次生命”-南华大学附属第一医院"
TITLE_LINES = ["八旬老人术后重新站起来，家属送来锦旗：“你们给了他第二次生命”"]
AUTHORS = ["周婷", "谢振宇"]
TIME = "2024-05-28 10:12:45"

CSS = """
body{margin:0;font:15px/1.85 "Microsoft YaHei";background:#fff;color:#333}
.yy-top{background:#f1f7f6;font-size:12px;padding:4px calc(50% - 600px);display:flex;justify-content:space-between}
.yy-h{display:flex;align-items:center;padding:16px calc(50% - 600px)}
.yy-h b{font-size:28px;color:#008b7a}.yy-h .tel{margin-left:auto;color:#008b7a;font-size:18px}
.yy-n{background:#008b7a;padding:0 calc(50% - 600px)}.yy-n a{color:#fff;display:inline-block;padding:10px 18px}
.yy-m{width:1200px;margin:20px auto;display:flex;gap:30px}
.yy-side{width:240px}.yy-side .q{background:#008b7a;color:#fff;padding:10px;margin-bottom:10px;text-align:center}
.yy-art{flex:1}
.yy-art .loc{font-size:13px;color:#999;border-bottom:1px solid #eee;padding-bottom:8px}
.yy-art h1{font-size:24px;text-align:center;margin:24px 0 10px}
.yy-art .inf{text-align:center;font-size:13px;color:#999}
.yy-art .wen{color:#666;margin:18px 0 0}
.yy-art .body p{text-indent:2em;margin:12px 0}
.yy-art .body .pic{text-align:center;text-indent:0}.yy-art .body .pic-cap{text-align:center;text-indent:0;color:#666;font-size:14px}
.yy-f{background:#0b4d45;color:#bdd;text-align:center;font-size:12px;padding:20px}
"""

BODY = [
    P("5月24日，骨科关节外科病房里，86岁的刘爷爷在家属的搀扶下慢慢走完了一段10米长的走廊。看着老人重新站了起来，家属激动地将一面写有“医术精湛暖人心 妙手回春显仁爱”的锦旗送到医护人员手中，连声说：“你们给了他第二次生命。”"),
    P("一个月前，刘爷爷在家中不慎摔倒，导致左侧股骨颈骨折，无法下地行走。由于老人年事已高，同时患有高血压、糖尿病和慢性心功能不全，辗转多家医院都被告知手术风险很大。"),
    P("入院后，骨科关节外科立即组织麻醉科、心血管内科、内分泌科等多学科会诊，为老人制定了个体化的治疗方案。经过一周的术前调理，在各项指标达到手术要求后，团队为老人实施了微创人工髋关节置换术，手术用时仅1小时，出血量不到100毫升。"),
    IMG("医护人员与患者家属合影", "家属向医护团队赠送锦旗"),
    P("“高龄老人髋部骨折被称为‘人生最后一次骨折’，如果长期卧床，很容易引发肺部感染、下肢静脉血栓等严重并发症。”骨科关节外科主任医师王立新介绍，对于身体条件允许的患者，尽早手术、尽早下地是降低死亡率的关键。"),
    P("术后第二天，在康复医师的指导下，刘爷爷就借助助行器下床活动。经过三周的康复训练，老人已能独立行走，顺利出院。"),
    P("医生提醒，老年人要注意居家防跌倒，浴室、卧室等区域可加装扶手和防滑垫，一旦发生髋部疼痛、不能站立，应尽快到医院就诊。"),
]


def page():
    return f"""<body>
<div class="yy-top"><span>欢迎访问南华大学附属第一医院！</span><span><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">院长信箱</a> | <a href="#">English</a></span></div>
<div class="yy-h"><b>{gif("南华大学附属第一医院")}南华大学附属第一医院</b><span class="tel">预约挂号电话：0734-8578124</span></div>
<div class="yy-n"><a href="#">首页</a><a href="#">医院概况</a><a href="#">新闻中心</a><a href="#">科室导航</a><a href="#">专家介绍</a><a href="#">就医指南</a><a href="#">健康科普</a><a href="#">党建文化</a></div>
<div class="yy-m">
<div class="yy-side"><div class="q">预约挂号</div><div class="q">门诊时间</div><div class="q">就医指南</div><div class="q">体检中心</div></div>
<div class="yy-art">
<div class="loc">您的位置：<a href="#">首页</a> &gt; <a href="#">新闻中心</a> &gt; <a href="#">医院新闻</a></div>
<h1>{TITLE_LINES[0]}</h1>
<div class="inf">发布时间：{TIME}　　来源：骨科关节外科　　浏览次数：1862</div>
<p class="wen">文/通讯员 周婷 谢振宇</p>
<div class="body">
{render(BODY)}
</div>
<p style="text-align:right;color:#999">审核：宣传部</p>
<p>上一篇：<a href="#">我院开展“世界家庭医生日”义诊活动</a><br>下一篇：<a href="#">我院成功完成首例机器人辅助膝关节置换手术</a></p>
</div></div>
<div class="yy-f">南华大学附属第一医院 版权所有　地址：湖南省衡阳市船山路69号　湘ICP备10012633号-1<br>{gif("医院公众号")} 关注医院微信公众号，预约挂号更便捷</div>
</body>"""
