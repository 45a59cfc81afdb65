"""The message after importing from the window says what happened: files skipped by type,
folders without letters, and that nothing was imported (never "0 new, 0 updated, 0 unchanged"
as good news)."""

from __future__ import annotations

import shutil

import pytest

from desktop_app.errors import IngestError
from desktop_app.library import ImportReport
from desktop_app.ui.library import importing


def _folder(tmp_path, *names: str):
    folder = tmp_path / "brieven"
    folder.mkdir()
    for name in names:
        (folder / name).write_bytes(b"PK\x03\x04 not a letter")
    return folder


# -- the words, from a report ---------------------------------------------------------------

def test_skipped_files_are_named_by_type_with_what_to_do(qapp):
    report = ImportReport(skipped=["/in/a.docx", "/in/b.odt", "/in/c.DOCX"],
                          empty_folders=["/in"])
    text = importing.report_text(report)
    assert "0 new" not in text and text.startswith("No letters were imported.")
    assert "No letters found in folder “/in”" in text
    assert "skipped (.docx, .odt)" in text and "PDF or HTML" in text
    assert importing.report_kind(report) == "error"


def test_a_file_without_an_extension_is_said_so(qapp):
    text = importing.report_text(ImportReport(added=["x"], skipped=["/in/LEESMIJ"]))
    assert text.startswith("Import finished: 1 new, 0 updated, 0 unchanged.")
    assert "skipped (no extension)" in text


@pytest.mark.parametrize(("report", "kind"), [
    (ImportReport(added=["x"]), "info"),
    (ImportReport(unchanged=["x"], skipped=["/in/a.png"]), "info"),  # letters read: good news
    (ImportReport(added=["x"], empty_folders=["/leeg"]), "error"),
    (ImportReport(empty_folders=["/leeg"]), "error"),
    (ImportReport(errors=[IngestError("a.txt", "the file is empty.", code="empty")]),
     "error"),
    (ImportReport(cancelled=True), "info"),  # the person stopped it: nothing to warn about
])
def test_the_kind_is_an_error_when_nothing_or_not_everything_was_imported(qapp, report, kind):
    assert importing.report_kind(report) == kind


def test_only_unreadable_files_say_nothing_was_imported(qapp):
    report = ImportReport(errors=[IngestError("a.txt", "the file is empty.",
                                              code="empty")])
    text = importing.report_text(report)
    assert text.startswith("No letters were imported.") and "a.txt" in text


def test_folder_names_are_escaped(qapp):
    text = importing.report_text(ImportReport(empty_folders=["/in/<b>map</b>"]))
    assert "&lt;b&gt;map&lt;/b&gt;" in text and "<b>" not in text


# -- the window -----------------------------------------------------------------------------

@pytest.mark.parametrize("names", [("notulen.docx", "agenda.odt"), (), ("plaatje.png",)])
def test_importing_a_folder_without_letters_says_so_in_the_window(window, tmp_path, names):
    folder = _folder(tmp_path, *names)
    before = window.letters.model.all_count()
    assert window.import_paths([str(folder)])
    text = window.message_bar.text()
    assert window.letters.model.all_count() == before
    assert "0 new" not in text and "No letters were imported." in text
    assert f"No letters found in folder “{folder}”" in text
    suffixes = ", ".join(sorted("." + name.rsplit(".", 1)[1] for name in names))
    assert (f"skipped ({suffixes})" in text) if names else ("skipped" not in text)


def test_a_folder_with_letters_and_other_files_reports_both(window, tmp_path, real_dir):
    folder = _folder(tmp_path, "notulen.docx")
    shutil.copy(real_dir / "okb_kst-27858-461.txt", folder)
    assert window.import_paths([str(folder)])
    text = window.message_bar.text()
    assert "1 new" in text and "skipped (.docx)" in text and "No letters found" not in text
    assert window.message_bar.kind == "info"


def test_nothing_imported_is_not_shown_as_good_news(window, tmp_path):
    assert window.import_paths([str(_folder(tmp_path, "notulen.docx"))])
    assert window.message_bar.kind == "error"
