"""The raw-text reader on the kinds of page it was not built on: government notices, speeches,
portals that print credits without spaces, self-media accounts, hard-wrapped pages full of
navigation, and text as a browser really copies it. The pages are made up for these tests; each
shows one kind of failure seen on other sites, and the assertions say what a clerk expects."""

from __future__ import annotations

import datetime as dt

from newsconv.model import Heading, Role, Table, block_texts, inline_text
from newsconv.readers import ReadOptions
from newsconv.readers.text import explain, read_text


def read(text: str):
    return read_text(text, ReadOptions(source="page.txt"))


def body(doc) -> list[str]:
    return [t for t in block_texts(doc.blocks) if t.strip()]


NOTICE = """\
网站首页 | 政务公开 | 政务服务 | 互动交流 | 走进东城
2024年1月9日 星期二 当前位置：首页 > 政务公开 > 通知公告
请输入关键词
搜索

您当前所在位置：首页>政务公开>通知公告>正文
索引号：11010X/2024-00012\t主题分类：安全生产
发布机构：东城区人民政府办公室\t成文日期：2024-01-08
关于做好2024年春节期间安全生产工作的通知
发布时间：2024-01-09 10:20来源：区政府办公室浏览次数：1203
字号：大 中 小
各街道办事处，区政府各部门：
　　春节将至，为切实做好节日期间安全生产工作，保障人民群众生命财产安全，经区政府同意，现将有关事项通知如下：
　　一、提高思想认识
　　各单位要充分认识做好春节期间安全生产工作的重要性，坚持人民至上、生命至上，把安全生产摆在突出位置，层层压实责任。
　　二、严格值班值守
　　节日期间各单位要严格执行领导带班和二十四小时值班制度，确保信息畅通，遇有突发情况及时报告、妥善处置。
　　附件：1.春节期间安全生产检查表
　　　　　2.值班安排表
东城区人民政府办公室
2024年1月8日
（此件公开发布）
【打印本页】【关闭窗口】
相关文件
东城区关于开展冬季消防安全检查的通知
主办：东城区人民政府 承办：东城区政务服务数据管理局
网站标识码：1101010001 京ICP备12345678号
"""


def test_notice_keeps_its_addressees_attachments_issuer_and_date():
    doc = read(NOTICE)
    assert doc.meta.title == "关于做好2024年春节期间安全生产工作的通知"
    assert doc.meta.section == ("首页", "政务公开", "通知公告")  # the date bar is not part of the path
    assert doc.meta.published == dt.datetime(2024, 1, 9, 10, 20)
    assert doc.meta.source == "区政府办公室"
    assert doc.meta.writers == ()
    texts = body(doc)
    assert texts[0] == "各街道办事处，区政府各部门："
    assert texts[1].startswith("春节将至")
    assert texts[-5:] == ["附件：1.春节期间安全生产检查表", "2.值班安排表", "东城区人民政府办公室", "2024年1月8日",
                          "（此件公开发布）"]
    assert not any("相关文件" in t or "ICP" in t or "打印" in t for t in texts)


def test_explain_names_the_document_parts():
    rules = {d.line.text: d.rule for d in explain(NOTICE, ReadOptions())}
    assert rules["各街道办事处，区政府各部门："].startswith("the addressees (主送)")
    assert rules["东城区人民政府办公室"].startswith("the issuer (署名)")
    assert rules["2024年1月8日"].startswith("the date it was written (成文日期)")


def test_speech_keeps_its_speaker_line_and_salutation():
    doc = read("首页 > 领导讲话\n在全市经济工作会议上的讲话\n市长　张明\n（2024年1月5日）\n同志们：\n"
               "　　这次会议的主要任务是，全面贯彻中央经济工作会议精神，总结去年经济工作，部署今年重点任务。\n"
               "　　过去一年，全市上下攻坚克难，经济总量迈上新台阶，地区生产总值同比增长，居民收入稳步提高。\n"
               "【打印本页】【关闭窗口】\n")
    assert doc.meta.title == "在全市经济工作会议上的讲话"
    assert doc.meta.section == ("首页", "领导讲话")
    assert body(doc)[:3] == ["市长　张明", "同志们：", "这次会议的主要任务是，全面贯彻中央经济工作会议精神，总结去年经济工作，部署今年重点任务。"]
    assert doc.meta.writers == ("张明",)  # the speech is its speaker's


def test_salutation_stays_and_a_closing_author_line_names_only_the_person():
    doc = read("首页 > 新闻发布\n外交部发言人答记者问\n女士们、先生们：\n"
               "　　欢迎出席今天的记者会。首先，我发布一条消息：应国务院邀请，某国总理将于下周对中国进行正式访问。\n"
               "　　下面，我愿回答大家的提问。访问期间，两国领导人将举行会谈，共同出席合作文件签字仪式。\n"
               "（作者：刘洋 某大学教授）\n")
    assert body(doc)[0] == "女士们、先生们："
    assert doc.meta.writers == ("刘洋",)


PORTAL = """\
首页 新闻 财经 体育 娱乐 汽车 房产
请输入搜索内容
登录 注册
新闻中心 > 国内新闻 > 正文
老旧小区改造提速 今年将惠及三万户居民
2024-01-09 10:20来源：东方网作者：赵峰
分享到：微信 微博 QQ空间
　　记者从市住房和城乡建设委员会获悉，今年本市将继续推进老旧小区综合改造，计划完成改造项目一百二十个，惠及居民约三万户。
　　据介绍，今年的改造将更加注重居民需求，重点解决加装电梯、管线更新、停车难等问题，并同步推进社区养老设施建设。
　　有关负责人表示，改造过程中将充分听取居民意见，做到一楼一策。昨天，各区有关负责人参加会议。记者  李 明返回东方网首页>>
责任编辑：王敏
相关新闻
本市发布老旧小区改造技术导则
"""


def test_credits_run_together_and_a_byline_glued_to_the_last_paragraph():
    doc = read(PORTAL)
    assert doc.meta.title == "老旧小区改造提速 今年将惠及三万户居民"
    assert doc.meta.source == "东方网"
    people = {(p.name, p.role) for p in doc.meta.authors}
    # the writer in the date/source line, the reporter glued to the end (spaced out to three
    # characters' width), the editor never a writer
    assert ("赵峰", Role.AUTHOR) in people and ("李明", Role.REPORTER) in people and ("王敏", Role.EDITOR) in people
    assert set(doc.meta.writers) == {"赵峰", "李明"}
    assert body(doc)[-1].endswith("各区有关负责人参加会议。")


def test_self_media_account_is_the_author_when_no_person_is_named():
    doc = read("百度首页\n登录\n百家号\n小城故事汇\n2024-01-09 10:20 · 小城故事汇官方账号\n关注\n"
               "一家三代守护古桥六十年：这座石桥见证了小镇的变迁\n"
               "在江南水乡的一个小镇上，有一座建于清代的石桥。六十年来，陈家三代人义务守护着这座古桥，每天清扫桥面。\n"
               "老陈今年七十五岁，他说父亲那一辈就开始照看这座桥。小时候他跟着父亲上桥扫地，后来自己接过了扫帚。\n"
               "举报/反馈\n发表评论\n")
    assert doc.meta.title == "一家三代守护古桥六十年：这座石桥见证了小镇的变迁"
    assert doc.meta.writers == ("小城故事汇",)


def test_account_named_in_the_body_when_no_person_is_named():
    doc = read("新闻\n为什么城市需要更多口袋公园\n2024-02-01 12:00\n"
               "本文来自微信公众号“城市观察笔记”（ID：cityobs），作者不详，经授权转载。城市公园正在变小变多。\n"
               "口袋公园占地不大，却能让居民出门五分钟就有绿地可去，这是近年来许多城市更新项目的共同选择。\n")
    assert doc.meta.writers == ("城市观察笔记",)


SELF_MEDIA = """\
首页
应用
新闻
某某号 > 正文
国产大飞机再获新订单 年内交付有望提速
2024-01-09 10:20:33　来源: 航空观察者
举报
0
分享至
　　日前，国产大型客机再获航空公司订单，业内人士认为，随着产能逐步提升，年内交付节奏有望加快。
　　据了解，此次订单包括数十架飞机，将在未来五年内陆续交付。多家航空公司表示，将根据市场需求调整机队结构。
特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台用户上传并发布，本平台仅提供信息存储服务。
Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of a social media platform, which only provides information storage services.
相关推荐
"""


def test_on_a_self_media_page_the_account_in_the_source_line_is_the_author():
    """No person named, the page's disclaimer says 自媒体: the account is what the credit line
    gives as the source, and the platform's disclaimer is no part of the article."""
    doc = read(SELF_MEDIA)
    assert doc.meta.title == "国产大飞机再获新订单 年内交付有望提速"
    assert doc.meta.writers == ("航空观察者",)
    assert body(doc)[-1].startswith("据了解")
    assert not any("声明" in t or "Notice" in t for t in body(doc))
    # a portal's page (no platform, no 自媒体) keeps its source out of the writers
    portal = read(SELF_MEDIA.replace("某某号 > 正文", "新闻中心 > 正文").replace("为自媒体平台用户", "为本网用户"))
    assert portal.meta.source == "航空观察者" and portal.meta.writers == ()
    # the platform named where the breadcrumb starts says as much as the disclaimer
    named = read(SELF_MEDIA.replace("某某号 > 正文", "网易号 > 正文").replace("为自媒体平台用户", "为本网用户"))
    assert named.meta.writers == ("航空观察者",)


SHORT_REPORT = """\\
某某网 >> 时政
两市签署对口合作框架协议
2024年01月09日07:06 | 来源：某某网－某某日报
小字号
点击播报本文，约
　　本报讯（记者张三、李四）两市昨天在市政府签署对口合作框架协议，双方将在产业、教育、医疗等领域开展合作。
　　双方回顾了两市合作发展历程，一致同意推动合作关系迈上新台阶。
　　签约前，两市代表团在市规划展览馆参观了城市发展成就展览。
　　《 某某日报 》（ 2024年01月09日 01 版）
(责编：王五、赵六)
分享让更多人看到
推荐阅读
"""


def test_indented_paragraphs_of_a_short_page_are_not_taken_for_wrapped_lines():
    """A few lines of a short page that happen to be as long as each other, and end their
    sentences, were not hard-wrapped at that length: each indented paragraph stays one."""
    doc = read(SHORT_REPORT)
    assert doc.meta.title == "两市签署对口合作框架协议"
    assert len(body(doc)) == 3
    assert body(doc)[1] == "双方回顾了两市合作发展历程，一致同意推动合作关系迈上新台阶。"


def test_names_printed_before_what_they_are():
    """``原创 张小明 某某新闻记者``: the reporter's name first, then the outlet and role."""
    doc = read("某某新闻\n要闻 深度 视频\n登录\n"
               "城市更新新观察｜老厂房变身文创园，如何留住城市记忆\n原创 张小明 某某新闻记者\n"
               "2024-01-09 10:20 来源：某某新闻\n字号\n"
               "　　城市东部的一片老厂房，如今成了年轻人打卡的文创园。记者近日走访发现，园区保留了原有的红砖墙。\n"
               "　　“我们希望保留工业遗存的历史感。”园区负责人说，改造过程中，原有的厂房结构基本没有拆除。\n"
               "责任编辑：李大为\n")
    assert doc.meta.title == "城市更新新观察｜老厂房变身文创园，如何留住城市记忆"
    assert doc.meta.writers == ("张小明",)
    assert {(p.name, p.role) for p in doc.meta.authors} == {("张小明", Role.REPORTER), ("李大为", Role.EDITOR)}


def test_a_headline_is_never_a_breadcrumb_a_date_bar_or_an_account_line():
    doc = read("您当前所在位置：首页>政务公开>政策解读>区级政策解读>本区出台促进消费十条措施解读\n"
               "2024年3月1日 星期五 当前位置：首页 > 政策解读\n"
               "联系邮箱：zwgk@example.gov.cn 主办单位：某区人民政府\n"
               "本区出台促进消费十条措施解读\n"
               "发布日期：2024-03-01 来源：区商务局\n"
               "　　近日，区政府印发促进消费十条措施，从培育消费新场景、发放消费券、支持汽车家电以旧换新等方面提出具体举措。\n"
               "　　措施明确，全年将安排专项资金两千万元，重点支持商圈改造提升和夜间经济发展，激发消费活力。\n")
    assert doc.meta.title == "本区出台促进消费十条措施解读"
    assert doc.meta.section[:3] == ("首页", "政务公开", "政策解读")


def test_browser_copy_furniture_is_dropped():
    page = ("qq_logo\nlogo.png\nSearch…\n请输入关键词\nSubmitSubmit\n\ue602 \ue603\n"
            "北方多地迎来降雪 交通部门启动应急响应\n2024-01-20 08:00 来源：新华网\n\n\n\n"
            "   受冷空气影响，北方多地今天迎来明显降雪，部分地区积雪深度超过十厘米。\ue621 交通部门启动应急响应，加强道路除雪保畅。  \n\n\n"
            "气象部门提醒，降雪期间公众应尽量减少外出，驾车出行注意减速慢行，注意防寒保暖。\n")
    decisions = {d.line.text: d for d in explain(page, ReadOptions())}
    assert decisions["qq_logo"].kind.value == "chrome" and decisions["logo.png"].kind.value == "chrome"
    assert decisions["Search…"].rule == "a search box or input placeholder"
    assert "printed twice" in decisions["SubmitSubmit"].rule
    doc = read(page)
    assert doc.meta.title == "北方多地迎来降雪 交通部门启动应急响应"
    texts = body(doc)
    assert texts[0] == "受冷空气影响，北方多地今天迎来明显降雪，部分地区积雪深度超过十厘米。 交通部门启动应急响应，加强道路除雪保畅。"
    assert not any("\ue000" <= c <= "\uf8ff" for t in texts for c in t)  # icon glyphs print as empty boxes


def _wrapped(paragraphs: list[str], width: int = 40) -> str:
    lines: list[str] = []
    for paragraph in paragraphs:
        lines += [paragraph[k : k + width] for k in range(0, len(paragraph), width)]
    return "\n".join(lines)


PARAGRAPHS = [
    "今年以来，我市坚持把稳就业摆在更加突出的位置，出台一系列政策措施，帮助企业稳定岗位，支持重点群体就业创业，全市城镇新增就业人数稳步增长。",
    "在高校毕业生就业方面，市人社部门联合各高校举办线上线下招聘会八十余场，提供岗位三万多个，并为困难毕业生发放求职创业补贴。",
    "下一步，我市将继续加大援企稳岗力度，推进职业技能培训，拓宽就业渠道，确保全年就业目标任务顺利完成。",
]


def test_hard_wrapped_page_with_much_navigation_is_rejoined():
    nav = "\n".join(f"栏目{n}" for n in range(60)) + "\n" + "\n".join(f"相关链接标题第{n}条" for n in range(40))
    page = f"{nav}\n多措并举稳就业 全市就业形势总体稳定\n2024-05-06 10:00 来源：市人社局\n{_wrapped(PARAGRAPHS)}\n责任编辑：张三\n{nav}\n"
    doc = read(page)
    assert doc.meta.title == "多措并举稳就业 全市就业形势总体稳定"
    assert body(doc) == PARAGRAPHS


def test_english_headline_over_a_deck_and_agency_credits():
    doc = read("Home\nWorld\nEmail This Story Print This Story\nRiver city opens its first floating library\n"
               "The library, moored beside the old ferry pier, will lend books to residents and visitors alike.\n"
               "By Reuters\nNov. 20, 2019\nThe floating library at the pier.Jane Roe / Reuters file\n"
               "HARBOUR CITY — The city opened its first floating library on Tuesday, a converted barge with room "
               "for twelve thousand books, moored beside the old ferry pier.\n"
               "Officials said the library would stay open every day of the week and host reading hours for "
               "children on weekend mornings.\n")
    assert doc.meta.title == "River city opens its first floating library"
    assert doc.meta.source == "Reuters" and doc.meta.writers == ()
    assert body(doc)[0].startswith("HARBOUR CITY")


def test_photo_captions_are_neither_headings_nor_paragraphs():
    doc = read("首页 > 社会\n南湖公园改造完成重新开放\n2024-04-02 09:00 来源：某某日报\n"
               "　　经过半年改造，南湖公园今天重新向市民开放，园内新增健身步道三公里、休息座椅两百余个。\n"
               "图为市民在南湖公园晨练\n（记者 张三 摄）\n"
               "　　公园管理处负责人介绍，改造充分吸收了周边居民的意见，保留了原有的大树和湖岸景观。\n"
               "市民在新建的步道上散步。 李四 摄\n"
               "　　据了解，今年全市还将完成十座公园的改造提升，让市民推窗见绿、出门进园。\n")
    texts = body(doc)
    assert len(texts) == 3 and all(t.endswith("。") for t in texts)
    assert not any(isinstance(b, Heading) for b in doc.blocks)


ARTICLE_EN = ("PORT ELLIS — Ferry services across the bay will run every twenty minutes from next month, the "
              "harbour authority said on Monday, after a year of complaints about crowded boats.\n\n"
              "The authority said two new boats would join the fleet in the spring and that fares would not rise "
              "before the end of the year.\n")


def test_a_deck_under_a_short_headline_is_not_the_headline():
    # the deck is longer, names the body better and stands closer to the byline
    doc = read("Subscribe\nNewspaper FAQs\nContact the newsroom\n"
               "Ferries to run every 20 minutes\n"
               "Harbour authority answers a year of complaints about crowded boats across the bay\n"
               "By Ann Lee\nMonday, March 4, 2024\n\n" + ARTICLE_EN)
    assert doc.meta.title == "Ferries to run every 20 minutes"
    rules = {d.line.text: d.rule for d in explain("Home\nFerries to run every 20 minutes\n"
                                                   "Harbour authority answers a year of complaints about crowded "
                                                   "boats across the bay\nBy Ann Lee\n\n" + ARTICLE_EN, ReadOptions())}
    assert rules["Ferries to run every 20 minutes"].startswith("headline:")


def test_a_headline_that_names_its_body_in_one_word_keeps_its_deck_below_it():
    # the headline's words are not the body's, but for one; the deck under it names the body better
    doc = read("Subscribe\nNewspaper FAQs\nContact the newsroom\nCaptain shrugs off media blitz\n"
               "Hasselbeck answers the guarantee question before the boats are even asked about it\n"
               "By Ann Lee\nMonday, March 4, 2024\n\n" + ARTICLE_EN.replace("The authority", "The captain"))
    assert doc.meta.title == "Captain shrugs off media blitz"


def test_a_site_name_or_section_over_the_headline_is_not_the_headline():
    headline = "Ferries to run every 20 minutes across the bay"
    for page in (
        # a site's name over tool links, the byline under the headline
        "Bay Gazette online edition\nPrinter Friendly Page\nSend this Article to a Friend\n"
        f"{headline}\nBy Ann Lee\n\n",
        # a section label over a share button; nothing under the headline
        f"Travel and transport news\nShare this article\n{headline}\n\n",
        # the site's name and a row of navigation, then the headline and a staff credit
        f"Bay Gazette online edition\n\nHome | News | Sport | Weather\n\n{headline}\n\nSpecial Correspondent\n\n",
    ):
        doc = read(page + ARTICLE_EN)
        assert doc.meta.title == headline
        assert body(doc)[0].startswith("PORT ELLIS")


def test_a_section_label_over_the_date_loses_to_the_headline_between_the_date_and_the_body():
    headline = "Ferry crews add two boats to the bay service"
    doc = read(f"Home\nLocal Sports Wire\nJan 18, 2024 10:15 am\nE-mail | Print\n{headline}\n\n" + ARTICLE_EN)
    assert doc.meta.title == headline
    assert doc.meta.published == dt.datetime(2024, 1, 18, 10, 15)
    rules = {d.line.text: d.rule for d in explain(f"Local Sports Wire\nJan 18, 2024\n{headline}\n\n" + ARTICLE_EN,
                                                  ReadOptions())}
    assert "its credits above it and the body right under it" in rules[headline]


def test_a_headline_ending_in_staff_is_not_an_agency_credit():
    headline = "Bay Rovers add two to coaching staff"
    doc = read(f"News\n{headline}\nBy Ann Lee - Associated Press Writer --\nMarch 4, 2024\n\n" + ARTICLE_EN)
    assert doc.meta.title == headline
    assert doc.meta.writers == ("Ann Lee",)
    assert read("Telegraph staff\n\n" + ARTICLE_EN).meta.source == "Telegraph staff"


def test_a_name_above_the_headline_is_no_byline_for_a_date_below_it():
    doc = read("Search Gazette News\n\nWatch Gazette Live\n\nFerries to run every 20 minutes across the bay\n"
               "By Ann Lee, Tom Roe\n\nMarch 4, 2024 / 1:07 AM / Gazette\n\n" + ARTICLE_EN)
    assert doc.meta.title == "Ferries to run every 20 minutes across the bay"
    assert doc.meta.writers == ("Ann Lee", "Tom Roe")


def test_the_body_ends_where_a_comments_section_begins():
    comments = ("Sam K\nThe ferries were never on time last winter and nobody was ever told why, which is the "
                "real scandal in this town if you ask any of us who use them.\n\n"
                "Jo from the harbour side\nTwenty minutes would be lovely, but I will believe it when I see it "
                "on the timetable and the boats actually turn up at the pier.\n")
    for head in ("Reader comments (2)", "2 Comments Leave a comment", "Comments are now closed for this story",
                 "Read/Post Comments", "There are 2 comments."):
        doc = read(f"Home\nFerries to run every 20 minutes across the bay\nBy Ann Lee\n\n{ARTICLE_EN}\n{head}\n"
                   + comments)
        assert body(doc)[-1].startswith("The authority said"), head
    rules = {d.line.text: d.rule for d in explain(f"Ferries to run every 20 minutes\nBy Ann Lee\n\n{ARTICLE_EN}\n"
                                                  f"Reader comments (2)\n{comments}", ReadOptions())}
    assert rules["Reader comments (2)"] == "footer begins: the head of a comments section"
    # a sentence about comments, and a share button, are not the head of a comments section
    doc = read(f"Ferries to run every 20 minutes\nBy Ann Lee\n\nShare\nComment\n\n{ARTICLE_EN}\nComments by the "
               "minister were welcomed by residents, who said the timetable had been a long time coming.\n")
    assert body(doc)[0].startswith("PORT ELLIS") and body(doc)[-1].startswith("Comments by the minister")


def test_a_date_in_a_caption_under_the_byline_is_not_the_date_published():
    doc = read("News\nNov. 20, 2019 5:52 AM EST\nFerries to run every 20 minutes across the bay\nBy ANN LEE\n"
               "Associated Press\nFILE - In this Monday, Oct. 28, 2019, file photo, a ferry leaves the old pier in Port "
               "Ellis. The harbour authority says two more boats will join the fleet. (AP Photo/Tom Roe, File)\n"
               "Tom Roe, ASSOCIATED PRESS\n" + ARTICLE_EN)
    assert doc.meta.published == dt.datetime(2019, 11, 20, 5, 52)


def test_share_buttons_copied_without_spaces_are_furniture_not_the_headline():
    share = "Share on Facebook0Tweet about this on TwitterPin on Pinterest0Email this to someone"
    doc = read(f"Home\n{share}\nFerries to run every 20 minutes across the bay\n\n" + ARTICLE_EN + f"\n{share}\n")
    assert doc.meta.title == "Ferries to run every 20 minutes across the bay"
    rules = {d.line.text: d.rule for d in explain(f"{share}\n\n" + ARTICLE_EN, ReadOptions())}
    assert rules[share] == "a row of tool and button words (chrome.words)"
    assert not any("Facebook" in t for t in body(doc))


def test_a_tags_line_after_the_article_ends_it():
    teaser = ("Bridge repairs will close the harbour road for a week in May while crews replace the old "
              "deck and paint the towers, the council said.\n")
    for line in ("TAGS: Harbour    Ferries", "Related topics:  Transport   Port Ellis", "Tagged with ferries, harbour"):
        doc = read(f"Ferries to run every 20 minutes across the bay\nBy Ann Lee\n\n{ARTICLE_EN}\n{line}\n{teaser}")
        assert body(doc)[-1].startswith("The authority said"), line


def test_a_headline_may_start_with_more():
    doc = read("Home\nNews\n\nMore ferries for the crowded bay\n\nBy Ann Lee\n\n" + ARTICLE_EN + "\nMore from News\n"
               "Bridge closed for repairs\n")
    assert doc.meta.title == "More ferries for the crowded bay"
    assert body(doc)[-1].startswith("The authority said")


def test_a_notice_pasted_with_ascii_punctuation_keeps_every_part():
    # as a clerk pastes it from a word processor: ASCII commas and colons, a short closing
    # sentence with Latin words in it, the note in ASCII parentheses
    page = ("关于做好2024年防汛工作的通知\n\n各街道办事处,区政府各部门:\n\n"
            "为切实做好今年防汛工作,确保人民群众生命财产安全,经区政府同意,现将有关事项通知如下.\n\n"
            "全区投入资金1,000万元,比上年增长3.5%.详见https://www.example.gov.cn/fx/2024.html.\n\n"
            "指标体系参照GDP, CPI等口径.\n\n特此通知。\n\n(此件公开发布)\n")
    doc = read(page)
    assert doc.meta.title == "关于做好2024年防汛工作的通知"
    texts = body(doc)
    assert texts[0] == "各街道办事处,区政府各部门:"
    assert texts[-3:] == ["指标体系参照GDP, CPI等口径.", "特此通知。", "(此件公开发布)"]
    assert doc.meta.published is None  # the note is not a date line
    parts = {d.line.text: d.part for d in explain(page, ReadOptions())}
    assert parts["各街道办事处,区政府各部门:"] == "addressees" and parts["(此件公开发布)"] == "note"


def test_a_short_last_sentence_stays_in_the_body_but_footer_lines_do_not():
    doc = read("首页 > 新闻\n全市新增三座口袋公园\n2024-03-02 来源：市园林局\n"
               "　　近日，全市又有三座口袋公园建成开放，市民出门五分钟就能走进绿地，周边居民纷纷前来散步健身。\n"
               "　　园林部门表示，今年还将新建口袋公园二十座。\n　　敬请期待。\n"
               "责任编辑：王敏\n相关新闻\n本市发布公园城市建设规划\n")
    assert body(doc)[-1] == "敬请期待。"
    assert not any("相关新闻" in t or "王敏" in t for t in body(doc))


def test_links_to_the_previous_and_next_posts_are_neither_body_nor_headline():
    links = "Previous: Harbour road to close for a week in May | Next: Council votes on the new pier"
    page = (f"Bay Gazette blogs\nFerries to run every 20 minutes across the bay\nBy Ann Lee |  March 4, 2024; "
            f"4:38 PM\n\n{ARTICLE_EN}\n{links}\n\nComments\n")
    doc = read(page)
    assert doc.meta.title == "Ferries to run every 20 minutes across the bay"
    assert body(doc)[-1].startswith("The authority said")
    rules = {d.line.text: d.rule for d in explain(page, ReadOptions())}
    assert rules[links] == "a link to the previous or next post (Previous: …, Next: …)"
    rules = {d.line.text: d.rule for d in explain("« Older entry: Bridge closed for repairs\n\n" + ARTICLE_EN,
                                                  ReadOptions())}
    assert rules["« Older entry: Bridge closed for repairs"].startswith("a link to the previous or next post")


ROWING = ("Two-time winner Ann Lee and the reigning champions from Port Ellis reached the final of the bay cup on "
          "Tuesday, beating the harbour crews by a length in a strong wind.\n\n"
          "The third-seeded Lee crew held off a late challenge from the north shore boats, whose coach said the "
          "wind had turned in the last minute of the race.\n\n"
          "The final will be rowed on Saturday morning, weather permitting, the organisers said.\n")


def test_a_row_of_links_copied_with_wide_spaces_is_not_the_headline():
    # the row stands right over the date; the headline between the share buttons and the body
    headline = "Lee, Port Ellis crews reach bay cup final"
    for row in ("Rowing  RSS  Mobile", "News  Local  Today's local news  Article"):
        page = (f"Sports > Bay News > Rowing\n{row}\nPosted on Mon, Mar. 04, 2024\nprint email\n"
                f"Digg it del.icio.us AIM\n{headline}\nBy Sports Network\nThe Sports Network\n" + ROWING)
        doc = read(page)
        assert doc.meta.title == headline, row
        assert body(doc)[0].startswith("Two-time winner")
    # --explain names the wide spaces where they count against the line chosen
    rules = {d.line.text: d.rule for d in explain(f"Ferry crews win the bay cup  Video\nBy Ann Lee\n\n{ARTICLE_EN}",
                                                  ReadOptions())}
    assert "items side by side (wide spaces between) -2.0" in rules["Ferry crews win the bay cup  Video"]


def test_an_item_of_a_list_of_other_stories_over_the_credits_is_not_the_headline():
    # a box of other stories stands between the headline and the article's credits
    headline = "Port Ellis gearing up for its bay cup weekend"
    stories = ("Injured ferry worker gets settlement\nNew leader chosen for the harbour board\n"
               "Senator heads for the north shore\nJudge allows demolition of the old harbour warehouse\n"
               "Defendants in smoke shop case ask judge to dismiss charges\nGas prices fall a few cents in the bay\n")
    page = (f"Email\tPrint\tText Size\n{headline}\n\nLocal Top Stories\tmore»\n{stories}\n"
            "Associated Press - March 4, 2024 4:44 AM ET\n\n"
            "PORT ELLIS (AP) - Port Ellis is gearing up for its bay cup weekend, with rowing crews from the whole "
            "coast due on Saturday and the harbour closed to ferries for the races.\n\n" + ROWING)
    doc = read(page)
    assert doc.meta.title == headline
    assert body(doc)[0].startswith("PORT ELLIS (AP)")
    rules = {d.line.text: d.rule for d in explain(page, ReadOptions())}
    assert rules["Gas prices fall a few cents in the bay"] == "between the title and the body"


def test_readers_comments_stamped_alike_end_the_article():
    # no "Comments" heading: only the stamps over the comments, each printed as the others are (and as
    # the post's own byline), tell the comments apart
    comments = "".join(
        f"Posted by: {name} | March {day}, 2024 0{day}:1{day} PM\n\n{text}\n\n"
        for day, (name, text) in enumerate((
            ("Sam K", "The ferries were never on time last winter and nobody was ever told why, which is the real "
                      "scandal in this town if you ask any of us who use them every single day."),
            ("jo_harbour", "Twenty minutes would be lovely, but I will believe it when I see it on the timetable and "
                           "the boats actually turn up at the pier on a wet Monday morning in February."),
            ("Pat", "Two new boats is a start, but the council should have ordered four of them three years ago when "
                    "the first complaints came in and the crowds were already spilling onto the quay."),
            ("Lee R", "I have rowed across faster than the old ferry on a calm day, and I am sixty-eight years old, "
                      "so anything the authority does now can only be an improvement for all of us."),
        ), start=4))
    page = (f"Bay Gazette blogs\nFerries to run every 20 minutes across the bay\nPosted by: Ann Lee | March 4, 2024"
            f" 09:00 AM\n\n{ARTICLE_EN}\n{ROWING}\n{comments}")
    doc = read(page)
    assert doc.meta.title == "Ferries to run every 20 minutes across the bay"
    assert body(doc)[-1].startswith("The final will be rowed")
    assert doc.meta.writers == ("Ann Lee",)  # the commenters are not
    rules = {d.line.text: d.rule for d in explain(page, ReadOptions())}
    assert rules["Posted by: Sam K | March 4, 2024 04:14 PM"] == (
        "footer begins: a reader's comment, stamped as two others are (Posted by …)")
    assert rules["Posted by: Pat | March 6, 2024 06:16 PM"] == "a reader's comment, stamped as two others are (Posted by …)"
    assert rules["Posted by: Ann Lee | March 4, 2024 09:00 AM"].startswith("credit line")


DISCLOSURE = """\
某某市人民政府 无障碍 长者模式 繁體版
信息公开
首页 政务动态 政府信息公开 政务服务 政民互动 数据开放
您当前所在位置：首页 > 政府信息公开 > 政府文件
索 引 号：\t11330X/2024-00871\t主题分类：\t综合政务
发文机关：\t某某市人民政府办公室\t成文日期：\t2024-06-03
标　　题：\t某某市人民政府办公室关于做好2024年高温天气防范工作的通知
发文字号：\t某政办发〔2024〕21号\t发布日期：\t2024-06-05
某某市人民政府办公室关于做好2024年高温天气防范工作的通知
某政办发〔2024〕21号

各县（市、区）人民政府，市政府各部门：

为切实做好今年高温天气防范应对工作，保障人民群众身体健康和生产生活安全，经市政府同意，现就有关事项通知如下：

　　一、加强监测预警

　　气象部门要加强高温天气监测预报，及时发布预警信息，通过广播、电视、短信和政务新媒体等渠道向社会公众传播。

　　二、落实防暑措施

　　各用人单位要合理调整作息时间，高温时段减少户外作业，为职工提供防暑降温用品，确保劳动者身体健康。

某某市人民政府办公室

2024年6月3日

【打印本页】【关闭窗口】
网站地图 | 联系我们
"""


def test_a_record_table_field_is_not_the_headline_and_the_document_keeps_its_head():
    """An information disclosure page prints the title twice: as the value of the record table's
    标题 field and as the document's own heading; the field is not the headline, and the
    document number and addressees between the heading and the text do not take its credits."""
    doc = read(DISCLOSURE)
    assert doc.meta.title == "某某市人民政府办公室关于做好2024年高温天气防范工作的通知"
    text = body(doc)
    assert text[0] == "某政办发〔2024〕21号"
    assert "各县（市、区）人民政府，市政府各部门：" in text
    assert not any(t.startswith(("索", "发文机关", "标")) for t in text)


def test_a_breadcrumb_of_slashes_is_not_joined_to_the_headline():
    doc = read("某某区人民政府 无障碍 长者模式\n首页 / 政务公开 / 政策文件 / 部门文件\n"
               "关于印发《某某区老旧小区改造资金管理办法》的通知\n"
               "某房规〔2023〕2号　　发布日期：2023-04-11　　来源：区房管局\n"
               "各街道办事处，区有关部门：\n\n"
               "　　现将《某某区老旧小区改造资金管理办法》印发给你们，请认真遵照执行。\n\n"
               "　　第一条 为规范老旧小区改造资金管理，提高资金使用效益，根据有关规定，结合本区实际，制定本办法。\n")
    assert doc.meta.title == "关于印发《某某区老旧小区改造资金管理办法》的通知"
    assert doc.meta.section == ("首页", "政务公开", "政策文件", "部门文件")



def test_a_dashed_subtitle_under_the_headline_is_not_part_of_it():
    doc = read("首页 > 新闻\n市农业农村局开展春耕备耕专项督导\n——全市农资储备充足供应有序\n"
               "发布日期：2025/03/12 信息来源：市农业农村局\n"
               "　　为切实抓好春耕备耕工作，3月以来，市农业农村局组成五个督导组，深入各县区开展春耕备耕专项督导，"
               "重点检查种子、化肥、农药等农资储备和供应情况。\n")
    assert doc.meta.title == "市农业农村局开展春耕备耕专项督导"


CHANNEL_PORTAL = """\
某浪首页新闻体育财经娱乐科技博客图片专栏更多登录 注册
某浪湖南
大家正在搜：长沙地铁7号线
老旧小区加装电梯 这个社区一年装了30台
2023年11月20日 08:15 某某晨报 某浪财经APP 缩小字体 放大字体 收藏 微博 微信 分享 62
　　原标题：一年装30台！某某社区探索加装电梯“全流程代办”

　　“以前上下楼要歇好几回，现在一按按钮就到家门口了。”家住某某社区的老人说。今年6月，她所在的单元加装电梯正式投入使用。

　　记者从街道了解到，截至10月底，该社区今年已有30台加装电梯完工运行，另有12台正在施工，数量居全区前列。

责任编辑：李华
"""


def test_a_menu_run_together_a_search_hint_and_a_date_bar_are_not_the_headline():
    doc = read(CHANNEL_PORTAL)
    assert doc.meta.title == "老旧小区加装电梯 这个社区一年装了30台"
    assert doc.meta.published == dt.datetime(2023, 11, 20, 8, 15)
    rules = {d.line.text: d.rule for d in explain(CHANNEL_PORTAL, ReadOptions())}
    assert "channel names" in rules["某浪首页新闻体育财经娱乐科技博客图片专栏更多登录 注册"]
    assert rules["大家正在搜：长沙地铁7号线"] == "chrome.prefix '大家正在搜'"


def test_a_last_sentence_closed_by_its_byline_stays_in_the_body():
    doc = read("省政府召开常务会议 研究部署安全生产工作\n2024-12-02 18:30 来源：某某日报\n"
               "　　12月2日，省长主持召开省政府常务会议，研究部署岁末年初安全生产和能源保供等工作。\n\n"
               "　　会议强调，要紧盯年度目标任务，对照重点项目清单逐项盘点，加快推进项目建设，确保全年目标圆满完成。\n\n"
               "　　会议还研究了其他事项。（记者 孙小燕）\n\n【责任编辑：郭娜】\n相关阅读\n")
    assert body(doc)[-1] == "会议还研究了其他事项。"
    assert doc.meta.writers == ("孙小燕",)


def test_a_dateline_with_its_byline_on_a_line_of_its_own_names_the_reporter():
    doc = read("某某网新闻视频图片军事体育NBA娱乐财经科技时尚下载某某新闻APP\n"
               "全国首条跨海高铁隧道进入盾构掘进关键阶段\n"
               "某某新闻网 2026-04-18 15:02 发布于北京 某某新闻网官方帐号 +\n"
               "某某网北京4月18日电 (记者 吴 涛)\n\n"
               "记者4月18日从某铁路公司获悉，位于浙江宁波至舟山的跨海铁路海底隧道盾构机已累计掘进5120米，进入穿越海底断裂带的关键阶段。\n\n"
               "这条铁路是我国首条跨海高铁，全长76.4公里，设计时速250公里。\n")
    assert doc.meta.writers == ("吴涛",)
    assert not any("电 (记者" in t for t in body(doc))


def test_a_blog_owner_and_an_account_card_are_the_author_when_no_person_is_named():
    blog = read("某浪博客 | 博客首页 个人中心登录 注册\n南窗闲话的博客\n首页 博文目录 图片 关于我\n"
                "个人资料\n南窗闲话\n加好友 发纸条\n"
                "母亲的缝纫机\n(2019-10-12 21:40:05)\n"
                "　　家里那台缝纫机是母亲结婚时买的，几十年来，我们兄妹的衣服大多是在它上面一针一线缝出来的。\n\n"
                "　　后来日子好了，衣服都去商场买，缝纫机就被搬进了储藏室，可母亲每年还会给它上一次油。\n\n"
                "分享：微博 QQ空间 微信\n阅读(2307)┊ 评论 (24)┊ 收藏(3)\n")
    assert blog.meta.writers == ("南窗闲话",)
    card = read("某度首页登录\n东湖绿道樱花季预约攻略来了，这几个入口人少景美\n"
                " 江城生活笔记 2023-03-08 11:26 湖北武汉本地生活创作者 关注\n"
                "又到一年樱花季！东湖樱花园今年的樱花已进入初花期，预计3月15日前后迎来盛花期，花期持续约两周。\n\n"
                "今年樱花园继续实行分时段预约入园，每个时段限流1.2万人，游客需提前实名预约，每个身份证号每天限约一次。\n")
    assert card.meta.writers == ("江城生活笔记",)


def test_a_sentence_that_opens_with_a_date_is_no_credit_line():
    """A notice's first point is a date sentence; it is part of the text, not the date published."""
    doc = read("位置：首页 > 通知公告\n发布时间：2025-04-10 16:05:12  浏览次数：8362  文章来源：交警支队\n"
               "关于2025年某某半程马拉松赛期间实施临时交通管制的通告\n某公通〔2025〕6号\n\n"
               "为确保2025年某某半程马拉松赛顺利进行，保障参赛人员及广大市民出行安全，根据有关规定，决定对部分道路实施临时交通管制。现将有关事项通告如下：\n\n"
               "一、管制时间\n\n2025年4月20日（星期日）6时00分至12时00分。\n\n二、管制范围\n\n"
               "文昌西路、扬子江北路等比赛沿线道路，管制期间禁止机动车通行，请广大驾驶人提前绕行。\n")
    assert doc.meta.published == dt.datetime(2025, 4, 10, 16, 5, 12)
    assert "2025年4月20日（星期日）6时00分至12时00分。" in body(doc)
    assert body(doc)[1].startswith("为确保")



def test_a_headline_over_its_dashed_subtitle_on_an_e_paper_page():
    doc = read("某某晚报电子版\n首页 | 往期回顾 | 版面导航\nA05版：城事\n2023年09月18日\n【上一版】 【下一版】\n"
               "社区食堂开进老小区\n——“一餐热饭”背后的民生账\n□晚报记者 周小敏 文/图\n"
               "　　中午11点半，家住某某街道的78岁老人陈阿婆拄着拐杖来到社区食堂，一荤两素一汤，刷卡12元。\n"
               "　　据了解，这家社区食堂由街道提供场地，引入专业餐饮企业运营，对辖区70岁以上老人给予每餐3元补贴。\n"
               "责任编辑：孙立\n")
    assert doc.meta.title == "社区食堂开进老小区"
    assert doc.meta.writers == ("周小敏",)


def test_a_short_reprint_over_its_print_edition_line_keeps_its_headline():
    """Two paragraphs, then the paper and page it first appeared in, then the editors: the body
    is the two paragraphs and the headline above them; ``人民网>>经济`` is a breadcrumb."""
    page = ("某某网\n某某网>>经济·科技\n全国铁路春运发送旅客突破3亿人次\n2024年02月05日08:21 | 来源：某某网－某某日报\n小字号\n"
            "　　本报北京2月4日电  （记者张三）记者从铁路部门获悉：春运开始以来，全国铁路累计发送旅客突破3亿人次，日均开行旅客列车1.1万列以上。\n"
            "　　有关负责人介绍，铁路部门优化运输组织，加大热门方向运力投放，努力满足旅客出行需求。\n"
            "　　《 某某日报 》（ 2024年02月05日 02 版）\n(责编：李四、王五)\n分享让更多人看到\n返回顶部\n")
    doc = read(page)
    assert doc.meta.title == "全国铁路春运发送旅客突破3亿人次"
    assert doc.meta.section == ("某某网", "经济·科技")
    assert len(body(doc)) == 2 and body(doc)[1].startswith("有关负责人")
    assert doc.meta.writers == ("张三",)


def test_an_agency_feature_title_after_its_dateline():
    doc = read("某某网\n首页 > 正文\n新华社北京1月9日电 题：冰雪经济“热”力十足\n新华社记者 赵一 钱二\n"
               "　　冬日里，各地冰雪旅游持续升温。在哈尔滨，冰雪大世界游客络绎不绝；在长白山，滑雪爱好者在雪道上飞驰而下。\n"
               "　　数据显示，元旦假期，全国冰雪旅游人次同比增长明显。业内人士表示，冰雪经济正成为拉动消费的新引擎。\n"
               "【纠错】 【责任编辑:孙三 】\n")
    assert doc.meta.title == "冰雪经济“热”力十足"
    assert doc.meta.writers == ("赵一", "钱二")


POST = ("　　春节假期过后，不少年轻人选择留在县城创业。记者走访了多个县城，发现返乡青年的创业方向越来越多元。\n"
        "　　28岁的陈磊在老家开了一家直播电商工作室，主要销售本地的腊肉和茶油。他说，县城的房租和人力成本低。\n")


def test_self_media_post_headers_name_the_writer_or_the_account():
    """A post's header names its writer before the account (``原创 林小满 乡土观察 日期``), or only
    the account (``原创日期·乡土观察``); a platform's disclaimer (仅提供信息存储空间服务) marks a
    self-media page, whose source is then its author."""
    wechat = read("县城青年返乡创业图鉴：他们在家门口找到了新机会\n原创 林小满 乡土观察 2024年02月18日 20:15 湖南\n" + POST
                  + "预览时标签不可点\n微信扫一扫\n关注该公众号\n")
    assert wechat.meta.writers == ("林小满",)
    account_only = read("县城青年返乡创业图鉴：他们在家门口找到了新机会\n原创 乡土观察 2024年02月18日 20:15 湖南\n" + POST
                        + "微信扫一扫\n关注该公众号\n")
    assert account_only.meta.writers == ("乡土观察",)
    feed = read("首页\n下载某某\n登录\n县城青年返乡创业图鉴：他们在家门口找到了新机会\n原创2024-02-18 20:15·乡土观察\n" + POST
                + "举报\n评论 3\n")
    assert feed.meta.writers == ("乡土观察",)
    portal = read("某狐首页 新闻 体育 汽车 房产 旅游 教育 时尚 科技 财经 娱乐 更多\n县城青年返乡创业图鉴：他们在家门口找到了新机会\n"
                  "2024-02-18 20:15  来源: 乡土观察\n" + POST
                  + "平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。\n阅读 (2853)\n")
    assert portal.meta.writers == ("乡土观察",)


def test_a_forum_thread_title_in_a_row_with_its_counts_and_a_button():
    """A forum copies the thread's title as a table row beside its view and reply counts, with a
    copy-link button after it: the counts and the button are no part of the headline."""
    doc = read("设为首页 收藏本站\n某某旅游论坛\n首页 › 自驾游 › 川西自驾\n发帖 回复 返回列表\n\n"
               "查看: 4872|回复: 36\t【游记】五一带娃自驾川西小环线，5天4晚路线+花费全记录 [复制链接]\n锦官城的猫\n\n"
               "发表于 2024-5-8 22:17:35 | 只看该作者 倒序浏览楼主\n"
               "终于有空把五一的行程整理出来了，给打算带娃去川西的家长参考。人员：两大一小，车型：SUV四驱，从成都出发。\n\n"
               "D1 成都—都江堰—四姑娘山镇，约230公里。走高速，隧道出来就能看到雪山，孩子激动坏了，晚上住在镇上。\n")
    assert doc.meta.title == "【游记】五一带娃自驾川西小环线，5天4晚路线+花费全记录"
    assert doc.meta.published == dt.datetime(2024, 5, 8, 22, 17, 35)


def test_a_picture_copied_as_its_alt_text_and_its_caption_is_no_paragraph():
    zh = read("村医杨正荣：坚守山村三十六年\n2024-03-01 09:00 来源：某某县融媒体中心\n"
              "　　清晨六点，村卫生室的灯就亮了。杨正荣披上白大褂，开始了一天的出诊，他要走遍村里的三个自然寨。\n\n"
              "杨正荣在为村民测量血压\n\n杨正荣在为村民测量血压\n\n"
              "　　如今，村卫生室新添了心电图机和远程会诊设备，杨正荣也学会了用手机给慢病患者做线上随访。\n")
    assert body(zh) == ["清晨六点，村卫生室的灯就亮了。杨正荣披上白大褂，开始了一天的出诊，他要走遍村里的三个自然寨。",
                        "如今，村卫生室新添了心电图机和远程会诊设备，杨正荣也学会了用手机给慢病患者做线上随访。"]
    caption = "Tourists visit the ice festival in Harbin, Jan 17, 2025. [Photo by Wang Jianwei/For example.com]"
    en = read("Ice festival draws record crowds\nBy ZHOU Huiying in Harbin | example.com | Updated: 2025-01-18 16:42\n"
              f"{caption}\n{caption}\n"
              "HARBIN — Visitors packed the ice park on Saturday as the city's annual festival entered its busiest week, "
              "with local authorities adding shuttle buses and extending opening hours.\n")
    assert not any(t.startswith("Tourists visit") for t in body(en))
    assert en.meta.writers == ("ZHOU Huiying",)


def test_a_document_with_no_date_published_is_dated_by_its_date_of_writing():
    doc = read(DISCLOSURE.replace("发文字号：\t某政办发〔2024〕21号\t发布日期：\t2024-06-05\n", ""))
    assert doc.meta.published == dt.date(2024, 6, 3)
    assert read(DISCLOSURE).meta.published == dt.date(2024, 6, 5)  # the date published, when printed


def test_a_notice_that_issues_a_document_heads_both():
    """``关于印发……办法的通知``: the notice's own text, issuer and date, then the document it
    issues under that document's name; the notice's title is the headline of the whole."""
    doc = read("某某县人民政府\n您的位置：网站首页 > 政府信息公开 > 政府文件\n"
               "发文字号：某政办发〔2021〕9号\t发布日期：2021-03-19\n"
               "某某县人民政府办公室关于印发某某县农村生活垃圾治理考核办法的通知\n\n某政办发〔2021〕9号\n\n"
               "各乡（镇）人民政府，县直各有关单位：\n\n"
               "《某某县农村生活垃圾治理考核办法》已经县人民政府同意，现印发给你们，请认真贯彻执行。\n\n"
               "某某县人民政府办公室\n\n2021年3月16日\n\n某某县农村生活垃圾治理考核办法\n\n"
               "第一条 为持续改善农村人居环境，建立农村生活垃圾治理长效机制，结合我县实际，制定本办法。\n\n"
               "第二条 本办法适用于全县各乡（镇）农村生活垃圾收集、转运、处置工作的考核，由县整治办组织实施。\n\n"
               "第三条 考核采取日常检查与季度考核相结合的方式，日常检查以随机暗访为主，每月不少于一次。\n")
    assert doc.meta.title == "某某县人民政府办公室关于印发某某县农村生活垃圾治理考核办法的通知"
    assert doc.meta.published == dt.date(2021, 3, 19)
    text = body(doc)
    assert text[text.index("某某县人民政府办公室") + 1] == "2021年3月16日"
    assert "某某县农村生活垃圾治理考核办法" in text and text[-1].startswith("第三条")
    assert text.index("各乡（镇）人民政府，县直各有关单位：") < text.index("某某县农村生活垃圾治理考核办法")


def test_account_cards_and_platform_lines_name_the_account():
    """An account's card under the headline (name, date, then 关注, 发布于…, …创作者), a post's
    header with the date glued to the account and its province after it, and the platform's
    name over the account (``某某号·政务 > 平安某某``, never the headline) each name the writer
    when no person is named."""
    cards = {"淮河边的老周": "原创2024-05-19 21:37淮河边的老周·安徽",
             "健康守护站": " 健康守护站　2023-11-02 18:40　山东　关注",
             "教育观察眼": "教育观察眼　2022/08/15 10:26　发布于浙江　某某新闻创作者"}
    for account, card in cards.items():
        doc = read("首页\n登录\n县城青年返乡创业图鉴：他们在家门口找到了新机会\n" + card + "\n" + POST + "举报\n")
        assert doc.meta.writers == (account,), card
    paper = read("某某 THE PAPER　要闻 深度 直播 视频\n搜索\n警惕！这种“刷单返利”新套路，已有多人被骗\n澎湃号·政务 > 平安某某\n\n"
                 "2024-10-12 17:20 来源：某某新闻·澎湃号·政务\n\n字号\n\n" + POST)
    assert paper.meta.title == "警惕！这种“刷单返利”新套路，已有多人被骗"
    assert paper.meta.writers == ("平安某某",)


def test_an_english_page_of_a_chinese_site_credits_its_reporter_and_keeps_its_headline():
    """``By YANG JUN in Tongren`` (JUN is a name here, not June); a picture's alt text that its
    caption begins with is no headline; share buttons of Chinese networks are furniture."""
    doc = read("HOME CHINA WORLD BUSINESS LIFESTYLE CULTURE TRAVEL SPORTS OPINION REGIONAL\nHome / China / Society\n"
               "Cliffside villages turn to 'sky stays' as tourism booms\n"
               "By YANG JUN in Tongren, Guizhou | Example Daily | Updated: 2025-06-03 09:12\n"
               "Share: Facebook X Linkedin WeChat — Copy link\nGuesthouses perch on a cliff in a village\n\n"
               "Guesthouses perch on a cliff in a village, Tongren, Guizhou province, on May 28. [Photo by Hu Pan/For Example Daily]\n\n"
               "A narrow path winds up the karst cliff to the village, where 28 wooden homes that once stood empty now host "
               "travelers willing to make the climb.\n\n"
               "\"Five years ago, most young people had left for factories,\" said a villager who returned in 2021 and turned "
               "his family's house into a guesthouse.\n")
    assert doc.meta.title == "Cliffside villages turn to 'sky stays' as tourism booms"
    assert doc.meta.writers == ("YANG JUN",)
    assert doc.meta.published == dt.datetime(2025, 6, 3, 9, 12)
    assert body(doc)[0].startswith("A narrow path")


def test_an_e_paper_page_label_and_its_list_of_the_page_s_articles_are_not_the_headline():
    doc = read("某某日报　2024年04月02日　星期二　电子版首页\n版面缩略图\n\n上一版　下一版　PDF下载\n\n第06版：法治经纬\n\n版面导航\n\n"
               "“共享法庭”开到村口 矛盾纠纷就地化解\n一起婚约财产纠纷的调解\n以案释法\n往期回顾　\n2024-04-02\n\n第06版：法治经纬\n\n"
               "“共享法庭”开到村口 矛盾纠纷就地化解——某地推进基层社会治理见闻\n发布日期：2024-04-02\n\n"
               "在某镇某村村委会二楼，一块电子屏、一台电脑、一套视频设备，就组成了一个“共享法庭”。村调解主任每周都会在这里坐班。\n\n"
               "“村民有纠纷，先找我们调；调不了的，直接连线法官。”他说，今年以来，村里已经就地化解纠纷十余起。\n\n"
               "本报记者 陈东升 王莹 通讯员 钱琪\n")
    assert doc.meta.title == "“共享法庭”开到村口 矛盾纠纷就地化解——某地推进基层社会治理见闻"


def test_a_speech_is_dated_by_the_date_published_not_the_day_it_was_given():
    doc = read("首页 > 领导之窗 > 领导讲话\n在全市2024年安全生产工作会议上的讲话\n市委副书记、市长　赵明远\n\n（2024年2月27日）\n\n"
               "发布时间：2024-03-01 08:50:33　　来源：市政府办公室　　【字体：大 中 小】\n同志们：\n\n"
               "今天召开这次会议，主要任务是总结2023年全市安全生产工作，分析当前面临的形势，部署今年的重点任务。\n\n"
               "过去一年，全市上下坚持人民至上、生命至上，安全生产形势总体平稳，事故起数和死亡人数实现双下降。\n")
    assert doc.meta.published == dt.datetime(2024, 3, 1, 8, 50, 33)
    assert doc.meta.writers == ("赵明远",)
    assert body(doc)[:2] == ["市委副书记、市长　赵明远", "同志们："]


def test_a_statistics_bulletin_names_its_offices_not_writers_and_is_dated_as_published():
    doc = read("首页 > 数据发布 > 统计公报\n发布日期：2025-04-07　　来源：某某市统计局　　浏览次数：2209\n"
               "某某市2024年国民经济和社会发展统计公报\n某某市统计局\n\n国家统计局某某调查队\n\n（2025年4月3日）\n\n"
               "2024年，面对复杂严峻的外部环境，全市上下坚持稳中求进工作总基调，经济运行总体平稳、稳中有进。\n\n"
               "一、综合\n\n初步核算，全年全市地区生产总值827.6亿元，按不变价格计算，比上年增长5.6%。\n")
    assert doc.meta.writers == ()
    assert doc.meta.published == dt.date(2025, 4, 7)


def test_a_public_notice_keeps_its_contact_lines_issuer_and_date():
    doc = read("首页 > 干部任免 > 任前公示\n某某州委管理干部任前公示\n发布时间：2024-05-13 来源：州委组织部\n\n"
               "根据干部选拔任用工作有关规定，现将拟任职干部情况予以公示。公示期间，如对公示对象有不同意见，请以来电、来信等方式反映。\n\n"
               "公示时间：2024年5月13日至5月20日。\n\n"
               "举报电话：0977-8221234（传真）、12380\n\n通信地址：某某市长江路18号州委组织部干部监督室（邮编：817000）\n\n"
               "中共某某州委组织部\n\n2024年5月13日\n\n【打印本页】【关闭窗口】\n")
    text = body(doc)
    assert text[-4:] == ["举报电话：0977-8221234（传真）、12380", "通信地址：某某市长江路18号州委组织部干部监督室（邮编：817000）",
                         "中共某某州委组织部", "2024年5月13日"]


def test_a_source_after_the_date_is_no_account():
    """``2019年11月25日 18:57 参考消息`` names the outlet the article came from, not a self-media
    account: only 原创 or a dot between the date and the name makes it one."""
    from newsconv.readers.text.bylines import account_in

    assert account_in("2019年11月25日 18:57 参考消息") is None
    assert account_in("原创2024-05-19 21:37淮河边的老周·安徽") == "淮河边的老周"
    assert account_in("2024-01-09 10:20·某某官方账号") == "某某"
    doc = read("首页 > 国际\n中国人习以为常的地方 为何老外却说“了不得”？\n2019年11月25日 18:57 参考消息\n" + POST)
    assert doc.meta.writers == () and doc.meta.source == "参考消息"


def test_a_headline_broken_where_its_last_words_finish_it_is_joined():
    """A document's title (…关于进一步促进民营经济 / 高质量发展的实施意见) and a meeting convened
    (…召开……实践活动 / 推进会暨业务培训会) broken over two lines are one headline, and the second
    line is no name beside the date."""
    doc = read("首页 > 政务公开\n某某市人民政府关于进一步促进民营经济\n高质量发展的实施意见\n发布日期：2024-06-05\n"
               "各县（市、区）人民政府，市政府各部门：\n\n"
               "为进一步促进民营经济高质量发展，结合我市实际，现提出如下意见。一是优化营商环境，二是加大金融支持力度。\n\n"
               "二、加强要素保障。各地要统筹土地、用能等要素，优先保障民营企业重点项目建设需要。\n")
    assert doc.meta.title == "某某市人民政府关于进一步促进民营经济高质量发展的实施意见"
    assert doc.meta.writers == ()
    meeting = read("首页 > 工作动态\n某某市召开2025年群众教育实践活动\n推进会暨业务培训会\n发布时间：2025-03-12 来源：市委宣传部\n"
                   "3月11日，全市群众教育实践活动推进会暨业务培训会召开，会议总结了去年工作，部署了今年的重点任务。\n\n"
                   "会议要求，各级各部门要进一步提高认识，细化工作措施，确保各项任务落地见效。（记者 次仁卓玛 李文涛）\n")
    assert meeting.meta.title == "某某市召开2025年群众教育实践活动推进会暨业务培训会"
    assert meeting.meta.writers == ("次仁卓玛", "李文涛")


def test_an_e_paper_dated_by_its_masthead_and_credited_with_its_box_mark():
    doc = read("某某日报2024-04-02往期回顾 PDF下载 返回首页\n第A02版：要闻·经济\n上一版　下一版　上一期　下一期\n版面图\n本版新闻\n"
               "南疆四地州特色林果业提质增效\n昌吉：“订单农业”让棉农吃下定心丸\n"
               "　　本报讯（记者 阿依努尔·买买提 通讯员 周鹏）眼下正是春播备耕的关键时期，昌吉州的棉农们却一点也不慌。\n\n"
               "　　“收购价格有了保底，我们种起来就不慌。”种植大户郭永明今年和企业签下了300亩订单。\n\n"
               "责任编辑：王蓉\n")
    assert doc.meta.published == dt.date(2024, 4, 2)
    assert doc.meta.writers == ("阿依努尔·买买提", "周鹏")
    closing = read("福州三坊七巷夜经济“点亮”老城\n某某日报 2023年11月12日\n"
                   "　　夜幕降临，三坊七巷华灯初上，游客们穿梭在古街巷中，品尝小吃、观看非遗表演。\n\n"
                   "　　据统计，今年以来三坊七巷夜间客流同比增长三成，带动周边商户营业额明显提升。\n\n　　□林书恒\n")
    assert closing.meta.writers == ("林书恒",)


def test_a_department_before_the_name_and_a_province_after_the_account():
    doc = read("心血管健康讲座走进社区\n2024-05-06 来源：某某医院\n"
               "　　5月5日，医院心血管内科专家走进社区，为居民开展心血管健康知识讲座，并提供免费血压测量服务。\n\n"
               "　　专家提醒，中老年人要定期监测血压，合理饮食，适量运动，保持良好的生活习惯。（心血管内科 许静怡）\n")
    assert doc.meta.writers == ("许静怡",)
    post = read("首页\n登录\n县城青年返乡创业图鉴：他们在家门口找到了新机会\n2024-02-29 18:12·黔西南文旅观察贵州\n" + POST)
    assert post.meta.writers == ("黔西南文旅观察",)


def test_a_label_glued_to_the_first_name_covers_the_names_after_it():
    """``（记者李亚宁、央金）``: the second name has no family name from the list (a Tibetan
    name), and still counts, as the label before the first covers both."""
    doc = read("某某网 > 正文\n高原首座储能电站并网发电\n2024-09-21 17:35:12　来源：某某网\n"
               "某某社西宁9月21日电（记者王立新、次旦）位于高原的一座储能电站21日实现全容量并网发电，每年可节约标准煤约60万吨。\n\n"
               "据介绍，电站采用“板上发电、板下牧羊”模式，当地牧民通过放牧实现增收。\n")
    assert doc.meta.writers == ("王立新", "次旦")


def test_self_media_cards_with_digits_the_date_first_or_an_original_mark():
    """An account whose name holds digits, a card that prints the date before the account and
    its follow button, and ``（本文为某某号作者原创）``: the account is the author, 原创 never."""
    for card, account in (("北纬30度的老陈　2024-02-19 20:31 · 湖北　关注", "北纬30度的老陈"),
                          ("2026-01-14　社保小知识　+关注", "社保小知识")):
        doc = read("首页\n登录\n县城青年返乡创业图鉴：他们在家门口找到了新机会\n" + card + "\n" + POST + "举报\n")
        assert doc.meta.writers == (account,), card
    original = read("某某首页新闻体育财经登录\n县城奶茶店扎堆开业，一年后还剩几家？\n2025-06-07 08:15:22　来源: 县域观察社　举报\n"
                    "（本文为某某号作者原创）\n" + POST +
                    "特别声明：以上内容为自媒体平台“某某号”用户上传并发布，本平台仅提供信息存储服务。\n")
    assert original.meta.writers == ("县域观察社",)


def test_a_writer_named_on_the_page_beats_the_account_and_an_avatar_is_no_name():
    """``头像旅行者老李`` (the avatar's alt text glued to the account) over ``文/李青``: the person
    is the writer, and the account is not added."""
    doc = read("某度首页登录\n带着爸妈自驾川西：一份给中老年人的高反指南\n头像旅行者老李\n"
               "2024-08-22 15:47 · 四川 · 优质旅游领域创作者\n文/李青\n\n" + POST)
    assert doc.meta.writers == ("李青",)
    account = read("某度首页登录\n带着爸妈自驾川西：一份给中老年人的高反指南\n头像旅行者老李\n"
                   "2024-08-22 15:47 · 四川 · 优质旅游领域创作者\n\n" + POST)
    assert account.meta.writers == ("旅行者老李",)


def test_a_post_header_with_the_date_on_the_next_line_names_the_writer():
    doc = read("某某新闻某某号\n搜索\n一位退休工程师的“长江日记”\n原创 汪明远　江城手记\n"
               "2024-10-12 10:05　来源：某某新闻·某某号\n" + POST)
    assert doc.meta.writers == ("汪明远",)


def test_record_fields_without_colons_are_not_the_headline():
    doc = read("您当前所在位置：首页 > 政务公开 > 通知公告\n关于开展全省中小学校园安全隐患排查整治的通知\n"
               "索引号 11210000MB0123456X/2024-00871 主题分类 教育\n发文机关 某某省教育厅 成文日期 2024年09月03日\n"
               "发文字号 某教通〔2024〕215号 发布日期 2024年09月05日\n\n各市教育局：\n\n"
               "为切实保障广大师生生命安全，维护校园安全稳定，省教育厅决定在全省开展校园安全隐患排查整治工作。现将有关事项通知如下。\n\n"
               "各地要建立隐患台账，明确整改时限，于11月20日前将排查整治情况报送省教育厅。\n")
    assert doc.meta.title == "关于开展全省中小学校园安全隐患排查整治的通知"


def test_a_portal_s_self_media_menu_and_an_app_prompt_are_not_the_headline():
    for top in ("某某新闻某某号湃客", "某讯网新闻科技下载某讯新闻APP"):
        doc = read(top + "\n搜索\n一位退休工程师的“长江日记”\n2024-10-12 10:05　来源：某某新闻\n" + POST)
        assert doc.meta.title == "一位退休工程师的“长江日记”", top


def test_a_disclaimer_under_the_article_ends_it_however_it_begins():
    for notice in ("本文为某某号作者或机构上传并发布，仅代表该作者或机构观点，不代表本站的观点或立场，本站仅提供信息发布平台。",
                   "未经正式授权严禁转载本文，侵权必究。"):
        doc = read("县城青年返乡创业图鉴\n2024-10-12 10:05　来源：某某新闻\n" + POST + "\n" + notice + "\n")
        assert notice not in body(doc)
        assert len(body(doc)) == 2


def test_a_search_placeholder_and_a_count_of_readers_are_not_the_headline():
    rules = {d.line.text: d.rule for d in explain("搜索你感兴趣的内容…\n46 人赞同了该文章\n" + POST, ReadOptions())}
    assert rules["搜索你感兴趣的内容…"] == "a search box or input placeholder"
    assert rules["46 人赞同了该文章"].startswith("counter")
    doc = read("某乎首页会员发现等你来答\n搜索你感兴趣的内容…\n我在大理开民宿的这五年\n民宿主理人\n46 人赞同了该文章\n"
               "五年前，我辞掉上海的工作，在大理租下一个老院子开民宿。\n\n"
               "头两年几乎没赚到钱，装修超支，又碰上客流下滑。最难的时候，院子里一个客人都没有，我就自己刷墙、种花。\n\n"
               "后来周边的稻田和扎染火了，周末房间基本订满。我也慢慢摸索出一套经营民宿的方法：不打价格战，把早餐做好。\n\n"
               "五年下来，开民宿最大的收获不是钱，而是学会了和不确定性相处。\n\n编辑于 2025-05-03 22:18・IP 属地云南\n")
    assert doc.meta.title == "我在大理开民宿的这五年"


def test_an_e_paper_headline_after_the_list_of_the_page_s_stories():
    """An e-paper page: its menu run together, the site search, the paper's name over the date,
    the list of the page's stories, then the article's headline again with its subtitle and
    ``■文/图 本报记者 …``: the last, bylined copy is the headline; the paper is no writer."""
    doc = read("往期回顾PDF下载版面导航标题导航\n站内检索\n某城日报\n2026年3月17日 星期二\n第03版：城事　上一版　下一版\n"
               "本版标题导航\n老城区棚改安置区就业有新路\n冬季供热平稳收官\n黄河湿地迎来春季候鸟\n老城区棚改安置区就业有新路\n"
               "——社区就业服务站一年培训居民两千人次\n■文/图　本报记者　吴  婧\n"
               "　　3月16日上午，老城区南三区的社区就业服务站里，十几名居民正在参加面点师培训。\n\n"
               "　　据介绍，该服务站去年挂牌以来，已组织各类技能培训22期，帮助280多名居民实现就业。\n")
    assert doc.meta.title == "老城区棚改安置区就业有新路"
    assert doc.meta.writers == ("吴婧",)


def test_a_headline_broken_before_its_object_is_joined():
    doc = read("您当前所在位置：首页 > 政务动态 > 部门动态\n市农业农村局：加快推进\n辣椒产业高质量发展\n"
               "发布日期：2024-08-06　信息来源：市农业农村局　文章作者：向 东　阅读次数：807\n"
               "8月5日，市农业农村局召开全市辣椒产业发展调度会，通报今年以来辣椒种植、加工和销售情况，研究部署下一阶段重点工作。\n\n"
               "会议要求，要抓好病虫害绿色防控和田间管理，支持龙头企业开发精深加工产品。\n")
    assert doc.meta.title == "市农业农村局：加快推进辣椒产业高质量发展"
    assert doc.meta.writers == ("向东",)


def test_a_table_s_caption_is_no_counter_and_the_table_stays_in_the_body():
    doc = read("前三季度全市经济运行稳中有进\n发布时间：2024.10.25　来源：市统计局\n"
               "前三季度，全市经济运行总体平稳、稳中有进，主要指标增速好于全省平均水平。\n\n"
               "工业生产较快增长。规模以上工业增加值同比增长7.1%，其中装备制造业增长较快。\n\n"
               "表1　2024年1-9月主要经济指标\n\n指标\t单位\t1-9月\t同比增长(%)\n地区生产总值\t亿元\t1286.4\t5.6\n"
               "固定资产投资\t亿元\t—\t3.8\n注：地区生产总值按不变价格计算增速。\n\n分享到：微信微博\n")
    texts = body(doc)
    assert "表1　2024年1-9月主要经济指标" in texts
    assert "注：地区生产总值按不变价格计算增速。" in texts


def test_an_original_title_in_parentheses_is_not_the_headline():
    doc = read("某某首页新闻登录\n县城青年返乡创业图鉴：他们在家门口找到了新机会\n2025-05-27 07:32:16　来源: 某某青年报　举报\n"
               "0 跟贴 1,236 人参与\n（原标题：返乡青年的创业生意）\n\n" + POST + "\n本文来源：某某青年报　作者：李桂芳\n\n相关推荐\n")
    assert doc.meta.title == "县城青年返乡创业图鉴：他们在家门口找到了新机会"
    assert doc.meta.writers == ("李桂芳",)  # the source line that ends the article names the writer


def test_a_reporter_of_two_outlets_joined_by_a_slash():
    doc = read("某某晚报\n2024年12月05日 星期四　电子版\nA8：城市　上一版　下一版\n\n县城青年返乡创业图鉴\n"
               "□ 某某晚报/某某新闻记者　何蕾　文/图\n\n" + POST)
    assert doc.meta.title == "县城青年返乡创业图鉴"
    assert doc.meta.writers == ("何蕾",)


def test_post_headers_of_more_platforms_name_the_account_not_the_source_or_section():
    """A public account's header (account, date, province) over a post whose closing 来源 names
    where its content came from; an account beside its follow button under a platform's section
    (``某某号 > 政务``); the date before the account with the province and the button after it."""
    wechat = read("县城青年返乡创业图鉴：他们在家门口找到了新机会\n某城发布 2025-05-31 08:00 浙江\n" + POST
                  + "\n来源：某某政府网、某某社\n\n编辑：林晓\n\n阅读原文\n\n微信扫一扫 关注该公众号\n")
    assert wechat.meta.writers == ("某城发布",)
    section = read("某某新闻澎湃号登录\n澎湃号 > 政务\n\n县城青年返乡创业图鉴：他们在家门口找到了新机会\n某区发布 关注\n"
                   "2025-06-03 16:28 来源：某某新闻·澎湃号·政务\n\n" + POST)
    assert section.meta.writers == ("某区发布",)
    card = read("首页\n登录\n县城青年返乡创业图鉴：他们在家门口找到了新机会\n2025-06-03 09:12·川味生活\u3000四川\u3000关注\n"
                + POST + "举报\n")
    assert card.meta.writers == ("川味生活",)


def test_a_record_table_s_date_published_beats_its_date_of_writing():
    doc = read("首页 > 政务公开 > 通知公告\n索 引 号： 008123456/2025-00311 主题分类： 安全生产监管\n"
               "发文机关： 某某市人民政府办公室 成文日期： 2025-05-26\n"
               "标　　题： 关于做好2025年全市夏季防汛工作的通知 发布日期： 2025-05-28\n"
               "关于做好2025年全市夏季防汛工作的通知\n某府办发〔2025〕14号\n\n各县（市、区）人民政府，市政府各部门：\n\n"
               "为切实做好今年夏季防汛工作，保障人民群众生命财产安全，经市政府同意，现将有关事项通知如下。\n\n"
               "各地要严格落实防汛责任制，加强重点部位巡查，及时转移受威胁群众。\n\n某某市人民政府办公室\n\n2025年5月26日\n")
    assert doc.meta.published == dt.date(2025, 5, 28)


def test_closing_credits_on_lines_of_their_own_after_the_body():
    """``（史航 刘洋）`` and ``（某某街道 朴美兰）`` on a line of their own under the last paragraph;
    ``供稿：某某科　撰稿：沈悦`` (the unit that supplied it is no writer)."""
    article = ("标题在这里：街道“小巷管家”走进楼院\n2024-01-01\n"
               "街道“小巷管家”走进楼院，帮居民解决了楼道照明、下水道堵塞等烦心事，居民纷纷点赞，内容充实。\n\n"
               "下一步，街道将进一步完善“小巷管家”工作机制，把志愿服务与网格化管理深度融合。\n\n")
    assert read(article + "（史航 刘洋）\n").meta.writers == ("史航", "刘洋")
    assert read(article + "（建工街道 朴美兰）\n").meta.writers == ("朴美兰",)
    assert read(article + "供稿：心血管外科　撰稿：沈悦　摄影：周明亮　编辑：宣传科\n").meta.writers == ("沈悦",)


def test_buttons_after_the_writer_s_name_are_no_names_and_a_site_search_hint_is_no_headline():
    doc = read("首页下载某某发布作品登录\n搜索站内资讯、视频或用户\n月薪5000在县城，为什么有人过得比一线城市还舒服？\n"
               "2024-02-27 11:43:08　　来源：某某局　　作者：古丽米热·艾力　　【大 中 小】　　打印\n\n"
               "月薪5000在县城能过得怎么样？县城的房租、餐饮和交通成本都比一线城市低很多，生活压力小。\n\n"
               "在县城，月薪5000的年轻人下班后有时间陪家人、锻炼身体，生活节奏慢了下来。\n")
    assert doc.meta.title == "月薪5000在县城，为什么有人过得比一线城市还舒服？"
    assert doc.meta.writers == ("古丽米热·艾力",)


def test_a_spaced_name_glued_to_the_next_field_and_a_speaker_spaced_out():
    doc = read("新港街道开展夏季消防安全“敲门行动”\n2024年11月18日 星期一来源：新港街道作者：王  静阅读：312\n" + POST)
    assert doc.meta.writers == ("王静",)
    speech = read("在全区安全生产工作会议上的讲话\n区委副书记、区长　马  建国\n（2025年4月1日）\n同志们：\n\n"
                  "今天召开全区安全生产工作会议，主要任务是总结去年工作，分析当前形势，部署今年任务。\n\n"
                  "一、清醒认识当前安全生产形势\n\n过去一年，全区安全生产形势总体平稳，但风险隐患依然不少，各级各部门要保持清醒头脑。\n")
    assert speech.meta.writers == ("马建国",)


def test_english_writers_filed_from_two_places():
    doc = read("Yunnan coffee growers turn to specialty beans as prices climb\n"
               "By ZHANG YU in Kunming and LI HONGMEI | example.com.cn | Updated: 2025-05-19 10:42\n\n" + ARTICLE_EN)
    assert doc.meta.writers == ("ZHANG YU", "LI HONGMEI")


def test_a_writer_over_the_count_of_readers_and_an_account_card_with_its_reads():
    """A Q&A column: the writer's name, a line about them, then ``126 人赞同了该文章``; a public
    account's card with its count of reads (``健康某某 2025-06-10 08:30 阅读数：4.7万``)."""
    doc = read("首页 某乎 发现 等你来答\n搜索你感兴趣的内容…\n为什么高铁上很少看到“站票”乘客挤在车厢连接处了？\n陈默\n铁路运输行业从业者\n"
               "126 人赞同了该文章\n这个问题其实和三个变化有关：运力增加、售票规则调整和车型变化，站票乘客因此少了很多。\n\n"
               "第一，运力。近十年高铁里程翻了一倍多，热门线路加开了大量长编组列车，一列车的定员翻了一番，站票自然少了。\n\n"
               "第二，售票规则。高铁站票的发售比例受到严格控制，只在部分线路和时段少量发售。\n")
    assert doc.meta.writers == ("陈默",)
    card = read("首页\n登录\n县城青年返乡创业图鉴：他们在家门口找到了新机会\n健康某某 2025-06-10 08:30 阅读数：4.7万\n" + POST)
    assert card.meta.writers == ("健康某某",)


def test_a_notice_that_issues_a_document_with_its_title_on_two_lines_and_a_bracketed_date():
    """``【发布日期】2024年09月10日`` in the record table dates the page; the notice (its title on two
    lines, its number, addressees, text, date and note) heads the document it issues."""
    doc = read("首页 > 政务公开 > 政府文件\n【信息索引号】360700-05-2024-0098　【公开方式】主动公开\n"
               "【发文字号】某市府办字〔2024〕35号　【发布日期】2024年09月10日\n"
               "某某市人民政府办公室关于印发某某市城镇老旧小区\n改造资金管理办法的通知\n某市府办字〔2024〕35号\n\n"
               "各县（市、区）人民政府，市政府各部门：\n\n"
               "《某某市城镇老旧小区改造资金管理办法》已经市政府同意，现印发给你们，请认真抓好贯彻落实。\n\n"
               "2024年9月6日\n\n（此件主动公开）\n\n某某市城镇老旧小区改造资金管理办法\n\n第一章　总则\n\n"
               "第一条　为规范城镇老旧小区改造资金管理，提高资金使用效益，根据有关规定，结合本市实际，制定本办法。\n\n"
               "第二条　本办法所称城镇老旧小区改造资金，是指各级财政安排用于城镇老旧小区改造的资金。\n")
    assert doc.meta.title == "某某市人民政府办公室关于印发某某市城镇老旧小区改造资金管理办法的通知"
    assert doc.meta.published == dt.date(2024, 9, 10)
    texts = body(doc)
    for part in ("某市府办字〔2024〕35号", "各县（市、区）人民政府，市政府各部门：", "2024年9月6日", "（此件主动公开）"):
        assert part in texts, part
    assert texts.index("（此件主动公开）") < texts.index("第一条　为规范城镇老旧小区改造资金管理，提高资金使用效益，根据有关规定，结合本市实际，制定本办法。")


def test_a_picture_credit_with_a_spaced_name_and_a_copyright_notice_are_not_body():
    doc = read("县城青年返乡创业图鉴\n2024-10-12 10:05　来源：某某新闻\n" + POST +
               "5月27日拍摄的返乡青年创业园（无人机照片）。某某社记者 邓  华 摄\n\n"
               "　　据了解，县里还将出台更多扶持返乡创业的政策，帮助年轻人在家门口实现梦想。\n\n"
               "某某在线　版权所有　本网站所刊登的各种新闻……未经协议授权，禁止下载使用。\n")
    texts = body(doc)
    assert not any("摄" in t and "无人机" in t for t in texts)
    assert not any("版权所有" in t for t in texts)


def test_a_credit_line_with_the_date_after_the_names_and_a_dotted_name_in_closing_credits():
    doc = read("前5月集装箱吞吐量同比增长9.2%\n某某新闻客户端 记者 翁浩然 通讯员 孙  涛　2025-06-02 21:05　评论 58　点赞 213\n\n"
               "6月2日，记者从某某港集团获悉，今年前5个月，某某港完成集装箱吞吐量1663万标准箱，同比增长9.2%。\n\n"
               "据介绍，今年以来，某某港新开航线12条，集装箱航线总数达到300条以上。\n")
    assert doc.meta.writers == ("翁浩然", "孙涛")
    assert doc.meta.published == dt.datetime(2025, 6, 2, 21, 5)
    closing = read("托乎拉乡：林果管理正当时\n2025-06-03 来源：某某县融媒体中心\n"
                   "眼下正是核桃树管理的关键时期，托乎拉乡组织林果技术员深入田间地头，指导农户开展修剪、施肥和病虫害防治。\n\n"
                   "今年以来，托乎拉乡已举办林果管理培训班16期，培训农民1400余人次。\n\n（托乎拉乡　古丽娜尔·买买提　李  强）\n")
    assert closing.meta.writers == ("古丽娜尔·买买提", "李强")


def test_a_record_table_in_cells_without_colons():
    """``名称\\t<title>`` repeats the headline in a record table (it is no headline over it), and
    ``发布日期 2025年12月24日`` among the fields dates the page."""
    doc = read("某某省农业农村厅\n请输入关键字\n搜索\n您的位置：首页 > 政府信息公开 > 通知公告\n"
               "索引号\t014500123/2025-00036\t分类\t农业、林业、水利\n发布机构\t某某省农业农村厅\t成文日期\t2025-02-20\n"
               "文号 某农通〔2025〕2号 发布日期 2025年02月21日\n名称\t某某省农业农村厅关于内陆水域禁渔期管理的通告\n"
               "某某省农业农村厅关于内陆水域禁渔期管理的通告\n"
               "根据《中华人民共和国渔业法》和有关规定，为保护水生生物资源，现就全省内陆水域禁渔期管理有关事项通告如下。\n\n"
               "一、禁渔区域。全省境内主要江河湖泊及其支流。\n\n二、禁渔时间。每年3月1日0时至6月30日24时。\n\n"
               "某某省农业农村厅\n\n2025年2月20日\n")
    assert doc.meta.title == "某某省农业农村厅关于内陆水域禁渔期管理的通告"
    assert doc.meta.published == dt.date(2025, 2, 21)


def test_a_chinese_kicker_headline_and_subtitle_stack_on_an_e_paper_page():
    """``A04版：新闻　<< 上一版　下一版 >>`` is the page's label; under the kicker (引题) the
    headline, then its subtitle (副题) over the byline: the headline is the middle line."""
    page = ("某某日报 数字报 2025年06月03日 星期二 往期回顾 PDF下载 返回首页\nA04版：新闻　<< 上一版　下一版 >>\n"
            "防控病害 改良品种 打响品牌\n赣南脐橙“甜”了果农\n全市脐橙产量达180万吨，带动12万户果农增收\n"
            "本报记者　邱  辉　通讯员　钟  华\n"
            "初夏的赣南，脐橙树上挂满了青果。在信丰县的脐橙基地里，果农们正忙着疏果、施肥，脚下的脐橙产业路越走越宽。\n\n"
            "赣南脐橙产业曾因病害遭受重创。近年来，当地推行“防控+改良”模式，脐橙产量逐年回升，果农收入持续增长。\n\n"
            "本版新闻\n全省高考报名人数创新高\n赣南脐橙“甜”了果农\n")
    doc = read(page)
    assert doc.meta.title == "赣南脐橙“甜”了果农"
    assert doc.meta.writers == ("邱辉", "钟华")
    title_rule = next(d.rule for d in explain(page, ReadOptions()) if d.kind.value == "title")
    assert "its deck stands between it and its credits" in title_rule  # the subtitle is its deck, no list item


def test_a_page_pasted_with_a_blank_line_after_every_line():
    """Blank lines after every line say nothing: a notice's title broken in two and a table's rows
    pasted with spaces stand together as on the page."""
    lines = ["某某县人民政府门户网站", "站内搜索", "您现在的位置：首页 >> 政务公开 >> 县政府文件",
             "某某县人民政府关于印发某某县农村集体", "“三资”管理办法的通知",
             "作者：　　来源：县政府办　　发布时间：2024-09-20　　阅读：10", "某政发〔2024〕57号", "各乡镇人民政府，县直各单位：",
             "《某某县农村集体“三资”管理办法》已经县政府常务会议研究同意，现印发给你们，请认真贯彻执行。",
             "某某县人民政府", "2024年9月18日", "某某县农村集体“三资”管理办法", "第一章　总　则",
             "第一条　为加强农村集体资金、资产、资源管理，维护农村集体经济组织及其成员的合法权益，制定本办法。",
             "第二条　本办法适用于本县行政区域内村、组两级农村集体经济组织。",
             "各乡镇集体资产统计如下：", "乡镇 资金（万元） 资产（万元） 同比增长（%）", "城关镇 1204.5 3310.2 6.1",
             "新华乡 860.3 2105.7 4.8", "平川镇 745.9 1988.4 5.2", "第三条　本办法自印发之日起施行。"]
    doc = read("\n\n".join(lines) + "\n")
    assert doc.meta.title == "某某县人民政府关于印发某某县农村集体“三资”管理办法的通知"
    [table] = [b for b in doc.blocks if type(b).__name__ == "Table"]
    assert len(table.rows) == 4


def test_a_two_line_headline_under_its_info_bar_beats_the_site_s_name():
    """The site's name and section over the info bar, then a notice's title broken in two lines
    (``…关于春节期间市区`` / ``禁止燃放烟花爆竹的通告``): the two lines are the headline, weighed as one."""
    doc = read("某某市公安局 警务公开\n首页警务公开警务动态通知公告办事指南警民互动\n首页 > 警务公开 > 通知公告\n"
               "某某市公安局　2026-01-20 16:35　来源：本网 【字号：大 中 小】 浏览：4517\n"
               "某某市公安局关于春节期间市区\n禁止燃放烟花爆竹的通告\n某公通〔2026〕2号\n"
               "为保障春节期间公共安全和人民群众生命财产安全，根据有关规定，现就市区禁止燃放烟花爆竹有关事项通告如下：\n"
               "一、2026年2月10日至3月3日，市区城区范围内禁止燃放烟花爆竹。\n"
               "二、任何单位和个人不得在上述区域内销售、储存烟花爆竹。\n")
    assert doc.meta.title == "某某市公安局关于春节期间市区禁止燃放烟花爆竹的通告"


def test_a_headline_whose_first_line_ends_on_its_colon_and_a_comments_link_after_the_writers():
    doc = read("当前位置：首页 > 政策解读\n发布时间：2025/6/3 09:12:30　来源：养老保险处　作者：陈彬 吴川宣 参与评论(36)\n"
               "一图读懂之外，再答六问：\n某省灵活就业人员参加职工养老保险新政解读\n"
               "近日，省人力资源社会保障厅、省财政厅联合印发通知，灵活就业人员参加职工养老保险不再受户籍限制。\n"
               "问：哪些人员可以以灵活就业人员身份参保？\n答：年满16周岁、从事个体经营或灵活就业的人员，均可在就业地参保。\n")
    assert doc.meta.title == "一图读懂之外，再答六问：某省灵活就业人员参加职工养老保险新政解读"
    assert doc.meta.writers == ("陈彬", "吴川宣")


def test_the_site_s_name_that_the_credits_give_as_the_source_is_no_headline():
    """``[2025-03-03]来源：国家税务总局某某省税务局`` (a label after a closing bracket) names the
    banner at the top as the source: the headline is the line under the credits."""
    doc = read("无障碍长者模式登录\n国家税务总局某某省税务局\n请输入关键词\n搜索\n首页税务新闻信息公开纳税服务互动交流\n"
               "当前位置：首页 > 信息公开 > 政策解读\n[2025-03-03]来源：国家税务总局某某省税务局【字号 大 中 小】\n"
               "2024年度个人所得税综合所得汇算清缴热点问答\n"
               "2025年起，个人所得税综合所得汇算清缴工作如期开展。针对纳税人关心的热点问题，国家税务总局某某省税务局整理了以下问答。\n"
               "一、哪些纳税人需要办理年度汇算？\n年度综合所得收入超过12万元且需要补税金额超过400元的，需要办理年度汇算。\n")
    assert doc.meta.title == "2024年度个人所得税综合所得汇算清缴热点问答"
    assert doc.meta.published == dt.date(2025, 3, 3)


def test_credits_glued_to_a_unit_an_intern_and_an_account_glued_to_its_date():
    doc = read("某县市场监管局开展校园周边食品安全专项检查\n发布日期：2025.05.28来源：某县市场监督管理局文：秦  磊浏览量：1024\n"
               + POST)
    assert doc.meta.writers == ("秦磊",)
    english = read("Ceramic fair draws artists from 41 countries\n2025-10-17 21:08\n\n" + ARTICLE_EN
                   + "\n(Reporter: Hu Jing; Intern: Xu Yuqi)\n")
    assert english.meta.writers == ("Hu Jing", "Xu Yuqi")
    card = read("首页\n登录\n县城青年返乡创业图鉴：他们在家门口找到了新机会\n泉城生活圈2025-04-22 17:05山东优质生活领域创作者\n" + POST)
    assert card.meta.writers == ("泉城生活圈",)


def test_a_kicker_whose_line_ends_on_a_dash_leads_into_the_headline():
    # (the blind sets' authors take the line under the dash alone five times in six: a 引题 over its 主题)
    doc = read("当前位置：首页 > 新闻中心 > 媒体聚焦\n某某区推进茶旅融合——\n生态美了　村民富了\n"
               "发布时间：2025-05-19 08:30来源：某某日报字号：大 中 小\n"
               "茶旅融合让某某区的茶山变成了景区，村民的腰包鼓了起来，生态也越来越好，茶旅融合之路越走越宽。\n\n"
               "近年来，某某区依托茶园资源发展乡村旅游，带动村民增收，茶旅融合成为乡村振兴的新路子。\n")
    assert doc.meta.title == "生态美了　村民富了"


def test_closing_credits_with_their_dateline_a_wire_s_reporting_line_and_a_validity_field():
    doc = read("洋浦：海上“菜篮子”里的深海网箱养殖\n2025-04-09 来源：某某日报\n"
               "洋浦的深海网箱养殖规模不断扩大，金鲳鱼、石斑鱼等品种远销各地，带动渔民转产增收，海上“菜篮子”越拎越满。\n\n"
               "当地还引导转产上岸渔民到养殖企业务工，仅白马井镇就有300多名渔民成为产业工人。（本报那大4月8日电 记者曾毅 通讯员许维哲）\n")
    assert doc.meta.writers == ("曾毅", "许维哲")
    wire = read("Big data hub expands computing power for AI models\n2025-04-09 10:20\n\n" + ARTICLE_EN.rstrip()
                + " (Reporting by Yang Wenbin and Liu Yizhou)\n")
    assert wire.meta.writers == ("Yang Wenbin", "Liu Yizhou")
    notice = read("首页 > 政府信息公开 > 政策文件\n索引号\t11520303MB1532467T/2024-00215\t信息分类\t政策文件\n"
                  "发布机构\t某某区人民政府办公室\t生成日期\t2024年9月25日\n文号\t某府办发〔2024〕31号\t发布日期\t2024年9月27日\n"
                  "有效性\t有效\n某某区人民政府办公室关于做好秋冬季森林防火工作的通知\n各镇人民政府、街道办事处，区政府各部门：\n"
                  "为切实做好秋冬季森林防火工作，保障人民群众生命财产安全，经区人民政府同意，现将有关事项通知如下。\n"
                  "一、压实防火责任。各镇、街道要严格落实森林防火责任制，层层签订责任书，把责任落实到山头地块。\n"
                  "二、加强火源管控。进入防火期后，严禁在林区野外用火，对重点人群和重点区域开展巡查。\n"
                  "三、做好应急准备。各镇、街道要组建专业扑火队伍，储备扑火物资，确保一旦发生火情能够迅速处置。\n"
                  "某某区人民政府办公室\n2024年9月25日\n")
    assert notice.meta.title == "某某区人民政府办公室关于做好秋冬季森林防火工作的通知"
    assert notice.meta.published == dt.date(2024, 9, 27)


def test_a_kicker_ending_in_a_noun_is_not_joined_to_the_headline():
    """``聚焦“两区”建设`` over the headline is its kicker (建设 here is a noun): not one headline."""
    doc = read("某某日报 2025年06月03日 星期二\n第A02版：要闻\n聚焦“两区”建设\n怀来葡萄酒产业链年产值突破50亿元\n"
               "全县酒庄达到46家，带动1.2万农户增收\n本报记者　宋晓光　通讯员　杨宁\n\n"
               "怀来县葡萄酒产业链年产值突破50亿元，全县酒庄达到46家，葡萄种植面积稳定在十万亩以上。\n\n"
               "近年来，怀来县推进葡萄酒产业与文旅融合发展，带动1.2万农户增收。\n")
    assert doc.meta.title == "怀来葡萄酒产业链年产值突破50亿元"


# -- the thirteenth blind round: kinds of failure the eleventh to thirteenth sets showed

STORY = ("　　5月16日，某某区“乡村夜市”在滨江广场开市，首批80个摊位经营本地小吃、农产品和文创产品，开市当晚吸引市民游客两万余人次。\n\n"
         "　　据介绍，夜市将持续到10月底，每周五至周日开放，区里同步推出公交夜班线路和临时停车场，方便市民出行。\n")


def test_the_first_story_under_a_list_s_label_is_no_headline():
    """``热门排行`` / ``相关推荐`` and one story of the list, then the headline over its credits: a
    sidebar copied before the article."""
    for label in ("热门排行", "相关推荐"):
        doc = read(f"某某网 客户端下载\n首页 > 本地 > 要闻\n{label}\n某某区公布2025年中考录取分数线\n"
                   "某某区“乡村夜市”开市 首晚迎客两万余人次\n2025-05-16 20:41　来源：某某日报　作者：周明远\n\n" + STORY)
        assert doc.meta.title == "某某区“乡村夜市”开市 首晚迎客两万余人次", label
        assert doc.meta.writers == ("周明远",)


def test_an_account_s_post_header_names_it_and_who_runs_it_is_no_account_name():
    doc = read("某某头条 首页\n登录\n某某供电公司\n\n相关推荐\n寒潮来袭 电网迎峰度冬\n零下三十度的巡线路：他们守护万家灯火\n"
               "某某供电公司 2025-01-14 18:02 · 内蒙古 · 头条号\n" + STORY)
    assert doc.meta.writers == ("某某供电公司",)
    thepaper = read("某某新闻 要闻 深度 下载客户端\n某某发布\n\n澎湃号·政务　某某市委网信办官方账号\n\n关注\n"
                    "某某区“乡村夜市”开市\n某某发布 2025-05-16 20:41 来源：某某新闻·澎湃号·政务\n" + STORY)
    assert thepaper.meta.writers == ("某某发布",)
    baidu = read("百度首页 登录\n某某县融媒体中心\n\n某某区“乡村夜市”开市 首晚迎客两万余人次\n"
                 "某某县融媒体中心　2025-07-18 09:40　广西　政务机构官方账号\n" + STORY)
    assert baidu.meta.title == "某某区“乡村夜市”开市 首晚迎客两万余人次"
    assert baidu.meta.writers == ("某某县融媒体中心",)
    category = read("某某网 | 企鹅号 登录\n某某视界\n\n企鹅号 · 文化领域\n\n关注\n某某区“乡村夜市”开市 首晚迎客两万余人次\n"
                    "某某视界\n\n2023年4月2日 19:30\n\n" + STORY)
    assert category.meta.writers == ("某某视界",)


def test_a_headline_broken_after_a_word_that_joins_or_a_comma():
    doc = read("首页 > 新闻中心 > 园区动态\n某某经开区氢能装备产业园二期项目开工暨\n年产500台燃料电池系统生产线投产\n"
               "记者　刘振宇　　2025-03-28 10:05　　来源：某某经开区\n" + STORY)
    assert doc.meta.title == "某某经开区氢能装备产业园二期项目开工暨年产500台燃料电池系统生产线投产"
    comma = read("某某日报 2025年7月1日 星期二\n生态某某\n\n湖区洄游季，\n一条鱼与一片湖的生态守望\n——写在某某湖保护四十年之际\n"
                 "本报记者　栾雪梅\n" + STORY)
    assert comma.meta.title == "湖区洄游季，一条鱼与一片湖的生态守望"


def test_a_saved_page_s_headline_printed_on_two_lines_that_its_title_holds_joined():
    from newsconv.readers.html import read_html

    page = ("<html><head><meta charset=utf-8><title>某某市住建局召开老旧小区改造现场观摩会推动“楼道革命”向“环境革命”延伸"
            "</title></head><body><div>网站首页 机构职能 工作动态</div><div>首页 &gt; 工作动态</div>"
            "<h1>某某市住建局召开老旧小区改造现场观摩会<br>推动“楼道革命”向“环境革命”延伸</h1>"
            "<div>发布时间：2023/9/14 16:05:22 来源：市住建局 作者：刘洋</div>"
            "<p>9月13日，某某市住建局在章贡区召开老旧小区改造现场观摩会，与会人员实地观摩了三个改造小区，交流了经验做法。</p>"
            "<p>会议要求，各地要推动老旧小区改造从“楼道革命”向“环境革命”延伸，让居民住得更舒心。</p></body></html>")
    doc = read_html(page.encode(), ReadOptions(source="page.html"))
    assert doc.meta.title == "某某市住建局召开老旧小区改造现场观摩会推动“楼道革命”向“环境革命”延伸"
    # (but a programme's label in a <span> beside the <h1>, which the <title> runs on before it, stays out)
    labelled = ("<html><head><meta charset=utf-8><title>【某原新闻联播】新郑：智慧农机助力小麦春管-某原卫视网</title></head>"
                "<body><div>某原卫视网 HNTV 直播 点播 栏目</div><div>视频播放器00:00 / 02:31</div>"
                "<div><span>【某原新闻联播】</span><h1>新郑：智慧农机助力小麦春管</h1></div>"
                "<div>2025年03月10日 19:42　|　栏目：某原新闻联播　|　播放量：1.2万</div>"
                "<p>【导语】眼下正是小麦返青起身的关键时期，在新郑市，植保无人机、智能水肥一体机等新装备走进麦田。</p>"
                "<p>在新郑市八千乡的一块高标准农田里，三架植保无人机正在进行“一喷三防”作业。</p></body></html>")
    doc = read_html(labelled.encode(), ReadOptions(source="page.html"))
    assert doc.meta.title == "新郑：智慧农机助力小麦春管"
    # (and a 主题 set in two <h1>s, one a line, is one headline)
    twice = ("<html><head><meta charset=utf-8><title>某西地区水资源配置工程加快建设</title></head><body>"
             "<div class=paper><p>第002版：要闻</p><p>引水入某西 润泽千万人</p><h1>某西地区水资源配置工程</h1><h1>加快建设</h1>"
             "<p>年底前将实现部分片区通水</p><p>本报记者 王 涛</p>"
             "<p>记者从市水利局获悉，某西地区水资源配置工程建设加快推进，主体工程已完成投资的七成以上。</p>"
             "<p>工程建成后，将惠及沿线十个区县的一千余万群众，有效缓解当地的工程性缺水问题。</p></div></body></html>")
    doc = read_html(twice.encode(), ReadOptions(source="page.html"))
    assert doc.meta.title == "某西地区水资源配置工程加快建设"


def test_the_banner_above_the_breadcrumb_and_a_q_and_a_s_question_are_no_headlines():
    doc = read("无障碍长者模式登录注册\n某某省人力资源和社会保障厅\n请输入关键词\n搜索\n首页信息公开政策解读网上办事\n"
               "您的位置：首页 > 信息公开 > 政策解读\n再问再答：某某省灵活就业人员参加职工养老保险有关问题解读\n"
               "2025年4月9日　来源：养老保险处　【字体：大 中 小】　打印\n"
               "近期，不少灵活就业人员咨询参加职工基本养老保险的有关问题，某某省人力资源和社会保障厅整理了以下问答。\n\n"
               "问：非本省户籍的灵活就业人员能否参保？\n\n答：可以。在本省就业的灵活就业人员，凭居住证即可参加职工基本养老保险。\n\n"
               "问：缴费基数怎么选？\n\n答：缴费基数可在全省平均工资的60%至300%之间自主选择，每年可调整一次。\n")
    assert doc.meta.title == "再问再答：某某省灵活就业人员参加职工养老保险有关问题解读"
    qa = read("某某市某某区人民政府\n首页区情概况政务公开政务服务\n位置：首页 » 政务公开 » 政策解读\n"
              "发布日期：2025-03-12 　供稿单位：区人力资源和社会保障局\n一图读懂｜某某区“家门口就业服务站”建设\n"
              "问：什么是“家门口就业服务站”？\n\n答：“家门口就业服务站”是依托社区党群服务中心设立的公共就业服务站点，为居民提供岗位信息和政策咨询。\n\n"
              "问：哪些人员可以享受服务？\n\n答：辖区内有就业意愿的登记失业人员、高校毕业生、退役军人等都可以到服务站求职登记。\n")
    assert qa.meta.title == "一图读懂｜某某区“家门口就业服务站”建设"


def test_a_headline_with_the_page_s_buttons_on_its_line():
    doc = read("某某市人民政府 | 某某区人民政府 | 无障碍 长者模式\n某某区人民政府\n首页政务公开政务服务\n首页 > 政务公开 > 政务动态\n"
               "区应急管理局开展液氨泄漏事故应急演练 字号：大 中 小 | 打印 | 分享到：微信 微博\n"
               "发布时间：2024-11-08 11:02:36供稿单位：区应急管理局浏览次数：325\n" + STORY)
    assert doc.meta.title == "区应急管理局开展液氨泄漏事故应急演练"


def test_bylines_a_section_s_name_a_position_and_labels_glued_to_names():
    section = read("某某市农业农村局\n首页>新闻动态>部门动态\n部门动态\n区县动态\n图片新闻\n"
                   "[2024-08-19] 作者：杨帆  来源：市农业农村局  浏览量：739\n某某市上半年农业经济运行总体平稳\n" + STORY)
    assert section.meta.writers == ("杨帆",)
    glued = read("某某日报\n某某中小学8月起推行“弹性离校”\n某某日报记者汪甜甜 通讯员马莉 陈思雨\n\n" + STORY)
    assert glued.meta.writers == ("汪甜甜", "马莉", "陈思雨")
    bare = read("某某地铁4号线全线贯通\n2023-10-29 07:20来源：某某晚报\n"
                "　　本报讯 记者熊 晶 实习生 万子怡报道：10月28日上午，随着盾构机破土而出，某某地铁4号线最后一个区间隧道顺利贯通。\n\n"
                "　　据介绍，4号线全长39.6公里，设站29座，预计明年底开通运营，届时将串联起城市东西两片新区。\n")
    assert bare.meta.writers == ("熊晶", "万子怡")
    position = read("利率一降再降，普通家庭的钱该放哪儿？\n老王说理财 2024-10-21 07:58 河南\n\n" + STORY
                    + "\n（作者：王建国，高级经济师，长期关注个人理财与家庭财务规划）\n")
    assert position.meta.writers == ("王建国",)


def test_an_english_info_bar_with_its_fields_apart():
    doc = read("CITY · The People's Government of the City\nHome > News > Local News\n"
               "City to add 200 km of greenway trails this year\n"
               "Date: 2023.11.16\u3000Source: City Daily\u3000Author: Zhang Tong\u3000Font size: A+ A-\n\n" + ARTICLE_EN)
    assert doc.meta.writers == ("Zhang Tong",)


def test_a_record_table_with_spaced_labels_and_a_menu_of_four_character_items():
    notice = read("某某市人民政府 门户网站\n您现在的位置：首页 → 政务公开 → 政府文件\n\n"
                  "索 引 号 0040124-2024-00031 发布机构 某某市人民政府\n生成日期 2024-11-25 发布日期 2024-11-26\n"
                  "文 号 某政发〔2024〕31号 主题词 烟花爆竹 通告\n某某市人民政府关于城区禁止燃放烟花爆竹的通告\n\n某政发〔2024〕31号\n\n"
                  "为预防和减少火灾及人身伤害事故，保护环境，维护公共安全，根据有关法律法规，结合本市实际，现就城区禁止燃放烟花爆竹有关事项通告如下。\n\n"
                  "一、禁止燃放区域：城区东至龙湖大街、西至新建路、南至汇通路、北至北环路。\n")
    assert notice.meta.title == "某某市人民政府关于城区禁止燃放烟花爆竹的通告"
    menu = read("今天是：2024年11月12日 设为首页 | 加入收藏 | 网站地图\n某某市人力资源和社会保障局\n"
                "首 页 机构概况 工作动态 政策法规 办事指南 公开目录 在线咨询\n当前位置：首页 >> 工作动态\n"
                "2024年11月12日 星期二　　来源：就业促进处　　点击数：512\n某某区“乡村夜市”开市 首晚迎客两万余人次\n" + STORY)
    assert menu.meta.title == "某某区“乡村夜市”开市 首晚迎客两万余人次"


def test_a_page_with_long_paragraphs_is_not_hard_wrapped_at_its_menu_s_width():
    """A menu and two related links of the same length are no wrap width when the paragraphs run
    far longer: the menu is not the headline's first line."""
    doc = read(WIDE_PARAGRAPHS)
    assert doc.meta.title == "Highland barley harvest in the region hits a record high"


WIDE_PARAGRAPHS = """\
ChineseFrançaisEspañol
Port Ellis News english.news
HomeChinaWorldBusinessSci-TechCulturePhotosTV
Highland barley harvest in the region hits a record high
Source: Port Ellis News  Editor: Zhang Long  2024-10-09 18:22:41
PORT ELLIS, Oct. 9 -- The highland barley output in the region reached a record 850,000 tonnes this year, local authorities said Wednesday.

The region planted about 2.1 million mu of highland barley, a staple crop, with improved varieties covering more than 98 percent of the planted area and yields up by a tenth.

Highland barley is used to make bread, beer and a growing range of processed foods. The region now has more than 100 enterprises processing the grain.

A farmer in the valley said his family yield rose by nearly 10 percent thanks to new seeds and machine sowing.

Related:
Regional grain output exceeds 1 million tonnes
Feature: valley farmers embrace smart farming
Copyright © 2000 - 2024 Port Ellis News. All rights reserved.
"""


def test_a_speech_s_day_gives_way_to_the_info_bar_s_date_and_time():
    doc = read("某某市某某区人民政府\n首页 > 领导之窗 > 领导讲话\n在全区安全生产工作会议上的讲话\n区长　黄志斌\n\n（2026年1月9日）\n\n"
               "2026-01-12 10:30 　来源：区政府办公室 　【字号 大 中 小】\n同志们：\n\n"
               "　　今天召开全区安全生产工作会议，主要任务是总结去年工作，部署今年任务。刚才，几位同志作了发言，讲得都很好，我都同意。\n\n"
               "　　下面，我再强调三点意见。一是压实责任，二是排查隐患，三是严格执法，确保全区安全生产形势持续稳定。\n")
    assert doc.meta.published == dt.datetime(2026, 1, 12, 10, 30)


def test_a_notice_s_table_and_its_closing_parts_stay_in_the_body():
    doc = read("某某区人民政府\n首页 > 新闻中心 > 公示公告\n发布时间：2025/9/26 16:05:41 来源：区妇联 阅读量：562\n"
               "某某区2025年“最美家庭”拟认定名单公示\n"
               "根据《某某区2025年“最美家庭”评选活动方案》，经社区推荐、街道初审、评审委员会评议，拟认定以下3户家庭为某某区2025年“最美家庭”，现予以公示。\n\n"
               "公示期为2025年9月26日至2025年10月3日。公示期间，如对公示对象有异议，可通过来电、来信或来访等方式向区妇联反映。\n\n"
               "序号\t姓名\t性别\t所在社区\n1\t马秀英\t女\t电子城社区\n2\t杜建军\t男\t长延堡社区\n3\t韩晓东\t男\t曲江池社区\n"
               "联系电话：029-85231234\n\n某某区妇女联合会\n\n2025年9月26日\n\n打印 | 关闭\n")
    texts = body(doc)
    assert any("马秀英" in t for t in texts) and "某某区妇女联合会" in texts and "2025年9月26日" in texts


def test_a_gallery_s_captions_under_their_picture_counts_stay_in_the_body():
    doc = read("某某网 图片频道\n某某网 > 图片 > 本地图片\n组图｜某某古城：假期最后一天依旧人气旺\n"
               "2024年10月08日 18:22 来源：某某网 作者：某某网记者 杜小伟 摄\n"
               "10月8日，国庆假期最后一天，某某古城依旧人气火爆，游客在古城里观看演出、品尝小吃。\n\n"
               "游客在古城街头围观传统民俗表演，现场掌声不断。\n\n（1/3）\n\n游客在景区内观看大型实景演出《古城风云》。\n\n（2/3）\n\n"
               "身着古代服饰的游客在城楼前拍照留念。\n\n（3/3）\n\n责任编辑：张宇\n")
    assert "身着古代服饰的游客在城楼前拍照留念。" in body(doc)


def test_a_saved_page_s_markup_says_which_of_a_kicker_and_a_headline_is_the_headline():
    """An e-paper's 引题 / 主题 / 副题 each in its own block: the <h1> and <title> name the 主题."""
    from newsconv.readers.html import read_html

    page = ("<html><head><meta charset=utf-8><title>智慧农机“唱主角” 千里稻田绿意浓</title></head><body>"
            "<div>某某日报 数字报刊 <a>往期回顾</a> <a>版面导航</a></div><div>某某日报</div><p>2024年7月26日 星期五</p>"
            "<p>第01版：要闻</p><p><a>上一版</a> <a>下一版</a></p><p>本版责编：郝  阳</p><div><p>加快推进农业现代化</p>"
            "<h1>智慧农机“唱主角” 千里稻田绿意浓</h1><p>我省水稻全程机械化生产面积达650万亩</p><p>本报记者　王  敏</p><div>"
            "<p>连日来，在某某区的稻田里，一台台无人机来回穿梭，为水稻喷洒叶面肥。“现在无人机一天能作业300多亩。”种粮大户说。</p>"
            "<p>今年，我省推广水稻全程机械化生产面积达到650万亩，机插秧、无人机植保、智能化灌溉等技术广泛应用，亩均节本增效150元以上。</p>"
            "<p>某某区一家农机专业合作社今年托管服务面积达到2.6万亩，水稻亩产比农户分散种植提高了50多公斤。</p></div>"
            "<p>上一篇　下一篇</p></div></body></html>")
    doc = read_html(page.encode(), ReadOptions(source="page.html"))
    assert doc.meta.title == "智慧农机“唱主角” 千里稻田绿意浓"


def test_an_official_s_interview_title_ends_on_its_own_line():
    doc = read("首页 > 政策解读\n自治区人社厅有关负责人就《关于进一步稳定和扩大就业的若干措施》\n答记者问\n"
               "发布时间：2025-02-18 11:20　来源：自治区人社厅\n" + STORY)
    assert doc.meta.title == "自治区人社厅有关负责人就《关于进一步稳定和扩大就业的若干措施》答记者问"
    assert doc.meta.writers == ()


def test_a_speaker_above_the_speech_s_day_and_the_share_buttons():
    doc = read("首页 > 政务公开 > 领导讲话\n在全区优化营商环境大会上的讲话\n发布时间：2025-02-12　　来源：区委办公室　　浏览：904\n"
               "区委书记　赵建国\n\n（2025年2月10日）\n\n分享到：微信 微博 QQ空间\n同志们：\n\n"
               "　　今天召开全区优化营商环境大会，主要任务是总结去年工作，部署今年任务，动员全区上下进一步优化营商环境。\n\n"
               "　　下面，我讲三点意见。一是提高认识，二是突出重点，三是狠抓落实，确保各项任务落到实处、见到实效。\n")
    assert doc.meta.writers == ("赵建国",)
    assert doc.meta.published == dt.date(2025, 2, 12)


def test_an_account_s_card_and_what_the_platform_prints_beside_its_name():
    doc = read("百家号 百度首页\n某某这个公园的花开了，拍照超出片！\n某某生活圈\n2023-11-12 10:04 福建\n\n" + STORY)
    assert doc.meta.writers == ("某某生活圈",)
    card = read("某某新闻 首页\n澎湃号·政务热榜\n某某区启动夏季“清凉驿站”服务\n"
                "某某发布　关注　某某区委宣传部官方账号　2025-06-03 16:02　来源：某某新闻·澎湃号·政务\n" + STORY)
    assert card.meta.writers == ("某某发布",)


def test_labels_glued_to_units_brackets_and_names_and_a_byline_with_its_date():
    unit = read("某某区一季度重点项目完成投资超百亿元\n日期：2024-04-11 17:36来源：某某区发展改革委文/黄 涛\n" + STORY)
    assert unit.meta.writers == ("黄涛",)
    tv = read("视频｜某某新区“夜间经济”带火山城消费\n2023-08-05 21:10某某广播电视集团（总台）记者：谭　欣摄像：马　超\n" + STORY)
    assert tv.meta.writers == ("谭欣",)
    dated = read("快讯！某某长江大桥今起夜间封闭施工\n某某新闻记者 邓 波　2025-06-03 07:58　湖北\n" + STORY)
    assert dated.meta.writers == ("邓波",)
    assert dated.meta.published == dt.datetime(2025, 6, 3, 7, 58)


def test_record_fields_a_document_number_and_an_attachment_are_no_headlines():
    doc = read("当前位置：首页 > 信息公开 > 通知公告\n索引号：11340000003123456X/202503-00021 信息分类：通知公告\n"
               "发布机构：某某省自然资源厅 主题分类：国土资源\n名称：某某省自然资源厅关于做好2025年度地质灾害防治工作的通知\n"
               "成文日期：2025-03-12 发布日期：2025-03-14\n有效性：有效 关键词：地质灾害\n"
               "某某省自然资源厅关于做好2025年度地质灾害防治工作的通知\n某自然资函〔2025〕58号\n\n"
               "各市、县（市、区）自然资源主管部门：\n\n"
               "　　为切实做好2025年度地质灾害防治工作，最大限度减少地质灾害造成的人员伤亡和财产损失，现将有关事项通知如下。\n\n"
               "　　一、加强隐患排查。各地要在汛前组织开展地质灾害隐患排查，建立隐患点台账，落实监测责任人。\n\n"
               "附件：2025年度地质灾害重点防范区名单\n\n某某省自然资源厅\n\n2025年3月12日\n")
    assert doc.meta.title == "某某省自然资源厅关于做好2025年度地质灾害防治工作的通知"
    assert doc.meta.published == dt.date(2025, 3, 14)


def test_a_list_of_notices_over_the_one_printed_with_its_credits_is_not_one_long_title():
    doc = read("当前位置：首页 / 政务公开 / 通知公告\n通知公告\n关于2025年某某区“美丽乡村示范村”拟命名名单的公示\n"
               "某某区2025年农机购置补贴实施方案\n关于开展2025年度高素质农民培育工作的通知\n"
               "关于2025年某某区“美丽乡村示范村”拟命名名单的公示\n[2025-06-03]　　来源：区农业农村局\n"
               "根据《某某区美丽乡村示范村创建工作实施方案》，经乡镇（街道）推荐、区级评审，拟命名以下3个村为2025年“美丽乡村示范村”，现予以公示。\n\n"
               "公示期间如有异议，请向区农业农村局反映。\n")
    assert doc.meta.title == "关于2025年某某区“美丽乡村示范村”拟命名名单的公示"


def test_a_hot_list_over_the_headline_and_a_site_s_path_on_one_line():
    doc = read("某某新闻 打开APP\n首页杭州浙江天下财经体育\n热榜\n某某景区启用AI导览\n钱塘江大潮观潮指南来了\n"
               "某某今年将新增托育位1万个\n某某地铁启用“无感乘车”外国游客刷卡就能进站\n2025-03-05 10:21　某某晚报　阅读 1.6万\n\n" + STORY)
    assert doc.meta.title == "某某地铁启用“无感乘车”外国游客刷卡就能进站"
    path = read("首页黑龙江哈尔滨国内国际体育旅游登录 | 注册\n某某网\n搜索\n某某网 > 哈尔滨新闻\n"
                "2024年11月20日 09:15来源：某某日报作者：赵洪波编辑：张晓彤\n某某冰雪大世界今冬将扩容\n" + STORY)
    assert path.meta.title == "某某冰雪大世界今冬将扩容"


def test_a_headline_s_second_line_opening_with_and_and_an_e_paper_s_main_title_under_its_kicker():
    doc = read("首页 > 新闻中心 > 领导活动\n区长韦志刚到河西工业园调研重点项目建设\n和企业生产经营情况\n"
               "发布时间：2025-04-18 16:20　来源：区政府办　作者：覃丽\n" + STORY)
    assert doc.meta.title == "区长韦志刚到河西工业园调研重点项目建设和企业生产经营情况"
    epaper = read("某某日报数字报2025年06月03日 星期二往期回顾PDF下载\n第01版：要闻\n上一版　下一版\n本版标题导航\n"
                  "“塞上江南”绿意浓\n某某至昆明高铁加快建设\n全区夏粮丰收在望\n版面概览\n"
                  "持续推进黄河流域生态保护和高质量发展先行区建设\n“塞上江南”绿意浓\n——我区今年完成营造林120万亩\n"
                  "2025年06月03日　来源：某某日报　第01版：要闻\n本报记者　马  骁\n"
                  "本报讯　初夏时节，在贺兰山东麓、罗山脚下，一片片新植林木吐露新绿。记者从自治区林草局获悉，今年全区计划完成营造林120万亩。\n\n"
                  "今年，我区坚持以水定绿、量水而行，在干旱风沙区推广乡土树种和灌木林，在引黄灌区建设农田防护林网，新造林成活率达到90%以上。\n\n"
                  "与此同时，我区持续推进国土绿化与特色产业融合，发展枸杞、苹果、红枣等经济林，带动林农增收。\n\n"
                  "自治区林草局相关负责人表示，将持续加强幼林抚育管护，确保“造一片、活一片、绿一片”。\n")
    assert epaper.meta.title == "“塞上江南”绿意浓"


def test_a_wechat_headline_addressed_to_everyone_is_a_headline():
    doc = read("@所有人：某某市2025年城乡居民医保开始缴费啦\n原创　杨  帆　某某发布　2024年10月9日 18:30　贵州\n"
               "2025年度城乡居民基本医疗保险集中缴费工作已经开始啦！个人缴费标准为每人每年400元，缴费截止时间为12月31日。\n\n"
               "哪些人可以参保？\n\n除职工基本医疗保险应参保人员以外的其他所有城乡居民，均可参加城乡居民基本医疗保险。\n")
    assert doc.meta.title == "@所有人：某某市2025年城乡居民医保开始缴费啦"


def test_more_bylines_a_speaker_without_a_family_name_units_buttons_positions_and_a_platform_in_the_card():
    speech = read("首页 > 领导之窗\n在全区2025年安全生产和消防工作会议上的讲话\n区长　才让东智\n（2025年2月28日）\n同志们：\n\n"
                  "　　今天召开全区安全生产和消防工作会议，主要任务是总结去年工作，分析当前形势，部署今年任务。\n\n"
                  "　　下面，我讲三点意见。一是提高认识，二是突出重点，三是压实责任，确保全区安全形势稳定。\n")
    assert speech.meta.writers == ("才让东智",)
    unit = read("我校研究团队在茶树抗寒育种研究中取得新进展\n作者：　来源：茶学院　发布时间：2023-12-07　点击数：1563\n" + STORY
                + "\n文/图：茶学院 陈  露　　编辑：王  晶　　审核：何志军\n")
    assert unit.meta.writers == ("陈露",)
    share = read("南阳月季迎来盛花期 百万株月季扮靓城市街头\n2021-05-06 10:18　来源：某某网　记者 李佳蔚　通讯员 潘冬梅　我要分享\n"
                 + STORY)
    assert share.meta.writers == ("李佳蔚", "潘冬梅")
    position = read("在某某五大道骑行一下午，我找到了这座城市的松弛感\n原创 2023-05-14 16:20·某某城事\n\n" + STORY
                    + "\n（作者：张雨桐，自由撰稿人）\n")
    assert position.meta.writers == ("张雨桐",)
    card = read("首页\n朝阳区这个社区把“楼门长”选成了“解题员”\n北京朝阳 澎湃号·政务 2022-06-17 14:08 北京\n\n" + STORY)
    assert card.meta.writers == ("北京朝阳",)


def test_a_post_header_opening_with_original_names_the_account_after_its_date():
    doc = read("某某头条　首页\n登录\n在某某骑行遇龙河，这条路线人少景美，收藏好\n原创　2024-05-17 08:30·某某旅游小鹿　关注\n\n" + STORY)
    assert doc.meta.writers == ("某某旅游小鹿",)


def test_bylines_of_the_twentieth_round_labels_glued_and_in_new_places():
    tools = read("某区人社局“家门口”招聘会助力高校毕业生就业\n"
                 "发布时间：2025/6/3 09:12:30来源：区人社局作者：周  敏浏览次数：312【打印】【关闭】扫一扫在手机打开当前页\n"
                 + STORY)
    assert tools.meta.writers == ("周敏",)
    english = read("Ice festival opens with larger slides\nSource: Some DailyWriter: Zhang XueEditor: Liu YangDate: 2024-12-19\n"
                   "The ice festival opened on Thursday with larger slides and a new theater carved from ice blocks.\n\n"
                   "Organizers said more than 300,000 cubic meters of ice and snow were used this year.\n")
    assert english.meta.writers == ("Zhang Xue",)
    bare = read("某某高铁进入联调联试\n2025-08-05\n本报讯 记者刘佳报道 8月5日，记者从铁路部门获悉，某某高铁正式进入联调联试阶段。\n\n"
                "联调联试期间，工作人员将对线路、供电、通信等系统进行全面检测和调试。\n")
    assert bare.meta.writers == ("刘佳",)
    parenthesised = read("某镇：苗寨里的“夜经济”火起来了\n来源：某镇　发布时间：2023-11-08 10:05\n"
                         "（通讯员 杨昌明）夜幕降临，千户苗寨华灯初上，长桌宴、苗族歌舞依次登场，游客络绎不绝。\n\n"
                         "据统计，今年以来该镇夜间消费额同比增长三成以上，带动周边群众就业一千余人。\n")
    assert parenthesised.meta.writers == ("杨昌明",)
    marked = read("让电商成为山区群众增收的“快车道”\n□ 张建平　　2020年09月08日\n" + STORY)
    assert marked.meta.writers == ("张建平",)
    qualified = read("马兰：贺兰山下的葡萄园“守护人”\n某某日报记者 王  静　2025-6-3　来源：某某日报\n" + STORY)
    assert qualified.meta.writers == ("王静",)
    words = read("这个街道把“15分钟生活圈”做进了地图里\n文字：吴佳慧　图片：某某路街道\n" + STORY)
    assert words.meta.writers == ("吴佳慧",)
    video = read("深山里的“云上课堂”\n发布于 2024.11.06　　某某新闻联播　　文丨李  婷　　视频丨张  伟\n" + STORY)
    assert video.meta.writers == ("李婷",)
    credit = read("古民居里“长”出新业态\n作者：汪晓宁　图片来源：作者拍摄\n" + STORY)
    assert credit.meta.writers == ("汪晓宁",)
    station = read("咖啡园里农事忙\n2025-03-12 18:20\n" + STORY + "\n记者：李明阳　某某台　摄像：赵德胜\n")
    assert station.meta.writers == ("李明阳",)
    office = read("某某供电公司全力以赴迎峰度夏\n2025-07-12\n" + STORY + "（宣传　蒋兴文　王海龙）\n")
    assert office.meta.writers == ("蒋兴文", "王海龙")


def test_self_media_accounts_in_cards_headers_and_paths_and_not_the_site_s_buttons():
    card = read("今日头条　首页下载头条APP登录\n搜索站内资讯、视频或用户\n某某文旅观察\n\n1.2万粉丝　关注\n\n"
                "草原火烧云刷屏了！最佳观赏期来了\n某某文旅观察　2025-06-15 19:42 · 内蒙古\n" + STORY)
    assert card.meta.writers == ("某某文旅观察",)
    path = read("澎湃新闻\n要闻\n深度\n直播\n澎湃号\n下载客户端\n某某：风景区秋季客流创新高\n"
                "澎湃号·政务 > 某某发布 2025-10-08 16:44 来源：澎湃新闻\n" + STORY)
    assert path.meta.writers == ("某某发布",)
    header = read("重磅！这些证明材料今后不用再跑腿开了\n\n原创 某快政务 某快政务 2025年6月3日 18:30 重庆\n\n" + STORY
                  + "\n来源：某某市司法局\n")
    assert header.meta.writers == ("某快政务",)
    writer = read("在海东，赴一场花儿的夏日之约\n原创 文丨韩晓梅 某东文旅 2025年06月03日 09:12 青海\n" + STORY)
    assert writer.meta.writers == ("韩晓梅",)


def test_a_saved_page_s_list_under_a_related_label_or_after_the_editor_is_not_the_article():
    """readability keeps the list under ``相关新闻`` (items without links) in the main content; the
    article ended at the label (or at ``责任编辑：``), so the list does not go back to the body."""
    from newsconv.readers.html import read_html

    story = ("<p>5月16日，某某区“乡村夜市”在滨江广场开市，首批80个摊位经营本地小吃、农产品和文创产品，开市当晚吸引市民游客两万余人次。</p>"
             "<p>据介绍，夜市每周五至周日开放，区里统一规划摊位、统一配备水电和垃圾收运，摊主免收摊位费，优先安排脱贫户和返乡青年经营。</p>"
             "<p>某某区商务局负责人表示，将持续丰富夜间消费场景，推动夜市与文旅活动联动，让“烟火气”成为城市新名片。</p>"
             "<p>不少摊主表示，夜市开市以来生意红火，一晚上的收入比白天在街边摆摊一整天还要多，“有了固定地方，心里踏实”。</p>")
    related = "<h4>相关新闻</h4><ul><li>某某夜市再添新摊位</li><li>滨江广场改造完工</li><li>某某区发放消费券</li><li>夜经济点亮县城</li></ul>"
    for between in ("<p>【纠错】 【责任编辑：韩雪】</p>", "<p>责任编辑：张玉</p><p>某某新闻公众号 更多精彩内容请关注</p>"):
        page = ("<html><head><meta charset=utf-8><title>某某区乡村夜市开市</title></head><body><div>某某网首页 新闻 财经</div>"
                "<h1>某某区乡村夜市开市</h1><div>2025-06-21 08:30 来源：某某日报</div>"
                f"<div class=cont>{story}</div>{between}{related}"
                "<div>某某网版权所有 未经授权禁止转载 某ICP备05000371号</div></body></html>")
        doc = read_html(page.encode(), ReadOptions(source="page.html"))
        texts = list(block_texts(doc.blocks))
        assert texts[-1].startswith("不少摊主表示") and not any("夜市再添新摊位" in t for t in texts), texts


def test_a_date_printed_after_the_headline_on_its_line_is_the_date_not_the_headline():
    doc = read("首页 > 政务公开 > 领导活动\n\n区领导调研解放碑片区城市更新项目 [2025-06-03]\n\n来源：某某区融媒体中心　浏览量：2047\n\n"
               + STORY)
    assert doc.meta.title == "区领导调研解放碑片区城市更新项目"
    assert str(doc.meta.published) == "2025-06-03"


def test_bylines_beside_a_copyright_notice_a_unit_an_interview_and_english_fields_in_pieces():
    english = read("Wuhan launches driverless bus route\nHome > News > Hubei\n"
                   "Source: Some Daily | Writer: Chen Siyu | Editor: Tang Yuxin | Published: Jun 18, 2024 18:40\n"
                   "Wuhan on Tuesday launched a driverless bus route linking a metro station with two universities.\n\n"
                   "The 9.6-kilometer route is served by six electric buses that run every fifteen minutes.\n")
    assert english.meta.writers == ("Chen Siyu",)
    notice = read("老城十字街：夜里十点以后才最热闹\n2024-07-21 22:48\n" + STORY + "\n文/李晓峰\n\n本文为百家号作者原创，未经授权，不得转载\n")
    assert notice.meta.writers == ("李晓峰",)
    unit = read("夏季防蚊正当时 远离登革热\n2023-06-15\n" + STORY + "\n撰稿：传防所 王 娟\n")
    assert unit.meta.writers == ("王娟",)
    interview = read("专访某某港集团总工程师：让“智慧港口”跑出加速度\n2024-09-18 10:05　来源：某某新闻\n" + STORY
                     + "\n（记者 陈倩 郭佳宁 专访）\n")
    assert interview.meta.writers == ("陈倩", "郭佳宁")


def test_an_account_s_card_and_description_are_no_headline_and_no_part_of_one():
    card = read("某某网 新闻 视频 图片 登录\n南宁人的夏天，是从一碗“酸嘢”开始的\n某某美食记 某某美食记 +关注\n"
                "2025-06-03 11:40发布于广西 美食领域创作者\n\n" + STORY)
    assert card.meta.title == "南宁人的夏天，是从一碗“酸嘢”开始的"
    described = read("某某新闻 要闻 深度 澎湃号 下载客户端 登录\n澎湃号·政务 >\n警惕！这种“刷单返利”新骗局，已有人中招\n"
                     "平安某某平安某某 关注\n某某市公安局官方澎湃号\n2024-09-04 17:26 来源：某某新闻·澎湃号·政务\n" + STORY)
    assert described.meta.title == "警惕！这种“刷单返利”新骗局，已有人中招"
    assert described.meta.writers == ("平安某某",)


def test_a_banner_over_the_breadcrumb_gives_way_to_a_headline_that_asks():
    doc = read("某某市第三中级人民法院\n请输入检索内容\n首页 | 法院概况 | 审判执行 | 司法公开 | 诉讼服务\n"
               "您的位置：首页 - 审判执行 - 案例发布\n\n直播间买到不合格净化器，主播公司要担责吗？\n\n"
               "来源：某某三中院 作者：通讯员 李 静 发布时间：2024-05-21 10:30 浏览：566\n"
               "近日，某某市第三中级人民法院审结一起因直播带货引发的产品责任纠纷案，判决主播所属公司与商家共同承担赔偿责任。\n\n"
               "2023年11月，消费者张某在某直播间购买了一台空气净化器，使用后发现多项指标不合格，遂诉至法院。\n\n"
               "法官提示：直播带货中，主播和其所属机构应当对推荐商品尽到审慎审查义务。\n")
    assert doc.meta.title == "直播间买到不合格净化器，主播公司要担责吗？"


def test_a_record_table_s_publication_date_and_a_field_over_the_headline():
    """An information-disclosure record gives the date the document was made (生成日期) and the
    date it was published (公开日期): the page's date is the second. A field's value (``主题词：…
    出让``) ends on its line, however its last word reads; the headline under it stands alone."""
    doc = read("某某县人民政府\n首页 > 政务公开 > 公示公告\n索引号： 01234/2025-00031 发布机构： 某某县自然资源局\n"
               "生成日期： 2025-03-02 公开日期： 2025-03-06\n主题词： 国有土地 出让\n"
               "某某县自然资源局国有建设用地使用权挂牌出让公告\n某自然资告〔2025〕4号\n\n"
               "　　经某某县人民政府批准，某某县自然资源局决定以挂牌方式出让2幅国有建设用地使用权，现将有关事项公告如下：\n\n"
               "　　一、竞买申请人可于2025年3月20日至4月8日登录公共资源交易平台提交申请，缴纳竞买保证金。\n\n"
               "　　二、挂牌报价时间为2025年3月28日9时至2025年4月10日10时，逾期不予受理。\n\n"
               "某某县自然资源局\n\n2025年3月2日\n\n【打印本页】【关闭窗口】\n")
    assert doc.meta.title == "某某县自然资源局国有建设用地使用权挂牌出让公告"
    assert str(doc.meta.published) == "2025-03-06"


def test_a_list_s_label_and_date_the_section_and_share_buttons_on_the_headline_s_line_are_left_out():
    dated = read("首页 » 通知公告\n热点专题\n政策文件\n【通知公告】 2025年04月02日 星期三 某某县2025年春耕农资补贴发放情况公示\n"
                 "信息来源：县农业农村局　浏览：318次　【打印】\n" + STORY)
    assert dated.meta.title == "某某县2025年春耕农资补贴发放情况公示"
    section = read("当前位置：首页 / 新闻动态 / 部门动态\n热点专题\n部门动态 某某局在某某县开展汛期应急抢险实战演练 分享：微信微博\n"
                   "2025-06-09 16:05 | 来源：应急处 | 浏览量：301\n" + STORY)
    assert section.meta.title == "某某局在某某县开展汛期应急抢险实战演练"


def test_a_speech_s_title_broken_after_its_occasion_is_one_headline():
    doc = read("当前位置：首页 > 政务公开 > 领导讲话\n在全县乡村振兴和基层治理\n工作会议上的讲话\n县委书记　张国华\n\n"
               "发布时间：2025-03-21　来源：县委办公室\n　　同志们：\n\n" + STORY)
    assert doc.meta.title == "在全县乡村振兴和基层治理工作会议上的讲话"


def test_an_interpreter_is_the_writer_and_a_font_tool_ends_a_spaced_out_name():
    explained = read("某某政策解读\n发布日期：2025-02-14　来源：就业促进处　解读人：就业促进处处长 某国林　字体：[大 中 小]\n"
                     + STORY)
    assert explained.meta.writers == ("某国林",)
    glued = read("省生态环境厅召开流域水环境保护调度会\n发布时间:2024/9/12 09:12:30来源:省生态环境厅作者:王 晗【字体:大 中 小】\n"
                 + STORY)
    assert glued.meta.writers == ("王晗",)


def test_a_picture_s_alt_text_and_the_caption_repeating_it_are_no_body():
    """A browser copies a picture's alt text, then its caption repeats it with a date before it
    or a full stop after it: neither is a sub-heading or a paragraph of the article."""
    doc = read("某某县秋收一线见闻\n发布时间：2025-09-16 11:05　来源：某某网\n"
               "　　金秋时节，某某县的万亩稻田迎来丰收。连日来，当地农民抢抓农时，收割、晾晒，田间地头处处是忙碌的身影。\n\n"
               "农机手驾驶收割机在稻田里收割水稻\n\n9月14日，农机手驾驶收割机在稻田里收割水稻。\n\n"
               "　　今年全县推广优质稻品种，全面推行机械化收割，预计平均亩产达到560公斤，比去年增加20公斤。\n\n"
               "村民在晒场上翻晒稻谷\n\n村民在晒场上翻晒稻谷。\n\n"
               "　　合作社组织的农机队每天可收割水稻800余亩，收获的稻谷大部分销售给当地的大米加工企业。\n")
    texts = body(doc)
    assert [t[:4] for t in texts] == ["金秋时节", "今年全县", "合作社组"], texts


def test_a_video_player_s_controls_are_no_byline():
    doc = read("Home » China\nCity port handles record number of freight trains\n"
               "Source: Some Agency| 2025-10-08 20:31:15|Editor: Li Ming\n\nVideo Player Close\n\n"
               "KASHGAR, Oct. 8 -- Freight trains passing through the city's land port have topped a record this year, "
               "local customs said on Wednesday.\n\nThe trains link Chinese cities with destinations in Central Asia "
               "and Europe, carrying machinery, clothing and farm produce.\n")
    assert doc.meta.writers == ()


def test_a_sentence_leading_into_a_table_opens_the_body_and_two_issuers_close_it():
    doc = read("某某村人民政府\n首页 > 村务公开 > 某某村\n某某村2025年第二季度村务公开\n"
               "公开时间：[2025-07-09]　公开单位：某某村村务监督委员会\n"
               "根据《某某省村务公开条例》相关规定，现将某某村2025年第二季度村级财务收支及重大事项公开如下：\n\n"
               "一、财务收支情况\n\n项目\t金额（万元）\t备注\n经营性收入\t86.4\t含物业租金\n上级补助收入\t32.0\t道路建设专项\n"
               "公益事业支出\t43.8\t垃圾清运\n\n二、重大事项\n\n1.经村民代表大会表决通过，启动茶园提升项目，预计年增收8万元。\n\n"
               "对以上公开内容如有疑问，请于公开之日起15日内向村务监督委员会反映。\n\n"
               "某某村股份经济合作社\n\n某某村村务监督委员会\n\n2025年7月9日\n\n【打印】【关闭】\n")
    texts = body(doc)
    assert texts[0].startswith("根据《某某省村务公开条例》"), texts
    assert texts[-3:] == ["某某村股份经济合作社", "某某村村务监督委员会", "2025年7月9日"], texts


def test_an_english_site_name_with_its_domain_is_no_headline_and_a_closing_by_names_the_writers():
    doc = read("Home | China | World | Business | Culture\nSome Agency | english.example.cn\nSearch\n"
               "Source: Some Agency | 2024-12-09 20:17:05 | Editor: Huaxia\n"
               "Feature: Lake farmers ride e-commerce wave\n"
               "QIANJIANG, Dec. 9 -- At dawn, farmers haul nets of crayfish from the ponds and pack them for buyers "
               "across the country before noon.\n\n"
               "\"Orders come in before the crayfish are even sorted,\" one farmer said. (By Wang Jiayi, Wu Zhiqiang)\n")
    assert doc.meta.title == "Feature: Lake farmers ride e-commerce wave"
    assert doc.meta.writers == ("Wang Jiayi", "Wu Zhiqiang")


def test_a_self_media_account_named_like_an_office_over_its_post_s_stamp():
    doc = read("某度首页 | 登录\n某度一下\n湖北某市：山下的“茶旅融合”新探索\n某市发布厅\n2025-04-27 15:36湖北\n\n"
               "优质政务领域创作者\n\n" + STORY)
    assert doc.meta.writers == ("某市发布厅",)


def test_the_main_headline_over_a_dash_subtitle_under_a_longer_kicker():
    """An e-paper's 引题 / 主题 / 副题: the 主题 is the line the ——副题 stands under, even when the
    longer 引题 over it names more of what the body says."""
    doc = read("某某日报数字报 | 2025年7月24日 星期四 | 首页 | 版面导航\n某某日报\n\n第01版：要闻\n\n上一版　下一版\n\n"
               "本版导航\n\n社区食堂开张\n老旧小区改造加速推进\n往期回顾\n\n请输入检索内容\n\n"
               "早稻收获进度过八成，全省早稻总产有望连续5年稳定在150亿斤以上\n\n“某某粮仓”夏粮再丰收\n——来自夏收一线的报道\n\n"
               "本报记者 王立新　通讯员 李思雨\n\n"
               "盛夏时节，从湖区平原到丘陵山区，一派早稻收获繁忙景象。记者日前在多地采访时看到，大型收割机在田间往来穿梭，烘干中心机器轰鸣。\n\n"
               "省农业农村厅最新调度显示，截至7月22日，全省早稻已收获八成以上，单产较去年略有提高，全省早稻总产有望再创新高。\n")
    assert doc.meta.title == "“某某粮仓”夏粮再丰收"


def test_a_bank_s_branch_before_the_writer_closing_the_last_paragraph():
    doc = read("某某农信：金融“活水”滴灌春耕备耕\n发布时间：2025/03/05 浏览量：775\n" + STORY.rstrip("\n")
               + "（某某农商银行 周某君）\n")
    assert doc.meta.writers == ("周某君",)


def test_a_saved_page_s_lines_after_the_sign_off_stay_out_of_the_body():
    """readability keeps what a post prints after its sign-off (``编辑｜… 审核｜…``) in the main
    content: the reading count, the comment button, the account's card. The article ended there."""
    from newsconv.readers.html import read_html

    story = ("<p>金秋十月，某某旗的胡杨林进入最佳观赏期，各景区迎来客流高峰，国庆假期累计接待游客32万人次，同比增长一成半。</p>"
             "<p>为了方便游客出行，今年某某盟推出“胡杨季”系列活动，开通旅游专线4条，增设停车位和临时服务点，游客服务中心实行延时服务。</p>"
             "<p>某某旗的胡杨林景区实行分时段预约入园，每日限流2万人，景区内新建观景步道3公里，游客可以在步道上近距离欣赏金色胡杨。</p>"
             "<p>这个秋天，来某某赴一场金色的约会吧，当地文旅部门提醒游客提前预约、错峰出行，注意防寒保暖。</p>")
    page = ("<html><head><meta charset=utf-8><title>金秋胡杨季｜某某的金色约会已开启</title></head><body>"
            "<div class=w><h1>金秋胡杨季｜某某的金色约会已开启</h1>"
            "<p><span>原创</span> <span>巴雅尔</span> <a>某某文旅</a> <em>2025年10月08日 09:12</em> <em>内蒙古</em></p>"
            f"{story}<p>编辑｜苏日娜　审核｜王 军</p>"
            "<p>阅读 2.1万　<span>分享</span> <span>收藏</span> <span>赞</span></p><p>写留言</p>"
            "<div><b>某某文旅</b><p>某某盟文化和旅游局官方公众号，发布文旅资讯。</p><button>关注</button></div>"
            "<p>微信扫一扫<br>关注该公众号</p></div></body></html>")
    doc = read_html(page.encode(), ReadOptions(source="page.html"))
    texts = list(block_texts(doc.blocks))
    assert texts[-1].startswith("这个秋天"), texts


def test_a_four_character_word_beside_the_date_is_no_byline():
    """``项目概况`` opens with a family name, but a given name has two characters at most: four
    characters make a name only with a double family name or two (``欧阳晓晴``, ``陈李秀英``)."""
    doc = read("首页 > 政务公开 > 招标采购\n某某旗2025年村道养护服务项目竞争性磋商公告\n[2025-03-21] 【字号 大 中 小】 浏览：417\n"
               "项目概况\n\n某某旗2025年村道养护服务项目的潜在供应商应在公共资源交易平台获取采购文件，并于2025年4月2日9时前提交响应文件。\n\n"
               "一、项目基本情况\n\n采购需求：对5个镇所辖村道开展日常养护，包括路面坑槽修补、边沟清淤和路肩整修等。\n")
    assert doc.meta.writers == ()
    assert doc.meta.title == "某某旗2025年村道养护服务项目竞争性磋商公告"


def test_a_notice_s_contact_lines_under_their_heading_or_over_the_issuer_stay_in_the_body():
    procurement = read("某某县2025年道路养护服务项目磋商公告\n[2025-03-21] 浏览：417\n\n"
                       "　　某某县2025年道路养护服务项目的潜在供应商应在公共资源交易平台获取采购文件，并于2025年4月2日9时前提交响应文件。\n\n"
                       "一、获取采购文件\n\n时间：2025年3月21日至2025年3月28日，每天上午8:30至12:00，下午14:30至17:30（法定节假日除外）。\n\n"
                       "二、对本次采购提出询问，请按以下方式联系\n\n采购人：某某县交通运输局　联系人：其木格　电话：0472-8422136\n\n"
                       "采购代理机构：某某工程项目管理有限公司　联系人：李　帅　电话：0472-5186620\n\n分享到：微信 微博\n")
    assert body(procurement)[-3:] == ["二、对本次采购提出询问，请按以下方式联系", "采购人：某某县交通运输局　联系人：其木格　电话：0472-8422136",
                                      "采购代理机构：某某工程项目管理有限公司　联系人：李　帅　电话：0472-5186620"], body(procurement)
    publicity = read("某某市拟任职干部任前公示\n发布时间：2025-06-03　来源：市委组织部\n\n"
                     "　　根据干部选拔任用工作有关规定，现将拟任职干部情况予以公示，公示期为2025年6月4日至6月10日。\n\n"
                     "　　公示期间，如对公示对象有不同意见，可通过来电、来信、来访等方式向市委组织部反映。\n\n"
                     "受理电话：0355-12380（传真同）\n\n来信地址：某某市太行东街市委大楼西楼组织部干部监督科（邮编046000）\n\n"
                     "中共某某市委组织部\n\n2025年6月3日\n\n分享到：微信 微博\n")
    assert body(publicity)[-4:] == ["受理电话：0355-12380（传真同）", "来信地址：某某市太行东街市委大楼西楼组织部干部监督科（邮编046000）",
                                    "中共某某市委组织部", "2025年6月3日"], body(publicity)


def test_a_gallery_s_alt_text_and_its_caption_spelling_it_out_are_no_body():
    doc = read("某某镇“草原书屋”成了牧民的加油站\n发布时间：2024-07-16 10:21　来源：某某旗融媒体中心\n"
               "　　入夏以来，某某镇的“草原书屋”迎来借阅高峰，前来看书、查资料的牧民络绎不绝，书屋还开设了养殖技术讲座。\n\n"
               "牧民在草原书屋阅读\n\n牧民在“草原书屋”阅读图书。\n\n"
               "　　截至目前，全镇“草原书屋”累计借阅图书1.1万人次，开展各类讲座36场，受益牧民两千余人。\n")
    assert [t[:4] for t in body(doc)] == ["入夏以来", "截至目前"], body(doc)


def test_bylines_in_info_bars_printed_many_ways():
    live = read("直播｜暴雪来袭 某市全城除雪进行时\n● 直播中 2026-01-14 07:05 某某网记者 杨 帆 郑晓东\n\n"
                "　　16:40 截至16时，全市主次干道积雪已清运约七成，公交线路全部恢复运营，地铁增开临时列车。\n\n"
                "　　14:15 记者在学府路看到，环卫工人和志愿者正在人工清理人行道积雪，部分路段已实现通行。\n")
    assert live.meta.writers == ("杨帆", "郑晓东")
    glued = read("某区：“一网统管”平台让城市治理更聪明\n2025-06-03 09:12 来源：某区融媒体中心【大 中 小】\n"
                 "融媒体记者：邵　丹 蔡旭东　摄像：孟　凯\n\n" + STORY)
    assert glued.meta.writers == ("邵丹", "蔡旭东")
    bracketed = read("某市老旧小区改造提速\n【孙 悦】　2020-08-26　来源：某某晚报　责任编辑：曹　爽\n" + STORY)
    assert bracketed.meta.writers == ("孙悦",)
    counted = read("某市开通首条跨江索道\n2019-05-28 21:35来源：某某日报记者：李 铭 石 磊评论数：38\n" + STORY)
    assert counted.meta.writers == ("李铭", "石磊")
    outlets = read("“天眼”脚下，星空经济渐成气候\n来源：某某日报　2025-05-12 05:30\n"
                   "某某日报记者　万　瑜　吴  琪　某某日报通讯员　罗建华\n\n" + STORY)
    assert outlets.meta.writers == ("万瑜", "吴琪", "罗建华")
    sourced = read("全省夏粮收购进度过半\n2025-06-16 07:05:33　来源：某某在线　某某日报全媒体记者　何  勇　朱晓波\n" + STORY)
    assert sourced.meta.writers == ("何勇", "朱晓波")
    button = read("某州疾控中心提醒：防蚊灭蚊 预防登革热\n发布日期：2025年07月02日　　信息来源：州疾控中心　　作者：刀  芳　【打印】\n"
                  + STORY)
    assert button.meta.writers == ("刀芳",)


def test_self_media_cards_with_the_avatar_s_alt_text_or_the_name_twice():
    avatar = read("某度首页 | 登录\n某省五一假期旅游人气旺\n头像 某游记 2025-05-30 19:47 贵州 +关注\n\n" + STORY)
    assert avatar.meta.writers == ("某游记",)
    twice = read("某某滑雪场开板啦\n某某文旅小助手 某某文旅小助手 2021/12/20 15:45 发布于河北 关注\n\n" + STORY)
    assert twice.meta.writers == ("某某文旅小助手",)


def test_a_leader_s_visit_headline_broken_before_what_was_said():
    doc = read("当前位置：首页 > 领导活动\n县长王勇到某某镇、某某乡调研文旅融合发展和古村落\n保护利用工作时强调：守住历史文脉　激活发展动能\n"
               "【作者：原晓晨】【来源：某某县融媒体中心】【日期：2023-10-12】\n\n" + STORY)
    assert doc.meta.title == "县长王勇到某某镇、某某乡调研文旅融合发展和古村落保护利用工作时强调：守住历史文脉　激活发展动能"


def test_a_notice_s_downloads_under_its_date_are_no_part_of_it():
    doc = read("某某州人民政府办公室关于开展2025年防汛检查的通知\n发布日期：2025年06月06日　信息来源：州政府办公室\n"
               "某府办函〔2025〕47号\n\n各县（市）人民政府，州直有关部门：\n\n"
               "　　为做好2025年防汛工作，经州人民政府同意，现将有关事项通知如下。\n\n"
               "　　各地要压实乡镇主体责任，严禁层层加码、重复填表。检查中发现的问题要建立台账，逐项销号。\n\n"
               "附件：1．防汛检查表\n\n2．联络员名单\n\n某某州人民政府办公室\n\n2025年6月5日\n\n"
               "附件1：防汛检查表.xls\n附件2：联络员名单.doc\n\n【打印】【关闭】\n")
    assert body(doc)[-4:] == ["附件：1．防汛检查表", "2．联络员名单", "某某州人民政府办公室", "2025年6月5日"], body(doc)


def test_english_headlines_are_no_byline_logo_date_bar_or_caption_printed_twice():
    story = ("The city's main ice festival drew more than a million visitors in its first twenty days, organizers "
             "said on Tuesday, a record for the park since it opened.\n\nHotels near the park were full on most "
             "weekends, and the city added late-night bus routes to carry visitors home after the light shows.\n")
    byline = read("Home > Sports\nSearch for coach expands\nBy Chris Foster, Los Angeles Times Staff Writer\n"
                  "December 29, 2007\n" + story)
    assert byline.meta.title == "Search for coach expands" and byline.meta.writers == ("Chris Foster",)
    logo = read("Daily.co.uk logo\nSearch\n|\tNews\t|\tSport\t|\tMoney\n30 December 2007\nRovers 1 Town 2\n" + story)
    assert logo.meta.title == "Rovers 1 Town 2"
    dated = read("Digital Lifestyle > News\nWednesday, 09 January 2008 Festival crowds break a record\n"
                 "Andrew Hendry, Computerworld\n" + story)
    assert dated.meta.title == "Festival crowds break a record"
    caption = ("An air boat searches for a man who went missing while ice fishing on the lake on Monday.")
    twice = read(f"CTV News\nTue. Jan. 8 2008 5:10 PM ET\n{caption}\n\n{caption}\n\n"
                 "Police recover body of missing fisherman\n\n" + story)
    assert twice.meta.title == "Police recover body of missing fisherman"
    assert not any(caption in t for t in body(twice))
    assert body(twice) and body(twice)[0] == story.split("\n\n")[0].strip()  # (the text itself is kept)


def test_a_creator_badge_is_no_byline_and_an_english_headline_no_table_head():
    badge = read("某度首页 登录\n老城十字街：夜里十点以后才是它最热闹的时候\n某见某城某见某城\n2024-07-21 22:48河南优质创作者 关注\n"
                 "文/李晓峰\n\n" + STORY)
    assert badge.meta.writers == ("李晓峰",)
    english = read("Home / China / Society\nHarbin ice festival draws record crowds as winter tourism heats up now\n"
                   "By ZHOU Huiying in Harbin | chinadaily.com.cn | Updated: 2025-01-07 09:12 | 7 | 8 | 9 | 10 | 11\n"
                   "Share - Facebook X LinkedIn Mail Mobile\n\n"
                   "HARBIN — Visitors packed the Harbin Ice and Snow World on Saturday, the first weekend of the new "
                   "year, as the city's winter tourism season reached its peak.\n\n"
                   "The park, which covers about 1 million square meters this season, used more than 300,000 cubic "
                   "meters of ice and snow.\n")
    assert english.meta.title == "Harbin ice festival draws record crowds as winter tourism heats up now"


def test_a_headline_broken_after_its_year_is_one_headline():
    doc = read("当前位置：首页》政务公开》人事信息》招考录用\n某某区卫生健康系统2025年\n公开招聘备案制工作人员公告\n"
               "发布者：区卫健委　发布时间：2025-02-27 09:00点击数：5832\n"
               "　　根据《事业单位人事管理条例》和有关规定，经研究，决定公开招聘备案制工作人员，现将有关事项公告如下：\n\n"
               "一、招聘岗位\n\n　　本次共招聘备案制工作人员36名，具体岗位、人数及资格条件详见岗位表。\n")
    assert doc.meta.title == "某某区卫生健康系统2025年公开招聘备案制工作人员公告"


def test_an_english_caption_with_its_agency_after_the_full_stop_and_a_name_beside_a_dated_line():
    doc = read("CGTN China World Business\nChina\n\nCity launches night bus network for late-shift workers\n"
               "Updated 14:52, 03-Jun-2025\n\nLiu Jiaxin\n\n"
               "A night bus waits at a stop in the city, June 1, 2025. /CFP\n\n"
               "A night bus waits at a stop in the city, June 1, 2025. /CFP\n\n"
               "The city has launched six night bus routes for people who finish work after midnight, the "
               "local transport bureau said on Monday.\n\nThe routes, which run from 10:30 p.m. to 5 a.m., connect "
               "hospitals, logistics parks and residential areas.\n")
    assert doc.meta.title == "City launches night bus network for late-shift workers"
    assert doc.meta.writers == ("Liu Jiaxin",)
    assert str(doc.meta.published) == "2025-06-03 14:52:00"


def test_an_e_paper_s_headline_is_the_one_its_list_of_titles_names():
    """An e-paper page lists its stories' titles (本版标题导航); the line of the 引题/主题/副题
    stack that list names is the 主题, whatever the longer lines over and under it say."""
    story = ("　　走进某港石臼港区，巨大的门机有序作业，集装箱卡车在无人驾驶状态下往来穿梭。今年前5个月，某港集装箱吞吐量同比增长9.8%。\n\n"
             "　　港口的发展带动了临港产业集聚，新开通外贸航线6条，“港产城”融合发展提速。\n")
    for kicker, deck in (("自动化码头投用，今年前5个月集装箱吞吐量增长9.8%\n\n", "新开通外贸航线6条，“港产城”融合发展提速\n\n"),
                         ("", "今年前5个月集装箱吞吐量增长9.8%，新开通外贸航线6条\n\n")):
        doc = read("某某日报　2025-06-16　往期回顾 PDF下载\n第5版：经济　上一版 下一版\n\n本版标题导航\n\n"
                   "某港：“智慧港口”跑出加速度\n全省夏粮收购工作会议召开\n某市：海上风电项目集中开工\n\n"
                   f"{kicker}某港：“智慧港口”跑出加速度\n\n{deck}本报记者　王  建　杨秀萍\n\n" + story)
        assert doc.meta.title == "某港：“智慧港口”跑出加速度", doc.meta.title


def test_a_sentence_naming_an_account_and_a_date_stays_a_paragraph():
    doc = read("某省博物馆推出简牍特展\n发布时间：2025-05-19　来源：某省文物局\n"
               "　　5月18日是国际博物馆日。当天，某省博物馆推出简牍特展，展出简牍、封检等文物230余件（组）。\n\n"
               "　　展览分为三个单元，一枚记录西汉驿站接待往来使者的简牍吸引了不少观众驻足。\n\n"
               "展览将持续至2025年10月18日，观众可通过某省博物馆微信公众号免费预约参观，周一闭馆（法定节假日除外）。\n\n"
               "（文：杜思远　摄影：白  杨）\n")
    assert body(doc)[-1].startswith("展览将持续至"), body(doc)


def test_an_attachment_s_table_under_the_date_stays_in_the_document():
    doc = read("某区人民政府关于公布第二批区级非物质文化遗产代表性项目名录的通知\n发布日期：2025-05-21\n"
               "各乡镇人民政府、街道办事处，区政府各部门：\n\n"
               "　　区人民政府批准某区第二批区级非物质文化遗产代表性项目名录，现予公布。\n\n"
               "　　各单位要按照“保护为主、抢救第一、合理利用、传承发展”的方针，切实做好项目的保护传承工作。\n\n"
               "附件：某区第二批区级非物质文化遗产代表性项目名录\n\n某区人民政府\n\n2025年5月20日\n\n"
               "序号\t项目名称\t类别\t申报单位\n1\t某区刺绣\t传统美术\t某某街道\n2\t某某平弦\t曲艺\t某某街道\n"
               "3\t麦仁饭制作技艺\t传统技艺\t某某镇\n\n【打印】 【关闭】\n")
    assert "麦仁饭制作技艺" in body(doc) and "某某镇" in body(doc), body(doc)


def test_a_platform_s_name_for_its_writer_a_name_twice_in_a_row_and_a_link_to_a_video():
    post = read("某某新闻　首页　要闻　财经　科技　更多下载客户端　登录\n带娃逛古镇：比想象中有意思\n某某遛娃日记\n某某遛娃日记\n"
                "2025-06-01 19:47\n发布于天津\n+关注\n某某新闻企鹅号作者　文｜周晓蕾\n\n"
                "5月的最后一个周末，我带着孩子去逛了趟古镇。说实话，出发前我对古镇不抱太大期待，总觉得全国的古镇都差不多。\n\n"
                "但到了才发现，这里的味道不太一样。孩子在体验区拓印了一张小门神，回来一路上都举着，比想象中有意思多了。\n")
    assert post.meta.title == "带娃逛古镇：比想象中有意思"
    assert post.meta.writers == ("周晓蕾",)
    briefing = read("首页 > 新闻发布会\n“某市苹果产业高质量发展”新闻发布会\n发布时间：2025年04月22日 15:30信息来源：市政府新闻办\n\n"
                    "发布会视频回放\n\n发布会时间：2025年4月22日 10:00　地点：市政府新闻发布厅\n\n" + STORY)
    assert briefing.meta.writers == ()
    closing = read("全省“三夏”生产调度会召开\n来源：农业机械化管理处　发布时间：2025年06月03日 10:21:05\n" + STORY
                   + "\n（农机处 冯  博）\n")
    assert closing.meta.writers == ("冯博",)


def test_a_record_table_s_row_is_no_first_line_of_the_headline_under_it():
    doc = read("首页政务公开政务服务互动交流走进某市\n所在位置：首页 » 政府信息公开 » 人事信息 » 任免信息\n"
               "索 引 号 014086457/2024-00917 生成日期 2024-12-02\n发布机构 市政府办公室 文　　号 某政发〔2024〕46号\n"
               "某市人民政府关于周立新等同志职务任免的通知\n2024-12-03　　来源：市政府办公室　　【字体：大 中 小】\n"
               "各区人民政府，市各委办局，市各直属单位：\n\n经2024年11月27日市政府第31次常务会议研究决定：\n\n"
               "任命周立新为某市发展和改革委员会副主任；\n\n任命顾婷婷为某市数据局副局长；\n\n免去吴颖的某市市场监督管理局副局长职务。\n\n"
               "某市人民政府\n\n2024年11月28日\n")
    assert doc.meta.title == "某市人民政府关于周立新等同志职务任免的通知"


def test_bylines_with_spaced_double_family_names_and_a_province_beside_the_date():
    spaced = read("全省今年改造城镇老旧小区1100个\n\n"
                  "本报讯（记者 司马 晓 实习生 欧 阳 楠）6月2日，记者从省住建厅获悉，今年全省计划改造城镇老旧小区1100个，已开工856个。\n\n"
                  "今年的老旧小区改造突出“一老一小”需求，计划加装电梯2000部，新增养老托育设施300处。\n")
    assert spaced.meta.writers == ("司马晓", "欧阳楠")
    province = read("网易号\n来南昌一定要吃的一碗粉，本地人吃了二十年\n2024-09-14 18:22:07\n来源: 某味日记\n江西\n" + STORY)
    assert "江西" not in province.meta.writers


def test_a_meeting_s_headline_broken_before_what_it_did_is_one_headline():
    doc = read("首页 > 政务动态 > 政府常务会议\n市政府召开第58次常务会议\n研究部署防汛抗旱和低空经济发展等工作\n"
               "发布时间：2025-06-04 18:20　来源：市政府办公室\n" + STORY)
    assert doc.meta.title == "市政府召开第58次常务会议研究部署防汛抗旱和低空经济发展等工作"


def test_a_breadcrumb_in_traditional_characters_is_no_headline():
    doc = read("某門日報 Daily News\n首頁澳聞中國國際體育副刊電子報\n當前位置：首頁 》中國 》 廣東\n[2025-06-03]\n"
               "粤澳跨境理财通南向投资额增逾三成\n【本報訊】　字體：大 中 小　列印　轉寄\n" + STORY)
    assert doc.meta.title == "粤澳跨境理财通南向投资额增逾三成"
    assert doc.meta.section == ("首頁", "中國", "廣東")


def test_an_english_writer_s_title_under_the_name_is_no_headline():
    doc = read("MORNING POST\nCHINA / POLITICS\nProvince unveils plan to turn its river ports into a single customs zone\n"
               "Pilot scheme lets goods cleared in one port move to another without checks\n"
               "Analysts say move aims to claw back transshipment business lost to neighbours\n"
               "Ling Xiaoyu\nChina economy correspondent\nPublished: 9:15am, 3 Jun 2025\n\n"
               "The province unveiled a plan on Tuesday to turn its river ports into a single customs zone, letting "
               "export cargo cleared at one port move to another without a second inspection.\n\nCargo volumes at the "
               "smaller ports fell by a fifth last year, the provincial customs office said.\n")
    assert doc.meta.title == "Province unveils plan to turn its river ports into a single customs zone"
    assert doc.meta.writers == ("Ling Xiaoyu",)
    # a body that names the writer's beat ("China's port economy"): the title under the name, closest
    # to the date and naming the body, was taken for the headline and the name lost with it
    beat = read("MORNING POST\nNewsChinaAsiaOpinionBusinessTechSport\nSubscribe Sign in\nCHINA / POLITICS\n"
                "Province unveils plan to turn its river ports into a single customs zone\n"
                "Pilot scheme lets goods cleared in one port move to another without a second inspection\n"
                "Analysts say move aims to claw back transshipment business lost to neighbours\n"
                "Ling Xiaoyu\nChina economy correspondent\nPublished: 9:15am, 3 Jun 2025\nUpdated: 11:02am, 3 Jun 2025\n"
                "Why you can trust the Post\n18 comments\n"
                "The province will let export cargo cleared by customs at any of its six river ports move freely between "
                "them without further checks, in a pilot aimed at making the region work like one harbour, a change to "
                "China's port economy.\n\nUnder the plan released by the provincial commerce department on Monday, "
                "containers inspected at one port can be shipped on from another under a single electronic seal, "
                "cutting handling time by up to two days.\n")
    assert beat.meta.title != "China economy correspondent"
    assert beat.meta.writers == ("Ling Xiaoyu",)


def test_an_editor_s_sign_off_under_a_list_of_titles_does_not_make_one_the_headline():
    doc = read("某某日报数字报　2025-06-03\n第03版：综合\n上一版 下一版\n本版导航\n\n某某广场升级改造完工\n某某新区引进重大项目12个\n"
               "责任编辑：刘  洋\n\n某市打造创新创业“强磁场”\n\n5万“某漂”追梦瓷都\n\n——创意集市年吸引游客超千万人次\n\n"
               "走进某市创意街区，夜幕下的创意集市人头攒动，来自全国各地的年轻手艺人摆出了自己的作品。\n\n"
               "据统计，目前在某市从事陶瓷创作的“某漂”已超过5万人，创意集市年吸引游客超千万人次。\n")
    assert doc.meta.title == "5万“某漂”追梦瓷都"


def test_a_neighbourhood_office_beside_its_writer_and_an_account_s_two_names_are_no_writers():
    office = read("某某街道开展夏季消防安全大检查\n发布日期：2025-05-28来源：某某街道办事处\n" + STORY.rstrip("\n")
                  + "\n\n（文/图：粤海街道 杨　帆）\n")
    assert office.meta.writers == ("杨帆",)
    header = read("汛期来了，这份避险指南请收好\n原创 江门应急 江门市应急管理局 2025年6月3日 18:30 广东\n来源：江门市应急管理局\n"
                  "作者：区嘉欣\n\n" + STORY)
    assert header.meta.writers == ("区嘉欣",)


def test_a_headline_wholly_in_brackets_or_with_its_date_run_on_is_read_without_them():
    bracketed = read("您当前所在位置：首页»乡镇动态\n【某某镇多措并举保障小麦颗粒归仓】\n2025-06-03 09:12 某某镇党政办  阅读：418次\n" + STORY)
    assert bracketed.meta.title == "某某镇多措并举保障小麦颗粒归仓"
    glued = read("首页 > 新闻中心 > 公司新闻\n某某长江大桥公铁两用桥面完成年度体检2025-06-03\n来源：某某桥梁公司\n" + STORY)
    assert glued.meta.title == "某某长江大桥公铁两用桥面完成年度体检"
    assert glued.meta.published == dt.date(2025, 6, 3)


def test_a_record_table_s_title_field_is_the_headline_when_the_page_prints_it_nowhere_else():
    doc = read("您好，欢迎访问某某县人民政府！无障碍|长者模式\n某某县应急管理局某某省某某市某某县\n请输入关键词\n搜索\n"
               "您现在的位置：首页 > 通知公告\n标题： 关于5月份全县安全生产明查暗访情况的通报\n发布日期： [2025-06-03]\n"
               "来源： 县安委办\n各镇人民政府（街道办事处），县各有关部门和单位：\n\n"
               "5月份，县安委办组织4个暗访组，采取“四不两直”方式，对全县13个镇（街道）的62家生产经营单位开展明查暗访，"
               "共发现各类安全隐患187条，现将有关情况通报如下。\n\n一、基本情况\n\n从检查情况看，多数单位能够落实安全生产主体责任，"
               "隐患排查治理工作有序开展。\n\n某某县安全生产委员会办公室\n\n2025年6月2日\n")
    assert doc.meta.title == "关于5月份全县安全生产明查暗访情况的通报"
    assert "标题" not in " ".join(body(doc))


def test_a_table_the_text_announces_is_kept_with_its_total_row():
    doc = read("您当前所在位置：首页 > 政务公开 > 公示\n某某镇2025年耕地地力保护补贴发放情况公示（第一批）\n"
               "信息来源：某某镇财政所 发布时间：2025-05-19\n"
               "现将我镇2025年第一批耕地地力保护补贴发放情况予以公示，公示期7天，如有异议请向镇财政所反映。\n\n"
               "序号\t村（社区）\t户主姓名\t补贴面积（亩）\t补贴金额（元）\n1\t前楼村\t李振华\t8.6\t897.41\n"
               "2\t前楼村\t陈秀英\t5.2\t542.62\n3\t后楼村\t赵国强\t12.4\t1293.94\n合计   26.2  2733.97\n"
               "网站地图 | 联系我们 | 隐私声明\n主办单位：某某县人民政府办公室\n")
    text = " ".join(body(doc))
    assert "赵国强" in text and "2733.97" in text
    assert "网站地图" not in text


def test_a_list_a_sentence_leads_into_stays_in_the_body_with_a_blank_line_after_each_item():
    doc = read("刚刚，某州这8个村入选！\n原创\n某某发布\n2025年06月03日 12:01\n\n"
               "近日，农业农村部公布了2025年中国美丽休闲乡村名单，某某州8个村榜上有名，数量居全省前列。\n\n"
               "今年暑期，各村还将推出避暑、研学等特色活动。\n\n入选名单如下：\n\n甲县西江镇控拜村\n\n乙县肇兴镇堂安村\n\n"
               "丙县丙妹镇岜沙村\n\n丁县栽麻镇大利村\n\n据了解，中国美丽休闲乡村推介活动旨在挖掘乡村多元价值，推动乡村休闲旅游高质量发展。\n\n"
               "来源：州农业农村局\n编辑：潘红梅\n")
    text = " ".join(body(doc))
    assert "丙县丙妹镇岜沙村" in text and "推动乡村休闲旅游高质量发展" in text


def test_writers_after_their_unit_spaced_out_or_under_a_speech_s_title():
    under = read("您当前所在位置：首页 > 服务站风采\n某某镇退役军人服务站为老兵送上“暖心套餐”\n某某镇退役军人服务站 李  振\n"
                 "[2025-06-03]　点击：95\n" + STORY)
    assert under.meta.title == "某某镇退役军人服务站为老兵送上“暖心套餐”"
    assert under.meta.writers == ("李振",)
    closing = read("某某市供销社春耕农资保供工作有序开展\n工作动态 2025-03-12\n" + STORY + "\n（某某市供销社 褚  涛）\n")
    assert closing.meta.writers == ("褚涛",)
    field = read("“巴渝新韵”某市青年书法篆刻作品展开幕\n[2025-05-31]　作者：市书协　谭 敏　来源：某市书法家协会\n" + STORY)
    assert field.meta.writers == ("谭敏",)
    speech = read("以一流营商环境赋能县域高质量发展\n——在全县优化营商环境大会上的讲话\n县委书记  闫  志  刚\n（2025年2月10日）\n"
                  "发布日期：2025-02-12　　文章来源：县委办公室\n同志们：\n\n"
                  "今天，县委、县政府召开全县优化营商环境大会，主要任务是总结去年工作，部署今年任务。\n\n"
                  "营商环境没有最好，只有更好。各级领导干部要带头当好“服务员”，真抓实干，久久为功。\n")
    assert speech.meta.writers == ("闫志刚",)


def test_a_writer_named_alone_over_a_note_on_who_the_writer_is_and_writers_who_shot_the_video():
    comment = read("某某网 > 评论 > 时评\n乡村“村晚”火起来，靠的是群众当主角\n2025年6月3日 星期二　来源：某某网\n" + STORY
                   + "\n邢晓雯\n\n（作者系某某师范大学副教授）\n编辑：孙晓  责任编辑：宋芸\n")
    assert comment.meta.writers == ("邢晓雯",)
    video = read("一座县城的“芯”路\n某某客户端 2025-05-27 07:30:00\n文/视频：某某日报全媒体记者 唐　璐 刘　勇　通讯员 罗伟华\n" + STORY)
    assert video.meta.writers == ("唐璐", "刘勇", "罗伟华")


def test_a_note_in_parentheses_a_labelled_kicker_and_edition_links_are_no_headline():
    note = read("某某新闻 下载APP\n推荐重庆时政区县财经评论\n某某中心城区今年将新增城市公园30个\n（其中社区公园22个、口袋公园8个）\n"
                "某某新闻 2025-06-03 14:02\n某某新闻记者 刘　力\n"
                "6月3日，记者从某某市城市管理局获悉，今年中心城区将新建、改造城市公园30个，其中社区公园22个、口袋公园8个。\n\n"
                "市城市管理局相关负责人介绍，新建城市公园将优先布局在老旧小区集中、绿地覆盖率偏低的区域。\n")
    assert note.meta.title == "某某中心城区今年将新增城市公园30个"
    stack = read("某某日报数字报　往期回顾　PDF下载2024-11-06\n04版 综合\n前一版　后一版\n本版标题导航\n当前版：04版　前一版　后一版\n"
                 "——某某区着力打造“太行山最美乡村”\n太行深处绘新景\n引　山区乡村“颜值”“气质”双提升\n文/图 本报记者 段  军\n"
                 "深秋时节，某某区某某镇古寨层林尽染，红石砌成的古屋错落有致，游客沿着石阶拾级而上，太行深处处处是景。\n\n"
                 "近年来，某某区依托太行山自然和人文资源，实施山区乡村环境整治，一个个山村“颜值”和“气质”双提升。\n")
    assert stack.meta.title == "太行深处绘新景"


def test_a_visit_s_headline_broken_after_the_place_and_an_e_paper_s_listed_title_under_its_list():
    visit = read("您当前所在位置：首页 > 政务动态 > 领导活动\n某某区领导带队赴中国—东盟信息港\n调研数字经济产业发展\n"
                 "——强调要抢抓机遇打造面向东盟的数字经济高地\n2025-05-29 10:46　　来源：某某区政府办　　文：韦丽娟\n" + STORY)
    assert visit.meta.title == "某某区领导带队赴中国—东盟信息港调研数字经济产业发展"
    paper = read("某某日报 数字报 2025年06月03日 星期二 往期回顾 PDF下载\n第006版：区县\n上一版 下一版\n本版新闻\n"
                 "江津花椒“麻”出国际范\n綦江：古镇焕新颜\n垫江牡丹产业链再延伸\n年出口额突破1.2亿元\n江津花椒“麻”出国际范\n"
                 "全产业链综合产值突破100亿元 带动30万椒农增收\n本报记者　王天翊　通讯员　钟　源\n"
                 "6月初，江津区先锋镇的花椒基地里一片繁忙，椒农们正抢抓晴好天气采摘青花椒，一筐筐花椒被运往加工厂。\n\n"
                 "江津是“中国花椒之乡”，全区花椒种植面积达55万亩，年产鲜椒35万吨，全产业链综合产值突破100亿元。\n")
    assert paper.meta.title == "江津花椒“麻”出国际范"


def test_self_media_accounts_beside_a_post_s_date_and_a_person_in_the_author_slot():
    toutiao = read("首页 下载头条APP 登录\n在凯里吃了一碗酸汤鱼，终于明白为什么贵州人离不开“酸”\n原创\n2025-05-30 18:26\n·\n黔行记\n贵州\n"
                   + STORY)
    assert toutiao.meta.writers == ("黔行记",)
    baijia = read("百度首页 登录\n南宁青秀山的三角梅开了，这份赏花攻略请收好\n\n绿城生活圈\n\n2025-05-31 09:15广西南宁优质生活领域创作者\n\n"
                  "关注\n" + STORY)
    assert baijia.meta.writers == ("绿城生活圈",)
    wechat = read("刚刚，某州这8个村入选！\n原创\n杨　帆\n某某发布\n2025年06月03日 12:01\n贵州\n" + STORY)
    assert wechat.meta.writers == ("杨帆",)


def test_a_notice_issuing_a_document_under_a_long_title_and_its_lead_in_under_the_addressees():
    issuing = read("您当前所在位置：首页 > 政府信息公开 > 规范性文件\n"
                   "发文机关 某某区民政局 某某区财政局 成文日期 2025年4月18日\n文　　号 某民规〔2025〕2号 发布日期 2025年4月25日\n\n"
                   "某某区民政局 某某区财政局关于印发《某某区社区嵌入式养老服务补贴管理办法》的通知\n\n某民规〔2025〕2号\n\n"
                   "各街道办事处、某某镇人民政府，各有关单位：\n\n"
                   "为进一步完善本区社区嵌入式养老服务体系，规范养老服务补贴管理，现将《某某区社区嵌入式养老服务补贴管理办法》"
                   "印发给你们，请认真遵照执行。\n\n某某区民政局　　某某区财政局\n\n2025年4月18日\n\n"
                   "某某区社区嵌入式养老服务补贴管理办法\n\n第一章　总则\n\n"
                   "第一条　为支持社区嵌入式养老服务设施建设和运营，提升老年人就近就便获得服务的水平，制定本办法。\n\n"
                   "第二条　本办法适用于在本区依法登记、从事社区嵌入式养老服务的机构。\n\n【字体：大 中 小】【打印】【关闭】\n")
    assert issuing.meta.title == "某某区民政局 某某区财政局关于印发《某某区社区嵌入式养老服务补贴管理办法》的通知"
    assert "第二条" in " ".join(body(issuing))
    decided = read("索引号 000014349/2025-00118\n发文字号 某政任〔2025〕6号 成文日期 2025年5月20日\n发布日期 2025年5月23日 主题分类 人事\n\n"
                   "某某区人民政府关于赵振宇等同志职务任免的通知\n\n区政府各委、办、局，各街道办事处，各区属机构：\n\n"
                   "经2025年5月19日区政府第62次常务会议研究，决定：\n\n任命赵振宇为某某区发展和改革委员会副主任；\n\n"
                   "免去高建国的某某区退役军人事务局副局长职务，退休。\n\n"
                   "以上同志任职时间自2025年5月19日起计算。试用期满考核合格的，正式任职。\n\n某某区人民政府\n\n2025年5月20日\n")
    text = " ".join(body(decided))
    assert "区政府各委、办、局" in text and "研究，决定：" in text


def test_a_record_row_s_title_field_stops_at_the_next_field_and_a_kind_of_document_is_no_account():
    row = read("您当前所在位置：首页 > 政务公开 > 法定主动公开内容\n索引号： 11152500/2025-01863 主题分类： 农业、林业、水利\n"
               "发文机关： 某某盟行政公署办公室 成文日期： 2025年05月27日\n"
               "标题： 关于做好2025年牧区防汛抗旱和饲草储备工作的通知 发文字号： 某署办发〔2025〕31号\n"
               "发布日期： 2025年05月30日 有效性： 有效\n某某盟行政公署办公室关于做好2025年牧区防汛抗旱和饲草储备工作的通知\n"
               "某署办发〔2025〕31号\n\n各旗县市（区）人民政府，盟直各有关部门：\n\n"
               "今年入汛以来，我盟降水时空分布不均，东部旗县局地出现短时强降水，西部旗县旱情露头，现就有关工作通知如下。\n\n"
               "各旗县市（区）要落实行政首长负责制，明确苏木镇、嘎查村两级防汛抗旱责任人。\n\n某某盟行政公署办公室\n\n2025年5月27日\n")
    assert row.meta.title == "某某盟行政公署办公室关于做好2025年牧区防汛抗旱和饲草储备工作的通知"
    police = read("某某市公安局\n站内搜索\n首页 › 警情通报\n警情通报\n发布时间：2025/6/3 09:12:30　　来源：某某市公安局\n"
                  "2025年6月2日20时15分许，我局110指挥中心接群众报警称，某某路一商铺内有人持刀伤人，民警迅速到场处置。\n\n"
                  "经初步调查，双方系因商铺租金问题发生争执，案件正在进一步侦办中。\n\n某某市公安局\n\n2025年6月3日\n")
    assert police.meta.writers == ()
    assert police.meta.title != "某某市公安局"


def test_stacks_kickers_and_captions_of_e_papers_and_mobile_pages():
    stack = read("某某日报 数字报\n本版新闻\n· 大豆单产提升行动全面铺开\n· 本版责编：孙 宁　美编：陈 欣\n"
                 "盯牢农时抢进度 科技赋能保丰收\n\n某某无人农场插秧面积扩大到8万亩\n北斗导航插秧机作业精度达到厘米级\n\n"
                 "本报记者 刘  娜　通讯员 孟凡宇\n"
                 "本报讯 连日来，在某某农场的无人化农场里，十几台无人驾驶插秧机来回穿梭，插秧面积从去年的5万亩扩大到8万亩。\n\n"
                 "“今年无人化插秧面积扩大到8万亩，作业效率提高了30%。”农场负责人说。\n")
    assert stack.meta.title == "某某无人农场插秧面积扩大到8万亩"
    office = read("某某林业报 数字报\n本版新闻\n· 林区职工夏季防火培训\n【聚焦林区转型】\n\n某某林业局：\n从“砍树人”到“看树人”的三十年\n"
                  "作者：见习记者 吕  晨　特约记者 郝东升\n"
                  "凌晨四点，天刚蒙蒙亮，某某林场护林员于长海已经背上水壶和干粮，沿着防火道开始一天的巡护。\n\n"
                  "三十年前，于长海是林场的采伐工。停伐以来，林业局森林蓄积量增加了1200多万立方米。\n")
    assert office.meta.title == "某某林业局：从“砍树人”到“看树人”的三十年"
    alt = read("某某晚报 电子版\n本版新闻\n· 南关区社区食堂开到第20家\n某某街道：楼道里办起“微课堂”\n2025年6月3日\n"
               "社区志愿者为居民讲解手机使用\n\n社区志愿者为居民讲解智能手机使用方法。 本报记者 梁  爽 摄\n\n"
               "“点开这个绿色图标，就能挂号了。”6月1日下午，在某某社区的楼道里，志愿者正手把手教老人用手机挂号。\n\n"
               "今年以来，某某街道在辖区12个老旧小区开设“楼道微课堂”，利用楼道空间开展智能手机培训。\n")
    assert alt.meta.title == "某某街道：楼道里办起“微课堂”"
    mobile = read("打开APP　某某体育　m.example.cn\nCBA总决赛第四场：某某男篮108比96客胜广东 总比分3比1拿到赛点\n"
                  "全媒体记者 高  原　06-03 10:21\n"
                  "6月2日晚，CBA总决赛第四场在东莞展开较量，某某男篮客场以108比96战胜广东队，将总比分改写为3比1。\n\n"
                  "本场比赛，某某队外援砍下全场最高的31分，国内球员也有4人得分上双。\n")
    assert mobile.meta.title == "CBA总决赛第四场：某某男篮108比96客胜广东 总比分3比1拿到赛点"


def test_writers_in_glued_sources_double_labels_cards_without_a_year_and_over_an_e_mail():
    glued = read("“菜篮子”稳了\n2025-01-20 07:55来源：某某日报特约记者 罗  娟\n" + STORY)
    assert glued.meta.writers == ("罗娟",)
    assert glued.meta.source == "某某日报"
    double = read("某某林场完成1.2万亩红松母树林抚育\n发布时间：2025/6/3 09:12:30　作者：文/图：洪  涛　浏览次数：236\n" + STORY)
    assert double.meta.writers == ("洪涛",)
    card = read("今日头条　打开APP\n在某某，零下50度的“冷极村”夏天是什么样？\n冷极旅行家　06-03 10:21 · 头条创作者\n点击关注\n" + STORY)
    assert card.meta.writers == ("冷极旅行家",)
    english = read("EYESHENZHEN News Invest Work Live\nNews > Shenzhen\nShenzhen Talent Park to Host Drone Light Show Every Saturday\n"
                   "Source: Shenzhen Daily | Updated: 2025-06-03\n\n"
                   "Shenzhen Talent Park will host a drone light show every Saturday evening from this week, the park's "
                   "management office said on Monday.\n\nThe 15-minute show will feature 600 drones forming images of the "
                   "city's skyline and will start at 8:30 p.m.\n\nHan Lulu\n\nhanlulu@example.cn\n\nHot Topics\n")
    assert english.meta.writers == ("Han Lulu",)


def test_an_english_caption_retelling_the_alt_text_and_a_one_word_name_after_and():
    doc = read("Inner Mongolia Today\nYou are here: Home / News / Culture\n"
               "Naadam fair draws herders and tourists to Xilinhot grassland\nUpdated: 2025.06.03\nBy Dong Lin and Sarangerel\n\n"
               "Wrestlers compete during a Naadam fair in Xilinhot\n\n"
               "Wrestlers compete during the fair in Xilinhot, June 2, 2025. (Photo by Wang Zheng)\n\n"
               "Thousands of herders and visitors gathered on the grassland outside Xilinhot on Monday for the city's "
               "annual Naadam fair, which features wrestling, horse racing and archery.\n\n"
               "More than 400 wrestlers from 12 banners and counties signed up for this year's contest, organizers said.\n")
    assert doc.meta.title == "Naadam fair draws herders and tourists to Xilinhot grassland"
    assert doc.meta.writers == ("Dong Lin", "Sarangerel")
    assert doc.meta.published == dt.date(2025, 6, 3)


def test_credits_run_on_from_a_time_a_post_s_account_after_its_writer_and_a_mark_before_the_name():
    timed = read("首页 > 新闻动态 > 公司要闻\n公司超低排放改造项目通过评估监测\n2025-06-03 09:12通讯员 孟庆峰来源：某某钢铁\n" + STORY)
    assert timed.meta.writers == ("孟庆峰",)
    post = read("腾讯网 新闻 视频 登录\n山东威海：渔民的“海上粮仓”变了样\n"
                "作者：于海涛　胶东海风　2023-05-09 13:05　发布于山东　腾讯新闻企鹅号\n" + STORY)
    assert post.meta.writers == ("于海涛",)
    marked = read("某某日报 2025.03.28 星期五 往期回顾 PDF下载\n第04版：特刊\n松阳15万亩茶园开采　茶旅融合引客来\n\n□ 徐  慧 文/摄\n\n" + STORY)
    assert marked.meta.writers == ("徐慧",)
    english = read("iCQ News Home Local Business\nBusiness | 2025/10/22 | Source: iCQ\n\n"
                   "Chongqing hotpot makers turn to overseas markets as exports jump\n\n"
                   "Hotpot seasoning makers in Chongqing shipped more than 60,000 tons abroad in the first nine months, "
                   "up a third on a year earlier, the city's commerce commission said on Tuesday.\n\n"
                   "Most of the growth came from Southeast Asia and the Middle East, where Chinese restaurants have "
                   "multiplied over the past five years.\n\nTan Yuqing, tanyuqing@example.cn\n\nEditor: Cheng Li\n")
    assert english.meta.writers == ("Tan Yuqing",)


def test_marks_before_a_headline_and_a_headline_broken_before_what_its_subject_won():
    marked = read("名城某某 · 新闻中心\n首页某某要闻民生交通评论\n置顶原创热某某地铁8号线西延线开工 串联木渎与浒墅关\n"
                  "2025.12.16 来源：某某日报 记者 顾 佳音 编辑：朱雯\n" + STORY)
    assert marked.meta.title == "某某地铁8号线西延线开工 串联木渎与浒墅关"
    won = read("某某日报 数字报\n第02版：经济\n本版新闻\n某某陶琉产业集群入选国家级名单\n某某区推进老工业区更新\n"
               "某某陶琉产业集群\n入选国家级中小企业特色产业集群名单\n"
               "本报讯（记者 孙晓雯 通讯员 翟乃明）日前，工业和信息化部公布2025年度国家级中小企业特色产业集群名单，"
               "某某陶琉产业集群榜上有名。\n\n博山陶瓷琉璃生产历史悠久，素有“陶琉之乡”美誉，目前集群内共有规上企业86家。\n")
    assert won.meta.title == "某某陶琉产业集群入选国家级中小企业特色产业集群名单"
    ranked = read("某某网首页内蒙古图片视频\n图片新闻\n热点排行\n某某草原进入最美季节\n某某举办冰雪那达慕\n"
                  "某某浩特：草原那达慕 欢乐一家亲\n2025-07-28 17:40来源：某某网摄影：巴特尔\n" + STORY)
    assert ranked.meta.title == "某某浩特：草原那达慕 欢乐一家亲"


def test_captions_marked_or_opening_with_the_alt_text_live_times_and_a_post_s_last_words_to_readers():
    doc = read("阆中醋飘香海外\n原创 某某发布 2025-06-03 10:21 四川\n\n"
               "6月2日，在某某醋业公司的灌装车间，一瓶瓶保宁醋经过灌装、贴标后装箱，即将发往德国、荷兰等地。"
               "这是今年以来公司发往欧洲的第十二批货，每批约二十吨，从阆中出发经中欧班列运抵德国杜伊斯堡。\n\n"
               "▲工人正在装运发往德国的保宁醋\n\n师傅现场指导\n\n师傅现场指导徒弟检修设备\n\n"
               "今年以来，公司出口订单同比增长三成，产品已销往20多个国家和地区。为了适应海外消费者的口味，"
               "研发团队推出了低盐款和小瓶装，并按照进口国的标签要求重新设计了包装。\n\n"
               "“过去外国客户只在中餐馆里见到保宁醋，现在超市货架上也能买到了。”公司外贸部负责人说，"
               "下一步将在海外电商平台开设旗舰店，让更多人尝到这一口千年醋香。\n\n"
               "📍地址：某某市某某区醋博园路1号\n\n⏰开放时间：9:00—17:00，周一闭馆\n\n"
               "你们喝过保宁醋吗？评论区聊聊~\n\n本文为原创内容，未经授权禁止转载\n")
    text = body(doc)
    assert not any(t.startswith(("▲", "师傅现场指导")) for t in text)
    assert any(t.startswith("📍地址") for t in text) and any(t.startswith("⏰开放时间") for t in text)
    assert text[-1] == "你们喝过保宁醋吗？评论区聊聊~"
    live = read("2025杭州马拉松鸣枪开跑\n2025-11-02 13:05　来源：某某网　文字：许  岚\n"
                "11月2日7时30分，2025杭州马拉松在黄龙体育中心鸣枪开跑，本届赛事共有3.6万名跑者参赛。\n\n【7:30】鸣枪开跑\n\n"
                "随着发令枪响，跑者依次从黄龙体育中心出发，沿曙光路、北山街向西湖方向奔去。\n\n【9:38】男子冠军诞生\n\n"
                "肯尼亚选手以2小时08分17秒率先冲线，获得男子全程马拉松冠军。\n")
    assert "【7:30】鸣枪开跑" in body(live)


def test_a_reply_s_one_addressee_stays_in_the_body():
    reply = read("重庆市某某区住房和城乡建设委员会\n关于区人大十九届五次会议第0087号建议办理情况的答复\n"
                 "发布日期：2025.06.03 来源：区住房城乡建委\n某某住建函〔2025〕112号\n\n刘建国代表：\n\n"
                 "您提出的《关于加快推进两路街道老旧小区加装电梯的建议》收悉。现将办理情况答复如下。\n\n一、基本情况\n\n"
                 "截至2025年5月，两路街道符合加装条件的老旧住宅共213个单元，已完成加装电梯96部。\n")
    assert body(reply)[1] == "刘建国代表："


def test_an_account_printed_twice_under_the_headline_is_no_part_of_it_and_a_short_picture_line_twice_is_no_text():
    post = read("百度\n首页\n百家号\n搜索\n登录\n没有森林的“家具之都”，某某是怎么做起来的\n某某财经笔记\n某某财经笔记\n"
                "2024-10-12 09:31 · 财经领域创作者 · 江西\n\n" + STORY)
    assert post.meta.title == "没有森林的“家具之都”，某某是怎么做起来的"
    assert post.meta.writers == ("某某财经笔记",)
    visit = read("您当前所在位置：首页 > 新闻中心 > 领导活动\n某某区领导调研重点项目建设\n"
                 "2024年4月16日 星期二来源：某某区融媒体中心\n\n"
                 "4月15日，区委书记刘建军，区委副书记、区长韩冬，区人大常委会主任孙立新一行到重点项目现场调研。\n\n"
                 "调研现场\n\n调研现场\n\n"
                 "在某某高新装备产业园项目现场，刘建军一行详细了解项目建设进度、要素保障和投产计划等情况。\n")
    assert [t[:4] for t in body(visit)] == ["4月15", "在某某高"], body(visit)  # (the picture's two lines left out)


def test_welcome_banners_tags_topic_banners_and_play_buttons_are_no_headline():
    welcome = read("欢迎访问某某州人民政府！ 2025年6月3日 星期二无障碍长者模式繁體English登录注册手机版\n某某州人民政府\n"
                   "请输入关键词搜索\n搜索\n您当前所在位置：首页 > 领导之窗 > 领导活动\n▶ 视频 某某到某某县调研洱海流域保护工作\n"
                   "[2025-06-03]　文：段丽萍　来源：某某州人民政府新闻办\n点击播放 00:00 / 02:36\n\n" + STORY)
    assert welcome.meta.title == "某某到某某县调研洱海流域保护工作"
    tags = read("某某镇人民政府\n首页 / 基层动态 / 村居动态\n#乡村振兴 #茶产业 #某某村\n某某村：一片茶叶富了一方百姓\n"
                "2025.06.03 | 浏览：528\n" + STORY)
    assert tags.meta.title == "某某村：一片茶叶富了一方百姓"
    banner = read("某某县人民政府\n您当前所在位置：首页 > 新闻中心 > 政务动态\n铸牢中华民族共同体意识专题\n"
                  "某某县召开民族团结进步示范创建推进会\n来源：县民宗局作者：沙马·阿果发布时间：2025-05-23 09:40\n" + STORY)
    assert banner.meta.title == "某某县召开民族团结进步示范创建推进会"


def test_headlines_broken_in_a_quotation_after_a_comma_or_before_a_year_on_year_figure():
    quoted = read("当前位置：首页 » 政务公开 » 基层动态\n某某镇开展“移风易俗树新风\n文明乡风润民心”主题宣传活动\n"
                  "2025.06.03　来源：某某镇　【大 中 小】\n" + STORY)
    assert quoted.meta.title == "某某镇开展“移风易俗树新风文明乡风润民心”主题宣传活动"
    comma = read("您当前所在位置：首页 > 新闻中心 > 乡镇动态\n某某乡：党建引领产业兴，\n群众日子越过越红火\n"
                 "发布日期：2025-06-03　通讯员：马晓东　来源：某某乡人民政府\n" + STORY)
    assert comma.meta.title == "某某乡：党建引领产业兴，群众日子越过越红火"
    figure = read("某某日报 数字报\n第03版：经济\n某某港前三季度集装箱吞吐量\n同比增长14.2%\n本报记者 黄  艳 通讯员 潘志坚\n" + STORY)
    assert figure.meta.title == "某某港前三季度集装箱吞吐量同比增长14.2%"
    meeting = read("首页 > 政务公开 > 会议\n州人民政府召开第12次常务会议（2025年3月14日）\n发布时间：2025-03-15\n" + STORY)
    assert meeting.meta.title == "州人民政府召开第12次常务会议（2025年3月14日）"


def test_the_main_title_between_its_kicker_and_a_subtitle_that_names_the_body_better():
    doc = read("某某日报 数字报 2025年06月04日 星期三 往期回顾 PDF下载\n版面图\n本版标题导航\n\n本版其他稿件一\n\n"
               "冷链直通全国　优质果率提高到85%\n\n永德33.8万亩芒果迎丰收\n\n今年预计产量28万吨\n\n本报记者　赵岗　特约通讯员　徐世文\n\n"
               "6月以来，临沧市永德县芒果陆续成熟上市。在永康镇芒果种植基地，果农们正忙着采摘、分拣、装箱，今年预计产量28万吨。\n\n"
               "永德县是云南最大的芒果产区之一，全县芒果种植面积达33.8万亩，冷链物流让优质果率提高到85%。\n")
    assert doc.meta.title == "永德33.8万亩芒果迎丰收"


def test_accounts_run_on_from_original_or_printed_twice_counts_after_names_and_wire_credits():
    glued = read("昭泽高速最新进展来了！\n原创某某发布 某某发布 2025年6月3日 18:30 云南\n图片\n" + STORY + "\n来源：某某日报\n")
    assert glued.meta.writers == ("某某发布",)
    twice = read("百度首页 登录\n某某地铁新线开通首日，沿线楼盘看房人数涨了三成\n某某楼市观察某某楼市观察\n2025-11-30 14:02 安徽 关注\n"
                 + STORY)
    assert twice.meta.writers == ("某某楼市观察",)
    counted = read("直播｜第十届某某茶产业博览会开幕\n2025-06-06 10:00记者：吴启航 田芳参与人数 12.6万\n" + STORY)
    assert counted.meta.writers == ("吴启航", "田芳")
    wire = read("Business / Trade\nPort city opens new sea-rail freight route to Laos\nUpdated: 2025-06-03 18:40 | Source: GX News\n\n"
                "A freight train carrying fertilizer and building materials left the port on Tuesday for Vientiane, opening "
                "the first sea-rail route linking the port with Laos.\n\nOperators plan to run three trains a week on the "
                "route by the end of the year, cutting delivery times by a third.\n\n"
                "(Reporting by Nguyen Thi Mai and Lu Jianhua; Editing by Peter Collins)\n\nCopyright GX News.\n")
    assert wire.meta.writers == ("Nguyen Thi Mai", "Lu Jianhua")


def test_a_page_s_credit_line_ending_with_its_photographer_and_a_table_printed_half_with_spaces():
    gallery = read("某某新闻网\n当前位置：首页 > 图片新闻\n某某：龙舟竞渡柳江 两岸万人观赛\n\n图为龙舟队员奋力划桨冲向终点。\n\n"
                   "某某新闻网　2025-06-01 18:20　记者 覃  妮 摄\n\n" + STORY)
    assert gallery.meta.published == dt.datetime(2025, 6, 1, 18, 20)
    assert gallery.meta.writers == ()
    listing = read("某某市行政审批服务局2025年5月行政许可办理结果公示\n[2025-06-03]　信息来源：某某市行政审批服务局\n"
                   "根据《中华人民共和国行政许可法》有关规定，现将我局2025年5月行政许可办理结果公示如下。\n\n"
                   "如对公示内容有异议，请在公示期内以书面形式向我局反映。\n\n"
                   "序号\t行政相对人名称\t许可事项\t许可决定日期\n1\t某某陶瓷釉料有限公司\t危险化学品经营许可\t2025-05-06\n"
                   "2\t某某大药房\t药品经营许可\t2025-05-09\n3 某某生态农业专业合作社 取水许可 2025-05-20\n"
                   "4 某某花炮厂 烟花爆竹生产企业安全生产许可 2025-05-27\n某某市行政审批服务局\n2025年6月3日\n相关阅读\n")
    tables = [b for b in listing.blocks if type(b).__name__ == "Table"]
    assert len(tables) == 1 and len(tables[0].rows) == 5
    assert tables[0].columns == 4 and "某某花炮厂" in " ".join(block_texts(listing.blocks))


def test_search_labels_a_press_conference_s_speakers_posts_and_glued_labels_are_read_as_they_are():
    search = read("某某区市场监督管理局\n2025年06月04日 站内搜索：\n关键字\n搜索\n当前位置：首页 > 工作动态\n"
                  "某某区开展夏季食品安全“护苗”专项检查\n时间：2025.06.03　作者：梁嘉欣 何耀文　来源：本局　点击：563\n" + STORY)
    assert search.meta.writers == ("梁嘉欣", "何耀文")
    briefing = read("三亚市2025年春节旅游市场保障工作新闻发布会\n日期：2025-01-22来源：三亚市人民政府新闻办公室\n发布人：\n\n"
                    "三亚市旅游和文化广电体育局副局长　符永红\n\n三亚市交通运输局副局长　羊  东\n\n"
                    "主持人：三亚市委宣传部副部长　杨文彬\n\n"
                    "各位记者朋友，大家上午好！欢迎参加三亚市2025年春节旅游市场保障工作新闻发布会。\n\n"
                    "符永红：今年春节假期，预计我市接待游客将超过150万人次，我们将全力做好旅游市场保障。\n")
    assert briefing.meta.writers == ()
    spaced = read("某某市冰雪产业项目集中签约 总金额逾百亿元\n来源：某某网 作者：杨  德  新 发布时间：2025-12-06 18:12\n" + STORY)
    assert spaced.meta.writers == ("杨德新",)
    parted = read("今年前5月全国完成水利建设投资4126亿元\n2025-06-02 18:46　来源：新华网\n"
                  "新华社北京6月2日电（记者 胡  璐、王  悦阳）记者2日从水利部获悉，截至5月底，今年全国完成水利建设投资4126亿元。\n\n"
                  "水利部有关负责人介绍，今年以来各地加快推进重大水利工程建设，新开工项目数量同比增加。\n")
    assert parted.meta.writers == ("胡璐", "王悦阳")  # (three single characters in a row are one name only within a 、)
    glued = read("某某日报 数字报\n第01版：要闻\n我省新建改造农村公路2300公里\n"
                 "本报讯（记者王静通讯员赵学军）记者从省交通运输厅获悉，今年以来我省新建改造农村公路2300公里，"
                 "完成投资86亿元，惠及沿线群众120余万人。\n\n今年，我省把农村公路建设与乡村旅游、特色产业发展结合起来。\n")
    assert glued.meta.writers == ("王静", "赵学军")
    post = read("某某苏木举办“那达慕”进嘎查文化惠民活动\n来源：某某苏木　发布时间：2025年07月14日\n" + STORY.rstrip("\n")
                + "（苏木宣传委员 朝克图）\n")
    assert post.meta.writers == ("朝克图",)
    unit_first = read("延边：朝鲜族非遗走进百姓生活\n2025-09-24\n" + STORY + "\n（作者单位：某某日报社延边分社）\n\n崔  健\n")
    assert unit_first.meta.writers == ("崔健",)


def test_english_writers_contributing_and_named_in_a_sentence_under_the_text():
    contributing = read("Home > Culture\nJilin ice festival draws record crowds as winter tourism heats up\n"
                        "By Global Times | Published: Dec 21, 2025 09:48 PM\n\n"
                        "A record 180,000 visitors toured the ice park in Changchun over the weekend, the park's operator said.\n\n"
                        "Local authorities said the province expects to receive more than 60 million winter tourists this "
                        "season.\n\nContributing: Zhang Yiyi, Qi Xijia\n\nRELATED ARTICLES\n")
    assert contributing.meta.writers == ("Zhang Yiyi", "Qi Xijia")
    sentence = read("Home > City\nOld lane houses get new life as Xuhui turns to 'micro-renewal'\n\n"
                    "Residents of a 1930s lane neighborhood on Jianguo Road have moved back into homes rebuilt with private "
                    "kitchens and bathrooms, the district government said.\n\n"
                    "The district plans to apply the same approach to another 12 lanes by the end of next year.\n\n"
                    "Zhou Yiran is a reporter with Example Eye.\n\nShare this story: WeChat | Weibo\n")
    assert sentence.meta.writers == ("Zhou Yiran",)
    assert not any("is a reporter" in t for t in body(sentence))  # (a credit line, as the benchmarks' golds have it)


def test_pictures_named_before_what_they_show_a_venue_alone_and_a_notice_s_lead_ins():
    pictures = read("某某街道老年助餐点启用\n2025-09-16 14:05供稿单位：某某街道作者：周  敏\n"
                    "9月15日，某某街道滨江社区老年助餐点正式启用，这是今年街道新建的第三个助餐点，可同时容纳60位老人用餐。\n\n"
                    "助餐点内景\n\n图为老人们在助餐点用午餐。\n\n"
                    "助餐点由原社区活动室改建而成，面积约180平方米，设有用餐区、休息区和无障碍卫生间。\n")
    assert [t[:4] for t in body(pictures)] == ["9月15", "助餐点由"], body(pictures)  # (alt text and caption left out)
    venue = read("首页 / 文旅\n某某市晋阳湖公园\n冰雪嘉年华12月25日开园\n2025/12/19 08:05　来源：某某晚报　编辑：高山\n" + STORY)
    assert venue.meta.title == "某某市晋阳湖公园冰雪嘉年华12月25日开园"
    appoint = read("某某旗人民政府关于乌兰巴特尔等同志职务任免的通知\n发布日期：2025-03-17　　信息来源：旗人民政府办公室\n"
                   "某政任字〔2025〕5号\n\n各苏木镇人民政府，旗人民政府各部门，各直属单位：\n\n"
                   "经2025年3月12日旗人民政府第十四次常务会议研究决定：\n\n任命：\n\n乌兰巴特尔为旗应急管理局副局长；\n\n"
                   "其其格为旗教育体育局副局长。\n\n以上同志的试用期自任职之日起计算，试用期满经考核胜任的正式任职。\n\n"
                   "某某旗人民政府\n\n2025年3月14日\n")
    text = " ".join(body(appoint))
    assert "各苏木镇人民政府" in text and "任命：" in text


def test_a_meeting_s_headline_over_three_lines_a_caption_the_alt_text_holds_and_a_paragraph_closed_by_xinhua():
    meeting = read("乡镇动态\n[2025-06-03]　　来源：某某市融媒体中心　　作者：农丽萍\n市委常委会召开会议\n传达学习自治区党委全会精神\n"
                   "研究部署我市边境地区发展工作\n" + STORY)
    assert meeting.meta.title == "市委常委会召开会议传达学习自治区党委全会精神研究部署我市边境地区发展工作"
    pictures = read("某某镇开展河道集中清理行动\n发布时间：2025-05-20　来源：某某镇\n\n"
                    "为全面提升辖区水环境质量，5月12日至18日，某某镇组织镇村干部、志愿者和保洁员开展河道集中清理行动。\n\n"
                    "某某镇志愿者在丰乐河岸清理垃圾\n\n志愿者在丰乐河岸清理垃圾\n\n"
                    "此次行动共出动人员860余人次、清理垃圾约46吨、疏浚沟渠12.3公里。下一步，某某镇将建立常态化巡河机制。\n")
    assert [t[:4] for t in body(pictures)] == ["为全面提", "此次行动"], body(pictures)  # (alt text and caption left out)
    wire = read("Home > China\nXinjiang cotton harvest passes halfway mark\nUpdated: 2025-10-20 | Source: Xinhua\n\n"
                "Xinjiang produced 5.62 million tonnes of cotton in 2023, accounting for more than 90 percent of the "
                "country's total output, according to the regional statistics bureau.\n\n"
                "Officials said the harvest is expected to be completed by mid-November, and cotton purchasing and "
                "processing are proceeding in an orderly manner. (Xinhua)\n\nEditor: Zhang Long\n")
    assert body(wire)[-1].startswith("Officials said the harvest")


def test_a_hot_list_over_the_headline_a_short_flash_signed_by_its_editor_and_writers_of_essays_and_posts():
    hot = read("首页 新闻 财经 科技 登录\n某某在线·财经\n首页 > 财经 > 皖企动态\n24小时热榜\n某省发布四季度重点项目清单\n"
               "某市地铁8号线开通\n前10月某省进出口7043.6亿元 同比增长9.6%\n2025-11-21 08:35　来源：某某在线　记者：张楠\n" + STORY)
    assert hot.meta.title == "前10月某省进出口7043.6亿元 同比增长9.6%"
    flash = read("某某网首页 > 山东频道 > 快讯\n24小时热榜\n某某地铁6号线最新进展\n快讯！某某至某某城际铁路今日开工\n"
                 "[2025-06-03]　某某新闻记者 刘凯　分享\n"
                 "6月3日上午，某某至某某城际铁路项目在某某市长清区正式开工建设，线路全长约75公里，设计时速350公里。\n\n"
                 "（编辑：王雪）\n\n相关新闻\n")
    assert flash.meta.title == "快讯！某某至某某城际铁路今日开工"
    assert flash.meta.writers == ("刘凯",)
    essay = read("某某日报 数字报 | 往期回顾 | 2024年8月15日 星期四\n第10版：理论\n让“绿水青山”更好变成“金山银山”\n\n"
                 "——写在第二个全国生态日\n\n肖　剑\n\n" + STORY + "\n（作者系某省社会科学院研究员）\n")
    assert essay.meta.writers == ("肖剑",)
    post = read("县城的夜经济，不只是烧烤摊\n原创 覃文博 县域观察 来源：澎湃新闻·澎湃号·湃客 2024-09-28 21:15\n" + STORY)
    assert post.meta.writers == ("覃文博",)
    dotted = read("某某二手房成交量连涨三个月，这波回暖能持续吗？\n财经·老周说　2025-04-02 21:47·优质财经领域创作者　关注\n" + STORY)
    assert dotted.meta.writers == ("财经·老周说",)


def test_writers_after_a_date_glued_or_posted_a_unit_s_closing_credit_and_a_site_s_language_edition():
    english = read("China\nGansu's desert apples: a bet on water-saving farming\n\n"
                   "Updated 18:42, 12-Oct-2024   By Ma Jun\n" + ARTICLE_EN)
    assert english.meta.writers == ("Ma Jun",)
    glued = read("首页 > 广州频道\n快讯！某市地铁11号线全线开通初期运营\n某某+ 记者吴倩2025-12-28 14:00\n" + STORY
                 + "\n编辑 李颖　校对 黄鹏\n")
    assert glued.meta.writers == ("吴倩",)
    posted = read("某某网 · 企鹅号\n搜索\n登录\n某某生活圈　发布于 2025-11-22\n某某山三角梅进入盛花期，附最佳观赏路线\n" + STORY)
    assert posted.meta.writers == ("某某生活圈",)  # who posted it, not the portal over the page
    unit = read("首页 > 海关动态\n某某口岸进口鲜榴莲通关量同比增长四成\n发布时间：2025-09-05\n" + STORY + "\n（某某海关 黄佳琪）\n\n"
                "版权所有：某某海关\n")
    assert unit.meta.writers == ("黄佳琪",)
    edition = read("网站首页 | 手机版 | 登录\nEXAMPLENET English\nSource: Xinhua | Editor: huaxia | 2025-07-18 20:41:05\n"
                   "South China's Guangxi sees record trade with ASEAN\n\n" + ARTICLE_EN)
    assert edition.meta.writers == ()


def test_addressees_over_two_lines_a_lead_paragraph_over_its_writers_and_a_related_box_after_two_paragraphs():
    notice = read("当前位置：首页 > 政务公开 > 通知公告\n某某区人民政府办公室\n关于做好2025年度防汛物资储备工作的通知\n"
                  "发布日期：2025-05-14 来源：区政府办\n某政办〔2025〕11号\n\n各街道办事处，区政府各部门，\n\n区直各有关单位：\n\n"
                  + STORY)
    assert [t[:6] for t in body(notice)][:3] == ["某政办〔20", "各街道办事处", "区直各有关单"], body(notice)
    lead = read("您当前所在位置：首页 > 政务动态 > 部门动态\n某某区卫健局开展“健康义诊进社区”活动\n发布时间：2025-04-22　来源：区卫健局\n"
                "为进一步提升辖区居民健康素养，4月19日，某某区卫健局组织区人民医院、区中医院等单位医务人员走进某某社区，开展“健康义诊进社区”活动。\n\n"
                "通讯员　马玉兰　韩德明\n\n" + STORY)
    assert body(lead)[0].startswith("为进一步提升"), body(lead)
    assert lead.meta.writers == ("马玉兰", "韩德明")
    boxed = read("某某新闻网 > 本网原创\n某某黄花菜迎来采摘季 线上线下齐发力\n2025年07月18日 10:34　来源：某某新闻网　记者：续  鹏\n"
                 "眼下正值黄花菜采摘旺季，某某区20多万亩黄花菜进入盛花期，田间地头一片繁忙。\n\n"
                 "清晨五点，某某村的菜农就已下地采摘。黄花菜要在花蕾未开放时采下，当天就要蒸制晾晒，时间非常紧张。\n\n"
                 "相关新闻\n某某区黄花菜产业带动万人增收\n黄花菜冻干技术通过验收\n" + STORY
                 + "\n　　今年，某某区与电商平台合作，开通了直播销售专区，并在北京、上海等地设立展销窗口，线上销量同比增长三成。\n\n"
                 "　　某某区农业农村局负责人表示，全区黄花菜产业年综合产值已突破40亿元，带动农户户均增收一万余元，"
                 "下一步将继续延伸产业链条，发展深加工产品，打响区域公共品牌。\n\n相关新闻\n某某特色农产品出口增长\n")
    texts = body(boxed)
    assert [t[:4] for t in texts[:3]] == ["眼下正值", "清晨五点", STORY.strip()[:4]], texts
    assert not any("冻干技术" in t for t in texts)


def test_names_without_a_family_name_beside_one_that_has_it_and_labels_run_on_from_times_and_counts():
    closing = read("首页 > 工作动态\n我盟草原生态监测结果出炉\n发布时间：2025.07.14\n" + STORY.rstrip("\n") + "（苏德 斯琴高娃）\n")
    assert closing.meta.writers == ("苏德", "斯琴高娃")
    assert body(closing)[-1].endswith("方便市民出行。")
    outlet = read("首页 > 工作动态\n我盟草原生态监测结果出炉\n发布时间：2025.07.14\n" + STORY.rstrip("\n") + "（某某网 张三）\n")
    assert outlet.meta.writers == ()  # (an outlet beside a name: no byline of two people)
    wire = read("首页 > 要闻\n牧区光储直柔示范工程投运\n2025-11-19 10:20　来源：新华网\n"
                "新华社拉萨11月19日电（记者 田金文、旦增尼玛曲珠）记者从某某电力公司获悉，位于那曲市双湖县的牧区示范工程近日投运，"
                "可满足300余户牧民生产生活用电需求。\n\n" + STORY)
    assert wire.meta.writers == ("田金文", "旦增尼玛曲珠")
    timed = read("首页 > 教育动态\n某某市开展暑期校外培训专项治理\n2025-07-21 11:05文：次仁旺堆来源：市教育局浏览：\n" + STORY)
    assert timed.meta.writers == ("次仁旺堆",)
    counted = read("首页 > 新闻\n某某牧区冬季储草量创新高\n2025-11-04 08:57:13来源：某某日报记者：巴依斯古楞评论(3)\n" + STORY)
    assert counted.meta.writers == ("巴依斯古楞",)


def test_a_guide_s_numbered_sections_a_reply_s_issuer_and_a_contact_note_stay_in_the_document():
    guide = read("首页 / 政务服务 / 办事指南\n个体工商户设立登记办事指南\n发布日期：2025-03-11信息来源：区行政审批服务局【打印】\n"
                 "一、事项名称\n\n个体工商户设立登记\n\n二、办理对象\n\n有经营能力、在本区辖区内从事工商业经营的自然人。\n\n"
                 "三、办理流程\n\n第一步：申请。申请人通过政务服务网或窗口提交登记申请，填写经营者信息和经营范围。\n\n"
                 "第二步：受理。窗口工作人员对申请材料进行核对，材料齐全、符合法定形式的当场受理。\n\n"
                 "四、收费标准\n\n不收费。\n\n五、咨询电话\n\n0951-5127734（工作日 9:00—12:00）\n\n二维码\n\n手机扫码 查看办事指南\n")
    texts = body(guide)
    assert texts[:2] == ["一、事项名称", "个体工商户设立登记"], texts
    assert texts[-4:] == ["四、收费标准", "不收费。", "五、咨询电话", "0951-5127734（工作日 9:00—12:00）"], texts
    plan = read("您现在的位置：首页 >> 政务公开 >> 政府文件\n某某区老旧小区物业服务全覆盖工作方案\n发布时间：2025.03.14　来源：区政府办\n"
                "为深入推进老旧小区物业服务全覆盖，切实解决居民群众“急难愁盼”问题，结合我区实际，制定本方案。\n\n"
                "一、总体目标\n\n到2025年底，全区187个老旧小区实现物业服务全覆盖，居民满意度达到85%以上。\n\n"
                "二、重点任务\n\n各街道对辖区老旧小区逐一建档，登记房屋栋数、户数、现有管理方式。\n\n三、时间安排\n\n"
                "阶段 时间 主要工作\n动员部署 2025年3月 召开动员会，印发方案\n组织实施 2025年4月至10月 分批引入物业服务\n"
                "四、保障措施\n\n各街道要明确一名分管领导具体负责，区财政对首次引入物业的小区给予启动补贴。\n\n"
                "某某区人民政府办公室\n\n2025年3月12日\n\n版权所有：某某区人民政府\n")
    text = " ".join(body(plan))
    assert "三、时间安排" in text and "四、保障措施" in text and "首次引入物业" in text, body(plan)
    reply = read("当前位置：首页>>政务公开>>盟署文件\n某某盟行政公署关于同意某某旗调整部分嘎查村建制的批复\n发布时间：2025年04月23日\n"
                 "某某旗人民政府：\n\n你旗《关于调整部分嘎查村建制的请示》收悉。经研究，现批复如下：\n\n"
                 "一、同意撤销乌兰布和嘎查、查干础鲁嘎查建制，合并设立乌兰查干嘎查。\n\n"
                 "二、你旗要认真做好调整后嘎查村的档案移交、集体资产清查和干部调配工作。\n\n此复。\n\n"
                 "某某盟行政公署\n\n2025年4月18日\n\n（此件公开发布）\n\n上一篇：某某盟行政公署关于印发重点项目计划的通知\n")
    assert body(reply)[-3:] == ["某某盟行政公署", "2025年4月18日", "（此件公开发布）"], body(reply)
    contact = read("首页 > 通知公告\n关于做好2025年暑期学生安全教育工作的通知\n发布时间：2025-06-10\n各区市教育局：\n\n" + STORY
                   + "\n某某市教育局\n\n2025年6月10日\n\n（联系单位及电话：市教育局基础教育科，0535-6682317）\n\n主办单位：某某市教育局\n")
    assert body(contact)[-1] == "（联系单位及电话：市教育局基础教育科，0535-6682317）", body(contact)


def test_an_infographic_ends_at_its_editor_and_a_picture_s_two_short_lines_are_no_text():
    graphic = read("首页 > 图解\n图解｜一图读懂某某区政府工作报告\n某某新闻网2025-01-22 19:30编辑：马丽\n\n"
                   "2024年工作回顾\n\n地区生产总值增长5.4%左右\n\n新增城镇就业7.9万人\n\n2025年重点工作\n\n"
                   "持续深化重点领域改革\n责任编辑：杨慧\n\n图解推荐\n一图看懂某某市公积金新政\n")
    texts = body(graphic)
    assert texts[0] == "2024年工作回顾" and "2025年重点工作" in texts, texts  # (a year and words: no counter)
    assert not any("公积金" in t or "图解推荐" in t for t in texts), texts
    pictures = read("当前位置：首页 > 街道动态\n某某社区老年助餐点开张\n时间：2025.06.06　作者：王 静\n"
                    "“这回好了，家门口就能吃上热乎饭！”6月5日上午，某某街道某某社区老年助餐点正式开张，首批60余位老人前来就餐。\n\n"
                    "某某社区助餐点\n\n老人们在助餐点就餐\n\n"
                    "社区党委书记介绍，针对行动不便的老人，助餐点还提供送餐上门服务，每餐收费10元，80岁以上老人享受补贴。\n")
    assert [t[:4] for t in body(pictures)] == ["“这回好", "社区党委"], body(pictures)


def test_writers_after_a_row_of_buttons_in_a_note_beside_the_name_and_photographers_who_are_reporters():
    buttons = read("您所在的位置：首页 > 政务公开 > 部门动态\n某某区召开城市更新行动计划专家论证会\n"
                   "2025-05-28 16:05　某某区住建委　字号：大 中 小　撰稿人：许晓楠\n" + STORY)
    assert buttons.meta.writers == ("许晓楠",)
    noted = read("某某网 > 新闻中心 > 评论\n把老人的“小饭桌”当作“大民生”来办\n刘文博（作者单位：某某市委党校）\n\n"
                 "2025-06-12 08:15　来源：某某网-某某日报\n" + STORY)
    assert noted.meta.writers == ("刘文博",)
    pictures = read("首页 > 黑龙江\n北极村迎来避暑旅游旺季\n2025年6月16日 09:20　某某网　文/记者 刘洋 图/记者 孙超\n" + STORY)
    assert pictures.meta.writers == ("刘洋",)
    assert pictures.meta.people([Role.PHOTOGRAPHER]) == ("孙超",)
    english = read("BUSINESS | 2025-01-08\n\nTianjin Port container throughput hits record high\n"
                   "By Wang Qian, Global Times reporter and Liu Yang, Global Times correspondent in Tianjin\n\n"
                   "Published: Jan 08, 2025 07:32 PM\n\nTianjin Port\n\n" + ARTICLE_EN)
    assert english.meta.writers == ("Wang Qian", "Liu Yang")
    shared = read("Home / China / Regional\nHarbin ice festival draws record visitors from the south\n"
                  "By ZHOU HUIYING in Harbin | example.com.cn | Updated: 2025-01-22 09:47\n\nPublished: 2025-01-21 18:05\n\n"
                  "Share Facebook X LinkedIn\n\n" + ARTICLE_EN)
    assert shared.meta.writers == ("ZHOU HUIYING",)


def test_the_last_story_of_a_hot_list_is_no_first_line_of_the_headline_and_a_search_box_s_words_are_no_title():
    hot = read("某某网 > 山东 > 正文\n热点排行\n某某国际海水浴场开放\n某某灯塔风景区\n“夏游齐鲁”启动 山东推出200余项主题活动\n"
               "闪电新闻 2025-06-22 16:37:05 评论 (27)\n" + STORY)
    assert hot.meta.title == "“夏游齐鲁”启动 山东推出200余项主题活动"
    video = read("某某视频\n搜索你感兴趣的内容\n搜索\n精选 推荐 关注 直播 登录\n\n长白山天池今天开门了 云雾散开的那一刻\n"
                 "发布时间：2025-06-14 11:26\n")
    assert video.meta.title != "搜索你感兴趣的内容"
    card = read("首页 > 民生\n身份证到期换领不用回老家了！全国已全面推行异地办理\n民生小助手\n\n2025-06-01 08:40 发布于湖北 +关注\n" + STORY)
    assert card.meta.writers == ("民生小助手",)  # (where a post was sent from is no account)


def test_headlines_in_two_lines_a_document_kind_a_name_broken_a_venue_and_a_media_label_over_the_credits():
    notice = read("位置：首页 > 乡镇信息公开 > 公示公告\n某某镇关于2025年度农村低保对象\n拟新增名单的公示\n"
                  "发布时间：2025-06-03 09:12　发布机构：某某镇\n" + STORY)
    assert notice.meta.title == "某某镇关于2025年度农村低保对象拟新增名单的公示"
    named = read("某某日报数字报　2025年04月30日\n本版新闻\n大国工匠在身边\n\n全国劳动模范邵鑫\n荣：三十年守护皖江航道\n"
                 "本报记者 唐  宁 通讯员 夏正文\n" + STORY)
    assert named.meta.title == "全国劳动模范邵鑫荣：三十年守护皖江航道"
    venue = read("当前位置：首页 > 新闻动态\n[2025年3月6日]\n“吴韵汉风——徐州汉代文物精品展”\n在某某博物馆开幕\n" + STORY)
    assert venue.meta.title == "“吴韵汉风——徐州汉代文物精品展”在某某博物馆开幕"
    gallery = read("首页新闻图片视频文旅\n图片频道 > 江西\n组图：某某古村晒秋迎来最美时节\n2025年10月15日 来源：某某网\n" + STORY)
    assert gallery.meta.title == "组图：某某古村晒秋迎来最美时节"
    video = read("某某观察首页新闻视频直播\n▶ 时长 03:25\n视频丨某某会理：石榴挂满枝 果农采收忙\n"
                 "某某观察2025-09-16 18:20记者 阿牛·木呷 吉克·曲布\n" + STORY + "\n编辑：李婷\n\n更多视频\n视频丨某某芒果上市\n")
    assert video.meta.title == "视频丨某某会理：石榴挂满枝 果农采收忙"
    assert video.meta.writers == ("阿牛·木呷", "吉克·曲布")


def test_a_list_s_stories_do_not_join_the_headline_under_them_unless_its_first_line_ends_on_a_comma():
    epaper = read("某某日报　2025-11-26　往期回顾\n第005版：区县\n本版新闻\n某某脆李品牌价值突破20亿元\n某某区冬季农业生产有序推进\n"
                  "某某脐橙今年预计产量达40万吨\n\n11月25日，某某县2025年脐橙开园采摘。记者在草堂镇的果园里看到，果农们正忙着采摘、装筐，"
                  "一派丰收景象。\n\n某某县农业农村委介绍，今年全县脐橙种植面积37.5万亩，预计产量达40万吨，产值超过30亿元。\n")
    assert epaper.meta.title == "某某脐橙今年预计产量达40万吨"
    comma = read("某某新闻 > 国内\n热点排行\n某某东站迎暑运客流高峰\n某某一老旧小区“变身”：加装电梯16部，\n"
                 "居民在楼下就能吃上社区食堂\n2025年07月09日 10:05某某报\n" + STORY)
    assert comma.meta.title == "某某一老旧小区“变身”：加装电梯16部，居民在楼下就能吃上社区食堂"


def test_a_decree_over_the_rules_it_publishes_a_record_table_s_writer_and_an_answer_s_writer():
    decree = read("当前位置：首页 >> 政府信息公开 >> 规章\n某某自治州人民政府令\n发布日期：2024-12-20　　信息来源：州司法局\n第12号\n\n"
                  "《某某自治州城镇供水用水管理办法》已经2024年11月26日州人民政府第68次常务会议审议通过，现予公布，自2025年2月1日起施行。\n\n"
                  "州长 泽仁多吉\n\n2024年12月18日\n\n某某自治州城镇供水用水管理办法\n\n"
                  "第一条　为了加强城镇供水用水管理，保障城镇生活、生产和其他建设用水，制定本办法。\n\n"
                  "第二条　本办法适用于本州行政区域内城镇公共供水和自建设施供水的规划、建设、经营和使用。\n")
    assert decree.meta.title == "某某自治州人民政府令"
    texts = body(decree)
    assert texts[0].startswith("《某某自治州") and texts[1:3] == ["州长 泽仁多吉", "2024年12月18日"], texts
    assert texts[-1].startswith("第二条") and decree.meta.writers == ()
    record = read("当前位置：首页 > 信息公开 > 政府信息公开年报\n索引号 11340104MB1520376K/202501-00007 信息分类 政府信息公开年报\n"
                  "发布机构 某某区政务服务管理局 作者 许文静\n生成日期 2025-01-21 公开方式 主动公开\n"
                  "某某区人民政府2024年政府信息公开工作年度报告\n2025-01-21 16:40　　来源：区政务服务管理局\n" + STORY)
    assert record.meta.writers == ("许文静",)
    answer = read("某某问答　首页 发现 等你来答\n提问\n在合肥工作五年是一种什么体验？\n关注者 2,118　被浏览 1,304,552\n"
                  "关注问题 写回答 邀请回答\n查看全部 437 个回答\n陈一帆 陈一帆\n显示面板工程师 / 合肥工业大学硕士\n"
                  "1,986 人赞同了该回答\n谢邀。坐标合肥，滨湖新区，2019年硕士毕业来这边做显示面板，到现在在合肥工作五年了，说说我的体验。\n\n"
                  "一、产业是真的起来了\n\n"
                  "刚来的时候，身边朋友问合肥在哪，现在大家聊的都是合肥的新能源汽车和显示面板，工作五年，产业是真的起来了。\n\n"
                  "二、房价和通勤还算友好\n\n"
                  "我2021年在合肥政务区附近买了套小三房，单价两万出头。地铁从当初的两条线到现在五条线，通勤半小时以内。\n\n"
                  "编辑于 2025-01-07 22:41・IP 属地安徽\n")
    assert answer.meta.title == "在合肥工作五年是一种什么体验？"
    assert answer.meta.writers == ("陈一帆",)


def test_a_pull_quote_a_comment_reply_and_a_question_labelled_by_the_interviewer_are_no_text_or_byline():
    quoted = read("Home > Regional\nNew electric ferries link the islands\nBy Fang Aiguo | Updated: 2025-05-12\n\n"
                  "Two battery-powered ferries built by a shipyard in Daishan county entered service on Monday, cutting the "
                  "crossing time to the outer islands by a quarter.\n\n"
                  "Wang Xiaobo, 54, who has sold dried fish at the pier for three decades, said the new boats were cleaner and "
                  "faster. \"A ferry that runs on time is the best advertisement for a small island,\" he said.\n\n"
                  "“A ferry that runs on time is the best advertisement for a small island.”\n\n"
                  "Local officials say the ferries will cut carbon emissions by about 1,200 tonnes a year.\n")
    texts = body(quoted)
    assert len(texts) == 3 and texts[-1].startswith("Local officials"), texts
    reply = read("某某攻略｜人少景美还免费的宝藏古镇\n桃子爱溜达 关注\n2025-04-19 发布于浙江\n" + STORY
                 + "\n全部评论\n苏苏今天吃什么：五一人多吗？\n作者 回复 苏苏今天吃什么：五一人会多一点，早点去～\n")
    assert reply.meta.writers == ("桃子爱溜达",)
    interview = read("首页 > 专访\n专访某某市文化和旅游局局长：让“阳光海岸”四季都有好风景\n2024-07-19 10:26　来源：某某日报　记者：孔雯雯\n"
                     + STORY + "\n记者：某某旅游受季节影响较大，冬季游客较少，有什么应对举措？\n\n"
                     "局长：我们推出了温泉、冰雪和年俗系列产品，冬季游客同比增长两成。\n")
    assert interview.meta.writers == ("孔雯雯",)


def test_bylines_beside_a_kicker_between_pipes_and_accounts_on_cards_with_buttons_badges_or_an_avatar():
    kicker = read("Home / China / Society\nSOCIETY | By ZHOU Lanxin in Zhengzhou\n"
                  "Henan village turns wheat straw into building boards\nUpdated: 2025-06-16 07:41\n\n" + ARTICLE_EN)
    assert kicker.meta.writers == ("ZHOU Lanxin",)
    piped = read("首页 > 陕西\n在毛乌素沙地边上，看见一片会“走路”的绿\n"
                 "2025.07.21　|　某某网记者　白雪峰　|　来源：某某网　|　阅读 3.4万\n" + STORY)
    assert piped.meta.writers == ("白雪峰",)
    buttons = read("某某号\n大同黄花今年卖上好价钱，农户算了一笔账\n晋北老郭说三农 + 关注\n\n"
                   "2025-08-05 11:47·晋北老郭说三农举报收藏\n" + STORY)
    assert buttons.meta.writers == ("晋北老郭说三农",)
    badge = read("某某首页登录\n甘肃苹果今年收购价出炉？静宁、天水两地行情分析\n西北三农观察西北三农观察 优质三农领域创作者✓认证\n"
                 "2025-10-19 18:32 甘肃 已关注 原创\n" + STORY)
    assert badge.meta.writers == ("西北三农观察",)
    avatar = read("某某精选推荐搜索\n图片1 1/9\n在固原待了三天，我承认我被治愈了\n" + STORY
                  + "\n发布时间：2025-07-26 21:14　IP属地：陕西\n\n全部评论(836)\n大漠孤烟：泡馍店求地址！\n\n"
                  "头像\n周末去哪儿de小林\n\n粉丝 8.6万　获赞 102.4万\n\n作者\n关注\n")
    assert avatar.meta.writers == ("周末去哪儿de小林",)


def test_an_essay_s_two_writers_a_picture_s_few_words_over_its_credit_and_a_commendation_s_list_of_names():
    essay = read("某某日报 数字报\n第6版：理论\n冬日温棚春意浓\n马  兰　白  雪\n\n" + STORY + "\n（作者系某某大学教授）\n")
    assert essay.meta.writers == ("马兰", "白雪")
    alt = read("位置：首页 » 文旅祁连 » 文旅推介\n祁连的夏天，为什么让人念念不忘？\n祁连县文体旅游广电局　2025年7月10日　【打印】\n"
               "卓尔山\n\n卓尔山景区　图/县文旅局\n\n" + STORY)
    assert alt.meta.writers == ()
    honours = read("当前位置：首页 > 政务公开 > 政府文件\n某某区人民政府关于表彰2024年度安全生产工作先进集体和先进个人的决定\n"
                   "发布日期：2025-02-20\n各镇人民政府、街道办事处，区政府各部门：\n\n"
                   "为表彰先进、树立典型，经区政府研究，决定授予区应急管理局等10个单位先进集体称号，授予徐国庆等16名同志先进个人称号。\n\n"
                   "一、先进集体（10个）\n\n区应急管理局、区住房和城乡建设局、区交通运输局、区市场监督管理局。\n\n"
                   "二、先进个人（16名）\n\n区应急管理局：徐国庆　龚丽娟\n\n区交通运输局：程　斌\n\n牛首镇：卢建华\n\n"
                   "某某区人民政府\n\n2025年2月18日\n\n（此件公开发布）\n")
    texts = body(honours)
    assert "二、先进个人（16名）" in texts and "牛首镇：卢建华" in texts, texts
    assert texts[-3:] == ["某某区人民政府", "2025年2月18日", "（此件公开发布）"], texts


def test_headlines_a_listed_title_joins_a_reading_of_a_document_a_batch_of_a_notice_and_a_back_link():
    listed = read("某某日报\n本版新闻\n从7只到1.1万余只 朱鹮的“陕西故事”越写越精彩\n某某生态保护条例实施成效显著\n"
                  "从7只到1.1万余只\n朱鹮的“陕西故事”越写越精彩\n本报记者　刘  强\n\n" + STORY)
    assert listed.meta.title == "从7只到1.1万余只朱鹮的“陕西故事”越写越精彩"
    reading = read("您当前所在位置：首页 > 政府信息公开 > 政策解读\n《某某省就业困难人员认定管理办法》\n政策解读\n"
                   "发布时间：2025/06/03 09:12　　来源：就业促进和失业保险处\n" + STORY)
    assert reading.meta.title == "《某某省就业困难人员认定管理办法》政策解读" and reading.meta.writers == ()
    batch = read("当前位置：首页 >> 信息公开 >> 公示公告\n发布时间：2025/6/16 11:27:05　文章来源：市生态环境局\n"
                 "某某市第三轮中央生态环境保护督察\n反馈问题整改情况公示（第一批）\n" + STORY)
    assert batch.meta.title == "某某市第三轮中央生态环境保护督察反馈问题整改情况公示（第一批）"
    back = read("当前位置：首页 > 新闻中心 > 街道动态\n< 返回　某某街道开展老旧小区改造“回头看”\n日期：2025-05-19来源：某某街道\n" + STORY)
    assert back.meta.title == "某某街道开展老旧小区改造“回头看”"


def test_phone_lines_update_stamps_a_writer_s_profile_and_a_reply_s_date():
    heating = read("当前位置：首页 > 通知公告\n沈阳市2025—2026年供暖期正式开始\n发布时间：2025/11/1 08:30:00　　信息来源：市城乡建设局\n"
                   "11月1日起，某某市正式进入2025—2026年供暖期，供暖期至2026年3月31日。各区供暖服务热线如下：\n\n"
                   "和平区：024-22841234\n\n沈河区：024-24863310\n\n大东区：024-24316658\n\n"
                   "市城乡建设局提醒，居民室温低于18℃时可拨打所在区热线或12345政务服务便民热线反映。\n")
    assert "沈河区：024-24863310" in body(heating) and body(heating)[-1].startswith("市城乡建设局提醒"), body(heating)
    rolling = read("您当前所在位置：首页 > 防灾减灾\n某某市全力防御台风“海鸥”：滚动更新\n"
                   "2025年9月7日 星期日　来源：某某市融媒体中心　作者：符  华\n【9月7日 18:20更新】\n"
                   "市三防指挥部于18时将防台风应急响应提升至Ⅰ级。全市中小学、幼儿园9月8日停课一天。\n\n【9月7日 14:05更新】\n\n"
                   "截至14时，全市2136艘渔船全部回港避风，海上作业人员已全部上岸。\n")
    assert body(rolling)[0].startswith("市三防指挥部"), body(rolling)  # (an update stamp is no credit line over a deck)
    profile = read("某某日报 数字报\n第7版：理论\n以数字化赋能城市精细化治理\n□　钱志远\n\n" + STORY
                   + "\n作者简介：钱志远，某某社会科学院城市经济研究所研究员，主要研究方向为城市治理。\n")
    assert profile.meta.writers == ("钱志远",)
    assert not any("作者简介" in t for t in body(profile))
    reply = read("首页 > 互动交流 > 咨询投诉\n关于新区学校课后服务收费标准的咨询\n来信时间： 2025-11-03 回复时间： 2025-11-10 16:42\n"
                 + STORY)
    assert reply.meta.published == dt.datetime(2025, 11, 10, 16, 42)


def test_writers_after_a_comment_count_a_picture_credit_that_wrote_the_text_and_accounts_no_writers():
    counted = read("某某网 > 体育 > 足球\n中甲第28轮：广州队主场3:1逆转江西庐山 保级形势转好\n"
                   "2025-10-26 22:41来源：广州日报作者：黄  帅评论(126)\n" + STORY)
    assert counted.meta.writers == ("黄帅",)
    credit = read("当前位置：首页 > 工作动态\n某某市举办2025年海外侨胞回乡恳亲座谈会\n时间：2025-10-14 11:26来源：某某市外事侨务局\n"
                  "座谈会现场\n\n10月12日，海外侨胞代表在座谈会上发言。\n\n（某某市外事侨务局 谭颖琪 摄/文）\n\n" + STORY)
    assert credit.meta.writers == ("谭颖琪",)
    account = read("某某新闻\n某某号·政务\n下载客户端\n湖州安吉：一片竹叶“链”出百亿产业\n安吉发布\n\n2025-05-12 15:40\n"
                   "来源：某某新闻·某某号·政务\n" + STORY + "\n撰稿：沈佳怡\n")
    assert account.meta.writers == ("沈佳怡",)
    video = read("视频号\n\n打开微信，扫码观看\n\n潮州茶事\n\n广东\n\n关注\n\n潮州凤凰单丛怎么挑？老茶农教你三招\n\n"
                 "2025-04-22\n\n" + STORY)
    assert video.meta.writers == ("潮州茶事",)
    photo = read("首页 > 专栏\n城市的温度，藏在一张长椅里\n专栏作者孟凡舒照片\n孟凡舒\n\n2025-10-22 20:15\n" + STORY)
    assert photo.meta.writers == ("孟凡舒",)
    follow = read("某某首页 > 网易号 > 正文 申请入驻\n天津人过冬必备的五样东西，你家有几样？\n2025-11-20 08:12:45　来源: 津门生活圈+关注\n"
                  + STORY + "\n特别声明：以上内容为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。\n")
    assert follow.meta.writers == ("津门生活圈",)


def test_an_english_headline_right_under_the_page_s_e_mail_and_print_buttons_over_a_picture_s_caption():
    doc = read("News Front Page\nMiddle East\nLast Updated: Tuesday, 4 December 2007, 17:04 GMT\n\n"
               "E-mail this to a friend\tPrintable version\nGulf states urge peace with Iran\n"
               "Mahmoud Ahmadinejad and King Abdullah of Saudi Arabia\n"
               "Ahmadinejad is the first Iranian leader to attend the GCC summit\n"
               "Mahmoud Ahmadinejad became the first Iranian leader to attend the GCC summit, held this year in "
               "Doha, where the Gulf states urged peace with Iran over its nuclear programme.\n\n"
               "The GCC summit leaders also agreed to set up a common market from January. Ahmadinejad, the Iranian "
               "leader, proposed a security pact and a free trade zone between Iran and the GCC states.\n")
    assert doc.meta.title == "Gulf states urge peace with Iran"
    caption = read("Sport\ntext increase decrease\nemail\nprint\nPlayer 'parties with evicted fans'\n"
                   "January 16, 2008\nPlayer Name (AAP)\n" + ARTICLE_EN)
    assert caption.meta.title == "Player 'parties with evicted fans'"


def test_a_plan_s_years_a_channel_row_of_provinces_and_a_headline_set_line_by_line():
    plan = read("当前位置：首页 > 信息公开 > 规划信息\n某某市冷链物流发展规划\n（2025—2030年）\n"
                "发布时间：2025-07-14　　来源：市发展改革委\n" + STORY)
    assert plan.meta.title == "某某市冷链物流发展规划（2025—2030年）"
    draft = read("当前位置：首页 > 意见征集\n某某市城市绿化管理办法\n（征求意见稿）\n发布时间：2025-03-02　来源：市林业局\n" + STORY)
    assert draft.meta.title == "某某市城市绿化管理办法（征求意见稿）"
    tabs = read("首页客户端登录注册\n某某新闻\n推荐西安陕西财经体育文娱视频\n"
                "西安地铁16号线开通在即 沿线多个站点实现与公交无缝换乘\n某某新闻记者 张  伟\n某某新闻　2025.06.03　陕西\n" + STORY)
    assert tabs.meta.title == "西安地铁16号线开通在即 沿线多个站点实现与公交无缝换乘"
    paper = read("某某日报2025年11月18日 星期二\n第A05版：县域经济\n本版新闻\n\n沙田柚“云”上出村\n某县：冬修水利正当时\n"
                 "某镇开展农民夜校培训\n沙田柚\n“云”上\n出村\n某某日报记者 吴  静　通讯员 黄  伟\n\n" + STORY)
    assert paper.meta.title == "沙田柚“云”上出村"


def test_a_title_broken_inside_its_at_phrase_and_an_e_paper_s_main_line_over_its_story_s_credits():
    prize = read("首页 / 综合新闻\n我校在第十届全国大学生\n数学建模竞赛中获一等奖\n发布日期：2025-10-09　　点击量：812\n" + STORY)
    assert prize.meta.title == "我校在第十届全国大学生数学建模竞赛中获一等奖"
    stack = read("某某日报数字报 | 往期回顾 | 返回首页\n第04版：经济\n某某日报 2025年6月3日 第04版\n茶园百亩新茶持续“上新”\n"
                 "某某县茶产业：一片叶子富了一方百姓\n今年茶农人均增收3200元\n"
                 "　　本报讯（记者王晓燕、刘  军）6月1日，记者从某某县农业农村局获悉，全县春茶采摘已经结束，茶叶产量和品质双双提升。\n\n"
                 "　　据介绍，全县茶园面积已达12万亩，茶叶加工企业42家，带动茶农1.8万户。\n")
    assert stack.meta.title == "某某县茶产业：一片叶子富了一方百姓"
    assert set(stack.meta.writers) == {"王晓燕", "刘军"}


def test_an_english_headline_under_a_picture_whose_alt_text_says_what_its_caption_says():
    doc = read("Global Edition | China Edition\nSearch\nHome / China / Society\n"
               "Skaters on the frozen lake in Jilin\n"
               "Skaters glide on the frozen lake in Jilin city, Jilin province, on Saturday. [Photo by Li Ming/For Example Daily]\n\n"
               "Winter fishing festival opens with record catch\n"
               "By Zhang Wei in Jilin | example.com.cn | Updated: 2025-01-05 10:12\n" + ARTICLE_EN)
    assert doc.meta.title == "Winter fishing festival opens with record catch"
    assert doc.meta.writers == ("Zhang Wei",)


def test_spaced_writers_a_department_before_a_name_and_accounts_on_avatar_cards_and_notes():
    spaced = read("某某网 > 区县新闻\n重庆某区：万亩柑橘迎丰收\n2025-10-21 16:38:02　来源：某某网\n记者：冉  文 刘  茜　剪辑：邓小川\n" + STORY)
    assert set(spaced.meta.writers) == {"冉文", "刘茜"}
    ward = read("当前位置：首页 > 新闻中心 > 医院新闻\n作者：儿科 王芳　审核：宣传科　发布时间：2025-06-01 10:20:07\n"
                "我院开展“六一”儿童健康义诊活动\n" + STORY)
    assert ward.meta.writers == ("王芳",)
    note = read("某某首页 新闻 体育 娱乐 财经 登录 网易号\n江城这条老街“上新”了，周末逛起来\n"
                "2025-05-09 20:13:45　来源: 江城生活圈　湖北\n" + STORY
                + "\n本文来自网易号“江城生活圈”，仅代表作者观点，不代表网易立场。\n\n举报　跟贴 57\n")
    assert note.meta.writers == ("江城生活圈",)
    avatar = read("某书\n搜索\n发现 发布 通知 登录\n头像小鱼在江南 关注\n乌镇晒秋｜人少景美的最佳时间和路线\n"
                  + STORY + "\n2025-10-12 浙江\n")
    assert avatar.meta.writers == ("小鱼在江南",)
    twice = read("百度首页 | 登录\n搜索\n坝上十年：一个小县城如何成了“滑雪胜地”\n塞外文旅观察 塞外文旅观察\n"
                 "2025-02-08 18:22河北优质旅游领域创作者\n+关注\n" + STORY)
    assert twice.meta.writers == ("塞外文旅观察",)
    glued = read("某某网 新闻 财经 娱乐\n搜索\n雾凇预报来了！这几天去江边看“树挂”正当时\n"
                 "江城那些事头像 江城那些事 2024-12-16 08:05 发布于吉林\n" + STORY)
    assert glued.meta.writers == ("江城那些事",)



def test_two_line_titles_a_leader_s_words_a_meeting_s_work_and_an_english_line_going_on():
    said = read("当前位置：首页 > 政务动态 > 领导活动\n发布时间：2025-05-17 08:40来源：某某日报字号：[ 大 中 小 ]\n"
                "市领导调研数字经济发展时强调\n以系统思维推动数字产业提质增效\n" + STORY)
    assert said.meta.title == "市领导调研数字经济发展时强调以系统思维推动数字产业提质增效"
    meeting = read("首页 > 学校要闻\n学校召开2025年研究生教育工作会议\n全面部署新一轮学位点合格评估工作\n"
                   "发布时间：2025-03-12　来源：党委宣传部\n" + STORY)
    assert meeting.meta.title == "学校召开2025年研究生教育工作会议全面部署新一轮学位点合格评估工作"
    ferry = read("Home > News > Local\nHarbour city adds night buses\nas summer visitor numbers climb\n"
                 "A night bus leaves the central station on July 12. [Photo provided to Example Post]\n"
                 "By Lin Wei and Chen Jie | Example Post | Updated: 2025-07-14 09:26\n" + ARTICLE_EN)
    assert ferry.meta.title == "Harbour city adds night buses as summer visitor numbers climb"
    assert set(ferry.meta.writers) == {"Lin Wei", "Chen Jie"}
    standfirst = read("Home / Region / News\nHarbour city's duty-free sales top 30 billion yuan\nas new rules widen shopper base\n"
                      "Residents who left the island in the past year can now buy goods tax-free, drawing weekday crowds\n"
                      "By Wang Lei in Port Ellis | example.com | Updated: 2024-12-05 15:42\n" + ARTICLE_EN)
    assert standfirst.meta.title == "Harbour city's duty-free sales top 30 billion yuan as new rules widen shopper base"


def test_a_player_s_controls_a_record_grid_one_cell_a_line_and_a_caption_s_day():
    page = ("某某新闻首页直播新闻民生节目\n视频封面播放　00:00 / 02:36　高清　全屏\n"
            "高温下的“电力医生”：每天巡检线路超过30公里\n2023-08-15 19:42:10 | 来源：城市频道 | 播放量：3.6万\n"
            "高温电力一线劳动者\n" + STORY)
    controls = explain(page, ReadOptions(source="page.txt"))[1]
    assert controls.kind.value == "chrome" and "player" in controls.rule, controls
    assert read(page).meta.title == "高温下的“电力医生”：每天巡检线路超过30公里"
    grid = read("某某市人民政府\n当前位置：首页 > 政府信息公开 > 政策文件\n索引号：\n43040000/2024-13027\n发布机构：\n某某市人民政府\n"
                "文　　号：\n某政函〔2024〕45号\n成文日期：\n2024-08-09\n发布日期：\n2024-08-13 09:00:00\n主题分类：\n城乡建设、环境保护\n"
                "某某市人民政府关于《某某河风光带详细规划》的批复\n某政函〔2024〕45号\n市自然资源和规划局：\n"
                "你局《关于审批〈某某河风光带详细规划〉的请示》收悉。经研究，现批复如下：\n一、原则同意《某某河风光带详细规划》。\n"
                "二、请你局会同有关单位抓紧组织实施，严格按规划进行建设管理。\n某某市人民政府\n2024年8月9日\n")
    assert grid.meta.title == "某某市人民政府关于《某某河风光带详细规划》的批复"
    assert grid.meta.published == dt.datetime(2024, 8, 13, 9, 0)
    paper = read("某某日报2019年06月12日 星期三　第A01版：要闻\n上一期 | 下一期 | 往期回顾 | 版面导航 | 标题导航\n"
                 "我市夏收夏种全面展开\n□记者 徐峰　通讯员 沈晓燕\n收割机抢收小麦\n6月11日，某镇一处农田里，收割机正在抢收小麦。　记者 徐峰 摄\n"
                 + STORY)
    assert paper.meta.published == dt.date(2019, 6, 12)


def test_writers_beside_list_labels_outlets_and_photo_credits_and_accounts_printed_three_times():
    related = read("某某网　浙江省重点新闻网站\n嘉兴推行“一件事”集成改革 企业开办最快半天办结\n2023-11-21 07:05来源：某某日报阅读：1.2万\n"
                   "相关报道\n· 浙江深化“高效办成一件事”改革\n· 嘉兴“企业码”服务上线两周年\n· 评论｜让企业少跑腿\n"
                   "本报讯（记者 陆一鸣 通讯员 钱佳怡）“营业执照、公章、发票一次办齐，只用了不到半天。”11月20日，在嘉兴市行政服务中心，企业负责人说。\n\n"
                   "今年以来，嘉兴围绕企业和群众全生命周期，梳理出企业开办、员工招聘等重点事项，推动跨部门联办。\n")
    assert set(related.meta.writers) == {"陆一鸣", "钱佳怡"}
    outlet = read("当前位置：南湖网 > 新闻 > 本地\n南湖老城区改造居民点赞：“住得舒心”\n南湖网\n2024-11-02 10:18\n作者：符  倩\n"
                  "编辑：王小雨\n" + STORY)
    assert outlet.meta.writers == ("符倩",)
    photo = read("Example Daily\nHome / Metro / Environment\nCity opens 20 more pocket parks along the creek\npocket park\n"
                 "Residents stroll through a newly opened pocket park near the creek in Putuo District on Saturday.\n\n"
                 "Ti Gong\n\nBy Zhou Anqi\n\nUpdated: 2024-05-26 19:08　Source: Example Daily\n\n" + ARTICLE_EN
                 + "\nThe parks, each smaller than a basketball court, were built on land left over from road works and old "
                 "warehouses along the creek, the district government said.\n")
    assert photo.meta.writers == ("Zhou Anqi",)
    slashed = read("中原新闻\n郑州—布达佩斯全货机航线加密至每周12班\n2025-01-08 19:32\n中原新闻记者 杨晓宇/文 赵  冰/图\n" + STORY)
    assert slashed.meta.writers == ("杨晓宇",)
    ward = read("当前位置：首页 > 新闻中心 > 医院新闻\n我院成功开展首例经导管主动脉瓣置换术\n发布时间：2022-06-08　　来源：心血管内科\n"
                + STORY + "\n（心血管内科 郑艳　通讯员 林晖）\n\n【返回】【打印】【关闭】\n")
    assert set(ward.meta.writers) == {"郑艳", "林晖"}
    thrice = read("某度首页\n网页\n资讯\n某码头改造后重新开放，周末人气爆棚\n老陈说宁波\n老陈说宁波\n\n2023-10-09 18:21浙江\n\n+关注\n\n"
                  + STORY + "\n举报/反馈\n\n作者头像\n\n老陈说宁波\n\n宁波本地生活领域创作者\n")
    assert thrice.meta.writers == ("老陈说宁波",)
    channels = read("某某新闻\n要闻\n深度\n澎湃号\n问政\n湃客\n某镇“共享菜园”开园 48户居民认领菜地\n某镇发布\n某镇发布\n澎湃号·政务\n+订阅\n"
                    "2024-05-09 16:02　来源：某某新闻·澎湃号·政务　江苏\n" + STORY + "\n某镇发布\n")
    assert channels.meta.writers == ("某镇发布",)
    card = read("微博\n搜索微博\n登录 | 注册\n岳阳楼边看洞庭日落，这4个机位拍出来最美\n头像\n岳阳摄影小周\n发布于 2024-11-16 18:20\n"
                "来自 微博 weibo.com\n" + STORY)
    assert card.meta.writers == ("岳阳摄影小周",)


def test_a_saved_page_s_account_cards_run_together_and_a_name_spaced_with_no_break_spaces():
    from newsconv.readers.html import read_html

    def saved(head: str, rest: str) -> object:
        page = (f"<html><head><meta charset=utf-8><title>{head}</title></head><body><div>要闻 深度 视频</div>"
                f"<h1>{head}</h1>{rest}<p>5月8日上午，某镇晟泰社区的“共享菜园”正式开园。经过前期报名和抽签，48户居民领到了属于自己的“一米菜园”。</p>"
                "<p>这片菜园原本是小区旁一块闲置地，杂草丛生。社区征求居民意见后，把它改造成了共享菜园，由居民自治小组管理。</p></body></html>")
        return read_html(page.encode(), ReadOptions(source="page.html"))

    card = saved("某镇“共享菜园”开园 48户居民认领菜地",
                 '<div class="acc"><a href="#">某镇发布</a><span>澎湃号·政务</span><span>+订阅</span></div>'
                 "<div>2024-05-09 16:02　来源：澎湃新闻·澎湃号·政务　江苏</div>")
    assert card.meta.writers == ("某镇发布",)
    post = saved("岳阳楼边看洞庭日落，这4个机位拍出来最美",
                 "<div><b>岳阳摄影小周</b><span>发布于 2024-11-16 18:20</span><span>来自 微博 weibo.com</span></div>")
    assert post.meta.writers == ("岳阳摄影小周",)
    weibo = saved("福州三坊七巷的夜，比白天更有味道",
                  "<div><b>闽江边的老周</b><span>2021-10-12 21:06</span><span>来自 微博 weibo.com</span></div>")
    assert weibo.meta.writers == ("闽江边的老周",)
    slashed = saved("郑州—布达佩斯全货机航线加密至每周12班", "<div>2025-01-08 19:32</div><p>中原新闻记者 杨晓宇/文 赵&nbsp;&nbsp;冰/图</p>")
    assert slashed.meta.writers == ("杨晓宇",)


def test_a_policy_reading_s_office_an_access_row_a_kicker_of_two_phrases_and_a_dateline_s_date():
    reading = read("某某区人民政府\n首页 政务要闻 政府信息公开 政策解读\n您现在的位置：首页 >> 政策解读\n无障碍 长者模式\n"
                   "《某某区农民职业技能培训补贴实施办法》政策解读\n发布时间：2025年04月21日 来源：区人社局 【大 中 小】 【打印】\n"
                   "解读机构：某某区人力资源和社会保障局\n一、制定背景\n为提升农民就业创业能力，促进转移就业和稳定增收，制定本办法。\n"
                   "二、补贴对象\n具有本区户籍、年满16周岁至60周岁、有培训意愿的农民。\n")
    assert reading.meta.title == "《某某区农民职业技能培训补贴实施办法》政策解读"
    assert reading.meta.writers == ()
    kicker = read(kicker_page := "某某日报 数字报 2016-09-22　第05版：经济\n本版其它文章\n某某新区新增市场主体1.2万户\n某某市化纤产业集群加快发展\n"
                  "某某：人参产业产值突破百亿元\n\n搭建平台 做强产业链\n某某医药高新区一年引进项目27个\n本报记者  孙  斌    通讯员  姜  涛\n"
                  "　　今年以来，某某医药高新区围绕医药健康产业“建链、补链、强链”，新引进项目27个，总投资达到86亿元。\n"
                  "　　高新区相关负责人介绍，园区投资建设了医药检验检测中心、中试基地等公共服务平台，企业可以共享使用。\n"
                  "　　目前，高新区已聚集医药企业86户，形成了从药材种植、研发、生产到流通的完整产业链条。\n")
    assert kicker.meta.title == "某某医药高新区一年引进项目27个"
    [headline] = [d for d in explain(kicker_page, ReadOptions(source="page.txt")) if d.kind.value == "title"]
    assert "deck" not in headline.rule, headline.rule  # (--explain: the kicker is no headline it is the deck of)
    dateline = read("某某网 English 移动版\n您的位置：首页 > 新闻 > 本地\n某某：“林卡季”前的城市绿化提速\n来源：某某网 字号：大 中 小\n"
                    "某某网讯（记者 扎西措姆 通讯员 白玛）2025年5月8日，记者在某某市纳金路看到，园林工人正在道路两侧补植花草。\n\n"
                    "据了解，近年来当地持续推进城市增绿工程，城市建成区绿化覆盖率不断提升。\n")
    assert dateline.meta.published == dt.date(2025, 5, 8)


def test_writers_contributed_by_an_e_paper_s_page_before_a_byline_and_account_cards_with_badges_and_counts():
    contributed = read("China Example Online\nHome / News\nHighland barley harvest begins as new varieties raise yields\n"
                       "Source: China Example Online | Contributed by: Tenzin Dekyi and Zhao Lin | Editor: Liu Wen\n"
                       "2025-08-26 10:35:27\n" + ARTICLE_EN)
    assert set(contributed.meta.writers) == {"Tenzin Dekyi", "Zhao Lin"}
    paper = read("某某晚报\n2023年03月09日　A01 A02 A03\n本版标题\n春季流感进入高发期 专家支招科学防护\n某某景区3月15日起恢复开放\n\n"
                 "春季流感进入高发期\n专家支招科学防护\nA05：城事　首席记者　张  雪 实习生　李梦瑶\n" + STORY)
    assert set(paper.meta.writers) == {"张雪", "李梦瑶"}
    badge = read("微博首页视频发现游戏注册登录\n2025雪顿节出行指南来了！展佛时间、交通管制一文看懂\n"
                 "某某发布 V 发布于 2025-08-01 12:40 阅读 2.1万\n" + STORY)
    assert badge.meta.writers == ("某某发布",)
    sent = read("今日头条首页下载头条APP登录\n今年东北大豆价格为啥涨不上去？种植户算了一笔账\n"
                "2024-05-21 07:45·黑龙江 黑土地三农说 + 关注\n" + STORY)
    assert sent.meta.writers == ("黑土地三农说",)
    counts = read("搜狐首页新闻体育汽车旅游母婴更多\n草原那些事儿\n\n文章 516　总阅读 302万\n\n查看TA的文章>\n\n"
                  "阿尔山的秋天有多美？这份自驾攻略请收好\n2023-10-19 14:28发布于：内蒙古\n" + STORY)
    assert counts.meta.writers == ("草原那些事儿",)


def test_a_saved_e_paper_page_whose_title_ends_on_its_two_line_headline_after_the_page_s_name():
    from newsconv.readers.html import read_html

    page = ("<html><head><meta charset=utf-8><title>某某晚报 2023年03月09日 A05：城事 春季流感进入高发期 专家支招科学防护</title></head>"
            "<body><div>某某晚报 2023年03月09日 A01 A02 A03</div><div>本版标题 <a href='#'>春季流感进入高发期 专家支招科学防护</a>"
            "<a href='#'>某某景区3月15日起恢复开放</a></div><p>近期我市多家医院发热门诊就诊人数增加</p>"
            "<h1>春季流感进入高发期<br>专家支招科学防护</h1><p>A05：城事　首席记者　张&nbsp;&nbsp;雪 实习生　李梦瑶</p>"
            "<p>近期，我市气温起伏较大，流感进入高发期。记者从市内多家医院了解到，最近一周发热门诊就诊人数较上月增加了四成左右。</p>"
            "<p>专家提醒，接种流感疫苗是预防流感最有效的手段，老人、儿童、慢性病患者等重点人群尤其要及时接种。</p></body></html>")
    doc = read_html(page.encode(), ReadOptions(source="page.html"))
    assert doc.meta.title == "春季流感进入高发期专家支招科学防护"
    assert set(doc.meta.writers) == {"张雪", "李梦瑶"}


def test_record_rows_e_paper_lists_naming_a_headline_alone_an_english_line_going_on_and_a_section_s_name():
    fields = read("您所在的位置：首页 > 政务公开 > 规范性文件\n索引号 11370000004187735E/2024-00318 发布机构 某某省财政厅 成文日期 2024-06-05\n"
                  "公开方式 主动公开 文号 某财教〔2024〕18号 公开范围 面向社会\n关于印发《某某省职业院校学生实习补助资金管理办法》的通知\n"
                  "发布时间：2024/06/12　　浏览次数：2874\n" + STORY)
    assert fields.meta.title == "关于印发《某某省职业院校学生实习补助资金管理办法》的通知"
    labels = read("您现在的位置：首页 > 政务公开 > 提案答复\n索引号 发布机构 发文日期 文号 公开方式\n"
                  "11120111MB1C40215Q/2024-00063 某某区教育局 2024-06-20 某教函〔2024〕21号 主动公开\n"
                  "某某区教育局关于区政协十七届三次会议第0127号提案的答复\n发布日期：2024.06.26　　来源：区教育局\n" + STORY)
    assert labels.meta.title == "某某区教育局关于区政协十七届三次会议第0127号提案的答复"
    listed = read("某某日报 2024年11月15日\n第1版 要闻\n市政府召开常务会议\n研究加快建设国际消费中心城市等工作\n"
                  "发布日期：2024-11-14　版次：第1版　作者：韩雪 曹磊\n" + STORY + "\n本版标题\n市政府召开常务会议\n我市举行重大项目集中签约活动\n")
    assert listed.meta.title == "市政府召开常务会议"
    section = read("某某网\n首页 新闻 乡村振兴 财经 文旅\n某某网 > 乡村振兴 > 乡村振兴观察\n乡村振兴观察\n大山深处，一片茶叶的“突围”记\n"
                   "2024-04-22 08:36:17来源：某某网阅读：1.6万\n某某网记者 何雨婷　通讯员 邓军\n"
                   "编者按：春茶飘香时节，记者走进山区，记录茶农和返乡青年在乡村振兴中的探索。本期“乡村振兴观察”带您一探究竟。\n"
                   "清晨六点，某村的茶园里已是一片忙碌。采茶工们背着竹篓穿行在茶垄间，指尖翻飞。\n"
                   "几年前，村里的茶叶大多以鲜叶形式卖给外地客商，价格随行就市，茶农说了不算。\n"
                   "村里成立茶叶专业合作社，引进清洁化加工生产线，注册了商标，乡村振兴有了产业支撑。\n\n乡村振兴观察\n")
    assert section.meta.title == "大山深处，一片茶叶的“突围”记"


def test_a_speech_s_day_under_an_e_paper_s_issue_writers_glued_to_accounts_villages_and_outlets_beside_bylines():
    speech = read("某某日报　2024年01月25日　星期四\n第03版：要闻\n凝聚智慧力量 助推高质量发展\n"
                  "——在政协某某省第十三届委员会第二次会议闭幕会上的讲话\n钱俊峰\n（2024年1月24日）\n各位委员，同志们：\n" + STORY)
    assert speech.meta.published == dt.date(2024, 1, 25)
    glued = read("事关养老服务补贴！朝阳新政6月1日起实施\n原创张弛朝阳发布2024年05月21日 18:06北京\n" + STORY
                 + "\n来源：某某区民政局\n\n微信扫一扫\n关注该公众号\n\n朝阳发布\n")
    assert glued.meta.writers == ("张弛",)
    button = read("今日头条\n首页 下载头条 登录\n6月15日起，天津这些电动自行车不能再上路了\n原创2024-06-03 07:45·津城百事通+ 关注\n" + STORY)
    assert button.meta.writers == ("津城百事通",)
    village = read("乡镇之窗 · 石门镇\n石塘村2024年第二季度村级财务收支情况公开\n日期：2024-07-08　作者：石塘村　点击：88\n" + STORY)
    assert village.meta.writers == ()
    outlet = read("Home / Wuhan / Environment\nWuhan's riverside greenway draws joggers and birdwatchers alike\n"
                  "By Li Yang in Wuhan and Zhou Min | Jingchu Today\n\nUpdated: 2024-05-21 15:40\n" + ARTICLE_EN)
    assert set(outlet.meta.writers) == {"Li Yang", "Zhou Min"}


def test_an_empty_record_field_over_the_title_accounts_under_a_sent_from_stamp_and_an_english_line_over_its_byline():
    grid = read("当前位置：首页 > 政务公开 > 市政府办文件 > 正文\n索 引 号： 013920811/2025-00042 信息分类： 通知\n"
                "文　　号： 某政办发〔2025〕18号 发布日期： 2025年03月14日\n主 题 词：\n"
                "某某市人民政府办公室关于做好2025年春季森林草原防灭火工作的通知\n某政办发〔2025〕18号\n\n"
                "发布时间：2025-03-14 09:30:21来源：某某市人民政府办公室\n各县区人民政府，市政府各部门：\n" + STORY)
    assert grid.meta.title == "某某市人民政府办公室关于做好2025年春季森林草原防灭火工作的通知"
    stamp = read("某某条\n佛山这条滨江碧道全线贯通！周末骑行有好去处了\n原创\n2024-06-01 18:23·广东\n佛山生活圈\n" + STORY)
    assert stamp.meta.writers == ("佛山生活圈",)
    twice = read("微博\n登录\n关于中秋国庆假期鼓浪屿周边交通管控的提示\n鹭岛交警在线\n鹭岛交警在线\n发布于 2024-09-14 10:05\n"
                 "阅读数：3.6万\n" + STORY + "\n鹭岛交警在线\n")
    assert twice.meta.writers == ("鹭岛交警在线",)
    ferry = read("Home / GBA\nNew ferry link cuts Zhuhai–Shenzhen\nairport trip to 45 minutes\n"
                 "By Li Wen and Chen Jiayi | Guangdong Today\nUpdated: 2024-10-12 16:05\n" + ARTICLE_EN)
    assert ferry.meta.title == "New ferry link cuts Zhuhai–Shenzhen airport trip to 45 minutes"
    court = read("首页 > 审判动态\n某某法院审结一起直播带货虚假宣传纠纷案\n发布时间：2023-09-07 16:30:12　来源：民二庭\n" + STORY
                 + "\n（民二庭 林婷婷）\n\n相关新闻\n")
    assert court.meta.writers == ("林婷婷",)
    town = read("您当前的位置：网站首页→乡镇之窗→威远镇\n威远镇开展“河湖清四乱”专项整治行动\n"
                "作者：威远镇    来源：本站原创    点击数：312    更新时间：2025-5-8 16:20:05\n" + STORY + "\n撰稿：韩玉梅    审核：马福林\n")
    assert town.meta.writers == ("韩玉梅",)
    speech = read("首页 > 领导讲话\n在全区优化营商环境工作大会上的讲话\n区长　何志远\n（2022年2月16日）\n同志们：\n" + STORY
                  + "\n来源：区政府办 | 发布时间：2022-02-18 11:20 | 浏览量：756\n")
    assert speech.meta.published == dt.datetime(2022, 2, 18, 11, 20)


def test_a_post_header_run_together_a_one_step_breadcrumb_units_and_account_cards_with_descriptions():
    wechat = read("2024盱眙龙虾美食季启动！这份“吃虾地图”请收好\n原创盱眙融媒掌上盱眙2024-06-18 19:30江苏\n点击蓝字 关注我们\n"
                  "记者 | 程  远  李梦琪\n" + STORY)
    assert wechat.meta.title == "2024盱眙龙虾美食季启动！这份“吃虾地图”请收好"
    assert set(wechat.meta.writers) == {"程远", "李梦琪"}
    [crumb] = [d for d in explain("Home\nCulture\nHome / Culture\n", ReadOptions(source="page.txt"))
               if d.line.text == "Home / Culture"]
    assert crumb.kind.value == "breadcrumb", crumb  # one step after the home page, spaced slashes
    english = read("Home\nCulture\nTravel\nHome / Culture\nLantern boats return to the old river for autumn night tours\n"
                   "Refitted boats, new routes and a longer season aim to draw visitors after dark\n\n"
                   "By Zhang Yuqing and Chen Mo in Nanjing | Example Today | Updated: 2024-09-12 10:21\n"
                   "Refitted lantern boats returned to the river on Wednesday, with new routes past the old city walls "
                   "and a season that now runs until the end of November.\n\n"
                   "The operator said the refitted boats run on electric motors and carry 40 visitors each, and that "
                   "night tours would leave every 20 minutes after dark.\n")
    assert english.meta.title == "Lantern boats return to the old river for autumn night tours"
    police = read("首页 > 交警动态\n暑期自驾出行，这份“防疲劳驾驶”指南请收好\n发布时间：2024-07-23 10:12\n" + STORY
                  + "\n安全出行，平安到家！（济宁交警 宋楠）\n")
    assert police.meta.writers == ("宋楠",)
    described = read("搜狐\n更多\n登录\n商丘城事头像\n商丘城事\n商丘本地资讯，每天更新\n\n文章 2345　总阅读 890万\n\n+关注\n\n"
                     "商丘古城南湖片区改造完工 7月1日起恢复开放\n2024-06-28 16:45\n" + STORY)
    assert described.meta.writers == ("商丘城事",)
    weibo = read("微博\n搜索微博\n在大理开民宿第三年，我把账本摊开给你看\n大理苍山下的阿瑶大理苍山下的阿瑶\n"
                 "发布于 2024-08-02 21:47　阅读数：3.2万\n" + STORY)
    assert weibo.meta.writers == ("大理苍山下的阿瑶",)
    deck = read("某某日报数字报\n2024年07月03日　星期三　返回首页 往期浏览\n第05版：教育\n中心城区义务教育阶段学校划片范围公布\n"
                "新增公办学位4200个　7月10日起网上报名\n本报记者 王  娟\n" + STORY)
    assert deck.meta.published == dt.date(2024, 7, 3)
    hospital = read("当前位置：首页 > 就医指南 > 门诊排班\n国庆节期间专家门诊排班表\n发布时间：2024-09-27 16:20作者：门诊部阅读：3562\n"
                    + STORY + "\n供稿：门诊部　编辑：钱 蓉\n\n二维码\n微信公众号\n")
    assert hospital.meta.writers == ()


def test_account_names_without_their_handle_province_or_button_and_no_platform_owner_or_province_as_account():
    handle = read("某某首页 > 网易号 > 正文\n在宝鸡的第十年：一个外乡人眼里的西府\n2023-10-21 22:18　来源:@西府慢行者\n" + STORY
                  + "\n本文来自网易号“@西府慢行者”，仅代表作者观点，不代表网易立场。\n")
    assert handle.meta.writers == ("西府慢行者",)
    province = read("网易首页登录\n网易\n首页 > 网易号 > 正文\n汉中油菜花海迎客流高峰，这份赏花攻略请收好\n"
                    "2024-03-15 11:32:06　来源:汉中文旅圈陕西\n" + STORY + "\n特别声明：以上内容为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。\n")
    assert province.meta.writers == ("汉中文旅圈",)
    owner = read("下载客户端登录\n澎湃新闻·澎湃号\n首页澎湃号湃客政务媒体\n“90后”驻村书记的三本账\n澎湃号·政务　>　绵竹发布\n"
                 "2024-12-02 16:51　来源：澎湃新闻·澎湃号·政务\n" + STORY)
    assert owner.meta.writers == ("绵竹发布",)
    sent = read("网易首页登录\n网易\n首页 > 网易号 > 正文\n夜市里的“网红”驼铃\n2024-05-20 11:43:08　甘肃\n" + STORY
                + "\n特别声明：以上内容为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。\n")
    assert "甘肃" not in sent.meta.writers


def test_headlines_after_a_place_s_colon_printed_on_three_lines_and_set_line_by_line_over_a_deck():
    place = read("登录 APP下载\n首页 > 地方新闻\n宁县：\n今年将新建改建乡村公路1200公里\n某某融媒 2025-03-03 20:11\n"
                 "记者：何 平\n" + STORY)
    assert place.meta.title == "宁县：今年将新建改建乡村公路1200公里"
    explained = read("当前位置：首页 > 政策法规 > 政策解读\n一图看懂：\n《某某市支持个体工商户发展十条措施》政策解读\n"
                     "2024年03月18日 16:22 来源：某某市市场监督管理局 【打印】\n" + STORY)
    assert explained.meta.title == "一图看懂：《某某市支持个体工商户发展十条措施》政策解读"
    three = read("登录 注册\n当前位置：首页 > 文化\n老码头的新故事：\n江边仓库里\n开出市民书房\n2023-09-09 14:40 来源：某某晚报\n"
                 + STORY + "\n推荐阅读\n江滨秋季文化节开幕\n老码头的新故事：江边仓库里开出市民书房\n")
    assert three.meta.title == "老码头的新故事：江边仓库里开出市民书房"
    epaper = read("某某晚报报头某某晚报 2025-06-12 往期回顾 PDF下载 返回首页\n这座夜市\n“火出圈”\n"
                  "旧厂房改造后成了年轻人夜里最爱去的地方\n□ 本报记者 王　思\n版次：A03　日期：2025-06-12\n" + STORY
                  + "\n本版标题\n这座夜市“火出圈”\n夜间公交新增3条线路\n版面导航\nA01：封面\nA02：要闻\n")
    assert epaper.meta.title == "这座夜市“火出圈”"


def test_writers_beside_pictures_accounts_reporters_run_into_the_text_and_school_groups():
    english = read("Home / Hunan / Culture\nOld tea town draws a new generation\nof growers and roasters\n"
                   "By Wen Li and Gao Yan | Photos by Pan Rui\nUpdated: 2025-05-14 16:08\n"
                   "A grower sorts fresh leaves at a cooperative in Anhua\n"
                   "A grower sorts fresh leaves at a cooperative in Anhua county on May 10. PAN RUI / FOR EXAMPLE DAILY\n"
                   + ARTICLE_EN)
    assert english.meta.title == "Old tea town draws a new generation of growers and roasters"
    assert english.meta.writers == ("Wen Li", "Gao Yan")
    posted = read("搜狐 登录 写文章\n戈壁滩上的夜晚，\n比白天更热闹\n2025-08-02 22:10 发布于：甘肃省\n秦游记\n文｜马 丽\n" + STORY
                  + "\n返回搜狐，查看更多\n")
    assert posted.meta.writers == ("马丽",)
    glued = read("首页 > 本地 > 民生\n全市今年将新建公办幼儿园30所\n2025-03-18 09:12　某某在线　阅读：3.2万\n"
                 "本网记者何思远从市教育局获悉，今年全市计划新建公办幼儿园30所，新增学位9000个。\n\n"
                 "据介绍，新建幼儿园将优先布局在新建小区和城乡接合部，年底前全部投入使用。\n")
    assert glued.meta.writers == ("何思远",)
    school = read("当前位置：学校首页 > 校园新闻\n“走进大运河”研学：在实践中读懂家乡\n作者：初三年级组 林　晓｜摄影：陈俊｜审核：校办\n"
                  "发布日期：2025年11月14日\n" + STORY)
    assert school.meta.writers == ("林晓",)


def test_a_record_table_s_title_field_table_rows_dashed_breadcrumbs_channel_rows_and_programme_labels():
    rows = read("您所在的位置：首页 > 政府信息公开 > 通知公告\n索 引 号： 11000000MB1620735K/2025-00231 主题分类： 教育\n"
                "发文机关： 某某区人民政府办公室 成文日期： 2025-09-08\n"
                "标　　题： 某某区人民政府办公室关于做好2025年秋季学期学生资助工作的通知\n发文字号： 某政办〔2025〕47号 发布日期： 2025-09-10\n"
                "有 效 性： 有效\n某某区人民政府办公室关于做好2025年秋季学期学生资助工作的通知\n某政办〔2025〕47号\n各镇人民政府、街道办事处，区政府各部门：\n"
                "为进一步做好我区2025年秋季学期家庭经济困难学生资助工作，确保各项资助政策落实到位，经区政府同意，现就有关事项通知如下。\n"
                "一、资助范围和标准\n（一）学前教育。对在我区公办、普惠性民办幼儿园就读的家庭经济困难幼儿，按每生每学年1000元标准给予资助。\n"
                "（二）义务教育。对家庭经济困难寄宿生按小学每生每学期500元、初中每生每学期625元标准发放生活补助。\n"
                "二、工作安排\n时间 工作内容 责任单位\n9月15日前 学生申请、学校初审并公示 各学校（幼儿园）\n"
                "9月25日前 数据比对、复核认定 区教育局、区民政局\n10月31日前 资金发放到位 区教育局、区财政局\n"
                "三、工作要求\n各相关单位要高度重视，明确专人负责，严格按照程序开展认定工作，做到公开、公平、公正。区教育局要会同区财政局加强"
                "资金监管，确保资助资金足额、及时发放到位。\n某某区人民政府办公室\n2025年9月8日\n相关附件：\n1.学生资助申请表.docx\n")
    assert rows.meta.title == "某某区人民政府办公室关于做好2025年秋季学期学生资助工作的通知"
    dashed = read("首页时政国际社会财经地方视频图片\n某某网\n某某网 - 地方 - 宁夏 - 正文\n"
                  "闽宁镇菌菇产业扩产 三千余名村民家门口就业\n2025年09月12日 14:37　来源：某某网\n" + STORY)
    assert dashed.meta.title == "闽宁镇菌菇产业扩产 三千余名村民家门口就业"
    channels = read("某某新闻某某晚报APP下载登录\n某某新闻\n搜索\n要闻上海区情城事财经文体视频直播\n"
                    "杨浦滨江再延伸2.3公里 “工业锈带”变身“生活秀带”\n作者 | 李敏 陈欢2025-04-26 19:05:33来源：某某新闻\n" + STORY)
    assert channels.meta.title == "杨浦滨江再延伸2.3公里 “工业锈带”变身“生活秀带”"
    programme = read("某某广电网\n首页直播新闻栏目专题\n视频封面\n▶ 00:00 / 02:16　　播放量 3.6万　　全屏\n栏目：《某某新闻》\n"
                     "滨江步道提升改造完工 “滨水客厅”向市民开放\n发布时间：2025-09-12 21:18\n" + STORY)
    assert programme.meta.title == "滨江步道提升改造完工 “滨水客厅”向市民开放"
    bracketed = read("首页 > 政务公开 > 政府文件\n【信息索引号】360700-05-2024-0098　【公开方式】主动公开\n"
                     "【发文字号】某市府办字〔2024〕35号　【发布日期】2024年09月10日\n某某市人民政府办公室关于印发某某市城镇老旧小区改造资金管理办法的通知\n"
                     "某市府办字〔2024〕35号\n\n各县（市、区）人民政府，市政府各部门：\n\n"
                     "《某某市城镇老旧小区改造资金管理办法》已经市政府同意，现印发给你们，请认真抓好贯彻落实。\n\n"
                     "第一条　为规范城镇老旧小区改造资金管理，提高资金使用效益，根据有关规定，结合本市实际，制定本办法。\n\n"
                     "第二条　本办法所称城镇老旧小区改造资金，是指各级财政安排用于城镇老旧小区改造的资金。\n\n2024年9月6日\n")
    assert bracketed.meta.title == "某某市人民政府办公室关于印发某某市城镇老旧小区改造资金管理办法的通知"


def test_post_headers_broken_over_lines_verified_and_badged_cards_and_a_self_media_breadcrumb_step():
    dotted = read("今日头条\n首页下载头条APP注册头条号登录\n周边秋游去哪儿？这5个地方趁现在去正好\n原创\n2025-09-13 18:42\n·\n北疆生活圈\n·\n"
                  "新疆\n关注\n" + STORY)
    assert dotted.meta.writers == ("北疆生活圈",)
    counted = read("搜狐首页新闻体育汽车房产旅游美食更多\n高原慢生活\n在青海，过慢一点的日子\n文章\n1532 总阅读\n286万\n查看TA的文章>\n"
                   "在西宁待了一个秋天，这几样小吃我愿意天天吃\n2025-09-09 21:06　发布于：青海省　阅读 (1.2万)\n" + STORY)
    assert counted.meta.writers == ("高原慢生活",)
    verified = read("微博\n搜索微博\n首页　发现　登录 | 注册\n9月15日起，这几条路段施工封闭，出行请绕行\n\n某某出行提示\n"
                    "微博认证：某某交通出行资讯博主　粉丝 86.4万\n+ 关注\n2025-09-14 20:03　阅读 3.2万\n" + STORY)
    assert verified.meta.title == "9月15日起，这几条路段施工封闭，出行请绕行"
    assert verified.meta.writers == ("某某出行提示",)
    badged = read("微博\n搜索微博\n头图\n从亮马河到温榆河，这条滨水绿道一路都是风景\n骑行某某　某某骑行领域博主\n\n"
                  "发布于 2025-06-03 21:14　阅读数 3.6万\n\n" + STORY)
    assert badged.meta.writers == ("骑行某某",)
    stepped = read("网易首页应用网易新闻登录注册免费邮箱\n网易号各有态度　申请入驻\n网易首页 > 网易号 > 正文\n"
                   "某某大豆今年长势咋样？走访了三个县，农户这样说\n举报2025-09-10 07:45:12　来源: 黑土地三农观察　黑龙江　0跟贴\n" + STORY)
    assert stepped.meta.writers == ("黑土地三农观察",)


def test_bracketed_labels_and_a_document_dated_only_under_its_signature():
    labelled = read("当前位置：首页 > 新闻中心 > 街道动态\n某某社区开展“浓情端午 粽享邻里”主题活动\n【发布时间】2025-05-30 15:08:21\n"
                    "【信息来源】某某街道\n【作者】黄  琴　　摄影：周凯\n" + STORY)
    assert labelled.meta.writers == ("黄琴",)
    signed = read("您所在的位置：首页 > 通知公告\n关于2025年度社区“微更新”项目拟立项名单的公示\n浏览次数：576　　【打印】 【关闭】\n"
                  + STORY + "\n某某街道办事处\n2025年5月9日\n\n上一篇：社区“微更新”项目征集公告\n下一篇：关于开展社区志愿者招募的通知\n"
                  "相关信息\n某某街道夏季防汛工作提示\n2025-05-20\n社区“微更新”项目征集公告\n2025-03-03\n")
    assert signed.meta.published == dt.date(2025, 5, 9)


def test_a_breadcrumb_never_wraps_into_the_headline_and_a_record_value_may_end_on_a_document_s_kind():
    rows = "".join(f"{n} 福建某某{w}科技有限公司 某某镇 {p}\n" for n, w, p in [
        (1, "纺织", "功能性针织面料"), (2, "精密机械", "制鞋自动化设备"), (3, "新材料", "环保型热熔胶"), (4, "卫浴", "智能恒温阀芯"),
        (5, "包装制品", "食品级复合软包装"), (6, "电子", "汽车线束连接器"), (7, "智能装备", "伺服压装设备")])
    listed = read("无障碍阅读|长者模式|繁體中文|手机版某某市人民政府欢迎您！\n某某市人民政府\n搜索本站\n首页 走进某某 政务公开 政务服务 政民互动 专题专栏\n"
                  "当前位置： 首页 > 政务公开 > 部门动态 > 市工信局\n某某市2025年第一批市级“专精特新”中小企业拟认定名单公示\n"
                  "发布时间：2025-04-23 信息来源：市工信局 【字号：大 中 小】 【打印】\n"
                  "根据《某某省优质中小企业梯度培育管理实施细则》和《某某市“专精特新”中小企业培育工作方案》，经企业自主申报、镇（街道）初审、"
                  "专家评审和部门联审，拟认定以下企业为2025年第一批市级“专精特新”中小企业，现予以公示。\n"
                  "序号 企业名称 所属镇（街道） 主导产品\n" + rows +
                  "公示期为2025年4月23日至4月29日（5个工作日）。公示期间，任何单位或个人对公示名单有异议的，可通过书面形式向市工信局反映。\n"
                  "联系电话：0595-85620000，联系地址：某某市世纪大道行政服务中心B区5楼。\n某某市工业和信息化局\n2025年4月23日\n分享到： 微信 微博 QQ\n")
    assert listed.meta.title == "某某市2025年第一批市级“专精特新”中小企业拟认定名单公示"
    approval = read("首页→信息公开→政府文件\n索 引 号：\n014139458/2025-00317\n分　　类：\n民政、扶贫、救灾；批复\n发布机构：\n某某区人民政府\n"
                    "成文日期：\n2025-04-21\n文　　号：\n某政复〔2025〕12号\n发布日期：\n2025-04-24\n主 题 词：\n社区 批复\n"
                    "某某区人民政府关于同意设立某某镇龙川社区居民委员会的批复\n某政复〔2025〕12号\n某某镇人民政府：\n"
                    "你镇《关于设立龙川社区居民委员会的请示》收悉。经研究，现批复如下：\n"
                    "一、同意设立某某镇龙川社区居民委员会。龙川社区由原双塘社区析出的3个居民小区组成，总面积约1.3平方公里，现有居民2860户。\n"
                    "二、你镇要依法组织开展社区居民委员会选举工作，配齐配强社区工作力量。\n某某区人民政府\n2025年4月21日\n")
    assert approval.meta.title == "某某区人民政府关于同意设立某某镇龙川社区居民委员会的批复"
    of = read("某某晚报　数字报　往期回顾　PDF下载\n版面导航\n第A01版：封面\n第A02版：要闻\n本版其他文章\n某某区老旧小区改造全面开工\n"
              "市区新增公交线路3条\n某某区“夜市地图”出炉\nA03版：城事　　2024年6月14日 星期五\n老街区里的\n“15分钟便民生活圈”\n"
              "——某某片区推进城市更新走访记\n记者 于  静  通讯员 高建 报道\n" + STORY)
    assert of.meta.title == "老街区里的“15分钟便民生活圈”"


def test_buttons_bars_player_controls_banners_commenters_and_badges_are_no_writers():
    comment = read("首页 > 本地\n古城将推出12条文旅主题线路\n2025-04-24 08:56:11　来源：某某晚报　作者：记者 蔡思颖 通讯员 黄志鹏　我要评论\n" + STORY)
    assert comment.meta.writers == ("蔡思颖", "黄志鹏")
    barred = read("首页 > 新闻中心\n3号泊位升级改造工程通过交工验收\n作者 | 陈嘉伟来源 | 工程管理部发布时间 | 2025-04-24 11:03浏览量 | 418\n" + STORY)
    assert barred.meta.writers == ("陈嘉伟",)
    player = read("当前位置：首页 > 政民互动 > 在线访谈\n解读《某某市城区停车设施建设管理办法》\n发布时间：2024-06-19 09:00　来源：市政府办公室\n"
                  "▶\n00:00\n/\n28:45\n音量\n画质：标清\n全屏\n访谈简介\n访谈时间：2024年6月18日 15:00\n" + STORY)
    assert player.meta.writers == ()
    banner = read("ECNS Example Channel | English\nHomeChinaEconomySocietyTravel\nLake enters main flood season as water level rises\n"
                  "Source: Xinhua | 2024-07-02 15:44:10 | Editor: Wang Qian\n" + ARTICLE_EN)
    assert banner.meta.writers == ()
    commented = read("首页下载头条APP\n搜索\n三门峡的苹果花开了，今年的收成能好吗？\n2024-04-12 20:31\n·\n豫西老张说三农\n·\n河南\n" + STORY
                     + "\n评论 346\n洛宁小苹果 04-12 21:05 · 河南\n今年花开得早\n用户6254183790 04-13 10:47 · 河南\n盼个好收成\n")
    assert commented.meta.writers == ("豫西老张说三农",)
    doubled = read("澎湃\n要闻 深度 视频 湃客 澎湃号 下载客户端 登录\n吉安：井冈蜜柚迎来“花期管理”关键期\n庐陵之声 庐陵之声　关注\n"
                   "2024-04-16 17:58　来源：澎湃新闻·澎湃号·政务\n" + STORY)
    assert doubled.meta.writers == ("庐陵之声",)
    header = read("兰考泡桐“变身”民族乐器，远销海内外\n原创张  磊 兰考融媒2024年05月22日 19:30河南\n点击上方蓝字 关注我们\n" + STORY
                  + "\n来源：兰考县融媒体中心\n")
    assert header.meta.writers == ("张磊",)
    badged = read("微博\n首页\n文章封面\n木兰溪夜跑路线全攻略，亲测这3条最舒服\n头像\n莆田老林\n莆田本地生活博主\n+关注\n"
                  "发布于 2025-04-26 09:12　来自 福建\n" + STORY)
    assert badged.meta.writers == ("莆田老林",)
    glued = read("首页下载头条无障碍侵权投诉登录\n蠡湖边这条新步道开放了！全长5.6公里，周末可以去走走\n原创某某生活圈2025-04-24 17:06·江苏\n" + STORY)
    assert glued.meta.writers == ("某某生活圈",)
    subscribed = read("要闻深度视频澎湃号直播更多下载客户端 登录\n澎湃号 > 政务 > 龙城发布\n今晚起，这6个路段夜间施工，请注意绕行\n龙城发布+ 订阅\n"
                      "2025-04-25 20:18　来源：澎湃新闻·澎湃号·政务\n" + STORY)
    assert subscribed.meta.writers == ("龙城发布",)


def test_stacks_with_a_deck_a_kicker_of_short_phrases_and_second_lines_that_finish_the_first():
    english = read("Thursday, June 12, 2025\n中文 | Sign in | Subscribe\nExample Now\nHomeGreater Bay AreaBusinessCultureTravelOpinionVideo\n"
                   "BUSINESS / TRADE\nHarbour adds night boats for summer visitors\n"
                   "Ferry services across the bay to run every twenty minutes from next month\n"
                   "By Wen Li and Zoe Chan | Updated: 2025-06-12 15:40 | Source: Example Now\n" + ARTICLE_EN
                   + "\nThe harbour's business and trade office said late boats would help shops near the pier.\n")
    assert english.meta.title == "Harbour adds night boats for summer visitors"
    assert english.meta.writers == ("Wen Li", "Zoe Chan")
    stack = read("西江日报\n西江网往期回顾PDF下载\n2025年06月12日 星期四　第A03版：要闻\n"
                 "上一版 下一版　版面导航：A01 头版A02 要闻A03 要闻A04 综合A05 区域A06 民生\nA03版 要闻 版面图\nPDF下载本版\n"
                 "聚焦制造业高质量发展\n西江两岸新增6家国家级专精特新“小巨人”企业\n梯度培育让中小企业走上“专精特新”之路\n"
                 "本报记者 林晓雯 通讯员 叶俊\n"
                 "记者昨日从市工业和信息化局获悉，在最新公布的第七批专精特新“小巨人”企业名单中，我市共有6家企业入选，全市国家级专精"
                 "特新“小巨人”企业累计达到52家，数量居全省地级市前列。\n"
                 "此次入选的6家企业分别来自新材料、智能装备、电子信息等领域，均在细分市场深耕多年，主导产品市场占有率位居全国前列。\n"
                 "梯度培育体系逐步完善\n"
                 "近年来，我市建立了创新型中小企业、省级专精特新中小企业、国家级专精特新“小巨人”企业梯度培育体系，对入库企业实行"
                 "“一企一策”服务。\n"
                 "下一步，我市将继续实施“专精特新”企业倍增行动，力争到2027年，国家级专精特新“小巨人”企业达到70家以上。\n"
                 "本版标题\n西江两岸新增6家国家级专精特新“小巨人”企业\n我市启动2025年“技能提升月”活动\n市区新增3条微循环公交线路\n"
                 "图片新闻\n往期回顾\n")
    assert stack.meta.title == "西江两岸新增6家国家级专精特新“小巨人”企业"
    done = read("版次：A05 | 版名：综合 | 日期：2025-06-13\n今年首批省级“一老一小”服务设施项目\n全部开工\n作者：本报记者 王艺璇 通讯员 邢孔亮\n" + STORY)
    assert done.meta.title == "今年首批省级“一老一小”服务设施项目全部开工"
    led = read("您现在的位置：首页 >> 政务动态 >> 领导活动 >> 正文\n某某县：县委书记陈卫东带队\n督导秋粮收储和冬季农业生产\n"
               "发布时间：2023-10-12 10:23:45   来源：县政府办   作者：赵  蕾\n" + STORY)
    assert led.meta.title == "某某县：县委书记陈卫东带队督导秋粮收储和冬季农业生产"
    grown = read("当前位置：某某网 > 要闻 > 乡村振兴\n戈壁滩上种出\n“数字蔬菜”\n——某某区设施农业转型升级见闻\n"
                 "2024-05-14 08:30来源：某某日报\n文/本报记者 杨晓敏\n" + STORY)
    assert grown.meta.title == "戈壁滩上种出“数字蔬菜”"
    did = read("当前位置：首页 > 新闻中心 > 公司要闻\n公司首座“光伏+储能”一体化电站\n实现全容量并网\n发布时间：2024年09月12日\n来源：新能源公司\n" + STORY)
    assert did.meta.title == "公司首座“光伏+储能”一体化电站实现全容量并网"
    phrases = read("某某晚报\n2024年03月22日 星期五　A05版：民生\n数字报首页往期回顾　上一版下一版　PDF\nA05版面\n本版标题\n"
                   "一碗面 三块钱 五年不涨价 老街面馆的“良心账”\n某某区新增3处“口袋公园”\n城区供水管网改造本月完工\n"
                   "一碗面 三块钱 五年不涨价\n\n老街面馆的“良心账”\n全媒体记者　刘  畅　通讯员　贺  婷\n"
                   "　　早上六点半，老街口的面馆准时开门。一碗素面三块钱，加个荷包蛋四块钱，五年来价钱一直没有涨。\n"
                   "　　“面做得软和，价钱也实惠。”82岁的周爹爹几乎每天都来吃一碗面。\n"
                   "　　面馆老板给记者算了一笔账：一碗面的成本两块出头，薄利多销，一天能卖三百多碗，够一家人开销。\n"
                   "　　社区负责人说，面馆不涨价，是老街坊们心里的一笔“良心账”。\n")
    assert phrases.meta.title == "老街面馆的“良心账”"


def test_commentators_broadcast_voices_avatars_named_by_account_and_names_over_the_headline():
    commentary = read("某某新闻网\n某某时评\n让“口袋公园”真正装进市民的口袋\n2025年06月13日 07:05　来源：某某晚报\n"
                      "□ 某某晚报评论员 何思远\n" + STORY)
    assert commentary.meta.writers == ("何思远",)
    radio = read("当前位置：首页 > 广播 > 新闻综合广播\n黄河岸边看新绿\n2024年04月11日 20:16来源：某某台记者：王丽娟 张鹏主播：赵晨\n"
                 "收听本条广播\n" + STORY)
    assert radio.meta.writers == ("王丽娟", "张鹏")
    avatar = read("微博\n搜索\n首页 视频 发现 登录 注册\n地铁App上线“AR导航”，实测3个换乘站\n长安城事观察的头像\n长安城事观察\n"
                  "发布于 2024-11-22 21:08\n阅读 3.2万\n" + STORY)
    assert avatar.meta.writers == ("长安城事观察",)


def test_a_saved_page_s_title_running_on_into_the_subtitle_and_a_site_name_over_the_headline():
    from newsconv.readers.html import read_html

    def saved(title: str, h1: str, rest: str) -> object:
        page = (f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>'
                f'<div class="nav">首页 新闻 本地</div><h1>{h1}</h1>{rest}'
                '<p>　　5月16日，某某区“乡村夜市”在滨江广场开市，首批80个摊位经营本地小吃、农产品和文创产品，开市当晚吸引市民游客两万余人次。</p>'
                '<p>　　据介绍，夜市将持续到10月底，每周五至周日开放，区里同步推出公交夜班线路和临时停车场，方便市民出行。</p>'
                '</body></html>')
        return read_html(page.encode(), ReadOptions(source="page.html"))

    apart = saved("麦积山下“花牛”红——某某区花牛苹果产业发展见闻-某某在线", "麦积山下“花牛”红",
                  "<div class='sub'>——某某区花牛苹果产业发展见闻</div><div class='info'>2023-10-18　来源：某某日报</div>")
    assert apart.meta.title == "麦积山下“花牛”红"
    together = saved("济宁：“全链条”护航大运河文化保护传承利用——南阳古镇建成省级旅游度假区_某某网",
                     "济宁：“全链条”护航大运河文化保护传承利用<br>——南阳古镇建成省级旅游度假区",
                     "<div class='info'>2025-04-27 10:06　来源：某某网</div>")
    # (inside the <h1> after a line break too: the blind sets' own readers keep a dash's 副题 out of the
    # headline 199 times in 200, and the text reader keeps it out of the Chromium copy of the same page)
    assert together.meta.title == "济宁：“全链条”护航大运河文化保护传承利用"
    eye = read("Log inNewsletter中文\nExample Eye\nHomeCityBusinessLifestyleOpinionPhotos\nHome > City\n"
               "Source: Example EyeEditor: Tom Lin2025-10-090 comments\nOld lane houses get new life as the district turns to repair\n"
               + ARTICLE_EN)
    assert eye.meta.title == "Old lane houses get new life as the district turns to repair"
    named = read("Thursday, June 12, 2025\nExample Now\nHarbour adds night boats for summer visitors\n"
                 "By Wen Li and Zoe Chan | Updated: 2025-06-12 15:40\n" + ARTICLE_EN)
    assert named.meta.writers == ("Wen Li", "Zoe Chan")


def test_writers_after_outlets_units_and_workplaces_and_no_writers_from_a_box_of_other_authors():
    glued = read("某某网 >> 新闻 >> 本地新闻\n滨江新增3公里亲水步道　周末起全线开放\n2024-05-12 14:21:07来源：某某网选稿：张一凡\n"
                 "某某网记者包晓琳5月12日报道：记者今天从某某区获悉，滨江新建的3公里亲水步道将于本周末起全线开放。\n\n"
                 "新开放的步道紧贴江岸线，沿线保留了原有的码头缆桩和轨道。\n")
    assert glued.meta.writers == ("包晓琳",)
    client = read("某某新闻\n首页 浙江 视频\n千岛湖“渔民转岗”十年：从撒网捕鱼到湖上护水\n2025-03-30 08:52\n"
                  "某某新闻客户端 记者 林婧 共享联盟·淳安 方晓航\n" + STORY
                  + "\n#千岛湖#生态保护\n记者其他文章\n林婧｜淳安下姜村的“共富账本”\n推荐作者\n记者 周舒涵 · 某某日报\n"
                  "记者 蒋欣然 · 某某在线\n共享联盟·建德 程佳豪\n评论 12\n")
    assert client.meta.writers == ("林婧", "方晓航")
    spaced = read("某某日报 数字报刊\n2024年06月28日　　第05版：文化\n千年瓷都“老手艺”遇上“新玩法”\n——陶瓷文化传承创新观察\n"
                  "　　本报某某讯　记者钟　瑜报道：拉坯、利坯、画坯、施釉……6月26日，在陶溪川的老作坊里，年轻人正跟着老师傅学手艺。\n\n"
                  "　　近年来，这里吸引了大批年轻人前来学艺创业，被称为“景漂”。\n")
    assert spaced.meta.writers == ("钟瑜",)
    plant = read("您的位置：首页 > 新闻中心 > 基层动态\n某某电厂：“技改+管理”双轮驱动　三季度供电煤耗再创新低\n发布时间：2024-10-16　　来源：某某电厂\n"
                 + STORY.rstrip("\n") + "（某某电厂　吴晓峰　程　琳）\n")
    assert plant.meta.writers == ("吴晓峰", "程琳")


def test_accounts_on_cards_under_the_text_and_a_font_button_in_the_breadcrumb():
    card = read("搜狐首页新闻体育汽车房产旅游教育\n搜索\n登录\n婺源篁岭晒秋又上新：今年的“晒”法有点不一样\n2024-09-18 08:45发布于：江西省\n"
                + STORY + "\n返回搜狐，查看更多\n平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。\n"
                "阅读 (2381)\n作者头像\n赣鄱乡村记\n记录江西乡村的四季\n文章 1,203　总阅读 89.6万\n查看TA的文章>\n")
    assert card.meta.writers == ("赣鄱乡村记",)
    font = read("澎湃新闻要闻深度视频湃客澎湃号\n搜索\n下载客户端\n澎湃号·湃客　>　字号\n在巴丹吉林沙漠边上，我跟牧民学了一天养骆驼\n"
                "2024-08-02 16:11来源：澎湃新闻·澎湃号·湃客内蒙古\n" + STORY + "\n本文来自澎湃号「阿拉善慢生活」，原创作品，转载请联系作者授权。\n")
    assert font.meta.writers == ("阿拉善慢生活",)
    official = read("微博\n搜索微博\n首页\n注册 | 登录\n五一假期前，这些交通出行提示请收好\n春城交通服务\n某某市交通运输服务中心官方微博\n"
                    "2025-4-19 10:00 发布于 吉林 阅读 3.1万\n" + STORY)
    assert official.meta.title == "五一假期前，这些交通出行提示请收好"
    assert official.meta.writers == ("春城交通服务",)


def test_a_count_over_what_was_counted_and_a_section_run_into_a_quoted_title():
    counted = read("　某某晚报 电子版　往期查询　网站首页　\n　第06版：城事 2025年04月16日 上一版　下一版\n06版：城事\n某某市新增10条\n"
                   "“周末亲子游”公交专线\n□本报记者 王瑶 通讯员 刘建\n" + STORY)
    assert counted.meta.title == "某某市新增10条“周末亲子游”公交专线"
    section = read("首页 > 政务公开 > 政策文件 > 政策解读\n政策解读《某某新区促进首店经济发展若干措施》政策解读\n"
                   "发布日期：2025-04-11　来源：区商务局\n一、起草背景\n为加快发展首店经济，提升消费能级，区商务局起草了《若干措施》。\n"
                   "二、主要内容\n《若干措施》共十条，从引进首店、支持首发、优化服务三个方面提出具体支持政策。\n")
    assert section.meta.title == "《某某新区促进首店经济发展若干措施》政策解读"


def test_a_written_day_a_village_menu_a_short_title_over_its_dash_and_banners_and_offices_as_no_writers():
    dated = read("首页 > 政务公开 > 政策文件 > 市政府批复\n某某市人民政府关于同意调整某某开发区部分区域控制性详细规划的批复\n"
                 "发文机关：某某市人民政府\n发文字号：某政函〔2025〕23号\n成文日期：2025年03月12日\n发布日期：2025年03月17日\n"
                 "主题分类：城乡建设\n某政函〔2025〕23号\n市自然资源和规划局：\n"
                 "你局《关于调整某某开发区部分区域控制性详细规划的请示》收悉。经研究，现批复如下：\n"
                 "一、同意调整某某开发区部分区域控制性详细规划，调整范围东至纬一路，南至经二路。\n"
                 "二、请你局按照批复要求，做好规划成果的公布和实施管理工作。\n某某市人民政府\n2025年3月12日\n")
    assert dated.meta.published == dt.date(2025, 3, 17)
    village = read("某某村村务公开网\n某某村\n首页村务公开党务公开财务公开乡村旅游\n关于某某村2025年第一季度村级财务收支情况的公示\n"
                   "首页 - 村务公开 - 公示公告\n时间：2025-04-10　|　浏览：126\n"
                   "根据村务公开有关规定，现将本村2025年第一季度村级财务收支情况公示如下：\n"
                   "本期收入243600元，含上级转移支付、集体资产租赁收入；本期支出198774.5元，含公益设施维护、环境整治。\n"
                   "公示期间，村民如有疑问，可向村务监督委员会反映。\n某某村村民委员会\n2025年4月10日\n")
    assert village.meta.title == "关于某某村2025年第一季度村级财务收支情况的公示"
    essay = read("某某日报电子版\n01:要闻02:综合03:县区04:副刊\n某某日报　2025年4月16日\n春日读书\n——写在世界读书日前夕\n□ 钟 岚\n"
                 "春日的午后，阳光透过窗子落在书页上，字里行间都有了温度。\n\n"
                 "小时候，家里书不多，父亲从县城带回的一本旧杂志，我能翻来覆去看上好几遍。\n\n"
                 "如今，书店开到了街角，图书馆开进了社区，手机上也能随时读书。\n")
    assert essay.meta.title == "春日读书"
    banner = read("Example Online | English\n中文版 | Mobile\nHOME　NEWS　BUSINESS\nSearch\n"
                  "Wine region welcomes record harvest\nSource: Xinhua | 2023-10-16 09:42:05 | Editor: Ma Lin\n" + ARTICLE_EN)
    assert banner.meta.writers == ()
    barred = read("Home / Culture / Heritage\nAncient city wall gets a digital twin\nBy Zhang Yi and Liu Kun in Xi'an | Example Daily Global |\n"
                  "Updated: 2024-04-09 07:21\n" + ARTICLE_EN)
    assert barred.meta.writers == ("Zhang Yi", "Liu Kun")
    office = read("位置：街道首页 › 工作动态\n某某街道开展“邻里守望 温暖一老一小”志愿服务活动\n发布日期：2025/3/28　作者：街道妇联　阅读：\n" + STORY)
    assert office.meta.writers == ()


def test_a_post_s_buttons_run_together_a_list_made_on_the_next_line_and_an_office_printed_twice():
    toolbar = read("今日头条\n首页\n下载头条APP\n添加到桌面\n登录\n3赞评论收藏转发\n老城这条巷子火了，周末来逛的人比本地人还多\n"
                   "2025-05-20 10:12·某某城事\n最近，老城南段的一条巷子突然成了“网红”，这个周末小编特意去逛了一圈，人真的太多了！\n"
                   "巷子原本是很普通的居民区，去年街道对巷子做了微改造，现在开了二十多家小店。\n"
                   "不少本地网友在评论区感慨：“小时候天天路过这条巷子，现在居然认不出来了。”\n"
                   "你去过这条巷子吗？欢迎在评论区分享你的感受，记得收藏转发~\n")
    assert toolbar.meta.title == "老城这条巷子火了，周末来逛的人比本地人还多"
    listed = read("某某日报电子版　2025-05-16　第 04 版：要闻\n01 头版 02 要闻 03 经济 04 要闻\n连续五年产值超五百亿元\n"
                  "某某家具产业集群入选\n国家中小企业特色产业集群名单\n作者：本报记者 刘洋 版次：04 日期：2025-05-16\n" + STORY)
    assert listed.meta.title == "某某家具产业集群入选国家中小企业特色产业集群名单"
    office = read("某某路街道办事处\n首页街道动态社区服务公开目录\n首页 / 街道动态 / 民生服务\n"
                  "某某路街道：“长者饭堂”开到家门口 老人吃饭不发愁\n2025-06-13\n某某路街道办事处\n文/图：王海燕\n" + STORY)
    assert office.meta.title == "某某路街道：“长者饭堂”开到家门口 老人吃饭不发愁"
    assert office.meta.writers == ("王海燕",)


def test_an_e_paper_stack_over_the_page_s_tools_and_accounts_doubled_or_glued_to_their_writer():
    stack = read("某某报　第3128期　2025年5月12日 星期一\n当前版：第2版　综合\n第1版　要闻\n第2版　综合\n"
                 "建成精品线路12条　培育茶庄园28家\n某某县“茶+旅”融合发展再提速\n一季度接待游客同比增长22%\n"
                 "【字号 大 中 小】　【打印】　2025年5月12日\n"
                 "　　本报讯（通讯员 王清河 林美玲）5月上旬，正值春茶采制时节，各镇的茶园里游客络绎不绝。\n"
                 "　　近年来，县里推进茶产业与文旅产业深度融合，已建成精品线路12条。\n")
    assert stack.meta.title == "某某县“茶+旅”融合发展再提速"
    doubled = read("微博\n首页视频发现游戏注册登录\n在某某山脚下住了一周，我想劝你慢一点\n某某阿七某某阿七 微博旅游博主\n"
                   "发布于 2025-5-14 22:45\n阅读数：18万\n"
                   "五一之后，我在某某山脚下的一个小村子里住了整整一周，每天就是喝茶、散步、发呆。\n"
                   "住的是一家老夫妻开的民宿，院子里种满了三角梅，阿姨每天早上给我煮一碗面。\n"
                   "离开那天我想，在山脚下住一周，旅行的意义大概就是把日子过慢一点。\n©某某阿七 转载请私信\n")
    assert doubled.meta.writers == ("某某阿七",)
    glued = read("某某这条自驾线路，一路都是草原和白桦林\n原创李雪松某某文旅 2025年6月13日 20:15 河北\n" + STORY
                 + "来源：某某文旅\n")
    assert glued.meta.writers == ("李雪松",)


def test_a_list_s_bulleted_item_names_the_headline_and_a_reading_s_tab_and_a_cover_s_alt_text_are_no_part_of_it():
    listed = read("某某晚报　2025-11-22 星期六 首页 | 往期回顾 | 返回目录\n当前版：第A08版：民生\n本版新闻\n"
                  "· 某某区42个社区食堂开进居民家门口\n· 某某区新增两处口袋公园\n· 公交开通3条冬季旅游专线\n"
                  "一荤两素一汤老人只要12元\n某某区42个社区食堂开进居民家门口\n明年底将实现城市社区老年助餐服务全覆盖\n"
                  "　　本报讯（记者 云昌 通讯员 邢蕾）一荤两素一汤，老人只要12元。11月21日中午，社区食堂里坐满了前来就餐的老人。\n"
                  "　　这些社区食堂大多由街道提供场地、专业餐饮企业运营，面向全体居民开放，对老人给予就餐补贴。\n")
    assert listed.meta.title == "某某区42个社区食堂开进居民家门口"
    tab = read("某某市住房和城乡建设局\n您当前的位置：首页 > 政务公开 > 政策解读\n"
               "来源：某某市住房和城乡建设局 | 发布日期：2025年11月19日 10:05 | 点击数：643 | 【打印】\n"
               "文字解读《某某市老旧小区改造居民出资指引（试行）》政策解读\n一、为什么要出台《指引》？\n"
               "近年来，我市累计改造老旧小区96个，惠及居民1.3万户，部分小区存在居民参与不足的问题。\n"
               "二、哪些改造内容需要居民出资？\n《指引》将改造内容分为基础类、完善类、提升类三类。\n")
    assert tab.meta.title == "《某某市老旧小区改造居民出资指引（试行）》政策解读"
    cover = read("微博\n大家都在搜：海岛潜水\n首页\n视频\n注册 登录\n文章封面：某某岛海底珊瑚苗圃\n"
                 "跟着潜水教练去看某某岛的“海底森林”，原来珊瑚也需要“种”\n头像\n@阿远潜水日记\n发布于 2025-11-22 14:03\n+关注私信\n"
                 "来海岛当潜水教练的第四年，我带过几百个学员下水，大家问得最多的是：珊瑚是石头还是植物？\n"
                 "其实珊瑚是动物，海底森林里的珊瑚苗圃，每一株都是潜水员一株一株种下去的。\n")
    assert cover.meta.title == "跟着潜水教练去看某某岛的“海底森林”，原来珊瑚也需要“种”"


def test_writers_glued_to_labels_an_account_beside_its_platform_and_cards_that_name_accounts():
    glued = read("首页 > 新闻中心 > 医院新闻\n我院成功开展首例经导管主动脉瓣置换术\n"
                 "来源：心血管内科文/周  琳图/黄志强发布时间：2025-03-17 16:05\n" + STORY)
    assert glued.meta.writers == ("周琳",)
    unit = read("首页 > 集团要闻\n集团承建的某某河综合治理工程二标段主体开工\n"
                "日期：2025年03月19日作者：吴昊天 宋佳单位：第三工程公司【大 中 小】\n" + STORY)
    assert unit.meta.writers == ("吴昊天", "宋佳")
    platformed = read("澎湃新闻\n要闻\n澎湃号\n下载客户端\n澎湃号·政务 > 平安某某\n老人差点被“保健品专家”骗走8万元，民警及时拦下\n\n"
                      "平安某某\n2025-03-19 17:42\n来自浙江\n+ 关注\n" + STORY + "文/林涛　编辑/周洁\n")
    assert platformed.meta.writers == ("林涛",)
    counted = read("搜狐\n首页\n新闻\n体育\n更多\n\n天山行者\n文章　523\n总阅读　86万\n查看TA的文章>\n"
                   "伊犁杏花还没开，但这条自驾路线现在走刚刚好\n2025-03-21 11:20发布于：新疆维吾尔自治区\n"
                   "每年一到三月，就有不少朋友问伊犁的杏花什么时候开，这条自驾路线现在走正合适。\n"
                   "从乌鲁木齐出发，沿高速一路向西，过了精河以后，路边的雪山越来越近。\n")
    assert counted.meta.writers == ("天山行者",)
    badged = read("百家号\n首页\n下载APP\n登录\n实探某某新开的滨江步道：夜景很出片，这几点要注意\n\n某某生活指南\n"
                  "2025-03-19 09:32江西 某某本地生活领域创作者\n+关注\n"
                  "某某沿江新建的一段滨江步道最近正式开放了，小编周末特地去走了一趟，夜景确实很出片。\n"
                  "一、步道在哪里？怎么去？\n这段步道北起世贸路，南到秋水广场，全长大约3.2公里。\n")
    assert badged.meta.writers == ("某某生活指南",)
    banner = read("某某区滨江街道办事处\nBINJIANG SUBDISTRICT OFFICE, LUCHENG DISTRICT\n网站首页街道概况街道动态通知公告\n"
                  "您的位置：网站首页 → 街道动态 → 正文\n【时间：2025-03-19】　【来源：滨江街道】　【点击：】\n"
                  "滨江街道“春风行动”送岗位进社区\n" + STORY.rstrip("\n") + "（林晓燕 陈  杰）\n")
    assert banner.meta.writers == ("林晓燕", "陈杰")


def test_an_app_prompt_a_badge_under_an_account_and_a_headline_set_on_two_lines_that_its_list_prints_whole():
    prompt = read("今日头条\n打开App\n立冬过后，某某人的早晨是从一碗锅巴菜开始的\n某某美食记\n某某美食记\n"
                  "2025-11-12 19:30 · 优质美食领域创作者\n关注\n"
                  "立冬一过，某某的早晨就冷起来了，六点半，巷口一家开了二十多年的锅巴菜铺子已经排起了队。\n"
                  "锅巴菜是用绿豆和小米磨浆摊成的薄饼，切条后浇上卤子，是本地人最常吃的早点。\n")
    assert prompt.meta.writers == ("某某美食记",)
    badge = read("微博\n搜索微博\n首页\n视频\n发现\n注册\n登录\n初冬的某某古城，安静得刚刚好\n某某文旅君\n"
                 "某某土家族苗族自治州文旅资讯博主\n2025-11-23 10:15 发布于 湖南\n阅读 2.3万\n文｜向某某　图｜田野\n"
                 "十一月下旬，游客少了，古城慢了下来。\n"
                 "清晨的江边，只有洗衣的阿婆和拍照的人，石板路上的露水还没有干，吊脚楼的窗户一扇一扇打开。\n"
                 "中午找一家临江的小馆子，点一份血粑鸭和一碗米豆腐，慢慢吃，窗外的江水也慢慢流。\n"
                 "傍晚的城墙上风有点大，但看着一盏一盏亮起来的灯，会觉得冬天来这里刚刚好。\n")
    assert badge.meta.title == "初冬的某某古城，安静得刚刚好"
    rate = read("某某日报出版日期：2025-11-19　第03版：经济上一版下一版\n某某日报第03版版面图\n"
                "某某口岸前10月进出口货运量同比增长18.3%\n某某：黑木耳“冬储”价格稳中有升\n某某冰雪旅游推介会走进长三角\n"
                "对俄贸易通道持续扩容\n某某口岸前10月进出口货运量\n同比增长18.3%\n跨境电商包裹量首次突破千万件\n"
                "记者从某某海关获悉，今年1至10月，某某口岸进出口货运量同比增长18.3%，跨境电商包裹量首次突破千万件。\n"
                "在某某铁路口岸站，一列满载木材的国际货运列车缓缓驶出，口岸进出口货运量持续增长。\n")
    assert rate.meta.title == "某某口岸前10月进出口货运量同比增长18.3%"


def test_a_note_on_where_the_writer_lives_glued_editors_labels_and_a_post_header_with_dots():
    note = read("百家号\n冬天的某某古镇，比旺季更值得一去\n某某漫游笔记\n11-13 08:46　云南　旅游领域创作者\n"
                "很多人问我，云南冬天去哪儿人少又好玩？我的回答是某某古镇。\n\n冬天的古镇游客少，阳光好，寺登街上很安静。\n"
                "（作者：赵一鸣，旅行作者，现居大理）\n")
    assert note.meta.writers == ("赵一鸣",)
    labels = read("首页 > 学校要闻\n我校学子在第十九届全国大学生结构设计竞赛中获一等奖\n"
                  "发布者：党委宣传部作者：文/学生记者 王一凡 通讯员 刘思远摄影/陈晨审核/周敏发布时间：2025-11-12\n" + STORY)
    assert labels.meta.writers == ("王一凡", "刘思远")
    dotted = read("今日头条\n首页\n下载头条APP\n登录\n某某这家开了30年的米粉店，凌晨4点就亮灯\n原创·2025-11-21 12:37·某某生活圈·湖南\n"
                  "凌晨4点，某某老街上的这家米粉店就亮了灯，老板已经开始熬骨头汤。\n"
                  "这家米粉店开了30年，来吃米粉的大多是附近的老街坊，一碗米粉从两块钱卖到了十块钱。\n")
    assert dotted.meta.writers == ("某某生活圈",)


def test_an_empty_writer_s_field_before_the_comments_button_and_a_glued_source_label():
    empty = read("首页 > 新闻 > 本地\n某某今冬首批清洁取暖改造完工 1.3万户农户受益\n"
                 "2025-10-17 09:26　来源：某某晚报　作者：　我要评论(12)　字号：T|T\n"
                 "　　本报讯（记者 孟凡）10月16日，记者从某某市住建局获悉，今年首批农村清洁取暖改造全部完工。\n"
                 "　　据介绍，今年全市共完成清洁取暖改造1.3万户，改造后农户取暖费用平均下降两成。\n")
    assert empty.meta.writers == ("孟凡",)
    source = read("首页 > 县区新闻\n某某设施蔬菜迎来冬季采收季\n"
                  "作者：本报记者 韩冰 通讯员 乔志强稿件来源：某某日报发布日期：2025年11月12日\n" + STORY)
    assert source.meta.writers == ("韩冰", "乔志强")


def test_a_table_of_figures_with_their_units_and_a_post_s_topics_over_a_verified_account():
    table = read("某某大学新闻网\n当前位置：首页 > 综合新闻 > 正文\n第十届“创青春”创新创业大赛校赛决赛举行\n"
                 "来源：校团委发布时间：2025-10-17浏览次数：1532\n"
                 "10月16日，学校第十届“创青春”大学生创新创业大赛校赛决赛在大学生活动中心举行，32支团队同台竞技。\n\n"
                 "决赛采用“路演+答辩”的方式进行，各参赛团队在8分钟内展示项目的创新点、商业模式和团队情况。\n\n"
                 "本届大赛最终评出各类奖项如下：\n\n奖项\t数量\n特等奖\t2项\n一等奖\t6项\n二等奖\t10项\n三等奖\t12项\n"
                 "颁奖合影\n获奖团队合影\n校团委负责人介绍，获奖项目将推荐参加市赛，学校还将为优秀项目提供孵化支持。\n\n"
                 "文：古丽米热·阿卜杜拉　图：韩笑　编辑：周婕　审核：王立新\n\n上一条：学校与某区签署战略合作协议\n")
    assert table.meta.writers == ("古丽米热·阿卜杜拉",)
    rows = [[inline_text(cell) for cell in row] for block in table.blocks if isinstance(block, Table) for row in block.rows]
    assert ["特等奖", "2项"] in rows and ["三等奖", "12项"] in rows
    topics = read("微博\n搜索微博\n首页　热门　视频\n登录 | 注册\n头条文章\n电动自行车头盔佩戴率提升 这些路口仍需注意\n"
                  "某某交警的头像\n某某交警\nV\n发布于 2025-10-17 16:40\n阅读 2.3万\n#某某交警# #安全头盔# @某某交警\n\n"
                  "国庆假期结束后，某某交警在全市范围内持续开展电动自行车头盔佩戴专项整治，头盔佩戴率明显提升。\n\n"
                  "不过，交警在巡查中也发现，部分路口在早晚高峰时段仍有骑行人不戴头盔。\n")
    assert topics.meta.title == "电动自行车头盔佩戴率提升 这些路口仍需注意"
    assert topics.meta.writers == ("某某交警",)


def test_a_document_title_broken_after_its_date_an_english_one_after_a_comma_and_a_paper_s_mark_over_its_byline():
    document = read("某某市生态环境局\n首页\n政务公开\n您当前所在位置：首页 > 政务公开 > 公示公告\n"
                    "某某市生态环境局关于2025年3月20日\n受理建设项目环境影响评价文件的公示\n"
                    "发布时间：2025-03-20 09:15　来源：行政审批科\n"
                    "根据建设项目环境影响评价审批程序的有关规定，现将我局受理的建设项目环境影响评价文件予以公示。\n"
                    "公示期间，公众可通过信函、传真、电子邮件等方式，向我局反映与建设项目环境影响评价有关的意见。\n")
    assert document.meta.title == "某某市生态环境局关于2025年3月20日受理建设项目环境影响评价文件的公示"
    comma = read("Home | News | Business\nGansu expands desert solar base,\nadds 2 GW of capacity\n"
                 "Updated: 2025-03-21 14:36:09 | Source: Example Daily\n" + ARTICLE_EN)
    assert comma.meta.title == "Gansu expands desert solar base, adds 2 GW of capacity"
    spaced = read("某某日报出版日期：2025-11-19　第03版：经济上一版下一版\n某某日报第03版版面图\n"
                  "某某口岸前10月进出口货运量 同比增长18.3%\n某某：黑木耳“冬储”价格稳中有升\n某某冰雪旅游推介会走进长三角\n"
                  "对俄贸易通道持续扩容\n某某口岸前10月进出口货运量\n同比增长18.3%\n跨境电商包裹量首次突破千万件\n"
                  "记者从某某海关获悉，今年1至10月，某某口岸进出口货运量同比增长18.3%，跨境电商包裹量首次突破千万件。\n"
                  "在某某铁路口岸站，一列满载木材的国际货运列车缓缓驶出，口岸进出口货运量持续增长。\n")
    assert spaced.meta.title == "某某口岸前10月进出口货运量同比增长18.3%"  # (the list prints it with a space)
    marked = read("首页 > 要闻\n某某港30万吨级航道扩建工程启动\n建成后可满足30万吨级油轮和散货船全天候双向通航\n\n"
                  "本报讯 记者 吴海燕 通讯员 梁港宣\n\n" + STORY)
    assert marked.meta.writers == ("吴海燕", "梁港宣")


def test_accounts_after_their_post_s_mark_or_linked_with_an_at_and_dates_from_the_edition_or_two_figure_years():
    marked = read("首页下载头条APP登录\n在某某老城住了三十年，我推荐这5家早餐店\n某某老饕 原创  2025-03-17 21:30·河南\n"
                  "很多外地朋友问我，来某某除了灌汤包还能吃点啥，作为一个在老城住了三十年的人，我推荐这5家早餐店。\n\n"
                  "1. 书店街的羊肉炕馍\n早上六点半就开门，现烤的馍夹着羊肉沫，外焦里嫩。\n")
    assert marked.meta.writers == ("某某老饕",)
    linked = read("微博首页发现登录注册\n头图\n春季过敏高发，这几个误区别再踩了\n@某某皮肤科小杜医生\n\n"
                  "发布于 2025-03-22 22:03   阅读 3.2万\n最近门诊里过敏的患者明显多了，打喷嚏、眼睛痒、皮肤起疹子的都有。\n\n"
                  "误区一：过敏是小毛病，扛一扛就好\n过敏性鼻炎反复发作，有一部分人会发展成哮喘。\n")
    assert linked.meta.writers == ("某某皮肤科小杜医生",)
    edition = read("某某日报数字报\n往期  PDF  版面图\n抢抓农时 备耕正忙\n\n某某马铃薯种薯开始调运\n"
                   "——全省脱毒种薯供种能力提升至95万吨\n\n本报记者 李    琳    实习生 贾雨欣\n\n" + STORY
                   + "\n《某某日报》（2025年03月21日 第05版）\n\n本版标题\n某某马铃薯种薯开始调运\n上一篇  下一篇\n")
    assert edition.meta.published == dt.date(2025, 3, 21)
    short_year = read("微博\n头条文章\n在某某老街，拍下正在消失的老时光\n某某拾光者 +关注\n"
                      "25-3-14 22:31 来自 微博 weibo.com　阅读数：1.8万\n"
                      "很多人问我，为什么要坚持在老街里拍照，因为这些老房子正在一栋一栋消失。\n\n"
                      "这三年我拍了两千多张照片，记下了老街坊们的日常。\n")
    assert short_year.meta.published == dt.datetime(2025, 3, 14, 22, 31)


def test_a_saved_e_paper_s_lone_h2_between_its_kicker_and_deck_and_its_list_of_stories_side_by_side():
    from newsconv.readers.html import read_html

    page = ("<html><head><meta charset='utf-8'><title>某某日报电子版</title></head><body>"
            "<div class='tool'><b>某某日报</b>出版日期：2025-11-19　第03版：经济<a href='#'>上一版</a><a href='#'>下一版</a></div>"
            "<div class='hot'><a href='#'>某某口岸前10月进出口货运量同比增长18.3%</a><a href='#'>某某：黑木耳“冬储”价格稳中有升</a>"
            "<a href='#'>某某冰雪旅游推介会走进长三角</a></div>"
            "<div class='layer'><p class='yt'>对俄贸易通道持续扩容</p><h2>某某口岸前10月进出口货运量<br>同比增长18.3%</h2>"
            "<p class='ft'>跨境电商包裹量首次突破千万件</p><div class='txt'>"
            "<p>记者从某某海关获悉，今年1至10月，某某口岸进出口货运量同比增长18.3%，跨境电商包裹量首次突破千万件。</p>"
            "<p>在某某铁路口岸站，一列满载木材的国际货运列车缓缓驶出，口岸进出口货运量持续增长。</p></div></div>"
            "</body></html>")
    doc = read_html(page.encode(), ReadOptions(source="page.html"))
    assert doc.meta.title == "某某口岸前10月进出口货运量同比增长18.3%"


def test_a_record_s_issue_date_a_kind_of_document_alone_under_its_title_and_a_transcript_label():
    issued = read("首页 > 政务公开 > 政府文件\n索引号： 11430XXX/2024-00231 主题分类： 农业、林业、水利\n"
                  "发布机构： 某某市人民政府办公室 发文日期： 2024-11-19\n"
                  "某某市人民政府办公室关于做好2024年冬春季森林防灭火工作的通知\n某政办发〔2024〕18号\n各县市区人民政府，市直各单位：\n"
                  "为切实做好今冬明春森林防灭火工作，现将有关事项通知如下。\n一、压实防火责任。各地要落实属地管理责任。\n"
                  "某某市人民政府办公室\n2024年11月15日\n")
    assert issued.meta.published == dt.date(2024, 11, 19)
    footer = read("首页 > 政务公开 > 通知公告\n发布机构： 某某市市场监督管理局 发文日期： 2025-03-14\n"
                  "某某市市场监督管理局关于开展春季食品安全专项检查的通告\n"
                  "为保障春季食品安全，市场监管局决定在全市开展食品安全专项检查，现将有关事项通告如下。\n"
                  "一、检查时间：2025年3月17日至5月31日。\n二、检查范围：全市学校食堂、农贸市场和餐饮单位。\n"
                  "某某市市场监督管理局\n2025年3月14日\n发布日期：2025-03-17　　信息来源：市市场监管局　　【字体：大 中 小】\n")
    assert footer.meta.published == dt.date(2025, 3, 17)  # (a 发布日期 under the text outranks the record's 发文日期)
    kind = read("首页 > 政务公开 > 规范性文件\n关于进一步加强农村生活垃圾治理的\n实施意见\n某政办规〔2024〕6号\n"
                "发布时间：2024-11-19 08:51　来源：县政府办\n各乡镇人民政府，县直各部门：\n"
                "为进一步加强农村生活垃圾治理，持续改善农村人居环境，现提出如下实施意见。\n"
                "一、总体要求。坚持因地制宜、分类施策，建立健全农村生活垃圾收运处置体系。\n")
    assert kind.meta.title == "关于进一步加强农村生活垃圾治理的实施意见"
    transcript = read("首页 > 新闻 > 本地新闻\n某某冰雪大世界主塔开始冰建 预计12月中旬开园\n2024-11-21 19:43　来源：某某电视台\n"
                      "记者：于洋 张博文　摄像：刘东\n\n文字稿\n\n"
                      "11月21日，某某冰雪大世界主塔开始冰建，施工人员将一块块冰块吊装到位。\n\n"
                      "据介绍，今年冰雪大世界园区面积进一步扩大，预计12月中旬开园迎客。\n")
    assert transcript.meta.writers == ("于洋", "张博文")


def test_an_account_tagged_by_its_platform_and_an_account_printed_three_times_over_its_post_s_date():
    tagged = read("今日头条\n首页\n下载头条APP\n某某市稀土新材料产业园新签约项目9个\n2025-03-14 17:35·某某发布内蒙古政务号\n"
                  + STORY)
    assert tagged.meta.writers == ("某某发布",)
    thrice = read("今日头条\n下载头条APP　登录\n冬天的喀纳斯，美得让人忘了寒冷\n北疆慢游记\n2024-11-20 21:36\n· 新疆\n+ 关注\n"
                  "很多人只知道秋天的喀纳斯，金黄的白桦林、碧绿的湖水，冬天的喀纳斯其实更安静。\n\n"
                  "雪后的喀纳斯湖面还没有完全封冻，远处的木屋冒着炊烟。\n\n关注北疆慢游记，看更多新疆冬天的风景。\n"
                  "北疆慢游记\n相关推荐\n北疆慢游记\n")
    assert thrice.meta.writers == ("北疆慢游记",)


def test_a_reporter_before_reported_an_app_prompt_beside_the_platform_a_search_prompt_and_a_post_s_mark_after_the_headline():
    reported = read("首页 > 本地新闻\n某某内海湾海上巴士新增两条航线\n2025-03-13 12:15　来源：某某电视台\n"
                    "3月12日，某某内海湾海上巴士新增两条航线，市民乘船往返两岸只需十五分钟。\n"
                    "新航线开通后，海上巴士日均运力提升到3000人次，两岸市民出行更加方便。\n\n据某某台记者蔡泽鹏报道\n")
    assert reported.meta.writers == ("蔡泽鹏",)
    prompted = read("今日头条　打开App\n晋城这座千年古堡，春天去正合适\n太行老李说晋城\n2025-03-15 20:18·山西\n"
                    "春天到了，古堡里的桃花开了，游客还不多，正是去晋城看古堡的好时候。\n"
                    "古堡始建于明代，城墙、藏兵洞和老宅院都保存得很完整，值得花半天慢慢走。\n")
    assert prompted.meta.writers == ("太行老李说晋城",)
    searched = read("百度 | 百家号　\n搜索你想要的\n某某一家老面线店开了四十年，靠的是什么？\n\n某某味道研究所\n2025-03-13 12:07\n福建\n+关注\n"
                    "在某某老城区，有一家开了四十年的面线店，每天早上六点就排起了长队。\n"
                    "老板说，面线店能开四十年，靠的是每天凌晨三点起来熬的那锅汤。\n")
    assert searched.meta.title == "某某一家老面线店开了四十年，靠的是什么？"
    marked = read("网易首页 > 网易号 > 正文\n安庆这条老街改造后重新开街，老字号回来了 原创\n2025-03-09 20:15:31　来源: 皖江生活圈\n"
                  "改造了一年多的老街重新开街了，街两边的老字号又回来了，周末来逛的人挤满了整条街。\n"
                  "老街全长五百多米，青石板路和徽派老房子都保留了下来，还开了十几家新店。\n")
    assert marked.meta.title == "安庆这条老街改造后重新开街，老字号回来了"


def test_a_short_headline_over_a_lead_that_spells_it_out_and_a_date_labelled_published_alone():
    lead = read("某某钢铁集团有限公司\n首页 集团概况 新闻中心 党建工作\n新闻中心 / 集团要闻\n集团二号高炉大修后顺利出铁\n"
                "5月8日，集团炼铁厂二号高炉大修后顺利出铁，各项指标运行平稳。\n\n"
                "该高炉设计年产铁水200万吨，这次大修历时85天，更换了炉缸和冷却系统。\n\n"
                "项目团队克服工期紧、交叉作业多等困难，比计划提前6天完成大修任务。\n\n"
                "发布日期：2025-05-09　来源：集团宣传部　作者：郝建军\n")
    assert lead.meta.title == "集团二号高炉大修后顺利出铁"
    assert lead.blocks and "5月8日" in inline_text(lead.blocks[0].content)
    published = read("首页 → 村务公开 → 正文\n某某乡召开2025年秋季森林防火工作会\n作者：本站　发布：2025/10/8 星期三　阅读：95次\n"
                     "　　10月6日上午，某某乡召开秋季森林防火工作会，乡党政班子成员、各村党支部书记参加会议。\n"
                     "　　会议要求，各村要落实网格责任，加强巡山护林，严防野外用火。\n")
    assert published.meta.writers == ()
    assert published.meta.published == dt.date(2025, 10, 8)


def test_names_with_no_family_name_spaced_out_closing_the_text_or_in_a_post_s_header():
    spaced = read("首页 > 新闻中心\n某某县青稞喜获丰收\n时间：2025-09-12 10:21　来源：某某网　作者：尼 玛 扎西·多吉\n"
                  + STORY)
    assert spaced.meta.writers == ("尼玛", "扎西·多吉")
    closing = read("首页 / 协会动态\n2025.08.12 · 协会办公室 · 阅读 320\n市作协举办青年作家读书会\n"
                   "8月10日，市作协青年作家读书会在市图书馆举办，30余名青年作家参加。\n"
                   "读书会上，大家围绕草原题材创作交流了心得。\n（次仁央宗）\n")
    assert closing.meta.writers == ("次仁央宗",)
    from newsconv.readers.html import read_html

    page = ("<html><head><title>那曲的酸奶铺，开了二十年_微信公众平台</title></head><body><article>"
            "<h1>那曲的酸奶铺，开了二十年</h1><div><span>原创</span> <span>白玛央金</span> <a>高原慢记</a> "
            "<span>2025年06月18日 20:30</span> <span>西藏</span></div>"
            "<p>走进那曲老城的一条小巷，有一家开了二十年的酸奶铺，每天早上门口都排着长队。</p>"
            "<p>铺子里的酸奶都是用牦牛奶自己发酵的，老板说，二十年来做法一直没有变过。</p></article></body></html>")
    assert read_html(page.encode(), ReadOptions(source="page.html")).meta.writers == ("白玛央金",)


def test_an_e_paper_s_bar_and_pages_its_masthead_and_a_short_headline_over_its_quoted_noun():
    doc = read("某某日报 某某晨报 某某晚报 2025年05月12日\n某某日报数字报\n第001版 第002版 第003版\n"
               "当前版：003版 上一版 下一版 | 本版标题：山坡上的“云端茶园” “社区食堂”开到家门口\n2025年05月12日　第003版：城市\n"
               "山坡上的\n“云端茶园”\n某某区把荒坡改造成村民增收的“绿色银行”\n"
               "　　本报讯 （记者 周雨）5月10日，某某区某某村的“云端茶园”里，村民们正忙着采摘夏茶。这片茶园原本是一片荒坡。\n"
               "　　“云端茶园”采用“村集体+合作社+农户”的模式经营，去年带动村民人均增收3000元。\n"
               "　　区农业农村部门还邀请专家开设“茶艺课堂”，帮助村民提升种茶制茶技术。\n")
    assert doc.meta.title == "山坡上的“云端茶园”"
    assert doc.meta.writers == ("周雨",)
    # (a row of the e-paper's pages is no 引题 making the line under it a 主题 between its 引题 and 副题)
    listed = explain("2025年03月05日\n某某都市报电子版\nPDF下载版面导航往期\nA01 封面　A02 要闻　A03 两会　A04 城市\n"
                     "某某代表团首场全体会议审议政府工作报告\n“数字经济”成热词\n某某都市报　2025年03月05日　A03版　\n"
                     "某某都市报特派记者 韩 冰 北京报道\n"
                     "3月4日，某某代表团举行首场全体会议，审议政府工作报告。“数字经济”成为代表们发言中出现频率最高的词之一。\n"
                     "代表们表示，要在电子信息、装备制造等优势产业上加快发展数字经济，培育新的增长点。\n"
                     "一位来自企业的代表说，数字经济让传统工厂有了“智慧大脑”，数字经济的发展离不开人才和数据。\n"
                     "会上，代表们一致表示，将把政府工作报告精神带回去，推动各项部署落地见效。\n"
                     "本版标题\n“数字经济”成热词\n某某代表团分组审议计划报告\n", ReadOptions())
    assert not any("主题 between its 引题" in d.rule for d in listed)
    # (nor is a line under such a row a deck under it)
    under = read("某某商报\n数字报\n刊期 2025-03-15 第B04版\nA01 要闻A02 时政A03 城事B01 财经B04 产经\n某某陶瓷企业抱团出海\n"
                 "中东、东南亚订单同比增长超三成\n撰文：邝嘉怡　摄影：梁志强\n"
                 "3月上旬，某某市的18家陶瓷企业组团参加国际建材展，现场签约意向订单金额超过8000万美元。\n"
                 "据行业协会统计，2024年某某市陶瓷出口额达到126亿元，其中对中东、东南亚市场出口分别增长31%和28%。\n"
                 "业内人士指出，开拓新兴市场成为陶瓷企业的重要增长点。\n")
    assert under.meta.title == "某某陶瓷企业抱团出海"


def test_an_account_over_its_post_s_date_before_a_search_button_and_a_microblog_s_header_run_together():
    post = read("百度首页\n百家号\n百度一下\n江城轮渡停航二十年后复航，老码头又热闹了\n江城慢游记\n"
                "2025-07-21 11:08湖北优质旅游领域创作者+关注\n"
                "每天早上，江城老码头又响起了轮渡的汽笛声，不少老街坊专门赶来坐一趟。\n"
                "轮渡停航二十年后复航，码头也改造成了市民休闲的好去处。\n")
    assert post.meta.writers == ("江城慢游记",)
    from newsconv.readers.html import read_html

    page = ("<html><head><title>安溪秋茶开采，茶山上的一天_微博</title></head><body>"
            "<div><span>微博</span><span>App内打开</span></div><article><h1>安溪秋茶开采，茶山上的一天</h1>"
            "<div><b>茶乡小雨</b> <span>2025-10-10 15:47</span> <span>来自 福建</span> <span>已编辑</span></div>"
            "<p>早上五点半，天还没亮，我跟着表哥上了茶山。秋天的雾很大，站在山腰往下看，只看得见一片白。</p>"
            "<p>表哥家有十几亩茶园，都在半山腰上，路很窄，只能步行，鲜叶要一担一担挑下山。</p></article></body></html>")
    assert read_html(page.encode(), ReadOptions(source="page.html")).meta.writers == ("茶乡小雨",)


def test_a_topics_list_over_the_headline_a_record_row_of_dates_and_an_outlet_before_its_reporter():
    topics = read("某某市人民政府门户网站\n首页 | 政务公开 | 政务服务 | 互动交流\n您现在的位置：首页 > 政务公开 > 乡镇动态\n"
                  "热点专题\n优化营商环境\n乡村振兴示范带建设工程\n梅岭镇开展汛前山塘水库安全隐患排查\n"
                  "发布时间：2025-05-12 10:21:33　　来源：梅岭镇人民政府　　作者：邱  敏\n"
                  "　　为切实做好汛期安全防范工作，5月8日至10日，梅岭镇组织水利、应急等部门对辖区内12座山塘水库开展隐患排查。\n"
                  "　　排查组逐一查看坝体有无裂缝、溢洪道是否畅通，并结合乡村振兴示范带建设工程，对发现的问题建立台账。\n"
                  "　　下一步，梅岭镇将对排查出的隐患限期整改，确保安全度汛。\n")
    assert topics.meta.title == "梅岭镇开展汛前山塘水库安全隐患排查"
    record = read("首页 > 政务公开 > 政府文件\n"
                  "标　　题：某某区人民政府关于同意设立河滨街道东园社区的批复 文　　号：某政发〔2025〕41号 发布机构：某某区人民政府 "
                  "成文日期：2025-05-06 发布日期：2025-05-12\n"
                  "某某区人民政府关于同意设立河滨街道东园社区的批复\n某政发〔2025〕41号\n河滨街道办事处：\n"
                  "你办《关于设立东园社区的请示》收悉。经研究，现批复如下：\n一、同意设立河滨街道东园社区。\n"
                  "某某区人民政府\n2025年5月6日\n")
    assert record.meta.published == dt.date(2025, 5, 12)
    outlet = read("首页 > 城市频道\n丹霞山下民宿研学火了，假期入住率超九成\n某某+ 记者 彭嘉欣 通讯员 曾  伟 黄思琪\n2025-05-13 20:17\n"
                  + STORY)
    assert outlet.meta.writers == ("彭嘉欣", "曾伟", "黄思琪")
    bracketed = read("首页 > 新闻\n长白山区域首条跨境旅游线路试运行\n2025年05月12日 20:05　来源：某某广播电视台\n"
                     "（某某新闻 记者 朴美玉）5月11日，从长白山池北区出发的跨境旅游线路正式试运行，首批38名游客顺利完成行程。\n"
                     "据介绍，线路全程约三天，游客可游览边境口岸和沿线景区。\n")
    assert bracketed.meta.writers == ("朴美玉",)


def test_a_headline_with_an_account_word_in_it_an_app_s_prompt_and_its_outlet_over_the_date():
    registered = read("某某新闻网 某某日报社主办\n首页时政自贸港旅游社会评论数字报\n来源：某某日报　　发布时间：2025年04月15日 08:30\n"
                      "某某中央商务区一季度新增注册企业1100余家\n"
                      "本报讯（记者 符　琳 通讯员 王传雄）记者从某某中央商务区管理局获悉，今年一季度，商务区新增注册企业1137家，同比增长21.4%。\n"
                      "一季度，中央商务区新引进总部企业8家，涉及航运、跨境贸易、数字服务等领域。\n")
    assert registered.meta.title == "某某中央商务区一季度新增注册企业1100余家"
    prompted_text = ("某某新闻\n打开APP 阅读体验更佳\n伊犁河谷薰衣草进入盛花期\n某某新闻客户端\n2025-06-10 09:05\n"
                     "记者：刘洋　古丽米拉·阿不都\n"
                     "6月上旬，霍城县的薰衣草陆续进入盛花期，连片的紫色花海吸引了大批游客前来观赏拍照。\n"
                     "霍城县是我国主要的薰衣草种植基地之一，种植面积超过5万亩。\n")
    prompted = read(prompted_text)
    assert prompted.meta.title == "伊犁河谷薰衣草进入盛花期"
    assert prompted.meta.writers == ("刘洋", "古丽米拉·阿不都")
    rules = {d.line.text: d.rule for d in explain(prompted_text, ReadOptions())}
    assert "app" in rules["打开APP 阅读体验更佳"]  # (a prompt to download the app, no headline over a deck)
    account = read("首页下载头条注册头条号侵权投诉\n登录\n黔东南的侗寨里，藏着一桌会“说话”的长桌宴\n从江文旅观察\n2025-02-11 19:46\n"
                   "·贵州\n原创\n在黔东南，吃饭从来不只是吃饭。\n\n"
                   "走进从江县的一座侗寨，正赶上寨子里做客，几十张木桌首尾相连，从鼓楼一直摆到风雨桥头。\n\n"
                   "长桌宴上的每一道菜都有讲究，酸汤鱼、腌肉和糯米饭，一桌菜就是一部寨子的历史。\n\n"
                   "评论 37\n写评论...\n\n山里人：去年去过，米酒太好喝了\n\n从江文旅观察\n6.2万粉丝 · 获赞21万\n+ 关注\n作者最新文章\n")
    assert account.meta.title == "黔东南的侗寨里，藏着一桌会“说话”的长桌宴"
    assert account.meta.writers == ("从江文旅观察",)


def test_writers_glued_to_an_account_a_date_or_a_time_and_each_name_s_role_after_it():
    dotted = read("在昭苏，赴一场油菜花的约会\n原创阿依古丽·艾山某某发布2025年6月8日 19:30新疆\n六月的昭苏，天山脚下的油菜花开了。\n"
                  "从县城出发往南走，沿着公路两旁，一眼望不到边的金黄色花海铺向远处的雪山。\n")
    assert dotted.meta.writers == ("阿依古丽·艾山",)
    spaced = read("一张“共享菜园”地图，让海岛老人不再孤单\n原创林 曦某某普陀发布 2025年03月07日 17:30 浙江\n"
                  "早上六点半，周阿婆已经在菜园里忙开了，这块不到两分的地种着青菜、蚕豆和几垄小葱。\n"
                  "去年，普陀区在几个海岛村庄推出“共享菜园”，让老人们有了说说话的地方。\n")
    assert spaced.meta.writers == ("林曦",)
    dated = read("首页 > 集团要闻\n集团首艘LNG双燃料拖轮交付使用\n2025-06-05文：吕海涛 曹雨晴图：港航服务公司\n"
                 "6月4日，集团所属港航服务公司投资建造的双燃料拖轮正式交付使用，这是集团首艘LNG双燃料全回转拖轮。\n"
                 "该拖轮采用液化天然气和柴油双燃料动力，每年可减少碳排放约400吨。\n")
    assert dated.meta.writers == ("吕海涛", "曹雨晴")
    roles = read("首页 > 本地新闻\n泉州古城夜游线路上新\n2025年03月10日 07:55　来源：某某晚报\n□记者 蔡志强 文　林小燕 图\n"
                 "夜幕降临，沿着中山路一路向北，骑楼下的灯笼次第亮起，古城夜游线路今年迎来升级。\n"
                 "全新沉浸式演艺项目将于3月底在府文庙广场开演。\n")
    assert roles.meta.writers == ("蔡志强",)
    timed = read("某某新闻 · 某某人的新闻客户端\n打开APP\n某某地铁6号线华侨大学段完成热滑试验\n"
                 "某某新闻记者 林婧怡 通讯员 苏晓峰03-11 21:37\n"
                 "3月11日下午，一列电客车缓缓驶出华侨大学站，沿高架线路平稳行驶至林埭西站，热滑试验顺利完成。\n"
                 "接下来，6号线将开展为期三个月的联调联试和试运行。\n")
    assert timed.meta.writers == ("林婧怡", "苏晓峰")


def test_a_saved_page_s_headline_on_three_lines_or_under_a_kicker_and_an_office_s_name_no_headline_holds():
    from newsconv.readers.html import read_html

    three = ("<html><head><title>自治区自然资源厅关于同意某某区2025年度第三批次城镇建设用地的批复</title></head><body>"
             "<div>宁夏回族自治区自然资源厅简体繁體无障碍长者模式</div><div>首页 &gt; 政务公开 &gt; 建设用地审批</div>"
             "<div>发布日期：2025-04-18</div><div>文　　号：宁自然资（用）函〔2025〕47号</div><div>宁自然资（用）函〔2025〕47号</div>"
             "<h1>自治区自然资源厅<br>关于同意某某区2025年度<br>第三批次城镇建设用地的批复</h1>"
             "<p>宁自然资（用）函〔2025〕47号</p><p>某某市人民政府：</p>"
             "<p>你市《关于报批某某区2025年度第三批次城镇建设用地的请示》收悉。经研究，现批复如下：</p>"
             "<p>一、同意将某某区农用地12.4386公顷转为建设用地，并同意征收集体土地。</p></body></html>")
    doc = read_html(three.encode(), ReadOptions(source="page.html"))
    assert doc.meta.title == "自治区自然资源厅关于同意某某区2025年度第三批次城镇建设用地的批复"
    kicker = ("<html><head><title>牧区“数字畜牧”覆盖超过四成嘎查</title></head><body>"
              "<div>北疆日报 · 电子版</div><div>2025年01月14日　星期二　第 05 版：经济　上一期 下一期</div>"
              "<div>智能项圈、电子耳标、无人机巡牧——</div><div>牧区“数字畜牧”<br>覆盖超过四成嘎查</div>"
              "<div>□本报记者　刘 宏　实习生　娜仁高娃</div>"
              "<p>记者从自治区农牧厅获悉，截至2024年底，全区已有4700多个嘎查应用“数字畜牧”技术，覆盖率超过40%。</p>"
              "<p>在锡林郭勒盟阿巴嘎旗，牧民巴图通过手机就能看到自家300多只羊的实时位置。</p></body></html>")
    assert read_html(kicker.encode(), ReadOptions(source="page.html")).meta.title == "牧区“数字畜牧”覆盖超过四成嘎查"
    # (a <title> running the 副题 on after a headline the <h1> breaks before its quotation: the <h1>'s lines only)
    deck = ("<html><head><title>戈壁滩上种出“数字蔬菜”——某掖市设施农业转型升级见闻 - 某原网</title></head><body>"
            "<div>某原网首页 某原日报数字报 网络问政</div><div>当前位置：某原网 &gt; 要闻 &gt; 乡村振兴</div>"
            "<div class='title-box'><h1>戈壁滩上种出<br>“数字蔬菜”</h1><h3 class='futi'>——某掖市设施农业转型升级见闻</h3>"
            "</div><div class='info'><span>2024-05-14 08:30</span><span>来源：某原日报</span></div>"
            "<p>文/本报记者 杨晓敏</p>"
            "<p>5月上旬，走进某掖市一处戈壁农业产业园，一排排日光温室整齐排列，温室里的番茄、黄瓜长势正旺。</p>"
            "<p>温室里看不到几个人。技术员小周拿出手机轻点几下，卷帘缓缓升起，滴灌系统开始工作。</p></body></html>")
    assert read_html(deck.encode(), ReadOptions(source="page.html")).meta.title == "戈壁滩上种出“数字蔬菜”"
    # (a headline ending on a district's name is no office signing a document; nor is a list's item a first half)
    office = read("某某日报电子版\n2025年11月29日 星期六　第05版：要闻\n本版新闻\n一批航空服务企业落户临空区\n本市冬季供暖运行平稳\n"
                  "城市副中心再添新公园\n大兴国际机场临空经济区加快建设\n一批航空服务企业落户临空区\n今年以来新增注册企业超过400家\n"
                  "本报记者　任　敏\n"
                  "本报讯（记者任　敏）记者从某某区获悉，今年以来，临空经济区新增注册企业400余家，航空服务类企业占比超过三成。\n"
                  "临空经济区相关负责人介绍，区内航空物流园一期已投入运营。\n")
    assert office.meta.title == "一批航空服务企业落户临空区"
    listed = ("<html><head><title>皖北“粮仓”的新农人</title></head><body><div>某某日报 数字报 2024-10-15</div>"
              "<div><p>第06版：乡村振兴</p><p><a>上一版</a> <a>下一版</a></p><p>本版标题导航</p>"
              "<ul><li><a>皖北“粮仓”的新农人</a></li><li><a>秋种备播工作有序推进</a></li></ul></div>"
              "<div><h1>皖北“粮仓”的新农人</h1><p>作者：本报记者 汪 洋　发布时间：2024-10-15　版次：06</p>"
              "<p>秋收刚过，皖北平原上的新农人又忙了起来，无人机、智能农机成了他们的新农具。</p>"
              "<p>在某某县，90后返乡青年李强流转了800亩土地，用上了无人机植保和智能灌溉。</p></div></body></html>")
    assert read_html(listed.encode(), ReadOptions(source="page.html")).meta.title == "皖北“粮仓”的新农人"


def test_a_writer_run_into_a_local_account_a_verified_account_and_roles_printed_after_names():
    header = read("某某这个乡镇入选省级特色小镇名单\n原创周雯某某发布2025年4月17日 18:30安徽\n"
                  "近日，省发展改革委公布第三批省级特色小镇创建名单，某某镇凭借稻虾特色产业成功入选。\n"
                  "近年来，该镇大力发展稻虾综合种养，全镇稻虾共作面积达到8.6万亩。\n")
    assert header.meta.writers == ("周雯",)
    labelled = read("春天的山城，藏着一整座山的茶香\n原创作者 | 杨沐清某某发布 2025年03月17日 07:30 四川\n图片\n"
                    "惊蛰过后，这里的茶山一天一个样，采茶人背着竹篓在茶蓬间忙个不停。\n"
                    "鲜叶下山后，要在当天完成摊晾、杀青、揉捻、烘干。\n")
    assert labelled.meta.writers == ("杨沐清",)
    editor = read("首页 > 北京新闻\n永定门外滨水步道全线贯通\n2025-06-11 21:06\n" + STORY + "来源：某某新闻　记者：胡晓峰　流程编辑：U027\n")
    assert editor.meta.writers == ("胡晓峰",)
    verified = read("微博首页 视频 发现 游戏 注册 登录\n冬季去茶卡盐湖，这份攻略请收好\n头像\n某某文旅小青 微博认证：某某文旅推广账号\n"
                    "2025-1-8 21:05 来自 微博网页版　阅读数：5.6万\n"
                    "很多人以为茶卡盐湖只适合夏天去，其实冬天的茶卡别有一番味道：湖面结冰后像一面巨大的镜子。\n"
                    "出发前，这几点一定要注意：保暖是第一位的，注意防晒和防高反。\n")
    assert verified.meta.title == "冬季去茶卡盐湖，这份攻略请收好"
    assert verified.meta.writers == ("某某文旅小青",)
    placed = read("今日头条首页 下载头条 登录\n某某乡村记\n发布了 326 篇文章 · 粉丝 1.8万\n+ 关注\n武当山下的老茶园，春茶开采了\n"
                  "原创 2024-03-29 12:06·湖北 某某乡村记\n"
                  "清明前后，正是武当山脚下采茶的好时节。天刚亮，茶园里就已经有了采茶人的身影。\n"
                  "老茶园的茶树都有几十年树龄，采下的鲜叶当天就要送进茶厂。\n")
    assert placed.meta.writers == ("某某乡村记",)
    field = read("首页 > 集团要闻\n集团首艘LNG动力拖轮正式投入运营\n2024-07-31\n" + STORY + "作者文：邢雨彤 图：何锐\n")
    assert field.meta.writers == ("邢雨彤",)
    slashed = read("首页 > 本地新闻\n西江两岸百座古村落将串珠成链\n2025-03-14　来源：某某日报\n"
                   "本报讯 记者/林晓锋 通讯员/冼嘉怡 昨日，记者从市文化广电旅游体育局获悉，西江古村落保护利用三年行动方案正式印发。\n"
                   "我市将以西江为轴线，对沿江102座传统村落分批实施保护利用。\n")
    assert slashed.meta.writers == ("林晓锋", "冼嘉怡")
    closing = read("首页 > 医院新闻\n我院成功开展首例经导管主动脉瓣置换术\n2025-04-15\n"
                   "近日，我院心血管内科团队成功为一名86岁高龄患者实施经导管主动脉瓣置换术，这是我院首次独立开展该项手术。\n"
                   "手术历时约1.5小时，术中仅在患者大腿根部穿刺，创伤小、恢复快。\n"
                   "（心血管内科　汪晓明/文　宣传科/图）\n")
    assert closing.meta.writers == ("汪晓明",)


def test_a_record_table_s_theme_and_issue_date_fields_are_no_headline():
    doc = read("无障碍 长者模式 简 繁 English\n某某市人民政府\n首页要闻动态政务公开政务服务政民互动走进某某\n"
               "当前位置：首页 > 政务公开 > 政府文件 > 市政府办文件\n"
               "索 引 号 QZ00101-0300-2025-00017 所属机构 某某市人民政府办公室\n所属主题 农业、林业、水利 发文日期 2025-02-24\n"
               "标　　题 某某市人民政府办公室关于做好2025年度春季植树造林工作的通知\n文　　号 某政办明〔2025〕9号 发布日期 2025-02-26\n"
               "某某市人民政府办公室关于做好2025年度春季植树造林工作的通知\n某政办明〔2025〕9号\n\n"
               "各县（市、区）人民政府，某某开发区管委会，市直有关单位：\n\n"
               "为深入推进国土绿化行动，巩固提升森林城市建设成果，经市政府同意，现就做好2025年度春季植树造林工作通知如下。\n\n"
               "一、明确目标任务\n\n今年春季全市计划完成植树造林3.2万亩，其中人工造林0.8万亩、封山育林2.4万亩。\n\n"
               "二、抓住有利时节\n\n各地要抢抓雨季有利时机，3月至4月集中开展造林绿化，优先选用乡土树种。\n\n"
               "三、强化督促检查\n\n市林业局要会同有关部门加强跟踪指导，5月下旬组织开展核查。\n\n"
               "附件：2025年度春季植树造林任务分解表\n\n某某市人民政府办公室\n\n2025年2月24日\n\n（此件主动公开）\n\n【打印】　【关闭】\n")
    assert doc.meta.title == "某某市人民政府办公室关于做好2025年度春季植树造林工作的通知"
    assert doc.meta.published == dt.date(2025, 2, 26)


def test_a_broadcast_s_name_a_section_s_name_a_post_s_mark_and_a_bracketed_title_field_around_a_headline():
    broadcast = read("首页 > 新闻 > 海南新闻\n【新闻联播】某某新区首批国际学校项目签约\n2025-03-27 19:58　来源：某某广播电视台\n"
                     "记者：吴海鹰 邢天佑\n" + STORY)
    assert broadcast.meta.title == "某某新区首批国际学校项目签约"
    bracketed = read("首页 > 云南新闻\n[某某新闻联播]怒江大峡谷“溜索改桥”后的新生活\n2025-04-07 20:16　来源：某某台\n" + STORY)
    assert bracketed.meta.title == "怒江大峡谷“溜索改桥”后的新生活"
    section = read("某某之声 某某广播网\n首页新闻广播直播节目主播访谈交通广播\n首页 >> 访谈 >> 正文\n"
                   "访谈 某某市文旅局局长：七彩丹霞不再只卖“门票经济”\n2024-08-15 09:05:11 星期四　来源：某某之声　收听音频\n"
                   "某某之声记者 安 平 何玉兰 报道\n"
                   "暑期以来，七彩丹霞景区接待游客持续火热。如何把流量变成“留量”？记者专访了市文化和旅游局局长。\n"
                   "记者：今年暑期旅游市场有哪些新变化？\n局长：最大的变化是游客停留时间变长了。\n")
    assert section.meta.title == "某某市文旅局局长：七彩丹霞不再只卖“门票经济”"
    marked = read("搜狐 搜狐首页 新闻 体育 汽车 房产 旅游 教育 登录\n某某发布\n某某发布\n\n文章 2316　总阅读 86万\n\n"
                  "西吉县：马铃薯种薯“组培苗”走出大山原创\n2025-05-16 09:45 发布于：宁夏\n作者 | 田  静　马文龙\n\n"
                  "5月中旬，在马铃薯脱毒种薯组培中心，一排排培养架上，玻璃瓶里的组培苗嫩绿整齐。\n\n"
                  "工作人员正把这批组培苗装箱，发往内蒙古、甘肃等地的种薯基地。\n")
    assert marked.meta.title == "西吉县：马铃薯种薯“组培苗”走出大山"
    kept = read("首页 > 文化\n坚持守正创新 鼓励文艺原创\n2025-05-16 09:45　来源：某某日报\n" + STORY)
    assert kept.meta.title == "坚持守正创新 鼓励文艺原创"  # (a headline about original work keeps its word)
    field = read("某某市住房和城乡建设局无障碍阅读 | 长者模式 | 繁体\n首页机构概况政务公开政务服务互动交流专题专栏\n"
                 "当前位置：首页>政务公开>通知公告\n"
                 "【标　　题】某某市住房和城乡建设局关于2025年第一季度建筑施工安全生产检查情况的通报\n"
                 "【发文机关】某某市住房和城乡建设局\n【发文字号】某住建通〔2025〕19号\n【发布日期】2025-05-12\n"
                 "【有 效 性】有效\n某某市住房和城乡建设局关于2025年第一季度建筑施工安全生产检查情况的通报\n某住建通〔2025〕19号\n"
                 "各城区建设局、开发区建设管理部门，各有关企业：\n"
                 "为切实做好建筑施工安全生产工作，我局于2025年3月组织开展了第一季度建筑施工安全生产检查。\n"
                 "一、总体情况。本次共检查在建项目86个，发现安全隐患312条，已全部督促整改。\n"
                 "某某市住房和城乡建设局\n2025年5月9日\n")
    assert field.meta.title == "某某市住房和城乡建设局关于2025年第一季度建筑施工安全生产检查情况的通报"


def test_an_office_s_banner_a_section_in_two_languages_a_masthead_and_a_summary_are_no_headline():
    banner = read("某某民族文化交流协会\n首页协会动态会员风采非遗传承通知公告关于我们入会申请\n协会动态 / NEWS\n"
                  "“京城民族手艺”非遗展在民族文化宫开幕\n2025年3月11日 · 文｜热依拉·艾尔肯　赵书瑶 · 图｜协会秘书处\n"
                  "3月10日，由某某民族文化交流协会主办的“京城民族手艺”非物质文化遗产展在民族文化宫开幕，展出作品300多件。\n"
                  "展厅里，苗族银饰、蒙古族马头琴、维吾尔族艾德莱斯绸等作品依次陈列，吸引不少观众驻足。\n"
                  "本次展览还设置了互动体验区和文创市集，观众可以学做剪纸、扎染。\n")
    assert banner.meta.title == "“京城民族手艺”非遗展在民族文化宫开幕"
    office = read("某某市某某区人民政府\n首页 › 政府信息公开 › 通知公告\n2025年04月09日 15:20\n某某区政务服务和大数据管理局\n"
                  "字号：大 中 小\n关于2025年第一季度政务服务“好差评”情况的通报\n各街道、各相关部门：\n"
                  "2025年第一季度，全区政务服务“好差评”系统共收到评价数据186423条，好评率99.92%。\n"
                  "一、总体情况\n第一季度，区政务服务中心和各街道便民服务中心均已接入“好差评”系统。\n")
    assert office.meta.title == "关于2025年第一季度政务服务“好差评”情况的通报"
    masthead = read("某江日报 电子版\n2022-10-19　星期三　PDF下载\n01 要闻02 综合03 经济04 城市05 文化06 周刊07 专版08 广告\n"
                    "第04版：城市　｜　2022-10-19\n保护性修缮历时10个月\n某某古城墙东门段修缮工程完工\n"
                    "城楼、瓮城、马面恢复历史风貌　国庆后恢复开放\n放大 缩小 默认　朗读\n"
                    "10月18日，记者从古城墙保护管理部门获悉，历时10个月的古城墙东门段保护性修缮工程日前完工。\n\n"
                    "此次修缮范围包括东门城楼、瓮城、两座马面及两侧约600米墙体，主要处理墙体裂缝、砖石风化等问题。\n\n"
                    "修缮后的城楼\n\n修缮后的城楼\n\n"
                    "“修缮前我们对每一块需要更换的墙砖都做了编号。”施工负责人说，修缮尽量保留原有构件。\n\n"
                    "古城墙保护持续推进\n\n"
                    "某某古城墙现存城垣始建于明代，是国内保存较为完整的古代城垣之一，近年来分段实施保护性修缮。\n\n"
                    "据悉，东门段将于近期恢复对游客开放，市民游客可登城游览。\n\n"
                    "本版标题\n某某古城墙东门段修缮工程完工\n城区新增两条公交线路\n“一江两湖”生态修复加快推进\n往期\n")
    assert masthead.meta.title == "某某古城墙东门段修缮工程完工"
    summary = read("某城晚报网　某某发布 · 全媒体\n首页本地民生交通教育文旅视频报料\n首页 > 本地 > 交通\n"
                   "某某“一码通乘”上线满月 地铁公交换乘更便捷\n2024-05-13 07:40 · 某城晚报\n导读：累计使用超520万人次，换乘优惠自动计算\n"
                   "本报记者　龙婷　陈思远\n"
                   "5月12日，记者从市交通运输部门获悉，地铁、公交“一码通乘”功能上线满一个月，累计使用超520万人次。\n"
                   "市民打开手机上的小程序，即可生成统一乘车码，在地铁闸机和公交刷卡机上均可使用。\n")
    assert summary.meta.title == "某某“一码通乘”上线满月 地铁公交换乘更便捷"
    app = read("打开「爱某某」APP 阅读体验更佳\n爱某某 · 某某县融媒体中心\n某某白茶开采 预计今年产量2300吨\n某某融媒 03-21 14:08\n"
               "3月20日，某某白茶正式开采。在溪龙乡的茶园里，采茶工们手指翻飞，一片片嫩绿的芽叶被摘入竹篓。\n"
               "记者从县农业农村局了解到，今年全县白茶种植面积约20万亩，开采时间比去年提前。\n")
    assert app.meta.title == "某某白茶开采 预计今年产量2300吨"
    english = read("无障碍长者模式English政务微博政务微信\n某某市朝阳区人民政府\nChaoyang District People's Government of Changchun\n"
                   "搜索本站内容\n搜索\n首页走进朝阳政务公开政务服务政民互动数据开放\n当前位置：首页 > 政务公开 > 通知公告 > 正文\n"
                   "索引号：11220104MB1A23456X/2025-00318\n发文机关：朝阳区人民政府办公室\n成文日期：2025年05月09日\n"
                   "发布日期：2025-05-13\n主题分类：城乡建设、环境保护\n某某市朝阳区人民政府办公室关于开展\n"
                   "2025年老旧小区改造项目居民意见征集的通知\n长朝府办发〔2025〕17号\n\n各街道办事处，区政府各有关部门：\n\n"
                   "为进一步做好2025年老旧小区改造工作，充分尊重居民意愿，现就改造项目居民意见征集有关事项通知如下。\n\n"
                   "一、征集范围。2025年纳入改造计划的23个老旧小区的居民。\n\n二、征集方式。采取入户走访、问卷调查等方式。\n\n"
                   "某某市朝阳区人民政府办公室\n\n2025年5月9日\n")
    assert english.meta.title == "某某市朝阳区人民政府办公室关于开展2025年老旧小区改造项目居民意见征集的通知"
    # (a headline ending on a place's name is no office's banner over a deck: the 主题 stays the headline)
    place = read("某某日报 · 数字报\n2025-03-20　第05版：社会\n社区食堂开进老旧小区\n河西区已建成“家门口的饭桌”23个\n"
                 "本报记者　孟　欣　通讯员　付晨阳\n"
                 "中午11点半，某某街道的社区食堂里已经坐满了老人，两荤一素一汤，老人只要十几元。\n"
                 "据了解，河西区已建成社区食堂23个，日均服务老人超过3000人次。\n"
                 "本版标题\n社区食堂开进老旧小区\n春季招聘会提供岗位8000个\n")
    assert place.meta.title == "社区食堂开进老旧小区"


def test_a_post_s_place_glued_a_qr_prompt_a_name_run_into_its_account_a_site_s_own_name_and_an_english_headline():
    placed = read("今日头条\n首页\n下载头条APP\n某城生活圈头像\n某城生活圈\n优质生活领域创作者\n关注\n1.3万粉丝　587获赞\n"
                  "济南这条老街改造完成，百年青石板路又回来了\n原创2025-06-10 12:36·某城生活圈IP属地：山东\n"
                  "前几天路过芙蓉街西边的那条小巷子，发现围挡终于撤了，青石板路铺回来了。\n改造后的老街\n"
                  "改造后的街巷，青石板路重新露了出来\n"
                  "这条街据说已经有好几百年历史，早些年路面被铺成了水泥地，电线乱拉、墙皮脱落。\n"
                  "我特地问了在街口开茶馆的王大爷，他说最满意的是下水道。\n")
    assert placed.meta.title == "济南这条老街改造完成，百年青石板路又回来了"
    assert placed.meta.writers == ("某城生活圈",)
    scanned = read("首页 > 政务公开 > 通知公告\n某某省生态环境厅关于2024年第四季度全省环境违法典型案例的通报\n"
                   "发布时间：2025-03-13 10:30　来源：执法局\n各设区市生态环境局：\n"
                   "为强化警示震慑，现将2024年第四季度全省环境违法典型案例通报如下。\n一、某某公司超标排放大气污染物案。\n"
                   "某某省生态环境厅\n2025年3月13日\n微信公众号 扫一扫关注微信公众号\n")
    assert scanned.meta.writers == ()
    glued = read("在海拔3200米的茶卡，她们把盐湖文创做成了“爆款”\n原创卓玛某某生活志2025年06月11日 21:30青海\n"
                 "六月的茶卡，盐湖像一面巨大的镜子，游客们在湖边拍照打卡，也会顺手带走几件盐雕冰箱贴。\n"
                 "这些文创产品，大多出自镇上一家由6位女性创办的合作社。\n")
    assert glued.meta.writers == ("卓玛",)
    site = read("Home\nNews\nBusiness\nHome / News / Business\nTianjin port opens new sea-rail route to Central Asia\n"
                "By Liu Yang and Wang Xiaoxue\n|\nUpdated: 2025-05-14 10:26\n|\nBinhai Today\n"
                "A new sea-rail intermodal route linking Tianjin Port with Almaty in Kazakhstan started regular operation on "
                "Tuesday, cutting the transport time for cargo by about four days.\n\n"
                "The first train, carrying 55 containers of auto parts and textiles, left the port's rail terminal in the morning.\n\n"
                "Copyright 2025 Binhai Today. All rights reserved.\n")
    assert site.meta.writers == ("Liu Yang", "Wang Xiaoxue")
    broken = read("TIANFU DAILY English\nHome > Sichuan\nSichuan giant panda base welcomes\nfirst cubs of the year\n"
                  "Source: Xinhua | 2025-06-20 15:12\n"
                  "CHENGDU, June 20 (Xinhua) -- Twin giant panda cubs were born at a breeding base in Chengdu, capital of "
                  "southwest China's Sichuan Province.\n\nThe cubs, a male and a female, were born on Wednesday evening.\n")
    assert broken.meta.title == "Sichuan giant panda base welcomes first cubs of the year"


def test_a_microblog_s_account_over_its_date_above_the_headline_and_a_writer_labelled_for_words_and_pictures():
    stamped = read("微博\n某嘴子小王\n2025-1-19 22:47\n发布于 天津\n阅读数：6.2万\n关于天津话里的“介”和“嘛”，我想多说几句\n"
                   "最近不少朋友在评论里问天津话的问题，今天集中说说最常见的两个字。\n"
                   "天津人说“介个”“介里”，就是“这个”“这里”。\n“嘛”在天津话里最常用的意思是“什么”。\n")
    assert stamped.meta.writers == ("某嘴子小王",)
    counted = read("微博\n搜索微博\n搜索\n某明小周的日常\n2025-04-08 09:02\n阅读数：15.6万\n"
                   "我在斗南花市待了一整夜，看到了一朵花的旅程\n"
                   "凌晨一点，花卉交易中心灯火通明。我跟着一位做鲜切花批发的朋友，在这里待了一整夜。\n"
                   "晚上九点，花农开着小货车陆续进场，一捆捆玫瑰、康乃馨、满天星堆满了过道。\n")
    assert counted.meta.writers == ("某明小周的日常",)
    labelled = read("凌晨四点的批发市场，藏着这座城市的烟火气\n某某夜行记 2025年02月23日 18:30 四川\n"
                    "凌晨四点，城市大部分人还在睡梦中，城东的一家农产品批发市场却早已灯火通明。\n"
                    "一辆辆货车从周边区县开来，卸下青菜、莴笋、冬笋和柑橘。\n天亮了，货车陆续离开，清洁工开始打扫地面。\n"
                    "文字、图片：何小蔓\n")
    assert labelled.meta.writers == ("何小蔓",)


def test_accounts_on_a_post_s_card_a_pen_name_before_the_account_and_a_department_before_the_writers():
    barred = read("某某新闻 | 某某号·政务\n某某新闻\n某市：“候鸟”老人变身社区志愿者\n某市发布 | 2025-01-08 17:55 | 来自海南省\n"
                  "每年冬天，大批北方老人来到这里过冬，被当地人亲切地称为“候鸟”。\n"
                  "志愿队目前有成员52人，平均年龄65岁，服务内容包括文明劝导、义务理发、健康讲座等。\n")
    assert barred.meta.writers == ("某市发布",)
    device = read("微博 | 登录 | 注册\n考研最后60天，这样冲刺\n某地考研老周2025-10-23 22:10来自 iPhone客户端\n"
                  "离考研初试只剩60天了，最近很多同学私信问我，这个阶段该怎么安排。\n"
                  "每天至少做一套题，严格计时，专业课把历年真题的考点整理成框架。\n")
    assert device.meta.writers == ("某地考研老周",)
    short_year = read("微博\n古城墙夜游线路全攻略（附时间表）\n某地文旅小灵通   26-8-15 20:41 发布于 山西   来自 微博网页版\n"
                      "最近好多朋友私信问古城墙晚上怎么逛，今天一次说清楚。\n"
                      "夏季城墙夜游开放至22:30，最晚入场时间为21:30。\n")
    assert short_year.meta.writers == ("某地文旅小灵通",)
    assert short_year.meta.published.date() == dt.date(2026, 8, 15)
    badge = read("百家号 百度首页 登录\n某城生活观察\n2025-04-16 12:03某地优质教育领域创作者\n"
                 "一所高校食堂推出“一元早餐”，学生：良心食堂\n"
                 "最近，一所高校食堂推出的“一元早餐”在网上火了。一个包子、一杯豆浆，只要一元钱。\n"
                 "食堂负责人表示，每天早上7点到8点供应，每天限量800份，学生凭校园卡购买。\n")
    assert badge.meta.writers == ("某城生活观察",)
    platform = read("某某新闻下载客户端\n某市螺蛳粉产业园：一碗粉里的“链式”突围\n某某市融媒体中心\n"
                    "2025-10-09 16:45　来源：某某新闻·澎湃号·政务\n"
                    "10月的某市，走进产业园，空气中弥漫着熟悉的酸笋味。生产线上，米粉、汤料包被依次装进包装袋。\n"
                    "今年1至8月，螺蛳粉出口额达到1.06亿元，产品销往30多个国家和地区。\n")
    assert platform.meta.writers == ("某某市融媒体中心",)
    pen = read("这个周末，去古镇吃一碗米饺\n原创 小巷美食君 某某吃喝玩乐 2025年4月18日 17:30 安徽\n"
               "古镇的米饺，是很多本地人的童年记忆。\n米饺的皮是用米粉烫出来的，包上肉末、豆干和香葱，下锅炸到金黄。\n"
               "预览时标签不可点\n某某吃喝玩乐\n")
    assert pen.meta.writers == ("小巷美食君",)
    # (an account's name before the office that runs it shares its words: no pen name beside the writer the
    # post names; with no one named, the header's first name is the account that wrote it, as the blind
    # sets' readers name it 71 times in 71)
    office = read("@某门人，这份暑期防溺水提醒请收好！\n原创 某门应急 某门市应急管理局 2025年6月3日 18:30 广东\n"
                  "文字 | 区嘉欣\n"
                  "暑假来临，孩子们外出游玩的机会增多，防溺水安全不可忽视。\n请家长们务必做到以下几点。\n")
    assert office.meta.writers == ("区嘉欣",)
    unnamed = read("@某门人，这份暑期防溺水提醒请收好！\n原创 某门应急 某门市应急管理局 2025年6月3日 18:30 广东\n"
                   "暑假来临，孩子们外出游玩的机会增多，防溺水安全不可忽视。\n请家长们务必做到以下几点。\n")
    assert unnamed.meta.writers == ("某门应急",)
    unit = read("首页 > 新闻中心 > 医院新闻\n我院成功完成自治区首例经导管三尖瓣置换术\n"
                "2025-03-05　心血管内科 马玉兰 杨晓东　浏览：2846\n"
                "近日，我院心血管内科团队成功为一名78岁重度三尖瓣反流患者实施经导管三尖瓣置换术。\n"
                "术后第二天，患者即可下床活动，水肿、胸闷症状明显缓解。\n审核：刘建军\n")
    assert unit.meta.writers == ("马玉兰", "杨晓东")


def test_a_speaker_over_a_speech_s_title_or_with_the_day_after_the_name():
    over = read("首页 > 新闻中心 > 领导讲话\n县委副书记、县长　李卫东\n在全县优化营商环境大会上的讲话\n（2025年2月12日）\n"
                "发布时间：2025-02-14 08:50 | 来源：县政府办\n同志们：\n"
                "今天召开全县优化营商环境大会，主要任务是总结去年工作，部署今年任务。\n"
                "一、清醒认识当前形势\n去年以来，全县上下齐心协力，营商环境持续向好。\n")
    assert over.meta.title == "在全县优化营商环境大会上的讲话"
    assert over.meta.writers == ("李卫东",)
    dated = read("首页 > 政务公开 > 领导讲话\n在全市生态保护大会上的讲话\n——市长 邵建平（2026年2月26日）\n"
                 "发布时间：2026-02-28 10:05\n来源：市政府办\n同志们：\n"
                 "今天召开这次会议，主要任务是总结去年生态环境保护工作，部署今年任务。\n"
                 "一、正视成绩，更要看清差距\n过去一年，全市空气质量持续改善。\n")
    assert dated.meta.writers == ("邵建平",)
    assert dated.meta.published.date() == dt.date(2026, 2, 28)
    # (a line over a headline that is no speech's names no speaker)
    plain = read("首页 > 新闻中心\n县委副书记、县长　李卫东\n全县召开优化营商环境大会\n发布时间：2025-02-14 08:50\n"
                 "2月12日，全县召开优化营商环境大会，总结去年工作，部署今年任务。\n会议强调，要持续优化服务。\n")
    assert plain.meta.writers == ()


def test_labels_and_links_round_a_headline_are_no_headline():
    back = read("‹ 返回湘西州人民政府\n州委书记在某市调研文旅融合发展工作\n湘西州人民政府 2025-07-03 20:15\n"
                "7月2日至3日，州委书记深入某市矮寨镇、乾州古城等地，调研文旅融合发展工作。"
                "他强调，要依托世界级旅游资源，做足“神秘湘西”文章，推动文化和旅游深度融合。\n"
                "在矮寨奇观旅游区，调研组沿步道察看景区提质改造和游客服务中心建设情况。\n"
                "在乾州古城，调研组走进苗绣工坊、非遗展示馆，与手艺人交流传承心得。\n（向彩云 田家宁）\n"
                "责任编辑：宋 扬\n分享 收藏\n阅读 5862\n")
    assert back.meta.title == "州委书记在某市调研文旅融合发展工作"
    programme = read("某某广播电视台 某某台新闻\n首页 某某新闻联播 直播 栏目 点播\n首页 / 新闻 / 正文\n【某某新闻联播】\n"
                     "湘江北去 千帆竞发\n某某新闻联播 2025-05-06 19:58:10 播放 3.2万\n视频播放器\n00:00 / 03:12\n【导语】\n"
                     "五月的湘江，航运繁忙。今年以来，船闸通过船舶数量持续增长，一艘艘满载货物的船舶驶向长江。\n【正文】\n"
                     "今年1至4月，船闸累计通过船舶1.9万艘次，货运量同比增长9.8%。\n记者 罗琼 曾毅 长沙报道\n")
    assert programme.meta.title == "湘江北去 千帆竞发"
    menu = read("Anhui English Home About Anhui Contact\nNewsBusinessCultureTravelLiving in Anhui\nHome / News\n"
                "Source: Xinhua　Date: April 16, 2025\nHuangshan opens new cable car route ahead of May Day holiday\n"
                "HEFEI, April 16 (Xinhua) -- A new cable car route on Huangshan Mountain in east China's Anhui "
                "Province began trial operation on Wednesday, local authorities said.\n\n"
                "The 2.3-kilometer route links the Yungu Temple area with the mountain's western scenic zone.\n\n"
                "Editor: Wang Lu\n")
    assert menu.meta.title == "Huangshan opens new cable car route ahead of May Day holiday"
    # (a headline with Home and Contact in it is no menu)
    assert "Home" in read("Coming Home To Contact Sports After Surgery\nBy Jane Miller\nMay 2, 2025\n"
                          "Doctors say athletes who return to contact sports too soon risk a second injury.\n\n"
                          "The study followed 400 players over five seasons.\n").meta.title


def test_a_post_s_header_without_its_date_an_account_linked_or_over_its_follow_button_and_an_office_s_pen_name():
    header = read("原创 某川老郭 老郭的果园日记\n在陕北种了十年苹果，我终于明白了这件事\n2025年10月08日 21:16 陕西\n"
                  "国庆一过，我们这边的苹果就进入了收获季。站在自家的果园里，看着一树树红彤彤的苹果，心里踏实。\n"
                  "那时候我在西安打工，听说家里的地流转不出去，一咬牙就回来了。\n阅读原文\n")
    assert header.meta.title == "在陕北种了十年苹果，我终于明白了这件事"
    assert header.meta.writers == ("某川老郭",)
    linked = read("微博 打开微博\n@某地吃货小分队\nV 某地美食博主\n某地这条老街，藏着我小时候的味道\n"
                  "2025-01-14 12:20 发布于 河北 来自 微博 weibo.com\n周末回了趟老街，发现好多小时候的老店还在。\n"
                  "这条街我上小学时天天走，那时候觉得特别长，现在看其实挺窄的。\n转发 56\n评论 128\n")
    assert linked.meta.writers == ("某地吃货小分队",)
    follow = read("今日头条\n搜索站内资讯、视频或用户\n登录\n在景德镇学拉坯的第三十天，我终于做出了一只不歪的碗\n原创\n"
                  "2025-04-20 22:15\n·\n某都小满\n关注\n辞职来景德镇的第三十天，我终于拉出了一只不歪的碗。\n"
                  "说出来可能有人不信，前二十多天，我做的每一个坯子都是歪的。\n举报/反馈\n")
    assert follow.meta.writers == ("某都小满",)
    pen = read("当前位置：首页 > 组工动态 > 正文\n某江区：“三个一批”推动干部作风转变\n"
               "作者：浈组宣 黄晓琳 来源：某江先锋网 发布时间：2025年04月09日 16:05 浏览次数：257\n"
               "今年以来，某江区委组织部聚焦干部队伍作风建设，通过“选树一批、轮训一批、约谈一批”推动作风转变。\n"
               "深入挖掘在乡村振兴、安全生产等一线工作中表现突出的干部，评选先进典型。\n")
    assert pen.meta.writers == ("黄晓琳",)
    # (an office's name over its page's date, bars between, is no post's account)
    office = read("当前位置：首页 > 政务公开 > 公示公告\n某某市某某区2025年第一批城镇老旧小区改造项目公示\n"
                  "某某区住房和城乡建设局 | 2025-03-04 | 阅读：1503\n"
                  "根据《某某市城镇老旧小区改造工作实施方案》，经街道申报、部门审核，拟将以下小区纳入改造计划。\n"
                  "公示期为2025年3月4日至3月10日（5个工作日）。\n")
    assert office.meta.writers == ()


def test_an_info_bar_ending_on_a_bar_an_app_s_open_button_and_an_english_menu_with_a_wide_space():
    bar = read("某某区人民政府门户网站 长者模式 无障碍\n首页>政务公开>通知公告\n"
               "某某区市场监督管理局 丨 2025-10-15 10:30 丨 字体：[大][中][小]\n"
               "关于2025年第三季度全区食品安全监督抽检情况的通报\n"
               "为加强食品安全监管，保障人民群众饮食安全，2025年第三季度，区市场监督管理局组织开展抽检。\n"
               "本季度共抽检食品样品526批次，涉及粮食加工品、食用油、肉制品等17大类。\n"
               "某某区市场监督管理局\n2025年10月14日\n")
    assert bar.meta.title == "关于2025年第三季度全区食品安全监督抽检情况的通报"
    assert bar.meta.published.date() == dt.date(2025, 10, 15)
    app = read("新某某新某某区级融媒客户端打开APP\n某某机场临空区首个人才公寓启用 首批300余名青年入住\n新某某 2025-06-18 14:32\n"
               "6月17日，某某国际机场临空经济区首个人才公寓项目正式启用，首批来自航空物流企业的300余名青年入住。\n"
               "该项目共有房源1260套，以一居室和两居室为主，配建了共享厨房、健身房。\n作者：刘思远\n")
    assert app.meta.title == "某某机场临空区首个人才公寓启用 首批300余名青年入住"
    menu = read("english.news.cn\u3000ChinaWorldBusinessTechSci-EduPhotosVideo\n"
                "Source: Xinhua| 2025-06-10 21:03:47|Editor: Huang Wei\n"
                "Inner Mongolia's wind power capacity tops 100 million kilowatts\n"
                "HOHHOT, June 10 (Xinhua) -- The installed capacity of wind power in north China's Inner "
                "Mongolia Autonomous Region has exceeded 100 million kilowatts, making it the first "
                "provincial-level region in the country to reach the milestone, local authorities said Tuesday.\n"
                "\n"
                "Wind power now accounts for about 35 percent of the region's total installed power capacity, "
                "according to the regional energy bureau. In the first five months of this year, Inner "
                "Mongolia's wind farms generated 78.4 billion kWh of electricity, up 14.6 percent year on year.\n"
                "\n"
                "The region, which stretches across more than 2,400 km of northern China, has abundant wind and "
                "solar resources. Large-scale bases in the Kubuqi and Ulan Buh deserts have been connected to "
                "the grid through ultra-high-voltage lines that carry power to eastern provinces.\n"
                "\n"
                "Inner Mongolia aims to make new energy its main power source by 2025, with its installed new "
                "energy capacity surpassing that of thermal power, the bureau said. ■\n"
                "\n"
                "Editor: Huang Wei\n"
                "Most Viewed\n")
    assert menu.meta.title == "Inner Mongolia's wind power capacity tops 100 million kilowatts"


def test_an_e_paper_s_titles_listed_on_one_line_and_its_calendar_of_past_issues():
    listed = read("某中晚报 2025年03月24日 星期一\nA01 | 头版　A02 | 要闻　A03 | 城事　A04 | 民生\n"
                  "本版新闻：花溪河畔樱花开 某阳地铁3号线客流创新高 社区食堂进小区\n花溪河畔樱花开\n\n周末赏花市民游客超10万人次\n\n"
                  "3月22日、23日，花溪十里河滩的樱花进入盛花期，粉白相间的花海吸引大批市民游客前来赏花。\n"
                  "记者在现场看到，河滩步道两侧游人如织，不少游客身穿汉服拍照留念。\n"
                  "为保障游客安全有序游玩，花溪区增派了120名志愿者和安保人员，开通2条赏花专线公交。\n"
                  "本报记者 吴雪婷\n上一篇 下一篇 返回本版\n")
    assert listed.meta.title == "花溪河畔樱花开"
    calendar = read("某州晚报 电子版　2025-03-14　星期五　｜　A05 社区　｜　PDF　放大　缩小\n老街坊的“精神角落”又热闹起来了\n"
                    "旧书摊变身“共享书屋”\n社区免费提供场地 居民自发捐书管书\n"
                    "在某社区的一处门面房里，几排书架上整整齐齐摆放着两千多本图书，不少居民在这里看书。\n"
                    "老沈今年74岁，以前每天在菜场门口摆摊卖旧书。\n（沈佳怡　钱 程）\n本版标题\n旧书摊变身“共享书屋”\n"
                    "社区食堂开出“夜宵档”\n小区楼道里的“爱心药箱”\n往期查阅\n2025年3月13日\n"
                    "A01 头版 / A02 要闻 / A03 本地 / A04 民生 / A05 社区\n")
    assert calendar.meta.title == "旧书摊变身“共享书屋”"
    assert calendar.meta.published == dt.date(2025, 3, 14)


def test_a_kicker_ending_on_a_dash_an_app_prompt_with_a_comma_and_a_site_s_menu_after_its_name():
    dashed = read("某某日报\n当前位置：首页 › 合肥 › 正文\n合肥加速打造“夜间消费集聚区”——\n\n“科里科气”的冬日夜经济\n\n"
                  "2026-11-25 07:30　某某日报　手机看\n本报记者　汪　婷　通讯员　许子安\n"
                  "晚上八点，罍街的灯光秀准时亮起。机器人咖啡师、无人机表演、AR打卡点吸引了不少年轻人。\n"
                  "今年以来，合肥推动夜间消费场景“上新”，打造了12个夜间消费集聚区。\n")
    assert dashed.meta.title == "“科里科气”的冬日夜经济"
    joined = read("某某都市报\n当前位置：首页 > 本地 > 正文\n\n修骑楼、留住户、引新业——\n一条老街的“微改造”\n"
                  "——某某小公园片区城市更新见闻\n文/图 记者 叶嘉敏　｜　2025.03.12　｜　某某都市报\n"
                  "沿着小公园片区的升平路往里走，骑楼下的老字号牌匾擦得锃亮，不少游客在拍照。\n"
                  "去年以来，片区按照“修骑楼、留住户、引新业”的思路推进城市更新。\n")
    assert joined.meta.title == "一条老街的“微改造”"
    prompt = read("打开“某州新闻”APP，阅读体验更佳\n某州老城区改造：留住烟火气 焕发新活力\n某州日报头像 某州日报 · 2024-07-19 06:30\n"
                  "记者　孔德明\n清晨的太白街，豆腐脑摊前已经排起了队。青石板路两侧，修缮一新的明清院落错落有致。\n"
                  "去年以来，某州市对老城区实施“微改造”，不搞大拆大建，而是保留街巷肌理。\n责任编辑：曹宁\n")
    assert prompt.meta.title == "某州老城区改造：留住烟火气 焕发新活力"
    menu = read("扬帆新闻网 某州报业传媒集团 首页某州民生文化古城视听\n首页 - 某州新闻\n老街巷里开出“新业态”\n"
                "2026-11-22 06:40:31 某州日报 记者 蒋文静 通讯员 吴  骏 评论(3)\n"
                "走进东关街边的马监巷，青砖黛瓦间藏着一家家小店：手作漆器工坊、古籍修复室、老茶馆。\n"
                "今年以来，古城保护推行“微更新”，不大拆大建，而是鼓励居民以租代售。\n编辑：汪洋\n")
    assert menu.meta.title == "老街巷里开出“新业态”"


def test_names_spaced_two_by_two_an_account_before_a_writer_a_contributed_note_and_a_writer_credited_twice():
    spaced = read("拉萨晚报　2026年11月26日　星期四\n第04版：城事\n城关区老旧小区改造惠及1.2万户居民\n2026年11月26日　来源：拉萨晚报\n"
                  "本报记者　旦　增　索　朗\n记者从城关区住建局获悉，今年城关区共完成37个老旧小区改造，惠及居民1.2万户。\n"
                  "改造内容包括管网更新、加装电梯、外立面整治等。\n")
    assert spaced.meta.writers == ("旦增", "索朗")
    account = read("某易号\n山西老陈醋的“新吃法”，年轻人买爆了\n2025-11-02 10:15:47　来源: 晋商新观察\n举报\n文/晋商新观察 张　媛\n"
                   "提到山西，很多人第一反应就是老陈醋。但你可能想不到，如今在电商平台上卖得最火的是醋饮料。\n"
                   "清徐县一家老字号醋企的电商负责人告诉我，去年他们推出的苹果醋饮料卖出了200多万瓶。\n")
    assert account.meta.writers == ("张媛",)
    contributed = read("某溪日报 电子版 2022年11月18日 第2版：综合新闻\n某仙湖流域生态修复项目完工\n新建湿地2800亩 入湖水质稳定达标\n"
                       "2022年11月18日　来源：某溪日报　第02版\n本报讯 近日，某仙湖流域生态修复项目通过竣工验收。\n"
                       "项目实施以来，主要入湖河道水质明显改善，总磷、总氮浓度较治理前下降。\n（某溪日报记者 供稿）\n")
    assert contributed.meta.writers == ()
    twice = read("某亚日报\n2025年05月22日　第03版：城事\n海棠湾新增三处公共海滩\n均配备淋浴、救生等免费设施，预计6月1日开放\n"
                 "本报讯　记者近日从海棠区获悉，海棠湾新建的三处公共海滩将于6月1日起对市民免费开放。\n"
                 "据介绍，每处公共海滩均配套建设了停车场、淋浴间和公共厕所。\n（记者　邢增光　通讯员　苏丽琴）\n"
                 "作者：邢增光　苏丽琴 来源：某亚日报 日期：2025-05-22\n【打印】 【关闭】\n")
    assert twice.meta.writers == ("邢增光", "苏丽琴")
    assert twice.meta.published == dt.date(2025, 5, 22)


def test_an_e_paper_s_bar_of_links_with_its_page_and_a_related_link_s_label():
    bar = read("某庆日报\n数字报 / 2025-12-12 / 第001版：要闻 / 选择版面 / 往期查询\n01 要闻 02 要闻 03 时政 04 经济\n"
               "某庆日报 2025年12月12日 星期五 第001版：要闻\n中欧班列（成渝）今年开行量突破5000列\n"
               "本报讯　（记者　向　婷）12月11日，一列满载笔记本电脑和汽车零部件的中欧班列从团结村站驶出。\n"
               "为提高运输效率，海关推行“铁路快通”模式，班列在口岸无需再次申报。\n■相关链接\n"
               "中欧班列（成渝）自2021年起统一品牌运营，累计开行量已超3万列。\n上一篇：全市经济工作会议召开\n")
    assert bar.meta.title == "中欧班列（成渝）今年开行量突破5000列"
    assert bar.meta.writers == ("向婷",)
    rules = {d.line.text: d.rule for d in explain("某庆日报\n数字报 / 2025-12-12 / 第001版：要闻 / 选择版面 / 往期查询\n"
                                                    "中欧班列（成渝）今年开行量突破5000列\n" + STORY, ReadOptions())}
    assert "e-paper's bar of links" in rules["数字报 / 2025-12-12 / 第001版：要闻 / 选择版面 / 往期查询"]


def test_a_record_s_issue_date_under_its_publication_date_and_labels_glued_to_spaced_names():
    record = read("首页 › 政务公开 › 政策文件 › 政策解读\n关于《某某区关于促进临空经济区生物医药产业发展的若干意见》的解读\n"
                  "发文日期：2024年5月9日\n发布时间：2024年05月10日\n来源：区发展改革委\n作者：孙 悦\n一、出台背景\n"
                  "为加快临空经济区生物医药产业集聚发展，区发展改革委会同有关部门研究制定了《若干意见》。\n"
                  "二、主要内容\n《若干意见》共十二条，从项目落地、研发创新、人才引进等方面给予支持。\n")
    assert record.meta.published == dt.date(2024, 5, 10)
    assert record.meta.writers == ("孙悦",)
    glued = read("某南日报 · 2024年05月24日 第03版：综合新闻\n当前位置：某南日报 > 2024-05-24 > 03版：综合新闻\n"
                 "于都：“小脐橙”撬动“大产业”\n某南日报记者 钟 燕特约通讯员 温 军2024-05-24【字体：大 中 小】\n"
                 "连日来，在于都县梓山镇的脐橙果园里，果农们正忙着疏果、施肥。\n"
                 "近年来，于都县把脐橙产业作为富民产业来抓，种植面积达到35万亩。\n")
    assert glued.meta.writers == ("钟燕", "温军")
    channel = read("网易 登录 注册 客户端\n网易号 > 教育\n江西2024年高职单招录取结束，这些专业最受欢迎\n"
                   "2024-05-21 12:06:45　来源: 某教观察 江西\n"
                   "江西省2024年高职院校单独招生录取工作近日结束。从各校公布的数据看，今年报考人数再创新高。\n"
                   "护理、智能制造、大数据技术等专业最受考生青睐。\n")
    assert channel.meta.writers == ("某教观察",)
    counted = read("位置：首页 » 乡村振兴 » 详情\n马家村：草莓大棚里的“甜蜜经济”\n2025-01-09 | 文/图 孙丽 | 浏览 468\n"
                   "冬日寒风凛冽，马家村的草莓大棚里却温暖如春。一垄垄草莓苗长势喜人，红彤彤的果实挂满枝头。\n"
                   "村党支部书记介绍，全村草莓大棚已发展到120栋。\n")
    assert counted.meta.writers == ("孙丽",)


def test_headlines_broken_after_whom_they_serve_or_a_preposition_and_a_sentence_that_mentions_a_photographer():
    served = read("当前位置：首页 > 政务要闻 > 某山动态 > 正文\n某山区：“暖心驿站”为户外劳动者\n撑起避风港\n"
                  "2026.11.27来源：某山区总工会作者：王 静　郝 宇\n"
                  "“外面零下十几度，进来喝口热水、充个电，心里都是暖的。”11月26日中午，一位快递员说。\n"
                  "今年入冬以来，区总工会在商圈、医院、交通枢纽等户外劳动者集中区域建成驿站32个。\n")
    assert served.meta.title == "某山区：“暖心驿站”为户外劳动者撑起避风港"
    english = read("HOME CHINA WORLD BUSINESS LIFESTYLE\nHome / China / Regional\nFujian's tea towns bet on\n"
                   "tourism as harvests end\n"
                   "By Hu Meidong in Fuzhou and Zhang Yi | China Daily | Updated: 2026-11-22 09:14\n"
                   "When the last autumn oolong is rolled and roasted, the hillside villages around Anxi county turn "
                   "to a second harvest: visitors.\n\nTea farmer Lin Qingshui has turned the top floor of his family "
                   "workshop into a guesthouse with six rooms.\n")
    assert english.meta.title == "Fujian's tea towns bet on tourism as harvests end"
    sentence = read("网易首页 > 网易号 > 正文 申请入驻\n霞浦滩涂的冬天，是摄影人最爱的季节\n2026-11-21 09:02:44　来源: 海风影像　福建\n"
                    "举报 0 评论\n每年11月到次年2月，霞浦的滩涂都会迎来一年中最美的时光。\n霞浦北岐滩涂日出\n霞浦北岐滩涂日出\n"
                    "北岐：看日出的首选\n北岐滩涂距离县城只有3公里，清晨退潮时，滩涂上的水渠反射出金色的光。\n"
                    "杨家溪有一片上百年的古榕树林，清晨薄雾中，村民赶着牛群从树下走过。\n")
    assert sentence.meta.title == "霞浦滩涂的冬天，是摄影人最爱的季节"
    assert sentence.meta.writers == ("海风影像",)
    # (a headline's kicker stays its kicker under a search button the lexicon knows)
    stack = read("01 头版 02 要闻 03 经济 04 理论 05 民生 06 文体\n"
                 "某东日报数字报刊某东日报\n"
                 "检索\n"
                 "搜索\n"
                 "辽宁全面振兴新突破三年行动\n"
                 "本溪中药材产业集群产值突破百亿元\n"
                 "形成从种植、加工到医药研发的完整链条\n"
                 "2024-06-25 | 第02版：要闻 | 作者：本报记者 冯雪 通讯员 关·巴特尔\n"
                 "本报讯 记者从本溪市获悉，今年前5个月，本溪中药材产业集群实现产值43亿元，同比增长12%，预计全年产值将突破"
                 "百亿元。\n"
                 "\n"
                 "本溪是“辽药”主产区，辽细辛、辽五味子、林下参等道地药材种植面积达到60万亩。近年来，本溪依托中国药都产业园，"
                 "引进中药饮片、中成药和保健品企业80余家，形成了从种植、加工到医药研发的完整链条。\n"
                 "\n"
                 "标准化种植提升品质\n"
                 "当地建设道地药材标准化基地23个，推广绿色防控和追溯管理，中药材合格率保持在98%以上。\n"
                 "\n"
                 "在桓仁满族自治县，林下参种植户通过“企业＋合作社＋农户”模式，与药企签订收购协议，每亩林下参收益可达万元以上。"
                 "\n"
                 "\n"
                 "科技赋能延伸链条\n"
                 "本溪与省内外高校合作共建研发平台，开发中药配方颗粒、功能食品等新产品60余个。\n"
                 "\n")
    assert stack.meta.title == "本溪中药材产业集群产值突破百亿元"
    assert stack.meta.writers == ("冯雪", "关·巴特尔")
    prompt = read("北京怀柔 北京怀柔 打开APP\n关于怀北镇河防口村村庄规划（2023年—2035年）草案的公示\n某柔区规划和自然资源分局\n"
                  "2024-05-21 09:05\n根据《中华人民共和国城乡规划法》等有关规定，为广泛听取社会各界和村民意见，现予公示。\n"
                  "一、公示时间\n2024年5月21日至2024年6月19日（30日）。\n")
    assert prompt.meta.title == "关于怀北镇河防口村村庄规划（2023年—2035年）草案的公示"


def test_app_prompts_an_english_site_s_sections_and_headlines_broken_after_an_ordinal_or_before_through():
    microblog = read("微博登录注册打开微博APP\n太行山下的老王　25-3-22 21:14 发布于 山西　来自 微博 weibo.com\n"
                     "在壶口看了一整天黄河，我想把这些照片留给你们\n"
                     "三月下旬的壶口，冰凌刚化，水量上来了，瀑布的声音隔着几百米都能听见。\n"
                     "第一张是清晨的逆光。太阳从陕西那边升起来，水雾被照成金色。\n")
    assert microblog.meta.title == "在壶口看了一整天黄河，我想把这些照片留给你们"
    assert microblog.meta.writers == ("太行山下的老王",)
    mini = read("崖州坡镇政务在小程序中打开\n崖州坡镇开展“清洁家园”集中整治行动\n黎小梅　2024-09-12 08:30　阅读 1.2万\n"
                "为巩固国家卫生城镇创建成果，9月10日至11日，崖州坡镇组织镇村干部、志愿者开展集中整治。\n"
                "整治行动聚焦村道两侧、房前屋后、沟渠河塘等重点区域，共清理生活垃圾和杂物。\n"
                "镇党委书记表示，崖州坡镇将建立“红黑榜”评比制度，每月通报一次。\n审核：陈  刚\n")
    assert mini.meta.title == "崖州坡镇开展“清洁家园”集中整治行动"
    reversed_prompt = read("某城新闻 APP 打开\n某阳湖畔月季花开 赏花游客周末超10万人次\n某城新闻客户端 2025-04-27 18:03\n"
                           "游客在月季园拍照\n4月26日至27日，月季花会主会场迎来赏花高峰，两天接待游客超10万人次。\n"
                           "走进月季园，红的、粉的、黄的月季竞相绽放，花香扑鼻。\n（某城新闻客户端记者 杜若晴 梁启航）\n")
    assert reversed_prompt.meta.title == "某阳湖畔月季花开 赏花游客周末超10万人次"
    ordinal = read("当前位置：首页 > 新闻中心 > 工作动态 > 正文\n某仑石市完成第三轮\n地质灾害隐患点汛前排查\n"
                   "发布时间：2024年06月03日 10:15 作者：孙浩然 文章来源：市自然资源局 阅读：52\n"
                   "入汛以来，市自然资源局组织技术人员对全市127处地质灾害隐患点开展第三轮排查。\n"
                   "此次排查采取“专业队伍+乡镇网格员”方式，重点检查山区道路边坡。\n")
    assert ordinal.meta.title == "某仑石市完成第三轮地质灾害隐患点汛前排查"
    sections = read("YUNNAN GATEWAY News Travel Business Culture\nYunnan opens new cross-border freight route to Laos\n"
                    "Source: Xinhua | March 6, 2025\n"
                    "KUNMING, March 5 (Xinhua) -- A new freight train service linking Kunming with the Lao capital "
                    "Vientiane began operation on Wednesday, carrying fruit and vegetables.\n\n"
                    "The refrigerated service will run three times a week, according to the railway operator.\n\n"
                    "Since the China-Laos Railway opened in December 2021, it has handled more than 50 million tonnes "
                    "of cargo.\n\nEditor: Li Na\n")
    assert sections.meta.title == "Yunnan opens new cross-border freight route to Laos"
    through = read("GX Daily | Guangxi in Focus\nHome > Guangxi > Culture\nZhuang brocade weavers find new markets\n"
                   "through livestreaming\nBy Lu Fangfang and Huang Ke | Updated: 2025-03-31 14:20\n"
                   "In a small workshop in Binyang county, 46-year-old Wei Meihua sits at a wooden loom, talking to "
                   "viewers on her phone as she weaves.\n\nHer brocade bags now sell to buyers across the country.\n")
    assert through.meta.title == "Zhuang brocade weavers find new markets through livestreaming"


def test_accounts_on_cards_run_together_named_with_a_hotline_or_a_place_and_a_department_s_contribution():
    glued = read("今日头条下载APP登录\n头像某上阿明说优质生活领域创作者2.3万粉丝关注\n在上海开了十年早餐店，我终于搞懂了一件事\n"
                 "原创·2025-03-09 07:48·上海\n2015年，我揣着攒下的8万块钱，在一条老弄堂口盘下了一个12平方米的门面。\n"
                 "刚开始那两年，我天天琢磨怎么多卖几样东西，菜单越写越长。\n")
    assert glued.meta.writers == ("某上阿明说",)
    hotline = read("澎湃新闻\n要闻 深度 视频 澎湃号 财经\n健康某海12320\n\n澎湃号·政务\n\n2025-04-28 17:03\n\n"
                   "来源：澎湃新闻·澎湃号·政务\n\n上海一家社区医院开出“夜门诊”，一个月接诊两千人次\n\n"
                   "下班后头疼脑热、孩子晚上发烧，不想去大医院排长队怎么办？上月起，一家社区医院开出夜门诊。\n\n"
                   "开诊一个月来，夜门诊累计接诊2136人次，其中上班族约占六成。\n")
    assert hotline.meta.writers == ("健康某海12320",)
    placed = read("百度百家号\n首页 推荐 国内 财经 科技\n新疆阿克苏的苹果，为什么今年卖得特别好？\n"
                  "农业观察员老周 2024-11-18 16:27 新疆阿克苏地区\n百家号 | 三农领域创作者\n"
                  "最近去了一趟阿克苏，果园里的冰糖心苹果刚刚采摘完。和几位果农聊下来，收获不小。\n"
                  "为什么今年卖得好？我总结了三点。\n")
    assert placed.meta.writers == ("农业观察员老周",)
    marked = read("今日头条 首页 下载头条 登录\n在桂林阳朔开民宿的第五年，我想说说真实的收入\n某朔老陈民宿日记2025-05-03 21:16广西原创\n"
                  "很多人私信问我，在阳朔开民宿到底赚不赚钱。今天就把这五年的账摊开说一说。\n"
                  "先说结论：能挣钱，但没有大家想象的那么多，也没有那么轻松。\n")
    assert marked.meta.writers == ("某朔老陈民宿日记",)
    department = read("当前位置：首页 > 新闻中心 > 医院新闻\n我院完成首例机器人辅助下单孔肺叶切除手术\n"
                      "作者：宣传科 唐  敏　胸外科供稿　发布时间：2025-01-20 15:36　浏览次数：1502\n"
                      "近日，我院胸外科团队成功完成一例机器人辅助下单孔胸腔镜肺叶切除手术。\n"
                      "患者术后第二天即可下床活动，恢复良好。\n")
    assert department.meta.writers == ("唐敏",)


def test_an_e_paper_s_issue_over_a_dateline_of_the_day_before():
    doc = read("某南日报\n2025年03月26日 星期三　　第A03版：要闻　　上一期　下一期　往期回顾\n"
               "某南日报　2025年03月26日\n洋浦港集装箱吞吐量首季开门红\n前两个月同比增长21%，新开通国际航线3条\n"
               "本报洋浦3月25日电（记者黄婷婷　通讯员王  晋）\n"
               "记者25日从洋浦经济开发区获悉，今年1月至2月，洋浦港完成集装箱吞吐量同比增长21%。\n"
               "今年以来，洋浦港新开通国际航线3条，航线总数达到58条。\n")
    assert doc.meta.published == dt.date(2025, 3, 26)
    assert doc.meta.writers == ("黄婷婷", "王晋")


def test_a_writer_before_an_account_a_badge_before_a_follow_button_and_names_spaced_before_a_label_s_character():
    header = read("沈某发布 APP\n打开\n沈某地铁6号线一期全线“洞通”\n于洋　沈某发布　2025-03-30 16:52:08\n关注\n"
                  "沈某地铁6号线一期线路全长29.8公里，设车站26座，全部为地下线。\n"
                  "3月29日，随着最后一台盾构机顺利出洞，6号线一期实现全线“洞通”。\n本文来源：沈某发布　　责编：孟雪\n")
    assert header.meta.writers == ("于洋",)
    badged = read("微博\n大家都在搜：鼓浪屿\n首页\n视频\n发现\n海风吹过鹭江 V +关注\n2024-11-03 20:17 来自 iPhone客户端\n"
                  "鼓浪屿上的钢琴老师和她的八个学生\n头条文章 · 阅读数 3.5万\n"
                  "在鼓浪屿的一条小巷里，住着一位教了四十年钢琴的老师，她现在只带八个学生。\n"
                  "每天下午四点，琴声从二楼的窗户里飘出来，游客常常停下脚步听一会儿。\n")
    assert badged.meta.writers == ("海风吹过鹭江",)
    spaced = read("您所在的位置：首页 > 法院新闻\n巡回法庭开到茶园里 一起土地流转纠纷当庭调解\n"
                  "来源：某施市人民法院　　作者：向 敏　谭 文　　发布时间：2024-04-23 10:05\n"
                  "“以前总觉得打官司要去城里，没想到法官到我们村里来了。”4月22日，一位茶农说。\n"
                  "法官从合同约定、法律规定等方面释法说理，双方当庭达成调解协议。\n")
    assert spaced.meta.writers == ("向敏", "谭文")
    button = read("冀某网 > 河北新闻 > 正文\n雄安新区首批疏解高校新校区主体结构全面封顶\n"
                  "2024-06-28 08:46:00 来源：冀某网 作者：孟凡宇 周洁 手机看 评论(12)\n"
                  "6月27日，随着最后一方混凝土浇筑完成，雄安新区首批疏解高校新校区主体结构全面封顶。\n"
                  "据介绍，项目总建筑面积约220万平方米。\n")
    assert button.meta.writers == ("孟凡宇", "周洁")


def test_a_document_s_number_under_its_title_and_english_headlines_broken_before_their_object():
    numbered = read("成都市郫都区人民政府无障碍｜长者版｜繁體\n"
                    "首页 郫都要闻 政府信息公开 政务服务 政民互动 专题专栏\n"
                    "当前位置：首页 > 政府信息公开 > 法定主动公开内容 > 其他文件 > 正文\n"
                    "关于同意实施郫都区友爱镇农科村道路提升改造项目的批复\n"
                    "郫发改投资〔2023〕118号\n"
                    "来源：区发展和改革局　　发布时间：2023-09-14 10:27:51\n"
                    "　　友爱镇人民政府：\n"
                    "\n"
                    "　　你单位《关于申请实施农科村道路提升改造项目的请示》（友府〔2023〕57号）收悉。经研究，现批复"
                    "如下：\n"
                    "\n"
                    "　　一、同意实施郫都区友爱镇农科村道路提升改造项目。项目业主为友爱镇人民政府。\n"
                    "\n"
                    "　　二、建设地点位于友爱镇农科村。主要建设内容为改造提升村道2.8公里，路面宽度由4.5米拓宽至6米"
                    "，配套建设排水边沟、交通安全设施及路灯等附属工程。\n"
                    "\n"
                    "　　三、项目总投资约1260万元，资金来源为区级财政资金和镇级自筹资金。\n"
                    "\n"
                    "　　四、请你单位严格执行基本建设程序，依法依规开展招标投标，加强项目质量安全管理，确保项目按期建成并"
                    "发挥效益。\n"
                    "\n"
                    "　　五、本批复有效期两年，自印发之日起计算。\n"
                    "\n"
                    "　　此复。\n"
                    "\n"
                    "　　成都市郫都区发展和改革局\n"
                    "\n"
                    "　　2023年9月13日\n"
                    "\n"
                    "【打印】【关闭】\n"
                    "主办：成都市郫都区人民政府办公室　网站标识码：5101240001\n"
                    "蜀ICP备05017603号　川公网安备51012402000012号\n"
                    "\n")
    assert numbered.meta.title == "关于同意实施郫都区友爱镇农科村道路提升改造项目的批复"
    on = read("Home / Business\nHangzhou tech startups bet on\nAI-powered tea farming\n"
              "By Chen Yiwen and Laura Mills | Updated: 2024-05-21 14:08 | Source: Zhejiang Online\n"
              "On the terraced hills west of Hangzhou, drones now count tea buds before the spring harvest.\n\n"
              "Three local startups have raised funds to sell the systems to tea cooperatives.\n")
    assert on.meta.title == "Hangzhou tech startups bet on AI-powered tea farming"
    article = read("Home > Culture\nJiangxi's porcelain capital fires up\na new generation of ceramic artists\n"
                   "By Xu Wenjing and Li Ming in Jingdezhen, Jiangxi | chinadaily.com.cn | Updated: 2024-11-08 14:22\n"
                   "In a converted kiln factory in Jingdezhen, young artists throw pots beside master craftsmen.\n\n"
                   "The city has drawn more than 50,000 young people to its ceramics studios.\n")
    assert article.meta.title == "Jiangxi's porcelain capital fires up a new generation of ceramic artists"


def test_an_e_paper_s_current_page_and_headlines_broken_inside_a_name_a_word_or_an_occasion():
    paper = read("某夏日报 | 电子版 | 2025年04月17日 |\n"
                 "版面导航 | 第01版 | 第02版 | 第03版 | 第04版 | 第05版 | 第06版 | 第07版 | 第08版 |\n"
                 "当前版：05版 / 法治\n"
                 "发布日期：2025年04月17日\n"
                 "全区法院开展“送法进牧区”活动——\n"
                 "巡回法庭开进草原深处\n"
                 "本报讯（记者 杨  洁 通讯员 马  娟）4月15日，某池县人民法院巡回法庭来到青山乡某头梁村，在村委会院子里"
                 "公开审理了一起草场承包合同纠纷案，吸引了周边40多名牧民旁听。\n\n"
                 "原告与被告系同村村民，因草场承包界限和承包费支付问题发生争议。庭审中，法官耐心听取双方意见，促成双方"
                 "当庭达成调解协议。\n\n"
                 "庭审结束后，法官还向旁听群众讲解了《民法典》中关于土地承包经营权流转的法律知识，并发放宣传资料200余份。\n\n"
                 "本版标题\n巡回法庭开进草原深处\n某川中院发布知识产权审判白皮书\n以案说法：网购退货遭拒怎么办\n"
                 "某夏日报报业集团版权所有　某ICP备05000000号\n")
    assert paper.meta.title == "巡回法庭开进草原深处"
    listed = read("某国早报 数字报刊 2025年1月22日 星期三\n"
                  "A01 封面 A02 要闻 A03 某宁新闻 A04 社会\n"
                  "A05 广西 A06 体育 A07 文娱 A08 健康\n"
                  "当前版面：A03 某宁新闻\n"
                  "年货市场红火\n"
                  "某宁“年味”从菜市场里飘出来\n"
                  "腊味、粽子、米花糖热销　市场监管部门加强抽检\n"
                  "作者：记者 覃文静 实习生 黄  盈　　文/图\n"
                  "春节临近，某宁各大农贸市场年货销售进入旺季。1月21日，记者走访发现，腊肠、腊鸭、大粽、米花糖等传统年货"
                  "销售火爆，不少摊位前排起了长队。\n\n"
                  "市民在农贸市场选购腊味\n"
                  "市民在农贸市场选购腊味。 记者 覃文静 摄\n\n"
                  "在新阳路农贸市场，经营腊味生意20多年的李老板说，今年腊肠零售价每斤在38元至55元之间，与去年基本持平。\n\n"
                  "为保障节日食品安全，某宁市市场监管局近期开展年货市场专项检查，目前已抽检样品420批次，合格率99.3%。\n\n"
                  "本版其他新闻\n某宁地铁春运期间延长运营\n青秀山迎春花展开幕\n")
    assert listed.meta.title == "某宁“年味”从菜市场里飘出来"
    named = read("当前位置： 首页 > 政务公开 > 政策解读 > 正文\n"
                 "一图读懂《某某省促进夜间经济\n"
                 "高质量发展若干措施》\n"
                 "发布时间： 2025-07-02 09:30:12来源： 本网作者： 王 琳\n"
                 "近日，某某省商务厅等六部门联合印发《某某省促进夜间经济高质量发展若干措施》，现就主要内容解读如下。\n\n"
                 "《措施》共分三个部分、15条，自2025年8月1日起施行。\n")
    assert named.meta.title == "一图读懂《某某省促进夜间经济高质量发展若干措施》"
    word = read("当前位置：首页 > 新闻中心 > 本县要闻 > 正文\n"
                "某南县首批“沂蒙月嫂”\n"
                "培训班学员持证上岗\n"
                "记者 李晓雪　通讯员 王 东　　2025/09/16　　来源：某南县融媒体中心\n"
                "本网讯 9月15日，某南县首批“沂蒙月嫂”培训班学员结业仪式在县职业技能培训中心举行，48名学员领取了证书。\n\n"
                "培训课程涵盖母婴护理、产妇照护、营养配餐等内容，采取理论与实操相结合的方式。\n")
    assert word.meta.title == "某南县首批“沂蒙月嫂”培训班学员持证上岗"
    phrase = read("无障碍 关怀版\n某庆市某北区人民政府\n搜索本站\n搜索\n首页要闻动态政务公开办事服务互动交流数据开放\n"
                  "首页>要闻动态>领导活动\n区领导调研临空经济示范区\n重点项目建设\n"
                  "2025-06-10 18:47:03 星期二 来源：某北区融媒体中心\n"
                  "6月10日，区委副书记、区长某某带队调研临空经济示范区重点项目建设，强调要抢抓工期，加快形成实物工作量。\n\n"
                  "某某一行先后来到航空物流园二期、临空智能制造产业园等项目现场，详细了解项目进展。\n")
    assert phrase.meta.title == "区领导调研临空经济示范区重点项目建设"
    speech = read("当前位置：首页 > 领导之窗 > 讲话\n"
                  "区长在全区安全生产工作\n"
                  "会议上的讲话\n"
                  "2025年2月18日　来源：区政府办公室 【大】【中】【小】\n"
                  "王建国\n"
                  "（2025年2月17日）\n"
                  "同志们：\n"
                  "今天召开全区安全生产工作会议，主要任务是总结去年工作，部署今年任务。\n\n"
                  "一、清醒认识当前安全生产形势\n")
    assert speech.meta.title == "区长在全区安全生产工作会议上的讲话"
    counted = read("某州融媒 | 首页 | 要闻 | 区县 | 民生\n首页 > 要闻\n"
                   "某城区新增6处“悦读空间”\n"
                   "24小时城市书房开放\n"
                   "时间：2025-04-23 10:15　　作者：黄 敏　　来源：某州融媒\n"
                   "4月23日世界读书日，某城区新建的6处“悦读空间”正式开放，市民凭身份证即可免费借阅。\n\n"
                   "书房配备自助借还机和空调座位，全天开放。\n")
    assert counted.meta.title == "某城区新增6处“悦读空间”24小时城市书房开放"
    # (a deck of its own under such a headline, a clause with its subject and figure, is no end of it)
    deck = read("某安发布\n首页要闻区县民生文旅视频\n搜索新闻\n首页 > 民生\n家门口添绿\n\n"
                "某安新增12处“口袋公园”\n今年底前全市将累计建成口袋公园300处\n\n"
                "记者 冯 涛 2025年06月05日 07:58 来源：某安日报\n"
                "记者从市城管局获悉，近日，我市又有12处“口袋公园”建成开放，分布在6个城区的背街小巷和社区周边。\n\n"
                "这些口袋公园面积从几百平方米到两千多平方米不等，设置了座椅、健身器材和儿童游乐设施。\n")
    assert deck.meta.title == "某安新增12处“口袋公园”"


def test_a_writer_alone_under_the_headline_an_avatar_s_alt_text_and_a_labelled_month_and_day():
    essay = read("某民晚报数字报\n2025年9月2日\n第14版：夜光杯\n版面\n目录\n往期\n某民晚报 > 第14版：夜光杯\n"
                 "外婆的藤椅\n"
                 "沈月华\n"
                 "外婆家有一把老藤椅，放在天井边上，夏天傍晚外婆总坐在上面摇着蒲扇。\n\n"
                 "后来老房子动迁，藤椅也不知去了哪里，可我常常想起它吱呀吱呀的声音。\n\n"
                 "本版标题\n外婆的藤椅\n秋天的菜场\n")
    assert essay.meta.writers == ("沈月华",)
    section = read("某南日报 电子版 2025-06-10 星期二 第06版：经济·区域 上一版 下一版 | 上一期 下一期\n"
                   "本版标题导航\n"
                   "某阳艾草产品销往20多个国家\n"
                   "区域\n"
                   "本报讯（记者 王 平）6月9日，在某阳市的一家艾草加工企业，工人们正忙着给发往海外的艾条装箱。\n\n"
                   "某阳艾草种植面积已达30万亩，带动农户增收。\n")
    assert section.meta.writers == ("王平",)
    card = read("微博 首页 | 视频 | 发现 | 注册 | 登录\n"
                "喀纳斯看秋色，这几条路线别错过\n"
                "头像阿勒泰游记 微博旅游博主\n"
                "9月28日 18:20 · 阅读 8.3万\n"
                "每年九月底到十月初，是喀纳斯一年中颜色最多的时候，白桦、落叶松层层变黄。\n\n"
                "建议早上七点前到观景台，晨雾散开的那一刻最好看。\n")
    assert card.meta.writers == ("阿勒泰游记",)
    post = read("某度首页　登录\n"
                "长白山的冬天到底有多冷？我在天池边住了三天\n"
                "关东雪乡记头像\n"
                "关东雪乡记\n"
                "粉丝 2.4万\n"
                "发布时间：01-18\n"
                "吉林\n"
                "优质旅游领域创作者\n"
                "一月的长白山，早上出门温度计显示零下三十一度，呼出的气在眉毛上结成了霜。\n\n"
                "当地向导说，天池一年里能看清的日子不到一百天，冬天更要碰运气。\n")
    assert post.meta.writers == ("关东雪乡记",)
    assert dict(post.meta.extra).get("published_text") == "01-18"



def test_posts_menus_and_prompts_are_no_writers_and_an_english_headline_under_its_source_line():
    leaders = read("无障碍 | 适老模式 | 政务微博 | 政务微信 | 手机版\n某西区人民政府\n请输入关键字\n搜索\n"
                   "首页政务公开领导之窗政务服务政民互动走进某西\n首页 > 领导之窗 > 领导活动\n领导之窗\n区委书记\n区长\n副区长\n"
                   "2025-10-14 09:31:05 星期二　来源：某西区政府办\n"
                   "区长某某调研老旧小区改造和冬季供热准备工作\n"
                   "10月13日，区委副书记、区长某某深入友谊路街道、越秀路街道，实地调研老旧小区改造和冬季供热准备工作。\n\n"
                   "在某某小区，他详细了解外墙保温、管网更换等改造进度。\n")
    assert leaders.meta.writers == ()
    menu = read("首页\n新闻\n天津\n财经\n健康\n汽车\n房产\n某方网 > 新闻中心 > 天津 > 正文\n"
                "来源：某方网   2025-10-21 11:46   作者：记者 宋芳菲   编辑：郭磊\n"
                "某津港集装箱吞吐量前三季度同比增长6.8%\n"
                "某方网讯：记者从某津港集团获悉，今年前三季度，某津港累计完成集装箱吞吐量1850万标准箱，同比增长6.8%。\n\n"
                "今年以来，某津港加密航线布局，新开通航线12条。\n")
    assert menu.meta.writers == ("宋芳菲",)
    played = read("某海广播电视台 直播 点播 新闻 栏目 下载APP\n首页 > 新闻 > 某海新闻联播\n"
                  "老街“夜经济”点亮消费新场景\n"
                  "某海新闻联播 | 2025-07-12 21:05 | 记者：林雅琴 陈 晖 | 播放 3.2万\n"
                  "入夏以来，某口老街推出夜间市集、沉浸式演出和特色餐饮等活动，吸引大批市民游客前来打卡。\n\n"
                  "夜幕降临，老街华灯初上，不少游客驻足观看街头演出。\n")
    assert played.meta.writers == ("林雅琴", "陈晖")
    cover = read("九月，去坝上看一场草原的盛大告别\n原创 某德文旅 2025年9月12日 21:16 河北\n封面图\n"
                 "九月的坝上，草原开始由绿转黄，白桦林慢慢染上金色，这是一年中最适合拍照的季节。\n\n"
                 "每年9月中旬到10月上旬是坝上秋色最美的时候，早晚温差大，建议带上冲锋衣。\n")
    assert cover.meta.writers == ("某德文旅",)
    client = read("某京日报客户端 下载APP | 某报网首页\n要闻 北京 政务 经济 文化 深度 评论\n民生\n"
                  "今年将新增3000个普惠托位\n某京日报客户端 | 记者 戴轩\n2025-09-16 06:40\n"
                  "记者从市卫生健康委获悉，今年本市将新增普惠托位3000个，每千人口托位数将达到4.5个。\n\n"
                  "新增托位主要来自社区办托育点和幼儿园托班。\n")
    assert client.meta.writers == ("戴轩",)
    radio = read("某宁广播电视台 · 某宁之声 在线收听 节目单\n首页 » 某宁之声 » 新闻\n"
                 "丹东：边境口岸通关效率再提升\n来源：某宁之声　2025年05月06日 12:15\n音频 收听本条新闻 01:52\n"
                 "某宁之声记者于 洋报道：\n"
                 "今年一季度，丹东口岸进出口货运量同比增长18.6%，出入境人员通关时间平均压缩30%以上。\n\n"
                 "在丹东公路口岸，新启用的智能卡口实现了车辆信息自动采集、自动比对和自动放行。\n")
    assert radio.meta.writers == ("于洋",)
    prompt = read("某云 · 某北新闻客户端　打开\n我省出台措施支持高校毕业生到基层就业\n某云客户端 09-17 10:26\n"
                  "某云客户端讯（记者 孙丽颖）近日，省人力资源和社会保障厅等六部门联合印发通知，鼓励高校毕业生到基层就业。\n\n"
                  "通知明确，高校毕业生到乡镇机关事业单位工作，试用期工资可直接按试用期满后工资确定。\n")
    assert prompt.meta.title == "我省出台措施支持高校毕业生到基层就业"
    post = read("微博 首页 视频 发现 消息\n搜索微博\n关于我在某沙开了三年社区书店这件事\n"
                "某洲书房主理人阿杰 9-9 18:32 来自 微博 weibo.com\n阅读数：15.6万\n"
                "三年前，我辞掉了在互联网公司的工作，在某沙的一个老小区里开了一家不到六十平方米的书店。\n\n"
                "三年下来，书店确实没让我发财，但它活下来了。\n")
    assert dict(post.meta.extra).get("published_text", "").startswith("09-09")
    english = read("Chinese | About us | Contact\nGuizhou International\nGuizhou International\nKeywords\n搜索\n"
                   "HOMENEWSBUSINESSCULTURETRAVELVIDEO\nHome > News\nSource: Xinhua | 2025-05-27\n\n"
                   "Guizhou big data expo draws record number of exhibitors\n"
                   "GUIYANG, May 26 (Xinhua) -- The 2025 China International Big Data Industry Expo opened on Monday "
                   "in Guiyang, capital of southwest China's Guizhou Province, with a record 560 exhibitors.\n\n"
                   "The four-day event focuses on artificial intelligence, computing power and data security.\n\n"
                   "Organizers said more than 40 countries and regions sent delegations.\n")
    assert english.meta.title == "Guizhou big data expo draws record number of exhibitors"


def test_two_writers_alone_under_the_headline_and_a_headline_ending_on_where_it_opened():
    tax = read("国家税务总局某安县税务局无障碍 | 长者版\n首页 | 税收新闻 | 信息公开 | 纳税服务 | 互动交流\n"
               "当前位置：首页 > 税收新闻 > 基层动态\n"
               "县税务局开展“春风行动”走访重点企业\n"
               "蒋思远　杨 帆\n"
               "　　近日，某安县税务局组成4个走访小组，深入县内茶叶加工、水电、文旅等行业的18户重点企业，开展上门走访。\n"
               "　　在一家茶叶加工企业，走访组详细讲解研发费用加计扣除政策的适用范围和申报要点。\n"
               "　　针对企业反映的出口退税办理时间长等问题，走访组现场记录并建立问题台账，明确专人跟进，承诺在5个工作日内"
               "答复。\n"
               "　　截至目前，该局已累计收集企业意见建议23条，办结21条。下一步，该局将持续优化办税缴费服务。\n"
               "发布日期：2025年04月18日　　来源：某安县税务局　　【打印】【关闭】\n")
    assert tax.meta.writers == ("蒋思远", "杨帆")
    port = read("今日某连 打开APP\n全国首个海上风电运维母港\n在某连投用\n今日某连记者 董 晨 2025.06.27 阅读 1.6万\n"
                "6月26日，位于某河的海上风电运维母港正式投入使用。这是我国首个专门服务于海上风电运维的综合性港口。\n\n"
                "记者在现场看到，母港码头岸线长约600米，可同时停靠10艘运维船。\n")
    assert port.meta.title == "全国首个海上风电运维母港在某连投用"


def test_a_column_s_label_a_list_of_hot_searches_a_guide_s_title_and_an_issued_document_s_name_under_its_issuer():
    labelled = read("某夏新闻网 首页 时政 经济 社会 文化 法治 视频\n首页>社会>正文\n"
                    "来源：某夏日报　　作者：马 玉　　2025年10月09日 08:51\n"
                    "【乡村振兴进行时】\n"
                    "某吉县马铃薯迎丰收 “小土豆”做成大产业\n"
                    "金秋十月，某吉县的马铃薯田里，收获机来回穿梭，一垄垄土豆被翻出地面，村民们忙着捡拾、装袋。\n\n"
                    "良种覆盖率达到95%\n\n"
                    "今年某吉县种植马铃薯38万亩，推广脱毒种薯和机械化种植，良种覆盖率达到95%，平均亩产约2.2吨，比去年"
                    "增产一成。\n\n"
                    "在某隆镇单家集村，种植户马成林算了一笔账：自家种了30亩马铃薯，按今年的产量和订单价，纯收入能有6万多元。\n\n"
                    "精深加工延长链条\n\n"
                    "在县城东部的一家淀粉加工企业，一条年产5万吨的生产线正满负荷运转。\n\n"
                    "目前，某吉县已形成种薯繁育、商品薯种植、仓储物流、淀粉加工的全产业链。\n\n"
                    "分享到： 微信 微博\n责任编辑：杨帆\n相关新闻\n某原市冷凉蔬菜销往全国20多个省区\n")
    assert labelled.meta.title == "某吉县马铃薯迎丰收 “小土豆”做成大产业"
    hot = read("网易首页|应用|登录|注册免费邮箱\n网易号 | 网易新闻\n搜索\n新闻体育娱乐财经汽车科技时尚\n"
               "网易首页 > 网易号 > 正文\n热搜\n某东高铁里程突破3000公里\n某南冬季旅游推荐\n"
               "从某南到某岛，高铁“环线”到底改变了什么\n2024-10-15 20:03:19　来源: 齐鲁观察者　山东\n作者｜林　晓\n\n"
               "去年年底，某郑高铁开通后，全省高铁网基本成型，16市全部通高铁，省内环线真正闭合。\n\n"
               "最直观的变化是时间。以前从某泽到某岛要坐将近6个小时的火车，现在最快3小时40分钟。\n\n"
               "一、“双城生活”成为可能\n不少在某南工作、家在某博的年轻人开始“周末回家”，甚至每天往返。\n\n"
               "二、旅游格局重新洗牌\n以前的线路主要集中在几座名城，现在日照、威海等城市的客流明显上升。\n\n"
               "分享到\n相关推荐\n")
    assert hot.meta.title == "从某南到某岛，高铁“环线”到底改变了什么"
    guide = read("某嘴山市自然资源局\n首页 机构概况 信息公开 政策法规 公示公告 办事指南\n站内搜索\n搜索\n"
                 "您现在的位置： 首页 >> 公示公告\n通知公告\n关于开展测绘资质复审换证工作的通知\n"
                 "某嘴山市不动产登记“跨省通办”服务指南\n"
                 "关于某农区2025年第一批次城镇建设用地拟征收土地情况的公示\n"
                 "日期：2025-02-19　来源：本站　阅读：612次　【打印】【关闭】\n"
                 "根据《中华人民共和国土地管理法》和有关规定，现将某农区2025年第一批次城镇建设用地拟征收土地情况公示如下。\n\n"
                 "一、拟征收土地位置：某农区某某镇某某村。\n\n二、拟征收土地面积：共计12.35公顷。\n\n"
                 "三、公示期间，如有异议，请以书面形式向某嘴山市自然资源局反映。\n")
    assert guide.meta.title == "关于某农区2025年第一批次城镇建设用地拟征收土地情况的公示"
    issued = read(
                  "网站支持IPv6 无障碍 长者版 登录 注册\n"
                  "某海省生态环境厅 某海省生态环境厅\n"
                  "全文检索\n"
                  "搜索\n"
                  "首页 机构概况 政务公开 政务服务 互动交流 专题专栏\n"
                  "首页 > 政务公开 > 政策文件 > 厅发文件\n"
                  "索 引 号：11630000MB1234567X/2024-00213\n"
                  "发文日期：2024年06月27日\n"
                  "发布机构：某海省生态环境厅\n"
                  "某海省生态环境厅关于印发\n"
                  "《某海省生态环境领域轻微违法行为不予处罚清单（2024年版）》的通知\n"
                  "某环发〔2024〕87号\n"
                  "\n"
                  "\u3000\u3000各市（州）生态环境局，厅机关各处室、各直属单位：\n"
                  "\n"
                  "\u3000\u3000为进一步优化营商环境，坚持处罚与教育相结合，推行包容审慎监管，根据《中华人民共和国行政处罚法》《"
                  "某海省优化营商环境条例》等有关规定，我厅对《某海省生态环境领域轻微违法行为不予处罚清单》进行了修订完"
                  "善，现印发给你们，请认真贯彻执行。\n"
                  "\n"
                  "\u3000\u3000各地在适用清单时，应当全面调查核实违法行为的事实、性质、情节以及社会危害程度等因素，对符合清单规"
                  "定情形的，依法作出不予行政处罚决定；同时应当对当事人进行教育，督促其及时改正，可以采取说服教育、劝导"
                  "示范、行政提示等方式，不得以不予处罚代替监管。\n"
                  "\n"
                  "\u3000\u3000当事人有下列情形之一的，不适用本清单：\n"
                  "\n"
                  "\u3000\u3000（一）违法行为造成环境污染、生态破坏后果的；\n"
                  "\n"
                  "\u3000\u3000（二）两年内因同一类违法行为受过行政处罚的；\n"
                  "\n"
                  "\u3000\u3000（三）拒绝、阻挠监督检查或者弄虚作假的。\n"
                  "\n"
                  "\u3000\u3000本清单自印发之日起施行，有效期三年。2022年印发的原清单同时废止。执行中遇到的问题，请及时报告"
                  "我厅政策法规处。\n"
                  "\n"
                  "某海省生态环境厅\n"
                  "\n"
                  "2024年6月25日\n"
                  "\n"
                  "\u3000\u3000（此件公开发布）\n"
                  "\n"
                  "附件：某海省生态环境领域轻微违法行为不予处罚清单（2024年版）.pdf\n"
                  "\n"
                  "【打印】 【关闭】 【字体：大 中 小】\n"
                  "相关解读\n"
                  "图解：《某海省生态环境领域轻微违法行为不予处罚清单（2024年版）》\n"
                  "政策解读：修订了哪些内容？\n"
                  "主办单位：某海省生态环境厅 技术支持：某海省生态环境信息中心\n")
    assert issued.meta.title == ("某海省生态环境厅关于印发《某海省生态环境领域轻微违法行为不予处罚清单（2024年版）》"
                                 "的通知")


def test_an_e_paper_s_titles_with_a_square_bullet_its_print_edition_over_the_text_and_writers_run_into_their_paper():
    theory = read("某宁日报 | 首页 | 版面导航 | 日期检索\n第1版\n第2版\n第3版\n第4版\n第5版\n第05版：理论\n\n"
                  "◀ 上一版 下一版 ▶\n\n本版标题\n■以新质生产力推动老工业基地振兴\n·在县域经济中培育新动能\n·理论资讯\n"
                  "某宁日报　2025年05月20日　第05版：理论\n2025年05月20日　　第05版：理论\n"
                  "以新质生产力\n推动老工业基地振兴\n刘洪波\n\n"
                  "老工业基地振兴，关键在于以科技创新推动产业创新，加快培育新质生产力。装备制造、石化冶金等产业基础雄厚。\n\n"
                  "一、以科技创新赋能传统产业\n传统产业不是“夕阳产业”。要推动数字化改造，发展智能工厂。\n\n"
                  "例如，某阳、某连等地的数控机床企业通过引入工业互联网平台，实现设备远程运维和生产数据实时采集。\n\n"
                  "二、以产业集群培育新兴动能\n")
    assert theory.meta.title == "以新质生产力推动老工业基地振兴"
    edition = read("某龙江日报\n某龙江日报 新晚报 生活报\n当前版：07版　上一版 下一版\n01版 要闻\n02版 要闻\n07版 农村\n"
                   "本版标题\n黑土地上的“新农人”\n寒地水稻育秧工厂化\n农机合作社冬季检修忙\n黑土地保护利用调查之三\n\n"
                   "黑土地上的“新农人”\n\n《某龙江日报》（2024年02月27日　07版）\n□本报记者　周　静\n\n"
                   "二月的北大荒，田野还覆盖着积雪，但在一家现代农业合作社的办公室里，30岁的理事长已经在电脑上规划今年的"
                   "春播。\n\n"
                   "他是土生土长的本地人，大学学的是农业资源与环境专业。2019年，他放弃城里的工作回到村里。\n\n"
                   "“黑土地是‘耕地中的大熊猫’，不能只种不养。”他说，合作社全面推行秸秆还田、深松整地。\n\n"
                   "某龙江日报报业集团　版权所有\n")
    assert edition.meta.published == dt.date(2024, 2, 27)
    glued = read("某山日报电子版 | 2025年08月03日\nA01：头版\nA02：要闻\nA04：某德\nA05：某城\nA04：某德\n本版标题\n"
                 "■某德美食“出海”记\n·某滘机器人产业园二期投产\n双皮奶、鱼生、陈村粉走进东南亚商超\n\n"
                 "某德美食“出海”记\n今年上半年预制美食出口额同比增长58%\n\n"
                 "文/某山日报记者罗嘉 通讯员吴婉婷\n\n"
                 "走进新加坡一家连锁超市，冷柜里摆着印有“某德味道”字样的双皮奶、姜撞奶和陈村粉。\n\n"
                 "今年上半年，某德区预制美食出口额同比增长58%，产品销往20多个国家和地区。\n")
    assert glued.meta.writers == ("罗嘉", "吴婉婷")
    unit = read("某助县人民政府网站\n搜索\n要闻 公开 服务 互动 专题\n首页 > 要闻动态 > 某助要闻\n"
                "某助县举行2025年一季度重大项目集中开工仪式\n"
                "某助县融媒体中心 李娜 马文博 | 2025年03月28日 10:05 | 浏览量 3412\n"
                "3月27日上午，某助县2025年一季度重大项目集中开工仪式在某远镇产业园举行。\n\n"
                "此次集中开工项目共21个，总投资38.6亿元，涵盖青稞酒产业链延伸、文旅融合等领域。\n")
    assert unit.meta.writers == ("李娜", "马文博")


def test_english_portals_menus_search_boxes_and_headlines_broken_over_a_wire_dateline_or_a_long_byline():
    wire = read("Jiangsu.gov.cn 中文版 Accessibility\nJIANGSU NOW - Official English portal Jiangsu Now\n"
                "Search Jiangsu Now\nGo\nHome News Invest Culture Travel Live & Work Videos\nHome > News > Economy\n"
                "XinhuaUpdated: Mar 12, 2025PrintMail\nSuzhou and Shanghai launch\n"
                "cross-border data pilot for startups\n"
                "NANJING, March 12 (Xinhua) -- Suzhou in east China's Jiangsu Province and neighboring Shanghai have "
                "launched a joint pilot program that will allow eligible startups to move certain business data across "
                "the two cities under a single set of compliance rules.\n\n"
                "The program covers about 200 companies in biomedicine, software and advanced manufacturing.\n\n"
                "Officials said the pilot would be reviewed after one year.\n")
    assert wire.meta.title == "Suzhou and Shanghai launch cross-border data pilot for startups"
    long_byline = read("Liaoning News English\n中文 | Subscribe\nHome\nLiaoning\nBusiness\nCulture\nTravel\nPhotos\n"
                       "Search\n搜索\nHome > Business\nDalian bonded zone draws\n"
                       "new wave of cross-border e-commerce firms\n"
                       "By Zhou Lin and Han Xue | Updated: 2025-10-09 16:40 | Source: Liaoning Daily\n"
                       "More than 40 cross-border e-commerce companies have set up operations in the Dalian Bonded "
                       "Zone this year, drawn by faster customs clearance and new cold-chain warehouses.\n\n"
                       "The zone handled 3.2 million parcels in the first nine months, up 45 percent.\n")
    assert long_byline.meta.title == "Dalian bonded zone draws new wave of cross-border e-commerce firms"
    banner = read("中文|English|Русский\nGANSU CHINA | Window of Gansu\nSearch\n"
                  "HomeNewsBusinessCultureTravelSilk Road\nHome > News > Gansu\n"
                  "Dunhuang Mogao Caves open digital exhibition hall\nto overseas visitors\n"
                  "Updated: 2024-08-14 15:20 | Source: Gansu Daily | By Li Xue and Zhang Ming\n"
                  "A new digital exhibition hall at the Mogao Caves in Dunhuang opened to the public on Tuesday, "
                  "allowing overseas visitors to tour ten caves in immersive projection.\n\n"
                  "The hall uses 8K imaging to present caves from the Northern Wei to the Yuan dynasties.\n")
    assert banner.meta.writers == ("Li Xue", "Zhang Ming")


def test_self_media_cards_a_verified_mark_a_badge_between_name_and_button_and_a_news_site_s_own_bar():
    verified = read("微博 首页 发现 游戏 注册 登录\n搜索微博\n搜索\n"
                    "江城生活家V25-6-14 17:20来自 微博 weibo.com阅读 8.6万\n"
                    "某湖长江大桥夜景灯光秀今晚试运行，最佳观赏点位看这里\n头图\n"
                    "好消息！某湖长江大桥夜景灯光秀今晚（6月14日）起试运行，每晚19:30、20:30、21:30各演一场。\n\n"
                    "这次灯光秀用了约3.6万套LED灯具，把大桥、滨江公园和对岸的城市天际线串成了一幅画。\n")
    assert verified.meta.writers == ("江城生活家",)
    badged = read("今日头条\n|\n下载App\n回老家帮父母收谷子，才知道现在种地有多省事\n"
                  "老家在晋北\n头条创作者\n+ 关注\n2025-10-04 20:17·山西\n"
                  "国庆假期回了趟老家，本来是想帮父母收谷子的，结果到了地里才发现，根本用不上我。\n\n"
                  "我爸提前在手机上约了村里的收割机，早上八点开进地里，不到两个小时，十亩谷子就收完了。\n")
    assert badged.meta.writers == ("老家在晋北",)
    tagged = read("百度首页 | 登录\n百家号\n百家号推荐资讯视频\n中原财经观察\n"
                  "2025-07-21 22:03河南优质财经领域创作者 关注\n"
                  "一县城“夜经济”火了：烧烤摊摆满三条街，外地游客开车来吃\n"
                  "入夏以来，豫东某县城的“烧烤一条街”成了网红打卡地。每天晚上七点以后，三条街上摆满了烧烤摊。\n\n"
                  "一串羊肉卖一块五\n\n记者走访发现，这里的烧烤以价格实惠著称：羊肉串一块五一串，烤馍片五毛一片。\n")
    assert tagged.meta.writers == ("中原财经观察",)
    twice = read("某河这条老街焕新开放！骑楼、咖啡、非遗全都有\n某州某河发布\n广东\n"
                 "原创 某河发布 某州某河发布 2025年06月14日 18:30 广东\n文字 | 区宛琳\n"
                 "经过一年多的微改造，某河区沙河涌畔的老街，6月14日正式焕新开放啦。\n\n"
                 "01 骑楼修旧如旧\n老街保留了23栋民国骑楼，外立面按照原样修复，青砖、满洲窗都回来了。\n\n"
                 "02 老房子里开出新店\n街上引进了咖啡馆、独立书店、广绣工作室等28家商户。\n")
    assert twice.meta.title == "某河这条老街焕新开放！骑楼、咖啡、非遗全都有"
    assert twice.meta.published == dt.datetime(2025, 6, 14, 18, 30)
    site = read("某城新闻网\n某城日报 | 太行日报 | 数字报\n首页\n本地\n县区\n专题\n民生\n视听\n首页 › 本地 › 正文\n"
                "某城新闻网2025/08/12 09:08阅读 2.1万\n某城市区新增3条公交线路\n"
                "8月11日起，某城市区新开通33路、35路、K9路三条公交线路，进一步方便市民出行。\n\n"
                "据了解，新线路串联起高铁站、市人民医院和多个大型居住区。\n")
    assert site.meta.writers == ()
    # (a county's media centre posting on a platform is the account that wrote it, not a news site's own bar)
    centre = read("百度首页 登录\n某化县融媒体中心\n广西某化县融媒体中心官方账号\n关注\n相关推荐\n"
                  "某化七百弄地质公园入选自治区精品线路\n某化：10万亩红水河谷芒果迎来丰收\n"
                  "某化县融媒体中心　2025-07-18 09:40　广西　政务机构官方账号\n"
                  "眼下，某化县红水河沿岸的10万亩芒果进入采摘期，果农们忙着采摘、分拣、装箱。\n\n"
                  "今年，某化芒果预计产量12万吨，产值超过4亿元。县里通过“电商+合作社+农户”模式拓宽销路。\n")
    assert centre.meta.writers == ("某化县融媒体中心",)


def test_names_spaced_within_and_between_subscribe_buttons_broadcast_labels_and_a_wechat_header_s_writer():
    spaced = read("当前位置：首页 > 工作动态 > 社区动态\n某康社区开展“银龄学堂·智能手机进课堂”活动\n"
                  "时间：2024年11月07日　　点击：562次\n"
                  "　　为丰富辖区老年人精神文化生活，11月6日上午，某康社区在社区党群服务中心开展智能手机培训活动。\n"
                  "　　课堂上，社区志愿者从手机基本设置讲起，手把手教老人们使用健康码查询、网上挂号等功能。\n"
                  "　　据了解，某康社区今年已累计开展“银龄学堂”系列课程14期。\n"
                  "文/图：通讯员 李 明　刘 丹丹\n编辑：高伟\n")
    assert spaced.meta.writers == ("李明", "刘丹丹")
    crumb = read("某义市生态环境局 今天是：2025年3月14日 星期五\n首页机构概况环境动态信息公开办事服务公众参与\n"
                 "您当前所在位置：首页 / 信息公开 / 公示公告 / 正文\n"
                 "关于2025年第一批建设项目环境影响评价文件拟审批情况的公示\n"
                 "发布日期：2025-03-13 10:15:27     信息来源：行政审批科     【打印】\n"
                 "根据建设项目环境影响评价审批程序的有关规定，经审查，我局拟对以下建设项目环境影响评价文件作出审批意见。\n\n"
                 "公示期间，公众可通过电话、信函等方式反映与建设项目环境影响评价有关的意见和建议。\n")
    assert crumb.meta.title == "关于2025年第一批建设项目环境影响评价文件拟审批情况的公示"
    subscribed = read("澎湃新闻 要闻 深度 视频 澎湃号 问政\n某家庄发布某家庄发布政务号订阅\n"
                      "某家庄启动2025年“春风行动”暨就业援助月活动\n2025-03-05 11:28 来源：澎湃新闻·澎湃号·政务\n"
                      "3月4日，某家庄市2025年“春风行动”暨就业援助月活动在市人力资源市场启动。\n\n"
                      "据介绍，活动期间，全市将陆续举办线上线下招聘会100余场。\n")
    assert subscribed.meta.title == "某家庄启动2025年“春风行动”暨就业援助月活动"
    assert subscribed.meta.writers == ("某家庄发布",)
    broadcast = read("某株潭广电网 直播 点播 新闻 栏目 主持人 节目单\n当前位置：首页 - 新闻联播 - 本地新闻\n"
                     "视频播放器 播放 00:00 / 02:47\n社区食堂让老人吃上“暖心饭”\n"
                     "栏目：《某潭新闻联播》　播出时间：2025.10.11　记者：龙 霞 谭 超\n【导语】\n"
                     "中午11点半，某塘区建设路街道的“幸福食堂”里已经坐满了前来就餐的老人。\n【正文】\n"
                     "今天的菜单是红烧鱼块、香干炒肉、清炒菜心和紫菜蛋汤。\n\n【记者手记】\n"
                     "一顿热乎饭，连着老人的冷暖。\n")
    assert broadcast.meta.writers == ("龙霞", "谭超")
    printed = read("首页 > 新闻 > 经济 > 正文\n某什综合保税区一季度进出口保持增长\n"
                   "天山网-某疆日报　　2025年3月13日 10:22　　记者　买买提江·阿不都　巴音打印 关闭\n"
                   "记者从某什综合保税区管委会了解到，今年以来，该区企业进出口保持增长势头。\n\n"
                   "在保税区内一家服装加工企业车间，工人们正在赶制发往中亚国家的春季订单。\n")
    assert printed.meta.writers == ("买买提江·阿不都", "巴音")
    header = read("某秀区这15个社区食堂，开饭啦！\n原创 某秀融媒 南宁某秀发布 2025年06月10日 18:00 广西\n点击上方蓝字关注我们\n"
                  "近日，某秀区15个社区食堂陆续开门迎客。小编为大家整理了地址和开放时间。\n\n"
                  "社区食堂面向辖区所有居民开放，60周岁以上老年人凭身份证可享受优惠。\n")
    assert header.meta.writers == ("某秀融媒",)


def test_microblog_and_app_cards_a_station_s_own_app_and_a_reporter_after_the_source_s_date():
    card = read("微博 首页 热门 登录 注册\n某春老刘的街头笔记 微博原创视频博主\n2024-11-29 18:22 来自 iPhone客户端\n"
                "校门口的“地瓜孟姨”，一卖就是十二年\n"
                "前几天在某林大学校区门口，碰到一位推着三轮车卖烤地瓜的大姐，一聊才知道她在这儿卖了十二年。\n\n"
                "炉子是她自己用汽油桶改的，一次能烤二十多个地瓜。学生下课的时候最忙。\n")
    assert card.meta.writers == ("某春老刘的街头笔记",)
    marked = read("下载头条APP 首页 发布作品 登录\n在屏南龙潭村，我见到了留在山里的年轻人\n"
                  "八闽乡村记 2025-06-07 20:18 福建 原创\n"
                  "去龙潭村那天下着小雨，山路绕了四十多分钟，车窗外全是竹林和梯田。\n\n"
                  "这个村子曾经只剩下不到两百位老人。十来年前，有人开始把荒废的老屋改成工作室。\n")
    assert marked.meta.writers == ("八闽乡村记",)
    station = read("某博TV某博TV打开APP\n某州开元寺东西塔完成年度“体检”\n某州广播电视台　2025-05-30 21:06:45　阅读 1.8万\n"
                   "近日，某州开元寺东西塔完成了年度结构安全监测和日常保养工作。\n\n"
                   "此次“体检”由文物保护专业机构实施，技术人员利用三维激光扫描、倾斜监测等手段。\n")
    assert station.meta.writers == ()
    source = read("某众网 > 山东频道 > 潍坊\n某坊风筝会吸引56个国家和地区选手参赛\n"
                  "来源：某众日报　2025-04-20 06:35　某众日报记者 宋 明 通讯员 刘 鑫\n"
                  "4月19日，第42届某坊国际风筝会在滨海区开幕。来自56个国家和地区的代表队放飞了巨型风筝。\n\n"
                  "本届风筝会设置了国际风筝比赛、风筝创意设计大赛等活动。\n")
    assert source.meta.writers == ("宋明", "刘鑫")


# Three e-paper pages as zh-blind161, 160 and 165 print them (CC0; places renamed).
EPAPER_POINTED = (
    "某晚报 数字报刊平台\u3000某津\n今日 往期 检索 版面\n"
    "版面导航\n第01版：要闻\n第02版：某津\n"
    "第03版：某津\n第04版：民生\n第05版：文化\n"
    "第06版：体育\n第07版：城事\n本版标题\n"
    "▶家门口的“幸福小站”多起来了\n"
    "·海河夜游新航线开通\n·社区里的“银发课堂”\n"
    "第07版：城事\u30002025年03月27日\n某西区推进“15分钟便民生活圈”建设\n"
    "\n家门口的“幸福小站”多起来了\n"
    "本报记者 马晓冬\n\n早上7点，某西区某谊路街道的便民服务站刚开门，"
    "修鞋、配钥匙、缝补衣服的摊位前就排起了小队。"
    "\n\n去年以来，某西区以“15分钟便民生活圈”建设为抓手，"
    "在社区新建改造便民服务站62个，"
    "引入早餐、家政、维修、快递等服务业态，"
    "让居民步行15分钟就能满足日常生活需求。"
    "\n\n“以前修个拉链要跑好几条街，"
    "现在楼下就能办。”居民刘阿姨说。"
    "\n\n某西区商务局相关负责人介绍，"
    "便民服务站由社区提供场地，实行低租金或免租金，"
    "服务项目和价格向居民公示。目前，"
    "全区便民生活圈覆盖率已达到90%。"
    "\n\n在某山街道的一处服务站，工作人员正在为居民登记家政服务需求。"
    "“从早餐到理发，从维修到快递，"
    "家门口就能解决，生活方便多了。"
    "”居民张大爷说。\n\n"
)
EPAPER_STACK = (
    "2025年02月11日 星期二往期回顾版面导航PDF下载\n"
    "某江日报 数字报\n第01版：要闻\u3000上一版\u3000下一版\n"
    "春节假期全省接待游客同比增长两成\n"
    "\n冰雪旅游热度持续攀升\n旅游总花费突破百亿元\n"
    "\n本报讯（记者韩雪）记者从省文化和旅游厅获悉，"
    "春节假期，全省共接待游客2316万人次，"
    "同比增长21.4%；实现旅游总花费112.8亿元，"
    "同比增长26.7%。\n\n假期期间，冰雪大世界、太阳岛雪博会、亚布力滑雪旅游度假区等重点景区游人如织。"
    "全省重点监测的68家A级景区累计接待游客同比增长三成以上，"
    "冰雪主题景区门票预订量持续走高。"
    "\n\n冰雪旅游带动了住宿、餐饮、交通等消费全面增长。"
    "某尔滨中央大街、索菲亚教堂周边酒店平均入住率超过九成，"
    "特色餐馆门前排起长队。铁路部门假期共发送旅客380万人次。"
    "\n\n入境游市场同样表现亮眼。假期期间，"
    "来自俄罗斯、韩国、东南亚等国家和地区的入境游客明显增多，"
    "某江镇、某河等口岸出入境人员数量同比增长超过五成。"
    "\n\n省文旅厅有关负责人表示，将持续优化旅游服务，"
    "加强市场监管，推出更多冰雪旅游新产品新线路，"
    "让游客在某江玩得尽兴。\n\n某江日报\u30002025年02月11日\u3000版次：01\u3000作者：韩  雪\n"
    "上一篇\u3000下一篇\u3000返回目录\n版面导航\n"
    "01：要闻\n02：要闻\n03：综合\n04：经济\n"
    "05：某江\n本版标题\n省政府召开全体会议\n"
    "冰雪旅游持续火爆\n某尔滨亚冬会筹办进展\n"
    "某江日报社版权所有\u3000未经书面授权不得复制或建立镜像\n"
    "\n黑ICP备05003455号\n"
)
EPAPER_SHORTER_DECK = (
    "往期回顾 | 版面导航 | 标题导航 | PDF下载\n"
    "某南日报 数字报\n2025年03月18日\u3000星期二\n"
    "第01版：要闻\u3000第02版：要闻\u3000第03版：综合\u3000第04版：经济\n"
    "本版标题：\n某阳：烟花产业“燃”出新动能\n"
    "全省春季农业生产现场会召开\n图片新闻\n"
    "第01版：要闻\n聚焦县域经济高质量发展\n"
    "某阳：烟花产业“燃”出新动能\n"
    "一季度出口额同比增长21.6%\n3月17日，"
    "走进某阳市某瑶镇一家烟花企业的智能化生产车间，"
    "机械臂正在有序地完成装药、封口等工序。"
    "“过去这些危险工序全靠人工，"
    "现在实现了人机隔离，安全性和效率都大大提高。"
    "”企业负责人说。\n\n某阳是“中国花炮之乡”。"
    "近年来，当地推动烟花爆竹产业安全化、智能化改造，"
    "全市已有146家企业完成机械化生产线改造，"
    "涉药工序人员减少了40%以上。\n\n与此同时，"
    "某阳烟花积极拓展海外市场。一季度，"
    "全市烟花出口额同比增长21.6%，产品远销欧美、东南亚等100多个国家和地区。"
    "\n\n某阳市相关负责人表示，下一步将继续推进烟花爆竹产业转型升级，"
    "培育一批龙头企业和知名品牌，"
    "推动产业链向设计、文旅、会展等环节延伸。"
    "\n\n在文旅融合方面，某阳天空剧院每周末举办烟花秀，"
    "今年以来已吸引游客60余万人次，"
    "带动周边餐饮、住宿消费显著增长。"
    "\n\n某南日报记者 谭 莹 通讯员 柳建辉\n"
    "上一篇\u3000下一篇\n某南日报社 版权所有\u3000某ICP备12003518号\n"
)


def test_an_e_paper_s_list_of_titles_names_its_headline_with_any_bullet_and_over_a_shorter_deck():
    pointed = read(EPAPER_POINTED)  # (the list's ▶ marks the story shown)
    assert pointed.meta.title == "家门口的“幸福小站”多起来了"
    shorter = read(EPAPER_SHORTER_DECK)  # (a 副题 shorter than its 主题, which the list of titles names)
    assert shorter.meta.title == "某阳：烟花产业“燃”出新动能"
    stack = read(EPAPER_STACK)  # (引题, 主题 and 副题, the text's own byline opening it)
    assert stack.meta.title == "冰雪旅游热度持续攀升"
    audio = read("某宁广播电视台 · 某宁之声 FM106.6 在线收听 节目单\n首页 » 某宁之声 » 新闻\n\n丹东：边境口岸通关效率再提升\n"
                 "来源：某宁之声　2025年05月06日 12:15\n音频 收听本条新闻 01:52\n某宁之声记者于 洋报道：\n"
                 "今年一季度，丹东口岸进出口货运量同比增长18.6%，出入境人员同比增长22.3%。\n\n"
                 "在丹东公路口岸，新启用的智能卡口实现了车辆信息自动采集、自动比对。\n")
    assert audio.meta.title == "丹东：边境口岸通关效率再提升"  # (the credits under it are no stack's 主题)
    copied = read("南某晚报电子版\n本版新闻\n地铁11号线南延段今起试运行\n老城区“口袋公园”再添15个\n老城区“口袋公园”再添15个\n"
                  "文/图 南某晚报记者 何  敏\n见缝插绿，老城焕新。记者从湾城市林业园林局获悉，今年老城区已建成口袋公园15个。\n\n"
                  "这些口袋公园大多利用边角地、闲置地改造而成，面积从几百平方米到两三千平方米不等。\n")
    assert copied.meta.title == "老城区“口袋公园”再添15个"


BAR_UNDER_LIST = ("首页 > 政务公开 > 政策解读\n相关文件\n某澳区2025年重点民生实事项目\n某澳区促进消费若干措施\n"
                  "某澳区住房和建设局　2025-05-08　【大 中 小】　分享到：微信 微博\n"
                  "某澳区支持老旧小区加装电梯实施办法解读\n"
                  "我区2000年以前建成的多层住宅小区共有186个，涉及居民约3.2万户，其中六层住宅占比超过六成。\n\n"
                  "加装电梯以单元为单位申请，须经本单元专有部分占建筑物总面积三分之二以上的业主同意。\n")


def test_headlines_a_credit_row_s_cells_a_record_field_and_a_related_document_do_not_take():
    phrases = read("某海省人民政府www.qinghai.gov.cn 手机版 English 藏文版\n您当前的位置 ：首页 >> 要闻动态 >> 领导活动\n\n"
                   "省委书记在某东调研时强调 坚持生态优先 推动高原特色产业提质增效\n"
                   "来源：某海日报 发布时间：2026-11-22 08:31:07 【字号 大 中 小】 【打印】\n"
                   "本报讯（记者 李文涛 韩 雪）11月20日至21日，省委书记深入某东市乐都区、民和县，调研高原特色产业发展。\n\n"
                   "调研中，省委书记强调，要坚持生态优先、绿色发展，把生态保护和产业发展有机结合起来。\n")
    assert phrases.meta.title == "省委书记在某东调研时强调 坚持生态优先 推动高原特色产业提质增效"
    field = read("某西省农业农村厅 English 无障碍 适老化\n首页 › 政府信息公开 › 法定主动公开内容 › 通知公告\n"
                 "索引号：11140000MB1955XXXX/2025-00045\n发文机构：某西省农业农村厅\n成文日期：2025-03-03\n发布日期：2025-03-04\n"
                 "某西省农业农村厅关于2024年度农产品质量安全监督抽检情况的通报\n各市农业农村局，厅机关有关处室：\n"
                 "2024年，省农业农村厅组织开展了农产品质量安全省级监督抽检，共抽检样品2860批次，覆盖11个市。\n\n"
                 "各市要对不合格样品涉及的生产主体逐一开展追溯核查，依法查处违法违规行为。\n")
    assert field.meta.title == "某西省农业农村厅关于2024年度农产品质量安全监督抽检情况的通报"
    reading = read("某安区人民政府\n首页 政务公开 政务服务 互动 数据开放\n首页 › 政务公开 › 政策解读\n文字解读楼宇经济\n"
                   "《某安区促进楼宇经济高质量发展若干措施》政策解读\n2026年11月27日 10:05 ｜ 某安区发展和改革委员会\n"
                   "相关文件：某安区人民政府关于印发《某安区促进楼宇经济高质量发展若干措施》的通知\n一、制定背景\n"
                   "楼宇经济是某安区经济发展的主阵地。截至2025年底，全区税收亿元楼达到80幢，贡献了全区近七成的税收。\n"
                   "二、主要内容\n《若干措施》共十条，主要包括支持楼宇更新改造、鼓励引进优质企业、提升楼宇服务能级等方面。\n")
    assert reading.meta.title == "《某安区促进楼宇经济高质量发展若干措施》政策解读"
    bar = read(BAR_UNDER_LIST)
    assert bar.meta.title == "某澳区支持老旧小区加装电梯实施办法解读"
    kinds = {d.line.text: d.kind.value for d in explain(BAR_UNDER_LIST, ReadOptions())}
    assert kinds["某澳区住房和建设局　2025-05-08　【大 中 小】"] == "meta"  # (the font buttons no part of a headline)


def test_posts_accounts_over_their_stamps_an_edit_mark_a_badge_and_a_mark_after_the_province():
    client = read("微博\n登录/注册\n某昌文旅\n2025-05-06 09:12 来自 微博网页版\n某昌三峡大坝旅游区“五一”接待游客超12万人次\n"
                  "记者从三峡大坝旅游区获悉，今年“五一”假期，景区共接待游客12.3万人次，同比增长18%。\n\n"
                  "假期期间，景区推出夜游三峡大坝、坛子岭观景、船闸通航观光等特色项目。\n")
    assert client.meta.writers == ("某昌文旅",)
    edited = read("微博 | 首页 | 发现 | 登录/注册\n某潭生活圈\n微博\n某潭莲城大桥夜间封闭施工通告：这几天过河请绕行\n"
                  "某潭生活圈　已编辑　2025-9-2 10:48　来自 微博网页版\n"
                  "接某潭市公安局交警支队通知，为进行桥面伸缩缝更换，莲城大桥将于9月4日起夜间封闭施工。\n\n"
                  "施工期间，公交夜班线路临时调整，具体以公交站牌公告为准。\n")
    assert edited.meta.writers == ("某潭生活圈",)
    verified = read("微博 首页 发现 登录 注册\n某云港文旅 V\n11月27日 10:21 来自 微博头条文章\n"
                    "某云港花果山冬日上新：雪后云海，美成水墨画\n某云港文旅\n"
                    "11月26日，某云港迎来一场小雪。雪后的花果山云雾缭绕，玉女峰、水帘洞一带宛如水墨画卷。\n\n"
                    "据景区工作人员介绍，冬季雪后初晴、昼夜温差较大时，花果山容易出现云海景观。\n")
    assert verified.meta.title == "某云港花果山冬日上新：雪后云海，美成水墨画"
    assert verified.meta.writers == ("某云港文旅",)
    doubled = read("百度 百家号 登录 打开百度APP\n江苏一县城高中，连续五年本科率超九成，校长说出了秘诀\n"
                   "教育观察者老某 教育观察者老某\n2026-11-19 12:05:33 江苏 关注\n"
                   "最近，一所苏北县城高中的成绩单在家长群里刷屏：连续五年本科率超过九成，其中不少学生考上了重点大学。\n\n"
                   "这所学校的生源并不突出，很多学生来自乡镇。那么，他们是怎么做到的？\n")
    assert doubled.meta.title == "江苏一县城高中，连续五年本科率超九成，校长说出了秘诀"
    first = read("首页下载头条APP登录\n今日头条\n在鹤岗买了套6万的房子，住了三年，说说真实感受\n"
                 "某江老周说事 2025-01-12 20:17 黑龙江 头条首发\n"
                 "三年前我在网上看到“鹤岗房价白菜价”的新闻，抱着试试看的心态，花6万元买了一套两居室。\n\n"
                 "刚来的时候最不习惯的是冬天，零下三十度，出门要全副武装。\n")
    assert first.meta.writers == ("某江老周说事",)
    badge = read("百度\n百家号 首页 登录\n大理古城的“慢”，是这座城最好的名片\n某南文旅观察\n2025-03-10 18:06\n"
                 "云南大理 优质文旅领域创作者\n文/段雨晴\n\n"
                 "三月的大理，苍山顶上还留着一点雪，洱海边的风已经暖了。古城里的石板路上，游客走得很慢。\n\n"
                 "在人民路开了八年咖啡馆的老板说，来大理的人，大多是想让自己慢下来。\n")
    assert badge.meta.writers == ("段雨晴",)


def test_writers_after_an_outlet_s_name_between_bars_with_a_dot_alone_in_parentheses_or_speaking():
    site = read("首页 > 兰州 > 正文\n某州黄河风情线冬季夜游焕新登场\n某州新闻网　2026-11-17　某城晚报记者 赵一鸣 张 丹\n"
                "11月16日晚，某州黄河风情线冬季夜游活动正式启动，中山桥、白塔山一带灯光璀璨。\n\n"
                "今年的夜游新增了水上灯光秀和非遗市集，市民游客可以边逛边品尝地方小吃。\n")
    assert site.meta.writers == ("赵一鸣", "张丹")
    mark = read("首页 > 江苏\n记者蹲点：凌晨四点的农产品批发市场\n某汇点讯　2026年11月08日　曹颖\n"
                "凌晨四点，城南农产品批发市场已经灯火通明，一辆辆满载蔬菜的货车陆续驶入。\n\n"
                "批发商老王告诉记者，他每天两点就起床，要赶在早市开门前把菜分拣好。\n")
    assert mark.meta.writers == ("曹颖",)
    voice = read("首页 > 山西\n“晋味”老陈醋走俏春季市场\n某西之声 贾文博　2025.03.07\n"
                 "开春以来，某西老陈醋销售持续升温，多家醋企订单同比增长两成以上。\n\n"
                 "在清徐县一家醋企的灌装车间，生产线正满负荷运转，工人们忙着装箱发货。\n")
    assert voice.meta.writers == ("贾文博",)
    read_count = read("首页 > 大同\n大同古城墙修缮工程完成阶段性验收\n三晋在线2025-03-09 15:21:07作者：乔晓阅读 3.4万\n"
                      "3月8日，大同古城墙东南段修缮工程通过阶段性验收，修缮长度约1.2公里。\n\n"
                      "此次修缮坚持“最小干预”原则，尽可能保留城墙原有的砖石和工艺。\n")
    assert read_count.meta.writers == ("乔晓",)
    bars = read("首页 > 基层动态\n某利油田某采油厂深化“四化”建设提质增效\n2025.03.12 | 任光辉 崔晓芳 | 来源：采油管理区\n"
                "今年以来，某采油厂持续深化标准化、信息化、专业化、市场化建设，推动油气生产提质增效。\n\n"
                "在某采油管理区，技术人员通过生产指挥平台实时监控油井运行参数，发现异常及时处置。\n")
    assert bars.meta.writers == ("任光辉", "崔晓芳")
    dotted = read("首页 > 新闻 > 正文\n伊犁河谷薰衣草进入盛花期\n2025-06-18 11:20 来源：天山网\n"
                  "天山网讯（记者玛依拉·某尔开西报道）6月中旬，伊犁哈萨克自治州霍城县的薰衣草进入盛花期，连片的紫色花海吸引游客。\n\n"
                  "霍城县薰衣草种植面积超过5万亩，当地发展精油提炼、文创产品等产业。\n")
    assert dotted.meta.writers == ("玛依拉·某尔开西",)
    alone = read("首页 > 工作动态\n自治区召开2025年大气污染防治工作推进会\n发布时间：2025-03-05　来源：自治区生态环境厅\n"
                 "3月4日，自治区召开2025年大气污染防治工作推进会，总结2024年工作，部署今年重点任务。\n\n"
                 "各地州市生态环境局、自治区有关部门负责同志参加会议。\n\n（帕提古丽）\n【责任编辑：李文】\n")
    assert alone.meta.writers == ("帕提古丽",)
    speaker = read("首页 > 领导讲话\n某穴市委书记在全市优化营商环境大会上的讲话（摘要）\n"
                   "讲话人：某穴市委书记 杨卫东　2025-03-03 18:05　某穴市融媒体中心\n"
                   "同志们：今天召开全市优化营商环境大会，主要任务是总结去年工作，部署今年任务。\n\n"
                   "一要提升政务服务效能。二要加强要素保障。三要依法保护企业合法权益。\n")
    assert speaker.meta.writers == ("杨卫东",)
    unit = read("首页 > 医院新闻\n我院完成首例经导管主动脉瓣置换术\n2025-03-20 | 宣传科 | 阅读量：2318\n"
                "近日，我院心血管内科团队成功完成首例经导管主动脉瓣置换术，患者术后恢复良好。\n\n"
                "该技术无需开胸，创伤小、恢复快，为高龄、高危患者带来了新的治疗选择。\n\n通讯员 罗慧敏 记者 钟伟\n")
    assert unit.meta.writers == ("罗慧敏", "钟伟")  # (a department between the bars, no writer)
    town = read("首页 > 新闻中心 > 镇街动态\n柳溪镇 | 2025-07-02 | 阅读 2,317\n柳溪镇“共富工坊”让村民在家门口增收\n"
                "记者 陈思宇 通讯员 徐晓丽\n走进柳溪镇张村的“共富工坊”，二十多名村民正在流水线上组装小家电配件。\n\n"
                "截至6月底，柳溪镇已建成“共富工坊”17家，带动1100余名村民就业。\n")
    assert town.meta.writers == ("陈思宇", "徐晓丽")  # (nor a town)


def test_an_english_breadcrumb_s_label_channels_a_bilingual_disclaimer_handles_and_names_beside_a_date():
    crumb = read("Some English Xinjiang China World Photos Video\nSearch\nYou are here: Home / Xinjiang / Economy\n"
                 "Xinjiang cotton harvest nears completion with record machine-picking rate\n"
                 "Source: Xinhua | 2026-11-24 10:08:31 | Editor: Zhang Wei\n"
                 "URUMQI, Nov. 23 (Xinhua) -- The cotton harvest in northwest China's Xinjiang Uygur Autonomous Region "
                 "is nearly complete, with machines picking more than 90 percent of the crop.\n\n"
                 "Xinjiang, China's largest cotton-producing region, planted about 2.4 million hectares of cotton "
                 "this year.\n\n"
                 "Farmers in Shawan, a major cotton-growing county, said drones had cut the cost of field "
                 "management.\n\n"
                 "Tags: cotton, agriculture, Xinjiang\n\nMost Popular\nKanas welcomes first heavy snow\n")
    assert crumb.meta.title == "Xinjiang cotton harvest nears completion with record machine-picking rate"
    channel = read("某堰广播电视台　FM93.5 交通音乐广播 | FM101.8 新闻综合广播\n当前位置：首页 » 本地新闻\n"
                   "某堰开通首条“武当山—丹江口”旅游公交专线\n作者：新闻综合广播　　时间：2025/06/11 10:05　　点击：[1289]\n"
                   "6月10日，某堰首条跨区域旅游公交专线“武当山—丹江口”正式开通运营。\n\n"
                   "据某堰公交集团介绍，该专线全程约62公里，沿途设武当山游客中心等8个站点。\n\n（记者 杨帆 周璐）\n")
    assert channel.meta.writers == ("杨帆", "周璐")
    notice = read("网易首页　新闻　体育　娱乐　财经\n北部湾的渔民，开始用无人机“看海”了\n2025-07-21 17:09:44　来源: 海边老陈　广西\n"
                  "伏季休渔期还没结束，北海侨港镇的码头上，渔船整整齐齐地停靠着，不少渔民正在练习操作无人机。\n\n"
                  "“以前出海全靠经验看天看水，现在无人机飞上去，哪里有鱼群看得清清楚楚。”\n\n"
                  "特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。"
                  "Notice: The content above (including the pictures and videos if any) is uploaded and posted "
                  "by a user of "
                  "NetEase Hao, which is a social media platform and only provides information storage services.\n")
    assert notice.meta.writers == ("海边老陈",)
    handle = read("微博\n首页 视频 发现 游戏 注册 登录\n昆仑山下的牧业转场：跟着羊群走了三天两夜\n@昆仑山下的牧羊人 阅读数：12.6万\n"
                  "发布于 2026-11-23 22:14\n每年入冬前，和田地区的牧民都要把羊群从夏牧场赶到冬牧场，我跟着走了一趟。\n\n"
                  "第一天凌晨五点就出发了。天还没亮，两千多只羊在山谷里排成了长长的队伍。\n")
    assert handle.meta.writers == ("昆仑山下的牧羊人",)
    glued = read("微博\n首页\n热门\n登录\n“五一”假期某南高速出行提示来了\n某南交警V\n2025-4-30 17:12 发布于 湖南\n阅读数：32.1万\n"
                 "“五一”假期即将到来，预计全省高速公路车流量将达到日均380万辆次，较平日增长五成。\n\n"
                 "5月1日上午8时至12时为出行高峰，5月5日下午14时至20时为返程高峰。\n")
    assert glued.meta.writers == ("某南交警",)
    beside = read("首页 / 新闻中心 / 基层动态\n2025.12.09　泽仁卓玛　李 航\n某孜公司完成高海拔地区电网迎峰度冬隐患排查\n"
                  "截至12月8日，国网某孜供电公司完成辖区高海拔地区电网迎峰度冬隐患排查，共排查线路132条。\n\n"
                  "入冬以来，某孜州多地出现降雪降温天气，部分线路海拔超过4500米，运维难度大。\n")
    assert beside.meta.writers == ("泽仁卓玛", "李航")
    font = read("首页 > 工作动态\n某南自贸港跨境服务贸易负面清单实施一周年\n"
                "2025年05月21日 16:30来源：服务贸易处撰稿：林晓彤字号 A+ A-打印\n"
                "一年来，某南自贸港跨境服务贸易负面清单落地见效，新增跨境服务贸易市场主体超1.2万家。\n\n"
                "下一步，将继续扩大服务业开放，推动更多制度创新成果落地。\n")
    assert font.meta.writers == ("林晓彤",)


# An e-paper page as zh-blind173 prints it (CC0; places renamed): a short 主题 its list of titles names.
EPAPER_SHORT_LISTED = (
    "某卫日报 数字报 当前：2026-11-23\n01：要闻02：综合03：乡村振兴04：某坡头\n"
    "黄河岸边稻花香\n枸杞鲜果冷链外销\n"
    "新型农民培训班开班\n某卫某坡头区\n"
    "黄河岸边稻花香\n“稻渔空间”生态种养模式亩均增收1500元\n"
    "日期：2026-11-23\u3000版名：03：乡村振兴\n"
    "本报讯（记者 何晓军 苏佳琪）金秋时节，"
    "某坡头区某罗镇的稻田里，稻穗低垂，"
    "鱼蟹肥美。当地推行的“稻渔空间”生态种养模式，"
    "让一块田有了两份收益。\n\n“稻子不打农药，"
    "鱼吃虫子，鱼粪又肥田。”种植大户马学军说，"
    "今年他的500亩稻田亩产大米550公斤，"
    "每亩还收获螃蟹、鲫鱼40多公斤，"
    "亩均增收1500元。\n\n近年来，某坡头区依托黄河灌溉优势，"
    "推广稻渔综合种养面积3.2万亩，"
    "注册“某坡头大米”地理标志商标，"
    "大米售价比普通大米高出一倍。"
    "\n\n区农业农村局负责人表示，将继续扩大生态种养规模，"
    "延伸大米精深加工链条，打响某卫大米品牌。"
    "\n\n在某罗镇某音村的大米加工厂里，"
    "一袋袋包装好的“某坡头大米”正在装车，"
    "准备发往福建、浙江等地。工厂负责人说，"
    "今年通过电商渠道销售的大米超过800吨，"
    "比去年翻了一番。\n\n返回本版\n某卫日报社 版权所有 某ICP备11000721号\n"
)


# A court's page as zh-blind171 prints it (CC0; places renamed).
COURT = (
    "某海法院 无障碍\n某海市某江区人民法院\n"
    "首页法院动态审判业务司法公开诉讼服务\n"
    "当前位置：首页 > 法院动态 > 审判动态\n"
    "来源：某江法院\u3000发布时间：2025-11-07 15:45:20\u3000【字体：大 中 小】\n"
    "\n网购“低价手机”遭遇掉包 法院判令商家退一赔三\n"
    "【基本案情】\n2024年12月，张某在某网络平台店铺以2899元购买一部新款手机。"
    "收货后，张某发现手机有明显使用痕迹，"
    "经检测为翻新机。张某与商家协商未果，"
    "诉至某江区人民法院。\n\n【裁判结果】\n"
    "法院经审理认为，商家以翻新机冒充新机销售，"
    "构成欺诈。判决商家退还货款2899元，"
    "并支付三倍赔偿金8697元。\n\n【法官说法】\n"
    "经营者提供商品有欺诈行为的，"
    "应当按照消费者的要求增加赔偿其受到的损失。"
    "消费者网购时应注意保存交易记录和开箱视频，"
    "以便维权时举证。\n\n据了解，某江区法院近年来审理的网络购物纠纷案件逐年增多，"
    "涉及虚假宣传、以次充好、售后推诿等问题。"
    "法院将持续加大对网络消费领域欺诈行为的惩处力度，"
    "切实维护消费者合法权益。\n\n法官提醒，"
    "消费者在网购电子产品时，应选择信誉良好的正规店铺，"
    "收货时当面验货，发现问题及时与商家沟通，"
    "协商不成的，可以向市场监管部门投诉，"
    "或者依法向人民法院提起诉讼。"
    "\n\n（撰稿：陆婷 王诗雨）\n\n责任编辑：周敏\n"
    "\n微信 微博\n某海市某江区人民法院 版权所有\n"
    "\n沪ICP备13044987号\n"
)

def test_a_listed_short_headline_an_office_s_bare_name_a_path_of_places_and_a_menu_s_reporter_column():
    listed = read(EPAPER_SHORT_LISTED)
    assert listed.meta.title == "黄河岸边稻花香"  # (the list names it; the longer line under it is its 副题)
    court = read(COURT)  # (a court's name over its menu and breadcrumb, the credits over the headline)
    assert court.meta.title == "网购“低价手机”遭遇掉包 法院判令商家退一赔三"
    town = read("返回\n|\n某狼镇政务\n兴安盟某尔山市某狼镇\n某狼镇林俗村旅游季接待游客突破8万人次\n"
                "2025-09-02 · 某狼镇党委政府 · 阅读 1.2万\n文/宝音 图/孙立新\n"
                "9月1日，随着最后一批避暑游客离开，某尔山市某狼镇林俗村今年的旅游季接近尾声，共接待游客8.2万人次。\n\n"
                "林俗村是一个以林业职工家属为主的村落，保留着木刻楞房屋和林区生活习俗。\n")
    assert town.meta.title == "某狼镇林俗村旅游季接待游客突破8万人次"
    column = read("首页新闻安徽新闻联播第一时间记者调查\n当前位置：首页 > 新闻\n安庆长江岸线生态修复初见成效\n"
                  "发布时间：2024年11月19日 19:45\n记者 宋佳 操建军\n"
                  "近年来，安庆市对长江干流岸线开展生态修复，累计腾退岸线12公里，复绿面积超过300万平方米。\n\n"
                  "在迎江区的江滩公园，昔日的砂石码头已变成市民散步的绿地。\n")
    assert column.meta.writers == ("宋佳", "操建军")


# A WeChat post as zh-blind140 prints it (CC0; places renamed): 原创, the account twice, no writer named.
ACCOUNT_TWICE = (
    "重磅！2025年某通市区义务教育学校招生政策发布\n"
    "原创    某通教育    某通教育    2025年06月10日 18:00    江苏\n"
    "某通教育头图\n6月10日，某通市教育局发布《2025年某通市区义务教育学校招生工作意见》。"
    "今年市区义务教育学校招生继续坚持免试就近入学，"
    "全面实行网上报名。\n\n01 报名时间\n"
    "类别 时间\n小学一年级报名 7月1日—7月5日\n"
    "初中一年级报名 7月8日—7月12日\n结果公布 7月20日前\n"
    "02 入学条件\n小学一年级新生须于2025年8月31日前年满6周岁。"
    "适龄儿童少年原则上按照施教区入学，"
    "户籍、房产须同时在施教区内。"
    "\n\n03 随迁子女入学\n进城务工人员随迁子女入学，"
    "实行积分入学办法。家长可登录“某通市义务教育招生平台”查询积分细则和可选学校。"
    "\n\n温馨提醒：报名期间请家长认准官方平台，"
    "不轻信任何“内部指标”“特殊渠道”等虚假信息，"
    "谨防上当受骗。\n\n来源：某通市教育局\u3000编辑：陆 洁\u3000审核：施建平\n"
    "阅读原文 阅读 1.2万 分享 推荐 在看\n"
    "微信扫一扫关注该公众号\n微信扫一扫关注该公众号\n"
    "\n预览时标签不可点\n\n微信扫一扫 使用小程序\n"
)

def test_accounts_in_cards_with_dots_twice_after_original_as_a_handle_or_the_app_s_name():
    dots = read("首页 下载APP 登录\n沈阳这家开了30年的老字号，排队一小时也要吃\n辽沈吃货地图 · 2024-10-02 19:21 · 辽宁 · 关注\n"
                "国庆假期第二天，我一早就去了这家开在老城区巷子里的馅饼店，门口已经排起了长队。\n\n"
                "老板说，店里的馅饼还是三十年前的做法，肉馅每天现剁，面皮现擀。\n")
    assert dots.meta.writers == ("辽沈吃货地图",)
    glued = read("首页 下载APP 登录\n在南京开了十年面馆，我总结出的三条经验\n老秦说餐饮·2025-03-19 21:08·江苏·头条原创\n"
                 "十年前，我在南京新街口附近盘下一间二十平方米的小店，开始卖皮肚面。\n\n"
                 "第一条经验：汤底不能省。每天凌晨四点起来熬骨头汤，这是面馆的根。\n")
    assert glued.meta.writers == ("老秦说餐饮",)
    twice = read("四川大学华西医院专家提醒：秋冬季这几种病要当心\n原创  健康某川说  健康某川说  2023年11月14日 20:05  四川\n"
                 "作者 | 李 娜\n\n审核 | 王建华 主任医师\n\n"
                 "进入秋冬季，气温逐渐降低，呼吸道疾病、心脑血管疾病进入高发期。\n\n"
                 "专家提醒，老年人和有基础疾病的人群要注意保暖，按时服药，适当锻炼。\n")
    assert twice.meta.writers == ("李娜",)
    alone = read(ACCOUNT_TWICE)  # (the same header and no person: the account writes, the header dates the post)
    assert alone.meta.title == "重磅！2025年某通市区义务教育学校招生政策发布"
    assert alone.meta.writers == ("某通教育",)
    handle = read("微博 登录 注册\n\n@面馆老马\n\n2024-12-02 22:18 发布于 甘肃\n\n我在兰州开牛肉面馆的第七年\n"
                  "七年前，我辞掉了在西安的工作，回兰州开了一家牛肉面馆，每天早上五点起来和面、熬汤。\n\n"
                  "这七年里，面馆从一间小铺子变成了两层的店面，也认识了很多老主顾。\n")
    assert handle.meta.writers == ("面馆老马",)
    app = read("打开杭城眼APP 阅读体验更佳\n杭州亚运场馆变身全民健身中心 年接待市民超千万人次\n杭城眼\n记者 潘逸飞\n"
               "2026-11-26 21:17\n浙江\n"
               "亚运会闭幕三年来，杭州的亚运场馆陆续向市民开放，今年以来累计接待健身市民超过1000万人次。\n\n"
               "在奥体中心体育馆，市民可以通过手机预约羽毛球、篮球等场地。\n")
    assert app.meta.writers == ("潘逸飞",)


def test_bylines_marked_with_a_diamond_after_the_page_s_tools_and_before_a_city_s_station():
    diamond = read("某民晚报\n第12版：夜光杯\n\n外婆的酱油肉\n◆ 沈　敏\n\n"
                   "每到腊月，外婆家的晒台上就挂满了酱油肉。那是用上好的五花肉，在酱油里浸上三天三夜做成的。\n\n"
                   "外婆说，酱油肉要晒足西北风，才有那股特别的香味。\n")
    assert diamond.meta.writers == ("沈敏",)
    tools = read("某南日报 数字报刊\n版面导航\n\n本版标题\n\n普洱：咖啡精品率提升至四成\n某沧：边境口岸货运量增长\n\n"
                 "普洱：咖啡精品率提升至四成\n【字号 大 中 小】 2025年6月27日 第007版：州市 作者：本报记者 陈 鑫\n"
                 "本报讯 记者从普洱市咖啡产业发展中心获悉，2024—2025产季，普洱咖啡精品率提升至40%。\n\n"
                 "普洱是全国咖啡种植面积最大的市。过去，当地咖啡以低价商业豆为主。\n")
    assert tools.meta.writers == ("陈鑫",)
    station = read("首页 > 新闻\n盐城黄海湿地迎来今冬首批丹顶鹤\n2025年11月13日 19:57:40 来源：荔枝新闻\n"
                   "近日，盐城黄海湿地迎来今冬首批越冬丹顶鹤，工作人员在核心区观测到12只丹顶鹤。\n\n"
                   "据统计，去年冬季在盐城越冬的丹顶鹤数量超过600只。\n\n（荔枝新闻记者 张明 刘燕 盐城台）\n")
    assert station.meta.writers == ("张明", "刘燕")


def test_a_numbered_list_of_titles_prints_the_headline_and_its_two_halves_join():
    paper = read("首页 往期 检索\n某阳日报\n第A1版 要闻\n第A2版 综合\n本版文章\n1 某城：大豆玉米带状复合种植喜获丰收\n\n"
                 "2 某城再生资源产业园产值破百亿\n\n3 某漳古山寨迎来旅游旺季\n\n“城市矿产”变废为宝\n\n某城再生资源产业园\n产值破百亿\n"
                 "2024-10-09　作者：孟凡 田静\n\n"
                 "本报讯（全媒体记者 孟凡 田静）9月底，某城县再生资源产业园今年累计实现产值102亿元，提前一个季度突破百亿大关。\n\n"
                 "产业园位于某城经济开发区，以废旧汽车拆解、废旧电池回收利用、再生铝加工为主导，已入驻企业56家。\n")
    assert paper.meta.title == "某城再生资源产业园产值破百亿"
    assert paper.meta.writers == ("孟凡", "田静")
    stack = read("某林日报 数字报 2025年04月16日 星期三 往期回顾\n第01版：要闻 第02版：要闻 第03版：综合 上一版 下一版\n"
                 "“绿满某林”行动持续推进\n全省春季植树造林\n启动以来完成造林12万亩\n重点实施黑土地防护林带建设和退化林修复\n"
                 "某林日报 2025年04月16日 第03版：综合\n"
                 "本报讯（记者孙立伟）记者从省林业和草原局获悉，今年春季植树造林启动以来，全省已完成造林12万亩。\n\n"
                 "今年，我省把黑土地农田防护林带建设作为重点，在松辽平原新建和修复农田防护林带。\n\n上一篇 下一篇\n本版标题\n"
                 "全省春季植树造林启动以来完成造林12万亩\n某春新区一季度签约项目47个\n")
    assert stack.meta.title == "全省春季植树造林启动以来完成造林12万亩"


def test_accounts_read_word_by_word_on_their_cards():
    def writers(header: str, title: str = "在某汉吃了三天早餐，我终于懂了什么叫“过早”") -> tuple[str, ...]:
        return read(f"今日头条\n打开APP 登录\n{title}\n{header}\n"
                    "在某汉，吃早餐不叫吃早餐，叫“过早”。来之前我一直不明白，一顿早饭能有多隆重？直到我在老街巷里连着吃了三天。\n\n"
                    "第一天：热干面\n\n早上七点，巷子口的面馆已经排起长队。老板把碱面在开水里烫几下，捞起来拌上芝麻酱。\n"
                    ).meta.writers
    assert writers("某城阿伦 + 关注\n2025-04-02 07:16·湖北 原创") == ("某城阿伦",)
    assert writers("苍山听某 旅游博主 +关注\n2025-3-13 19:05 阅读数 5.6万") == ("苍山听某",)
    assert writers("阿鱼吃遍某地 ✔ 微博美食博主\n2025-6-7 12:48 发布于 广东　阅读数 5.6万") == ("阿鱼吃遍某地",)
    assert writers("2025-03-12 22:47·沪漂小某 +关注 上海") == ("沪漂小某",)
    assert writers("某坻发布某坻发布 某某市某坻区委宣传部官方账号 关注\n2025-09-24 17:08　来源：澎湃新闻·澎湃号·政务") == ("某坻发布",)
    stamped = read("微博 首页 热门 登录 注册\n盛京小某者 10月15日 17:32 来自 iPhone客户端 已编辑\n某阳秋天的第一场银杏雨，今天在某陵公园下了\n"
                   "今天下午去某陵公园，正好赶上一阵大风，银杏叶哗啦啦往下掉，整条甬路一下子变成了金黄色。\n\n"
                   "公园工作人员说，今年的银杏比往年早黄了一周左右，预计这个周末是最佳观赏期。\n")
    assert stamped.meta.writers == ("盛京小某者",)
    assert dict(stamped.meta.extra).get("published_text") == "10-15 17:32"  # (the post's date, on its card)


def test_an_account_alone_over_its_post_s_date_and_a_follow_button_before_the_date():
    portal = read("澎湃号·政务\n澎湃新闻\n首页\n澎湃号\n湃客\n澎湃号·政务\n柯某发布\n2025-04-17 10:22\n来源：澎湃新闻·澎湃号·政务\n"
                  "某兴柯某：“共富工坊”让村民在家门口就业\n"
                  "走进柯某区某村的“共富工坊”，二十多名村民正在熟练地缝制布艺玩具，缝纫机的嗒嗒声此起彼伏。\n\n"
                  "“在这里干活，离家走路只要五分钟，接送孩子也方便，一个月能挣三四千元。”一位村民说。\n")
    assert portal.meta.writers == ("柯某发布",)
    microblog = read("微博\n登录/注册\n黔行某\n25-5-24 20:08 来自 微博 weibo.com　已编辑\n某州村超第三季开赛，这些看点别错过\n"
                     "5月24日晚，某州榕江“村超”第三季在县城体育场正式开赛，现场座无虚席，看台上的观众挥舞着各村的旗帜。\n\n"
                     "今年的“村超”共有108支村队报名参赛，比去年多了8支。\n")
    assert microblog.meta.writers == ("黔行某",)
    button = read("澎湃新闻 下载客户端 登录\n要闻 深度 澎湃号 视频\n澎湃号·湃客\n某门一社区把“议事厅”搬到榕树下\n鹭岛社区观某\n"
                  "关注 2025-03-30 15:02 来源：澎湃新闻·澎湃号·湃客\n字号\n\n"
                  "在某门市某里区一个老社区，居民们有个特别的“议事厅”——社区广场上的一棵百年老榕树下。\n\n"
                  "“停车难”“楼道堆物”“广场舞噪音”……这些看似琐碎的问题，都在榕树下找到了解决办法。\n")
    assert button.meta.writers == ("鹭岛社区观某",)  # (``关注`` is the button, no account)


def test_credits_that_open_with_an_outlet_s_dated_news_mark_and_outlets_sharing_a_byline():
    marked = read("某鲁网 > 山东新闻 > 民生\n记者调查：小区电动车充电桩为何“一桩难求”\n"
                  "某鲁网·闪电新闻11月23日讯　2026-11-23 19:05:41　来源：闪电新闻　作者：孔  晶 于志鹏\n"
                  "最近，不少某南市民向闪电新闻反映，小区里的电动自行车充电桩数量太少，每天晚上都要抢着充电。\n\n"
                  "记者走访了多个小区发现，一些建成较早的小区只有一两处充电棚。\n")
    assert marked.meta.writers == ("孔晶", "于志鹏")
    shared = read("某海网 > 海南新闻 > 社会\n某口骑楼老街“夜经济”火了\n某海网 2026-11-27 20:35\n"
                  "某海网11月27日消息（某海网、某海网某口频道记者 吴  越）夜幕降临，某口骑楼老街灯火璀璨，游客摩肩接踵。\n\n"
                  "今年以来，老街新开设特色小吃、文创店铺40余家，夜间客流同比增长三成。\n")
    assert shared.meta.writers == ("吴越",)
    station = read("听某京 · 某京广播电视台广播新闻客户端 打开APP\n某京地铁4号线北段将开通初期运营\n2025-06-20 07:30\n"
                   "某京交通广播记者吴某报道：记者今天从某京轨道交通集团获悉，地铁4号线北段将于6月28日开通初期运营。\n\n"
                   "北段线路全长约18.3公里，设车站14座。\n")
    assert station.meta.writers == ("吴某",)


def test_a_site_s_banner_with_its_english_name_and_a_platform_over_about_are_no_headline():
    banner = read("某西省生态环境厅 Department of Ecology and Environment of Jiangxi Province\n搜索站内信息\n无障碍 | 长者版\n"
                  "首页机构概况政务公开环境质量政务服务互动交流\n当前位置： 首页 > 政务公开 > 通知公告\n"
                  "发布日期：2025-07-30 09:00:12　　来源：执法局　　阅读次数：2714\n文号：某环执字〔2025〕36号　　公开方式：主动公开\n"
                  "某西省生态环境厅关于2025年上半年全省重点排污单位\n自动监测数据弄虚作假问题查处情况的通报\n"
                  "各设区市生态环境局：\n\n2025年上半年，全省各级生态环境部门持续开展重点排污单位自动监测数据弄虚作假问题专项整治，"
                  "共查处案件36起。\n\n一、主要问题类型\n\n从查处情况看，弄虚作假手段主要包括篡改自动监测设备参数、人为干扰采样等。\n")
    assert banner.meta.title == "某西省生态环境厅关于2025年上半年全省重点排污单位自动监测数据弄虚作假问题查处情况的通报"
    platform = read("微信公众平台\n关于孩子的冬季户外活动，儿科医生想说这几点\n原创 李雯 冰城儿科医生 2024年12月10日 20:05 黑龙江\n"
                    "东北的冬天，零下二三十度是常事。很多家长问我：这么冷，还要不要带孩子出门？\n\n1. 穿衣用“洋葱式”\n\n"
                    "内层选吸汗的棉质衣物，中间层保暖，外层防风防水。\n")
    assert platform.meta.title == "关于孩子的冬季户外活动，儿科医生想说这几点"


def test_a_section_s_list_over_the_headline_is_no_stack_and_a_stack_s_middle_is_no_deck():
    section = read("无障碍 | 繁體版 | 移动版\n站内检索\n搜索\n某乌市稠城街道\n首页街道概况社区风采党建引领公告公示\n"
                   "首页 / 社区风采 / 正文\n社区风采\n稠城街道开展“邻里节”系列活动\n社区“红色代办”服务跑出加速度\n"
                   "稠城街道：“共享菜园”让老旧小区闲置地变身邻里客厅\n文/陈 静　楼一鸣\n来源：稠城街道　时间：2025.04.28\n"
                   "走进稠城街道某社区，原本杂草丛生的一块闲置空地，如今被划分成二十多块整齐的菜地，居民们在这里种菜、聊天。\n\n"
                   "“以前这里堆满建筑垃圾，蚊子多，大家都绕着走。”社区党委书记说，如今“共享菜园”成了邻里客厅。\n")
    assert section.meta.title == "稠城街道：“共享菜园”让老旧小区闲置地变身邻里客厅"
    stack = read("某众网\n请输入关键字\n搜索\n首页 山东 时政 财经 教育 文旅 体育\n首页 > 山东新闻 > 正文\n持续保持两位数增长\n"
                 "山东前10个月外贸进出口突破2.8万亿元\n民营企业进出口占比超七成\n大众新闻·大众日报记者 张浩然　2026-11-22 06:30\n"
                 "海关总署某南分署11月21日发布数据，今年前10个月，山东货物贸易进出口2.83万亿元，同比增长10.6%。\n\n"
                 "其中，出口1.71万亿元，增长12.1%；进口1.12万亿元，增长8.4%。\n")
    assert stack.meta.title == "山东前10个月外贸进出口突破2.8万亿元"


def test_a_speaker_named_alone_over_the_speech_and_a_korean_family_name_in_an_english_byline():
    speech = read("首页 > 要闻动态 > 领导讲话\n陈某华\n\n在全省科技创新大会上的讲话\n（2024年3月20日）\n\n"
                  "发布时间：2024-03-25 08:50 来源：某北日报\n同志们：\n\n"
                  "今天召开全省科技创新大会，主要任务是总结过去一年全省科技创新工作，部署今年重点任务。\n\n"
                  "一、过去一年全省科技创新取得新成效\n\n全省研发经费投入强度达到2.3%，高新技术企业突破3万家。\n")
    assert speech.meta.writers == ("陈某华",)
    english = read("JILIN TODAY 中文 Subscribe\nHome | News | Business | Travel | Culture\nHome > Travel\n"
                   "Changbai Mountain's Winter Tourism Draws Record Crowds\n"
                   "By Li Xueying and Park Min-jun | Updated: 2025-01-20 10:45\n\n"
                   "Changbai Mountain in Jilin province welcomed more than "
                   "1.2 million visitors between November and mid-January, "
                   "up 35 percent from the same period last season, according to the local tourism bureau.\n\n"
                   "Ski resorts around the mountain have added new run"
                   "s and lifts this year, and several hotels opened.\n")
    assert english.meta.writers == ("Li Xueying", "Park Min-jun")  # (``Park``: a family name, no place's word)


def test_no_account_from_an_office_s_info_bar_a_post_s_mark_its_fans_or_a_list_item_over_a_date():
    info_bar = read("当前位置：首页 > 政务公开 > 公示公告 > 正文\n某铁镇2025年度城乡居民最低生活保障新增对象公示\n"
                    "2025/04/08 | 某铁镇社会事业局 | 阅读：412\n"
                    "根据《某苏省最低生活保障工作规程》等规定，经本人申请、村（社区）入户调查、镇民主评议，拟新增以下对象。\n\n"
                    "公示期间，如有异议，请向镇社会事业局反映。\n")
    assert info_bar.meta.writers == ()
    marked = read("今日头条\n搜索站内资讯、视频或用户\n登录\n在某德镇学拉坯的第三十天，我终于做出了一只不歪的碗\n原创\n2025-04-20 22:15\n·\n"
                  "瓷都小某\n关注\n辞职来某德镇的第三十天，我终于拉出了一只不歪的碗。\n\n"
                  "说出来可能有人不信，前二十多天，我做的每一个坯子都是歪的。\n")
    assert marked.meta.writers == ("瓷都小某",)
    fans = read("微博 登录 注册\n中秋假期高速公路出行提示\n\n某夏出行提示\n微博认证：某夏交通出行资讯博主　粉丝 86.4万\n+ 关注\n"
                "2025-09-14 20:03　阅读 3.2万\n中秋假期全区高速公路小型客车免费通行，预计车流量将比平日增长三成。\n\n"
                "请大家合理安排出行时间，错峰出行。\n")
    assert fans.meta.writers == ("某夏出行提示",)
    followed = read("首页 下载APP 登录\n某肃苹果今年收购价出炉？两地行情分析\n西北三农观某西北三农观某 优质三农领域创作者✓认证\n"
                    "2025-10-19 18:32 甘肃 已关注 原创\n最近不少某肃的朋友问：今年的苹果收购价怎么样？今天就结合两个主产区的情况说一说。\n\n"
                    "今年苹果上市早，收购价比去年略高。\n")
    assert followed.meta.writers == ("西北三农观某",)


def test_a_list_of_stories_over_the_headline_is_no_stack_and_a_wrapped_lead_is_no_credit_line():
    listed = read("某阳市浑南区人民政府\n首页 / 新闻中心 / 政务动态\n\n浑南区召开重点项目调度会\n浑南区举行2025年春季招聘会\n"
                  "浑南区人民政府 长者模式 无障碍\n2025年6月3日 星期二　　来源：区营商局\n浑南区发布优化营商环境十条措施\n"
                  "6月3日，浑南区召开优化营商环境工作推进会，发布《浑南区优化营商环境十条措施》，在企业开办、项目审批等方面推出新举措。\n\n"
                  "十条措施涵盖企业开办一日办结、工程项目审批提速等内容。\n")
    assert listed.meta.title == "浑南区发布优化营商环境十条措施"
    paragraphs = ("　　新京报快讯（记者 裴某飞）今日（12月28日）有网友爆料，有60万个“12306账号”和410万条联系人数据在暗网低价出售。",
                  ("　　今晚，中国铁路总公司通过官方微博发布辟谣消息称：网传信息不实，铁路12306网站未发生用户信息泄漏。铁路部门提醒广大旅客，"
                   "不要使用第三方抢票软件购票，以免个人信息泄露。"),
                  "　　记者注意到，此前也曾多次出现类似传言。有业内人士表示，部分第三方平台在用户授权后保存了账号和密码，存在一定风险。")
    wrapped = read("12306账号信息遭泄露？铁路总公司辟谣\n2018年12月28日 22:04 新京报\n"  # (hard-wrapped at 40 characters)
                   + "\n".join(p[k : k + 40] for p in paragraphs for k in range(0, len(p), 40)) + "\n")
    assert wrapped.meta.writers == ("裴某飞",)


def test_a_bare_keyword_field_a_logo_s_alt_text_and_an_e_paper_s_page_picture_are_no_headline():
    record = read("无障碍浏览长者模式繁體English今天是：\n"
                  "某州市某东县人民政府 某州市某东县人民政府\n"
                  "搜索本站内容\n"
                  "搜索\n"
                  "首页\n"
                  "要闻动态\n"
                  "政务公开\n"
                  "政策文件\n"
                  "政策解读\n"
                  "办事服务\n"
                  "互动交流\n"
                  "您现在的位置：首页 > 信息公开 > 政策文件 > 县府办文件\n"
                  "索引号 007196284/2025-01523 分类 城乡建设、住房\n"
                  "发布机构 某东县人民政府办公室 成文日期 2025-03-28\n"
                  "文号 东府办〔2025〕9号 发布日期 2025-04-01\n"
                  "主题词 住房 保障 有效性 有效\n"
                  "某东县人民政府办公室关于印发某东县公共租赁住房管理办法的通知\n"
                  "东府办〔2025〕9号\n"
                  "\n"
                  "发布日期：2025-04-01浏览次数：1093字号：大 中 小\n"
                  "各镇人民政府（街道办事处），县府直属各单位：\n"
                  "\n"
                  "《某东县公共租赁住房管理办法》已经县人民政府同意，现印发给你们，请认真贯彻执行。执行过程中遇到的问题，请径向县住房和城乡建设局反映。\n"
                  "\n"
                  "某东县人民政府办公室\n"
                  "\n"
                  "2025年3月28日\n"
                  "\n"
                  "某东县公共租赁住房管理办法\n"
                  "\n"
                  "第一章\u3000总\u3000则\n"
                  "\n"
                  "第一条\u3000为规范公共租赁住房的分配、使用和管理，切实解决城镇中等偏下收入住房困难家庭、新就业无房职工和外来务工人员的住房问题，根据国家和省有关规定，结合本县实际，制定本办法。\n"
                  "\n"
                  "第二条\u3000本办法适用于本县行政区域内政府投资建设或者筹集的公共租赁住房的申请、审核、配租、使用、退出及其监督管理。\n"
                  "\n"
                  "第三条\u3000县住房和城乡建设局是本县公共租赁住房的主管部门，负责组织实施本办法。县财政、自然资源、民政、人力资源社会保障等部门按照各自职责做好相关工作。\n"
                  "\n"
                  "第二章\u3000申请条件\n"
                  "\n")
    assert record.meta.title == "某东县人民政府办公室关于印发某东县公共租赁住房管理办法的通知"
    logo = read("登录注册客户端数字报无障碍\n中国某藏网 logo 中国某藏网\n搜索\n首页时政本地经济社会文旅评论视频图片\n首页 > 新闻 > 西藏\n"
                "2025-04-10 16:30来源：中国某藏网\n【高原春耕】\n\n某喀则青稞良种覆盖率超过95%\n"
                "中国某藏网讯（记者 索朗德吉）眼下，某喀则市各县区春耕生产全面展开，青稞良种覆盖率超过95%。\n\n"
                "为保障春耕顺利开展，某喀则市提前调运青稞良种1.2万吨、化肥3.6万吨。\n")
    assert logo.meta.title == "某喀则青稞良种覆盖率超过95%"
    paper = read("某洲日报数字报\n2025年08月08日　往期回顾　返回首页\n当前版：A3版：民生\nA3版：民生 版面图\n上一版　下一版　PDF下载\n\n"
                 "2025年08月08日 星期五\n暑期安全系列报道之三\n\n防溺水“铁规矩”要记牢\n"
                 "本报讯（某洲日报全媒体记者 罗晶晶 通讯员 易春华）8月7日，记者从市教育局获悉，全市将持续开展防溺水安全教育。\n\n"
                 "市教育局提醒，中小学生要牢记防溺水“六不准”。\n")
    assert paper.meta.title == "防溺水“铁规矩”要记牢"


def test_a_writer_opening_the_info_bar_and_an_account_over_its_follow_button_and_stamp():
    def writers(bar: str) -> tuple[str, ...]:
        return read(f"首页新闻中心信息公开办事服务政民互动\n您当前的位置：首页 > 新闻中心 > 工作动态\n{bar}\n"
                    "常州村：山里的民宿“活”起来了\n清明将至，下营镇常州村的民宿经营户们又忙了起来，打扫庭院、更换床品，迎接假期客流。\n\n"
                    "近年来，常州村依托山水资源发展乡村旅游，全村已有民宿42家。\n").meta.writers
    assert writers("许某博　2025年04月02日 10:15") == ("许某博",)
    assert writers("胡某琳　2025-04-28　中国某西网") == ("胡某琳",)
    assert writers("时间 2025-04-02 浏览 418") == ()  # (the bar's own words, no writer)
    card = read("微博\n大家都在搜：暑期出行\n登录 | 注册\n头像\n南某发布\n微博官方认证南某市人民政府新闻办公室官方微博\n+关注\n"
                "2025-06-28 12:06 来自 微博视频号\n微博头条文章\n\n南某暑期中小学生免费游泳开放时间公布\n"
                "记者从南某市体育局获悉，今年暑期，全市38家公共游泳场馆将面向中小学生免费开放。\n\n"
                "开放时间为7月1日至8月31日，每天下午2点至5点。\n")
    assert card.meta.writers == ("南某发布",)
    post = read("在某迦，读懂一座古城的千年时光\n原创文/图 边巴次仁某喀则文旅 2025年07月08日 08:00 西藏\n"
                "从某喀则市区出发，沿着318国道一路向西，约三个小时的车程，便到了某迦县城。\n\n"
                "走进某迦古城，最先映入眼帘的是一排排红、白、灰三色相间的民居。\n")
    assert post.meta.writers and "文" not in post.meta.writers  # (``文/图``: the writer's label, no account)


def test_a_speech_dated_after_the_day_it_was_given_and_its_first_paragraph_over_a_whole_caption():
    speech = read("首页 / 政务公开 / 领导讲话\n在全市优化营商环境推进大会上的讲话\n（2025年2月25日）\n某春市人民政府\n\n2025年02月26日\n\n"
                  "【字体：大 中 小】\n市长 孙某新\n\n同志们：\n\n"
                  "今天召开全市优化营商环境推进大会，主要任务是总结去年工作，部署今年优化营商环境重点任务。\n\n"
                  "一、去年工作取得明显成效\n\n全市新登记市场主体增长12%，企业开办时间压缩至1个工作日。\n")
    assert speech.meta.published == dt.date(2025, 2, 26)
    assert speech.meta.writers == ("孙某新",)


def test_saved_pages_keep_the_first_paragraph_over_a_caption_and_leave_out_related_links():
    from newsconv.readers.html import read_html

    english = read_html(
        "<html><head><meta charset='utf-8'><title>Old street sees tourism boom during summer - Example Online</title>"
        "</head>"
        "<body><div class='top'>Example Online <a>Home</a><a>News</a><a>Travel</a></div>"
        "<div class='art'><p>Home &gt; News</p>"
        "<h1>Old street sees tourism boom during summer</h1>"
        "<p class='byl'>By Tenzin Dolma and Li Wei | Source: Example Online | Updated: 2025-08-04 10:26:41</p>"
        "<p>The old street, the ancient pilgrim circuit around the temple in the city, has been crowded with visitors "
        "this summer as the plateau city enters its peak tourist season.</p>"
        "<p class='pic'><img src='data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7' "
        "alt='Tourists walk along the old street'></p>"
        "<p class='cap'>Tourists walk along the old street in the city, southwest China's Tibet Autonomous Region, "
        "July 30, 2025. [Photo/Example Online]</p>"
        "<p>According to the district culture and tourism bureau, the street received more than 1.9 million visits in "
        "July, up 18 percent year-on-year. Shops selling paintings, incense and handmade jewelry reported brisk "
        "business.</p>"
        "<p>\"Many visitors now want to learn about the culture, not just take photos,\" said a painter who runs a "
        "workshop near the street.</p><p>Editor: Zhang Han</p><p>Share: Facebook Twitter WeChat</p></div>"
        "<p>Copyright © Example Online. All rights reserved.</p></body></html>", ReadOptions(source="page.html"))
    assert body(english)[0].startswith("The old street, the ancient pilgrim circuit")
    notice = read_html(
        "<html><head><meta charset='utf-8'><title>某乌县2025年第二批拟提任科级领导干部任前公示</title></head><body>"
        "<header><div>某西省某州市</div><div>某乌县人民政府</div></header><nav><a>首页</a><a>政务公开</a><a>政务服务</a></nav>"
        "<main><div>您当前所在位置：<a>首页</a> &gt; <a>政务公开</a> &gt; 任前公示</div>"
        "<div class='t'>某乌县2025年第二批拟提任科级领导干部任前公示</div>"
        "<div class='m'>信息来源：中共某乌县委组织部　发布时间：2025-05-22　浏览量：3306</div>"
        "<p>根据《党政领导干部选拔任用工作条例》等有关规定，经县委研究，拟提任以下同志为科级领导干部，现予以公示。"
        "公示期间，个人和单位可通过来电、来信、来访等方式反映公示对象的有关情况和问题。</p>"
        "<p>公示时间：2025年5月22日至5月28日（5个工作日）。</p><p>受理电话：0797-12380，0797-2832219（传真）</p>"
        "<p>来信地址：某乌县行政中心四楼县委组织部干部监督室，邮编342200。</p><p>中共某乌县委组织部</p><p>2025年5月22日</p>"
        "<div>扫一扫在手机打开当前页</div>"
        "<div>相关链接：<br>· 某乌县2025年第一批拟提任科级领导干部任前公示<br>· 关于公开选调县直单位工作人员的公告</div></main>"
        "<footer>主办单位：某乌县人民政府办公室　承办单位：某乌县数字经济发展中心</footer></body></html>",
        ReadOptions(source="page.html"))
    assert body(notice)[-1] == "2025年5月22日"


def test_a_picture_s_alt_text_over_its_whole_caption_opens_no_text():
    page = read("Global Edition China US Europe Asia 中文 Sign in\n\nSearch\n\nHOMECHINAWORLDBUSINESSLIFESTYLE\n\n"
                "Home / Business / Companies\n\nChina's NEV exports surge 38.6% in first five months\n\n"
                "By LI JIAYI | example.com.cn | Updated: 2025-06-10 16:42\n\nShare - WeChatWeiboFacebook\n\n"
                "Cars waiting to be loaded onto a ship at a port in Yantai, Shandong province.\n\n"
                "Cars wait to be loaded onto a roll-on/roll-off ship at a port in Yantai, Shandong province, "
                "on June 5, "
                "2025. [Photo/Xinhua]\n\n"
                "China's new energy vehicle exports rose 38.6 percent year-on-year in the first five months of "
                "2025, as "
                "domestic automakers continued to expand in European and Southeast Asian markets.\n\n"
                "A total of 1.06 million NEVs were shipped overseas from January to May, according to the China "
                "Association of Automobile Manufacturers.\n\n"
                "\"Chinese brands are no longer competing only on price,\" said an analyst of the car market.\n")
    assert body(page)[0].startswith("China's new energy vehicle exports rose")


def test_a_microblog_post_s_headline_on_its_own_topic_line_or_in_brackets_opening_its_text():
    topic = read("微博\n搜索微博\n首页 热门 登录 注册\n用户头像\n某阳发布\n2025-11-26 09:30 来自 微博 weibo.com\n#某阳地铁6号线开通时间定了#\n"
                 "【#某阳地铁6号线开通时间定了#】记者从某阳地铁集团获悉，经过全面的试运行和安全评估，某阳地铁6号线一期工程将于11月30日12时起开通初期运营。\n\n"
                 "6号线一期工程线路全长约26.8公里，全部为地下线，共设车站21座，其中换乘站9座。\n\n转发 683\n评论 614\n赞 8639\n")
    assert topic.meta.title == "#某阳地铁6号线开通时间定了#"
    assert topic.meta.writers == ("某阳发布",)
    assert body(topic)[0].startswith("【#某阳地铁6号线开通时间定了#】记者从")
    bracketed = read("微博\n首页\n热门\n大家正在搜：台风\n登录/注册\n头像\n某南海洋观察\n2025-6-9 08:15 来自 微博视频号 已编辑\n+关注\n"
                     "【某亚某支洲岛海域发现玳瑁产卵】6月8日凌晨，某亚某支洲岛景区工作人员在巡查时发现一只玳瑁正在沙滩上产卵。\n\n"
                     "工作人员立即拉起警戒线，并联系海洋保护志愿者到场。据志愿者介绍，这只玳瑁共产卵约120枚。\n\n"
                     "玳瑁在沙滩上产卵工作人员设置警戒线产卵区域围护\n转发 3999\n评论 999\n赞 19995\n按热度\n"
                     "海边小椰：太好了，希望小玳瑁平安长大！\n\n潜水员阿凯：我们去年在这片海也见过海龟。\n")
    assert bracketed.meta.title == "某亚某支洲岛海域发现玳瑁产卵"
    assert bracketed.meta.writers == ("某南海洋观察",)
    assert body(bracketed)[0].startswith("【某亚某支洲岛海域发现玳瑁产卵】6月8日凌晨")
    handle = read("微博 微博\u3000\n大家都在搜：某萨下雪\n登录 注册\n@某萨发布头像 @某萨发布 V\n2025-11-12 07:58 来自 微博网页版\u3000已编辑\n"
                  "【某萨今年首场降雪到来】11日夜间至12日凌晨，某萨市区迎来今年首场降雪，多处景点银装素裹。\n\n"
                  "受降雪影响，部分路段出现结冰，交警部门提醒广大驾驶员减速慢行、保持车距。\n\n图片1图片2图片3\n转发 1281\n")
    assert handle.meta.title == "某萨今年首场降雪到来"
    assert handle.meta.writers == ("某萨发布",)
    assert handle.meta.published == dt.datetime(2025, 11, 12, 7, 58)


def test_a_wrap_that_never_was_a_picture_s_caption_twice_a_logo_said_twice_and_a_label_said_again():
    table = read("某西川县人民政府政府信息公开\n当前位置：首页 > 政府信息公开 > 法定主动公开内容 > 政策解读\n索引号： 620421-03-2025-0087 主题分类： 综合政务\n"
                 "发布机构： 某西川县农业农村局 生成日期： 2025年05月20日\n标题： 某西川县2025年马铃薯产业高质量发展实施方案政策解读\n文号： 有效性： 有效\n"
                 "某西川县2025年马铃薯产业高质量发展实施方案政策解读\n近日，《某西川县2025年马铃薯产业高质量发展实施方案》（以下简称《方案》）正式印发。为便于社会公众理解，现就有关内容解读如下。\n\n"
                 "一、制定背景\n马铃薯是我县农民增收的主导产业。2024年全县马铃薯种植面积达到45万亩，总产量92万吨，但仍存在种薯脱毒率不高、精深加工能力不足、品牌影响力不强等短板。\n\n二、主要目标\n"
                 "《方案》提出，到2025年底，全县马铃薯种植面积稳定在45万亩以上，脱毒种薯推广率达到90%，加工转化率提高到45%，培育市级以上龙头企业3家。\n\n三、重点任务\n"
                 "（一）建设脱毒种薯繁育基地1.2万亩；\n（二）新建和改造贮藏库容10万吨；\n（三）支持企业开发全粉、薯条、薯片等精深加工产品；\n（四）打造“川原洋芋”区域公用品牌。\n四、保障措施\n"
                 "县财政统筹安排产业发展资金3500万元，对新建贮藏库、购置加工设备的企业和合作社按规定给予补助，并建立县级领导包抓重点企业制度。\n\n解读机关：某西川县农业农村局\n\n"
                 "解读人：产业发展股股长 马某新\n\n【字体：大 中 小】【打印】【关闭】   浏览次数：1259\n附件：某西川县2025年马铃薯产业高质量发展实施方案政策解读.pdf\n")
    assert table.meta.title == "某西川县2025年马铃薯产业高质量发展实施方案政策解读"
    assert body(table)[0].startswith("近日，《某西川县2025年")
    award = read("某鸡市某仓区人民政府　无障碍　长者版　繁体\n首页 > 政务公开 > 重点领域 > 公共资源配置 > 政府采购\n\n"
                 "某仓区2025年农村公路养护工程（第一标段）中标结果公告\n来源：区交通运输局 发布日期：2025-05-16 浏览次数：209\n\n"
                 "一、项目编号：CCZC-2025-0136\n\n二、项目名称：某仓区2025年农村公路养护工程（第一标段）\n\n三、中标（成交）信息\n\n"
                 "序号 中标供应商名称 中标供应商地址 中标金额（元） 工期\n1 某西某川路桥建设有限公司 某鸡市某滨区经二路116号 3,286,450.00 120日历天\n"
                 "四、评审专家名单：王某国、刘某、赵某利、孙某燕、李某东\n\n五、公告期限：自本公告发布之日起1个工作日。\n\n"
                 "各有关供应商对中标结果有异议的，可以在公告期限届满之日起7个工作日内，以书面形式向采购人提出质疑。\n")
    assert any(text.startswith("三、中标（成交）信息") for text in body(award))  # (a table's header over its row: no wrap)
    hospital = read("某建省立某山医院校徽 某建省立某山医院\n首页医院概况科室导航专家介绍就医指南新闻中心\n医院新闻\n健康科普\n公告通知\n"
                    "您的位置：首页 > 新闻中心 > 医院新闻\n\n我院成功开展首例机器人辅助膝关节置换手术\n"
                    "手术团队在机器人辅助下实施手术\n手术团队在机器人辅助下实施手术\n\n"
                    "近日，我院骨科团队成功为一名68岁膝关节骨性关节炎患者实施了机器人辅助全膝关节置换手术，患者术后第二天即可下地行走。\n\n"
                    "患者张阿姨双膝疼痛十余年，近两年行走困难，严重影响日常生活。入院后，骨科团队为其制定了个性化手术方案。\n")
    assert hospital.meta.title == "我院成功开展首例机器人辅助膝关节置换手术"
    english = read("Longxi Daily English Longxi Daily English\nHomeLongxi NowSilk RoadCultureVideo\nHome > Culture\n"
                   "\n2025-07-16　　Source: Xinhua\nDunhuang launches digital tours of Mogao Grottoes for overseas visi"
                   "tors\nLANZHOU, July 16 (Xinhua) -- The Dunhuang Academy on Wednesday launched a multilingual onli"
                   "ne platform offering digital tours of the Mogao Grottoes, a UNESCO World Heritage site in northwe"
                   "st China's Longxi province.\n\nThe platform offers high-resolution images and 3D models of more t"
                   "han 30 caves, with explanations available in English, French, Japanese and several other language"
                   "s. Users can zoom in to view details of murals and painted sculptures dating back more than 1,600"
                   " years.\n\n\"Digital technology allows people around the world to appreciate Dunhuang art without"
                   " traveling thousands of kilometers,\" said an official with the academy.\n\nThe academy began dig"
                   "itizing the grottoes in the 1990s to protect the fragile murals from damage caused by humidity an"
                   "d large numbers of visitors. So far, digital images of more than 290 caves have been collected.\n")
    assert english.meta.title == "Dunhuang launches digital tours of Mogao Grottoes for overseas visitors"
    label = read("国徽 某津市某清区人力资源和社会保障局\n搜索本站\n您的位置：首页 » 新闻中心 » 部门动态\n"
                 "【政策解读】政策解读：《某清区高校毕业生就业创业补贴办法》\n发布日期：2025-05-06 09:30:12\n"
                 "信息来源：某津市某清区人力资源和社会保障局\n一、出台背景\n\n"
                 "为深入实施就业优先战略，进一步促进高校毕业生等青年群体在某清区就业创业，区人社局会同区财政局制定了《办法》。\n\n"
                 "二、主要内容\n\n《办法》共五章二十条，主要明确了补贴对象、补贴项目、补贴标准和申领程序。\n")
    assert label.meta.title == "政策解读：《某清区高校毕业生就业创业补贴办法》"


def test_writers_in_parentheses_under_the_headline_between_outlets_and_reported_and_not_the_pictures():
    office = read("首页 政务动态 信息公开 政务服务 互动交流 走进某渚\n当前位置：首页 > 政务动态 > 工作动态\n"
                  "某渚镇召开人居环境整治“百日攻坚”动员会\n发布时间：2025.04.02来源：某渚镇浏览次数：985\n（某渚镇党政办 沈某怡）\n\n"
                  "4月1日上午，某渚镇召开农村人居环境整治“百日攻坚”行动动员会，各村党组织书记参加会议。\n\n"
                  "会议通报了一季度全镇人居环境检查情况。从暗访结果看，大部分村环境有明显改善。\n")
    assert office.meta.writers == ("沈某怡",)
    outlets = read("首页 > 新疆 > 正文\n喀某古城迎来旅游旺季 夜间消费成新亮点\n2025-08-05 20:17　来源：天山网\n"
                   "天山网-新疆日报记者 古丽米拉·阿不都 郑某 报道：8月4日晚，喀某古城灯火璀璨，游人如织。古城东门广场上，民族歌舞表演吸引了大批游客驻足观看。\n\n"
                   "据了解，今年以来喀某古城景区累计接待游客超过600万人次，同比增长两成。\n\n编辑：阿力木\n")
    assert outlets.meta.writers == ("古丽米拉·阿不都", "郑某")
    pictures = read("第A3版：社会\n一座县城的“戏曲梦”\n文/本报记者 刘 某　图/通讯员 宋某音\n"
                    "每到周末，县文化馆的小剧场里总是座无虚席。台上唱的是地方戏，台下坐的多是老街坊。\n\n"
                    "近年来，县里先后组建了12支业余戏曲队，每年演出超过300场。\n")
    assert pictures.meta.writers == ("刘某",)
    assert [p.name for p in pictures.meta.authors if p.role is Role.PHOTOGRAPHER] == ["宋某音"]
    dotted = read("今日头条今日头条\n下载头条 登录\n某州一小伙把阿太的“手工灯盏糕”做成网红，一天卖出2000个\n2025-06-21 12:05:33\n"
                  "·某州城事\n浙江\n+关注\n在某州鹿城区五马街附近的一条小巷里，每天下午三点，一家小小的灯盏糕店门口就排起了长队。\n\n"
                  "店主叫陈某帆，今年28岁，大学毕业后在上海做了三年设计。\n")
    assert dotted.meta.writers == ("某州城事",)
    logo = read("今日头条图标 今日头条\n打开APP\n山里的老某\n2025-09-10 21:37\n贵州\n+ 关注\n在贵州大山里当了十年乡村教师，我想说说这些孩子\n"
                "今天是教师节，收到了好几个毕业学生发来的祝福短信，有一个已经考上了师范大学。\n\n"
                "2015年，我从师范学院毕业，通过特岗教师招聘来到这所村小。\n")
    assert logo.meta.writers == ("山里的老某",)
    bar = read("首页 > 政务要闻 > 工作动态\n某溪县2025年第一季度经济运行情况分析会召开\n某溪县人民政府办公室　|　2025年04月02日 10:15　|　阅读：1,203\n"
               "4月1日，某溪县召开2025年第一季度经济运行情况分析会，总结一季度经济运行情况，安排部署下一阶段重点工作。\n\n"
               "会议指出，一季度全县经济运行总体平稳、稳中有进，主要经济指标保持增长。\n")
    assert bar.meta.writers == ()  # (the office's own info bar, no post's card)
    card = read("零下30℃的巡线路：他们守护草原万家灯火\n国网某兰某布供电公司 2025-01-14 18:02 · 内蒙古 · 头条号\n"
                "凌晨五点，气温零下30℃，供电公司巡线班的队员们已经出发了。\n\n他们要在一天之内巡完40公里线路。\n")
    assert card.meta.writers == ("国网某兰某布供电公司",)  # (an office's account on a post's card)
    transcript = read("首页 > 湖北新闻\n十某：汉江边上的“护鱼队”\n2023-12-18 19:46　来源：湖北广播电视台\n（文字稿）\n"
                      "在汉江十某段，有这样一支队伍，他们每天驾船巡护在江面上，守护着一江碧水。\n\n"
                      "队员们大多是退捕渔民，过去靠打鱼为生，如今成了护鱼人。\n\n（湖北广播电视台记者 卢某 宋某 十某台报道）\n")
    assert transcript.meta.writers == ("卢某", "宋某")  # (``（文字稿）``, a transcript's label in brackets, is no byline)


def test_a_speech_dated_after_its_speaker_and_a_record_table_s_generated_date_over_the_document_s():
    speech = read("您当前的位置：首页 > 领导讲话 > 正文\n2025年05月16日   来源：某旗区人民政府办公室\n在全区优化营商环境工作推进会上的讲话\n"
                  "区长 杜某华 （2025年5月15日）\n\n字号：大 中 小　分享到：微信 微博\n同志们：\n\n"
                  "今天召开这次会议，主要任务是贯彻落实市委、市政府关于优化营商环境的决策部署。\n\n一、统一思想\n\n"
                  "优化营商环境是一项系统工程，各部门要形成合力。\n")
    assert speech.meta.published == dt.date(2025, 5, 16)
    notice = read("某澄市某南区人民政府政府信息公开\n当前位置：首页 > 政府信息公开 > 法定主动公开内容 > 通知公告\n"
                  "索引号： 11460300MB1528764X/2025-00412 主题分类： 综合政务\n发布机构： 某澄市某南区人民政府办公室 生成日期： 2025-04-28\n"
                  "标题： 某南区人民政府关于做好2025年防汛防风工作的通知\n文号： 某南府〔2025〕12号 有效性： 有效\n"
                  "某南区人民政府关于做好2025年防汛防风工作的通知\n某南府〔2025〕12号\n\n各镇人民政府，区政府各部门，各有关单位：\n\n"
                  "根据省、市关于防汛防风工作的部署要求，为切实做好我区2025年防汛防风工作，现将有关事项通知如下。\n\n"
                  "一、提高思想认识，压实防汛责任\n\n各单位要充分认识防汛防风工作的重要性。\n\n某南区人民政府\n\n2025年4月25日\n")
    assert notice.meta.published == dt.date(2025, 4, 28)


def test_a_post_sent_from_a_phone_a_topic_with_words_after_it_and_an_account_ending_in_a_province():
    phone = read("微博\n搜索微博\n首页 视频 发现 游戏 | 登录 注册\n头像\n高原旅行的阿某\n2025-7-8 16:21 来自 iPhone 15 Pro\u3000已编辑\n+关注\n"
                 "今天在茶某盐湖遇到了一场突如其来的冰雹，前一秒还是蓝天白云，后一秒乌云压顶。\n\n"
                 "好在十来分钟就停了，雨过天晴以后湖面上出现了一道双彩虹，整个盐湖像镜子一样。\n\n"
                 "图片图片图片\n定位青海·茶某盐湖\n\n转发 86\n评论 214\n赞 1532\n爱旅行的猫：下周就要去了，感谢提醒！\n\n"
                 "西某本地人：夏天高原天气就是这样，说变就变。\n\n查看全部214条评论 >\n")
    assert phone.meta.writers == ("高原旅行的阿某",)
    assert body(phone)[0].startswith("今天在茶某盐湖遇到了")  # (the post's text, no headline over it)
    assert phone.meta.title is None
    asked = read("微博\n登录 注册\n@云南茶事记\n3月30日 09:12 来自 iPhone客户端\n普洱茶山春茶开采，古树茶价格今年怎么走？\n作者：杨某桐\n\n"
                 "最近一周，我在普洱景迈山和勐海老班章一带走了走。春茶已经陆续开采，茶农们都很忙。\n"
                 "今年春天雨水比去年多，头春茶发芽时间推迟了大约一周，但芽头更饱满。\n")
    assert asked.meta.title == "普洱茶山春茶开采，古树茶价格今年怎么走？"  # (a headline asking, under the stamp)
    topic = read("微博微博\n打开APP\n长某交通广播2025-7-29 17:52来自 微博网页版已编辑\n#长某暴雨#今晚下班路上注意安全\n"
                 "#长某暴雨#【今晚下班路上注意安全！多处路段积水严重】今天下午4点以来，长某市区出现强降雨，多处路段积水。\n\n"
                 "提醒大家：遇积水路段不要盲目涉水，车辆熄火后切勿二次启动。\n")
    assert topic.meta.title == "#长某暴雨#今晚下班路上注意安全"
    glued = read("微博打开微博\n云南文旅小某2025-8-3 12:41 来自 iPhone客户端\n#大理苍山徒步注意事项#\n\n"
                 "#大理苍山徒步注意事项# 暑期来大理爬苍山的朋友越来越多，小编整理了几条注意事项，出发前一定要看看：\n\n"
                 "1. 走正规登山步道，不要擅自进入未开放区域。\n2. 山上天气变化快，记得带好雨衣。\n3. 注意控制节奏，身体不适立即下撤。\n")
    assert glued.meta.title == "#大理苍山徒步注意事项#"  # (a saved page's stamp, the account glued before the date)
    assert topic.meta.writers == ("长某交通广播",)
    tailor = read("今日头条图标\n今日头条\n打开APP\n在上海开了20年裁缝铺，她说手艺不能丢\n头像\n弄堂里的老上海\n"
                  "2025-05-09 12:31:07 · 上海 · 头条创作者\n在静某区一条老弄堂口，有一家不足十平方米的裁缝铺。铺子里挂满了各式各样的衣服。\n\n"
                  "这家裁缝铺已经开了整整20年。王阿姨年轻时在服装厂当缝纫工。\n")
    assert tailor.meta.writers == ("弄堂里的老上海",)
    guide = read("百家号　首页　下载APP　登录\n喀某古城夜游攻略：吃什么、怎么逛、住哪里，一篇讲清楚\n天山南北看新疆2025-06-27 21:03新疆\n"
                 "天山南北看新疆头像\n天山南北看新疆\n新疆旅游领域创作者　已认证\n关注\n"
                 "很多朋友问，去喀某古城到底是白天逛好还是晚上逛好？我的答案是：都要逛。\n\n一、怎么逛\n"
                 "古城的夜晚从晚上九点以后才真正开始，因为新疆天黑得晚。\n")
    assert guide.meta.writers == ("天山南北看新疆",)


def test_a_department_and_its_writer_and_an_english_field_glued_to_the_byline():
    science = read("当前位置：首页 » 健康科普\n发布日期：2025年10月20日　阅读次数：2316\n警惕“隐形杀手”：这些骨质疏松信号别忽视\n内分泌科　邓某\n\n"
                   "10月20日是世界骨质疏松日。骨质疏松症被称为“静悄悄的流行病”，早期往往没有明显症状。\n\n"
                   "哪些信号提示可能骨质疏松？身高变矮、驼背、腰背疼痛都要警惕。\n")
    assert science.meta.writers == ("邓某",)
    bar = read("您的位置：首页 > 医院新闻\n我院成功开展首例机器人辅助膝关节置换手术\n2025-04-09 16:20　　骨科　方某　　阅读：2310\n"
               "近日，我院骨科团队成功为一名68岁患者实施了机器人辅助全膝关节置换手术，患者术后第二天即可下地行走。\n\n"
               "术前，医生根据患者CT数据建立三维模型，精确规划假体型号和安放位置。\n")
    assert bar.meta.writers == ("方某",)
    studio = read("澎湃号·湃客\n\n我在上海做社工的第十年\n城市微光工作室 关注\n2026-11-26 07:45　来源：澎湃新闻·澎湃号·湃客\n字号\n\n文｜周某雯\n\n"
                  "2016年，我从社会工作专业毕业，进了某浦区的一家社工机构。那时候，很多人不知道社工是做什么的。\n\n"
                  "十年里，我陪伴过独居老人，也帮助过困境儿童。\n")
    assert studio.meta.writers == ("周某雯",)  # (``关注``, the account's follow button, is no writer)
    account = read("在某州吃一碗灯盏糕，我排了四十分钟队\n某州吃货研究所2025-2-23 14:08阅读数：10万+\n"
                   "周末一早，我来到五马街附近的一条小巷，店门口已经排起了长队。\n\n灯盏糕是某州的传统小吃，外酥里嫩。\n")
    assert account.meta.writers == ("某州吃货研究所",)  # (an account named like a unit, no office's info bar)
    english = read("Home > News\nYichang port handles record container volume in first quarter\n"
                   "By Liu Meng and Zhang WeiUpdated: Apr 14, 2025\n"
                   "The port of Yichang handled a record volume of containers in the first quarter, "
                   "the port authority said.\n\n"
                   "Shipments of citrus and phosphate products led the growth, officials said.\n")
    assert english.meta.writers == ("Liu Meng", "Zhang Wei")
    assert english.meta.published == dt.date(2025, 4, 14)


def test_writers_after_an_office_or_a_town_on_a_dated_bar_and_after_their_names():
    office = read("首页 > 政策文件 > 政策解读\n一图读懂《某宁区促进夜间经济发展若干措施》\n2025/09/15\u3000某宁区商务局\u3000马某东\n"
                  "字号：大中小\n近日，某宁区印发《某宁区促进夜间经济发展若干措施》，现就有关情况解读如下。\n\n"
                  "一、出台背景\n近年来，我区夜间消费需求持续增长，但也存在业态单一、配套设施不足等问题。\n")
    assert office.meta.writers == ("马某东",)
    town = read("当前位置：首页 >> 街道动态\n某堤街道开展“邻里守望”志愿服务活动\n"
                "3月5日，某堤街道组织机关干部、社区党员和志愿者走进辖区小区，开展志愿服务活动。\n\n"
                "活动现场，志愿者们有的为老人免费理发、测量血压，有的为居民修理小家电。\n\n"
                "某堤街道\u3000孙某\u3000高某\u30002025年3月9日\n上一篇：某堤街道召开安全生产工作会议\n")
    assert town.meta.writers == ("孙某", "高某")
    assert town.meta.published == dt.date(2025, 3, 9)
    pictured = read("某阳网 > 新闻 > 某阳新闻\n某城区完成128个老旧小区改造\n2025-06-03\u3000某阳日报\u3000孙某蒙\u3000文/图\n"
                    "记者6月2日从某城区住建局获悉，截至5月底，某城区128个老旧小区改造项目已全部完工。\n\n"
                    "此次改造涉及基础类、完善类和提升类三类内容。\n\n编辑：李某\n")
    assert pictured.meta.writers == ("孙某蒙",)
    each = read("当前位置：首页 > 综合新闻 > 正文\n我校举办2025年民族文化传承创新论坛\n"
                "发布时间：2025-05-22作者：陆某燕 文 / 黄某 图来源：民族文化学院浏览次数：1326\n"
                "5月20日至21日，由我校主办的2025年民族文化传承创新论坛在学术报告厅举行。\n\n"
                "论坛期间，与会专家还参观了学校的民族文化数字化实验室。\n")
    assert each.meta.writers == ("陆某燕",)  # (黄某 took the pictures)
    shared = read("某边河新闻网 > 州内新闻 > 正文\n某边河州首届传统美食文化节开幕\n"
                  "2025-08-16 20:05来源：某边河日报记者：朴某爱 李某旭分享：微信 微博 QQ\n"
                  "8月16日，某边河州首届传统美食文化节在某河市民俗文化村开幕。\n\n文化节现场，冷面、打糕、米肠一应俱全。\n")
    assert shared.meta.writers == ("朴某爱", "李某旭")  # (``分享：``, the share buttons, run on after the names)


def test_who_put_the_page_up_and_two_departments_with_their_writers():
    poster = read("当前位置：首页 > 医院新闻\n我院成功开展首例经导管主动脉瓣置换术\n发布人：何某\u3000\u3000时间：2025-09-03 14:26\u3000\u3000阅读：1582次\n"
                  "近日，我院心血管内科联合心脏外科、麻醉科等多学科团队，成功为一名高龄患者实施手术。\n\n"
                  "手术在全麻下进行，医生经患者股动脉穿刺，将人工瓣膜通过导管输送到位。\n")
    assert poster.meta.writers == ("何某",)
    office = read("当前位置：首页 > 医院新闻\n我院举办2025年护理技能大赛\n发布人：宣传部\u3000\u3000时间：2025-09-05 10:00\n"
                  "9月4日，我院举办2025年护理技能大赛，来自全院各科室的48名护士参赛。\n\n比赛分为理论考试和技能操作两部分。\n")
    assert office.meta.writers == ()  # (an office put it up: no writer)
    supplied = read("当前位置：首页 > 新闻中心 > 集团要闻 > 正文\n某江能源集团召开2025年安全生产工作会议\n"
                    "供稿：张某博发布时间：2025-02-14来源：党群工作部\n"
                    "2月13日，某江能源集团召开2025年安全生产工作会议，总结2024年安全生产工作。\n\n"
                    "会上，集团与各二级单位签订了2025年度安全生产目标责任书。\n\n编辑：李某\n")
    assert supplied.meta.writers == ("张某博",)
    two = read("当前位置：首页 > 新闻动态 > 医院新闻 > 正文\n我院成功开展首例经导管主动脉瓣置换术\n"
               "近日，我院心血管内科团队联合心脏大血管外科、麻醉科、超声科等多学科，成功为一名患者实施手术。\n\n"
               "TAVR手术具有创伤小、恢复快、并发症少等优点。\n\n（心血管内科 罗某\u3000党委宣传部 王某）\n\n"
               "发布时间：2025年07月15日阅读次数：968\n【打印本页】【关闭窗口】\n")
    assert two.meta.writers == ("罗某", "王某")


def test_post_headlines_in_brackets_and_an_account_described_or_between_its_date_and_province():
    topic = read("微博 首页 热门 视频\n大家都在搜\n头像\n某州气象\n25-7-22 06:40 来自 微博网页版\n"
                 "#某州暴雨预警#【某州市气象台7月22日6时40分发布暴雨橙色预警信号】预计未来6小时内，我市大部地区将出现强降水。\n\n"
                 "请有关单位和人员做好防范准备：\n\n1.政府及相关部门按照职责做好防暴雨应急工作；\n2.切断有危险的室外电源；\n"
                 "3.做好城市、农田的排涝。\n\n转发 386　评论 92　赞 1024\n")
    assert topic.meta.title == "某州市气象台7月22日6时40分发布暴雨橙色预警信号"
    bracketed = read("微博\n搜索微博\n首页热门登录 注册\n头像\n某阳发布 某阳市人民政府新闻办公室官方微博\n"
                     "2025-11-09 07:35 来自 微博 weibo.com\n【某阳今年首场降雪来了】\n\n"
                     "#某阳初雪# 据某阳市气象台消息，9日凌晨起，我市迎来今冬首场降雪，目前全市大部地区出现小到中雪。\n\n"
                     "市城管执法局已启动清雪预案，出动清雪机械1600余台。\n\n转发 215\n评论 486\n")
    assert bracketed.meta.title == "某阳今年首场降雪来了"
    assert bracketed.meta.writers == ("某阳发布",)
    label = read("今日头条\n登录\n在某施大峡谷当了十年挑夫，他说现在是最好的时候\n2025-06-17 08:12\n·\n鄂西山里的某人\n发布于湖北\n"
                 "早上六点，某施大峡谷的云雾还没散，46岁的向大哥已经挑着两筐矿泉水出发了。\n\n"
                 "向大哥是土家族人，家就在峡谷脚下。十年前，他和村里十几个人一起当起了挑夫。\n\n赞 1526\n评论 214\n")
    assert label.meta.writers == ("鄂西山里的某人",)


def test_a_column_label_said_again_at_the_end_a_deck_the_list_leaves_out_and_a_breadcrumb_from_the_banner():
    notice = read("首页 > 通知公告\n【公告】某塘区2025年公办幼儿园招生工作公告\n发布时间：2025-05-06\n"
                  "根据上级有关文件精神，结合我区实际，现将2025年公办幼儿园招生工作有关事项公告如下。\n\n"
                  "一、招生对象\n2021年9月1日至2022年8月31日出生、户籍在本区的适龄儿童。\n")
    assert notice.meta.title == "某塘区2025年公办幼儿园招生工作公告"
    paper = read("某沈晚报数字报2025年10月16日\u3000往期回顾\u3000PDF下载\n版面缩略图 A06版：某阳新闻\n上一版\u3000下一版\n\n"
                 "A06版：某阳新闻\n\n本版标题\n某河晚渡码头\n某阳今年供暖或将提前\n某陵公园银杏进入最佳观赏期\n版面导航\nA01版：封面\n"
                 "A02版：要闻\nA03版：要闻\nA06版：某阳新闻\nA07版：民生\nA08版：体育\n某河晚渡码头\n今秋新增两条夜游航线\n\n"
                 "某沈晚报记者 李 某\n\n记者昨日从某阳市水务局获悉，某河晚渡码头今秋新增两条夜游航线，游客可乘船欣赏某河两岸的城市夜景。\n\n"
                 "新增的两条航线全程约40分钟。游船每晚18时30分至21时30分运行。\n\n"
                 "据了解，今年以来，某河水上游览项目已累计接待游客12万人次。\n\n上一篇\u3000下一篇\u3000返回目录\n")
    assert paper.meta.title == "某河晚渡码头"  # (the 主题 its list of titles prints, no deck)
    crumb = read("某湘频道·某网\n要闻县域视频直播客户端\n某湘频道·某网 / 县域\n某网时刻记者 邓某 通讯员 易某\n2025-02-10 17:28:40\n来源：某网\n"
                 "某河县“小烟花”点亮“大产业”\n现场图片\n现场图。受访者供图\n"
                 "春节刚过，某河县的烟花企业便进入了生产旺季。走进一家烟花生产企业，工人们正在忙碌。\n\n"
                 "“以前生产烟花全靠人工，危险性高，效率也低。”企业负责人说。\n\n编辑：刘某\n")
    assert crumb.meta.title == "某河县“小烟花”点亮“大产业”"


def test_a_rights_notice_under_the_text_and_an_english_deck_as_long_as_its_headline():
    paper = read("某宁日报数字报\n某宁港铁联运集装箱量创新高\n2025-05-12\u3000某宁日报\n"
                 "今年以来，某宁港铁水联运集装箱量持续攀升，1至4月累计完成12.6万标箱，同比增长18%。\n\n"
                 "市交通运输局有关负责人表示，下一步，将加快推进港口与铁路、公路的无缝衔接。\n\n"
                 "【返回】【打印】【字号 大 中 小】\n本网站所刊登的某宁日报各种新闻、信息，未经许可不得转载。\n")
    assert body(paper)[-1].startswith("市交通运输局有关负责人表示")
    post = read("某点新闻\n某林一所乡村小学把非遗搬进课堂\n2025-04-02 10:15\n"
                "在某林市一所乡村小学，每周三下午的非遗课是孩子们最期待的时刻。\n\n"
                "学校校长介绍，学校还在校园里建起了一间非遗展示室，陈列着学生们的作品。\n\n"
                "【来源：某点新闻】声明：此文版权归原作者所有，若有来源错误或者侵犯您的合法权益，您可通过邮箱与我们取得联系。\n"
                "打开APP阅读全文，查看更多精彩内容\n为你推荐\n")
    assert body(post)[-1].startswith("学校校长介绍")
    deck = read("China Daily Nanxi\nHomeChinaWorldBusinessCultureTravelSportsOpinion\nSearch\nHome / Regional\n"
                "Nanxi border town booms as cross-border trade hits new high\n"
                "Dongshan port handled record cargo in the first quarter, officials say\n\n"
                "By HUANG LAN in Nanning and LIU FAN in Dongshan\n\n"
                "Updated:2025-04-15 09:12\nFacebook X LinkedIn Email\n"
                "Trucks loaded with durian, dragon fruit and seafood lined up before dawn at the Dongshan port "
                "in the Nanxi Zhuang autonomous region, as traders rushed to clear customs ahead of the morning "
                "market across the border.\n\n"
                "The port, which sits across the Beishan River from Mong Ha in Vietnam, handled 1.86 million "
                "metric tons of cargo in the first quarter of this year, up 14.3 percent year-on-year, "
                "according to local customs authorities.\n\n"
                "Local officials attributed the growth to the expansion of smart customs facilities, including "
                "automated inspection lanes and a digital declaration system.\n\n"
                "The boom has also created jobs. More than 3,000 residents in Dongshan now work in logistics, "
                "warehousing and cross-border e-commerce, said Wei Jianhua, an official with the city's "
                "commerce bureau.\n\nRelated Stories\n")
    assert deck.meta.title == "Nanxi border town booms as cross-border trade hits new high"


def test_a_post_card_run_together_by_a_saved_page():
    sent = read("今日头条\n登录\n在某施大峡谷当了十年挑夫，他说现在是最好的时候\n2025-06-17 08:12·鄂西山里的某人发布于湖北\n\n"
                "早上六点，某施大峡谷的云雾还没散，46岁的向大哥已经挑着两筐矿泉水出发了。\n\n"
                "向大哥是土家族人，家就在峡谷脚下。十年前，他和村里十几个人一起当起了挑夫。\n\n赞 1526\n")
    assert sent.meta.writers == ("鄂西山里的某人",)
    badge = read("百度 | 百家号\n百度首页 登录\n某头一家老字号烧麦馆，开了三十年还要排队\n草原美食某侦探优质美食领域创作者关注\n"
                 "发布时间：2025-03-09 12:20:31\n\n在某头东河区的一条老街上，有一家开了三十年的烧麦馆，每天早上都排着长队。\n\n"
                 "店面不大，只有八张桌子，墙上贴着泛黄的价目表。\n")
    assert badge.meta.writers == ("草原美食某侦探",)


def test_what_the_new_credit_rules_leave_alone():
    issued = read("首页 > 政务公开 > 会议纪要\n某山区人民政府常务会议纪要\n发布日期：2024-07-12\n"
                  "7月10日，区长主持召开区政府第45次常务会议，研究城市更新等事项。\n\n"
                  "会议原则同意该方案。会议要求，区住房城乡建设委根据会议意见修改完善后以区政府办名义印发实施。\n\n"
                  "某山区人民政府办公室\u3000\u3000\u3000\u3000\u3000\u30002024年7月11日印发\n")
    assert issued.meta.writers == ()  # (``印发`` glued to the date: no name)
    marked = read("某某晚报\n社区食堂开进老小区\n□ 杜某 王某 文/图\n\n"
                  "中午11点半，家住某某街道的78岁老人陈阿婆拄着拐杖来到社区食堂，一荤两素一汤，刷卡12元。\n\n"
                  "据了解，这家社区食堂由街道提供场地，引入专业餐饮企业运营。\n")
    assert marked.meta.writers == ("杜某", "王某")
    admin = read("某某街道办事处 某家村\n某某市某兴区某家村村务公开网\n首页 | 村情介绍 | 村务公开 | 党建园地\n位置：首页 > 党建园地\n"
                 "“红色物业”让老旧小区换新颜\n文/段某华\n\n走进某家村集资楼小区，楼道干净整洁，车辆停放有序。\n\n"
                 "变化源于村党支部推行的“红色物业”模式。村里成立物业服务站，由党支部统一领导。\n\n"
                 "发布人：admin 2025-05-27 浏览 188 次\n版权所有：某某市某兴区某家村村民委员会\n")
    assert admin.meta.published == dt.date(2025, 5, 27)
    assert admin.meta.writers == ("段某华",)


def test_a_player_s_labelled_title_a_headline_broken_after_then_and_names_glued_before_a_date():
    player = read("某都广播电视台·某都网\n首页 > 新闻 > 本地\n某都：秋粮收获进度过半\n2025-10-09 19:42\n来源：某都新闻\n"
                  "记者：卫某辰 梁某怡\n视频截图\n【视频】某都：秋粮收获进度过半\n\n"
                  "眼下，某都区十六万亩玉米陆续进入收获期，十余台联合收割机在田间来回穿梭。\n\n"
                  "记者从区农业农村局了解到，截至10月8日，全区已收获玉米八万亩，进度过半。\n\n责编：黄某\n")
    assert player.meta.title == "某都：秋粮收获进度过半"
    broken = read("某城新闻网 登录 注册\n某城新闻网 > 新闻 > 本地\n“地铁+公交”接驳线路调整后\n老城区通勤更顺了\n"
                  "2025-05-20 06:30:12 来源：某城新闻网\n分享到： 微信 微博\n"
                  "5月19日早上8点，地铁老城站2号口外，一辆编号为“老城循环1路”的小巴准时进站。\n\n"
                  "今年以来，公交集团对老城区6条公交线路进行了调整，新开2条循环接驳线。（某城新闻网记者 邓某文）\n\n"
                  "编辑：苏某\n")
    assert broken.meta.title == "“地铁+公交”接驳线路调整后老城区通勤更顺了"
    assert broken.meta.writers == ("邓某文",)
    glued = read("某江观察　登录 注册\n首页时事财经\n一条老弄堂的“微更新”：居民说了算\n"
                 "许　可吴某凡2025-10-14 06:30来源：某江观察\n"
                 "某乐路是一条只有六百米长的老街，两侧多是上世纪三十年代的石库门里弄。今年春天，街道在弄堂口摆了一张议事桌。\n\n"
                 "两个月里，桌上的留言本写满了三本，晾衣服没地方、电瓶车充电难都被记了下来。\n\n责任编辑：朱某\n")
    assert glued.meta.writers == ("许可", "吴某凡")
    assert glued.meta.published == dt.datetime(2025, 10, 14, 6, 30)
    outlet = read("云某网 · 某南广播电视台官方网站 直播 看点 登录\n首页 > 新闻 > 某南\n某南推出100条精品自驾旅游线路\n"
                  "云某网 2024-06-06 阅读 3.2万\n\n6月5日，某南省文化和旅游厅发布100条精品自驾旅游线路，覆盖全省16个州市。\n\n"
                  "这些线路分为“经典环线”“沿边风情”等五大主题。（记者 段某东）\n")
    assert outlet.meta.writers == ("段某东",)  # (the site's name before its date: no writer)


def test_who_published_the_page_an_account_behind_its_platform_s_path_and_the_account_s_own_page():
    museum = read("某州市博物馆\n首页 > 新闻动态\n“瓷韵千年——某州窑陶瓷精品展”开幕\n"
                  "发布者：陈某、林某宇发布时间：2025-09-27 10:30来源：本馆\n【字体：大 中 小】 分享到：\n"
                  "9月26日，“瓷韵千年——某州窑陶瓷精品展”在我馆一楼临展厅开幕，共展出陶瓷精品一百六十三件。\n\n"
                  "展览分为三个单元，系统展示了某州窑一千多年的发展历程。\n\n【打印本页】【关闭窗口】\n")
    assert museum.meta.writers == ("陈某", "林某宇")
    pathed = read("这座海岛，正在变成“零碳岛”\n澎湃号·政务 > 某山发布 2025-05-06 17:03 浙江\n"
                  "在某山岛东侧的山坡上，一排排风机缓缓转动；码头边，电动渔船正在充电。\n\n"
                  "近年来，某山市以这座海岛为试点，推进“零碳岛”建设，岛上先后建成分布式光伏和储能电站。\n\n"
                  "本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点。\n")
    assert pathed.meta.writers == ("某山发布",)
    own = read("微博\n搜索微博\n首页 视频 消息\n头像某西文旅 蓝V\n2025-4-3 09:30 来自 微博网页版 已编辑\n某西文旅的微博\n"
               "【#三月三# 假期去哪儿？这份歌圩地图请收好】三月三是某西最热闹的节日之一，各地歌圩将陆续开场。\n\n"
               "温馨提示：假期热门景区客流较大，建议提前在平台预约。\n\n转发 862　评论 413　赞 3051\n")
    assert own.meta.title != "头像某西文旅 蓝V"
    assert own.meta.writers == ("某西文旅",)
    exhibition = read("某港博物馆 参观预约 展览 典藏 教育 EN\n当前位置：首页 > 新闻动态\n2025.05.18　阅读量：856\n"
                      "“江海之间——某港百年影像展”开幕\n5月18日国际博物馆日当天，“江海之间——某港百年影像展”在我馆开幕。\n\n"
                      "展览分为“开埠”“码头”“航运”“新港”四个单元，展出老照片两百余幅。\n\n"
                      "展览将持续至2025年10月31日，观众可通过官方微信公众号预约参观，周一闭馆（法定节假日除外）。\n\n"
                      "供稿：陈列展览部\n")
    assert exhibition.meta.writers == ()


def test_an_office_s_post_stamped_by_day_a_writer_after_a_media_centre_and_a_reporter_opening_the_text():
    stamped = read("微博\n搜索微博\n登录 注册\n#某江村超#第三轮今晚开踢，现场观众超五万\n"
                   "某江县融媒体中心 6月14日 21:05 来自 微博视频号 已编辑\n"
                   "【#某江村超#第三轮今晚开踢，现场观众超五万】今晚，“村超”第三轮比赛在某江县城北新区体育场开踢。\n\n"
                   "据统计，今晚进场观众超过五万人次，其中不少是从外省专程赶来的游客。\n\n转发 1852 ｜ 评论 936 ｜ 赞 2.1万\n")
    assert stamped.meta.writers == ("某江县融媒体中心",)
    office = read("上海某安 打开APP\n某安区市场监督管理局 > 通报\n关于2025年第三季度电梯维保质量监督抽查情况的通报\n"
                  "发布于 2025-10-22 14:05:37 · 某安区市场监管局\n"
                  "为督促电梯维护保养单位落实主体责任，今年7月至9月，某安区市场监管局对辖区内住宅小区电梯开展了抽查。\n\n"
                  "本次共抽查电梯维保单位31家，抽查电梯186台，发现问题电梯42台，已全部责令整改。\n")
    assert office.meta.writers == ()  # (an office's own bar: 发布于 stamps no post)
    dotted = read("打开APP 某南日报客户端 · 新闻\n某亚海湾“蓝丝带”志愿者清理海滩垃圾两吨\n2025-06-08 某亚融媒 · 黎·阿某\n"
                  "6月8日是世界海洋日。当天清晨，两百余名“蓝丝带”志愿者来到某亚海湾沙滩，捡拾塑料瓶、渔网等垃圾。\n\n"
                  "志愿者中既有在校大学生、机关干部，也有来某亚度假的游客。\n\n打开某南日报客户端，阅读更多精彩内容\n")
    assert dotted.meta.writers == ("黎·阿某",)
    opening = read("某沙晚报 2025-04-14 往期回顾 PDF下载\n第01版：今日某沙 第02版：要闻 第03版：城事\n"
                   "湘江边新添一座“城市书房”\n藏书两万册 全天候免费开放\n"
                   "某沙晚报全媒体记者 吴某 4月13日，位于湘江中路的“沿江城市书房”正式对外开放，市民可免费入内阅读。\n\n"
                   "记者看到，书房临江一侧是整面落地窗，读者坐在窗前就能看到江景。\n\n上一篇 下一篇 返回目录\n")
    assert opening.meta.writers == ("吴某",)


def test_an_e_paper_s_list_of_titles_names_the_main_title_over_its_kicker_and_english_list_labels():
    phrases = read("某峡日报某峡日报 2025年4月3日 往期回顾 PDF下载\n第01版：要闻 第02版：综合\n本版标题\n清明祭英烈 丰碑永铭记\n"
                   "某昌市烈士陵园开展祭扫活动\n文明祭扫蔚然成风\n版面缩略图\n\n清明祭英烈 丰碑永铭记\n我市各界群众开展清明祭扫活动\n"
                   "清明将至，春雨绵绵。4月2日，某昌市各界群众代表、青少年学生等五百余人来到烈士陵园，缅怀革命先烈。\n\n"
                   "上午九时，祭扫仪式正式开始。全体人员向革命烈士默哀，随后敬献花篮。\n\n上一篇 下一篇 返回目录\n")
    assert phrases.meta.title == "清明祭英烈 丰碑永铭记"
    first = read("某州日报某州日报 2025年06月05日 往期回顾 PDF下载\n第01版：要闻 第02版：要闻\n本版标题\n“某货出山”跑出加速度\n"
                 "全省数字经济发展大会召开\n简讯\n版面缩略图\n\n一季度农产品网络零售额同比增长23%\n“某货出山”跑出加速度\n"
                 "本报讯（记者 王某 石某明）记者从省商务厅获悉，今年一季度，全省农产品网络零售额同比增长23%。\n\n"
                 "近年来，我省大力实施“某货出山”工程，在全省建设县级电商服务中心八十余个。\n\n上一篇 下一篇 返回目录\n")
    assert first.meta.title == "“某货出山”跑出加速度"
    kicker = read("某原日报数字报　往期回顾　PDF下载\n2025年03月25日 星期二\n第01版：要闻\n本版标题\n某西走廊光伏治沙“种”出绿色效益\n"
                  "全省春耕备耕有序推进\n图片新闻\n新能源与生态治理同步推进\n某西走廊光伏治沙“种”出绿色效益\n"
                  "——来自某威市沙漠边缘的调查\n本报记者 李　某 何　某\n"
                  "在某威市沙漠边缘，一排排光伏板整齐排列，板下种植的梭梭、沙拐枣长势良好。\n\n"
                  "近年来，当地探索“板上发电、板下种植、板间养殖”的治沙模式，治理沙化土地三万余亩。\n\n上一篇 下一篇\n")
    assert kicker.meta.title == "某西走廊光伏治沙“种”出绿色效益"
    most_read = read("Sign in | 中文 |\nSearch\nHome > News > Economy\nMost read\nWeather alert for the weekend\n"
                     "New flights link two coastal cities\nIndustrial park opens AI computing center in the east\n"
                     "By Chen Xiaoyu | Updated: April 9, 2025 | Source: Coast Now\n\n"
                     "A new artificial intelligence computing center officially began operation in the industrial park "
                     "on Tuesday, offering computing power to more than 300 local companies.\n\n"
                     "The center, built with an investment of 1.8 billion yuan, provides computing capacity "
                     "equivalent to several thousand high-end graphics processors.\n\nEditor: Zhou Min\n")
    assert most_read.meta.title == "Industrial park opens AI computing center in the east"
    glued = read("Home > News\nPort opens new direct route to South America\nBy Li Wen and Zhang HaoMarch 21, 2025\n\n"
                 "A new direct container route linking the port with South America was launched on Thursday, cutting "
                 "shipping times to Brazil by about a week.\n\n"
                 "The route is operated by two shipping companies and will call at Santos every ten days.\n")
    assert glued.meta.writers == ("Li Wen", "Zhang Hao")
    assert glued.meta.published == dt.date(2025, 3, 21)


def test_a_banner_with_its_care_link_and_an_e_paper_s_list_naming_a_main_title_of_three_phrases():
    banner = read("\n某原市某天区人民政府信息公开 关怀版\n索 引 号： 008512347/2025-00139 公开方式： 主动公开\n"
                  "发布机构： 某天区财政局 发布日期： 2025年9月3日\n主题分类： 财政预算、决算 公开范围： 面向社会\n"
                  "某天区2025年上半年财政预算执行情况\n"
                  "今年以来，全区财政部门坚持稳中求进工作总基调，加强收入征管和支出管理，全区财政预算执行总体平稳。\n\n"
                  "下半年，区财政局将继续加强税源监控，严控一般性支出，确保完成全年预算目标。\n\n【打印本页】　【关闭窗口】\n")
    assert banner.meta.title == "某天区2025年上半年财政预算执行情况"
    phrases = read("某江日报　2025年03月12日 往期回顾 PDF下载\n第00003版：要闻\n\n上一版 下一版\n\n版面缩略图\n\n本版标题\n\n"
                   "山村美了 产业旺了 日子甜了\n春耕生产有序展开\n我省新增特色小镇5个\n全省推进“千万工程”现场会召开\n\n"
                   "山村美了 产业旺了 日子甜了\n\n某吉余村经验在全省推广\n\n"
                   "本报讯（记者 孟某琪 通讯员 吴某）3月11日，全省深化“千万工程”建设和美乡村现场会在某吉召开，部署今年乡村建设重点任务。\n\n"
                   "会议提出，今年全省将新建和美乡村示范村500个，推动城乡公共服务均等化，让农民群众共享发展成果。\n\n"
                   "某江日报版权所有　未经书面授权不得转载\n")
    assert phrases.meta.title == "山村美了 产业旺了 日子甜了"
    short = read("某都日报　2025年10月21日 星期二 往期回顾 PDF下载\nA02：要闻\n\n上一版 下一版\n\n本版标题\n\n小院换新颜\n"
                 "某运公园秋景宜人\n天府绿道新增驿站12处\n某江区推进老旧院落“微更新”\n\n小院换新颜\n\n居民议事会全程参与改造方案\n\n"
                 "“原来这里堆满了杂物，现在变成了小花园，晚上大家都来这里乘凉。”某江区某院街街道一处老院落里，居民彭大爷说。\n\n"
                 "今年以来，某江区启动老旧院落“微更新”行动，对建成20年以上的128个院落实施改造，包括屋面防水、管网更新等。\n\n"
                 "与以往不同的是，每个院落的改造方案都由居民议事会讨论决定，目前已有96个院落完成改造。\n")
    assert short.meta.title == "小院换新颜"


def test_tables_of_two_columns_pasted_with_spaces_stay_in_the_body():
    doc = read("某都市人民政府\n首页 / 政务公开 / 政策解读\n《某都市促进首店经济高质量发展若干措施》政策解读\n"
               "2025/09/15 16:30来源：某都市商务局\n\n"
               "日前，某都市商务局等五部门联合印发《某都市促进首店经济高质量发展若干措施》，现将主要内容解读如下。\n\n"
               "一、出台背景是什么？\n近年来，首店经济已成为城市消费活力和商业竞争力的重要标志，但在品牌能级、区域分布方面仍有短板。\n\n"
               "二、支持标准如何确定？\n首店类型 单店最高支持（万元）\n全球首店、亚洲首店 200\n全国首店 100\n西南首店 50\n"
               "《措施》自2025年10月1日起施行，有效期三年。具体申报指南由市商务局另行发布。\n\n编辑：孙某帆\n\n分享：微信微博复制链接\n")
    [table] = [b for b in doc.blocks if isinstance(b, Table)]
    assert [[inline_text(cell) for cell in row] for row in table.rows][1] == ["全球首店、亚洲首店", "200"]
    assert body(doc)[-1].startswith("《措施》自2025年10月1日起施行")
    timetable = read("某省书法家协会\n您的位置：首页 > 协会公告\n关于举办第五届书法篆刻作品展的征稿启事\n发布时间：2025年9月1日\n"
                     "为繁荣我省书法篆刻艺术创作，展示新时代书法创作成果，经研究，决定举办第五届书法篆刻作品展。\n\n"
                     "一、征稿对象\n\n凡在本省工作、学习、生活的书法篆刻爱好者均可投稿，每人限投一件作品。\n\n"
                     "二、作品要求\n\n作品须为本人近两年创作的原创作品，不得抄袭，书法作品须为竖式。\n\n"
                     "三、时间安排\n\n事项 时间\n截稿 2025年10月31日\n评审 2025年11月中旬\n展出 2025年12月\n"
                     "联系人：郑老师　联系电话：0311-8xx52316\n\n某省书法家协会\n\n2025年9月1日\n\n附件下载：投稿登记表.doc\n")
    [table] = [b for b in timetable.blocks if isinstance(b, Table)]
    assert [inline_text(cell) for cell in table.rows[-1]] == ["展出", "2025年12月"]
    assert body(timetable)[-2:] == ["某省书法家协会", "2025年9月1日"]


def test_a_notice_s_attachment_table_then_its_signature_and_the_date_of_writing_in_a_record_row():
    doc = read("某省生态环境厅\n您所在的位置：首页 > 信息公开 > 通知公告\n关于公布2025年第一批省级环境教育基地名单的通知\n"
               "索引号： 000013592/2025-01174 发布机构： 某省生态环境厅\n主题分类： 环境保护 成文日期： 2025年03月28日\n"
               "文号： 某环宣教〔2025〕17号 发布日期： 2025年04月02日 10:15\n\n各市生态环境局，厅机关各处室：\n\n"
               "为深入推进生态文明宣传教育，经各地推荐、专家评审，确定某山南湖生态科普馆等12家单位为2025年第一批省级环境教育基地。\n\n"
               "各基地要进一步完善展陈内容和讲解服务，每年面向社会公众开展环境教育活动不少于10次。\n\n"
               "附件：2025年第一批省级环境教育基地名单\n\n序号\t基地名称\t所在地\n1\t某山南湖生态科普馆\t某山市\n"
               "2\t某罕坝林场自然教育中心\t某德市\n3\t某水湖湿地宣教馆\t某水市\n某省生态环境厅\n\n2025年3月28日\n\n（此件公开发布）\n\n"
               "【字体：大 中 小】【打印】【关闭】\n")
    assert body(doc)[-3:] == ["某省生态环境厅", "2025年3月28日", "（此件公开发布）"]
    assert doc.meta.published == dt.datetime(2025, 4, 2, 10, 15)


def test_writers_glued_to_a_date_with_a_slash_dotted_names_marked_names_and_a_speaker_before_the_date():
    glued = read("某省第二人民医院 预约挂号 就医指南 关怀模式\n首页 > 新闻中心 > 医院新闻\n我院成功实施首例经导管三尖瓣置换术\n"
                 "发布日期：2025-05-20文/心内科 唐某萌浏览次数：2890\n"
                 "近日，我院心内科结构性心脏病团队成功为一名78岁重度三尖瓣反流患者实施经导管三尖瓣置换术。\n\n"
                 "经多学科讨论，团队决定为患者实施微创介入手术，历时约两小时，术后反流基本消失。\n\n审核：宣传科\n")
    assert glued.meta.writers == ("唐某萌",)
    dotted = read("某龙区人民政府\n您当前的位置：首页 > 新闻中心 > 区县动态\n发布日期：2025-03-21　　信息来源：区人社局\n"
                  "某龙区举办2025年春季农牧民转移就业专场招聘会\n"
                  "（通讯员 格桑卓嘎 王·达瓦）3月20日上午，某龙区2025年春季农牧民转移就业专场招聘会在区文化广场举行。\n\n"
                  "本次招聘会共有区内外68家企业参加，提供就业岗位1530个，月薪普遍在4500元至8000元之间。\n\n"
                  "【字体：大 中 小】【打印】【关闭】\n责任编辑：旦某 审核：王某峰\n")
    assert dotted.meta.writers == ("格桑卓嘎", "王·达瓦")
    marked = read("某海日报 2025年08月08日\nA04 副刊\n\n我的草原我的家\n◎林某恒\n\n"
                  "小时候，我以为草原就是整个世界。每天清晨，阿妈挤完牛奶，把酥油茶端到我面前。\n\n"
                  "那时的草原，夏天开满了格桑花，一直铺到天边。我和弟弟骑在马背上追着羊群跑。\n")
    assert marked.meta.writers == ("林某恒",)
    speech = read("某区人民政府\n首页 > 领导讲话\n在全区优化营商环境大会上的讲话\n（2025年2月10日）\n\n"
                  "区委书记　何某川　　发布时间：2025-02-12\n同志们：\n\n"
                  "今天是春节后上班第一周，区委、区政府召开全区优化营商环境大会，就是要吹响新一年优化营商环境的冲锋号。\n\n"
                  "过去一年，全区新登记经营主体1.2万户，营商环境评价位居全市前列。\n")
    assert speech.meta.writers == ("何某川",)
    site = read("Coast Now\nHome News Business Culture Travel\nSearch\nHome / Culture\n"
                "Old garden opens night tours with opera performances\n2025-08-05 15:40　Coast Now\n\nBy Emily Chen\n\n"
                "Visitors to the old garden can now enjoy opera excerpts by lantern light, as the garden extends its "
                "summer night tours until the end of October.\n\n"
                "Each evening, performers stage short scenes from classic works in different halls of the garden.\n")
    assert site.meta.writers == ("Emily Chen",)


def test_microblog_cards_with_a_two_digit_year_or_on_lines_of_their_own_and_a_post_s_account_after_its_province():
    short_year = read("logo 微博 打开APP 阅读更多精彩内容\n某州交通 V\n25-11-3 09:41 来自 微博网页版\n#某州地铁5号线二期最新进展#\n"
                      "#某州地铁5号线二期最新进展# 记者从某州地铁集团获悉，截至10月底，5号线二期工程累计完成投资约42亿元。\n\n"
                      "5号线二期起于一期终点某溪站，止于机场方向，全长约20公里，建成后将与4号线、6号线形成换乘。\n\n"
                      "你最期待5号线二期哪个站开通？评论区聊聊～\n")
    assert short_year.meta.title == "#某州地铁5号线二期最新进展#"
    assert short_year.meta.writers == ("某州交通",)
    split = read("微博\n打开APP\n某城交警\nV\n25-11-18 07:12\n来自 微博视频号\n已编辑\n"
                 "【某城交警提示：降雪天气出行注意安全】据气象部门预报，11月18日至19日我市将迎来今冬首场中到大雪。\n\n"
                 "另外，提醒各位驾驶人，降雪天气部分高速公路可能会采取临时交通管制措施，出行前请查询路况信息。\n")
    assert split.meta.title == "某城交警提示：降雪天气出行注意安全"
    assert split.meta.writers == ("某城交警",)
    province = read("网易 首页 登录 打开网易新闻 查看精彩图片\n钱塘江大潮遇上无人机灯光秀，某宁这个中秋太热闹了\n"
                    "2025-10-06 21:15·浙江 潮乡小某\n中秋国庆假期，某宁盐官古城迎来了一年中最热闹的时候，白天看潮，晚上看灯光秀。\n\n"
                    "10月5日晚，800架无人机在钱塘江上空变换出“潮涌”“圆月”等图案，吸引了数万名游客驻足观看。\n\n"
                    "本文来自网易号，仅代表作者本人观点\n")
    assert province.meta.writers == ("潮乡小某",)


def test_a_picture_s_words_and_its_one_sentence_caption_and_sub_headings_numbered_01_02_03():
    doc = read("某阳新闻网\n首页 > 民生\n某南区推进一刻钟便民生活圈建设\n2025-04-10 来源：某阳日报\n"
               "走出家门，步行几分钟就能买到新鲜蔬菜、修好鞋子，这是某南区居民如今的日常，便民生活圈建设让生活更方便。\n\n"
               "邻里中心\n\n居民在邻里中心选购蔬菜。\n\n"
               "在五三街道某园社区，新建成的邻里中心集合了菜店、理发店、修鞋铺和药店，周边三千多户居民从中受益。\n\n"
               "区商务局负责人介绍，今年全区将再建成便民生活圈十个，实现社区全覆盖。\n")
    assert "居民在邻里中心选购蔬菜。" not in body(doc)
    assert "邻里中心" not in body(doc)
    numbered = read("原创 沪上生活某 2025年03月08日 20:15 上海\n上海这5条梧桐小马路，春天一定要去走一走！\n"
                    "三月的上海，梧桐树刚刚冒出新芽，阳光透过枝丫洒在老洋房的红砖墙上，随手一拍都是大片。\n\n01 武康路\n\n"
                    "这条路大家应该都不陌生了，全长约1.17公里，沿线有近40处优秀历史建筑，周末总是人来人往。\n\n02 永嘉路\n\n"
                    "相比武康路，永嘉路要安静许多，路边小店一家挨着一家，面包店、花店和咖啡馆都很有特色。\n\n03 多伦路\n\n"
                    "虹口的多伦路是一条“文化名人街”，短短550米集中了多处名人故居和老建筑，值得慢慢逛。\n\n"
                    "你最喜欢哪一条？欢迎在评论区告诉我们～\n")
    assert [t for t in body(numbered) if t[:2] in ("01", "02", "03")] == ["01 武康路", "02 永嘉路", "03 多伦路"]


def test_a_headline_s_second_line_opening_with_de_a_listed_story_and_an_interview_s_first_question():
    de = read("某辰融媒LOGO 某辰融媒\n首页时政社会财经文旅视频评论\n搜索新闻、视频\n老字号糕点铺\n的“新配方”\n2025-08-01来源：某辰融媒作者：杜某\n"
              "在某河区鼓楼商业街，一家开了六十多年的糕点铺门前总是排着长队，店里最近推出的低糖绿豆糕成了“网红”。\n\n"
              "第三代传人何某芳说，年轻顾客越来越注重健康，“老配方要守住，但也得跟着时代变一变”。\n")
    assert de.meta.title == "老字号糕点铺的“新配方”"
    listed = read("某山北报数字报2025年9月3日往期回顾返回首页\n版面缩略图\n\n版面导航\n第01版：要闻\n第02版：综合\n本版标题\n"
                  "三万亩棉田迎来机采季\n某山北区开展夏季农产品质量安全专项抽检\n全区秋季开学工作平稳有序\n上一版 下一版 PDF下载\n\n"
                  "第1版：一版要闻　2025年9月3日\n三万亩棉田迎来机采季\n采棉机“接力”作业 棉农喜算丰收账\n\n"
                  "本报讯（记者　王某　陈　亮）9月2日，在某山北区湖滨乡的万亩棉田里，五台大型采棉机一字排开，所到之处，棉花被打成棉包。\n\n"
                  "“今年雨水合适，虫害少，亩产能到420公斤。”种植大户吴某新站在地头，掰着手指算起了丰收账。\n")
    assert listed.meta.title == "三万亩棉田迎来机采季"
    assert body(listed)[0].startswith("本报讯")
    interview = read("某溪市医疗保障局\n首页 > 政策解读\n关于某溪市城乡居民医保门诊慢特病待遇调整的解读\n"
                     "发布日期：2025-09-02来源：市医疗保障局字号：大 中 小分享到：\n问：这次调整主要涉及哪些内容？\n\n"
                     "答：一是将门诊慢特病病种由36种扩大到48种，二是提高部分病种的年度支付限额，三是简化认定流程。\n\n"
                     "问：新政策从什么时候开始执行？\n\n答：自2025年10月1日起执行，已认定的参保人员无需重新申请。\n")
    assert body(interview)[0] == "问：这次调整主要涉及哪些内容？"


def test_transliterated_names_alone_or_marked_a_span_of_days_and_an_english_wire_s_credits_with_its_date():
    alone = read("无障碍长者模式English登录注册繁體\n某河县人民政府网\n首页 / 新闻中心 / 乡镇动态\n"
                 "某河县：“订单式”培训助农牧民家门口就业\n2025-06-03 09:08某河县人社局阅读：2,158\n阿依古丽·托合提\n\n"
                 "近日，在某河县乡村振兴产业园的一家服装加工企业车间里，刚结束培训的28名农牧民走上了缝纫岗位。\n\n"
                 "今年以来，某河县人社局围绕园区企业用工需求，推行订单式培训模式，先后开设缝纫工、电工等培训班17期。\n")
    assert alone.meta.writers == ("阿依古丽·托合提",)
    marked = read("某城日报 2025年4月23日 星期三 往期回顾 PDF下载\n本版标题\n高原牧场的春天\n诗三首\n读书札记\n版面缩略图\n上一版 下一版\n\n"
                  "某城日报 2025年4月23日 第4版 副刊\n高原牧场的春天\n□ 米玛·顿珠\n\n"
                  "四月的风还带着凉意，牧场上的积雪却已经悄悄化开，露出一片片枯黄的草地。\n\n"
                  "阿爸赶着牦牛群往山坡上走，牛铃声在山谷里回荡，阿妈在帐篷前打着酥油。\n")
    assert marked.meta.writers == ("米玛·顿珠",)
    span = read("参观预约 | 展览 | 典藏 | 教育\n某岭市博物馆\n首页 / 展览资讯 / 正文\n“海丝遗珍——某岭出土外销瓷特展”开幕\n"
                "发布日期：2025-04-18 发布部门：陈列部\n4月18日，“海丝遗珍——某岭出土外销瓷特展”在我馆二楼临时展厅开幕。\n\n"
                "本次展览共展出宋元明清各时期外销瓷器180余件（套），其中多件为近年考古新发现。\n\n展览信息\n"
                "展期 2025年4月18日—7月20日\n地点 某岭市博物馆二楼临时展厅\n"
                "展览分为“窑火初燃”“扬帆远航”“瓷行天下”三个单元，通过实物、图片和多媒体展示海上丝绸之路的瓷器贸易。\n")
    assert span.meta.writers == ()
    assert "展期 2025年4月18日—7月20日" in body(span)
    valid = read("某汇区人民政府 设为首页 | 加入收藏 | English\n\n首 页 | 政府信息公开 | 区情概况 | 办事服务 | 互动交流\n\n"
                 "当前位置：首页 >> 政府信息公开 >> 规范性文件\n\n索 引 号 XH0021-2025-00017 主题分类 民政、扶贫、救灾\n\n"
                 "发文机关 某汇区民政局 某汇区财政局 成文日期 2025年4月18日\n\n文　　号 某民规〔2025〕2号 发布日期 2025年4月25日\n\n"
                 "有 效 期 2025年5月1日至2030年4月30日\n\n"
                 "某汇区民政局 某汇区财政局关于印发《某汇区社区养老服务补贴管理办法》的通知\n\n某民规〔2025〕2号\n\n"
                 "各街道办事处，各有关单位：\n\n"
                 "为进一步完善本区社区养老服务体系，现将《某汇区社区养老服务补贴管理办法》印发给你们，请认真遵照执行。\n\n"
                 "某汇区民政局　　某汇区财政局\n\n2025年4月18日\n\n某汇区社区养老服务补贴管理办法\n\n第一章　总则\n\n"
                 "第一条　为支持社区养老服务设施建设和运营，提升老年人就近就便获得服务的水平，结合本区实际，制定本办法。\n\n"
                 "第二条　本办法适用于在本区依法登记、从事社区养老服务的机构，包括长者照护之家、社区老年助餐点等。\n\n"
                 "第三条　区民政局负责补贴的组织实施和监督管理；区财政局负责补贴资金的预算安排和拨付。\n")
    assert valid.meta.title == "某汇区民政局 某汇区财政局关于印发《某汇区社区养老服务补贴管理办法》的通知"
    wire = read("Tianshan Post\nSearch\nWorld > China > Xinjiang\n\n"
                "Apricot blossom festival draws record crowds to Bohe county\n"
                "Source: Silk Road News AgencyPublished: 2025-04-07 18:20\n"
                "BOHE, Xinjiang, April 7 (SRNA) -- More than 86,000 visitors flocked to Bohe county in "
                "northwestern China "
                "during the first week of its apricot blossom festival, local authorities said on Monday.\n\n"
                "Tourists take photos among blooming apricot trees in Bohe county.\n\n"
                "Tourists take photos among blooming apricot trees in Bohe county.\n\n"
                "The festival, now in its ninth year, features folk music performances, a farmers' market and guided "
                "hikes through orchards that cover some 3,000 hectares.\n")
    assert body(wire)[0].startswith("BOHE, Xinjiang, April 7 (SRNA) --")


def test_self_media_cards_an_avatar_over_its_name_a_note_edited_on_a_day_and_a_platform_s_path_after_the_avatar():
    note = read("小红书\n搜索小红书\n发现登录\n笔记封面\n某溪小满头像\n某溪小满\n关注\n某屏周末citywalk｜老街+书店+米粉，一天刚刚好\n"
                "上周末在某屏走了一天，整理了一条不累又好逛的路线，分享给大家～\n\n"
                "📍上午：从青石桥老街开始，石板路两边都是老房子，早上人少，拍照很出片。\n\n"
                "📍中午：沿着河边步道走二十分钟到“渡口书房”，二楼靠窗的位置能看到整条河。\n\n编辑于 06-21 湖南\n\n"
                "共 86 条评论　说点什么...\n")
    assert note.meta.writers == ("某溪小满",)
    assert dict(note.meta.extra)["published_text"] == "06-21"
    card = read("小红书 打开APP\n雪域古城一日游攻略｜不踩雷版\n头像 背包去高原的喵 编辑于 04-20 西藏 + 关注\n"
                "第一次来雪域古城，整理了一份不踩雷的一日游路线，姐妹们直接抄作业！\n\n"
                "上午：先去转经道，早上人少，光线也好，拍照很出片。中午：古城北门有家甜茶馆，甜茶3块一杯。\n")
    assert card.meta.writers == ("背包去高原的喵",)
    assert dict(card.meta.extra)["published_text"] == "04-20"
    path = read("澎湃新闻 打开APP\n湾区这条路改造完成，今天起恢复通行\n"
                "头像 澎湃号·政务 某沂湾区发布 2025-04-12 08:30 来源：澎湃新闻·澎湃号·政务 + 关注\n"
                "经过三个多月的施工，某沂湾区滨河东路改造工程全面完工，4月12日起恢复双向通行。\n\n"
                "本次改造路段全长2.3公里，拓宽了机动车道，新增非机动车道和人行道。\n")
    assert path.meta.writers == ("某沂湾区发布",)
    glued = read("今日头条 打开APP\n长春这几家老字号锅包肉，本地人从小吃到大\n某春吃货小分队头像某春吃货小分队 2025-04-05 18:32 头条号 + 关注\n"
                 "说起东北菜，锅包肉绝对是绕不开的一道。今天给大家盘点几家本地人常去的老字号。\n\n"
                 "第一家在老城区的一条小巷里，开了三十多年，外酥里嫩，酸甜适中。\n")
    assert glued.meta.writers == ("某春吃货小分队",)
    under = read("小红书 登录\n某同两天一夜｜本地人私藏路线\n头像\n小满在某同\n编辑于 10-03 山西\n关注\n"
                 "作为土生土长的某同人，被问了无数次怎么玩，干脆整理一篇！\n\n"
                 "第一天上午去古城墙，租辆自行车绕城一圈大概一个半小时，傍晚在城楼上看日落。\n")
    assert under.meta.writers == ("小满在某同",)
    assert under.meta.source is None  # (山西: where the note was sent from)


def test_an_attachment_s_rows_pasted_with_spaces_over_the_signature_and_a_caption_opening_with_its_occasion():
    doc = read("某河县人民政府\n首页 > 政务公开 > 政府文件\n某河县人民政府办公室关于印发某河县城区冬季清雪工作方案的函\n"
               "发布日期：2025-1-9　　发布单位：县政府办\n某政办函〔2025〕3号\n\n县直各有关单位：\n\n"
               "《某河县城区冬季清雪工作方案》已经县政府同意，现印发给你们，请认真组织实施。\n\n"
               "各单位要按照责任分区，在降雪停止后24小时内完成所负责路段的清雪任务。\n\n"
               "附件：某河县城区清雪责任分区表\n\n分区 责任单位 路段\n一区 县住建局 某河大道东段\n二区 县教育局 文昌路全线\n"
               "某河县人民政府办公室\n\n2025年1月8日\n\n【打印本页】【关闭窗口】\n相关链接\n关于做好2025年度安全生产工作的通知\n")
    assert body(doc)[-4:] == ["一区 县住建局 某河大道东段", "二区 县教育局 文昌路全线", "某河县人民政府办公室", "2025年1月8日"]
    caption = read("某州新闻网\n首页 > 文化\n某溪县图书馆新馆开馆\n2025-05-18 来源：某州日报\n"
                   "5月17日，位于川西高原的某溪县图书馆新馆正式开馆，当天接待读者一千余人次。\n\n"
                   "读者在新馆阅览\n\n开馆当天，读者在新馆内阅读。\n\n"
                   "新馆建筑面积约6800平方米，设有少儿阅览区、藏文文献区和数字阅读体验区，藏书十二万册。\n\n"
                   "为方便偏远乡村群众借阅，图书馆还将在各乡镇设立流动服务点，定期更换图书。\n")
    assert "开馆当天，读者在新馆内阅读。" not in body(caption)


def test_a_headline_naming_its_subject_on_one_line_and_what_it_did_on_the_next_and_a_titles_list_run_into_it():
    subject = read("某华晨讯网 登录 注册\n搜索新闻\n首页时政本地经济\n当前位置：首页 > 本地 > 社会\n"
                   "某南城首条“夜间公交环线”\n今晚开通运行\n2025-03-18 21:06　来源：某华晨讯　编辑：某某 评论 收藏\n"
                   "本报讯　今晚起，某南城首条“夜间公交环线”夜28路正式开通，线路全长41公里，串联起多个商圈和居住区。\n\n"
                   "据介绍，夜28路运营时间为每日23时至次日5时，发车间隔30分钟，全程设站36座。\n")
    assert subject.meta.title == "某南城首条“夜间公交环线”今晚开通运行"
    clause = read("某原新闻网 首页 时政\n搜索新闻\n某原新闻网 > 民生 > 正文\n社区医院开出“记忆门诊”\n"
                  "老年人在家门口就能做认知障碍筛查\n2025年9月3日 08:15　来源：某原新闻网\n"
                  "近日，某原市某某社区卫生服务中心开出“记忆门诊”，为辖区老年人免费做认知障碍筛查。\n\n"
                  "门诊每周二、周四下午开诊，由二级医院神经内科医生坐诊，一个月来已接诊两百余人次。\n")
    assert clause.meta.title == "社区医院开出“记忆门诊”"  # (what it did already said: the line under it is a deck)
    listed = read("某岭晚报　2025年6月9日 星期一\n第01版：一版第02版：民生第04版：副刊\n版面图\n本版标题\n"
                  "端午假期我市接待游客186万人次\n龙舟赛激情开赛\n夏夜里的读书声\n夏夜里的读书声\n\n城市书房延时开放受欢迎\n\n"
                  "第04版：副刊　2025年6月9日\n\n文/苏　婉\n\n"
                  "晚上九点，城东的一家城市书房依然灯火通明。二十多个座位几乎坐满，有埋头写作业的学生，也有捧着小说的年轻人。\n\n"
                  "入夏以来，我市30家城市书房将开放时间延长至晚上十点，方便市民下班后来阅读。\n\n"
                  "书房管理员告诉我，延时开放后，晚上七点到十点的读者数量增加了一倍多。\n\n"
                  "今年暑假，城市书房还将陆续开展亲子共读、作家见面会、读书分享会等活动。\n\n"
                  "夏夜的风从窗外吹进来，翻书声轻轻响起。这座城市，因为这些灯光而更加温柔。\n")
    assert listed.meta.title == "夏夜里的读书声"


def test_bylines_written_and_pictured_by_one_hand_marked_in_a_date_line_and_supplied_by_a_department():
    closing = read("某林区人民政府\n首页 > 某林要闻\n某林区首批“一刻钟便民生活圈”示范社区揭牌\n"
                   "2025-03-21 09:30:05　来源：某林区商务局　阅读量：3412\n"
                   "3月20日，某林区首批12个“一刻钟便民生活圈”示范社区集中揭牌，居民步行15分钟即可满足日常需求。\n\n"
                   "区商务局负责人表示，到2025年底，全区将建成30个便民生活圈，实现城市社区全覆盖。（文/图 某思远）\n")
    assert closing.meta.writers == ("某思远",)
    marked = read("某江日报　2025年10月10日　星期五\n版面导航\n第06版：副刊\n本版标题\n\n秋日读书会\n一座城市的阅读地图\n"
                  "一座城市的阅读地图\n2025年10月10日　第06版：副刊　　□林书言\n"
                  "这座城市的阅读地图，是一点一点画出来的。最早是街角的书报亭，后来是大大小小的书店。\n\n"
                  "我常去的那家社区图书馆，只有两间教室大小，却一年到头人气不减。\n")
    assert marked.meta.writers == ("林书言",)
    two = read("某岭日报\n苗寨刺绣走出大山\n2025年8月2日　第03版：民生\n"
               "在某岭县的苗寨里，绣娘们一针一线，把祖辈传下来的图案绣进了城市人的生活。\n\n"
               "目前合作社已带动周边6个村寨320余名绣娘就业，年人均增收1.1万元。\n\n莫兰花　欧阳林　文/图\n\n【返回目录】\n")
    assert two.meta.writers == ("莫兰花", "欧阳林")
    supplied = read("某某集团\n首页 > 新闻中心 > 集团要闻\n集团召开2025年度安全生产工作总结会\n发布时间：2025-12-15 17:26:00\n"
                    "12月15日，集团召开2025年度安全生产工作总结会，总结全年安全生产工作，部署下一阶段重点任务。\n\n"
                    "会议要求，各单位要压紧压实安全生产责任，扎实开展隐患排查治理，确保安全形势持续稳定。\n\n"
                    "供稿：安全管理部 汪洋\n")
    assert supplied.meta.writers == ("汪洋",)
    assert supplied.meta.source == "安全管理部"
    card = read("百家号\n打开App\n某徽这座小城，藏着全国一半的羽毛球\n某经小镇观察\n25-09-22\n优质财经领域创作者\n"
                "你可能没想到，我们日常打的羽毛球，很多都来自某徽的一座县城。当地羽毛球企业上百家，年产量占全国一半左右。\n\n"
                "羽毛球的制作看似简单，其实要经过选毛、洗毛、插毛、粘线、烘干等几十道工序。\n")
    assert card.meta.published == dt.date(2025, 9, 22)
    assert card.meta.writers == ("某经小镇观察",)


def test_pictures_captioned_on_the_evening_in_quotation_marks_or_in_english_and_a_museum_s_notice_signed():
    evening = read("某赵晚讯 首页 时政\n搜索新闻\n某赵晚讯 > 图片新闻 > 正文\n古城夜游人气旺\n2025-8-2 21:16　某赵晚讯\n"
                   "游客在古城南门拍照\n\n8月1日晚，游客在某定古城南门前拍照留念。\n\n"
                   "暑期以来，某阳古城推出夜游灯光秀、非遗市集和实景演出等系列活动，吸引大批游客前来打卡。\n\n"
                   "据景区管委会统计，7月份古城累计接待游客八十六万人次，其中夜间游客占比超过六成。\n")
    assert evening.meta.title == "古城夜游人气旺"
    assert "8月1日晚，游客在某定古城南门前拍照留念。" not in body(evening)
    quoted = read("某某大学新闻网\n我校战队获全国大学生机器人大赛一等奖\n来源：机械工程学院　发布时间：2025-07-29\n"
                  "7月25日至28日，第二十四届全国大学生机器人大赛总决赛举行，我校“海燕”战队获得一等奖。\n\n"
                  "战队成员在赛场合影\n“海燕”战队成员合影。\n\n"
                  "本届大赛共有来自全国的186支队伍参赛。我校战队由机械工程学院、信息学院等4个学院的21名学生组成。\n")
    assert body(quoted) == ["7月25日至28日，第二十四届全国大学生机器人大赛总决赛举行，我校“海燕”战队获得一等奖。",
                            "本届大赛共有来自全国的186支队伍参赛。我校战队由机械工程学院、信息学院等4个学院的21名学生组成。"]
    english = read("Some City Daily\nHome > City\nRiverside science corridor opens to the public\n2025-06-12 09:30\n"
                   "The Binjiang science corridor, built on the site of former warehouses, includes a public science "
                   "museum, two innovation centers and a waterfront trail for cyclists and runners.\n\n"
                   "Visitors walk along the riverside trail\n\n"
                   "Visitors walk along the new riverside trail on Wednesday.\n\n"
                   "\"We want scientists and residents to share the same space,\" said a deputy director of the "
                   "district science commission. \"A good idea often starts with a chance conversation on a walk.\"\n")
    assert not any(line.startswith("Visitors walk") for line in body(english))
    notice = read("某岭市博物馆\n请输入关键字\n您当前的位置：首页 > 公告\n关于“铜鼓文化特展”开展的公告\n"
                  "发布时间：2025年9月16日　发布者：某岭市博物馆\n广大观众朋友：\n\n"
                  "由某岭市博物馆主办的“铜鼓文化特展”将于2025年9月20日起在本馆二楼临时展厅展出，展期三个月。\n\n"
                  "观众可通过微信公众号预约参观，持身份证件入馆。\n\n某岭市博物馆\n\n2025年9月16日\n\n【打印本页】【关闭窗口】\n")
    assert body(notice)[0] == "广大观众朋友："
    assert body(notice)[-2:] == ["某岭市博物馆", "2025年9月16日"]
    repost = read("某河文旅\n2025-05-03 20:15\n某河口老街的三家早餐店\n"
                  "早上七点的老街，蒸笼的白气已经飘满了半条街。第一家是开了二十年的包子铺，皮薄馅大。\n\n"
                  "第二家卖豆腐脑，咸口甜口都有，本地人多半点咸的，再加一勺辣油。\n\n本文由某河文旅原创，转载请联系授权。\n")
    assert body(repost)[-1].startswith("第二家卖豆腐脑")


def test_a_headline_broken_after_a_clause_of_time():
    after = read("某坊晚报网\n搜索新闻\n首页 时政 经济 社会\n您的位置 > 新闻 > 本地\n暴雨过后\n抢修队员连夜恢复供电\n"
                 "2025年5月21日 23:05 来源：某坊晚报 阅读量：790\n"
                 "5月21日傍晚，一场短时强降雨袭击城区，部分线路因树枝倒伏发生故障，三千余户居民家中停电。\n\n"
                 "供电公司随即启动应急预案，组织六支抢修队伍连夜排查，至次日凌晨两点全部恢复供电。\n")
    assert after.meta.title == "暴雨过后抢修队员连夜恢复供电"


def test_self_media_headers_an_avatar_s_alt_text_over_its_name_wechat_s_mark_and_a_day_over_a_counter():
    avatar = read("网易号 | 打开APP 下载 | 登录\n五一去哪儿？这份周边游攻略请收好\n某平文旅小编头像\n某平文旅小编\n网易号\n+ 关注\n"
                  "2025-04-27 12:08:31\n近日，某平市召开周边旅游工作推进会，总结前一阶段工作成效，研究部署下一步重点任务。\n\n"
                  "某平市坚持问需于民，先后组织30场座谈会，梳理形成问题清单、任务清单和责任清单，逐项明确牵头单位。\n\n"
                  "据介绍，今年以来，某平市累计实施相关项目44个，截至目前，已完工项目16个，其余项目正在加紧推进。\n")
    assert avatar.meta.title == "五一去哪儿？这份周边游攻略请收好"
    wechat = read("微信公众号 | 打开APP 下载 | 登录\n重要提醒！这些公交线路临时调整\n原创 某州发布 2025年5月30日 17:55\n"
                  "各位市民朋友：\n\n因道路施工，6月1日起，3路、7路、12路公交线路临时调整，具体如下。\n\n"
                  "3路：取消某某路口站，绕行人民路，恢复时间另行通知。\n")
    assert wechat.meta.writers == ("某州发布",)
    bar = read("某某旗人民政府\n当前位置：首页 > 政务公开 > 政务要闻\n全旗冬春季森林草原防灭火工作现场会召开\n06-23 | 浏览次数：2283\n"
               "6月23日，全旗冬春季森林草原防灭火工作现场会召开，总结前一阶段工作，部署下一步重点任务。\n\n"
               "会议要求，各苏木镇要压实责任、细化措施，确保森林草原防灭火各项任务落地见效。\n")
    assert dict(bar.meta.extra)["published_text"] == "06-23"
    stamp = read("小红书　打开APP　登录\n住在某澜市五年，这些宝藏小店我只告诉你\n头像小林的湾区日常 +关注\n\n07-25　·　来自广东\n\n"
                 "在某澜住了五年，攒下了一堆宝藏小店，今天挑几家最常去的分享给大家。\n\n"
                 "第一家是老街口的糖水铺，双皮奶和姜撞奶都是现做的，一碗只要八块钱。\n")
    assert dict(stamp.meta.extra)["published_text"] == "07-25"
    card = read("小红书 | 打开APP 下载 | 登录\n阿茶在某宁头像\n阿茶在某宁\n小红书\n+ 关注\n某宁冲浪小白第一课｜保姆级攻略\n"
                "第一次在某宁学冲浪，整理了一份小白攻略，从选浪点到租板子都写清楚了。\n\n"
                "浪点推荐日月湾，浪小，教练多，一节体验课两小时三百块左右，含板子和防晒衣。\n\n编辑于 06-21 某南\n")
    assert card.meta.writers == ("阿茶在某宁",)  # (the platform's name between the account and its follow button)


def test_a_field_giving_a_span_of_days_names_no_writer_and_an_english_byline_glued_to_its_time_and_outlet():
    span = read("某某博物馆\n首页 > 展览资讯\n“草原丝路”文物特展开幕\n发布时间：2025.5.18 文/朱丽娜 图/韩冬\n"
                "5月18日，“草原丝路”文物特展在某某博物馆开幕，展出各地出土的金银器、丝织品等文物180余件（套）。\n\n"
                "展览分为“草原之路”“丝路驼铃”“多元交融”三个单元，展现了古代草原丝绸之路上的文化交流。\n\n"
                "展期 2025年5月18日—8月31日\n地点 二层临展厅\n【打印本页】 【关闭窗口】\n")
    assert span.meta.writers == ("朱丽娜",)
    glued = read("Xiangning Daily English\nHome Hunan Business Culture\nHome > Culture\n\n"
                 "Ancient tea-horse road town draws summer visitors\n"
                 "Updated: Aug 3, 2025 17:40By Tang Yue and Liu JiaxinXiangning Daily\n"
                 "Stone-paved lanes worn smooth by centuries of mule caravans are busy again this summer in Baishui, "
                 "a small town that once served as a stop on an ancient tea-horse trading route.\n\n"
                 "The town received more than 210,000 visitors in July, up 35 percent year-on-year, according to the "
                 "local culture and tourism bureau.\n")
    assert glued.meta.writers == ("Tang Yue", "Liu Jiaxin")


def test_a_table_the_text_announces_at_its_end_and_a_scene_s_words_over_a_dated_caption():
    table = read("某澜市人民政府\n首页 > 政务动态\n我市城中村改造重点任务有序推进\n发布时间：2025年6月3日　来源：某澜市人民政府\n"
                 "今年以来，某澜市围绕城中村改造目标任务，坚持问题导向和结果导向，推动各项工作落地见效。\n\n"
                 "近日，某澜市召开城中村改造专题推进会，听取各县（区）和市直有关部门工作进展情况汇报。\n\n"
                 "各县（区）重点任务完成情况如下：\n\n县（区）\t计划任务\t已完成\t完成率\n南湾区\t77\t21\t27%\n"
                 "沙洲区\t85\t61\t71%\n高新区\t55\t14\t25%\n会议现场\n\n图为会议现场。\n\n（责任编辑：某某）\n\n【打印本页】【关闭窗口】\n")
    assert "各县（区）重点任务完成情况如下：" in body(table)
    rows = [[inline_text(cell) for cell in row]
            for block in table.blocks if isinstance(block, Table) for row in block.rows]
    assert rows[-1] == ["高新区", "55", "14", "25%"]
    assert "图为会议现场。" not in body(table)
    scene = read("某州新闻网\n首页 > 本地\n全市春季植树活动启动\n2025-03-17 来源：某州日报\n"
                 "3月16日，全市春季义务植树活动在白沙溪生态廊道启动，两千余名干部群众参加植树。\n\n"
                 "植树现场\n3月16日，志愿者在白沙溪生态廊道栽种苗木。\n\n"
                 "活动现场，林业技术人员向村民讲解了苗木栽植、浇水和防虫的要点。\n")
    assert "3月16日，志愿者在白沙溪生态廊道栽种苗木。" not in body(scene)
