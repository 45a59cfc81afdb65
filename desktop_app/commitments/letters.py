"""Loading letters for evaluation and benchmarks: the ingest module when present, else a fallback.

The fallback only joins hard wraps, undoes end-of-line hyphenation and strips markdown emphasis,
so labelling and evaluation can run before (or without) ``desktop_app.ingest``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.commitments.sentences import is_list_line
from desktop_app.model import Block

_MONTHS = (
    "januari februari maart april mei juni juli augustus september oktober november december"
).split()
_DATE = re.compile(r"\b(\d{1,2}) (" + "|".join(_MONTHS) + r") (\d{4})\b")


@dataclass(frozen=True)
class LoadedLetter:
    """Normalised text, its blocks and the metadata the detector uses."""

    name: str
    text: str
    blocks: tuple[Block, ...] = field(default_factory=tuple)
    date: str | None = None
    signatory_role: str | None = None


def load_letter(path: Path) -> LoadedLetter:
    """Read one letter through ``desktop_app.ingest`` if available, else the fallback."""
    try:
        from desktop_app.ingest import read_file  # type: ignore[attr-defined]
    except ImportError:
        read_file = None
    if read_file is not None:
        parsed = read_file(path)
        return LoadedLetter(
            path.name,
            parsed.text,
            tuple(parsed.blocks),
            parsed.metadata.date,
            parsed.metadata.signatory_role,
        )
    raw = path.read_text(encoding="utf-8")
    text = fallback_normalise(raw)
    return LoadedLetter(path.name, text, (), guess_date(text), None)


def fallback_normalise(raw: str) -> str:
    """Join hard-wrapped lines into paragraphs and drop markdown emphasis."""
    raw = raw.replace("\r\n", "\n").replace("**", "")
    raw = re.sub(r"^#+ *", "", raw, flags=re.M)
    raw = re.sub(r"<sup>(\d+)</sup>", r"\1", raw)
    raw = re.sub(r"(?<![\w*])\*(\S[^*\n]*?)\*(?![\w*])", r"\1", raw)
    paragraphs = []
    for chunk in re.split(r"\n[ \t]*\n", raw):
        lines = [line.strip() for line in chunk.split("\n") if line.strip()]
        if not lines:
            continue
        if max(len(line) for line in lines) < 60:
            paragraphs.append("\n".join(lines))
            continue
        joined = lines[0]
        for line in lines[1:]:
            if is_list_line(line):
                joined += "\n" + line
            elif re.search(r"[a-z]-$", joined) and line[:1].islower():
                joined = joined[:-1] + line
            else:
                joined += " " + line
        paragraphs.append(joined)
    return "\n\n".join(paragraphs)


def guess_date(text: str) -> str | None:
    """The first Dutch date in the text ("Den Haag, 4 november 2022") as ISO."""
    match = _DATE.search(text)
    if not match:
        return None
    day, month, year = match.groups()
    return f"{year}-{_MONTHS.index(month) + 1:02d}-{int(day):02d}"
