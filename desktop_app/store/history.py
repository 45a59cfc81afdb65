"""Write transactions that record every row they change, and undo/redo over that record.

Every change to user data goes through :func:`write`: one ``BEGIN IMMEDIATE`` transaction
(taking the write lock up front, so two processes never fail on a lock upgrade) whose
:class:`Recorder` notes, per row, the table, key, before and after. The list of row changes
is stored in the ``history`` table together with the operation's label and time in the same
transaction, so the record and the change cannot diverge. Undo applies the ``before`` rows
in reverse order; redo applies the ``after`` rows again.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from desktop_app.errors import UserError
from desktop_app.model import HistoryEntry
from desktop_app.store.db import (
    ReadOnlyFolder,
    StoreError,
    is_read_only_error,
    mark_suspect,
    read_only_message,
    suspicious,
)

Row = dict[str, Any]

# Every table of user data and its primary key column.
KEYS = {
    "annotations": "id",
    "palette": "name",
    "collections": "id",
    "collection_items": "id",
    "commitment_reviews": "key",
    "letter_edits": "letter_id",
    "pending_annotations": "id",
    "lineage_links": "id",  # commitment lineage (store/lineage_links.py)
    # whose an annotation is (store/sharing.py); recorded where one's own change moves it,
    # so that undo puts the owner back with the annotation
    "share_annotations": "id",
}


class StoreWriteError(StoreError, UserError):
    """A change could not be saved (read-only folder, full disk, locked or damaged file)."""

    code = "write-failed"


class ReadOnlyWrite(StoreWriteError, ReadOnlyFolder):
    """A change refused by SQLite because the data folder (or the file) is read-only."""

    code = "read-only-folder"


class UndoConflict(UserError):
    """The row to undo or redo was changed since, by another window or process."""

    code = "undo-conflict"


@dataclass(frozen=True)
class ChangeSet:
    """What committed writes changed, as facts a view can act on: the annotation ids added,
    changed and removed, the letters concerned (of annotations, reviews and letter details),
    and every table touched. ``everything``: anything may have changed (a restore), read all.
    """

    added: frozenset[str] = frozenset()
    changed: frozenset[str] = frozenset()
    removed: frozenset[str] = frozenset()
    letter_ids: frozenset[str] = frozenset()
    tables: frozenset[str] = frozenset()
    everything: bool = False

    @property
    def annotation_ids(self) -> frozenset[str]:
        """Every annotation concerned (added, changed or removed)."""
        return self.added | self.changed | self.removed

    def touches(self, *tables: str) -> bool:
        """True when one of ``tables`` was written (always, for ``everything``)."""
        return self.everything or any(t in self.tables for t in tables)

    def __or__(self, later: ChangeSet) -> ChangeSet:
        """This change followed by ``later``, as one (an id added then removed is removed;
        one removed then added again, as by undo and redo, is changed)."""
        removed = (self.removed - later.added - later.changed) | later.removed
        added = (self.added - later.removed) | (later.added - self.removed)
        changed = (self.changed | later.changed | (later.added & self.removed)) - removed - added
        return ChangeSet(added, changed, removed, self.letter_ids | later.letter_ids,
                         self.tables | later.tables, self.everything or later.everything)


EVERYTHING = ChangeSet(everything=True)


def summarise(changes: list[dict[str, Any]], *, undone: bool = False) -> ChangeSet:
    """The :class:`ChangeSet` of recorded row changes (``undone``: of undoing them)."""
    added: set[str] = set()
    changed: set[str] = set()
    removed: set[str] = set()
    letters: set[str] = set()
    tables: set[str] = set()
    for change in changes:
        before, after = change["before"], change["after"]
        if undone:
            before, after = after, before
        tables.add(change["table"])
        for row in (before, after):
            for column in ("letter_id", "later_letter_id"):  # a lineage link: both letters
                if row is not None and row.get(column) is not None:
                    letters.add(row[column])
        if change["table"] == "annotations":
            key = change["key"]
            (added if before is None else removed if after is None else changed).add(key)
    return ChangeSet(frozenset(added), frozenset(changed - added - removed), frozenset(removed),
                     frozenset(letters), frozenset(tables))


def now() -> str:
    """The current time as ISO 8601 UTC with microseconds (sortable as text)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def explain_code(exc: sqlite3.Error) -> str:
    """The code of a failed write (what :func:`explain` says), for the window to word."""
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text:
        return "write-read-only"
    if "full" in text:
        return "write-disk-full"
    if "locked" in text or "busy" in text:
        return "write-busy"
    return "write-failed"


def explain(exc: sqlite3.Error, path: object) -> str:
    """A message a person can act on for a failed write."""
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text:
        return (
            f"The database {path} is read-only, so changes cannot be saved. "
            "Make the data folder writable or choose another one with --data-dir."
        )
    if "full" in text:
        return (
            f"The disk holding {path} is full, so the change was not saved. "
            "Free some space and try again; nothing already saved was lost."
        )
    if "locked" in text or "busy" in text:
        return (
            f"Another program keeps the database {path} busy. "
            "Close other copies of the reader and try again."
        )
    return f"The database {path} could not be written ({exc}). Try again."


class Recorder:
    """Applies row changes inside a transaction and remembers before/after of each."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = db
        self.changes: list[dict[str, Any]] = []

    def get(self, table: str, key: str) -> Row | None:
        """The current row, or None."""
        cursor = self.db.execute(f'SELECT * FROM "{table}" WHERE "{KEYS[table]}" = ?', [key])
        row = cursor.fetchone()
        if row is None:
            return None
        return dict(zip([d[0] for d in cursor.description], row, strict=True))

    def put(self, table: str, row: Row) -> None:
        """Insert or update ``row`` (all columns), recording the change."""
        key = row[KEYS[table]]
        before = self.get(table, key)
        if before == row:
            return
        apply_row(self.db, table, key, row)
        self.changes.append({"table": table, "key": key, "before": before, "after": row})

    def delete(self, table: str, key: str) -> Row | None:
        """Delete a row, recording it; returns the deleted row."""
        before = self.get(table, key)
        if before is not None:
            apply_row(self.db, table, key, None)
            self.changes.append({"table": table, "key": key, "before": before, "after": None})
        return before


def apply_row(db: sqlite_utils.Database, table: str, key: str, row: Row | None) -> None:
    """Make the row with ``key`` equal to ``row`` (None deletes it)."""
    pk = KEYS[table]
    if row is None:
        db.execute(f'DELETE FROM "{table}" WHERE "{pk}" = ?', [key])
        return
    cols = list(row)
    names = ", ".join(f'"{c}"' for c in cols)
    marks = ", ".join("?" for _ in cols)
    updates = ", ".join(f'"{c}" = excluded."{c}"' for c in cols if c != pk)
    # ON CONFLICT … DO UPDATE, not INSERT OR REPLACE: a replace deletes first and would
    # trip foreign keys of rows pointing at this one.
    db.execute(
        f'INSERT INTO "{table}" ({names}) VALUES ({marks}) '
        f'ON CONFLICT("{pk}") DO UPDATE SET {updates}',
        [row[c] for c in cols],
    )


@contextmanager
def transaction(db: sqlite_utils.Database, path: object) -> Iterator[None]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``; rolls back on any error, explains sqlite errors."""
    try:
        db.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        raise _write_error(exc, path) from exc
    try:
        yield
        db.execute("COMMIT")
    except BaseException as exc:
        if db.conn.in_transaction:
            db.execute("ROLLBACK")
        if isinstance(exc, sqlite3.Error):
            raise _write_error(exc, path) from exc
        raise


def _write_error(exc: sqlite3.Error, path: object) -> StoreError:
    """A failed write as the error to show: a read-only data folder says so in one way.

    A failure that may mean damage makes the next opening check the database."""
    if suspicious(exc) and path not in (None, ":memory:"):
        mark_suspect(path)
    if is_read_only_error(exc) and path not in (None, ":memory:"):
        folder = Path(str(path)).parent
        return ReadOnlyWrite(read_only_message(folder), code="read-only-folder",
                             folder=str(folder))
    return StoreWriteError(explain(exc, path), code=explain_code(exc), path=str(path),
                           reason=str(exc))


@contextmanager
def write(db: sqlite_utils.Database, path: object, label: str,
          person: str = "") -> Iterator[Recorder]:
    """A recorded write: the changes and their history entry commit together or not at all.

    ``person`` is whose change it is: '' for the person of this data folder (undoable), a
    colleague's person id for a change a sync read from their pack (on record, never undone
    by this person's undo, and it leaves their redo chain as it was).
    """
    with transaction(db, path):
        recorder = Recorder(db)
        yield recorder
        if recorder.changes:
            recorded = json.dumps(recorder.changes, ensure_ascii=False)
            if person:
                db.execute(
                    "INSERT INTO history (label, at, state, changes, person) "
                    "VALUES (?, ?, 'done', ?, ?)", [label, now(), recorded, person])
            else:
                # A new change ends the redo chain; the undone entries stay on record (only
                # the person's own entries are ever undone). person defaults to ''.
                db.execute("UPDATE history SET state = 'dropped' WHERE state = 'undone'")
                db.execute("INSERT INTO history (label, at, state, changes) "
                           "VALUES (?, ?, 'done', ?)", [label, now(), recorded])


def _step(db: sqlite_utils.Database, path: object, undo: bool) -> HistoryEntry | None:
    """Undo the person's latest done entry, or redo their earliest undone one (changes a
    sync read from colleagues' packs are not theirs to undo)."""
    state, order = ("done", "DESC") if undo else ("undone", "ASC")
    with transaction(db, path):
        row = db.execute(
            "SELECT id, label, at, changes FROM history WHERE state = ? AND person = '' "
            f"ORDER BY id {order} LIMIT 1",
            [state],
        ).fetchone()
        if row is None:
            return None
        changes = json.loads(row[3])
        recorder = Recorder(db)
        for change in reversed(changes) if undo else changes:
            expected, target = (
                (change["after"], change["before"]) if undo else (change["before"], change["after"])
            )
            if recorder.get(change["table"], change["key"]) != expected:
                verb = "undo" if undo else "redo"
                raise UndoConflict(
                    f"Cannot {verb} '{row[1]}': the {change['table']} row {change['key']} "
                    "was changed since. Reload and edit it directly."
                )
            apply_row(db, change["table"], change["key"], target)
        new_state = "undone" if undo else "done"
        db.execute("UPDATE history SET state = ? WHERE id = ?", [new_state, row[0]])
        return HistoryEntry(row[0], row[1], row[2], new_state, len(changes))


def undo(db: sqlite_utils.Database, path: object) -> HistoryEntry | None:
    """Undo the most recent change; None when there is nothing to undo."""
    return _step(db, path, undo=True)


def redo(db: sqlite_utils.Database, path: object) -> HistoryEntry | None:
    """Redo the most recently undone change; None when there is nothing to redo."""
    return _step(db, path, undo=False)


def supersede(db: sqlite_utils.Database, rows: set[tuple[str, str]]) -> int:
    """Leave ``rows`` (table, key), just changed on a colleague's behalf (a sync applying
    their pack), out of the person's own undo and redo; returns how many entries changed.

    Undo expects each row as the entry left it, so one of these rows in an entry raised
    :class:`UndoConflict` at every undo, and no older change could be undone any more. The
    colleague's change wins: those rows, and the places in collections of an annotation
    among them (a collection item cannot point at a missing annotation), are taken out of
    the recorded changes; an entry left with nothing is dropped. Called inside that write.
    """
    rows = {(table, str(key)) for table, key in rows}
    if not rows:
        return 0
    annotations = {k for t, k in rows if t == "annotations"}
    tables = sorted({t for t, _ in rows} | {"collection_items"})
    own = "SELECT id, changes FROM history WHERE person = '' AND state IN ('done', 'undone')"
    params: list[Any] = []
    keys = {k for _, k in rows}
    if len(keys) <= 32:  # a usual sync: only entries whose text names a key are parsed
        own += " AND (" + " OR ".join("instr(changes, ?) > 0" for _ in keys) + ")"
        params += [json.dumps(k, ensure_ascii=False) for k in sorted(keys)]  # as recorded
    sql = ("SELECT h.id, json_extract(c.value, '$.table'), json_extract(c.value, '$.key'), "
           "json_extract(c.value, '$.before.annotation_id'), "
           "json_extract(c.value, '$.after.annotation_id') "
           f"FROM ({own}) h, json_each(h.changes) c "
           f"WHERE json_extract(c.value, '$.table') IN ({', '.join('?' for _ in tables)})")
    params += tables
    found: set[int] = set()
    # one pass over the recorded changes, however many rows the sync changed
    for entry_id, table, key, before, after in db.execute(sql, params):
        if (table, str(key)) in rows or (table == "collection_items"
                                         and (before in annotations or after in annotations)):
            found.add(entry_id)

    def superseded(change: dict[str, Any]) -> bool:
        if (change["table"], str(change["key"])) in rows:
            return True
        return change["table"] == "collection_items" and any(
            row is not None and row.get("annotation_id") in annotations
            for row in (change["before"], change["after"]))

    for entry_id in sorted(found):
        text = db.execute("SELECT changes FROM history WHERE id = ?", [entry_id]).fetchone()[0]
        kept = [c for c in json.loads(text) if not superseded(c)]
        if kept:
            db.execute("UPDATE history SET changes = ? WHERE id = ?",
                       [json.dumps(kept, ensure_ascii=False), entry_id])
        else:
            db.execute("UPDATE history SET state = 'dropped' WHERE id = ?", [entry_id])
    return len(found)


def entries(db: sqlite_utils.Database, limit: int = 50, *, own: bool = False
            ) -> list[HistoryEntry]:
    """The most recent history entries, newest first; ``own``: only this person's (the
    changes a sync read from colleagues' packs left out)."""
    where = "WHERE person = '' " if own else ""
    rows = db.execute(
        f"SELECT id, label, at, state, changes FROM history {where}ORDER BY id DESC LIMIT ?",
        [limit]).fetchall()
    return [HistoryEntry(r[0], r[1], r[2], r[3], len(json.loads(r[4]))) for r in rows]


def changes_of(db: sqlite_utils.Database, entry_id: int) -> list[dict[str, Any]]:
    """The recorded row changes (table, key, before, after) of one history entry."""
    row = db.execute("SELECT changes FROM history WHERE id = ?", [entry_id]).fetchone()
    return json.loads(row[0]) if row else []
