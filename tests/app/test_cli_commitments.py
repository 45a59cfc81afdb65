"""``commitments --delimiter``: readable choices in --help, the old spellings still accepted,
and by default the separator a spreadsheet in the user's locale expects."""

from __future__ import annotations

import csv
import io

import pytest
from testdata import SEED_DIR

from desktop_app.cli import build_parser, main


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> str:
    """A data folder with one seed letter (with commitments) and no bundled letters."""
    from desktop_app.library import Library

    folder = tmp_path_factory.mktemp("commitments") / "data"
    with Library(folder, seed=False) as library:
        library.import_paths([SEED_DIR / "004_3134c7e4b499cdc3.txt"])
        library.letters.set_meta("seeded", "1")
    return str(folder)


def _help() -> str:
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    return sub.choices["commitments"].format_help()


def test_help_names_the_delimiters_in_words():
    text = " ".join(_help().split())
    assert "--delimiter {auto,comma,semicolon,tab}" in text
    assert "{,,;" not in text
    assert "a semicolon for Dutch" in text


@pytest.mark.parametrize(("given", "separator"), [
    ("comma", ","), ("semicolon", ";"), ("tab", "\t"), ("Semicolon", ";"),
    (",", ","), (";", ";"),  # the spellings accepted before stay valid
])
def test_every_delimiter_spelling_writes_that_separator(data, given, separator):
    code, out, err = run("--data-dir", data, "commitments", "--csv", "--delimiter", given)
    assert code == 0, err
    header = out.splitlines()[0]
    assert header.split(separator)[:3] == ["letter_id", "letter_date", "kind"]
    rows = list(csv.reader(io.StringIO(out), delimiter=separator))
    assert len(rows) > 1 and all(len(r) == 12 for r in rows)  # + lineage columns


@pytest.mark.parametrize(("env", "header"), [
    ({"LANG": "nl_NL.UTF-8"}, "letter_id;letter_date;"),  # Dutch Excel splits on semicolons
    ({"LANG": "en_US.UTF-8"}, "letter_id,letter_date,"),
    ({"LANG": "en_GB.UTF-8", "LC_NUMERIC": "de_DE.UTF-8"}, "letter_id;letter_date;"),
    ({"LANG": "nl_BE.UTF-8", "LC_ALL": "C"}, "letter_id;letter_date;"),  # C says nothing
])
def test_the_default_separator_is_the_locales(data, monkeypatch, env, header):
    for variable in ("LC_ALL", "LC_NUMERIC", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    for variable, value in env.items():
        monkeypatch.setenv(variable, value)
    code, out, _ = run("--data-dir", data, "commitments", "--csv")
    assert code == 0 and out.startswith(header)


def test_an_unknown_delimiter_is_refused_clearly(data, capsys):
    with pytest.raises(SystemExit) as info:
        main(["--data-dir", data, "commitments", "--csv", "--delimiter", "pipe"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "choose auto, comma, semicolon or tab, not 'pipe'" in err
    assert "Traceback" not in err


def test_the_excel_file_gets_the_delimiter_too(data, tmp_path):
    out = tmp_path / "toezeggingen.csv"
    code, _, err = run("--data-dir", data, "commitments", "--csv", "--delimiter", "semicolon",
                       "--out", str(out))
    assert code == 0, err
    first = out.read_text(encoding="utf-8-sig").splitlines()[0]
    assert ";" in first and "," not in first.split(";")[0]
