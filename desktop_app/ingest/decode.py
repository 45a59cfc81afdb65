"""Bytes to text: refuse binary junk and oversized files, detect UTF-8 / UTF-16 / cp1252."""

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


def utf16_without_bom(data: bytes) -> str | None:
    """``"utf-16-le"`` / ``"utf-16-be"`` for UTF-16 text saved without a byte order mark.

    Mostly-Latin text in UTF-16 has a NUL as every other byte (the high byte of each
    character): at odd offsets for little-endian, at even offsets for big-endian. Binary data
    does not keep that pattern over a whole sample; the decoded text is checked as well.
    """
    sample = data[:65536]
    if len(sample) < 4:
        return None
    half = len(sample) // 2
    even_nuls = sample[0::2].count(0) / half
    odd_nuls = sample[1::2].count(0) / half
    if odd_nuls >= 0.7 and even_nuls <= 0.05:
        encoding = "utf-16-le"
    elif even_nuls >= 0.7 and odd_nuls <= 0.05:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    controls = sum(1 for c in text[:32768] if ord(c) in _CONTROL)
    return encoding if controls <= 0.01 * min(len(text), 32768) else None


def decode_text(data: bytes, source: str) -> tuple[str, list[str]]:
    """Decode letter bytes; returns the text and warnings. Raises IngestError for junk."""
    warnings: list[str] = []
    if not data.strip():
        raise IngestError(source, "the file is empty. Choose a file that contains a letter.",
                          "empty")
    encoding = utf16_without_bom(data) if b"\x00" in data[:65536] else None
    if encoding and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode(encoding)
        if not text.strip():
            raise IngestError(source, "the file is empty. Choose a file that contains a "
                              "letter.", "empty")
        warnings.append(f"no byte order mark; read as UTF-16 ({encoding[-2:].upper()})")
        return text, warnings
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
