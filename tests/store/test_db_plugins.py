"""Opening a database does not look for sqlite-utils plugins (issue 17: start-up time)."""

from __future__ import annotations

import sqlite_utils.plugins

from desktop_app.store.db import close_database, open_database


def test_opening_a_database_does_not_load_sqlite_utils_plugins(tmp_path, monkeypatch):
    looked: list[str] = []
    monkeypatch.setattr(sqlite_utils.plugins, "_plugins_loaded", False)
    monkeypatch.setattr(sqlite_utils.plugins.sys, "_called_from_test", False, raising=False)
    monkeypatch.setattr(sqlite_utils.plugins.pm, "load_setuptools_entrypoints", looked.append)
    path = tmp_path / "x.db"
    db = open_database(path)
    db.execute("CREATE TABLE t (a)")
    close_database(db, path)
    read = open_database(path, read_only=True)
    assert read["t"].exists()
    read.conn.close()
    memory = open_database(None)
    assert memory.conn.execute("select 1").fetchone() == (1,)
    assert looked == []
