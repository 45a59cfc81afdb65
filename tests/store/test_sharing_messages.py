"""A sync's pack problems are coded messages (desktop_app/store/sharing.py): the English the
command line and its JSON always showed, with a ``code`` and ``params`` for the window."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.errors import Message
from desktop_app.library import Library
from desktop_app.store import sharing


def _doc(person: str, name: str = "Xander", tombstones: list | None = None) -> dict:
    return {"type": "AnnotationCollection",
            "kb:pack": {"format": 1, "person": person, "name": name,
                        "written": "2030-01-01T00:00:00Z"},
            "first": {"type": "AnnotationPage", "items": []},
            "kb:tombstones": tombstones or []}


def _write(path: Path, doc: dict | str) -> None:
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc), encoding="utf-8")


@pytest.fixture
def bert(tmp_path):
    folder = tmp_path / "share"
    folder.mkdir()
    lib = Library(tmp_path / "bert", seed=False)
    me = sharing.set_folder(lib.annotations, folder, "Bert")
    yield lib, me, folder
    lib.close()


def _coded(message) -> tuple:
    assert isinstance(message, Message)
    return str(message), message.code, message.params


def test_an_unreadable_pack_is_a_coded_problem_with_the_old_english(bert):
    lib, me, folder = bert
    _write(folder / "kapot.kbpack.json", _doc("kapot") | {"first": 7})
    _packs, problems = sharing.colleague_packs(folder, me.person)
    assert [_coded(p) for p in problems] == [(
        "The pack kapot.kbpack.json was skipped: its first page is not an object.",
        "pack-skipped",
        {"pack": "kapot.kbpack.json", "reason": "its first page is not an object"})]


def test_a_sync_tools_copy_is_a_coded_problem_with_the_old_english(bert):
    lib, me, folder = bert
    _write(folder / "p7 (conflicted copy).kbpack.json", _doc("p7"))
    _packs, problems = sharing.colleague_packs(folder, me.person)
    assert [_coded(p) for p in problems] == [(
        "The pack p7 (conflicted copy).kbpack.json was skipped: it holds the pack of Xander, "
        "whose pack is p7.kbpack.json (a copy a sync tool made?). Delete the copy once that "
        "pack is in order.",
        "pack-copy",
        {"pack": "p7 (conflicted copy).kbpack.json", "name": "Xander",
         "original": "p7.kbpack.json"})]


def test_a_partly_unreadable_pack_is_a_coded_problem_with_the_old_english(bert):
    lib, me, folder = bert
    _write(folder / "p7.kbpack.json", _doc("p7", tombstones=[["a"]]))
    report = sharing.sync(lib.annotations, sharing.library_placer(lib))
    assert [p.name for p in report.people] == ["Xander"]
    assert [_coded(p) for p in report.problems] == [(
        "Some annotations in the pack of Xander could not be read; the others were.",
        "pack-incomplete", {"name": "Xander"})]
    # and as JSON (the command line's --json) it is the English sentence
    assert json.loads(json.dumps(report.problems)) == [
        "Some annotations in the pack of Xander could not be read; the others were."]
