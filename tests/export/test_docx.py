"""The Word export with texts Word's XML cannot hold (escape codes, NUL from a letter)."""

from __future__ import annotations

from desktop_app.export.docx import build_docx, xml_text
from desktop_app.export.pack import CoursePack, Passage, Section


def test_control_characters_do_not_fail_the_export():
    passage = Passage("a", "l", "quote \x1b[31m\x00", "cite \x07", "title",
                      note="note \x1b[2J **vet**", tags=("t\x0b",))
    pack = CoursePack("Titel\x1b", introduction="inleiding\x01", made_on="2026-01-01",
                      sections=(Section("kop\x1b", (passage,)),))
    doc = build_docx(pack)  # python-docx refused these: a ValueError stopped the export
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "Titel\ufffd" in text and "quote \ufffd[31m\ufffd" in text and "vet" in text
    assert not any(c in text for c in "\x00\x01\x07\x0b\x1b")


def test_xml_text_keeps_tabs_and_line_ends():
    assert xml_text("a\tb\nc\r\nd é") == "a\tb\nc\r\nd é"
