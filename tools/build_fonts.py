"""Rebuild the Chinese faces newsconv ships in newsconv/fonts/ from their upstream files.

    python tools/build_fonts.py              # fetch, check checksums, rebuild newsconv/fonts/
    python tools/build_fonts.py --check      # rebuild in a temporary folder; compare with what is shipped
    python tools/build_fonts.py --upstream DIR   # keep the downloads in DIR (default build/font-upstream)

Upstream files come from Debian packages (``apt-get download``, unpacked with ``dpkg-deb``) and
the npm registry (``npm pack``); each download and each font taken from it is checked against
the SHA-256 recorded below, so a rebuild either reproduces the shipped files or stops.

Each face is cut to the characters a Chinese office document uses (all of GB 2312, the 8,105
characters of the Table of General Standard Chinese Characters 通用规范汉字表 (2013, from the
Unihan database's kTGH field), Latin-1 and the punctuation, symbol and full-width blocks), with
no hinting and no layout tables (newsconv's PDF writer uses neither), and CFF outlines are
converted to TrueType (cu2qu), so that reportlab embeds them with no conversion on first use.
Characters outside the set are drawn by the profile's [fallback] fonts.
"""

from __future__ import annotations

import argparse
import bz2
import filecmp
import gzip
import hashlib
import io
import shutil
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OUT = ROOT / "newsconv" / "fonts"


@dataclass(frozen=True)
class Package:
    kind: str  # "deb" or "npm"
    name: str
    version: str
    file: str  # the downloaded file's name
    sha256: str


@dataclass(frozen=True)
class Shipped:
    out: str
    role: str
    package: str
    member: str  # the font's path inside the package
    sha256: str  # of the upstream font file, checked after unpacking
    licence: str  # the licence file shipped beside it


PACKAGES = {
    "texlive-lang-chinese": Package("deb", "texlive-lang-chinese", "2022.20230122-1",
                                    "texlive-lang-chinese_2022.20230122-1_all.deb",
                                    "9cfa07bd44e7b9098e26f0ecac1b5ad210d2249d474c8074d53de92d650b0ec0"),
    "unicode-data": Package("deb", "unicode-data", "15.0.0-1", "unicode-data_15.0.0-1_all.deb",
                            "5efef23bbb1c6a133ecbdd63a2cfa07159ccacf5466a49e2426101c5ecd691fc"),
    "@expo-google-fonts/noto-serif-sc": Package("npm", "@expo-google-fonts/noto-serif-sc", "0.4.3",
                                                "expo-google-fonts-noto-serif-sc-0.4.3.tgz",
                                                "ff6bcf5ba68d92dfecc05544bb150f9e724741a932354a0dd97e7289c40a3f5e"),
}

_FANDOL = "./usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/"
FACES = [
    Shipped("FandolFang-Regular.ttf", "仿宋 (FangSong)", "texlive-lang-chinese", _FANDOL + "FandolFang-Regular.otf",
            
            "d838ad32ce2244d8144f408c37fe71065aba6fbbc80759a4d2aa2033948d5bc9", "LICENSE-Fandol.txt"),
    Shipped("FandolKai-Regular.ttf", "楷体 (Kai)", "texlive-lang-chinese", _FANDOL + "FandolKai-Regular.otf",
            
            "ea7e7fb4f9b3ac694a68d43946e04d21deed6e8c29a7c2d3081e1a4138f2f827", "LICENSE-Fandol.txt"),
    Shipped("NotoSerifSC-Regular.ttf", "宋体 (Song) and Latin", "@expo-google-fonts/noto-serif-sc",
            "package/400Regular/NotoSerifSC_400Regular.ttf", 
            "c358a69de3df5f423a8946a7b03e3126fb6ba116f1130a463455b4e39e1f0742", "LICENSE-NotoSerifSC.txt"),
    Shipped("NotoSerifSC-Bold.ttf", "小标宋 (heavy Song) and bold 宋体", "@expo-google-fonts/noto-serif-sc",
            "package/700Bold/NotoSerifSC_700Bold.ttf", 
            "9c6a2ba736e4b499c84f65ce366bd3625c0401885fd3e585ace50fb738b96ff6", "LICENSE-NotoSerifSC.txt"),
]
LICENCES = {  # licence file -> (package, member, text put before it)
    "LICENSE-Fandol.txt": (
        "texlive-lang-chinese", "./usr/share/doc/texlive-doc/fonts/fandol/COPYING.gz",
        (
            "FandolFang-Regular.ttf and FandolKai-Regular.ttf are subsets of the Fandol fonts 0.3\n"
            "(FandolFang-Regular.otf and FandolKai-Regular.otf, (c) 2012-2013 the Fandol team: Clerk Ma\n"
            "and Jie Su), as TeX Live ships them, modified by newsconv's tools/build_fonts.py: cut to\n"
            "GB 2312 and the Table of General Standard Chinese Characters, hinting and layout tables\n"
            "removed, outlines converted from CFF to TrueType. The fonts' licence is the GNU General\n"
            "Public License version 3 with the font exception below; newsconv extends the font\n"
            "exception to these modified versions, so a document that embeds them is not covered by the\n"
            "GPL. The unmodified fonts are the corresponding source (tools/build_fonts.py names the\n"
            "package, version and checksums).\n\n"
        ),
    ),
    "LICENSE-NotoSerifSC.txt": (
        "@expo-google-fonts/noto-serif-sc", "package/LICENSE_FONT",
        (
            "NotoSerifSC-Regular.ttf and NotoSerifSC-Bold.ttf are subsets of Noto Serif SC 2.003\n"
            "((c) 2017-2024 Adobe), static instances as Google Fonts publishes them, modified by\n"
            "newsconv's tools/build_fonts.py: cut to GB 2312 and the Table of General Standard Chinese\n"
            "Characters, hinting and layout tables removed. Licensed under the SIL Open Font License 1.1:\n\n"
        ),
    ),
}

# Blocks kept whole beside the Chinese characters: Latin, punctuation, symbols and forms an
# office document uses (the parts of these blocks a face lacks are simply absent).
_BLOCKS = [
    (0x0020, 0x007E), (0x00A0, 0x00FF), (0x0100, 0x017F),  # ASCII, Latin-1, Latin Extended-A
    (0x02C6, 0x02DD), (0x0391, 0x03C9), (0x0401, 0x0451),  # modifier letters, Greek, Cyrillic (GB 2312 has them)
    (0x2000, 0x206F), (0x2100, 0x218F), (0x2190, 0x21FF),  # general punctuation, letterlike, number forms, arrows
    (0x2200, 0x22FF), (0x2460, 0x24FF), (0x2500, 0x257F),  # maths, enclosed numbers ①, box drawing
    (0x25A0, 0x25FF), (0x2600, 0x26FF), (0x3000, 0x303F),  # shapes, symbols, CJK symbols and punctuation
    (0x3200, 0x32FF), (0x3300, 0x33FF), (0xFE30, 0xFE4F),  # enclosed CJK ㈠, CJK compatibility, CJK forms
    (0xFF00, 0xFFEF),                                       # half-width and full-width forms
]


def sha256(path: Path) -> str:
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def fetch(package: Package, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / package.file
    if not target.exists():
        if package.kind == "deb":
            subprocess.run(["apt-get", "download", f"{package.name}={package.version}"], cwd=folder, check=True)
        else:
            subprocess.run(["npm", "pack", f"{package.name}@{package.version}"], cwd=folder, check=True,
                           stdout=subprocess.DEVNULL)
    found = sha256(target)
    if found != package.sha256:
        raise SystemExit(f"{target}: SHA-256 {found}, expected {package.sha256}; not the recorded upstream file")
    return target


def member(archive: Path, package: Package, name: str) -> bytes:
    """One file out of a .deb (through dpkg-deb) or an npm tarball."""
    if package.kind == "deb":
        data = subprocess.run(["dpkg-deb", "--fsys-tarfile", str(archive)], check=True, capture_output=True).stdout
        opened = tarfile.open(fileobj=io.BytesIO(data))
    else:
        opened = tarfile.open(archive, "r:gz")
    with opened as tar:
        extracted = tar.extractfile(name)
        if extracted is None:
            raise SystemExit(f"{archive}: no file {name}")
        return extracted.read()


def charset(unihan_deb: Path) -> set[int]:
    """GB 2312, the Table of General Standard Chinese Characters (Unihan kTGH) and the blocks."""
    wanted: set[int] = set()
    for first in range(0xA1, 0xF8):
        for second in range(0xA1, 0xFF):
            try:
                wanted.add(ord(bytes((first, second)).decode("gb2312")))
            except UnicodeDecodeError:
                continue
    data = subprocess.run(["dpkg-deb", "--fsys-tarfile", str(unihan_deb)], check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        for info in tar.getmembers():
            if "/Unihan_" in info.name and info.name.endswith(".txt.bz2"):
                raw = tar.extractfile(info)
                assert raw is not None
                for line in bz2.decompress(raw.read()).decode("utf-8").splitlines():
                    parts = line.split("\t")
                    if len(parts) == 3 and parts[1] == "kTGH":
                        wanted.add(int(parts[0].removeprefix("U+"), 16))
    for low, high in _BLOCKS:
        wanted.update(range(low, high + 1))
    return {c for c in wanted if unicodedata.category(chr(c)) not in ("Cn", "Cs", "Co")}


def build_face(source: Path, target: Path, unicodes: set[int]) -> None:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    from newsconv.writers.pdf.fonts.truetype import convert_cff

    options = subset.Options()
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.name_legacy = True
    options.notdef_outline = True
    options.hinting = False
    options.glyph_names = False
    options.layout_features = []
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "STAT", "vhea", "vmtx", "VORG", "DSIG", "gasp", "prep"]
    font = TTFont(str(source), recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(unicodes))
    subsetter.subset(font)
    name = font["name"]
    upstream = name.getDebugName(4)
    version = name.getDebugName(5) or ""
    name.setName(f"Subset of {upstream} ({version.split(';')[0]}) for newsconv: GB 2312 and the Table of General "
                 "Standard Chinese Characters, TrueType outlines; made by newsconv tools/build_fonts.py",
                 10, 3, 1, 0x409)
    with tempfile.TemporaryDirectory() as tmp:
        cut = Path(tmp) / "cut.otf"
        font.save(str(cut))
        if "CFF " in font:
            convert_cff(cut, 0, target, glyph_names=False)
        else:
            shutil.copyfile(cut, target)


def licence_text(folder: Path, file: str) -> str:
    package_name, name, preface = LICENCES[file]
    package = PACKAGES[package_name]
    data = member(folder / package.file, package, name)
    if name.endswith(".gz"):
        data = gzip.decompress(data)
    return preface + data.decode("utf-8")


def build(folder: Path, out: Path) -> list[tuple[Shipped, str, int, int]]:
    from fontTools.ttLib import TTFont

    archives = {name: fetch(package, folder) for name, package in PACKAGES.items()}
    unicodes = charset(archives["unicode-data"])
    out.mkdir(parents=True, exist_ok=True)
    made = []
    with tempfile.TemporaryDirectory() as tmp:
        for face in FACES:
            source = Path(tmp) / Path(face.member).name
            source.write_bytes(member(archives[face.package], PACKAGES[face.package], face.member))
            found = sha256(source)
            if found != face.sha256:
                raise SystemExit(f"{face.member}: SHA-256 {found}, expected {face.sha256}")
            print(f"{face.out}: from {face.member} ({found[:16]}…)", file=sys.stderr)
            build_face(source, out / face.out, unicodes)
            (out / face.out).chmod(0o644)
            font = TTFont(str(out / face.out), lazy=True)
            made.append((face, found, len(font.getBestCmap()), font["maxp"].numGlyphs))
    for file in LICENCES:
        (out / file).write_text(licence_text(folder, file), encoding="utf-8")
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--upstream", type=Path, default=ROOT / "build" / "font-upstream")
    parser.add_argument("--check", action="store_true", help="rebuild elsewhere and compare with newsconv/fonts/")
    args = parser.parse_args()
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            build(args.upstream, Path(tmp))
            names = [face.out for face in FACES] + list(LICENCES)
            _, mismatch, errors = filecmp.cmpfiles(Path(tmp), OUT, names, shallow=False)
            if mismatch or errors:
                raise SystemExit(f"differ from the shipped files: {', '.join(mismatch + errors)}")
            print("the shipped fonts are reproduced byte for byte")
        return
    made = build(args.upstream, OUT)
    print("| file | role | upstream font SHA-256 | characters | glyphs | size |")
    print("|---|---|---|---:|---:|---:|")
    for face, found, chars, glyphs in made:
        size = (OUT / face.out).stat().st_size
        print(f"| {face.out} | {face.role} | {found[:16]}… | {chars} | {glyphs} | {size / 1e6:.2f} MB |")


if __name__ == "__main__":
    main()
