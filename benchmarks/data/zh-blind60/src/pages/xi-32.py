from kit import *

Y, T1, T2 = "奋力推进“四新”主攻“四化”", "毕节试验区：", "石漠化山坡种出“致富林”"
PAGE = Page(
    id="xi-32", kind="epaper", site="贵州日报电子版", title=T1 + T2,
    authors=["吴采丽", "邓刚"], publish_time="2025年06月17日",
    features="provincial e-paper: date picker line (贵州日报 2025年06月17日 第 05 版), 引题 above a 主题 printed on two lines "
             "(joined with no space), no byline line — the byline is in the 本报讯（记者 … 通讯员 …） dateline inside the first "
             "paragraph (stays), a data table, 版面导航 and 本版标题.",
    css=CSS_EPAPER + ".mast{background:#a3171f}",
    html_title="贵州日报-数字报刊平台",
    head=[
        '<div class="mast"><span class="name">贵州日报</span> 数字报刊 <a href="#">天眼新闻</a><a href="#">当代融媒体集团</a></div>\n',
        '<div class="datebar">贵州日报 2025年06月17日 第 05 版　<a href="#">往期查询</a>　<a href="#">版面概览</a></div>\n',
        '<div class="cols">\n',
        epaper_left(["01：要闻", "02：要闻", "03：时政", "04：综合", "05：市州", "06：经济", "07：文化", "08：专版"],
                    ["毕节试验区：石漠化山坡种出“致富林”", "六盘水：凉都夏季旅游升温", "安顺：屯堡文化焕新颜"], "05：市州",
                    head_titles="本版新闻"),
        '<div class="rcol">\n',
        f'<h3 class="yin">{Y}</h3>\n<h1>{T1}<br>{T2}</h1>\n',
    ],
    indent="　　",
    body=[
        P("本报讯（记者 吴采丽 通讯员 邓刚）6月中旬，在毕节市七星关区撒拉溪镇，记者看到，曾经石头裸露的山坡上，一片片刺梨、核桃和金银花长势喜人。"
          "当地干部说，这片山坡十年前还是“种一坡、收一箩”的石旮旯地。"),
        P("毕节曾是全国石漠化最严重的地区之一。建设试验区以来，毕节坚持生态建设与产业发展相结合，推广“山顶戴帽子、山腰系带子、山脚穿靴子”的综合治理模式，"
          "在石漠化山区发展经济林。"),
        P("近年来毕节石漠化治理主要成效如下："),
        TB([["指标", "2015年", "2024年"],
            ["森林覆盖率", "48.9%", "62.1%"],
            ["石漠化面积（万亩）", "1130", "648"],
            ["经济林面积（万亩）", "310", "720"]]),
        P("撒拉溪镇冲锋村村民陈大姐在自家山地上种了12亩刺梨，去年卖鲜果收入两万多元。“以前这地里只能种点苞谷，现在果子有企业上门收，还不愁销路。”"),
        P("毕节市林业局负责人介绍，下一步将继续实施石漠化综合治理和国土绿化行动，完善经济林加工销售体系，让绿水青山持续转化为金山银山。"),
    ],
    tail=[
        '<div class="pn"><a href="#">&lt;&lt;上一篇</a>　<a href="#">下一篇&gt;&gt;</a>　<a href="#">返回版面</a></div>\n',
        "</div></div>\n",
        '<div class="footer">贵州日报当代融媒体集团　版权所有　黔ICP备11003917号-1</div>\n',
    ],
)
