"""Team sharing without a server: annotation packs in a shared folder.

The pack folder is a network drive or a synced folder (configured per data folder, with the
person's display name). Each person's app writes one pack there, ``<person-id>.kbpack.json``:
a W3C ``AnnotationCollection`` of that person's own annotations (each with ``kb:version``)
plus ``kb:pack`` (format, person id, display name, written-at UTC) and ``kb:tombstones``
(deleted annotations: id, deleted-at UTC, version). A pack is written atomically (a
temporary file in the same folder, fsync, ``os.replace``): a kill mid-write leaves the old
pack whole. No SQLite file is ever put on the share. A sync reads the colleagues' packs into
the local store, then writes one's own.

The rules:

- **Ownership.** An annotation belongs to the person who made it; only their pack speaks for
  it. Colleagues' annotations are kept apart (``share_annotations.origin`` names the owner),
  show with their author, and are read-only here (``ColleagueAnnotation``). Editing or
  deleting one anyway (``edit_shared=True``) does not make it yours: it stays theirs and your
  version stays on this computer (it is not sent back); when the owner changes it too, that
  is a conflict. One's own annotations are never overwritten by a colleague's pack: an
  annotation of one's own that a colleague's pack also carries (an earlier file exchange)
  is listed as a conflict when the two differ.
- **Versions.** Each pack item carries a version, raised by one whenever the owner's pack
  publishes a changed content (note, tags, colour, quote, motivation); edits between two
  syncs travel as one change, and an undo is simply another change.
- **Newest wins** by (version, parsed UTC time), never by comparing time strings
  (``10:30+01:00`` is before ``10:00Z``).
- **Conflicts.** The local store keeps, per colleague annotation, the version last received
  and a fingerprint of its content (the *base*). When a newer version arrives while the local
  copy differs from its base (edited or deleted here), nothing is applied: the conflict is
  listed (:func:`conflicts`) until the person resolves it (:func:`resolve`, ``--mine`` or
  ``--theirs``); both versions stay in the conflict record, so nothing is lost.
- **Deletions** travel as tombstones; a tombstone older than :data:`TOMBSTONE_DAYS` days is
  pruned. A tombstone counts only from the annotation's own origin: one in another
  colleague's pack, or against one's own annotation, is ignored. A colleague's annotation
  that their pack no longer lists (its tombstone pruned) is removed like a deleted one, but
  never on the word of a pack older than the last one read from that person.
- **Which packs.** A pack is read only from the file named after the person its header
  names (a sync tool's "(conflicted copy)" is reported and skipped); a header naming no
  person, a blank or overlong one, or one's own person id is refused; so is anything that
  is not an ordinary file of at most ``MAX_FILE_BYTES``. Values of the wrong type make the
  pack (or the item) a problem to report, never a failed sync.
- **Undo is per person.** What a sync applies is recorded in the history under the
  colleague's person id and is never undone by this person's undo; the rows it changed leave
  one's own history entries (``history.supersede``), so one's undo neither trips over them
  nor brings back, as one's own, an annotation its owner deleted.
- Colleagues' annotations whose letter is not in the library are skipped (counted as
  waiting) and read again at the next sync: their pack still holds them.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from desktop_app.errors import Message, UserError
from desktop_app.export import atomic
from desktop_app.export.w3c_export import ID_PREFIX, export_document, utc_z
from desktop_app.export.w3c_import import MAX_FILE_BYTES, Incoming, read_item
from desktop_app.model import Annotation
from desktop_app.store import history
from desktop_app.store.annotations import AnnotationStore, default_author, from_row, to_row
from desktop_app.store.limits import parse_time

FORMAT = 1  # the pack format this version writes and reads
PACK_SUFFIX = ".kbpack.json"
PACK_KEY = "kb:pack"
TOMBSTONES_KEY = "kb:tombstones"
VERSION_KEY = "kb:version"
TOMBSTONE_DAYS = 90  # deletions older than this are no longer carried in packs
MAX_PERSON_CHARS = 100  # a person id is a UUID; a longer header person is no pack of ours
MAX_VERSION = 2**62  # versions are whole numbers 0 <= v < this (SQLite holds 63 bits)

# Test hook: called with a point name while a pack is written ("pack-half-written": half of
# the temporary file is on disk; "pack-written": all of it, not yet in place).
fault_hook: Callable[[str], None] | None = None

Placer = Callable[[list[Incoming]], tuple[list[Annotation], list[Incoming]]]
_EPOCH = datetime.min.replace(tzinfo=UTC)


class ShareError(UserError):
    """Sharing cannot go on: no pack folder set, the folder is missing, no such conflict."""

    code = "share-failed"


@dataclass(frozen=True)
class ShareSettings:
    """The pack folder (None: not set), the display name and the stable person id."""

    folder: Path | None
    name: str
    person: str


@dataclass(frozen=True)
class Tombstone:
    """A deleted annotation as it travels in a pack."""

    id: str
    deleted: str  # UTC
    version: int


@dataclass
class Pack:
    """A colleague's pack as read: header, items (annotation, version), tombstones."""

    path: Path
    person: str
    name: str
    written: str
    items: list[tuple[Incoming, int]]
    tombstones: list[Tombstone]
    listed: set[str] = field(default_factory=set)  # ids the pack names, readable or not
    complete: bool = True  # every item could be read (absence then means deleted)


@dataclass
class PersonReport:
    """What one colleague's pack changed here (annotation ids)."""

    person: str
    name: str
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)  # their letter is not in the library
    rejected: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class SyncReport:
    """A sync: per colleague what their pack changed, unreadable packs, the pack written."""

    people: list[PersonReport]
    # per pack that could not be (fully) read: English for the command line, with a code
    # ("pack-…") and params for the window
    problems: list[Message]
    written: Path | None


@dataclass(frozen=True)
class Conflict:
    """An annotation changed on both sides; ``mine``/``theirs`` None means deleted there."""

    annotation_id: str
    origin: str
    name: str
    version: int
    modified: str
    found: str
    mine: Annotation | None
    theirs: Annotation | None
    state: str
    resolved: str | None


# --- ordering and content -----------------------------------------------------------------

def order_key(version: int, modified: str) -> tuple[int, datetime]:
    """How versions are ordered: the version number, then the moment (parsed as UTC; an
    unreadable time is the oldest), never the time as text."""
    return int(version), _moment(modified) or _EPOCH


def _moment(value: object) -> datetime | None:
    """``parse_time``, but a time that cannot be carried to UTC (year 9999 with a negative
    offset) is unreadable too, never an OverflowError."""
    try:
        return parse_time(value)
    except OverflowError:
        return None


def is_newer(version: int, modified: str, than_version: int, than_modified: str) -> bool:
    """True when (version, modified) is newer than (than_version, than_modified)."""
    return order_key(version, modified) > order_key(than_version, than_modified)


def fingerprint(ann: Annotation | None) -> str:
    """The content a person edits (quote, note, tags, colour, motivation), hashed; where it
    sits (positions, status) is left out, since each computer anchors it in its own text."""
    if ann is None:
        return ""
    data = [ann.quote, ann.note, list(ann.tags), ann.color, ann.motivation]
    return hashlib.sha1(json.dumps(data, ensure_ascii=False).encode("utf-8")).hexdigest()


# --- settings ------------------------------------------------------------------------------

def settings(store: AnnotationStore) -> ShareSettings:
    """The sharing settings of this data folder."""
    values = dict(store.db.execute("SELECT key, value FROM share_settings").fetchall())
    folder = values.get("folder")
    return ShareSettings(Path(folder) if folder else None,
                         values.get("name") or default_author(), values.get("person", ""))


def set_folder(store: AnnotationStore, folder: str | Path,
               name: str | None = None) -> ShareSettings:
    """Share through ``folder`` (it must exist), as ``name``; a person id is made once."""
    path = Path(folder).expanduser()
    if not path.is_dir():
        raise ShareError(f"The pack folder {path} does not exist or is not a folder. Create "
                         "it (or connect the network drive) and set it again.",
                         code="share-folder-missing", folder=str(path))
    if name is not None and not name.strip():
        raise ShareError("The display name is empty. Give the name colleagues should see.",
                         code="share-name-empty")
    current = settings(store)
    values = {"folder": str(path.resolve()), "person": current.person or str(uuid.uuid4())}
    if name is not None:
        values["name"] = name.strip()
    with history.transaction(store.db, store.path or ":memory:"):
        for key, value in values.items():
            store.db.execute("INSERT INTO share_settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                             [key, value])
    return settings(store)


def _configured(store: AnnotationStore) -> ShareSettings:
    current = settings(store)
    if current.folder is None or not current.person:
        raise ShareError("No pack folder is set for sharing. Choose the shared folder first.",
                         code="share-no-folder")
    if not current.folder.is_dir():
        raise ShareError(f"The pack folder {current.folder} cannot be found. Connect the "
                         "network drive or choose the folder again.",
                         code="share-folder-missing", folder=str(current.folder))
    return current


def pack_path(folder: Path, person: str) -> Path:
    """The pack file of ``person`` in ``folder``."""
    return folder / f"{person}{PACK_SUFFIX}"


# --- writing one's own pack ----------------------------------------------------------------

def _share_rows(store: AnnotationStore, origin: str | None = None) -> dict[str, dict]:
    sql = "SELECT id, origin, version, modified, base FROM share_annotations"
    params: list[Any] = []
    if origin is not None:
        sql += " WHERE origin = ?"
        params.append(origin)
    return {r["id"]: r for r in store._select(sql, params)}


def _tombstones(store: AnnotationStore, origin: str | None = None) -> dict[str, dict]:
    sql = "SELECT id, origin, deleted, version FROM share_tombstones"
    params: list[Any] = []
    if origin is not None:
        sql += " WHERE origin = ?"
        params.append(origin)
    return {r["id"]: r for r in store._select(sql, params)}


def own_annotations(store: AnnotationStore) -> list[Annotation]:
    """One's own annotations (every one not read from a colleague's pack).

    An annotation without a share row whose id a colleague's tombstone names is theirs,
    deleted by them (an undo or an import brought a copy back here): it is never published
    as one's own. One already published as one's own (share row origin '') stays one's own.
    """
    rows = store._select(
        "SELECT a.* FROM annotations a LEFT JOIN share_annotations s ON s.id = a.id "
        "WHERE s.origin = '' OR (s.origin IS NULL AND NOT EXISTS (SELECT 1 FROM "
        "share_tombstones t WHERE t.id = a.id AND t.origin != '')) "
        "ORDER BY a.letter_id, a.\"start\", a.id")
    return [from_row(r) for r in rows]


def _upsert(store: AnnotationStore, table: str, row: dict) -> None:
    cols = list(row)
    names = ", ".join(cols)
    marks = ", ".join("?" for _ in cols)
    updates = ", ".join(f"{c} = excluded.{c}" for c in cols if c != "id")
    store.db.execute(f"INSERT INTO {table} ({names}) VALUES ({marks}) "
                     f"ON CONFLICT(id) DO UPDATE SET {updates}", [row[c] for c in cols])


def _fault(point: str) -> None:
    if fault_hook is not None:
        fault_hook(point)


def write_pack(store: AnnotationStore, *, now: str | None = None) -> Path:
    """Write one's own pack to the pack folder (atomically); returns its path.

    Versions are raised for annotations whose content changed since the last pack; deleted
    ones become tombstones. The bookkeeping is committed after the file is in place, so a
    kill in between only makes the next write compute the same versions again.
    """
    current = _configured(store)
    stamp = now or history.now()
    published = _share_rows(store, "")
    tombs = _tombstones(store)
    versions: list[int] = []
    state: list[dict] = []
    anns = own_annotations(store)
    present = {a.id for a in anns}
    for ann in anns:
        fp, old = fingerprint(ann), published.get(ann.id)
        if old is None:
            gone = tombs.get(ann.id)
            version = gone["version"] + 1 if gone else 1
        else:
            version = old["version"] + (fp != old["base"])
        if old is None or old["version"] != version or old["base"] != fp:
            state.append({"id": ann.id, "origin": "", "version": version,
                          "modified": ann.modified, "base": fp})
        versions.append(version)
    dropped = [row for key, row in published.items() if key not in present]
    own_tombs = {k: v for k, v in tombs.items() if v["origin"] == "" and k not in present}
    for row in dropped:
        own_tombs[row["id"]] = {"id": row["id"], "origin": "", "deleted": stamp,
                                "version": row["version"] + 1}
    horizon = (_moment(stamp) or datetime.now(UTC)) - timedelta(days=TOMBSTONE_DAYS)
    pruned = [k for k, v in tombs.items() if (_moment(v["deleted"]) or _EPOCH) < horizon]
    carried = [v for k, v in own_tombs.items() if k not in pruned]
    document = export_document(anns, label=current.name)
    for data, version in zip(document["first"]["items"], versions, strict=True):
        data[VERSION_KEY] = version
    document[PACK_KEY] = {"format": FORMAT, "person": current.person, "name": current.name,
                          "written": utc_z(stamp)}
    document[TOMBSTONES_KEY] = [
        {"id": ID_PREFIX + t["id"], "deleted": utc_z(t["deleted"]), "version": t["version"]}
        for t in sorted(carried, key=lambda t: t["id"])]
    target = pack_path(current.folder, current.person)
    _write_atomically(target, json.dumps(document, ensure_ascii=False, indent=1) + "\n")
    with history.transaction(store.db, store.path or ":memory:"):
        for row in state:
            _upsert(store, "share_annotations", row)
        for row in dropped:
            store.db.execute("DELETE FROM share_annotations WHERE id = ?", [row["id"]])
            _upsert(store, "share_tombstones", own_tombs[row["id"]])
        for key in present & set(tombs):
            if tombs[key]["origin"] == "":
                store.db.execute("DELETE FROM share_tombstones WHERE id = ?", [key])
        for key in pruned:
            store.db.execute("DELETE FROM share_tombstones WHERE id = ?", [key])
    return target


def _write_atomically(target: Path, text: str) -> None:
    """The pack through a temporary file beside it; one's own leftovers of a killed write
    are removed first (other people's temporary files are theirs)."""
    for leftover in target.parent.glob(f".{target.name}.*.tmp"):
        with contextlib.suppress(OSError):
            leftover.unlink()
    with atomic.atomic_path(target) as tmp:
        with open(tmp, "w", encoding="utf-8") as handle:
            half = len(text) // 2
            handle.write(text[:half])
            handle.flush()
            _fault("pack-half-written")
            handle.write(text[half:])
        _fault("pack-written")


# --- reading colleagues' packs -------------------------------------------------------------

def _read_bytes(path: Path) -> bytes:
    """The bytes of a pack file, at most :data:`MAX_FILE_BYTES`; anything but an ordinary
    file (a pipe, a device, a link to ``/dev/zero``) is refused before a byte is read: opened
    without blocking, checked with ``fstat`` on the open file, read up to the limit + 1."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        info = os.fstat(fd)
    except OSError:
        os.close(fd)
        raise
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        raise ValueError("it is not an ordinary file")
    with os.fdopen(fd, "rb") as handle:
        if info.st_size > MAX_FILE_BYTES:
            raise ValueError(f"it is larger than {MAX_FILE_BYTES >> 20} MB")
        data = handle.read(MAX_FILE_BYTES + 1)  # never more, whatever the file claims
    if len(data) > MAX_FILE_BYTES:
        raise ValueError(f"it is larger than {MAX_FILE_BYTES >> 20} MB")
    return data


def _version(value: Any) -> int:
    """A pack's version number: a whole number 0 <= v < :data:`MAX_VERSION`."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < MAX_VERSION:
        raise ValueError("its kb:version is not a whole number from 0 to 2^62")
    return value


def _list(document: dict, key: str, what: str) -> list:
    value = document.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise ValueError(f"its {what} is not a list")
    return value


def _header(document: Any, me: str | None) -> tuple[str, str, str]:
    """(person, name, written) of a pack's header; ValueError for a header that cannot be
    a colleague's: no person, a blank or overlong one, or one's own person id."""
    header = document.get(PACK_KEY) if isinstance(document, dict) else None
    if not isinstance(header, dict) or not isinstance(header.get("person"), str):
        raise ValueError("it has no pack header")
    if header.get("format") != FORMAT:
        raise ValueError(f"it has format {str(header.get('format'))[:20]!r}; this version reads "
                         f"format {FORMAT} (update the app)")
    person = header["person"]
    if not person.strip() or person != person.strip() or len(person) > MAX_PERSON_CHARS:
        raise ValueError("its header names no valid person")
    if me is not None and person == me:
        raise ValueError("its header names you: it is a copy of your own pack")
    written = header.get("written") if isinstance(header.get("written"), str) else ""
    name = header.get("name")
    name = name.strip()[:MAX_PERSON_CHARS] if isinstance(name, str) and name.strip() else person
    return person, name, written


def _tombstone(data: Any) -> Tombstone:
    if not isinstance(data, dict):
        raise ValueError("a tombstone is not an object")
    ident, deleted = data.get("id"), data.get("deleted")
    if not isinstance(ident, str) or not isinstance(deleted, str) or len(deleted) > 64:
        raise ValueError("a tombstone has no id or time")
    key = ident.removeprefix(ID_PREFIX)
    if not key.strip() or len(key) > 200:
        raise ValueError("a tombstone has no usable id")
    return Tombstone(key, deleted, _version(data.get("version")))


def read_pack(path: Path, me: str | None = None) -> Pack:
    """A pack file; ValueError says why it cannot be used (also a header naming ``me``, one's
    own person id). Values of the wrong type make an item or tombstone unreadable (the pack
    is then incomplete), or, for the lists themselves, the whole pack."""
    raw = _read_bytes(path)
    try:
        document = json.loads(raw.decode("utf-8-sig"))
    except (ValueError, RecursionError) as exc:  # bad UTF-8 or JSON, a 5,000-digit number
        raise ValueError(f"it is not a pack ({str(exc)[:200]})") from exc
    person, name, written = _header(document, me)
    pack = Pack(path, person, name, written, [], [])
    page = document.get("first", {})
    if not isinstance(page, dict):
        raise ValueError("its first page is not an object")
    for data in _list(page, "items", "list of items"):
        ident = data.get("id") if isinstance(data, dict) else None
        if isinstance(ident, str):
            pack.listed.add(ident.removeprefix(ID_PREFIX))
        try:
            incoming = read_item(data, written)
            version = _version(data.get(VERSION_KEY))
        except (ValueError, TypeError, OverflowError, RecursionError):
            pack.complete = False
            continue
        pack.items.append((incoming, version))
    for data in _list(document, TOMBSTONES_KEY, "kb:tombstones"):
        try:
            tomb = _tombstone(data)
        except ValueError:
            pack.complete = False
            continue
        pack.listed.add(tomb.id)
        pack.tombstones.append(tomb)
    return pack


def colleague_packs(folder: Path, me: str) -> tuple[list[Pack], list[Message]]:
    """The colleagues' packs in ``folder`` and a problem per pack that cannot be read.

    Only a file named after the person its header names is read as that person's pack: a
    copy a sync tool made ("<id> (conflicted copy).kbpack.json") is an older state of it and
    is reported and skipped, so there is one pack per person."""
    packs, problems = [], []
    for path in sorted(folder.glob(f"*{PACK_SUFFIX}")):
        if path.name.startswith(".") or path.name == f"{me}{PACK_SUFFIX}":
            continue
        try:
            pack = read_pack(path, me)
        except (OSError, ValueError, TypeError, OverflowError, RecursionError) as exc:
            problems.append(_skipped(path.name, exc))
            continue
        if path.name != f"{pack.person}{PACK_SUFFIX}":
            problems.append(Message(
                f"The pack {path.name} was skipped: it holds the pack of {pack.name}, whose "
                f"pack is {pack.person}{PACK_SUFFIX} (a copy a sync tool made?). Delete the "
                "copy once that pack is in order.", "pack-copy", pack=path.name,
                name=pack.name, original=f"{pack.person}{PACK_SUFFIX}"))
            continue
        packs.append(pack)
    return packs, problems


def _skipped(pack: str, exc: BaseException) -> Message:
    """A pack left out, and why (the reason as the reading said it)."""
    return Message(f"The pack {pack} was skipped: {exc}.", "pack-skipped", pack=pack,
                   reason=str(exc))


def library_placer(library: Any) -> Placer:
    """Places incoming annotations in their letters of ``library`` (a ``Library``), as the
    annotation import does (by the letter named, else where the annotation already is)."""
    return library.place_incoming


@dataclass
class _Plan:
    """What applying one pack will do, decided before the one write transaction."""

    puts: list[tuple[Incoming, int]] = field(default_factory=list)
    deletes: list[tuple[str, Tombstone]] = field(default_factory=list)
    forget: list[tuple[str, Tombstone]] = field(default_factory=list)  # deleted on both sides
    # (id, their version, its time, the local version, theirs; None: deleted there/here)
    conflicts: list[tuple[str, int, str, Annotation | None, Incoming | None]] = field(
        default_factory=list)
    tombstones: list[Tombstone] = field(default_factory=list)
    written: str = ""  # the newest pack time read from this person (kept in share_people)


def _colleague(store: AnnotationStore, person: str) -> None:
    """Defence in depth: a pack is only ever applied on behalf of a colleague, never as
    one's own rows (origin '') or as this person (``read_pack`` refuses such packs)."""
    if not person.strip() or person == settings(store).person:
        raise ValueError("its header names no colleague")


def _owner(row: dict | None, mine: Annotation | None, gone: dict | None) -> str | None:
    """Whose an annotation id is here ('' one's own), None when nothing here tells."""
    if row is not None:
        return row["origin"]
    if mine is not None:
        return ""  # an annotation of one's own never shared, or one from a file exchange
    return gone["origin"] if gone is not None else None


def _current(store: AnnotationStore, pack: Pack) -> tuple[bool, str]:
    """Whether ``pack`` is at least as new as the last pack read from its person (a stale
    copy is older), and the newest of the two times."""
    row = store.db.execute("SELECT written FROM share_people WHERE person = ?",
                           [pack.person]).fetchone()
    this = _moment(pack.written)
    if row is None:
        return this is not None, pack.written
    last = _moment(row[0])
    if this is not None and (last is None or this >= last):
        return True, pack.written
    return False, row[0]


def _plan(store: AnnotationStore, pack: Pack) -> _Plan:
    """Decide, per item and tombstone of a colleague's pack, what happens here."""
    _colleague(store, pack.person)
    plan = _Plan()
    share = _share_rows(store)
    tombs = _tombstones(store)
    ids = {i.annotation.id for i, _ in pack.items} | {t.id for t in pack.tombstones}
    ids |= {k for k, v in share.items() if v["origin"] == pack.person}
    local = {a.id: a for a in store.annotations_by_id(ids)}
    current, plan.written = _current(store, pack)
    for incoming, version in pack.items:
        theirs = incoming.annotation
        key = theirs.id
        gone = tombs.get(key)
        # a stale copy of something deleted: a delete never comes back (deletions count
        # only from the annotation's own origin, or one's own)
        if (gone and gone["origin"] in ("", pack.person)
                and not is_newer(version, theirs.modified, gone["version"], gone["deleted"])):
            continue
        row, mine = share.get(key), local.get(key)
        if (row is None and mine is not None) or (row is not None and row["origin"] == ""):
            if mine is not None and fingerprint(mine) != fingerprint(theirs):
                plan.conflicts.append((key, version, theirs.modified, mine, incoming))
            continue  # one's own: never overwritten by a colleague's pack
        if row is not None and row["origin"] != pack.person:
            continue  # another colleague's: only its owner's pack speaks for it
        if row is None:
            plan.puts.append((incoming, version))
            continue
        if not is_newer(version, theirs.modified, row["version"], row["modified"]):
            continue
        if mine is not None and fingerprint(mine) == row["base"]:
            plan.puts.append((incoming, version))
        else:
            plan.conflicts.append((key, version, theirs.modified, mine, incoming))
    deleted = list(pack.tombstones)
    # not listed at all: deleted long ago, its tombstone pruned; never inferred from a pack
    # older than the last one read from this person (a stale copy lacks newer annotations)
    if pack.complete and current:
        deleted += [Tombstone(k, pack.written, v["version"] + 1) for k, v in share.items()
                    if v["origin"] == pack.person and k not in pack.listed]
    for tomb in deleted:
        row, mine, gone = share.get(tomb.id), local.get(tomb.id), tombs.get(tomb.id)
        owner = _owner(row, mine, gone)
        if owner is not None and owner != pack.person:
            continue  # someone else's (or one's own): this pack does not speak for it
        if (gone is None or gone["origin"] != pack.person
                or is_newer(tomb.version, tomb.deleted, gone["version"], gone["deleted"])):
            plan.tombstones.append(tomb)
        if row is None:
            continue
        if not is_newer(tomb.version, tomb.deleted, row["version"], row["modified"]):
            continue
        if mine is None:
            plan.forget.append((tomb.id, tomb))
        elif fingerprint(mine) == row["base"]:
            plan.deletes.append((tomb.id, tomb))
        else:
            plan.conflicts.append((tomb.id, tomb.version, tomb.deleted, mine, None))
    return plan


def _apply(store: AnnotationStore, pack: Pack, plan: _Plan, place_items: Placer,
           report: PersonReport, stamp: str) -> None:
    _colleague(store, pack.person)
    placed, waiting = place_items([incoming for incoming, _ in plan.puts])
    report.waiting = [i.annotation.id for i in waiting]
    # their version in a conflict is placed here too, so "keep theirs" needs no letter lookup
    theirs_placed, _ = place_items([c[4] for c in plan.conflicts if c[4] is not None])
    by_id = {a.id: a for a in theirs_placed}
    versions = {incoming.annotation.id: version for incoming, version in plan.puts}
    known = {c.name for c in store.palette()}
    with store.write_as(f"Sync from {pack.name}", pack.person) as rec:
        owners = _share_rows(store)
        for ann in placed:
            row = owners.get(ann.id)
            if (row is None and rec.get("annotations", ann.id) is not None) or (
                    row is not None and row["origin"] != pack.person):
                continue  # defence in depth: never one's own rows, nor another colleague's
            if rec.get("annotations", ann.id) is None:
                report.added.append(ann.id)
            else:
                report.updated.append(ann.id)
            if ann.color not in known:
                rec.put("palette", {"name": ann.color, "hex": "#bdbdbd",
                                    "meaning": "imported", "position": len(known)})
                known.add(ann.color)
            rec.put("annotations", to_row(ann))
            _upsert(store, "share_annotations", {
                "id": ann.id, "origin": pack.person, "version": versions[ann.id],
                "modified": ann.modified, "base": fingerprint(ann)})
            # another colleague's tombstone for it spoke for what was not theirs
            store.db.execute("DELETE FROM share_tombstones WHERE id = ? AND origin != '' "
                             "AND origin != ?", [ann.id, pack.person])
        theirs_rows = {k for k, v in owners.items() if v["origin"] == pack.person}
        for key, _tomb in plan.deletes:
            if key in theirs_rows:
                _delete_annotation(store, rec, key)
                report.deleted.append(key)
        for key, _tomb in plan.deletes + plan.forget:
            if key in theirs_rows:
                store.db.execute("DELETE FROM share_annotations WHERE id = ?", [key])
        for tomb in plan.tombstones:
            _upsert(store, "share_tombstones", {"id": tomb.id, "origin": pack.person,
                                                "deleted": tomb.deleted,
                                                "version": tomb.version})
        for key, version, modified, mine, theirs in plan.conflicts:
            theirs_ann = None if theirs is None else by_id.get(key, theirs.annotation)
            if _record_conflict(store, key, pack.person, version, modified, mine, theirs_ann,
                                stamp):
                report.conflicts.append(key)
        store.db.execute(
            "INSERT INTO share_people (person, name, written, read) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(person) DO UPDATE SET name = excluded.name, "
            "written = excluded.written, read = excluded.read",
            [pack.person, pack.name, plan.written, stamp])
        # One's own undo and redo must not trip over what this pack changed (their
        # annotation in one's collection, deleted with it) nor undo it: those rows leave
        # one's history; so does a forgotten one (deleted here by one's own change, then by
        # its owner), which an undo would otherwise bring back as one's own.
        touched = {(c["table"], c["key"]) for c in rec.changes}
        touched |= {("annotations", key) for key, _ in plan.forget if key in theirs_rows}
        history.supersede(store.db, touched)


def _delete_annotation(store: AnnotationStore, rec: history.Recorder, key: str) -> None:
    for item in store._select("SELECT id FROM collection_items WHERE annotation_id = ?",
                              [key]):
        rec.delete("collection_items", item["id"])
    rec.delete("annotations", key)


def _json(ann: Annotation | None) -> str | None:
    return None if ann is None else json.dumps(asdict(ann), ensure_ascii=False)


def _record_conflict(store: AnnotationStore, key: str, origin: str, version: int,
                     modified: str, mine: Annotation | None, theirs: Annotation | None,
                     stamp: str) -> bool:
    """Record a conflict once per version of theirs (one open conflict per annotation);
    True when it is new or newer."""
    seen = store.db.execute(
        "SELECT 1 FROM share_conflicts WHERE annotation_id = ? AND origin = ? AND version = ?",
        [key, origin, version]).fetchone()
    if seen:
        return False
    store.db.execute("DELETE FROM share_conflicts WHERE annotation_id = ? AND state = 'open'",
                     [key])  # superseded by this newer version of theirs
    store.db.execute(
        "INSERT INTO share_conflicts (annotation_id, origin, version, modified, found, mine, "
        "theirs) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [key, origin, version, modified, stamp, _json(mine), _json(theirs)])
    return True


def sync(store: AnnotationStore, place_items: Placer, *, now: str | None = None) -> SyncReport:
    """Read every colleague's pack into the store (one undo-free history entry per pack),
    then write one's own pack."""
    current = _configured(store)
    stamp = now or history.now()
    packs, problems = colleague_packs(current.folder, current.person)
    people = []
    for pack in packs:
        report = PersonReport(pack.person, pack.name)
        if not pack.complete:
            problems.append(Message(f"Some annotations in the pack of {pack.name} could not "
                                    "be read; the others were.", "pack-incomplete",
                                    name=pack.name))
        try:
            _apply(store, pack, _plan(store, pack), place_items, report, stamp)
        except (TypeError, OverflowError, ValueError) as exc:  # the pack's values, not ours
            problems.append(_skipped(pack.path.name, exc))
            continue
        people.append(report)
    written = write_pack(store, now=stamp)
    return SyncReport(people, problems, written)


# --- conflicts -----------------------------------------------------------------------------

def _annotation(text: str | None) -> Annotation | None:
    if text is None:
        return None
    data = json.loads(text)
    data["tags"] = tuple(data["tags"])
    return Annotation(**data)


def conflicts(store: AnnotationStore, *, include_resolved: bool = False) -> list[Conflict]:
    """The conflicts to resolve (with ``include_resolved``, also the settled ones)."""
    sql = ("SELECT c.*, COALESCE(p.name, c.origin) AS name FROM share_conflicts c "
           "LEFT JOIN share_people p ON p.person = c.origin")
    if not include_resolved:
        sql += " WHERE c.state = 'open'"
    out = []
    for r in store._select(sql + " ORDER BY c.found, c.id"):
        out.append(Conflict(r["annotation_id"], r["origin"], r["name"], r["version"],
                            r["modified"], r["found"], _annotation(r["mine"]),
                            _annotation(r["theirs"]), r["state"], r["resolved"]))
    return out


def resolve(store: AnnotationStore, annotation_id: str, keep: str) -> Conflict:
    """Settle the open conflict of an annotation (its id or a unique start of it), keeping
    ``"mine"`` or ``"theirs"``; the other version stays in the conflict record. One undo
    step of this person's (undoing it brings the local version back as a local edit)."""
    if keep not in ("mine", "theirs"):
        raise ValueError(keep)
    matches = [c for c in conflicts(store) if c.annotation_id.startswith(annotation_id)]
    exact = [c for c in matches if c.annotation_id == annotation_id]
    if exact:
        matches = exact
    if len(matches) != 1:
        raise ShareError(f"There is no open conflict for annotation '{annotation_id}'"
                         + (" (the start fits several)" if matches else "")
                         + ". List them with the conflicts view.",
                         code="share-no-conflict", annotation=annotation_id)
    conflict = matches[0]
    key, stamp = conflict.annotation_id, history.now()
    share = _share_rows(store).get(key)
    with store.write_as(f"Resolve conflict ({keep})", "") as rec:
        current = rec.get("annotations", key)
        mine = from_row(current) if current else None
        if keep == "theirs":
            if conflict.theirs is None:
                if current is not None:
                    _delete_annotation(store, rec, key)
                # recorded, so that undoing this brings the annotation back as theirs
                rec.delete("share_annotations", key)
                _upsert(store, "share_tombstones", {"id": key, "origin": conflict.origin,
                                                    "deleted": conflict.modified,
                                                    "version": conflict.version})
            else:
                rec.put("annotations", to_row(conflict.theirs))
                _upsert(store, "share_annotations", {
                    "id": key, "origin": conflict.origin, "version": conflict.version,
                    "modified": conflict.theirs.modified,
                    "base": fingerprint(conflict.theirs)})
        elif conflict.theirs is None:  # keep mine against their deletion: it becomes mine
            _upsert(store, "share_annotations", {"id": key, "origin": "",
                                                 "version": conflict.version,
                                                 "modified": stamp, "base": ""})
        elif share is not None and share["origin"] == conflict.origin:
            _upsert(store, "share_annotations", {
                "id": key, "origin": conflict.origin, "version": conflict.version,
                "modified": conflict.theirs.modified, "base": fingerprint(conflict.theirs)})
        store.db.execute(
            "UPDATE share_conflicts SET state = ?, resolved = ?, mine = ? "
            "WHERE annotation_id = ? AND state = 'open'", [keep, stamp, _json(mine), key])
    return next(c for c in conflicts(store, include_resolved=True)
                if c.annotation_id == key and c.resolved == stamp)


def colleague_names(store: AnnotationStore) -> dict[str, str]:
    """Person id -> display name of every colleague whose pack was read here."""
    return dict(store.db.execute("SELECT person, name FROM share_people").fetchall())


def colleague_authors(store: AnnotationStore,
                      annotation_ids: list[str] | None = None) -> dict[str, tuple[str, str]]:
    """Annotation id -> (person id, display name) of the colleague it belongs to, for the
    given ids (or every annotation); one's own are left out."""
    origins = store.colleague_origins(annotation_ids)
    if not origins:
        return {}
    names = colleague_names(store)
    return {key: (origin, names.get(origin) or origin) for key, origin in origins.items()}


# --- status --------------------------------------------------------------------------------

@dataclass(frozen=True)
class ShareStatus:
    """Sharing at a glance: settings, own annotations, colleagues' per person, conflicts."""

    settings: ShareSettings
    own: int
    colleagues: list[dict[str, Any]]  # person, name, written, read, annotations
    conflicts: int
    pack: Path | None


def status(store: AnnotationStore) -> ShareStatus:
    """Where sharing stands in this data folder."""
    current = settings(store)
    own = len(own_annotations(store))
    counts = dict(store.db.execute(
        "SELECT s.origin, COUNT(*) FROM share_annotations s JOIN annotations a ON a.id = s.id "
        "WHERE s.origin != '' GROUP BY s.origin").fetchall())
    people = [{**p, "annotations": counts.get(p["person"], 0)} for p in
              store._select("SELECT * FROM share_people ORDER BY name, person")]
    open_conflicts = store.db.execute(
        "SELECT COUNT(*) FROM share_conflicts WHERE state = 'open'").fetchone()[0]
    pack = (pack_path(current.folder, current.person)
            if current.folder is not None and current.person else None)
    return ShareStatus(current, own, people, open_conflicts, pack)

