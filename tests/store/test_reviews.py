"""Commitment reviews follow their commitment when its wording or its detection changes.

Real letter text (seed letter 001) is imported through ``Library`` from a file, reviewed as
the window and the command line do (``review_row``), edited a little and imported again.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
import sqlite_utils
from testdata import SEED_DIR

from desktop_app.ingest import read_file
from desktop_app.library import Library, detector_version
from desktop_app.store.annotation_schema import migrations
from desktop_app.store.reviews import review_key

SEED_001 = SEED_DIR / "001_9568cf77c8ab2b63.txt"
WORKSHOPS = "Daarnaast worden workshops georganiseerd voor de medewerkers asiel."
INTERVISIE = "zal de intervisie worden voortgezet."  # the end of the third commitment
NEW_SENTENCE = "Daarnaast zullen de tolken in 2026 opnieuw worden getraind."


@pytest.fixture
def letter(tmp_path):
    """(library, letter id, the file, its text): seed letter 001 imported from a file."""
    text = read_file(SEED_001).text
    path = tmp_path / "brief.txt"
    path.write_text(text, encoding="utf-8")
    with Library(tmp_path / "data", seed=False) as lib:
        (lid,) = lib.import_paths([path]).added
        assert lib.letter(lid).text == text
        yield lib, lid, path, text


def _reimport(lib: Library, path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    assert lib.import_paths([path]).updated


def _rows(lib: Library, lid: str) -> list:
    return lib.commitment_rows(letter=lid)


def _row(lib: Library, lid: str, words: str):
    (row,) = [r for r in _rows(lib, lid) if words in r.commitment.text and not r.orphan]
    return row


def _review(lib: Library, row, **fields) -> None:
    """Review a row as the window and the command line do."""
    lib.annotations.review_row(row, letter_text=lib.letter(row.letter_id).text, **fields)


def _state(row) -> tuple:
    return row.status, row.verdict, row.deadline_to, row.note, row.orphan


def test_one_word_changed_keeps_the_review_on_its_commitment(letter):
    lib, lid, path, text = letter
    before = _rows(lib, lid)
    number = next(i for i, r in enumerate(before) if r.commitment.text == WORKSHOPS)
    _review(lib, before[number], status="done", verdict="confirmed", deadline="2026-06-30",
            note="Brief van 1 maart")

    _reimport(lib, path, text.replace("voor de medewerkers asiel", "voor alle medewerkers asiel"))

    after = _rows(lib, lid)
    assert len(after) == len(before)  # no orphan row: the review found its commitment
    moved = after[number]
    assert moved.commitment.text == WORKSHOPS.replace("de medewerkers", "alle medewerkers")
    assert _state(moved) == ("done", "confirmed", "2026-06-30", "Brief van 1 maart", False)
    assert moved.deadline_corrected
    assert [r.status for r in after].count("done") == 1  # on that commitment only

    # a change made now goes to the same review (no second one) and can be undone
    _review(lib, moved, status="open")
    assert len(lib.annotations.reviews(lid)) == 1
    assert _rows(lib, lid)[number].status == "open"
    lib.annotations.undo()
    assert _state(_rows(lib, lid)[number]) == ("done", "confirmed", "2026-06-30",
                                                "Brief van 1 maart", False)


def test_a_word_changed_in_a_long_commitment_keeps_its_review(letter):
    lib, lid, path, text = letter
    first = _rows(lib, lid)[0]
    _review(lib, first, verdict="rejected", kind="promise")
    _reimport(lib, path, text.replace("de trainingen en workshops alsmede",
                                      "de trainingen en cursussen alsmede"))
    row = _rows(lib, lid)[0]
    assert "trainingen en cursussen" in row.commitment.text
    assert (row.status, row.verdict, row.kind, row.orphan) == ("rejected", "rejected",
                                                               "promise", False)


@pytest.mark.parametrize("change", ["merged", "split"])
def test_a_moved_sentence_boundary_keeps_the_review(letter, change):
    """A detector change: the first two commitments detected as one, or one as two."""
    lib, lid, path, text = letter
    detected = list(lib.letter(lid).commitments)
    first, second = detected[0], detected[1]
    merged = replace(first, end=second.end, text=text[first.start:second.end])
    if change == "split":  # reviewed as one commitment, detected as two afterwards
        lib.letters.set_commitments(lid, [merged, *detected[2:]], detector_version())
        new = detected
    else:
        new = [merged, *detected[2:]]
    _review(lib, _rows(lib, lid)[0], status="done", deadline="2026-01-31")

    lib.letters.set_commitments(lid, new, detector_version())

    rows = _rows(lib, lid)
    assert rows[0].commitment == new[0]
    assert _state(rows[0]) == ("done", None, "2026-01-31", "", False)
    assert [r.status for r in rows] == ["done"] + ["open"] * (len(new) - 1)
    assert not any(r.orphan for r in rows)


def test_an_edit_elsewhere_does_not_give_a_review_to_another_commitment(letter):
    """One reviewed sentence edited a little, another replaced by a different one: the first
    review follows its sentence, the second is listed as not found, not put on a neighbour."""
    lib, lid, path, text = letter
    _review(lib, _row(lib, lid, INTERVISIE), status="done", note="voortgezet")
    _review(lib, _row(lib, lid, WORKSHOPS), verdict="confirmed", deadline="2026-03-01")
    count = len(_rows(lib, lid))

    edited = text.replace(INTERVISIE, "zal de intervisie worden uitgebreid en voortgezet.")
    edited = edited.replace(WORKSHOPS, NEW_SENTENCE)
    _reimport(lib, path, edited)

    rows = _rows(lib, lid)
    detected = [r for r in rows if not r.orphan]
    assert len(detected) == count
    by_text = {r.commitment.text: r for r in detected}
    replacement = by_text[NEW_SENTENCE]  # where the workshops were: not their review
    assert (replacement.status, replacement.verdict, replacement.deadline_corrected,
            replacement.note, replacement.orphan) == ("open", None, False, "", False)
    (intervisie,) = [r for r in detected if "uitgebreid en voortgezet" in r.commitment.text]
    assert _state(intervisie) == ("done", None, None, "voortgezet", False)
    assert [r for r in detected if r.status != "open"] == [intervisie]
    (orphan,) = [r for r in rows if r.orphan]  # user data: still listed, after the others
    assert rows[-1] is orphan
    assert orphan.commitment.text == WORKSHOPS
    assert (orphan.verdict, orphan.deadline_to, orphan.kind) == ("confirmed", "2026-03-01",
                                                                 "action")
    assert len(lib.annotations.reviews(lid)) == 2  # nothing deleted


def test_near_identical_commitments_keep_their_own_reviews(letter):
    lib, lid, path, text = letter
    twin = WORKSHOPS.replace("asiel", "opvang")
    text = text.replace(WORKSHOPS, f"{WORKSHOPS} {twin}")
    _reimport(lib, path, text)
    _review(lib, _row(lib, lid, "medewerkers asiel"), status="done", note="asiel")
    _review(lib, _row(lib, lid, "medewerkers opvang"), verdict="rejected", note="opvang")

    # both reworded a little, and moved down by a sentence inserted above them
    text = text.replace("voor de medewerkers asiel", "voor alle medewerkers asiel")
    text = text.replace("de medewerkers opvang", "alle medewerkers opvang")
    text = text.replace(INTERVISIE, f"{INTERVISIE} Dit is een nieuwe zin.")
    _reimport(lib, path, text)

    asiel = _row(lib, lid, "alle medewerkers asiel")
    opvang = _row(lib, lid, "alle medewerkers opvang")
    assert (asiel.status, asiel.verdict, asiel.note) == ("done", None, "asiel")
    assert (opvang.status, opvang.verdict, opvang.note) == ("rejected", "rejected", "opvang")
    assert not any(r.orphan for r in _rows(lib, lid))


def test_identical_commitments_in_one_letter_get_a_review_each(letter):
    lib, lid, path, text = letter
    text = text.replace(WORKSHOPS, f"{WORKSHOPS} Dit is nieuw. {WORKSHOPS}")
    _reimport(lib, path, text)
    first, second = [r for r in _rows(lib, lid) if r.commitment.text == WORKSHOPS]
    _review(lib, first, status="done")
    _review(lib, second, verdict="rejected")

    first, second = [r for r in _rows(lib, lid) if r.commitment.text == WORKSHOPS]
    assert (first.status, first.verdict) == ("done", None)
    assert (second.status, second.verdict) == ("rejected", "rejected")
    assert len({first.review_key, second.review_key}) == 2


def _old_store(path: Path, lid: str, quote: str) -> None:
    """An annotations.db as version 2 of the schema left it, with one review in it."""
    db = sqlite_utils.Database(path)
    migrations.apply(db, stop_before="m003_review_anchors")
    db.execute(
        "INSERT INTO commitment_reviews (key, letter_id, quote, verdict, kind, deadline, "
        "status, note, author, created, modified) VALUES (?, ?, ?, 'confirmed', NULL, "
        "'2026-05-01', 'done', 'oud', 'ik', '2024-01-01T00:00:00', '2024-01-01T00:00:00')",
        [review_key(lid, quote), lid, quote])
    db.conn.commit()
    db.close()


def test_an_old_review_row_still_applies_after_the_migration(tmp_path):
    text = read_file(SEED_001).text
    path = tmp_path / "brief.txt"
    path.write_text(text, encoding="utf-8")
    with Library(tmp_path / "data", seed=False) as lib:
        (lid,) = lib.import_paths([path]).added
        detected = list(lib.letter(lid).commitments)
    data = tmp_path / "data" / "annotations.db"
    data.unlink()
    _old_store(data, lid, WORKSHOPS)

    with Library(tmp_path / "data", seed=False) as lib:
        columns = {r[1] for r in lib.annotations.db.execute(
            "PRAGMA table_info(commitment_reviews)")}
        assert {"start", "end", "prefix", "suffix", "detected_kind"} <= columns
        row = _row(lib, lid, WORKSHOPS)
        assert _state(row) == ("done", "confirmed", "2026-05-01", "oud", False)
        assert row.review_key == review_key(lid, WORKSHOPS)

        # a detector that cuts the sentence differently: its exact words are still there
        index = next(i for i, c in enumerate(detected) if c.text == WORKSHOPS)
        c = detected[index]
        longer = replace(c, end=c.end + len(" Deze workshops"),
                         text=text[c.start:c.end + len(" Deze workshops")])
        detected[index] = longer
        lib.letters.set_commitments(lid, detected, detector_version())
        row = _row(lib, lid, WORKSHOPS)
        assert row.commitment == longer
        assert _state(row) == ("done", "confirmed", "2026-05-01", "oud", False)

        # changed once more, the old row itself is updated and remembers where it is
        _review(lib, row, note="nieuw")
        (review,) = lib.annotations.reviews(lid)
        assert (review.key, review.note, review.status) == (review_key(lid, WORKSHOPS),
                                                            "nieuw", "done")
        assert (review.start, review.end, review.quote) == (c.start, longer.end, longer.text)
        assert review.prefix and review.suffix


def test_an_orphan_review_can_still_be_changed_and_is_never_deleted(letter):
    lib, lid, path, text = letter
    _review(lib, _row(lib, lid, WORKSHOPS), status="done")
    _reimport(lib, path, text.replace(WORKSHOPS, ""))
    (orphan,) = [r for r in _rows(lib, lid) if r.orphan]
    _review(lib, orphan, status="open", note="vervallen")
    (review,) = lib.annotations.reviews(lid)
    assert (review.status, review.note, review.quote) == ("open", "vervallen", WORKSHOPS)
    (orphan,) = [r for r in _rows(lib, lid) if r.orphan]
    assert (orphan.status, orphan.note) == ("open", "vervallen")


def test_reviews_of_a_letter_without_commitments_are_listed(letter):
    lib, lid, path, text = letter
    _review(lib, _row(lib, lid, WORKSHOPS), status="done")
    lib.letters.set_commitments(lid, [], detector_version())
    rows = _rows(lib, lid)
    assert [(r.commitment.text, r.status, r.orphan) for r in rows] == [
        (WORKSHOPS, "done", True)]


def test_old_database_is_untouched_until_opened(tmp_path):
    """The migration only adds columns: the old row's values are all kept."""
    path = tmp_path / "annotations.db"
    _old_store(path, "txt-1", WORKSHOPS)
    from desktop_app.store.annotations import AnnotationStore

    store = AnnotationStore(path, auto_backup=False)
    try:
        (review,) = store.reviews("txt-1")
        assert (review.key, review.quote, review.status, review.deadline, review.start) == (
            review_key("txt-1", WORKSHOPS), WORKSHOPS, "done", "2026-05-01", None)
    finally:
        store.close()
    with sqlite3.connect(path) as conn:
        applied = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")]
    assert "m003_review_anchors" in applied


def test_a_review_made_before_the_migration_can_still_be_undone_and_redone(tmp_path):
    """The recorded history of reviews gets the new columns, so undo finds the row as
    recorded instead of refusing with 'was changed since'."""
    from desktop_app.store import history
    from desktop_app.store.annotations import AnnotationStore

    path = tmp_path / "annotations.db"
    db = sqlite_utils.Database(path)
    migrations.apply(db, stop_before="m003_review_anchors")
    row = {"key": review_key("txt-1", WORKSHOPS), "letter_id": "txt-1", "quote": WORKSHOPS,
           "verdict": None, "kind": None, "deadline": None, "status": "done", "note": "",
           "author": "ik", "created": "2024-01-01T00:00:00", "modified": "2024-01-01T00:00:00"}
    with history.write(db, path, "Review commitment") as rec:
        rec.put("commitment_reviews", row)
    with history.write(db, path, "Review commitment") as rec:
        rec.put("commitment_reviews", {**row, "note": "later"})
    db.close()

    store = AnnotationStore(path, auto_backup=False)
    try:
        assert store.undo().label == "Review commitment"
        assert [r.note for r in store.reviews("txt-1")] == [""]
        assert store.undo() is not None and store.reviews("txt-1") == []
        assert store.redo() is not None and store.redo() is not None
        assert [r.note for r in store.reviews("txt-1")] == ["later"]
    finally:
        store.close()
