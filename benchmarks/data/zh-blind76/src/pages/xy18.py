from lib import *

NOTES = "Portal local channel (Guangdong) reprinting a city paper: 原标题 line at the top of the text (not body), info bar 时间 + 来源 of the reprint, the opening paragraph starting 羊城快报讯 记者邝家豪 通讯员林慧 (names glued to their labels, stays in the paragraph), editor with a staff code 责任编辑：钟晓_NG5621, 举报, comment box and 热门推荐 in the text flow."

META = dict(id="xy-18", kind="media", lang="zh",
            title="广州地铁十号线南延段进入联调联试 预计年底开通",
            authors=["邝家豪", "林慧"],
            publish_time="2025-06-13 10:22:08")

HEAD_TITLE = "广州地铁十号线南延段进入联调联试 预计年底开通_粤网广州"

CSS = """
body{margin:0;font-family:Arial,"Microsoft YaHei";background:#fff;color:#404040}
.pt-nav{height:40px;background:#c4161c;display:flex;align-items:center;padding:0 calc(50% - 560px)}
.pt-nav a{color:#fff;font-size:14px;margin-right:18px;text-decoration:none}
.pt-sub{width:1120px;margin:0 auto;padding:14px 0;display:flex;justify-content:space-between;align-items:center}
.pt-sub .ch{font-size:24px;font-weight:bold;color:#c4161c}
.pt-sub .ch em{font-style:normal;font-size:14px;color:#999;margin-left:8px}
.pt-body{width:1120px;margin:0 auto;display:flex;gap:40px}
.pt-post{width:740px}
.pt-post h1{font-size:28px;line-height:40px;margin:8px 0 14px;color:#262626}
.pt-post .post_info{font-size:14px;color:#888;margin-bottom:22px}
.pt-post .post_info a{color:#888;margin-left:12px}
.pt-post .post_body p{font-size:18px;line-height:32px;margin:0 0 26px}
.pt-post .post_body p.otitle{font-size:15px;color:#888}
.pt-post .post_end{font-size:14px;color:#999;text-align:right}
.pt-post .cmt{border:1px solid #e5e5e5;padding:12px;margin-top:20px;font-size:14px}
.pt-hot{width:340px}
.pt-hot h3{font-size:16px;border-left:3px solid #c4161c;padding-left:8px}
.pt-hot li{font-size:14px;line-height:2}
.pt-footer{border-top:1px solid #ddd;margin-top:30px;text-align:center;font-size:12px;color:#888;padding:16px 0;line-height:2}
"""

R = {
    "P": lambda t, kw: f"<p>{t}</p>",
}

BLOCKS = [
    X('<p class="otitle">原标题：十号线南延段开始“空载跑图”</p>'),
    P("羊城快报讯 记者邝家豪 通讯员林慧 6月12日，记者从广州地铁集团获悉，广州地铁十号线南延段（西塱至番禺大石）已全面进入联调联试阶段，列车开始按照运营图空载运行，预计今年年底前具备开通条件。"),
    P("十号线南延段全长约15.6公里，全部为地下线，设车站8座，途经荔湾、海珠、番禺等区，其中与二号线、七号线等多条线路换乘。开通后，番禺区南部居民前往海珠、荔湾方向将不必再绕行中心城区换乘。"),
    P("据介绍，联调联试是线路开通前的关键环节，主要对信号、供电、通信、站台门、电扶梯等各系统进行综合测试，检验各系统之间的匹配性和协调性。按计划，联调联试完成后还将进行不少于3个月的试运行和初期运营前安全评估。"),
    P("广州地铁相关负责人表示，目前沿线车站装修和附属工程已基本完成，部分出入口和周边道路恢复工作正在加紧推进。为方便市民出行，地铁部门将同步优化沿线公交接驳线路，开通后将在官方App发布换乘指引。"),
]


def frame(M, body):
    return f"""<body>
<div class="pt-nav"><a href="#">粤网首页</a><a href="#">新闻</a><a href="#">财经</a><a href="#">科技</a><a href="#">汽车</a><a href="#">房产</a><a href="#">健康</a><a href="#">登录</a></div>
<div class="pt-sub"><span class="ch">粤网广州<em>广州频道</em></span><span><input type="text" placeholder="搜索粤网"></span></div>
<div class="pt-body">
<div class="pt-post">
<div style="font-size:13px;color:#999"><a href="#">粤网</a> &gt; <a href="#">广州</a> &gt; <a href="#">城事</a> &gt; 正文</div>
<h1>{M["title"]}</h1>
<div class="post_info">{M["publish_time"]}　来源: 羊城快报<a href="#">举报</a><a href="#">0条评论</a></div>
<div class="post_body">
{body}
</div>
<div class="post_end">本文来源：羊城快报　责任编辑：钟晓_NG5621</div>
<div class="cmt">热门跟贴<br>还没有人跟贴，快来抢沙发吧！<br><textarea placeholder="文明发言，理性跟贴"></textarea><br><button type="button">发表跟贴</button></div>
</div>
<div class="pt-hot"><h3>热门推荐</h3><ul>
<li><a href="#">广州今年新增城市公园25个</a></li>
<li><a href="#">白云机场T3航站楼启用首月旅客量破300万</a></li>
<li><a href="#">广州南站至珠海站城际列车加开夜间班次</a></li>
</ul></div>
</div>
<div class="pt-footer">
<a href="#">关于粤网</a> - <a href="#">About</a> - <a href="#">侵权投诉</a> - <a href="#">联系我们</a><br>
©2025 粤网 版权所有　粤B2-20081573　粤ICP备08116425号
</div>
</body>"""
