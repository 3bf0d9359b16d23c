"""Line breaking rules on constructed hard cases (pure logic: every character is 10 units wide)."""

from __future__ import annotations

import pytest

from newsconv.writers.pdf.linebreak import (
    NO_END,
    NO_START,
    Breaker,
    can_break_before,
    expansion_points,
    measure_atoms,
    split_atoms,
)

EM = 10.0


def lay_out(text: str, width: float = 100.0, first: float | None = None) -> list[str]:
    atoms = split_atoms(text)
    widths, gaps = measure_atoms(atoms, lambda a: EM * len(a), EM)
    spans = Breaker(atoms, widths, gaps, em=EM).lines(width if first is None else first, width)
    return ["".join(atoms[s.start : s.end]).strip() for s in spans]


def assert_legal(lines: list[str], text: str) -> None:
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")  # nothing lost or added
    for line in lines[1:]:
        assert line[0] not in NO_START, f"line starts with {line[0]!r}: {lines}"
    for line in lines[:-1]:
        assert line[-1] not in NO_END, f"line ends with {line[-1]!r}: {lines}"


@pytest.mark.parametrize("mark", list("，。、；：？！”’）》"))
def test_closing_or_pause_mark_falling_at_the_line_end(mark):
    text = "一二三四五六七八九十" + mark + "十一十二"
    lines = lay_out(text)
    assert_legal(lines, text)
    assert lines[1][0] != mark


@pytest.mark.parametrize("mark", list("“‘（《"))
def test_opening_mark_falling_at_the_line_end(mark):
    text = "一二三四五六七八九" + mark + "十十一十二"
    lines = lay_out(text)
    assert_legal(lines, text)
    assert lines[0][-1] != mark
    assert lines[1].startswith(mark)


@pytest.mark.parametrize("pair", ["——", "……"])
@pytest.mark.parametrize("offset", [8, 9, 10])
def test_dash_and_ellipsis_pairs_never_split(pair, offset):
    text = "一二三四五六七八九十"[:offset] + pair + "十一十二十三"
    lines = lay_out(text)
    assert_legal(lines, text)
    assert all(pair in line or pair[0] not in line for line in lines)


def test_full_width_comma_squeezed_into_a_line_with_room():
    # nine characters and half an em to spare: the comma is trimmed to half width and stays
    text = "一二三四五六七八九，十十一"
    lines = lay_out(text, width=95.0)
    assert lines[0] == "一二三四五六七八九，"


def test_latin_words_and_numbers_are_not_split():
    text = "据报道 supercalifragilistic 一词和数字 1234567 不会被拆开"
    lines = lay_out(text, width=200.0)
    assert_legal(lines, text)
    assert any("supercalifragilistic" in line for line in lines)
    assert any("1234567" in line for line in lines)


def test_url_longer_than_a_line_is_cut_only_as_a_last_resort():
    from newsconv.writers.pdf.layout import _split_wide

    url = "https://example.org/a/very/long/path/that/cannot/fit"
    atoms = _split_wide(split_atoms("详见" + url + "网站"), 100.0, lambda a: EM * len(a))
    assert "".join(atoms) == "详见" + url + "网站"
    assert all(len(a) * EM <= 100.0 for a in atoms)


def test_no_single_character_alone_on_the_last_line():
    text = "一二三四五六七八九十十一"  # 11 characters at 10 per line would leave one alone
    lines = lay_out(text)
    assert len(lines[-1]) >= 2
    assert "".join(lines) == text


def test_first_line_indent_width():
    lines = lay_out("一二三四五六七八九十十一十二十三十四", width=100.0, first=80.0)
    assert len(lines[0]) == 8


def test_ascii_quotes_open_after_space_close_before():
    atoms = split_atoms('他说 "好" 了')
    i_open = atoms.index('"')
    assert not can_break_before(atoms, i_open + 1)  # not after an opening quote


def test_justification_points_skip_inside_words():
    atoms = split_atoms("中文 word 中文")
    widths, gaps = measure_atoms(atoms, lambda a: EM * len(a), EM)
    span = Breaker(atoms, widths, gaps, em=EM).lines(1000.0, 1000.0)[0]
    points = expansion_points(atoms, span)
    assert points  # between the Chinese characters and at the spaces
    for i in points:
        assert not (atoms[i].isalpha() and atoms[i + 1].isalpha() and atoms[i].isascii() and atoms[i + 1].isascii())
    assert atoms.index("word") - 1 in points  # the space before the word stretches


def test_han_latin_gap_is_a_quarter_em():
    atoms = split_atoms("中文word中文")
    _, gaps = measure_atoms(atoms, lambda a: EM * len(a), EM)
    assert gaps == [0.0, 0.0, EM / 4, EM / 4, 0.0]


def spans_of(text: str, width: float = 100.0):
    atoms = split_atoms(text)
    widths, gaps = measure_atoms(atoms, lambda a: EM * len(a), EM)
    return atoms, Breaker(atoms, widths, gaps, em=EM).lines(width, width)


def test_a_closing_mark_is_squeezed_in_by_compressing_a_mark_inside_the_line():
    # ten characters fill the line and a comma follows: the comma inside the line gives up half
    # its width and the trailing comma is trimmed, so no character is pushed down
    atoms, spans = spans_of("一，三四五六七八九十，十一十二")
    first = spans[0]
    assert "".join(atoms[first.start : first.end]) == "一，三四五六七八九十，"
    assert first.squeeze == pytest.approx(5.0) and first.trim == pytest.approx(5.0)
    assert first.width == pytest.approx(100.0)


def test_without_marks_to_compress_a_character_is_pushed_down():
    atoms, spans = spans_of("一二三四五六七八九十，十一十二")
    lines = ["".join(atoms[s.start : s.end]) for s in spans]
    assert lines[:2] == ["一二三四五六七八九", "十，十一十二"]
    assert spans[0].squeeze == 0.0


def test_a_legal_break_is_never_squeezed():
    # a Han character that overflows may start the next line: nothing is compressed to keep it
    atoms, spans = spans_of("一，三四五六七八九十十一")
    assert "".join(atoms[spans[0].start : spans[0].end]) == "一，三四五六七八九十"
    assert spans[0].squeeze == 0.0


def grid_lines(text: str, width: float = 100.0) -> list[str]:
    atoms = split_atoms(text)
    widths, gaps = measure_atoms(atoms, lambda a: EM * len(a), EM)
    spans = Breaker(atoms, widths, gaps, em=EM, grid=True).lines(width, width)
    return ["".join(atoms[s.start : s.end]) for s in spans]


def test_on_a_grid_a_comma_hangs_whole_and_nothing_is_squeezed():
    """A GB/T 9704 line breaks as LibreOffice breaks it: the pause and stop marks 、，。：；？！
    hang into the margin, closing brackets and quotes are neither trimmed nor compressed, a
    character moves down with them instead."""
    for mark in "、，。：；？！":
        assert grid_lines(f"一二三四五六七八九十{mark}十一十二")[0] == f"一二三四五六七八九十{mark}"
    for mark in "）”》」":
        assert grid_lines(f"一二三四五六七八九十{mark}十一十二")[0] == "一二三四五六七八九"
    assert grid_lines("一，三四五六七八九十）十一")[0] == "一，三四五六七八九"
    assert lay_out("一，三四五六七八九十）十一")[0] == "一，三四五六七八九十）"  # squeezed without a grid


def test_han_latin_space_is_a_fifth_of_an_em_on_a_grid_and_a_quarter_elsewhere():
    """LibreOffice sets a fifth of an em between Han and digits; a grid page's PDF does too, so
    that its lines break where its DOCX's do."""
    from dataclasses import replace

    from newsconv.profiles import load_profile
    from newsconv.writers.pdf import _Styles
    from newsconv.writers.pdf.layout import measure

    body = _Styles(load_profile("gbt9704"))["body"]
    assert body.grid
    for style, share in ((body, 0.2), (replace(body, grid=False), 0.25)):
        gaps = [gap for gap in measure("共有28个", style, 400).gaps if gap]
        assert gaps == [pytest.approx(share * style.size)] * 2
