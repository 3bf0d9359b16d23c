from kit import *

T = "织金：洞里洞外都是“景”"
PAGE = Page(
    id="xi-35", kind="epaper", site="毕节日报", title=T,
    authors=["吴婷", "张雨"], publish_time="2025年07月24日",
    features="市 e-paper in an older layout: date and 版次 in one line (2025年07月24日 第03版 综合), 主题 with a 副题 only, "
             "□ 本报记者 … 实习生 … byline with spaced names, photo credit (本报记者 … 摄), 图片新闻 in the 本版标题 list.",
    css=CSS_EPAPER + ".mast{background:#2f6b2f}.byl{text-align:left}",
    html_title="毕节日报数字报",
    head=[
        '<div class="mast"><span class="name">毕节日报</span> <a href="#">毕节融媒</a><a href="#">往期</a></div>\n',
        '<div class="datebar">2025年07月24日　第03版　综合　<a href="#">上一期</a> <a href="#">下一期</a></div>\n',
        '<div class="cols">\n',
        epaper_left(["01版　要闻", "02版　要闻", "03版　综合", "04版　专题"],
                    ["织金：洞里洞外都是“景”", "大方：天麻产业链条延伸", "图片新闻"], "03版　综合"),
        '<div class="rcol">\n',
        f'<h1>{T}</h1>\n<h2 class="fu">——织金洞景区暑期游客量创新高</h2>\n',
        '<p class="byl">□ 本报记者 吴　婷 实习生 张　雨</p>\n',
    ],
    indent="　　",
    body=[
        P("7月的织金，凉风习习。在织金洞景区入口，前来避暑的游客排起长队，不少人拿着手机拍摄洞口的奇石。"
          "进入溶洞，钟乳石、石笋、石柱千姿百态，在灯光映衬下如梦如幻。"),
        IMG("织金洞", "游客在织金洞景区游览。本报记者 吴婷 摄"),
        P("织金洞被誉为“岩溶瑰宝”，洞内常年温度在16℃左右，是夏季避暑的好去处。今年暑期以来，景区日均接待游客超过8000人次，最高峰时达到1.2万人次，创历史新高。"),
        P("“以前游客看完洞就走，现在洞外也有的玩了。”景区工作人员介绍，近年来织金县围绕织金洞打造了星空露营地、峡谷漂流、古城夜市等项目，"
          "推出“白天游洞、夜晚逛城”的旅游线路，游客停留时间明显延长。"),
        P("游客的增多也带火了周边的农家乐和民宿。在离景区不远的官寨乡，村民王大哥经营的农家乐每天要接待十多桌客人，"
          "“竹荪炖鸡、织金荞饭最受欢迎，一个暑假能挣七八万元”。"),
        P("织金县文体广电旅游局负责人表示，将继续完善景区交通、停车、餐饮等配套服务，丰富夜间文旅消费产品，推动织金旅游从“过境游”向“目的地游”转变。"),
    ],
    tail=[
        '<div class="pn"><a href="#">上一篇</a>　<a href="#">下一篇</a></div>\n',
        "</div></div>\n",
        '<div class="footer">毕节日报社主办　版权所有　黔ICP备07000835号</div>\n',
    ],
)
