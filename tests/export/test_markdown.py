"""The Markdown export keeps a note's Markdown but nothing a viewer would load or run."""

from __future__ import annotations

from testdata import DATA

from desktop_app.export.markdown import note_markdown, render_markdown
from desktop_app.export.pack import CoursePack, Passage, Section

HOSTILE_NOTE = (DATA / "hostile" / "note_image_and_file_link.md").read_text(encoding="utf-8")


def test_an_image_on_the_web_becomes_a_link():
    assert note_markdown("![kaart](https://example.org/k.png)") == (
        "\\![kaart](https://example.org/k.png)")


def test_a_note_keeps_its_markdown():
    note = "**vet** en *schuin*\n\n- een\n- twee\n\n> citaat\n\n[site](https://example.org)"
    assert note_markdown(note) == note


def test_images_raw_html_and_file_links_are_defused():
    out = note_markdown(HOSTILE_NOTE)
    assert "\\![nul\\](/dev/zero)" in out and "\\![\\](/dev/zero)" in out  # no image, no link
    assert "[wachtwoorden\\](file:///etc/passwd)" in out  # text, not a link
    assert "\\<file:///etc/passwd>" in out and '\\<img src="/dev/zero">' in out
    assert "[js\\](javascript:alert(1))" in out
    assert "[web](https://www.tweedekamer.nl)" in out  # a web link stays a link


def test_an_escaped_backslash_does_not_unescape_the_defusing():
    # "\\\\" is a backslash: the "!" after it would start an image again
    assert note_markdown("\\\\![x](/dev/zero)") == "\\\\\\![x\\](/dev/zero)"
    assert note_markdown("\\![x](/dev/zero)") == "\\![x\\](/dev/zero)"  # already text


def test_a_link_definition_to_a_file_is_text():
    assert note_markdown("[r]: file:///etc/passwd") == "\\[r]: file:///etc/passwd"
    assert note_markdown("[r]: https://example.org") == "[r]: https://example.org"


def test_a_tag_cannot_leave_its_code_span():
    passage = Passage("a", "l", "quote", "cite", "title", tags=("x`<img src=/dev/zero>`",))
    out = render_markdown(CoursePack("T", sections=(Section(None, (passage,)),),
                                     made_on="2026-01-01"))
    assert "`` x`<img src=/dev/zero>` ``" in out


def test_a_tag_with_blank_lines_stays_in_its_code_span():
    passage = Passage("a", "l", "quote", "cite", "title", tags=("\n\n![x](/dev/zero)",))
    out = render_markdown(CoursePack("T", sections=(Section(None, (passage,)),),
                                     made_on="2026-01-01"))
    assert "`  ![x](/dev/zero)`" in out
