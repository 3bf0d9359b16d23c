# 百家号 · 安徽（2023 article page, 文 | name line at the top of the text, date glued to region）
from lib import *

PAGE = dict(
    id="wh-26", kind="self-media", lang="zh",
    title="一个皖北小县城，为什么能把预制菜卖到全国？",
    authors=["赵一鸣"],
    publish_time="2025-11-20 12:36",
    features="2023 百家号 article page (安徽 account 皖北观察者); under the headline an avatar, "
             "the account name, the date glued to the region and a 关注 button "
             "(2025-11-20 12:36安徽); 文 | 赵一鸣 line opens the text (named writer = author, not the account); "
             "bold sub-headings; closing 本文系作者原创 statement (not body); 作者最新文章, "
             "相关文章, Baidu-style footer.",
    blocks=[
        NB("文 | 赵一鸣", fmt='<p class="wz">{t}</p>'),
        P("如果你最近在超市冷柜里买过酸菜鱼、梅菜扣肉或者小酥肉，包装背面的产地，很可能写着安徽某个你没怎么听说过的县城。"),
        P("这几年，皖北不少县城悄悄成了预制菜的“大后方”。以笔者走访的一个县为例，全县预制菜企业已有60多家，去年产值超过80亿元，产品卖到全国30个省份。一个传统农业县，是怎么做到的？"),
        H("**一、原料就在家门口**"),
        P("皖北是传统的粮食和畜禽主产区，小麦、大豆、生猪、肉鸡、淡水鱼都不缺。预制菜企业在当地采购原料，从屠宰、分割到加工，最快半天就能完成，比从外地采购每吨能省下几百元运费。"),
        H("**二、冷链补上了短板**"),
        P("过去制约县城食品企业的，是冷链物流。这几年，当地建成了冷链物流园，引进了多家第三方冷链运输企业，产品当天下线，第二天就能送到长三角的商超。“以前我们只敢做冻品，现在冷藏的也能卖。”一家企业负责人这样说。"),
        H("**三、从“代工”走向“品牌”**"),
        P("早期，这些企业大多给餐饮连锁和电商品牌代工，利润很薄。现在，有的企业开始做自有品牌，在直播间里卖货；有的和高校合作研发低盐、低脂产品，瞄准年轻人和老年人市场。"),
        P("当然，问题也不少：同质化竞争严重、食品安全标准有待统一、县城留住研发人才难。预制菜这条路能走多远，还要看这些县城能不能从“能做”走向“做好”。"),
        NB("本文系作者原创，未经授权禁止转载。", fmt='<p class="sm">{t}</p>'),
    ],
)

CSS = """
body{margin:0;font:17px/1.8 arial,"PingFang SC";color:#333;background:#fff}
a{color:#333;text-decoration:none}
.bdtop{height:52px;display:flex;align-items:center;padding:0 20px;font-size:13px;gap:14px;border-bottom:1px solid #eee}
.bdtop .u{margin-left:auto}
.wrap{width:1000px;margin:0 auto;display:flex;gap:40px;padding-top:30px}
.main{flex:1}
.title-box h2{font-size:28px;line-height:1.45;margin:0 0 16px;font-weight:bold}
.author-box{display:flex;align-items:center;gap:10px;font-size:13px;color:#999;margin-bottom:24px}
.author-box .nm{color:#333;font-size:15px;display:block}
.author-box .gz{margin-left:auto;background:#4e6ef2;color:#fff;border-radius:14px;padding:0 14px}
.index-module_articleWrap p{margin:0 0 22px;text-align:justify}
.index-module_articleWrap p.wz{color:#666}
.index-module_articleWrap p.sm{font-size:13px;color:#aaa}
.bottom-btns{color:#999;font-size:13px;margin:20px 0;border-top:1px solid #eee;padding-top:10px}
.rel h3{font-size:18px}
.rel li{margin-bottom:10px;font-size:16px}
.side{width:280px}
.side h3{font-size:16px;border-left:3px solid #4e6ef2;padding-left:8px}
.side .it{font-size:14px;margin-bottom:12px}
.side .it small{display:block;color:#bbb}
.bdfoot{text-align:center;font-size:12px;color:#999;margin:40px 0 20px}
"""


def render(p):
    body = render_body(p["blocks"], {"h": "<p>{t}</p>"})
    html_body = f"""
<div class="bdtop"><a href="#">到百度首页</a><a href="#">百度首页</a><span class="u"><a href="#">登录</a></span></div>
<div class="wrap">
<div class="main">
<div class="title-box"><h2>{esc(p["title"])}</h2></div>
<div class="author-box">{img("皖北观察者头像", 40, 40)}<span><span class="nm">皖北观察者</span>{p["publish_time"]}安徽</span><a class="gz" href="#">+关注</a></div>
<div class="index-module_articleWrap">
{body}
</div>
<div class="bottom-btns">举报/反馈</div>
<div class="rel"><h3>相关文章</h3><ul>
<li><a href="#">预制菜进校园引争议，专家：标准要先行</a></li>
<li><a href="#">县域经济新观察：食品产业集群如何突围</a></li>
<li><a href="#">冷链物流“最后一公里”，还差在哪儿？</a></li></ul></div>
</div>
<div class="side"><h3>作者最新文章</h3>
<div class="it"><a href="#">淮河边的小城，正在变成“物流枢纽”</a><small>11-17 08:20</small></div>
<div class="it"><a href="#">皖北的冬天，一碗牛肉汤暖到心里</a><small>11-12 19:45</small></div>
<div class="it"><a href="#">返乡青年开民宿，两年回本了吗？</a><small>11-06 10:02</small></div></div>
</div>
<div class="bdfoot">设为首页© Baidu 使用百度前必读 意见反馈 京ICP证041268号<br>京公网安备11000002000093号</div>
"""
    return doc("一个皖北小县城，为什么能把预制菜卖到全国？", CSS, html_body)
