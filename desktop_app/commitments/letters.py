"""Loading letters for evaluation and benchmarks through the ingest module."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.ingest import read_file
from desktop_app.model import Block


@dataclass(frozen=True)
class LoadedLetter:
    """Normalised text, its blocks and the metadata the detector uses."""

    name: str
    text: str
    blocks: tuple[Block, ...] = field(default_factory=tuple)
    date: str | None = None
    signatory_role: str | None = None


def load_letter(path: Path) -> LoadedLetter:
    """Read one letter file as the library would."""
    parsed = read_file(path)
    return LoadedLetter(path.name, parsed.text, tuple(parsed.blocks), parsed.metadata.date,
                        parsed.metadata.signatory_role)
