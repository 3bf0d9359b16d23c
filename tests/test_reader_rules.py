"""Unit tests of the raw-text reader's rules: dates, bylines, paragraph joining, headings."""

from __future__ import annotations

import datetime as dt

import pytest

from newsconv.model import Heading, Paragraph, Role, inline_text
from newsconv.readers import ReadOptions
from newsconv.readers.text import read_text
from newsconv.readers.text.bylines import leading_byline, parse_credits, trailing_byline
from newsconv.readers.text.dates import find_date
from newsconv.readers.text.lines import join_wrapped


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2024年5月6日", dt.date(2024, 5, 6)),
        ("发布时间：2024年05月06日 10:30", dt.datetime(2024, 5, 6, 10, 30)),
        ("2024-05-06", dt.date(2024, 5, 6)),
        ("2024/5/6 10:30:00", dt.datetime(2024, 5, 6, 10, 30)),
        ("二〇二四年五月六日", dt.date(2024, 5, 6)),
        ("二〇二四年十二月二十六日", dt.date(2024, 12, 26)),
        ("May 6, 2024", dt.date(2024, 5, 6)),
        ("6 May 2024", dt.date(2024, 5, 6)),
        ("Updated 3:45 p.m. ET, Mon May 6, 2024", dt.datetime(2024, 5, 6, 15, 45)),
        ("Nov. 20, 2019 5:52 AM EST", dt.datetime(2019, 11, 20, 5, 52)),
    ],
)
def test_dates(text, value):
    found = find_date(text)
    assert found is not None and found.value == value


def test_month_day_takes_the_year_from_context():
    assert find_date("5月6日电", default_year=2024).value == dt.date(2024, 5, 6)
    partial = find_date("5月6日电")
    assert (partial.year, partial.month, partial.day, partial.value) == (None, 5, 6, None)


def test_no_date_in_plain_numbers():
    assert find_date("增长了2024.5亿元，同比增长13.06%") is None


def test_trailing_byline():
    rest, people = trailing_byline("用“1+5”全域党建模式推动发展。(史航 刘洋)")
    assert rest == "用“1+5”全域党建模式推动发展。"
    assert [p.name for p in people] == ["史航", "刘洋"]
    _, people = trailing_byline("全文完。（记者 张三 通讯员 李四）")
    assert [(p.name, p.role) for p in people] == [("张三", Role.REPORTER), ("李四", Role.CORRESPONDENT)]


@pytest.mark.parametrize("text", ["他说（完）", "数字增长（2024）", "见下图（资料图）", "这是（一段很长的补充说明，并不是作者）"])
def test_parentheses_that_are_not_bylines(text):
    assert trailing_byline(text) is None


def test_leading_byline_and_dateline():
    people = leading_byline("新华社北京5月12日电（记者 张三）国务院今天发布……")
    assert [(p.name, p.role) for p in people] == [("张三", Role.REPORTER)]
    people = leading_byline("本报讯（记者 张三 通讯员 李四）昨天，")
    assert [p.name for p in people] == ["张三", "李四"]


def test_credit_line_roles_never_conflated():
    credits = parse_credits("来源：新华网 作者：张三 责任编辑：李四 摄影：王五")
    assert credits.source == "新华网"
    assert [(p.name, p.role) for p in credits.people] == [
        ("张三", Role.AUTHOR), ("李四", Role.EDITOR), ("王五", Role.PHOTOGRAPHER)]


def test_english_byline():
    credits = parse_credits("By Jane Doe and John Roe")
    assert [p.name for p in credits.people] == ["Jane Doe", "John Roe"]


def test_join_wrapped():
    assert join_wrapped("中国的公园真的很", "神奇") == "中国的公园真的很神奇"
    assert join_wrapped("the old", "library") == "the old library"
    assert join_wrapped("a news-", "paper") == "a newspaper"
    assert join_wrapped("大叔Gweilo", "是个") == "大叔Gweilo是个"


def test_hard_wrapped_indented_chinese_is_rejoined():
    text = (
        "标题在这里\n"
        "　　第一段的第一行很长，很长很长很长很长很长很长很长很长很长很长很长很长很长很\n"
        "长很长。\n"
        "　　第二段也是这样写成的，它同样被硬换行到了四十个字符的宽度上，读者需要把它\n"
        "接起来才能读。\n"
        "　　小标题在这\n"
        "　　第三段比较短，只有一行，而且以句号结束，并没有任何换行的问题存在于此。\n"
        "　　第四段也一样只有一行，它也以句号结束，这一段同样没有任何问题需要处理。\n"
    )
    doc = read_text(text, ReadOptions())
    kinds = [(type(b).__name__, inline_text(b.content)) for b in doc.blocks]
    lines = text.splitlines()
    assert kinds[0] == ("Paragraph", lines[1].strip() + lines[2])
    assert kinds[1][1].endswith("接起来才能读。")
    assert kinds[2] == ("Heading", "小标题在这")
    assert len(doc.blocks) == 5
    assert isinstance(doc.blocks[3], Paragraph) and isinstance(doc.blocks[2], Heading)


def test_numbered_heading_levels():
    text = (
        "关于做好工作的通知\n\n"
        "各单位：为了做好有关工作，现将有关事项通知如下，请各单位认真贯彻落实，确保取得实效。\n\n"
        "一、总体要求\n\n"
        "坚持问题导向，突出工作重点，明确责任分工，确保各项任务按时保质完成，取得实实在在的成效。\n\n"
        "（一）工作目标\n\n"
        "到年底前，全面完成各项工作任务，建立健全长效工作机制，形成一批可复制可推广的经验做法。\n\n"
        "二、主要任务\n\n"
        "加强组织领导，压实工作责任，强化督促检查，确保各项工作任务落到实处，取得明显的成效。\n"
    )
    doc = read_text(text, ReadOptions())
    headings = [(b.level, inline_text(b.content)) for b in doc.blocks if isinstance(b, Heading)]
    assert headings == [(1, "一、总体要求"), (2, "（一）工作目标"), (1, "二、主要任务")]
    assert doc.meta.title == "关于做好工作的通知"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("18-03-08 23:16", dt.datetime(2018, 3, 8, 23, 16)),
        ("2019 09/07 19:02", dt.datetime(2019, 9, 7, 19, 2)),
        ("21:17 18.11.2019", dt.datetime(2019, 11, 18, 21, 17)),
        ("Published Wed, Nov 20 20194:29 AM EST", dt.datetime(2019, 11, 20, 4, 29)),
        ("27/09/2018", dt.date(2018, 9, 27)),
        ("2019-11-19T04:58:46Z", dt.datetime(2019, 11, 19, 4, 58, 46)),
        ("segunda-feira, 22 de janeiro de 2018 às 0:13", dt.datetime(2018, 1, 22, 0, 13)),
        ("11 октября 2018", dt.date(2018, 10, 11)),
    ],
)
def test_more_date_formats(text, value):
    assert find_date(text).value == value


def test_credit_block_roles():
    credits = parse_credits("文/张三 图/李四")
    assert [(p.name, p.role) for p in credits.people] == [("张三", Role.AUTHOR), ("李四", Role.PHOTOGRAPHER)]
    credits = parse_credits("澎湃新闻记者 段彦超 廖艳")
    assert [(p.name, p.role) for p in credits.people] == [("段彦超", Role.REPORTER), ("廖艳", Role.REPORTER)]
    credits = parse_credits("By Jason Cipriani | November 18, 2019 -- 19:14 GMT | Topic: Hardware")
    assert [p.name for p in credits.people] == ["Jason Cipriani"]
    assert credits.date.value == dt.datetime(2019, 11, 18, 19, 14)


def test_agencies_are_not_authors():
    assert parse_credits("By Reuters") is None or not parse_credits("By Reuters").people
    assert trailing_byline("全文完。（新华社）") is None


def test_unlabelled_chinese_names_need_a_family_name():
    assert trailing_byline("这是最后一段。（史航 刘洋）") is not None
    assert trailing_byline("这是最后一段。（最新文章）") is None


def test_chapter_and_section_headings():
    text = (
        "某市物业服务管理条例\n\n第一章 总则\n\n"
        "为了规范管理工作，保障各方合法权益，根据有关法律法规，结合本地实际，制定本条例。本条例适用于本市行政区域。\n\n"
        "第一节 一般规定\n\n"
        "各级人民政府应当加强对本条例实施工作的领导，建立健全工作机制，所需经费列入本级财政预算予以保障。\n\n"
        "第二章 管理\n\n"
        "有关部门应当按照各自职责做好相关工作，加强协调配合，形成工作合力，共同推进各项措施落到实处。\n"
    )
    doc = read_text(text, ReadOptions())
    headings = [(b.level, inline_text(b.content)) for b in doc.blocks if isinstance(b, Heading)]
    assert headings == [(1, "第一章 总则"), (2, "第一节 一般规定"), (1, "第二章 管理")]


def test_numbered_and_bulleted_lists():
    from newsconv.model import ListBlock

    text = (
        "Ten things to know about the new library\n\nBy Jane Doe\n\n"
        "The library reopened on Monday after two years of work, and readers queued around the block.\n\n"
        "1. The roof was replaced.\n2. The wiring was renewed.\n3. The reading room was restored.\n\n"
        "The council says the library will open longer hours than before, from eight on weekdays.\n\n"
        "• Lift\n• Step-free entrances\n• Children's garden\n\n"
        "A second phase will turn the caretaker's flat into a local history archive next spring.\n"
    )
    doc = read_text(text, ReadOptions())
    lists = [b for b in doc.blocks if isinstance(b, ListBlock)]
    assert [(lb.ordered, lb.start, [inline_text(i[0].content) for i in lb.items]) for lb in lists] == [
        (True, 1, ["The roof was replaced.", "The wiring was renewed.", "The reading room was restored."]),
        (False, 1, ["Lift", "Step-free entrances", "Children's garden"]),
    ]


def test_user_lexicon_drops_a_line_and_explain_names_the_entry(tmp_path):
    from newsconv.readers.text import explain

    lexicon = tmp_path / "office.toml"
    lexicon.write_text('[chrome]\nexact = ["本网讯 欢迎投稿"]\n', encoding="utf-8")
    text = (
        "标题在这里啊\n\n本网讯 欢迎投稿\n\n"
        "第一段正文，说明了会议的主要内容和安排，参会人员认真听取了报告并进行了讨论。\n\n"
        "第二段正文，会议要求各单位结合实际抓好落实，确保各项工作任务按期完成见到实效。\n"
    )
    extended = ReadOptions(lexicon=(str(lexicon),))
    assert "本网讯 欢迎投稿" not in [inline_text(b.content) for b in read_text(text, extended).blocks
                                 if isinstance(b, Paragraph)]
    decision = next(d for d in explain(text, extended) if d.line.text == "本网讯 欢迎投稿")
    assert decision.kind.value == "chrome" and "本网讯 欢迎投稿" in decision.rule
    assert read_text(text, extended).meta.title == "标题在这里啊"


@pytest.mark.parametrize(
    ("line", "people", "source"),
    [
        ("文｜张三", [("张三", Role.AUTHOR)], None),
        ("作者：张三（北京大学教授）", [("张三", Role.AUTHOR)], None),
        ("2024-01-09 10:20来源：东方网作者：赵峰", [("赵峰", Role.AUTHOR)], "东方网"),
        ("来源：人民日报（海外版） 作者：张三、李四", [("张三", Role.AUTHOR), ("李四", Role.AUTHOR)], "人民日报（海外版）"),
        ("记者 李 明 王 芳", [("李明", Role.REPORTER), ("王芳", Role.REPORTER)], None),
        ("Tom Jicha | TV and Radio Writer", [("Tom Jicha", Role.AUTHOR)], None),
        ("The Associated Press", [], "The Associated Press"),
        ("By Reuters", [], "Reuters"),
        ("潇湘晨报记者 龙文泱 长沙报道", [("龙文泱", Role.REPORTER)], None),
        ("记者 欧阳明 北京报道", [("欧阳明", Role.REPORTER)], None),
        ("记者 李四报道", [("李四", Role.REPORTER)], None),
        ("■ 记者 张三 实习生 李四", [("张三", Role.REPORTER), ("李四", Role.REPORTER)], None),
        ("文 | 张三", [("张三", Role.AUTHOR)], None),
        ("记者|张三", [("张三", Role.REPORTER)], None),
        ("作者：文/图：团委 马骁 郑佳怡", [("马骁", Role.AUTHOR), ("郑佳怡", Role.AUTHOR)], None),
        ("来源：宣传部 作者：李四", [("李四", Role.AUTHOR)], "宣传部"),
        ("中新网北京4月18日电 (记者 吴 涛)", [("吴涛", Role.REPORTER)], None),
        ("文章来源：区教育局  作者：佚名  点击数：88  更新时间：2015-06-01", [], "区教育局"),
        ("来源：某某区人民政府网 作者：网站管理员", [], "某某区人民政府网"),
        ("撰稿：办公室 审核：张三", [("张三", Role.EDITOR)], None),
        ("作者：张建科", [("张建科", Role.AUTHOR)], None),
        ("By LI HONGYANG and WANG XIAODONG | China Daily", [("LI HONGYANG", Role.AUTHOR), ("WANG XIAODONG", Role.AUTHOR)],
         "China Daily"),
        ("Writer: Chen Mei | Editor: Zhao Yi | From: Shanghai Daily | Updated: 2024-1-9",
         [("Chen Mei", Role.AUTHOR), ("Zhao Yi", Role.EDITOR)], None),
        ("Author: Jane Doe", [("Jane Doe", Role.AUTHOR)], None),
        ("Source: Xinhua| 2024-01-09 10:20:33|Editor: Wang Xiao", [("Wang Xiao", Role.EDITOR)], "Xinhua"),
        ("Updated: 2024-08-12　　Source: example.com　　Writer: Li Ying", [("Li Ying", Role.AUTHOR)], "example.com"),
        ("发布日期：2025-07-04作者：安全稳定科来源：市教育局点击：1593", [], "市教育局"),
        ("□ 本报记者 石如宽 通讯员 刘玉娟", [("石如宽", Role.REPORTER), ("刘玉娟", Role.CORRESPONDENT)], None),
        ("□林书恒", [("林书恒", Role.AUTHOR)], None),
        ("作者：古丽米热·艾力", [("古丽米热·艾力", Role.AUTHOR)], None),
    ],
)
def test_credit_lines_from_other_sites(line, people, source):
    credits = parse_credits(line)
    assert [(p.name, p.role) for p in credits.people] == people
    assert credits.source == source


@pytest.mark.parametrize(
    ("paragraph", "names"),
    [("本报讯 记者张三 今天，全市开展了……", ["张三"]), ("记者 张三 李四 报道：近日，……", ["张三", "李四"]),
     ("新华社北京1月9日电 记者张三 今天，……", ["张三"]),
     ("中国青年报客户端北京1月9日电（中青报·中青网记者 张三）近日，……", ["张三"]),
     ("本报讯（澎湃新闻记者 赵六）近日，……", ["赵六"])],
)
def test_leading_bylines_without_parentheses(paragraph, names):
    assert [p.name for p in leading_byline(paragraph)] == names


@pytest.mark.parametrize("paragraph", ["记者们今天来到现场，看到……", "通讯员很多，他们说……"])
def test_words_after_a_label_are_not_names(paragraph):
    assert leading_byline(paragraph) is None


def test_a_headline_s_second_line_may_end_on_attention_but_not_on_a_follow_button():
    from newsconv.readers.text.classify.shapes import title_goes_on

    assert title_goes_on("某某市召开全市安全生产工作会议暨", "一季度重点工作推进会引发关注")
    assert not title_goes_on("南宁人的夏天，是从一碗“酸嘢”开始的", "某某美食记 某某美食记 +关注")
    assert not title_goes_on("某某市召开全市安全生产工作会议暨", "一季度重点工作推进会 关注")


@pytest.mark.parametrize(("line", "credits"), [
    ("By Tom James PA SportsTicker Contributing Writer", True),
    ("By Chris Foster, Los Angeles Times Staff Writer", True),
    ("Derrik J. Lang, THE ASSOCIATED PRESS", True),
    ("By the numbers: what voters want this year", False),
    ("Bye Bye Baby", False),
    ("Pope visits Turkey, AP says", False),
])
def test_an_english_writer_s_credit_is_told_from_a_headline(line, credits):
    from newsconv.readers.text.bylines import credits_a_writer

    assert credits_a_writer(line) is credits


def test_a_four_character_name_needs_a_double_family_name_or_two():
    from newsconv.readers.text.bylines import is_chinese_personal_name

    assert is_chinese_personal_name("欧阳晓晴") and is_chinese_personal_name("陈李秀英")
    assert not is_chinese_personal_name("项目概况") and is_chinese_personal_name("项国林")
