"""From raw blocks and footnotes to the normalised text with offsets (a ParsedLetter)."""

from __future__ import annotations

import re

from desktop_app.ingest.dutch import NAME_RE, capitalise_role, clean_name, split_signature
from desktop_app.ingest.footnotes import RawFootnote, mark_glued_references
from desktop_app.ingest.lines import FROM_SUPERSCRIPT, SUPERSCRIPT
from desktop_app.ingest.paragraphs import RawBlock
from desktop_app.model import Block, Footnote

BLOCK_SEPARATOR = "\n\n"
_SUP_RUN = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
_SIGNABLE = ("paragraph", "heading")
_ROLE_START = re.compile(r"^(?:De\s+|Het\s+)?(Minister|Staatssecretaris|Minister-President)\b")


def find_signatures(blocks: list[RawBlock]) -> list[tuple[str, str]]:
    """Mark signature blocks in place and return their (name, role) pairs."""
    signers: list[tuple[str, str]] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        parts = split_signature(block.text) if block.kind in _SIGNABLE else None
        if parts and len(block.text) < 250:
            role, name = parts
            if not name and i + 1 < len(blocks) and NAME_RE.match(blocks[i + 1].text):
                name = blocks[i + 1].text
                block.text = block.text.rstrip() + "\n" + name
                del blocks[i + 1]
            if name:
                block.kind = "signature"
                signers.append((clean_name(name), role))
        elif _name_then_role(blocks, i):
            name, role = blocks[i].text, blocks[i + 1].text
            blocks[i] = RawBlock("signature", name + "\n" + role, page=blocks[i].page)
            del blocks[i + 1]
            signers.append((name, capitalise_role(role)))
        i += 1
    return signers


def _name_then_role(blocks: list[RawBlock], i: int) -> bool:
    """'R.A.A. Jetten' followed by 'Minister voor Klimaat en Energie'."""
    if i + 1 >= len(blocks) or blocks[i].kind not in _SIGNABLE:
        return False
    name, role = blocks[i].text, blocks[i + 1].text
    return (
        bool(re.match(r"^([A-Z]\.){1,5}\s?[A-Z]", name))
        and bool(NAME_RE.match(name))
        and bool(_ROLE_START.match(role))
        and len(role) < 120
    )


def build_text(
    blocks: list[RawBlock], notes: list[RawFootnote], *, glued: bool = True
) -> tuple[str, tuple[Block, ...], tuple[Footnote, ...]]:
    """Join blocks into the normalised text; footnotes go to the end as their own blocks.

    ``glued``: numbers glued to words may be footnote marks (text sources); a PDF read by
    its geometry already has its marks as superscripts.
    """
    markers = {n.marker for n in notes}
    texts = [b.text for b in blocks]
    texts = mark_glued_references(texts, markers) if glued else texts
    parts: list[str] = []
    out_blocks: list[Block] = []
    pos = 0
    for raw, text in zip(blocks, texts, strict=True):
        if parts:
            pos += len(BLOCK_SEPARATOR)
        out_blocks.append(Block(raw.kind, pos, pos + len(text), raw.level, raw.label, raw.page))
        parts.append(text)
        pos += len(text)
    body_end = pos
    body = BLOCK_SEPARATOR.join(parts)
    refs = _references(body, markers)
    footnotes = []
    for note in notes:
        text = f"{note.marker.translate(SUPERSCRIPT)} {note.text}"
        if parts:
            pos += len(BLOCK_SEPARATOR)
        out_blocks.append(Block("footnote", pos, pos + len(text), 0, note.marker, note.page))
        note_refs = tuple(refs.get(note.marker, ()))
        footnotes.append(Footnote(note.marker, pos, pos + len(text), note_refs))
        parts.append(text)
        pos += len(text)
    del body_end
    return BLOCK_SEPARATOR.join(parts), tuple(out_blocks), tuple(footnotes)


def _references(body: str, markers: set[str]) -> dict[str, list[tuple[int, int]]]:
    refs: dict[str, list[tuple[int, int]]] = {}
    for m in _SUP_RUN.finditer(body):
        marker = m.group(0).translate(FROM_SUPERSCRIPT)
        if marker in markers:
            refs.setdefault(marker, []).append((m.start(), m.end()))
    return refs
