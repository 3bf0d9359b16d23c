"""Whether a face in a finished document is the font a profile names, a stand-in the profile
itself would draw in its place, or another face altogether."""

from __future__ import annotations

from newsconv.check import Status
from newsconv.profiles import Profile


def _normalise(name: str) -> str:
    return "".join(ch for ch in name.casefold() if ch not in " -_")


def face_status(face: str, font: str, profile: Profile, *, bold: bool = False) -> tuple[Status, str]:
    """(status, how it stands): ``ok`` for the font named (by any of its names: 仿宋_GB2312 is
    FangSong_GB2312), ``note`` for a stand-in the profile lists for it (FandolFang for
    仿宋_GB2312), ``FAIL`` for any other face."""
    from newsconv.writers.pdf.fonts.sources import names_of, stand_in_names

    folded = _normalise(face)
    style_suffixes = ("regular", "bold", "medium", "light")

    def matches(names: tuple[str, ...]) -> bool:
        for name in names:
            wanted = _normalise(name)
            if folded == wanted or any(folded == wanted + s for s in style_suffixes):
                return True
        return False

    if matches(names_of(font)):
        return "ok", f"the font named ({font})"
    if matches(stand_in_names(font, profile.fonts, bold=bold)):
        return "note", f"a stand-in for {font} (install {font} to print with the real face)"
    return "FAIL", f"not {font} nor a stand-in for it"
