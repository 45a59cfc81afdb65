"""The official XML of Kamerstukken (OEP schema: kamerstuk, kamerstukkop, al, noot …)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from desktop_app.errors import IngestError
from desktop_app.ingest.decode import looks_binary
from desktop_app.ingest.document import build_text, find_signatures
from desktop_app.ingest.dutch import (
    capitalise_role,
    clean_name,
    normalise_dossier,
    normalise_vergaderjaar,
    parse_dutch_date,
    role_case,
)
from desktop_app.ingest.footnotes import RawFootnote
from desktop_app.ingest.lines import SUPERSCRIPT
from desktop_app.ingest.paragraphs import RawBlock
from desktop_app.ingest.unicode import clean_unicode, collapse_spaces
from desktop_app.model import Metadata, ParsedLetter

_HEADING_TAGS = {"tussenkop": 3, "kop": 2, "intitule": 2}
_SKIP_TAGS = {"kamerstukkop", "noot", "ondertekening", "meta", "metadata", "aanhef"}


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _text(el: ET.Element | None) -> str:
    if el is None:
        return ""
    return _squash(" ".join(el.itertext()))


def _squash(text: str) -> str:
    """XML whitespace (newlines, indentation) is layout, not text: collapse it."""
    return collapse_spaces(re.sub(r"\s+", " ", clean_unicode(text)))


def _find(root: ET.Element, name: str) -> ET.Element | None:
    for el in root.iter():
        if _local(el.tag) == name:
            return el
    return None


def _inline_text(el: ET.Element, notes: list[RawFootnote]) -> str:
    """An element's text with footnotes taken out and replaced by their marker."""
    parts = [el.text or ""]
    for child in el:
        name = _local(child.tag)
        if name == "noot":
            marker = _text(_find(child, "noot.nr")) or str(len(notes) + 1)
            body = _find(child, "noot.al")
            notes.append(RawFootnote(marker, _text(body if body is not None else child)))
            parts.append(marker.translate(SUPERSCRIPT))
        elif name == "sup" and re.fullmatch(r"\d{1,3}", _text(child)):
            parts.append(_text(child).translate(SUPERSCRIPT))
        else:
            parts.append(_inline_text(child, notes))
        parts.append(child.tail or "")
    return _squash("".join(parts))


def _body_blocks(root: ET.Element, notes: list[RawFootnote]) -> list[RawBlock]:
    blocks: list[RawBlock] = []

    def walk(el: ET.Element) -> None:
        for child in el:
            name = _local(child.tag)
            if name in _SKIP_TAGS:
                continue
            if name == "al":
                text = _inline_text(child, notes)
                if text:
                    blocks.append(RawBlock("paragraph", text))
            elif name in _HEADING_TAGS or (name == "titel" and blocks):
                blocks.append(RawBlock("heading", _text(child), _HEADING_TAGS.get(name, 2)))
            elif name == "li":
                label = _text(_find(child, "li.nr"))
                text = _inline_text(child, notes)
                blocks.append(RawBlock("list_item", text[len(label):].strip() if label and
                                       text.startswith(label) else text, 0, label))
            else:
                walk(child)

    walk(root)
    return blocks


def _metadata(root: ET.Element) -> dict[str, str | None]:
    head = _find(root, "kamerstukkop")
    scope = head if head is not None else root
    dossier_el = _find(scope, "dossiernummer")
    number = _text(_find(scope, "ondernummer"))
    title_el = _find(scope, "titel")
    date_el = _find(root, "datum")
    date = date_el.get("isodatum") if date_el is not None else None
    date = date or parse_dutch_date(_text(_find(root, "datumtekst")) or _text(date_el))
    sender = _text(_find(_find(scope, "stuk") or scope, "titel")) if head is not None else ""
    values = {
        "title": _text(title_el) or None,
        "dossier": normalise_dossier(_text(dossier_el)) if dossier_el is not None else None,
        "number": re.sub(r"^nr\.?\s*", "", number, flags=re.I) or None,
        "date": date,
        "vergaderjaar": normalise_vergaderjaar(_text(_find(root, "vergaderjaar"))),
        "chamber": None,
        "subject": None,
    }
    kamer = _text(_find(root, "kamer")) or (_find(root, "kamer").get("nummer", "")
                                              if _find(root, "kamer") is not None else "")
    if kamer:
        values["chamber"] = "Eerste Kamer" if kamer.strip() in ("1", "Eerste Kamer") else \
            "Tweede Kamer"
    m = re.search(r"BRIEF VAN (?:DE |HET )?(.+)", sender)
    values["_letter_from"] = role_case(m.group(1)) if m else None
    return values


def _signers(root: ET.Element) -> list[tuple[str, str]]:
    out = []
    for el in root.iter():
        if _local(el.tag) == "ondertekening":
            role = re.sub(r"^(De|Het)\s+", "", _text(_find(el, "functie")).rstrip(","))
            name = _text(_find(el, "naam"))
            if name:
                out.append((clean_name(name), capitalise_role(role)))
    return out


# A Kamerstuk nests its elements a dozen or two levels deep; the readers below walk the tree
# recursively, so a file nested far deeper (hostile or broken) is refused before that.
MAX_XML_DEPTH = 200


def _check_depth(root: ET.Element, source: str) -> None:
    """Refuse XML nested deeper than :data:`MAX_XML_DEPTH` (measured without recursion)."""
    stack = [(root, 1)]
    while stack:
        el, depth = stack.pop()
        if depth > MAX_XML_DEPTH:
            raise IngestError(source, f"the XML is nested more than {MAX_XML_DEPTH} levels "
                              "deep, so it is not a Kamerstuk. Download the file again.",
                              "xml-too-deep", max_depth=MAX_XML_DEPTH)
        stack.extend((child, depth + 1) for child in el)


def parse_xml(data: bytes, source: str) -> ParsedLetter:
    """Parse a Kamerstuk in the official XML schema."""
    if looks_binary(data):
        raise IngestError(source, "this is not an XML file (it contains binary data).",
                          "binary-xml")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise IngestError(source, f"the XML is not well-formed ({exc}). Download the "
                          "file again.", "bad-xml", detail=str(exc)) from exc
    _check_depth(root, source)
    if _local(root.tag) not in ("kamerstuk", "officiele-publicatie", "publicatie", "stuk"):
        if _find(root, "kamerstuk") is None:
            raise IngestError(source, f"this XML is not a Kamerstuk (root element "
                              f"<{_local(root.tag)}>); only the official Kamerstuk schema is read.",
                              "not-kamerstuk", root=_local(root.tag))
    values = _metadata(root)
    letter_from = values.pop("_letter_from")
    notes: list[RawFootnote] = []
    blocks = _body_blocks(root, notes)
    signers = _signers(root) or find_signatures(blocks)
    for el in root.iter():
        if _local(el.tag) == "ondertekening":
            lines = [_text(_find(el, "functie")), _text(_find(el, "naam"))]
            blocks.append(RawBlock("signature", "\n".join(x for x in lines if x)))
    if signers:
        values["signatory"] = "; ".join(n for n, _ in signers)
        values["signatory_role"] = "; ".join(r for _, r in signers)
    elif letter_from:
        values["signatory_role"] = letter_from
    text, out_blocks, footnotes = build_text(blocks, notes)
    return ParsedLetter(source, "xml", Metadata.from_dict(values), text, out_blocks, footnotes)
