"""The Dutch analyzer and the index schema.

One analysis pass (lowercase, accent folding, Dutch stop words, Dutch Snowball stemming) with a
per-word cache, the word-pair tokenizer behind phrase search, :class:`DutchText` (the text
fields, indexed straight from that pass), :func:`build_schema` and its
:data:`SCHEMA_VERSION`, and the values documents are indexed with: document kinds per search
scope, commitment kind names and the yyyymmdd ``day`` bounds of dates.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from itertools import chain, pairwise
from pickle import dumps
from typing import Any

from whoosh.analysis import CharsetFilter, LowercaseFilter, RegexTokenizer, Token
from whoosh.analysis.tokenizers import Tokenizer
from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema
from whoosh.formats import Positions
from whoosh.lang.snowball.dutch import DutchStemmer
from whoosh.lang.stopwords import stoplists
from whoosh.support.charset import accent_map
from whoosh.system import pack_uint

from desktop_app.search.common_terms import COMMON_TERMS

# 3: pairs of every adjacent word (stop words too), with positions; 4: body positions (no
# character offsets) count every word, pairs only where a stop word leads or both words are
# common (see indexed_pair)
SCHEMA_VERSION = 4

SCOPES = ("letters", "commitments", "annotations", "all")
_SCOPE_KINDS = {
    "letters": ("letter",),
    "commitments": ("commitment",),
    "annotations": ("annotation",),
    "all": ("letter", "commitment", "annotation"),
}

KIND_NAMES = {  # Dutch and English names of commitment kinds, as typed after soort:/kind:
    "promise": "promise",
    "toezegging": "promise",
    "toezeggingen": "promise",
    "belofte": "promise",
    "action": "action",
    "actie": "action",
    "acties": "action",
    "refusal": "refusal",
    "weigering": "refusal",
    "afwijzing": "refusal",
    "earlier": "earlier",
    "eerder": "earlier",
    "eerdere": "earlier",
}


# --------------------------------------------------------------------------- analysis

_WORD_RE = re.compile(r"\w+", re.UNICODE)
_STOP_WORDS = frozenset(stoplists["nl"])
_STEMMER = DutchStemmer()
_TERM_CACHE: dict[str, str | None] = {}
_PAIR_SEP = " "
_STOP_MARK = "="  # not a word character: no indexed term starts with it
_KEY_CACHE: dict[str, str] = {}  # word as written -> its phrase key (see pair_key)


def fold(text: str) -> str:
    """Lowercase and strip accents: ``Coördinatoren`` -> ``coordinatoren``."""
    text = text.lower()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def index_term(word: str) -> str | None:
    """The indexed form of one word: folded and stemmed, or None for a stop word."""
    term = _TERM_CACHE.get(word, "")
    if term != "":
        return term
    folded = fold(word)
    if folded in _STOP_WORDS:
        term = None
    else:
        term = _STEMMER.stem(folded) if len(folded) > 2 and not folded.isdigit() else folded
    if len(_TERM_CACHE) > 500_000:
        _TERM_CACHE.clear()
    _TERM_CACHE[word] = term
    return term


def pair_key(word: str) -> str:
    """A word as it takes part in a phrase: its index term, or a marked stop word (``=van``).

    Phrases are matched on pairs of adjacent words *including* stop words, so
    ``"minister van justitie"`` does not match "minister voor justitie"; the mark keeps a stop
    word apart from an index term written the same way.
    """
    term = index_term(word)
    return term if term is not None else _STOP_MARK + fold(word)


def indexed_pair(first: str, second: str) -> bool:
    """True when the ``pairs`` field holds the pair of adjacent phrase keys (see
    :func:`pair_key`): when the first is a stop word, or both are :data:`COMMON_TERMS`.

    Other adjacent words are proved from the body's positions (which count every word), so a
    stop word needs its pair and a pair of common words saves reading their long postings.
    """
    return first[0] == _STOP_MARK or (first in COMMON_TERMS and second in COMMON_TERMS)


def _key(word: str) -> str:
    """:func:`pair_key`, remembered per word as written."""
    key = pair_key(word)
    if len(_KEY_CACHE) > 500_000:
        _KEY_CACHE.clear()
    _KEY_CACHE[word] = key
    return key


def _keys(text: str) -> list[str]:
    """The phrase key of every word of ``text`` (as :func:`_scan` gives them, without the
    offsets: what indexing needs, about three times faster)."""
    get = _KEY_CACHE.get
    return [get(word) or _key(word) for word in _WORD_RE.findall(text)]


def _scan(text: str) -> tuple[list[tuple[str, int, int, int]], list[str]]:
    """The indexed words (as :func:`analyse`) and the pair keys of every word of ``text``."""
    content: list[tuple[str, int, int, int]] = []
    keys: list[str] = []
    get = _KEY_CACHE.get
    for m in _WORD_RE.finditer(text):
        word = m.group()
        key = get(word) or _key(word)
        if key[0] != _STOP_MARK:
            content.append((key, len(keys), m.start(), m.end()))
        keys.append(key)
    return content, keys


def analyse(text: str) -> list[tuple[str, int, int, int]]:
    """``(term, position, start, end)`` for every indexed word; the position counts every
    word, so stop words leave a gap (the body's positions; see :class:`DutchText`)."""
    return _scan(text)[0]


# One-entry cache: body and pairs analyse the same string. One tuple, replaced in one
# assignment, so two threads indexing at once never pair one text with another's words.
_LAST: list[Any] = [(None, None)]


def _keyed(text: str) -> list[str]:
    last_text, keys = _LAST[0]
    if last_text is not text:
        keys = _keys(text)
        _LAST[0] = (text, keys)
    return keys


class DutchTokenizer(Tokenizer):
    """Whoosh tokenizer doing the whole Dutch analysis in one pass (see :func:`analyse`).

    ``gaps``: positions count every word, stop words too (the body, whose phrases are proved
    from its positions with the ``pairs`` field's); else stop words leave no gap (title, note:
    Whoosh's phrase finds their candidates).
    """

    gaps = False  # also for a tokenizer unpickled from an index written before it existed

    def __init__(self, gaps: bool = False):
        self.gaps = gaps

    def __call__(self, value: str, positions: bool = False, chars: bool = False,
                 keeporiginal: bool = False, removestops: bool = True, start_pos: int = 0,
                 start_char: int = 0, tokenize: bool = True, mode: str = "",
                 **kwargs: Any) -> Iterator[Token]:
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:  # prefix/wildcard text: fold only, never stem
            t.original = t.text = fold(value)
            t.boost, t.stopped = 1.0, False
            t.pos, t.startchar, t.endchar = start_pos, start_char, start_char + len(value)
            yield t
            return
        gaps = self.gaps
        for i, (term, word, start, end) in enumerate(_scan(value)[0]):
            t.text = term
            t.boost, t.stopped = 1.0, False
            if positions:
                t.pos = start_pos + (word if gaps else i)
            if chars:
                t.startchar, t.endchar = start_char + start, start_char + end
            yield t


class PairTokenizer(Tokenizer):
    """Adjacent words (stop words included, see :func:`pair_key`) joined as one term where
    :func:`indexed_pair` holds, with the first word's position among every word."""

    def __call__(self, value: str, positions: bool = False, chars: bool = False,
                 removestops: bool = True, mode: str = "", **kwargs: Any) -> Iterator[Token]:
        t = Token(positions, chars, removestops=removestops, mode=mode)
        keys = _keyed(value)
        for i in range(len(keys) - 1):
            if not indexed_pair(keys[i], keys[i + 1]):
                continue
            t.text = keys[i] + _PAIR_SEP + keys[i + 1]
            t.boost, t.stopped = 1.0, False
            if positions:
                t.pos = i
            yield t


_ONE_POSITION: dict[int, bytes] = {}  # Positions.encode([p]) by p (no lock: same bytes)


class DutchText(TEXT):
    """A TEXT field whose index terms come straight from :func:`_scan` (one tuple per word,
    no Whoosh ``Token`` per word and no second grouping pass): the same terms, frequencies,
    weights and encoded positions as ``TEXT.index`` gives, in about half the time. Other
    analyzers and values (a list of words) take Whoosh's own way.
    """

    def index(self, value: Any, **kwargs: Any) -> Iterator[tuple[bytes, int, float, bytes]]:
        seen = self._grouped(value) if kwargs.get("mode", "index") == "index" else None
        if seen is None:
            yield from super().index(value, **kwargs)
            return
        boost, encode = self.format.field_boost, self._encoder()
        for term, found in seen.items():
            # Whoosh sums a boost of 1.0 per word: a float weight, as here
            yield term.encode("utf-8"), len(found), float(len(found)) * boost, encode(found)

    def add_postings(self, value: Any, terms: dict[bytes, tuple[Any, Any, list]],
                     docnum: int, fieldboost: float, new: Any) -> tuple[int, int] | None:
        """Add the postings of ``value`` for document ``docnum`` to ``terms`` (term -> document
        numbers, weights, values; ``new(docnum, weight, value)`` makes a new term's entry),
        as :meth:`index` and a writer adding its postings would; the field length and the
        postings added, or None when ``value`` takes Whoosh's own way (call :meth:`index`).
        For :class:`~desktop_app.search.segments.LeanSegmentWriter`, without a tuple per
        posting between the two."""
        seen = self._grouped(value)
        if seen is None:
            return None
        boost, encode, get = self.format.field_boost, self._encoder(), terms.get
        length = 0
        for term, found in seen.items():
            n = len(found)
            length += n
            weight = float(n) * boost
            weight *= fieldboost
            tbytes = term.encode("utf-8")
            entry = get(tbytes)
            if entry is None:
                terms[tbytes] = new(docnum, weight, encode(found))
            else:
                entry[0].append(docnum)
                entry[1].append(weight)
                entry[2].append(encode(found))
        return length, len(seen)

    def _grouped(self, value: Any) -> dict[str, list] | None:
        """Term -> its positions in ``value``, in first-seen order; None when this value is
        not for the fast way (another format, such as character offsets, or analyzer)."""
        analyzer = self.analyzer
        if not isinstance(value, str) or type(self.format) is not Positions \
                or type(analyzer) not in (DutchTokenizer, PairTokenizer):
            return None
        keys, stop = _keyed(value), _STOP_MARK
        if type(analyzer) is PairTokenizer:
            return _grouped((first + _PAIR_SEP + second, i)
                            for i, (first, second) in enumerate(pairwise(keys))
                            if indexed_pair(first, second))
        if analyzer.gaps:  # positions counting every word
            return _grouped((term, i) for i, term in enumerate(keys) if term[0] != stop)
        return _grouped((term, i) for i, term in enumerate(k for k in keys if k[0] != stop))

    def _encoder(self) -> Any:
        """The format's encoding of a term's positions; one position of a Positions field
        (most pairs) from a shared table."""
        if type(self.format) is not Positions:
            return self.format.encode
        encode, once = encode_positions, _ONE_POSITION

        def encode_or_share(found: list) -> bytes:
            if len(found) == 1 and found[0] < 65536:
                value = once.get(found[0])
                if value is None:
                    value = once[found[0]] = encode(found)
                return value
            return encode(found)

        return encode_or_share


def _grouped(items: Iterator[tuple[str, Any]]) -> dict[str, list]:
    """Each key's values in the order met, the keys in first-seen order."""
    seen: dict[str, list] = {}
    get = seen.get
    for key, value in items:
        found = get(key)
        if found is None:
            seen[key] = [value]
        else:
            found.append(value)
    return seen


def encode_positions(positions: list[int]) -> bytes:
    """``Positions.encode``, the same bytes (the count, then the pickled deltas), with the
    deltas in one comprehension instead of a loop of appends."""
    deltas = [b - a for a, b in zip(chain((0,), positions), positions, strict=False)]
    return pack_uint(len(deltas)) + dumps(deltas, 2)


def _name_analyzer() -> Any:
    return RegexTokenizer(r"\w+") | LowercaseFilter() | CharsetFilter(accent_map)


def build_schema() -> Schema:
    """The index schema; bump :data:`SCHEMA_VERSION` whenever it changes."""
    dutch = DutchTokenizer()
    return Schema(
        uid=ID(unique=True, stored=True),
        kind=ID(stored=True),
        group=ID(),  # "L:<id>" for a letter and its commitments, "A:<id>" for annotations
        letter_id=ID(stored=True),
        title=DutchText(analyzer=dutch, stored=True, field_boost=2.0),
        body=DutchText(analyzer=DutchTokenizer(gaps=True), stored=True),
        pairs=DutchText(analyzer=PairTokenizer(), phrase=True),
        note=DutchText(analyzer=dutch, stored=True),
        tags=KEYWORD(lowercase=True, commas=True, stored=True),
        dossier=KEYWORD(lowercase=True, stored=True),
        dossier_facet=ID(stored=True),
        number=ID(stored=True),
        signatory=TEXT(analyzer=_name_analyzer(), stored=True),
        signatory_facet=KEYWORD(commas=True),
        role=TEXT(analyzer=_name_analyzer(), stored=True),
        date=ID(stored=True, sortable=True),
        day=NUMERIC(int, bits=32, signed=False),  # yyyymmdd, for date queries
        year=ID(stored=True),
        vergaderjaar=ID(stored=True),
        kinds=KEYWORD(lowercase=True),
        start=NUMERIC(stored=True),
        end=NUMERIC(stored=True),
        ref=STORED(),
    )


def _day_bound(value: str | None, upper: bool) -> int | None:
    """``2021`` / ``2021-06`` / ``2021-06-30`` as a yyyymmdd bound (None when open or invalid)."""
    parts = re.findall(r"\d+", value or "")
    if not parts or len(parts[0]) != 4:
        return None
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else (12 if upper else 1)
    day = int(parts[2]) if len(parts) > 2 else (31 if upper else 1)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return year * 10000 + month * 100 + day
