from lib import *

PAGE = dict(
    id="xj-36", kind="institution", lang="zh",
    title="我校举行2024届学生毕业典礼暨学位授予仪式",
    authors=["周晓彤"],
    publish_time="2024年06月21日 17:32",
    doc_title="我校举行2024届学生毕业典礼暨学位授予仪式-辽东理工大学新闻网",
    pfmt="indent", hfmt="strongindent",
    features="university news site: info bar with 来源/作者/摄影/发布时间/点击 glued (作者 is the author, 摄影 is not); "
             "long quoted speech passages; photos with captions; closing （审核：… 编辑：…） line (not body); 上一条/下一条; "
             "校园导航 footer with address and 辽ICP备.",
    css="""
body{margin:0;font:14px/1.8 "Microsoft YaHei";background:#fafafa;color:#333}
.w{width:1200px;margin:0 auto}
.hd{background:#00467f;color:#fff;padding:20px 0}
.hd b{font-size:30px;letter-spacing:2px}
.hd span{float:right}
.hd a{color:#fff;margin-left:14px}
.nav{background:#003562}
.nav a{display:inline-block;color:#fff;padding:0 26px;line-height:46px}
.ct{background:#fff;margin-top:16px;padding:30px 80px}
.ct h1{font-size:26px;text-align:center;color:#00467f}
.ib{text-align:center;color:#888;font-size:13px;border-bottom:1px solid #e6e6e6;padding-bottom:10px}
.v_news_content p{font-size:16px;line-height:2;margin:0 0 14px}
.pic,.pic-note{text-align:center;text-indent:0 !important}
.pic-note{font-size:14px;color:#666}
.sh{text-align:right;color:#888}
.ft{background:#00467f;color:#cfe0f0;text-align:center;font-size:13px;padding:18px 0;margin-top:24px}
""",
)

HTML = """
<div class="hd"><div class="w"><b>辽东理工大学新闻网</b><span><a href="#">学校首页</a><a href="#">信息门户</a><a href="#">English</a> <input placeholder="搜索"></span></div></div>
<div class="nav"><div class="w"><a href="#">首页</a><a href="#">综合新闻</a><a href="#">教学科研</a><a href="#">校园文化</a><a href="#">媒体理工</a><a href="#">图片新闻</a><a href="#">视频新闻</a><a href="#">理工人物</a></div></div>
<div class="w ct">
<p style="font-size:13px;color:#888">当前位置：<a href="#">首页</a> &gt;&gt; <a href="#">综合新闻</a> &gt;&gt; 正文</p>
<h1>我校举行2024届学生毕业典礼暨学位授予仪式</h1>
<div class="ib">来源：党委宣传部 作者：周晓彤 摄影：李&nbsp;&nbsp;响 赵一凡 发布时间：2024年06月21日 17:32 点击：[6128]</div>
<div class="v_news_content">
{{BODY}}
</div>
<p class="sh">（审核：高立平　编辑：钱&nbsp;&nbsp;多）</p>
<p>上一条：<a href="#">学校召开2024年招生就业工作会议</a><br>下一条：<a href="#">我校在全国大学生机械创新设计大赛中获佳绩</a></p>
<p>【<a href="#">关闭窗口</a>】</p>
</div>
<div class="ft">版权所有 © 辽东理工大学　地址：辽宁省鞍山市千山区理工路1号　邮编：114051<br>党委宣传部 主办　辽ICP备05008317号-1　辽公网安备 21030402000089号</div>
"""

BODY = [
    P("6月20日上午，我校2024届学生毕业典礼暨学位授予仪式在体育馆隆重举行。校党委书记王建国，校长刘志刚，校领导班子成员，各学院负责人、教师代表和5200余名毕业生及部分家长参加典礼。"),
    IMG("毕业典礼现场", gif=True),
    CAP("毕业典礼现场"),
    P("典礼上，校长刘志刚作了题为《做一颗永不生锈的螺丝钉》的讲话。他说：“母校给你们的，也许是一张文凭、一个学位，但我更希望你们带走的，是一种踏实做事的态度。无论将来走到哪里，都要像一颗螺丝钉一样，拧在哪里，就在哪里发光发热。”"),
    P("他勉励毕业生，要把个人理想融入国家发展大局，到祖国最需要的地方去建功立业；要保持学习的习惯，在实践中不断提升本领；要珍惜身体和家人，做一个热爱生活的人。"),
    P("教师代表、机械工程学院教授陈立军寄语毕业生：“实验室里的那些通宵、那些失败的数据，都会成为你们人生中最宝贵的财富。”毕业生代表、材料学院硕士研究生王思琪回顾了在校期间的学习生活，感谢母校的培养和老师们的关怀。"),
    IMG("校领导为毕业生拨穗", gif=True),
    CAP("校领导为毕业生拨穗"),
    P("随后，校领导为毕业生代表颁发学位证书并拨穗正冠。典礼在雄壮的校歌声中落下帷幕。"),
]
