from lib import links, lis, GIF

PAGE = dict(
    id="wi-27", kind="self-media", lang="zh",
    region="广西 桂林", site="百家号“桂北乡村志”（百度百家号文章页）",
    title="恭城月柿晒场上的“橙色海洋”，一户人家能晒出十几万收入",
    authors=["桂北乡村志"],
    publish_time="2025-11-19 21:05",
    head_title="恭城月柿晒场上的“橙色海洋”，一户人家能晒出十几万收入",
    features="百家号文章页：标题下作者块（账号名、“发布时间：2025-11-19 21:05”、认证领域“广西乡村生活领域创作者”、关注按钮）；"
             "无人名，作者取账号名；正文带两个小标题、三张图（alt）；结尾提问是正文；平台声明“本文由百家号作者上传并发布…”；"
             "“举报/反馈”、作者最新文章、热搜榜等侧栏。",
)

BLOCKS = [
    ("p", "每年11月，是桂林恭城最“橙”的季节。"),
    ("img", "晒场上的月柿", None),
    ("p", "走进恭城瑶族自治县莲花镇，家家户户的屋顶、院坝、田间地头都搭起了晒架，一排排去了皮的柿子整整齐齐地挂在上面，在阳光下泛着橙红色的光，远远看去像一片“橙色海洋”。"),
    ("p", "今年56岁的老周家是村里的晒柿大户。他家种了30多亩月柿，今年光鲜柿就收了10万多斤。“削皮、挂晒、捏饼、压饼，前后要一个多月，每一步都不能马虎。”老周说，天气好的时候，柿子晒上二十来天就能“出霜”，这层白霜越厚，柿饼越甜。"),
    ("h", "从“晒柿子”到“晒风景”"),
    ("p", "这几年，来莲花镇看柿子的游客越来越多。不少摄影爱好者专门从外地赶来，扛着长枪短炮在晒场拍照，也有人干脆在村里民宿住下，体验一把削柿子、挂柿子。"),
    ("img", "游客在晒场拍照", None),
    ("p", "老周家的院子也成了“网红打卡点”。他的儿子在家开了网店，一边直播晒柿过程，一边卖柿饼。“去年网上卖了两万多斤，今年预订的比去年还多。”"),
    ("h", "一户能挣十几万"),
    ("p", "算下来，老周家一年光柿饼就能有十几万元收入。在莲花镇，像他这样靠月柿致富的农户还有很多。据当地介绍，恭城月柿种植面积已超过16万亩，年产鲜柿40多万吨，柿饼远销东南亚、日韩等地。"),
    ("img", "出霜的柿饼", None),
    ("p", "一个小小的柿子，串起了种植、加工、电商、旅游一条产业链，也让大山里的日子越过越“柿柿如意”。"),
    ("p", "你吃过恭城柿饼吗？喜欢软一点的还是硬一点的？"),
]

FMT = {
    "p": '<div class="dpu8C _2kCxD"><p>{t}</p></div>',
    "h": '<div class="dpu8C _2kCxD"><p><span class="bjh-strong">{t}</span></p></div>',
    "img": '<div class="_1NCGf"><img alt="{alt}" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" width="640" height="426"></div>',
}

CSS = """
body{margin:0;background:#fff;font-family:Arial,"PingFang SC","Microsoft YaHei";color:#333}
.bd-head{height:60px;border-bottom:1px solid #eee;display:flex;align-items:center;padding:0 30px;font-size:13px}
.bd-head .r{margin-left:auto;display:flex;gap:18px}
.wrapper{width:1100px;margin:0 auto;display:flex;gap:40px;padding-top:30px}
.article{flex:1}
.article h2.title{font-size:28px;line-height:1.4;margin:0 0 22px}
.author-box{display:flex;align-items:center;gap:12px;margin-bottom:26px}
.author-box .nm{font-size:16px;font-weight:bold}
.author-box .desc{font-size:13px;color:#999}
.author-box .desc span{margin-right:10px}
.author-box .fl{margin-left:auto;background:#3c76ff;color:#fff;border-radius:16px;padding:4px 18px;font-size:14px}
.dpu8C p{font-size:17px;line-height:1.9;margin:0 0 22px}
.bjh-strong{font-weight:bold;font-size:18px}
._1NCGf{text-align:center;margin:0 0 22px}
.statement{font-size:13px;color:#999;margin:30px 0 10px}
.report{font-size:13px;color:#999}
.aside{width:320px}
.aside h4{font-size:16px;margin:0 0 10px}
.aside .blk{margin-bottom:24px}
.aside li{list-style:none;font-size:14px;line-height:2.1}.aside ul{padding:0;margin:0}
.aside .n{display:inline-block;width:18px;color:#f60}
"""


def render(P, body):
    hot = "".join(f'<li><span class="n">{i}</span><a href="#">{t}</a></li>' for i, t in enumerate(
        ["今冬第一场寒潮来了", "多地公布2026年春节放假安排", "柿饼为什么会出白霜", "桂林山水冬季旅游攻略"], 1))
    return f"""
<div class="bd-head"><img src="{GIF}" alt="百度首页" width="100" height="30"><div class="r"><span>设置</span><span>登录</span><span>百家号</span></div></div>
<div class="wrapper">
<div class="article">
<h2 class="title">{P['title']}</h2>
<div class="author-box"><img src="{GIF}" alt="" width="48" height="48"><div><div class="nm">桂北乡村志</div><div class="desc"><span>发布时间：{P['publish_time']}</span>
<span>广西乡村生活领域创作者</span></div></div><span class="fl">+关注</span></div>
<div class="article-content">
{body}
</div>
<div class="statement">本文由百家号作者上传并发布，百家号仅提供信息发布平台。文章仅代表作者个人观点，不代表百度立场。未经作者许可，不得转载。</div>
<div class="report">举报/反馈</div>
</div>
<div class="aside">
<div class="blk"><h4>作者最新文章</h4><ul>{lis(["阳朔的冬天，游客少了但风景更美了", "龙胜梯田晒秋：一年中最后的金黄", "荔浦芋头丰收，今年价格怎么样？"])}</ul></div>
<div class="blk"><h4>百度热搜</h4><ul>{hot}</ul></div>
</div>
</div>
"""
