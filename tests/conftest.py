"""Shared fixtures: the examples, the corpus (when present), and the seed converted once."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SEED = EXAMPLES / "dawa-tianjia.txt"
ENGLISH = EXAMPLES / "harbour-library.txt"
CORPUS = ROOT.parent / "shared" / "corpus"


def needs_tool(name: str) -> pytest.MarkDecorator:
    return pytest.mark.skipif(shutil.which(name) is None, reason=f"{name} is not installed")


needs_corpus = pytest.mark.skipif(not (CORPUS / "raw").is_dir(), reason="the shared corpus is not present")


@pytest.fixture(scope="session")
def seed_bytes() -> bytes:
    return SEED.read_bytes()


@pytest.fixture(scope="session")
def seed_doc(seed_bytes: bytes):
    from newsconv.readers import ReadOptions
    from newsconv.readers.text import read_text

    return read_text(seed_bytes, ReadOptions(source=str(SEED)))


@pytest.fixture(scope="session")
def english_doc():
    from newsconv.readers import ReadOptions
    from newsconv.readers.text import read_text

    return read_text(ENGLISH.read_bytes(), ReadOptions(source=str(ENGLISH)))


@pytest.fixture(scope="session")
def news_profile():
    from newsconv.profiles import load_profile

    return load_profile("news")


@pytest.fixture(scope="session")
def seed_outputs(seed_doc, news_profile) -> dict[str, bytes]:
    """The seed in every format, rendered once for the session."""
    from newsconv.convert import render

    return {fmt: render(seed_doc, fmt, news_profile) for fmt in ("docx", "pdf", "md", "html", "json")}


@pytest.fixture(scope="session")
def english_outputs(english_doc, news_profile) -> dict[str, bytes]:
    from newsconv.convert import render

    return {fmt: render(english_doc, fmt, news_profile) for fmt in ("docx", "pdf", "md", "html", "json")}
