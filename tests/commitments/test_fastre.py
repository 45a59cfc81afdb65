"""The ASCII twin of a pattern finds what the pattern finds, on every ASCII string."""

from __future__ import annotations

import random
import re

import pytest

from desktop_app.commitments import deadlines, fastre, features, rules


def _dual_patterns() -> list[fastre.DualPattern]:
    found = []
    for module in (rules, features, deadlines):
        for value in vars(module).values():
            items = value if isinstance(value, tuple) else (value,)
            for item in items:
                if isinstance(item, fastre.DualPattern):
                    found.append(item)
                elif isinstance(item, tuple):  # a rule: (name, pattern, needles)
                    found.extend(x for x in item if isinstance(x, fastre.DualPattern))
    return found


def _sentences(seed: int, count: int) -> list[str]:
    """ASCII text in the words the patterns look for, with the odd separator and digit."""
    words = sorted({w for p in _dual_patterns() for w in re.findall(r"[a-z]{2,}", p.pattern)})
    extra = ["ik", "we", "u", "de", "2025", "q1", "13", ",", ".", ":", "(", ")", "\x1c", "\x1f",
             "\t", "\n", "-", "_", "'", "KAMER", "Kabinet"]
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        pieces = rng.choices(words + extra, k=rng.randint(3, 30))
        out.append("".join(p + rng.choice([" ", " ", " ", "", "\x1d ", "  "]) for p in pieces))
    return out


def test_the_modules_use_dual_patterns():
    assert len(_dual_patterns()) > 60


@pytest.mark.parametrize("seed", range(4))
def test_ascii_twin_matches_like_the_unicode_pattern(seed):
    texts = _sentences(seed, 250)
    for dual in _dual_patterns():
        for text in texts:
            a, u = dual.ascii.search(text), dual.unicode.search(text)
            assert (a and a.span()) == (u and u.span()), (dual.pattern, text)


def test_picks_the_twin_by_the_string():
    dual = fastre.compile(r"\bé\w+|\bex\w+")
    assert dual.search("een exempel").group(0) == "exempel"
    assert dual.search("een élan").group(0) == "élan"  # not ASCII: Unicode \w
    assert dual.findall("ex1 éa ex_b") == ["ex1", "éa", "ex_b"]


def test_whitespace_keeps_its_unicode_meaning():
    assert fastre._ascii_source(r"a\sb[\s,]\S+") == (
        r"a[\s\x1c-\x1f]b[\s\x1c-\x1f,][^\s\x1c-\x1f]+")
    assert fastre._ascii_source(r"\\s[\]\s]") == r"\\s[\]\s\x1c-\x1f]"
    dual = fastre.compile(r"a\sb")
    assert dual.search("a\x1cb") is not None  # Unicode \s matches the separator
    with pytest.raises(ValueError):
        fastre.compile(r"[^\S]")


@pytest.mark.parametrize(("pattern", "flags"), [
    ("ſ", re.I),  # matches "s" only with Unicode case folding
    ("(?i)ſ", 0), ("(?i:ſ)", 0),  # the same, by inline flags
    (r"\u017f", re.I), (r"\N{LATIN SMALL LETTER LONG S}", re.I),  # escaped
    ("[à-ɏ]", re.I),  # in a range
    ("(?x) a # [note\n b\\s c", 0),  # a comment the rewrite cannot follow
    ("a", re.ASCII), ("a", re.VERBOSE),
])
def test_refuses_what_it_cannot_twin(pattern, flags):
    with pytest.raises(ValueError):
        fastre.compile(pattern, flags)


@pytest.mark.parametrize(("pattern", "text"), [
    ("ë", "Ë"), ("[à-ÿ]+", "ÀÉ"), ("[/–-]", "–"), (r"\(?in", "(in"), ("[a-z]+", "ABC"),
])
def test_takes_what_it_can_twin(pattern, text):
    dual = fastre.compile(pattern, re.I)
    assert dual.search(text).group(0) == re.search(pattern, text, re.I).group(0)
