# 百家号 -- account 庐州城事, author header with field label, bjh-p spans, 本文由作者原创 statement, 举报/反馈
from lib import *

META = dict(
    id="xw-26", kind="self-media", lang="zh",
    title="合肥这个老小区改造完成，加装电梯21部，居民：像换了个新家",
    authors=["庐州城事"],
    publish_time="2025-04-25 11:31",
)

BODY = [
    P("最近，位于合肥市包河区的望湖小区完成了综合改造，不少老住户感慨：“住了二十多年，没想到还能住上带电梯的房子。”"),
    P("望湖小区建于2001年，共有34栋楼、1100多户居民，是典型的老旧小区。改造前，小区道路坑洼不平，停车位严重不足，管网老化，一到下雨天部分楼栋门口就积水。"),
    P("去年下半年，小区被列入改造计划。改造内容包括：雨污分流、道路黑化、增设停车位和充电桩、外墙保温和楼道粉刷，以及加装电梯。其中加装电梯是居民最关心的一项，社区前后组织了40多场协调会，最终有21个单元达成一致，全部完成加装。"),
    P("住在11栋6楼的张奶奶今年78岁，腿脚不好，以前下楼一趟要歇好几回。“现在电梯就在家门口，每天都能下楼转转，和老姐妹聊聊天。”"),
    P("此外，小区还利用边角空地建了一个口袋公园和一处老年活动室，新增停车位160个。物业也重新进行了选聘，每月的物业费标准不变。"),
    P("据了解，今年合肥计划改造老旧小区200多个，大家的小区在不在名单里呢？欢迎在评论区留言讨论。"),
]

STYLE = dict(p='<div class="bjh-p-wrap"><p><span class="bjh-p">{}</span></p></div>')

CSS = """
body{margin:0;background:#fff;font-family:Arial,"PingFang SC","Microsoft YaHei";color:#333}
.bd-top{height:56px;border-bottom:1px solid #eee;display:flex;align-items:center;padding:0 40px;gap:20px;font-size:14px}
.bd-top .r{margin-left:auto}
.bd-main{width:1000px;margin:0 auto;display:flex;gap:40px;padding-top:20px}
.bd-article{flex:1}
.bd-side{width:280px;font-size:14px}
.bd-title{font-size:26px;line-height:1.5;font-weight:600;margin:0 0 16px}
.bd-author{display:flex;align-items:center;gap:12px;margin-bottom:24px}
.bd-author .info p{margin:0;font-size:13px;color:#999}
.bd-author .info .n{font-size:15px;color:#333}
.bd-author .fl{margin-left:auto;border:1px solid #3388ff;color:#3388ff;border-radius:16px;padding:4px 16px;font-size:13px}
.bjh-p{font-size:17px;line-height:1.9}
.bd-statement{font-size:13px;color:#999;margin:30px 0 10px}
.bd-side h4{font-size:15px}
.bd-side .it{border-bottom:1px solid #f5f5f5;padding:8px 0}
.bd-foot{text-align:center;color:#aaa;font-size:12px;padding:30px 0}
"""


def page(body):
    m = META
    return f"""
<div class="bd-top">{img("百度首页", 100, 32)}<a href="#">百度首页</a><span class="r"><a href="#">设置</a> <a href="#">登录</a></span></div>
<div class="bd-main">
<div class="bd-article">
<div class="bd-title">{m['title']}</div>
<div class="bd-author">{img("作者头像", 40, 40)}<div class="info"><p class="n">庐州城事</p><p>{m['publish_time']}安徽 · 优质城市领域创作者</p></div><span class="fl">关注</span></div>
<div class="bd-content">
{body}
</div>
<div class="bd-statement">本文由作者原创，未经授权禁止转载。</div>
<div><a href="#">举报/反馈</a></div>
<h4 style="margin-top:30px">发表评论</h4>
<p><input type="text" placeholder="发表你的评论" style="width:90%"></p>
<p style="color:#999;font-size:13px">发表</p>
<p>作者最新文章</p>
<ul>
<li><a href="#">合肥又一条高架快速路有新进展，预计年底通车</a></li>
<li><a href="#">骆岗公园周末人气爆棚，这份游玩攻略请收好</a></li>
</ul>
</div>
<div class="bd-side">
<h4>相关文章</h4>
<div class="it"><a href="#">合肥2025年老旧小区改造计划公布，涉及这些小区</a></div>
<div class="it"><a href="#">老小区加装电梯，低层住户不同意怎么办？</a></div>
<div class="it"><a href="#">包河区：老旧小区改造让居民住得更舒心</a></div>
<h4>热搜榜</h4>
<ol><li>合肥五一天气</li><li>合肥地铁6号线</li><li>骆岗公园</li></ol>
</div>
</div>
<div class="bd-foot">©2025 Baidu <a href="#">使用百度前必读</a> <a href="#">意见反馈</a> 京ICP证030173号 {img("公安备案", 14, 14)}京公网安备11000002000001号</div>
"""
