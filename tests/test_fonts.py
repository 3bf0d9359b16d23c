"""Fonts as a print desk checks them: the faces newsconv ships, the face each gbt9704 role is
drawn with on a machine that has no system fonts (read back from the PDF: embedded font files,
their names and weights, no synthetic bold), the office font names kept in the DOCX, installed
fonts found by the names in their name tables, stand-in warnings and --strict-fonts, and the
font cache shared through the fonts' content."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pdfplumber
import pytest
from fontTools import subset
from fontTools.ttLib import TTFont
from lxml import etree
from pypdf import PdfReader
from pypdf.generic import ContentStream
from typer.testing import CliRunner

from newsconv.cli import app
from newsconv.errors import ExitCode
from newsconv.profiles import load_profile
from newsconv.writers.pdf import fonts as pdf_fonts
from newsconv.writers.pdf.fonts import installed, sources

from .conftest import ROOT

NOTICE = ROOT / "tests" / "data" / "notice.txt"
SHIPPED = {"fangsong": 400, "kai": 400, "song": 400, "song-bold": 700}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
EMPTY_FONTCONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><cachedir>{cache}</cachedir></fontconfig>
"""


def _gb2312_hanzi() -> set[int]:
    found = set()
    for first in range(0xB0, 0xF8):
        for second in range(0xA1, 0xFF):
            try:
                found.add(ord(bytes((first, second)).decode("gb2312")))
            except UnicodeDecodeError:
                continue
    return found


# ---------------------------------------------------------------------------- the shipped faces


@pytest.mark.parametrize("key", sorted(SHIPPED))
def test_shipped_face_is_truetype_covers_gb2312_and_has_its_licence(key):
    path = pdf_fonts.bundled_path(key)
    font = TTFont(str(path), lazy=True)
    assert "glyf" in font and "CFF " not in font  # reportlab embeds it as it is, no conversion
    cmap = font.getBestCmap()
    hanzi = _gb2312_hanzi()
    assert len(hanzi) == 6763 and hanzi <= cmap.keys()
    assert {ord(c) for c in "，。、；：？！“”‘’（）《》〔〕—…·ABCabc0123"} <= cmap.keys()
    assert font["OS/2"].usWeightClass == SHIPPED[key]
    licence = path.parent / ("LICENSE-Fandol.txt" if "Fandol" in path.name else "LICENSE-NotoSerifSC.txt")
    text = licence.read_text(encoding="utf-8")
    assert path.name in text  # says which files it covers and how they were made
    assert ("font exception" in text and "GNU GENERAL PUBLIC LICENSE" in text) or "SIL OPEN FONT LICENSE" in text


def test_every_shipped_face_is_rebuilt_by_the_build_script_from_a_checked_upstream():
    import importlib.util
    import re

    spec = importlib.util.spec_from_file_location("build_fonts", ROOT / "tools" / "build_fonts.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    sys.modules["build_fonts"] = build  # dataclasses look their module up
    try:
        spec.loader.exec_module(build)
    finally:
        del sys.modules["build_fonts"]
    shipped = {path.name for path in (ROOT / "newsconv" / "fonts").glob("*.ttf")}
    assert {face.out for face in build.FACES} == shipped
    hexdigest = re.compile(r"[0-9a-f]{64}")
    for face in build.FACES:
        assert hexdigest.fullmatch(face.sha256) and face.package in build.PACKAGES
        assert (ROOT / "newsconv" / "fonts" / face.licence).is_file()
        description = TTFont(str(ROOT / "newsconv" / "fonts" / face.out), lazy=True)["name"].getDebugName(10)
        assert description.startswith("Subset of ") and "tools/build_fonts.py" in description
    for package in build.PACKAGES.values():
        assert hexdigest.fullmatch(package.sha256) and package.version and package.file


# ---------------------------------------------------------------------------- a notice, no system fonts


def _no_system_fonts(tmp: Path, **extra: str) -> dict[str, str]:
    conf = tmp / "empty-fonts.conf"
    conf.write_text(EMPTY_FONTCONFIG.format(cache=tmp / "fc-cache"), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("NEWSCONV_FONT_DIRS",)}
    env.update(FONTCONFIG_FILE=str(conf), **extra)
    return env


def _newsconv(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsconv", *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=600, check=False)


@pytest.fixture(scope="module")
def notice_outputs(tmp_path_factory) -> dict[str, object]:
    tmp = tmp_path_factory.mktemp("notice")
    env = _no_system_fonts(tmp)
    done = _newsconv(["convert", str(NOTICE), "-t", "pdf,docx", "-d", str(tmp), "--profile", "gbt9704"], env)
    assert done.returncode == 0, done.stderr
    return {"pdf": (tmp / "notice.pdf").read_bytes(), "docx": (tmp / "notice.docx").read_bytes(),
            "stderr": done.stderr, "env": env, "tmp": tmp}


def _font_of(data: bytes) -> dict[str, str]:
    """{line text: the font of its characters} (subset prefix dropped)."""
    lines: dict[str, set[str]] = {}
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            for line in page.extract_text_lines(return_chars=True):
                chars = [c for c in line["chars"] if not c["text"].isspace()]
                lines[line["text"].replace(" ", "")] = {c["fontname"].split("+")[-1] for c in chars}
    return {text: "/".join(sorted(found)) for text, found in lines.items()}


def _line_font(fonts: dict[str, str], start: str) -> str:
    found = [font for text, font in fonts.items() if text.startswith(start)]
    assert found, f"no line starts with {start}"
    return found[0]


def _embedded(data: bytes) -> dict[str, TTFont]:
    """{BaseFont without the subset prefix: the embedded font program}; every font must have one."""
    reader = PdfReader(io.BytesIO(data))
    out: dict[str, TTFont] = {}
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]  # TrueType program embedded
            name = str(font["/BaseFont"]).lstrip("/").split("+")[-1]
            out.setdefault(name, TTFont(io.BytesIO(descriptor["/FontFile2"].get_object().get_data())))
    return out


def test_notice_roles_drawn_with_fangsong_kai_hei_and_heavy_song(notice_outputs):
    fonts = _font_of(notice_outputs["pdf"])
    assert _line_font(fonts, "市人民政府办公室") == "NotoSerifSC-Bold"  # 小标宋: a heavy Song
    assert _line_font(fonts, "经市人民政府同意") == "FandolFang-Regular"  # body: 仿宋
    assert _line_font(fonts, "一、总体要求") == "NotoSansSC-Bold"  # 黑体
    assert _line_font(fonts, "（一）工作目标") == "FandolKai-Regular"  # 楷体
    assert _line_font(fonts, "1.实施产业基础再造工程").startswith("FandolFang-Regular")  # 仿宋 (1. in Latin)
    assert _line_font(fonts, "—1—") == "NotoSerifSC-Regular"  # page number: 宋体


def test_notice_fonts_are_embedded_and_the_title_face_is_heavier(notice_outputs):
    embedded = _embedded(notice_outputs["pdf"])
    assert {"FandolFang-Regular", "FandolKai-Regular", "NotoSansSC-Bold", "NotoSerifSC-Bold"} <= embedded.keys()
    weight = {name: font["OS/2"].usWeightClass for name, font in embedded.items()}
    assert weight["NotoSerifSC-Bold"] >= 700 > weight["FandolFang-Regular"]
    assert weight["NotoSansSC-Bold"] >= 700


def test_notice_has_no_synthetic_bold(notice_outputs):
    reader = PdfReader(io.BytesIO(notice_outputs["pdf"]))
    modes = []
    for page in reader.pages:
        content = ContentStream(page.get_contents(), reader)
        modes += [int(operands[0]) for operands, op in content.operations if op == b"Tr"]
    assert set(modes) <= {0}  # text render mode 2 (fill, then stroke the outline) is how bold is faked


def test_notice_docx_styles_keep_the_office_font_names(notice_outputs):
    with zipfile.ZipFile(io.BytesIO(notice_outputs["docx"])) as package:
        styles = etree.fromstring(package.read("word/styles.xml"))
    east_asian = {}
    for style in styles.iter(f"{W}style"):
        name = style.find(f"{W}name")
        fonts = style.find(f"{W}rPr/{W}rFonts")
        if name is not None and fonts is not None:
            east_asian[name.get(f"{W}val")] = fonts.get(f"{W}eastAsia")
    assert east_asian["Title"] == "方正小标宋简体"
    assert east_asian["heading 1"] == "黑体"
    assert east_asian["heading 2"] == "楷体_GB2312"
    assert east_asian["Body Text"] == "仿宋_GB2312"


def test_notice_warns_once_about_stand_ins(notice_outputs):
    stderr = notice_outputs["stderr"]
    assert stderr.count("drawn with stand-ins") == 1
    warning = next(line for line in stderr.splitlines() if "stand-ins" in line)
    assert "仿宋_GB2312 with FandolFang" in warning and "方正小标宋简体 with Noto Serif SC Bold" in warning
    assert "楷体_GB2312 with FandolKai" in warning and "Noto Serif SC Bold (title, mark)" in warning


def test_strict_fonts_refuses_stand_ins_with_exit_5(notice_outputs):
    tmp = notice_outputs["tmp"]
    done = _newsconv(["convert", str(NOTICE), "-t", "pdf", "-o", str(tmp / "strict.pdf"), "--profile", "gbt9704",
                      "--strict-fonts"], notice_outputs["env"])
    assert done.returncode == ExitCode.CONFIG == 5
    assert done.stdout == ""
    errors = done.stderr.strip().splitlines()
    assert len(errors) == 1 and errors[0].startswith("newsconv: error: --strict-fonts:")
    assert "role title" in errors[0] and "install 方正小标宋简体" in errors[0]
    assert not (tmp / "strict.pdf").exists()


def test_fonts_command_says_named_or_stand_in(notice_outputs):
    done = _newsconv(["fonts", "--profile", "gbt9704"], notice_outputs["env"])
    assert done.returncode == 0, done.stderr
    rows = {line[:12].strip(): line for line in done.stdout.splitlines() if line[:12].strip()}
    assert "仿宋_GB2312" in rows["body"] and "stand-in" in rows["body"] and "FandolFang" in rows["body"]
    assert "方正小标宋简体" in rows["title"] and "Noto Serif SC Bold" in rows["title"]
    assert "楷体_GB2312" in rows["heading 2"] and "FandolKai" in rows["heading 2"]
    assert "Not installed, drawn with stand-ins: 方正小标宋简体" in done.stdout


# ---------------------------------------------------------------------------- installed fonts by name


def _office_font(folder: Path, chinese: str, english: str, text: str) -> Path:
    """A small font whose only names are ``english`` (en-US) and ``chinese`` (zh-CN), saved
    under a file name that says nothing."""
    font = TTFont(str(pdf_fonts.bundled_path("kai")))
    options = subset.Options()
    options.name_IDs = []  # drop every name; the ones below are all it has
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    names = font["name"]
    for name_id, value in ((1, english), (2, "Regular"), (4, english), (6, english.replace(" ", ""))):
        names.setName(value, name_id, 3, 1, 0x409)
    for name_id, value in ((1, chinese), (4, chinese)):
        names.setName(value, name_id, 3, 1, 0x804)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "x17.ttf"
    font.save(str(path))
    return path


def test_installed_font_found_by_its_chinese_name_in_a_renamed_file(notice_outputs, tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSCONV_CACHE_DIR", str(tmp_path / "cache"))
    text = NOTICE.read_text(encoding="utf-8")
    path = _office_font(tmp_path / "fonts", "仿宋_GB2312", "Office Test Fang", text + "0123456789—")
    index = installed.build_index([path])
    found = index.find(["仿宋_GB2312"], bold=False)
    assert found is not None and found.path == str(path) and found.chinese == "仿宋_GB2312"
    assert index.find(["FangSong_GB2312"], bold=False) is None  # only the names it has
    env = dict(notice_outputs["env"], NEWSCONV_FONT_DIRS=str(tmp_path / "fonts"),
               NEWSCONV_CACHE_DIR=str(tmp_path / "cache"))
    listing = _newsconv(["fonts", "--profile", "gbt9704"], env)
    body = next(line for line in listing.stdout.splitlines() if line.startswith("body"))
    assert "installed" in body and "stand-in" not in body and str(path) in body
    done = _newsconv(["convert", str(NOTICE), "-t", "pdf", "-o", str(tmp_path / "n.pdf"), "--profile", "gbt9704"], env)
    assert done.returncode == 0, done.stderr
    fonts = _font_of((tmp_path / "n.pdf").read_bytes())
    assert _line_font(fonts, "经市人民政府同意") == "OfficeTestFang"
    assert "仿宋_GB2312 with" not in done.stderr and "楷体_GB2312 with FandolKai" in done.stderr


def test_index_is_cached_and_refreshed_when_a_file_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSCONV_CACHE_DIR", str(tmp_path / "cache"))
    path = _office_font(tmp_path / "fonts", "楷体_GB2312", "Office Test Kai", "楷体字")
    assert installed.build_index([path]).find(["KaiTi_GB2312", "楷体_GB2312"], bold=False) is not None

    def unread(_: Path) -> list[object]:
        raise AssertionError("read again")

    monkeypatch.setattr(installed, "read_faces", unread)
    assert installed.build_index([path]).find(["楷体_GB2312"], bold=False) is not None  # from the cache
    os.utime(path, ns=(1, 1))
    with pytest.raises(AssertionError, match="read again"):
        installed.build_index([path])


def test_office_names_of_one_font_are_the_font_named():
    assert sources.names_of("仿宋_GB2312") == ("仿宋_GB2312", "FangSong_GB2312")
    assert "FZXiaoBiaoSong-B05S" in sources.names_of("方正小标宋简体")
    assert sources.names_of("SimHei") == ("SimHei", "黑体")


# ---------------------------------------------------------------------------- stand-ins in the CLI


@pytest.fixture
def bare_machine(tmp_path, monkeypatch):
    """No system fonts for this process: an empty fontconfig and a fresh index."""
    env = _no_system_fonts(tmp_path)
    monkeypatch.setenv("FONTCONFIG_FILE", env["FONTCONFIG_FILE"])
    monkeypatch.delenv("NEWSCONV_FONT_DIRS", raising=False)
    installed.forget()
    sources.forget()
    yield tmp_path
    installed.forget()
    sources.forget()


def test_stand_in_warning_once_per_run_and_only_for_pdf(bare_machine):
    tmp = bare_machine
    second = tmp / "second.txt"
    shutil.copyfile(NOTICE, second)
    runner = CliRunner()
    result = runner.invoke(app, ["convert", str(NOTICE), str(second), "-t", "pdf", "-d", str(tmp / "out"),
                                 "--profile", "gbt9704", "-j", "1"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.count("drawn with stand-ins") == 1
    for args in (["-t", "docx"], ["-t", "pdf", "-q"], ["-t", "pdf", "--profile", "news"]):
        result = runner.invoke(app, ["convert", str(NOTICE), "-d", str(tmp / "more"), "--overwrite", *args,
                                     *(["--profile", "gbt9704"] if "--profile" not in args else [])])
        assert result.exit_code == 0, result.stderr
        assert "stand-ins" not in result.stderr, args


def test_strict_fonts_in_process_names_role_and_font(bare_machine):
    result = CliRunner().invoke(app, ["convert", str(NOTICE), "-t", "pdf", "-d", str(bare_machine / "out"),
                                      "--profile", "news", "--strict-fonts"])
    assert result.exit_code == ExitCode.CONFIG
    assert "role title of profile news needs 黑体" in result.stderr and "install 黑体" in result.stderr
    assert not (bare_machine / "out").exists()


def test_strict_fonts_passes_when_every_font_is_the_one_named(bare_machine, monkeypatch):
    fonts = bare_machine / "fonts"
    fonts.mkdir()
    shutil.copyfile(pdf_fonts.bundled_path("song"), fonts / "song.ttf")  # installed as Noto Serif SC
    roles = "".join(f'[roles."{role}"]\neast_asian = "Noto Serif SC"\nlatin = "Noto Serif SC"\nbold = false\n'
                    for role in load_profile("news").roles)
    profile = bare_machine / "plain.toml"
    profile.write_text(f'extends = "news"\nname = "plain"\n{roles}', encoding="utf-8")
    monkeypatch.setenv("NEWSCONV_FONT_DIRS", str(fonts))
    installed.forget()
    result = CliRunner().invoke(app, ["convert", str(NOTICE), "-t", "pdf", "-d", str(bare_machine / "out"),
                                      "--profile", str(profile), "--strict-fonts"])
    assert result.exit_code == 0, result.stderr
    assert (bare_machine / "out" / "notice.pdf").exists()


# ---------------------------------------------------------------------------- the cache


def _small_cff(folder: Path) -> Path:
    font = TTFont(str(pdf_fonts.bundled_path("serif")))
    subsetter = subset.Subsetter(subset.Options())
    subsetter.populate(text="中文字体测试ABC")
    subsetter.subset(font)
    folder.mkdir(parents=True, exist_ok=True)
    font.save(str(folder / "small.otf"))
    return folder / "small.otf"


def test_cache_entries_are_named_by_content_not_path(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSCONV_CACHE_DIR", str(tmp_path / "cache"))
    original = _small_cff(tmp_path / "env-one")
    copy = tmp_path / "env-two" / "other-name.otf"
    copy.parent.mkdir()
    shutil.copyfile(original, copy)
    first = pdf_fonts.load_face(pdf_fonts.resolve(str(original)))
    second = pdf_fonts.load_face(pdf_fonts.resolve(str(copy)))
    assert len(list((tmp_path / "cache" / "truetype").glob("*.ttf"))) == 1  # one conversion for both
    assert len(list((tmp_path / "cache" / "faces").glob("*.pickle"))) == 1
    assert first.name == second.name  # the same reportlab name, from the same content
    assert not [p for p in (tmp_path / "cache").rglob("*.tmp")]


_CONVERT = """
import logging, sys
from pathlib import Path
logging.basicConfig(level=logging.INFO, format="%(message)s")
from newsconv.writers.pdf.fonts.truetype import truetype_file
print(truetype_file(Path(sys.argv[1]), 0)[0])
"""


def test_concurrent_processes_convert_once_and_agree(tmp_path):
    font = _small_cff(tmp_path / "fonts")
    env = dict(os.environ, NEWSCONV_CACHE_DIR=str(tmp_path / "cache"))
    procs = [subprocess.Popen([sys.executable, "-c", _CONVERT, str(font)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=env) for _ in range(4)]
    results = [proc.communicate(timeout=300) for proc in procs]
    assert all(proc.returncode == 0 for proc in procs), results
    assert len({out.strip() for out, _ in results}) == 1  # every process got the same file
    assert sum(err.count("preparing small.otf") for _, err in results) == 1  # converted once
    made = TTFont(results[0][0].strip())
    assert "glyf" in made and made.getBestCmap()[ord("中")]
    assert not [p for p in (tmp_path / "cache").rglob("*.tmp")]


def test_cff_fallback_is_converted_by_block_and_only_for_characters_it_has(tmp_path, monkeypatch):
    from newsconv.model import Document, Meta, Paragraph, Text
    from newsconv.writers.pdf import write_pdf

    monkeypatch.setenv("NEWSCONV_CACHE_DIR", str(tmp_path / "cache"))
    small = _small_cff(tmp_path / "fonts")  # has 中文字体测试ABC, nothing else
    profile_path = tmp_path / "p.toml"
    profile_path.write_text(f'extends = "news"\nname = "p"\n[fonts]\n"宋体" = "bundled:latin"\n'
                            f'"Times New Roman" = "bundled:latin"\n[fallback]\nfonts = ["{small.as_posix()}", '
                            '"bundled:sans"]\n', encoding="utf-8")
    profile = load_profile(str(profile_path))
    doc = Document(Meta(language="zh"), (Paragraph((Text("新闻"),)),))  # not in the small font
    data = write_pdf(doc, profile)
    assert not (tmp_path / "cache" / "truetype").exists()  # nothing converted for characters it lacks
    assert {f for t, f in _font_of(data).items() if t.startswith("新闻")} == {"NotoSansSC-Regular"}
    doc = Document(Meta(language="zh"), (Paragraph((Text("测试中文"),)),))
    fonts = _font_of(write_pdf(doc, profile))
    drawn = fonts[next(t for t in fonts if t.startswith("测试"))].split("/")
    assert [name.rsplit("-", 1)[0] for name in drawn] == [f"NotoSerifSC-Regular-U0{block}"
                                                         for block in ("4E00", "6580", "6D40", "8BC0")]
    assert {name.rsplit("-", 1)[1] for name in drawn} == {pdf_fonts.cache.digest(small)[:6]}
    blocks = sorted(p.name.split("-")[2] for p in (tmp_path / "cache" / "truetype").glob("*.ttf"))
    assert blocks == ["u04e00", "u06580", "u06d40", "u08bc0"]  # 中 U+4E2D, 文 U+6587, 测 U+6D4B, 试 U+8BD5


def test_bundled_postscript_names_are_the_fonts_own():
    for key, face in pdf_fonts.BUNDLED.items():
        if face.postscript:
            font = TTFont(str(pdf_fonts.bundled_path(key)), lazy=True)
            assert font["name"].getDebugName(6) == face.postscript, key


# ---------------------------------------------------------------------------- the README's fontconfig command


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _readme_one_run_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text[text.index("or, for one run only"):]
    lines = []
    for line in block.splitlines()[1:]:
        if line.startswith("    "):
            lines.append(line.strip())
        elif lines:
            break
    return lines


def test_readme_one_run_fontconfig_commands_are_the_ones_tested():
    commands = _readme_one_run_commands()
    assert commands[0] == "newsconv fonts --fontconfig --profile gbt9704 > newsconv-fonts.conf"
    assert commands[1].startswith('FONTCONFIG_FILE="$PWD/newsconv-fonts.conf" soffice ')


@pytest.mark.skipif(SOFFICE is None or shutil.which("pdffonts") is None, reason="LibreOffice or poppler is absent")
def test_readme_one_run_fontconfig_commands_work_as_printed(tmp_path, seed_doc):
    from newsconv.convert import render

    (tmp_path / "article.docx").write_bytes(render(seed_doc, "docx", load_profile("gbt9704")))
    bin_dir = Path(sys.executable).parent
    env = dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}", HOME=str(tmp_path))
    if shutil.which("newsconv", path=env["PATH"]) is None:
        pytest.skip("the newsconv command is not on PATH beside this Python")
    script = "set -e\n" + "\n".join(_readme_one_run_commands()) + "\n"
    done = subprocess.run(["bash", "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300,
                          check=False)
    assert done.returncode == 0, done.stderr
    fonts = subprocess.run(["pdffonts", str(tmp_path / "article.pdf")], capture_output=True, text=True,
                           check=True).stdout
    assert "FandolFang" in fonts  # 仿宋_GB2312 drawn with the PDF's stand-in: the file was read

