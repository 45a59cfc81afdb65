"""The REFI-QDA project (.qdpx): read back with zipfile + ElementTree, checked against the
REFI-QDA schema (tests/data/schemas/refi-qda/Project-mrt2019.xsd)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from functools import cache
from pathlib import Path

import pytest
import xmlschema
from testdata import DATA

from desktop_app.export import qdpx
from desktop_app.export.errors import ExportError, NothingToExport

NS = {"q": qdpx.NS}
XSD = DATA / "schemas" / "refi-qda" / "Project-mrt2019.xsd"
# accents, a footnote mark, an emoji (outside the BMP) and XML's special characters around
# the passages: a byte or UTF-16 count would put every later selection off
HOSTILE = DATA / "hostile" / "qdpx-characters.txt"


@cache
def _schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(XSD))


class Project:
    """A written .qdpx opened again."""

    def __init__(self, path: Path):
        with zipfile.ZipFile(path) as archive:
            self.names = sorted(archive.namelist())
            self.qde = archive.read("project.qde")
            self.files = {n: archive.read(n) for n in self.names if n.startswith("sources/")}
        self.root = ET.fromstring(self.qde)

    def all(self, path: str) -> list[ET.Element]:
        return self.root.findall(path, NS)

    def text_of(self, source: ET.Element) -> str:
        name = source.get("plainTextPath").removeprefix("internal://")
        return self.files[f"sources/{name}"].decode("utf-8")

    def codes(self) -> dict[str, ET.Element]:
        """Every code by its path ("cursus/asiel", "Kleur/belangrijk")."""
        out = {}

        def walk(parent, prefix):
            for code in parent.findall("q:Code", NS):
                path = prefix + code.get("name")
                out[path] = code
                walk(code, path + "/")
        walk(self.root.find("q:CodeBook/q:Codes", NS), "")
        return out


def _export(sample, out: Path, **kwargs) -> qdpx.QdpxSummary:
    return qdpx.write_qdpx(sample.library, sample.library.annotations.annotations(), out,
                           title="Asiel", user="trainer", **kwargs)


def test_the_project_is_valid_against_the_refi_qda_schema(sample, tmp_path):
    _export(sample, tmp_path / "p.qdpx")
    project = Project(tmp_path / "p.qdpx")
    _schema().validate(project.qde)  # raises with the first violation
    assert project.root.tag == f"{{{qdpx.NS}}}Project"
    assert project.root.get("name") == "Asiel"
    assert project.names[0] == "project.qde"
    assert all(n.startswith("sources/") and n.endswith(".txt") for n in project.names[1:])


def test_the_schema_check_can_fail(sample, tmp_path):
    _export(sample, tmp_path / "p.qdpx")
    qde = Project(tmp_path / "p.qdpx").qde.replace(b'isCodable="true"', b'isCodable="ja"', 1)
    with pytest.raises(xmlschema.XMLSchemaValidationError):
        _schema().validate(qde)


def test_letters_are_sources_and_codings_sit_on_the_annotated_text(sample, tmp_path):
    summary = _export(sample, tmp_path / "p.qdpx")
    project = Project(tmp_path / "p.qdpx")
    sources = project.all("q:Sources/q:TextSource")
    assert len(sources) == summary.letters == 3
    seen = {}
    for source in sources:
        text = project.text_of(source)
        for sel in source.findall("q:PlainTextSelection", NS):
            start, end = int(sel.get("startPosition")), int(sel.get("endPosition"))
            seen[sel.get("guid")] = text[start:end]
    expected = {qdpx.guid("annotation", a.id): a.quote for a in sample.annotations}
    assert seen == expected
    for ann in sample.annotations:  # the source text is the letter's normalised text
        letter = sample.library.letter(ann.letter_id)
        source = next(s for s in sources if s.get("guid") == qdpx.guid("letter", letter.id))
        assert project.text_of(source) == letter.text


def test_tags_are_codes_in_a_tree_and_colours_a_category(sample, tmp_path):
    summary = _export(sample, tmp_path / "p.qdpx")
    codes = Project(tmp_path / "p.qdpx").codes()
    assert set(codes) == {"cursus", "cursus/asiel", "cursus/cultuur", "ind", "maat",
                          "Kleur", "Kleur/belangrijk"}
    assert summary.codes == len(codes)
    assert codes["cursus"].get("isCodable") == "false"  # a level, not a tag of its own
    assert codes["cursus/asiel"].get("isCodable") == "true"
    assert codes["cursus/asiel"].get("guid") == qdpx.guid("tag", "cursus/asiel")
    assert codes["Kleur"].get("isCodable") == "false"
    palette = {c.name: c.hex for c in sample.library.annotations.palette()}
    assert codes["Kleur/belangrijk"].get("color") == palette["belangrijk"].lower()


def test_each_annotation_is_coded_with_its_tags_and_colour(sample, tmp_path):
    _export(sample, tmp_path / "p.qdpx")
    project = Project(tmp_path / "p.qdpx")
    by_guid = {c.get("guid"): path for path, c in project.codes().items()}
    for ann in sample.annotations:
        sel = project.root.find(
            f".//q:PlainTextSelection[@guid='{qdpx.guid('annotation', ann.id)}']", NS)
        coded = {by_guid[r.get("targetGUID")] for r in sel.findall("q:Coding/q:CodeRef", NS)}
        assert coded == {*ann.tags, f"Kleur/{ann.color}"}


def test_notes_are_memos_and_selection_descriptions(sample, tmp_path):
    summary = _export(sample, tmp_path / "p.qdpx")
    project = Project(tmp_path / "p.qdpx")
    memos = {n.get("guid"): n.find("q:PlainTextContent", NS).text
             for n in project.all("q:Notes/q:Note")}
    with_notes = [a for a in sample.annotations if a.note]
    assert summary.notes == len(memos) == len(with_notes) == 3
    for ann in sample.annotations:
        sel = project.root.find(
            f".//q:PlainTextSelection[@guid='{qdpx.guid('annotation', ann.id)}']", NS)
        refs = [r.get("targetGUID") for r in sel.findall("q:NoteRef", NS)]
        description = sel.find("q:Description", NS)
        if ann.note:
            assert [memos[r] for r in refs] == [ann.note]
            assert description.text == ann.note
        else:
            assert refs == [] and description is None


def test_users_dates_and_guids(sample, tmp_path):
    _export(sample, tmp_path / "p.qdpx")
    project = Project(tmp_path / "p.qdpx")
    users = {u.get("name"): u.get("guid") for u in project.all("q:Users/q:User")}
    assert users == {"trainer": qdpx.guid("user", "trainer")}
    assert project.root.get("creatingUserGUID") == users["trainer"]
    created = sorted(a.created for a in sample.annotations)[0]
    assert project.root.get("creationDateTime") == qdpx.xsd_time(created)
    assert project.root.get("creationDateTime").endswith("Z")
    sel = project.all(".//q:PlainTextSelection")[0]
    assert sel.get("creatingUser") == users["trainer"]


def test_a_re_export_is_the_same_project(sample, tmp_path):
    _export(sample, tmp_path / "a.qdpx")
    _export(sample, tmp_path / "b.qdpx")
    assert (tmp_path / "a.qdpx").read_bytes() == (tmp_path / "b.qdpx").read_bytes()


def test_positions_count_characters_not_bytes(sample, tmp_path):
    """A letter with é/ë, a footnote mark and an emoji before and around the passages."""
    library = sample.library
    library.import_paths([HOSTILE])
    letter = next(lt for lt in library.iter_letters() if "Café-overleg" in lt.text)
    text = letter.text
    store = library.annotations
    picks = ["zegt toe¹", "ë en é 🙂 meetellen", "<tekens> & \"aanhalingen\""]
    anns = []
    for quote in picks:
        start = text.index(quote)
        anns.append(store.add(letter.id, text, start, start + len(quote), note="é¹ & <b>",
                              tags=["thema/ë"]))
    out = tmp_path / "h.qdpx"
    summary = qdpx.write_qdpx(library, anns, out, title="Ü & <x>", user="ëva")
    assert summary.annotations == 3 and summary.left_out == ()
    project = Project(out)
    _schema().validate(project.qde)
    (source,) = project.all("q:Sources/q:TextSource")
    raw = project.files[f"sources/{qdpx.guid('letter', letter.id)}.txt"]
    assert not raw.startswith(b"\xef\xbb\xbf")  # no BOM: it would shift every position
    source_text = project.text_of(source)
    for ann, quote in zip(anns, picks, strict=True):
        sel = source.find(f"q:PlainTextSelection[@guid='{qdpx.guid('annotation', ann.id)}']",
                          NS)
        start, end = int(sel.get("startPosition")), int(sel.get("endPosition"))
        assert (start, end) == (ann.start, ann.end)
        assert source_text[start:end] == quote
    assert project.root.get("name") == "Ü & <x>"


def test_orphans_and_gone_letters_are_left_out_and_counted(sample, tmp_path):
    from dataclasses import replace

    anns = sample.library.annotations.annotations()
    orphan = replace(anns[0], status="orphan")
    gone = replace(anns[1], letter_id="kst-1-404")
    summary = qdpx.write_qdpx(sample.library, [orphan, gone, *anns[2:]], tmp_path / "p.qdpx",
                              user="trainer")
    assert set(summary.left_out) == {orphan.id, gone.id}
    assert summary.annotations == len(anns) - 2
    with pytest.raises(NothingToExport):
        qdpx.write_qdpx(sample.library, [orphan, gone], tmp_path / "none.qdpx")
    assert not (tmp_path / "none.qdpx").exists()


def test_the_write_is_atomic(sample, tmp_path, monkeypatch):
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "p.qdpx"
    out.write_bytes(b"the previous project")
    real = zipfile.ZipFile.writestr
    calls = []

    def fail_on_a_source(self, info, data, *args, **kwargs):
        calls.append(info)
        if len(calls) == 2:  # project.qde is written, then the first source fails
            raise OSError(28, "No space left on device")
        return real(self, info, data, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "writestr", fail_on_a_source)
    with pytest.raises(ExportError) as caught:
        _export(sample, out)
    assert caught.value.code == "disk-full"
    assert out.read_bytes() == b"the previous project"
    assert [p.name for p in out.parent.iterdir()] == ["p.qdpx"]  # no temporary file left


@pytest.mark.parametrize(("source", "value"), [("collection", "Asiel en cultuur"),
                                                ("tag", "cursus/asiel")])
def test_annotations_are_chosen_like_the_other_exports(sample, source, value):
    title, anns = qdpx.annotations_for(sample.library, source, value)
    if source == "collection":
        assert title == "Asiel en cultuur"
        assert {a.id for a in anns} == {a.id for a in sample.annotations}
    else:
        assert {a.id for a in anns} == {a.id for a in sample.annotations
                                        if "cursus/asiel" in a.tags}
    with pytest.raises(NothingToExport):
        qdpx.annotations_for(sample.library, "tag", "geen-tag")
    chosen = [sample.annotations[2].id]
    _, picked = qdpx.annotations_for(sample.library, "annotations", annotation_ids=chosen)
    assert [a.id for a in picked] == chosen


def _run(*argv):
    import io

    from desktop_app.cli import main

    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_the_command_line_writes_a_project(sample, tmp_path):
    data = str(sample.library.data_dir)
    sample.library.close()
    out = tmp_path / "asiel.qdpx"  # the format from the suffix
    code, printed, err = _run("--data-dir", data, "export", "--tag", "cursus/asiel",
                              "--out", str(out))
    assert code == 0, err
    assert "qdpx: 3 coded passages from 2 letters" in printed and "2 notes" in printed
    project = Project(out)
    _schema().validate(project.qde)
    assert project.root.get("name") == "Passages over ‘cursus/asiel’"
    assert len(project.all(".//q:PlainTextSelection")) == 3
    code, printed, err = _run("--data-dir", data, "export", "--collection", "Asiel en cultuur",
                              "--format", "qdpx", "--no-notes", "--title", "Cursus",
                              "--out", str(tmp_path / "cursus.bin"))
    assert code == 0, err
    assert "4 coded passages from 3 letters" in printed and "without notes" in printed
    project = Project(tmp_path / "cursus.bin")
    assert project.root.get("name") == "Cursus"
    assert project.all("q:Notes") == []
    assert [s.find("q:Description", NS) for s in project.all(".//q:PlainTextSelection")] \
        == [None] * 4


def test_the_command_line_says_what_is_wrong(sample, tmp_path):
    data = str(sample.library.data_dir)
    sample.library.close()
    code, _, err = _run("--data-dir", data, "export", "--tag", "geen-tag",
                        "--out", str(tmp_path / "x.qdpx"))
    assert code == 2 and "No annotations have the tag 'geen-tag'" in err
    assert not (tmp_path / "x.qdpx").exists()
    code, _, err = _run("--data-dir", data, "export", "--tag", "cursus",
                        "--out", str(tmp_path / "nergens" / "x.qdpx"))
    assert code == 2 and "does not exist" in err
