"""The reader for text-like sources: plain text, text extracted from PDF, and markdown."""

from __future__ import annotations

from desktop_app.ingest.document import build_text, find_signatures
from desktop_app.ingest.dutch import split_roles
from desktop_app.ingest.footnotes import RawFootnote, extract_footnotes
from desktop_app.ingest.furniture import remove_furniture
from desktop_app.ingest.header import Header, read_header
from desktop_app.ingest.lines import Line, looks_like_markdown, markdown_lines, split_lines
from desktop_app.ingest.paragraphs import RawBlock, assemble, wrap_width
from desktop_app.ingest.unicode import clean_unicode
from desktop_app.model import Metadata, ParsedLetter


def parse_lines(lines: list[Line], source: str, fmt: str, warnings: list[str]) -> ParsedLetter:
    """Lines → ParsedLetter: header metadata, furniture, footnotes, paragraphs, signature."""
    head = read_header(lines)
    body = lines[head.body_start : head.body_end]
    body = remove_furniture(body)
    _, wrapped = wrap_width(body)
    body, notes = extract_footnotes(body, wrapped=wrapped)
    return letter_from_blocks(head, assemble(body), notes, source, fmt, warnings)


def letter_from_blocks(head: Header, blocks: list[RawBlock], notes: list[RawFootnote],
                       source: str, fmt: str, warnings: list[str], *, glued: bool = True
                       ) -> ParsedLetter:
    """Blocks and notes of a letter's body, and its header → ParsedLetter (signatures found)."""
    signers = find_signatures(blocks) or head.signers
    text, out_blocks, footnotes = build_text(blocks, notes, glued=glued)
    values = dict(head.values)
    values.update(signatory_values(signers, head.letter_from))
    return ParsedLetter(
        source=source,
        format=fmt,
        metadata=Metadata.from_dict(values),
        text=text,
        blocks=out_blocks,
        footnotes=footnotes,
        warnings=tuple(warnings),
    )


def signatory_values(signers: list[tuple[str, str]], letter_from: str | None
                     ) -> dict[str, str | None]:
    """Signatory and role fields; without a signature the role comes from 'BRIEF VAN DE …'."""
    sender_roles = split_roles(letter_from) if letter_from else []
    # a bundle of letters repeats its signature blocks: name each signer once (the repeats
    # made the signatory, every commitment's actor and the reader's tooltips grow with length)
    signers = list(dict.fromkeys(signers))
    if signers:
        roles = [role for _, role in signers]
        if not all(roles) and len(sender_roles) == len(signers):
            pairs = zip(signers, sender_roles, strict=True)
            roles = [role or sender for (_, role), sender in pairs]
        return {"signatory": "; ".join(name for name, _ in signers),
                "signatory_role": "; ".join(roles) if all(roles) else None}
    return {"signatory": None, "signatory_role": "; ".join(sender_roles) or None}


def parse_text(text: str, source: str, fmt: str = "text", warnings: list[str] | None = None
               ) -> ParsedLetter:
    """Parse plain text (or markdown, detected by its markup) into a ParsedLetter."""
    text = clean_unicode(text)
    if fmt == "markdown" or looks_like_markdown(text):
        lines = markdown_lines(text)
        fmt = "markdown" if fmt == "text" else fmt
    else:
        lines = split_lines(text)
    return parse_lines(lines, source, fmt, list(warnings or []))
