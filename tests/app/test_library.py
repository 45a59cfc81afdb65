"""The library: first start, re-import, duplicates across formats, originals, state."""

from __future__ import annotations

import shutil

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
