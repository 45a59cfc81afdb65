"""`desktop-app letter-edit`: correct, show, reset and undo a letter's details."""

from __future__ import annotations

import io
import json

import pytest
from testdata import SEED_DIR

from desktop_app.cli import main

SEED_004 = "kst-19637-2764"
NEW_TITLE = "Doorlichting asielketen"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def data(tmp_path):
    folder = str(tmp_path / "data")
    code, _, _ = run("--data-dir", folder, "import", str(SEED_DIR / "004_3134c7e4b499cdc3.txt"))
    assert code == 0
    return folder


def test_edit_show_reset_and_undo(data):
    code, out, err = run("--data-dir", data, "letter-edit", SEED_004, "--title", NEW_TITLE,
                         "--date", "2021-07-13", "--signatory-role", "Minister van JenV")
    assert (code, err) == (0, "")
    assert f"title: {NEW_TITLE}  (edited; the letter says: Vreemdelingenbeleid)" in out
    assert "date: 2021-07-13  (edited; the letter says: 2021-07-12)" in out
    assert "saved: 3 edited details" in out
    code, out, _ = run("--data-dir", data, "show", SEED_004, "--json")
    assert json.loads(out)["metadata"]["title"] == NEW_TITLE
    code, out, _ = run("--data-dir", data, "letters")
    assert NEW_TITLE in out and "2021-07-13" in out
    code, out, _ = run("--data-dir", data, "search", "title:doorlichting")
    assert code == 0 and SEED_004 in out
    code, out, _ = run("--data-dir", data, "letter-edit", SEED_004, "--reset", "date",
                       "--reset", "signatory-role", "--json")
    shown = json.loads(out)
    assert code == 0 and shown["edited"] == ["title"]
    assert shown["metadata"]["date"] == shown["parsed"]["date"] == "2021-07-12"
    assert shown["metadata"]["title"] == NEW_TITLE
    assert run("--data-dir", data, "undo")[0] == 0  # the reset was one step
    code, out, _ = run("--data-dir", data, "letter-edit", SEED_004, "--json")
    assert json.loads(out)["edited"] == ["date", "signatory_role", "title"]
    code, out, _ = run("--data-dir", data, "letter-edit", SEED_004, "--reset", "all")
    assert code == 0 and "(edited" not in out and "title: Vreemdelingenbeleid" in out
    assert "saved: no corrections left" in out


@pytest.mark.parametrize(("argv", "says"), [
    (["--date", "2021-02-30"], "does not exist"),
    (["--date", "13 juli 2021"], "YYYY-MM-DD"),
    (["--title", "x" * 501], "more than the 500 allowed"),
    (["--title", "a\nb"], "write it on one line"),
    (["--title", "Nieuw", "--reset", "title"], "contradict"),
])
def test_a_bad_value_is_refused_with_exit_2_and_nothing_saved(data, argv, says):
    code, out, err = run("--data-dir", data, "letter-edit", SEED_004, *argv)
    assert code == 2 and says in err and out == ""
    assert json.loads(run("--data-dir", data, "letter-edit", SEED_004, "--json")[1])[
        "edited"] == []


def test_an_unknown_letter_is_exit_2_naming_the_letters_command(data):
    code, _, err = run("--data-dir", data, "letter-edit", "kst-0-0", "--title", NEW_TITLE)
    assert code == 2 and "desktop-app letters" in err


def test_undo_on_the_command_line_replaces_the_letter_in_the_index(data):
    from desktop_app.library import Library

    run("--data-dir", data, "search", "brief")  # the index is built
    assert run("--data-dir", data, "letter-edit", SEED_004, "--title", NEW_TITLE)[0] == 0
    code, out, _ = run("--data-dir", data, "undo")
    assert code == 0 and "Edit letter details" in out
    with Library(data, seed=False) as lib:
        assert lib.index_is_current()  # caught up at once, no rebuild on the next search
        assert [h.id for h in lib.search_index().search("title:doorlichting").hits] == []
