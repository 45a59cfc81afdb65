"""The window's import report says which imported annotations attached to the new letters
and how many still wait for a letter not in the library (issue 18)."""

from __future__ import annotations

from desktop_app.library import ImportReport
from desktop_app.ui.library import importing


def test_attached_and_pending_annotations_are_reported(qapp):
    report = ImportReport(added=["kst-35537-3"], attached=["a1", "a2"], pending=1)
    text = importing.report_text(report)
    attached, pending = text.split("<br>")[1:]
    assert attached.startswith("2 imported annotation") and "are now attached" in attached
    assert pending.startswith("1 imported annotation") and "not in the library" in pending

def test_nothing_is_said_about_annotations_when_none_wait(qapp):
    text = importing.report_text(ImportReport(added=["kst-35537-3"]))
    assert "annotation" not in text
