"""Bytes to text: refuse binary junk and oversized files, detect UTF-8 / cp1252."""

from __future__ import annotations

from desktop_app.errors import IngestError

MAX_TEXT_BYTES = 20 * 1024 * 1024  # a long letter is ~200 kB; 20 MB is a book, not a letter
MAX_PDF_BYTES = 100 * 1024 * 1024

_CONTROL = {c for c in range(32) if c not in (9, 10, 12, 13)}


def looks_binary(data: bytes) -> bool:
    """True for data that is not text: NUL bytes or many control characters."""
    sample = data[:65536]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b in _CONTROL)
    return controls / len(sample) > 0.01


def decode_text(data: bytes, source: str) -> tuple[str, list[str]]:
    """Decode letter bytes; returns the text and warnings. Raises IngestError for junk."""
    warnings: list[str] = []
    if not data.strip():
        raise IngestError(source, "the file is empty. Choose a file that contains a letter.",
                          "empty")
    if looks_binary(data) and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise IngestError(
            source,
            "this is not a text file (it contains binary data). Import the letter as "
            ".txt, .md, .html, .xml or .pdf.",
            "binary",
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 (Windows Notepad "Unicode")
        try:
            return data.decode("utf-16"), warnings
        except UnicodeDecodeError as exc:
            raise IngestError(source, "the file says it is UTF-16 but is not valid UTF-16. "
                              "Save it again as UTF-8.", "bad-utf16") from exc
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), warnings
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
        warnings.append("not valid UTF-8; read as Windows-1252 (cp1252)")
        return text, warnings
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        warnings.append("not valid UTF-8 or Windows-1252; read as Latin-1")
        return text, warnings
