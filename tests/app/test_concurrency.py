"""Two programs importing into one data folder at the same time: no error, nothing lost."""

from __future__ import annotations

import subprocess
import sys

from testdata import REAL_DIR, SEED_DIR


def test_two_imports_at_once(tmp_path):
    data = tmp_path / "data"
    cmd = [sys.executable, "-m", "desktop_app", "--data-dir", str(data), "import"]
    procs = [
        subprocess.Popen([*cmd, str(SEED_DIR)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True),
        subprocess.Popen([*cmd, str(REAL_DIR)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True),
        subprocess.Popen([*cmd, str(SEED_DIR)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True),
    ]
    results = [(p.wait(timeout=240), *p.communicate()) for p in procs]
    for code, _out, err in results:
        assert code == 0, err
        assert "Traceback" not in err and "locked" not in err
    listing = subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", str(data),
                              "letters"], capture_output=True, text=True, check=True)
    ids = [ln.split()[0] for ln in listing.stdout.splitlines()[:-1]]
    assert len(ids) == len(set(ids))
    assert "kst-19637-2764" in ids and "kst-34293-49" in ids


def test_read_only_data_folder_says_so(tmp_path, monkeypatch):
    import sqlite3

    import pytest

    from desktop_app.store import db as dbmod
    from desktop_app.store.db import StoreCorrupt, StoreError, open_database

    path = tmp_path / "library.db"
    sqlite3.connect(path).execute("create table t (x)").connection.close()
    real_connect = sqlite3.connect

    def read_only(name, **kwargs):  # as on a read-only mount (root ignores chmod)
        kwargs.pop("isolation_level", None)
        return real_connect(f"file:{name}?mode=ro", uri=True, isolation_level=None, **kwargs)

    monkeypatch.setattr(dbmod.sqlite3, "connect", read_only)
    with pytest.raises(StoreError) as info:
        open_database(path)
    assert not isinstance(info.value, StoreCorrupt)
    assert "read-only" in str(info.value) and "--data-dir" in str(info.value)
