"""The annotation CLI handlers on a real library holding one small letter."""

from __future__ import annotations

import argparse
import io
import json
import re
from pathlib import Path

import pytest

from desktop_app.commands import annotations as commands
from desktop_app.errors import UserError
from desktop_app.library import Library
from desktop_app.model import Letter, Metadata
from desktop_app.store.annotations import AnnotationStore

TEXT = "Het kabinet zal de Kamer informeren. Het kabinet zal de\nKamer ook raadplegen."


class FakeContext:
    def __init__(self, data_dir: Path):
        self.data_dir = data_dir
        self.out, self.err = io.StringIO(), io.StringIO()
        self.lib = Library(data_dir, seed=False)
        if self.lib.letters.row("L1") is None:
            letter = Letter(id="L1", metadata=Metadata(), text=TEXT)
            self.lib.letters.save(letter, fingerprint="L1", source_hash="", original="",
                                  detector_version="")

    def library(self):
        return self.lib


def run(ctx: FakeContext, *argv: str) -> int:
    parser = argparse.ArgumentParser()
    commands.add_parsers(parser.add_subparsers())
    args = parser.parse_args(argv)
    return args.func(args, ctx)


def test_annotate_with_occurrence_then_list_as_json(tmp_path):
    ctx = FakeContext(tmp_path)
    with pytest.raises(UserError, match="occurs 2 times"):
        run(ctx, "annotate", "L1", "--quote", "de Kamer")
    assert run(ctx, "annotate", "L1", "--quote", "de Kamer", "--occurrence", "2",
               "--tag", "thema/asiel", "--note", "n", "--color", "vraag") == 0  # fmt: skip
    ctx.out = io.StringIO()
    run(ctx, "annotations", "--tag", "thema", "--json")
    (item,) = json.loads(ctx.out.getvalue())
    assert item["quote"] == "de\nKamer" and item["start"] == TEXT.index("de\nKamer")
    assert item["color"] == "vraag" and item["tags"] == ["thema/asiel"]


def test_export_import_backup_restore_commands(tmp_path):
    ctx = FakeContext(tmp_path)
    run(ctx, "annotate", "L1", "--quote", "informeren")
    out = tmp_path / "a.jsonld"
    assert run(ctx, "export-annotations", "--format", "w3c", "--out", str(out)) == 0
    assert run(ctx, "import-annotations", str(out)) == 0
    assert "0 added, 0 updated, 1 already up to date" in ctx.out.getvalue()
    run(ctx, "backup")
    backup = Path(ctx.out.getvalue().split("annotations to ")[-1].strip())
    run(ctx, "annotate", "L1", "--quote", "raadplegen")
    ctx.lib.annotations.close()
    assert run(ctx, "restore", str(backup)) == 0
    assert len(AnnotationStore(tmp_path / "annotations.db").annotations()) == 1


def test_annotate_unknown_quote_says_what_to_do(tmp_path):
    with pytest.raises(UserError, match="does not contain"):
        run(FakeContext(tmp_path), "annotate", "L1", "--quote", "begroting")


def test_imported_annotation_that_does_not_fit_its_letter_becomes_an_orphan(tmp_path):
    from dataclasses import replace

    from desktop_app.export import w3c

    source = FakeContext(tmp_path / "a")
    assert run(source, "annotate", "L1", "--quote", "raadplegen", "--note", "Goed") == 0
    (good,) = source.lib.annotations.annotations()
    bad = replace(good, id="00000000-0000-4000-8000-000000000001", quote="Deze tekst staat "
                  "nergens", start=9999, end=10020, prefix="", suffix="")
    path = tmp_path / "ann.json"
    w3c.write_file([good, bad], path)
    target = FakeContext(tmp_path / "b")
    assert run(target, "import-annotations", str(path)) == 0
    assert "1 imported annotation does not match" in target.out.getvalue()
    status = {a.id: a.status for a in target.lib.annotations.annotations()}
    assert status == {good.id: "ok", bad.id: "orphan"}


def test_export_with_nothing_to_export_writes_no_file(tmp_path):
    ctx = FakeContext(tmp_path)
    out = tmp_path / "leeg.json"
    with pytest.raises(UserError, match="letter 'nope' \\(not in the library\\)"):
        run(ctx, "export-annotations", "--format", "w3c", "--letter", "nope", "--out", str(out))
    assert not out.exists()


@pytest.mark.parametrize(
    ("note", "message"),
    [("x" * 1_000_001, "1,000,001 characters, more than the 1,000,000 allowed"),
     ("bad byte: \udcff", "invalid character (U+DCFF")],  # what a non-UTF-8 argv byte becomes
)
def test_annotate_refuses_a_note_the_store_cannot_keep(tmp_path, note, message):
    ctx = FakeContext(tmp_path)
    with pytest.raises(UserError, match=re.escape(message)) as info:
        run(ctx, "annotate", "L1", "--quote", "raadplegen", "--note", note)
    assert info.value.code == "bad-note" and "Nothing was saved" in str(info.value)
    assert ctx.lib.annotations.annotations() == []
