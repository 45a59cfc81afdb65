"""The annotation store: ``annotations.db``, the user's precious data.

One :class:`AnnotationStore` owns annotations, the colour palette, collections, commitment
reviews, the history that makes every change undoable, and the daily backups. It stores
letter ids as plain strings and never reads ``library.db``: a letter may be deleted or
re-imported and its annotations survive.
"""

from __future__ import annotations

import getpass
import json
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from desktop_app import anchoring
from desktop_app.errors import NotFound, UserError
from desktop_app.model import (
    ANCHOR_STATUSES,
    Annotation,
    HistoryEntry,
    PaletteColor,
    ReanchorReport,
)
from desktop_app.store import backup as backups
from desktop_app.store import history
from desktop_app.store.annotation_schema import migrations
from desktop_app.store.collections import CollectionOps
from desktop_app.store.db import (
    StoreCorrupt,
    StoreError,
    close_database,
    disk_full,
    disk_full_error,
    is_locked_error,
    mark_suspect,
    open_database,
    quick_check,
    read_only_error,
    require_current,
    suspicious,
)
from desktop_app.store.letter_edits import LetterEditOps
from desktop_app.store.limits import annotation_problem, check_note, newer
from desktop_app.store.lineage_links import LineageLinkOps
from desktop_app.store.reviews import ReviewOps

ANNOTATION_COLUMNS = (
    "id", "letter_id", "start", "end", "quote", "prefix", "suffix", "color", "note", "tags",
    "author", "created", "modified", "status", "motivation",
)  # fmt: skip
CHUNK = 500  # ids per "IN (…)" query, well below SQLite's limit of bound parameters


@dataclass(frozen=True)
class MergeReport:
    """What an import did, annotation ids per outcome; ``rejected`` holds (id, reason)."""

    added: tuple[str, ...]
    updated: tuple[str, ...]
    unchanged: tuple[str, ...]
    rejected: tuple[tuple[str, str], ...] = ()
    pending: tuple[str, ...] = ()  # kept until their letter is imported
    attached: tuple[str, ...] = ()  # pending ones that found their letter (and were merged)
    orphaned: tuple[str, ...] = ()  # merged, but their passage is not in the letter here


def _busy(exc: BaseException) -> bool:
    """True for "database is locked/busy" (SQLite's, or a store error caused by it): another
    program holds the database longer than the busy timeout; nothing is damaged."""
    if isinstance(exc, StoreError):
        if exc.code in ("database-busy", "write-busy"):
            return True
        exc = exc.__cause__ if exc.__cause__ is not None else exc
    return isinstance(exc, sqlite3.OperationalError) and is_locked_error(exc)


def _busy_error(path: Path | None, exc: BaseException) -> StoreError:
    if isinstance(exc, StoreError) and exc.code == "database-busy":
        return exc
    return StoreError(f"The database {path} cannot be opened ({exc}). Close other programs "
                      "that use it and try again.", code="database-busy", path=str(path),
                      reason=str(exc))


class ColleagueAnnotation(UserError):
    """A colleague's annotation (read from their pack) that was to be changed as one's own."""

    code = "colleague-annotation"


def default_author() -> str:
    """The OS user name, or "unknown" when the system cannot tell."""
    try:
        return getpass.getuser() or "unknown"
    except Exception:  # getuser raises OSError/KeyError depending on the platform
        return "unknown"


def to_row(ann: Annotation) -> dict[str, Any]:
    """The database row of an annotation."""
    row = {name: getattr(ann, name) for name in ANNOTATION_COLUMNS}
    row["tags"] = json.dumps(list(ann.tags), ensure_ascii=False)
    return row


def from_row(row: dict[str, Any]) -> Annotation:
    """An annotation from its database row."""
    data = dict(row)
    data["tags"] = tuple(json.loads(data["tags"]))
    return Annotation(**data)


def clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags without surrounding slashes/whitespace, empty parts or duplicates, in order."""
    seen: dict[str, None] = {}
    for tag in tags:
        parts = [p.strip() for p in tag.split("/") if p.strip()]
        if parts:
            seen["/".join(parts)] = None
    return tuple(seen)


class AnnotationStore(CollectionOps, ReviewOps, LetterEditOps, LineageLinkOps):
    """Annotations, palette, collections, reviews, letter-detail corrections, lineage links,
    history and backups of one data folder."""

    def __init__(self, path: Path | str | None, *, auto_backup: bool = True,
                 read_only: bool = False, check: bool | None = None):
        self.path = Path(path) if path is not None else None
        self.read_only = read_only  # a read-only data folder: read, never write (no backup)
        self._listeners: list[Callable[[history.ChangeSet], None]] = []
        # check: True checks integrity now, None when due (db.check_due), False never
        self.db = self._open(check)
        if self.path is not None and not read_only:
            backups.remove_leftovers(self.path)  # of a backup or restore killed halfway
        # A failed automatic backup must not keep the user from their annotations; the UI
        # shows ``backup_problem`` and the `backup` command reports it loudly.
        self.backup_problem: str | None = None
        if (self.path is not None and auto_backup and not read_only
                and backups.backup_due(self.path)):
            try:
                self.backup()
            except backups.BackupError as exc:
                self.backup_problem = str(exc)

    def _open(self, check: bool | None = None) -> Any:
        """Open, check and migrate the database; damaged files name the latest backup."""
        latest = backups.latest_backup(self.path) if self.path else None
        offer = (
            f" The latest backup is {latest}; restore it with `restore {latest}`."
            if latest
            else " There is no backup yet."
        )
        existed = self.path is not None and self.path.is_file()
        if existed and latest is not None and self.path.stat().st_size == 0:
            # refused before opening: opening would write SQLite's header into the file
            raise backups.AnnotationsDamaged(backups.emptied_text(self.path) + offer, latest)
        try:
            db = open_database(self.path, read_only=self.read_only, check=check)
        except StoreCorrupt as exc:
            raise backups.AnnotationsDamaged(f"{exc}{offer}", latest) from exc
        except StoreError as exc:
            if exc.code in ("disk-full", "read-only", "database-busy") or _busy(exc):
                raise  # nothing is damaged (full, read-only, another program's lock)
            raise backups.AnnotationsDamaged(f"{exc}{offer}", latest) from exc
        self._refuse_not_ours(db, existed, latest, offer)
        if self.read_only:  # nothing may be written: no migration, the schema must be current
            require_current(db, migrations, self.path or ":memory:")
            return db
        try:
            db.execute("PRAGMA synchronous = FULL")  # user data: durable even on power loss
            with history.transaction(db, self.path):
                migrations.apply(db)
        except (sqlite3.Error, StoreError) as exc:
            db.close()
            if isinstance(exc, StoreError) and exc.code == "read-only-folder":
                raise  # nothing is damaged: the folder cannot be written
            if _busy(exc):  # another program keeps it locked past the busy timeout
                raise _busy_error(self.path, exc) from exc
            cause = exc.__cause__ if isinstance(exc, StoreError) and exc.__cause__ else exc
            if self.path is not None and disk_full(cause, self.path):  # nothing is damaged
                raise disk_full_error(self.path) from exc
            raise backups.AnnotationsDamaged(
                f"The annotations database {self.path} cannot be used: {exc}.{offer}", latest
            ) from exc
        return db

    def _refuse_not_ours(self, db: Any, existed: bool, latest: Path | None, offer: str) -> None:
        """Another program's database, or an emptied store, is damage: never a new store.

        A file with no tables at all is a new store while no backup exists (a crash during
        the very first opening leaves one; that opening ends with a backup), damage once one
        does. The rule is explained in :mod:`desktop_app.store.backup`.
        """
        try:
            kind, tables = backups.content_kind(db.conn)
        except sqlite3.Error as exc:
            if suspicious(exc):  # something looks wrong: check now (when not checked yet)
                try:
                    verdict = quick_check(db)
                except sqlite3.Error as error:
                    verdict = str(error)
                if verdict != "ok":
                    db.close()
                    mark_suspect(self.path)
                    raise backups.AnnotationsDamaged(
                        f"The database {self.path} is damaged ({verdict}).{offer}",
                        latest) from exc
            return  # let the migration judge
        if kind == "ours" or (kind == "empty" and (not existed or latest is None)):
            return
        db.close()
        if kind == "empty":
            text = backups.emptied_text(self.path)
        else:
            text = backups.not_ours_text(self.path, tables)
            if latest is None:
                offer += (" Move the file elsewhere (or use another data folder with "
                          "--data-dir) to start with a new, empty store.")
        raise backups.AnnotationsDamaged(text + offer, latest)

    def close(self) -> None:
        """Close the database connection (stamped as closed cleanly: see db.check_due)."""
        close_database(self.db, self.path, read_only=self.read_only)

    @contextmanager
    def _write(self, label: str, person: str = "") -> Iterator[history.Recorder]:
        """A recorded write; once committed, the listeners learn what it changed."""
        with history.write(self.db, self.path or ":memory:", label, person) as rec:
            yield rec
        if rec.changes:
            self._announce(history.summarise(rec.changes))

    def write_as(self, label: str, person: str) -> Any:
        """A recorded write on behalf of a colleague (a sync applying their pack): on record
        and announced, but never undone by this person's undo (see ``history.write``)."""
        return self._write(label, person)

    def _check_own(self, ids: Iterable[str], edit_shared: bool) -> None:
        """Refuse to change colleagues' annotations unless ``edit_shared`` says to anyway.

        A colleague's annotation stays theirs: an edit made anyway is this person's version,
        kept here and not sent back (only the owner's pack speaks for an annotation); when
        the owner changes it too, the sync lists a conflict (``store/sharing.py``).
        """
        ids = list(dict.fromkeys(ids))
        if edit_shared or not ids:
            return
        for n in range(0, len(ids), CHUNK):
            part = ids[n:n + CHUNK]
            marks = ", ".join("?" for _ in part)
            row = self.db.execute(
                "SELECT a.id, a.author FROM annotations a JOIN share_annotations s "
                f"ON s.id = a.id WHERE s.origin != '' AND a.id IN ({marks}) LIMIT 1",
                part).fetchone()
            if row:
                raise ColleagueAnnotation(
                    f"Annotation {row[0]} is {row[1] or 'a colleague'}'s, read from the "
                    "shared pack folder: it is read-only here. Annotate the passage yourself "
                    "to add your own note.", annotation=row[0], author=row[1])

    def colleague_origins(self, annotation_ids: Iterable[str] | None = None) -> dict[str, str]:
        """Annotation id -> the person id of the colleague it belongs to (one's own are
        left out); of the given ids, or of every annotation."""
        sql = ("SELECT s.id, s.origin FROM share_annotations s JOIN annotations a "
               "ON a.id = s.id WHERE s.origin != ''")
        if annotation_ids is None:
            return dict(self.db.execute(sql).fetchall())
        ids = list(dict.fromkeys(annotation_ids))
        out: dict[str, str] = {}
        for n in range(0, len(ids), CHUNK):
            part = ids[n:n + CHUNK]
            marks = ", ".join("?" for _ in part)
            out.update(self.db.execute(f"{sql} AND s.id IN ({marks})", part).fetchall())
        return out

    # --- change announcements ----------------------------------------------------------

    def subscribe(self, listener: Callable[[history.ChangeSet], None]) -> Callable[[], None]:
        """Call ``listener(changes)`` after every committed change, undo, redo and restore
        made through this store; returns a function that ends the subscription.

        Changes by other connections (the command line, another window) are not announced:
        :meth:`change_token` tells that something changed there.
        """
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _announce(self, changes: history.ChangeSet) -> None:
        for listener in list(self._listeners):
            listener(changes)

    def _select(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        cursor = self.db.execute(sql, list(params))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    # --- annotations -------------------------------------------------------------------

    def add(
        self,
        letter_id: str,
        text: str,
        start: int,
        end: int,
        *,
        note: str = "",
        tags: Iterable[str] = (),
        color: str | None = None,
        author: str | None = None,
    ) -> Annotation:
        """Annotate ``text[start:end]`` of a letter; returns the saved annotation."""
        tags = list(tags)
        check_note(note, tags)
        try:
            quote, prefix, suffix = anchoring.make_selector(text, start, end)
        except ValueError as exc:
            raise UserError(f"Cannot annotate: {exc}.", code="cannot-annotate",
                            reason=str(exc)) from exc
        stamp = history.now()
        ann = Annotation(
            id=str(uuid.uuid4()), letter_id=letter_id, start=start, end=end, quote=quote,
            prefix=prefix, suffix=suffix, color=self._color(color), note=note,
            tags=clean_tags(tags), author=author or default_author(), created=stamp,
            modified=stamp, status="ok",
        )  # fmt: skip
        with self._write(f"Annotate “{_short(quote)}”") as rec:
            rec.put("annotations", to_row(ann))
        return ann

    def _color(self, name: str | None) -> str:
        """A palette colour name; the first palette entry when none is given."""
        names = [c.name for c in self.palette()]
        if name is None:
            return names[0] if names else "belangrijk"
        if name not in names:
            raise UserError(f"Unknown colour '{name}'. Choose one of: {', '.join(names)}.",
                            code="unknown-colour", name=name, names=", ".join(names))
        return name

    def get(self, annotation_id: str) -> Annotation:
        """One annotation; raises NotFound."""
        rows = self._select("SELECT * FROM annotations WHERE id = ?", [annotation_id])
        if not rows:
            raise NotFound(f"No annotation with id {annotation_id}.")
        return from_row(rows[0])

    def update(
        self,
        annotation_id: str,
        *,
        note: str | None = None,
        tags: Iterable[str] | None = None,
        color: str | None = None,
        edit_shared: bool = False,
    ) -> Annotation:
        """Change note, tags and/or colour; returns the updated annotation. A colleague's
        annotation is refused unless ``edit_shared`` (see :meth:`_check_own`)."""
        if tags is not None:
            tags = list(tags)
        check_note(note, tags)
        with self._write("Edit annotation") as rec:
            self._check_own([annotation_id], edit_shared)
            old = self.get(annotation_id)
            changes: dict[str, Any] = {"modified": history.now()}
            if note is not None:
                changes["note"] = note
            if tags is not None:
                changes["tags"] = clean_tags(tags)
            if color is not None:
                changes["color"] = self._color(color)
            new = _replace(old, changes)
            rec.put("annotations", to_row(new))
        return new

    def delete(self, annotation_id: str, *, edit_shared: bool = False) -> None:
        """Delete an annotation (and its places in collections); undoable."""
        self.delete_many([annotation_id], edit_shared=edit_shared)

    def delete_many(self, annotation_ids: Iterable[str], *, edit_shared: bool = False) -> int:
        """Delete annotations (and their places in collections) in one transaction and one
        undo step; returns how many. Raises NotFound, deleting none, when one is missing,
        and ColleagueAnnotation for a colleague's unless ``edit_shared``."""
        ids = list(dict.fromkeys(annotation_ids))
        label = "Delete annotation" if len(ids) == 1 else f"Delete {len(ids)} annotations"
        with self._write(label) as rec:
            self._check_own(ids, edit_shared)
            for annotation_id in ids:
                self.get(annotation_id)
                for item in self._select(
                    "SELECT id FROM collection_items WHERE annotation_id = ?", [annotation_id]
                ):
                    rec.delete("collection_items", item["id"])
                rec.delete("annotations", annotation_id)
        return len(ids)

    def recolour_many(self, annotation_ids: Iterable[str], color: str, *,
                      edit_shared: bool = False) -> int:
        """Give annotations a palette colour in one transaction and one undo step; returns
        how many changed. Raises NotFound, changing none, when one is missing."""
        ids = list(dict.fromkeys(annotation_ids))
        label = "Recolour annotation" if len(ids) == 1 else f"Recolour {len(ids)} annotations"
        with self._write(label) as rec:
            self._check_own(ids, edit_shared)
            color = self._color(color)
            stamp = history.now()
            count = 0
            for old in self._existing(ids):
                if old.color != color:
                    rec.put("annotations", to_row(_replace(old, {"color": color,
                                                                 "modified": stamp})))
                    count += 1
        return count

    def tag_many(self, annotation_ids: Iterable[str], *, add: Iterable[str] = (),
                 remove: Iterable[str] = (), edit_shared: bool = False) -> int:
        """Add and/or remove tags of annotations in one transaction and one undo step;
        returns how many changed. Removing a tag removes exactly that tag (not its sub-tags).
        Raises NotFound (or UserError for a tag the store cannot keep), changing none."""
        ids = list(dict.fromkeys(annotation_ids))
        add, drop = clean_tags(add), set(clean_tags(remove))
        label = "Tag annotation" if len(ids) == 1 else f"Tag {len(ids)} annotations"
        with self._write(label) as rec:
            self._check_own(ids, edit_shared)
            stamp = history.now()
            count = 0
            for old in self._existing(ids):
                tags = clean_tags([*(t for t in old.tags if t not in drop), *add])
                if tags != old.tags:
                    check_note(None, tags)
                    rec.put("annotations", to_row(_replace(old, {"tags": tags,
                                                                 "modified": stamp})))
                    count += 1
        return count

    def _existing(self, ids: list[str]) -> list[Annotation]:
        """The annotations ``ids``, in that order; raises NotFound when one is missing."""
        found = {a.id: a for a in self.annotations_by_id(ids)}
        missing = [i for i in ids if i not in found]
        if missing:
            raise NotFound(f"No annotation with id {missing[0]}.")
        return [found[i] for i in ids]

    def annotations_by_id(self, annotation_ids: Iterable[str]) -> list[Annotation]:
        """The annotations of these ids that exist (unknown ids are left out)."""
        ids = list(dict.fromkeys(annotation_ids))
        out: list[Annotation] = []
        for n in range(0, len(ids), CHUNK):
            part = ids[n:n + CHUNK]
            marks = ", ".join("?" for _ in part)
            out += [from_row(r) for r in
                    self._select(f"SELECT * FROM annotations WHERE id IN ({marks})", part)]
        return out

    def counts_by_letter(self, letter_ids: Iterable[str]) -> dict[str, int]:
        """How many annotations each of these letters has (0 for none), counted in SQL."""
        ids = list(dict.fromkeys(letter_ids))
        counts = dict.fromkeys(ids, 0)
        for n in range(0, len(ids), CHUNK):
            part = ids[n:n + CHUNK]
            marks = ", ".join("?" for _ in part)
            for letter_id, count in self.db.execute(
                    f"SELECT letter_id, COUNT(*) FROM annotations WHERE letter_id IN ({marks}) "
                    "GROUP BY letter_id", part).fetchall():
                counts[letter_id] = count
        return counts

    def change_token(self) -> int | None:
        """A number that changes when another connection (the command line, a second
        window) commits to this store; cheap enough to ask every few seconds. None when the
        database cannot be asked (closed)."""
        try:
            return self.db.execute("PRAGMA data_version").fetchone()[0]
        except sqlite3.Error:
            return None

    def annotations_token(self) -> str:
        """A short token that changes whenever any annotation is added, edited, re-anchored
        or deleted (also by undo, redo, a sync or a restored backup); the search index
        records it for its annotation documents.

        Read from the history, which records every annotation change, in two lookups from
        the newest entry down, however many annotations there are: the newest entry that
        touched annotations (its id and time: a restored backup's entries have other times)
        and the newest of the person's own such entries that stands done (undo and redo
        move it), with the number of migrations applied (they may rewrite rows).
        """
        touching = ("(instr(changes, 'annotations') > 0 AND EXISTS (SELECT 1 FROM "
                    "json_each(changes) WHERE json_extract(value, '$.table') = 'annotations'))")
        newest = self.db.execute(
            f"SELECT id, at FROM history WHERE {touching} ORDER BY id DESC LIMIT 1").fetchone()
        done = self.db.execute(
            f"SELECT id FROM history WHERE state = 'done' AND person = '' AND {touching} "
            "ORDER BY id DESC LIMIT 1").fetchone()
        applied = self.db.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
        parts = (newest[0], newest[1]) if newest else ("", "")
        return f"h{parts[0]}.{done[0] if done else ''}.{applied}.{parts[1]}"

    def counts_per_letter(self) -> dict[str, int]:
        """How many annotations each annotated letter has, counted in SQL (the letter list;
        not every annotation read into Python)."""
        rows = self._select("SELECT letter_id, COUNT(*) AS n FROM annotations GROUP BY letter_id")
        return {r["letter_id"]: r["n"] for r in rows}

    def annotations(
        self, letter_id: str | None = None, tag: str | None = None, status: str | None = None
    ) -> list[Annotation]:
        """Annotations, optionally of one letter, with a tag (or a sub-tag), or a status."""
        sql, params = "SELECT * FROM annotations WHERE 1 = 1", []
        if letter_id is not None:
            sql += " AND letter_id = ?"
            params.append(letter_id)
        if tag is not None:
            tag = "/".join(clean_tags([tag]))
            sql += " AND EXISTS (SELECT 1 FROM json_each(tags) WHERE value = ? OR value LIKE ?)"
            params += [tag, tag.replace("%", r"\%").replace("_", r"\_") + "/%"]
            sql = sql.replace("LIKE ?", "LIKE ? ESCAPE '\\'")
        if status is not None:
            sql += " AND status = ?"
            params.append(status)
        rows = self._select(sql + ' ORDER BY letter_id, "start", created', params)
        return [from_row(r) for r in rows]

    def orphans(self, letter_id: str | None = None) -> list[Annotation]:
        """Annotations that could not be re-attached; kept until placed by hand."""
        return self.annotations(letter_id, status="orphan")

    def tags(self) -> list[str]:
        """Every tag in use, sorted."""
        rows = self.db.execute(
            "SELECT DISTINCT value FROM annotations, json_each(annotations.tags) ORDER BY value"
        ).fetchall()
        return [r[0] for r in rows]

    def merge(self, incoming: Iterable[Annotation], *,
              pending: Iterable[tuple[str, str, str, str]] = (),
              attached: Iterable[str] = (), label: str = "Import annotations") -> MergeReport:
        """Import annotations: new ids are added, known ids updated only when newer.

        "Newer" compares the ``modified`` times as moments (UTC), not as text. An annotation
        whose times cannot be read, or that cannot be stored (see :func:`annotation_problem`),
        is rejected with its reason and never wins; the others are merged. ``pending`` are
        (id, source, data, modified) of annotations whose letter is not in the library, kept
        (newest wins) until it is; ``attached`` names pending ones merged now (they leave the
        pending table). One transaction: either all of those are merged or, on any error, none.
        """
        added, updated, kept, rejected = [], [], [], []
        waiting: list[str] = []
        with self._write(label) as rec:
            for ann_id, source, data, modified in pending:
                current = rec.get("pending_annotations", ann_id)
                waiting.append(ann_id)
                if current is None or newer(modified, current["modified"]):
                    rec.put("pending_annotations", {
                        "id": ann_id, "source": source, "data": data, "modified": modified,
                        "received": current["received"] if current else history.now()})
            known = {c.name for c in self.palette()}
            for ann in incoming:
                problem = annotation_problem(ann)
                if problem:
                    rejected.append((ann.id, problem))
                    continue
                if ann.color not in known:
                    rec.put("palette", {"name": ann.color, "hex": "#bdbdbd",
                                        "meaning": "imported", "position": len(known)})  # fmt: skip
                    known.add(ann.color)
                current = rec.get("annotations", ann.id)
                if current is None:
                    added.append(ann.id)
                elif newer(ann.modified, current["modified"]):
                    updated.append(ann.id)
                else:
                    kept.append(ann.id)
                    continue
                rec.put("annotations", to_row(replace(ann, tags=clean_tags(ann.tags))))
            refused = {ann_id for ann_id, _ in rejected}
            for ann_id in attached:  # a refused one keeps waiting: never lost
                if ann_id not in refused:
                    rec.delete("pending_annotations", ann_id)
        return MergeReport(tuple(added), tuple(updated), tuple(kept), tuple(rejected),
                           tuple(waiting))

    def pending(self) -> list[dict[str, Any]]:
        """Annotations waiting for their letter: id, source, data (JSON), received, modified."""
        return self._select("SELECT * FROM pending_annotations ORDER BY received, id")

    # --- anchoring ---------------------------------------------------------------------

    def reattach(self, annotation_id: str, text: str, start: int, end: int, *,
                 edit_shared: bool = False) -> Annotation:
        """Place an annotation (typically an orphan) by hand on ``text[start:end]``."""
        quote, prefix, suffix = anchoring.make_selector(text, start, end)
        with self._write("Re-attach annotation") as rec:
            self._check_own([annotation_id], edit_shared)
            old = self.get(annotation_id)
            changes = {"start": start, "end": end, "quote": quote, "prefix": prefix,
                       "suffix": suffix, "status": "ok", "modified": history.now()}  # fmt: skip
            new = _replace(old, changes)
            rec.put("annotations", to_row(new))
        return new

    def reanchor_letter(
        self, letter_id: str, new_text: str, old_text: str | None = None
    ) -> ReanchorReport:
        """Re-attach every annotation of a letter whose text changed; orphans are kept.

        Pass ``old_text`` (the text the annotations were made on) whenever it is at hand: a
        diff from it places annotations far more reliably than their quotes alone.
        """
        outcome: dict[str, list[str]] = {status: [] for status in ANCHOR_STATUSES}
        with self._write("Re-anchor annotations after a text change") as rec:
            anns = self.annotations(letter_id)
            selectors = [
                anchoring.Selector(a.start, a.end, a.quote, a.prefix, a.suffix) for a in anns
            ]
            placements = anchoring.reanchor_all(selectors, new_text, old_text)
            for ann, placed in zip(anns, placements, strict=True):
                new = _placed(ann, placed, new_text)
                outcome[new.status].append(ann.id)
                rec.put("annotations", to_row(new))
        return ReanchorReport(
            letter_id, tuple(outcome["ok"]), tuple(outcome["moved"]), tuple(outcome["orphan"])
        )

    # --- palette -----------------------------------------------------------------------

    def palette(self) -> list[PaletteColor]:
        """The named highlight colours, in order."""
        rows = self._select("SELECT * FROM palette ORDER BY position, name")
        return [PaletteColor(**r) for r in rows]

    def set_palette_color(self, name: str, hex_value: str, meaning: str = "") -> PaletteColor:
        """Add or change a palette colour."""
        name = name.strip()
        if not name:
            raise UserError("A colour needs a name, e.g. 'vraag'.", code="colour-needs-name")
        existing = {c.name: c for c in self.palette()}
        position = existing[name].position if name in existing else len(existing)
        color = PaletteColor(name, hex_value, meaning, position)
        with self._write(f"Set colour {name}") as rec:
            rec.put("palette", {"name": name, "hex": hex_value, "meaning": meaning,
                                "position": position})  # fmt: skip
        return color

    def remove_palette_color(self, name: str) -> None:
        """Remove an unused palette colour; a colour in use is refused."""
        used = self.db.execute("SELECT COUNT(*) FROM annotations WHERE color = ?", [name])
        count = used.fetchone()[0]
        if count:
            raise UserError(f"Colour '{name}' is used by {count} annotations; recolour them first.",
                            code="colour-in-use", name=name, count=count)
        with self._write(f"Remove colour {name}") as rec:
            rec.delete("palette", name)

    # --- history and backups -----------------------------------------------------------

    def undo(self) -> HistoryEntry | None:
        """Undo the latest change; None when there is nothing to undo."""
        entry = history.undo(self.db, self.path or ":memory:")
        if entry is not None:
            self._announce(history.summarise(history.changes_of(self.db, entry.id),
                                             undone=True))
        return entry

    def redo(self) -> HistoryEntry | None:
        """Redo the latest undone change; None when there is nothing to redo."""
        entry = history.redo(self.db, self.path or ":memory:")
        if entry is not None:
            self._announce(history.summarise(history.changes_of(self.db, entry.id)))
        return entry

    def history(self, limit: int = 50, *, own: bool = False) -> list[HistoryEntry]:
        """The most recent changes, newest first (``own``: this person's only, not the
        colleagues' changes a sync recorded)."""
        return history.entries(self.db, limit, own=own)

    def backup(self, *, protect: Iterable[Path] = ()) -> Path:
        """Make a backup now (SQLite backup API); returns its path.

        Old backups beyond the newest :data:`~desktop_app.store.backup.KEEP` are pruned,
        except the files in ``protect``.
        """
        if self.path is None:
            raise UserError("An in-memory store has no backups.", code="no-backups")
        if self.read_only:
            raise read_only_error(self.path.parent)
        return backups.make_backup(self.db.conn, self.path, protect=protect)

    def latest_backup(self) -> Path | None:
        """The newest backup file, or None."""
        return backups.latest_backup(self.path) if self.path else None

    def restore(self, source: Path, *, keep_current: bool = True) -> Path | None:
        """Replace the content with a backup; the current state is backed up first.

        Returns that safety backup (None with ``keep_current=False``). The restore reads a
        private snapshot of ``source``, and the safety backup never prunes ``source``: even
        the oldest backup, the one a new backup would push out, can be restored and stays.
        """
        if self.path is None:
            raise UserError("An in-memory store cannot be restored from a backup.",
                            code="no-backups")
        source = Path(source)
        backups.check_backup_file(source)
        with backups.snapshot(source, self.path) as copy:
            safety = self.backup(protect=[source]) if keep_current else None
            backups.copy_into(copy, self.db.conn)
        with history.transaction(self.db, self.path):
            migrations.apply(self.db)
        self._announce(history.EVERYTHING)
        return safety


def restore_file(db_path: Path, source: Path) -> Path | None:
    """Restore ``source`` into ``db_path`` even when the current file is damaged.

    A healthy current database is backed up first; a damaged one is moved aside (never
    deleted). Returns the path of that safety copy.
    """
    backups.check_backup_file(Path(source))
    try:
        store = AnnotationStore(db_path, auto_backup=False)
    except backups.AnnotationsDamaged:
        aside = backups.set_aside(Path(db_path))
        store = AnnotationStore(db_path, auto_backup=False)
        try:
            # the damaged file set aside is the safety copy: a backup of the new, empty
            # store would only push a real backup out
            store.restore(Path(source), keep_current=False)
        finally:
            store.close()
        return aside
    try:
        return store.restore(Path(source))
    finally:
        store.close()


def _short(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _replace(ann: Annotation, changes: dict[str, Any]) -> Annotation:
    return replace(ann, **changes)


def _placed(ann: Annotation, placed: anchoring.Placement | None, text: str) -> Annotation:
    """The annotation after re-anchoring: new selectors, or unchanged ones as an orphan."""
    if placed is None:
        return _replace(ann, {"status": "orphan"})
    quote, prefix, suffix = anchoring.make_selector(text, placed.start, placed.end)
    return _replace(ann, {"start": placed.start, "end": placed.end, "quote": quote,
                          "prefix": prefix, "suffix": suffix, "status": placed.status})  # fmt: skip
