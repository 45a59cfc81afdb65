"""Course packs: the content of an export, gathered from a collection, a tag or a selection.

A :class:`CoursePack` is plain data (title, introduction, sections of passages with their
citations), built from the library once and then rendered by every format alike. It is also
what the window previews before exporting (:meth:`CoursePack.summary`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from desktop_app.errors import NotFound
from desktop_app.export import wording
from desktop_app.export.citation import (
    citation,
    dutch_date,
    letter_name,
    page_number,
    paragraph_number,
    published_url,
)
from desktop_app.export.errors import CollectionNotFound, NothingToExport
from desktop_app.model import Annotation, Collection, Letter, Metadata
from desktop_app.progress import Cancelled, Progress, no_progress, not_cancelled


class ExportCancelled(Exception):
    """The user cancelled a running export; nothing was written."""


@dataclass(frozen=True)
class Passage:
    """One quoted passage with its source, the annotator's note and tags."""

    annotation_id: str
    letter_id: str
    quote: str
    citation: str  # "Kamerstukken II 2020/21, 19 637, nr. 2764, brief van …, alinea 4"
    source_title: str  # the letter's subject or title, else its file name, else its id
    letter_date: str | None = None
    paragraph: int | None = None
    note: str = ""
    author: str = ""
    tags: tuple[str, ...] = ()
    orphan: bool = False  # the passage is no longer found in the letter's current text
    link: str = ""  # the published letter's address (also at the end of ``citation``)


@dataclass(frozen=True)
class Section:
    """A run of passages under an optional heading."""

    heading: str | None
    passages: tuple[Passage, ...] = ()


@dataclass(frozen=True)
class CoursePack:
    """Everything an exported document shows, in order."""

    title: str
    introduction: str = ""
    sections: tuple[Section, ...] = ()
    subtitle: str = ""
    made_on: str = field(default_factory=lambda: date.today().isoformat())
    include_notes: bool = True

    @property
    def passages(self) -> list[Passage]:
        return [p for s in self.sections for p in s.passages]

    def without_notes(self) -> CoursePack:
        """The same pack with personal notes (and who wrote them) left out."""
        sections = tuple(
            replace(s, passages=tuple(replace(p, note="", author="") for p in s.passages))
            for s in self.sections
        )
        return replace(self, sections=sections, include_notes=False)

    def summary(self) -> dict[str, object]:
        """What will be included: counts and section headings, for a preview."""
        passages = self.passages
        return {
            "title": self.title,
            "sections": [s.heading for s in self.sections],
            "passages": len(passages),
            "letters": len({p.letter_id for p in passages}),
            "notes": sum(1 for p in passages if p.note),
            "orphans": sum(1 for p in passages if p.orphan),
        }


class _Letters:
    """Letters fetched once each; a deleted letter is None (its annotations are kept)."""

    def __init__(self, library):
        self.library = library
        self.cache: dict[str, Letter | None] = {}

    def get(self, letter_id: str) -> Letter | None:
        if letter_id not in self.cache:
            try:
                self.cache[letter_id] = self.library.letter(letter_id)
            except NotFound:
                self.cache[letter_id] = None
        return self.cache[letter_id]


def make_passage(ann: Annotation, letter: Letter | None) -> Passage:
    """A passage with a citation from what the letter states about itself."""
    md = letter.metadata if letter else Metadata()
    orphan = ann.status == "orphan"
    para = paragraph_number(letter, ann.start) if letter and not orphan else None
    page = page_number(letter, ann.start) if letter and not orphan else None
    source = letter.source if letter else None
    label = letter_name(md, ann.letter_id, source)
    link = published_url(md, ann.letter_id) or ""
    if letter:
        cite = citation(md, para, letter_id=ann.letter_id, source=source, page=page)
    else:
        cite = f"Brief {ann.letter_id} (niet meer in de bibliotheek)"
        cite += f" ({link})" if link else ""
    return Passage(
        annotation_id=ann.id, letter_id=ann.letter_id, quote=ann.quote, citation=cite,
        source_title=label, letter_date=md.date, paragraph=para, note=ann.note.strip(),
        author=ann.author, tags=ann.tags, orphan=orphan, link=link,
    )  # fmt: skip


def _passages(library, annotations: list[Annotation], progress: Progress,
              cancelled: Cancelled) -> list[Passage]:
    letters = _Letters(library)
    out = []
    for done, ann in enumerate(annotations):
        if cancelled():
            raise ExportCancelled()
        progress(done, len(annotations))
        out.append(make_passage(ann, letters.get(ann.letter_id)))
    progress(len(annotations), len(annotations))
    return out


def find_collection(library, name: str) -> Collection:
    """A collection by id or by title (case-insensitive); raises NotFound."""
    store = library.annotations
    for coll in store.collections():
        if coll.id == name or coll.title.casefold() == name.strip().casefold():
            return coll
    titles = ", ".join(f"'{c.title}'" for c in store.collections()) or "none yet"
    raise CollectionNotFound(f"There is no collection '{name}'. Collections: {titles}.",
                             "no-collection", name=name)


def pack_from_collection(library, name: str, *, progress: Progress = no_progress,
                         cancelled: Cancelled = not_cancelled) -> CoursePack:
    """A pack in the collection's order; its section headings start sections."""
    coll = find_collection(library, name)
    ids = [i.annotation_id for i in coll.items if i.annotation_id]
    by_id = {a.id: a for a in library.annotations.annotations() if a.id in set(ids)}
    passages = iter(_passages(library, [by_id[i] for i in ids if i in by_id],
                              progress, cancelled))
    sections: list[Section] = []
    heading, current = None, []
    for item in coll.items:
        if item.heading is not None:
            if current or heading is not None:
                sections.append(Section(heading, tuple(current)))
            heading, current = item.heading, []
        elif item.annotation_id in by_id:
            current.append(next(passages))
    if current or heading is not None:
        sections.append(Section(heading, tuple(current)))
    return CoursePack(title=coll.title, introduction=coll.introduction,
                      sections=tuple(sections), subtitle=wording.COURSE_MATERIAL)


def _by_letter(passages: list[Passage]) -> tuple[Section, ...]:
    """Sections per letter, oldest letter first, passages in text order."""
    groups: dict[str, list[Passage]] = {}
    for p in passages:
        groups.setdefault(p.letter_id, []).append(p)
    ordered = sorted(groups.values(), key=lambda ps: (ps[0].letter_date or "9999", ps[0].letter_id))
    return tuple(Section(_section_heading(ps[0]), tuple(ps)) for ps in ordered)


def _section_heading(p: Passage) -> str:
    when = dutch_date(p.letter_date)
    return f"{p.source_title} ({when})" if when else p.source_title


def pack_from_tag(library, tag: str, *, title: str | None = None,
                  progress: Progress = no_progress,
                  cancelled: Cancelled = not_cancelled) -> CoursePack:
    """Every annotation with ``tag`` (or a sub-tag), one section per letter."""
    annotations = library.annotations.annotations(tag=tag)
    if not annotations:
        raise NothingToExport(f"No annotations have the tag '{tag}'. List annotations and "
                              "their tags with `desktop-app annotations`.",
                              "no-tag-annotations", tag=tag)
    passages = _passages(library, annotations, progress, cancelled)
    return CoursePack(title=title or f"Passages over ‘{tag}’", subtitle=wording.tag_subtitle(tag),
                      sections=_by_letter(passages))


def pack_from_annotations(library, annotation_ids: Iterable[str], *, title: str,
                          introduction: str = "", progress: Progress = no_progress,
                          cancelled: Cancelled = not_cancelled) -> CoursePack:
    """A selection of annotations (as chosen in the window), one section per letter."""
    store = library.annotations
    annotations = [store.get(i) for i in annotation_ids]
    if not annotations:
        raise NothingToExport("Select at least one annotation to export.", "no-selection")
    passages = _passages(library, annotations, progress, cancelled)
    return CoursePack(title=title, introduction=introduction, sections=_by_letter(passages))
