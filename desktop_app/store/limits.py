"""What an annotation may hold: limits and checks shared by the store, the CLI, the window
and the W3C import, and reading its times.

A note holds at most :data:`MAX_NOTE_CHARS` characters, a tag :data:`MAX_TAG_CHARS`;
positions are whole numbers ``0 <= start <= end <= MAX_OFFSET``; text must be encodable as
UTF-8 (no lone UTF-16 surrogates). Times are ISO 8601 and compared as moments in UTC.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from datetime import UTC, datetime

from desktop_app.errors import UserError
from desktop_app.model import Annotation

MAX_NOTE_CHARS = 1_000_000  # a note (Markdown) of at most a million characters (~1 MB)
MAX_OFFSET = 100_000_000  # positions in a letter's text; letters are far shorter than this
MAX_TAG_CHARS = 1_000
MAX_TAGS = 100  # tags on one annotation
MAX_TITLE_CHARS = 500  # a collection's title or a section heading


def text_problem(value: object, what: str, limit: int = MAX_NOTE_CHARS) -> str | None:
    """Why ``value`` cannot be stored as text (not a string, too long, not encodable), or None."""
    if not isinstance(value, str):
        return f"{what} must be text"
    if len(value) > limit:
        return (f"{what} has {len(value):,} characters, more than the {limit:,} allowed; "
                "shorten it")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        code = ord(value[exc.start])
        return (f"{what} contains an invalid character (U+{code:04X}, half of a UTF-16 "
                f"surrogate pair) at position {exc.start}; remove it")
    return None


def offset_problem(start: object, end: object, limit: int = MAX_OFFSET) -> str | None:
    """Why ``start``/``end`` are not a position in a letter's text, or None."""
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
        return "start and end must be whole numbers"
    if not 0 <= start <= end <= limit:  # type: ignore[operator]
        return f"start and end must satisfy 0 <= start <= end <= {limit:,}"
    return None


def parse_time(value: object) -> datetime | None:
    """An ISO 8601 time as an aware UTC datetime ('Z' accepted; no offset means UTC)."""
    if not isinstance(value, str):
        return None
    try:
        stamp = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=UTC)
    return stamp.astimezone(UTC)


def time_problem(ann: Annotation) -> str | None:
    """Why an annotation's ``created``/``modified`` times cannot be compared, or None."""
    for name in ("created", "modified"):
        value = getattr(ann, name)
        if parse_time(value) is None:
            return (f"its {name} time {str(value)[:40]!r} is not a date and time; "
                    "write it as ISO 8601, e.g. 2024-05-01T14:30:00+02:00")
    return None


def tag_problem(tag: object) -> str | None:
    """Why ``tag`` cannot be a tag (text as for notes, at most 1,000 characters, no control
    character or comma: the window lists tags separated by commas, one per line), or None."""
    problem = text_problem(tag, "a tag", MAX_TAG_CHARS)
    if problem:
        return problem
    assert isinstance(tag, str)
    if any(ch == "," or unicodedata.category(ch) in ("Cc", "Zl", "Zp") for ch in tag):
        return (f"the tag {tag[:40]!r} contains a comma or a control character (a line "
                "break, a tab); tags are single words or paths such as thema/asiel")
    return None


def annotation_problem(ann: Annotation) -> str | None:
    """Why an annotation cannot be stored as it is (id, times, positions, text), or None."""
    if not isinstance(ann.id, str) or not ann.id.strip():
        return "its id is empty"
    if not isinstance(ann.letter_id, str) or not ann.letter_id.strip():
        return "it names no letter"
    if len(ann.tags) > MAX_TAGS:
        return f"it has {len(ann.tags):,} tags, more than the {MAX_TAGS:,} allowed"
    problem = time_problem(ann) or offset_problem(ann.start, ann.end)
    if problem:
        return problem
    texts = [("id", ann.id), ("letter id", ann.letter_id), ("quote", ann.quote),
             ("prefix", ann.prefix), ("suffix", ann.suffix), ("colour", ann.color),
             ("note", ann.note), ("author", ann.author)]  # fmt: skip
    problems = (*(text_problem(value, what) for what, value in texts),
                *(tag_problem(tag) for tag in ann.tags))
    return next((p for p in problems if p), None)


def check_note(note: str | None, tags: Iterable[str] | None = None) -> None:
    """Refuse a note (or tags) the store cannot keep, with what to do (window and CLI)."""
    problem = text_problem(note, "The note") if note is not None else None
    tags = list(tags or ())
    if len(tags) > MAX_TAGS:
        problem = problem or f"{len(tags):,} tags are more than the {MAX_TAGS:,} allowed"
    for tag in tags:
        problem = problem or tag_problem(tag)
    if problem:
        raise UserError(f"{problem}. Nothing was saved.", code="bad-note", problem=problem,
                        limit=MAX_NOTE_CHARS)


def newer(incoming: str, stored: str) -> bool:
    """True when the time ``incoming`` is later than ``stored`` (an unreadable stored time
    is older than any other: it cannot have been written by this app)."""
    mine = parse_time(stored)
    theirs = parse_time(incoming)
    if theirs is None:
        return False
    return mine is None or theirs > mine


def check_collection_texts(*, title: str | None = None, introduction: str | None = None,
                           heading: str | None = None) -> None:
    """Refuse a collection title, introduction or heading the store cannot keep sensibly (a
    title shows in lists and on a course pack's title page), saying the limit."""
    for what, value, limit in (("The title", title, MAX_TITLE_CHARS),
                               ("The introduction", introduction, MAX_NOTE_CHARS),
                               ("The heading", heading, MAX_TITLE_CHARS)):
        problem = text_problem(value, what, limit) if value is not None else None
        if problem:
            raise UserError(f"{problem}. Nothing was saved.", code="bad-note", problem=problem,
                            limit=limit)
