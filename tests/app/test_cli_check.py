"""``desktop-app check``: the integrity check on demand (issue 17), reporting each database
and handling damage as any opening does."""

from __future__ import annotations

import io

import pytest
from testdata import count_quick_checks, damage_file

from desktop_app.cli import main
from desktop_app.library import Library

SEED_004 = "kst-19637-2764"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def checks(monkeypatch) -> list[str]:
    """Every quick_check run, by database file name (the real check still runs)."""
    return count_quick_checks(monkeypatch)


def test_check_checks_both_healthy_databases_and_says_so(tmp_path, checks):
    Library(tmp_path).close()
    assert checks == []
    code, out, err = run("--data-dir", str(tmp_path), "check")
    assert code == 0, err
    assert sorted(checks) == ["annotations.db", "library.db"]
    assert f"{tmp_path / 'library.db'}: ok" in out
    assert f"{tmp_path / 'annotations.db'}: ok" in out


def test_check_sets_a_damaged_library_db_aside_and_rebuilds_it(tmp_path):
    with Library(tmp_path) as library:
        count = library.count()
    damage_file(tmp_path / "library.db")
    code, out, err = run("--data-dir", str(tmp_path), "check")
    assert code == 1
    assert "library.db: damaged; set aside as" in out and "rebuilt" in out
    assert f"{tmp_path / 'annotations.db'}: ok" in out
    assert list(tmp_path.glob("library.db.damaged-*"))
    with Library(tmp_path, seed=False) as library:
        assert library.count() == count


def test_check_reports_damaged_annotations_with_the_backup_to_restore(tmp_path):
    with Library(tmp_path) as library:
        store = library.annotations
        text = library.letter(SEED_004).text
        for i in range(60):  # enough rows that the damage lands in a data page
            store.add(SEED_004, text, i, i + 10, note="x" * 400)
        backup = store.backup()
    damage_file(tmp_path / "annotations.db")
    code, out, err = run("--data-dir", str(tmp_path), "check")
    assert code == 2
    assert "damaged" in err and str(backup) in err and "restore" in err
