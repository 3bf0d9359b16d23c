"""Profiles: loading, extending, and errors that name the file, the key and what is allowed."""

from __future__ import annotations

import pytest

from newsconv.errors import ConfigError
from newsconv.profiles import builtin_names, load_profile


def test_news_profile_numbers():
    profile = load_profile("news")
    assert profile.name == "news"
    assert round(profile.page.width, 2) == 595.28 and round(profile.page.height, 2) == 841.89
    assert profile.role("title").size == 22  # 二号
    assert profile.role("body").size == 12  # 小四
    assert profile.role("body").first_line_indent == 2
    assert profile.page_numbers.text(3) == "— 3 —"
    assert "news" in builtin_names()


def test_extending_a_profile(tmp_path):
    mine = tmp_path / "mine.toml"
    mine.write_text(
        'extends = "news"\nname = "mine"\n[page]\nmargin_left = "30mm"\n[roles.body]\nsize = "三号"\n'
        'line_spacing = "28pt"\n',
        encoding="utf-8",
    )
    profile = load_profile(str(mine))
    assert profile.name == "mine"
    assert round(profile.page.margin_left / 72 * 25.4, 3) == 30
    assert profile.role("body").size == 16
    assert profile.role("body").line_exact and profile.role("body").line_spacing == 28
    assert profile.role("body").east_asian == "宋体"  # kept from news
    assert profile.role("title").size == 22


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('[roles.body]\nsize = "huge"', "roles.body.size: 'huge' is not a size"),
        ('[roles.body]\nalign = "middle"', "roles.body.align: 'middle' is not allowed; use one of left, center"),
        ('[roles.nonsense]\nsize = 12', "roles.nonsense: unknown key"),
        ('[page]\nsize = "A9"', "page.size: 'A9' is not a paper size"),
        ('[page]\nmargin_top = "2 furlongs"', "page.margin_top"),
        ('[page_number]\nformat = "page"', "page_number.format: must contain {page}"),
        ("colour = 'red'", "colour: unknown key"),
        ("[roles.body\n", "not valid TOML"),
    ],
)
def test_invalid_profiles_name_file_and_key(tmp_path, toml, message):
    bad = tmp_path / "bad.toml"
    bad.write_text('extends = "news"\n' + toml + "\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_profile(str(bad))
    assert str(err.value).startswith(f"{bad}: ")
    assert message in str(err.value)


def test_unknown_profile_name():
    with pytest.raises(ConfigError, match="the built-in profiles are briefing, gbt9704, news"):
        load_profile("glossy")


def test_a_role_colour_reaches_docx_pdf_and_html(tmp_path):
    import io

    import docx
    import pdfplumber

    from newsconv.convert import convert
    from newsconv.profiles import load_profile

    path = tmp_path / "red.toml"
    path.write_text('extends = "news"\n[roles.title]\ncolor = "red"\n')
    profile = load_profile(str(path))
    assert profile.role("title").color == "#FF0000" and profile.role("body").color == "#000000"
    data = "标题在这里\n\n正文第一段，内容足够长。\n".encode()
    out = convert(data, output_formats=["docx", "pdf", "html"], profile=profile)
    title_style = docx.Document(io.BytesIO(out["docx"])).styles["Title"]
    assert str(title_style.font.color.rgb) == "FF0000"
    with pdfplumber.open(io.BytesIO(out["pdf"])) as pdf:
        colours = {c["text"]: c["non_stroking_color"] for c in pdf.pages[0].chars}
    assert tuple(colours["标"]) == (1, 0, 0)
    assert colours["正"] is None or not any(colours["正"])  # the body stays black
    assert "color: #FF0000" in out["html"].decode()


def test_a_colour_must_be_hex_or_named(tmp_path):
    import pytest

    from newsconv.errors import ConfigError
    from newsconv.profiles import load_profile

    path = tmp_path / "bad.toml"
    path.write_text('extends = "news"\n[roles.title]\ncolor = "crimson"\n')
    with pytest.raises(ConfigError, match="roles.title.color"):
        load_profile(str(path))
