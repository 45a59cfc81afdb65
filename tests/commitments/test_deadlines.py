"""Deadline normalisation table: (phrase, letter date) -> range; and finding the phrase."""

import pytest

from desktop_app.commitments.deadlines import find_deadline, normalise_deadline


def _r(start: str, end: str) -> dict[str, str]:
    return {"from": start, "to": end}


TABLE = [
    ("voor het zomerreces", "2021-05-21", _r("2021-05-21", "2021-06-30")),
    ("voor het zomerreces", "2021-09-01", _r("2021-09-01", "2022-06-30")),
    ("dit najaar", "2022-03-01", _r("2022-09-01", "2022-11-30")),
    ("in het najaar", "2022-12-05", _r("2023-09-01", "2023-11-30")),
    ("voor de zomer", "2023-02-03", _r("2023-02-03", "2023-05-31")),
    ("na de zomer", "2019-06-01", _r("2019-09-01", "2019-10-31")),
    ("in het voorjaar van 2022", "2021-10-01", _r("2022-03-01", "2022-05-31")),
    ("in 2022", "2021-07-12", _r("2022-01-01", "2022-12-31")),
    ("eind 2025", "2025-06-01", _r("2025-11-01", "2025-12-31")),
    ("voor eind 2025", "2025-06-01", _r("2025-06-01", "2025-12-31")),
    ("eind oktober", "2020-09-18", _r("2020-10-21", "2020-10-31")),
    ("eind oktober", "2020-11-18", _r("2021-10-21", "2021-10-31")),
    ("begin maart", "2015-02-27", _r("2015-03-01", "2015-03-10")),
    ("in maart 2016", "2016-01-11", _r("2016-03-01", "2016-03-31")),
    ("uiterlijk in maart 2016", "2016-01-11", _r("2016-01-11", "2016-03-31")),
    ("uiterlijk 1 juli", "2025-03-01", _r("2025-03-01", "2025-07-01")),
    ("op 1 juli 2022", "2022-03-01", _r("2022-07-01", "2022-07-01")),
    ("per 1 januari 2023", "2022-10-01", _r("2023-01-01", "2023-01-01")),
    ("voor 1 april", "2020-02-18", _r("2020-02-18", "2020-03-31")),
    ("vóór 1 april 2020", "2020-02-18", _r("2020-02-18", "2020-03-31")),
    ("in het eerste kwartaal van 2026", "2025-12-08", _r("2026-01-01", "2026-03-31")),
    ("in het derde kwartaal", "2022-02-01", _r("2022-07-01", "2022-09-30")),
    ("in de tweede helft van 2022", "2022-02-01", _r("2022-07-01", "2022-12-31")),
    ("in de tweede week van maart", "2015-02-27", _r("2015-03-08", "2015-03-14")),
    ("voor de begrotingsbehandeling", "2021-11-02", _r("2021-11-02", "2021-11-30")),
    ("voor de kerst", "2021-11-02", None),
    ("voor het kerstreces", "2021-11-02", _r("2021-11-02", "2021-12-17")),
    ("volgende week", "2022-11-18", _r("2022-11-21", "2022-11-27")),
    ("volgende maand", "2022-12-18", _r("2023-01-01", "2023-01-31")),
    ("binnen zes weken", "2022-01-01", _r("2022-01-01", "2022-02-12")),
    ("voor het einde van het jaar", "2021-03-03", _r("2021-03-03", "2021-12-31")),
    ("dit jaar", "2021-03-03", _r("2021-01-01", "2021-12-31")),
    ("volgend jaar", "2021-03-03", _r("2022-01-01", "2022-12-31")),
    ("de komende periode", "2022-11-04", None),
    ("zo spoedig mogelijk", "2022-11-04", None),
    ("in 2022", None, _r("2022-01-01", "2022-12-31")),
    ("voor het zomerreces", None, None),
]


@pytest.mark.parametrize(("phrase", "letter_date", "expected"), TABLE)
def test_normalise_table(phrase: str, letter_date: str | None, expected: dict | None) -> None:
    assert normalise_deadline(phrase, letter_date) == expected


FIND = [
    ("Ik zal uw Kamer voor het zomerreces een reactie doen toekomen.", "2019-06-21",
     "voor het zomerreces"),
    ("Ik streef ernaar uw Kamer zo spoedig mogelijk, maar uiterlijk in het eerste kwartaal van "
     "2026, te informeren.", "2025-12-08", "uiterlijk in het eerste kwartaal van 2026"),
    ("Met de brief van 4 juli 2018 informeerde de staatssecretaris uw Kamer.", "2019-09-01", None),
    ("Zie Kamerstuk 35 788 en Handelingen II 2020/21, nr. 30.", "2021-07-12", None),
    ("Aan de hand van het ketendoel worden in 2022 de processen getoetst.", "2021-07-12",
     "in 2022"),
    ("De komende periode zal de IND initiatieven bestendigen.", "2022-11-04",
     "De komende periode"),
    ("Deze documenten zal ik uw Kamer volgende week doen toekomen.", "2022-11-18",
     "volgende week"),
    ("We verwachten deze eind oktober te kunnen sturen.", "2020-09-18", "eind oktober"),
    ("Ik heb dat in 2019 besloten.", "2021-01-01", None),
]


@pytest.mark.parametrize(("sentence", "letter_date", "expected"), FIND)
def test_find_deadline(sentence: str, letter_date: str, expected: str | None) -> None:
    assert find_deadline(sentence, letter_date) == expected
