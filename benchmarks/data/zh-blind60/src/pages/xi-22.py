from kit import *

T = "贵州“桥博馆”开馆 百余座桥梁模型讲述“桥梁博物馆”故事"
PAGE = Page(
    id="xi-22", kind="media", site="中国新闻网", title=T,
    authors=["张伟", "杨茜"], publish_time="2025年08月01日 18:27",
    features="central wire site: 来源：中国新闻网 with 编辑 in the info bar, dateline with names in half-width parentheses "
             "without 记者 (中新网贵阳8月1日电 (张伟 杨茜)) inside the first paragraph, (完) closing line, 【编辑:…】 after the text, "
             "photo caption with 中新社记者 … 摄.",
    css=CSS_MEDIA + ".top{background:#2a5caa}.logo{color:#2a5caa}.nav{border-color:#2a5caa}",
    html_title=T + "-中新网",
    head=[
        '<div class="top"><div class="w"><a href="#">中国新闻网</a> <a href="#">中新社</a> <a href="#">English</a> <a href="#">移动版</a></div></div>\n',
        '<div class="w"><div class="logo">中国新闻网</div>\n',
        ul(["首页", "滚动", "时政", "国际", "社会", "财经", "地方", "华人", "文娱", "视频"], "nav"),
        crumbs(["首页", "地方"], prefix="", sep=" &gt; "),
        '<div class="left">\n',
        f"<h1>{T}</h1>\n",
        '<div class="info">2025年08月01日 18:27　来源：中国新闻网　<a href="#">参与互动</a></div>\n',
    ],
    body=[
        P("中新网贵阳8月1日电 (张伟 杨茜)8月1日，位于贵州省六盘水市的贵州桥梁科技馆（简称“桥博馆”）正式开馆。馆内展出的百余座桥梁模型和大量图文资料，"
          "集中展示了贵州从“天堑”到“通途”的桥梁建设历程。"),
        P("贵州地处云贵高原，山高谷深，素有“地无三尺平”之说。截至目前，贵州已建成公路桥梁3万余座，世界前100名高桥中近一半在贵州，被誉为“桥梁博物馆”。"),
        IMG("桥梁模型", "8月1日，观众在贵州桥梁科技馆参观桥梁模型。中新社记者 刘　冉 摄"),
        P("记者在现场看到，馆内分为“山水阻隔”“架桥筑梦”“科技之光”“桥旅融合”等展区，通过实物模型、多媒体投影、互动体验等方式，"
          "介绍了拱桥、梁桥、斜拉桥、悬索桥等不同桥型的结构特点和建造技术。不少家长带着孩子前来参观，在互动区体验“搭桥”游戏。"),
        P("“以前从我们村到县城要走一天的山路，现在过大桥半个小时就到了。”参观的六盘水市民陈大爷感慨地说。"),
        P("贵州桥梁科技馆负责人表示，该馆将打造成为桥梁科普教育基地和工业旅游目的地，计划每年开展科普讲座、研学活动100场以上，"
          "让更多人了解中国桥梁建设的成就。(完)"),
    ],
    tail=[
        '<p class="editor">【编辑:黄钰涵】</p>\n',
        '<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>\n',
        related("相关新闻", ["贵州北盘江大桥获国际桥梁大奖", "“桥旅融合”带火贵州山区旅游", "贵州高速公路通车里程突破9000公里"]),
        "</div>\n<div class='right'>", related("精彩推荐", ["国内新闻", "国际新闻", "财经新闻", "地方新闻"]), "</div>\n",
        '<div class="clear"></div></div>\n',
        footer(["关于我们 | About us | 联系我们 | 广告服务 | 供稿服务 | 法律声明 | 招聘信息 | 网站地图",
                "本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。",
                "未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。",
                "[网上传播视听节目许可证(0106168)] [京ICP证040655号] [京公网安备：110102003042-1]"]),
    ],
)
