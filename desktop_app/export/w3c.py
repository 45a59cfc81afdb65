"""W3C Web Annotation JSON-LD exchange: the export (``w3c_export``) and the tolerant import
of W3C and Hypothesis files (``w3c_import``), under one name for the callers."""

from __future__ import annotations

from desktop_app.export.w3c_export import (
    CONTEXT,
    ID_PREFIX,
    KB,
    LETTER_KEY,
    SOURCE_PREFIX,
    W3C_CONTEXT,
    export_document,
    export_id,
    letter_source,
    to_w3c,
    utc_z,
    write_file,
)
from desktop_app.export.w3c_import import (
    MAX_FILE_BYTES,
    ImportRejected,
    Incoming,
    LetterRefs,
    ParsedFile,
    letter_refs,
    parse_document,
    place,
    read_file,
    read_item,
)

__all__ = [
    "CONTEXT", "ID_PREFIX", "KB", "LETTER_KEY", "MAX_FILE_BYTES", "SOURCE_PREFIX",
    "W3C_CONTEXT", "ImportRejected", "Incoming", "LetterRefs", "ParsedFile", "export_document",
    "export_id", "letter_refs", "letter_source", "parse_document", "place", "read_file",
    "read_item", "to_w3c", "utc_z", "write_file",
]  # fmt: skip
