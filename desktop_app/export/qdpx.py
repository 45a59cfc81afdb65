"""A REFI-QDA project (``.qdpx``) for QualCoder, ATLAS.ti, NVivo, MAXQDA and other QDA tools.

A ``.qdpx`` is a zip with ``project.qde`` (QDA-XML, namespace ``urn:QDA-XML:project:1.0``,
checked in the tests against the REFI-QDA schema ``Project-mrt2019.xsd``) and the text of
every source under ``sources/``. What goes where:

- each letter with an exported annotation is a ``TextSource``; its normalised text is
  ``sources/<guid>.txt`` (UTF-8 without a byte order mark, ``\\n`` line ends), so the
  selections' ``startPosition``/``endPosition`` are our character offsets unchanged (Unicode
  characters, end exclusive: "é", "ë" and a footnote mark "¹" each count one, as QDA tools
  that read the text as characters count them). Its ``Description`` is the citation; the
  letter's date, dossier, number and signatory are ``Variables``;
- each tag is a ``Code`` in the ``CodeBook``; a hierarchical tag ("thema/asiel") is a code
  "asiel" inside a code "thema" (a level that is no tag itself is a category,
  ``isCodable="false"``);
- each palette colour used is a code with its colour (``color="#rrggbb"``) under the category
  "Kleur", so the colour's meaning travels too and no annotation is left without a code;
- each annotation is a ``PlainTextSelection`` with a ``Coding`` for its colour and one per
  tag; its note is the selection's ``Description`` (QualCoder's coding memo, ATLAS.ti's
  quotation comment) and a memo (``Note`` in ``Notes``, linked by ``NoteRef``);
- each author is a ``User``; the person exporting is the project's user.

Every GUID is a UUID5 of our ids (letter id, tag, colour, annotation id, author), and the
project's times come from the annotations, so exporting the same annotations again gives the
same project, byte for byte. Annotations that cannot be placed (orphans, letters no longer in
the library) are left out and counted. The file is written atomically.
"""

from __future__ import annotations

import os
import re
import uuid
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.errors import NotFound
from desktop_app.export import atomic
from desktop_app.export.citation import citation, letter_name
from desktop_app.export.errors import NothingToExport
from desktop_app.export.pack import ExportCancelled, find_collection
from desktop_app.model import Annotation, Letter
from desktop_app.progress import Cancelled, Progress, no_progress, not_cancelled
from desktop_app.store.limits import parse_time

FORMAT = "qdpx"
SUFFIX = ".qdpx"
NS = "urn:QDA-XML:project:1.0"
ORIGIN = "Kamerbrieven"
# the namespace of every GUID we derive: the same id always gives the same GUID
GUID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:x-kamerbrieven:refi-qda")
COLOUR_CATEGORY = "Kleur"
# characters XML 1.0 cannot hold (a stray control character in a note or a PDF's metadata)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_VARIABLES = (("Datum", "Date"), ("Dossier", "Text"), ("Nummer", "Text"),
              ("Ondertekenaar", "Text"))


@dataclass(frozen=True)
class QdpxSummary:
    """What a project holds: counts for the command line and the window."""

    path: Path
    annotations: int = 0
    letters: int = 0
    codes: int = 0
    notes: int = 0
    left_out: tuple[str, ...] = field(default=())  # ids of annotations that could not be placed


def guid(kind: str, key: str) -> str:
    """A stable GUID for one of our things ("letter", "tag", "annotation" …) and its id."""
    return str(uuid.uuid5(GUID_NAMESPACE, f"{kind}:{key}"))


def xsd_time(value: str | None) -> str | None:
    """An ISO time as ``xsd:dateTime`` in UTC to the second ("2024-05-01T10:00:00Z")."""
    stamp = parse_time(value)
    return stamp.strftime("%Y-%m-%dT%H:%M:%SZ") if stamp else None


def _xml_text(value: str) -> str:
    return _NOT_XML.sub("", value)


def _short(text: str, width: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _el(parent: ET.Element, tag: str, attrs: Mapping[str, str | None] | None = None,
        text: str | None = None) -> ET.Element:
    """A child element; attributes that are None are left out."""
    element = ET.SubElement(parent, tag,
                            {k: _xml_text(v) for k, v in (attrs or {}).items() if v is not None})
    if text is not None:
        element.text = _xml_text(text)
    return element


# -- choosing annotations ----------------------------------------------------------------
def annotations_for(library, source: str, value: str = "",
                    annotation_ids: Iterable[str] = ()) -> tuple[str, list[Annotation]]:
    """The title and annotations of a collection (id or title), a tag (with its sub-tags) or
    a selection, as the other exports choose them; raises NothingToExport when empty."""
    store = library.annotations
    if source == "collection":
        coll = find_collection(library, value)
        ids = [i.annotation_id for i in coll.items if i.annotation_id]
        title, anns = coll.title, store.annotations_by_id(ids)
        if not anns:
            raise NothingToExport(f"The collection '{coll.title}' holds no annotations yet. "
                                  "Add some with `collections add`.", "no-selection")
        return title, anns
    if source == "tag":
        anns = store.annotations(tag=value)
        if not anns:
            raise NothingToExport(f"No annotations have the tag '{value}'. List annotations "
                                  "and their tags with `desktop-app annotations`.",
                                  "no-tag-annotations", tag=value)
        return f"Passages over ‘{value}’", anns
    anns = store.annotations_by_id(annotation_ids)
    if not anns:
        raise NothingToExport("Select at least one annotation to export.", "no-selection")
    return "Geselecteerde annotaties", anns


# -- the project -------------------------------------------------------------------------
class _Project:
    """Builds ``project.qde`` and the source texts from placed annotations."""

    def __init__(self, name: str, user: str, palette: Mapping[str, tuple[str, str]]):
        self.name = name
        self.user = user
        self.palette = palette  # colour name -> (hex, meaning)
        self.users: dict[str, str] = {}  # name -> guid
        self.sources: dict[str, bytes] = {}  # file name in sources/ -> text
        self.note_count = 0

    def user_guid(self, name: str) -> str:
        name = name or "unknown"
        return self.users.setdefault(name, guid("user", name))

    def build(self, letters: list[tuple[Letter, list[Annotation]]]) -> bytes:
        anns = [a for _, group in letters for a in group]
        created = min((t for a in anns if (t := xsd_time(a.created))), default=None)
        modified = max((t for a in anns if (t := xsd_time(a.modified))), default=created)
        me = self.user_guid(self.user)
        # the tree is built without namespace and the root declares QDA-XML as the default
        # namespace: no "ns0:" prefixes, which tools that read the file naively choke on
        root = ET.Element("Project", {
            k: v for k, v in (("xmlns", NS), ("name", _xml_text(self.name) or "Kamerbrieven"),
                              ("origin", ORIGIN), ("creatingUserGUID", me),
                              ("creationDateTime", created), ("modifyingUserGUID", me),
                              ("modifiedDateTime", modified)) if v is not None})
        users = _el(root, "Users")
        codebook = _el(root, "CodeBook")
        self._codes(_el(codebook, "Codes"), anns)
        variables = _el(root, "Variables")
        for name, kind in _VARIABLES:
            _el(variables, "Variable", {"guid": guid("variable", name), "name": name,
                                        "typeOfVariable": kind})
        sources = _el(root, "Sources")
        notes: list[tuple[Annotation, str]] = []
        for letter, group in letters:
            self._source(sources, letter, group, notes)
        if notes:
            self._notes(_el(root, "Notes"), notes)
        _el(root, "Description", text=f"Annotaties uit Kamerbrieven: {self.name}")
        for name, user_guid in sorted(self.users.items()):
            _el(users, "User", {"guid": user_guid, "name": name})
        ET.indent(root)
        body = ET.tostring(root, encoding="unicode")
        return ('<?xml version="1.0" encoding="utf-8"?>\n' + body + "\n").encode("utf-8")

    # codes: tags as a tree, colours under one category
    def _codes(self, codes: ET.Element, anns: list[Annotation]) -> None:
        tags = sorted({t for a in anns for t in a.tags})
        tree: dict[str, dict] = {}
        for tag in tags:
            node = tree
            for part in tag.split("/"):
                node = node.setdefault(part, {})
        self._code_tree(codes, tree, "", set(tags))
        colours = sorted({a.color for a in anns})
        category = _el(codes, "Code", {"guid": guid("category", COLOUR_CATEGORY),
                                       "name": COLOUR_CATEGORY, "isCodable": "false"})
        _el(category, "Description", text="De kleur van de markering in Kamerbrieven")
        for colour in colours:
            hex_, meaning = self.palette.get(colour, ("", ""))
            code = _el(category, "Code", {
                "guid": guid("colour", colour), "name": colour, "isCodable": "true",
                "color": hex_.lower() if re.fullmatch(r"#[0-9A-Fa-f]{6}", hex_) else None})
            if meaning:
                _el(code, "Description", text=meaning)

    def _code_tree(self, parent: ET.Element, tree: dict, prefix: str, used: set[str]) -> None:
        for part, children in sorted(tree.items()):
            path = prefix + part
            code = _el(parent, "Code", {"guid": guid("tag", path), "name": part,
                                        "isCodable": "true" if path in used else "false"})
            if path != part:
                _el(code, "Description", text=f"Tag {path}")
            self._code_tree(code, children, path + "/", used)

    # sources: the letter's text, its details, and a selection per annotation
    def _source(self, sources: ET.Element, letter: Letter, anns: list[Annotation],
                notes: list[tuple[Annotation, str]]) -> None:
        source_guid = guid("letter", letter.id)
        file_name = f"{source_guid}.txt"
        self.sources[file_name] = letter.text.encode("utf-8")
        md = letter.metadata
        element = _el(sources, "TextSource", {
            "guid": source_guid, "name": letter_name(md, letter.id, letter.source),
            "plainTextPath": f"internal://{file_name}",
            "creatingUser": self.user_guid(self.user),
            "creationDateTime": xsd_time(letter.imported_at)})
        _el(element, "Description", text=citation(md, None, letter_id=letter.id,
                                                  source=letter.source))
        for ann in anns:
            self._selection(element, ann, notes)
        for (name, kind), value in zip(_VARIABLES, (md.date, md.dossier, md.number,
                                                    md.signatory), strict=True):
            if not value or (kind == "Date" and not re.fullmatch(r"\d{4}-\d\d-\d\d", value)):
                continue
            holder = _el(element, "VariableValue")
            _el(holder, "VariableRef", {"targetGUID": guid("variable", name)})
            _el(holder, "DateValue" if kind == "Date" else "TextValue", text=value)

    def _selection(self, source: ET.Element, ann: Annotation,
                   notes: list[tuple[Annotation, str]]) -> None:
        user = self.user_guid(ann.author)
        created = xsd_time(ann.created)
        selection = _el(source, "PlainTextSelection", {
            "guid": guid("annotation", ann.id), "name": _short(ann.quote),
            "startPosition": str(ann.start), "endPosition": str(ann.end),
            "creatingUser": user, "creationDateTime": created, "modifyingUser": user,
            "modifiedDateTime": xsd_time(ann.modified)})
        note = ann.note.strip()
        if note:
            _el(selection, "Description", text=note)
        codes = [("colour", ann.color)] + [("tag", t) for t in ann.tags]
        for kind, key in codes:
            coding = _el(selection, "Coding", {"guid": guid("coding", f"{ann.id}:{kind}:{key}"),
                                               "creatingUser": user,
                                               "creationDateTime": created})
            _el(coding, "CodeRef", {"targetGUID": guid(kind, key)})
        if note:
            note_guid = guid("note", ann.id)
            _el(selection, "NoteRef", {"targetGUID": note_guid})
            notes.append((ann, note_guid))

    def _notes(self, parent: ET.Element, notes: list[tuple[Annotation, str]]) -> None:
        for ann, note_guid in notes:
            user = self.user_guid(ann.author)
            note = _el(parent, "Note", {
                "guid": note_guid, "name": f"Notitie bij “{_short(ann.quote, 60)}”",
                "creatingUser": user, "creationDateTime": xsd_time(ann.created),
                "modifyingUser": user, "modifiedDateTime": xsd_time(ann.modified)})
            _el(note, "PlainTextContent", text=ann.note.strip())
            self.note_count += 1


def _placed(library, annotations: list[Annotation], progress: Progress,
            cancelled: Cancelled) -> tuple[list[tuple[Letter, list[Annotation]]], list[str]]:
    """The annotations grouped by letter (in text order), and the ids of those left out:
    orphans, and annotations whose letter is gone or whose text no longer matches."""
    by_letter: dict[str, list[Annotation]] = {}
    for ann in annotations:
        by_letter.setdefault(ann.letter_id, []).append(ann)
    placed, left_out = [], []
    for done, (letter_id, group) in enumerate(sorted(by_letter.items())):
        if cancelled():
            raise ExportCancelled()
        progress(done, len(by_letter))
        try:
            letter = library.letter(letter_id)
        except NotFound:
            left_out += [a.id for a in group]
            continue
        fits = [a for a in sorted(group, key=lambda a: (a.start, a.end, a.id))
                if a.status != "orphan" and letter.text[a.start:a.end] == a.quote]
        left_out += [a.id for a in group if a not in fits]
        if fits:
            placed.append((letter, fits))
    progress(len(by_letter), len(by_letter))
    return placed, left_out


def _zip_time(project: bytes) -> tuple[int, int, int, int, int, int]:
    """A fixed time for the zip entries (the project's modified time), so that the same
    project gives the same bytes."""
    match = re.search(rb'modifiedDateTime="(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)Z"',
                      project)
    stamp = tuple(int(g) for g in match.groups()) if match else (1980, 1, 1, 0, 0, 0)
    return stamp if stamp[0] >= 1980 else (1980, 1, 1, 0, 0, 0)


def write_qdpx(library, annotations: Iterable[Annotation], out: str | os.PathLike[str], *,
               title: str = "Kamerbrieven", user: str | None = None,
               progress: Progress = no_progress,
               cancelled: Cancelled = not_cancelled) -> QdpxSummary:
    """Write ``annotations`` as a REFI-QDA project to ``out``, atomically."""
    from desktop_app.store.annotations import default_author

    palette = {c.name: (c.hex, c.meaning) for c in library.annotations.palette()}
    placed, left_out = _placed(library, list(annotations), progress, cancelled)
    if not placed:
        raise NothingToExport("None of the chosen annotations can be placed in its letter "
                              "(the letters are gone or the passages no longer found), so "
                              "there is nothing to export.", "no-selection")
    project = _Project(title, user or default_author(), palette)
    qde = project.build(placed)
    stamp = _zip_time(qde)
    with atomic.atomic_path(out) as tmp, zipfile.ZipFile(tmp, "w") as archive:
        entries = [("project.qde", qde)] + [(f"sources/{name}", data)
                                            for name, data in sorted(project.sources.items())]
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    tag_codes = {t for _, group in placed for a in group for t in a.tags}
    colours = {a.color for _, group in placed for a in group}
    paths = {"/".join(t.split("/")[: i + 1]) for t in tag_codes
             for i in range(t.count("/") + 1)}
    return QdpxSummary(Path(out), annotations=sum(len(g) for _, g in placed),
                       letters=len(placed), codes=len(paths) + len(colours) + 1,
                       notes=project.note_count, left_out=tuple(left_out))

