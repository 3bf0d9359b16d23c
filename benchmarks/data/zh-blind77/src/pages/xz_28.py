# 微信公众号 article — short headline, 原创 + writer + account in meta line, IP location
from kit import *

CSS = """
body{margin:0;background:#f5f5f5;font:17px/1.75 -apple-system,"PingFang SC","Microsoft YaHei",sans-serif;color:#333}
a{color:#576b95;text-decoration:none}
.rich_media{width:677px;margin:0 auto;background:#fff;padding:20px 24px 40px}
.rich_media_title{font-size:22px;line-height:1.4;margin:0 0 14px;color:#1a1a1a}
#meta_content{font-size:15px;color:rgba(0,0,0,.45);margin-bottom:22px}
#meta_content span,#meta_content em{margin-right:8px;font-style:normal}
.original_tag{background:rgba(0,0,0,.05);padding:0 4px;font-size:13px}
.rich_media_content section{margin:0 0 20px}
.rich_media_content p{margin:0}
.rich_media_content h3{font-size:18px;color:#b5651d;text-align:center;margin:30px 0 16px}
.pic{text-align:center}
.pic-note{text-align:center;font-size:13px;color:#999;margin-bottom:20px}
.credit{font-size:13px;color:#888;text-align:left}
.tool_area{font-size:14px;color:rgba(0,0,0,.45);margin-top:30px}
.qr_code_pc{position:fixed;right:40px;top:200px;width:160px;font-size:13px;text-align:center;color:#666}
.js_profile{border:1px solid #eee;padding:10px;display:flex;gap:10px;align-items:center;margin-bottom:20px}
"""

HL = Headline("沱江边的早市", tags={"main": ("h1", "rich_media_title")}, wrap=("", ""))

BODY = Body([
    H("01 天还没亮，早市先醒了", tag="h3"),
    P("清晨五点半，凤凰古城还笼罩在薄雾里，沱江边的虹桥下已经亮起了一盏盏灯。挑着箩筐的老人从附近的村寨赶来，把刚摘的青菜、山里挖的竹笋、自家腌的酸鱼一字摆开。"),
    P("卖豆腐的龙奶奶今年七十三岁，在这里摆摊快四十年了。她的豆腐用的是石磨磨的黄豆浆，每天只做两板，“卖完就收摊，回去还要喂猪”。"),
    IMG("沱江边的早市", "天刚亮，沱江边的早市已经热闹起来"),
    H("02 一碗米粉，是古城人的早安", tag="h3"),
    P("早市尽头有一家开了二十多年的米粉店，只有四张桌子。老板把米粉在滚水里一烫，浇上熬了一夜的骨头汤，再盖上一勺酸辣的码子。不少游客专门早起来排队，只为吃上这一碗。"),
    P("“游客来了拍照，本地人来了吃粉，大家各得其所。”老板一边招呼客人一边笑着说。"),
    H("03 早市里的烟火气，才是真正的凤凰", tag="h3"),
    P("八点以后，古城里的游客多起来，早市也慢慢散了。菜农们收起箩筐，沿着石板路回家；江面上，撑船的艄公开始一天的营生。"),
    P("如果你来凤凰，不妨早起一回，到沱江边走一走。比起夜晚的灯火，清晨的早市或许更接近这座古城原本的样子。"),
    NOTE("图片 | 向　红<br>编辑 | 田　苗　　审核 | 向　东", cls="credit"),
], mode="section", wrap=('<div class="rich_media_content" id="js_content">', "</div>"))

PAGE = dict(
    id="xz-28", kind="self-media", lang="zh", region="湖南", site="微信公众号",
    features="微信公众号；短标题（6字）；元数据行“原创 周晓岚 湘西文旅 2025年03月14日 18:30 湖南”（作者是具名的人，不是公众号名）；"
             "<section>段落、编号小标题“01 …”；文末“图片 | 编辑 | 审核 |”不是作者；公众号卡片、“微信扫一扫”、阅读/在看",
    title_tag="沱江边的早市",
    css=CSS,
    meta={"description": "清晨五点半，凤凰古城还笼罩在薄雾里。", "author": "周晓岚"},
    authors=["周晓岚"],
    publish_time="2025年03月14日 18:30",
    parts=[
        '<div class="rich_media">',
        HL,
        '<div id="meta_content"><span class="original_tag">原创</span>\n<span class="rich_media_meta_text">周晓岚</span>\n'
        '<span><a href="#" id="js_name">湘西文旅</a></span>\n<em id="publish_time">2025年03月14日 18:30</em>\n<em id="js_ip_wording">湖南</em></div>',
        '<div class="js_profile">' + img("湘西文旅") + '<div><b>湘西文旅</b><br>湘西文化旅游资讯，带你发现不一样的湘西。</div></div>',
        BODY,
        '<div class="tool_area">阅读 2.1万　<a href="#">赞</a> 368　<a href="#">分享</a>　<a href="#">在看</a> 57　<a href="#">写留言</a></div>',
        '<p class="credit">预览时标签不可点</p>',
        '<p class="credit">继续滑动看下一个　轻触阅读原文</p>',
        "</div>",
        '<div class="qr_code_pc">' + img("公众号二维码") + "<p>微信扫一扫<br>关注该公众号</p></div>",
    ],
)
