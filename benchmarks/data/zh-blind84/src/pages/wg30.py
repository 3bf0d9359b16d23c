PAGE = dict(
    id="wg-30", kind="self-media", lang="zh",
    site="微博头条文章页（网页版，2021 年）",
    features="微博顶栏（搜索框、首页/视频/发现/游戏/注册/登录）；封面图；作者“@景德镇文旅”与头像、发布时间与“发布于 江西”；“阅读数”；"
             "正文含活动日程列表与表格；文末“转发/评论/赞”计数；“相关推荐”；微博页脚（虚构备案号）",
    title="陶溪川春季市集本周六开市，这份逛集攻略请收好",
    authors=["景德镇文旅"],
    publish_time="2025-03-20 08:30",
    head_title="陶溪川春季市集本周六开市，这份逛集攻略请收好",
    CSS="""
body{margin:0;background:#f2f3f5;font:16px/1.8 "PingFang SC","Microsoft YaHei";color:#333}
.gn{background:#fff;height:56px;display:flex;align-items:center;gap:24px;padding:0 calc(50% - 500px);box-shadow:0 1px 3px #ddd;font-size:14px}
.gn .lg{font-size:22px;color:#e6162d;font-weight:bold}
.gn input{width:220px;border-radius:16px;border:1px solid #ddd;padding:3px 12px}
.WB_artical{width:760px;margin:20px auto;background:#fff}
.cover{height:300px;background:#c9b89a}
.main_editor{padding:30px 60px}
.title{font-size:28px;font-weight:bold;line-height:1.4}
.media_box{display:flex;align-items:center;gap:10px;font-size:13px;color:#999;margin:14px 0 6px}
.media_box .W_fb{color:#eb7350;font-weight:bold;font-size:15px}
.read{font-size:13px;color:#999;margin-bottom:24px}
.WB_editor_iframe p{margin:0 0 18px}
.WB_editor_iframe table{border-collapse:collapse;width:100%;font-size:15px}
.WB_editor_iframe td{border:1px solid #ddd;padding:4px 8px}
.WB_editor_iframe h4{font-size:18px;margin:22px 0 8px}
.handle{display:flex;justify-content:space-around;border-top:1px solid #eee;padding:10px 0;font-size:14px;color:#808080}
.rec{width:760px;margin:0 auto;background:#fff;padding:16px 60px;box-sizing:border-box;font-size:14px}
.ft{text-align:center;font-size:12px;color:#999;padding:24px}
""",
    STYLE={"p": "<p>{t}</p>", "h": "<h4>{t}</h4>", "list_open": "<ul>", "list_close": "</ul>",
           "table_open": "<table><tbody>", "table_close": "</tbody></table>", "th": "<td><b>{t}</b></td>"},
    TEMPLATE="""
<div class="gn"><span class="lg">微博</span><input type="text" placeholder="搜索微博"><a href="#">首页</a><a href="#">视频</a><a href="#">发现</a><a href="#">游戏</a><a href="#">注册</a><a href="#">登录</a></div>
<div class="WB_artical">
<div class="cover"><img alt="" src="%GIF%"></div>
<div class="main_editor">
<div class="title">陶溪川春季市集本周六开市，这份逛集攻略请收好</div>
<div class="media_box"><img alt="" src="%GIF%" width="30"><a class="W_fb" href="#">景德镇文旅</a><span>2025-03-20 08:30</span><span>发布于 江西</span></div>
<div class="read">阅读数：3.6万</div>
<div class="WB_editor_iframe">
{{BODY}}
</div>
</div>
<div class="handle"><span>转发 128</span><span>评论 46</span><span>赞 892</span></div>
</div>
<div class="rec"><b>相关推荐</b><br><a href="#">@景德镇文旅：御窑厂春季夜游开放啦</a><br><a href="#">@景德镇发布：城区新增3条旅游公交线路</a></div>
<div class="ft">微博客服　意见反馈　舞弊举报　开放平台　·　京ICP证100887号　Copyright © 2009-2025 WEIBO</div>
""",
    BODY="""
p: 春天来了，陶溪川又要热闹起来啦！2025陶溪川春季市集将于3月22日（本周六）开市，持续到4月6日，来自全国各地的300多位青年陶艺创作者将带着自己的新作品集中亮相。
h: 市集时间
p: 3月22日至4月6日，每周六、周日及清明假期，9:00—21:00。
h: 市集地点
p: 陶溪川文创街区东区广场及邑空间一楼。
h: 活动安排
tr: 日期 | 活动 | 地点
tr: 3月22日 | 开市仪式、青年陶艺家作品首发 | 东区广场
tr: 3月29日 | 拉坯体验课（需预约） | 邑空间
tr: 4月5日 | 柴窑开窑仪式 | 柴窑广场
h: 逛集小贴士
li: 周末人流量大，建议乘坐公交2路、K1路到陶溪川站下车；
li: 市集摊位多数支持扫码支付，部分手作体验需提前在“陶溪川”小程序预约；
li: 陶瓷作品易碎，购买后可在服务中心办理打包和快递寄送。
p: 快约上小伙伴，来陶溪川淘一件属于自己的春日好物吧！
""",
)
