"""Stable letter ids: ``kst-<dossier>-<number>`` when both are known, else a short text hash."""

from __future__ import annotations

import hashlib
import re

from desktop_app.model import Metadata


def text_fingerprint(text: str) -> str:
    """A hash of the text's words only, so layout differences between formats do not matter."""
    words = re.findall(r"\w+", text.lower())
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()


def letter_id(metadata: Metadata, text: str) -> str:
    """The id of a letter: from its kamerstuk number, or a hash of its words.

    The hash is over the letter's words in sorted order, so a better normaliser that only
    moves text (a footnote taken out of a paragraph, a header dropped elsewhere) keeps the id.
    """
    if metadata.dossier and metadata.number:
        return f"kst-{metadata.dossier}-{metadata.number}"
    words = sorted(re.findall(r"\w+", text.lower()))
    return "txt-" + hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()[:12]
