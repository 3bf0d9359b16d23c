"""Bytes to text: byte-order marks, UTF-8, GB18030/GBK, detection, and refusing binary files.

Chinese .txt files saved on Windows are usually GBK (decoded here as its superset GB18030);
files from the web are UTF-8, sometimes with a BOM; Notepad's "Unicode" is UTF-16 with a BOM.
Anything else goes to charset-normalizer. A binary file passed by mistake (a PDF, an image, a
zip or an Office file) is named as such instead of being decoded into noise.
"""

from __future__ import annotations

import codecs
import re

from newsconv.errors import InputError, UsageError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Magic numbers of the binary files clerks most often pick by mistake.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF file"),
    (b"PK\x03\x04", "a zip archive (or a .docx/.xlsx/.pptx file)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"RIFF", "a RIFF file (WebP image, WAV or AVI)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office file (.doc/.xls/.ppt)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "a program (ELF executable)"),
    (b"MZ", "a Windows program"),
)

# C0 controls other than tab, newline, vertical tab, form feed and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")


def sniff_binary(data: bytes) -> str | None:
    """What kind of binary file ``data`` is, or None when it may be text."""
    for magic, what in _SIGNATURES:
        if data.startswith(magic):
            return what
    head = data[:8192]
    if b"\x00" in head and not any(head.startswith(bom) for bom, _ in _BOMS):
        return "a binary file"
    return None


def _first_bad_utf8(data: bytes) -> tuple[int, int]:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start, data[exc.start]
    return -1, 0


def _looks_like_text(text: str) -> bool:
    if not text:
        return True
    return len(_CONTROL.findall(text)) <= max(2, len(text) // 1000)


def _plausible_gb18030(data: bytes) -> str | None:
    """GB18030 decoding of ``data`` when it decodes strictly and reads as Chinese."""
    try:
        decoded = data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    non_ascii = [c for c in decoded if ord(c) > 0x7F]
    if not non_ascii:
        return decoded
    cjk = sum(1 for c in non_ascii if _CJK.match(c))
    return decoded if cjk / len(non_ascii) >= 0.9 else None


def _detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes  # imported here: slow, and needed only for rare files

    best = from_bytes(data).best()
    if best is None:
        return None
    return str(best)


def decode(data: bytes, *, encoding: str | None = None, source: str | None = None) -> str:
    """Decode an input file's bytes to text, or raise an InputError a clerk can act on."""
    if encoding:
        try:
            codec = codecs.lookup(encoding).name
        except LookupError:
            raise UsageError(f"unknown encoding {encoding!r}; try utf-8, gb18030, big5 or utf-16") from None
        try:
            text = data.decode("utf-8-sig" if codec == "utf-8" else codec)
        except UnicodeDecodeError as exc:
            raise InputError(
                f"not valid {encoding} (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                "check the file's encoding or leave out --encoding to detect it",
                path=source,
            ) from None
        return _checked(text, source)

    what = sniff_binary(data)
    if what:
        raise InputError(
            f"this is {what}, not text; newsconv reads text, Markdown, HTML, DOCX and newsconv JSON",
            path=source,
        )
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(codec), source)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"starts with a {codec.upper()} byte-order mark but is not valid {codec.upper()} "
                    f"(offset {exc.start}); try --encoding",
                    path=source,
                ) from None
    offset, byte = _first_bad_utf8(data)
    if offset < 0:
        return _checked(data.decode("utf-8"), source)
    text = _plausible_gb18030(data) or _detect(data)
    if text is None or not _looks_like_text(text):
        raise InputError(
            f"not UTF-8 or GB18030 text (byte 0x{byte:02x} at offset {offset}); "
            "if it is text, name its encoding with --encoding (for example --encoding big5)",
            path=source,
        )
    return _checked(text, source)


def _checked(text: str, source: str | None) -> str:
    if not _looks_like_text(text):
        raise InputError(
            "holds control characters that text files do not have; it looks like a binary file",
            path=source,
        )
    return text


def normalize_newlines(text: str) -> str:
    """CRLF and lone CR line ends become LF; a leading BOM is dropped."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")
