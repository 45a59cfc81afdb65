"""The command line for curation: collections, commitment reviews, undo and redo."""

from __future__ import annotations

import io
import json
import re

import pytest
from testdata import LETTERS_DIR

from desktop_app.cli import main

LETTER = "kst-19637-2764"  # bundled; imported on first start
QUOTES = {
    "Gezamenlijk gaan we werken aan die verbetering.": "cursus/ind",
    "De IND pakt de aanbevelingen uit de doorlichting IND op.": "cursus",
    "De aanbeveling over de bekostiging van de politie wordt niet overgenomen.": "anders",
}


@pytest.fixture
def cli(tmp_path):
    """``cli(*argv)`` → (exit code, stdout, stderr) on one data folder."""
    data = str(tmp_path / "data")

    def run(*argv: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        code = main(["--data-dir", data, *argv], out=out, err=err)
        return code, out.getvalue(), err.getvalue()

    return run


def _annotate(cli) -> dict[str, str]:
    """Annotate the QUOTES; returns annotation id per quote."""
    ids = {}
    for quote, tag in QUOTES.items():
        code, out, err = cli("annotate", LETTER, "--quote", quote, "--tag", tag,
                             "--note", f"over {tag}")
        assert code == 0, err
        ids[quote] = out.split("\t")[0]
    return ids


def test_collection_by_tag_exported_as_markdown(cli, tmp_path):
    ids = _annotate(cli)
    assert cli("collections") == (0, "There are no collections yet. Create one with: "
                                     "desktop-app collections create TITLE\n", "")
    code, out, err = cli("collections", "create", "IND-cursus", "--intro", "Over de IND.")
    assert code == 0 and out.startswith("created collection 'IND-cursus'"), err
    code, _, err = cli("collections", "create", "ind-CURSUS")
    assert code == 2 and "already a collection 'IND-cursus'" in err

    assert cli("collections", "add", "ind-cursus", "--heading", "Aanpak")[0] == 0
    code, out, err = cli("collections", "add", "IND-cursus", "--tag", "cursus")
    assert (code, out.strip()) == (0, "added 2 annotations to 'IND-cursus'"), err
    code, out, _ = cli("collections", "add", "IND-cursus", "--tag", "cursus")
    assert out.strip() == "added 0 annotations to 'IND-cursus'; 2 already in it"

    code, out, _ = cli("collections", "--json")
    (summary,) = json.loads(out)
    assert (summary["title"], summary["items"], summary["annotations"]) == ("IND-cursus", 3, 2)
    code, out, _ = cli("collections")
    assert "IND-cursus  (2 annotations, 1 heading)" in out and out.endswith("1 collection\n")

    code, out, _ = cli("collections", "show", summary["id"], "--json")
    shown = json.loads(out)
    assert [i["kind"] for i in shown["items"]] == ["heading", "annotation", "annotation"]
    in_collection = {i["annotation_id"] for i in shown["items"][1:]}
    assert in_collection == {a for q, a in ids.items() if QUOTES[q].startswith("cursus")}
    code, out, _ = cli("collections", "show", "IND-cursus")
    assert "## Aanpak" in out and "“Gezamenlijk gaan we werken aan die verbetering.”" in out

    pack = tmp_path / "pack.md"
    code, out, err = cli("export", "--collection", "IND-cursus", "--format", "md",
                         "--out", str(pack))
    assert code == 0, err
    assert "2 passages from 1 letter" in out
    text = pack.read_text(encoding="utf-8")
    assert text.startswith("# IND-cursus") and "Over de IND." in text and "## Aanpak" in text
    assert "Gezamenlijk gaan we werken" in text and "De IND pakt de aanbevelingen" in text
    assert "bekostiging van de politie" not in text  # tagged "anders", not added


def test_collection_rename_move_delete_and_undo(cli):
    ids = list(_annotate(cli).values())
    for title in ("Eerste", "Tweede"):
        assert cli("collections", "create", title)[0] == 0
    code, out, err = cli("collections", "add", "Eerste", "--annotation", *ids[:2])
    assert (code, out.strip()) == (0, "added 2 annotations to 'Eerste'"), err
    assert cli("collections", "move", "tweede", "1")[1].strip() == "moved 'Tweede' to place 1 of 2"
    assert cli("collections", "rename", "Eerste", "Laatste")[0] == 0
    code, out, _ = cli("collections", "--json")
    assert [c["title"] for c in json.loads(out)] == ["Tweede", "Laatste"]

    code, out, _ = cli("collections", "delete", "laatste")
    assert code == 0 and "the annotations themselves are kept" in out
    code, out, _ = cli("annotations", "--json")
    assert len(json.loads(out)) == len(QUOTES)
    code, out, _ = cli("undo")
    assert (code, out.split(" (")[0]) == (0, "undid: Delete collection")
    code, out, _ = cli("collections", "show", "Laatste", "--json")
    assert [i["annotation_id"] for i in json.loads(out)["items"]] == ids[:2]
    assert cli("redo")[1].startswith("redid: Delete collection")
    assert cli("redo") == (1, "Nothing to redo.\n", "")


def test_collection_errors_are_clear(cli):
    code, _, err = cli("collections", "show", "Onbekend")
    assert code == 2 and "There is no collection 'Onbekend'" in err
    assert cli("collections", "create", "Map")[0] == 0
    code, _, err = cli("collections", "add", "Map", "--annotation", "geen-id")
    assert code == 2 and "No annotation with id geen-id" in err
    code, _, err = cli("collections", "add", "Map", "--tag", "niets")
    assert code == 2 and "No annotations have the tag 'niets'" in err
    code, _, err = cli("collections", "move", "Map", "3")
    assert code == 2 and "between 1 and 1" in err
    code, _, err = cli("collections", "rename", "Map", " ")
    assert code == 2 and "needs a title" in err
    with pytest.raises(SystemExit):  # argparse: --annotation, --tag or --heading is required
        cli("collections", "add", "Map")


def _listed(cli, *filters: str) -> dict[int, str]:
    """``commitments --letter LETTER``: number → text line."""
    code, out, _ = cli("commitments", "--letter", LETTER, *filters)
    assert code == 0
    lines = out.splitlines()
    return {int(re.match(rf"{LETTER} #(\d+) ", ln).group(1)): ln for ln in lines[:-1]}


def test_review_done_leaves_open_list_and_undo_brings_it_back(cli):
    listed = _listed(cli)
    assert sorted(listed) == list(range(1, len(listed) + 1)) and len(listed) > 3
    code, out, _ = cli("commitments", "--letter", LETTER, "--json")
    assert [row["number"] for row in json.loads(out)] == sorted(listed)

    code, out, err = cli("review", LETTER, "3", "--done", "--note", "afgerond")
    assert code == 0, err
    assert out.startswith(f"reviewed {LETTER} #3 [") and ", done" in out
    still_open = _listed(cli, "--open")
    assert 3 not in still_open and set(still_open) == set(listed) - {3}  # numbers are stable
    code, out, _ = cli("commitments", "--letter", LETTER, "--json")
    third = json.loads(out)[2]
    assert (third["number"], third["status"], third["note"]) == (3, "done", "afgerond")

    code, out, _ = cli("undo")
    assert (code, out.split(" (")[0]) == (0, "undid: Review commitment")
    assert set(_listed(cli, "--open")) == set(listed)
    assert cli("redo")[0] == 0 and 3 not in _listed(cli, "--open")


def test_review_reject_reopen_and_corrections(cli):
    assert cli("review", LETTER, "1", "--reject")[0] == 0
    assert "rejected" in _listed(cli)[1] and 1 not in _listed(cli, "--open")
    code, out, _ = cli("review", LETTER, "1", "--open", "--kind", "promise",
                       "--deadline", "2030-06-30")
    assert code == 0 and f"{LETTER} #1 [promise, open due 2030-06-30]" in out
    assert 1 in _listed(cli, "--open")
    code, out, _ = cli("review", LETTER, "1", "--confirm", "--deadline", "none")
    assert code == 0 and "due 2030" not in out


def test_review_errors_are_clear(cli):
    count = len(_listed(cli))
    code, _, err = cli("review", "kst-0-0", "1", "--done")
    assert code == 2 and "no letter with id 'kst-0-0'" in err
    code, _, err = cli("review", LETTER, str(count + 1), "--done")
    assert code == 2 and f"has {count} commitments; N must be between 1 and {count}" in err
    code, _, err = cli("review", LETTER, "0", "--done")
    assert code == 2 and f"commitments --letter {LETTER}" in err
    code, _, err = cli("review", LETTER, "1")
    assert code == 2 and "Nothing to change" in err
    code, _, err = cli("review", LETTER, "1", "--deadline", "volgend jaar")
    assert code == 2 and "2025-12-31" in err
    assert cli("undo") == (1, "Nothing to undo.\n", "")


def test_review_follows_its_commitment_when_the_letter_is_imported_again(cli, tmp_path):
    """One word changed in a reviewed commitment, another reviewed one left out: `commitments`
    keeps the first review on its commitment and lists the second at the end of the letter,
    where `review` can still change it."""
    promise = ("Ik zal uw Kamer op de reguliere verantwoordingsmomenten informeren over de "
               "voortgang.")
    refusal = "De aanbeveling over de bekostiging van de politie wordt niet overgenomen."
    listed = _listed(cli)
    number = next(n for n, line in listed.items() if line.endswith(promise))
    dropped = next(n for n, line in listed.items() if line.endswith(refusal))
    assert dropped < number
    assert cli("review", LETTER, str(number), "--done", "--deadline", "2026-06-30")[0] == 0
    assert cli("review", LETTER, str(dropped), "--confirm", "--note", "klopt")[0] == 0

    (source,) = LETTERS_DIR.glob(f"* {LETTER} *.md")
    text = source.read_text(encoding="utf-8").replace(f"{refusal} ", "").replace(
        "de reguliere verantwoordingsmomenten", "de gebruikelijke verantwoordingsmomenten")
    changed = tmp_path / source.name
    changed.write_text(text, encoding="utf-8")
    code, out, err = cli("import", str(changed))
    assert (code, out.splitlines()[-1][:21]) == (0, "0 added, 1 updated, 0"), err

    after = _listed(cli)
    # (the detector reads a sentence's neighbours too: a detection beside the removed one may
    # come or go, so the review is found by its text, not by a count)
    (moved,) = [line for line in after.values()
                if line.endswith(promise.replace("reguliere", "gebruikelijke"))]
    assert "[promise, done due 2026-06-30]" in moved
    assert sum("not found in the letter" in line for line in after.values()) == 1
    last = after[len(after)]
    assert "[refusal, open, not found in the letter]" in last and last.endswith(refusal)
    code, out, _ = cli("commitments", "--letter", LETTER, "--json")
    rows = json.loads(out)
    assert [r["orphan"] for r in rows] == [False] * (len(rows) - 1) + [True]
    assert (rows[-1]["number"], rows[-1]["verdict"], rows[-1]["note"]) == (
        len(rows), "confirmed", "klopt")

    code, out, err = cli("review", LETTER, str(len(after)), "--done")
    assert code == 0, err
    assert "[refusal, done, not found in the letter]" in out
    assert cli("undo")[0] == 0
    assert "[refusal, open, not found in the letter]" in _listed(cli)[len(after)]
