"""The commitments list as Excel CSV and as iCalendar, read back with csv and icalendar."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date, datetime, timezone

import pytest

from desktop_app.errors import UserError
from desktop_app.export.ical import commitments_ics, escape_text, fold, write_commitments_ics
from desktop_app.export.spreadsheet import COLUMNS, letter_metadata, write_commitments_csv

STAMP = datetime(2025, 3, 4, 5, 6, 7, tzinfo=timezone.utc)


@pytest.fixture
def rows(sample):
    return sample.library.commitment_rows()


def _read_csv(path, delimiter):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter))


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_csv_round_trip(sample, rows, tmp_path, delimiter):
    path = tmp_path / "toezeggingen.csv"
    write_commitments_csv(rows, letter_metadata(sample.library), path, delimiter)
    table = _read_csv(path, delimiter)
    assert table[0] == list(COLUMNS) and len(table) == len(rows) + 1
    by_text = {r[COLUMNS.index("Toezegging")]: r for r in table[1:]}
    row = rows[0]
    cells = by_text[" ".join(row.commitment.text.split())]
    assert cells[COLUMNS.index("Brief-id")] == row.letter_id
    dated = next(r for r in table[1:] if r[COLUMNS.index("Brief-id")] == "kst-35925-VI-38"
                 and r[COLUMNS.index("Termijn uiterlijk")])
    assert dated[COLUMNS.index("Kamerstuk")] == "Kamerstukken II 2021/22, 35 925 VI, nr. 38"
    assert dated[COLUMNS.index("Termijn uiterlijk")] == "2021-11-30"


def test_csv_reviews_notes_and_formula_guard(sample, tmp_path):
    lib = sample.library
    row = lib.commitment_rows(letter="kst-19637-2764")[0]
    lib.annotations.review_commitment(row.letter_id, row.commitment, verdict="confirmed",
                                      status="done", note="=HYPERLINK(\"x\")\nregel 2")
    rows = lib.commitment_rows(letter="kst-19637-2764", status="done")
    assert len(rows) == 1
    path = tmp_path / "c.csv"
    write_commitments_csv(rows, letter_metadata(lib), path, ";")
    cells = _read_csv(path, ";")[1]
    assert cells[COLUMNS.index("Status")] == "afgerond"
    assert cells[COLUMNS.index("Beoordeling")] == "bevestigd"
    assert cells[COLUMNS.index("Notitie")] == "'=HYPERLINK(\"x\")\nregel 2"


def test_csv_rejects_odd_separator(rows, tmp_path):
    with pytest.raises(UserError, match="separator"):
        write_commitments_csv(rows, {}, tmp_path / "x.csv", "|")


def test_ics_parses_with_one_event_per_dated_commitment(sample, rows, tmp_path):
    import icalendar

    path = tmp_path / "deadlines.ics"
    write_commitments_ics(rows, letter_metadata(sample.library), path, now=STAMP)
    raw = path.read_bytes()
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n") and raw.endswith(b"END:VCALENDAR\r\n")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    cal = icalendar.Calendar.from_ical(raw)
    events = cal.walk("VEVENT")
    dated = [r for r in rows if r.deadline_to or r.deadline_from]
    assert dated and len(events) == len(dated)
    assert len({str(e["UID"]) for e in events}) == len(events)
    event = next(e for e in events if "kst-35925-VI-38" in str(e["DESCRIPTION"]))
    assert event["DTSTART"].dt == date(2021, 11, 30) and event["DTEND"].dt == date(2021, 12, 1)
    assert "Kamerstukken II 2021/22, 35 925 VI, nr. 38" in str(event["DESCRIPTION"])
    assert "brief van 23 november 2021" in str(event["DESCRIPTION"])
    assert event["DTSTAMP"].dt == STAMP
    assert str(event["SUMMARY"]).startswith(("Toezegging: ", "Actie: ", "Weigering: "))


def test_ics_leaves_out_rejected_and_keeps_uids_stable(sample, rows):
    lib = sample.library
    meta = letter_metadata(lib)
    dated = [r for r in rows if r.deadline_to]
    first = commitments_ics(rows, meta, now=STAMP)
    lib.annotations.review_commitment(dated[0].letter_id, dated[0].commitment,
                                      verdict="rejected")
    again = commitments_ics(lib.commitment_rows(), meta, now=STAMP)
    assert again.count("BEGIN:VEVENT") == first.count("BEGIN:VEVENT") - 1
    uids = [ln for ln in again.split("\r\n") if ln.startswith("UID:")]
    assert set(uids) < {ln for ln in first.split("\r\n") if ln.startswith("UID:")}


def test_ics_sequence_and_last_modified_follow_the_latest_change(sample, rows):
    import icalendar

    from desktop_app.export.ical import revision

    row = next(r for r in rows if r.deadline_to)
    assert row.modified  # the letter's import time at least
    earlier = replace(row, modified="2026-03-01T10:00:00+00:00")
    later = replace(row, modified="2026-03-01T10:00:01+00:00")
    assert revision(later)[1] > revision(earlier)[1] > 0  # one second is enough
    assert revision(later)[0] == "20260301T100001Z"
    assert revision(replace(row, modified="")) == (None, 0)
    # a person corrects the deadline: the event's SEQUENCE grows, LAST-MODIFIED is that time
    lib = sample.library
    meta = letter_metadata(lib)
    before = _event_of(icalendar, commitments_ics(rows, meta, now=STAMP), row)
    lib.annotations.review_commitment(row.letter_id, row.commitment, deadline="2027-01-15")
    after_rows = lib.commitment_rows()
    mine = next(r for r in after_rows if r.identity() == row.identity())
    after = _event_of(icalendar, commitments_ics(after_rows, meta, now=STAMP), mine)
    assert after["DTSTART"].dt == date(2027, 1, 15)
    assert int(after["SEQUENCE"]) >= int(before["SEQUENCE"])
    assert after["LAST-MODIFIED"].dt >= before["LAST-MODIFIED"].dt
    assert after["LAST-MODIFIED"].dt.isoformat()[:19] == mine.modified[:19]


def _event_of(icalendar, text: str, row):
    from desktop_app.export.ical import uid

    cal = icalendar.Calendar.from_ical(text.encode())
    return next(e for e in cal.walk("VEVENT") if str(e["UID"]) == uid(row))


@pytest.mark.parametrize(("value", "expected"), [
    ("a,b;c\\d", "a\\,b\\;c\\\\d"), ("regel 1\nregel 2", "regel 1\\nregel 2"),
    ("r\r\nx", "r\\nx"),
])
def test_ics_text_escaping(value, expected):
    assert escape_text(value) == expected


def test_ics_folding_never_splits_a_character():
    line = "DESCRIPTION:" + "é" * 100
    folded = fold(line).encode("utf-8").split(b"\r\n")
    assert all(len(p) <= 75 for p in folded) and len(folded) > 2
    assert all(p.startswith(b" ") for p in folded[1:])
    assert b"".join(p[1:] if i else p for i, p in enumerate(folded)).decode() == line
