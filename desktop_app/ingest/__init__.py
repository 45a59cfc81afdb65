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
# The most text one letter may have, in characters (about bytes of Dutch text). Real letters
# are 5-200 kB, appendices up to 1-2 MB. benchmarks/large_letters.py: a 5 MB letter opens in
# 0.8 s (1.0 s with 2,000 hits painted) and its first search takes 0.1 s (indexing it, 9 s,
# runs in the import job); beyond that opening passes a second and keeps growing.
MAX_LETTER_CHARS = 5_000_000
SUPPORTED_EXTENSIONS = (
    TEXT_EXTENSIONS | MARKDOWN_EXTENSIONS | HTML_EXTENSIONS | XML_EXTENSIONS | PDF_EXTENSIONS
)


def _size_limit(ext: str) -> int:
    return MAX_PDF_BYTES if ext in PDF_EXTENSIONS else MAX_TEXT_BYTES


def display_path(path: str | os.PathLike[str]) -> str:
    """A path as text that can always be printed and stored.

    A file name that is not valid UTF-8 (bytes from another system's encoding) reaches
    Python as lone surrogates, which cannot be encoded for the terminal or SQLite; those
    bytes are shown as ``\\xff`` escapes instead.
    """
    text = os.fspath(path)
    if isinstance(text, bytes):
        return text.decode("utf-8", "backslashreplace")
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that is not an undecodable byte
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def read_file(path: str | os.PathLike[str]) -> ParsedLetter:
    """Read one letter file into normalised text, structure and metadata.

    Whatever goes wrong while reading this one file raises :class:`IngestError` naming it,
    so an import of many files reports it and goes on with the others.
    """
    path = Path(path)
    source = display_path(path)
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
    except (OSError, ValueError) as exc:  # ValueError: a NUL byte in the name
        reason = display_path(str(getattr(exc, "strerror", None) or exc))
        raise IngestError(source, f"the file cannot be read ({reason}).",
                          "unreadable", reason=reason) from exc
    try:
        return read_bytes(data, source, ext)
    except IngestError:
        raise
    except Exception as exc:  # noqa: BLE001 - one odd file must not stop an import
        raise read_failed(source, exc) from exc


def read_failed(source: str, exc: BaseException) -> IngestError:
    """An unexpected failure while reading or importing one file, as that file's error."""
    if isinstance(exc, RecursionError):
        return IngestError(source, "the file could not be read: its structure is nested too "
                           "deeply to be a letter.", "too-deep")
    detail = display_path(f"{type(exc).__name__}: {exc}")
    return IngestError(source, f"the file could not be read ({detail}). The other files "
                       "are not affected; please report this file as a problem of the app.",
                       "read-failed", detail=detail)


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
        check_length(len(text), source)  # before parsing: that is the slow part
        fmt = "markdown" if ext in MARKDOWN_EXTENSIONS else "text"
        letter = parse_text(text, source, fmt, warnings)
    if not letter.text.strip():
        raise IngestError(source, "no letter text was found in this file.", "no-text")
    check_length(len(letter.text), source)  # markup and PDF structure are not counted
    return letter


def check_length(chars: int, source: str) -> None:
    """Refuse a letter with more than :data:`MAX_LETTER_CHARS` characters of text."""
    if chars <= MAX_LETTER_CHARS:
        return
    size, limit = _megabytes(chars), _megabytes(MAX_LETTER_CHARS)
    raise IngestError(
        source,
        f"the letter's text is {size} MB, more than the {limit} MB one letter may have (a "
        "longer letter is slow to open and to search). Split the file into parts of at most "
        f"{limit} MB and import those.",
        "too-long", size_mb=size, limit_mb=limit,
    )


def _megabytes(chars: int) -> str:
    """Characters as MB of text for a message: "5", "5.3" (never rounded down to the limit)."""
    tenths = -(-chars // 100_000)  # rounded up: 5,000,001 characters is "5.1", not "5"
    return str(tenths // 10) if tenths % 10 == 0 else f"{tenths / 10:.1f}"


__all__ = ["MAX_LETTER_CHARS", "SUPPORTED_EXTENSIONS", "IngestError", "check_length",
           "display_path", "read_bytes", "read_failed", "read_file"]
