"""The command line's human output as a careful reader sees it: singular and plural, English
throughout, one placeholder for a missing date and one for a missing title, columns that line
up however long a title is, and skipped files said the way the window says them."""

from __future__ import annotations

import io
import json
import re
import shutil

import pytest
from testdata import REAL_DIR, SEED_DIR

from desktop_app.cli import main
from desktop_app.commands.wording import NO_DATE, NO_TITLE, TITLE_WIDTH

SEED_004 = SEED_DIR / "004_3134c7e4b499cdc3.txt"  # kst-19637-2764, many commitments
LONG = REAL_DIR / "okb_kst-34300-A-15.txt"  # a subject longer than a column
BARE = "Het kabinet zal de Kamer voor de zomer van 2026 informeren over de voortgang.\n"
PLACEHOLDERS_OF_OLD = ("????-??-??", "----------", "(no subject)", "Bedoelde u")


def run(*argv) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def _template(tmp_path_factory):
    from desktop_app.library import Library

    root = tmp_path_factory.mktemp("ux-cli")
    bare = root / "kaal.txt"  # no date, no title, one commitment
    bare.write_text(BARE, encoding="utf-8")
    with Library(root / "data", seed=False) as library:
        report = library.import_paths([SEED_004, LONG, bare])
        library.letters.set_meta("seeded", "1")
        library.ensure_index()
    (bare_id,) = [i for i in report.added if i.startswith("txt-")]
    return root / "data", bare_id


@pytest.fixture
def data(_template, tmp_path) -> str:
    target = tmp_path / "data"
    shutil.copytree(_template[0], target)
    return str(target)


@pytest.fixture
def bare_id(_template) -> str:
    return _template[1]


def _no_plural_guesses(text: str) -> None:
    assert "(s)" not in text, text
    assert not re.search(r"(?<![\d.])1 (letters|commitments|annotations|files|hits)\b", text), text
    for old in PLACEHOLDERS_OF_OLD:
        assert old not in text, text


# -- 1. import: skipped files and folders without letters -----------------------------------

def test_a_folder_of_word_files_says_which_types_were_skipped_and_what_to_do(data, tmp_path):
    folder = tmp_path / "brieven"
    folder.mkdir()
    (folder / "notulen.docx").write_bytes(b"PK")
    (folder / "agenda.odt").write_bytes(b"PK")
    code, out, err = run("--data-dir", data, "import", folder)
    assert code == 1 and out.strip() == "0 added, 0 updated, 0 unchanged, 0 failed"
    (warning,) = [ln for ln in err.splitlines() if ln.startswith("warning: ")]
    assert warning.startswith("warning: 2 files skipped (.docx, .odt): this app reads only ")
    assert "save letters in other formats as pdf or html first" in warning.lower()
    assert str(folder / "notulen.docx") in warning
    assert [ln for ln in err.splitlines() if ln.startswith("error: ")] == [
        f"error: {folder}: there are no letter files (.txt, .md, .html, .xml, .pdf) in this "
        "folder. Choose the folder that holds the letters."]
    _no_plural_guesses(err)


def test_one_skipped_file_is_singular(data, tmp_path):
    folder = tmp_path / "map"
    folder.mkdir()
    shutil.copy(SEED_004, folder / "brief.txt")
    (folder / "LEESMIJ").write_text("geen brief")
    code, out, err = run("--data-dir", data, "import", folder)
    assert code == 0 and "1 unchanged" in out
    assert "warning: 1 file skipped (no extension): " in err
    _no_plural_guesses(err)


# -- 2. singular and plural, English, placeholders ------------------------------------------

def test_letters_use_one_placeholder_for_a_missing_date_and_title(data, bare_id):
    code, out, _ = run("--data-dir", data, "letters")
    assert code == 0
    (bare,) = [ln for ln in out.splitlines() if ln.startswith(bare_id)]
    assert NO_DATE in bare and bare.endswith(NO_TITLE) and " 1 commitment " in bare
    assert out.endswith("\n3 letters\n")
    _no_plural_guesses(out)


def test_search_words_counts_and_suggestions_in_english(data, bare_id):
    code, out, _ = run("--data-dir", data, "search", "zomer")
    assert code == 0 and out.startswith("1 letter found for: zomer")
    assert f"{bare_id}  {NO_DATE}" in out and out.splitlines()[1].endswith(NO_TITLE)
    code, out, _ = run("--data-dir", data, "search", "doorlichtng")
    assert "Did you mean: doorlichting" in out
    code, out, _ = run("--data-dir", data, "search", "informeren", "--scope", "commitments")
    assert re.match(r"\d+ commitments? found for: informeren", out)
    _no_plural_guesses(out)


def test_a_commitment_hit_is_numbered_as_commitments_numbers_it(data, bare_id):
    code, out, _ = run("--data-dir", data, "search", "zomer", "--scope", "commitments")
    assert code == 0 and out.startswith("1 commitment found for: zomer")
    assert f"{bare_id} #1 " in out  # as `commitments` and `review` number it (not #0)
    code, listed, _ = run("--data-dir", data, "commitments", "--letter", bare_id)
    assert listed.startswith(f"{bare_id} #1 [") and listed.endswith("\n1 commitment\n")


def test_review_says_one_commitment(data, bare_id):
    code, _, err = run("--data-dir", data, "review", bare_id, "2", "--done")
    assert code == 2 and "has 1 commitment; N must be between 1 and 1" in err


def test_annotations_count_and_export_are_singular(data, bare_id, tmp_path):
    assert run("--data-dir", data, "annotate", bare_id, "--quote", "de Kamer")[0] == 0
    code, out, err = run("--data-dir", data, "annotations")
    assert code == 0 and err == "1 annotation\n"
    code, out, _ = run("--data-dir", data, "export-annotations", "--out", tmp_path / "a.json")
    assert out.startswith("Exported 1 annotation to ")
    _no_plural_guesses(out + err)


def test_json_is_unchanged_by_the_wording(data, bare_id):
    letters = json.loads(run("--data-dir", data, "letters", "--json")[1])
    bare = next(r for r in letters if r["id"] == bare_id)
    assert bare["metadata"]["date"] is None and bare["metadata"]["title"] is None
    assert bare["commitments"] == 1
    hit = json.loads(run("--data-dir", data, "search", "zomer", "--scope", "commitments",
                         "--json")[1])["hits"][0]
    assert (hit["id"], hit["date"], hit["title"], hit["ref"]) == (bare_id, None, None, "0")


# -- 3. columns line up; long titles are cut with … ------------------------------------------

def _starts(lines: list[str], pattern: str) -> set[int]:
    return {re.search(pattern, ln).start() for ln in lines}


def test_letters_columns_line_up_and_long_subjects_are_cut(data):
    lines = run("--data-dir", data, "letters")[1].splitlines()[:-1]
    assert len(lines) == 3
    assert len(_starts(lines, r"(\d{4}-\d\d-\d\d|\(no date\))")) == 1
    assert len(_starts(lines, r"\d+ commitments?\b")) <= 2  # right-aligned numbers
    assert len({ln.index("commitment") for ln in lines}) == 1
    long = next(ln for ln in lines if ln.startswith("kst-34300-A-15"))
    title = long.split("  ")[-1]
    assert title.endswith("…") and len(title) == TITLE_WIDTH


def test_commitments_columns_line_up(data):
    lines = run("--data-dir", data, "commitments")[1].splitlines()[:-1]
    assert len({ln.index("[") for ln in lines}) == 1  # one letter column width
    ends = {re.search(r"\] +", ln).end() for ln in lines}
    assert len(ends) == 1  # the text starts in one column


def test_search_columns_line_up(data):
    out = run("--data-dir", data, "search", "kabinet OR informeren", "--scope", "all")[1]
    hits = [ln for ln in out.splitlines() if re.match(r"\s*\d+\. ", ln)]
    assert len(hits) > 2
    assert len(_starts(hits, r"(\d{4}-\d\d-\d\d|\(no date\))")) == 1
    assert all(len(ln) < 140 for ln in hits)


def test_annotations_columns_line_up(data, bare_id):
    run("--data-dir", data, "annotate", bare_id, "--quote", "kabinet")
    run("--data-dir", data, "annotate", "kst-19637-2764", "--quote", "doorlichting",
        "--occurrence", "1", "--color", "vraag")
    lines = run("--data-dir", data, "annotations")[1].splitlines()
    assert len(lines) == 2 and len({ln.index("“") for ln in lines}) == 1


# -- 3. help ---------------------------------------------------------------------------------

def _parsers():
    from desktop_app.cli import build_parser

    root = build_parser()
    todo = [("desktop-app", root)]
    while todo:
        name, parser = todo.pop()
        yield name, parser
        for action in parser._actions:
            if action.dest in ("command", "collections_command"):
                todo += [(f"{name} {n}", p) for n, p in action.choices.items()]


def test_every_help_fits_80_columns_and_explains_every_argument(monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    seen = 0
    for name, parser in _parsers():
        seen += 1
        text = parser.format_help()
        body = text.split("\n\n", 1)[1]  # after the usage block
        assert all(len(ln) <= 80 for ln in body.splitlines()), (name, body)
        for action in parser._actions:
            if action.dest not in ("help", "version", "command", "collections_command"):
                assert action.help, (name, action.dest)
        assert "(self-" not in text
    assert seen > 20


def test_a_letter_is_named_letter_id_everywhere():
    for name, parser in _parsers():
        for action in parser._actions:
            if action.dest in ("id", "letter_id", "letter"):
                assert action.metavar == "LETTER_ID", (name, action.dest, action.metavar)


def test_long_command_names_keep_their_help_on_their_line(monkeypatch):
    from desktop_app.cli import build_parser

    monkeypatch.setenv("COLUMNS", "80")
    text = build_parser().format_help()
    assert re.search(r"^\s+export-annotations\s+export annotations", text, re.M)
    assert "examples:" in text and "COMMAND --help" in text


def test_one_orphan_after_importing_annotations_is_singular(data, bare_id, tmp_path):
    from dataclasses import replace

    from desktop_app.export import w3c
    from desktop_app.library import Library

    assert run("--data-dir", data, "annotate", bare_id, "--quote", "de Kamer")[0] == 0
    with Library(data, seed=False) as library:
        (good,) = library.annotations.annotations()
    bad = replace(good, id="00000000-0000-4000-8000-000000000001", quote="Staat nergens",
                  start=9000, end=9013, prefix="", suffix="")
    path = tmp_path / "ann.json"
    w3c.write_file([good, bad], path)
    code, out, _ = run("--data-dir", data, "import-annotations", path)
    assert code == 0
    assert "1 imported annotation does not match its letter's text here; it is kept as an " \
           "orphan" in out
