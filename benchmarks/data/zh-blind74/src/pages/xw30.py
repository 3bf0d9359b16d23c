# 微博 头条文章 (weibo.com/ttarticle) -- blogger account 莆田老林, 发布于 + 阅读数, repost/comment bar, user comments
from lib import *

META = dict(
    id="xw-30", kind="self-media", lang="zh",
    title="木兰溪夜跑路线全攻略，亲测这3条最舒服",
    authors=["莆田老林"],
    publish_time="2025-04-26 09:12",
)

BODY = [
    P("天气越来越暖，晚上去木兰溪边跑步的人明显多了。作为一个在溪边跑了五年的老跑友，今天给大家分享一下我最常跑的3条路线。"),
    H("路线一：玉湖公园环线（约5公里）"),
    P("从玉湖公园北门出发，沿木兰溪南岸往东跑到木兰陂再折返。全程都是塑胶跑道，有路灯，晚上九点前人比较多，适合新手和刚开始恢复训练的朋友。"),
    H("路线二：绶溪公园—延寿溪（约8公里）"),
    P("这条线绿化最好，一路都有树荫，还会经过几座景观桥。延寿溪段有一小段是木栈道，下雨后比较滑，要注意。中途绶溪公园里有饮水机和公厕。"),
    H("路线三：木兰溪两岸大环线（约13公里）"),
    P("适合准备跑半马的朋友拉长距离。从东圳路桥出发，南岸往东、北岸往西绕一圈回来，路面起伏很小。不过北岸有一段还在施工，需要从人行道绕一下。"),
    P("最后提醒几句：夜跑一定要穿反光的衣服或者戴臂灯；溪边蚊子多，记得喷点驱蚊水；跑完别马上坐下，慢走拉伸十分钟。大家还有什么好的路线，欢迎评论区补充！"),
]

STYLE = dict(p='<p>{}</p>', h='<h2 class="wb-h">{}</h2>')

CSS = """
body{margin:0;background:#f2f2f5;font-family:"PingFang SC","Microsoft YaHei",Arial;color:#333}
.WB_top{background:#fff;height:56px;box-shadow:0 1px 3px rgba(0,0,0,.08)}
.WB_top .in{width:1000px;margin:0 auto;display:flex;align-items:center;gap:20px;height:56px;font-size:14px}
.WB_article{width:760px;margin:20px auto;background:#fff;padding:40px 60px;box-sizing:border-box}
.WB_cover{background:#ddd;height:220px;margin:-40px -60px 30px}
.WB_title{font-size:30px;line-height:1.4;font-weight:bold;margin-bottom:16px}
.WB_author{display:flex;align-items:center;gap:8px;font-size:14px;color:#808080;margin-bottom:8px}
.WB_author .nm{color:#eb7350;font-weight:bold}
.WB_time{font-size:13px;color:#999;margin-bottom:30px}
.WB_editor p{font-size:17px;line-height:1.9;margin:0 0 18px}
.wb-h{font-size:19px;margin:26px 0 12px}
.WB_read{font-size:13px;color:#999;margin-top:20px}
.WB_handle{display:flex;border-top:1px solid #eee;margin-top:20px}
.WB_handle span{flex:1;text-align:center;padding:10px;font-size:14px;color:#808080}
.WB_cmt{font-size:14px;margin-top:10px}
.WB_cmt .c{border-bottom:1px solid #f2f2f2;padding:8px 0}
.WB_cmt .u{color:#eb7350}
.WB_foot{text-align:center;font-size:12px;color:#999;padding:20px;line-height:2}
"""


def page(body):
    m = META
    return f"""
<div class="WB_top"><div class="in">{img("微博", 90, 30)}<input type="text" placeholder="大家都在搜：五一出游"><a href="#">首页</a><a href="#">视频</a><a href="#">发现</a><a href="#">游戏</a><a href="#">注册</a><a href="#">登录</a></div></div>
<div class="WB_article">
<div class="WB_cover">{img("文章封面", 760, 220)}</div>
<div class="WB_title">{m['title']}</div>
<div class="WB_author">{img("头像", 30, 30)}<span class="nm">莆田老林</span><span>莆田本地生活博主</span><a href="#">+关注</a></div>
<div class="WB_time">发布于 {m['publish_time']}　来自 福建</div>
<div class="WB_editor">
{body}
</div>
<div class="WB_read">阅读 2.3万　<a href="#">投诉</a></div>
<div class="WB_handle"><span>转发 56</span><span>评论 120</span><span>赞 480</span></div>
<div class="WB_cmt">
<div class="c"><span class="u">跑步的小鱼干</span>：路线二真的好，夏天也不晒<br><small>4-26 10:03 来自福建</small></div>
<div class="c"><span class="u">莆田城厢阿斌</span>：北岸那段施工什么时候完工啊<br><small>4-26 11:47 来自福建</small></div>
<div class="c"><span class="u">莆田老林</span>：回复@莆田城厢阿斌：听说六月份<br><small>4-26 12:15 来自福建</small></div>
</div>
</div>
<div class="WB_foot">
<a href="#">微博客服</a> <a href="#">意见反馈</a> <a href="#">举报处理</a> <a href="#">开放平台</a><br>
Copyright © 2009-2025 WEIBO　北京微梦创科网络技术有限公司　京网文[2020]4659-822号　京ICP证100780号
</div>
"""
