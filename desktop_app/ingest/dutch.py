"""Dutch patterns used across readers: dates, dossier numbers, roles, title case."""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
    "augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
}
MONTH_NAMES = tuple(MONTHS)
MONTH_PATTERN = "|".join(MONTHS)  # for regular expressions: 'januari|februari|…'
_MONTH_RE = MONTH_PATTERN
DATE_RE = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_RE})\s+(\d{{4}})\b", re.IGNORECASE)
ISO_DATE_RE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")

# "19 637", "35 925 VI", "21 501-02", "34300 J", "36 200-VII"
DOSSIER_RE = re.compile(
    r"(?P<digits>\d{2}\s?\d{3})(?P<sub>-\d{2}|(?:\s|-)(?:[IVXL]{1,5}|[A-Z])\b)?"
)
VERGADERJAAR_RE = re.compile(r"(20\d{2}|19\d{2})\s*[-–/]\s*(20\d{2}|19\d{2})")

ROLE_WORDS = r"(?:minister(?:-president)?|staatssecretaris|ministers|staatssecretarissen|" \
             r"minister-president|viceminister-president)"
SIGNATURE_ROLE_RE = re.compile(rf"^(?:De|Het)\s+({ROLE_WORDS}\b.*),\s*(.*)$", re.IGNORECASE)
TITLES_RE = re.compile(r"^(?:(?:drs|dr|mr|ir|prof|ing|ds)\.\s*)+", re.IGNORECASE)
NAME_RE = re.compile(
    r"^(?:(?:drs|dr|mr|ir|prof|ing)\.\s*)*(?:(?:[A-Z][a-z]?\.\s?)+(?:[A-Z][a-z]?\.)?\s*)?"
    r"(?:(?:van|de|der|den|ter|ten|te|in|'t|het)\s+)*[A-Z][\w'’.-]+"
    r"(?:[\s-](?:(?:van|de|der|den|ter|ten|te|in|'t|het)\s+)*[A-Z][\w'’.-]+)*$"
)

_LOWER_WORDS = {"en", "van", "voor", "de", "het", "der", "den", "in", "op", "zonder", "a.i."}


def parse_dutch_date(text: str) -> str | None:
    """'4 november 2022' (anywhere in text) → '2022-11-04'; None when there is no valid date."""
    m = DATE_RE.search(text)
    if not m:
        return None
    try:
        return date(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1))).isoformat()
    except ValueError:
        return None


def normalise_dossier(raw: str) -> str | None:
    """'35 925 VI' → '35925-VI'; '21 501-02' → '21501-02'; '19 637' → '19637'."""
    m = DOSSIER_RE.fullmatch(raw.strip())
    if not m:
        return None
    digits = m.group("digits").replace(" ", "")
    sub = (m.group("sub") or "").strip(" -")
    return f"{digits}-{sub}" if sub else digits


def normalise_vergaderjaar(raw: str) -> str | None:
    """'2022–2023' → '2022-2023'."""
    m = VERGADERJAAR_RE.search(raw)
    if not m or int(m.group(2)) != int(m.group(1)) + 1:
        return None
    return f"{m.group(1)}-{m.group(2)}"


def role_case(text: str) -> str:
    """'MINISTER VAN JUSTITIE EN VEILIGHEID' → 'Minister van Justitie en Veiligheid'."""
    words = re.split(r"(\s+)", text.strip().lower())
    out = []
    for i, word in enumerate(words):
        if word.isspace() or not word:
            out.append(word)
        elif i > 0 and word in _LOWER_WORDS:
            out.append(word)
        else:
            out.append("-".join(part[:1].upper() + part[1:] for part in word.split("-")))
    return "".join(out)


def split_signature(text: str) -> tuple[str, str] | None:
    """'De Minister van X, Y en Z, C.J. Schouten' → ('Minister van X, Y en Z', 'C.J. Schouten').

    The name may be empty (it then follows on the next line); None when this is no signature.
    """
    m = SIGNATURE_ROLE_RE.match(text.replace("\n", " "))
    if not m:
        return None
    head = text.replace("\n", " ").split(" ", 1)[1]
    for pos in [i for i, ch in enumerate(head) if ch == ","][::-1]:
        tail = head[pos + 1 :].strip()
        if not tail or NAME_RE.match(tail):
            role = head[:pos].strip()
            return (role_case(role) if role.isupper() else capitalise_role(role)), tail
    return None


def clean_name(name: str) -> str:
    """Drop academic titles: 'drs. V.L.W.A. Heijnen' → 'V.L.W.A. Heijnen'."""
    return TITLES_RE.sub("", name.strip())


def capitalise_role(role: str) -> str:
    """'minister van Justitie' → 'Minister van Justitie' (the first letter only)."""
    role = role.strip().rstrip(",")
    return role[:1].upper() + role[1:]


_GROUP_SPLIT = re.compile(
    r"(?:,\s*|\s+)en\s+(?:van\s+)?de\s+(?=(?:Ministers?|Staatssecretariss?e?n?)\b)")
_PART_SPLIT = re.compile(r"(?:,\s*|\s+en\s+)(?=(?:van|voor)\s)")
_SINGULAR = {"ministers": "Minister", "staatssecretarissen": "Staatssecretaris"}


def split_roles(sender: str) -> list[str]:
    """'Ministers van A, van B en van C en van de Staatssecretaris van D' → one role each."""
    roles = []
    for group in _GROUP_SPLIT.split(sender):
        head, _, rest = group.partition(" ")
        title = _SINGULAR.get(head.lower(), head)
        parts = _PART_SPLIT.split(rest) if head.lower() in _SINGULAR else [rest]
        roles.extend(f"{title} {part.strip()}".strip() for part in parts if part.strip())
    return roles
