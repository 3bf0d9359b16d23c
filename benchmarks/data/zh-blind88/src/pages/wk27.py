"""wk-27: 搜狐号 article: account + time + 发布于, 返回搜狐 link, 平台声明, 责任编辑 line; account as author."""
from lib import *

PAGE = dict(id="wk-27", kind="self-media", lang="zh",
            title="开了22年的老烧麦馆搬新家，包头老食客排队“打卡”",
            authors=["包头吃喝玩乐"], publish_time="2025-11-12 21:03")

BLOCKS = [
    P("对不少包头人来说，早上来一笼烧麦、一壶砖茶，才算开始新的一天。这两天，东河区一家开了22年的老烧麦馆搬进了新店，开业头三天，门口天天排起长队。"),
    IMG("", ""),
    P("新店就在老店对面的临街商铺，面积比原来大了一倍，能同时坐下80多人。店里的装修保留了不少老物件：墙上挂着老店的旧招牌，收银台旁边摆着当年用过的铜茶壶。"),
    P("老板娘王秀琴说，老店房子太旧，冬天漏风，一直想换个地方，“但又怕走远了老顾客找不着，正好对面的铺子空出来，就赶紧租下了。”"),
    H("一两烧麦还是老价钱"),
    P("搬了新家，价格没变：羊肉烧麦一两（8个）26元，羊肉大葱、牛肉馅的都有，砖茶免费续。每天早上5点半开门，卖完就收，一般上午11点前就卖光了。"),
    P("“我从上初中就在这吃，现在带着孩子来。”排在队伍里的李先生说，“味道还是原来那个味道，皮薄馅大，一咬一包油。”"),
    IMG("", ""),
    H("小贴士"),
    L(["地址：东河区西脑包老街（原店对面）",
       "营业时间：5:30—卖完为止，周一不休息",
       "建议：周末人多，最好七点前到"]),
    P("你最常去的烧麦馆是哪一家？评论区说说看。"),
]

CSS = """
body{margin:0;background:#fff;font-family:"PingFang SC","Microsoft YaHei",Arial;color:#191919}
.sh-head{height:60px;border-bottom:1px solid #eee;display:flex;align-items:center;gap:26px;padding:0 40px;font-size:15px}
.sh-head .lg{font-size:22px;font-weight:bold;color:#ffd100;background:#000;padding:2px 8px}.sh-head a{color:#191919;text-decoration:none}
.sh-head .r{margin-left:auto;font-size:13px}
.sh-main{width:1080px;margin:30px auto;display:flex;gap:40px}
.sh-left{width:60px}
.sh-art{flex:1}
.sh-art h1{font-size:30px;line-height:1.4;margin:0 0 16px}
.sh-art .info{font-size:14px;color:#999;margin-bottom:26px}.sh-art .info span{margin-right:12px}.sh-art .info a{color:#4a4a4a}
.sh-art article{font-size:17px;line-height:1.9}.sh-art article p{margin:0 0 22px}
.sh-art article img{width:100%;height:380px;background:#eee;display:block;margin-bottom:20px}
.sh-art article h3{font-size:18px;margin:26px 0 10px}
.back{display:inline-block;margin:10px 0 16px;font-size:14px;color:#4a90e2}
.stat{font-size:14px;color:#999}
.decl{font-size:12px;color:#aaa;border-top:1px solid #f0f0f0;padding-top:12px;margin-top:16px}
.sh-right{width:300px}.sh-right .user{border:1px solid #eee;padding:20px;text-align:center}
.sh-right .user b{display:block;font-size:17px}.sh-right .user span{font-size:13px;color:#999}
.sh-right h4{margin-top:24px}.sh-right li{font-size:14px;margin-bottom:12px}
"""


def render():
    bh, gold = body(BLOCKS, p="p", h="h3", img_f=lambda b: img("", gif=True))
    html = f"""
<div class="sh-head"><span class="lg">搜狐</span>{links(["首页","新闻","体育","汽车","房产","旅游","教育","时尚","科技","财经","娱乐"])}<span class="r"><a href="#">登录</a></span></div>
<div class="sh-main">
<div class="sh-left"></div>
<div class="sh-art">
<h1>{PAGE["title"]}</h1>
<div class="info"><a href="#">包头吃喝玩乐</a><span>2025-11-12 21:03</span><span>发布于：内蒙古</span></div>
<article>
{bh}
</article>
<a class="back" href="#">返回搜狐，查看更多</a>
<p class="stat">责任编辑：</p>
<div class="stat">阅读 (3185)</div>
<div class="decl">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div>
</div>
<div class="sh-right"><div class="user">{img("头像", gif=True)}<b>包头吃喝玩乐</b><span>包头本地美食探店</span><br><span>文章 1268　总阅读 860万</span></div>
<h4>推荐阅读</h4><ul>{links(["包头人冬天必吃的五道菜，你吃过几样？","昆区这家羊肉火锅，排队一小时也值","阿尔丁植物园冬季灯会下月开幕"], wrap="li")}</ul></div>
</div>
"""
    return doc(PAGE["title"] + "_搜狐网", CSS, html), gold
