"""The window's import report says when a file did not replace the letter it named."""

from __future__ import annotations

from desktop_app.library import ImportReport, KeptApart
from desktop_app.ui.library import importing


def test_a_file_kept_apart_from_the_letter_it_named_is_said_plainly(qapp):
    kept = KeptApart("/in/SOURCES.md", "txt-0123456789ab", "kst-34293-49", 0.047)
    text = importing.report_text(ImportReport(added=[kept.letter_id], kept_apart=[kept]))
    assert text.startswith("Import finished: 1 new, 0 updated, 0 unchanged.")
    assert ("/in/SOURCES.md: its text is very different from the letter kst-34293-49 already "
            "in the library (only 5% alike), so it did not replace that letter; it was "
            "imported as a separate letter txt-0123456789ab.") in text
