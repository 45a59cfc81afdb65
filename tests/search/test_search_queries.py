"""Query -> expected letters on the bundled letters (as parsed by ingest), plus offsets/snippets."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop_app.ingest import read_file
from desktop_app.model import Letter
from desktop_app.search import SearchIndex, index_term

LETTERS_DIR = Path(__file__).resolve().parents[2] / "letters"

# Short names for bundled letters: a distinctive part of the file name.
WODC = "2019 beleidsreactie WODC"
ONGEHOORD = "2021-07-08 reactie bundel"
DOORLICHTING = "kst-19637-2764"
CULTUUR = "kst-35925-VI-38"
EXPERTISE = "kst-19637-3003"
K2115 = "okb_kst-19637-2115"
K2775 = "okb_kst-19637-2775"
GAS467 = "okb_kst-33529-467"
GAS468 = "okb_kst-33529-468"
GAS786 = "okb_kst-33529-786"
GAS1164 = "okb_kst-33529-1164"
KLIMAAT448 = "okb_kst-32813-448"
KLIMAATWEB = "klimaatweb"
CIRCULAIR = "pdf_ienw_2023_circulaire"


@pytest.fixture(scope="module")
def bundled() -> dict[str, Letter]:
    """Bundled letters keyed by file name."""
    out = {}
    for path in sorted(LETTERS_DIR.iterdir()):
        if path.suffix in (".txt", ".md", ".html", ".xml", ".pdf"):
            parsed = read_file(path)
            out[path.name] = Letter(id=parsed.id, metadata=parsed.metadata, text=parsed.text,
                                    blocks=parsed.blocks, footnotes=parsed.footnotes)
    return out


@pytest.fixture(scope="module")
def index(bundled, tmp_path_factory) -> SearchIndex:
    ix = SearchIndex(tmp_path_factory.mktemp("index"))
    ix.rebuild(list(bundled.values()), library_state="bundled")
    yield ix
    ix.close()


def ids(bundled: dict[str, Letter], *names: str) -> set[str]:
    """Letter ids of the bundled files whose name contains each of ``names``."""
    out = set()
    for name in names:
        found = [letter.id for fname, letter in bundled.items() if name in fname]
        assert len(found) == 1, f"{name!r} should name exactly one bundled letter: {found}"
        out |= set(found)
    return out


QUERIES = [
    # words, stemming, accents
    ("intervisie", [WODC]),
    ("bekeerling", [WODC, EXPERTISE]),  # finds "bekeerlingen"
    ("bekeerlingen", [WODC, EXPERTISE]),
    ("coordinatoren", [WODC, EXPERTISE, GAS1164, GAS467]),  # finds "coördinatoren"
    ("geloofwaardigheid bekering", [WODC]),
    ("GASWINNING", [GAS467, GAS468, GAS786, GAS1164]),  # also the titles ("Gaswinning")
    # phrases
    ('"geloofwaardigheid van bekeerlingen"', [WODC]),
    ('"circulaire economie"', [CIRCULAIR]),
    ('"bekeerlingen geloofwaardigheid"', []),
    # boolean
    ("gaswinning OR intervisie", [GAS467, GAS468, GAS786, GAS1164, WODC]),
    ("bekeerling NOT intervisie", [EXPERTISE]),
    ("bekeerling -intervisie", [EXPERTISE]),
    ("bekeerling NIET intervisie", [EXPERTISE]),
    # prefix, fuzzy
    ("intervis*", [WODC]),
    ("gaswin*", [GAS467, GAS468, GAS786, GAS1164]),
    ("intervsie~", [WODC]),
    ("gaswining~", [GAS467, GAS468, GAS786, GAS1164]),
    # fields (Dutch and English names)
    ("dossier:33529", [GAS467, GAS468, GAS786, GAS1164]),
    ("dossier:19637 datum:2021", [DOORLICHTING, K2775]),
    ('van:"Broekers-Knol" dossier:19637', [DOORLICHTING, K2775]),
    ("from:Grapperhaus", [K2775]),
    ("datum:[2021-01-01 TO 2021-07-31] van:Broekers-Knol", [ONGEHOORD, DOORLICHTING]),
    ("date:[2018-05-01 TO 2018-05-31]", [GAS467, GAS468]),
    ("klimaat datum:2020", [KLIMAAT448, GAS786]),
    # nothing
    ("", []),
    ("xyzzyplugh", []),
]


@pytest.mark.parametrize(("query", "expected"), QUERIES)
def test_query_finds_expected_letters(index, bundled, query, expected):
    result = index.search(query, limit=100)
    assert {h.id for h in result.hits} == ids(bundled, *expected)
    assert result.total == len(expected)
    assert result.error is None


@pytest.mark.parametrize("query", ["bekeerling", '"circulaire economie"', "intervis*",
                                   "intervsie~", "coördinatoren asiel"])
def test_matches_point_at_matched_words(index, bundled, query):
    letters = {letter.id: letter for letter in bundled.values()}
    result = index.search(query, limit=10)
    assert result.hits
    for hit in result.hits:
        text = letters[hit.id].text
        assert hit.matches, hit.id
        for start, end in hit.matches:
            word = text[start:end]
            assert re.fullmatch(r"\w+", word), word
            assert index_term(word) is not None
        for snippet in hit.snippets:
            assert text[snippet.start:snippet.end] == snippet.text
            assert snippet.highlights
            assert set(snippet.highlights) <= set(hit.matches)


def test_prefix_and_fuzzy_matches_are_the_expanded_words(index, bundled):
    letters = {letter.id: letter for letter in bundled.values()}
    hit = index.search("intervsie~").hits[0]
    words = {letters[hit.id].text[s:e].lower() for s, e in hit.matches}
    assert words == {"intervisie"}
    hit = index.search("bekeer*").hits[0]
    words = {letters[hit.id].text[s:e].lower() for s, e in hit.matches}
    # the prefix is also stemmed ("bekeer" -> "beker"), so "bekering" is found too
    assert "bekeerlingen" in words and all(w.startswith("beke") for w in words)


def test_phrase_matches_only_the_phrase(index, bundled):
    letters = {letter.id: letter for letter in bundled.values()}
    hit = index.search('"geloofwaardigheid van bekeerlingen"').hits[0]
    text = letters[hit.id].text
    assert len(hit.matches) % 3 == 0  # every word of each occurrence, the stop word too
    triples = list(zip(hit.matches[::3], hit.matches[1::3], hit.matches[2::3], strict=True))
    for (s1, e1), (s2, e2), (s3, e3) in triples:
        assert text[s1:e1].lower() == "geloofwaardigheid"
        assert text[s2:e2].lower() == "van"
        assert text[s3:e3].lower() == "bekeerlingen"
        assert re.fullmatch(r"\s+van\s+", text[e1:s3])
    # the word alone occurs more often than the phrase
    single = index.search("geloofwaardigheid").hits
    assert len(next(h for h in single if h.id == hit.id).matches) > len(triples)


@pytest.mark.parametrize(("query", "fragment"), [
    ('"bekeerling', "quote"),
    ("(asiel", "parenthesis"),
    ("asiel)", "parenthesis"),
    ("foo:asiel", "unknown field 'foo'"),
    ("asiel AND", "'AND' at the end"),
    ("OR asiel", "'OR' at the start"),
    ("datum:[2021 TO", "bracket"),
    ("dossier: asiel", "no value"),
])
def test_malformed_query_gives_message_and_best_effort(index, query, fragment):
    result = index.search(query)
    assert result.error is not None and fragment in result.error
    if "asiel" in query:
        assert result.total > 0


@pytest.mark.parametrize(("query", "suggestion"), [
    ("geloofwardigheid", "geloofwaardigheid"),
    ("intervisei", "intervisie"),
    ("gaswining Groningen", "gaswinning Groningen"),
])
def test_zero_hits_offer_a_suggestion(index, query, suggestion):
    result = index.search(query)
    assert result.total == 0
    assert result.suggestion == suggestion
    assert index.search(result.suggestion).total > 0


def test_no_suggestion_when_there_are_hits_or_nothing_close(index):
    assert index.search("asiel").suggestion is None
    assert index.search("qqqqzzzz").suggestion is None


def test_sort_by_date_is_newest_first(index):
    result = index.search("asiel", sort="date", limit=50)
    dates = [h.date for h in result.hits if h.date]
    assert len(dates) >= 3
    assert dates == sorted(dates, reverse=True)


def test_relevance_ranks_the_letter_about_it_first(index, bundled):
    result = index.search("geloofwaardigheid bekeerlingen lhbti")
    assert result.hits[0].id in ids(bundled, WODC, EXPERTISE)
    assert result.hits[0].score >= result.hits[-1].score


def test_facets_count_years_dossiers_and_signatories(index, bundled):
    result = index.search("dossier:19637", limit=1)
    assert result.facets["dossier"] == {"19637": result.total}
    expected_years: dict[str, int] = {}
    for letter in bundled.values():
        if letter.metadata.dossier == "19637" and letter.metadata.date:
            year = letter.metadata.date[:4]
            expected_years[year] = expected_years.get(year, 0) + 1
    assert result.facets["year"] == expected_years
    assert result.facets["signatory"]["A. Broekers-Knol"] >= 2


def test_paging_and_visible_snippets(index):
    full = index.search("asiel", limit=50)
    page = index.search("asiel", limit=2, offset=2, snippets_for=1)
    assert [h.id for h in page.hits] == [h.id for h in full.hits[2:4]]
    assert page.hits[0].snippets and page.hits[0].matches
    assert not page.hits[1].snippets and not page.hits[1].matches


def test_filters_restrict_results(index):
    result = index.search("asiel", filters={"year": "2021"}, limit=50)
    assert result.hits and all(h.date.startswith("2021") for h in result.hits)


def test_to_dict_has_the_documented_shape(index):
    data = index.search("intervisie").to_dict()
    assert set(data) == {"query", "total", "hits", "suggestion"}
    hit = data["hits"][0]
    assert set(hit) == {"id", "title", "date", "score", "snippets", "matches"}
    assert set(hit["snippets"][0]) == {"text", "start", "end"}
    assert all(len(m) == 2 for m in hit["matches"])


def test_short_prefix_matches_the_word_with_a_message(index):
    result = index.search("nr*")
    assert result.error is not None and "at least 3 letters" in result.error
    assert result.total == index.search("nr").total > 0
    assert index.search("nrs*").error is None


@pytest.mark.parametrize("query", [
    "asiel OR klimaat", "gaswinning -groningen", "NOT gaswinning", "bekeer* OR intervis*",
    '"circulaire economie" OR gaswinning', "gaswinning ANDMAYBE groningen",
    "(gaswinning OR klimaat) NOT (groningen OR asiel)", "datum:[2019 TO 2021] gaswinning",
    "titel:gaswinning", "kamer~",
])
@pytest.mark.parametrize("scope", ["letters", "all"])
def test_total_and_facets_equal_a_scored_pass(index, query, scope):
    """The total comes from set algebra on postings; it must equal Whoosh's own matching."""
    from collections import Counter

    result = index.search(query, limit=1000, scope=scope)
    assert result.total == len(result.hits)
    years = Counter(h.date[:4] for h in result.hits if h.date)
    assert {k: v for k, v in result.facets.get("year", {}).items()} == dict(years)


@pytest.mark.parametrize("query", ["asiel", "dossier:19637", "kamer OR minister"])
def test_facets_by_bit_masks_equal_counting_per_document(index, monkeypatch, query):
    """Large match sets are counted with value bit masks; the counts must be the same."""
    import desktop_app.search.facets as facets_mod

    monkeypatch.setattr(facets_mod, "MASK_COUNT_FROM", 10**9)
    counted = index.search(query, limit=1, scope="all").facets
    monkeypatch.setattr(facets_mod, "MASK_COUNT_FROM", 0)
    masked = index.search(query, limit=1, scope="all").facets
    assert counted == masked and any(counted.values())


def test_decoded_postings_blocks_are_shared_within_one_search_only(index):
    import desktop_app.search as search_mod

    first = index.search("kamer", limit=5)
    assert getattr(search_mod._BLOCKS, "cache", None) is None  # nothing kept between searches
    again = index.search("kamer", limit=5)
    assert (again.hits, again.total, again.facets) == (first.hits, first.total, first.facets)


@pytest.mark.parametrize("query", ["asiel", "kamer OR minister", '"tweede kamer"', "gaswinning"])
def test_cached_field_lengths_score_like_whoosh(index, query):
    """Scores use per-segment field length lists; they must equal Whoosh's own BM25F."""
    from whoosh import scoring

    searcher = index._searcher()
    q, _, _ = index._build_query(searcher, query, "all", None)
    ours = [(h.docnum, h.score) for h in searcher.search(q, limit=30)]
    from whoosh.searching import Searcher

    with Searcher(searcher.reader(), weighting=scoring.BM25F(), closereader=False) as plain:
        theirs = [(h.docnum, h.score) for h in plain.search(q, limit=30)]
    assert ours and ours == theirs
