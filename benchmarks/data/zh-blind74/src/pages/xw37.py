# 湖州市南太湖医院 -- hospital news (医院动态), "文/ … 图/ …" credit line under the headline, 2019 design
from lib import *

META = dict(
    id="xw-37", kind="institution", lang="zh",
    title="我院成功完成首例经导管主动脉瓣置换术",
    authors=["沈琳", "徐晴"],
    publish_time="2025年04月23日",
)

BODY = [
    P("近日，我院心血管内科联合心胸外科、麻醉科、超声医学科等多学科团队，成功为一名81岁的重度主动脉瓣狭窄患者实施了经导管主动脉瓣置换术（TAVR）。这是我院独立完成的首例TAVR手术，标志着我院在结构性心脏病介入治疗领域迈上了新台阶。"),
    P("患者王大爷近半年来反复出现胸闷、气喘，走几十米路就要停下来休息，近一个月症状明显加重，夜间无法平卧。入院后经心脏超声检查，确诊为重度主动脉瓣狭窄，同时合并慢性阻塞性肺疾病和肾功能不全。考虑到患者年龄大、基础疾病多，传统开胸手术风险极高。"),
    P("经过多学科团队反复讨论和术前精细评估，团队决定为患者实施TAVR手术。手术在杂交手术室进行，医生通过患者大腿根部的股动脉穿刺，将人工瓣膜沿血管输送到心脏，精准释放在病变的主动脉瓣位置。整个手术历时约90分钟，术中未开胸、未使用体外循环。"),
    P("术后第二天，王大爷就能下床活动，胸闷气喘的症状明显缓解，目前已康复出院。"),
    P("心血管内科主任朱建新介绍，TAVR手术具有创伤小、恢复快等优势，特别适合高龄、外科手术高危的主动脉瓣疾病患者。医院将进一步完善结构性心脏病诊疗体系，让更多患者在家门口就能享受到高水平的医疗服务。"),
]

STYLE = dict(p='<p style="text-indent:2em;line-height:2;">{}</p>')

CSS = """
body{margin:0;background:#f1f7f6;font-family:"Microsoft YaHei";color:#333}
.yy-top{background:#fff}
.yy-top .c{width:1200px;margin:0 auto;display:flex;align-items:center;justify-content:space-between;height:100px}
.yy-top .tel{color:#00897b;font-size:15px}
.yy-nav{background:#00897b}
.yy-nav .c{width:1200px;margin:0 auto}
.yy-nav a{color:#fff;display:inline-block;padding:14px 20px;font-size:16px}
.yy-main{width:1200px;margin:20px auto;display:flex;gap:20px}
.yy-left{width:240px;background:#fff}
.yy-left .t{background:#00897b;color:#fff;font-size:18px;padding:14px}
.yy-left a{display:block;padding:10px 16px;border-bottom:1px solid #eee}
.yy-right{flex:1;background:#fff;padding:20px 40px}
.yy-pos{font-size:13px;color:#999;border-bottom:1px solid #e5e5e5;padding-bottom:10px}
.yy-right h2{text-align:center;font-size:24px;margin:24px 0 8px}
.yy-credit{text-align:center;font-size:14px;color:#555}
.yy-time{text-align:center;font-size:13px;color:#999;margin:6px 0 20px}
.yy-con{font-size:16px}
.yy-foot{background:#004d40;color:#b2dfdb;text-align:center;font-size:13px;padding:22px;line-height:2}
"""


def page(body):
    m = META
    return f"""
<div class="yy-top"><div class="c">{img("湖州市南太湖医院 Nantaihu Hospital of Huzhou", 460, 70)}<div class="tel">预约挂号：0572-2291120　急诊电话：0572-2291120<br><a href="#">无障碍</a> | <a href="#">关怀版</a></div></div></div>
<div class="yy-nav"><div class="c"><a href="#">首页</a><a href="#">医院概况</a><a href="#">新闻中心</a><a href="#">科室导航</a><a href="#">专家介绍</a><a href="#">就医指南</a><a href="#">健康科普</a><a href="#">党建文化</a><a href="#">招聘信息</a></div></div>
<div class="yy-main">
<div class="yy-left"><div class="t">新闻中心</div><a href="#">医院动态</a><a href="#">媒体报道</a><a href="#">通知公告</a><a href="#">院务公开</a></div>
<div class="yy-right">
<div class="yy-pos">您的位置：首页 &gt; 新闻中心 &gt; 医院动态</div>
<h2>{m['title']}</h2>
<p class="yy-credit">文/ 心血管内科 沈琳　宣传科 徐晴　　图/ 宣传科</p>
<p class="yy-time">发布日期：{m['publish_time']}　浏览次数：2086</p>
<div class="yy-con">
{body}
</div>
<p style="font-size:13px;color:#999;margin-top:30px">上一篇：<a href="#">我院举办2025年“世界防治结核病日”义诊活动</a><br>下一篇：<a href="#">关于2025年“五一”劳动节门诊安排的通知</a></p>
</div>
</div>
<div class="yy-foot">
湖州市南太湖医院 版权所有　地址：湖州市吴兴区红丰路1558号　邮编：313000<br>
浙ICP备10201863号-1　浙公网安备 33050202000597号<br>
本站信息仅供参考，不能作为诊断及医疗的依据
</div>
"""
