"""xl-25 … xl-30: self-media (头条号, 百家号, 网易号, 微信公众号, 澎湃号, 微博头条文章)."""
from kit import Page, P, H, Q, LI, BRS, TBL, G, X, FIG, doc, esc, links, ul, GIF
from furniture import (searchbox, nav, crumb, qr, related, prevnext, comments, hotlist, ad, rec_card)

NL = "\n"


# ------------------------------------------------------------------ xl-25 头条号
CSS_25 = """
body{margin:0;background:#f8f8f8;font-family:"PingFang SC","Microsoft YaHei";color:#222}
.tt-top{background:#fff;height:60px;display:flex;align-items:center;justify-content:space-between;padding:0 40px;border-bottom:1px solid #e8e8e8}
.tt-top .lg{color:#f04142;font-size:24px;font-weight:bold}
.tt-top a{margin-left:16px;color:#222;font-size:14px}
.tt-wrap{width:1100px;margin:16px auto;display:flex;gap:24px}
.tt-left{width:80px;text-align:center;font-size:13px;color:#666}.tt-left div{margin-bottom:24px}
.tt-main{flex:1;background:#fff;padding:32px 40px}
.tt-main h1{font-size:28px;line-height:1.4}
.tt-meta{color:#999;font-size:14px;margin-bottom:24px}.tt-meta .orig{border:1px solid #f04142;color:#f04142;font-size:12px;padding:0 3px;margin-right:6px}
.syl-article p{font-size:18px;line-height:1.8;margin:0 0 20px}
.pic{text-align:center;margin-bottom:20px}.pic-cap{font-size:14px!important;color:#999}
.feed-ad{border:1px solid #eee;padding:12px;margin:0 0 20px;font-size:15px}.feed-ad .ad-tag{color:#999;font-size:12px;border:1px solid #ccc;padding:0 3px;margin-right:6px}
.tt-act{display:flex;gap:24px;color:#666;font-size:14px;border-top:1px solid #f0f0f0;padding-top:14px}
.tt-side{width:300px}.tt-side .card{background:#fff;padding:16px;margin-bottom:16px}
.author-card .nm{font-size:17px;font-weight:bold}.author-card .ds{font-size:13px;color:#999}
.hot li{font-size:14px;line-height:2}.hot em{font-style:normal;color:#f04142;margin-right:6px}.hot span{float:right;color:#aaa;font-size:12px}
.comments h3{font-size:17px}.cm{border-bottom:1px solid #f4f4f4;padding:12px 0}.cm-u{font-size:14px;color:#406599}.cm-t{font-size:15px;line-height:1.75}.cm-m{font-size:12px;color:#999}
.rec li{list-style:none;border-bottom:1px solid #f4f4f4;padding:10px 0;font-size:16px}
.rec li span{display:block;color:#999;font-size:12px}
.foot{text-align:center;color:#999;font-size:12px;padding:20px}
"""


def tpl_25(p):
    body = p.body_html()
    cms = comments("评论 128", [
        ("汉口老街坊", "湖北 05-03 11:20", "这家我从小吃到大，以前上学路上五毛钱一碗，现在带着孩子去吃，味道一点没变。万师傅人也实在，多要点萝卜丁从来不加钱。", 562),
        ("用户8823641977", "广东 05-03 12:41", "去年专门去吃过，排队的时候旁边的婆婆一直跟我讲怎么拌才好吃，武汉人是真热情，面也确实香。", 217),
        ("过早达人", "湖北 05-03 13:05", "芝麻酱自己磨这一点现在真的很少见了，很多店都是买的成品酱，吃起来总觉得差点意思。希望这样的老店能一直开下去。", 134),
    ])
    recs = "".join(f'<li><a href="#">{t}</a><span>{s}</span></li>' for t, s in [
        ("武汉老街上的热干面馆，开了30年还是六块钱一碗", "江城生活说 · 256评论"),
        ("凌晨五点排长队！武汉这家热干面到底有多好吃", "吃在大武汉 · 1.2万评论"),
        ("武汉人的过早：一碗热干面里的城市记忆", "楚天美食记 · 89评论"),
        ("热干面馆老板：做到做不动为止", "江城生活说 · 43评论")])
    return doc(p.title + " - 今日头条", CSS_25, f"""
<div class="tt-top"><span class="lg">今日头条</span><span>{searchbox('搜索站内资讯、视频或用户', '搜索')}</span><span><a href="#">下载头条APP</a><a href="#">创作者中心</a><a href="#">登录</a></span></div>
<div class="tt-wrap">
<div class="tt-left"><div>点赞<br>1.2万</div><div>评论<br>128</div><div>收藏</div><div>转发</div><div>举报</div></div>
<div class="tt-main">
<h1>{p.title}</h1>
<div class="tt-meta"><span class="orig">原创</span>{p.time}·<a href="#">江城生活说</a>　<span>湖北</span></div>
<article class="syl-article">
{body}
</article>
<div class="tt-act"><span>点赞 1.2万</span><span>评论 128</span><span>收藏 3567</span><span>分享</span><span>举报</span></div>
{cms}
<div class="rec"><h3>相关推荐</h3><ul>{recs}</ul></div>
</div>
<div class="tt-side">
<div class="card author-card"><img alt="江城生活说头像"><p class="nm">江城生活说</p><p class="ds">优质美食领域创作者 · 28.6万粉丝</p><p><a href="#">+ 关注</a>　<a href="#">私信</a></p></div>
<div class="card">{hotlist('头条热榜', [('湖北多地发布高温预警', '1238万'), ('五一假期武汉接待游客创新高', '986万'), ('武汉这条老街藏着30年的热干面馆', '431万'), ('长江游轮五一满员', '205万')])}</div>
<div class="card">{qr('扫码下载今日头条', '今日头条二维码')}</div>
</div></div>
<div class="foot">© 2024 今日头条 中国互联网举报中心 京ICP证140999号 京公网安备 11000002009999号 网络文化经营许可证 用户协议 隐私政策 侵权投诉 廉洁举报</div>
""")


P25 = Page(
    "xl-25", "self-media", "今日头条·头条号（江城生活说）",
    "武汉这条老街藏着30年的热干面馆，凌晨五点就排起长队", ["江城生活说"], "2024-05-03 10:12",
    [
        P("在武汉汉口的一条老街上，有一家开了30年的热干面馆。店面不大，只摆得下六张桌子，但每天凌晨五点不到，门口就排起了长队。"),
        P("老板姓万，今年58岁，街坊们都叫他“万师傅”。1994年，他从父亲手里接过这家小店，一碗面从五毛钱卖到了现在的六块钱。"),
        FIG("热干面", None),
        P("万师傅的热干面有什么讲究？他说，秘诀就三样：碱面要当天早上现掸，芝麻酱要自己磨，萝卜丁要用老坛腌。“芝麻酱是灵魂，买现成的省事，但味道差一截。”"),
        P("每天凌晨三点，万师傅就起床和妻子一起准备。煮面、过凉、拌油，一锅面掸好要一个多小时。六点到九点是最忙的时候，两口子几乎没有停手的工夫。"),
        X('<div class="feed-ad"><span class="ad-tag">广告</span><a href="#">武汉装修报价一键查询，输入面积立即获取三套方案</a> <a href="#">查看详情</a></div>'),
        P("来吃面的多是附近的老街坊，也有不少外地游客慕名而来。一位从广州来的游客说，她在网上看到推荐，特意早起打车过来，“排了二十分钟，值了”。"),
        FIG("排队的食客", None),
        P("有人劝万师傅开分店、做加盟，他都摇头拒绝了。“一个人就这点精力，店开多了，味道就管不过来了。”"),
        P("问他打算做到什么时候，万师傅笑着说：“做到做不动为止吧。只要街坊们还爱吃，我就一直开下去。”"),
    ],
    tpl_25,
    features="头条号文章；“原创2024-05-03 10:12·江城生活说”（账号即作者）；正文中无说明的图片alt、信息流广告；左侧点赞评论竖栏；评论区长评论；相关推荐与热榜重复标题词；作者卡片粉丝数。",
)


# ------------------------------------------------------------------ xl-26 百家号
CSS_26 = """
body{margin:0;background:#fff;font-family:Arial,"PingFang SC","Microsoft YaHei";color:#333}
.bd-top{height:56px;border-bottom:1px solid #eee;display:flex;align-items:center;padding:0 30px;gap:20px}
.bd-top .lg{font-size:22px;color:#3388ff;font-weight:bold}
.page{width:1100px;margin:0 auto;display:flex;gap:40px;padding-top:24px}
.article{flex:1}.sidebar{width:300px}
.article h2.t{font-size:28px;line-height:1.45}
.author-box{display:flex;gap:10px;align-items:center;font-size:14px;color:#999;margin-bottom:20px}
.author-box .nm{color:#333;font-size:15px}.author-box .tag{background:#f5f5f5;font-size:12px;padding:1px 6px}
.article-content{max-height:1300px;overflow:hidden}
.article-content p{font-size:17px;line-height:1.9;margin:0 0 18px}
.article-content h3{font-size:18px;margin:24px 0 12px}
.bd-ad{background:#fafafa;border:1px solid #eee;padding:12px;margin:0 0 18px;display:flex;gap:12px}.bd-ad .ad-tag{font-size:11px;color:#aaa}
.fold{text-align:center;color:#3388ff;border:1px solid #3388ff;border-radius:18px;width:200px;margin:10px auto;line-height:34px}
.hd-pic{color:#3388ff;font-size:13px;text-align:center}
.report{color:#999;font-size:13px}
.sidebar h3{font-size:16px}.sidebar li{font-size:14px;line-height:1.7;margin-bottom:6px}
.foot{text-align:center;font-size:12px;color:#999;padding:30px 0}
"""


def tpl_26(p):
    body = p.body_html()
    return doc(p.title, CSS_26, f"""
<div class="bd-top"><span class="lg">百度百家号</span>{searchbox('', '百度一下')}<a href="#">登录</a></div>
<div class="page"><div class="article">
<h2 class="t">{p.title}</h2>
<div class="author-box"><img alt="合肥楼市观察"><span class="nm">合肥楼市观察</span><span class="tag">优质房产领域创作者</span><span>{p.time}</span><span>安徽</span><span><a href="#">关注</a></span></div>
<div class="article-content">
{body}
</div>
<div class="fold">展开全文 ∨</div>
<p class="hd-pic">打开百度APP看高清图片</p>
<p class="report"><a href="#">举报/反馈</a></p>
{related('相关推荐', [('合肥二手房挂牌量连续下降 业内：市场正在寻底', '合肥楼市观察'), ('合肥二手房成交回暖，挂牌量三个月下降8%', '安徽财经眼'), ('买房人注意：合肥二手房议价空间还有多大？', '房产小许说'), ('合肥楼市最新数据出炉', '合肥楼市观察')])}
</div>
<div class="sidebar">
<div><img alt="合肥楼市观察头像"><p>合肥楼市观察</p><p>1.8万粉丝 · 326篇作品</p><p><a href="#">+ 关注</a></p></div>
<h3>作者最新文章</h3><ul><li><a href="#">合肥新房“金九”成色如何？</a></li><li><a href="#">公积金贷款额度上调，对买房人影响有多大</a></li><li><a href="#">滨湖、政务、高新：三大板块房价走势对比</a></li></ul>
<h3>相关文章</h3><ul><li><a href="#">二手房挂牌量下降意味着什么？</a></li><li><a href="#">合肥二手房市场观察：降价房源占比回落</a></li></ul>
{qr('百度APP扫码 阅读体验更佳', '百度APP二维码')}
</div></div>
<div class="foot">©2024 Baidu 使用百度前必读 百家号协议 京ICP证030999号 京公网安备11000002009999号</div>
""")


P26 = Page(
    "xl-26", "self-media", "百度百家号（合肥楼市观察）",
    "合肥二手房挂牌量连续三个月下降，买房人该出手了吗？", ["许曼"], "2024-09-14 21:37",
    [
        X('<p>文 | 许曼</p>'),
        P("最近，不少关注合肥楼市的朋友发现，二手房挂牌量悄悄降下来了。"),
        P("根据某房产平台的数据，截至9月上旬，合肥二手房挂牌量约为12.6万套，较6月高点减少了约8%，这是今年以来挂牌量首次连续三个月下降。"),
        X('<div class="bd-ad"><img alt=""><div><span class="ad-tag">广告</span> <a href="#">合肥·滨湖 品质三房 现房发售 首付低至30万</a><br><small>某某置业</small></div></div>'),
        H("挂牌量为什么下降？", "<h3>{}</h3>"),
        P("一方面，部分业主看到成交价格持续调整，选择暂时撤牌观望，“不急着卖的，干脆等等再说”。另一方面，随着一系列支持政策落地，二手房成交量有所回暖，消化了一部分存量房源。"),
        P("一位在滨湖区从事二手房中介工作十年的经纪人告诉我，8月份他们门店的成交量比6月份多了将近三成，“来看房的人明显多了，但大家砍价也更狠了”。"),
        X('<div class="bd-ad"><img alt=""><div><span class="ad-tag">广告</span> <a href="#">房贷利率最新表 一键测算月供</a></div></div>'),
        H("现在是不是买房的好时机？", "<h3>{}</h3>"),
        P("对于这个问题，很难给出一个统一的答案。我的建议是："),
        P("1. 刚需自住、手里资金充裕的，可以开始多看多比较，遇到合适的房子不必过度犹豫；"),
        P("2. 改善型需求，要先算清楚“卖旧买新”的时间差和价格差，避免两头被动；"),
        P("3. 投资需求则需要更加谨慎，当前房价上涨的预期仍然不强。"),
        P("说到底，买房是一件大事，不要被短期的涨跌情绪左右，结合自己的实际需求和承受能力做决定，才是最稳妥的。"),
    ],
    tpl_26,
    features="百家号文章；标题用h2；作者栏含账号、认证标签、时间、IP属地；正文首行“文 | 许曼”（独立署名行，不入正文，作者为许曼而非账号）；段落间两个广告卡片；正文限高+“展开全文”；“打开百度APP看高清图片”；作者最新文章、相关推荐重复标题词。",
)


# ------------------------------------------------------------------ xl-27 网易号
CSS_27 = """
body{margin:0;font-family:"Microsoft YaHei";background:#fff;color:#404040}
.ne-top{background:#f6f6f6;border-bottom:1px solid #ddd;font-size:12px;line-height:34px;padding:0 calc(50% - 550px)}.ne-top a{margin-right:14px;color:#404040}
.ne-head{width:1100px;margin:0 auto;height:70px;display:flex;align-items:center;gap:30px}.ne-head .lg{font-size:26px;color:#c4161c;font-weight:bold}
.ne-wrap{width:1100px;margin:0 auto;display:flex;gap:40px}
.post_main{flex:1}.post_side{width:300px}
.post_title{font-size:30px;line-height:1.4;color:#000}
.post_info{font-size:14px;color:#888;margin:10px 0 24px}
.post_body p{font-size:18px;line-height:2;margin:0 0 22px;text-indent:2em}
.post_body h3{font-size:18px;color:#c4161c;margin:28px 0 14px}
.pic{text-align:center;margin-bottom:20px}.pic-cap{text-indent:0!important;font-size:14px!important;color:#888}
.post_statement{background:#f8f8f8;font-size:13px;color:#888;padding:12px 16px}
.tie{margin-top:26px}.tie h3{font-size:17px;border-bottom:1px solid #ddd;padding-bottom:8px}
.cm{border-bottom:1px dashed #e5e5e5;padding:10px 0}.cm-u{font-size:13px;color:#c4161c}.cm-t{font-size:15px;line-height:1.8}.cm-m{font-size:12px;color:#999}
.post_side h3{font-size:16px;border-left:3px solid #c4161c;padding-left:8px}
.hot li{font-size:14px;line-height:2}.hot em{font-style:normal;color:#c4161c;margin-right:6px}
.ne-foot{margin-top:40px;border-top:1px solid #ddd;text-align:center;font-size:12px;color:#888;line-height:2;padding:16px}
"""


def tpl_27(p):
    body = p.body_html()
    cms = comments("跟贴 32 条　参与 108 人", [
        ("网易江西省赣州市网友", "2024-06-18 09:12", "离开赣州十几年了，最想念的就是早上那碗鱼饼汤。每次回家第一件事就是去巷子口那家老店吃一碗，老板娘看到我都会多放几片鱼饼。", 86),
        ("网易广东省深圳市网友", "2024-06-18 10:40", "在深圳也找到过一家赣州人开的店，鱼饼是老家寄过来的，味道还算正宗，就是汤底差了一点。", 23),
    ], more="查看全部跟贴")
    return doc(p.title + "|鱼饼|赣州_网易订阅", CSS_27, f"""
<div class="ne-top"><a href="#">网易首页</a><a href="#">应用</a><a href="#">新闻</a><a href="#">体育</a><a href="#">娱乐</a><a href="#">财经</a><a href="#">汽车</a><a href="#">科技</a><a href="#">登录</a><a href="#">注册免费邮箱</a></div>
<div class="ne-head"><span class="lg">网易号</span><span>{crumb(['网易首页', '网易号', '正文'], prefix='', sep=' &gt; ')}</span><a href="#">申请入驻</a></div>
<div class="ne-wrap"><div class="post_main">
<h1 class="post_title">{p.title}</h1>
<div class="post_info">{p.time}　来源: <a href="#">赣州吃货地图</a>　江西　<a href="#">举报</a></div>
<div class="post_body">
{body}
</div>
<div class="post_statement">特别声明：以上内容（如有图片或视频亦包括在内）为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</div>
<p>Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.</p>
<div class="tie">{cms}</div>
</div>
<div class="post_side">
<div><img alt="赣州吃货地图"><p>赣州吃货地图</p><p>带你吃遍赣州的大街小巷</p><p><a href="#">+ 订阅</a></p></div>
<h3>作者最新文章</h3><ul><li><a href="#">赣州人夏天离不开的一碗凉粉</a></li><li><a href="#">章贡区老巷子里的十家早餐店</a></li><li><a href="#">鱼饼、鱼丸傻傻分不清？一文讲清楚</a></li></ul>
{hotlist('热点新闻', [('赣州人的早餐，从一碗鱼饼开始', ''), ('江西多地迎来强降雨', ''), ('赣州脐橙出口量创新高', ''), ('高考志愿填报指南', '')])}
</div></div>
<div class="ne-foot">网易公司版权所有 ©1997-2024　<a href="#">About NetEase</a> | <a href="#">公司简介</a> | <a href="#">联系方法</a> | <a href="#">招聘信息</a> | <a href="#">客户服务</a> | <a href="#">隐私政策</a></div>
""")


P27 = Page(
    "xl-27", "self-media", "网易号（赣州吃货地图）",
    "赣州人的早餐，从一碗鱼饼开始", ["赣州吃货地图"], "2024-06-18 07:45:12",
    [
        P("在赣州，如果问本地人早餐吃什么，十个人里可能有七个会说：鱼饼。"),
        P("赣州鱼饼是用新鲜草鱼肉加红薯粉捶打而成，蒸熟后切成薄片，口感弹牙，带着淡淡的鱼鲜味。和外地人熟悉的鱼丸不同，鱼饼更紧实，也更有嚼劲。"),
        FIG("鱼饼汤", "一碗热气腾腾的鱼饼汤"),
        H("一碗鱼饼汤，是赣州人的乡愁", "<h3>{}</h3>"),
        P("老城区的早餐店里，最常见的吃法是鱼饼汤。滚烫的骨头汤里下鱼饼片，再放一把青菜、几片瘦肉，撒上葱花和胡椒粉，热乎乎一碗下肚，整个人都精神了。"),
        P("也有人喜欢鱼饼炒粉，鱼饼切丝和米粉同炒，加点辣椒，香辣够味。"),
        H("老师傅的手艺", "<h3>{}</h3>"),
        P("在章贡区一条老巷子里，有一家做了二十多年鱼饼的小作坊。老板钟师傅告诉我们，做鱼饼最讲究的是捶打，“鱼肉要一直捶到起胶，手一拉能拉出丝，这样做出来的鱼饼才弹。”"),
        FIG("捶打鱼肉", "钟师傅在作坊里捶打鱼肉"),
        P("如今，钟师傅的作坊每天能做出三百多斤鱼饼，除了供应周边的早餐店，还通过快递发往外地。“很多在外地工作的赣州人，一到过年就来订，说要带回去给孩子尝尝家乡的味道。”"),
        P("下次来赣州，记得早起去尝一碗鱼饼汤。"),
    ],
    tpl_27,
    features="网易号文章；“时间　来源: 账号”（无署名，作者为账号名）；带秒时间；图注；平台特别声明（中英文）；跟贴区长评论；热点新闻含本篇标题；作者最新文章。",
)


# ------------------------------------------------------------------ xl-28 微信公众号
CSS_28 = """
body{margin:0;background:#ededed;font-family:-apple-system,"PingFang SC","Microsoft YaHei";color:#333}
.rich_media_area_primary{max-width:677px;margin:0 auto;background:#fff;padding:20px 24px}
.rich_media_title{font-size:22px;line-height:1.4;margin-bottom:14px}
.rich_media_meta_list{font-size:15px;color:#888;margin-bottom:22px}.rich_media_meta_list span{margin-right:8px}
.rich_media_meta_list .nick{color:#576b95}
.rich_media_content p{font-size:17px;line-height:1.75;margin:0 0 20px;letter-spacing:.5px}
.rich_media_content h3{text-align:center;font-size:17px;color:#c0392b;margin:30px 0 16px}
.rich_media_content .credit{font-size:14px;color:#888}
.pic{text-align:center}.pic-cap{font-size:13px!important;color:#999;text-align:center}
.tool{display:flex;justify-content:space-between;font-size:15px;color:#576b95;margin:20px 0}
.like-area{display:flex;gap:20px;color:#888;font-size:14px}
.qr_code_pc{position:fixed;right:40px;bottom:80px;width:140px;background:#fff;text-align:center;font-size:13px}
.discuss h3{font-size:15px;color:#888;font-weight:normal}
.cm{padding:10px 0}.cm-u{font-size:14px;color:#888}.cm-t{font-size:15px;line-height:1.6}.cm-m{font-size:12px;color:#aaa}
.more-like h3{font-size:15px;color:#888;font-weight:normal}.more-like li{list-style:none;border-top:1px solid #eee;padding:10px 0}
"""


def tpl_28(p):
    body = p.body_html()
    cms = comments("精选留言", [
        ("山城老幺", "重庆 08-12", "小时候坐公交上学，每天最期待的就是过长江大桥那一段，现在看到这篇文章，一下子就想起了那时候趴在窗户边看江的自己。", 312),
        ("阿七不吃辣", "四川 08-12", "去年去重庆旅游专门按照网上的攻略坐了这条线，司机开得又快又稳，过弯的时候全车人一起“哇”，真的很有意思。", 145),
        ("南岸的晚风", "重庆 08-13", "李师傅这样的司机真的很多，每天要跑好几趟陡坡，还要照顾老人上下车，辛苦了。", 87),
    ], more="")
    return doc(p.title, CSS_28, f"""
<div class="rich_media_area_primary">
<h1 class="rich_media_title">{p.title}</h1>
<div class="rich_media_meta_list"><span class="orig">原创</span><span>刘欣然</span><a class="nick" href="#">重庆范儿</a><span>{p.time}</span><span>重庆</span></div>
<div class="rich_media_content">
{body}
<p class="credit">作者 | 刘欣然　编辑 | 陈默</p>
<p class="credit">图片 | 部分来源网络，侵删</p>
{qr('长按识别二维码，关注重庆范儿', '重庆范儿公众号二维码')}
</div>
<div class="tool"><a href="#">阅读原文</a><span>阅读 10万+</span></div>
<div class="like-area"><span>分享</span><span>收藏</span><span>点赞 1856</span><span>在看 624</span></div>
<div class="discuss">{cms}<p><a href="#">写留言</a></p></div>
<div class="more-like"><h3>喜欢此内容的人还喜欢</h3><ul><li><a href="#">在重庆，坐一趟穿楼而过的轻轨</a><br><small>重庆范儿　不看的原因</small></li><li><a href="#">重庆最“陡”的十条公交线路，你坐过几条？</a><br><small>山城出行</small></li><li><a href="#">这座城的公交司机，个个都是“老司机”</a><br><small>重庆范儿</small></li></ul></div>
</div>
<div class="qr_code_pc"><img alt="公众号二维码"><p>微信扫一扫<br>关注该公众号</p></div>
""")


P28 = Page(
    "xl-28", "self-media", "微信公众号（重庆范儿）",
    "在重庆，坐一趟“爬坡上坎”的公交车", ["刘欣然"], "2024年08月12日 19:30",
    [
        P("重庆的公交车，大概是全国最会“爬坡上坎”的公交车。"),
        P("在这座山城里，很多公交线路要在坡道和弯道之间反复穿行。坐在车上，窗外一会儿是高楼，一会儿是江景，一会儿又钻进了隧道。司机师傅一脚油门上坡，一个急弯拐进小巷，坐在后排的乘客常常要抓紧扶手。"),
        H("01 一条线路，半座城的风景", "<h3>{}</h3>"),
        P("我最喜欢的是一条从渝中半岛开往南岸的线路。车从较场口出发，经过长江大桥，沿着南滨路一路向东。全程四十多分钟，票价两元，却能把半座城的风景看个遍。"),
        FIG("公交车窗外的江景", "▲ 车窗外的长江"),
        P("傍晚时分坐上这趟车，夕阳照在江面上，对岸的楼群一点点亮起灯，很多游客专门来坐这趟车拍照。"),
        H("02 开了二十年公交的李师傅", "<h3>{}</h3>"),
        P("李师傅在这条线上开了二十年车。他说，重庆的公交司机考的不只是技术，更是耐心。“坡陡、弯急、路窄，还要时刻注意上下车的老人和小孩，一天下来，精神要一直绷着。”"),
        P("问他开这么多年会不会腻，李师傅笑了：“每天看到的风景都不一样，乘客也不一样，怎么会腻。”"),
        H("03 写在最后", "<h3>{}</h3>"),
        P("下次来重庆，不妨放下手机导航，随便挑一趟公交车坐到终点站。这座城市最真实的样子，也许就藏在那些爬坡上坎的路上。"),
    ],
    tpl_28,
    features="微信公众号文章；“原创 刘欣然 重庆范儿 2024年08月12日 19:30 重庆”（作者为刘欣然而非公众号）；“作者 | … 编辑 | …”；编号小标题01/02/03；▲图注；阅读原文、阅读10万+、点赞、在看；精选留言；喜欢此内容的人还喜欢；微信扫一扫关注。",
)


# ------------------------------------------------------------------ xl-29 澎湃号
CSS_29 = """
body{margin:0;font-family:"PingFang SC","Microsoft YaHei";background:#fff;color:#000}
.pp-head{height:64px;border-bottom:1px solid #e5e5e5;display:flex;align-items:center;gap:30px;padding:0 calc(50% - 580px)}
.pp-head .lg{font-size:26px;font-weight:bold}
.pp-head nav a{margin-right:18px;font-size:15px}
.pp-wrap{width:1160px;margin:0 auto;display:flex;gap:40px;padding-top:24px}
.pp-main{flex:1}.pp-side{width:300px}
.pp-hao{font-size:14px;color:#00a5eb}
.pp-main h1{font-size:30px;line-height:1.45;margin:8px 0}
.pp-author{display:flex;gap:10px;align-items:center;margin:12px 0;font-size:14px}.pp-author .f{border:1px solid #00a5eb;color:#00a5eb;padding:0 10px;border-radius:12px}
.pp-time{font-size:13px;color:#999;margin-bottom:20px}
.pp-content p{font-size:17px;line-height:1.9;margin:0 0 18px}
.pp-content .orig{color:#888;font-size:15px}
.pp-content h3{font-size:17px;margin:24px 0 12px}
.pp-content .tb{border-collapse:collapse;width:100%;margin-bottom:18px}.pp-content .tb td,.pp-content .tb th{border:1px solid #ccc;padding:6px 10px;text-align:center}
.pp-src{font-size:14px;color:#999}
.pp-decl{border-top:1px solid #eee;font-size:13px;color:#999;padding-top:12px}
.pp-tags a{display:inline-block;background:#f5f5f5;padding:2px 10px;margin-right:8px;font-size:13px}
.pp-side h3{font-size:16px}.pp-side li{font-size:14px;line-height:1.7;margin-bottom:8px}
.foot{border-top:1px solid #eee;margin-top:40px;text-align:center;font-size:12px;color:#999;line-height:2;padding:20px}
"""


def tpl_29(p):
    body = p.body_html()
    return doc(p.title + "_澎湃号·政务_澎湃新闻-The Paper", CSS_29, f"""
<div class="pp-head"><span class="lg">澎湃新闻</span><nav>{links(['要闻','深度','澎湃号','视频','财经','思想','生活'], sep=NL)}</nav>{searchbox('搜索', '')}<a href="#">下载客户端</a><a href="#">登录</a></div>
<div class="pp-wrap"><div class="pp-main">
<div class="pp-hao"><a href="#">澎湃号</a> &gt; <a href="#">政务</a> &gt; <a href="#">峡江发布</a></div>
<h1>{p.title}</h1>
<div class="pp-author"><img alt="峡江发布"><span>峡江发布</span><span class="f">+ 关注</span></div>
<div class="pp-time">{p.time} 来源：澎湃新闻·澎湃号·政务　<span>湖北</span></div>
<div class="pp-content">
{body}
</div>
<p class="pp-src">（来源：峡江区融媒体中心）</p>
<div class="pp-tags"><a href="#">便民生活圈</a><a href="#">社区商业</a><a href="#">宜昌</a></div>
<div class="pp-decl">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问。</div>
{related('相关推荐', [('宜昌：“15分钟便民生活圈”建设提速', '峡江发布'), ('家门口的幸福！峡江区已建成15分钟便民生活圈12个', '湖北发布'), ('“一刻钟”便民生活圈让城市更有温度', '澎湃号·湃客')], with_date=True)}
</div>
<div class="pp-side"><h3>峡江发布</h3><p>宜昌市峡江区人民政府新闻办公室官方账号</p>
<h3>热新闻</h3><ul><li><a href="#">三峡库区迎来秋季蓄水</a></li><li><a href="#">宜昌马拉松报名开启</a></li><li><a href="#">“15分钟便民生活圈”让居民生活更便利</a></li></ul>
{qr('澎湃新闻客户端', '澎湃新闻客户端二维码')}</div></div>
<div class="foot">澎湃新闻报料：021-62999999　违法和不良信息举报电话：021-62999900<br>沪ICP备14003999号-1　互联网新闻信息服务许可证：31120170099　© 2014-2024 上海东方报业有限公司</div>
""")


P29 = Page(
    "xl-29", "self-media", "澎湃号·政务（峡江发布）",
    "峡江区：“15分钟便民生活圈”让居民生活更便利", ["峡江发布"], "2024-10-09 17:20",
    [
        X('<p class="orig">原标题：家门口的幸福！峡江区已建成15分钟便民生活圈12个</p>'),
        P("出门步行15分钟，就能买菜、理发、取快递、看病……如今，在峡江区，这样的便利正在成为越来越多居民的日常。"),
        P("今年以来，峡江区以社区为单元，按照“一刻钟”服务半径，补齐菜市场、便利店、早餐店、社区食堂、家政维修等便民设施。截至9月底，全区已建成“15分钟便民生活圈”12个，覆盖居民超过18万人。"),
        H("家门口的“菜篮子”", "<h3>{}</h3>"),
        P("在滨江街道江畔社区，一家新开的社区生鲜店格外热闹。店里蔬菜、肉类、水产一应俱全，价格与农贸市场基本持平。“以前买菜要坐两站公交，现在下楼走几分钟就到了。”居民张阿姨说。"),
        H("便民服务一站办", "<h3>{}</h3>"),
        P("各生活圈还因地制宜设置了便民服务站，提供家电维修、衣物缝补、磨刀配钥匙等“小修小补”服务，部分站点还引入了社区卫生服务站和老年助餐点。"),
        TBL([["生活圈建设主要指标", "年度目标", "完成情况"],
             ["便民生活圈（个）", "15", "12"],
             ["新增便民网点（个）", "200", "176"],
             ["社区食堂（家）", "20", "17"],
             ["覆盖居民（万人）", "20", "18.3"]]),
        P("区商务局相关负责人表示，下一步将继续推动便民生活圈向老旧小区和城郊社区延伸，年底前实现城区全覆盖。"),
    ],
    tpl_29,
    features="澎湃号·政务文章；“原标题：…”行（不入正文、不作标题）；账号作者（无署名，authors=账号）；“来源：澎湃新闻·澎湃号·政务”；文末“（来源：峡江区融媒体中心）”；指标表格；平台声明；相关推荐重复标题词。",
)


# ------------------------------------------------------------------ xl-30 微博头条文章
CSS_30 = """
body{margin:0;background:#f2f2f5;font-family:"PingFang SC","Microsoft YaHei";color:#333}
.wb-top{background:#fff;height:56px;display:flex;align-items:center;justify-content:space-between;padding:0 calc(50% - 520px);box-shadow:0 1px 2px #ddd}
.wb-top .lg{font-size:22px;color:#ff8200;font-weight:bold}
.wb-art{width:1040px;margin:16px auto;background:#fff;padding:40px 120px;box-sizing:border-box}
.wb-cover{height:300px;background:#ddd;display:flex;align-items:center;justify-content:center;margin-bottom:24px}
.wb-art h1{font-size:30px;line-height:1.4}
.wb-author{display:flex;gap:12px;align-items:center;font-size:14px;color:#888;margin:16px 0 30px}
.wb-author .nm{color:#eb7350;font-size:15px}
.WB_editor_iframe p{font-size:17px;line-height:2;margin:0 0 20px}
.wb-reads{color:#999;font-size:13px;margin:20px 0}
.wb-handle{display:flex;justify-content:space-around;border-top:1px solid #eee;line-height:44px;color:#666}
.comments h3{font-size:15px}.cm{border-top:1px solid #f2f2f2;padding:12px 0}.cm-u{font-size:14px;color:#eb7350}.cm-t{font-size:15px;line-height:1.7}.cm-m{font-size:12px;color:#999}
.cm-more{text-align:center;color:#eb7350}
.wb-foot{text-align:center;font-size:12px;color:#999;padding:20px;line-height:2}
"""


def tpl_30(p):
    body = p.body_html()
    cms = comments("按热度 | 按时间", [
        ("皖江小鹿", "11-02 20:31 来自 安徽", "我就是安庆人，读着读着眼眶就湿了。小时候放学就在倒扒狮街上买油酥饼，一边走一边吃，现在在外地工作，最想念的就是这种慢悠悠的日子。", 462),
        ("旅行的蜗牛君", "11-02 21:07 来自 上海", "去年国庆去了一趟安庆，本来只打算待一天，结果住了三天，每天就在老街和江边转，吃牛肉面、听黄梅戏，是我去过最放松的城市之一。", 198),
        ("用户7465321098", "11-02 22:15 来自 安徽", "写得真好！安庆人确实什么都不急，但该做的事一件都不会落下。", 51),
    ], more="查看更多评论 >")
    return doc(p.title, CSS_30, f"""
<div class="wb-top"><span class="lg">微博</span>{searchbox('搜索微博', '')}<span><a href="#">首页</a> <a href="#">视频</a> <a href="#">发现</a> <a href="#">游戏</a> <a href="#">登录</a> <a href="#">注册</a></span></div>
<div class="wb-art">
<div class="wb-cover"><img alt="头条文章封面"></div>
<h1>{p.title}</h1>
<div class="wb-author"><img alt="头像"><a class="nm" href="#">安庆小城故事</a><span>发布于 {p.time}</span><span><a href="#">+ 关注</a></span></div>
<div class="WB_editor_iframe">
{body}
</div>
<p class="wb-reads">阅读 3.2万　　<a href="#">举报</a>　<span>© 著作权归作者所有</span></p>
<div class="wb-handle"><span>转发 126</span><span>评论 89</span><span>赞 1024</span></div>
{cms}
</div>
<div class="wb-foot">微博客服 | 意见反馈 | 舞弊举报 | 开放平台 | 微博招聘 | 新浪网导航<br>京ICP证100999号　互联网新闻信息服务许可证：11220180099　京公网安备 11000002009999号　© 2024 微博 Weibo Corporation</div>
""")


P30 = Page(
    "xl-30", "self-media", "微博头条文章（安庆小城故事）",
    "安庆的老街，藏着一座城的慢时光", ["安庆小城故事"], "2024-11-02 20:15",
    [
        P("在安庆待久了，会发现这座城市的节奏总是慢半拍。"),
        P("清晨的倒扒狮街，早餐铺子的蒸笼冒着热气，老板一边招呼客人，一边把刚出锅的油酥饼装进纸袋。巷子深处，几位老人坐在竹椅上喝茶聊天，身边的收音机里放着黄梅戏。"),
        P("这条老街已经有几百年历史。石板路被磨得发亮，两边是青砖黛瓦的老房子，有的开成了茶馆，有的改成了书店，也有老住户还住在里面，门口晾着衣服，种着花草。"),
        FIG("老街", None, gif=True),
        P("我最喜欢傍晚来这里。夕阳从屋檐间斜照下来，石板路泛着暖黄的光，卖糖画的老爷爷收起摊子准备回家，几个孩子还追着要最后一个。那一刻，好像时间真的慢了下来。"),
        P("安庆人爱说“不急”。点一碗牛肉面，不急；等一场黄梅戏开场，不急；看江上的船慢慢开过去，也不急。"),
        P("也许正是这份不急，让这座长江边的小城，始终保留着一种从容的气质。"),
        P("如果你也来安庆，别急着赶景点。找一条老街，慢慢走，慢慢看。"),
    ],
    tpl_30,
    features="微博头条文章；封面图alt；作者为微博账号（“发布于 时间”）；阅读数、转发/评论/赞；按热度评论3条长评（像正文的散文）；微博页脚。",
)
