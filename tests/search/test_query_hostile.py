"""Hostile queries end in a best-effort result with a clear message, never an exception.

Operators in a row, operators alone, stray syntax, control characters, huge phrases and
queries, and parser or matcher failures (Whoosh asserts, Python's recursion limit).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from whoosh import query as wq
from whoosh.qparser import QueryParser
from whoosh.searching import Searcher

from desktop_app.errors import Message
from desktop_app.ingest import read_file
from desktop_app.model import Letter, Metadata, SearchResult
from desktop_app.search import (
    MAX_PHRASE_WORDS,
    MAX_QUERY_CHARS,
    SearchIndex,
    clean_query,
    plain_words,
    rewriting,
    searching,
)

ASIEL = "De IND beoordeelt de geloofwaardigheid van bekeerlingen. Ik zal de Kamer informeren."
KLIMAAT = "Het kabinet werkt aan de circulaire economie. Intervisie helpt de coördinatoren."
# A long letter of distinct words (w0000 … w2999), so a phrase of all of them is 2999 pairs.
LONG_WORDS = [f"w{i:04d}" for i in range(3000)]
LETTERS = [
    Letter(id="a1", metadata=Metadata(title="Bekeerlingen", date="2021-03-15"), text=ASIEL),
    Letter(id="k1", metadata=Metadata(title="Circulaire economie", date="2023-02-03"),
           text=KLIMAAT),
    Letter(id="long", metadata=Metadata(title="Lang", date="2022-01-01"),
           text=" ".join(LONG_WORDS) + "."),
]
KNOWN_IDS = {"a1", "k1", "long"}
LETTERS_DIR = Path(__file__).resolve().parents[2] / "letters"


@pytest.fixture(scope="module")
def index(tmp_path_factory) -> SearchIndex:
    ix = SearchIndex(tmp_path_factory.mktemp("index"), lock_timeout=0.5)
    ix.rebuild(LETTERS, library_state="s1")
    yield ix
    ix.close()


def codes(message: str | None) -> set[str]:
    """Every code in a (combined) message."""
    if not isinstance(message, Message):
        return set()
    out = {message.code} if message.code else set()
    for part in message.parts:
        out |= codes(part)
    return out


def found(result: SearchResult) -> set[str]:
    return {h.id for h in result.hits}


# -- two operators in a row --------------------------------------------------------------------

@pytest.mark.parametrize(("query", "expected", "code"), [
    ("bekeerlingen REQUIRE ANDMAYBE geloofwaardigheid", {"a1"}, "operator-repeated"),
    ("bekeerlingen ANDNOT ANDMAYBE intervisie", {"a1"}, "operator-repeated"),
    ("bekeerlingen ANDMAYBE ANDNOT intervisie", {"a1"}, "operator-repeated"),
    ("bekeerlingen REQUIRE REQUIRE geloofwaardigheid", {"a1"}, "operator-repeated"),
    ("bekeerlingen OR OR intervisie", {"a1", "k1"}, "operator-repeated"),
    ("bekeerlingen OF OF intervisie", {"a1", "k1"}, "operator-repeated"),
    ("bekeerlingen AND OR geloofwaardigheid", {"a1"}, "operator-repeated"),
    ("bekeerlingen NOT OR intervisie", {"a1"}, "operator-repeated"),
    ("bekeerlingen EN OF geloofwaardigheid", {"a1"}, "operator-repeated"),
    ("REQUIRE bekeerlingen", {"a1"}, "operator-at-start"),
    ("bekeerlingen REQUIRE", {"a1"}, "operator-at-end"),
    ("bekeerlingen OR NOT", {"a1"}, "operator-at-end"),
    ("(OR bekeerlingen) intervisie", set(), "operator-at-start"),
    ("tekst:(bekeerlingen OR)", {"a1"}, "operator-at-end"),
])
def test_operators_in_a_row_keep_the_first(index, query, expected, code):
    result = index.search(query)
    assert found(result) == expected
    assert result.total == len(expected)
    assert code in codes(result.error)


def test_operators_in_a_row_message_names_both():
    text, error = clean_query("a REQUIRE ANDMAYBE b")
    assert text == "a REQUIRE b"
    assert "'ANDMAYBE' right after 'REQUIRE'" in error
    assert error.parts[0].params == {"operator": "ANDMAYBE", "previous": "REQUIRE"}


@pytest.mark.parametrize(("query", "expected"), [
    ("bekeerlingen AND NOT intervisie", "bekeerlingen AND NOT intervisie"),
    ("NOT NOT bekeerlingen", "NOT NOT bekeerlingen"),
    ('"asiel -wet" -opvang', '"asiel -wet" NOT opvang'),  # a hyphen in a phrase is text
    ('"asiel OR OR wet"', '"asiel OR OR wet"'),  # so are operator words
    ('titel:"a b"~2 tekst:(asiel)', 'titel:"a b"~2 tekst:(asiel)'),
])
def test_valid_operators_and_phrases_are_left_alone(query, expected):
    assert clean_query(query) == (expected, None)


def test_the_fallback_leaves_operator_words_and_fields_out():
    assert plain_words("a REQUIRE ANDMAYBE b") == "a b"
    assert plain_words("titel:asiel NIET (wet OR OF opvang)") == "asiel wet opvang"


def test_a_parser_failure_searches_the_plain_words(index, monkeypatch):
    real = QueryParser.parse
    seen = []

    def parse(self, text, *args, **kwargs):
        seen.append(text)
        if len(seen) == 1:
            raise AssertionError  # as Whoosh did for "a REQUIRE ANDMAYBE b"
        return real(self, text, *args, **kwargs)

    monkeypatch.setattr(QueryParser, "parse", parse)
    result = index.search("bekeerlingen REQUIRE geloofwaardigheid")
    assert seen[1] == "bekeerlingen geloofwaardigheid"
    assert found(result) == {"a1"}
    assert "not-understood" in codes(result.error)


def test_a_parser_that_always_fails_gives_an_empty_result(index, monkeypatch):
    def parse(self, text, *args, **kwargs):
        raise ValueError("broken parser")

    monkeypatch.setattr(QueryParser, "parse", parse)
    result = index.search("bekeerlingen")
    assert result.total == 0 and result.hits == ()
    assert "not-searchable" in codes(result.error)


# -- a wide set of hostile queries ---------------------------------------------------------------

HOSTILE = [
    "a REQUIRE ANDMAYBE b", "NOT NOT", "NOT NOT NOT bekeerlingen", "OR OR", "AND AND AND",
    "ANDMAYBE", "REQUIRE", "ANDNOT ANDNOT", "NIET NIET", "EN OF NIET", "-", "- - -", "--",
    "-bekeerlingen", '"', '""', '"""', '"" bekeerlingen', '"bekeerlingen', "~", "~~", "^",
    "^^2", "bekeerlingen^", "bekeerlingen^abc", "bekeerlingen~", "bekeerlingen~x",
    "bekeerlingen~9", "~bekeerlingen", ":", "::", "a:b:c", "[", "]", "{", "}", "[]", "{}",
    "[TO]", "[a TO", "{a TO b]", "()", "( )", "(((", ")))", "(OR)", "(NOT)", "titel:",
    "titel:titel:", "datum:", "soort:", "van: tekst:", "datum:[", "datum:[2021 TO",
    "datum:[* TO *]", "datum:xyz", "soort:xyz", "nummer:[1 TO]", "*", "?", "**", "*:*",
    "titel:*", "a*b*c*", "\\", "bekeerlingen\\", "/", "+bekeerlingen", "!bekeerlingen",
    "bekeerlingen && intervisie", "bekeerlingen || intervisie", "TO", "a TO b",
    "bekeerlingen\x00intervisie", "\x00", "\x07\x1b", "\t\n\r", "\u202e", "\ufeff", "\u200b",
    "日本語", "🙂 bekeerlingen", "bekeerlingen\u0301", "Ω≈ç√∫", "𝕓𝕖𝕜𝕖𝕖𝕣𝕝𝕚𝕟𝕘𝕖𝕟",
    "bekeerlingen AND OR NOT intervisie", "AND a* REQUIRE nummer: opvang EN",
    "wet* REQUIRE bekeerlingen", "bek* ANDMAYBE intervisie", '"a"~', '"bekeerlingen"^2~3',
    "(" * 200 + "bekeerlingen" + ")" * 200, "NOT " * 300 + "bekeerlingen",
    "bekeerlingen " + "OR " * 500, '"' * 501, "datum:[" * 300, "x" * 50_000,
]


@pytest.mark.parametrize("query", HOSTILE, ids=range(len(HOSTILE)))
@pytest.mark.parametrize("scope", ["letters", "annotations", "all"])
def test_hostile_queries_give_a_result_not_an_exception(index, query, scope):
    result = index.search(query, scope=scope, limit=50)
    assert isinstance(result, SearchResult)
    assert result.query == query
    assert found(result) <= KNOWN_IDS
    assert result.total >= len(result.hits)
    if result.error is not None:  # a message the window can word: every part has a code
        assert isinstance(result.error, Message)
        parts = result.error.parts or (result.error,)
        assert all(part.code for part in parts)


@pytest.mark.parametrize(("query", "expected"), [
    ("NOT NOT NOT bekeerlingen", {"k1", "long"}),
    ("-bekeerlingen", {"k1", "long"}),
    ('"" bekeerlingen', {"a1"}),
    ("bekeerlingen\x00intervisie", set()),  # NUL separates two words, both required
    ("🙂 bekeerlingen", {"a1"}),
    ("(" * 200 + "bekeerlingen" + ")" * 200, {"a1"}),
    ("bekeerlingen " + "OR " * 500, {"a1"}),
    ("wet* REQUIRE bekeerlingen", set()),
    ("bekeerlingen REQUIRE geloofwaardigheid", {"a1"}),
])
def test_hostile_queries_find_what_can_be_read(index, query, expected):
    assert found(index.search(query, limit=50)) == expected


def test_require_with_block_quality_skipping_does_not_trip_whoosh(tmp_path):
    """Whoosh's RequireMatcher.skip_to_quality asserts on some indexes (here: a few bundled
    letters) for ``a* REQUIRE opvang``; the top hits then come from the plain collector."""
    letters = []
    for path in sorted(LETTERS_DIR.iterdir())[:6]:
        if path.suffix in (".txt", ".md", ".html", ".xml"):
            parsed = read_file(path)
            letters.append(Letter(id=parsed.id, metadata=parsed.metadata, text=parsed.text))
    ix = SearchIndex(tmp_path / "index")
    ix.rebuild(letters, library_state="s1")
    try:
        for query in ("a* REQUIRE opvang", "AND a* REQUIRE nummer: opvang EN"):
            result = ix.search(query)
            assert result.total == len(result.hits) == 0
        assert codes(ix.search("AND a* REQUIRE nummer: opvang EN").error) >= {
            "operator-at-start", "operator-at-end", "no-value"}
    finally:
        ix.close()


def test_a_whoosh_assertion_while_ranking_falls_back_to_the_plain_collector(index,
                                                                            monkeypatch):
    real = Searcher.search

    def search(self, q, *args, optimize=True, **kwargs):
        if optimize:
            raise AssertionError  # as in whoosh.matching.binary IntersectionMatcher._find_next
        return real(self, q, *args, optimize=optimize, **kwargs)

    monkeypatch.setattr(Searcher, "search", search)
    result = index.search("bekeerlingen REQUIRE geloofwaardigheid")
    assert found(result) == {"a1"} and result.error is None


# -- huge phrases and queries --------------------------------------------------------------------

def test_a_phrase_of_thousands_of_words_is_cut_and_still_found(index):
    result = index.search('"' + " ".join(LONG_WORDS) + '"')
    assert found(result) == {"long"}
    assert "long-phrase" in codes(result.error)
    part = next(p for p in result.error.parts if p.code == "long-phrase")
    assert part.params == {"words": 3000, "maximum": MAX_PHRASE_WORDS}
    assert f"first {MAX_PHRASE_WORDS} words" in result.error


def test_a_query_of_thousands_of_words_is_cut(index):
    result = index.search(" ".join(LONG_WORDS))
    assert found(result) == {"long"}
    assert "long-query" in codes(result.error)
    text, _ = clean_query("x" * 100_000)
    assert len(text) <= MAX_QUERY_CHARS


def test_cutting_a_query_closes_its_phrase_and_groups():
    text, error = clean_query("w0001 (" + "w " * 300 + ")")
    assert text.endswith("w w)") and text.count("(") == text.count(")") == 1
    assert "long-query" in codes(error)
    text, error = clean_query("w " * 250 + '"' + "x " * 30 + '" y')
    assert text.endswith('x x x x x"') and text.count('"') == 2
    assert codes(error) == {"partly-understood", "long-query"}


def test_a_recursion_error_searches_the_words(index, monkeypatch):
    real = rewriting.rewrite

    def rewrite(q, reader, plan):
        if isinstance(q, wq.AndMaybe):  # as a too deeply nested query would
            raise RecursionError("maximum recursion depth exceeded")
        return real(q, reader, plan)

    monkeypatch.setattr(searching, "rewrite", rewrite)
    monkeypatch.setattr(rewriting, "rewrite", rewrite)
    result = index.search("bekeerlingen ANDMAYBE geloofwaardigheid")
    assert found(result) == {"a1"}  # bekeerlingen geloofwaardigheid
    assert "too-complex" in codes(result.error)
    assert result.suggestion is None


def test_a_recursion_error_every_time_gives_an_empty_result(index, monkeypatch):
    def rewrite(q, reader, plan):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(searching, "rewrite", rewrite)
    monkeypatch.setattr(rewriting, "rewrite", rewrite)
    result = index.search("bekeerlingen")
    assert result.total == 0 and result.hits == ()
    assert "not-searchable" in codes(result.error)
