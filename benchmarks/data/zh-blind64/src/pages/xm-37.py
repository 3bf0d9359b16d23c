# 宁夏贺兰山医院 (invented hospital): 健康科普.  The headline ends in a question
# mark and the last breadcrumb step is the headline cut short; 作者 with
# department and title (spaced name) and a 审核 doctor (not an author); Q&A
# sub-headings and a list; 温馨提示 box and 预约挂号 furniture.
from kit import *

META = dict(
    id="xm-37", kind="institution", lang="zh",
    title="孩子反复咳嗽，是不是哮喘？",
    authors=["李娜"],
    publish_time="2025-05-07",
)
HTML_TITLE = "孩子反复咳嗽，是不是哮喘？_健康科普_宁夏贺兰山医院"
CSS = BASE_CSS + """
body{background:#f3f8f8}
.tb{background:#fff;border-bottom:1px solid #e0eeee;font-size:13px}
.tb .in{width:1180px;margin:0 auto;display:flex;justify-content:flex-end;gap:16px;padding:6px 0}
.hd{background:#00857c;color:#fff}
.hd .in{width:1180px;margin:0 auto;display:flex;align-items:center;height:96px;gap:14px}
.hd .nm{font-size:28px;font-weight:bold}
.hd .tel{margin-left:auto;font-size:14px}
.nav{background:#006e66}
.nav ul{width:1180px;margin:0 auto;display:flex}
.nav a{display:block;color:#fff;padding:11px 18px}
.wrap{width:1180px;margin:20px auto;background:#fff;padding:30px 70px;box-sizing:border-box}
.crumb{font-size:13px;color:#888;margin-bottom:10px}
h1{font-size:28px;text-align:center;margin:18px 0 12px;color:#00574f}
.info{text-align:center;font-size:13px;color:#999;border-bottom:1px solid #e5efef;padding-bottom:14px}
.info span{margin:0 10px}
.content{font-size:17px;line-height:1.95;margin-top:20px}
.content p{margin:0 0 14px;text-indent:2em}
.content h3{color:#00857c;font-size:18px;margin:22px 0 10px}
.content .li{padding-left:2em;margin:0 0 8px}
.tip{background:#eef8f7;border-left:4px solid #00857c;padding:10px 14px;font-size:14px;margin:18px 0}
.fix{position:fixed;right:10px;top:300px;background:#00857c;color:#fff;width:70px;text-align:center;font-size:13px;padding:8px 0}
.fix p{margin:6px 0}
.footer{background:#263238;color:#9fb0b8;text-align:center;font-size:12px;padding:20px 0}
.footer p{margin:3px 0}
"""
TEMPLATE = f"""
<div class="tb"><div class="in"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">院务公开</a><a href="#">English</a></div></div>
<div class="hd"><div class="in">{img("院徽", 64, 64)}<span class="nm">宁夏贺兰山医院</span><span class="tel">预约挂号：0951-5021234　急诊电话：0951-5020120</span></div></div>
<div class="nav">{nav(["首页", "医院概况", "新闻中心", "科室导航", "专家介绍", "就医指南", "健康科普", "护理园地", "党建文化"], cls="navul")}</div>
<div class="wrap">
{crumb(["首页", "健康科普", "孩子反复咳嗽，是不是..."], prefix="当前位置：", sep=" / ")}
<h1>@@TITLE@@</h1>
<div class="info"><span>发布日期：@@DATE@@</span><span>作者：儿科 主治医师 李&nbsp;&nbsp;娜</span><span>审核：儿科主任 马建国</span><span>浏览：2315</span></div>
<div class="content">
@@BODY@@
</div>
<div class="tip">温馨提示：本文仅为健康科普，不能代替医生面诊。如孩子出现呼吸急促、口唇发紫等情况，请立即就医。儿科哮喘专病门诊：每周二、周四全天（门诊楼三层）。</div>
{prevnext("春季花粉过敏高发，这份防护指南请收好", "儿童腺样体肥大一定要手术吗？", "上一篇：", "下一篇：")}
</div>
<div class="fix"><p>预约挂号</p><p>智慧服务</p><p>健康宣教</p><p>返回顶部</p></div>
{footer(["宁夏贺兰山医院　地址：宁夏银川市金凤区康宁路　邮编：750001",
         "宁ICP备10000876号-1　宁公网安备 64010602000199号", "本网站信息仅供参考，不作为诊断及医疗依据"])}
"""
OPTS = dict(pstyle="p", hstyle="h3", lstyle="div")
BODY = """
p 门诊上，经常有家长带着孩子来看咳嗽：“孩子咳了一个多月了，吃了不少药也不见好，是不是得了哮喘？”其实，儿童反复咳嗽的原因很多，哮喘只是其中之一，需要医生结合病史和检查来判断。
h 什么样的咳嗽要警惕哮喘？
p 儿童哮喘的咳嗽往往有以下几个特点，家长可以留意：
li 1.咳嗽持续或反复发作超过4周，常在夜间或清晨加重；
li 2.运动、大笑、哭闹或吸入冷空气后咳嗽明显；
li 3.接触尘螨、花粉、宠物毛发等过敏原后发作；
li 4.咳嗽时伴有喘息，或者胸口能听到“吱吱”的声音；
li 5.孩子本人有湿疹、过敏性鼻炎，或父母有过敏性疾病史。
p 有一种特殊类型的哮喘叫“咳嗽变异性哮喘”，孩子只咳嗽、不喘，很容易被当成反复感冒或支气管炎治疗，耽误病情。
h 怀疑哮喘该做哪些检查？
p 医生一般会根据孩子的年龄安排肺功能检查、支气管舒张试验、呼出气一氧化氮检测和过敏原检测等。5岁以下的孩子配合度较差，医生会更多结合症状和试验性治疗的效果来判断。
h 确诊了哮喘怎么办？
p 哮喘是可以控制的慢性病。家长要做到三点：一是遵医嘱规范使用吸入药物，不要症状一好就自行停药；二是尽量避开已知的过敏原，家中勤通风、勤晒被褥；三是定期复诊，由医生根据控制情况调整用药。
p 大多数孩子经过规范治疗，都能像其他小朋友一样正常上学、运动。家长既不要过度紧张，也不能掉以轻心。
"""
