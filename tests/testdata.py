"""Paths of the test data (importable from any test: pytest's pythonpath includes tests/)."""

from html.parser import HTMLParser
from pathlib import Path

from desktop_app.model import Block, Letter, Metadata

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
SEED_DIR = DATA / "seed-letters"
REAL_DIR = DATA / "real-letters"
LETTERS_DIR = ROOT / "letters"


def seed_id(name: str) -> str:
    """The library id of a seed letter (hash ids follow the normaliser, so never hard-code)."""
    from desktop_app.ingest import read_file

    return read_file(SEED_DIR / name).id


SEED_001_ID = seed_id("001_9568cf77c8ab2b63.txt")  # the only letter that says "intervisie"
SEED_002_ID = seed_id("002_0c0b669893b9a50c.txt")


def select_in_reader(window, phrase: str) -> tuple[int, int]:
    """Select the first occurrence of ``phrase`` in the window's reader as a person would
    (a text cursor over it, focus in the letter); returns its span in the letter's text."""
    from PySide6.QtGui import QTextCursor

    reader = window.reader
    start = reader.letter.text.index(phrase)
    cursor = QTextCursor(reader.view.document())
    cursor.setPosition(reader.document_position(start))
    cursor.setPosition(reader.document_position(start + len(phrase)),
                       QTextCursor.MoveMode.KeepAnchor)
    reader.view.setTextCursor(cursor)
    reader.view.setFocus()
    return start, start + len(phrase)


class Markup(HTMLParser):
    """The tags (start and self-closing) and their attributes of an HTML text."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {k: v or "" for k, v in attrs}))

    handle_startendtag = handle_starttag


# The three-letter lineage chain (tests/data/lineage/chain: made-up letters of dossier 31016):
# a promise, its postponement and its fulfilment.
CHAIN_DIR = DATA / "lineage" / "chain"
CHAIN_PROMISE, CHAIN_POSTPONEMENT, CHAIN_FULFILMENT = "kst-31016-58", "kst-31016-61", "kst-31016-65"
CHAIN_FILES = {CHAIN_PROMISE: "1_promise_31016-58.txt",
               CHAIN_POSTPONEMENT: "2_postponement_31016-61.txt",
               CHAIN_FULFILMENT: "3_fulfilment_31016-65.txt"}
CHAIN_PROMISE_START = "Ik zal uw Kamer voor 1 december 2019"


def import_chain(tmp_path):
    """A library holding the three-letter chain, imported out of date order (the fulfilment
    first); the caller closes it."""
    import shutil

    from desktop_app.library import Library

    folder = tmp_path / "files"
    folder.mkdir()
    for name in CHAIN_FILES.values():
        shutil.copy(CHAIN_DIR / name, folder / name)
    lib = Library(tmp_path / "data", seed=False)
    for lid in (CHAIN_FULFILMENT, CHAIN_PROMISE, CHAIN_POSTPONEMENT):
        assert lib.import_paths([folder / CHAIN_FILES[lid]]).added == [lid]
    return lib


def click_promise(window) -> int:
    """Open the chain's promise letter and click its commitment (as a mouse click on the
    commitment's link, the caret in it); returns the commitment's index in the letter."""
    from PySide6.QtCore import QUrl

    assert window.open_letter(CHAIN_PROMISE)
    reader = window.reader
    index = next(i for i, c in enumerate(reader.letter.commitments)
                 if c.text.startswith(CHAIN_PROMISE_START))
    c = reader.letter.commitments[index]
    assert reader.select_span(c.start, c.start + 5)
    reader.view.anchorClicked.emit(QUrl(f"#commitment-{index}"))
    return index


def record_calls(monkeypatch, owner, name: str, note=None) -> list:
    """Wrap ``owner.name`` for the test: each call appends ``note(*args, **kwargs)`` (the
    first argument when no ``note`` is given) to the returned list, then runs the original.
    Work is counted through such hooks, never timed."""
    real = getattr(owner, name)
    calls: list = []

    def recorded(*args, **kwargs):
        calls.append(note(*args, **kwargs) if note else (args[0] if args else None))
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, recorded)
    return calls


def count_quick_checks(monkeypatch) -> list[str]:
    """Record every integrity check the stores run, by database file name (the real check
    still runs): ``store.db.quick_check`` is wrapped for the test."""
    from desktop_app.store import db as store_db

    return record_calls(monkeypatch, store_db, "quick_check", lambda db: Path(
        db.execute("PRAGMA database_list").fetchone()[2]).name)


def damage_file(path: Path) -> None:
    """Overwrite 3,000 bytes in the middle of a database file (same size): a damaged page."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 3000] = b"\xa5" * min(3000, len(data) - middle)
    path.write_bytes(bytes(data))


def one_block_letter(lid: str, date: str, text: str, dossier: str = "31016", number: str = "1",
                     subject: str | None = "") -> Letter:
    """A letter of one paragraph with the metadata the linker reads (lineage tests)."""
    return Letter(id=lid, metadata=Metadata(date=date, dossier=dossier, number=number,
                                            subject=subject),
                  text=text, blocks=(Block("paragraph", 0, len(text)),))


def filler_letters(n: int) -> list[Letter]:
    """Unrelated letters of another dossier, so that word rarity means something."""
    return [one_block_letter(f"f{i}", "2010-01-01", f"Hierbij informeer ik u over onderwerp "
                             f"nummer {i} van de begroting en de uitvoering van het beleid.",
                             dossier="99999", number=str(i)) for i in range(n)]
