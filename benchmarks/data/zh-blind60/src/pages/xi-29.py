from kit import *

T = "昭通苹果“触网”出山 直播间里卖出“加速度”"
PAGE = Page(
    id="xi-29", kind="self-media", site="澎湃号·政务", title=T,
    authors=["陈静", "周航"], publish_time="2025-10-11 17:06",
    features="澎湃号·政务 article: account (昭通发布) with date, 来源：澎湃新闻·澎湃号·政务 and 字号 above the text; "
             "print dateline inside the first paragraph with 见习记者 and 实习生 (本报讯（见习记者 陈　静 实习生 周　航）, stays), "
             "原标题 and 来源 lines after the text; the named writers are the authors, not the account; 特别声明.",
    css=CSS_SELF + ".src{color:#999;font-size:13px}",
    html_title=T + "_澎湃号·政务_澎湃新闻-The Paper",
    head=[
        '<div class="hd"><a href="#">澎湃新闻</a><a href="#">要闻</a><a href="#">深度</a><a href="#">澎湃号</a><a href="#">视频</a><a href="#">下载客户端</a></div>\n',
        '<div class="wrap">\n',
        f"<h1>{T}</h1>\n",
        '<div class="meta"><p><a href="#">昭通发布</a></p><p>2025-10-11 17:06</p><p class="src">来源：澎湃新闻·澎湃号·政务</p>'
        '<p>字号</p></div>\n',
    ],
    body=[
        P("本报讯（见习记者 陈　静 实习生 周　航）10月10日晚，在昭阳区苹果产业园的直播间里，主播正向网友介绍刚采摘的昭通苹果：“大家看，这个糖心多明显，"
          "咬一口脆甜多汁！”两个多小时的直播，卖出苹果1.2万单。"),
        P("昭通是我国南方最大的苹果产区，种植面积超过80万亩。每年10月，晚熟苹果集中上市，电商已成为当地果农销售的重要渠道。"
          "今年以来，昭阳区建成电商直播基地3个，培训果农主播200余名，苹果线上销售量同比增长四成。"),
        P("“以前摘了果子等客商上门，现在自己开直播，一天能卖几百箱。”果农杨大哥家种了30亩苹果，他和妻子轮流当主播，还请了两名村民帮忙打包发货。"),
        P("为保障“触网”出山的苹果品质，当地推行分级分选和统一包装，建设冷链仓储设施，并与快递企业合作开通苹果寄递专线，"
          "省内次日达、省外三日达。昭通苹果的知名度和售价也随之提升。"),
        P("昭阳区商务局负责人表示，下一步将继续培育本土电商人才，推动直播电商与苹果产业深度融合，让更多好苹果卖出好价钱。"),
    ],
    tail=[
        '<p class="src">原标题：《昭通苹果“触网”出山》</p>\n<p class="src">来源：昭通日报</p>\n',
        '<p class="bar">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问http://renzheng.thepaper.cn。</p>\n',
        '<div class="bar"><a href="#">举报</a><a href="#">收藏</a><a href="#">分享</a></div>\n',
        '<div class="rec"><b>相关推荐</b><ul><li><a href="#">昭通苹果亮相全国农交会</a></li><li><a href="#">鲁甸：花椒产业助农增收</a></li></ul></div>\n',
        '</div>\n<div class="foot">沪ICP备14003370号　沪公网安备31010602000299号　互联网新闻信息服务许可证：31120170006　© 2014-2025 上海东方报业有限公司</div>\n',
    ],
)
