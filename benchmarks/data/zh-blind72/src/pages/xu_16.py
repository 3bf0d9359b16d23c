from lib import *

META = dict(
    id="xu-16", kind="media", lang="zh",
    title="松花江滨江步道提升改造完工 “滨水客厅”向市民开放",
    authors=["张涵", "冯瑞"],
    publish_time="2025-09-12 21:18",
)
FEATURES = ("city TV station site (invented 冰城广电网, 2022 dark video template): player box with duration and 播放量, "
            "栏目 label, title, 发布时间 below the player, news transcript text, credits line 记者/摄像/编辑 "
            "(only 记者 are authors), 相关视频 with durations, app download block, footer with 广播电视节目制作经营许可证.")

BODY = [
    P("经过5个月施工，松花江南岸从九站公园至防洪纪念塔段的滨江步道提升改造工程日前完工，于9月12日起全面向市民开放。"),
    P("此次改造全长约3.2公里，对原有破损路面进行了重新铺装，新建了慢跑道和骑行道，增设了休憩座椅、直饮水点和母婴室，沿线还布置了10处观景平台。记者在现场看到，不少市民在步道上散步、慢跑，在观景平台上拍照留念。"),
    P("“以前这段路面坑坑洼洼，下雨天都不好走，现在又平整又漂亮，晚上灯光一亮特别有味道。”家住道里区的市民李女士说。"),
    P("据哈尔滨市城市管理部门介绍，步道改造过程中保留了沿江原有的老树和历史护栏样式，夜景照明采用了节能灯具。下一步，相关部门将结合冬季冰雪旅游需求，在沿线规划设置临时冰雪游乐区和暖房驿站，让这段滨水空间四季都有看点。"),
]

CSS = """
body{margin:0;background:#121417;color:#d7dae0;font:15px/1.8 "PingFang SC","Microsoft YaHei"}
a{color:#9fb7ff}
.tv-head{display:flex;align-items:center;gap:30px;padding:12px 4%;background:#1b1e23}
.tv-head .logo{font-size:22px;font-weight:bold;color:#fff}
.tv-head nav a{margin-right:18px;color:#d7dae0}
.tv-live{margin-left:auto;font-size:13px}
.tv-main{width:1180px;margin:20px auto;display:flex;gap:24px}
.tv-left{flex:1}
.tv-player{height:420px;background:#000;position:relative;display:flex;align-items:flex-end}
.tv-player .bar{width:100%;font-size:12px;padding:6px 12px;background:rgba(255,255,255,.08)}
.tv-col{color:#ff8f3f;font-size:13px;margin-top:14px}
.tv-left h1{font-size:24px;color:#fff;margin:6px 0}
.tv-time{font-size:13px;color:#7d838c}
.tv-desc p{margin:12px 0;text-indent:2em}
.tv-credit{font-size:13px;color:#7d838c;margin-top:16px}
.tv-right{width:330px}
.tv-right h3{font-size:16px;color:#fff;border-bottom:1px solid #333;padding-bottom:6px}
.tv-item{display:flex;gap:10px;margin-bottom:12px;font-size:14px}
.tv-item span{font-size:12px;color:#7d838c}
.tv-app{background:#1b1e23;padding:12px;font-size:13px;text-align:center}
.tv-foot{border-top:1px solid #2a2d33;text-align:center;font-size:12px;color:#6b7078;padding:20px 0;line-height:2}
"""


def html():
    body = render(BODY)
    t = META["title"]
    return doc(t + "_冰城广电网", CSS, f"""
<header class="tv-head"><div class="logo">冰城广电网</div>
<nav><a href="#">首页</a><a href="#">直播</a><a href="#">新闻</a><a href="#">栏目</a><a href="#">专题</a><a href="#">冰城+</a></nav>
<div class="tv-live"><a href="#">哈尔滨新闻综合频道 直播中</a> | <a href="#">登录</a></div></header>
<div class="tv-main">
 <div class="tv-left">
  <div class="tv-player"><img alt="视频封面" src="{GIF}"><div class="bar">▶ 00:00 / 02:16　　播放量 3.6万　　<a href="#">全屏</a></div></div>
  <div class="tv-col">栏目：《哈尔滨新闻》</div>
  <h1>{e(t)}</h1>
  <div class="tv-time">发布时间：2025-09-12 21:18</div>
  <div class="tv-desc">
{body}
  </div>
  <div class="tv-credit">记者：张涵 冯瑞　摄像：高原　编辑：孙亮</div>
 </div>
 <div class="tv-right"><h3>相关视频</h3>
  <div class="tv-item"><img alt="" src="{GIF}"><div><a href="#">中央大街秋季文化市集开市</a><br><span>01:48</span></div></div>
  <div class="tv-item"><img alt="" src="{GIF}"><div><a href="#">哈尔滨地铁3号线东南环通车一周年</a><br><span>02:05</span></div></div>
  <div class="tv-item"><img alt="" src="{GIF}"><div><a href="#">太阳岛景区推出秋季观鸟线路</a><br><span>01:32</span></div></div>
  <div class="tv-app"><img alt="冰城+客户端二维码" src="{GIF}"><br>下载“冰城+”客户端<br>看直播 听广播 拍新闻</div>
 </div>
</div>
<footer class="tv-foot">哈尔滨冰城广播电视网络传媒有限公司 版权所有<br>
广播电视节目制作经营许可证：（黑）字第00318号　信息网络传播视听节目许可证：1803053<br>
<a href="#">黑ICP备10200177号-5</a>　黑公网安备 23010302000412号</footer>
""")
