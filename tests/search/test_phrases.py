"""A phrase in a short field (title, note): the candidates and scores Whoosh's phrase matcher
gives, found from the words' postings and positions instead of its span matcher."""

from __future__ import annotations

import random

import pytest
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
