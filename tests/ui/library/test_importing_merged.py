"""The window's import report says which letter a file was merged with, and what came from
which format (issue 15)."""

from __future__ import annotations

from desktop_app.library import ImportReport, Merged
from desktop_app.ui.library import importing


def test_a_merge_is_listed_with_what_came_from_which_format(qapp):
    merged = Merged("/in/brief.pdf", "txt-38b36ad50a5a", ("text", "pdf"), "text",
                    (("subject", "text"), ("signatory", "text"), ("reference", "pdf")))
    text = importing.report_text(ImportReport(updated=[merged.letter_id], merged=[merged]))
    assert text.startswith("Import finished: 0 new, 1 updated, 0 unchanged.")
    line = ("/in/brief.pdf: merged with txt-38b36ad50a5a (text + PDF): text from text; subject "
            "from text, signatory from text, reference from PDF")
    assert "<br>" + line in text
    assert merged.message() == line  # the command line says the same


def test_a_merge_where_the_formats_agree_says_so(qapp):
    merged = Merged("/in/<b>.html", "kst-1-2", ("xml", "html"), "xml",
                    (("dossier", "html"),))
    text = importing.report_text(ImportReport(updated=["kst-1-2"], merged=[merged]))
    assert ("/in/&lt;b&gt;.html: merged with kst-1-2 (XML + HTML): text from XML; Kamerstuk "
            "number from HTML") in text
    same = Merged("/in/a.pdf", "kst-1-2", ("text", "pdf"), "text")
    assert importing.report_text(ImportReport(updated=["kst-1-2"], merged=[same])).endswith(
        "/in/a.pdf: merged with kst-1-2 (text + PDF): text from text; the details agree")
