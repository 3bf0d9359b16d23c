"""fontconfig aliases: make a Linux machine draw a profile's font names with the PDF's fonts.

A DOCX names the fonts a clerk's Word has (宋体, 仿宋_GB2312, 黑体, 方正小标宋简体). A Linux machine
has none of them, and LibreOffice then draws every one with whatever CJK font comes first, so
headings and body look alike. This file tells fontconfig to draw each name with the face the
profile's PDF uses (the bundled Noto fonts from newsconv's dependencies, or Debian's Noto CJK):

    newsconv fonts --fontconfig --profile gbt9704 > ~/.config/fontconfig/conf.d/60-newsconv.conf
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from newsconv.profiles import Profile

# What each bundled source is called in fontconfig: the packaged face first, then Debian's.
_FAMILIES = {
    "bundled:serif": ("Noto Serif SC", "Noto Serif CJK SC"),
    "bundled:sans": ("Noto Sans SC", "Noto Sans CJK SC"),
    "bundled:sans-bold": ("Noto Sans SC", "Noto Sans CJK SC"),
}


def _bundled_dirs() -> list[str]:
    from newsconv.writers.pdf.fonts import bundled_path  # imports no heavy library

    return sorted({str(bundled_path(key).parent) for key in ("serif", "sans")})


def aliases(profile: Profile) -> str:
    """A fontconfig file: the system's configuration, the bundled font folders, and one alias
    per East-Asian font name the profile's roles use."""
    from newsconv.writers.pdf.fonts import source_for

    names: dict[str, str] = {}
    for role in profile.roles.values():
        names.setdefault(role.east_asian, source_for(role.east_asian, profile.fonts, bold=role.bold))
    lines = [
        '<?xml version="1.0"?>',
        '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
        f"<!-- newsconv: the font names of profile {escape(profile.name)!s} drawn with its PDF faces -->",
        "<fontconfig>",
        '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
        *(f"  <dir>{escape(folder)}</dir>" for folder in _bundled_dirs()),
    ]
    for name, source in sorted(names.items()):
        families = _FAMILIES.get(source)
        if families is None:
            continue  # a font file of the user's: fontconfig finds it by its own name
        prefer = "".join(f"<family>{escape(f)}</family>" for f in families)
        lines.append(f'  <alias binding="same"><family>{escape(name)}</family><prefer>{prefer}</prefer></alias>')
        if source == "bundled:sans-bold":
            # 黑体 is one heavy weight; the PDF draws it with Noto Sans SC Bold, and so must fontconfig
            lines.append(
                f'  <match target="pattern"><test name="family"><string>{escape(name)}</string></test>'
                '<edit name="weight" mode="assign"><const>bold</const></edit></match>'
            )
    lines.append("</fontconfig>")
    return "\n".join(lines) + "\n"
