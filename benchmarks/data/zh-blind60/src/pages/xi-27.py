from kit import *

T = "一针一线绣出好日子｜走进布拖彝绣合作社"
PAGE = Page(
    id="xi-27", kind="self-media", site="微信公众号", title=T,
    authors=["吉克·曲布"], publish_time="2025年05月20日 20:15",
    features="微信公众号 article: meta row 原创 + author with a middle dot (吉克·曲布) + account name + date + IP province, "
             "bold centred sub-headings, photo captions, credit block at the end (来源/文字/图片/编辑/审核), then WeChat "
             "chrome (预览时标签不可点, 微信扫一扫关注该公众号, 继续滑动看下一个, 赞/在看 prompts).",
    css=CSS_SELF + ".rich_media_meta{color:#999;font-size:15px}.orig{background:#f2f2f2;color:#888;font-size:12px;padding:1px 4px}"
                   ".credits{color:#888;font-size:14px}.credits p{margin:0}.wx{color:#999;font-size:14px;text-align:center}",
    html_title=T,
    head=[
        '<div class="wrap">\n',
        f'<h1 class="rich_media_title">{T}</h1>\n',
        '<div class="meta"><span class="orig">原创</span>\n<span class="rich_media_meta">吉克·曲布</span>\n'
        '<a href="#">凉山文旅</a>\n<em>2025年05月20日 20:15</em>\n<em>四川</em></div>\n',
    ],
    htag="b-center",
    body=[
        P("在布拖县特木里镇的彝绣合作社里，二十多名彝族妇女围坐在一起，手中的绣针上下翻飞。红、黄、黑三色丝线在她们手中变成一朵朵索玛花、一道道火镰纹，"
          "鲜艳夺目。"),
        IMG("彝绣", "合作社的绣娘们正在刺绣"),
        H("从“家里绣”到“一起绣”"),
        P("彝绣是彝族传统手工技艺，过去主要用于自家衣物装饰。2021年，在县里的支持下，绣娘阿西莫日牵头成立了彝绣合作社，把村里会刺绣的妇女组织起来，"
          "统一接单、统一培训、统一销售。"),
        P("“以前绣一件衣服要好几个月，只能自己穿。现在大家一起绣，做成挎包、抱枕、手机壳，放到网上卖，订单多得绣不完。”阿西莫日说，"
          "合作社目前有绣娘86名，去年销售额突破了180万元。"),
        H("绣娘们的新生活"),
        P("34岁的吉伍阿呷是合作社的“老”绣娘。以前她要外出打工，孩子只能交给老人带。加入合作社后，她可以把绣品带回家做，既能照顾孩子，"
          "每月还能挣三千多元。“在家门口就能挣钱，日子越过越有盼头。”"),
        IMG("绣品", "合作社设计的彝绣文创产品"),
        P("如今，合作社还与高校设计团队合作，开发了一批兼具民族特色和时尚感的文创产品，并在直播间里向全国网友展示彝绣技艺。"
          "一针一线之间，古老的技艺正在焕发新的生机。"),
        X('<div class="credits"><p>来源：凉山文旅</p><p>文字：吉克·曲布</p><p>图片：马海伍各</p><p>编辑：阿　依</p><p>审核：海　来</p></div>'),
    ],
    tail=[
        '<p class="wx">预览时标签不可点</p>\n',
        qr("微信扫一扫<br>关注该公众号", alt="qrcode"),
        '<p class="wx">继续滑动看下一个</p>\n<p class="wx">轻触阅读原文</p>\n',
        '<p class="wx"><a href="#">凉山文旅</a> 向上滑动看下一个</p>\n<p class="wx">知道了</p>\n',
        '<p class="wx">微信扫一扫<br>使用小程序</p>\n<p class="wx">取消 允许</p>\n',
        '<p class="wx">视频 小程序 赞 ，轻点两下取消赞 在看 ，轻点两下取消在看 分享 留言 收藏 听过</p>\n',
        "</div>\n",
    ],
)
