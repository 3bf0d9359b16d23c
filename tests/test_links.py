"""The URL policy: only http, https, mailto and relative links reach any output."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from newsconv.convert import convert
from newsconv.transforms.links import safe_url

HOSTILE = [
    "javascript:alert(1)", " JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "\u200bjavascript:alert(1)",
    "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd",
    "\\\\host\\share\\x.exe", "c:\\windows\\system32\\calc.exe", "ftp://example.com/x",
]
KEPT = ["http://example.com/a", "HTTPS://example.com/a?b=1#c", "mailto:desk@example.com", "/news/1.html",
        "#top", "//example.com/x", "page.html"]


@pytest.mark.parametrize("url", HOSTILE)
def test_hostile_targets_are_refused(url: str) -> None:
    assert safe_url(url) is None


@pytest.mark.parametrize("url", KEPT)
def test_web_and_mail_targets_are_kept(url: str) -> None:
    assert safe_url(url) == url.strip()


def _json_doc(url: str) -> bytes:
    doc = {"newsconv": 1, "meta": {"title": "T", "url": url, "related": [{"title": "r", "url": url}]},
           "blocks": [{"type": "paragraph", "content": ["see ", {"type": "link", "url": url, "content": ["here"]}]},
                      {"type": "figure", "src": url, "caption": ["pic"]}]}
    return json.dumps(doc).encode()


@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd", "\\\\host\\share"])
def test_no_output_carries_a_hostile_link(url: str) -> None:
    outputs = convert(_json_doc(url), input_format="json", output_formats=["md", "html", "json", "docx"])
    needle = url.split(":")[0] + ":" if ":" in url else "host"
    for fmt in ("md", "html", "json"):
        text = outputs[fmt].decode()
        assert "here" in text, fmt  # the link's text stays
        assert needle not in text, fmt
    with zipfile.ZipFile(io.BytesIO(outputs["docx"])) as z:
        rels = z.read("word/_rels/document.xml.rels").decode()
        body = z.read("word/document.xml").decode()
    assert needle not in rels and "here" in body


def test_good_links_survive_every_writer() -> None:
    outputs = convert(_json_doc("https://example.com/a"), input_format="json", output_formats=["md", "html", "docx"])
    assert "[here](<https://example.com/a>)" in outputs["md"].decode()
    assert 'href="https://example.com/a"' in outputs["html"].decode()
    with zipfile.ZipFile(io.BytesIO(outputs["docx"])) as z:
        assert 'Target="https://example.com/a"' in z.read("word/_rels/document.xml.rels").decode()
