from kit import *

T = "四川：今年将新改建农村公路1万公里 推进“四好农村路”提质增效"
PAGE = Page(
    id="xi-19", kind="media", site="人民网-四川频道", title=T,
    authors=["王明", "汪静雯"], publish_time="2025年06月03日15:52",
    features="central portal's provincial channel: date and source glued as 2025年06月03日15:52 | 来源：人民网－四川频道, "
             "dateline with 记者 and 实习生 in （） inside the first paragraph (stays), 分享让更多人看到, (责编：…、…) at the end, "
             "a table of targets, 相关新闻 with dates.",
    css=CSS_MEDIA + ".top{background:#b00}.channel{font-size:22px;color:#b00;font-weight:bold}.box{border:1px solid #ddd;padding:6px}",
    html_title=T + "--四川频道--人民网",
    head=[
        '<div class="top"><div class="w"><a href="#">人民网</a>&gt;&gt;<a href="#">四川频道</a> <a href="#">人民日报</a> <a href="#">人民网+</a> <a href="#">网站无障碍</a></div></div>\n',
        '<div class="w"><div class="logo">人民网 <span class="channel">四川频道</span></div>\n',
        ul(["首页", "时政", "市州", "经济", "社会", "文旅", "教育", "视频", "专题", "原创"], "nav"),
        crumbs(["人民网", "四川频道", "原创稿件"], prefix="", sep="&gt;&gt;"),
        '<div class="left">\n',
        f"<h1>{T}</h1>\n",
        '<div class="info">2025年06月03日15:52 | 来源：<a href="#">人民网－四川频道</a></div>\n',
        '<div class="share">分享到：<a href="#">人民微博</a> <a href="#">微信</a> <a href="#">QQ空间</a></div>\n',
    ],
    indent="　　",
    body=[
        P("人民网成都6月3日电 （记者王明、实习生汪静雯）6月3日，四川省政府新闻办举行新闻发布会，介绍全省“四好农村路”建设有关情况。"
          "记者从会上获悉，今年四川将新改建农村公路1万公里以上，实施农村公路危旧桥梁改造200座，进一步提升农村交通基础设施水平。"),
        P("四川省交通运输厅相关负责人介绍，截至去年底，全省农村公路总里程超过30万公里，所有乡镇和建制村实现通硬化路、通客车。"
          "但部分偏远地区仍存在路面窄、安全设施不足、养护不到位等问题。"),
        P("今年全省农村公路建设主要目标如下："),
        TB([["项目", "年度目标", "重点区域"],
            ["新改建农村公路", "1万公里", "凉山、甘孜、阿坝等地区"],
            ["危旧桥梁改造", "200座", "川东北、川南山区"],
            ["安全生命防护工程", "5000公里", "临水临崖路段"],
            ["乡村客运“金通工程”", "新增车辆800辆", "全省"]]),
        P("该负责人表示，四川将推动农村公路与产业园区、旅游景区、特色村落有效衔接，打造一批“美丽乡村路”“旅游路”“产业路”，"
          "并深化农村公路管理养护体制改革，全面推行“路长制”，确保农村公路“有人管、有钱管、管得好”。"),
        P("此外，四川还将加快推进城乡交通运输一体化，推广“客货邮”融合发展模式，让农村群众出行更方便、寄件收件更快捷。"),
    ],
    tail=[
        '<p class="editor">(责编：高红霞、罗　昱)</p>\n',
        '<div class="box">分享让更多人看到</div>\n',
        related("相关新闻", ["四川交通投资保持高位运行", "凉山州农村公路建设提速", "四川推进“客货邮”融合发展"],
                dates=["2025-05-28", "2025-05-20", "2025-05-11"]),
        "</div>\n<div class='right'>", related("推荐阅读", ["四川今年将建设高标准农田", "成都世运会倒计时", "川渝合作再深化"]), "</div>\n",
        '<div class="clear"></div></div>\n',
        footer(["人民网版权所有，未经书面授权禁止使用", "Copyright © 1997-2025 by www.people.com.cn. all rights reserved",
                "互联网新闻信息服务许可证10120170001 京ICP证000006号 京公网安备11000002000008号"]),
    ],
)
