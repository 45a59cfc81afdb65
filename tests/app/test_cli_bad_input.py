"""The command line with bad input: a clear one-paragraph message, a non-zero exit code, no
traceback and nothing half-written (review of every command as a hostile user)."""

from __future__ import annotations

import errno
import io
import json
import os
import shutil
import sys

import pytest
from testdata import SEED_DIR

from desktop_app import cli
from desktop_app.cli import main

SEED_004 = SEED_DIR / "004_3134c7e4b499cdc3.txt"
LETTER = "kst-19637-2764"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def one_paragraph(err: str) -> str:
    """The single ``error: …`` line a failing command prints (and nothing like a traceback)."""
    assert "Traceback" not in err and 'File "' not in err
    lines = [ln for ln in err.splitlines() if ln.startswith("error: ")]
    assert len(lines) == 1, err
    return lines[0]


@pytest.fixture(scope="module")
def _template(tmp_path_factory):
    from desktop_app.library import Library

    folder = tmp_path_factory.mktemp("cli-bad-input") / "data"
    with Library(folder, seed=False) as library:
        library.import_paths([SEED_004])
        library.letters.set_meta("seeded", "1")  # no bundled letters: fast and predictable
        library.ensure_index()
    return folder


@pytest.fixture
def data(_template, tmp_path) -> str:
    target = tmp_path / "data"
    shutil.copytree(_template, target)
    return str(target)


# -- import and inspect: folders without letters -------------------------------------------

@pytest.mark.parametrize("content", [[], ["plaatje.png"]])
def test_importing_a_folder_without_letters_says_so(data, tmp_path, content):
    folder = tmp_path / "map"
    folder.mkdir()
    for name in content:
        (folder / name).write_bytes(b"\x89PNG")
    code, out, err = run("--data-dir", data, "import", folder)
    assert code == 1
    assert one_paragraph(err) == (
        f"error: {folder}: there are no letter files (.txt, .md, .html, .xml, .pdf) in this "
        "folder. Choose the folder that holds the letters.")
    assert "0 added" in out


def test_inspect_reads_the_letters_in_a_folder_and_names_an_empty_one(data, tmp_path):
    folder = tmp_path / "brieven"
    folder.mkdir()
    shutil.copy(SEED_004, folder / "brief.txt")
    empty = tmp_path / "leeg"
    empty.mkdir()
    code, out, err = run("inspect", folder, empty)
    assert code == 1
    letter, nothing = json.loads(out)
    assert letter["id"] == LETTER and letter["source"] == str(folder / "brief.txt")
    assert nothing == {"source": str(empty), "error": nothing["error"]}
    assert nothing["error"].startswith("there are no letter files")
    assert one_paragraph(err).startswith(f"error: {empty}: there are no letter files")


def test_inspect_says_on_stderr_which_files_failed(tmp_path):
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 4)
    code, out, err = run("inspect", junk, "--json")
    assert code == 1 and json.loads(out)[0]["error"]
    assert one_paragraph(err).startswith(f"error: {junk}: this is not a text file")


# -- the data folder -----------------------------------------------------------------------

def test_a_file_as_the_data_folder(tmp_path):
    blocker = tmp_path / "brief.txt"
    blocker.write_text("x")
    code, out, err = run("--data-dir", blocker, "letters")
    assert code == 2 and out == ""
    assert one_paragraph(err) == (
        f"error: Cannot use {blocker} as the data folder: it (or a folder above it) is a file, "
        "not a folder. Choose another folder with --data-dir.")


def test_an_empty_data_folder_option_is_not_the_default_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("KAMERBRIEVEN_DATA_DIR", str(tmp_path / "default"))
    code, _, err = run("--data-dir", "", "letters")
    assert code == 2 and "--data-dir is empty" in one_paragraph(err)
    assert not (tmp_path / "default").exists()


# -- search --------------------------------------------------------------------------------

@pytest.mark.parametrize(("query", "problem"), [
    ("((", "unmatched parenthesis"),
    (")", "unmatched parenthesis"),
    ("AND", "'AND' at the start has nothing to combine"),
    ("NOT", "'NOT' at the end has nothing to combine"),
    ("dossier:", "'dossier:' has no value"),
    ("van:", "'van:' has no value"),
])
@pytest.mark.parametrize("as_json", [False, True])
def test_a_query_with_nothing_to_search_for_is_an_error(data, query, problem, as_json):
    code, out, err = run("--data-dir", data, "search", query, *(["--json"] if as_json else []))
    assert code == 2 and out == ""
    message = one_paragraph(err)
    assert message.startswith(f"error: Nothing to search for in “{query}”: {problem}.")
    assert "search --help" in message


@pytest.mark.parametrize("query", ["", "   "])
def test_an_empty_query_is_an_error(data, query):
    code, out, err = run("--data-dir", data, "search", query)
    assert code == 2 and out == ""
    assert one_paragraph(err).startswith("error: The query is empty.")


def test_a_partly_understood_query_warns_on_stderr_and_shows_the_rest(data):
    code, out, err = run("--data-dir", data, "search", '"doorlichting')
    assert code == 0
    assert err.startswith("warning: Query not understood completely: a quote")
    assert out.startswith("1 letter found for: \"doorlichting") and LETTER in out
    code, out, _ = run("--data-dir", data, "search", '"doorlichting', "--json")
    assert code == 0 and "quote" in json.loads(out)["error"]


def test_a_very_long_query_is_not_echoed_whole(data):
    query = "doorlichting " + "x" * 5000
    code, out, _ = run("--data-dir", data, "search", query)
    assert code == 0
    summary = out.splitlines()[0]
    assert len(summary) < 300 and summary.endswith("…")


def test_a_query_too_deep_for_the_engine_is_explained(data, monkeypatch):
    from desktop_app.search import SearchIndex

    def too_deep(self, *args, **kwargs):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(SearchIndex, "search", too_deep)
    code, out, err = run("--data-dir", data, "search", '"' + "a " * 1000 + '"')
    assert code == 2 and out == ""
    assert one_paragraph(err).startswith("error: The query is too long or too deeply nested")


# -- a bug or the disk: still one paragraph, never a traceback ------------------------------

def _failing_letters(monkeypatch, exc: BaseException) -> None:
    from desktop_app.commands import letters

    def fail(args, ctx):
        raise exc

    monkeypatch.setattr(letters, "cmd_letters", fail)


def test_an_unexpected_error_is_one_paragraph_and_a_distinct_exit_code(data, monkeypatch):
    monkeypatch.delenv(cli.DEBUG_ENV, raising=False)
    _failing_letters(monkeypatch, AssertionError("nodes"))
    code, out, err = run("--data-dir", data, "letters")
    assert code == cli.EXIT_BUG == 70 and out == ""
    message = one_paragraph(err)
    assert "(AssertionError: nodes)" in message and "This is a bug" in message
    assert f"{cli.DEBUG_ENV}=1" in message


def test_the_debug_switch_shows_the_traceback(data, monkeypatch):
    monkeypatch.setenv(cli.DEBUG_ENV, "1")
    _failing_letters(monkeypatch, AssertionError("nodes"))
    code, _, err = run("--data-dir", data, "letters")
    assert code == 70 and "Traceback" in err and err.rstrip().splitlines()[-1].startswith(
        "error: An unexpected problem")


@pytest.mark.parametrize(("exc", "words"), [
    (OSError(errno.ENOSPC, "No space left on device", "/data/index/x.seg"),
     "The disk is full (/data/index/x.seg). Make room on it"),
    (PermissionError(errno.EACCES, "Permission denied", "/data/library.db"),
     "Permission denied (/data/library.db)."),
    (OSError(errno.EROFS, "Read-only file system"), "The disk is read-only."),
])
def test_disk_problems_are_said_plainly(data, monkeypatch, exc, words):
    _failing_letters(monkeypatch, exc)
    code, _, err = run("--data-dir", data, "letters")
    assert code == 2
    assert one_paragraph(err).startswith(f"error: {words}")


# -- show, annotations ---------------------------------------------------------------------

@pytest.mark.parametrize("as_json", [False, True])
def test_show_an_unknown_letter(data, as_json):
    code, out, err = run("--data-dir", data, "show", "kst-0-0", *(["--json"] if as_json else []))
    assert code == 2 and out == ""
    assert one_paragraph(err) == ("error: There is no letter with id 'kst-0-0'. List the "
                                  "letters with `desktop-app letters`.")


def test_annotations_of_an_unknown_letter(data):
    code, out, err = run("--data-dir", data, "annotations", "--letter", "kst-0-0")
    assert code == 2 and out == ""
    assert "There is no letter with id 'kst-0-0' and no annotations of it" in one_paragraph(err)


@pytest.mark.parametrize("quote", ["", "  "])
def test_annotate_with_an_empty_quote(data, quote):
    code, out, err = run("--data-dir", data, "annotate", LETTER, "--quote", quote)
    assert code == 2 and out == ""
    assert one_paragraph(err).startswith("error: --quote is empty. Give the passage")


def test_annotations_of_a_deleted_letter_are_still_listed(data):
    assert run("--data-dir", data, "annotate", LETTER, "--quote", "doorlichting",
               "--occurrence", "1")[0] == 0
    assert run("--data-dir", data, "delete", LETTER)[0] == 0
    code, out, _ = run("--data-dir", data, "annotations", "--letter", LETTER)
    assert code == 0 and LETTER in out


# -- export and commitments --out: unwritable places, nothing half-written ------------------

@pytest.fixture
def tagged(data) -> str:
    assert run("--data-dir", data, "annotate", LETTER, "--quote", "doorlichting",
               "--occurrence", "1", "--tag", "cursus")[0] == 0
    return data


def test_export_to_a_folder_names_a_file_to_use(tagged, tmp_path):
    code, _, err = run("--data-dir", tagged, "export", "--tag", "cursus", "--out", tmp_path)
    assert code == 2
    assert one_paragraph(err) == (f"error: Cannot write {tmp_path}: it is a folder. Give a file "
                                  f"name, e.g. --out {tmp_path / 'pakket.docx'}.")


@pytest.mark.parametrize("command", [
    ["export", "--tag", "cursus", "--out", "{blocker}/pakket.docx"],
    ["commitments", "--ics", "--out", "{blocker}/deadlines.ics"],
    ["commitments", "--csv", "--out", "{blocker}/toezeggingen.csv"],
    ["export-annotations", "--out", "{blocker}/a.json"],
])
def test_a_file_in_the_way_of_the_output_folder(tagged, tmp_path, command):
    blocker = tmp_path / "brief.txt"
    blocker.write_text("x")
    argv = [part.replace("{blocker}", str(blocker)) for part in command]
    code, out, err = run("--data-dir", tagged, *argv)
    assert code == 2 and out == ""
    assert one_paragraph(err).endswith(f"{blocker} is a file, not a folder. Choose another "
                                       "location.")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.txt", "data"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
@pytest.mark.parametrize("command", [["commitments", "--ics"], ["export", "--tag", "cursus",
                                                                "--format", "md"]])
def test_a_pipe_or_device_as_output_is_refused_not_replaced(tagged, tmp_path, command):
    pipe = tmp_path / "uit"
    os.mkfifo(pipe)
    code, _, err = run("--data-dir", tagged, *command, "--out", pipe)
    assert code == 2 and "it is not an ordinary file" in one_paragraph(err)
    assert pipe.is_fifo()


def test_export_with_nothing_to_export_writes_nothing(data, tmp_path):
    out = tmp_path / "pakket.docx"
    for source in (["--tag", "bestaat-niet"], ["--collection", "Bestaat niet"]):
        code, _, err = run("--data-dir", data, "export", *source, "--out", out)
        assert code == 2 and one_paragraph(err)
    assert not out.exists()


def test_import_annotations_of_a_binary_file(data, tmp_path):
    junk = tmp_path / "a.json"
    junk.write_bytes(b"\xff\xfe\x00\x9c junk")
    code, _, err = run("--data-dir", data, "import-annotations", junk)
    assert code == 2
    assert one_paragraph(err) == (f"error: {junk} is not an annotation file: it is not JSON "
                                  "text (UTF-8). Choose a .json file made with "
                                  "export-annotations; nothing was imported.")


# -- the windowed bundle has no stdout -----------------------------------------------------

def test_commands_run_without_stdout_or_stderr(data, monkeypatch):
    # a console=False executable on Windows starts with sys.stdout = sys.stderr = None
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    assert main(["--data-dir", data, "commitments", "--ics"]) == 0
    assert main(["--data-dir", data, "show", "kst-0-0"]) == 2
