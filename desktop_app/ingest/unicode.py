"""Unicode clean-up shared by every reader: NFC, mojibake, odd spaces, bullets, ligatures."""

from __future__ import annotations

import re
import unicodedata

# Characters that stand for an ordinary space in letters (no-break, thin, figure …).
_SPACES = ("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
           "\u202f\u205f\u3000")
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"  # zero-width, BOM, soft hyphen
_BULLETS = "\uf0b7\uf0a7\uf0d8\uf076\u25aa\u25cf\u25e6\u2219\u2023\u2043\uf02d"

_TRANSLATE = {ord(c): " " for c in _SPACES}
_TRANSLATE.update({ord(c): None for c in _INVISIBLE})
_TRANSLATE.update({ord(c): "•" for c in _BULLETS})
_TRANSLATE.update(
    {
        ord("\ufb00"): "ff",
        ord("\ufb01"): "fi",
        ord("\ufb02"): "fl",
        ord("\ufb03"): "ffi",
        ord("\ufb04"): "ffl",
        ord("\u01ab"): "ë",  # 'financiƫn' on openkamer pages: a known substitution for ë
        ord("\r"): None,
        ord("\t"): " ",
        ord("\x0c"): "\n\x0c\n",  # a page break: its own line, read as PAGE_BREAK
        ord("\u2028"): "\n",
        ord("\u2029"): "\n\n",
    }
)

# UTF-8 read as cp1252/latin-1: 'Ã«' for 'ë', 'â€™' for '’'.
_MOJIBAKE = re.compile(r"(?:[\u00c2-\u00c3][\u0080-\u00bf\u2018-\u203a\u0152-\u0178\u02c6\u02dc]|"
                       r"\u00e2\u20ac[\u0080-\u00bf\u2018-\u203a\u0152-\u0178\u02c6\u02dc\u2122])+")


def _fix_mojibake_run(match: re.Match[str]) -> str:
    run = match.group(0)
    for codec in ("cp1252", "latin-1"):
        try:
            return run.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return run


def clean_unicode(text: str) -> str:
    """Normalise to NFC, repair mojibake and replace odd spaces, invisible marks and PDF glyphs."""
    text = text.replace("\r\n", "\n")
    text = _MOJIBAKE.sub(_fix_mojibake_run, text)
    text = text.translate(_TRANSLATE)
    return unicodedata.normalize("NFC", text)


def collapse_spaces(text: str) -> str:
    """Collapse runs of spaces inside a line and strip the ends."""
    return re.sub(r" {2,}", " ", text).strip()
