"""Decoding: the encodings clerks' files come in, and binary files passed by mistake."""

from __future__ import annotations

import codecs

import pytest

from newsconv.errors import InputError, UsageError
from newsconv.readers.decode import decode, normalize_newlines

TEXT = "田家街道“1+5”全域党建引领经济社会发展\n  大洼区委常委说：“好。”\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with BOM, as Notepad's "Unicode"
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("gb18030"),
        TEXT.encode("gbk"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "gb18030", "gbk"],
)
def test_detects_encoding(data):
    assert normalize_newlines(decode(data)) == TEXT


def test_big5_with_explicit_encoding():
    traditional = "臺灣新聞報導今日發布。"
    assert decode(traditional.encode("big5"), encoding="big5") == traditional


def test_line_ends_normalised():
    assert normalize_newlines("a\r\nb\rc\n") == "a\nb\nc\n"
    assert normalize_newlines("\ufeffa") == "a"


def test_wrong_explicit_encoding_names_the_byte():
    with pytest.raises(InputError) as err:
        decode(TEXT.encode("gb18030"), encoding="utf-8", source="notes.txt")
    message = str(err.value)
    assert message.startswith("notes.txt: not valid utf-8 (byte 0x")
    assert "offset" in message


def test_unknown_encoding_is_a_usage_error():
    with pytest.raises(UsageError, match="unknown encoding 'klingon'"):
        decode(b"abc", encoding="klingon")


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
        (b"PK\x03\x04\x14\x00\x06\x00", "a zip archive"),
        (b"\x00\x01\x02\x03binary\x00\x00", "a binary file"),
    ],
)
def test_binary_input_is_named(data, what):
    with pytest.raises(InputError) as err:
        decode(data, source="article.txt")
    assert str(err.value).startswith("article.txt: this is " + what)


def test_undecodable_bytes_name_offset_and_hint():
    data = "正文".encode() + bytes([0xFF, 0xFE, 0xFD, 0x80, 0x81]) * 40
    with pytest.raises(InputError) as err:
        decode(data, source="x.txt")
    assert "x.txt:" in str(err.value)
    assert "--encoding" in str(err.value)
