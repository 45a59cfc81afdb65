"""Opening annotations.db while another program keeps it locked says so ("busy"); it is not
called damaged (no backup offered for a healthy file). Real damage still is."""

from __future__ import annotations

import sqlite3

import pytest
from testdata import damage_file

from desktop_app.store import db as db_module
from desktop_app.store.annotations import AnnotationStore
from desktop_app.store.backup import AnnotationsDamaged
from desktop_app.store.db import StoreError


@pytest.fixture
def store_path(tmp_path, monkeypatch):
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 300)
    path = tmp_path / "annotations.db"
    store = AnnotationStore(path)
    for n in range(40):
        store.add(f"kst-{n}", "x" * 200, 0, 5, note="n" * 300)
    store.close()
    return path


@pytest.mark.parametrize("check", [None, True])
def test_a_locked_store_is_busy_not_damaged(store_path, check):
    blocker = sqlite3.connect(store_path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # another program is writing
    try:
        with pytest.raises(StoreError) as raised:
            AnnotationStore(store_path, check=check)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert not isinstance(raised.value, AnnotationsDamaged)
    assert raised.value.code == "database-busy"
    store = AnnotationStore(store_path)  # once the other program is done, it opens
    assert len(store.annotations()) == 40
    store.close()


def test_a_damaged_store_is_still_called_damaged(store_path):
    damage_file(store_path)
    with pytest.raises(AnnotationsDamaged):
        AnnotationStore(store_path, check=True)
