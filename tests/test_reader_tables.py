"""Tables in a pasted page: rows of tab-separated cells (a browser's copy of a <table>) or one cell
per line become a table in the document when they stand inside the article; tables of links and
layout around it stay page furniture. The pages are made up."""

from __future__ import annotations

from markdown_it import MarkdownIt

from newsconv.convert import convert
from newsconv.model import Paragraph, Table, block_texts, inline_text
from newsconv.readers import ReadOptions
from newsconv.readers.html import read_html
from newsconv.readers.text import explain, read_text


def read(text: str):
    return read_text(text, ReadOptions(source="page.txt"))


def rows_of(table: Table) -> list[list[str]]:
    return [[inline_text(cell) for cell in row] for row in table.rows]


def tables(doc) -> list[Table]:
    return [b for b in doc.blocks if isinstance(b, Table)]


INTRO = ("区统计局今天发布一季度经济运行情况。全区地区生产总值同比增长百分之五点二，工业、服务业和消费"
         "均保持平稳增长，主要指标好于预期。")
OUTRO = ("统计局有关负责人表示，下一阶段将继续加强运行监测，及时发布数据，为全区稳增长各项工作提供"
         "参考依据。")
NAV = "首页\t新闻\t政务\t服务\t互动\n网站地图\t联系我们\t无障碍\t English\t手机版\n"
PAGE = (f"{NAV}一季度全区经济运行情况发布\n2024-04-18 09:30 来源：区统计局\n\n{INTRO}\n\n"
        "指标\t绝对值（亿元）\t同比增长\n地区生产总值\t1,024.5\t5.2%\n规模以上工业增加值\t356.1\t6.8%\n"
        f"社会消费品零售总额\t412.0\t4.9%\n\n{OUTRO}\n\n责任编辑：王敏\n相关新闻\n")


def test_tab_separated_rows_inside_the_article_are_a_table():
    doc = read(PAGE)
    assert doc.meta.title == "一季度全区经济运行情况发布"
    [table] = tables(doc)
    assert table.header == 1
    assert rows_of(table) == [["指标", "绝对值（亿元）", "同比增长"], ["地区生产总值", "1,024.5", "5.2%"],
                              ["规模以上工业增加值", "356.1", "6.8%"], ["社会消费品零售总额", "412.0", "4.9%"]]
    # the table stands where it was pasted, between the paragraphs round it
    kinds = [type(b).__name__ for b in doc.blocks]
    assert kinds == ["Paragraph", "Table", "Paragraph"]
    assert inline_text(doc.blocks[0].content) == INTRO and inline_text(doc.blocks[2].content) == OUTRO
    # the navigation laid out in a table is not part of the document
    assert not any("网站地图" in t or "首页" in t for t in block_texts(doc.blocks))


def test_explain_names_the_table_rows():
    decisions = {d.line.text: d for d in explain(PAGE, ReadOptions())}
    row = decisions["地区生产总值\t1,024.5\t5.2%"]
    assert row.kind.value == "table row" and row.rule == "a row of a table (cells separated by tabs)"
    navigation = explain(PAGE, ReadOptions())[:2]
    assert [d.kind.value for d in navigation] == ["chrome", "chrome"]


ENGLISH = ("Below, we look at how each of the district's four libraries was used last year, after the "
           "council extended their opening hours in the spring.\n\n")
CELLS = "Library\nVisits\nLoans\nNorth\n12,400\n8,100\nSouth\n9,850\n7,300\nRiverside\n15,020\n11,900\nOld Town\n4,310\n2,950\n"


def test_a_table_pasted_one_cell_per_line_is_a_table():
    page = ("Home\nNews\nLibraries lend more books after longer opening hours\nBy Ann Lee\nMarch 4, 2024\n\n"
            + ENGLISH + "Use of the libraries\n\n" + CELLS
            + "Riverside, the newest, was the busiest, and lent more books than any library in the district "
            "has in a single year.\n\nThe council will decide in June whether to keep the longer hours.\n")
    doc = read(page)
    assert doc.meta.title == "Libraries lend more books after longer opening hours"
    [table] = tables(doc)
    assert table.header == 1 and table.columns == 3
    assert rows_of(table)[0] == ["Library", "Visits", "Loans"]
    assert rows_of(table)[3] == ["Riverside", "15,020", "11,900"]
    texts = list(block_texts(doc.blocks))
    assert texts[-1] == "The council will decide in June whether to keep the longer hours."
    assert "Use of the libraries" in texts  # the table's heading stays before it


def test_a_header_copied_twice_counts_once():
    page = ("Libraries lend more books after longer opening hours\nBy Ann Lee\n\n" + ENGLISH
            + "Library\tVisits\tLoans\nLibrary\tVisits\tLoans\nNorth\t12,400\t8,100\nSouth\t9,850\t7,300\n\n"
            "The council will decide in June whether to keep the longer hours, which cost little to run.\n")
    [table] = tables(read(page))
    assert table.header == 1
    assert rows_of(table) == [["Library", "Visits", "Loans"], ["North", "12,400", "8,100"], ["South", "9,850", "7,300"]]


def test_rows_of_links_and_layout_cells_are_not_tables():
    page = ("Libraries lend more books after longer opening hours\nBy Ann Lee\n\n" + ENGLISH
            + "The council will decide in June whether to keep the longer hours, which cost little to run.\n\n"
            "Save/Share Story\ndigg\treddit\nnewsvine\tGoogle\n\n"
            "Lottery Results\nPowerball\t20, 23, 25, 27, 28\nWild Card\t15, 17, 19, 25, 27\n")
    doc = read(page)
    assert tables(doc) == []
    assert [type(b) for b in doc.blocks] == [Paragraph, Paragraph]
    # a page laid out in a table: a paragraph and its page number are no table of data
    layout = ("The old schoolmaster\n\n" + "\n".join(
        f"{'Anders said nothing more that evening, and the children went home through the snow. ' * 2}\t  {n}"
        for n in range(37, 41)) + "\n")
    assert tables(read(layout)) == []


def test_a_saved_page_table_inside_the_article_reaches_the_document_and_markdown():
    html = ("<html><head><title>Libraries lend more books</title></head><body>"
            "<nav><table><tr><td><a href='/'>Home</a></td><td><a href='/news'>News</a></td></tr></table></nav>"
            "<article><h1>Libraries lend more books after longer opening hours</h1><p>By Ann Lee</p>"
            f"<p>{ENGLISH.strip()}</p>"
            "<table><tr><th>Library</th><th>Visits</th><th>Loans</th></tr>"
            "<tr><td>North</td><td>12,400</td><td>8,100</td></tr>"
            "<tr><td>South</td><td>9,850</td><td>7,300</td></tr></table>"
            "<p>The council will decide in June whether to keep the longer hours, which cost little to run.</p>"
            "</article></body></html>")
    doc = read_html(html, ReadOptions(source="page.html"))
    [table] = tables(doc)
    assert table.header == 1 and rows_of(table)[1] == ["North", "12,400", "8,100"]
    markdown = convert(html.encode(), input_format="html", output_formats=["md"])["md"].decode()
    tokens = [t.type for t in MarkdownIt("commonmark").enable("table").parse(markdown)]
    assert "table_open" in tokens and tokens.count("tr_open") == 3


def test_rows_pasted_with_spaces_between_their_cells_are_a_table():
    """A paste that turned the tabs into spaces: rows of one width, a column of numbers and a
    column of words, make a table; a list of names or a menu (no numbers) and a sentence do not."""
    page = (f"一季度全区经济运行情况发布\n2024-04-18 09:30 来源：区统计局\n\n{INTRO}\n\n"
            "指标 绝对值（亿元） 同比增长\n地区生产总值 1,024.5 5.2%\n规模以上工业增加值 356.1 6.8%\n"
            f"社会消费品零售总额 412.0 4.9%\n\n{OUTRO}\n")
    doc = read(page)
    [table] = tables(doc)
    assert rows_of(table) == [["指标", "绝对值（亿元）", "同比增长"], ["地区生产总值", "1,024.5", "5.2%"],
                              ["规模以上工业增加值", "356.1", "6.8%"], ["社会消费品零售总额", "412.0", "4.9%"]]
    assert table.header == 1
    names = read(f"区领导调研重点项目\n2024-04-18 来源：区政府办\n\n{INTRO}\n\n张伟 李娜 王强\n赵敏 陈静 刘洋\n"
                 f"孙磊 周杰 吴芳\n\n{OUTRO}\n")
    assert tables(names) == []
    headlines = read(f"区领导调研重点项目\n2024-04-18 来源：区政府办\n\n{INTRO}\n\n"
                     "Halloween 2012: Readers' Costumes Picture Gallery\nHalloween 2012: Readers' Costumes Picture Gallery\n"
                     f"LOL: Ads for Outdated Products [Pics]\n\n{OUTRO}\n")
    assert tables(headlines) == []  # as many words a line, and a figure in two of them only


def test_a_table_pasted_with_spaces_keeps_a_row_whose_name_is_spaced_out():
    doc = read("当前位置：首页 > 乡镇动态\n某某镇织密网格守好秸秆禁烧防线\n2024-10-22 16:40　来源：某某镇\n"
               "秋收进入尾声，秸秆禁烧管控进入关键期。连日来，某某镇将全镇11个行政村划分为214个网格，明确网格长和网格员。\n\n"
               "镇里组织农机合作社抓紧秸秆打包离田，在各村设置临时堆放点，对重点地块实行24小时巡查。\n"
               "\n部分村网格员分工如下：\n\n村名 网格长 网格员 包保地块（亩）\n东村 刘国富 赵春梅 3200\n西村 王德顺 孙宝军 2860\n"
               "南村 李长海 张  磊 4150\n北村 郭玉林 付红艳 3780\n截至目前，全镇秸秆离田率已达到72%，各村网格员每天巡查两次，未发现一处火点。（孙立伟　韩雪）\n\n分享到：微信 微博\n")
    [table] = tables(doc)
    assert rows_of(table)[-2:] == [["南村", "李长海", "张磊", "4150"], ["北村", "郭玉林", "付红艳", "3780"]]
    assert [t for t in block_texts(doc.blocks) if t.strip()][-1].startswith("截至目前"), block_texts(doc.blocks)
    assert set(doc.meta.writers) == {"孙立伟", "韩雪"}
