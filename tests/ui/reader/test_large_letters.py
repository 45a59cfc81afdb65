"""Large letters open in the reader, whole and mapped to their text (issue 16 item 14).

Speed is measured by ``benchmarks/large_letters.py``, never asserted here: these tests check
what a large letter shows and that the costs fixed for it stay gone in the markup (one named
anchor per block made Qt's ``setHtml`` quadratic).
"""

from __future__ import annotations

import random
import re
from dataclasses import replace

import pytest
from PySide6.QtGui import QTextCursor
from testdata import REAL_DIR

from desktop_app.errors import IngestError
from desktop_app.ingest import read_file
from desktop_app.library import ImportReport, detect_for, parsed_to_letter
from desktop_app.model import Block, Letter, Metadata
from desktop_app.render import Span, _paint, commitment_spans, hit_spans, letter_html
from desktop_app.ui.library import importing
from desktop_app.ui.reader.reader import ReaderPane

END = "Slotzin van de bijlage: dit is het einde van de lange brief."


def _large_text(chars: int) -> str:
    """Realistic Dutch text: the real letters' paragraphs shuffled and repeated, then END."""
    paragraphs = [p.strip() for path in sorted(REAL_DIR.glob("*.txt"))
                  for p in path.read_text(encoding="utf-8").split("\n\n")[1:] if len(p) > 80]
    rng = random.Random(16)
    parts = ["Den Haag, 4 november 2022"]
    size = 0
    while size < chars:
        rng.shuffle(paragraphs)
        parts += paragraphs
        size += sum(len(p) + 2 for p in paragraphs)
    return "\n\n".join(parts + [END]) + "\n"


@pytest.fixture(scope="module")
def large_letter(tmp_path_factory) -> Letter:
    """A letter of about 1 MB read as the app reads it, with its commitments."""
    path = tmp_path_factory.mktemp("large") / "bijlage.txt"
    path.write_text(_large_text(1_000_000), encoding="utf-8")
    letter = parsed_to_letter(read_file(path))
    return replace(letter, commitments=detect_for(letter))


def test_a_letter_of_about_1_mb_opens_and_shows_its_end(qtbot, large_letter):
    assert len(large_letter.text) > 950_000 and len(large_letter.commitments) > 100
    reader = ReaderPane()
    qtbot.addWidget(reader)
    reader.resize(800, 600)
    reader.show_letter(large_letter)
    doc = reader.view.document()
    assert doc.toPlainText().rstrip().endswith(END)
    # the end of the letter maps to its text offsets, so it can be selected and annotated
    start = large_letter.text.rindex(END)
    assert reader.select_span(start, start + len(END))
    assert reader.view.textCursor().selectedText() == END
    assert reader.selection_span() == (start, start + len(END))
    last = doc.characterCount() - 1
    assert reader.text_offset(last) == large_letter.blocks[-1].end


def test_search_hits_at_the_end_of_a_large_letter_are_painted_and_reached(qtbot,
                                                                       large_letter):
    start = large_letter.text.rindex("einde van de lange brief")
    hits = [(m.start(), m.end()) for m in re.finditer(r"Kamer\b", large_letter.text)]
    hits.append((start, start + len("einde")))
    reader = ReaderPane()
    qtbot.addWidget(reader)
    reader.show_letter(large_letter, hits)
    assert len(hits) > 300
    assert reader.go_to_hit(len(hits) - 1)
    assert reader.view.textCursor().selectedText() == "einde"
    assert reader.selection_span() == (start, start + len("einde"))


def test_the_document_has_no_named_anchor_per_block(qtbot, large_letter):
    """Thousands of distinct anchor names on plain text made ``setHtml`` quadratic: 2 s for a
    2 MB letter. Only spans (commitments, hits, notes) leave a name."""
    markup = letter_html(large_letter, commitment_spans(large_letter))
    names = re.findall(r'<a name="([^"]*)"', markup)
    assert len(large_letter.blocks) > 1000
    assert len(names) <= len(large_letter.commitments) + 2 * len(large_letter.footnotes)
    assert all(n.startswith(("commitment-", "note-", "ref-")) for n in names)
    reader = ReaderPane()
    qtbot.addWidget(reader)
    reader.show_letter(large_letter)
    block, named = reader.view.document().begin(), 0
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            named += bool(it.fragment().charFormat().anchorNames())
            it += 1
        block = block.next()
    assert named <= len(large_letter.commitments) + 2 * len(large_letter.footnotes)


def test_every_block_of_a_list_letter_maps_to_its_text(qtbot):
    """Positions map through list labels of any width, and through line breaks."""
    items = ["a)", "", "10.", "•", "(iii)"]
    text, blocks = "", []
    for n, label in enumerate(items * 40):
        body = f"Punt {n} van de lijst,\nmet een tweede regel."
        blocks.append(Block("list_item", len(text), len(text) + len(body), level=1 + n % 2,
                            label=label))
        text += body + "\n\n"
    letter = Letter(id="lijst", metadata=Metadata(subject="Lijst"), text=text,
                    blocks=tuple(blocks))
    reader = ReaderPane()
    qtbot.addWidget(reader)
    reader.show_letter(letter)
    doc = reader.view.document()
    for b in blocks:
        cursor = QTextCursor(doc)
        cursor.setPosition(reader.document_position(b.start))
        cursor.setPosition(reader.document_position(b.end), QTextCursor.MoveMode.KeepAnchor)
        assert cursor.selectedText().replace("\u2028", "\n") == text[b.start:b.end]


def _paint_reference(text: str, offset: int, spans: list[Span]) -> str:
    """The painting as it was before the sweep: every span checked for every piece."""
    import html

    from render_reference import piece_html as _piece_html

    cuts = {0, len(text)}
    for s in spans:
        cuts.add(max(0, min(len(text), s.start - offset)))
        cuts.add(max(0, min(len(text), s.end - offset)))
    points, out = sorted(cuts), []
    for a, b in zip(points, points[1:], strict=False):
        if a == b:
            continue
        piece = html.escape(text[a:b]).replace("\n", "<br>")
        active = [s for s in spans if s.start - offset <= a and s.end - offset >= b]
        out.append(_piece_html(piece, active, [s for s in active if s.start - offset == a]))
    return "".join(out)


@pytest.mark.parametrize("seed", range(20))
def test_painting_in_one_sweep_paints_as_checking_every_span(seed):
    rng = random.Random(seed)
    text = "".join(rng.choice("ab \n") for _ in range(300))
    offset = rng.randrange(0, 50)
    spans = []
    for i in range(rng.randrange(0, 40)):
        start = rng.randrange(offset - 20, offset + 320)
        end = start + rng.choice([0, 1, 5, 40, 400])
        spans.append(Span(start, end, rng.choice(["#aabbcc", "#ffe08a", ""]),
                          rng.choice(["hit-", "ann-", "commitment-"]) + str(i),
                          underline=rng.random() < 0.3, href=f"#x-{i}"))
    spans.sort(key=lambda s: (s.start, -s.end))
    local = [s for s in spans if s.start < offset + len(text) and s.end > offset]
    assert _paint(text, offset, local) == _paint_reference(text, offset, local)


def test_spans_reach_every_block_they_overlap():
    text = "".join(f"Alinea {n} van de brief.\n\n" for n in range(50))
    blocks, pos = [], 0
    for chunk in text.split("\n\n")[:-1]:
        blocks.append(Block("paragraph", pos, pos + len(chunk)))
        pos += len(chunk) + 2
    letter = Letter(id="x", metadata=Metadata(subject="X"), text=text, blocks=tuple(blocks))
    long_hit = (blocks[3].start + 2, blocks[7].end - 1)  # across five blocks
    markup = letter_html(letter, hit_spans([long_hit, (blocks[40].start, blocks[40].end)]))
    painted = re.findall(r'href="#hit-0"[^>]*>([^<]*)<', markup)
    assert "".join(painted).replace(" ", "") == text[long_hit[0]:long_hit[1]].replace(
        "\n", "").replace(" ", "")
    assert len(painted) == 5
    assert len(re.findall(r'href="#hit-1"', markup)) == 1


def test_the_import_message_says_size_limit_and_to_split_the_file(qapp):
    error = IngestError("/in/bijlage.txt", "the letter's text is 7.5 MB …", "too-long",
                        size_mb="7.5", limit_mb="5")
    text = importing.report_text(ImportReport(added=["x"], errors=[error]))
    assert "/in/bijlage.txt" in text
    assert "7.5 MB" in text and "5 MB" in text
    assert "Split the file into parts of at most 5 MB" in text
