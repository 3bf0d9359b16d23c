from lib import *

NOTES = "Secondary school site (Guangdong), 2015 design: info bar 时间 with 年月日 time/来源 德育处/阅读 above a bordered box, principal's speech quoted in the body, programme of the ceremony as list lines, photo captions, closing 撰稿/摄影/审核 line (only 撰稿 is an author), 校园动态 list, footer with school address and 粤ICP备."

META = dict(id="xy-40", kind="institution", lang="zh",
            title="我校举行2025届初三毕业典礼暨中考壮行仪式",
            authors=["何芷晴"],
            publish_time="2025年06月13日 16:22")

HEAD_TITLE = "我校举行2025届初三毕业典礼暨中考壮行仪式 - 广州市番禺区沙湾实验中学"

CSS = """
body{margin:0;background:#e8f0e0;font-family:"Microsoft YaHei";color:#333;font-size:14px}
.sch-top{width:1000px;margin:0 auto;background:#2e7d32;color:#fff;height:110px;display:flex;align-items:center;justify-content:space-between;padding:0 24px;box-sizing:border-box}
.sch-top .nm{font-size:28px}
.sch-top .nm em{display:block;font-style:normal;font-size:12px;color:#c8e6c9}
.sch-nav{width:1000px;margin:0 auto;background:#1b5e20}
.sch-nav a{color:#fff;display:inline-block;padding:9px 18px;text-decoration:none}
.sch-main{width:1000px;margin:0 auto;background:#fff;display:flex}
.sch-l{width:230px;background:#f1f8e9;padding:12px}
.sch-l h4{margin:0 0 6px;background:#2e7d32;color:#fff;padding:6px}
.sch-l p{margin:6px 0;font-size:13px}
.sch-r{flex:1;padding:16px 30px}
.sch-r .lj{font-size:12px;color:#777;border-bottom:1px solid #c8e6c9;padding-bottom:6px}
.sch-r .xinxi{font-size:12px;color:#888;text-align:center;margin-top:16px}
.sch-r .biaoti{font-size:22px;font-weight:bold;text-align:center;color:#1b5e20;margin:8px 0 14px}
.sch-r .neirong{border:1px solid #dcedc8;padding:14px 20px}
.sch-r .neirong p{font-size:15px;line-height:1.9;text-indent:2em;margin:0 0 8px}
.sch-r .neirong p.li{text-indent:0;padding-left:2em}
.sch-r .neirong p.tp{text-align:center;text-indent:0}
.sch-r .neirong p.tt{text-align:center;text-indent:0;font-size:13px;color:#558b2f}
.sch-r .neirong p.zz{text-indent:0;text-align:right;color:#666;font-size:13px}
.sch-foot{width:1000px;margin:0 auto;background:#1b5e20;color:#c8e6c9;text-align:center;font-size:12px;padding:12px 0;line-height:2}
"""

R = {
    "P": lambda t, kw: f"<p>{t}</p>",
    "L": lambda items, kw: "\n".join(f'<p class="li">{i}</p>' for i in items),
    "IMG": lambda a, kw: f'<p class="tp">{img(a, w=520, h=340)}</p><p class="tt">{kw["cap"]}</p>',
}

BLOCKS = [
    P("6月13日下午，我校在学校体育馆隆重举行2025届初三毕业典礼暨中考壮行仪式。全体初三师生、学校领导和部分家长代表共800余人参加活动。"),
    P("典礼在庄严的国歌声中拉开序幕。活动主要包括以下环节："),
    L(["一、播放毕业纪念视频《我们的三年》；",
       "二、初三年级组长宣读优秀毕业生表彰名单；",
       "三、教师代表、家长代表和学生代表发言；",
       "四、校长致辞；",
       "五、全体初三学生穿过“状元门”，接受老师和学弟学妹的祝福。"]),
    IMG("毕业典礼现场", cap="毕业典礼现场"),
    P("教师代表、初三（5）班班主任陈晓红老师回顾了三年来与同学们一起走过的日子，她说：“你们在运动场上奔跑的身影、在晚自习教室里埋头苦读的样子，老师都记得。愿你们带着这份坚持，从容走进考场。”"),
    P("校长罗建华在致辞中勉励同学们：“毕业不是终点，而是新的起点。希望同学们在即将到来的中考中沉着冷静、正常发挥，也希望你们无论走到哪里，都不忘沙湾实验中学‘自强、求真、友善’的校训，做一个有理想、有担当的人。”"),
    IMG("学生穿过状元门", cap="初三学生穿过“状元门”"),
    P("活动最后，初三学生在老师和学弟学妹们的掌声与祝福中依次穿过“状元门”，不少同学与老师相拥合影，现场气氛温馨而热烈。"),
    X('<p class="zz">撰稿：何芷晴　摄影：梁志强　审核：罗建华</p>'),
]


def frame(M, body):
    return f"""<body>
<div class="sch-top"><span class="nm">广州市番禺区沙湾实验中学<em>Shawan Experimental Middle School</em></span><span><a href="#" style="color:#fff">校长信箱</a> | <a href="#" style="color:#fff">OA办公</a></span></div>
<div class="sch-nav"><a href="#">网站首页</a><a href="#">学校概况</a><a href="#">校园动态</a><a href="#">党建工作</a><a href="#">德育天地</a><a href="#">教学教研</a><a href="#">家校共育</a></div>
<div class="sch-main">
<div class="sch-l"><h4>校园动态</h4>
<p><a href="#">我校开展2025年防溺水安全教育主题班会</a></p>
<p><a href="#">我校学子在区科技创新大赛中获佳绩</a></p>
<p><a href="#">初二年级开展研学实践活动</a></p>
</div>
<div class="sch-r">
<div class="lj">当前位置：<a href="#">首页</a> &gt; <a href="#">校园动态</a></div>
<div class="xinxi">时间：{M["publish_time"]}　来源：德育处　阅读：1184</div>
<div class="biaoti">{M["title"]}</div>
<div class="neirong">
{body}
</div>
</div>
</div>
<div class="sch-foot">广州市番禺区沙湾实验中学　地址：广州市番禺区沙湾镇青萝路30号　电话：020-84736125<br>粤ICP备13021746号</div>
</body>"""
