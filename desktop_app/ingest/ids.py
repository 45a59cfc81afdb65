"""Stable letter ids: ``kst-<dossier>-<number>`` when both are known, else a short text hash;
and whether two files are versions of one letter (by their texts and stated details)."""

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
    return text_id(text)


def text_id(text: str) -> str:
    """The ``txt-`` id of a text: a short hash of its words in sorted order."""
    words = sorted(re.findall(r"\w+", text.lower()))
    return "txt-" + hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()[:12]


# How alike two texts must be to count as versions of one letter (see ``same_letter``).
SAME_LETTER_SIMILARITY = 0.6  # matched words / all words of both texts
SAME_LETTER_COVERAGE = 0.85  # matched words / words of the shorter text …
MIN_COVERED_WORDS = 100  # … when it has this many words (a short note quoting one does not)
_COMPARED_WORDS = 20_000  # longer texts are compared by their first words (time grows ~n²)


def text_similarity(a: str, b: str) -> tuple[float, float]:
    """(similarity, coverage) of two texts, compared as sequences of words.

    Similarity is the share of all words that the longest common word sequence matches;
    coverage the share of the shorter text's words it matches (a truncated copy of a letter
    is fully covered by the whole letter).
    """
    from rapidfuzz.distance import Indel

    wa = re.findall(r"\w+", a.lower())[:_COMPARED_WORDS]
    wb = re.findall(r"\w+", b.lower())[:_COMPARED_WORDS]
    if not wa or not wb:
        return (1.0, 1.0) if wa == wb else (0.0, 0.0)
    common = (len(wa) + len(wb) - Indel.distance(wa, wb)) / 2
    return 2 * common / (len(wa) + len(wb)), common / min(len(wa), len(wb))


def same_letter(old_text: str, new_text: str) -> tuple[bool, float]:
    """Whether ``new_text`` can be another version of the letter ``old_text`` (a corrected
    letter, another format, a truncated web copy), and their similarity.

    Different letters of one dossier share at most about 40% of their words (measured over
    the test letters); a file that only quotes or cites a letter shares less. One letter in
    two formats shares 96-100% (the circulaire-economie PDF and its text 97.6%; 19 real
    letters saved as markdown, HTML and PDF 95.7-100%), so 60% leaves a wide margin both ways.
    """
    similarity, coverage = text_similarity(old_text, new_text)
    shorter = min(len(re.findall(r"\w+", t)) for t in (old_text, new_text))
    covered = coverage >= SAME_LETTER_COVERAGE and shorter >= MIN_COVERED_WORDS
    return similarity >= SAME_LETTER_SIMILARITY or covered, similarity


def _reference_key(reference: str | None) -> str:
    """A reference (kenmerk) compared without case and spaces ("IENW/BSK-2023/33017")."""
    return "".join((reference or "").split()).lower()


def _kamerstuk(md: Metadata) -> tuple[str, str] | None:
    return (md.dossier, md.number) if md.dossier and md.number else None


def same_details(a: Metadata, b: Metadata) -> bool:
    """Whether the details two files state let them be one letter in two formats.

    They must share the reference (kenmerk) or the date, and nothing they both state may
    tell them apart: another Kamerstuk number, another reference, another date. Texts are
    compared only after this (:func:`same_letter`): similarity alone never joins letters.
    """
    ka, kb = _kamerstuk(a), _kamerstuk(b)
    if ka and kb and ka != kb:
        return False
    ra, rb = _reference_key(a.reference), _reference_key(b.reference)
    if ra and rb and ra != rb:
        return False
    if a.date and b.date and a.date != b.date:
        return False
    return bool((ra and ra == rb) or (a.date and a.date == b.date))
