from kit import *

T = "Highland barley harvest begins in Xigaze as new varieties raise yields"
PAGE = Page(
    id="xi-24", kind="media", lang="en", site="China Tibet Online", title=T,
    authors=["Tenzin Dekyi", "Zhao Lin"], publish_time="2025-08-26 10:35:27",
    features="English page of a central outlet's Xizang site: meta line Source: … | Contributed by: A and B | Editor: …, "
             "date with seconds on its own line, Tibetan names, a yield table, Related News and a Chinese-language footer.",
    css=CSS_MEDIA.replace("PingFang SC", "Arial") + ".top{background:#7b1113}.logo{color:#7b1113}.meta{color:#666;font-size:13px}",
    html_title=T + " - China Tibet Online",
    head=[
        '<div class="top"><div class="w"><a href="#">中文</a> <a href="#">藏文</a> <a href="#">English</a> <a href="#">Mobile</a></div></div>\n',
        '<div class="w"><div class="logo">China Tibet Online</div>\n',
        ul(["Home", "News", "Government", "Culture", "Travel", "Ecology", "Photos", "Videos"], "nav"),
        '<div class="left">\n',
        f"<h1>{T}</h1>\n",
        '<div class="meta">Source: China Tibet Online | Contributed by: Tenzin Dekyi and Zhao Lin | Editor: Liu Wen</div>\n',
        '<div class="meta">2025-08-26 10:35:27</div>\n',
    ],
    body=[
        P("Farmers in Xigaze, southwest China's Xizang autonomous region, have begun harvesting highland barley, the staple grain of the plateau, "
          "with local officials expecting another bumper year thanks to improved seed varieties and mechanization."),
        IMG("Harvest", "Farmers harvest highland barley in Lhatse county, Xigaze. [Photo/China Tibet Online]"),
        P("In Gyangze county, combine harvesters moved across golden fields on Monday morning while villagers bundled straw for winter fodder. "
          "\"We used to cut the barley by hand and it took more than two weeks,\" said Phurbu Tsering, a farmer in Gyangze. \"Now the machines finish "
          "my fields in one afternoon.\""),
        P("Xigaze is known as the \"granary of Xizang\". The city planted about 1.2 million mu (80,000 hectares) of highland barley this year, "
          "most of it with new varieties developed by the regional academy of agricultural and animal husbandry sciences. Average yields in "
          "demonstration fields are shown below."),
        TB([["Variety", "Yield (kg per mu)", "Change from last year"],
            ["Zangqing 2000", "412", "+3.5%"],
            ["Ximala 22", "398", "+2.8%"],
            ["Local landrace", "305", "+0.6%"]]),
        P("Officials said the region will expand processing of highland barley into products such as noodles, biscuits and liquor to raise "
          "farmers' incomes, and will continue to train local technicians in modern cultivation methods."),
    ],
    tail=[
        related("Related News", ["Xizang's grain output hits record high", "Lhasa highland barley festival opens", "Tibetan farmers embrace smart agriculture"]),
        "</div>\n<div class='right'>", qr("Scan to follow China Tibet Online"), "</div>\n",
        '<div class="clear"></div></div>\n',
        footer(["Copyright © China Tibet Online. All Rights Reserved.", "中国西藏网 版权所有　京ICP备11019278号-2"]),
    ],
)
