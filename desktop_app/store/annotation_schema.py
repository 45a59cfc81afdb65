"""Schema of ``annotations.db`` as sqlite-utils migrations (never edit a released one)."""

from __future__ import annotations

import json

import sqlite_utils
from sqlite_utils.migrations import Migrations

migrations = Migrations("desktop_app.annotations")

# The palette a new annotations.db starts with: four hues at least 60° apart (a swatch of
# one is never taken for another) and clear of the commitment-kind highlights (yellow, green,
# red, blue in ``render.KIND_COLOURS``) and the orange of search hits, so a highlight is never
# taken for a detected commitment. Each keeps dark text (``render.HIGHLIGHT_TEXT``) readable.
# Only new databases are seeded here: an existing database keeps the palette it has (it is the
# user's data), including the defaults of earlier versions (see ``SEEDED_MEANINGS``).
DEFAULT_PALETTE = (
    ("belangrijk", "#fb74c3", "Belangrijk: kernpassage"),  # pink, 325°
    ("vraag", "#30dce8", "Vraag: navragen of uitzoeken"),  # cyan, 184°
    ("lesmateriaal", "#89e03e", "Lesmateriaal: passage voor een verzameling"),  # lime, 92°
    ("kritiek", "#b690f9", "Kritiek: zwak punt of risico"),  # violet, 262°
)

# Every meaning a default colour was ever seeded with. The window shows a translated label
# and meaning for a default colour whose stored meaning is still one of these (the stored rows
# are never rewritten); a meaning the user typed is shown as typed.
SEEDED_MEANINGS: dict[str, tuple[str, ...]] = {
    "belangrijk": ("Belangrijk: kernpassage",),
    "vraag": ("Vraag: navragen of uitzoeken",),
    "lesmateriaal": ("Lesmateriaal: voor een cursusmap",
                     "Lesmateriaal: passage voor een verzameling"),
    "kritiek": ("Kritiek: zwak punt of risico",),
}


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    """Annotations, palette, collections, commitment reviews and history."""
    db.execute(
        """CREATE TABLE palette (
            name TEXT PRIMARY KEY, hex TEXT NOT NULL, meaning TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0)"""
    )
    db.execute(
        """CREATE TABLE annotations (
            id TEXT PRIMARY KEY, letter_id TEXT NOT NULL,
            "start" INTEGER NOT NULL, "end" INTEGER NOT NULL,
            quote TEXT NOT NULL, prefix TEXT NOT NULL DEFAULT '', suffix TEXT NOT NULL DEFAULT '',
            color TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', tags TEXT NOT NULL DEFAULT '[]',
            author TEXT NOT NULL DEFAULT '', created TEXT NOT NULL, modified TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'ok' CHECK (status IN ('ok', 'moved', 'orphan')),
            CHECK ("start" <= "end"))"""
    )
    db.execute("CREATE INDEX annotations_letter ON annotations (letter_id)")
    db.execute(
        """CREATE TABLE collections (
            id TEXT PRIMARY KEY, title TEXT NOT NULL, introduction TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL, modified TEXT NOT NULL)"""
    )
    db.execute(
        """CREATE TABLE collection_items (
            id TEXT PRIMARY KEY,
            collection_id TEXT NOT NULL REFERENCES collections(id),
            position INTEGER NOT NULL,
            annotation_id TEXT REFERENCES annotations(id),
            heading TEXT,
            CHECK ((annotation_id IS NULL) <> (heading IS NULL)))"""
    )
    db.execute("CREATE INDEX collection_items_collection ON collection_items (collection_id)")
    db.execute("CREATE INDEX collection_items_annotation ON collection_items (annotation_id)")
    db.execute(
        """CREATE TABLE commitment_reviews (
            key TEXT PRIMARY KEY, letter_id TEXT NOT NULL, quote TEXT NOT NULL,
            verdict TEXT CHECK (verdict IN ('confirmed', 'rejected')),
            kind TEXT, deadline TEXT,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
            note TEXT NOT NULL DEFAULT '', author TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL, modified TEXT NOT NULL)"""
    )
    db.execute("CREATE INDEX commitment_reviews_letter ON commitment_reviews (letter_id)")
    db.execute(
        """CREATE TABLE history (
            id INTEGER PRIMARY KEY AUTOINCREMENT, label TEXT NOT NULL, at TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('done', 'undone', 'dropped')),
            changes TEXT NOT NULL)"""
    )
    for position, (name, hex_value, meaning) in enumerate(DEFAULT_PALETTE):
        db.execute(
            "INSERT INTO palette (name, hex, meaning, position) VALUES (?, ?, ?, ?)",
            [name, hex_value, meaning, position],
        )


@migrations()
def m002_collection_order(db: sqlite_utils.Database) -> None:
    """Collections get an order of their own (it was by title); keep the old order."""
    db.execute("ALTER TABLE collections ADD COLUMN position INTEGER NOT NULL DEFAULT 0")
    ids = [r[0] for r in db.execute("SELECT id FROM collections ORDER BY title, created")]
    for position, collection_id in enumerate(ids):
        db.execute("UPDATE collections SET position = ? WHERE id = ?", [position, collection_id])


@migrations()
def m003_review_anchors(db: sqlite_utils.Database) -> None:
    """Reviews remember where their commitment was (start/end, 32 characters of context and
    the detected kind), so a review follows its commitment when the wording changes.

    Existing reviews keep their key and quote; without a position they are matched by their
    exact quote, and they get a position the next time they are changed.
    """
    for column in ('"start" INTEGER', '"end" INTEGER', "prefix TEXT NOT NULL DEFAULT ''",
                   "suffix TEXT NOT NULL DEFAULT ''", "detected_kind TEXT"):
        db.execute(f"ALTER TABLE commitment_reviews ADD COLUMN {column}")
    # Undo compares a row with the one recorded; recorded reviews get the new columns too,
    # so changes made before this version can still be undone and redone.
    added = {"start": None, "end": None, "prefix": "", "suffix": "", "detected_kind": None}
    for entry_id, changes in db.execute("SELECT id, changes FROM history").fetchall():
        recorded = json.loads(changes)
        rows = [change[side] for change in recorded if change["table"] == "commitment_reviews"
                for side in ("before", "after") if change[side] is not None]
        if rows:
            for row in rows:
                for column, value in added.items():
                    row.setdefault(column, value)
            db.execute("UPDATE history SET changes = ? WHERE id = ?",
                       [json.dumps(recorded, ensure_ascii=False), entry_id])


@migrations()
def m004_letter_edits(db: sqlite_utils.Database) -> None:
    """A person's corrections of a letter's details (title, date, reference …), kept as user
    data keyed by the letter id: NULL is "no correction, show what the letter says"."""
    db.execute(
        """CREATE TABLE letter_edits (
            letter_id TEXT PRIMARY KEY, title TEXT, subject TEXT, date TEXT, dossier TEXT,
            number TEXT, vergaderjaar TEXT, signatory TEXT, signatory_role TEXT,
            reference TEXT, chamber TEXT, author TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL, modified TEXT NOT NULL)"""
    )


@migrations()
def m005_exchange(db: sqlite_utils.Database) -> None:
    """Annotations keep the W3C motivation another tool gave them ('' for ours), and
    annotations imported for a letter not in the library wait in ``pending_annotations``
    (user data: the item as read, its target's source) until that letter is imported."""
    db.execute("ALTER TABLE annotations ADD COLUMN motivation TEXT NOT NULL DEFAULT ''")
    db.execute(
        """CREATE TABLE pending_annotations (
            id TEXT PRIMARY KEY, source TEXT NOT NULL, data TEXT NOT NULL,
            received TEXT NOT NULL, modified TEXT NOT NULL)"""
    )
    # Undo compares a row with the one recorded: recorded annotations get the new column.
    for entry_id, changes in db.execute("SELECT id, changes FROM history").fetchall():
        recorded = json.loads(changes)
        rows = [change[side] for change in recorded if change["table"] == "annotations"
                for side in ("before", "after") if change[side] is not None]
        if rows:
            for row in rows:
                row.setdefault("motivation", "")
            db.execute("UPDATE history SET changes = ? WHERE id = ?",
                       [json.dumps(recorded, ensure_ascii=False), entry_id])


@migrations()
def m006_sharing(db: sqlite_utils.Database) -> None:
    """Team sharing through a pack folder (``store/sharing.py``).

    History entries carry the person whose change they are ('' for the person of this data
    folder; a colleague's person id for what a sync read from their pack): undo and redo
    step through one's own entries only. ``share_annotations`` marks, per annotation id, its
    owner (``origin``: '' is one's own, else the colleague's person id) with the version last
    published or received and a fingerprint of that version's content, so "changed here
    since the last sync" can be told. ``share_tombstones`` are deletions travelling through
    the packs, ``share_conflicts`` annotations changed on both sides (both versions kept),
    ``share_people`` the colleagues whose packs were read, ``share_settings`` the pack folder,
    display name and person id of this data folder. Existing annotations are all one's own.
    """
    db.execute("ALTER TABLE history ADD COLUMN person TEXT NOT NULL DEFAULT ''")
    db.execute("CREATE TABLE share_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute(
        """CREATE TABLE share_annotations (
            id TEXT PRIMARY KEY, origin TEXT NOT NULL, version INTEGER NOT NULL,
            modified TEXT NOT NULL, base TEXT NOT NULL)"""
    )
    db.execute("CREATE INDEX share_annotations_origin ON share_annotations (origin)")
    db.execute(
        """CREATE TABLE share_tombstones (
            id TEXT PRIMARY KEY, origin TEXT NOT NULL, deleted TEXT NOT NULL,
            version INTEGER NOT NULL)"""
    )
    db.execute(
        """CREATE TABLE share_conflicts (
            id INTEGER PRIMARY KEY AUTOINCREMENT, annotation_id TEXT NOT NULL,
            origin TEXT NOT NULL, version INTEGER NOT NULL, modified TEXT NOT NULL,
            found TEXT NOT NULL, mine TEXT, theirs TEXT,
            state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'mine', 'theirs')),
            resolved TEXT)"""
    )
    db.execute("CREATE INDEX share_conflicts_annotation ON share_conflicts (annotation_id)")
    db.execute(
        """CREATE TABLE share_people (
            person TEXT PRIMARY KEY, name TEXT NOT NULL, written TEXT NOT NULL,
            read TEXT NOT NULL)"""
    )


@migrations()
def m007_lineage_links(db: sqlite_utils.Database) -> None:
    """Commitment lineage as user data (``store/lineage_links.py``): a person's confirmed or
    rejected link from a commitment (the promise) to a sentence of a later letter that
    fulfils, postpones, repeats or changes it.

    Both sides are anchored as annotations are: the quote, its span and 32 characters of
    context, so a link follows its sentences when detection or a letter's wording changes.
    ``promise_key`` is the key of the commitment's review when the link was made; ``old_due``
    (a postponement) the due date the commitment had before it, ``new_due`` the one after.
    """
    db.execute(
        """CREATE TABLE lineage_links (
            id TEXT PRIMARY KEY,
            letter_id TEXT NOT NULL, promise_key TEXT NOT NULL DEFAULT '',
            promise_start INTEGER NOT NULL, promise_end INTEGER NOT NULL,
            promise_quote TEXT NOT NULL, promise_prefix TEXT NOT NULL DEFAULT '',
            promise_suffix TEXT NOT NULL DEFAULT '',
            later_letter_id TEXT NOT NULL, later_start INTEGER NOT NULL,
            later_end INTEGER NOT NULL, later_quote TEXT NOT NULL,
            later_prefix TEXT NOT NULL DEFAULT '', later_suffix TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL
                CHECK (kind IN ('fulfils', 'postpones', 'repeats', 'changes')),
            new_due TEXT, old_due TEXT,
            state TEXT NOT NULL CHECK (state IN ('confirmed', 'rejected')),
            note TEXT NOT NULL DEFAULT '', author TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL, modified TEXT NOT NULL,
            CHECK (promise_start <= promise_end AND later_start <= later_end))"""
    )
    db.execute("CREATE INDEX lineage_links_letter ON lineage_links (letter_id)")
    db.execute("CREATE INDEX lineage_links_later ON lineage_links (later_letter_id)")
