from kit import *

T = "阿坝州首个“光伏+牧草”示范项目并网发电"
PAGE = Page(
    id="xi-15", kind="media", site="川观新闻", title=T,
    authors=["罗一帆", "泽让措"], publish_time="2025-04-22 19:35",
    features="provincial paper's portal: outlet name and date glued above the headline (川观新闻2025-04-22 19:35), "
             "no byline at the top; the writers are named only at the very end, after 编辑 / 责任编辑 / 审核 lines "
             "(记者 罗一帆 泽让措); quoted speech, sub-heading, 相关新闻.",
    css=CSS_MEDIA + ".top{background:#1d3f86}.logo{color:#1d3f86}.nav{border-color:#1d3f86}.src{color:#1d3f86;font-weight:bold}",
    html_title=T + "-川观新闻",
    head=[
        '<div class="top"><div class="w"><a href="#">四川日报</a> <a href="#">川观新闻</a> <a href="#">四川在线</a> <a href="#">登录</a></div></div>\n',
        '<div class="w"><div class="logo">川观新闻</div>\n',
        ul(["首页", "要闻", "时政", "市州", "财经", "区县", "文化", "视频", "川观智库"], "nav"),
        '<div class="left">\n',
        f"<h1>{T}</h1>\n",
        '<div class="info"><span class="src">川观新闻</span><span>2025-04-22 19:35</span>\n<span>阅读 3.2万</span></div>\n',
    ],
    body=[
        P("4月22日，阿坝州红原县瓦切镇的一片草场上，一排排光伏板整齐排列，板下牧草已经返青。随着最后一组箱变完成调试，"
          "阿坝州首个“光伏+牧草”示范项目正式并网发电。"),
        P("该项目装机容量10万千瓦，总投资约4.6亿元，年均发电量约1.7亿千瓦时，可节约标准煤5万余吨。项目采用高支架设计，"
          "光伏板最低点离地2.5米，板下可以种草放牧，实现“板上发电、板下牧草、板间放牧”。"),
        H("草场“长”出新收入"),
        P("“光伏板能挡风遮阳，板下的草长得比外面还好。”瓦切镇牧民扎西说，他家的草场以租赁方式参与项目建设，每年可获得租金1.3万元，"
          "自己还在项目上当起了巡检员，每个月多了一份工资。"),
        P("据了解，项目建设期间带动当地群众务工3万余人次，投运后每年将通过土地租金、务工收入和村集体分红等方式，为周边群众增收600万元以上。"
          "项目还配套实施草原生态修复，对退化草场进行补播改良。"),
        P("阿坝州发展改革委相关负责人表示，阿坝州太阳能资源丰富，下一步将在保护好草原生态的前提下，有序推进一批“光伏+”项目建设，"
          "探索清洁能源开发与牧民增收、生态保护协同推进的新路子。"),
    ],
    tail=[
        '<div class="endinfo"><p>编辑：陈俊桦</p>\n<p>责任编辑：肖　珊</p>\n<p>审核：周　林</p>\n<p>记者：罗一帆 泽让措</p></div>\n',
        share("", ["分享到微信", "分享到微博", "复制链接"]),
        '<p class="editor">【未经授权，严禁转载！联系电话028-86968276】</p>\n',
        related("相关新闻", ["甘孜州光伏项目建设按下“快进键”", "四川新能源装机突破3000万千瓦", "红原：草原生态保护与牧民增收“双赢”"]),
        "</div>\n",
        '<div class="right">', related("川观热榜", ["成都地铁新线开通运营", "四川一季度GDP同比增长", "九寨沟景区门票预约指南"]),
        qr("下载川观新闻APP"), "</div>\n",
        '<div class="clear"></div></div>\n',
        footer(["四川日报报业集团主办　川观新闻版权所有",
                "互联网新闻信息服务许可证：51120170001　蜀ICP备05020315号　川公网安备 51010402000287号"]),
    ],
)
