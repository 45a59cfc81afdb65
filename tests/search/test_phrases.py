"""A phrase in a short field (title, note): the candidates and scores Whoosh's phrase matcher
gives, found from the words' postings and positions instead of its span matcher."""

from __future__ import annotations

import random

import pytest
from testdata import record_calls
from whoosh import query as wq

from desktop_app.model import Letter, Metadata
from desktop_app.search import SearchIndex
from desktop_app.search.phrases import _consecutive, _phrase_scores

WORDS = ["minister", "justitie", "veiligheid", "zorg", "asiel", "brief", "reactie", "kamer"]


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    rng = random.Random(7)
    letters = []
    for i in range(300):  # titles of a few words, often repeated, in every order
        title = " ".join(rng.choice(WORDS + ["van", "en", "de"]) for _ in range(rng.randint(2, 9)))
        letters.append(Letter(id=f"l{i}", metadata=Metadata(title=title, date="2021-03-15"),
                              text=f"Brief {i} over {title}."))
    index = SearchIndex(tmp_path_factory.mktemp("phrases") / "index")
    index.rebuild(letters, library_state="s", procs=1)
    return index._searcher()


@pytest.mark.parametrize("words", [["minister", "justitie"], ["justitie", "veiligheid", "zorg"],
                                   ["zorg", "zorg"], ["asiel", "brief", "reactie", "kamer"],
                                   ["kamer", "minister", "kamer"]])
@pytest.mark.parametrize("boost", [1.0, 2.5])
def test_the_same_documents_and_scores_as_whooshs_phrase_matcher(searcher, words, boost):
    phrase = wq.Phrase("title", [_term(searcher, w) for w in words], boost=boost)
    seen = 0
    for sub, _offset in searcher.leaf_searchers():
        m = phrase.matcher(sub, sub.context())
        expected = {}
        while m.is_active():
            expected[m.id()] = m.score()
            m.next()
        ids = _consecutive(sub, "title", phrase.words)
        assert ids == sorted(expected)
        if ids:
            assert _phrase_scores(sub, phrase, phrase.words, ids) == [expected[d] for d in ids]
        seen += len(ids)
    if len(words) == 2:  # short phrases occur in these titles: the test compares real hits
        assert seen > 3


def _term(searcher, word: str) -> str:
    from desktop_app.search import analyse

    return analyse(word)[0][0]


@pytest.fixture(scope="module")
def phrase_index(tmp_path_factory):
    rng = random.Random(3)
    letters = []
    for i in range(700):  # the phrase in some letters, its pairs apart in others
        words = [rng.choice(WORDS) for _ in range(60)]
        if i % 3 == 0:
            at = rng.randrange(50)
            words[at:at + 4] = ["minister", "van", "justitie", "en"]
        letters.append(Letter(id=f"p{i}", metadata=Metadata(title="Brief", date="2021-03-15"),
                              text=" ".join(words) + " minister van asiel. justitie en zorg."))
    index = SearchIndex(tmp_path_factory.mktemp("pairs") / "index")
    index.rebuild(letters, library_state="s", procs=1)
    return index


def test_proving_candidates_out_of_order_goes_back_without_new_cursors(phrase_index,
                                                                       monkeypatch):
    from desktop_app.search import phrases

    searcher = phrase_index._searcher()
    from desktop_app.search.schema import pair_key

    keys = tuple(pair_key(w) for w in ("minister", "van", "justitie", "en"))
    reader = searcher.reader()
    in_order = phrases._SegmentPhrase(reader, keys, 1.0)
    in_order.prove(list(in_order.ids))
    assert sum(1 for c in in_order.counts.values() if c) > 200  # postings of several blocks

    made = record_calls(monkeypatch, phrases._Cursor, "__init__",
                        lambda self, *args, **kwargs: args[1])
    backwards = phrases._SegmentPhrase(reader, keys, 1.0)
    ids = list(backwards.ids)
    for end in range(len(ids), 0, -16):  # batches from the last candidates to the first
        backwards.prove(ids[max(0, end - 16):end])
    assert backwards.counts == in_order.counts
    assert len(made) == len(backwards.cover)  # one cursor per covering constraint, rewound
