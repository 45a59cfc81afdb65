"""Plain domain dataclasses shared by ingest, detection, search, storage and the UI.

Every position is a ``(start, end)`` character offset into a letter's normalised text
(``Letter.text``): structure blocks, footnotes, commitments, search hits and annotations
all use that one coordinate system.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

METADATA_FIELDS = (
    "title",
    "subject",
    "date",
    "dossier",
    "number",
    "vergaderjaar",
    "signatory",
    "signatory_role",
    "reference",
    "chamber",
)

BLOCK_KINDS = ("heading", "paragraph", "list_item", "table_row", "signature", "footnote")
COMMITMENT_KINDS = ("promise", "action", "refusal", "earlier")


@dataclass(frozen=True)
class Metadata:
    """What the letter itself says about itself; a field is None when the text does not say it."""

    title: str | None = None
    subject: str | None = None
    date: str | None = None  # ISO yyyy-mm-dd
    dossier: str | None = None  # "35925-VI", "21501-02", "34300-J"
    number: str | None = None  # ondernummer: "38", "S"
    vergaderjaar: str | None = None  # "2021-2022"
    signatory: str | None = None  # several signatories are joined with "; "
    signatory_role: str | None = None  # aligned with signatory, joined with "; "
    reference: str | None = None  # Ons kenmerk
    chamber: str | None = None  # "Tweede Kamer" | "Eerste Kamer"

    def to_dict(self) -> dict[str, str | None]:
        return {name: getattr(self, name) for name in METADATA_FIELDS}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Metadata:
        return cls(**{name: data.get(name) for name in METADATA_FIELDS})


@dataclass(frozen=True)
class Block:
    """A structural span of the normalised text (paragraph, heading, list item, footnote …)."""

    kind: str
    start: int
    end: int
    level: int = 0  # heading level (1..6); list nesting depth
    label: str = ""  # list bullet/number ("1.", "a)", "•"), footnote marker ("1")
    page: int = 0  # the page of the source it starts on (1 …); 0: the source has no pages


@dataclass(frozen=True)
class Footnote:
    """A footnote taken out of the running text.

    The note's own text is a ``footnote`` block at the end of the letter text
    (``start``/``end``); ``refs`` are the offsets of its marker(s) in the body.
    """

    marker: str
    start: int
    end: int
    refs: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Commitment:
    """A detected commitment; ``deadline`` is ``{"from": iso, "to": iso}`` or None.

    ``confidence`` is ``"high"`` (shown as a full highlight, listed in the overview by default)
    or ``"possible"`` (drawn lighter; statements about the letter itself, ongoing efforts and
    sentences the detector is unsure of).
    """

    start: int
    end: int
    text: str
    kind: str
    actor: str | None
    deadline_text: str | None
    deadline: dict[str, str] | None
    cue: str
    confidence: str = "high"

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Commitment:
        values = {f.name: data[f.name] for f in fields(cls) if f.name in data}
        return cls(**{f.name: None for f in fields(cls) if f.name != "confidence"} | values)


@dataclass(frozen=True)
class ParsedLetter:
    """The result of reading one file: normalised text, its structure and metadata."""

    source: str
    format: str  # "text", "markdown", "html", "xml", "pdf"
    metadata: Metadata
    text: str
    blocks: tuple[Block, ...] = ()
    footnotes: tuple[Footnote, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        from desktop_app.ingest.ids import letter_id

        return letter_id(self.metadata, self.text)


@dataclass(frozen=True)
class Letter:
    """A letter in the library."""

    id: str
    metadata: Metadata
    text: str
    blocks: tuple[Block, ...] = ()
    footnotes: tuple[Footnote, ...] = ()
    commitments: tuple[Commitment, ...] = ()
    source: str = ""  # original path it was imported from
    format: str = ""
    imported_at: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of ``show``/``inspect``."""
        return {
            "source": self.source,
            "id": self.id,
            "metadata": self.metadata.to_dict(),
            "text": self.text,
            "commitments": [c.to_dict() for c in self.commitments],
        }


@dataclass(frozen=True)
class LetterSummary:
    """One row of the letter list: what a table needs without the text."""

    id: str
    metadata: Metadata
    commitment_count: int = 0
    annotation_count: int = 0
    source: str = ""
    chars: int = 0


def block_to_dict(block: Block) -> dict[str, Any]:
    return asdict(block)


def footnote_to_dict(note: Footnote) -> dict[str, Any]:
    data = asdict(note)
    data["refs"] = [list(r) for r in note.refs]
    return data


def footnote_from_dict(data: dict[str, Any]) -> Footnote:
    return Footnote(
        marker=data["marker"],
        start=data["start"],
        end=data["end"],
        refs=tuple(tuple(r) for r in data.get("refs", ())),
    )


__all__ = [
    "BLOCK_KINDS",
    "COMMITMENT_KINDS",
    "METADATA_FIELDS",
    "Block",
    "Commitment",
    "Footnote",
    "Letter",
    "LetterSummary",
    "Metadata",
    "ParsedLetter",
    "block_to_dict",
    "footnote_from_dict",
    "footnote_to_dict",
]


@dataclass(frozen=True)
class Snippet:
    """An excerpt of a letter: ``text == letter.text[start:end]``; ``highlights`` are absolute."""

    text: str
    start: int
    end: int
    highlights: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class SearchHit:
    """One search result; ``matches`` are offsets of every matched word in ``Letter.text``.

    ``kind`` is "letter", "commitment" or "annotation"; for the latter two ``ref`` is the
    commitment index or the annotation id and ``start``/``end`` its span in the letter.
    """

    id: str
    title: str | None
    date: str | None
    score: float
    snippets: tuple[Snippet, ...] = ()
    matches: tuple[tuple[int, int], ...] = ()
    kind: str = "letter"
    ref: str | None = None
    start: int | None = None
    end: int | None = None
    dossier: str | None = None
    signatory: str | None = None
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of ``search --json``."""
        data: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "date": self.date,
            "score": round(self.score, 4),
            "snippets": [{"text": s.text, "start": s.start, "end": s.end} for s in self.snippets],
            "matches": [list(m) for m in self.matches],
        }
        if self.kind != "letter":
            data.update(kind=self.kind, ref=self.ref, start=self.start, end=self.end)
        return data


@dataclass(frozen=True)
class SearchResult:
    """A page of hits; ``error`` explains a malformed query that was searched best-effort."""

    query: str
    total: int
    hits: tuple[SearchHit, ...] = ()
    facets: dict[str, dict[str, int]] | None = None  # facet -> value -> hit count
    suggestion: str | None = None
    error: str | None = None
    elapsed_ms: float = 0.0
    # True when ``total`` (and the facet counts) are estimated from a proved sample: a
    # common phrase is not proved in every candidate letter just to count it
    total_is_estimate: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of ``search --json``."""
        data: dict[str, Any] = {
            "query": self.query,
            "total": self.total,
            "hits": [h.to_dict() for h in self.hits],
            "suggestion": self.suggestion,
        }
        if self.total_is_estimate:
            data["total_is_estimate"] = True
        if self.error:
            data["error"] = self.error
        return data


# --- Annotations (user data; stored in annotations.db by desktop_app.store.annotations) ---

ANCHOR_STATUSES = ("ok", "moved", "orphan")


@dataclass(frozen=True)
class Annotation:
    """A highlighted passage with a note and tags (W3C TextPosition + TextQuote selectors)."""

    id: str
    letter_id: str
    start: int
    end: int
    quote: str
    prefix: str = ""
    suffix: str = ""
    color: str = "belangrijk"  # a palette name, not a hex value
    note: str = ""  # Markdown
    tags: tuple[str, ...] = ()  # hierarchical: "thema/asiel"
    author: str = ""
    created: str = ""  # ISO 8601 UTC
    modified: str = ""
    status: str = "ok"  # one of ANCHOR_STATUSES
    # W3C motivations another tool gave it ("bookmarking", "questioning" …, space-separated);
    # "" for ours: exported as "commenting" with a note, else "highlighting"
    motivation: str = ""


@dataclass(frozen=True)
class PaletteColor:
    """A named highlight colour with its meaning ("vraag": open question)."""

    name: str
    hex: str
    meaning: str = ""
    position: int = 0


@dataclass(frozen=True)
class CollectionItem:
    """One entry of a collection: an annotation or a section heading."""

    id: str
    position: int
    annotation_id: str | None = None
    heading: str | None = None


@dataclass(frozen=True)
class Collection:
    """An ordered course pack: title, introduction, annotations and section headings."""

    id: str
    title: str
    introduction: str = ""
    created: str = ""
    modified: str = ""
    items: tuple[CollectionItem, ...] = ()
    position: int = 0  # the collection's place in the list of collections


@dataclass(frozen=True)
class CommitmentReview:
    """A person's verdict on a detected commitment, anchored to survive re-detection.

    ``quote``, ``start``/``end`` and ``prefix``/``suffix`` say which commitment it was and
    where (as annotations do), so it follows the commitment when the wording changes
    (``store.reviews.match_reviews``). Reviews made before version 3 of the schema have no
    position (``start`` is None) and are matched by their exact quote.
    """

    key: str  # the id: letter_id + ":" + sha1 of the text first reviewed (+ "-N" for twins)
    letter_id: str
    quote: str
    verdict: str | None = None  # "confirmed" | "rejected" | None (not yet judged)
    kind: str | None = None  # corrected kind
    deadline: str | None = None  # corrected deadline, ISO date
    status: str = "open"  # "open" | "done"
    note: str = ""
    author: str = ""
    created: str = ""
    modified: str = ""
    start: int | None = None  # the commitment's span when last reviewed
    end: int | None = None
    prefix: str = ""  # up to 32 characters before and after it (empty when not known)
    suffix: str = ""
    detected_kind: str | None = None  # the kind the detector gave it


@dataclass(frozen=True)
class HistoryEntry:
    """One recorded change: what, when, and whether it is currently undone."""

    id: int
    label: str
    at: str
    state: str  # "done" | "undone" | "dropped"
    changes: int  # number of rows it touched


@dataclass(frozen=True)
class ReanchorReport:
    """What re-anchoring one letter did, annotation ids per outcome."""

    letter_id: str
    ok: tuple[str, ...] = ()
    moved: tuple[str, ...] = ()
    orphaned: tuple[str, ...] = ()
