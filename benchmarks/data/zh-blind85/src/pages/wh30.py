# 微博 · 头条文章 · 海南（2021 weibo article page, account as author, 发布于 date, stats row）
from lib import *

PAGE = dict(
    id="wh-30", kind="self-media", lang="zh",
    title="跟着潜水教练去看蜈支洲岛的“海底森林”，原来珊瑚也需要“种”",
    authors=["阿远潜水日记"],
    publish_time="2025-11-22 14:03",
    features="微博 头条文章 page (海南 blogger account, no real name → account name is the author); cover image "
             "alt; headline, then avatar + @account + 发布于 date; 阅读数; first-person prose with a quoted "
             "researcher and a small data table; #话题# tags at the end (not body); 转发/评论/赞 counts; "
             "微博 footer; 关注/私信 buttons.",
    blocks=[
        P("来海南当潜水教练的第四年，我带过几百个学员下水。大家问得最多的问题是：“教练，珊瑚是石头还是植物？”其实珊瑚是动物，而且是一种对水温、水质特别敏感的动物。"),
        P("上周，我报名参加了一个珊瑚保育志愿者项目，跟着科研人员去看了岛附近海域的“珊瑚苗圃”。在水下十来米的地方，一排排像“晾衣架”一样的框架上，挂满了手指长短的珊瑚断枝。"),
        P("带队的研究员告诉我们：“这些断枝是从自然珊瑚上剪下来的，先在苗圃里养大，长到一定大小再移植到退化的礁区。一株珊瑚从苗到能自己繁殖，要好几年。”"),
        P("这几年，这片海域的珊瑚修复效果挺明显。我把研究员给的数据做了个小表："),
        T([["年份", "移植珊瑚（株）", "存活率"],
           ["2022年", "8000", "78%"],
           ["2023年", "12000", "82%"],
           ["2024年", "15000", "85%"]]),
        P("作为潜水教练，我也想提醒一下来玩的朋友：潜水时不要踩珊瑚、不要摸珊瑚，更不要带走珊瑚碎片；选择防晒霜时，尽量用对海洋生物友好的产品。"),
        P("下次你们来潜水，说不定还能看到我们亲手“种”下的珊瑚呢。"),
        NB("#海南潜水# #珊瑚保育# #蜈支洲岛#", fmt='<p class="tags">{t}</p>'),
    ],
)

CSS = """
body{margin:0;background:#f2f2f5;font:15px/1.8 "PingFang SC","Microsoft YaHei";color:#333}
a{color:#eb7350;text-decoration:none}
.gn{background:#fff;height:50px;box-shadow:0 1px 3px rgba(0,0,0,.1)}
.gn .in{width:1000px;margin:0 auto;display:flex;align-items:center;height:50px;gap:24px}
.gn .lg{font-size:22px;color:#e6162d;font-weight:bold}
.gn input{width:240px;border-radius:14px;border:1px solid #ddd;padding:4px 10px}
.gn .r{margin-left:auto;color:#333}
.art{width:760px;margin:20px auto;background:#fff}
.cover{height:220px;background:#bfe3f0;display:flex;align-items:center;justify-content:center}
.inner{padding:24px 50px}
.inner .title{font-size:28px;line-height:1.4;margin:0 0 16px;color:#333}
.au{display:flex;align-items:center;gap:10px;font-size:13px;color:#939393}
.au .n{color:#333;font-size:14px}
.au .bt{margin-left:auto}
.au .bt a{border:1px solid #eb7350;border-radius:3px;padding:0 8px;margin-left:6px}
.rd{font-size:12px;color:#939393;margin:6px 0 20px}
.WB_editor_iframe_new p{margin:0 0 18px;color:#333}
.WB_editor_iframe_new p.tags a,.WB_editor_iframe_new p.tags{color:#eb7350}
.WB_editor_iframe_new table{border-collapse:collapse;margin:0 auto 18px}
.WB_editor_iframe_new td,.WB_editor_iframe_new th{border:1px solid #ccc;padding:4px 16px}
.acts{display:flex;border-top:1px solid #f2f2f5}
.acts span{flex:1;text-align:center;line-height:40px;color:#808080;font-size:13px}
.ft{text-align:center;font-size:12px;color:#999;padding:20px 0;line-height:2}
"""


def render(p):
    body = render_body(p["blocks"])
    html_body = f"""
<div class="gn"><div class="in"><span class="lg">微博</span><input type="text" placeholder="大家都在搜：海南潜水"><a href="#" style="color:#333">首页</a><a href="#" style="color:#333">视频</a><a href="#" style="color:#333">发现</a><a href="#" style="color:#333">游戏</a><span class="r"><a href="#">注册</a> <a href="#">登录</a></span></div></div>
<div class="art">
<div class="cover">{img("文章封面：蜈支洲岛海底珊瑚苗圃", 760, 220)}</div>
<div class="inner">
<div class="title">{esc(p["title"])}</div>
<div class="au">{img("头像", 40, 40)}<span><span class="n">@阿远潜水日记</span><br>发布于 {p["publish_time"]}</span><span class="bt"><a href="#">+关注</a><a href="#">私信</a></span></div>
<div class="rd">阅读数：1.2万</div>
<div class="WB_editor_iframe_new">
{body}
</div>
</div>
<div class="acts"><span>转发 128</span><span>评论 246</span><span>赞 1893</span></div>
</div>
<div class="ft">微博客服 意见反馈 舞弊举报 开放平台 微博招聘 新浪网导航<br>京ICP证100874号 京公网安备11000002000216号 Copyright © 2009-2025 WEIBO</div>
"""
    return doc("跟着潜水教练去看蜈支洲岛的“海底森林”，原来珊瑚也需要“种”", CSS, html_body)
