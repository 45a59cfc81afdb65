"""Footnote numbers glued to the text become superscript markers (no Qt)."""

from __future__ import annotations

import pytest

from desktop_app.ingest.footnotes import mark_glued_references


@pytest.mark.parametrize(("texts", "markers", "expected"), [
    # a note found for each number: its first glued number is its marker
    (["van 4 juli 20181 informeerde", "motief2. In"], {"1", "2"},
     ["van 4 juli 2018¹ informeerde", "motief². In"]),
    # notes 3 and 4 are not in the text (a later page), but their numbers go on counting
    (["juli 20181 x", "motief2. y", "juli 20183 z", "november 20184 gemeld"], {"1", "2"},
     ["juli 2018¹ x", "motief². y", "juli 2018³ z", "november 2018⁴ gemeld"]),
    (["het GAO.1 Het rapport", "van het GAO.2 Ik zal"], {"1"},
     ["het GAO.¹ Het rapport", "van het GAO.² Ik zal"]),
    # no note found at all: a number after a year is left as it is
    (["juli 20183 lijkt"], set(), ["juli 20183 lijkt"]),
    # a number that does not follow the last note is not a marker
    (["juli 20181 x", "juli 20185 y"], {"1"}, ["juli 2018¹ x", "juli 20185 y"]),
    # numbers before every found note has its marker are not counted on
    (["juli 20182 x", "juli 20181 y"], {"1"}, ["juli 20182 x", "juli 2018¹ y"]),
])
def test_mark_glued_references(texts, markers, expected):
    assert mark_glued_references(texts, markers) == expected
