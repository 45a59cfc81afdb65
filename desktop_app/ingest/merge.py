"""One letter read from several files (PDF, text, markdown, HTML, XML): one merged letter.

The rules, in one place so an import and a rebuild from ``originals/`` give the same letter:

- **Which text is shown**: the text (with its blocks and footnotes) of the best-ranked
  format, :data:`FORMAT_RANK`. One rule, no mixing: positions (commitments, annotations)
  are offsets into exactly one file's normalised text.
- **Metadata, field by field**: a field only one source states is taken from it; when
  several state it, the best-ranked format's value wins. Fields that belong together are
  taken together from one source (dossier + number, signatory + role), from the source
  that states most of them (then the better-ranked): never half of one and half of another.
  A person's corrections (``store.letter_edits``) are applied on top when the letter is read.

The ranking, best first: the official **XML** (the publication itself, its details in
marked-up fields), **HTML** of the official sites (structure and metadata in markup),
**markdown** (structure written out), plain **text** (no structure; details found by
reading), **PDF** (text reconstructed from page positions: page furniture, footnotes at
page breaks and spacing artefacts such as "( NPCE)" are most likely there).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import PurePath

from desktop_app.model import Metadata, ParsedLetter

FORMAT_RANK = ("xml", "html", "markdown", "text", "pdf")  # best first
# how the import report names a format
FORMAT_NAMES = {"xml": "XML", "html": "HTML", "markdown": "markdown", "text": "text",
                "pdf": "PDF"}
# metadata fields taken together from one source (the first field decides it is stated)
FIELD_GROUPS: tuple[tuple[str, ...], ...] = (
    ("title",), ("subject",), ("date",), ("dossier", "number"), ("vergaderjaar",),
    ("signatory", "signatory_role"), ("reference",), ("chamber",),
)


def format_rank(fmt: str) -> int:
    """0 for the best format; unknown formats after every known one."""
    return FORMAT_RANK.index(fmt) if fmt in FORMAT_RANK else len(FORMAT_RANK)


def format_name(fmt: str) -> str:
    return FORMAT_NAMES.get(fmt, fmt)


@dataclass(frozen=True)
class MergedLetter:
    """The merged letter and where each part came from."""

    parsed: ParsedLetter  # text, blocks, footnotes, source, format: the best-ranked source's
    text_from: int  # which of the sources given that is (its index)
    formats: tuple[str, ...]  # the sources' formats, best first
    # field -> format its value was taken from, for the fields the sources did not all state
    # alike (one lacked it, or they differ); fields every source states alike are not listed
    taken: tuple[tuple[str, str], ...] = ()

    @property
    def text_format(self) -> str:
        return self.parsed.format


def _stated(value: str | None) -> bool:
    return bool(value and value.strip())


def _group_source(group: tuple[str, ...], ordered: Sequence[ParsedLetter]) -> ParsedLetter | None:
    """The source that states most fields of ``group`` (the better-ranked of equals);
    None when none states its first field."""
    best, best_count = None, 0
    for parsed in ordered:
        md = parsed.metadata
        if not _stated(getattr(md, group[0])):
            continue
        count = sum(_stated(getattr(md, name)) for name in group)
        if count > best_count:
            best, best_count = parsed, count
    return best


def _order(sources: Sequence[ParsedLetter]) -> list[int]:
    """Indexes of the sources, best first; equal formats (a ``.txt`` read as markdown beside
    an ``.md``) by file extension, so an import and a rebuild order them alike."""
    return sorted(range(len(sources)), key=lambda i: (
        format_rank(sources[i].format), PurePath(sources[i].source).suffix.lower()))


def merge_sources(sources: Sequence[ParsedLetter]) -> MergedLetter:
    """Merge parsed files of one letter (see the module's rules); ``sources`` non-empty."""
    if not sources:
        raise ValueError("merge_sources needs at least one source")
    order = _order(sources)
    ordered = [sources[i] for i in order]
    best = ordered[0]
    values: dict[str, str | None] = dict.fromkeys(best.metadata.to_dict())
    taken: list[tuple[str, str]] = []
    for group in FIELD_GROUPS:
        source = _group_source(group, ordered)
        if source is None:
            continue
        for name in group:
            values[name] = getattr(source.metadata, name)
        seen = {tuple(getattr(p.metadata, n) for n in group) for p in ordered}
        if len(seen) > 1:  # the sources did not all say the same
            taken.append((group[0], source.format))
    metadata = Metadata.from_dict(values)
    return MergedLetter(parsed=replace(best, metadata=metadata), text_from=order[0],
                        formats=tuple(p.format for p in ordered), taken=tuple(taken))
