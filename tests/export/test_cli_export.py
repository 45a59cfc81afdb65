"""The command line: ``export`` and ``commitments --csv/--ics --out``."""

from __future__ import annotations

import csv
import io

from desktop_app.cli import main


def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_export_collection_and_tag(sample, tmp_path):
    data = str(sample.library.data_dir)
    sample.library.close()
    code, out, err = run("--data-dir", data, "export", "--collection", "Asiel en cultuur",
                         "--format", "md", "--out", str(tmp_path / "pack.md"))
    assert code == 0, err
    assert "4 passages from 3 letters, 3 notes" in out
    text = (tmp_path / "pack.md").read_text(encoding="utf-8")
    assert text.startswith("# Asiel en cultuur") and "PRIVÉ-NOTITIE" in text
    code, out, err = run("--data-dir", data, "export", "--tag", "cursus/cultuur",
                         "--out", str(tmp_path / "tag.html"), "--no-notes")
    assert code == 0, err
    html = (tmp_path / "tag.html").read_text(encoding="utf-8")
    assert "Met een cultuurscan" in html and "PRIVÉ-NOTITIE" not in html


def test_export_errors_are_clear(sample, tmp_path):
    data = str(sample.library.data_dir)
    sample.library.close()
    code, _, err = run("--data-dir", data, "export", "--collection", "Onbekend",
                       "--out", str(tmp_path / "x.docx"))
    assert code == 2 and "There is no collection 'Onbekend'" in err
    code, _, err = run("--data-dir", data, "export", "--tag", "cursus",
                       "--out", str(tmp_path / "x.txt"))
    assert code == 2 and "Add --format" in err and not (tmp_path / "x.txt").exists()
    code, _, err = run("--data-dir", data, "export", "--tag", "cursus",
                       "--out", str(tmp_path / "nergens" / "x.md"))
    assert code == 2 and "does not exist" in err


def test_commitments_to_files(sample, tmp_path):
    data = str(sample.library.data_dir)
    sample.library.close()
    code, out, err = run("--data-dir", data, "commitments", "--csv", "--delimiter", ";",
                         "--dossier", "19637", "--out", str(tmp_path / "c.csv"))
    assert code == 0, err
    with open(tmp_path / "c.csv", encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle, delimiter=";"))
    assert table[0][0] == "Datum brief" and len(table) > 1
    assert {r[-1] for r in table[1:]} == {"kst-19637-2764"}  # the one 19637 letter here
    assert f"{len(table) - 1} commitments as CSV" in out
    code, out, err = run("--data-dir", data, "commitments", "--ics",
                         "--out", str(tmp_path / "c.ics"))
    assert code == 0, err
    ics = (tmp_path / "c.ics").read_text(encoding="utf-8")
    assert f"wrote {tmp_path / 'c.ics'}: {ics.count('BEGIN:VEVENT')} dated" in out
    code, _, err = run("--data-dir", data, "commitments", "--out", str(tmp_path / "x"))
    assert code == 2 and "--csv, --ics or --json" in err


def test_commitments_ics_to_stdout(sample):
    data = str(sample.library.data_dir)
    sample.library.close()
    code, out, _ = run("--data-dir", data, "commitments", "--ics", "--letter", "kst-35925-VI-38")
    assert code == 0 and out.startswith("BEGIN:VCALENDAR\r\n") and "BEGIN:VEVENT" in out
