"""The letter list asked of SQLite: filtering, sorting, counting and paging in SQL.

The list shows the person's corrections of a letter's details (annotations.db) and each
letter's annotation count (annotations.db too); the Library hands those to this module as
two small temporary tables of the letters connection (``temp.list_edits``: the corrected
rows, a handful; ``temp.list_annotations``: counts, filled only to sort by them), so every
query runs in one database. Nothing here loads every letter into Python.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from desktop_app.model import METADATA_FIELDS, LetterSummary, Metadata
from desktop_app.render import NUMBER_SEPARATOR, list_title

SORT_COLUMNS = ("date", "subject", "kamerstuk", "signatory", "commitments", "annotations")
LIST_FIELDS = ("title", "subject", "date", "dossier", "number", "signatory", "signatory_role")
# the list's columns in one index: the list's scans read it, not the table of letter texts
LIST_INDEX = "idx_letters_list"
CHUNK = 500  # ids per "IN (…)" query


@dataclass(frozen=True)
class LetterQuery:
    """Which letters the list shows, in which order: words that must all occur in the date,
    subject, Kamerstuk or signatory (any case), an exact year, dossier and signatory, and
    the sort column (``SORT_COLUMNS``). Letters without a date, Kamerstuk or signatory sort
    last either way; ties keep the library's order (newest first, then by id)."""

    text: str = ""
    year: str = ""
    dossier: str = ""
    signatory: str = ""
    sort: str = "date"
    descending: bool = True


def _title(title: Any, subject: Any, number: Any, source: Any) -> str:
    return list_title(Metadata(title=title, subject=subject, number=number), source or "")


def _fold(text: Any) -> str:
    return str(text or "").casefold()


def _signatories(value: Any) -> str:
    """";A. Minister;B. Staatssecretaris;" - each name stripped, for an exact match."""
    names = [s.strip() for s in str(value or "").split(";") if s.strip()]
    return ";" + ";".join(names) + ";"


def prepare(db: sqlite_utils.Database) -> None:
    """The connection's functions and temporary tables (once per connection)."""
    conn = db.conn
    conn.create_function("kb_title", 4, _title, deterministic=True)
    conn.create_function("kb_fold", 1, _fold, deterministic=True)
    conn.create_function("kb_signatories", 1, _signatories, deterministic=True)
    columns = ", ".join(f"{f} TEXT" for f in LIST_FIELDS)
    conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS list_edits (id TEXT PRIMARY KEY, {columns})")
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS list_annotations "
                 "(id TEXT PRIMARY KEY, n INTEGER)")


def ensure_index(db: sqlite_utils.Database) -> bool:
    """Create the covering index of the list's columns when missing (True when created).

    Derived and rebuildable: the start-up job creates it in the background, so a library
    made by an older version gets it once without a migration (a read-only folder works on
    without it, scanning the table)."""
    if LIST_INDEX in {i.name for i in db["letters"].indexes}:
        return False
    db.execute(f"CREATE INDEX IF NOT EXISTS {LIST_INDEX} ON letters "
               f"(date, id, {', '.join(f for f in LIST_FIELDS if f != 'date')}, source)")
    return True


def set_edits(db: sqlite_utils.Database, rows: Iterable[dict[str, Any]]) -> None:
    """The corrected list fields of the edited letters (every LIST_FIELDS value, corrected
    or not), replacing the ones before."""
    conn = db.conn
    conn.execute("DELETE FROM temp.list_edits")
    names = ("id", *LIST_FIELDS)
    conn.executemany(
        f"INSERT INTO temp.list_edits ({', '.join(names)}) "
        f"VALUES ({', '.join('?' for _ in names)})",
        [tuple(r.get(n) for n in names) for r in rows])


def set_annotation_counts(db: sqlite_utils.Database, counts: dict[str, int]) -> None:
    conn = db.conn
    conn.execute("DELETE FROM temp.list_annotations")
    conn.executemany("INSERT INTO temp.list_annotations (id, n) VALUES (?, ?)",
                     [(k, v) for k, v in counts.items() if v])


def _field(name: str, edited: bool) -> str:
    return f"(CASE WHEN e.id IS NULL THEN l.{name} ELSE e.{name} END)" if edited \
        else f"l.{name}"


def _from(edited: bool, annotations: bool) -> str:
    sql = "letters l"
    if edited:
        sql += " LEFT JOIN temp.list_edits e ON e.id = l.id"
    if annotations:
        sql += " LEFT JOIN temp.list_annotations a ON a.id = l.id"
    return sql


def _kamerstuk(edited: bool) -> str:
    d, n = _field("dossier", edited), _field("number", edited)
    return (f"(CASE WHEN coalesce({d}, '') = '' THEN '' WHEN coalesce({n}, '') = '' THEN {d} "
            f"ELSE {d} || '-' || {n} END)")


def _signatory(edited: bool) -> str:
    s, role = _field("signatory", edited), _field("signatory_role", edited)
    return f"(CASE WHEN coalesce({s}, '') = '' THEN coalesce({role}, '') ELSE {s} END)"


def _subject(edited: bool) -> str:
    """``render.list_title`` in SQL; the file name (rare: no subject, no title) in Python."""
    title, subject = _field("title", edited), _field("subject", edited)
    number = _field("number", edited)
    return (f"(CASE WHEN coalesce({subject}, '') != '' THEN {subject} "
            f"WHEN coalesce({title}, '') != '' THEN {title} || (CASE WHEN coalesce({number}, '')"
            f" != '' THEN '{NUMBER_SEPARATOR}' || {number} ELSE '' END) "
            f"ELSE kb_title({title}, {subject}, {number}, l.source) END)")


def _where(query: LetterQuery, edited: bool) -> tuple[str, list[Any]]:
    clauses, args = [], []
    date = _field("date", edited)
    if query.year:
        clauses.append(f"substr(coalesce({date}, ''), 1, {len(query.year)}) = ?")
        args.append(query.year)
    if query.dossier:
        clauses.append(f"{_field('dossier', edited)} = ?")
        args.append(query.dossier)
    if query.signatory:
        clauses.append(f"instr(kb_signatories({_field('signatory', edited)}), ?) > 0")
        args.append(f";{query.signatory};")
    words = query.text.casefold().split()
    if words:
        # SQLite's lower() folds ASCII only: words with other letters are compared in Python
        fold = "lower" if all(w.isascii() for w in words) else "kb_fold"
        hay = (f"{fold}(coalesce({date}, '') || ' ' || {_subject(edited)} || ' ' || "
               f"{_kamerstuk(edited)} || ' ' || {_signatory(edited)})")
        clauses.extend(f"instr({hay}, ?) > 0" for _ in words)
        args.extend(words)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", args


def _order(query: LetterQuery, edited: bool) -> str:
    """Sorted as the list sorts: text without case (ASCII: SQLite's lower()), numbers as
    numbers, ties in the library's order (newest first, then by id)."""
    date = _field("date", edited)
    direction = "DESC" if query.descending else "ASC"
    if query.sort == "date" and query.descending and not edited:
        return " ORDER BY l.date DESC, l.id"  # the list index, in order: no sorting at all
    value = {
        "date": f"coalesce({date}, '')",
        "subject": f"lower({_subject(edited)})",
        "kamerstuk": f"lower({_kamerstuk(edited)})",
        "signatory": f"lower({_signatory(edited)})",
        "commitments": "(SELECT count(*) FROM commitments c WHERE c.letter_id = l.id)",
        "annotations": "coalesce(a.n, 0)",
    }[query.sort]
    parts = []
    if query.sort in ("date", "kamerstuk", "signatory") and not (
            query.sort == "date" and query.descending):  # newest first puts empties last
        parts.append(f"({value} = '')")
    parts.append(f"{value} {direction}")
    if query.sort != "date":
        parts.append(f"coalesce({date}, '') DESC")
    parts.append("l.id")
    return " ORDER BY " + ", ".join(parts)


def _parts(db: sqlite_utils.Database, query: LetterQuery) -> tuple[str, str, list[Any], str]:
    if query.sort not in SORT_COLUMNS:
        raise ValueError(f"unknown sort column {query.sort!r}")
    edited = _has_rows(db, "list_edits")
    where, args = _where(query, edited)
    return _from(edited, query.sort == "annotations"), where, args, _order(query, edited)


def _has_rows(db: sqlite_utils.Database, table: str) -> bool:
    return db.conn.execute(f"SELECT 1 FROM temp.{table} LIMIT 1").fetchone() is not None


def count(db: sqlite_utils.Database, query: LetterQuery) -> int:
    """How many letters the query shows."""
    source, where, args, _ = _parts(db, query)
    return db.conn.execute(f"SELECT count(*) FROM {source}{where}", args).fetchone()[0]


def page_ids(db: sqlite_utils.Database, query: LetterQuery, offset: int,
             limit: int) -> list[str]:
    """The ids of rows ``offset`` … ``offset + limit - 1`` of the list, in its order."""
    source, where, args, order = _parts(db, query)
    rows = db.conn.execute(f"SELECT l.id FROM {source}{where}{order} LIMIT ? OFFSET ?",
                           [*args, limit, offset])
    return [r[0] for r in rows]


def position(db: sqlite_utils.Database, query: LetterQuery, letter_id: str) -> int:
    """The row of a letter in the list; -1 when the query leaves it out (or it is gone)."""
    source, where, args, order = _parts(db, query)
    row = db.conn.execute(
        f"SELECT rn FROM (SELECT l.id AS id, row_number() OVER ({order.strip()}) - 1 AS rn "
        f"FROM {source}{where}) WHERE id = ?", [*args, letter_id]).fetchone()
    return row[0] if row else -1


def summaries(db: sqlite_utils.Database, ids: list[str]) -> list[LetterSummary]:
    """The list rows of these letters, in this order (as stored: no corrections, no
    annotation counts; the Library adds them). Letters no longer there are left out."""
    found: dict[str, LetterSummary] = {}
    fields = METADATA_FIELDS
    cols = ", ".join(f"l.{f}" for f in fields)
    for n in range(0, len(ids), CHUNK):
        part = ids[n:n + CHUNK]
        marks = ", ".join("?" for _ in part)
        cursor = db.conn.execute(
            f"SELECT l.id, {cols}, l.source, l.chars, "
            f"(SELECT count(*) FROM commitments c WHERE c.letter_id = l.id) "
            f"FROM letters l WHERE l.id IN ({marks})", part)
        for row in cursor:
            md = Metadata.from_dict(dict(zip(fields, row[1:], strict=False)))
            found[row[0]] = LetterSummary(id=row[0], metadata=md, commitment_count=row[-1],
                                          source=row[-3] or "", chars=row[-2] or 0)
    return [found[i] for i in ids if i in found]


def facets(db: sqlite_utils.Database) -> tuple[list[str], list[str], list[str]]:
    """The years (newest first), dossiers and signatories the filter lists offer."""
    edited = _has_rows(db, "list_edits")
    source = _from(edited, False)
    date, dossier = _field("date", edited), _field("dossier", edited)
    conn = db.conn
    years = [r[0] for r in conn.execute(
        f"SELECT DISTINCT substr({date}, 1, 4) AS y FROM {source} "
        f"WHERE coalesce({date}, '') != '' ORDER BY y DESC")]
    dossiers = [r[0] for r in conn.execute(
        f"SELECT DISTINCT {dossier} AS d FROM {source} WHERE coalesce({dossier}, '') != '' "
        "ORDER BY d")]
    names: set[str] = set()
    for (value,) in conn.execute(
            f"SELECT DISTINCT {_field('signatory', edited)} FROM {source}"):
        names.update(s.strip() for s in str(value or "").split(";") if s.strip())
    return [y for y in years if y], dossiers, sorted(names)


def contains(db: sqlite_utils.Database, letter_id: str) -> bool:
    return db.conn.execute("SELECT 1 FROM letters WHERE id = ?", [letter_id]).fetchone() \
        is not None
