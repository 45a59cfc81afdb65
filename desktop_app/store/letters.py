"""The letters database: metadata, normalised text, structure and detected commitments.

Everything here is derived from the original files (kept in ``originals/``) and can be
rebuilt; user data lives in the annotations database.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils
from sqlite_utils.migrations import Migrations

from desktop_app.model import (
    METADATA_FIELDS,
    Block,
    Commitment,
    Letter,
    LetterSummary,
    Metadata,
    block_to_dict,
    footnote_from_dict,
    footnote_to_dict,
)
from desktop_app.store.db import StoreCorrupt, close_database, open_database, require_current
from desktop_app.store.history import transaction

migrations = Migrations("desktop_app.letters")


@migrations()
def m001_letters(db: sqlite_utils.Database) -> None:
    """Letters, their commitments, and a key/value table for library state."""
    columns: dict[str, Any] = {"id": str}
    columns.update({name: str for name in METADATA_FIELDS})
    columns.update(
        text=str, blocks=str, footnotes=str, source=str, format=str, fingerprint=str,
        source_hash=str, original=str, imported_at=str, updated_at=str, chars=int,
        detector_version=str,
    )
    db["letters"].create(columns, pk="id")
    for col in ("date", "dossier", "signatory", "fingerprint", "source"):
        db["letters"].create_index([col])
    db["commitments"].create(
        {
            "letter_id": str, "seq": int, "start": int, "end": int, "text": str, "kind": str,
            "actor": str, "deadline_text": str, "deadline_from": str, "deadline_to": str,
            "cue": str,
        },
        pk=("letter_id", "seq"),
        foreign_keys=[("letter_id", "letters", "id")],
    )
    db["commitments"].create_index(["kind"])
    db["commitments"].create_index(["deadline_to"])
    db["meta"].create({"key": str, "value": str}, pk="key")


@migrations()
def m002_commitment_confidence(db: sqlite_utils.Database) -> None:
    """How sure the detector is of each commitment: "high" or "possible" (derived data)."""
    db["commitments"].add_column("confidence", str)


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class LetterStore:
    """CRUD over the letters database; the Library facade is its only user."""

    def __init__(self, path: Path | None, *, read_only: bool = False,
                 check: bool | None = None):
        self.path = path if path is not None else ":memory:"
        self.read_only = read_only
        self.db = open_database(path, read_only=read_only, check=check)
        self._check_ours()
        if read_only:  # a read-only data folder: reading only, no migration
            require_current(self.db, migrations, self.path)
            return
        with self._writing():  # two processes opening a new library: one migrates, one waits
            created = "letters" not in self.db.table_names()
            migrations.apply(self.db)
            if created:  # see state(): a new database never repeats an old one's tokens
                self.set_meta("library_id", uuid.uuid4().hex[:12])

    def _check_ours(self) -> None:
        """Refuse another program's (or another app database's) SQLite file as library.db."""
        tables = set(self.db.table_names())
        if tables and "letters" not in tables:
            self.db.close()
            raise StoreCorrupt(
                f"The database {self.path} is not a letters database (it holds the tables "
                f"{', '.join(sorted(tables)[:5])}).", code="not-a-library", path=str(self.path))

    def writing(self):
        """A write transaction (BEGIN IMMEDIATE … COMMIT): other writers wait for it."""
        return self._writing()

    def _writing(self):
        """A write transaction taken at once (BEGIN IMMEDIATE), so concurrent writers wait
        for each other instead of failing with 'database is locked'."""
        return transaction(self.db, self.path)

    def close(self) -> None:
        close_database(self.db, self.path, read_only=self.read_only)

    # -- library state -------------------------------------------------------------------
    def get_meta(self, key: str, default: str | None = None) -> str | None:
        rows = list(self.db.query("select value from meta where key = ?", [key]))
        return rows[0]["value"] if rows else default

    def set_meta(self, key: str, value: str) -> None:
        self.db["meta"].upsert({"key": key, "value": value}, pk="key")

    def state(self) -> str:
        """A token that changes whenever letters change (the search index compares it).

        It includes the database's own id, so a rebuilt library.db, counting its changes
        from zero again, never matches an index built from the one before.
        """
        generation = self.get_meta("generation", "0") or "0"
        library_id = self.get_meta("library_id")
        return f"{library_id}.{generation}" if library_id else generation

    def _bump(self) -> None:
        self.set_meta("generation", str(int(self.get_meta("generation", "0") or "0") + 1))

    # -- writing -------------------------------------------------------------------------
    def save(self, letter: Letter, *, fingerprint: str, source_hash: str, original: str,
             detector_version: str, before_commit: Callable[[], object] | None = None) -> None:
        """Insert or replace a letter and its commitments in one transaction.

        ``before_commit`` runs last inside the transaction (the library moves the letter's
        original file into place there, so the two stand or fall together).
        """
        row = {"id": letter.id, **letter.metadata.to_dict()}
        stamp = now_iso()
        row.update(
            text=letter.text,
            blocks=json.dumps([block_to_dict(b) for b in letter.blocks]),
            footnotes=json.dumps([footnote_to_dict(f) for f in letter.footnotes]),
            source=letter.source, format=letter.format, fingerprint=fingerprint,
            source_hash=source_hash, original=original, updated_at=stamp, chars=len(letter.text),
            detector_version=detector_version,
        )
        with self._writing():
            if self.db["letters"].count_where("id = ?", [letter.id]):
                self.db["letters"].update(letter.id, row)
            else:
                self.db["letters"].insert({**row, "imported_at": stamp})
            self._replace_commitments(letter.id, letter.commitments)
            self._bump()
            if before_commit is not None:
                before_commit()

    def set_commitments(self, letter_id: str, commitments: Iterable[Commitment],
                        detector_version: str) -> None:
        with self._writing():
            self._replace_commitments(letter_id, commitments)
            self.db["letters"].update(letter_id, {"detector_version": detector_version})
            self._bump()

    def _replace_commitments(self, letter_id: str, commitments: Iterable[Commitment]) -> None:
        self.db.execute("delete from commitments where letter_id = ?", [letter_id])
        rows = []
        for seq, c in enumerate(commitments):
            deadline = c.deadline or {}
            rows.append({
                "letter_id": letter_id, "seq": seq, "start": c.start, "end": c.end,
                "text": c.text, "kind": c.kind, "actor": c.actor,
                "deadline_text": c.deadline_text, "deadline_from": deadline.get("from"),
                "deadline_to": deadline.get("to"), "cue": c.cue, "confidence": c.confidence,
            })
        if rows:
            self.db["commitments"].insert_all(rows)

    def delete(self, letter_id: str) -> bool:
        with self._writing():
            self.db.execute("delete from commitments where letter_id = ?", [letter_id])
            gone = self.db.execute("delete from letters where id = ?", [letter_id]).rowcount
            self._bump()
        return bool(gone)

    # -- reading -------------------------------------------------------------------------
    def count(self) -> int:
        return self.db["letters"].count

    def commitment_count(self) -> int:
        return self.db["commitments"].count

    def ids(self) -> list[str]:
        return [r["id"] for r in self.db.query("select id from letters order by id")]

    def find(self, *, fingerprint: str | None = None, source: str | None = None) -> str | None:
        """The id of a letter with this text fingerprint or imported from this source path."""
        col, value = ("fingerprint", fingerprint) if fingerprint else ("source", source)
        rows = list(self.db.query(f"select id from letters where {col} = ? limit 1", [value]))
        return rows[0]["id"] if rows else None

    def with_details(self, *, reference: str | None, date: str | None) -> list[str]:
        """The candidates for one letter in another format: ids of the letters of this date
        (indexed: an import asks this for every new file), or, for a file without a date,
        of the letters stating this reference (compared without case and spaces)."""
        if date:
            rows = self.db.query("select id from letters where date = ? order by id", [date])
            return [r["id"] for r in rows]
        key = "".join((reference or "").split()).lower()
        if not key:
            return []
        rows = self.db.query(
            "select id from letters where lower(replace(coalesce(reference, ''), ' ', '')) = ?"
            " order by id", [key])
        return [r["id"] for r in rows]

    def id_like(self, *, letter_id: str | None = None,
                source_part: str | None = None) -> str | None:
        """A letter whose id equals ``letter_id`` ignoring case, or whose source path holds
        ``source_part`` (a Tweede Kamer document id in a file name); None when there is none."""
        if letter_id is not None:
            sql, arg = "select id from letters where lower(id) = lower(?) limit 1", letter_id
        else:
            escaped = (source_part or "").replace("\\", "\\\\").replace("%", "\\%")
            escaped = escaped.replace("_", "\\_")
            sql = "select id from letters where source like ? escape '\\' order by id limit 1"
            arg = f"%{escaped}%"
        rows = list(self.db.query(sql, [arg]))
        return rows[0]["id"] if rows else None

    def row(self, letter_id: str) -> dict[str, Any] | None:
        rows = list(self.db.query("select * from letters where id = ?", [letter_id]))
        return rows[0] if rows else None

    def get(self, letter_id: str) -> Letter | None:
        row = self.row(letter_id)
        return self._letter(row) if row else None

    def iter_letters(self, batch: int = 200) -> Iterator[Letter]:
        """All letters with text and commitments, in id order, fetched in batches."""
        last = ""
        while True:
            rows = list(self.db.query(
                "select * from letters where id > ? order by id limit ?", [last, batch]))
            if not rows:
                return
            for row in rows:
                yield self._letter(row)
            last = rows[-1]["id"]

    def summaries(self) -> list[LetterSummary]:
        """Rows for the letter list: metadata and counts, no text."""
        cols = ", ".join(f"l.{c}" for c in METADATA_FIELDS)
        sql = f"""select l.id, {cols}, l.source, l.chars,
                  (select count(*) from commitments c where c.letter_id = l.id) as n_commitments
                  from letters l order by l.date desc, l.id"""
        return [
            LetterSummary(
                id=r["id"], metadata=Metadata.from_dict(r), commitment_count=r["n_commitments"],
                source=r["source"] or "", chars=r["chars"] or 0,
            )
            for r in self.db.query(sql)
        ]

    def commitments(self, letter_id: str) -> list[Commitment]:
        rows = self.db.query(
            "select * from commitments where letter_id = ? order by seq", [letter_id])
        return [_commitment(r) for r in rows]

    def all_commitments(self) -> Iterator[tuple[dict[str, Any], Commitment]]:
        """Every commitment with its letter's metadata row (id, date, dossier, title …, and
        when the letter was imported and last updated)."""
        fields = (*METADATA_FIELDS, "imported_at", "updated_at")
        cols = ", ".join(f"l.{c} as letter_{c}" for c in fields)
        sql = f"""select c.*, {cols} from commitments c join letters l on l.id = c.letter_id
                  order by l.date desc, c.letter_id, c.seq"""
        for r in self.db.query(sql):
            letter = {"id": r["letter_id"], **{f: r[f"letter_{f}"] for f in fields}}
            yield letter, _commitment(r)

    def outdated_detection(self, detector_version: str) -> list[str]:
        rows = self.db.query(
            "select id from letters where coalesce(detector_version, '') != ?", [detector_version])
        return [r["id"] for r in rows]

    def _letter(self, row: dict[str, Any]) -> Letter:
        return Letter(
            id=row["id"],
            metadata=Metadata.from_dict(row),
            text=row["text"],
            blocks=tuple(Block(**b) for b in json.loads(row["blocks"] or "[]")),
            footnotes=tuple(footnote_from_dict(f) for f in json.loads(row["footnotes"] or "[]")),
            commitments=tuple(self.commitments(row["id"])),
            source=row["source"] or "",
            format=row["format"] or "",
            imported_at=row["imported_at"] or "",
        )


def _commitment(r: dict[str, Any]) -> Commitment:
    deadline = None
    if r["deadline_from"] or r["deadline_to"]:
        deadline = {"from": r["deadline_from"], "to": r["deadline_to"]}
    return Commitment(
        start=r["start"], end=r["end"], text=r["text"], kind=r["kind"], actor=r["actor"],
        deadline_text=r["deadline_text"], deadline=deadline, cue=r["cue"],
        confidence=r.get("confidence") or "high",
    )
