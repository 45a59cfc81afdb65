"""``lineage``, ``link`` and ``unlink`` on the command line, and the lineage the commitment
exports carry (issue 20)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from testdata import DATA

from desktop_app.cli import main
from desktop_app.export.spreadsheet import COLUMNS

CHAIN = DATA / "lineage" / "chain"
PROMISE, POSTPONEMENT, FULFILMENT = "kst-31016-58", "kst-31016-61", "kst-31016-65"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def data(tmp_path) -> str:
    """A data folder with the chain of three letters and no bundled letters."""
    from desktop_app.library import Library

    folder = tmp_path / "data"
    with Library(folder, seed=False) as library:
        library.import_paths(sorted(CHAIN.glob("*.txt"), reverse=True))
        library.letters.set_meta("seeded", "1")
    return str(folder)


def test_lineage_json_lists_each_commitments_proposals_with_kind_score_and_reasons(data):
    code, out, err = run("--data-dir", data, "lineage", "--letter", PROMISE, "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["letter_id"] == PROMISE
    first = result["commitments"][0]
    assert (first["number"], first["status"], first["due"], first["links"]) == (
        1, "open", "2019-11-30", [])
    by_letter = {p["later_letter_id"]: p for p in first["proposals"]}
    assert by_letter[POSTPONEMENT]["kind"] == "postpones"
    assert by_letter[POSTPONEMENT]["new_due"] == "2020-02-29"
    assert by_letter[FULFILMENT]["kind"] == "fulfils"
    assert by_letter[FULFILMENT]["score"] > 3
    assert "same dossier (31016)" in by_letter[FULFILMENT]["reasons"]
    assert by_letter[FULFILMENT]["later_sentence"].startswith("Hierbij informeer ik u")


def test_link_unlink_and_undo_and_the_exports_carry_the_lineage(data, tmp_path):
    assert run("--data-dir", data, "link", PROMISE, "1", POSTPONEMENT)[0] == 0
    code, out, err = run("--data-dir", data, "link", PROMISE, "1", FULFILMENT, "--note", "ok")
    assert code == 0, err
    assert out.startswith(f"linked: {PROMISE} #1 fulfils -> {FULFILMENT}")
    link_id = out.split("link ", 2)[-1].split(";")[0]

    first = json.loads(run("--data-dir", data, "lineage", "--letter", PROMISE, "--json")[1])[
        "commitments"][0]
    assert (first["status"], first["fulfilled_by"], first["due"], first["due_history"]) == (
        "fulfilled", FULFILMENT, "2020-02-29", ["2019-11-30"])
    assert [(k["kind"], k["state"], k["note"]) for k in first["links"]] == [
        ("postpones", "confirmed", ""), ("fulfils", "confirmed", "ok")]
    assert first["links"][1]["id"] == link_id
    incoming = json.loads(run("--data-dir", data, "lineage", "--letter", FULFILMENT,
                              "--json")[1])["pointing_at"]
    assert [i["link"]["id"] for i in incoming if "link" in i] == [link_id]

    code, out, _ = run("--data-dir", data, "commitments", "--letter", PROMISE, "--csv",
                       "--delimiter", "comma")
    (row, *_) = list(csv.DictReader(io.StringIO(out)))
    assert (row["status"], row["lineage_status"], row["fulfilled_by"], row["current_due"]) == (
        "done", "fulfilled", FULFILMENT, "2020-02-29")
    sheet = tmp_path / "toezeggingen.csv"
    assert run("--data-dir", data, "commitments", "--letter", PROMISE, "--csv", "--delimiter",
               "semicolon", "--out", str(sheet))[0] == 0
    table = list(csv.reader(io.StringIO(sheet.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert table[0] == list(COLUMNS)
    cells = table[1]
    assert cells[COLUMNS.index("Status")] == "vervuld"
    assert cells[COLUMNS.index("Vervuld door")] == FULFILMENT
    assert cells[COLUMNS.index("Eerdere termijnen")] == "2019-11-30"
    assert cells[COLUMNS.index("Termijn uiterlijk")] == "2020-02-29"
    code, out, _ = run("--data-dir", data, "commitments", "--letter", PROMISE, "--ics")
    unfolded = out.replace("\r\n ", "")
    assert "DTSTART;VALUE=DATE:20200229" in unfolded
    assert f"Status: vervuld\\nVervuld door: brief {FULFILMENT}" in unfolded
    assert "Eerdere termijnen: 30 november 2019" in unfolded

    code, out, err = run("--data-dir", data, "unlink", link_id)
    assert code == 0 and out.startswith("unlinked:"), err
    first = json.loads(run("--data-dir", data, "lineage", "--letter", PROMISE, "--json")[1])[
        "commitments"][0]
    assert first["status"] == "postponed" and len(first["links"]) == 1
    assert run("--data-dir", data, "undo")[0] == 0
    first = json.loads(run("--data-dir", data, "lineage", "--letter", PROMISE, "--json")[1])[
        "commitments"][0]
    assert first["status"] == "fulfilled"


def test_reject_a_proposal_and_the_listing_without_a_letter(data):
    code, out, err = run("--data-dir", data, "link", PROMISE, "1", FULFILMENT, "--reject")
    assert code == 0 and out.startswith("rejected:"), err
    code, out, _ = run("--data-dir", data, "lineage", "--json")
    letters = {entry["letter_id"]: entry for entry in json.loads(out)}
    first = letters[PROMISE]["commitments"][0]
    assert [k["state"] for k in first["links"]] == ["rejected"]
    assert FULFILMENT not in [p["later_letter_id"] for p in first["proposals"]]
    code, out, _ = run("--data-dir", data, "lineage")
    assert f"  rejected: fulfils -> {FULFILMENT}" in out
    assert "proposed (likely): postpones -> kst-31016-61" in out and "why: names the letter" in out


@pytest.mark.parametrize(("argv", "says"), [
    (["link", PROMISE, "7", FULFILMENT], "N must be between 1 and"),
    (["link", PROMISE, "1", FULFILMENT, "--sentence", "Staat er niet"], "does not contain"),
    (["link", PROMISE, "1", FULFILMENT, "--start", "3"], "Give both --start and --end"),
    (["link", PROMISE, "1", POSTPONEMENT, "--due", "maart"], "--due needs a date"),
    (["link", PROMISE, "1", "kst-0-0"], "There is no letter"),
    (["unlink", "nope"], "There is no lineage link nope"),
    (["lineage", "--letter", "kst-0-0"], "There is no letter"),
])
def test_mistakes_are_explained_with_exit_code_2(data, argv, says):
    code, out, err = run("--data-dir", data, *argv)
    assert code == 2 and says in err and "bug" not in err, err
