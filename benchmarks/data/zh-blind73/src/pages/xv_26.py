from lib import *

PAGE = dict(
    id="xv-26", kind="self-media", lang="zh",
    title="一碗豆汁儿背后的百年手艺：北京中轴线上的老字号还好吗？",
    authors=["陈思远"], publish_time="2025-04-23 08:15",
    doc_title="一碗豆汁儿背后的百年手艺：北京中轴线上的老字号还好吗？",
    css=SELF,
)
CSS = """
.art h1{font-size:26px}
.acct{display:flex;gap:10px;align-items:center;margin-bottom:22px}
.acct .n{font-weight:bold}
.acct .t{color:#999;font-size:12px}
.body p{font-size:18px}
.bjh-foot{color:#999;font-size:12px}
"""
FMT = {"h": "<h3>{}</h3>", "by": '<p class="by" style="color:#333;font-size:16px">{}</p>'}

BODY = """
by 文/陈思远
p 从永定门往北，沿着中轴线一路走到钟鼓楼，不到8公里的路上，藏着几十家百年老字号。去年中轴线申遗成功后，这些老店迎来了更多游客，也面临着新的考验。
p 清晨七点，前门附近一家开了百余年的小吃店刚开门，就有老街坊进来点一碗豆汁儿、一碟焦圈。第四代传承人刘师傅说，豆汁儿讲究的是发酵，绿豆磨浆后要经过一夜发酵，第二天再慢火熬煮，火候差一点，味道就不对了。
h 游客多了，老味道变没变？
p 刘师傅坦言，这两年外地游客明显增多，有人喝一口就皱眉，也有人专门来“打卡挑战”。店里曾有人建议把豆汁儿做得“好入口”一些，但被他拒绝了：“老北京人喝的就是这个酸劲儿，改了就不是豆汁儿了。”
p 不过，老店也在变。店里推出了小份装，方便游客尝鲜；菜单上加了英文和图片；墙上还挂出了豆汁儿的制作流程图。
h 传承难在哪里？
p 相比游客，让刘师傅更担心的是手艺传承。做豆汁儿、炸焦圈都是辛苦活，凌晨三四点就要起来干活。店里最年轻的学徒今年也三十多岁了。
p “只要还有人愿意喝，我们就做下去。”刘师傅说。
"""


def page(body):
    return f"""
<div class="hdr">{img("百度", 90, 30)}<a href="#">百家号</a>{search("")}<a href="#">登录</a></div>
<div class="wrap">
<div class="art">
<h1>一碗豆汁儿背后的百年手艺：北京中轴线上的老字号还好吗？</h1>
<div class="acct">{img("京城漫步者", 40, 40)}<div><div class="n">京城漫步者</div><div class="t">2025-04-23 08:15北京</div></div><button class="follow" type="button">+关注</button></div>
<div class="body">
{body}
</div>
<p class="bjh-foot">本文来自百家号作者，不代表平台立场。</p>
<p class="bjh-foot">举报/反馈</p>
</div>
<div class="side">
<div class="card"><h4>京城漫步者</h4><p>北京文化领域创作者</p><p>获赞 8.3万　粉丝 2.1万</p></div>
<div class="card"><h4>相关文章</h4>{dated_list([("胡同里的修车铺，一修就是四十年","2025-04-20"),("北京人的春天，从一顿春饼开始","2025-04-05"),("中轴线申遗成功后的第一个春天，这些变化你发现了吗","2025-04-26")])}</div>
</div>
</div>
<div class="bjh-foot" style="text-align:center">©2025 Baidu　使用百度前必读　京ICP证030173号</div>
"""
