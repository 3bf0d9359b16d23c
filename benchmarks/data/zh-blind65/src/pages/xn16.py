from blocks import *
from furniture import *

ID, KIND, LANG = "xn-16", "media", "zh"
SITE = "琼州广电网（海南省级广播电视台网站，视频新闻页）"
DOC_TITLE = "【视频】海口江东新区首批国际学校招生 明年秋季开学-琼州广电网"
TITLE = "海口江东新区首批国际学校招生 明年秋季开学"
AUTHORS = ["吴海燕", "王小川"]
PUBLISH_TIME = "2023-08-09 20:31:45"
FEATURES = ("TV station video-news page: 【视频】 label in a separate span before the headline (not title); a video "
            "box with fallback text and 00:00 / 02:16; info line 来源：…《琼州新闻联播》 记者：吴海燕 王小川 摄像：符兴隆 "
            "(the cameraman is no author); transcript-style body with 【同期声】speaker: quote paragraphs; 编辑/责编; 频道 schedule sidebar.")

CSS = """
body{margin:0;font:15px/1.8 "Microsoft YaHei";background:#0e1a2b;color:#ddd}
.hdr{background:#061120;padding:12px 40px}.hdr b{font-size:24px;color:#4fc3f7}
.hdr a{color:#ccc;margin-left:16px}
.wrap{width:1180px;margin:0 auto;display:flex;gap:24px}
.main{flex:1;background:#14243a;padding:20px 30px}
.side{width:300px;background:#14243a;padding:10px}
.lab{color:#ff5252}
h1{display:inline;font-size:24px;color:#fff}
.player{background:#000;height:380px;color:#777;display:flex;align-items:center;justify-content:center;margin:14px 0}
.src{font-size:13px;color:#8aa}
.txt p{margin:0 0 12px}
.ft{background:#061120;color:#678;font-size:12px;padding:16px 40px}
"""

BODY = [
    P("8月9日，记者从海口江东新区管理局获悉，江东新区首批两所国际学校已完成校舍建设和师资招聘，即日起开放报名，计划于2024年秋季正式开学。"),
    P("这两所学校分别为江东新区国际学校和江东新区双语学校，共提供学位1800个，涵盖幼儿园至高中阶段。其中，国际学校主要招收外籍人员子女和符合条件的港澳台学生，双语学校则面向新区高层次人才子女。"),
    P("【同期声】江东新区管理局社会事业处副处长 林如意：我们在课程设置上既保留国际课程体系，也开设中华优秀传统文化课程，让孩子们在国际化环境中也能了解中国、了解海南。"),
    P("据了解，今年以来江东新区已引进各类人才1.2万人，子女入学是人才最关心的问题之一。新区还将新建公办中小学5所，预计新增学位6500个。"),
    P("【同期声】来海南工作的企业高管 马克·陈：孩子能在家门口上国际学校，我们全家就可以安心在海南发展了。"),
]


def page(body):
    return f"""<body>
<div class="hdr"><b>琼州广电网</b><a href="#">首页</a><a href="#">新闻</a><a href="#">直播</a><a href="#">点播</a><a href="#">节目单</a><a href="#">广播</a><a href="#">自贸港</a>{search("搜节目、搜新闻")}</div>
<div class="wrap"><div class="main">
<div class="crumb">首页 &gt; 新闻 &gt; 琼州新闻联播</div>
<div><span class="lab">【视频】</span><h1>{TITLE}</h1></div>
<div class="player">您的浏览器不支持video标签，请升级浏览器。 <span>00:00 / 02:16</span></div>
<div class="src">来源：琼州广播电视总台《琼州新闻联播》　{PUBLISH_TIME}</div>
<div class="src">记者：吴海燕 王小川　摄像：符兴隆</div>
<div class="txt">
{body}
</div>
<p class="src">编辑：李静怡　责编：冯晓东</p>
{share("分享：", ("微信","微博","QQ"))}
</div>
<div class="side"><h4>今日节目单</h4><ul><li>19:00 新闻联播（转播）</li><li>19:35 琼州新闻联播</li><li>20:10 自贸港观察</li><li>21:00 海南故事</li></ul>
<h4>热门视频</h4><ul><li><a href="#">海口骑楼老街“夜游”火了</a></li><li><a href="#">三亚南繁育种基地迎来丰收</a></li></ul></div>
</div>
<div class="ft"><p>琼州广播电视总台版权所有　信息网络传播视听节目许可证：2110518</p>
<p>琼ICP备11000438号　琼公网安备46010002000153号　违法和不良信息举报：0898-66810000</p></div>
</body>"""
