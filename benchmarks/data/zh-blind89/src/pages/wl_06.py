# 重庆 · 区政府 · 领导讲话（2020 design, two-line headline, speaker + date lines under it, 同志们：）
from lib import *

PAGE = dict(
    id="wl-06", kind="government", lang="zh", site="重庆市万州区人民政府",
    title_lines=["在全区秋冬季安全生产暨", "森林防灭火工作会议上的讲话"],
    title="",
    authors=["谭国良"],
    publish_time="2025-10-15",
    features=["speech: headline printed on two lines (joined without space)", "speaker line '区长　谭国良' and date line under the headline (not body)",
              "author = the speaker", "同志们： salutation and 一、二、三 sub-headings", "info bar with 字体：【大】【中】【小】",
              "QR 手机扫码 and 分享 (user-select:none)", "footer 主办/ICP/公网安备/网站标识码"],
)

BLOCKS = [
    ("x", '<p class="spk">区委副书记、区长　谭国良</p><p class="spk">（2025年10月10日）</p>'),
    ("p", "同志们："),
    ("p", "今天召开这次会议，主要任务是分析当前安全生产和森林防灭火形势，安排部署秋冬季重点工作。刚才，区应急局通报了前三季度安全生产情况，区林业局就森林防灭火工作作了具体安排，我都同意。下面，我再强调三点意见。"),
    ("h", "一、清醒认识当前形势，切实增强责任感紧迫感"),
    ("p", "今年以来，全区安全生产形势总体平稳，事故起数和死亡人数实现“双下降”。但我们也要看到，道路交通、建筑施工、燃气使用等领域隐患依然突出，秋冬季天干物燥，森林火险等级持续偏高，稍有松懈就可能酿成大祸。各级各部门务必克服麻痹思想和厌战情绪，始终绷紧安全这根弦。"),
    ("h", "二、聚焦重点领域，扎实开展隐患排查整治"),
    ("p", "要紧盯道路交通、危险化学品、燃气、建筑施工、消防等重点行业，深入开展拉网式排查，对排查出的隐患实行清单化管理、闭环式整改。要抓好森林防灭火，严格野外火源管控，在重点林区、坟山墓地等部位加密巡护，落实“打早、打小、打了”要求。"),
    ("p", "具体来讲，要抓好四个方面：一是道路交通，重点整治“两客一危”车辆、农村面包车超员和酒驾醉驾，加强临水临崖路段隐患治理；二是城镇燃气，全面排查餐饮场所燃气管道、报警装置和软管使用情况；三是建筑施工，严格落实高处作业、起重吊装、有限空间作业等安全措施；四是人员密集场所，加强商场、学校、医院和养老机构的消防检查，确保疏散通道畅通。"),
    ("p", "要加强应急准备，修订完善各类应急预案，充实应急物资储备，加强专业救援队伍和镇村两级应急力量建设。要严格落实领导带班和24小时值班值守制度，遇有突发情况第一时间报告、第一时间处置，决不允许迟报、漏报、瞒报。"),
    ("h", "三、压紧压实责任，确保各项措施落地见效"),
    ("p", "各镇乡街道要落实属地责任，行业主管部门要落实监管责任，企业要落实主体责任。区安委办要加强督导检查，对责任不落实、工作不到位的，要严肃追责问责。"),
    ("p", "同志们，做好秋冬季安全生产和森林防灭火工作责任重大，大家要以只争朝夕的精神抓好落实，为全区经济社会高质量发展营造安全稳定的环境。"),
]

R = dict(p='<p style="text-indent:2em">{}</p>', h='<p style="text-indent:2em;font-weight:bold">{}</p>')

CSS = """
body{margin:0;font-family:"Microsoft YaHei";background:#eef3f8;color:#2b2b2b}
.g{width:1180px;margin:0 auto}.hdr{background:#0e4d8c;height:120px;color:#fff}.hdr .g{display:flex;justify-content:space-between;align-items:center;height:120px}
.tool a{color:#cfe3ff;margin-left:12px;font-size:13px}.mnav{background:#fff;border-bottom:2px solid #0e4d8c}.mnav a{display:inline-block;padding:12px 26px;font-size:17px}
.page{background:#fff;margin-top:16px;padding:30px 80px;line-height:2}.loc{font-size:13px;color:#888}
.page h1{text-align:center;font-size:26px;line-height:1.5;color:#0e4d8c}.spk{text-align:center;font-family:楷体}
.xx{display:flex;justify-content:center;gap:30px;color:#999;font-size:13px;border-bottom:1px solid #e5e5e5;padding-bottom:8px}
.fx{user-select:none;color:#999;font-size:13px}.qr{float:right;text-align:center;font-size:12px}
.ft{background:#0e4d8c;color:#dbe7f5;font-size:13px;text-align:center;padding:18px;margin-top:20px}
"""


def render(P, body):
    return doc(P, CSS, f"""
<div class="hdr"><div class="g">{img("重庆市万州区人民政府")}<div class="tool">{links(["无障碍","长者版","繁體","English","智能问答"])}<br><input placeholder="请输入关键字"> <button>搜索</button></div></div></div>
<div class="mnav"><div class="g">{links(["首页","新闻动态","政务公开","政务服务","政民互动","走进万州"])}</div></div>
<div class="g page">
<div class="loc">您所在的位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">领导讲话</a></div>
<h1>{P['title_html']}</h1>
<div class="xx"><span>日期：{P['publish_time']}</span><span>来源：万州区政府办公室</span><span>字体：【<a href="#">大</a>】【<a href="#">中</a>】【<a href="#">小</a>】</span></div>
<div class="qr">{img("手机扫码")}<br>手机扫码阅读</div>
{body}
<div class="fx">分享到：微信 | 微博 | QQ</div>
<p style="text-align:right;font-size:13px"><a href="#">【打印】</a><a href="#">【关闭】</a></p>
</div>
<div class="ft">
<p>{links(["网站地图","联系我们","网站声明"], sep=" | ")}</p>
<p>主办：重庆市万州区人民政府办公室　承办：重庆市万州区大数据应用发展管理局</p>
<p>渝ICP备05003842号　<a href="#">渝公网安备 50010102000213号</a>　网站标识码：5001010001</p>
</div>
""")
