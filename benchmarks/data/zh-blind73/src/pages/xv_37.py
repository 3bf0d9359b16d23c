from lib import *

PAGE = dict(
    id="xv-37", kind="institution", lang="zh",
    title="我院心血管内科成功完成首例无导线起搏器植入术",
    authors=["谭敏"], publish_time="2025年03月14日 星期五",
    doc_title="我院心血管内科成功完成首例无导线起搏器植入术_医院新闻_重庆渝都医院",
    css=INST,
)
CSS = """
.ihead{background:#0b8a7a}
.inav{background:#086b5f}
.ileft h3{background:#0b8a7a}
.pos{border-bottom-color:#0b8a7a}
.atitle{color:#0b6b5f}
.hinfo{background:#f2faf8;color:#777;font-size:13px;padding:8px 12px;margin-bottom:18px}
.hinfo span{margin-right:14px}
.hotline{background:#0b8a7a;color:#fff;padding:10px;text-align:center}
"""

BODY = """
p 近日，我院心血管内科团队成功为一名82岁的高龄患者实施了无导线起搏器植入术。这是我院开展的首例该类手术，标志着我院心律失常介入诊疗技术迈上了新台阶。
p 患者张大爷因反复头晕、乏力入院，检查发现其心跳最慢时仅每分钟32次，诊断为“病态窦房结综合征、心房颤动伴长间歇”，需要植入心脏起搏器。但患者年龄大、体型消瘦，且合并糖尿病，传统起搏器需要在胸前皮下制作“囊袋”，术后感染和伤口愈合不良的风险较高。
p 经过科室讨论，心血管内科主任赵晓东带领团队决定为患者植入无导线起搏器。这种起搏器体积只有传统起搏器的十分之一左右，重量约2克，通过股静脉穿刺送入右心室并固定在心肌上，不需要导线和皮下囊袋。
p 3月11日，手术顺利完成，用时约40分钟，术中患者意识清醒，仅在大腿根部留下一个小小的穿刺口。术后第二天，张大爷就可以下床活动，心率稳定在每分钟60次以上。
p 赵晓东介绍，无导线起搏器具有创伤小、恢复快、感染风险低等优势，尤其适合高龄、体弱、感染风险高的患者。下一步，科室将进一步规范技术流程，让更多患者受益。
"""


def page(body):
    return f"""
<div class="ihead"><div class="w"><div class="iname">{img("院徽", 60, 60)} 重庆渝都医院</div><div>预约挂号：023-6789xx00　{search("科室、医生、疾病")}</div></div></div>
<div class="inav"><div class="w"><a href="#">首页</a><a href="#">医院概况</a><a href="#">新闻中心</a><a href="#">科室导航</a><a href="#">专家介绍</a><a href="#">就医指南</a><a href="#">健康科普</a><a href="#">党建文化</a></div></div>
<div class="w ibody">
<div class="ileft"><h3>新闻中心</h3>{ul(["医院新闻","媒体报道","通知公告","招聘信息"])}<div class="hotline">24小时急救电话<br>023-6789xx20</div></div>
<div class="iright">
<div class="pos">您的位置：首页 &gt; 新闻中心 &gt; 医院新闻</div>
<h1 class="atitle">我院心血管内科成功完成首例无导线起搏器植入术</h1>
<div class="hinfo"><span>供稿：心血管内科</span><span>作者：谭&nbsp;&nbsp;敏</span><span>审核：赵晓东</span><span>发布日期：2025年03月14日 星期五</span><span>阅读：876</span></div>
<div class="acontent">
{body}
</div>
<p>相关新闻：</p>
{dated_list([("我院获批市级胸痛中心","2025-02-27"),("心血管内科开展“世界心脏日”义诊活动","2024-09-29")])}
</div></div>
<div class="ifoot"><p>重庆渝都医院 版权所有　地址：重庆市江北区xx大道88号</p><p>渝ICP备10200341号-1　渝公网安备50010502000611号</p><p>本网站信息仅供参考，不能作为诊断及医疗的依据</p></div>
"""
