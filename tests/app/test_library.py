"""The library: first start, re-import, duplicates across formats, originals, state."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys

import pytest
from testdata import LETTERS_DIR, REAL_DIR, SEED_DIR

from desktop_app.library import Library

SEED_001 = SEED_DIR / "001_9568cf77c8ab2b63.txt"


def test_first_start_imports_the_bundled_letters_once(tmp_path):
    bundled = [p for p in LETTERS_DIR.iterdir() if p.suffix in (".txt", ".md")]
    with Library(tmp_path) as lib:
        assert lib.count() == len(bundled) == 25
        lib.delete("kst-34293-49")
    with Library(tmp_path) as lib:  # a deleted bundled letter does not come back
        assert lib.count() == 24


def test_same_letter_in_two_formats_is_not_duplicated(tmp_path):
    with Library(tmp_path, seed=False) as lib:
        report = lib.import_paths(
            [REAL_DIR / "okb_kst-35537-3.txt", REAL_DIR / "tk_2020D36185.txt"])
        assert report.ok and lib.count() == 1
        assert report.added == ["kst-35537-3"] and report.unchanged == ["kst-35537-3"]


def test_reimporting_a_changed_file_keeps_its_id_and_annotations(tmp_path):
    path = tmp_path / "brief.txt"
    shutil.copy(SEED_001, path)
    with Library(tmp_path / "data", seed=False) as lib:
        (first,) = lib.import_paths([path]).added
        assert first.startswith("txt-")
        letter = lib.letter(first)
        start = letter.text.index("intervisie")
        ann = lib.annotations.add(first, letter.text, start, start + len("intervisie"),
                                  note="Belangrijk")
        changed = path.read_text(encoding="utf-8").replace(
            "In deze brief treft u", "In deze gecorrigeerde brief treft u")
        path.write_text(changed, encoding="utf-8")
        report = lib.import_paths([path])
        assert report.updated == [first] and lib.count() == 1
        new_text = lib.letter(first).text
        assert "gecorrigeerde brief" in new_text
        moved = lib.annotations.get(ann.id)
        assert new_text[moved.start:moved.end] == "intervisie"
        assert moved.start == start + len("gecorrigeerde ")


def test_originals_are_kept_and_import_is_idempotent(tmp_path):
    with Library(tmp_path, seed=False) as lib:
        lib.import_paths([SEED_DIR])
        assert lib.count() == 5
        originals = sorted(p.name for p in (tmp_path / "originals").iterdir())
        assert len(originals) == 5 and "kst-19637-2764.txt" in originals
        state = lib.letters.state()
        again = lib.import_paths([SEED_DIR])
        assert len(again.unchanged) == 5 and lib.letters.state() == state


def test_failed_file_leaves_library_unchanged(tmp_path):
    bad = tmp_path / "kapot.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    with Library(tmp_path / "data", seed=False) as lib:
        state = lib.letters.state()
        report = lib.import_paths([bad, SEED_001])
        assert [e.source for e in report.errors] == [str(bad)]
        assert len(report.added) == 1
        assert lib.count() == 1 and lib.letters.state() != state
        assert not list((tmp_path / "data" / "originals").glob("*.pdf"))


def test_search_index_follows_the_library(tmp_path):
    with Library(tmp_path, seed=False) as lib:
        lib.import_paths([SEED_DIR / "004_3134c7e4b499cdc3.txt"])
        assert lib.index.search("ketendoelstelling").total == 1
        lib.import_paths([SEED_001])  # incremental update of a current index
        assert lib.index_is_current()
        hits = lib.index.search("intervisie").hits
        assert [h.id for h in hits] == [lib.letters.find(source=str(SEED_001.resolve()))]
        lib.delete(hits[0].id)
        assert lib.index.search("intervisie").total == 0


def test_commitments_are_stored_with_the_detector_version_and_recomputed(tmp_path, monkeypatch):
    import desktop_app.commitments as commitments

    with Library(tmp_path, seed=False) as lib:
        lib.import_paths([SEED_DIR / "004_3134c7e4b499cdc3.txt"])
        letter = lib.letter("kst-19637-2764")
        assert letter.commitments
        assert lib.letters.row(letter.id)["detector_version"] == commitments.DETECTOR_VERSION
        first = letter.commitments[0]
        review = lib.annotations.review_commitment(letter.id, first, status="done", note="Gedaan")
        assert lib.redetect() == 0  # nothing outdated

        monkeypatch.setattr(commitments, "DETECTOR_VERSION", "test-next")
        assert lib.letters.outdated_detection("test-next") == [letter.id]
        assert lib.redetect() == 1
        assert lib.letters.row(letter.id)["detector_version"] == "test-next"
        rows = lib.commitment_rows(letter=letter.id)
        done = [r for r in rows if r.commitment.text == first.text]
        assert done and done[0].status == "done" and done[0].note == review.note


def test_commitment_filters(tmp_path):
    with Library(tmp_path, seed=False) as lib:
        lib.import_paths([SEED_DIR])
        rows = lib.commitment_rows()
        assert {r.kind for r in rows} >= {"promise", "action", "refusal", "earlier"}
        refusals = lib.commitment_rows(kind="refusal")
        assert refusals and all(r.kind == "refusal" for r in refusals)
        one = refusals[0]
        lib.annotations.review_commitment(one.letter_id, one.commitment, verdict="rejected")
        assert one.commitment.text not in [
            r.commitment.text for r in lib.commitment_rows(kind="refusal", status="open")]
        dated = [r for r in rows if r.deadline_to]
        assert dated
        cutoff = max(r.deadline_to for r in dated)
        assert all(r.deadline_to < cutoff for r in lib.commitment_rows(due_before=cutoff))


def test_annotations_become_searchable_without_a_rebuild(tmp_path):
    with Library(tmp_path, seed=False) as lib:
        lib.import_paths([SEED_DIR / "004_3134c7e4b499cdc3.txt"])
        assert lib.index.search("voortgangsbewaking", scope="annotations").total == 0
        letter = lib.letter("kst-19637-2764")
        start = letter.text.index("ketendoelstelling")
        ann = lib.annotations.add(letter.id, letter.text, start, start + 17,
                                  note="Vraag naar de voortgangsbewaking", tags=["thema/asiel"])
        generation = lib.search_index()._store.current()
        result = lib.index.search("voortgangsbewaking", scope="annotations")
        assert [h.id for h in result.hits] == [letter.id] and result.total == 1
        assert lib.search_index()._store.current() == generation  # no rebuild
        assert lib.index.search("ketendoelstelling", scope="letters").total == 1
        lib.annotations.delete(ann.id)
        assert lib.index.search("voortgangsbewaking", scope="annotations").total == 0


# -- a letter deleted and imported again (issue 16 item 3) ------------------------------

SEED_004 = SEED_DIR / "004_3134c7e4b499cdc3.txt"
PHRASES = ("externe, onafhankelijke doorlichting", "vasthoudendheid en toewijding",
           "Gezamenlijk gaan we werken aan die verbetering", "ketendoelstelling")


def test_annotations_of_a_deleted_letter_follow_its_changed_text_when_it_returns(tmp_path):
    path = tmp_path / "brief.txt"
    shutil.copy(SEED_004, path)
    with Library(tmp_path / "data", seed=False) as lib:
        (lid,) = lib.import_paths([path]).added
        text = lib.letter(lid).text
        anns = [lib.annotations.add(lid, text, text.index(p), text.index(p) + len(p))
                for p in PHRASES]
        lib.delete(lid)
        # the new version: a paragraph more at the top (every offset shifts) and one
        # annotated sentence gone
        changed = path.read_text(encoding="utf-8").replace(
            "Tijdens de begrotingsbehandeling", "Deze brief is een herziene versie van de "
            "brief die eerder verscheen. Tijdens de begrotingsbehandeling", 1).replace(
            " Gezamenlijk gaan we werken aan die verbetering.", "", 1)
        path.write_text(changed, encoding="utf-8")
        assert lib.import_paths([path]).added == [lid]
        new_text = lib.letter(lid).text
        placed = [lib.annotations.get(a.id) for a in anns]
        assert [a.status for a in placed] == ["moved", "moved", "orphan", "moved"]
        for ann, phrase in zip(placed, PHRASES, strict=True):
            if ann.status != "orphan":
                assert new_text[ann.start:ann.end] == phrase
                assert ann.start > text.index(phrase)  # really moved, not left in place


# -- library.db rebuilt from originals/ (issue 16 item 4) ---------------------------------

def _library_with_annotation(data):
    """A library with the seed letters and one annotation; returns (ids, annotation)."""
    with Library(data, seed=False) as lib:
        lib.import_paths([SEED_DIR])
        lib.originals.mark_seeded()  # as after the first start (see import_bundled)
        letter = lib.letter("kst-19637-2764")
        start = letter.text.index("ketendoelstelling")
        ann = lib.annotations.add(letter.id, letter.text, start, start + 17, note="n")
        lib.ensure_index()
        return sorted(lib.letters.ids()), ann


def _assert_rebuilt(data, ids, ann):
    with Library(data, seed=False) as lib:
        assert lib.rebuild_pending
        report = lib.rebuild_from_originals()
        assert report.ok and sorted(report.added) == ids
        assert sorted(lib.letters.ids()) == ids and not lib.rebuild_pending
        kept = lib.annotations.get(ann.id)
        assert (kept.start, kept.status) == (ann.start, "ok")
        assert lib.index.search("ketendoelstelling").total == 1  # the index followed
        assert lib.index.search("intervisie").total == 1


def test_a_deleted_library_db_is_rebuilt_from_the_originals_with_their_ids(tmp_path):
    ids, ann = _library_with_annotation(tmp_path)
    for suffix in ("", "-wal", "-shm"):
        (tmp_path / f"library.db{suffix}").unlink(missing_ok=True)
    _assert_rebuilt(tmp_path, ids, ann)


@pytest.mark.parametrize("content", [b"", b"garbage bytes, not a database" * 100, "foreign"])
def test_a_damaged_library_db_is_set_aside_and_rebuilt(tmp_path, content):
    ids, ann = _library_with_annotation(tmp_path)
    db = tmp_path / "library.db"
    for suffix in ("", "-wal", "-shm"):
        (tmp_path / f"library.db{suffix}").unlink(missing_ok=True)
    if content == "foreign":  # another program's SQLite database under this name
        conn = sqlite3.connect(db)
        conn.execute("create table photos (id integer primary key, name text)")
        conn.commit()
        conn.close()
    else:
        db.write_bytes(content)
    with Library(tmp_path, seed=False) as lib:
        aside = lib.damaged_library
    if content:
        assert aside is not None and aside.read_bytes()[:15] == (
            content[:15] if isinstance(content, bytes) else b"SQLite format 3")
    _assert_rebuilt(tmp_path, ids, ann)


def test_the_command_line_rebuilds_a_lost_library_db_and_keeps_deleted_letters_deleted(
        tmp_path):
    import io

    from desktop_app.cli import main

    data = tmp_path / "data"
    with Library(data) as lib:  # the bundled letters
        lib.delete("kst-34293-49")
        bundled = sorted(lib.letters.ids())
    (data / "library.db").unlink()
    out, err = io.StringIO(), io.StringIO()
    assert main(["--data-dir", str(data), "letters", "--json"], out=out, err=err) == 0
    import json

    assert sorted(r["id"] for r in json.loads(out.getvalue())) == bundled
    assert "rebuilding the library" in err.getvalue()


def test_a_rebuilt_library_whose_first_start_never_finished_still_gets_the_bundled_letters(
        tmp_path):
    with Library(tmp_path, seed=False) as lib:  # no first start: the marker is missing
        lib.import_paths([SEED_001])
    (tmp_path / "library.db").unlink()
    with Library(tmp_path) as lib:
        assert lib.count() == 25 and not lib.needs_seed


def test_an_interrupted_rebuild_goes_on_at_the_next_start(tmp_path):
    ids, ann = _library_with_annotation(tmp_path)
    (tmp_path / "library.db").unlink()
    calls = []
    with Library(tmp_path, seed=False) as lib:
        report = lib.rebuild_from_originals(cancelled=lambda: len(calls) > 2,
                                            progress=lambda d, t: calls.append(d))
        assert report.cancelled and 0 < lib.count() < len(ids) and lib.rebuild_pending
    with Library(tmp_path) as lib:  # seed=True: the command line's way
        assert sorted(lib.letters.ids()) == ids and not lib.rebuild_pending


def test_an_original_that_cannot_be_read_is_reported_and_moved_aside(tmp_path):
    ids, _ = _library_with_annotation(tmp_path)
    (tmp_path / "library.db").unlink()
    (tmp_path / "originals" / "kst-1-2.pdf").write_bytes(b"%PDF-1.4 not really")
    with Library(tmp_path, seed=False) as lib:
        report = lib.rebuild_from_originals()
        assert [e.code for e in report.errors] == ["pdf-damaged"]
        assert sorted(lib.letters.ids()) == ids
    assert (tmp_path / "originals" / "unreadable" / "kst-1-2.pdf").exists()


def test_a_new_library_db_never_matches_the_index_of_the_one_before(tmp_path):
    with Library(tmp_path, seed=False) as lib:
        before = lib.letters.state()
    (tmp_path / "library.db").unlink()
    with Library(tmp_path, seed=False) as lib:
        assert lib.letters.state() != before  # both "0" changes, but different databases


# -- a file that is not a letter does not replace one (issue 16 item 7) -------------------

def test_a_file_citing_a_letters_number_does_not_replace_that_letter(tmp_path):
    notes = tmp_path / "notes.md"  # cites the letter's number in its own header form
    notes.write_text("Tweede Kamer der Staten-Generaal2018-201934293 nr. 49\n\n"
                     + (REAL_DIR / "SOURCES.md").read_text(encoding="utf-8"), encoding="utf-8")
    with Library(tmp_path / "data", seed=False) as lib:
        lib.import_paths([REAL_DIR / "okb_kst-34293-49.txt"])
        original = lib.letter("kst-34293-49").text
        report = lib.import_paths([notes])
        assert report.updated == [] and len(report.added) == 1
        (kept,) = report.kept_apart
        assert kept.existing_id == "kst-34293-49" and kept.letter_id == report.added[0]
        assert kept.letter_id.startswith("txt-") and kept.similarity < 0.2
        assert "did not replace that letter" in kept.message()
        assert lib.letter("kst-34293-49").text == original
        assert lib.import_paths([notes]).unchanged == [kept.letter_id]  # and stays apart


def test_the_real_sources_file_is_not_taken_for_a_kamerstuk(tmp_path):
    with Library(tmp_path, seed=False) as lib:
        lib.import_paths([REAL_DIR / "okb_kst-34293-49.txt"])
        report = lib.import_paths([REAL_DIR / "SOURCES.md"])
        assert report.added[0].startswith("txt-") and not report.kept_apart
        assert not report.updated


def test_a_corrected_version_still_updates_its_letter(tmp_path):
    path = tmp_path / "kst.txt"
    text = (REAL_DIR / "okb_kst-34293-49.txt").read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    with Library(tmp_path / "data", seed=False) as lib:
        lib.import_paths([path])
        path.write_text(text.replace("Zo spoedig mogelijk", "Zo snel mogelijk"),
                        encoding="utf-8")
        report = lib.import_paths([path])
        assert report.updated == ["kst-34293-49"] and not report.kept_apart


# -- a killed import leaves nothing behind (issue 16 item 8) -----------------------------

KILLED_IMPORT = """
import os, sys
from pathlib import Path
import desktop_app.originals as originals
from desktop_app.library import Library

data, letter, stage = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
real_copy, real_publish = originals.shutil.copyfile, originals.Originals.publish

def hold():
    print("holding", flush=True)
    sys.stdin.read()  # until the test kills this process

def copyfile(src, dst, *a, **k):
    real_copy(src, dst, *a, **k)
    if stage == "copied":
        hold()

def publish(tmp, target):
    real_publish(tmp, target)
    if stage == "published":  # inside the transaction that saves the letter's row
        hold()

originals.shutil.copyfile = copyfile
originals.Originals.publish = staticmethod(publish)
with Library(data, seed=False) as lib:
    lib.import_paths([letter])
"""


@pytest.mark.skipif(sys.platform == "win32", reason="kills a process with SIGKILL")
@pytest.mark.parametrize("stage", ["copied", "published"])
def test_a_killed_import_leaves_no_stray_file_after_the_next_open(tmp_path, stage):
    data = tmp_path / "data"
    with Library(data, seed=False) as lib:
        lib.import_paths([SEED_001])
    before = sorted(p.name for p in (data / "originals").iterdir())
    proc = subprocess.Popen([sys.executable, "-c", KILLED_IMPORT, str(data), str(SEED_004),
                             stage], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "holding"
        left = sorted(p.name for p in (data / "originals").iterdir())
        assert left != before  # the killed import did leave a file
    finally:
        proc.kill()
        proc.wait(timeout=60)
    with Library(data, seed=False) as lib:
        assert lib.count() == 1
    assert sorted(p.name for p in (data / "originals").iterdir()) == before


def test_a_temporary_copy_of_a_running_import_is_left_alone(tmp_path):
    folder = tmp_path / "originals"
    folder.mkdir()
    mine = folder / f".import-{os.getpid()}-abc"
    mine.write_text("x")
    with Library(tmp_path, seed=False):
        pass
    assert mine.exists()


# -- one bad file never stops an import (issue 16 item 12) -------------------------------

def test_an_unexpected_failure_on_one_file_is_reported_for_that_file(tmp_path, monkeypatch):
    import desktop_app.library as library_module

    real = library_module.detect_for

    def detect(parsed):
        if "intervisie" in parsed.text:
            raise ValueError("detector tripped")
        return real(parsed)

    monkeypatch.setattr(library_module, "detect_for", detect)
    with Library(tmp_path / "data", seed=False) as lib:
        report = lib.import_paths([SEED_001, SEED_004])
        assert report.added == ["kst-19637-2764"]
        (error,) = report.errors
        assert error.source == str(SEED_001) and error.code == "read-failed"
        assert "could not be read (ValueError: detector tripped)" in str(error)


def _make_possible(lib, letter_id: str, indices: set[int]) -> list:
    """Store some of a letter's commitments as "possible" (as the detector will)."""
    from dataclasses import replace

    letter = lib.letter(letter_id)
    # the others "high", whatever the detector of the day says
    changed = [replace(c, confidence="possible" if i in indices else "high")
               for i, c in enumerate(letter.commitments)]
    lib.letters.set_commitments(letter_id, changed, lib.letters.row(letter_id)["detector_version"])
    return changed


def test_commitment_rows_filter_by_confidence(tmp_path):
    """The overview lists high-confidence commitments by default; a person's confirmation
    makes a possible one count as high."""
    with Library(tmp_path, seed=False) as lib:
        lib.import_paths([SEED_DIR / "004_3134c7e4b499cdc3.txt"])
        lid = "kst-19637-2764"
        changed = _make_possible(lib, lid, {0, 2})
        everything = lib.commitment_rows()
        high = lib.commitment_rows(confidence="high")
        possible = lib.commitment_rows(confidence="possible")
        assert [r.commitment.start for r in possible] == [changed[0].start, changed[2].start]
        assert len(high) == len(everything) - 2
        assert all(r.confidence == "high" for r in high)
        lib.annotations.review_commitment(lid, changed[0], verdict="confirmed")
        assert changed[0].start in [r.commitment.start
                                    for r in lib.commitment_rows(confidence="high")]
        assert len(lib.commitment_rows(confidence="possible")) == 1


def test_commitment_rows_filter_by_due_month(tmp_path):
    with Library(tmp_path, seed=False) as lib:
        lib.import_paths([SEED_DIR])
        rows = lib.commitment_rows()
        month = max((r.due[:7] for r in rows if r.due and r.status != "rejected"),
                    key=lambda m: sum(1 for r in rows if (r.due or "")[:7] == m))
        due = lib.commitment_rows(due_month=month)
        assert due and len(due) == sum(1 for r in rows if (r.due or "")[:7] == month)
        assert {r.due[:7] for r in due} == {month}
        lib.annotations.review_commitment(due[0].letter_id, due[0].commitment,
                                          verdict="rejected")
        assert len(lib.commitment_rows(due_month=month)) == len(due) - 1  # not due any more


def test_commitment_rows_of_one_letter_are_those_of_the_whole_listing(tmp_path):
    """The reader asks for one letter's rows; they are read for that letter only and equal
    the overview's rows of it, reviews applied."""
    with Library(tmp_path, seed=False) as lib:
        lib.import_paths([SEED_DIR])
        lid = "kst-19637-2764"
        first = lib.letter(lid).commitments[1]
        lib.annotations.review_commitment(lid, first, status="done", note="klaar")
        lib._commitments_by_letter = None  # one letter never reads every letter
        one = lib.commitment_rows(letter=lid)
        del lib._commitments_by_letter
        assert one == [r for r in lib.commitment_rows() if r.letter_id == lid]
        assert [r.status for r in one if r.commitment == first] == ["done"]
        from desktop_app.errors import NotFound

        with pytest.raises(NotFound, match="kst-nope"):  # an error, not "0 found"
            lib.commitment_rows(letter="kst-nope")
