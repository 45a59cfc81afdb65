"""Paths of the test data (importable from any test: pytest's pythonpath includes tests/)."""

from html.parser import HTMLParser
from pathlib import Path

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
