"""The command line contract: import, letters, show, inspect, commitments, errors."""

from __future__ import annotations

import io
import json
import shutil

import pytest
from testdata import REAL_DIR, SEED_DIR

from desktop_app.cli import main

SEED_004 = SEED_DIR / "004_3134c7e4b499cdc3.txt"
INSPECT_KEYS = {"source", "id", "metadata", "text", "commitments"}
META_KEYS = {"title", "subject", "date", "dossier", "number", "vergaderjaar", "signatory",
             "signatory_role", "reference", "chamber"}
COMMITMENT_KEYS = {"start", "end", "text", "kind", "actor", "deadline_text", "deadline", "cue",
                   "confidence"}


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_version_and_help(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert "desktop-app 0." in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "examples:" in capsys.readouterr().out


def test_inspect_json_contract(tmp_path):
    bad = tmp_path / "junk.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    code, out, _ = run("--data-dir", str(tmp_path / "d"), "inspect", str(SEED_004), str(bad),
                       "--json")
    assert code == 1
    good, broken = json.loads(out)
    assert set(good) == INSPECT_KEYS and set(good["metadata"]) == META_KEYS
    assert good["id"] == "kst-19637-2764" and good["source"] == str(SEED_004)
    assert good["commitments"] and all(set(c) == COMMITMENT_KEYS for c in good["commitments"])
    for c in good["commitments"]:
        assert good["text"][c["start"]:c["end"]] == c["text"]
    assert broken == {"source": str(bad), "error": broken["error"]}
    assert "binary" in broken["error"]
    assert not (tmp_path / "d").exists()  # inspect never touches the library


def test_import_letters_show(tmp_path):
    data = tmp_path / "data"
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(REAL_DIR / "tk_2024D48201_truncated.txt", folder / "brief.txt")
    shutil.copy(REAL_DIR / "okb_kst-25087-339_truncated.txt", folder)
    (folder / "kapot.pdf").write_bytes(b"%PDF-1.4 nothing")
    (folder / "notes.docx").write_bytes(b"PK")  # unsupported types in a folder are skipped
    (folder / ".cache").mkdir()  # hidden folders are left out
    (folder / ".cache" / "oud.txt").write_text("Den Haag, 1 mei 2020\n\nVerborgen brief.")
    code, out, err = run("--data-dir", str(data), "import", str(folder))
    assert code == 1
    assert "kapot.pdf" in err and "damaged" in err
    assert "1 file skipped (.docx)" in err and "notes.docx" in err
    assert "oud.txt" not in err
    assert "2 added" in out
    code, out, _ = run("--data-dir", str(data), "letters", "--json")
    ids = {row["id"] for row in json.loads(out)}
    # the bundled letters were imported on first start, then the two new ones
    assert {"kst-19637-2764", "kst-34293-49", "kst-29826-216", "kst-25087-339"} <= ids
    code, out, err = run("--data-dir", str(data), "import", str(folder / "brief.txt"))
    assert (code, out.strip()) == (0, "0 added, 0 updated, 1 unchanged, 0 failed")
    code, out, _ = run("--data-dir", str(data), "show", "kst-34293-49", "--json")
    shown = json.loads(out)
    assert set(shown) == INSPECT_KEYS and shown["metadata"]["signatory"] == "R.W. Knops"
    code, _, err = run("--data-dir", str(data), "show", "kst-0-0")
    assert code == 2 and "no letter with id 'kst-0-0'" in err


def test_commitments_command(tmp_path):
    data = str(tmp_path / "data")
    run("--data-dir", data, "import", str(SEED_004))
    code, out, _ = run("--data-dir", data, "commitments", "--letter", "kst-19637-2764", "--json")
    rows = json.loads(out)
    assert code == 0 and rows and {r["letter_id"] for r in rows} == {"kst-19637-2764"}
    code, out, _ = run("--data-dir", data, "commitments", "--kind", "refusal", "--csv")
    lines = out.strip().splitlines()
    assert lines[0].startswith("letter_id,") and all(",refusal," in ln for ln in lines[1:])
    code, _, err = run("--data-dir", data, "commitments", "--due-before", "gisteren")
    assert code == 2 and "2025-12-31" in err


ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x9b31m\r"  # retitle, clear the screen, C1 CSI, CR


def test_escape_codes_in_a_file_name_are_printed_as_text(tmp_path):
    bad = tmp_path / f"brief{ESCAPES}.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)  # fails to import: its name is in the error
    code, out, err = run("--data-dir", str(tmp_path / "d"), "import", str(bad))
    assert code == 1
    assert "brief\\u001b]0;pwned\\u0007\\u001b[2J\\u009b31m\\u000d.txt" in err
    for text in (out, err):
        assert not any(c in text for c in "\x1b\x07\x9b\r")


def test_escape_codes_in_json_output_keep_it_valid_json(tmp_path):
    bad = tmp_path / f"brief{ESCAPES}.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    _, out, _ = run("--data-dir", str(tmp_path / "d"), "inspect", str(bad))
    assert "\x9b" not in out and "\x1b" not in out
    (item,) = json.loads(out)  # the escape is JSON's: the name comes back as it is
    assert item["source"] == str(bad)


def test_escape_codes_in_an_annotation_are_printed_as_text(tmp_path):
    letter_dir = tmp_path / "letters"
    letter_dir.mkdir()
    shutil.copy(SEED_004, letter_dir)
    data = ["--data-dir", str(tmp_path / "d")]
    assert run(*data, "import", str(letter_dir))[0] == 0
    # a tag may not hold control characters: refused, and the refusal prints them escaped
    code, out, err = run(*data, "annotate", "kst-19637-2764", "--quote",
                         "doorlichting geeft een aanvullende opdracht", "--note", "x",
                         "--tag", f"t{ESCAPES}")
    assert code == 2 and "control character" in err and "\\x1b" in err
    assert not any(c in out + err for c in "\x1b\x07\x9b")
    code, out, _ = run(*data, "annotate", "kst-19637-2764", "--quote",
                       "doorlichting geeft een aanvullende opdracht", "--note", f"x{ESCAPES}",
                       "--tag", "t")
    assert code == 0
    code, out, err = run(*data, "annotations")  # the listing a person reads
    assert code == 0 and "doorlichting geeft" in out
    assert not any(c in out + err for c in "\x1b\x07\x9b")
    code, out, _ = run(*data, "annotations", "--json")
    assert code == 0 and "\x1b" not in out and "\x9b" not in out
    assert json.loads(out)[0]["note"] == f"x{ESCAPES}"


def test_printable_keeps_lines_and_tabs():
    from desktop_app.commands.terminal import printable

    assert printable("a\tb\nc\r\nd") == "a\tb\nc\r\nd"
    assert printable("\x1b[31mred\x7f") == "\\u001b[31mred\\u007f"
