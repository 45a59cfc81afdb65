"""The annotation-import job run directly: a file that cannot be read is named with what is
wrong and changes nothing, and the good files beside it are still imported."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.ui.exchange.import_jobs import annotation_import_job
from desktop_app.ui.exchange.import_report import ImportReportWords

W3C_DIR = Path(__file__).resolve().parents[2] / "data" / "w3c"


def _run(folder: Path, paths: list[Path]):
    return annotation_import_job(folder, [str(p) for p in paths])(
        lambda done, total: None, lambda: False)


@pytest.mark.parametrize("name, content, problem, words", [
    ("kapot.json", b'{"type": "Annotation", "id": ', "invalid-json", "is not valid JSON"),
    ("binair.json", b"\xff\xfe\x00\x81", "not-text", "is not a text (JSON) file"),
    ("iets.json", b'{"type": "Letter"}', "not-annotations", "holds no W3C Web Annotations"),
    ("map", None, "unreadable", "could not be read"),
    ("weg.json", "missing", "unreadable", "could not be read"),
])
def test_an_unreadable_file_is_named_and_the_good_one_still_imported(
        qapp, w3c_folder, tmp_path, name, content, problem, words):
    folder = w3c_folder()
    bad = tmp_path / name
    if content is None:
        bad.mkdir()
    elif isinstance(content, bytes):
        bad.write_bytes(content)
    done = _run(folder, [bad, W3C_DIR / "hypothesis_export.json"])
    failed, good = done.files
    assert (failed.path, failed.problem, failed.items, failed.entry_ids) == (
        str(bad), problem, (), ())
    assert [i.outcome for i in good.items] == ["added"] and len(good.entry_ids) == 1
    text = ImportReportWords().problem(failed)
    assert text.startswith(f"“{name}”") and words in text
    assert "nothing in it was imported" in text


def test_a_cancelled_import_leaves_the_files_not_yet_merged(qapp, w3c_folder):
    job = annotation_import_job(w3c_folder(), [str(W3C_DIR / "hypothesis_export.json")])
    done = job(lambda done, total: None, lambda: True)
    assert done.cancelled and done.files == () and not done.changed
    assert "cancelled" in ImportReportWords().summary(done)
