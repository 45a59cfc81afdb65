"""Commitment detection in Kamerbrieven: promises, actions, refusals and earlier promises.

``detect`` splits a letter's normalised text into sentences (list items and paragraphs from
``blocks``; headings, signatures and footnotes are skipped), runs the cue rules on each and
returns ``Commitment`` objects whose offsets point into the same text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop_app.commitments.deadlines import find_deadline, normalise_deadline
from desktop_app.commitments.rules import classify
from desktop_app.commitments.sentences import paragraph_blocks, split_sentences
from desktop_app.model import Block, Commitment

DETECTOR_VERSION = "1.5"  # 1.5: "c.s." and glued footnote marks; 1.4: "geïnformeerd"

SKIPPED_BLOCKS = frozenset({"heading", "signature", "footnote", "table_row"})
_HEADING_LIKE = re.compile(r"^[^.!?;:]{0,90}$")


def detect(
    text: str,
    blocks: Sequence[Block] = (),
    *,
    letter_date: str | None = None,
    signatory_role: str | None = None,
) -> list[Commitment]:
    """Find the commitments in a letter's normalised text, sorted by start offset."""
    found = []
    for start, end in split_sentences(text, _body_blocks(text, blocks)):
        sentence = text[start:end]
        verdict = classify(sentence, signatory_role, letter_date)
        if verdict is None:
            continue
        # An earlier promise quotes its own (often past) deadline: keep the words, not a date.
        earlier = verdict.kind == "earlier"
        phrase = find_deadline(sentence, letter_date, allow_past=earlier)
        deadline = normalise_deadline(phrase, letter_date) if phrase and not earlier else None
        found.append(
            Commitment(
                start=start,
                end=end,
                text=sentence,
                kind=verdict.kind,
                actor=verdict.actor,
                deadline_text=phrase,
                deadline=deadline,
                cue=verdict.cue,
            )
        )
    return sorted(found, key=lambda c: c.start)


def _body_blocks(text: str, blocks: Sequence[Block]) -> list[Block]:
    """The blocks worth reading: paragraphs and list items, not headings or footnotes."""
    if blocks:
        return [b for b in blocks if b.kind not in SKIPPED_BLOCKS]
    return [b for b in paragraph_blocks(text) if not _HEADING_LIKE.match(text[b.start : b.end])]


__all__ = ["DETECTOR_VERSION", "detect"]
