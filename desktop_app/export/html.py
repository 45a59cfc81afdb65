"""A course pack as one self-contained HTML file (inline CSS, no scripts, no outside links)."""

from __future__ import annotations

from html import escape

from desktop_app.export import wording as w
from desktop_app.export.notes import NoteBlock, note_blocks
from desktop_app.export.pack import CoursePack, Passage

CSS = """
:root { color-scheme: light; }
body { font-family: "Segoe UI", "Noto Sans", "DejaVu Sans", Arial, sans-serif; line-height: 1.5;
       max-width: 46rem; margin: 2rem auto; padding: 0 1.25rem; color: #1f2328; }
header.title-page { border-bottom: 2px solid #154273; margin-bottom: 2rem; padding-bottom: 1rem; }
h1 { color: #154273; font-size: 2rem; margin: 0 0 .25rem; }
.subtitle { font-size: 1.2rem; color: #444; margin: 0; }
.colophon { color: #555; font-size: .9rem; }
h2 { color: #154273; border-bottom: 1px solid #d0d7de; padding-bottom: .2rem; margin-top: 2.5rem; }
h3 { font-size: 1rem; color: #555; margin: 1.75rem 0 .5rem; }
blockquote { margin: 0; padding: .6rem 1rem; background: #f3f6fa;
             border-left: 4px solid #154273; font-family: Georgia, "Noto Serif", serif; }
.source { font-size: .9rem; color: #444; margin: .4rem 0; }
.note { border-left: 4px solid #e5a50a; padding: .1rem .9rem; margin: .6rem 0; }
.note-label { font-weight: 600; margin: .3rem 0; }
.tags span { display: inline-block; background: #eaeef2; border-radius: 1rem;
             padding: 0 .55rem; margin-right: .3rem; font-size: .85rem; }
.orphan { color: #9a3412; font-size: .9rem; }
nav ol { padding-left: 1.2rem; }
@media print { body { max-width: none; margin: 0; } section { break-inside: auto; }
  .passage { break-inside: avoid; } }
"""


def runs_html(block: NoteBlock) -> str:
    """A note block's runs with <strong>/<em>."""
    out = []
    for run in block.runs:
        text = escape(run.text)
        if run.italic:
            text = f"<em>{text}</em>"
        if run.bold:
            text = f"<strong>{text}</strong>"
        out.append(text)
    return "".join(out)


def note_html(note: str) -> str:
    """A note's paragraphs and bullet lists as HTML."""
    out: list[str] = []
    in_list = False
    for block in note_blocks(note):
        if block.kind == "bullet" and not in_list:
            out.append("<ul>")
        elif block.kind != "bullet" and in_list:
            out.append("</ul>")
        in_list = block.kind == "bullet"
        tag = "li" if in_list else "p"
        out.append(f"<{tag}>{runs_html(block)}</{tag}>")
    if in_list:
        out.append("</ul>")
    return "".join(out)  # no whitespace between blocks: Qt's layout would show it


def _citation_html(p: Passage) -> str:
    """The citation, its address to the published letter a link (opened only on a click)."""
    text = escape(p.citation)
    if p.link.startswith("https://"):
        url = escape(p.link)
        text = text.replace(url, f'<a href="{url}">{url}</a>', 1)
    return text


def _passage(number: int, p: Passage) -> str:
    parts = [f'<article class="passage" id="passage-{number}">',
             f"<h3>{escape(w.passage_heading(number, p))}</h3>",
             "<blockquote>" + "".join(f"<p>{escape(q)}</p>"
                                      for q in w.quote_paragraphs(p.quote)) + "</blockquote>",
             f'<p class="source"><strong>{w.SOURCE}:</strong> '
             f"<cite>{_citation_html(p)}</cite></p>"]
    if p.orphan:
        parts.append(f'<p class="orphan">{escape(w.ORPHAN)}</p>')
    if p.note:
        parts.append(f'<div class="note"><p class="note-label">{escape(w.note_label(p))}</p>'
                     f"{note_html(p.note)}</div>")
    if p.tags:
        tags = "".join(f"<span>{escape(t)}</span>" for t in p.tags)
        parts.append(f'<p class="tags"><strong>{w.TAGS}:</strong> {tags}</p>')
    parts.append("</article>")
    return "\n".join(parts)


def _toc(pack: CoursePack) -> str:
    """The contents, linked: the introduction (``#introduction``), then ``#section-N``."""
    headings = w.contents(pack)
    targets = (["introduction"] if pack.introduction.strip() else []) + [
        f"section-{i}" for i in range(1, len(pack.sections) + 1)]
    items = "".join(f'<li><a href="#{target}">{escape(heading)}</a></li>'
                    for target, heading in zip(targets, headings, strict=True))
    return f'<nav aria-label="{w.CONTENTS}"><h2>{w.CONTENTS}</h2><ol>{items}</ol></nav>'


def render_html(pack: CoursePack) -> str:
    """The whole pack as one HTML document (UTF-8)."""
    sections = w.numbered(pack)
    body = ['<header class="title-page">', f"<h1>{escape(pack.title)}</h1>"]
    if pack.subtitle:
        body.append(f'<p class="subtitle">{escape(pack.subtitle)}</p>')
    body += [f'<p class="colophon">{escape(w.colophon(pack))}</p>', "</header>", _toc(pack)]
    if pack.introduction.strip():
        body.append(f'<section id="introduction"><h2>{w.INTRODUCTION}</h2>'
                    f"{note_html(pack.introduction)}</section>")
    for i, (heading, items) in enumerate(sections, 1):
        body.append(f'<section id="section-{i}"><h2>{escape(w.section_heading(heading))}</h2>')
        body += [_passage(n, p) for n, p in items]
        body.append("</section>")
    return ("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(pack.title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
            + "\n".join(body) + "\n</body>\n</html>\n")
