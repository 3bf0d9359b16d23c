"""fontconfig aliases: make a Linux machine draw a profile's font names with the PDF's faces.

A DOCX names the fonts a clerk's Word has (宋体, 仿宋_GB2312, 黑体, 方正小标宋简体). A Linux machine
usually has none of them, and LibreOffice then draws every one with whatever CJK font comes
first, so headings and body look alike. This file tells fontconfig to draw each name that is
not installed with the face the profile's PDF uses instead (the faces newsconv ships and those
of its dependencies):

    newsconv fonts --fontconfig --profile gbt9704 > ~/.config/fontconfig/conf.d/60-newsconv.conf
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from newsconv.profiles import Profile

# How fontconfig knows each bundled face: its family, whether it is the bold member, and the
# Debian family to try after it.
_FAMILIES = {
    "bundled:fangsong": ("FandolFang", False, None),
    "bundled:kai": ("FandolKai", False, None),
    "bundled:song": ("Noto Serif SC", False, "Noto Serif CJK SC"),
    "bundled:song-bold": ("Noto Serif SC", True, "Noto Serif CJK SC"),
    "bundled:serif": ("Noto Serif SC", False, "Noto Serif CJK SC"),
    "bundled:hei": ("Noto Sans SC", True, "Noto Sans CJK SC"),
    "bundled:sans": ("Noto Sans SC", False, "Noto Sans CJK SC"),
    "bundled:sans-bold": ("Noto Sans SC", True, "Noto Sans CJK SC"),
}


def _bundled_dirs() -> list[str]:
    from newsconv.writers.pdf.fonts import bundled_path  # imports no heavy library

    return sorted({str(bundled_path(key).parent) for key in ("fangsong", "serif", "sans")})


def aliases(profile: Profile) -> str:
    """A fontconfig file: the system's configuration, the bundled font folders, and one alias
    for each font name of the profile (East-Asian and Latin) that is drawn with a stand-in, so
    that LibreOffice measures a DOCX's text with the faces of its PDF."""
    from newsconv.writers.pdf.fonts import find_font, profile_base

    base = profile_base(profile)
    found = {}
    east_asian = {role.east_asian for role in profile.roles.values()}
    for role in profile.roles.values():
        for name in (role.east_asian, role.latin):
            if name not in found:
                found[name] = find_font(name, profile.fonts, bold=role.bold, base=base)
    lines = [
        '<?xml version="1.0"?>',
        '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
        f"<!-- newsconv: the font names of profile {escape(profile.name)!s} drawn with its PDF faces -->",
        "<fontconfig>",
        '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
        *(f"  <dir>{escape(folder)}</dir>" for folder in _bundled_dirs()),
        *(f"  <dir>{escape(folder)}</dir>" for folder in sorted({str(s.path.parent) for s in found.values()
                                                                 if s.stand_in and s.found_as == "file"})),
    ]
    for name, source in sorted(found.items()):
        if not source.stand_in:
            continue  # installed under its own name: fontconfig finds it
        family, bold, debian = _FAMILIES.get(source.found_as, (source.label, False, None))
        if source.found_as in ("installed", "file"):
            family = source.label.partition(" (")[0]  # 华文仿宋 (STFangsong) -> 华文仿宋
        prefer = "".join(f"<family>{escape(f)}</family>" for f in (family, debian) if f)
        lines.append(f'  <alias binding="same"><family>{escape(name)}</family><prefer>{prefer}</prefer></alias>')
        if bold and name in east_asian:
            # the PDF draws this name with a bold face, and so must fontconfig (a Latin name is
            # bold where its run is, as in the PDF)
            lines.append(
                f'  <match target="pattern"><test name="family"><string>{escape(name)}</string></test>'
                '<edit name="weight" mode="assign"><const>bold</const></edit></match>'
            )
    lines.append("</fontconfig>")
    return "\n".join(lines) + "\n"
