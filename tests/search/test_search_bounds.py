"""The costly query classes bounded, and filters read once per searcher (issue 17).

* a prefix matching more words than a search may read is cut to its most frequent words, and
  the result says so (``prefix-bounded``);
* term expansions and filter sets (date, dossier, year …) are made once per searcher and made
  again after the index changed;
* a phrase is proved from its covering pairs, the rarest first.

No timing here: the work is counted through hooks (``benchmarks/bench_search_pane.py``
measures the time).
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from testdata import record_calls
from whoosh import query as wq
from whoosh.formats import Positions

from desktop_app.model import Letter, Metadata
from desktop_app.search import MAX_EXPANSION, SearchIndex, phrases, rewriting

SUFFIXES = [a + b for a in "bcdfghklmnprstvz" for b in "aeiou"][:MAX_EXPANSION + 16]


def _letter(letter_id: str, text: str, date: str = "2021-03-15", dossier: str = "36000"
            ) -> Letter:
    return Letter(id=letter_id, metadata=Metadata(title=f"Brief {letter_id}", date=date,
                                                  dossier=dossier), text=text)


def _message_codes(message) -> set[str]:
    if message is None:
        return set()
    return {message.code} | {part.code for part in getattr(message, "parts", ())}


def _part(message, code: str):
    return next(m for m in (message, *message.parts) if m.code == code)


@pytest.fixture
def index(tmp_path) -> SearchIndex:
    # one distinct "zwerv…" word per letter (80 words, one letter each) and a common word
    letters = [_letter(f"w{i}", f"Een brief over zwerv{s}ing en asiel.",
                       date="2021-03-15" if i % 2 else "2019-05-01",
                       dossier="36000" if i % 3 else "25179")
               for i, s in enumerate(SUFFIXES)]
    ix = SearchIndex(tmp_path / "index")
    ix.rebuild(letters, library_state="s1")
    yield ix
    ix.close()


def test_a_prefix_of_too_many_words_is_cut_and_says_so(index):
    result = index.search("zwerv*", limit=200)
    assert "prefix-bounded" in _message_codes(result.error)
    notice = _part(result.error, "prefix-bounded")
    assert notice.params == {"pattern": "zwerv*", "matched": len(SUFFIXES),
                             "searched": MAX_EXPANSION}
    assert result.total == MAX_EXPANSION  # one letter per word searched


def test_a_prefix_within_the_bound_says_nothing(index):
    result = index.search("zwervba*")
    assert result.error is None and result.total == 1


def test_prefix_frequencies_match_whoosh_over_segments(index):
    index.update([_letter("extra", "Nog een zwervbaing en een zwervcaing.")],
                 library_state="s2")  # a second segment: frequencies are summed
    reader = index._searcher().reader()
    assert len(reader.leaf_readers()) == 2
    ours = dict(rewriting._prefix_frequencies(reader, "body", "zwerv"))
    theirs = {t.decode(): i.doc_frequency() for t, i in reader.iter_prefix("body", "zwerv")}
    assert ours == theirs and ours["zwervbaing"] == 2


def test_an_expansion_is_made_once_per_searcher(index, monkeypatch):
    calls = record_calls(monkeypatch, rewriting, "_prefix_frequencies",
                         lambda reader, fieldname, prefix: prefix)
    first = index.search("zwerv*").total
    made = len(calls)
    assert made > 0
    assert index.search("zwerv*").total == first
    assert index.search("zwerv* asiel").total == first
    assert len(calls) == made  # the same searcher: no new expansion
    index.update([_letter("extra", "Een zwervbaing.")], library_state="s2")
    index.search("zwerv*")
    assert len(calls) > made  # a new searcher after the commit expands again


@pytest.fixture
def range_reads(monkeypatch) -> list:
    """One entry per date range compiled to the terms it reads (a read of its postings)."""
    return record_calls(monkeypatch, wq.NumericRange, "_compile_query")


def test_a_date_filter_is_read_once_per_searcher(index, range_reads):
    in_2021 = {f"w{i}" for i in range(len(SUFFIXES)) if i % 2}
    first = index.search("asiel datum:2021", limit=200)
    assert {h.id for h in first.hits} == in_2021
    reads = len(range_reads)
    assert reads > 0
    second = index.search("zwervbeing OR zwervbiing datum:2021", limit=200)
    assert {h.id for h in second.hits} == {"w1"}  # "zwervbe" is w1 (2021), "zwervbi" w2 (2019)
    assert index.search("asiel datum:2021", limit=200).total == len(in_2021)
    assert len(range_reads) == reads  # cached: the date postings were not read again
    # a new generation: the set is read again, and holds the new letter
    index.update([_letter("new", "Over asiel.", date="2021-12-01")], library_state="s2")
    assert index.search("asiel datum:2021", limit=200).total == len(in_2021) + 1
    assert len(range_reads) > reads


def test_filters_narrow_like_before(index):
    dossier = {f"w{i}" for i in range(len(SUFFIXES)) if not i % 3}
    result = index.search("asiel dossier:25179", limit=200)
    assert {h.id for h in result.hits} == dossier and result.total == len(dossier)
    by_pane = index.search("asiel", limit=200, filters={"year": "2019"})
    assert {h.id for h in by_pane.hits} == {f"w{i}" for i in range(len(SUFFIXES)) if not i % 2}
    both = index.search("asiel datum:2019", limit=200, filters={"dossier": "25179"})
    assert {h.id for h in both.hits} == {f"w{i}" for i in range(len(SUFFIXES)) if not i % 6}
    assert both.facets["dossier"] == {"25179": len(both.hits)}
    assert index.search("asiel datum:2020", limit=200).total == 0


def _keys(text: str) -> tuple[str, ...]:
    from desktop_app.search.schema import pair_key

    return tuple(pair_key(w) for w in text.split())


@pytest.mark.parametrize(("text", "constraints", "unheld"), [
    # a stop word's pair holds it and the next word; other content words are body terms
    ("minister van justitie en veiligheid",
     [("pairs", "=van justitie", 1), ("pairs", "=en veilig", 3), ("body", "minister", 0)], []),
    # two common words: one pair (the pair a phrase search of them reads alone)
    ("tweede kamer", [("pairs", "twed kamer", 0)], []),
    # two words, one of them not common: both from the body's positions
    ("asiel opvang", [("body", "asiel", 0), ("body", "opvang", 1)], []),
    # a last stop word after a content word: the index cannot say it, the text will
    ("minister van", [("body", "minister", 0)], [(1, "=van")]),
    # stop words only
    ("van de", [("pairs", "=van =de", 0)], []),
])
def test_a_phrase_is_what_the_index_holds_of_it(text, constraints, unheld):
    assert phrases.phrase_constraints(_keys(text)) == (constraints, unheld)


def test_the_cover_fixes_every_word_with_few_constraints():
    stops = ("=a", "=b", "=c", "=d", "=e", "=f", "=g", "=h")
    run = phrases.phrase_constraints(stops[:5])[0]  # four pairs in a row
    assert phrases.phrase_cover(run) == [0, 2, 3]  # every other pair and the last
    assert phrases.phrase_cover(phrases.phrase_constraints(stops)[0]) == [0, 2, 4, 6]
    words = ("asiel", "=a", "kamer", "opvang", "twed", "kamer", "=b", "=c", "wet")
    for n in range(2, len(words) + 1):
        for start in range(len(words) - n + 1):
            keys = words[start:start + n]
            constraints, unheld = phrases.phrase_constraints(keys)
            cover = [constraints[k] for k in phrases.phrase_cover(constraints)]
            fixed = {o for _f, _t, o in cover} | {o + 1 for f, _t, o in cover if f == "pairs"}
            assert fixed | {o for o, _k in unheld} == set(range(n)), keys
            assert len(cover) <= (n + 1) // 2 + sum(f == "body" for f, _t, _o in cover)


def test_positions_decode_like_whoosh():
    fmt = Positions()
    for positions in ([0], [3, 4, 10, 200, 201], list(range(0, 5000, 7))):
        value = fmt.encode(positions)
        assert phrases._decode_positions(value) == fmt.decode_positions(value) == positions


def test_a_long_phrase_reads_the_positions_of_its_cover_rarest_first(tmp_path, monkeypatch):
    texts = {
        "yes": "De minister van justitie en veiligheid schrijft.",
        "no": "De minister van justitie zwijgt. En veiligheid van justitie en de minister.",
        "other": "De minister van justitie en zorg en veiligheid.",
        "filler": "De minister van justitie en zorg.",  # "en veiligheid" is the rarest pair
    }
    ix = SearchIndex(tmp_path / "index")
    ix.rebuild([_letter(k, v) for k, v in texts.items()], library_state="s1")
    read = record_calls(monkeypatch, phrases, "_positions",
                        lambda cursor, docnums: (cursor.term, len(docnums)))
    try:
        result = ix.search('"minister van justitie en veiligheid"', limit=10)
    finally:
        ix.close()
    assert {h.id for h in result.hits} == {"yes"}
    # 4 pairs, 3 of them prove the phrase; the rarest ("en veiligheid") first, for the 3
    # letters holding it (the candidates); the next pair drops "no" and "other", so the last
    # pair is read for "yes" only; the total proves nothing again
    assert len(read) == 3
    assert "veilig" in read[0][0]
    assert [n for _, n in read] == [3, 3, 1]


def test_a_replaced_letter_leaves_the_cached_filter(index):
    assert index.search("asiel datum:2021", limit=200).total == len(SUFFIXES) // 2
    moved = replace(_letter("w1", "Over asiel."), metadata=Metadata(
        title="Brief w1", date="2018-01-01", dossier="36000"))
    index.update([moved], library_state="s2")
    assert "w1" not in {h.id for h in index.search("asiel datum:2021", limit=200).hits}


def test_a_cut_prefix_in_a_negation_says_so(index):
    """'asiel -zwerv*' leaves out fewer letters than asked when zwerv* is cut: say it."""
    result = index.search("asiel -zwerv*", limit=200)
    assert "prefix-bounded" in _message_codes(result.error)
    assert result.total == len(SUFFIXES) - MAX_EXPANSION  # letters of the words not searched


def test_a_prefix_and_its_stem_count_the_words_of_both(monkeypatch):
    """'klimaat*' also reaches the stem 'klimat*': words of either, not the larger count."""
    lexicon = {"klimaat": ([f"klimaat{i}" for i in range(4)], 4),  # all four searched
               "klimat": (["klimat1", "klimat2"], 3)}  # two of three searched
    monkeypatch.setattr(rewriting, "_expand_prefix", lambda reader, field, p: lexicon[p])
    monkeypatch.setattr(rewriting, "index_term", lambda word: "klimat")
    plan = rewriting._Plan()
    rewriting.rewrite(wq.Prefix("body", "klimaat"), reader=None, plan=plan)
    assert plan.bounded == [("klimaat*", 7, 6)]
