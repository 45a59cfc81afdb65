"""Fault injection: SIGKILL a write path at random moments and check what survives.

Used by ``tests/store/test_fault_injection.py`` (a few kills per path) and
``benchmarks/fault_injection.py`` (100+ kills). For each write path a data folder is prepared
in-process, then, round after round, a child (``fault_worker.py``) runs the path in a loop in
its own session and is killed with SIGKILL (the child only, never its session) after a random
number of acknowledged operations plus a random delay, both from a seeded RNG. Then:

- **lost**: every acknowledged operation must be there with its values (an annotation, a
  bulk change, an imported letter and its original file, a backup file, a restore, a review).
  The operation in flight when the kill came may be there or not, never half (per annotation).
- **integrity**: ``PRAGMA integrity_check`` is ``ok`` for ``annotations.db`` and ``library.db``.
- **the next open** (``Library(data_dir)``, ``ensure_index()`` and a search) works and may clean
  up what the killed process left; after it there must be no stray file: no ``*.partial``,
  ``.import-*``, ``*.tmp`` (files or folders, e.g. an index generation ``gen-*.tmp``),
  ``*.doclist`` or ``*-journal`` anywhere in the data folder, no index generation other than
  the current one, and no file in ``originals/`` that is not a letter's original.
- **stray processes**: no process of the killed child's session may remain (the index build's
  worker processes must die with their parent); they get :data:`PROCESS_GRACE` seconds.
"""

from __future__ import annotations

import json
import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.library import Library
from desktop_app.store.backup import KEEP, check_backup_file, list_backups

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fault_worker import (  # noqa: E402 - the child script, importable from here
    REAL_DIR,
    REVIEW_FIELDS,
    backup_ids,
    import_copy,
    marker,
    random_annotation,
)

WORKER = Path(__file__).with_name("fault_worker.py")
SEED_LETTERS = 8  # real letters in every prepared data folder
LINE_TIMEOUT = 120.0  # seconds to wait for the child's next line (a slow, loaded machine)
PROCESS_GRACE = 10.0  # seconds a worker of the killed child gets to exit
STRAY_PATTERNS = ("*.partial", ".import-*", "*.tmp", "*.doclist", "*-journal")
MAX_ACKS = {"index-rebuild": 2, "import": 6, "backup": 6}  # per round; the others: 12
MAX_DELAY = 0.03  # seconds after the last counted acknowledgement


@dataclass
class PathResult:
    """What the kills of one write path showed."""

    path: str
    kills: int = 0
    acked: int = 0
    lost: int = 0
    integrity: int = 0
    stray_files: int = 0
    stray_processes: int = 0
    other: int = 0
    problems: list[str] = field(default_factory=list)
    seen_strays: set[str] = field(default_factory=set)  # a stray file is counted once

    @property
    def ok(self) -> bool:
        return not (self.lost or self.integrity or self.stray_files or self.stray_processes
                    or self.other)

    def note(self, column: str, message: str, count: int = 1) -> None:
        setattr(self, column, getattr(self, column) + count)
        self.problems.append(f"kill {self.kills}: {message}")


# --------------------------------------------------------------------------- the child


class _Lines:
    """The child's stdout as parsed messages, read by a thread (waits have a deadline)."""

    def __init__(self, stream):
        self._queue: queue.Queue = queue.Queue()
        self._thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self._thread.start()

    def _read(self, stream) -> None:
        for line in stream:
            if not line.endswith("\n"):  # a line cut short by the kill acknowledges nothing
                continue
            try:
                self._queue.put(json.loads(line))
            except ValueError:
                self._queue.put({"noise": line})
        self._queue.put(None)

    def next(self, timeout: float = LINE_TIMEOUT) -> dict | None:
        """The next message; None at the end of the output. Raises queue.Empty on timeout."""
        return self._queue.get(timeout=timeout)

    def rest(self) -> list[dict]:
        """Every remaining message (call after the child is dead)."""
        self._thread.join(LINE_TIMEOUT)
        out = []
        while not self._queue.empty() and (item := self._queue.get_nowait()) is not None:
            out.append(item)
        return out


def _session_members(session: int) -> list[tuple[int, str]]:
    """Live processes (pid, command line) whose session or process group is ``session``."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            fields = stat[stat.rindex(")") + 2:].split()
            state, pgrp, sid = fields[0], int(fields[2]), int(fields[3])
            if state in ("Z", "X") or session not in (pgrp, sid):
                continue
            cmd = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except (OSError, ValueError, IndexError):
            continue  # it ended while we looked
        found.append((int(entry.name), cmd.strip()))
    return found


def stray_processes(session: int, grace: float = PROCESS_GRACE) -> list[tuple[int, str]]:
    """Processes of ``session`` still alive after ``grace`` seconds (then killed, so that no
    run leaves processes behind)."""
    deadline = time.monotonic() + grace
    while (members := _session_members(session)) and time.monotonic() < deadline:
        time.sleep(0.05)  # polling a condition with a deadline
    for pid, _ in members:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    deadline = time.monotonic() + grace
    while _session_members(session) and time.monotonic() < deadline:
        time.sleep(0.05)
    return members


# --------------------------------------------------------------------------- the checks


def integrity(db: Path) -> str:
    """``PRAGMA integrity_check`` of a database file ("ok" when healthy)."""
    if not db.exists():
        return f"{db.name} is missing"
    conn = sqlite3.connect(db)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.Error as exc:
        return f"{exc}"
    finally:
        conn.close()


def stray_files(data_dir: Path, lib: Library) -> list[str]:
    """Files and folders in the data folder that a killed write left and nothing cleaned."""
    found = {p for pattern in STRAY_PATTERNS for p in data_dir.rglob(pattern)}
    index = data_dir / "index"
    current = (index / "CURRENT").read_text().strip() if (index / "CURRENT").exists() else None
    found |= {p for p in index.glob("gen-*") if p.name != current}
    originals = {Path(row["original"]).name for row in lib.letters.db.query(
        "select original from letters where original is not null")}
    found |= {p for p in (data_dir / "originals").glob("*") if p.name not in originals}
    return sorted(str(p.relative_to(data_dir)) for p in found)


def annotation_rows(lib: Library) -> dict[str, dict]:
    """Every annotation as the values the worker acknowledges."""
    return {a.id: {"id": a.id, "letter_id": a.letter_id, "start": a.start, "end": a.end,
                   "note": a.note, "tags": list(a.tags), "color": a.color}
            for a in lib.annotations.annotations()}


class _Model:
    """What the acknowledged operations of one path say the data folder holds."""

    def __init__(self, data_dir: Path, work: Path):
        self.data_dir, self.work = data_dir, work

    def prepare(self, lib: Library, rng: random.Random) -> None:
        """Fill the prepared data folder (in-process, before any kill)."""

    def apply(self, ack: dict) -> None:
        """An acknowledged operation."""

    def check(self, lib: Library, in_flight: dict | None, result: PathResult) -> None:
        """Compare the data folder with the acknowledged operations (then adopt it)."""

    def search_check(self, lib: Library, result: PathResult) -> None:
        found = lib.search_index().search("Kamer", limit=5)
        known = {s.id for s in lib.letters.summaries()}
        if found.total == 0 or not {h.id for h in found.hits} <= known:
            result.note("other", f"search for 'Kamer' found {found.total} hits "
                                 f"({[h.id for h in found.hits]})")

    def child_args(self) -> list[str]:
        return []


class _AnnotationModel(_Model):
    """annotate: every acknowledged annotation is there with its values."""

    def __init__(self, data_dir: Path, work: Path):
        super().__init__(data_dir, work)
        self.expected: dict[str, dict] = {}

    def apply(self, ack: dict) -> None:
        self.expected[ack["id"]] = {k: v for k, v in ack.items() if k != "op"}

    def check(self, lib: Library, in_flight: dict | None, result: PathResult) -> None:
        rows = annotation_rows(lib)
        for ann_id, values in self.expected.items():
            if rows.get(ann_id) != values:
                result.note("lost", f"annotation {ann_id}: acknowledged {values}, "
                                    f"found {rows.get(ann_id)}")
        extra = set(rows) - set(self.expected)
        if len(extra) > (1 if in_flight else 0):
            result.note("other", f"annotations nobody made: {sorted(extra)}")
        self.expected = rows


class _BulkModel(_Model):
    """bulk edit: acknowledged recolour/tag/delete hold; the one in flight happened to all
    of its annotations or to none (one transaction)."""

    def __init__(self, data_dir: Path, work: Path):
        super().__init__(data_dir, work)
        self.expected: dict[str, dict] = {}

    def prepare(self, lib: Library, rng: random.Random) -> None:
        letters = list(lib.iter_letters())
        for n in range(60):
            random_annotation(lib, rng, letters, f"bulk {n}")
        self.expected = annotation_rows(lib)

    @staticmethod
    def _after(op: dict, before: dict | None) -> dict | None:
        if before is None or op["verb"] == "delete":
            return None
        if op["verb"] == "recolour":
            return {**before, "color": op["color"]}
        tags = before["tags"] if op["tag"] in before["tags"] else [*before["tags"], op["tag"]]
        return {**before, "tags": tags}

    def apply(self, ack: dict) -> None:
        for ann_id in ack["ids"]:
            after = self._after(ack, self.expected.get(ann_id))
            if after is None:
                self.expected.pop(ann_id, None)
            else:
                self.expected[ann_id] = after

    def check(self, lib: Library, in_flight: dict | None, result: PathResult) -> None:
        rows = annotation_rows(lib)
        flying = set(in_flight["ids"]) if in_flight else set()
        for ann_id in set(self.expected) | set(rows):
            want, got = self.expected.get(ann_id), rows.get(ann_id)
            allowed = [want]
            if ann_id in flying:
                allowed.append(self._after(in_flight, want))
            if got not in allowed:
                result.note("lost", f"annotation {ann_id}: acknowledged {want}, found {got}")
        if in_flight:
            self._check_whole(in_flight, rows, result)
        self.expected = rows

    def _check_whole(self, op: dict, rows: dict, result: PathResult) -> None:
        """The bulk change in flight is all or nothing: never some annotations done."""
        states = set()
        for ann_id in op["ids"]:
            want = self.expected.get(ann_id)
            after = self._after(op, want)
            if want != after:  # an annotation the change leaves as it was says nothing
                states.add(rows.get(ann_id) == after)
        if len(states) > 1:
            result.note("lost", f"bulk {op['verb']} of {op['ids']} was applied in part")


class _ImportModel(_Model):
    """import: every acknowledged letter is in the library, with its original, and found."""

    def __init__(self, data_dir: Path, work: Path):
        super().__init__(data_dir, work)
        self.acked: dict[str, dict] = {}  # letter id -> ack
        self.offset = 0

    def apply(self, ack: dict) -> None:
        self.acked[ack["id"]] = ack
        self.offset = max(self.offset, ack["index"] + 1)

    def child_args(self) -> list[str]:
        return ["--offset", str(self.offset)]

    def check(self, lib: Library, in_flight: dict | None, result: PathResult) -> None:
        for letter_id, ack in self.acked.items():
            row = lib.letters.row(letter_id)
            source = Path(ack["file"])
            if row is None:
                result.note("lost", f"imported letter {letter_id} ({source.name}) is missing")
                continue
            original = Path(row["original"] or "")
            if not original.is_file() or original.read_bytes() != source.read_bytes():
                result.note("lost", f"the original of {letter_id} is missing or differs")
        for letter_id, ack in list(self.acked.items())[-5:]:
            hits = lib.search_index().search(marker(ack["index"]), limit=5)
            if [h.id for h in hits.hits] != [letter_id]:
                result.note("other", f"search for {marker(ack['index'])} found "
                                     f"{[h.id for h in hits.hits]}, not {letter_id}")


class _RestoreModel(_Model):
    """annotate + backup + restore: the live store holds exactly what the acknowledged
    operations say; what an acknowledged restore replaced is in its safety backup."""

    def __init__(self, data_dir: Path, work: Path):
        super().__init__(data_dir, work)
        self.values: dict[str, dict] = {}  # every annotation ever acknowledged
        self.live: set[str] = set()
        self.safety: dict[str, set[str]] = {}  # safety backup -> ids it must hold

    def prepare(self, lib: Library, rng: random.Random) -> None:
        letters = list(lib.iter_letters())
        for n in range(10):
            random_annotation(lib, rng, letters, f"restore {n}")
        lib.annotations.backup()
        lib.annotations.backup()
        self.values = annotation_rows(lib)
        self.live = set(self.values)

    def apply(self, ack: dict) -> None:
        if ack["op"] == "annotate":
            self.values[ack["id"]] = {k: v for k, v in ack.items() if k != "op"}
            self.live.add(ack["id"])
        elif ack["op"] == "restore":
            self.safety[ack["safety"]] = set(self.live)
            self.live = set(ack["ids"])

    def check(self, lib: Library, in_flight: dict | None, result: PathResult) -> None:
        rows = annotation_rows(lib)
        got = set(rows)
        restoring = in_flight and in_flight["op"] == "restore"
        if restoring and got == set(in_flight["ids"]) and got != self.live:
            # the restore in flight went through: its safety backup must hold the live state
            newest = [set(backup_ids(p)) for p in list_backups(self.data_dir / "annotations.db")]
            if not any(self.live <= ids for ids in newest):
                result.note("lost", f"restore in flight replaced {len(self.live)} annotations "
                                    "and no backup holds them")
        else:
            missing = self.live - got
            extra = got - self.live
            if missing:
                result.note("lost", f"acknowledged annotations missing: {sorted(missing)}",
                            len(missing))
            if len(extra) > (1 if in_flight and in_flight["op"] == "annotate" else 0):
                result.note("other", f"annotations that should not be there: {sorted(extra)}")
        for ann_id in got & set(self.values):
            if rows[ann_id] != self.values[ann_id]:
                result.note("lost", f"annotation {ann_id} changed: {rows[ann_id]}")
        for path, ids in self.safety.items():
            if Path(path).exists() and not ids <= set(backup_ids(Path(path))):
                result.note("lost", f"safety backup {Path(path).name} lacks annotations")
        self.values.update(rows)
        self.live = got


class _BackupModel(_Model):
    """backup: the annotations stay; the newest acknowledged backups exist and are whole."""

    def __init__(self, data_dir: Path, work: Path):
        super().__init__(data_dir, work)
        self.rows: dict[str, dict] = {}
        self.backups: list[str] = []

    def prepare(self, lib: Library, rng: random.Random) -> None:
        letters = list(lib.iter_letters())
        for n in range(150):
            random_annotation(lib, rng, letters, f"backup {n}")
        self.rows = annotation_rows(lib)

    def apply(self, ack: dict) -> None:
        self.backups.append(ack["path"])

    def check(self, lib: Library, in_flight: dict | None, result: PathResult) -> None:
        if annotation_rows(lib) != self.rows:
            result.note("lost", "the annotations changed while only backups were made")
        # a newer backup (the one in flight; the daily one when a run crosses midnight) may
        # have pruned the oldest of the KEEP
        for path in self.backups[-(KEEP - 2):]:
            try:
                check_backup_file(Path(path))
            except Exception as exc:  # noqa: BLE001 - any failure is a lost backup
                result.note("lost", f"acknowledged backup {Path(path).name}: {exc}")
                continue
            if set(backup_ids(Path(path))) != set(self.rows):
                result.note("lost", f"acknowledged backup {Path(path).name} is incomplete")


class _IndexModel(_Model):
    """index rebuild: the library and search keep working (checked for every path)."""

    COPIES = 120  # several batches of documents for the build's worker processes

    def prepare(self, lib: Library, rng: random.Random) -> None:
        incoming = self.work / "incoming"
        lib.import_paths([import_copy(n, incoming) for n in range(self.COPIES)])
        lib.rebuild_index()


class _ReviewModel(_Model):
    """review: every acknowledged review holds its values; the one in flight is old or new."""

    DEFAULT = {"verdict": None, "kind": None, "deadline": None, "status": "open", "note": ""}

    def __init__(self, data_dir: Path, work: Path):
        super().__init__(data_dir, work)
        self.expected: dict[str, dict] = {}

    def apply(self, ack: dict) -> None:
        self.expected[ack["key"]] = ack["values"]

    def check(self, lib: Library, in_flight: dict | None, result: PathResult) -> None:
        got = {r.key: {f: getattr(r, f) for f in REVIEW_FIELDS}
               for r in lib.annotations.reviews()}
        for key in set(self.expected) | set(got):
            want = self.expected.get(key)
            allowed = [want]
            if in_flight and in_flight["key"] == key:
                allowed.append({**(want or self.DEFAULT), **in_flight["fields"]})
            if got.get(key) not in allowed:
                result.note("lost", f"review {key}: acknowledged {want}, found {got.get(key)}")
        self.expected = got


MODELS = {
    "annotate": _AnnotationModel, "bulk-edit": _BulkModel, "import": _ImportModel,
    "restore": _RestoreModel, "backup": _BackupModel, "index-rebuild": _IndexModel,
    "review": _ReviewModel,
}
PATHS = tuple(MODELS)  # the write paths, in the order they are run


# --------------------------------------------------------------------------- a run


def prepare(data_dir: Path, model: _Model, rng: random.Random) -> None:
    """A data folder with some real letters (and what the path needs)."""
    with Library(data_dir, seed=False) as lib:
        lib.import_paths(sorted(REAL_DIR.glob("*.txt"))[:SEED_LETTERS])
        model.prepare(lib, rng)


def run_path(path: str, kills: int, work: Path, seed: int = 0, min_acks: int = 0) -> PathResult:
    """Kill ``path`` ``kills`` times in one data folder under ``work``; check after each.

    Each kill comes after ``min_acks`` to the path's maximum acknowledged operations."""
    rng = random.Random(f"{seed}-{path}")
    work = work / path
    data_dir = work / "data"
    model = MODELS[path](data_dir, work)
    prepare(data_dir, model, rng)
    result = PathResult(path)
    for round_ in range(kills):
        result.kills += 1
        wanted = rng.randint(min_acks, max(min_acks, MAX_ACKS.get(path, 12)))
        in_flight = _kill_round(path, model, data_dir, work, rng, round_, wanted, result)
        if in_flight is False:
            continue
        _check(model, data_dir, in_flight, result)
    return result


def _kill_round(path: str, model: _Model, data_dir: Path, work: Path, rng: random.Random,
                round_: int, wanted: int, result: PathResult) -> dict | None | bool:
    """Start a child, kill it after a random number of acknowledgements; the operation in
    flight at the kill (None: none), or False when the child failed on its own."""
    errors = work / f"stderr-{round_}.txt"
    with errors.open("w") as err:
        proc = subprocess.Popen(
            [sys.executable, str(WORKER), path, "--data-dir", str(data_dir),
             "--work", str(work), "--seed", str(rng.randrange(10**6)), *model.child_args()],
            stdout=subprocess.PIPE, stderr=err, text=True, start_new_session=True)
    lines = _Lines(proc.stdout)
    delay = rng.uniform(0, MAX_DELAY)
    in_flight, seen, ready = None, 0, False
    try:
        while (not ready or seen < wanted) and (msg := lines.next()) is not None:
            ready = ready or "ready" in msg
            in_flight, seen = _take(model, msg, in_flight, seen, result)
        time.sleep(delay)  # the kill lands somewhere inside the next operation(s)
    except queue.Empty:
        result.note("other", f"no line from the child within {LINE_TIMEOUT:.0f} s")
    finally:
        proc.send_signal(signal.SIGKILL)  # the child only: its workers must die by themselves
        proc.wait()
        survivors = stray_processes(proc.pid)
    for msg in lines.rest():
        in_flight, seen = _take(model, msg, in_flight, seen, result)
    if survivors:
        result.note("stray_processes", f"{len(survivors)} process(es) outlived the killed "
                                       f"child: {survivors}", len(survivors))
    if proc.returncode != -signal.SIGKILL:
        result.note("other", f"the child ended by itself ({proc.returncode}): "
                             f"{errors.read_text()[-2000:]}")
        return False
    return in_flight


def _take(model: _Model, msg: dict, in_flight: dict | None, seen: int,
          result: PathResult) -> tuple[dict | None, int]:
    if "intent" in msg:
        return msg["intent"], seen
    if "ack" in msg:
        model.apply(msg["ack"])
        result.acked += 1
        return None, seen + 1
    return in_flight, seen


def _check(model: _Model, data_dir: Path, in_flight: dict | None, result: PathResult) -> None:
    for name in ("annotations.db", "library.db"):
        answer = integrity(data_dir / name)
        if answer != "ok":
            result.note("integrity", f"{name}: {answer}")
    try:
        with Library(data_dir, seed=False) as lib:  # the next open
            lib.ensure_index()
            model.search_check(lib, result)
            model.check(lib, in_flight, result)
            strays = stray_files(data_dir, lib)
    except Exception as exc:  # noqa: BLE001 - any failure to open or search is a finding
        result.note("other", f"the next open failed: {type(exc).__name__}: {exc}")
        return
    new = [name for name in strays if name not in result.seen_strays]
    result.seen_strays.update(strays)
    if new:
        result.note("stray_files", f"left after the next open: {new}", len(new))

