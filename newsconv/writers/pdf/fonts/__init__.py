"""PDF fonts: finding the face for each font a profile names, converting CFF outlines for
reportlab, registering faces, and choosing a face for each character.

The only package that touches font files, fontTools and reportlab's font registry:

- ``installed``: the installed fonts, found by the names in their name tables (Chinese names
  included), indexed once and cached;
- ``sources``: a font name to a file: installed under that name, else the profile's
  ``[fonts]`` stand-ins, else a bundled face; and whether it is the font named;
- ``truetype``: CFF outlines converted to TrueType (cu2qu) for reportlab, cached;
- ``faces``: faces registered with reportlab, their parsed tables cached;
- ``cache``: the font cache, keyed by the fonts' content and shared by every environment;
- ``chain``: the faces each role draws with, and the face for each character.
"""

from __future__ import annotations

from newsconv.writers.pdf.fonts.cache import cache_dir
from newsconv.writers.pdf.fonts.chain import FontChain, StandIn, role_chain, role_sources, stand_ins
from newsconv.writers.pdf.fonts.faces import Face, load_face, parse_face
from newsconv.writers.pdf.fonts.sources import (
    BUNDLED,
    FontSource,
    bundled_path,
    fallback_font,
    find_font,
    profile_base,
    resolve,
)

__all__ = [
    "BUNDLED", "Face", "FontChain", "FontSource", "StandIn", "bundled_path", "cache_dir", "fallback_font",
    "find_font", "load_face", "parse_face", "profile_base", "resolve", "role_chain", "role_sources", "stand_ins",
]
