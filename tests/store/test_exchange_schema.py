"""Migration m005 (issue 18): motivations kept and pending annotations, on older databases."""

from __future__ import annotations

import json

import sqlite_utils

from desktop_app.store.annotation_schema import migrations
from desktop_app.store.annotations import AnnotationStore

TEXT = "Het kabinet zal de Kamer voor de zomer informeren over de voortgang van het plan."


def test_an_older_database_keeps_its_annotations_and_undo_after_the_migration(tmp_path):
    path = tmp_path / "annotations.db"
    db = sqlite_utils.Database(path)
    migrations.apply(db, stop_before="m005_exchange")
    db.close()
    # an annotation made by the previous version (its history row has no motivation)
    db = sqlite_utils.Database(path)
    stamp = "2024-01-01T00:00:00+00:00"
    db.execute("""INSERT INTO annotations (id, letter_id, "start", "end", quote, color, created,
                  modified) VALUES ('a1', 'L1', 4, 11, 'kabinet', 'belangrijk', ?, ?)""",
               [stamp, stamp])
    row = dict(zip([d[0] for d in db.execute("SELECT * FROM annotations").description],
                   db.execute("SELECT * FROM annotations").fetchone(), strict=True))
    db.execute("INSERT INTO history (label, at, state, changes) VALUES (?, ?, 'done', ?)",
               ["Annotate", "2024-01-01T00:00:00+00:00",
                json.dumps([{"table": "annotations", "key": "a1", "before": None,
                             "after": row}])])
    db.conn.commit()
    db.close()
    store = AnnotationStore(path, auto_backup=False)
    try:
        (ann,) = store.annotations()
        assert ann.motivation == "" and store.pending() == []
        store.merge([], pending=[("p1", "https://example.org/x", "{}", "2024-01-02T00:00:00Z")])
        assert [r["id"] for r in store.pending()] == ["p1"]
        store.undo()  # the pending row goes with its import …
        assert store.pending() == []
        store.undo()  # … and the annotation made before the migration can still be undone
        assert store.annotations() == []
    finally:
        store.close()
