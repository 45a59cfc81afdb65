"""Index lifecycle: incremental updates, scopes, state, corruption, rebuild, writer lock, CLI."""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import textwrap
from pathlib import Path
from types import SimpleNamespace

import pytest

from desktop_app.commands import search as search_cmd
from desktop_app.errors import UserError
from desktop_app.model import Commitment, Letter, Metadata
from desktop_app.search import SCHEMA_VERSION, IndexCorrupt, IndexLocked, SearchIndex


def letter(letter_id: str, text: str, **meta) -> Letter:
    commitments = meta.pop("commitments", ())
    return Letter(id=letter_id, metadata=Metadata(**meta), text=text, commitments=commitments)


ASIEL = "De IND beoordeelt de geloofwaardigheid van bekeerlingen. Ik zal de Kamer informeren."
KLIMAAT = "Het kabinet werkt aan de circulaire economie. Intervisie helpt de coördinatoren."
LETTERS = [
    letter("a1", ASIEL, title="Bekeerlingen", date="2021-03-15", dossier="19637",
           signatory="A. Broekers-Knol", signatory_role="Staatssecretaris van Justitie",
           commitments=(Commitment(50, 85, ASIEL[50:85], "promise", None, None, None, "zal"),)),
    letter("k1", KLIMAAT, title="Circulaire economie", date="2023-02-03", dossier="32852",
           signatory="V. Heijnen", signatory_role="Staatssecretaris van IenW"),
]


@pytest.fixture
def index(tmp_path) -> SearchIndex:
    ix = SearchIndex(tmp_path / "index", lock_timeout=0.5)
    ix.rebuild(LETTERS, library_state="s1")
    yield ix
    ix.close()


def found(ix: SearchIndex, query: str, **kw) -> set[str]:
    return {h.id for h in ix.search(query, limit=50, **kw).hits}


def test_update_adds_and_replaces(index):
    index.update([letter("n1", "Nieuwe brief over stikstof.", date="2024-01-01")],
                 library_state="s2")
    assert found(index, "stikstof") == {"n1"}
    index.update([letter("n1", "Herziene brief over windenergie.", date="2024-01-01")],
                 library_state="s3")
    assert found(index, "stikstof") == set()
    assert found(index, "windenergie") == {"n1"}
    assert index.state() == "s3"


def test_delete_removes_letter_commitments_and_annotations(index):
    index.update_annotations("a1", [{"id": 7, "letter_id": "a1", "quote": "bekeerlingen",
                                     "note": "nalopen", "tags": ["ind"], "start": 48,
                                     "end": 60}], library_state="s2")
    index.delete(["a1"], library_state="s3")
    assert found(index, "bekeerling") == set()
    assert found(index, "informeren", scope="commitments") == set()
    assert found(index, "nalopen", scope="annotations") == set()
    assert found(index, "intervisie") == {"k1"}


def test_commitment_scope_offsets_index_the_letter(index):
    result = index.search("informeren", scope="commitments")
    assert [h.kind for h in result.hits] == ["commitment"]
    hit = result.hits[0]
    start, end = hit.matches[0]
    assert ASIEL[start:end] == "informeren"
    assert hit.snippets[0].text == ASIEL[hit.snippets[0].start:hit.snippets[0].end]
    assert found(index, "soort:toezegging") == {"a1"}
    assert found(index, "kind:promise") == {"a1"}
    assert found(index, "soort:weigering") == set()


def test_annotation_scope_searches_notes_and_tags(index):
    annotations = [{"id": 1, "letter_id": "k1", "quote": "circulaire economie",
                    "note": "Vragen over grondstoffen", "tags": ["opvolgen", "EZK"],
                    "start": 26, "end": 45}]
    index.update_annotations("k1", annotations, library_state="s2")
    result = index.search("grondstoffen", scope="annotations")
    assert [(h.id, h.kind, h.ref) for h in result.hits] == [("k1", "annotation", "1")]
    assert result.hits[0].matches == ((26, 45),)
    assert found(index, "tag:opvolgen", scope="annotations") == {"k1"}
    assert found(index, "grondstoffen") == set()  # letters scope does not see notes
    index.update_annotations("k1", [], library_state="s3")
    assert found(index, "grondstoffen", scope="annotations") == set()


def test_field_names_in_english_and_dutch(index):
    assert found(index, "rol:justitie") == {"a1"}
    assert found(index, "ministry:justitie") == {"a1"}
    assert found(index, "titel:circulaire") == {"k1"}
    assert found(index, "year:2023") == {"k1"}
    assert found(index, "datum:2021-03") == {"a1"}


def test_needs_rebuild_for_missing_stale_and_other_schema(tmp_path, index):
    assert SearchIndex(tmp_path / "elsewhere").needs_rebuild("s1")
    assert not index.needs_rebuild("s1")
    assert index.needs_rebuild("s2")
    generation = (index.root / "CURRENT").read_text().strip()
    meta_path = index.root / generation / "meta.json"
    meta = json.loads(meta_path.read_text())
    meta["schema_version"] = SCHEMA_VERSION - 1
    meta_path.write_text(json.dumps(meta))
    assert index.needs_rebuild("s1")


def test_corrupt_index_is_detected_and_rebuilt(tmp_path):
    ix = SearchIndex(tmp_path / "index")
    ix.rebuild(LETTERS, library_state="s1")
    generation = ix.root / (ix.root / "CURRENT").read_text().strip()
    for path in generation.iterdir():
        if path.name.endswith((".trm", ".pst", ".toc", ".seg")) or "_" in path.name:
            path.write_bytes(b"garbage")
    fresh = SearchIndex(tmp_path / "index")
    assert fresh.needs_rebuild("s1")
    with pytest.raises(IndexCorrupt) as err:
        fresh.search("bekeerling")
    assert isinstance(err.value, UserError) and "rebuilt" in str(err.value)
    fresh.rebuild(LETTERS, library_state="s1")
    assert not fresh.needs_rebuild("s1")
    assert found(fresh, "bekeerling") == {"a1"}


def test_search_without_index_raises_clear_error(tmp_path):
    with pytest.raises(IndexCorrupt, match="no search index"):
        SearchIndex(tmp_path / "none").search("asiel")


def test_rebuild_swaps_atomically_and_cancel_keeps_old(index):
    before = found(index, "bekeerling")
    calls = []
    done = index.rebuild([letter("z1", "Alleen over zeespiegel.")], library_state="s9",
                         progress=lambda d, t: calls.append((d, t)), cancelled=lambda: True)
    assert done is False
    assert found(index, "bekeerling") == before and index.state() == "s1"
    assert index.rebuild([letter("z1", "Alleen over zeespiegel.")], library_state="s9",
                         total=1, progress=lambda d, t: calls.append((d, t)))
    assert calls[-1] == (1, 1)
    assert found(index, "zeespiegel") == {"z1"} and found(index, "bekeerling") == set()
    assert len(list(index.root.glob("gen-*"))) == 1


HOLD_LOCK = textwrap.dedent("""
    import sys, time
    from whoosh.util.filelock import FileLock
    lock = FileLock(sys.argv[1])
    assert lock.acquire(blocking=True)
    print("locked", flush=True)
    sys.stdin.readline()
""")


def test_writer_lock_held_by_another_process(index):
    proc = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(index.root / "WRITE.lock")],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "locked"
        with pytest.raises(IndexLocked, match="another program"):
            index.update([letter("n2", "Over dijken.")], library_state="s2")
        assert found(index, "bekeerling") == {"a1"}  # reading still works
    finally:
        proc.stdin.write("\n")
        proc.stdin.flush()
        proc.wait(timeout=10)
    index.update([letter("n2", "Over dijken.")], library_state="s2")
    assert found(index, "dijk") == {"n2"}


def run_cli(index, *argv) -> str:
    parser = argparse.ArgumentParser()
    search_cmd.add_parsers(parser.add_subparsers())
    args = parser.parse_args(["search", *argv])
    out = io.StringIO()
    ctx = SimpleNamespace(library=lambda: SimpleNamespace(index=index), out=out,
                          err=io.StringIO())
    assert args.func(args, ctx) == 0
    return out.getvalue()


def test_cli_json_and_text(index):
    data = json.loads(run_cli(index, "bekeerlingen", "--json"))
    assert data["total"] == 1 and data["suggestion"] is None
    hit = data["hits"][0]
    assert hit["id"] == "a1"
    assert [ASIEL[s:e] for s, e in hit["matches"]] == ["bekeerlingen"]
    snippet = hit["snippets"][0]
    assert ASIEL[snippet["start"]:snippet["end"]] == snippet["text"]
    text = run_cli(index, "bekeerlingen")
    assert "[bekeerlingen]" in text and "a1" in text
    assert "Did you mean: geloofwaardigheid" in run_cli(index, "geloofwardigheid")


def test_cli_reports_malformed_query(index):
    data = json.loads(run_cli(index, '"bekeerlingen', "--json"))
    assert data["total"] == 1 and "quote" in data["error"]


def test_unknown_sort_or_scope_is_a_user_error(index):
    with pytest.raises(UserError):
        index.search("asiel", sort="title")
    with pytest.raises(UserError):
        index.search("asiel", scope="everything")


def test_search_module_is_the_only_whoosh_user():
    root = Path(__file__).resolve().parents[2] / "desktop_app"
    users = {p.relative_to(root).as_posix() for p in root.rglob("*.py")
             if "import whoosh" in p.read_text() or "from whoosh" in p.read_text()}
    assert users and all(u.startswith("search/") for u in users), users


# ---- review fixes: scopes, annotation metadata, annotation replacement, query checks, CLI

NOTE = {"id": 7, "letter_id": "a1", "quote": "bekeerlingen", "note": "voortgang nalopen",
        "tags": ["ind"], "start": 48, "end": 60}


def test_empty_scope_gives_no_hits(index):
    # No annotations are indexed: the annotations scope must not fall back to every document.
    result = index.search("bekeerlingen", scope="annotations")
    assert result.total == 0 and result.hits == ()
    assert index.search("informeren", scope="commitments").total == 1
    index.update([letter("a1", "Zonder toezeggingen over bekeerlingen.", date="2021-03-15")],
                 library_state="s2")
    assert index.search("bekeerlingen", scope="commitments").hits == ()


def test_annotation_hits_carry_the_letters_title_and_date(tmp_path):
    ix = SearchIndex(tmp_path / "index")
    ix.rebuild(LETTERS, library_state="s1", annotations=[NOTE])
    hit = ix.search("nalopen", scope="annotations").hits[0]
    assert (hit.id, hit.kind, hit.title, hit.date) == ("a1", "annotation", "Bekeerlingen",
                                                       "2021-03-15")
    assert hit.dossier == "19637"
    ix.update_annotations("a1", [NOTE], library_state="s1")
    hit = ix.search("nalopen", scope="annotations").hits[0]
    assert (hit.title, hit.date) == ("Bekeerlingen", "2021-03-15")
    assert found(ix, "nalopen datum:2021", scope="annotations") == {"a1"}
    assert found(ix, "nalopen dossier:19637", scope="annotations") == {"a1"}
    ix.close()


def test_replace_annotations_swaps_all_and_records_token(index):
    assert index.annotations_token() is None
    index.update_annotations("a1", [NOTE], library_state="s1")
    index.replace_annotations([
        {"id": 8, "letter_id": "k1", "quote": "circulaire economie", "note": "grondstoffen",
         "tags": ["ezk"], "start": 26, "end": 45}], token="t1")
    assert found(index, "nalopen", scope="annotations") == set()
    hit = index.search("grondstoffen", scope="annotations").hits[0]
    assert (hit.id, hit.ref, hit.title, hit.date) == ("k1", "8", "Circulaire economie",
                                                      "2023-02-03")
    assert found(index, "bekeerlingen") == {"a1"}  # letters untouched
    assert found(index, "informeren", scope="commitments") == {"a1"}
    assert index.annotations_token() == "t1" and index.state() == "s1"
    index.replace_annotations([], token="t2")
    assert found(index, "grondstoffen", scope="annotations") == set()
    assert index.annotations_token() == "t2"


def test_replace_annotations_keeps_a_stale_index_stale(index):
    index.update([letter("n1", "Over dijken.")], library_state="s2")
    # The library moved on to s3 without telling the index: it must stay stale.
    index.replace_annotations([NOTE], token="t1")
    assert index.state() == "s2" and index.needs_rebuild("s3")
    index.replace_annotations([NOTE], library_state="s3", token="t2")
    assert index.state() == "s3" and not index.needs_rebuild("s3")
    assert index.annotations_token() == "t2"


def test_rebuild_records_annotations_token(index):
    index.replace_annotations([], token="old")
    assert index.rebuild(LETTERS, library_state="s2", annotations=[NOTE],
                         annotations_token="t9")
    assert index.annotations_token() == "t9"
    assert found(index, "nalopen", scope="annotations") == {"a1"}
    assert index.rebuild(LETTERS, library_state="s3")
    assert index.annotations_token() is None
    assert not index.rebuild(LETTERS, library_state="s4", annotations_token="x",
                             cancelled=lambda: True)
    assert index.annotations_token() is None and index.state() == "s3"


def test_invalid_date_is_reported_and_ignored(index):
    result = index.search("bekeerlingen datum:abc")
    assert "abc" in result.error and "date" in result.error
    assert {h.id for h in result.hits} == {"a1"} and result.total == 1
    result = index.search("datum:2021-13")
    assert "2021-13" in result.error and result.total == 0
    assert index.search("datum:2021-03").error is None


def test_unknown_commitment_kind_is_reported(index):
    result = index.search("soort:onzin")
    assert "onzin" in result.error and "toezegging" in result.error
    assert "promise" in result.error and result.total == 0
    result = index.search("bekeerlingen soort:onzin")
    assert "onzin" in result.error and result.total == 1
    for name in ("toezegging", "promise", "Actie", "eerder", "refusal", "weigering"):
        assert index.search(f"soort:{name}").error is None


def test_fuzzy_distance_is_capped_at_two(index):
    result = index.search("gelofwaardigheid~5")
    assert "2" in result.error and "~" in result.error
    assert result.total == 1
    assert index.search("gelofwaardigheid~2").error is None


def test_cli_limit_must_be_positive(index, capsys):
    for bad in ("0", "-3"):
        with pytest.raises(SystemExit):
            run_cli(index, "asiel", "--limit", bad)
        assert "--limit" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        run_cli(index, "asiel", "--offset", "-1")
    assert "--offset" in capsys.readouterr().err


def test_cli_summary_names_the_scope(index):
    index.update_annotations("a1", [NOTE], library_state="s1")
    assert "1 letter found" in run_cli(index, "bekeerlingen")
    assert "1 commitment found" in run_cli(index, "informeren", "--scope", "commitments")
    text = run_cli(index, "voortgang", "--scope", "annotations")
    assert "1 annotation found" in text and "Bekeerlingen" in text
    assert "0 annotations found" in run_cli(index, "circulaire", "--scope", "annotations")
    text = run_cli(index, "bekeerlingen OR informeren", "--scope", "all")
    assert "3 hits found in letters, commitments and annotations" in text
