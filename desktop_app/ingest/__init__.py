"""Reading letter files: one reader per format, all producing a ParsedLetter.

``read_file(path)`` picks the reader by extension (and content), refuses what is not a
letter with an :class:`IngestError` that names the file and the problem, and never
touches the library.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from desktop_app.errors import IngestError
from desktop_app.ingest.decode import MAX_PDF_BYTES, MAX_TEXT_BYTES, decode_text
from desktop_app.ingest.textreader import parse_text
from desktop_app.model import ParsedLetter

TEXT_EXTENSIONS = {".txt", ".text"}
MARKDOWN_EXTENSIONS = {".md", ".markdown"}
HTML_EXTENSIONS = {".html", ".htm", ".xhtml"}
XML_EXTENSIONS = {".xml"}
PDF_EXTENSIONS = {".pdf"}
SUPPORTED_EXTENSIONS = (
    TEXT_EXTENSIONS | MARKDOWN_EXTENSIONS | HTML_EXTENSIONS | XML_EXTENSIONS | PDF_EXTENSIONS
)


def _size_limit(ext: str) -> int:
    return MAX_PDF_BYTES if ext in PDF_EXTENSIONS else MAX_TEXT_BYTES


def read_file(path: str | os.PathLike[str]) -> ParsedLetter:
    """Read one letter file into normalised text, structure and metadata."""
    path = Path(path)
    source = str(path)
    ext = path.suffix.lower()
    if path.is_dir():
        raise IngestError(source, "this is a folder; import a file, or import the folder itself.",
                          "folder")
    if ext not in SUPPORTED_EXTENSIONS:
        raise IngestError(
            source,
            f"unsupported file type '{ext or 'no extension'}'. Supported: "
            + ", ".join(sorted(SUPPORTED_EXTENSIONS)) + ".",
            "unsupported-type", ext=ext, supported=", ".join(sorted(SUPPORTED_EXTENSIONS)),
        )
    try:
        info = path.stat()  # follows links: a link to /dev/zero is a device
        _check_ordinary(info, source)  # before opening: a pipe would block for ever
        size = info.st_size
        if size > _size_limit(ext):
            raise IngestError(
                source,
                f"the file is {size / 1e6:.0f} MB, larger than the {_size_limit(ext) // 2**20} MB "
                "limit for one letter. Split it or import the letter itself.",
                "too-large", size_mb=round(size / 1e6), limit_mb=_size_limit(ext) // 2**20,
            )
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise IngestError(source, "the file does not exist.", "missing") from exc
    except PermissionError as exc:
        raise IngestError(source, "permission denied: the file cannot be read.",
                          "permission") from exc
    except OSError as exc:
        raise IngestError(source, f"the file cannot be read ({exc.strerror or exc}).",
                          "unreadable", reason=str(exc.strerror or exc)) from exc
    return read_bytes(data, source, ext)


def _check_ordinary(info: os.stat_result, source: str) -> None:
    """Refuse what is not a regular file (a named pipe, a device, a socket …)."""
    if not stat.S_ISREG(info.st_mode):
        raise IngestError(source, "this is not an ordinary file (a pipe or a device), so it "
                          "cannot be read as a letter. Import the letter file itself.",
                          "not-a-file")


def read_bytes(data: bytes, source: str, ext: str) -> ParsedLetter:
    """Parse the bytes of a letter file whose type is given by its extension."""
    if not data.strip():  # any format: an empty .pdf or .xml is empty, not damaged
        raise IngestError(source, "the file is empty. Choose a file that contains a letter.",
                          "empty")
    if ext in PDF_EXTENSIONS:
        from desktop_app.ingest.pdf import parse_pdf

        letter = parse_pdf(data, source)
    elif ext in HTML_EXTENSIONS:
        from desktop_app.ingest.html import parse_html

        text, warnings = decode_text(data, source)
        letter = parse_html(text, source, warnings)
    elif ext in XML_EXTENSIONS:
        from desktop_app.ingest.xml import parse_xml

        letter = parse_xml(data, source)
    else:
        text, warnings = decode_text(data, source)
        fmt = "markdown" if ext in MARKDOWN_EXTENSIONS else "text"
        letter = parse_text(text, source, fmt, warnings)
    if not letter.text.strip():
        raise IngestError(source, "no letter text was found in this file.", "no-text")
    return letter


__all__ = ["SUPPORTED_EXTENSIONS", "IngestError", "read_bytes", "read_file"]
