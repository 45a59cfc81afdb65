"""Exported course packs use the window's words ("Labels", "Lesmateriaal") and do not print
the computer's login name as the author of a note."""

from __future__ import annotations

import getpass
import subprocess
import sys
from dataclasses import replace

from desktop_app.export import export_pack, wording
from desktop_app.export.pack import Passage, pack_from_collection, pack_from_tag


def _passage(author: str) -> Passage:
    return Passage(annotation_id="a", letter_id="kst-1", quote="q", citation="c",
                   source_title="t", note="n", author=author)


def test_a_note_by_the_login_name_has_no_author():
    assert wording.note_label(_passage(getpass.getuser())) == "Notitie"
    assert wording.note_label(_passage("unknown")) == "Notitie"
    assert wording.note_label(_passage("")) == "Notitie"


def test_a_name_someone_gave_is_kept():
    assert wording.note_label(_passage("Jan de Vries")) == "Notitie van Jan de Vries"


def test_words_match_the_dutch_window():
    assert wording.TAGS == "Labels"
    assert wording.COURSE_MATERIAL == "Lesmateriaal"
    assert wording.tag_subtitle("thema/asiel") == "Label: thema/asiel"


def test_packs_carry_the_window_words_as_subtitle(sample):
    assert pack_from_collection(sample.library, "Asiel en cultuur").subtitle == "Lesmateriaal"
    tag = sample.library.annotations.annotations()[0].tags[0]
    assert pack_from_tag(sample.library, tag).subtitle == f"Label: {tag}"


def test_wording_imports_without_the_pack_module():
    # pack.py may use these words: wording must not import pack at run time (a cycle)
    code = ("import sys, desktop_app.export.wording; "
            "sys.exit('desktop_app.export.pack' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_a_handout_does_not_print_the_login_name(sample, tmp_path):
    store = sample.library.annotations
    login = getpass.getuser()
    pack = pack_from_collection(sample.library, "Asiel en cultuur")
    pack = replace(pack, sections=tuple(
        replace(s, passages=tuple(replace(p, author=login) for p in s.passages))
        for s in pack.sections))
    out = tmp_path / "pack.md"
    export_pack(pack, "md", out, include_notes=True)
    text = out.read_text(encoding="utf-8")
    assert "**Notitie:**" in text and f"Notitie van {login}" not in text
    assert "*Labels:*" in text and "*Tags:*" not in text
    assert {a.author for a in store.annotations()} == {"trainer"}  # stored authors kept
