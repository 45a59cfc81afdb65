"""The query language: field names, operators and guards against hostile queries.

:func:`clean_query` turns what a user typed into text Whoosh can parse (unbalanced quotes and
brackets, unknown or empty fields, operators with nothing to combine, over-long phrases and
queries) and says what it changed; :func:`_make_parser` is the parser with Dutch and English
operators and field aliases; :func:`_parse` falls back to the plain words when parsing fails.
"""

from __future__ import annotations

import re
from typing import Any

from whoosh import query as wq
from whoosh.fields import Schema
from whoosh.qparser import (
    AndGroup,
    FieldAliasPlugin,
    FuzzyTermPlugin,
    MultifieldParser,
    OperatorsPlugin,
    PhrasePlugin,
)

from desktop_app.errors import Message
from desktop_app.search.schema import _WORD_RE

FIELD_ALIASES = {  # index field -> names a user may type (Dutch and English)
    "title": ["titel", "onderwerp", "subject", "betreft"],
    "body": ["tekst", "text", "inhoud"],
    "dossier": ["kamerstuk"],
    "number": ["nummer", "nr"],
    "signatory": ["van", "from", "door", "by", "ondertekenaar", "minister"],
    "role": ["rol", "functie", "ministerie", "ministry"],
    "date": ["datum"],
    "year": ["jaar"],
    "vergaderjaar": ["session"],
    "kinds": ["soort", "kind", "type"],
    "note": ["notitie", "aantekening", "notes"],
    "tags": ["tag", "label", "labels"],
}
QUERY_FIELDS = {alias for names in FIELD_ALIASES.values() for alias in names} | set(FIELD_ALIASES)


# --------------------------------------------------------------------------- query text

_OPERATORS = {"AND", "OR", "NOT", "EN", "OF", "NIET", "ANDNOT", "ANDMAYBE", "REQUIRE"}
_NEGATIONS = {"NOT", "NIET"}
_FIELD_RE = re.compile(r"(?<![\w\"])([A-Za-z_]+):")
_QUERY_TOKEN_RE = re.compile(r'"[^"]*"|[()]|[^\s()"]+')  # a phrase, a parenthesis or a word
MAX_PHRASE_WORDS = 64  # longer phrases are cut (a phrase of thousands of words exhausted the
MAX_QUERY_WORDS = 256  # Python stack in Whoosh's matchers); so are longer queries, and
MAX_QUERY_CHARS = 4000  # queries longer than this (Whoosh's parser slows down quadratically)


def _outside_quotes(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` outside double quotes."""
    spans, start, inside = [], 0, False
    for i, ch in enumerate(text):
        if ch == '"':
            if not inside:
                spans.append((start, i))
            else:
                start = i + 1
            inside = not inside
    if not inside:
        spans.append((start, len(text)))
    return spans


def _fix_quotes(text: str, problems: list[str]) -> str:
    if text.count('"') % 2:
        i = text.rfind('"')
        text = text[:i] + " " + text[i + 1:]
        problems.append(Message("a quote (\") is not closed", "open-quote"))
    return text


def _fix_pairs(text: str, opening: str, closing: str, what: str, problems: list[str]) -> str:
    """Drop unmatched brackets (outside quotes)."""
    chars, stack, bad = list(text), [], []
    inside = False
    for i, ch in enumerate(chars):
        if ch == '"':
            inside = not inside
        elif inside:
            continue
        elif ch == opening:
            stack.append(i)
        elif ch == closing:
            if stack:
                stack.pop()
            else:
                bad.append(i)
    bad += stack
    for i in bad:
        chars[i] = " "
    if bad:
        problems.append(Message(f"unmatched {what}", f"unmatched-{what}"))
    return "".join(chars)


def _fix_fields(text: str, problems: list[str]) -> str:
    """Lowercase known field names; turn unknown ``name:`` and empty ``name:`` into words."""
    out, last = [], 0
    spans = _outside_quotes(text)
    for m in _FIELD_RE.finditer(text):
        if not any(s <= m.start() < e for s, e in spans):
            continue
        name = m.group(1).lower()
        after = text[m.end():m.end() + 1]
        out.append(text[last:m.start()])
        if name not in QUERY_FIELDS:
            problems.append(Message(f"unknown field '{m.group(1)}' (ignored)", "unknown-field",
                                    field=m.group(1)))
            out.append(" ")
        elif after in ("", " "):
            problems.append(Message(f"'{m.group(0)}' has no value", "no-value",
                                    field=m.group(0)))
            out.append(" ")
        else:
            out.append(name + ":")
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def _cap_phrases(text: str, problems: list[str]) -> str:
    """Cut quoted phrases to :data:`MAX_PHRASE_WORDS` words (quotes are balanced here)."""
    longest = 0

    def cut(m: re.Match[str]) -> str:
        nonlocal longest
        inner = m.group()[1:-1]
        words = list(_WORD_RE.finditer(inner))
        if len(words) <= MAX_PHRASE_WORDS:
            return m.group()
        longest = max(longest, len(words))
        return '"' + inner[:words[MAX_PHRASE_WORDS - 1].end()] + '"'

    text = re.sub(r'"[^"]*"', cut, text)
    if longest:
        problems.append(Message(
            f"a phrase of {longest} words is too long; searched for its first "
            f"{MAX_PHRASE_WORDS} words", "long-phrase", words=longest, maximum=MAX_PHRASE_WORDS))
    return text


def _closers(text: str) -> str:
    """What closes the quote and brackets left open at the end of ``text``."""
    stack: list[str] = []
    inside = False
    for ch in text:
        if ch == '"':
            inside = not inside
        elif inside:
            continue
        elif ch in "([{":
            stack.append(")" if ch == "(" else "]")
        elif ch in ")]}" and stack:
            stack.pop()
    return ('"' if inside else "") + "".join(reversed(stack))


def _cap_length(text: str, problems: list[str]) -> str:
    """Cut the query after :data:`MAX_QUERY_WORDS` words or :data:`MAX_QUERY_CHARS`
    characters (at a space where there is one), closing what was left open."""
    end = len(text)
    if end > MAX_QUERY_CHARS:
        space = text.rfind(" ", MAX_QUERY_CHARS // 2, MAX_QUERY_CHARS + 1)
        end = space if space > 0 else MAX_QUERY_CHARS
    count = 0
    for m in _WORD_RE.finditer(text, 0, end):
        count += 1
        if count == MAX_QUERY_WORDS:
            end = m.end()
            break
    if end == len(text):
        return text
    text = text[:end]
    problems.append(Message(
        f"the query is too long (at most {MAX_QUERY_WORDS} words and {MAX_QUERY_CHARS} "
        "characters); searched for its start only", "long-query", words=MAX_QUERY_WORDS,
        characters=MAX_QUERY_CHARS))
    return text + _closers(text)


def _operator_kind(token: str) -> str:
    if token in _NEGATIONS:
        return "not"
    if token in _OPERATORS:
        return "op"
    return {"(": "open", ")": "close"}.get(token, "word")


def _fix_operators(text: str, problems: list[str]) -> str:
    """``-word`` means NOT; drop operators with nothing to combine.

    A binary operator needs something on both sides, NOT something after it, within the
    query or the parenthesised group; a binary operator right after another operator (``a
    REQUIRE ANDMAYBE b``, ``a OR OR b``, ``a NOT OR b``) is dropped too. Phrases are left as
    they are. Kept operators get spaces around them, as the parser needs.
    """
    spans = _outside_quotes(text)

    def negation(m: re.Match) -> str:  # "-word", '-"a phrase"' -> NOT …, outside phrases
        return "NOT " if any(s <= m.start() < e for s, e in spans) else m.group()

    text = re.sub(r"(^|(?<=[\s(]))-(?=[\w\"(])", negation, text)
    matches = list(_QUERY_TOKEN_RE.finditer(text))
    tokens = [m.group() for m in matches]
    kinds = [_operator_kind(t) for t in tokens]
    dropped: set[int] = set()
    kept: list[int] = []
    for i, kind in enumerate(kinds):
        if kind == "op" and (not kept or kinds[kept[-1]] == "open"):
            problems.append(Message(f"'{tokens[i]}' at the start has nothing to combine",
                                    "operator-at-start", operator=tokens[i]))
            dropped.add(i)
        elif kind == "op" and kinds[kept[-1]] in ("op", "not"):
            previous = tokens[kept[-1]]
            problems.append(Message(
                f"'{tokens[i]}' right after '{previous}' has nothing to combine (ignored)",
                "operator-repeated", operator=tokens[i], previous=previous))
            dropped.add(i)
        else:
            kept.append(i)
    following = None
    for i in reversed(kept):
        if kinds[i] in ("op", "not") and following in (None, "close"):
            problems.append(Message(f"'{tokens[i]}' at the end has nothing to combine",
                                    "operator-at-end", operator=tokens[i]))
            dropped.add(i)
            continue
        following = kinds[i]
    out, last = [], 0
    for i, m in enumerate(matches):
        out.append(text[last:m.start()])
        if i in dropped:
            out.append(" ")
        elif kinds[i] in ("op", "not"):
            out.append(f" {m.group()} ")
        else:
            out.append(m.group())
        last = m.end()
    out.append(text[last:])
    return " ".join("".join(out).split())


def clean_query(text: str) -> tuple[str, str | None]:
    """A query Whoosh can parse, and a message describing what was wrong with ``text``."""
    problems: list[Message] = []
    text = _fix_quotes(text.strip(), problems)
    text = _fix_pairs(text, "(", ")", "parenthesis", problems)
    text = _fix_pairs(text, "[", "]", "bracket", problems)
    text = _cap_phrases(text, problems)
    text = _cap_length(text, problems)
    text = _fix_fields(text, problems)
    text = _fix_operators(text, problems)
    if not problems:
        return text, None
    problems = list(dict.fromkeys(problems))  # "'OR' at the end …" once, however often
    return text, Message("Query not understood completely: " + "; ".join(problems)
                         + ". Showing results for what could be read.", "partly-understood",
                         problems)


def plain_words(text: str) -> str:
    """The words of a query without its operators, syntax and field names (at most
    :data:`MAX_QUERY_WORDS`): what is searched when the query itself cannot be."""
    words = (w for w in _WORD_RE.findall(_FIELD_RE.sub(" ", text)) if w not in _OPERATORS)
    return " ".join(list(words)[:MAX_QUERY_WORDS])


def _parse(parser: MultifieldParser, text: str, problems: list[str]) -> wq.Query:
    """Parse ``text``; when the parser fails, its plain words; failing that, nothing."""
    try:
        return parser.parse(text)
    except Exception:  # noqa: BLE001 - any parser failure (Whoosh asserts, deep nesting …)
        pass
    try:
        parsed = parser.parse(plain_words(text))
    except Exception:  # noqa: BLE001
        problems.append(NOT_SEARCHABLE)
        return wq.NullQuery
    problems.append(Message("Query not understood; searched for its words instead.",
                            "not-understood"))
    return parsed


NOT_SEARCHABLE = Message("The query could not be searched; try fewer or plainer words.",
                         "not-searchable")


class SurfacePhrase(wq.Phrase):
    """A phrase that keeps the words as typed (``surface``), stop words included.

    Whoosh's analysed phrase has lost its stop words ("minister van justitie" is
    ``minist justitie``) and a phrase of one indexed word becomes that word; the rewriter needs
    the whole word sequence to match the phrase exactly (see ``rewriting._rewrite_phrase``).
    """

    surface: tuple[str, ...] = ()

    def __eq__(self, other: object) -> bool:
        return super().__eq__(other) and self.surface == getattr(other, "surface", ())

    def __hash__(self) -> int:
        return hash((super().__hash__(), self.surface))

    def normalize(self) -> wq.Query:
        if len(self.surface) < 2:  # one word: Whoosh's own (a term, or nothing)
            return super().normalize()
        q = self.copy()
        q.words = [w for w in self.words if w is not None]
        return q


class _SurfacePhrasePlugin(PhrasePlugin):
    """Whoosh's phrase syntax, creating a :class:`SurfacePhrase` with the typed words."""

    class PhraseNode(PhrasePlugin.PhraseNode):
        def query(self, parser: Any) -> wq.Query:
            q = super().query(parser)
            if isinstance(q, SurfacePhrase):
                q.surface = tuple(_WORD_RE.findall(self.text))
            return q

    class PhraseTagger(PhrasePlugin.PhraseTagger):
        def create(self, parser: Any, match: Any) -> Any:
            node = super().create(parser, match)
            out = _SurfacePhrasePlugin.PhraseNode(node.text, node.textstartchar, node.slop)
            out.degrade = node.degrade
            return out


def _make_parser(schema: Schema, fields: list[str]) -> MultifieldParser:
    parser = MultifieldParser(fields, schema, group=AndGroup, phraseclass=SurfacePhrase)
    parser.remove_plugin_class(PhrasePlugin)
    parser.add_plugin(_SurfacePhrasePlugin())
    parser.remove_plugin_class(OperatorsPlugin)
    parser.add_plugin(OperatorsPlugin(
        And=r"(?<=\s)(AND|EN)(?=\s)", Or=r"(?<=\s)(OR|OF)(?=\s)",
        AndNot=r"(?<=\s)ANDNOT(?=\s)", AndMaybe=r"(?<=\s)ANDMAYBE(?=\s)",
        Not=r"(^|(?<=(\s|[()])))(NOT|NIET)(?=\s)", Require=r"(^|(?<=\s))REQUIRE(?=\s)"))
    parser.add_plugin(FuzzyTermPlugin())
    parser.add_plugin(FieldAliasPlugin(FIELD_ALIASES))
    return parser
