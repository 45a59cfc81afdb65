"""A full disk while the search index follows an import: the letters are in, the report says
what happened (CLI and window), and the index is rebuilt on next use."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.library import Library
from desktop_app.search import IndexDiskFull

SEEDS = Path(__file__).resolve().parents[1] / "data" / "seed-letters"


@pytest.fixture
def full_index(monkeypatch):
    def full(self, *_args, **_kwargs):
        raise IndexDiskFull("The disk holding the search index is full.", code="index-disk-full")

    monkeypatch.setattr(Library, "_index_update", full)


def _one_letter(tmp_path) -> Path:
    source = sorted(SEEDS.glob("*.txt"))[0]
    target = tmp_path / "in" / source.name
    target.parent.mkdir()
    # a letter the library does not hold yet (the bundled letters are imported on first open)
    text = source.read_text(encoding="utf-8").replace("Den Haag", "Den Haag (gewijzigd)", 1)
    target.write_text("Een gewijzigde versie van deze brief.\n\n" + text, encoding="utf-8")
    return target


def test_import_keeps_its_report_when_the_index_disk_is_full(tmp_path, full_index):
    library = Library(tmp_path / "data")
    try:
        report = library.import_paths([_one_letter(tmp_path)])
        changed = report.added + report.updated
        assert len(changed) == 1
        assert report.index_error is not None and report.index_error.code == "index-disk-full"
        assert library.letter(changed[0]).text  # the letter is in the library
    finally:
        library.close()


def test_cli_warns_and_still_reports_the_import(tmp_path, full_index, capsys):
    from desktop_app.cli import main

    code = main(["--data-dir", str(tmp_path / "data"), "import", str(_one_letter(tmp_path))])
    out, err = capsys.readouterr()
    assert code == 0
    assert "1 added" in out or "1 updated" in out
    assert "warning: The disk holding the search index is full." in err


def test_window_report_says_the_index_is_behind(qapp):
    from desktop_app.library import ImportReport
    from desktop_app.ui.library import importing

    report = ImportReport(added=["x"], index_error=IndexDiskFull("full", code="index-disk-full"))
    assert "the disk is full" in importing.report_text(report)
    assert importing.report_kind(report) == "error"


def test_a_full_disk_at_start_is_said_in_the_users_language(qapp):
    from PySide6.QtCore import QTranslator

    from desktop_app.store.db import StoreError
    from desktop_app.ui.shell.app import start_error_text

    class Dutch(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
            if context == "Messages" and source.startswith("The disk holding the database %1"):
                return "De schijf met de database %1 is vol."
            return None

    translator = Dutch()
    qapp.installTranslator(translator)
    try:
        error = StoreError("The disk is full.", code="disk-full", path="/data/letters.db")
        assert start_error_text(error) == "De schijf met de database /data/letters.db is vol."
    finally:
        qapp.removeTranslator(translator)
