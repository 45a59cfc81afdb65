"""The lineage linker's derived data in library.db: per letter its referring sentences and
its distinct content words (issue 20, at library scale).

Finding a letter's referring sentences reads every sentence with a few dozen patterns: tens
of seconds for 2,000 letters when done for the whole library at once. So it is done once per
letter and kept in ``lineage_derived`` keyed by the letter's id and a version: the finder's
version and what marks the letter's text (``updated_at``, length, fingerprint, source hash,
detector version). A letter whose row is missing or of another version is read again, alone,
the next time the linker's view is built (after an import, only the new letters). Derived
data only: the table is created when missing, never migrated, and may be dropped at any time
(it is rebuilt); user data never lives here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from desktop_app.model import METADATA_FIELDS

TABLE = "lineage_derived"
BATCH = 200  # letters written per transaction (an import waits at most for one batch)
_KEYS = ("updated_at", "chars", "fingerprint", "source_hash", "detector_version")


def ensure_table(store: Any) -> bool:
    """Create the table when missing (False in a read-only library: nothing is kept); a
    database another program keeps locked raises the store's UserError, like any write."""
    if store.read_only:
        return False
    if not has_table(store):
        with store.writing():  # waits for another writer; a lock it keeps is a UserError
            store.db.execute(f"CREATE TABLE IF NOT EXISTS {TABLE} (letter_id TEXT PRIMARY "
                             "KEY, version TEXT NOT NULL, refs TEXT NOT NULL, "
                             "words TEXT NOT NULL)")
    return True


def has_table(store: Any) -> bool:
    return TABLE in store.db.table_names()


def letter_key(row: dict[str, Any], finder_version: str) -> str:
    """The version a letter's derived row must carry to be current."""
    return "|".join([finder_version, *(str(row.get(k) or "") for k in _KEYS)])


def letters_with_derived(store: Any) -> Iterator[dict[str, Any]]:
    """Every letter's details (no text) with its stored derived row (``derived_version``,
    ``derived_refs``, ``derived_words``; None when missing), in id order, streamed."""
    columns = ", ".join(f"l.{c}" for c in ("id", *METADATA_FIELDS, *_KEYS))
    if has_table(store):
        sql = (f"select {columns}, d.version as derived_version, d.refs as derived_refs, "
               f"d.words as derived_words from letters l left join {TABLE} d "
               "on d.letter_id = l.id order by l.id")
    else:
        sql = (f"select {columns}, null as derived_version, null as derived_refs, "
               "null as derived_words from letters l order by l.id")
    yield from store.db.query(sql)


def save(store: Any, rows: Iterable[tuple[str, str, str, str]]) -> int:
    """Keep (letter id, version, refs JSON, words) rows, in batches; the rows of letters no
    longer in the library go. Returns how many were written (0 when read-only)."""
    if not ensure_table(store):
        return 0
    rows = list(rows)
    for at in range(0, len(rows), BATCH):
        with store.writing():
            store.db.conn.executemany(
                f"INSERT OR REPLACE INTO {TABLE} (letter_id, version, refs, words) "
                "VALUES (?, ?, ?, ?)", rows[at:at + BATCH])
    if rows:
        with store.writing():
            store.db.execute(f"DELETE FROM {TABLE} WHERE letter_id NOT IN "
                             "(SELECT id FROM letters)")
    return len(rows)


def drop(store: Any) -> None:
    """Forget every derived row (tests; a rebuild); a lock raises the store's UserError."""
    if not store.read_only:
        with store.writing():
            store.db.execute(f"DROP TABLE IF EXISTS {TABLE}")
