from lib import *

META = dict(
    id="xu-36", kind="institution", lang="zh",
    title="学院召开庆祝第41个教师节暨表彰大会",
    authors=["马兰", "王宏伟"],
    publish_time="2025-09-11 10:20",
)
FEATURES = ("宁夏 vocational college news site (invented 宁夏黄河职业技术学院 新闻网, 2021 template): 校徽 alt, "
            "quick links (信息门户/邮箱/VPN), nav, 学院要闻 breadcrumb, headline, long credit line 作者 (spaced 马  兰 + "
            "王宏伟)/摄影/编辑/审核/发布时间/点击 (only 作者 are authors), list of honours, quoted speech, two photo captions, "
            "上一条/下一条, footer with address and 版权.")

BODY = [
    P("9月10日上午，学院在大学生活动中心隆重召开庆祝第41个教师节暨表彰大会。学院领导班子成员、各二级学院和职能部门负责人、受表彰教师代表及新入职教师共400余人参加大会。"),
    IMG("表彰大会现场", "表彰大会现场"),
    P("大会宣读了《关于表彰2024—2025学年度优秀教师和优秀教育工作者的决定》。本次共表彰："),
    L([
        "教学名师5名；",
        "优秀教师32名；",
        "优秀教育工作者15名；",
        "优秀班主任（辅导员）20名；",
        "从教30年教师12名。",
    ]),
    P("与会领导为受表彰教师颁发了荣誉证书和纪念品，新入职教师在老教师的带领下进行了入职宣誓。"),
    IMG("新入职教师宣誓", "新入职教师进行入职宣誓"),
    P("优秀教师代表、机电工程学院教师杨建军在发言中说：“从教二十年，我最大的收获是看到学生带着技能走上工作岗位、在企业里挑起大梁。今后我将继续扎根课堂和实训车间，把更多学生培养成大国工匠。”"),
    P("学院党委书记在讲话中向全院教职工致以节日的问候。他指出，职业教育与经济社会发展联系最紧密，希望全体教师坚守教书育人初心，深化产教融合、校企合作，不断提升“双师型”教学能力，为宁夏经济社会发展培养更多高素质技术技能人才。"),
    P("大会在全体与会人员合唱《长大后我就成了你》的歌声中落下帷幕。"),
]

CSS = """
body{margin:0;font:15px/1.9 "Microsoft YaHei";background:#f3f5f8;color:#333}
.c-top{background:#0b3d7a;color:#cfe0f5;font-size:12px;text-align:right;padding:4px 10%}
.c-top a{color:#cfe0f5;margin-left:14px}
.c-hd{background:#114f9b;padding:18px 10%;color:#fff;display:flex;align-items:center;gap:14px}
.c-hd b{font-size:28px}
.c-hd small{display:block;font-size:12px;letter-spacing:1px;opacity:.8}
.c-nav{background:#fff;padding:0 10%;box-shadow:0 1px 3px rgba(0,0,0,.08)}
.c-nav a{display:inline-block;padding:12px 18px;color:#114f9b}
.c-wrap{width:80%;margin:20px auto;background:#fff;padding:28px 50px}
.c-bc{font-size:13px;color:#999;border-bottom:1px solid #eee;padding-bottom:8px}
.c-wrap h1{text-align:center;font-size:24px;color:#114f9b;margin:26px 0 10px}
.c-credit{text-align:center;font-size:13px;color:#888;margin-bottom:20px}
.c-credit span{margin:0 6px}
.c-news p{text-indent:2em}
.c-news ul{list-style:none;padding-left:4em;margin:0}
.c-news .c-img{text-align:center;text-indent:0}
.c-news .c-cap{text-align:center;text-indent:0;font-size:14px;color:#114f9b}
.c-pn{border-top:1px dashed #ddd;margin-top:24px;padding-top:10px;font-size:14px}
.c-ft{background:#0b3d7a;color:#b7c9e2;text-align:center;font-size:12px;padding:20px;line-height:2}
"""


def html():
    body = render(BODY, img='<p class="c-img"><img alt="{alt}"{src}></p>', cap='<p class="c-cap">{}</p>')
    t = META["title"]
    return doc(t + "-宁夏黄河职业技术学院新闻网", CSS, f"""
<div class="c-top"><a href="#">信息门户</a><a href="#">电子邮箱</a><a href="#">VPN</a><a href="#">English</a><a href="#">学院主页</a></div>
<div class="c-hd"><img alt="校徽" src="{GIF}"><div><b>宁夏黄河职业技术学院 · 新闻网</b><small>NINGXIA HUANGHE VOCATIONAL AND TECHNICAL COLLEGE</small></div></div>
<div class="c-nav"><a href="#">首页</a><a href="#">学院要闻</a><a href="#">综合新闻</a><a href="#">教学科研</a><a href="#">校园文化</a><a href="#">媒体黄职</a><a href="#">图说黄职</a><a href="#">视频新闻</a></div>
<div class="c-wrap">
 <div class="c-bc">您的位置：首页 &gt; 学院要闻 &gt; 正文</div>
 <h1>{e(t)}</h1>
 <div class="c-credit"><span>作者：马&nbsp;&nbsp;兰&nbsp;王宏伟</span>
  <span>摄影：杨凯</span>
  <span>编辑：刘佳</span>
  <span>审核：丁建国</span>
  <span>发布时间：2025-09-11 10:20</span>
  <span>点击：[ 1462 ]</span></div>
 <div class="c-news">
{body}
 </div>
 <div class="c-pn">上一条：<a href="#">学院2025级新生报到工作顺利完成</a><br>下一条：<a href="#">我院在全国职业院校技能大赛中获一等奖2项</a></div>
</div>
<div class="c-ft">地址：宁夏银川市西夏区文萃北街536号　邮编：750021　电话：0951-3067112<br>
版权所有 © 宁夏黄河职业技术学院　<a href="#" style="color:#b7c9e2">宁ICP备12001378号</a>　宁公网安备 64010502000206号</div>
""")
