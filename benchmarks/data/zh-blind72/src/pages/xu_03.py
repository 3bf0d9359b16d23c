from lib import *

META = dict(
    id="xu-03", kind="government", lang="zh",
    title="西宁市城东区人民政府办公室关于做好2025年秋季学期学生资助工作的通知",
    authors=[],
    publish_time="2025-09-10",
)
FEATURES = ("西宁 district 政府信息公开 page: 信息索引 table above the document repeating the title and giving both 成文日期 "
            "(2025-09-08) and 发布日期 (the publish_time), 文号 line (not body), 主送 line, （一）（二） list items, a timetable "
            "table, 署名 and 成文日期 at the end (body), 相关附件 links, 【打印】【关闭】, footer.")

BODY = [
    P("各镇人民政府、街道办事处，区政府各部门："),
    P("为进一步做好我区2025年秋季学期家庭经济困难学生资助工作，确保各项资助政策落实到位，经区政府同意，现就有关事项通知如下："),
    H("一、资助范围和标准"),
    L([
        "（一）学前教育。对具有我区户籍或在我区公办、普惠性民办幼儿园就读的家庭经济困难幼儿，按每生每学期500元标准发放政府助学金。",
        "（二）义务教育。对家庭经济困难寄宿生按小学每生每学期500元、初中每生每学期625元标准发放生活补助。",
        "（三）普通高中。对家庭经济困难学生按每生每学期1000元标准发放国家助学金，脱贫家庭学生、低保家庭学生等按规定免除学杂费。",
    ]),
    H("二、工作安排"),
    T([
        ["时间", "工作内容", "责任单位"],
        ["9月15日前", "学生申请、学校初审并公示", "各学校（幼儿园）"],
        ["9月25日前", "数据比对、复核认定", "区教育局、区民政局"],
        ["10月31日前", "资金发放到位", "区教育局、区财政局"],
    ]),
    H("三、工作要求"),
    P("各相关单位要高度重视，明确专人负责，严格按照程序开展认定工作，做到公开、公平、公正。要充分利用民政、乡村振兴、残联等部门数据开展比对，精准识别资助对象，杜绝优亲厚友、冒领套取等行为。区教育局要会同区财政局加强资金监管，确保资助资金足额、及时发放到受助学生手中。"),
    P("西宁市城东区人民政府办公室"),
    P("2025年9月8日"),
]

CSS = """
body{margin:0;font:14px/1.75 "PingFang SC","Microsoft YaHei";background:#fff;color:#222}
.cd-hd{height:96px;background:#e8f1fa;border-bottom:4px solid #2368b2;padding:0 60px}
.cd-hd h2{margin:0;line-height:96px;color:#2368b2;font-size:30px;display:inline-block}
.cd-hd .cd-q{float:right;margin-top:32px}
.cd-menu{background:#2368b2;padding:0 60px}
.cd-menu li{display:inline-block;list-style:none;color:#fff;padding:8px 18px}
.cd-main{width:1000px;margin:0 auto}
.cd-loc{padding:10px 0;color:#555}
.cd-idx{width:100%;border:1px solid #c9d8ea;margin:10px 0 24px;font-size:13px}
.cd-idx th{background:#f1f6fb;font-weight:normal;width:90px;text-align:right;padding:4px}
.cd-idx td{padding:4px}
.cd-doc .cd-title{font-size:22px;text-align:center;color:#c00;font-weight:bold}
.cd-doc .cd-wh{text-align:center;font-family:FangSong}
.cd-doc p{text-indent:2em;font-family:FangSong;font-size:16px}
.cd-doc h3{font-family:SimHei;font-size:16px;text-indent:2em}
.cd-doc ul{list-style:none;padding:0}
.cd-doc li{text-indent:2em;font-family:FangSong;font-size:16px}
.cd-doc table{margin:8px auto;border-collapse:collapse}
.cd-doc td,.cd-doc th{border:1px solid #333;padding:4px 10px}
.cd-fj{margin-top:20px;border-top:1px solid #ddd}
.cd-ft{background:#f3f3f3;margin-top:30px;padding:16px;text-align:center;font-size:12px;color:#555}
"""


def html():
    body = render(BODY, li="<li>{}</li>")
    t = META["title"]
    return doc(t, CSS, f"""
<div class="cd-hd"><h2>西宁市城东区人民政府</h2>
 <div class="cd-q"><a href="#">无障碍</a> | <a href="#">关怀版</a> | <input type="search" placeholder="全站搜索"><button>检索</button></div></div>
<ul class="cd-menu"><li>首页</li><li>政务要闻</li><li>政府信息公开</li><li>办事服务</li><li>政民互动</li><li>魅力城东</li></ul>
<div class="cd-main">
 <div class="cd-loc">您所在的位置：首页 &gt; 政府信息公开 &gt; 法定主动公开内容 &gt; 通知公告</div>
 <table class="cd-idx">
  <tr><th>索 引 号：</th><td>11630102MB1620735K/2025-00231</td><th>主题分类：</th><td>教育</td></tr>
  <tr><th>发文机关：</th><td>西宁市城东区人民政府办公室</td><th>成文日期：</th><td>2025-09-08</td></tr>
  <tr><th>标　　题：</th><td colspan="3">{e(t)}</td></tr>
  <tr><th>发文字号：</th><td>东政办〔2025〕47号</td><th>发布日期：</th><td>2025-09-10</td></tr>
  <tr><th>有 效 性：</th><td colspan="3">有效</td></tr>
 </table>
 <div class="cd-doc">
  <div class="cd-title">{e(t)}</div>
  <div class="cd-wh">东政办〔2025〕47号</div>
{body}
 </div>
 <div class="cd-fj">相关附件：<br><a href="#">1.城东区2025年秋季学期学生资助申请表.docx</a><br><a href="#">2.家庭经济困难学生认定承诺书.docx</a></div>
 <p style="text-align:right"><a href="#">【打印】</a> <a href="#">【关闭】</a></p>
</div>
<div class="cd-ft">
 <p>主办单位：西宁市城东区人民政府办公室　　运行维护：西宁市城东区大数据服务中心</p>
 <p>网站标识码：6301020004　<a href="#">青ICP备07000412号</a>　青公网安备 63010202000137号</p>
 <p>建议使用1366×768分辨率　Chrome、Edge等浏览器浏览本站</p>
</div>
""")
