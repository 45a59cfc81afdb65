"""Exports of letters and annotations.

- ``w3c``: W3C Web Annotation JSON-LD exchange.
- Course packs (``pack`` gathers, then ``docx``, ``pdf``, ``html``, ``markdown`` render):
  :func:`export_pack` writes one in any format.
- Commitment lists: ``spreadsheet`` (CSV for Excel) and ``ical`` (deadlines as iCalendar).

Every file is written atomically (``atomic``). Heavy libraries (python-docx, Qt for PDF)
are imported only when their format is asked for.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from desktop_app.export.errors import ExportError

PACK_FORMATS = ("docx", "pdf", "html", "md")
SUFFIXES = {"docx": ".docx", "pdf": ".pdf", "html": ".html", "md": ".md"}


def format_for(path: str | os.PathLike[str]) -> str | None:
    """The pack format a file name asks for ("verslag.docx" → "docx"), or None."""
    suffix = Path(path).suffix.lower()
    aliases = {".htm": "html", ".markdown": "md"}
    return aliases.get(suffix) or next((f for f, s in SUFFIXES.items() if s == suffix), None)


def export_pack(pack, fmt: str, out: str | os.PathLike[str], *, include_notes: bool = True,
                progress: Callable[[int, int], None] = lambda done, total: None,
                cancelled: Callable[[], bool] = lambda: False) -> Path:
    """Write a :class:`~desktop_app.export.pack.CoursePack` as ``fmt`` to ``out``, atomically."""
    from desktop_app.export import atomic

    if fmt not in PACK_FORMATS:
        raise ExportError(f"Unknown export format '{fmt}'. Choose one of: "
                          f"{', '.join(PACK_FORMATS)}.", "unknown-format", fmt=fmt,
                          formats=", ".join(PACK_FORMATS))
    if not include_notes:
        pack = pack.without_notes()
    if fmt == "pdf":
        from desktop_app.export.pdf import write_pdf

        write_pdf(pack, out, progress=progress, cancelled=cancelled)
    elif fmt == "docx":
        from desktop_app.export.docx import write_docx

        write_docx(pack, out)
    elif fmt == "html":
        from desktop_app.export.html import render_html

        atomic.write_text(out, render_html(pack))
    else:
        from desktop_app.export.markdown import render_markdown

        atomic.write_text(out, render_markdown(pack))
    return Path(out)
